"""Form lines in the writer's own layout, reduced to "Label: value" lines.

People separate a label from its value with whatever is at hand ("Nombre completo -
Ana", "TELÉFONO / 987...", "Cédula     V-123", "Sexo => F"), and run several data into
one line or paragraph ("Nombres: Ana Pérez Fecha de nacimiento: 3/4/90 Sexo: F"). A
clerk reads both as a list. Here a label of the vocabulary (`[labels]` and the name
labels of `[names] roles`, `rules/vocabulary.toml`) is what says where a datum starts:

- a line that *starts* with a label followed by a dash, slash, equals sign, arrow, bar,
  dot leaders or a run of spaces gets a colon there;
- a label followed by a colon (or dot leaders) *inside* a line starts a line of its own
  when a value stands before it (not "mi teléfono:", "el motivo:"), in a line that
  starts with a label, or after a colon or a sentence's end.

Nothing else changes, so the patterns and recognisers read one layout.

    >>> from mailbot.core.extract.vocabulary import Term, TermSet
    >>> labels = [TermSet([Term.parse("nombre completo"), Term.parse("fecha de nacimiento"), Term.parse("sexo")])]
    >>> label_lines("Nombre completo - Ana Pérez", labels)
    'Nombre completo: Ana Pérez'
    >>> print(label_lines("Nombre completo: Ana Pérez Fecha de nacimiento: 3/4/90 - Sexo: F", labels))
    Nombre completo: Ana Pérez
    Fecha de nacimiento: 3/4/90
    Sexo: F
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from ..countries import country_code, demonym_code_folded
from .vocabulary import Term, TermSet, Token, fold_text, tokenize

# what may stand between a label at the start of a line and its value, besides a colon
# (each starts only where a run of spaces starts: linear when searched over long input)
_ODD_SEPARATOR = re.compile(r"(?<![ \t])(?:[ \t]*(?:[-=]{1,4}>|[-–—=|]{1,2}|>>?|»)[ \t]*|[ \t]+/[ \t]+|[ \t]{2,}|[ \t]*\.{2,}[ \t]*:?[ \t]*)(?=\S)")
_COLON = re.compile(r"(?<![ \t])[ \t]*(?::|\.{3,}[ \t]*:?)[ \t]*")
# words that may come before a label at the start of a line ("N° de Cédula", "Mi celular")
_BEFORE_LABEL = frozenset({"n", "no", "nro", "nr", "num", "numero", "de", "del", "mi", "su", "my", "your"})
# a word after which a label is part of the sentence, not a new datum ("mi teléfono:", "y celular:")
_GLUE = frozenset({"mi", "mis", "su", "sus", "tu", "de", "del", "el", "la", "los", "las", "un", "una", "y", "e",
                   "o", "u", "a", "al", "en", "por", "con", "para", "my", "your", "his", "her", "the", "and",
                   "or", "of", "mon", "ma", "son", "sa", "le", "et", "ou", "meu", "minha", "seu", "sua", "o",
                   "numero", "n", "no", "nro", "num"})
_TRAILING_SEPARATORS = " \t,;|-–—"
# a word that qualifies a label ("Teléfono nuevo", "Correo actual")
_LABEL_QUALIFIERS = frozenset({"nuevo", "nueva", "actual", "vigente", "principal", "new", "current", "movil", "personal",
                               "fijo", "celular", "domicilio", "casa"})
# a word that qualifies a label before it ("Nuevo teléfono", "Nueva dirección")
_LEADING_QUALIFIERS = frozenset({"nuevo", "nueva", "nuevos", "nuevas", "actual", "new", "current", "novo", "nova",
                                 "nouveau", "nouvelle", "otro", "otra"})
# a number's mark after a label ("pasaporte N°:", "passport no.:")
_NUMBER_MARKS = frozenset({"n", "no", "nro", "nr", "num", "numero", "number", "nu", "nº"})
_MAX_LINE = 600


def label_lines(text: str, label_sets: Sequence[TermSet]) -> str:
    if not text:
        return text
    out: list[str] = []
    if "(" in text:
        text = "\n".join(_without_label_note(line, label_sets) if "(" in line[:_NOTE_WITHIN] else line
                         for line in text.split("\n"))
    lines = [piece for line in text.split("\n") for piece in _numbered_items(
        _colons_at_tabbed_labels(line, label_sets, _ARROWS) if len(_ARROWS.findall(line[:_MAX_LINE * 2])) >= 2 else line)]
    lines = _form_blocks(lines, label_sets)
    for line in lines:
        if not line.strip() or len(line) > _MAX_LINE:
            out.append(line)
            continue
        odd = _LEADING_ODD.match(line) is not None
        # a label inside the line ends at a colon of its own: a second colon (the first is
        # the line's own label's, or an introduction's), or dot leaders
        inner = line.count(":") >= 2 or "..." in line
        if not odd and not inner:
            out.append(line)
            continue
        tokens = tokenize(line)
        if odd:
            line, tokens = _colon_after_leading_label(line, tokens, label_sets)
        if tokens and (line.count(":") >= 2 or "..." in line):
            out.extend(_split_at_inner_labels(line, tokens, label_sets))
        else:
            out.append(line)
    return "\n".join(out)


# a note in parentheses right after a line's leading label ("Full name (surname first):",
# "Teléfono (WhatsApp) -", "Nombres (como en el pasaporte):"), then a separator
_LABEL_NOTE = re.compile(r"^([ \t]*[^\W\d_][^:\n()]{0,40}?)[ \t]*\([^()\n]{1,40}\)(?=[ \t]*(?:[:=|>/–—-]|\.{2})|[ \t]{2}|\t)")
_NOTE_WITHIN = 50


def _without_label_note(line: str, label_sets: Sequence[TermSet]) -> str:
    """The line without the note that qualifies its leading label, so the label meets
    its separator; a line whose words before the parentheses end in no label (a name:
    "José Peña (esposo): ...") stays as it is."""
    match = _LABEL_NOTE.match(line)
    if not match:
        return line
    tokens = tokenize(match.group(1))
    if not tokens or len(tokens) > 5:
        return line
    term = _longest_label_ending(tokens, len(tokens) - 1, label_sets)
    if term is None or len(tokens) - len(term.words) > 2:
        return line
    note = tokenize(line[match.end(1):match.end()].strip(" \t()"))
    noted = _longest_label(note, 0, label_sets) if note else None
    if noted is not None and noted.tag != term.tag:
        return line  # the note is another field's label ("Foreigner ID card (carné de extranjería):")
    return match.group(1) + line[match.end():]


# a line that may start with a label and an odd separator (a cheap look before the tokens)
_LEADING_ODD = re.compile(r"^[ \t]*[^\W\d_][^:\n]{0,45}?(?:[ \t]*(?:[-–—=|>»]|\.{2})|[ \t]+/[ \t]|[ \t]{2})")


_FIRST_WORD = re.compile(r"^[ \t]*([^\W\d_]+)")
_ONE_SPACE = re.compile(r"\.?[ ](?=[^\W_]|[+(])")
_FORM_LINE_MAX = 90


def _form_blocks(lines: list[str], label_sets: Sequence[TermSet]) -> list[str]:
    """Lines of a form whose labels and values are set apart by one space only (a table
    pasted into an HTML mail, "Nombre completo Mónica Ayala" / "Nacionalidad Venezuela" /
    "Pasaporte 128374650"): two or more such lines in a row get their colons. One such line
    alone is prose ("Lugar de nacimiento Caracas" could be a sentence)."""
    lines = list(lines)
    known: dict[str, int | None] = {}  # a line's value start, computed once per text

    def value_start(line: str) -> int | None:
        if line not in known:
            known[line] = _value_after_label(line, label_sets) if 0 < len(line) <= _FORM_LINE_MAX else None
        return known[line]

    _join_bare_labels(lines, label_sets, value_start)
    # where the value starts, for a line that may be a form line
    starts = [value_start(line) for line in lines]
    out = list(lines)
    index = 0
    while index < len(lines):
        if starts[index] is None:
            index += 1
            continue
        end = index
        while end + 1 < len(lines) and starts[end + 1] is not None:
            end += 1
        if end > index:  # a block of two or more
            for number in range(index, end + 1):
                at = starts[number]
                label_end = len(lines[number][:at].rstrip(" ."))
                out[number] = lines[number][:label_end] + ": " + lines[number][at:]
        index = end + 1
    return out


def _join_bare_labels(lines: list[str], label_sets: Sequence[TermSet],
                      value_start: Callable[[str], int | None]) -> None:
    """A line that is only a label, without a colon ("Nombre y apellido" / "Ana María
    Torres"), and the value on the next line (a blank line between at most): one
    "Label: value" line, unless the next line is a label too. In place."""
    index = 0
    while index < len(lines) - 1:
        line = lines[index].strip()
        if not line or len(line) > 40 or ":" in line or not _is_bare_label(line, label_sets):
            index += 1
            continue
        following = index + 1
        if not lines[following].strip() and following + 1 < len(lines):
            following += 1
        value = lines[following].strip()
        if value and len(value) <= _FORM_LINE_MAX and not _is_bare_label(value, label_sets) \
                and value_start(value) is None and not value.endswith(":"):
            lines[index] = line + ": " + value
            del lines[index + 1:following + 1]
        index += 1


def _is_bare_label(line: str, label_sets: Sequence[TermSet]) -> bool:
    first = _FIRST_WORD.match(line)
    if not first or not any(labels._candidates(fold_text(first.group(1)), 0) for labels in label_sets):  # noqa: SLF001
        return False
    tokens = tokenize(line.rstrip(" .:"))
    term = _longest_label(tokens, 0, label_sets)
    return term is not None and len(term.words) == len(tokens)


def _value_after_label(line: str, label_sets: Sequence[TermSet]) -> int | None:
    first = _FIRST_WORD.match(line)
    if not first:
        return None
    word = fold_text(first.group(1))
    if not any(labels._candidates(word, 0) for labels in label_sets):  # noqa: SLF001 - a cached look-up
        return None
    tokens = tokenize(line[:60])  # a label is a few words at the start
    term = _longest_label(tokens, 0, label_sets)
    if term is None or len(tokens) <= len(term.words):
        return None
    end = tokens[len(term.words) - 1].end
    space = _ONE_SPACE.match(line, end)
    if space is None or tokens[len(term.words)].word in _GLUE:
        return None
    return space.end()


def tabbed_labels(text: str, label_sets: Sequence[TermSet]) -> str:
    """The raw text (before tabs become spaces) with a colon where a vocabulary label ends
    at a tab, in each line holding two tabs or more."""
    if text.count("\t") < 2:
        return text
    return "\n".join(_colons_at_tabbed_labels(line, label_sets) if line.count("\t") >= 2 and len(line) <= _MAX_LINE * 4
                     else line for line in text.split("\n"))


# (each starts only where a run of spaces starts: linear on long white space)
_TABS = re.compile(r"(?<![ \t])[ ]*\t+[ \t]*")
_ARROWS = re.compile(r"(?<![ \t])[ \t]*(?:-{1,4}>|={1,4}>|>>|→|⇒|»)[ \t]*")


def _colons_at_tabbed_labels(line: str, label_sets: Sequence[TermSet], separators: re.Pattern = _TABS) -> str:
    """A form whose rows were run into one line, each label and its value set apart by a
    tab ("Nombres<TAB>Ana Pérez Cédula<TAB>V-1...") or an arrow ("Nombre --> Ana
    Nacionalidad --> venezolana"): a colon where a label ends at one, so that the inner
    labels are split like any "Label: value" run."""
    tokens = tokenize(line)
    ends = {token.end: number for number, token in enumerate(tokens)}
    out, at = [], 0
    for tab in separators.finditer(line):
        last = ends.get(tab.start())
        if last is None or line[tab.start() - 1:tab.start()] == ":":
            continue
        if _longest_label_ending(tokens, last, label_sets) is None and not (
                last > 0 and tokens[last].word in _LABEL_QUALIFIERS
                and _longest_label_ending(tokens, last - 1, label_sets) is not None):
            continue  # ("Teléfono nuevo<TAB>...": a label and what it qualifies)
        out.append(line[at:tab.start()] + ": ")
        at = tab.end()
    return "".join(out) + line[at:] if out else line


_ITEM_NUMBER = re.compile(r"(?:^|(?<=[ \t]))(\d{1,2})[.)][ \t]+(?=[^\W\d_])")


def _numbered_items(line: str) -> list[str]:
    """A numbered list run into one line ("Mis datos: 1. Nombre: Ana 2. Pasaporte: 123 3.
    Teléfono: 987 ..."): one line per item, when the numbers run on from 1 or 2 for three
    items or more."""
    if len(line) > _MAX_LINE * 2 or "2" not in line:
        return [line]
    chain: list[re.Match] = []
    for match in _ITEM_NUMBER.finditer(line):
        number = int(match.group(1))
        if chain and number == int(chain[-1].group(1)) + 1:
            chain.append(match)
        elif number in (1, 2) and len(chain) < 3:
            chain = [match]
    if len(chain) < 3:
        return [line]
    cuts = [match.start() for match in chain]
    pieces = [line[:cuts[0]]] + [line[a:b] for a, b in zip(cuts, cuts[1:] + [len(line)])]
    return [piece.rstrip() for piece in pieces if piece.strip()]


def _may_have_odd_separator(text: str) -> bool:
    return any(mark in text for mark in (" - ", "-", "–", "—", " / ", "  ", "=", "|", ">", ".."))


def _longest_label(tokens: list[Token], index: int, label_sets: Sequence[TermSet]) -> Term | None:
    best: Term | None = None
    for labels in label_sets:
        term = labels.longest_starting_at(tokens, index)
        if term is not None and (best is None or len(term.words) > len(best.words)):
            best = term
    return best


def _colon_after_leading_label(line: str, tokens: list[Token], label_sets: Sequence[TermSet]) -> tuple[str, list[Token]]:
    for index in range(min(3, len(tokens))):
        if index and tokens[index - 1].word not in _BEFORE_LABEL:
            break
        term = _longest_label(tokens, index, label_sets)
        if term is None:
            continue
        last = index + len(term.words) - 1
        end = tokens[last].end
        qualifier = re.match(r"\.?[ \t]+([^\W\d_]+)", line[end:end + 24])
        if qualifier and fold_text(qualifier.group(1)) in _LABEL_QUALIFIERS:
            end += qualifier.end()  # "TELF. FIJO - (01) 485-1236"
        colon = _COLON.match(line, end)
        if colon and line[end:].lstrip(" \t")[:1] in (":", "."):
            if "..." in colon.group() and colon.end() < len(line):
                # dot leaders ("Apellidos y nombres ...... Rengifo Tello, Ana"): the colon they stand for
                line = line[:end] + ": " + line[colon.end():]
                return line, tokenize(line)
            return line, tokens  # already "Label: value"
        separator = _ODD_SEPARATOR.match(line, end)
        if separator is None and line[end:end + 1] == ".":
            end += 1  # an abbreviated label ("Carné Ext. » 000734219", "Telf. - 987 ...")
            separator = _ODD_SEPARATOR.match(line, end)
        if separator is None:
            return line, tokens
        value_at = separator.end()
        # a label in two languages ("Nom complet / Nombre completo     Ana"): the value
        # follows the second
        rest = tokenize(line[value_at:value_at + 60])
        second = _longest_label(rest, 0, label_sets) if rest else None
        if second is not None and second.tag == term.tag:
            after = _ODD_SEPARATOR.match(line, value_at + rest[len(second.words) - 1].end)
            if after is not None:
                value_at = after.end()
        value = line[value_at:]
        if ":" in value[:25]:
            return line, tokens  # a label of two parts ("Teléfono / WhatsApp: ...", "Nombre - Apellidos: ...")
        line = line[:end] + ": " + value
        return line, tokenize(line)
    return line, tokens


def _starts_with_label(line: str, tokens: list[Token], label_sets: Sequence[TermSet]) -> bool:
    for index in range(min(3, len(tokens))):
        if index and tokens[index - 1].word not in _BEFORE_LABEL:
            return False
        term = _longest_label(tokens, index, label_sets)
        if term is not None:
            return _COLON.match(line, tokens[index + len(term.words) - 1].end) is not None
    return False


def _split_at_inner_labels(line: str, tokens: list[Token], label_sets: Sequence[TermSet]) -> list[str]:
    cuts: list[tuple[int, int, int]] = []  # (label start, label end, value start)
    # a run of data: the line starts with "Label: value" (or a cut was made); a label
    # after prose starts a line only after a colon ("Mis datos: Nombre: ...") -- "Ana
    # Pérez, nacionalidad: ..." stays one line, an apposition the name patterns read
    in_data: bool | None = None  # known when first needed
    ends = {token.end: number for number, token in enumerate(tokens)}
    for colon in _INNER_COLON.finditer(line):
        last = ends.get(colon.start())  # the token a label would end with
        if last is None or last == 0:
            continue
        term = _longest_label_ending(tokens, last, label_sets)
        if term is None and last > 1 and tokens[last].word in _NUMBER_MARKS:
            last -= 1  # "passport no.:", "cédula nro:"
            term = _longest_label_ending(tokens, last, label_sets)
        if term is None:
            continue
        index = last - len(term.words) + 1
        if index > 1 and term.tag in ("documento_identidad", "carne_extranjeria") \
                and (country_code(tokens[index - 1].word) or demonym_code_folded(tokens[index - 1].word)) \
                and not line[:tokens[index - 1].start].rstrip(" \t").endswith(":"):
            index -= 1  # "NAME Ghana passport no.: ...": the country is the document's
        if index <= 0 or tokens[index - 1].word in _GLUE:
            continue
        if all(tokens[before].word in _LEADING_QUALIFIERS for before in range(index)) \
                and not line[:tokens[index - 1].end].count(":"):
            continue  # "Nuevo teléfono ....... 912 ...": the line's own label, qualified
        token = tokens[index]
        if cuts and token.start < cuts[-1][2]:
            continue
        between = line[tokens[index - 1].end:token.start]
        if between.strip(_TRAILING_SEPARATORS + ".:") or not between[-1:].isspace():
            continue
        if not ("..." in colon.group()  # dot leaders: a typed form, wherever it stands
                # after a colon ("Mis datos: Nombre: ...") or a sentence's end ("... firmada.
                # Destino: Quito Salida: 03/03/27"): a paragraph of data follows
                or line[:token.start].rstrip(_TRAILING_SEPARATORS).endswith((":", ".", "!", "?"))):
            if in_data is None:
                in_data = _starts_with_label(line, tokens, label_sets)
            if not in_data:
                continue
        cuts.append((token.start, token.start + len(line[token.start:colon.start()]), colon.end()))
        in_data = True
    if not cuts:
        return [line]
    pieces = [line[:cuts[0][0]].rstrip(_TRAILING_SEPARATORS)]
    for number, (label_start, label_end, value_start) in enumerate(cuts):
        value_end = cuts[number + 1][0] if number + 1 < len(cuts) else len(line)
        value = line[value_start:value_end]
        if number + 1 < len(cuts):
            # the next item's list number and number mark are not this value's ("... Colmenares
            # 2. N° de pasaporte: ...", "135792468 3. Teléfono: ...")
            value = _NEXT_ITEM_LEAD.sub("", value.rstrip(_TRAILING_SEPARATORS)).rstrip(_TRAILING_SEPARATORS)
        pieces.append(line[label_start:label_end] + ": " + value)
    return [piece for piece in pieces if piece.strip()]


_NEXT_ITEM_LEAD = re.compile(r"(?<=\S)(?:[ \t]+\d{1,2}[.)])?(?:[ \t]+(?:n[°º.o]|nro\.?|num\.?|numero|número)(?:[ \t]+de)?)?$",
                             re.IGNORECASE)
# a colon or dot leaders right after a word (where a label inside a line may end)
_INNER_COLON = re.compile(r"(?<=[^\W_])(?:\.?[ \t]?:|[ \t]*\.{3,}[ \t]*:?)[ \t]*")  # "passport no.:" too


def _longest_label_ending(tokens: list[Token], index: int, label_sets: Sequence[TermSet]) -> Term | None:
    best: Term | None = None
    for labels in label_sets:
        for term in labels.ending_at(tokens, index):
            if best is None or len(term.words) > len(best.words):
                best = term
            break  # longest first within a set
    return best
