"""The long-running worker: mailbox watchers, and APScheduler jobs for the rest.

One process runs (`mailbot run`):

- one watcher thread per mailbox whose source can wait for mail (IMAP IDLE, Maildir):
  it polls, then waits for new mail up to `scheduler.poll_seconds` (the scheduled
  poll and catch-up), then polls again; new mail is filed within seconds;
- APScheduler 3.x `BackgroundScheduler` jobs, each `max_instances=1`, coalescing:
  ``poll`` (mailboxes without a watcher), ``send`` (the outbox; also run at once
  after a batch filed something), ``sweep`` (expired subsanar), ``digest`` (daily).

Every mailbox is worked under its lock (`mailbot.store.locks`), the outbox too, so a
second process on the same store stands by and takes over when the first dies.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import Callable

from sqlalchemy.engine import Engine

from mailbot import deadlines
from mailbot.runner import IntakeRunner, PollReport, describe_error
from mailbot.sender import Sender, SendReport
from mailbot.settings import Settings
from mailbot.sources.base import MailSource
from mailbot.store.locks import work_lock

log = logging.getLogger(__name__)
JOB_DEFAULTS = {"coalesce": True, "max_instances": 1, "misfire_grace_time": 30}
WAIT_SLICE_SECONDS = 5.0  # how long a watcher may block before it looks at the stop flag


class Worker:
    """The jobs, sharing one stop flag. `stop.set()` ends them after the message in hand."""

    def __init__(self, settings: Settings, db: Engine, runner: IntakeRunner, sender: Sender,
                 sources: dict[str, MailSource]) -> None:
        self.settings, self.db, self.runner, self.sender = settings, db, runner, sender
        self.sources = sources
        self.stop = threading.Event()
        self.locks = {address: work_lock(db, f"mailbox:{address}") for address in sources}
        self.outbox_lock = work_lock(db, "outbox")
        self.sweep_lock = work_lock(db, "sweep")
        self._busy = {address: threading.Lock() for address in sources}
        self._connected: set[str] = set()
        self.on_filed: Callable[[], None] | None = None
        # the mailboxes whose last poll failed, with what went wrong (run --once exits 1)
        self.poll_errors: dict[str, str] = {}

    # -- intake ----------------------------------------------------------------------

    def poll_mailbox(self, address: str) -> PollReport | None:
        """Poll one mailbox if this process holds its lock; None when standing by."""
        lock = self.locks[address]
        if not (lock.held() or lock.acquire()):
            return None
        busy = self._busy[address]
        if not busy.acquire(blocking=False):
            return None
        try:
            source = self.sources[address]
            if address not in self._connected:
                try:
                    source.connect()
                except Exception as exc:
                    # the runner records the errors of a poll; a login that fails is one too
                    self.runner._record_poll(address, 0, describe_error(exc))
                    raise
                self._connected.add(address)
            try:
                # The sender is nudged after each committed batch: a long backlog is
                # answered while it is being filed, not when the poll ends.
                report = self.runner.poll(source, self.stop, on_batch=self._batch_filed)
            except Exception:
                self._connected.discard(address)
                try:
                    source.close()
                except Exception:  # noqa: BLE001
                    pass
                raise
            if report.results:
                log.info("mailbox %s: %d message(s) handled", address, len(report.results))
            return report
        finally:
            busy.release()

    def _batch_filed(self, results: tuple) -> None:
        if self.on_filed is not None and any(result.state in ("filed", "followup") for result in results):
            self.on_filed()

    def poll_all(self, addresses: list[str] | None = None) -> dict[str, PollReport | None]:
        reports: dict[str, PollReport | None] = {}
        for address in addresses if addresses is not None else list(self.sources):
            if self.stop.is_set():
                break
            try:
                reports[address] = self.poll_mailbox(address)
                self.poll_errors.pop(address, None)
            except Exception as exc:  # noqa: BLE001 - one mailbox down does not stop the others
                self.poll_errors[address] = describe_error(exc)
                log.error("mailbox %s: poll failed: %s", address, self.poll_errors[address])
                reports[address] = None
        return reports

    def watch(self, address: str) -> None:
        """A watcher thread's loop: poll, wait for mail (or the poll interval), again."""
        source = self.sources[address]
        backoff = 1.0
        while not self.stop.is_set():
            try:
                report = self.poll_mailbox(address)
                backoff = 1.0
            except Exception as exc:  # noqa: BLE001 - reconnect with backoff
                log.error("mailbox %s: %s; retrying in %.0f s", address, describe_error(exc), backoff)
                self.stop.wait(backoff)
                backoff = min(backoff * 2, 300.0)
                continue
            if report is None:  # another process holds the mailbox: stand by
                self.stop.wait(self.settings.scheduler.poll_seconds)
                continue
            waited = 0.0
            while not self.stop.is_set() and waited < self.settings.scheduler.poll_seconds:
                slice_ = min(WAIT_SLICE_SECONDS, self.settings.scheduler.poll_seconds - waited)
                try:
                    if source.wait_for_new(slice_):
                        break
                except Exception as exc:  # noqa: BLE001 - the next poll reconnects
                    log.warning("mailbox %s: wait failed: %s", address, describe_error(exc))
                    self._connected.discard(address)
                    break
                waited += slice_

    # -- the other jobs ----------------------------------------------------------------

    def send(self) -> SendReport | None:
        if not (self.outbox_lock.held() or self.outbox_lock.acquire()):
            return None
        return self.sender.send_due(stop=self.stop)

    def sweep(self) -> list[str]:
        if not (self.sweep_lock.held() or self.sweep_lock.acquire()):
            return []
        closed = deadlines.sweep(self.settings, self.db)
        if closed:
            log.info("deadline sweep: %d registro(s) closed as not presented", len(closed))
        return closed

    def digest(self) -> None:
        if self.sweep_lock.held() or self.sweep_lock.acquire():
            deadlines.queue_digest(self.settings, self.db)

    def close(self) -> None:
        for address, source in self.sources.items():
            try:
                source.close()
            except Exception:  # noqa: BLE001
                log.debug("mailbox %s: close failed", address)
        for lock in (*self.locks.values(), self.outbox_lock, self.sweep_lock):
            lock.release()
        self.runner.close()


def build_scheduler(worker: Worker, polled: list[str]):
    """The BackgroundScheduler with the four jobs; `polled` are mailboxes with no watcher."""
    from apscheduler.schedulers.background import BackgroundScheduler

    settings = worker.settings.scheduler
    scheduler = BackgroundScheduler(job_defaults=JOB_DEFAULTS, timezone=worker.settings.calendar.timezone)
    now = dt.datetime.now(dt.timezone.utc)
    if polled:
        scheduler.add_job(worker.poll_all, "interval", args=[polled], seconds=settings.poll_seconds,
                          id="poll", next_run_time=now, replace_existing=True)
    scheduler.add_job(worker.send, "interval", seconds=settings.send_seconds, id="send",
                      next_run_time=now, replace_existing=True)
    scheduler.add_job(worker.sweep, "interval", seconds=settings.sweep_seconds, id="sweep",
                      next_run_time=now, replace_existing=True)
    hour, _, minute = settings.digest_time.partition(":")
    scheduler.add_job(worker.digest, "cron", hour=int(hour), minute=int(minute or 0), id="digest",
                      replace_existing=True)

    def nudge_sender() -> None:
        try:
            scheduler.modify_job("send", next_run_time=dt.datetime.now(dt.timezone.utc))
        except Exception:  # noqa: BLE001 - the scheduler is shutting down
            pass

    worker.on_filed = nudge_sender
    return scheduler
