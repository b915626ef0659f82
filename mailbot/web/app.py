"""The FastAPI application: `create_app(settings)` wires it, `serve` runs it (`mailbot serve`).

    app = create_app(settings)                # store opened and migrated (staff tables included)
    uvicorn.run(app, host="127.0.0.1", port=8080)

Pages: ``/login``, ``/colas/<cola>``, ``/buscar``, ``/registro/<número>`` (+ actions),
``/cuarentena/<id>``, ``/auditoria``, ``/operadores/...``, ``/metrics``.
"""
from __future__ import annotations

import logging
import secrets
import time
from collections import defaultdict, deque
from pathlib import Path

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from mailbot.core.calendar import BusinessCalendar
from mailbot.core.decision import DecisionEngine
from mailbot.settings import Settings
from mailbot.store import open_store
from mailbot.store.db import session_scope
from mailbot.web.accounts import authenticate, close_session, open_session
from mailbot.web.audit import record
from mailbot.web.context import WebContext
from mailbot.web.pages import build_templates, render
from mailbot.web.queues import Queues
from mailbot.web.security import (
    LOGIN_CSRF_COOKIE, SESSION_COOKIE, LoginRequired, Signer, check_csrf, load_auth, login_redirect,
    safe_next, secret_key, security_headers, session_token,
)

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).resolve().parent / "static"
LOGIN_FAILURES_ALLOWED = 5
LOGIN_WINDOW_SECONDS = 15 * 60


class LoginThrottle:
    """At most `LOGIN_FAILURES_ALLOWED` failed logins per user name in the window."""

    def __init__(self) -> None:
        self.failures: dict[str, deque] = defaultdict(deque)

    def blocked(self, username: str) -> bool:
        recent = self.failures[username.lower()]
        while recent and recent[0] < time.monotonic() - LOGIN_WINDOW_SECONDS:
            recent.popleft()
        return len(recent) >= LOGIN_FAILURES_ALLOWED

    def failed(self, username: str) -> None:
        self.failures[username.lower()].append(time.monotonic())

    def succeeded(self, username: str) -> None:
        self.failures.pop(username.lower(), None)


def create_app(settings: Settings, *, db=None, engine: DecisionEngine | None = None) -> FastAPI:
    """The web application on the store of `settings` (or on `db`, an open engine)."""
    from mailbot.web import metrics, routes_ops, routes_queues, routes_registro

    db = db if db is not None else open_store(settings.database_url)
    engine = engine or DecisionEngine.from_settings(settings)
    app = FastAPI(title="mailbot", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.db = db
    app.state.ctx = WebContext(settings, db, engine,
                               Queues(BusinessCalendar(settings.calendar), settings.scheduler.due_soon_business_days))
    app.state.templates = build_templates(settings.calendar.timezone)
    app.state.signer = Signer(secret_key(settings))
    app.state.throttle = LoginThrottle()
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        security_headers(response.headers)
        return response

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired):
        if request.method != "GET":
            return Response("Inicie sesión.", status_code=401, media_type="text/plain; charset=utf-8")
        return RedirectResponse(login_redirect(exc.next_path), status_code=303)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if exc.status_code in (403, 404, 400, 405, 413):
            return render(request, "error.html", status_code=exc.status_code, message=str(exc.detail))
        return Response(str(exc.detail), status_code=exc.status_code)

    _login_routes(app, settings)
    app.include_router(routes_queues.router)
    app.include_router(routes_registro.router)
    app.include_router(routes_ops.router)
    app.include_router(metrics.router)
    return app


def _login_routes(app: FastAPI, settings: Settings) -> None:
    secure = lambda request: request.url.scheme == "https"  # noqa: E731

    @app.get("/login")
    def login_page(request: Request, next: str = "/"):
        token = secrets.token_urlsafe(24)
        response = render(request, "login.html", login_csrf=token, next=safe_next(next), error=None)
        response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=secure(request),
                            max_age=3600)
        return response

    @app.post("/login")
    def login(request: Request, username: str = Form(""), password: str = Form(""),
              csrf_token: str = Form(""), next: str = Form("/")):
        cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not cookie or not secrets.compare_digest(cookie, csrf_token):
            raise HTTPException(status_code=403, detail="El formulario caducó (CSRF). Vuelva a cargar la página.")
        throttle: LoginThrottle = app.state.throttle
        user = None
        if not throttle.blocked(username):
            with session_scope(app.state.db) as session:
                user = authenticate(session, username, password)
                if user is not None:
                    token, _ = open_session(session, user, settings.web.session_minutes)
                    record(session, user, "staff_user", user.username, "login")
        if user is None:
            throttle.failed(username)
            log.warning("failed login for %r", username[:64])
            response = render(request, "login.html", status_code=401, login_csrf=csrf_token, next=safe_next(next),
                              error="Usuario o contraseña incorrectos (o demasiados intentos: espere 15 minutos).")
            return response
        throttle.succeeded(username)
        response = RedirectResponse(safe_next(next), status_code=303)
        response.set_cookie(SESSION_COOKIE, app.state.signer.sign(token), httponly=True, samesite="lax",
                            secure=secure(request), max_age=settings.web.session_minutes * 60 * 12)
        response.delete_cookie(LOGIN_CSRF_COOKIE)
        return response

    @app.post("/logout")
    async def logout(request: Request):
        await check_csrf(request)
        auth = load_auth(request)
        token = session_token(request)
        with session_scope(app.state.db) as session:
            if token:
                close_session(session, token)
            record(session, auth.user, "staff_user", auth.user.username, "logout")
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE)
        return response

    @app.get("/")
    def home(request: Request):
        auth = load_auth(request)
        if auth is None:
            return RedirectResponse("/login", status_code=303)
        if auth.user.can("casework"):
            return RedirectResponse("/colas/triage", status_code=303)
        return RedirectResponse("/operadores/reglas", status_code=303)


def serve(settings: Settings, host: str | None = None, port: int | None = None) -> int:
    """Run the web application until interrupted (`mailbot serve`)."""
    import uvicorn

    app = create_app(settings)
    uvicorn.run(app, host=host or settings.web.host, port=port or settings.web.port,
                proxy_headers=True, log_level="info")
    return 0
