"""Faults with real servers (a private Dovecot, aiosmtpd, SQLite and PostgreSQL).

Each test runs the worker through the service code (`service.run`, `build_worker`)
and checks the same things at the end: every message filed once, every reply sent
once, nothing left in the INBOX.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from mailbot import service
from mailbot.store import open_store
from mailbot.store.models import Message, OutboxMessage, Quarantine, Registro, SourceReceipt, utcnow
from tests.conftest_store import wait_until
from tests.intake_support import (
    LABELS, PROCESSED, corpus_bytes, deliver_corpus, folder_count, intake_settings, message_id_of,
    replies_by_key, user_of,
)

pytestmark = [pytest.mark.imap, pytest.mark.smtp]
MESA = "mesadepartes"
REPLIED = [name for name in sorted(LABELS) if LABELS[name]["outcome"] != "ignorado"]


class HookedEngine:
    """The real engine; deciding a message whose Message-ID is in `hooks` first runs
    that hook (once): to crash the decision, or to break a server in mid-run."""

    def __init__(self, engine, hooks: dict[str, Callable[[], None]]) -> None:
        self.inner, self.hooks = engine, dict(hooks)

    def decide(self, raw: bytes, **kwargs):
        hook = self.hooks.pop(message_id_of(raw), None)
        if hook is not None:
            hook()
        return self.inner.decide(raw, **kwargs)

    def render_reply(self, *args, **kwargs):
        return self.inner.render_reply(*args, **kwargs)


def count(db: Engine, model, *where) -> int:
    with Session(db) as session:
        return session.exec(select(func.count()).select_from(model).where(*where)).one()


def run_once(settings) -> str:
    out = io.StringIO()
    assert service.run(settings, once=True, out=out) == 0, out.getvalue()
    return out.getvalue()


@contextmanager
def running_worker(settings) -> Iterator[threading.Event]:
    """`mailbot run` (watchers with IDLE, scheduler) in a thread; stopped on exit."""
    stop = threading.Event()
    codes: list[int] = []
    thread = threading.Thread(target=lambda: codes.append(service.run(settings, stop=stop, out=io.StringIO())),
                              name="mailbot-run", daemon=True)
    thread.start()
    try:
        yield stop
    finally:
        stop.set()
        thread.join(timeout=60)
    assert codes == [0], "the worker did not stop cleanly"


class LogEvent(logging.Handler):
    """Sets `event` when a mailbot logger writes a message containing one of `needles`."""

    def __init__(self, *needles: str) -> None:
        super().__init__(level=logging.DEBUG)
        self.needles, self.event = needles, threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if any(needle in str(record.msg) for needle in self.needles):
            self.event.set()


@contextmanager
def on_reconnect() -> Iterator[threading.Event]:
    logger = logging.getLogger("mailbot")
    handler = LogEvent("reconnect", "retrying in")
    logger.addHandler(handler)
    try:
        yield handler.event
    finally:
        logger.removeHandler(handler)


def assert_each_filed_and_answered_once(db: Engine, smtp_server, names: list[str]) -> None:
    """One Message per name, one reply per non-ignorado name, nothing twice."""
    with Session(db) as session:
        ids = [m.message_id for m in session.exec(select(Message))]
    assert sorted(ids) == sorted(message_id_of(corpus_bytes(name)) for name in names)
    replies = replies_by_key(smtp_server)
    assert all(len(copies) == 1 for copies in replies.values()), "a reply arrived twice"
    answered = sorted(str(copies[0]["In-Reply-To"]).strip() for key, copies in replies.items() if key.endswith(".r"))
    owed = [name for name in names if LABELS[name]["outcome"] != "ignorado"]
    assert answered == sorted(message_id_of(corpus_bytes(name)) for name in owed)


def fast_scheduler(settings):
    return dataclasses.replace(settings, scheduler=dataclasses.replace(
        settings.scheduler, poll_seconds=5, send_seconds=1, sweep_seconds=3600))


def test_dovecot_stopped_and_restarted_mid_run(db_url, dovecot, smtp_server, corpus_settings, engine, monkeypatch):
    """GIVEN the long-running worker on a backlog WHEN Dovecot crashes (SIGKILL) in the
    middle of a batch and comes back once the worker starts reconnecting, and later
    stops cleanly while the worker idles, and comes back with new mail THEN every
    message is filed once and answered once, and the INBOXes end empty."""
    names = sorted(LABELS)
    first, second = names[:100], names[100:]

    def crash() -> None:
        dovecot.kill()
        threading.Thread(target=lambda: reconnecting.wait(30) and dovecot.start(), daemon=True).start()

    monkeypatch.setattr(service, "_engine", lambda settings: HookedEngine(engine, {
        message_id_of(corpus_bytes(first[30])): crash}))
    settings = fast_scheduler(intake_settings(corpus_settings, dovecot, smtp_server, db_url))
    deliver_corpus(dovecot, first)
    db = open_store(db_url)
    try:
        with on_reconnect() as reconnecting, running_worker(settings):
            assert wait_until(lambda: count(db, Message) == len(first)
                              and count(db, OutboxMessage, OutboxMessage.status == "sent")
                              == count(db, OutboxMessage), timeout=90, interval=0.1), "first part not done"
            assert dovecot.running and reconnecting.is_set()

            with on_reconnect() as idle_lost:
                dovecot.stop()  # while the watchers idle
                assert idle_lost.wait(30)
                dovecot.start()
            deliver_corpus(dovecot, second)
            assert wait_until(lambda: count(db, Message) == len(names)
                              and count(db, OutboxMessage, OutboxMessage.status == "sent")
                              == count(db, OutboxMessage), timeout=90, interval=0.1), "second part not done"
        assert count(db, Quarantine) == 0
        assert_each_filed_and_answered_once(db, smtp_server, names)
    finally:
        db.dispose()
    for user in {user_of(LABELS[name]["mailbox"]) for name in names}:
        assert folder_count(dovecot, user, "INBOX") == 0


class Clock:
    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def test_smtp_down_for_a_while(db_url, dovecot, smtp_server, corpus_settings):
    """GIVEN the SMTP server down WHEN the worker files mail and its sender tries, and
    tries again after its backoff, THEN nothing is lost: once the server is back,
    each reply goes out, once."""
    names = [name for name in sorted(LABELS) if user_of(LABELS[name]["mailbox"]) == MESA][:12]
    settings = intake_settings(corpus_settings, dovecot, smtp_server, db_url, users=[MESA])
    deliver_corpus(dovecot, names)
    smtp_server.stop()
    worker = service.build_worker(settings)
    clock = Clock()
    worker.sender.clock = clock
    try:
        worker.poll_all()
        owed = count(worker.db, OutboxMessage)
        assert owed == sum(LABELS[name]["outcome"] != "ignorado" for name in names) > 0
        for _ in range(3):
            report = worker.send()
            assert report.sent == 0 and report.retried == 1  # the rest wait: the server is down
            assert count(worker.db, OutboxMessage, OutboxMessage.next_attempt_at > clock.now) == 1
            clock.advance(hours=2)
        assert smtp_server.recorder.messages == []

        smtp_server.start()
        clock.advance(hours=2)
        assert worker.send().sent == owed
        assert worker.send().sent == 0
        assert count(worker.db, OutboxMessage, OutboxMessage.status == "sent") == owed
        assert_each_filed_and_answered_once(worker.db, smtp_server, names)
    finally:
        worker.close()
        worker.db.dispose()


def test_uidvalidity_changed_mid_run(db_url, dovecot, smtp_server, corpus_settings, engine, monkeypatch):
    """GIVEN ten messages in folder Entrada WHEN, while the worker is filing them, the
    folder is deleted and recreated (new UIDVALIDITY, UIDs from 1 again) holding six of
    the same messages, byte for byte, and four new ones THEN nothing is moved under the
    stale UIDs; the next run files the four new ones and recognises the six by their
    bytes: fourteen filings, each answered once, Entrada empty."""
    mine = [name for name in sorted(LABELS) if user_of(LABELS[name]["mailbox"]) == MESA]
    old, new = mine[:10], mine[10:14]

    def recreate() -> None:
        with dovecot.client(MESA) as other:
            other.delete_folder("Entrada")
            other.create_folder("Entrada")
        dovecot.append_many(MESA, "Entrada", [corpus_bytes(name) for name in old[:6] + new])

    monkeypatch.setattr(service, "_engine", lambda settings: HookedEngine(engine, {
        message_id_of(corpus_bytes(old[3])): recreate}))
    settings = intake_settings(corpus_settings, dovecot, smtp_server, db_url, users=[MESA], folder="Entrada")
    dovecot.append_many(MESA, "Entrada", [corpus_bytes(name) for name in old])

    run_once(settings)
    db = open_store(db_url)
    try:
        assert count(db, Message) == 10
        assert folder_count(dovecot, MESA, "Entrada") == 10  # the new folder: nothing moved
        assert folder_count(dovecot, MESA, PROCESSED) == 0
        run_once(settings)
        assert_each_filed_and_answered_once(db, smtp_server, old + new)
        with Session(db) as session:
            receipts = session.exec(select(SourceReceipt)).all()
        assert len({receipt.uidvalidity for receipt in receipts}) == 2
        assert sorted(receipt.state for receipt in receipts) == ["duplicate"] * 6 + ["filed"] * 14
        assert count(db, Quarantine) == 0
    finally:
        db.dispose()
    assert folder_count(dovecot, MESA, "Entrada") == 0
    assert folder_count(dovecot, MESA, PROCESSED) == 10


def test_same_message_in_two_mailboxes_is_filed_and_answered_once(db_url, dovecot, smtp_server, corpus_settings):
    """GIVEN one message sent To: mesadepartes and Cc: refugiados, each copy delivered
    with its own trace headers WHEN both mailboxes are read THEN one filing, one reply,
    and both copies leave their INBOX."""
    name = REPLIED[0]
    raw = corpus_bytes(name)
    dovecot.append("mesadepartes", "INBOX", b"Delivered-To: mesadepartes@rree.gob.pe\r\n"
                   b"Received: from mx1 by buzon; Mon, 2 Nov 2026 10:00:00 -0500\r\n" + raw)
    dovecot.append("refugiados", "INBOX", b"Delivered-To: refugiados@rree.gob.pe\r\n"
                   b"Received: from mx1 by buzon; Mon, 2 Nov 2026 10:00:01 -0500\r\n" + raw)
    settings = intake_settings(corpus_settings, dovecot, smtp_server, db_url, users=["mesadepartes", "refugiados"])
    run_once(settings)
    db = open_store(db_url)
    try:
        assert count(db, Registro) == 1
        with Session(db) as session:
            states = sorted(receipt.state for receipt in session.exec(select(SourceReceipt)))
        assert states == ["duplicate", "filed"]
        assert_each_filed_and_answered_once(db, smtp_server, [name])
    finally:
        db.dispose()
    for user in ("mesadepartes", "refugiados"):
        assert folder_count(dovecot, user, "INBOX") == 0
        assert folder_count(dovecot, user, PROCESSED) == 1


def test_a_message_that_crashes_the_decision_is_quarantined_then_retried(
        db_url, dovecot, smtp_server, corpus_settings, engine, monkeypatch):
    """GIVEN a message whose decision raises among eleven good ones WHEN the worker runs
    THEN it is quarantined (shown by `status`), moved out of the INBOX with the others,
    and the others are filed and answered; WHEN `retry` runs with a working engine THEN
    it is filed, and the next run answers it, once."""
    names = [name for name in REPLIED if user_of(LABELS[name]["mailbox"]) == MESA][:12]
    poison = names[5]

    def explode() -> None:
        raise ValueError("la decisión explotó")

    monkeypatch.setattr(service, "_engine", lambda settings: HookedEngine(engine, {
        message_id_of(corpus_bytes(poison)): explode}))
    settings = intake_settings(corpus_settings, dovecot, smtp_server, db_url, users=[MESA])
    deliver_corpus(dovecot, names)
    text = run_once(settings)
    assert "cuarentena 1" in text
    db = open_store(db_url)
    try:
        assert count(db, Quarantine, Quarantine.status == "open") == 1
        assert "la decisión explotó" in service.status_text(settings)
        assert folder_count(dovecot, MESA, "INBOX") == 0
        assert_each_filed_and_answered_once(db, smtp_server, [name for name in names if name != poison])

        monkeypatch.undo()
        out = io.StringIO()
        assert service.retry(settings, out=out) == 0, out.getvalue()
        assert count(db, Quarantine, Quarantine.status == "resolved") == 1
        run_once(settings)
        assert_each_filed_and_answered_once(db, smtp_server, names)
        with Session(db) as session:
            registros = session.exec(select(Registro)).all()
        assert len(registros) == len(names)
    finally:
        db.dispose()
