"""The FastAPI application: `create_app(settings)` wires it, `serve` runs it (`mailbot serve`).

    app = create_app(settings)                # store opened and migrated (staff tables included)
    uvicorn.run(app, host="127.0.0.1", port=8080)

Pages: ``/login``, ``/colas/<cola>``, ``/buscar``, ``/registro/<número>`` (+ actions),
``/cuarentena/<id>``, ``/auditoria``, ``/operadores/...``, ``/metrics``.
"""
from __future__ import annotations

import logging
import secrets
from pathlib import Path

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from mailbot.core.calendar import BusinessCalendar
from mailbot.core.decision import DecisionEngine
from mailbot.settings import Settings
from mailbot.store import open_store
from mailbot.store.db import session_scope
from mailbot.web.accounts import authenticate, close_session, open_session
from mailbot.web.audit import record
from mailbot.web.context import WebContext
from mailbot.web.guard import BodyTooLarge, RequestGuard
from mailbot.web.pages import build_templates, error_page, render
from mailbot.web.queues import Queues
from mailbot.web.security import (
    LOGIN_CSRF_COOKIE, SESSION_COOKIE, LoginRequired, LoginThrottle, Signer, check_csrf, load_auth, login_redirect,
    safe_next, secret_key, security_headers, session_token, uvicorn_log_config,
)

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).resolve().parent / "static"
# What a refusal says when the route gave no message of its own (Starlette's are English).
STATUS_MESSAGES = {
    400: "La petición no es válida.", 403: "No tiene permiso para esta acción.", 404: "No existe esa página.",
    405: "Esa acción no se puede hacer desde esta dirección.", 413: "El envío es demasiado grande.",
}


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
    app.state.templates = build_templates(settings.calendar.timezone,
                                          {code: p.title for code, p in engine.rules.procedures.items()})
    app.state.signer = Signer(secret_key(settings))
    app.state.throttle = LoginThrottle(settings.web.login_failures_per_user, settings.web.login_failures_per_address,
                                       settings.web.login_window_minutes * 60)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        security_headers(response.headers)
        return response

    # added last, so it runs first: origin, session and size are checked before any body is read
    app.add_middleware(RequestGuard, max_body_bytes=settings.web.max_request_mb * 1024 * 1024)

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired):
        if request.method != "GET":
            return Response("Inicie sesión.", status_code=401, media_type="text/plain; charset=utf-8")
        return RedirectResponse(login_redirect(exc.next_path), status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code in STATUS_MESSAGES:
            # ours carry a Spanish message; Starlette's and FastAPI's own ("Not Found", ...) do not
            ours = isinstance(exc, (HTTPException, BodyTooLarge))
            message = str(exc.detail) if ours else STATUS_MESSAGES[exc.status_code]
            return render(request, "error.html", status_code=exc.status_code, message=message)
        return Response(str(exc.detail), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        """A path id that is no id (too large, negative, not a number) is a page that does not exist."""
        if any(error.get("loc", ("",))[0] == "path" for error in exc.errors()):
            return render(request, "error.html", status_code=404, message="No existe esa página.")
        return render(request, "error.html", status_code=400,
                      message="Algún dato de la dirección o del formulario no es válido.")

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        """The 500 page (the error itself is logged by the server), with the security headers."""
        return error_page(request, 500, "Ocurrió un error interno. Intente de nuevo; si se repite, avise al administrador.")

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
        address = request.client.host if request.client else "?"
        user = None
        blocked = throttle.blocked(username, address)
        if not blocked:
            with session_scope(app.state.db) as session:
                user = authenticate(session, username, password)
                if user is not None:
                    token, _ = open_session(session, user, settings.web.session_minutes)
                    record(session, user, "staff_user", user.username, "login")
        if user is None:
            if not blocked:
                throttle.failed(username, address)
            log.warning("failed login for %r%s", username[:64], " (throttled)" if blocked else "")
            response = render(request, "login.html", status_code=401, login_csrf=csrf_token, next=safe_next(next),
                              error="Usuario o contraseña incorrectos (o demasiados intentos: espere "
                                    f"{settings.web.login_window_minutes} minutos).")
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
                proxy_headers=True, log_level="info", log_config=uvicorn_log_config())
    return 0
