"""The staff's tables: accounts, their web sessions, and the documents they upload.

They live in the store (and its migrations) like every other table; the web
(`mailbot.web.accounts`, `mailbot.web.documents`) holds what is done with them and
re-exports these names.

- `StaffUser`: one account; `role` is one of `ROLES`, what a role may do is `PERMISSIONS`.
- `WebSession`: a signed-in browser; only the SHA-256 of its cookie token is stored.
- `WebDocument`: a document staff uploaded (the oficio PDF of a final response); the
  copy that travels with the mail is an `OutboxAttachment` of the outbox row.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import Column, Index, LargeBinary
from sqlmodel import Field, SQLModel

from mailbot.store.models import UTCDateTime, utcnow

ROLES = ("staff", "operator", "admin")
PERMISSIONS: dict[str, frozenset[str]] = {
    "casework": frozenset({"staff", "admin"}),
    "rules": frozenset({"operator", "admin"}),
    "audit": frozenset({"staff", "operator", "admin"}),
    "metrics": frozenset({"operator", "admin"}),
}


class StaffUser(SQLModel, table=True):
    __tablename__ = "staff_user"

    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(unique=True, max_length=64)
    role: str = Field(max_length=20)
    password_hash: str = Field(max_length=200)
    active: bool = True
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_login_at: Optional[dt.datetime] = Field(default=None, sa_type=UTCDateTime)

    def can(self, permission: str) -> bool:
        return self.active and self.role in PERMISSIONS[permission]


class WebSession(SQLModel, table=True):
    __tablename__ = "web_session"
    __table_args__ = (Index("ix_web_session_expires", "expires_at"),)

    token_sha256: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="staff_user.id", index=True)
    csrf_token: str = Field(max_length=64)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_seen_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: dt.datetime = Field(sa_type=UTCDateTime)


class WebDocument(SQLModel, table=True):
    """kind: oficio. `outbox_id`: the mail that carries it to the applicant."""

    __tablename__ = "web_document"

    id: Optional[int] = Field(default=None, primary_key=True)
    registro_id: int = Field(foreign_key="registro.id", index=True)
    kind: str = Field(default="oficio", max_length=20)
    filename: str = Field(max_length=200)
    media_type: str = Field(default="application/pdf", max_length=100)
    sha256: str = Field(max_length=64)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    uploaded_by: str = Field(max_length=64)
    uploaded_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    outbox_id: Optional[int] = Field(default=None, foreign_key="outbox.id")
