"""Build .eml bytes in the tests themselves, with the standard library `email` package.

Every builder returns the raw bytes a mailbox would hold, so a test shows exactly what
the message says and the decision core reads it as it would read real mail:

    eml(subject="Recurso de apelación", body="Yo, Ana Pérez, ...")
    eml(subject="Consulta", html="<table><tr><td>Nombre:</td><td>Ana</td></tr></table>")
    eml(body="...", attachments=[("recurso.pdf", pdf_bytes, "application/pdf")])
    eml(subject="Prórroga", encode_subject=True)            # =?utf-8?b?...?=
    eml(body="Teléfono: 987 654 321", charset="iso-8859-1")  # 8-bit Latin-1 body
    forwarded("texto del solicitante", original_from="ana@gmail.com")
    replied("Aquí van mis datos", quoted_from="mesadepartes@rree.gob.pe")
"""
from __future__ import annotations

import datetime as dt
import email.utils
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from typing import Iterable

MESA = "mesadepartes@rree.gob.pe"
SOLICITANTES = "solicitantesrefugio@rree.gob.pe"
REFUGIADOS = "refugiados@rree.gob.pe"
APPLICANT = "ana.perez.r@gmail.com"

# Monday 9 November 2026, 10:15 in Lima (15:15 UTC): a plain business morning.
MONDAY_MORNING = dt.datetime(2026, 11, 9, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5)))

Attachment = tuple[str, bytes, str]  # (file name, bytes, media type)


def _text_part(text: str, subtype: str, charset: str) -> MIMEText:
    part = MIMEText(text, subtype, charset)
    if charset.lower() in ("iso-8859-1", "latin-1", "windows-1252", "cp1252"):
        # 8-bit transfer, as old clients send it: the body bytes are Latin-1 / cp1252
        del part["Content-Transfer-Encoding"]
        part.set_payload(text.encode(charset))
        part["Content-Transfer-Encoding"] = "8bit"
    return part


def _attachment(name: str, data: bytes, media_type: str) -> MIMEBase:
    maintype, _, subtype = media_type.partition("/")
    if maintype == "text":
        part: MIMEBase = MIMEText(data.decode("utf-8"), subtype or "plain", "utf-8")
    else:
        part = MIMEApplication(data, subtype or "octet-stream")
        if maintype != "application":
            part.set_type(media_type)
    part.add_header("Content-Disposition", "attachment", filename=name)
    return part


def eml(
    subject: str | None = "Consulta",
    body: str | None = "",
    *,
    html: str | None = None,
    from_addr: str = APPLICANT,
    from_name: str = "",
    to: str | Iterable[str] = MESA,
    cc: str | Iterable[str] = (),
    delivered_to: str | None = None,
    date: dt.datetime | None = MONDAY_MORNING,
    received: dt.datetime | None = None,
    attachments: Iterable[Attachment] = (),
    headers: dict[str, str] | None = None,
    charset: str = "utf-8",
    encode_subject: bool = False,
    content_type: str | None = None,
    message_id: str = "<prueba-1@example.test>",
) -> bytes:
    """One message. `body=None` with `html` gives an HTML-only message."""
    attachments = list(attachments)
    parts: list[MIMEBase] = []
    if body is not None:
        parts.append(_text_part(body, "plain", charset))
    if html is not None:
        parts.append(_text_part(html, "html", charset))

    if body is not None and html is not None:
        alternative = MIMEMultipart("alternative")
        for part in parts:
            alternative.attach(part)
        content: MIMEBase = alternative
    elif parts:
        content = parts[0]
    else:
        content = _text_part("", "plain", charset)

    if attachments or content_type == "multipart/report":
        outer = MIMEMultipart("report" if content_type == "multipart/report" else "mixed")
        outer.attach(content)
        for name, data, media_type in attachments:
            outer.attach(_attachment(name, data, media_type))
        message = outer
    else:
        message = content

    if received is not None:
        stamp = email.utils.format_datetime(received)
        message["Received"] = f"from mx1.rree.gob.pe by buzon.rree.gob.pe with ESMTP id X1; {stamp}"
    if delivered_to:
        message["Delivered-To"] = delivered_to
    message["From"] = email.utils.formataddr((from_name, from_addr)) if from_name else from_addr
    message["To"] = to if isinstance(to, str) else ", ".join(to)
    cc_list = [cc] if isinstance(cc, str) else list(cc)
    if cc_list:
        message["Cc"] = ", ".join(cc_list)
    if subject is not None:
        message["Subject"] = Header(subject, "utf-8").encode() if encode_subject else subject
    if date is not None:
        message["Date"] = email.utils.format_datetime(date)
    message["Message-ID"] = message_id
    for key, value in (headers or {}).items():
        message[key] = value
    return message.as_bytes()


def forwarded(applicant_text: str, *, original_from: str = APPLICANT, note: str = "Reenvío mi solicitud.",
              subject: str = "RV: Actualización de datos", **kwargs) -> bytes:
    """A message the applicant forwards from another account, Outlook style."""
    body = (
        f"{note}\n\n"
        "---------- Forwarded message ---------\n"
        f"De: Ana Pérez <{original_from}>\n"
        "Date: lun, 2 nov 2026 a las 09:12\n"
        f"Subject: {subject.split(':', 1)[-1].strip()}\n"
        f"To: <{MESA}>\n\n"
        f"{applicant_text}\n"
    )
    return eml(subject=subject, body=body, **kwargs)


def replied(applicant_text: str, *, quoted_from: str = MESA, quoted_text: str = "Estimado usuario:\nEnvíe sus datos.",
            subject: str = "RE: Cambio de clave", **kwargs) -> bytes:
    """The applicant's reply on top of a quoted message ("El ... escribió:" then "> ...")."""
    quoted = "\n".join("> " + line for line in quoted_text.splitlines())
    body = f"{applicant_text}\n\nEl lun, 2 nov 2026 a las 09:12, Mesa de Partes <{quoted_from}> escribió:\n{quoted}\n"
    return eml(subject=subject, body=body, **kwargs)


def bounce(original_subject: str = "Recurso de apelación", *, to: str = MESA) -> bytes:
    """A delivery status notification (multipart/report) from MAILER-DAEMON."""
    report = (
        "Reporting-MTA: dns; mx.example.test\n\n"
        "Final-Recipient: rfc822; perdido@example.test\n"
        "Action: failed\nStatus: 5.1.1\n"
    )
    return eml(
        subject=f"Undelivered Mail Returned to Sender: {original_subject}",
        body="No se pudo entregar el mensaje a perdido@example.test.",
        from_addr="MAILER-DAEMON@mx.example.test",
        to=to,
        content_type="multipart/report",
        attachments=[("status.txt", report.encode(), "text/plain")],
    )

