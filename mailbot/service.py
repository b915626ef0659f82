"""What the command line calls: `run`, `demo`, `status`, `retry`. Each returns an exit code.

    mailbot run [--once]   -> run(settings, once)
    mailbot demo           -> demo(settings)
    mailbot status         -> status(settings)
    mailbot retry [ID]     -> retry(settings, quarantine_id)

This is the composition root: it builds the store, the decision engine, the sources,
the runner, the sender and the scheduler from one `Settings`, and wires them.
"""
from __future__ import annotations

import datetime as dt
import dataclasses
import datetime as dt
import email.utils
import io
import json
import logging
import mailbox
import shutil
import signal
import sys
import threading
from pathlib import Path
from typing import Callable, TextIO

from sqlmodel import Session, select

from mailbot import deadlines
from mailbot.replypdf import warm_up
from mailbot.runner import IntakeRunner
from mailbot.scheduler import Worker, build_scheduler
from mailbot.sender import Sender
from mailbot.settings import MailboxSettings, Settings
from mailbot.store import open_store
from mailbot.store.due import TITLES, VENCE_PRONTO, VENCIDOS
from mailbot.store.models import DecisionRecord, MailboxState, Message, OutboxMessage, Quarantine, Registro

log = logging.getLogger(__name__)
DEMO_MAIL = Path(__file__).resolve().parent / "demo_mail"
DEMO_MARKER = ".mailbot-demo"
# Sample mail delivered when it was written (its Date header), not today: this recurso
# then arrives within its 15 business days of notification, and the demo shows a
# recurso in time next to one out of time (003, notified weeks before today).
DEMO_AS_WRITTEN = frozenset({"024-apelacion-foto-carta-notificacion.eml"})


def _engine(settings: Settings):
    from mailbot.core.decision import DecisionEngine

    return DecisionEngine.from_settings(settings)


def _decider(settings: Settings, engine):
    """The decide process (`mailbot.decider`): every message is decided there, within
    the budget per message, whatever the number of cores. None only for a test's
    engine double (not a `DecisionEngine`), which the runner calls itself."""
    from mailbot.core.decision import DecisionEngine
    from mailbot.decider import ProcessDecider

    if type(engine) is not DecisionEngine:
        return None
    return ProcessDecider(settings)


def build_worker(settings: Settings) -> Worker:
    from mailbot.sources.factory import make_source

    db = open_store(settings.database_url)
    engine = _engine(settings)
    warm_up()  # the cargo's PDF library, imported now rather than at the first cargo
    runner = IntakeRunner(settings, db, engine, decider=_decider(settings, engine))
    sources = {mb.address: make_source(mb) for mb in settings.mailboxes}
    return Worker(settings, db, runner, Sender(settings, db), sources)


def _install_signals(stop: threading.Event) -> Callable[[], None]:
    """SIGTERM and Ctrl-C set the stop flag: the message in hand is finished, then exit."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}

    def handler(signum, _frame) -> None:  # noqa: ANN001
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt  # a second Ctrl-C: stop now
        log.info("signal %s: finishing the message in hand, then stopping", signum)
        stop.set()

    for sig in previous:
        signal.signal(sig, handler)
    return lambda: [signal.signal(sig, old) for sig, old in previous.items()]


def run(settings: Settings, once: bool = False, out: TextIO | None = None,
        stop: threading.Event | None = None) -> int:
    """Work the configured mailboxes. `once`: poll each, sweep, send, and return.

    Without `once` it runs until SIGTERM/Ctrl-C (or `stop` is set), then finishes the
    message in hand, lets running jobs end, releases its locks and returns 0.
    """
    out = out or sys.stdout
    if not settings.mailboxes:
        print("No hay buzones configurados ([[mailboxes]] en config.toml). / No mailboxes configured.", file=out)
        return 2
    worker = build_worker(settings)
    if stop is not None:
        worker.stop = stop
    restore = _install_signals(worker.stop)
    try:
        if once:
            reports = worker.poll_all()
            closed = worker.sweep()
            sent = worker.send()
            for address, report in reports.items():
                if address in worker.poll_errors:
                    print(f"{address}: no se pudo leer: {worker.poll_errors[address]}", file=out)
                elif report is None:
                    print(f"{address}: en espera (otro proceso lo atiende)", file=out)
                else:
                    print(f"{address}: {len(report.results)} mensaje(s) — archivados {report.count('filed')}, "
                          f"seguimientos {report.count('followup')}, ignorados {report.count('ignored')}, "
                          f"duplicados {report.count('duplicate')}, cuarentena {report.count('quarantined')}", file=out)
            if sent is not None:
                print(f"respuestas enviadas: {sent.sent}, reintentos pendientes: {sent.retried}, "
                      f"fallidas: {sent.failed}, limitadas: {sent.suppressed}", file=out)
            if closed:
                print(f"registros no presentados (subsanar vencido): {len(closed)}", file=out)
            # non-zero when a mailbox could not be read or a reply could not be sent
            return 1 if worker.poll_errors or (sent is not None and (sent.failed or sent.retried)) else 0
        watched = [mb.address for mb in settings.mailboxes if mb.idle]
        polled = [mb.address for mb in settings.mailboxes if not mb.idle]
        scheduler = build_scheduler(worker, polled)
        threads = [threading.Thread(target=worker.watch, args=(address,), name=f"watch-{address}", daemon=True)
                   for address in watched]
        scheduler.start()
        for thread in threads:
            thread.start()
        log.info("mailbot running: %d mailbox(es)", len(settings.mailboxes))
        while not worker.stop.wait(1.0):
            pass
        for thread in threads:
            thread.join()
        scheduler.shutdown(wait=True)
        log.info("mailbot stopped cleanly")
        return 0
    finally:
        restore()
        worker.close()
        worker.db.dispose()


# -- demo ---------------------------------------------------------------------------

def demo_settings(settings: Settings, base: Path) -> Settings:
    addresses = sorted(path.name for path in DEMO_MAIL.iterdir() if path.is_dir())
    return dataclasses.replace(
        settings,
        database_url=f"sqlite:///{base / 'state.db'}",
        mailboxes=tuple(MailboxSettings(address=a, kind="maildir", path=str(base / "mail" / a)) for a in addresses),
        smtp=dataclasses.replace(settings.smtp, kind="maildir", outbox_path=str(base / "outbox")),
    )


def demo(settings: Settings, base: str | Path = "demo", out: TextIO | None = None) -> int:
    """Feed the sample mail through Maildirs, file it in `demo/state.db`, write the replies
    to the outbox Maildir `demo/outbox`, and print what was decided. No server needed."""
    out = out or sys.stdout
    base = Path(base).resolve()
    if base.exists():
        if not (base / DEMO_MARKER).exists():
            print(f"{base} existe y no es una carpeta de demo; no la toco. / not a demo folder, left alone.", file=out)
            return 2
        shutil.rmtree(base)
    base.mkdir(parents=True)
    (base / DEMO_MARKER).write_text("created by `mailbot demo`; removed by the next demo\n")
    settings = demo_settings(settings, base)
    _write_demo_config(settings, base / "config.toml")
    for mb in settings.mailboxes:
        Path(mb.path).parent.mkdir(parents=True, exist_ok=True)
        box = mailbox.Maildir(mb.path, create=True)
        for path in sorted((DEMO_MAIL / mb.address).glob("*.eml")):
            raw = path.read_bytes()
            message = mailbox.MaildirMessage(raw)
            if path.name in DEMO_AS_WRITTEN:
                message.set_date(email.utils.parsedate_to_datetime(message["Date"]).timestamp())
            # the others are delivered now: the demo shows today's filing days and deadlines
            box.add(message)
    code = run(settings, once=True, out=io.StringIO())
    if code:
        return code
    print(demo_summary(settings, base), file=out)
    return 0


def _write_demo_config(settings: Settings, path: Path) -> None:
    """The demo's settings as a file, so `mailbot --config demo/config.toml serve|status`
    works on the demo's store."""
    cal = settings.calendar
    lines = [
        "# Written by `mailbot demo`: its store, Maildirs and outbox. Removed by the next demo.",
        f"database_url = {json.dumps(settings.database_url)}",
        f"rules_dir = {json.dumps(str(settings.rules_dir))}",
        f"templates_dir = {json.dumps(str(settings.templates_dir))}",
        "", "[calendar]", f"timezone = {json.dumps(cal.timezone)}",
        f"office_close = {json.dumps(cal.office_close.strftime('%H:%M') if cal.office_close else '')}",
        f"non_working_days = {json.dumps([day.isoformat() for day in cal.non_working_days])}",
        "", "[smtp]", 'kind = "maildir"', f"outbox_path = {json.dumps(settings.smtp.outbox_path)}",
    ]
    for mb in settings.mailboxes:
        lines += ["", "[[mailboxes]]", f"address = {json.dumps(mb.address)}", 'kind = "maildir"',
                  f"path = {json.dumps(mb.path)}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def demo_summary(settings: Settings, base: Path) -> str:
    from mailbot.store import open_engine

    db = open_engine(settings.database_url)
    lines = ["mailbot demo — qué decidió / what it decided", ""]
    header = f"{'registro':<16} {'buzón':<32} {'trámite':<28} {'resultado':<11} {'presentado':<10} {'vence':<10}"
    lines += [header, "-" * len(header)]
    with Session(db) as session:
        for message in session.exec(select(Message).order_by(Message.id)):
            decision = session.exec(select(DecisionRecord).where(DecisionRecord.message_pk == message.id)).first()
            registro = session.get(Registro, message.registro_id) if message.registro_id else None
            flags = f" [{', '.join(decision.flags)}]" if decision and decision.flags else ""
            lines.append(
                f"{registro.number if registro else '(sin número)':<16} {message.mailbox:<32} "
                f"{(decision.procedure if decision else None) or '-':<28} {(decision.outcome if decision else '?'):<11} "
                f"{str(decision.filing_date or '-') if decision else '-':<10} "
                f"{str(decision.due_date or '-') if decision else '-':<10}{flags}"
            )
            if decision and "extemporaneo" in decision.flags:
                lines.append(f"{'':<16} ↳ {late_reason(settings, decision)}")
            for row in session.exec(select(OutboxMessage).where(OutboxMessage.registro_id == message.registro_id,
                                                                OutboxMessage.status == "sent")) if registro else []:
                lines.append(f"{'':<16} ↳ respuesta: {row.subject}")
        quarantined = session.exec(select(Quarantine).where(Quarantine.status == "open")).all()
    lines += ["", f"Cuarentena: {len(quarantined)}",
              f"Base de datos: {base / 'state.db'}", f"Respuestas (Maildir): {base / 'outbox'}",
              f"Estado: mailbot --config {base / 'config.toml'} status",
              f"Páginas del personal: mailbot --config {base / 'config.toml'} serve"]
    db.dispose()
    return "\n".join(lines)


def late_reason(settings: Settings, decision: DecisionRecord) -> str:
    """One line: why a recurso is extemporáneo (notified, its last day, filed)."""
    from mailbot.core.calendar import BusinessCalendar
    from mailbot.core.decision import RECURSO_PLAZO_DAYS

    notified = ((decision.data or {}).get("explain") or {}).get("notified_on")
    if not notified:
        return "extemporáneo: fuera del plazo de la notificación"
    notified_day = dt.date.fromisoformat(notified)
    last = BusinessCalendar(settings.calendar).add_business_days(notified_day, RECURSO_PLAZO_DAYS)
    return (f"extemporáneo: notificado el {notified_day:%d/%m/%Y}, el plazo de {RECURSO_PLAZO_DAYS} días "
            f"hábiles venció el {last:%d/%m/%Y} y se presentó el {decision.filing_date:%d/%m/%Y}")


# -- status and retry ------------------------------------------------------------------

def _local(settings: Settings, moment: dt.datetime) -> str:
    """A stored UTC moment in the office's time zone (Lima), to the minute."""
    import zoneinfo

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(zoneinfo.ZoneInfo(settings.calendar.timezone)).strftime("%Y-%m-%d %H:%M")


def status_text(settings: Settings) -> str:
    """What `mailbot status` prints; `StoreMissing` when the SQLite file is not there
    (status only reads: it never creates a store)."""
    db = open_store(settings.database_url, create=False)
    view = deadlines.overview(settings, db)
    lines = [f"mailbot status — {view.today:%Y-%m-%d}", ""]
    lines.append("Cola de salida / outbox: " + (", ".join(f"{k} {v}" for k, v in sorted(view.outbox.items())) or "vacía"))
    lines.append("Registros: " + (", ".join(f"{k} {v}" for k, v in sorted(view.registros.items())) or "ninguno"))
    with Session(db) as session:
        lines += ["", "Buzones / mailboxes:"]
        states = {s.mailbox: s for s in session.exec(select(MailboxState))}
        for address in sorted({mb.address for mb in settings.mailboxes} | set(states)):
            state = states.get(address)
            when = _local(settings, state.last_poll_at) if state and state.last_poll_at else "nunca"
            error = ""
            if state and state.last_error:
                since = f" desde {_local(settings, state.error_since)}" if state.error_since else ""
                error = f" — ERROR{since} ({state.error_count or 1} lectura(s) seguidas): {state.last_error}"
            lines.append(f"  {address}: última lectura {when}, {state.last_count if state else 0} mensaje(s){error}")
        items = session.exec(select(Quarantine).where(Quarantine.status == "open").order_by(Quarantine.id)).all()
        lines += ["", f"Cuarentena / quarantine: {len(items)}"]
        lines += [f"  #{q.id} {_local(settings, q.created_at)} {q.mailbox} (intentos {q.attempts}): {q.error[:160]}"
                  for q in items[:50]]
        failed = session.exec(select(OutboxMessage).where(OutboxMessage.status.in_(("failed", "suppressed")))).all()
        if failed:
            lines += ["", "Respuestas no enviadas:"]
            lines += [f"  {row.idempotency_key} {row.status}: {row.last_error[:120]}" for row in failed[:50]]
    # the staff pages' queues, under their names (one definition: mailbot.store.due)
    lines += ["", f"{TITLES[VENCIDOS]}: {len(view.overdue)}"]
    lines += [f"  {item.number} {item.procedure or '-'} ({item.kind}) vencía {item.due_date}"
              for item in view.overdue[:50]]
    lines += [f"{TITLES[VENCE_PRONTO]} (hasta el {view.due_soon_until}): {len(view.due_soon)}"]
    lines += [f"  {item.number} {item.procedure or '-'} ({item.kind}) vence {item.due_date}"
              for item in view.due_soon[:50]]
    db.dispose()
    return "\n".join(lines)


def status(settings: Settings, out: TextIO | None = None) -> int:
    print(status_text(settings), file=out or sys.stdout)
    return 0


def retry(settings: Settings, quarantine_id: int | None = None, out: TextIO | None = None) -> int:
    """Process quarantined messages again (one, or every open one). 0 when all were filed.
    `StoreMissing` when the SQLite file is not there (nothing to retry; none is created)."""
    out = out or sys.stdout
    db = open_store(settings.database_url, create=False)
    engine = _engine(settings)
    runner = IntakeRunner(settings, db, engine, decider=_decider(settings, engine))
    with Session(db) as session:
        ids = [quarantine_id] if quarantine_id is not None else list(
            session.exec(select(Quarantine.id).where(Quarantine.status == "open").order_by(Quarantine.id)))
    code = 0
    for item in ids:
        try:
            result = runner.retry(item)
        except LookupError as exc:
            print(str(exc), file=out)
            code = 2
            continue
        if result.state == "quarantined":
            code = code or 1
            print(f"#{item}: sigue en cuarentena / still quarantined", file=out)
        else:
            print(f"#{item}: {result.state} {result.registro or ''} {result.outcome or ''}".rstrip(), file=out)
    if not ids:
        print("Cuarentena vacía / nothing to retry.", file=out)
    runner.close()
    db.dispose()
    return code
