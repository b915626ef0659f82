"""Engines and sessions: SQLite `state.db` by default, PostgreSQL by URL.

SQLite is opened as the library notes advise (WAL, synchronous=NORMAL, foreign keys,
busy timeout, `check_same_thread=False`) and a transaction that may write starts with
``BEGIN IMMEDIATE``: the writer lock is taken up front, so two writers wait for each
other (busy_timeout) instead of failing on a lock upgrade, and the gapless registro
counter is read and written under the same lock. On PostgreSQL the counter row is
locked with ``SELECT ... FOR UPDATE`` instead.

Within one process, the threads that write to a SQLite store (the intake, the sender,
the scheduler's jobs) take the writer lock in turn, first come first served
(`WriterTurns`): SQLite's own wait (busy_timeout) polls with sleeps of up to 100 ms,
so a thread waiting for it missed the short gaps between another thread's
transactions and could wait for seconds behind a busy intake. Writers in other
processes still wait as before (busy_timeout).

A transaction that only reads (the staff pages, the queues and the search, a replay)
is opened by `read_session`: on SQLite a plain deferred ``BEGIN`` with
``PRAGMA query_only`` on, which takes no write lock, so under WAL it reads a snapshot
while `mailbot run` writes; on PostgreSQL ``SET TRANSACTION READ ONLY``. A write
attempted in it raises.

    engine = open_engine("sqlite:///state.db")
    upgrade(engine)                      # Alembic migrations, run on start
    with session_scope(engine) as session:
        ...                              # committed on exit, rolled back on error
    with read_session(engine) as session:
        ...                              # a snapshot; nothing can be written
"""
from __future__ import annotations

import collections
import contextlib
import sqlite3
import threading
import time
from pathlib import Path
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

SQLITE_BUSY_TIMEOUT_MS = 30_000
# Execution options read when a SQLite transaction begins: the transaction only reads
# (see `read_session`); or it writes but waits at most this long for the lock.
READ_ONLY = "mailbot_read_only"
LOCK_WAIT_MS = "mailbot_lock_wait_ms"


def normalise_url(url: str) -> str:
    """`postgresql://` means psycopg 3 here (the installed driver)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def open_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for `url`; for SQLite the parent folder is created when missing."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        )
        _install_sqlite_pragmas(engine)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


class WriterTurns:
    """A first-come-first-served lock: the writers of one process, one after the other.

    `acquire` waits at most `timeout` seconds and returns False after it (the writer
    then goes on and meets SQLite's own lock). `release` hands the turn straight to the
    longest waiting writer, so the releasing thread cannot take it back first.
    """

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._held = False
        self._waiters: collections.deque[threading.Event] = collections.deque()

    def acquire(self, timeout: float) -> bool:
        with self._mutex:
            if not self._held and not self._waiters:
                self._held = True
                return True
            waiter = threading.Event()
            self._waiters.append(waiter)
        try:
            if waiter.wait(timeout):
                return True
        except BaseException:  # e.g. KeyboardInterrupt while waiting: never keep a turn
            with self._mutex:
                if not waiter.is_set():
                    self._waiters.remove(waiter)
                    raise
            self.release()  # it was handed over meanwhile: pass it on
            raise
        with self._mutex:
            if waiter.is_set():  # handed over just now
                return True
            self._waiters.remove(waiter)
            return False

    def release(self) -> None:
        with self._mutex:
            if self._waiters:
                self._waiters.popleft().set()  # the turn passes on: still held
            else:
                self._held = False


_TURN = "mailbot_writer_turn"


def _install_sqlite_pragmas(engine: Engine) -> None:
    turns = WriterTurns()

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI types
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        _use_wal(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # noqa: ANN001
        options = connection.get_execution_options()
        if options.get(READ_ONLY):
            _pragma(connection, "query_only", 1)
            connection.exec_driver_sql("BEGIN")
        else:
            wait_ms = int(options.get(LOCK_WAIT_MS, SQLITE_BUSY_TIMEOUT_MS))
            _pragma(connection, "query_only", 0)
            _pragma(connection, "busy_timeout", wait_ms)
            if not connection.info.get(_TURN) and turns.acquire(wait_ms / 1000):
                connection.info[_TURN] = True
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            except BaseException:
                _end_turn(connection)
                raise

    def _end_turn(connection) -> None:  # noqa: ANN001
        if connection.info.pop(_TURN, False):
            turns.release()

    # The turn ends with the transaction (the next writer's BEGIN IMMEDIATE meets the
    # commit in progress at most for a moment) or when the connection goes away.
    event.listen(engine, "commit", _end_turn)
    event.listen(engine, "rollback", _end_turn)

    def _end_pooled(_dbapi_connection, record, *_args) -> None:  # noqa: ANN001
        if record is not None and record.info.pop(_TURN, False):
            turns.release()

    for name in ("checkin", "close", "invalidate"):
        event.listen(engine.pool, name, _end_pooled)


def _use_wal(cursor) -> None:  # noqa: ANN001 - DBAPI cursor
    """Switch a new database to WAL. Switching needs the database to itself and SQLite
    does not wait for it (no busy handler): when another process is creating the same
    new store (two services starting together), retry until it is done. WAL is
    persistent, so once set, later connections only read the mode."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _pragma(connection, name: str, value: int) -> None:  # noqa: ANN001
    """Set a per-connection pragma, remembered on the pooled connection, so that what one
    transaction set (a reader's query_only, a short lock wait) never leaks into the next."""
    known = connection.info.setdefault("mailbot_pragmas", {
        "query_only": 0, "busy_timeout": SQLITE_BUSY_TIMEOUT_MS})
    if known.get(name) != value:
        connection.exec_driver_sql(f"PRAGMA {name}={value}")
        known[name] = value


@contextlib.contextmanager
def session_scope(engine: Engine, *, lock_wait_ms: int | None = None) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any exception.

    `lock_wait_ms`: wait at most that long for the write lock (SQLite's busy timeout,
    PostgreSQL's lock_timeout) and raise `sqlalchemy.exc.OperationalError` after it;
    for a write that may be skipped, such as a web session's sliding expiry."""
    session = Session(engine, expire_on_commit=False)
    try:
        if lock_wait_ms is not None:
            connection = session.connection(execution_options={LOCK_WAIT_MS: lock_wait_ms})
            if is_postgres(engine):
                connection.exec_driver_sql(f"SET LOCAL lock_timeout = {int(lock_wait_ms)}")
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextlib.contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """One read-only transaction (no SQLite write lock), rolled back on exit.

    Objects read stay usable after the block (attributes already loaded)."""
    session = Session(engine, expire_on_commit=False)
    try:
        connection = session.connection(execution_options={READ_ONLY: True})
        if is_postgres(engine):
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
        yield session
    finally:
        session.close()
