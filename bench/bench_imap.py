"""Benchmark the IMAP source against a bare imapclient fetch, on a private Dovecot.

    .venv/bin/python bench/bench_imap.py                 # 2,000 messages
    .venv/bin/python bench/bench_imap.py --count 10000   # the backlog

Prints three rates in messages per second: the baseline (one connection, UID
SEARCH, FETCH BODY.PEEK[] INTERNALDATE RFC822.SIZE in batches, nothing else), then
`ImapSource.fetch_new` + `mark_handled` per message (one MOVE each, as a runner that
commits per message does), then with `mark_handled_many` once per batch; and each
source rate as a fraction of the baseline.

The pieces are reusable for the full pipeline benchmark: `private_dovecot()`,
`sample_messages()`, `deliver()`, `bare_fetch()`.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from imapclient import IMAPClient  # noqa: E402

from mailbot.settings import MailboxSettings  # noqa: E402
from mailbot.sources.imap import ImapSource  # noqa: E402
from tests.dovecot import DovecotServer  # noqa: E402

FETCH_ITEMS = [b"BODY.PEEK[]", b"INTERNALDATE", b"RFC822.SIZE"]


@dataclass(frozen=True)
class Rate:
    label: str
    messages: int
    seconds: float
    size_bytes: int = 0

    @property
    def per_second(self) -> float:
        return self.messages / self.seconds if self.seconds else float("inf")

    def line(self, baseline: "Rate | None" = None) -> str:
        text = (f"{self.label:<52} {self.messages:>6} msgs {self.seconds:>7.2f} s "
                f"{self.per_second:>9.0f} msgs/s")
        if self.size_bytes:
            text += f" {self.size_bytes / self.seconds / 1e6:>6.1f} MB/s"
        if baseline is not None:
            text += f"   ratio {self.per_second / baseline.per_second:.2f}"
        return text


@contextmanager
def private_dovecot(workdir: Path | None = None, fsync: bool = True) -> Iterator[DovecotServer]:
    """A running private Dovecot (see tests/dovecot.py), stopped on exit."""
    with tempfile.TemporaryDirectory(prefix="mailbot-bench-") as tmp:
        server = DovecotServer(workdir or Path(tmp), fsync=fsync)
        with server:
            yield server


def sample_messages(count: int, size: int = 20_000) -> list[bytes]:
    """`count` distinct messages of about `size` bytes (text plus a base64 part)."""
    filler = (b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MjQyNDI0MjQyNDI0MjQyNDI0MjQyNDI0MjQy\r\n"
              * (max(size - 800, 0) // 74 + 1))[: max(size - 800, 0)]
    return [
        (
            f"From: Solicitante {n} <solicitante{n}@example.org>\r\n"
            "To: mesadepartes@rree.gob.pe\r\n"
            f"Subject: Solicitud de refugio {n}\r\n"
            f"Message-ID: <bench-{n}@example.org>\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="sep"\r\n\r\n'
            "--sep\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Solicito el reconocimiento de la condición de refugiado. Caso {n}.\r\n"
            "--sep\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        ).encode()
        + filler
        + b"\r\n--sep--\r\n"
        for n in range(count)
    ]


def deliver(server: DovecotServer, user: str, messages: Sequence[bytes], folder: str = "INBOX") -> Rate:
    started = time.perf_counter()
    server.append_many(user, folder, messages)
    return Rate(f"APPEND ({user})", len(messages), time.perf_counter() - started,
                sum(map(len, messages)))


def bare_fetch(server: DovecotServer, user: str, batch_size: int = 200, folder: str = "INBOX") -> Rate:
    """The baseline: what imapclient alone does to read every message once."""
    started = time.perf_counter()
    total_bytes = count = 0
    client = IMAPClient(server.host, port=server.port, ssl=False, timeout=60)
    try:
        client.login(user, server.password(user))
        client.select_folder(folder, readonly=True)
        uids = sorted(client.search(["NOT", "DELETED"]))
        for start in range(0, len(uids), batch_size):
            for data in client.fetch(uids[start:start + batch_size], FETCH_ITEMS).values():
                total_bytes += len(data.get(b"BODY[]") or b"")
                count += 1
    finally:
        client.logout()
    return Rate(f"bare imapclient fetch (batch {batch_size})", count, time.perf_counter() - started, total_bytes)


def source_fetch_and_mark(settings: MailboxSettings, per_batch: bool = False) -> Rate:
    """ImapSource.fetch_new, then mark_handled per message (or once per batch)."""
    started = time.perf_counter()
    source = ImapSource(settings)
    source.connect()
    count = total_bytes = 0
    pending = []
    try:
        for message in source.fetch_new():
            count += 1
            total_bytes += len(message.raw)
            if per_batch:
                pending.append(message.key)
                if len(pending) >= settings.batch_size:
                    source.mark_handled_many(pending)
                    pending.clear()
            else:
                source.mark_handled(message.key)
        source.mark_handled_many(pending)
    finally:
        source.close()
    how = "mark_handled_many per batch" if per_batch else "mark_handled each"
    return Rate(f"ImapSource fetch_new + {how}", count, time.perf_counter() - started, total_bytes)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="messages per mailbox (default 2000)")
    parser.add_argument("--size", type=int, default=20_000, help="bytes per message (default 20000)")
    parser.add_argument("--batch-size", type=int, default=200, help="FETCH batch size (default 200)")
    parser.add_argument("--no-fsync", action="store_true",
                        help="Dovecot with mail_fsync=never (faster, not like production)")
    args = parser.parse_args(argv)

    messages = sample_messages(args.count, args.size)
    print(f"{args.count} messages of ~{args.size} bytes; Dovecot mail_fsync="
          f"{'never' if args.no_fsync else 'optimized (default)'}")
    with private_dovecot(fsync=not args.no_fsync) as server:
        for user in ("mesadepartes", "refugiados"):
            print(deliver(server, user, messages).line())
        baseline = bare_fetch(server, "mesadepartes", args.batch_size)
        print(baseline.line())
        common = dict(processed_folder="Procesados", batch_size=args.batch_size)
        each = source_fetch_and_mark(server.mailbox_settings("mesadepartes", **common))
        print(each.line(baseline))
        batched = source_fetch_and_mark(server.mailbox_settings("refugiados", **common), per_batch=True)
        print(batched.line(baseline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
