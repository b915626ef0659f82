"""Which open deadlines staff must look at: one definition for the staff pages' queues,
`mailbot status` and the daily digest, under the pages' names.

- *Vencidos*: an open deadline whose due date is before today (in Lima).
- *Vencen pronto*: an open deadline due today or within `[scheduler]
  due_soon_business_days` business days.

Both kinds count: the applicant's 2 days to subsanar and the office's plazo to
resolver. Only deadlines of active registros (open, triage, subsanar) are listed; an
open deadline always belongs to one (closing a registro closes its deadlines).

Example (the due-soon registros of today)::

    until = due_soon_until(calendar, today, settings.scheduler.due_soon_business_days)
    query = with_deadline(select(Registro.number, Deadline.due_date), VENCE_PRONTO, today, until)
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, select

from mailbot.core.calendar import BusinessCalendar
from mailbot.store.models import Deadline, Registro

VENCE_PRONTO = "vence_pronto"
VENCIDOS = "vencidos"
TITLES = {VENCE_PRONTO: "Vencen pronto", VENCIDOS: "Vencidos"}
ACTIVE_STATUSES = ("open", "triage", "subsanar")


def due_soon_until(calendar: BusinessCalendar, today: dt.date, business_days: int) -> dt.date:
    """The last due date that is still *Vencen pronto*."""
    return calendar.add_business_days(today, business_days)


def deadline_condition(queue: str, today: dt.date, until: dt.date):
    """An open deadline of the queue `vencidos` or `vence_pronto` (on `Deadline` alone)."""
    if queue == VENCIDOS:
        window = Deadline.due_date < today
    elif queue == VENCE_PRONTO:
        window = (Deadline.due_date >= today) & (Deadline.due_date <= until)
    else:
        raise KeyError(queue)
    return (Deadline.status == "open") & window


def with_deadline(query, queue: str, today: dt.date, until: dt.date):
    """`query` over `Registro` joined to its deadlines of the queue, active registros only."""
    return query.join(Deadline, Deadline.registro_id == Registro.id).where(
        deadline_condition(queue, today, until), Registro.status.in_(ACTIVE_STATUSES))


@dataclass(frozen=True)
class DueItem:
    """One deadline to look at: whose, of which procedure, when, and which kind."""

    number: str
    procedure: str | None
    due_date: dt.date
    kind: str  # "subsanar" or "resolver"


def due_items(session: Session, queue: str, today: dt.date, until: dt.date) -> tuple[DueItem, ...]:
    """Every deadline of the queue, soonest first (as the staff page lists them)."""
    query = with_deadline(select(Registro.number, Registro.procedure, Deadline.due_date, Deadline.kind),
                          queue, today, until)
    rows = session.exec(query.order_by(Deadline.due_date, Registro.received_at, Registro.id)).all()
    return tuple(DueItem(number, procedure, due, kind) for number, procedure, due, kind in rows)
