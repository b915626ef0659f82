"""Business-day arithmetic for round16 labels (INTAKE.md section 4)."""
import datetime as dt
import tomllib
from pathlib import Path

import holidays

CFG = tomllib.loads((Path(__file__).parent / "config.toml").read_text())["calendar"]
NWD = {dt.date.fromisoformat(d) for d in CFG.get("non_working_days", [])}
CLOSE = CFG.get("office_close")
_PE = holidays.country_holidays("PE", years=range(2026, 2028))


def is_business(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in _PE and d not in NWD


def next_business(d: dt.date) -> dt.date:
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_date(received: dt.datetime) -> dt.date:
    d = received.date()
    if is_business(d):
        if CLOSE is None:
            return d
        hh, mm = map(int, CLOSE.split(":"))
        if received.time() < dt.time(hh, mm):
            return d
    return next_business(d)


def add_business(start: dt.date, n: int) -> dt.date:
    """Count n business days starting with the first business day after start."""
    d = start
    for _ in range(n):
        d = next_business(d)
    return d


def recurso_deadline(notified: dt.date) -> dt.date:
    """15th business day counted from the day after the notification."""
    return add_business(notified, 15)
