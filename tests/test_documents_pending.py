"""Inspection overlapped with other work: `DocumentInspector.begin(...).finish()`."""
from __future__ import annotations

import hashlib
import time

import pytest

from mailbot.core import documents
from mailbot.core.documents import DocumentInspector
from mailbot.core.model import Attachment
from mailbot.settings import LimitSettings
from tests import pdfkit


def _attachment(name: str, data: bytes, declared: str = "application/pdf") -> Attachment:
    return Attachment(name, declared, declared, data, hashlib.sha256(data).hexdigest(), name)


@pytest.fixture(scope="module")
def inspector():
    inspector = DocumentInspector(LimitSettings(pdf_timeout_seconds=10))
    inspector.start()
    yield inspector
    inspector.close()


def test_every_document_comes_back_in_order(inspector):
    """GIVEN an image, a text PDF, a broken PDF and an image-only PDF
    WHEN inspection is begun, other work happens, and it is finished
    THEN every DocumentInfo is there, in the attachments' order, each judged on its own."""
    attachments = [
        _attachment("foto.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        _attachment("escrito.pdf", pdfkit.text_pdf(["Recurso de apelación", "Motivo: prueba"])),
        _attachment("roto.pdf", pdfkit.truncated(pdfkit.text_pdf(["hola"]), 0.3)),
        _attachment("escaneo.pdf", pdfkit.image_pdf(pages=2)),
    ]
    pending = inspector.begin(attachments)
    busy = sum(range(10_000))  # the caller's own work while the worker reads the first PDF
    documents = pending.finish()
    assert busy and [d.filename for d in documents] == [a.filename for a in attachments]
    image, text, broken, scan = documents
    assert image.kind == "image" and image.pages == 1
    assert text.pages == 1 and "Motivo: prueba" in text.text and text.error is None
    assert broken.error
    assert scan.pages == 2 and scan.has_images and not scan.text.strip()
    assert pending.finish() is documents  # finishing twice is harmless


def test_worker_is_free_again_after_a_failed_caller(inspector):
    """GIVEN a begun inspection WHEN the caller fails before finishing and then finishes
    (as `decide` does in `finally`) THEN the next inspection works."""
    pdf = _attachment("a.pdf", pdfkit.text_pdf(["uno"]))
    pending = inspector.begin([pdf])
    try:
        raise RuntimeError("the caller's own error")
    except RuntimeError:
        pass
    finally:
        pending.finish()
    assert inspector.inspect(pdf).pages == 1


def test_early_pdf_is_used_for_the_same_attachment(inspector):
    """GIVEN a PDF sent to the worker before the attachments were listed (`submit_early`)
    WHEN inspection begins with the attachment holding the same bytes
    THEN its answer is the early one, and the worker is free afterwards."""
    data = pdfkit.text_pdf(["Motivo: temprano"])
    early = inspector.submit_early(data)
    assert early is not None
    pending = inspector.begin([_attachment("foto.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
                               _attachment("a.pdf", data)], early)
    image, pdf = pending.finish()
    assert image.kind == "image" and "Motivo: temprano" in pdf.text
    assert inspector.inspect(_attachment("b.pdf", pdfkit.text_pdf(["otro"]))).pages == 1


def test_early_pdf_that_is_not_the_first_attachment_is_dropped(inspector):
    """GIVEN an early PDF whose bytes are not the first listed PDF's
    WHEN inspection begins THEN the early answer is dropped (not given to another
    attachment), every attachment is analysed on its own, and nothing deadlocks."""
    early = inspector.submit_early(pdfkit.text_pdf(["no es este"]))
    first = _attachment("primero.pdf", pdfkit.text_pdf(["Motivo: el primero"]))
    second = _attachment("segundo.pdf", pdfkit.text_pdf(["Motivo: el segundo"]))
    one, two = inspector.begin([first, second], early).finish()
    assert "el primero" in one.text and "el segundo" in two.text
    assert "no es este" not in one.text + two.text


def test_early_pdf_over_the_size_limit_is_not_sent():
    """An attachment too big for the worker is not sent early either (the normal path
    reports it)."""
    inspector = DocumentInspector(LimitSettings(max_attachment_bytes=1000))
    assert inspector.submit_early(b"%PDF-" + bytes(2000)) is None
    assert inspector.submit_early(b"") is None


def test_text_of_a_signed_pdf_comes_before_its_signature(inspector):
    """GIVEN one signed PDF WHEN its texts are asked for and then it is finished
    THEN the text comes first (no signatures yet), and the finished document has the
    same text and the validated signature."""
    signed = pdfkit.sign_pdf(pdfkit.text_pdf(["Motivo: firmado"]), pdfkit.signing_identity())
    pending = inspector.begin([_attachment("firmado.pdf", signed)])
    (early,) = pending.texts()
    assert "Motivo: firmado" in early.text and early.signatures == ()
    (final,) = pending.finish()
    assert final.text == early.text and len(final.signatures) == 1 and final.signatures[0].intact
    assert pending.texts() is pending.finish()


def _part_then_hang(document, limits, send_part):
    time.sleep(0.4)
    send_part({"pages": 1, "text": "Motivo: leído antes", "has_images": False, "encrypted": False})
    time.sleep(60)


def test_signatures_that_run_out_of_time_keep_the_text_read_before(monkeypatch):
    """GIVEN an analysis that sends the text, then never ends (signatures), limit 0.5 s
    WHEN texts and then the finished documents are asked for
    THEN the text is there in both, the finished one says the time limit was reached,
    the whole job took the job's limit (not one limit per answer), and the worker works again."""
    inspector = DocumentInspector(LimitSettings(pdf_timeout_seconds=0.5))
    monkeypatch.setattr(documents, "_analyse_pdf", _part_then_hang)
    try:
        started = time.monotonic()
        pending = inspector.begin([_attachment("a.pdf", pdfkit.text_pdf(["x"]))])
        (early,) = pending.texts()
        (final,) = pending.finish()
        assert time.monotonic() - started < 0.9  # one limit per answer would be 0.4 + 0.5 s
        assert early.text == final.text == "Motivo: leído antes"
        assert final.error and "límite de 0.5 s" in final.error
        monkeypatch.undo()
        again = inspector.inspect(_attachment("b.pdf", pdfkit.text_pdf(["otra vez"])))
        assert again.error is None and "otra vez" in again.text
    finally:
        inspector.close()


def test_several_pdfs_are_finished_before_their_texts_are_given(inspector):
    """With two PDFs the worker takes one at a time: texts() is the finished list."""
    pending = inspector.begin([_attachment("a.pdf", pdfkit.text_pdf(["uno"])),
                               _attachment("b.pdf", pdfkit.text_pdf(["dos"]))])
    assert pending.texts() is pending.finish()
