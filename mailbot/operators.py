"""The operators' rule tools: `mailbot rules explain FILE.eml` and `mailbot rules replay`.

- `explain` prints the explanation of one message (`mailbot.core.explain`): every ASUNTO
  rule tried on the subject and on the body, which matched (with the phrase and the
  words it matched), which of those the decision used, and every field with where it
  was found.
- `replay_stored` runs the stored mail of a period through edited rules and compares
  with the stored decision: nothing is sent, nothing is stored. A message counts as
  changed only when the edited rules decide differently from the rules in force; a
  stored decision that the rules in force no longer reproduce (other code, other
  calendar) is counted apart as drift.

Both decide in the decide process (`mailbot.decider`), within the budget per message
(`[limits] decision_seconds`): a message that runs out of it is reported with the
reason (explain exits 1; replay lists it and goes on with the rest). The web's operator
pages show the same reports.
"""
from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from mailbot.core.explain import Explanation, RuleTrial, explain_message, rule_trials  # noqa: F401 - re-exported
from mailbot.core.rules import RuleSet
from mailbot.decider import DecideFailure, ProcessDecider, oversize_error
from mailbot.settings import Settings


# -- explain ---------------------------------------------------------------------------------

def format_explanation(explanation: Explanation) -> str:
    decision = explanation.decision
    lines = [f"== {decision.file}", f"Asunto: {explanation.subject or '(vacío)'}"]
    for where, title in (("subject", "asunto"), ("body", "cuerpo (cuenta sólo si el asunto no decide)"),
                         ("choose", "cuerpo, para elegir entre los trámites del asunto")):
        lines.append(f"Reglas probadas en el {title}:")
        for trial in (t for t in explanation.trials if t.where == where):
            mark = "✓" if trial.used else ("~" if trial.matched else "·")
            detail = f"«{trial.pattern}» encontró «{trial.text}»" if trial.matched else "no coincide"
            if trial.matched and not trial.used:
                detail += " (descartada: dentro de una coincidencia más larga o el asunto ya decidió)"
            lines.append(f"  {mark} {trial.rule} [{', '.join(trial.procedures)}]: {detail}")
    lines.append(f"Clasificación: {decision.procedure or '(ninguno)'} — {decision.classification.reason}")
    lines.append(f"Resultado: {decision.outcome.upper()}" + (f"  marcas: {', '.join(decision.flags)}" if decision.flags else ""))
    if decision.ignored_because:
        lines.append(f"Ignorado porque: {decision.ignored_because}")
    lines.append("Campos encontrados:" if decision.fields else "Campos encontrados: ninguno")
    for name, value in decision.fields.items():
        placed = f"; {value.evidence}" if value.evidence else ""
        lines.append(f"  {name}: {value.value}   [{value.source}; regla {value.rule}{placed}]")
    if decision.missing:
        lines.append(f"Faltan: {', '.join(decision.missing)}")
    if decision.signature.status != "not_required":
        lines.append(f"Firma: {decision.signature.status} {decision.signature.detail}".rstrip())
    lines += [f"! {error}" for error in decision.errors]
    return "\n".join(lines)


def explain(settings: Settings, rules: RuleSet, path: Path) -> int:
    """`mailbot rules explain FILE.eml`: 0 explained, 1 not decided (the reason is
    printed: the budget ran out, the decision failed, the file is too large), 2
    unreadable file."""
    limit = settings.limits.max_message_bytes
    try:
        size = Path(path).stat().st_size
        raw = Path(path).read_bytes() if not limit or size <= limit else None
    except OSError as exc:
        print(f"mailbot: {path}: {exc.strerror}", file=sys.stderr)
        return 2
    if raw is None:  # not even read, as in `mailbot check`
        result: Any = DecideFailure(oversize_error(size, limit), "")
    else:
        decider = ProcessDecider(settings, rules=rules)
        try:
            result = decider.explain_one(raw, file=Path(path).name)
        finally:
            decider.close()
    if isinstance(result, DecideFailure):
        print(f"== {Path(path).name}\n! No se pudo explicar: {result.error}")
        return 1
    print(format_explanation(result))
    return 0


# -- replay ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class DecisionKey:
    procedure: str | None
    outcome: str
    flags: tuple[str, ...]
    missing: tuple[str, ...]

    @classmethod
    def of(cls, decision) -> "DecisionKey":
        return cls(decision.procedure, decision.outcome, tuple(sorted(decision.flags or ())), tuple(decision.missing or ()))

    def __str__(self) -> str:
        text = f"{self.procedure or '(ninguno)'}/{self.outcome}"
        if self.flags:
            text += f" [{', '.join(self.flags)}]"
        if self.missing:
            text += f" falta: {', '.join(self.missing)}"
        return text


@dataclass(frozen=True)
class ReplayChange:
    message_pk: int
    registro: str | None
    received: dt.datetime
    subject: str
    before: DecisionKey
    after: DecisionKey
    drift: bool = False


@dataclass(frozen=True)
class ReplayFailure:
    """A stored message the replay could not decide (the budget ran out, the decision
    failed): `error` says why and with which rules."""

    message_pk: int
    registro: str | None
    received: dt.datetime
    subject: str
    error: str


@dataclass
class ReplayReport:
    total: int = 0  # decided with both rules (the undecided are apart)
    skipped: int = 0
    drift: int = 0
    changes: list[ReplayChange] = field(default_factory=list)
    undecided: list[ReplayFailure] = field(default_factory=list)
    procedures_before: Counter = field(default_factory=Counter)
    procedures_after: Counter = field(default_factory=Counter)
    outcomes_before: Counter = field(default_factory=Counter)
    outcomes_after: Counter = field(default_factory=Counter)


def _bounds(since: dt.date | None, until: dt.date | None, zone) -> tuple[dt.datetime | None, dt.datetime | None]:
    start = dt.datetime.combine(since, dt.time(0), tzinfo=zone) if since else None
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(0), tzinfo=zone) if until else None
    return start, end


def stored_messages(session: Session, since: dt.date | None, until: dt.date | None, limit: int | None, zone):
    from mailbot.store.models import Message

    query = select(Message).where(Message.role.in_(("filing", "ignored")))
    start, end = _bounds(since, until, zone)
    if start:
        query = query.where(Message.received_at >= start)
    if end:
        query = query.where(Message.received_at < end)
    query = query.order_by(Message.received_at, Message.id)
    return list(session.exec(query.limit(limit) if limit else query))


class _Undecided(Exception):
    """One message's decision failed (`DecideFailure`) with one of the two rule sets."""


def _key(decider: ProcessDecider, rules_name: str, raw: bytes, kwargs: dict[str, Any]) -> DecisionKey:
    result = decider.decide_one(raw, **kwargs)
    if isinstance(result, DecideFailure):
        raise _Undecided(f"{rules_name}: {' '.join(result.error.split())}")
    return DecisionKey.of(result)


def replay_stored(db, settings: Settings, new_rules: RuleSet, *, current: ProcessDecider | None = None,
                  since: dt.date | None = None, until: dt.date | None = None, limit: int | None = None,
                  progress: Callable[[int, int], None] | None = None) -> ReplayReport:
    """What `new_rules` would change on the stored mail of [since, until]; writes nothing.

    Each message is decided in the decide process, within the budget per message: with
    `new_rules` in a decide process of its own, and (when that differs from the stored
    decision) with the rules in force in `current` (the caller's, e.g. the staff pages';
    by default one of its own). A message either cannot decide is listed in
    `undecided` with the reason, and the replay goes on."""
    from mailbot.store.db import read_session

    candidate = ProcessDecider(settings, rules=new_rules)
    owned: list[ProcessDecider] = [candidate]

    def in_force() -> ProcessDecider:
        nonlocal current
        if current is None:  # started at the first change: most replays change little
            current = ProcessDecider(settings)
            owned.append(current)
        return current

    report = ReplayReport()
    try:
        with read_session(db) as session:  # a long read: no write lock held meanwhile
            messages = stored_messages(session, since, until, limit, ZoneInfo(settings.calendar.timezone))
            for index, message in enumerate(messages, start=1):
                _replay_one(session, message, candidate, in_force, report)
                if progress:
                    progress(index, len(messages))
    finally:
        for decider in owned:
            decider.close()
    return report


def _replay_one(session: Session, message, candidate: ProcessDecider, in_force: Callable[[], ProcessDecider],
                report: ReplayReport) -> None:
    from mailbot.store import filing
    from mailbot.store.models import DecisionRecord, RawMessage, Registro

    stored = session.exec(select(DecisionRecord).where(
        DecisionRecord.message_pk == message.id, DecisionRecord.merged == False)  # noqa: E712
        .order_by(DecisionRecord.id)).first()
    if stored is None:
        report.skipped += 1
        return
    raw = session.get(RawMessage, message.raw_sha256).data
    received_text = (stored.data or {}).get("received")
    received = dt.datetime.fromisoformat(received_text) if received_text else message.received_at
    kwargs = dict(file=str(message.id), mailbox=(stored.data or {}).get("mailbox") or message.mailbox,
                  received=received, known_refugee=filing.known_refugee(session, message.sender))

    def number() -> str | None:
        return session.get(Registro, message.registro_id).number if message.registro_id else None

    before, drift = DecisionKey.of(stored), False
    try:
        after = _key(candidate, "reglas editadas", raw, kwargs)
        if after != before:
            current = _key(in_force(), "reglas vigentes", raw, kwargs)
            if current != before:
                report.drift += 1
                drift = True
            if current == after:
                after = before  # the rules in force decide the same: not the edit's doing
            else:
                before = current if drift else before
    except _Undecided as exc:
        report.undecided.append(ReplayFailure(message.id, number(), message.received_at, message.subject, str(exc)))
        return
    report.total += 1
    report.procedures_before[before.procedure or "(ninguno)"] += 1
    report.procedures_after[after.procedure or "(ninguno)"] += 1
    report.outcomes_before[before.outcome] += 1
    report.outcomes_after[after.outcome] += 1
    if after != before:
        report.changes.append(ReplayChange(message.id, number(), message.received_at, message.subject,
                                           before, after, drift))


def progress_bar(stream=None, width: int = 30) -> Callable[[int, int], None]:
    """A bar on stderr; on a terminal redrawn per message, elsewhere every 10%."""
    shown = {"step": -1}

    def show(done: int, total: int) -> None:
        out = stream or sys.stderr
        step = (10 * done) // total if total else 10
        if not out.isatty() and step == shown["step"] and done != total:
            return
        shown["step"] = step
        filled = int(width * done / total) if total else width
        out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            out.write("\n")
        out.flush()
    return show


def format_report(report: ReplayReport) -> str:
    lines = [f"Mensajes reproducidos: {report.total}" + (f" (omitidos: {report.skipped})" if report.skipped else "")]
    if report.undecided:
        lines.append(f"No se pudieron decidir: {len(report.undecided)} (no cuentan en lo que sigue)")
    for failure in report.undecided:
        lines.append(f"  {failure.registro or 'mensaje ' + str(failure.message_pk)}  {failure.received:%Y-%m-%d}  "
                     f"«{' '.join(failure.subject[:60].split())}»: {failure.error}")
    if report.drift:
        lines.append(f"Aviso: {report.drift} decisiones guardadas ya no coinciden con las reglas vigentes.")
    lines.append(f"Cambiarían: {len(report.changes)}")
    for change in report.changes:
        lines.append(f"  {change.registro or 'mensaje ' + str(change.message_pk)}  {change.received:%Y-%m-%d}  "
                     f"«{change.subject[:60]}»")
        lines.append(f"      {change.before} -> {change.after}")
    for title, before, after in (("trámite", report.procedures_before, report.procedures_after),
                                 ("resultado", report.outcomes_before, report.outcomes_after)):
        lines.append(f"Por {title}:{'antes':>{34 - len(title)}} {'después':>8}")
        for key in sorted(set(before) | set(after)):
            mark = "  *" if before[key] != after[key] else ""
            lines.append(f"  {key:<32} {before[key]:>6} {after[key]:>8}{mark}")
    return "\n".join(lines)


def _day(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"--{name} {value!r} no es una fecha AAAA-MM-DD") from exc


def replay(settings: Settings, rules: RuleSet, since: str | None = None, until: str | None = None,
           limit: int | None = None) -> int:
    """`mailbot rules replay`: the edited `rules` against the stored mail. 0 done, 1 done
    but a message could not be decided (listed with the reason), 2 bad arguments."""
    from mailbot.store import open_store

    try:
        first, last = _day(since, "since"), _day(until, "until")
    except ValueError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return 2
    db = open_store(settings.database_url, create=False)  # only reads the stored mail
    try:
        report = replay_stored(db, settings, rules, since=first, until=last, limit=limit, progress=progress_bar())
    finally:
        db.dispose()
    print(format_report(report))
    return 1 if report.undecided else 0
