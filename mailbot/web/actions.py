"""Staff actions on a registro; each writes its audit row in the same transaction.

Every function takes the `WebContext`, the acting `StaffUser` and the registro number,
and raises `ActionError` (shown to staff, nothing changed) when the action does not
apply. The decision core runs outside any transaction (SQLite's writer lock is held
from BEGIN), then one short transaction writes the result.
"""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlmodel import Session, select

from mailbot.core import extract as core_fields
from mailbot.mailutil import envelope
from mailbot.replypdf import cargo_attachment
from mailbot.store import filing
from mailbot.store.db import read_session, session_scope
from mailbot.store.models import Message, OutboxMessage, Registro, utcnow
from mailbot.web.accounts import StaffUser
from mailbot.web.audit import record
from mailbot.web.context import WebContext
from mailbot.web.documents import UploadError, pdf_document
from mailbot.web.final_response import final_response_text
from mailbot.web.redecide import Corrections, UndecidedError, redecide
from mailbot.web.view import current_decision, find_registro, registro_messages, registro_raw

ACTIVE_STATUSES = ("open", "triage", "subsanar")
NORMALISERS = {
    "nombres": core_fields.norm_name, "nacionalidad": core_fields.norm_country,
    "documento_identidad": core_fields.norm_document, "carne_extranjeria": core_fields.norm_carne,
    "telefono": core_fields.norm_phone, "correo": core_fields.norm_email, "sexo": core_fields.norm_sexo,
    "fecha_nacimiento": core_fields.norm_date, "fecha_salida": core_fields.norm_date,
    "fecha_retorno": core_fields.norm_date, "destino": core_fields.norm_text, "motivo": core_fields.norm_text,
}
_NONCE = re.compile(r"^[0-9a-f]{16}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ActionError(Exception):
    """The action cannot be done; the message says why, in Spanish."""


@dataclass(frozen=True)
class ReplyDraft:
    to_address: str
    subject: str
    body: str
    nonce: str
    outcome: str


def _snapshot(registro: Registro) -> dict:
    return {"procedure": registro.procedure, "outcome": registro.outcome, "status": registro.status,
            "flags": list(registro.flags or []), "mailbox": registro.mailbox,
            "due_date": registro.due_date.isoformat() if registro.due_date else None}


def _registro(session: Session, number: str, *, active: bool = True) -> Registro:
    registro = find_registro(session, number)
    if registro is None:
        raise ActionError(f"No existe el registro {number}.")
    if active and registro.status not in ACTIVE_STATUSES:
        raise ActionError(f"El registro {number} está {registro.status}: no admite esta acción.")
    return registro


def normalise_values(values: dict[str, str]) -> dict[str, str]:
    """Staff input in the spec's normal form; "" means delete the value."""
    result = {}
    for name, value in values.items():
        if name not in NORMALISERS:
            raise ActionError(f"Campo desconocido: {name}.")
        value = " ".join((value or "").split())
        if value == "":
            result[name] = ""
            continue
        normal = NORMALISERS[name](value)
        if name == "correo" and normal and not _EMAIL.match(normal):
            normal = None
        if not normal:
            raise ActionError(f"El valor «{value}» no es válido para {name}.")
        result[name] = normal
    return result


def _decide(ctx: WebContext, number: str, user: str | None = None, procedure: str | None = None,
            values: dict[str, str] | None = None):
    with read_session(ctx.db) as session:
        registro = _registro(session, number)
        raw, last = registro_raw(session, registro)
        _, hits, sources = current_decision(session, registro)
        corrections = Corrections.from_stored(hits, sources)
        if user is not None:
            corrections = corrections.merged(user, procedure, values or {})
        refugee = filing.known_refugee(session, registro.sender)
        count = len(registro_messages(session, registro))
    try:
        decision = redecide(ctx.decider(), raw, corrections, mailbox=registro.mailbox,
                            received=registro.received_at, known_refugee=refugee)
    except UndecidedError as exc:
        raise ActionError(f"No se pudo decidir de nuevo el mensaje: {exc}.") from exc
    return registro, decision, last, count, raw


def set_decision(ctx: WebContext, user: StaffUser, number: str, procedure: str, values: dict[str, str]) -> Registro:
    """Set or correct the procedure and fields, decide again, and file the new decision."""
    if procedure and procedure not in ctx.engine.rules.procedures:
        raise ActionError(f"Trámite desconocido: {procedure}.")
    values = normalise_values(values)
    if not procedure and not values:
        raise ActionError("Elija un trámite o corrija algún dato.")
    registro, decision, last, count, _ = _decide(ctx, number, user.username, procedure or None, values)
    with session_scope(ctx.db) as session:
        registro = session.get(Registro, registro.id)
        before = _snapshot(registro)
        saved = filing.record_decision(session, decision, message_pk=last.id, registro_id=registro.id,
                                       merged=count > 1)
        registro.current_decision_pk, registro.outcome = saved.id, decision.outcome
        registro.procedure, registro.flags = decision.procedure, list(decision.flags)
        registro.status = filing.STATUS_BY_OUTCOME.get(decision.outcome, "open")
        registro.due_date, registro.updated_at = decision.due_date, utcnow()
        session.add(registro)
        if before["due_date"] != (decision.due_date.isoformat() if decision.due_date else None) \
                or before["outcome"] != decision.outcome:
            filing.close_deadlines(session, registro, "cancelled")
            filing.deadline_for(registro, decision, session)
        record(session, user, "registro", registro.number, "redecided", before=before,
               after=_snapshot(registro), procedure_set=procedure or None, fields_set=values)
    return registro


def confirm_signature(ctx: WebContext, user: StaffUser, number: str) -> None:
    """Staff looked at the handwritten signature and accept it: the flag is cleared."""
    with session_scope(ctx.db) as session:
        registro = _registro(session, number)
        if "verificar_firma" not in (registro.flags or []):
            raise ActionError("Este registro no tiene una firma por verificar.")
        before = _snapshot(registro)
        registro.flags = [flag for flag in registro.flags if flag != "verificar_firma"]
        registro.updated_at = utcnow()
        session.add(registro)
        record(session, user, "registro", number, "signature_confirmed", before=before, after=_snapshot(registro))


def reply_draft(ctx: WebContext, number: str) -> ReplyDraft:
    """The templated reply for the registro's current decision (shown before sending)."""
    registro, decision, _, _, raw = _decide(ctx, number)
    env = envelope(raw)
    reply = ctx.engine.render_reply(decision, registro.number, original_subject=env.subject, sender=env.reply_to)
    if reply is None:
        raise ActionError("Este mensaje no se responde (ignorado).")
    return ReplyDraft(env.reply_to, reply.subject, reply.body, secrets.token_hex(8), decision.outcome)


def _cargo_on_paper(ctx: WebContext, number: str):
    """The cargo PDF of the registro's current decision, written for paper (as the runner
    draws it); None when the decision is not a cargo. Staff's edits to the mail text are
    not in it: the cargo states what the registro holds."""
    registro, decision, _, _, raw = _decide(ctx, number)
    env = envelope(raw)
    paper = ctx.engine.render_reply(decision, registro.number, original_subject=env.subject,
                                    sender=env.reply_to, medium="paper")
    if paper is None or paper.template != "cargo":
        return None
    return cargo_attachment(registro.number, paper.subject, paper.body, registro.received_at,
                            office=ctx.settings.office, timezone=ctx.settings.calendar.timezone)


def send_reply(ctx: WebContext, user: StaffUser, number: str, subject: str, body: str, nonce: str) -> str:
    """Queue the reply in the outbox (the sender delivers it); a resubmitted form queues nothing."""
    if not _NONCE.match(nonce or ""):
        raise ActionError("Formulario de respuesta no válido: vuelva a la vista previa.")
    subject, body = " ".join(subject.split()), body.replace("\r\n", "\n").strip() + "\n"
    if not subject or len(body) < 10:
        raise ActionError("La respuesta necesita asunto y texto.")
    with read_session(ctx.db) as session:
        registro = _registro(session, number, active=False)
        key, outcome = f"{registro.number}.p{nonce}", registro.outcome
        if session.exec(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)).first():
            return key  # the form was sent twice
    # a cargo carries its PDF copy, as when the runner sends it (see runner._queue_reply);
    # drawn from a decision made outside the transaction, like every decision here
    cargo = _cargo_on_paper(ctx, number) if outcome == "cargo" else None
    with session_scope(ctx.db) as session:
        registro = _registro(session, number, active=False)
        first = session.get(Message, registro.first_message_pk)
        raw = registro_raw(session, registro)[0]
        env = envelope(raw)
        if "@" not in env.reply_to:
            raise ActionError("El remitente no tiene una dirección a la que responder.")
        key = f"{registro.number}.p{nonce}"
        if session.exec(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)).first():
            return key  # the form was sent twice
        attachments = [cargo] if cargo is not None else []
        row = filing.enqueue(session, key=key, kind="reply", registro=registro, to_address=env.reply_to,
                             from_address=ctx.settings.reply_from(registro.mailbox), subject=subject, body=body,
                             in_reply_to=first.message_id if first else "",
                             references=" ".join([*env.references, env.message_id]).strip(),
                             attachments=attachments)
        if row is not None:
            record(session, user, "registro", number, "reply_queued", after={"outbox": key, "subject": row.subject})
    return key


def record_final_response(ctx: WebContext, user: StaffUser, number: str, filename: str, data: bytes) -> int:
    """Keep the oficio, queue the answer to the applicant with the oficio attached, close the registro."""
    with session_scope(ctx.db) as session:
        registro = _registro(session, number, active=False)
        if registro.status == "closed":
            raise ActionError("El registro ya está cerrado.")
        try:
            document = pdf_document(registro.id, filename, data, user.username)
        except UploadError as exc:
            raise ActionError(str(exc)) from exc
        session.add(document)
        session.flush()
        env = envelope(registro_raw(session, registro)[0])
        if "@" not in env.reply_to:
            raise ActionError("El remitente no tiene una dirección a la que enviar la respuesta.")
        procedure = ctx.engine.rules.procedures.get(registro.procedure or "")
        subject, body = final_response_text(ctx.settings.office, registro, procedure, document)
        oficio = filing.OutgoingFile(document.filename, document.media_type, document.data)
        row = filing.enqueue(session, key=f"{registro.number}.f{document.id}", kind="respuesta_final",
                             registro=registro, to_address=env.reply_to,
                             from_address=ctx.settings.reply_from(registro.mailbox), subject=subject, body=body,
                             in_reply_to=env.message_id, attachments=[oficio])
        document.outbox_id = row.id if row else None
        before = _snapshot(registro)
        registro.status, registro.updated_at = "closed", utcnow()
        session.add_all([document, registro])
        filing.close_deadlines(session, registro, "met")
        record(session, user, "registro", number, "final_response", before=before, after=_snapshot(registro),
               document=document.filename, sha256=document.sha256, outbox=row.idempotency_key if row else None)
        return document.id


def close(ctx: WebContext, user: StaffUser, number: str, reason: str) -> None:
    reason = " ".join(reason.split())[:500]
    if not reason:
        raise ActionError("Indique el motivo del cierre.")
    with session_scope(ctx.db) as session:
        registro = _registro(session, number)
        before = _snapshot(registro)
        registro.status, registro.updated_at = "closed", utcnow()
        session.add(registro)
        filing.close_deadlines(session, registro, "cancelled")
        record(session, user, "registro", number, "closed", before=before, after=_snapshot(registro), reason=reason)


def reassign(ctx: WebContext, user: StaffUser, number: str, unit: str) -> None:
    """Send the registro to another unit (mailbox); the `derivado` flag is then handled."""
    units = [address.lower() for address in ctx.settings.office.institutional_addresses]
    if unit not in units:
        raise ActionError(f"Unidad desconocida: {unit}.")
    with session_scope(ctx.db) as session:
        registro = _registro(session, number)
        if registro.mailbox == unit:
            raise ActionError("El registro ya está en esa unidad.")
        before = _snapshot(registro)
        registro.mailbox = unit
        registro.flags = [flag for flag in (registro.flags or []) if flag != "derivado"]
        registro.updated_at = utcnow()
        session.add(registro)
        record(session, user, "registro", number, "reassigned", before=before, after=_snapshot(registro))


def retry_quarantined(ctx: WebContext, user: StaffUser, quarantine_id: int) -> str | None:
    """File a quarantined message again (the runner's retry); returns the registro number."""
    from mailbot.runner import IntakeRunner

    try:
        # decided in the staff pages' decide process, within the budget
        result = IntakeRunner(ctx.settings, ctx.db, ctx.engine, decider=ctx.decider()).retry(quarantine_id)
    except LookupError as exc:
        raise ActionError("Esa entrada de cuarentena ya no está abierta.") from exc
    with session_scope(ctx.db) as session:
        record(session, user, "quarantine", quarantine_id, "retried", after={"state": result.state,
                                                                              "registro": result.registro})
    if result.state == "quarantined":
        raise ActionError("El mensaje volvió a fallar; sigue en cuarentena.")
    return result.registro
