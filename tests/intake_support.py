"""Helpers of the end-to-end and fault tests: the corpus delivered to a private Dovecot,
settings pointing at it and at the aiosmtpd fixture, and views of what arrived.

    settings = intake_settings(corpus_settings, dovecot, smtp_server, db_url)
    deliver_corpus(dovecot)                  # every corpus message to its labelled mailbox
    service.run(settings, once=True, out=io.StringIO())
    replies = replies_by_key(smtp_server)   # idempotency key -> messages received
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import email
import json
import os
import re
from collections import defaultdict
from email import policy
from email.message import EmailMessage
from typing import Iterable

from mailbot.settings import Settings
from tests.conftest_store import CORPUS, SmtpServer
from tests.dovecot import DovecotServer

LABELS: dict[str, dict] = {
    row["file"]: row for row in map(json.loads, (CORPUS / "labels.jsonl").read_text().splitlines())
}
USERS = ("solicitantesrefugio", "mesadepartes", "refugiados")
PROCESSED = "Procesados"
REGISTRO = re.compile(r"REG-\d{4}-\d{6}")


def user_of(address: str) -> str:
    return address.partition("@")[0]


def corpus_bytes(name: str) -> bytes:
    return (CORPUS / name).read_bytes()


def message_id_of(raw: bytes) -> str:
    return str(email.message_from_bytes(raw, policy=policy.default)["Message-ID"]).strip()


def intake_settings(corpus_settings: Settings, dovecot: DovecotServer, smtp_server: SmtpServer,
                    db_url: str, users: Iterable[str] = USERS, **mailbox_overrides: object) -> Settings:
    """The corpus calendar, the Dovecot accounts (handled mail moved to `Procesados`),
    the aiosmtpd server, and the store at `db_url`."""
    options: dict[str, object] = {"processed_folder": PROCESSED, **mailbox_overrides}
    mailboxes = tuple(dovecot.mailbox_settings(user, **options) for user in users)
    smtp = dataclasses.replace(corpus_settings.smtp, kind="smtp", host=smtp_server.host,
                               port=smtp_server.port, timeout_seconds=5)
    return dataclasses.replace(corpus_settings, mailboxes=mailboxes, smtp=smtp, database_url=db_url)


def deliver_corpus(dovecot: DovecotServer, names: Iterable[str] | None = None) -> dict[str, int]:
    """APPEND corpus messages to the INBOX of their labelled mailbox, with INTERNALDATE
    the labelled receipt time; returns how many went to each user.

    Dovecot stamps an APPEND dated in the future (most of the corpus lies after this
    machine's clock) with the present, and a Maildir message's INTERNALDATE is its
    file's mtime: the mtimes are set to the labelled times after the APPEND, as if
    the mail had been delivered then. Call it before any client fetched the messages
    (with a worker running, a message it takes at once keeps the time of its APPEND)."""
    by_user: dict[str, list[str]] = defaultdict(list)
    for name in sorted(names if names is not None else LABELS):
        by_user[user_of(LABELS[name]["mailbox"])].append(name)
    received = {message_id_of(corpus_bytes(name)): dt.datetime.fromisoformat(LABELS[name]["received"])
                for files in by_user.values() for name in files}
    for user, files in by_user.items():
        with dovecot.client(user) as client:
            for name in files:
                client.append("INBOX", corpus_bytes(name), msg_time=received[message_id_of(corpus_bytes(name))])
        for path in (dovecot.mail_dir / user).glob("[nc][eu][wr]/*"):
            try:
                when = received.get(message_id_of(path.read_bytes()))
                if when is not None:
                    os.utime(path, (when.timestamp(), when.timestamp()))
            except FileNotFoundError:
                continue  # a worker running meanwhile has fetched it and moved it already
    return {user: len(files) for user, files in by_user.items()}


def folder_count(dovecot: DovecotServer, user: str, folder: str) -> int:
    with dovecot.client(user) as client:
        if not client.folder_exists(folder):
            return 0
        client.select_folder(folder, readonly=True)
        return len(client.search(["NOT", "DELETED"]))


def received_messages(smtp_server: SmtpServer) -> list[EmailMessage]:
    with smtp_server.recorder.lock:
        return [item.message for item in smtp_server.recorder.messages]


def replies_by_key(smtp_server: SmtpServer) -> dict[str, list[EmailMessage]]:
    """What the SMTP server accepted, grouped by the outbox idempotency key."""
    grouped: dict[str, list[EmailMessage]] = defaultdict(list)
    for message in received_messages(smtp_server):
        grouped[str(message["X-Mailbot-Key"])].append(message)
    return dict(grouped)


def body_text(message: EmailMessage) -> str:
    """The plain-text body with line breaks folded to single spaces."""
    part = message.get_body(("plain",)) or message
    return " ".join(part.get_content().split())
