"""Business-day arithmetic of INTAKE.md section 4, with this round's config.toml."""
import datetime as dt
import tomllib
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays

_cfg = tomllib.loads((Path(__file__).parent / "config.toml").read_text())["calendar"]
LIMA = ZoneInfo(_cfg["timezone"])
NON_WORKING = {dt.date.fromisoformat(d) for d in _cfg.get("non_working_days", [])}
_close = _cfg.get("office_close")
CLOSE = dt.time.fromisoformat(_close) if _close else None
PE = holidays.country_holidays("PE", years=range(2026, 2028))


def is_business(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


def filing_day(received):
    local = received.astimezone(LIMA)
    d = local.date()
    if is_business(d) and (CLOSE is None or local.time() < CLOSE):
        return d
    return next_business(d)


def is_late(notified, filing):
    """extemporaneo: filing day after the 15th business day after notification."""
    return filing > add_business(notified, 15)
