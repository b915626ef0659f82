"""The subsanar plazo counts from the reply actually sent (INTAKE.md §4), over real SMTP."""
from __future__ import annotations

import dataclasses
import datetime as dt
import email
import re
from email import policy

from sqlmodel import Session, select

from mailbot import deadlines
from mailbot.core.calendar import BusinessCalendar
from mailbot.core.dates_es import fecha_larga
from mailbot.runner import IntakeRunner
from mailbot.sender import Sender
from mailbot.settings import MailboxSettings, SmtpSettings
from mailbot.store.models import Deadline, OutboxMessage, Registro
from tests.conftest_store import CORPUS, ListSource

LIMA = dt.timezone(dt.timedelta(hours=-5))
MAILBOX = "solicitantesrefugio@rree.gob.pe"
SUBSANAR = (CORPUS / "008-cambio-clave.eml").read_bytes()  # subsanar: documento_identidad, telefono
# an outage: mail of the last weeks arrives at once, read on Monday 30 Nov 2026
RECEIVED = [dt.datetime(2026, 11, day, 9, 30, tzinfo=LIMA) for day in (2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17)]
RESTART = dt.datetime(2026, 11, 30, 10, 0, tzinfo=LIMA)


def backlog() -> list[tuple[str, bytes]]:
    messages = []
    for index, _ in enumerate(RECEIVED):
        raw = SUBSANAR.replace(b"Message-ID: <", f"Message-ID: <backlog{index}-".encode(), 1)
        raw = raw.replace(b"From: ", f"From: persona{index}.".encode(), 1) if b"From: " in raw else raw
        messages.append((f"u{index}", raw))
    return messages


def test_a_backlog_of_subsanar_mail_gets_two_business_days_after_the_reply(store, corpus_settings, engine, smtp_server):
    """GIVEN subsanar mail of past weeks, filed after an outage WHEN the replies go out on
    30 Nov and the sweep runs THEN every reply and deadline row says 2 business days after
    30 Nov, nothing is closed as no presentado before that, and it is closed the day after."""
    settings = dataclasses.replace(corpus_settings, smtp=SmtpSettings(
        kind="smtp", host=smtp_server.host, port=smtp_server.port, timeout_seconds=5))
    runner = IntakeRunner(settings, store, engine)
    dates = dict(zip([uid for uid, _ in backlog()], RECEIVED))
    runner.poll(ListSource(MAILBOX, backlog(), internaldate=lambda uid: dates[uid]))
    with Session(store) as session:
        registros = session.exec(select(Registro)).all()
        assert len(registros) == len(RECEIVED) and {r.outcome for r in registros} == {"subsanar"}
        assert all(r.due_date < RESTART.date() for r in registros)  # provisional, from the filing day

    # the same pass: the sweep before the replies are sent closes nothing
    assert deadlines.sweep(settings, store, now=RESTART) == []
    assert Sender(settings, store, clock=lambda: RESTART).send_due().sent == len(RECEIVED)
    due = BusinessCalendar(settings.calendar).add_business_days(RESTART.date(), 2)
    assert due == dt.date(2026, 12, 2)
    bodies = [email.message_from_bytes(m.data, policy=policy.default).get_body(("plain",)).get_content()
              for m in smtp_server.recorder.messages]
    assert len(bodies) == len(RECEIVED)
    for body in bodies:
        assert f"a más tardar el {fecha_larga(due)}" in body, body
    with Session(store) as session:
        assert {d.due_date for d in session.exec(select(Deadline).where(Deadline.kind == "subsanar"))} == {due}
        assert {r.due_date for r in session.exec(select(Registro))} == {due}

    assert deadlines.sweep(settings, store, now=dt.datetime(2026, 12, 2, 23, 0, tzinfo=LIMA)) == []
    with Session(store) as session:
        assert session.exec(select(OutboxMessage).where(OutboxMessage.kind == "notice")).all() == []
    closed = deadlines.sweep(settings, store, now=dt.datetime(2026, 12, 3, 8, 0, tzinfo=LIMA))
    assert len(closed) == len(RECEIVED)


def test_check_keeps_the_filing_day_assumption(engine):
    """GIVEN a subsanar message WHEN decided with no reply sent (as `mailbot check`)
    THEN its due date is 2 business days after the filing day."""
    received = dt.datetime(2026, 11, 9, 9, 31, tzinfo=LIMA)
    decision = engine.decide(SUBSANAR, file="x", mailbox=MAILBOX, received=received)
    assert decision.outcome == "subsanar" and decision.due_date == dt.date(2026, 11, 11)


def test_a_reply_comes_from_the_mailbox_that_received_the_message(store, corpus_settings, engine, smtp_server):
    """GIVEN mail received at two mailboxes, one with `reply_from` set WHEN the replies are sent
    over SMTP THEN each comes From (header and envelope) its own mailbox, or its reply_from."""
    other = "refugiados@rree.gob.pe"
    mailboxes = (MailboxSettings(address=MAILBOX, path="unused"),
                 MailboxSettings(address=other, path="unused", reply_from="respuestas@rree.gob.pe"))
    settings = dataclasses.replace(corpus_settings, mailboxes=mailboxes, smtp=SmtpSettings(
        kind="smtp", host=smtp_server.host, port=smtp_server.port, timeout_seconds=5))
    runner = IntakeRunner(settings, store, engine)
    when = dt.datetime(2026, 11, 9, 9, 30, tzinfo=LIMA)
    runner.poll(ListSource(MAILBOX, [("a", SUBSANAR)], internaldate=when))
    raw = SUBSANAR.replace(b"Message-ID: <", b"Message-ID: <other-", 1)
    runner.poll(ListSource(other, [("b", raw)], internaldate=when))
    assert Sender(settings, store, clock=lambda: when).send_due().sent == 2
    sent = {m.envelope_from: email.message_from_bytes(m.data, policy=policy.default)["From"]
            for m in smtp_server.recorder.messages}
    assert set(sent) == {MAILBOX, "respuestas@rree.gob.pe"}
    assert all(envelope in header for envelope, header in sent.items())
