"""Context: what the words around a value say it is, and whose it is.

A `TextView` is one text source folded and tokenised once. For a value at a position
it answers:

- `label_left(pos)`: the label written on its left, with any separator between ("Cel.
  - 987...", "identificada con pasaporte N.º 123...", "C.C. 1.234.567", a tab, a table
  column) -- the strongest evidence of what a value is;
- `cue_before(field, pos)`: a cue word of the field earlier in the same sentence
  ("me pueden ubicar por WhatsApp al 987...");
- `belongs_to_other(pos)`: the clause says the value is someone else's ("mi esposo es
  peruano", "la cédula de mi hija", "Resolución N° 123-2026");
- `in_writer_zone(pos)`: someone writes on the applicant's behalf (a lawyer, an aid
  organisation, a relative) and the value is in the writer's own presentation or
  signature block, so it is the writer's, not the applicant's.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..countries import demonym_code_folded
from .normalise import SENTENCE_WORDS, SIGNATURE_DELIMITER
from .vocabulary import _CONTRACTIONS, Term, Token, Vocabulary, fold_text, tokenize, word_matches

# words that may stand between a label and its value ("Pasaporte N° 123", "mi número es")
FILLER = frozenset(
    "n no nro nr num numero number nb nmero es el la mi su de del is my our o e da do est se li "
    "actual nuevo nueva vigente valido personal fijo movil principal s nos mwen le l mon ma meu minha nimewo nimero".split()
)
# what may stand between a label and its value, besides filler words
_SEPARATOR_CHARS = set(" \t:;-–—/.,|()[]#=°º*_>'\"")
# an article or a title between "esposo de" and the name
_BEFORE_A_NAME = frozenset("la el sra sr senora senor srta senorita don dona mrs mr ms madame monsieur mme".split())
# a relative pronoun that opens an on-behalf phrase ("a quien acompañamos", "whom we assist")
_RELATIVE_PRONOUNS = frozenset("quien quienes whom who quem qui ki".split())
_WITH_DIGITS = re.compile(r"(?<!\S)\S*?\d\S*")  # (starting only where a word starts: linear)
# an indefinite article: what follows names no one in particular
_INDEFINITE = frozenset("un una uno unos unas a an some une des um uma uns umas yon".split())
_OWN = frozenset("mi mis my mon ma mes meu minha".split())
POSSESSIVES = frozenset("mi mis su sus my his her ma mon mes meu minha meus minhas nuestro nuestra nuestros nuestras tu".split())
# how many relatives between the possessive and the relation ("mis dos hijos", "my 3 kids")
COUNTS = frozenset("2 3 4 5 6 dos tres cuatro cinco seis two three four five deux trois quatre dois duas quatro".split())
# a full stop ends a sentence unless it ends an abbreviation ("C.C. 80.123.456", "Sra. Ana")
_SENTENCE_END = re.compile(r"(?<![^\W\d_][.])(?<!\b[^\W\d_])(?<!\b(?:sr|dr|nr|no|av|jr|ud|nº|n°))(?<!\b(?:sra|dra|abg|lic|ing|nro|num|exp|uds|art|pag|tel|cel))(?<!\bsrta)[.!?;]\s|\n",
                           re.IGNORECASE)
_CLAUSE_END = re.compile(r"(?<!\b[^\W\d_])[.!?;:]\s|\n|,\s")


@dataclass(frozen=True)
class Evidence:
    """Why a value was placed in a field: a label on its left, a cue in its sentence, or
    its shape alone."""

    kind: str  # "etiqueta", "señal", "forma"
    term: str = ""

    @property
    def strength(self) -> int:
        return {"etiqueta": 3, "señal": 2, "forma": 1}[self.kind]

    def describe(self) -> str:
        return f"{self.kind} «{self.term}»" if self.term else self.kind




_PRESENTATION_CHARS = 300
# (a blank line between short lines does not end it: a signature double-spaced by the mail
# program, "Héctor Salazar" / "" / "Abogado" / "" / "T. 998 ...")
_SIGNATURE_BLOCK = re.compile(r"(?<![^\n])[^\n]*\n(?:[ \t]*\n)*(?:[ \t]*\S[^\n]*(?:\n|$)(?:[ \t]*\n(?=[ \t]*\S[^\n]{0,60}(?:\n|$)))?){1,12}")
# a quotation of some length, in straight, curly or angle quotes
_QUOTATION = re.compile(r'"[^"]{40,3000}"|“[^”]{40,3000}”|«[^»]{40,3000}»')
# what introduces the applicant's own words written down by someone else (folded text)
_DICTATION = re.compile(r"\b(?:dict\w*|dice|dijo|sus palabras|en sus propias palabras|says|said|in (?:his|her) words|"
                        r"dit|dicte\w*|ditou|dita|di m)\b[^.\n]{0,40}[:\s]*$")
# the first line of a message quoted or forwarded below the writer's signature
_QUOTED_MESSAGE = re.compile(r"^[ \t]*(?:_{8,}|-{5,}[^\n]*|(?:de|from|enviado|sent|date|fecha|para|to|asunto|subject)[ \t]*:[^\n]*@)",
                             re.IGNORECASE | re.MULTILINE)


# what may follow a closing word on its line when the writer signs there: a name, maybe
# with their role in parentheses ("Atte. Daniela Suárez Mendoza (hija)")
_NAME_AFTER_CLOSING = re.compile(
    r"[.,:]?(?<![ \t])[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|de|del|la|los|y)(?:[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|de|del|la|los|y)){1,6}"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*$")


_SIGNATURE_DELIMITER = re.compile(SIGNATURE_DELIMITER + "$", re.MULTILINE)


class TextView:
    """One text source, folded and tokenised once, with the vocabulary's context
    questions answered against it."""

    def __init__(self, name: str, text: str, vocabulary: Vocabulary, writers: bool = False):
        self.name = name
        self.text = text
        self.writers = writers  # the whole text is the writer's (a forwarder's note)
        self.folded = fold_text(text)
        self.tokens = tokenize(text, self.folded)
        self._ends = [token.end for token in self.tokens]
        self.vocabulary = vocabulary
        self.relation_words = vocabulary.relation_words
        self.label_words = vocabulary.label_words
        self.starts = [token.start for token in self.tokens]
        self._memo: dict[str, object] = {}

    @functools.cached_property
    def caseless(self) -> bool:
        """Written without capitals (a phone message in lower case, or all in capitals):
        a capital letter then tells nothing of where a name starts."""
        # (the letters of a code are no writing: "mi pasaporte RE8812093" in lower case)
        letters = "".join(filter(str.isalpha, _WITH_DIGITS.sub(" ", self.text[:4000])))
        if len(letters) < 20:
            return False
        upper = len("".join(filter(str.isupper, letters)))
        return upper <= len(letters) // 100 or upper >= len(letters) * 9 // 10

    def may_start_name(self, index: int) -> bool:
        """The token at `index` may start a person's name: capitalised, or in a caseless
        text a word that is no sentence word, filler, relation or word never in a name."""
        token = self.tokens[index]
        first = self.text[token.start:token.start + 1]
        if not self.caseless:
            return first.isupper()
        return first.isalpha() and token.word not in SENTENCE_WORDS and token.word not in FILLER \
            and token.word not in self.relation_words and token.word not in self.vocabulary.not_name

    def memo(self, key: str, compute):
        """`compute(self)`, computed once per source (several fields share a recogniser)."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]

    # -- positions -------------------------------------------------------------------

    def token_before(self, pos: int) -> int:
        """Index of the last token that ends at or before `pos` (-1 if none)."""
        return bisect.bisect_right(self._ends, pos) - 1

    def token_at_or_after(self, pos: int) -> int:
        return bisect.bisect_left(self._ends, pos + 1)

    @functools.cached_property
    def _sentence_ends(self) -> list[int]:
        return [match.end() for match in _SENTENCE_END.finditer(self.text)]

    @functools.cached_property
    def _clause_ends(self) -> list[int]:
        return [match.end() for match in _CLAUSE_END.finditer(self.text)]

    @staticmethod
    def _last_end(ends: list[int], pos: int, floor: int) -> int:
        index = bisect.bisect_right(ends, pos) - 1
        return max(floor, ends[index]) if index >= 0 else floor

    def sentence_start(self, pos: int, limit: int = 220) -> int:
        return self._last_end(self._sentence_ends, pos, max(0, pos - limit))

    def clause_start(self, pos: int, limit: int = 90) -> int:
        return self._last_end(self._clause_ends, pos, max(0, pos - limit))

    def _only_separators(self, start: int, end: int) -> bool:
        gap = self.text[start:end]
        if "\n" in gap:
            # a label ending its line, the value (or "N°") starting the next one ("con carnet
            # de identidad\nN° 79110408536", "Teléfono:\n987 ...")
            before, _, after = gap.rpartition("\n")
            if before.count("\n") or after.strip():
                return False
        return all(ch in _SEPARATOR_CHARS or ch.isspace() for ch in gap)

    # -- labels ----------------------------------------------------------------------

    def label_left(self, pos: int, max_skip: int = 4, fields: tuple[str, ...] | None = None) -> tuple[str, Term] | None:
        """The field whose label stands on the left of `pos` (filler words, demonyms and
        separators only in between), with the label; None when there is none."""
        index = self.token_before(pos)
        edge = pos
        skipped = 0
        while index >= 0:
            token = self.tokens[index]
            if not self._only_separators(token.end, edge):
                return None
            found = self._label_ending_at(index, fields)
            if found:
                return found
            if self._is_record_word(index) and not re.search(r"[.!?,][ \t]|\n", self.text[token.end:pos]):
                # ("... la entrevista de registro. Mi número es 913 ...", "sobre mi trámite, 9 4433
                # 2110": a sentence or a clause between)
                return ("registro", Term(token.word, (token.word,)))
            if skipped >= max_skip or not (token.word in FILLER or demonym_code_folded(token.word)):
                return None
            skipped += 1
            edge = token.start
            index -= 1
        return None

    def _label_ending_at(self, index: int, fields: tuple[str, ...] | None) -> tuple[str, Term] | None:
        for term in self.vocabulary.labels.ending_at(self.tokens, index):
            if fields is None or term.tag in fields:
                return term.tag, term
        return None

    def _is_record_word(self, index: int) -> bool:
        return bool(self.vocabulary.records.ending_at(self.tokens, index))

    def labels_in(self, field_name: str) -> list[tuple[Term, Token]]:
        """Every place a label of `field_name` ends (term, last token), in text order;
        where labels overlap, the longest."""
        terms = self.vocabulary.labels_by_field.get(field_name)
        if not terms:
            return []
        return [(term, self.tokens[index + len(term.words) - 1])
                for index, term in self.phrases(f"labels:{field_name}", terms)]

    def mentions(self, field_name: str) -> bool:
        """Does the text hold a label or a cue of the field anywhere (spelt exactly)?"""
        return bool(self.labels_in(field_name)) or bool(
            field_name in self.vocabulary.cues and self.phrases(f"cues:{field_name}", self.vocabulary.cues[field_name]))

    def phrases(self, key: str, terms=None) -> list[tuple[int, Term]]:
        """Where the phrases of a vocabulary set start in this text, longest first at each
        place (its first word spelt exactly; the others as `Term` matches them). All the
        sets are found in one pass over the tokens."""
        return self.memo("phrases", _all_phrases).get(key, [])

    # -- cues ------------------------------------------------------------------------

    def cue_before(self, field_name: str, pos: int) -> Term | None:
        terms = self.vocabulary.cues.get(field_name)
        if not terms:
            return None
        start = self.sentence_start(pos)
        first = self.token_at_or_after(start)
        last = self.token_before(pos)
        for index in range(last, first - 1, -1):
            for term in terms.ending_at(self.tokens, index):
                if self.tokens[index - len(term.words) + 1].start >= start:
                    return term
        return None


    # -- whose data ------------------------------------------------------------------

    @functools.cached_property
    def _relations(self) -> tuple[list[int], list[str], list[int]]:
        """Token indices (sorted) where a relative is named with a possessive ("mi
        esposo", "madanm mwen"), their words, and the indices of first-person words."""
        indices: list[int] = []
        words: list[str] = []
        for index, term in self.phrases("relations", self.vocabulary.relations):
            last = index + len(term.words) - 1
            before = self.tokens[index - 1].word if index > 0 else ""
            if before in COUNTS and index > 1:
                before = self.tokens[index - 2].word  # "mis dos hijos"
            after = self.tokens[last + 1].word if last + 1 < len(self.tokens) else ""
            if before in POSSESSIVES or after in ("mwen", "li") or self._in_parentheses(index, last):
                indices.append(last)
                words.append(term.words[0])
        first_person = [index for index, token in enumerate(self.tokens) if token.word in self.vocabulary.first_person]
        return indices, words, first_person

    def _in_parentheses(self, first: int, last: int) -> bool:
        """The words stand alone in parentheses, a relation in apposition: "José Peña
        (esposo), V-15.111.222"."""
        start, end = self.tokens[first].start, self.tokens[last].end
        return self.text[start - 1:start] == "(" and self.text[end:end + 1] == ")"

    def relation_before(self, pos: int) -> str | None:
        """A relative named earlier in the sentence of `pos` ("mi esposo, de nacionalidad
        peruana", "la cédula de mi hija", "madanm mwen"), folded; None when there is
        none, or when the writer speaks of themself again in between ("mi esposo es
        peruano y yo soy venezolana")."""
        indices, words, first_person = self._relations
        if not indices:
            return None
        first = self.token_at_or_after(self.sentence_start(pos, limit=160))
        last = self.token_before(pos)
        at = bisect.bisect_right(indices, last) - 1
        if at < 0 or indices[at] < first:
            return None
        speaks = bisect.bisect_right(first_person, last) - 1
        if speaks >= 0 and first_person[speaks] > indices[at]:
            # "mi hija ... vive conmigo y su celular es ...": the relative again, after "su"
            if not any(self.tokens[k].word in self.vocabulary.their_possessives
                       for k in range(first_person[speaks] + 1, last + 1)):
                return None
        return words[at]

    def possessed_by_other(self, pos: int) -> bool:
        """A third-person possessive among the few words before `pos` ("su celular es")."""
        last = self.token_before(pos)
        return any(self.tokens[k].word in self.vocabulary.their_possessives for k in range(max(0, last - 3), last + 1))

    def possessed_by_writer(self, pos: int) -> bool:
        """A first-person possessive among the few words before `pos` ("mi cel es ..."),
        or a verb with the writer as its object ("llamarme al ...", "a mí: ... celular")."""
        last = self.token_before(pos)
        for k in range(max(0, last - 3), last + 1):
            word = self.tokens[k].word
            if word in self.vocabulary.reach_me:
                return True
            if word in _OWN and not (k + 1 <= last and self.tokens[k + 1].word in self.relation_words):
                return True  # (not "teléfono de mi papá": a relative's)
        return False

    @functools.cached_property
    def _relatives_blocks(self) -> list[tuple[int, int, str]]:
        """Lines under a heading that names the writer's relatives ("Mis hijos menores, que
        dependen de mí:" / "Santiago Pacheco - pasaporte ... - nacido el ..."), up to the
        next blank line: (start, end, relation)."""
        indices, words, _ = self._relations
        blocks = []
        for last, word in zip(indices, words):
            token = self.tokens[last]
            line_end = self.text.find("\n", token.end)
            if line_end < 0 or not self.text[token.end:line_end].rstrip().endswith(":") \
                    or len(self.text[token.end:line_end]) > 80:
                continue
            # (the heading's own sentence, though a mail program wrapped it)
            sentence = max(self.paragraph_start(token.start), token.start - 200,
                           *(self.text.rfind(mark, 0, token.start) + 1 for mark in ". ! ? :".split()))
            if any(self.tokens[k].word in self.vocabulary.own_data
                   for k in range(self.token_at_or_after(sentence), last)):
                continue  # "actualizo mis datos y los de mi grupo familiar:": the writer's own come first
            first = line_end + 1
            while self.text.startswith("\n", first):
                first += 1  # a blank line between the heading and its list
            block_end = self.text.find("\n\n", first)
            blocks.append((first, len(self.text) if block_end < 0 else block_end, word))
        return blocks

    def belongs_to_other(self, pos: int) -> str | None:
        """Why the value at `pos` is not the applicant's, or None."""
        for start, end, word in self._relatives_blocks:
            if start <= pos < end and not self._is_beneficiary(word):
                return f"de otra persona («{word}»)"
        relation = self.relation_before(pos)
        if relation and not self._is_beneficiary(relation):
            return f"de otra persona («{relation}»)"
        return None

    def _is_beneficiary(self, relation: str) -> bool:
        if not self.behalf:
            return False
        stem = relation.rstrip("aos")
        return stem and stem == self.behalf[2].rstrip("aos")

    @functools.cached_property
    def behalf(self) -> tuple[int, int, str] | None:
        return self._find_behalf()

    @functools.cached_property
    def _signature_start(self) -> int | None:
        return self._find_signature_start()

    def _find_behalf(self) -> tuple[int, int, str] | None:
        """(start, end, relation word after it or "") of the first on-behalf phrase; a
        writer who presents themself as the applicant's relative ("esposo de la
        solicitante Ana ...") writes on their behalf too."""
        for index, token in enumerate(self.tokens[:-2]):
            if token.word in self.relation_words and self.tokens[index + 1].word in ("de", "del") \
                    and self.has_phrase(self.vocabulary.writer_speaks, self.sentence_start(token.start), token.start):
                role_at = index + 2 + (self.tokens[index + 2].word in ("la", "el"))
                if role_at < len(self.tokens) and self.vocabulary.roles.starting_at(self.tokens, role_at):
                    role = self.vocabulary.roles.starting_at(self.tokens, role_at)[0]
                    if role.words[0] not in ("nombre", "nombres", "name", "nome", "nom", "non", "full", "prenom", "apellidos"):
                        end = self.tokens[role_at + len(role.words) - 1].end
                        # ("madre del solicitante": "mi hijo" further on is the applicant)
                        return token.start, end, self.vocabulary.inverse_relations.get(token.word, "")
                # "Yo, NAME, ..., madre de Kevin Tovar Sosa, envío el recurso de mi hijo": the
                # writer is the applicant's relative; "mi hijo" is then the applicant
                name_at = index + 2
                while name_at < len(self.tokens) and self.tokens[name_at].word in _BEFORE_A_NAME:
                    name_at += 1  # "esposo de la Sra. NAME"
                if name_at < len(self.tokens) and self.may_start_name(name_at) \
                        and token.word in self.vocabulary.inverse_relations:
                    return token.start, self.tokens[index + 1].end, self.vocabulary.inverse_relations[token.word]
        asked = self._relative_who_asks()
        if asked:
            return asked
        for index, term in self.phrases("behalf", self.vocabulary.behalf):
            if index and self.tokens[index - 1].word in ("me", "nos"):
                continue  # "mi esposo me acompañó a la comisaría": someone else acting for the writer
            end_index = index + len(term.words)
            if end_index < len(self.tokens) and self.tokens[end_index].word in _INDEFINITE \
                    or self.tokens[end_index - 1].word == "des":
                continue  # "de la part d'un gang armé", "de la part des milices": no person named
            if set(term.words[:2]) & _RELATIVE_PRONOUNS:
                # "... el Sr. NAME, con pasaporte N° ..., a quien acompañamos": the person the
                # relative clause speaks of is named before it, in the same sentence
                named = self._name_before(self.tokens[index].start)
                if named is not None:
                    return named
                continue
            relation = ""
            for look in range(end_index, min(end_index + 3, len(self.tokens))):
                if self.tokens[look].word in self.relation_words:
                    relation = self.tokens[look].word
                    break
            return self.tokens[index].start, self.tokens[end_index - 1].end, relation
        return None

    def _name_before(self, pos: int) -> tuple[int, int, str] | None:
        """The last run of two or more capitalised words before `pos` in its sentence, as
        an on-behalf span that ends where the name starts (the words before it are the
        writer's; the name and what follows in the sentence are the applicant's)."""
        first = self.token_at_or_after(self.sentence_start(pos, limit=300))
        found = None
        index = first
        while index < len(self.tokens) and self.tokens[index].start < pos:
            run = index
            while run < len(self.tokens) and self.tokens[run].start < pos and self.may_start_name(run) \
                    and self.tokens[run].word not in SENTENCE_WORDS and self.tokens[run].word not in self.vocabulary.not_name \
                    and (run == index or not self.text[self.tokens[run - 1].end:self.tokens[run].start].strip()):
                run += 1
            if run - index >= 2 and index > first:
                found = (self.tokens[index - 1].start, self.tokens[index].start, "")
            index = max(run, index + 1)
        return found

    def _relative_who_asks(self) -> tuple[int, int, str] | None:
        """"mi hermano Jorge Luis Lobo Azuaje acaba de llegar y quiere solicitar refugio":
        the writer opens by naming their relative, and in the same sentence that relative
        asks for something ([behalf] wishes), or the relative cannot write themself ("mi
        esposo no tiene internet", [behalf] cannot_write): the message is written on the
        relative's behalf."""
        if not self.vocabulary.wishes and not self.vocabulary.cannot_write:
            return None
        tokens = self.tokens
        for index in range(1, len(tokens) - 1):
            token = tokens[index]
            if token.start > _PRESENTATION_CHARS:
                break  # only how the message opens says for whom it is written
            if token.word not in self.relation_words or tokens[index - 1].word not in self.vocabulary.own_possessives:
                continue
            if self.vocabulary.cannot_write.starting_at(tokens, index + 1):
                # "mi esposo no tiene internet ...": the writer writes for him
                return tokens[index - 1].start, token.end, token.word
            if any(term.words[0] in self.vocabulary.third_person for term in self.vocabulary.introductions.starting_at(tokens, index + 1)):
                # "le escribí a mi mamá, ella es NAME, venezolana, ...": the relative introduced
                return tokens[index - 1].start, token.end, token.word
            named = index + 1
            while named < len(tokens) - 1 and named <= index + 3 and tokens[named].word in _BEFORE_A_NAME:
                named += 1  # "mi vecino, el señor NAME, ... quiere presentar una solicitud"
            if not self.may_start_name(named) or tokens[named].word in SENTENCE_WORDS \
                    or tokens[named].word in self.vocabulary.not_name:
                continue  # no name follows ("MI MAMÁ ESTÁ HOSPITALIZADA", in a text in capitals)
            if self.has_phrase(self.vocabulary.asks_for_self, 0, token.start):
                break  # the writer asked for themself first ("Solicito mi prórroga ... Mi esposa ...")
            if any(last.end <= token.start for field in ("documento_identidad", "carne_extranjeria")
                   for _, last in self.labels_in(field)):
                break  # the writer's own data come first ("NAME / CE 001122334 / ... MOTIVO: MI MADRE ...")
            end = _SENTENCE_END.search(self.text, tokens[named].end)
            stop = end.start() if end else len(self.text)
            # "Mi mamá, NAME, presentó su solicitud", "mi esposo NAME (pasaporte ...) registró su
            # solicitud": the relative, named at the start of a sentence, is its subject
            paragraph_end = self.text.find("\n\n", token.end)
            appositive = self.text[token.end:tokens[named].start].strip() in (",", "") \
                and self.sentence_start(token.start) >= tokens[index - 1].start - 1 \
                and not any(tokens[k].word in self.vocabulary.speaks_of_self for k in range(named, self.token_at_or_after(
                    len(self.text) if paragraph_end < 0 else paragraph_end)))  # (not "... y ahora los míos. Soy ...")
            following = self.token_at_or_after(stop + 1)
            if end and following < len(tokens) and tokens[following].word in self.vocabulary.third_person:
                # "My brother NAME arrived last week. He is Afghan and he wants to apply":
                # the next sentence speaks of the same relative
                after = _SENTENCE_END.search(self.text, tokens[following].end)
                stop = after.start() if after else len(self.text)
            look = named + 1
            while look < len(tokens) and tokens[look].start < stop:
                # "mi hermana NAME, pasaporte ..., está hospitalizada y no puede escribir";
                # "Mi mamá, NAME, presentó su solicitud ...": the sentence speaks of the
                # relative's own procedure
                if self.vocabulary.wishes.starting_at(tokens, look) or self.vocabulary.cannot_write.starting_at(tokens, look) \
                        or appositive and (tokens[look].word in self.vocabulary.their_possessives or tokens[look].word == "le"):
                    return tokens[index - 1].start, token.end, token.word
                look += 1
        return None

    def _find_signature_start(self) -> int | None:
        """Where the writer's signature block starts (the last line that is a closing)."""
        start = None
        for index, term in self.phrases("closings", self.vocabulary.closings):
            token = self.tokens[index]
            line_start = self.text.rfind("\n", 0, token.start) + 1
            line_end = self.text.find("\n", token.start)
            line_end = len(self.text) if line_end < 0 else line_end
            if self.text[line_start:token.start].strip():
                continue
            if line_end - line_start > 60:
                # "Bendiciones, Pastor NAME Coordinador – Red ... Cel. 972 ...": a signature
                # run into the closing's line, the last line of the text
                after = self.tokens[index + len(term.words) - 1].end
                if line_end - line_start <= 200 and not self.text[line_end:].strip() \
                        and re.match(r",[ \t]+[A-ZÁÉÍÓÚÑ]", self.text[after:after + 3]):
                    start = line_start
                continue
            on_line = self.token_at_or_after(line_end) - index
            if on_line <= 5 and len(term.words) >= on_line - 1 \
                    or on_line <= 9 and _NAME_AFTER_CLOSING.match(self.text, self.tokens[index + len(term.words) - 1].end, line_end):
                start = line_start  # ("Atte. Daniela Suárez Mendoza (hija)": the closing and the name on one line)
        if start is None:
            delimiter = _SIGNATURE_DELIMITER.search(self.text)
            if delimiter:
                start = delimiter.start()  # the "-- " line that mail programs put above a signature
        if start is None:
            # a block that names the writer's role with no closing word above it ("Hna.
            # Teresa Quispe" / "Casa de Acogida San José" / "Tel. ...")
            start = self._role_block_start()
        if start is None:
            start = self._name_block_after_behalf()
        return start

    def _role_block_start(self) -> int | None:
        """Someone writes for the applicant and signs without a closing word: the last
        block of short lines (above any quoted message) that names the writer's role
        ("Abg. Carla Vásquez Torres" / "CAL 61234 - DNI ..." / "Cel. ...") is their signature."""
        after = self.behalf[1] if self.behalf else 0
        quoted = _QUOTED_MESSAGE.search(self.text, after)
        end = quoted.start() if quoted else len(self.text)
        body = self.text[:end].rstrip()
        start = body.rfind("\n\n") + 1
        if start <= after:
            return None
        block = body[start:].strip("\n")
        lines = block.split("\n")
        if len(lines) > 6 or any(len(line) > 80 for line in lines):
            return None
        start += len(body[start:]) - len(body[start:].lstrip("\n"))
        first = self.token_at_or_after(start)
        last = self.token_at_or_after(len(body))
        if any(self.vocabulary.writer_roles.starting_at(self.tokens, index) for index in range(first, last)):
            return start
        if not self.behalf:
            return None  # (an aid group's block names its role; a name alone is the applicant's own)
        # "Daniela Blanco Rojas" / "C.E. 002231876 · cel. ...": a block that opens with a
        # name under a message written for someone else is the writer's signature
        if len(lines) >= 2 and self._is_name_line(lines[0]):
            return start
        return None

    def _is_name_line(self, line: str) -> bool:
        """A signature's first line that is a name: 2-5 words, capitalised, no digit or
        colon, none a word no name holds ("Daniela Blanco Rojas (hija)")."""
        words = [word for word in line.split() if not word.startswith("(")]
        return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words if len(w) > 3) \
            and not any(ch.isdigit() or ch in ":|" for ch in line) \
            and not any(fold_text(w).strip(".,") in self.vocabulary.not_name for w in words)

    def _name_block_after_behalf(self) -> int | None:
        """A forwarder's note signed with no blank line between ("reenvío el recurso de mi
        hermana ... va adjunto." / "Génesis Aponte" / "Cel. 981 ..."): the short lines
        right after the on-behalf phrase's line, up to a blank one, that open with a name."""
        if not self.behalf:
            return None
        line_end = self.text.find("\n", self.behalf[1])
        if line_end < 0:
            return None
        start = line_end + 1
        end = self.text.find("\n\n", start)
        lines = self.text[start:len(self.text) if end < 0 else end].split("\n")
        if not 2 <= len(lines) <= 4 or any(len(line) > 80 for line in lines):
            return None
        if self._is_name_line(lines[0]) and any(ch.isdigit() or "@" in line for line in lines[1:] for ch in line):
            return start
        return None

    @functools.cached_property
    def _signature_end(self) -> int:
        """Where the writer's signature block ends: a forwarded or quoted message below it
        ("________", "De: ...", "-----Original Message-----") is not the writer's."""
        if self._signature_start is None:
            return len(self.text)
        end = len(self.text)
        below = _QUOTED_MESSAGE.search(self.text, self._signature_start)
        if below:
            end = below.start()
        # the block: the closing's line, blank lines, then the lines up to the next blank one
        # (a forwarded message below, its headers already dropped, is not the writer's)
        block = _SIGNATURE_BLOCK.match(self.text, self._signature_start)
        if block and block.end() < end and self.text[block.end():].strip():
            end = block.end()
        return end

    @functools.cached_property
    def writer_signature(self) -> bool:
        """The signature block names a role or an organisation (a lawyer, an aid group):
        its name, phone and document are the writer's, not the applicant's."""
        start = self._signature_start
        if start is None:
            return False
        first = self.token_at_or_after(start)
        return any(self.vocabulary.writer_roles.starting_at(self.tokens, index) for index in range(first, len(self.tokens)))

    @functools.cached_property
    def dictated(self) -> list[tuple[int, int]]:
        """Quotations the writer says the applicant dictated ("ella me dicta: \"Yo, NAME,
        cubana, ...\""): the applicant's own words, where "yo" and "mi" are the applicant."""
        if not self.behalf:
            return []
        spans = []
        for match in _QUOTATION.finditer(self.text):
            lead = self.folded[max(0, match.start() - 80):match.start()]
            if _DICTATION.search(lead):
                spans.append((match.start(), match.end()))
        return spans

    def in_dictation(self, pos: int) -> bool:
        return any(start <= pos < end for start, end in self.dictated)

    def in_writer_zone(self, pos: int) -> bool:
        """Someone writes for the applicant, and `pos` lies in the writer's own
        presentation (the sentence before the on-behalf phrase) or signature block."""
        if self.writers:
            return True
        if self.dictated and self.in_dictation(pos):
            return False
        if self._signature_start is not None and self._signature_start <= pos < self._signature_end \
                and self.writer_signature:
            return True
        if not self.behalf:
            return False
        behalf_start = self.behalf[0]
        # the writer's presentation: the paragraph before the phrase, at most a few lines
        # (a PDF's text has no blank lines: its "paragraph" would be the whole letter)
        if max(self.paragraph_start(behalf_start), behalf_start - _PRESENTATION_CHARS) <= pos < behalf_start:
            return True
        if any(start <= pos < end for start, end in self._writer_sentences):
            return True
        if self._signature_start is not None and self._signature_end > pos >= self._signature_start > behalf_start:
            return True
        return False

    @functools.cached_property
    def _writer_sentences(self) -> list[tuple[int, int]]:
        """Sentences where the writer presents themself as the applicant's relative or
        representative ("Yo soy su hija, NAME, C.I. ...", "I am her lawyer")."""
        found = []
        words = [token.word for token in self.tokens]
        for index, word in enumerate(words[:-2]):
            if word not in self.vocabulary.writer_copulas:
                continue
            window = words[index + 1:index + 4]
            for k, other in enumerate(window[:-1]):
                if other in self.vocabulary.their_possessives and (window[k + 1] in self.relation_words
                                                    or self.vocabulary.writer_roles.starting_at(self.tokens, index + 2 + k)):
                    start = self.sentence_start(self.tokens[index].start)
                    end = _SENTENCE_END.search(self.text, self.tokens[index].end)
                    found.append((start, end.start() if end else len(self.text)))
                    break
        if self.behalf and any(self.tokens[at].start == self.behalf[0] for at, _ in self.phrases("behalf", self.vocabulary.behalf)):
            # "Por encargo de mi esposa ... Mis datos, por si se necesitan: NAME, CE ...": after
            # an on-behalf phrase ([behalf] phrases, not a relative merely named first), a line
            # that opens with the writer's own data is theirs, to its paragraph's end
            mine = self.vocabulary.own_possessives | {"me"}  # (plurals: "mis", "meus", "mes" -> "me")
            for index in range(self.token_at_or_after(self.behalf[1]), len(self.tokens) - 1):
                token = self.tokens[index]
                if token.word.rstrip("s") in mine and self.tokens[index + 1].word in self.vocabulary.own_data \
                        and not self.text[self.text.rfind("\n", 0, token.start) + 1:token.start].strip(" \t-•*"):
                    end = self.text.find("\n\n", token.end)
                    found.append((token.start, len(self.text) if end < 0 else end))
        if self.behalf:
            # "Escribo en nombre de mi hermana ... Yo soy Edgar Linares, CE ...": the writer
            # who introduces themself speaks of themself; when they forward someone's
            # message ("les reenvío el mensaje de mi vecina"), only in the paragraph of
            # that phrase (the message below is the applicant's own words)
            forwarding = re.search(r"reenv|forward|transf", self.folded[self.behalf[0]:self.behalf[1]])
            quoted = _QUOTED_MESSAGE.search(self.text, self.behalf[1])
            limit = self.text.find("\n\n", self.behalf[1]) if forwarding else (quoted.start() if quoted else -1)
            limit = len(self.text) if limit < 0 else limit
            for index, term in self.phrases("introductions", self.vocabulary.introductions):
                at = self.tokens[index].start
                if self.behalf[1] <= at < limit and any(
                        len(speaks.words) == len(term.words) for speaks in self.vocabulary.writer_speaks.starting_at(self.tokens, index)):
                    end = _SENTENCE_END.search(self.text, self.tokens[index].end)
                    found.append((self.sentence_start(at), end.start() if end else len(self.text)))
        return found

    def in_writer_paragraph(self, pos: int) -> bool:
        """Weaker than `in_writer_zone`: `pos` lies in the paragraph where the writer says
        they write for someone, outside the sentence that names that someone ("les
        reenvío el correo de mi hermano ... Rosalba Méndez, C.I. ..."). Such a value is
        taken only when the applicant's own is not written elsewhere."""
        if not self.behalf or self.dictated and self.in_dictation(pos):
            return False
        behalf_start, behalf_end = self.behalf[0], self.behalf[1]
        paragraph = self.paragraph_start(behalf_start)
        paragraph_end = self.text.find("\n\n", behalf_end)
        paragraph_end = len(self.text) if paragraph_end < 0 else paragraph_end
        if not paragraph <= pos < paragraph_end:
            return False
        sentence_end = _SENTENCE_END.search(self.text, behalf_end)
        return not (behalf_end <= pos < (sentence_end.start() if sentence_end else len(self.text)))

    def has_phrase(self, terms, start: int, end: int) -> bool:
        """Does a phrase of `terms` start between the positions `start` and `end`?"""
        index = self.token_at_or_after(start)
        while index < len(self.tokens) and self.tokens[index].start < end:
            if any(self.tokens[index + len(t.words) - 1].end <= end for t in terms.starting_at(self.tokens, index)):
                return True
            index += 1
        return False

    def paragraph_start(self, pos: int) -> int:
        found = self.text.rfind("\n\n", 0, pos)
        return 0 if found < 0 else found + 2



def _all_phrases(view: TextView) -> dict[str, list[tuple[int, Term]]]:
    exact, prefixes = view.vocabulary.phrase_index
    known = view.vocabulary.phrase_candidates  # word -> the phrases it may start, across texts
    # (word, next word) -> the phrases that may start there, each with whether it still
    # needs the full match (three words or more); across texts, for the pairs recur
    pairs = view.vocabulary.phrase_pairs
    found: dict[str, list[tuple[int, Term]]] = {}
    tokens = view.tokens
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        word = token.word
        following = tokens[index + 1].word if index < last else None
        entry = pairs.get((word, following))
        if entry is None:
            entry = pairs[(word, following)] = _pair_entry(_candidates_of(word, exact, prefixes, known), following)
            if len(pairs) > 50_000:  # (about 10 MB at most)
                pairs.clear()
        if not entry:
            continue
        best: dict[str, Term] = {}
        for key, term, check in entry:
            if (not check or term.starts_at(tokens, index)) and (
                    key not in best or len(term.words) > len(best[key].words)):
                best[key] = term
        for key, term in best.items():
            found.setdefault(key, []).append((index, term))
    return found


def _candidates_of(word: str, exact, prefixes, known: dict[str, tuple]) -> tuple:
    """The (set key, term) pairs whose first word is `word` (spelt exactly, a
    contraction, or a prefix word)."""
    candidates = known.get(word)
    if candidates is None:
        candidates = list(exact.get(word, ()))
        starting = prefixes.get(word[:3])
        if starting:
            candidates += [(key, term) for prefix, key, term in starting if word.startswith(prefix)]
        if len(known) > 100_000:
            known.clear()
        candidates = known[word] = tuple(candidates)
    return candidates


def _pair_entry(candidates: tuple, following: str | None) -> tuple:
    """Of the phrases a word starts, those the next word allows: a one-word phrase, a
    two-word one whose second word matches (settled here), a longer one whose second
    word may match (matched in full at each place)."""
    entry = []
    for key, term in candidates:
        size = len(term.words)
        if size == 1:
            entry.append((key, term, False))
        elif following is None or not _may_follow(term.words[1], following):
            continue
        elif size == 2:
            if term.words[1] == following or word_matches(term.words[1], following):
                entry.append((key, term, False))
        else:
            entry.append((key, term, True))
    return tuple(entry)


def _may_follow(word: str, following: str) -> bool:
    """A quick look at a phrase's second word before the full match: what
    `vocabulary.word_matches` can accept, and nothing it cannot (a typo is one edit away,
    so the lengths differ by one at most, and it keeps the first or the last letter)."""
    if word == following:
        return True
    if word.endswith("*"):
        return following.startswith(word[:-1])
    if len(word) >= 6 and len(following) >= 5 and abs(len(word) - len(following)) <= 1 \
            and (word[0] == following[:1] or word[-1] == following[-1:]):
        return True
    return following in _CONTRACTIONS.get(word, ())
