#!/usr/bin/env python3
"""Build round52: an ordinary busy fortnight (30 Nov - 13 Dec 2026) of mail to the
three CEPR mailboxes.  Writes NNN-slug.eml files and labels.jsonl next to this script.

Run with the r52 venv:  /work/rounds/.venv-r52/bin/python build.py
"""
import datetime as dt
import hashlib
import io
import json
import logging
import os
import random
import re
import sys
import tomllib
import unicodedata
import warnings
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
import pypdf
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

warnings.filterwarnings("ignore")
logging.disable(logging.CRITICAL)

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
CFG = tomllib.load(open(os.path.join(HERE, "config.toml"), "rb"))["calendar"]
NWD = {dt.date.fromisoformat(d) for d in CFG["non_working_days"]}
CLOSE = dt.time.fromisoformat(CFG["office_close"]) if CFG.get("office_close") else None
PE_HOL = holidays.country_holidays("PE", years=range(2026, 2028))

SOL = "solicitantesrefugio@rree.gob.pe"
MDP = "mesadepartes@rree.gob.pe"
REF = "refugiados@rree.gob.pe"
INSTITUTIONAL = {SOL, MDP, REF}

# ---------------------------------------------------------------- the contract
TABLE = {  # code: (home, requirements in table order, plazo, outcome when complete)
    "solicitud_refugio": ("portal", [], None, "portal"),
    "autorizacion_trabajo": ("portal", [], None, "portal"),
    "entrevista_registro": ("portal", [], None, "portal"),
    "carne_solicitante": (SOL, [], None, "suspendido"),
    "actualizacion_datos": (SOL, ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15, "acuse"),
    "cambio_clave": (SOL, ["nombres", "documento_identidad", "telefono", "correo"], 15, "acuse"),
    "reconsideracion": (MDP, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15, "cargo"),
    "apelacion": (MDP, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30, "cargo"),
    "renuncia": (MDP, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15, "acuse"),
    "prorroga_residencia": (REF, ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15, "acuse"),
    "duplicado_carne_extranjeria": (REF, ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15, "acuse"),
    "autorizacion_viaje": (REF, ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5, "acuse"),
}
RECURSOS = {"reconsideracion", "apelacion"}


def is_business(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NWD


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_business(d) and (CLOSE is None or loc.time() < CLOSE):
        return d
    return next_business(d)


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


def late(notified, filing):
    """extemporaneo: filing day after the 15th business day counted from the day after notification."""
    return filing > add_business(notified, 15)


# ---------------------------------------------------------------- documents
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FIXED = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc)


def scribble(seed, w=360, h=110):
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(im)
    pts = []
    x = 15
    while x < w - 20:
        pts.append((x, rnd.randint(20, h - 20)))
        x += rnd.randint(8, 22)
    dr.line(pts, fill=(20, 30, 120), width=3)
    dr.line([(20, h - 18), (w - 30, h - 24)], fill=(20, 30, 120), width=2)
    return im


def text_pdf(lines, signature_image=None, title=None):
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.set_creation_date(FIXED)
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        if line == "":
            pdf.ln(4)
            continue
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    if signature_image is not None:
        pdf.ln(4)
        pdf.image(signature_image, w=60)
    return bytes(pdf.output())


def letter_image(lines, seed, sign=True):
    font = ImageFont.truetype(FONT, 22)
    w, h = 1240, 120 + 34 * len(lines) + 220
    im = Image.new("RGB", (w, h), (250, 249, 244))
    dr = ImageDraw.Draw(im)
    y = 80
    for line in lines:
        dr.text((90, y), line, fill=(25, 25, 25), font=font)
        y += 34
    if sign:
        im.paste(scribble(seed), (90, y + 40))
    rnd = random.Random(seed)
    for _ in range(1500):  # a little scanner noise
        im.putpixel((rnd.randrange(w), rnd.randrange(h)), (200, 200, 200))
    return im


def jpeg_bytes(im):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=80)
    return b.getvalue()


def scanned_pdf(lines, seed):
    im = letter_image(lines, seed)
    pdf = FPDF()
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    pdf.image(im, x=0, y=0, w=210)
    return bytes(pdf.output())


def _signer(cn):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=1825))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    tmp = os.path.join(HERE, ".tmp-signer")
    os.makedirs(tmp, exist_ok=True)
    kp, cp = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
    open(kp, "wb").write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    open(cp, "wb").write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kp, cp)
    os.remove(kp)
    os.remove(cp)
    os.rmdir(tmp)
    return s


def signed_pdf(lines, cn):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(text_pdf(lines)))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma"), signer=_signer(cn))
    return out.getvalue()


def tampered_pdf(lines, cn, old, new):
    assert len(old) == len(new)
    data = signed_pdf(lines, cn)
    assert data.count(old) == 1, old
    return data.replace(old, new)


def pdf_signature_intact(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data))
    return [validate_pdf_signature(s).intact for s in r.embedded_signatures]


def pdf_text(data):
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def pdf_has_image(data):
    return any(len(p.images) for p in pypdf.PdfReader(io.BytesIO(data)).pages)


# ---------------------------------------------------------------- messages
def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)


M = []


def msg(**kw):
    M.append(kw)


# ====================== actualizacion_datos
msg(slug="actualizacion-datos-celular", mailbox=SOL, received=T(2026, 11, 30, 9, 12, 33),
    frm=("Yeli", "yelirojas87@hotmail.com"), subject="actualizacion de datos",
    body="""buenos dias, es para actualizar mis datos xfa
soy yelitza del valle rojas, venezolana, ced v-19.876.543
mi nro nuevo es 912 345 678
y mi correo nuevo yelitzarojas.22@gmail.com
grs

Enviado desde mi iPhone""",
    procedure="actualizacion_datos",
    fields=dict(nombres="yelitza del valle rojas", nacionalidad="VE", documento_identidad="V19876543",
                telefono="+51912345678", correo="yelitzarojas.22@gmail.com"),
    missing=[], signature="not_required")

msg(slug="actualizacion-datos-refugiado-sin-carne", mailbox=SOL, received=T(2026, 12, 1, 17, 40, 10),
    frm=("Hernando Rincón", "hernando.rincon.q@gmail.com"), subject="Actualización de datos",
    body="""Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

Reciban un cordial y respetuoso saludo. Por medio de la presente me permito solicitar, de la manera más atenta, la actualización de mis datos de contacto en el sistema, toda vez que en el mes de octubre cambié de domicilio y de operador telefónico.

Mis datos son los siguientes: mi nombre completo es Hernando José Rincón Quintero, de nacionalidad colombiana, identificado con cédula de ciudadanía N° 79.845.120 expedida en Bogotá. Soy refugiado reconocido por el Estado peruano desde el año 2023.

Mi nuevo número de celular es el 956 781 203. Mi nueva dirección es Jr. Los Pinos 455, San Juan de Lurigancho, Lima. Asimismo, les comunico que mi esposa, la señora Luz Marina Ortiz Vela, también cambió su número, siendo ahora el 956 781 204, por si necesitaran ubicarla.

Agradeciendo de antemano la atención que se sirvan brindar a la presente, quedo de ustedes.

Atentamente,

Hernando José Rincón Quintero""",
    procedure="actualizacion_datos", refugee=True,
    fields=dict(motivo="cambié de domicilio y de operador telefónico", nombres="Hernando José Rincón Quintero", nacionalidad="CO", documento_identidad="79845120",
                telefono="+51956781203", correo="hernando.rincon.q@gmail.com"),
    missing=["carne_extranjeria"], signature="not_required")

msg(slug="actualizacion-datos-formulario-cubana-buzon-equivocado", mailbox=REF, received=T(2026, 12, 5, 11, 3, 0),
    frm=("Yusleidy C.", "yusleidy.castillo@gmail.com"), subject="ACTUALIZACION DE DATOS // Castillo Marrero",
    body="""FORMULARIO ACTUALIZACION
==========================
NOMBRES Y APELLIDOS ::: Yusleidy Castillo Marrero
NACIONALIDAD ::: cubana
CARNET DE IDENTIDAD ::: 89061234567
CARNE DE EXTRANJERIA ::: 000456789
TELEFONO NUEVO ::: +51 944 332 110
DIRECCION NUEVA ::: Av. Brasil 2150, dpto 302, Pueblo Libre
==========================
Por favor actualizar. Gracias.""",
    procedure="actualizacion_datos",
    fields=dict(nombres="Yusleidy Castillo Marrero", nacionalidad="CU", documento_identidad="89061234567",
                carne_extranjeria="000456789", telefono="+51944332110", correo="yusleidy.castillo@gmail.com"),
    missing=[], signature="not_required")

msg(slug="consulta-actualizacion-sin-telefono-haitiano", mailbox=SOL, received=T(2026, 12, 10, 10, 5, 47),
    frm=("Jean Robert", "jrobert.pierre509@gmail.com"), subject="Consulta",
    body="""Buenos días señores,

Yo quiero hacer la actualización de datos de contacto porque me mudé. Mi nombre es Jean Robert Pierre, nacionalidad haitiana, pasaporte RD5123456. Mi nueva dirección es Calle Las Begonias 312, Los Olivos. Mi correo sigue siendo el mismo.

Mi hermana Marie Pierre también vive conmigo ahora, su pasaporte es RD5123999.

Muchas gracias por su ayuda.
Jean Robert""",
    procedure="actualizacion_datos",
    fields=dict(motivo="me mudé", nombres="Jean Robert Pierre", nacionalidad="HT", documento_identidad="RD5123456",
                correo="jrobert.pierre509@gmail.com"),
    missing=["telefono"], signature="not_required")

msg(slug="actualizacion-datos-solo-pdf-ecuatoriana", mailbox=SOL, received=T(2026, 12, 11, 16, 45, 2),
    frm=("Fernanda P.", "mfparedes.ec@outlook.com"), subject="Actualización de datos - Paredes",
    body="Buenas tardes, adjunto el formulario con mis datos actualizados.\n\nSaludos cordiales.",
    attachments=[("formulario_actualizacion.pdf", "pdf", dict(lines=[
        "SOLICITUD DE ACTUALIZACIÓN DE DATOS DE CONTACTO",
        "",
        "Nombres y apellidos: María Fernanda Paredes Loor",
        "Nacionalidad: Ecuatoriana",
        "Cédula de identidad: 131245678-9",
        "Fecha de nacimiento: 1992-08-21",
        "Teléfono celular: 987 001 245",
        "Correo electrónico: mfparedes.ec@outlook.com",
        "Dirección: Calle Los Cedros 120, Santiago de Surco, Lima",
        "Condición: solicitante de refugio",
        "",
        "Lima, 11 de diciembre de 2026"]))],
    procedure="actualizacion_datos",
    fields=dict(nombres="María Fernanda Paredes Loor", nacionalidad="EC", documento_identidad="1312456789",
                fecha_nacimiento="1992-08-21", telefono="+51987001245", correo="mfparedes.ec@outlook.com"),
    missing=[], signature="not_required")

# ====================== cambio_clave
msg(slug="cambio-clave-celular-noche", mailbox=SOL, received=T(2026, 11, 30, 20, 15, 19),
    frm=("jhonny p", "jhonnyalex.perez@gmail.com"), subject="cambio d clave",
    body="""ola buenas noches
necesito cambio de clave y contraseña x fa xq no puedo entrar al sistema d refugiados
nombre: jhonny alexander perez briceño
pasaporte 145678923
wsp +58 414-765 4321
gracias!!""",
    procedure="cambio_clave",
    fields=dict(motivo="no puedo entrar al sistema d refugiados", nombres="jhonny alexander perez briceño", documento_identidad="145678923",
                telefono="+584147654321", correo="jhonnyalex.perez@gmail.com"),
    missing=[], signature="not_required")

msg(slug="cambio-clave-hija-escribe-por-padre", mailbox=REF, received=T(2026, 12, 2, 11, 30, 55),
    frm=("Andreína Salas", "andreina.salas.m@gmail.com"),
    subject="Cambio de clave y contraseña - Sr. Rafael Salas",
    body="""Buenos días,

Les escribo en nombre de mi padre, el señor Rafael Antonio Salas Guédez, venezolano, cédula V-7.654.321, quien es solicitante de refugio. Él no maneja bien la computadora, por eso le ayudo yo.

Les pido por favor el cambio de clave y contraseña de su cuenta, porque no recuerda la contraseña del Sistema de Refugiados.

Datos de contacto de mi papá:
- Celular: 951 203 478
- Correo: rafael.salas.g54@gmail.com

Yo soy su hija, Andreína Salas Medina, C.I. V-24.111.222; por cualquier cosa mi número es 951 203 479.

Gracias de antemano.""",
    procedure="cambio_clave",
    fields=dict(motivo="no recuerda la contraseña del Sistema de Refugiados", nombres="Rafael Antonio Salas Guédez", nacionalidad="VE", documento_identidad="V7654321",
                telefono="+51951203478", correo="rafael.salas.g54@gmail.com"),
    missing=[], signature="not_required")

msg(slug="re-cambio-contrasena-sin-telefono", mailbox=SOL, received=T(2026, 12, 6, 19, 22, 0),
    frm=("Diana Marcela Úsuga", "dianausuga.co@yahoo.com"), subject="RE: Cambio de contraseña",
    body="""Buenas noches, respondo a su correo. Les reenvío lo que me pidieron para el cambio de contraseña:

Nombre completo - Diana Marcela Úsuga Restrepo
Nacionalidad - colombiana
Pasaporte - AV482913

Quedo atenta.

-----Mensaje original-----
De: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
Enviado: jueves, 3 de diciembre de 2026 10:12
Para: dianausuga.co@yahoo.com
Asunto: Cambio de contraseña

Estimada usuaria: para atender su pedido envíe sus nombres y apellidos, número de pasaporte o cédula, teléfono de contacto y correo electrónico.""",
    procedure="cambio_clave",
    fields=dict(nombres="Diana Marcela Úsuga Restrepo", nacionalidad="CO", documento_identidad="AV482913",
                correo="dianausuga.co@yahoo.com"),
    missing=["telefono"], signature="not_required")

msg(slug="solicitud-vaga-cambio-clave-cubano", mailbox=SOL, received=T(2026, 12, 11, 9, 2, 13),
    frm=("Osmany", "osmany.leyva84@gmail.com"), subject="Solicitud",
    body="""Estimados señores:

Solicito el cambio de clave y contraseña del Sistema de Refugiados, pues el enlace para recuperarla no me llega.

Mis datos:
Nombre y apellidos: Osmany Leyva Fonseca
Nacionalidad: cubana
Carnet de identidad: 84111209876
Teléfono: 9 8765 4321
Correo: osmany.leyva84@gmail.com

Aclaro que mi esposa, Dayami Ruiz Prieto (pasaporte K456123), tiene su propia cuenta y esa no hay que cambiarla.

Saludos,
Osmany""",
    procedure="cambio_clave",
    fields=dict(motivo="el enlace para recuperarla no me llega", nombres="Osmany Leyva Fonseca", nacionalidad="CU", documento_identidad="84111209876",
                telefono="+51987654321", correo="osmany.leyva84@gmail.com"),
    missing=[], signature="not_required")

# ====================== reconsideracion
msg(slug="reconsideracion-pdf-firmado-a-tiempo", mailbox=MDP, received=T(2026, 11, 30, 11, 47, 40),
    frm=("Luis A. Marcano", "lamarcano.ve@gmail.com"), subject="Recurso de Reconsideración",
    body="""Señores de Mesa de Partes:

Adjunto mi Recurso de Reconsideración firmado digitalmente contra la Resolución que deniega mi solicitud de refugio, notificada el 20 de noviembre de 2026.

Nombre: Luis Alfredo Marcano Ferrer
Cédula: V-16.543.210
Teléfono: +51 923 456 781
Correo: lamarcano.ve@gmail.com

Motivo: la resolución no valoró las amenazas que recibí del colectivo de mi sector, que acredito con los mensajes y la constancia que presento como nueva prueba en el escrito.

Atentamente,
Luis A. Marcano""",
    attachments=[("recurso_reconsideracion_marcano.pdf", "signed", dict(cn="LUIS ALFREDO MARCANO FERRER", lines=[
        "RECURSO DE RECONSIDERACIÓN",
        "",
        "Señores Comisión Especial para los Refugiados",
        "",
        "Luis Alfredo Marcano Ferrer, de nacionalidad venezolana, con cédula V-16.543.210,",
        "teléfono +51 923 456 781 y correo lamarcano.ve@gmail.com, interpongo recurso de",
        "reconsideración contra la resolución que deniega mi solicitud de refugio, notificada",
        "el 20 de noviembre de 2026.",
        "",
        "Fundamento: la resolución no valoró las amenazas que recibí del colectivo de mi sector.",
        "Ofrezco como nueva prueba capturas de mensajes y la constancia de la junta vecinal.",
        "",
        "Lima, 30 de noviembre de 2026",
        "Firmado digitalmente: Luis Alfredo Marcano Ferrer"]))],
    procedure="reconsideracion", notified=dt.date(2026, 11, 20),
    fields=dict(nombres="Luis Alfredo Marcano Ferrer", nacionalidad="VE", documento_identidad="V16543210",
                telefono="+51923456781", correo="lamarcano.ve@gmail.com", motivo="la resolución no valoró las amenazas que recibí del colectivo de mi sector"),
    missing=[], signature="valid")

msg(slug="reconsideracion-sin-firma-extemporanea", mailbox=MDP, received=T(2026, 12, 3, 15, 10, 8),
    frm=("Yeison Mosquera", "yeisonmosquera1990@hotmail.com"), subject="recurso de reconsideracion - Yeison Mosquera",
    body="""Señores Comisión Especial para los Refugiados
Asunto: Recurso de reconsideración

Yo, YEISON ANDRÉS MOSQUERA PALACIOS, identificado con C.C. N° 1.077.456.321, de nacionalidad colombiana, con celular 940 112 358 y correo yeisonmosquera1990@hotmail.com, interpongo recurso de reconsideración contra la resolución que me deniega la condición de refugiado, la cual me fue notificada con fecha 05/11/2026.

Fundamento mi recurso en que no se tomó en cuenta que mi familia fue desplazada del Chocó por grupos armados, hecho que consta en el certificado de la Unidad para las Víctimas que obtuve después de la entrevista.

Por lo expuesto, pido se reconsidere la decisión.

Lima, 3 de diciembre de 2026
Yeison Andrés Mosquera Palacios""",
    procedure="reconsideracion", notified=dt.date(2026, 11, 5),
    fields=dict(nombres="YEISON ANDRÉS MOSQUERA PALACIOS", nacionalidad="CO", documento_identidad="1077456321",
                telefono="+51940112358", correo="yeisonmosquera1990@hotmail.com",
                motivo="no se tomó en cuenta que mi familia fue desplazada del Chocó por grupos armados"),
    missing=["firma"], signature="absent")

msg(slug="reconsideracion-foto-firmada-haitiano", mailbox=MDP, received=T(2026, 12, 4, 18, 20, 31),
    frm=("Wilner J", "wilnerjoseph.ht@gmail.com"), subject="Reconsideracion",
    body="""Buenas noches. Envío foto de mi recurso de reconsideración firmado a mano.

Soy Wilner Joseph, haitiano, pasaporte RD4478120.
Me notificaron la resolución el 16/11/26.
El motivo: en la entrevista no tuve intérprete de creole y no entendí bien las preguntas, por eso mis respuestas salieron confusas. Pido nueva entrevista con intérprete.
Mi teléfono: 963 552 870. Correo wilnerjoseph.ht@gmail.com

Gracias.""",
    attachments=[("IMG_20261204_181502.jpg", "jpeg", dict(lines=[
        "Lima, 4 de diciembre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "RECURSO DE RECONSIDERACIÓN",
        "Yo, Wilner Joseph, pasaporte RD4478120, pido reconsiderar la resolución",
        "que me niega el refugio. En la entrevista no tuve intérprete de creole.",
        "Teléfono 963 552 870",
        "Firma:"]))],
    procedure="reconsideracion", notified=dt.date(2026, 11, 16),
    fields=dict(nombres="Wilner Joseph", nacionalidad="HT", documento_identidad="RD4478120",
                telefono="+51963552870", correo="wilnerjoseph.ht@gmail.com",
                motivo="en la entrevista no tuve intérprete de creole"),
    missing=[], signature="manuscrita")

msg(slug="reconsideracion-solo-pdf-firmado-buzon-equivocado-tardia", mailbox=REF, received=T(2026, 12, 10, 9, 40, 0),
    frm=("Génesis", "genesisbello.95@gmail.com"), subject="Recurso de reconsideracion",
    body="Buenos días, remito adjunto mi recurso debidamente firmado. Quedo atenta a su cargo.\n\nSaludos.",
    attachments=[("reconsideracion_GBA.pdf", "signed", dict(cn="GENESIS CAROLINA BELLO ARAUJO", lines=[
        "RECURSO DE RECONSIDERACIÓN",
        "",
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "",
        "GÉNESIS CAROLINA BELLO ARAUJO, de nacionalidad venezolana, con pasaporte N° 132987456,",
        "con domicilio en Av. Próceres 1320, San Juan de Lurigancho, teléfono 924 780 316 y",
        "correo electrónico genesisbello.95@gmail.com, ante ustedes me presento y digo:",
        "",
        "Que interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución N° 01234-2026-CEPR,",
        "que me fue notificada el día 2 de noviembre de 2026, por los siguientes fundamentos:",
        "",
        "MOTIVO: la Comisión no consideró que soy perseguida por mi participación en las",
        "protestas de 2024. Adjunto como nueva prueba la constancia de detención de mi hermano",
        "Jesús Bello Araujo, C.I. V-27.333.444.",
        "",
        "Lima, 9 de diciembre de 2026",
        "Firmado digitalmente"]))],
    procedure="reconsideracion", notified=dt.date(2026, 11, 2),
    fields=dict(nombres="GÉNESIS CAROLINA BELLO ARAUJO", nacionalidad="VE", documento_identidad="132987456",
                telefono="+51924780316", correo="genesisbello.95@gmail.com",
                motivo="la Comisión no consideró que soy perseguida por mi participación en las protestas de 2024"),
    missing=[], signature="valid")

msg(slug="reconsideracion-firma-alterada-ecuatoriano", mailbox=MDP, received=T(2026, 12, 12, 10, 14, 44),
    frm=("Byron Cedeño", "byron.cedeno.m@gmail.com"), subject="Recurso de Reconsideración - Cedeño Macías",
    body="""Señores:
Adjunto el escrito de reconsideración con mi firma digital.

Datos:
Nombres: Byron Javier Cedeño Macías
Nacionalidad: ecuatoriana
Cédula: 0923456781
Celular / WhatsApp: +593 98 765 4321
Correo: byron.cedeno.m@gmail.com
Resolución notificada: 2026-12-01
Motivo: presento la constancia fiscal que no pude obtener antes de la entrevista, que prueba las extorsiones de la banda que opera en mi barrio de Guayaquil.

Atte.
Byron Cedeño""",
    attachments=[("reconsideracion_cedeno.pdf", "tampered", dict(cn="BYRON JAVIER CEDENO MACIAS",
        old=b"respetuosamente", new=b"RESPETUOSAMENTE", lines=[
        "RECURSO DE RECONSIDERACIÓN",
        "",
        "Byron Javier Cedeño Macías, ecuatoriano, cédula 0923456781, celular +593 98 765 4321,",
        "correo byron.cedeno.m@gmail.com, solicito respetuosamente la reconsideración de la",
        "resolución notificada el 2026-12-01.",
        "",
        "Motivo: presento la constancia fiscal que prueba las extorsiones de la banda que opera",
        "en mi barrio de Guayaquil.",
        "",
        "Lima, 12 de diciembre de 2026"]))],
    procedure="reconsideracion", notified=dt.date(2026, 12, 1),
    fields=dict(nombres="Byron Javier Cedeño Macías", nacionalidad="EC", documento_identidad="0923456781",
                telefono="+593987654321", correo="byron.cedeno.m@gmail.com",
                motivo="presento la constancia fiscal que no pude obtener antes de la entrevista"),
    missing=["firma"], signature="invalid")

# ====================== apelacion
msg(slug="apelacion-abogado-en-representacion", mailbox=MDP, received=T(2026, 12, 1, 10, 20, 12),
    frm=("Estudio Vargas & Asociados", "mvargas@vargasabogados.pe"),
    subject="Recurso de Apelación - Sra. Leidy Johana Caicedo Mina",
    body="""Señores
Mesa de Partes Digital - Ministerio de Relaciones Exteriores

De mi consideración:

Mario Vargas Quispe, abogado, con Registro CAL N° 45871 y DNI 40123456, en representación de la señora LEIDY JOHANA CAICEDO MINA, de nacionalidad colombiana, identificada con cédula de ciudadanía N° 1.144.052.987, me dirijo a ustedes para interponer Recurso de Apelación contra la resolución que confirma la denegatoria de su solicitud de refugio, notificada el 16 de noviembre de 2026.

El motivo de la apelación es que la Comisión aplicó indebidamente la alternativa de huida interna, sin considerar que la organización que amenaza a mi patrocinada tiene presencia en todo el territorio colombiano.

Para efectos de notificación, señalo el correo mvargas@vargasabogados.pe y el teléfono (01) 426-7788 del estudio.

Adjunto el escrito firmado digitalmente.

Atentamente,
Mario Vargas Quispe
Abogado""",
    attachments=[("apelacion_caicedo_mina.pdf", "signed", dict(cn="MARIO VARGAS QUISPE", lines=[
        "RECURSO DE APELACIÓN",
        "",
        "Patrocinada: LEIDY JOHANA CAICEDO MINA, C.C. 1.144.052.987, de nacionalidad colombiana.",
        "Abogado: Mario Vargas Quispe, CAL 45871.",
        "Domicilio para notificaciones: mvargas@vargasabogados.pe / (01) 426-7788",
        "",
        "Resolución impugnada: notificada el 16 de noviembre de 2026.",
        "",
        "Fundamento: la Comisión aplicó indebidamente la alternativa de huida interna, sin",
        "considerar que la organización que amenaza a la recurrente tiene presencia en todo",
        "el territorio colombiano.",
        "",
        "Lima, 1 de diciembre de 2026"]))],
    procedure="apelacion", notified=dt.date(2026, 11, 16),
    fields=dict(nombres="LEIDY JOHANA CAICEDO MINA", nacionalidad="CO", documento_identidad="1144052987",
                telefono="+5114267788", correo="mvargas@vargasabogados.pe",
                motivo="la Comisión aplicó indebidamente la alternativa de huida interna"),
    missing=[], signature="valid")

msg(slug="apelacion-escaneada-celular-tardia", mailbox=MDP, received=T(2026, 12, 2, 22, 50, 5),
    frm=("kely", "kellyjmora@gmail.com"), subject="apelacion",
    body="""buenas noches disculpen la hora
les mando mi recurso de apelacion escaneado y firmado
mis datos: kelly johanna mora uzcategui / ced. v-21.345.678 / cel 935 441 026 / correo kellyjmora@gmail.com
me llego la notificacion el 10-11-2026 pero no habia podido sacar el escaneo antes porque estaba trabajando
el motivo es q no tomaron en cuenta las pruebas de la persecucion a mi mama y a mi, mi mama es dirigente vecinal en barquisimeto
mil gracias""",
    attachments=[("apelacion_escaneada.pdf", "scanned", dict(lines=[
        "Lima, 2 de diciembre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "RECURSO DE APELACIÓN",
        "Yo, Kelly Johanna Mora Uzcátegui, C.I. V-21.345.678, apelo la resolución",
        "que confirma la denegatoria de mi solicitud de refugio.",
        "No se tomaron en cuenta las pruebas de la persecución a mi madre y a mí.",
        "Celular 935 441 026 - kellyjmora@gmail.com",
        "Firma:"]))],
    procedure="apelacion", notified=dt.date(2026, 11, 10),
    fields=dict(nombres="kelly johanna mora uzcategui", documento_identidad="V21345678",
                telefono="+51935441026", correo="kellyjmora@gmail.com",
                motivo="no tomaron en cuenta las pruebas de la persecucion a mi mama y a mi"),
    missing=[], signature="manuscrita")

msg(slug="apelacion-pdf-sin-firma-buzon-equivocado", mailbox=REF, received=T(2026, 12, 4, 12, 0, 37),
    frm=("Yoandry Pérez", "yoandryperez.cu@gmail.com"), subject="Recurso de Apelacion",
    body="Buenas tardes:\nEn el documento adjunto está mi recurso de apelación. No tengo firma digital, lo escribí en la computadora.\nSaludos, Yoandry",
    attachments=[("apelacion.pdf", "pdf", dict(lines=[
        "RECURSO DE APELACIÓN",
        "",
        "Yo, Yoandry Pérez Cabrera, ciudadano cubano, con pasaporte N° L345678, teléfono",
        "+51 987 345 120 y correo yoandryperez.cu@gmail.com, interpongo recurso de apelación",
        "contra la resolución que confirma la denegatoria de mi solicitud de refugio. La",
        "notificación electrónica de la resolución me llegó el lunes 9 de noviembre de 2026.",
        "",
        "Motivo: la Comisión consideró que mi temor no es fundado, pero fui detenido dos veces",
        "por publicar críticas al gobierno en redes sociales y tengo una citación policial pendiente.",
        "",
        "Lima, 3 de diciembre de 2026",
        "Yoandry Pérez Cabrera"]))],
    procedure="apelacion", notified=dt.date(2026, 11, 9),
    fields=dict(nombres="Yoandry Pérez Cabrera", nacionalidad="CU", documento_identidad="L345678",
                telefono="+51987345120", correo="yoandryperez.cu@gmail.com",
                motivo="fui detenido dos veces por publicar críticas al gobierno en redes sociales"),
    missing=["firma"], signature="absent")

msg(slug="apelacion-carta-cortes-familia", mailbox=MDP, received=T(2026, 12, 10, 16, 29, 12),
    frm=("Carlos Eduardo Peña", "cepena.rivas@gmail.com"),
    subject="Recurso de Apelación – Carlos Eduardo Peña Rivas",
    body="""Distinguidos señores de la Comisión Especial para los Refugiados:

Tengo el agrado de dirigirme a ustedes, con el debido respeto, para hacerles llegar adjunto mi Recurso de Apelación, suscrito con firma digital, contra la resolución que confirmó la denegatoria de mi solicitud de refugio, resolución de la cual fui notificado el día 25 de noviembre del 2026.

Mi nombre es Carlos Eduardo Peña Rivas, de nacionalidad venezolana, titular del pasaporte N° 118765432. Pueden contactarme al teléfono +51 981 230 045 o al correo cepena.rivas@gmail.com.

Apelo porque la Comisión no tuvo en cuenta que fui funcionario público, despedido y hostigado por negarme a participar en actos políticos, lo cual está documentado en el escrito.

Mi solicitud comprende también a mi grupo familiar: mi esposa, María Alejandra Torres de Peña, pasaporte N° 118765999, y nuestros hijos Sebastián Peña Torres (pasaporte 119000111) y Valentina Peña Torres (pasaporte 119000112), quienes dependen de la decisión sobre mi caso.

Sin otro particular, y agradeciendo la atención que brinden a la presente, me despido de ustedes.

Muy atentamente,

Carlos Eduardo Peña Rivas""",
    attachments=[("Apelacion_Pena_Rivas.pdf", "signed", dict(cn="CARLOS EDUARDO PENA RIVAS", lines=[
        "RECURSO DE APELACIÓN",
        "",
        "Carlos Eduardo Peña Rivas, venezolano, pasaporte N° 118765432, teléfono +51 981 230 045,",
        "correo cepena.rivas@gmail.com, apelo la resolución que confirmó la denegatoria de mi",
        "solicitud de refugio, notificada el 25 de noviembre de 2026.",
        "",
        "Motivo: fui funcionario público, despedido y hostigado por negarme a participar en actos",
        "políticos. Adjunto la carta de despido y las denuncias presentadas ante la Defensoría.",
        "",
        "Lima, 10 de diciembre de 2026"]))],
    procedure="apelacion", notified=dt.date(2026, 11, 25),
    fields=dict(nombres="Carlos Eduardo Peña Rivas", nacionalidad="VE", documento_identidad="118765432",
                telefono="+51981230045", correo="cepena.rivas@gmail.com",
                motivo="fui funcionario público, despedido y hostigado por negarme a participar en actos políticos"),
    missing=[], signature="valid")

msg(slug="rv-apelacion-sin-documento-despues-del-cierre", mailbox=MDP, received=T(2026, 12, 11, 16, 31, 50),
    date_offset=-150,
    frm=("Andres F. Giraldo", "afgiraldo.trabajo@gmail.com"), subject="RV: Recurso de Apelación",
    body="""Lo reenvío desde mi correo del trabajo porque el otro no me deja adjuntar.

Mi nombre completo es Andrés Felipe Giraldo Ospina, colombiano. Apelo la resolución que me negó el refugio, que me notificaron el pasado 26/11/2026: la Comisión dice que mi relato no es creíble pero no me dejaron presentar las cartas de amenaza del frente que opera en Tuluá, que ahora van dentro del escrito firmado.
Celular en Lima: 947 118 260
Mi correo personal es afgiraldo88@gmail.com

---------- Forwarded message ---------
De: Andrés Giraldo <afgiraldo88@gmail.com>
Date: vie, 11 dic 2026 a las 16:10
Subject: Recurso de Apelación
To: <mesadepartes@rree.gob.pe>

(adjunto)""",
    attachments=[("recurso_apelacion_AFGO.pdf", "signed", dict(cn="ANDRES FELIPE GIRALDO OSPINA", lines=[
        "RECURSO DE APELACIÓN",
        "",
        "Andrés Felipe Giraldo Ospina, de nacionalidad colombiana, celular 947 118 260,",
        "correo afgiraldo88@gmail.com.",
        "",
        "Apelo la resolución que me negó el refugio. La Comisión considera que mi relato no es",
        "creíble, pero no me permitieron presentar las cartas de amenaza del frente que opera",
        "en Tuluá, que acompaño a este escrito.",
        "",
        "Lima, 11 de diciembre de 2026"]))],
    procedure="apelacion", notified=dt.date(2026, 11, 26),
    fields=dict(nombres="Andrés Felipe Giraldo Ospina", nacionalidad="CO", telefono="+51947118260",
                correo="afgiraldo88@gmail.com",
                motivo="no me dejaron presentar las cartas de amenaza del frente que opera en Tuluá"),
    missing=["documento_identidad"], signature="valid")

# ====================== renuncia
msg(slug="renuncia-solicitante-pdf-firmado", mailbox=MDP, received=T(2026, 11, 30, 15, 0, 21),
    frm=("Oriana Suárez", "orianasuarez.v@gmail.com"), subject="Renuncia",
    body="""Buenas tardes,

Adjunto mi carta de renuncia a la solicitud de refugio, firmada digitalmente.

Resumen:
Nombres y apellidos: Oriana Valentina Suárez Linares
Nacionalidad: venezolana
Pasaporte: 139456001
Teléfono: 912 008 774
Motivo: regreso a Venezuela para cuidar a mi abuela, que está enferma, y ya no deseo continuar con el trámite.

Gracias.""",
    attachments=[("carta_renuncia_suarez.pdf", "signed", dict(cn="ORIANA VALENTINA SUAREZ LINARES", lines=[
        "CARTA DE RENUNCIA",
        "",
        "Yo, Oriana Valentina Suárez Linares, venezolana, pasaporte 139456001, teléfono",
        "912 008 774, renuncio a mi solicitud de refugio.",
        "",
        "Motivo: regreso a Venezuela para cuidar a mi abuela, que está enferma.",
        "",
        "Lima, 30 de noviembre de 2026"]))],
    procedure="renuncia",
    fields=dict(nombres="Oriana Valentina Suárez Linares", nacionalidad="VE", documento_identidad="139456001",
                telefono="+51912008774", correo="orianasuarez.v@gmail.com",
                motivo="regreso a Venezuela para cuidar a mi abuela"),
    missing=[], signature="valid")

msg(slug="renuncia-refugiada-foto-sin-carne", mailbox=MDP, received=T(2026, 12, 3, 8, 10, 9),
    frm=("Gloria P. Henao", "gphenao@gmail.com"), subject="Renuncia a la condición de refugiada",
    body="""Señores CEPR:

Yo, Gloria Patricia Henao Cardona, colombiana, cédula de ciudadanía 43.567.890, refugiada reconocida, presento mi renuncia a la condición de refugiada. El motivo es que obtuve la residencia permanente en España por reagrupación familiar con mi hijo y viajo a vivir allá en enero.

Adjunto la carta firmada (foto).
Mi número: +51 998 776 554.

Gloria P. Henao""",
    attachments=[("carta renuncia.jpg", "jpeg", dict(lines=[
        "Lima, 2 de diciembre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "Yo, Gloria Patricia Henao Cardona, C.C. 43.567.890, renuncio",
        "a la condición de refugiada por haber obtenido residencia en España.",
        "Firma:"]))],
    procedure="renuncia", refugee=True,
    fields=dict(nombres="Gloria Patricia Henao Cardona", nacionalidad="CO", documento_identidad="43567890",
                telefono="+51998776554", correo="gphenao@gmail.com",
                motivo="obtuve la residencia permanente en España por reagrupación familiar"),
    missing=["carne_extranjeria"], signature="manuscrita")

msg(slug="renuncia-sin-firma-dia-no-laborable-buzon-equivocado", mailbox=SOL, received=T(2026, 12, 7, 9, 15, 0),
    frm=("Mackenson Louis", "mackensonlouis22@gmail.com"), subject="renuncia al tramite de refugio",
    body="""Hola, buenos días.

Mi nombre es Mackenson Louis. Soy de Haití. Pasaporte: RD3309871. Teléfono 970 224 615.

Quiero renunciar a mi solicitud de refugio porque conseguí visa de trabajo y voy a cambiar mi calidad migratoria con Migraciones.

Mi esposa Nadège Louis sigue con su trámite normal, ella no renuncia.

Gracias.""",
    procedure="renuncia",
    fields=dict(nombres="Mackenson Louis", nacionalidad="HT", documento_identidad="RD3309871",
                telefono="+51970224615", correo="mackensonlouis22@gmail.com",
                motivo="conseguí visa de trabajo"),
    missing=["firma"], signature="absent")

msg(slug="solicitud-vaga-renuncia-refugiado-firma-imagen", mailbox=MDP, received=T(2026, 12, 11, 11, 11, 11),
    frm=("Washington Quiñónez", "wquinonez.ec@gmail.com"), subject="Solicitud",
    body="Señores Mesa de Partes, buenos días.\n\nAdjunto mi carta de renuncia a la condición de refugiado, con mi firma escaneada.\n\nAtentamente,\nWashington Quiñónez",
    attachments=[("renuncia_quinonez.pdf", "pdf+image", dict(lines=[
        "CARTA DE RENUNCIA",
        "Lima, 11 de diciembre de 2026",
        "",
        "Señores Comisión Especial para los Refugiados",
        "",
        "Yo, Washington Efraín Quiñónez Bone, de nacionalidad ecuatoriana, con cédula de",
        "identidad N° 0801234567 y carné de extranjería N° 000781234, refugiado reconocido,",
        "teléfono 944 120 356, comunico mi decisión de RENUNCIAR a la condición de refugiado.",
        "",
        "Motivo: la situación en Esmeraldas ha cambiado y he decidido retornar con mi familia.",
        "",
        "Washington Efraín Quiñónez Bone"]))],
    procedure="renuncia", refugee=True,
    fields=dict(nombres="Washington Efraín Quiñónez Bone", nacionalidad="EC", documento_identidad="0801234567",
                carne_extranjeria="000781234", telefono="+51944120356", correo="wquinonez.ec@gmail.com",
                motivo="la situación en Esmeraldas ha cambiado y he decidido retornar con mi familia"),
    missing=[], signature="manuscrita")

# ====================== prorroga_residencia
msg(slug="prorroga-formulario-casero-anio-dos-cifras", mailbox=REF, received=T(2026, 11, 30, 8, 5, 55),
    frm=("Wilmer Castillo", "wilmer.castillo.r@gmail.com"), subject="Prorroga de residencia",
    body="""Buen día, solicito la prórroga de residencia anual. Mis datos:

NOMBRES >> Wilmer José Castillo Rangel
SEXO >> M
NACIONALIDAD >> VENEZOLANA
CEDULA >> V-17.234.908
C.E. >> 000612345
F. NAC >> 14/02/87
TLF >> 955-430-812

Gracias""",
    procedure="prorroga_residencia",
    fields=dict(nombres="Wilmer José Castillo Rangel", sexo="M", nacionalidad="VE", documento_identidad="V17234908",
                carne_extranjeria="000612345", fecha_nacimiento="1987-02-14", telefono="+51955430812",
                correo="wilmer.castillo.r@gmail.com"),
    missing=[], signature="not_required")

msg(slug="prorroga-carta-cortes-carne-de-la-esposa", mailbox=REF, received=T(2026, 12, 2, 13, 30, 30),
    frm=("Jhon Jairo Bermúdez", "jjbermudez.refugio@gmail.com"), subject="Prórroga de Residencia 2027",
    body="""Señores
Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores

Respetados señores:

Con el respeto acostumbrado me dirijo a ustedes para solicitar la prórroga anual de mi residencia en calidad de refugiado reconocido, teniendo en cuenta que mi carné de extranjería vence el próximo 28 de diciembre.

Para tal efecto consigno mis datos personales: Jhon Jairo Bermúdez Arango, de sexo masculino, nacido el 9 de julio de 1979 en Medellín, de nacionalidad colombiana, cédula de ciudadanía N° 71.234.567, teléfono celular 987 650 143. Les ruego disculpar que no consigne el número de mi carné, pues lo dejé en casa de mi hermana en Trujillo y no tengo copia a la mano.

Igualmente me permito informar que mi esposa, Sandra Milena Ríos Pérez, nacida el 3 de marzo de 1982, cédula N° 43.987.654, carné de extranjería N° 000334522, realizará su propio trámite de prórroga.

Quedo atento a sus amables indicaciones y agradezco de antemano su gentil colaboración.

Cordialmente,

Jhon Jairo Bermúdez Arango""",
    procedure="prorroga_residencia",
    fields=dict(motivo="mi carné de extranjería vence el próximo 28 de diciembre", nombres="Jhon Jairo Bermúdez Arango", sexo="M", nacionalidad="CO", documento_identidad="71234567",
                fecha_nacimiento="1979-07-09", telefono="+51987650143", correo="jjbermudez.refugio@gmail.com"),
    missing=["carne_extranjeria"], signature="not_required")

msg(slug="renovacion-residencia-pdf-feriado-buzon-equivocado", mailbox=SOL, received=T(2026, 12, 8, 10, 0, 4),
    frm=("Mailén", "mailen.rguez@gmail.com"), subject="Fwd: Renovación de residencia",
    body="Buenos días. Les envío en PDF mis datos para la prórroga de residencia.\nSaludos cordiales.",
    attachments=[("datos_prorroga.pdf", "pdf", dict(lines=[
        "DATOS PARA PRÓRROGA DE RESIDENCIA",
        "",
        "Nombres y apellidos | Mailén Rodríguez Sosa",
        "Sexo | Femenino",
        "Nacionalidad | Cuba",
        "Pasaporte | K123987",
        "Carné de extranjería | 000905512",
        "Fecha de nacimiento | 22 de mayo de 1990",
        "Teléfono | +51 961 447 020"]))],
    procedure="prorroga_residencia",
    fields=dict(nombres="Mailén Rodríguez Sosa", sexo="F", nacionalidad="CU", documento_identidad="K123987",
                carne_extranjeria="000905512", fecha_nacimiento="1990-05-22", telefono="+51961447020",
                correo="mailen.rguez@gmail.com"),
    missing=[], signature="not_required")

msg(slug="prorroga-celular-sin-fecha-nacimiento", mailbox=REF, received=T(2026, 12, 12, 21, 40, 16),
    frm=("Rose-Mercie", "rosemercie.jb@gmail.com"), subject="prorroga residencia",
    body="""bnas noches, necesito la prorroga d mi residencia, soy refugiada
nombre rose-mercie jean-baptiste
sexo f
nacionalidad haitiana
pasaporte rd2256714
carne ext 000478120
cel 976 300 512
gracias dios les bendiga""",
    procedure="prorroga_residencia",
    fields=dict(nombres="rose-mercie jean-baptiste", sexo="F", nacionalidad="HT", documento_identidad="RD2256714",
                carne_extranjeria="000478120", telefono="+51976300512", correo="rosemercie.jb@gmail.com"),
    missing=["fecha_nacimiento"], signature="not_required")

# ====================== duplicado_carne_extranjeria
msg(slug="duplicado-carne-extranjeria-con-denuncia", mailbox=REF, received=T(2026, 12, 1, 9, 30, 0),
    frm=("Rosmary Gil", "rosmarygil.ve@gmail.com"), subject="Duplicado de carné de extranjería",
    body="""Buenos días. Solicito el duplicado de mi carné de extranjería porque me robaron la cartera en el Metropolitano el 27 de noviembre. Adjunto la denuncia policial.

Nombres y apellidos	Rosmary Alejandra Gil Montilla
Sexo		Femenino
Nacionalidad		Venezuela
Cédula		V-22.876.109
Carné de extranjería	000551234
Fecha de nacimiento	30-09-1993
Teléfono		929 115 680

Gracias.""",
    attachments=[("denuncia_policial_gil.pdf", "pdf", dict(lines=[
        "POLICÍA NACIONAL DEL PERÚ",
        "COMISARÍA PNP SAN ISIDRO",
        "CONSTANCIA DE DENUNCIA POLICIAL",
        "",
        "Denunciante: Rosmary Alejandra Gil Montilla",
        "Hecho: robo de cartera con carné de extranjería N° 000551234",
        "Fecha del hecho: 27/11/2026",
        "Fecha de la denuncia: 28/11/2026"]))],
    procedure="duplicado_carne_extranjeria",
    fields=dict(motivo="me robaron la cartera en el Metropolitano", nombres="Rosmary Alejandra Gil Montilla", sexo="F", nacionalidad="VE", documento_identidad="V22876109",
                carne_extranjeria="000551234", fecha_nacimiento="1993-09-30", telefono="+51929115680",
                correo="rosmarygil.ve@gmail.com"),
    missing=[], signature="not_required")

msg(slug="duplicado-de-carnet-ambiguo-sin-denuncia", mailbox=REF, received=T(2026, 12, 3, 16, 45, 27),
    frm=("Yuli Castaño", "yuli.castano@hotmail.com"), subject="Duplicado de carnet",
    body="""Buenas tardes, quiero solicitar el duplicado de mi carné de extranjería porque se me extravió. La denuncia policial todavía la estoy sacando en la comisaría, se las envío apenas la tenga.

Mis datos:
Nombre: Yuliana Andrea Castaño Giraldo
Sexo: F
Nacionalidad: Colombiana
Pasaporte: AT912345
Carné de extranjería: 000667001
Fecha de nacimiento: 12/01/96
Celular: +51 940 887 236

Mil gracias""",
    procedure="duplicado_carne_extranjeria",
    fields=dict(motivo="se me extravió", nombres="Yuliana Andrea Castaño Giraldo", sexo="F", nacionalidad="CO", documento_identidad="AT912345",
                carne_extranjeria="000667001", fecha_nacimiento="1996-01-12", telefono="+51940887236",
                correo="yuli.castano@hotmail.com"),
    missing=["denuncia_policial"], signature="not_required")

msg(slug="duplicado-carne-denuncia-en-documento-buzon-equivocado", mailbox=MDP, received=T(2026, 12, 10, 12, 40, 38),
    frm=("Reinier Fonseca", "reinierfonseca@gmail.com"), subject="Duplicado Carné Extranjeria",
    body="""Estimados:
Solicito duplicado de carné de extranjería por pérdida. Adjunto documento de la comisaría.

Nombre completo: Reinier Fonseca Almeida
Sexo: masculino
Nacionalidad: cubano
Carnet de identidad: 87030412345
N° carné de extranjería: 000812376
Fecha de nacimiento: 04/03/1987
Teléfono: 01 719 4455

Mi esposa Yanelis Díaz (carné 000812377) conserva el suyo, solo se perdió el mío.
Gracias""",
    attachments=[("documento.pdf", "pdf", dict(lines=[
        "ACTA DE DENUNCIA POLICIAL",
        "Comisaría PNP San Martín de Porres",
        "",
        "Denunciante: Reinier Fonseca Almeida",
        "Hecho: pérdida de carné de extranjería N° 000812376",
        "Fecha: 08/12/2026"]))],
    procedure="duplicado_carne_extranjeria",
    fields=dict(motivo="por pérdida", nombres="Reinier Fonseca Almeida", sexo="M", nacionalidad="CU", documento_identidad="87030412345",
                carne_extranjeria="000812376", fecha_nacimiento="1987-03-04", telefono="+5117194455",
                correo="reinierfonseca@gmail.com"),
    missing=[], signature="not_required")

msg(slug="duplicado-carne-tabla-html-foto-denuncia", mailbox=REF, received=T(2026, 12, 13, 18, 5, 52),
    frm=("Mónica Alvarado", "monica.alvarado.ec@gmail.com"), subject="Duplicado de carné de extranjería - Alvarado",
    html="""<html><body>
<p>Buenas tardes, solicito el duplicado de mi carné de extranjería porque lo perdí en un bus. Adjunto foto de la denuncia policial.</p>
<table border="1" cellpadding="4">
<tr><td><b>Nombres y apellidos</b></td><td>Mónica Lucía Alvarado Chica</td></tr>
<tr><td><b>Sexo</b></td><td>F</td></tr>
<tr><td><b>Nacionalidad</b></td><td>Ecuador</td></tr>
<tr><td><b>Cédula</b></td><td>0102345678</td></tr>
<tr><td><b>Carné de extranjería</b></td><td>000740093</td></tr>
<tr><td><b>Fecha de nacimiento</b></td><td>1985-11-02</td></tr>
<tr><td><b>Teléfono</b></td><td>+51 954 002 881</td></tr>
</table>
<p>Muchas gracias,<br>Mónica</p>
</body></html>""",
    attachments=[("denuncia.jpg", "jpeg", dict(sign=False, lines=[
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP CHORRILLOS",
        "CONSTANCIA DE DENUNCIA POR PÉRDIDA DE DOCUMENTOS",
        "Denunciante: Mónica Lucía Alvarado Chica",
        "Documento perdido: carné de extranjería 000740093",
        "Fecha: 12/12/2026"]))],
    procedure="duplicado_carne_extranjeria",
    fields=dict(motivo="lo perdí en un bus", nombres="Mónica Lucía Alvarado Chica", sexo="F", nacionalidad="EC", documento_identidad="0102345678",
                carne_extranjeria="000740093", fecha_nacimiento="1985-11-02", telefono="+51954002881",
                correo="monica.alvarado.ec@gmail.com"),
    missing=[], signature="not_required")

# ====================== autorizacion_viaje
msg(slug="autorizacion-viaje-pdf-firmado-rango-fechas", mailbox=REF, received=T(2026, 11, 30, 14, 20, 1),
    frm=("Mariángel Ochoa", "mariangel.ochoa@gmail.com"), subject="Autorización de Viaje",
    body="""Buenas tardes,

Solicito autorización de viaje urgente: viajaré a Bogotá del 18 al 30 de diciembre de 2026 porque mi madre será operada del corazón y necesita que la acompañe durante la recuperación.

Nombre: Mariángel Ochoa Vivas
Carné de extranjería: 000390417
Teléfono: 913 556 208

Adjunto solicitud firmada digitalmente.
Saludos""",
    attachments=[("solicitud_viaje_ochoa.pdf", "signed", dict(cn="MARIANGEL OCHOA VIVAS", lines=[
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "",
        "Mariángel Ochoa Vivas, carné de extranjería 000390417, teléfono 913 556 208.",
        "Solicito autorización para viajar a Bogotá del 18 al 30 de diciembre de 2026.",
        "Motivo: operación de corazón de mi madre, a quien debo acompañar.",
        "",
        "Lima, 30 de noviembre de 2026"]))],
    procedure="autorizacion_viaje",
    fields=dict(nombres="Mariángel Ochoa Vivas", carne_extranjeria="000390417", telefono="+51913556208",
                correo="mariangel.ochoa@gmail.com", motivo="mi madre será operada del corazón",
                destino="Bogotá", fecha_salida="2026-12-18", fecha_retorno="2026-12-30"),
    missing=[], signature="valid")

msg(slug="permiso-viaje-foto-firmada-fechas-dos-cifras", mailbox=REF, received=T(2026, 12, 2, 19, 5, 44),
    frm=("Edwin Rojas", "edwinferney.rojas@gmail.com"), subject="permiso de viaje",
    body="""Señores buenas noches, solicito permiso de viaje a Cali, Colombia, saldría el 20/12/26 y regresaría el 03/01/27, por el fallecimiento de mi padre y para acompañar a mi familia en el sepelio y los novenarios.

Edwin Ferney Rojas Lozano
CE 000288714
celular 989 012 775

adjunto foto de la solicitud firmada""",
    attachments=[("solicitud firmada.jpg", "jpeg", dict(lines=[
        "Lima, 2 de diciembre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "Solicito autorización de viaje a Cali, Colombia,",
        "del 20/12/26 al 03/01/27 por fallecimiento de mi padre.",
        "Edwin Ferney Rojas Lozano - CE 000288714",
        "Firma:"]))],
    procedure="autorizacion_viaje",
    fields=dict(nombres="Edwin Ferney Rojas Lozano", carne_extranjeria="000288714", telefono="+51989012775",
                correo="edwinferney.rojas@gmail.com", motivo="por el fallecimiento de mi padre",
                destino="Cali, Colombia", fecha_salida="2026-12-20", fecha_retorno="2027-01-03"),
    missing=[], signature="manuscrita")

msg(slug="autorizacion-viaje-sin-firma-buzon-equivocado", mailbox=MDP, received=T(2026, 12, 4, 10, 0, 18),
    frm=("Dariel Hechavarría", "dariel.hecha@gmail.com"), subject="Autorizacion de viaje urgente",
    body="""Buenos días:

Me dirijo a ustedes para solicitar Autorización de Viaje por urgencia. Mi hermano está hospitalizado tras un accidente de tránsito y debo viajar a Ciudad de Panamá entre el 15-12-2026 y el 15-01-2027 para hacerme cargo de él.

Nombre y apellidos: Dariel Hechavarría Soto
Nacionalidad: cubana
Carné de Extranjería: 000702219
Teléfono: +51 962 118 430

Gracias de antemano.""",
    procedure="autorizacion_viaje",
    fields=dict(nombres="Dariel Hechavarría Soto", nacionalidad="CU", carne_extranjeria="000702219",
                telefono="+51962118430", correo="dariel.hecha@gmail.com",
                motivo="Mi hermano está hospitalizado tras un accidente de tránsito",
                destino="Ciudad de Panamá", fecha_salida="2026-12-15", fecha_retorno="2027-01-15"),
    missing=["firma"], signature="absent")

msg(slug="autorizacion-viaje-solo-pdf-firmado-haitiana", mailbox=REF, received=T(2026, 12, 10, 8, 30, 29),
    frm=("Fabiola E.", "fabiolaetienne@yahoo.fr"), subject="Autorisation de voyage / Autorización de viaje",
    body="Buenos días, adjunto mi solicitud firmada.\nMerci.",
    attachments=[("autorizacion_viaje_etienne.pdf", "signed", dict(cn="FABIOLA ETIENNE DESROSIERS", lines=[
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)",
        "",
        "Nombres y apellidos: Fabiola Étienne Desrosiers",
        "Nacionalidad: haitiana",
        "Carné de extranjería: 000515502",
        "Teléfono: 933 870 114",
        "Destino: Puerto Príncipe, Haití",
        "Fecha de salida: 19/12/2026",
        "Fecha de retorno: 09/01/2027",
        "Motivo: fallecimiento de mi abuela; debo asistir al entierro y apoyar a mi madre.",
        "",
        "Lima, 9 de diciembre de 2026"]))],
    procedure="autorizacion_viaje",
    fields=dict(nombres="Fabiola Étienne Desrosiers", nacionalidad="HT", carne_extranjeria="000515502",
                telefono="+51933870114", correo="fabiolaetienne@yahoo.fr",
                motivo="fallecimiento de mi abuela", destino="Puerto Príncipe, Haití",
                fecha_salida="2026-12-19", fecha_retorno="2027-01-09"),
    missing=[], signature="valid")

msg(slug="autorizacion-viaje-celular-firma-alterada-sin-retorno", mailbox=REF, received=T(2026, 12, 12, 7, 55, 3),
    frm=("Deivis", "deivis.morales.ve@gmail.com"), subject="autorizacion d viaje",
    body="""buen dia. necesito una autorización de viaje urgente a maracaibo, mi papa esta muy grave en el hospital. salgo el 19/12/26 y regreso apenas se estabilice, no se la fecha todavia
deivis jose morales añez
carne extranjeria 000631870
tlf 986 554 203
adjunto la solicitud con firma digital""",
    attachments=[("solicitud.pdf", "tampered", dict(cn="DEIVIS JOSE MORALES ANEZ", old=b"urgente", new=b"URGENTE", lines=[
        "Solicitud de autorización de viaje urgente",
        "",
        "Deivis José Morales Añez, carné de extranjería 000631870, teléfono 986 554 203.",
        "Destino: Maracaibo. Salida: 19/12/26. Retorno: por definir.",
        "Motivo: mi padre está grave en el hospital.",
        "",
        "Lima, 12 de diciembre de 2026"]))],
    procedure="autorizacion_viaje",
    fields=dict(nombres="deivis jose morales añez", carne_extranjeria="000631870", telefono="+51986554203",
                correo="deivis.morales.ve@gmail.com", motivo="mi papa esta muy grave en el hospital",
                destino="maracaibo", fecha_salida="2026-12-19"),
    missing=["firma", "fecha_retorno"], signature="invalid")

msg(slug="permiso-viaje-pdf-con-firma-imagen-ecuatoriano", mailbox=REF, received=T(2026, 12, 1, 12, 0, 46),
    frm=("Lenin Caicedo", "lenin.caicedo.v@gmail.com"), subject="Permiso de viaje - Caicedo",
    body="""Señores Comisión, buenos días.

Adjunto mi solicitud de autorización de viaje con firma. En resumen: necesito viajar a Guayaquil del 24/12/2026 al 06/01/2027 para realizar los trámites de la herencia de mi padre, que requieren mi presencia ante notario.

Lenin Fabricio Caicedo Valencia
C.E. N° 000455870
Tel. (+51) 958 660 147

Saludos cordiales""",
    attachments=[("permiso_viaje_caicedo.pdf", "pdf+image", dict(lines=[
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "",
        "Yo, Lenin Fabricio Caicedo Valencia, ecuatoriano, refugiado reconocido con carné de",
        "extranjería N° 000455870, teléfono (+51) 958 660 147, solicito autorización para",
        "viajar a Guayaquil del 24/12/2026 al 06/01/2027.",
        "",
        "Motivo: trámites de la herencia de mi padre que requieren mi presencia ante notario.",
        "",
        "Lima, 1 de diciembre de 2026"]))],
    procedure="autorizacion_viaje",
    fields=dict(nombres="Lenin Fabricio Caicedo Valencia", nacionalidad="EC", carne_extranjeria="000455870",
                telefono="+51958660147", correo="lenin.caicedo.v@gmail.com",
                motivo="trámites de la herencia de mi padre", destino="Guayaquil",
                fecha_salida="2026-12-24", fecha_retorno="2027-01-06"),
    missing=[], signature="manuscrita")

# ====================== carne_solicitante (suspended)
msg(slug="carne-solicitante-suspendido", mailbox=SOL, received=T(2026, 12, 2, 9, 0, 9),
    frm=("Gabriel Linares", "gabolinares23@gmail.com"), subject="Carné de solicitante",
    body="""Buenos días, quisiera saber cómo obtener mi carné de solicitante de refugio; ya me tomaron las huellas y la foto en octubre.

Gabriel Enrique Linares Mata
V-25.678.901
961 778 230""",
    procedure="carne_solicitante",
    fields=dict(nombres="Gabriel Enrique Linares Mata", documento_identidad="V25678901", telefono="+51961778230",
                correo="gabolinares23@gmail.com"),
    missing=[], signature="not_required")

msg(slug="duplicado-de-carnet-ambiguo-solicitante-buzon-equivocado", mailbox=REF, received=T(2026, 12, 11, 14, 0, 0),
    frm=("Natalia Vélez", "nataliavelez.co@gmail.com"), subject="duplicado de carnet",
    body="""Hola, buenas tardes. Necesito un duplicado porque perdí mi carné de solicitante de refugio en un taxi. Tengo la denuncia policial si la necesitan.

Natalia Vélez Zapata, colombiana, C.C. 1.036.654.321, celular 942 337 019.

Gracias""",
    procedure="carne_solicitante",
    fields=dict(motivo="perdí mi carné de solicitante de refugio en un taxi", nombres="Natalia Vélez Zapata", nacionalidad="CO", documento_identidad="1036654321",
                telefono="+51942337019", correo="nataliavelez.co@gmail.com"),
    missing=[], signature="not_required")

# ====================== portal
msg(slug="solicitud-de-refugio-portal", mailbox=SOL, received=T(2026, 11, 30, 10, 0, 50),
    frm=("Eduardo", "eduardo.blanco1999@gmail.com"), subject="Solicitud de refugio",
    body="Buenos días, soy venezolano, llegué a Lima hace dos semanas y quiero presentar una solicitud de refugio. ¿Me pueden indicar los pasos? Mi nombre es Eduardo Blanco Sifontes, pasaporte 150332876, celular 925 774 013. Gracias.",
    procedure="solicitud_refugio",
    fields=dict(nombres="Eduardo Blanco Sifontes", nacionalidad="VE", documento_identidad="150332876",
                telefono="+51925774013", correo="eduardo.blanco1999@gmail.com"),
    missing=[], signature="not_required")

msg(slug="ayuda-como-pedir-refugio-fin-de-semana", mailbox=MDP, received=T(2026, 12, 5, 16, 20, 33),
    frm=("Stevenson", "stevensoncharles509@gmail.com"), subject="Ayuda",
    body="Bonjour / buenas tardes.\nSoy haitiano, estoy en Tacna. Quiero presentar una solicitud de refugio en Perú, no sé cómo hacer.\nMi WhatsApp +509 3712 3456\nStevenson Charles",
    procedure="solicitud_refugio",
    fields=dict(nombres="Stevenson Charles", nacionalidad="HT", telefono="+50937123456",
                correo="stevensoncharles509@gmail.com"),
    missing=[], signature="not_required")

msg(slug="autorizacion-trabajo-vencida-portal", mailbox=REF, received=T(2026, 12, 3, 12, 10, 10),
    frm=("Karen Mejía", "karenmejia.l@gmail.com"), subject="Autorización de trabajo",
    body="Buenas tardes, necesito renovar mi autorización de trabajo porque venció el 1 de diciembre. ¿Cómo lo hago? Soy colombiana, solicitante de refugio.\nKaren Lorena Mejía Duarte, C.C. 1.010.223.344\nTel 957 330 628",
    procedure="autorizacion_trabajo",
    fields=dict(motivo="venció el 1 de diciembre", nombres="Karen Lorena Mejía Duarte", nacionalidad="CO", documento_identidad="1010223344",
                telefono="+51957330628", correo="karenmejia.l@gmail.com"),
    missing=[], signature="not_required")

msg(slug="autorizacion-trabajo-virtual-celular-feriado", mailbox=SOL, received=T(2026, 12, 9, 21, 0, 7),
    frm=("yorman", "yormanrivas01@gmail.com"), subject="autorizacion de trabajo virtual",
    body="buenas noches, como renuevo la autorizacion de trabajo virtual?\nyorman rivas, v-26.001.447",
    procedure="autorizacion_trabajo",
    fields=dict(nombres="yorman rivas", documento_identidad="V26001447", correo="yormanrivas01@gmail.com"),
    missing=[], signature="not_required")

msg(slug="entrevista-registro-fecha-portal", mailbox=SOL, received=T(2026, 12, 1, 16, 0, 35),
    frm=("Lisandra Ortega", "lisandraortega.cu@gmail.com"), subject="Entrevista de registro",
    body="Buenas tardes. Presenté mi solicitud en línea en septiembre y todavía no me llega la fecha de la entrevista de registro. ¿Podrían informarme?\n\nLisandra Ortega Rivero, cubana, pasaporte L209876, teléfono 990 115 337.",
    procedure="entrevista_registro",
    fields=dict(nombres="Lisandra Ortega Rivero", nacionalidad="CU", documento_identidad="L209876",
                telefono="+51990115337", correo="lisandraortega.cu@gmail.com"),
    missing=[], signature="not_required")

msg(slug="consulta-reprogramar-entrevista-registro", mailbox=MDP, received=T(2026, 12, 11, 8, 45, 41),
    frm=("Paúl Andrade", "paul.andrade.ec@hotmail.com"), subject="Consulta",
    body="Buenos días, tengo programada mi entrevista de registro para el 14 de diciembre. ¿Es posible reprogramar la entrevista de registro? El motivo es que ese día tengo control médico en el hospital.\n\nPaúl Esteban Andrade Tapia, ecuatoriano, cédula 1719283746.",
    procedure="entrevista_registro",
    fields=dict(motivo="ese día tengo control médico en el hospital", nombres="Paúl Esteban Andrade Tapia", nacionalidad="EC", documento_identidad="1719283746",
                correo="paul.andrade.ec@hotmail.com"),
    missing=[], signature="not_required")

# ====================== triage
msg(slug="consulta-estado-expediente-triage", mailbox=MDP, received=T(2026, 11, 30, 12, 30, 2),
    frm=("Marbelis", "marbelis.gonzalez@gmail.com"), subject="Consulta",
    body="Buenas tardes, quisiera saber en qué estado se encuentra mi expediente, lo presenté hace un año y no he tenido respuesta.\nMarbelis González Ortiz, V-18.990.123, cel 919 224 506.",
    procedure=None,
    fields=dict(nombres="Marbelis González Ortiz", documento_identidad="V18990123", telefono="+51919224506",
                correo="marbelis.gonzalez@gmail.com"),
    missing=[], signature="not_required")

msg(slug="solicitud-dos-tramites-triage", mailbox=REF, received=T(2026, 12, 3, 18, 0, 15),
    frm=("Álvaro Cuesta", "alvarocuesta.co@gmail.com"), subject="Solicitud",
    body="Buenas noches. Necesito dos cosas: la prórroga de residencia y también una autorización de viaje para enero. ¿Puedo pedir las dos en el mismo correo o tengo que mandar uno por cada trámite?\n\nÁlvaro Cuesta Ramírez, colombiano, CE 000377120.",
    procedure=None,
    fields=dict(nombres="Álvaro Cuesta Ramírez", nacionalidad="CO", carne_extranjeria="000377120",
                correo="alvarocuesta.co@gmail.com"),
    missing=[], signature="not_required")

msg(slug="urgente-robo-documentos-triage", mailbox=SOL, received=T(2026, 12, 12, 23, 58, 0),
    frm=("Neomar", "neomar.pinto@gmail.com"), subject="URGENTE!!!",
    body="por favor ayudenme me robaron el bolso con todos mis documentos hoy en la tarde en gamarra, que tengo que hacer?? neomar pinto, venezolano, tlf 934 662 019",
    procedure=None,
    fields=dict(nombres="neomar pinto", nacionalidad="VE", telefono="+51934662019", correo="neomar.pinto@gmail.com"),
    missing=[], signature="not_required")

msg(slug="reconsideracion-o-apelacion-duda-triage", mailbox=MDP, received=T(2026, 12, 10, 11, 0, 26),
    frm=("Luz Dary", "luzdary.mosquera@gmail.com"), subject="Reconsideración o apelación?",
    body="Buenos días. Me llegó una resolución que me niega el refugio y no sé si debo presentar reconsideración o apelación, ni cuál es el plazo. ¿Me pueden orientar?\n\nLuz Dary Mosquera Rentería, C.C. 35.890.123",
    procedure=None,
    fields=dict(nombres="Luz Dary Mosquera Rentería", documento_identidad="35890123", correo="luzdary.mosquera@gmail.com"),
    missing=[], signature="not_required")

# ====================== ignorado
msg(slug="rebote-mailer-daemon", mailbox=REF, received=T(2026, 12, 2, 3, 14, 9), kind="bounce",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx1.rree.gob.pe"),
    subject="Undelivered Mail Returned to Sender",
    procedure=None, fields={}, missing=[], signature="not_required", ignorado=True)

msg(slug="respuesta-automatica-otro-buzon", mailbox=REF, received=T(2026, 12, 4, 17, 5, 0),
    frm=("Solicitantes de Refugio", SOL), subject="Respuesta automática: Actualización de datos",
    extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="Este es un mensaje automático. Hemos recibido su correo y será atendido en el orden de llegada. Por favor no responda a este mensaje.\n\nSecretaría Ejecutiva de la Comisión Especial para los Refugiados",
    procedure="actualizacion_datos", fields={}, missing=[], signature="not_required", ignorado=True)

msg(slug="boletin-lista-correo", mailbox=MDP, received=T(2026, 12, 6, 6, 0, 0),
    frm=("Boletín Movilidad Humana", "noreply@boletin-movilidad.org"),
    subject="Boletín semanal de movilidad humana - N° 48",
    extra={"List-Id": "Boletin Movilidad Humana <boletin.movilidad.org>", "Precedence": "bulk",
           "List-Unsubscribe": "<mailto:unsubscribe@boletin-movilidad.org>"},
    body="Boletín semanal N° 48\n\n- Cifras de la región andina en noviembre\n- Nuevas rutas de atención en la frontera norte\n- Agenda de talleres de diciembre\n\nUsted recibe este correo porque se suscribió a nuestra lista. Para darse de baja responda con la palabra BAJA.",
    procedure=None, fields={}, missing=[], signature="not_required", ignorado=True)


# ---------------------------------------------------------------- building
def domain(addr):
    return addr.split("@", 1)[1]


def build_attachment(name, kind, spec, seed):
    if kind == "pdf":
        return name, "application", "pdf", text_pdf(spec["lines"])
    if kind == "pdf+image":
        return name, "application", "pdf", text_pdf(spec["lines"], signature_image=scribble(seed))
    if kind == "signed":
        return name, "application", "pdf", signed_pdf(spec["lines"], spec["cn"])
    if kind == "tampered":
        return name, "application", "pdf", tampered_pdf(spec["lines"], spec["cn"], spec["old"], spec["new"])
    if kind == "scanned":
        return name, "application", "pdf", scanned_pdf(spec["lines"], seed)
    if kind == "jpeg":
        return name, "image", "jpeg", jpeg_bytes(letter_image(spec["lines"], seed, sign=spec.get("sign", True)))
    raise ValueError(kind)


def received_header(m, n):
    r = m["received"]
    mx = "mx1.rree.gob.pe" if n % 2 else "mx2.rree.gob.pe"
    top_dt = r.astimezone(dt.timezone.utc) if n % 3 == 0 else r
    earlier = r - dt.timedelta(seconds=2 + n % 5)
    src = domain(m["frm"][1])
    return [
        f"from smtp.{src} (smtp.{src} [203.0.113.{10 + n}]) by {mx} (Postfix) with ESMTPS id {hashlib.md5(m['slug'].encode()).hexdigest()[:10].upper()} for <{m['mailbox']}>; {format_datetime(top_dt)}",
        f"from localhost (localhost [127.0.0.1]) by smtp.{src} with ESMTPSA id {n:04d}{n * 7 % 97:02d}; {format_datetime(earlier)}",
    ]


def bounce_eml(m, n):
    r = m["received"]
    bnd = "=_bounce_%04d" % n
    mid = f"<{hashlib.sha1(m['slug'].encode()).hexdigest()[:16]}@mx1.rree.gob.pe>"
    rh = received_header(m, n)[0]
    return f"""Received: {rh}
Delivered-To: {m['mailbox']}
Return-Path: <>
Date: {format_datetime(r - dt.timedelta(seconds=1))}
From: Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>
To: {m['mailbox']}
Subject: Undelivered Mail Returned to Sender
Message-ID: {mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{bnd}"

--{bnd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cuentaantigua2019@hotmial.com>: Host or domain name not found.

--{bnd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.rree.gob.pe
Arrival-Date: {format_datetime(r - dt.timedelta(minutes=3))}

Final-Recipient: rfc822; cuentaantigua2019@hotmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.

--{bnd}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: {m['mailbox']}
To: cuentaantigua2019@hotmial.com
Subject: Re: Consulta
Date: {format_datetime(r - dt.timedelta(minutes=3))}

--{bnd}--
"""


def build_message(m, n):
    if m.get("kind") == "bounce":
        return bounce_eml(m, n).encode(), []
    em = EmailMessage()
    for h in received_header(m, n):
        em["Received"] = h
    em["Delivered-To"] = m["mailbox"]
    date = m["received"] + dt.timedelta(seconds=m.get("date_offset", -(20 + n * 3 % 50)))
    em["Date"] = format_datetime(date)
    name, addr = m["frm"]
    em["From"] = f'"{name}" <{addr}>' if any(c in name for c in ",.&") else f"{name} <{addr}>"
    em["To"] = m["mailbox"]
    em["Subject"] = m["subject"]
    em["Message-ID"] = f"<{hashlib.sha1((m['slug'] + addr).encode()).hexdigest()[:20]}@{domain(addr)}>"
    for k, v in m.get("extra", {}).items():
        em[k] = v
    if "html" in m:
        em.set_content(m["html"], subtype="html")
    else:
        em.set_content(m["body"])
    atts = []
    for i, (fname, kind, spec) in enumerate(m.get("attachments", [])):
        fn, mt, st, data = build_attachment(fname, kind, spec, seed=n * 10 + i)
        em.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        atts.append((fn, kind, data))
    return em.as_bytes(policy=policy.default), atts


def outcome_of(m, missing):
    p = m["procedure"]
    if m.get("ignorado"):
        return "ignorado"
    if p is None:
        return "triage"
    if TABLE[p][0] == "portal":
        return "portal"
    if TABLE[p][3] == "suspendido":
        return "suspendido"
    if missing:
        return "subsanar"
    return TABLE[p][3]


def expected_missing(m, has_denuncia=False):
    p = m["procedure"]
    if p is None or m.get("ignorado"):
        return []
    req = TABLE[p][1]
    f = m["fields"]
    out = []
    for r in req:
        if r.endswith("*"):
            r = r[:-1]
            if not (m.get("refugee") or "carne_extranjeria" in f):
                continue
        if r == "firma":
            if m["signature"] not in ("valid", "manuscrita"):
                out.append(r)
        elif r == "denuncia_policial":
            if not has_denuncia:
                out.append(r)
        elif r not in f:
            out.append(r)
    return out


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def sanity(m, raw_text):
    """Every labelled value must be findable in the message's readable text."""
    t = re.sub(r"\s+", " ", fold(raw_text))
    alnum = re.sub(r"[^0-9a-z]", "", t)
    digits = re.sub(r"\D", "", t)
    f = m["fields"]
    for k, v in f.items():
        if k == "correo" and v == m["frm"][1].lower():
            continue
        if k in ("nombres", "destino", "correo", "motivo"):
            assert fold(v) in t, (m["slug"], k, v)
        elif k == "documento_identidad":
            assert v.lower() in alnum, (m["slug"], k, v)
        elif k == "carne_extranjeria":
            assert v in digits, (m["slug"], k, v)
        elif k == "telefono":
            num = phonenumbers.parse(v)
            assert str(num.national_number) in digits, (m["slug"], k, v)
        elif k == "nacionalidad":
            words = {"VE": "venez", "CO": "colombia", "CU": "cuba", "HT": "hait", "EC": "ecuat|ecuador"}
            assert re.search(words[v], t), (m["slug"], k, v)


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    ms = sorted(M, key=lambda m: m["received"])
    labels = []
    for n, m in enumerate(ms, 1):
        fname = f"{n:03d}-{m['slug']}.eml"
        data, atts = build_message(m, n)
        open(os.path.join(HERE, fname), "wb").write(data)

        # --- checks on documents
        texts = [m.get("subject", ""), m.get("body", ""), re.sub(r"<[^>]+>", " ", m.get("html", ""))]
        sig_status = "absent"
        statuses = []
        for fn, kind, blob in atts:
            if kind in ("signed", "tampered"):
                intact = pdf_signature_intact(blob)
                assert intact == [kind == "signed"], (fname, intact)
                statuses.append("valid" if kind == "signed" else "invalid")
            if kind in ("pdf", "pdf+image", "signed", "tampered"):
                txt = pdf_text(blob)
                assert txt.strip(), fname
                texts.append(txt)
                if kind == "pdf+image":
                    assert pdf_has_image(blob)
                    statuses.append("manuscrita")
                if kind == "pdf":
                    assert not pdf_has_image(blob)
            if kind == "scanned":
                assert not pdf_text(blob).strip() and pdf_has_image(blob)
                statuses.append("manuscrita")
            if kind == "jpeg":
                statuses.append("manuscrita")
        for s in ("valid", "invalid", "manuscrita"):
            if s in statuses:
                sig_status = s
                break
        p = m["procedure"]
        needs_firma = p is not None and "firma" in TABLE[p][1] and not m.get("ignorado")
        exp_sig = sig_status if needs_firma else "not_required"
        assert exp_sig == m["signature"], (fname, exp_sig, m["signature"])
        if not m.get("ignorado"):
            sanity(m, "\n".join(texts))
            assert "correo" in m["fields"], fname
        has_den = any("denuncia" in fn.lower() or (kind in ("pdf", "pdf+image", "signed", "tampered")
                                                   and "denuncia" in pdf_text(blob).lower())
                      for fn, kind, blob in atts)
        exp_missing = expected_missing(m, has_den)
        assert exp_missing == m["missing"], (fname, exp_missing, m["missing"])

        outcome = outcome_of(m, m["missing"])
        flags = []
        if outcome not in ("ignorado", "portal", "triage"):
            if TABLE[p][0] != m["mailbox"]:
                flags.append("derivado")
            if m["signature"] == "manuscrita":
                flags.append("verificar_firma")
        filing = filing_day(m["received"])
        if p in RECURSOS and m.get("notified") and outcome not in ("ignorado", "triage", "portal"):
            if late(m["notified"], filing):
                flags.append("extemporaneo")
        if outcome == "subsanar":
            due = add_business(filing, 2)
        elif outcome in ("acuse", "cargo"):
            due = add_business(filing, TABLE[p][2])
        else:
            due = None
        labels.append(dict(
            file=fname, mailbox=m["mailbox"], received=m["received"].isoformat(), procedure=p,
            fields=m["fields"], missing=m["missing"], signature=m["signature"], outcome=outcome,
            flags=flags, filing_date=filing.isoformat(), due_date=due.isoformat() if due else None))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(labels)} messages written to {HERE}")


if __name__ == "__main__":
    main()
