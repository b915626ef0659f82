"""The contract every mail source keeps (one contract test suite runs against all).

A source yields `IncomingMessage`s it has not yet been told are handled. The runner
stores the raw bytes and the decisions of a batch, commits, and only then calls
`mark_handled_many(keys)` (or `mark_handled(key)` for one): for IMAP that moves or
flags the messages on the server, one command per batch; for a Maildir it moves the
files to `cur/` or to the processed folder. Keys for which the runner's
`already_seen(key)` is true (the store has them: committed, then a crash before they
were marked) are not yielded again: the source marks them handled itself. When
`already_seen` also has a `many(keys)` method (the runner's does), the source asks
once for all the keys it found (`seen_keys`).

`SourceKey` is what the store remembers so that nothing is fetched twice:
(mailbox address, folder, uidvalidity, uid) for IMAP; (mailbox, folder, 0, key-hash)
cannot be numeric for Maildir, so `uid` is a string there.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Protocol


@dataclass(frozen=True)
class SourceKey:
    mailbox: str          # institutional address this source reads, e.g. mesadepartes@rree.gob.pe
    folder: str           # IMAP folder or Maildir path
    uidvalidity: int      # IMAP UIDVALIDITY; 0 for Maildir
    uid: str              # IMAP UID as text, or the Maildir key


@dataclass(frozen=True)
class IncomingMessage:
    key: SourceKey
    raw: bytes = field(repr=False)
    internaldate: dt.datetime | None  # aware datetime when the mailbox got it


class MailSource(Protocol):
    mailbox: str

    def connect(self) -> None:
        """Open connections; raise SourceError (with a clear message) when it cannot."""

    def fetch_new(self, already_seen: Callable[[SourceKey], bool] | None = None) -> Iterator[IncomingMessage]:
        """Yield messages not yet handled, oldest first, in batches under the hood.
        Keys for which `already_seen(key)` is true are marked handled, not yielded."""

    def mark_handled(self, key: SourceKey) -> None:
        """Called only after the database commit: move/flag so it is not offered again."""

    def mark_handled_many(self, keys: Iterable[SourceKey]) -> None:
        """`mark_handled` for a committed batch, in as few server commands as it can."""

    def wait_for_new(self, timeout: float) -> bool:
        """Block up to `timeout` seconds for new mail (IMAP IDLE); True if something arrived."""

    def close(self) -> None:
        ...


def seen_keys(already_seen: Callable[[SourceKey], bool] | None, keys: list[SourceKey]) -> set[SourceKey]:
    """Those of `keys` that `already_seen` says the store is done with: one call for
    all when it offers `many(keys)`, else one call per key."""
    if already_seen is None or not keys:
        return set()
    many = getattr(already_seen, "many", None)
    if many is not None:
        return set(many(keys))
    return {key for key in keys if already_seen(key)}


class SourceError(Exception):
    """A source failed (network, auth, missing folder); the message says what and where."""
