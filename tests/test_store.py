"""The store: migrations, the gapless registro counter, UTC datetimes — on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import Session, SQLModel, select

from mailbot.store import open_engine, open_store, session_scope, upgrade
from mailbot.store import filing
from mailbot.store.migrate import current_revision
from mailbot.store.models import AuditEvent, MailboxState, RawMessage, RegistroCounter


def test_migrations_build_exactly_the_models(db_url):
    """GIVEN an empty database WHEN the migrations run (twice) THEN the schema equals the models."""
    engine = open_engine(db_url)
    upgrade(engine)
    upgrade(engine)
    assert current_revision(engine) == "0001"
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()


def test_datetimes_come_back_as_utc(store):
    """GIVEN a datetime in Lima time WHEN stored and read THEN the same instant comes back, aware."""
    lima = dt.timezone(dt.timedelta(hours=-5))
    when = dt.datetime(2026, 11, 23, 16, 58, tzinfo=lima)
    with session_scope(store) as session:
        session.add(MailboxState(mailbox="a@rree.gob.pe", last_poll_at=when))
    with Session(store) as session:
        back = session.get(MailboxState, "a@rree.gob.pe").last_poll_at
    assert back == when and back.utcoffset() == dt.timedelta(0)


def test_raw_bytes_round_trip(store):
    data = bytes(range(256)) * 100
    with session_scope(store) as session:
        session.add(RawMessage(sha256="x" * 64, size=len(data), data=data))
    with Session(store) as session:
        assert session.get(RawMessage, "x" * 64).data == data


def test_counter_is_gapless_when_a_filing_rolls_back(store):
    """GIVEN two numbers taken WHEN the transaction taking a third rolls back THEN the next is 3."""
    for _ in range(2):
        with session_scope(store) as session:
            filing.next_number(session, "REG", 2026)
    with pytest.raises(RuntimeError):
        with session_scope(store) as session:
            assert filing.next_number(session, "REG", 2026) == 3
            raise RuntimeError("the filing failed")
    with session_scope(store) as session:
        assert filing.next_number(session, "REG", 2026) == 3
        assert filing.next_number(session, "REG", 2027) == 1


def test_counter_under_concurrent_writers(db_url):
    """GIVEN 4 threads each taking 25 numbers in separate transactions THEN 1..100, no gap, no repeat."""
    engine = open_store(db_url)
    taken: list[int] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(25):
                with session_scope(engine) as session:
                    number = filing.next_number(session, "REG", 2026)
                    filing.audit(session, "registro", number, "created")
                with lock:
                    taken.append(number)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(taken) == list(range(1, 101))
    with Session(engine) as session:
        assert session.exec(select(RegistroCounter)).one().last == 100
        assert len(session.exec(select(AuditEvent)).all()) == 100
    engine.dispose()
