"""Raw message bytes -> `ParsedMessage`, never an exception.

mail-parser does the MIME walk and the attachment list; the standard library fills
in where it is weak (header decoding, text parts whose declared charset lies, corrupt
base64). Whatever goes wrong is written to `errors` in plain words and parsing goes on
with what could be read.
"""
from __future__ import annotations

import base64
import binascii
import codecs
import copy
import datetime as dt
import email
import functools
import email.header
import email.policy
import email.utils
import hashlib
import logging
import re
import unicodedata
from email.message import Message
from typing import Callable

import mailparser

from .documents import sniff_media_type
from .htmltext import html_to_text

_PLACEHOLDER_CHARS = 120  # a plain part shorter than this may only stand in for the HTML
from ..settings import LimitSettings
from .model import Attachment, ParsedMessage

log = logging.getLogger(__name__)

_FALLBACK_CHARSETS = ("utf-8", "cp1252", "latin-1")
_MAX_FILENAME = 120


def decode_header_value(value: object) -> str:
    """Decode RFC 2047 encoded-words; unknown charsets degrade, never raise."""
    if value is None:
        return ""
    text = str(value)
    if "=?" not in text:
        return " ".join(text.split())
    try:
        parts = []
        previous_encoded = False
        for chunk, charset in email.header.decode_header(text):
            if previous_encoded and charset is None:
                parts.append(" ")  # the space after an encoded-word is the text's ("Suárez Villalobos")
            parts.append(_decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk)
            previous_encoded = charset is not None
        return " ".join("".join(parts).split())
    except Exception:  # noqa: BLE001 - malformed encoded-word: keep it as written
        return " ".join(text.split())


def _decode_bytes(data: bytes, charset: str | None) -> str:
    candidates = [charset] if charset else []
    candidates += [c for c in _FALLBACK_CHARSETS if c != charset]
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError, TypeError):
            continue
    return data.decode("utf-8", errors="replace")


def safe_filename(name: str, fallback: str = "adjunto") -> str:
    """A file name safe to show and to store: no directories, no control characters."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = re.sub(r"\s+", " ", name).strip().lstrip(".").strip()
    if not name:
        name = fallback
    if len(name) > _MAX_FILENAME:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: _MAX_FILENAME - len(ext) - 1] + "." + ext) if dot and len(ext) <= 10 else name[:_MAX_FILENAME]
    return name


def header_addresses(message: Message, header: str, limit: int | None = None,
                     errors: list[str] | None = None) -> tuple[tuple[str, str], ...]:
    """(display name, address) pairs of an address header, read from the header's
    structure *before* encoded words are decoded: an encoded display name that
    decodes to "Ana <victim@example.com>" stays a name, never an address."""
    found: list[tuple[str, str]] = []
    for value in message.get_all(header) or []:
        text = _raw_header_text(value)
        if limit is not None and len(text) > limit:
            cut = text.rfind(",", 0, limit)
            text = text[: cut if cut > 0 else limit]
            if errors is not None:
                errors.append(f"La cabecera {header} es demasiado larga; se leyeron sus primeros "
                              f"{len(text):,} caracteres.".replace(",", "."))
        found.extend(_structured_addresses(header, text))
    return tuple(found)


def _raw_header_text(value: object) -> str:
    """A header's value as written (encoded words not decoded), without NULs."""
    if isinstance(value, email.header.Header):  # raw 8-bit bytes in the header
        value = "".join(
            _decode_bytes(chunk, None if charset in ("unknown-8bit", "us-ascii") else charset)
            if isinstance(chunk, bytes) else chunk
            for chunk, charset in email.header.decode_header(value))
    return str(value).replace("\x00", "")


@functools.lru_cache(maxsize=4096)
def _structured_addresses(header: str, text: str) -> tuple[tuple[str, str], ...]:
    """(Memoised: the office's own addresses and repeat senders come back all day.)"""
    try:
        parsed = email.policy.default.header_factory(header, text)
        addresses = [(address.display_name, address.addr_spec) for address in parsed.addresses]
    except Exception:  # noqa: BLE001 - not parseable as a structure: the lenient parser, still undecoded
        addresses = [(decode_header_value(name), addr)
                     for name, addr in email.utils.getaddresses([" ".join(text.split())])]
    return tuple(
        (" ".join(name.split()), addr.strip().lower())
        for name, addr in addresses
        if addr and "@" in addr and "=?" not in addr and not any(ch in addr for ch in "<> \t\r\n")
    )


def _parse_date(value: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed


def _received_dates(message: Message) -> tuple[dt.datetime, ...]:
    dates = []
    for value in message.get_all("Received") or []:
        text = " ".join(str(value).split())
        if ";" in text:
            parsed = _parse_date(text.rsplit(";", 1)[1])
            if parsed:
                dates.append(parsed)
    return tuple(dates)


def _text_parts(message: Message, errors: list[str]) -> tuple[list[str], list[str]]:
    """Decoded text/plain and text/html parts that are bodies, not attachments."""
    plain: list[str] = []
    html: list[str] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        disposition = (part.get("Content-Disposition") or "").lower()
        if "attachment" in disposition or (part.get_filename() and "inline" not in disposition):
            continue
        try:
            payload = part.get_payload(decode=True) or b""
        except Exception as exc:  # noqa: BLE001
            errors.append(f"No se pudo decodificar una parte de texto: {exc}")
            continue
        declared = part.get_content_charset()
        if declared:
            try:
                codecs.lookup(declared)
            except LookupError:
                errors.append(f"Juego de caracteres desconocido {declared!r}; el texto se leyó como UTF-8/Windows-1252.")
                declared = None
        text = _decode_bytes(payload, declared)
        if declared and "\ufffd" in text:
            text = _decode_bytes(payload, "cp1252")
        (plain if ctype == "text/plain" else html).append(text)
    return plain, html


def _attachments(parsed: mailparser.MailParser, errors: list[str],
                 detached: dict[bytes, bytes] | None = None) -> tuple[Attachment, ...]:
    result = []
    for index, item in enumerate(parsed.attachments, start=1):
        original = decode_header_value(item.get("filename") or "")
        payload = item.get("payload") or ""
        try:
            if item.get("binary"):
                data = base64.b64decode(payload, validate=False)
            else:
                charset = item.get("charset") or "utf-8"
                try:
                    data = payload.encode(charset)
                except (LookupError, UnicodeEncodeError):
                    data = payload.encode("utf-8", errors="replace")
        except (binascii.Error, ValueError) as exc:
            errors.append(f"El adjunto {safe_filename(original, f'adjunto-{index}')!r} está dañado (base64 inválido: {exc}).")
            continue
        if detached and data in detached:
            data = detached.pop(data)
        declared = (item.get("mail_content_type") or "application/octet-stream").lower()
        name = safe_filename(original, f"adjunto-{index}")
        result.append(
            Attachment(
                filename=name,
                declared_type=declared,
                sniffed_type=sniff_media_type(data, name, declared),
                data=data,
                sha256=hashlib.sha256(data).hexdigest(),
                original_filename=original,
            )
        )
    return tuple(result)


def _may_hold_attachments(message: Message) -> bool:
    """Whether mail-parser could list an attachment in the tree: a part with a file
    name, a Content-ID, an attachment disposition, a leaf that is not a text/plain or
    text/html body, or the broken boundary after which mail-parser recovers an epilogue.
    A message of text bodies alone (most mail) has none, and mail-parser's pass (its
    address, date and Received parsing, which this module does itself) is skipped."""
    try:
        for part in message.walk():
            if part.defects and any(type(d).__name__ == "StartBoundaryNotFoundDefect" for d in part.defects):
                return True
            if part.get_filename() or part.get("Content-ID") or part.get_param("name") \
                    or part.get_content_disposition() not in (None, "inline"):
                return True
            if not part.is_multipart() and part.get_content_type() not in ("text/plain", "text/html"):
                return True
    except Exception:  # noqa: BLE001 - an odd header: let mail-parser judge it
        return True
    return False


def _mime_tree(message: Message) -> Message:
    """The message for mail-parser to list its attachments: the same parts, with only
    the top-level headers that shape the MIME tree (Content-*, MIME-Version). Its pass
    would otherwise parse every address, date and Received header again, which this
    module reads itself (`header_addresses`, `_received_dates`)."""
    tree = copy.copy(message)  # shallow: the parts are shared, not copied
    for name in {key.lower() for key in message.keys()}:
        if not name.startswith("content-") and name != "mime-version":
            del tree[name]  # Message.__delitem__ builds a new header list: `message` keeps its own
    return tree


def _first_pdf_part(message: Message) -> bytes | None:
    """The decoded bytes of the first leaf part that is a PDF (by its magic bytes)."""
    for part in message.walk():
        if part.is_multipart():
            continue
        try:
            data = part.get_payload(decode=True)
        except Exception:  # noqa: BLE001 - the full pass reports a bad part
            continue
        if isinstance(data, bytes) and data[:5] == b"%PDF-":
            return data
    return None


def _empty(errors: list[str]) -> ParsedMessage:
    return ParsedMessage(
        message_id="", subject="", from_address="", from_name="", to=(), cc=(),
        delivered_to=(), date=None, received_dates=(), headers={}, content_type="",
        text="", html=None, attachments=(), errors=tuple(errors),
    )


def _looks_like_mail(raw: bytes) -> bool:
    head = raw[:4096]
    if b"\x00" in head:
        return False
    return re.search(rb"^[A-Za-z][A-Za-z0-9-]*:", head, re.MULTILINE) is not None


# Messages above this size have their large base64 parts decoded before MIME parsing:
# the email package holds a message in memory about ten times over (lines, strings,
# payload copies), which for a 40 MB attachment would pass 500 MB.
DETACH_ABOVE_BYTES = 4 * 1024 * 1024
_DETACH_PART_BYTES = 512 * 1024
_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.IGNORECASE)
_B64_HEADER = re.compile(rb"^content-transfer-encoding:\s*base64\s*$", re.IGNORECASE | re.MULTILINE)
_DETACHED_TOKEN = b"mailbot-detached-part-%d"


def _detach_large_parts(raw: bytes) -> tuple[bytes, dict[bytes, bytes]]:
    """Replace the bodies of large base64 parts by a short token; return the decoded bodies.

    Only boundary lines declared in the message split it, so a part is never cut in
    the middle; anything unexpected leaves the message as it was.
    """
    boundaries = {m.group(1) or m.group(2) for m in _BOUNDARY.finditer(raw)}
    if not boundaries:
        return raw, {}
    delimiter = re.compile(
        rb"^--(?:" + b"|".join(re.escape(b) for b in boundaries) + rb")(?:--)?[ \t]*\r?$", re.MULTILINE
    )
    pieces: list[bytes] = []
    detached: dict[bytes, bytes] = {}
    position = 0
    marks = [m.end() for m in delimiter.finditer(raw)]
    for start, end in zip(marks, marks[1:] + [len(raw)]):
        segment_end = raw.rfind(b"\n", start, end) if end < len(raw) else end
        if segment_end <= start:
            continue
        split = raw.find(b"\n\r\n", start, segment_end)
        split = raw.find(b"\n\n", start, segment_end) if split < 0 else split
        if split < 0 or segment_end - split < _DETACH_PART_BYTES:
            continue
        if not _B64_HEADER.search(raw, start, split + 1):
            continue
        body_start = raw.index(b"\n", split + 1) + 1
        try:
            data = binascii.a2b_base64(raw[body_start:segment_end])
        except (binascii.Error, ValueError):
            continue
        token = _DETACHED_TOKEN % len(detached)
        detached[token] = data
        pieces.append(raw[position:body_start])
        pieces.append(base64.b64encode(token) + b"\r\n")
        position = segment_end
    if not detached:
        return raw, {}
    pieces.append(raw[position:])
    return b"".join(pieces), detached


def parse_message(raw: bytes, max_bytes: int | None = None, limits: LimitSettings | None = None,
                  early_pdf: Callable[[bytes], None] | None = None) -> ParsedMessage:
    """Parse raw RFC 5322 bytes. Never raises; problems are listed in `errors`.

    With `limits`, what the decision reads is bounded (`LimitSettings`: subject, each
    header, the body text); a cut is noted in `errors`.
    `early_pdf`: called with the bytes of the message's first PDF part as soon as the
    MIME tree is read, before mail-parser's own pass and the headers, so that the
    caller can start the PDF's analysis on the other core meanwhile (an optimisation
    only: the attachments are still listed in `attachments`). An error it raises is
    the caller's.
    """
    errors: list[str] = []
    if limits is not None:
        max_bytes = limits.max_message_bytes
    if not raw:
        return _empty(["El archivo está vacío (0 bytes): no es un mensaje de correo."])
    if max_bytes is not None and len(raw) > max_bytes:
        return _empty([f"El mensaje pesa {len(raw) // (1024 * 1024)} MB, más que el límite de {max_bytes // (1024 * 1024)} MB."])
    if not _looks_like_mail(raw):
        return _empty(["El archivo no es un mensaje de correo (no tiene cabeceras legibles)."])
    if limits is not None:
        raw = _bound_header_block(raw, limits.max_header_chars, errors)
    detached: dict[bytes, bytes] = {}
    if len(raw) > DETACH_ABOVE_BYTES:
        raw, detached = _detach_large_parts(raw)
    try:
        message = email.message_from_bytes(raw)  # what mail-parser parses with
    except Exception as exc:  # noqa: BLE001 - e.g. a crafted nesting of multiparts (RecursionError)
        return _empty([f"El mensaje no se pudo leer: {exc}"])
    if early_pdf is not None and not detached:
        first = _first_pdf_part(message)
        if first:
            early_pdf(first)
    parsed: mailparser.MailParser | None = None
    try:
        if _may_hold_attachments(message):
            parsed = mailparser.MailParser(_mime_tree(message))
    except Exception as exc:  # noqa: BLE001 - mail-parser failed: the stdlib's tree is read as it is
        log.info("mail-parser failed (%s); using the standard library", type(exc).__name__)
        errors.append(f"Estructura MIME dañada ({type(exc).__name__}); se leyó lo posible.")
        parsed = None
        message = email.message_from_bytes(raw)  # a fresh tree: mail-parser may have left it half-read

    for defect in getattr(message, "defects", []) or []:
        errors.append(f"Defecto MIME: {type(defect).__name__}")

    header_limit = limits.max_header_chars if limits is not None else None
    headers: dict[str, tuple[str, ...]] = {}
    for key, value in message.items():
        headers.setdefault(key.lower(), ())
        headers[key.lower()] += (_header_text(key, value, header_limit, errors),)

    plain, html_parts = _text_parts(message, errors)
    html = "\n".join(html_parts) if html_parts else None
    if html is not None and limits is not None and len(html) > 4 * limits.max_body_chars:
        html = html[: 4 * limits.max_body_chars]
    if plain and any(p.strip() for p in plain):
        text = "\n".join(plain)
        if html and len(text.strip()) < _PLACEHOLDER_CHARS:
            # "(Este mensaje está en formato HTML)": a plain part that only stands in for
            # the HTML one; the HTML holds the message
            from_html = html_to_text(html)
            if len(from_html.strip()) > 3 * len(text.strip()):
                text = from_html
    elif html:
        text = html_to_text(html)
    else:
        text = ""
    if limits is not None:
        text = bound_text(text, limits.max_body_chars, "El texto del mensaje", errors)
    attachments: tuple[Attachment, ...] = ()
    if parsed is not None:
        try:
            attachments = _attachments(parsed, errors, detached)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"No se pudieron leer los adjuntos: {exc}")

    def one(name: str, limit: int | None = header_limit) -> str:
        return _header_text(name, message.get(name, ""), limit, errors)

    senders = header_addresses(message, "From", header_limit, errors)
    from_name, from_address = senders[0] if senders else ("", "")
    references = tuple(one("References").split())
    subject = one("Subject")
    if limits is not None:
        subject = bound_text(subject, limits.max_subject_chars, "El asunto", errors)
    return ParsedMessage(
        message_id=one("Message-ID").strip(),
        subject=subject,
        from_address=from_address,
        from_name=from_name,
        to=tuple(addr for _, addr in header_addresses(message, "To", header_limit, errors)),
        cc=tuple(addr for _, addr in header_addresses(message, "Cc", header_limit, errors)),
        delivered_to=tuple(addr for _, addr in header_addresses(message, "Delivered-To", header_limit, errors)),
        date=_parse_date(one("Date")),
        received_dates=_received_dates(message),
        headers=headers,
        content_type=message.get_content_type(),
        text=text,
        html=html,
        attachments=attachments,
        in_reply_to=one("In-Reply-To").strip(),
        references=references,
        errors=tuple(errors),
    )


_HEADER_START = re.compile(rb"^(?=[^ \t\r\n])", re.MULTILINE)


def _bound_header_block(raw: bytes, limit: int, errors: list[str]) -> bytes:
    """The message with each top-level header cut to `limit` bytes before any parser
    sees it (the standard library's encoded-word decoder is quadratic on long headers)."""
    ends = [end for end in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if end >= 0]
    end = min(ends) if ends else len(raw)
    if end <= limit:
        return raw
    block = raw[:end]
    starts = [match.start() for match in _HEADER_START.finditer(block)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    pieces: list[bytes] = []
    changed = False
    for start, stop in zip(starts, starts[1:] + [len(block)]):
        header = block[start:stop]
        if len(header) > limit:
            name = header.split(b":", 1)[0][:60].decode("ascii", "replace").strip()
            note = f"La cabecera {name} tiene {len(header):,} caracteres; se leyeron los primeros {limit:,}."
            errors.append(note.replace(",", "."))
            header = header[:limit].rstrip(b"\r\n") + b"\r\n"
            changed = True
        pieces.append(header)
    return b"".join(pieces) + raw[end:] if changed else raw


_LONGEST_WORD = 1000  # characters; longer runs without a space are no words (base64, padding)


def bound_text(text: str, limit: int, what: str, errors: list[str]) -> str:
    """`text` cut to `limit` characters and its words to `_LONGEST_WORD`, so that
    what extraction and classification read stays small; a cut is noted in `errors`."""
    if len(text) > limit:
        errors.append(f"{what} tiene {len(text):,} caracteres; se leyeron los primeros {limit:,}.".replace(",", "."))
        text = text[:limit]
    if len(text) > _LONGEST_WORD and any(len(word) > _LONGEST_WORD for word in text.split()):
        pieces = [piece if len(piece) <= _LONGEST_WORD else piece[:_LONGEST_WORD] for piece in _SPACES.split(text)]
        errors.append(f"{what} contiene palabras de más de {_LONGEST_WORD:,} caracteres; se acortaron.".replace(",", "."))
        text = "".join(pieces)
    return text


_SPACES = re.compile(r"(\s+)")


def _header_text(name: str, value: object, limit: int | None, errors: list[str]) -> str:
    """A header's decoded value; with `limit`, at most that many characters are read."""
    if value is None:
        return ""
    if limit is not None:
        text = _raw_header_text(value)
        if len(text) > limit:
            note = f"La cabecera {name} tiene {len(text):,} caracteres; se leyeron los primeros {limit:,}."
            if note.replace(",", ".") not in errors:
                errors.append(note.replace(",", "."))
            value = text[:limit]
    return decode_header_value(value)
