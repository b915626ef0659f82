#!/usr/bin/env python3
"""Writes the round22 .eml files and labels.jsonl.

Run with /work/rounds/.venv-r22/bin/python build.py
Emphasis: mail written by third parties (lawyers, clinics, NGOs, relatives,
friends), forwarded chains and replies quoting the office, HTML-only mail with
tables, phone footers, QP / base64 / Latin-1, data only in PDF attachments,
long letters with headings, and English / Portuguese / French / Creole writers.
"""
import io, json, logging, sys, datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.generator import BytesGenerator
from email.utils import format_datetime, formataddr
import email

import holidays
import phonenumbers

logging.disable(logging.CRITICAL)
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pdfkit22 import (text_pdf, logo_png, handwritten_jpeg, image_pdf, sign_pdf,
                      sig_intact, alter, pdf_text, pdf_has_image)

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 11, 2), dt.date(2026, 12, 7), dt.date(2026, 12, 31)}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])

MP = "mesadepartes@rree.gob.pe"
SR = "solicitantesrefugio@rree.gob.pe"
RF = "refugiados@rree.gob.pe"

REQ = {
    "solicitud_refugio": [], "autorizacion_trabajo": [], "entrevista_registro": [],
    "carne_solicitante": [],
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"],
}
HOME = {"carne_solicitante": SR, "actualizacion_datos": SR, "cambio_clave": SR,
        "reconsideracion": MP, "apelacion": MP, "renuncia": MP,
        "prorroga_residencia": RF, "duplicado_carne_extranjeria": RF, "autorizacion_viaje": RF}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}


# ---------------------------------------------------------------- calendar
def is_bd(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NON_WORKING


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_bd(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


# ---------------------------------------------------------------- normalisers
def tel(raw, region="PE"):
    n = phonenumbers.parse(raw, region)
    assert phonenumbers.is_possible_number(n), raw
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def doc(raw):
    return "".join(c for c in raw.upper() if c.isalnum())


def digits(raw):
    return "".join(c for c in raw if c.isdigit())


# ---------------------------------------------------------------- mail helpers
def txt(body, subtype="plain", charset="utf-8", enc="qp"):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[enc]
    return MIMEText(body, subtype, cs)


def addr(name, a, charset="utf-8"):
    return formataddr((name, a), charset=charset) if name else a


def subj(s, charset="utf-8", b64=False):
    if all(ord(c) < 128 for c in s):
        return s
    if b64:
        import base64
        return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="
    return Header(s, charset)


def pdf_part(data, name):
    p = MIMEApplication(data, "pdf")
    if all(ord(c) < 128 for c in name):
        p.add_header("Content-Disposition", "attachment", filename=name)
    else:
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    return p


def jpg_part(data, name):
    p = MIMEImage(data, "jpeg")
    p.add_header("Content-Disposition", "attachment", filename=name)
    return p


def mixed(*parts):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    return m


def alt(plain, html):
    m = MIMEMultipart("alternative")
    m.attach(plain)
    m.attach(html)
    return m


RELAYS = [
    ("mail-ej1-f41.google.com", "209.85.218.41", "ESMTPS"),
    ("mail-pf1-f177.google.com", "209.85.210.177", "ESMTPS"),
    ("EUR05-VI1-obe.outbound.protection.outlook.com", "40.107.21.84", "ESMTPS"),
    ("sonic312-21.consmr.mail.bf2.yahoo.com", "74.6.134.83", "ESMTPS"),
    ("smtp.consultoriosmp.org.pe", "190.81.40.17", "ESMTP"),
]


def finish(msg, *, frm, to, subject, date, received, mailbox, mid, relay=0, cc=None,
           delivered=True, extra=(), recv_utc=False, second_hop=True):
    """Put the envelope/transport headers on top of msg, content headers after."""
    content = list(msg._headers)
    msg._headers = []
    rdt = dt.datetime.fromisoformat(received).replace(tzinfo=LIMA)
    shown = rdt.astimezone(dt.timezone.utc) if recv_utc else rdt
    host, ip, proto = RELAYS[relay % len(RELAYS)]
    msg["Received"] = (f"from mx1.rree.gob.pe (mx1.rree.gob.pe [10.20.4.11])\n\tby buzon.rree.gob.pe "
                       f"(Dovecot) with LMTP id q8Z{mid[:6]}\n\tfor <{mailbox}>; {format_datetime(shown)}")
    if second_hop:
        earlier = shown - dt.timedelta(seconds=3)
        msg["Received"] = (f"from {host} ({host} [{ip}])\n\tby mx1.rree.gob.pe (Postfix) with {proto} id "
                           f"4Bx{mid[:8]}\n\tfor <{mailbox}>; {format_datetime(earlier)}")
    if delivered:
        msg["Delivered-To"] = mailbox
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{mid}>"
    for k, v in extra:
        msg[k] = v
    msg._headers += content
    return msg


def when(s, tz="-05:00"):
    """Date header value from 'YYYY-MM-DD HH:MM:SS' in the given offset."""
    d = dt.datetime.fromisoformat(s + tz)
    return format_datetime(d)


MESSAGES = []


def add(file, msg, *, mailbox, received, procedure, fields, sig="not_required",
        refugee=False, denuncia=False, notified=None, machine=False, expect=None):
    MESSAGES.append(dict(file=file, msg=msg, mailbox=mailbox, received=received,
                         procedure=procedure, fields=fields, sig=sig, refugee=refugee,
                         denuncia=denuncia, notified=notified, machine=machine, expect=expect))


# =====================================================================
# 001 Apelación by a lawyer of a legal aid office, Outlook text+html,
#     long letter with headings and numbered fundamentos, signed PDF.
# =====================================================================
def m001():
    a_tel, a_doc = "951 234 876", "V-19.874.332"
    body = f"""Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores
Presente.-

SUMILLA: Interpone recurso de apelación.

PATRICIA ELENA VILCA HUAMÁN, abogada con registro CAL N° 48213, en representación de doña MARIELA ALEJANDRA RONDÓN CASTILLO, de nacionalidad venezolana, identificada con cédula de identidad {a_doc}, con domicilio en Jr. Huáscar 1432, Jesús María, Lima, teléfono de contacto de la recurrente {a_tel} y correo electrónico de la recurrente mariela.rondon.c@gmail.com, ante ustedes respetuosamente decimos:

I. PETITORIO

Que, dentro del plazo de ley, interponemos RECURSO DE APELACIÓN contra la Resolución N° 0412-2026-CEPR/SE, notificada el 28 de septiembre de 2026, que confirma la denegatoria de la solicitud de refugio de nuestra patrocinada, a fin de que el superior jerárquico la revoque y le reconozca la condición de refugiada.

II. FUNDAMENTOS DE HECHO

1. La recurrente trabajó como coordinadora de un comedor comunitario en el municipio Sucre (Estado Miranda) y fue amenazada por integrantes de un colectivo armado por negarse a entregar las listas de beneficiarios.
2. En marzo de 2025 su vivienda fue allanada sin orden judicial; se adjuntó a la solicitud la constancia emitida por una organización de derechos humanos.
3. La resolución apelada no valoró esas pruebas ni la información de país de origen, y se limita a afirmar que la recurrente "no acreditó un temor fundado".
4. Tampoco se consideró que su hermano menor fue detenido en agosto de 2025 por los mismos hechos.

III. FUNDAMENTOS DE DERECHO

1. Artículos 218 y 220 del Texto Único Ordenado de la Ley N° 27444, Ley del Procedimiento Administrativo General.
2. Artículo 3 de la Ley N° 27891, Ley del Refugiado, y la definición ampliada de la Declaración de Cartagena de 1984.
3. Principio de no devolución (artículo 33 de la Convención de 1951).

IV. ANEXOS

1-A  Recurso de apelación firmado digitalmente por la recurrente (PDF).

POR TANTO:
Solicitamos a ustedes conceder el recurso y elevar los actuados.

Lima, 5 de octubre de 2026.

Atentamente,

Dra. Patricia Elena Vilca Huamán
Abogada - CAL N° 48213 - DNI 41236587
Consultorio Jurídico Gratuito "San Martín de Porres"
Av. Bolivia 1020, of. 304, Breña - Lima
Tel. (01) 330-4455 | pvilca@consultoriosmp.org.pe
"""
    html = "<html><body style='font-family:Calibri'>" + "".join(
        f"<p class=MsoNormal>{ln or '&nbsp;'}</p>" for ln in body.split("\n")) + "</body></html>"
    pdf = text_pdf([
        "Senores de la Comision Especial para los Refugiados:",
        "",
        f"Yo, MARIELA ALEJANDRA RONDON CASTILLO, de nacionalidad venezolana, cedula de identidad {a_doc}, "
        f"telefono {a_tel}, correo mariela.rondon.c@gmail.com, interpongo recurso de apelacion contra la "
        "Resolucion N. 0412-2026-CEPR/SE, notificada el 28 de septiembre de 2026.",
        "",
        "Motivo: la resolucion no valoro las amenazas del colectivo armado ni el allanamiento de mi vivienda, "
        "ni la detencion de mi hermano, hechos que acreditan un temor fundado de persecucion.",
        "",
        "Lima, 5 de octubre de 2026",
    ], title="RECURSO DE APELACION")
    pdf = sign_pdf(pdf, "Mariela Alejandra Rondon Castillo", "mariela.rondon.c@gmail.com")
    assert sig_intact(pdf) is True
    msg = mixed(alt(txt(body), txt(html, "html")), pdf_part(pdf, "Recurso_Apelacion_MRondon_firmado.pdf"))
    finish(msg, frm=addr("Patricia Vilca Huamán", "pvilca@consultoriosmp.org.pe"),
           to=MP, cc="mariela.rondon.c@gmail.com",
           subject=subj("Recurso de Apelación - Mariela Alejandra Rondón Castillo"),
           date=when("2026-10-05 10:11:48"), received="2026-10-05 10:12:33", mailbox=MP,
           mid="a1f0c2e9b7.consultoriosmp@smtp.consultoriosmp.org.pe", relay=4)
    add("001-apelacion-abogada-consultorio-firmado.eml", msg, mailbox=MP, received="2026-10-05 10:12:33",
        procedure="apelacion", sig="valid", notified="2026-09-28",
        fields={"nombres": "Mariela Alejandra Rondón Castillo", "nacionalidad": "VE",
                "documento_identidad": doc(a_doc), "telefono": tel(a_tel),
                "correo": "mariela.rondon.c@gmail.com",
                "motivo": "la resolución apelada no valoró las amenazas del colectivo armado, el allanamiento ni la detención de su hermano"},
        expect=("cargo", []))


# =====================================================================
# 002 Reconsideración sent by an NGO, HTML only with a table, JPG scan
# =====================================================================
def m002():
    html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial,sans-serif;font-size:13px">
<p>Buenos días, estimados señores de Mesa de Partes:</p>
<p>Desde la <b>Asociación Civil Caminos de Acogida</b> acompañamos al señor Jhon Fredy Ospina Cárdenas,
quien nos pidió apoyo para enviar su <b>recurso de reconsideración</b> contra la resolución que denegó su solicitud.
Adjuntamos la foto del escrito que él firmó a mano en nuestra oficina. Sus datos:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td style="background:#e8eef7"><b>Nombres y apellidos</b></td><td>Jhon Fredy Ospina Cárdenas</td></tr>
<tr><td style="background:#e8eef7"><b>Nacionalidad</b></td><td>Colombiana</td></tr>
<tr><td style="background:#e8eef7"><b>Documento</b></td><td>C.C. 1.094.887.213</td></tr>
<tr><td style="background:#e8eef7"><b>Celular del solicitante</b></td><td>928 447 109</td></tr>
<tr><td style="background:#e8eef7"><b>Correo del solicitante</b></td><td>jfospina.88@hotmail.com</td></tr>
<tr><td style="background:#e8eef7"><b>Motivo</b></td><td>La resolución no tomó en cuenta las amenazas del grupo armado que opera en Tuluá (Valle del Cauca);
presenta como nueva prueba la constancia de la Fiscalía sobre el atentado contra su vivienda.</td></tr>
</table>
<p>Quedamos atentas a la constancia de recepción.</p>
<p>Saludos cordiales,</p>
<p style="color:#555">--<br><b>Rosa Mendieta Quispe</b><br>Trabajadora Social | Área de Protección<br>
Asociación Civil Caminos de Acogida<br>Jr. Cusco 655, Cercado de Lima<br>
Central: (01) 715-2290 anexo 12 | WhatsApp institucional: 945 100 220<br>
<a href="mailto:rmendieta@caminosdeacogida.org">rmendieta@caminosdeacogida.org</a></p>
</div></body></html>"""
    jpg = handwritten_jpeg([
        "Lima, 8 de octubre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "RECURSO DE RECONSIDERACIÓN",
        "Yo Jhon Fredy Ospina Cárdenas, C.C. 1.094.887.213,",
        "pido que reconsideren la resolución que me negó",
        "el refugio porque no tomaron en cuenta las amenazas",
        "del grupo armado en Tuluá. Adjunto la constancia",
        "de la Fiscalía como prueba nueva.",
        "Cel 928 447 109  -  jfospina.88@hotmail.com",
        "Atentamente,",
    ], seed=2, signer="Jhon F. Ospina C.")
    msg = mixed(txt(html, "html", enc="qp"), jpg_part(jpg, "reconsideracion_JFOspina.jpg"))
    finish(msg, frm=addr("Rosa Mendieta - Caminos de Acogida", "rmendieta@caminosdeacogida.org"),
           to=MP, subject="Recurso de reconsideracion - Sr. Jhon Fredy Ospina",
           date=when("2026-10-09 11:04:10"), received="2026-10-09 11:05:02", mailbox=MP,
           mid="CAMINOS-20261009-110410-77@caminosdeacogida.org", relay=1)
    add("002-reconsideracion-ong-html-tabla-foto.eml", msg, mailbox=MP, received="2026-10-09 11:05:02",
        procedure="reconsideracion", sig="manuscrita",
        fields={"nombres": "Jhon Fredy Ospina Cárdenas", "nacionalidad": "CO",
                "documento_identidad": "1094887213", "telefono": tel("928 447 109"),
                "correo": "jfospina.88@hotmail.com",
                "motivo": "La resolución no tomó en cuenta las amenazas del grupo armado que opera en Tuluá"},
        expect=("cargo", ["verificar_firma"]))


# =====================================================================
# 003 Renuncia: daughter forwards her father's message, scanned PDF
# =====================================================================
def m003():
    body = """Buenas tardes, les reenvío el correo de mi papá Rolando Quesada Ferrer, él me pidió que lo mandara porque en su teléfono no le abre el correo. Va adjunto el documento firmado por él (escaneado).
Cualquier cosa mi cel es 987 001 245.

Yanelis

---------- Forwarded message ---------
De: Rolando Quesada <rolandoqf57@yahoo.com>
Date: lun, 12 oct 2026 a las 21:14
Subject: Renuncia
To: Yanelis Quesada <yanelisqp@gmail.com>


Señores de la Comisión Especial para los Refugiados:

Yo, Rolando Quesada Ferrer, ciudadano cubano, carnet de identidad 57031408265, refugiado reconocido con carné de extranjería N° 000412398, por medio de la presente les comunico mi decisión de renunciar a la condición de refugiado.

El motivo es que regreso a Cuba para cuidar a mi madre, que está muy enferma, y ya no puedo estar lejos de ella.

Mi teléfono: 963 214 587
Mi correo: rolandoqf57@yahoo.com

Gracias por todo lo que hicieron por mí y mi familia.
Rolando
"""
    scan = image_pdf(handwritten_jpeg([
        "Lima, 12 de octubre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "RENUNCIA",
        "Yo, Rolando Quesada Ferrer, cubano, C.I. 57031408265,",
        "carné de extranjería 000412398, renuncio a la condición",
        "de refugiado porque regreso a Cuba a cuidar a mi madre.",
        "Teléfono 963 214 587",
    ], seed=3, signer="Rolando Quesada F."))
    assert pdf_text(scan).strip() == ""
    msg = mixed(txt(body, enc="qp"), pdf_part(scan, "renuncia firmada papi.pdf"))
    finish(msg, frm=addr("Yanelis Quesada", "yanelisqp@gmail.com"), to=MP,
           subject="Fwd: Renuncia", date=when("2026-10-13 17:04:51"),
           received="2026-10-13 17:05:20", mailbox=MP, recv_utc=True,
           mid="CAK7rT0n=Y9pQ2@mail.gmail.com", relay=0)
    add("003-renuncia-hija-reenvia-escaneo.eml", msg, mailbox=MP, received="2026-10-13 17:05:20",
        procedure="renuncia", sig="manuscrita", refugee=True,
        fields={"nombres": "Rolando Quesada Ferrer", "nacionalidad": "CU",
                "documento_identidad": "57031408265", "carne_extranjeria": "000412398",
                "telefono": tel("963 214 587"), "correo": "rolandoqf57@yahoo.com",
                "motivo": "regreso a Cuba para cuidar a mi madre, que está muy enferma"},
        expect=("acuse", ["verificar_firma"]))


# =====================================================================
# 004 Prórroga de residencia, short, from iPhone, Saturday
# =====================================================================
def m004():
    body = """Buenas dias, solicito la prorroga de mi residencia como refugiada reconocida.

Nombre: Genesis Carolina Briceño Mora
Sexo: femenino
Nacionalidad: venezolana
Pasaporte: 154789632
Carnet de extranjeria: 001175634
Fecha de nac: 22/08/1993
Telf: 944120387

Gracias de antemano

Enviado desde mi iPhone"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Genesis Briceño", "genesisbricenom@icloud.com"), to=RF,
           subject=subj("Prórroga de residencia anual"), date=when("2026-10-17 08:19:40"),
           received="2026-10-17 08:20:05", mailbox=RF, mid="6C1B8F0A-55E2-4B7E-9D1E-2F7A@icloud.com",
           extra=[("X-Mailer", "iPhone Mail (21H16)")])
    add("004-prorroga-iphone-sabado.eml", msg, mailbox=RF, received="2026-10-17 08:20:05",
        procedure="prorroga_residencia",
        fields={"nombres": "Genesis Carolina Briceño Mora", "sexo": "F", "nacionalidad": "VE",
                "documento_identidad": "154789632", "carne_extranjeria": "001175634",
                "fecha_nacimiento": "1993-08-22", "telefono": tel("944120387"),
                "correo": "genesisbricenom@icloud.com"},
        expect=("acuse", []))


# =====================================================================
# 005 Prórroga in Portuguese, Angolan refugee, lacks sexo and fecha_nac
# =====================================================================
def m005():
    body = """Bom dia senhores,

Eu, Manuel Kiala Nzinga, de nacionalidade angolana, refugiado reconhecido no Peru, venho por meio deste solicitar a prórroga (renovação anual) da minha residência.

Meus dados:
Passaporte: N0456789
Carné de extranjería: 000998812
Telefone / WhatsApp: +51 912 345 670

Desculpem o meu espanhol, ainda estou aprendendo, por isso escrevo em português.
Fico à disposição.

Atenciosamente,
Manuel K. Nzinga
"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Manuel Nzinga", "manuelkiala.nz@gmail.com"), to=RF,
           subject="Prorroga de residencia - Manuel Kiala", date=when("2026-10-21 14:09:12"),
           received="2026-10-21 14:10:00", mailbox=RF, mid="CAF9x=kQm81@mail.gmail.com")
    add("005-prorroga-portugues-falta-sexo-nacimiento.eml", msg, mailbox=RF, received="2026-10-21 14:10:00",
        procedure="prorroga_residencia",
        fields={"nombres": "Manuel Kiala Nzinga", "nacionalidad": "AO", "documento_identidad": "N0456789",
                "carne_extranjeria": "000998812", "telefono": tel("+51 912 345 670"),
                "correo": "manuelkiala.nz@gmail.com"},
        expect=("subsanar", []))


# =====================================================================
# 006 Actualización de datos, Latin-1 quoted-printable, applicant
# =====================================================================
def m006():
    body = """Señores Comisión Especial para los Refugiados

Me dirijo a ustedes para solicitar la actualización de mis datos de contacto, ya que cambié de domicilio y de número.

Nombres y apellidos: José Gregorio Peña Álvarez
Nacionalidad: venezolano
Cédula: V-14.556.908
Teléfono nuevo: 976-554-321
Dirección nueva: Calle Los Ficus 218, San Juan de Lurigancho
Correo: el mismo, jgpena.alvarez@hotmail.com

Soy solicitante de refugio, mi expediente sigue en trámite.

Atte.
José Gregorio Peña
"""
    msg = txt(body, charset="iso-8859-1", enc="qp")
    finish(msg, frm=addr("José Gregorio Peña", "jgpena.alvarez@hotmail.com", "iso-8859-1"), to=SR,
           subject=subj("Actualización de datos", "iso-8859-1"), date=when("2026-10-22 09:02:31"),
           received="2026-10-22 09:03:10", mailbox=SR, relay=2,
           mid="PH0PR11MB4981C3D2A1@PH0PR11MB4981.namprd11.prod.outlook.com")
    add("006-actualizacion-latin1-qp.eml", msg, mailbox=SR, received="2026-10-22 09:03:10",
        procedure="actualizacion_datos",
        fields={"nombres": "José Gregorio Peña Álvarez", "nacionalidad": "VE",
                "documento_identidad": "V14556908", "telefono": tel("976-554-321"),
                "correo": "jgpena.alvarez@hotmail.com"},
        expect=("acuse", []))


# =====================================================================
# 007 Actualización in French, written by a friend, refugee without CE
# =====================================================================
def m007():
    body = """Bonjour Madame, Monsieur,

Je vous écris au nom de mon ami M. Jean-Robert Pierre-Louis, de nationalité haïtienne, réfugié reconnu au Pérou, qui ne parle pas bien l'espagnol et n'a pas d'adresse e-mail. Il souhaite mettre à jour ses coordonnées (actualización de datos) :

- Nom complet : Jean-Robert Pierre-Louis
- Nationalité : haïtienne
- Passeport n° : PA3348721
- Nouveau numéro de téléphone : +51 955 781 230
- Nouvelle adresse : Av. Túpac Amaru 3350, Comas, Lima

Il a perdu la photocopie de son carné de extranjería et ne se souvient pas du numéro ; il vous l'enverra dès qu'il le retrouvera.

Vous pouvez répondre à cette adresse e-mail (la mienne).

Cordialement,
Marie-Claude Étienne
Tél. +51 943 210 998
"""
    msg = txt(body, charset="windows-1252", enc="qp")
    finish(msg, frm=addr("Marie-Claude Étienne", "mcetienne@outlook.fr", "iso-8859-1"), to=SR,
           subject="Actualizacion de datos - Jean-Robert Pierre-Louis", date=when("2026-11-04 03:46:58", "+00:00"),
           received="2026-11-03 22:47:30", mailbox=SR, relay=2,
           mid="AM9P195MB1420F1@AM9P195MB1420.EURP195.PROD.OUTLOOK.COM")
    add("007-actualizacion-frances-amiga-refugiado-sin-ce.eml", msg, mailbox=SR, received="2026-11-03 22:47:30",
        procedure="actualizacion_datos", refugee=True,
        fields={"nombres": "Jean-Robert Pierre-Louis", "nacionalidad": "HT", "documento_identidad": "PA3348721",
                "telefono": tel("+51 955 781 230"), "correo": "mcetienne@outlook.fr"},
        expect=("subsanar", []))


# =====================================================================
# 008 Cambio de clave, Gmail HTML only with a table
# =====================================================================
def m008():
    html = """<div dir="ltr"><div>Buenos días, no puedo ingresar al sistema de refugiados, olvidé mi contraseña y el sistema no me deja recuperarla. Solicito por favor el cambio de clave y contraseña.</div><div><br></div>
<table style="border-collapse:collapse;font-family:arial"><tbody>
<tr><td style="border:1px solid #ccc;padding:4px">Nombres y apellidos</td><td style="border:1px solid #ccc;padding:4px">Luisa Fernanda Carrillo Quintero</td></tr>
<tr><td style="border:1px solid #ccc;padding:4px">Nacionalidad</td><td style="border:1px solid #ccc;padding:4px">Colombiana</td></tr>
<tr><td style="border:1px solid #ccc;padding:4px">N° de pasaporte</td><td style="border:1px solid #ccc;padding:4px">AW512874</td></tr>
<tr><td style="border:1px solid #ccc;padding:4px">Celular</td><td style="border:1px solid #ccc;padding:4px">+51 933 876 412</td></tr>
<tr><td style="border:1px solid #ccc;padding:4px">Correo electrónico</td><td style="border:1px solid #ccc;padding:4px"><a href="mailto:luisafcarrillo@gmail.com">luisafcarrillo@gmail.com</a></td></tr>
</tbody></table><div><br></div><div>Mil gracias</div><div>Luisa</div></div>
"""
    msg = txt(html, "html", enc="qp")
    finish(msg, frm=addr("Luisa Carrillo", "luisafcarrillo@gmail.com"), to=SR,
           subject=subj("Cambio de clave y contraseña", b64=True), date=when("2026-11-04 11:29:40"),
           received="2026-11-04 11:30:02", mailbox=SR, mid="CAHx7pL2rW4=@mail.gmail.com")
    add("008-cambio-clave-gmail-html-tabla.eml", msg, mailbox=SR, received="2026-11-04 11:30:02",
        procedure="cambio_clave",
        fields={"nombres": "Luisa Fernanda Carrillo Quintero", "nacionalidad": "CO",
                "documento_identidad": "AW512874", "telefono": tel("+51 933 876 412"),
                "correo": "luisafcarrillo@gmail.com"},
        expect=("acuse", []))


# =====================================================================
# 009 Cambio de contraseña sent to refugiados@ (derivado), no document
# =====================================================================
def m009():
    body = """hola buenas, necesito que me cambien la contraseña del sistema de refugio porque no me llega el correo de recuperacion. mi nombre es Carlos Eduardo Mijares Pinto, mi numero 925664018 y mi correo c.mijares.p@hotmail.com

gracias

Obtener Outlook para Android"""
    msg = txt(body, charset="us-ascii" if all(ord(c) < 128 for c in body) else "utf-8", enc="qp")
    finish(msg, frm=addr("Carlos Mijares", "c.mijares.p@hotmail.com"), to=RF,
           subject=subj("cambio de contraseña"), date=when("2026-11-02 09:59:31"),
           received="2026-11-02 10:00:04", mailbox=RF, relay=2,
           mid="DM6PR04MB6571A8@DM6PR04MB6571.namprd04.prod.outlook.com")
    add("009-cambio-clave-derivado-sin-documento.eml", msg, mailbox=RF, received="2026-11-02 10:00:04",
        procedure="cambio_clave",
        fields={"nombres": "Carlos Eduardo Mijares Pinto", "telefono": tel("925664018"),
                "correo": "c.mijares.p@hotmail.com"},
        expect=("subsanar", ["derivado"]))


# =====================================================================
# 010 Reconsideración, late (notified 02/10/2026), signed PDF
# =====================================================================
def m010():
    body = """Buenos días,

Adjunto mi recurso de reconsideración firmado digitalmente. La resolución me fue notificada el 2 de octubre de 2026; sé que ya pasó el plazo, pero recién ahora conseguí la nueva prueba (la constancia de la Fiscalía de Manta).

Bryan Cedeño
"""
    pdf = text_pdf([
        "Senores Secretaria Ejecutiva de la Comision Especial para los Refugiados",
        "",
        "Yo, Bryan Stalin Cedeno Macias, de nacionalidad ecuatoriana, con cedula de ciudadania N. 1312457896, "
        "telefono +51 990 112 457, correo electronico bcedeno.m@gmail.com, interpongo RECURSO DE RECONSIDERACION "
        "contra la Resolucion N. 0388-2026-CEPR/SE, notificado con fecha 02/10/2026.",
        "",
        "MOTIVO: presento nueva prueba, la constancia de la Fiscalia de Manta sobre las extorsiones y amenazas de "
        "muerte que recibi de la banda que controla el puerto, que no pude obtener antes.",
        "",
        "Lima, 9 de noviembre de 2026",
    ], title="RECURSO DE RECONSIDERACION")
    pdf = sign_pdf(pdf, "Bryan Stalin Cedeno Macias", "bcedeno.m@gmail.com")
    assert sig_intact(pdf) is True
    msg = mixed(txt(body), pdf_part(pdf, "reconsideracion_bryan_cedeno.pdf"))
    finish(msg, frm=addr("Bryan Cedeño", "bcedeno.m@gmail.com"), to=MP,
           subject="RECURSO DE RECONSIDERACION", date=when("2026-11-10 10:39:55"),
           received="2026-11-10 10:40:20", mailbox=MP, mid="CAE2n8wX=p0Q@mail.gmail.com")
    add("010-reconsideracion-extemporanea-firmada.eml", msg, mailbox=MP, received="2026-11-10 10:40:20",
        procedure="reconsideracion", sig="valid", notified="2026-10-02",
        fields={"nombres": "Bryan Stalin Cedeno Macias", "nacionalidad": "EC",
                "documento_identidad": "1312457896", "telefono": tel("+51 990 112 457"),
                "correo": "bcedeno.m@gmail.com",
                "motivo": "presento nueva prueba, la constancia de la Fiscalía de Manta sobre las extorsiones y amenazas"},
        expect=("cargo", ["extemporaneo"]))


# =====================================================================
# 011 Apelación sent in English by an NGO, signed PDF altered (invalid)
# =====================================================================
def m011():
    body = """Dear Sir or Madam,

On behalf of our client, Ms. Yusmary del Valle Hernández Suárez, a Venezuelan national (passport no. 117734529), please find attached her appeal (Recurso de Apelación) against the decision of the Commission denying her refugee status.

Grounds, in short: the decision ignored the country-of-origin information showing that community nurses who reported shortages in public hospitals were harassed and detained, which is exactly what happened to her in Barquisimeto in 2024. The full grounds are set out in the attached document, which she signed electronically.

Her contact details for notifications:
   Phone / WhatsApp: +51 962 331 078
   E-mail: yusmaryhdz@gmail.com

Kind regards,

Sarah O'Connell
Legal Officer | Andean Refugee Legal Aid Project (ARLAP)
Calle Schell 319, Miraflores, Lima
+51 1 612 4400 | s.oconnell@arlap.org
"""
    pdf = text_pdf([
        "Senores Comision Especial para los Refugiados:",
        "",
        "Yo, Yusmary del Valle Hernandez Suarez, venezolana, pasaporte N. 117734529, telefono +51 962 331 078, "
        "correo yusmaryhdz@gmail.com, interpongo recurso de apelacion contra la resolucion que confirmo la "
        "denegatoria de mi solicitud de refugio.",
        "",
        "Motivo: no se valoro la informacion de pais de origen sobre el hostigamiento y detencion de enfermeras "
        "comunitarias que denunciaron la falta de insumos, como me ocurrio en Barquisimeto en 2024.",
        "",
        "Por lo expuesto solicito se declare FUNDADO el presente recurso.",
        "",
        "Lima, 12 de noviembre de 2026",
    ], title="RECURSO DE APELACION", compress=False)
    signed = sign_pdf(pdf, "Yusmary del Valle Hernandez Suarez", "yusmaryhdz@gmail.com")
    bad = alter(signed, b"FUNDADO", b"FUNDADA")
    assert sig_intact(bad) is False
    msg = mixed(txt(body, enc="qp"), pdf_part(bad, "Appeal_YHernandez_signed.pdf"))
    finish(msg, frm=addr("Sarah O'Connell", "s.oconnell@arlap.org"), to=MP,
           subject=subj("Recurso de Apelación – Yusmary del Valle Hernández Suárez (appeal)"),
           date=when("2026-11-12 16:44:30"), received="2026-11-12 16:45:11", mailbox=MP, relay=2,
           mid="BY5PR17MB3905E2@BY5PR17MB3905.namprd17.prod.outlook.com")
    add("011-apelacion-ong-ingles-pdf-alterado.eml", msg, mailbox=MP, received="2026-11-12 16:45:11",
        procedure="apelacion", sig="invalid",
        fields={"nombres": "Yusmary del Valle Hernández Suárez", "nacionalidad": "VE",
                "documento_identidad": "117734529", "telefono": tel("+51 962 331 078"),
                "correo": "yusmaryhdz@gmail.com",
                "motivo": "the decision ignored the country-of-origin information showing that community nurses were harassed and detained"},
        expect=("subsanar", []))


# =====================================================================
# 012 Autorización de viaje: data only in a signed PDF
# =====================================================================
def m012():
    body = "Buenos días, adjunto mi solicitud de autorización de viaje firmada.\nSaludos.\n"
    pdf = text_pdf([
        "Senores Comision Especial para los Refugiados",
        "",
        "Yo, Ana Karina Velásquez Ortega, refugiada reconocida, carné de extranjería N° 001298450, "
        "teléfono 987 340 112, solicito autorización para viajar a Bogotá, Colombia.",
        "",
        "Motivo del viaje: mi hermana será operada del corazón y soy su única familiar cercana.",
        "Fecha de salida: 10/12/26",
        "Fecha de retorno: 28/12/26",
        "",
        "Lima, 24 de noviembre de 2026",
    ], title="SOLICITUD DE AUTORIZACION DE VIAJE")
    pdf = sign_pdf(pdf, "Ana Karina Velasquez Ortega", "anakvelasquez@yahoo.com", reason="Solicitud de viaje")
    assert sig_intact(pdf) is True and "001298450" in pdf_text(pdf)
    msg = mixed(txt(body, charset="us-ascii", enc="7bit") if all(ord(c) < 128 for c in body) else txt(body),
                pdf_part(pdf, "solicitud_viaje_firmada.pdf"))
    finish(msg, frm=addr("Ana Velásquez", "anakvelasquez@yahoo.com"), to=RF,
           subject=subj("Autorización de Viaje"), date=when("2026-11-25 09:14:47"),
           received="2026-11-25 09:15:09", mailbox=RF, relay=3,
           mid="1438271910.2207811.1795616087@mail.yahoo.com")
    add("012-viaje-datos-solo-en-pdf-firmado.eml", msg, mailbox=RF, received="2026-11-25 09:15:09",
        procedure="autorizacion_viaje", sig="valid", refugee=True,
        fields={"nombres": "Ana Karina Velásquez Ortega", "carne_extranjeria": "001298450",
                "telefono": tel("987 340 112"), "destino": "Bogotá, Colombia",
                "fecha_salida": "2026-12-10", "fecha_retorno": "2026-12-28",
                "motivo": "mi hermana será operada del corazón", "correo": "anakvelasquez@yahoo.com"},
        expect=("acuse", []))


# =====================================================================
# 013 Autorización de viaje written by the husband, photo, no return date
# =====================================================================
def m013():
    body = """Buenas noches.

Soy Luis Miguel Sánchez Olivo (CE 000987654), esposo de la Sra. Daniela Alejandra Guerra Linares, refugiada reconocida con carné de extranjería 001334781. Les escribo yo porque ella está preparando todo para el viaje y no maneja bien el correo.

Su mamá está en terapia intensiva en Caracas, Venezuela, y ella necesita viajar de urgencia. Saldría el 2 de diciembre de 2026; la fecha de regreso todavía no la sabemos, depende de cómo evolucione su mamá.

Adjunto la solicitud que ella escribió y firmó a mano (foto).

El celular de Daniela es 946 778 120. Pueden responder a este correo.

Muchas gracias,
Luis Miguel Sánchez
981 223 400
"""
    jpg = handwritten_jpeg([
        "Lima 27 de noviembre 2026",
        "Señores Comisión para los Refugiados",
        "Solicito autorización de viaje urgente a Caracas,",
        "Venezuela, porque mi mamá está en terapia intensiva.",
        "Daniela Alejandra Guerra Linares",
        "CE 001334781   cel 946 778 120",
        "Salida: 2 de diciembre de 2026",
    ], seed=13, signer="Daniela Guerra L.")
    msg = mixed(txt(body, enc="qp"), jpg_part(jpg, "WhatsApp Image 2026-11-27 at 17.48.12.jpeg"))
    finish(msg, frm=addr("Luis Miguel Sanchez", "luismsanchez@gmail.com"), to=RF,
           subject="permiso de viaje urgente - Daniela Guerra", date=when("2026-11-27 18:01:37"),
           received="2026-11-27 18:02:00", mailbox=RF, mid="CAOq2Mx7_Yt@mail.gmail.com")
    add("013-viaje-esposo-escribe-foto-sin-retorno.eml", msg, mailbox=RF, received="2026-11-27 18:02:00",
        procedure="autorizacion_viaje", sig="manuscrita", refugee=True,
        fields={"nombres": "Daniela Alejandra Guerra Linares", "carne_extranjeria": "001334781",
                "telefono": tel("946 778 120"), "destino": "Caracas, Venezuela",
                "fecha_salida": "2026-12-02", "motivo": "Su mamá está en terapia intensiva en Caracas",
                "correo": "luismsanchez@gmail.com"},
        expect=("subsanar", ["verificar_firma"]))


# =====================================================================
# 014 Duplicado de carné de extranjería, tab-separated, denuncia PDF
# =====================================================================
def m014():
    body = ("Señores, solicito el duplicado de mi carné de extranjería por pérdida.\n\n"
            "Nombres y Apellidos:\tWilmer Antonio Colmenares Rivas\n"
            "Sexo:\tMasculino\n"
            "Nacionalidad:\tVenezolana\n"
            "Cédula:\tV-20.114.583\n"
            "Carné de Extranjería:\t001056723\n"
            "Fecha de nacimiento:\t1990-03-15\n"
            "Teléfono:\t+51 912 345 876\n\n"
            "Adjunto la denuncia policial.\n\nWilmer Colmenares\n")
    den = text_pdf([
        "POLICIA NACIONAL DEL PERU - COMISARIA PNP SAN MARTIN DE PORRES",
        "",
        "CONSTANCIA DE DENUNCIA POLICIAL POR PERDIDA DE DOCUMENTOS",
        "",
        "Siendo las 10:20 horas del 27 de noviembre de 2026 se presento a esta dependencia el ciudadano "
        "Wilmer Antonio Colmenares Rivas, quien denuncia la perdida de su carne de extranjeria N. 001056723, "
        "ocurrida en circunstancias que desconoce en el distrito de San Martin de Porres.",
        "",
        "Se expide la presente a solicitud del interesado para los fines que estime conveniente.",
    ], title="DENUNCIA")
    msg = mixed(txt(body, enc="b64"), pdf_part(den, "denuncia_policial_PNP.pdf"))
    finish(msg, frm=addr("Wilmer Colmenares", "wilmercolmenares90@gmail.com"), to=RF,
           subject=subj("Duplicado de carné de extranjería"), date=when("2026-11-30 08:04:33"),
           received="2026-11-30 08:05:01", mailbox=RF, mid="CAM3k9Dp=wQ1@mail.gmail.com")
    add("014-duplicado-ce-denuncia-pdf-tabs.eml", msg, mailbox=RF, received="2026-11-30 08:05:01",
        procedure="duplicado_carne_extranjeria", denuncia=True,
        fields={"nombres": "Wilmer Antonio Colmenares Rivas", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "V20114583", "carne_extranjeria": "001056723",
                "fecha_nacimiento": "1990-03-15", "telefono": tel("+51 912 345 876"),
                "correo": "wilmercolmenares90@gmail.com"},
        expect=("acuse", []))


# =====================================================================
# 015 "Duplicado de carnet": body decides (CE), no denuncia attached
# =====================================================================
def m015():
    body = """Buenas tardes
Me robaron la cartera el sábado en el paradero y con ella mi carné de extranjería, por eso solicito el duplicado.
Keila Margarita Zambrano Ochoa / sexo F / venezolana / pasaporte 140223871 / CE 001220934 / nac. 30-06-1985 / cel 957 002 341
Todavía no saqué la denuncia porque en la comisaría me dijeron que vuelva con mi pasaporte original, apenas la tenga la mando.
Saludos
"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Keila Zambrano", "keilazambrano.o@gmail.com"), to=RF,
           subject="Duplicado de carnet", date=when("2026-12-01 12:19:14"),
           received="2026-12-01 12:20:00", mailbox=RF, mid="CAJp0s=Keila77@mail.gmail.com")
    add("015-duplicado-carnet-ce-sin-denuncia.eml", msg, mailbox=RF, received="2026-12-01 12:20:00",
        procedure="duplicado_carne_extranjeria", denuncia=False,
        fields={"nombres": "Keila Margarita Zambrano Ochoa", "sexo": "F", "nacionalidad": "VE",
                "documento_identidad": "140223871", "carne_extranjeria": "001220934",
                "fecha_nacimiento": "1985-06-30", "telefono": tel("957 002 341"),
                "correo": "keilazambrano.o@gmail.com"},
        expect=("subsanar", []))


# =====================================================================
# 016 "duplicado de carné": body decides (carné de solicitante) -> suspendido
# =====================================================================
def m016():
    body = """Hola, buenas tardes.

Perdí mi carné de solicitante de refugio (el que me dieron en la Comisión cuando hice el registro) y necesito un duplicado porque me lo piden en el trabajo.

Me llamo Yoselin Andreína Paredes Chacón, soy venezolana, pasaporte 148773201, teléfono 931 220 678.

Gracias.
"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Yoselin Paredes", "yoselinparedes.ch@gmail.com"), to=SR,
           subject=subj("duplicado de carné"), date=when("2026-12-02 15:09:40"),
           received="2026-12-02 15:10:05", mailbox=SR, mid="CAPx1=yP3d@mail.gmail.com")
    add("016-duplicado-carne-solicitante-suspendido.eml", msg, mailbox=SR, received="2026-12-02 15:10:05",
        procedure="carne_solicitante",
        fields={"nombres": "Yoselin Andreína Paredes Chacón", "nacionalidad": "VE",
                "documento_identidad": "148773201", "telefono": tel("931 220 678"),
                "correo": "yoselinparedes.ch@gmail.com"},
        expect=("suspendido", []))


# =====================================================================
# 017 Carné de solicitante requested by an NGO for a family
# =====================================================================
def m017():
    body = """Estimados señores:

Les escribe el Equipo de Protección de la Red Solidaria Norte (Trujillo). Acompañamos al señor Hernán Darío Mosquera Palacios, de nacionalidad colombiana, C.C. 16.789.432, solicitante de refugio, quien completó su registro biométrico y solicita la emisión de su carné de solicitante. Su esposa, Luz Dary Caicedo (C.C. 31.456.778), y sus dos hijos menores tienen el mismo trámite.

Teléfono del Sr. Mosquera: 946 330 219. El señor no usa correo electrónico; agradeceremos responder a esta dirección.

Atentamente,

Equipo de Protección
Red Solidaria Norte
Av. España 1740, Trujillo - La Libertad
(044) 20-3344
"""
    msg = txt(body, charset="iso-8859-1", enc="qp")
    finish(msg, frm=addr("Programa de Protección - Red Solidaria Norte", "proteccion@redsolidarianorte.org"),
           to=SR, subject=subj("Carné de solicitante - familia Mosquera"), date=when("2026-12-05 10:30:00"),
           received="2026-12-05 10:30:41", mailbox=SR, relay=1,
           mid="20261205103000.5f2c@redsolidarianorte.org")
    add("017-carne-solicitante-ong-familia.eml", msg, mailbox=SR, received="2026-12-05 10:30:41",
        procedure="carne_solicitante",
        fields={"nombres": "Hernán Darío Mosquera Palacios", "nacionalidad": "CO",
                "documento_identidad": "16789432", "telefono": tel("946 330 219"),
                "correo": "proteccion@redsolidarianorte.org"},
        expect=("suspendido", []))


# =====================================================================
# 018 Solicitud de refugio in Haitian Creole (portal)
# =====================================================================
def m018():
    body = """Bonjou,

Mwen rele Mackenson Dorvil, mwen se ayisyen (nacionalidad haitiana). Mwen rive Lima depi 3 semèn. Mwen bezwen mande refij (solicitud de refugio) paske gang yo menase m nan Pòtoprens. Kisa pou m fè? Ki kote pou m ale?

Telefòn / WhatsApp: +51 921 447 803

Mèsi anpil,
Mackenson
"""
    msg = txt(body, enc="b64")
    finish(msg, frm=addr("Mackenson Dorvil", "mackensondorvil509@gmail.com"), to=MP,
           subject="Solicitud de refugio", date=when("2026-12-06 21:29:50"),
           received="2026-12-06 21:30:15", mailbox=MP, mid="CAGv=MdorvIL509@mail.gmail.com")
    add("018-solicitud-refugio-creole-portal.eml", msg, mailbox=MP, received="2026-12-06 21:30:15",
        procedure="solicitud_refugio",
        fields={"nombres": "Mackenson Dorvil", "nacionalidad": "HT", "telefono": tel("+51 921 447 803"),
                "correo": "mackensondorvil509@gmail.com"},
        expect=("portal", []))


# =====================================================================
# 019 Solicitud de refugio: lawyer writing in English (portal)
# =====================================================================
def m019():
    body = """Good morning,

I represent Mr. Abdoulaye Diallo, a national of the Republic of Guinea (passport no. R0873321), who arrived in Lima on 2 December 2026 and wishes to apply for refugee status in Peru.

Could you please let us know how and where he should lodge his application? He does not have an e-mail address of his own, so kindly reply to this address. He can be reached by phone at +51 970 443 120.

Best regards,

Daniel Whitaker Paz
Attorney at Law - CAL 61277
Whitaker Paz Abogados, Av. Larco 1150, Miraflores
+51 1 445 9087
"""
    msg = txt(body, charset="us-ascii", enc="7bit")
    finish(msg, frm=addr("Daniel Whitaker Paz", "dwhitaker@whitakerpaz.pe"), to=RF,
           subject="Solicitud de refugio - Mr. Abdoulaye Diallo (asylum request)",
           date=when("2026-12-14 09:59:12"), received="2026-12-14 10:00:00", mailbox=RF, relay=2,
           mid="SJ0PR19MB4522B@SJ0PR19MB4522.namprd19.prod.outlook.com")
    add("019-solicitud-refugio-abogado-ingles-portal.eml", msg, mailbox=RF, received="2026-12-14 10:00:00",
        procedure="solicitud_refugio",
        fields={"nombres": "Abdoulaye Diallo", "nacionalidad": "GN", "documento_identidad": "R0873321",
                "telefono": tel("+51 970 443 120"), "correo": "dwhitaker@whitakerpaz.pe"},
        expect=("portal", []))


# =====================================================================
# 020 Autorización de trabajo asked by the mother (portal), after close
# =====================================================================
def m020():
    body = """buenas tardes disculpen la molestia, soy la mamá de Kevin Andrés Rojas Duarte, cédula V-30.112.554, él presentó su solicitud de refugio en octubre y necesita la autorizacion de trabajo porque le ofrecieron empleo en un almacén. Como la saca? no tiene computadora.
mi numero es 989 554 003

Marisol Duarte
"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("marisol duarte", "marisol.duarte68@gmail.com"), to=SR,
           subject=subj("Autorización de trabajo - Kevin Rojas"), date=when("2026-12-15 16:49:02"),
           received="2026-12-15 16:50:00", mailbox=SR, mid="CAB1m=Duarte68x@mail.gmail.com")
    add("020-autorizacion-trabajo-madre-portal.eml", msg, mailbox=SR, received="2026-12-15 16:50:00",
        procedure="autorizacion_trabajo",
        fields={"nombres": "Kevin Andrés Rojas Duarte", "documento_identidad": "V30112554",
                "telefono": tel("989 554 003"), "correo": "marisol.duarte68@gmail.com"},
        expect=("portal", []))


# =====================================================================
# 021 Autorización de trabajo virtual: Outlook HTML only (portal)
# =====================================================================
def m021():
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="ES-PE"><div class="WordSection1">
<p class="MsoNormal">Buenos días,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ingresé al Sistema de Refugiados con mi usuario pero no encuentro la opción para generar la autorización de trabajo virtual. ¿Me pueden orientar?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal">Nombre</p></td><td><p class="MsoNormal">Solangel Pérez Rangel</p></td></tr>
<tr><td><p class="MsoNormal">Pasaporte</p></td><td><p class="MsoNormal">139 004 772</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Gracias,<o:p></o:p></p>
<p class="MsoNormal"><b>Solangel Pérez Rangel</b><br>Cel: 977 665 120<o:p></o:p></p>
</div></body></html>"""
    msg = txt(html, "html", enc="b64")
    finish(msg, frm=addr("Solangel Pérez", "solangel.perez.r@outlook.com"), to=MP,
           subject="Autorizacion de Trabajo Virtual", date=when("2026-12-17 08:44:19"),
           received="2026-12-17 08:45:00", mailbox=MP, relay=2,
           mid="CH3PR20MB7330D1@CH3PR20MB7330.namprd20.prod.outlook.com",
           extra=[("X-MS-Has-Attach", ""), ("Thread-Index", "AdtQfx3k2Vb0p4m8QvGJj1Wbq0xLaQ==")])
    add("021-autorizacion-trabajo-outlook-html-portal.eml", msg, mailbox=MP, received="2026-12-17 08:45:00",
        procedure="autorizacion_trabajo",
        fields={"nombres": "Solangel Pérez Rangel", "documento_identidad": "139004772",
                "telefono": tel("977 665 120"), "correo": "solangel.perez.r@outlook.com"},
        expect=("portal", []))


# =====================================================================
# 022 Entrevista de registro, Samsung footer, Friday night (portal)
# =====================================================================
def m022():
    body = """Buenas noches, hace 2 meses registre mi solicitud en linea y todavia no me llega la fecha de la entrevista de registro, revise spam y nada. Mi nombre Franyeli Gómez Urdaneta, tel 0051 982 447 310.



Enviado desde mi Samsung Galaxy"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Franyeli Gomez", "franyeli.gomez@gmail.com"), to=SR,
           subject="Entrevista de registro", date=when("2026-12-18 23:09:41"),
           received="2026-12-18 23:10:02", mailbox=SR, mid="1lk2-Franyeli-samsung@email.android.com")
    add("022-entrevista-registro-samsung-portal.eml", msg, mailbox=SR, received="2026-12-18 23:10:02",
        procedure="entrevista_registro",
        fields={"nombres": "Franyeli Gómez Urdaneta", "telefono": "+51982447310",
                "correo": "franyeli.gomez@gmail.com"},
        expect=("portal", []))


# =====================================================================
# 023 Entrevista de registro forwarded by a neighbour (RV:) (portal)
# =====================================================================
def m023():
    body = """Buenos días, les reenvío el mensaje de mi vecino Yorman, él no tiene saldo para internet. Gracias.

Pedro Luis Aranguren

________________________________
De: Yorman Josué Bastidas <yormanbastidas95@gmail.com>
Enviado: domingo, 20 de diciembre de 2026 19:02
Para: Pedro Luis Aranguren <pl.aranguren@gmail.com>
Asunto: cita para entrevista de registro

Pedro porfa manda esto a refugio:
Soy Yorman Josué Bastidas Ríos, pasaporte 156602238, me cambiaron el número y no sé si me llamaron para la entrevista de registro. Mi número nuevo es 913 778 054, mi correo yormanbastidas95@gmail.com
"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Pedro Luis Aranguren", "pl.aranguren@gmail.com"), to=SR,
           subject="RV: cita para entrevista de registro", date=when("2026-12-21 09:29:30"),
           received="2026-12-21 09:30:00", mailbox=SR, delivered=False,
           mid="CAN4r=Aranguren21@mail.gmail.com")
    add("023-entrevista-registro-vecino-reenvia-portal.eml", msg, mailbox=SR, received="2026-12-21 09:30:00",
        procedure="entrevista_registro",
        fields={"nombres": "Yorman Josué Bastidas Ríos", "documento_identidad": "156602238",
                "telefono": tel("913 778 054"), "correo": "yormanbastidas95@gmail.com"},
        expect=("portal", []))


# =====================================================================
# 024 "Consulta" about a case, received on New Year's Day (triage)
# =====================================================================
def m024():
    body = """Buenas tardes, quisiera saber si ya hay una decisión sobre mi caso, expediente N° 2024-0031876. Han pasado más de dos años y no tengo noticias.

Nelly Josefina Carrasquel Mata
pasaporte 132299871
cel 955 100 874

Feliz año.
"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Nelly Carrasquel", "nellycarrasquel@gmail.com"), to=MP,
           subject="Consulta", date=when("2027-01-01 11:59:40"), received="2027-01-01 12:00:03",
           mailbox=MP, mid="CAL0q=NellyC@mail.gmail.com")
    add("024-triage-consulta-feriado.eml", msg, mailbox=MP, received="2027-01-01 12:00:03",
        procedure=None,
        fields={"nombres": "Nelly Josefina Carrasquel Mata", "documento_identidad": "132299871",
                "telefono": tel("955 100 874"), "correo": "nellycarrasquel@gmail.com"},
        expect=("triage", []))


# =====================================================================
# 025 "URGENTE!!" naming two procedures (triage)
# =====================================================================
def m025():
    body = """necesito actualizar mis datos porque cambie de numero y ademas cambiar la clave del sistema de refugiados porque no puedo entrar!! Wuilmer Rafael Escalona, cedula 17.445.902, numero nuevo 960 213 557"""
    msg = txt(body, charset="us-ascii", enc="7bit")
    finish(msg, frm=addr("wuilmer", "wuilmer.r.77@gmail.com"), to=SR,
           subject="URGENTE!!", date=when("2026-12-23 17:39:33"), received="2026-12-23 17:40:00",
           mailbox=SR, mid="CAW8=wuilmer77@mail.gmail.com")
    add("025-triage-urgente-dos-tramites.eml", msg, mailbox=SR, received="2026-12-23 17:40:00",
        procedure=None,
        fields={"nombres": "Wuilmer Rafael Escalona", "documento_identidad": "17445902",
                "telefono": tel("960 213 557"), "correo": "wuilmer.r.77@gmail.com"},
        expect=("triage", []))


# =====================================================================
# 026 Out-of-office of a law firm (ignorado)
# =====================================================================
def m026():
    body = """Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 4 de enero de 2027, con acceso limitado al correo. Para asuntos urgentes comuníquese con la central del Estudio.

Carla Benavides Soto
Estudio Benavides & Asociados
"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Carla Benavides Soto", "cbenavides@benavidesasociados.pe"), to=SR,
           subject=subj("Respuesta automática: RE: Actualización de datos - Registro S-2026-003318"),
           date=when("2026-12-24 10:01:58"), received="2026-12-24 10:02:10", mailbox=SR, relay=2,
           mid="a7c2e1f0-ooo@benavidesasociados.pe",
           extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add("026-ignorado-respuesta-automatica-estudio.eml", msg, mailbox=SR, received="2026-12-24 10:02:10",
        procedure="actualizacion_datos", machine=True, fields={}, expect=("ignorado", []))


# =====================================================================
# 027 Bounce (multipart/report) of an office reply (ignorado)
# =====================================================================
def m027():
    raw = """Received: from buzon.rree.gob.pe (buzon.rree.gob.pe [10.20.4.12])
	by buzon.rree.gob.pe (Dovecot) with LMTP id q8ZbnceR
	for <solicitantesrefugio@rree.gob.pe>; Mon, 28 Dec 2026 09:12:44 -0500
Delivered-To: solicitantesrefugio@rree.gob.pe
From: Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>
To: solicitantesrefugio@rree.gob.pe
Subject: No se puede entregar: Cambio de clave y contraseña - Registro S-2026-004512
Date: Mon, 28 Dec 2026 09:12:43 -0500
Message-ID: <20261228141243.7A1C22010E@mx1.rree.gob.pe>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7A1C22010E.1798467163/mx1.rree.gob.pe"

This is a MIME-encapsulated message.

--7A1C22010E.1798467163/mx1.rree.gob.pe
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<hectorj.salas@hotmial.com>: Host or domain name not found. Name service error
    for name=hotmial.com type=MX: Host not found, try again

--7A1C22010E.1798467163/mx1.rree.gob.pe
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.rree.gob.pe
Arrival-Date: Mon, 28 Dec 2026 09:12:40 -0500

Final-Recipient: rfc822; hectorj.salas@hotmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.

--7A1C22010E.1798467163/mx1.rree.gob.pe
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Solicitantes de Refugio <solicitantesrefugio@rree.gob.pe>
To: hectorj.salas@hotmial.com
Subject: Cambio de clave y contraseña - Registro S-2026-004512
Date: Mon, 28 Dec 2026 09:12:39 -0500

--7A1C22010E.1798467163/mx1.rree.gob.pe--
"""
    # the Subject must be an encoded word in a real header
    raw = raw.replace("Subject: No se puede entregar: Cambio de clave y contraseña - Registro S-2026-004512",
                      "Subject: " + Header("No se puede entregar: Cambio de clave y contraseña - Registro S-2026-004512", "utf-8").encode())
    raw = raw.replace("Subject: Cambio de clave y contraseña - Registro S-2026-004512",
                      "Subject: =?utf-8?q?Cambio_de_clave_y_contrase=C3=B1a?= - Registro S-2026-004512")
    add("027-ignorado-rebote-mailer-daemon.eml", raw.encode("utf-8"), mailbox=SR, received="2026-12-28 09:12:44",
        procedure="cambio_clave", machine=True, fields={}, expect=("ignorado", []))


# =====================================================================
# 028 Internal forward from another institutional mailbox (ignorado)
# =====================================================================
def m028():
    orig = txt("""Buenos días, solicito la prórroga de mi residencia.
Nombres: Luis Alfredo Carmona Rengel
Sexo: M
Nacionalidad: venezolana
Pasaporte: 110334556
CE: 000765432
Fecha de nacimiento: 03/09/1975
Teléfono: 987 111 902
""", enc="qp")
    orig["From"] = "Luis Carmona <luiscarmona75@gmail.com>"
    orig["To"] = MP
    orig["Subject"] = Header("Prórroga de residencia", "utf-8")
    orig["Date"] = when("2026-12-28 18:40:00")
    orig["Message-ID"] = "<CAKcarmona75=x@mail.gmail.com>"
    msg = mixed(txt("Se deriva por ser de su competencia.\n\nMesa de Partes Virtual\nMinisterio de Relaciones Exteriores\n",
                    enc="qp"), MIMEMessage(orig))
    finish(msg, frm=addr("Mesa de Partes Virtual", MP), to=RF,
           subject=subj("RV: Prórroga de residencia"), date=when("2026-12-29 10:59:50"),
           received="2026-12-29 11:00:00", mailbox=RF, second_hop=False,
           mid="20261229105950.MPV.8812@rree.gob.pe")
    add("028-ignorado-derivacion-interna-buzon-institucional.eml", msg, mailbox=RF,
        received="2026-12-29 11:00:00", procedure="prorroga_residencia", machine=True, fields={},
        expect=("ignorado", []))


# =====================================================================
# 029 Newsletter with List-Id / Precedence: bulk (ignorado)
# =====================================================================
def m029():
    html = """<html><body><h2>Boletín de la Red de Protección</h2>
<p>En esta edición: horarios de fin de año de las oficinas de atención, talleres gratuitos de orientación legal en Lima Norte y
recordatorio sobre la renovación anual de documentos.</p>
<p>Para darse de baja, responda con la palabra BAJA.</p></body></html>"""
    msg = alt(txt("Boletín de la Red de Protección - Diciembre 2026\n\nEn esta edición: horarios de fin de año, "
                  "talleres gratuitos de orientación legal en Lima Norte y recordatorios.\n\nPara darse de baja, responda BAJA.\n"),
              txt(html, "html"))
    finish(msg, frm=addr("Red de Protección", "boletin@redproteccion-pe.org"), to=MP,
           subject=subj("Boletín de la Red de Protección – Diciembre 2026"),
           date=when("2026-12-31 06:59:00"), received="2026-12-31 07:00:12", mailbox=MP, relay=1,
           mid="nl-2026-12.31.mp@redproteccion-pe.org",
           extra=[("List-Id", "Red de Proteccion <boletin.redproteccion-pe.org>"), ("Precedence", "bulk"),
                  ("List-Unsubscribe", "<mailto:boletin-baja@redproteccion-pe.org>")])
    add("029-ignorado-boletin-lista.eml", msg, mailbox=MP, received="2026-12-31 07:00:12",
        procedure=None, machine=True, fields={}, expect=("ignorado", []))


# =====================================================================
# 030 Reply to the office's subsanar, quoting it; now complete (cargo)
# =====================================================================
def m030():
    body = """Buenos días, subsano lo solicitado. Adjunto el recurso de apelación firmado digitalmente.

Mis datos:
Franklin Josué Arteaga Mendoza
Pasaporte: 131225478
Teléfono: +51 989 300 765
Correo: franklin.arteaga@gmail.com
Motivo: no se valoró que fui detenido arbitrariamente en 2023 por participar en protestas, según consta en la constancia de la ONG que adjunté con mi solicitud.

Gracias.

El lun, 21 dic 2026 a las 10:14, Mesa de Partes Virtual (<mesadepartes@rree.gob.pe>) escribió:
> Registro MP-2026-018833 - Recurso de Apelación
> Recibimos su correo del 21/12/2026. Para continuar el trámite falta:
>  - firma (documento escrito debidamente firmado)
> Plazo para subsanar: 23/12/2026.
>
> Central telefónica: (511) 204-2400
> Mesa de Partes Virtual - Ministerio de Relaciones Exteriores
> Jr. Lampa 545, Cercado de Lima
"""
    pdf = text_pdf([
        "Senores Comision Especial para los Refugiados:",
        "",
        "Franklin Josue Arteaga Mendoza, pasaporte 131225478, telefono +51 989 300 765, correo "
        "franklin.arteaga@gmail.com, interpongo recurso de apelacion contra la resolucion que confirmo la "
        "denegatoria de mi solicitud de refugio.",
        "",
        "Motivo: no se valoro que fui detenido arbitrariamente en 2023 por participar en protestas.",
        "",
        "Lima, 3 de enero de 2027",
    ], title="RECURSO DE APELACION")
    pdf = sign_pdf(pdf, "Franklin Josue Arteaga Mendoza", "franklin.arteaga@gmail.com")
    assert sig_intact(pdf)
    msg = mixed(txt(body, enc="qp"), pdf_part(pdf, "apelacion_firmada_FArteaga.pdf"))
    finish(msg, frm=addr("Franklin Arteaga", "franklin.arteaga@gmail.com"), to=MP,
           subject=subj("RE: Recurso de Apelación - Registro MP-2026-018833"),
           date=when("2027-01-04 10:24:40"), received="2027-01-04 10:25:00", mailbox=MP,
           mid="CAF2=Arteaga0104@mail.gmail.com",
           extra=[("In-Reply-To", "<MP-2026-018833.reply@rree.gob.pe>"),
                  ("References", "<CAF2=Arteaga1221@mail.gmail.com> <MP-2026-018833.reply@rree.gob.pe>")])
    add("030-apelacion-responde-subsanar-cita-oficina.eml", msg, mailbox=MP, received="2027-01-04 10:25:00",
        procedure="apelacion", sig="valid",
        fields={"nombres": "Franklin Josué Arteaga Mendoza", "documento_identidad": "131225478",
                "telefono": tel("+51 989 300 765"), "correo": "franklin.arteaga@gmail.com",
                "motivo": "no se valoró que fui detenido arbitrariamente en 2023 por participar en protestas"},
        expect=("cargo", []))


# =====================================================================
# 031 Reconsideración reply quoting the office (office phone only): no phone
# =====================================================================
def m031():
    body = """Buenas tardes, reenvío mi recurso firmado como me indicaron.

Leidy Johana Rentería Mosquera
C.C. 1.077.456.221
correo: leidy.renteria21@gmail.com

-----Mensaje original-----
De: Mesa de Partes Virtual <mesadepartes@rree.gob.pe>
Enviado el: miércoles, 30 de diciembre de 2026 09:40
Para: leidy.renteria21@gmail.com
Asunto: Recurso de reconsideración

Señora: su documento no tiene firma. Puede comunicarse con la central (511) 204-2400 anexo 3301 o responder este correo.

Mesa de Partes Virtual
Jr. Lampa 545, Cercado de Lima
"""
    pdf = text_pdf([
        "Senores Comision Especial para los Refugiados:",
        "",
        "Yo, Leidy Johana Renteria Mosquera, de nacionalidad colombiana, identificada con C.C. 1.077.456.221, "
        "correo leidy.renteria21@gmail.com, interpongo recurso de reconsideracion contra la resolucion que denego "
        "mi solicitud de refugio.",
        "",
        "Motivo: adjunto como nueva prueba el certificado de la Unidad para las Victimas que acredita el "
        "desplazamiento forzado de mi familia desde Quibdo.",
        "",
        "Lima, 4 de enero de 2027",
    ], title="RECURSO DE RECONSIDERACION")
    pdf = sign_pdf(pdf, "Leidy Johana Renteria Mosquera", "leidy.renteria21@gmail.com")
    assert sig_intact(pdf)
    msg = mixed(txt(body, charset="windows-1252", enc="qp"), pdf_part(pdf, "RECONSIDERACION LEIDY RENTERIA.pdf"))
    finish(msg, frm=addr("Leidy Renteria", "leidy.renteria21@gmail.com"), to=MP,
           subject=subj("RE: Recurso de reconsideración", "iso-8859-1"),
           date=when("2027-01-05 16:29:10"), received="2027-01-05 16:29:40", mailbox=MP,
           mid="CAD9=LeidyR0105@mail.gmail.com")
    add("031-reconsideracion-responde-oficina-sin-telefono.eml", msg, mailbox=MP, received="2027-01-05 16:29:40",
        procedure="reconsideracion", sig="valid",
        fields={"nombres": "Leidy Johana Rentería Mosquera", "nacionalidad": "CO",
                "documento_identidad": "1077456221", "correo": "leidy.renteria21@gmail.com",
                "motivo": "nueva prueba: certificado de la Unidad para las Víctimas que acredita el desplazamiento forzado"},
        expect=("subsanar", []))


# =====================================================================
# 032 Renuncia in Portuguese by an applicant, signed PDF (complete)
# =====================================================================
def m032():
    body = """Prezados senhores / Señores de la Comisión:

Eu, Yelitza Coromoto Farías Urbina, venezuelana, cédula V-16.332.870, solicitante de refúgio no Peru, comunico que desisto (renuncio) da minha solicitação de refúgio.

Motivo: vou morar no Brasil com meu esposo, que tem residência em Boa Vista, e já tenho autorização de residência lá.

Peço desculpas por escrever em português, morei 6 anos em Roraima.
Telefone: +51 973 450 221

Segue anexo o documento assinado digitalmente.

Atenciosamente,
Yelitza Farías
"""
    pdf = text_pdf([
        "Senores Comision Especial para los Refugiados:",
        "",
        "Yo, Yelitza Coromoto Farias Urbina, de nacionalidad venezolana, cedula V-16.332.870, telefono "
        "+51 973 450 221, renuncio a mi solicitud de refugio.",
        "",
        "Motivo: me traslado a Brasil para vivir con mi esposo, que reside en Boa Vista, donde ya cuento con "
        "autorizacion de residencia.",
        "",
        "Lima, 5 de enero de 2027",
    ], title="RENUNCIA")
    pdf = sign_pdf(pdf, "Yelitza Coromoto Farias Urbina", "yelitzafarias@gmail.com", reason="Renuncia")
    assert sig_intact(pdf)
    msg = mixed(txt(body, enc="qp"), pdf_part(pdf, "renuncia_yelitza_assinada.pdf"))
    finish(msg, frm=addr("Yelitza Farías", "yelitzafarias@gmail.com"), to=MP,
           subject="Renuncia", date=when("2027-01-06 14:00:00", "-03:00"),
           received="2027-01-06 12:00:31", mailbox=MP, mid="CAYf=Farias0106@mail.gmail.com")
    add("032-renuncia-portugues-solicitante-firmada.eml", msg, mailbox=MP, received="2027-01-06 12:00:31",
        procedure="renuncia", sig="valid",
        fields={"nombres": "Yelitza Coromoto Farías Urbina", "nacionalidad": "VE",
                "documento_identidad": "V16332870", "telefono": tel("+51 973 450 221"),
                "correo": "yelitzafarias@gmail.com",
                "motivo": "vou morar no Brasil com meu esposo, que tem residência em Boa Vista"},
        expect=("acuse", []))


# =====================================================================
# 033 Renuncia of a recognised refugee, text-only PDF, no CE, wrong box
# =====================================================================
def m033():
    body = "Buenos días.\nAdjunto mi carta de renuncia.\n\nOmar Quintero\n"
    pdf = text_pdf([
        "Senores Comision Especial para los Refugiados",
        "",
        "Yo, Omar Alexis Quintero Bello, de nacionalidad venezolana, pasaporte N. 098765123, refugiado reconocido "
        "por la CEPR, con telefono 999 245 613, manifiesto mi decision de renunciar a la condicion de refugiado.",
        "",
        "Motivo: he obtenido la residencia permanente en Espana, a donde me traslado con mi familia.",
        "",
        "Lima, 6 de enero de 2027",
        "",
        "_____________________________",
        "Omar Alexis Quintero Bello",
    ], title="CARTA DE RENUNCIA")
    assert not pdf_has_image(pdf) and sig_intact(pdf) is None
    msg = mixed(txt(body, enc="qp"), pdf_part(pdf, "carta_renuncia.pdf"))
    finish(msg, frm=addr("Omar Quintero", "omar.quintero.bello@gmail.com"), to=RF,
           subject="RENUNCIA A LA CONDICION DE REFUGIADO", date=when("2027-01-07 09:39:20"),
           received="2027-01-07 09:40:00", mailbox=RF, mid="CAQ=OQuintero0107@mail.gmail.com")
    add("033-renuncia-refugiado-pdf-texto-sin-ce-derivado.eml", msg, mailbox=RF, received="2027-01-07 09:40:00",
        procedure="renuncia", sig="absent", refugee=True,
        fields={"nombres": "Omar Alexis Quintero Bello", "nacionalidad": "VE", "documento_identidad": "098765123",
                "telefono": tel("999 245 613"), "correo": "omar.quintero.bello@gmail.com",
                "motivo": "he obtenido la residencia permanente en España"},
        expect=("subsanar", ["derivado"]))


# =====================================================================
# 034 Prórroga sent by an NGO, Outlook HTML only with table, after close
# =====================================================================
def m034():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><div class="WordSection1">
<p class="MsoNormal">Señores Oficina de Refugiados:</p>
<p class="MsoNormal">Por encargo de la Sra. Ruth Noemí Castañeda Villalobos, refugiada reconocida, solicitamos la <b>prórroga anual de su residencia</b>. Sus datos:</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="4">
<tr><td><b>Nombres y apellidos</b></td><td>Ruth Noemí Castañeda Villalobos</td></tr>
<tr><td><b>Sexo</b></td><td>Femenino</td></tr>
<tr><td><b>Nacionalidad</b></td><td>Venezuela</td></tr>
<tr><td><b>Pasaporte</b></td><td>152330914</td></tr>
<tr><td><b>Carné de extranjería</b></td><td>001187260</td></tr>
<tr><td><b>Fecha de nacimiento</b></td><td>12 de enero de 1979</td></tr>
<tr><td><b>Teléfono de la Sra. Castañeda</b></td><td>934 556 210</td></tr>
</table>
<p class="MsoNormal">La señora no tiene correo electrónico; agradeceremos responder a esta dirección.</p>
<p class="MsoNormal">Atentamente,</p>
<p class="MsoNormal"><b>Milagros Torres Ayala</b><br>Coordinadora de Protección<br>Centro de Atención al Migrante Santa Rosa<br>
Av. Túpac Amaru 1220, Independencia<br>Tel. (01) 266-0912</p>
</div></body></html>"""
    msg = txt(html, "html", charset="iso-8859-1", enc="qp")
    finish(msg, frm=addr("Centro de Atención al Migrante Santa Rosa", "atencion@camsantarosa.org"), to=RF,
           subject=subj("Prórroga de Residencia – Sra. Ruth Noemí Castañeda Villalobos"),
           date=when("2027-01-08 17:14:30"), received="2027-01-08 17:15:02", mailbox=RF, relay=2,
           mid="MN2PR07MB6111C@MN2PR07MB6111.namprd07.prod.outlook.com")
    add("034-prorroga-ong-outlook-html-tabla.eml", msg, mailbox=RF, received="2027-01-08 17:15:02",
        procedure="prorroga_residencia",
        fields={"nombres": "Ruth Noemí Castañeda Villalobos", "sexo": "F", "nacionalidad": "VE",
                "documento_identidad": "152330914", "carne_extranjeria": "001187260",
                "fecha_nacimiento": "1979-01-12", "telefono": tel("934 556 210"),
                "correo": "atencion@camsantarosa.org"},
        expect=("acuse", []))


# =====================================================================
# 035 Prórroga base64 to mesadepartes (derivado), two-digit birth year
# =====================================================================
def m035():
    body = """Señores Refugiados

Por medio del presente solicito la prórroga anual de mi residencia.

NOMBRES Y APELLIDOS - Jhonatan Stiven Guzmán Arias
SEXO - masculino
NACIONALIDAD - colombiano
C.C. - 1.152.448.907
CARNÉ DE EXTRANJERÍA - 001310025
FECHA DE NACIMIENTO - 07/04/96
TELÉFONO - 923 118 406

Quedo atento.
"""
    msg = txt(body, enc="b64")
    finish(msg, frm=addr("Jhonatan Guzman", "jhonatan.guzman.arias@gmail.com"), to=MP,
           subject="Prorroga de residencia", date=when("2027-01-09 11:19:44"),
           received="2027-01-09 11:20:00", mailbox=MP, recv_utc=True, mid="CAJG=guzman0109@mail.gmail.com")
    add("035-prorroga-base64-derivado.eml", msg, mailbox=MP, received="2027-01-09 11:20:00",
        procedure="prorroga_residencia",
        fields={"nombres": "Jhonatan Stiven Guzmán Arias", "sexo": "M", "nacionalidad": "CO",
                "documento_identidad": "1152448907", "carne_extranjeria": "001310025",
                "fecha_nacimiento": "1996-04-07", "telefono": tel("923 118 406"),
                "correo": "jhonatan.guzman.arias@gmail.com"},
        expect=("acuse", ["derivado"]))


# =====================================================================
# 036 Cambio de clave written by the brother, Venezuelan WhatsApp number
# =====================================================================
def m036():
    body = """Buenas tardes.

Escribo en nombre de mi hermana María Gabriela Ledezma Torres, que está en Arequipa y se le dañó el teléfono. Ella no puede entrar al Sistema de Refugiados y necesita el cambio de clave y contraseña.

Sus datos:
Cédula: V-25.667.301
WhatsApp: +58 424 555 0123 (número de Venezuela, es el que tiene activo)
Correo: mariagledezma@gmail.com

Atentamente,
Rafael Ledezma Torres – C.I. V-23.118.990
Cel. 914 332 887
"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Rafael Ledezma", "rafaledezma@gmail.com"), to=SR,
           subject="Cambio de clave - Maria Gabriela Ledezma", date=when("2027-01-12 14:04:30"),
           received="2027-01-12 14:05:00", mailbox=SR, mid="CAR1=Ledezma0112@mail.gmail.com")
    add("036-cambio-clave-hermano-whatsapp-venezuela.eml", msg, mailbox=SR, received="2027-01-12 14:05:00",
        procedure="cambio_clave",
        fields={"nombres": "María Gabriela Ledezma Torres", "documento_identidad": "V25667301",
                "telefono": tel("+58 424 555 0123"), "correo": "mariagledezma@gmail.com"},
        expect=("acuse", []))


# =====================================================================
# 037 Actualización: applicant forwards their own earlier message
# =====================================================================
def m037():
    body = """Buenos días, reenvío mi correo del 10 de diciembre porque no he recibido respuesta. Gracias.

---------- Forwarded message ---------
De: Edwin Pacheco <edwin.pacheco.l@gmail.com>
Date: jue, 10 dic 2026 a las 18:22
Subject: Actualización de datos
To: <solicitantesrefugio@rree.gob.pe>


Señores: solicito actualizar mi número de teléfono.
Nombre completo: Edwin Rafael Pacheco Lozada
Nacionalidad: Venezuela
Pasaporte: 119900345
Teléfono nuevo: 951 887 632
Soy solicitante de refugio.
Atentamente, Edwin Pacheco
"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Edwin Pacheco", "edwin.pacheco.l@gmail.com"), to=SR,
           subject=subj("Fwd: Actualización de datos"), date=when("2027-01-13 08:09:50"),
           received="2027-01-13 08:10:10", mailbox=SR, mid="CAEp=Pacheco0113@mail.gmail.com")
    add("037-actualizacion-reenvia-su-propio-correo.eml", msg, mailbox=SR, received="2027-01-13 08:10:10",
        procedure="actualizacion_datos",
        fields={"nombres": "Edwin Rafael Pacheco Lozada", "nacionalidad": "VE", "documento_identidad": "119900345",
                "telefono": tel("951 887 632"), "correo": "edwin.pacheco.l@gmail.com"},
        expect=("acuse", []))


# =====================================================================
# 038 Apelación in Creole + Spanish, scanned PDF, late
# =====================================================================
def m038():
    body = """Bonjou / Buenos días,

Mwen se Roselène Jean-Baptiste, nasyonalite ayisyen (haitiana), paspò / pasaporte RP2287451. Mwen voye rekou apelasyon mwen an (recurso de apelación) kont rezolisyon ki refize demann refij mwen an. La resolución me fue notificada el 5 de noviembre de 2026.

Rezon / Motivo: yo pa t konsidere ke gang yo te touye frè m e yo te menase m nan Kafou; m pa ka retounen Ayiti. (No consideraron que las pandillas mataron a mi hermano y me amenazaron en Carrefour; no puedo volver a Haití.)

Telefòn: +51 944 310 772
Imèl: roselenejb@gmail.com

Mwen siyen dokiman an ak men m (adjunto el escrito firmado, escaneado).

Mèsi,
Roselène
"""
    scan = image_pdf(handwritten_jpeg([
        "Lima, 2 de diciembre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "RECURSO DE APELACIÓN",
        "Yo, Roselène Jean-Baptiste, pasaporte RP2287451,",
        "apelo la resolución que negó mi refugio.",
        "No consideraron que las pandillas mataron a mi",
        "hermano y me amenazaron en Carrefour.",
        "Tel +51 944 310 772",
    ], seed=38, signer="R. Jean-Baptiste"))
    assert pdf_text(scan).strip() == ""
    msg = mixed(txt(body, charset="utf-8", enc="8bit"), pdf_part(scan, "scan0042.pdf"))
    finish(msg, frm=addr("Roselène Jean-Baptiste", "roselenejb@gmail.com"), to=MP,
           subject="Recurso de Apelacion - Roselene Jean-Baptiste", date=when("2026-12-03 09:59:31"),
           received="2026-12-03 10:00:00", mailbox=MP, mid="CAHT=JeanBaptiste1203@mail.gmail.com")
    add("038-apelacion-creole-escaneo-extemporanea.eml", msg, mailbox=MP, received="2026-12-03 10:00:00",
        procedure="apelacion", sig="manuscrita", notified="2026-11-05",
        fields={"nombres": "Roselène Jean-Baptiste", "nacionalidad": "HT", "documento_identidad": "RP2287451",
                "telefono": tel("+51 944 310 772"), "correo": "roselenejb@gmail.com",
                "motivo": "No consideraron que las pandillas mataron a mi hermano y me amenazaron en Carrefour"},
        expect=("cargo", ["verificar_firma", "extemporaneo"]))


# =====================================================================
# 039 Autorización de viaje, NGO writing in English, signed PDF
# =====================================================================
def m039():
    body = """Dear colleagues,

We are writing on behalf of Mr. Yordanis Castillo Brito, a recognised refugee in Peru (carné de extranjería no. 001402277), who urgently needs to travel to Santiago de Chile, Chile, to attend the funeral of his father, who lived there.

Departure: 23/01/27
Return: 30/01/27

His signed request (digitally signed PDF) is attached. He can be contacted at +51 965 008 341 or yordaniscb@gmail.com.

Best regards,

Hannah Becker
Caseworker, Refugee Support Network Lima
Tel. +51 1 719 3300
"""
    pdf = text_pdf([
        "Senores Comision Especial para los Refugiados",
        "",
        "Yo, Yordanis Castillo Brito, refugiado reconocido, carne de extranjeria N. 001402277, telefono "
        "+51 965 008 341, solicito autorizacion de viaje de urgencia a Santiago de Chile, Chile.",
        "",
        "Motivo: fallecimiento de mi padre; debo asistir a su sepelio.",
        "Fecha de salida: 23/01/2027",
        "Fecha de retorno: 30/01/2027",
        "",
        "Lima, 15 de enero de 2027",
    ], title="SOLICITUD DE AUTORIZACION DE VIAJE")
    pdf = sign_pdf(pdf, "Yordanis Castillo Brito", "yordaniscb@gmail.com", reason="Solicitud de viaje")
    assert sig_intact(pdf)
    msg = mixed(txt(body, charset="us-ascii", enc="7bit") if all(ord(c) < 128 for c in body) else txt(body),
                pdf_part(pdf, "Travel_request_YCastillo_signed.pdf"))
    finish(msg, frm=addr("Hannah Becker", "h.becker@refugeesupport-lima.org"), to=RF,
           subject=subj("Autorización de Viaje (urgent) - Yordanis Castillo Brito"),
           date=when("2027-01-15 16:44:50"), received="2027-01-15 16:45:10", mailbox=RF, relay=1,
           mid="0e7f1c2a-rsn-0115@refugeesupport-lima.org")
    add("039-viaje-ong-ingles-firmado.eml", msg, mailbox=RF, received="2027-01-15 16:45:10",
        procedure="autorizacion_viaje", sig="valid", refugee=True,
        fields={"nombres": "Yordanis Castillo Brito", "carne_extranjeria": "001402277",
                "telefono": tel("+51 965 008 341"), "correo": "yordaniscb@gmail.com",
                "destino": "Santiago de Chile, Chile", "fecha_salida": "2027-01-23",
                "fecha_retorno": "2027-01-30", "motivo": "to attend the funeral of his father"},
        expect=("acuse", []))


# =====================================================================
# 040 Autorización de viaje, body only (no signed document), wrong box
# =====================================================================
def m040():
    body = """Señores: solicito autorización de viaje urgente.

Nombre: Carmen Julia Aponte Rengifo
Carné de extranjería: 001256601
Destino: Guayaquil, Ecuador
Motivo: mi hija dará a luz por cesárea y tiene complicaciones
Salida: 2027-01-25
Retorno: 2027-02-05
Celular: 912 006 554

Gracias.
"""
    msg = txt(body, charset="iso-8859-1", enc="8bit")
    finish(msg, frm=addr("Carmen Aponte", "carmenaponte.r@hotmail.com"), to=MP,
           subject="Autorizacion de viaje", date=when("2027-01-18 11:10:40"),
           received="2027-01-18 11:11:00", mailbox=MP, relay=2,
           mid="SA1PR12MB7000E@SA1PR12MB7000.namprd12.prod.outlook.com")
    add("040-viaje-sin-documento-firmado-derivado.eml", msg, mailbox=MP, received="2027-01-18 11:11:00",
        procedure="autorizacion_viaje", sig="absent", refugee=True,
        fields={"nombres": "Carmen Julia Aponte Rengifo", "carne_extranjeria": "001256601",
                "destino": "Guayaquil, Ecuador", "motivo": "mi hija dará a luz por cesárea y tiene complicaciones",
                "fecha_salida": "2027-01-25", "fecha_retorno": "2027-02-05",
                "telefono": tel("912 006 554"), "correo": "carmenaponte.r@hotmail.com"},
        expect=("subsanar", ["derivado"]))


# =====================================================================
# 041 Duplicado de carné de extranjería in French, denuncia as JPG
# =====================================================================
def m041():
    body = """Bonjour,

Je sollicite un duplicata de mon carné de extranjería, perdu le 9 janvier 2027 à Lima. Ci-joint la denuncia policial (photo).

Nom et prénoms : Patrick Mbuyi Kabongo
Sexe : masculin
Nationalité : congolaise (RD Congo)
Passeport : OP0456712
Carné de extranjería : 000876234
Date de naissance : 14/02/1984
Téléphone : +51 968 221 045

Merci d'avance,
Patrick Mbuyi
"""
    jpg = handwritten_jpeg([
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA LINCE",
        "DENUNCIA POR PÉRDIDA DE DOCUMENTO",
        "Denunciante: Patrick Mbuyi Kabongo",
        "Documento perdido: carné de extranjería 000876234",
        "Fecha: 10/01/2027",
    ], seed=41, signer="Sello PNP")
    msg = mixed(txt(body, charset="iso-8859-1", enc="qp"), jpg_part(jpg, "denuncia_perdida_carne.jpg"))
    finish(msg, frm=addr("Patrick Mbuyi", "patrick.mbuyi@yahoo.fr"), to=RF,
           subject=subj("Duplicado de carné de extranjería / duplicata carte", "iso-8859-1"),
           date=when("2027-01-19 16:29:55", "+01:00"), received="2027-01-19 10:30:20", mailbox=RF, relay=3,
           mid="987654321.1122.1800106195@mail.yahoo.fr")
    add("041-duplicado-ce-frances-denuncia-jpg.eml", msg, mailbox=RF, received="2027-01-19 10:30:20",
        procedure="duplicado_carne_extranjeria", denuncia=True,
        fields={"nombres": "Patrick Mbuyi Kabongo", "sexo": "M", "nacionalidad": "CD",
                "documento_identidad": "OP0456712", "carne_extranjeria": "000876234",
                "fecha_nacimiento": "1984-02-14", "telefono": tel("+51 968 221 045"),
                "correo": "patrick.mbuyi@yahoo.fr"},
        expect=("acuse", []))


# =====================================================================
# 042 Lawyer's general question (triage)
# =====================================================================
def m042():
    body = """Señores Mesa de Partes:

Quisiera confirmar si la mesa de partes virtual acepta escritos con firma digital emitida por entidades de certificación extranjeras, y cuál es el tamaño máximo de los anexos que puedo enviar por este medio. Varios de mis patrocinados tienen documentos de gran tamaño.

Saludos cordiales,

Gonzalo Ríos Cárdenas
Abogado - CAL 55210
"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Gonzalo Ríos Cárdenas", "grios.abogado@gmail.com"), to=MP,
           subject="Consulta sobre envio de escritos", date=when("2027-01-20 14:59:40"),
           received="2027-01-20 15:00:00", mailbox=MP, mid="CAG=Rios0120@mail.gmail.com")
    add("042-triage-abogado-consulta-general.eml", msg, mailbox=MP, received="2027-01-20 15:00:00",
        procedure=None, fields={"correo": "grios.abogado@gmail.com"}, expect=("triage", []))


# =====================================================================
# 043 Reconsideración by a university legal clinic, letterhead PDF with logo
#     (no digital signature) -> manuscrita; notified 14/12/2026, last day
# =====================================================================
def m043():
    body = """Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

La Clínica Jurídica de Migrantes y Refugiados de la Facultad de Derecho de la Universidad del Pacífico Sur remite el recurso de reconsideración de nuestra usuaria, cuyo escrito firmado se adjunta.

1. DATOS DE LA RECURRENTE
   Nombres y apellidos: Wendy Carolina Salas Peraza
   Nacionalidad: venezolana
   Cédula de identidad: V-22.901.456
   Teléfono: 902 334 118
   Correo electrónico: wendysalasp@gmail.com

2. ACTO IMPUGNADO
   Resolución N° 0561-2026-CEPR/SE, notificada el 14/12/2026.

3. FUNDAMENTOS
   3.1 Se ofrece como nueva prueba el informe psicológico que acredita las secuelas de la violencia sufrida por la recurrente a manos de agentes de seguridad del Estado.
   3.2 La resolución no se pronunció sobre la violencia de género alegada en la entrevista.

4. ANEXOS
   4.1 Escrito de reconsideración firmado (PDF).

Atentamente,

Mg. Lucía Carranza Bedoya
Coordinadora - Clínica Jurídica de Migrantes y Refugiados
Universidad del Pacífico Sur - Facultad de Derecho
Av. Salaverry 2020, Jesús María | Tel. (01) 219-0100 anexo 2245
"""
    pdf = text_pdf([
        "CLINICA JURIDICA DE MIGRANTES Y REFUGIADOS - UNIVERSIDAD DEL PACIFICO SUR",
        "",
        "RECURSO DE RECONSIDERACION",
        "",
        "Wendy Carolina Salas Peraza, venezolana, cedula V-22.901.456, telefono 902 334 118, correo "
        "wendysalasp@gmail.com, interpone recurso de reconsideracion contra la Resolucion N. 0561-2026-CEPR/SE, "
        "notificada el 14/12/2026.",
        "",
        "Motivo: se ofrece como nueva prueba el informe psicologico que acredita las secuelas de la violencia "
        "sufrida; la resolucion no se pronuncio sobre la violencia de genero alegada.",
        "",
        "Lima, 7 de enero de 2027",
        "",
        "Firma: Wendy Carolina Salas Peraza",
    ], logo_png=logo_png("UPS"))
    assert pdf_has_image(pdf) and sig_intact(pdf) is None
    msg = mixed(txt(body, enc="qp"), pdf_part(pdf, "Reconsideracion_WSalas_membrete.pdf"))
    finish(msg, frm=addr("Clínica Jurídica de Migrantes – UPS", "clinicamigrantes@ups-derecho.edu.pe"), to=MP,
           subject=subj("Recurso de reconsideración – Wendy Carolina Salas Peraza"),
           date=when("2027-01-07 16:09:30"), received="2027-01-07 16:10:00", mailbox=MP, relay=1,
           mid="ups-cj-20270107-1609@ups-derecho.edu.pe")
    add("043-reconsideracion-clinica-pdf-membrete-ultimo-dia.eml", msg, mailbox=MP, received="2027-01-07 16:10:00",
        procedure="reconsideracion", sig="manuscrita", notified="2026-12-14",
        fields={"nombres": "Wendy Carolina Salas Peraza", "nacionalidad": "VE", "documento_identidad": "V22901456",
                "telefono": tel("902 334 118"), "correo": "wendysalasp@gmail.com",
                "motivo": "nueva prueba: informe psicológico; la resolución no se pronunció sobre la violencia de género"},
        expect=("cargo", ["verificar_firma"]))


# =====================================================================
# 044 Apelación with a text-only PDF (no signature of any kind)
# =====================================================================
def m044():
    body = "Buen dia adjunto mi recurso.\nKendry Pineda\n"
    pdf = text_pdf([
        "Senores Comision Especial para los Refugiados",
        "",
        "Yo Kendry Jose Pineda Castro, venezolano, pasaporte 140118923, telefono 948 620 117, correo "
        "kendrypineda@gmail.com, presento recurso de apelacion contra la resolucion que declaro infundada mi "
        "reconsideracion.",
        "",
        "Motivo: no se tuvo en cuenta que fui reclutado a la fuerza por un grupo irregular en la frontera y que "
        "desertar me pone en peligro de muerte.",
        "",
        "Firma: ________________",
    ], title="RECURSO DE APELACION")
    assert not pdf_has_image(pdf) and sig_intact(pdf) is None
    msg = mixed(txt(body, charset="us-ascii", enc="7bit"), pdf_part(pdf, "apelacion kendry.pdf"))
    finish(msg, frm=addr("Kendry Pineda", "kendrypineda@gmail.com"), to=MP,
           subject="recurso de apelacion", date=when("2027-01-22 09:04:41"),
           received="2027-01-22 09:05:00", mailbox=MP, mid="CAK=Pineda0122@mail.gmail.com")
    add("044-apelacion-pdf-solo-texto-sin-firma.eml", msg, mailbox=MP, received="2027-01-22 09:05:00",
        procedure="apelacion", sig="absent",
        fields={"nombres": "Kendry Jose Pineda Castro", "nacionalidad": "VE", "documento_identidad": "140118923",
                "telefono": tel("948 620 117"), "correo": "kendrypineda@gmail.com",
                "motivo": "fui reclutado a la fuerza por un grupo irregular en la frontera"},
        expect=("subsanar", []))


# =====================================================================
# 045 Empty subject, HTML only, general question (triage)
# =====================================================================
def m045():
    html = """<div dir="ltr"><p>Hola buenas tardes</p><p>¿Cuánto tiempo demora en salir la resolución de mi caso? Ya pasó un año.</p><p>Yessica Paola Lugo</p></div>"""
    msg = txt(html, "html", enc="qp")
    finish(msg, frm=addr("Yessica Lugo", "yessicalugo.p@gmail.com"), to=SR, subject="",
           date=when("2027-01-23 12:59:40"), received="2027-01-23 13:00:00", mailbox=SR,
           mid="CAY=Lugo0123@mail.gmail.com")
    add("045-triage-asunto-vacio-html.eml", msg, mailbox=SR, received="2027-01-23 13:00:00",
        procedure=None, fields={"nombres": "Yessica Paola Lugo", "correo": "yessicalugo.p@gmail.com"},
        expect=("triage", []))


# =====================================================================
# 046 Cambio de contraseña, Latin-1 8bit body, encoded subject, no phone
# =====================================================================
def m046():
    body = """Buenas tardes:
Solicito cambio de contraseña del Sistema de Refugiados, no recuerdo la que me dieron.
Dayron Echevarría Font
cubano
carnet de identidad 92061534127
correo: dayron.ef92@gmail.com
Gracias
"""
    msg = txt(body, charset="iso-8859-1", enc="8bit")
    finish(msg, frm=addr("Dayron Echevarria", "dayron.ef92@gmail.com"), to=SR,
           subject=subj("Cambio de contraseña", "iso-8859-1"), date=when("2027-01-25 16:30:49"),
           received="2027-01-25 16:31:05", mailbox=SR, mid="CAD=Echevarria0125@mail.gmail.com")
    add("046-cambio-clave-latin1-sin-telefono-tras-cierre.eml", msg, mailbox=SR, received="2027-01-25 16:31:05",
        procedure="cambio_clave",
        fields={"nombres": "Dayron Echevarría Font", "nacionalidad": "CU", "documento_identidad": "92061534127",
                "correo": "dayron.ef92@gmail.com"},
        expect=("subsanar", []))


# =====================================================================
# 047 Actualización sent by a law firm, applicant's data only in the PDF
# =====================================================================
def m047():
    body = """Señores
Secretaría Ejecutiva - CEPR
Presente.-

En representación de nuestro patrocinado, adjuntamos el escrito de actualización de datos de contacto. Agradeceremos confirmar la recepción.

Atentamente,

Carla Benavides Soto
Abogada - CAL 39902
Estudio Benavides & Asociados
Av. Arequipa 2450, of. 702, Lince
T. (01) 421-7788
"""
    pdf = text_pdf([
        "ESCRITO: ACTUALIZACION DE DATOS DE CONTACTO",
        "",
        "Nelson Enrique Rivas Mujica, de nacionalidad venezolana, pasaporte N. 125567843, refugiado reconocido "
        "con carne de extranjeria N. 001099872, solicita la actualizacion de sus datos de contacto:",
        "",
        "Nuevo telefono: 978 112 540",
        "Nuevo domicilio: Calle Las Camelias 455, San Isidro",
        "Correo electronico: nelsonrivasm@gmail.com",
        "",
        "Lima, 26 de enero de 2027",
    ])
    msg = mixed(txt(body, enc="qp"), pdf_part(pdf, "Escrito_actualizacion_NRivas.pdf"))
    finish(msg, frm=addr("Carla Benavides Soto", "cbenavides@benavidesasociados.pe"), to=SR,
           subject=subj("Actualización de datos - Nelson Enrique Rivas Mujica"),
           date=when("2027-01-27 09:59:40"), received="2027-01-27 10:00:00", mailbox=SR, relay=2,
           mid="b81e0c47-est-0127@benavidesasociados.pe")
    add("047-actualizacion-estudio-datos-en-pdf-refugiado.eml", msg, mailbox=SR, received="2027-01-27 10:00:00",
        procedure="actualizacion_datos", refugee=True,
        fields={"nombres": "Nelson Enrique Rivas Mujica", "nacionalidad": "VE", "documento_identidad": "125567843",
                "carne_extranjeria": "001099872", "telefono": tel("978 112 540"),
                "correo": "nelsonrivasm@gmail.com"},
        expect=("acuse", []))


# =====================================================================
# 048 Solicitud de refugio for a brother, HTML only, iPhone (portal)
# =====================================================================
def m048():
    html = """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">
<div dir="ltr">Buenas tardes, mi hermano Julián David Cuéllar Ortiz acaba de llegar de Cúcuta y quiere pedir refugio porque lo amenazaron por no pagar la "vacuna". ¿Cómo hace? ¿Tiene que ir en persona a alguna oficina?</div>
<div dir="ltr"><br></div><div dir="ltr">Su número es +57 312 445 6789 (todavía no tiene chip peruano).</div>
<div dir="ltr"><br></div><div dir="ltr">Andrés Cuéllar</div>
<div dir="ltr"><br><div dir="ltr">Enviado desde mi iPhone</div></div></body></html>"""
    msg = txt(html, "html", enc="qp")
    finish(msg, frm=addr("Andrés Felipe Cuéllar", "afcuellar@icloud.com"), to=SR,
           subject="Solicitud de refugio para mi hermano", date=when("2027-01-29 17:54:30"),
           received="2027-01-29 17:55:00", mailbox=SR, mid="5E2C19D4-7A11-4F0B-A9C2-CUELLAR@icloud.com",
           extra=[("X-Mailer", "iPhone Mail (22C152)")])
    add("048-solicitud-refugio-hermano-iphone-html-portal.eml", msg, mailbox=SR, received="2027-01-29 17:55:00",
        procedure="solicitud_refugio",
        fields={"nombres": "Julián David Cuéllar Ortiz", "telefono": tel("+57 312 445 6789"),
                "correo": "afcuellar@icloud.com"},
        expect=("portal", []))


# =====================================================================
# 049 Actualización by an Ecuadorian refugee, holiday, wrong box
# =====================================================================
def m049():
    body = """Buenos días, soy refugiada reconocida y me cambié de domicilio.

Nombres y apellidos: Mayra Alejandra Quishpe Tituaña
Nacionalidad: ecuatoriana
Cédula: 171234567-8
Carné de extranjería: 001145092
Teléfono: 9 8765 4321
Nueva dirección: Jr. Áncash 880, Cercado de Lima

Enviado desde mi iPhone"""
    msg = txt(body, enc="qp")
    finish(msg, frm=addr("Mayra Quishpe", "mayra.quishpe@hotmail.com"), to=MP,
           subject="ACTUALIZACION DE DATOS", date=when("2026-10-08 09:59:40"),
           received="2026-10-08 10:00:00", mailbox=MP, relay=2,
           mid="F3B0A9E1-2D44-4C8A-MQ@hotmail.com")
    add("049-actualizacion-refugiada-feriado-derivado.eml", msg, mailbox=MP, received="2026-10-08 10:00:00",
        procedure="actualizacion_datos", refugee=True,
        fields={"nombres": "Mayra Alejandra Quishpe Tituaña", "nacionalidad": "EC", "documento_identidad": "1712345678",
                "carne_extranjeria": "001145092", "telefono": tel("9 8765 4321"),
                "correo": "mayra.quishpe@hotmail.com"},
        expect=("acuse", ["derivado"]))


# ---------------------------------------------------------------- labels
def label(m):
    proc = m["procedure"]
    rdt = dt.datetime.fromisoformat(m["received"]).replace(tzinfo=LIMA)
    fd = filing_day(rdt)
    reqs = REQ.get(proc, []) if proc else []
    needs_firma = "firma" in reqs
    sig = m["sig"] if needs_firma else "not_required"
    if needs_firma:
        assert m["sig"] in ("valid", "invalid", "manuscrita", "absent"), m["file"]
    else:
        assert m["sig"] == "not_required", m["file"]
    fields = m["fields"]
    missing = []
    for r in reqs:
        star = r.endswith("*")
        r0 = r.rstrip("*")
        if r0 == "firma":
            if sig in ("invalid", "absent"):
                missing.append("firma")
        elif r0 == "denuncia_policial":
            if not m["denuncia"]:
                missing.append(r0)
        elif star and not (m["refugee"] or r0 in fields):
            continue
        elif r0 not in fields:
            missing.append(r0)
    if m["machine"]:
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    elif missing:
        outcome = "subsanar"
    elif proc in RECURSOS:
        outcome = "cargo"
    else:
        outcome = "acuse"
    flags = []
    if outcome not in ("ignorado", "portal", "triage"):
        if HOME[proc] != m["mailbox"]:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and m["notified"]:
            limit = add_bd(dt.date.fromisoformat(m["notified"]), 15)
            if fd > limit:
                flags.append("extemporaneo")
    else:
        missing = []
    if outcome == "subsanar":
        due = add_bd(fd, 2)
    elif outcome in ("acuse", "cargo"):
        due = add_bd(fd, PLAZO[proc])
    else:
        due = None
    exp_out, exp_flags = m["expect"]
    assert outcome == exp_out, (m["file"], outcome, exp_out, missing)
    assert sorted(flags) == sorted(exp_flags), (m["file"], flags, exp_flags)
    if outcome != "ignorado" and "correo" not in fields:
        raise AssertionError(m["file"] + " lacks correo")
    return {"file": m["file"], "mailbox": m["mailbox"], "received": rdt.isoformat(),
            "procedure": proc, "fields": fields, "missing": missing, "signature": sig,
            "outcome": outcome, "flags": flags, "filing_date": fd.isoformat(),
            "due_date": due.isoformat() if due else None}


def flatten(msg):
    if isinstance(msg, bytes):
        return msg
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return b.getvalue()


def main():
    for name in sorted(k for k in globals() if k[:1] == "m" and k[1:].isdigit()):
        globals()[name]()
    for old in HERE.glob("*.eml"):
        old.unlink()
    lines = []
    for m in MESSAGES:
        data = flatten(m["msg"])
        # sanity: the file parses and carries the receiving mailbox and Received header
        parsed = email.message_from_bytes(data)
        assert parsed["Received"] and parsed["Message-ID"] and parsed["Date"] and parsed["From"], m["file"]
        assert m["mailbox"] in (parsed.get("Delivered-To", "") + parsed.get("To", "")), m["file"]
        (HERE / m["file"]).write_bytes(data)
        lines.append(json.dumps(label(m), ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "messages written")


if __name__ == "__main__":
    main()
