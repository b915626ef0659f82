"""`mailbot doctor`: is this installation ready to work? One line per check.

    OK configuración: /etc/mailbot/config.toml (3 buzones)
    OK base de datos: migrada a la última versión (0003)
    FALLA buzón mesadepartes@rree.gob.pe: imap.rree.gob.pe:993 rechazó el inicio de sesión
          como mesadepartes ([AUTHENTICATIONFAILED] Authentication failed.) — revise user
          y la contraseña (variable MAILBOT_IMAP_MESADEPARTES)

(each on one line). A line is ``OK <what>: <what was found>`` or ``FALLA <what>:
<what is wrong> — <what to do>``. The checks, in order (`CHECKS`):

- the configuration loads (else that is the only line) and the rules are valid;
- the store: the SQLite file exists, the database answers, it is migrated to the
  newest migration, it can be written;
- each mailbox: over IMAP the login, the folders the config names (`folder`,
  `processed_folder`) and IDLE; a Maildir exists and its new/ and cur/ can be read;
- sending: over SMTP connect and log in (when `user` is set); a Maildir outbox can be
  written; the archive mailbox (`[smtp.archive]`): login and folder;
- the calendar: Peru's national holidays of this year and next, the configured
  non-working days.

A check whose ground failed is not tried (no folders without a login). Doctor changes
nothing: a missing SQLite file is reported, not created; the write test is rolled
back; no folder is created; no mail is read, moved or sent. Passwords are never
printed (a server's answer is). Exit status: 0 when every check passed, 1 otherwise.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import smtplib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, TextIO
from zoneinfo import ZoneInfo

from mailbot.settings import ConfigError, MailboxSettings, Settings, load_settings

CONNECT_SECONDS = 10.0  # a server that does not answer within this is reported, not waited for
LOCK_WAIT_MS = 5_000


@dataclass(frozen=True)
class Finding:
    """The outcome of one check, printed as one line."""

    subject: str   # what was checked: "base de datos", "buzón mesadepartes@rree.gob.pe"
    ok: bool
    detail: str    # OK: what was found; FALLA: what is wrong — what to do

    def line(self) -> str:
        return f"{'OK' if self.ok else 'FALLA'} {self.subject}: {self.detail}"


def passed(subject: str, found: str) -> Finding:
    return Finding(subject, True, found)


def failed(subject: str, problem: str, fix: str) -> Finding:
    return Finding(subject, False, f"{problem} — {fix}")


def _said(exc: BaseException) -> str:
    """What a server or driver answered, on one line: the cause's text, without b'...'."""
    cause = exc.__cause__ or exc
    if isinstance(cause, smtplib.SMTPResponseException):
        error = cause.smtp_error.decode(errors="replace") if isinstance(cause.smtp_error, bytes) else cause.smtp_error
        text = f"{cause.smtp_code} {error}"
    else:
        text = str(getattr(cause, "orig", None) or cause) or type(cause).__name__
    text = " ".join(text.split())
    if text[:2] in ("b'", 'b"') and text[-1:] == text[1]:
        text = text[2:-1]
    return text


def _password_source(account: MailboxSettings | object) -> str:
    if getattr(account, "password_file", ""):
        return f"password_file {account.password_file}"
    if getattr(account, "password_env", ""):
        return f"variable {account.password_env}"
    return "no hay password_env ni password_file"


# -- the checks ---------------------------------------------------------------------------

def check_rules(settings: Settings) -> Iterator[Finding]:
    """The rules under `rules_dir` load and validate (as `mailbot rules check`)."""
    from mailbot.core.rules import RulesError, load_rules

    try:
        rules = load_rules(settings.rules_dir)
    except RulesError as exc:
        yield failed("reglas", str(exc), "corrija el archivo; `mailbot rules check` lo vuelve a comprobar")
        return
    yield passed("reglas", f"{len(rules.procedures)} trámites y {len(rules.subject_rules)} reglas de asunto "
                           f"válidos en {settings.rules_dir}")


def check_store(settings: Settings) -> Iterator[Finding]:
    """The store exists, answers, is migrated to the newest migration and can be written."""
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    from mailbot.store import is_postgres, open_engine, sqlite_file
    from mailbot.store.db import LOCK_WAIT_MS as LOCK_WAIT_OPTION, READ_ONLY
    from mailbot.store.migrate import head_revision, known_revisions

    subject = "base de datos"
    shown = make_url(settings.database_url).render_as_string(hide_password=True)
    path = sqlite_file(settings.database_url)
    if path is not None and not path.is_file():
        yield failed(subject, f"el archivo {path} ({shown}) no existe",
                     "mailbot no la crea sola: `mailbot run` (o `mailbot users add NOMBRE`) la crea; "
                     "si la base está en otro lugar, corrija database_url")
        return
    engine = open_engine(settings.database_url)
    try:
        try:  # a read-only transaction: no write lock, so a running `mailbot run` is not held up
            with engine.connect().execution_options(**{READ_ONLY: True}) as connection:
                current = MigrationContext.configure(connection).get_current_revision()
        except DBAPIError as exc:
            yield failed(subject, f"{shown} no responde: {_said(exc)}",
                         "revise database_url, que el servidor esté en marcha, que la base exista "
                         "y que su usuario pueda conectarse")
            return
        yield passed(subject, f"{shown} responde")
        head = head_revision()
        if current != head:
            if current is None:
                yield failed(subject, f"no tiene las tablas de mailbot (ninguna migración; la última es {head})",
                             "`mailbot run` la migra al iniciar; si no es la base de mailbot, corrija database_url")
            elif current in known_revisions():
                yield failed(subject, f"está en la migración {current}, no en la última ({head})",
                             "`mailbot run` la migra al iniciar: reinicie el servicio")
            else:
                yield failed(subject, f"está en la migración {current}, que esta versión de mailbot no conoce "
                                      f"(la última que conoce es {head})",
                             "instale la versión de mailbot que la migró")
            return
        yield passed(subject, f"migrada a la última versión ({head})")
        try:
            with engine.connect().execution_options(**{LOCK_WAIT_OPTION: LOCK_WAIT_MS}) as connection:
                with connection.begin() as transaction:
                    if is_postgres(engine):
                        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {LOCK_WAIT_MS}")
                    connection.exec_driver_sql("UPDATE alembic_version SET version_num = version_num")
                    transaction.rollback()
        except DBAPIError as exc:
            where = f"del archivo {path} y de su carpeta" if path is not None else "del usuario de la base"
            yield failed(subject, f"no se puede escribir: {_said(exc)}",
                         f"revise los permisos {where} para el usuario del servicio "
                         "(o espere si otro proceso la tiene bloqueada)")
            return
        yield passed(subject, "se puede escribir (prueba deshecha)")
    finally:
        engine.dispose()


def check_mailboxes(settings: Settings) -> Iterator[Finding]:
    """Each configured mailbox can be read as `mailbot run` reads it."""
    if not settings.mailboxes:
        yield failed("buzones", "no hay ninguno configurado",
                     "agregue una tabla [[mailboxes]] por buzón en config.toml")
        return
    for mailbox in settings.mailboxes:
        subject = f"buzón {mailbox.address}"
        if mailbox.kind == "imap":
            folders = {"folder": mailbox.folder}
            if mailbox.processed_folder:
                folders["processed_folder"] = mailbox.processed_folder
            yield from check_imap(mailbox, subject, folders, idle=True)
        else:
            yield from check_maildir(mailbox, subject)


def check_imap(mailbox: MailboxSettings, subject: str, folders: dict[str, str], idle: bool) -> Iterator[Finding]:
    """Log in; the folders named in `folders` (key -> folder) exist; IDLE when `idle`."""
    from mailbot.sources.base import SourceError
    from mailbot.sources.imap import (
        FolderUnavailable, ImapSource, LoginRefused, PasswordUnavailable, ServerUnreachable,
    )

    where = f"{mailbox.host}:{mailbox.port}"
    user = mailbox.user or mailbox.address
    source = ImapSource(mailbox, connect_timeout=CONNECT_SECONDS, read_timeout=2 * CONNECT_SECONDS, max_attempts=1)
    extra = tuple(name for key, name in folders.items() if key != "folder")
    try:
        view = source.server_view(extra)
    except PasswordUnavailable as exc:
        if mailbox.password_file:
            yield failed(subject, f"no se puede leer password_file {mailbox.password_file}: {_said(exc)}",
                         "revise la ruta y que el usuario del servicio pueda leerlo")
        else:
            yield failed(subject, f"la variable de entorno {mailbox.password_env} no está definida",
                         "defínala en el entorno del servicio (EnvironmentFile de systemd)")
        return
    except LoginRefused as exc:
        yield failed(subject, f"{where} rechazó el inicio de sesión como {user} ({_said(exc)})",
                     f"revise user y la contraseña ({_password_source(mailbox)})")
        return
    except FolderUnavailable as exc:
        yield passed(subject, f"inicio de sesión como {user} en {where}")
        yield failed(subject, f"la carpeta {mailbox.folder!r} (folder) no se puede abrir ({_said(exc)})",
                     "créela en el servidor o corrija folder en config.toml")
        return
    except ServerUnreachable as exc:
        yield failed(subject, f"no se pudo conectar a {where} ({_said(exc)})",
                     "revise host, port y tls/starttls, y que el servidor esté en marcha y se llegue a él "
                     "desde esta máquina")
        return
    except SourceError as exc:  # e.g. a TLS certificate not accepted
        yield failed(subject, f"{where}: {_said(exc)}", "revise host, port, tls y starttls del buzón")
        return
    finally:
        source.close()
    yield passed(subject, f"inicio de sesión como {user} en {where}")
    missing = [(key, name) for key, name in folders.items() if name in view.missing_folders]
    for key, name in missing:
        yield failed(subject, f"la carpeta {name!r} ({key}) no existe",
                     f"créela en el servidor o corrija {key} en config.toml")
    if not missing:
        names = [repr(name) for name in folders.values()]
        yield passed(subject, f"la carpeta {names[0]} existe" if len(names) == 1 else
                     f"las carpetas {', '.join(names[:-1])} y {names[-1]} existen")
    if idle:
        if not mailbox.idle:
            yield passed(subject, "IDLE no se usa (idle = false): se lee cada [scheduler] poll_seconds")
        elif view.idle:
            yield passed(subject, "el servidor ofrece IDLE")
        else:
            yield failed(subject, "el servidor no ofrece IDLE (mailbot lo espera con idle = true)",
                         "ponga idle = false en este buzón: se leerá cada [scheduler] poll_seconds")


def check_maildir(mailbox: MailboxSettings, subject: str) -> Iterator[Finding]:
    """The Maildir exists (doctor does not create it) and new/ and cur/ can be read and written."""
    path = Path(mailbox.path)
    if not path.is_dir():
        yield failed(subject, f"la carpeta Maildir {path} no existe",
                     "corrija path o cree el Maildir (new/, cur/, tmp/)")
        return
    missing = [sub for sub in ("new", "cur", "tmp") if not (path / sub).is_dir()]
    if missing:
        yield failed(subject, f"{path} no es un Maildir: le falta {', '.join(sub + '/' for sub in missing)}",
                     "corrija path o cree esas carpetas")
        return
    refused = [sub for sub in ("new", "cur") if not os.access(path / sub, os.R_OK | os.W_OK | os.X_OK)]
    if refused:
        yield failed(subject, f"no se puede leer o escribir en {', '.join(str(path / sub) for sub in refused)}",
                     "dé permiso de lectura y escritura al usuario del servicio (lo leído se mueve a cur/)")
        return
    yield passed(subject, f"Maildir {path} se puede leer")


def check_sending(settings: Settings) -> Iterator[Finding]:
    """Replies can leave: SMTP connect and login, or a Maildir outbox that can be written."""
    smtp = settings.smtp
    if smtp.kind != "smtp":
        path = Path(smtp.outbox_path).absolute()
        existing = next(folder for folder in (path, *path.parents) if folder.exists())
        if not os.access(existing, os.W_OK | os.X_OK):
            yield failed("envío", f"no se puede escribir en {existing} (Maildir de salida {path})",
                         "dé permiso de escritura al usuario del servicio o corrija [smtp] outbox_path")
        else:
            state = "existe" if existing == path else "se creará al enviar la primera respuesta"
            yield passed("envío", f"Maildir de salida {path} ({state})")
        return
    yield from check_smtp(settings)
    if smtp.archive is not None:
        yield from check_imap(smtp.archive, f"archivo de respuestas {smtp.archive.address}",
                              {"folder": smtp.archive.folder}, idle=False)


def check_smtp(settings: Settings) -> Iterator[Finding]:
    from mailbot.sender import SmtpTransport

    smtp = dataclasses.replace(settings.smtp, timeout_seconds=min(settings.smtp.timeout_seconds, CONNECT_SECONDS))
    subject, where = "envío", f"SMTP {smtp.host}:{smtp.port}"
    if smtp.user and not smtp.password_file and smtp.password_env and smtp.password_env not in os.environ:
        yield failed(subject, f"la variable de entorno {smtp.password_env} no está definida",
                     "defínala en el entorno del servicio (EnvironmentFile de systemd)")
        return
    try:
        SmtpTransport(smtp).check()
    except smtplib.SMTPAuthenticationError as exc:
        yield failed(subject, f"{where} rechazó el inicio de sesión como {smtp.user} ({_said(exc)})",
                     f"revise user y la contraseña en [smtp] ({_password_source(smtp)})")
    except smtplib.SMTPNotSupportedError as exc:
        yield failed(subject, f"{where}: {_said(exc)}",
                     "revise tls/starttls en [smtp]: muchos servidores ofrecen AUTH solo cifrado")
    except (smtplib.SMTPException, OSError) as exc:
        yield failed(subject, f"la conexión con {where} falló ({_said(exc)})",
                     "revise host, port y tls/starttls en [smtp], y que el servidor esté en marcha")
    else:
        login = f"inicio de sesión como {smtp.user}" if smtp.user else "sin inicio de sesión ([smtp] no tiene user)"
        yield passed(subject, f"{where} responde, {login}")


# the fixed-date national holidays every year has (Año Nuevo, Fiestas Patrias, Navidad)
FIXED_HOLIDAYS = ((1, 1), (7, 28), (7, 29), (12, 25))


def check_calendar(settings: Settings) -> Iterator[Finding]:
    """Peru's holidays are known for this year and next; the non-working days configured."""
    from mailbot.core.calendar import BusinessCalendar

    calendar = BusinessCalendar(settings.calendar)
    this_year = dt.datetime.now(ZoneInfo(settings.calendar.timezone)).year
    counts = []
    for year in (this_year, this_year + 1):
        known = calendar.national_holidays(year)
        missing = [dt.date(year, month, day) for month, day in FIXED_HOLIDAYS if dt.date(year, month, day) not in known]
        if missing:
            yield failed("calendario", f"los feriados nacionales de {year} no están completos "
                                       f"(falta {', '.join(day.isoformat() for day in missing)})",
                         "actualice el paquete holidays (pip install -U holidays)")
            return
        counts.append(f"{year} ({len(known)})")
    yield passed("calendario", f"feriados nacionales de Perú cargados para {' y '.join(counts)}")
    days = sorted(day for day in settings.calendar.non_working_days if day.year >= this_year)
    close = settings.calendar.office_close.strftime("%H:%M") if settings.calendar.office_close else "sin hora de cierre"
    listed = ", ".join(day.isoformat() for day in days) if days else "ninguno"
    yield passed("calendario", f"días no laborables configurados desde {this_year}: {listed}; "
                               f"zona {settings.calendar.timezone}, {close}")


CHECKS: tuple[tuple[str, Callable[[Settings], Iterator[Finding]]], ...] = (
    ("reglas", check_rules),
    ("base de datos", check_store),
    ("buzones", check_mailboxes),
    ("envío", check_sending),
    ("calendario", check_calendar),
)


def findings(settings: Settings) -> Iterator[Finding]:
    """Every check's findings, in order; a check that breaks is itself a finding."""
    for name, check in CHECKS:
        try:
            yield from check(settings)
        except Exception as exc:  # noqa: BLE001 - the report goes on; this line says what broke
            yield failed(name, f"la comprobación no pudo terminar: {type(exc).__name__}: {_said(exc)}",
                         "revise esa parte de la configuración")


def doctor(config: str | None, out: TextIO | None = None) -> int:
    """`mailbot doctor`: print one line per check; 0 when all passed, 1 otherwise."""
    out = out or sys.stdout
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        print(failed("configuración", str(exc), "corríjala y vuelva a ejecutar `mailbot doctor`").line(), file=out)
        return 1
    source = settings.source_file or "no hay config.toml: valores por defecto"
    print(passed("configuración", f"{source} ({len(settings.mailboxes)} buzón(es))").line(), file=out)
    all_passed = True
    for finding in findings(settings):
        print(finding.line(), file=out, flush=True)
        all_passed = all_passed and finding.ok
    return 0 if all_passed else 1
