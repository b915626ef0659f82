"""The decision for one message (INTAKE.md sections 1-5).

`DecisionEngine` is built once from settings (rules, calendar, templates, document
inspector) and then decides message after message:

    engine = DecisionEngine.from_settings(settings)
    decision = engine.decide(raw_bytes, file="017.eml", mailbox=None, received=None)
    reply = engine.render_reply(decision, registration_number="REG-2026-000123")
    paper = engine.render_reply(decision, "REG-2026-000123", medium="paper")  # the cargo's PDF text

The flow reads top to bottom in `decide`: parse -> ignore? -> classify -> inspect
documents -> fields -> requirements and signature -> dates -> outcome -> reply.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from pathlib import Path

from ..settings import Settings
from .calendar import BusinessCalendar
from .classify import classify
from .documents import DocumentInspector, EarlyPdf
from .extract import FieldExtractor, TextSource, expediente_refs, notified_on, says_recognised_refugee
from .ignore import ignored_because
from .model import Classification, Decision, DocumentInfo, FieldValue, Overrides, ParsedMessage, Reply, SignatureReport
from .parse import parse_message
from .reply import Medium, ReplyContext, ReplyRenderer
from .rules import Procedure, RuleSet, load_rules
from .signature import judge_signature
from .textclean import applicant_text, forwarded_note, own_quoted_text

log = logging.getLogger(__name__)

SUBSANAR_PLAZO = 2  # business days to correct an incomplete filing (TUO Ley 27444 art. 136)
RECURSO_PLAZO_DAYS = 15  # business days to file a recurso after notification
_DENUNCIA = re.compile(r"denuncia", re.IGNORECASE)


class DecisionEngine:
    def __init__(self, settings: Settings, rules: RuleSet, calendar: BusinessCalendar,
                 renderer: ReplyRenderer, inspector: DocumentInspector):
        self.settings = settings
        self.rules = rules
        self.calendar = calendar
        self.renderer = renderer
        self.inspector = inspector
        office = settings.office
        self.institutional = tuple(a.lower() for a in office.institutional_addresses)
        self.extractor = FieldExtractor(office.institutional_domains, office.institutional_addresses, rules.vocabulary)

    @classmethod
    def from_settings(cls, settings: Settings, rules: RuleSet | None = None) -> "DecisionEngine":
        return cls(
            settings,
            rules or load_rules(settings.rules_dir),
            BusinessCalendar(settings.calendar),
            ReplyRenderer(Path(settings.templates_dir), settings.office, settings.calendar.timezone),
            DocumentInspector(settings.limits),
        )

    def with_rules(self, rules: RuleSet) -> "DecisionEngine":
        """The same engine with other rules (for `mailbot rules replay`)."""
        return DecisionEngine(self.settings, rules, self.calendar, self.renderer, self.inspector)

    # -- the decision ---------------------------------------------------------------------

    def decide(self, raw: bytes, *, file: str = "", mailbox: str | None = None,
               received: dt.datetime | None = None, known_refugee: bool = False,
               overrides: Overrides | None = None) -> Decision:
        """Decide one message. Never raises for bad input: problems land in `errors`.

        `overrides` carries what a person corrected (procedure, fields); everything that
        depends on them (missing, flags, outcome, due date, reply) is decided again.
        """
        # the first PDF goes to the worker (another core) as soon as the MIME tree is
        # read, and is analysed there while the rest is parsed and the body read here
        early: list[EarlyPdf | None] = []
        try:
            message = parse_message(raw, limits=self.settings.limits,
                                    early_pdf=lambda data: early.append(self.inspector.submit_early(data)))
        except BaseException:
            for sent in early:
                if sent is not None:
                    sent.drop()
            raise
        pending = self.inspector.begin(message.attachments, early[0] if early else None)
        try:
            errors = list(message.errors)
            mailbox = (mailbox or self._mailbox_of(message) or "").lower()
            received = received or self._received_of(message)
            if received is None:
                errors.append("No se encontró la fecha de recepción (ni Received: ni Date:).")
            body = applicant_text(message.text, self._is_institutional)
            sources = [TextSource("body", body), TextSource("subject", message.subject)]
            forwarded = forwarded_note(message.text, message.from_address, message.from_name, self._is_institutional)
            if forwarded and self.extractor.forwards_for_another(forwarded[0]):
                # another person's message forwarded for them: the message is the
                # applicant's; the note above it is the forwarder's own (their contact counts
                # only if the applicant's is given nowhere, INTAKE.md section 3)
                note, their_text = forwarded
                sources = [TextSource("body", their_text), TextSource("subject", message.subject),
                           TextSource("nota-de-reenvio", note, writers=True)]
            quoted = own_quoted_text(message.text, message.from_address)
            if quoted and not self._is_institutional(message.from_address):
                # the applicant's own earlier message quoted below a reply: after the new text
                sources.append(TextSource("citado", quoted))
            classification = classify(self.rules, message.subject, body)
            ignored = ignored_because(message, self.rules.ignore, self.institutional)
            day = self.calendar.to_local(received).date() if received else None
            fields = self.extractor.extract(sources, "", received=day, procedure=classification.procedure,
                                            sender=message.from_address)
            # what the texts say of the case, read source by source in order while the worker
            # may still be reading a PDF or validating its signature (none of it depends on
            # the signature): the message's own sources first, the attachments' when they come
            classified = self.rules.procedures.get(classification.procedure) if classification.procedure else None
            recurso = classified is not None and classified.is_recurso
            refugee_stated = says_recognised_refugee(sources)
            notified_early = notified_on(sources, day) if recurso else None
            references = expediente_refs(sources)
            # the text layers, as soon as the worker has them
            readable = pending.texts()
            attached = [TextSource(f"adjunto:{doc.filename}", doc.text) for doc in readable if doc.text]
            fields = self.extractor.extract(attached, message.from_address, known=fields, received=day,
                                            procedure=classification.procedure)
            if attached:
                refugee_stated = refugee_stated or says_recognised_refugee(attached)
                notified_early = notified_early or (notified_on(attached, day) if recurso else None)
                references = tuple(dict.fromkeys(references + expediente_refs(attached)))
        finally:
            documents = pending.finish()
        for doc in documents:
            if doc.error:
                errors.append(f"{doc.filename}: {doc.error}")
        sources += attached
        if overrides:
            classification, fields = self._apply(overrides, classification, fields)
            if overrides.procedure:
                ignored = None
        procedure = self.rules.procedures.get(classification.procedure) if classification.procedure else None
        if not message.from_address and not message.subject and not message.text and errors:
            ignored = None  # unreadable input: a person looks at it (triage), never silently dropped
        base = dict(
            file=file, message_id=message.message_id, mailbox=mailbox, received=received,
            procedure=procedure.code if procedure else None, classification=classification,
            fields=fields, documents=documents, errors=tuple(errors),
            expediente_refs=references,
        )
        filing = self.calendar.filing_date(received) if received else None
        if ignored:
            return Decision(**base, missing=(), signature=SignatureReport("not_required"),
                            outcome="ignorado", flags=(), filing_date=filing, due_date=None,
                            reply=None, ignored_because=ignored)

        if procedure is None or procedure.is_portal or procedure.suspended:
            outcome = "triage" if procedure is None else ("portal" if procedure.is_portal else "suspendido")
            flags: tuple[str, ...] = ()
            if outcome == "suspendido" and procedure.mailbox != mailbox and mailbox:
                flags = ("derivado",)
            decision = Decision(**base, missing=(), signature=SignatureReport("not_required"),
                                outcome=outcome, flags=flags, filing_date=filing, due_date=None, reply=None)
            return self._with_reply(decision, message)

        refugee = known_refugee or "carne_extranjeria" in fields or refugee_stated
        signature = judge_signature(documents, "firma" in procedure.requirements)
        missing = self._missing(procedure, fields, signature, documents, refugee)
        flags_list: list[str] = []
        if mailbox and procedure.mailbox != mailbox:
            flags_list.append("derivado")
        if signature.status == "manuscrita":
            flags_list.append("verificar_firma")
        notified = None
        if procedure.is_recurso:
            notified = notified_early if classified is procedure else notified_on(sources, day)
        if notified and filing and self.calendar.is_late(notified, filing, RECURSO_PLAZO_DAYS):
            flags_list.append("extemporaneo")

        if missing:
            outcome, plazo = "subsanar", SUBSANAR_PLAZO
        else:
            outcome, plazo = ("cargo" if procedure.is_recurso else "acuse"), procedure.plazo
        due = self.calendar.add_business_days(filing, plazo) if filing and plazo else None
        decision = Decision(**base, missing=missing, signature=signature, outcome=outcome,
                            flags=tuple(flags_list), filing_date=filing, due_date=due, reply=None,
                            notified_on=notified)
        return self._with_reply(decision, message)

    # -- pieces ---------------------------------------------------------------------------

    def _apply(self, overrides: Overrides, classification: Classification,
               fields: dict[str, FieldValue]) -> tuple[Classification, dict[str, FieldValue]]:
        if overrides.procedure:
            if overrides.procedure not in self.rules.procedures:
                raise ValueError(f"unknown procedure {overrides.procedure!r}")
            hits = classification.hits + ((overrides.hit,) if overrides.hit else ())
            classification = Classification(overrides.procedure, hits, "trámite fijado por el personal")
        fields = dict(fields)
        for name, value in overrides.fields.items():
            if value is None:
                fields.pop(name, None)
            else:
                fields[name] = value
        return classification, fields

    def _is_institutional(self, address: str) -> bool:
        return address.lower() in self.institutional

    def _mailbox_of(self, message: ParsedMessage) -> str | None:
        for address in (*message.delivered_to, *message.to, *message.cc):
            if address in self.institutional:
                return address
        return None

    @staticmethod
    def _received_of(message: ParsedMessage) -> dt.datetime | None:
        if message.received_dates:
            return message.received_dates[0]
        return message.date

    @staticmethod
    def _missing(procedure: Procedure, fields: dict[str, FieldValue], signature: SignatureReport,
                 documents: tuple[DocumentInfo, ...], refugee: bool) -> tuple[str, ...]:
        missing = []
        for requirement in procedure.requirements:
            if requirement in procedure.refugee_only and not refugee:
                continue
            if requirement == "firma":
                if signature.status in ("invalid", "absent"):
                    missing.append("firma")
            elif requirement == "denuncia_policial":
                if not any(_DENUNCIA.search(doc.filename) or _DENUNCIA.search(doc.text or "") for doc in documents):
                    missing.append("denuncia_policial")
            elif requirement not in fields:
                missing.append(requirement)
        return tuple(missing)

    def _with_reply(self, decision: Decision, message: ParsedMessage) -> Decision:
        try:
            reply = self.render_reply(decision, None, original_subject=message.subject,
                                      sender=message.from_address)
        except Exception as exc:  # noqa: BLE001 - a template error must not lose the decision
            log.error("reply template failed: %s", exc)
            return dataclasses.replace(decision, errors=decision.errors + (f"No se pudo redactar la respuesta: {exc}",))
        return dataclasses.replace(decision, reply=reply)

    def render_reply(self, decision: Decision, registration_number: str | None, *,
                     original_subject: str = "", sender: str = "", medium: Medium = "mail") -> Reply | None:
        """The reply for a decision, with the registration number once it is assigned;
        `medium` "paper" for the cargo's PDF copy (no mail-only sentences)."""
        if decision.outcome == "ignorado":
            return None
        procedure = self.rules.procedures.get(decision.procedure) if decision.procedure else None
        name = decision.fields.get("nombres")
        ctx = ReplyContext(
            outcome=decision.outcome,
            sender_address=sender or (decision.fields["correo"].value if "correo" in decision.fields else ""),
            mailbox=decision.mailbox or self.settings.office.bot_address,
            received=decision.received or dt.datetime.now(dt.timezone.utc),
            procedure_code=procedure.code if procedure else None,
            procedure_title=procedure.title if procedure else None,
            procedure_kind=procedure.kind if procedure else None,
            missing=decision.missing,
            applicant_name=name.value if name else None,
            filing_date=decision.filing_date,
            due_date=decision.due_date,
            plazo_days=(procedure.plazo if decision.outcome in ("acuse", "cargo") else 2) if procedure else None,
            registration_number=registration_number,
            documents=decision.documents,
            flags=decision.flags,
            portal_url=self.settings.office.portal_url,
            portal_hint=procedure.portal_hint if procedure else "",
            original_subject=original_subject,
            signature_status=decision.signature.status,
            forwarded_to=procedure.mailbox if procedure and "derivado" in decision.flags else None,
        )
        return self.renderer.render(ctx, medium)

