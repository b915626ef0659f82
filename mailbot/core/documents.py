"""Inspect attachments: media type, pages (fojas), text layer, images, digital signatures.

`sniff_media_type` trusts the bytes before the file name or the declared type.
`DocumentInspector.inspect` turns one `Attachment` into a `DocumentInfo` and never
raises: every failure (empty file, oversized file, broken, encrypted or hostile PDF)
becomes `DocumentInfo.error`, a sentence a clerk can read.

PDFs are untrusted input, so the PDF work runs in a persistent child forked from
this process (`mailbot.core.pdfworker`, which says why), with an address-space limit
(`pdf_memory_mb` on top of what the process already maps) and a wall-clock timeout
(`pdf_timeout_seconds`) after which the child is killed. pypdf and pyHanko are
imported once in the parent, lazily, so no child pays for the import. Inside the
child pypdf's own limits stop decompression bombs, and signatures are validated by
pyHanko offline, with no trust roots:

    inspector = DocumentInspector(LimitSettings())
    info = inspector.inspect(attachment)
    info.pages, info.has_images, [sig.intact and sig.valid for sig in info.signatures]
"""
from __future__ import annotations

import asyncio
import hashlib
import io
import logging
import mimetypes
import os
from dataclasses import replace
from typing import Any, Callable, NamedTuple, Sequence

from mailbot.core.model import Attachment, DocumentInfo, DocumentKind, PdfSignature
from mailbot.core.pdfworker import BoundedWorkError, PdfJob, PdfWorker, _describe_pdf_error
from mailbot.settings import LimitSettings

__all__ = ["IMAGE_TYPES", "BoundedWorkError", "DocumentInspector", "PdfWorker", "sniff_media_type"]

log = logging.getLogger(__name__)

IMAGE_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/gif", "image/tiff", "image/heic", "image/heif",
     "image/webp", "image/bmp", "image/avif"}
)
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"}
_HEIF_BRANDS = {b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_ZIP_BASED_EXTENSIONS = {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".jar"}
_OLE_EXTENSIONS = {".doc", ".xls", ".ppt", ".msg"}
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"{\\rtf", "application/rtf"),
    (b"\x1f\x8b", "application/gzip"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
)


def sniff_media_type(data: bytes, filename: str, declared: str) -> str:
    """The media type of `data`, judged by its magic bytes first.

    Falls back to the file name's extension, then to the declared type, then to
    `application/octet-stream`. Example: the bytes of a PDF named `foto.jpg` and
    declared `image/jpeg` give `application/pdf`.
    """
    head = data[:1024]
    extension = os.path.splitext(filename or "")[1].lower()
    guessed = mimetypes.guess_type(filename or "", strict=False)[0] if extension else None
    if b"%PDF-" in head:
        return "application/pdf"
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if head[4:8] == b"ftyp":
        brands = {head[8:12]} | {head[i:i + 4] for i in range(16, min(len(head), 64), 4)}
        if brands & _HEIC_BRANDS:
            return "image/heic"
        if brands & _AVIF_BRANDS:
            return "image/avif"
        if brands & _HEIF_BRANDS:
            return "image/heif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"BM") and len(head) >= 18 and head[14] in (12, 40, 52, 56, 108, 124):
        return "image/bmp"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return guessed if extension in _ZIP_BASED_EXTENSIONS and guessed else "application/zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return guessed if extension in _OLE_EXTENSIONS and guessed else "application/x-ole-storage"
    if head and _looks_like_text(head):
        return guessed if guessed and guessed.startswith("text/") else "text/plain"
    if guessed:
        return guessed
    declared = (declared or "").split(";")[0].strip().lower()
    return declared or "application/octet-stream"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # a multi-byte character cut at the sniff boundary
            return True
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls == 0  # a single-byte charset such as windows-1252


def _kind_of(media_type: str) -> DocumentKind:
    if media_type == "application/pdf":
        return "pdf"
    if media_type in IMAGE_TYPES:
        return "image"
    return "other"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


class DocumentInspector:
    """Inspects attachments within the time and memory bounds of `LimitSettings`."""

    def __init__(self, limits: LimitSettings) -> None:
        self.limits = limits
        self._worker = PdfWorker(limits, _run_analysis)

    def start(self) -> None:
        """Fork the PDF worker now (optional; else at the first PDF).

        Call it from the composition root while the process is still small and has
        no threads: the worker inherits, and keeps, the pages the process holds.
        """
        self._worker.start()

    def close(self) -> None:
        """Stop the PDF worker child; the next PDF starts a new one."""
        self._worker.stop()

    def inspect(self, attachment: Attachment) -> DocumentInfo:
        """What one attachment is and holds; failures go to `error`, never raised."""
        return self.begin((attachment,)).finish()[0]

    def begin(self, attachments: Sequence[Attachment], early: "EarlyPdf | None" = None) -> "PendingDocuments":
        """Start inspecting `attachments`: the first PDF goes to the worker at once, so
        the caller can read the body meanwhile; `finish()` returns every DocumentInfo.
        `early`: a PDF already sent with `submit_early` (used for the attachment with
        the same bytes, else collected and dropped)."""
        return PendingDocuments(self, attachments, early)

    def submit_early(self, data: bytes) -> "EarlyPdf | None":
        """Send a PDF to the worker before the message's attachments are listed (while
        the rest of the message is parsed). The caller must pass the result to `begin`,
        or call its `drop()`: until then the worker is held. None when the PDF is not
        one the worker would take (empty, over the size limit) or the worker failed
        (the normal path tries again and reports)."""
        if not data or len(data) > self.limits.max_attachment_bytes:
            return None
        try:
            return EarlyPdf(data, self._worker.submit(data))
        except BoundedWorkError:
            return None

    def _prepare(self, attachment: Attachment) -> DocumentInfo | tuple[DocumentInfo]:
        """A final DocumentInfo, or (base,) for a PDF that still needs the worker."""
        data = attachment.data
        try:
            media_type = sniff_media_type(data, attachment.filename, attachment.declared_type)
            sha256 = attachment.sha256 or hashlib.sha256(data).hexdigest()
        except Exception as exc:  # noqa: BLE001 - inspecting must never fail the decision
            log.exception("sniffing %s failed", attachment.filename)
            return DocumentInfo(attachment.filename, attachment.sha256, len(data), "other",
                                "application/octet-stream", error=f"No se pudo examinar el adjunto: {exc}")
        kind = _kind_of(media_type)
        base = DocumentInfo(attachment.filename, sha256, len(data), kind, media_type)
        if not data:
            return replace(base, error="El adjunto está vacío (0 bytes).")
        if len(data) > self.limits.max_attachment_bytes:
            return replace(base, error=(
                f"El adjunto pesa {_megabytes(len(data))}, más que el límite de "
                f"{_megabytes(self.limits.max_attachment_bytes)}; no se analizó su contenido."))
        if kind == "image":
            return replace(base, pages=1)
        if kind != "pdf":
            return base
        return (base,)

    @staticmethod
    def _complete(base: DocumentInfo, job: Callable[[], dict[str, Any]]) -> DocumentInfo:
        try:
            found = job()
        except BoundedWorkError as exc:
            return replace(base, error=str(exc))
        except Exception as exc:  # noqa: BLE001 - inspecting must never fail the decision
            log.exception("inspecting %s failed", base.filename)
            return replace(base, error=f"No se pudo analizar el PDF: {exc}")
        return replace(base, **found)


class EarlyPdf(NamedTuple):
    """A PDF sent to the worker before its attachment was listed."""

    data: bytes
    job: PdfJob

    def drop(self) -> None:
        """Collect the answer and forget it (frees the worker)."""
        try:
            self.job.result()
        except BoundedWorkError:
            pass


class PendingDocuments:
    """Attachments being inspected; at most one PDF is in the worker at a time."""

    def __init__(self, inspector: DocumentInspector, attachments: Sequence[Attachment],
                 early: EarlyPdf | None = None) -> None:
        self._inspector = inspector
        self._attachments = tuple(attachments)
        self._early: tuple[int, PdfJob] | None = None
        try:
            self._prepared = [inspector._prepare(a) for a in self._attachments]  # noqa: SLF001
        except BaseException:
            if early is not None:
                early.drop()
            raise
        first_pdf = next((i for i, p in enumerate(self._prepared) if isinstance(p, tuple)), None)
        if early is not None:
            # the worker answers in order: only the first PDF may be the one already sent
            if first_pdf is not None and self._attachments[first_pdf].data == early.data:
                self._early = (first_pdf, early.job)
            else:
                early.drop()
        if first_pdf is not None and self._early is None:
            try:
                self._early = (first_pdf, inspector._worker.submit(self._attachments[first_pdf].data))  # noqa: SLF001
            except BoundedWorkError as exc:
                self._prepared[first_pdf] = replace(self._prepared[first_pdf][0], error=str(exc))
        self._done: tuple[DocumentInfo, ...] | None = None

    def texts(self) -> tuple[DocumentInfo, ...]:
        """The documents as far as their text layers: with one PDF, as soon as the worker
        sent its text (its signatures may still be being validated, `finish()` has
        them); with several, everything finished first (the worker takes one at a time)."""
        if self._done is not None:
            return self._done
        pdfs = [p for p in self._prepared if isinstance(p, tuple)]
        if len(pdfs) != 1 or self._early is None:
            return self.finish()
        try:
            part = self._early[1].early()
        except BoundedWorkError:
            return self.finish()  # the failure is reported there
        except BaseException:
            self.finish()
            raise
        return tuple(replace(p[0], **part) if isinstance(p, tuple) else p for p in self._prepared)

    def finish(self) -> tuple[DocumentInfo, ...]:
        if self._done is not None:
            return self._done
        worker = self._inspector._worker  # noqa: SLF001
        result: list[DocumentInfo] = []
        for index, prepared in enumerate(self._prepared):
            if not isinstance(prepared, tuple):
                result.append(prepared)
            elif self._early is not None and self._early[0] == index:
                job = self._early[1]
                document = DocumentInspector._complete(prepared[0], job.result)  # noqa: SLF001
                if document.error and job.part:
                    # what was read before a failure (the text, when the signatures timed out) stays
                    document = replace(document, **{**job.part, "error": document.error})
                result.append(document)
            else:
                data = self._attachments[index].data
                result.append(DocumentInspector._complete(prepared[0], lambda: worker.analyse(data)))  # noqa: SLF001
        self._done = tuple(result)
        return self._done


# --- what the child does with one PDF --------------------------------------------

def _run_analysis(document: io.BytesIO, limits: LimitSettings,
                  send_part: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """The worker's job: `_analyse_pdf`, looked up at each call (tests replace it)."""
    return _analyse_pdf(document, limits, send_part)


def _analyse_pdf(document: io.BytesIO, limits: LimitSettings,
                 send_part: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    """Pages, text, images, encryption and signatures of one PDF (runs in the child).
    With `send_part`, what is known before the signatures (pages, text, images) is sent
    first when there are signatures to validate: the parent reads the text meanwhile."""
    from pypdf import Configuration, PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError

    stream = limits.pdf_max_stream_bytes
    bounded = Configuration().with_overwrites(  # pypdf's limits, the decompressed ones ours
        zlib_maximum_output_length=stream, lzw_maximum_output_length=stream,
        run_length_maximum_output_length=stream, brotli_maximum_output_length=stream,
        array_based_stream_maximum_output_length=stream, jbig2_maximum_output_length=stream)
    with apply_configuration(bounded):
        reader = PdfReader(document, strict=False)
        encrypted = bool(reader.is_encrypted)
        if encrypted and not reader.decrypt(""):
            return {"encrypted": True, "error": (
                "El PDF está cifrado con contraseña; no se puede leer su contenido ni "
                "verificar su firma.")}
        pages = reader.pages
        found: dict[str, Any] = {"encrypted": encrypted, "pages": len(pages)}
        texts: list[str] = []
        length = 0
        for number, page in enumerate(pages):
            if number >= limits.pdf_max_pages_text or length >= limits.max_text_chars:
                break
            try:
                text = page.extract_text() or ""
            except LimitReachedError as exc:  # a bomb: keep the page count, stop reading
                found["error"] = _describe_pdf_error(exc)
                break
            except Exception as exc:  # noqa: BLE001 - one unreadable page is reported, not fatal
                found.setdefault("error", f"No se pudo leer el texto de la página {number + 1} "
                                          f"del PDF ({type(exc).__name__}).")
                continue
            texts.append(text)
            length += len(text) + 1
        found["text"] = "\n".join(texts)[: limits.max_text_chars]
        seen: set[Any] = set()
        found["has_images"] = any(_page_has_image(page, seen) for page in pages)
        field_names = _signature_field_names(reader)
        if field_names:
            if send_part is not None:
                send_part(found)
                found = {}
            found["signatures"] = _validate_signatures(document, field_names)
    return found


def _page_has_image(page: Any, seen: set[Any]) -> bool:
    if _resources_have_image(page.get("/Resources"), seen, 0):
        return True
    for annotation in _resolve(page.get("/Annots")) or ():
        appearance = _resolve(_resolve(annotation).get("/AP")) if annotation is not None else None
        normal = _resolve(appearance.get("/N")) if appearance else None
        if normal is None:
            continue
        streams = [normal] if "/Subtype" in normal or "/Resources" in normal else list(normal.values())
        for stream in streams:
            if _xobject_has_image(stream, seen, 0):
                return True
    return False


def _resources_have_image(resources: Any, seen: set[Any], depth: int) -> bool:
    resources = _resolve(resources)
    if not resources or depth > 32:
        return False
    xobjects = _resolve(resources.get("/XObject"))
    return any(_xobject_has_image(xobject, seen, depth) for xobject in (xobjects or {}).values())


def _xobject_has_image(reference: Any, seen: set[Any], depth: int) -> bool:
    key = (reference.idnum, reference.generation) if hasattr(reference, "idnum") else id(reference)
    if key in seen:
        return False
    seen.add(key)
    xobject = _resolve(reference)
    if not hasattr(xobject, "get"):
        return False
    subtype = xobject.get("/Subtype")
    if subtype == "/Image":
        return True
    return subtype == "/Form" and _resources_have_image(xobject.get("/Resources"), seen, depth + 1)


def _resolve(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _signature_field_names(reader: Any) -> list[str]:
    """Names of the filled signature fields (/FT /Sig with a /V), without parsing /V."""
    acroform = _resolve(_resolve(reader.trailer["/Root"]).get("/AcroForm"))
    pending = [(field, "", None) for field in (_resolve(acroform.get("/Fields")) or ())] if acroform else []
    names: list[str] = []
    seen: set[Any] = set()
    while pending and len(seen) < 100_000:
        reference, parent_name, inherited_type = pending.pop()
        key = (reference.idnum, reference.generation) if hasattr(reference, "idnum") else id(reference)
        field = _resolve(reference)
        if key in seen or not hasattr(field, "get"):
            continue
        seen.add(key)
        part = str(field.get("/T", ""))
        name = f"{parent_name}.{part}" if parent_name and part else parent_name or part
        field_type = field.get("/FT", inherited_type)
        if field_type == "/Sig" and "/V" in field:
            names.append(name)
        pending.extend((kid, name, field_type) for kid in (_resolve(field.get("/Kids")) or ()))
    return names


def _validate_signatures(document: io.BytesIO, field_names: list[str]) -> tuple[PdfSignature, ...]:
    """Validate every embedded signature with pyHanko, offline and with no trust roots."""
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import async_validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext
    except ImportError:
        return tuple(PdfSignature(name, False, False, False, error="pyHanko no está instalado")
                     for name in field_names)
    try:
        document.seek(0)
        reader = PdfFileReader(document, strict=False)
        if reader.encrypted:
            reader.decrypt(b"")
        embedded = list(reader.embedded_signatures)
    except Exception as exc:  # noqa: BLE001 - an unreadable signature does not verify
        return tuple(PdfSignature(name, False, False, False, error=f"Firma ilegible: {exc}")
                     for name in field_names)
    if not embedded:
        return tuple(PdfSignature(name, False, False, False, error="Firma sin contenido verificable")
                     for name in field_names)
    loop = asyncio.new_event_loop()
    signatures = []
    try:
        for signature in embedded:
            # a plain str: pyHanko's TextStringObject points back to its reader, which
            # would otherwise be pickled whole on the way to the parent process
            name = str(signature.field_name or "?")
            try:
                context = ValidationContext(trust_roots=[], allow_fetching=False)
                status = loop.run_until_complete(async_validate_pdf_signature(signature, context))
                later_change = _later_change(status)
            except Exception as exc:  # noqa: BLE001 - a signature that cannot be checked fails
                signatures.append(PdfSignature(name, False, False, False, error=f"{exc}"))
                continue
            when = status.signer_reported_dt
            signatures.append(PdfSignature(
                error=later_change,
                field_name=name,
                intact=bool(status.intact),
                valid=bool(status.valid),
                trusted=bool(status.trusted),
                signer=_subject_string(status.signing_cert),
                signing_time=when.isoformat() if when else None,
            ))
    finally:
        loop.close()
    return tuple(signatures)


def _later_change(status: Any) -> str | None:
    """Why the document as received is not what was signed, or None.

    The signed bytes may verify while a later incremental update changed the page
    content: pyHanko's difference analysis reports that as `docmdp_ok` False
    (adding another signature or filling a form is allowed).
    """
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if status.coverage is not None and status.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        return "la firma no cubre todo el documento"
    if status.docmdp_ok is False:
        level = getattr(status.modification_level, "name", status.modification_level)
        return f"el documento fue modificado después de firmarse (cambios {level} en una revisión posterior)"
    return None


_SHORT_NAMES = {
    "common_name": "CN", "surname": "SN", "given_name": "GN", "serial_number": "SERIALNUMBER",
    "country_name": "C", "locality_name": "L", "state_or_province_name": "ST",
    "street_address": "STREET", "organization_name": "O", "organizational_unit_name": "OU",
    "title": "T", "email_address": "E", "domain_component": "DC", "user_id": "UID",
    "organization_identifier": "organizationIdentifier", "pseudonym": "pseudonym",
}


def _subject_string(certificate: Any) -> str | None:
    """The subject as "CN=..., O=..., C=..." (most specific first), or None."""
    if certificate is None:
        return None
    parts = []
    for rdn in certificate.subject.chosen:
        for type_value in rdn:
            name = type_value["type"].native
            parts.append(f"{_SHORT_NAMES.get(name, name)}={type_value['value'].native}")
    if parts and not parts[0].startswith("CN="):
        parts.reverse()  # X.509 lists the country first; people read the name first
    return ", ".join(parts)
