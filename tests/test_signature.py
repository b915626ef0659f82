"""Tests for `mailbot.core.signature.judge_signature` (INTAKE.md section 3, `firma`)."""
from __future__ import annotations

import pytest

from mailbot.core.documents import DocumentInspector
from mailbot.core.model import Attachment, DocumentInfo, PdfSignature
from mailbot.core.signature import judge_signature
from mailbot.settings import LimitSettings
from tests import pdfkit

SIGNER = "CN=Ana Pérez Rondón, O=Pruebas Mailbot, C=PE"
GOOD = PdfSignature("Firma1", intact=True, valid=True, trusted=False, signer=SIGNER)
TRUSTED = PdfSignature("Firma1", intact=True, valid=True, trusted=True, signer=SIGNER)
ALTERED = PdfSignature("Firma1", intact=False, valid=True, trusted=False, signer="CN=Eva Ruiz")
BAD_VALUE = PdfSignature("Firma1", intact=True, valid=False, trusted=False, signer="CN=Eva Ruiz")
UNREADABLE = PdfSignature("Firma1", intact=False, valid=False, trusted=False, error="Firma ilegible")


def pdf(name: str = "escrito.pdf", text: str = "Lima, 3 de noviembre", images: bool = False,
        signatures: tuple[PdfSignature, ...] = (), error: str | None = None) -> DocumentInfo:
    return DocumentInfo(filename=name, sha256="0" * 64, size=1000, kind="pdf",
                        media_type="application/pdf", pages=1, text=text, has_images=images,
                        signatures=signatures, error=error)


def image(name: str = "foto.jpg", media_type: str = "image/jpeg") -> DocumentInfo:
    return DocumentInfo(filename=name, sha256="0" * 64, size=1000, kind="image",
                        media_type=media_type, pages=1)


def other(name: str = "carta.docx") -> DocumentInfo:
    return DocumentInfo(filename=name, sha256="0" * 64, size=1000, kind="other",
                        media_type="application/zip")


@pytest.mark.parametrize(
    ("documents", "status", "document"),
    [
        ([pdf(signatures=(GOOD,))], "valid", "escrito.pdf"),
        ([pdf(signatures=(TRUSTED,))], "valid", "escrito.pdf"),
        ([pdf("a.pdf", signatures=(ALTERED,)), pdf("b.pdf", signatures=(GOOD,))], "valid", "b.pdf"),
        ([image(), pdf("b.pdf", signatures=(GOOD,))], "valid", "b.pdf"),
        ([pdf(signatures=(GOOD,), error="No se pudo leer el texto de la página 2")], "valid", "escrito.pdf"),
        ([pdf(signatures=(ALTERED,))], "invalid", "escrito.pdf"),
        ([pdf(signatures=(BAD_VALUE,))], "invalid", "escrito.pdf"),
        ([pdf(signatures=(UNREADABLE,))], "invalid", "escrito.pdf"),
        ([pdf(signatures=(GOOD, ALTERED))], "invalid", "escrito.pdf"),
        ([image(), pdf("b.pdf", signatures=(ALTERED,))], "invalid", "b.pdf"),
        ([pdf("a.pdf", text="", images=True, signatures=(ALTERED,))], "invalid", "a.pdf"),
        ([image("foto carta.jpg")], "manuscrita", "foto carta.jpg"),
        ([image("firma.png", "image/png")], "manuscrita", "firma.png"),
        ([image("IMG_1.heic", "image/heic")], "manuscrita", "IMG_1.heic"),
        ([image("IMG_1.heif", "image/heif")], "manuscrita", "IMG_1.heif"),
        ([image("scan.tif", "image/tiff")], "manuscrita", "scan.tif"),
        ([pdf("escaneo.pdf", text="", images=True)], "manuscrita", "escaneo.pdf"),
        ([pdf("escaneo.pdf", text="  \n ")], "manuscrita", "escaneo.pdf"),
        ([pdf("carta.pdf", images=True)], "manuscrita", "carta.pdf"),
        ([pdf("texto.pdf"), pdf("carta.pdf", images=True)], "manuscrita", "carta.pdf"),
        ([], "absent", None),
        ([pdf("texto.pdf")], "absent", None),
        ([image("logo.gif", "image/gif")], "absent", None),
        ([other()], "absent", None),
        ([pdf("cifrado.pdf", text="", error="El PDF está cifrado con contraseña")], "absent", None),
        ([DocumentInfo("vacio.jpg", "", 0, "image", "image/jpeg", error="vacío")], "absent", None),
    ],
)
def test_judge_signature_takes_the_first_status_that_applies(documents, status, document):
    """GIVEN the inspected attachments of a message whose procedure requires `firma`
    WHEN the signature is judged
    THEN the status is the first of valid > invalid > manuscrita > absent that applies,
    naming the document that decided it."""
    report = judge_signature(documents, required=True)
    assert (report.status, report.document) == (status, document)


@pytest.mark.parametrize("documents", [[], [pdf(signatures=(GOOD,))], [pdf(signatures=(ALTERED,))]])
def test_judge_signature_not_required(documents):
    """GIVEN a procedure that does not require `firma`
    WHEN the signature is judged
    THEN it is `not_required`, whatever the attachments hold."""
    report = judge_signature(documents, required=False)
    assert (report.status, report.signer, report.trusted, report.document) == (
        "not_required", None, None, None)


@pytest.mark.parametrize(
    ("signature", "status", "signer", "trusted", "detail"),
    [
        (GOOD, "valid", SIGNER, False,
         f"Firma digital válida de {SIGNER} en «escrito.pdf»; "
         "certificado no verificado contra una raíz de confianza."),
        (TRUSTED, "valid", SIGNER, True,
         f"Firma digital válida de {SIGNER} en «escrito.pdf»; "
         "certificado emitido por una raíz de confianza."),
        (ALTERED, "invalid", "CN=Eva Ruiz", False,
         "La firma digital de CN=Eva Ruiz en «escrito.pdf» no es válida: "
         "el documento fue modificado después de firmarse."),
        (PdfSignature("Firma1", True, True, False, signer="CN=Eva Ruiz",
                      error="el documento fue modificado después de firmarse (cambios OTHER "
                            "en una revisión posterior)"),
         "invalid", "CN=Eva Ruiz", False,
         "La firma digital de CN=Eva Ruiz en «escrito.pdf» no es válida: el documento fue "
         "modificado después de firmarse (cambios OTHER en una revisión posterior)."),
        (UNREADABLE, "invalid", None, False,
         "La firma digital de firmante desconocido en «escrito.pdf» no es válida: "
         "no se pudo verificar (Firma ilegible)."),
    ],
)
def test_judge_signature_reports_signer_trust_and_spanish_detail(signature, status, signer, trusted, detail):
    """GIVEN a PDF with one digital signature
    WHEN the signature is judged
    THEN the report carries the signer, trust (separately from validity) and a Spanish detail."""
    report = judge_signature([pdf(signatures=(signature,))], required=True)
    assert (report.status, report.signer, report.trusted, report.detail) == (status, signer, trusted, detail)


def test_judge_signature_manuscrita_and_absent_details():
    """GIVEN a photo, and separately an unreadable PDF with nothing else
    WHEN the signature is judged
    THEN the details say what was presumed, or what could not be read."""
    photo = judge_signature([image("foto carta.jpg")], required=True)
    assert photo.detail == ("Imagen adjunta «foto carta.jpg» (image/jpeg): "
                            "se presume firma manuscrita; verificar la firma.")
    assert (photo.signer, photo.trusted) == (None, None)
    broken = judge_signature([pdf("roto.pdf", text="", error="El PDF está dañado")], required=True)
    assert broken.status == "absent"
    assert "No se pudieron leer: «roto.pdf» (El PDF está dañado)." in broken.detail


# --- end to end: PDFs built here, inspected for real, then judged -----------------

@pytest.fixture(scope="module")
def inspect_all():
    inspector = DocumentInspector(LimitSettings())

    def inspect(*files: tuple[str, bytes]) -> list[DocumentInfo]:
        return [inspector.inspect(Attachment(name, "application/octet-stream", "", data))
                for name, data in files]

    yield inspect
    inspector.close()


@pytest.fixture(scope="module")
def signed_letter() -> bytes:
    return pdfkit.sign_pdf(pdfkit.text_pdf(["Lima, 3 de noviembre de 2026", "Firmo: Ana Pérez"]),
                           pdfkit.signing_identity())


@pytest.mark.parametrize(
    ("files", "status"),
    [
        (lambda signed: [("firmado.pdf", signed)], "valid"),
        (lambda signed: [("firmado.pdf", pdfkit.tamper(signed, b"Firmo: Ana", b"Firmo: Eva"))], "invalid"),
        (lambda signed: [("foto.jpg", pdfkit.tamper(signed, b"Firmo: Ana", b"Firmo: Eva")),
                         ("otro.pdf", signed)], "valid"),
        (lambda signed: [("firmado.pdf", pdfkit.change_after_signing(signed))], "invalid"),
        (lambda signed: [("firmado.pdf", pdfkit.sign_pdf(signed, pdfkit.signing_identity("Luis"),
                                                         field_name="Firma2"))], "valid"),
        (lambda signed: [("escaneo.pdf", pdfkit.image_pdf())], "manuscrita"),
        (lambda signed: [("carta.pdf", pdfkit.text_pdf(["Firmo"], image=True))], "manuscrita"),
        (lambda signed: [("carta.pdf", pdfkit.text_pdf(["Firmo"], image_in_form=True))], "manuscrita"),
        (lambda signed: [("firma.png", b"\x89PNG\r\n\x1a\n" + bytes(64))], "manuscrita"),
        (lambda signed: [("carta.pdf", pdfkit.text_pdf(["Firmo: Ana"]))], "absent"),
        (lambda signed: [("cifrado.pdf", pdfkit.encrypt(pdfkit.image_pdf(), "secreto"))], "absent"),
        (lambda signed: [("bomba.pdf", pdfkit.zip_bomb_pdf())], "absent"),
    ],
    ids=["signed", "tampered", "misnamed-tampered+signed", "changed-after-signing", "signed-twice", "scan", "text+image", "image-in-form",
         "png", "text-only", "encrypted-scan", "zip-bomb"],
)
def test_inspected_pdfs_are_judged_as_the_spec_says(inspect_all, signed_letter, files, status):
    """GIVEN attachments built in the test and inspected by the real inspector
    WHEN the signature is judged
    THEN the status is the one INTAKE.md section 3 gives."""
    report = judge_signature(inspect_all(*files(signed_letter)), required=True)
    assert report.status == status, report.detail
