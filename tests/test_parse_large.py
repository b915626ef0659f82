"""Large messages take the lean parse path: big base64 parts are decoded before the
MIME parser sees them. The result must be the same attachments, byte for byte."""
from __future__ import annotations

import hashlib
import os
from email.message import EmailMessage

import pytest

from mailbot.core import parse


def _message(attachments: list[tuple[str, bytes]], crlf: bool) -> bytes:
    message = EmailMessage()
    message["From"] = "Ana Pérez <ana@example.com>"
    message["To"] = "mesadepartes@rree.gob.pe"
    message["Subject"] = "Recurso de apelación"
    message.set_content("Adjunto mi recurso.\n")
    for name, data in attachments:
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    raw = message.as_bytes()
    return raw.replace(b"\n", b"\r\n") if crlf else raw


@pytest.mark.parametrize("crlf", [False, True])
def test_large_parts_are_detached_and_restored_exactly(crlf, monkeypatch):
    """GIVEN a message over the size threshold with two big attachments and a small one
    WHEN it is parsed
    THEN every attachment comes back byte for byte, with its SHA-256, in order."""
    big_a = os.urandom(900 * 1024)
    big_b = os.urandom(1200 * 1024)
    small = b"texto corto"
    raw = _message([("a.bin", big_a), ("nota.txt", small), ("b.bin", big_b)], crlf)
    monkeypatch.setattr(parse, "DETACH_ABOVE_BYTES", 1024)

    lean, detached = parse._detach_large_parts(raw)
    assert len(detached) == 2 and len(lean) < 10_000

    parsed = parse.parse_message(raw)
    assert [a.filename for a in parsed.attachments] == ["a.bin", "nota.txt", "b.bin"]
    assert [a.data for a in parsed.attachments] == [big_a, small, big_b]
    assert parsed.attachments[2].sha256 == hashlib.sha256(big_b).hexdigest()
    assert parsed.subject == "Recurso de apelación"
    assert "Adjunto mi recurso." in parsed.text


def test_message_without_boundaries_is_left_alone():
    """GIVEN a large single-part message WHEN detaching THEN nothing changes."""
    raw = b"From: a@example.com\r\nSubject: x\r\n\r\n" + b"hola\r\n" * 1000
    assert parse._detach_large_parts(raw) == (raw, {})


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\windows\\system.ini", "system.ini"),
    ("  .hidden ", "hidden"),
    ("a\x00b\x1fc.pdf", "abc.pdf"),
    ("", "adjunto"),
    ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
])
def test_safe_filename(name, expected):
    """GIVEN a hostile attachment name WHEN made safe THEN no path, no control characters."""
    assert parse.safe_filename(name) == expected
