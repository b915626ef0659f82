"""Line and prose patterns: the first layer of field extraction.

Each field has a list of named patterns tried in order over each text source (body
first, then subject, then attachments); the pattern's name is recorded with the value,
so a decision can say *why* it holds a field ("telefono from body by telefono/etiqueta").
What these patterns miss (other layouts, other wordings, other languages) is read by the
recognisers and their context (recognisers.py, context.py, rules/vocabulary.toml).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from ..countries import demonym_code, demonym_words
from .vocabulary import fold_text
from .normalise import (
    DATE, SIGNATURE_DELIMITER,
    acc, norm_carne, norm_country, norm_country_labelled, norm_date, norm_document, norm_email, norm_name, norm_name_labelled,
    norm_name_prose, norm_name_signature, norm_name_subject, norm_name_surname_first, norm_phone,
    norm_sexo, norm_text,
)

# --- Patterns ---------------------------------------------------------------------------

LINE_END = r"[^\n]*"
_DEMONYM_WORDS = tuple(w for w in demonym_words() if demonym_code(w))


def word_alternation(words: tuple[str, ...] | list[str]) -> str:
    """One regex alternation of plain words, written as a trie ("colombian(?:o|a)") so
    the engine tries a letter once, not each of 1,700 demonyms in turn. Matches the same
    strings as "|".join(words) with the longest word first."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(letter) + build(child) for letter, child in sorted(node.items()) if letter]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


DEMONYMS = word_alternation(_DEMONYM_WORDS)
# an optional "(C.I.)", "(CE)", "/WhatsApp" after a label, then "N°", "Nro.", ":" ...
LABEL_TAIL = r"(?:\s*\((?!\s*\d)[^)\n]{1,15}\)|\s*/\s*[A-Za-zÁÉÍÓÚáéíóú]{2,12}\.?)?"
SEP = LABEL_TAIL + r"\s*(?:n[°º]\.?|nro\.?|no\.|numero|num\.?|#|n(?=[ \t]+\d))?\s*[:=.-]?\s*(?:n[°º]\.?|nro\.?|numero)?\s*[:.]?\s*"
# a trailing check letter written onto the digits stays ("001-150388-0004K"); a word
# before the digits ("es el 123456789") is no prefix of letters
DOC_VALUE = r"((?<![A-Za-z])(?:(?!(?:el|la|es|de|del|un|una|mi|su|nro|num|no)[\s-])[A-Z]{1,3}(?:-\s?|\s)?)?\d(?:[\d.\t -]|,(?=\d)|\n(?![ \t]*\d{1,2}[.)][ \t])){3,16}\d(?:[A-Z](?![A-Za-z0-9]))?|[A-Z]{1,3}\d{4,12})"  # (not into a numbered item)
PHONE_VALUE = r"(\(?\+?\s?\d(?:[\d \t().-]|\n(?![ \t]*\d{1,2}[.)][ \t])){6,18}\d)"  # (not into a numbered item)
# bounded, and starting only where a run of address characters starts: linear on long input
EMAIL = r"((?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24})(?![A-Za-z0-9-])"


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    normalise: Callable[[str], str | None]
    group: int = 1
    only: str | None = None  # the one source it is tried in ("subject"), else all
    needs: tuple[str, ...] = ()  # words one of which the folded text must hold (a fast pre-check)

    def __post_init__(self) -> None:
        # folded as the text is (accents off), since the patterns match accented letters too
        object.__setattr__(self, "needs", tuple(fold_text(word) for word in self.needs))


def _p(name: str, pattern: str, normalise: Callable[[str], str | None], flags: int = 0,
       needs: tuple[str, ...] = ()) -> Pattern:
    return Pattern(name, re.compile(acc(pattern), re.IGNORECASE | re.MULTILINE | flags), normalise, needs=needs)


# a closing alone on its line ("Atentamente,", "Mèsi anpil!"), blank lines or the "-- "
# delimiter, then the name on the next line; %s: the closings, as one alternation
CLOSING_LINE = r"^[ \t]*(?:%s)[\s,.!]*\n(?:\s*\n)*(?:[ \t]*--[ \t]*\n)?\s*([^\n]+?)\s*$"


@functools.lru_cache(maxsize=8)
def closing_line_pattern(closings: tuple[tuple[str, ...], ...]) -> Pattern:
    """`nombres/firma` for the vocabulary's closings (`[names] closings`, folded words;
    a word ending in "*" stands for any ending), longest first, each letter matching its
    accented forms ("mesi" reads "Mèsi"); a closing may run on with the rest of its line
    only after "quedo" ("Quedo atenta a su respuesta")."""
    def words(phrase: tuple[str, ...]) -> str:
        return r"\s+".join("".join(_ACCENTED.get(ch, re.escape(ch)) for ch in word.rstrip("*"))
                           + (r"\w*" if word.endswith("*") else "") for word in phrase)

    alternatives = [words(phrase) + (r"[^\n]*" if phrase[0] == "quedo" else "")
                    for phrase in sorted(set(closings), key=lambda phrase: (-len(" ".join(phrase)), phrase))]
    regex = re.compile(CLOSING_LINE % "|".join(alternatives), re.IGNORECASE | re.MULTILINE)
    return Pattern("nombres/firma", regex, norm_name)


def _accented_classes() -> dict[str, str]:
    """Each ASCII letter, as a class of itself and the Latin letters that fold to it."""
    forms: dict[str, set[str]] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        folded = fold_text(char)
        if char.isalpha() and folded.isascii() and folded.isalpha() and folded != char.lower():
            forms.setdefault(folded, set()).add(char)
    return {letter: "[" + letter + "".join(sorted(chars)) + "]" for letter, chars in forms.items()}


_ACCENTED = _accented_classes()


DOC_LABEL = (
    r"(?:pasaporte|passaporte|passport|c[eé]dula(?:\s+de\s+identidad)?(?:\s+venezolana|\s+de\s+ciudadan[ií]a)?|"
    r"c\.\s?i\.?|\bci\b|\bc\.\s?c\.|\bdni\b|documento\s+(?:nacional\s+)?de\s+identidad|doc\.?\s*(?:de\s*)?identidad|"
    r"(?:n[uú]mero|nro\.?|n[°º]\.?|num\.?)\s*(?:de\s+|del\s+)?doc(?:umento|\.|(?=\s*:))(?:\s+de\s+identidad)?|"
    r"documento(?=\s*(?:n[°º]|nro\.?|:))|\bdoc\.(?=\s*(?:n[°º]|nro\.?|:)))"
)
CE_LABEL = r"(?:carn[eé]t?\s+de\s+extranjer(?:[ií]a|[oa])|\bc\.\s?e\.?|\bce\b|foreigner(?:'s)?\s+(?:id(?:entity)?\s+)?card)"

_CAP_WORD = "(?-i:[A-ZÁÉÍÓÚÑ])[^\\W\\d]+"
# a place name: capitalised words ("San José de Cúcuta"), optionally ", Country"
_PLACE = _CAP_WORD + r"(?:\s+(?:de\s+(?:la\s+|los\s+)?)?" + _CAP_WORD + r"){0,3}(?:\s*,\s*" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){0,2})?"

_SELF_SEX = {"mujer": "F", "woman": "F", "femme": "F", "mulher": "F", "fanm": "F",
             "hombre": "M", "man": "M", "homme": "M", "homem": "M", "gason": "M"}

PATTERNS: dict[str, list[Pattern]] = {
    "nombres": [
        _p("nombres/apellidos-nombres",
           r"^[ \t]*apellidos?\s+y\s+nombres?(?:\s+completos?)?\s*[:.-]{1,2}\s*(" + LINE_END + ")",
           norm_name_surname_first),
        # "Nombre / Apellidos: Yusmary Andreína / Gil Sequera": the two parts are one name
        _p("nombres/nombre-barra-apellidos",
           r"^[ \t]*nombres?\s*/\s*apellidos?\s*[:.-]{1,2}[ \t]*([^\n/]{2,60}/[^\n/]{2,60})$",
           lambda text: norm_name_labelled(" ".join(text.replace("/", " ").split())), needs=("apellido",)),
        _p("nombres/etiqueta",
           r"^[ \t]*(?:(?:su|her|his|sa|son|seu|sua)\s+)?(?:(?:nombres?|nom)\s+y\s+apellidos?(?:\s+completos?)?(?:\s+del?\s+(?:la\s+)?(?:solicitante|titular|recurrente))?"
           r"|nombres?\s+completos?|nombres?(?:\s+del?\s+(?:la\s+)?(?:solicitante|titular|recurrente))?"
           r"|nomes?(?:\s+completos?)?|solicitante|titular|recurrente|administrad[oa]|(?:full\s+)?name(?:\s*/\s*nombres?(?:\s+completos?)?)?"
           r"|(?:first|given)\s+names?|pr[eé]noms?)\s*[:.-]{1,2}\s*(" + LINE_END + ")",
           norm_name_labelled),
        # every datum on one line: "Mis datos son: Nombre: Ana Suárez León - Pasaporte: ..."
        _p("nombres/etiqueta-en-linea",
           r"(?<=[.:;!?,] )(?:nombres?\s+y\s+apellidos?(?:\s+completos?)?|nombres?\s+completos?|nombres?)\s*:\s*([^\n]+)",
           norm_name_labelled, needs=("nombre",)),
        # "Yo, NOMBRE, identificado ...", "Quien suscribe, NOMBRE, de nacionalidad ...",
        # "les escribe NOMBRE, venezolana, ...": a name set off by a comma and followed by
        # what a presentation says next (identity, nationality, condition, age, address)
        Pattern("nombres/yo", re.compile(
            acc(r"(?:\byo|\bquien\s+suscribe|\b(?:el|la)\s+que\s+suscribe|\b(?:el|la)\s+suscrit[oa]|\bles?\s+escribe)\s*,?\s+"
                r"([^,\n]{5,80}?)\s*,\s*(?:identificad|de\s+nacionalidad|con\s+|portador|de\s+sexo|nacid|mayor|ante\s|ciudadan|"
                r"natural|domiciliad|refugiad|solicitante|en\s+mi\s+condici|en\s+calidad|residente|de\s+\d|"
                + DEMONYMS + r")"),
            re.IGNORECASE | re.MULTILINE), norm_name),
        _p("nombres/mi-nombre", r"\b(?:mi\s+nombre\s+(?:completo\s+)?es|me\s+llamo|my\s+name\s+is|je\s+m['’]appelle)\s+([^,.\n]{5,80})", norm_name_prose),
        # a relative or helper writes for the applicant: "escribo en nombre de mi hermano
        # NOMBRE, venezolano, ...": the applicant's name, not the writer's signature
        Pattern("nombres/en-nombre-de", re.compile(
            acc(r"\ben\s+(?:nombre|representaci[oó]n)\s+de\s+(?:mi|mis|su|nuestr[oa])\s+[^\W\d]+(?:\s+[^\W\d]+)??\s+(")
            + "(?-i:[A-ZÁÉÍÓÚÑ])" + r"[^,.\n]{4,80})", re.IGNORECASE), norm_name_prose,
            needs=("en nombre de", "en representaci")),
        # "... soy solicitante. Edgar Rafael Pino Ortega, pasaporte 145678901"
        Pattern("nombres/aposicion", re.compile(
            acc(r"(?:^|[.!?:]\s+)(?:(?:yo\s+)?soy\s+)?(") + "(?-i:[A-ZÁÉÍÓÚÑ])" + acc(
                r"[^,.:\n]{4,80}?)\s*(?:,|\s[-–—]\s)\s*(?:pasaporte|passport|c[eé]dula|c\.\s?[ci]\.?\s|dni|carn[eé]t?|documento|identificad[oa]|"
                r"portador[a]?|(?:de\s+)?nacionalidad|nacid[oa]|masculino|femenino|sexo|" + DEMONYMS + r")\b"),
            re.IGNORECASE | re.MULTILINE), norm_name_prose),
        # "soy venezolano, Eduardo Salcedo Pérez, mi whatsapp es ...": the name set off by
        # commas after the nationality
        Pattern("nombres/soy-gentilicio", re.compile(
            acc(r"\b(?:soy|sou|i\s+am|je\s+suis)\s+(?:de\s+nacionalidad\s+)?(?:" + DEMONYMS + r")\s*,\s*(")
            + "(?-i:[A-ZÁÉÍÓÚÑ])" + r"[^,.:\n]{4,60}?)\s*(?:,|\.|$)", re.IGNORECASE | re.MULTILINE), norm_name_prose),
        # (a closing of the vocabulary on its own line, then the name: `closing_line_pattern`,
        # built per vocabulary; this one is the placeholder the extractor replaces)
        _p("nombres/firma", CLOSING_LINE % "atentamente", norm_name),
        _p("nombres/firma-linea", r"^[ \t]*(?:atentamente|atte?|saludos(?:\s+cordiales)?|cordialmente)\s*[:.,-]+\s*([^\n]+?)\s*$", norm_name),
        _p("nombres/firma-escrito", r"^[ \t]*_{5,}\s*\n\s*([^\n]+?)\s*$", norm_name),
        # the line after the signature delimiter ("-- "), written as a name
        Pattern("nombres/tras-delimitador", re.compile(SIGNATURE_DELIMITER + r"\n(?:[ \t]*\n)?[ \t]*([^\n]+?)[ \t]*$", re.MULTILINE),
                norm_name_signature),
        # a signature without a closing word: the message's last line, set apart by a
        # blank line, written as a name (capitalised or all in capitals)
        # (or set apart by the "-- " signature delimiter), maybe followed by the phone's
        # own line ("Enviado desde mi iPhone", "Sent from Yahoo Mail for Android")
        Pattern("nombres/ultima-linea", re.compile(
            r"\n[ \t]*(?:--[ \t]*)?\n[ \t]*([^\n]+?)[ \t]*"
            r"(?:\s*\n[ \t]*(?i:enviado\s+desde|sent\s+from|obtener\s+outlook|get\s+outlook)[^\n]*)?\s*\Z"), norm_name_signature),
        # the subject split by dashes or bars: a segment that is a name
        Pattern("nombres/asunto", re.compile(r"(?:^|\s[-–—|/]\s)((?:[^-–—|/\n]|(?<=\S)-(?=\S)){5,80}?)(?=\s[-–—|/]\s|\s{0,8}$)"),
                norm_name_subject, only="subject"),
    ],
    "nacionalidad": [
        _p("nacionalidad/etiqueta", r"\b(?:nacionalidade?|pa[ií]s\s+de\s+(?:origen|procedencia))\s*[:.-]\s*(" + LINE_END + ")", norm_country_labelled),
        _p("nacionalidad/label", r"\b(?:nationality|citizenship|country\s+of\s+origin)\s*[:.-]\s*(" + LINE_END + ")", norm_country_labelled,
           needs=("nationality", "citizenship", "country of")),
        _p("nacionalidad/prosa", r"\bde\s+(?:nacionalidad|origen)\s+(\w+)", norm_country, needs=("nacionalidad", "origen")),
        # "..., nacionalidad venezolana, pasaporte ...": the label without a colon before a demonym
        _p("nacionalidad/sin-dos-puntos", r"\bnacionalidad\s+(\w+)", demonym_code, needs=("nacionalidad",)),
        # "Jhon Castaño Ríos, colombiano, C.C. ..." -- a demonym set off by commas
        _p("nacionalidad/aposicion", r",[ \t]*(\w+)[ \t]*(?=[,;]|\.(?!\w))", demonym_code),
        # "pasaporte venezolano N° ...", "DNI colombiano ...", "Colombian passport: ..."
        _p("nacionalidad/documento", r"\b(?:pasaporte|passport|c[eé]dula|dni|documento)\s+(\w+)", demonym_code,
           needs=("pasaporte", "passport", "dula", "dni", "documento")),
        _p("nacionalidad/passport", r"\b(\w+)\s+passport\b", demonym_code, needs=("passport",)),
        # "I am a Cameroonian citizen", "I'm a Syrian national"
        _p("nacionalidad/citizen", r"\bi(?:\s+am|['’]m)\s+(?:an?\s+)?(\w+)\s+(?:citizen|national)\b", demonym_code,
           needs=("citizen", "national")),
        # "Recurso de reconsideración (venezolano) - NAME": a demonym alone in a part of the subject
        Pattern("nacionalidad/asunto", re.compile(r"(?:^|[(\[]|\s[-–—|/]\s)[ \t]*([^\W\d_]{4,20})[ \t]*(?=[)\]]|\s[-–—|/]\s|[ \t]*$)"),
                demonym_code, only="subject"),
        # a line that starts with a demonym, alone or before a comma ("Cubana, solicitante de
        # refugio" under a signature)
        Pattern("nacionalidad/linea", re.compile(r"^[ \t]*([^\W\d_]{4,20})[ \t]*(?:[,·|–—-][^\n]*)?$", re.MULTILINE), demonym_code),
        _p("nacionalidad/soy", r"\b(?:soy|ciudadan[oa])\s+(?:(?:un|una)\s+)?(?:ciudadan[oa]\s+|nacional\s+(?:de\s+)?)?(\w+)\b", norm_country,
           needs=("soy", "ciudadan")),
    ],
    "documento_identidad": [
        _p("documento_identidad/etiqueta", DOC_LABEL + r"(?:\s+(?:" + DEMONYMS + r"))?(?:\s+n[uú]mero)?" + SEP
           + r"(?:(?:(?:es|era|el)\s+){1,2}(?=[A-Z]{0,3}[\s-]?\d))?" + DOC_VALUE, norm_document),
        _p("documento_identidad/identificado", r"identificad[oa]\s+con\s+" + DOC_LABEL + SEP + DOC_VALUE, norm_document),
        _p("documento_identidad/mi-documento", r"\bmi\s+" + DOC_LABEL + r"\s+es\s+" + DOC_VALUE, norm_document),
    ],
    "carne_extranjeria": [
        _p("carne_extranjeria/etiqueta", CE_LABEL + r"(?:\s+n[uú]mero)?" + SEP + r"(?:(?:es|era|fue)\s+(?:el\s+)?)?(\d[\d.\s-]{4,14}\d)", norm_carne),
    ],
    "telefono": [
        _p("telefono/etiqueta",
           r"(?:tel[eé]fon[oe]s?(?:\s+(?:de\s+contacto|celular|m[oó]vil|fijo))?(?:\s*/\s*whatsapp)?|\btel[eé]?f?\b\.?(?:\s+(?:celular|m[oó]vil))?|\btl[fn]\w{0,2}\b\.?|\bcel\b\.?|celular|m[oó]vil|whatsapp|\bphone\b|\bmobile\b|"
           r"n[uú]mero\s+(?:de\s+(?:contacto|celular|tel[eé]fono|whatsapp)|telef[oó]nico|celular)|contacto(?=\s*:))"
           # (a few words, maybe a note in parentheses, then the colon: "Teléfono fijo de la
           # casa (donde la pueden ubicar): ...")
           + LABEL_TAIL + r"(?:\s+(?:nuevo|actual))?(?:(?:\s+[^\W\d]{1,15}){1,4}(?:\s*\((?!\s*\d)[^()\n]{1,40}\))?\s*:)?"
           r"\s*(?:n[°º])?\s*(?:es\s+)?[:.-]?\s*(?:es\s+)?" + PHONE_VALUE,
           norm_phone),
        _p("telefono/mi-numero", r"mi\s+(?:n[uú]mero|whatsapp|celular|cel|tel[eé]fono)(?:\s+(?:de\s+)?(?:contacto|celular|tel[eé]fono|m[oó]vil))?(?:\s+es)?"
           r"(?:\s+el\s+de\s+(?:la\s+casa|mi\s+\w{3,12}|mi\s+casa))?\s*:?\s*(?:el\s+)?" + PHONE_VALUE, norm_phone),
        _p("telefono/al-celular", r"(?:\bal|a\s+mi)\s+(?:celular|tel[eé]fono|n[uú]mero|whatsapp)(?:\s+(?:de\s+)?(?:contacto|celular|m[oó]vil))?\s*:?\s*" + PHONE_VALUE, norm_phone),
        _p("telefono/llamarme", r"\b(?:llamarme|llamar(?:me)?|contactarme|ubicarme|comunicarse\s+conmigo|escribirme)\s+(?:al|a\s+mi)\s+(?:(?:n[uú]mero|celular|tel[eé]fono|whatsapp)\s+)?" + PHONE_VALUE, norm_phone),
    ],
    "correo": [
        _p("correo/etiqueta", r"(?:correo(?:\s+electr[oó]nico)?|e-?mail)\s*(?:es\s+)?[:.-]?\s*(?:es\s+)?" + EMAIL, norm_email,
           needs=("@",)),
        _p("correo/direccion", EMAIL, norm_email, needs=("@",)),
    ],
    "sexo": [
        _p("sexo/aposicion", r",\s*(masculino|femenino|mujer|hombre|var[oó]n)\s*(?=,)", norm_sexo),
        _p("sexo/etiqueta", r"\b(?:sexo|g[eé]nero|sex|gender)(?:\s*\([^)\n]{1,12}\))?\s*[:.-]?\s*(femenino|feminino|masculino|mujer|hombre|female|male|f\b|m\b)", norm_sexo),
        # said of oneself: "soy mujer", "I am a 34-year-old woman", "je suis une femme", "sou mulher"
        _p("sexo/soy", r"\b(?:soy|i\s+am|i['’]m|je\s+suis|sou|mwen\s+se)\s+(?:una?\s+|an?\s+|une?\s+|uma?\s+|yon\s+)?"
           # (not "soy mujer trans": a gender identity, which says nothing of the sex on record)
           r"(?:[\w-]{1,12}\s+){0,3}?(mujer|hombre|woman|man|femme|homme|mulher|homem|fanm|gason)\b(?!\s+trans)",
           lambda word: _SELF_SEX.get(word.lower()), needs=("soy", " am", "i'm", "i’m", "suis", "sou", "mwen")),
    ],
    "fecha_nacimiento": [
        _p("fecha_nacimiento/etiqueta", r"(?:\bfecha\s+(?:de\s+)?nac(?:imiento|\.)?|\bf\.\s*(?:de\s+)?nac(?:imiento|\.)?|\bnacimiento)\s*(?:es\s+)?(?:el\s+)?[:.-]?\s*(" + DATE + ")", norm_date),
        _p("fecha_nacimiento/label", r"(?:\bdate\s+of\s+birth|\bbirth\s*date|\bdata\s+de\s+nascimento)\s*[:.-]?\s*(" + DATE + ")", norm_date,
           needs=("birth", "nascimento")),
        _p("fecha_nacimiento/nacido", r"\bnac[ií](?:d[oa])?\s+(?:el\s+)?(?:d[ií]a\s+)?(" + DATE + ")", norm_date),
    ],
    "fecha_salida": [
        _p("fecha_salida/etiqueta", r"fecha\s+(?:de\s+|del\s+)?(?:salida|partida|viaje|ida)(?:\s+del\s+(?:pa[ií]s|per[uú]))?\s*(?:es\s+)?(?:el\s+)?[:.-]?\s*(?:el\s+)?(" + DATE + ")", norm_date),
        _p("fecha_salida/label", r"(?:departure\s+date|date\s+of\s+departure|data\s+de\s+sa[ií]da)\s*[:.-]?\s*(" + DATE + ")", norm_date,
           needs=("departure", "data de sa")),
        _p("fecha_salida/linea", r"^[ \t]*(?:salida|partida|ida)(?:\s+del\s+(?:pa[ií]s|per[uú]))?\s*[:.-]\s*(" + DATE + ")", norm_date),
        _p("fecha_salida/prosa", r"\b(?:saldr(?:[eé]|[ií]a)|viajar(?:[eé]|[ií]a)?|salgo|parto|salir|saliendo|partiendo|viajando|con\s+salida)\s+"
           r"(?:(?:del\s+pa[ií]s|a\s+[^\n.;\d]{2,40}?)[\s,]+)?(?:el\s+)?(?:d[ií]a\s+)?(" + DATE + ")", norm_date),
    ],
    "fecha_retorno": [
        _p("fecha_retorno/etiqueta", r"fecha\s+(?:de\s+|del\s+)?(?:retorno|regreso|vuelta)(?:\s+(?:al|a)\s+(?:pa[ií]s|per[uú]|lima))?\s*(?:es\s+)?(?:el\s+)?[:.-]?\s*(?:el\s+)?(" + DATE + ")", norm_date),
        _p("fecha_retorno/label", r"(?:return\s+date|date\s+of\s+return|data\s+de\s+(?:retorno|regresso|volta))\s*[:.-]?\s*(" + DATE + ")", norm_date,
           needs=("return", "data de")),
        _p("fecha_retorno/linea", r"^[ \t]*(?:retorno|regreso|vuelta)(?:\s+(?:al|a)\s+(?:pa[ií]s|per[uú]|lima))?\s*[:.-]\s*(" + DATE + ")", norm_date),
        _p("fecha_retorno/prosa", r"\b(?:retornar(?:[eé]|[ií]a)?|regresar(?:[eé]|[ií]a)?|volver[eé]?|vuelvo|retorno|regreso|retornando|regresando|volviendo|con\s+(?:retorno|regreso))\s+(?:al\s+per[uú]\s+)?(?:el\s+)?(?:d[ií]a\s+)?(" + DATE + ")", norm_date),
    ],
    "destino": [
        _p("destino/etiqueta", r"^[ \t]*(?:lugar\s+de\s+destino|destino|destination|lugar\s+al\s+(?:cual|que)\s+viajar[eé]|pa[ií]s\s+de\s+destino)\s*[:.-]\s*(" + LINE_END + ")", norm_text),
        _p("destino/viajar-a", r"\b(?:debo\s+viajar|viajar[eé]?|necesito\s+viajar|tengo\s+que\s+viajar|viaje(?:\s+urgente)?)\s+a\s+([^\n]{3,60}?)[\s,]+(?:debido|por|para|porque|ya\s+que|a\s+fin|con\s+motivo|saliendo|partiendo|desde|del?\s+\d+|el\s+(?:d[ií]a\s+)?\d+|entre\s+el)\b", norm_text),
        # "quiero ir a visitar a mi madre en Caracas": the capitalised place after whom
        Pattern("destino/visitar", re.compile(
            acc(r"\b(?:ir|viajar|volver|regresar|viaje)\s+(?:a\s+)?(?:visitar|ver|acompa[nñ]ar|cuidar|atender)\s+a\s+(?:mi|mis|su|sus)\s+"
                r"[^\W\d]+(?:\s+[^\W\d]+){0,2}?\s+(?:en|a)\s+") + "(" + _PLACE + ")", re.IGNORECASE), norm_text,
            needs=("visitar", "ver a", "acompa", "cuidar", "atender")),
    ],
    "motivo": [
        _p("motivo/etiqueta", r"^[ \t]*(?:motivos?|fundamentos?|sustento|raz[oó]n|raz[aã]o|reasons?(?:\s+for\s+(?:the\s+|my\s+)?(?:travel|trip|request|appeal|withdrawal))?)(?:\s+del?\s+(?:la\s+)?(?:viaje|recurso|renuncia|solicitud|reconsideraci[oó]n|apelaci[oó]n))?\s*[:.-]\s*(" + LINE_END + ")", norm_text,
           needs=("motivo", "fundamento", "sustento", "raz", "reason")),
        _p("motivo/el-motivo-es", r"\bel\s+motivo\s+(?:de\s+mi\s+\w+|del?\s+(?:la\s+)?\w+|es)?\s*(?:es\s+)?(?:que\s+)?([^\n]{10,}(?:\n[^\n]+)*)", norm_text,
           needs=("motivo",)),
        _p("motivo/fundamento", r"\b(?:fundamento|sustento)\s+(?:mi|el\s+presente)\s+(?:recurso|pedido|solicitud)\s+en\s+(?:que\s+)?([^\n]{10,}(?:\n[^\n]+)*)", norm_text,
           needs=("fundamento", "sustento")),
        _p("motivo/porque", r"\b(?:tomo\s+esta\s+decisi[oó]n|renunci\w*|apelaci[oó]n|reconsideraci[oó]n|recurso)\b[^\n.]*?\bporque\s+([^\n]{10,})", norm_text, needs=("porque",)),
        _p("motivo/viaje-por", r"\bviaj\w*(?:\s+urgente)?\s+a\s+(?:[^\n.]|\.(?=\S)){3,160}?[\s,]+(?:debido\s+a|por|porque|para)\s+(?:que\s+)?([^\n]{10,})", norm_text, needs=("viaj",)),
        # "autorización de viaje por emergencia: mi padre falleció" (a cause word, not "por medio")
        _p("motivo/viaje-por-causa",
           r"\bviaj\w*(?:\s+urgente)?\s+(?:por|debido\s+a)\s+((?:una?\s+)?(?:emergencia|urgencia|motivos?|razones|salud|fallecimiento|"
           r"enfermedad|tratamiento|operaci[oó]n|cirug[ií]a|duelo|sepelio|funeral)\b[^\n]{5,})", norm_text, needs=("viaj",)),
        _p("motivo/porque-general", r"(?:\b(?:porque|ya\s+que|puesto\s+que|dado\s+que)|,\s*pues)\s+([^\n]{10,})", norm_text,
           needs=("porque", "que", "pues")),
        _p("motivo/debido-a", r"\bdebido\s+a\s+(?:que\s+)?([^\n]{10,})", norm_text, needs=("debido",)),
    ],
}

FIELD_ORDER = (
    "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria", "telefono",
    "correo", "sexo", "fecha_nacimiento", "destino", "fecha_salida", "fecha_retorno", "motivo",
)
