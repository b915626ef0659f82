"""One contract, every source: a Maildir in a temp dir and IMAP against a real Dovecot.

Each test runs four times: {maildir, imap} x {flag as seen, move to a processed
folder}. A fake cannot drift from the real thing because there is no fake.
"""
from __future__ import annotations

import datetime as dt
import mailbox
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from mailbot.settings import MailboxSettings
from mailbot.sources.base import IncomingMessage, MailSource
from mailbot.sources.factory import make_source

ADDRESS = "mesadepartes@rree.gob.pe"


def sample(number: int) -> bytes:
    """A message with 8-bit text and a binary attachment: bytes must survive as-is."""
    attachment = bytes(range(256)).hex().encode()
    return (
        f"From: Solicitante {number} <solicitante{number}@example.org>\r\n"
        f"To: {ADDRESS}\r\n"
        f"Subject: Solicitud {number}\r\n"
        f"Message-ID: <msg-{number}@example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n'
        "\r\n--b\r\n"
        "Content-Type: text/plain; charset=iso-8859-1\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode("ascii") + "Petición de refugio nº {0}, año 2026.\r\n".format(number).encode(
        "iso-8859-1"
    ) + b"--b\r\nContent-Type: application/octet-stream\r\n\r\n" + attachment + b"\r\n--b--\r\n"


@dataclass
class Harness:
    """How a test delivers mail to, and opens, one kind of source."""

    make: Callable[[], MailSource]
    deliver: Callable[[bytes], None]

    def open(self) -> MailSource:
        source = self.make()
        source.connect()
        return source


@pytest.fixture(
    params=[
        pytest.param(("maildir", ""), id="maildir-seen"),
        pytest.param(("maildir", "Procesados"), id="maildir-move"),
        pytest.param(("imap", ""), id="imap-seen", marks=pytest.mark.imap),
        pytest.param(("imap", "Procesados"), id="imap-move", marks=pytest.mark.imap),
    ]
)
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Harness:
    kind, processed_folder = request.param
    if kind == "maildir":
        path = tmp_path / "Maildir"
        inbox = mailbox.Maildir(path, create=True)
        settings = MailboxSettings(address=ADDRESS, kind="maildir", path=str(path),
                                   processed_folder=processed_folder)
        return Harness(make=lambda: make_source(settings), deliver=lambda raw: inbox.add(raw) and None)
    server = request.getfixturevalue("dovecot")
    settings = server.mailbox_settings("mesadepartes", processed_folder=processed_folder, batch_size=2)
    return Harness(
        make=lambda: make_source(settings),
        deliver=lambda raw: server.append("mesadepartes", "INBOX", raw) and None,
    )


def fetch_all(source: MailSource, store: set | None = None) -> list[IncomingMessage]:
    """What the runner does: skip what the store has; 'commit' each (no marking)."""
    messages = list(source.fetch_new(None if store is None else store.__contains__))
    if store is not None:
        store.update(message.key for message in messages)
    return messages


def test_new_messages_are_yielded_once_with_bytes_intact(harness: Harness) -> None:
    """GIVEN three delivered messages WHEN fetched with the store as already_seen
    THEN each comes once, byte for byte, and a second fetch offers nothing."""
    sent = [sample(n) for n in range(3)]
    for raw in sent:
        harness.deliver(raw)
    source = harness.open()
    store: set = set()

    first = fetch_all(source, store)
    second = fetch_all(source, store)

    assert [message.raw for message in first] == sent
    assert len({message.key for message in first}) == 3
    assert second == []
    source.close()


def test_handled_messages_are_not_offered_again(harness: Harness) -> None:
    """GIVEN fetched messages marked handled WHEN fetched again, even without a store
    and on a new connection THEN nothing is offered."""
    for n in range(3):
        harness.deliver(sample(n))
    source = harness.open()
    for message in fetch_all(source):
        source.mark_handled(message.key)

    assert fetch_all(source) == []
    source.close()
    again = harness.open()
    assert fetch_all(again) == []
    again.close()


def test_unmarked_messages_are_offered_again_after_reconnect(harness: Harness) -> None:
    """GIVEN two fetched messages, only the first marked (a crash before the second
    commit) WHEN the source reconnects THEN the second is offered again, same key."""
    for n in range(2):
        harness.deliver(sample(n))
    source = harness.open()
    first, second = fetch_all(source)
    source.mark_handled(first.key)
    source.close()

    again = harness.open()
    offered = fetch_all(again)

    assert [(message.key, message.raw) for message in offered] == [(second.key, second.raw)]
    again.close()


def test_messages_come_oldest_first(harness: Harness) -> None:
    """GIVEN five messages delivered one after another THEN they come in that order."""
    sent = [sample(n) for n in range(5)]
    for raw in sent:
        harness.deliver(raw)
    source = harness.open()

    assert [message.raw for message in fetch_all(source)] == sent
    source.close()


def test_internaldate_is_aware_and_recent(harness: Harness) -> None:
    before = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=5)
    harness.deliver(sample(1))
    source = harness.open()

    [message] = fetch_all(source)

    assert message.internaldate is not None
    assert message.internaldate.utcoffset() is not None
    assert before <= message.internaldate <= dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=5)
    source.close()


def test_mark_handled_twice_is_harmless(harness: Harness) -> None:
    harness.deliver(sample(1))
    harness.deliver(sample(2))
    source = harness.open()
    first, second = fetch_all(source)

    source.mark_handled(first.key)
    source.mark_handled(first.key)

    assert [message.key for message in fetch_all(source)] == [second.key]
    source.close()


def test_wait_for_new_notices_a_delivery(harness: Harness) -> None:
    """GIVEN everything handled, on a new connection WHEN nothing arrives THEN
    wait_for_new times out False; WHEN a message is delivered THEN it answers True
    and the message is fetched."""
    harness.deliver(sample(1))
    first = harness.open()
    [handled] = fetch_all(first)
    first.mark_handled(handled.key)
    first.close()
    source = harness.open()
    store: set = set()
    assert fetch_all(source, store) == []

    assert source.wait_for_new(0.3) is False
    harness.deliver(sample(2))
    assert source.wait_for_new(10) is True
    assert [message.raw for message in fetch_all(source, store)] == [sample(2)]
    source.close()


def test_stored_but_unmarked_messages_are_marked_on_the_next_fetch(harness: Harness) -> None:
    """GIVEN a message committed to the store but never marked (crash, or a failed
    MOVE) WHEN the next fetch runs with the store THEN it is not offered but marked
    handled, so it does not linger in the mailbox."""
    harness.deliver(sample(1))
    harness.deliver(sample(2))
    source = harness.open()
    store: set = set()
    first, _ = fetch_all(source, store)
    source.close()
    store.discard(_.key)  # only the first was committed

    again = harness.open()
    offered = fetch_all(again, store)
    assert [message.raw for message in offered] == [sample(2)]
    again.mark_handled(offered[0].key)

    assert fetch_all(again) == []  # no store: the first one was marked too
    again.close()
