"""One holder per mailbox: PostgreSQL advisory locks, file locks on SQLite, and `run` as a service."""
from __future__ import annotations

import dataclasses
import mailbox
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from sqlmodel import Session, func, select

from mailbot.settings import MailboxSettings, SchedulerSettings, SmtpSettings
from mailbot.store import open_engine, open_store
from mailbot.store.locks import FileLock, work_lock
from mailbot.store.models import Message, OutboxMessage
from tests.conftest_store import CORPUS, wait_until

MESA = "mesadepartes@rree.gob.pe"


def test_lock_has_one_holder_and_is_freed_on_release(db_url):
    db = open_store(db_url)
    first, second = work_lock(db, f"mailbox:{MESA}"), work_lock(db, f"mailbox:{MESA}")
    assert first.acquire() and first.held()
    assert not second.acquire()
    assert work_lock(db, "mailbox:other@rree.gob.pe").acquire()
    first.release()
    assert second.acquire()
    second.release()
    db.dispose()


def test_released_lock_leaves_no_file_and_can_be_taken_again(tmp_path):
    """GIVEN a SQLite store WHEN a lock is taken and released THEN its file
    (`state.db.lock-*`) is gone, and the lock can be taken again."""
    db = open_engine(f"sqlite:///{tmp_path / 'state.db'}")
    lock = work_lock(db, f"mailbox:{MESA}")
    assert lock.acquire()
    assert len(list(tmp_path.glob("state.db.lock-*"))) == 1
    lock.release()
    assert not list(tmp_path.glob("state.db.lock-*"))
    again = work_lock(db, f"mailbox:{MESA}")
    assert again.acquire() and not work_lock(db, f"mailbox:{MESA}").acquire()
    again.release()
    db.dispose()


def test_a_lock_file_removed_while_another_opened_it_never_has_two_holders(tmp_path):
    """GIVEN a contender that opened the lock file just before the holder released (and
    removed) it WHEN the contender locks THEN it holds the file now at the path, not the
    removed one, so a third contender is refused."""
    path = tmp_path / "state.db.lock-test"
    holder, contender, third = FileLock(path), FileLock(path), FileLock(path)
    assert holder.acquire()
    opened_early = [os.open(path, os.O_RDWR)]  # the contender's open(), before the release
    contender._open = lambda: opened_early.pop() if opened_early else FileLock._open(contender)
    holder.release()
    assert contender.acquire()
    assert not third.acquire()
    assert os.fstat(contender._fd).st_ino == os.stat(path).st_ino
    contender.release()
    assert not path.exists()


@pytest.mark.postgres
def test_standby_takes_over_when_the_holder_dies(pg_url):
    """GIVEN another process holding the mailbox's advisory lock WHEN it is SIGKILLed
    THEN this process gets the lock within a poll interval."""
    db = open_store(pg_url)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from mailbot.store import open_engine; from mailbot.store.locks import work_lock\n"
         f"lock = work_lock(open_engine(sys.argv[1]), 'mailbox:{MESA}'); assert lock.acquire(); print('held', flush=True)\n"
         "time.sleep(60)", pg_url], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        standby = work_lock(db, f"mailbox:{MESA}")
        assert not standby.acquire()
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        assert wait_until(standby.acquire, timeout=5, interval=0.1)
        standby.release()
    finally:
        holder.kill()
        db.dispose()


def _settings(corpus_settings, tmp_path, db_url):
    return dataclasses.replace(
        corpus_settings, database_url=db_url,
        mailboxes=(MailboxSettings(address=MESA, kind="maildir", path=str(tmp_path / "mesa")),),
        smtp=SmtpSettings(kind="maildir", outbox_path=str(tmp_path / "outbox")),
        scheduler=SchedulerSettings(poll_seconds=1, send_seconds=1, sweep_seconds=3600),
    )


def test_two_services_on_one_store_file_each_message_once(db_url, tmp_path, corpus_settings):
    """GIVEN two `mailbot run` services on the same store and Maildir WHEN mail arrives
    THEN each message is filed and answered once; WHEN stopped THEN both exit cleanly (0)."""
    from mailbot import service

    settings = _settings(corpus_settings, tmp_path, db_url)
    box = mailbox.Maildir(tmp_path / "mesa", create=True)
    files = sorted(CORPUS.glob("*.eml"))[:40]
    stop = threading.Event()
    codes: list[int] = []
    threads = [threading.Thread(target=lambda: codes.append(service.run(settings, stop=stop))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for path in files:
        box.add(path.read_bytes())
    db = open_store(db_url)

    def filed() -> int:
        with Session(db) as session:
            return session.exec(select(func.count()).select_from(Message)).one()

    try:
        assert wait_until(lambda: filed() == len(files), timeout=30, interval=0.2)
        assert wait_until(lambda: len(list((tmp_path / "outbox" / "new").iterdir())) > 0, timeout=10)
        time.sleep(1.5)  # a send round after the last filing
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    assert codes == [0, 0]
    with Session(db) as session:
        rows = session.exec(select(OutboxMessage)).all()
        assert {row.status for row in rows} == {"sent"}
    assert len(list((tmp_path / "outbox" / "new").iterdir())) == len(rows)
    assert list((tmp_path / "mesa" / "new").iterdir()) == []
    db.dispose()


def test_two_processes_creating_the_same_new_sqlite_store(tmp_path):
    """GIVEN a database file that does not exist yet WHEN two processes open (create and
    migrate) it at the same moment, ten times over THEN both succeed every time (switching
    a new database to WAL does not wait on its own; the store retries)."""
    import subprocess
    import sys

    code = "import sys; from mailbot.store import open_store; open_store(sys.argv[1]).dispose()"
    for attempt in range(10):
        url = f"sqlite:///{tmp_path / f'race{attempt}.db'}"
        runs = [subprocess.Popen([sys.executable, "-c", code, url], stderr=subprocess.PIPE) for _ in range(2)]
        results = [(run.wait(timeout=60), run.stderr.read().decode()) for run in runs]
        assert [rc for rc, _ in results] == [0, 0], [err[-500:] for _, err in results]
