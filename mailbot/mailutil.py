"""Small helpers the runner needs on raw mail, with the standard library only.

- `content_key(raw)`: identity of a message across mailboxes. The leading trace
  headers a server prepends on delivery (Received, Delivered-To, Return-Path, ...)
  are left out, so the same message delivered To: one mailbox and Cc: another is
  one filing even when each copy got its own Received line.
- `envelope(raw)`: the headers the runner routes on (sender, Message-ID, thread).
- `merge_messages(original, followups)`: one message holding the original's headers
  and the text and attachments of all of them, for deciding a completed `subsanar`
  again with the decision core (which takes bytes).
"""
from __future__ import annotations

import email
import email.parser
import hashlib
import re
from dataclasses import dataclass
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage, Message

from mailbot.core.parse import header_addresses

TRACE_HEADERS = frozenset({
    b"received", b"delivered-to", b"return-path", b"x-original-to", b"x-delivered-to",
    b"x-envelope-to", b"x-received", b"authentication-results", b"received-spf",
    b"arc-seal", b"arc-message-signature", b"arc-authentication-results",
    b"x-spam-status", b"x-spam-score", b"x-spam-flag", b"x-virus-scanned",
})
MESSAGE_ID_RE = re.compile(r"<[^<>\s]+>")
REGISTRO_RE = re.compile(r"\bREG-(\d{4})-(\d{6})\b", re.IGNORECASE)
EXPEDIENTE_RE = re.compile(r"\bEXP-(\d{4})-(\d{6})\b", re.IGNORECASE)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_key(raw: bytes) -> str:
    """SHA-256 of the message without its leading block of trace headers."""
    position = 0
    length = len(raw)
    while position < length:
        end = raw.find(b"\n", position)
        end = length if end == -1 else end + 1
        line = raw[position:end]
        name, colon, _ = line.partition(b":")
        if not colon or name.strip().lower() not in TRACE_HEADERS or name != name.strip():
            break
        position = end
        while position < length and raw[position:position + 1] in (b" ", b"\t"):
            end = raw.find(b"\n", position)
            position = length if end == -1 else end + 1
    return sha256_hex(raw[position:])


def _decoded(value: str | None) -> str:
    if not value:
        return ""
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # noqa: BLE001 - a broken encoded-word stays as written
        return str(value)


@dataclass(frozen=True)
class Envelope:
    message_id: str
    sender: str            # From address, lower case
    reply_to: str          # Reply-To address (lower case) or the sender
    subject: str
    in_reply_to: str
    references: tuple[str, ...]

    @property
    def thread_ids(self) -> tuple[str, ...]:
        ids = list(self.references)
        if self.in_reply_to and self.in_reply_to not in ids:
            ids.append(self.in_reply_to)
        return tuple(ids)


_ADDRESS_HEADER_CHARS = 20_000


def envelope(raw: bytes) -> Envelope:
    headers = email.parser.BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
    # addresses from the headers' structure, before encoded words are decoded: an
    # encoded display name is never taken as an address (see `header_addresses`)
    senders = header_addresses(headers, "From", _ADDRESS_HEADER_CHARS)
    sender = senders[0][1] if senders else ""
    reply_to_all = [addr for _, addr in header_addresses(headers, "Reply-To", _ADDRESS_HEADER_CHARS)]
    in_reply_to = MESSAGE_ID_RE.findall(str(headers.get("In-Reply-To", "")))
    return Envelope(
        message_id=(MESSAGE_ID_RE.findall(str(headers.get("Message-ID", ""))) or [""])[0],
        sender=sender,
        reply_to=(reply_to_all[0].lower() if reply_to_all else sender),
        subject=" ".join(_decoded(headers.get("Subject")).split()),
        in_reply_to=in_reply_to[0] if in_reply_to else "",
        references=tuple(MESSAGE_ID_RE.findall(" ".join(str(v) for v in headers.get_all("References", [])))),
    )


def _parse(raw: bytes) -> Message:
    return email.message_from_bytes(raw, policy=policy.default)


def _strip_html(html: str) -> str:
    html = re.sub(r"(?is)<(script|style).*?</\1>", " ", html)
    html = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", html)
    text = re.sub(r"<[^>]+>", " ", html)
    from html import unescape

    return unescape(text)


def message_text(raw: bytes) -> str:
    """The readable text of a message (plain part, else HTML stripped of tags)."""
    try:
        parsed = _parse(raw)
        body = parsed.get_body(preferencelist=("plain", "html"))
        if body is None:
            return ""
        content = body.get_content()
        if not isinstance(content, str):
            return ""
        return _strip_html(content) if body.get_content_type() == "text/html" else content
    except Exception:  # noqa: BLE001 - unreadable text is no text
        return ""


def merge_messages(original: bytes, followups: list[bytes]) -> bytes:
    """The original's headers, every message's text (in order) and every attachment."""
    first = _parse(original)
    merged = EmailMessage()
    for name in ("From", "Reply-To", "To", "Cc", "Delivered-To", "Subject", "Date", "Message-ID"):
        for value in first.get_all(name, []) or []:
            try:
                merged[name] = str(value)
            except Exception:  # noqa: BLE001 - a header we cannot copy is left out
                continue
    texts = [message_text(original)] + [message_text(raw) for raw in followups]
    merged.set_content("\n\n-----\n\n".join(text.strip() for text in texts if text.strip()) or " ")
    for raw in [original, *followups]:
        try:
            parts = list(_parse(raw).iter_attachments())
        except Exception:  # noqa: BLE001
            continue
        for part in parts:
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes):
                continue
            maintype, _, subtype = part.get_content_type().partition("/")
            merged.add_attachment(
                data, maintype=maintype or "application", subtype=subtype or "octet-stream",
                filename=part.get_filename() or "adjunto",
            )
    return merged.as_bytes(policy=policy.SMTP)
