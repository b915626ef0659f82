"""Tests for `mailbot.core.documents`: sniffing and bounded inspection of attachments.

Every PDF is built here by `tests.pdfkit`; nothing is read from binary fixtures.
"""
from __future__ import annotations

import hashlib
import os
import time
import zlib

import pytest

import mailbot.core.documents as documents
from mailbot.core.documents import DocumentInspector, sniff_media_type
from mailbot.core.model import Attachment
from mailbot.settings import LimitSettings
from tests import pdfkit

LETTER = ["Lima, 3 de noviembre de 2026", "Señores: SECRETARÍA EJECUTIVA", "Firmo: Ana Pérez Rondón"]


def attachment(data: bytes, filename: str = "escrito.pdf", declared: str = "application/pdf",
               sha256: str = "") -> Attachment:
    return Attachment(filename=filename, declared_type=declared, sniffed_type="", data=data,
                      sha256=sha256)


@pytest.fixture(scope="module")
def inspector():
    inspector = DocumentInspector(LimitSettings())
    yield inspector
    inspector.close()


@pytest.fixture(scope="module")
def identity() -> pdfkit.SigningIdentity:
    return pdfkit.signing_identity()


@pytest.fixture(scope="module")
def signed_letter(identity) -> bytes:
    return pdfkit.sign_pdf(pdfkit.text_pdf(LETTER), identity)


# --- sniffing ------------------------------------------------------------------

HEIC_HEAD = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(8)


@pytest.mark.parametrize(
    ("data", "filename", "declared", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "a.pdf", "application/pdf", "application/pdf"),
        (b"\r\n\x00junk%PDF-1.4\n", "a.bin", "application/octet-stream", "application/pdf"),
        (b"%PDF-1.4\n", "foto.jpg", "image/jpeg", "application/pdf"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "foto", "application/octet-stream", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "firma.pdf", "application/pdf", "image/png"),
        (b"GIF89a\x01\x00\x01\x00", "x.gif", "", "image/gif"),
        (b"II*\x00\x08\x00\x00\x00", "scan.tif", "", "image/tiff"),
        (b"MM\x00*\x00\x00\x00\x08", "scan", "", "image/tiff"),
        (HEIC_HEAD, "IMG_0001.HEIC", "application/octet-stream", "image/heic"),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1miaf" + bytes(8), "x", "", "image/heif"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1" + bytes(8), "x", "", "image/avif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "x", "", "image/webp"),
        (b"PK\x03\x04\x14\x00\x06\x00", "datos.zip", "application/zip", "application/zip"),
        (b"PK\x03\x04\x14\x00\x06\x00", "carta.docx", "application/octet-stream",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "foto.jpg", "image/jpeg", "application/zip"),
        ("Hola, adjunto mi carta.\r\nAtte.".encode(), "nota.txt", "text/plain", "text/plain"),
        ("Señores: atención".encode("cp1252"), "nota", "", "text/plain"),
        (b"nombre;documento\nAna;V123\n", "datos.csv", "", "text/csv"),
        (b"", "escrito.pdf", "application/octet-stream", "application/pdf"),
        (b"", "sin_extension", "image/png", "image/png"),
        (b"\x00\x01\x02\x03binario", "x.unknownext", "application/x-foo", "application/x-foo"),
        (b"\x00\x01\x02\x03binario", "", "", "application/octet-stream"),
    ],
)
def test_sniff_media_type_trusts_bytes_then_extension_then_declared(data, filename, declared, expected):
    """GIVEN the first bytes of an attachment, its file name and its declared type
    WHEN its media type is sniffed
    THEN the magic bytes decide; without them the extension, then the declared type."""
    assert sniff_media_type(data, filename, declared) == expected


# --- PDFs ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("build", "pages", "text", "has_images"),
    [
        (lambda: pdfkit.text_pdf(LETTER), 1, "Firmo: Ana Pérez Rondón", False),
        (lambda: pdfkit.text_pdf(LETTER, pages=3), 3, "SECRETARÍA EJECUTIVA", False),
        (lambda: pdfkit.image_pdf(pages=2), 2, "", True),
        (lambda: pdfkit.text_pdf(LETTER, image=True), 1, "Lima, 3 de noviembre", True),
        (lambda: pdfkit.text_pdf(LETTER, image_in_form=True), 1, "Lima, 3 de noviembre", True),
        (pdfkit.self_drawing_form_pdf, 1, "hola", False),
    ],
    ids=["text", "text-3-pages", "scan", "text+image", "image-in-form", "self-drawing-form"],
)
def test_inspect_pdf_reads_pages_text_and_images(inspector, build, pages, text, has_images):
    """GIVEN a PDF built with a known content
    WHEN it is inspected
    THEN its fojas, text layer and embedded images are reported, with no error."""
    data = build()
    info = inspector.inspect(attachment(data))
    assert (info.kind, info.media_type, info.error) == ("pdf", "application/pdf", None)
    assert info.pages == pages
    assert text in info.text
    assert bool(info.text.strip()) == bool(text)
    assert info.has_images is has_images
    assert info.signatures == ()
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.size == len(data)


def test_inspect_signed_pdf_reports_intact_untrusted_signature(inspector, identity, signed_letter):
    """GIVEN a PDF signed by pyHanko with a self-signed certificate
    WHEN it is inspected offline with no trust roots
    THEN the signature is intact and valid, not trusted, and names its signer."""
    info = inspector.inspect(attachment(signed_letter))
    assert info.error is None and info.pages == 1 and "Ana Pérez" in info.text
    [signature] = info.signatures
    assert (signature.field_name, signature.intact, signature.valid, signature.trusted) == (
        "Firma1", True, True, False)
    assert signature.signer == identity.subject == "CN=Ana Pérez Rondón, O=Pruebas Mailbot, C=PE"
    assert signature.signing_time and signature.signing_time[:4].isdigit()


def test_the_worker_answers_with_plain_values_only(signed_letter):
    """GIVEN a signed PDF analysed as the worker analyses it
    WHEN its answer is pickled for the parent process
    THEN it holds only plain values (no pyHanko object, which would drag its whole
    reader and the PDF's parsed objects through the socket) and stays small."""
    import io
    import pickle
    import pickletools

    from mailbot.core import documents

    found = documents._analyse_pdf(io.BytesIO(signed_letter), LimitSettings())
    data = pickle.dumps(("ok", found, False), protocol=pickle.HIGHEST_PROTOCOL)
    modules = {str(arg) for op, arg, _ in pickletools.genops(data) if op.name == "SHORT_BINUNICODE"
               and str(arg).count(".") >= 1 and str(arg).split(".")[0] in ("pyhanko", "pypdf", "asn1crypto")}
    assert modules == set()
    assert type(found["signatures"][0].field_name) is str
    assert len(data) < 8 * 1024


def test_inspect_tampered_signed_pdf_reports_broken_signature(inspector, signed_letter):
    """GIVEN a signed PDF with one character of its signed text changed afterwards
    WHEN it is inspected
    THEN the signature is reported as no longer intact."""
    tampered = pdfkit.tamper(signed_letter, b"Firmo: Ana", b"Firmo: Eva")
    info = inspector.inspect(attachment(tampered))
    [signature] = info.signatures
    assert signature.intact is False
    assert "Firmo: Eva" in info.text


def test_inspect_signed_pdf_changed_in_a_later_revision_reports_the_change(inspector, signed_letter):
    """GIVEN a signed PDF whose page content was replaced by a later incremental update
    WHEN it is inspected
    THEN the signed bytes still verify but the signature carries the change as its error."""
    info = inspector.inspect(attachment(pdfkit.change_after_signing(signed_letter)))
    [signature] = info.signatures
    assert (signature.intact, signature.valid) == (True, True)
    assert signature.error is not None and "modificado después de firmarse" in signature.error
    assert "Texto agregado" in info.text


def test_inspect_pdf_signed_twice_reports_both_signatures_clean(inspector, signed_letter):
    """GIVEN a signed PDF signed again by a second person (an allowed later revision)
    WHEN it is inspected
    THEN both signatures verify with no error, each with its own signer."""
    twice = pdfkit.sign_pdf(signed_letter, pdfkit.signing_identity("Luis Rojas"), field_name="Firma2")
    info = inspector.inspect(attachment(twice))
    assert [(sig.field_name, sig.intact, sig.valid, sig.error) for sig in info.signatures] == [
        ("Firma1", True, True, None), ("Firma2", True, True, None)]
    assert info.signatures[1].signer == "CN=Luis Rojas, O=Pruebas Mailbot, C=PE"


@pytest.mark.parametrize(
    ("build", "pages", "encrypted", "error"),
    [
        (lambda: pdfkit.encrypt(pdfkit.text_pdf(LETTER), "secreto"), 0, True, "cifrado con contraseña"),
        (lambda: pdfkit.truncated(pdfkit.text_pdf(LETTER)), 0, False, "dañado"),
        (lambda: b"%PDF-1.4\n" + b"\x00garbage" * 50, 0, False, "dañado"),
        (pdfkit.looping_pdf, 0, False, "dañado"),
        (pdfkit.zip_bomb_pdf, 1, False, "bomba de descompresión"),
        (lambda: b"", 0, False, "vacío (0 bytes)"),
    ],
    ids=["encrypted", "truncated", "garbage", "looping-page-tree", "zip-bomb", "empty"],
)
def test_inspect_hostile_pdf_gives_an_error_not_an_exception(inspector, build, pages, encrypted, error):
    """GIVEN a PDF that cannot be read safely (password, broken, looping, bomb, empty)
    WHEN it is inspected
    THEN the result carries a readable error, promptly, and nothing is raised."""
    started = time.monotonic()
    info = inspector.inspect(attachment(build()))
    assert time.monotonic() - started < 10
    assert info.kind == "pdf"
    assert info.error is not None and error in info.error
    assert (info.pages, info.encrypted, info.signatures) == (pages, encrypted, ())


def test_zip_bomb_really_inflates_past_one_gigabyte():
    """GIVEN the zip-bomb builder
    WHEN its content stream is inflated in bounded chunks
    THEN it yields more than 1 GiB, so the test above exercises a real bomb."""
    data = pdfkit.zip_bomb_pdf()
    start = data.index(b"stream\n", data.index(b"/FlateDecode")) + len(b"stream\n")
    inflater = zlib.decompressobj()
    total, pending = 0, data[start:data.index(b"\nendstream", start)]
    while pending and total <= 1 << 30:
        total += len(inflater.decompress(pending, 64 << 20))
        pending = inflater.unconsumed_tail
    assert total > 1 << 30
    assert len(data) < 2 << 20


def test_inspect_pdf_encrypted_without_user_password_is_read(inspector):
    """GIVEN a PDF encrypted with an owner password only (it opens without one)
    WHEN it is inspected
    THEN it is marked encrypted and still read."""
    info = inspector.inspect(attachment(pdfkit.encrypt(pdfkit.text_pdf(LETTER), "")))
    assert (info.encrypted, info.pages, info.error) == (True, 1, None)
    assert "Ana Pérez" in info.text


def test_inspect_limits_text_to_configured_pages_and_characters():
    """GIVEN limits of 2 pages and 40 characters of text
    WHEN a 5-page letter is inspected
    THEN all 5 fojas are counted but the text stops at the limits."""
    inspector = DocumentInspector(LimitSettings(pdf_max_pages_text=2, max_text_chars=40))
    try:
        info = inspector.inspect(attachment(pdfkit.text_pdf(LETTER, pages=5)))
    finally:
        inspector.close()
    assert info.pages == 5
    assert len(info.text) == 40
    assert info.text.startswith("Lima, 3 de noviembre de 2026")


def test_a_page_whose_content_decompresses_past_the_limit_is_not_read():
    """GIVEN `pdf_max_stream_bytes` of 100 KB WHEN a one-page PDF whose content stream
    decompresses to 300 KB is inspected THEN the page is counted, its text is not read
    and the reason is given; the same PDF under a 1 MB limit is read."""
    from tests.hostile import pdf_text_layer

    data = pdf_text_layer(300_000)
    small = DocumentInspector(LimitSettings(pdf_max_stream_bytes=100_000))
    large = DocumentInspector(LimitSettings(pdf_max_stream_bytes=1024 * 1024))
    try:
        refused = small.inspect(attachment(data))
        read = large.inspect(attachment(data))
    finally:
        small.close()
        large.close()
    assert refused.pages == 1 and refused.text == ""
    assert "supera los límites" in (refused.error or "")
    assert read.error is None and "Solicito autorizacion de trabajo" in read.text


def test_inspect_40_mb_pdf_finishes_in_bounded_time(inspector):
    """GIVEN a 40 MB PDF (a text page and a large embedded image)
    WHEN it is inspected
    THEN it is read in bounded time: one foja, its text and its image."""
    data = pdfkit.big_pdf(40 * 1024 * 1024)
    started = time.monotonic()
    info = inspector.inspect(attachment(data, "escaneo grande.pdf"))
    assert time.monotonic() - started < 10
    assert (info.error, info.pages, info.has_images, info.size) == (None, 1, True, len(data))
    assert "Documento grande" in info.text


def test_inspect_40_mb_binary_is_other_and_fast(inspector):
    """GIVEN a 40 MB attachment of random bytes named .bin
    WHEN it is inspected
    THEN it is an 'other' document, hashed, with no PDF work."""
    data = os.urandom(40 * 1024 * 1024)
    started = time.monotonic()
    info = inspector.inspect(attachment(data, "datos.bin", "application/octet-stream"))
    assert time.monotonic() - started < 2
    assert (info.kind, info.media_type, info.error) == ("other", "application/octet-stream", None)
    assert info.sha256 == hashlib.sha256(data).hexdigest()


def test_inspect_oversized_attachment_is_not_analysed():
    """GIVEN a limit of 1 000 bytes per attachment
    WHEN a larger PDF is inspected
    THEN it is reported with a size error and no pages."""
    inspector = DocumentInspector(LimitSettings(max_attachment_bytes=1000))
    info = inspector.inspect(attachment(pdfkit.text_pdf(LETTER * 20)))
    assert info.kind == "pdf" and info.pages == 0
    assert info.error is not None and "más que el límite" in info.error


@pytest.mark.parametrize(
    ("data", "filename", "kind", "media_type", "pages"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "foto carta.jpg", "image", "image/jpeg", 1),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "firma.png", "image", "image/png", 1),
        (HEIC_HEAD + bytes(100), "IMG_1.heic", "image", "image/heic", 1),
        (b"II*\x00" + bytes(100), "scan.tiff", "image", "image/tiff", 1),
        (b"Hola", "nota.txt", "other", "text/plain", 0),
        (b"PK\x03\x04" + bytes(100), "carta.docx", "other",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 0),
    ],
)
def test_inspect_images_and_other_files(inspector, data, filename, kind, media_type, pages):
    """GIVEN an image or another non-PDF attachment
    WHEN it is inspected
    THEN images count as one foja and other files are described, not parsed."""
    info = inspector.inspect(attachment(data, filename, "application/octet-stream", sha256="abc"))
    assert (info.kind, info.media_type, info.pages, info.error) == (kind, media_type, pages, None)
    assert info.sha256 == "abc"  # a hash already computed by the parser is kept


# --- the bounded worker --------------------------------------------------------

def test_worker_timeout_kills_it_and_the_next_pdf_gets_a_new_one(monkeypatch):
    """GIVEN a PDF analysis that never ends, and a 0.5 s limit
    WHEN a PDF is inspected
    THEN the error says the time limit was reached, within a second or two,
    AND the next PDF is analysed by a fresh worker."""
    inspector = DocumentInspector(LimitSettings(pdf_timeout_seconds=0.5))
    monkeypatch.setattr(documents, "_analyse_pdf", lambda data, limits, *part: time.sleep(60))
    try:
        started = time.monotonic()
        info = inspector.inspect(attachment(pdfkit.text_pdf(LETTER)))
        assert time.monotonic() - started < 3
        assert info.error is not None and "límite de 0.5 s" in info.error
        monkeypatch.undo()
        again = inspector.inspect(attachment(pdfkit.text_pdf(LETTER)))
        assert (again.error, again.pages) == (None, 1)
    finally:
        inspector.close()


def test_worker_out_of_memory_is_reported_and_recycled(monkeypatch):
    """GIVEN a PDF analysis that wants 1 GB while the limit is 64 MB
    WHEN a PDF is inspected
    THEN the error speaks of memory, AND the next PDF is analysed normally."""
    inspector = DocumentInspector(LimitSettings(pdf_memory_mb=64))
    monkeypatch.setattr(documents, "_analyse_pdf", lambda data, limits, *part: bytearray(1 << 30))
    try:
        info = inspector.inspect(attachment(pdfkit.text_pdf(LETTER)))
        assert info.error is not None and "64 MB de memoria" in info.error
        monkeypatch.undo()
        again = inspector.inspect(attachment(pdfkit.text_pdf(LETTER)))
        assert (again.error, again.pages) == (None, 1)
    finally:
        inspector.close()


def test_worker_answers_a_process_forked_after_it_started(inspector):
    """GIVEN an inspector whose worker is running
    WHEN this process forks and the child inspects a PDF
    THEN the child gets its own worker and a correct answer (no crossed replies)."""
    inspector.inspect(attachment(pdfkit.text_pdf(LETTER)))
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            info = inspector.inspect(attachment(pdfkit.text_pdf(["hijo"], pages=2)))
            os.write(write_end, b"%d" % info.pages)
        finally:
            inspector.close()  # reap the child's own worker, or it outlives us as a zombie
            os._exit(0)
    os.close(write_end)
    answer = os.read(read_end, 16)
    os.waitpid(pid, 0)
    os.close(read_end)
    assert answer == b"2"
    assert inspector.inspect(attachment(pdfkit.text_pdf(LETTER, pages=3))).pages == 3
