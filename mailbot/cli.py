"""The `mailbot` command line.

    mailbot check PATH [--mailbox ADDRESS] [--received ISO-8601] [--config FILE] [--json]
    mailbot demo | run [--once] | status | retry [ID] | doctor
    mailbot serve | users add NAME --role ROLE | users passwd NAME | users role NAME ROLE
    mailbot users disable NAME | users enable NAME | users list
    mailbot rules check | explain FILE.eml | replay [--since DATE] [--rules DIR]

Exit status: 0 done, 1 something failed at run time, 2 usage or configuration error.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path

from .settings import ConfigError, Settings, load_settings
from .store import StoreMissing


class UsageError(Exception):
    """Bad arguments or an unreadable path: a one-line message, exit status 2."""


def _parse_received(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise UsageError(f"--received {value!r} is not an ISO-8601 date-time like 2026-11-23T16:58:00-05:00") from exc
    if moment.tzinfo is None:
        raise UsageError(f"--received {value!r} needs a time zone offset, e.g. -05:00")
    return moment


def _message_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.glob("*.eml") if p.is_file())
    if path.is_file():
        return [path]
    raise UsageError(f"{path}: no such file or folder")


def _check_rules(settings: Settings) -> None:
    """Bad rules are a bad configuration (exit 2), found before any message is read."""
    from .core.rules import RulesError, load_rules

    try:
        load_rules(settings.rules_dir)
    except RulesError as exc:
        raise ConfigError(f"rules: {exc}") from exc


def _human(decision) -> str:
    """A readable summary of one decision, for a person at a terminal."""
    data = decision.to_json()
    lines = [
        f"== {data['file']}",
        f"   buzón: {data['mailbox'] or '-'}   recibido: {data['received'] or '-'}",
        f"   trámite: {data['procedure'] or '(ninguno)'}   ({decision.classification.reason})",
        f"   resultado: {data['outcome'].upper()}" + (f"   marcas: {', '.join(data['flags'])}" if data["flags"] else ""),
    ]
    if decision.ignored_because:
        lines.append(f"   ignorado porque: {decision.ignored_because}")
    if data["filing_date"]:
        lines.append(f"   presentado: {data['filing_date']}   vence: {data['due_date'] or '-'}")
    if data["missing"]:
        lines.append(f"   falta: {', '.join(data['missing'])}")
    if data["signature"]["status"] != "not_required":
        lines.append(f"   firma: {data['signature']['status']} {data['signature']['detail'] or ''}".rstrip())
    for name, fv in decision.fields.items():
        value = fv.value if len(fv.value) <= 70 else fv.value[:67] + "..."
        lines.append(f"   · {name}: {value}   [{fv.source}, {fv.rule}" + (f", {fv.evidence}" if fv.evidence else "") + "]")
    for error in data["errors"]:
        lines.append(f"   ! {error}")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from .decider import DecideFailure, ProcessDecider, oversize_error, undecided

    files = _message_files(Path(args.path))
    received = _parse_received(args.received)
    _check_rules(settings)
    # decided in the decide process, within the budget per message (`[limits]`)
    decider = ProcessDecider(settings)
    try:
        limit = settings.limits.max_message_bytes
        for path in files:
            kwargs = {"file": path.name, "mailbox": args.mailbox, "received": received}
            try:
                size = path.stat().st_size
                # a file over the limit is not even read (its size is the answer)
                raw = path.read_bytes() if not limit or size <= limit else None
            except OSError as exc:
                raise UsageError(f"{path}: cannot be read: {exc.strerror}") from exc
            if raw is None:
                decision = DecideFailure(oversize_error(size, limit), "")
            else:
                decision = decider.decide_one(raw, **kwargs)
                del raw
            if isinstance(decision, DecideFailure):
                decision = undecided(decision, **kwargs)
            if args.json:
                print(json.dumps(decision.to_json(), ensure_ascii=False))
            else:
                print(_human(decision))
                if decision.reply and args.reply:
                    print("   --- respuesta ---")
                    print("   Asunto: " + decision.reply.subject)
                    print("\n".join("   " + line for line in decision.reply.body.splitlines()))
            sys.stdout.flush()
    finally:
        decider.close()
    return 0


def cmd_rules(args: argparse.Namespace, settings: Settings) -> int:
    from .core.rules import RulesError, load_rules

    rules_dir = Path(args.rules) if getattr(args, "rules", None) else settings.rules_dir
    try:
        rules = load_rules(rules_dir)
    except RulesError as exc:
        print(f"mailbot: rules: {exc}", file=sys.stderr)
        return 2
    if args.rules_command == "check":
        vocabulary = len(rules.vocabulary.labels.terms) + sum(len(t.terms) for t in rules.vocabulary.cues.values())
        print(f"Reglas válidas en {rules_dir}: {len(rules.procedures)} trámites, {len(rules.subject_rules)} reglas de asunto, "
              f"{vocabulary} etiquetas y señales de campos.")
        return 0
    if args.rules_command == "explain":
        from .operators import explain

        return explain(settings, rules, Path(args.file))
    if args.rules_command == "replay":
        from .operators import replay

        return replay(settings, rules, since=args.since, until=args.until, limit=args.limit)
    return 2


def _service(name: str):
    from . import service

    return getattr(service, name)


def _database_failure(url: str, exc: Exception) -> str:
    """One line for a store that cannot be opened: which, what the driver said, what to check."""
    from sqlalchemy.engine import make_url

    shown = make_url(url).render_as_string(hide_password=True)
    said = next((line.strip() for line in str(getattr(exc, "orig", None) or exc).splitlines() if line.strip()), "")
    return (f"cannot open the database {shown}: {said} — check database_url in the config, that the "
            "server is running, that the database exists and that its user may connect")


def store_missing_line(exc) -> str:
    """One line for a command that reads the store when its SQLite file does not exist:
    which file, and how a store is made (a read-only command never makes one)."""
    return (f"la base de datos {exc.path} no existe (database_url = {exc.url}); no se crea sola: "
            "`mailbot run` (o `mailbot users add NOMBRE`) la crea, o pruebe con la demo "
            "(`./scripts/demo`, luego `mailbot --config demo/config.toml status`)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mailbot", description="E-mail intake and triage bot for the CEPR.")
    parser.add_argument("--config", help="configuration file (default: ./config.toml if present)")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging (may include personal data)")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="decide one .eml file or every *.eml in a folder; writes nothing")
    check.add_argument("path")
    check.add_argument("--mailbox", help="the institutional address that received the message")
    check.add_argument("--received", help="when the mailbox got it, ISO-8601 with offset")
    check.add_argument("--config", dest="config_sub", help="configuration file")
    check.add_argument("--json", action="store_true", help="one JSON object per line (INTAKE.md section 6)")
    check.add_argument("--reply", action="store_true", help="also print the reply text (human form)")

    run = sub.add_parser("run", help="poll the mailboxes, file, reply (long-running)")
    run.add_argument("--once", action="store_true", help="one pass over every mailbox and the outbox, then exit")
    sub.add_parser("demo", help="feed the sample mail through a local Maildir into state.db and an outbox")
    sub.add_parser("status", help="queues, last poll per mailbox, errors, overdue deadlines")
    sub.add_parser(
        "doctor", help="check the config, rules, store, mailboxes, SMTP and calendar; one line per check",
        description="Check that this installation can work, changing nothing: the config loads and the "
                    "rules are valid; the store exists (a missing SQLite file is reported, not created), "
                    "answers, is migrated to the newest migration and can be written; each mailbox (IMAP: "
                    "login, the folders the config names, IDLE; Maildir: exists and can be read); SMTP "
                    "(connect, login) and the archive mailbox; the calendar (Peru's holidays for this year "
                    "and next, the non-working days). Prints one line per check, 'OK ...' or "
                    "'FALLA ...: what to fix'; passwords are never printed. Exit 0 when all pass, 1 otherwise.")
    retry = sub.add_parser("retry", help="reprocess quarantined messages")
    retry.add_argument("id", nargs="?", type=int, help="one quarantine entry (default: all)")

    serve = sub.add_parser("serve", help="the staff web application")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    users = sub.add_parser("users", help="staff accounts")
    users_sub = users.add_subparsers(dest="users_command", required=True)
    add = users_sub.add_parser("add", help="create an account (asks for the password)")
    add.add_argument("username")
    add.add_argument("--role", choices=["staff", "operator", "admin"], default="staff")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    passwd = users_sub.add_parser("passwd", help="change an account's password (ends its open sessions)")
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    role = users_sub.add_parser("role", help="change an account's role")
    role.add_argument("username")
    role.add_argument("role", choices=["staff", "operator", "admin"])
    for name, text in (("disable", "disable an account (its sessions end at once)"), ("enable", "enable it again")):
        users_sub.add_parser(name, help=text).add_argument("username")
    users_sub.add_parser("list", help="every account, its role and whether it is active")

    rules = sub.add_parser("rules", help="operators' tools for the rules under rules/")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    rcheck = rules_sub.add_parser("check", help="validate the rules files")
    rcheck.add_argument("--rules", help="rules folder to check (default: the configured one)")
    explain = rules_sub.add_parser("explain", help="every rule tried on a message, which matched and why")
    explain.add_argument("file")
    explain.add_argument("--rules", help="rules folder (default: the configured one)")
    replay = rules_sub.add_parser("replay", help="what edited rules would change on stored mail (nothing is sent)")
    replay.add_argument("--rules", help="the edited rules folder")
    replay.add_argument("--since", help="first day, YYYY-MM-DD")
    replay.add_argument("--until", help="last day, YYYY-MM-DD")
    replay.add_argument("--limit", type=int, help="at most this many messages")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    quiet = logging.INFO if args.command in ("run", "serve") else logging.WARNING
    logging.basicConfig(level=logging.DEBUG if args.verbose else quiet,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not args.verbose:
        # mail-parser warns about every part it does not turn into body text (we report
        # those ourselves); APScheduler logs two lines per job run (every few seconds)
        logging.getLogger("mailparser").setLevel(logging.ERROR)
        logging.getLogger("apscheduler.executors").setLevel(logging.WARNING)
        logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        if args.command == "doctor":  # loads the config itself: a bad one is its first FALLA line
            from .doctor import doctor

            return doctor(args.config)
        settings = load_settings(getattr(args, "config_sub", None) or args.config)
        if args.command == "check":
            return cmd_check(args, settings)
        if args.command == "rules":
            return cmd_rules(args, settings)
        if args.command == "run":
            return _service("run")(settings, once=args.once)
        if args.command in ("demo", "status"):
            return _service(args.command)(settings)
        if args.command == "retry":
            return _service("retry")(settings, args.id)
        if args.command == "serve":
            from .store import sqlite_file
            from .web.app import serve

            missing = sqlite_file(settings.database_url)
            if missing is not None and not missing.exists():
                # the staff pages read what `run` files: an empty store made here would only
                # hide a database_url that points to the wrong place
                raise StoreMissing(settings.database_url, missing)

            return serve(settings, host=args.host, port=args.port)
        if args.command == "users":
            from .web.accounts import users_command

            return users_command(settings, args)
    except (UsageError, ConfigError) as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return 2
    except StoreMissing as exc:
        print(f"mailbot: {store_missing_line(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - only a store connection failure is caught here
        from sqlalchemy.exc import OperationalError

        if not isinstance(exc, OperationalError):
            raise
        print(f"mailbot: {_database_failure(settings.database_url, exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader went away (`mailbot check DIR --json | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("mailbot: interrumpido", file=sys.stderr)
        return 130
    parser.error(f"unknown command {args.command}")
    return 2
