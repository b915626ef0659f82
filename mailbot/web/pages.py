"""Rendering the Jinja2 pages (Spanish, autoescaped) with what every page needs."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.templating import Jinja2Templates

from mailbot.core.dates_es import fecha, fecha_hora
from mailbot.web import labels
from mailbot.web.security import load_auth, security_headers

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

OUTCOME_LABELS = labels.OUTCOMES
STATUS_LABELS = labels.STATUSES
FLAG_LABELS = labels.FLAGS


def build_templates(timezone: str, procedure_titles: dict[str, str] | None = None) -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    zone = ZoneInfo(timezone)
    env = templates.env
    env.filters["fecha"] = lambda value: fecha(value, zone) if value else "–"
    env.filters["fecha_hora"] = lambda value: fecha_hora(value, zone) if value else "–"
    env.filters["corta"] = lambda value: (value.astimezone(zone).strftime("%d/%m/%Y %H:%M")
                                          if isinstance(value, dt.datetime) else
                                          value.strftime("%d/%m/%Y") if value else "–")
    env.filters["outcome"] = lambda value: OUTCOME_LABELS.get(value, value or "–")
    env.filters["status"] = lambda value: STATUS_LABELS.get(value, value or "–")
    env.filters["flag"] = lambda value: FLAG_LABELS.get(value, value)
    env.filters["palabra"] = labels.palabra
    env.filters["cambios"] = labels.cambios
    env.filters["actor"] = labels.actor
    titles = dict(procedure_titles or {})
    # a procedure by its title ("Recurso de Apelación"), never its code
    env.filters["tramite"] = lambda code, empty="(sin trámite)": (
        " o ".join(titles.get(part, part) for part in str(code).split(",")) if code else empty)
    env.filters["kb"] = lambda size: f"{(size or 0) / 1024:.0f} KB" if (size or 0) >= 1024 else f"{size or 0} B"
    return templates


def render(request: Request, name: str, status_code: int = 200, **context):
    auth = load_auth(request)
    context.setdefault("auth", auth)
    context.setdefault("csrf", auth.csrf if auth else "")
    context.setdefault("user", auth.user if auth else None)
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status_code: int, message: str):
    """An error page that needs no database (refusals before a route runs, server errors)."""
    context = {"auth": None, "csrf": "", "user": None, "message": message}
    response = request.app.state.templates.TemplateResponse(request, "error.html", context, status_code=status_code)
    security_headers(response.headers)
    return response
