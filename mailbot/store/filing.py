"""What one filing writes, inside the caller's transaction.

Each function takes the open `Session` and adds rows; none commits. The runner calls
them in one transaction so that a message, its decision, its registro number, its
expediente, its deadline, its reply in the outbox and the audit trail exist together
or not at all.

The rows are written with SQLAlchemy Core statements (`insert_row`, one statement,
its new id returned), not as ORM objects: a filing writes a dozen rows, and the ORM's
unit of work cost several times the statements themselves. Rows nobody reads back in
the transaction (audit events, rule hits, field sources, deadlines, attachments) can
be gathered in a `RowBuffer` (`buffered(session)`) and written at the end with one
multi-row insert per table; a caller working with savepoints takes a `mark()` before
each and `rollback_to(mark)` when it rolls back, so the buffer holds exactly what the
transaction keeps. Without a buffer each is written at once.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import cache
from typing import Any, Iterable, Iterator, Sequence

from pydantic_core import PydanticUndefined
from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy import select as core_select
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


# -- rows without the ORM ------------------------------------------------------------------

_DEFAULTS: dict[type, tuple[Table, list[tuple[str, Any, Any]]]] = {}
_BUFFER = "mailbot_row_buffer"


def _defaults(model: type) -> tuple[Table, list[tuple[str, Any, Any]]]:
    """The model's table and, per column, its default value or factory (as the ORM fills them)."""
    known = _DEFAULTS.get(model)
    if known is None:
        table = model.__table__
        fields = []
        for name in table.c.keys():
            info = model.model_fields[name]
            default = None if info.default is PydanticUndefined else info.default
            fields.append((name, default, info.default_factory))
        known = _DEFAULTS[model] = (table, fields)
    return known


def row_values(model: type, **values: Any) -> dict[str, Any]:
    """Every column of `model` (but an autoincrement id not given), defaults filled in: so
    rows of one table always carry the same keys and can go in one multi-row insert."""
    table, fields = _defaults(model)
    row = {}
    for name, default, factory in fields:
        if name in values:
            row[name] = values[name]
        elif name == "id":
            continue
        else:
            row[name] = factory() if factory is not None else default
    return row


@cache
def _insert(table: Table, returning_id: bool = False) -> Any:
    return insert(table).returning(table.c.id) if returning_id else insert(table)


def run(session: Session, statement: Any, parameters: Any = None) -> Any:
    """Execute a Core statement on the session's connection (in its transaction),
    without the ORM's execution machinery; the statements of the filing are built once
    (with bound parameters) and only executed here."""
    return session.connection().execute(statement, parameters)


def insert_row(session: Session, model: type, **values: Any) -> int:
    """Insert one row now (Core) and return its new id."""
    table, _ = _defaults(model)
    return run(session, _insert(table, True), [row_values(model, **values)]).scalar_one()


class RowBuffer:
    """Rows to insert later, one multi-row insert per table (see the module's docstring)."""

    def __init__(self) -> None:
        self.rows: dict[type, list[dict[str, Any]]] = {}

    def add(self, model: type, **values: Any) -> None:
        self.rows.setdefault(model, []).append(row_values(model, **values))

    def mark(self) -> dict[type, int]:
        return {model: len(rows) for model, rows in self.rows.items()}

    def rollback_to(self, mark: dict[type, int]) -> None:
        """Forget what was added since `mark` (its savepoint was rolled back)."""
        for model, rows in self.rows.items():
            del rows[mark.get(model, 0):]

    def write(self, session: Session) -> None:
        # The parents of buffered rows (decision, registro, outbox) are written at once,
        # never buffered, so the tables can be written in any order.
        for model, rows in self.rows.items():
            if rows:
                run(session, _insert(model.__table__), rows)
        self.rows.clear()


@contextlib.contextmanager
def buffered(session: Session) -> Iterator[RowBuffer]:
    """Gather the rows the functions below add in `session`; written when the block ends
    without an exception (before the caller commits), dropped otherwise."""
    buffer = RowBuffer()
    session.info[_BUFFER] = buffer
    try:
        yield buffer
        buffer.write(session)
    finally:
        session.info.pop(_BUFFER, None)


def add_row(session: Session, model: type, **values: Any) -> None:
    """A row nobody reads back in this transaction: to the buffer when there is one, else now."""
    buffer = session.info.get(_BUFFER)
    if buffer is not None:
        buffer.add(model, **values)
    else:
        run(session, _insert(model.__table__), [row_values(model, **values)])


def audit(session: Session, entity: str, entity_id: Any, action: str, **detail: Any) -> None:
    """One audit row; `detail` must hold no personal data beyond identifiers."""
    values = dict(entity=entity, entity_id=str(entity_id), action=action, detail=detail)
    if _BUFFER in session.info:
        add_row(session, AuditEvent, **values)
    else:  # an ORM object: the sender's and the web's sessions flush it with the rest
        session.add(AuditEvent(**values))


def next_number(session: Session, series: str, year: int) -> int:
    """The next number of `series` in `year`, gapless: it commits or rolls back with the filing.

    On PostgreSQL the counter row is locked (`FOR UPDATE`) until the transaction ends;
    on SQLite the transaction already holds the database's write lock (BEGIN IMMEDIATE).
    """
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        # One statement in the usual case: the row is incremented (and, on PostgreSQL,
        # locked until the transaction ends) and the new value returned.
        table = RegistroCounter.__table__
        which = {"which_series": series, "which_year": year}
        taken = run(session, _BUMP(), which).scalar_one_or_none()
        if taken is None:  # the first number of the series this year
            upsert = postgresql_insert if dialect == "postgresql" else sqlite_insert
            run(session, upsert(table).values(series=series, year=year, last=0).on_conflict_do_nothing())
            taken = run(session, _BUMP(), which).scalar_one()
        return taken
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


@cache
def _BUMP() -> Any:  # noqa: N802 - a constant, built on first use
    table = RegistroCounter.__table__
    return (update(table).where(table.c.series == bindparam("which_series"), table.c.year == bindparam("which_year"))
            .values(last=table.c.last + 1).returning(table.c.last))


def registro_number(year: int, sequence: int) -> str:
    return f"REG-{year}-{sequence:06d}"


@cache
def _expediente_query(by: str) -> Any:
    """The first expediente by one criterion of `find_expediente`, built once."""
    c = Expediente.__table__.c
    where = {
        "documento": [c.documento_identidad == bindparam("value")],
        "carne": [c.carne_extranjeria == bindparam("value")],
        "number": [c.number == bindparam("value")],
        "correo": [c.correo == bindparam("value")],
        # the sender's address, and no other document number than this one
        "correo_documento": [c.correo == bindparam("value"), (c.documento_identidad == None)  # noqa: E711
                             | (c.documento_identidad == "") | (c.documento_identidad == bindparam("documento"))],
    }[by]
    return core_select(Expediente.__table__).where(*where).order_by(c.id).limit(1)


def _expediente(session: Session, by: str, **values: Any) -> Expediente | None:
    row = run(session, _expediente_query(by), values).first()
    return Expediente(**row._mapping) if row is not None else None


def find_expediente(
    session: Session, *, documento: str | None, carne: str | None,
    numbers: Iterable[str], sender: str,
) -> tuple[Expediente | None, str]:
    """The applicant's expediente and how it was found (for the audit trail).

    Order: document number, carné number, an expediente number written in the text,
    the sender's address. The address alone never joins two different document
    numbers (a relative or an NGO may write for several people). The expediente
    comes back detached: `file_in_expediente` writes its changes.
    """
    if documento:
        found = _expediente(session, "documento", value=documento)
        if found:
            return found, "documento_identidad"
    if carne:
        found = _expediente(session, "carne", value=carne)
        if found:
            return found, "carne_extranjeria"
    for number in numbers:
        found = _expediente(session, "number", value=number)
        if found:
            return found, "numero_expediente"
    if sender:
        found = (_expediente(session, "correo_documento", value=sender, documento=documento) if documento
                 else _expediente(session, "correo", value=sender))
        if found:
            return found, "correo"
    return None, "nuevo"


_EXPEDIENTE_FILLED = ("documento_identidad", "carne_extranjeria", "correo", "nombres", "known_refugee")


def file_in_expediente(
    session: Session, *, year: int, fields: dict[str, str], numbers: Iterable[str], sender: str,
) -> tuple[Expediente, str]:
    """Find the expediente (or open one) and fill in what it did not know yet."""
    documento = fields.get("documento_identidad")
    carne = fields.get("carne_extranjeria")
    expediente, how = find_expediente(session, documento=documento, carne=carne, numbers=numbers, sender=sender)
    before = None
    if expediente is None:
        expediente = Expediente(number=f"EXP-{year}-{next_number(session, 'EXP', year):06d}")
    else:
        before = {name: getattr(expediente, name) for name in _EXPEDIENTE_FILLED}
    expediente.documento_identidad = expediente.documento_identidad or documento
    expediente.carne_extranjeria = expediente.carne_extranjeria or carne
    expediente.correo = expediente.correo or sender or None
    expediente.nombres = expediente.nombres or fields.get("nombres")
    expediente.known_refugee = expediente.known_refugee or bool(carne)
    after = {name: getattr(expediente, name) for name in _EXPEDIENTE_FILLED}
    if before is None:
        expediente.id = insert_row(session, Expediente, number=expediente.number,
                                   created_at=expediente.created_at, **after)
        audit(session, "expediente", expediente.number, "created")
    elif after != before:
        table = Expediente.__table__
        run(session, update(table).where(table.c.id == expediente.id).values(
            {name: value for name, value in after.items() if value != before[name]}))
    return expediente, how


def known_refugee(session: Session, sender: str) -> bool:
    if not sender:
        return False
    return run(session, _REFUGEE(), {"sender": sender}).first() is not None


@cache
def _REFUGEE() -> Any:  # noqa: N802 - a constant, built on first use
    c = Expediente.__table__.c
    return core_select(c.id).where(c.correo == bindparam("sender"), c.known_refugee == True).limit(1)  # noqa: E712


def known_refugees(session: Session, senders: Iterable[str]) -> set[str]:
    """Those of `senders` that `known_refugee` is true for, in one query."""
    wanted = sorted({sender for sender in senders if sender})
    if not wanted:
        return set()
    c = Expediente.__table__.c
    return set(run(session, core_select(c.correo).where(
        c.correo.in_(wanted), c.known_refugee == True)).scalars())  # noqa: E712


def record_decision(
    session: Session, decision: Any, *, message_pk: int, registro_id: int | None, merged: bool = False,
) -> DecisionRecord:
    """The decision with its rule hits and the source of every field. The record comes
    back detached (its `id` set)."""
    values = dict(
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
        created_at=utcnow(),
    )
    record = DecisionRecord(id=insert_row(session, DecisionRecord, **values), **values)
    for hit in decision.classification.hits:
        add_row(session, RuleHitRecord, decision_pk=record.id, rule=hit.rule, procedure=hit.procedure,
                location=hit.where, matched=hit.matched)
    for name, value in decision.fields.items():
        add_row(session, FieldSourceRecord, decision_pk=record.id, name=name, value=value.value,
                source=value.source, rule=value.rule)
    audit(session, "message", message_pk, "decided", outcome=decision.outcome, procedure=decision.procedure)
    return record


def open_deadline(session: Session, registro: Registro, kind: str, due: dt.date) -> None:
    add_row(session, Deadline, registro_id=registro.id, kind=kind, due_date=due)
    audit(session, "registro", registro.number, "deadline_opened", kind=kind, due_date=due.isoformat())


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


@cache
def _QUEUED() -> Any:  # noqa: N802 - a constant, built on first use
    c = OutboxMessage.__table__.c
    return core_select(c.id).where(c.idempotency_key == bindparam("key"))


def queued(session: Session, key: str) -> bool:
    """Whether an outgoing message with this idempotency key is in the outbox."""
    return run(session, _QUEUED(), {"key": key}).first() is not None


def enqueue(
    session: Session, *, key: str, kind: str, registro: Registro | None, to_address: str,
    from_address: str, subject: str, body: str, in_reply_to: str = "", references: str = "",
    attachments: Sequence[OutgoingFile] = (), checked: bool = False,
) -> OutboxMessage | None:
    """Queue one outgoing message with its `attachments` (in that order); a second call
    with the same key adds nothing (`checked`: the caller just looked, in this
    transaction). The row comes back detached (its `id` set)."""
    if not checked and queued(session, key):
        return None
    if registro is not None and registro.number not in subject:
        subject = f"{subject} [{registro.number}]"
    values = row_values(
        OutboxMessage, idempotency_key=key, kind=kind, registro_id=registro.id if registro else None,
        to_address=to_address, from_address=from_address, subject=subject, body=body,
        in_reply_to=in_reply_to, references=references,
    )
    row = OutboxMessage(id=insert_row(session, OutboxMessage, **values), **values)
    for item in attachments:
        add_row(session, OutboxAttachment, outbox_id=row.id, filename=item.filename, media_type=item.media_type,
                sha256=hashlib.sha256(item.data).hexdigest(), size=len(item.data), data=item.data)
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
