"""The intake pipeline over a list source with the real decision core (SQLite and PostgreSQL)."""
from __future__ import annotations

import datetime as dt
import json

from sqlmodel import Session, func, select

from mailbot.runner import IntakeRunner
from mailbot.sources.base import SourceKey
from mailbot.store.models import (
    AuditEvent, Deadline, Expediente, FieldSourceRecord, Message, OutboxMessage,
    Quarantine, RawMessage, Registro, RuleHitRecord, SourceReceipt,
)
from tests.conftest_store import CORPUS, ListSource

LABELS = {row["file"]: row for row in map(json.loads, (CORPUS / "labels.jsonl").read_text().splitlines())}
SAMPLE = sorted(LABELS)[:24]
MESA = "mesadepartes@rree.gob.pe"


def received_of(uid: str) -> dt.datetime:
    return dt.datetime.fromisoformat(LABELS[uid]["received"])


def corpus_source(mailbox: str, files: list[str]) -> ListSource:
    return ListSource(mailbox, [(name, (CORPUS / name).read_bytes()) for name in files], internaldate=received_of)


class ExplodingEngine:
    """The real engine, except that a message whose bytes contain b"BOOM" raises."""

    def __init__(self, engine) -> None:
        self.inner = engine

    def decide(self, raw: bytes, **kwargs):
        if b"BOOM" in raw:
            raise ValueError("the decision exploded")
        return self.inner.decide(raw, **kwargs)

    def render_reply(self, *args, **kwargs):
        return self.inner.render_reply(*args, **kwargs)


def count(session: Session, model) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def test_corpus_messages_are_filed_once_with_gapless_numbers(store, corpus_settings, engine):
    """GIVEN 24 corpus messages WHEN polled THEN each is filed once, numbered 1..N without gaps,
    decided as labelled, and every non-ignorado one has exactly one reply queued with its number."""
    runner = IntakeRunner(corpus_settings, store, engine)
    source = corpus_source(MESA, SAMPLE)
    report = runner.poll(source)
    assert sorted(source.handled) == SAMPLE
    ignored = [name for name in SAMPLE if LABELS[name]["outcome"] == "ignorado"]
    assert report.count("filed") == len(SAMPLE) - len(ignored)
    with Session(store) as session:
        registros = session.exec(select(Registro).order_by(Registro.sequence)).all()
        assert [r.sequence for r in registros] == list(range(1, len(registros) + 1))
        assert all(r.number == f"REG-2026-{r.sequence:06d}" for r in registros)
        assert count(session, Message) == len(SAMPLE)
        assert count(session, RawMessage) == len(SAMPLE)
        for registro in registros:
            message = session.get(Message, registro.first_message_pk)
            receipt = session.exec(select(SourceReceipt).where(SourceReceipt.message_pk == message.id)).one()
            label = LABELS[receipt.uid]
            assert registro.outcome == label["outcome"], receipt.uid
            assert (registro.due_date.isoformat() if registro.due_date else None) == label["due_date"]
            replies = session.exec(select(OutboxMessage).where(OutboxMessage.registro_id == registro.id)).all()
            assert len(replies) == 1
            assert registro.number in replies[0].subject
            assert replies[0].in_reply_to == message.message_id
            if registro.due_date and registro.outcome in ("acuse", "subsanar"):
                deadline = session.exec(select(Deadline).where(Deadline.registro_id == registro.id)).one()
                assert deadline.due_date == registro.due_date
        assert count(session, RuleHitRecord) > 0 and count(session, FieldSourceRecord) > 0
        assert count(session, Expediente) > 0


def test_offered_again_after_a_crash_is_not_filed_twice(store, corpus_settings, engine):
    """GIVEN messages filed but never marked handled (crash before mark_handled)
    WHEN the source offers them again THEN nothing new is filed or queued."""
    runner = IntakeRunner(corpus_settings, store, engine)
    files = SAMPLE[:6]
    for incoming in corpus_source(MESA, files).fetch_new():
        runner.process(incoming)  # filed, not marked handled
    again = corpus_source(MESA, files)
    report = runner.poll(again)
    assert report.results == ()  # already_seen skipped them all
    assert sorted(again.pending) == files  # the source keeps them: nothing marks them here
    results = [runner.process(incoming) for incoming in again.fetch_new()]
    assert {result.state for result in results} == {"already"}
    with Session(store) as session:
        assert count(session, Message) == 6
        assert count(session, OutboxMessage) == sum(LABELS[f]["outcome"] != "ignorado" for f in files)


def test_same_message_in_two_mailboxes_is_one_filing(store, corpus_settings, engine):
    """GIVEN one message delivered To: one mailbox and Cc: another, each copy with its own
    Received/Delivered-To lines WHEN both mailboxes are polled THEN one filing, one reply."""
    raw = (CORPUS / SAMPLE[1]).read_bytes()
    first = b"Delivered-To: mesadepartes@rree.gob.pe\r\nReceived: from a by b; Mon, 2 Nov 2026 10:00:00 -0500\r\n" + raw
    second = b"Delivered-To: refugiados@rree.gob.pe\r\nReceived: from a by c; Mon, 2 Nov 2026 10:00:01 -0500\r\n" + raw
    runner = IntakeRunner(corpus_settings, store, engine)
    one = runner.poll(ListSource(MESA, [("1", first)]))
    two = runner.poll(ListSource("refugiados@rree.gob.pe", [("9", second)]))
    assert one.results[0].state == "filed"
    assert two.results[0].state == "duplicate" and two.results[0].registro == one.results[0].registro
    with Session(store) as session:
        assert count(session, Message) == 1 and count(session, Registro) == 1
        assert count(session, OutboxMessage) == 1
        assert count(session, SourceReceipt) == 2 and count(session, RawMessage) == 2


def test_a_message_that_crashes_the_decision_is_quarantined_and_the_rest_flow(store, corpus_settings, engine):
    """GIVEN a poison message among good ones WHEN polled THEN it is quarantined with the error,
    its bytes kept, the others filed; WHEN retried with a working engine THEN it is filed."""
    poison = (CORPUS / SAMPLE[2]).read_bytes().replace(b"\r\n\r\n", b"\r\nX-Test: BOOM\r\n\r\n", 1)
    poison = poison if b"BOOM" in poison else poison.replace(b"\n\n", b"\nX-Test: BOOM\n\n", 1)
    messages = [("a", (CORPUS / SAMPLE[0]).read_bytes()), ("poison", poison), ("b", (CORPUS / SAMPLE[3]).read_bytes())]
    runner = IntakeRunner(corpus_settings, store, ExplodingEngine(engine))
    source = ListSource(MESA, messages)
    report = runner.poll(source)
    assert [r.state for r in report.results].count("quarantined") == 1
    assert sorted(source.handled) == ["a", "b", "poison"]
    with Session(store) as session:
        item = session.exec(select(Quarantine)).one()
        assert "the decision exploded" in item.error and item.status == "open"
        assert session.get(RawMessage, item.raw_sha256).data == poison
        assert count(session, Registro) == 2
        states = {r.uid: r.state for r in session.exec(select(SourceReceipt))}
    assert states == {"a": "filed", "poison": "quarantined", "b": "filed"}
    assert runner.already_seen(SourceKey(MESA, "INBOX", 1, "poison"))  # not offered again
    fixed = IntakeRunner(corpus_settings, store, engine)
    result = fixed.retry(item.id)
    assert result.state == "filed" and result.registro == "REG-2026-000003"
    with Session(store) as session:
        assert session.get(Quarantine, item.id).status == "resolved"
        actions = {event.action for event in session.exec(select(AuditEvent))}
        assert {"stored", "filed", "decided", "created", "queued", "quarantined", "resolved"} <= actions


def test_expediente_is_found_again_by_document_number(store, corpus_settings, engine):
    """GIVEN two messages from different addresses stating the same document number
    THEN both registros are filed in one expediente."""
    raw = (CORPUS / "001-actualizacion-datos-asunto-oficial.eml").read_bytes()
    other = raw.replace(b"dayanamedina@gmail.com", b"otra.direccion@gmail.com").replace(b"Message-ID: <", b"Message-ID: <x")
    assert other != raw
    runner = IntakeRunner(corpus_settings, store, engine)
    runner.poll(ListSource(MESA, [("1", raw), ("2", other)]))
    with Session(store) as session:
        registros = session.exec(select(Registro)).all()
        assert len(registros) == 2
        assert registros[0].expediente_id == registros[1].expediente_id
        expediente = session.get(Expediente, registros[0].expediente_id)
        assert expediente.documento_identidad == "V26241240"
