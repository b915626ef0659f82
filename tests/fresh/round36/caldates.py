"""Filing day and due date per INTAKE.md section 4, with this round's calendar."""
import datetime as dt
import holidays

OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
_PE = holidays.country_holidays("PE", years=range(2026, 2028))
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15,
         "apelacion": 30, "renuncia": 15, "prorroga_residencia": 15,
         "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}


def is_business(d):
    return d.weekday() < 5 and d not in _PE and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_date(received):
    d = received.date()
    if is_business(d) and received.time() < OFFICE_CLOSE:
        return d
    return next_business(d)


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


def due_date(filing, procedure, outcome):
    if outcome in ("acuse", "cargo"):
        return add_business(filing, PLAZO[procedure])
    if outcome == "subsanar":
        return add_business(filing, 2)
    return None


def extemporaneo(notified, filing):
    return filing > add_business(notified, 15)
