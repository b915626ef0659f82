"""Inspect attachments: media type, pages (fojas), text layer, images, digital signatures.

`sniff_media_type` trusts the bytes before the file name or the declared type.
`DocumentInspector.inspect` turns one `Attachment` into a `DocumentInfo` and never
raises: every failure (empty file, oversized file, broken, encrypted or hostile PDF)
becomes `DocumentInfo.error`, a sentence a clerk can read.

PDFs are untrusted input, so the PDF work runs in a child forked from this process,
with an address-space limit (`pdf_memory_mb` on top of what the process already
maps) and a wall-clock timeout (`pdf_timeout_seconds`) after which the child is
killed. Forking costs about a millisecond and shares the attachment's bytes
copy-on-write; pypdf and pyHanko are imported once in the parent, lazily, so no
child pays for the import. Inside the child pypdf's own limits stop decompression
bombs, and signatures are validated by pyHanko offline, with no trust roots:

    inspector = DocumentInspector(LimitSettings())
    info = inspector.inspect(attachment)
    info.pages, info.has_images, [sig.intact and sig.valid for sig in info.signatures]
"""
from __future__ import annotations

import asyncio
import binascii
import hashlib
import io
import logging
import mimetypes
import os
import pickle
import signal
import socket
import struct
import threading
from dataclasses import replace
from typing import Any, Callable

from mailbot.core.model import Attachment, DocumentInfo, DocumentKind, PdfSignature
from mailbot.settings import LimitSettings

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
        self._worker = PdfWorker(limits)

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
        try:
            found = self._worker.analyse(data)
        except BoundedWorkError as exc:
            return replace(base, error=str(exc))
        except Exception as exc:  # noqa: BLE001 - inspecting must never fail the decision
            log.exception("inspecting %s failed", attachment.filename)
            return replace(base, error=f"No se pudo analizar el PDF: {exc}")
        return replace(base, **found)


# --- the bounded worker -----------------------------------------------------------

class BoundedWorkError(Exception):
    """The PDF worker ran out of time or memory, or died; the message says which."""


_HEADER = struct.Struct("!Q")
_RECYCLE_AFTER_JOBS = 500
_modules_loaded = False


def _load_pdf_modules() -> None:
    """Import pypdf and pyHanko once in this process, so the forked worker inherits them."""
    global _modules_loaded
    if not _modules_loaded:
        import pypdf  # noqa: F401
        try:
            import pyhanko.pdf_utils.reader  # noqa: F401
            import pyhanko.sign.validation  # noqa: F401
            import pyhanko_certvalidator  # noqa: F401
        except ImportError:  # signatures are then reported as not verifiable
            log.warning("pyHanko is not installed: PDF signatures cannot be validated")
        _modules_loaded = True


class PdfWorker:
    """A persistent child, forked from this process, that analyses one PDF at a time.

    The child runs under an address-space limit (what it maps at birth plus
    `memory_mb`); each job has a wall-clock `timeout`. A child that overruns is
    killed and a new one is forked at the next job; so is one that hit its memory
    limit or served `_RECYCLE_AFTER_JOBS` jobs. Jobs are serialised by a lock.
    """

    def __init__(self, limits: LimitSettings) -> None:
        self.limits = limits
        self._lock = threading.Lock()
        self._pid = 0
        self._owner = 0
        self._socket: socket.socket | None = None

    def analyse(self, data: bytes) -> dict[str, Any]:
        """What `_analyse_pdf` finds in `data`; `BoundedWorkError` when it fails."""
        if not hasattr(os, "fork"):  # no fork (Windows): pypdf's own limits still apply
            _load_pdf_modules()
            return _analyse_pdf(io.BytesIO(data), self.limits)
        timeout = self.limits.pdf_timeout_seconds
        with self._lock:
            if self._owner != os.getpid():  # first job, or this process was forked
                self._fork()
            assert self._socket is not None
            try:
                self._socket.settimeout(timeout)
                self._socket.sendall(_HEADER.pack(len(data)))
                self._socket.sendall(data)
                status, value, recycle = pickle.loads(_receive(self._socket))
            except (OSError, EOFError) as exc:  # socket.timeout is an OSError
                self.stop()
                if isinstance(exc, socket.timeout):
                    raise BoundedWorkError(
                        f"El análisis del PDF superó el límite de {timeout:g} s y se detuvo "
                        "(documento demasiado complejo o con bucles).") from None
                raise BoundedWorkError("El análisis del PDF terminó de forma anormal "
                                       "(posible falta de memoria); no se pudo leer.") from None
            except BaseException:  # e.g. KeyboardInterrupt mid-message: the channel is unusable
                self.stop()
                raise
            if recycle:
                self.stop()
        if status == "ok":
            return value
        raise BoundedWorkError(value)

    def stop(self) -> None:
        """Kill the child (if this process owns one) and reap it."""
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self._pid and self._owner == os.getpid():
            try:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        self._pid = self._owner = 0

    def start(self) -> None:
        """Fork the child now, unless this process already has one."""
        if hasattr(os, "fork"):
            with self._lock:
                if self._owner != os.getpid():
                    self._fork()

    def _fork(self) -> None:
        if self._owner == os.getpid():
            self.stop()
        self._socket = None  # a forked copy's socket belongs to the parent's worker
        _load_pdf_modules()
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child; it reports through the socket
            ours.close()
            _worker_main(theirs, self.limits)
        theirs.close()
        self._pid, self._owner, self._socket = pid, os.getpid(), ours


def _receive(channel: socket.socket) -> bytes:
    """One length-prefixed message; EOFError when the peer closed the socket."""
    return _receive_stream(channel).getvalue()


def _receive_stream(channel: socket.socket) -> io.BytesIO:
    """One length-prefixed message, received straight into a BytesIO (no extra copy)."""
    header = io.BytesIO(bytes(_HEADER.size))
    _receive_into(channel, header)
    size = _HEADER.unpack(header.getvalue())[0]
    stream = io.BytesIO()
    if size:
        stream.seek(size - 1)
        stream.write(b"\0")
        _receive_into(channel, stream)
    stream.seek(0)
    return stream


def _receive_into(channel: socket.socket, stream: io.BytesIO) -> None:
    with stream.getbuffer() as buffer:
        view = buffer
        while view:
            count = channel.recv_into(view)
            if not count:
                raise EOFError("peer closed the socket")
            view = view[count:]
        view.release()


def _worker_main(channel: socket.socket, limits: LimitSettings) -> None:  # pragma: no cover
    """Body of the worker child: serve jobs until told to stop, then exit without cleanup."""
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        asyncio.events._set_running_loop(None)  # the caller's loop, if any, is not ours
        for name in ("pypdf", "pyhanko", "pyhanko_certvalidator"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        _install_fast_hex_reader()
        _limit_address_space(limits.pdf_memory_mb)
        for job in range(1, _RECYCLE_AFTER_JOBS + 1):
            try:
                document = _receive_stream(channel)
            except EOFError:
                break
            recycle = job == _RECYCLE_AFTER_JOBS
            try:
                answer: tuple[str, Any] = ("ok", _analyse_pdf(document, limits))
            except MemoryError:
                recycle = True
                answer = ("error", f"El PDF necesita más de {limits.pdf_memory_mb} MB de memoria "
                                   "para analizarse (posible bomba de descompresión); no se analizó.")
            except Exception as exc:  # noqa: BLE001 - any failure is reported to the parent
                answer = ("error", _describe_pdf_error(exc))
            del document
            payload = pickle.dumps((*answer, recycle), protocol=pickle.HIGHEST_PROTOCOL)
            channel.sendall(_HEADER.pack(len(payload)) + payload)
            if recycle:
                break
    finally:
        os._exit(0)


def _install_fast_hex_reader() -> None:
    """Let pyHanko read a hex string in one go when it holds only hex digits and spaces.

    pyHanko reads hex strings a byte at a time: 4 ms for a signature's /Contents,
    more than the rest of the PDF. Anything unusual (comments, no closing `>` in
    reach) falls back to pyHanko's own reader, so results are the same. Worker only.
    """
    try:
        from pyhanko.pdf_utils import generic
    except ImportError:
        return
    original = generic.read_hex_string_from_stream
    if getattr(original, "mailbot_fast", False):
        return

    def read_hex_string_from_stream(stream: Any) -> Any:
        start = stream.tell()
        for reach in (4096, 1 << 20):
            ahead = stream.read(reach)
            stream.seek(start)
            end = ahead.find(b">")
            if ahead[:1] != b"<" or (end < 0 and len(ahead) == reach):
                continue
            digits = ahead[1:end].translate(None, b" \n\r\t\f\x00") if end > 0 else b"?"
            if digits.translate(None, b"0123456789abcdefABCDEF"):
                break  # not a plain hex string: let pyHanko judge it
            stream.seek(start + end + 1)
            return generic.pdf_string(binascii.unhexlify(digits + b"0" * (len(digits) % 2)))
        return original(stream)

    read_hex_string_from_stream.mailbot_fast = True  # type: ignore[attr-defined]
    generic.read_hex_string_from_stream = read_hex_string_from_stream


def _limit_address_space(memory_mb: int) -> None:
    try:
        import resource

        with open("/proc/self/statm", "rb") as statm:
            mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = mapped + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, OSError, ValueError):
        pass  # no /proc or no rlimits: the timeout and pypdf's limits remain


def _describe_pdf_error(exc: Exception) -> str:
    from pypdf.errors import FileNotDecryptedError, LimitReachedError

    if isinstance(exc, LimitReachedError):
        return ("El PDF supera los límites de seguridad al descomprimirse (posible bomba "
                f"de descompresión); no se leyó su contenido. Detalle: {exc}")
    if isinstance(exc, FileNotDecryptedError):
        return "El PDF está cifrado con contraseña; no se puede leer su contenido."
    if isinstance(exc, RecursionError):
        return "El PDF tiene una estructura circular o demasiado anidada; no se pudo leer."
    return f"El PDF está dañado o no se puede leer ({type(exc).__name__}: {exc})."


# --- what the child does with one PDF --------------------------------------------

def _analyse_pdf(document: io.BytesIO, limits: LimitSettings) -> dict[str, Any]:
    """Pages, text, images, encryption and signatures of one PDF (runs in the child)."""
    from pypdf import Configuration, PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError

    with apply_configuration(Configuration()):  # pypdf's default limits, whatever the caller set
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
            name = signature.field_name or "?"
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
