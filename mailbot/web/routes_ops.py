"""The operators' pages: rule statistics, explain a message, replay edited rules.

Explain and replay decide in the staff pages' decide process (`WebContext.decider`,
`mailbot.decider`), within the budget per message, and never on the event loop: the
async routes hand the work to a worker thread (`run_in_threadpool`), the sync ones run
in one already. A message that runs out of budget is said so on the page.
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from sqlalchemy import func
from sqlmodel import Session, select

from mailbot.core.rules import RulesError, load_rules
from mailbot.decider import DecideFailure
from mailbot.operators import replay_stored
from mailbot.store.db import read_session
from mailbot.store.models import DecisionRecord, Message, RawMessage, RuleHitRecord, utcnow
from mailbot.web.masking import masked_explanation, masked_failure
from mailbot.web.pages import render
from mailbot.web.security import Auth, check_csrf, require, row_id

router = APIRouter(prefix="/operadores")
rules_permission = require("rules")
RULE_FILES = ("asunto.toml", "procedures.toml", "ignore.toml")
MAX_EML_BYTES = 30 * 1024 * 1024


def rule_stats(session: Session, weeks: int, today: dt.date) -> tuple[list[dt.date], dict[str, list[int]]]:
    """Messages each rule matched per ISO week (Monday) over the last `weeks` weeks, newest
    week last: a message is counted once per rule however often (or however many times
    re-decided) the rule matched it."""
    monday = today - dt.timedelta(days=today.weekday())
    starts = [monday - dt.timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    since = dt.datetime.combine(starts[0], dt.time(0), tzinfo=dt.timezone.utc)
    day = func.date(DecisionRecord.created_at)
    query = (select(RuleHitRecord.rule, day, func.count(func.distinct(DecisionRecord.message_pk))).join(DecisionRecord, DecisionRecord.id == RuleHitRecord.decision_pk)
             .where(DecisionRecord.created_at >= since).group_by(RuleHitRecord.rule, day))
    table: dict[str, list[int]] = defaultdict(lambda: [0] * weeks)
    for rule, when, count in session.exec(query):
        when = when if isinstance(when, dt.date) else dt.date.fromisoformat(str(when))
        index = (when - starts[0]).days // 7
        if 0 <= index < weeks:
            table[rule][index] += count
    return starts, dict(sorted(table.items(), key=lambda item: -sum(item[1])))


@router.get("/reglas")
def rules_page(request: Request, semanas: int = 8, auth: Auth = Depends(rules_permission)):
    ctx = request.app.state.ctx
    weeks = max(1, min(semanas, 52))
    with read_session(ctx.db) as session:
        starts, table = rule_stats(session, weeks, ctx.queues.today())
    unused = sorted(rule.name for rule in ctx.engine.rules.subject_rules if rule.name not in table)
    return render(request, "rules.html", starts=starts, table=table, unused=unused, weeks=weeks,
                  rules_dir=ctx.settings.rules_dir)


@router.get("/explicar")
def explain_form(request: Request, mensaje: str | None = None, auth: Auth = Depends(rules_permission)):
    """The form; with ``?mensaje=N`` the explanation of stored message N, its personal
    values masked for a user who may not see cases (`mailbot.web.masking`)."""
    ctx = request.app.state.ctx
    explanation, masked = None, False
    if mensaje is not None:
        message_id = row_id(mensaje)
        with read_session(ctx.db) as session:
            message = session.get(Message, message_id) if message_id is not None else None
            if message is None:
                raise HTTPException(status_code=404, detail="No existe ese mensaje.")
            raw = session.get(RawMessage, message.raw_sha256).data
        masked = not auth.user.can("casework")
        result = ctx.decider().explain_one(raw, file=f"mensaje {mensaje}", mailbox=message.mailbox,
                                           received=message.received_at)
        if isinstance(result, DecideFailure):
            reason = masked_failure(result.error) if masked else result.error
            return render(request, "explain.html", explanation=None, masked=masked,
                          error=f"No se pudo explicar el mensaje {mensaje}: {reason}")
        explanation = masked_explanation(result) if masked else result
    return render(request, "explain.html", explanation=explanation, masked=masked, error=None)


@router.post("/explicar", dependencies=[Depends(check_csrf)])
async def explain_upload(request: Request, auth: Auth = Depends(rules_permission)):
    form = await request.form()
    upload = form.get("eml")
    if not hasattr(upload, "read"):
        return render(request, "explain.html", status_code=400, explanation=None, error="Elija un archivo .eml.")
    raw = await upload.read(MAX_EML_BYTES)
    name = upload.filename or "mensaje.eml"
    ctx = request.app.state.ctx
    result = await run_in_threadpool(lambda: ctx.decider().explain_one(raw, file=name))
    if isinstance(result, DecideFailure):
        return render(request, "explain.html", explanation=None, error=f"No se pudo explicar {name}: {result.error}")
    return render(request, "explain.html", explanation=result, error=None)


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


@router.get("/replay")
def replay_form(request: Request, auth: Auth = Depends(rules_permission)):
    return render(request, "replay.html", report=None, error=None, form={})


@router.post("/replay", dependencies=[Depends(check_csrf)])
async def replay_run(request: Request, auth: Auth = Depends(rules_permission)):
    """Replay with the uploaded rules files (the others as in force); nothing is sent or stored."""
    ctx = request.app.state.ctx
    form = await request.form()
    uploads = {name: form.get(name.replace(".toml", "")) for name in RULE_FILES}
    uploads = {name: item for name, item in uploads.items() if isinstance(item, UploadFile) and item.filename}
    values = {"since": form.get("since", ""), "until": form.get("until", ""), "limit": form.get("limit", "")}
    if not uploads:
        return render(request, "replay.html", status_code=400, report=None, form=values,
                      error="Suba al menos un archivo de reglas modificado (asunto.toml, procedures.toml o ignore.toml).")
    with tempfile.TemporaryDirectory(prefix="mailbot-rules-") as folder:
        for name in RULE_FILES:
            source = Path(ctx.settings.rules_dir) / name
            if source.exists():
                shutil.copy(source, Path(folder) / name)
        for name, item in uploads.items():
            (Path(folder) / name).write_bytes(await item.read(2 * 1024 * 1024))
        try:
            new_rules = load_rules(folder)
        except RulesError as exc:
            message = str(exc).replace(folder, "reglas subidas")
            return render(request, "replay.html", status_code=400, report=None, form=values, error=message)
    try:
        limit = max(1, min(int(values["limit"] or 2000), 20000))
    except ValueError:
        limit = 2000
    report = await run_in_threadpool(lambda: replay_stored(
        ctx.db, ctx.settings, new_rules, current=ctx.decider(), since=_date(values["since"]),
        until=_date(values["until"]), limit=limit))
    return render(request, "replay.html", report=report, error=None, form=values,
                  files=sorted(uploads), ran_at=utcnow())
