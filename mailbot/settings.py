"""One typed settings object, built once from `config.toml` and passed in.

Secrets (IMAP and SMTP passwords, the web session key) never live in the file: each
account names an environment variable or a file to read them from.
"""
from __future__ import annotations

import datetime as dt
import os
import tomllib
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent

INSTITUTIONAL_MAILBOXES = (
    "solicitantesrefugio@rree.gob.pe",
    "mesadepartes@rree.gob.pe",
    "refugiados@rree.gob.pe",
)


class ConfigError(Exception):
    """The configuration file is missing, unreadable or holds a bad value."""


@dataclass(frozen=True)
class CalendarSettings:
    timezone: str = "America/Lima"
    office_close: dt.time | None = None
    non_working_days: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class LimitSettings:
    max_message_bytes: int = 60 * 1024 * 1024
    max_attachment_bytes: int = 45 * 1024 * 1024
    pdf_timeout_seconds: float = 8.0
    pdf_memory_mb: int = 400
    pdf_max_pages_text: int = 30
    # largest decompressed stream of a PDF that is read (a page's content); pypdf refuses more
    pdf_max_stream_bytes: int = 8 * 1024 * 1024
    max_text_chars: int = 200_000
    # what extraction and classification read of one message (longer is cut, noted in errors)
    max_subject_chars: int = 2_000
    max_header_chars: int = 20_000
    max_body_chars: int = 200_000
    # wall-clock budget for deciding one message, in the decide process (mailbot.decider)
    decision_seconds: float = 10.0


@dataclass(frozen=True)
class OfficeSettings:
    name: str = "Secretaría Ejecutiva de la Comisión Especial para los Refugiados"
    ministry: str = "Ministerio de Relaciones Exteriores"
    city: str = "Lima"  # the cargo PDF's place and date line: "Lima, 23 de noviembre de 2026"
    portal_url: str = "http://portal.rree.gob.pe/refugiados/"
    bot_address: str = "mesadepartes@rree.gob.pe"
    institutional_addresses: tuple[str, ...] = INSTITUTIONAL_MAILBOXES
    institutional_domains: tuple[str, ...] = ("rree.gob.pe",)


@dataclass(frozen=True)
class MailboxSettings:
    """One mailbox to read: `kind` is "maildir" (path) or "imap" (host...)."""

    address: str
    kind: str = "maildir"
    path: str = ""
    host: str = ""
    port: int = 993
    tls: bool = True
    starttls: bool = False
    user: str = ""
    password_env: str = ""
    password_file: str = ""
    folder: str = "INBOX"
    processed_folder: str = ""
    batch_size: int = 200
    idle: bool = True
    reply_from: str = ""  # the From of replies to mail received here; empty: `address`

    def password(self) -> str:
        if self.password_file:
            return Path(self.password_file).read_text(encoding="utf-8").strip()
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise ConfigError(
                    f"mailbox {self.address}: environment variable {self.password_env} is not set"
                )
            return value
        return ""


@dataclass(frozen=True)
class SmtpSettings:
    kind: str = "maildir"  # "smtp" or "maildir" (the demo's outbox folder)
    outbox_path: str = "outbox"
    host: str = "localhost"
    port: int = 25
    tls: bool = False
    starttls: bool = False
    user: str = ""
    password_env: str = ""
    password_file: str = ""
    from_address: str = "mesadepartes@rree.gob.pe"
    max_replies_per_sender_per_day: int = 10
    timeout_seconds: float = 30.0
    # keys of replies the SMTP server accepted, written right after its "250" (before
    # the database commit); default: beside a SQLite database ("<db>.sent-journal")
    sent_journal: str = ""
    # [smtp.archive]: every message also goes (envelope Bcc) to this mailbox, which the
    # sender reads over IMAP to learn whether a message a crash left unconfirmed was
    # accepted before sending it again (see mailbot/sender.py); None: not configured
    archive: MailboxSettings | None = None
    # how long a copy may take to reach the archive before the message is sent again
    archive_wait_seconds: int = 300

    def password(self) -> str:
        if self.password_file:
            return Path(self.password_file).read_text(encoding="utf-8").strip()
        if self.password_env:
            return os.environ.get(self.password_env, "")
        return ""


@dataclass(frozen=True)
class SchedulerSettings:
    poll_seconds: int = 60
    send_seconds: int = 15
    sweep_seconds: int = 3600
    digest_time: str = "07:30"
    digest_to: tuple[str, ...] = ()
    due_soon_business_days: int = 3


@dataclass(frozen=True)
class WebSettings:
    host: str = "127.0.0.1"
    port: int = 8080
    secret_key_env: str = "MAILBOT_SECRET_KEY"
    session_minutes: int = 60
    # Largest request body (MB), refused before it is read; must exceed the largest upload.
    max_request_mb: int = 32
    # Failed logins allowed per user name and per client address in the window.
    login_failures_per_user: int = 5
    login_failures_per_address: int = 20
    login_window_minutes: int = 15


@dataclass(frozen=True)
class Settings:
    calendar: CalendarSettings = field(default_factory=CalendarSettings)
    limits: LimitSettings = field(default_factory=LimitSettings)
    office: OfficeSettings = field(default_factory=OfficeSettings)
    mailboxes: tuple[MailboxSettings, ...] = ()
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    scheduler: SchedulerSettings = field(default_factory=SchedulerSettings)
    web: WebSettings = field(default_factory=WebSettings)
    database_url: str = "sqlite:///state.db"
    rules_dir: Path = PROJECT_ROOT / "rules"
    templates_dir: Path = PROJECT_ROOT / "templates"
    source_file: Path | None = None

    def reply_from(self, mailbox: str) -> str:
        """The From of a reply to mail received at `mailbox`: that mailbox's `reply_from`,
        else its address; `[smtp] from_address` for a mailbox not configured here.

        Example: ``settings.reply_from("refugiados@rree.gob.pe") == "refugiados@rree.gob.pe"``.
        """
        for configured in self.mailboxes:
            if configured.address.lower() == (mailbox or "").lower():
                return configured.reply_from or configured.address
        return self.smtp.from_address


def _parse_time(value: Any, where: str) -> dt.time | None:
    if value in (None, ""):
        return None
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: {value!r} is not a time like \"17:00\"") from exc


def _parse_date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: {value!r} is not a date like \"2026-12-24\"") from exc


def _build(cls, data: dict, where: str, overrides: dict | None = None):
    """Build a settings dataclass from a TOML table, refusing unknown keys."""
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a table")
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")
    values = dict(overrides or {})
    for key, value in data.items():
        if key in values:
            continue
        default = getattr(cls, key, None) if not is_dataclass(getattr(cls, key, None)) else None
        if isinstance(default, tuple) and isinstance(value, list):
            value = tuple(value)
        elif isinstance(default, bool) and not isinstance(value, bool):
            raise ConfigError(f"{where}.{key}: expected true or false")
        elif isinstance(default, int) and not isinstance(default, bool) and not isinstance(value, int):
            raise ConfigError(f"{where}.{key}: expected a whole number")
        values[key] = value
    try:
        return cls(**values)
    except TypeError as exc:
        raise ConfigError(f"{where}: {exc}") from exc


def load_settings(path: str | Path | None = None) -> Settings:
    """Read `config.toml` (or the given file); a missing default file means defaults."""
    if path is None:
        candidate = Path("config.toml")
        if not candidate.exists():
            return Settings()
        path = candidate
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file {path} does not exist") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} cannot be read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
    return settings_from_dict(raw, base=path.parent, source=path)


def _web_settings(raw: Any, name: str) -> WebSettings:
    web = _build(WebSettings, raw, f"{name}: [web]")
    for key in ("session_minutes", "max_request_mb", "login_failures_per_user", "login_failures_per_address",
                "login_window_minutes"):
        if getattr(web, key) < 1:
            raise ConfigError(f"{name}: web.{key} must be at least 1")
    return web


def _smtp_settings(raw: Any, name: str, base: Path) -> SmtpSettings:
    """[smtp], with its optional [smtp.archive] table (an IMAP mailbox, see MailboxSettings)."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{name}: [smtp]: expected a table")
    table = dict(raw)
    archive_raw = table.pop("archive", None)
    archive = None
    if archive_raw is not None:
        where = f"{name}: [smtp.archive]"
        if not isinstance(archive_raw, dict):
            raise ConfigError(f"{where}: expected a table")
        for key in ("address", "host"):
            if not archive_raw.get(key):
                raise ConfigError(f"{where}: missing key {key}")
        unusable = sorted(set(archive_raw) & {"path", "processed_folder", "batch_size", "idle", "reply_from"})
        if unusable:
            raise ConfigError(f"{where}: key(s) {', '.join(unusable)} do not apply to the archive")
        if archive_raw.get("kind", "imap") != "imap":
            raise ConfigError(f"{where}: kind must be \"imap\"")
        archive = _build(MailboxSettings, archive_raw, where, {"kind": "imap"})
    smtp = _build(SmtpSettings, table, f"{name}: [smtp]", {"archive": archive})
    if smtp.archive_wait_seconds < 0:
        raise ConfigError(f"{name}: smtp.archive_wait_seconds must not be negative")
    return smtp


MAILBOX_KINDS = ("imap", "maildir")
DATABASE_EXAMPLES = "sqlite:///state.db or postgresql+psycopg://mailbot@localhost/mailbot"


def _check_database_url(url: str, name: str) -> None:
    """The scheme is one the store supports and its driver is installed (no connection)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"{name}: database_url {url!r} is not a database URL; write e.g. {DATABASE_EXAMPLES}") from exc
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise ConfigError(f"{name}: database_url {shown}: {parsed.get_backend_name()} is not supported; "
                          f"use SQLite or PostgreSQL, e.g. {DATABASE_EXAMPLES}")
    try:
        parsed.get_dialect().import_dbapi()
    except (NoSuchModuleError, ImportError) as exc:
        raise ConfigError(f"{name}: database_url {shown}: the driver {parsed.get_driver_name()!r} is not installed; "
                          "for PostgreSQL use postgresql+psycopg:// (pip install 'psycopg[binary]')") from exc


def settings_from_dict(raw: dict, base: Path | None = None, source: Path | None = None) -> Settings:
    base = base or Path.cwd()
    name = str(source or "config")
    known = {
        "calendar", "limits", "office", "mailboxes", "smtp", "scheduler", "web",
        "database_url", "rules_dir", "templates_dir",
    }
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigError(f"{name}: unknown key(s) {', '.join(unknown)}")

    cal_raw = dict(raw.get("calendar", {}))
    calendar = _build(
        CalendarSettings,
        cal_raw,
        f"{name}: [calendar]",
        overrides={
            "office_close": _parse_time(cal_raw.get("office_close"), f"{name}: calendar.office_close"),
            "non_working_days": tuple(
                _parse_date(day, f"{name}: calendar.non_working_days")
                for day in cal_raw.get("non_working_days", [])
            ),
        },
    )
    try:
        import zoneinfo

        zoneinfo.ZoneInfo(calendar.timezone)
    except Exception as exc:  # noqa: BLE001 - any failure means an unusable zone name
        raise ConfigError(f"{name}: calendar.timezone {calendar.timezone!r} is not a known time zone") from exc

    mailboxes = []
    for index, table in enumerate(raw.get("mailboxes", [])):
        where = f"{name}: [[mailboxes]] #{index + 1}"
        if "address" not in table:
            raise ConfigError(f"{where}: missing key address")
        overrides = {}
        if table.get("path"):
            overrides["path"] = str((base / table["path"]).resolve())
        mailbox = _build(MailboxSettings, table, where, overrides)
        if mailbox.kind not in MAILBOX_KINDS:
            raise ConfigError(f"{where}: unknown kind {mailbox.kind!r} (expected one of {', '.join(MAILBOX_KINDS)})")
        mailboxes.append(mailbox)

    database_url = str(raw.get("database_url", "sqlite:///state.db"))
    _check_database_url(database_url, name)

    def resolve_dir(key: str, default: Path) -> Path:
        value = raw.get(key)
        if not value:
            return default
        return (base / value).resolve()

    return Settings(
        calendar=calendar,
        limits=_build(LimitSettings, raw.get("limits", {}), f"{name}: [limits]"),
        office=_build(OfficeSettings, raw.get("office", {}), f"{name}: [office]"),
        mailboxes=tuple(mailboxes),
        smtp=_smtp_settings(raw.get("smtp", {}), name, base),
        scheduler=_build(SchedulerSettings, raw.get("scheduler", {}), f"{name}: [scheduler]"),
        web=_web_settings(raw.get("web", {}), name),
        database_url=database_url,
        rules_dir=resolve_dir("rules_dir", PROJECT_ROOT / "rules"),
        templates_dir=resolve_dir("templates_dir", PROJECT_ROOT / "templates"),
        source_file=source,
    )
