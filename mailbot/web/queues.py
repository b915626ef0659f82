"""The queues staff work from, their counts, filters and the search.

Each queue is a query over the store, oldest first:

=================  ====================================================================
``triage``          registros no procedure was decided for (status ``triage``)
``verificar_firma`` open registros flagged ``verificar_firma`` (handwritten signature)
``extemporaneo``    open registros flagged ``extemporaneo`` (late recurso)
``derivado``        open registros flagged ``derivado`` (belong to another unit)
``subsanar``        waiting for the applicant (status ``subsanar``), with business days left
``vence_pronto``    open deadlines due within `scheduler.due_soon_business_days`
``vencidos``        open deadlines already past (both defined in `mailbot.store.due`,
                    which `mailbot status` and the digest share)
``cuarentena``      messages whose processing failed (open quarantine entries)
=================  ====================================================================

The indexes these queries need are declared on the store's models and built by its
migrations (`mailbot.store.models`, revision 0002). The pages run them in a
read-only transaction (`mailbot.store.db.read_session`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import String, cast, literal_column
from sqlmodel import Session, func, select

from mailbot.core.calendar import BusinessCalendar
from mailbot.store.due import (
    ACTIVE_STATUSES, TITLES, VENCE_PRONTO, VENCIDOS, deadline_condition, due_soon_until, with_deadline,
)
from mailbot.store.models import Deadline, Expediente, Quarantine, Registro, utcnow

# "has any flag": the predicate of the partial index ix_registro_flagged (models.FLAGGED_SQL),
# as a literal, not a bound parameter, so that SQLite can see the index applies.
FLAGGED = cast(Registro.flags, String) != literal_column("'[]'")
PAGE_SIZE = 50


@dataclass(frozen=True)
class QueueInfo:
    code: str
    title: str
    help: str


QUEUES: tuple[QueueInfo, ...] = (
    QueueInfo("triage", "Por clasificar", "Ningún trámite decidido: elija el trámite."),
    QueueInfo("verificar_firma", "Verificar firma", "Firma manuscrita presunta: confírmela."),
    QueueInfo("extemporaneo", "Extemporáneos", "Recursos presentados fuera de plazo."),
    QueueInfo("derivado", "Derivados", "Corresponden a otra unidad: reasígnelos."),
    QueueInfo("subsanar", "Por subsanar", "Esperando que el solicitante complete."),
    QueueInfo(VENCE_PRONTO, TITLES[VENCE_PRONTO], "Plazos que vencen en pocos días hábiles."),
    QueueInfo(VENCIDOS, TITLES[VENCIDOS], "Plazos ya vencidos."),
    QueueInfo("cuarentena", "Cuarentena", "Mensajes que no se pudieron procesar."),
)
QUEUE_CODES = tuple(queue.code for queue in QUEUES)
FLAG_QUEUES = ("verificar_firma", "extemporaneo", "derivado")


@dataclass(frozen=True)
class Filters:
    mailbox: str = ""
    procedure: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    page: int = 0

    def query_string(self, **changes) -> str:
        values = {"mailbox": self.mailbox, "procedure": self.procedure,
                  "since": self.since.isoformat() if self.since else "",
                  "until": self.until.isoformat() if self.until else "", "page": self.page}
        values.update(changes)
        return "&".join(f"{k}={v}" for k, v in values.items() if v not in ("", None, 0))


@dataclass
class Row:
    """One line of a queue or of the search results."""

    number: str
    received_at: dt.datetime
    mailbox: str
    procedure: str | None
    outcome: str
    status: str
    flags: list = field(default_factory=list)
    name: str | None = None
    expediente: str | None = None
    due_date: dt.date | None = None
    days_left: int | None = None
    deadline_kind: str | None = None


@dataclass
class QuarantineRow:
    id: int
    mailbox: str
    created_at: dt.datetime
    error: str
    attempts: int


class Queues:
    """Queue queries for one calendar; `today` is the office's (Lima) date."""

    def __init__(self, calendar: BusinessCalendar, due_soon_days: int) -> None:
        self.calendar = calendar
        self.due_soon_days = due_soon_days

    def today(self) -> dt.date:
        return self.calendar.to_local(utcnow()).date()

    def days_left(self, due: dt.date | None, today: dt.date) -> int | None:
        if due is None:
            return None
        if due >= today:
            return self.calendar.business_days_between(today, due)
        return -self.calendar.business_days_between(due, today)

    # -- building the queries ------------------------------------------------------------

    def _local_bounds(self, day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(0), tzinfo=self.calendar.zone)

    def _filtered(self, query, filters: Filters):
        if filters.mailbox:
            query = query.where(Registro.mailbox == filters.mailbox)
        if filters.procedure:
            query = query.where(Registro.procedure == (None if filters.procedure == "-" else filters.procedure))
        if filters.since:
            query = query.where(Registro.received_at >= self._local_bounds(filters.since))
        if filters.until:
            query = query.where(Registro.received_at < self._local_bounds(filters.until + dt.timedelta(days=1)))
        return query

    def _deadline_window(self, code: str, today: dt.date):
        return deadline_condition(code, today, due_soon_until(self.calendar, today, self.due_soon_days))

    def _registro_where(self, query, code: str, today: dt.date):
        if code == "triage":
            return query.where(Registro.status == "triage")
        if code == "subsanar":
            return query.where(Registro.status == "subsanar")
        if code in FLAG_QUEUES:
            return query.where(Registro.status.in_(ACTIVE_STATUSES), FLAGGED,
                               cast(Registro.flags, String).like(f'%"{code}"%'))
        if code in (VENCE_PRONTO, VENCIDOS):
            return with_deadline(query, code, today, due_soon_until(self.calendar, today, self.due_soon_days))
        raise KeyError(code)

    # -- answers -------------------------------------------------------------------------

    def counts(self, session: Session, filters: Filters = Filters()) -> dict[str, int]:
        today = self.today()
        counts: dict[str, int] = {}
        for code in QUEUE_CODES:
            if code == "cuarentena":
                query = select(func.count()).select_from(Quarantine).where(Quarantine.status == "open")
                if filters.mailbox:
                    query = query.where(Quarantine.mailbox == filters.mailbox)
            elif code in (VENCE_PRONTO, VENCIDOS) and filters == Filters():
                # an open deadline belongs to an active registro: the index answers alone
                query = select(func.count()).select_from(Deadline).where(self._deadline_window(code, today))
            else:
                query = self._filtered(self._registro_where(
                    select(func.count(Registro.id)), code, today), filters)
            counts[code] = session.exec(query).one()
        return counts

    def rows(self, session: Session, code: str, filters: Filters) -> list[Row]:
        today = self.today()
        columns = [Registro, Expediente.nombres, Expediente.number]
        if code in (VENCE_PRONTO, VENCIDOS):
            columns += [Deadline.due_date, Deadline.kind]
        query = self._registro_where(select(*columns), code, today)
        query = self._filtered(query, filters).outerjoin(Expediente, Expediente.id == Registro.expediente_id)
        if code in (VENCE_PRONTO, VENCIDOS):
            query = query.order_by(Deadline.due_date, Registro.received_at)
        else:
            query = query.order_by(Registro.received_at, Registro.id)
        query = query.offset(filters.page * PAGE_SIZE).limit(PAGE_SIZE)
        return [self._row(found, today) for found in session.exec(query)]

    def _row(self, found, today: dt.date) -> Row:
        registro, name, expediente = found[0], found[1], found[2]
        due = found[3] if len(found) > 3 else registro.due_date
        return Row(number=registro.number, received_at=registro.received_at, mailbox=registro.mailbox,
                   procedure=registro.procedure, outcome=registro.outcome, status=registro.status,
                   flags=list(registro.flags or []), name=name, expediente=expediente, due_date=due,
                   days_left=self.days_left(due, today), deadline_kind=found[4] if len(found) > 4 else None)

    def quarantine(self, session: Session, filters: Filters) -> list[QuarantineRow]:
        query = select(Quarantine).where(Quarantine.status == "open")
        if filters.mailbox:
            query = query.where(Quarantine.mailbox == filters.mailbox)
        query = query.order_by(Quarantine.created_at).offset(filters.page * PAGE_SIZE).limit(PAGE_SIZE)
        return [QuarantineRow(q.id, q.mailbox, q.created_at, q.error, q.attempts) for q in session.exec(query)]

    def search(self, session: Session, text: str, filters: Filters = Filters()) -> list[Row]:
        """Registros by registration number, expediente number, document or carné number, e-mail or name."""
        text = " ".join(text.split())
        if len(text) < 2:
            return []
        query = select(Registro, Expediente.nombres, Expediente.number).outerjoin(
            Expediente, Expediente.id == Registro.expediente_id)
        upper = text.upper()
        if re.fullmatch(r"REG-\d{4}-\d{1,6}", upper):
            year, sequence = upper.split("-")[1:]
            query = query.where(Registro.number == f"REG-{year}-{int(sequence):06d}")
        else:
            # expedientes first (each lookup on its own index), then their registros
            found = select(Expediente.id)
            if re.fullmatch(r"EXP-\d{4}-\d{1,6}", upper):
                year, sequence = upper.split("-")[1:]
                found = found.where(Expediente.number == f"EXP-{year}-{int(sequence):06d}")
            elif "@" in text:
                found = found.where(Expediente.correo == text.lower())
            elif any(ch.isdigit() for ch in text):
                document, digits = re.sub(r"[^0-9A-Z]", "", upper), re.sub(r"\D", "", text)
                ids = list(session.exec(found.where(Expediente.documento_identidad == document).limit(PAGE_SIZE)))
                if digits:
                    ids += list(session.exec(select(Expediente.id).where(
                        Expediente.carne_extranjeria == digits).limit(PAGE_SIZE)))
                found = None
            else:
                found = found.where(Expediente.nombres.ilike(f"%{_escape_like(text)}%", escape="\\"))
            if found is not None:
                ids = list(session.exec(found.limit(PAGE_SIZE * 4)))
            if not ids:
                return []
            query = query.where(Registro.expediente_id.in_(ids))
        query = self._filtered(query, filters).order_by(Registro.received_at.desc()).limit(PAGE_SIZE)
        today = self.today()
        return [self._row(found, today) for found in session.exec(query)]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
