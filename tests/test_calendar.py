"""Business days, filing day and deadlines (INTAKE.md section 4)."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

import mailbot.core.calendar as calendar_module
from mailbot.core.calendar import NON_WORKING_DAY_NAME, BusinessCalendar
from mailbot.settings import CalendarSettings

LIMA = ZoneInfo("America/Lima")
UTC = dt.timezone.utc
D = dt.date

# The development corpus' configuration (../shared/corpus/config.toml).
CORPUS = CalendarSettings(
    timezone="America/Lima",
    office_close=dt.time(17, 0),
    non_working_days=(D(2026, 12, 24), D(2026, 12, 31)),
)


@pytest.fixture(scope="module")
def cal() -> BusinessCalendar:
    return BusinessCalendar(CORPUS)


@pytest.fixture(scope="module")
def cal_24h() -> BusinessCalendar:
    """No office_close and no decreed non-working days: open until midnight."""
    return BusinessCalendar(CalendarSettings())


def lima(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=LIMA)


@pytest.mark.parametrize(
    ("day", "business", "name"),
    [
        (D(2026, 12, 7), True, None),  # Monday before the December holidays
        (D(2026, 12, 8), False, "Inmaculada Concepción"),
        (D(2026, 12, 9), False, "Batalla de Ayacucho"),
        (D(2026, 12, 10), True, None),
        (D(2026, 12, 24), False, NON_WORKING_DAY_NAME),  # configured, Thursday
        (D(2026, 12, 25), False, "Navidad del Señor"),
        (D(2026, 12, 26), False, None),  # Saturday
        (D(2026, 12, 27), False, None),  # Sunday
        (D(2026, 12, 31), False, NON_WORKING_DAY_NAME),  # configured
        (D(2027, 1, 1), False, "Año Nuevo"),
        (D(2027, 1, 4), True, None),
        (D(2026, 7, 23), False, "Día de la Fuerza Aérea del Perú"),  # holidays >= 0.77
        (D(2027, 6, 7), False, "Batalla de Arica y Día de la Bandera"),  # a Monday in 2027
        (D(2026, 10, 8), False, "Combate de Angamos"),
    ],
)
def test_business_day_and_holiday_name(cal, day, business, name):
    """GIVEN the corpus calendar
    WHEN a day is looked up
    THEN weekends, national holidays and configured días no laborables are not business days,
    and holidays carry their Spanish name."""
    assert cal.is_business_day(day) is business
    assert cal.holiday_name(day) == name


def test_configured_non_working_day_is_a_business_day_without_configuration(cal_24h):
    """GIVEN no non_working_days configured
    WHEN 24 December 2026 (a Thursday) is looked up
    THEN it is an ordinary business day: decreed days come only from configuration."""
    assert cal_24h.is_business_day(D(2026, 12, 24))
    assert cal_24h.holiday_name(D(2026, 12, 24)) is None


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        # the closing time, on a Monday followed by two holidays
        (lima(2026, 12, 7, 16, 59), D(2026, 12, 7)),
        (lima(2026, 12, 7, 16, 59, 59, 999999), D(2026, 12, 7)),
        (lima(2026, 12, 7, 17, 0), D(2026, 12, 10)),
        (lima(2026, 12, 7, 17, 0, 1), D(2026, 12, 10)),
        (lima(2026, 12, 7, 23, 35), D(2026, 12, 10)),
        (lima(2026, 12, 8, 8, 45), D(2026, 12, 10)),  # holiday
        (lima(2026, 12, 9, 12, 0), D(2026, 12, 10)),  # holiday
        (lima(2026, 12, 10, 0, 0), D(2026, 12, 10)),  # just after midnight
        # Christmas: 24 configured, 25 holiday, then the weekend
        (lima(2026, 12, 23, 16, 0), D(2026, 12, 23)),
        (lima(2026, 12, 23, 17, 11), D(2026, 12, 28)),
        (lima(2026, 12, 24, 9, 0), D(2026, 12, 28)),
        (lima(2026, 12, 25, 15, 40), D(2026, 12, 28)),
        # year boundary: 31 configured, 1 January holiday, then the weekend
        (lima(2026, 12, 30, 20, 51), D(2027, 1, 4)),
        (lima(2026, 12, 31, 8, 48), D(2027, 1, 4)),
        (lima(2027, 1, 1, 13, 22), D(2027, 1, 4)),
        # weekend arrivals
        (lima(2026, 11, 14, 8, 8), D(2026, 11, 16)),
        (lima(2026, 11, 15, 23, 59), D(2026, 11, 16)),
        (lima(2026, 11, 13, 17, 30), D(2026, 11, 16)),  # Friday after closing
        # 23 July 2026 (Thursday) and 7 June 2027 (Monday)
        (lima(2026, 7, 22, 17, 0), D(2026, 7, 24)),
        (lima(2026, 7, 23, 10, 0), D(2026, 7, 24)),
        (lima(2027, 6, 4, 17, 30), D(2027, 6, 8)),
        (lima(2027, 6, 7, 9, 0), D(2027, 6, 8)),
        # received as UTC: Lima is UTC-5
        (dt.datetime(2026, 11, 16, 21, 59, tzinfo=UTC), D(2026, 11, 16)),  # 16:59 Lima
        (dt.datetime(2026, 11, 16, 22, 0, tzinfo=UTC), D(2026, 11, 17)),  # 17:00 Lima
        (dt.datetime(2026, 11, 17, 3, 30, tzinfo=UTC), D(2026, 11, 17)),  # Mon 22:30 Lima
        (dt.datetime(2026, 11, 16, 3, 30, tzinfo=UTC), D(2026, 11, 16)),  # Sun 22:30 Lima
        (dt.datetime(2027, 1, 1, 2, 0, tzinfo=UTC), D(2027, 1, 4)),  # 31 Dec 21:00 Lima
        (dt.datetime(2026, 11, 16, 21, 59), D(2026, 11, 16)),  # naive = UTC
        (dt.datetime(2026, 11, 16, 22, 0), D(2026, 11, 17)),  # naive = UTC
        # another offset: 16:30 in Madrid (UTC+1) is 10:30 in Lima
        (dt.datetime(2026, 11, 16, 16, 30, tzinfo=ZoneInfo("Europe/Madrid")), D(2026, 11, 16)),
    ],
)
def test_filing_date_with_office_close(cal, received, expected):
    """GIVEN office_close 17:00 and 24 and 31 December 2026 as días no laborables
    WHEN a message is received at the given instant
    THEN the filing day is that Lima day if it is a business day before 17:00,
    otherwise the next business day."""
    assert cal.filing_date(received) == expected


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (lima(2026, 12, 7, 17, 0), D(2026, 12, 7)),
        (lima(2026, 12, 7, 23, 59, 59), D(2026, 12, 7)),
        (lima(2026, 12, 8, 0, 0), D(2026, 12, 10)),
        (lima(2026, 12, 24, 10, 0), D(2026, 12, 24)),  # not configured here
        (lima(2026, 12, 31, 23, 0), D(2026, 12, 31)),
        (dt.datetime(2027, 1, 1, 4, 59, tzinfo=UTC), D(2026, 12, 31)),  # 23:59 Lima
        (dt.datetime(2027, 1, 1, 5, 0, tzinfo=UTC), D(2027, 1, 4)),  # midnight Lima
        (lima(2026, 11, 14, 8, 0), D(2026, 11, 16)),  # Saturday
    ],
)
def test_filing_date_without_office_close(cal_24h, received, expected):
    """GIVEN no office_close (the digital mesa de partes is open 24 hours)
    WHEN a message is received on a business day at any time
    THEN it is filed that day; on other days, the next business day."""
    assert cal_24h.filing_date(received) == expected


def test_to_local_takes_naive_as_utc_and_uses_configured_zone():
    """GIVEN a calendar for America/Lima and one configured for UTC
    WHEN a naive datetime is localised
    THEN it is read as UTC and converted to the configured zone."""
    naive = dt.datetime(2026, 11, 17, 3, 30)
    assert BusinessCalendar(CORPUS).to_local(naive) == lima(2026, 11, 16, 22, 30)
    assert BusinessCalendar(CORPUS).to_local(naive).utcoffset() == dt.timedelta(hours=-5)
    in_utc = BusinessCalendar(CalendarSettings(timezone="UTC", office_close=dt.time(17, 0)))
    assert in_utc.to_local(naive).hour == 3
    assert in_utc.filing_date(naive) == D(2026, 11, 17)


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (D(2026, 12, 4), 2, D(2026, 12, 10)),  # Fri; Mon 7 is day 1, 8 and 9 holidays
        (D(2026, 12, 10), 2, D(2026, 12, 14)),  # subsanar over a weekend
        (D(2026, 12, 10), 15, D(2027, 1, 6)),  # across 24, 25, 31 Dec and 1 Jan
        (D(2026, 12, 28), 2, D(2026, 12, 30)),
        (D(2026, 12, 29), 2, D(2027, 1, 4)),  # 31 configured, 1 Jan holiday, weekend
        (D(2026, 12, 28), 15, D(2027, 1, 20)),
        (D(2026, 12, 28), 30, D(2027, 2, 10)),  # apelación
        (D(2026, 11, 23), 30, D(2027, 1, 12)),  # the example in INTAKE.md section 6
        (D(2026, 11, 2), 15, D(2026, 11, 23)),
        (D(2026, 11, 23), 5, D(2026, 11, 30)),  # autorización de viaje
        (D(2026, 7, 22), 1, D(2026, 7, 24)),  # 23 July holiday
        (D(2027, 6, 4), 1, D(2027, 6, 8)),  # 7 June 2027 holiday (Monday)
        (D(2026, 12, 7), 0, D(2026, 12, 7)),
    ],
)
def test_add_business_days(cal, start, count, expected):
    """GIVEN a filing day and a plazo in business days
    WHEN the due date is computed
    THEN counting starts the first business day after the filing day and the last one
    counted is the due date."""
    assert cal.add_business_days(start, count) == expected


def test_add_business_days_refuses_a_negative_plazo(cal):
    """GIVEN a negative plazo
    WHEN the due date is computed
    THEN ValueError is raised rather than a date in the past."""
    with pytest.raises(ValueError):
        cal.add_business_days(D(2026, 12, 7), -1)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2026, 12, 7), D(2026, 12, 10), 1),
        (D(2026, 12, 4), D(2026, 12, 10), 2),
        (D(2026, 12, 7), D(2026, 12, 7), 0),
        (D(2026, 12, 10), D(2026, 12, 7), 0),
        (D(2026, 12, 5), D(2026, 12, 6), 0),  # a weekend
        (D(2026, 12, 10), D(2027, 1, 6), 15),
        (D(2026, 12, 10), D(2027, 1, 5), 14),
    ],
)
def test_business_days_between(cal, start, end, expected):
    """GIVEN two dates
    WHEN business days between them are counted
    THEN those after start up to and including end are counted."""
    assert cal.business_days_between(start, end) == expected


@pytest.mark.parametrize("count", range(0, 45))
def test_business_days_between_inverts_add_business_days(cal, count):
    """GIVEN a start in December 2026 and any plazo
    WHEN the due date is computed and the business days up to it are counted back
    THEN the count is the plazo."""
    start = D(2026, 12, 3)
    assert cal.business_days_between(start, cal.add_business_days(start, count)) == count


@pytest.mark.parametrize(
    ("notified", "filed", "late"),
    [
        # notified Friday 2 Oct 2026; 8 Oct is a holiday: day 15 is Monday 26 Oct
        (D(2026, 10, 2), D(2026, 10, 26), False),
        (D(2026, 10, 2), D(2026, 10, 27), True),
        (D(2026, 10, 2), D(2026, 10, 5), False),
    ],
)
def test_is_late(cal, notified, filed, late):
    """GIVEN the day a denial was notified and the filing day of the recurso
    WHEN lateness is tested
    THEN it is late only when filed after the 15th business day after notification."""
    assert cal.is_late(notified, filed) is late
    assert (cal.business_days_between(notified, filed) > 15) is late


def test_holidays_are_looked_up_once_per_year(monkeypatch):
    """GIVEN a fresh calendar with a counting wrapper around holidays.country_holidays
    WHEN thousands of filing dates and deadlines in 2026 and 2027 are computed
    THEN the holidays package is asked once per year, not once per call."""
    calls: list[int] = []
    real = calendar_module.holidays.country_holidays

    def counting(*args, **kwargs):
        calls.append(kwargs.get("years"))
        return real(*args, **kwargs)

    monkeypatch.setattr(calendar_module.holidays, "country_holidays", counting)
    fresh = BusinessCalendar(CORPUS)
    start = lima(2026, 12, 1, 9, 0)
    for minutes in range(0, 60 * 24 * 30, 7):
        filed = fresh.filing_date(start + dt.timedelta(minutes=minutes))
        fresh.add_business_days(filed, 30)
    assert sorted(calls) == [2026, 2027]
