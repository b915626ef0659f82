"""The store: SQLModel tables, engines and sessions, Alembic migrations.

The store knows the decision core's types; the core knows nothing of the store.
Importing any part of it registers every table (`models`, `staff`) on
`SQLModel.metadata`, so the schema the migrations build is the same whatever else
was imported.

    db = open_store(settings.database_url)                 # engine, migrated to the newest revision
    db = open_store(settings.database_url, create=False)   # StoreMissing if the SQLite file is not there
"""
from pathlib import Path

from sqlalchemy.engine import Engine, make_url

from mailbot.store import models, staff  # noqa: F401 - every table on SQLModel.metadata
from mailbot.store.db import is_postgres, open_engine, read_session, session_scope
from mailbot.store.migrate import upgrade


class StoreMissing(Exception):
    """The SQLite file `database_url` names does not exist, and the command only reads
    an existing store (`status`, `retry`, `users list`, `rules replay`, `doctor`)."""

    def __init__(self, url: str, path: Path) -> None:
        self.url, self.path = url, path
        super().__init__(f"{path} does not exist")


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names, made absolute; None for PostgreSQL or `:memory:`.

    Example: ``sqlite_file("sqlite:///state.db") == Path.cwd() / "state.db"``.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser().absolute()


def open_store(url: str, *, create: bool = True) -> Engine:
    """Open the database at `url` and apply every pending migration.

    With `create=False` a SQLite file that does not exist raises `StoreMissing`
    instead of being created empty (a command that only reads must not make one).
    """
    path = sqlite_file(url)
    if not create and path is not None and not path.exists():
        raise StoreMissing(url, path)
    engine = open_engine(url)
    upgrade(engine)
    return engine


__all__ = ["open_store", "open_engine", "session_scope", "read_session", "upgrade", "is_postgres",
           "StoreMissing", "sqlite_file"]
