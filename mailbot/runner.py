"""The intake pipeline: source -> raw bytes stored -> decide -> file -> mark handled.

`IntakeRunner.poll` works in batches of `batch_size` messages (fewer when the source
has no more, so that a single new message is not kept waiting):

1. One transaction stores every message's raw bytes, content-addressed, with a
   receipt for its source key, before anything else. A message already filed (the
   same bytes seen in a second mailbox, or offered again after a crash) stops here.
2. The decision core decides each message, no transaction held while it works, in
   the decide process (`mailbot.decider`, on the other core), within the budget per
   message: a message not decided in time is quarantined ("tiempo de decisión
   excedido") and the others flow. Its look-ups (the sender's refugee status, follow-ups) are one
   read-only transaction for the batch.
3. The decided messages are filed `FILE_CHUNK` at a time, as their decisions come
   (the first chunk is filed while the decide process works on the next), one
   transaction per chunk, each message inside its own SAVEPOINT: message, decision
   (rule hits, field sources), registro with the next gapless number, expediente,
   deadline, the reply in the outbox, audit. A message whose filing raises is rolled
   back to its savepoint alone; the others commit. The rows are written with Core
   statements, those nobody reads back in the transaction with one multi-row insert
   per table at its end (`filing.buffered`). Short transactions let the sender (and
   the staff pages) write in between.
4. Only after the last commit is the source told, once for the batch
   (`mark_handled_many`): IMAP state changes only after the database commit.

A follow-up in a thread joins its registro (see `_file_followup`); it is filed on its
own, after the batch it arrived in. Whatever raises in 2-3 quarantines that message
(stored bytes, error, traceback) and the others flow; `retry()` files it again from
the stored bytes. If a filing transaction itself fails, its messages are processed
again one by one (`process`), each in its own transactions; if step 1 fails, the
whole batch is.

A crash anywhere leaves nothing half done: a message is filed (its receipt says so)
or it is not; one filed but not yet marked handled is offered again, and the store
says it already has it (`already_seen`, asked once for a whole search result), so
the source marks it handled without even fetching it (see `ImapSource.fetch_new`,
`MaildirSource.fetch_new`).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import sys
import threading
import traceback
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from sqlalchemy import and_, bindparam, insert, select as core_select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from mailbot.core.calendar import BusinessCalendar
from mailbot.decider import DecideFailure, ProcessDecider
from mailbot.mailutil import REGISTRO_RE, Envelope, content_key, envelope, merge_messages, sha256_hex
from mailbot.replypdf import cargo_attachment
from mailbot.settings import Settings
from mailbot.sources.base import IncomingMessage, MailSource, SourceKey
from mailbot.store.db import read_session, session_scope
from mailbot.store import filing
from mailbot.store.models import (
    MailboxState, Message, OutboxMessage, Quarantine, RawMessage, Registro, SourceReceipt, utcnow,
)

log = logging.getLogger(__name__)
DONE_STATES = ("filed", "duplicate", "quarantined")


class UndecidedError(Exception):
    """The decide process gave no decision for a message (budget ran out, crash)."""


def describe_error(exc: BaseException, limit: int = 300) -> str:
    """An error as an operator can act on it: its message (a SourceError names the
    mailbox, the step and the server's answer), not only its type; one line, bounded.
    A database error keeps only the driver's message (its statement's parameters may
    hold personal data)."""
    from sqlalchemy.exc import StatementError

    from mailbot.sources.base import SourceError

    text = " ".join(str(exc.orig if isinstance(exc, StatementError) else exc).split())
    if not text:
        return type(exc).__name__
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    return text if isinstance(exc, SourceError) else f"{type(exc).__name__}: {text}"


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
    receipt_id: int | None = None


@dataclass(frozen=True)
class _Statements:
    """The updates of every filing, built once (see `filing.run`)."""

    receipt_filed: Any
    message_registro: Any
    registro_decision: Any


@functools.cache
def _statements() -> _Statements:
    receipts, messages, registros = SourceReceipt.__table__, Message.__table__, Registro.__table__
    return _Statements(
        receipt_filed=update(receipts).where(receipts.c.id == bindparam("receipt")).values(
            state="filed", message_pk=bindparam("message")),
        message_registro=update(messages).where(messages.c.id == bindparam("message")).values(
            registro_id=bindparam("registro")),
        registro_decision=update(registros).where(registros.c.id == bindparam("registro")).values(
            current_decision_pk=bindparam("decision")),
    )


def _is_key(key: SourceKey) -> Any:
    """The receipt row of a source key."""
    c = SourceReceipt.__table__.c
    return and_(c.mailbox == key.mailbox, c.folder == key.folder, c.uidvalidity == key.uidvalidity, c.uid == key.uid)


class _AlreadySeen:
    """What `poll` gives `fetch_new`: `already_seen(key)`, and `many(keys)` for a whole
    search result at once (see `mailbot.sources.base.seen_keys`)."""

    def __init__(self, one: Callable[[SourceKey], bool], many: Callable[[list[SourceKey]], set[SourceKey]]) -> None:
        self.one, self.many = one, many

    def __call__(self, key: SourceKey) -> bool:
        return self.one(key)


class IntakeRunner:
    """Wires a decision engine and the store. Example::

        runner = IntakeRunner(settings, db_engine, DecisionEngine.from_settings(settings))
        runner.poll(source)
    """

    # messages filed per transaction: a short write lock, so the sender (and the staff
    # pages) write in between, and the first are filed while the next are decided
    FILE_CHUNK = 10

    def __init__(self, settings: Settings, db: Engine, engine: Any, batch_size: int = 100,
                 decider: Any = None) -> None:
        self.settings = settings
        self.db = db
        self.engine = engine
        # every message is decided in another process, within the budget per message
        # (`mailbot.decider`); only a test's engine double (not a DecisionEngine) is
        # decided here
        if decider is None and type(engine).__name__ == "DecisionEngine":
            decider = ProcessDecider(settings)
        self.decider = decider
        self.batch_size = max(1, batch_size)
        self.calendar = BusinessCalendar(settings.calendar)

    def close(self) -> None:
        if self.decider is not None:
            self.decider.close()

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
            for incoming in source.fetch_new(_AlreadySeen(self.already_seen, self.already_seen_many)):
                batch.append(incoming)
                stopping = stop is not None and stop.is_set()
                if len(batch) >= self.batch_size or stopping:
                    flush()
                if stopping:
                    break
            if batch:
                flush()
        except Exception as exc:
            error = describe_error(exc)
            raise
        finally:
            self._record_poll(source.mailbox, len(results), error)
        return PollReport(source.mailbox, tuple(results))

    def already_seen(self, key: SourceKey) -> bool:
        """True when the store is done with `key` (filed, duplicate or quarantined): the
        source then marks it handled itself, without fetching it again. A read-only
        transaction: it takes no write lock."""
        return key in self.already_seen_many([key])

    def already_seen_many(self, keys: list[SourceKey]) -> set[SourceKey]:
        """`already_seen` for many keys, in one read-only transaction."""
        if not keys:
            return set()
        with read_session(self.db) as session:
            found = self._receipts(session, keys)
        return {key for key, (_, state) in found.items() if state in DONE_STATES}

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
        with session_scope(self.db) as session, filing.buffered(session):
            self._store_raw_items(session, items)
        # 2. decide, no transaction held (the look-ups in one read-only transaction), and
        # 3. file, a chunk of messages at a time as their decisions come.
        todo = self._look_up([item for item in items if item.result is None])
        filed: dict[str, tuple[int, int | None]] = {}  # content key -> message, registro
        with contextlib.closing(self._decided(todo)) as chunks:
            for chunk in chunks:
                self._file_chunk(chunk, filed)
        # After the commits: quarantines and follow-ups, each in its own transactions.
        for item in items:
            if item.error is not None:
                key, incoming = item.incoming.key, item.incoming
                item.result = self._quarantine(key, item.sha, incoming.internaldate, *item.error)
            elif item.alone:
                item.result = self.process(item.incoming)
        return [item.result for item in items]  # type: ignore[misc] - every item has one now

    def _look_up(self, items: list["_Item"]) -> list["_Item"]:
        """Envelopes, and in one read-only transaction the senders' refugee status and
        the follow-ups (processed on their own); the items left to decide."""
        for item in items:
            try:
                item.env = envelope(item.incoming.raw)
            except Exception:  # noqa: BLE001 - quarantined after the commit
                item.error = self._error_text()
        with read_session(self.db) as session:
            refugees = filing.known_refugees(session, [item.env.sender for item in items if item.env is not None])
            for item in items:
                if item.error is not None:
                    continue
                item.refugee = item.env.sender in refugees
                try:
                    # a follow-up: merged with its registro on its own
                    item.alone = self._thread_registro(session, item.env) is not None
                except Exception:  # noqa: BLE001
                    item.error = self._error_text()
        return [item for item in items if item.error is None and not item.alone]

    def _decided(self, items: list["_Item"]) -> Iterator[list["_Item"]]:
        """`items`, `FILE_CHUNK` at a time, each with its decision (or error) set, as the
        decide process answers (the first chunk is filed while it decides the next).
        A message it could not decide within the budget has its error set: quarantined."""
        jobs = [(item.incoming.raw, {"file": item.incoming.key.uid, "mailbox": item.incoming.key.mailbox,
                                     "received": item.incoming.internaldate, "known_refugee": item.refugee})
                for item in items]
        if self.decider is None:  # a test's engine double: decided here
            for start in range(0, len(items), self.FILE_CHUNK):
                chunk = items[start:start + self.FILE_CHUNK]
                for item, (raw, kwargs) in zip(chunk, jobs[start:start + self.FILE_CHUNK]):
                    try:
                        item.decision = self.engine.decide(raw, **kwargs)
                    except Exception:  # noqa: BLE001 - quarantined after the commit
                        item.error = self._error_text()
                yield chunk
            return
        done = 0
        with contextlib.closing(self.decider.decide_chunks(jobs, self.FILE_CHUNK)) as answers:
            for results in answers:
                chunk = items[done:done + len(results)]
                for item, result in zip(chunk, results):
                    if isinstance(result, DecideFailure):
                        item.error = (result.error, result.traceback or result.error)
                    else:
                        item.decision = result
                done += len(chunk)
                yield chunk

    def _decide(self, raw: bytes, **kwargs: Any) -> Any:
        """One message's decision, from the decide process (within the budget);
        `UndecidedError` when it could not be decided (the caller quarantines)."""
        if self.decider is None:  # a test's engine double
            return self.engine.decide(raw, **kwargs)
        result = self.decider.decide_one(raw, **kwargs)
        if isinstance(result, DecideFailure):
            raise UndecidedError(result.error)
        return result

    def _file_chunk(self, chunk: list["_Item"], filed: dict[str, tuple[int, int | None]]) -> None:
        """Step 3 for a chunk: one transaction, one savepoint per message. The rows
        written at its end (`filing.buffered`) are those of the messages whose savepoint
        was kept. If the transaction itself fails, its messages are processed one by one."""
        known = dict(filed)
        try:
            with session_scope(self.db) as session, filing.buffered(session) as rows:
                for item in chunk:
                    if item.error is not None:
                        continue
                    mark = rows.mark()
                    try:
                        with session.begin_nested():
                            item.result = self._file_item(session, item, filed)
                    except IntegrityError:  # filed meanwhile by another process: see `process`
                        rows.rollback_to(mark)
                        item.alone = True
                    except Exception:  # noqa: BLE001 - this message alone is rolled back
                        rows.rollback_to(mark)
                        item.error = self._error_text()
        except Exception:  # noqa: BLE001 - nothing of the chunk was kept
            log.warning("a filing transaction of %d failed (%s); processing them one by one",
                        len(chunk), self._error_text()[0])
            filed.clear()
            filed.update(known)
            for item in chunk:
                item.result, item.error, item.alone = None, None, True

    def _file_item(self, session: Session, item: "_Item",
                   filed: dict[str, tuple[int, int | None]]) -> ProcessResult | None:
        """File one decided message inside the batch transaction. What an earlier
        message of the same batch changed is looked at again here: the same bytes
        (a duplicate), a registro this one answers or the sender's refugee status
        (then the message is processed on its own after the commit). The same bytes
        filed meanwhile by another process fail the savepoint (unique content key)."""
        assert item.env is not None
        if item.ckey in filed:
            return self._mark_duplicate(session, item.incoming.key, *filed[item.ckey], receipt_id=item.receipt_id)
        if filing.known_refugee(session, item.env.sender) != item.refugee or (
                item.decision.outcome != "ignorado" and self._thread_registro(session, item.env) is not None):
            item.alone = True
            return None
        result, message_pk, registro_id = self._file_new(
            session, item.decision, item.sha, item.ckey, item.incoming.key, item.env, item.incoming.raw,
            item.incoming.internaldate, receipt_id=item.receipt_id)
        filed[item.ckey] = (message_pk, registro_id)
        return result

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
        with read_session(self.db) as session:
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

    def _store_raw(self, incoming: IncomingMessage, sha: str, ckey: str) -> ProcessResult | None:
        """Store bytes and receipt; a result when nothing more is to be done."""
        with session_scope(self.db) as session:
            return self._store_raw_in(session, incoming, sha, ckey)

    def _store_raw_in(self, session: Session, incoming: IncomingMessage, sha: str, ckey: str) -> ProcessResult | None:
        item = _Item(incoming, sha, ckey)
        self._store_raw_items(session, [item])
        return item.result

    def _store_raw_items(self, session: Session, items: list["_Item"]) -> None:
        """Step 1 for `items`, in the caller's transaction, a few statements for all:
        the bytes not stored yet, a receipt for each key without one; `item.result` is
        set when nothing more is to be done (the store is done with the key, or the
        same message is filed already: a duplicate)."""
        if not items:
            return
        raw_table, receipt_table, message_table = (
            RawMessage.__table__, SourceReceipt.__table__, Message.__table__)
        stored = set(session.execute(core_select(raw_table.c.sha256).where(
            raw_table.c.sha256.in_(sorted({item.sha for item in items})))).scalars())
        new_raw: dict[str, dict] = {}
        for item in items:
            if item.sha not in stored and item.sha not in new_raw:
                new_raw[item.sha] = filing.row_values(RawMessage, sha256=item.sha, size=len(item.incoming.raw),
                                                      data=item.incoming.raw)
        if new_raw:
            session.execute(insert(raw_table), list(new_raw.values()))
        receipts = self._receipts(session, [item.incoming.key for item in items])
        new = [item for item in items if item.incoming.key not in receipts]
        if new:
            statement = insert(receipt_table).returning(receipt_table.c.id, sort_by_parameter_order=True)
            ids = session.execute(statement, [filing.row_values(
                SourceReceipt, mailbox=item.incoming.key.mailbox, folder=item.incoming.key.folder,
                uidvalidity=item.incoming.key.uidvalidity, uid=item.incoming.key.uid,
                raw_sha256=item.sha, internaldate=item.incoming.internaldate) for item in new]).scalars().all()
            for item, receipt_id in zip(new, ids):
                item.receipt_id = receipt_id
                filing.audit(session, "receipt", receipt_id, "stored", mailbox=item.incoming.key.mailbox,
                             sha256=item.sha)
        for item in items:
            if item.incoming.key in receipts:
                item.receipt_id, state = receipts[item.incoming.key]
                if state in DONE_STATES:
                    item.result = ProcessResult("already")
        pending = [item for item in items if item.result is None]
        if not pending:
            return
        existing = {row.content_key: (row.id, row.registro_id) for row in session.execute(
            core_select(message_table.c.content_key, message_table.c.id, message_table.c.registro_id).where(
                message_table.c.content_key.in_(sorted({item.ckey for item in pending}))))}
        for item in pending:
            if item.ckey in existing:
                item.result = self._mark_duplicate(session, item.incoming.key, *existing[item.ckey],
                                                   receipt_id=item.receipt_id)

    def _receipts(self, session: Session, keys: list[SourceKey]) -> dict[SourceKey, tuple[int, str]]:
        """The receipts of `keys` that exist: key -> (id, state)."""
        c = SourceReceipt.__table__.c
        groups: dict[tuple[str, str, int], list[str]] = {}
        for key in keys:
            groups.setdefault((key.mailbox, key.folder, key.uidvalidity), []).append(key.uid)
        found: dict[SourceKey, tuple[int, str]] = {}
        for (mailbox, folder, uidvalidity), uids in groups.items():
            for row in session.execute(core_select(c.id, c.uid, c.state).where(
                    c.mailbox == mailbox, c.folder == folder, c.uidvalidity == uidvalidity,
                    c.uid.in_(sorted(set(uids))))):
                found[SourceKey(mailbox, folder, uidvalidity, row.uid)] = (row.id, row.state)
        return found

    def _mark_duplicate(self, session: Session, key: SourceKey, message_pk: int, registro_id: int | None,
                        receipt_id: int | None = None) -> ProcessResult:
        if receipt_id is None:
            receipt_id = self._receipts(session, [key]).get(key, (None, ""))[0]
        if receipt_id is not None:
            table = SourceReceipt.__table__
            session.execute(update(table).where(table.c.id == receipt_id).values(
                state="duplicate", message_pk=message_pk))
            filing.audit(session, "receipt", receipt_id, "duplicate_of", message=message_pk)
        number = None
        if registro_id:
            table = Registro.__table__
            number = session.execute(core_select(table.c.number).where(table.c.id == registro_id)).scalar()
        return ProcessResult("duplicate", registro=number)

    # -- steps 2 and 3 -----------------------------------------------------------------

    def _decide_and_file(self, raw: bytes, sha: str, ckey: str, key: SourceKey,
                         internaldate: dt.datetime | None) -> ProcessResult:
        env = envelope(raw)
        with read_session(self.db) as session:
            refugee = filing.known_refugee(session, env.sender)
            thread = self._thread_registro(session, env)
        decision = self._decide(raw, file=key.uid, mailbox=key.mailbox,
                                received=internaldate, known_refugee=refugee)
        if thread is not None and decision.outcome != "ignorado":
            received = decision.received or internaldate or utcnow()
            return self._file_followup(raw, sha, ckey, key, env, received, thread, refugee)
        with session_scope(self.db) as session, filing.buffered(session):
            return self._file_new(session, decision, sha, ckey, key, env, raw, internaldate)[0]

    def _file_new(self, session: Session, decision: Any, sha: str, ckey: str, key: SourceKey,
                  env: Envelope, raw: bytes, internaldate: dt.datetime | None,
                  receipt_id: int | None = None) -> tuple[ProcessResult, int, int | None]:
        """File a decided message that is not a follow-up, in the caller's transaction;
        the result, the message's id and its registro's."""
        received = decision.received or internaldate or utcnow()
        mailbox = decision.mailbox or key.mailbox
        message_pk = self._add_message(session, sha, ckey, mailbox, env, received,
                                       role="ignored" if decision.outcome == "ignorado" else "filing")
        if decision.outcome == "ignorado":
            filing.record_decision(session, decision, message_pk=message_pk, registro_id=None)
            self._close_receipt(session, key, message_pk, receipt_id)
            return ProcessResult("ignored", outcome="ignorado"), message_pk, None
        registro = self._new_registro(session, decision, message_pk, mailbox, ckey, env, received)
        self._close_receipt(session, key, message_pk, receipt_id)
        return ProcessResult("filed", registro=registro.number, outcome=decision.outcome), message_pk, registro.id

    def _add_message(self, session: Session, sha: str, ckey: str, mailbox: str, env: Envelope,
                     received: dt.datetime, role: str, registro_id: int | None = None) -> int:
        """Insert the message (one statement); its id."""
        message_pk = filing.insert_row(
            session, Message, content_key=ckey, raw_sha256=sha, message_id=env.message_id, mailbox=mailbox,
            sender=env.sender, subject=env.subject[:2000], in_reply_to=env.in_reply_to,
            received_at=received, role=role, registro_id=registro_id,
        )
        filing.audit(session, "message", message_pk, "filed", role=role, mailbox=mailbox)
        return message_pk

    def _close_receipt(self, session: Session, key: SourceKey, message_pk: int, receipt_id: int | None = None) -> None:
        if receipt_id is not None:
            filing.run(session, _statements().receipt_filed, {"receipt": receipt_id, "message": message_pk})
            return
        session.execute(update(SourceReceipt.__table__).where(_is_key(key)).values(state="filed", message_pk=message_pk))

    def _new_registro(self, session: Session, decision: Any, message_pk: int, mailbox: str, ckey: str,
                      env: Envelope, received: dt.datetime) -> Registro:
        """The registro of a new filing, with its expediente, decision, deadline and reply;
        it comes back detached."""
        year = self.calendar.to_local(received).year
        number = filing.registro_number(year, filing.next_number(session, "REG", year))
        values = {name: fv.value for name, fv in decision.fields.items()}
        numbers = list(decision.expediente_refs)
        expediente, how = filing.file_in_expediente(session, year=year, fields=values, numbers=numbers, sender=env.sender)
        now = utcnow()
        columns = dict(
            number=number, year=year, sequence=int(number[-6:]), expediente_id=expediente.id,
            first_message_pk=message_pk, mailbox=mailbox, sender=env.sender,
            procedure=decision.procedure, outcome=decision.outcome,
            status=filing.STATUS_BY_OUTCOME.get(decision.outcome, "open"), flags=list(decision.flags),
            received_at=received, filing_date=decision.filing_date, due_date=decision.due_date,
            created_at=now, updated_at=now,
        )
        registro = Registro(id=filing.insert_row(session, Registro, **columns), **columns)
        filing.audit(session, "registro", number, "created", outcome=decision.outcome,
                     procedure=decision.procedure, expediente=expediente.number, found_by=how)
        statements = _statements()
        filing.run(session, statements.message_registro, {"message": message_pk, "registro": registro.id})
        record = filing.record_decision(session, decision, message_pk=message_pk, registro_id=registro.id)
        filing.run(session, statements.registro_decision, {"registro": registro.id, "decision": record.id})
        registro.current_decision_pk = record.id
        filing.deadline_for(registro, decision, session)
        self._queue_reply(session, decision, registro, env, ckey)
        return registro

    def _queue_reply(self, session: Session, decision: Any, registro: Registro, env: Envelope,
                     ckey: str) -> None:
        reply = self.engine.render_reply(decision, registro.number)
        if reply is None:
            return
        if "@" not in env.reply_to:
            filing.audit(session, "registro", registro.number, "reply_skipped", reason="no sender address")
            return
        references = " ".join([*env.references, env.message_id]).strip()
        key = f"{ckey[:40]}.r"
        if filing.queued(session, key):
            return  # queued before (a message filed again): the PDF need not be drawn
        # The cargo is proof of filing: its PDF copy, written for paper, travels with the mail
        # (drawn here, a few ms, since the registration number it shows is only known in this
        # transaction).
        attachments = [self._cargo_pdf(decision, registro)] if reply.template == "cargo" else []
        filing.enqueue(
            session, key=key, kind="reply", registro=registro,
            to_address=env.reply_to, from_address=self.settings.reply_from(registro.mailbox),
            subject=reply.subject, body=reply.body, in_reply_to=env.message_id, references=references,
            attachments=attachments, checked=True,
        )

    def _cargo_pdf(self, decision: Any, registro: Registro):
        paper = self.engine.render_reply(decision, registro.number, medium="paper")
        return cargo_attachment(registro.number, paper.subject, paper.body, registro.received_at,
                                office=self.settings.office, timezone=self.settings.calendar.timezone)

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
        with read_session(self.db) as session:
            earlier = session.exec(select(Message).where(Message.registro_id == registro.id).order_by(Message.id)).all()
            raws = [session.get(RawMessage, message.raw_sha256).data for message in earlier]
        late = registro.status == "no_presentado" or (
            registro.status == "subsanar" and registro.due_date is not None
            and self.calendar.filing_date(received) > registro.due_date)
        merged = merge_messages(raws[0], [*raws[1:], raw])
        decision = self._decide(merged, file=key.uid, mailbox=registro.mailbox,
                                      received=received if late else registro.received_at, known_refugee=refugee)
        with session_scope(self.db) as session:
            registro = session.get(Registro, registro.id)
            if late:
                if registro.status == "subsanar":
                    self._close_not_presented(session, registro)
                message_pk = self._add_message(session, sha, ckey, registro.mailbox, env, received, role="filing")
                new = self._new_registro(session, decision, message_pk, registro.mailbox, ckey, env, received)
                filing.audit(session, "registro", new.number, "continues", previous=registro.number)
                self._close_receipt(session, key, message_pk)
                return ProcessResult("filed", registro=new.number, outcome=decision.outcome)
            message_pk = self._add_message(session, sha, ckey, registro.mailbox, env, received, role="followup",
                                           registro_id=registro.id)
            record = filing.record_decision(session, decision, message_pk=message_pk,
                                            registro_id=registro.id, merged=True)
            before = registro.outcome
            registro.current_decision_pk, registro.outcome = record.id, decision.outcome
            registro.procedure, registro.flags = decision.procedure, list(decision.flags)
            registro.status = filing.STATUS_BY_OUTCOME.get(decision.outcome, "open")
            still_due = registro.due_date if before == "subsanar" == decision.outcome else None
            registro.filing_date, registro.due_date = decision.filing_date, decision.due_date
            if still_due and decision.due_date and still_due > decision.due_date:
                registro.due_date = still_due  # the date the applicant was told (mailbot.notified)
            registro.updated_at = utcnow()
            session.add(registro)
            if before == "subsanar" and decision.outcome != "subsanar":
                filing.close_deadlines(session, registro, "met", ("subsanar",))
                filing.deadline_for(registro, decision, session)
            filing.audit(session, "registro", registro.number, "followup_merged", before=before, after=decision.outcome)
            self._queue_reply(session, decision, registro, env, ckey)
            self._close_receipt(session, key, message_pk)
            return ProcessResult("followup", registro=registro.number, outcome=decision.outcome)

    def _close_not_presented(self, session: Session, registro: Registro) -> None:
        registro.status, registro.updated_at = "no_presentado", utcnow()
        session.add(registro)
        filing.close_deadlines(session, registro, "expired", ("subsanar",))
        filing.audit(session, "registro", registro.number, "no_presentado")

    # -- quarantine and bookkeeping -----------------------------------------------------

    @staticmethod
    def _error_text() -> tuple[str, str]:
        current = sys.exc_info()[1]
        if isinstance(current, UndecidedError):  # the reason as it is, for the clerk
            return str(current)[:2000], traceback.format_exc()[-20000:]
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
            session.execute(update(SourceReceipt.__table__).where(_is_key(key)).values(state="quarantined"))
            filing.audit(session, "quarantine", item.id, "quarantined", mailbox=key.mailbox, error=error[:200])
            return ProcessResult("quarantined", quarantine_id=item.id)

    def _record_poll(self, mailbox: str, count: int, error: str) -> None:
        try:
            with session_scope(self.db) as session:
                state = session.get(MailboxState, mailbox) or MailboxState(mailbox=mailbox)
                state.last_poll_at, state.last_count, state.last_error = utcnow(), count, error[:2000]
                if not error:
                    state.last_success_at = state.last_poll_at
                    state.error_since, state.error_count = None, 0
                else:
                    if not state.error_count:
                        state.error_since = state.last_poll_at
                    state.error_count = (state.error_count or 0) + 1
                session.add(state)
        except Exception:  # noqa: BLE001 - bookkeeping must not hide the real error
            log.exception("could not record the poll of %s", mailbox)
