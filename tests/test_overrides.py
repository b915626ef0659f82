"""A person's corrections (procedure, fields) make the engine decide again."""
from __future__ import annotations

import datetime as dt

import pytest

from mailbot.core.decision import DecisionEngine
from mailbot.core.model import FieldValue, Overrides, RuleHit
from mailbot.settings import settings_from_dict
from tests.mailfactory import eml

RECEIVED = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
MESA = "mesadepartes@rree.gob.pe"


@pytest.fixture(scope="module")
def engine() -> DecisionEngine:
    return DecisionEngine.from_settings(settings_from_dict({"calendar": {"office_close": "17:00"}}))


def _staff(name: str, value: str | None) -> tuple[str, FieldValue | None]:
    return name, (FieldValue(name, value, "personal:ana", "corrección manual", value) if value else None)


def test_procedure_set_by_staff_turns_triage_into_a_decision(engine):
    """GIVEN a message no rule can classify (triage)
    WHEN staff set the procedure to cambio_clave and add the missing phone
    THEN it is decided as cambio_clave, complete, with an acuse and a due date."""
    raw = eml(subject="Consulta", body="Yo, Ana María Pérez Rondón, identificada con pasaporte N° 123456789, pido ayuda.",
              to=MESA)
    before = engine.decide(raw, mailbox=MESA, received=RECEIVED)
    assert before.outcome == "triage" and before.procedure is None

    hit = RuleHit("personal/ana", "cambio_clave", "personal", "")
    after = engine.decide(raw, mailbox=MESA, received=RECEIVED,
                          overrides=Overrides("cambio_clave", hit, dict([_staff("telefono", "+51987654321")])))
    assert after.procedure == "cambio_clave"
    assert after.classification.hits[-1] == hit
    assert after.fields["telefono"].source == "personal:ana"
    assert after.missing == ()
    assert after.outcome == "acuse"
    assert after.flags == ("derivado",)  # cambio_clave lives in solicitantesrefugio@
    assert after.due_date == dt.date(2026, 12, 16)  # 8 and 9 December are holidays
    assert after.reply is not None and "Cambio de clave" in after.reply.subject


def test_removing_a_field_puts_it_back_in_missing(engine):
    """GIVEN a complete cambio_clave WHEN staff remove a wrong phone THEN telefono is missing."""
    raw = eml(subject="Cambio de clave", to="solicitantesrefugio@rree.gob.pe",
              body="Nombre completo: Ana María Pérez Rondón\nPasaporte: 123456789\nCelular: 987 654 321\n")
    complete = engine.decide(raw, received=RECEIVED)
    assert complete.outcome == "acuse"
    corrected = engine.decide(raw, received=RECEIVED, overrides=Overrides(fields=dict([_staff("telefono", None)])))
    assert corrected.missing == ("telefono",)
    assert corrected.outcome == "subsanar"


def test_unknown_procedure_is_refused(engine):
    """GIVEN an override naming no procedure of the rules WHEN deciding THEN ValueError."""
    with pytest.raises(ValueError, match="unknown procedure"):
        engine.decide(eml(subject="x", body="y"), received=RECEIVED, overrides=Overrides("no_existe"))
