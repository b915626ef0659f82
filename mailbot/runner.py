"""The intake pipeline: source -> raw bytes stored -> decide -> file -> mark handled.

`IntakeRunner.poll` works in batches of `batch_size` messages (fewer when the source
has no more, so that a single new message is not kept waiting):

1. One transaction stores every message's raw bytes, content-addressed, with a
   receipt for its source key, before anything else. A message already filed (the
   same bytes seen in a second mailbox, or offered again after a crash) stops here.
2. The decision core decides each message, no transaction held while it works.
3. One transaction files the batch, each message inside its own SAVEPOINT: message,
   decision (rule hits, field sources), registro with the next gapless number,
   expediente, deadline, the reply in the outbox, audit. A message whose filing
   raises is rolled back to its savepoint alone; the others commit.
4. Only after that commit is the source told, once for the batch
   (`mark_handled_many`): IMAP state changes only after the database commit.

A follow-up in a thread joins its registro (see `_file_followup`); it is filed on its
own, after the batch it arrived in. Whatever raises in 2-3 quarantines that message
(stored bytes, error, traceback) and the others flow; `retry()` files it again from
the stored bytes. If the batch transaction itself fails, every message of the batch
is processed again one by one (`process`), each in its own transactions.

A crash anywhere leaves nothing half done: a message is filed (its receipt says so)
or it is not; one filed but not yet marked handled is offered again, and the store
says it already has it (`already_seen`), so the source marks it handled without even
fetching it (see `ImapSource.fetch_new`, `MaildirSource.fetch_new`).
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import traceback
from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from mailbot.core.calendar import BusinessCalendar
from mailbot.mailutil import REGISTRO_RE, Envelope, content_key, envelope, merge_messages, sha256_hex
from mailbot.replypdf import cargo_attachment
from mailbot.settings import Settings
from mailbot.sources.base import IncomingMessage, MailSource, SourceKey
from mailbot.store.db import session_scope
from mailbot.store import filing
from mailbot.store.models import (
    MailboxState, Message, OutboxMessage, Quarantine, RawMessage, Registro, SourceReceipt, utcnow,
)

log = logging.getLogger(__name__)
DONE_STATES = ("filed", "duplicate", "quarantined")


@dataclass(frozen=True)
class ProcessResult:
    """What became of one message. state: filed, followup, ignored, duplicate, already, quarantined."""

    state: str
    registro: str | None = None
    outcome: str | None = None
    quarantine_id: int | None = None


@dataclass(frozen=True)
class PollReport:
    mailbox: str
    results: tuple[ProcessResult, ...]

    def count(self, state: str) -> int:
        return sum(1 for result in self.results if result.state == state)


@dataclass(eq=False)
class _Item:
    """One message on its way through a batch (see `IntakeRunner._file_batch`)."""

    incoming: IncomingMessage
    sha: str
    ckey: str
    result: ProcessResult | None = None
    env: Envelope | None = None
    refugee: bool = False
    decision: Any = None
    error: tuple[str, str] | None = None   # (last line, traceback): quarantined after the commit
    alone: bool = False                    # processed on its own after the commit (follow-up)


class IntakeRunner:
    """Wires a decision engine and the store. Example::

        runner = IntakeRunner(settings, db_engine, DecisionEngine.from_settings(settings))
        runner.poll(source)
    """

    def __init__(self, settings: Settings, db: Engine, engine: Any, batch_size: int = 100) -> None:
        self.settings = settings
        self.db = db
        self.engine = engine
        self.batch_size = max(1, batch_size)
        self.calendar = BusinessCalendar(settings.calendar)

    # -- the loop --------------------------------------------------------------------

    def poll(self, source: MailSource, stop: threading.Event | None = None,
             on_filed: Callable[[ProcessResult], None] | None = None,
             on_batch: Callable[[tuple[ProcessResult, ...]], None] | None = None) -> PollReport:
        """Process what the source offers, oldest first, `batch_size` at a time.

        `stop` is checked between messages: the batch in hand is committed and marked
        handled, the messages not yet in a batch are left for the next poll.
        `on_filed` is called for every result, `on_batch` once per committed batch.
        """
        results: list[ProcessResult] = []
        error = ""
        batch: list[IncomingMessage] = []

        def flush() -> None:
            done = self._handle_batch(source, batch)
            batch.clear()
            results.extend(done)
            if on_filed is not None:
                for result in done:
                    on_filed(result)
            if on_batch is not None and done:
                on_batch(done)

        try:
            for incoming in source.fetch_new(self.already_seen):
                batch.append(incoming)
                stopping = stop is not None and stop.is_set()
                if len(batch) >= self.batch_size or stopping:
                    flush()
                if stopping:
                    break
            if batch:
                flush()
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            self._record_poll(source.mailbox, len(results), error)
        return PollReport(source.mailbox, tuple(results))

    def already_seen(self, key: SourceKey) -> bool:
        """True when the store is done with `key` (filed, duplicate or quarantined): the
        source then marks it handled itself, without fetching it again."""
        with Session(self.db) as session:
            receipt = self._receipt(session, key)
            return receipt is not None and receipt.state in DONE_STATES

    # -- one batch -------------------------------------------------------------------

    def _handle_batch(self, source: MailSource, batch: list[IncomingMessage]) -> tuple[ProcessResult, ...]:
        """Steps 1-4 for a batch; returns one result per message, in order."""
        if not batch:
            return ()
        try:
            results = self._file_batch(batch)
        except Exception:  # noqa: BLE001 - the batch transaction failed: one by one
            log.warning("mailbox %s: batch of %d failed (%s); processing one by one",
                        source.mailbox, len(batch), self._error_text()[0])
            results = [self.process(incoming) for incoming in batch]
        keys = [incoming.key for incoming in batch]
        try:
            source.mark_handled_many(keys)
        except Exception as exc:  # noqa: BLE001 - offered again later: already_seen, then moved
            log.warning("mailbox %s: marking %d message(s) handled failed: %s",
                        source.mailbox, len(keys), type(exc).__name__)
        return tuple(results)

    def _file_batch(self, batch: list[IncomingMessage]) -> list[ProcessResult]:
        items = [_Item(incoming, sha256_hex(incoming.raw), content_key(incoming.raw)) for incoming in batch]
        # 1. raw bytes and receipts, one transaction.
        with session_scope(self.db) as session:
            for item in items:
                item.result = self._store_raw_in(session, item.incoming, item.sha, item.ckey)
        # 2. decide, no transaction held.
        for item in (item for item in items if item.result is None):
            try:
                self._decide_item(item)
            except Exception:  # noqa: BLE001 - quarantined below
                item.error = self._error_text()
        # 3. file, one transaction, one savepoint per message.
        with session_scope(self.db) as session:
            for item in items:
                if item.result is not None or item.error is not None or item.alone:
                    continue
                try:
                    with session.begin_nested():
                        item.result = self._file_item(session, item)
                except IntegrityError:  # filed meanwhile by another process: see `process`
                    item.alone = True
                except Exception:  # noqa: BLE001 - this message alone is rolled back
                    item.error = self._error_text()
        # After the commit: quarantines and follow-ups, each in its own transactions.
        for item in items:
            if item.error is not None:
                key, incoming = item.incoming.key, item.incoming
                item.result = self._quarantine(key, item.sha, incoming.internaldate, *item.error)
            elif item.alone:
                item.result = self.process(item.incoming)
        return [item.result for item in items]  # type: ignore[misc] - every item has one now

    def _decide_item(self, item: "_Item") -> None:
        incoming = item.incoming
        item.env = env = envelope(incoming.raw)
        with Session(self.db) as session:
            item.refugee = filing.known_refugee(session, env.sender)
            thread = self._thread_registro(session, env)
        if thread is not None:
            item.alone = True  # a follow-up: merged with its registro on its own
            return
        item.decision = self.engine.decide(incoming.raw, file=incoming.key.uid, mailbox=incoming.key.mailbox,
                                           received=incoming.internaldate, known_refugee=item.refugee)

    def _file_item(self, session: Session, item: "_Item") -> ProcessResult | None:
        """File one decided message inside the batch transaction. What an earlier
        message of the same batch changed is looked at again here: the same bytes
        (a duplicate), a registro this one answers or the sender's refugee status
        (then the message is processed on its own after the commit)."""
        assert item.env is not None
        existing = session.exec(select(Message).where(Message.content_key == item.ckey)).first()
        if existing is not None:
            return self._mark_duplicate(session, item.incoming.key, existing)
        if filing.known_refugee(session, item.env.sender) != item.refugee or (
                item.decision.outcome != "ignorado" and self._thread_registro(session, item.env) is not None):
            item.alone = True
            return None
        return self._file_new(session, item.decision, item.sha, item.ckey, item.incoming.key,
                              item.env, item.incoming.raw, item.incoming.internaldate)

    def process(self, incoming: IncomingMessage) -> ProcessResult:
        sha = sha256_hex(incoming.raw)
        ckey = content_key(incoming.raw)
        try:
            early = self._store_raw(incoming, sha, ckey)
        except IntegrityError:  # the same bytes stored by another process at this moment
            early = self._store_raw(incoming, sha, ckey)
        if early is not None:
            return early
        try:
            return self._decide_and_file(incoming.raw, sha, ckey, incoming.key, incoming.internaldate)
        except IntegrityError:
            # Another process filed the same message between our check and our commit.
            duplicate = self._store_raw(incoming, sha, ckey)
            if duplicate is not None:
                return duplicate
            return self._quarantine(incoming.key, sha, incoming.internaldate, *self._error_text())
        except Exception:  # noqa: BLE001 - any failure quarantines; the loop goes on
            return self._quarantine(incoming.key, sha, incoming.internaldate, *self._error_text())

    def retry(self, quarantine_id: int) -> ProcessResult:
        """File a quarantined message again from its stored bytes."""
        with Session(self.db) as session:
            item = session.get(Quarantine, quarantine_id)
            if item is None or item.status != "open":
                raise LookupError(f"no open quarantine entry {quarantine_id}")
            raw = session.get(RawMessage, item.raw_sha256).data
            key = SourceKey(item.mailbox, item.folder, item.uidvalidity, item.uid)
            internaldate = item.internaldate
        ckey = content_key(raw)
        try:
            result = self._decide_and_file(raw, item.raw_sha256, ckey, key, internaldate)
        except Exception:  # noqa: BLE001
            return self._quarantine(key, item.raw_sha256, internaldate, *self._error_text())
        with session_scope(self.db) as session:
            item = session.get(Quarantine, quarantine_id)
            item.status, item.resolved_at = "resolved", utcnow()
            session.add(item)
            filing.audit(session, "quarantine", quarantine_id, "resolved", registro=result.registro)
        return result

    # -- step 1: raw bytes first -------------------------------------------------------

    def _receipt(self, session: Session, key: SourceKey) -> SourceReceipt | None:
        return session.exec(select(SourceReceipt).where(
            SourceReceipt.mailbox == key.mailbox, SourceReceipt.folder == key.folder,
            SourceReceipt.uidvalidity == key.uidvalidity, SourceReceipt.uid == key.uid,
        )).first()

    def _store_raw(self, incoming: IncomingMessage, sha: str, ckey: str) -> ProcessResult | None:
        """Store bytes and receipt; a result when nothing more is to be done."""
        with session_scope(self.db) as session:
            return self._store_raw_in(session, incoming, sha, ckey)

    def _store_raw_in(self, session: Session, incoming: IncomingMessage, sha: str, ckey: str) -> ProcessResult | None:
        if session.get(RawMessage, sha) is None:
            session.add(RawMessage(sha256=sha, size=len(incoming.raw), data=incoming.raw))
            session.flush()
        receipt = self._receipt(session, incoming.key)
        if receipt is None:
            receipt = SourceReceipt(
                mailbox=incoming.key.mailbox, folder=incoming.key.folder,
                uidvalidity=incoming.key.uidvalidity, uid=incoming.key.uid,
                raw_sha256=sha, internaldate=incoming.internaldate,
            )
            session.add(receipt)
            session.flush()
            filing.audit(session, "receipt", receipt.id, "stored", mailbox=incoming.key.mailbox, sha256=sha)
        elif receipt.state in DONE_STATES:
            return ProcessResult("already")
        existing = session.exec(select(Message).where(Message.content_key == ckey)).first()
        if existing is None:
            return None
        return self._mark_duplicate(session, incoming.key, existing, receipt)

    def _mark_duplicate(self, session: Session, key: SourceKey, existing: Message,
                        receipt: SourceReceipt | None = None) -> ProcessResult:
        receipt = receipt or self._receipt(session, key)
        if receipt is not None:
            receipt.state, receipt.message_pk = "duplicate", existing.id
            session.add(receipt)
            filing.audit(session, "receipt", receipt.id, "duplicate_of", message=existing.id)
        number = session.get(Registro, existing.registro_id).number if existing.registro_id else None
        return ProcessResult("duplicate", registro=number)

    # -- steps 2 and 3 -----------------------------------------------------------------

    def _decide_and_file(self, raw: bytes, sha: str, ckey: str, key: SourceKey,
                         internaldate: dt.datetime | None) -> ProcessResult:
        env = envelope(raw)
        with Session(self.db) as session:
            refugee = filing.known_refugee(session, env.sender)
            thread = self._thread_registro(session, env)
        decision = self.engine.decide(raw, file=key.uid, mailbox=key.mailbox,
                                      received=internaldate, known_refugee=refugee)
        if thread is not None and decision.outcome != "ignorado":
            received = decision.received or internaldate or utcnow()
            return self._file_followup(raw, sha, ckey, key, env, received, thread, refugee)
        with session_scope(self.db) as session:
            return self._file_new(session, decision, sha, ckey, key, env, raw, internaldate)

    def _file_new(self, session: Session, decision: Any, sha: str, ckey: str, key: SourceKey,
                  env: Envelope, raw: bytes, internaldate: dt.datetime | None) -> ProcessResult:
        """File a decided message that is not a follow-up, in the caller's transaction."""
        received = decision.received or internaldate or utcnow()
        message = self._add_message(session, sha, ckey, decision.mailbox or key.mailbox, env, received,
                                    role="ignored" if decision.outcome == "ignorado" else "filing")
        if decision.outcome == "ignorado":
            filing.record_decision(session, decision, message_pk=message.id, registro_id=None)
            self._close_receipt(session, key, message)
            return ProcessResult("ignored", outcome="ignorado")
        registro = self._new_registro(session, decision, message, env, received)
        self._close_receipt(session, key, message)
        return ProcessResult("filed", registro=registro.number, outcome=decision.outcome)

    def _add_message(self, session: Session, sha: str, ckey: str, mailbox: str, env: Envelope,
                     received: dt.datetime, role: str) -> Message:
        message = Message(
            content_key=ckey, raw_sha256=sha, message_id=env.message_id, mailbox=mailbox,
            sender=env.sender, subject=env.subject[:2000], in_reply_to=env.in_reply_to,
            received_at=received, role=role,
        )
        session.add(message)
        session.flush()
        filing.audit(session, "message", message.id, "filed", role=role, mailbox=mailbox)
        return message

    def _close_receipt(self, session: Session, key: SourceKey, message: Message) -> None:
        receipt = self._receipt(session, key)
        if receipt is not None:
            receipt.state, receipt.message_pk = "filed", message.id
            session.add(receipt)

    def _new_registro(self, session: Session, decision: Any, message: Message, env: Envelope,
                      received: dt.datetime) -> Registro:
        year = self.calendar.to_local(received).year
        number = filing.registro_number(year, filing.next_number(session, "REG", year))
        values = {name: fv.value for name, fv in decision.fields.items()}
        numbers = list(decision.expediente_refs)
        expediente, how = filing.file_in_expediente(session, year=year, fields=values, numbers=numbers, sender=env.sender)
        registro = Registro(
            number=number, year=year, sequence=int(number[-6:]), expediente_id=expediente.id,
            first_message_pk=message.id, mailbox=message.mailbox, sender=env.sender,
            procedure=decision.procedure, outcome=decision.outcome,
            status=filing.STATUS_BY_OUTCOME.get(decision.outcome, "open"), flags=list(decision.flags),
            received_at=received, filing_date=decision.filing_date, due_date=decision.due_date,
        )
        session.add(registro)
        session.flush()
        filing.audit(session, "registro", number, "created", outcome=decision.outcome,
                     procedure=decision.procedure, expediente=expediente.number, found_by=how)
        message.registro_id = registro.id
        session.add(message)
        record = filing.record_decision(session, decision, message_pk=message.id, registro_id=registro.id)
        registro.current_decision_pk = record.id
        filing.deadline_for(registro, decision, session)
        self._queue_reply(session, decision, registro, env, message)
        return registro

    def _queue_reply(self, session: Session, decision: Any, registro: Registro, env: Envelope,
                     message: Message) -> None:
        reply = self.engine.render_reply(decision, registro.number)
        if reply is None:
            return
        if "@" not in env.reply_to:
            filing.audit(session, "registro", registro.number, "reply_skipped", reason="no sender address")
            return
        references = " ".join([*env.references, env.message_id]).strip()
        key = f"{message.content_key[:40]}.r"
        if session.exec(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)).first():
            return  # queued before (a message filed again): the PDF need not be drawn
        # The cargo is proof of filing: its PDF copy travels with the mail (drawn here, a few ms,
        # since the registration number it shows is only known in this transaction).
        attachments = ([cargo_attachment(registro.number, reply.subject, reply.body, registro.received_at)]
                       if reply.template == "cargo" else [])
        filing.enqueue(
            session, key=key, kind="reply", registro=registro,
            to_address=env.reply_to, from_address=self.settings.smtp.from_address,
            subject=reply.subject, body=reply.body, in_reply_to=env.message_id, references=references,
            attachments=attachments,
        )

    # -- follow-ups --------------------------------------------------------------------

    def _thread_registro(self, session: Session, env: Envelope) -> Registro | None:
        """The registro a message answers: by In-Reply-To/References, or REG number in the subject."""
        for message_id in reversed(env.thread_ids):
            local = message_id.strip("<>").partition("@")[0]
            row = session.exec(select(OutboxMessage).where(OutboxMessage.idempotency_key == local)).first()
            if row is not None and row.registro_id:
                return session.get(Registro, row.registro_id)
            earlier = session.exec(select(Message).where(
                Message.message_id == message_id, Message.registro_id != None)).first()  # noqa: E711
            if earlier is not None:
                return session.get(Registro, earlier.registro_id)
        for year, sequence in REGISTRO_RE.findall(env.subject):
            registro = session.exec(select(Registro).where(
                Registro.number == filing.registro_number(int(year), int(sequence)))).first()
            if registro is not None and registro.sender == env.sender:
                return registro
        return None

    def _file_followup(self, raw: bytes, sha: str, ckey: str, key: SourceKey, env: Envelope,
                       received: dt.datetime, registro: Registro, refugee: bool) -> ProcessResult:
        """Merge the follow-up into its registro and decide again.

        A `subsanar` completed by its due date keeps the original filing day (TUO Ley
        27444 art. 136): the merged message is decided with the original receipt time.
        A registro already closed as not presented (or past its subsanar date) gets a
        new registro for the merged filing, filed on the day the follow-up arrived.
        """
        with Session(self.db) as session:
            earlier = session.exec(select(Message).where(Message.registro_id == registro.id).order_by(Message.id)).all()
            raws = [session.get(RawMessage, message.raw_sha256).data for message in earlier]
        late = registro.status == "no_presentado" or (
            registro.status == "subsanar" and registro.due_date is not None
            and self.calendar.filing_date(received) > registro.due_date)
        merged = merge_messages(raws[0], [*raws[1:], raw])
        decision = self.engine.decide(merged, file=key.uid, mailbox=registro.mailbox,
                                      received=received if late else registro.received_at, known_refugee=refugee)
        with session_scope(self.db) as session:
            registro = session.get(Registro, registro.id)
            if late:
                if registro.status == "subsanar":
                    self._close_not_presented(session, registro)
                message = self._add_message(session, sha, ckey, registro.mailbox, env, received, role="filing")
                new = self._new_registro(session, decision, message, env, received)
                filing.audit(session, "registro", new.number, "continues", previous=registro.number)
                self._close_receipt(session, key, message)
                return ProcessResult("filed", registro=new.number, outcome=decision.outcome)
            message = self._add_message(session, sha, ckey, registro.mailbox, env, received, role="followup")
            message.registro_id = registro.id
            record = filing.record_decision(session, decision, message_pk=message.id,
                                            registro_id=registro.id, merged=True)
            before = registro.outcome
            registro.current_decision_pk, registro.outcome = record.id, decision.outcome
            registro.procedure, registro.flags = decision.procedure, list(decision.flags)
            registro.status = filing.STATUS_BY_OUTCOME.get(decision.outcome, "open")
            registro.filing_date, registro.due_date = decision.filing_date, decision.due_date
            registro.updated_at = utcnow()
            session.add(registro)
            if before == "subsanar" and decision.outcome != "subsanar":
                filing.close_deadlines(session, registro, "met", ("subsanar",))
                filing.deadline_for(registro, decision, session)
            filing.audit(session, "registro", registro.number, "followup_merged", before=before, after=decision.outcome)
            self._queue_reply(session, decision, registro, env, message)
            self._close_receipt(session, key, message)
            return ProcessResult("followup", registro=registro.number, outcome=decision.outcome)

    def _close_not_presented(self, session: Session, registro: Registro) -> None:
        registro.status, registro.updated_at = "no_presentado", utcnow()
        session.add(registro)
        filing.close_deadlines(session, registro, "expired", ("subsanar",))
        filing.audit(session, "registro", registro.number, "no_presentado")

    # -- quarantine and bookkeeping -----------------------------------------------------

    @staticmethod
    def _error_text() -> tuple[str, str]:
        text = traceback.format_exc()
        last = text.strip().splitlines()[-1] if text.strip() else "error"
        return last[:2000], text[-20000:]

    def _quarantine(self, key: SourceKey, sha: str, internaldate: dt.datetime | None,
                    error: str, trace: str) -> ProcessResult:
        log.error("mailbox %s: message %s quarantined: %s", key.mailbox, sha[:12], error.split(":")[0])
        with session_scope(self.db) as session:
            item = session.exec(select(Quarantine).where(
                Quarantine.raw_sha256 == sha, Quarantine.status == "open")).first()
            if item is None:
                item = Quarantine(raw_sha256=sha, mailbox=key.mailbox, folder=key.folder,
                                  uidvalidity=key.uidvalidity, uid=key.uid, internaldate=internaldate,
                                  error=error, traceback=trace)
            else:
                item.attempts, item.error, item.traceback = item.attempts + 1, error, trace
            session.add(item)
            session.flush()
            receipt = self._receipt(session, key)
            if receipt is not None:
                receipt.state = "quarantined"
                session.add(receipt)
            filing.audit(session, "quarantine", item.id, "quarantined", mailbox=key.mailbox, error=error[:200])
            return ProcessResult("quarantined", quarantine_id=item.id)

    def _record_poll(self, mailbox: str, count: int, error: str) -> None:
        try:
            with session_scope(self.db) as session:
                state = session.get(MailboxState, mailbox) or MailboxState(mailbox=mailbox)
                state.last_poll_at, state.last_count, state.last_error = utcnow(), count, error[:2000]
                if not error:
                    state.last_success_at = state.last_poll_at
                session.add(state)
        except Exception:  # noqa: BLE001 - bookkeeping must not hide the real error
            log.exception("could not record the poll of %s", mailbox)
