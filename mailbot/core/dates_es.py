"""Dates and times written the way people in Peru write them, for reply templates.

    fecha(date(2026, 12, 11))            -> "11 de diciembre de 2026"
    fecha_larga(date(2026, 12, 11))      -> "viernes 11 de diciembre de 2026"
    hora(datetime(..., 21, 58, UTC))     -> "16:58"  (in Lima)
    fecha_hora(datetime(..., 21, 58, UTC)) -> "viernes 11 de diciembre de 2026, 16:58 (hora de Lima)"

No locale is involved (``strftime("%B")`` depends on the process' locale and would
write English month names on most servers). A datetime is first moved to the office's
zone; a naive one is taken as UTC, as `BusinessCalendar.to_local` does.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable
from zoneinfo import ZoneInfo

__all__ = ["MONTHS", "WEEKDAYS", "fecha", "fecha_larga", "hora", "fecha_hora", "jinja_filters"]

MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

LIMA = ZoneInfo("America/Lima")


def _local(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(zone)


def _day(value: dt.date | dt.datetime, zone: dt.tzinfo) -> dt.date:
    if isinstance(value, dt.datetime):
        return _local(value, zone).date()
    return value


def fecha(value: dt.date | dt.datetime, zone: dt.tzinfo = LIMA) -> str:
    """ "11 de diciembre de 2026" (day without a leading zero, month in lower case)."""
    day = _day(value, zone)
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def fecha_larga(value: dt.date | dt.datetime, zone: dt.tzinfo = LIMA) -> str:
    """ "viernes 11 de diciembre de 2026"."""
    day = _day(value, zone)
    return f"{WEEKDAYS[day.weekday()]} {fecha(day)}"


def hora(value: dt.datetime, zone: dt.tzinfo = LIMA) -> str:
    """ "16:58", 24-hour clock, in the office's zone."""
    return _local(value, zone).strftime("%H:%M")


def fecha_hora(value: dt.datetime, zone: dt.tzinfo = LIMA, zone_label: str = "hora de Lima") -> str:
    """ "viernes 11 de diciembre de 2026, 16:58 (hora de Lima)"."""
    local = _local(value, zone)
    return f"{fecha_larga(local.date())}, {hora(local, zone)} ({zone_label})"


def jinja_filters(timezone: str = "America/Lima") -> dict[str, Callable]:
    """The filters `ReplyRenderer` registers: fecha, fecha_larga, hora, fecha_hora."""
    zone = ZoneInfo(timezone)
    label = "hora de Lima" if timezone == "America/Lima" else f"hora de {timezone}"
    return {
        "fecha": lambda value: fecha(value, zone),
        "fecha_larga": lambda value: fecha_larga(value, zone),
        "hora": lambda value: hora(value, zone),
        "fecha_hora": lambda value: fecha_hora(value, zone, label),
    }
