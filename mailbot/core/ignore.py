"""Machine-generated or looping mail (INTAKE.md section 5, outcome `ignorado`)."""
from __future__ import annotations

from .model import ParsedMessage
from .rules import IgnoreRules, fold


def ignored_because(message: ParsedMessage, rules: IgnoreRules, institutional: tuple[str, ...]) -> str | None:
    """Why the message must never be answered, or None when it is a person's mail."""
    auto = message.header("Auto-Submitted").strip().lower()
    if auto and auto != "no":
        return f"Auto-Submitted: {auto}"
    precedence = message.header("Precedence").strip().lower()
    if precedence in ("bulk", "junk", "list"):
        return f"Precedence: {precedence}"
    if message.header("List-Id"):
        return "List-Id"
    if message.content_type == "multipart/report":
        return "informe de entrega (multipart/report)"
    for header in ("X-Autoreply", "X-Autorespond"):
        value = message.header(header).strip().lower()
        if value:
            return f"{header}: {value}"
    sender = message.from_address.lower()
    local = sender.split("@", 1)[0]
    if local in rules.machine_senders or any(local.startswith(name) for name in ("mailer-daemon", "postmaster", "no-reply", "noreply")):
        return f"remitente automático ({local})"
    if sender and sender in {a.lower() for a in institutional}:
        return "remitente institucional (evita bucles de correo)"
    # The subject as sent: "Respuesta automática: ..." is an out-of-office reply, but
    # "RE: Respuesta automática: ..." is a person answering one (docs/decisions.md).
    subject = fold(message.subject)
    for prefix in rules.autoreply_subject_prefixes:
        if subject.startswith(prefix):
            return f"asunto de respuesta automática ({prefix})"
    return None
