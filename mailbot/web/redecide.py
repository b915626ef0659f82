"""Decide a filed message again with what staff set: the procedure and corrected fields.

`redecide` runs the decision core on the stored bytes, then applies the staff's
corrections and recomputes what depends on them (missing requirements, signature
requirement, flags, outcome, due date) with the same rules as
`DecisionEngine.decide` (INTAKE.md sections 3-5). A corrected field is recorded with
``source = "personal:<user>"`` and ``rule = "corrección manual"``; a procedure set by
staff adds the rule hit ``personal/<user>``. Both come back from the stored decision
(`Corrections.from_stored`), so a later re-decision keeps them.

The core has no entry point for overrides yet; this module re-applies its tail steps
and should move into `mailbot.core.decision` as ``decide(..., overrides=...)``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from mailbot.core.decision import SUBSANAR_PLAZO, RECURSO_PLAZO_DAYS, DecisionEngine
from mailbot.core.fields import TextSource, notified_on, says_recognised_refugee
from mailbot.core.model import Classification, Decision, FieldValue, RuleHit, SignatureReport
from mailbot.core.parse import parse_message
from mailbot.core.signature import judge_signature
from mailbot.core.textclean import applicant_text

STAFF_SOURCE = "personal:"
STAFF_RULE = "corrección manual"
STAFF_HIT = "personal/"


@dataclass(frozen=True)
class Corrections:
    """What staff set on a registro: a procedure (or None) and field values ("" deletes)."""

    procedure: str | None = None
    procedure_by: str = ""
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (value, user)

    @classmethod
    def from_stored(cls, hits: list, field_sources: list) -> "Corrections":
        """Read back the corrections recorded with a stored decision (rule hits, field sources)."""
        procedure, by = None, ""
        for hit in hits:
            if hit.rule.startswith(STAFF_HIT):
                procedure, by = hit.procedure, hit.rule[len(STAFF_HIT):]
        fields = {fs.name: (fs.value, fs.source[len(STAFF_SOURCE):])
                  for fs in field_sources if fs.source.startswith(STAFF_SOURCE)}
        return cls(procedure, by, fields)

    def merged(self, user: str, procedure: str | None, values: dict[str, str]) -> "Corrections":
        """These corrections plus a new procedure and new values from `user`."""
        fields = dict(self.fields)
        for name, value in values.items():
            fields[name] = (" ".join(value.split()), user)
        if procedure:
            return Corrections(procedure, user, fields)
        return Corrections(self.procedure, self.procedure_by, fields)


def _sources(engine: DecisionEngine, raw: bytes, decision: Decision) -> list[TextSource]:
    message = parse_message(raw, engine.settings.limits.max_message_bytes)
    institutional = {a.lower() for a in engine.settings.office.institutional_addresses}
    body = applicant_text(message.text, lambda address: address.lower() in institutional)
    sources = [TextSource("body", body), TextSource("subject", message.subject)]
    return sources + [TextSource(f"adjunto:{doc.filename}", doc.text) for doc in decision.documents if doc.text]


def redecide(engine: DecisionEngine, raw: bytes, corrections: Corrections, *, mailbox: str,
             received: dt.datetime, known_refugee: bool = False) -> Decision:
    """The decision for `raw` with the staff's corrections applied."""
    base = engine.decide(raw, file="", mailbox=mailbox, received=received, known_refugee=known_refugee)
    if base.outcome == "ignorado" and not corrections.procedure:
        return base
    fields = dict(base.fields)
    for name, (value, user) in corrections.fields.items():
        if value:
            fields[name] = FieldValue(name, value, f"{STAFF_SOURCE}{user}", STAFF_RULE, value)
        else:
            fields.pop(name, None)
    classification = base.classification
    code = corrections.procedure or base.procedure
    if corrections.procedure:
        hit = RuleHit(f"{STAFF_HIT}{corrections.procedure_by}", corrections.procedure, "personal", "")
        classification = Classification(corrections.procedure, base.classification.hits + (hit,),
                                        f"trámite fijado por {corrections.procedure_by}")
    procedure = engine.rules.procedures.get(code) if code else None
    common = dict(procedure=procedure.code if procedure else None, classification=classification,
                  fields=fields, reply=None, ignored_because=None)
    if procedure is None or procedure.is_portal or procedure.suspended:
        outcome = "triage" if procedure is None else ("portal" if procedure.is_portal else "suspendido")
        flags = ("derivado",) if outcome == "suspendido" and mailbox and procedure.mailbox != mailbox else ()
        return dataclasses.replace(base, **common, missing=(), signature=SignatureReport("not_required"),
                                   outcome=outcome, flags=flags, due_date=None)

    sources = _sources(engine, raw, base)
    refugee = known_refugee or "carne_extranjeria" in fields or says_recognised_refugee(sources)
    signature = judge_signature(base.documents, "firma" in procedure.requirements)
    missing = engine._missing(procedure, fields, signature, base.documents, refugee)  # noqa: SLF001
    flags_list: list[str] = []
    if mailbox and procedure.mailbox != mailbox:
        flags_list.append("derivado")
    if signature.status == "manuscrita":
        flags_list.append("verificar_firma")
    notified = notified_on(sources) if procedure.is_recurso else None
    filing = base.filing_date
    if notified and filing and engine.calendar.is_late(notified, filing, RECURSO_PLAZO_DAYS):
        flags_list.append("extemporaneo")
    if missing:
        outcome, plazo = "subsanar", SUBSANAR_PLAZO
    else:
        outcome, plazo = ("cargo" if procedure.is_recurso else "acuse"), procedure.plazo
    due = engine.calendar.add_business_days(filing, plazo) if filing and plazo else None
    return dataclasses.replace(base, **common, missing=missing, signature=signature, outcome=outcome,
                               flags=tuple(flags_list), due_date=due, notified_on=notified)
