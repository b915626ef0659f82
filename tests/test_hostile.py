"""The hostile corpus (tests/hostile.py): every case gets a decision, or a quarantine,
within the budget per message, and `mailbot check` stays under 300 MB."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import Session, select

from mailbot import service
from mailbot.settings import LimitSettings
from mailbot.store import open_engine
from mailbot.store.models import Quarantine, SourceReceipt
from tests import hostile
from tests.intake_support import (
    LABELS, corpus_bytes, deliver_corpus, intake_settings, message_id_of, replies_by_key, user_of,
)

BUDGET = LimitSettings().decision_seconds
KILL_SLACK = 1.0  # killing and reaping the child after the budget ran out
MEMORY_MB = 300
PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostil")
    hostile.write_corpus(folder)
    return folder


def test_the_corpus_has_the_cases_of_the_issue(corpus: Path):
    names = {path.stem for path in corpus.glob("*.eml")}
    assert len(names) >= 30
    assert (corpus / f"{hostile.BIG_CASE}.eml").stat().st_size >= 100 * hostile.MB
    assert {"asunto-2mb", "cuerpo-1mb-una-linea", "para-10000-direcciones", "1000-partes-mime", "anidado-200",
            "muchos-pdf", "pdf-10000-paginas", "pdf-texto-50mb", "from-encoded-falso", "reply-to-encoded-falso",
            "return-path-encoded", "nombre-archivo-rtl", "nombre-archivo-500", "nul-en-cabeceras",
            "surrogates-solos", "charsets-mezclados", "charset-desconocido"} <= names


def test_every_hostile_case_is_answered_within_the_budget(corpus: Path):
    """GIVEN each hostile case WHEN decided as `mailbot check` decides (the decide
    process, default limits) THEN each gets a decision or a stated failure (too big,
    "tiempo de decisión excedido") within the budget; memory stays under 300 MB."""
    done = subprocess.run([sys.executable, "-m", "tests.hostile", "--probe", str(corpus)], cwd=PROJECT,
                          capture_output=True, text=True, timeout=60 + 40 * BUDGET)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    cases, memory = lines[:-1], lines[-1]
    assert len(cases) == len(list(corpus.glob("*.eml")))
    slow = {case["case"]: round(case["seconds"], 2) for case in cases if case["seconds"] > BUDGET + KILL_SLACK}
    assert not slow, slow
    for case in cases:
        assert case["outcome"] or case["error"], case
    big = next(case for case in cases if case["case"] == hostile.BIG_CASE)
    assert "más que el límite" in big["error"]
    assert memory["self_mb"] < MEMORY_MB and memory["children_mb"] < MEMORY_MB, memory


def test_mailbot_check_answers_every_hostile_case(corpus: Path):
    """GIVEN the hostile corpus WHEN `mailbot check FOLDER --json` runs THEN exit 0, one
    object per case (a timed-out or too-big one is triage with the reason in errors),
    and the check process and its children never pass 300 MB."""
    measure = ("import resource, subprocess, sys; done = subprocess.run(sys.argv[1:]); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, file=sys.stderr); "
               "sys.exit(done.returncode)")
    files = sorted(corpus.glob("*.eml"))
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-c", measure, sys.executable, "-m", "mailbot", "check", str(corpus),
                           "--json"], cwd=PROJECT, capture_output=True, text=True, timeout=60 + 40 * BUDGET)
    elapsed = time.monotonic() - began
    assert done.returncode == 0, done.stderr[-3000:]
    objects = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["file"] for o in objects] == [path.name for path in files]
    for obj in objects:
        assert obj["outcome"] in ("triage", "acuse", "cargo", "subsanar", "portal", "suspendido", "ignorado")
        if obj["outcome"] == "triage" and not obj["procedure"]:
            assert isinstance(obj["errors"], list)
    big = next(o for o in objects if o["file"] == f"{hostile.BIG_CASE}.eml")
    assert big["outcome"] == "triage" and "más que el límite" in big["errors"][0]
    peak = float(done.stderr.strip().splitlines()[-1])
    assert peak < MEMORY_MB, f"{peak:.0f} MB"
    assert elapsed < 30 + len(files) * (BUDGET + KILL_SLACK)


# -- end to end: hostile mail among normal mail -----------------------------------------

NORMAL = [name for name in sorted(LABELS) if LABELS[name]["outcome"] != "ignorado"][:50]


@pytest.mark.imap
@pytest.mark.smtp
def test_hostile_mail_does_not_stop_normal_mail(db_url, dovecot, smtp_server, corpus_settings):
    """GIVEN 50 normal corpus messages and the 5 worst hostile ones in the same Dovecot
    mailboxes WHEN `mailbot run --once` runs THEN all 50 are answered over SMTP, each
    hostile one is filed or quarantined (never left to be fetched again), within the
    budget per message."""
    settings = intake_settings(corpus_settings, dovecot, smtp_server, db_url)
    deliver_corpus(dovecot, NORMAL)
    worst = {name: hostile.CASES[name]() for name in hostile.WORST}
    users = sorted({user_of(LABELS[name]["mailbox"]) for name in NORMAL})
    for index, raw in enumerate(worst.values()):
        dovecot.append(users[index % len(users)], "INBOX", raw)

    began = time.monotonic()
    out = io.StringIO()
    assert service.run(settings, once=True, out=out) == 0, out.getvalue()
    elapsed = time.monotonic() - began

    replies = replies_by_key(smtp_server)
    answered = {str(copies[0]["In-Reply-To"]).strip() for key, copies in replies.items() if key.endswith(".r")}
    missing = [name for name in NORMAL if message_id_of(corpus_bytes(name)) not in answered]
    assert not missing, missing
    db = open_engine(db_url)
    try:
        with Session(db) as session:
            states = session.exec(select(SourceReceipt.state)).all()
            assert len(states) == len(NORMAL) + len(worst)
            assert set(states) <= {"filed", "quarantined"}, states
            for item in session.exec(select(Quarantine)).all():  # a reason a clerk can read
                assert item.error and "Traceback" not in item.error, item.error
    finally:
        db.dispose()
    assert elapsed < 60 + (len(NORMAL) + len(worst)) * 1.0 + len(worst) * BUDGET

