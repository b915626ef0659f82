"""Field extraction (INTAKE.md section 3): labelled lines and running prose, from the
subject, the body and the text layer of PDF attachments, in normal form, with where
each value was found.

Each field has a list of named patterns tried in order over each text source (body
first, then subject, then attachments); the first value that normalises wins. The
pattern's name is recorded with the value, so a decision can say *why* it holds a
field ("telefono from body by telefono/etiqueta").
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable

import phonenumbers

from .countries import country_code, demonym_code, demonym_words
from .model import FieldValue
from .textclean import tidy_layout

# --- Accent-tolerant regex building --------------------------------------------------

_ACCENTS = {"a": "[aáàÁÀ]", "e": "[eéÉ]", "i": "[iíÍ]", "o": "[oóÓ]", "u": "[uúüÚÜ]", "n": "[nñÑ]"}


def acc(pattern: str) -> str:
    """Let every vowel (and n) in a plain-ASCII regex also match its accented forms."""
    out = []
    escaped = False
    in_class = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "]":
            in_class = False
            out.append(ch)
        elif not in_class and ch.lower() in _ACCENTS:
            out.append(_ACCENTS[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def rx(pattern: str) -> re.Pattern:
    return re.compile(acc(pattern), re.IGNORECASE | re.MULTILINE)


# --- Normalisers ----------------------------------------------------------------------

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
_MONTH_ABBREVIATIONS = {
    "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8,
    "sep": 9, "sept": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12,
}
# "15/03/1990", "15-03-1990", "15.03.1990", "15/03/90", "1990-03-15", "15 de marzo de 1990",
# "5 de setiembre del 1990", "1° de enero de 2027", "30 abril 1992", "15-mar-1990"
_DAY = r"\d{1,2}(?:\s*(?:°|º|ro|er)(?=\s))?"
_MONTH_WORD = r"[a-zA-Z]{3,10}\.?"
DATE = (
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2}(?!\d))"
    r"|\d{4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)"
    r"|" + _DAY + r"\s*(?:\s(?:de|del)\s+|[\s/-])\s*" + _MONTH_WORD + r"(?:\s+(?:de|del)\s+|[\s/-]\s*)\d{4}"
    # month first, as in English ("enero 20, 2027", "agosto 7 de 1988")
    r"|" + _MONTH_WORD + r"\s+\d{1,2}(?!\d)(?:\s*,\s*|\s+(?:de|del)\s+|\s+)\d{4})"
)
_DATE_NUM = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2}(?!\d))")
# year first ("1990-03-15", "1990/03/15", "1990.03.15"): never read as day first
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)")
_DATE_WORDS = re.compile(
    r"(\d{1,2})(?:\s*(?:°|º|ro|er)(?=\s))?\s*(?:\s(?:de|del)\s+|[\s/-])\s*([a-zA-Z]{3,10})\.?(?:\s+(?:de|del)\s+|[\s/-]\s*)(\d{4})",
    re.IGNORECASE)
_DATE_MONTH_FIRST = re.compile(r"\b([a-zA-Z]{3,10})\.?\s+(\d{1,2})(?!\d)(?:\s*,\s*|\s+(?:de|del)\s+|\s+)(\d{4})", re.IGNORECASE)


def _month(word: str) -> int | None:
    word = _fold_word(word).strip(".")
    return MONTHS.get(word) or _MONTH_ABBREVIATIONS.get(word)


def _full_year(text: str) -> int:
    """A four-digit year as is; a two-digit one is the nearest past century's ("90" -> 1990)."""
    year = int(text)
    if len(text) > 2:
        return year
    return 2000 + year if 2000 + year <= dt.date.today().year else 1900 + year


def parse_date(text: str) -> dt.date | None:
    """'15/03/1990', '15-03-1990', '15 de marzo de 1990', '1990-03-15' (day first)."""
    text = text.strip()
    try:
        if match := _DATE_ISO.search(text):
            return dt.date(int(match[1]), int(match[3]), int(match[4]))
        if match := _DATE_NUM.search(text):
            return dt.date(_full_year(match[3]), int(match[2]), int(match[1]))
        if match := _DATE_WORDS.search(text):
            month = _month(match[2])
            if month:
                return dt.date(int(match[3]), month, int(match[1]))
        for match in _DATE_MONTH_FIRST.finditer(text):
            month = _month(match[1])
            if month:
                return dt.date(int(match[3]), month, int(match[2]))
    except ValueError:
        return None
    return None


def norm_date(text: str) -> str | None:
    day = parse_date(text)
    return day.isoformat() if day else None


def norm_phone(text: str) -> str | None:
    """E.164; a number without country code is taken as Peruvian."""
    raw = re.sub(r"[^\d+]", "", text)
    if raw.count("+") > 1 or len(re.sub(r"\D", "", raw)) < 7:
        return None
    try:
        number = phonenumbers.parse(raw, "PE")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def norm_document(text: str) -> str | None:
    value = re.sub(r"[^0-9A-Za-z]", "", text).upper()
    digits = sum(ch.isdigit() for ch in value)
    if digits < 5 or len(value) > 15 or len(value) - digits > 3:
        return None
    return value


def norm_carne(text: str) -> str | None:
    value = re.sub(r"\D", "", text)
    return value if 6 <= len(value) <= 12 else None


def norm_sexo(text: str) -> str | None:
    word = text.strip().lower()
    if word.startswith(("f", "mujer", "woman")):
        return "F"
    if word.startswith(("m", "hombre", "var")):
        return "M" if not word.startswith("mujer") else "F"
    return None


_NAME_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*$")
_NOT_NAME = {
    "de", "la", "del", "y", "los", "las", "san", "santa",
}
_NAME_STOP = re.compile(acc(r"\b(identificad[oa]|con|de nacionalidad|portador[a]?|nacid[oa]|ante|soy|mi|pasaporte|cedula|c\.i\.|carne[t]?|dni|sexo|tel[eé]fono|celular|domiciliad[oa])\b.*$"), re.IGNORECASE)


_NOT_NAME_WORDS = frozenset(
    "enviado desde obtener outlook android iphone galaxy yahoo mail gmail hotmail saludos cordiales "
    "gracias atentamente cordialmente bendiciones quedo atento atenta dios les bendiga favor buenos "
    "buenas dias tardes noches estimados estimado senores senor senora presente secretaria comision "
    "especial refugiados ministerio relaciones exteriores lima respuesta otro particular expediente "
    "recurso apelacion reconsideracion renuncia solicitud asunto adjunto usuario muy agradecido agradecida "
    "espero pronta feliz dia tarde noche".split()
)


def _fold_word(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)).casefold()


def norm_name(text: str, stop_words: bool = True) -> str | None:
    text = _NAME_STOP.sub("", text)
    text = re.sub(r"[,;:()\[\]\"]+.*$|\s[-–—|]\s.*$", "", text)
    words = text.split()
    if not 2 <= len(words) <= 7:
        return None
    if not all(_NAME_WORD.match(word) for word in words):
        return None
    if sum(1 for w in words if w.lower() not in _NOT_NAME) < 2:
        return None
    if stop_words and any(_fold_word(w).strip(".") in _NOT_NAME_WORDS for w in words):
        return None
    return " ".join(words).strip(" .-")


def norm_name_labelled(text: str) -> str | None:
    """After a label ("Nombre completo:") the value is meant as a name: words that rule
    out a guessed name line ("Lima", "Santa") are surnames here ("Barbosa Lima")."""
    return norm_name(text, stop_words=False)


_PARTICLES = frozenset("de del la las los y e da das do dos di van von der".split())


def norm_name_signature(text: str) -> str | None:
    """A bare last line taken as a signature only when it looks like one: every word
    but the particles capitalised ("Kelly Johana Rojas Peña", "LUIS PAZ")."""
    words = text.split()
    if not all(word[:1].isupper() or word.lower() in _PARTICLES for word in words):
        return None
    return norm_name(text)


# words of subjects that are not names ("Cambio De Clave - Ana Pérez" in title case)
_SUBJECT_NOT_NAME = frozenset(
    "cambio clave contrasena actualizacion actualizar datos contacto prorroga renovacion residencia duplicado "
    "carne carnet extranjeria autorizacion viaje permiso urgente urgencia subsanar subsanacion subsanado cargo "
    "registro consulta refugio refugiado refugiada solicitante mesa partes tramite documentos anual trabajo "
    "entrevista cita asylum travel permit password reset request withdrawal card lost".split()
)


def norm_name_subject(text: str) -> str | None:
    """A segment of the subject ("Cambio de clave - Ana Lucía del Valle Rojas - Pasaporte
    ...") that is written as a name and holds no word of a procedure."""
    if any(ch.isdigit() for ch in text) or any(_fold_word(w).strip(".") in _SUBJECT_NOT_NAME for w in text.split()):
        return None
    return norm_name_signature(text.strip())


def norm_name_prose(text: str) -> str | None:
    """A name in running prose ends at the first lower-case word that is not a particle
    ("mi nombre es Kervin Mata Rojas y escribo..." -> "Kervin Mata Rojas"), when the
    name itself is capitalised (a name written all in lower case is kept whole)."""
    words = text.split()
    if words and words[0][:1].isupper():
        for index, word in enumerate(words[1:], start=1):
            if word[:1].islower() and word.lower().strip(",.;") not in _PARTICLES:
                words = words[:index]
                break
            if word.endswith((",", ";", ".")) and len(word) > 2:
                words = words[: index + 1]
                break
    while words and words[-1].lower() in _PARTICLES:
        words = words[:-1]
    return norm_name(" ".join(words))


def norm_name_surname_first(text: str) -> str | None:
    """ "Apellidos y nombres: Rangel Díaz, Wilmer José" -> "Rangel Díaz, Wilmer José":
    the full name as written (INTAKE.md section 3), comma included, single spaces."""
    surnames, comma, given = text.partition(",")
    if comma:
        given_name = norm_name(given) if len(given.split()) >= 2 else (given.strip() if _NAME_WORD.match(given.strip() or "-") else None)
        surname = " ".join(surnames.split())
        if given_name and surname and all(_NAME_WORD.match(word) for word in surname.split()):
            return f"{surname}, {given_name}"
    return norm_name(text)


def norm_country(text: str) -> str | None:
    first = re.split(r"[,;(]|\s+y\s+|\s+-\s+", text.strip())[0]
    code = country_code(first)
    if code:
        return code
    words = first.split()
    return country_code(words[0]) if words else None


def norm_text(text: str) -> str | None:
    value = " ".join(text.split()).strip(" .;,")
    return value if len(value) >= 3 else None


def norm_email(text: str) -> str | None:
    return text.strip(" .;,<>").lower() or None


# --- Patterns ---------------------------------------------------------------------------

LINE_END = r"[^\n]*"
_DEMONYM_WORDS = tuple(w for w in demonym_words() if demonym_code(w))
# an optional "(C.I.)", "(CE)", "/WhatsApp" after a label, then "N°", "Nro.", ":" ...
LABEL_TAIL = r"(?:\s*\([^)\n]{1,15}\)|\s*/\s*[A-Za-zÁÉÍÓÚáéíóú]{2,12}\.?)?"
SEP = LABEL_TAIL + r"\s*(?:n[°º]\.?|nro\.?|no\.|numero|num\.?|#)?\s*[:=.-]?\s*(?:n[°º]\.?|nro\.?|numero)?\s*[:.]?\s*"
# a trailing check letter written onto the digits stays ("001-150388-0004K")
DOC_VALUE = r"((?<![A-Za-z])(?:[A-Z]{1,3}[\s-]?)?\d[\d.,\s-]{3,16}\d(?:[A-Z](?![A-Za-z0-9]))?|[A-Z]{1,3}\d{4,12})"
PHONE_VALUE = r"(\(?\+?\s?\d[\d\s().-]{6,18}\d)"
EMAIL = r"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    normalise: Callable[[str], str | None]
    group: int = 1
    only: str | None = None  # the one source it is tried in ("subject"), else all
    needs: tuple[str, ...] = ()  # lower-case words one of which the text must hold (a fast pre-check)


def _p(name: str, pattern: str, normalise: Callable[[str], str | None], flags: int = 0,
       needs: tuple[str, ...] = ()) -> Pattern:
    return Pattern(name, re.compile(acc(pattern), re.IGNORECASE | re.MULTILINE | flags), normalise, needs=needs)


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

PATTERNS: dict[str, list[Pattern]] = {
    "nombres": [
        _p("nombres/apellidos-nombres",
           r"^\s*apellidos?\s+y\s+nombres?(?:\s+completos?)?\s*[:.-]\s*(" + LINE_END + ")",
           norm_name_surname_first),
        _p("nombres/etiqueta",
           r"^\s*(?:nombres?\s+y\s+apellidos?(?:\s+completos?)?(?:\s+del?\s+(?:la\s+)?(?:solicitante|titular|recurrente))?"
           r"|nombres?\s+completos?|nombres?(?:\s+del?\s+(?:la\s+)?(?:solicitante|titular|recurrente))?"
           r"|nomes?(?:\s+completos?)?|solicitante|titular|recurrente|administrad[oa]|(?:full\s+)?name(?:\s*/\s*nombres?(?:\s+completos?)?)?)\s*[:.-]\s*(" + LINE_END + ")",
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
                + "|".join(sorted(_DEMONYM_WORDS, key=len, reverse=True)) + r")"),
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
                r"[^,.:\n]{4,80}?)\s*(?:,|\s[-–—]\s)\s*(?:pasaporte|passport|c[eé]dula|c\.\s?[ci]\.?\s|dni|carn[eé]|documento|identificad|"
                r"portador|(?:de\s+)?nacionalidad|nacid|masculino|femenino|sexo|" + "|".join(sorted(_DEMONYM_WORDS, key=len, reverse=True)) + r")\b"),
            re.IGNORECASE | re.MULTILINE), norm_name_prose),
        _p("nombres/firma", r"^\s*(?:atentamente|atte|saludos(?:\s+cordiales)?|cordialmente|bendiciones|muchas\s+gracias|gracias|un\s+saludo|quedo\s+atent[oa][^\n]*|"
           r"(?:kind\s+|best\s+|warm\s+)?regards|sincerely|yours\s+(?:sincerely|truly|faithfully)|thank\s+you|thanks|atenciosamente|obrigad[oa])[\s,.!]*\n(?:\s*\n)*(?:[ \t]*--[ \t]*\n)?\s*([^\n]+?)\s*$", norm_name),
        _p("nombres/firma-linea", r"^\s*(?:atentamente|atte|saludos(?:\s+cordiales)?|cordialmente)\s*[:.,-]+\s*([^\n]+?)\s*$", norm_name),
        _p("nombres/firma-escrito", r"^\s*_{5,}\s*\n\s*([^\n]+?)\s*$", norm_name),
        # a signature without a closing word: the message's last line, set apart by a
        # blank line, written as a name (capitalised or all in capitals)
        # (or set apart by the "-- " signature delimiter), maybe followed by the phone's
        # own line ("Enviado desde mi iPhone", "Sent from Yahoo Mail for Android")
        Pattern("nombres/ultima-linea", re.compile(
            r"\n[ \t]*(?:--[ \t]*)?\n[ \t]*([^\n]+?)[ \t]*"
            r"(?:\s*\n[ \t]*(?i:enviado\s+desde|sent\s+from|obtener\s+outlook|get\s+outlook)[^\n]*)?\s*\Z"), norm_name_signature),
        # the subject split by dashes or bars: a segment that is a name
        Pattern("nombres/asunto", re.compile(r"(?:^|\s[-–—|/]\s)([^-–—|/\n]{5,80}?)(?=\s[-–—|/]\s|\s*$)"),
                norm_name_subject, only="subject"),
    ],
    "nacionalidad": [
        _p("nacionalidad/etiqueta", r"\b(?:nacionalidade?|pa[ií]s\s+de\s+(?:origen|procedencia))\s*[:.-]\s*(" + LINE_END + ")", norm_country),
        _p("nacionalidad/label", r"\b(?:nationality|citizenship|country\s+of\s+origin)\s*[:.-]\s*(" + LINE_END + ")", norm_country,
           needs=("nationality", "citizenship", "country of")),
        _p("nacionalidad/prosa", r"\bde\s+(?:nacionalidad|origen)\s+(\w+)", norm_country),
        # "..., nacionalidad venezolana, pasaporte ...": the label without a colon before a demonym
        _p("nacionalidad/sin-dos-puntos", r"\bnacionalidad\s+(\w+)", demonym_code, needs=("nacionalidad",)),
        # "Jhon Castaño Ríos, colombiano, C.C. ..." -- a demonym set off by commas
        _p("nacionalidad/aposicion", r",\s*(\w+)\s*(?=,)", demonym_code),
        # "pasaporte venezolano N° ...", "DNI colombiano ...", "Colombian passport: ..."
        _p("nacionalidad/documento", r"\b(?:pasaporte|passport|c[eé]dula|dni|documento)\s+(\w+)", demonym_code),
        _p("nacionalidad/passport", r"\b(\w+)\s+passport\b", demonym_code),
        # "I am a Cameroonian citizen", "I'm a Syrian national"
        _p("nacionalidad/citizen", r"\bi(?:\s+am|['’]m)\s+(?:an?\s+)?(\w+)\s+(?:citizen|national)\b", demonym_code,
           needs=("citizen", "national")),
        _p("nacionalidad/soy", r"\b(?:soy|ciudadan[oa])\s+(?:(?:un|una)\s+)?(?:ciudadan[oa]\s+|nacional\s+(?:de\s+)?)?(\w+)\b", norm_country),
    ],
    "documento_identidad": [
        _p("documento_identidad/etiqueta", DOC_LABEL + r"(?:\s+(?:" + "|".join(_DEMONYM_WORDS) + r"))?(?:\s+n[uú]mero)?" + SEP
           + r"(?:(?:(?:es|era|el)\s+){1,2}(?=[A-Z]{0,3}[\s-]?\d))?" + DOC_VALUE, norm_document),
        _p("documento_identidad/identificado", r"identificad[oa]\s+con\s+" + DOC_LABEL + SEP + DOC_VALUE, norm_document),
        _p("documento_identidad/mi-documento", r"\bmi\s+" + DOC_LABEL + r"\s+es\s+" + DOC_VALUE, norm_document),
    ],
    "carne_extranjeria": [
        _p("carne_extranjeria/etiqueta", CE_LABEL + r"(?:\s+n[uú]mero)?" + SEP + r"(?:es\s+)?(\d[\d.\s-]{4,14}\d)", norm_carne),
    ],
    "telefono": [
        _p("telefono/etiqueta",
           r"(?:tel[eé]fon[oe]s?(?:\s+(?:de\s+contacto|celular|m[oó]vil|fijo))?(?:\s*/\s*whatsapp)?|\btel[eé]?f?\b\.?(?:\s+(?:celular|m[oó]vil))?|\btl[fn]\w{0,2}\b\.?|\bcel\b\.?|celular|m[oó]vil|whatsapp|\bphone\b|\bmobile\b|"
           r"n[uú]mero\s+(?:de\s+(?:contacto|celular|tel[eé]fono|whatsapp)|telef[oó]nico|celular)|contacto(?=\s*:))"
           + LABEL_TAIL + r"(?:\s+(?:nuevo|actual))?(?:(?:\s+[^\W\d]{1,15}){1,3}\s*:)?\s*(?:n[°º])?\s*(?:es\s+)?[:.-]?\s*(?:es\s+)?" + PHONE_VALUE,
           norm_phone),
        _p("telefono/mi-numero", r"mi\s+(?:n[uú]mero|whatsapp|celular|cel|tel[eé]fono)(?:\s+(?:de\s+)?(?:contacto|celular|tel[eé]fono|m[oó]vil))?(?:\s+es)?\s*:?\s*(?:el\s+)?" + PHONE_VALUE, norm_phone),
        _p("telefono/al-celular", r"(?:\bal|a\s+mi)\s+(?:celular|tel[eé]fono|n[uú]mero|whatsapp)(?:\s+(?:de\s+)?(?:contacto|celular|m[oó]vil))?\s*:?\s*" + PHONE_VALUE, norm_phone),
        _p("telefono/llamarme", r"\b(?:llamarme|llamar(?:me)?|contactarme|ubicarme|comunicarse\s+conmigo|escribirme)\s+(?:al|a\s+mi)\s+(?:(?:n[uú]mero|celular|tel[eé]fono|whatsapp)\s+)?" + PHONE_VALUE, norm_phone),
    ],
    "correo": [
        _p("correo/etiqueta", r"(?:correo(?:\s+electr[oó]nico)?|e-?mail)\s*(?:es\s+)?[:.-]?\s*(?:es\s+)?" + EMAIL, norm_email),
        _p("correo/direccion", EMAIL, norm_email),
    ],
    "sexo": [
        _p("sexo/aposicion", r",\s*(masculino|femenino)\s*(?=,)", norm_sexo),
        _p("sexo/etiqueta", r"\b(?:sexo|g[eé]nero|sex|gender)(?:\s*\([^)\n]{1,12}\))?\s*[:.-]?\s*(femenino|feminino|masculino|mujer|hombre|female|male|f\b|m\b)", norm_sexo),
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
        _p("fecha_salida/linea", r"^\s*(?:salida|partida|ida)(?:\s+del\s+(?:pa[ií]s|per[uú]))?\s*[:.-]\s*(" + DATE + ")", norm_date),
        _p("fecha_salida/prosa", r"\b(?:saldr(?:[eé]|[ií]a)|viajar(?:[eé]|[ií]a)?|salgo|parto|salir|saliendo|partiendo|viajando|con\s+salida)\s+"
           r"(?:(?:del\s+pa[ií]s|a\s+[^\n.;]{2,40}?)[\s,]+)?(?:el\s+)?(?:d[ií]a\s+)?(" + DATE + ")", norm_date),
    ],
    "fecha_retorno": [
        _p("fecha_retorno/etiqueta", r"fecha\s+(?:de\s+|del\s+)?(?:retorno|regreso|vuelta)(?:\s+(?:al|a)\s+(?:pa[ií]s|per[uú]|lima))?\s*(?:es\s+)?(?:el\s+)?[:.-]?\s*(?:el\s+)?(" + DATE + ")", norm_date),
        _p("fecha_retorno/label", r"(?:return\s+date|date\s+of\s+return|data\s+de\s+(?:retorno|regresso|volta))\s*[:.-]?\s*(" + DATE + ")", norm_date,
           needs=("return", "data de")),
        _p("fecha_retorno/linea", r"^\s*(?:retorno|regreso|vuelta)(?:\s+(?:al|a)\s+(?:pa[ií]s|per[uú]|lima))?\s*[:.-]\s*(" + DATE + ")", norm_date),
        _p("fecha_retorno/prosa", r"\b(?:retornar(?:[eé]|[ií]a)?|regresar(?:[eé]|[ií]a)?|volver[eé]?|vuelvo|retorno|regreso|retornando|regresando|volviendo|con\s+(?:retorno|regreso))\s+(?:al\s+per[uú]\s+)?(?:el\s+)?(?:d[ií]a\s+)?(" + DATE + ")", norm_date),
    ],
    "destino": [
        _p("destino/etiqueta", r"^\s*(?:lugar\s+de\s+destino|destino|destination|lugar\s+al\s+(?:cual|que)\s+viajar[eé]|pa[ií]s\s+de\s+destino)\s*[:.-]\s*(" + LINE_END + ")", norm_text),
        _p("destino/viajar-a", r"\b(?:debo\s+viajar|viajar[eé]?|necesito\s+viajar|tengo\s+que\s+viajar|viaje(?:\s+urgente)?)\s+a\s+([^\n]{3,60}?)[\s,]+(?:debido|por|para|porque|ya\s+que|a\s+fin|con\s+motivo|saliendo|partiendo|desde|del?\s+\d+|el\s+(?:d[ií]a\s+)?\d+|entre\s+el)\b", norm_text),
        # "quiero ir a visitar a mi madre en Caracas": the capitalised place after whom
        Pattern("destino/visitar", re.compile(
            acc(r"\b(?:ir|viajar|volver|regresar|viaje)\s+(?:a\s+)?(?:visitar|ver|acompa[nñ]ar|cuidar|atender)\s+a\s+(?:mi|mis|su|sus)\s+"
                r"[^\W\d]+(?:\s+[^\W\d]+){0,2}?\s+(?:en|a)\s+") + "(" + _PLACE + ")", re.IGNORECASE), norm_text,
            needs=("visitar", "ver a", "acompa", "cuidar", "atender")),
    ],
    "motivo": [
        _p("motivo/etiqueta", r"^\s*(?:motivos?|fundamentos?|sustento|raz[oó]n|raz[aã]o|reasons?(?:\s+for\s+(?:the\s+|my\s+)?(?:travel|trip|request|appeal|withdrawal))?)(?:\s+del?\s+(?:la\s+)?(?:viaje|recurso|renuncia|solicitud|reconsideraci[oó]n|apelaci[oó]n))?\s*[:.-]\s*(" + LINE_END + ")", norm_text),
        _p("motivo/el-motivo-es", r"\bel\s+motivo\s+(?:de\s+mi\s+\w+|del?\s+(?:la\s+)?\w+|es)?\s*(?:es\s+)?(?:que\s+)?([^\n]{10,}(?:\n[^\n]+)*)", norm_text),
        _p("motivo/fundamento", r"\b(?:fundamento|sustento)\s+(?:mi|el\s+presente)\s+(?:recurso|pedido|solicitud)\s+en\s+(?:que\s+)?([^\n]{10,}(?:\n[^\n]+)*)", norm_text),
        _p("motivo/porque", r"\b(?:tomo\s+esta\s+decisi[oó]n|renunci\w*|apelaci[oó]n|reconsideraci[oó]n|recurso)\b[^\n.]*?\bporque\s+([^\n]{10,})", norm_text),
        _p("motivo/viaje-por", r"\bviaj\w*(?:\s+urgente)?\s+a\s+(?:[^\n.]|\.(?=\S)){3,160}?[\s,]+(?:debido\s+a|por|porque|para)\s+(?:que\s+)?([^\n]{10,})", norm_text),
        # "autorización de viaje por emergencia: mi padre falleció" (a cause word, not "por medio")
        _p("motivo/viaje-por-causa",
           r"\bviaj\w*(?:\s+urgente)?\s+(?:por|debido\s+a)\s+((?:una?\s+)?(?:emergencia|urgencia|motivos?|razones|salud|fallecimiento|"
           r"enfermedad|tratamiento|operaci[oó]n|cirug[ií]a|duelo|sepelio|funeral)\b[^\n]{5,})", norm_text),
        _p("motivo/porque-general", r"(?:\b(?:porque|ya\s+que|puesto\s+que|dado\s+que)|,\s*pues)\s+([^\n]{10,})", norm_text),
        _p("motivo/debido-a", r"\bdebido\s+a\s+(?:que\s+)?([^\n]{10,})", norm_text),
    ],
}

FIELD_ORDER = (
    "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria", "telefono",
    "correo", "sexo", "fecha_nacimiento", "destino", "fecha_salida", "fecha_retorno", "motivo",
)

_NOTIFIED_LEAD = (
    r"(?:notificad[oa]|notificaron|notific[oó]|notificaci[oó]n)\s+(?:(?:la|dicha|esta)\s+resoluci[oó]n\s+)?"
    r"(?:a\s+mi\s+correo(?:\s+electr[oó]nico)?\s+)?(?:el\s+(?:d[ií]a\s+)?|con\s+fecha\s+|en\s+fecha\s+|de\s+fecha\s+|fecha\s*:\s*)"
)
NOTIFIED = rx(_NOTIFIED_LEAD + "(" + DATE + ")")
# the same with a date that has no year ("notificada el 2 de octubre", "el 02/10")
NOTIFIED_NO_YEAR = rx(
    _NOTIFIED_LEAD + r"(?:(\d{1,2})(?:\s*(?:°|º|ro|er)(?=\s))?\s*(?:\s(?:de|del)\s+|[\s/-])\s*([a-zA-Z]{3,10})\.?"
    r"|(\d{1,2})\s*/\s*(\d{1,2}))(?!\s*(?:(?:de|del)\s+)?[/.-]?\s*\d)"
)
RECOGNISED_REFUGEE = rx(
    r"refugiad[oa]s?\s+reconocid[oa]|reconocid[oa]\s+como\s+refugiad[oa]|"
    r"condici[oó]n\s+de\s+refugiad[oa]\s+que\s+me\s+fue\s+reconocid[oa]|"
    r"me\s+(?:fue\s+)?reconoci[oó]\s+(?:la\s+)?condici[oó]n\s+de\s+refugiad[oa]|"
    r"en\s+mi\s+condici[oó]n\s+de\s+refugiad[oa]|en\s+calidad\s+de\s+refugiad[oa]|"
    # "tengo reconocida la condición de refugiado", "se me reconoció el estatus de refugiada"
    r"reconocid[oa]\s+(?:la\s+|el\s+|mi\s+)?(?:condici[oó]n|calidad|estatus|status)\s+de\s+refugiad[oa]|"
    r"reconoci[oó]\s+(?:la\s+|el\s+|mi\s+)?(?:condici[oó]n|calidad|estatus|status)\s+de\s+refugiad[oa]|"
    r"recogni[sz]ed\s+(?:as\s+(?:an?\s+)?)?refugee"
)


@dataclass(frozen=True)
class TextSource:
    name: str
    text: str


def _clip_sentence(value: str) -> str:
    """Running prose: keep the sentence the value starts in."""
    value = " ".join(value.split())
    match = re.search(r"(?<!\b[A-Z])(?<!\bN)\.(?:\s|$)", value)
    return value[: match.start()] if match else value


def _extract_one(field: str, sources: Iterable[TextSource], exclude: Callable[[str, str], bool]) -> FieldValue | None:
    for source in sources:
        best: tuple[int, int, FieldValue] | None = None
        lowered: str | None = None
        for rank, pattern in enumerate(PATTERNS[field]):
            if pattern.only and pattern.only != source.name:
                continue
            if pattern.needs:
                lowered = source.text.lower() if lowered is None else lowered
                if not any(word in lowered for word in pattern.needs):
                    continue
            for match in pattern.regex.finditer(source.text):
                raw = match.group(pattern.group)
                if field in ("motivo", "destino") and not pattern.name.endswith("etiqueta"):
                    raw = _clip_sentence(raw)
                value = pattern.normalise(raw)
                if not value or exclude(field, value):
                    continue
                candidate = FieldValue(field, value, source.name, pattern.name, raw.strip())
                # documents: the first stated wins, whatever the pattern; others: pattern order
                key = (match.start(), rank) if field == "documento_identidad" else (rank, match.start())
                if best is None or key < best[:2]:
                    best = (*key, candidate)
                break
        if best:
            return best[2]
    return None


class FieldExtractor:
    """Finds every field of INTAKE.md section 3 that the message states."""

    def __init__(self, institutional_domains: tuple[str, ...], institutional_addresses: tuple[str, ...]):
        self._domains = tuple(d.lower() for d in institutional_domains)
        self._addresses = {a.lower() for a in institutional_addresses}

    def _institutional(self, address: str) -> bool:
        address = address.lower()
        return address in self._addresses or any(address.endswith("@" + d) or address.endswith("." + d) for d in self._domains)

    def extract(self, sources: list[TextSource], from_address: str,
                known: dict[str, FieldValue] | None = None) -> dict[str, FieldValue]:
        """Every field the sources state (first source first), then the From fallback
        for `correo`. `known`: fields already found in earlier sources; only the others
        are looked for, so extracting sources in two calls equals one call over all."""
        def exclude(field: str, value: str) -> bool:
            return field == "correo" and self._institutional(value)

        sources = _tidy(sources)
        found: dict[str, FieldValue] = dict(known or {})
        for field in FIELD_ORDER:
            if field in found:
                continue
            value = _extract_one(field, sources, exclude)
            if value:
                found[field] = value
        if "correo" not in found and from_address and not self._institutional(from_address):
            found["correo"] = FieldValue("correo", from_address.lower(), "from", "correo/remitente", from_address)
        return found


def _tidy(sources: Iterable[TextSource]) -> list[TextSource]:
    return [TextSource(source.name, tidy_layout(source.text)) for source in sources]


EXPEDIENTE_NUMBER = re.compile(r"\bEXP-(\d{4})-(\d{6})\b", re.IGNORECASE)


def expediente_refs(sources: Iterable[TextSource]) -> tuple[str, ...]:
    """Expediente numbers of this office (EXP-YYYY-NNNNNN) the applicant quotes, in order."""
    found: list[str] = []
    for source in sources:
        for year, number in EXPEDIENTE_NUMBER.findall(source.text):
            ref = f"EXP-{year}-{number}"
            if ref not in found:
                found.append(ref)
    return tuple(found)


def notified_on(sources: Iterable[TextSource], received: dt.date | None = None) -> dt.date | None:
    """The date the applicant says the resolution was notified. A date written without
    its year ("notificada el 2 de octubre") is taken as the last such day on or before
    `received` (the day the message arrived), when that is known."""
    for source in _tidy(sources):
        match = NOTIFIED.search(source.text)
        if match:
            return parse_date(match.group(1))
        match = NOTIFIED_NO_YEAR.search(source.text) if received else None
        if match:
            day, month = (int(match[1]), _month(match[2])) if match[1] else (int(match[3]), int(match[4]))
            if month:
                return _latest_on_or_before(day, month, received)
    return None


def _latest_on_or_before(day: int, month: int, reference: dt.date) -> dt.date | None:
    for year in (reference.year, reference.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 31/04, or 29/02 in a common year
            continue
        if candidate <= reference:
            return candidate
    return None


# A statement of refugee status that is denied right before it ("no soy refugiado
# reconocido", "aún no he sido reconocida como refugiada", "I am not a recognised
# refugee") says the opposite: the negation and at most three auxiliary words end the
# text before the match, within the same clause.
_DENIED_STATUS = rx(
    r"(?:\bno|\bnot|\bnunca|\bnever|\bn[aã]o|\bsin\s+ser)\s+"
    r"(?:(?:soy|es|estoy|est[aá]|he|ha|hemos|sido|fui|fue|a[uú]n|todav[ií]a|am|is|have|has|been|was|yet|an?|un[ao]?)\s+){0,3}$"
)
_CLAUSE_BREAK = re.compile(r"[.;:,!?\n(]|\b(?:pero|but|mas|sino|porque|because)\b", re.IGNORECASE)


def _states_status(text: str) -> bool:
    for match in RECOGNISED_REFUGEE.finditer(text):
        before = text[max(0, match.start() - 80):match.start()]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        clause = before[breaks[-1].end():] if breaks else before
        if not _DENIED_STATUS.search(clause):
            return True
    return False


def says_recognised_refugee(sources: Iterable[TextSource]) -> bool:
    return any(_states_status(source.text) for source in _tidy(sources))
