"""What the message page shows of one registro, read from the store in one session."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import or_
from sqlmodel import Session, select

from mailbot.core.parse import parse_message
from mailbot.mailutil import merge_messages
from mailbot.store.models import (
    AuditEvent, Deadline, DecisionRecord, Expediente, FieldSourceRecord, Message, OutboxAttachment,
    OutboxMessage, RawMessage, Registro, RuleHitRecord,
)
from mailbot.web.documents import WebDocument
from mailbot.web.mailview import AttachmentView, attachments, blocked_images


@dataclass
class MessageView:
    message: Message
    attachments: list[AttachmentView]
    text: str
    has_html: bool
    blocked_images: int
    errors: tuple[str, ...]


@dataclass
class RegistroView:
    registro: Registro
    expediente: Expediente | None
    messages: list[MessageView]
    decision: DecisionRecord | None
    hits: list[HitRow]
    field_sources: list[FieldSourceRecord]
    deadlines: list[Deadline]
    outbox: list[OutboxMessage]
    documents: list[WebDocument]
    history: list[Registro] = field(default_factory=list)
    audit: list[AuditEvent] = field(default_factory=list)
    # outbox id -> the (file name, size) of each file it carries
    outbox_files: dict[int, list[tuple[str, int]]] = field(default_factory=dict)

    @property
    def data(self) -> dict:
        return (self.decision.data or {}) if self.decision else {}

    @property
    def signature(self) -> dict:
        return self.data.get("signature") or {}

    @property
    def documents_info(self) -> list[dict]:
        return (self.data.get("explain") or {}).get("documents") or []


def find_registro(session: Session, number: str) -> Registro | None:
    return session.exec(select(Registro).where(Registro.number == number)).first()


def registro_messages(session: Session, registro: Registro) -> list[Message]:
    return list(session.exec(select(Message).where(Message.registro_id == registro.id).order_by(Message.id)))


def registro_raw(session: Session, registro: Registro) -> tuple[bytes, Message]:
    """The bytes to decide the registro on (follow-ups merged in) and its latest message."""
    messages = registro_messages(session, registro)
    raws = [session.get(RawMessage, message.raw_sha256).data for message in messages]
    raw = raws[0] if len(raws) == 1 else merge_messages(raws[0], raws[1:])
    return raw, messages[-1]


@dataclass(frozen=True)
class HitRow:
    """One rule that matched, where, and every text it matched there."""

    rule: str
    procedure: str
    location: str
    matched: str


def _one_per_rule(hits) -> list[HitRow]:
    rows: dict[tuple[str, str], list] = {}
    for hit in hits:
        row = rows.setdefault((hit.rule, hit.location), [hit.procedure, []])
        if hit.matched and hit.matched not in row[1]:
            row[1].append(hit.matched)
    return [HitRow(rule, procedure, location, " · ".join(matched)) for (rule, location), (procedure, matched) in rows.items()]


def current_decision(session: Session, registro: Registro) -> tuple[DecisionRecord | None, list, list]:
    decision = session.get(DecisionRecord, registro.current_decision_pk) if registro.current_decision_pk else None
    if decision is None:
        return None, [], []
    hits = _one_per_rule(session.exec(select(RuleHitRecord).where(RuleHitRecord.decision_pk == decision.id)
                                      .order_by(RuleHitRecord.id)))
    sources = list(session.exec(select(FieldSourceRecord).where(FieldSourceRecord.decision_pk == decision.id)))
    return decision, hits, sources


def message_view(session: Session, message: Message, max_bytes: int) -> MessageView:
    raw = session.get(RawMessage, message.raw_sha256).data
    parsed = parse_message(raw, max_bytes)
    return MessageView(message, attachments(parsed), parsed.text or "", bool(parsed.html),
                       blocked_images(parsed.html or ""), parsed.errors)


def load_registro(session: Session, number: str, max_bytes: int) -> RegistroView | None:
    registro = find_registro(session, number)
    if registro is None:
        return None
    expediente = session.get(Expediente, registro.expediente_id) if registro.expediente_id else None
    decision, hits, sources = current_decision(session, registro)
    messages = [message_view(session, m, max_bytes) for m in registro_messages(session, registro)]
    view = RegistroView(
        registro=registro, expediente=expediente, messages=messages, decision=decision, hits=hits,
        field_sources=sources,
        deadlines=list(session.exec(select(Deadline).where(Deadline.registro_id == registro.id).order_by(Deadline.id))),
        outbox=list(session.exec(select(OutboxMessage).where(OutboxMessage.registro_id == registro.id).order_by(OutboxMessage.id))),
        documents=list(session.exec(select(WebDocument).where(WebDocument.registro_id == registro.id).order_by(WebDocument.id))),
    )
    if view.outbox:
        for outbox_id, filename, size in session.exec(
                select(OutboxAttachment.outbox_id, OutboxAttachment.filename, OutboxAttachment.size)
                .where(OutboxAttachment.outbox_id.in_([row.id for row in view.outbox]))
                .order_by(OutboxAttachment.id)):
            view.outbox_files.setdefault(outbox_id, []).append((filename, size))
    if expediente is not None:
        view.history = list(session.exec(select(Registro).where(Registro.expediente_id == expediente.id)
                                         .order_by(Registro.received_at.desc()).limit(50)))
    numbers = [registro.number] + ([expediente.number] if expediente else [])
    message_ids = [str(m.message.id) for m in messages]
    view.audit = list(session.exec(select(AuditEvent).where(or_(
        AuditEvent.entity_id.in_(numbers),
        (AuditEvent.entity == "message") & AuditEvent.entity_id.in_(message_ids),
    )).order_by(AuditEvent.id.desc()).limit(200)))
    return view
