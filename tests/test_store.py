"""The store: migrations, read-only sessions, the gapless registro counter, UTC datetimes — on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import Session, SQLModel, select

from mailbot.store import open_engine, open_store, read_session, session_scope, upgrade
from mailbot.store import filing
from mailbot.store.migrate import current_revision
from mailbot.store.models import AuditEvent, MailboxState, OutboxMessage, RawMessage, Registro, RegistroCounter

HEAD = "0003"


def _schema_differences(engine) -> list:
    """What autogenerate would change, plus partial indexes that lost their WHERE
    (autogenerate does not compare index predicates)."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = list(compare_metadata(context, SQLModel.metadata))
        dialect = connection.dialect.name
        inspector = sa.inspect(connection)
        for table in SQLModel.metadata.sorted_tables:
            reflected = {index["name"]: index for index in inspector.get_indexes(table.name)}
            for index in table.indexes:
                where = index.dialect_options[dialect].get("where")
                found = reflected.get(index.name, {}).get("dialect_options", {}).get(f"{dialect}_where")
                if where is not None and (found is None or "'[]'" not in str(found)):
                    differences.append(("partial index without its predicate", index.name, str(found)))
    return differences


def test_migrations_build_exactly_the_models(db_url):
    """GIVEN an empty database WHEN the migrations run (twice) THEN the schema equals the models,
    the staff tables and the partial index of the flag queues included."""
    engine = open_engine(db_url)
    upgrade(engine)
    upgrade(engine)
    assert current_revision(engine) == HEAD
    assert {"staff_user", "web_session", "web_document", "outbox_attachment"} <= set(SQLModel.metadata.tables)
    assert _schema_differences(engine) == []
    engine.dispose()


def test_the_tables_do_not_depend_on_what_was_imported():
    """GIVEN a fresh interpreter that imports only the store's models THEN the tables on
    SQLModel.metadata are the ones this process has after importing the web too: the
    migration test compares the same thing whatever ran before it."""
    import mailbot.web.app  # noqa: F401 - every module that could register a table

    code = ("import mailbot.store.models, sqlmodel; "
            "print(' '.join(sorted(sqlmodel.SQLModel.metadata.tables)))")
    alone = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).resolve().parents[1]).stdout.split()
    assert alone == sorted(SQLModel.metadata.tables)


# What `ensure_web_schema` created at web start before revision 0002 (the web's tables came
# from the same models; these indexes had their own names).
LEGACY_WEB_INDEXES = [
    "CREATE INDEX IF NOT EXISTS ix_web_registro_status_received ON registro (status, received_at)",
    "CREATE INDEX IF NOT EXISTS ix_web_registro_received ON registro (received_at)",
    "CREATE INDEX IF NOT EXISTS ix_web_deadline_status_due ON deadline (status, due_date)",
    "CREATE INDEX IF NOT EXISTS ix_web_quarantine_status_created ON quarantine (status, created_at)",
    "CREATE INDEX IF NOT EXISTS ix_web_decision_created ON decision (created_at)",
    "CREATE INDEX IF NOT EXISTS ix_web_audit_entity_id ON audit (entity_id)",
    "CREATE INDEX IF NOT EXISTS ix_web_expediente_nombres ON expediente (nombres)",
    "CREATE INDEX IF NOT EXISTS ix_web_registro_flagged ON registro (status, received_at) "
    "WHERE CAST(flags AS VARCHAR) != '[]'",
]


@pytest.mark.parametrize("web_started", [False, True], ids=["store-only", "web-tables-already-there"])
def test_upgrade_from_revision_0001(db_url, web_started):
    """GIVEN a database at revision 0001 with a filed registro and a sent reply (and, when the
    web had run, its tables, a staff account and the old ix_web_* indexes)
    WHEN upgraded THEN it is at the head, its schema equals the models, and nothing was lost."""
    from mailbot.store.staff import StaffUser, WebDocument, WebSession

    engine = open_engine(db_url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    received = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.timezone.utc)
    with engine.begin() as connection:
        connection.execute(sa.insert(Registro.__table__).values(
            id=1, number="REG-2026-000001", year=2026, sequence=1, mailbox="mesadepartes@rree.gob.pe",
            sender="ana@example.org", outcome="cargo", status="open", flags=["derivado"], received_at=received,
            created_at=received, updated_at=received))
        connection.execute(sa.insert(OutboxMessage.__table__).values(
            id=1, idempotency_key="abc.r", kind="reply", registro_id=1, to_address="ana@example.org",
            from_address="mesadepartes@rree.gob.pe", subject="Cargo REG-2026-000001", body="Recibido.\n",
            in_reply_to="", references="", status="sent", claimed_by="", attempts=1, last_error="",
            created_at=received, sent_at=received))
        if web_started:
            SQLModel.metadata.create_all(connection, tables=[
                StaffUser.__table__, WebSession.__table__, WebDocument.__table__])
            for statement in LEGACY_WEB_INDEXES:
                connection.exec_driver_sql(statement)
            connection.execute(sa.insert(StaffUser.__table__).values(
                id=1, username="ana", role="staff", password_hash="x", active=True, created_at=received))
    upgrade(engine)
    assert current_revision(engine) == HEAD
    assert _schema_differences(engine) == []
    with Session(engine) as session:
        assert session.get(Registro, 1).flags == ["derivado"]
        assert session.get(OutboxMessage, 1).status == "sent"
        assert [user.username for user in session.exec(select(StaffUser))] == (["ana"] if web_started else [])
    with engine.connect() as connection:
        names = {index["name"] for table in ("registro", "deadline", "quarantine", "decision", "audit", "expediente")
                 for index in sa.inspect(connection).get_indexes(table)}
    assert not {name for name in names if name.startswith("ix_web_")}
    engine.dispose()


def test_read_session_reads_while_a_writer_holds_the_lock_and_cannot_write(db_url):
    """GIVEN a writer in the middle of a transaction (SQLite: holding the write lock)
    WHEN a read-only session reads THEN it answers at once with the committed state,
    and a write attempted in it raises."""
    engine = open_store(db_url)
    with session_scope(engine) as session:
        session.add(MailboxState(mailbox="a@rree.gob.pe", last_count=1))
    writer = Session(engine)
    writer.add(MailboxState(mailbox="b@rree.gob.pe"))
    writer.flush()  # SQLite: BEGIN IMMEDIATE taken, row written, not committed
    try:
        started = time.monotonic()
        with read_session(engine) as session:
            assert [s.mailbox for s in session.exec(select(MailboxState))] == ["a@rree.gob.pe"]
        assert time.monotonic() - started < 2
    finally:
        writer.rollback()
        writer.close()
    with pytest.raises(sa.exc.DBAPIError):
        with read_session(engine) as session:
            session.add(MailboxState(mailbox="c@rree.gob.pe"))
            session.flush()
    with session_scope(engine) as session:  # the connection the reader used writes again
        session.add(MailboxState(mailbox="d@rree.gob.pe"))
    with read_session(engine) as session:
        assert len(session.exec(select(MailboxState)).all()) == 2
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
