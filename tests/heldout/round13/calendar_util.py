"""Business-day arithmetic for round13 labels (INTAKE.md section 4)."""
import datetime as dt
import holidays

OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
_PE = holidays.country_holidays("PE", years=[2026, 2027])


def is_business(d):
    return d.weekday() < 5 and d not in _PE and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    d = received.date()
    if is_business(d) and received.time() < OFFICE_CLOSE:
        return d
    return next_business(d)


def add_business(start, n):
    """Count n business days starting with the first business day after start."""
    d = start
    for _ in range(n):
        d = next_business(d)
    return d


def is_late(notified, filing):
    return filing > add_business(notified, 15)
