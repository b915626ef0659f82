"""The sender: outbox rows out, over SMTP (smtplib) or into an outbox Maildir (the demo).

Exactly once, and what that means after a crash
-----------------------------------------------
Each row has an idempotency key, written in the same transaction as the decision;
the key is also the reply's Message-ID (`<key@domain>`). Sending one row:

1. *claim*: in a transaction the row goes from ``pending`` to ``sending`` (with this
   run's token in `claimed_by`), and is committed;
2. *deliver*: the message is built from the row and its attachment rows alone (its
   Date is the row's creation time, its MIME boundary a hash of the row), so a second
   delivery would be byte-for-byte the same message;
3. *confirm*: ``sent`` is committed.

Only one sender works at a time (the service holds the "outbox" lock), so a row
found in ``sending`` under another token belongs to a run that died between 1 and 3.
What we do with it:

- **Maildir outbox**: delivery is an atomic rename to a file named after the key, so
  the file's presence says whether it was delivered. Exactly once, always.
- **SMTP**: the server cannot be asked whether it already has a message, so two
  records stand in for it:

  * a *sent journal* (`SentJournal`, fsync'ed): right after the server's "250" the
    key is appended to it, before the database commit (which may have to wait for
    the intake's write lock). A row found in ``sending`` whose key is in the journal
    is marked ``sent`` without sending again;
  * an *archive mailbox* (`[smtp.archive]`, optional but recommended): every message
    is also addressed, as an envelope Bcc in the same SMTP transaction, to a mailbox
    the sender reads over IMAP. The server accepts the transaction for every
    recipient at once, so the copy in the archive proves that the "250" was given.
    A row found in ``sending`` and not in the journal is looked up there by its
    Message-ID (`ImapSource.has_message_id`): found, it is marked ``sent``; not found,
    it waits until `archive_wait_seconds` after its claim (the copy may still be on
    its way through the server's queue; the claim stores that moment in
    `next_attempt_at`) and is then delivered again; while the archive cannot be
    reached, the row waits up to an hour longer before it is delivered again.

  Without an archive, a row found in ``sending`` and not in the journal is delivered
  again *with the same Message-ID*: a duplicate is then possible when the process
  died in the instant between the server accepting the message and the journal
  write. Either way the audit log says ``resent_after_crash`` when a row is delivered
  again. A reply that never arrives is worse for the applicant (the cargo is proof of
  filing) than an identical copy that mail clients fold into one by Message-ID.

Failures: a temporary one (connection refused, 4xx, timeout) puts the row back to
``pending`` with exponential backoff; a permanent one (5xx) marks it ``failed`` for
staff. A cap on replies per recipient per day (`smtp.max_replies_per_sender_per_day`)
marks the excess ``suppressed`` (a mail loop or a flood), shown by `mailbot status`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import secrets
import smtplib
import socket
import threading
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Callable, Protocol, Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from mailbot.core.calendar import BusinessCalendar
from mailbot.notified import date_on_send
from mailbot.settings import MailboxSettings, Settings, SmtpSettings
from mailbot.sources.backoff import Backoff
from mailbot.sources.base import SourceError
from mailbot.store import filing
from mailbot.store.db import is_postgres, read_session, session_scope
from mailbot.store.models import OutboxAttachment, OutboxMessage, utcnow

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 25
BACKOFF_CAP_SECONDS = 3600
ARCHIVE_UNREACHABLE_GRACE = dt.timedelta(hours=1)


class PermanentFailure(Exception):
    """The server refused the message for good (5xx)."""


class Transport(Protocol):
    exactly_once: bool

    def delivered(self, key: str, message_id: str) -> bool | None:
        """True/False when the transport can tell; None when it cannot (SMTP without
        an archive, or with an archive that cannot be reached)."""

    def deliver(self, key: str, sender: str, recipient: str, data: bytes) -> None: ...

    def close(self) -> None: ...


class MaildirOutbox:
    """An outbox Maildir: one file per key, written in `tmp/` then renamed into `new/`."""

    exactly_once = True

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        for sub in ("tmp", "new", "cur"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)

    def _name(self, key: str) -> str:
        return key.replace("/", "_").replace(":", "_")

    def delivered(self, key: str, message_id: str = "") -> bool:
        name = self._name(key)
        return (self.path / "new" / name).exists() or any((self.path / "cur").glob(f"{name}:*"))

    def deliver(self, key: str, sender: str, recipient: str, data: bytes) -> None:
        name = self._name(key)
        if self.delivered(key):
            return
        temporary = self.path / "tmp" / f"{name}.{os.getpid()}"
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.rename(temporary, self.path / "new" / name)

    def close(self) -> None:
        pass


class SentJournal:
    """Keys of messages the SMTP server accepted, appended right after its "250".

    The database learns of the "250" only at the next commit, which may wait for the
    intake's write lock; the journal is written at once (one `write` to a file opened
    with O_APPEND, then fsync), so a run killed before the commit still leaves the
    answer behind, and the next run does not send the message again. What remains is
    the instant between the server's acceptance and this write.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._keys: set[str] | None = None

    def _load(self) -> set[str]:
        if self._keys is None:
            try:
                self._keys = set(self.path.read_text(encoding="utf-8").split())
            except FileNotFoundError:
                self._keys = set()
        return self._keys

    def __contains__(self, key: str) -> bool:
        return key in self._load()

    def add(self, key: str) -> None:
        descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(descriptor, (key + "\n").encode("utf-8"))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        self._load().add(key)

    def keep_only(self, keys: set[str]) -> None:
        """Forget every key but `keys` (those still in "sending"); atomic rewrite."""
        kept = self._load() & keys
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text("".join(key + "\n" for key in sorted(kept)), encoding="utf-8")
        os.replace(temporary, self.path)
        self._keys = kept


class SmtpTransport:
    """smtplib, one connection reused while rows keep coming; with an archive mailbox
    (`archive`, a MailboxSettings of kind imap), every message also goes to it."""

    exactly_once = False

    def __init__(self, settings: SmtpSettings, journal: SentJournal | None = None,
                 archive: MailboxSettings | None = None) -> None:
        self.settings = settings
        self.journal = journal
        self.archive = archive
        self._archive_source = None
        self._archive_down = False  # this run found it unreachable: not asked again until close()
        self._client: smtplib.SMTP | None = None
        self.evidence = ""  # what the last `delivered` answer rests on: "journal" or "archive"

    def delivered(self, key: str, message_id: str) -> bool | None:
        if self.journal is not None and key in self.journal:
            self.evidence = "journal"
            return True
        if self.archive is None:
            return None
        self.evidence = "archive"
        return self._in_archive(message_id)

    def _in_archive(self, message_id: str) -> bool | None:
        from mailbot.sources.imap import ImapSource

        if self._archive_down:
            return None
        try:
            if self._archive_source is None:
                self._archive_source = ImapSource(self.archive, connect_timeout=10, read_timeout=30,
                                                  max_attempts=2, backoff=Backoff(initial=0.5, maximum=2.0))
            return self._archive_source.has_message_id(message_id)
        except (SourceError, OSError) as exc:
            log.warning("archive mailbox %s cannot be searched: %s", self.archive.address, exc)
            self._close_archive()
            self._archive_down = True
            return None

    def _close_archive(self) -> None:
        source, self._archive_source = self._archive_source, None
        if source is not None:
            source.close()

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.tls:
            client: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds)
        else:
            client = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
            if s.starttls:
                client.starttls()
        if s.user:
            client.login(s.user, s.password())
        return client

    def check(self) -> None:
        """Connect and log in (when `user` is set) as a delivery would, then QUIT; sends
        nothing (what `mailbot doctor` asks). Raises what smtplib raises: OSError when
        the server cannot be reached, `SMTPAuthenticationError` when the login is refused."""
        client = self._connect()
        try:
            client.noop()
        finally:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()

    def deliver(self, key: str, sender: str, recipient: str, data: bytes) -> None:
        for attempt in (1, 2):
            if self._client is None:
                self._client = self._connect()
            recipients = [recipient] + ([self.archive.address] if self.archive is not None else [])
            try:
                refused = self._client.sendmail(sender, recipients, data)
                if self.journal is not None:
                    self.journal.add(key)
                if refused:  # only the archive can be missing here: the applicant's was accepted
                    log.warning("the SMTP server refused the archive copy of %s: %s", key,
                                next(iter(refused.values())))
                return
            except smtplib.SMTPServerDisconnected:
                self._client = None  # a kept connection the server closed: reconnect once
                if attempt == 2:
                    raise
            except smtplib.SMTPRecipientsRefused as exc:
                code, text = exc.recipients.get(recipient) or next(iter(exc.recipients.values()))
                self._reset()
                if code >= 500:
                    raise PermanentFailure(f"{code} {text!r}") from exc
                raise
            except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as exc:
                self._reset()
                if exc.smtp_code >= 500:
                    raise PermanentFailure(f"{exc.smtp_code} {exc.smtp_error!r}") from exc
                raise

    def _reset(self) -> None:
        try:
            if self._client is not None:
                self._client.rset()
        except smtplib.SMTPException:
            self.close()

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.quit()
            except (smtplib.SMTPException, OSError):
                pass
        self._client = None
        self._close_archive()
        self._archive_down = False


def journal_path(settings: Settings, db: Engine) -> Path | None:
    """Where the SMTP sent-journal lives: configured, else beside a SQLite database."""
    if settings.smtp.sent_journal:
        return Path(settings.smtp.sent_journal)
    if db.url.get_backend_name() == "sqlite" and db.url.database not in (None, "", ":memory:"):
        return Path(db.url.database + ".sent-journal")
    return None


def make_transport(settings: SmtpSettings, journal: Path | None = None) -> Transport:
    if settings.kind == "maildir":
        return MaildirOutbox(settings.outbox_path)
    return SmtpTransport(settings, SentJournal(journal) if journal else None, settings.archive)


def build_message(row: OutboxMessage, attachments: Sequence[OutboxAttachment] = ()) -> bytes:
    """The message for a row and its files, identical every time it is built.

    A reply's paragraphs are whole lines (the applicant's mail client wraps them to its
    screen); the email package sends a text with lines over 78 octets as
    quoted-printable (base64 when that is shorter), so no line on the wire is long and
    the text arrives as written. Not ``format=flowed`` (RFC 3676): the email package
    has no encoder for it, and a client that ignores it would show the text broken at
    72 characters, ragged on a phone.
    """
    message = EmailMessage()
    message["From"] = row.from_address
    message["To"] = row.to_address
    message["Subject"] = row.subject
    message["Date"] = format_datetime(row.created_at)
    message["Message-ID"] = filing.reply_message_id(row.idempotency_key, row.from_address)
    if row.in_reply_to:
        message["In-Reply-To"] = row.in_reply_to
    if row.references:
        message["References"] = row.references
    message["Auto-Submitted"] = "auto-replied" if row.kind in ("reply", "notice") else "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    message["X-Mailbot-Key"] = row.idempotency_key
    message.set_content(row.body)
    for attachment in attachments:
        maintype, _, subtype = attachment.media_type.partition("/")
        message.add_attachment(attachment.data, maintype=maintype or "application",
                               subtype=subtype or "octet-stream", filename=attachment.filename)
    if attachments:
        message.set_boundary(_boundary(row, attachments))
    return message.as_bytes(policy=policy.SMTP)


def _boundary(row: OutboxMessage, attachments: Sequence[OutboxAttachment]) -> str:
    """The MIME boundary, from the row (the email package would draw a random one).
    Attachments are base64 (no "_"); the text cannot contain it but by design: hash again."""
    seed = "|".join([row.idempotency_key, *(item.sha256 for item in attachments)])
    while True:
        seed = hashlib.sha256(seed.encode()).hexdigest()
        boundary = f"=_mailbot_{seed[:32]}"
        if boundary not in row.body and boundary not in row.subject:
            return boundary


@dataclass(frozen=True)
class SendReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    suppressed: int = 0
    recovered: int = 0


class Sender:
    """Send what is due. Example: ``Sender(settings, db).send_due()``."""

    def __init__(self, settings: Settings, db: Engine, transport: Transport | None = None,
                 clock: Callable[[], dt.datetime] = utcnow, backoff_seconds: float = 30.0) -> None:
        self.settings = settings
        self.db = db
        self.transport = transport or make_transport(settings.smtp, journal_path(settings, db))
        self._journal_compacted = False
        self.clock = clock
        self.backoff_seconds = backoff_seconds
        self.token = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self._waiting: set[int] = set()  # rows in "sending" waiting for their archive copy
        # rows a crash left in "sending": id -> (delivered?, evidence), asked before any transaction
        self._unconfirmed: dict[int, tuple[bool | None, str]] = {}
        self.zone = ZoneInfo(settings.calendar.timezone)
        self.calendar = BusinessCalendar(settings.calendar)

    def send_due(self, limit: int = 500, stop: threading.Event | None = None) -> SendReport:
        counts = {"sent": 0, "retried": 0, "failed": 0, "suppressed": 0, "recovered": 0}
        self._waiting = set()
        self._compact_journal()
        try:
            self._look_up_unconfirmed()
            for _ in range(limit):
                if stop is not None and stop.is_set():
                    break
                row = self._claim(counts)
                if row is None:
                    break
                if not self._send_one(row, counts):
                    break  # the server is unreachable: the other rows wait for the next run
        finally:
            self.transport.close()
        if any(counts.values()):
            log.info("outbox: %(sent)d sent, %(retried)d to retry, %(failed)d failed, %(suppressed)d suppressed, "
                     "%(recovered)d recovered after a crash", counts)
        return SendReport(**counts)

    def _compact_journal(self) -> None:
        """Once per sender: keep in the journal only the keys of rows still "sending"."""
        journal = getattr(self.transport, "journal", None)
        if journal is None or self._journal_compacted:
            return
        with session_scope(self.db) as session:
            sending = set(session.exec(select(OutboxMessage.idempotency_key).where(
                OutboxMessage.status == "sending")).all())
        journal.keep_only(sending)
        self._journal_compacted = True

    # -- claim -------------------------------------------------------------------------

    def _look_up_unconfirmed(self) -> None:
        """Ask the transport about every row a crash left in ``sending``, with no
        transaction open: an archive search over the network must not hold the
        store's write lock (the intake would wait on it)."""
        with read_session(self.db) as session:
            rows = session.exec(select(OutboxMessage.id, OutboxMessage.idempotency_key, OutboxMessage.from_address)
                                .where(OutboxMessage.status == "sending", OutboxMessage.claimed_by != self.token)).all()
        self._unconfirmed = {}
        for row_id, key, from_address in rows:
            known = self.transport.delivered(key, filing.reply_message_id(key, from_address))
            self._unconfirmed[row_id] = (known, getattr(self.transport, "evidence", "outbox"))

    def _claim(self, counts: dict[str, int]) -> OutboxMessage | None:
        """The next row to deliver, marked ``sending`` and committed; rows settled on
        the way (delivered before a crash, over the daily cap) are skipped, and so are
        rows a crash left in ``sending`` whose fate the archive cannot tell yet."""
        now = self.clock()
        with session_scope(self.db) as session:
            while True:
                statement = select(OutboxMessage).where(
                    ((OutboxMessage.status == "pending")
                     & ((OutboxMessage.next_attempt_at == None) | (OutboxMessage.next_attempt_at <= now)))  # noqa: E711
                    | ((OutboxMessage.status == "sending") & (OutboxMessage.claimed_by != self.token))
                )
                if self._waiting:
                    statement = statement.where(OutboxMessage.id.not_in(self._waiting))
                statement = statement.order_by(OutboxMessage.id).limit(1)
                if is_postgres(self.db):
                    statement = statement.with_for_update(skip_locked=True)
                row = session.exec(statement).first()
                if row is None:
                    return None
                if row.status == "sending":
                    if row.id not in self._unconfirmed:  # left in "sending" since this run began
                        self._waiting.add(row.id)
                        continue
                    known, evidence = self._unconfirmed[row.id]
                    if known:
                        self._finish(session, row, "sent", "delivered_before_crash", evidence=evidence)
                        counts["recovered"] += 1
                        counts["sent"] += 1
                        session.flush()
                        continue
                    if self._must_wait(row, known, now):
                        self._waiting.add(row.id)
                        continue
                    counts["recovered"] += 1
                    filing.audit(session, "outbox", row.idempotency_key, "resent_after_crash",
                                 previous=row.claimed_by, archive="absent" if known is False else "unknown")
                elif row.kind != "digest" and self._over_cap(session, row, now):
                    row.status, row.last_error = "suppressed", "daily cap per recipient reached"
                    session.add(row)
                    filing.audit(session, "outbox", row.idempotency_key, "suppressed", reason="daily cap")
                    counts["suppressed"] += 1
                    session.flush()
                    continue
                row.status, row.claimed_by = "sending", self.token
                row.attempts += 1
                date_on_send(session, self.calendar, self.zone, row, now)
                if getattr(self.transport, "archive", None) is not None:
                    # for a crash before "sent" is committed: how long the copy may take
                    row.next_attempt_at = now + dt.timedelta(seconds=self.settings.smtp.archive_wait_seconds)
                session.add(row)
                return row

    def _must_wait(self, row: OutboxMessage, known: bool | None, now: dt.datetime) -> bool:
        """Whether a row a crash left in ``sending``, not known to be delivered, must
        wait for its archive copy before it is delivered again (see the module doc)."""
        if getattr(self.transport, "archive", None) is None or row.next_attempt_at is None:
            return False
        deadline = _aware(row.next_attempt_at)
        if known is None:
            deadline += ARCHIVE_UNREACHABLE_GRACE
        return now < deadline

    def _over_cap(self, session: Session, row: OutboxMessage, now: dt.datetime) -> bool:
        local = now.astimezone(self.zone)
        day_start = dt.datetime.combine(local.date(), dt.time(0), self.zone)
        sent_today = session.exec(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.to_address == row.to_address, OutboxMessage.status == "sent",
            OutboxMessage.kind != "digest", OutboxMessage.sent_at >= day_start,
        )).one()
        return sent_today >= self.settings.smtp.max_replies_per_sender_per_day

    # -- deliver and confirm ---------------------------------------------------------------

    def _send_one(self, row: OutboxMessage, counts: dict[str, int]) -> bool:
        """Deliver one claimed row; False when the server could not be reached at all."""
        with read_session(self.db) as session:
            attachments = filing.outbox_attachments(session, row.id)
        try:
            self.transport.deliver(row.idempotency_key, row.from_address, row.to_address,
                                   build_message(row, attachments))
        except PermanentFailure as exc:
            self._settle(row, "failed", str(exc))
            counts["failed"] += 1
            return True
        except Exception as exc:  # noqa: BLE001 - temporary: server down, 4xx, timeout
            self.transport.close()
            status = "failed" if row.attempts >= MAX_ATTEMPTS else "pending"
            self._settle(row, status, f"{type(exc).__name__}: {exc}")
            counts["failed" if status == "failed" else "retried"] += 1
            return not isinstance(exc, (OSError, smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected))
        with session_scope(self.db) as session:
            self._finish(session, session.get(OutboxMessage, row.id), "sent", "sent")
        counts["sent"] += 1
        return True

    def _finish(self, session: Session, row: OutboxMessage, status: str, action: str, **detail: str) -> None:
        row.status, row.sent_at, row.last_error = status, self.clock(), ""
        session.add(row)
        filing.audit(session, "outbox", row.idempotency_key, action, attempts=row.attempts, **detail)

    def _settle(self, row: OutboxMessage, status: str, error: str) -> None:
        delay = min(self.backoff_seconds * 2 ** max(row.attempts - 1, 0), BACKOFF_CAP_SECONDS)
        with session_scope(self.db) as session:
            fresh = session.get(OutboxMessage, row.id)
            fresh.status, fresh.last_error = status, error[:2000]
            fresh.next_attempt_at = self.clock() + dt.timedelta(seconds=delay) if status == "pending" else None
            session.add(fresh)
            filing.audit(session, "outbox", row.idempotency_key, f"send_{status}", error=error[:200])
        log.warning("outbox row %s: %s (%s)", row.id, status, error.split(":")[0])


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite gives back naive datetimes; the store writes UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.timezone.utc)
