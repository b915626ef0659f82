"""The decide process (mailbot/decider.py): a real child interpreter deciding batches.

It must answer exactly what the in-process engine answers, report a message whose
decision raises instead of dying, and, when it dies or is gone, leave the runner to
decide in-process: nothing is lost either way.
"""
from __future__ import annotations

import datetime as dt

import pytest

from mailbot.decider import DecideFailure, DeciderUnavailable, ProcessDecider
from mailbot.runner import IntakeRunner
from tests.conftest_store import CORPUS, ListSource

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
    """GIVEN a batch of 30 WHEN the child is killed after the first chunk THEN the rest
    raises DeciderUnavailable; the next batch starts a new child and is answered."""
    answers = decider.decide_chunks(corpus_jobs(30), 10)
    assert len(next(answers)) == 10
    decider._process.kill()
    with pytest.raises(DeciderUnavailable):
        list(answers)
    assert len(decider.decide_many(corpus_jobs(4))) == 4


def test_closing_ends_the_child(corpus_settings):
    process = ProcessDecider(corpus_settings)
    child = process._process
    process.close()
    assert child.poll() is not None


def test_the_runner_decides_in_process_when_the_child_is_gone(store, corpus_settings, engine):
    """GIVEN a runner whose decide process was killed WHEN a batch of 25 arrives THEN every
    message is filed, decided in-process, as without a decide process."""
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
