"""The store: SQLModel tables, engines and sessions, Alembic migrations.

The store knows the decision core's types; the core knows nothing of the store.
Importing any part of it registers every table (`models`, `staff`) on
`SQLModel.metadata`, so the schema the migrations build is the same whatever else
was imported.

    db = open_store(settings.database_url)   # engine, migrated to the newest revision
"""
from sqlalchemy.engine import Engine

from mailbot.store import models, staff  # noqa: F401 - every table on SQLModel.metadata
from mailbot.store.db import is_postgres, open_engine, read_session, session_scope
from mailbot.store.migrate import upgrade


def open_store(url: str) -> Engine:
    """Open the database at `url` and apply every pending migration."""
    engine = open_engine(url)
    upgrade(engine)
    return engine


__all__ = ["open_store", "open_engine", "session_scope", "read_session", "upgrade", "is_postgres"]
