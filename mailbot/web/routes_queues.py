"""The queue pages, the search, the quarantine pages and the audit log.

Pages read in a read-only transaction (`read_session`): they do not wait for the
intake's write lock.
"""
from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse

from mailbot.core.parse import parse_message
from mailbot.store.db import read_session
from mailbot.store.mailboxes import failing_mailboxes
from mailbot.store.models import Quarantine, RawMessage
from mailbot.web.actions import ActionError, retry_quarantined
from mailbot.web.audit import recent
from mailbot.web.mailview import attachments, blocked_images
from mailbot.web.pages import render
from mailbot.web.queues import QUEUE_CODES, QUEUES, Filters
from mailbot.web.security import Auth, RowId, check_csrf, require

router = APIRouter()
MAX_SEARCH_CHARS = 200


def _text_param(value: str, max_chars: int, what: str) -> str:
    """A text the pages search or filter on: control characters (a NUL would make SQLite's
    LIKE match everything, and PostgreSQL refuses it) and over-long input are refused."""
    if any(ord(ch) < 32 and ch not in "\t\r\n" or ord(ch) == 127 for ch in value):
        raise HTTPException(status_code=400, detail=f"{what} contiene caracteres no permitidos (caracteres de control). "
                                                    "Escriba sólo letras, cifras, espacios y signos como «@», «.» o «-».")
    if len(value) > max_chars:
        raise HTTPException(status_code=400, detail=f"{what} tiene demasiados caracteres: escriba como máximo {max_chars}.")
    return value


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def filters_of(request: Request) -> Filters:
    params = request.query_params
    try:
        page = max(0, min(int(params.get("page", "0") or 0), 10_000))
    except ValueError:
        page = 0
    return Filters(mailbox=_text_param(params.get("mailbox", ""), 320, "La casilla elegida"),
                   procedure=_text_param(params.get("procedure", ""), 64, "El trámite elegido"),
                   since=_date(params.get("since")), until=_date(params.get("until")), page=page)


def _choices(request: Request) -> dict:
    ctx = request.app.state.ctx
    return {"mailboxes": [a.lower() for a in ctx.settings.office.institutional_addresses],
            "procedures": sorted(ctx.engine.rules.procedures.values(), key=lambda p: p.title)}


@router.get("/colas/{code}")
def queue_page(code: str, request: Request, auth: Auth = Depends(require("casework"))):
    if code not in QUEUE_CODES:
        raise HTTPException(status_code=404, detail="No existe esa cola.")
    ctx = request.app.state.ctx
    filters = filters_of(request)
    with read_session(ctx.db) as session:
        counts = ctx.queues.counts(session, filters)
        if code == "cuarentena":
            rows, quarantine = [], ctx.queues.quarantine(session, filters)
        else:
            rows, quarantine = ctx.queues.rows(session, code, filters), []
        failing = failing_mailboxes(session)
    queue = next(q for q in QUEUES if q.code == code)
    return render(request, "queue.html", queue=queue, queues=QUEUES, counts=counts, rows=rows,
                  quarantine=quarantine, filters=filters, query="", failing=failing, **_choices(request))


@router.get("/buscar")
def search_page(request: Request, q: str = "", auth: Auth = Depends(require("casework"))):
    ctx = request.app.state.ctx
    q = _text_param(q, MAX_SEARCH_CHARS, "La búsqueda (un número de registro, de expediente o de documento, "
                                         "un nombre o un correo)")
    filters = filters_of(request)
    with read_session(ctx.db) as session:
        counts = ctx.queues.counts(session)
        rows = ctx.queues.search(session, q, filters)
        failing = failing_mailboxes(session)
    return render(request, "queue.html", queue=None, queues=QUEUES, counts=counts, rows=rows, quarantine=[],
                  filters=filters, query=q, failing=failing, **_choices(request))


@router.get("/cuarentena/{quarantine_id}")
def quarantine_page(quarantine_id: RowId, request: Request, auth: Auth = Depends(require("casework"))):
    ctx = request.app.state.ctx
    with read_session(ctx.db) as session:
        item = session.get(Quarantine, quarantine_id)
        if item is None:
            raise HTTPException(status_code=404, detail="No existe esa entrada de cuarentena.")
        parsed = parse_message(session.get(RawMessage, item.raw_sha256).data, ctx.settings.limits.max_message_bytes)
    return render(request, "quarantine.html", item=item, parsed=parsed, attachments=attachments(parsed),
                  blocked=blocked_images(parsed.html or ""), error_message=None)


@router.post("/cuarentena/{quarantine_id}/reintentar", dependencies=[Depends(check_csrf)])
def quarantine_retry(quarantine_id: RowId, request: Request, auth: Auth = Depends(require("casework"))):
    try:
        number = retry_quarantined(request.app.state.ctx, auth.user, quarantine_id)
    except ActionError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    return RedirectResponse(f"/registro/{number}" if number else "/colas/cuarentena", status_code=303)


@router.get("/auditoria")
def audit_page(request: Request, entidad: str = "", usuario: str = "", page: int = 0,
               auth: Auth = Depends(require("audit"))):
    ctx = request.app.state.ctx
    page = max(0, min(page, 10_000))
    entidad, usuario = _text_param(entidad, 200, "La entidad buscada"), _text_param(usuario, 64, "El usuario buscado")
    with read_session(ctx.db) as session:
        events, total = recent(session, entity_id=entidad.strip() or None, user=usuario.strip() or None,
                               limit=100, offset=page * 100)
    return render(request, "audit.html", events=events, total=total, entidad=entidad, usuario=usuario, page=page)
