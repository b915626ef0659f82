"""Sessions, roles, CSRF and the security headers of every response.

- The session cookie holds a random token signed with the secret key
  (``$MAILBOT_SECRET_KEY`` or the variable `web.secret_key_env` names); HttpOnly,
  SameSite=Lax, Secure over HTTPS. The database keeps only the token's SHA-256.
- `require("casework")` etc. are FastAPI dependencies: an anonymous request is sent to
  the login page (303) and gets no data; a user without the permission gets 403.
- Every form carries the session's CSRF token (``csrf_token``); `check_csrf` refuses a
  POST without it (403). The login form, before any session, uses a double-submit cookie.
- Every state-changing request (POST, PUT, PATCH, DELETE) must come from this site:
  an ``Origin`` (or, without it, a ``Referer``) naming another site, or ``null``, is
  refused with 403 (`same_origin`), token or not. Pages are served with
  ``Referrer-Policy: same-origin`` so the browser sends the real origin to this site
  (with ``no-referrer`` it would send ``Origin: null``) and nothing to other sites.
- Every response, error pages included, gets a strict Content-Security-Policy (no
  inline script, no remote anything), ``nosniff`` and ``Cache-Control: no-store``.
- `LoginThrottle`: failed logins counted per normalised user name and per client address.
- `AccessLogWithoutQuery`: uvicorn's access log never writes a query string (search
  terms are document numbers, names and e-mail addresses).
- `RowId`: a path id is a whole number a database id column can hold; anything else is 404.
"""
from __future__ import annotations

import logging
import os
import secrets
import time
from collections import deque
from dataclasses import dataclass
from typing import Annotated, Any, Callable
from urllib.parse import quote, urlsplit

from fastapi import HTTPException, Path, Request
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from mailbot.settings import Settings
from mailbot.store.db import read_session, session_scope
from mailbot.web.accounts import StaffUser, WebSession, find_session, normalise_username, refresh_session

log = logging.getLogger(__name__)

SESSION_COOKIE = "mailbot_session"
LOGIN_CSRF_COOKIE = "mailbot_login_csrf"
REFRESH_LOCK_WAIT_MS = 200
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
MAX_ROW_ID = 2**31 - 1  # the id columns are INTEGER (32 bits on PostgreSQL)
RowId = Annotated[int, Path(ge=0, le=MAX_ROW_ID)]


def row_id(value: str) -> int | None:
    """A query parameter naming a row: its id, or None when it cannot be one (the page is 404)."""
    value = value.strip()
    if not (value.isascii() and value.isdigit()) or len(value) > 10 or int(value) > MAX_ROW_ID:
        return None
    return int(value)
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
    headers.setdefault("referrer-policy", "same-origin")
    headers.setdefault("x-frame-options", "SAMEORIGIN")
    headers.setdefault("cache-control", "no-store")
    headers.setdefault("permissions-policy", "camera=(), microphone=(), geolocation=()")


# -- where a request comes from --------------------------------------------------------------

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an http(s) URL or Origin value; None for `null` or anything else."""
    try:
        parts = urlsplit(url.strip())
        scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
        port = parts.port or _DEFAULT_PORTS.get(scheme)
    except ValueError:
        return None
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    return scheme, host, port


def same_origin(request: Request) -> bool:
    """True when the request's `Origin` (or, without one, its `Referer`) is this site.

    A request with neither does not come from a browser page (browsers send `Origin` on
    every cross-site POST) and is left to the CSRF token; `Origin: null` (sandboxed
    frames, `data:` pages) is refused."""
    own = _origin(f"{request.url.scheme}://{request.url.netloc}")
    for header in ("origin", "referer"):
        value = request.headers.get(header)
        if value is not None:
            return own is not None and _origin(value) == own
    return True


# -- login throttle -----------------------------------------------------------------------

class LoginThrottle:
    """Failed logins in a sliding window, counted per user name and per client address.

    The user name is normalised as login does (`normalise_username`), so `Ana `, ` ANA`
    and `ana` share one count; the address count limits guessing across many names.
    A refused attempt is not counted (the lock-out ends a window after the failures
    that caused it), and the tables are pruned, so memory stays bounded."""

    MAX_KEYS = 10_000

    def __init__(self, per_user: int, per_address: int, window_seconds: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_user, self.per_address, self.window = per_user, per_address, window_seconds
        self.clock = clock
        self.users: dict[str, deque] = {}
        self.addresses: dict[str, deque] = {}

    def _recent(self, table: dict[str, deque], key: str) -> int:
        times = table.get(key)
        if times is None:
            return 0
        cutoff = self.clock() - self.window
        while times and times[0] <= cutoff:
            times.popleft()
        if not times:
            del table[key]
            return 0
        return len(times)

    def blocked(self, username: str, address: str) -> bool:
        return (self._recent(self.users, normalise_username(username)) >= self.per_user
                or self._recent(self.addresses, address) >= self.per_address)

    def failed(self, username: str, address: str) -> None:
        now = self.clock()
        for table, key in ((self.users, normalise_username(username)), (self.addresses, address)):
            if len(table) >= self.MAX_KEYS:
                for key_seen in list(table):
                    self._recent(table, key_seen)  # drops the key once its failures are out of the window
            table.setdefault(key, deque()).append(now)

    def succeeded(self, username: str) -> None:
        """Forget the user name's failures (not the address's: one good account must not
        buy more guesses at the others)."""
        self.users.pop(normalise_username(username), None)


# -- access log -----------------------------------------------------------------------------

class AccessLogWithoutQuery(logging.Filter):
    """Drops the query string from uvicorn's access-log records (`uvicorn.access`).

    uvicorn logs ``(client, method, path?query, http version, status)``; the query of
    `/buscar` and of `/login?next=...` carries document numbers, names and addresses."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5 and isinstance(args[2], str):
            record.args = (args[0], args[1], args[2].split("?", 1)[0], args[3], args[4])
        return True


def uvicorn_log_config() -> dict:
    """uvicorn's logging configuration with `AccessLogWithoutQuery` on the access logger."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["without_query"] = {"()": AccessLogWithoutQuery}
    config["loggers"]["uvicorn.access"]["filters"] = ["without_query"]
    return config
