"""Crash safety: SIGKILL the worker at random points while a few hundred messages flow.

GIVEN 320 distinct messages in two Maildirs (plus 10 delivered to both) and an SMTP
server, WHEN `mailbot run` (as a subprocess) is killed with SIGKILL at random moments
at least 20 times and restarted, and finally allowed to finish and stopped with SIGTERM,
THEN no message is lost, none is filed twice, every non-ignorado message got its reply at the SMTP
server (counted by Message-ID), none twice, and the last stop was clean.

The SMTP server files a copy of every reply in an archive mailbox on a private Dovecot
(`[smtp.archive]`, see mailbot/sender.py): a reply a killed run left unconfirmed is
looked up there before it is sent again.
"""
from __future__ import annotations

import json
import mailbox
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest_store import CORPUS, wait_until
from tests.smtp_archive import archive_dovecot, archive_toml, archived_message_ids, archiving_smtp  # noqa: F401

pytestmark = [pytest.mark.slow, pytest.mark.smtp]
MAILBOXES = ("mesadepartes@rree.gob.pe", "refugiados@rree.gob.pe")
WORKER = "import sys; from mailbot.settings import load_settings; from mailbot.service import run; " \
         "raise SystemExit(run(load_settings(sys.argv[1])))"
MESSAGE_ID = re.compile(rb"(?im)^(message-id:\s*<)")


def write_config(tmp_path: Path, smtp_port: int, archive: str) -> Path:
    boxes = "".join(
        f'[[mailboxes]]\naddress = "{address}"\nkind = "maildir"\npath = "{tmp_path / address}"\n'
        "batch_size = 20\n\n"
        for address in MAILBOXES
    )
    config = tmp_path / "config.toml"
    config.write_text(
        f'database_url = "sqlite:///{tmp_path / "state.db"}"\n\n'
        + (CORPUS / "config.toml").read_text() + "\n"
        + f'[smtp]\nkind = "smtp"\nhost = "127.0.0.1"\nport = {smtp_port}\ntimeout_seconds = 5\n'
        + "max_replies_per_sender_per_day = 1000\narchive_wait_seconds = 3\n\n"
        + archive + "\n"
        + "[scheduler]\npoll_seconds = 1\nsend_seconds = 1\nsweep_seconds = 3600\n\n"
        + boxes
    )
    return config


def deliver(tmp_path: Path) -> tuple[int, int]:
    """Two copies of every corpus message (one per mailbox, distinct Message-IDs) and ten
    messages delivered, byte for byte, to both. Returns (distinct messages, replies owed)."""
    labels = {r["file"]: r for r in map(json.loads, (CORPUS / "labels.jsonl").read_text().splitlines())}
    boxes = [mailbox.Maildir(tmp_path / address, create=True) for address in MAILBOXES]
    distinct = owed = 0
    for copy, box in enumerate(boxes):
        for name in sorted(labels):
            raw = MESSAGE_ID.sub(rb"\1c%d." % copy, (CORPUS / name).read_bytes(), count=1)
            box.add(b"X-Crash-Copy: %d\r\n" % copy + raw)
            distinct += 1
            owed += labels[name]["outcome"] != "ignorado"
    for name in sorted(labels)[:10]:
        raw = b"X-Crash-Copy: both\r\n" + (CORPUS / name).read_bytes()
        for box in boxes:
            box.add(raw)
        distinct += 1
        owed += labels[name]["outcome"] != "ignorado"
    return distinct, owed


def query(db: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def progress(db: Path, smtp_server) -> int:
    """Messages filed plus replies received: grows while the worker works."""
    try:
        filed = query(db, "SELECT count(*) FROM message")[0][0]
    except sqlite3.Error:  # not created (or not migrated) yet
        filed = 0
    return filed + len(smtp_server.recorder.messages)


def start(config: Path, log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WORKER, str(config)], cwd=Path(__file__).resolve().parents[1],
                            stdout=log.open("ab"), stderr=subprocess.STDOUT)


def test_sigkill_at_random_points(tmp_path, archiving_smtp, archive_dovecot):
    smtp_server = archiving_smtp
    config = write_config(tmp_path, smtp_server.port, archive_toml(archive_dovecot))
    distinct, owed = deliver(tmp_path)
    db = tmp_path / "state.db"
    log = tmp_path / "worker.log"
    rng = random.Random(int(os.environ.get("CRASH_SEED", time.time())))
    kills = progressed = 0
    started = time.monotonic()
    while kills < 22 and time.monotonic() - started < 150:
        before = progress(db, smtp_server)
        worker = start(config, log)
        # Kill mid-flow: once this run has filed or sent something, after a random delay.
        wait_until(lambda: progress(db, smtp_server) > before, timeout=10, interval=0.01)
        time.sleep(rng.uniform(0.0, 0.3))
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        kills += 1
        progressed += progress(db, smtp_server) > before
    assert kills >= 20, f"only {kills} kills"
    assert progressed >= 18, f"the worker made progress between only {progressed} kills"

    worker = start(config, log)
    try:
        done = wait_until(lambda: db.exists() and query(db, "SELECT count(*) FROM message")[0][0] == distinct
                          and query(db, "SELECT count(*) FROM outbox WHERE status != 'sent'")[0][0] == 0
                          and len(smtp_server.recorder.messages) >= owed, timeout=60, interval=0.2)
    finally:
        worker.send_signal(signal.SIGTERM)
        code = worker.wait(timeout=20)
    assert done, log.read_text()[-3000:]
    assert code == 0

    assert query(db, "SELECT count(*) FROM message")[0][0] == distinct
    assert query(db, "SELECT count(DISTINCT content_key) FROM message")[0][0] == distinct
    assert query(db, "SELECT count(*) FROM quarantine")[0][0] == 0
    assert query(db, "SELECT count(*) FROM source_receipt WHERE state NOT IN ('filed', 'duplicate')")[0][0] == 0
    assert query(db, "SELECT count(*) FROM source_receipt WHERE state = 'duplicate'")[0][0] == 10
    numbers = [row[0] for row in query(db, "SELECT sequence FROM registro ORDER BY sequence")]
    assert numbers == list(range(1, owed + 1))  # gapless, one registro per non-ignorado message
    for address in MAILBOXES:
        assert list((tmp_path / address / "new").iterdir()) == []
    keys = sorted(row[0] for row in query(db, "SELECT idempotency_key FROM outbox"))
    assert len(keys) == owed
    arrived = smtp_server.recorder.message_ids()
    assert sorted({mid.strip("<>").partition("@")[0] for mid in arrived}) == keys  # none missing
    # Rows a killed run left in "sending": found in the archive, or sent again only when absent.
    recovered = dict(query(db, "SELECT json_extract(detail, '$.evidence'), count(*) FROM audit "
                               "WHERE action = 'delivered_before_crash' GROUP BY 1"))
    resent = query(db, "SELECT count(*) FROM audit WHERE action = 'resent_after_crash'")[0][0]
    copies: dict[str, int] = {}
    for received in smtp_server.recorder.messages:
        key = str(received.message["Message-ID"]).strip("<>").partition("@")[0]
        copies[key] = copies.get(key, 0) + 1
    twice = sorted(key for key, count in copies.items() if count > 1)
    print(f"kills={kills} progressed={progressed} delivered_before_crash={recovered} "
          f"resent_after_crash={resent} delivered_twice={len(twice)} deliveries={len(arrived)} owed={owed}")
    assert twice == []  # no reply sent twice
    assert len(arrived) == owed
    assert sorted(archived_message_ids(archive_dovecot)) == sorted(arrived)
