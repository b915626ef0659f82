"""The tables of the store (SQLModel): what was received, what was decided, what is owed.

One direction of flow, one table per idea:

- `RawMessage`: the bytes exactly as received, content-addressed by SHA-256, written
  before anything else is done with them.
- `SourceReceipt`: one row per (mailbox, folder, uidvalidity, uid) a source offered;
  the same bytes in two mailboxes are two receipts and one `Message`.
- `Message` and `DecisionRecord` (+ `RuleHitRecord`, `FieldSourceRecord`): the filed
  message and every decision taken on it, explainable later.
- `Registro` (gapless yearly number, `RegistroCounter`), `Expediente`, `Deadline`.
- `OutboxMessage`: replies owed, each with an idempotency key that is also its
  Message-ID, so a reply is sent once even across crashes; `OutboxAttachment`: the
  files it carries (the cargo as PDF, the oficio of a final response).
- `AuditEvent`: every state change. `Quarantine`: messages whose processing raised.
- `MailboxState`: last poll per mailbox, for `mailbot status`.
- Staff accounts, web sessions and uploaded documents: `mailbot.store.staff`.

Besides the one-column indexes, each table declares the composite indexes its
queries need (the staff queues and search, the sender's daily cap); the migrations
build exactly these (`tests/test_store.py`).

Datetimes are stored as UTC (SQLite drops time zones) and come back aware.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from sqlalchemy import (
    JSON, BigInteger, Column, DateTime, Index, LargeBinary, Text, TypeDecorator, UniqueConstraint, text,
)
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator):
    """An aware datetime stored as naive UTC; naive input is taken as UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc)


def _when(**kwargs: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kwargs)


# "The registro has a flag": the predicate of the partial index `ix_registro_flagged`,
# written the same on SQLite and PostgreSQL (the flag queues query it literally, see
# `mailbot.web.queues.FLAGGED`). Few registros have a flag, so the index stays small.
FLAGGED_SQL = "CAST(flags AS VARCHAR) != '[]'"


class RawMessage(SQLModel, table=True):
    __tablename__ = "raw_message"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    stored_at: dt.datetime = _when(default_factory=utcnow)


class SourceReceipt(SQLModel, table=True):
    """A message as one source offered it. `state`: stored, filed, duplicate, quarantined."""

    __tablename__ = "source_receipt"
    __table_args__ = (UniqueConstraint("mailbox", "folder", "uidvalidity", "uid"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    mailbox: str = Field(index=True, max_length=320)
    folder: str = Field(max_length=1000)
    uidvalidity: int = Field(sa_type=BigInteger)
    uid: str = Field(max_length=500)
    raw_sha256: str = Field(foreign_key="raw_message.sha256", index=True, max_length=64)
    internaldate: Optional[dt.datetime] = _when(default=None)
    state: str = Field(default="stored", max_length=20)
    message_pk: Optional[int] = Field(default=None, foreign_key="message.id")
    created_at: dt.datetime = _when(default_factory=utcnow)


class Expediente(SQLModel, table=True):
    """The applicant's case file; messages and registros of one person gather here."""

    __tablename__ = "expediente"
    __table_args__ = (Index("ix_expediente_nombres", "nombres"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=32)
    documento_identidad: Optional[str] = Field(default=None, index=True, max_length=64)
    carne_extranjeria: Optional[str] = Field(default=None, index=True, max_length=64)
    correo: Optional[str] = Field(default=None, index=True, max_length=320)
    nombres: Optional[str] = Field(default=None, max_length=500)
    known_refugee: bool = False
    created_at: dt.datetime = _when(default_factory=utcnow)


class Registro(SQLModel, table=True):
    """One filing, numbered at receipt: `REG-2026-000123` (gapless per year).

    `status`: open (awaiting staff), subsanar (awaiting the applicant), no_presentado
    (subsanar not completed in time), answered_portal, suspendido, closed.
    """

    __tablename__ = "registro"
    __table_args__ = (
        UniqueConstraint("year", "sequence"),
        Index("ix_registro_status_received", "status", "received_at"),
        Index("ix_registro_received", "received_at"),
        Index("ix_registro_flagged", "status", "received_at",
              sqlite_where=text(FLAGGED_SQL), postgresql_where=text(FLAGGED_SQL)),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=32)
    year: int
    sequence: int
    expediente_id: Optional[int] = Field(default=None, foreign_key="expediente.id", index=True)
    first_message_pk: Optional[int] = Field(default=None)
    current_decision_pk: Optional[int] = Field(default=None)
    mailbox: str = Field(max_length=320)
    sender: str = Field(default="", max_length=320)
    procedure: Optional[str] = Field(default=None, max_length=64)
    outcome: str = Field(max_length=20)
    status: str = Field(default="open", index=True, max_length=20)
    flags: list = Field(default_factory=list, sa_type=JSON)
    received_at: dt.datetime = _when()
    filing_date: Optional[dt.date] = None
    due_date: Optional[dt.date] = Field(default=None, index=True)
    created_at: dt.datetime = _when(default_factory=utcnow)
    updated_at: dt.datetime = _when(default_factory=utcnow)


class RegistroCounter(SQLModel, table=True):
    """The last number given per (series, year); updated in the filing transaction."""

    __tablename__ = "registro_counter"

    series: str = Field(primary_key=True, max_length=8)
    year: int = Field(primary_key=True)
    last: int = 0


class Message(SQLModel, table=True):
    """A filed message. `content_key` identifies it across mailboxes (trace headers aside)."""

    __tablename__ = "message"

    id: Optional[int] = Field(default=None, primary_key=True)
    content_key: str = Field(unique=True, max_length=64)
    raw_sha256: str = Field(foreign_key="raw_message.sha256", index=True, max_length=64)
    message_id: str = Field(default="", index=True, max_length=998)
    mailbox: str = Field(max_length=320)
    sender: str = Field(default="", index=True, max_length=320)
    subject: str = Field(default="", sa_type=Text)
    in_reply_to: str = Field(default="", sa_type=Text)
    received_at: dt.datetime = _when()
    role: str = Field(default="filing", max_length=20)  # filing, followup, ignored
    registro_id: Optional[int] = Field(default=None, foreign_key="registro.id", index=True)
    created_at: dt.datetime = _when(default_factory=utcnow)


class DecisionRecord(SQLModel, table=True):
    __tablename__ = "decision"
    __table_args__ = (Index("ix_decision_created", "created_at"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    message_pk: int = Field(foreign_key="message.id", index=True)
    registro_id: Optional[int] = Field(default=None, foreign_key="registro.id", index=True)
    procedure: Optional[str] = Field(default=None, max_length=64)
    outcome: str = Field(max_length=20)
    flags: list = Field(default_factory=list, sa_type=JSON)
    missing: list = Field(default_factory=list, sa_type=JSON)
    signature_status: str = Field(default="", max_length=20)
    filing_date: Optional[dt.date] = None
    due_date: Optional[dt.date] = None
    merged: bool = False
    data: dict = Field(default_factory=dict, sa_type=JSON)
    created_at: dt.datetime = _when(default_factory=utcnow)


class RuleHitRecord(SQLModel, table=True):
    __tablename__ = "rule_hit"

    id: Optional[int] = Field(default=None, primary_key=True)
    decision_pk: int = Field(foreign_key="decision.id", index=True)
    rule: str = Field(max_length=200)
    procedure: str = Field(max_length=64)
    location: str = Field(max_length=100)
    matched: str = Field(default="", sa_type=Text)


class FieldSourceRecord(SQLModel, table=True):
    __tablename__ = "field_source"

    id: Optional[int] = Field(default=None, primary_key=True)
    decision_pk: int = Field(foreign_key="decision.id", index=True)
    name: str = Field(max_length=64)
    value: str = Field(sa_type=Text)
    source: str = Field(max_length=200)
    rule: str = Field(max_length=200)


class Deadline(SQLModel, table=True):
    """kind: subsanar (the applicant's 2 days) or resolver (the office's plazo).
    status: open, met, expired, cancelled."""

    __tablename__ = "deadline"
    __table_args__ = (Index("ix_deadline_status_due", "status", "due_date"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    registro_id: int = Field(foreign_key="registro.id", index=True)
    kind: str = Field(max_length=20)
    due_date: dt.date = Field(index=True)
    status: str = Field(default="open", index=True, max_length=20)
    created_at: dt.datetime = _when(default_factory=utcnow)
    closed_at: Optional[dt.datetime] = _when(default=None)


class OutboxMessage(SQLModel, table=True):
    """A reply owed. status: pending, sending, sent, failed, suppressed."""

    __tablename__ = "outbox"
    # the sender's daily cap per recipient (`Sender._over_cap`)
    __table_args__ = (Index("ix_outbox_to_status_sent", "to_address", "status", "sent_at"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    idempotency_key: str = Field(unique=True, max_length=200)
    kind: str = Field(default="reply", max_length=20)  # reply, notice, digest
    registro_id: Optional[int] = Field(default=None, foreign_key="registro.id", index=True)
    to_address: str = Field(max_length=320)
    from_address: str = Field(max_length=320)
    subject: str = Field(sa_type=Text)
    body: str = Field(sa_type=Text)
    in_reply_to: str = Field(default="", sa_type=Text)
    references: str = Field(default="", sa_type=Text)
    status: str = Field(default="pending", index=True, max_length=20)
    claimed_by: str = Field(default="", max_length=100)  # the sender run that set "sending"
    attempts: int = 0
    next_attempt_at: Optional[dt.datetime] = _when(default=None)
    last_error: str = Field(default="", sa_type=Text)
    created_at: dt.datetime = _when(default_factory=utcnow)
    sent_at: Optional[dt.datetime] = _when(default=None)


class OutboxAttachment(SQLModel, table=True):
    """A file an outbox message carries, attached in `id` order; the bytes are kept
    here so that the message is rebuilt identically from the rows alone."""

    __tablename__ = "outbox_attachment"

    id: Optional[int] = Field(default=None, primary_key=True)
    outbox_id: int = Field(foreign_key="outbox.id", index=True)
    filename: str = Field(max_length=200)
    media_type: str = Field(max_length=100)
    sha256: str = Field(max_length=64)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_entity_id", "entity_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    at: dt.datetime = _when(default_factory=utcnow)
    entity: str = Field(max_length=30)
    entity_id: str = Field(max_length=200)
    action: str = Field(max_length=50)
    detail: dict = Field(default_factory=dict, sa_type=JSON)


class Quarantine(SQLModel, table=True):
    """A message whose processing raised; status open until `mailbot retry` files it."""

    __tablename__ = "quarantine"
    __table_args__ = (Index("ix_quarantine_status_created", "status", "created_at"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    raw_sha256: str = Field(foreign_key="raw_message.sha256", index=True, max_length=64)
    mailbox: str = Field(max_length=320)
    folder: str = Field(default="", max_length=1000)
    uidvalidity: int = Field(default=0, sa_type=BigInteger)
    uid: str = Field(default="", max_length=500)
    internaldate: Optional[dt.datetime] = _when(default=None)
    error: str = Field(sa_type=Text)
    traceback: str = Field(default="", sa_type=Text)
    status: str = Field(default="open", index=True, max_length=20)
    attempts: int = 1
    created_at: dt.datetime = _when(default_factory=utcnow)
    resolved_at: Optional[dt.datetime] = _when(default=None)


class MailboxState(SQLModel, table=True):
    __tablename__ = "mailbox_state"

    mailbox: str = Field(primary_key=True, max_length=320)
    last_poll_at: Optional[dt.datetime] = _when(default=None)
    last_success_at: Optional[dt.datetime] = _when(default=None)
    last_error: str = Field(default="", sa_type=Text)
    last_count: int = 0
    holder: str = Field(default="", max_length=200)
    # the current run of failed polls: since when, how many in a row (cleared on success)
    error_since: Optional[dt.datetime] = _when(default=None)
    error_count: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
