"""The hostile corpus: messages built at test time to make the decision work too much.

`CASES` maps a name to a builder returning the message's bytes (nothing large is
committed). `write_corpus(folder)` writes every case as NAME.eml; the 100 MB message
is written in pieces, never held whole by the test. `WORST` are the five the
end-to-end tests mix with normal mail.

    python -m tests.hostile OUTDIR            # write the corpus, e.g. for `mailbot check OUTDIR`
    python -m tests.hostile --probe OUTDIR    # time and memory of each case's decision
"""
from __future__ import annotations

import base64
import sys
import zlib
from pathlib import Path
from typing import Callable

from tests import pdfkit

SENDER = "solicitante@example.pe"
MAILBOX = "refugiados@rree.gob.pe"
DATE = "Mon, 23 Nov 2026 10:00:00 -0500"
KB, MB = 1024, 1024 * 1024


def headers(subject: str = "Solicitud", *, sender: str = SENDER, extra: str = "",
            content_type: str = "text/plain; charset=utf-8", message_id: str = "hostil") -> str:
    return (f"From: {sender}\r\nTo: {MAILBOX}\r\nSubject: {subject}\r\nDate: {DATE}\r\n"
            f"Message-ID: <{message_id}@example.pe>\r\nMIME-Version: 1.0\r\n{extra}"
            f"Content-Type: {content_type}\r\n")


def simple(subject: str = "Solicitud", body: str = "Buenos días.", **kwargs: str) -> bytes:
    return (headers(subject, **kwargs) + "\r\n" + body + "\r\n").encode("utf-8", "surrogateescape")


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")


def with_attachments(parts: list[tuple[str, str, bytes]], body: str = "Adjunto mis documentos.",
                     subject: str = "Solicitud de autorización de trabajo", raw_names: bool = False) -> bytes:
    """multipart/mixed: the body, then (filename, media type, data) attachments."""
    boundary = "==limite-hostil=="
    out = [headers(subject, content_type=f'multipart/mixed; boundary="{boundary}"'), "\r\n"]
    out.append(f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n")
    for name, media_type, data in parts:
        quoted = name if raw_names else name.replace('"', "")
        out.append(f'--{boundary}\r\nContent-Type: {media_type}; name="{quoted}"\r\n'
                   f'Content-Disposition: attachment; filename="{quoted}"\r\n'
                   f"Content-Transfer-Encoding: base64\r\n\r\n{b64(data)}")
    out.append(f"--{boundary}--\r\n")
    return "".join(out).encode("utf-8", "surrogateescape")


def encoded(text: str, charset: str = "utf-8") -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode('utf-8')).decode()}?="


# -- PDFs -----------------------------------------------------------------------------

def pdf_many_pages(pages: int = 10_000) -> bytes:
    return pdfkit.text_pdf(["Solicitud de autorización de trabajo", "DNI 12345678"], pages=pages)


def pdf_many_objects(count: int = 10_000) -> bytes:
    """One page and `count` unreferenced objects in the xref."""
    base = pdfkit._page_objects(pdfkit.text_content(["Solicitud"]), b"", [])  # noqa: SLF001
    return pdfkit.assemble(base + [b"<< /N %d /Kids [%d 0 R] >>" % (i, i + 1) for i in range(count)])


def pdf_text_layer(size: int = 50 * MB) -> bytes:
    """A one-page PDF whose (compressed) content stream shows `size` bytes of text."""
    line = b"(Solicito autorizacion de trabajo DNI 12345678 pasaporte AB123456 ) Tj T*\n"
    content = b"BT /F1 12 Tf 72 760 Td 14 TL\n" + line * (size // len(line)) + b"ET"
    compressed = zlib.compress(content, 9)
    objects = pdfkit._page_objects(b"", b"", [])  # noqa: SLF001
    objects[3] = pdfkit.stream(b"/Filter /FlateDecode", compressed)
    return pdfkit.assemble(objects)


# -- the cases ------------------------------------------------------------------------

def _nested(depth: int) -> bytes:
    out = [headers("Solicitud anidada", content_type='multipart/mixed; boundary="n0"'), "\r\n"]
    for level in range(1, depth):
        out.append(f'--n{level - 1}\r\nContent-Type: multipart/mixed; boundary="n{level}"\r\n\r\n')
    out.append(f"--n{depth - 1}\r\nContent-Type: text/plain\r\n\r\nHola, adjunto.\r\n")
    for level in reversed(range(depth)):
        out.append(f"--n{level}--\r\n")
    return "".join(out).encode()


def _many_parts(count: int) -> bytes:
    out = [headers("Solicitud en partes", content_type='multipart/mixed; boundary="p"'), "\r\n"]
    for index in range(count):
        out.append(f"--p\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nParte {index}: DNI 1234567{index % 10}\r\n")
    out.append("--p--\r\n")
    return "".join(out).encode()


def _mixed_charsets() -> bytes:
    boundary = "cs"
    parts = [("koi8-r", "Прошу разрешение на работу".encode("koi8-r")),
             ("shift_jis", "労働許可を申請します".encode("shift_jis")),
             ("utf-16", "Solicito autorización".encode("utf-16-le")),
             ("iso-8859-1", "Pasaporte n° AB123456, señor".encode("utf-8")),  # a lie: UTF-8 bytes
             ("x-desconocido", b"Caf\xe9 \xff\xfe\x00 texto")]
    out = [headers("Solicitud =?koi8-r?B?8NLP28Q=?= =?x-unknown?Q?=FF=FE?=",
                   content_type=f'multipart/alternative; boundary="{boundary}"'), "\r\n"]
    body = "".encode()
    for charset, data in parts:
        body += (f"--{boundary}\r\nContent-Type: text/plain; charset={charset}\r\n"
                 "Content-Transfer-Encoding: base64\r\n\r\n").encode() + b64(data).encode()
    return "".join(out).encode() + body + f"--{boundary}--\r\n".encode()


FORGED = encoded("Ana <victim@gmail.com>")

CASES: dict[str, Callable[[], bytes]] = {
    "asunto-2mb": lambda: simple("a" * 2 * MB),
    "asunto-2mb-palabras-encoded": lambda: simple(" ".join([encoded("Solicitud de trámite")] * (2 * MB // 50))),
    "asunto-a-dos-puntos": lambda: simple("a: " * (700 * KB)),
    "asunto-espacios": lambda: simple("Solicitud" + " " * MB + "x"),
    "cuerpo-1mb-una-linea": lambda: simple(body="Solicito " + "abcdefghij" * (100 * KB)),
    "cuerpo-1mb-letras-sin-arroba": lambda: simple(body="x" * MB),
    "cuerpo-1mb-espacios": lambda: simple(body="DNI" + " " * MB + "12345678"),
    "cuerpo-1mb-digitos-separadores": lambda: simple(body="1234-5678. " * (MB // 11)),
    "cuerpo-a-dos-puntos": lambda: simple(body="a: " * (MB // 3)),
    "cuerpo-html-1mb-una-linea": lambda: simple(body="<div>" + "<b>a</b>" * (MB // 8) + "</div>",
                                                content_type="text/html; charset=utf-8"),
    "cuerpo-qp-lineas-blandas": lambda: simple(body="a=\r\n" * (MB // 4),
                                               extra="Content-Transfer-Encoding: quoted-printable\r\n"),
    "para-10000-direcciones": lambda: (
        "From: " + SENDER + "\r\nTo: " + ", ".join(f"persona{i}@example.pe" for i in range(10_000))
        + "\r\nSubject: Solicitud\r\nDate: " + DATE + "\r\n\r\nHola.\r\n").encode(),
    "cc-10000-sin-arroba": lambda: simple(extra="Cc: " + ", ".join(f"persona{i}" for i in range(10_000)) + "\r\n"),
    "10000-cabeceras": lambda: simple(extra="".join(f"X-Relleno-{i}: valor {i}\r\n" for i in range(10_000))),
    "cabecera-plegada-100k-lineas": lambda: simple(extra="X-Largo: a\r\n" + " a\r\n" * 100_000),
    "1000-partes-mime": lambda: _many_parts(1000),
    "anidado-200": lambda: _nested(200),
    "multipart-sin-cierre": lambda: (headers("Solicitud", content_type='multipart/mixed; boundary="x"')
                                     + "\r\n--x\r\nContent-Type: text/plain\r\n\r\n" + "b" * MB).encode(),
    "muchos-pdf": lambda: with_attachments([(f"documento-{i}.pdf", "application/pdf",
                                             pdfkit.text_pdf([f"Documento {i}", "DNI 12345678"]))
                                            for i in range(60)]),
    "pdf-10000-paginas": lambda: with_attachments([("paginas.pdf", "application/pdf", pdf_many_pages())]),
    "pdf-10000-objetos": lambda: with_attachments([("objetos.pdf", "application/pdf", pdf_many_objects())]),
    "pdf-texto-50mb": lambda: with_attachments([("texto.pdf", "application/pdf", pdf_text_layer())]),
    "pdf-bomba-zip": lambda: with_attachments([("bomba.pdf", "application/pdf", pdfkit.zip_bomb_pdf())]),
    "pdf-bucle": lambda: with_attachments([("bucle.pdf", "application/pdf", pdfkit.looping_pdf())]),
    "from-encoded-falso": lambda: simple(sender=f"{FORGED} <atacante@evil.example>"),
    "from-solo-encoded": lambda: simple(sender=FORGED),
    "reply-to-encoded-falso": lambda: simple(extra=f"Reply-To: {FORGED} <otro@evil.example>\r\n"),
    "return-path-encoded": lambda: simple(extra=f"Return-Path: {FORGED}\r\n"),
    "from-encoded-charset-desconocido": lambda: simple(sender="=?x-klingon?B?QW5h?= <ana@example.pe>"),
    "from-encoded-anidado": lambda: simple(sender=encoded(FORGED) + " <atacante@evil.example>"),
    "nombre-archivo-rtl": lambda: with_attachments([("solicitud\u202efdp.exe", "application/pdf",
                                                     pdfkit.text_pdf(["Solicitud"]))]),
    "nombre-archivo-500": lambda: with_attachments([("n" * 500 + ".pdf", "application/pdf",
                                                     pdfkit.text_pdf(["Solicitud"]))]),
    "nul-en-cabeceras": lambda: simple("Solicitud\x00de\x00trabajo", sender="Ana\x00 <ana@example.pe>",
                                       extra="X-Nul: \x00\x00\x00\r\n"),
    "surrogates-solos": lambda: (headers("Solicitud") .replace("Solicitud", "Solicitud \udced\udca0\udc80")
                                 + "\r\nHola \udcff\r\n").encode("utf-8", "surrogateescape"),
    "charsets-mezclados": _mixed_charsets,
    "charset-desconocido": lambda: simple(body="Caf\xe9", content_type="text/plain; charset=x-klingon"),
    "base64-roto-1mb": lambda: with_attachments([("roto.pdf", "application/pdf", b"")]).replace(
        b"Content-Transfer-Encoding: base64\r\n\r\n", b"Content-Transfer-Encoding: base64\r\n\r\n" + b"!@#$" * (MB // 4)),
}

BIG_CASE = "mensaje-100mb"
WORST = ["asunto-2mb", "cuerpo-1mb-una-linea", "pdf-texto-50mb", "1000-partes-mime", "para-10000-direcciones"]


def write_big(path: Path, size: int = 100 * MB) -> Path:
    """A 100 MB message (a text body of `size` bytes), written in 1 MB pieces."""
    with path.open("wb") as handle:
        handle.write(headers("Mensaje enorme").encode() + b"\r\n")
        line = b"Solicito autorizacion de trabajo, DNI 12345678.\r\n"
        piece = line * (MB // len(line))
        for _ in range(size // len(piece) + 1):
            handle.write(piece)
    return path


def write_corpus(folder: Path, big: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, build in CASES.items():
        path = folder / f"{name}.eml"
        path.write_bytes(build())
        paths.append(path)
    if big:
        paths.append(write_big(folder / f"{BIG_CASE}.eml"))
    return paths


def _peak_mb() -> float:
    """This process's own peak resident memory (VmHWM, MB). Not `ru_maxrss`: Linux keeps
    that across exec, so a probe started from a large pytest process would report the
    pytest process's size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def probe(folder: Path) -> None:  # pragma: no cover - runs in a subprocess of the tests
    """Decide every case of `folder` as `mailbot check` does (the decide process, default
    settings), one JSON line per case: seconds, outcome or error; then the peak memory
    of this process and of its children (`resource.getrusage`, MB)."""
    import json
    import resource
    import time

    from mailbot.decider import DecideFailure, ProcessDecider, oversize_error
    from mailbot.settings import load_settings

    decider = ProcessDecider(load_settings(None))
    decider.decide_one(simple())  # the child is up: its start-up is no case's time
    limit = decider.settings.limits.max_message_bytes
    for path in sorted(folder.glob("*.eml")):
        began = time.monotonic()
        size = path.stat().st_size
        if size > limit:  # as `mailbot check` does: a file over the limit is not read
            answer = DecideFailure(oversize_error(size, limit), "")
        else:
            answer = decider.decide_one(path.read_bytes(), file=path.name)
        elapsed = time.monotonic() - began
        failed = isinstance(answer, DecideFailure)
        print(json.dumps({"case": path.stem, "seconds": elapsed, "outcome": None if failed else answer.outcome,
                          "error": answer.error if failed else None,
                          "self_mb": _peak_mb(),
                          "children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}),
              flush=True)
    decider.close()
    print(json.dumps({"self_mb": _peak_mb(),
                      "children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1] == "--probe":
        probe(Path(sys.argv[2]))
    else:
        for written in write_corpus(Path(sys.argv[1])):
            print(written)
