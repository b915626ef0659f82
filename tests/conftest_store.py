"""Fixtures of the store, runner and sender tests (hooked up from tests/conftest.py).

- `db_url`: a fresh database, parametrized over SQLite (a temp file) and PostgreSQL
  (a private database `mailbot_test_<random>` on 127.0.0.1:5432, dropped afterwards).
- `pg_url`: PostgreSQL only.
- `smtp_server`: an aiosmtpd server on a free port recording every message it accepts.
- `corpus_settings`, `engine`: the real decision core with the corpus calendar.
"""
from __future__ import annotations

import email
import secrets
import socket
import threading
import time
from dataclasses import dataclass, field
from email import policy
from pathlib import Path
from typing import Iterator

import pytest

# the labelled corpus lives in ../shared/ beside the project (as in CI's checkout)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


# -- PostgreSQL --------------------------------------------------------------------------

def _create_pg_database() -> str:
    import sqlalchemy as sa

    name = f"mailbot_test_{secrets.token_hex(4)}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"PostgreSQL at 127.0.0.1:5432 is not usable: {exc}", pytrace=False)
    finally:
        admin.dispose()
    return name


def _drop_pg_database(name: str) -> None:
    import sqlalchemy as sa

    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    name = _create_pg_database()
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        _drop_pg_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'state.db'}"
        return
    name = _create_pg_database()
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        _drop_pg_database(name)


# -- SMTP --------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    envelope_from: str
    recipients: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.data, policy=policy.default)


@dataclass
class SmtpRecorder:
    """The handler: keeps every accepted message; `fail_with` makes it refuse (e.g. "451 busy")."""

    messages: list[Received] = field(default_factory=list)
    fail_with: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, N802 - aiosmtpd API
        if self.fail_with:
            return self.fail_with
        with self.lock:
            self.messages.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [str(item.message["Message-ID"]) for item in self.messages]


@dataclass
class SmtpServer:
    host: str
    port: int
    recorder: SmtpRecorder
    controller: object

    def stop(self) -> None:
        self.controller.stop()

    def start(self) -> None:
        """Start again after `stop()` (a new controller on the same port, same recorder)."""
        from aiosmtpd.controller import Controller

        self.controller = Controller(self.recorder, hostname=self.host, port=self.port)
        self.controller.start()


def start_smtp(port: int | None = None) -> SmtpServer:
    try:
        from aiosmtpd.controller import Controller
    except ImportError as exc:
        pytest.fail(f"aiosmtpd is not installed: {exc}", pytrace=False)
    recorder = SmtpRecorder()
    port = port or free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    return SmtpServer("127.0.0.1", port, recorder, controller)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = start_smtp()
    try:
        yield server
    finally:
        try:
            server.stop()
        except Exception:  # noqa: BLE001 - already stopped by the test
            pass


# -- the decision core -------------------------------------------------------------------

@pytest.fixture(scope="session")
def corpus_settings():
    from mailbot.settings import load_settings

    return load_settings(CORPUS / "config.toml")


@pytest.fixture(scope="session")
def engine(corpus_settings):
    from mailbot.core.decision import DecisionEngine

    return DecisionEngine.from_settings(corpus_settings)


def wait_until(predicate, timeout: float = 10.0, interval: float = 0.02) -> bool:
    """Poll `predicate` until true (for servers in other threads/processes)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


class ListSource:
    """A `MailSource` over a list of (uid, raw bytes): the runner's tests feed it directly.

    It keeps the contract that matters here: it offers what is not handled, in order,
    and forgets a message only when `mark_handled` is called.
    """

    def __init__(self, mailbox: str, messages: list[tuple[str, bytes]] | None = None, internaldate=None) -> None:
        from mailbot.sources.base import SourceKey

        self.mailbox = mailbox
        self._key = lambda uid: SourceKey(mailbox, "INBOX", 1, uid)
        self.pending: dict[str, bytes] = dict(messages or [])
        self.handled: list[str] = []
        self.internaldate = internaldate

    def add(self, uid: str, raw: bytes) -> None:
        self.pending[uid] = raw

    def connect(self) -> None:
        pass

    def fetch_new(self, already_seen=None):
        from mailbot.sources.base import IncomingMessage

        for uid, raw in list(self.pending.items()):
            key = self._key(uid)
            if already_seen is not None and already_seen(key):
                continue
            when = self.internaldate(uid) if callable(self.internaldate) else self.internaldate
            yield IncomingMessage(key=key, raw=raw, internaldate=when)

    def mark_handled(self, key) -> None:
        self.pending.pop(key.uid, None)
        self.handled.append(key.uid)

    def mark_handled_many(self, keys) -> None:
        for key in keys:
            self.mark_handled(key)

    def wait_for_new(self, timeout: float) -> bool:
        return bool(self.pending)

    def close(self) -> None:
        pass


@pytest.fixture
def store(db_url):
    from mailbot.store import open_store

    engine = open_store(db_url)
    yield engine
    engine.dispose()
