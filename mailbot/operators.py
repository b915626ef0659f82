"""The operators' rule tools: `mailbot rules explain FILE.eml` and `mailbot rules replay`.

- `explain_message` decides one message and lists every ASUNTO rule tried on the
  subject and on the body, which matched (with the phrase and the words it matched),
  which of those the decision used, and every field with where it was found.
- `replay_stored` runs the stored mail of a period through edited rules
  (`engine.with_rules(new_rules)`) and compares with the stored decision: nothing is
  sent, nothing is stored. A message counts as changed only when the edited rules
  decide differently from the rules in force; a stored decision that the rules in force
  no longer reproduce (other code, other calendar) is counted apart as drift.

The web's operator pages show the same reports.
"""
from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlmodel import Session, select

from mailbot.core.model import Decision
from mailbot.core.parse import parse_message
from mailbot.core.rules import RuleSet, SubjectRule, fold, strip_reply_prefixes, tokens
from mailbot.core.textclean import applicant_text
from mailbot.settings import Settings


# -- explain ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class RuleTrial:
    rule: str
    procedures: tuple[str, ...]
    where: str
    matched: bool
    pattern: str = ""
    text: str = ""
    used: bool = False


@dataclass(frozen=True)
class Explanation:
    decision: Decision
    subject: str
    trials: tuple[RuleTrial, ...]


def _try_rule(rule: SubjectRule, text: str) -> tuple[str, str] | None:
    """The first phrase (or regex) of `rule` found in `text`, and the words it matched."""
    words = tokens(text)
    for phrase in rule.phrases:
        size = len(phrase.words)
        for start in range(len(words) - size + 1):
            if all(phrase.words[k].matches(words[start + k]) for k in range(size)):
                return phrase.source, " ".join(words[start:start + size])
    if rule.regexes:
        folded = fold(text)
        for pattern in rule.regexes:
            hit = pattern.search(folded)
            if hit:
                return f"regex {pattern.pattern}", hit.group(0)
    return None


def rule_trials(rules: RuleSet, subject: str, body: str, decision: Decision) -> tuple[RuleTrial, ...]:
    used = {(hit.rule, hit.where) for hit in decision.classification.hits}
    trials = []
    for where, text in (("subject", strip_reply_prefixes(subject)), ("body", body)):
        for rule in rules.rules_for(where):
            found = _try_rule(rule, text)
            trials.append(RuleTrial(rule.name, rule.procedures, where, found is not None,
                                    found[0] if found else "", found[1] if found else "",
                                    (rule.name, where) in used))
    return tuple(trials)


def explain_message(engine, raw: bytes, *, file: str = "", mailbox: str | None = None,
                    received: dt.datetime | None = None) -> Explanation:
    decision = engine.decide(raw, file=file, mailbox=mailbox, received=received)
    message = parse_message(raw, engine.settings.limits.max_message_bytes)
    institutional = {a.lower() for a in engine.settings.office.institutional_addresses}
    body = applicant_text(message.text, lambda address: address.lower() in institutional)
    return Explanation(decision, message.subject, rule_trials(engine.rules, message.subject, body, decision))


def format_explanation(explanation: Explanation) -> str:
    decision = explanation.decision
    lines = [f"== {decision.file}", f"Asunto: {explanation.subject or '(vacío)'}"]
    for where, title in (("subject", "asunto"), ("body", "cuerpo (cuenta sólo si el asunto no decide)")):
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
    """`mailbot rules explain FILE.eml`: 0 explained, 2 unreadable file."""
    from mailbot.core.decision import DecisionEngine

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        print(f"mailbot: {path}: {exc.strerror}", file=sys.stderr)
        return 2
    engine = DecisionEngine.from_settings(settings, rules)
    print(format_explanation(explain_message(engine, raw, file=Path(path).name)))
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


@dataclass
class ReplayReport:
    total: int = 0
    skipped: int = 0
    drift: int = 0
    changes: list[ReplayChange] = field(default_factory=list)
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


def replay_stored(db, engine, new_rules: RuleSet, *, since: dt.date | None = None, until: dt.date | None = None,
                  limit: int | None = None, progress: Callable[[int, int], None] | None = None) -> ReplayReport:
    """What `new_rules` would change on the stored mail of [since, until]; writes nothing."""
    from mailbot.store import filing
    from mailbot.store.db import read_session
    from mailbot.store.models import DecisionRecord, RawMessage, Registro

    candidate = engine.with_rules(new_rules)
    report = ReplayReport()
    with read_session(db) as session:  # a long read: no write lock held meanwhile
        messages = stored_messages(session, since, until, limit, engine.calendar.zone)
        for index, message in enumerate(messages, start=1):
            stored = session.exec(select(DecisionRecord).where(
                DecisionRecord.message_pk == message.id, DecisionRecord.merged == False)  # noqa: E712
                .order_by(DecisionRecord.id)).first()
            if stored is None:
                report.skipped += 1
                continue
            raw = session.get(RawMessage, message.raw_sha256).data
            received_text = (stored.data or {}).get("received")
            received = dt.datetime.fromisoformat(received_text) if received_text else message.received_at
            kwargs = dict(file=str(message.id), mailbox=(stored.data or {}).get("mailbox") or message.mailbox,
                          received=received, known_refugee=filing.known_refugee(session, message.sender))
            before, after = DecisionKey.of(stored), DecisionKey.of(candidate.decide(raw, **kwargs))
            drift = False
            if after != before:
                current = DecisionKey.of(engine.decide(raw, **kwargs))
                if current != before:
                    report.drift += 1
                    drift = True
                if current == after:
                    after = before  # the rules in force decide the same: not the edit's doing
                else:
                    before = current if drift else before
            report.total += 1
            report.procedures_before[before.procedure or "(ninguno)"] += 1
            report.procedures_after[after.procedure or "(ninguno)"] += 1
            report.outcomes_before[before.outcome] += 1
            report.outcomes_after[after.outcome] += 1
            if after != before:
                number = session.get(Registro, message.registro_id).number if message.registro_id else None
                report.changes.append(ReplayChange(message.id, number, message.received_at, message.subject,
                                                   before, after, drift))
            if progress:
                progress(index, len(messages))
    return report


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
    """`mailbot rules replay`: the edited `rules` against the stored mail. 0 done, 2 bad arguments."""
    from mailbot.core.decision import DecisionEngine
    from mailbot.store import open_store

    try:
        first, last = _day(since, "since"), _day(until, "until")
    except ValueError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return 2
    engine = DecisionEngine.from_settings(settings)
    db = open_store(settings.database_url, create=False)  # only reads the stored mail
    try:
        report = replay_stored(db, engine, rules, since=first, until=last, limit=limit, progress=progress_bar())
    finally:
        db.dispose()
    print(format_report(report))
    return 0
