"""Alembic environment: uses the connection handed over by `mailbot.store.migrate`."""
from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import mailbot.store.models  # noqa: F401 - registers the tables on SQLModel.metadata
import mailbot.store.staff  # noqa: F401

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through mailbot.store.migrate.upgrade()")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported; use mailbot.store.migrate")
run_migrations_online()
