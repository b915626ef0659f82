"""The answer the applicant receives, rendered from Jinja2 templates (INTAKE.md section 5).

One template per outcome under ``templates/reply/`` (``acuse``, ``cargo``, ``subsanar``,
``portal``, ``triage``, ``suspendido`` and ``closed_not_presented``), each extending
``_layout.txt`` (greeting and signature) and importing ``_macros.txt`` (registration
number, forwarding note, list of documents). A template defines two blocks: ``subject``
and ``body``. Templates are plain text: no autoescaping, and `StrictUndefined` turns a
misspelt variable into an error instead of an empty string.

    renderer = ReplyRenderer(settings.templates_dir, settings.office)
    reply = renderer.render(ReplyContext(outcome="cargo", ...))
    reply.subject  -> "Cargo de recepción – Recurso de Apelación – REG-2026-000123"
    paper = renderer.render(ReplyContext(outcome="cargo", ...), medium="paper")

A reply is written for a *medium*: ``mail`` (the e-mail) or ``paper`` (the cargo's PDF
copy, `mailbot.replypdf`). Templates see ``paper`` (true for the PDF): the layout
leaves out what only makes sense in a mail (the footer "Respuesta automática … Si
responde, no cambie el asunto…", block ``mail_footer``) and a sentence may name the
document it is in ("Este correo es…" / "Este documento es…").

Text layout: a paragraph is one line (the applicant's mail client wraps it to the
screen; the PDF wraps it to the page); lists and "label: value" lines keep a line each.

Only what the applicant sent and what the office assigns (registration number, dates)
appears in a reply: never another person's data, never staff-only flags
(``extemporaneo``, ``verificar_firma``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Literal

import jinja2

from mailbot.core.dates_es import jinja_filters
from mailbot.core.model import DocumentInfo, Reply, SignatureStatus
from mailbot.settings import OfficeSettings

__all__ = [
    "MEDIA",
    "Medium",
    "REQUIREMENT_LABELS",
    "REPLY_TEMPLATES",
    "ProcedureKind",
    "ReplyContext",
    "ReplyRenderer",
    "requirement_labels",
]

ProcedureKind = Literal["recurso", "solicitud", "portal"]
Medium = Literal["mail", "paper"]
MEDIA: tuple[str, ...] = ("mail", "paper")
ReplyTemplate = Literal[
    "acuse", "cargo", "subsanar", "portal", "triage", "suspendido", "closed_not_presented"
]

REPLY_TEMPLATES: tuple[str, ...] = (
    "acuse", "cargo", "subsanar", "portal", "triage", "suspendido", "closed_not_presented",
)

# What to send, written to the applicant: "Falta: <label>". Lower-case so that it reads
# in running text; templates capitalise list items with the `capfirst` filter.
REQUIREMENT_LABELS: dict[str, str] = {
    "nombres": "sus nombres y apellidos completos",
    "nacionalidad": "su nacionalidad",
    "documento_identidad": "el número de su pasaporte o de su cédula de identidad",
    "carne_extranjeria": "el número de su carné de extranjería",
    "telefono": "un número de teléfono de contacto",
    "correo": "un correo electrónico de contacto",
    "sexo": "su sexo (femenino o masculino)",
    "fecha_nacimiento": "su fecha de nacimiento (día, mes y año)",
    "destino": "el lugar (ciudad y país) al que viajará",
    "fecha_salida": "la fecha de salida del viaje",
    "fecha_retorno": "la fecha de retorno del viaje",
    "motivo": "el motivo de su pedido o recurso, explicado por escrito",
    "firma": (
        "el documento escrito debidamente firmado "
        "(firma manuscrita escaneada o firma digital)"
    ),
    "denuncia_policial": "una copia de la denuncia policial por la pérdida o el robo del carné",
}

# What each template needs besides outcome, sender, mailbox and received.
_REQUIRED: dict[str, tuple[str, ...]] = {
    "acuse": ("procedure_title", "filing_date", "due_date"),
    "cargo": ("procedure_title", "filing_date", "due_date"),
    "subsanar": ("procedure_title", "filing_date", "due_date", "missing"),
    "closed_not_presented": ("procedure_title", "filing_date", "due_date"),
    "portal": ("procedure_code", "procedure_title"),
    "suspendido": ("procedure_title",),
    "triage": (),
}


def requirement_labels(missing: tuple[str, ...]) -> tuple[str, ...]:
    """The Spanish labels of `missing`, in the same order; unknown codes raise KeyError."""
    unknown = [code for code in missing if code not in REQUIREMENT_LABELS]
    if unknown:
        raise KeyError(f"no Spanish label for requirement(s): {', '.join(unknown)}")
    return tuple(REQUIREMENT_LABELS[code] for code in missing)


@dataclass(frozen=True)
class ReplyContext:
    """Everything a reply may say. Built by the decision core; nothing else is shown.

    `missing_labels` may be left empty: it is then derived from `missing` with
    `REQUIREMENT_LABELS`. `registration_number` None means "not assigned yet" (e.g.
    `mailbot check`, which writes nothing): the text then says it will be communicated.
    `mailbox` is the receiving address, `unit_name` the receiving unit (defaults to the
    office's name); `forwarded_to` the competent mailbox when ``derivado`` is flagged;
    `portal_hint` the rules' words on where the portal does it (shown when the portal
    template has no steps of its own for the procedure).
    """

    outcome: ReplyTemplate
    sender_address: str
    mailbox: str
    received: dt.datetime
    procedure_code: str | None = None
    procedure_title: str | None = None
    procedure_kind: ProcedureKind | None = None
    missing: tuple[str, ...] = ()
    missing_labels: tuple[str, ...] = ()
    applicant_name: str | None = None
    unit_name: str = ""
    filing_date: dt.date | None = None
    due_date: dt.date | None = None
    plazo_days: int | None = None
    registration_number: str | None = None
    documents: tuple[DocumentInfo, ...] = ()
    flags: tuple[str, ...] = ()
    portal_url: str = ""
    portal_hint: str = ""
    original_subject: str = ""
    signature_status: SignatureStatus = "not_required"
    forwarded_to: str | None = None


class ReplyRenderer:
    """Renders a `ReplyContext` with the templates under ``<templates_dir>/reply/``.

    Built once (templates are compiled and cached by Jinja2); `render` is thread-safe.
    """

    def __init__(
        self, templates_dir: Path, office: OfficeSettings, timezone: str = "America/Lima"
    ) -> None:
        self.office = office
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates_dir)),
            autoescape=False,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update(jinja_filters(timezone))
        self.env.filters["capfirst"] = _capfirst
        self.env.filters["fojas"] = _fojas
        self.env.filters["linea"] = _one_line
        self.env.filters["nombre"] = nombre_propio

    def render(self, ctx: ReplyContext, medium: Medium = "mail") -> Reply:
        """The subject and body for `ctx`, written for `medium` (see the module doc);
        ValueError when `ctx` lacks what its outcome needs."""
        if medium not in MEDIA:
            raise ValueError(f"no reply medium {medium!r} (mail or paper)")
        if ctx.outcome not in _REQUIRED:
            raise ValueError(f"no reply for outcome {ctx.outcome!r} (ignorado is never answered)")
        absent = [name for name in _REQUIRED[ctx.outcome] if not getattr(ctx, name)]
        if absent:
            raise ValueError(f"reply {ctx.outcome!r} needs {', '.join(absent)}")
        template = self.env.get_template(f"reply/{ctx.outcome}.txt")
        variables = {**self._variables(ctx), "paper": medium == "paper"}
        subject = "".join(template.blocks["subject"](template.new_context(variables)))
        body = template.render(variables)
        return Reply(subject=_one_line(subject), body=_tidy(body), template=ctx.outcome)

    def _variables(self, ctx: ReplyContext) -> dict:
        variables = {f.name: getattr(ctx, f.name) for f in fields(ctx)}
        labels = ctx.missing_labels or requirement_labels(ctx.missing)
        if len(labels) != len(ctx.missing):
            raise ValueError("missing_labels must have one label per missing requirement")
        variables.update(
            missing_labels=labels,
            unit_name=ctx.unit_name or self.office.name,
            portal_url=ctx.portal_url or self.office.portal_url,
            derivado="derivado" in ctx.flags,
            office=self.office,
        )
        return variables


def _capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "do", "dos", "das", "van", "von"})


def nombre_propio(name: str) -> str:
    """A person's name as a greeting writes it: each word capitalised, particles lower-case
    (not the first word), hyphenated and apostrophe parts too; the stored field is not changed.

    Example: ``nombre_propio("juan camilo DE LA cruz o'neil") == "Juan Camilo de la Cruz O'Neil"``.
    """
    def word(part: str, first: bool) -> str:
        if not first and part.lower() in _PARTICLES:
            return part.lower()
        pieces = re.split(r"([-'’])", part)
        return "".join(piece[:1].upper() + piece[1:].lower() for piece in pieces)

    return " ".join(word(part, index == 0) for index, part in enumerate(name.split()))


def _fojas(document: DocumentInfo) -> str:
    """ "3 fojas" / "1 foja"; an image is one foja; otherwise "número de fojas no determinado"."""
    pages = document.pages or (1 if document.kind == "image" else 0)
    if pages == 0:
        return "número de fojas no determinado"
    return f"{pages} foja" if pages == 1 else f"{pages} fojas"


def _one_line(text: str) -> str:
    return " ".join(text.split())


_BLANK_RUNS = re.compile(r"\n{3,}")


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)) + "\n"
