"""Write the held-out regression messages (tests/heldout/*.eml).

The messages were written by hand, in the ways applicants on phones and other clerks
write: other wordings of the ASUNTO, typos, no accents, all caps, forwards, replies
with quoted text, HTML-only bodies, odd but legal MIME, several attachments, PDFs
(signed, altered after signing, text-only, scans), machine mail, and mail with
nothing recognisable. This script only assembles them: the texts below are the
messages; attachments (PDFs, images) are built with tests/pdfkit.py.

    .venv/bin/python tests/heldout/build.py      # rewrites the .eml files

labels.jsonl was written by hand from the spec (INTAKE.md), not from mailbot's
output. Signed PDFs get a fresh key each run, so re-running changes bytes, never labels.
"""
from __future__ import annotations

import base64
import random
import datetime as dt
import email.utils
import struct
import sys
import zlib
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests import pdfkit  # noqa: E402

MESA = "mesadepartes@rree.gob.pe"
SOLI = "solicitantesrefugio@rree.gob.pe"
REFU = "refugiados@rree.gob.pe"
LIMA = dt.timezone(dt.timedelta(hours=-5))


def png(width: int = 16, height: int = 12) -> bytes:
    """A small grey PNG (a phone photo of a signed letter, for the decision's purposes)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + bytes((x * 13 + y * 7) % 256 for x in range(width)) for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def jpeg() -> bytes:
    """The start of a JPEG (SOI, JFIF APP0) and some scan bytes: enough to be sniffed."""
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + bytes((i * 37) % 251 for i in range(3000)) + b"\xff\xd9")


IDENTITY = None


def signed(lines: list[str], image: bool = False) -> bytes:
    global IDENTITY
    if IDENTITY is None:
        IDENTITY = pdfkit.signing_identity("Firmante de Prueba", "Ciudadano", "PE")
    return pdfkit.sign_pdf(pdfkit.text_pdf(lines, image=image), IDENTITY)


def received_header(mailbox: str, when: str, via: str, zone: dt.tzinfo | None = None) -> str:
    moment = dt.datetime.fromisoformat(when).replace(tzinfo=LIMA)
    if zone is not None:
        moment = moment.astimezone(zone)
    return (f"from {via} ({via} [198.51.100.{len(via) % 200 + 10}])\r\n\tby mx1.rree.gob.pe (Postfix) with ESMTPS id "
            f"4X{zlib.crc32(when.encode()) % 10**8:08d}\r\n\tfor <{mailbox}>; {email.utils.format_datetime(moment)}")


def finish(root, *, mailbox: str | None, received: str, sender: str, to: str, subject: str | None,
           sent: str | None = None, via: str = "mail-sor-f41.google.com", extra: list[tuple[str, str]] = (),
           msgid: str | None = None, raw_subject: bool = False, received_zone: dt.tzinfo | None = None,
           date_zone: dt.tzinfo | None = None) -> bytes:
    """Top-level headers on `root` (a MIME object) and its bytes."""
    head: list[tuple[str, str]] = []
    if mailbox:
        head.append(("Return-Path", f"<{email.utils.parseaddr(sender)[1]}>"))
        head.append(("Delivered-To", mailbox))
        head.append(("Received", received_header(mailbox, received, via, received_zone)))
    head.append(("From", sender))
    head.append(("To", to))
    if subject is not None:
        if raw_subject or subject.isascii():
            head.append(("Subject", subject))
        else:
            head.append(("Subject", Header(subject, "utf-8").encode()))
    moment = dt.datetime.fromisoformat(sent or received).replace(tzinfo=LIMA)
    if not sent:
        moment -= dt.timedelta(minutes=2, seconds=17)
    if date_zone is not None:
        moment = moment.astimezone(date_zone)
    head.append(("Date", email.utils.format_datetime(moment)))
    head.append(("Message-ID", msgid or f"<{zlib.crc32((received + sender).encode())}.heldout@{email.utils.parseaddr(sender)[1].split('@')[-1]}>"))
    head += list(extra)
    existing = list(root.items())
    for key in list(root.keys()):
        del root[key]
    for key, value in head + existing:
        root[key] = value
    data = root.as_bytes()
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def plain(text: str, charset: str = "utf-8", cte: str = "quoted-printable") -> MIMEText:
    part = MIMEText("", "plain", charset)
    del part["Content-Transfer-Encoding"]
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "8bit":
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        import quopri
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    part["Content-Transfer-Encoding"] = cte
    return part


def _html(text: str) -> MIMEText:
    part = MIMEText("", "html", "utf-8")
    del part["Content-Transfer-Encoding"]
    import quopri
    part.set_payload(quopri.encodestring(text.encode("utf-8")).decode("ascii"))
    part["Content-Transfer-Encoding"] = "quoted-printable"
    return part


def attachment(name: str, data: bytes, media_type: str) -> MIMEBase:
    maintype, _, subtype = media_type.partition("/")
    if maintype == "image":
        part: MIMEBase = MIMEImage(data, subtype)
    else:
        part = MIMEApplication(data, subtype)
    part.add_header("Content-Disposition", "attachment", filename=(("utf-8", "", name) if not name.isascii() else name))
    return part


def mixed(*parts) -> MIMEMultipart:
    root = MIMEMultipart("mixed")
    for part in parts:
        root.attach(part)
    return root


def alternative(text: str, markup: str) -> MIMEMultipart:
    root = MIMEMultipart("alternative")
    root.attach(plain(text))
    root.attach(_html(markup))
    return root


MESSAGES: dict[str, bytes] = {}


def message(name: str):
    def register(build):
        MESSAGES[name] = build
        return build
    return register


# --- 001: all caps, no accents, "NRO. DOC." ----------------------------------------------

@message("001-clave-mayusculas-sin-tildes.eml")
def _():
    body = """BUENAS TARDES SEÑORES DISCULPEN LA MOLESTIA
NO PUEDO ENTRAR AL SISTEMA DE REFUGIO PORQUE OLVIDE MI CLAVE Y YA INTENTE VARIAS VECES

MIS DATOS:
NOMBRE COMPLETO: YORMAN ALEXIS PEREZ QUINTERO
NRO. DOC.: 25.887.412
CEL 951 332 870

GRACIAS DE ANTEMANO
"""
    return finish(plain(body), mailbox=SOLI, received="2026-11-10 09:15:40", sender="yorman.perez.q@gmail.com",
                  to=SOLI, subject="OLVIDE MI CONTRASENA DEL SISTEMA")


# --- 002: name and data in prose, "les escribe", "mi nuevo celular es" --------------------

@message("002-actualizacion-prosa-les-escribe.eml")
def _():
    body = """Hola buenas noches, les escribe Génesis Carolina Mora Blanco, venezolana, solicitante de refugio con pasaporte 147852369.

Cambié de número porque me robaron el teléfono, mi nuevo celular es 912 447 380. Por favor actualicen mis datos en el sistema.

Muchas gracias
"""
    return finish(plain(body), mailbox=SOLI, received="2026-11-11 21:40:05", sender="Gene Mora <genemora.92@hotmail.com>",
                  to=SOLI, subject="actualizar mi numero de celular", via="mail-dm6nam11olkn2070.outbound.protection.outlook.com")


# --- 003: HTML only, a table, a signed letter --------------------------------------------

@message("003-desistimiento-html-tabla-pdf-firmado.eml")
def _():
    markup = """<html><head><style>td{padding:2px}</style></head><body>
<p>Se&ntilde;ores Comisi&oacute;n Especial para los Refugiados:</p>
<p>Por medio de la presente presento el <b>desistimiento</b> de mi solicitud de refugio. Adjunto la carta firmada digitalmente.</p>
<table border="1">
<tr><td>Nombres</td><td>Carlos Andr&eacute;s R&iacute;os Betancur</td></tr>
<tr><td>Nacionalidad</td><td>Colombiana</td></tr>
<tr><td>C&eacute;dula de ciudadan&iacute;a</td><td>1.020.456.789</td></tr>
<tr><td>Tel&eacute;fono</td><td>+57 300 555 1234</td></tr>
<tr><td>Motivo</td><td>regreso voluntariamente a Colombia, mi familia ya est&aacute; a salvo</td></tr>
</table>
<p>Atentamente,<br>Carlos Andr&eacute;s R&iacute;os Betancur</p>
</body></html>"""
    pdf = signed([
        "Lima, 12 de noviembre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "Yo, Carlos Andrés Ríos Betancur, de nacionalidad colombiana, identificado con cédula de",
        "ciudadanía N° 1.020.456.789, desisto de mi solicitud de refugio.",
        "Motivo: regreso voluntariamente a Colombia, mi familia ya está a salvo.",
        "Teléfono: +57 300 555 1234",
        "Carlos Andrés Ríos Betancur",
    ])
    root = mixed(_html(markup), attachment("desistimiento_firmado.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2026-11-12 11:02:33", sender="Carlos Rios <carlosrios.b@outlook.com>",
                  to=MESA, subject="Desistimiento de mi solicitud de refugio", via="mail-bn8nam12olkn2034.outbound.protection.outlook.com")


# --- 004: reply to the office, quoted text, header line wrapped, signed PDF ---------------

@message("004-apelacion-respuesta-citada-pdf-firmado.eml")
def _():
    body = """Buenos días, adjunto el escrito firmado digitalmente como me indicaron.
Mi celular es el 987-112-334.

Atte.
Wilmer José Rangel

El lun, 16 nov 2026 a las 10:05, Mesa de Partes RREE <
mesadepartes@rree.gob.pe> escribió:

> Estimado(a) señor(a):
>
> Su recurso de apelación fue recibido, pero está incompleto. Falta: firma,
> teléfono. Tiene hasta el 18 de noviembre de 2026 para subsanar.
>
> Atentamente,
> Mesa de Partes
> Ministerio de Relaciones Exteriores - Teléfono 204 2400
>
"""
    pdf = signed([
        "RECURSO DE APELACIÓN",
        "Yo, Wilmer José Rangel Díaz, identificado con pasaporte N° 132456789, ante ustedes",
        "interpongo recurso de apelación contra la Resolución N° 0911-2026-CEPR, que me fue",
        "notificada el 5 de noviembre de 2026.",
        "Fundamento mi recurso en que no se valoró la denuncia presentada ante la fiscalía de mi país.",
        "Wilmer José Rangel Díaz",
    ])
    root = mixed(plain(body), attachment("Apelacion Wilmer Rangel.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2026-11-17 08:30:12", sender="Wilmer Rangel <wrangel.diaz@gmail.com>",
                  to=MESA, subject="Re: Recurso de apelación - subsanación",
                  extra=[("In-Reply-To", "<reply-88123@rree.gob.pe>")])


# --- 005: dates and sex written in words -------------------------------------------------

@message("005-renovacion-residencia-refugiada.eml")
def _():
    body = """Señores de la Comisión:

Yo, Yelitza Andreína Marcano Ruiz, refugiada reconocida de nacionalidad venezolana, solicito la renovación de mi residencia por un año más.

Sexo: Mujer
Fecha de nacimiento: 03 Febrero 1985
Cédula venezolana N° V-17.456.321
Carné de Extranjería N° 000845123
Celular / WhatsApp: +51 943 221 876

Atentamente,
Yelitza Marcano
"""
    return finish(plain(body), mailbox=REFU, received="2026-11-14 10:20:00", sender="yelimarcano85@gmail.com",
                  to=REFU, subject="Renovacion de residencia anual - refugiada")


# --- 006: phone-typed travel permit, photo of the signed letter --------------------------

@message("006-permiso-salir-pais-foto.eml")
def _():
    body = """buenas tardes necesito permiso para viajar a Caracas, Venezuela porque mi mama esta hospitalizada y es urgente

nombre: jose luis herrera campos
carnet de extranjeria: 002345671
fecha de salida 05/12/2026
fecha de regreso 19/12/2026
cel 924556781

adjunto la solicitud firmada
"""
    root = mixed(plain(body), attachment("IMG_20261123_164512.jpg", jpeg(), "image/jpeg"))
    return finish(root, mailbox=REFU, received="2026-11-23 16:58:10", sender="joseluis.herrera.c@gmail.com",
                  to=REFU, subject="permiso para salir del pais por emergencia")


# --- 007: a newsletter -------------------------------------------------------------------

@message("007-boletin-lista-correo.eml")
def _():
    markup = """<html><body><h1>Boletín de protección - noviembre 2026</h1>
<p>Conozca las nuevas rutas de protección para personas refugiadas y solicitantes de refugio en la región.</p>
<p><a href="https://boletin.example.org/baja">Darse de baja</a></p></body></html>"""
    root = alternative("Boletín de protección - noviembre 2026\nConozca las nuevas rutas de protección para personas refugiadas y solicitantes de refugio.\nDarse de baja: https://boletin.example.org/baja\n", markup)
    return finish(root, mailbox=REFU, received="2026-11-20 06:00:03", sender="Boletín Protección <boletin@redproteccion.example.org>",
                  to=REFU, subject="Boletín de protección: nuevas rutas para solicitantes de refugio",
                  via="mta-12.mailrelay.example.org",
                  extra=[("List-Id", "Boletin Proteccion <boletin.redproteccion.example.org>"),
                         ("List-Unsubscribe", "<https://boletin.example.org/baja>"), ("Precedence", "bulk")])


# --- 008: an auto reply that only says so in its headers -----------------------------------

@message("008-autorespuesta-auto-submitted.eml")
def _():
    body = """Gracias por su mensaje. Estaré fuera hasta el lunes 30 de noviembre.
Para temas urgentes escriba a mi asistente.

Abog. Marco Antonio Quispe
"""
    return finish(plain(body), mailbox=MESA, received="2026-11-25 15:33:41", sender="Marco Quispe <mquispe.abogados@gmail.com>",
                  to=MESA, subject="Re: Recurso de reconsideración - cargo de recepción",
                  extra=[("Auto-Submitted", "auto-replied")])


# --- 009: a bounce ------------------------------------------------------------------------

@message("009-rebote-mailer-daemon.eml")
def _():
    root = MIMEMultipart("report", report_type="delivery-status")
    root.attach(plain("This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<yusneidy.77@hotmial.com>: Host or domain name not found.\n", "us-ascii", "7bit"))
    status = MIMEBase("message", "delivery-status")
    status.set_payload([email.message_from_string("Reporting-MTA: dns; mx.example.net\n\n"),
                        email.message_from_string("Final-Recipient: rfc822; yusneidy.77@hotmial.com\nAction: failed\nStatus: 5.4.4\n\n")])
    root.attach(status)
    headers = MIMEText("From: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>\r\nTo: yusneidy.77@hotmial.com\r\nSubject: Actualizacion de datos - acuse de recibo\r\n", "rfc822-headers", "us-ascii")
    root.attach(headers)
    return finish(root, mailbox=SOLI, received="2026-11-26 09:12:00", sender="MAILER-DAEMON@mx.example.net (Mail Delivery System)",
                  to=SOLI, subject="Undelivered Mail Returned to Sender", via="mx.example.net")


# --- 010: out of office, in English --------------------------------------------------------

@message("010-out-of-office-ingles.eml")
def _():
    body = """I am out of the office until December 7 with limited access to e-mail.
For urgent matters please contact our Lima office.

Sofia Delgado
Legal Aid Program
"""
    return finish(plain(body), mailbox=MESA, received="2026-11-27 14:05:10", sender="Sofia Delgado <sdelgado@legalaid.example.org>",
                  to=MESA, subject="Out of Office: Apelación - Exp. 2025-0442", via="mail.legalaid.example.org")


# --- 011: a question about the case file ---------------------------------------------------

@message("011-consulta-estado-expediente.eml")
def _():
    body = """Buenas tardes, quisiera saber en qué estado está mi solicitud de refugio, la presenté en marzo del año pasado y no he tenido respuesta.

Mi nombre es Rosa Amelia Chirinos Lugo, pasaporte 098765432.

Gracias por su atención.
"""
    return finish(plain(body), mailbox=SOLI, received="2026-11-30 12:45:00", sender="rosachirinos@yahoo.com",
                  to=SOLI, subject="Consulta sobre mi expediente", via="sonic314-20.consmr.mail.ne1.yahoo.com")


# --- 012: no subject, nothing recognisable -------------------------------------------------

@message("012-sin-asunto-pedido-ayuda.eml")
def _():
    body = """hola buenas me pueden ayudar?? no se que tengo que hacer, nadie me contesta en la oficina

Enviado desde mi Galaxy
"""
    return finish(plain(body), mailbox=REFU, received="2026-12-01 19:22:51", sender="kely.ramirez2001@gmail.com",
                  to=REFU, subject="")


# --- 013: only an attachment ----------------------------------------------------------------

@message("013-solo-foto-sin-texto.eml")
def _():
    root = mixed(plain(""), attachment("IMG-20261202-WA0004.jpg", jpeg(), "image/jpeg"))
    return finish(root, mailbox=MESA, received="2026-12-02 08:03:27", sender="Darwin <darwin.colina88@gmail.com>",
                  to=MESA, subject="Documentos")


# --- 014: Outlook forward of one's own earlier mail, to the wrong mailbox --------------------

@message("014-tr-cambio-clave-reenvio-outlook.eml")
def _():
    body = """Buen día, reenvío porque no tuve respuesta.

________________________________
De: Luis Ernesto Pacheco <lepacheco77@hotmail.com>
Enviado: martes, 24 de noviembre de 2026 22:10
Para: solicitantesrefugio@rree.gob.pe <solicitantesrefugio@rree.gob.pe>
Asunto: Cambio de clave

Señores, solicito el cambio de mi clave de acceso al sistema de refugio en línea porque no recuerdo la anterior.

Nombres y apellidos: Luis Ernesto Pacheco Salas
N° de documento: 087654321
Teléfono fijo: (01) 425-1234
Mi correo actual es lpachecosalas@gmail.com

Saludos.
"""
    return finish(plain(body, "windows-1252"), mailbox=MESA, received="2026-12-02 10:41:19", sender="Luis Ernesto Pacheco <lepacheco77@hotmail.com>",
                  to="Mesa de Partes <mesadepartes@rree.gob.pe>", subject="TR: Cambio de clave",
                  via="mail-dm6nam10olkn2081.outbound.protection.outlook.com")


# --- 015: signed PDF altered after signing ---------------------------------------------------

@message("015-apelacion-pdf-alterado.eml")
def _():
    body = """Señores Mesa de Partes:

Adjunto mi recurso de apelación firmado digitalmente.

Nombre completo: Daniela Alejandra Suárez Pino
Pasaporte: 165432178
Teléfono: 956 210 443
Motivo: la Comisión no valoró el informe psicológico que presenté.

Saludos cordiales,
Daniela Suárez Pino
"""
    pdf = signed(["RECURSO DE APELACIÓN", "Daniela Alejandra Suárez Pino, pasaporte 165432178",
                  "Interpongo recurso de apelación contra la Resolución N° 1022-2026-CEPR.", "Daniela Alejandra Suárez Pino"])
    pdf = pdfkit.tamper(pdf, b"1022-2026", b"1023-2026")
    root = mixed(plain(body), attachment("recurso_apelacion_firmado.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2026-12-03 15:10:00", sender="daniela.suarez.pino@gmail.com",
                  to=MESA, subject="RECURSO DE APELACION")


# --- 016: a reconsideración filed late, scan of the letter ---------------------------------

@message("016-reconsideracion-extemporanea-escaneo.eml")
def _():
    body = """Buenas tardes:

Yo, Hender Josué Colmenares Vargas, de nacionalidad venezolana, identificado con cédula V-15.332.908, interpongo recurso de reconsideración contra la resolución que denegó mi solicitud, la cual se me notificó el día 1 de octubre de 2026.

Motivo: presento nuevas pruebas, la partida de defunción de mi hermano y la denuncia ante la fiscalía.

Teléfono: 976 443 221
Correo: hender.colmenares@gmail.com

Adjunto el escrito firmado (escaneado).

Hender Colmenares
"""
    scan = pdfkit.image_pdf(pages=2)
    root = mixed(plain(body), attachment("escaneo_reconsideracion.pdf", scan, "application/pdf"))
    return finish(root, mailbox=MESA, received="2026-11-18 16:20:44", sender="Hender <hcolmenares.v@hotmail.com>",
                  to=MESA, subject="Reconsideracion", via="mail-co1nam11olkn2012.outbound.protection.outlook.com")


# --- 017: wants to apply for refugee status (portal) ---------------------------------------

@message("017-quiero-pedir-refugio-portal.eml")
def _():
    body = """Bonjour, hola.
Soy haitiano, llegué a Lima hace dos semanas y quiero pedir refugio. Como hago? No tengo dinero para ir a la oficina.

Gracias,
Jean Robert Pierre
"""
    return finish(plain(body), mailbox=SOLI, received="2026-12-04 09:05:00", sender="jrpierre509@gmail.com",
                  to=SOLI, subject="quiero pedir refugio en peru")


# --- 018: work permit renewal (portal) -------------------------------------------------------

@message("018-renovar-permiso-trabajo-portal.eml")
def _():
    body = """Estimados, mi permiso de trabajo vence la próxima semana, ¿cómo lo renuevo?

Nombres: Luisa Fernanda Ortiz Mejía
Pasaporte: AV453216
Celular: 933 218 760
"""
    return finish(plain(body), mailbox=REFU, received="2026-12-04 11:47:09", sender="luisaortiz.m@gmail.com",
                  to=REFU, subject="Renovar permiso de trabajo")


# --- 019: carné de solicitante, wrong mailbox (suspended) -----------------------------------

@message("019-carnet-solicitante-duplicado-suspendido.eml")
def _():
    body = """Buenos días, perdí mi carnet de solicitante de refugio y necesito el duplicado, adjunto la denuncia.

Nombres y apellidos: Yusleidy Carolina Rondón Pérez
Documento de identidad: 26.114.592
Celular: 947 332 118
"""
    den = pdfkit.text_pdf(["POLICÍA NACIONAL DEL PERÚ", "Denuncia por pérdida de documentos", "Denunciante: Yusleidy Carolina Rondón Pérez"])
    root = mixed(plain(body), attachment("denuncia.pdf", den, "application/pdf"))
    return finish(root, mailbox=REFU, received="2026-12-07 09:30:00", sender="yusleidyrondon@gmail.com",
                  to=REFU, subject="Carnet de solicitante de refugio - duplicado")


# --- 020: ambiguous subject, body decides, several attachments, year-first date ------------

@message("020-duplicado-carnet-ambiguo-varios-adjuntos.eml")
def _():
    body = """Buenos días,

Solicito el duplicado de mi carné de extranjería, me lo robaron el sábado en el mercado.
Adjunto la denuncia policial, foto del carné y mi pasaporte.

Nombres y Apellidos: Wilson Javier Cevallos Mora
Sexo: M
Nacionalidad: Ecuatoriana
Cédula de identidad: 0923456781
C.E.: 001122334
Fecha de nacimiento: 1990/04/22
Telf: 998 877 665

Atentamente,
Wilson Cevallos
"""
    den = pdfkit.text_pdf(["POLICIA NACIONAL DEL PERU - COMISARIA SAN MARTIN DE PORRES",
                           "Constancia de denuncia policial N° 2026-4421", "Hecho: robo de carné de extranjería"])
    root = mixed(plain(body),
                 attachment("constancia_comisaria.pdf", den, "application/pdf"),
                 attachment("foto_carne.jpg", jpeg(), "image/jpeg"),
                 attachment("pasaporte.pdf", pdfkit.image_pdf(), "application/pdf"))
    return finish(root, mailbox=REFU, received="2026-12-07 12:15:30", sender="wilson.cevallos@yahoo.com",
                  to=REFU, subject="Duplicado de carnet", via="sonic305-2.consmr.mail.ne1.yahoo.com")


# --- 021: recognised refugee without carné number, on a holiday ----------------------------

@message("021-actualizacion-refugiado-sin-carne-feriado.eml")
def _():
    body = """Estimados señores:

Tengo la condición de refugiado reconocido y quiero actualizar mis datos de contacto, he cambiado de domicilio y de teléfono.

Nombre: Roberto Carlos Maldonado Ibarra
Nacionalidad: Colombia
C.C. 80.456.123
Nuevo teléfono: 965 884 102
Nueva dirección: Av. Los Próceres 455, San Juan de Lurigancho

Gracias.
"""
    return finish(plain(body), mailbox=SOLI, received="2026-12-08 10:00:00", sender="robertomaldonado.i@gmail.com",
                  to=SOLI, subject="Actualización de datos de contacto")


# --- 022: base64 UTF-8 body, lower-case encoded-word subject, missing phone ----------------

@message("022-restablecer-contrasena-base64.eml")
def _():
    body = """Buenas noches, solicito restablecer la contraseña de mi usuario del sistema de refugiados.

Nombres completos: Mariela Josefina Guerra Sosa
Pasaporte Nro. 153209876

Quedo atenta.
"""
    return finish(plain(body, cte="base64"), mailbox=SOLI, received="2026-12-09 20:10:00", sender="Mariela Guerra <marielaguerra.s@gmail.com>",
                  to=SOLI, subject="=?utf-8?q?Restablecer_contrase=C3=B1a?=", raw_subject=True)


# --- 023: HTML only inside multipart/related, <b>labels</b> --------------------------------

@message("023-prorroga-html-related.eml")
def _():
    markup = """<div dir="ltr"><p>Buenos días, soy refugiada reconocida y solicito la <b>prórroga de mi residencia</b>.</p>
<p><b>Nombre:</b> Ana Victoria Lozada Pérez<br>
<b>Género:</b> Femenino<br>
<b>Nacionalidad:</b> Venezolana<br>
<b>Pasaporte:</b> 112398765<br>
<b>Carné de extranjería:</b> 000556677<br>
<b>Fecha de nacimiento:</b> 21/06/1993<br>
<b>Teléfono:</b> 981 002 334</p>
<p>Gracias,<br>Ana Lozada</p>
<img src="cid:logo01"></div>"""
    root = MIMEMultipart("related")
    root.attach(_html(markup))
    logo = MIMEImage(png(8, 8), "png")
    logo.add_header("Content-ID", "<logo01>")
    logo.add_header("Content-Disposition", "inline", filename="firma.png")
    root.attach(logo)
    return finish(root, mailbox=REFU, received="2026-12-10 09:40:00", sender="Ana Lozada <analozada93@gmail.com>",
                  to=REFU, subject="Prórroga de residencia")


# --- 024: renuncia in the body only: no signed document ------------------------------------

@message("024-renuncia-texto-sin-firma.eml")
def _():
    body = """SEÑORES COMISION ESPECIAL PARA LOS REFUGIADOS

YO, JHON FREDY CASTAÑO RIOS, DE NACIONALIDAD COLOMBIANA, REFUGIADO RECONOCIDO, CON CEDULA 1.088.234.567 Y CARNET DE EXTRANJERIA 000998877, PRESENTO MI RENUNCIA A LA CONDICION DE REFUGIADO.

MOTIVO: HE OBTENIDO LA NACIONALIDAD PERUANA POR MATRIMONIO.

TELEFONO: 912 334 556

ATENTAMENTE
JHON FREDY CASTAÑO RIOS
"""
    return finish(plain(body), mailbox=MESA, received="2026-12-10 17:45:00", sender="jhonfcastano@hotmail.com",
                  to=MESA, subject="RENUNCIA A LA CONDICION DE REFUGIADO", via="mail-sn1nam02olkn2040.outbound.protection.outlook.com")


# --- 025: travel permit in a text-only PDF (no signature) ----------------------------------

@message("025-viaje-pdf-solo-texto.eml")
def _():
    body = """Adjunto mi solicitud de autorización de viaje.

Saludos,
María Teresa Quintana Rojas
"""
    pdf = pdfkit.text_pdf([
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "Nombres y apellidos: María Teresa Quintana Rojas",
        "Carné de extranjería: 003344556",
        "Destino: Santiago, Chile",
        "Fecha de salida: 15/01/2027",
        "Fecha de retorno: 30/01/2027",
        "Motivo: tratamiento médico de mi hijo en el hospital Luis Calvo Mackenna",
        "Celular: 954 667 889",
    ])
    root = mixed(plain(body), attachment("solicitud_viaje.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=REFU, received="2026-12-11 08:55:00", sender="mtquintana.r@gmail.com",
                  to=REFU, subject="Autorización de viaje urgente")


# --- 026: apelación to the wrong mailbox, "Apellidos y Nombres", PNG scan ------------------

@message("026-apelacion-buzon-equivocado-png.eml")
def _():
    body = """Buenas tardes, presento mi recurso de apelación contra la resolución que declaró improcedente mi solicitud de refugio. Adjunto el escrito firmado.

Apellidos y Nombres: GONZALEZ PEREZ, MARIA FERNANDA
C.I. V-19.876.543
Teléfono: 902 115 667
Fundamentos: no se tomó en cuenta la situación de violencia de género que sufrí en mi país.

Atentamente
"""
    root = mixed(plain(body), attachment("apelacion.png", png(), "image/png"))
    return finish(root, mailbox=REFU, received="2026-12-11 14:30:00", sender="mafergonzalez.p@gmail.com",
                  to=REFU, subject="apelacion")


# --- 027: generic subject, two procedures in the body -------------------------------------

@message("027-solicitud-dos-tramites.eml")
def _():
    body = """Señores:

Quiero hacer la prórroga de residencia y también necesito cambio de clave porque no puedo entrar al sistema.

Nombres y apellidos: Pedro Pablo Linares Tovar
Pasaporte: 118765432
Celular: 923 456 781
"""
    return finish(plain(body), mailbox=REFU, received="2026-12-14 10:00:00", sender="pplinares@gmail.com",
                  to=REFU, subject="Solicitud")


# --- 028: "Quien suscribe", passport and cédula, signed letter -----------------------------

@message("028-reconsideracion-quien-suscribe-pdf-firmado.eml")
def _():
    body = """Señores de la Comisión Especial para los Refugiados:

Quien suscribe, Carmen Rosa Villalobos Díaz, de nacionalidad venezolana, con pasaporte N° 145236987 y cédula de identidad N° 20.111.222, interpongo recurso de reconsideración contra la Resolución N° 1301-2026-CEPR.

El motivo es que presento un nuevo informe médico que acredita las lesiones sufridas, que no pude presentar antes.

Teléfono: 989 665 443
Correo electrónico: carmenvillalobos.d@gmail.com

Adjunto el recurso firmado digitalmente.
"""
    pdf = signed(["RECURSO DE RECONSIDERACIÓN", "Carmen Rosa Villalobos Díaz", "Pasaporte N° 145236987",
                  "Presento nuevo informe médico como prueba nueva."])
    root = mixed(plain(body), attachment("reconsideracion_firmada.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2026-12-14 16:59:00", sender="Carmen Villalobos <carmenvillalobos.d@gmail.com>",
                  to=MESA, subject="Recurso de reconsideración - Carmen Villalobos")


# --- 029: name only after the closing, "Enviado desde mi iPhone" ---------------------------

@message("029-contrasena-firma-iphone.eml")
def _():
    body = """Buenas, necesito una nueva contraseña para el portal, la mía ya no funciona. Pasaporte 156789012, cel 987654321.

Saludos,

Andrés Felipe Mejía Ocampo

Enviado desde mi iPhone
"""
    return finish(plain(body), mailbox=SOLI, received="2026-12-15 07:50:00", sender="Andres <afmejia.o@icloud.com>",
                  to=SOLI, subject="contraseña", via="st43p00im-ztdg10063201.me.com")


# --- 030: "Carnet de Extranjeria Nro", "N° de documento", E-mail label, wrong mailbox ------

@message("030-actualizacion-refugiado-carnet-nro.eml")
def _():
    body = """buenas tardes, soy refugiado reconocido y solicito la actualizacion de mis datos de contacto

Nombres y apellidos: Edgar Rafael Pino Ortega
Nacionalidad: venezolano
N° de documento: V-11.222.333
Carnet de Extranjeria Nro 000712345
Cel./WhatsApp: +58 414 1234567
E-mail: edgarpino.nuevo@gmail.com

saludos
"""
    return finish(plain(body), mailbox=REFU, received="2026-12-15 13:20:00", sender="edgar_pino65@hotmail.com",
                  to=REFU, subject="actualizacion de datos", via="mail-bl2nam02olkn2018.outbound.protection.outlook.com")


# --- 031: interview appointment (portal) ---------------------------------------------------

@message("031-cita-entrevista-portal.eml")
def _():
    body = """Buen día, hace 6 meses registré mi solicitud en línea y todavía no me dan fecha para la entrevista. ¿Me podrían programar?

Mi nombre es Kelvin Andrés Zambrano Rivas, cédula 24.556.789.
"""
    return finish(plain(body), mailbox=SOLI, received="2026-12-16 11:11:11", sender="kelvinzambrano.r@gmail.com",
                  to=SOLI, subject="Cita para entrevista")


# --- 032: duplicado, HTML only, no police report, Friday after closing ---------------------

@message("032-duplicado-ce-html-sin-denuncia.eml")
def _():
    markup = """<html><body><div>Buenas tardes,</div>
<div>Solicito duplicado de carné de extranjería por pérdida.</div><div><br></div>
<div>Nombres y apellidos: Yessica Paola Barrios Lugo</div>
<div>Sexo: Femenino</div>
<div>Nacionalidad: Venezolana</div>
<div>Pasaporte: 134567890</div>
<div>Carné de extranjería: 000334455</div>
<div>Celular: 955 443 221</div><div><br></div>
<div>Gracias</div></body></html>"""
    return finish(_html(markup), mailbox=REFU, received="2026-12-04 17:30:00", sender="yessicabarrios.l@gmail.com",
                  to=REFU, subject="Duplicado de carne de extranjeria")


# --- 033: X-Autoreply ------------------------------------------------------------------------

@message("033-x-autoreply.eml")
def _():
    body = """Hola, recibí tu correo. Te respondo apenas pueda.
"""
    return finish(plain(body), mailbox=MESA, received="2026-12-16 18:02:00", sender="nayibe.torres@yahoo.com",
                  to=MESA, subject="Re: Cargo de recepción - Recurso de apelación",
                  extra=[("X-Autoreply", "yes")], via="sonic309-21.consmr.mail.ne1.yahoo.com")


# --- 034: a security alert from a no-reply sender ------------------------------------------

@message("034-alerta-seguridad-no-reply.eml")
def _():
    body = """Alerta de seguridad

Se ha iniciado sesión en una cuenta vinculada desde un nuevo dispositivo Windows.
Si fuiste tú, no tienes que hacer nada.
"""
    return finish(plain(body), mailbox=SOLI, received="2026-12-17 03:14:00", sender="Google <no-reply@accounts.google.com>",
                  to=SOLI, subject="Alerta de seguridad")


# --- 035: travel permit in prose, dates as gerunds, signed letter -------------------------

@message("035-viaje-prosa-firmado.eml")
def _():
    body = """Estimados señores:

Yo, Oswaldo Enrique Ramírez Tovar, refugiado reconocido, con carné de extranjería N° 000123987, solicito autorización de viaje a Bogotá, Colombia, saliendo el 10 de enero de 2027 y retornando el 31 de enero de 2027, para asistir al matrimonio de mi hija.

Mi número de contacto es 944 556 112.

Adjunto la solicitud firmada digitalmente.

Atentamente,
Oswaldo Ramírez
"""
    pdf = signed(["SOLICITUD DE AUTORIZACIÓN DE VIAJE", "Oswaldo Enrique Ramírez Tovar", "Carné de extranjería N° 000123987"])
    root = mixed(plain(body), attachment("autorizacion_viaje_firmada.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=REFU, received="2026-12-30 10:00:00", sender="oswaldo.ramirez.t@gmail.com",
                  to=REFU, subject="Solicitud de permiso de viaje")


# --- 036: typo'd subject, missing data, received on a día no laborable -----------------------

@message("036-prorroga-recidencia-incompleta.eml")
def _():
    body = """Buenas quiero hacer la prorroga de mi recidencia como refugiado

Nombres: Orlando José Mendoza Paz
Nacionalidad: venezolano
Sexo: masculino
Cedula: 9.876.543
Carnet de extranjeria: 000445566
"""
    return finish(plain(body), mailbox=REFU, received="2026-12-24 09:30:00", sender="orlandomendozapaz@gmail.com",
                  to=REFU, subject="Prorroga de recidencia")


# --- 037: copied to two mailboxes, "Documento de identidad (pasaporte)" -------------------

@message("037-cambio-clave-copia-dos-buzones.eml")
def _():
    body = """Buenos días:

Solicito cambio de contraseña de mi cuenta en el sistema de refugio en línea.

Nombres y apellidos: Nelson David Urbina Castro
Documento de identidad (pasaporte): 128907654
Teléfono celular: 961 778 990
Correo registrado: nelsonurbina.c@gmail.com

Gracias.
"""
    return finish(plain(body), mailbox=SOLI, received="2026-12-28 09:10:00", sender="Nelson Urbina <nelsonurbina.c@gmail.com>",
                  to="refugiados@rree.gob.pe, solicitantesrefugio@rree.gob.pe", subject="Cambio de contraseña")


# --- 038: renuncia with a text PDF and a photo of the signed letter -------------------------

@message("038-renuncia-pdf-texto-y-foto.eml")
def _():
    body = """Señores:

Como solicitante de refugio, presento mi renuncia al procedimiento de refugio. Adjunto la carta (en PDF y la foto de la carta firmada).

Nombres y apellidos: Luz Marina Cárdenas Ochoa
Nacionalidad: colombiana
Pasaporte: AT298765
Celular: 912 000 345
Motivo: obtuve una visa de trabajo y cambiaré de calidad migratoria.

Atentamente,
Luz Marina Cárdenas Ochoa
"""
    pdf = pdfkit.text_pdf(["Carta de renuncia", "Luz Marina Cárdenas Ochoa", "Pasaporte AT298765"])
    root = mixed(plain(body), attachment("carta_renuncia.pdf", pdf, "application/pdf"),
                 attachment("carta_firmada.jpeg", jpeg(), "image/jpeg"))
    return finish(root, mailbox=MESA, received="2027-01-04 12:00:00", sender="luzmarina.cardenas@gmail.com",
                  to=MESA, subject="Renuncia al procedimiento de refugio")


# --- 039: data in the subject, signed letter -----------------------------------------------

@message("039-apelacion-datos-en-asunto.eml")
def _():
    body = """Buenos días, envío mi apelación.
El motivo es que la entrevista se hizo sin intérprete y no pude explicar mi caso.
Teléfono: 936 554 210

Kelly Johana Rojas Peña
"""
    pdf = signed(["RECURSO DE APELACIÓN", "Kelly Johana Rojas Peña", "Pasaporte 178965432"])
    root = mixed(plain(body), attachment("apelacion_firmada.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-05 09:45:00", sender="kellyrojasp@gmail.com",
                  to=MESA, subject="Apelación - Pasaporte 178965432 - Kelly Rojas")


# --- 040: 8-bit Latin-1 body, unencoded subject ---------------------------------------------

@message("040-actualizacion-latin1-8bit.eml")
def _():
    body = """Señores:

Soy solicitante de refugio y les escribo para que actualicen mi correo electrónico, el anterior ya no lo uso.

Nombres y apellidos: Raúl Ignacio Bastidas Ruiz
Nacionalidad: cubana
Nro. de Cédula: 85012345678
Teléfono: 997 001 223
Nuevo correo: raulbastidas.nuevo@gmail.com

Atte.
"""
    return finish(plain(body, "iso-8859-1", "8bit"), mailbox=SOLI, received="2027-01-06 15:00:00", sender="rbastidas@nauta.cu",
                  to=SOLI, subject="Actualizacion de correo", via="mx.nauta.cu")


# --- 041: "URGENTE!!!", nothing a procedure can be decided from ----------------------------

@message("041-urgente-sin-tramite.eml")
def _():
    body = """ayuda por favor!!! me robaron la cartera con todos mis documentos ayer en la combi, que tengo que hacer?

Nayeli
"""
    return finish(plain(body), mailbox=MESA, received="2027-01-07 08:10:00", sender="nayeli.s.2000@gmail.com",
                  to=MESA, subject="URGENTE!!!")


# --- 042: forward of the office's own reply, the applicant's text on top -------------------

@message("042-fwd-respuesta-oficina-con-datos.eml")
def _():
    body = """Adjunto mi número de teléfono que faltaba: 945 112 778. Mi DNI/pasaporte es 176543210.

Atentamente,
Ricardo Antonio Vera Salas

---------- Forwarded message ---------
De: Mesa de Partes RREE <mesadepartes@rree.gob.pe>
Date: vie, 8 ene 2027 a las 11:20
Subject: Recurso de reconsideración - subsanación
To: <ricardovera.s@gmail.com>

Estimado(a) señor(a):
Su recurso está incompleto. Falta: teléfono, documento de identidad.
Central telefónica: 204 2400
Pasaporte de referencia: 100000001
"""
    return finish(plain(body), mailbox=MESA, received="2027-01-08 12:40:00", sender="Ricardo Vera <ricardovera.s@gmail.com>",
                  to=MESA, subject="Fwd: Recurso de reconsideración - subsanación")


# --- 043: the name after "Atte:" on the same line ---------------------------------------------

@message("043-olvide-contrasena-atte-misma-linea.eml")
def _():
    body = """Buenas, olvidé mi contraseña y no puedo ingresar.
Pasaporte: 133445566
Cel: 977 888 999
Atte: Maryori Alejandra Peña Ruiz
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-08 09:05:00", sender="maryoripena@gmail.com",
                  to=SOLI, subject="olvide contraseña")


# --- 044: encoded-word subject split in two, the police report as a photo ------------------

@message("044-duplicado-ce-asunto-partido-denuncia-foto.eml")
def _():
    body = """Señores, solicito el duplicado de mi carné de extranjería que perdí. Adjunto foto de la denuncia.

Nombre completo: Franklin José Araujo Pineda
Sexo: Masculino
Nacionalidad: Venezolano
Pasaporte N° 149988776
CE N° 000667788
Nacido el 5/3/90
WhatsApp: 982 334 110
"""
    subject = Header("Solicitud de duplicado de carné de extranjería", "utf-8", maxlinelen=40).encode()
    root = mixed(plain(body), attachment("denuncia.jpg", jpeg(), "image/jpeg"))
    return finish(root, mailbox=REFU, received="2027-01-07 16:30:00", sender="franklinaraujo.p@hotmail.com",
                  to=REFU, subject=subject, raw_subject=True)


# ==== Second round (045-079): other styles, written independently ========================

# --- 045: a spreadsheet row pasted: labels and values separated by tabs, no colons --------

@message("045-clave-tabla-pegada-tabs.eml")
def _():
    body = """Buenos días, no puedo ingresar a mi cuenta, solicito el cambio de clave.

Nombres y apellidos\tMaría del Carmen de la Cruz Paredes
Pasaporte\t\t112233445
Celular\t\t\t944 120 558
Correo\t\t\tmcdelacruz.p@gmail.com

Gracias.
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-11 10:05:00", sender="mcdelacruz.p@gmail.com",
                  to=SOLI, subject="Cambio de clave")


# --- 046: Portuguese -----------------------------------------------------------------------

@message("046-atualizacao-dados-portugues.eml")
def _():
    body = """Prezados senhores,

Venho solicitar a atualização dos meus dados de contato, pois mudei de número de telefone.

Nome completo: Thiago Henrique Barbosa Lima
Nacionalidade: venezuelana
Passaporte nº 163452987
Telefone/WhatsApp: +51 962 447 115

Atenciosamente,
Thiago Henrique Barbosa Lima
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-11 15:40:00", sender="thiago.hbl@gmail.com",
                  to=SOLI, subject="Atualização de dados de contato")


# --- 047: English, withdrawal, signed letter ------------------------------------------------

@message("047-withdrawal-english-signed.eml")
def _():
    body = """Dear Sirs,

I hereby withdraw my application for refugee status in Peru (renuncia). Please find attached my signed letter.

Full name: Ahmad Karim Haddad
Nationality: Syrian
Passport No.: N01234567
Phone: +51 987 310 442
Reason: I have been granted a work visa in Canada and will leave Peru.

Kind regards,
Ahmad Karim Haddad
"""
    pdf = signed(["WITHDRAWAL / RENUNCIA", "I, Ahmad Karim Haddad, Syrian national, passport N01234567,",
                  "withdraw my application for refugee status.", "Ahmad Karim Haddad"])
    root = mixed(plain(body), attachment("withdrawal_signed.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-12 09:20:00", sender="Ahmad Haddad <ahmad.haddad.sy@gmail.com>",
                  to=MESA, subject="Withdrawal of asylum application - Renuncia")


# --- 048: destination only in prose, dates "5-ene-2027" and "enero 20, 2027", photo ---------

@message("048-viaje-destino-prosa-fechas-raras.eml")
def _():
    body = """Buenas tardes señores,

Soy refugiado reconocido y quiero ir a visitar a mi madre en Caracas porque está muy enferma del corazón. Pido el permiso de viaje.

Saldría el 5-ene-2027 y regresaría enero 20, 2027.

Nombre: Ramón Antonio Guzmán Pérez
Carné de extranjería 000778812
Cel. 915 660 432

Adjunto la solicitud firmada (foto).

Ramón Guzmán
"""
    root = mixed(plain(body), attachment("solicitud_firmada.jpg", jpeg(), "image/jpeg"))
    return finish(root, mailbox=REFU, received="2026-12-28 16:10:00", sender="ramonguzman.p@gmail.com",
                  to=REFU, subject="Permiso de viaje")


# --- 049: "adjunto lo pedido" from a phone, thread subject with the registration number ----

@message("049-apelacion-adjunto-lo-pedido-solo-pdf.eml")
def _():
    body = """Adjunto lo pedido

Enviado desde mi Huawei
"""
    pdf = signed([
        "RECURSO DE APELACIÓN",
        "Nombres y apellidos: Yulimar Coromoto Bracho Silva",
        "Pasaporte: 154879632",
        "Teléfono: 981 553 201",
        "Correo electrónico: yulibracho.s@gmail.com",
        "Motivo: la resolución no consideró las amenazas que recibí de grupos armados.",
        "Yulimar Coromoto Bracho Silva",
    ])
    root = mixed(plain(body), attachment("APELACION.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-13 11:30:00", sender="yulibracho.s@gmail.com",
                  to=MESA, subject="RE: Registro REG-2027-000184 - Recurso de apelación - subsanar",
                  extra=[("In-Reply-To", "<REG-2027-000184.subsanar@rree.gob.pe>")])


# --- 050: reconsideración, notified "05 de enero del 2027", filed late ---------------------

@message("050-reconsideracion-notificado-del-2027-tarde.eml")
def _():
    body = """Señores de la Comisión Especial para los Refugiados:

Yo, Franyelis Josefina Ortega Marín, identificada con pasaporte N° 187654320, interpongo recurso de reconsideración contra la resolución que declaró improcedente mi solicitud, notificada con fecha 05 de enero del 2027.

Motivo: adjunto como nueva prueba el certificado médico legal que no pude obtener antes.

Celular: 926 001 775
Correo: franyelis.ortega@gmail.com

Adjunto el escrito firmado digitalmente.

Atentamente,
Franyelis Josefina Ortega Marín
"""
    pdf = signed(["RECURSO DE RECONSIDERACIÓN", "Franyelis Josefina Ortega Marín", "Pasaporte N° 187654320",
                  "Nueva prueba: certificado médico legal."])
    root = mixed(plain(body), attachment("reconsideracion.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-02-08 10:15:00", sender="franyelis.ortega@gmail.com",
                  to=MESA, subject="Recurso de reconsideración")


# --- 051: apelación, notified "4-dic-2026", filed late, scanned letter -----------------------

@message("051-apelacion-notificada-abreviada-tarde-escaneo.eml")
def _():
    body = """Buenos días,

Presento recurso de apelación contra la Resolución N° 1544-2026-CEPR, que me fue notificada el 4-dic-2026.

Fundamento: la Comisión no tomó en cuenta que mi familia sigue siendo perseguida en Nicaragua.

Nombre completo: Álvaro José Sandino Reyes
Cédula de identidad: 001-150388-0004K
Teléfono: 937 552 118
Correo electrónico: alvarosandino.r@gmail.com

Adjunto escrito firmado escaneado.
"""
    scan = pdfkit.image_pdf(pages=3)
    root = mixed(plain(body), attachment("apelacion_escaneada.pdf", scan, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-20 12:00:00", sender="alvarosandino.r@gmail.com",
                  to=MESA, subject="Apelación Resolución 1544-2026-CEPR")


# --- 052: HTML table laid out in columns: a header row of labels, a row of values -----------

@message("052-prorroga-html-tabla-horizontal.eml")
def _():
    markup = """<html><body>
<p>Buenos días, solicito la prórroga de mi residencia como refugiada reconocida. Mis datos:</p>
<table border="1" cellpadding="3">
<tr><th>Nombres y apellidos</th><th>Sexo</th><th>Nacionalidad</th><th>Pasaporte</th><th>Carné de extranjería</th><th>Fecha de nacimiento</th><th>Celular</th></tr>
<tr><td>Dayana Carolina Fuenmayor Rivas</td><td>F</td><td>Venezolana</td><td>139875462</td><td>000912345</td><td>11/09/1991</td><td>951 887 002</td></tr>
</table>
<p>Gracias de antemano.</p>
</body></html>"""
    return finish(_html(markup), mailbox=REFU, received="2027-01-14 08:45:00", sender="dayanafuenmayor@hotmail.com",
                  to=REFU, subject="Prórroga de residencia", via="mail-dm3nam02olkn2011.outbound.protection.outlook.com")


# --- 053: two people in one message (mother and daughter): the first stated is the filer ---

@message("053-actualizacion-dos-personas.eml")
def _():
    body = """Buenas tardes, escribo para actualizar mis datos y los de mi hija, nos mudamos a Trujillo.

Mis datos:
Nombres y apellidos: Luisana Beatriz Pereira Toro
Nacionalidad: venezolana
Pasaporte: 158963214
Celular: 973 220 118

Datos de mi hija:
Nombres y apellidos: Valeria Sofía Campos Pereira
Nacionalidad: venezolana
Pasaporte: 178541236
Celular: 973 220 119

Muchas gracias.
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-14 14:20:00", sender="luisanapereira.t@gmail.com",
                  to=SOLI, subject="Actualización de datos - madre e hija")


# --- 054: sent from a work address: corporate signature and a disclaimer ------------------

@message("054-actualizacion-firma-corporativa-aviso.eml")
def _():
    body = """Estimados:

Solicito actualizar mis datos de contacto, ahora mi celular es 991 554 320.

Nombres y apellidos: Luis Alberto de la Cruz Huamán
Nacionalidad: colombiana
Cédula de ciudadanía: 1.032.445.876

Saludos cordiales,

Luis Alberto de la Cruz Huamán
Analista de Logística | Transportes Andinos S.A.C.
Central: (01) 615-8800 anexo 214 | www.transportesandinos.com.pe
Av. Argentina 3250, Callao

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso exclusivo de su destinatario. Si usted lo ha recibido por error, notifíquelo de inmediato a seguridad.informacion@transportesandinos.com.pe y elimínelo. CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee.
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-15 12:10:00",
                  sender="Luis de la Cruz <ldelacruz@transportesandinos.com.pe>",
                  to=SOLI, subject="Actualización de datos de contacto", via="mail.transportesandinos.com.pe")


# --- 055: everything in the subject, empty body ----------------------------------------------

@message("055-clave-todo-en-asunto.eml")
def _():
    return finish(plain("\n"), mailbox=SOLI, received="2027-01-15 21:55:00", sender="analu.delvalle@gmail.com",
                  to=SOLI, subject="Cambio de clave - Ana Lucía del Valle Rojas - Pasaporte 145236001 - cel 987 001 234")


# --- 056: travel permit, signed letter altered after signing -------------------------------

@message("056-viaje-pdf-firmado-alterado.eml")
def _():
    body = """Señores:

Solicito autorización de viaje por urgencia.

Nombres y apellidos: Néstor Javier Urdaneta Paz
Carné de extranjería: 000443219
Destino: Maracaibo, Venezuela
Fecha de salida: 01/02/2027
Fecha de retorno: 15/02/2027
Motivo: fallecimiento de mi padre
Teléfono: 966 778 120

Atentamente,
Néstor Urdaneta
"""
    pdf = signed(["SOLICITUD DE AUTORIZACIÓN DE VIAJE", "Néstor Javier Urdaneta Paz",
                  "Salida: 01/02/2027 - Retorno: 15/02/2027", "Néstor Javier Urdaneta Paz"])
    pdf = pdfkit.tamper(pdf, b"15/02/2027", b"28/02/2027")
    root = mixed(plain(body), attachment("autorizacion_viaje_firmada.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=REFU, received="2027-01-18 09:00:00", sender="nestorurdaneta@gmail.com",
                  to=REFU, subject="Autorización de viaje por urgencia")


# --- 057: ALL CAPS with particles, police report under another file name ------------------

@message("057-duplicado-ce-mayusculas-particulas.eml")
def _():
    body = """SEÑORES MINISTERIO DE RELACIONES EXTERIORES

SOLICITO DUPLICADO DE CARNE DE EXTRANJERIA POR ROBO. ADJUNTO CONSTANCIA DE LA PNP.

NOMBRES Y APELLIDOS: MARIA DE LOS ANGELES DEL CASTILLO PEÑA
SEXO: FEMENINO
NACIONALIDAD: COLOMBIANA
CEDULA: 52.887.413
CARNE DE EXTRANJERIA: 000321654
FECHA DE NACIMIENTO: 23/11/1979
CELULAR: 987 444 562

ATENTAMENTE
MARIA DE LOS ANGELES DEL CASTILLO PEÑA
"""
    den = pdfkit.text_pdf(["POLICIA NACIONAL DEL PERU", "COMISARIA PNP LINCE",
                           "CONSTANCIA DE DENUNCIA POR ROBO N° 2027-0098",
                           "AGRAVIADA: MARIA DE LOS ANGELES DEL CASTILLO PEÑA"])
    root = mixed(plain(body), attachment("constancia_pnp.pdf", den, "application/pdf"))
    return finish(root, mailbox=REFU, received="2027-01-18 15:30:00", sender="mariadelcastillo79@hotmail.com",
                  to=REFU, subject="DUPLICADO DE CARNE DE EXTRANJERIA")


# --- 058: duplicado without the police report and without sex --------------------------------

@message("058-duplicado-ce-falta-denuncia-y-sexo.eml")
def _():
    body = """Buenas noches, se me perdió el carné de extranjería y necesito un duplicado.

Nombre completo: Jesús Alberto Rondón Marcano
Nacionalidad: venezolano
Pasaporte: 119988776
CE: 000665544
Fecha de nacimiento: 02/02/1987
Teléfono: 944 301 229

La denuncia la mando mañana.
"""
    return finish(plain(body), mailbox=REFU, received="2027-01-19 20:30:00", sender="jesusrondon.m@gmail.com",
                  to=REFU, subject="Duplicado carné de extranjería")


# --- 059: "Datos:" block with tabs after the colons, incomplete -------------------------------

@message("059-prorroga-datos-tabs-incompleta.eml")
def _():
    body = """Buen día:

Solicito la prórroga anual de mi residencia.

Datos:
\tNombres:\t\tEdwin Rafael Salcedo Uzcátegui
\tSexo:\t\tMasculino
\tNacionalidad:\tVenezolana
\tPasaporte:\t\t143322110
\tTeléfono:\t\t950 227 448

Quedo atento.
"""
    return finish(plain(body), mailbox=REFU, received="2027-01-20 09:10:00", sender="edwinsalcedo.u@gmail.com",
                  to=REFU, subject="Prorroga anual de residencia")


# --- 060: renuncia from a recognised refugee without the carné number ------------------------

@message("060-renuncia-refugiado-sin-carne.eml")
def _():
    body = """Señores:

Desde el año 2021 tengo reconocida la condición de refugiado en el Perú. Por la presente renuncio a dicha condición porque regreso a vivir a mi país.

Nombres y apellidos: Gustavo Adolfo Peraza Lugo
Nacionalidad: venezolana
Pasaporte: 134598712
Teléfono: 927 664 310

Adjunto carta de renuncia firmada digitalmente.

Atentamente,
Gustavo Adolfo Peraza Lugo
"""
    pdf = signed(["CARTA DE RENUNCIA", "Gustavo Adolfo Peraza Lugo", "Renuncio a la condición de refugiado."])
    root = mixed(plain(body), attachment("renuncia_firmada.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-21 11:00:00", sender="gperaza.lugo@gmail.com",
                  to=MESA, subject="Renuncia a la condición de refugiado")


# --- 061: apelación in the body only, no document, no phone ---------------------------------

@message("061-apelacion-sin-escrito-sin-telefono.eml")
def _():
    body = """Buenas tardes, quiero apelar la decisión de la Comisión porque no me dejaron presentar mis pruebas en la entrevista.

Nombre: Keiber Josué Mata Aponte
Pasaporte: 167723451

Gracias.
"""
    return finish(plain(body), mailbox=MESA, received="2027-01-21 16:45:00", sender="keibermata@gmail.com",
                  to=MESA, subject="Apelación")


# --- 062: mixed English and Spanish, reconsideration with a text-only PDF -------------------

@message("062-reconsideration-english-pdf-texto.eml")
def _():
    body = """Hi,

Attached is my request for reconsideration (recurso de reconsideración) of the decision on my case.

Name: Olena Petrenko
Passport: FE123456
Phone: +51 965 443 210
Email: olena.petrenko.ua@gmail.com
Reason: I have new evidence, a letter from the Ukrainian consulate.

Thanks,
Olena Petrenko
"""
    pdf = pdfkit.text_pdf(["REQUEST FOR RECONSIDERATION", "Olena Petrenko - Passport FE123456",
                           "New evidence: letter from the Ukrainian consulate."])
    root = mixed(plain(body), attachment("reconsideration.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-22 10:30:00", sender="olena.petrenko.ua@gmail.com",
                  to=MESA, subject="Request for reconsideration")


# --- 063: English travel permit ----------------------------------------------------------------

@message("063-travel-permit-english-signed.eml")
def _():
    body = """Good morning,

I am a recognized refugee and I need a travel authorization to leave Peru.

Name: Ibrahim Moussa Diallo
Foreigner ID card (carné de extranjería): 001234567
Destination: Dakar, Senegal
Departure date: 12/02/2027
Return date: 26/02/2027
Reason: my father's surgery
Mobile: 982 110 765

The signed request is attached.

Best regards,
Ibrahim Moussa Diallo
"""
    pdf = signed(["TRAVEL AUTHORIZATION REQUEST", "Ibrahim Moussa Diallo", "Carné de extranjería 001234567"])
    root = mixed(plain(body), attachment("travel_request_signed.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=REFU, received="2027-01-25 09:40:00", sender="ibrahim.diallo.sn@gmail.com",
                  to=REFU, subject="Travel permit request")


# --- 064: English password reset --------------------------------------------------------------

@message("064-password-reset-english.eml")
def _():
    body = """Hello,

I forgot my password for the online refugee system and cannot log in. Could you reset it?

Name: Daniel Esteban Arrieta Gómez
Passport: 141256398
Phone: 913 448 200

Thank you
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-25 13:15:00", sender="danielarrieta.g@outlook.com",
                  to=SOLI, subject="Password reset", via="mail-bn1nam02olkn2040.outbound.protection.outlook.com")


# --- 065: carné de solicitante asked at its own mailbox (suspended, not forwarded) -----------

@message("065-carne-solicitante-vencido-buzon-propio.eml")
def _():
    body = """Buenos días, mi carné de solicitante de refugio venció y necesito renovarlo.

Nombres y apellidos: Yorgelis Andreína Cova Salazar
Pasaporte: 125478963
Celular: 918 774 552
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-26 10:00:00", sender="yorgeliscova@gmail.com",
                  to=SOLI, subject="Carné de solicitante vencido")


# --- 066: English, wants to apply for asylum (portal) -----------------------------------------

@message("066-asylum-application-english-portal.eml")
def _():
    body = """Hello,

I am a Cameroonian citizen, I arrived in Lima last week and I would like to apply for asylum. What should I do?

Regards,
Paul Etienne Mbarga
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-26 17:20:00", sender="paul.mbarga237@gmail.com",
                  to=SOLI, subject="Asylum application")


# --- 067: generic subject, the body asks for the registration interview (portal) -------------

@message("067-consulta-cita-entrevista-cuerpo.eml")
def _():
    body = """Buenas tardes, registré mi solicitud en línea en octubre y quisiera saber cuándo me darán una cita para mi entrevista de registro.

Saludos,
Wendy Carolina Lara Díaz
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-27 15:00:00", sender="wendylara.d@gmail.com",
                  to=SOLI, subject="Consulta")


# --- 068: bare name in capitals as last line, Venezuelan mobile, notification date in the PDF -

@message("068-apelacion-nombre-final-mayusculas.eml")
def _():
    body = """Buenos días:

Interpongo recurso de apelación contra la resolución que denegó mi solicitud de refugio. El motivo es que la Comisión no valoró los informes de derechos humanos que presenté.

C.I. N.º V-20.123.456
Teléfono: +58 412-555-1234
Correo: kevindelarosa.m@gmail.com

Adjunto el recurso firmado digitalmente.

KEVIN ALEXANDER DE LA ROSA MÉNDEZ
"""
    pdf = signed(["RECURSO DE APELACIÓN", "Kevin Alexander de la Rosa Méndez, C.I. V-20.123.456",
                  "contra la resolución notificada el 10 de febrero de 2027.", "Kevin Alexander de la Rosa Méndez"])
    root = mixed(plain(body), attachment("apelacion_firmada.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-02-22 09:00:00", sender="kevindelarosa.m@gmail.com",
                  to=MESA, subject="Recurso de apelación")


# --- 069: birth date written month first ("agosto 7, 1988") -------------------------------------

@message("069-prorroga-fecha-mes-primero.eml")
def _():
    body = """Señores:

Soy refugiada reconocida y solicito la prórroga de mi residencia.

Nombres y apellidos: Milagros del Valle Ochoa Briceño
Sexo: Femenino
Nacionalidad: venezolana
Pasaporte: 117755339
Carné de extranjería: 000587412
Fecha de nacimiento: agosto 7, 1988
Celular: 947 885 001

Atentamente,
Milagros Ochoa
"""
    return finish(plain(body), mailbox=REFU, received="2027-01-28 11:25:00", sender="milagrosochoa.b@gmail.com",
                  to=REFU, subject="Prórroga de residencia")


# --- 070: HTML definition list ---------------------------------------------------------------

@message("070-actualizacion-html-lista-definiciones.eml")
def _():
    markup = """<html><body>
<p>Buenas tardes, solicito la actualización de mis datos de contacto (nuevo número).</p>
<dl>
<dt>Nombres y apellidos</dt><dd>Rafael Eduardo Chacón Morillo</dd>
<dt>Nacionalidad</dt><dd>Venezolana</dd>
<dt>Pasaporte</dt><dd>152364789</dd>
<dt>Celular</dt><dd>962 110 337</dd>
</dl>
<p>Gracias.</p>
</body></html>"""
    return finish(_html(markup), mailbox=SOLI, received="2027-01-28 16:30:00", sender="rafachacon.m@gmail.com",
                  to=SOLI, subject="Actualizacion de datos")


# --- 071: all the data only inside the attached letter (a PDF with an image) ------------------

@message("071-renuncia-datos-solo-en-pdf.eml")
def _():
    body = """Buenas tardes, adjunto mi carta de renuncia.

Obtener Outlook para Android
"""
    pdf = pdfkit.text_pdf([
        "Lima, 29 de enero de 2027",
        "Señores Comisión Especial para los Refugiados",
        "Yo, Rosmary Alejandra Villegas Paredes, de nacionalidad venezolana, identificada con",
        "pasaporte N° 148852301, solicitante de refugio, renuncio a mi solicitud de refugio.",
        "Motivo: me voy a vivir a España con mi esposo.",
        "Celular: 921 448 770",
        "Rosmary Alejandra Villegas Paredes",
    ], image=True)
    root = mixed(plain(body), attachment("carta renuncia.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-29 14:50:00", sender="rosmaryvillegas@hotmail.com",
                  to=MESA, subject="Renuncia", via="mail-co1nam11olkn2099.outbound.protection.outlook.com")


# --- 072: Portuguese automatic reply -----------------------------------------------------------

@message("072-resposta-automatica-portugues.eml")
def _():
    body = """Olá! Estou de férias até 15 de fevereiro, com acesso limitado ao e-mail.
Para assuntos urgentes, ligue para (11) 3456-7890.

Renata Moreira
"""
    return finish(plain(body), mailbox=MESA, received="2027-02-01 08:12:00", sender="Renata Moreira <renata.moreira@adv.example.com.br>",
                  to=MESA, subject="Resposta automática: Recurso de apelação - cargo", via="mail.adv.example.com.br")


# --- 073: two procedures in the subject, body does not pick one ------------------------------

@message("073-dos-tramites-en-asunto.eml")
def _():
    body = """Buenos días, necesito hacer las dos cosas, ¿se pueden hacer en un solo trámite?

Nombres: Héctor Manuel Briceño Suárez
Pasaporte: 126655443
Celular: 935 667 204
"""
    return finish(plain(body), mailbox=REFU, received="2027-02-01 10:40:00", sender="hectorbriceno.s@gmail.com",
                  to=REFU, subject="Prórroga de residencia y permiso de viaje")


# --- 074: apelación on a Friday after closing, Holy Week in the count -------------------------

@message("074-apelacion-viernes-tarde-semana-santa.eml")
def _():
    body = """Señores Mesa de Partes:

Presento recurso de apelación contra la resolución que denegó mi solicitud de reconocimiento de la condición de refugiado.

Datos del recurrente:
Nombres y apellidos: Carlos Eduardo Montilla Rivas
N.º de pasaporte: 172233885
Teléfono: (+51) 987-654-320
Correo electrónico: <carlosmontilla.r@gmail.com>
Motivo: no se consideró la persecución política documentada en mi expediente.

Adjunto el escrito con firma digital.

Atentamente,
Carlos Eduardo Montilla Rivas
"""
    pdf = signed(["RECURSO DE APELACIÓN", "Carlos Eduardo Montilla Rivas", "Pasaporte 172233885"])
    root = mixed(plain(body), attachment("apelacion_firma_digital.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-03-19 17:30:00", sender="carlosmontilla.r@gmail.com",
                  to=MESA, subject="Recurso de apelación")


# --- 075: reconsideración sent to the wrong mailbox, PNG of the signed letter ------------------

@message("075-reconsideracion-buzon-equivocado-png.eml")
def _():
    body = """Buenas tardes:

Solicito la reconsideración de la resolución que me denegó el refugio, porque ahora cuento con la constancia de la fiscalía que acredita la denuncia por amenazas.

Nombres y apellidos: Jhonny Alexander Paredes Quiroz
Cédula: 18.456.901
Celular: 954 002 118
Correo: jhonnyparedes.q@gmail.com

Adjunto la foto del escrito firmado.
"""
    root = mixed(plain(body), attachment("escrito_firmado.png", png(), "image/png"))
    return finish(root, mailbox=REFU, received="2027-02-02 11:45:00", sender="jhonnyparedes.q@gmail.com",
                  to=REFU, subject="Reconsideración")


# --- 076: travel permit without a return date ---------------------------------------------------

@message("076-viaje-sin-fecha-retorno.eml")
def _():
    body = """Señores:

Solicito autorización de viaje a Quito, Ecuador, para acompañar a mi hijo en su operación.

Nombres y apellidos: Gloria Esperanza Núñez Vera
Carné de extranjería: 000229911
Fecha de salida: 10/02/2027
Todavía no sé cuándo podré volver, depende de la recuperación de mi hijo.
Celular: 973 556 018

Adjunto la solicitud firmada digitalmente.

Atentamente,
Gloria Núñez
"""
    pdf = signed(["SOLICITUD DE AUTORIZACIÓN DE VIAJE", "Gloria Esperanza Núñez Vera", "Destino: Quito, Ecuador"])
    root = mixed(plain(body), attachment("solicitud_viaje_firmada.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=REFU, received="2027-02-03 09:30:00", sender="gloria.nunez.vera@gmail.com",
                  to=REFU, subject="Autorización de viaje")


# --- 077: Outlook reply with English headers, the office's message below, only the phone ------

@message("077-clave-respuesta-outlook-solo-telefono.eml")
def _():
    body = """Buenas, mi celular es 956 111 222.

Saludos, Pilar

From: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
Sent: Wednesday, February 3, 2027 10:12 AM
To: pilar.rengifo@outlook.com
Subject: REG-2027-000377 - Cambio de clave - subsanar

Estimado(a) señor(a):
Su solicitud está incompleta. Falta: teléfono.
Nombre registrado: Pilar Rengifo Tapia
Pasaporte 100000002
"""
    return finish(plain(body), mailbox=SOLI, received="2027-02-03 18:20:00", sender="pilar.rengifo@outlook.com",
                  to=SOLI, subject="RE: REG-2027-000377 - Cambio de clave - subsanar",
                  via="mail-dm6nam12olkn2055.outbound.protection.outlook.com")


# --- 078: carné number and name in the subject, the rest in the body --------------------------

@message("078-prorroga-datos-en-asunto.eml")
def _():
    body = """Buenos días, solicito la renovación de mi residencia.

Sexo: F
Nacionalidad: VEN
Cédula: V-16.554.223
Fecha de nacimiento: 15.03.1990
Celular: +51-913-228-004

Gracias.
"""
    return finish(plain(body), mailbox=REFU, received="2027-02-04 10:05:00", sender="rosaelena.dlt@gmail.com",
                  to=REFU, subject="Renovación de residencia - Rosa Elena de la Torre Gil - CE 000556644")


# --- 079: English, lost foreigner card ----------------------------------------------------------

@message("079-lost-foreigner-card-english.eml")
def _():
    body = """Hello,

I lost my foreigner ID card (carné de extranjería) and I need a duplicate. The police report is attached.

Full name: John Michael Okafor
Sex: Male
Nationality: Nigerian
Passport: A09876543
Foreigner ID card: 000612398
Date of birth: 21/06/1985
Phone: 990 223 117

Regards,
John Michael Okafor
"""
    den = pdfkit.text_pdf(["POLICIA NACIONAL DEL PERU", "Denuncia por pérdida de documentos",
                           "Denunciante: John Michael Okafor"])
    root = mixed(plain(body), attachment("police_report.pdf", den, "application/pdf"))
    return finish(root, mailbox=REFU, received="2027-02-04 15:00:00", sender="john.okafor.ng@gmail.com",
                  to=REFU, subject="Lost foreigner ID card")


# === Third round (080-111): decision logic: outcome order, flags together, calendar edges,
# === machine mail, recognised refugees vs applicants.

UTC = dt.timezone.utc
TOKYO = dt.timezone(dt.timedelta(hours=9))


def recurso_data(name: str, doc: str, phone: str, mail: str) -> str:
    return f"""Nombres y apellidos: {name}
Pasaporte: {doc}
Celular: {phone}
Correo: {mail}
"""


# --- 080: apelación, late and sent to the wrong mailbox, signed PDF ------------------------

@message("080-apelacion-tarde-y-buzon-equivocado.eml")
def _():
    body = """Señores:

Interpongo recurso de apelación contra la resolución que declaró improcedente mi solicitud de refugio, que me fue notificada el 2 de diciembre de 2026.
Motivo: no se valoraron los informes de país que presenté sobre la persecución política.

""" + recurso_data("Orlando Javier Mendoza Pineda", "118234765", "951 204 377", "orlando.mendoza.p@gmail.com") + """
Adjunto el escrito firmado digitalmente.

Atentamente,
Orlando Javier Mendoza Pineda
"""
    pdf = signed(["RECURSO DE APELACIÓN", "Orlando Javier Mendoza Pineda", "Firmado digitalmente"])
    root = mixed(plain(body), attachment("apelacion_firmada.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=SOLI, received="2027-01-19 10:00:00", sender="orlando.mendoza.p@gmail.com",
                  to=SOLI, subject="Recurso de apelación")


# --- 081: a portal procedure, with documents attached, at mesa de partes -------------------

@message("081-solicitud-refugio-con-adjuntos-mesa.eml")
def _():
    body = """Buenos días:

Quiero solicitar refugio en el Perú. Adjunto mi pasaporte escaneado y una foto.

Nombre completo: Ahmad Karimi Rezaei
Nacionalidad: afgana
Pasaporte: P0458812

Gracias.
"""
    scan = pdfkit.image_pdf()
    root = mixed(plain(body), attachment("pasaporte.pdf", scan, "application/pdf"),
                 attachment("foto.jpg", jpeg(), "image/jpeg"))
    return finish(root, mailbox=MESA, received="2027-01-20 11:30:00", sender="ahmad.karimi.r@gmail.com",
                  to=MESA, subject="Solicitud de refugio")


# --- 082: subject says nothing, the body names the suspended procedure ----------------------

@message("082-consulta-cuerpo-carne-solicitante.eml")
def _():
    body = """Buenas tardes,

Perdí mi carné de solicitante de refugio y necesito que me lo vuelvan a emitir.

Nombres y apellidos: Keila Andreína Salazar Montes
Pasaporte: 140556712
Celular: 924 118 305
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-20 15:10:00", sender="keila.salazar.m@gmail.com",
                  to=SOLI, subject="Consulta")


# --- 083: two procedures in the subject, the body names one of them --------------------------

@message("083-asunto-dos-tramites-cuerpo-uno.eml")
def _():
    body = """Buenos días,

Olvidé mi contraseña del sistema de refugio y no puedo ingresar.

Nombres y apellidos: Franklin Eduardo Rojas Lira
Pasaporte: 127665439
Celular: 987 220 413
Correo: franklinrojas.l@gmail.com

Gracias
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-21 09:45:00", sender="franklinrojas.l@gmail.com",
                  to=SOLI, subject="Actualización de datos / cambio de clave")


# --- 084: two procedures in the subject, the body names a third ------------------------------

@message("084-asunto-dos-tramites-cuerpo-otro.eml")
def _():
    body = """Buenas tardes,

Quiero actualizar mis datos de contacto, me mudé.

Nombres y apellidos: Luisana Beatriz Ochoa Prieto
Celular: 913 557 820
"""
    return finish(plain(body), mailbox=REFU, received="2027-01-21 14:00:00", sender="luisana.ochoa@gmail.com",
                  to=REFU, subject="Prórroga de residencia y permiso de viaje")


# --- 085: a follow-up that only says "adjunto", with a text-only PDF -------------------------

@message("085-apelacion-adjunto-pdf-sin-firma.eml")
def _():
    pdf = pdfkit.text_pdf([
        "RECURSO DE APELACIÓN",
        "Nombres y apellidos: Marlene Josefina Castillo Rivas",
        "Pasaporte: 133908217",
        "Celular: 945 330 126",
        "Correo: marlene.castillo.r@gmail.com",
        "Motivo: la resolución no consideró que mi hija está amenazada en mi país.",
    ])
    root = mixed(plain("Adjunto.\n"), attachment("apelacion.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-22 10:20:00", sender="marlene.castillo.r@gmail.com",
                  to=MESA, subject="RE: Recurso de apelación")


# --- 086: reconsideración, a PDF altered after signing and a photo ---------------------------

@message("086-reconsideracion-pdf-alterado-y-foto.eml")
def _():
    body = """Señores:

Solicito la reconsideración de la resolución que denegó mi solicitud, porque presento nueva prueba: el certificado médico de las lesiones.

""" + recurso_data("Edgar Antonio Villalobos Chacón", "129004583", "962 117 480", "edgarvillalobos.ch@gmail.com") + """
Adjunto el escrito firmado y una foto de la firma.
"""
    pdf = pdfkit.change_after_signing(signed(["RECURSO DE RECONSIDERACIÓN", "Edgar Antonio Villalobos Chacón"]))
    root = mixed(plain(body), attachment("reconsideracion.pdf", pdf, "application/pdf"),
                 attachment("firma.jpg", jpeg(), "image/jpeg"))
    return finish(root, mailbox=MESA, received="2027-01-22 12:00:00", sender="edgarvillalobos.ch@gmail.com",
                  to=MESA, subject="Recurso de reconsideración")


# --- 087: apelación, an altered PDF and a valid signed PDF -----------------------------------

@message("087-apelacion-alterado-y-firmado.eml")
def _():
    body = """Señores:

Presento recurso de apelación. La primera versión que envié tenía un error, adjunto también la versión corregida firmada.
Motivo: la entrevista se realizó sin intérprete y mis respuestas se registraron mal.

""" + recurso_data("Nadia Fernanda Quintero Lugo", "141227093", "978 003 266", "nadia.quintero.l@gmail.com")
    bad = pdfkit.change_after_signing(signed(["RECURSO DE APELACIÓN", "Nadia Fernanda Quintero Lugo", "versión 1"]))
    good = signed(["RECURSO DE APELACIÓN", "Nadia Fernanda Quintero Lugo", "versión 2"])
    root = mixed(plain(body), attachment("apelacion_v1.pdf", bad, "application/pdf"),
                 attachment("apelacion_v2.pdf", good, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-25 09:10:00", sender="nadia.quintero.l@gmail.com",
                  to=MESA, subject="Apelación")


# --- 088: renuncia, a scanned PDF with no text layer ------------------------------------------

@message("088-renuncia-escaneo-sin-texto.eml")
def _():
    body = """Señores de la Comisión:

Presento mi renuncia a la solicitud de refugio.
Motivo: consegui una visa de trabajo en otro país.

Nombres y apellidos: Yohandry José Bermúdez Pérez
Nacionalidad: venezolana
Pasaporte: 136448120
Celular: 933 210 655

Adjunto la carta firmada (escaneada).
"""
    root = mixed(plain(body), attachment("renuncia_escaneada.pdf", pdfkit.image_pdf(2), "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-26 11:00:00", sender="yohandry.bermudez@gmail.com",
                  to=MESA, subject="Renuncia")


# --- 089: cambio de clave received exactly at the office's closing time ------------------------

@message("089-clave-exacto-hora-cierre.eml")
def _():
    body = """Buenas tardes, necesito el cambio de mi clave del sistema.

Nombres y apellidos: Daniela Sofía Peña Arráiz
Pasaporte: 150334872
Celular: 990 118 224
Correo: danielapena.a@gmail.com
"""
    return finish(plain(body), mailbox=SOLI, received="2027-02-05 17:00:00", sender="danielapena.a@gmail.com",
                  to=SOLI, subject="Cambio de clave")


# --- 090: actualización de datos one second before closing -------------------------------------

@message("090-actualizacion-un-segundo-antes-cierre.eml")
def _():
    body = """Buenas tardes, solicito la actualización de mis datos de contacto, tengo nuevo número.

Nombres y apellidos: Héctor Manuel Guédez Sosa
Nacionalidad: venezolano
Pasaporte: 112093466
Soy solicitante de refugio.
Nuevo celular: 917 440 382
"""
    return finish(plain(body), mailbox=SOLI, received="2027-02-11 16:59:59", sender="hector.guedez.s@gmail.com",
                  to=SOLI, subject="Actualización de datos")


# --- 091: reconsideración after closing on the last working day of the year ---------------------

@message("091-reconsideracion-ultimo-dia-habil-anio.eml")
def _():
    body = """Señores:

Interpongo recurso de reconsideración contra la resolución que denegó mi solicitud de refugio.
Motivo: adjunto como nueva prueba la constancia de la ONG que me asistió.

""" + recurso_data("Ramón Alberto Sifontes Lara", "120776431", "941 002 337", "ramonsifontes.l@gmail.com") + """
Adjunto el escrito firmado digitalmente.
"""
    pdf = signed(["RECURSO DE RECONSIDERACIÓN", "Ramón Alberto Sifontes Lara"])
    root = mixed(plain(body), attachment("reconsideracion_firmada.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2026-12-30 17:01:00", sender="ramonsifontes.l@gmail.com",
                  to=MESA, subject="Recurso de reconsideración")


# --- 092: prórroga from an applicant without a carné, the day before the decreed day off -------

@message("092-prorroga-sin-carne-antes-navidad.eml")
def _():
    body = """Buenos días, solicito la prórroga de mi residencia.

Nombres y apellidos: Wendy Carolina Álvarez Torres
Sexo: femenino
Nacionalidad: venezolana
Pasaporte: 138220914
Fecha de nacimiento: 12/08/1993
Celular: 925 667 301

Todavía no tengo carné de extranjería, soy solicitante.
"""
    return finish(plain(body), mailbox=REFU, received="2026-12-23 10:00:00", sender="wendy.alvarez.t@gmail.com",
                  to=REFU, subject="Prórroga de residencia")


# --- 093: travel permit, the Received header in UTC (16:30 in Lima) --------------------------

@message("093-viaje-received-en-utc.eml")
def _():
    body = """Señores:

Solicito autorización de viaje por urgencia.
Motivo: fallecimiento de mi padre.
Destino: Bogotá, Colombia
Fecha de salida: 15/01/2027
Fecha de retorno: 29/01/2027

Nombres y apellidos: Camilo Andrés Restrepo Mejía
Carné de extranjería: 000733192
Celular: 982 447 106

Adjunto la solicitud firmada digitalmente.
"""
    pdf = signed(["SOLICITUD DE AUTORIZACIÓN DE VIAJE", "Camilo Andrés Restrepo Mejía"])
    root = mixed(plain(body), attachment("solicitud_viaje.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=REFU, received="2027-01-12 16:30:00", sender="camilo.restrepo.m@gmail.com",
                  to=REFU, subject="Autorización de viaje urgente", received_zone=UTC, date_zone=UTC)


# --- 094: no Received header; Date written in +09:00 (Friday 16:30 in Lima) ------------------

@message("094-clave-solo-date-zona-asia.eml")
def _():
    body = """Hello, I forgot my password for the refugee system.

Full name: Min-jun Park Lee
Passport: M44310982
Phone: +82 10 5523 4471
Email: minjun.park.lee@gmail.com
"""
    return finish(plain(body), mailbox=None, received="2027-01-08 16:30:00", sent="2027-01-08 16:30:00",
                  sender="minjun.park.lee@gmail.com", to=SOLI, subject="Cambio de contraseña", date_zone=TOKYO)


# --- 095: Date before closing, the mailbox received it after closing ----------------------------

@message("095-actualizacion-date-antes-received-despues.eml")
def _():
    body = """Buenas tardes, por favor actualizar mis datos: cambié de número de celular.

Nombres y apellidos: Rosmary Alejandra Colina Díaz
Nacionalidad: venezolana
Pasaporte: 144871230
Celular: 916 330 872
"""
    relay = ("from [192.168.1.20] by smtp.gmail.com with ESMTPSA id q7sm1200;\r\n\t"
             "Mon, 18 Jan 2027 16:40:30 -0500")
    return finish(plain(body), mailbox=SOLI, received="2027-01-18 17:20:00", sent="2027-01-18 16:40:00",
                  sender="rosmary.colina.d@gmail.com", to=SOLI, subject="Actualización de datos",
                  extra=[("Received", relay)])


# --- 096: Precedence: list only (a group relaying a person's apelación) --------------------------

@message("096-apelacion-via-grupo-precedence-list.eml")
def _():
    body = """Presento recurso de apelación contra la resolución que denegó mi solicitud.
Motivo: no se valoró mi testimonio.

""" + recurso_data("Jairo Enrique Pacheco Mora", "117330298", "955 208 114", "jairo.pacheco.m@gmail.com")
    return finish(plain(body), mailbox=MESA, received="2027-01-27 10:00:00",
                  sender="Jairo Pacheco via Red de Apoyo <red-apoyo@googlegroups.com>", to=MESA,
                  subject="Recurso de apelación", via="mail-sor-f69.google.com",
                  extra=[("Precedence", "list")])


# --- 097: List-Id only, no Precedence ------------------------------------------------------------

@message("097-prorroga-list-id-solo.eml")
def _():
    body = """Compañeros, recuerden que la prórroga de residencia se pide a refugiados@rree.gob.pe con sus datos completos.
Saludos,
Coordinación
"""
    return finish(plain(body), mailbox=REFU, received="2027-01-27 08:15:00",
                  sender="Coordinación <coordinacion@asociacion-migrantes.example.org>", to=REFU,
                  subject="Prórroga de residencia: recordatorio", via="lists.asociacion-migrantes.example.org",
                  extra=[("List-Id", "<avisos.asociacion-migrantes.example.org>")])


# --- 098: Auto-Submitted: no is a person's mail ---------------------------------------------------

@message("098-clave-auto-submitted-no.eml")
def _():
    body = """Buenos días, solicito el cambio de contraseña de mi cuenta.

Nombres y apellidos: Ingrid Vanessa Lozada Ortiz
Pasaporte: 131560827
Celular: 948 003 512
Correo: ingrid.lozada.o@gmail.com
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-28 09:00:00", sender="ingrid.lozada.o@gmail.com",
                  to=SOLI, subject="Cambio de contraseña", extra=[("Auto-Submitted", "no")])


# --- 099: mailer-daemon bounce quoting an applicant's apelación ------------------------------------

@message("099-rebote-cita-apelacion.eml")
def _():
    body = """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jairo.pacheco.m@example.net>: host mx.example.net said: 550 5.1.1 User unknown

--- Original message ---
From: jairo.pacheco.m@gmail.com
To: mesadepartes@rree.gob.pe
Subject: Recurso de apelación

Presento recurso de apelación. Nombres y apellidos: Jairo Enrique Pacheco Mora
"""
    return finish(plain(body), mailbox=MESA, received="2027-01-28 10:30:00",
                  sender="MAILER-DAEMON@mx.example.net", to=MESA,
                  subject="Undelivered Mail Returned to Sender", via="mx.example.net")


# --- 100: a delivery report (multipart/report) from a sender not named like a machine ------------

@message("100-informe-entrega-multipart-report.eml")
def _():
    root = MIMEMultipart("report")
    root.set_param("report-type", "delivery-status")
    root.attach(plain("Su mensaje \"Cambio de clave\" no pudo ser entregado a ana.torres@example.com.\n"))
    root.attach(MIMEText("Reporting-MTA: dns; mail.example.com\nFinal-Recipient: rfc822; ana.torres@example.com\n"
                         "Action: failed\nStatus: 5.1.1\n", "rfc822-headers"))
    return finish(root, mailbox=SOLI, received="2027-01-28 11:00:00",
                  sender="Sistema de correo <avisos@mail.example.com>", to=SOLI,
                  subject="Cambio de clave", via="mail.example.com")


# --- 101: from an institutional mailbox (internal forward) ----------------------------------------

@message("101-reenvio-desde-buzon-institucional.eml")
def _():
    body = """Estimados, les reenvío el recurso de apelación que llegó a nuestro buzón.

---------- Forwarded message ---------
De: Pedro Luis Arias <pedroarias.l@gmail.com>
Asunto: Recurso de apelación

Presento recurso de apelación. Nombres y apellidos: Pedro Luis Arias Núñez
"""
    return finish(plain(body), mailbox=MESA, received="2027-01-28 12:00:00",
                  sender="Refugiados RREE <refugiados@rree.gob.pe>", to=MESA,
                  subject="RV: Recurso de apelación", via="mx2.rree.gob.pe")


# --- 102: X-Autorespond header --------------------------------------------------------------------

@message("102-x-autorespond.eml")
def _():
    body = "Recibí su mensaje. Le responderé a la brevedad.\n"
    return finish(plain(body), mailbox=SOLI, received="2027-01-29 08:00:00", sender="milagros.paz@hotmail.com",
                  to=SOLI, subject="Re: Cambio de clave - subsanar", extra=[("X-Autorespond", "yes")])


# --- 103: renuncia from an applicant who says they are not a recognised refugee --------------------

@message("103-renuncia-no-soy-refugiado-reconocido.eml")
def _():
    body = """Señores:

Presento mi renuncia al procedimiento de refugio.
Aclaro que no soy refugiado reconocido, soy solicitante.
Motivo: voy a regularizar mi situación con otra calidad migratoria.

Nombres y apellidos: Gustavo Adolfo Barrios Ledezma
Nacionalidad: venezolana
Pasaporte: 126003158
Celular: 919 442 807

Adjunto la carta firmada.
"""
    root = mixed(plain(body), attachment("renuncia_firmada.pdf", signed(["RENUNCIA", "Gustavo Adolfo Barrios Ledezma"]),
                                         "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-29 10:00:00", sender="gustavo.barrios.l@gmail.com",
                  to=MESA, subject="Renuncia al refugio")


# --- 104: duplicado de CE, the police report only as a photo's file name, no carné number ---------

@message("104-duplicado-ce-denuncia-foto-sin-numero.eml")
def _():
    body = """Buenos días, solicito el duplicado de mi carné de extranjería porque me lo robaron.

Nombres y apellidos: Ariana Lucía Torrealba Gil
Sexo: F
Nacionalidad: venezolana
Pasaporte: 149220376
Fecha de nacimiento: 30/11/1988
Celular: 936 775 210

No recuerdo el número del carné. Adjunto la denuncia.
"""
    root = mixed(plain(body), attachment("denuncia_policial.jpg", jpeg(), "image/jpeg"))
    return finish(root, mailbox=REFU, received="2027-02-01 09:30:00", sender="ariana.torrealba@gmail.com",
                  to=REFU, subject="Duplicado de carné de extranjería")


# --- 105: travel permit to the wrong mailbox, after closing before Holy Thursday --------------------

@message("105-viaje-derivado-antes-semana-santa.eml")
def _():
    body = """Señores:

Solicito permiso de viaje urgente.
Motivo: mi madre será operada de emergencia.
Destino: Santiago de Chile
Fecha de salida: 05/04/2027
Fecha de retorno: 20/04/2027

Nombres y apellidos: Maribel Cristina Urdaneta Paz
Carné de extranjería: 000448210
Celular: 967 330 118

Adjunto la solicitud firmada digitalmente.
"""
    pdf = signed(["SOLICITUD DE AUTORIZACIÓN DE VIAJE", "Maribel Cristina Urdaneta Paz"])
    root = mixed(plain(body), attachment("solicitud_viaje.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=SOLI, received="2027-03-24 17:30:00", sender="maribel.urdaneta@gmail.com",
                  to=SOLI, subject="Permiso de viaje")


# --- 106: interview, named by the body only, on a Saturday -------------------------------------------

@message("106-consulta-cita-entrevista-sabado.eml")
def _():
    body = """Hola, ya registré mi solicitud en línea y quiero una cita para entrevista de registro.

Nombre completo: Tatiana Milagros Blanco Suárez
"""
    return finish(plain(body), mailbox=SOLI, received="2027-01-16 10:00:00", sender="tatiana.blanco.s@gmail.com",
                  to=SOLI, subject="Consulta")


# --- 107: URGENTE, the body names two procedures ------------------------------------------------------

@message("107-urgente-cuerpo-dos-tramites.eml")
def _():
    body = """Buenas tardes, necesito la prórroga de residencia y también la autorización de viaje porque debo salir del país.

Nombres y apellidos: Óscar Eduardo Lunar Rivas
Celular: 927 118 450
"""
    return finish(plain(body), mailbox=REFU, received="2027-02-02 15:00:00", sender="oscar.lunar.r@gmail.com",
                  to=REFU, subject="URGENTE")


# --- 108: reconsideración on the 15th business day after notification (in time) ----------------------

@message("108-reconsideracion-ultimo-dia-a-tiempo.eml")
def _():
    body = """Señores:

Interpongo recurso de reconsideración contra la resolución que me fue notificada el 4 de enero de 2027.
Motivo: presento como nueva prueba la denuncia que hice ante la fiscalía.

""" + recurso_data("Leonela Patricia Gómez Ferrer", "139002784", "944 301 209", "leonela.gomez.f@gmail.com") + """
Adjunto el escrito firmado digitalmente.
"""
    pdf = signed(["RECURSO DE RECONSIDERACIÓN", "Leonela Patricia Gómez Ferrer"])
    root = mixed(plain(body), attachment("reconsideracion.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-25 16:30:00", sender="leonela.gomez.f@gmail.com",
                  to=MESA, subject="Recurso de reconsideración")


# --- 109: apelación on the 15th business day but after closing: filed the next day, late -------------

@message("109-apelacion-ultimo-dia-pasado-cierre.eml")
def _():
    body = """Señores:

Presento recurso de apelación contra la resolución, notificado con fecha 04/01/2027.
Motivo: no se consideró la situación de mis hijos menores.

""" + recurso_data("Rigoberto Antonio Salas Vivas", "124559801", "958 602 317", "rigoberto.salas.v@gmail.com") + """
Adjunto la foto del escrito firmado.
"""
    root = mixed(plain(body), attachment("escrito_firmado.jpg", jpeg(), "image/jpeg"))
    return finish(root, mailbox=MESA, received="2027-01-25 17:05:00", sender="rigoberto.salas.v@gmail.com",
                  to=MESA, subject="Recurso de apelación")


# --- 110: autorización de trabajo (portal) with a PDF, at refugiados@ ---------------------------------

@message("110-autorizacion-trabajo-pdf-refugiados.eml")
def _():
    body = """Buenos días, necesito renovar mi autorización de trabajo, adjunto mi carné de solicitante anterior.

Nombre completo: Wilfredo José Márquez Ruiz
"""
    root = mixed(plain(body), attachment("documento.pdf", pdfkit.image_pdf(), "application/pdf"))
    return finish(root, mailbox=REFU, received="2027-02-03 11:00:00", sender="wilfredo.marquez.r@gmail.com",
                  to=REFU, subject="Autorización de trabajo")


# --- 111: reconsideración, body only (no document), to the wrong mailbox -------------------------------

@message("111-reconsideracion-sin-escrito-derivado.eml")
def _():
    body = """Señores:

Solicito la reconsideración de mi caso.
Motivo: tengo nuevas pruebas de las amenazas que recibí.

""" + recurso_data("Yuleisy Carolina Peraza Mota", "146330921", "939 554 102", "yuleisy.peraza@gmail.com")
    return finish(plain(body), mailbox=REFU, received="2027-02-03 14:00:00", sender="yuleisy.peraza@gmail.com",
                  to=REFU, subject="Reconsideración")


# --- 112: apelación, late and incomplete (no phone): subsanar keeps the flag ------------------

@message("112-apelacion-tarde-sin-telefono.eml")
def _():
    body = """Señores:

Presento recurso de apelación contra la resolución que me fue notificada el 5 de enero de 2027.
Motivo: la resolución no consideró los documentos de la fiscalía.

Nombres y apellidos: Zuleima Beatriz Carrasco Pinto
Pasaporte: 137700452
Correo: zuleima.carrasco@gmail.com

Adjunto el escrito firmado digitalmente.
"""
    pdf = signed(["RECURSO DE APELACIÓN", "Zuleima Beatriz Carrasco Pinto"])
    root = mixed(plain(body), attachment("apelacion.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-02-04 10:00:00", sender="zuleima.carrasco@gmail.com",
                  to=MESA, subject="Recurso de apelación")


# --- 113: reconsideración sent on the Sunday before the last day: filed on the last day, in time ----

@message("113-reconsideracion-domingo-antes-del-limite.eml")
def _():
    body = """Señores:

Interpongo recurso de reconsideración contra la resolución notificada el 4 de enero de 2027.
Motivo: presento el informe psicológico como nueva prueba.

""" + recurso_data("Alirio José Mendoza Urbina", "119338620", "957 110 224", "alirio.mendoza.u@gmail.com") + """
Adjunto el escrito firmado digitalmente.
"""
    pdf = signed(["RECURSO DE RECONSIDERACIÓN", "Alirio José Mendoza Urbina"])
    root = mixed(plain(body), attachment("reconsideracion.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-01-24 20:00:00", sender="alirio.mendoza.u@gmail.com",
                  to=MESA, subject="Reconsideración")


# --- 114: renuncia mentioning a notification date: not a recurso, never late ----------------------

@message("114-renuncia-menciona-notificacion.eml")
def _():
    body = """Señores:

La resolución que admitió mi solicitud me fue notificada el 1 de octubre de 2026. Ahora presento mi renuncia a la solicitud de refugio.
Motivo: regreso a mi país con mi familia.

Nombres y apellidos: Kelvin Ramón Ugas Herrera
Nacionalidad: venezolana
Pasaporte: 128774019
Celular: 968 220 517

Adjunto la carta firmada.
"""
    pdf = signed(["RENUNCIA", "Kelvin Ramón Ugas Herrera"])
    root = mixed(plain(body), attachment("renuncia.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-02-04 11:00:00", sender="kelvin.ugas.h@gmail.com",
                  to=MESA, subject="Renuncia")


# --- 115: apelación to two institutional mailboxes, no Delivered-To: the first one in To -----------

@message("115-apelacion-dos-buzones-en-to.eml")
def _():
    body = """Señores:

Presento recurso de apelación contra la resolución que denegó mi solicitud de refugio.
Motivo: no se valoró el riesgo que corro si regreso.

""" + recurso_data("Deivis Alexander Rangel Tovar", "135221706", "946 880 203", "deivis.rangel.t@gmail.com") + """
Adjunto el escrito firmado digitalmente.
"""
    pdf = signed(["RECURSO DE APELACIÓN", "Deivis Alexander Rangel Tovar"])
    root = mixed(plain(body), attachment("apelacion.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=None, received="2027-02-05 10:00:00", sent="2027-02-05 10:00:00",
                  sender="deivis.rangel.t@gmail.com", to=f"{REFU}, {MESA}", subject="Apelación")


# --- 116: the office only in Cc, no Delivered-To --------------------------------------------------------

@message("116-clave-buzon-en-copia.eml")
def _():
    body = """Hola hermano, te copio lo que mandé para lo de mi clave.

Señores, solicito el cambio de clave de mi usuario.
Nombres y apellidos: Yeferson David Linares Ochoa
Pasaporte: 147330915
Celular: 931 227 640
Correo: yeferson.linares@gmail.com
"""
    return finish(plain(body), mailbox=None, received="2027-02-05 12:00:00", sent="2027-02-05 12:00:00",
                  sender="yeferson.linares@gmail.com", to="hermano.linares@gmail.com", subject="Cambio de clave",
                  extra=[("Cc", SOLI)])


# --- 117: the subject names one procedure, the body mentions another: the subject decides -------------

@message("117-clave-asunto-cuerpo-menciona-otro.eml")
def _():
    body = """Buenos días, no puedo entrar al sistema y necesito una nueva clave. Después les escribiré también para la actualización de datos.

Nombres y apellidos: Glenda Carolina Moreno Vivas
Pasaporte: 125990347
Celular: 921 006 458
Correo: glenda.moreno.v@gmail.com
"""
    return finish(plain(body), mailbox=SOLI, received="2027-02-08 09:00:00", sender="glenda.moreno.v@gmail.com",
                  to=SOLI, subject="Cambio de clave")


# --- 118: Precedence: junk ---------------------------------------------------------------------------------

@message("118-renovacion-precedence-junk.eml")
def _():
    body = "Renueve su residencia en 24 horas con nuestros asesores. Escríbanos hoy.\n"
    return finish(plain(body), mailbox=REFU, received="2027-02-08 07:00:00", sender="asesoria.migratoria@example.com",
                  to=REFU, subject="Renovación de residencia en 24 horas", extra=[("Precedence", "junk")])


# --- 119: from an institutional mailbox written in capitals ------------------------------------------------

@message("119-desde-buzon-institucional-mayusculas.eml")
def _():
    body = "Derivamos el recurso de reconsideración recibido en nuestro buzón para su atención.\n"
    return finish(plain(body), mailbox=REFU, received="2027-02-08 10:00:00",
                  sender="Mesa de Partes <MesaDePartes@RREE.GOB.PE>", to=REFU,
                  subject="Reconsideración - derivación", via="mx2.rree.gob.pe")


# --- 120: apelación, the notification date only in the written document, late ---------------------

@message("120-apelacion-notificacion-solo-en-pdf-tarde.eml")
def _():
    body = """Buenas tardes, adjunto mi recurso de apelación firmado digitalmente.

""" + recurso_data("Nelson Enrique Aponte Silva", "123880164", "918 330 725", "nelson.aponte.s@gmail.com")
    pdf = signed([
        "RECURSO DE APELACIÓN",
        "Nelson Enrique Aponte Silva, pasaporte 123880164, apelo la resolución que me fue",
        "notificado con fecha 02/12/2026.",
        "Motivo: no se valoró la amenaza de muerte que recibí.",
    ])
    root = mixed(plain(body), attachment("apelacion.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-02-09 10:00:00", sender="nelson.aponte.s@gmail.com",
                  to=MESA, subject="Recurso de apelación")


# --- 121: reconsideración, the resolution's date and the later notification date: in time ----------

@message("121-reconsideracion-fecha-resolucion-y-notificacion.eml")
def _():
    body = """Señores:

Interpongo recurso de reconsideración contra la Resolución N° 0450-2026-CEPR de fecha 10/12/2026, que me fue notificada el 20/01/2027.
Motivo: presento como nueva prueba la partida de nacimiento de mi hija.

""" + recurso_data("Carmen Rosa Villegas Toro", "134558201", "947 112 830", "carmenrosa.villegas@gmail.com") + """
Adjunto el escrito firmado digitalmente.
"""
    pdf = signed(["RECURSO DE RECONSIDERACIÓN", "Carmen Rosa Villegas Toro"])
    root = mixed(plain(body), attachment("reconsideracion.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-02-09 11:00:00", sender="carmenrosa.villegas@gmail.com",
                  to=MESA, subject="Recurso de reconsideración")


# --- 122: received 00:30 in Lima, the Received header written in +01:00 --------------------------

@message("122-clave-madrugada-received-en-europa.eml")
def _():
    body = """Buenas noches, olvidé mi contraseña.

Nombres y apellidos: Jesús Alberto Farías Ruiz
Pasaporte: 142006839
Celular: 964 330 118
Correo: jesus.farias.r@gmail.com
"""
    return finish(plain(body), mailbox=SOLI, received="2027-02-09 00:30:00", sender="jesus.farias.r@gmail.com",
                  to=SOLI, subject="Olvidé mi contraseña", received_zone=dt.timezone(dt.timedelta(hours=1)))


# --- round 4: what webmail clients and phones really send -----------------------------------------


def qp_raw(encoded: str, subtype: str = "plain") -> MIMEText:
    """A part whose quoted-printable payload is given as written (soft breaks where a client puts them)."""
    part = MIMEText("", subtype, "utf-8")
    del part["Content-Transfer-Encoding"]
    part.set_payload(encoded.replace("\n", "\r\n"))
    part["Content-Transfer-Encoding"] = "quoted-printable"
    return part


# --- 123: Gmail HTML only, <div dir="ltr"> with <br> ------------------------------------------------

@message("123-clave-gmail-div-ltr-br.eml")
def _():
    markup = """<div dir="ltr">Buenos d&iacute;as,<br><br>Solicito por favor el cambio de clave, no recuerdo la contrase&ntilde;a del sistema.<br><br>Nombres y apellidos: Wuilmer Antonio Sequera Lugo<br>Pasaporte: 139225047<br>Celular: 962 118 304<br>Correo: wuilmer.sequera@gmail.com<br><br>Gracias.<br></div>
"""
    return finish(_html(markup), mailbox=SOLI, received="2027-02-10 09:20:00", sender="Wuilmer S <wuilmer.sequera@gmail.com>",
                  to=SOLI, subject="Cambio de clave")


# --- 124: Outlook HTML only, MsoNormal paragraphs, <o:p>, labels in bold -----------------------------

@message("124-actualizacion-outlook-msonormal.eml")
def _():
    markup = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
--></style></head><body lang="ES-PE"><div class="WordSection1">
<p class="MsoNormal">Se&ntilde;ores:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Solicito la actualizaci&oacute;n de mis datos de contacto, cambi&eacute; de n&uacute;mero de celular.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Nombres y apellidos:</b> Marielis Coromoto Pacheco Ruiz<o:p></o:p></p>
<p class="MsoNormal"><b>Nacionalidad:</b><span style="mso-spacerun:yes">&nbsp; </span>Venezolana<o:p></o:p></p>
<p class="MsoNormal"><b>Pasaporte:</b> 146 002 783<o:p></o:p></p>
<p class="MsoNormal"><b>Nuevo celular:</b> 975&nbsp;330&nbsp;612<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Saludos cordiales,<o:p></o:p></p>
<p class="MsoNormal">Marielis Pacheco<o:p></o:p></p>
</div></body></html>"""
    return finish(_html(markup), mailbox=SOLI, received="2027-02-10 10:05:00", sender="Marielis Pacheco <marielis.pacheco@outlook.com>",
                  to=SOLI, subject="Actualización de datos", via="mail-bn8nam12olkn2034.outbound.protection.outlook.com")


# --- 125: prórroga from a phone, the name just above "Enviado desde mi iPhone" ----------------------

@message("125-prorroga-enviado-desde-iphone.eml")
def _():
    body = """Buenas tardes, soy refugiada reconocida y quiero renovar mi residencia anual.
Sexo: femenino
Nacionalidad: venezolana
Pasaporte: 131447902
Carné de extranjería: 001882305
Fecha de nacimiento: 03/07/1991
Celular: 941 556 209

Yusmary Carolina Bastidas Mora

Enviado desde mi iPhone
"""
    return finish(plain(body), mailbox=REFU, received="2027-02-11 15:10:00", sender="yusmary.bastidas@icloud.com",
                  to=REFU, subject="Renovación de residencia", via="st43p00im-ztdg10061801.me.com")


# --- 126: quoted-printable with soft breaks inside the passport number and the phone ------------------

@message("126-clave-qp-corte-en-numeros.eml")
def _():
    encoded = """Buenos d=C3=ADas, les escribo porque bloquearon mi usuario y necesito una clave=
 nueva. Mis datos son: Nombres y apellidos: Oriana Valentina Guti=C3=A9rrez Pa=
z, pasaporte 1582=
06394, celular 987 44=
1 260, correo oriana.gutierrez.p@gmail.com

Gracias
"""
    return finish(qp_raw(encoded), mailbox=SOLI, received="2027-02-11 11:00:00", sender="oriana.gutierrez.p@gmail.com",
                  to=SOLI, subject="Solicito nueva clave")


# --- 127: the body is only a photo; the subject names the procedure --------------------------------

@message("127-apelacion-solo-foto-y-asunto.eml")
def _():
    root = mixed(alternative("\n", '<div dir="ltr"><br></div>\n'), attachment("IMG_20270212.jpg", jpeg(), "image/jpeg"))
    return finish(root, mailbox=MESA, received="2027-02-12 12:40:00", sender="kleiber.rondon88@gmail.com",
                  to=MESA, subject="Recurso de apelación")


# --- 128: all data on one line separated by commas ---------------------------------------------------

@message("128-actualizacion-una-linea-comas.eml")
def _():
    body = """Buenas, pido actualizar mis datos porque cambie de telefono. Nombre: Luis Alberto Briceño Gómez, nacionalidad venezolana, pasaporte 127 330 918, celular nuevo 913 880 425, correo luisbriceno.g@hotmail.com
"""
    return finish(plain(body), mailbox=SOLI, received="2027-02-15 09:30:00", sender="luisbriceno.g@hotmail.com",
                  to=SOLI, subject="actualizacion de datos", via="mail-dm6nam11olkn2070.outbound.protection.outlook.com")


# --- 129: all data on one line separated by hyphens --------------------------------------------------

@message("129-clave-una-linea-guiones.eml")
def _():
    body = """Solicito cambio de contraseña. Nombre: Ana Karina Suárez León - Pasaporte: 151 447 093 - Celular: 926 330 871 - Correo: anakarina.suarez@gmail.com
"""
    return finish(plain(body), mailbox=SOLI, received="2027-02-15 10:15:00", sender="Ana <anakarina.suarez@gmail.com>",
                  to=SOLI, subject="Cambio de contraseña")


# --- 130: a sister writes for her brother: the applicant's data count ----------------------------------

@message("130-actualizacion-escribe-hermana.eml")
def _():
    body = """Buenos días, escribo en nombre de mi hermano Jhonny Rafael Colmenares Paz, venezolano, pasaporte 144 902 316, quien no tiene correo propio. Él cambió de número y su nuevo celular es 958 214 730. Les pido actualizar sus datos.

Atentamente,
Yolimar Colmenares Paz
"""
    return finish(plain(body), mailbox=SOLI, received="2027-02-16 09:00:00", sender="yolimar.colmenares@gmail.com",
                  to=SOLI, subject="Actualización de datos de mi hermano")


# --- 131: emoji everywhere ---------------------------------------------------------------------------

@message("131-clave-emojis.eml")
def _():
    body = """Hola buenas tardes 👋😊 olvidé mi clave 🔑 y no puedo entrar al sistema 😢

👤 Nombre completo: Dayana Alejandra Rivas Torres
🪪 Pasaporte: 160 338 275
📱 Celular: 945 120 887
📧 Correo: dayana.rivas.t@gmail.com

Muchas gracias 🙏🙏
"""
    return finish(plain(body), mailbox=SOLI, received="2027-02-16 14:00:00", sender="dayana.rivas.t@gmail.com",
                  to=SOLI, subject="Cambio de clave 🔑🙏")


# --- 132: Outlook reply (multipart/alternative) above the office's message ---------------------------

@message("132-reconsideracion-outlook-responde-oficina.eml")
def _():
    text = """Señores, adjunto mi recurso de reconsideración firmado digitalmente, como me indicaron.
Motivo: presento nuevas pruebas de la persecución que sufrí.

""" + recurso_data("Franklin José Marcano Gil", "133708452", "936 002 571", "franklin.marcano.g@outlook.com") + """
________________________________
De: Mesa de Partes <mesadepartes@rree.gob.pe>
Enviado: lunes, 15 de febrero de 2027 10:02
Para: Franklin Marcano <franklin.marcano.g@outlook.com>
Asunto: RE: Recurso de reconsideración

Estimado señor, para tramitar su recurso adjunte el escrito firmado. Teléfono de consultas 01 204 2400.
"""
    markup = """<html><head><style>p.MsoNormal{margin:0cm}</style></head><body><div class="WordSection1">
<p class="MsoNormal">Se&ntilde;ores, adjunto mi recurso de reconsideraci&oacute;n firmado digitalmente, como me indicaron.<o:p></o:p></p>
<p class="MsoNormal">Motivo: presento nuevas pruebas de la persecuci&oacute;n que sufr&iacute;.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Nombres y apellidos: Franklin Jos&eacute; Marcano Gil<o:p></o:p></p>
<p class="MsoNormal">Pasaporte: 133708452<o:p></o:p></p>
<p class="MsoNormal">Celular: 936 002 571<o:p></o:p></p>
<p class="MsoNormal">Correo: franklin.marcano.g@outlook.com<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De:</b> Mesa de Partes &lt;mesadepartes@rree.gob.pe&gt;<br><b>Enviado:</b> lunes, 15 de febrero de 2027 10:02<br><b>Para:</b> Franklin Marcano &lt;franklin.marcano.g@outlook.com&gt;<br><b>Asunto:</b> RE: Recurso de reconsideraci&oacute;n<o:p></o:p></p>
</div>
<p class="MsoNormal">Estimado se&ntilde;or, para tramitar su recurso adjunte el escrito firmado. Tel&eacute;fono de consultas 01 204 2400.<o:p></o:p></p>
</div></body></html>"""
    pdf = signed(["RECURSO DE RECONSIDERACIÓN", "Franklin José Marcano Gil"])
    root = mixed(alternative(text, markup), attachment("reconsideracion_firmada.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=MESA, received="2027-02-17 10:30:00", sender="Franklin Marcano <franklin.marcano.g@outlook.com>",
                  to=MESA, subject="RE: Recurso de reconsideración", via="mail-bn8nam12olkn2034.outbound.protection.outlook.com")


# --- 133: Gmail HTML, one <div> a line, <div><br></div> blank lines, gmail_signature ------------------

@message("133-prorroga-gmail-divs-firma.eml")
def _():
    markup = """<div dir="ltr"><div>Buenos días, solicito la prórroga de mi residencia.</div><div><br></div><div>Sexo: masculino</div><div>Nacionalidad: colombiana</div><div>Cédula: 1.098.776.321</div><div>Carné de extranjería: 002114598</div><div>Fecha de nacimiento: 21 de agosto de 1987</div><div>Celular: 951 002 347</div><div><br></div><div>Atentamente,</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature"><div dir="ltr">Jhon Edison Cardona Restrepo<br></div></div></div>
"""
    text = """Buenos días, solicito la prórroga de mi residencia.

Sexo: masculino
Nacionalidad: colombiana
Cédula: 1.098.776.321
Carné de extranjería: 002114598
Fecha de nacimiento: 21 de agosto de 1987
Celular: 951 002 347

Atentamente,

--
Jhon Edison Cardona Restrepo
"""
    return finish(alternative(text, markup), mailbox=REFU, received="2027-02-17 16:40:00", sender="jhon.cardona.r@gmail.com",
                  to=REFU, subject="Prórroga de residencia")


# --- 134: quoted-printable with a soft break inside a label and inside the e-mail address ------------

@message("134-clave-qp-corte-en-etiqueta-y-correo.eml")
def _():
    encoded = """Se=C3=B1ores, solicito el cambio de clave de mi cuenta del sistema de refugio, ya q=
ue no puedo ingresar.

Nombres y apellidos: Henry Alexander Zambrano Pe=C3=B1a
Pasa=
porte: 129004516
Tel=C3=A9f=
ono: 974 603 118
Correo: henry.zambrano=
.p@gmail.com
"""
    return finish(qp_raw(encoded), mailbox=SOLI, received="2027-02-18 09:45:00", sender="henry.zambrano.p@gmail.com",
                  to=SOLI, subject="Cambio de clave")


# --- 135: name above "Enviado desde Yahoo Mail para Android" -----------------------------------------

@message("135-clave-yahoo-android.eml")
def _():
    body = """Buenas noches necesito cambiar mi clave porque no me llega el correo de recuperación
Pasaporte 148 220 367
Telf 917 443 520

Rosa Elena Quispe Marcano

Enviado desde Yahoo Mail para Android
"""
    return finish(plain(body), mailbox=SOLI, received="2027-02-18 21:10:00", sender="rosaelena.qm@yahoo.com",
                  to=SOLI, subject="clave", via="sonic310-20.consmr.mail.bf2.yahoo.com")


# --- 136: duplicado de CE, every datum on one line between hyphens, police report attached ------------

@message("136-duplicado-ce-una-linea-guiones-denuncia.eml")
def _():
    body = """Señores, perdí mi carné de extranjería y solicito el duplicado. Mis datos: Wilfredo Antonio Salas Ochoa - sexo masculino - nacionalidad venezolana - pasaporte 118 336 402 - carné de extranjería 001447209 - fecha de nacimiento 14/11/1984 - celular 963 201 558. Adjunto la denuncia policial.
"""
    pdf = pdfkit.text_pdf(["DENUNCIA POLICIAL", "Comisaría de San Juan de Lurigancho",
                           "Denunciante: Wilfredo Antonio Salas Ochoa", "Pérdida de carné de extranjería"])
    root = mixed(plain(body), attachment("denuncia.pdf", pdf, "application/pdf"))
    return finish(root, mailbox=REFU, received="2027-02-19 11:30:00", sender="wilfredo.salas.o@gmail.com",
                  to=REFU, subject="Duplicado de carné de extranjería")


# --- 137: Apple Mail HTML (<div dir="auto">), emoji, photo of the signed letter ---------------------

@message("137-viaje-iphone-html-emoji-foto.eml")
def _():
    markup = """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Buenos días 🙏 solicito autorización de viaje urgente.</div><div dir="ltr"><br></div><div dir="ltr">Nombres y apellidos: Roxana Isabel Mijares Vera</div><div dir="ltr">Carné de extranjería: 002330871</div><div dir="ltr">Celular: 944 318 620</div><div dir="ltr">Destino: Bogotá, Colombia ✈️</div><div dir="ltr">Fecha de salida: 05/03/2027</div><div dir="ltr">Fecha de retorno: 20/03/2027</div><div dir="ltr">Motivo: mi papá tiene una operación del corazón 💔</div><div dir="ltr"><br></div><div dir="ltr">Adjunto foto de la solicitud firmada.</div><div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Enviado desde mi iPhone</div></div></body></html>"""
    root = mixed(_html(markup), attachment("IMG_4471.jpeg", jpeg(), "image/jpeg"))
    return finish(root, mailbox=REFU, received="2027-02-22 08:50:00", sender="roxana.mijares@icloud.com",
                  to=REFU, subject="Permiso de viaje", via="st43p00im-ztdg10061801.me.com")


def main() -> None:
    for name, build in sorted(MESSAGES.items()):
        random.seed(name)  # MIME boundaries: the same on every run
        (HERE / name).write_bytes(build())
    print(f"wrote {len(MESSAGES)} messages to {HERE}")


if __name__ == "__main__":
    main()
