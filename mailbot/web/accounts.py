"""Staff accounts and their web sessions.

Passwords are hashed with argon2id (`argon2-cffi`); a session is a random token whose
SHA-256 is stored (a stolen database gives no usable cookie), with its own CSRF token,
an idle expiry (`web.session_minutes`) and an absolute one (`MAX_SESSION_HOURS`).

Roles and what they may do (`PERMISSIONS`):

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
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Index
from sqlmodel import Field, Session, SQLModel, select

from mailbot.settings import Settings
from mailbot.store.models import UTCDateTime, utcnow

ROLES = ("staff", "operator", "admin")
PERMISSIONS: dict[str, frozenset[str]] = {
    "casework": frozenset({"staff", "admin"}),
    "rules": frozenset({"operator", "admin"}),
    "audit": frozenset({"staff", "operator", "admin"}),
    "metrics": frozenset({"operator", "admin"}),
}
MIN_PASSWORD_LENGTH = 10
MAX_SESSION_HOURS = 12
_HASHER = PasswordHasher()
# Verified against when the user does not exist, so both paths take the same time.
_DUMMY_HASH = _HASHER.hash(secrets.token_hex(16))


class AccountError(Exception):
    """A bad user name, role or password; the message is shown to the person."""


class StaffUser(SQLModel, table=True):
    __tablename__ = "staff_user"

    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(unique=True, max_length=64)
    role: str = Field(max_length=20)
    password_hash: str = Field(max_length=200)
    active: bool = True
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_login_at: Optional[dt.datetime] = Field(default=None, sa_type=UTCDateTime)

    def can(self, permission: str) -> bool:
        return self.active and self.role in PERMISSIONS[permission]


class WebSession(SQLModel, table=True):
    __tablename__ = "web_session"
    __table_args__ = (Index("ix_web_session_expires", "expires_at"),)

    token_sha256: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="staff_user.id", index=True)
    csrf_token: str = Field(max_length=64)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_seen_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: dt.datetime = Field(sa_type=UTCDateTime)


# -- users -------------------------------------------------------------------------------

def _check_username(username: str) -> str:
    name = username.strip().lower()
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
    user = session.exec(select(StaffUser).where(StaffUser.username == username.strip().lower())).first()
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


def find_session(session: Session, token: str, minutes: int) -> tuple[WebSession, StaffUser] | None:
    """The live session of `token` and its user; the idle expiry slides forward."""
    row = session.get(WebSession, _digest(token))
    if row is None:
        return None
    now = utcnow()
    if row.expires_at <= now or row.created_at + dt.timedelta(hours=MAX_SESSION_HOURS) <= now:
        session.delete(row)
        return None
    user = session.get(StaffUser, row.user_id)
    if user is None or not user.active:
        return None
    if (now - row.last_seen_at).total_seconds() > 30:  # write at most twice a minute
        row.last_seen_at = now
        row.expires_at = now + dt.timedelta(minutes=minutes)
        session.add(row)
    return row, user


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
    from mailbot.web.schema import ensure_web_schema

    engine = open_store(settings.database_url)
    ensure_web_schema(engine)
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
