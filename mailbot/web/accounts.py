"""Staff accounts and their web sessions.

Passwords are hashed with argon2id (`argon2-cffi`); a session is a random token whose
SHA-256 is stored (a stolen database gives no usable cookie), with its own CSRF token,
an idle expiry (`web.session_minutes`) and an absolute one (`MAX_SESSION_HOURS`).

The tables (`StaffUser`, `WebSession`) and the roles are the store's
(`mailbot.store.staff`), re-exported here. Roles and what they may do (`PERMISSIONS`):

- ``staff``: the queues, the message pages and every action on a registro, the audit log.
- ``operator``: the rules pages (explain, replay, rule statistics) and the metrics.
- ``admin``: everything.

    mailbot users add ana --role staff            # asks for the password twice
    echo "s3cret-pass" | mailbot users add ana --role staff --password-stdin
"""
from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import secrets
import sys
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from mailbot.settings import Settings
from mailbot.store.models import utcnow
from mailbot.store.staff import PERMISSIONS, ROLES, StaffUser, WebSession  # noqa: F401 - re-exported

MIN_PASSWORD_LENGTH = 10
MAX_SESSION_HOURS = 12
REFRESH_SECONDS = 30  # the idle expiry is written at most this often per session
_HASHER = PasswordHasher()
# Verified against when the user does not exist, so both paths take the same time.
_DUMMY_HASH = _HASHER.hash(secrets.token_hex(16))


class AccountError(Exception):
    """A bad user name, role or password; the message is shown to the person."""


# -- users -------------------------------------------------------------------------------

def normalise_username(username: str) -> str:
    """The user name as stored and looked up: surrounding spaces dropped, case folded.

    The login throttle counts failures under this key too, so `Ana `, ` ANA` and `ana`
    share one count."""
    return username.strip().casefold()


def _check_username(username: str) -> str:
    name = normalise_username(username)
    if not (2 <= len(name) <= 64) or not all(ch.isalnum() or ch in "._-" for ch in name):
        raise AccountError("el nombre de usuario debe tener 2-64 letras, cifras, '.', '_' o '-'")
    return name


def create_user(session: Session, username: str, role: str, password: str) -> StaffUser:
    """Add an account (or reset the password and role of an existing one)."""
    name = _check_username(username)
    if role not in ROLES:
        raise AccountError(f"rol desconocido {role!r}: use {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"la contraseña debe tener al menos {MIN_PASSWORD_LENGTH} caracteres")
    user = session.exec(select(StaffUser).where(StaffUser.username == name)).first()
    if user is None:
        user = StaffUser(username=name, role=role, password_hash=_HASHER.hash(password))
    else:
        user.role, user.password_hash, user.active = role, _HASHER.hash(password), True
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, username: str, password: str) -> StaffUser | None:
    """The active user whose password matches, else None (same cost either way)."""
    user = session.exec(select(StaffUser).where(StaffUser.username == normalise_username(username))).first()
    try:
        _HASHER.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = _HASHER.hash(password)
    user.last_login_at = utcnow()
    session.add(user)
    return user


# -- sessions ----------------------------------------------------------------------------

def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(session: Session, user: StaffUser, minutes: int) -> tuple[str, WebSession]:
    """A new web session; returns the cookie token (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    row = WebSession(token_sha256=_digest(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32),
                     created_at=now, last_seen_at=now, expires_at=now + dt.timedelta(minutes=minutes))
    session.add(row)
    return token, row


@dataclass(frozen=True)
class FoundSession:
    """What a cookie's token leads to, read without writing (see `find_session`)."""

    web_session: WebSession
    user: StaffUser | None  # None: the session expired, or its user is gone or inactive
    write_due: bool         # `refresh_session` has something to write


def _expired(row: WebSession, now: dt.datetime) -> bool:
    return row.expires_at <= now or row.created_at + dt.timedelta(hours=MAX_SESSION_HOURS) <= now


def find_session(session: Session, token: str) -> FoundSession | None:
    """The stored session of `token` and, when it is live, its active user.

    Only reads (the pages run it in a read-only transaction); what is due, the idle
    expiry sliding forward (at most twice a minute) or an expired row going, is
    written by `refresh_session`."""
    row = session.get(WebSession, _digest(token))
    if row is None:
        return None
    now = utcnow()
    if _expired(row, now):
        return FoundSession(row, None, write_due=True)
    user = session.get(StaffUser, row.user_id)
    if user is None or not user.active:
        return FoundSession(row, None, write_due=False)
    return FoundSession(row, user, write_due=(now - row.last_seen_at).total_seconds() > REFRESH_SECONDS)


def refresh_session(session: Session, token: str, minutes: int) -> None:
    """In a writing transaction: delete `token`'s session if it expired, else slide its idle expiry."""
    row = session.get(WebSession, _digest(token))
    if row is None:
        return
    now = utcnow()
    if _expired(row, now):
        session.delete(row)
        return
    row.last_seen_at = now
    row.expires_at = now + dt.timedelta(minutes=minutes)
    session.add(row)


def close_session(session: Session, token: str) -> None:
    row = session.get(WebSession, _digest(token))
    if row is not None:
        session.delete(row)


# -- the command line --------------------------------------------------------------------

def add_user_command(settings: Settings, username: str, role: str, password_stdin: bool) -> int:
    """`mailbot users add NAME --role ROLE [--password-stdin]`: 0 created, 1 refused."""
    from mailbot.store import open_store
    from mailbot.store.db import session_scope

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Contraseña: ")
        if getpass.getpass("Repita la contraseña: ") != password:
            print("mailbot: las contraseñas no coinciden", file=sys.stderr)
            return 1
    engine = open_store(settings.database_url)
    try:
        with session_scope(engine) as session:
            user = create_user(session, username, role, password)
            from mailbot.web.audit import record

            record(session, None, "staff_user", user.username, "user_saved", after={"role": role})
    except AccountError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(f"Usuario {user.username} ({role}) guardado.")
    return 0
