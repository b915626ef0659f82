"""The cargo's PDF copy: the cargo written for paper under the office's letterhead,
attached to the cargo reply only."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re

import pytest
from pypdf import PdfReader
from sqlmodel import Session, select

from mailbot.replypdf import cargo_attachment, pdf_text, reply_pdf
from mailbot.runner import IntakeRunner
from mailbot.store import filing
from mailbot.settings import OfficeSettings
from mailbot.store.models import OutboxMessage, Registro
from tests.conftest_store import CORPUS, ListSource

LABELS = {row["file"]: row for row in map(json.loads, (CORPUS / "labels.jsonl").read_text().splitlines())}
CARGO = "003-reconsideracion-pdf-firmado-notificacion.eml"
ACUSE = "001-actualizacion-datos-asunto-oficial.eml"
RECEIVED = dt.datetime(2026, 11, 2, 15, 30, tzinfo=dt.timezone.utc)  # Monday 2 November, 10:30 in Lima
OFFICE = OfficeSettings()
# What only a mail says: how it came to be sent, how to answer it, "this mail".
MAIL_ONLY = ("Respuesta automática", "Si responde", "no cambie el asunto", "Este correo")


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


def test_the_cargo_on_paper(engine):
    """GIVEN the cargo of a corpus message and an [office] of its own
    WHEN it is drawn as a PDF from its paper rendering
    THEN the first page carries the letterhead (ministry, office) and "<city>, <day of
    receipt in words>", then the subject and every line of the text; no sentence that
    only a mail says; every date in words; one or two A4 pages, the same bytes each time."""
    office = dataclasses.replace(OFFICE, name="Oficina de Prueba de Refugio", ministry="Ministerio de Ensayo",
                                 city="Arequipa")
    decision = engine.decide((CORPUS / CARGO).read_bytes(), file=CARGO, mailbox="mesadepartes@rree.gob.pe",
                             received=RECEIVED)
    mail = engine.render_reply(decision, "REG-2026-000123", original_subject="Recurso")
    paper = engine.render_reply(decision, "REG-2026-000123", medium="paper")
    assert paper.template == "cargo" and paper.subject == mail.subject
    data = reply_pdf(paper.subject, paper.body, office=office, reference="REG-2026-000123", created=RECEIVED)
    assert data == reply_pdf(paper.subject, paper.body, office=office, reference="REG-2026-000123",
                             created=RECEIVED)
    pages, text = text_of(data)
    assert 1 <= pages <= 2
    flat = " ".join(text.split())
    letterhead = "Ministerio de Ensayo Oficina de Prueba de Refugio Arequipa, 2 de noviembre de 2026"
    assert flat.startswith(f"{letterhead} {' '.join(paper.subject.split())}"), flat[:200]
    for line in paper.body.splitlines():
        assert " ".join(line.split()) in flat, line
    assert "Este documento es su CARGO DE RECEPCIÓN" in flat
    assert "Recibido: lunes 2 de noviembre de 2026, a las 10:30 (hora de Lima)" in flat
    for sentence in MAIL_ONLY:
        assert sentence in mail.body and sentence not in flat, sentence
    assert not re.search(r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b", flat.replace("REG-2026-000123", ""))
    assert "REG-2026-000123 · página 1 de" in flat
    attachment = cargo_attachment("REG-2026-000123", paper.subject, paper.body, RECEIVED, office=office)
    assert (attachment.filename, attachment.media_type, attachment.data) == (
        "Cargo-REG-2026-000123.pdf", "application/pdf", data)


def test_the_date_line_is_the_day_of_receipt_in_lima():
    """GIVEN a cargo received at 23:30 in Lima on 30 November (04:30 UTC on 1 December)
    WHEN drawn THEN it is dated "Lima, 30 de noviembre de 2026"."""
    late = dt.datetime(2026, 12, 1, 4, 30, tzinfo=dt.timezone.utc)
    flat = " ".join(text_of(reply_pdf("Cargo", "Texto.", office=OFFICE, reference="REG-2026-000001",
                                      created=late))[1].split())
    assert "Lima, 30 de noviembre de 2026" in flat and "1 de diciembre" not in flat


def test_a_long_text_flows_onto_more_pages():
    body = "\n".join(f"Documento {n}: un nombre de archivo bastante largo que ocupa la línea entera.pdf"
                     for n in range(120))
    pages, text = text_of(reply_pdf("Cargo", body, office=OFFICE, reference="REG-2026-000001", created=RECEIVED))
    assert pages > 2 and "Documento 119" in text


def test_the_runner_attaches_the_pdf_to_a_cargo_reply_only(store, corpus_settings, engine):
    """GIVEN a cargo and an acuse message WHEN filed THEN the cargo's reply carries
    Cargo-<number>.pdf with the office's letterhead and its text for paper (no mail
    footer), and the acuse's reply carries nothing."""
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
    office = corpus_settings.office
    assert flat.startswith(f"{office.ministry} {office.name} {office.city}, ")
    assert number in flat and "Este documento es su CARGO DE RECEPCIÓN" in flat
    body = rows["cargo"].body
    assert "Este correo es su CARGO DE RECEPCIÓN" in body and "Si responde, no cambie el asunto" in body
    assert "Si responde" not in flat and "Respuesta automática" not in flat
    signature = body[body.index("Atentamente,"):body.index("\n--\n")]
    assert " ".join(signature.split()) in flat
