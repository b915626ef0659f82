"""What one filing writes, inside the caller's transaction.

Each function takes the open `Session` and adds rows; none commits. The runner calls
them in one transaction so that a message, its decision, its registro number, its
expediente, its deadline, its reply in the outbox and the audit trail exist together
or not at all.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from mailbot.store.models import (
    AuditEvent, Deadline, DecisionRecord, Expediente, FieldSourceRecord, OutboxAttachment, OutboxMessage,
    Registro, RegistroCounter, RuleHitRecord, utcnow,
)

# Registro.status for each outcome of a new decision.
STATUS_BY_OUTCOME = {
    "acuse": "open", "cargo": "open", "triage": "triage", "subsanar": "subsanar",
    "portal": "portal", "suspendido": "suspendido",
}


def audit(session: Session, entity: str, entity_id: Any, action: str, **detail: Any) -> None:
    """One audit row; `detail` must hold no personal data beyond identifiers."""
    session.add(AuditEvent(entity=entity, entity_id=str(entity_id), action=action, detail=detail))


def next_number(session: Session, series: str, year: int) -> int:
    """The next number of `series` in `year`, gapless: it commits or rolls back with the filing.

    On PostgreSQL the counter row is locked (`FOR UPDATE`) until the transaction ends;
    on SQLite the transaction already holds the database's write lock (BEGIN IMMEDIATE).
    """
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        session.exec(insert(RegistroCounter).values(series=series, year=year, last=0).on_conflict_do_nothing())
    statement = select(RegistroCounter).where(
        RegistroCounter.series == series, RegistroCounter.year == year
    ).with_for_update()
    counter = session.exec(statement).first()
    if counter is None:
        counter = RegistroCounter(series=series, year=year, last=0)
        session.add(counter)
    counter.last += 1
    session.add(counter)
    session.flush()
    return counter.last


def registro_number(year: int, sequence: int) -> str:
    return f"REG-{year}-{sequence:06d}"


def find_expediente(
    session: Session, *, documento: str | None, carne: str | None,
    numbers: Iterable[str], sender: str,
) -> tuple[Expediente | None, str]:
    """The applicant's expediente and how it was found (for the audit trail).

    Order: document number, carné number, an expediente number written in the text,
    the sender's address. The address alone never joins two different document
    numbers (a relative or an NGO may write for several people).
    """
    if documento:
        found = session.exec(select(Expediente).where(Expediente.documento_identidad == documento)).first()
        if found:
            return found, "documento_identidad"
    if carne:
        found = session.exec(select(Expediente).where(Expediente.carne_extranjeria == carne)).first()
        if found:
            return found, "carne_extranjeria"
    for number in numbers:
        found = session.exec(select(Expediente).where(Expediente.number == number)).first()
        if found:
            return found, "numero_expediente"
    if sender:
        for found in session.exec(select(Expediente).where(Expediente.correo == sender).order_by(Expediente.id)):
            if not documento or not found.documento_identidad or found.documento_identidad == documento:
                return found, "correo"
    return None, "nuevo"


def file_in_expediente(
    session: Session, *, year: int, fields: dict[str, str], numbers: Iterable[str], sender: str,
) -> tuple[Expediente, str]:
    """Find the expediente (or open one) and fill in what it did not know yet."""
    documento = fields.get("documento_identidad")
    carne = fields.get("carne_extranjeria")
    expediente, how = find_expediente(session, documento=documento, carne=carne, numbers=numbers, sender=sender)
    if expediente is None:
        expediente = Expediente(number=f"EXP-{year}-{next_number(session, 'EXP', year):06d}")
    expediente.documento_identidad = expediente.documento_identidad or documento
    expediente.carne_extranjeria = expediente.carne_extranjeria or carne
    expediente.correo = expediente.correo or sender or None
    expediente.nombres = expediente.nombres or fields.get("nombres")
    expediente.known_refugee = expediente.known_refugee or bool(carne)
    session.add(expediente)
    session.flush()
    if how == "nuevo":
        audit(session, "expediente", expediente.number, "created")
    return expediente, how


def known_refugee(session: Session, sender: str) -> bool:
    if not sender:
        return False
    return session.exec(
        select(Expediente.id).where(Expediente.correo == sender, Expediente.known_refugee == True)  # noqa: E712
    ).first() is not None


def record_decision(
    session: Session, decision: Any, *, message_pk: int, registro_id: int | None, merged: bool = False,
) -> DecisionRecord:
    """The decision with its rule hits and the source of every field."""
    record = DecisionRecord(
        message_pk=message_pk,
        registro_id=registro_id,
        procedure=decision.procedure,
        outcome=decision.outcome,
        flags=list(decision.flags),
        missing=list(decision.missing),
        signature_status=decision.signature.status,
        filing_date=decision.filing_date,
        due_date=decision.due_date,
        merged=merged,
        data=decision.to_json(),
    )
    session.add(record)
    session.flush()
    for hit in decision.classification.hits:
        session.add(RuleHitRecord(
            decision_pk=record.id, rule=hit.rule, procedure=hit.procedure,
            location=hit.where, matched=hit.matched,
        ))
    for name, value in decision.fields.items():
        session.add(FieldSourceRecord(
            decision_pk=record.id, name=name, value=value.value, source=value.source, rule=value.rule,
        ))
    audit(session, "message", message_pk, "decided", outcome=decision.outcome, procedure=decision.procedure)
    return record


def open_deadline(session: Session, registro: Registro, kind: str, due: dt.date) -> Deadline:
    deadline = Deadline(registro_id=registro.id, kind=kind, due_date=due)
    session.add(deadline)
    audit(session, "registro", registro.number, "deadline_opened", kind=kind, due_date=due.isoformat())
    return deadline


def close_deadlines(session: Session, registro: Registro, status: str, kinds: tuple[str, ...] | None = None) -> None:
    for deadline in session.exec(
        select(Deadline).where(Deadline.registro_id == registro.id, Deadline.status == "open")
    ):
        if kinds is None or deadline.kind in kinds:
            deadline.status = status
            deadline.closed_at = utcnow()
            session.add(deadline)
            audit(session, "registro", registro.number, f"deadline_{status}", kind=deadline.kind)


def deadline_for(registro: Registro, decision: Any, session: Session) -> None:
    """Open the deadline a decision sets: the applicant's to subsanar, the office's to resolve."""
    if decision.due_date is None:
        return
    kind = "subsanar" if decision.outcome == "subsanar" else "resolver"
    open_deadline(session, registro, kind, decision.due_date)


def reply_message_id(key: str, from_address: str) -> str:
    domain = from_address.rpartition("@")[2] or "mailbot.invalid"
    return f"<{key}@{domain}>"


@dataclass(frozen=True)
class OutgoingFile:
    """A file an outgoing message carries (see `enqueue`)."""

    filename: str
    media_type: str
    data: bytes


def enqueue(
    session: Session, *, key: str, kind: str, registro: Registro | None, to_address: str,
    from_address: str, subject: str, body: str, in_reply_to: str = "", references: str = "",
    attachments: Sequence[OutgoingFile] = (),
) -> OutboxMessage | None:
    """Queue one outgoing message with its `attachments` (in that order); a second call
    with the same key adds nothing."""
    if session.exec(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)).first():
        return None
    if registro is not None and registro.number not in subject:
        subject = f"{subject} [{registro.number}]"
    row = OutboxMessage(
        idempotency_key=key, kind=kind, registro_id=registro.id if registro else None,
        to_address=to_address, from_address=from_address, subject=subject, body=body,
        in_reply_to=in_reply_to, references=references,
    )
    session.add(row)
    session.flush()
    for item in attachments:
        session.add(OutboxAttachment(outbox_id=row.id, filename=item.filename, media_type=item.media_type,
                                     sha256=hashlib.sha256(item.data).hexdigest(), size=len(item.data),
                                     data=item.data))
    audit(session, "outbox", key, "queued", kind=kind, registro=registro.number if registro else None,
          **({"attachments": len(attachments)} if attachments else {}))
    return row


def outbox_attachments(session: Session, outbox_id: int) -> list[OutboxAttachment]:
    """The files of an outbox row, in the order they were queued."""
    return list(session.exec(select(OutboxAttachment).where(OutboxAttachment.outbox_id == outbox_id)
                             .order_by(OutboxAttachment.id)))


def lock_safe(text: str) -> str:
    """`text` reduced to characters safe in a key or file name."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)
