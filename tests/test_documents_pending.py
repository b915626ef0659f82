"""Inspection overlapped with other work: `DocumentInspector.begin(...).finish()`."""
from __future__ import annotations

import hashlib

import pytest

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
