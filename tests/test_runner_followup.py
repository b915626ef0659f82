"""Follow-ups in a thread, the subsanar deadline sweep, and the service functions."""
from __future__ import annotations

import re

import datetime as dt
import io

from sqlmodel import Session, select

from mailbot import deadlines
from mailbot.runner import IntakeRunner
from mailbot.store.db import session_scope
from mailbot.store.models import Deadline, DecisionRecord, OutboxMessage, Registro
from tests.conftest_store import CORPUS, ListSource

LIMA = dt.timezone(dt.timedelta(hours=-5))
MAILBOX = "solicitantesrefugio@rree.gob.pe"
ORIGINAL = (CORPUS / "008-cambio-clave.eml").read_bytes()  # subsanar: documento_identidad, telefono
RECEIVED = dt.datetime(2026, 11, 9, 9, 31, 15, tzinfo=LIMA)   # filing day 9 Nov, subsanar due 11 Nov


def followup(in_reply_to: str, subject: str = "RE: Restablecer contraseña", sender: str = "orianabastidas90@gmail.com") -> bytes:
    return (
        f"From: {sender}\r\nTo: {MAILBOX}\r\nSubject: {subject}\r\n"
        f"Message-ID: <followup-{abs(hash((in_reply_to, subject)))}@gmail.com>\r\n"
        f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n"
        "Date: Tue, 10 Nov 2026 10:00:00 -0500\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Buenos días, completo lo solicitado.\r\nPasaporte: 123456789\r\nTeléfono: 987 654 321\r\n"
    ).encode()


def file_original(store, settings, engine) -> tuple[IntakeRunner, Registro, OutboxMessage]:
    runner = IntakeRunner(settings, store, engine)
    runner.poll(ListSource(MAILBOX, [("orig", ORIGINAL)], internaldate=RECEIVED))
    with Session(store) as session:
        registro = session.exec(select(Registro)).one()
        reply = session.exec(select(OutboxMessage)).one()
    assert registro.outcome == "subsanar" and registro.due_date == dt.date(2026, 11, 11)
    return runner, registro, reply


def message_id_of(reply: OutboxMessage) -> str:
    return f"<{reply.idempotency_key}@rree.gob.pe>"


def test_subsanar_completed_in_time_keeps_the_filing_day(store, corpus_settings, engine):
    """GIVEN a subsanar registro WHEN the applicant answers our reply within 2 business days
    with what was missing THEN the registro is complete, filed on the original day, with a new reply."""
    runner, registro, reply = file_original(store, corpus_settings, engine)
    later = dt.datetime(2026, 11, 10, 10, 0, tzinfo=LIMA)
    report = runner.poll(ListSource(MAILBOX, [("f1", followup(message_id_of(reply)))], internaldate=later))
    assert report.results[0].state == "followup" and report.results[0].registro == registro.number
    with Session(store) as session:
        registro = session.get(Registro, registro.id)
        assert registro.outcome == "acuse" and registro.status == "open"
        assert registro.filing_date == dt.date(2026, 11, 9)
        assert registro.due_date > dt.date(2026, 11, 11)
        decision = session.get(DecisionRecord, registro.current_decision_pk)
        assert decision.merged and decision.missing == []
        kinds = {(d.kind, d.status) for d in session.exec(select(Deadline))}
        assert kinds == {("subsanar", "met"), ("resolver", "open")}
        replies = session.exec(select(OutboxMessage).order_by(OutboxMessage.id)).all()
        assert len(replies) == 2 and registro.number in replies[1].subject
        assert session.exec(select(Registro)).all() == [registro]


def test_registration_number_in_the_subject_joins_the_registro(store, corpus_settings, engine):
    """GIVEN a subsanar registro WHEN its sender writes anew with the REG number in the subject THEN it joins."""
    runner, registro, _ = file_original(store, corpus_settings, engine)
    raw = followup("", subject=f"Subsanación {registro.number}").replace(b"In-Reply-To: \r\nReferences: \r\n", b"")
    later = dt.datetime(2026, 11, 11, 9, 0, tzinfo=LIMA)
    report = runner.poll(ListSource(MAILBOX, [("f1", raw)], internaldate=later))
    assert report.results[0].state == "followup"


def test_subsanar_not_completed_is_closed_as_not_presented(store, corpus_settings, engine):
    """GIVEN a subsanar registro due 11 Nov WHEN the sweep runs on 12 Nov THEN it is closed
    as no_presentado and the applicant is told; a later completion is a new registro."""
    runner, registro, _ = file_original(store, corpus_settings, engine)
    assert deadlines.sweep(corpus_settings, store, now=dt.datetime(2026, 11, 30, 8, 0, tzinfo=LIMA)) == []  # not told yet
    with session_scope(store) as session:  # the reply went out the day it was filed
        for row in session.exec(select(OutboxMessage)):
            row.status, row.sent_at = "sent", RECEIVED
            session.add(row)
    assert deadlines.sweep(corpus_settings, store, now=dt.datetime(2026, 11, 11, 23, 0, tzinfo=LIMA)) == []
    closed = deadlines.sweep(corpus_settings, store, now=dt.datetime(2026, 11, 12, 8, 0, tzinfo=LIMA))
    assert closed == [registro.number]
    with Session(store) as session:
        assert session.get(Registro, registro.id).status == "no_presentado"
        notice = session.exec(select(OutboxMessage).where(OutboxMessage.kind == "notice")).one()
        assert registro.number in notice.subject and "no presentado" in notice.body.lower()
        assert "Faltaba:" in notice.body and "templates" not in notice.body  # the template, with what was missing
        # dates as people write them, paragraphs left to the mail client to wrap
        assert "venció el miércoles 11 de noviembre de 2026" in notice.body
        assert not re.search(r"\d{1,2}/\d{1,2}/\d{4}", notice.body)
    late = dt.datetime(2026, 11, 13, 10, 0, tzinfo=LIMA)
    reply_id = "<" + notice.idempotency_key + "@rree.gob.pe>"
    result = runner.poll(ListSource(MAILBOX, [("f1", followup(reply_id))], internaldate=late)).results[0]
    assert result.state == "filed" and result.registro != registro.number
    with Session(store) as session:
        new = session.exec(select(Registro).where(Registro.number == result.registro)).one()
        assert new.filing_date == dt.date(2026, 11, 13) and new.outcome == "acuse"


def test_demo_status_and_retry(tmp_path, corpus_settings):
    """GIVEN a fresh folder WHEN `demo` runs THEN the sample mail is filed and answered into an
    outbox Maildir, no lock file (`state.db.lock-*`) is left behind, and `status` and
    `retry` report on that store."""
    from mailbot import service

    out = io.StringIO()
    assert service.demo(corpus_settings, base=tmp_path / "demo", out=out) == 0
    summary = out.getvalue()
    assert "REG-" in summary and "ignorado" in summary and "Cuarentena: 0" in summary
    replies = list((tmp_path / "demo" / "outbox" / "new").iterdir())
    assert len(replies) == summary.count("↳ respuesta")
    assert not list((tmp_path / "demo").glob("state.db.lock-*"))
    assert service.demo(corpus_settings, base=tmp_path / "demo", out=io.StringIO()) == 0  # repeatable
    settings = service.demo_settings(corpus_settings, tmp_path / "demo")
    status = io.StringIO()
    assert service.status(settings, out=status) == 0
    assert "mesadepartes@rree.gob.pe" in status.getvalue() and "Cuarentena / quarantine: 0" in status.getvalue()
    text = io.StringIO()
    assert service.retry(settings, None, out=text) == 0 and "nothing to retry" in text.getvalue()
    assert service.retry(settings, 99, out=io.StringIO()) == 2
