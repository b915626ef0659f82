"""Typed values passed between the steps of the decision core.

Everything here is a frozen dataclass: parse -> inspect documents -> classify ->
extract fields -> judge signature -> dates -> outcome -> reply. No step reaches for
globals; each receives what it needs.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

SignatureStatus = Literal["valid", "invalid", "manuscrita", "absent", "not_required"]
Outcome = Literal["ignorado", "portal", "triage", "suspendido", "subsanar", "cargo", "acuse"]
DocumentKind = Literal["pdf", "image", "other"]


@dataclass(frozen=True)
class Attachment:
    """One attachment as received. `filename` is already made safe for disk and display."""

    filename: str
    declared_type: str
    sniffed_type: str
    data: bytes = field(repr=False)
    sha256: str = ""
    original_filename: str = ""

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class ParsedMessage:
    """A mail message reduced to what the decision needs."""

    message_id: str
    subject: str
    from_address: str
    from_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    delivered_to: tuple[str, ...]
    date: dt.datetime | None
    received_dates: tuple[dt.datetime, ...]
    headers: dict[str, tuple[str, ...]]
    content_type: str
    text: str
    html: str | None
    attachments: tuple[Attachment, ...]
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()

    def header(self, name: str) -> str:
        values = self.headers.get(name.lower())
        return values[0] if values else ""


@dataclass(frozen=True)
class PdfSignature:
    """One digital signature found in a PDF and what offline validation said of it."""

    field_name: str
    intact: bool
    valid: bool
    trusted: bool
    signer: str | None = None
    signing_time: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class DocumentInfo:
    """What inspecting one attachment found: pages (fojas), text layer, signatures."""

    filename: str
    sha256: str
    size: int
    kind: DocumentKind
    media_type: str
    pages: int = 0
    text: str = field(default="", repr=False)
    has_images: bool = False
    encrypted: bool = False
    signatures: tuple[PdfSignature, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class SignatureReport:
    status: SignatureStatus
    signer: str | None = None
    trusted: bool | None = None
    document: str | None = None
    detail: str = ""

    def to_json(self) -> dict:
        return {
            "status": self.status,
            "signer": self.signer,
            "trusted": self.trusted,
            "document": self.document,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class FieldValue:
    """A field value in normal form, with where it was found and by which pattern."""

    name: str
    value: str
    source: str
    rule: str
    raw: str = ""
    evidence: str = ""  # the label or cue that placed it ("etiqueta «celular»"), for explanations
    # the writer's own (a representative's signature block): kept only when no later
    # source gives the applicant's (INTAKE.md section 3)
    writers: bool = False


@dataclass(frozen=True)
class RuleHit:
    rule: str
    procedure: str
    where: str
    matched: str


@dataclass(frozen=True)
class Classification:
    procedure: str | None
    hits: tuple[RuleHit, ...]
    reason: str


@dataclass(frozen=True)
class Overrides:
    """What a person set on a message; the decision is taken again with it.

    `procedure` replaces the classification (with `hit` recorded as the reason);
    `fields` replaces or adds field values, and a value of None removes the field.
    A procedure set by a person also lifts `ignorado`: a person has read it.
    """

    procedure: str | None = None
    hit: RuleHit | None = None
    fields: dict[str, "FieldValue | None"] = field(default_factory=dict)


@dataclass(frozen=True)
class Reply:
    subject: str
    body: str
    template: str


@dataclass(frozen=True)
class Decision:
    file: str
    message_id: str
    mailbox: str
    received: dt.datetime | None
    procedure: str | None
    classification: Classification
    fields: dict[str, FieldValue]
    missing: tuple[str, ...]
    signature: SignatureReport
    outcome: Outcome
    flags: tuple[str, ...]
    filing_date: dt.date | None
    due_date: dt.date | None
    reply: Reply | None
    documents: tuple[DocumentInfo, ...] = ()
    ignored_because: str | None = None
    notified_on: dt.date | None = None
    expediente_refs: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """The object `mailbot check --json` prints (INTAKE.md section 6)."""
        return {
            "file": self.file,
            "message_id": self.message_id,
            "mailbox": self.mailbox,
            "received": self.received.isoformat() if self.received else None,
            "procedure": self.procedure,
            "fields": {name: fv.value for name, fv in self.fields.items()},
            "missing": list(self.missing),
            "signature": self.signature.to_json(),
            "outcome": self.outcome,
            "flags": list(self.flags),
            "filing_date": self.filing_date.isoformat() if self.filing_date else None,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "reply": {"subject": self.reply.subject, "body": self.reply.body} if self.reply else None,
            "errors": list(self.errors),
            "explain": {
                "classification": {
                    "reason": self.classification.reason,
                    "hits": [vars(hit) for hit in self.classification.hits],
                },
                "fields": {
                    name: {"source": fv.source, "rule": fv.rule, "evidence": fv.evidence} for name, fv in self.fields.items()
                },
                "ignored_because": self.ignored_because,
                "notified_on": self.notified_on.isoformat() if self.notified_on else None,
                "documents": [
                    {
                        "filename": doc.filename,
                        "sha256": doc.sha256,
                        "size": doc.size,
                        "kind": doc.kind,
                        "media_type": doc.media_type,
                        "pages": doc.pages,
                        "has_images": doc.has_images,
                        "encrypted": doc.encrypted,
                        "signatures": [vars(sig) for sig in doc.signatures],
                        "error": doc.error,
                    }
                    for doc in self.documents
                ],
            },
        }
