"""The cargo's PDF copy: laid out from the reply text, attached to the cargo reply only."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader
from sqlmodel import Session, select

from mailbot.replypdf import cargo_attachment, pdf_text, reply_pdf
from mailbot.runner import IntakeRunner
from mailbot.store import filing
from mailbot.store.models import OutboxMessage, Registro
from tests.conftest_store import CORPUS, ListSource

LABELS = {row["file"]: row for row in map(json.loads, (CORPUS / "labels.jsonl").read_text().splitlines())}
CARGO = "003-reconsideracion-pdf-firmado-notificacion.eml"
ACUSE = "001-actualizacion-datos-asunto-oficial.eml"
RECEIVED = dt.datetime(2026, 11, 2, 15, 30, tzinfo=dt.timezone.utc)


def text_of(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("given, shown", [
    ("Cargo de recepción – Recurso «N.° 5» “ñandú” €", "Cargo de recepción – Recurso «N.° 5» “ñandú” €"),
    ("Żaneta Dąbrowska", "Zaneta Dabrowska"),   # letters outside Windows-1252: unaccented
    ("ﬁrma", "firma"),                          # a ligature: its letters
    ("Σ 漢\u200b", "? ?"),                        # no Latin letter; a format character: dropped
    ("a\tb\r\nc", "a    b\nc"),
])
def test_pdf_text_keeps_what_the_standard_fonts_show(given, shown):
    assert pdf_text(given) == shown


def test_a_cargo_reply_as_pdf(engine):
    """GIVEN the cargo reply of a corpus message WHEN laid out THEN one or two A4 pages hold
    its subject and every line of its text, and the same reply gives the same bytes."""
    decision = engine.decide((CORPUS / CARGO).read_bytes(), file=CARGO, mailbox="mesadepartes@rree.gob.pe",
                             received=RECEIVED)
    reply = engine.render_reply(decision, "REG-2026-000123")
    assert reply.template == "cargo"
    data = reply_pdf(reply.subject, reply.body, reference="REG-2026-000123", created=RECEIVED)
    assert data == reply_pdf(reply.subject, reply.body, reference="REG-2026-000123", created=RECEIVED)
    pages, text = text_of(data)
    assert 1 <= pages <= 2
    flat = " ".join(text.split())
    assert " ".join(reply.subject.split()) in flat
    for line in reply.body.splitlines():
        assert " ".join(line.split()) in flat, line
    assert "REG-2026-000123 · página 1 de" in flat
    attachment = cargo_attachment("REG-2026-000123", reply.subject, reply.body, RECEIVED)
    assert (attachment.filename, attachment.media_type, attachment.data) == (
        "Cargo-REG-2026-000123.pdf", "application/pdf", data)


def test_a_long_text_flows_onto_more_pages():
    body = "\n".join(f"Documento {n}: un nombre de archivo bastante largo que ocupa la línea entera.pdf"
                     for n in range(120))
    pages, text = text_of(reply_pdf("Cargo", body, reference="REG-2026-000001", created=RECEIVED))
    assert pages > 2 and "Documento 119" in text


def test_the_runner_attaches_the_pdf_to_a_cargo_reply_only(store, corpus_settings, engine):
    """GIVEN a cargo and an acuse message WHEN filed THEN the cargo's reply carries
    Cargo-<number>.pdf with its own text, and the acuse's reply carries nothing."""
    messages = [(name, (CORPUS / name).read_bytes()) for name in (CARGO, ACUSE)]
    source = ListSource("mesadepartes@rree.gob.pe", messages, internaldate=RECEIVED)
    IntakeRunner(corpus_settings, store, engine).poll(source)
    with Session(store) as session:
        rows = {session.get(Registro, row.registro_id).outcome: row for row in session.exec(select(OutboxMessage))}
        files = {outcome: filing.outbox_attachments(session, row.id) for outcome, row in rows.items()}
        number = session.get(Registro, rows["cargo"].registro_id).number
    assert set(rows) == {"cargo", "acuse"} and files["acuse"] == []
    [pdf] = files["cargo"]
    assert (pdf.filename, pdf.media_type, pdf.size) == (f"Cargo-{number}.pdf", "application/pdf", len(pdf.data))
    flat = " ".join(text_of(pdf.data)[1].split())
    assert number in flat and "CARGO DE RECEPCIÓN" in flat
    assert " ".join(rows["cargo"].body.splitlines()[-1].split()) in flat
