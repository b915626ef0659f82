"""The decide process (mailbot/decider.py): a real child interpreter deciding batches.

It must answer exactly what the in-process engine answers, report a message whose
decision raises instead of dying, stop a message that overruns its budget (killing
the child) and go on with the rest in a new child: nothing is lost, and nothing is
decided in the caller's process.
"""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from mailbot.decider import CRASH_ERROR, TIMEOUT_ERROR, DecideFailure, ProcessDecider
from mailbot.runner import IntakeRunner
from tests.conftest_store import CORPUS, ListSource, wait_until
from tests.mailfactory import eml
from tests.slow_case import slow_message, slow_settings_of

RECEIVED = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.timezone.utc)


def corpus_jobs(count: int) -> list[tuple[bytes, dict]]:
    paths = sorted(CORPUS.glob("*.eml"))[:count]
    return [(path.read_bytes(), {"file": path.name, "mailbox": "mesadepartes@rree.gob.pe",
                                 "received": RECEIVED, "known_refugee": False}) for path in paths]


@pytest.fixture
def decider(corpus_settings):
    process = ProcessDecider(corpus_settings)
    yield process
    process.close()


def test_the_child_decides_as_the_engine_does(decider, engine):
    """GIVEN 40 corpus messages WHEN decided in the child, 10 at a time THEN each answer
    equals the in-process decision (what `mailbot check` prints), chunk by chunk."""
    jobs = corpus_jobs(40)
    chunks = list(decider.decide_chunks(jobs, 10))
    assert [len(chunk) for chunk in chunks] == [10, 10, 10, 10]
    answers = [answer for chunk in chunks for answer in chunk]
    for (raw, kwargs), answer in zip(jobs, answers):
        assert answer.to_json() == engine.decide(raw, **kwargs).to_json(), kwargs["file"]
        assert all(document.text == "" for document in answer.documents)  # slimmed for the trip


def test_a_decision_that_raises_comes_back_as_a_failure(decider):
    """GIVEN a job the engine cannot decide (a bad argument) among good ones THEN that one
    is a DecideFailure with its traceback, the others are decisions, the child lives on."""
    jobs = corpus_jobs(3)
    jobs[1] = (jobs[1][0], {**jobs[1][1], "received": "not a date"})
    answers = decider.decide_many(jobs)
    assert isinstance(answers[1], DecideFailure) and "Traceback" in answers[1].traceback
    assert not isinstance(answers[0], DecideFailure) and not isinstance(answers[2], DecideFailure)
    assert len(decider.decide_many(corpus_jobs(2))) == 2


def test_a_child_killed_mid_batch_is_reported_and_replaced(decider):
    """GIVEN a batch of 30 WHEN the child is killed after the first chunk THEN the message
    in flight (if any) is a failure, a new child decides the rest: 30 answers."""
    answers = decider.decide_chunks(corpus_jobs(30), 10)
    assert len(next(answers)) == 10
    decider._process.kill()
    rest = [answer for chunk in answers for answer in chunk]
    assert len(rest) == 20
    failures = [answer for answer in rest if isinstance(answer, DecideFailure)]
    assert len(failures) <= 1 and all(CRASH_ERROR in failure.error for failure in failures)
    assert len(decider.decide_many(corpus_jobs(4))) == 4


def test_closing_ends_the_child(corpus_settings):
    process = ProcessDecider(corpus_settings)
    child = process._process
    process.close()
    assert child.poll() is not None


def test_the_runner_starts_a_new_child_when_the_child_is_gone(store, corpus_settings, engine):
    """GIVEN a runner whose decide process was killed WHEN a batch of 25 arrives THEN a new
    child decides them: every message is filed, as the engine decides it."""
    decider = ProcessDecider(corpus_settings)
    try:
        decider._process.kill()
        decider._process.wait()
        runner = IntakeRunner(corpus_settings, store, engine, decider=decider)
        messages = [(path.name, path.read_bytes()) for path in sorted(CORPUS.glob("*.eml"))[:25]]
        source = ListSource("mesadepartes@rree.gob.pe", messages, internaldate=RECEIVED)
        report = runner.poll(source)
        assert report.count("quarantined") == 0
        assert len(report.results) == 25 and not source.pending
        outcomes = [result.outcome for result in report.results]
        expected = [engine.decide(raw, file=name, mailbox="mesadepartes@rree.gob.pe", received=RECEIVED).outcome
                    for name, raw in messages]
        assert outcomes == expected
        assert {result.state for result in report.results} <= {"filed", "ignored"}
    finally:
        decider.close()


# -- the budget per message -------------------------------------------------------------

@pytest.fixture
def slow_settings(corpus_settings, tmp_path: Path):
    """The corpus settings with an operator's catastrophic regex added to the rules
    (`tests.slow_case`), and a budget of 2 s per message."""
    return slow_settings_of(corpus_settings, tmp_path / "rules", seconds=2.0)


def test_a_message_over_its_budget_is_stopped_and_the_rest_flows(slow_settings):
    """GIVEN three messages, the middle one keeping the decision busy for hours WHEN
    decided with a budget of 2 s THEN it comes back as "tiempo de decisión excedido"
    after about 2 s, and the third is decided by a new child."""
    decider = ProcessDecider(slow_settings)
    try:
        decider.decide_one(corpus_jobs(1)[0][0])  # the child is up
        jobs = corpus_jobs(2)
        jobs.insert(1, (slow_message(), {"file": "lento.eml", "received": RECEIVED}))
        began = time.monotonic()
        answers = decider.decide_many(jobs)
        elapsed = time.monotonic() - began
        assert isinstance(answers[1], DecideFailure) and answers[1].error.startswith(TIMEOUT_ERROR)
        assert not isinstance(answers[0], DecideFailure) and not isinstance(answers[2], DecideFailure)
        assert decider.timeouts == 1
        assert 2.0 <= elapsed < 2.0 + 15.0  # the budget, plus a new child's start-up
    finally:
        decider.close()


def test_the_killed_child_leaves_no_process_behind(slow_settings):
    """GIVEN a message over its budget THEN the child and its PDF worker are gone."""
    import os

    decider = ProcessDecider(slow_settings)
    try:
        decider.decide_one(corpus_jobs(1)[0][0])
        first = decider._process.pid
        assert isinstance(decider.decide_one(slow_message()), DecideFailure)

        def group_gone() -> bool:
            try:
                os.killpg(first, 0)
            except ProcessLookupError:
                return True
            return False
        assert wait_until(group_gone, timeout=5.0)  # (killed at once; reaped by init)
    finally:
        decider.close()


def test_the_runner_quarantines_a_timed_out_message_and_retry_tries_again(store, slow_settings, engine):
    """GIVEN a batch of 6 with the slow message WHEN polled THEN 5 are filed, the slow one
    is quarantined with the reason; `retry` tries it again (still too slow: still there,
    one more attempt), never deciding it in the runner's process."""
    from sqlmodel import Session

    from mailbot.store.models import Quarantine

    runner = IntakeRunner(slow_settings, store, engine, decider=ProcessDecider(slow_settings))
    try:
        messages = [(path.name, path.read_bytes()) for path in sorted(CORPUS.glob("*.eml"))[:5]]
        messages.insert(2, ("lento", slow_message()))
        source = ListSource("mesadepartes@rree.gob.pe", messages, internaldate=RECEIVED)
        report = runner.poll(source)
        assert report.count("quarantined") == 1 and not source.pending
        assert report.results[2].state == "quarantined"
        assert len([r for r in report.results if r.state in ("filed", "ignored")]) == 5
        item_id = report.results[2].quarantine_id
        with Session(store) as session:
            item = session.get(Quarantine, item_id)
            assert item.error.startswith(TIMEOUT_ERROR) and item.status == "open"
        assert runner.retry(item_id).state == "quarantined"
        with Session(store) as session:
            item = session.get(Quarantine, item_id)
            assert item.attempts == 2 and item.error.startswith(TIMEOUT_ERROR)
    finally:
        runner.close()


def test_check_answers_a_timed_out_message_with_a_triage_object(slow_settings, tmp_path: Path):
    """GIVEN the slow message and a good one WHEN `mailbot check --json` runs with a budget
    of 2 s THEN the slow one is a triage object with the reason in errors, the other is
    decided, exit 0, within the budget plus start-ups."""
    import json
    import subprocess
    import sys

    config = tmp_path / "config.toml"
    config.write_text(f'rules_dir = "{slow_settings.rules_dir}"\n\n[limits]\ndecision_seconds = 2.0\n',
                      encoding="utf-8")
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "a-lento.eml").write_bytes(slow_message())
    (folder / "b-bueno.eml").write_bytes(eml(subject="Renuncia", body="Renuncio.", to="mesadepartes@rree.gob.pe"))
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "mailbot", "--config", str(config), "check", str(folder), "--json"],
                          capture_output=True, text=True, timeout=120)
    elapsed = time.monotonic() - began
    assert done.returncode == 0, done.stderr
    objects = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["file"] for o in objects] == ["a-lento.eml", "b-bueno.eml"]
    assert objects[0]["outcome"] == "triage" and objects[0]["errors"][0].startswith(TIMEOUT_ERROR)
    assert objects[1]["procedure"] == "renuncia"
    assert elapsed < 2.0 + 30.0


# -- explain, under the same budget ---------------------------------------------------------

def test_the_child_explains_as_the_engine_does(decider, engine):
    """GIVEN corpus messages WHEN explained in the child THEN each explanation (rules tried,
    which matched and was used, the decision) equals the in-process one."""
    from mailbot.core.explain import explain_message

    for raw, kwargs in corpus_jobs(5):
        kwargs = {"file": kwargs["file"], "mailbox": kwargs["mailbox"], "received": kwargs["received"]}
        answer = decider.explain_one(raw, **kwargs)
        expected = explain_message(engine, raw, **kwargs)
        assert answer.trials == expected.trials and answer.subject == expected.subject, kwargs["file"]
        assert answer.decision.to_json() == expected.decision.to_json()
    assert decider.timeouts == 0


def test_an_explanation_over_its_budget_is_stopped_and_the_next_is_explained(slow_settings):
    """GIVEN the slow message WHEN explained with a budget of 2 s THEN it is a DecideFailure
    "tiempo de decisión excedido" within the budget, and a normal message is explained
    next by a new child with the same rules."""
    decider = ProcessDecider(slow_settings)
    try:
        raw, _ = corpus_jobs(1)[0]
        assert decider.explain_one(raw, file="primero.eml").decision.file == "primero.eml"  # the child is up
        began = time.monotonic()
        answer = decider.explain_one(slow_message(), file="lento.eml")
        elapsed = time.monotonic() - began
        assert isinstance(answer, DecideFailure) and answer.error.startswith(TIMEOUT_ERROR)
        assert 2.0 <= elapsed < 2.0 + 5.0
        after = decider.explain_one(raw, file="despues.eml")
        assert not isinstance(after, DecideFailure)
        assert any(trial.rule == "prueba/regex-catastrofica" for trial in after.trials)
    finally:
        decider.close()


def test_a_decider_with_rules_decides_with_them(corpus_settings, tmp_path: Path):
    """GIVEN rules given to the decider (an operator's edited copy) THEN its child decides
    with those, not with the configured ones."""
    from mailbot.core.rules import load_rules

    folder = slow_settings_of(corpus_settings, tmp_path / "rules").rules_dir
    decider = ProcessDecider(corpus_settings, rules=load_rules(folder))
    try:
        raw, kwargs = corpus_jobs(1)[0]
        explanation = decider.explain_one(raw, file=kwargs["file"])
        assert any(trial.rule == "prueba/regex-catastrofica" for trial in explanation.trials)
    finally:
        decider.close()
