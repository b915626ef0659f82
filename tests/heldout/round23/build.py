#!/usr/bin/env python3
"""Build round23: a second ordinary fortnight of mail (2026-11-30 .. 2026-12-13).

Run with /work/rounds/.venv-r23/bin/python build.py
Writes NNN-*.eml, labels.jsonl and checks the label arithmetic.
"""
import datetime as dt
import hashlib
import io
import json
import os
import tempfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")

# ---------------------------------------------------------------- calendar
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])


def is_bd(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NON_WORKING


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    d = received.date()
    if is_bd(d) and received.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


# ---------------------------------------------------------------- procedures
MAILBOX = {
    "S": "solicitantesrefugio@rree.gob.pe",
    "M": "mesadepartes@rree.gob.pe",
    "R": "refugiados@rree.gob.pe",
}
PROC = {
    # code: (home, requirements, plazo, outcome_if_complete)
    "solicitud_refugio": ("portal", [], None, "portal"),
    "autorizacion_trabajo": ("portal", [], None, "portal"),
    "entrevista_registro": ("portal", [], None, "portal"),
    "carne_solicitante": (MAILBOX["S"], [], None, "suspendido"),
    "actualizacion_datos": (MAILBOX["S"], ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15, "acuse"),
    "cambio_clave": (MAILBOX["S"], ["nombres", "documento_identidad", "telefono", "correo"], 15, "acuse"),
    "reconsideracion": (MAILBOX["M"], ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15, "cargo"),
    "apelacion": (MAILBOX["M"], ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30, "cargo"),
    "renuncia": (MAILBOX["M"], ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15, "acuse"),
    "prorroga_residencia": (MAILBOX["R"], ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15, "acuse"),
    "duplicado_carne_extranjeria": (MAILBOX["R"], ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15, "acuse"),
    "autorizacion_viaje": (MAILBOX["R"], ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5, "acuse"),
}
RECURSOS = {"reconsideracion", "apelacion"}

# ---------------------------------------------------------------- documents
_FONT_CACHE = {}


def font(size):
    if size not in _FONT_CACHE:
        try:
            _FONT_CACHE[size] = ImageFont.load_default(size=size)
        except TypeError:
            _FONT_CACHE[size] = ImageFont.load_default()
    return _FONT_CACHE[size]


def text_pdf(title, lines, signature_image=False, compress=True):
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_author("")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 11)
    for ln in lines:
        if ln == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if signature_image:
        img = Image.new("RGB", (420, 130), "white")
        d = ImageDraw.Draw(img)
        pts = [(20 + i * 9, 70 + (25 if i % 3 == 0 else -20 if i % 3 == 1 else 5)) for i in range(40)]
        d.line(pts, fill=(20, 20, 90), width=4)
        d.line([(30, 110), (380, 105)], fill=(20, 20, 90), width=2)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        buf.seek(0)
        pdf.ln(4)
        pdf.image(buf, w=60)
    return bytes(pdf.output())


def letter_image(lines, fmt="JPEG", width=1240):
    """A photographed/scanned handwritten-looking letter: pixels only."""
    h = 120 + 44 * len(lines) + 200
    img = Image.new("RGB", (width, h), (246, 244, 236))
    d = ImageDraw.Draw(img)
    y = 80
    for ln in lines:
        d.text((90, y), ln, fill=(25, 25, 60), font=font(30))
        y += 44
    y += 40
    pts = [(120 + i * 11, y + (30 if i % 4 == 0 else -15 if i % 4 == 2 else 8)) for i in range(36)]
    d.line(pts, fill=(10, 10, 80), width=5)
    buf = io.BytesIO()
    img.save(buf, format=fmt, quality=70) if fmt == "JPEG" else img.save(buf, format=fmt)
    return buf.getvalue()


def scanned_pdf(lines):
    jpg = letter_image(lines)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210)
    return bytes(pdf.output())


_KEYS = {}


def signer_for(cn):
    from pyhanko.sign import signers
    if cn in _KEYS:
        return _KEYS[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=900))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    tmp = tempfile.mkdtemp()
    kp, cp = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kp, cp, key_passphrase=None)
    _KEYS[cn] = s
    return s


def sign(pdf_bytes, cn):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="FirmaDigital", reason="Firma del documento"),
                           signer=signer_for(cn))
    return out.getvalue()


def sig_intact(pdf_bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    sigs = r.embedded_signatures
    assert sigs, "no signature"
    return validate_pdf_signature(sigs[0]).intact


def alter(signed, old, new):
    assert len(old) == len(new)
    assert signed.count(old) >= 1, old
    i = signed.index(old)
    return signed[:i] + new + signed[i + len(old):]


def pdf_text(b):
    from pypdf import PdfReader
    return "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(b)).pages)


# ---------------------------------------------------------------- messages
MSGS = []


def msg(slug, box, when, frm, subject, body, *, atts=(), html=None, headers=None,
        proc=None, fields=None, sig=None, refugee=False, notif=None, denuncia=False,
        raw=None, expect=None, to=None):
    MSGS.append(dict(slug=slug, box=MAILBOX[box], when=when, frm=frm, subject=subject, body=body,
                     atts=list(atts), html=html, headers=headers or {}, proc=proc,
                     fields=fields or {}, sig=sig, refugee=refugee, notif=notif,
                     denuncia=denuncia, raw=raw, expect=expect, to=to))


def t(s):
    """'2026-11-30 09:12:33' -> aware Lima datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LIMA)


# ---------- Mon 2026-11-30
msg("actualizacion-flechas", "S", t("2026-11-30 09:12:33"),
    '"Luis M." <luchomarquez87@hotmail.com>', "Actualización de datos",
    """Buenos días, por medio del presente solicito la actualizacion de mis datos de contacto:

Nombre completo --> Luis Alfredo Márquez Pernía
Nacionalidad --> venezolana
Cédula --> V-20.145.887
Celular nuevo --> 936 214 587
Correo nuevo --> luismarquez.pernia@gmail.com
Dirección nueva --> Av. Los Próceres 1450, dpto 302, San Juan de Lurigancho

Gracias de antemano.
""",
    proc="actualizacion_datos",
    fields={"nombres": "Luis Alfredo Márquez Pernía", "nacionalidad": "VE", "documento_identidad": "V20145887",
            "telefono": "+51936214587", "correo": "luismarquez.pernia@gmail.com"},
    expect="acuse")

msg("cambio-clave-barras", "S", t("2026-11-30 11:40:05"),
    "yeni.rojas.u@hotmail.com", "cambio de clave y contraseña",
    """Buenas, no puedo entrar al sistema, pido cambio de clave por favor. Mis datos:

Yenifer Carolina Rojas Uzcátegui / pasaporte 148203917 / cel. 951 330 472 / yeni.rojas.u@hotmail.com

Saludos
""",
    proc="cambio_clave",
    fields={"nombres": "Yenifer Carolina Rojas Uzcátegui", "documento_identidad": "148203917",
            "telefono": "+51951330472", "correo": "yeni.rojas.u@hotmail.com"},
    expect="acuse")

msg("prorroga-buzon-solicitantes", "S", t("2026-11-30 13:00:48"),
    '"Eduardo Sánchez" <edusanchez.ve@gmail.com>', "Prórroga de Residencia - Refugiado",
    """Señores CEPR:

Soy refugiado reconocido y solicito la prórroga anual de mi residencia.

Nombres y Apellidos: Eduardo José Sánchez Villarroel
Sexo: M
Nacionalidad: Venezuela
Pasaporte: 094512376
Carné de Extranjería: 001234871
Fecha de nacimiento: 1979-02-14
Teléfono fijo: (01) 425-1133

Atentamente,
Eduardo J. Sánchez V.
""",
    proc="prorroga_residencia", refugee=True,
    fields={"nombres": "Eduardo José Sánchez Villarroel", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "094512376", "carne_extranjeria": "001234871",
            "fecha_nacimiento": "1979-02-14", "telefono": "+5114251133", "correo": "edusanchez.ve@gmail.com"},
    expect="acuse")

APEL_MEJIA = [
    "Señores",
    "Comisión Especial para los Refugiados",
    "Presente.-",
    "",
    "Yo, Andrés Felipe Mejía Cardona, de nacionalidad colombiana, identificado con Cédula de "
    "Ciudadanía N° 1.098.765.432, con domicilio en Jr. Cuzco 455, Breña, teléfono 947 118 203 y "
    "correo electrónico andresfmejia@gmail.com, ante ustedes me presento y digo:",
    "",
    "Que interpongo RECURSO DE APELACIÓN contra la Resolución N° 0875-2026/CEPR, notificada el "
    "16 de noviembre de 2026, que confirmó la denegatoria de mi solicitud de refugio.",
    "",
    "FUNDAMENTOS: La resolución no valoró las amenazas del grupo armado que controla mi vereda en "
    "el Cauca, documentadas en la constancia de la Defensoría del Pueblo que adjunté a mi "
    "solicitud, ni el asesinato de mi primo en marzo de 2026.",
    "",
    "Por lo expuesto, solicito se eleve el recurso y se revoque la resolución apelada.",
    "",
    "Lima, 30 de noviembre de 2026",
    "",
    "Andrés Felipe Mejía Cardona",
    "(firmado digitalmente)",
]
msg("apelacion-pdf-firmado", "M", t("2026-11-30 15:02:10"),
    '"Andrés F. Mejía" <andresfmejia@gmail.com>', "Recurso de Apelación",
    """Buenas tardes, adjunto mi recurso de apelación firmado digitalmente.
Quedo atento al cargo.

Andrés
""",
    atts=[("recurso_apelacion_mejia.pdf", "signed", ("RECURSO DE APELACIÓN", APEL_MEJIA, "Andres Felipe Mejia Cardona"))],
    proc="apelacion", sig="valid", notif=dt.date(2026, 11, 16),
    fields={"nombres": "Andrés Felipe Mejía Cardona", "nacionalidad": "CO", "documento_identidad": "1098765432",
            "telefono": "+51947118203", "correo": "andresfmejia@gmail.com",
            "motivo": "La resolución no valoró las amenazas del grupo armado que controla mi vereda en el Cauca"},
    expect="cargo")

RECON_CONTRERAS = [
    "Mariela Alejandra Contreras Bravo, de nacionalidad venezolana, con pasaporte N° 155032118, "
    "celular +51 923 884 105, correo marielacontreras.b@gmail.com, a ustedes digo:",
    "",
    "Interpongo recurso de reconsideración contra la Resolución N° 0799-2026/CEPR, notificada "
    "con fecha 28/10/2026, que denegó mi solicitud de refugio.",
    "",
    "Motivo: aporto nueva prueba, el informe médico legal que acredita las lesiones que sufrí "
    "durante mi detención en Barquisimeto en 2024, el cual no pude presentar antes por estar "
    "hospitalizada.",
    "",
    "Lima, 30 de noviembre de 2026",
    "Mariela Alejandra Contreras Bravo",
]
msg("reconsideracion-fuera-de-plazo", "M", t("2026-11-30 17:20:41"),
    '"Mariela" <marielacontreras.b@gmail.com>', "RECURSO DE RECONSIDERACION",
    """Buenas tardes.

Envío mi recurso de reconsideración firmado digitalmente. Sé que la resolución me la notificaron hace más de un mes, les pido considerar mi situación de salud.

Mariela Contreras
""",
    atts=[("reconsideracion_contreras.pdf", "signed", ("RECURSO DE RECONSIDERACIÓN", RECON_CONTRERAS, "Mariela Contreras Bravo"))],
    proc="reconsideracion", sig="valid", notif=dt.date(2026, 10, 28),
    fields={"nombres": "Mariela Alejandra Contreras Bravo", "nacionalidad": "VE", "documento_identidad": "155032118",
            "telefono": "+51923884105", "correo": "marielacontreras.b@gmail.com",
            "motivo": "aporto nueva prueba, el informe médico legal que acredita las lesiones"},
    expect="cargo")

# ---------- Tue 2026-12-01
msg("prorroga-datos-pegados", "R", t("2026-12-01 08:05:12"),
    "nelson.torrealba@yahoo.com", "PRORROGA DE RESIDENCIA",
    """Buen dia, solicito mi prórroga de residencia anual como refugiado. Copio los datos de la ficha:

DATOS:
Apellidos y nombres ........ Torrealba Guédez Nelson Rafael
Sexo ....................... Masculino
Nacionalidad ............... Venezolana
Doc. identidad ............. Cédula V-14.302.559
Carné de extranjería ....... 000918273
F. nacimiento .............. 03/07/75
Teléfono ................... 987 120 334

Gracias.
""",
    proc="prorroga_residencia", refugee=True,
    fields={"nombres": "Torrealba Guédez Nelson Rafael", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V14302559", "carne_extranjeria": "000918273",
            "fecha_nacimiento": "1975-07-03", "telefono": "+51987120334", "correo": "nelson.torrealba@yahoo.com"},
    expect="acuse")

msg("cambio-clave-asunto-urgente", "S", t("2026-12-01 08:30:59"),
    '"kathe" <kathe.ramirez.93@gmail.com>', "URGENTE!!",
    """buenos dias necesito el cambio de clave y contraseña del sistema de refugiados, no me llega el correo de recuperacion

nombres y apellidos: Katherine Paola Ramírez Osorio
C.C. 1.152.447.908
cel +57 312 456 7890
correo: kathe.ramirez.93@gmail.com

gracias
""",
    proc="cambio_clave",
    fields={"nombres": "Katherine Paola Ramírez Osorio", "documento_identidad": "1152447908",
            "telefono": "+573124567890", "correo": "kathe.ramirez.93@gmail.com"},
    expect="acuse")

DENUNCIA_PEREZ = [
    "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP ALFONSO UGARTE",
    "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 24518-2026",
    "",
    "Fecha y hora de registro: 28/11/2026 15:42",
    "Denunciante: ODALYS PEREZ CASTELLANOS",
    "Hecho: pérdida/sustracción de documento de identidad (carné de extranjería).",
    "Lugar: Av. Abancay cdra. 3, Cercado de Lima.",
    "",
    "Se expide la presente a solicitud de la interesada para los fines que estime convenientes.",
]
msg("duplicado-ce-denuncia-pdf", "R", t("2026-12-01 10:30:27"),
    '"Odalys" <odalysperezcu@gmail.com>', "Duplicado de carné de extranjería",
    """Estimados señores:

Me dirijo a ustedes para solicitar el duplicado de mi carné de extranjería. Adjunto la denuncia policial correspondiente. Mis datos son los siguientes: mi nombre es Odalys Pérez Castellanos, sexo femenino, de nacionalidad cubana, carnet de identidad 89041523456, carné de extranjería N° 001456782, nacida el 15 de abril de 1989, teléfono +51 912 345 078.

Muchas gracias por su atención.
""",
    atts=[("denuncia_policial_24518-2026.pdf", "text", ("DENUNCIA POLICIAL", DENUNCIA_PEREZ))],
    proc="duplicado_carne_extranjeria", refugee=True, denuncia=True,
    fields={"nombres": "Odalys Pérez Castellanos", "sexo": "F", "nacionalidad": "CU",
            "documento_identidad": "89041523456", "carne_extranjeria": "001456782",
            "fecha_nacimiento": "1989-04-15", "telefono": "+51912345078", "correo": "odalysperezcu@gmail.com"},
    expect="acuse")

VIAJE_VILLEGAS = [
    "Señores Comisión Especial para los Refugiados:",
    "",
    "Yo, Rosa Elena Villegas Arteaga, refugiada reconocida, con Carné de Extranjería N° 000672145, "
    "solicito autorización de viaje por urgencia.",
    "",
    "Lugar al que viajaré: Bogotá, Colombia",
    "Motivo del viaje: mi madre será operada del corazón y soy su única familiar cercana.",
    "Fecha de salida: 18/12/26",
    "Fecha de retorno: 10/01/27",
    "Teléfono: 962 508 117",
    "",
    "Lima, 1 de diciembre de 2026",
    "Rosa Elena Villegas Arteaga",
]
msg("viaje-pdf-firmado", "R", t("2026-12-01 12:15:03"),
    '"Rosa Elena Villegas" <rosaevillegas@gmail.com>', "Autorización de Viaje",
    """Buenas tardes, adjunto solicitud firmada de autorización de viaje por urgencia.
Mi celular es 962 508 117.

Saludos,
Rosa Elena
""",
    atts=[("autorizacion_viaje_villegas.pdf", "signed", ("SOLICITUD DE AUTORIZACIÓN DE VIAJE", VIAJE_VILLEGAS, "Rosa Elena Villegas Arteaga"))],
    proc="autorizacion_viaje", sig="valid", refugee=True,
    fields={"nombres": "Rosa Elena Villegas Arteaga", "carne_extranjeria": "000672145",
            "destino": "Bogotá, Colombia", "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-10",
            "motivo": "mi madre será operada del corazón y soy su única familiar cercana",
            "telefono": "+51962508117", "correo": "rosaevillegas@gmail.com"},
    expect="acuse")

msg("renuncia-foto-carta", "M", t("2026-12-01 16:45:16"),
    '"Jhonatan" <jhonatan.gutierrez.ll@outlook.com>', "Renuncia",
    """Señores de la Comisión:

Por este medio presento mi renuncia a la condición de refugiado. Adjunto la carta firmada a mano (foto).

Motivo: retorno voluntario a Colombia, mi familia ya está en Medellín y la situación en mi municipio mejoró.
Nombre: Jhonatan Gutiérrez Llano
Nacionalidad: colombiano
C.C.: 71.845.302
Carné de extranjería: 001587246
Teléfono: 9 8765 1203

Jhonatan
""",
    atts=[("carta_renuncia.jpg", "jpeg", ["Lima, 1 de diciembre de 2026", "Señores CEPR", "",
                                          "Yo Jhonatan Gutierrez Llano renuncio a mi condicion",
                                          "de refugiado por retorno voluntario a Colombia.", "", "Atentamente"])],
    proc="renuncia", sig="manuscrita", refugee=True,
    fields={"nombres": "Jhonatan Gutiérrez Llano", "nacionalidad": "CO", "documento_identidad": "71845302",
            "carne_extranjeria": "001587246", "telefono": "+51987651203", "correo": "jhonatan.gutierrez.ll@outlook.com",
            "motivo": "retorno voluntario a Colombia, mi familia ya está en Medellín y la situación en mi municipio mejoró."},
    expect="acuse")

msg("solicitud-refugio-portal", "R", t("2026-12-01 19:30:52"),
    '"Jean" <jeanrobert.pierre509@gmail.com>', "Solicitud de refugio",
    """Bonjour / Buenas noches.

Mi nombre es Jean Robert Pierre, soy haitiano, pasaporte N° RD2874510. Llegué al Perú hace dos semanas y quiero presentar una solicitud de refugio. ¿Cómo hago? ¿Tengo que ir a alguna oficina?

Mi teléfono es +51 944 019 337.

Merci,
Jean Robert
""",
    proc="solicitud_refugio",
    fields={"nombres": "Jean Robert Pierre", "nacionalidad": "HT", "documento_identidad": "RD2874510",
            "telefono": "+51944019337", "correo": "jeanrobert.pierre509@gmail.com"},
    expect="portal")

# ---------- Wed 2026-12-02
msg("cambio-clave-firma-ing", "S", t("2026-12-02 09:00:14"),
    '"Ramón B." <rbetancourt.ing@gmail.com>', "Cambio de contraseña",
    """Buenos días,

Solicito el cambio de clave del Sistema de Refugiados. Mi pasaporte es el N° 163027845.

Cordialmente,

Ing. Ramón Antonio Betancourt Gil
Cel. 974-301-228
""",
    proc="cambio_clave",
    fields={"nombres": "Ramón Antonio Betancourt Gil", "documento_identidad": "163027845",
            "telefono": "+51974301228", "correo": "rbetancourt.ing@gmail.com"},
    expect="acuse")

msg("actualizacion-refugiada-sin-carne", "S", t("2026-12-02 10:10:37"),
    "mgochoa.lugo@gmail.com", "Actualizacion de datos",
    "Buenos días, soy refugiada reconocida y necesito actualizar mi número de teléfono y mi dirección.\n\n"
    "Nombres:\tMaría Gabriela Ochoa Lugo\n"
    "Nacionalidad:\tVEN\n"
    "Cédula:\tV 17.654.320\n"
    "Teléfono:\t+51 955 402 118\n"
    "Dirección:\tCalle Las Begonias 233, Surquillo\n\n"
    "También les pido actualizar los datos de mi esposo, Carlos Eduardo Ruiz Medina, cédula V-15.332.098, "
    "que vive conmigo en la misma dirección.\n\nGracias\n",
    proc="actualizacion_datos", refugee=True,
    fields={"nombres": "María Gabriela Ochoa Lugo", "nacionalidad": "VE", "documento_identidad": "V17654320",
            "telefono": "+51955402118", "correo": "mgochoa.lugo@gmail.com"},
    expect="subsanar")

msg("apelacion-sin-firma", "M", t("2026-12-02 11:25:08"),
    '"Byron Cedeño" <byroncedeno84@gmail.com>', "recurso de apelacion",
    """Señores CEPR

Yo Byron Alexis Cedeño Vera, ecuatoriano, cédula de identidad 1312345678, interpongo recurso de apelación contra la resolución que confirmó el rechazo de mi solicitud de refugio.

Motivo de la apelación: no se tomó en cuenta que fui extorsionado y amenazado de muerte por una banda en Manta, lo que acredité con las capturas de los mensajes y la denuncia en la Fiscalía de Manabí.

Teléfono 961 447 230
Correo byroncedeno84@gmail.com

Atentamente
Byron Cedeño
""",
    proc="apelacion", sig="absent",
    fields={"nombres": "Byron Alexis Cedeño Vera", "nacionalidad": "EC", "documento_identidad": "1312345678",
            "telefono": "+51961447230", "correo": "byroncedeno84@gmail.com",
            "motivo": "no se tomó en cuenta que fui extorsionado y amenazado de muerte por una banda en Manta"},
    expect="subsanar")

msg("respuesta-automatica", "S", t("2026-12-02 13:00:02"),
    '"Luis Márquez" <luchomarquez87@hotmail.com>', "Respuesta automática: Actualización de datos",
    """Gracias por su mensaje. Estaré sin acceso a este correo hasta el 10 de diciembre.
Le responderé a mi regreso.
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
             "In-Reply-To": "<acuse-20261130-0001@rree.gob.pe>"},
    proc="actualizacion_datos", expect="ignorado")

msg("carne-solicitante", "S", t("2026-12-02 14:40:19"),
    '"Dayerlin" <dayerlin.mora@gmail.com>', "Carné de solicitante",
    """Hola buenas tardes quisiera saber como obtengo mi carné de solicitante de refugio, ya completé mi registro hace tiempo.
Dayerlin Andrea Mora Quintero
pasaporte 155998201
cel 913 224 650
""",
    proc="carne_solicitante",
    fields={"nombres": "Dayerlin Andrea Mora Quintero", "documento_identidad": "155998201",
            "telefono": "+51913224650", "correo": "dayerlin.mora@gmail.com"},
    expect="suspendido")

msg("prorroga-dictado-sin-sexo", "R", t("2026-12-02 18:05:44"),
    "jhonfredy.castano@gmail.com", "renovacion de residencia",
    "buenas noches señores refugiados por medio de la presente solicito la renovacion de mi residencia anual "
    "mi nombre es Jhon Fredy Castaño Ríos de nacionalidad colombiana con cedula de ciudadania 1.045.678.912 "
    "carne de extranjeria 000765431 nacido el 22 de septiembre de 1978 mi celular es el 912 003 456 "
    "gracias dios les pague\n",
    proc="prorroga_residencia", refugee=True,
    fields={"nombres": "Jhon Fredy Castaño Ríos", "nacionalidad": "CO", "documento_identidad": "1045678912",
            "carne_extranjeria": "000765431", "fecha_nacimiento": "1978-09-22", "telefono": "+51912003456",
            "correo": "jhonfredy.castano@gmail.com"},
    expect="subsanar")

# ---------- Thu 2026-12-03
msg("viaje-escaneado-sin-retorno", "R", t("2026-12-03 09:20:30"),
    '"Alexander Rivas" <alex.rivas.mcbo@gmail.com>', "Permiso de viaje urgente",
    """Buenos días. Adjunto escaneada mi solicitud firmada.

Necesito viajar urgentemente a Maracaibo, Venezuela porque mi papá falleció ayer y debo encargarme del sepelio.

Nombre: Alexander José Rivas Fuenmayor
CE: 001102934
Salida: 05/12/2026
Regreso: todavía no lo sé, depende de los trámites allá
Celular: 950 771 846

Gracias
""",
    atts=[("solicitud_viaje_scan.pdf", "scan", ["Lima, 3 de diciembre de 2026", "Senores CEPR",
                                               "Solicito autorizacion de viaje a Maracaibo",
                                               "por fallecimiento de mi padre.", "", "Alexander Rivas"])],
    proc="autorizacion_viaje", sig="manuscrita", refugee=True,
    fields={"nombres": "Alexander José Rivas Fuenmayor", "carne_extranjeria": "001102934",
            "destino": "Maracaibo, Venezuela", "fecha_salida": "2026-12-05",
            "motivo": "mi papá falleció ayer y debo encargarme del sepelio",
            "telefono": "+51950771846", "correo": "alex.rivas.mcbo@gmail.com"},
    expect="subsanar")

RECON_ANAYA = [
    "Solicitante: Wilfredo Anaya Colmenares",
    "Documento: Pasaporte 137708252",
    "Teléfono: 986 332 017",
    "Correo: wilfredo.anaya.c@hotmail.com",
    "Resolución impugnada: N° 0912-2026/CEPR, notificada el 20 de noviembre de 2026.",
    "",
    "Motivo: presento nueva prueba que no pude obtener antes: la constancia del Colegio de "
    "Periodistas del Estado Lara que acredita mi trabajo como reportero y las amenazas que "
    "recibí por mis publicaciones.",
    "",
    "Solicito se reconsidere la decisión y se me reconozca la condición de refugiado.",
    "",
    "______________________",
    "Wilfredo Anaya C.",
]
msg("reconsideracion-pdf-sin-firma", "M", t("2026-12-03 10:45:00"),
    '"wilfredo" <wilfredo.anaya.c@hotmail.com>', "Reconsideración",
    "Adjunto recurso.\n",
    atts=[("RECONSIDERACION.pdf", "text", ("RECURSO DE RECONSIDERACIÓN", RECON_ANAYA))],
    proc="reconsideracion", sig="absent", notif=dt.date(2026, 11, 20),
    fields={"nombres": "Wilfredo Anaya Colmenares", "documento_identidad": "137708252",
            "telefono": "+51986332017", "correo": "wilfredo.anaya.c@hotmail.com",
            "motivo": "presento nueva prueba que no pude obtener antes"},
    expect="subsanar")

msg("boletin-lista", "R", t("2026-12-03 11:00:00"),
    '"Boletín Encuentros" <boletin@encuentros-ong.org>', "Boletín informativo N° 48 - diciembre",
    """Boletín informativo N° 48

- Talleres de emprendimiento gratuitos los sábados de diciembre en Lima Norte.
- Nuevo horario de atención psicológica.
- Campaña navideña: recolección de juguetes hasta el 20 de diciembre.

Para dejar de recibir este boletín responda con la palabra BAJA.
""",
    headers={"Precedence": "bulk", "List-Id": "Boletin Encuentros <boletin.encuentros-ong.org>",
             "List-Unsubscribe": "<mailto:baja@encuentros-ong.org>"},
    proc=None, expect="ignorado")

msg("autorizacion-trabajo-portal", "S", t("2026-12-03 12:30:11"),
    '"Yonaiker" <yonaiker.silva@gmail.com>', "Autorización de trabajo",
    """Buenas tardes, ¿cómo renuevo mi autorización de trabajo virtual?
Soy Yonaiker David Silva Peña, pasaporte 149920384.
Gracias.
""",
    proc="autorizacion_trabajo",
    fields={"nombres": "Yonaiker David Silva Peña", "documento_identidad": "149920384",
            "correo": "yonaiker.silva@gmail.com"},
    expect="portal")

msg("ayuda-estado-expediente", "R", t("2026-12-03 15:10:25"),
    '"Carmen" <carmenlucia.herrera@gmail.com>', "Ayuda",
    """Buenas tardes, hace ocho meses presenté mis papeles y no sé nada de mi expediente N° 2026-004512. ¿Me pueden decir en qué estado está?

Carmen Lucía Herrera Blanco
cédula V-22.108.346
cel. 924 660 135
""",
    proc=None,
    fields={"nombres": "Carmen Lucía Herrera Blanco", "documento_identidad": "V22108346",
            "telefono": "+51924660135", "correo": "carmenlucia.herrera@gmail.com"},
    expect="triage")

msg("actualizacion-pipes-mesadepartes", "M", t("2026-12-03 16:29:40"),
    '"Karla Díaz" <karlavdiaz@gmail.com>', "ACTUALIZACIÓN DE DATOS - nueva dirección",
    """Buenas tardes, solicito actualizar mi dirección y teléfono.

Karla Vanessa Díaz Peña | venezolana | Pasaporte 141 556 732 | WhatsApp +58 424 118 9034 | karlavdiaz@gmail.com

Nueva dirección: Jr. Huallaga 512, Cercado de Lima.
Gracias
""",
    proc="actualizacion_datos",
    fields={"nombres": "Karla Vanessa Díaz Peña", "nacionalidad": "VE", "documento_identidad": "141556732",
            "telefono": "+584241189034", "correo": "karlavdiaz@gmail.com"},
    expect="acuse")

msg("duplicado-carnet-sin-denuncia", "R", t("2026-12-03 20:40:03"),
    '"Mayerli" <mayerli.castillo@gmail.com>', "Duplicado de carnet",
    """Buenas noches. Solicito el duplicado de mi carné de extranjería. Todavía no he podido sacar la denuncia en la comisaría, ¿es obligatoria?

Mis datos:
- Mayerli Johana Castillo Pabón
- sexo: F
- nacionalidad: colombiana
- C.C. 1.090.456.733
- CE 001377920
- nacimiento: 07-11-1991
- cel: 933 118 402
""",
    proc="duplicado_carne_extranjeria", refugee=True, denuncia=False,
    fields={"nombres": "Mayerli Johana Castillo Pabón", "sexo": "F", "nacionalidad": "CO",
            "documento_identidad": "1090456733", "carne_extranjeria": "001377920",
            "fecha_nacimiento": "1991-11-07", "telefono": "+51933118402", "correo": "mayerli.castillo@gmail.com"},
    expect="subsanar")

# ---------- Fri 2026-12-04
APEL_GUZMAN = [
    "Señores",
    "Comisión Especial para los Refugiados - Ministerio de Relaciones Exteriores",
    "",
    "Patricia Ramos Villanueva, abogada con Reg. CAL N° 58231 y DNI N° 41227893, con domicilio "
    "procesal en Av. Arequipa 2450 of. 504, Lince, en representación de Héctor Manuel Guzmán Salas, "
    "de nacionalidad venezolana, identificado con pasaporte N° 128834670, con teléfono 945 660 213 "
    "y correo hmguzman.salas@gmail.com, a ustedes digo:",
    "",
    "Que interpongo RECURSO DE APELACIÓN contra la Resolución N° 0844-2026/CEPR, notificada el "
    "13/11/2026, que declaró infundada la reconsideración.",
    "",
    "FUNDAMENTOS: la resolución aplica indebidamente la cláusula de exclusión, pues mi patrocinado "
    "nunca integró cuerpos de seguridad del Estado venezolano; fue funcionario administrativo del "
    "Ministerio de Salud y fue destituido y perseguido por denunciar irregularidades.",
    "",
    "Lima, 3 de diciembre de 2026",
    "Patricia Ramos Villanueva - Abogada",
]
msg("apelacion-abogada", "M", t("2026-12-04 09:05:36"),
    '"Estudio Ramos & Asociados" <dra.pramos@estudioramos.pe>', "Recurso de apelación - Expediente N° 2025-01234",
    """Señores Mesa de Partes:

Adjunto el recurso de apelación firmado digitalmente que presento en representación de mi patrocinado, el Sr. Héctor Manuel Guzmán Salas.

Atentamente,
Dra. Patricia Ramos Villanueva
Estudio Ramos & Asociados
""",
    atts=[("apelacion_guzman_salas.pdf", "signed", ("RECURSO DE APELACIÓN", APEL_GUZMAN, "Patricia Ramos Villanueva"))],
    proc="apelacion", sig="valid", notif=dt.date(2026, 11, 13),
    fields={"nombres": "Héctor Manuel Guzmán Salas", "nacionalidad": "VE", "documento_identidad": "128834670",
            "telefono": "+51945660213", "correo": "hmguzman.salas@gmail.com",
            "motivo": "la resolución aplica indebidamente la cláusula de exclusión"},
    expect="cargo")

msg("entrevista-registro-portal", "S", t("2026-12-04 11:50:09"),
    '"Franyelis" <franyelis.gomez@gmail.com>', "Entrevista de registro",
    """Buen día, registré mi solicitud en línea hace un mes y aún no recibo la fecha de mi entrevista de registro.

Franyelis Gómez Arrieta, cédula V-27.441.090, tel 952 880 413
""",
    proc="entrevista_registro",
    fields={"nombres": "Franyelis Gómez Arrieta", "documento_identidad": "V27441090",
            "telefono": "+51952880413", "correo": "franyelis.gomez@gmail.com"},
    expect="portal")

RENUNCIA_OSPINA = [
    "Yo, Luz Marina Ospina Quiceno, de nacionalidad colombiana, con Cédula de Ciudadanía "
    "N° 43.912.776, solicitante de refugio, declaro que RENUNCIO a mi solicitud de refugio.",
    "",
    "Motivo: he obtenido la residencia por vinculo familiar con mi esposo peruano.",
    "",
    "Teléfono: 918 554 271",
    "",
    "Lima, 4 de diciembre de 2026",
    "Luz Marina Ospina Quiceno",
]
msg("renuncia-pdf-alterado", "M", t("2026-12-04 14:00:57"),
    '"Luz Marina" <luzmarina.ospina@gmail.com>', "Renuncia al trámite de refugio",
    """Buenas tardes, envío mi renuncia firmada.

Luz Marina Ospina Quiceno
celular 918 554 271
""",
    atts=[("renuncia_ospina.pdf", "altered", ("RENUNCIA A LA SOLICITUD DE REFUGIO", RENUNCIA_OSPINA, "Luz Marina Ospina Quiceno",
                                              b"vinculo familiar", b"vinculo FAMILIAR"))],
    proc="renuncia", sig="invalid",
    fields={"nombres": "Luz Marina Ospina Quiceno", "nacionalidad": "CO", "documento_identidad": "43912776",
            "telefono": "+51918554271", "correo": "luzmarina.ospina@gmail.com",
            "motivo": "he obtenido la residencia por vinculo familiar con mi esposo peruano."},
    expect="subsanar")

RECON_QUINTANA = [
    "Carmen Rosa Quintana Ledezma, pasaporte N° 117450339, interpongo recurso de reconsideración "
    "contra la Resolución N° 1021-2026/CEPR.",
    "",
    "La resolución se basa en un informe de país desactualizado. Adjunto información de 2026 sobre "
    "la persecución a dirigentes sindicales en el estado Bolívar, donde fui delegada sindical.",
    "",
    "Lima, 4 de diciembre de 2026",
    "Lic. Carmen Rosa Quintana Ledezma",
]
msg("reconsideracion-datos-en-firma", "M", t("2026-12-04 16:10:22"),
    '"Carmencita" <carmen.q.laboral@outlook.com>', "Recurso de reconsideración contra Resolución N° 1021-2026/CEPR",
    """Señores:

Presento el recurso de reconsideración adjunto (firmado digitalmente) contra la resolución indicada en el asunto. Mi pasaporte es el 117450339.

Motivo: la resolución se basa en un informe de país desactualizado; adjunto información de 2026 sobre la persecución a dirigentes sindicales en mi estado.

Atentamente,
Lic. Carmen Rosa Quintana Ledezma
Cel: +51 987 004 562
Correo para notificaciones: carmenrquintana@gmail.com
""",
    atts=[("reconsideracion_quintana.pdf", "signed", ("RECURSO DE RECONSIDERACIÓN", RECON_QUINTANA, "Carmen Rosa Quintana Ledezma"))],
    proc="reconsideracion", sig="valid",
    fields={"nombres": "Carmen Rosa Quintana Ledezma", "documento_identidad": "117450339",
            "telefono": "+51987004562", "correo": "carmenrquintana@gmail.com",
            "motivo": "la resolución se basa en un informe de país desactualizado"},
    expect="cargo")

msg("reenvio-interno-institucional", "S", t("2026-12-04 17:40:15"),
    '"Unidad de Refugiados" <refugiados@rree.gob.pe>', "RV: Prórroga de residencia",
    """Colegas:

Para su conocimiento, remitimos el consolidado de prórrogas de residencia atendidas en noviembre.
Favor no responder a los usuarios desde esta cadena.

Saludos,
Unidad de Refugiados
""",
    proc="prorroga_residencia", expect="ignorado")

# ---------- Sat 2026-12-05
msg("cambio-clave-sin-telefono", "S", t("2026-12-05 10:20:48"),
    '"Roberto Carlos" <robertoc.linares@gmail.com>', "Cambio de clave",
    """Saludos cordiales, solicito cambio de clave para el sistema de refugio.

Nombre y apellido: Roberto Carlos Linares Duque
Cedula: V-19.223.671
Correo electronico: robertoc.linares@gmail.com
""",
    proc="cambio_clave",
    fields={"nombres": "Roberto Carlos Linares Duque", "documento_identidad": "V19223671",
            "correo": "robertoc.linares@gmail.com"},
    expect="subsanar")

VIAJE_PAREDES = [
    "Nombres y apellidos: Génesis Paredes Montilla",
    "Carné de Extranjería: 001659043",
    "Destino: Santiago de Chile",
    "Motivo: mi hermana menor será operada de emergencia y soy su apoderada legal.",
    "Fecha de salida: 20 de diciembre de 2026",
    "Fecha de retorno: 3 de enero de 2027",
    "Teléfono: 929 441 870",
    "",
    "Lima, 5 de diciembre de 2026",
]
msg("viaje-pdf-imagen-firma-buzon-solicitantes", "S", t("2026-12-05 22:10:31"),
    '"Génesis" <genesis.paredes.m@gmail.com>', "Autorización de Viaje",
    "Buenas noches, adjunto mi solicitud de autorización de viaje firmada. Gracias.\n",
    atts=[("solicitud_autorizacion_viaje.pdf", "textimg", ("SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)", VIAJE_PAREDES))],
    proc="autorizacion_viaje", sig="manuscrita", refugee=True,
    fields={"nombres": "Génesis Paredes Montilla", "carne_extranjeria": "001659043", "destino": "Santiago de Chile",
            "motivo": "mi hermana menor será operada de emergencia y soy su apoderada legal.",
            "fecha_salida": "2026-12-20", "fecha_retorno": "2027-01-03", "telefono": "+51929441870",
            "correo": "genesis.paredes.m@gmail.com"},
    expect="acuse")

# ---------- Sun 2026-12-06
msg("prorroga-nombre-en-firma-apodo", "R", t("2026-12-06 15:30:00"),
    '"La Yoli 💕" <yolicarrasco92@gmail.com>', "Prorroga de residencia anual",
    """Hola buenas tardes, envío mis datos para la prórroga de residencia:

- Sexo: femenino
- Nacionalidad: venezolana
- Cédula: V-21.004.587
- Carné de extranjería: 001288364
- Fecha de nacimiento: 1ro de agosto de 1992
- Teléfono: 907 335 201

Muchas gracias!!
Yoli
Yoselin Andreína Carrasco Díaz
""",
    proc="prorroga_residencia", refugee=True,
    fields={"nombres": "Yoselin Andreína Carrasco Díaz", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "V21004587", "carne_extranjeria": "001288364",
            "fecha_nacimiento": "1992-08-01", "telefono": "+51907335201", "correo": "yolicarrasco92@gmail.com"},
    expect="acuse")

# ---------- Mon 2026-12-07 (día no laborable)
msg("apelacion-escaneada-extemporanea", "M", t("2026-12-07 09:40:12"),
    '"Yusmary" <yusmary.leon@gmail.com>', "APELACION",
    """Buenos dias, envio mi recurso de apelacion escaneado con mi firma. La resolución me fue notificada el 02/11/2026.

YUSMARY DEL VALLE LEÓN ARAUJO – PASAPORTE 139027566 – CEL 941 225 808 – yusmary.leon@gmail.com

Motivo de la apelación: la Comisión no consideró que mi esposo es perseguido político y yo fui detenida dos veces por ser su esposa.

Dios los bendiga
""",
    atts=[("apelacion_firmada.pdf", "scan", ["Lima, 6 de diciembre de 2026", "Senores CEPR",
                                            "Yo Yusmary del Valle Leon Araujo apelo la",
                                            "resolucion que nego mi refugio.", "", "Firma:"])],
    proc="apelacion", sig="manuscrita", notif=dt.date(2026, 11, 2),
    fields={"nombres": "YUSMARY DEL VALLE LEÓN ARAUJO", "documento_identidad": "139027566",
            "telefono": "+51941225808", "correo": "yusmary.leon@gmail.com",
            "motivo": "la Comisión no consideró que mi esposo es perseguido político"},
    expect="cargo")

msg("rebote-cambio-clave", "S", t("2026-12-07 10:02:55"),
    '"Mail Delivery System" <MAILER-DAEMON@mx1.rree.gob.pe>', "Mensaje no entregado: Cambio de clave y contraseña",
    None, raw="bounce", proc="cambio_clave", expect="ignorado")

# ---------- Tue 2026-12-08 (feriado)
msg("actualizacion-refugiado-puntos-hijos", "S", t("2026-12-08 12:00:26"),
    '"Wilmer Pacheco" <wilmerpacheco.r@gmail.com>', "Actualización de datos de contacto",
    """Buenas tardes. Soy refugiado reconocido y solicito la actualización de mis datos de contacto.

Nombres y apellidos.......... Wilmer José Pacheco Rangel
Nacionalidad................. Venezuela
Pasaporte.................... 086631904
Carné de extranjería......... 000845210
Teléfono nuevo............... 998 102 447
Correo....................... wilmer.pacheco.rangel@outlook.com

Mis hijos menores, que dependen de mí:
Santiago Pacheco Mendoza - pasaporte 170223344 - nacido el 12/05/2015
Valentina Pacheco Mendoza - pasaporte 170223345 - nacida el 30/09/2018

Atte.
Wilmer
""",
    proc="actualizacion_datos", refugee=True,
    fields={"nombres": "Wilmer José Pacheco Rangel", "nacionalidad": "VE", "documento_identidad": "086631904",
            "carne_extranjeria": "000845210", "telefono": "+51998102447",
            "correo": "wilmer.pacheco.rangel@outlook.com"},
    expect="acuse")

# ---------- Wed 2026-12-09 (feriado)
msg("carne-solicitante-duplicado-buzon-refugiados", "R", t("2026-12-09 08:30:44"),
    '"Edgar" <edgar.rondon.v@gmail.com>', "carnet de solicitante de refugio - duplicado",
    """Buenos días, necesito un duplicado de mi carné de solicitante de refugio. Adjunto la denuncia policial.

Edgar Alonso Rondón Villalba
pasaporte 142875006
teléfono 976 540 218
""",
    atts=[("denuncia_perdida_carne.pdf", "text", ("CONSTANCIA DE DENUNCIA POLICIAL",
                                                  ["Comisaría PNP San Martín de Porres", "Denuncia N° 31177-2026",
                                                   "Denunciante: EDGAR ALONSO RONDON VILLALBA",
                                                   "Hecho: pérdida de carné de solicitante de refugio.",
                                                   "Fecha: 07/12/2026"]))],
    proc="carne_solicitante", denuncia=True,
    fields={"nombres": "Edgar Alonso Rondón Villalba", "documento_identidad": "142875006",
            "telefono": "+51976540218", "correo": "edgar.rondon.v@gmail.com"},
    expect="suspendido")

# ---------- Thu 2026-12-10
msg("reconsideracion-foto-firma-re", "M", t("2026-12-10 08:55:17"),
    '"Omar Alvarado" <omar.alvarado.t@gmail.com>', "Re: Recurso de Reconsideracion",
    """Buenos días, reenvío mi recurso con la firma, como me indicaron (adjunto foto de la hoja firmada).

Recurrente: Omar Enrique Alvarado Tovar
Cédula de identidad: V-18.557.203
Teléfono: +51 940 118 765
Correo: omar.alvarado.t@gmail.com
Resolución notificada el 25 de noviembre de 2026.
Motivo: solicito se reconsidere la denegatoria porque presento nuevas pruebas de las amenazas recibidas (mensajes y audios de los colectivos de mi sector).

Omar A.

> Mesa de Partes Virtual escribió:
> Su escrito no contiene un documento firmado. Sírvase remitirlo firmado.
""",
    atts=[("recurso_firmado.png", "png", ["RECURSO DE RECONSIDERACION", "Omar Enrique Alvarado Tovar",
                                         "V-18.557.203", "", "Firma:"])],
    proc="reconsideracion", sig="manuscrita", notif=dt.date(2026, 11, 25),
    fields={"nombres": "Omar Enrique Alvarado Tovar", "documento_identidad": "V18557203",
            "telefono": "+51940118765", "correo": "omar.alvarado.t@gmail.com",
            "motivo": "solicito se reconsidere la denegatoria porque presento nuevas pruebas de las amenazas recibidas"},
    expect="cargo")

RENUNCIA_JOSEPH = [
    "Yo, Marie Carmel Joseph, de nacionalidad haitiana, pasaporte N° PA0938271, carné de "
    "extranjería N° 001502389, refugiada reconocida, declaro que RENUNCIO a la condición de refugiada.",
    "",
    "Motivo: viajaré a Canadá para reunirme con mi familia en el marco de un programa de "
    "reunificación familiar.",
    "",
    "Teléfono: +51 955 018 344",
    "",
    "Lima, 9 de diciembre de 2026",
    "Marie Carmel Joseph",
]
msg("renuncia-refugiada-firmada", "M", t("2026-12-10 11:11:11"),
    '"Marie" <mariecarmel.joseph@gmail.com>', "Renuncia a la condición de refugiado",
    "Estimados, adjunto mi renuncia firmada digitalmente.\nMerci beaucoup.\n",
    atts=[("renuncia_joseph.pdf", "signed", ("RENUNCIA A LA CONDICIÓN DE REFUGIADA", RENUNCIA_JOSEPH, "Marie Carmel Joseph"))],
    proc="renuncia", sig="valid", refugee=True,
    fields={"nombres": "Marie Carmel Joseph", "nacionalidad": "HT", "documento_identidad": "PA0938271",
            "carne_extranjeria": "001502389", "telefono": "+51955018344", "correo": "mariecarmel.joseph@gmail.com",
            "motivo": "viajaré a Canadá para reunirme con mi familia"},
    expect="acuse")

msg("viaje-mesadepartes-sin-firma-flechas", "M", t("2026-12-10 16:31:06"),
    '"Daniel Brito" <danielbrito.ce@gmail.com>', "Solicitud de autorización de viaje",
    """Buenas tardes

Por medio del presente solicito autorización de viaje urgente:

motivo -> mi hija de 6 años necesita una operación que solo le pueden hacer en el hospital donde la atendían en Caracas
destino -> Caracas, Venezuela
salida -> 24/12/26
retorno -> 07/01/27

Daniel Eduardo Brito Salcedo, C.E. 001744026, cel 982 306 115.
Mi hija: Sofía Brito Parra, pasaporte 171100223.
""",
    proc="autorizacion_viaje", sig="absent", refugee=True,
    fields={"nombres": "Daniel Eduardo Brito Salcedo", "carne_extranjeria": "001744026",
            "destino": "Caracas, Venezuela", "fecha_salida": "2026-12-24", "fecha_retorno": "2027-01-07",
            "motivo": "mi hija de 6 años necesita una operación", "telefono": "+51982306115",
            "correo": "danielbrito.ce@gmail.com"},
    expect="subsanar")

msg("consulta-dos-tramites", "S", t("2026-12-10 17:45:50"),
    '"Ana Victoria" <anavictoria.pena@gmail.com>', "Consulta",
    """Buenas tardes. Tengo dos consultas: ¿debo pedir la prórroga de residencia este mes si mi carné vence en enero? Y además necesito la actualización de datos: mi nuevo número es 915 227 309.

Ana Victoria Peña Salazar
""",
    proc=None,
    fields={"nombres": "Ana Victoria Peña Salazar", "telefono": "+51915227309", "correo": "anavictoria.pena@gmail.com"},
    expect="triage")

# ---------- Fri 2026-12-11
msg("duplicado-ce-foto-denuncia", "R", t("2026-12-11 09:30:38"),
    '"Kevin Zambrano" <kevinzambrano.ec@gmail.com>', "DUPLICADO DE CARNÉ DE EXTRANJERÍA",
    """Señores, adjunto foto de la denuncia. Datos:

Nombre: Kevin Andrés Zambrano Mera
Sexo: M
Nacionalidad: Ecuador
Cédula: 0923456781
Carné de extranjería: 001390558
Fecha de nacimiento: 1988-11-30
Telf.: 963 441 227
""",
    atts=[("denuncia.jpg", "jpeg", ["POLICIA NACIONAL DEL PERU", "DENUNCIA N 30021-2026",
                                    "Denunciante: Kevin Zambrano Mera", "Hecho: perdida de documento"])],
    proc="duplicado_carne_extranjeria", refugee=True, denuncia=True,
    fields={"nombres": "Kevin Andrés Zambrano Mera", "sexo": "M", "nacionalidad": "EC",
            "documento_identidad": "0923456781", "carne_extranjeria": "001390558",
            "fecha_nacimiento": "1988-11-30", "telefono": "+51963441227", "correo": "kevinzambrano.ec@gmail.com"},
    expect="acuse")

APEL_FERNANDEZ = [
    "Yaimara Fernández Cabrera, ciudadana cubana, carnet de identidad N° 90031245678, teléfono "
    "951 662 309, correo yaimara.fdez@gmail.com, ante ustedes interpongo recurso de apelación "
    "contra la Resolución N° 0731-2026/CEPR, notificada el 27 de octubre de 2026.",
    "",
    "Motivo: la Comisión consideró que mi temor no era fundado sin valorar las citaciones de la "
    "Seguridad del Estado y la expulsión de mi centro de trabajo por mis publicaciones.",
    "",
    "Lima, 10 de diciembre de 2026",
    "Yaimara Fernández Cabrera",
]
msg("apelacion-fwd-buzon-refugiados-extemporanea", "R", t("2026-12-11 12:40:09"),
    '"Yaimara" <yaimara.fdez@gmail.com>', "Fwd: Recurso de Apelación",
    "Reenvío mi recurso de apelación firmado.\n\nYaimara\n",
    atts=[("apelacion_yfernandez.pdf", "signed", ("RECURSO DE APELACIÓN", APEL_FERNANDEZ, "Yaimara Fernandez Cabrera"))],
    proc="apelacion", sig="valid", notif=dt.date(2026, 10, 27),
    fields={"nombres": "Yaimara Fernández Cabrera", "nacionalidad": "CU", "documento_identidad": "90031245678",
            "telefono": "+51951662309", "correo": "yaimara.fdez@gmail.com",
            "motivo": "la Comisión consideró que mi temor no era fundado"},
    expect="cargo")

msg("actualizacion-asunto-mal-escrito-cpp", "S", t("2026-12-11 14:20:33"),
    '"Jesús Alberto" <jesusalb.moreno@gmail.com>', "Actualizasion de datos",
    """Buenas tardes solicito actualizacion de datos.

Nombre: Jesús Alberto Moreno Briceño, nacionalidad: venezolano, cédula: V-25.870.114, CPP: 002341887, nuevo celular: +51 968 114 502, correo: jesusalb.moreno@gmail.com

(soy solicitante de refugio, todavía no tengo respuesta)
""",
    proc="actualizacion_datos",
    fields={"nombres": "Jesús Alberto Moreno Briceño", "nacionalidad": "VE", "documento_identidad": "V25870114",
            "telefono": "+51968114502", "correo": "jesusalb.moreno@gmail.com"},
    expect="acuse")

msg("cambio-clave-tabla-html-buzon-refugiados", "R", t("2026-12-11 18:00:00"),
    '"Wood" <woodlinecharles@gmail.com>', "RE: cambio de clave",
    None,
    html="""<html><body>
<p>Bonjou, buenas tardes. Por favor cambio de clave del sistema, no puedo entrar.</p>
<table border="1" cellpadding="4">
<tr><td>Nom / Nombre</td><td>Woodline Charles</td></tr>
<tr><td>Paspò / Pasaporte</td><td>RE4410932</td></tr>
<tr><td>Telefòn / Teléfono</td><td>+509 3712 4455</td></tr>
<tr><td>Imèl / Correo</td><td>woodlinecharles@gmail.com</td></tr>
</table>
<p>Mèsi anpil</p>
</body></html>""",
    proc="cambio_clave",
    fields={"nombres": "Woodline Charles", "documento_identidad": "RE4410932",
            "telefono": "+50937124455", "correo": "woodlinecharles@gmail.com"},
    expect="acuse")

# ---------- Sat 2026-12-12
msg("solicitud-refugio-familia-mesadepartes", "M", t("2026-12-12 09:00:21"),
    '"Hernán" <hernan.valencia.co@gmail.com>', "Solicitud de refugio para mi familia",
    """Buenos días, soy Hernán Darío Valencia Ortiz, colombiano, C.C. 79.455.102. Quiero presentar solicitud de refugio para mí, mi esposa Luz Dary Gómez (C.C. 52.331.908) y nuestros dos hijos.

Celular 921 004 377
""",
    proc="solicitud_refugio",
    fields={"nombres": "Hernán Darío Valencia Ortiz", "nacionalidad": "CO", "documento_identidad": "79455102",
            "telefono": "+51921004377", "correo": "hernan.valencia.co@gmail.com"},
    expect="portal")

msg("autorizacion-trabajo-renovacion", "R", t("2026-12-12 13:15:42"),
    '"Rosangela" <rosangela.quijada@hotmail.com>', "renovación autorización de trabajo",
    "hola necesito renovar mi autorizacion de trabajo virtual, no se donde se hace. Rosangela Quijada, pasaporte 160334782\n",
    proc="autorizacion_trabajo",
    fields={"nombres": "Rosangela Quijada", "documento_identidad": "160334782", "correo": "rosangela.quijada@hotmail.com"},
    expect="portal")

# ---------- Sun 2026-12-13
msg("entrevista-reprogramacion-mesadepartes", "M", t("2026-12-13 10:00:05"),
    '"Luis Enrique Paz" <luisenriquepaz@gmail.com>', "Re: Entrevista de Registro virtual - reprogramación",
    """¿Se puede reprogramar mi entrevista de registro del martes? No podré conectarme ese día.

Luis Enrique Paz Gil
pasaporte 152209877
WhatsApp 940 556 120
""",
    proc="entrevista_registro",
    fields={"nombres": "Luis Enrique Paz Gil", "documento_identidad": "152209877",
            "telefono": "+51940556120", "correo": "luisenriquepaz@gmail.com"},
    expect="portal")

msg("noreply-encuesta", "S", t("2026-12-13 11:30:00"),
    '"Encuestas" <noreply@encuestas-ciudadanas.pe>', "Encuesta de satisfacción del servicio",
    """Estimado usuario:

Ayúdenos a mejorar respondiendo una breve encuesta de 3 preguntas sobre la atención recibida.
Este mensaje fue generado automáticamente, por favor no responda.
""",
    proc=None, expect="ignorado")

RENUNCIA_ARTEAGA = [
    "Giovanny Arteaga Pulido, de nacionalidad venezolana, pasaporte N° 102938475, refugiado "
    "reconocido, declaro que RENUNCIO a la condición de refugiado.",
    "",
    "Motivo: regreso definitivo a Venezuela para cuidar a mis padres, que son adultos mayores.",
    "",
    "Teléfono: 979 004 512",
    "",
    "Lima, 13 de diciembre de 2026",
    "Giovanny Arteaga Pulido",
]
msg("renuncia-refugiado-sin-carne", "M", t("2026-12-13 20:00:40"),
    '"Giovanny" <giovanny.arteaga@gmail.com>', "renuncia",
    "Buenas noches, adjunto mi renuncia firmada. Soy refugiado reconocido.\n",
    atts=[("renuncia_arteaga.pdf", "signed", ("RENUNCIA", RENUNCIA_ARTEAGA, "Giovanny Arteaga Pulido"))],
    proc="renuncia", sig="valid", refugee=True,
    fields={"nombres": "Giovanny Arteaga Pulido", "nacionalidad": "VE", "documento_identidad": "102938475",
            "telefono": "+51979004512", "correo": "giovanny.arteaga@gmail.com",
            "motivo": "regreso definitivo a Venezuela para cuidar a mis padres"},
    expect="subsanar")


# ---------------------------------------------------------------- build
def make_attachment(kind, spec):
    if kind == "signed":
        title, lines, cn = spec
        b = sign(text_pdf(title, lines), cn)
        assert sig_intact(b)
        return b, "application", "pdf"
    if kind == "altered":
        title, lines, cn, old, new = spec
        b = sign(text_pdf(title, lines, compress=False), cn)
        assert sig_intact(b)
        b = alter(b, old, new)
        assert not sig_intact(b), "alteration not detected"
        return b, "application", "pdf"
    if kind == "text":
        title, lines = spec
        return text_pdf(title, lines), "application", "pdf"
    if kind == "textimg":
        title, lines = spec
        return text_pdf(title, lines, signature_image=True), "application", "pdf"
    if kind == "scan":
        return scanned_pdf(spec), "application", "pdf"
    if kind == "jpeg":
        return letter_image(spec, "JPEG"), "image", "jpeg"
    if kind == "png":
        return letter_image(spec, "PNG"), "image", "png"
    raise ValueError(kind)


def bounce_bytes(m, msgid, date_hdr, recv_hdr):
    orig_to = "k.rios.2020@gmial.com"
    return (
        f"Received: {recv_hdr}\r\n"
        f"Delivered-To: {m['box']}\r\n"
        f"Return-Path: <>\r\n"
        f"Date: {date_hdr}\r\n"
        f"From: {m['frm']}\r\n"
        f"To: {m['box']}\r\n"
        f"Subject: =?utf-8?q?Mensaje_no_entregado=3A_Cambio_de_clave_y_contrase=C3=B1a?=\r\n"
        f"Message-ID: {msgid}\r\n"
        f"Auto-Submitted: auto-replied\r\n"
        f"MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY-r23"\r\n'
        f"\r\n"
        f"--BOUNDARY-r23\r\n"
        f"Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        f"This is the mail system at host mx1.rree.gob.pe.\r\n\r\n"
        f"I'm sorry to have to inform you that your message could not be delivered\r\n"
        f"to one or more recipients.\r\n\r\n"
        f"<{orig_to}>: Host or domain name not found. Name service error for\r\n"
        f"    name=gmial.com type=MX: Host not found\r\n\r\n"
        f"--BOUNDARY-r23\r\n"
        f"Content-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; mx1.rree.gob.pe\r\n\r\n"
        f"Final-Recipient: rfc822; {orig_to}\r\n"
        f"Action: failed\r\n"
        f"Status: 5.4.4\r\n"
        f"Diagnostic-Code: X-Postfix; Host or domain name not found\r\n\r\n"
        f"--BOUNDARY-r23\r\n"
        f"Content-Type: text/rfc822-headers\r\n\r\n"
        f"From: solicitantesrefugio@rree.gob.pe\r\n"
        f"To: {orig_to}\r\n"
        f"Subject: Cambio de clave y contrasena - acuse\r\n"
        f"Date: Mon, 07 Dec 2026 10:02:40 -0500\r\n\r\n"
        f"--BOUNDARY-r23--\r\n"
    ).encode("ascii")


def expected_label(m, fname):
    proc = m["proc"]
    recv = m["when"]
    fd = filing_day(recv)
    fields = dict(m["fields"])
    flags = []
    missing = []
    if m["expect"] == "ignorado":
        outcome = "ignorado"
        sig = "not_required" if proc is None or "firma" not in PROC[proc][1] else m["sig"]
    elif proc is None:
        outcome, sig = "triage", "not_required"
    else:
        home, reqs, plazo, done = PROC[proc]
        needs_firma = "firma" in reqs
        sig = m["sig"] if needs_firma else "not_required"
        assert (sig is not None), m["slug"]
        if home == "portal":
            outcome = "portal"
        else:
            if home != m["box"]:
                flags.append("derivado")
            for r in reqs:
                if r == "firma":
                    if sig in ("invalid", "absent"):
                        missing.append("firma")
                elif r == "denuncia_policial":
                    if not m["denuncia"]:
                        missing.append(r)
                elif r == "carne_extranjeria*":
                    if m["refugee"] and "carne_extranjeria" not in fields:
                        missing.append("carne_extranjeria")
                elif r not in fields:
                    missing.append(r)
            if done == "suspendido":
                outcome = "suspendido"
            elif missing:
                outcome = "subsanar"
            else:
                outcome = done
            if sig == "manuscrita":
                flags.append("verificar_firma")
            if proc in RECURSOS and m["notif"] is not None:
                if fd > add_bd(m["notif"], 15):
                    flags.append("extemporaneo")
    if outcome in ("ignorado", "portal", "triage"):
        missing, flags = [], []
    if outcome == "subsanar":
        due = add_bd(fd, 2)
    elif outcome in ("acuse", "cargo"):
        due = add_bd(fd, PROC[proc][2])
    else:
        due = None
    assert outcome == m["expect"], (m["slug"], outcome, m["expect"], missing)
    if outcome != "ignorado" and m["box"] not in m["frm"]:
        assert "correo" in fields, m["slug"]
    if outcome == "ignorado":
        fields = {}
    return {
        "file": fname, "mailbox": m["box"], "received": recv.isoformat(), "procedure": proc,
        "fields": fields, "missing": missing, "signature": sig, "outcome": outcome,
        "flags": flags, "filing_date": fd.isoformat(), "due_date": due.isoformat() if due else None,
    }


def check_fields(m, eml_text):
    f = m["fields"]
    if "telefono" in f:
        n = phonenumbers.parse(f["telefono"], None)
        assert phonenumbers.is_valid_number(n), (m["slug"], f["telefono"])
    for k in ("fecha_nacimiento", "fecha_salida", "fecha_retorno"):
        if k in f:
            dt.date.fromisoformat(f[k])
    if "correo" in f:
        assert f["correo"] == f["correo"].lower()


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    labels = []
    for i, m in enumerate(MSGS, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        recv = m["when"]
        sent = recv - dt.timedelta(seconds=17 + (i * 37) % 140)
        msgid = f"<r23.{i:03d}.{hashlib.sha1(m['slug'].encode()).hexdigest()[:12]}@{m['frm'].split('@')[-1].rstrip('>')}>"
        recv_hdr = (f"from mail-out{i % 7 + 1}.relay.example.net (mail-out{i % 7 + 1}.relay.example.net [203.0.113.{10 + i}]) "
                    f"by mx1.rree.gob.pe (Postfix) with ESMTPS id 4R23{i:03d}X; {format_datetime(recv)}")
        if m["raw"] == "bounce":
            data = bounce_bytes(m, msgid, format_datetime(sent), recv_hdr)
        else:
            e = EmailMessage(policy=policy.SMTP)
            e["Received"] = recv_hdr
            e["Delivered-To"] = m["box"]
            e["Date"] = format_datetime(sent)
            e["From"] = m["frm"]
            e["To"] = m["to"] or m["box"]
            e["Subject"] = m["subject"]
            e["Message-ID"] = msgid
            for k, v in m["headers"].items():
                e[k] = v
            if m["html"] is not None:
                e.set_content(m["html"], subtype="html", charset="utf-8")
            else:
                e.set_content(m["body"], charset="utf-8")
            for (name, kind, spec) in m["atts"]:
                b, mt, st = make_attachment(kind, spec)
                e.add_attachment(b, maintype=mt, subtype=st, filename=name)
            data = e.as_bytes()
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        check_fields(m, data)
        labels.append(expected_label(m, fname))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lb in labels:
            fh.write(json.dumps(lb, ensure_ascii=False) + "\n")
    print(len(labels), "messages written")


if __name__ == "__main__":
    main()
