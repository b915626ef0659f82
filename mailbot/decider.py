"""Deciding a batch in a second process, so that the decision runs on the other core.

`mailbot run` is one process: the intake thread (IMAP, decide, store) and the sender
thread (SMTP) share one interpreter lock, so while a message is decided (parsing,
classification, fields: pure Python, ~4 ms a message) neither the filing nor the
sender moves. `ProcessDecider` hands the decisions of a batch to a child process
with its own `DecisionEngine` (and its own PDF worker, see `mailbot.core.pdfworker`):
the batch's messages go down a socket pair in one pickled message, the decisions
come back a few at a time, so the parent files the first while the child decides the
next; meanwhile the parent's threads (the filing, the sender) have the interpreter
to themselves.

    decider = ProcessDecider(settings)        # starts the child in the background
    jobs = [(raw, {"file": uid, "mailbox": ..., "received": ..., "known_refugee": False}), ...]
    for results in decider.decide_chunks(jobs, 10):   # or decide_many(jobs): all at once
        ...   # one per job: a Decision, or a DecideFailure(error, traceback) to quarantine
    decider.close()

The decision is the same function with the same settings and rules as in the parent
(`DecisionEngine.from_settings`), sent back without the documents' text layers
(`_slim`); nothing else happens in the child: no database, no mail. The child is a fresh interpreter (`python -m mailbot.decider`), not a fork of a
process that has threads. It ignores SIGINT and SIGTERM and ends when its socket
closes, so it never outlives the parent, even a parent killed with SIGKILL.

When the child cannot answer (it died, or a batch took longer than `timeout`), it is
killed, `DeciderUnavailable` is raised and the caller decides in-process (the runner
does); the next batch starts a new child.
"""
from __future__ import annotations

import dataclasses
import logging
import pickle
import signal
import socket
import subprocess
import sys
import threading
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Iterator, Sequence

from mailbot.settings import Settings

log = logging.getLogger(__name__)


class DeciderUnavailable(Exception):
    """The decide process could not answer; decide in-process."""


@dataclass(frozen=True)
class DecideFailure:
    """The decision of one message raised in the child: (last line, traceback)."""

    error: str
    traceback: str


class ProcessDecider:
    """One child process deciding batches for this process (see the module docstring)."""

    def __init__(self, settings: Settings, timeout_per_message: float | None = None) -> None:
        self.settings = settings
        # a message may hold several PDFs, each bounded by the PDF worker's own limit
        self.timeout_per_message = timeout_per_message or max(30.0, 3 * settings.limits.pdf_timeout_seconds)
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._connection: Connection | None = None
        self.failures = 0  # in a row; after MAX_FAILURES the child is not started again
        try:
            self.start()
        except DeciderUnavailable as exc:
            log.warning("decide process: %s; deciding in-process", exc)

    MAX_FAILURES = 3

    def start(self) -> None:
        """Start the child unless it runs; it builds its engine while the parent goes on."""
        with self._lock:
            self._start()

    def _start(self) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        self._stop()
        if self.failures >= self.MAX_FAILURES:
            raise DeciderUnavailable("the decide process failed too often")
        ours, theirs = socket.socketpair()
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "mailbot.decider", str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, close_fds=True,
            )
        except OSError as exc:
            ours.close()
            self.failures += 1
            raise DeciderUnavailable(f"the decide process could not start: {exc}") from exc
        finally:
            theirs.close()
        self._connection = Connection(ours.detach())
        try:
            self._connection.send(self.settings)
        except OSError as exc:
            self.failures += 1
            self._stop()
            raise DeciderUnavailable(str(exc)) from exc

    def decide_many(self, jobs: Sequence[tuple[bytes, dict[str, Any]]]) -> list[Any]:
        """A Decision or a DecideFailure per job, in order; DeciderUnavailable when the
        child cannot answer."""
        return [result for chunk in self.decide_chunks(jobs, max(1, len(jobs))) for result in chunk]

    def decide_chunks(self, jobs: Sequence[tuple[bytes, dict[str, Any]]], chunk: int) -> Iterator[list[Any]]:
        """The results of `jobs` (a Decision or a DecideFailure each, in order), `chunk`
        at a time as the child finishes them, so that the caller can file the first
        while the child decides the next. DeciderUnavailable when the child cannot
        answer (then the chunks not yielded yet are the caller's to decide). The child
        serves one caller at a time, until the iterator is exhausted or closed."""
        if not jobs:
            return
        chunk = max(1, chunk)
        with self._lock:
            self._start()
            connection = self._connection
            assert connection is not None
            expected = [min(chunk, len(jobs) - start) for start in range(0, len(jobs), chunk)]
            done = 0
            try:
                try:
                    connection.send((list(jobs), chunk))
                    for size in expected:
                        # the first batch also waits for the child's start-up (imports, rules)
                        if not connection.poll(60.0 + self.timeout_per_message * size):
                            raise TimeoutError(f"no answer for {size} message(s)")
                        results = connection.recv()
                        if not isinstance(results, list) or len(results) != size:
                            raise EOFError("the decide process answered out of step")
                        done += 1
                        self.failures = 0
                        yield results
                except (OSError, EOFError, TimeoutError, pickle.PickleError, AttributeError, ImportError) as exc:
                    # (the last two: an answer that cannot be unpickled here)
                    self.failures += 1
                    log.warning("decide process: %s; deciding in-process", type(exc).__name__)
                    self._stop()
                    raise DeciderUnavailable(str(exc)) from exc
            finally:
                if done < len(expected) and self._connection is not None:
                    self._stop()  # the caller stopped early: the child's answers are out of step

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _stop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except OSError:
                pass
            self._connection = None
        if self._process is not None:
            process, self._process = self._process, None
            try:
                process.wait(timeout=2)  # it ends when its socket closes
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _slim(decision: Any) -> Any:
    """The decision without its documents' text layers: read only while deciding (the
    reply, the stored decision and the filing use pages, hashes, signatures), they are
    most of its pickled size."""
    documents = getattr(decision, "documents", ())
    if not any(getattr(document, "text", "") for document in documents):
        return decision
    return dataclasses.replace(decision, documents=tuple(
        dataclasses.replace(document, text="") for document in documents))


def _serve(connection: Connection) -> None:  # pragma: no cover - runs in the child
    from mailbot.core.decision import DecisionEngine

    settings = connection.recv()
    engine = DecisionEngine.from_settings(settings)
    engine.inspector.start()  # fork the PDF worker while this process is small
    try:
        while True:
            try:
                request = connection.recv()
            except (EOFError, OSError):
                return  # the parent closed the socket or died
            jobs, chunk = request
            results: list[Any] = []
            for number, (raw, kwargs) in enumerate(jobs, start=1):
                try:
                    results.append(_slim(engine.decide(raw, **kwargs)))
                except Exception:  # noqa: BLE001 - the parent quarantines the message
                    text = traceback.format_exc()
                    last = text.strip().splitlines()[-1] if text.strip() else "error"
                    results.append(DecideFailure(last[:2000], text[-20000:]))
                if len(results) == chunk or number == len(jobs):
                    try:
                        connection.send(results)
                    except (OSError, pickle.PickleError):
                        return
                    results = []
    finally:
        engine.inspector.close()


def main(argv: Sequence[str]) -> int:  # pragma: no cover - runs in the child
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent stops us by closing the socket
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    logging.basicConfig(level=logging.WARNING)
    connection = Connection(int(argv[0]))
    try:
        _serve(connection)
    finally:
        connection.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    # Run the imported module's `main`, not this `__main__` copy's: what the child sends
    # back (DecideFailure) must pickle as `mailbot.decider.DecideFailure`, which the
    # parent can load, not as `__main__.DecideFailure`.
    from mailbot.decider import main as _main

    sys.exit(_main(sys.argv[1:]))
