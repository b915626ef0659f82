"""Calendar rules of INTAKE.md section 4, with round14's config.toml."""
import datetime as dt
import tomllib
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays

_cfg = tomllib.loads((Path(__file__).parent / "config.toml").read_text())["calendar"]
TZ = ZoneInfo(_cfg["timezone"])
CLOSE = dt.time.fromisoformat(_cfg["office_close"]) if _cfg.get("office_close") else None
NWD = {dt.date.fromisoformat(d) for d in _cfg.get("non_working_days", [])}
PE = holidays.country_holidays("PE", years=range(2025, 2029))


def is_business(d):
    return d.weekday() < 5 and d not in PE and d not in NWD


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def add_business(d, n):
    """The n-th business day counted from the first business day after d."""
    for _ in range(n):
        d = next_business(d)
    return d


def filing_date(received):
    local = received.astimezone(TZ)
    d = local.date()
    if is_business(d) and (CLOSE is None or local.time() < CLOSE):
        return d
    return next_business(d)


def extemporaneo(notified, filing):
    return filing > add_business(notified, 15)
