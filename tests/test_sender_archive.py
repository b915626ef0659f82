"""The archive mailbox: after a crash, the sender asks it (IMAP, by Message-ID) whether the
SMTP server already accepted a reply, instead of sending it again (mailbot/sender.py).

Real parts: aiosmtpd delivering the Bcc copy into a private Dovecot, the store on SQLite
and PostgreSQL.
"""
from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlmodel import Session, select

from mailbot.sender import Sender, SmtpTransport
from mailbot.settings import ConfigError, Settings, SmtpSettings, settings_from_dict
from mailbot.store import filing, session_scope
from mailbot.store.models import AuditEvent, OutboxMessage
from tests.smtp_archive import (  # noqa: F401 - fixtures
    ARCHIVE_USER, archive_dovecot, archive_settings, archived_message_ids, archiving_smtp, start_archiving_smtp,
)
from tests.test_sender import NOW, Clock, queue, statuses

pytestmark = [pytest.mark.smtp]
WAIT = 300


def settings_for(server, dovecot) -> Settings:
    return Settings(smtp=SmtpSettings(kind="smtp", host=server.host, port=server.port, timeout_seconds=5,
                                      archive=archive_settings(dovecot), archive_wait_seconds=WAIT))


def no_journal(settings: Settings) -> SmtpTransport:
    """A transport without the sent journal: a crash between the "250" and the journal
    write is then simulated by putting the row back in "sending"."""
    return SmtpTransport(settings.smtp, None, settings.smtp.archive)


def left_sending(store, claimed_at: dt.datetime) -> None:
    """Every row as a run killed after its claim leaves it."""
    with session_scope(store) as session:
        for row in session.exec(select(OutboxMessage)):
            row.status, row.claimed_by = "sending", "dead-run"
            row.next_attempt_at = claimed_at + dt.timedelta(seconds=WAIT)
            session.add(row)


def audit_actions(store) -> list[tuple[str, dict]]:
    with Session(store) as session:
        return [(event.action, event.detail) for event in
                session.exec(select(AuditEvent).where(AuditEvent.entity == "outbox").order_by(AuditEvent.id))]


def test_every_message_is_copied_to_the_archive_in_the_same_transaction(store, archiving_smtp, archive_dovecot):
    """GIVEN three queued replies and an archive WHEN sent THEN each is one SMTP transaction
    to the applicant and the archive, no Bcc header shows, and the archive holds each copy."""
    keys = queue(store)
    settings = settings_for(archiving_smtp, archive_dovecot)
    assert Sender(settings, store, clock=Clock()).send_due().sent == 3
    received = archiving_smtp.recorder.messages
    archive = archive_dovecot.address(ARCHIVE_USER)
    assert [item.recipients for item in received] == [(f"ana{i}@example.org", archive) for i in range(3)]
    assert all("Bcc" not in item.message for item in received)
    assert sorted(archived_message_ids(archive_dovecot)) == sorted(archiving_smtp.recorder.message_ids())
    assert statuses(store) == {key: "sent" for key in keys}


def test_a_reply_accepted_before_the_crash_is_found_in_the_archive_and_not_sent_again(
        store, archiving_smtp, archive_dovecot):
    """GIVEN two replies the server accepted, but a run killed before the journal and the
    commit (rows still "sending") WHEN a new sender runs THEN it finds both in the archive
    and marks them sent: still one delivery each."""
    keys = queue(store, 2)
    settings = settings_for(archiving_smtp, archive_dovecot)
    assert Sender(settings, store, transport=no_journal(settings), clock=Clock()).send_due().sent == 2
    left_sending(store, NOW)

    report = Sender(settings, store, transport=no_journal(settings), clock=Clock(NOW + dt.timedelta(seconds=5))).send_due()
    assert (report.recovered, report.sent) == (2, 2)
    assert len(archiving_smtp.recorder.messages) == 2
    assert statuses(store) == {key: "sent" for key in keys}
    assert [(action, detail.get("evidence")) for action, detail in audit_actions(store)][-2:] == [
        ("delivered_before_crash", "archive")] * 2


def test_a_reply_not_in_the_archive_waits_for_the_copy_then_is_sent_once(store, archiving_smtp, archive_dovecot):
    """GIVEN a row a killed run left "sending" before the server got it WHEN senders run
    before the wait is over THEN nothing is sent; after it THEN it is sent once, audited."""
    keys = queue(store, 1)
    settings = settings_for(archiving_smtp, archive_dovecot)
    left_sending(store, NOW)

    early = Sender(settings, store, transport=no_journal(settings), clock=Clock(NOW + dt.timedelta(seconds=60)))
    assert early.send_due() == early.send_due().__class__()  # nothing at all happened
    assert statuses(store) == {keys[0]: "sending"}
    assert archiving_smtp.recorder.messages == []

    late = Sender(settings, store, transport=no_journal(settings), clock=Clock(NOW + dt.timedelta(seconds=WAIT + 1)))
    report = late.send_due()
    assert (report.recovered, report.sent) == (1, 1)
    assert len(archiving_smtp.recorder.messages) == 1
    assert statuses(store) == {keys[0]: "sent"}
    assert ("resent_after_crash", {"previous": "dead-run", "archive": "absent"}) in audit_actions(store)
    assert Sender(settings, store, clock=Clock(NOW + dt.timedelta(hours=2))).send_due().sent == 0


def test_a_copy_that_reaches_the_archive_late_is_still_found(store, archive_dovecot):
    """GIVEN a server that files the archive copy a second after its "250" and a run killed
    right after the "250" WHEN a sender runs at once THEN it waits; WHEN it runs after the
    copy landed THEN it marks the row sent: one delivery."""
    server = start_archiving_smtp(archive_dovecot, archive_delay=1.0)
    try:
        queue(store, 1)
        settings = settings_for(server, archive_dovecot)
        assert Sender(settings, store, transport=no_journal(settings), clock=Clock()).send_due().sent == 1
        left_sending(store, NOW)
        assert Sender(settings, store, transport=no_journal(settings), clock=Clock()).send_due().sent == 0
        deadline = time.monotonic() + 10
        while not archived_message_ids(archive_dovecot) and time.monotonic() < deadline:
            time.sleep(0.1)
        report = Sender(settings, store, transport=no_journal(settings), clock=Clock()).send_due()
        assert (report.recovered, report.sent) == (1, 1)
        assert len(server.recorder.messages) == 1
        assert audit_actions(store)[-1][0] == "delivered_before_crash"
    finally:
        server.stop()


def test_while_the_archive_is_unreachable_the_row_waits_an_hour_longer(store, archiving_smtp, archive_dovecot, caplog):
    """GIVEN a row left "sending" and the archive's IMAP server down WHEN the wait is over
    THEN the row still waits (its fate is unknown); an hour later THEN it is sent again."""
    queue(store, 3)
    settings = settings_for(archiving_smtp, archive_dovecot)
    left_sending(store, NOW)
    archive_dovecot.stop()

    after_wait = Clock(NOW + dt.timedelta(seconds=WAIT + 60))
    with caplog.at_level("WARNING", logger="mailbot.sender"):
        assert Sender(settings, store, transport=no_journal(settings), clock=after_wait).send_due().sent == 0
    # tried once per run, not once per row with its reconnection attempts
    assert sum("cannot be searched" in record.getMessage() for record in caplog.records) == 1
    assert set(statuses(store).values()) == {"sending"}

    much_later = Clock(NOW + dt.timedelta(seconds=WAIT) + dt.timedelta(hours=1, seconds=1))
    assert Sender(settings, store, transport=no_journal(settings), clock=much_later).send_due().sent == 3
    assert ("resent_after_crash", {"previous": "dead-run", "archive": "unknown"}) in audit_actions(store)


def test_the_archive_is_configured_as_an_imap_mailbox_in_smtp_archive():
    """GIVEN [smtp.archive] tables WHEN loaded THEN a complete one gives IMAP settings and
    a bad one names the table and the key."""
    settings = settings_from_dict({"smtp": {"kind": "smtp", "archive_wait_seconds": 120, "archive": {
        "address": "respuestas@rree.gob.pe", "host": "imap.rree.gob.pe", "user": "respuestas",
        "password_env": "MAILBOT_ARCHIVE_PASSWORD"}}})
    archive = settings.smtp.archive
    assert (archive.kind, archive.host, archive.port, archive.tls, archive.folder) == (
        "imap", "imap.rree.gob.pe", 993, True, "INBOX")
    assert settings.smtp.archive_wait_seconds == 120
    assert settings_from_dict({}).smtp.archive is None
    for table, message in [
        ({"address": "a@rree.gob.pe"}, "[smtp.archive]: missing key host"),
        ({"address": "a@rree.gob.pe", "host": "h", "kind": "maildir"}, 'kind must be "imap"'),
        ({"address": "a@rree.gob.pe", "host": "h", "processed_folder": "X"}, "do not apply"),
        ({"address": "a@rree.gob.pe", "host": "h", "colour": "red"}, "unknown key(s) colour"),
    ]:
        with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("(", r"\(").replace(")", r"\)")):
            settings_from_dict({"smtp": {"archive": table}})


def test_the_archive_is_searched_with_no_write_lock_held(tmp_path):
    """GIVEN a row left "sending" on SQLite WHEN the sender asks its transport about it
    THEN another connection can take the write lock meanwhile (a slow archive search must
    not stop the intake)."""
    import sqlite3

    from mailbot.sender import MaildirOutbox
    from mailbot.store import open_store

    path = tmp_path / "state.db"
    store = open_store(f"sqlite:///{path}")
    queue(store, 1)
    left_sending(store, NOW)
    locked: list[str] = []

    class Probe(MaildirOutbox):
        def delivered(self, key: str, message_id: str = "") -> bool:
            other = sqlite3.connect(path, timeout=0)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.rollback()
                locked.append("free")
            except sqlite3.OperationalError as exc:
                locked.append(str(exc))
            finally:
                other.close()
            return super().delivered(key, message_id)

    Sender(Settings(), store, transport=Probe(tmp_path / "outbox"), clock=Clock()).send_due()
    store.dispose()
    assert locked and set(locked) == {"free"}  # (the Maildir outbox also asks before writing)
