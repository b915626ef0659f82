"""The sender: outbox rows to an outbox Maildir and over SMTP (aiosmtpd), exactly once."""
from __future__ import annotations

import dataclasses
import datetime as dt
import email
import json
import mailbox
from email import policy

import pytest
from sqlmodel import Session, select

from mailbot.runner import IntakeRunner
from mailbot.sender import MaildirOutbox, Sender, build_message
from mailbot.settings import Settings, SmtpSettings
from mailbot.store import filing, session_scope
from mailbot.store.models import AuditEvent, OutboxMessage
from tests.conftest_store import CORPUS, ListSource

NOW = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.timezone.utc)


class Clock:
    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def queue(store, count: int = 3, to: str = "ana{}@example.org") -> list[str]:
    keys = []
    with session_scope(store) as session:
        for index in range(count):
            key = f"k{index:04d}.r"
            filing.enqueue(session, key=key, kind="reply", registro=None, to_address=to.format(index),
                           from_address="mesadepartes@rree.gob.pe", subject=f"Acuse REG-2026-{index:06d}",
                           body="Su solicitud fue recibida.\n", in_reply_to=f"<orig{index}@example.org>",
                           references=f"<orig{index}@example.org>")
            keys.append(key)
    return keys


def smtp_settings(server, **changes) -> Settings:
    smtp = SmtpSettings(kind="smtp", host=server.host, port=server.port, timeout_seconds=5, **changes)
    return Settings(smtp=smtp)


def statuses(store) -> dict[str, str]:
    with Session(store) as session:
        return {row.idempotency_key: row.status for row in session.exec(select(OutboxMessage))}


def test_maildir_outbox_delivers_each_row_once(store, tmp_path):
    """GIVEN 3 queued replies WHEN sent to an outbox Maildir, twice THEN 3 files, all marked sent."""
    keys = queue(store)
    outbox = tmp_path / "outbox"
    settings = Settings(smtp=SmtpSettings(kind="maildir", outbox_path=str(outbox)))
    assert Sender(settings, store).send_due().sent == 3
    assert Sender(settings, store).send_due().sent == 0
    messages = list(mailbox.Maildir(outbox, create=False))
    assert sorted(m["X-Mailbot-Key"] for m in messages) == keys
    assert statuses(store) == {key: "sent" for key in keys}


def test_maildir_outbox_after_a_crash_between_delivery_and_commit(store, tmp_path):
    """GIVEN a row left in "sending" whose file was written (a crash before the commit)
    and one whose file was not WHEN a new sender runs THEN one file each, both sent."""
    keys = queue(store, 2)
    outbox = MaildirOutbox(tmp_path / "outbox")
    with session_scope(store) as session:
        for row in session.exec(select(OutboxMessage)):
            row.status, row.claimed_by = "sending", "dead-run"
            session.add(row)
    with Session(store) as session:
        first = session.exec(select(OutboxMessage).where(OutboxMessage.idempotency_key == keys[0])).one()
    from mailbot.sender import build_message

    outbox.deliver(first.idempotency_key, first.from_address, first.to_address, build_message(first))
    report = Sender(Settings(), store, transport=outbox).send_due()
    assert report.recovered == 2 and report.sent == 2
    assert len(list((tmp_path / "outbox" / "new").iterdir())) == 2
    with Session(store) as session:
        actions = [e.action for e in session.exec(select(AuditEvent).where(AuditEvent.entity == "outbox"))]
    assert "delivered_before_crash" in actions and "resent_after_crash" in actions


def test_a_message_with_attachments_is_built_identically_every_time(store, tmp_path):
    """GIVEN a row with two files WHEN its message is built twice (as for a resend after a
    crash) THEN the bytes are identical, the text comes first and the files follow in order."""
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 40
    with session_scope(store) as session:
        filing.enqueue(session, key="k1.f", kind="respuesta_final", registro=None, to_address="ana@example.org",
                       from_address="mesadepartes@rree.gob.pe", subject="Respuesta REG-2026-000001",
                       body="El oficio acompaña este correo: Oficio Nº 5.pdf\n",
                       attachments=[filing.OutgoingFile("Oficio Nº 5.pdf", "application/pdf", pdf),
                                    filing.OutgoingFile("nota.txt", "text/plain", b"nota\n")])
    with Session(store) as session:
        row = session.exec(select(OutboxMessage)).one()
        files = filing.outbox_attachments(session, row.id)
    first, again = build_message(row, files), build_message(row, list(files))
    assert first == again
    message = email.message_from_bytes(first, policy=policy.default)
    assert message.get_content_type() == "multipart/mixed"
    assert message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n") == row.body
    assert [(part.get_filename(), part.get_content()) for part in message.iter_attachments()] == [
        ("Oficio Nº 5.pdf", pdf), ("nota.txt", "nota\n")]
    outbox = tmp_path / "outbox"
    assert Sender(Settings(smtp=SmtpSettings(kind="maildir", outbox_path=str(outbox))), store).send_due().sent == 1
    assert [path.read_bytes() for path in (outbox / "new").iterdir()] == [first]


def test_a_reply_with_whole_paragraphs_travels_in_short_lines():
    """GIVEN a reply whose paragraphs are single lines of 200 characters WHEN its message
    is built THEN no line on the wire passes 78 octets and the text decodes as written."""
    paragraph = ("Envíe lo que falta respondiendo a este correo a más tardar el miércoles 25 de "
                 "noviembre de 2026 (plazo de 2 días hábiles, art. 136 del TUO de la Ley N.° 27444).")
    body = f"Estimado(a) señor(a):\n\n{paragraph} {paragraph}\n\n1. Su nacionalidad.\n"
    row = OutboxMessage(idempotency_key="k9.r", to_address="ana@example.org",
                        from_address="mesadepartes@rree.gob.pe", subject="Falta información",
                        body=body, created_at=NOW)
    data = build_message(row)
    assert max(len(line) for line in data.split(b"\r\n")) <= 78
    message = email.message_from_bytes(data, policy=policy.default)
    assert message.get_content().replace("\r\n", "\n") == body


@pytest.mark.smtp
def test_smtp_reply_headers(store, smtp_server):
    """GIVEN a queued reply WHEN sent over SMTP THEN it carries the key as Message-ID,
    Auto-Submitted: auto-replied, In-Reply-To/References and the REG number in the subject."""
    queue(store, 1)
    assert Sender(smtp_settings(smtp_server), store).send_due().sent == 1
    [received] = smtp_server.recorder.messages
    message = received.message
    assert received.recipients == ("ana0@example.org",)
    assert message["Message-ID"] == "<k0000.r@rree.gob.pe>"
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["In-Reply-To"] == "<orig0@example.org>" and message["References"] == "<orig0@example.org>"
    assert "REG-2026-000000" in message["Subject"]
    assert message.get_content().strip() == "Su solicitud fue recibida."


@pytest.mark.smtp
def test_smtp_down_then_up_retries_with_backoff(store, smtp_server):
    """GIVEN the SMTP server down WHEN the sender runs THEN rows wait with growing delays;
    WHEN the server is back and the delay has passed THEN each is sent exactly once."""
    keys = queue(store, 2)
    smtp_server.stop()
    clock = Clock()
    sender = Sender(smtp_settings(smtp_server), store, clock=clock, backoff_seconds=10)
    assert sender.send_due().retried == 1  # the server is unreachable: the batch stops
    assert sender.send_due().retried == 1  # the second row's turn
    assert sender.send_due().sent == 0  # neither is due yet
    clock.now += dt.timedelta(seconds=11)
    assert sender.send_due().retried == 1
    assert sender.send_due().retried == 1
    with Session(store) as session:
        rows = session.exec(select(OutboxMessage)).all()
        assert {row.attempts for row in rows} == {2}
        assert {row.next_attempt_at for row in rows} == {clock.now + dt.timedelta(seconds=20)}
        assert all("ConnectionRefused" in row.last_error for row in rows)
    smtp_server.start()
    clock.now += dt.timedelta(seconds=21)
    assert sender.send_due().sent == 2
    assert sorted(smtp_server.recorder.message_ids()) == [f"<{key}@rree.gob.pe>" for key in keys]


@pytest.mark.smtp
def test_smtp_temporary_and_permanent_refusals(store, smtp_server):
    """GIVEN a server answering 451 THEN rows wait; answering 550 THEN rows fail for staff."""
    queue(store, 1)
    clock = Clock()
    sender = Sender(smtp_settings(smtp_server), store, clock=clock)
    smtp_server.recorder.fail_with = "451 4.3.0 try later"
    assert sender.send_due().retried == 1
    smtp_server.recorder.fail_with = "550 5.1.1 no such user"
    clock.now += dt.timedelta(hours=2)
    assert sender.send_due().failed == 1
    assert set(statuses(store).values()) == {"failed"}
    assert smtp_server.recorder.messages == []


@pytest.mark.smtp
def test_daily_cap_per_recipient(store, smtp_server):
    """GIVEN 4 replies to one address and a cap of 2 a day THEN 2 are sent and 2 suppressed."""
    queue(store, 4, to="same@example.org")
    settings = smtp_settings(smtp_server, max_replies_per_sender_per_day=2)
    report = Sender(settings, store, clock=Clock()).send_due()
    assert (report.sent, report.suppressed) == (2, 2)
    assert len(smtp_server.recorder.messages) == 2


@pytest.mark.smtp
def test_row_left_sending_is_resent_with_the_same_message_id(store, smtp_server):
    """GIVEN a row left in "sending" by a dead run WHEN a new sender starts THEN it is
    delivered with the same Message-ID (documented at-least-once window for SMTP)."""
    [key] = queue(store, 1)
    with session_scope(store) as session:
        row = session.exec(select(OutboxMessage)).one()
        row.status, row.claimed_by = "sending", "dead-run"
        session.add(row)
    report = Sender(smtp_settings(smtp_server), store).send_due()
    assert report.recovered == 1 and report.sent == 1
    assert smtp_server.recorder.message_ids() == [f"<{key}@rree.gob.pe>"]


def test_row_left_sending_but_in_the_sent_journal_is_not_sent_again(store, smtp_server, tmp_path):
    """GIVEN a reply the server accepted (its key is in the sent journal) whose run died
    before committing "sent" WHEN a new sender starts THEN it is marked sent, not resent;
    and the journal is compacted to the rows still in "sending"."""
    [key, other] = queue(store, 2)
    journal = tmp_path / "sent-journal"
    settings = smtp_settings(smtp_server, sent_journal=str(journal))
    with session_scope(store) as session:
        for row in session.exec(select(OutboxMessage)):
            row.status, row.claimed_by = "sending", "dead-run"
            session.add(row)
    journal.write_text(f"{key}\nstale-key-of-a-row-long-sent\n")
    report = Sender(settings, store).send_due()
    assert report.recovered == 2 and report.sent == 2
    assert smtp_server.recorder.message_ids() == [f"<{other}@rree.gob.pe>"]  # only the unknown one
    assert statuses(store) == {key: "sent", other: "sent"}
    assert "stale-key" not in journal.read_text()
    assert other in journal.read_text().split()  # written right after the server's 250


@pytest.mark.smtp
def test_corpus_end_to_end_to_smtp(store, smtp_server, corpus_settings, engine):
    """GIVEN 30 corpus messages filed by the runner WHEN the sender runs THEN every
    non-ignorado one is answered once, to its sender, with its number and due date."""
    labels = {r["file"]: r for r in map(json.loads, (CORPUS / "labels.jsonl").read_text().splitlines())}
    files = sorted(labels)[30:60]
    source = ListSource("mesadepartes@rree.gob.pe", [(f, (CORPUS / f).read_bytes()) for f in files],
                        internaldate=lambda uid: dt.datetime.fromisoformat(labels[uid]["received"]))
    settings = dataclasses.replace(corpus_settings, smtp=smtp_settings(smtp_server).smtp)
    results = {r.registro: r for r in IntakeRunner(settings, store, engine).poll(source).results}
    Sender(settings, store).send_due()
    answered = [f for f in files if labels[f]["outcome"] != "ignorado"]
    assert len(smtp_server.recorder.messages) == len(answered)
    assert len(set(smtp_server.recorder.message_ids())) == len(answered)
    for received in smtp_server.recorder.messages:
        message = received.message
        number = next(n for n in results if n and n in message["Subject"])
        assert results[number].outcome in ("acuse", "cargo", "subsanar", "portal", "triage", "suspendido")
        body = message.get_body(preferencelist=("plain",)).get_content()
        assert number in body or number in message["Subject"]
        files = [(part.get_filename(), part.get_content_type()) for part in message.iter_attachments()]
        # a cargo carries its PDF copy; nothing else carries a file
        assert files == ([(f"Cargo-{number}.pdf", "application/pdf")] if results[number].outcome == "cargo" else [])


def test_stopping_mid_batch_gives_the_untried_rows_back(store, tmp_path):
    """GIVEN 5 queued replies, claimed together WHEN the stop event is set after the
    second delivery THEN 2 are sent and the other 3 are pending again, untouched (no
    attempt counted), and the next run sends exactly those."""
    import threading

    keys = queue(store, 5)
    stop = threading.Event()

    class StopAfterTwo(MaildirOutbox):
        delivered_keys: list[str] = []

        def deliver(self, key, sender, recipient, data):
            super().deliver(key, sender, recipient, data)
            self.delivered_keys.append(key)
            if len(self.delivered_keys) == 2:
                stop.set()

    transport = StopAfterTwo(tmp_path / "outbox")
    assert Sender(Settings(), store, transport=transport).send_due(stop=stop).sent == 2
    assert statuses(store) == {**{key: "sent" for key in keys[:2]}, **{key: "pending" for key in keys[2:]}}
    with Session(store) as session:
        assert {row.attempts for row in session.exec(select(OutboxMessage).where(OutboxMessage.status == "pending"))} == {0}
    assert Sender(Settings(), store, transport=MaildirOutbox(tmp_path / "outbox")).send_due().sent == 3
    assert len(list((tmp_path / "outbox" / "new").iterdir())) == 5
