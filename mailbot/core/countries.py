"""Nationalities as people write them in Spanish -> ISO 3166-1 alpha-2.

Country names, demonyms (masculine and feminine) and the alpha-3 codes of the
countries whose nationals most often write to the office; any other alpha-2/alpha-3
code or English name is looked up in pycountry.
"""
from __future__ import annotations

import unicodedata

import pycountry

# code: (country names..., demonym stems...) -- demonym stems take o/a/os/as endings.
_SPANISH = {
    "VE": ("venezuela", "venezolan", "venezuelan", "venezuelien", "venezyelyen", "venezyela", "venezwelyen"),
    "CO": ("colombia", "colombian", "colombien", "kolonbyen", "kolonbi", "kolonbyan"),
    "EC": ("ecuador", "ecuatorian", "ecuadorian", "equatorien", "equatorian"),
    "HT": ("haiti", "haitian", "haitien", "ayisyen", "ayiti"),
    "CU": ("cuba", "cuban", "cubain", "kiben", "kiba"),
    "NI": ("nicaragua", "nicaraguens"),
    "SY": ("siria", "sirio", "siri", "syrian", "syrien", "siryen"),
    "PE": ("peru", "peruan", "peruvien", "perou", "peruvian", "pewouvyen", "perouvyen"),
    "BO": ("bolivia", "bolivian"),
    "CL": ("chile", "chilen", "chilean", "chilien", "chilyen"),
    "AR": ("argentina", "argentin"),
    "BR": ("brasil", "brasilen", "brasiler", "brazilian", "brazil", "brasileir", "bresilien", "brezilyen", "brezil"),
    "PY": ("paraguay", "paraguay", "paraguai", "paraguayen"),
    "UY": ("uruguay", "uruguay", "uruguai", "uruguayen"),
    "MX": ("mexico", "mexican", "mexicain", "meksiken"),
    "GT": ("guatemala", "guatemaltec"),
    "HN": ("honduras", "hondurens", "honduren", "hondurien", "honduran"),
    "SV": ("el salvador", "salvadoren", "salvadoran", "salvadorian", "salvadorien"),
    "CR": ("costa rica", "costarricens"),
    "PA": ("panama", "panamen"),
    "DO": ("republica dominicana", "dominican", "dominicain", "dominiken", "dominikani"),
    "US": ("estados unidos", "estadounidens", "norteamerican", "estadunidens", "american", "americain", "ameriken", "etazini"),
    "ES": ("espana", "espanol", "espanola"),
    "AF": ("afganistan", "afgan", "afghan", "afghanistan", "afega", "afegao", "afegan", "afeganistao"),
    "UA": ("ucrania", "ucranian", "ukrainian", "ukrainien", "ucranian"),
    "RU": ("rusia", "rus", "russian", "russe", "russ"),
    "CM": ("camerun", "camerunes", "camerunés", "cameroonian", "camerounais"),
    "CD": ("republica democratica del congo", "congoles", "congolesa", "congoleno", "congolena", "congolese", "congolais", "kongole"),
    "NG": ("nigeria", "nigerian"),
    "SN": ("senegal", "senegales", "senegalese", "senegalais"),
    "GH": ("ghana", "ghanes", "ghanaian", "ghaneen"),
    "LK": ("sri lanka", "ceilanes", "srilankes", "srilanques", "esrilanques", "sri lankan", "srilankais"),
    "BD": ("bangladesh", "bangladesi", "bangladeshi"),
    "IN": ("india", "indi"),
    "PK": ("pakistan", "paquistan", "pakistani"),
    "IR": ("iran", "irani", "iranian", "iranien"),
    "IQ": ("irak", "iraq", "iraqui", "iraqi", "irakien", "iraquian"),
    "PS": ("palestina", "palestin", "palestinian", "palestinien"),
    "YE": ("yemen", "yemeni", "yemenite"),
    "SD": ("sudan", "sudanes", "sudanese", "soudanais"),
    "ER": ("eritrea", "eritre", "eritrean", "erythreen"),
    "SO": ("somalia", "somali", "somalien"),
    "ET": ("etiopia", "etiope", "ethiopian", "ethiopien", "etiop"),
    "CN": ("china", "chin", "chinese", "chinois"),
    "TR": ("turquia", "turc", "turkish"),
    "LB": ("libano", "libanes", "lebanese", "libanais"),
    "AO": ("angola", "angolan", "angolais"),
    "MA": ("marruecos", "marroqui", "moroccan", "marocain", "marroquin"),
    "DZ": ("argelia", "argelin", "algerian", "algerien"),
    "TN": ("tunez", "tunecin", "tunisian", "tunisien"),
    "ML": ("mali", "malien", "maliense"),
    "GN": ("guinea", "guinean", "guineen"),
    "CI": ("costa de marfil", "marfilen", "ivorian", "ivoirien"),
    "BF": ("burkina faso", "burkines", "burkinabe"),
    "KE": ("kenia", "kenian", "kenyan"),
    "UG": ("uganda", "ugandes", "ugandan"),
    "RW": ("ruanda", "ruandes", "rwandan", "rwandais"),
    "ZA": ("sudafrica", "sudafrican", "south african"),
    "GE": ("georgia", "georgian"),
    "AM": ("armenia", "armeni"),
    "BY": ("bielorrusia", "bielorrus", "belarusian"),
    "GQ": ("guinea ecuatorial", "ecuatoguinean"),
    "CG": ("congo", "congoles"),
    "TG": ("togo", "togoles", "togolese", "togolais"),
    "BJ": ("benin", "benines", "beninese", "beninois"),
    "SL": ("sierra leona", "sierraleones"),
    "LR": ("liberia", "liberian"),
    "JM": ("jamaica", "jamaican", "jamaiquin"),
    "TT": ("trinidad y tobago", "trinitens", "trinidadian"),
    "PH": ("filipinas", "filipin"),
    "VN": ("vietnam", "vietnamit", "vietnamese"),
    "KP": ("corea del norte", "norcoreano"),
    "KR": ("corea del sur", "surcorean", "korean"),
    "IT": ("italia", "italian"),
    "FR": ("francia", "frances", "french", "francais"),
    "DE": ("alemania", "aleman", "german", "allemand"),
    "PT": ("portugal", "portugues", "portuguese"),
    "GB": ("reino unido", "britanic", "british"),
    "CA": ("canada", "canadiens", "canadian"),
    "EG": ("egipto", "egipci", "egyptian", "egyptien"),
    "MZ": ("mozambique", "mozambiquen", "mocambican", "mozambican"),
    "NE": ("niger", "nigerin", "nigerien"),
    "JO": ("jordania", "jordan", "jordanian", "jordanien"),
}
_ENDINGS = ("", "o", "a", "os", "as", "e", "es", "ense", "ensa", "ne", "nes")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).casefold().split())


def _build_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, words in _SPANISH.items():
        for word in words:
            folded = _fold(word)
            index.setdefault(folded, code)
            if " " not in folded:
                for ending in _ENDINGS:
                    index.setdefault(folded + ending, code)
    return index


_INDEX = _build_index()

# country names in the languages applicants write (pycountry's own translations of ISO
# 3166-1): "Colômbia", "Colombie", "Etazini", "Síria". Names only: never read as a
# demonym in running prose.
_NAME_LANGUAGES = ("es", "pt", "pt_BR", "fr", "ht")


def _build_names() -> dict[str, str]:
    import gettext

    index: dict[str, str] = {}
    for language in _NAME_LANGUAGES:
        try:
            translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
        except OSError:
            continue
        for country in pycountry.countries:
            for attribute in ("name", "common_name", "official_name"):
                english = getattr(country, attribute, None)
                if english:
                    index.setdefault(_fold(translate(english)), country.alpha_2)
    return index


_NAMES = _build_names()
# names in common English use that ISO 3166 (and so pycountry) spells otherwise or has
# retired ("Turkey" is "Türkiye", "Russia" the "Russian Federation", "Ivory Coast" "Côte
# d'Ivoire")
_NAMES.update({_fold(name): code for name, code in (
    ("Turkey", "TR"), ("Russia", "RU"), ("Swaziland", "SZ"), ("Burma", "MM"), ("Ivory Coast", "CI"),
    ("Cape Verde", "CV"), ("Macedonia", "MK"), ("Holland", "NL"), ("England", "GB"), ("Great Britain", "GB"),
    ("DR Congo", "CD"), ("DRC", "CD"), ("RDC", "CD"), ("Congo-Kinshasa", "CD"),
    ("Congo-Brazzaville", "CG"), ("East Timor", "TL"))})


# two-letter words of the applicants' languages that are also country codes: in a text
# written in capitals they are words ("DE", "ME", "ES", "NO", "IN", "IT", "DO")
_TWO_LETTER_WORDS = frozenset("de me en es la el al no si se lo un mi tu su ya te le as it is in to am be by do "
                              "go he id my or so us we ni yo et on na da em ou nu pa".split())


def country_code(text: str) -> str | None:
    """'venezolana', 'Venezuela', 'VEN', 'VE', 'Haití' -> ISO alpha-2, else None."""
    folded = _fold(text).strip(" .,;:")
    if not folded:
        return None
    if folded in _INDEX:
        return _INDEX[folded]
    if folded in _NAMES:
        return _NAMES[folded]
    raw = text.strip(" .,;:")
    if len(raw) == 2 and folded in _TWO_LETTER_WORDS:
        return None  # "SOY DE VENEZUELA": a word written in capitals, not Germany's code
    if raw.isalpha() and raw.isupper() and len(raw) in (2, 3):
        try:
            country = pycountry.countries.lookup(raw)
            return country.alpha_2
        except LookupError:
            return None
    if len(folded) > 3:
        try:
            return pycountry.countries.lookup(text.strip()).alpha_2
        except LookupError:
            pass
        return _english_demonym(raw)
    return None


# an English demonym is the country's name and a suffix ("Sri Lankan", "Nigerian",
# "Pakistani", "Syrian"): the name without it, when that is a country
_DEMONYM_ENDINGS = (("n", ""), ("ian", "ia"), ("ian", ""), ("an", ""), ("i", ""), ("ese", ""), ("ese", "o"))


def _english_demonym(text: str) -> str | None:
    lowered = text.strip().lower()
    if len(lowered) < 5 or not lowered.replace(" ", "").isalpha():
        return None
    for ending, replacement in _DEMONYM_ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 4:
            try:
                return pycountry.countries.lookup(lowered[: -len(ending)] + replacement).alpha_2
            except LookupError:
                continue
    return None


def demonym_words() -> frozenset[str]:
    """Every folded word that names a nationality (for prose like "soy venezolana")."""
    return frozenset(word for word in _INDEX if " " not in word and len(word) > 3)


# country names in the applicants' other languages, listed among the demonym stems above
# ("ayiti", "kiba": Creole; "perou": French; "brazil": English): places, not nationalities
_OTHER_NAMES = frozenset("ayiti kiba venezyela kolonbi brezil brazil perou etazini afeganistao afghanistan".split())


def _build_demonyms() -> dict[str, str]:
    names = {_fold(words[0]) for words in _SPANISH.values()} | _OTHER_NAMES
    index: dict[str, str] = {}
    for code, words in _SPANISH.items():
        for word in words[1:]:
            folded = _fold(word)
            if " " in folded:
                continue
            for ending in _ENDINGS:
                form = folded + ending
                if form not in names and len(form) > 3:
                    index.setdefault(form, code)
    return index


_DEMONYMS = _build_demonyms()


def demonym_code(text: str) -> str | None:
    """'colombiano', 'ecuatoriana' -> ISO alpha-2; a country name ('Colombia') -> None.
    For a bare word in running prose, where a country name is a place, not a nationality."""
    folded = _fold(text).strip(" .,;:")
    found = _DEMONYMS.get(folded)
    if found is None and " " in folded and len(folded) <= 30:
        found = _english_demonym(folded)  # "Sri Lankan", "South African": a country's name and a suffix
    return found


def demonym_code_folded(word: str) -> str | None:
    """`demonym_code` of a word already folded (lower case, no accents): a dictionary look-up."""
    return _DEMONYMS.get(word)
