"""An SMTP server that, like a real mail server, delivers to a local archive mailbox.

`ArchivingRecorder` records every accepted transaction (as `SmtpRecorder` does) and,
when the archive address is among the envelope recipients, APPENDs the message to that
user's INBOX on a private Dovecot *before* answering "250": the copy the sender looks
up by Message-ID after a crash (see mailbot/sender.py, `[smtp.archive]`). With
`archive_delay` the copy lands that many seconds after the "250" instead, as when a
server queues local delivery.
"""
from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from mailbot.settings import MailboxSettings
from tests.conftest_store import Received, SmtpRecorder, SmtpServer, free_port
from tests.dovecot import DEFAULT_USERS, DovecotServer

ARCHIVE_USER = "archivo"


@dataclass
class ArchivingRecorder(SmtpRecorder):
    dovecot: DovecotServer | None = None
    archive_address: str = ""
    archive_delay: float = 0.0

    queued: list[bytes] = field(default_factory=list)  # copies the archive could not take yet

    def _store_copy(self, data: bytes) -> None:
        assert self.dovecot is not None
        try:
            self.dovecot.append(ARCHIVE_USER, "INBOX", data)
        except OSError:  # the archive's server is down: a real server keeps it queued
            self.queued.append(data)

    def _accept(self, envelope) -> None:  # noqa: ANN001
        """File the archive copy, then record the message: in a worker thread, which
        finishes even when aiosmtpd cancels the handler because the client died, so the
        archive and the record always agree (as one durable queue write would)."""
        if self.archive_address in envelope.rcpt_tos:
            data = envelope.original_content
            if self.archive_delay:
                timer = threading.Timer(self.archive_delay, self._store_copy, args=(data,))
                timer.daemon = True
                timer.start()
            else:
                self._store_copy(data)
        with self.lock:
            self.messages.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos), envelope.original_content))

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, N802 - aiosmtpd API
        if self.fail_with:
            return self.fail_with
        await asyncio.get_running_loop().run_in_executor(None, self._accept, envelope)
        return "250 OK"


def start_archiving_smtp(dovecot: DovecotServer, archive_delay: float = 0.0) -> SmtpServer:
    recorder = ArchivingRecorder(dovecot=dovecot, archive_address=dovecot.address(ARCHIVE_USER),
                                 archive_delay=archive_delay)
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    return SmtpServer("127.0.0.1", port, recorder, controller)


def archive_settings(dovecot: DovecotServer) -> MailboxSettings:
    return dovecot.mailbox_settings(ARCHIVE_USER)


def archive_toml(dovecot: DovecotServer) -> str:
    """The `[smtp.archive]` table of a config.toml for this Dovecot."""
    settings = archive_settings(dovecot)
    return (
        "[smtp.archive]\n"
        f'address = "{settings.address}"\nhost = "{settings.host}"\nport = {settings.port}\n'
        f'tls = false\nuser = "{settings.user}"\npassword_file = "{Path(settings.password_file)}"\n'
    )


def archived_message_ids(dovecot: DovecotServer) -> list[str]:
    with dovecot.client(ARCHIVE_USER) as client:
        client.select_folder("INBOX")
        uids = client.search(["ALL"])
        fetched = client.fetch(uids, [b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
    ids = []
    for item in fetched.values():
        header = item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode()
        ids.append(header.split(":", 1)[1].strip())
    return ids


# -- fixtures (import them into a test module to use them) -----------------------------

@pytest.fixture
def archive_dovecot(dovecot_factory):
    """A private Dovecot with the institutional mailboxes and the archive's."""
    return dovecot_factory(users=DEFAULT_USERS + (ARCHIVE_USER,))


@pytest.fixture
def archiving_smtp(archive_dovecot):
    """aiosmtpd filing every copy addressed to the archive in `archive_dovecot`."""
    server = start_archiving_smtp(archive_dovecot)
    yield server
    server.stop()
