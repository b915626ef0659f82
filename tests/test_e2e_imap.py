"""End to end against a private Dovecot and an aiosmtpd server, on SQLite and PostgreSQL.

GIVEN every corpus message APPENDed to the INBOX of its labelled mailbox (INTERNALDATE
the labelled receipt time), WHEN the worker runs once (`mailbot run --once`: the three
IMAP accounts, the SMTP server, a fresh store, the corpus calendar), THEN every message
is filed once; every non-ignorado one is answered exactly once over SMTP, the subject
naming its outcome and procedure and carrying the registration number the store gave
it, the body stating the due date in Spanish (a subsanar's: 2 business days after the
reply is sent, today, when the labelled date has passed); ignorado messages get no reply;
the INBOXes are empty and the processed folders hold everything.
"""
from __future__ import annotations

import datetime as dt
import io

import pytest
from sqlmodel import Session, func, select

from mailbot import deadlines, service
from mailbot.core.calendar import BusinessCalendar
from mailbot.core.dates_es import fecha
from mailbot.store import open_engine
from mailbot.store.models import Message, OutboxMessage, Quarantine, Registro, SourceReceipt
from tests.intake_support import (
    LABELS, PROCESSED, REGISTRO, USERS, body_text, corpus_bytes, deliver_corpus, folder_count,
    intake_settings, message_id_of, replies_by_key, user_of,
)

pytestmark = [pytest.mark.imap, pytest.mark.smtp]

# The subject each outcome's template writes before the procedure's title.
SUBJECT_BY_OUTCOME = {
    "acuse": "Acuse de recibo – {title}",
    "cargo": "Cargo de recepción – {title}",
    "subsanar": "Falta información – {title}",
    "portal": "Trámite en línea – {title}",
    "suspendido": "Trámite suspendido – {title}",
    "triage": "Acuse de recibo – Mesa de Partes Virtual",
}


def expected_subject(engine, label: dict) -> str:
    procedure = engine.rules.procedures.get(label["procedure"]) if label["procedure"] else None
    return SUBJECT_BY_OUTCOME[label["outcome"]].format(title=procedure.title if procedure else "")


def test_every_corpus_message_is_filed_once_and_answered_once(
        db_url, dovecot, smtp_server, corpus_settings, engine):
    settings = intake_settings(corpus_settings, dovecot, smtp_server, db_url)
    delivered = deliver_corpus(dovecot)
    assert sum(delivered.values()) == len(LABELS)

    out = io.StringIO()
    assert service.run(settings, once=True, out=out) == 0, out.getvalue()

    db = open_engine(db_url)
    try:
        with Session(db) as session:
            # Filed once: one Message per corpus file, every receipt filed, nothing quarantined.
            assert session.exec(select(func.count()).select_from(Message)).one() == len(LABELS)
            assert session.exec(select(func.count()).select_from(Quarantine)).one() == 0
            states = session.exec(select(SourceReceipt.state)).all()
            assert len(states) == len(LABELS) and set(states) == {"filed"}
            messages = {m.message_id: m for m in session.exec(select(Message))}
            registros = {r.id: r for r in session.exec(select(Registro))}
            owed = [name for name, label in LABELS.items() if label["outcome"] != "ignorado"]
            assert len(registros) == len(owed)
            for year in {r.year for r in registros.values()}:  # gapless, per year
                sequences = sorted(r.sequence for r in registros.values() if r.year == year)
                assert sequences == list(range(1, len(sequences) + 1)), year
            outbox = session.exec(select(OutboxMessage)).all()
        today = deadlines.today_in(settings)
    finally:
        db.dispose()

    replies = replies_by_key(smtp_server)
    calendar = BusinessCalendar(settings.calendar)
    # Replies are keyed `<content key>.r`; expired subsanar notices `<REG>.no-presentado`.
    reply_keys = {key for key in replies if key.endswith(".r")}
    assert len(reply_keys) == len(owed)
    assert all(len(copies) == 1 for copies in replies.values()), "a message arrived twice"
    by_in_reply_to = {str(copies[0]["In-Reply-To"]).strip(): copies[0]
                      for key, copies in replies.items() if key.endswith(".r")}

    for name, label in sorted(LABELS.items()):
        message_id = message_id_of(corpus_bytes(name))
        message = messages[message_id]
        reply = by_in_reply_to.get(message_id)
        if label["outcome"] == "ignorado":
            assert message.registro_id is None and reply is None, name
            continue
        registro = registros[message.registro_id]
        assert registro.outcome == label["outcome"], name
        assert reply is not None, f"{name}: no reply reached the SMTP server"
        subject = str(reply["Subject"])
        assert REGISTRO.findall(subject) == [registro.number], (name, subject)
        assert subject.startswith(expected_subject(engine, label)), (name, subject)
        assert str(reply["To"]).lower().endswith(message.sender.lower()), name
        assert str(reply["Auto-Submitted"]) == "auto-replied"
        due = label["due_date"]
        if label["outcome"] == "subsanar":  # 2 business days from the reply sent today (INTAKE.md §4)
            due = max(dt.date.fromisoformat(due), calendar.add_business_days(today, 2)).isoformat()
        assert (registro.due_date.isoformat() if registro.due_date else None) == due, name
        if due is not None:
            assert fecha(registro.due_date) in body_text(reply), (name, body_text(reply)[:400])

    # The only other messages: notices for subsanar whose 2 days ran out before today (none:
    # the plazo counts from the reply).
    notices = {key for key in replies if not key.endswith(".r")}
    expired = {r.number for r in registros.values() if r.outcome == "subsanar" and r.due_date < today}
    assert notices == {f"{number}.no-presentado" for number in expired}
    assert len(outbox) == len(owed) + len(expired)
    assert {row.status for row in outbox} == {"sent"}

    for user in USERS:
        assert folder_count(dovecot, user, "INBOX") == 0, user
        assert folder_count(dovecot, user, PROCESSED) == delivered[user], user
    assert set(delivered) == {user_of(label["mailbox"]) for label in LABELS.values()}
