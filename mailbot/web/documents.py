"""Documents staff upload (the oficio PDF of a final response), kept in the store's database.

The store has no table for outgoing documents yet; `WebDocument` holds them until it
does. Only PDFs are accepted (checked by their first bytes, not by the name).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Optional

from sqlalchemy import Column, LargeBinary
from sqlmodel import Field, SQLModel

from mailbot.core.parse import safe_filename
from mailbot.store.models import UTCDateTime, utcnow

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class UploadError(Exception):
    """The uploaded file is not an acceptable document; the message is shown to staff."""


class WebDocument(SQLModel, table=True):
    __tablename__ = "web_document"

    id: Optional[int] = Field(default=None, primary_key=True)
    registro_id: int = Field(foreign_key="registro.id", index=True)
    kind: str = Field(default="oficio", max_length=20)
    filename: str = Field(max_length=200)
    media_type: str = Field(default="application/pdf", max_length=100)
    sha256: str = Field(max_length=64)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    uploaded_by: str = Field(max_length=64)
    uploaded_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    outbox_id: Optional[int] = Field(default=None, foreign_key="outbox.id")


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
