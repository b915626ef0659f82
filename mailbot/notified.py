"""The applicant's subsanar plazo counts from the reply that tells them (INTAKE.md §4).

The decision computes a provisional due date from the filing day (what `mailbot check`
shows). When the `subsanar` reply is actually handed to SMTP, the due date becomes two
business days after the day it is sent (Lima), if that is later: after a backlog or an
outage the applicant still gets the full plazo. The reply's text, the registro and the
open deadline row all get that date, in the claiming transaction, before the message
is built. A later reply on the same registro (a partial completion) only repeats the
date already notified; it does not extend the plazo.

Example: a subsanar filed on Monday 2 (due Wednesday 4) whose reply goes out on
Thursday 5 is due Monday 9.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from mailbot.core.calendar import BusinessCalendar
from mailbot.core.dates_es import fecha_larga
from mailbot.store import filing
from mailbot.store.models import Deadline, OutboxMessage, Registro

SUBSANAR_PLAZO = 2
DUE_PHRASE = "a más tardar el {}"


def date_on_send(session: Session, calendar: BusinessCalendar, zone: ZoneInfo,
                 row: OutboxMessage, now: dt.datetime) -> None:
    """Fix the subsanar due date of `row`'s registro as `row` is sent (see module doc)."""
    if row.kind != "reply" or row.registro_id is None:
        return
    deadline = session.exec(select(Deadline).where(
        Deadline.registro_id == row.registro_id, Deadline.kind == "subsanar",
        Deadline.status == "open")).first()
    if deadline is None:
        return
    stated = _stated_due(row.body)
    if stated is None:
        return
    already_notified = session.exec(select(OutboxMessage.id).where(
        OutboxMessage.registro_id == row.registro_id, OutboxMessage.kind == "reply",
        OutboxMessage.status == "sent", OutboxMessage.id != row.id)).first() is not None
    due = deadline.due_date
    if not already_notified:
        due = max(due, calendar.add_business_days(now.astimezone(zone).date(), SUBSANAR_PLAZO))
    if due != deadline.due_date:
        registro = session.get(Registro, row.registro_id)
        filing.audit(session, "registro", registro.number, "deadline_moved", kind="subsanar",
                     before=deadline.due_date.isoformat(), after=due.isoformat(), reason="notified")
        deadline.due_date = registro.due_date = due
        session.add(deadline)
        session.add(registro)
    if stated != fecha_larga(due):
        row.body = row.body.replace(DUE_PHRASE.format(stated), DUE_PHRASE.format(fecha_larga(due)), 1)


def _stated_due(body: str) -> str | None:
    """The long date after "a más tardar el" in a reply body, if any."""
    start = body.find(DUE_PHRASE.format(""))
    if start < 0:
        return None
    start += len(DUE_PHRASE.format(""))
    # fecha_larga: "viernes 11 de diciembre de 2026" — five words
    words = body[start:].split(maxsplit=5)[:5]
    if len(words) < 5:
        return None
    text = " ".join(words)
    return text if body[start:].startswith(text) else None


def reply_pending(session: Session, registro_id: int) -> bool:
    """Whether a reply to this registro is still waiting in the outbox (the sweep waits too)."""
    return session.exec(select(OutboxMessage.id).where(
        OutboxMessage.registro_id == registro_id, OutboxMessage.kind == "reply",
        OutboxMessage.status.in_(("pending", "sending")))).first() is not None
