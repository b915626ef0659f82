"""The deadline sweep and the staff digest.

- A `subsanar` whose 2 business days have passed (today, in Lima, is after its due
  date, which the sender fixes when the reply goes out: `mailbot.notified`) with no
  completion and no reply still waiting in the outbox is closed as *no presentado* (TUO Ley 27444 art. 136.2)
  and the applicant is told, through the outbox, in the same transaction.
- Deadlines due soon or overdue are listed for staff (`overview`), in the daily
  digest and in `mailbot status`, as the staff pages' *Vencen pronto* and *Vencidos*
  (one definition: `mailbot.store.due`).
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from mailbot.core.calendar import BusinessCalendar
from mailbot.core.reply import ReplyContext, ReplyRenderer
from mailbot.core.rules import load_rules
from mailbot.mailutil import envelope
from mailbot.notified import reply_pending
from mailbot.settings import OfficeSettings, Settings
from mailbot.store import filing
from mailbot.core.dates_es import fecha
from mailbot.store.db import session_scope
from mailbot.store.due import TITLES, VENCE_PRONTO, VENCIDOS, DueItem, due_items, due_soon_until
from mailbot.store.models import Deadline, DecisionRecord, Message, OutboxMessage, Quarantine, RawMessage, Registro, utcnow


@functools.lru_cache(maxsize=4)
def _renderer(templates_dir: str, office: OfficeSettings, timezone: str) -> ReplyRenderer:
    return ReplyRenderer(Path(templates_dir), office, timezone)


@functools.lru_cache(maxsize=4)
def _titles(rules_dir: str) -> dict[str, str]:
    return {code: procedure.title for code, procedure in load_rules(rules_dir).procedures.items()}


def today_in(settings: Settings, now: dt.datetime | None = None) -> dt.date:
    return (now or utcnow()).astimezone(ZoneInfo(settings.calendar.timezone)).date()


def sweep(settings: Settings, db: Engine, now: dt.datetime | None = None) -> list[str]:
    """Close every expired subsanar; returns the registro numbers closed."""
    today = today_in(settings, now)
    closed: list[str] = []
    with Session(db) as session:
        expired = session.exec(select(Deadline.id).where(
            Deadline.kind == "subsanar", Deadline.status == "open", Deadline.due_date < today)).all()
    for deadline_id in expired:
        with session_scope(db) as session:
            deadline = session.get(Deadline, deadline_id)
            if deadline.status != "open":
                continue
            registro = session.get(Registro, deadline.registro_id)
            if reply_pending(session, registro.id):
                continue  # the plazo starts when the applicant is told (INTAKE.md §4)
            if registro.status != "subsanar":
                deadline.status, deadline.closed_at = "cancelled", utcnow()
                session.add(deadline)
                continue
            registro.status, registro.updated_at = "no_presentado", utcnow()
            session.add(registro)
            filing.close_deadlines(session, registro, "expired", ("subsanar",))
            filing.audit(session, "registro", registro.number, "no_presentado", due_date=deadline.due_date.isoformat())
            _notify_not_presented(settings, session, registro, deadline.due_date)
            closed.append(registro.number)
    return closed


def _notify_not_presented(settings: Settings, session: Session, registro: Registro, due: dt.date) -> None:
    message = session.get(Message, registro.first_message_pk)
    raw = session.get(RawMessage, message.raw_sha256).data
    env = envelope(raw)
    if "@" not in env.reply_to:
        return
    timezone = settings.calendar.timezone
    received = registro.received_at.astimezone(ZoneInfo(timezone))
    decision = session.get(DecisionRecord, registro.current_decision_pk) if registro.current_decision_pk else None
    data = decision.data if decision else {}
    name = (data.get("fields") or {}).get("nombres")
    # the text is templates/reply/closed_not_presented.txt, like every other reply
    reply = _renderer(str(settings.templates_dir), settings.office, timezone).render(ReplyContext(
        outcome="closed_not_presented", sender_address=env.reply_to, mailbox=registro.mailbox,
        received=received, procedure_code=registro.procedure,
        procedure_title=_titles(str(settings.rules_dir)).get(registro.procedure or "", registro.procedure or "su trámite"),
        missing=tuple(decision.missing) if decision else (), applicant_name=name if isinstance(name, str) else None,
        filing_date=registro.filing_date or received.date(), due_date=due, registration_number=registro.number,
        original_subject=env.subject,
    ))
    filing.enqueue(
        session, key=f"{registro.number}.no-presentado", kind="notice", registro=registro,
        to_address=env.reply_to, from_address=settings.reply_from(registro.mailbox),
        subject=reply.subject, body=reply.body,
        in_reply_to=env.message_id, references=" ".join([*env.references, env.message_id]).strip(),
    )


@dataclass(frozen=True)
class Overview:
    today: dt.date
    due_soon_until: dt.date                # the last day of *Vencen pronto*
    overdue: tuple[DueItem, ...]           # *Vencidos*, soonest first
    due_soon: tuple[DueItem, ...]          # *Vencen pronto*
    outbox: dict[str, int]
    quarantine_open: int
    registros: dict[str, int]


def overview(settings: Settings, db: Engine, now: dt.datetime | None = None) -> Overview:
    today = today_in(settings, now)
    until = due_soon_until(BusinessCalendar(settings.calendar), today, settings.scheduler.due_soon_business_days)
    with Session(db) as session:
        overdue = due_items(session, VENCIDOS, today, until)
        due_soon = due_items(session, VENCE_PRONTO, today, until)
        outbox = dict(session.exec(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all())
        registros = dict(session.exec(select(Registro.status, func.count()).group_by(Registro.status)).all())
        quarantined = session.exec(select(func.count()).select_from(Quarantine).where(Quarantine.status == "open")).one()
    return Overview(today=today, due_soon_until=until, overdue=overdue, due_soon=due_soon,
                    outbox=outbox, quarantine_open=quarantined, registros=registros)


def digest_text(view: Overview, limit: int = 50) -> str:
    lines = [f"Resumen diario de mesa de partes – {fecha(view.today)}", ""]
    lines.append("Registros por estado: " + (", ".join(f"{k}: {v}" for k, v in sorted(view.registros.items())) or "ninguno"))
    lines.append("Respuestas por estado: " + (", ".join(f"{k}: {v}" for k, v in sorted(view.outbox.items())) or "ninguna"))
    lines.append(f"Mensajes en cuarentena: {view.quarantine_open}")
    for title, items in ((TITLES[VENCIDOS], view.overdue), (TITLES[VENCE_PRONTO], view.due_soon)):
        lines += ["", f"{title}: {len(items)}"]
        lines += [f"  {item.number}  {item.procedure or '-'}  {item.kind} vence el {fecha(item.due_date)}"
                  for item in items[:limit]]
        if len(items) > limit:
            lines.append(f"  ... y {len(items) - limit} más")
    return "\n".join(lines) + "\n"


def queue_digest(settings: Settings, db: Engine, now: dt.datetime | None = None) -> bool:
    """Queue today's digest to `scheduler.digest_to` (once a day: the key is the date)."""
    if not settings.scheduler.digest_to:
        return False
    view = overview(settings, db, now)
    with session_scope(db) as session:
        queued = False
        for address in settings.scheduler.digest_to:
            row = filing.enqueue(
                session, key=f"digest-{view.today.isoformat()}-{filing.lock_safe(address)}", kind="digest",
                registro=None, to_address=address, from_address=settings.smtp.from_address,
                subject=f"Resumen diario de mesa de partes – {fecha(view.today)}", body=digest_text(view),
            )
            queued = queued or row is not None
    return queued
