"""Typed recognisers: every value of a kind a text holds, with its position.

Each recogniser finds values by their shape (a run of digits, a date, a demonym, a
capitalised name after an introduction, a clause after a causal cue) and returns
`Candidate`s; it does not decide which field a value fills -- `context.TextView` and
the extractor do, from the words around it. Every pattern here is linear on long input
(bounded repetitions, no nested quantifiers).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..countries import country_code, demonym_code, demonym_code_folded
from .context import FILLER, TextView
from .normalise import DATE, LOWERCASE_ENDERS, MONTH_NUMBERS, NAME_PARTICLES, SENTENCE_WORDS, acc, fold_word, norm_name
from .places import city_country
from .vocabulary import Term, tokenize


@dataclass(frozen=True)
class Candidate:
    """A value found by its shape: `raw` as written at [start, end) of the source."""

    kind: str
    raw: str
    start: int
    end: int


# a number as people write it: "+58 (414) 123.45.67", "V-12.345.678", "9 8765 4321",
# "001-150388-0004K", "AB123456"; never across a line, never inside a word or an address
_NUMBER = re.compile(
    # a Venezuelan cédula with its letter in lower case, as phones write it ("v 24.990.120")
    r"(?<![\w@.+/-])[vV][ -]\d{1,2}\.\d{3}\.\d{3}(?![\w@])|"
    r"(?<![\w@.+/-])(?:\+[ ]?)?(?:[A-Z]{1,3}(?:-[ ]?)?)?\(?\d[\d \t().-]{1,24}\d(?:-?[A-Z](?![\w@]))?(?![\w@])"
    # letters written onto the digits, in either case ("RD3390127", "rd3390127" from a phone)
    r"|(?<![\w@.+/-])[A-Za-z]{1,3}\d{4,12}(?![\w@])"
    # letters inside the digits (Angola's bilhete de identidade: "005678912LA045")
    r"|(?<![\w@.+/-])\d{6,10}[A-Z]{2}\d{2,4}(?![\w@])"
)
_SPLIT = re.compile(r"[ \t]{2,}|[ \t]+-[ \t]+|\t")
# a document's letters set apart by one space ("Passeport n° : PP 0912334")
_LETTERS_SPACE_DIGITS = re.compile(r"(?<![\w@.+/-])([A-Z]{1,3}) (\d{5,12})(?![\w@.-])")
# the same in a text without case ("passeport n° : rd 0981234")
_LETTERS_SPACE_DIGITS_CASELESS = re.compile(r"(?<![\w@.+/-])([A-Za-z]{1,3}) (\d{5,12})(?![\w@.-])")


def numbers(view: TextView) -> list[Candidate]:
    """Every run of digits (with the letters of a document prefix) in the text; a run
    that holds two values set apart by wide spaces or " - " also yields its parts."""
    found: list[Candidate] = []
    for match in _NUMBER.finditer(view.text):
        raw = match.group().rstrip(" .-(")
        found.append(Candidate("numero", raw, match.start(), match.start() + len(raw)))
        offset = match.start()
        parts = _SPLIT.split(raw)
        if len(parts) > 1:
            for part in parts:
                at = view.text.find(part, offset)
                if part.strip() and at >= 0 and sum(ch.isdigit() for ch in part) >= 5:
                    found.append(Candidate("numero", part.strip(), at, at + len(part)))
                    offset = at + len(part)
    if " " in view.text:
        for match in (_LETTERS_SPACE_DIGITS_CASELESS if view.caseless else _LETTERS_SPACE_DIGITS).finditer(view.text):
            letters = match.group(1).lower()
            if letters not in view.label_words and letters not in FILLER and not _is_label_word(view, letters):
                found.append(Candidate("numero", match.group(), match.start(), match.end()))
        found.sort(key=lambda candidate: candidate.start)
    return found


# digits written as words ("nueve ocho siete, seis cinco cuatro ..."), in the five languages
_DIGIT_WORDS = {
    **dict.fromkeys(("cero", "zero", "zewo", "oh"), "0"), **dict.fromkeys(("uno", "um", "one", "un", "en", "youn"), "1"),
    **dict.fromkeys(("dos", "dois", "two", "deux", "de"), "2"), **dict.fromkeys(("tres", "three", "trois", "twa"), "3"),
    **dict.fromkeys(("cuatro", "quatro", "four", "quatre", "kat"), "4"), **dict.fromkeys(("cinco", "five", "cinq", "senk"), "5"),
    **dict.fromkeys(("seis", "six", "sis"), "6"), **dict.fromkeys(("siete", "sete", "seven", "sept", "set"), "7"),
    **dict.fromkeys(("ocho", "oito", "eight", "huit", "uit"), "8"), **dict.fromkeys(("nueve", "nove", "nine", "neuf", "nef"), "9"),
}
_AMBIGUOUS_DIGIT_WORDS = frozenset({"un", "en", "de", "oh", "set"})


def spelt_numbers(view: TextView) -> list[Candidate]:
    """A number written in words, digit by digit, maybe mixed with figures ("nueve ocho
    siete 654 321"): seven digits or more, three of them words; `raw` is the digits."""
    found: list[Candidate] = []
    run: list = []

    def close() -> None:
        digits = "".join(_DIGIT_WORDS.get(token.word, token.word) for token in run)
        words = sum(token.word in _DIGIT_WORDS and token.word not in _AMBIGUOUS_DIGIT_WORDS for token in run)
        if len(digits) >= 7 and words >= 3:
            found.append(Candidate("numero", digits, run[0].start, run[-1].end))

    for token in view.tokens:
        if (token.word in _DIGIT_WORDS or token.word.isdigit() and len(token.word) <= 4) and (
                not run or not view.text[run[-1].end:token.start].strip(" \t,.-")):
            run.append(token)
            continue
        if run:
            close()
        run = [token] if token.word in _DIGIT_WORDS and token.word not in _AMBIGUOUS_DIGIT_WORDS else []
    if run:
        close()
    return found


_DATE = re.compile(DATE, re.IGNORECASE)


def dates(view: TextView) -> list[Candidate]:
    return [Candidate("fecha", m.group(), m.start(), m.end()) for m in _DATE.finditer(view.text)]


# a stay written as a range in one sentence: "del 3 al 20 de marzo (de 2027)", "entre el
# 3 y el 20 de marzo", "desde el 3 de marzo hasta el 2 de abril", "du 3 au 20 mars",
# "from 3 to 20 March", "de 3 a 20 de março"
_MONTH_ALT = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_RANGE = re.compile(acc(
    r"\b(?:del|desde\s{1,3}el|desde|entre\s{1,3}el|entre|from|du|de|do|soti)\s{1,3}(\d{1,2})(?:\s{0,3}(?:de\s{1,3})?(" + _MONTH_ALT + r")\.?)?"
    r"(?:\s{0,3}(?:de|del)?\s{0,3}(\d{4}))?\s{1,3}(?:al|hasta\s{1,3}el|hasta|y\s{1,3}el|y|to|until|till|au|a|ao|at[eé]|jiska)\s{1,3}(?:el\s{1,3})?"
    r"(\d{1,2})\s{0,3}(?:de\s{1,3})?(" + _MONTH_ALT + r")\b\.?(?:\s{0,3}(?:de|del)?\s{0,3}(\d{4}))?"), re.IGNORECASE)
# the same with two numeric dates: "del 03/03/27 al 20/03/27", "03/03/2027 - 20/03/2027"
_NUM_DATE = r"\d{1,2}\s{0,3}[/.-]\s{0,3}\d{1,2}\s{0,3}[/.-]\s{0,3}(?:\d{4}|\d{2})(?!\d)"
# (the first date may leave out its year: "desde el 15/12 hasta el 05/01/27")
_RANGE_NUMERIC = re.compile(
    r"(" + _NUM_DATE + r"|(?<![\d/.-])\d{1,2}\s{0,2}/\s{0,2}\d{1,2}(?![\d/.-]))\s{0,3}(?:al|hasta\s{1,3}el|hasta|y\s{1,3}el|y|to|until|au|a|ao|at[eé]|-|–)\s{0,3}(?:el\s{1,3})?(" + _NUM_DATE + r")",
    re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    start_raw: str
    end_raw: str
    start: int
    end: int


# a day and month without a year ("el 3 de marzo", "el 03/03"): for travel plans only
_YEARLESS = re.compile(acc(
    r"(?<![\d/.-])(\d{1,2})(?:\s{0,3}(?:de\s{1,3})?(" + _MONTH_ALT + r")\b\.?|\s{0,2}/\s{0,2}(\d{1,2}))"
    r"(?![\d]|\s{0,3}(?:de|del)?\s{0,3}\d{4}|\s{0,2}[/.-]\s{0,2}\d)"), re.IGNORECASE)


def yearless_dates(view: TextView) -> list[Candidate]:
    """"el 3 de marzo", "el 03/03": a day and a month, written as "3 de marzo" (the raw
    form `_travel_day` reads)."""
    found = []
    for match in _YEARLESS.finditer(view.text):
        month = match.group(2) or match.group(3)
        found.append(Candidate("fecha", f"{match.group(1)} de {month}", match.start(), match.end()))
    return found


def date_ranges(view: TextView) -> list[DateRange]:
    found: list[DateRange] = []
    for match in _RANGE.finditer(view.text):
        day1, month1, year1, day2, month2, year2 = match.groups()
        month1 = month1 or month2
        year1 = year1 or year2
        start_raw = f"{day1} de {month1}" + (f" de {year1}" if year1 else "")
        end_raw = f"{day2} de {month2}" + (f" de {year2}" if year2 else "")
        found.append(DateRange(start_raw, end_raw, match.start(), match.end()))
    for match in _RANGE_NUMERIC.finditer(view.text):
        start_raw = match.group(1)
        parts = re.split(r"\s{0,2}/\s{0,2}", start_raw)
        if len(parts) == 2:  # "15/12": read as "15 de 12", the next such day from receipt
            start_raw = f"{parts[0]} de {parts[1]}"
        found.append(DateRange(start_raw, match.group(2), match.start(), match.end()))
    return found


# --- names --------------------------------------------------------------------------

_NAME_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?")
_PARTICLES = NAME_PARTICLES
_HONORIFICS = frozenset(
    "senor senora sr sra srta senorita don dona ciudadano ciudadana joven nino nina menor mr mrs ms miss "
    "monsieur madame m mme msye madan sr sra senhor senhora dr dra".split()
)
_COMMA_INTRODUCTIONS = frozenset({("yo",), ("i",), ("je",), ("eu",)})
# a name written all in lower case ends at the first word that joins a sentence
_LOWERCASE_ENDERS = LOWERCASE_ENDERS
# the writer goes on asking ("soy maria perez lopez necesito ..."): the words before were a name
_REQUEST_VERBS = frozenset("necesito quiero solicito deseo requiero pido escribo vengo need want would quero preciso "
                           "gostaria voudrais veux vle bezwen quisiera queria quisieramos necesitaria le les me "
                           "les escribo tengo estoy".split())
# "soy NAME y quisiera ...": a conjunction between the name and the request
_AND = frozenset("y e and et ak".split())
STRONG_INTRODUCTIONS = frozenset(
    "me llamo|mi nombre es|mi nombre completo es|my name is|je m appelle|mon nom est|meu nome e|"
    "je soussigne|je soussignee|the undersigned|i the undersigned|eu abaixo assinado|eu abaixo assinada|abaixo assinado|"
    "abaixo assinada|mwen menm|me chamo|chamo me|el nombre mio es|el nombre mio completo es|my names are|mwen rele|non mwen se|m rele|quien suscribe|el que suscribe|la que suscribe|el suscrito|"
    "la suscrita|les escribe|les saluda|my full name is|se llama|ella se llama|el se llama|su nombre es|"
    "su nombre completo es|her name is|his name is|meu nome completo e|o nome dela e|o nome dele e|ela se chama|"
    "ele se chama|mon nom complet est|elle s appelle|il s appelle|li rele".split("|")
)


def name_after(view: TextView, start: int, *, require_capitals: bool, max_words: int = 6,
               meant_as_name: bool = False, skip_relations: bool = True) -> Candidate | None:
    """The name written from `start`: words up to a comma, a full stop, a number, a label
    or any word that cannot be part of a name. Honorifics and relations before it
    ("la señora", "mi hermano") are skipped."""
    vocab = view.vocabulary
    pos = start + len(view.text[start:start + 8]) - len(view.text[start:start + 8].lstrip(" \t,:"))
    words: list[re.Match] = []
    limit = min(len(view.text), start + 160)
    while pos < limit:
        gap = re.match(r"[ \t]*", view.text[pos:limit])
        pos += gap.end()
        match = _NAME_TOKEN.match(view.text, pos, limit)
        if not match:
            break
        word = fold_word(match.group()).strip(".")
        if not words and (word in _HONORIFICS or skip_relations and (
                word in FILLER or word in view.relation_words or word in _RELATION_QUALIFIERS)):
            pos = match.end()
            pos += len(view.text[pos:pos + 4]) - len(view.text[pos:pos + 4].lstrip(" \t,"))
            continue
        if (word in vocab.not_name or demonym_code(word) or word in FILLER - _PARTICLES
                or _is_label_word(view, word) or _LETTERS_WITH_DOTS.match(view.text, match.start(), limit)
                or _starts_labelled_datum(view, match.start(), any_phrase=True)):
            break  # ("C.C.", "C.I.", "D.N.I.": a document's abbreviation, never a name's initials)
        if not require_capitals and word in _LOWERCASE_ENDERS or word in SENTENCE_WORDS:
            break  # (capitalised too: a text written all in capitals has no case to tell)
        if word in _PARTICLES:
            words.append(match)
            pos = match.end()
            continue
        if require_capitals and not match.group()[:1].isupper():
            break
        words.append(match)
        pos = match.end()
        if match.group().endswith(".") and len(match.group()) > 3:
            break
        if len(words) >= max_words:
            break
    while words and fold_word(words[-1].group()).strip(".") in _PARTICLES:
        words.pop()
    if not words:
        return None
    raw = view.text[words[0].start():words[-1].end()].rstrip(".")
    # after "me llamo", "Nombre:" the words are meant as a name: "Lima", "Santa" are surnames
    value = norm_name(raw, stop_words=not meant_as_name)
    if not value or any(fold_word(w) in vocab.not_name for w in value.split()):
        return None
    return Candidate("nombre", value, words[0].start(), words[-1].end())


_LETTERS_WITH_DOTS = re.compile(r"(?:[^\W\d_]\.){2,}")
# what is said of a relative before their name ("mi hijo menor de edad NAME", "my little son")
_RELATION_QUALIFIERS = frozenset("menor mayor edad adolescente pequeno pequena little young older younger "
                                 "minor mineur mineure".split())


def _is_label_word(view: TextView, word: str) -> bool:
    return word in view.label_words


_DATUM_AFTER_LABEL = re.compile(r"(?<![ \t:#°º.-])[ \t]*(?:[:#°º.-][ \t]*){0,3}(?:n[°ºo.][ \t]*)?[+(]?\d")


def _starts_labelled_datum(view: TextView, pos: int, any_phrase: bool = False) -> bool:
    """A label of a number starts at `pos` and a number follows it ("... OSPINA CE 000 612
    889", "NAME Cel. 912 ..."): the name ended before it. With `any_phrase`, also a label
    of two words or more, whatever follows ("CARTE D'ÉTRANGER (CE)", "Fecha de nacimiento")."""
    index = view.token_at_or_after(pos)
    if index >= len(view.tokens) or view.tokens[index].start != pos:
        return False
    for term in view.vocabulary.labels.starting_at(view.tokens, index):
        if any_phrase and len(term.words) >= 2:
            return True
        if term.tag in ("documento_identidad", "carne_extranjeria", "telefono", "fecha_nacimiento"):
            end = view.tokens[index + len(term.words) - 1].end
            if _DATUM_AFTER_LABEL.match(view.text, end, end + 16):
                return True
    return False


def introduced_names(view: TextView) -> list[tuple[Term, Candidate]]:
    """Names after an introduction ("me llamo ...", "mwen rele ...", "soy ... pasaporte"),
    with the introduction. A weak introduction ("soy", "yo", "I am") needs the name
    capitalised, or a document label or comma right after it."""
    found: list[tuple[Term, Candidate]] = []
    for index, term in view.phrases("introductions", view.vocabulary.introductions):
        end = view.tokens[index + len(term.words) - 1].end
        if term.words in _COMMA_INTRODUCTIONS and not view.text[end:end + 3].lstrip(" ").startswith(","):
            # "Yo, NOMBRE, ...", "I, NAME, ..." -- a bare "I" or "je" introduces nothing; a bare
            # "Yo" only a capitalised name set off by a comma ("Yo Ana Pérez, solicito ...")
            # (in a text without case, capitals tell nothing: "YO PA T GADE ..." is Creole's "they")
            candidate = name_after(view, end, require_capitals=True) if term.words == ("yo",) and not view.caseless else None
            if candidate and (view.text[candidate.end:candidate.end + 1] == ","
                              or _followed_by_identity(view, candidate.end)):
                # "Yo Ana Pérez, ...", "Yo Pedro Ríos Valderrama con pasaporte N° ..."
                found.append((term, candidate))
            elif term.words == ("yo",) and view.caseless:
                # "yo pedro pablo ríos valderrama con pasaporte n° ...": believed when the
                # sender's address confirms it
                candidate = name_after(view, end, require_capitals=False, max_words=5, skip_relations=False)
                if candidate and len(candidate.raw.split()) >= 2 and _followed_by_identity(view, candidate.end):
                    found.append((term, Candidate("nombre-minusculas", candidate.raw, candidate.start, candidate.end)))
            continue
        strong = " ".join(term.words) in STRONG_INTRODUCTIONS
        # "Eu, NAME, ...": a name set off by commas after "I" is meant as one ("Lima" a surname)
        meant = strong or term.words in _COMMA_INTRODUCTIONS
        candidate = name_after(view, end, require_capitals=not strong, meant_as_name=meant,
                               skip_relations=strong)
        if candidate is not None and not strong and view.caseless:
            candidate = None  # "I AM SUBMITTING HEREWITH ...": without case, read as in lower case
        if candidate is None and not strong:
            candidate = name_after(view, end, require_capitals=False, skip_relations=False)
            if candidate is not None and not _followed_by_identity(view, candidate.end):
                # "hola soy maria perez lopez necesito ...": a weak name, which the
                # extractor believes only when the sender's address confirms it
                after = view.token_at_or_after(candidate.end)
                if after + 1 < len(view.tokens) and view.tokens[after].word in _AND:
                    after += 1
                line_end = view.text[candidate.end:candidate.end + 40].lstrip(" \t,")[:1] in ("\n", "", ".") \
                    or view.text[candidate.end - 1:candidate.end] == "."  # ("mwen se stevenson dorvil. ...")
                # (or "mi" and a datum's label follow: "soy marielbys gonzalez rivas mi numero 987 ...")
                mine = after + 1 < len(view.tokens) and view.tokens[after].word in view.vocabulary.own_possessives \
                    and (any(term.tag in _DATA_AFTER_NAME for term in view.vocabulary.labels.starting_at(view.tokens, after + 1))
                         or any(view.vocabulary.cues[field].starting_at(view.tokens, after + 1)
                                for field in ("telefono", "documento_identidad") if field in view.vocabulary.cues)
                         and re.search(r"\d", view.text[view.tokens[after].end:view.tokens[after].end + 30]) is not None)
                if 2 <= len(candidate.raw.split()) <= 4 and (line_end or mine or after < len(view.tokens)
                                                             and view.tokens[after].word in _REQUEST_VERBS):
                    # (or the name ends its line: "soy katherine mariana ruiz\nmi cel ...")
                    candidate = Candidate("nombre-minusculas", candidate.raw, candidate.start, candidate.end)
                else:
                    candidate = None
        if candidate is not None:
            found.append((term, candidate))
    return found


def _followed_by_identity(view: TextView, pos: int) -> bool:
    after = view.folded[pos:pos + 40]
    if re.match(r"\s*,", after):
        return True
    index = view.token_at_or_after(pos)
    if index < len(view.tokens) and view.tokens[index].word in ("con", "with", "com", "avec", "portador", "portadora"):
        index += 1  # "... con pasaporte N°", "portador de la cédula"
        while index < len(view.tokens) and view.tokens[index].word in ("de", "la", "el", "mi", "my", "o", "le", "mon", "ma"):
            index += 1
        pos = view.tokens[index - 1].end if index < len(view.tokens) else pos
    if index < len(view.tokens) and view.tokens[index].start - pos < 4:
        word = view.tokens[index].word
        return _is_label_word(view, word) or bool(demonym_code(word)) or word in ("identificado", "identificada") \
            or any(term.tag in ("documento_identidad", "carne_extranjeria", "telefono")  # "... gonzalez tlf 917 ..."
                   for term in view.vocabulary.labels.starting_at(view.tokens, index))
    return False


def role_names(view: TextView) -> list[tuple[Term, Candidate]]:
    """Names after a role or name label with any separator ("TITULAR - Ana Pérez",
    "Solicitante / Applicant: ...", "Nom complet\tJean Baptiste")."""
    found: list[tuple[Term, Candidate]] = []
    for index, term in view.phrases("roles", view.vocabulary.roles):
        last = view.tokens[index + len(term.words) - 1]
        gap = re.match(r"[ \t]*(?:[:/|=–—-][ \t]*|\t[ \t]*|[ ]{2,})", view.text[last.end:last.end + 40])
        bare = False
        if not gap or not gap.group().strip(" ") and "\t" not in gap.group() and "  " not in gap.group():
            # "nombre yorgelis carolina peña rivas" on a line of its own: a name label and one
            # space, believed when the name fills the rest of the line
            gap = re.match(r" (?=[^\W\d_])", view.text[last.end:last.end + 2])
            if not gap or term.words[0] not in _NAME_LABEL_WORDS:
                continue
            bare = True
        # the label starts its line (a form row) or a sentence ("... details. Full name: ...")
        line_start = view.text.rfind("\n", 0, view.tokens[index].start) + 1
        # the label starts its line (a form row) or a sentence ("... details. Full name: ...")
        line_start = view.text.rfind("\n", 0, view.tokens[index].start) + 1
        sentence = max(line_start, view.sentence_start(view.tokens[index].start))
        before = view.folded[sentence:view.tokens[index].start]
        if any(word not in FILLER and word not in ("datos", "del", "los", "las") for word in re.findall(r"[a-z0-9]+", before)):
            continue
        start = last.end + gap.end()
        # "Solicitante / Applicant: NAME": a second label in another language
        second = re.match(r"[^\W\d_][^\W\d_ ]{1,15}(?: [^\W\d_]{1,15})?[ \t]*:[ \t]*", view.text[start:start + 40])
        if second:
            start += second.end()
        candidate = name_after(view, start, require_capitals=False, max_words=7, meant_as_name=True)
        if candidate and bare and (view.text[line_start:view.tokens[index].start].strip()
                                   or view.text[candidate.end:candidate.end + 60].split("\n", 1)[0].strip(" \t.,")
                                   or len(candidate.raw.split()) < 2):
            continue
        if candidate:
            found.append((term, candidate))
    return found


_NAME_LABEL_WORDS = frozenset("nombre nombres name names nom nome apellidos".split())


# what names a group rather than a person ("Red Andina de Acompañamiento", "Asociación ...")
_ORGANISATION = re.compile(r"\b(?:red|asociacion|fundacion|organizacion|ong|clinica|consultorio|centro|comision|"
                           r"servicio|programa|iglesia|parroquia|caritas|cooperativa|colectivo|instituto|oficina|"
                           r"network|association|foundation|organization|organisation|centre|center|church|"
                           r"reseau|fondation|eglise|rede|associacao|fundacao)\b")


def behalf_name(view: TextView) -> Candidate | None:
    """The applicant named after an on-behalf phrase ("en representación de la señora
    Ana Pérez", "on behalf of my client Mr Jean Pierre")."""
    if not view.behalf:
        return None
    end = view.behalf[1]
    # skip "mi cliente", "nuestra usuaria", "del ciudadano venezolano" before the name
    text = view.text
    skip = re.match(acc(r"(?:[ \t,:.]*(?:mi|mis|su|sus|nuestr[oa]s?|my|our|the|el|la|los|las|del|de|ma|mon|meu|minha|o|a|"
                        r"client[ea]?|cliente|usuari[oa]|beneficiari[oa]|patrocinad[oa]|representad[oa]|refugio|asilo|"
                        r"ciudadan[oa]|nacional|joven|menor|se[nñ]or[a]?|sr[a]?\.?|don|do[nñ]a|mr\.?|mrs\.?|ms\.?)\b)*"),
                    text[end:end + 120], re.IGNORECASE)
    start = end + (skip.end() if skip else 0)
    start += len(text[start:start + 10]) - len(text[start:start + 10].lstrip(" \t.,:"))
    # "un amigo haitiano, Jean-Baptiste SAINT-FLEUR": a nationality, then the name
    demonym = re.match(r"([^\W\d_]+)[ \t]*,?[ \t]*", text[start:start + 40])
    if demonym and demonym_code(fold_word(demonym.group(1))):
        start += demonym.end()
    candidate = name_after(view, start, require_capitals=True, max_words=7) if not view.caseless else None
    if candidate is not None and _ORGANISATION.search(view.folded[candidate.start:candidate.end]):
        return None  # "en representación de la Red Andina de Acompañamiento ...": a group, not the applicant
    if candidate is None:
        candidate = name_after(view, start, require_capitals=False, max_words=5)
        if candidate is not None and not _followed_by_identity(view, candidate.end) \
                and not _RELATIVE_CLAUSE.match(view.folded, candidate.end):
            candidate = None  # ("en nombre de mi papá hernando vargas ospina que no maneja correo": believed)
    if candidate is None and view.behalf[2]:
        # "soy la mamá de la solicitante. Mi hija NAME, pasaporte ...": the relative the
        # writer writes for, named further on
        stem = view.behalf[2].rstrip("aos")
        indices, words, _ = view._relations
        for index, word in zip(indices, words):
            if view.tokens[index].start >= end and word.rstrip("aos") == stem:
                found = name_after(view, view.tokens[index].end, require_capitals=not view.caseless, max_words=6)
                if found is not None and (_followed_by_identity(view, found.end) or not view.caseless):
                    return found
    return candidate


_RELATIVE_CLAUSE = re.compile(r"(?<![ \t])[ \t]*(?:que|quien|who|qui|ki|quem)\b")


def nationality_after_behalf(view: TextView) -> Candidate | None:
    """The nationality said right after an on-behalf phrase ("Escribo por un amigo
    haitiano, NAME"): the applicant's, as the name after it is."""
    if not view.behalf:
        return None
    word = re.match(r"[ \t]*([^\W\d_]+)", view.text[view.behalf[1]:view.behalf[1] + 30])
    code = demonym_code(fold_word(word.group(1))) if word else None
    if not code:
        return None
    start = view.behalf[1] + word.start(1)
    return Candidate("pais", code, start, start + len(word.group(1)))


# --- reasons ------------------------------------------------------------------------

_HEADING = re.compile(acc(
    r"^[ \t]{0,8}(?:[IVX]{1,6}[.)]|\d{1,3}[.)])?[ \t]{0,4}(?:fundamentos?(?:\s+de\s+(?:hecho|derecho))?|motivos?|motivaci[oó]n|raz[oó]n(?:es)?|"
    r"hechos|sustento|reasons?|grounds|motifs?|rezon|raz[oõ]es)(?:[ \t]{1,4}de[ \t]{1,4}(?:hecho|derecho))?(?:[ \t]{0,4}:[ \t]{0,4}(?=\S)|[ \t]{0,4}:?[ \t]{0,4}$)"), re.IGNORECASE | re.MULTILINE)


_ENUMERATOR = re.compile(acc(r"[ \t:]{0,4}(?:primero|segundo|tercero|cuarto|quinto|[IVX]{1,4}|\d{1,2}|[a-e])[ \t]{0,2}[.)\-–]{1,3}[ \t]{0,4}"),
                         re.IGNORECASE)


def reasons(view: TextView) -> list[tuple[str, Candidate]]:
    """Stated reasons: the clause after a causal cue ("lo pido porque ...", "debido a
    ...", "parce que ...", "paske ..."), or the text under a heading ("FUNDAMENTOS")."""
    found: list[tuple[str, Candidate]] = []
    for match in _HEADING.finditer(view.text):
        rest = view.text[match.end():match.end() + 600].strip(" \t\n")
        body = rest.split("\n\n")[0].strip()
        if len(body) >= 10:
            found.append((match.group().strip(), Candidate("motivo", " ".join(body.split()), match.end(), match.end() + len(body))))
    for index, term in view.phrases("reasons", view.vocabulary.reasons):
        end = view.tokens[index + len(term.words) - 1].end
        introduced = re.match(r"[ \t]{0,4}:[ \t]{0,4}\n", view.text[end:end + 12])
        if introduced:
            # "... por los siguientes fundamentos:" and the reasons on the lines below
            body = view.text[end + introduced.end():end + introduced.end() + 600].split("\n\n")[0].strip()
            if len(body) >= 10:
                found.append((term.text, Candidate("motivo", " ".join(body.split()), end, end + len(body))))
            continue
        # "fundamentos: PRIMERO.- ...", "porque: 1. ...": an enumerator is not the reason
        numbered = _ENUMERATOR.match(view.text, end)
        if numbered:
            end = numbered.end()
        # a cue that ends its line ("... (renuncia) paske\nmwen pral viv ..."): the clause
        # is on the next line
        wrapped = re.match(r"[ \t]*\n[ \t]*(?=[^\W\d_])", view.text[end:end + 12])
        if wrapped:
            end += wrapped.end()
        sentence = re.match(r"[^\n.!?]{0,400}", view.text[end:end + 400]).group()
        clause = " ".join(sentence.split()).strip(" ,:;")
        if len(clause) >= 10 and sum(ch.isalpha() for ch in clause) >= 8:
            found.append((term.text, Candidate("motivo", clause, end, end + len(sentence))))
    for index, term in view.phrases("reason-events", view.vocabulary.reason_events):
        candidate = _clause_holding(view, index, 10)
        if candidate:
            found.append((term.text, candidate))
    return found


def _clause_holding(view: TextView, index: int, shortest: int) -> Candidate | None:
    """The clause (or sentence) that holds token `index`, as a `motivo` candidate."""
    begin = view.tokens[index].start
    clause_start = max(view.sentence_start(begin), view.clause_start(begin))
    sentence = re.match(r"[^\n.!?]{0,400}", view.text[clause_start:clause_start + 400]).group()
    clause = " ".join(sentence.split()).strip(" ,:;")
    if len(clause) < shortest:
        return None
    return Candidate("motivo", clause, clause_start, clause_start + len(sentence))


def trip_purpose(view: TextView) -> tuple[str, Candidate] | None:
    """What a trip is for, said in a clause of its own ("Voy a visitar a mi madre", "to
    attend my daughter's graduation", "pour rendre visite à ma mère"): the clause holding
    a `[reasons] trip_purposes` phrase. Read only in a travel request."""
    for index, term in view.phrases("trip-purposes", view.vocabulary.trip_purposes):
        candidate = _clause_holding(view, index, 8)
        if candidate:
            return term.text, candidate
    return None


def reason_after_petition(view: TextView) -> Candidate | None:
    """The reason a writer gives right after asking ("Que interpongo recurso de apelación
    contra la Resolución N° ... . La Comisión no valoró que ..."; "Quiero renunciar al
    trámite de refugio: mi esposa consiguió trabajo en España ..."): the clause after a
    colon in the petition's sentence, else the next sentence, when it is prose -- not an
    attachment note, a closing, a place and date or a line of data ([reasons] not_reasons)."""
    vocab = view.vocabulary
    if not vocab.petitions:
        return None
    for index, _term in view.phrases("petitions", vocab.petitions)[:1]:
        start = view.tokens[index].end
        end = _PETITION_END.search(view.text, start)
        if end is None:
            return None
        at = end.end()
        for _ in range(2):  # the sentence right after; past a date line or a signature block, nothing
            sentence = re.match(r"[ \t\n]{0,4}([^\n.!?;]{15,400})", view.text[at:at + 410])
            if not sentence:
                return None
            text = sentence.group(1).strip()
            first = view.token_at_or_after(at + sentence.start(1))
            if first >= len(view.tokens):
                return None
            if vocab.not_reasons.starting_at(view.tokens, first) or view.label_left(view.tokens[first].end + 1) \
                    or sum(ch.isdigit() for ch in text) > 6 or len(text.split()) < 4:
                return None
            return Candidate("motivo", " ".join(text.split()), at + sentence.start(1), at + sentence.end(1))
    return None


# where the petition's sentence ends: its full stop, or a colon that opens the reason
_PETITION_END = re.compile(r"(?<!\b[A-Z])(?<!\bN)(?<!\bNo)(?<!\bNro)(?<![Nn]°)[.!?;:](?=\s)|\n\s*\n")


# --- places -------------------------------------------------------------------------

_PLACE = r"(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]+(?:-[^\W\d_]+){0,3}(?:[ \t]+(?:de[ \t]+(?:la[ \t]+|los[ \t]+)?)?(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]+){0,3}(?:[ \t]*,[ \t]*(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]+(?:[ \t]+(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]+){0,2})?" \
    r"(?:[ \t]*\((?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}\))?"  # "Buenos Aires (Argentina)"
PLACE = _PLACE  # a place as written: capitalised words, "de la", a country after a comma
_TRAVEL_TO = re.compile(acc(
    r"\b(?:viaj(?:ar|o|ar[eé]|ar[ií]a|amos|ando|aremos)|viaje(?=\s+(?:a|hacia|para)\s)|ir|salir|travel\w{0,4}|go|fly|voyag\w{0,4}|aller|vwayaje|ale|viajar|ir\s+para|viajo)\s+"
    r"(?:urgente(?:mente)?\s+)?(?:a|hacia|para|to|en|au|aux|à|a\s+la\s+ciudad\s+de|al?\s+pa[ií]s\s+de|nan|pou|ao)\s+(?:la\s+ciudad\s+de\s+)?(")
    + _PLACE + ")", re.IGNORECASE)


def destinations(view: TextView) -> list[Candidate]:
    found = []
    for match in _TRAVEL_TO.finditer(view.text):
        place, start = _trimmed_place(match.group(1), match.start(1))
        words = place.split()
        if not words or words[0].isupper() and len(words[0]) <= 4 and not country_code(words[0]):
            continue  # "viaje en PDF", "VIAJAR PARA IR"
        if _is_verb_shaped(words[0]):
            continue  # "VIAJAR A VERLA": a text in capitals has no case to tell a place
        if place.isupper():
            place = known_place_prefix(place)
            if not place:
                continue  # "VIAJAR PARA EL ENTIERRO": in capitals, only a place the gazetteer knows
            words = place.split()
        if country_code(place) or len(words) <= 4:
            found.append(Candidate("lugar", place.strip(" ,"), start, start + len(place.rstrip(" ,"))))
    return found


def _trimmed_place(place: str, start: int) -> tuple[str, int]:
    """A place read by its capitals, without the words of the sentence before it (in a text
    written all in capitals, "UNA CIRUGÍA EN BOGOTÁ, COLOMBIA" -> "BOGOTÁ, COLOMBIA")."""
    words = list(re.finditer(r"\S+", place))

    def joins_a_sentence(match: re.Match) -> bool:
        word = fold_word(match.group().strip(",."))
        return word in SENTENCE_WORDS and word not in _PARTICLES or word in FILLER - _PARTICLES - {"de", "del", "la"}

    while words and joins_a_sentence(words[-1]):
        words.pop()  # "MARACAIBO, VENEZUELA PORQUE MI": the sentence goes on after the place
    if not words:
        return "", start
    place = place[:words[-1].end()]
    for number in range(len(words) - 1, -1, -1):
        if joins_a_sentence(words[number]):
            if number + 1 < len(words):
                cut = words[number + 1].start()
                return place[cut:], start + cut
            return "", start
    while len(words) > 1 and fold_word(words[-1].group()) in _PARTICLES:
        words.pop()  # "BOGOTÁ DEL 3 AL 20": the particle is the dates'
    return place[:words[-1].end()] if words else place, start


def known_place_prefix(place: str) -> str:
    """The longest start of `place` (a text in capitals) that names a known city or a
    country, with the country after a comma if one follows ("GUAYAQUIL, ECUADOR, TODAVÍA"
    -> "GUAYAQUIL, ECUADOR"); "" when none does."""
    parts = [part.strip() for part in place.split(",")]
    words = parts[0].split()
    for size in range(min(len(words), 4), 0, -1):
        name = " ".join(words[:size])
        if city_country(name) or country_code(name):
            if city_country(name) and not country_code(name):
                for count in range(min(3, len(words) - size), 0, -1):  # "buenos aires argentina": the country with no comma
                    if country_code(" ".join(words[size:size + count])):
                        return " ".join(words[:size + count])
            if size == len(words) and len(parts) > 1:
                after = parts[1].split()
                for count in range(min(3, len(after)), 0, -1):  # "VENEZUELA PORQUE MI ...": the country only
                    if country_code(" ".join(after[:count])):
                        return f"{name}, {' '.join(after[:count])}"
            return name
    return ""


def _is_verb_shaped(word: str) -> bool:
    folded = fold_word(word)
    return bool(_INFINITIVE_CLITIC.search(folded)) or folded in ("ir", "ver", "verla", "verlo", "visitar", "viajar")


def country_after(view: TextView, pos: int) -> Candidate | None:
    """A country or nationality written right after `pos` ("Nacionalidad<TAB>Venezolana",
    "Nationalité - haïtienne", "Pays d'origine / Haïti")."""
    match = re.match(r"[ \t:/|=–—.-]{0,8}(?:(?:from|de|du|of|da|do)[ \t]{1,3})?([^\W\d_][^\W\d_ ]{1,20}(?:[ \t][^\W\d_]{2,15}){0,4})",
                     view.text[pos:pos + 80], re.IGNORECASE)
    if not match:
        return None
    words = match.group(1).split()
    # the longest run of words that names a country ("République Démocratique du Congo",
    # "Democratic Republic of the Congo"), else the first word as a country or nationality
    for size in range(len(words), 1, -1):
        code = country_code(" ".join(words[:size]))
        if code:
            end = pos + match.start(1) + len(" ".join(words[:size]))
            return Candidate("pais", code, pos + match.start(1), end)
    code = country_code(words[0]) or demonym_code(words[0])
    if not code:
        return None
    return Candidate("pais", code, pos + match.start(1), pos + match.start(1) + len(words[0]))


__all__ = [
    "Candidate", "DateRange", "numbers", "spelt_numbers", "reason_after_petition", "dates", "date_ranges", "introduced_names", "role_names",
    "behalf_name", "reasons", "destinations", "country_after", "name_after", "MONTH_NUMBERS",
]


_COPULAS = frozenset("soy sou es somos am im is est suis se nacionalidad nationality nationalite ciudadano ciudadana "
                     "cidadao cidada citizen origen origem".split())
_AFTER = frozenset("national nacional citizen ciudadano ciudadana cidadao cidada".split())
_BEFORE_DOCUMENT = frozenset("mi my con with avec com identificado identificada portador portadora".split())
# a status said with the nationality: "refugee (Eritrean)", "refugiada venezolana"
_STATUS = frozenset("refugee refugiado refugiada refugiados solicitante applicant asylum recognized recognised "
                    "reconocido reconocida refugie refugiee refijye refugio asilo".split())


_FROM = frozenset({("am", "from"), ("m", "from"), ("soy", "de"), ("sou", "de"), ("vengo", "de"), ("viens", "de"), ("viens", "du"),
                   ("es", "de"), ("is", "from"), ("somos", "de"), ("e", "de"), ("est", "de"), ("originaire", "de"),
                   ("venho", "de"), ("originario", "de"), ("originaria", "de"), ("natural", "de"), ("come", "from"),
                   ("mwen", "soti"), ("m", "soti"), ("originally", "from"), ("im", "from"),
                   ("national", "of"), ("citizen", "of"), ("native", "of"), ("nacional", "de"), ("ciudadano", "de"),
                   ("ciudadana", "de"), ("ressortissant", "de"), ("ressortissante", "de"), ("cidadao", "de"),
                   ("cidada", "de"), ("seeker", "from"), ("refugee", "from"), ("applicant", "from")})
# what may stand between "a national of" and the country ("of the Republic of Guinea")
_COUNTRY_LEAD = frozenset("the la el republic republica republique of de du democratic democratica "
                          "federal islamic islamica bolivarian bolivariana".split())


_FROM_AFTER_NAME = re.compile(r"[ \t]{0,3},?[ \t]{0,3}(?:de|from|du|da|do)[ \t]+(?:la[ \t]+|el[ \t]+|the[ \t]+)?"
                              r"((?:[^\W\d_]+[ \t\n]{1,3}){0,4}[^\W\d_]+)")


_DATUM_FIELDS = ("telefono", "documento_identidad", "carne_extranjeria")
_AFTER_A_NUMBER = re.compile(r"\d[ \t)]*[(,]?[ \t]*$")


def _said_of_a_datum(view: TextView, copula: int) -> bool:
    """"mi whatsapp es +58 412 ... (es de Venezuela pero lo uso aquí)", "el pasaporte es
    de Colombia": a third-person "es de COUNTRY" whose clause speaks of a phone or a
    document (a number right before it, or the datum's label in the clause) tells where
    the datum comes from, not the applicant's nationality."""
    token = view.tokens[copula]
    if token.word not in view.vocabulary.third_person_copulas:
        return False
    start = view.clause_start(token.start)
    if _AFTER_A_NUMBER.search(view.text, start, token.start):
        return True
    first = view.token_at_or_after(start)
    return any(view._label_ending_at(index, _DATUM_FIELDS) for index in range(first, copula))


def nationality_in_prose(view: TextView, name_end: int | None) -> Candidate | None:
    """A demonym said of the applicant: after a copula ("soy venezolana", "sou angolana",
    "I am Afghan"), before "national"/"citizen" ("Afghan national"), or right after the
    applicant's name ("maria rojas pereira venezolana cedula ...")."""
    tokens = view.tokens
    if name_end is not None:
        # "NAME, de la República Democrática del Congo, ...": the country named after the name
        after = _FROM_AFTER_NAME.match(view.text, name_end, name_end + 90)
        if after:
            words = list(re.finditer(r"[^\W\d_]+", after.group(1)))
            for count in range(len(words), 0, -1):
                code = country_code(after.group(1)[:words[count - 1].end()].replace("\n", " "))
                if code and code != "PE":
                    return Candidate("pais", code, after.start(1), after.start(1) + words[count - 1].end())
    for index, token in enumerate(tokens):
        after_name = name_end is not None and 0 <= token.start - name_end <= 8 and \
            view.folded[name_end:token.start].strip(" ,\t") in ("de", "from", "du", "da", "do")
        if (index >= 2 and (tokens[index - 2].word, tokens[index - 1].word) in _FROM
                and not _said_of_a_datum(view, index - 2)) or after_name:
            # "I am from Ghana", "soy de Venezuela", "mwen soti Ayiti", "a national of the Republic of Guinea"
            at = index
            while at + 1 < len(tokens) and at < index + 4 and tokens[at].word in _COUNTRY_LEAD \
                    and not country_code(tokens[at].word):
                at += 1
            word = tokens[at]
            code = country_code(word.word) or (at + 1 < len(tokens) and country_code(f"{word.word} {tokens[at + 1].word}"))
            if code and code != "PE":
                return Candidate("pais", code, word.start, word.end)
        code = demonym_code_folded(token.word) if len(token.word) > 3 else None
        if not code and index + 1 < len(tokens) and tokens[index + 1].word in _AFTER and len(token.word) > 3:
            code = country_code(token.word)  # "Indian national", "Ghanaian citizen": English demonyms too
        if not code:
            continue
        before = {tokens[i].word for i in range(max(0, index - 2), index)}
        group = _group_before(view, index)
        if group is not None:
            # "Somos una familia colombiana": the group's nationality, said with a copula
            before = {tokens[i].word for i in range(max(0, group - 2), group)}
        after = tokens[index + 1].word if index + 1 < len(tokens) else ""
        # (an article between: "I, NAME, a Ghanaian, ...", "NAME, une Haïtienne")
        near_name = name_end is not None and 0 <= token.start - name_end <= 10 \
            and view.folded[name_end:token.start].strip(" ,\t(") in ("", "a", "an", "un", "une", "uma", "um", "una")
        # "cédula de ciudadanía colombiana", "pasaporte venezolano": the document's own adjective
        of_document = index > 0 and view._label_ending_at(index - 1, ("documento_identidad",)) is not None
        # Creole has no copula: "mwen ayisyen" (not "madanm mwen ayisyen", his wife)
        # (and the Spanish of a Creole speaker: "yo haitiana")
        creole = index >= 1 and tokens[index - 1].word in ("mwen", "yo") and (
            index < 2 or tokens[index - 2].word not in view.relation_words)
        # "... venezolana mi cedula es ...", "haitiana con pasaporte ...": the nationality
        # of the person whose document follows (a relative's is excluded by the context)
        look = index + 1 + (after in _BEFORE_DOCUMENT)
        before_document = look < len(tokens) and any(
            term.tag in ("documento_identidad", "carne_extranjeria")
            for term in view.vocabulary.labels.starting_at(tokens, look))
        # "CC 1.093.774.215 (colombiano)": the demonym in parentheses right after a number
        after_number = view.text[token.start - 1:token.start] == "(" and view.text[token.end:token.end + 1] == ")" \
            and view.text[:token.start - 1].rstrip()[-1:].isdigit()
        if before & _COPULAS or before & _STATUS or after in _AFTER or near_name or of_document or creole \
                or before_document or after_number:
            return Candidate("pais", code, token.start, token.end)
    return None


def _group_before(view: TextView, index: int) -> int | None:
    """Where a group the writer belongs to ("una familia", "a family", [writer]
    we_are_group) starts, when it ends right before token `index`."""
    for term in view.vocabulary.we_are_group.ending_at(view.tokens, index - 1) if index > 0 else ():
        return index - len(term.words)
    return None


_COUNTRY_PLACE = re.compile("(" + _PLACE + ")")


_LOWER_PLACE = re.compile(r"\b(?:en|a|hacia)[ \t]{1,3}([a-zñáéíóú]{4,20})\b")
_NOT_PLACE_ENDINGS = ("ar", "er", "ir", "ado", "ada", "ido", "ida", "mente", "cion", "sion", "ndo")
# an infinitive with a pronoun ("viajar a verla", "ir a buscarlo"): a verb, not a place
_INFINITIVE_CLITIC = re.compile(r"(?:ar|er|ir)(?:la|lo|le|las|los|les|me|te|se|nos)$")


def lowercase_travel_place(view: TextView) -> Candidate | None:
    """A place written in lower case on a phone ("mi abuela esta muy grave en quito"), in
    the sentence of the trip: a word after "en"/"a" that is no verb, no common word."""
    for match in _LOWER_PLACE.finditer(view.text):
        word = match.group(1)
        folded = fold_word(word)
        known = known_place_prefix(view.text[match.start(1):match.start(1) + 60].split("\n")[0])
        if len(known.split()) > 1 and TRIP_WORDS.search(
                                                view.folded[view.sentence_start(match.start()):match.end() + 60]):
            # "a buenos aires argentina": a place the gazetteer knows, though "buenos" is a common word
            return Candidate("lugar", known, match.start(1), match.start(1) + len(known))
        if folded.endswith(_NOT_PLACE_ENDINGS) or _INFINITIVE_CLITIC.search(folded) or folded in FILLER or folded in _LOWERCASE_ENDERS \
                or folded in view.vocabulary.not_name or folded in view.label_words or folded in view.relation_words:
            continue
        start = view.sentence_start(match.start())
        if TRIP_WORDS.search(view.folded[start:match.end() + 60]):
            known = known_place_prefix(view.text[match.start(1):match.start(1) + 60].split("\n")[0])
            if len(known.split()) > 1:  # "santiago de chile", "ciudad de panamá": the longest the gazetteer knows
                return Candidate("lugar", known, match.start(1), match.start(1) + len(known))
            country = re.match(r",[ \t]*([^\W\d_]+(?:[ \t][^\W\d_]+)?)", view.text[match.end(1):match.end(1) + 40])
            for words in ((country.group(1), country.group(1).split()[0]) if country else ()):
                if country_code(words):  # "bogotá, colombia": the country after the comma is part of it
                    end = match.end(1) + country.start(1) + len(words)
                    return Candidate("lugar", view.text[match.start(1):end], match.start(1), end)
            return Candidate("lugar", word, match.start(1), match.end(1))
    return None


# words of a trip in a sentence (folded text): the place in it is where the trip goes
TRIP_WORDS = re.compile(r"viaj|travel|trip|voyag|vwayaj|viag|salir|salid|salgo|saldr|destino|visit|permiso|\bir a\b")


def travel_place(view: TextView) -> Candidate | None:
    """In a travel request, the first place outside Peru named with its country ("en
    Bogotá, Colombia") or a country alone, in a sentence about the trip."""
    for match in _COUNTRY_PLACE.finditer(view.text):
        place, at = _trimmed_place(match.group(1).strip(" ,"), match.start(1))
        parts = [part.strip() for part in place.split(",")]
        code = country_code(parts[-1]) if len(parts[-1]) > 3 else None
        if not code or code == "PE" or demonym_code(parts[-1]):
            continue
        start = view.sentence_start(match.start())
        if TRIP_WORDS.search(view.folded[start:match.end() + 60]):
            return Candidate("lugar", place, at, at + len(place))
    # a city outside Peru after "en", "a", "to" ... in the sentence of the trip ("mi mamá
    # está hospitalizada en Caracas y necesito viajar a verla")
    for match in _IN_CITY.finditer(view.text):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):  # the longest known city ("Santiago de Chile")
            place = " ".join(words[:size]).rstrip(",.")
            code = city_country(place)
            if code and code != "PE" and not place.casefold() in ("de", "la"):
                break
        else:
            continue
        start = view.sentence_start(match.start())
        end = _SENTENCE_STOP.search(view.text, match.end())
        sentence = view.folded[start:end.start() if end else len(view.text)]
        if TRIP_WORDS.search(sentence):
            at = match.start(1)
            return Candidate("lugar", place, at, at + len(place))
    return None


_IN_CITY = re.compile(r"\b(?:en|a|hacia|para|to|in|à|au|pou|nan|em|para)[ \t]+((?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]+(?:[ \t]+(?:de[ \t]+|del[ \t]+|la[ \t]+|au[ \t]+)?(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]+){0,3})",
                      re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?\n]")


# the line a phone's or a webmail's program adds below the text ("Enviado desde mi iPhone")
SENT_FROM_WORDS = (r"enviado\s+desde|sent\s+from|obtener\s+outlook|get\s+outlook|descargue\s+outlook|"
                   r"envoy[ée]\s+de|enviado\s+do|enviado\s+pelo")
_SENT_FROM = re.compile(r"^\s*(?:" + SENT_FROM_WORDS + ")", re.IGNORECASE)


def name_ending_the_text(view: TextView, lowercase: bool = False) -> Candidate | None:
    """A message that ends in the writer's name after its last sentence ("... ya pasaron
    3 meses. Franyelis Daniela Rojas"): a signature on the same line or the next. With
    `lowercase`, a name in lower case ("... ya pasaron 4 meses. sandra ortiz gil"): kind
    "nombre-minusculas", believed only when the sender's address confirms it."""
    text = view.text.rstrip()
    # (or on its own line right under the last sentence: "... porque no me acuerdo.\nNAME")
    ends = list(re.finditer(r"[.!?][ \t]+|[.!?][ \t]*\n[ \t]*(?!\n)", text[-300:]))
    if not ends:
        return None
    start = len(text) - 300 + ends[-1].end() if len(text) > 300 else ends[-1].end()
    tail = text[start:].strip()
    words = tail.split()
    if not 2 <= len(words) <= 5 or "\n" in tail:
        return None
    folded = [fold_word(word) for word in words]
    if lowercase:
        if not all(_NAME_TOKEN.fullmatch(word) and word.islower() for word in words) \
                or any(f in _LOWERCASE_ENDERS for f in folded) or sum(f not in _PARTICLES for f in folded) < 2:
            return None
    elif not all(word[:1].isupper() or f in _PARTICLES for word, f in zip(words, folded)):
        return None
    if any(f in view.vocabulary.not_name or f in view.label_words or demonym_code_folded(f) or f in _HONORIFICS
           or f in FILLER - _PARTICLES for f in folded):
        return None
    value = norm_name(tail, stop_words=False)
    if not value:
        return None
    return Candidate("nombre-minusculas" if lowercase else "nombre", value, start, start + len(tail))


def name_ending_the_prose(view: TextView) -> Candidate | None:
    """A capitalised name of 2-5 words that ends the text with no stop before it
    ("... Mon numéro: +51 931 006 778 Patrick Mukendi Kabasele", "... nadie me contesta
    con mi tramite Wuilmer Rangel"): kind "nombre" right after a number, else
    "nombre-minusculas" (believed only when the sender's address confirms it)."""
    lines = view.text.rstrip().split("\n")
    while lines and (not lines[-1].strip() or _SENT_FROM.match(lines[-1])):
        lines.pop()
    if not lines:
        return None
    last = lines[-1].rstrip(" .")
    tail = _trailing_name(view, last)
    if not tail or len(tail.split()) > 5 or not last.endswith(tail):
        return None
    before = last[:len(last) - len(tail)].rstrip()
    if not before or before[-1] in ".!?:;,":
        return None  # a sentence's end or a label before it: the other readers' case
    start = len("\n".join(lines[:-1])) + (1 if len(lines) > 1 else 0) + len(before) + (len(last) - len(before) - len(tail))
    value = norm_name(tail, stop_words=False)
    if not value:
        return None
    return Candidate("nombre" if before[-1].isdigit() else "nombre-minusculas", value, start, start + len(tail))


def _line_before_closing(view: TextView) -> tuple[int, str] | None:
    """Where the line right before the message's last line starts, and that line, when
    the last line is a closing ("Gracias."); a phone's footer is not the last line."""
    lines = view.text.rstrip().split("\n")
    while lines and (not lines[-1].strip() or _SENT_FROM.match(lines[-1])):
        lines.pop()
    # (one blank line may stand between the name and the closing: "NAME" / "" / "Gracias.")
    gap = 1 if len(lines) >= 4 and not lines[-2].strip() and lines[-3].strip() else 0
    if len(lines) < 3 + gap or not lines[-2 - gap].strip():
        return None
    last = fold_word(lines[-1]).strip(" .,!")
    if not any(" ".join(term.words) == last for term in view.vocabulary.closings.terms):
        return None
    return len("\n".join(lines[:-2 - gap])) + 1, lines[-2 - gap]


def name_before_closing(view: TextView) -> Candidate | None:
    """A name on its own line right before the message's last line, a closing ("Paola
    Núñez" / "Gracias."): the writer signed, then thanked."""
    found = _line_before_closing(view)
    if found is None:
        return None
    start, line = found
    candidate = name_after(view, start, require_capitals=True, max_words=5)
    if candidate and candidate.end - start >= len(line.rstrip(" .,")) - 1 and len(candidate.raw.split()) >= 2:
        return candidate
    return None


def lowercase_name_before_closing(view: TextView) -> Candidate | None:
    """"paola núñez" / "gracias.": `name_before_closing` in lower case (kind
    "nombre-minusculas": believed only when the sender's address confirms it)."""
    found = _line_before_closing(view)
    if found is None:
        return None
    start, line = found
    candidate = name_after(view, start, require_capitals=False, max_words=5)
    if candidate and candidate.end - start >= len(line.rstrip(" .,")) - 1 and 2 <= len(candidate.raw.split()) \
            and all(word.islower() for word in candidate.raw.split()):
        return Candidate("nombre-minusculas", candidate.raw, candidate.start, candidate.end)
    return None


def name_after_inline_closing(view: TextView) -> Candidate | None:
    """A closing inside a line of prose, then the name ("... Atentamente, Pedro Pablo León
    Ruiz. DNI ..."): the last such closing that a name of 2-6 capitalised words follows."""
    found = None
    for index, term in view.phrases("closings", view.vocabulary.closings):
        end = view.tokens[index + len(term.words) - 1].end
        separator = re.match(r"[ \t]{0,2}[,:][ \t]{0,3}", view.text[end:end + 8])
        if not separator or view.text[end + separator.end():end + separator.end() + 1] in ("", "\n"):
            continue  # "Atentamente,\nNAME" is the signature patterns' case
        candidate = name_after(view, end + separator.end(), require_capitals=True, max_words=6)
        if candidate and len(candidate.raw.split()) >= 2:
            found = candidate
    return found


def name_after_line_closing(view: TextView) -> Candidate | None:
    """A closing that starts a line, then the name after one space ("Atte Maryelis
    Gonzalez (venezolana)"): the last such line whose name has 2-6 capitalised words and
    runs to the line's end (or to a parenthesis, a comma, a number)."""
    found = None
    for index, term in view.phrases("closings", view.vocabulary.closings):
        begin = view.tokens[index].start
        if view.text[view.text.rfind("\n", 0, begin) + 1:begin].strip():
            continue  # not at the line's start
        end = view.tokens[index + len(term.words) - 1].end
        if not re.match(r"\.?[ \t]{1,2}(?=[^\W\d_])", view.text[end:end + 4]):
            continue
        candidate = name_after(view, end + 1 + (view.text[end] == "."), require_capitals=True, max_words=6)
        if candidate is None or len(candidate.raw.split()) < 2:
            continue
        rest = view.text[candidate.end:view.text.find("\n", candidate.end) if "\n" in view.text[candidate.end:] else len(view.text)]
        if rest.strip() and not re.match(r"[ \t]*[(,\d+-]", rest):
            continue  # the line goes on as a sentence ("Atentamente Quedo a la espera ...")
        found = candidate
    return found


def lowercase_signature(view: TextView) -> Candidate | None:
    """The message's last line written as a name in lower case ("luisa fernanda arteaga
    gil"), on a line of its own after the text: two to five words, none of them a word
    that joins a sentence, a greeting, a title or a label."""
    lines = [line for line in view.text.rstrip().split("\n")]
    while lines and (not lines[-1].strip() or _SENT_FROM.match(lines[-1])):
        lines.pop()
    if len(lines) < 2:
        return None
    last = lines[-1].strip()
    words = last.split()
    if not 2 <= len(words) <= 5 or not all(_NAME_TOKEN.fullmatch(word) for word in words):
        return None
    folded = [fold_word(word).strip(".") for word in words]
    stop = view.vocabulary.not_name | _LOWERCASE_ENDERS | (FILLER - _PARTICLES) | _HONORIFICS
    if any(word in stop or demonym_code(word) or word in view.label_words for word in folded):
        return None
    if sum(1 for word in folded if word not in _PARTICLES) < 2:
        return None
    start = view.text.rstrip().rfind(last)
    value = norm_name(last, stop_words=True)
    return Candidate("nombre", value, start, start + len(last)) if value else None


_HONORIFIC_NAME = re.compile(
    r"\b(?:Sr|Sra|Srta|Señor|Señora|Señorita|Mr|Mrs|Ms|Madame|Monsieur|Mme|Senhor|Senhora|Don|Doña|"
    r"(?:el|la)[ \t]+(?:joven|ciudadan[oa])|the[ \t]+young[ \t]+(?:man|woman))\.?(?:[ \t]+|[ \t]?\n[ \t]{0,3})"
    r"(?=(?-i:[A-ZÁÉÍÓÚÑ]))", re.IGNORECASE)  # (the name may start the next line of a wrapped text)
# the same titles in a text without case ("de la sra. génesis aponte ruiz, venezolana")
_HONORIFIC_CASELESS = re.compile(
    r"\b(?:sr|sra|srta|señor|señora|señorita|mr|mrs|ms|madame|monsieur|mme|senhor|senhora|don|doña|"
    r"(?:el|la)[ \t]+(?:joven|ciudadan[oa]))\.?[ \t]+(?=[^\W\d_])",
    re.IGNORECASE)


def honorific_names(view: TextView) -> list[Candidate]:
    """Names after a courtesy title ("la Sra. Roseline Pierre-Louis", "Mr. Jean Paul")."""
    found = []
    for match in (_HONORIFIC_CASELESS if view.caseless else _HONORIFIC_NAME).finditer(view.text):
        candidate = name_after(view, match.end(), require_capitals=True, max_words=6)
        if candidate is None and view.caseless:
            # "de la sra. génesis aponte ruiz, venezolana, ...": in lower case, a name after
            # the title when what a presentation says next follows it
            candidate = name_after(view, match.end(), require_capitals=False, max_words=6)
            if candidate and not _followed_by_identity(view, candidate.end):
                candidate = None
        if candidate:
            found.append(candidate)
    return found


_IDENTITY_LINE = re.compile(r"[ \t]{0,8}(?:[-•*][ \t]{0,3})?([^\W\d_][^\n]{0,30}?)[ \t]{0,4}[:.\-/]?[ \t]{0,4}\+?[\dA-Z(]", re.IGNORECASE)


_NAME_THEN_PHONE = re.compile(r"(?<![\w'’-])([^\W\d_][^\W\d_'’-]*(?:[ \t]+[^\W\d_][^\W\d_'’.-]*){1,4})[ \t]*[.,;:–—-]?[ \t]*"
                              r"(\+?\(?\d[\d \t().-]{6,18}\d)[ \t.]*$")


def name_then_phone(view: TextView) -> Candidate | None:
    """The message's last line is a name and a phone ("Yurimar Sánchez. 937 551 660",
    "anyelo rivas 962 117 845"): a signature on one line. In lower case the kind is
    "nombre-minusculas" (the extractor then wants the sender's address to confirm it)."""
    lines = view.text.rstrip().split("\n")
    while lines and (not lines[-1].strip() or _SENT_FROM.match(lines[-1])):
        lines.pop()
    if not lines:
        return None
    line = lines[-1]
    stripped = line.lstrip(" \t")
    match = _NAME_THEN_PHONE.match(stripped)
    if not match and ", " in stripped:
        # "cambio de clave porfa, Luis Rengifo Díaz 945678123": the clause after the last comma
        cut = stripped.rindex(", ") + 2
        match = _NAME_THEN_PHONE.match(stripped, cut)
        if match:
            stripped, line = stripped[cut:], line[:len(line) - len(stripped) + cut] + stripped[cut:]
            match = _NAME_THEN_PHONE.match(stripped)
    if not match and view.caseless:
        # "necesito el duplicado de mi carnet wuilmer chacón 963-440-118": in a line in lower
        # case, the words right before the phone at its end that can be a name
        return _lowercase_name_before_final_phone(view, lines, line, stripped)
    if not match or not _IDENTITY_SHAPE.match(match.group(2).strip()) and not match.group(2).strip().startswith("+"):
        return None
    name = match.group(1).strip(" .")
    words = name.split()
    folded = [fold_word(word).strip(".") for word in words]
    if any(f in view.vocabulary.not_name or f in view.label_words or f in LOWERCASE_ENDERS or demonym_code_folded(f)
           for f in folded):
        return None
    at = len("\n".join(lines[:-1])) + (1 if len(lines) > 1 else 0) + (len(line) - len(stripped)) + match.start(1)
    value = norm_name(name, stop_words=False)
    if not value:
        return None
    if all(word[:1].isupper() or fold_word(word) in _PARTICLES for word in words):
        return Candidate("nombre", value, at, at + len(name))
    if all(word.islower() for word in words):
        return Candidate("nombre-minusculas", value, at, at + len(name))
    return None


def _lowercase_name_before_final_phone(view: TextView, lines: list[str], line: str, stripped: str) -> Candidate | None:
    found = _NAME_THEN_PHONE.search(stripped)
    if not found or not _IDENTITY_SHAPE.match(found.group(2).strip()):
        return None
    def sentence_word(match: re.Match) -> bool:
        word = fold_word(match.group()).strip(".,")
        return word in view.vocabulary.not_name or word in view.vocabulary.words_of_labels or word in LOWERCASE_ENDERS \
            or word in SENTENCE_WORDS or word in FILLER or word in _PARTICLES or bool(demonym_code_folded(word))

    words = list(re.finditer(r"\S+", found.group(1)))
    while words and sentence_word(words[0]):
        words.pop(0)  # ("... de mi carnet de extranjeria NAME": the sentence before the name)
    folded = [fold_word(word.group()).strip(".,") for word in words]
    if not 2 <= len(words) <= 4 or not all(word.group().islower() for word in words) \
            or any(word in view.vocabulary.not_name or word in SENTENCE_WORDS for word in folded):
        return None  # (inside a name, particles and the like may stand: "maria de la cruz")
    name = found.group(1)[words[0].start():words[-1].end()]
    value = norm_name(name, stop_words=False)
    if not value:
        return None
    at = len("\n".join(lines[:-1])) + (1 if len(lines) > 1 else 0) + (len(line) - len(stripped)) + found.start(1) + words[0].start()
    return Candidate("nombre-minusculas", value, at, at + len(name))


def name_over_identity(view: TextView) -> Candidate | None:
    """A line that is only a name, right above a line of the applicant's document, carné or
    phone ("Génesis Alvarado Molina" / "Cédula V-28.445.610"): a signature without a
    closing word."""
    lines = view.text.split("\n")
    offset = 0
    for index, line in enumerate(lines[:-1]):
        start = offset
        offset += len(line) + 1
        text = line.strip()
        if not text or len(text) > 60 or not 2 <= len(text.split()) <= 6:
            continue
        following = lines[index + 1]
        if not _IDENTITY_LINE.match(following) and not _IDENTITY_SHAPE.match(following.strip(" \t")):
            continue
        following_tokens = tokenize(following)
        if not any(term.tag in ("documento_identidad", "carne_extranjeria", "telefono")
                   for term in view.vocabulary.labels.starting_at(following_tokens, 0)) \
                and not _IDENTITY_SHAPE.match(following.strip(" \t")) \
                and not (view.vocabulary.records.starting_at(following_tokens, 0) and any(ch.isdigit() for ch in following)):
            continue  # neither labelled ("Cédula V-...", "Expediente 2026-...") nor an identity by its shape ("934 221 908")
        if ":" in text or view.vocabulary.labels.starting_at(tokenize(text), 0):
            continue  # a line of data itself ("Passport No.: A08765432"), no name
        value = norm_name(text)
        words = text.split()
        folded = [fold_word(word).strip(".,:;") for word in words]
        if value and not any(
                word in view.vocabulary.not_name or word in SENTENCE_WORDS and word not in _PARTICLES for word in folded):
            at = start + line.find(text)
            if all(word[:1].isupper() or fold_word(word) in _PARTICLES for word in words):
                return Candidate("nombre", value, at, at + len(text))
            if all(word.isalpha() and word.islower() for word in words) and len(words) <= 4 \
                    and not any(fold_word(word) in LOWERCASE_ENDERS for word in words):
                # "jhoan andres bastidas" / "cel 923 ...": believed when the sender confirms it
                return Candidate("nombre-minusculas", value, at, at + len(text))
    return None



# where a clause starts: a line, or after a colon, a full stop, a semicolon
# (also after a comma: "necesito cambio de clave porfa, NAME V-19.554.302 cel ...")
_CLAUSE_START = re.compile(r"(?:^|(?<=[:.;!?,])[ \t]+)(?=[^\W\d_])", re.MULTILINE)
# the data that may follow a name in a run of data ("NAME Cédula V-...", "NAME sexo: F")
_DATA_AFTER_NAME = frozenset({"documento_identidad", "carne_extranjeria", "telefono", "sexo", "nacionalidad",
                              "fecha_nacimiento"})


_DIGIT_OR_COLON = re.compile(r"[\d:]")


def name_before_data(view: TextView, lowercase: bool = False) -> Candidate | None:
    """A name that starts a clause and runs straight into the applicant's data ("Mis datos
    son: Wilmer Alexander Chirinos Gómez Cédula V- 19 332 615", "Zuleima Josefina
    Hernández Ortega sexo: femenino ...", "dayana vera cedeño, ecuatoriana, ci ..."): a
    list flattened into a line. 2-6 capitalised words (with `lowercase`, 2-5 words in
    lower case: kind "nombre-minusculas", which the extractor believes only when the
    sender's address confirms it); what follows is a label of a datum, an identity by its
    shape or a nationality."""
    for start in _clause_starts(view.text):
        if view.text[start].islower() != lowercase:
            continue
        line_end = view.text.find("\n", start, start + 200)
        if not _DIGIT_OR_COLON.search(view.text, start, line_end if line_end >= 0 else start + 200) and not (
                0 <= line_end - start <= 60 and _DIGIT_OR_COLON.search(view.text, line_end, line_end + 200)) \
                and not (lowercase and "," in view.text[start:line_end if line_end >= 0 else start + 200]):
            continue  # no datum follows on this line or the next (a cheap look before reading a name)
        candidate = name_after(view, start, require_capitals=not lowercase, max_words=5 if lowercase else 6,
                               skip_relations=False)
        if candidate is None or candidate.start != start or len(candidate.raw.split()) < 2:
            continue
        if lowercase and not all(word.islower() for word in candidate.raw.split()):
            continue
        words = candidate.raw.split()
        if len(words) > 2 and len(words[-1]) <= 2 and re.match(r"[-.]?[ ]?\d", view.text[candidate.end:candidate.end + 3]):
            # "NAME V-19.554.302": the document's letter is no part of the name
            end = candidate.end - len(words[-1])
            raw = view.text[candidate.start:end].rstrip()
            candidate = Candidate(candidate.kind, raw, candidate.start, candidate.start + len(raw))
        rest = view.text[candidate.end:candidate.end + 60]
        gap = len(rest) - len(rest.lstrip(" \t/|-–—,"))
        # the name alone on its line, the data on the next ("NAME" / "masculino / venezolano /
        # pasaporte ..."): a list of data whose first cell is the name
        own_line = False
        if rest[:1] == "\n" and start == view.text.rfind("\n", 0, start) + 1:
            gap = 1 + len(rest[1:]) - len(rest[1:].lstrip(" \t"))
            own_line = gap < len(rest)
        if gap == 0 or "\n" in rest[:gap] and not own_line:
            continue
        following = rest[gap:]
        tokens = tokenize(following)
        if not tokens:
            continue
        labelled = any(term.tag in _DATA_AFTER_NAME for term in view.vocabulary.labels.starting_at(tokens, 0))
        # a list that goes on with the sex ("NAME / masculino / venezolano / ...")
        sex_cell = tokens[0].word in _SEX_WORDS and len(tokens[0].word) > 1 and re.match(r"[^\W\d_]+[ \t]*[/|,;-]", following)
        if own_line and not sex_cell:
            continue  # (on the next line, only a list that opens with the sex: "masculino / ...")
        # ("kwame mensah boateng, im ghanaian, ...": a copula before the nationality)
        demonym_after = demonym_code_folded(tokens[0].word) or len(tokens) > 1 and tokens[0].word in _COPULAS \
            and demonym_code_folded(tokens[1].word)
        if labelled or _IDENTITY_SHAPE.match(following) or demonym_after or own_line or sex_cell:
            return Candidate("nombre-minusculas", candidate.raw, candidate.start, candidate.end) if lowercase else candidate
    return None


def _clause_starts(text: str) -> Iterator[int]:
    """Where a clause starts (a line; after a colon, a full stop, a semicolon), and where
    one's data start after "mis datos" without a colon ("mis datos RAMIREZ TOVAR JOSE
    pasaporte ..."), in text order."""
    starts = {match.end() for match in _CLAUSE_START.finditer(text)}
    if "datos" in text or "data" in text or "details" in text or "dados" in text:
        starts |= {match.end() for match in _DATA_PREFIX.finditer(text)
                   if ":" not in match.group() and match.end() < len(text)}
    yield from sorted(starts)


# --- records: the applicant's data written as a list of short cells ------------------

_CELL_SPLIT = re.compile(r"(?<![ \t])(?:[ \t]{1,8}[/|][ \t]{1,8}|[ \t]{0,8}[|;][ \t]{0,8}|,[ \t]{1,8}|[ \t]{1,8}[-–—][ \t]{1,8})")
_SEX_WORDS = frozenset("masculino femenino hombre mujer varon male female masculin feminin gason fi "
                       "masculina feminina homem mulher fanm f m".split())  # ("NAME / F / cubana / ...": a cell of one letter)


@dataclass(frozen=True)
class Record:
    """The applicant's data written as a list: cells of one line ("NAME / masculino /
    venezolano / pasaporte 123 / tel. 955...") or short lines of one block ("NAME",
    "venezolana", "pasaporte 118822334", "cel 956 ..."). Only a list that holds a
    document, carné or phone cell is a record."""

    cells: tuple[tuple[int, int], ...]  # (start, end) of each cell in the source text


def records(view: TextView) -> list[Record]:
    found: list[Record] = []
    text = view.text
    lines: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    # one line of cells
    for start, end in lines:
        line = text[start:end]
        if len(line) > 1200:
            continue
        cells = _cells(text, start, end)
        if len(cells) >= 3 and _holds_identity(view, cells) or len(cells) == 2 and _name_then_identity(view, cells):
            found.append(Record(tuple(cells)))
    # a block of short lines
    block: list[tuple[int, int]] = []
    for start, end in lines + [(len(text), len(text))]:
        words = text[start:end].split()
        if words and len(words) <= 10 and end - start <= 100:
            block.append((start, end))
            continue
        if len(block) >= 3 and _holds_identity(view, block):
            found.append(Record(tuple(cell for line in block for cell in _cells(text, *line))))
        block = []
    return found


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one line, split at " / ", "|", ";", ", ", " - "."""
    cells, at = [], start
    for match in _CELL_SPLIT.finditer(text, start, end):
        cells.append((at, match.start()))
        at = match.end()
    cells.append((at, end))
    return [(a, b) for a, b in cells if text[a:b].strip()]


def _cell_tokens(view: TextView, start: int, end: int) -> list:
    first = view.token_at_or_after(start)
    last = view.token_before(end)
    return view.tokens[first:last + 1]


# a cell that starts with an identity number by its shape alone: a Venezuelan cédula
# ("V-26.554.103"), a phone with its country code ("+58 414 ...")
_IDENTITY_SHAPE = re.compile(r"(?:[VEve][-.\s]?\d{1,3}(?:[.\s]?\d{3}){2}(?!\d)|\+\d{1,3}[\s.-]?\d[\d\s.-]{6,14}\d"
                             # a Peruvian mobile: nine digits starting with 9 ("934 221 908")
                             r"|9\d{2}[\s.-]?\d{3}[\s.-]?\d{3}(?![\d.-])"
                             # the same grouped 1-4-4 ("9 3321 0045")
                             r"|9[\s.-]\d{4}[\s.-]\d{4}(?![\d.-]))")


def _name_then_identity(view: TextView, cells: list[tuple[int, int]]) -> bool:
    """"Solangel Rivero, V-19.003.442.", "Rafael Ugas, cel 923 114 009", "... a este
    correo. Diana Cortés Vanegas, celular 902 447 119": a line of two cells, a name (or a
    sentence ending in one) and then an identity."""
    cell = view.text[cells[0][0]:cells[0][1]]
    words = cell.split()
    named = (2 <= len(words) <= 5 and all(w[:1].isupper() or fold_word(w) in _PARTICLES for w in words)) \
        or (len(words) > 5 and (_trailing_name(view, cell) or _trailing_name(view, cell, lowercase=True)) is not None)
    return named and _holds_identity(view, cells[1:])


def _holds_identity(view: TextView, cells: list[tuple[int, int]]) -> bool:
    for start, end in cells:
        tokens = _cell_tokens(view, start, end)
        if tokens and any(term.tag in ("documento_identidad", "carne_extranjeria", "telefono")
                          for term in view.vocabulary.labels.starting_at(tokens, 0)):
            return True
        text = view.text[start:end]
        if _IDENTITY_SHAPE.match(text.lstrip(" \t")):
            return True
    return False


def _writers_record(view: TextView, record: Record) -> bool:
    """A signature block naming a role ("Abogado – CAL 70118"): the writer's, not the applicant's."""
    for start, end in record.cells:
        tokens = _cell_tokens(view, start, end)
        if len(tokens) > 8:
            continue  # a sentence that mentions an aid group ("me dijeron en la ONG ...") is no title
        if any(view.vocabulary.writer_roles.starting_at(tokens, index) for index in range(len(tokens))):
            return True
    return False


# a short lead-in before a colon that is no field's label ("Mis datos:", "Datos:", "Applicant:")
_DATA_PREFIX = re.compile(r"(?:(?:mis|my|mes|meus|nuestros|sus|su|his|her|their|ses|seus)\s+)?(?:datos|data|details|donnees|dados|done)(?:\s+\w+){0,3}\s*:\s*"
                          # without a colon, only one's own data ("mis datos jhonny ...", "my details are ...")
                          r"|(?:mis|my|mes|meus|sus|su)\s+(?:datos|data|details|donnees|dados)"
                          r"(?:\s+(?:personales|personal|personnelles|pessoais))?(?:\s+(?:son|are|sont|sao|são))?\s+",
                          re.IGNORECASE)


def record_names(view: TextView, record: Record) -> Iterator[Candidate]:
    """Every cell written as a name (capitalised words, no label, no digit), in order."""
    if _writers_record(view, record):
        return
    for start, end in record.cells:
        cell = view.text[start:end].strip(" \t-•*")
        prefix = _DATA_PREFIX.match(cell)
        if prefix:  # "Mis datos: NAME", "Datos del solicitante: NAME"
            cell = cell[prefix.end():]
        elif ":" in cell[:60] and not view.label_left(start + cell.index(":") + 1):
            # "Prórroga de residencia: NAME / F / cubana / ...": what the list is for, then the name
            cell = cell[cell.index(":") + 1:].strip()
        words = cell.split()
        if (len(words) > 6 or re.search(r"[.?!][ \t]", cell)) and not any(ch.isdigit() for ch in cell):
            # a sentence that ends in the name: "¿cómo renuevo ...? Ender Villegas", "Mis
            # datos: Yusmary del Valle Albornoz Rojas", "mis datos son Nelson Briceño Lugo"
            tail = _trailing_name(view, cell) or (
                _next_cell_is_identity(view, record, start) and _trailing_name(view, cell, lowercase=True))
            if tail:
                at = view.text.find(tail, start)
                value = norm_name(tail, stop_words=False)
                if value:
                    yield Candidate("nombre", value, at, at + len(tail))
            continue
        if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in cell):
            continue
        folded = [fold_word(word).strip(".,") for word in words]
        if any(word in view.vocabulary.not_name or word in view.label_words or demonym_code_folded(word)
               or word in _SEX_WORDS or word in SENTENCE_WORDS and word not in _PARTICLES for word in folded):
            continue  # (a clause in capitals, "A QUIEN SE LE CORRESPONDA", is no name)
        kind = "nombre"
        if not all(word[:1].isupper() or fold_word(word) in _PARTICLES for word in words):
            # a name in lower case only right above (or before) the document or phone; with
            # its sex or nationality in between, only when the sender's address confirms it
            if not all(word.islower() for word in words) or not _next_cell_is_identity(view, record, start, skip=True):
                continue
            if not _next_cell_is_identity(view, record, start):
                kind = "nombre-minusculas"
        value = norm_name(cell, stop_words=False)
        if value:
            at = view.text.find(cell, start)
            yield Candidate(kind, value, at, at + len(cell))


# words after which capitalised words are a place or an institution, not a person
_PLACE_LEAD = frozenset("en de desde hacia a al para por in at from to em no na nan à a la el los las del "
                        "ante con sin sobre".split())


def _trailing_name(view: TextView, cell: str, lowercase: bool = False) -> str | None:
    """The capitalised words (2-6, particles inside) that end a cell of prose, after a
    sentence end, a colon or a lower-case word that is not a preposition. With
    `lowercase` (the cell stands right before an identity cell), words in lower case too
    ("como hago?? yorman jose chirinos", then "cel 924 ..."), but only 2-4 of them after
    a sentence end."""
    words = cell.split()
    run: list[str] = []
    bounded = False
    for word in reversed(words):
        bare = word.strip(".,;¿?¡!")
        if word != bare and word[-1:] in ".?!:;" and run:
            bounded = True
            break  # the sentence before the name ends here
        folded = fold_word(bare)
        if (bare[:1].isupper() or lowercase) and bare.isalpha() or (run and folded in _PARTICLES):
            run.append(bare)
            if word[:1] in "¿¡":
                break
            continue
        break
    while run and fold_word(run[-1]) in _PARTICLES:
        run.pop()
    if not 2 <= len(run) <= 6 or lowercase and not (bounded and len(run) <= 4):
        return None
    run.reverse()
    before = words[len(words) - len(run) - 1] if len(words) > len(run) else ""
    if before and before[-1:] not in ".?!:;" and fold_word(before.strip(".,;")) in _PLACE_LEAD:
        return None
    folded = [fold_word(word) for word in run]
    if any(word in view.vocabulary.not_name or word in view.label_words or demonym_code_folded(word)
           or word in _SEX_WORDS or word in _HONORIFICS or word in SENTENCE_WORDS and word not in _PARTICLES
           for word in folded):
        return None
    tail = " ".join(run)
    return tail if tail in cell else None


def _next_cell_is_identity(view: TextView, record: Record, start: int, skip: bool = False) -> bool:
    """The cell after the one at `start` is a document or a phone; with `skip`, also when
    only a sex or a nationality stands in between ("yorman paez / masculino / venezolano /
    pasaporte ...")."""
    cells = list(record.cells)
    for index, (cell_start, _) in enumerate(cells[:-1]):
        if cell_start == start:
            for following in cells[index + 1:index + (6 if skip else 2)]:
                if _holds_identity(view, [following]):
                    return True
                if not _personal_detail(view, *following):
                    return False
    return False


def _personal_detail(view: TextView, start: int, end: int) -> bool:
    """A cell that only says the applicant's sex, nationality or birth date ("masculino",
    "de venezuela", "sexo: femenino", "nacionalidad venezolana", "f. de nacimiento: ...")."""
    words = fold_word(view.text[start:end].strip(" \t.-•*")).split()
    if len(words) == 1 and (words[0] in _SEX_WORDS or demonym_code_folded(words[0]) or country_code(words[0])):
        return True
    if len(words) == 2 and words[0] in ("de", "from") and country_code(words[1]):
        return True
    tokens = _cell_tokens(view, start, end)
    return bool(tokens) and any(term.tag in ("sexo", "nacionalidad", "fecha_nacimiento")
                                for term in view.vocabulary.labels.starting_at(tokens, 0))


_WHOLE_DATE = re.compile(r"(?:" + DATE + r")\Z", re.IGNORECASE)


def record_date(view: TextView, record: Record) -> Candidate | None:
    """A cell that is only a date ("NAME / F / cubana / pasaporte ... / 22-09-1992 / cel"):
    in the applicant's list of data, the date of birth (the caller checks the year)."""
    if _writers_record(view, record):
        return None
    for start, end in record.cells:
        cell = view.text[start:end].strip(" \t.-•*")
        if cell and cell[0].isdigit() and _WHOLE_DATE.match(cell):
            at = view.text.find(cell, start, end)
            return Candidate("fecha", cell, at, at + len(cell))
    return None


def record_word(view: TextView, record: Record, kind: str) -> Candidate | None:
    """A cell that is only a nationality ("venezolana", "de Venezuela", "Venezuela") or only a sex
    ("masculino", "mujer")."""
    if _writers_record(view, record):
        return None
    names: list[int] | None = None  # where the record's names start (looked for only when needed)
    previous: tuple[int, int] = (-1, -1)
    for start, end in record.cells:
        before = previous
        previous = (start, end)
        cell = view.text[start:end].strip(" \t.-•*")
        prefix = _DATA_PREFIX.match(cell)
        if prefix:  # "Sus datos: venezolano, sexo masculino, ..."
            cell = cell[prefix.end():]
        folded = fold_word(cell)
        if kind == "sexo" and folded in _SEX_WORDS:
            return Candidate("sexo", cell, start, end)
        if kind == "pais":
            words = folded.split()
            if len(words) == 1 and demonym_code_folded(words[0]):
                return Candidate("pais", demonym_code_folded(words[0]), start, end)
            if len(words) == 2 and demonym_code(cell):  # "Sri Lankan"
                return Candidate("pais", demonym_code(cell), start, end)
            if len(words) == 2 and words[0] in ("de", "from") and country_code(words[1]):
                return Candidate("pais", country_code(words[1]), start, end)
            if 1 <= len(words) <= 3 and country_code(cell):
                after_comma = view.text[max(0, start - 4):start].rstrip(" \t").endswith(",")
                if after_comma and names is None:
                    names = [candidate.start for candidate in record_names(view, record)]
                # "NAME - Venezuela - pasaporte ...", "NAME, Venezuela, pasaporte ...": a
                # cell that is only a country, in the applicant's list of data, is where
                # they are from (not "Lagos, Nigeria": a comma after a place, not a name)
                if not after_comma or any(before[0] <= at < before[1] for at in names or ()):
                    return Candidate("pais", country_code(cell), start, end)
    return None
