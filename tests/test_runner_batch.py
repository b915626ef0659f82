"""The runner's batches: one commit per batch, one savepoint per message, marked after the commit."""
from __future__ import annotations

from sqlmodel import Session, func, select

from mailbot.runner import IntakeRunner
from mailbot.store.models import Message, OutboxMessage, Quarantine, Registro
from tests.conftest_store import CORPUS, ListSource
from tests.test_runner import LABELS, MESA, received_of

FILES = [name for name in sorted(LABELS) if LABELS[name]["outcome"] not in ("ignorado",)
         and LABELS[name]["received"].startswith("2026")][:7]


class RenderFailsOnce:
    """The real engine, except that rendering the reply of one message raises: the
    failure happens inside the batch transaction, after its registro number was taken."""

    def __init__(self, engine, poison_uid: str) -> None:
        self.inner, self.poison_uid = engine, poison_uid

    def decide(self, raw: bytes, **kwargs):
        return self.inner.decide(raw, **kwargs)

    def render_reply(self, decision, number, **kwargs):
        if decision.file == self.poison_uid:
            raise RuntimeError("template exploded")
        return self.inner.render_reply(decision, number, **kwargs)


class RecordingSource(ListSource):
    """Records each mark_handled_many call and what the store held at that moment."""

    def __init__(self, db, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.db, self.calls = db, []

    def mark_handled_many(self, keys) -> None:
        keys = list(keys)
        with Session(self.db) as session:
            filed = session.exec(select(func.count()).select_from(Message)).one()
        self.calls.append(([key.uid for key in keys], filed))
        super().mark_handled_many(keys)


def test_a_failure_inside_the_batch_rolls_back_that_message_alone(store, corpus_settings, engine):
    """GIVEN 7 messages in batches of 3, one whose reply cannot be rendered (inside the
    filing transaction) WHEN polled THEN it is quarantined, the other 6 are filed with
    gapless numbers, each batch is marked handled once, after its commit; WHEN retried
    with a working engine THEN it gets the next number."""
    poison = FILES[4]
    runner = IntakeRunner(corpus_settings, store, RenderFailsOnce(engine, poison), batch_size=3)
    source = RecordingSource(store, MESA, [(name, (CORPUS / name).read_bytes()) for name in FILES],
                             internaldate=received_of)
    report = runner.poll(source)
    assert [result.state for result in report.results].count("quarantined") == 1
    assert report.results[4].state == "quarantined"
    assert [uids for uids, _ in source.calls] == [FILES[0:3], FILES[3:6], FILES[6:7]]
    assert [filed for _, filed in source.calls] == [3, 5, 6]  # committed before marking
    with Session(store) as session:
        numbers = sorted(r.sequence for r in session.exec(select(Registro)))
        assert numbers == [1, 2, 3, 4, 5, 6]
        assert session.exec(select(func.count()).select_from(OutboxMessage)).one() == 6
        item = session.exec(select(Quarantine)).one()
        assert "template exploded" in item.error
    result = IntakeRunner(corpus_settings, store, engine).retry(item.id)
    assert result.state == "filed" and result.registro == "REG-2026-000007"


def test_the_same_bytes_twice_in_one_batch_are_one_filing(store, corpus_settings, engine):
    """GIVEN the same message twice in one mailbox (two UIDs) in one batch
    THEN the first is filed and the second is its duplicate."""
    raw = (CORPUS / FILES[0]).read_bytes()
    runner = IntakeRunner(corpus_settings, store, engine)
    report = runner.poll(ListSource(MESA, [("1", raw), ("2", raw)]))
    assert [result.state for result in report.results] == ["filed", "duplicate"]
    assert report.results[0].registro == report.results[1].registro
    with Session(store) as session:
        assert session.exec(select(func.count()).select_from(Registro)).one() == 1
        assert session.exec(select(func.count()).select_from(OutboxMessage)).one() == 1
