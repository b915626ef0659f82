"""Business days of the office: filing day and deadlines (INTAKE.md section 4).

A business day (día hábil) is Monday to Friday, not a national holiday of Peru (the
`holidays` package, country ``PE``) and not a día no laborable listed in
``calendar.non_working_days``. Everything is computed in the configured zone
(``America/Lima``), so a message received at 03:30 UTC on a Tuesday was received on
Monday evening in Lima.

Worked example with ``office_close = 17:00`` (the development corpus' configuration)::

    cal = BusinessCalendar(CalendarSettings(office_close=dt.time(17, 0)))
    cal.filing_date(datetime(2026, 12, 7, 17, 0, tzinfo=LIMA))  # Monday, at closing
        -> date(2026, 12, 10)          # 8 and 9 December are holidays
    cal.add_business_days(date(2026, 12, 10), 2)                # subsanar plazo
        -> date(2026, 12, 14)

Decisions run thousands of times a second, so every answer is cached: holidays per
year, the business-day test per date, deadlines per (start, count). A calendar is
immutable once built; build a new one when the configuration changes.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import holidays

from mailbot.settings import CalendarSettings

__all__ = ["BusinessCalendar", "NON_WORKING_DAY_NAME"]

NON_WORKING_DAY_NAME = "Día no laborable para el sector público"
"""Name given by `holiday_name` to a day listed in ``calendar.non_working_days``."""

_ONE_DAY = dt.timedelta(days=1)
_SATURDAY = 5


class BusinessCalendar:
    """Peru's business days as the office counts them, with the configured extras.

    Example: ``BusinessCalendar(settings.calendar).filing_date(received)``.
    """

    def __init__(self, settings: CalendarSettings) -> None:
        self.settings = settings
        self.zone = ZoneInfo(settings.timezone)
        self.office_close: dt.time | None = settings.office_close
        self._non_working: frozenset[dt.date] = frozenset(settings.non_working_days)
        self._holidays_by_year: dict[int, dict[dt.date, str]] = {}
        self._is_business: dict[dt.date, bool] = {}
        self._next_business: dict[dt.date, dt.date] = {}
        self._added: dict[tuple[dt.date, int], dt.date] = {}

    # -- what a day is ---------------------------------------------------------------

    def _holidays(self, year: int) -> dict[dt.date, str]:
        table = self._holidays_by_year.get(year)
        if table is None:
            national = holidays.country_holidays("PE", years=year, language="es")
            table = dict(national.items())
            self._holidays_by_year[year] = table
        return table

    def national_holidays(self, year: int) -> dict[dt.date, str]:
        """Peru's national holidays of `year` (date -> Spanish name), as the calendar counts them.

        Example: ``date(2026, 7, 28) in national_holidays(2026)``.
        """
        return dict(self._holidays(year))

    def holiday_name(self, day: dt.date) -> str | None:
        """The national holiday's Spanish name, or the configured non-working day's, else None.

        Example: ``holiday_name(date(2026, 12, 9)) == "Batalla de Ayacucho"``.
        """
        name = self._holidays(day.year).get(day)
        if name is not None:
            return name
        if day in self._non_working:
            return NON_WORKING_DAY_NAME
        return None

    def is_business_day(self, day: dt.date) -> bool:
        """Monday to Friday, not a national holiday, not a configured día no laborable."""
        answer = self._is_business.get(day)
        if answer is None:
            answer = (
                day.weekday() < _SATURDAY
                and day not in self._non_working
                and day not in self._holidays(day.year)
            )
            self._is_business[day] = answer
        return answer

    def next_business_day(self, day: dt.date) -> dt.date:
        """The first business day strictly after `day`."""
        found = self._next_business.get(day)
        if found is None:
            found = day + _ONE_DAY
            while not self.is_business_day(found):
                found += _ONE_DAY
            self._next_business[day] = found
        return found

    # -- receiving and filing --------------------------------------------------------

    def to_local(self, received: dt.datetime) -> dt.datetime:
        """`received` in the office's zone; a naive datetime is taken as UTC."""
        if received.tzinfo is None or received.utcoffset() is None:
            received = received.replace(tzinfo=dt.timezone.utc)
        return received.astimezone(self.zone)

    def filing_date(self, received: dt.datetime) -> dt.date:
        """The day the filing counts as presented (fecha de presentación).

        The local day received when it is a business day and, if ``office_close`` is
        set, the local time is strictly before it; otherwise the next business day.
        Without ``office_close`` a business day lasts until midnight.
        """
        local = self.to_local(received)
        day = local.date()
        if self.is_business_day(day) and (
            self.office_close is None or local.time() < self.office_close
        ):
            return day
        return self.next_business_day(day)

    # -- counting plazos -------------------------------------------------------------

    def add_business_days(self, start: dt.date, count: int) -> dt.date:
        """The due date of a plazo of `count` business days from filing day `start`.

        Counting starts with the first business day after `start`; the last one
        counted is the due date. ``count == 0`` gives `start` itself.

        Example: ``add_business_days(date(2026, 12, 4), 2) == date(2026, 12, 10)``
        (Friday; Monday 7 is day 1, 8 and 9 December are holidays, Thursday 10 is day 2).
        """
        if count < 0:
            raise ValueError(f"a plazo cannot be negative: {count}")
        key = (start, count)
        due = self._added.get(key)
        if due is None:
            due = start
            for _ in range(count):
                due = self.next_business_day(due)
            self._added[key] = due
        return due

    def business_days_between(self, start: dt.date, end: dt.date) -> int:
        """How many business days fall after `start` up to and including `end`.

        0 when `end` is not after `start`. For a business day `end`,
        ``business_days_between(a, end) > n`` iff ``end > add_business_days(a, n)``.
        """
        count = 0
        day = start
        while True:
            day = self.next_business_day(day)
            if day > end:
                return count
            count += 1

    def is_late(self, notified: dt.date, filed: dt.date, plazo: int = 15) -> bool:
        """True when `filed` is after the `plazo`-th business day following `notified`.

        The test of the ``extemporaneo`` flag for a recurso (plazo 15, INTAKE.md 4).
        """
        return filed > self.add_business_days(notified, plazo)
