"""Business-day arithmetic for round37 labels (INTAKE.md section 4)."""
import datetime as dt
from zoneinfo import ZoneInfo

import holidays

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 10, 30), dt.date(2026, 11, 20)}
_PE = holidays.country_holidays("PE", years=[2026, 2027])


def is_business(d):
    return d.weekday() < 5 and d not in _PE and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_date(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_business(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_business(d)


def add_business(d, n):
    """The n-th business day counted from the first business day after d."""
    for _ in range(n):
        d = next_business(d)
    return d


def is_late(notified, filed):
    return filed > add_business(notified, 15)


if __name__ == "__main__":
    # hand checks
    r = dt.datetime(2026, 10, 7, 17, 30, tzinfo=LIMA)  # Wed after close; Thu holiday, Fri non-working
    assert filing_date(r) == dt.date(2026, 10, 12), filing_date(r)
    assert filing_date(dt.datetime(2026, 10, 1, 16, 29, 59, tzinfo=LIMA)) == dt.date(2026, 10, 1)
    assert filing_date(dt.datetime(2026, 10, 3, 11, 0, tzinfo=LIMA)) == dt.date(2026, 10, 5)
    # 15 business days after Thu 1 Oct: Oct 2,5,6,7,12,13,14,15,16,19,20,21,22,23,26 -> 26 Oct
    assert add_business(dt.date(2026, 10, 1), 15) == dt.date(2026, 10, 26)
    # 2 business days after Wed 7 Oct: Oct 12, 13
    assert add_business(dt.date(2026, 10, 7), 2) == dt.date(2026, 10, 13)
    # notified Tue 15 Sep: 16,17,18,21,22,23,24,25,28,29,30,Oct1,2,5,6 -> deadline Oct 6
    assert add_business(dt.date(2026, 9, 15), 15) == dt.date(2026, 10, 6)
    # 15 bd after Mon 12 Oct: 13,14,15,16,19,20,21,22,23,26,27,28,29,(30 nw),Nov 2,3 -> Nov 3
    assert add_business(dt.date(2026, 10, 12), 15) == dt.date(2026, 11, 3)
    print("calendar checks ok")
