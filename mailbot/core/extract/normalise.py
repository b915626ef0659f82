"""Normal forms of field values (INTAKE.md section 3), and the date reader.

Every function takes the raw text a recogniser or a pattern found and returns the
normal form, or None when the text is not such a value.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

import phonenumbers

from ..countries import country_code

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
    # Portuguese, English, French, Haitian Creole
    "janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "janvye": 1, "fevriye": 2, "mas": 3, "me": 5, "jen": 6, "jiye": 7, "out": 8, "septanm": 9,
    "oktob": 10, "novanm": 11, "desanm": 12,
}
_MONTH_ABBREVIATIONS = {
    "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8,
    "sep": 9, "sept": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12,
    "jan": 1, "apr": 4, "aug": 8, "dec": 12, "fev": 2, "out": 10, "dez": 12,
}
# every month word a date may be written with, for the recognisers' patterns
MONTH_NUMBERS = {**_MONTH_ABBREVIATIONS, **{word: number for word, number in MONTHS.items() if len(word) > 2}}
# "15/03/1990", "15-03-1990", "15.03.1990", "15/03/90", "1990-03-15", "15 de marzo de 1990",
# "5 de setiembre del 1990", "1° de enero de 2027", "30 abril 1992", "15-mar-1990"
_DAY = r"\d{1,2}(?:\s{0,3}(?:°|º|ro|er)(?=\s))?"
_MONTH_WORD = r"[^\W\d_]{3,10}\.?"
DATE = (
    r"(?:\d{1,2}\s{0,3}[/.-]\s{0,3}\d{1,2}\s{0,3}[/.-]\s{0,3}(?:\d{4}|\d{2}(?!\d))"
    r"|\d{4}\s{0,3}[/.-]\s{0,3}\d{1,2}\s{0,3}[/.-]\s{0,3}\d{1,2}(?!\d)"
    r"|" + _DAY + r"\s{0,3}(?:\s(?:de|del)\s{1,3}|[\s/-])\s{0,3}" + _MONTH_WORD + r"(?:(?:\s{1,3}(?:de|del)\s{1,3}|[\s/-]\s{0,3})\d{4}"
    # a two-digit year after "de", "del", a slash, a dash or an apostrophe ("5 de mayo del 88")
    r"|(?:\s{1,3}(?:de|del)\s{1,3}|\s{0,3}[/-]\s{0,3}|\s{1,3}['’])\d{2}(?!\d))"
    # month first, as in English ("enero 20, 2027", "agosto 7 de 1988")
    r"|" + _MONTH_WORD + r"\s{1,3}\d{1,2}(?:st|nd|rd|th)?(?![\d\w])(?:\s{0,3},\s{0,3}|\s{1,3}(?:de|del)\s{1,3}|\s{1,3})\d{4})"
)
_DATE_NUM = re.compile(r"(\d{1,2})\s{0,3}[/.-]\s{0,3}(\d{1,2})\s{0,3}[/.-]\s{0,3}(\d{4}|\d{2}(?!\d))")
# year first ("1990-03-15", "1990/03/15", "1990.03.15"): never read as day first
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})\s{0,3}([/.-])\s{0,3}(\d{1,2})\s{0,3}\2\s{0,3}(\d{1,2})(?!\d)")
_DATE_WORDS = re.compile(
    r"(\d{1,2})(?:\s{0,3}(?:°|º|ro|er)(?=\s))?\s{0,3}(?:\s(?:de|del)\s{1,3}|[\s/-])\s{0,3}([^\W\d_]{3,10})\.?"
    r"(?:(?:\s{1,3}(?:de|del)\s{1,3}|[\s/-]\s{0,3})(\d{4})|(?:\s{1,3}(?:de|del)\s{1,3}|\s{0,3}[/-]\s{0,3}|\s{1,3}['’])(\d{2})(?!\d))",
    re.IGNORECASE)
_DATE_MONTH_FIRST = re.compile(r"\b([^\W\d_]{3,10})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\d\w])(?:\s{0,3},\s{0,3}|\s{1,3}(?:de|del)\s{1,3}|\s{1,3})(\d{4})", re.IGNORECASE)


def _month(word: str) -> int | None:
    word = fold_word(word).strip(".")
    return MONTHS.get(word) or _MONTH_ABBREVIATIONS.get(word)


def _full_year(text: str, reference: dt.date | None = None, future: bool = False) -> int:
    """A four-digit year as is. A two-digit one (INTAKE.md section 3) is the year that
    fits the field nearest to the day of receipt `reference`: a birth date lies in the
    past ("90" -> 1990), a travel date in the coming months ("27" in 2026 -> 2027)."""
    year = int(text)
    if len(text) > 2:
        return year
    today = reference or dt.date.today()
    century = today.year - today.year % 100
    if future:
        candidates = [century - 100 + year, century + year, century + 100 + year]
        return min(candidates, key=lambda y: (abs(y - today.year), y < today.year))
    return century + year if century + year <= today.year else century - 100 + year


def parse_date(text: str, reference: dt.date | None = None, future: bool = False) -> dt.date | None:
    """'15/03/1990', '15-03-1990', '15 de marzo de 1990', '1990-03-15' (day first); a
    two-digit year is read against `reference` (see `_full_year`)."""
    text = text.strip()
    try:
        if match := _DATE_ISO.search(text):
            return dt.date(int(match[1]), int(match[3]), int(match[4]))
        if match := _DATE_NUM.search(text):
            return dt.date(_full_year(match[3], reference, future), int(match[2]), int(match[1]))
        if match := _DATE_WORDS.search(text):
            month = _month(match[2])
            if month:
                year = int(match[3]) if match[3] else _full_year(match[4], reference, future)
                return dt.date(year, month, int(match[1]))
        for match in _DATE_MONTH_FIRST.finditer(text):
            month = _month(match[1])
            if month:
                return dt.date(int(match[3]), month, int(match[2]))
    except ValueError:
        return None
    return None


def norm_date(text: str, reference: dt.date | None = None, future: bool = False) -> str | None:
    day = parse_date(text, reference, future)
    return day.isoformat() if day else None


def norm_phone(text: str) -> str | None:
    """E.164; a number without country code is taken as Peruvian. One that cannot be a
    Peruvian number but is a valid number of a country applicants often come from
    (a Venezuelan "0414-1234567", a Colombian "312 445 9087") keeps that country."""
    raw = re.sub(r"[^\d+]", "", text)
    if raw.count("+") > 1 or len(re.sub(r"\D", "", raw)) < 7:
        return None
    try:
        number = phonenumbers.parse(raw, "PE")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        if raw.startswith("+"):
            return None
        for region in _OTHER_REGIONS:
            try:
                other = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(other):
                return phonenumbers.format_number(other, phonenumbers.PhoneNumberFormat.E164)
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_OTHER_REGIONS = ("VE", "CO", "EC")


# a document kind's abbreviation written before the number ("CC 79.845.112", "C.I. 12345678")
_KIND_BEFORE_NUMBER = re.compile(r"^[ \t]*(?:c\.?[ \t]?c|c\.?[ \t]?i|dni|nuip)\.?(?:[ \t:.-]+|(?=\d))(?=\d)", re.IGNORECASE)


def norm_document(text: str) -> str | None:
    text = _KIND_BEFORE_NUMBER.sub("", text)
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
    if word.startswith(("f", "mujer", "mulher", "woman")) or word == "fi":
        return "F"  # (also "femenino", "female", "feminino", "femme", Creole "fanm" / "fi")
    if word.startswith(("m", "hombre", "var", "homme", "homem", "gason", "garcon", "garçon")):
        return "M"  # (also "masculino", "male", Creole "gason")
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


def fold_word(word: str) -> str:
    if word.isascii():
        return word.lower()  # (casefold and lower agree on ASCII)
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)).casefold()


# a courtesy title before a name is not part of it ("Sra. Ana Ruiz" -> "Ana Ruiz")
_TITLE = re.compile(r"^\s*(?:(?:sr|sra|srta|se[ñn]or|se[ñn]ora|se[ñn]orita|don|do[ñn]a|mr|mrs|ms|mme|madame|monsieur|"
                    r"senhor|senhora|"
                    # academic and professional titles ("Ing. Ramón Betancourt", "Lic. Ana Pérez")
                    r"ing|lic|licda|licdo|dr|dra|abg|abog|arq|prof|profa|mg|msc|econ|tec|tsu)\.?\s+)+(?=\S)", re.IGNORECASE)


# surnames in capitals, a comma, then the given names ("PÉREZ GÓMEZ, María José"): one name
_SURNAMES_COMMA_GIVEN = re.compile(
    r"^\s*((?:[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’-]+\s+){0,3}[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’-]+),\s*"
    r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+){0,2})\s*(?=$|[,;(]|\s[-–—|]\s)")


def norm_name(text: str, stop_words: bool = True) -> str | None:
    text = _NAME_STOP.sub("", text)
    written = _SURNAMES_COMMA_GIVEN.match(text)
    if written:
        text = written.group(1) + "\u0000" + written.group(2)  # the comma kept past the cut below
    text = re.sub(r"[,;:()\[\]\"]+.*$|\s[-–—|]\s.*$", "", text).replace("\u0000", ", ")
    text = _TITLE.sub("", text)
    words = text.split()
    if not 2 <= len(words) <= 7:
        return None
    if not all(_NAME_WORD.match(word.rstrip(",")) for word in words):
        return None
    if sum(1 for w in words if w.lower() not in _NOT_NAME) < 2:
        return None
    if stop_words and any(fold_word(w).strip(".") in _NOT_NAME_WORDS for w in words):
        return None
    return " ".join(words).strip(" .-")


def norm_name_labelled(text: str) -> str | None:
    """After a label ("Nombre completo:") the value is meant as a name: words that rule
    out a guessed name line ("Lima", "Santa") are surnames here ("Barbosa Lima")."""
    return norm_name(text, stop_words=False)


# the small words inside a name ("María de los Ángeles", "Jean le Blanc")
NAME_PARTICLES = frozenset("de del la las los y e da das do dos di van von der le".split())
_PARTICLES = NAME_PARTICLES


def norm_name_signature(text: str) -> str | None:
    """A bare last line taken as a signature only when it looks like one: every word
    but the particles capitalised ("Kelly Johana Rojas Peña", "LUIS PAZ")."""
    words = text.split()
    if not all(word[:1].isupper() or word.lower() in _PARTICLES for word in words):
        return None
    if _NAME_STOP.search(text):
        return None  # a sentence in capitals ("NO ENCUENTRO MI NUMERO DE CARNET"), not a signature
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
    text = _before_document(text)  # "Ana Pérez V-21.345.678", "Ana Pérez CE 001234567"
    if any(ch.isdigit() for ch in text) or any(fold_word(w).strip(".") in _SUBJECT_NOT_NAME for w in text.split()):
        return None
    return norm_name_signature(text.strip())


# the short labels of a document's kind before its number ("C.C.", "CE", "pasaporte N°")
_DOCUMENT_KIND_WORDS = frozenset(
    "pasaporte passport pass cedula ced cc ci ce dni carne carnet doc documento id n no nro num".split())


def _before_document(text: str) -> str:
    """A part of the subject cut before the first word that holds a digit and the short
    labels of a document's kind in front of it ("Ana Pérez C.C. 1.032.456" -> "Ana Pérez");
    the part unchanged when no number is in it."""
    words = text.split()
    for index, word in enumerate(words):
        if any(ch.isdigit() for ch in word):
            kept = words[:index]
            while kept and (fold_word(kept[-1]).strip(".,:°º").replace(".", "") in _DOCUMENT_KIND_WORDS
                            or len(kept[-1].strip(".,:-")) <= 1 and not kept[-1].strip(".,:-").isupper()):
                kept.pop()
            return " ".join(kept).rstrip(",;:- ")
    return text


# a name written all in lower case ends at the first word that joins a sentence
LOWERCASE_ENDERS = frozenset(
    "y e que para por con en a al el quiero necesito deseo solicito tengo estoy escribo les me mi su "
    "and i with need want would am et pour avec je suis voudrais com quero preciso gostaria mwen ak "
    "vle bezwen".split()
)
# the line mail programs put above a signature ("-- "), without its line end
SIGNATURE_DELIMITER = r"^--[ \t]*"

# words that join a sentence and are no part of a name in any case ("QUE ELLA", "TIENE
# INTERNET EN", "WITH RESPECT"): a name read by its shape alone never holds one ("al" and
# "el" stay out: "Al Hassan", "El Hadji")
SENTENCE_WORDS = (LOWERCASE_ENDERS - NAME_PARTICLES - {"al", "el", "i"}) | frozenset(
    "ella tiene tienen esta estan si se le lo nos quien cual como cuando donde porque pero tambien muy "
    "un una uno sobre desde hasta sin este esto eso the to of for my your is are was be it this that "
    "have has will can please mis tus sus nuestro nuestra nuestros nuestras you very much thank "
    "soy es son fue fui era".split())


def norm_name_prose(text: str) -> str | None:
    """A name in running prose ends at the first lower-case word that is not a particle
    ("mi nombre es Kervin Mata Rojas y escribo..." -> "Kervin Mata Rojas"), when the
    name itself is capitalised; written all in lower case, at the first word that joins
    a sentence ("me llamo jose luis paredes y quiero ..." -> "jose luis paredes")."""
    words = text.split()
    if words and not words[0][:1].isupper():
        for index, word in enumerate(words):
            if fold_word(word).strip(",.;") in LOWERCASE_ENDERS:
                words = words[:index]
                break
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
    code = country_code(words[0]) if words else None
    if code is None:
        # "guineense (Guiné-Bissau)": a demonym of two countries, the country in parentheses
        named = re.match(r"[^(\n]{0,30}\(([^()\n]{2,40})\)", text.strip())
        code = country_code(named.group(1)) if named else None
    return code


def norm_country_labelled(text: str) -> str | None:
    """A nationality after its label: also an ISO alpha-3 code in any case ("ven", "Col")."""
    code = norm_country(text)
    words = text.split()
    if code is None and words and len(words[0].strip(".")) == 3 and words[0].strip(".").isalpha():
        code = country_code(words[0].strip(".").upper())
    return code


def norm_text(text: str) -> str | None:
    value = " ".join(text.split()).strip(" .;,")
    return value if len(value) >= 3 else None


def norm_email(text: str) -> str | None:
    return text.strip(" .;,<>").lower() or None

