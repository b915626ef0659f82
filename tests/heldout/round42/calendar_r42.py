"""Business-day arithmetic for round42 (INTAKE.md section 4)."""
import datetime as dt
from zoneinfo import ZoneInfo

import holidays

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 45)
NON_WORKING = {dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE = holidays.country_holidays("PE", years=range(2026, 2028))


def is_business(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    local = received.astimezone(LIMA)
    d = local.date()
    if is_business(d) and (OFFICE_CLOSE is None or local.time() < OFFICE_CLOSE):
        return d
    return next_business(d)


def add_business(d, n):
    """The n-th business day counted from the first business day after d."""
    for _ in range(n):
        d = next_business(d)
    return d


def recurso_deadline(notified):
    """Last day (15th business day counted from the day after notification)."""
    return add_business(notified, 15)
