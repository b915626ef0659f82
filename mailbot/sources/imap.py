"""An IMAP mailbox as a mail source (imapclient).

One connection per mailbox. Every SELECT reads UIDVALIDITY and puts it in each
`SourceKey`, so the store (which remembers (mailbox, folder, UIDVALIDITY, UID)) sees
new keys and resynchronises when a folder is recreated. Messages are fetched with
`BODY.PEEK[]` (never sets \\Seen), INTERNALDATE and RFC822.SIZE in batches, in UID
order (the order the server received them). Only after the runner's commit does
`mark_handled` MOVE the message to the processed folder (created on [TRYCREATE];
COPY + \\Deleted + EXPUNGE where MOVE is missing) or, without one, flag it \\Seen.

Any network error or server restart drops the connection; the operation is retried
on a new connection after an exponential, capped backoff, and gives up with a
`SourceError` after `max_attempts` failures in a row (the runner tries again later).

Example::

    source = ImapSource(settings)        # settings: a MailboxSettings of kind "imap"
    source.connect()
    while running:
        for message in source.fetch_new(already_seen=store.has_key):
            store.file(message)           # commits
            source.mark_handled(message.key)
        source.wait_for_new(timeout=60)   # IDLE where offered, else polling
"""
from __future__ import annotations

import datetime as dt
import imaplib
import logging
import ssl
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError

from mailbot.settings import ConfigError, MailboxSettings
from mailbot.sources.backoff import Backoff
from mailbot.sources.base import IncomingMessage, SourceError, SourceKey, seen_keys

log = logging.getLogger(__name__)

T = TypeVar("T")
NETWORK_ERRORS: tuple[type[BaseException], ...] = (OSError, imaplib.IMAP4.abort, EOFError)
IDLE_RENEW_SECONDS = 25 * 60
FETCH_ITEMS = [b"BODY.PEEK[]", b"INTERNALDATE", b"RFC822.SIZE"]


class UidValidityChanged(SourceError):
    """A key names a UID of an older UIDVALIDITY: it no longer identifies a message.

    The folder was recreated or renumbered; its messages are offered again under
    the new UIDVALIDITY (see `ImapSource.uidvalidity`).
    """


class PasswordUnavailable(SourceError):
    """The mailbox's password cannot be read: its environment variable is not set, or
    its `password_file` cannot be read. Nothing was sent to the server."""


class LoginRefused(SourceError):
    """The server answered NO to the login: wrong user name or password (the server's
    answer is the exception's cause)."""


class FolderUnavailable(SourceError):
    """Logged in, but the server refused to select the folder (most often it does not
    exist: a typo in `folder`, or the folder was never created)."""


class ServerUnreachable(SourceError):
    """No connection after `max_attempts` tries in a row: the host cannot be reached,
    nothing listens on the port, or the connection kept dropping."""


@dataclass(frozen=True)
class ServerView:
    """What `mailbot doctor` asks a mailbox's server once logged in (`ImapSource.server_view`).

    Example: ``ServerView(idle=True, missing_folders=("Procesados",))``.
    """

    idle: bool                          # the server offers IMAP IDLE
    missing_folders: tuple[str, ...]    # of the folders asked about, those that do not exist


class _Resync(Exception):
    """UIDVALIDITY changed during a fetch pass: search again."""


class _DeadConnection(Exception):
    """IDLE answered nothing, at once: the server is gone (imapclient swallows EOF)."""


def _describe(exc: BaseException) -> str:
    text = str(exc) or "connection closed"
    return f"{type(exc).__name__}: {text}"


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), max(1, size)):
        yield items[start:start + size]


class ImapSource:
    """Read one IMAP mailbox folder; see the module docstring."""

    def __init__(
        self,
        settings: MailboxSettings,
        *,
        connect_timeout: float = 15.0,
        read_timeout: float = 60.0,
        backoff: Backoff | None = None,
        max_attempts: int = 6,
        sleep: Callable[[float], None] = time.sleep,
        ssl_context: ssl.SSLContext | None = None,
        idle_renew_seconds: float = IDLE_RENEW_SECONDS,
        poll_interval: float = 10.0,
    ) -> None:
        if not settings.host:
            raise SourceError(f"mailbox {settings.address}: kind imap needs a host")
        self.settings = settings
        self.mailbox = settings.address
        self.folder = settings.folder
        self.uidvalidity: int | None = None
        self.uidvalidity_changes = 0
        self.timeout = SocketTimeout(connect=connect_timeout, read=read_timeout)
        self.backoff = backoff or Backoff()
        self.max_attempts = max_attempts
        self.idle_renew_seconds = idle_renew_seconds
        self.poll_interval = poll_interval
        self._sleep = sleep
        self._ssl_context = ssl_context
        self._client: IMAPClient | None = None
        self._highest_uid: int | None = None
        self._uidnext = 0

    @property
    def _where(self) -> str:
        return f"mailbox {self.mailbox} ({self.settings.host}:{self.settings.port}, folder {self.folder})"

    # --- connection -----------------------------------------------------------

    def connect(self) -> None:
        self._with_retry(lambda client: None, "connect")

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # noqa: BLE001 - closing a dead connection
            client.shutdown()

    def _password(self) -> str:
        try:
            return self.settings.password()
        except (ConfigError, OSError) as exc:
            raise PasswordUnavailable(f"{self._where}: cannot read the password: {exc}") from exc

    @contextmanager
    def _refusal(self, what: str, error: type[SourceError] = SourceError) -> Iterator[None]:
        """A server's NO or BAD becomes `error` (a SourceError); network errors pass through."""
        try:
            yield
        except imaplib.IMAP4.abort:
            raise
        except IMAPClientError as exc:
            raise error(f"{self._where}: {what}: {exc}") from exc

    def _open(self) -> IMAPClient:
        settings = self.settings
        user = settings.user or settings.address
        implicit_tls = settings.tls and not settings.starttls
        context = self._ssl_context or (ssl.create_default_context() if settings.tls or settings.starttls else None)
        client = IMAPClient(
            settings.host, port=settings.port, ssl=implicit_tls,
            ssl_context=context if implicit_tls else None, timeout=self.timeout,
        )
        try:
            if settings.starttls:
                with self._refusal("STARTTLS refused"):
                    client.starttls(context)
            password = self._password()
            with self._refusal(f"login as {user} refused by the server", LoginRefused):
                client.login(user, password)
            client.normalise_times = False  # keep INTERNALDATE's zone: aware datetimes
            self._select(client)
        except BaseException:
            client.shutdown()
            raise
        log.info(
            "%s: connected, UIDVALIDITY %s, IDLE %s, MOVE %s", self._where, self.uidvalidity,
            "yes" if client.has_capability("IDLE") else "no",
            "yes" if client.has_capability("MOVE") else "no",
        )
        return client

    def _select(self, client: IMAPClient) -> None:
        with self._refusal("cannot select the folder", FolderUnavailable):
            info = client.select_folder(self.folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        self._uidnext = int(info.get(b"UIDNEXT", 0))
        if self.uidvalidity is not None and uidvalidity != self.uidvalidity:
            self.uidvalidity_changes += 1
            self._highest_uid = None
            log.warning(
                "%s: UIDVALIDITY changed from %s to %s; every message is offered again "
                "under the new value", self._where, self.uidvalidity, uidvalidity,
            )
        self.uidvalidity = uidvalidity

    def _connected(self) -> IMAPClient:
        if self._client is None:
            self._client = self._open()
        return self._client

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                client.shutdown()
            except Exception:  # noqa: BLE001 - the socket may be gone already
                pass

    def _with_retry(self, operation: Callable[[IMAPClient], T], what: str) -> T:
        """Run `operation` on a live connection; after a network error, reconnect
        (with backoff) and run it again, up to `max_attempts` failures in a row."""
        failures = 0
        while True:
            try:
                result = operation(self._connected())
            except ssl.SSLCertVerificationError as exc:
                self._drop()
                raise SourceError(f"{self._where}: TLS certificate not accepted: {exc}") from exc
            except NETWORK_ERRORS as exc:
                self._drop()
                failures += 1
                if failures >= self.max_attempts:
                    raise ServerUnreachable(
                        f"{self._where}: server unreachable ({what}) after {failures} attempts: "
                        f"{_describe(exc)}"
                    ) from exc
                delay = self.backoff.next_delay()
                log.warning("%s: %s failed (%s); reconnecting in %.1f s", self._where, what, _describe(exc), delay)
                self._sleep(delay)
                continue
            self.backoff.reset()
            return result

    def server_view(self, folders: Sequence[str] = ()) -> ServerView:
        """Log in and select the folder (as `connect`), then ask whether IDLE is offered
        and which of `folders` do not exist; reads, moves and creates nothing.

        Raises `PasswordUnavailable`, `LoginRefused`, `FolderUnavailable` or
        `ServerUnreachable` (after `max_attempts` tries: 1 for a quick answer)."""
        def ask(client: IMAPClient) -> ServerView:
            with self._refusal("LIST refused"):
                missing = tuple(folder for folder in folders if not client.folder_exists(folder))
            return ServerView(idle=client.has_capability("IDLE"), missing_folders=missing)

        return self._with_retry(ask, "check the server")

    def has_message_id(self, message_id: str) -> bool:
        """Whether the folder holds a message with this Message-ID (``SEARCH HEADER``);
        the sender asks its archive mailbox this after a crash (mailbot/sender.py)."""
        def search(client: IMAPClient) -> list[int]:
            self._select(client)  # a fresh view: the copy may have arrived a moment ago
            with self._refusal("SEARCH by Message-ID refused"):
                return client.search(["HEADER", "Message-ID", message_id])

        return bool(self._with_retry(search, "search by Message-ID"))

    # --- reading --------------------------------------------------------------

    def _key(self, uidvalidity: int, uid: int) -> SourceKey:
        return SourceKey(mailbox=self.mailbox, folder=self.folder, uidvalidity=uidvalidity, uid=str(uid))

    def _criteria(self) -> list[str]:
        # Handled mail leaves the folder, or is \Seen when there is no processed folder.
        return ["NOT", "DELETED"] if self.settings.processed_folder else ["UNSEEN", "NOT", "DELETED"]

    def _search(self, client: IMAPClient) -> tuple[int, list[int]]:
        # SELECT again on every pass: a fresh view, and a fresh UIDVALIDITY (a session
        # may keep a stale view of a folder deleted and recreated by another client).
        self._select(client)
        uids = sorted(int(uid) for uid in client.search(self._criteria()))
        # Everything below UIDNEXT existed at SELECT; later arrivals are in `uids`.
        self._highest_uid = max(self._highest_uid or 0, self._uidnext - 1, *uids[-1:])
        assert self.uidvalidity is not None
        return self.uidvalidity, uids

    def fetch_new(
        self, already_seen: Callable[[SourceKey], bool] | None = None
    ) -> Iterator[IncomingMessage]:
        """Yield unhandled messages oldest (lowest UID) first, fetched `batch_size` at
        a time. Keys for which `already_seen(key)` is true are not fetched: the store
        has them, so they are marked handled instead (see `_settle`)."""
        yielded: set[tuple[int, int]] = set()
        while True:
            try:
                yield from self._fetch_pass(already_seen, yielded)
                return
            except _Resync:
                continue

    def _fetch_pass(
        self,
        already_seen: Callable[[SourceKey], bool] | None,
        yielded: set[tuple[int, int]],
    ) -> Iterator[IncomingMessage]:
        uidvalidity, uids = self._with_retry(self._search, "search")
        fresh = [uid for uid in uids if (uidvalidity, uid) not in yielded]
        done = seen_keys(already_seen, [self._key(uidvalidity, uid) for uid in fresh])
        pending, settled = [], []
        for uid in fresh:
            (settled if self._key(uidvalidity, uid) in done else pending).append(uid)
        log.debug("%s: %d unhandled, %d to fetch", self._where, len(uids), len(pending))
        if settled:
            self._settle([self._key(uidvalidity, uid) for uid in settled])
        for batch in _chunks(pending, self.settings.batch_size):
            def fetch(client: IMAPClient, batch: Sequence[int] = batch) -> dict:
                if self.uidvalidity != uidvalidity:
                    raise _Resync()
                log.debug("%s: FETCH batch of %d", self._where, len(batch))
                return client.fetch(batch, FETCH_ITEMS)

            response = self._with_retry(fetch, "fetch")
            for uid in batch:
                data = response.get(uid) or {}
                raw = data.get(b"BODY[]")
                if raw is None:
                    log.debug("%s: UID %s gone before it was fetched", self._where, uid)
                    continue
                yielded.add((uidvalidity, uid))
                yield IncomingMessage(
                    key=self._key(uidvalidity, uid),
                    raw=bytes(raw),
                    internaldate=_aware_utc(data.get(b"INTERNALDATE")),
                )

    # --- marking --------------------------------------------------------------

    def _settle(self, keys: list[SourceKey]) -> None:
        """Mark messages the store already has (committed, then a crash or a failed
        MOVE before `mark_handled`): they would otherwise stay in the folder forever."""
        log.info("%s: marking %d message(s) the store already has", self._where, len(keys))
        try:
            self.mark_handled_many(keys)
        except SourceError as exc:
            log.warning("%s: could not mark stored messages: %s", self._where, exc)

    def mark_handled(self, key: SourceKey) -> None:
        self.mark_handled_many([key])

    def mark_handled_many(self, keys: Iterable[SourceKey]) -> None:
        """Move (or flag \\Seen) messages after the commit; one command per batch.

        Raises `UidValidityChanged` for keys of an older UIDVALIDITY (nothing is
        moved: those UIDs may now name other messages)."""
        keys = list(keys)
        if not keys:
            return
        for key in keys:
            if key.mailbox != self.mailbox or key.folder != self.folder:
                raise SourceError(f"{self._where}: key of another source ({key.mailbox}, {key.folder})")
        expected = {key.uidvalidity for key in keys}
        uids = sorted({int(key.uid) for key in keys})

        def mark(client: IMAPClient) -> None:
            # SELECT again: a session keeps a stale view of a folder deleted and
            # recreated meanwhile, and would MOVE the new folder's messages by UID.
            self._select(client)
            if {self.uidvalidity} != expected:
                raise UidValidityChanged(
                    f"{self._where}: UIDVALIDITY is now {self.uidvalidity}, the key(s) carry "
                    f"{sorted(expected)}; not moved (the messages will be offered again)"
                )
            for batch in _chunks(uids, self.settings.batch_size):
                self._mark(client, batch)

        self._with_retry(mark, "mark handled")

    def _mark(self, client: IMAPClient, uids: Sequence[int]) -> None:
        target = self.settings.processed_folder
        if not target:
            with self._refusal("cannot flag \\Seen"):
                client.add_flags(uids, [b"\\Seen"], silent=True)
            return
        with self._refusal(f"cannot move to {target!r}"):
            if client.has_capability("MOVE"):
                self._with_trycreate(client, lambda: client.move(uids, target))
                return
            # No MOVE: COPY, flag \Deleted, expunge (a crash in between may leave a copy).
            self._with_trycreate(client, lambda: client.copy(uids, target))
            client.add_flags(uids, [b"\\Deleted"], silent=True)
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(uids)
            else:
                client.expunge()

    def _with_trycreate(self, client: IMAPClient, command: Callable[[], object]) -> None:
        """Run a MOVE/COPY; on [TRYCREATE] create the processed folder and run it again."""
        try:
            command()
            return
        except IMAPClientError as exc:
            if isinstance(exc, imaplib.IMAP4.abort) or "TRYCREATE" not in str(exc).upper():
                raise
        log.info("%s: creating processed folder %s", self._where, self.settings.processed_folder)
        try:
            client.create_folder(self.settings.processed_folder)
        except IMAPClientError:
            if not client.folder_exists(self.settings.processed_folder):  # lost a race: fine
                raise
        command()

    # --- waiting --------------------------------------------------------------

    def _has_arrivals(self, client: IMAPClient) -> bool:
        """True if a UID above the highest one seen by the last search exists."""
        # NOOP first: the server announces arrivals (EXISTS) at the end of a command,
        # so a SEARCH alone may run on a view that does not include them yet.
        _, responses = client.noop()
        if self._highest_uid is None or any(_is_exists(response) for response in responses):
            return True
        # `UID n:*` always returns the highest UID, even below n: keep only uid > highest.
        return any(int(uid) > self._highest_uid for uid in client.search(["UID", f"{self._highest_uid + 1}:*"]))

    def wait_for_new(self, timeout: float) -> bool:
        """Block up to `timeout` s for new mail: IDLE where the server offers it
        (renewed every `idle_renew_seconds`), else NOOP polling. True if mail arrived,
        or if the connection was re-established (a catch-up fetch is then due)."""
        deadline = time.monotonic() + timeout
        if self._with_retry(self._has_arrivals, "check for new mail"):
            return True
        client = self._connected()
        if self.settings.idle and client.has_capability("IDLE"):
            return self._idle_until(deadline)
        return self._poll_until(deadline)

    def _idle_until(self, deadline: float) -> bool:
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                if self._idle_once(self._connected(), min(remaining, self.idle_renew_seconds)):
                    return True
        except (_DeadConnection, *NETWORK_ERRORS) as exc:
            log.warning("%s: connection lost while idling (%s); reconnecting", self._where, _describe(exc))
            self._drop()
            self._with_retry(lambda client: None, "reconnect")
            return True

    def _idle_once(self, client: IMAPClient, period: float) -> bool:
        """One IDLE command of at most `period` seconds; True on EXISTS."""
        client.idle()
        log.debug("%s: entering IDLE for %.0f s", self._where, period)
        arrived = False
        end = time.monotonic() + period
        while not arrived:
            left = end - time.monotonic()
            if left <= 0:
                break
            asked = time.monotonic()
            responses = client.idle_check(timeout=left)
            if not responses and left > 0.05 and time.monotonic() - asked < left / 2:
                raise _DeadConnection("IDLE returned at once with nothing")
            for response in responses:
                if _is_exists(response):
                    arrived = True
                elif response and response[0] == b"BYE":
                    raise _DeadConnection("server said BYE")
        client.idle_done()
        return arrived

    def _poll_until(self, deadline: float) -> bool:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self._sleep(min(self.poll_interval, remaining))
            if self._with_retry(self._has_arrivals, "poll"):
                return True


def _is_exists(response: tuple) -> bool:
    return len(response) >= 2 and response[1] == b"EXISTS"


def _aware_utc(value: object) -> dt.datetime | None:
    if not isinstance(value, dt.datetime):
        return None
    if value.tzinfo is None:  # servers send a zone; be safe if one does not
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)
