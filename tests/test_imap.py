"""The IMAP source against a real, private Dovecot: faults, IDLE, MOVE, batches."""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

import pytest

from mailbot.sources.imap import (
    Backoff, FolderUnavailable, ImapSource, LoginRefused, ServerUnreachable, UidValidityChanged,
)
from tests.dovecot import DovecotServer

pytestmark = pytest.mark.imap

USER = "mesadepartes"


def message(number: int) -> bytes:
    return (
        f"From: solicitante{number}@example.org\r\nTo: {USER}@rree.gob.pe\r\n"
        f"Subject: Solicitud {number}\r\nMessage-ID: <m{number}@example.org>\r\n\r\n"
        f"Cuerpo {number}\r\n"
    ).encode()


def folder_uids(server: DovecotServer, folder: str) -> list[int]:
    with server.client(USER) as client:
        if not client.folder_exists(folder):
            return []
        client.select_folder(folder, readonly=True)
        return sorted(client.search(["NOT", "DELETED"]))


class LogEvent(logging.Handler):
    """Sets an event when the source logs a message containing `needle`."""

    def __init__(self, needle: str) -> None:
        super().__init__(level=logging.DEBUG)
        self.needle = needle
        self.event = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if self.needle in record.msg:
            self.event.set()


@pytest.fixture
def log_event() -> Callable[[str], threading.Event]:
    logger = logging.getLogger("mailbot.sources.imap")
    handlers: list[LogEvent] = []
    old_level = logger.level
    logger.setLevel(logging.DEBUG)

    def watch(needle: str) -> threading.Event:
        handler = LogEvent(needle)
        handlers.append(handler)
        logger.addHandler(handler)
        return handler.event

    yield watch
    for handler in handlers:
        logger.removeHandler(handler)
    logger.setLevel(old_level)


def test_uidvalidity_change_is_reported_and_messages_offered_again(dovecot: DovecotServer) -> None:
    """GIVEN three messages fetched and stored, one moved WHEN the folder's UIDVALIDITY
    changes THEN the new value is in the keys, the two left are offered again (the
    store's old keys do not hide them) and an old key cannot be marked."""
    dovecot.append_many(USER, "INBOX", [message(n) for n in range(3)])
    source = ImapSource(dovecot.mailbox_settings(USER, processed_folder="Procesados"), sleep=lambda _: None)
    source.connect()
    store = set()
    first = list(source.fetch_new(store.__contains__))
    store.update(item.key for item in first)
    source.mark_handled(first[0].key)
    old_validity = source.uidvalidity

    dovecot.doveadm("mailbox", "update", "-u", USER, "--uid-validity", "12345", "INBOX")
    again = list(source.fetch_new(store.__contains__))

    assert source.uidvalidity == 12345 != old_validity
    assert source.uidvalidity_changes == 1
    assert [item.raw for item in again] == [message(1), message(2)]
    assert {item.key.uidvalidity for item in again} == {12345}
    with pytest.raises(UidValidityChanged):
        source.mark_handled(first[1].key)
    source.mark_handled_many([item.key for item in again])
    assert folder_uids(dovecot, "INBOX") == []
    source.close()


def test_recreated_folder_is_resynchronised(dovecot: DovecotServer) -> None:
    """GIVEN a source reading folder Entrada WHEN another client deletes and recreates
    it with new mail THEN the source reconnects, reports the new UIDVALIDITY and
    offers the new mail although its UIDs restart at 1."""
    dovecot.append_many(USER, "Entrada", [message(1)])
    source = ImapSource(dovecot.mailbox_settings(USER, folder="Entrada"), sleep=lambda _: None)
    source.connect()
    store = set()
    store.update(item.key for item in source.fetch_new(store.__contains__))
    old_validity = source.uidvalidity

    with dovecot.client(USER) as other:
        other.delete_folder("Entrada")
        other.create_folder("Entrada")
    dovecot.append_many(USER, "Entrada", [message(2)])
    offered = list(source.fetch_new(store.__contains__))

    assert source.uidvalidity != old_validity
    assert [(item.key.uid, item.raw) for item in offered] == [("1", message(2))]
    source.close()


@pytest.mark.parametrize("how", ["stop", "kill"])
def test_server_restart_mid_run_loses_nothing(dovecot: DovecotServer, how: str) -> None:
    """GIVEN ten messages being handled in batches of three WHEN Dovecot stops (or
    crashes) after the fourth THEN the source backs off (0.5 s, 1 s: the server comes back during
    the second wait), reconnects and continues; every message is handled once."""
    dovecot.append_many(USER, "INBOX", [message(n) for n in range(10)])
    delays: list[float] = []

    def backoff_wait(delay: float) -> None:
        delays.append(delay)
        if len(delays) == 2:
            dovecot.start()

    settings = dovecot.mailbox_settings(USER, processed_folder="Procesados", batch_size=3)
    source = ImapSource(settings, sleep=backoff_wait, backoff=Backoff(initial=0.5, maximum=8))
    source.connect()
    handled: list[bytes] = []
    for item in source.fetch_new():
        handled.append(item.raw)
        source.mark_handled(item.key)
        if len(handled) == 4:
            getattr(dovecot, how)()

    assert delays == [0.5, 1.0]
    assert handled == [message(n) for n in range(10)]
    assert list(source.fetch_new()) == []
    assert len(folder_uids(dovecot, "Procesados")) == 10
    source.close()


def test_backoff_is_capped_and_gives_up_with_a_clear_error(dovecot: DovecotServer) -> None:
    """GIVEN the server down WHEN the source connects THEN the waits double up to the
    cap and a ServerUnreachable (a SourceError) names host and port, without the password."""
    settings = dovecot.mailbox_settings(USER)
    dovecot.stop()
    delays: list[float] = []
    source = ImapSource(settings, sleep=delays.append, backoff=Backoff(initial=0.5, maximum=2), max_attempts=6)

    with pytest.raises(ServerUnreachable) as error:
        source.connect()

    assert delays == [0.5, 1.0, 2.0, 2.0, 2.0]
    assert f"127.0.0.1:{dovecot.port}" in str(error.value)
    assert dovecot.password(USER) not in str(error.value)


def test_wrong_password_is_a_clear_error_without_retries(dovecot: DovecotServer, tmp_path) -> None:
    secret = tmp_path / "wrong"
    secret.write_text("not-the-password\n")
    source = ImapSource(dovecot.mailbox_settings(USER, password_file=str(secret)), sleep=pytest.fail)

    with pytest.raises(LoginRefused, match="login as mesadepartes refused") as error:
        source.connect()
    assert "not-the-password" not in str(error.value)


def test_missing_folder_is_a_clear_error(dovecot: DovecotServer) -> None:
    source = ImapSource(dovecot.mailbox_settings(USER, folder="NoExiste"), sleep=pytest.fail)
    with pytest.raises(FolderUnavailable, match="cannot select the folder"):
        source.connect()


def test_idle_notices_an_append_within_two_seconds(dovecot: DovecotServer, log_event) -> None:
    """GIVEN the source idling WHEN another connection APPENDs THEN wait_for_new
    returns True within 2 s."""
    source = ImapSource(dovecot.mailbox_settings(USER))
    source.connect()
    assert list(source.fetch_new()) == []
    idling = log_event("entering IDLE")
    appended_at: list[float] = []

    def deliver() -> None:
        idling.wait(10)
        dovecot.append(USER, "INBOX", message(1))
        appended_at.append(time.monotonic())

    thread = threading.Thread(target=deliver)
    thread.start()
    arrived = source.wait_for_new(30)
    returned_at = time.monotonic()
    thread.join()

    assert arrived is True
    latency = returned_at - appended_at[0]
    print(f"IDLE latency {latency:.3f} s")
    assert latency < 2.0
    assert [item.raw for item in source.fetch_new()] == [message(1)]
    source.close()


@pytest.mark.parametrize("how", ["stop", "kill"])
def test_idle_detects_a_dead_connection(dovecot: DovecotServer, log_event, how: str) -> None:
    """GIVEN the source idling WHEN Dovecot stops (BYE) or is killed (no BYE:
    idle_check then answers [] at once, forever) THEN the source notices, reconnects
    once the server is back, and returns True (a catch-up fetch is due) long before
    its timeout."""
    settings = dovecot.mailbox_settings(USER)
    delays: list[float] = []

    def backoff_wait(delay: float) -> None:
        delays.append(delay)
        dovecot.start()

    source = ImapSource(settings, sleep=backoff_wait)
    source.connect()
    list(source.fetch_new())
    idling = log_event("entering IDLE")
    stopper = threading.Thread(target=lambda: (idling.wait(10), getattr(dovecot, how)()))
    stopper.start()

    started = time.monotonic()
    assert source.wait_for_new(60) is True
    stopper.join()
    assert time.monotonic() - started < 15
    assert delays  # it waited (backoff) before reconnecting
    dovecot.append(USER, "INBOX", message(7))
    assert [item.raw for item in source.fetch_new()] == [message(7)]
    source.close()


def test_polling_when_the_server_has_no_idle(dovecot_factory) -> None:
    server = dovecot_factory(capabilities="IMAP4rev1 LITERAL+ UIDPLUS MOVE")
    source = ImapSource(server.mailbox_settings(USER), poll_interval=0.1)
    source.connect()
    list(source.fetch_new())

    assert source.wait_for_new(0.3) is False
    server.append(USER, "INBOX", message(1))
    assert source.wait_for_new(10) is True
    source.close()


def test_move_creates_the_missing_processed_folder(dovecot: DovecotServer) -> None:
    """GIVEN no folder Procesados WHEN a message is marked handled THEN the folder is
    created on [TRYCREATE] and the message is in it, no longer in INBOX."""
    dovecot.append_many(USER, "INBOX", [message(1), message(2)])
    source = ImapSource(dovecot.mailbox_settings(USER, processed_folder="Procesados"))
    source.connect()
    first, second = source.fetch_new()

    source.mark_handled(first.key)

    assert folder_uids(dovecot, "INBOX") == [int(second.key.uid)]
    assert len(folder_uids(dovecot, "Procesados")) == 1
    source.close()


def test_copy_delete_expunge_without_move(dovecot_factory) -> None:
    server = dovecot_factory(capabilities="IMAP4rev1 LITERAL+ UIDPLUS IDLE")
    server.append_many(USER, "INBOX", [message(1), message(2)])
    source = ImapSource(server.mailbox_settings(USER, processed_folder="Procesados"))
    source.connect()
    first, second = source.fetch_new()

    source.mark_handled(first.key)

    assert folder_uids(server, "INBOX") == [int(second.key.uid)]
    assert len(folder_uids(server, "Procesados")) == 1
    source.close()


def test_batches_of_1200_messages(dovecot: DovecotServer, caplog) -> None:
    """GIVEN 1,200 messages and batch_size 500 THEN three FETCHes (500, 500, 200)
    yield all of them in order, and one marking call moves them all."""
    sent = [message(n) for n in range(1200)]
    dovecot.append_many(USER, "INBOX", sent)
    source = ImapSource(dovecot.mailbox_settings(USER, processed_folder="Procesados", batch_size=500))
    source.connect()

    with caplog.at_level(logging.DEBUG, logger="mailbot.sources.imap"):
        fetched = list(source.fetch_new())
    batches = [record.args[1] for record in caplog.records if "FETCH batch" in record.msg]
    source.mark_handled_many([item.key for item in fetched])

    assert batches == [500, 500, 200]
    assert [item.raw for item in fetched] == sent
    assert folder_uids(dovecot, "INBOX") == []
    assert len(folder_uids(dovecot, "Procesados")) == 1200
    source.close()


def test_idle_is_renewed_within_a_long_wait(dovecot: DovecotServer, caplog) -> None:
    """GIVEN IDLE renewed every 0.2 s WHEN nothing arrives for 0.7 s THEN IDLE was
    entered several times (the 25-minute rule, shortened) and the wait answers False."""
    source = ImapSource(dovecot.mailbox_settings(USER), idle_renew_seconds=0.2)
    source.connect()
    list(source.fetch_new())

    with caplog.at_level(logging.DEBUG, logger="mailbot.sources.imap"):
        assert source.wait_for_new(0.7) is False
    entered = [record for record in caplog.records if "entering IDLE" in record.msg]

    assert len(entered) >= 3
    assert [item.raw for item in source.fetch_new()] == []
    source.close()
