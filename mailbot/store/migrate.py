"""Alembic migrations run programmatically, so `mailbot` upgrades its store on start.

There is no `alembic.ini`: the configuration is built here, pointing at
`mailbot/store/migrations/`. A developer creates a new revision with::

    python -m mailbot.store.migrate revision "add a column" sqlite:///dev.db
"""
from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to `revision` (creating every table on a fresh database).

    On PostgreSQL a transaction-level advisory lock serialises two processes that
    start at the same moment.
    """
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7263541)")
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def head_revision() -> str:
    """The newest migration this version of mailbot knows (e.g. "0003")."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    """Every migration this version of mailbot knows."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def main(argv: list[str]) -> int:  # pragma: no cover - developer tool
    from mailbot.store.db import open_engine

    if len(argv) != 3 or argv[0] != "revision":
        print("usage: python -m mailbot.store.migrate revision MESSAGE DATABASE_URL", file=sys.stderr)
        return 2
    engine = open_engine(argv[2])
    upgrade(engine)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.revision(config, message=argv[1], autogenerate=True)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
