"""The staff pages' words for the store's codes: one place, one voice in Spanish.

The codes stay as they are in the database, the JSON API and `mailbot check --json`;
only what a clerk reads goes through here (Jinja filters `palabra`, `cambios`,
`actor`, set up in `pages.build_templates`). An unknown code is shown as is, never
hidden.

    >>> palabra("sent", "envio")
    'enviada'
    >>> palabra("adjunto:recurso.pdf", "fuente")
    'adjunto «recurso.pdf»'
"""
from __future__ import annotations

from typing import Any

OUTCOMES = {
    "triage": "por clasificar", "subsanar": "subsanar", "acuse": "acuse", "cargo": "cargo",
    "portal": "portal", "suspendido": "suspendido", "ignorado": "ignorado",
}
STATUSES = {
    "open": "abierto", "triage": "por clasificar", "subsanar": "esperando al solicitante",
    "closed": "cerrado", "portal": "atendido (portal)", "suspendido": "suspendido",
    "no_presentado": "no presentado", "answered_portal": "atendido (portal)",
}
FLAGS = {"derivado": "derivado", "extemporaneo": "extemporáneo", "verificar_firma": "verificar firma"}
SIGNATURES = {
    "valid": "firma digital válida", "invalid": "firma digital no válida (documento alterado)",
    "manuscrita": "firma manuscrita (por verificar)", "absent": "sin firma", "not_required": "no se requiere firma",
}
DEADLINE_KINDS = {"subsanar": "subsanación", "resolver": "plazo para resolver"}
DEADLINE_STATUSES = {
    "open": "en curso", "met": "cumplido", "expired": "vencido", "cancelled": "anulado", "closed": "cerrado",
    "completed": "cumplido", "done": "cumplido",
}
OUTBOX_KINDS = {"reply": "respuesta", "notice": "aviso", "digest": "resumen diario",
                "respuesta_final": "respuesta final", "subsanar": "pedido de subsanación"}
OUTBOX_STATUSES = {"pending": "por enviar", "sending": "enviándose", "sent": "enviada", "failed": "no se pudo enviar",
                   "suppressed": "no enviada (retenida)", "held": "retenida"}
QUARANTINE_STATUSES = {"open": "por revisar", "resolved": "resuelto", "retried": "reprocesado"}
PLACES = {"subject": "asunto", "body": "cuerpo", "choose": "cuerpo (elige entre los trámites del asunto)",
          "from": "remitente", "citado": "mensaje citado", "html": "cuerpo (HTML)"}
ENTITIES = {
    "registro": "registro", "message": "mensaje", "outbox": "envío", "quarantine": "cuarentena",
    "receipt": "recepción", "expediente": "expediente", "staff_user": "usuario", "rules": "reglas",
}
ROLES = {"staff": "personal", "operator": "operador", "admin": "administrador", "cli": "línea de comandos"}
ACTIONS = {
    "created": "creado", "decided": "decidido", "filed": "archivado en el registro", "queued": "respuesta en cola",
    "resent_after_crash": "reenviado tras una caída", "suppressed": "envío retenido", "quarantined": "en cuarentena",
    "resolved": "resuelto", "duplicate_of": "duplicado de otro", "stored": "guardado", "continues": "continúa otro registro",
    "deadline_moved": "plazo recalculado", "deadline_opened": "plazo abierto", "followup_merged": "seguimiento añadido",
    "no_presentado": "cerrado como no presentado", "reply_skipped": "sin respuesta automática",
    "closed": "cerrado", "final_response": "respuesta final enviada", "login": "inicio de sesión",
    "logout": "cierre de sesión", "procedure_set": "trámite asignado", "reassigned": "reasignado a otra unidad",
    "redecided": "decidido de nuevo", "reply_queued": "respuesta en cola", "retried": "reprocesado",
    "signature_confirmed": "firma confirmada", "user_added": "usuario creado",
    "user_password_changed": "contraseña cambiada", "user_role_changed": "rol cambiado",
    "user_disabled": "usuario desactivado", "user_enabled": "usuario reactivado", "sent": "enviado",
    "failed": "envío fallido", "login_failed": "inicio de sesión fallido",
}
# a field or requirement by its name, for staff (the applicant's wording is core.reply's)
REQUIREMENTS = {
    "nombres": "nombres y apellidos", "nacionalidad": "nacionalidad", "documento_identidad": "pasaporte o cédula",
    "carne_extranjeria": "carné de extranjería", "telefono": "teléfono", "correo": "correo electrónico",
    "sexo": "sexo", "fecha_nacimiento": "fecha de nacimiento", "destino": "destino", "fecha_salida": "fecha de salida",
    "fecha_retorno": "fecha de retorno", "motivo": "motivo", "firma": "documento firmado",
    "denuncia_policial": "denuncia policial",
}
# the names of the keys an audit row's before/after carries
KEYS = {
    "procedure": "trámite", "outcome": "resultado", "status": "estado", "flags": "marcas", "missing": "faltan",
    "mailbox": "unidad", "unit": "unidad", "role": "rol", "disabled": "desactivado", "due_date": "vence",
    "filing_date": "presentado", "signature": "firma", "signature_status": "firma", "fields": "campos",
    "registro": "registro", "reason": "motivo", "note": "nota", "user": "usuario", "username": "usuario",
    "kind": "tipo", "to_address": "para", "subject": "asunto", "attempts": "intentos", "error": "error",
    "found_by": "expediente hallado por", "attachments": "adjuntos", "expediente": "expediente",
    "message": "mensaje", "message_pk": "mensaje", "number": "número", "from_address": "de",
}
# the values some keys carry, in words
_VALUES_OF = {
    "kind": {**OUTBOX_KINDS, **DEADLINE_KINDS},
    "found_by": {"documento_identidad": "el pasaporte o la cédula", "carne_extranjeria": "el carné de extranjería",
                 "numero_expediente": "el número de expediente citado", "correo": "el correo del remitente",
                 "nuevo": "nuevo (ninguno coincidía)"},
    "status": {**STATUSES, **OUTBOX_STATUSES},
}

_KINDS = {
    "resultado": OUTCOMES, "estado": STATUSES, "marca": FLAGS, "firma": SIGNATURES, "plazo": DEADLINE_KINDS,
    "estado_plazo": DEADLINE_STATUSES, "tipo_envio": OUTBOX_KINDS, "envio": OUTBOX_STATUSES,
    "cuarentena": QUARANTINE_STATUSES, "lugar": PLACES, "entidad": ENTITIES, "rol": ROLES, "accion": ACTIONS,
    "clave": KEYS, "requisito": REQUIREMENTS,
}


def palabra(code: Any, kind: str) -> str:
    """The Spanish word for `code` of `kind` ("resultado", "estado", "firma", "envio",
    "plazo", "estado_plazo", "fuente", "accion", ...); "–" for nothing; the code itself
    when it has no word yet."""
    if code is None or code == "":
        return "–"
    text = str(code)
    if kind == "fuente":
        return _source(text)
    if kind not in _KINDS:
        raise KeyError(f"no words for codes of kind {kind!r}")
    return _KINDS[kind].get(text, text)


def _source(text: str) -> str:
    """Where a value was read: "body" -> "cuerpo", "adjunto:X.pdf" -> "adjunto «X.pdf»"."""
    place, colon, name = text.partition(":")
    if colon and place == "adjunto":
        return f"adjunto «{name}»"
    return PLACES.get(text, text)


def actor(detail: dict | None) -> str:
    """Who did it: the staff member's name and role, "línea de comandos", or "sistema"."""
    detail = detail or {}
    user, role = detail.get("user"), detail.get("role")
    if not role or not user:
        return "sistema"
    if role == "cli" or user == "cli":
        return "línea de comandos"
    return f"{user} ({ROLES.get(role, role)})"


def _value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return "sí" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{KEYS.get(k) or REQUIREMENTS.get(k, k)}: {_value(v)}" for k, v in value.items())
    text = str(value)
    for table in (OUTCOMES, STATUSES, FLAGS, SIGNATURES, ROLES):
        if text in table:
            return table[text]
    return text


def cambios(detail: dict | None) -> list[str]:
    """An audit row's change as lines "campo: antes → después" (only what changed), or
    its other details as "campo: valor" when it records no before and after."""
    detail = detail or {}
    before, after = detail.get("before"), detail.get("after")
    if before is None and after is None:
        return [f"{KEYS.get(k) or REQUIREMENTS.get(k, k)}: {_VALUES_OF.get(k, {}).get(v, None) or _value(v)}"
                for k, v in detail.items()
                if k not in ("user", "role", "before", "after") and v not in (None, "", [], {})]
    if not isinstance(before, dict) or not isinstance(after, dict):
        return [f"{_value(before)} → {_value(after)}"]
    lines = []
    for key in list(before) + [k for k in after if k not in before]:
        old, new = before.get(key), after.get(key)
        if old != new:
            lines.append(f"{KEYS.get(key) or REQUIREMENTS.get(key, key)}: {_value(old)} → {_value(new)}")
    return lines
