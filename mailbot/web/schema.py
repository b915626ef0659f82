"""The web's own tables and the indexes its pages need on the store's tables.

The store's Alembic migrations do not know the web's tables (`staff_user`,
`web_session`, `web_document`) nor these indexes; `ensure_web_schema` creates whatever
is missing, idempotently, when the app starts (and in `mailbot users add`). They
belong in a store migration; until then this keeps the pages fast.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

# name -> (table, columns): every queue and search query is answered from one of these.
INDEXES: dict[str, tuple[str, str]] = {
    "ix_web_registro_status_received": ("registro", "status, received_at"),
    "ix_web_registro_received": ("registro", "received_at"),
    "ix_web_deadline_status_due": ("deadline", "status, due_date"),
    "ix_web_quarantine_status_created": ("quarantine", "status, created_at"),
    "ix_web_decision_created": ("decision", "created_at"),
    "ix_web_audit_entity_id": ("audit", "entity_id"),
    "ix_web_expediente_nombres": ("expediente", "nombres"),
}
# Partial index: the few registros with a flag, for the flag queues (see queues.FLAGGED).
PARTIAL = {
    "ix_web_registro_flagged": ("registro", "status, received_at", "CAST(flags AS VARCHAR) != '[]'"),
}


def ensure_web_schema(engine: Engine) -> None:
    from mailbot.web.accounts import StaffUser, WebSession
    from mailbot.web.documents import WebDocument

    SQLModel.metadata.create_all(engine, tables=[
        StaffUser.__table__, WebSession.__table__, WebDocument.__table__,
    ])
    with engine.begin() as connection:
        for name, (table, columns) in INDEXES.items():
            connection.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})"))
        for name, (table, columns, where) in PARTIAL.items():
            connection.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns}) WHERE {where}"))
