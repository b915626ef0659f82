"""Bad input (issue 2, "Bad input"): `mailbot check` answers for every input with a
decision and a clear error, never a traceback, and exits 0."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mailbot.cli import main
from tests.mailfactory import MESA, eml
from tests.pdfkit import encrypt, text_pdf, truncated, zip_bomb_pdf


def _pdf_mail(name: str, data: bytes) -> bytes:
    return eml(subject="Recurso de apelación", body="Adjunto mi recurso.", to=MESA,
               attachments=[(name, data, "application/pdf")])


def _unknown_charset() -> bytes:
    raw = eml(subject="Renuncia", body="Renuncio a mi condición.")
    return raw.replace(b'charset="utf-8"', b'charset="x-klingon-7"')


def _broken_mime() -> bytes:
    return (b"From: ana@example.test\r\nTo: mesadepartes@rree.gob.pe\r\nSubject: =?utf-8?b?@@@?=\r\n"
            b"Content-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\nContent-Type: application/pdf\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n%%%not base64%%%\r\n")


BAD = [
    # (case, bytes, outcome, words expected in errors ("" = errors may be empty))
    ("0-byte file", lambda: b"", "triage", "vacío"),
    ("binary, not mail", lambda: bytes(range(256)) * 40, "triage", "no es un mensaje"),
    ("text, not mail", lambda: b"\n\n   just some words without any header\n", "triage", "no es un mensaje"),
    ("unknown charset", _unknown_charset, None, ""),
    ("broken MIME and base64", _broken_mime, None, ""),
    ("broken PDF", lambda: _pdf_mail("recurso.pdf", truncated(text_pdf(["Recurso"]), 0.4)), "subsanar", "recurso.pdf"),
    ("encrypted PDF", lambda: _pdf_mail("cifrado.pdf", encrypt(text_pdf(["Recurso"]), "secreto")), "subsanar", "cifrado.pdf"),
    ("decompression bomb", lambda: _pdf_mail("bomba.pdf", zip_bomb_pdf()), "subsanar", "bomba.pdf"),
    ("hostile file name", lambda: _pdf_mail("../../etc/passwd", b"root:x:0:0:root:/root:/bin/bash\n"), None, ""),
]


def _check_file(tmp_path: Path, raw: bytes, capsys, file_name: str = "entrada.eml") -> tuple[int, list[dict], str]:
    path = tmp_path / file_name
    path.write_bytes(raw)
    status = main(["check", str(path), "--json"])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines() if line.strip()], err


@pytest.mark.parametrize("case, build, outcome, error_words", BAD, ids=[row[0] for row in BAD])
def test_bad_input_still_decided(tmp_path: Path, case: str, build, outcome: str | None, error_words: str, capsys) -> None:
    """GIVEN one kind of bad input
    WHEN `mailbot check FILE --json` runs in-process
    THEN it prints exactly one decision, exits 0, writes no traceback, and the errors
    say what was wrong (in words a clerk understands)."""
    status, objects, err = _check_file(tmp_path, build(), capsys)
    assert status == 0
    assert len(objects) == 1
    assert "Traceback" not in err
    decision = objects[0]
    if outcome:
        assert decision["outcome"] == outcome
    if error_words:
        assert any(error_words.lower() in error.lower() for error in decision["errors"]), decision["errors"]
    for error in decision["errors"]:
        assert "Traceback" not in error and "\n" not in error


def test_hostile_file_name_is_made_safe(tmp_path: Path, capsys) -> None:
    """GIVEN an attachment named ../../etc/passwd
    WHEN checked THEN the document is reported under a name without directories."""
    _, objects, _ = _check_file(tmp_path, _pdf_mail("../../etc/passwd", b"root:x:0:0\n"), capsys)
    names = [doc["filename"] for doc in objects[0]["explain"]["documents"]]
    assert names == ["passwd"]


def test_bad_inputs_in_a_folder_subprocess(tmp_path: Path) -> None:
    """GIVEN a folder mixing every bad input with a good message
    WHEN `mailbot check FOLDER --json` runs as a command
    THEN one object per file, exit 0, nothing on stderr that looks like a traceback."""
    for index, (case, build, _, _) in enumerate(BAD):
        if case != "decompression bomb":  # the bomb is covered in-process; keep this run quick
            (tmp_path / f"{index:02d}.eml").write_bytes(build())
    (tmp_path / "99-bueno.eml").write_bytes(eml(subject="Consulta", body="Hola"))
    done = subprocess.run([sys.executable, "-m", "mailbot", "check", str(tmp_path), "--json"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    objects = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(objects) == len(list(tmp_path.glob("*.eml")))
    assert objects[-1]["outcome"] == "triage" and objects[-1]["errors"] == []


def test_unreadable_mail_is_triage_not_ignorado(tmp_path: Path, capsys) -> None:
    """GIVEN a file with no sender, no subject, no text (it is not mail)
    WHEN checked THEN a person sees it (triage), it is never silently ignorado."""
    _, objects, _ = _check_file(tmp_path, b"\x00\x01\x02garbage", capsys)
    assert objects[0]["outcome"] == "triage"
    assert objects[0]["reply"] is not None  # the sender, if any, gets a plain acknowledgment


def test_unknown_charset_is_reported(tmp_path: Path, capsys) -> None:
    """GIVEN a body declared in a charset no codec knows
    WHEN checked THEN the text is still read and errors say the charset was unknown."""
    _, objects, _ = _check_file(tmp_path, _unknown_charset(), capsys)
    assert objects[0]["procedure"] == "renuncia"
    assert any("x-klingon-7" in error for error in objects[0]["errors"])
