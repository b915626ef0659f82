"""What staff read: codes as Spanish words, one row per rule hit, rule statistics per
message, the mailboxes that cannot be read on the queue pages (issue 10)."""
from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from mailbot.store import session_scope
from mailbot.store.models import DecisionRecord, MailboxState, Registro, RuleHitRecord
from mailbot.web import labels
from mailbot.web.routes_ops import rule_stats
from tests.test_web_support import (  # noqa: F401 - fixtures
    client, corpus_store_template, login, web_app, web_settings,
)


def test_a_mailbox_that_cannot_be_read_is_on_the_queue_pages(client, web_app):
    """GIVEN a mailbox whose last three polls failed WHEN a clerk opens a queue or searches
    THEN the page says which mailbox, since when, how many in a row and the error."""
    since = dt.datetime(2026, 12, 3, 14, 5, tzinfo=dt.timezone.utc)
    with session_scope(web_app.state.db) as session:
        session.merge(MailboxState(mailbox="refugiados@rree.gob.pe", last_error="el servidor rechazó el usuario o la "
                                   "contraseña (AUTHENTICATIONFAILED)", error_since=since, error_count=3))
    login(client, "ana")
    for path in ("/colas/triage", "/buscar?q=REG"):
        page = client.get(path).text
        assert "Buzones que no se pudieron leer" in page
        assert "refugiados@rree.gob.pe" in page and "3 lectura(s) fallida(s) seguidas" in page
        assert "AUTHENTICATIONFAILED" in page and "3 de diciembre de 2026" in page
    with session_scope(web_app.state.db) as session:
        state = session.get(MailboxState, "refugiados@rree.gob.pe")
        state.last_error, state.error_since, state.error_count = "", None, 0
        session.add(state)
    assert "Buzones que no se pudieron leer" not in client.get("/colas/triage").text


def test_one_row_per_rule_hit_and_statistics_count_messages(client, web_app):
    """GIVEN a decision whose rule matched its subject three times WHEN the registro page
    and the rule statistics are read THEN the rule has one row, with each text it matched,
    and counts the message once."""
    with Session(web_app.state.db) as session:
        registro = session.exec(select(Registro).where(Registro.current_decision_pk.is_not(None))
                                .order_by(Registro.id)).first()
        hit = session.exec(select(RuleHitRecord).where(RuleHitRecord.decision_pk == registro.current_decision_pk)).first()
        today = session.get(DecisionRecord, registro.current_decision_pk).created_at.date()
        before = rule_stats(session, 520, today)[1][hit.rule]
    with session_scope(web_app.state.db) as session:
        for matched in (hit.matched, "otra coincidencia"):
            session.add(RuleHitRecord(decision_pk=hit.decision_pk, rule=hit.rule, procedure=hit.procedure,
                                      location=hit.location, matched=matched))
    with Session(web_app.state.db) as session:
        assert rule_stats(session, 520, today)[1][hit.rule] == before
    login(client, "ana")
    page = client.get(f"/registro/{registro.number}").text
    assert page.count(f"<code>{hit.rule}</code>") == 1
    assert "otra coincidencia" in page


def test_audit_changes_read_as_field_before_and_after():
    detail = {"user": "ana", "role": "staff", "before": {"procedure": None, "flags": ["verificar_firma"]},
              "after": {"procedure": "apelacion", "flags": []}}
    assert labels.cambios(detail) == ["trámite: – → apelacion", "marcas: verificar firma → –"]
    assert labels.actor(detail) == "ana (personal)"
    assert labels.actor({"due_date": "2026-12-10"}) == "sistema"
    assert labels.actor({"user": "cli", "role": "cli"}) == "línea de comandos"
    assert labels.cambios({"due_date": "2026-12-10", "user": None}) == ["vence: 2026-12-10"]


def test_every_code_word_has_a_spanish_word():
    assert labels.palabra("not_required", "firma") == "no se requiere firma"
    assert labels.palabra("deadline_opened", "accion") == "plazo abierto"
    assert labels.palabra("adjunto:carta.pdf", "fuente") == "adjunto «carta.pdf»"
    assert labels.palabra(None, "estado") == "–"
    assert labels.palabra("unknown_code", "estado") == "unknown_code"  # shown, never hidden
