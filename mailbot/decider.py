"""Deciding messages in a second process, under a wall-clock budget per message.

Every message is decided here, never in the caller's process (`mailbot run`, `run
--once`, `retry`, `check`, `rules explain`, `rules replay`, the staff pages' re-decision,
explain and replay): a hostile message (a 2 MB subject line, a PDF with a
thousand objects) can keep the decision core busy for minutes, and Python cannot
stop a thread that is inside a regular expression. A process can be killed.

`ProcessDecider` hands a batch's messages to a child process with its own
`DecisionEngine` (and its own PDF worker, see `mailbot.core.pdfworker`): the batch
goes down a socket pair in one pickled message, the decisions come back one by one,
so the parent files the first while the child decides the next (on the other core).

    decider = ProcessDecider(settings)        # starts the child in the background
    jobs = [(raw, {"file": uid, "mailbox": ..., "received": ..., "known_refugee": False}), ...]
    for results in decider.decide_chunks(jobs, 10):   # or decide_many(jobs): all at once
        ...   # one per job: a Decision, or a DecideFailure(error, traceback) to quarantine
    decider.close()

`explain_one(raw, ...)` answers an `Explanation` (`mailbot.core.explain`: the decision
and every rule tried) or a DecideFailure, under the same budget. A decider built with
`rules` decides with those rules instead of the configured ones (`mailbot rules replay`
tries an operator's edited rules this way).

Each message has `LimitSettings.decision_seconds` (default 10 s), counted from the
moment the parent waits for it. When it runs out, the child (and its PDF worker: they share a
process group) is killed with SIGKILL, that message's answer is a `DecideFailure`
whose error is `TIMEOUT_ERROR` ("tiempo de decisión excedido"; the runner quarantines
it and `mailbot retry` can try it again), and a new child takes the rest of the batch.
A child that dies on a message gets the same treatment (`CRASH_ERROR`). A message
larger than `LimitSettings.max_message_bytes` is not even sent (`DecideFailure`, see
`oversize_error`). If no child can be started (`MAX_FAILURES` attempts in a row), the
messages left get a `DecideFailure` too: nothing is decided without the budget.

The decision is the same function with the same settings and rules as in the parent
(`DecisionEngine.from_settings(settings, rules)`), sent back without the documents' text layers
(`_slim`); nothing else happens in the child: no database, no mail. The child is a
fresh interpreter (`python -m mailbot.decider`), not a fork of a process that has
threads. It ignores SIGINT and SIGTERM and ends when its socket closes; on Linux it
also asks the kernel to kill it when its parent dies.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import pickle
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from mailbot.settings import Settings

if TYPE_CHECKING:
    from mailbot.core.rules import RuleSet

log = logging.getLogger(__name__)

TIMEOUT_ERROR = "tiempo de decisión excedido"
CRASH_ERROR = "el proceso de decisión terminó de forma anormal"
UNAVAILABLE_ERROR = "el proceso de decisión no pudo iniciarse"
STARTUP_SECONDS = 120.0  # imports, rules, the PDF worker's fork: once per child
DECIDE, EXPLAIN = "decide", "explain"  # what the child does with a batch of jobs


class DeciderUnavailable(Exception):
    """The decide process could not be started (kept for callers that test it)."""


@dataclass(frozen=True)
class DecideFailure:
    """The message was not decided: (last line, traceback). The error starts with
    `TIMEOUT_ERROR` when the budget ran out."""

    error: str
    traceback: str


def oversize_error(size: int, limit: int) -> str:
    return (f"El mensaje pesa {size / (1024 * 1024):.1f} MB, más que el límite de "
            f"{limit / (1024 * 1024):.1f} MB; no se analizó.")


def undecided(failure: DecideFailure, *, file: str = "", mailbox: str | None = None,
              received: dt.datetime | None = None) -> Any:
    """A `triage` Decision for a message that could not be decided (what `mailbot check`
    prints for it): a person looks at it, the reason is in `errors`."""
    from mailbot.core.model import Classification, Decision, SignatureReport

    return Decision(
        file=file, message_id="", mailbox=(mailbox or "").lower(), received=received, procedure=None,
        classification=Classification(None, (), "no se pudo decidir"), fields={}, missing=(),
        signature=SignatureReport("not_required"), outcome="triage", flags=(), filing_date=None,
        due_date=None, reply=None, errors=(failure.error,),
    )


class ProcessDecider:
    """One child process deciding for this process, a budget per message (see the module docstring)."""

    MAX_FAILURES = 3

    def __init__(self, settings: Settings, budget: float | None = None, rules: RuleSet | None = None) -> None:
        self.settings = settings
        self.rules = rules  # None: the child loads the configured rules (settings.rules_dir)
        self.budget = budget if budget is not None else settings.limits.decision_seconds
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._connection: Connection | None = None
        self._ready = False
        self.failures = 0  # start-ups failed in a row
        self.timeouts = 0  # messages stopped by the budget (for tests and logs)
        try:
            self.start()
        except DeciderUnavailable as exc:
            log.warning("decide process: %s", exc)

    def start(self) -> None:
        """Start the child unless it runs; it builds its engine while the parent goes on."""
        with self._lock:
            self._start()

    def _start(self) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        self._stop()
        ours, theirs = socket.socketpair()
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "mailbot.decider", str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, close_fds=True,
                start_new_session=True,  # its own process group: killed with its PDF worker
            )
        except OSError as exc:
            ours.close()
            self.failures += 1
            raise DeciderUnavailable(f"the decide process could not start: {exc}") from exc
        finally:
            theirs.close()
        self._connection = Connection(ours.detach())
        self._ready = False
        try:
            self._connection.send((self.settings, self.rules))
        except OSError as exc:
            self.failures += 1
            self._stop()
            raise DeciderUnavailable(str(exc)) from exc

    def _await_ready(self) -> None:
        """Wait for the child's engine (the start-up is not part of any message's budget)."""
        if self._ready:
            return
        connection = self._connection
        assert connection is not None
        try:
            if not connection.poll(STARTUP_SECONDS) or connection.recv() != "ready":
                raise EOFError("no ready signal")
        except (OSError, EOFError, pickle.PickleError) as exc:
            self.failures += 1
            self._stop()
            raise DeciderUnavailable(f"the decide process did not start: {exc}") from exc
        self._ready = True
        self.failures = 0

    def decide_one(self, raw: bytes, **kwargs: Any) -> Any:
        """A Decision or a DecideFailure for one message."""
        return self.decide_many([(raw, kwargs)])[0]

    def explain_one(self, raw: bytes, *, file: str = "", mailbox: str | None = None,
                    received: dt.datetime | None = None) -> Any:
        """An `Explanation` (`mailbot.core.explain`) or a DecideFailure for one message,
        within the same budget as a decision."""
        kwargs = {"file": file, "mailbox": mailbox, "received": received}
        with self._lock:
            return list(self._results([(raw, kwargs)], EXPLAIN))[0]  # to its end: the child stays in step

    def decide_many(self, jobs: Sequence[tuple[bytes, dict[str, Any]]]) -> list[Any]:
        """A Decision or a DecideFailure per job, in order."""
        return [result for chunk in self.decide_chunks(jobs, max(1, len(jobs))) for result in chunk]

    def decide_chunks(self, jobs: Sequence[tuple[bytes, dict[str, Any]]], chunk: int) -> Iterator[list[Any]]:
        """The results of `jobs` (a Decision or a DecideFailure each, in order), `chunk`
        at a time as the child finishes them, so that the caller can file the first
        while the child decides the next. Every job gets an answer within its budget.
        The child serves one caller at a time, until the iterator is exhausted or closed."""
        if not jobs:
            return
        chunk = max(1, chunk)
        with self._lock:
            pending: list[Any] = []
            for result in self._results(list(jobs), DECIDE):
                pending.append(result)
                if len(pending) == chunk:
                    yield pending
                    pending = []
            if pending:
                yield pending

    def _results(self, jobs: list[tuple[bytes, dict[str, Any]]], task: str) -> Iterator[Any]:
        limit = self.settings.limits.max_message_bytes
        position = 0
        finished = True
        try:
            while position < len(jobs):
                raw = jobs[position][0]
                if limit and len(raw) > limit:
                    yield DecideFailure(oversize_error(len(raw), limit), "")
                    position += 1
                    continue
                run_end = position
                while run_end < len(jobs) and not (limit and len(jobs[run_end][0]) > limit):
                    run_end += 1
                try:
                    self._start()
                    self._await_ready()
                except DeciderUnavailable as exc:
                    if self.failures >= self.MAX_FAILURES:
                        log.error("decide process: %s; %d message(s) left undecided", exc, len(jobs) - position)
                        for _ in range(position, len(jobs)):
                            yield DecideFailure(f"{UNAVAILABLE_ERROR}: {exc}", "")
                        return
                    continue
                finished = False
                position = yield from self._run(task, jobs, position, run_end)
                finished = True
        finally:
            if not finished:
                self._stop(kill=True)  # the caller stopped early: the child's answers are out of step

    def _run(self, task: str, jobs: list[tuple[bytes, dict[str, Any]]], position: int,
             end: int) -> Iterator[Any]:
        """Send jobs[position:end] to the ready child (to decide or explain: `task`) and
        yield its answers; on a timeout or a crash, that job's failure, and return where
        the next child must start."""
        connection = self._connection
        assert connection is not None
        try:
            connection.send((task, jobs[position:end]))
        except (OSError, pickle.PickleError) as exc:
            self._stop()
            yield DecideFailure(f"{CRASH_ERROR} ({type(exc).__name__})", "")
            return position + 1
        started = time.monotonic()
        while position < end:
            wait = max(0.0, started + self.budget - time.monotonic())
            try:
                if not connection.poll(wait):
                    self.timeouts += 1
                    log.warning("decide process: a message took more than %g s; stopped", self.budget)
                    self._stop(kill=True)
                    yield DecideFailure(f"{TIMEOUT_ERROR} (más de {self.budget:g} s); se detuvo el análisis.", "")
                    return position + 1
                result = connection.recv()
            except (OSError, EOFError, pickle.PickleError, AttributeError, ImportError, TypeError,
                    ValueError) as exc:
                log.warning("decide process: %s while deciding a message", type(exc).__name__)
                self._stop(kill=True)
                yield DecideFailure(f"{CRASH_ERROR} ({type(exc).__name__}).", "")
                return position + 1
            # the next message's budget starts now: the child started it when it sent this
            # answer, at most the time the caller took to file the previous chunk ago
            started = time.monotonic()
            position += 1
            yield result
        return position

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _stop(self, kill: bool = False) -> None:
        """End the child: it ends when its socket closes, unless busy (`kill`: at once)."""
        self._ready = False
        if self._connection is not None:
            try:
                self._connection.close()
            except OSError:
                pass
            self._connection = None
        if self._process is not None:
            process, self._process = self._process, None
            if not kill:
                try:
                    process.wait(timeout=2)  # it ends when its socket closes
                except subprocess.TimeoutExpired:
                    pass
            try:
                os.killpg(process.pid, signal.SIGKILL)  # the child and its PDF worker
            except (ProcessLookupError, PermissionError):
                pass
            process.wait()


def _slim_explanation(explanation: Any) -> Any:
    return dataclasses.replace(explanation, decision=_slim(explanation.decision))


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
    from mailbot.core.explain import explain_message

    settings, rules = connection.recv()
    engine = DecisionEngine.from_settings(settings, rules)
    answer = {DECIDE: lambda raw, kwargs: _slim(engine.decide(raw, **kwargs)),
              EXPLAIN: lambda raw, kwargs: _slim_explanation(explain_message(engine, raw, **kwargs))}
    engine.inspector.start()  # fork the PDF worker while this process is small
    connection.send("ready")
    try:
        while True:
            try:
                task, jobs = connection.recv()
            except (EOFError, OSError):
                return  # the parent closed the socket or died
            for raw, kwargs in jobs:
                try:
                    result: Any = answer[task](raw, kwargs)
                except Exception:  # noqa: BLE001 - the parent quarantines the message
                    text = traceback.format_exc()
                    last = text.strip().splitlines()[-1] if text.strip() else "error"
                    result = DecideFailure(last[:2000], text[-20000:])
                try:
                    connection.send(result)
                except (OSError, pickle.PickleError):
                    return
    finally:
        engine.inspector.close()


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: SIGKILL this process when the parent dies (a parent killed with SIGKILL
    cannot close our socket while we are inside a long decision)."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main(argv: Sequence[str]) -> int:  # pragma: no cover - runs in the child
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent stops us by closing the socket
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    logging.basicConfig(level=logging.WARNING)
    _die_with_parent()
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
