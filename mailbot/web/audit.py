"""Every staff action in the store's audit log: who, what, when, before and after.

    record(session, user, "registro", "REG-2026-000123", "procedure_set",
           before={"procedure": None}, after={"procedure": "apelacion"})

`AuditEvent.at` is the when; `detail` carries ``user`` (the account name, or
``"cli"``), ``role``, ``before``, ``after`` and any extra keys. The rows are written in
the caller's transaction, so an action and its audit row exist together or not at all.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, func, select

from mailbot.store.models import AuditEvent


def _plain(value: Any) -> Any:
    """JSON-safe copy: dates as ISO strings, tuples as lists."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    return value


def record(session: Session, user: Any, entity: str, entity_id: Any, action: str, *,
           before: Any = None, after: Any = None, **detail: Any) -> AuditEvent:
    """Add one audit row for an action by `user` (a StaffUser, or None for the command line)."""
    payload = {
        "user": getattr(user, "username", None) or "cli",
        "role": getattr(user, "role", None) or "cli",
        "before": _plain(before),
        "after": _plain(after),
        **_plain(detail),
    }
    event = AuditEvent(entity=entity, entity_id=str(entity_id), action=action, detail=payload)
    session.add(event)
    return event


def recent(session: Session, *, entity_id: str | None = None, user: str | None = None,
           limit: int = 100, offset: int = 0) -> tuple[list[AuditEvent], int]:
    """The newest audit rows (optionally of one entity), and how many there are."""
    query = select(AuditEvent)
    counter = select(func.count()).select_from(AuditEvent)
    if entity_id:
        query = query.where(AuditEvent.entity_id == entity_id)
        counter = counter.where(AuditEvent.entity_id == entity_id)
    rows = list(session.exec(query.order_by(AuditEvent.id.desc()).offset(offset).limit(limit * 4 if user else limit)))
    if user:  # the JSON detail is not indexed: filter the page in Python
        rows = [row for row in rows if (row.detail or {}).get("user") == user][:limit]
    return rows, session.exec(counter).one()
