"""Rules as data: the procedures and the ASUNTO rules under `rules/`.

`load_rules(directory)` reads and validates every file as a whole; any problem is a
`RulesError` naming file, rule and key, and nothing half-loaded is returned, so a
caller that already has rules keeps them.
"""
from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .extract.vocabulary import Vocabulary, parse_vocabulary

REQUIREMENTS = (
    "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria", "telefono",
    "correo", "sexo", "fecha_nacimiento", "destino", "fecha_salida", "fecha_retorno",
    "motivo", "firma", "denuncia_policial",
)
KINDS = ("recurso", "solicitud", "portal")
STATUSES = ("active", "suspended")
TEMPLATES = ("acuse", "cargo", "portal", "suspendido")
# "choose": body phrases that only pick one of the procedures an ambiguous subject
# names ("Perdí mi carné" + "carné de extranjería" in the body); they never classify alone
WHERE = ("subject", "body", "choose")

FILLER_WORDS = frozenset(
    "de del la las el los lo mi mis su sus al a en por para con un una que se me".split()
)
# possessive spaces (`\s*+`): a subject of 100 KB of spaces is one linear scan
_REPLY_PREFIX = re.compile(r"^\s*+(?:(?:re|rv|fw|fwd|tr|r|enc|aw|wg)\s*+(?:\[\d+\])?\s*+:\s*+)+", re.IGNORECASE)


class RulesError(Exception):
    """A rules file is missing, malformed or inconsistent; the message says where."""


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def strip_reply_prefixes(subject: str) -> str:
    return _REPLY_PREFIX.sub("", subject or "").strip()


def tokens(text: str) -> list[str]:
    return [word for word in fold(text).split() if word not in FILLER_WORDS]


def _within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one substitution, insertion, deletion or swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


@functools.lru_cache(maxsize=65536)
def _fuzzy(pattern: str, word: str) -> bool:
    return _within_one_edit(pattern, word)


@dataclass(frozen=True)
class Word:
    text: str
    prefix: bool = False
    exact: bool = False

    def matches(self, word: str) -> bool:
        if self.prefix:
            return word.startswith(self.text)
        if word == self.text:
            return True
        if self.exact or len(self.text) < 5 or len(word) < 5 or abs(len(word) - len(self.text)) > 1:
            return False
        return _fuzzy(self.text, word)


@dataclass(frozen=True)
class Phrase:
    source: str
    words: tuple[Word, ...]

    @classmethod
    def parse(cls, source: str) -> "Phrase":
        words = []
        for raw in source.split():
            exact = raw.startswith("=")
            raw = raw.lstrip("=")
            prefix = raw.endswith("*")
            text = fold(raw.rstrip("*"))
            if not text or " " in text:
                raise ValueError(f"word {raw!r} is not a single word")
            if text in FILLER_WORDS:
                continue
            words.append(Word(text, prefix, exact))
        if not words:
            raise ValueError("the phrase has no words once filler words are dropped")
        return cls(source, tuple(words))


@dataclass(frozen=True)
class SubjectRule:
    name: str
    procedures: tuple[str, ...]
    where: tuple[str, ...]
    phrases: tuple[Phrase, ...]
    regexes: tuple[re.Pattern, ...] = ()


@dataclass(frozen=True)
class Procedure:
    code: str
    title: str
    mailbox: str
    kind: str
    requirements: tuple[str, ...]
    refugee_only: tuple[str, ...]
    plazo: int | None
    status: str
    template: str
    portal_hint: str = ""

    @property
    def is_portal(self) -> bool:
        return self.kind == "portal"

    @property
    def is_recurso(self) -> bool:
        return self.kind == "recurso"

    @property
    def suspended(self) -> bool:
        return self.status == "suspended"


@dataclass(frozen=True)
class IgnoreRules:
    autoreply_subject_prefixes: tuple[str, ...] = ()
    machine_senders: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleSet:
    procedures: dict[str, Procedure]
    subject_rules: tuple[SubjectRule, ...]
    ignore: IgnoreRules = field(default_factory=IgnoreRules)
    source: str = ""
    vocabulary: Vocabulary = field(default_factory=Vocabulary)

    # built on first use by `phrase_index`, one per place ("subject", "body")
    _indexes: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def rules_for(self, where: str) -> tuple[SubjectRule, ...]:
        return tuple(rule for rule in self.subject_rules if where in rule.where)

    def phrase_index(self, where: str) -> tuple[tuple[SubjectRule, ...], dict[Word, list[tuple[int, int]]]]:
        """The rules for `where`, and for each first word of their phrases the
        (rule index, phrase index) pairs it starts: the classifier then looks at a
        phrase only when the text holds a word its first word matches."""
        cached = self._indexes.get(where)
        if cached is None:
            rules = self.rules_for(where)
            by_first: dict[Word, list[tuple[int, int]]] = {}
            for rule_index, rule in enumerate(rules):
                for phrase_index, phrase in enumerate(rule.phrases):
                    by_first.setdefault(phrase.words[0], []).append((rule_index, phrase_index))
            cached = self._indexes[where] = (rules, by_first)
        return cached


def _load_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RulesError(f"{path}: file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path}: not valid TOML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot be read: {exc}") from exc


def _check_keys(table: dict, allowed: set[str], required: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise RulesError(f"{where}: unknown key(s) {', '.join(unknown)}")
    absent = sorted(required - set(table))
    if absent:
        raise RulesError(f"{where}: missing key(s) {', '.join(absent)}")


def _str_list(value, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RulesError(f"{where}: expected a list of strings")
    return tuple(value)


def _procedures(path: Path) -> dict[str, Procedure]:
    data = _load_toml(path)
    _check_keys(data, {"procedure"}, {"procedure"}, str(path))
    result: dict[str, Procedure] = {}
    allowed = {"code", "title", "mailbox", "kind", "requirements", "refugee_only", "plazo",
               "status", "template", "portal_hint"}
    for index, table in enumerate(data["procedure"], start=1):
        where = f"{path}: procedure #{index} ({table.get('code', '?')})"
        _check_keys(table, allowed, {"code", "title", "mailbox", "kind", "requirements", "status", "template"}, where)
        code = table["code"]
        if code in result:
            raise RulesError(f"{where}: code {code!r} defined twice")
        requirements = _str_list(table["requirements"], f"{where}, key requirements")
        for req in requirements:
            if req not in REQUIREMENTS:
                raise RulesError(f"{where}, key requirements: unknown requirement {req!r} (known: {', '.join(REQUIREMENTS)})")
        refugee_only = _str_list(table.get("refugee_only", []), f"{where}, key refugee_only")
        for req in refugee_only:
            if req not in requirements:
                raise RulesError(f"{where}, key refugee_only: {req!r} is not one of the requirements")
        for key, allowed_values in (("kind", KINDS), ("status", STATUSES), ("template", TEMPLATES)):
            if table[key] not in allowed_values:
                raise RulesError(f"{where}, key {key}: {table[key]!r} is not one of {', '.join(allowed_values)}")
        plazo = table.get("plazo")
        if plazo is not None and (not isinstance(plazo, int) or plazo <= 0):
            raise RulesError(f"{where}, key plazo: expected a positive whole number of business days")
        if table["kind"] != "portal" and table["status"] == "active" and plazo is None:
            raise RulesError(f"{where}, key plazo: an active non-portal procedure needs a plazo")
        result[code] = Procedure(
            code=code, title=table["title"], mailbox=table["mailbox"].lower(), kind=table["kind"],
            requirements=requirements, refugee_only=refugee_only, plazo=plazo,
            status=table["status"], template=table["template"], portal_hint=table.get("portal_hint", ""),
        )
    return result


def _subject_rules(path: Path, procedures: dict[str, Procedure]) -> tuple[SubjectRule, ...]:
    data = _load_toml(path)
    _check_keys(data, {"rule"}, {"rule"}, str(path))
    rules: list[SubjectRule] = []
    names: set[str] = set()
    allowed = {"name", "procedure", "procedures", "where", "phrases", "regex"}
    for index, table in enumerate(data["rule"], start=1):
        where = f"{path}: rule #{index} ({table.get('name', '?')})"
        _check_keys(table, allowed, {"name", "where"}, where)
        name = table["name"]
        if name in names:
            raise RulesError(f"{where}: name {name!r} used twice")
        names.add(name)
        if ("procedure" in table) == ("procedures" in table):
            raise RulesError(f"{where}: give exactly one of procedure or procedures")
        codes = (table["procedure"],) if "procedure" in table else _str_list(table["procedures"], f"{where}, key procedures")
        for code in codes:
            if code not in procedures:
                raise RulesError(f"{where}, key procedure: unknown procedure {code!r}")
        places = _str_list(table["where"], f"{where}, key where")
        for place in places:
            if place not in WHERE:
                raise RulesError(f"{where}, key where: {place!r} is not one of {', '.join(WHERE)}")
        phrases = []
        for phrase in _str_list(table.get("phrases", []), f"{where}, key phrases"):
            try:
                phrases.append(Phrase.parse(phrase))
            except ValueError as exc:
                raise RulesError(f"{where}, key phrases: {phrase!r}: {exc}") from exc
        regexes = []
        for pattern in _str_list(table.get("regex", []), f"{where}, key regex"):
            try:
                regexes.append(re.compile(pattern))
            except re.error as exc:
                raise RulesError(f"{where}, key regex: {pattern!r} is not a valid regular expression: {exc}") from exc
        if not phrases and not regexes:
            raise RulesError(f"{where}: needs phrases or regex")
        rules.append(SubjectRule(name, codes, places, tuple(phrases), tuple(regexes)))
    return tuple(rules)


def _ignore_rules(path: Path) -> IgnoreRules:
    if not path.exists():
        return IgnoreRules()
    data = _load_toml(path)
    _check_keys(data, {"autoreply_subject_prefixes", "machine_senders"}, set(), str(path))
    return IgnoreRules(
        autoreply_subject_prefixes=tuple(fold(p) for p in _str_list(data.get("autoreply_subject_prefixes", []), f"{path}: autoreply_subject_prefixes")),
        machine_senders=tuple(s.lower() for s in _str_list(data.get("machine_senders", []), f"{path}: machine_senders")),
    )


def _vocabulary(path: Path) -> Vocabulary:
    if not path.exists():
        return Vocabulary()
    try:
        return parse_vocabulary(_load_toml(path), str(path))
    except ValueError as exc:
        raise RulesError(str(exc)) from None


def load_rules(directory: str | Path) -> RuleSet:
    """Load and validate `procedures.toml`, `asunto.toml`, `ignore.toml` and `vocabulary.toml`."""
    directory = Path(directory)
    if not directory.is_dir():
        raise RulesError(f"{directory}: the rules folder does not exist")
    procedures = _procedures(directory / "procedures.toml")
    subject_rules = _subject_rules(directory / "asunto.toml", procedures)
    return RuleSet(procedures, subject_rules, _ignore_rules(directory / "ignore.toml"), str(directory),
                   _vocabulary(directory / "vocabulary.toml"))
