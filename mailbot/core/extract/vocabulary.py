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

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

FIELDS_WITH_LABELS = (
    "telefono", "documento_identidad", "carne_extranjeria", "nacionalidad", "sexo",
    "fecha_nacimiento", "fecha_salida", "fecha_retorno", "motivo", "destino",
)
FIELDS_WITH_CUES = ("telefono", "documento_identidad", "fecha_nacimiento", "fecha_salida", "fecha_retorno")
_SECTIONS = {
    "labels": set(FIELDS_WITH_LABELS),
    "cues": set(FIELDS_WITH_CUES),
    "others": {"relations", "records", "acquired"},
    "behalf": {"phrases", "writer_roles", "wishes", "cannot_write"},
    "names": {"introductions", "roles", "not_name", "closings"},
    "reasons": {"cues", "events", "petitions", "not_reasons", "trip_purposes", "promises"},
    "writer": {"speaks", "copulas", "asks_for_self", "own_possessives", "their_possessives", "inverse_relations",
               "first_person", "speaks_of_self", "third_person", "own_data", "reach_me", "own_voice", "we_are", "we_are_group",
               "third_person_copulas", "forwards"},
}


def fold_char(ch: str) -> str:
    """One character folded to one character (so offsets stay those of the original)."""
    if ch.isascii():
        return ch.lower()
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
    return base[:1] if base else " "


class _FoldTable(dict):
    """str.translate table filled on first use: each character folded once per process."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold_text(text: str) -> str:
    """Lower case, accents removed, same length and offsets as `text`."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


def fold_phrase(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9*]+", fold_text(text)))


_TOKEN = re.compile(r"[a-z0-9]+")


class Token(NamedTuple):
    word: str
    start: int
    end: int


def tokenize(text: str, folded: str | None = None) -> list[Token]:
    folded = fold_text(text) if folded is None else folded
    # (tuple.__new__ straight: the named tuple's own __new__ is a Python call per token)
    return [_new_tuple(Token, (match[0], match.start(), match.end())) for match in _TOKEN.finditer(folded)]


_new_tuple = tuple.__new__


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


# a word of a phrase that also stands for its contractions ("en representación del Sr.")
_CONTRACTIONS = {"de": ("del", "d", "do", "da", "du", "des"), "a": ("al",)}


def word_matches(pattern: str, word: str) -> bool:
    if pattern == word:
        return True
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    if word in _CONTRACTIONS.get(pattern, ()):
        return True
    # one typo never changes both ends of a word (a cheap test before the costly one)
    return (len(pattern) >= 6 and len(word) >= 5 and (pattern[0] == word[0] or pattern[-1] == word[-1])
            and _one_edit_apart(pattern, word))


@dataclass(frozen=True)
class Term:
    """One phrase of the vocabulary, as folded words."""

    text: str
    words: tuple[str, ...]
    tag: str = ""  # the field a label or cue belongs to

    @classmethod
    def parse(cls, text: str, tag: str = "") -> "Term":
        words = tuple(fold_phrase(text).split())
        if not words:
            raise ValueError("an empty phrase")
        return cls(text, words, tag)

    def ends_at(self, tokens: list[Token], index: int) -> bool:
        """Does the phrase end with token `index`?"""
        return self.starts_at(tokens, index - len(self.words) + 1) if index - len(self.words) + 1 >= 0 else False

    def starts_at(self, tokens: list[Token], index: int) -> bool:
        words = self.words
        if index < 0 or index + len(words) > len(tokens):
            return False
        for offset, word in enumerate(words):
            text = tokens[index + offset].word
            if word != text and not word_matches(word, text):
                return False
        return True


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class TermSet:
    """Terms indexed by their first and last words, so that matching a text costs a
    dictionary look-up per token, not a comparison with every term.

        >>> terms = TermSet([Term.parse("carne de extranjeria"), Term.parse("cel")])
        >>> [t.text for t in terms.ending_at(tokenize("Carné de extrangería: 123"), 2)]
        ['carne de extranjeria']
    """

    def __init__(self, terms: Iterable[Term] = ()):
        self.terms = tuple(terms)
        self._index = {0: self._build(0), -1: self._build(-1)}
        self._cache: dict[tuple[int, str], tuple[Term, ...]] = {}

    def _build(self, end: int):
        exact: dict[str, list[Term]] = {}
        prefixes: list[tuple[str, Term]] = []
        fuzzy: dict[str, list[Term]] = {}
        for term in self.terms:
            word = term.words[end]
            if word.endswith("*"):
                prefixes.append((word[:-1], term))
                continue
            exact.setdefault(word, []).append(term)
            if len(word) >= 6:
                for variant in _deletions(word) | {word}:
                    fuzzy.setdefault(variant, []).append(term)
        return exact, prefixes, fuzzy

    def _candidates(self, word: str, end: int) -> tuple[Term, ...]:
        key = (end, word)
        cached = self._cache.get(key)
        if cached is None:
            exact, prefixes, fuzzy = self._index[end]
            found = list(exact.get(word, ()))
            found += [term for prefix, term in prefixes if word.startswith(prefix)]
            if len(word) >= 5 and fuzzy:
                for variant in _deletions(word) | {word}:
                    found += fuzzy.get(variant, ())
            seen: dict[int, Term] = {}
            for term in found:
                seen.setdefault(id(term), term)
            cached = self._cache[key] = tuple(sorted(seen.values(), key=lambda t: -len(t.words)))
            if len(self._cache) > 50_000:
                self._cache.clear()
        return cached

    def starting_at(self, tokens: list[Token], index: int) -> list[Term]:
        """The terms that start with token `index`, longest first."""
        return [t for t in self._candidates(tokens[index].word, 0) if t.starts_at(tokens, index)]

    def longest_starting_at(self, tokens: list[Token], index: int) -> Term | None:
        """The longest term that starts with token `index`, or None."""
        for term in self._candidates(tokens[index].word, 0):
            if term.starts_at(tokens, index):
                return term
        return None

    def ending_at(self, tokens: list[Token], index: int) -> list[Term]:
        """The terms that end with token `index`, longest first."""
        return [t for t in self._candidates(tokens[index].word, -1) if t.ends_at(tokens, index)]

    def __bool__(self) -> bool:
        return bool(self.terms)

    def __iter__(self):
        return iter(self.terms)


@dataclass(frozen=True)
class Vocabulary:
    """Everything of `rules/vocabulary.toml`, as terms."""

    labels: TermSet = field(default_factory=TermSet)  # every field's labels, tagged by field
    cues: dict[str, TermSet] = field(default_factory=dict)
    relations: TermSet = field(default_factory=TermSet)
    records: TermSet = field(default_factory=TermSet)
    behalf: TermSet = field(default_factory=TermSet)
    writer_roles: TermSet = field(default_factory=TermSet)
    wishes: TermSet = field(default_factory=TermSet)
    cannot_write: TermSet = field(default_factory=TermSet)
    introductions: TermSet = field(default_factory=TermSet)
    roles: TermSet = field(default_factory=TermSet)
    not_name: frozenset[str] = frozenset()
    closings: TermSet = field(default_factory=TermSet)
    reasons: TermSet = field(default_factory=TermSet)
    reason_events: TermSet = field(default_factory=TermSet)
    trip_purposes: TermSet = field(default_factory=TermSet)  # what a trip is for (a travel request's reason)
    petitions: TermSet = field(default_factory=TermSet)
    not_reasons: TermSet = field(default_factory=TermSet)
    # how the writer speaks of themself and of the applicant ([writer])
    writer_speaks: TermSet = field(default_factory=TermSet)
    writer_copulas: frozenset[str] = frozenset()
    asks_for_self: TermSet = field(default_factory=TermSet)
    own_possessives: frozenset[str] = frozenset()
    their_possessives: frozenset[str] = frozenset()
    inverse_relations: dict[str, str] = field(default_factory=dict)
    first_person: frozenset[str] = frozenset()  # the writer speaking of themself ("yo", "soy", "mwen")
    speaks_of_self: frozenset[str] = frozenset()  # ... after naming a relative ("ahora los míos. Soy ...")
    third_person: frozenset[str] = frozenset()  # an introduction of someone else ("ella es", "se llama")
    own_data: frozenset[str] = frozenset()  # a heading naming the writer's data with the relatives'
    reach_me: frozenset[str] = frozenset()  # the writer's own way to be reached ("llamarme al ...")
    own_voice: frozenset[tuple[str, ...]] = frozenset()  # introductions in the applicant's own voice
    we_are: frozenset[tuple[str, ...]] = frozenset()  # a first-person plural copula ("somos")
    we_are_group: TermSet = field(default_factory=TermSet)  # "somos una familia colombiana"
    third_person_copulas: frozenset[str] = frozenset()  # "es de Venezuela", said of a thing or a person
    forwards: TermSet = field(default_factory=TermSet)  # the writer forwards a message ("les reenvío ...")
    promises: TermSet = field(default_factory=TermSet)  # a reason promised for later ("los enviaré")
    acquired: TermSet = field(default_factory=TermSet)  # a nationality acquired ("obtuve la nacionalidad")
    source: str = ""

    @functools.cached_property
    def label_fields(self) -> frozenset[str]:
        return frozenset(term.tag for term in self.labels)

    @functools.cached_property
    def labels_by_field(self) -> dict[str, TermSet]:
        fields: dict[str, list[Term]] = {}
        for term in self.labels:
            fields.setdefault(term.tag, []).append(term)
        return {name: TermSet(terms) for name, terms in fields.items()}

    @functools.cached_property
    def phrase_sets(self) -> dict[str, TermSet]:
        """Every term set scanned over whole texts, by the key `TextView.phrases` uses."""
        sets = {f"labels:{name}": terms for name, terms in self.labels_by_field.items()}
        sets.update({f"cues:{name}": terms for name, terms in self.cues.items()})
        sets.update({"relations": self.relations, "behalf": self.behalf, "closings": self.closings,
                     "introductions": self.introductions, "roles": self.roles, "reasons": self.reasons,
                     "reason-events": self.reason_events, "petitions": self.petitions,
                     "trip-purposes": self.trip_purposes})
        return sets

    @functools.cached_property
    def phrase_index(self) -> tuple[dict[str, list[tuple[str, Term]]], dict[str, list[tuple[str, str, Term]]]]:
        """First word -> (set key, term) for every scanned set, and the prefix words
        ("whatsap*"): one dictionary look-up per token finds where any phrase may start."""
        exact: dict[str, list[tuple[str, Term]]] = {}
        prefixes: dict[str, list[tuple[str, str, Term]]] = {}  # by the prefix's first three letters
        for key, terms in self.phrase_sets.items():
            for term in terms:
                first = term.words[0]
                if first.endswith("*"):
                    prefixes.setdefault(first[:3], []).append((first[:-1], key, term))
                    continue
                for word in (first,) + _CONTRACTIONS.get(first, ()):
                    exact.setdefault(word, []).append((key, term))
        return exact, prefixes

    @functools.cached_property
    def phrase_candidates(self) -> dict[str, tuple]:
        """Memo of `context._all_phrases`: the (set key, term) pairs a word may start."""
        return {}

    @functools.cached_property
    def phrase_pairs(self) -> dict[tuple[str, str | None], tuple]:
        """Memo of `context._all_phrases`: the phrases a pair of words may start."""
        return {}

    @functools.cached_property
    def relation_words(self) -> frozenset[str]:
        return frozenset(t.words[0] for t in self.relations if len(t.words) == 1)

    @functools.cached_property
    def label_words(self) -> frozenset[str]:
        """Single-word labels of four letters or more ("pasaporte", "celular")."""
        return frozenset(t.words[0] for t in self.labels if len(t.words) == 1 and len(t.words[0]) > 3)

    @functools.cached_property
    def words_of_labels(self) -> frozenset[str]:
        """Every word of four letters or more in a label ("carne de extranjeria": "carne",
        "extranjeria")."""
        return frozenset(word for t in self.labels for word in t.words if len(word) > 3 and not word.endswith("*"))

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
                    terms.append(Term.parse(value, key))
                except ValueError as exc:
                    raise ValueError(f"{where}: [{section}] {key}: {value!r}: {exc}") from None
            parsed[section][key] = tuple(terms)
    others, behalf, names, writer = parsed["others"], parsed["behalf"], parsed["names"], parsed["writer"]
    return Vocabulary(
        labels=TermSet(term for terms in parsed["labels"].values() for term in terms),
        cues={name: TermSet(terms) for name, terms in parsed["cues"].items()},
        relations=TermSet(others.get("relations", ())), records=TermSet(others.get("records", ())),
        behalf=TermSet(behalf.get("phrases", ())), writer_roles=TermSet(behalf.get("writer_roles", ())),
        wishes=TermSet(behalf.get("wishes", ())), cannot_write=TermSet(behalf.get("cannot_write", ())),
        introductions=TermSet(names.get("introductions", ())), roles=TermSet(names.get("roles", ())),
        not_name=frozenset(w for term in names.get("not_name", ()) for w in term.words),
        closings=TermSet(names.get("closings", ())), reasons=TermSet(parsed["reasons"].get("cues", ())),
        reason_events=TermSet(parsed["reasons"].get("events", ())),
        trip_purposes=TermSet(parsed["reasons"].get("trip_purposes", ())),
        petitions=TermSet(parsed["reasons"].get("petitions", ())),
        not_reasons=TermSet(parsed["reasons"].get("not_reasons", ())),
        promises=TermSet(parsed["reasons"].get("promises", ())),
        acquired=TermSet(others.get("acquired", ())),
        writer_speaks=TermSet(writer.get("speaks", ())),
        writer_copulas=_single_words(writer.get("copulas", ()), where, "copulas"),
        asks_for_self=TermSet(writer.get("asks_for_self", ())),
        own_possessives=_single_words(writer.get("own_possessives", ()), where, "own_possessives"),
        their_possessives=_single_words(writer.get("their_possessives", ()), where, "their_possessives"),
        inverse_relations=_pairs(writer.get("inverse_relations", ()), where),
        **{key: _single_words(writer.get(key, ()), where, key)
           for key in ("first_person", "speaks_of_self", "third_person", "own_data", "reach_me", "third_person_copulas")},
        own_voice=frozenset(term.words for term in writer.get("own_voice", ())),
        we_are=frozenset(term.words for term in writer.get("we_are", ())),
        we_are_group=TermSet(writer.get("we_are_group", ())),
        forwards=TermSet(writer.get("forwards", ())),
        source=where,
    )


def _single_words(terms: Iterable[Term], where: str, key: str) -> frozenset[str]:
    words = []
    for term in terms:
        if len(term.words) != 1 or term.words[0].endswith("*"):
            raise ValueError(f"{where}: [writer] {key}: {term.text!r}: one word, without *")
        words.append(term.words[0])
    return frozenset(words)


def _pairs(terms: Iterable[Term], where: str) -> dict[str, str]:
    """"madre hijo": the writer who says "madre de NAME" writes for their "hijo"."""
    pairs = {}
    for term in terms:
        if len(term.words) != 2:
            raise ValueError(f"{where}: [writer] inverse_relations: {term.text!r}: two words, the writer's "
                             "relation and the applicant's (\"madre hijo\")")
        pairs[term.words[0]] = term.words[1]
    return pairs
