"""Who works a mailbox (and the outbox): one holder at a time, across processes and hosts.

- PostgreSQL: a session-level advisory lock (`pg_try_advisory_lock`) on a connection
  kept open by the holder. When the holder dies its session ends and the lock is free;
  a standby trying every poll interval takes over within one interval.
- SQLite (one machine): an exclusive `flock` on a file beside the database
  (`state.db.lock-<hash of the name>`), released by the kernel when the holder dies.
  The holder removes the file when it releases the lock, so a finished run leaves
  none behind; one a killed holder left is taken over and removed by the next.

    lock = work_lock(db, "mailbox:mesadepartes@rree.gob.pe")
    if lock.acquire():      # non-blocking
        ...                 # check lock.held() before each batch
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from pathlib import Path

from sqlalchemy.engine import Connection, Engine, make_url


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for `name`."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class PostgresLock:
    def __init__(self, engine: Engine, name: str) -> None:
        self.engine, self.name, self.key = engine, name, lock_key(name)
        self._connection: Connection | None = None

    def acquire(self) -> bool:
        if self.held():
            return True
        self.release()
        connection = self.engine.connect()
        try:
            got = connection.exec_driver_sql(f"SELECT pg_try_advisory_lock({self.key})").scalar()
            connection.commit()
        except Exception:
            connection.close()
            raise
        if not got:
            connection.close()
            return False
        self._connection = connection
        return True

    def held(self) -> bool:
        """True while our session (and so the lock) is alive."""
        if self._connection is None:
            return False
        try:
            self._connection.exec_driver_sql("SELECT 1").scalar()
            self._connection.commit()
            return True
        except Exception:  # noqa: BLE001 - a dead session holds nothing
            self._connection = None
            return False

    def release(self) -> None:
        if self._connection is not None:
            try:
                self._connection.exec_driver_sql(f"SELECT pg_advisory_unlock({self.key})")
                self._connection.commit()
            except Exception:  # noqa: BLE001 - closing the session releases it anyway
                pass
            finally:
                self._connection.close()
                self._connection = None


class FileLock:
    """An exclusive `flock` on `path`; the file exists only while someone holds it.

    Removing a lock file safely: the holder unlinks it *before* unlocking, and whoever
    locks a descriptor checks that it still names the file at `path` (a process that
    opened the file just before the holder removed it has locked a deleted file, and
    must open the new one instead). So two holders can never lock two different files.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def _open(self) -> int:
        return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)

    def _names_our_file(self, fd: int) -> bool:
        try:
            on_disk = os.stat(self.path)
        except FileNotFoundError:
            return False
        ours = os.fstat(fd)
        return (ours.st_dev, ours.st_ino) == (on_disk.st_dev, on_disk.st_ino)

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return False
            if self._names_our_file(fd):
                self._fd = fd
                return True
            os.close(fd)  # the holder removed it while we opened it: try the new file

    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):  # e.g. a read-only folder: the file stays, harmless
                os.unlink(self.path)  # still locked: nobody else can hold this file now
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def work_lock(engine: Engine, name: str) -> PostgresLock | FileLock:
    if engine.dialect.name == "postgresql":
        return PostgresLock(engine, name)
    database = make_url(str(engine.url)).database or "state.db"
    digest = hashlib.sha256(name.encode()).hexdigest()[:16]
    return FileLock(Path(f"{database}.lock-{digest}"))
