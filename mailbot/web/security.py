"""Sessions, roles, CSRF and the security headers of every response.

- The session cookie holds a random token signed with the secret key
  (``$MAILBOT_SECRET_KEY`` or the variable `web.secret_key_env` names); HttpOnly,
  SameSite=Lax, Secure over HTTPS. The database keeps only the token's SHA-256.
- `require("casework")` etc. are FastAPI dependencies: an anonymous request is sent to
  the login page (303) and gets no data; a user without the permission gets 403.
- Every form carries the session's CSRF token (``csrf_token``); `check_csrf` refuses a
  POST without it (403). The login form, before any session, uses a double-submit cookie.
- Every response gets a strict Content-Security-Policy (no inline script, no remote
  anything), ``nosniff``, ``no-referrer`` and ``Cache-Control: no-store``.
"""
from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import quote

from fastapi import HTTPException, Request
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from mailbot.settings import Settings
from mailbot.store.db import read_session, session_scope
from mailbot.web.accounts import StaffUser, WebSession, find_session, refresh_session

log = logging.getLogger(__name__)

SESSION_COOKIE = "mailbot_session"
LOGIN_CSRF_COOKIE = "mailbot_login_csrf"
REFRESH_LOCK_WAIT_MS = 200
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'")


class LoginRequired(Exception):
    """Raised by `require` for an anonymous request; the app answers with a redirect."""

    def __init__(self, next_path: str) -> None:
        self.next_path = next_path


@dataclass
class Auth:
    user: StaffUser
    web_session: WebSession

    @property
    def csrf(self) -> str:
        return self.web_session.csrf_token


def secret_key(settings: Settings) -> str:
    key = os.environ.get(settings.web.secret_key_env, "")
    if len(key) >= 16:
        return key
    log.warning("%s is not set (or shorter than 16 characters): sessions end when the server restarts",
                settings.web.secret_key_env)
    return secrets.token_urlsafe(32)


class Signer:
    def __init__(self, key: str) -> None:
        self._serializer = URLSafeSerializer(key, salt="mailbot-session")

    def sign(self, token: str) -> str:
        return self._serializer.dumps(token)

    def unsign(self, value: str) -> str | None:
        try:
            token = self._serializer.loads(value)
        except BadSignature:
            return None
        return token if isinstance(token, str) else None


def session_token(request: Request) -> str | None:
    value = request.cookies.get(SESSION_COOKIE)
    if not value:
        return None
    return request.app.state.signer.unsign(value)


def load_auth(request: Request) -> Auth | None:
    """The signed-in user of this request (cached on `request.state`), or None.

    Read in a read-only transaction, so a page does not wait for `mailbot run`'s write
    lock; the session's sliding expiry is then written only if the lock is free within
    `REFRESH_LOCK_WAIT_MS` (else on a later request)."""
    if hasattr(request.state, "auth"):
        return request.state.auth
    auth = None
    token = session_token(request)
    if token:
        db: Engine = request.app.state.db
        settings: Settings = request.app.state.settings
        with read_session(db) as session:
            found = find_session(session, token)
        if found is not None and found.write_due:
            try:
                with session_scope(db, lock_wait_ms=REFRESH_LOCK_WAIT_MS) as session:
                    refresh_session(session, token, settings.web.session_minutes)
            except OperationalError:
                log.debug("session refresh skipped: the database is busy")
        if found is not None and found.user is not None:
            auth = Auth(user=found.user, web_session=found.web_session)
    request.state.auth = auth
    return auth


def require(permission: str) -> Callable[[Request], Any]:
    """A dependency giving the `Auth` of a user allowed `permission`."""

    def dependency(request: Request) -> Auth:
        auth = load_auth(request)
        if auth is None:
            path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise LoginRequired(path)
        if not auth.user.can(permission):
            raise HTTPException(status_code=403, detail="Su rol no permite ver esta página.")
        return auth

    dependency.__name__ = f"require_{permission}"
    return dependency


async def check_csrf(request: Request) -> None:
    """Refuse a state-changing request whose CSRF token is absent or wrong."""
    auth = load_auth(request)
    if auth is None:
        path = request.url.path
        raise LoginRequired(path)
    sent = request.headers.get("x-csrf-token", "")
    if not sent:
        form = await request.form()  # Starlette caches it for the route's Form() fields
        sent = str(form.get("csrf_token", ""))
    if not sent or not secrets.compare_digest(sent, auth.csrf):
        raise HTTPException(status_code=403, detail="Falta el código de seguridad del formulario (CSRF). Recargue la página.")


def safe_next(path: str | None) -> str:
    """Only a local path may follow the login (no open redirect)."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path


def login_redirect(next_path: str) -> str:
    return "/login?next=" + quote(safe_next(next_path), safe="/")


def security_headers(headers: Any) -> None:
    """Set the defaults; a route that set its own policy (mail body, downloads) keeps it."""
    headers.setdefault("content-security-policy", PAGE_CSP)
    headers.setdefault("x-content-type-options", "nosniff")
    headers.setdefault("referrer-policy", "no-referrer")
    headers.setdefault("x-frame-options", "SAMEORIGIN")
    headers.setdefault("cache-control", "no-store")
    headers.setdefault("permissions-policy", "camera=(), microphone=(), geolocation=()")
