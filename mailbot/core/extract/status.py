"""What the message says about the case, not about the person: the date the denial was
notified (for `extemporaneo`), a recognised refugee's status, the expedientes quoted.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from .extractor import TextSource, tidy
from .normalise import DATE, _month, parse_date, rx
from .vocabulary import fold_text


# the notification, however it is phrased: "notificada el 2 de octubre de 2026", "me la
# notificaron por correo electrónico el 02/10/2026", "fui notificado ... con fecha ...":
# the first date within the same sentence after a word of notifying
_NOTIFY_WORD = re.compile(r"\b(?:notific\w{0,12}|notified|notifi[ée]e?s?|notifye)\b", re.IGNORECASE)
_DATE_IN_TEXT = re.compile(DATE, re.IGNORECASE)
_NO_YEAR = re.compile(
    r"(?<![\d/])(?:(\d{1,2})(?:\s{0,3}(?:°|º|ro|er)(?=\s))?\s{0,3}(?:\s(?:de|del)\s{1,3}|[\s/-])\s{0,3}([^\W\d_]{3,10})\.?"
    r"|(\d{1,2})\s{0,3}/\s{0,3}(\d{1,2}))(?!\s{0,3}(?:(?:de|del)\s{1,3})?[/.-]?\s{0,3}\d)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n\s*\n")

RECOGNISED_REFUGEE = rx(
    r"refugiad[oa]s?\s+reconocid[oa]|reconocid[oa]\s+como\s+refugiad[oa]|"
    r"condici[oó]n\s+de\s+refugiad[oa]\s+que\s+me\s+fue\s+reconocid[oa]|"
    r"me\s+(?:fue\s+)?reconoci[oó]\s+(?:la\s+)?condici[oó]n\s+de\s+refugiad[oa]|"
    r"en\s+mi\s+condici[oó]n\s+de\s+refugiad[oa]|en\s+calidad\s+de\s+refugiad[oa]|"
    # "tengo reconocida la condición de refugiado", "se me reconoció el estatus de refugiada"
    r"reconocid[oa]\s+(?:la\s+|el\s+|mi\s+)?(?:condici[oó]n|calidad|estatus|status)\s+de\s+refugiad[oa]|"
    r"reconoci[oó]\s+(?:la\s+|el\s+|mi\s+)?(?:condici[oó]n|calidad|estatus|status)\s+de\s+refugiad[oa]|"
    r"recogni[sz]ed\s+(?:as\s+(?:an?\s+)?)?refugee|refugee\s+status\s+(?:was\s+)?(?:granted|recogni[sz]ed)|"
    # Portuguese, French, Haitian Creole
    r"refugiad[oa]\s+reconhecid[oa]|reconhecid[oa]\s+como\s+refugiad[oa]|r[eé]fugi[eé]e?\s+reconnue?|"
    r"reconnue?\s+comme\s+r[eé]fugi[eé]e?|statut\s+de\s+r[eé]fugi[eé]e?|refijye\s+rek[oò]n[eè]t|"
    r"carn[eé]t?\s+de\s+extranjer[ií]a\s+(?:de\s+)?refugiad[oa]"
)



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
    `received` (the day the message arrived), when that is known. Receiving words count
    too when the sentence names the resolution ("la resolución me la entregaron el ...",
    "I received the decision on ...")."""
    for source in tidy(sources):
        text = source.text
        for word in _notifying_words(text):
            window = text[word.end():word.end() + 160]
            end = _SENTENCE_END.search(window)
            window = window[:end.start()] if end else window
            match = _DATE_IN_TEXT.search(window)
            if match:
                day = parse_date(match.group(), received)
                if day:
                    return day
            match = _NO_YEAR.search(window) if received else None
            if match:
                day, month = (int(match[1]), _month(match[2])) if match[1] else (int(match[3]), int(match[4]))
                if month:
                    return _latest_on_or_before(day, month, received)
            day = _date_just_before(text, word.start(), received)
            if day:
                return day
    return None


# what may stand between a date and the notifying word after it ("El 13 de noviembre del
# 2026 se me notificó", "con fecha 05/11/2026 fui notificado", "on 3 March I was notified")
_BEFORE_NOTIFYING = re.compile(r"[\s,]*(?:(?:se|me|le|la|lo|nos|fui|fue|fuimos|he|ha|sido|i|was|were|have|been|"
                               r"je|j|ai|été|ete|fomos)[\s,']+){0,4}$", re.IGNORECASE)


def _date_just_before(text: str, at: int, received: dt.date | None) -> dt.date | None:
    """A date that ends right before the notifying word, in the same sentence, only
    pronouns and auxiliaries between ("El 13 de noviembre del 2026 se me notificó")."""
    before = text[max(0, at - 80):at]
    ends = list(_SENTENCE_END.finditer(before))
    before = before[ends[-1].end():] if ends else before
    last = None
    for last in _DATE_IN_TEXT.finditer(before):
        pass
    if last is None or not _BEFORE_NOTIFYING.match(before, last.end()):
        return None
    return parse_date(last.group(), received)


# receiving the resolution: "recibí la resolución el ...", "me la entregaron el ...",
# "I received the decision on ...", "recebi a decisão em ..."
_RECEIVE_WORD = re.compile(r"\b(?:recib\w{0,8}|entreg\w{0,10}|lleg[oó]|received|got|re[çc]ue?s?|receb\w{0,6}|resevwa)\b",
                           re.IGNORECASE)
_RESOLUTION_WORD = re.compile(r"\b(?:resoluci[oó]n|decisi[oó]n|decision|decis[aã]o|d[eé]cision|desizyon|rezolisyon|"
                              r"denegatoria|negativa)\b", re.IGNORECASE)


def _notifying_words(text: str) -> list[re.Match]:
    """Words of notifying, and words of receiving in a sentence that names the
    resolution, in the order of the text."""
    found = list(_NOTIFY_WORD.finditer(text))
    for word in _RECEIVE_WORD.finditer(text):
        before = text[max(0, word.start() - 160):word.start()]
        ends = list(_SENTENCE_END.finditer(before))
        start = ends[-1].end() if ends else 0
        after = text[word.end():word.end() + 160]
        end = _SENTENCE_END.search(after)
        sentence = before[start:] + " " + (after[:end.start()] if end else after)
        if _RESOLUTION_WORD.search(sentence):
            found.append(word)
    return sorted(found, key=lambda m: m.start())


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
    # (every wording of the status holds "refug" or Creole "refij", accents folded: a
    # source without either needs no closer look)
    named = [source for source in sources if any(word in fold_text(source.text) for word in ("refug", "refij"))]
    return any(_states_status(source.text) for source in tidy(named))
