"""Documents staff upload (the oficio PDF of a final response), kept in the store's database.

The table is the store's `WebDocument` (`mailbot.store.staff`, re-exported here); the
copy that travels with the mail to the applicant is an attachment of its outbox row.
Only PDFs are accepted (checked by their first bytes, not by the name).
"""
from __future__ import annotations

import hashlib

from mailbot.core.parse import safe_filename
from mailbot.store.staff import WebDocument

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class UploadError(Exception):
    """The uploaded file is not an acceptable document; the message is shown to staff."""


def pdf_document(registro_id: int, filename: str, data: bytes, uploaded_by: str) -> WebDocument:
    """A `WebDocument` for an uploaded oficio; UploadError when it is not a PDF."""
    if not data:
        raise UploadError("El archivo está vacío.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError(f"El archivo pasa de {MAX_UPLOAD_BYTES // (1024 * 1024)} MB.")
    if not data.lstrip()[:5] == b"%PDF-":
        raise UploadError("El oficio debe ser un archivo PDF.")
    name = safe_filename(filename, "oficio.pdf")
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    return WebDocument(registro_id=registro_id, filename=name, sha256=hashlib.sha256(data).hexdigest(),
                       size=len(data), data=data, uploaded_by=uploaded_by)
