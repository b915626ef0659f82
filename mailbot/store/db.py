"""Engines and sessions: SQLite `state.db` by default, PostgreSQL by URL.

SQLite is opened as the library notes advise (WAL, synchronous=NORMAL, foreign keys,
busy timeout, `check_same_thread=False`) and a transaction that may write starts with
``BEGIN IMMEDIATE``: the writer lock is taken up front, so two writers wait for each
other (busy_timeout) instead of failing on a lock upgrade, and the gapless registro
counter is read and written under the same lock. On PostgreSQL the counter row is
locked with ``SELECT ... FOR UPDATE`` instead.

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

import contextlib
import sqlite3
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


def _install_sqlite_pragmas(engine: Engine) -> None:
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
            _pragma(connection, "query_only", 0)
            _pragma(connection, "busy_timeout", int(options.get(LOCK_WAIT_MS, SQLITE_BUSY_TIMEOUT_MS)))
            connection.exec_driver_sql("BEGIN IMMEDIATE")


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
