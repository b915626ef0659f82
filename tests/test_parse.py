"""Parsing mail (encoded words, charsets, HTML bodies, attachments) and the text helpers
that turn a body into the applicant's own words (htmltext, textclean)."""
from __future__ import annotations

import hashlib

import pytest

from mailbot.core.htmltext import html_to_text
from mailbot.core.parse import parse_message, safe_filename
from mailbot.core.textclean import applicant_text, tidy_layout
from tests.mailfactory import MESA, eml, forwarded, replied

SUBJECTS = ["Prórroga de residencia", "Cambio de clave y contraseña", "Recurso de Apelación ÑANDÚ"]


@pytest.mark.parametrize("subject", SUBJECTS)
def test_encoded_word_subject_is_decoded(subject: str) -> None:
    """GIVEN a subject sent as a MIME encoded-word
    WHEN the message is parsed
    THEN the subject reads as the applicant wrote it."""
    raw = eml(subject=subject, body="x", encode_subject=True)
    assert b"=?utf-8?" in raw
    assert parse_message(raw).subject == subject


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1", "windows-1252"])
def test_body_charsets(charset: str) -> None:
    """GIVEN a body with Spanish accents in UTF-8, ISO-8859-1 or windows-1252
    WHEN parsed THEN the text keeps its accents."""
    body = "Teléfono: 987 654 321\nCédula: V-12.345.678\nPérez Muñoz"
    assert parse_message(eml(subject="Renuncia", body=body, charset=charset)).text.strip() == body


def test_mislabelled_charset_falls_back() -> None:
    """GIVEN a body declared UTF-8 whose bytes are windows-1252
    WHEN parsed THEN the text is still readable (no replacement characters)."""
    raw = eml(subject="Renuncia", body="PLACEHOLDER").replace(b"PLACEHOLDER", "Pérez".encode("cp1252"))
    raw = raw.replace(b"Content-Transfer-Encoding: base64", b"Content-Transfer-Encoding: 8bit")
    text = parse_message(raw).text
    assert "\ufffd" not in text


def test_html_only_message_becomes_text() -> None:
    """GIVEN an HTML-only message
    WHEN parsed THEN its text is readable, without tags or styles."""
    html = "<html><head><style>p{color:red}</style></head><body><p>Hola&nbsp;<b>mundo</b></p></body></html>"
    message = parse_message(eml(subject="Consulta", body=None, html=html))
    assert message.text == "Hola mundo"
    assert message.html and "<b>" in message.html


def test_attachments_with_bytes_hash_and_sniffed_type() -> None:
    """GIVEN a message with a PDF named .jpg and a real JPEG
    WHEN parsed THEN each attachment has its bytes, SHA-256 and the type of its content."""
    pdf = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32
    raw = eml(subject="Renuncia", body="x", attachments=[("firma.jpg", pdf, "image/jpeg"), ("foto.jpg", jpeg, "image/jpeg")])
    attachments = parse_message(raw).attachments
    assert [a.filename for a in attachments] == ["firma.jpg", "foto.jpg"]
    assert attachments[0].data == pdf and attachments[0].sha256 == hashlib.sha256(pdf).hexdigest()
    assert attachments[0].sniffed_type == "application/pdf"
    assert attachments[1].sniffed_type == "image/jpeg"


@pytest.mark.parametrize("header, expected", [
    ("Cambio de clave - Dayerlin =?utf-8?q?Su=C3=A1rez?=\n Villalobos - CI 24", "Cambio de clave - Dayerlin Suárez Villalobos - CI 24"),
    ("Re: =?utf-8?q?Pr=C3=B3rroga?=", "Re: Prórroga"),
    ("=?utf-8?q?Su=C3=A1rez?= =?utf-8?q?_Villa?=", "Suárez Villa"),
])
def test_the_space_after_an_encoded_word_is_kept(header: str, expected: str) -> None:
    """RFC 2047: the white space between two encoded-words goes, the one between an
    encoded-word and plain text stays (a name folded after its accented word)."""
    from mailbot.core.parse import decode_header_value
    assert decode_header_value(header) == expected


def test_first_pdf_is_handed_over_before_the_rest_is_parsed() -> None:
    """GIVEN a message with a JPEG, then a PDF named .jpg, then another PDF
    WHEN parsed with `early_pdf` THEN the callback gets the first PDF's bytes (found by
    content, not name), once, and the attachments are listed as without it."""
    pdf = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    other = pdf.replace(b"1.4", b"1.7")
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32
    raw = eml(subject="Renuncia", body="x", attachments=[
        ("foto.jpg", jpeg, "image/jpeg"), ("firma.jpg", pdf, "image/jpeg"), ("b.pdf", other, "application/pdf")])
    handed: list[bytes] = []
    parsed = parse_message(raw, early_pdf=handed.append)
    assert handed == [pdf]
    assert parsed.attachments == parse_message(raw).attachments
    handed.clear()
    parse_message(eml(subject="Renuncia", body="sin adjuntos"), early_pdf=handed.append)
    assert handed == []


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "passwd"), ("C:\\Users\\ana\\recurso.pdf", "recurso.pdf"), ("", "adjunto"),
    (".bashrc", "bashrc"), ("a\x00b\x1f.pdf", "ab.pdf"),
])
def test_safe_filename(name: str, expected: str) -> None:
    """GIVEN a hostile or empty attachment name WHEN made safe THEN no directories, no controls."""
    assert safe_filename(name) == expected


# --- HTML to text --------------------------------------------------------------------

HTML = [
    ("<table><tr><td>Nombres:</td><td>Ana Pérez</td></tr><tr><td>DNI:</td><td>45678912</td></tr></table>",
     "Nombres: Ana Pérez\nDNI: 45678912"),
    ("<table><tr><th>Celular</th><td>987 654 321</td></tr></table>", "Celular: 987 654 321"),
    ("<p><b>NOMBRES:</b> Ana</p><p>Saludos</p>", "NOMBRES: Ana\n\nSaludos"),
    ("<div>Línea 1<br>Línea 2</div>", "Línea 1\nLínea 2"),
    ("<ul><li>Sexo: F</li><li>CE: 001234567</li></ul>", "Sexo: F\nCE: 001234567"),
    ("<p>A&amp;B &lt;x&gt; &aacute;</p>", "A&B <x> á"),
    ("<p>sin cerrar <b>negrita", "sin cerrar negrita"),
    ("<table><tr><th>Campo</th><th>Valor</th></tr><tr><td>Sexo</td><td>F</td></tr></table>", "Campo Valor\nSexo: F"),
    ("<p>Nombre:\n    Ana\n  Pérez</p>", "Nombre: Ana Pérez"),
    ("<pre>DNI: 1\nCE: 2</pre>", "DNI: 1\nCE: 2"),
    ("<table><tr><td><table><tr><td>Celular</td><td>987654321</td></tr></table></td></tr></table>", "Celular: 987654321"),
    # Gmail's blank line is an empty block holding a <br>; a <br> ending a block adds none
    ("<div>Gracias.</div><div><br></div><div>Atentamente,</div><div>Ana Pérez</div>",
     "Gracias.\n\nAtentamente,\nAna Pérez"),
    ("<div>Hola<br></div><div>Ana</div>", "Hola\nAna"),
    ("Hola<br><br><br><br>Ana", "Hola\n\nAna"),
    ("<pre>DNI: 1\n\nCE: 2</pre>", "DNI: 1\n\nCE: 2"),
]


@pytest.mark.parametrize("html, expected", HTML, ids=[row[1][:25] for row in HTML])
def test_html_to_text(html: str, expected: str) -> None:
    """GIVEN an HTML body (tables of label/value cells, lists, entities, broken tags)
    WHEN turned into text
    THEN each label stays on one line with its value, blocks become lines."""
    assert html_to_text(html) == expected


# --- the applicant's own words -------------------------------------------------------------

def _institutional(address: str) -> bool:
    return address.lower().endswith("@rree.gob.pe")


def test_reply_drops_quoted_office_text() -> None:
    """GIVEN the applicant's reply above the office's quoted message
    WHEN reduced to the applicant's words THEN the quoted text and its header are gone."""
    body = parse_message(replied("Mi celular es 987654321.", quoted_text="Envíe su DNI 11111111")).text
    text = applicant_text(body, _institutional)
    assert "987654321" in text and "11111111" not in text and "escribió" not in text


def test_forward_keeps_applicant_text_without_header_addresses() -> None:
    """GIVEN a message the applicant forwards from another account
    WHEN reduced THEN the forwarded text stays but its header lines go."""
    body = parse_message(forwarded("Teléfono: 987654321", original_from="otra.cuenta@gmail.com")).text
    text = applicant_text(body, _institutional)
    assert "987654321" in text and "otra.cuenta@gmail.com" not in text


def test_forward_of_office_message_is_dropped() -> None:
    """GIVEN a forward of a message that came from an institutional address
    WHEN reduced THEN nothing of it is taken as the applicant's."""
    body = parse_message(forwarded("DNI: 11111111", original_from=MESA, note="Ver abajo.")).text
    assert "11111111" not in applicant_text(body, _institutional)


TIDY = [
    ("- Nombre: Ana", "Nombre: Ana"),
    ("• CE: 001", "CE: 001"),
    ("1) DNI: 4567", "DNI: 4567"),
    ("a) Motivo: viaje", "Motivo: viaje"),
    ("Teléfono:\t987\u00a0654\u00a0321", "Teléfono: 987 654 321"),
    ("Nombres y apellidos:\nAna Pérez", "Nombres y apellidos: Ana Pérez"),
    ("Nombres:\n\nAna Pérez", "Nombres: Ana Pérez"),
    ("Datos:\nNombre: Ana", "Datos:\nNombre: Ana"),
    ("Atentamente:\nAna Pérez", "Atentamente:\nAna Pérez"),
    ("*NOMBRE:* Ana", "NOMBRE: Ana"),
    ("Cel\u200b: 98765", "Cel: 98765"),
    ("-5 grados", "-5 grados"),
    ("👤 Nombre completo: Ana Pérez 😊", " Nombre completo: Ana Pérez "),
    ("Gracias 🙏🏽🙏", "Gracias "),
    ("N° 123 – ✓ listo", "N° 123 –  listo"),  # the degree sign and dash stay
]


@pytest.mark.parametrize("text, expected", TIDY, ids=[row[0][:20] for row in TIDY])
def test_tidy_layout(text: str, expected: str) -> None:
    """GIVEN a form typed with bullets, tabs, NBSPs or a value on the next line
    WHEN tidied THEN each label and its value sit on one plain line."""
    assert tidy_layout(text) == expected


HTML_SECOND_ROUND = [
    ("<table><tr><th>Nombres</th><th>Sexo</th><th>Pasaporte</th></tr>"
     "<tr><td>Ana Pérez</td><td>F</td><td>123</td></tr></table>", "Nombres: Ana Pérez\nSexo: F\nPasaporte: 123"),
    ("<dl><dt>Nombre</dt><dd>Ana Pérez</dd>\n<dt>Pasaporte</dt> <dd>123</dd></dl>", "Nombre: Ana Pérez\nPasaporte: 123"),
    ("<table><tr><th>Campo</th><th>Valor</th></tr><tr><td>Nombre</td><td>Ana</td></tr></table>", "Campo Valor\nNombre: Ana"),
]


@pytest.mark.parametrize("html, expected", HTML_SECOND_ROUND, ids=[row[1][:25] for row in HTML_SECOND_ROUND])
def test_html_column_tables_and_definition_lists(html: str, expected: str) -> None:
    """GIVEN a table with a header row of 3+ labels over value rows, or a <dl>
    WHEN turned into text THEN each value is on a line with its label."""
    assert html_to_text(html) == expected


def test_tab_separated_label_value() -> None:
    lines = tidy_layout("Pasaporte\t\t112233445\n\tNombres:\t\tAna Pérez").split("\n")
    assert [" ".join(line.split()) for line in lines] == ["Pasaporte: 112233445", "Nombres: Ana Pérez"]


def test_disclaimer_paragraph_is_dropped() -> None:
    body = "Mi celular es 987654321.\n\nCONFIDENTIALITY NOTICE: write to legal@corp.example.com\nif received in error.\n\nGracias"
    text = applicant_text(body, _institutional)
    assert "987654321" in text and "legal@corp.example.com" not in text and "Gracias" in text


def _stored_mail() -> list:
    from pathlib import Path

    root = Path(__file__).resolve().parent
    folders = [root.parent.parent / "shared" / "corpus", root / "heldout", *sorted((root / "heldout").glob("round*")),
               *sorted((root / "fresh").glob("round*"))]
    return [path for folder in folders if folder.is_dir() for path in sorted(folder.glob("*.eml"))]


def _comparable(attachments: list[dict]) -> list[dict]:
    """mail-parser's attachments without the random names it makes up for a part that
    has none ("qwertyuiop.rtf")."""
    import re

    return [{key: ("(made up)" if key in ("filename", "safe_filename") and re.fullmatch(r"[a-z]{10}\.(rtf|txt)", str(value))
                   else value) for key, value in item.items()} for item in attachments]


def test_mail_parser_is_skipped_only_where_it_would_list_no_attachment() -> None:
    """GIVEN every stored message (corpus, held-out and fresh rounds) and some made-up
    odd parts (a text part with a file name, an inline image by Content-ID, an RTF body,
    a text part marked as attachment)
    WHEN parse_message decides whether mail-parser's pass is needed
    THEN it is skipped only for messages in which mail-parser lists no attachment, where
    it runs it lists the same attachments as over the whole message, and
    at least one stored message of each kind exists (so the check is not vacuous)."""
    import email as std_email

    import mailparser

    from mailbot.core.parse import _may_hold_attachments, _mime_tree

    made_up = [
        eml(subject="Renuncia", body="x", attachments=[("carta.txt", b"texto", "text/plain")]),
        eml(subject="Renuncia", body="x", attachments=[("foto.png", b"\x89PNG\r\n", "image/png")]),
        eml(subject="Renuncia", body="x").replace(b"Content-Type: text/plain", b"Content-Type: text/rtf", 1),
        eml(subject="Renuncia", body="x").replace(b"Content-Type: text/plain",
                                                   b"Content-Disposition: attachment\nContent-Type: text/plain", 1),
        eml(subject="Renuncia", body="x").replace(b"Content-Type: text/plain",
                                                   b"Content-ID: <logo@x>\nContent-Type: image/gif", 1),
    ]
    skipped = listed = 0
    for raw in [path.read_bytes() for path in _stored_mail()] + made_up:
        message = std_email.message_from_bytes(raw)
        attachments = mailparser.MailParser(std_email.message_from_bytes(raw)).attachments
        if not _may_hold_attachments(message):
            assert attachments == [], raw[:300]
            skipped += 1
        else:
            # and mail-parser, given the tree without the envelope headers, lists the same
            assert _comparable(mailparser.MailParser(_mime_tree(message)).attachments) == _comparable(attachments)
            assert message.keys() == std_email.message_from_bytes(raw).keys()  # the message keeps its own
            listed += 1
    assert skipped > 50 and listed > 50
    for raw in made_up:
        assert _may_hold_attachments(std_email.message_from_bytes(raw))
