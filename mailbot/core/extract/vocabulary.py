"""The words applicants write around their data, loaded from `rules/vocabulary.toml`.

Text is matched as *tokens*: folded (lower case, accents removed) runs of letters and
digits, each with its place in the original text, so a recogniser can say where a label
or cue stands relative to a value. A `Term` is one phrase of the vocabulary ("numero de
contacto", "whatsap*"); a word of six or more letters also matches a typo one letter
away ("extrangeria" for "extranjeria").

    >>> tokens = tokenize("Teléfono (WhatsApp): 987 654 321")
    >>> [t.word for t in tokens]
    ['telefono', 'whatsapp', '987', '654', '321']
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

FIELDS_WITH_LABELS = (
    "telefono", "documento_identidad", "carne_extranjeria", "nacionalidad", "sexo",
    "fecha_nacimiento", "fecha_salida", "fecha_retorno",
)
FIELDS_WITH_CUES = ("telefono", "documento_identidad", "fecha_nacimiento", "fecha_salida", "fecha_retorno")
_SECTIONS = {
    "labels": set(FIELDS_WITH_LABELS),
    "cues": set(FIELDS_WITH_CUES),
    "others": {"relations", "records"},
    "behalf": {"phrases", "writer_roles"},
    "names": {"introductions", "roles", "not_name", "closings"},
    "reasons": {"cues"},
}


def fold_char(ch: str) -> str:
    """One character folded to one character (so offsets stay those of the original)."""
    if ch.isascii():
        return ch.lower()
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
    return base[:1] if base else " "


def fold_text(text: str) -> str:
    """Lower case, accents removed, same length and offsets as `text`."""
    if text.isascii():
        return text.lower()
    return "".join(fold_char(ch) for ch in text)


def fold_phrase(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9*]+", fold_text(text)))


_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Token:
    word: str
    start: int
    end: int


def tokenize(text: str, folded: str | None = None) -> list[Token]:
    folded = fold_text(text) if folded is None else folded
    return [Token(match.group(), match.start(), match.end()) for match in _TOKEN.finditer(folded)]


def _one_edit_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                    and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for index in range(len(long_)):
        if long_[:index] + long_[index + 1:] == short:
            return True
    return False


def word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    if pattern == word:
        return True
    return len(pattern) >= 6 and len(word) >= 5 and _one_edit_apart(pattern, word)


@dataclass(frozen=True)
class Term:
    """One phrase of the vocabulary, as folded words."""

    text: str
    words: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> "Term":
        words = tuple(fold_phrase(text).split())
        if not words:
            raise ValueError("an empty phrase")
        return cls(text, words)

    def ends_at(self, tokens: list[Token], index: int) -> bool:
        """Does the phrase end with token `index`?"""
        first = index - len(self.words) + 1
        if first < 0:
            return False
        return all(word_matches(w, tokens[first + k].word) for k, w in enumerate(self.words))

    def starts_at(self, tokens: list[Token], index: int) -> bool:
        if index + len(self.words) > len(tokens):
            return False
        return all(word_matches(w, tokens[index + k].word) for k, w in enumerate(self.words))


@dataclass(frozen=True)
class Vocabulary:
    """Everything of `rules/vocabulary.toml`, as terms."""

    labels: dict[str, tuple[Term, ...]] = field(default_factory=dict)
    cues: dict[str, tuple[Term, ...]] = field(default_factory=dict)
    relations: tuple[Term, ...] = ()
    records: tuple[Term, ...] = ()
    behalf: tuple[Term, ...] = ()
    writer_roles: tuple[Term, ...] = ()
    introductions: tuple[Term, ...] = ()
    roles: tuple[Term, ...] = ()
    not_name: frozenset[str] = frozenset()
    closings: tuple[Term, ...] = ()
    reasons: tuple[Term, ...] = ()
    source: str = ""

    @property
    def empty(self) -> bool:
        return not self.labels and not self.cues and not self.introductions


def parse_vocabulary(data: dict, where: str) -> Vocabulary:
    """Validate the TOML tables of the vocabulary file; ValueError says what is wrong."""
    unknown = sorted(set(data) - set(_SECTIONS))
    if unknown:
        raise ValueError(f"{where}: unknown table(s) {', '.join(unknown)} (known: {', '.join(_SECTIONS)})")
    parsed: dict[str, dict[str, tuple[Term, ...]]] = {}
    for section, allowed in _SECTIONS.items():
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise ValueError(f"{where}: [{section}] must be a table")
        extra = sorted(set(table) - allowed)
        if extra:
            raise ValueError(f"{where}: [{section}] unknown key(s) {', '.join(extra)} (known: {', '.join(sorted(allowed))})")
        parsed[section] = {}
        for key, values in table.items():
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ValueError(f"{where}: [{section}] {key}: expected a list of strings")
            terms = []
            for value in values:
                try:
                    terms.append(Term.parse(value))
                except ValueError as exc:
                    raise ValueError(f"{where}: [{section}] {key}: {value!r}: {exc}") from None
            parsed[section][key] = tuple(terms)
    others, behalf, names = parsed["others"], parsed["behalf"], parsed["names"]
    return Vocabulary(
        labels=parsed["labels"], cues=parsed["cues"],
        relations=others.get("relations", ()), records=others.get("records", ()),
        behalf=behalf.get("phrases", ()), writer_roles=behalf.get("writer_roles", ()),
        introductions=names.get("introductions", ()), roles=names.get("roles", ()),
        not_name=frozenset(w for term in names.get("not_name", ()) for w in term.words),
        closings=names.get("closings", ()), reasons=parsed["reasons"].get("cues", ()),
        source=where,
    )
