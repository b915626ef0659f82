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
    mailbot users passwd ana | role ana admin | disable ana | enable ana | list
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


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"la contraseña debe tener al menos {MIN_PASSWORD_LENGTH} caracteres")


def create_user(session: Session, username: str, role: str, password: str) -> StaffUser:
    """Add an account; an existing name is refused (`set_password`, `set_role` change one)."""
    name = _check_username(username)
    if role not in ROLES:
        raise AccountError(f"rol desconocido {role!r}: use {', '.join(ROLES)}")
    _check_password(password)
    if session.exec(select(StaffUser).where(StaffUser.username == name)).first() is not None:
        raise AccountError(f"el usuario {name} ya existe: use `mailbot users passwd` o `mailbot users role`")
    user = StaffUser(username=name, role=role, password_hash=_HASHER.hash(password))
    session.add(user)
    session.flush()
    return user


def find_user(session: Session, username: str) -> StaffUser:
    user = session.exec(select(StaffUser).where(StaffUser.username == username.strip().lower())).first()
    if user is None:
        raise AccountError(f"no existe el usuario {username.strip().lower()}")
    return user


def end_sessions(session: Session, user: StaffUser) -> int:
    """Delete every open web session of `user` (their next request signs in again)."""
    rows = list(session.exec(select(WebSession).where(WebSession.user_id == user.id)))
    for row in rows:
        session.delete(row)
    return len(rows)


def set_password(session: Session, username: str, password: str) -> tuple[StaffUser, int]:
    """A new password; the user's open sessions end (returns how many there were)."""
    user = find_user(session, username)
    _check_password(password)
    user.password_hash = _HASHER.hash(password)
    session.add(user)
    ended = end_sessions(session, user)
    session.flush()
    return user, ended


def set_role(session: Session, username: str, role: str) -> tuple[StaffUser, str]:
    """Change the role; returns the user and the role it had."""
    if role not in ROLES:
        raise AccountError(f"rol desconocido {role!r}: use {', '.join(ROLES)}")
    user = find_user(session, username)
    before, user.role = user.role, role
    session.add(user)
    session.flush()
    return user, before


def set_active(session: Session, username: str, active: bool) -> tuple[StaffUser, bool]:
    """Enable or disable an account; disabling ends its sessions at once."""
    user = find_user(session, username)
    before, user.active = user.active, active
    session.add(user)
    if not active:
        end_sessions(session, user)
    session.flush()
    return user, before


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

def _read_password(password_stdin: bool) -> str | None:
    if password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass("Contraseña: ")
    if getpass.getpass("Repita la contraseña: ") != password:
        print("mailbot: las contraseñas no coinciden", file=sys.stderr)
        return None
    return password


def users_command(settings: Settings, args) -> int:
    """`mailbot users add|passwd|role|disable|enable|list`: 0 done, 1 refused.

    Every change is audited with the account's state before and after it (never the
    password or its hash)."""
    from mailbot.store import open_store
    from mailbot.store.db import session_scope
    from mailbot.web.audit import record

    command = args.users_command
    # only `add` may create the store (the first account of a new installation); the
    # others need an existing one, and say so before asking for a password
    engine = None if command == "add" else open_store(settings.database_url, create=False)
    password = None
    if command in ("add", "passwd"):
        password = _read_password(args.password_stdin)
        if password is None:
            if engine is not None:
                engine.dispose()
            return 1
    engine = engine or open_store(settings.database_url)
    try:
        with session_scope(engine) as session:
            if command == "list":
                users = list(session.exec(select(StaffUser).order_by(StaffUser.username)))
                for user in users:
                    last = user.last_login_at.strftime("%Y-%m-%d %H:%M UTC") if user.last_login_at else "nunca"
                    state = "activo" if user.active else "desactivado"
                    print(f"{user.username:<24} {user.role:<9} {state:<12} último ingreso: {last}")
                if not users:
                    print("No hay usuarios (mailbot users add NOMBRE --role ROL).")
                return 0
            if command == "add":
                user = create_user(session, args.username, args.role, password or "")
                record(session, None, "staff_user", user.username, "user_added",
                       after={"role": user.role, "active": True})
                message = f"Usuario {user.username} ({user.role}) creado."
            elif command == "passwd":
                user, ended = set_password(session, args.username, password or "")
                record(session, None, "staff_user", user.username, "user_password_changed",
                       before={"open_sessions": ended}, after={"open_sessions": 0})
                message = f"Contraseña de {user.username} cambiada; sus sesiones abiertas se cerraron."
            elif command == "role":
                user, before = set_role(session, args.username, args.role)
                record(session, None, "staff_user", user.username, "user_role_changed",
                       before={"role": before}, after={"role": user.role})
                message = f"Usuario {user.username}: rol {before} → {user.role}."
            else:  # disable / enable
                active = command == "enable"
                user, before = set_active(session, args.username, active)
                record(session, None, "staff_user", user.username,
                       "user_enabled" if active else "user_disabled",
                       before={"active": before}, after={"active": active})
                message = (f"Usuario {user.username} activado." if active else
                           f"Usuario {user.username} desactivado; sus sesiones se cerraron.")
    except AccountError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(message)
    return 0
