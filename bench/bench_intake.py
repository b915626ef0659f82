"""Benchmark the whole intake pipeline against a bare imapclient fetch, in one run.

    .venv/bin/python bench/bench_intake.py                    # 2,000 messages, IDLE latency
    .venv/bin/python bench/bench_intake.py --backlog 10000    # and a backlog of 10,000
    .venv/bin/python bench/bench_intake.py --profile          # and where the time goes (cProfile)

Against one private Dovecot (see bench/bench_imap.py) and a local aiosmtpd server
that runs in its own process (`smtp_server()`, started with multiprocessing's "spawn"
context): the pipeline under test runs here as threads (`mailbot run`'s intake and
sender), and an SMTP server in this process would compete with them for the
interpreter lock and slow the sender down, where a real deployment's SMTP server is
another machine. The server accepts everything with 250 OK and notes when each reply
arrived; the bench asks it, over a pipe, for the number of replies and for the arrival
time of the reply to a given Message-ID (time.perf_counter(), CLOCK_MONOTONIC on Linux,
so comparable across processes on one machine; checked when the server starts).

(a) baseline: a bare imapclient fetch (UID SEARCH, FETCH BODY.PEEK[] INTERNALDATE
    RFC822.SIZE in batches) of the N messages;
(b) the real pipeline on the same N messages: IMAP -> decide -> store (SQLite, or
    --db URL) -> reply over SMTP, the worker's intake and its sender running side by
    side as `mailbot run` does; messages filed and answered per second, and the ratio
    to (a) (the target is at least 0.5); with the time split by stage;
(c) with --backlog B: the same on B messages waiting in a mailbox;
(d) with IDLE (`mailbot run`, watchers and scheduler): the time from the APPEND of a
    message to its reply reaching the SMTP server, median and p95 over --latency
    messages (the target is a median under 2 s).

The messages are the corpus messages (../shared/corpus), cycled, each with a fresh
Message-ID so that each is a new filing. Figures go to standard output.
"""
from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import multiprocessing
import pstats
import re
import signal
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_imap import Rate, bare_fetch, deliver, private_dovecot  # noqa: E402
from tests.conftest_store import SmtpRecorder, free_port  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
MESSAGE_ID = re.compile(rb"(?im)^message-id:[^\r\n]*(\r?\n[ \t][^\r\n]*)*")
PROCESSED = "Procesados"


# -- messages and servers ------------------------------------------------------------------

def corpus_messages(count: int, tag: str, corpus: Path = CORPUS) -> list[bytes]:
    """`count` corpus messages, cycled, each with the fresh Message-ID <bench-TAG-n@...>."""
    originals = [path.read_bytes() for path in sorted(corpus.glob("*.eml"))]
    messages = []
    for number in range(count):
        raw = originals[number % len(originals)]
        fresh = b"Message-ID: <bench-%s-%d@bench.invalid>" % (tag.encode(), number)
        raw, found = MESSAGE_ID.subn(fresh, raw, count=1)
        messages.append(raw if found else fresh + b"\r\n" + raw)
    return messages


@dataclasses.dataclass
class TimedRecorder(SmtpRecorder):
    """Also notes when each reply arrived, by the Message-ID it answers."""

    arrivals: dict[str, float] = dataclasses.field(default_factory=dict)
    arrived: threading.Condition = dataclasses.field(default_factory=threading.Condition)

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, N802 - aiosmtpd API
        answer = await super().handle_DATA(server, session, envelope)
        match = re.search(rb"(?im)^in-reply-to:\s*(<[^>\r\n]*>)", envelope.original_content)
        if match:
            with self.arrived:
                self.arrivals[match.group(1).decode()] = time.perf_counter()
                self.arrived.notify_all()
        return answer


def _smtp_process(conn, host: str, port: int) -> None:
    """The SMTP server's process: aiosmtpd with a `TimedRecorder`, answering the bench's
    requests on `conn` until told to stop or the bench's end of the pipe closes."""
    from aiosmtpd.controller import Controller

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the bench's to handle: it stops us
    recorder = TimedRecorder()
    controller = Controller(recorder, hostname=host, port=port)
    try:
        controller.start()
    except BaseException as exc:  # noqa: BLE001 - reported to the bench, which raises
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    try:
        conn.send(("ready", time.perf_counter()))
        while True:
            try:
                request = conn.recv()
            except EOFError:  # the bench is gone
                return
            if request[0] == "stop":
                return
            if request[0] == "count":
                with recorder.lock:
                    conn.send(len(recorder.messages))
            elif request[0] == "arrival":  # ("arrival", message_id, timeout): wait for it
                message_id, deadline = request[1], time.perf_counter() + request[2]
                with recorder.arrived:
                    while message_id not in recorder.arrivals and time.perf_counter() < deadline:
                        recorder.arrived.wait(0.05)
                        if conn.poll():  # a newer request (e.g. stop): give up waiting
                            break
                    arrived = recorder.arrivals.get(message_id)
                conn.send(arrived)
    finally:
        controller.stop()


class SmtpProcess:
    """The bench's handle on the SMTP server's process."""

    def __init__(self, host: str, port: int, process, conn) -> None:
        self.host, self.port, self.process = host, port, process
        self._conn = conn
        self._lock = threading.Lock()

    def _ask(self, *request):
        with self._lock:
            self._conn.send(request)
            return self._conn.recv()

    def count(self) -> int:
        """Messages (replies) accepted so far."""
        return self._ask("count")

    def arrival(self, message_id: str, timeout: float) -> float | None:
        """time.perf_counter() when the reply to `message_id` arrived, waiting up to
        `timeout` seconds for it; None if it did not."""
        return self._ask("arrival", message_id, timeout)

    def stop(self) -> None:
        try:
            with self._lock:
                self._conn.send(("stop",))
        except (OSError, ValueError):
            pass
        self.process.join(5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self._conn.close()


@contextmanager
def smtp_server() -> Iterator[SmtpProcess]:
    """aiosmtpd on 127.0.0.1 (a free port) in a process of its own; always stopped."""
    context = multiprocessing.get_context("spawn")
    host, port = "127.0.0.1", free_port()
    conn, child_conn = context.Pipe()
    process = context.Process(target=_smtp_process, args=(child_conn, host, port),
                              name="bench-smtp", daemon=True)
    smtp = None
    try:
        before = time.perf_counter()
        process.start()
        child_conn.close()  # ours is closed: the child sees EOF if we die
        if not conn.poll(60):
            raise RuntimeError("the SMTP server's process did not start within 60 s")
        try:
            kind, value = conn.recv()
        except EOFError:
            raise RuntimeError(f"the SMTP server's process died (exit code {process.exitcode})") from None
        smtp = SmtpProcess(host, port, process, conn)
        if kind != "ready":
            raise RuntimeError(f"the SMTP server did not start: {value}")
        after = time.perf_counter()
        if not before <= value <= after:  # arrival times are compared with ours
            raise RuntimeError(f"time.perf_counter() differs between processes: the SMTP server's "
                               f"{value:.6f} is not within ours {before:.6f}..{after:.6f}")
        yield smtp
    finally:
        if smtp is not None:
            smtp.stop()
        else:
            if process.is_alive():
                process.terminate()
                process.join(5)
            if process.is_alive():
                process.kill()
                process.join()
            conn.close()


def bench_settings(base, server, smtp: SmtpProcess, users: Sequence[str], db_url: str, batch_size: int):
    scheduler = dataclasses.replace(base.scheduler, poll_seconds=60, send_seconds=1, sweep_seconds=3600)
    return dataclasses.replace(
        base,
        database_url=db_url,
        mailboxes=tuple(server.mailbox_settings(user, processed_folder=PROCESSED, batch_size=batch_size)
                        for user in users),
        smtp=dataclasses.replace(base.smtp, kind="smtp", host=smtp.host, port=smtp.port, timeout_seconds=10,
                                 max_replies_per_sender_per_day=10**9),
        scheduler=scheduler,
    )


# -- where the time goes ------------------------------------------------------------------

class Stages:
    """Wall time per stage, summed over threads."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.lock = threading.Lock()

    @contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            with self.lock:
                self.seconds[stage] += time.perf_counter() - started

    def instrument(self, worker) -> None:
        runner = worker.runner
        engine = runner.engine
        stages = self

        class TimedEngine:
            def decide(self, raw, **kwargs):
                with stages.timing("decide (decision core)"):
                    return engine.decide(raw, **kwargs)

            def render_reply(self, *args, **kwargs):
                with stages.timing("render reply"):
                    return engine.render_reply(*args, **kwargs)

        runner.engine = TimedEngine()
        decider = runner.decider

        if decider is not None:  # the batches are decided in a second process (mailbot.decider)
            class TimedDecider:
                def decide_chunks(self, jobs, chunk):
                    answers = decider.decide_chunks(jobs, chunk)
                    try:
                        while True:
                            with stages.timing("decide (waiting for the decide process)"):
                                try:
                                    results = next(answers)
                                except StopIteration:
                                    return
                            yield results
                    finally:
                        answers.close()

                def close(self):
                    decider.close()

            runner.decider = TimedDecider()
        seen = runner.already_seen

        def already_seen(key):
            with stages.timing("already_seen lookups"):
                return seen(key)

        runner.already_seen = already_seen
        for source in worker.sources.values():
            fetch_new, mark_many = source.fetch_new, source.mark_handled_many

            def timed_fetch(already=None, fetch_new=fetch_new):
                iterator = fetch_new(already)
                while True:
                    started = time.perf_counter()
                    try:
                        item = next(iterator)
                    except StopIteration:
                        return
                    finally:
                        with stages.lock:
                            stages.seconds["IMAP search+fetch (incl. already_seen)"] += time.perf_counter() - started
                    yield item

            def timed_mark(keys, mark_many=mark_many):
                with stages.timing("IMAP MOVE (mark_handled_many)"):
                    return mark_many(keys)

            source.fetch_new, source.mark_handled_many = timed_fetch, timed_mark

    def report(self, poll_seconds: float, send_seconds: float) -> list[str]:
        s = dict(self.seconds)
        accounted = sum(v for k, v in s.items() if k != "already_seen lookups")
        lines = [f"    intake thread {poll_seconds:7.2f} s:"]
        for stage, seconds in sorted(s.items(), key=lambda item: -item[1]):
            lines.append(f"      {stage:<42} {seconds:7.2f} s {100 * seconds / poll_seconds:5.1f} %")
        rest = poll_seconds - accounted
        lines.append(f"      {'store: raw bytes, filing, commits (rest)':<42} {rest:7.2f} s {100 * rest / poll_seconds:5.1f} %")
        lines.append(f"    sender thread (claim, SMTP, confirm) busy {send_seconds:7.2f} s")
        return lines


# -- the pipeline ------------------------------------------------------------------------------

def pipeline(settings, expected_replies: int, smtp: SmtpProcess, label: str, count: int,
             profile: str = "") -> tuple[Rate, list[str]]:
    """Intake (poll every mailbox once, batch by batch) with the sender running beside it,
    as `mailbot run` does; timed until the last reply reached the SMTP server."""
    from mailbot import service
    from mailbot.store.models import Message

    started_build = time.perf_counter()
    worker = service.build_worker(settings)
    build_seconds = time.perf_counter() - started_build
    stages = Stages()
    stages.instrument(worker)
    batch_done = threading.Event()
    worker.on_filed = batch_done.set
    intake_done = threading.Event()
    aborted = threading.Event()  # the intake failed or was interrupted (Ctrl-C): the sender stops too
    send_busy = [0.0]
    before = smtp.count()

    def sender() -> None:
        while not aborted.is_set():
            batch_done.wait(0.5)
            batch_done.clear()
            started = time.perf_counter()
            report = worker.send()
            send_busy[0] += time.perf_counter() - started
            if intake_done.is_set() and report is not None and report.sent == 0 and report.retried == 0:
                return

    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    thread = threading.Thread(target=sender, name="bench-sender")
    thread.start()
    if profiler:
        profiler.enable()
    try:
        worker.poll_all()
    except BaseException:
        aborted.set()
        batch_done.set()
        thread.join()
        raise
    if profiler:
        profiler.disable()
    poll_seconds = time.perf_counter() - started
    intake_done.set()
    batch_done.set()
    thread.join()
    seconds = time.perf_counter() - started
    replies = smtp.count() - before
    from sqlmodel import Session, func, select

    with Session(worker.db) as session:
        filed = session.exec(select(func.count()).select_from(Message)).one()
    worker.close()
    worker.db.dispose()
    lines = [f"    start-up (store, engine, sources) {build_seconds:.2f} s, not counted; "
             f"filed {filed}, replies {replies} (expected {expected_replies})"]
    lines += stages.report(poll_seconds, send_busy[0])
    if profiler:
        sort, pattern = ("cumulative", "mailbot/(runner|store|sources|sender|mailutil)") if profile == "store" else ("tottime", "")
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats(sort).print_stats(pattern, 24)
        lines += [f"    cProfile of the intake thread, by {sort} time:"]
        lines += ["    " + line for line in text.getvalue().splitlines() if line.strip()][4:34]
    return Rate(label, count, seconds, 0), lines


def idle_latency(settings, server, smtp: SmtpProcess, user: str, count: int) -> list[float]:
    """`mailbot run` with IDLE; APPEND one message at a time, wait for its reply."""
    from mailbot import service

    stop = threading.Event()
    thread = threading.Thread(target=service.run, args=(settings,), kwargs={"stop": stop, "out": io.StringIO()})
    thread.start()
    latencies = []
    try:
        # Warm-up: the worker is up and idling once a first message got its reply.
        for number, raw in enumerate(corpus_messages(count + 1, "idle")):
            message_id = f"<bench-idle-{number}@bench.invalid>"
            appended = time.perf_counter()
            server.append(user, "INBOX", raw)
            arrived = smtp.arrival(message_id, timeout=appended + 30 - time.perf_counter())  # it waits, not us
            if arrived is None:
                continue  # ignorado: no reply owed
            if number:
                latencies.append(arrived - appended)
    finally:
        stop.set()
        thread.join()
    return latencies


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="messages for (a) and (b) (default 2000)")
    parser.add_argument("--backlog", type=int, default=0, help="messages for the backlog run (c); 0 skips it")
    parser.add_argument("--latency", type=int, default=30, help="messages for the IDLE latency (d); 0 skips it")
    parser.add_argument("--batch-size", type=int, default=200, help="IMAP FETCH batch size (default 200)")
    parser.add_argument("--db", default="", help="database URL (default: a temporary SQLite state.db)")
    parser.add_argument("--profile", nargs="?", const="all", default="", choices=["all", "store"],
                        help="cProfile the intake thread of (b): by own time, or `store`: mailbot's "
                             "runner/store/source functions by cumulative time")
    args = parser.parse_args(argv)

    from mailbot.settings import load_settings

    base = load_settings(CORPUS / "config.toml")
    with tempfile.TemporaryDirectory(prefix="mailbot-bench-intake-") as tmp, \
            private_dovecot() as server, smtp_server() as smtp:
        tmp_path = Path(tmp)

        def db_url(name: str) -> str:
            return args.db or f"sqlite:///{tmp_path / name}"

        print(f"Dovecot on 127.0.0.1:{server.port} (mail_fsync default), aiosmtpd on 127.0.0.1:{smtp.port}, "
              f"store {'(given URL)' if args.db else 'SQLite'}, corpus messages cycled with fresh Message-IDs")
        messages = corpus_messages(args.count, "rate")
        owed = sum(1 for raw in messages if _owed(raw))
        print(deliver(server, "mesadepartes", messages).line())
        baseline = bare_fetch(server, "mesadepartes", args.batch_size)
        print(baseline.line())
        settings = bench_settings(base, server, smtp, ["mesadepartes"], db_url("rate.db"), args.batch_size)
        rate, lines = pipeline(settings, owed, smtp, "(b) pipeline: filed and answered", args.count, args.profile)
        print(rate.line(baseline))
        print("\n".join(lines))

        if args.backlog:
            backlog = corpus_messages(args.backlog, "backlog")
            print(deliver(server, "refugiados", backlog).line())
            settings = bench_settings(base, server, smtp, ["refugiados"], db_url("backlog.db"), args.batch_size)
            rate, lines = pipeline(settings, sum(1 for raw in backlog if _owed(raw)), smtp,
                                   f"(c) backlog of {args.backlog}: filed and answered", args.backlog)
            print(rate.line(baseline))
            print("\n".join(lines))

        if args.latency:
            settings = bench_settings(base, server, smtp, ["solicitantesrefugio"], db_url("idle.db"), args.batch_size)
            latencies = idle_latency(settings, server, smtp, "solicitantesrefugio", args.latency)
            if latencies:
                ordered = sorted(latencies)
                p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
                print(f"(d) IDLE, APPEND -> reply at the SMTP server, {len(latencies)} messages: "
                      f"median {statistics.median(latencies):.3f} s, p95 {p95:.3f} s, "
                      f"min {ordered[0]:.3f} s, max {ordered[-1]:.3f} s")
            else:
                print("(d) IDLE: no reply arrived")
    return 0


_IGNORED: set[bytes] = set()


def _owed(raw: bytes) -> bool:
    """Whether the corpus labels this message's original as answered (not ignorado)."""
    if not _IGNORED:
        import json

        for line in (CORPUS / "labels.jsonl").read_text().splitlines():
            row = json.loads(line)
            if row["outcome"] == "ignorado":
                _IGNORED.add(MESSAGE_ID.sub(b"", (CORPUS / row["file"]).read_bytes(), count=1))
    return MESSAGE_ID.sub(b"", raw, count=1) not in _IGNORED


if __name__ == "__main__":
    sys.exit(main())
