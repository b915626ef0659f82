"""A local Maildir as a mail source: the embedded default for one machine and the demo.

Messages waiting in `new/`, and those in `cur/` without the Seen flag, are offered
oldest first (by delivery time, the file's mtime). Once the runner has committed a
message, `mark_handled` renames its file, atomically, either into the processed
folder (a Maildir++ subfolder such as `.Procesados`, created when first needed) or,
with no processed folder, into `cur/` with the `S` (Seen) flag.

Example::

    source = MaildirSource(MailboxSettings(address="mesadepartes@rree.gob.pe",
                                           path="/srv/mail/mesadepartes"))
    source.connect()
    for message in source.fetch_new(already_seen=store.has_key):
        store.file(message)            # commits
        source.mark_handled(message.key)
"""
from __future__ import annotations

import datetime as dt
import logging
import mailbox
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from mailbot.settings import MailboxSettings
from mailbot.sources.base import IncomingMessage, SourceError, SourceKey, seen_keys

log = logging.getLogger(__name__)

_KEY_ORDER = re.compile(r"^(\d+)\.(?:[^.]*?M(\d+))?(?:[^.]*?Q(\d+))?")
POLL_INTERVAL = 0.2


@dataclass(frozen=True)
class _Entry:
    key: str
    path: Path
    subdir: str        # "new" or "cur"
    filename: str
    flags: str
    mtime_ns: int

    @property
    def order(self) -> tuple[int, int, int, int, str]:
        """Delivery order: mtime, then the time and counter encoded in the key."""
        match = _KEY_ORDER.match(self.key)
        seconds, micro, counter = (match.groups() if match else (None, None, None))
        return (self.mtime_ns, int(seconds or 0), int(micro or 0), int(counter or 0), self.key)


class MaildirSource:
    """Read one Maildir; see the module docstring."""

    def __init__(self, settings: MailboxSettings, *, poll_interval: float = POLL_INTERVAL) -> None:
        if not settings.path:
            raise SourceError(f"mailbox {settings.address}: kind maildir needs a path")
        self.settings = settings
        self.mailbox = settings.address
        self.path = Path(settings.path)
        self.folder = str(self.path)
        self.poll_interval = poll_interval
        self._maildir: mailbox.Maildir | None = None
        self._known: dict[str, _Entry] = {}
        self._offered: set[str] = set()
        self._dir_stamps: tuple[int, int] | None = None

    # --- connection ---------------------------------------------------------------

    def connect(self) -> None:
        try:
            self._maildir = mailbox.Maildir(self.path, factory=None, create=True)
        except OSError as exc:
            raise SourceError(f"mailbox {self.mailbox}: cannot open Maildir {self.path}: {exc}") from exc

    def close(self) -> None:
        self._maildir = None
        self._known.clear()

    def _ensure_open(self) -> mailbox.Maildir:
        if self._maildir is None:
            self.connect()
        assert self._maildir is not None
        return self._maildir

    # --- reading ------------------------------------------------------------------

    def _scan(self) -> list[_Entry]:
        """Unhandled messages (new/, and cur/ without S), oldest first."""
        self._ensure_open()
        colon = mailbox.Maildir.colon
        entries: list[_Entry] = []
        for subdir in ("new", "cur"):
            try:
                listing = list(os.scandir(self.path / subdir))
            except OSError as exc:
                raise SourceError(f"mailbox {self.mailbox}: cannot list {self.path / subdir}: {exc}") from exc
            for item in listing:
                if item.name.startswith("."):
                    continue
                key, _, info = item.name.partition(colon)
                flags = info[2:] if info.startswith("2,") else ""
                if "S" in flags or "T" in flags:
                    continue
                try:
                    mtime_ns = item.stat().st_mtime_ns
                except FileNotFoundError:
                    continue  # moved away while we looked
                entries.append(_Entry(key, Path(item.path), subdir, item.name, flags, mtime_ns))
        entries.sort(key=lambda entry: entry.order)
        self._known = {entry.key: entry for entry in entries}
        return entries

    def fetch_new(
        self, already_seen: Callable[[SourceKey], bool] | None = None
    ) -> Iterator[IncomingMessage]:
        """Yield unhandled messages oldest first. Keys for which `already_seen(key)`
        is true are not read: the store has them (committed, then a crash before
        `mark_handled`), so they are marked handled instead."""
        entries = self._scan()
        log.debug("maildir %s: %d unhandled message(s)", self.mailbox, len(entries))
        if already_seen is not None:
            done = seen_keys(already_seen, [self._key(entry.key) for entry in entries])
            stored = [self._key(entry.key) for entry in entries if self._key(entry.key) in done]
            if stored:
                log.info("maildir %s: marking %d message(s) the store already has", self.mailbox, len(stored))
                self.mark_handled_many(stored)
                entries = [entry for entry in entries if entry.key in self._known]
        for entry in entries:
            key = self._key(entry.key)
            try:
                raw = entry.path.read_bytes()
            except FileNotFoundError:
                continue  # handled by someone else meanwhile
            except OSError as exc:
                raise SourceError(f"mailbox {self.mailbox}: cannot read message {entry.key}: {exc}") from exc
            self._offered.add(entry.key)
            yield IncomingMessage(
                key=key,
                raw=raw,
                internaldate=dt.datetime.fromtimestamp(entry.mtime_ns / 1e9, tz=dt.timezone.utc),
            )

    def _key(self, maildir_key: str) -> SourceKey:
        return SourceKey(mailbox=self.mailbox, folder=self.folder, uidvalidity=0, uid=maildir_key)

    # --- marking ------------------------------------------------------------------

    def mark_handled(self, key: SourceKey) -> None:
        self.mark_handled_many([key])

    def mark_handled_many(self, keys: Iterable[SourceKey]) -> None:
        """Move (or flag Seen) each message; a message already gone is left alone."""
        keys = list(keys)
        for key in keys:
            if key.mailbox != self.mailbox or key.folder != self.folder:
                raise SourceError(
                    f"mailbox {self.mailbox}: key of another source ({key.mailbox}, {key.folder})"
                )
        target_dir = self._processed_dir() if self.settings.processed_folder else None
        for key in keys:
            entry = self._known.get(key.uid) or self._lookup(key.uid)
            if entry is None:
                log.debug("maildir %s: message %s already handled", self.mailbox, key.uid)
                continue
            if target_dir is not None:
                destination = target_dir / entry.subdir / entry.filename
            else:
                flags = "".join(sorted(set(entry.flags) | {"S"}))
                destination = self.path / "cur" / f"{entry.key}{mailbox.Maildir.colon}2,{flags}"
            try:
                os.rename(entry.path, destination)
            except FileNotFoundError:
                log.debug("maildir %s: message %s vanished before it was moved", self.mailbox, key.uid)
            except OSError as exc:
                raise SourceError(
                    f"mailbox {self.mailbox}: cannot move message {key.uid} to {destination.parent}: {exc}"
                ) from exc
            self._known.pop(key.uid, None)
            self._offered.discard(key.uid)

    def _lookup(self, maildir_key: str) -> _Entry | None:
        self._scan()
        return self._known.get(maildir_key)

    def _processed_dir(self) -> Path:
        maildir = self._ensure_open()
        name = self.settings.processed_folder
        try:
            folder = maildir.get_folder(name)
        except mailbox.NoSuchMailboxError:
            try:
                folder = maildir.add_folder(name)
            except OSError as exc:
                raise SourceError(
                    f"mailbox {self.mailbox}: cannot create processed folder {name!r}: {exc}"
                ) from exc
            log.info("maildir %s: created processed folder %s", self.mailbox, name)
        return Path(folder._path)  # the stdlib keeps the folder's directory here

    # --- waiting ------------------------------------------------------------------

    def _stamps(self) -> tuple[int, int]:
        return (
            os.stat(self.path / "new").st_mtime_ns,
            os.stat(self.path / "cur").st_mtime_ns,
        )

    def wait_for_new(self, timeout: float) -> bool:
        """Poll the directories (cheaply: their mtimes) until a message not yet offered
        appears; True if one did within `timeout` seconds."""
        self._ensure_open()
        deadline = time.monotonic() + timeout
        while True:
            stamps = self._stamps()
            # Directory mtimes are coarse (a clock tick): a change may not move them,
            # so a directory changed in the last second is always listed again.
            recent = max(stamps) >= time.time_ns() - 1_000_000_000
            if stamps != self._dir_stamps or recent:
                self._dir_stamps = stamps
                if any(entry.key not in self._offered for entry in self._scan()):
                    return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(self.poll_interval, remaining))
