"""Judge the `firma` requirement over all the attachments (INTAKE.md section 3).

The first status that applies wins:

1. `valid`: a PDF whose digital signatures all verify (the signed bytes are intact
   and the signature value checks). Certificate trust is reported, not judged.
2. `invalid`: a PDF with a digital signature that no longer verifies: its signed
   bytes were altered, a later incremental update changed the content (pyHanko's
   difference analysis; a further signature or form filling is fine), or it cannot
   be read.
3. `manuscrita`: an image attachment (JPEG, PNG, HEIC/HEIF, TIFF), or a readable PDF
   with no digital signature that has no text layer or holds an embedded image:
   presumed handwritten, to be checked by a person.
4. `absent`: nothing that can carry a signature.

A document whose inspection failed (empty, oversized, encrypted, broken) cannot
carry a signature anyone can see, so only its digital signatures, if any were read,
count; the report's `detail` names it so a person can look.

    report = judge_signature(documents, required=True)
    report.status, report.signer, report.detail
"""
from __future__ import annotations

from typing import Sequence

from mailbot.core.model import DocumentInfo, PdfSignature, SignatureReport

HANDWRITING_IMAGE_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/heic", "image/heif", "image/tiff"}
)


def signature_verifies(signature: PdfSignature) -> bool:
    """The signed bytes are intact, the cryptographic signature checks, and nothing
    (`error`) says the document was changed after signing or could not be checked."""
    return signature.intact and signature.valid and signature.error is None


def judge_signature(documents: Sequence[DocumentInfo], required: bool) -> SignatureReport:
    """The `firma` status of a message, judged over all its attachments."""
    if not required:
        return SignatureReport(status="not_required", detail="El trámite no requiere firma.")
    pdfs = [doc for doc in documents if doc.kind == "pdf" and doc.signatures]
    for doc in pdfs:
        if all(signature_verifies(sig) for sig in doc.signatures):
            return _valid(doc)
    for doc in pdfs:
        broken = next(sig for sig in doc.signatures if not signature_verifies(sig))
        return _invalid(doc, broken)
    for doc in documents:
        reason = _handwriting_reason(doc)
        if reason:
            return SignatureReport(
                status="manuscrita",
                document=doc.filename,
                detail=f"{reason}: se presume firma manuscrita; verificar la firma.",
            )
    return SignatureReport(status="absent", detail=_absent_detail(documents))


def _valid(doc: DocumentInfo) -> SignatureReport:
    signature = doc.signatures[0]
    signer = signature.signer or "firmante desconocido"
    trust = ("certificado emitido por una raíz de confianza" if signature.trusted
             else "certificado no verificado contra una raíz de confianza")
    count = len(doc.signatures)
    several = f" ({count} firmas, todas íntegras)" if count > 1 else ""
    return SignatureReport(
        status="valid",
        signer=signature.signer,
        trusted=signature.trusted,
        document=doc.filename,
        detail=f"Firma digital válida de {signer} en «{doc.filename}»{several}; {trust}.",
    )


def _invalid(doc: DocumentInfo, signature: PdfSignature) -> SignatureReport:
    signer = signature.signer or "firmante desconocido"
    if not signature.intact and not signature.error:
        why = "el documento fue modificado después de firmarse"
    elif signature.intact and signature.valid:
        why = signature.error or ""
    elif signature.error:
        why = f"no se pudo verificar ({signature.error})"
    else:
        why = "el valor de la firma no corresponde al certificado"
    return SignatureReport(
        status="invalid",
        signer=signature.signer,
        trusted=signature.trusted,
        document=doc.filename,
        detail=f"La firma digital de {signer} en «{doc.filename}» no es válida: {why}.",
    )


def _handwriting_reason(doc: DocumentInfo) -> str | None:
    """Why this document may carry a handwritten signature, or None."""
    if doc.error:
        return None
    if doc.kind == "image" and doc.media_type in HANDWRITING_IMAGE_TYPES:
        return f"Imagen adjunta «{doc.filename}» ({doc.media_type})"
    if doc.kind == "pdf" and not doc.signatures:
        if doc.has_images:
            return f"PDF «{doc.filename}» sin firma digital, con imagen incrustada"
        if not doc.text.strip():
            return f"PDF «{doc.filename}» sin firma digital y sin capa de texto (escaneo)"
    return None


def _absent_detail(documents: Sequence[DocumentInfo]) -> str:
    if not documents:
        return "No hay adjuntos: el mensaje no trae un escrito firmado."
    unreadable = [f"«{doc.filename}» ({doc.error})" for doc in documents if doc.error]
    detail = "Ningún adjunto lleva firma digital, imagen ni escaneo que pueda contener una firma."
    if unreadable:
        detail += " No se pudieron leer: " + "; ".join(unreadable) + "."
    return detail
