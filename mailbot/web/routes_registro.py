"""The message page of a registro, the safe mail view, downloads, and the staff actions.

Pages and downloads read in a read-only transaction (`read_session`); each action
writes in its own short transaction (`mailbot.web.actions`).
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

from mailbot.core.extract import FIELD_ORDER
from mailbot.core.parse import parse_message
from mailbot.store.db import read_session
from mailbot.store.models import Message, RawMessage
from mailbot.web import actions
from mailbot.web.actions import ActionError
from mailbot.web.documents import MAX_UPLOAD_BYTES, WebDocument
from mailbot.web.mailview import BODY_CSP, download_headers, safe_html_document
from mailbot.web.pages import render
from mailbot.web.security import Auth, RowId, check_csrf, require
from mailbot.web.view import load_registro

router = APIRouter()
casework = require("casework")
DONE = {
    "decidido": "Decisión actualizada.", "firma": "Firma confirmada.", "respuesta": "Respuesta puesta en la bandeja de salida.",
    "final": "Respuesta final registrada; el registro quedó cerrado.", "cerrado": "Registro cerrado.",
    "reasignado": "Registro reasignado.",
}


def _back(number: str, done: str) -> RedirectResponse:
    return RedirectResponse(f"/registro/{number}?hecho={done}", status_code=303)


def _fail(exc: ActionError) -> HTTPException:
    return HTTPException(status_code=400, detail=str(exc))


@router.get("/registro/{number}")
def registro_page(number: str, request: Request, hecho: str = "", auth: Auth = Depends(casework)):
    ctx = request.app.state.ctx
    with read_session(ctx.db) as session:
        view = load_registro(session, number, ctx.settings.limits.max_message_bytes)
    if view is None:
        raise HTTPException(status_code=404, detail=f"No existe el registro {number}.")
    fields = {fs.name: fs for fs in view.field_sources}
    return render(request, "registro.html", view=view, fields=fields, field_order=FIELD_ORDER,
                  procedures=sorted(ctx.engine.rules.procedures.values(), key=lambda p: p.title),
                  units=[a.lower() for a in ctx.settings.office.institutional_addresses],
                  done=DONE.get(hecho), max_upload_mb=MAX_UPLOAD_BYTES // (1024 * 1024))


def _message(session: Session, message_pk: int) -> tuple[Message, bytes]:
    message = session.get(Message, message_pk)
    if message is None:
        raise HTTPException(status_code=404, detail="No existe ese mensaje.")
    return message, session.get(RawMessage, message.raw_sha256).data


@router.get("/mensaje/{message_pk}/cuerpo")
def message_body(message_pk: RowId, request: Request, auth: Auth = Depends(casework)):
    """The mail as an inert page for the sandboxed iframe (sanitised, CSP sandbox)."""
    ctx = request.app.state.ctx
    with read_session(ctx.db) as session:
        _, raw = _message(session, message_pk)
    page = safe_html_document(parse_message(raw, ctx.settings.limits.max_message_bytes))
    return HTMLResponse(page, headers={"content-security-policy": BODY_CSP, "x-frame-options": "SAMEORIGIN"})


@router.get("/mensaje/{message_pk}/adjunto/{index}")
def attachment_download(message_pk: RowId, index: RowId, request: Request, auth: Auth = Depends(casework)):
    ctx = request.app.state.ctx
    with read_session(ctx.db) as session:
        _, raw = _message(session, message_pk)
    parsed = parse_message(raw, ctx.settings.limits.max_message_bytes)
    if not 0 <= index < len(parsed.attachments):
        raise HTTPException(status_code=404, detail="No existe ese adjunto.")
    attachment = parsed.attachments[index]
    return Response(attachment.data, media_type="application/octet-stream",
                    headers=download_headers(attachment.filename))


@router.get("/documento/{document_id}")
def document_download(document_id: RowId, request: Request, auth: Auth = Depends(casework)):
    with read_session(request.app.state.db) as session:
        document = session.get(WebDocument, document_id)
        if document is None:
            raise HTTPException(status_code=404, detail="No existe ese documento.")
    return Response(document.data, media_type="application/octet-stream", headers=download_headers(document.filename))


# -- actions ---------------------------------------------------------------------------------

@router.post("/registro/{number}/decidir", dependencies=[Depends(check_csrf)])
async def decide(number: str, request: Request, auth: Auth = Depends(casework)):
    form = await request.form()
    values = {name: str(form[f"campo_{name}"]) for name in FIELD_ORDER
              if f"campo_{name}" in form and str(form[f"campo_{name}"]).strip() != str(form.get(f"antes_{name}", ""))}
    try:  # decided in the decide process: waited for in a worker thread, never on the event loop
        await run_in_threadpool(actions.set_decision, request.app.state.ctx, auth.user, number,
                                str(form.get("procedure", "")), values)
    except ActionError as exc:
        raise _fail(exc) from exc
    return _back(number, "decidido")


@router.post("/registro/{number}/firma", dependencies=[Depends(check_csrf)])
def confirm_signature(number: str, request: Request, auth: Auth = Depends(casework)):
    try:
        actions.confirm_signature(request.app.state.ctx, auth.user, number)
    except ActionError as exc:
        raise _fail(exc) from exc
    return _back(number, "firma")


@router.post("/registro/{number}/respuesta/vista-previa", dependencies=[Depends(check_csrf)])
def reply_preview(number: str, request: Request, auth: Auth = Depends(casework)):
    try:
        draft = actions.reply_draft(request.app.state.ctx, number)
    except ActionError as exc:
        raise _fail(exc) from exc
    return render(request, "reply_preview.html", number=number, draft=draft)


@router.post("/registro/{number}/respuesta/enviar", dependencies=[Depends(check_csrf)])
def reply_send(number: str, request: Request, subject: str = Form(""), body: str = Form(""),
               nonce: str = Form(""), auth: Auth = Depends(casework)):
    try:
        actions.send_reply(request.app.state.ctx, auth.user, number, subject, body, nonce)
    except ActionError as exc:
        raise _fail(exc) from exc
    return _back(number, "respuesta")


@router.post("/registro/{number}/respuesta-final", dependencies=[Depends(check_csrf)])
async def final_response(number: str, request: Request, oficio: UploadFile = File(...),
                         auth: Auth = Depends(casework)):
    data = await oficio.read(MAX_UPLOAD_BYTES + 1)
    try:
        actions.record_final_response(request.app.state.ctx, auth.user, number, oficio.filename or "oficio.pdf", data)
    except ActionError as exc:
        raise _fail(exc) from exc
    return _back(number, "final")


@router.post("/registro/{number}/cerrar", dependencies=[Depends(check_csrf)])
def close(number: str, request: Request, reason: str = Form(""), auth: Auth = Depends(casework)):
    try:
        actions.close(request.app.state.ctx, auth.user, number, reason)
    except ActionError as exc:
        raise _fail(exc) from exc
    return _back(number, "cerrado")


@router.post("/registro/{number}/reasignar", dependencies=[Depends(check_csrf)])
def reassign(number: str, request: Request, unit: str = Form(""), auth: Auth = Depends(casework)):
    try:
        actions.reassign(request.app.state.ctx, auth.user, number, unit)
    except ActionError as exc:
        raise _fail(exc) from exc
    return _back(number, "reasignado")
