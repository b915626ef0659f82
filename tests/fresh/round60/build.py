#!/usr/bin/env python3
"""Build round60: mail where several people's data appear and only the applicant's count.

Run with the r60 venv:  /work/rounds/.venv-r60/bin/python build.py
Writes NNN-*.eml and labels.jsonl next to this file.  Dates (filing_date, due_date,
extemporaneo) are computed here from config.toml's calendar; fields, missing, signature
and outcome are written by hand and cross-checked against the rules below.
"""
import datetime as dt
import io
import json
import logging
import os
import random
import tomllib
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import holidays
from asn1crypto import keys as akeys
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator.registry import SimpleCertificateStore

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
random.seed(60)

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
INSTITUTIONAL = {S, M, R}

# ---------------------------------------------------------------- calendar
with open(os.path.join(HERE, "config.toml"), "rb") as fh:
    CAL = tomllib.load(fh)["calendar"]
NWD = {dt.date.fromisoformat(d) for d in CAL.get("non_working_days", [])}
PEH = holidays.country_holidays("PE", years=[2026, 2027])
CLOSE = CAL.get("office_close")


def business(d):
    return d.weekday() < 5 and d not in PEH and d not in NWD


def next_business(d):
    d += dt.timedelta(days=1)
    while not business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if business(d):
        if CLOSE is None:
            return d
        h, m = map(int, CLOSE.split(":"))
        if loc.time() < dt.time(h, m):
            return d
    return next_business(d)


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


def recurso_deadline(notified):
    """15th business day counted from the day after the notification."""
    return add_business(notified, 15)


PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15,
         "apelacion": 30, "renuncia": 15, "prorroga_residencia": 15,
         "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
REQ = {
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"],
}
HOME = {"actualizacion_datos": S, "cambio_clave": S, "carne_solicitante": S,
        "reconsideracion": M, "apelacion": M, "renuncia": M,
        "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}

# ---------------------------------------------------------------- documents
_certs = {}


def signer_for(cn):
    if cn not in _certs:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                          x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
        nb = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(random.randint(1, 2**60))
                .not_valid_before(nb).not_valid_after(nb + dt.timedelta(days=3650))
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
                .sign(key, hashes.SHA256()))
        ac = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
        ak = akeys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        _certs[cn] = signers.SimpleSigner(signing_cert=ac, signing_key=ak,
                                          cert_registry=SimpleCertificateStore.from_certs([ac]))
    return _certs[cn]


def text_pdf(lines, compress=True):
    pdf = FPDF()
    pdf.set_compression(compress)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln.startswith("# "):
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, ln[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=11)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def signed_pdf(lines, cn):
    raw = text_pdf(lines, compress=False)
    meta = signers.PdfSignatureMetadata(field_name="FirmaDigital", reason="Firma del escrito")
    return signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(raw)), meta, signer=signer_for(cn)).getvalue()


def altered_pdf(lines, cn, old, new):
    assert len(old) == len(new)
    data = signed_pdf(lines, cn)
    ob = old.encode("latin-1")
    assert data.count(ob) >= 1, old
    return data.replace(ob, new.encode("latin-1"), 1)


def sig_state(data):
    r = PdfFileReader(io.BytesIO(data))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    return validate_pdf_signature(sigs[0]).intact


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"


def letter_image(lines, signature_name):
    img = Image.new("L", (1240, 1754), 247)
    d = ImageDraw.Draw(img)
    try:
        f = ImageFont.truetype(FONT, 30)
        fs = ImageFont.truetype(FONT, 44)
    except OSError:
        f = fs = ImageFont.load_default()
    y = 120
    for ln in lines:
        d.text((110 + random.randint(-4, 4), y), ln, fill=random.randint(20, 60), font=f)
        y += 52
    y += 60
    pts = [(160 + i * 14, y + int(25 * ((i * 7) % 5 - 2) / 2)) for i in range(28)]
    d.line(pts, fill=15, width=4)
    d.text((150, y + 50), signature_name, fill=30, font=fs)
    return img.convert("RGB")


def jpeg(lines, signature_name):
    buf = io.BytesIO()
    letter_image(lines, signature_name).save(buf, "JPEG", quality=70)
    return buf.getvalue()


def png(lines, signature_name):
    buf = io.BytesIO()
    letter_image(lines, signature_name).convert("L").save(buf, "PNG")
    return buf.getvalue()


def scan_pdf(lines, signature_name):
    buf = io.BytesIO()
    letter_image(lines, signature_name).save(buf, "JPEG", quality=65)
    buf.seek(0)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


# ---------------------------------------------------------------- messages
MSGS = []


def msg(file, to, frm, subject, received, body, *, label, html=None, att=(), headers=None,
        notified=None, date_skew=None, cc=None, tz="-05:00"):
    MSGS.append(dict(file=file, to=to, frm=frm, subject=subject, received=received, body=body,
                     html=html, att=list(att), headers=headers or {}, label=label,
                     notified=notified, date_skew=date_skew, cc=cc, tz=tz))


def L(procedure, fields, missing, signature, outcome, flags=()):
    return dict(procedure=procedure, fields=fields, missing=list(missing), signature=signature,
                outcome=outcome, flags=list(flags))


# 001 ------------------------------------------------------------------
msg("001-madre-por-hijo-actualizacion.eml", S, '"Carmen Salas" <carmenrosa.salas57@gmail.com>',
    "Actualización de datos", "2026-10-01T09:12:40",
    """Buenos días señores de la Comisión.

Yo, Carmen Rosa Salas de Rengifo, con cédula venezolana V-5.678.123, les escribo en nombre de mi hijo porque él trabaja todo el día en el mercado y no tiene tiempo para hacer estas cosas por internet. Él es mayor de edad (26 años) y es solicitante de refugio desde el 2024.

Los datos de mi hijo son:
Nombre completo: Luis Alberto Rengifo Salas
Nacionalidad: venezolana
Pasaporte: 145678932

Él cambió de número porque le robaron el teléfono, el nuevo es 951 234 876. Les pido por favor actualizar ese número en su expediente. Si necesitan algo más me pueden llamar a mí al 944 111 222.

Muchas gracias, Dios los bendiga.
Carmen Rosa Salas
""",
    label=L("actualizacion_datos",
            {"nombres": "Luis Alberto Rengifo Salas", "nacionalidad": "VE", "documento_identidad": "145678932",
             "telefono": "+51951234876", "correo": "carmenrosa.salas57@gmail.com"},
            [], "not_required", "acuse"))

# 002 ------------------------------------------------------------------
msg("002-esposo-por-esposa-cambio-clave.eml", S, "Rafael Torres <rafa.torres.ccs@gmail.com>",
    "Cambio de clave y contraseña - Yelitza Paredes", "2026-10-03T20:45:05",
    """Buenas noches,

escribo por mi esposa que no recuerda la contraseña del sistema de refugiados, ya intento varias veces y se bloqueo. Ella me pidio que les escriba yo porque su correo no le abre bien en el telefono.

Sus datos:
- Nombres y apellidos: Yelitza Coromoto Paredes Mujica
- Cedula: V-19.876.543
- Celular / WhatsApp: +58 424 555 1122
- Correo: Yeli.Paredes88@hotmail.com  (este es el correo que ella registró)

Mis datos por si acaso: Rafael Ángel Torres Bello, C.I. V-17.222.333, cel. 912 345 678.

Agradecido de antemano.
""",
    label=L("cambio_clave",
            {"nombres": "Yelitza Coromoto Paredes Mujica", "documento_identidad": "V19876543",
             "telefono": "+584245551122", "correo": "yeli.paredes88@hotmail.com"},
            [], "not_required", "acuse"))

# 003 ------------------------------------------------------------------
APEL_PEREZ = [
    "# SUMILLA: INTERPONE RECURSO DE APELACION",
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
    "JHONNY ALEXANDER PÉREZ GIL, de nacionalidad venezolana, identificado con Pasaporte N° 113456789, "
    "con domicilio en Av. Los Próceres 1450, San Juan de Lurigancho, con teléfono celular 987 321 654 y "
    "correo electrónico jhonnyperezgil@gmail.com, asesorado por el Abog. Martín Eduardo Quispe Huamán "
    "(Reg. CAL N° 56789, DNI 41234567), ante usted respetuosamente me presento y digo:",
    "I. PETITORIO",
    "Interpongo recurso de apelación contra la Resolución N° 0987-2026/CEPR,",
    "notificada el 5 de octubre de 2026, que confirma la denegatoria de mi solicitud de refugio,",
    "a fin de que sea revocada y se me reconozca la condición de refugiado.",
    "II. FUNDAMENTOS",
    "La resolución no valoró las pruebas de persecución política que presenté: fui detenido en 2019 por "
    "participar en protestas y luego amenazado por colectivos armados en mi barrio de Petare, como consta "
    "en las declaraciones juradas de dos vecinos y en las fotografías que obran en el expediente.",
    "POR TANTO: pido a usted conceder el recurso y elevarlo al superior.",
    "Lima, 7 de octubre de 2026",
    "JHONNY ALEXANDER PÉREZ GIL - Pasaporte 113456789",
]
msg("003-abogado-apelacion-pdf-firmado.eml", M, '"Estudio Quispe & Asociados" <mquispe@quispeabogados.pe>',
    "Recurso de Apelación - Expediente N° 2025-0412-CEPR", "2026-10-07T16:45:10",
    """Señores
Mesa de Partes Virtual
Ministerio de Relaciones Exteriores
Presente.-

Por medio del presente, y en mi calidad de abogado del señor JHONNY ALEXANDER PÉREZ GIL, remito adjunto el Recurso de Apelación contra la resolución que confirma la denegatoria de su solicitud de refugio, firmado digitalmente, para su trámite ante la instancia correspondiente.

Sírvanse dirigir las notificaciones al correo personal del recurrente indicado en el escrito.

Atentamente,

Martín Eduardo Quispe Huamán
Abogado - Reg. CAL N° 56789
DNI 41234567
Jr. Huancavelica 320, Of. 502 - Cercado de Lima
Telf. (01) 427-3344 | mquispe@quispeabogados.pe
""",
    att=[("signed", "recurso_apelacion_perez_gil.pdf", APEL_PEREZ, "Jhonny Alexander Perez Gil")],
    notified="2026-10-05",
    label=L("apelacion",
            {"nombres": "JHONNY ALEXANDER PÉREZ GIL", "nacionalidad": "VE", "documento_identidad": "113456789",
             "telefono": "+51987321654", "correo": "jhonnyperezgil@gmail.com",
             "motivo": "La resolución no valoró las pruebas de persecución política que presenté: fui detenido en 2019 por participar en protestas y luego amenazado por colectivos armados en mi barrio de Petare"},
            [], "valid", "cargo"))

# 004 ------------------------------------------------------------------
msg("004-ong-reconsideracion-sin-firma.eml", M,
    "Área Legal - Asociación Camino Seguro <legal@caminoseguro.org.pe>",
    "RECURSO DE RECONSIDERACION - Sr. Jean-Robert Pierre-Louis", "2026-10-13T11:20:00",
    """Estimados señores:

La Asociación Camino Seguro (RUC 20601234567), con domicilio en Av. Arequipa 2450, Lince, teléfono (01) 265-4321, acompaña al señor Jean-Robert Pierre-Louis, de nacionalidad haitiana, pasaporte N° RF2345678, quien nos pidió ayuda para presentar su recurso de reconsideración contra la resolución que denegó su solicitud de refugio.

Motivo de la reconsideración: el señor Pierre-Louis cuenta con nueva prueba que no pudo presentar antes, la constancia de la queja que hizo en Puerto Príncipe por el ataque de una pandilla a su taller en 2023, que recién le envió su hermana desde Haití.

Datos de contacto del señor Pierre-Louis: celular 936 555 010 (habla español con dificultad; de preferencia comunicarse en francés o en criollo). No tiene correo electrónico propio, por lo que pedimos que las comunicaciones se envíen a este correo de la Asociación.

Suscribe: Lic. Sandra Milagros Poma Ccori, coordinadora del Área Legal, DNI 45566778.

Atentamente,
Sandra Poma
Asociación Camino Seguro
legal@caminoseguro.org.pe | (01) 265-4321 anexo 12
""",
    label=L("reconsideracion",
            {"nombres": "Jean-Robert Pierre-Louis", "nacionalidad": "HT", "documento_identidad": "RF2345678",
             "telefono": "+51936555010", "correo": "legal@caminoseguro.org.pe",
             "motivo": "el señor Pierre-Louis cuenta con nueva prueba que no pudo presentar antes, la constancia de la queja que hizo en Puerto Príncipe por el ataque de una pandilla a su taller en 2023"},
            ["firma"], "absent", "subsanar"))

# 005 ------------------------------------------------------------------
msg("005-reenvio-voluntaria-actualizacion.eml", S,
    "Hna. Lucía Fernández <lucia.fernandez.parroquia@outlook.com>",
    "Fwd: actualizacion de datos", "2026-10-15T15:02:30",
    """Buenas tardes, les reenvío el mensaje de la señora Ana, que nos pidió ayuda en la parroquia porque no sabe bien cómo escribirles. Por favor, su atención.

Hna. Lucía Fernández Ruiz
Pastoral de Movilidad Humana - Parroquia San Martín de Porres, Comas
Cel. 999 876 543

---------- Forwarded message ---------
De: Ana Chirinos <anachiri_1990@yahoo.com>
Date: mié, 14 oct 2026 a las 19:40
Subject: actualizacion de datos
To: <lucia.fernandez.parroquia@outlook.com>

buenas noches hermana le mando mis datos para que los mande al correo de refugio, quiero actualizar xq cambie de celular y de correo
nombre: Ana Milagros Chirinos Vargas
nacionalidad: colombiana
C.C. 1.098.765.432
celular nuevo 955678123
correo nuevo: anamchirinos@gmail.com (el de yahoo ya no lo uso)
gracias
""",
    label=L("actualizacion_datos",
            {"nombres": "Ana Milagros Chirinos Vargas", "nacionalidad": "CO", "documento_identidad": "1098765432",
             "telefono": "+51955678123", "correo": "anamchirinos@gmail.com"},
            [], "not_required", "acuse"))

# 006 ------------------------------------------------------------------
msg("006-hija-por-padre-prorroga.eml", R, "Mariela Marcano <mariela.marcano.l@gmail.com>",
    "Prorroga de residencia - Sr. José Gregorio Marcano Lira", "2026-10-19T10:05:00",
    """Señores Refugiados:

Les escribo para solicitar la prórroga de residencia anual de mi papá, que es refugiado reconocido desde el 2021. Él tiene 68 años y no maneja correo ni computadora, por eso lo hago yo.

Nombres y apellidos:\tJosé Gregorio Marcano Lira
Sexo:\tMasculino
Nacionalidad:\tVenezolano
Pasaporte:\t098765432
Carné de extranjería:\t001234567
Fecha de nacimiento:\t02/07/1958

Mi papá no usa celular, cualquier comunicación por favor a mi número 923 456 789 o a este correo. Yo soy Mariela Josefina Marcano Ruiz, C.E. 002345678 (también refugiada).

Saludos cordiales,
Mariela Marcano
""",
    label=L("prorroga_residencia",
            {"nombres": "José Gregorio Marcano Lira", "sexo": "M", "nacionalidad": "VE",
             "documento_identidad": "098765432", "carne_extranjeria": "001234567",
             "fecha_nacimiento": "1958-07-02", "telefono": "+51923456789",
             "correo": "mariela.marcano.l@gmail.com"},
            [], "not_required", "acuse"))

# 007 ------------------------------------------------------------------
msg("007-conyuge-peruana-actualizacion-falta-nacionalidad.eml", S,
    "wilmer briceño <wbriceno.1985@gmail.com>",
    "actualizacion de datos de contacto", "2026-10-22T18:30:00",
    """Saludos. Me llamo Wilmer Antonio Briceño Rojas y soy solicitante de refugio, mi pasaporte es el 136789045.

Escribo para actualizar mi telefono que ahora es el 978-654-321, el anterior ya no existe. Tambien me mude: ahora vivo en Calle Las Gardenias 233, Ate, con mi esposa que es peruana (DNI 45678912) y nuestros dos hijos que nacieron aqui en Lima.

Atte. Wilmer
""",
    label=L("actualizacion_datos",
            {"nombres": "Wilmer Antonio Briceño Rojas", "documento_identidad": "136789045",
             "telefono": "+51978654321", "correo": "wbriceno.1985@gmail.com"},
            ["nacionalidad"], "not_required", "subsanar"))

# 008 ------------------------------------------------------------------
RENUNCIA_CASTELLANOS_IMG = [
    "Lima, 23 de octubre de 2026",
    "Señores Comisión Especial para los Refugiados",
    "Yo, Yoandry Castellanos Peña, cubano,",
    "pasaporte K987654, RENUNCIO a mi",
    "solicitud de refugio en el Perú porque",
    "me voy a vivir a España con mi esposa.",
    "Atentamente,",
]
msg("008-abogada-renuncia-escaneada.eml", M, "Rosa Champi Torres <rchampi.abogada@gmail.com>",
    "RENUNCIA", "2026-10-26T12:40:00",
    """Señores de la Comisión Especial para los Refugiados:

Adjunto el escrito de RENUNCIA al trámite de solicitud de refugio, firmado a mano por mi patrocinado, el señor Yoandry Castellanos Peña, de nacionalidad cubana, con pasaporte N° K987654 y carnet de identidad 85031512345.

El motivo de la renuncia es que el señor Castellanos ha obtenido una visa de residencia por reagrupación familiar en España, donde vive su esposa, y viajará en las próximas semanas.

El señor Castellanos no cuenta con teléfono en el Perú; para cualquier coordinación pueden comunicarse con mi oficina.

Abog. Rosa Elvira Champi Torres
CAL 61234 - DNI 40987654
Av. Nicolás de Piérola 1025, of. 309, Lima
Teléfono fijo: (01) 330-2211
""",
    att=[("scanpdf", "renuncia_castellanos_firmada.pdf", RENUNCIA_CASTELLANOS_IMG, "Yoandry Castellanos")],
    label=L("renuncia",
            {"nombres": "Yoandry Castellanos Peña", "nacionalidad": "CU", "documento_identidad": "K987654",
             "telefono": "+5113302211", "correo": "rchampi.abogada@gmail.com",
             "motivo": "ha obtenido una visa de residencia por reagrupación familiar en España, donde vive su esposa"},
            [], "manuscrita", "acuse", ["verificar_firma"]))

# 009 ------------------------------------------------------------------
msg("009-hijo-por-madre-duplicado-sin-denuncia.eml", R,
    "Jesús Fuenmayor <jesusfuenmayor.b@hotmail.com>",
    "DUPLICADO DE CARNE DE EXTRANJERIA", "2026-10-28T08:55:00",
    """Buenos dias, solicito duplicado del carne de extranjeria de mi mamá, a quien le robaron la cartera el domingo en el paradero con todos sus documentos. Ella es refugiada reconocida.

Datos de mi mamá:
Nombres: María Auxiliadora Bracho de Fuenmayor
Sexo: femenino
Nacionalidad: Venezuela
Cédula de identidad: V-4.123.987
Carné de extranjería: 000876543
Fecha de nacimiento: 23 de noviembre de 1951
Teléfono fijo de la casa (donde la pueden ubicar): (01) 567-8901

Lo de la comisaría lo estamos viendo y se los hago llegar apenas nos lo entreguen.

Yo soy su hijo Jesús Fuenmayor Bracho, C.I. V-14.555.666, mi cel 987 000 111.
""",
    label=L("duplicado_carne_extranjeria",
            {"nombres": "María Auxiliadora Bracho de Fuenmayor", "sexo": "F", "nacionalidad": "VE",
             "documento_identidad": "V4123987", "carne_extranjeria": "000876543",
             "fecha_nacimiento": "1951-11-23", "telefono": "+5115678901",
             "correo": "jesusfuenmayor.b@hotmail.com"},
            ["denuncia_policial"], "not_required", "subsanar"))

# 010 ------------------------------------------------------------------
DENUNCIA_GUTIERREZ = [
    "# POLICÍA NACIONAL DEL PERÚ - COMISARÍA SAN ISIDRO",
    "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 24681357",
    "Fecha y hora: 27/10/2026 11:40",
    "Denunciante: Dayelis Carolina Gutiérrez Salcedo, venezolana, CE 000998877.",
    "Hecho: pérdida de carné de extranjería en la vía pública (Av. Javier Prado Oeste).",
    "Instructor: SO2 PNP Ruiz Alvarado, Julio.",
]
msg("010-duplicado-con-denuncia-pdf-esposo-ce.eml", R, "Dayelis Gutiérrez <dayelis.gutierrez@yahoo.com>",
    "Duplicado de carné de extranjería", "2026-10-30T16:29:10",
    """Estimados, buenas tardes.

Mi esposo Carlos Enrique Mora Díaz (CE 000555444) me acompañó a la comisaría de San Isidro a denunciar la pérdida de mi carné. Adjunto la denuncia policial.

Mis datos son:
Nombre completo: Dayelis Carolina Gutiérrez Salcedo
Sexo: F
Nacionalidad: venezolana
Cédula: V-21.345.678
Carné de extranjería N°: 000998877
Fecha de nacimiento: 1993-04-17
Celular: +51 956 321 478

Gracias por su atención.
Dayelis G.
""",
    att=[("text", "denuncia_policial_perdida_CE.pdf", DENUNCIA_GUTIERREZ)],
    label=L("duplicado_carne_extranjeria",
            {"nombres": "Dayelis Carolina Gutiérrez Salcedo", "sexo": "F", "nacionalidad": "VE",
             "documento_identidad": "V21345678", "carne_extranjeria": "000998877",
             "fecha_nacimiento": "1993-04-17", "telefono": "+51956321478",
             "correo": "dayelis.gutierrez@yahoo.com"},
            [], "not_required", "acuse"))

# 011 ------------------------------------------------------------------
VIAJE_VILLALOBOS = [
    "# SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)",
    "Señores Comisión Especial para los Refugiados",
    "Yo, Ramón Ezequiel Villalobos Urdaneta, refugiado reconocido, con carné de extranjería",
    "N° 000112233 y teléfono 940 222 333, solicito autorización para viajar fuera del país.",
    "Motivo del viaje: mi madre se encuentra internada en cuidados intensivos en Bogotá tras un derrame "
    "cerebral, y soy su único hijo.",
    "Destino: Bogotá, Colombia",
    "Fecha de salida: 20/11/26",
    "Fecha de retorno: 05/12/26",
    "Me acompañan, cada uno con su propia solicitud: mi esposa Norelys Josefina Chacón de",
    "Villalobos (CE 000112234, nacida el 11/03/1984) y nuestros hijos Samuel (CE 000112235)",
    "y Valentina (CE 000112236) Villalobos Chacón.",
    "Lima, 2 de noviembre de 2026",
    "Ramón E. Villalobos U.",
]
msg("011-viaje-firmado-con-familia.eml", R, "Ramón Ezequiel Villalobos <ramon.villalobos.ve@gmail.com>",
    "Autorización de Viaje", "2026-11-02T10:15:00",
    """Buen día.

Adjunto mi solicitud firmada de autorización de viaje por urgencia. Viajo con mi esposa y mis hijos; sus datos van también en el escrito por si se requieren.

Atentamente,
Ramón Villalobos
""",
    att=[("signed", "autorizacion_viaje_villalobos.pdf", VIAJE_VILLALOBOS, "Ramon Ezequiel Villalobos Urdaneta")],
    label=L("autorizacion_viaje",
            {"nombres": "Ramón Ezequiel Villalobos Urdaneta", "carne_extranjeria": "000112233",
             "telefono": "+51940222333", "correo": "ramon.villalobos.ve@gmail.com",
             "destino": "Bogotá, Colombia", "fecha_salida": "2026-11-20", "fecha_retorno": "2026-12-05",
             "motivo": "mi madre se encuentra internada en cuidados intensivos en Bogotá tras un derrame cerebral, y soy su único hijo"},
            [], "valid", "acuse"))

# 012 ------------------------------------------------------------------
VIAJE_PINANGO = [
    "# SOLICITUD DE AUTORIZACIÓN DE VIAJE",
    "Nombres y apellidos: Génesis Andreína Piñango Ochoa",
    "Carné de Extranjería: 000334455",
    "Teléfono: 962 147 258",
    "Destino: Quito, Ecuador",
    "Fecha de salida: 14 de noviembre de 2026",
    "Fecha de retorno: 28 de noviembre de 2026",
    "Motivo: sepelio de mi abuela paterna, quien me crió, fallecida el 1 de noviembre en Quito.",
    "Lima, 4 de noviembre de 2026",
]
msg("012-viaje-firma-alterada.eml", R, "Génesis Piñango <genesispinango@gmail.com>",
    "Permiso de viaje urgente", "2026-11-04T13:00:00",
    """Buenas tardes, envío mi solicitud de autorización de viaje firmada digitalmente. Quedo atenta.

Génesis
""",
    att=[("altered", "solicitud_viaje_pinango.pdf", VIAJE_PINANGO, "Genesis Andreina Pinango Ochoa",
          "Lima, 4 de noviembre", "Lima, 3 de noviembre")],
    label=L("autorizacion_viaje",
            {"nombres": "Génesis Andreína Piñango Ochoa", "carne_extranjeria": "000334455",
             "telefono": "+51962147258", "correo": "genesispinango@gmail.com", "destino": "Quito, Ecuador",
             "fecha_salida": "2026-11-14", "fecha_retorno": "2026-11-28",
             "motivo": "sepelio de mi abuela paterna, quien me crió, fallecida el 1 de noviembre en Quito."},
            ["firma"], "invalid", "subsanar"))

# 013 ------------------------------------------------------------------
msg("013-viaje-derivado-foto-hermana.eml", M, '"Kervin Lugo" <kervinlugo77@hotmail.com>',
    "autorizacion de viaje por emergencia", "2026-11-06T17:10:00",
    """buenas tardes disculpen si no es el correo correcto.
soy kervin josé lugo arias, refugiado, carne de extranjeria 000667788, necesito viajar de urgencia a Caracas porque mi papá fallecio ayer y el entierro es el martes. saldria el 09-11-2026 y regreso el 23-11-2026.
adjunto la solicitud firmada a mano (foto).
mi numero es +51 989 456 123 whatsapp.
mi hermana Yusmary Lugo Arias tambien viaja conmigo, su carne es 000667799 y su cel 989 456 124, ella manda su propia solicitud.
""",
    att=[("jpeg", "solicitud_firmada.jpg",
          ["Lima 6/11/2026", "Sres. Refugiados", "Solicito autorizacion de viaje a Caracas",
           "por fallecimiento de mi padre.", "Kervin Lugo CE 000667788"], "Kervin Lugo")],
    label=L("autorizacion_viaje",
            {"nombres": "kervin josé lugo arias", "carne_extranjeria": "000667788", "destino": "Caracas",
             "fecha_salida": "2026-11-09", "fecha_retorno": "2026-11-23", "telefono": "+51989456123",
             "correo": "kervinlugo77@hotmail.com",
             "motivo": "necesito viajar de urgencia a Caracas porque mi papá fallecio ayer y el entierro es el martes"},
            [], "manuscrita", "acuse", ["derivado", "verificar_firma"]))

# 014 ------------------------------------------------------------------
APEL_KEILA = [
    "# RECURSO DE APELACIÓN",
    "Señor Presidente de la Comisión Especial para los Refugiados:",
    "Keila Andrea Mendoza Rivas, de nacionalidad colombiana, identificada con C.C. 1.020.345.678,",
    "celular 913 579 246, correo keilamendoza.r@gmail.com, interpongo recurso de apelación contra",
    "la resolución que confirma la denegatoria de mi solicitud, notificada el 2 de octubre de 2026.",
    "Motivo: la Comisión no tuvo en cuenta que en mi municipio (Tumaco, Nariño) el grupo armado que me "
    "amenazó sigue activo, como lo confirma el informe de la Defensoría del Pueblo de Colombia que adjunto.",
    "Pido que se revoque la resolución apelada.",
    "Lima, 6 de noviembre de 2026",
    "Keila A. Mendoza Rivas",
]
msg("014-hermano-apelacion-extemporanea.eml", M, "Óscar Mendoza <oscar.mendoza.rivas@gmail.com>",
    "RE: Recurso de apelacion - Mendoza Rivas", "2026-11-09T09:40:00",
    """Buenos días,

Les escribo en nombre de mi hermana Keila, que está con su bebé recién nacida y no puede salir. Adjunto su recurso de apelación firmado. La resolución se la notificaron el 2 de octubre de 2026 pero ella estuvo hospitalizada por el parto y no pudo presentarlo antes.

Yo soy Óscar David Mendoza Rivas, C.C. 80.123.456, cel. 975 310 864. Los datos de mi hermana están en el documento.

Gracias.

El jue, 5 nov 2026 a las 10:02, Mesa de Partes <mesadepartes@rree.gob.pe> escribió:
> Estimado usuario: para presentar un recurso debe adjuntar el escrito
> firmado por el recurrente, con sus datos completos.
> Atentamente, Mesa de Partes Virtual
""",
    att=[("signed", "apelacion_keila_mendoza.pdf", APEL_KEILA, "Keila Andrea Mendoza Rivas")],
    notified="2026-10-02",
    label=L("apelacion",
            {"nombres": "Keila Andrea Mendoza Rivas", "nacionalidad": "CO", "documento_identidad": "1020345678",
             "telefono": "+51913579246", "correo": "keilamendoza.r@gmail.com",
             "motivo": "la Comisión no tuvo en cuenta que en mi municipio (Tumaco, Nariño) el grupo armado que me amenazó sigue activo"},
            [], "valid", "cargo", ["extemporaneo"]))

# 015 ------------------------------------------------------------------
RECON_NELSON = [
    "# RECURSO DE RECONSIDERACIÓN",
    "Nelson Enrique Ramírez Hurtado, de nacionalidad venezolana, pasaporte N° 128765430,",
    "teléfono 987 112 233, correo nelson.ramirez.h@outlook.com, interpongo recurso de",
    "reconsideración contra la Resolución N° 1123-2026/CEPR, notificada con fecha 28/10/2026.",
    "Motivo: presento como nueva prueba la boleta de citación que me dejaron en mi casa de Barquisimeto "
    "en septiembre de 2026, que demuestra que sigo siendo buscado.",
    "Lima, 10 de noviembre de 2026",
]
msg("015-reconsideracion-completa.eml", M, "Nelson Ramírez <nelson.ramirez.h@outlook.com>",
    "Recurso de Reconsideración", "2026-11-11T11:11:11",
    """Señores Mesa de Partes:

Adjunto mi recurso de reconsideración contra la Resolución N° 1123-2026/CEPR, que me fue notificada con fecha 28/10/2026.

Nombres y Apellidos: Nelson Enrique Ramírez Hurtado
Pasaporte: 128765430
Teléfono: 987 112 233
Correo: nelson.ramirez.h@outlook.com
Motivo: nueva prueba (boleta de citación dejada en mi casa en septiembre de 2026).

Atte.
Nelson Ramírez
""",
    att=[("signed", "reconsideracion_ramirez.pdf", RECON_NELSON, "Nelson Enrique Ramirez Hurtado")],
    notified="2026-10-28",
    label=L("reconsideracion",
            {"nombres": "Nelson Enrique Ramírez Hurtado", "nacionalidad": "VE", "documento_identidad": "128765430",
             "telefono": "+51987112233", "correo": "nelson.ramirez.h@outlook.com",
             "motivo": "nueva prueba (boleta de citación dejada en mi casa en septiembre de 2026)."},
            [], "valid", "cargo"))

# 016 ------------------------------------------------------------------
RECON_OSPINA = [
    "# RECURSO DE RECONSIDERACIÓN",
    "Luz Dary Ospina Cárdenas, de nacionalidad colombiana, identificada con C.C. N° 43.876.543, "
    "correo luzdaryospina@gmail.com, por derecho propio, interpongo recurso de reconsideración.",
    "Motivo: después de la entrevista ocurrieron hechos nuevos: mi expareja, integrante de un grupo "
    "armado, me buscó en Lima en octubre de 2026 y me amenazó de muerte. Mi esposo actual, Fabián "
    "Andrés Mejía Toro (C.C. 71.234.567), fue testigo y presentó su declaración.",
    "Lima, 11 de noviembre de 2026",
    "Luz Dary Ospina C.",
]
msg("016-reconsideracion-falta-telefono-esposo-cc.eml", M, "Luz Dary Ospina <luzdaryospina@gmail.com>",
    "recurso reconsideracion", "2026-11-12T15:30:00",
    "Buenas tardes, adjunto recurso de reconsideración firmado.\n",
    att=[("signed", "reconsideracion_ospina.pdf", RECON_OSPINA, "Luz Dary Ospina Cardenas")],
    label=L("reconsideracion",
            {"nombres": "Luz Dary Ospina Cárdenas", "nacionalidad": "CO", "documento_identidad": "43876543",
             "correo": "luzdaryospina@gmail.com",
             "motivo": "después de la entrevista ocurrieron hechos nuevos: mi expareja, integrante de un grupo armado, me buscó en Lima en octubre de 2026 y me amenazó de muerte"},
            ["telefono"], "valid", "subsanar"))

# 017 ------------------------------------------------------------------
msg("017-cambio-clave-reenvio-propio.eml", S, "Franyelis Rondón <franyelis.rondon@gmail.com>",
    "RV: Cambio de clave", "2026-11-14T08:20:00",
    """Buen día, vuelvo a enviar mi solicitud porque no he tenido respuesta. Por favor ayúdenme que necesito entrar al sistema.

Franyelis Rondón
WhatsApp +51 931 246 801

-----Mensaje original-----
De: Franyelis Rondón <franyelis.rondon@gmail.com>
Enviado el: martes, 20 de octubre de 2026 21:14
Para: solicitantesrefugio@rree.gob.pe
Asunto: Cambio de clave

Hola, olvidé mi clave del sistema de refugiados.
Nombre: Franyelis Del Valle Rondón Quintero
Pasaporte 150987234
Cel 931246801
Mi correo: franyelis.rondon@gmail.com
""",
    label=L("cambio_clave",
            {"nombres": "Franyelis Del Valle Rondón Quintero", "documento_identidad": "150987234",
             "telefono": "+51931246801", "correo": "franyelis.rondon@gmail.com"},
            [], "not_required", "acuse"))

# 018 ------------------------------------------------------------------
msg("018-esposa-por-esposo-clave-derivado.eml", M, "Gladys Moreno <gladysmoreno.ec@gmail.com>",
    "cambio de contraseña sistema refugio", "2026-11-16T10:30:00",
    """Buenos días. Mi nombre es Gladys Patricia Moreno Vera, soy ecuatoriana (cédula 0912345678). Escribo por mi esposo, Héctor Julián Castro Pineda, colombiano, C.C. 79.555.888, que es solicitante de refugio y no puede entrar al sistema porque se le olvidó la contraseña.

Él no tiene celular propio; pueden llamarme a mí al 994 321 765. Su correo registrado es hectorcastro.p@hotmail.com

Muchas gracias.
""",
    label=L("cambio_clave",
            {"nombres": "Héctor Julián Castro Pineda", "nacionalidad": "CO", "documento_identidad": "79555888",
             "telefono": "+51994321765", "correo": "hectorcastro.p@hotmail.com"},
            [], "not_required", "acuse", ["derivado"]))

# 019 ------------------------------------------------------------------
msg("019-portal-madre-solicitud-refugio-hija.eml", R, "Yajaira Colmenares <yajaicolmenares@gmail.com>",
    "Solicitud de refugio para mi hija", "2026-11-17T19:55:00",
    """hola buenas noches, mi hija Daniela Colmenares de 19 años llegó al Perú la semana pasada desde Maracaibo y quiere pedir refugio, ella es venezolana igual que yo. Tiene su pasaporte N° 167890123. Qué tiene que hacer? Puede ir a una oficina o es todo por internet? Yo ya soy refugiada (CE 000445566).
mi número 976 543 210. gracias
""",
    label=L("solicitud_refugio",
            {"nombres": "Daniela Colmenares", "nacionalidad": "VE", "documento_identidad": "167890123",
             "telefono": "+51976543210", "correo": "yajaicolmenares@gmail.com"},
            [], "not_required", "portal"))

# 020 ------------------------------------------------------------------
msg("020-portal-autorizacion-trabajo.eml", S, "Edwin Salazar <edwin.salazar.mtz@gmail.com>",
    "Autorizacion de trabajo vencida", "2026-11-18T12:00:00",
    """Buenas, mi autorización de trabajo ya venció y en la empresa me la están pidiendo. ¿Cómo la renuevo?
Soy Edwin Rafael Salazar Martínez, pasaporte 139872611, tel 912 873 645.
Gracias
""",
    label=L("autorizacion_trabajo",
            {"nombres": "Edwin Rafael Salazar Martínez", "documento_identidad": "139872611",
             "telefono": "+51912873645", "correo": "edwin.salazar.mtz@gmail.com"},
            [], "not_required", "portal"))

# 021 ------------------------------------------------------------------
msg("021-triage-consulta-familia.eml", R, "Marisol Escalona <marisol.escalona@gmail.com>",
    "Consulta", "2026-11-19T14:14:00",
    """Buenas tardes.

Soy Marisol Escalona Piña, refugiada reconocida. Mi esposo Alexis Rafael Gómez Tovar (pasaporte 112233445) y mis hijos Alexa y Santiago llegaron al Perú en septiembre. Quisiera saber si puedo pedir que se les extienda a ellos la condición de refugiado y qué documentos necesitan.

Mi teléfono es 945 678 012.

Gracias de antemano.
""",
    label=L(None, {"nombres": "Marisol Escalona Piña", "telefono": "+51945678012",
                   "correo": "marisol.escalona@gmail.com"},
            [], "not_required", "triage"))

# 022 ------------------------------------------------------------------
msg("022-triage-urgente-dos-tramites.eml", S, "Anderson Pérez <anderson.perez.vzla@gmail.com>",
    "URGENTE", "2026-11-20T09:00:00",
    """Necesito cambiar mi clave del sistema y también actualizar mi número de celular, que cambió.
Anderson José Pérez Lozada, V-25.678.901, venezolano, nuevo cel 951 357 468.
""",
    label=L(None, {"nombres": "Anderson José Pérez Lozada", "nacionalidad": "VE",
                   "documento_identidad": "V25678901", "telefono": "+51951357468",
                   "correo": "anderson.perez.vzla@gmail.com"},
            [], "not_required", "triage"))

# 023 ------------------------------------------------------------------
msg("023-ignorado-respuesta-automatica-abogada.eml", S,
    "Abog. Patricia Lozano <plozano@lozanoabogados.com.pe>",
    "Respuesta automática: Actualización de datos", "2026-11-21T10:02:00",
    """Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 30 de noviembre, con acceso limitado al correo.
Para asuntos urgentes comuníquese al (01) 441-2233.

Patricia Lozano Meléndez
Lozano Abogados
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    label=L("actualizacion_datos", {}, [], "not_required", "ignorado"))

# 024 (bounce) built specially below
BOUNCE_FILE = "024-ignorado-rebote-mailer-daemon.eml"
msg(BOUNCE_FILE, S, "Mail Delivery System <MAILER-DAEMON@mx.rree.gob.pe>",
    "Undelivered Mail Returned to Sender", "2026-11-23T07:15:00", None,
    label=L("cambio_clave", {}, [], "not_required", "ignorado"))

# 025 ------------------------------------------------------------------
msg("025-ignorado-desde-casilla-institucional.eml", S, "Refugiados - Prórrogas <refugiados@rree.gob.pe>",
    "RV: Cambio de clave y contraseña", "2026-11-24T11:30:00",
    """Colegas, les derivamos este pedido que llegó a nuestra casilla por error.
Saludos.

De: Yorman Suárez <yormansuarez.22@gmail.com>
Enviado: lunes, 23 de noviembre de 2026 18:02
Para: refugiados@rree.gob.pe
Asunto: Cambio de clave y contraseña

Nombre: Yorman Enrique Suárez Díaz
Pasaporte: 149753186
Cel: 937 159 482
Correo: yormansuarez.22@gmail.com
""",
    label=L("cambio_clave", {}, [], "not_required", "ignorado"))

# 026 ------------------------------------------------------------------
msg("026-suspendido-madre-carne-solicitante.eml", S, "Teresa Gil <teresagil.64@gmail.com>",
    "Carné de solicitante", "2026-11-25T16:31:00",
    """Buenas tardes. Solicito el carné de solicitante de refugio para mi hijo Jorge Luis Gil Ramos, venezolano, cédula V-27.890.123, que ya completó su registro en agosto y necesita el carné para que lo contraten.

Yo tengo carné de extranjería 000778899 porque soy refugiada, pero él todavía es solicitante.
Mi teléfono: 968 246 135.

Teresa Gil
""",
    label=L("carne_solicitante",
            {"nombres": "Jorge Luis Gil Ramos", "nacionalidad": "VE", "documento_identidad": "V27890123",
             "telefono": "+51968246135", "correo": "teresagil.64@gmail.com"},
            [], "not_required", "suspendido"))

# 027 ------------------------------------------------------------------
msg("027-esposo-por-esposa-prorroga-falta-nacimiento.eml", R, "Eduardo Linares <edu.linares.m@gmail.com>",
    "Renovación de residencia anual - Linares", "2026-11-26T10:10:00",
    """Estimados señores:

Por encargo de mi esposa, que trabaja en horario de oficina, solicito la prórroga de residencia de ella. Ambos somos refugiados reconocidos.

Sus datos:
Nombre completo: Rosmary Alejandra Pacheco de Linares
Sexo: femenino
Nacionalidad: venezolana
Cédula: V-16.543.210
Carné de extranjería: 000223344
Celular: 923-111-456

Mis datos, por si se necesitan: Eduardo José Linares Mota, CE 000223345, nacido el 12/12/80, cel. 923-111-457.

Saludos.
""",
    label=L("prorroga_residencia",
            {"nombres": "Rosmary Alejandra Pacheco de Linares", "sexo": "F", "nacionalidad": "VE",
             "documento_identidad": "V16543210", "carne_extranjeria": "000223344",
             "telefono": "+51923111456", "correo": "edu.linares.m@gmail.com"},
            ["fecha_nacimiento"], "not_required", "subsanar"))

# 028 ------------------------------------------------------------------
RENUNCIA_THONY = [
    "# RENUNCIA A LA CONDICIÓN DE REFUGIADO",
    "Yo, Thony Jean-Baptiste, de nacionalidad haitiana, pasaporte N° PJ4455667, refugiado reconocido en el "
    "Perú desde 2019, teléfono 933 221 100, presento mi RENUNCIA a la condición de refugiado.",
    "Motivo: contraeré matrimonio con mi prometida, la señora Ana Paula Souza Lima, de nacionalidad "
    "brasileña (pasaporte FZ123456), y me radicaré con ella en Brasil.",
    "Lima, 26 de noviembre de 2026",
    "Thony Jean-Baptiste",
]
msg("028-renuncia-refugiado-falta-ce.eml", M, "Thony Jean-Baptiste <thonyjb@gmail.com>",
    "Renuncia a la condición de refugiado", "2026-11-27T12:45:00",
    "Bonjour, buenas tardes. Adjunto mi renuncia firmada.\nThony\n",
    att=[("signed", "renuncia_jean_baptiste.pdf", RENUNCIA_THONY, "Thony Jean-Baptiste")],
    label=L("renuncia",
            {"nombres": "Thony Jean-Baptiste", "nacionalidad": "HT", "documento_identidad": "PJ4455667",
             "telefono": "+51933221100", "correo": "thonyjb@gmail.com",
             "motivo": "contraeré matrimonio con mi prometida, la señora Ana Paula Souza Lima, de nacionalidad brasileña (pasaporte FZ123456), y me radicaré con ella en Brasil."},
            ["carne_extranjeria"], "valid", "subsanar"))

# 029 ------------------------------------------------------------------
HTML_029 = """<html><body style="font-family:Arial">
<p>Buenos días, solicito la actualización de mis datos de contacto:</p>
<table border="1" cellpadding="4">
<tr><td>Nombres y apellidos</td><td>Freddy Antonio Quintero Alvarado</td></tr>
<tr><td>Nacionalidad</td><td>Venezuela</td></tr>
<tr><td>Pasaporte</td><td>119283746</td></tr>
<tr><td>Carné de extranjería</td><td>000554433</td></tr>
<tr><td>Teléfono nuevo</td><td>+51 902 468 135</td></tr>
<tr><td>Dirección nueva</td><td>Jr. Los Pinos 456, Chorrillos</td></tr>
</table>
<p>También les pido actualizar la dirección de mis hijos, que están en mi expediente:</p>
<ul>
<li>Sofía Quintero Rivas, pasaporte 171234560, nacida el 04/05/2012</li>
<li>Diego Quintero Rivas, pasaporte 171234561, nacido el 19/08/2015</li>
</ul>
<p>Atentamente,<br>Freddy Quintero</p>
</body></html>"""
TEXT_029 = """Buenos días, solicito la actualización de mis datos de contacto:

Nombres y apellidos: Freddy Antonio Quintero Alvarado
Nacionalidad: Venezuela
Pasaporte: 119283746
Carné de extranjería: 000554433
Teléfono nuevo: +51 902 468 135
Dirección nueva: Jr. Los Pinos 456, Chorrillos

También les pido actualizar la dirección de mis hijos, que están en mi expediente:
- Sofía Quintero Rivas, pasaporte 171234560, nacida el 04/05/2012
- Diego Quintero Rivas, pasaporte 171234561, nacido el 19/08/2015

Atentamente,
Freddy Quintero
"""
msg("029-actualizacion-refugiado-hijos-derivado-html.eml", R, "Freddy Quintero <freddy.quintero.a@gmail.com>",
    "ACTUALIZACION DE DATOS", "2026-11-30T09:30:00", TEXT_029, html=HTML_029,
    label=L("actualizacion_datos",
            {"nombres": "Freddy Antonio Quintero Alvarado", "nacionalidad": "VE",
             "documento_identidad": "119283746", "carne_extranjeria": "000554433",
             "telefono": "+51902468135", "correo": "freddy.quintero.a@gmail.com"},
            [], "not_required", "acuse", ["derivado"]))

# 030 ------------------------------------------------------------------
APEL_SUAREZ = [
    "# CENTRO ANDINO DE DERECHOS HUMANOS",
    "RUC 20512345678 - Calle Los Olivos 180, Miraflores - Telf. (01) 446-9090",
    "# RECURSO DE APELACIÓN",
    "Wendy Carolina Suárez Blanco, venezolana, cédula de identidad V-23.456.789, teléfono 957 864 213, "
    "correo wendysuarezb@gmail.com, patrocinada por el Abog. Gustavo Ñique Ramos (CAL 71234, DNI 43219876), "
    "interpone recurso de apelación contra la resolución que confirma la denegatoria de su solicitud.",
    "Motivo: la resolución se basa en que la recurrente podía reubicarse dentro de Venezuela, sin analizar "
    "que quien la persigue es un funcionario con alcance nacional.",
    "Lima, 30 de noviembre de 2026",
    "Firma: ____________________",
    "Wendy Carolina Suárez Blanco",
]
msg("030-ong-apelacion-pdf-solo-texto.eml", M,
    '"Consultorio Jurídico - Centro Andino DDHH" <consultorio@centroandino-ddhh.org>',
    "Apelación - Sra. Wendy Carolina Suárez Blanco", "2026-12-01T15:50:00",
    """Señores Mesa de Partes:

Remitimos el recurso de apelación de nuestra usuaria, la Sra. Wendy Carolina Suárez Blanco, cuyos datos figuran en el escrito adjunto.

Consultorio Jurídico Gratuito
Centro Andino de Derechos Humanos
Calle Los Olivos 180, Miraflores - (01) 446-9090
""",
    att=[("text", "apelacion_suarez_blanco.pdf", APEL_SUAREZ)],
    label=L("apelacion",
            {"nombres": "Wendy Carolina Suárez Blanco", "nacionalidad": "VE", "documento_identidad": "V23456789",
             "telefono": "+51957864213", "correo": "wendysuarezb@gmail.com",
             "motivo": "la resolución se basa en que la recurrente podía reubicarse dentro de Venezuela, sin analizar que quien la persigue es un funcionario con alcance nacional."},
            ["firma"], "absent", "subsanar"))

# 031 ------------------------------------------------------------------
RECON_MEDINA = [
    "# SUMILLA: RECURSO DE RECONSIDERACIÓN",
    "GERSON ALÍ MEDINA TORO, de nacionalidad venezolana, con pasaporte N° 142536475, señalando",
    "domicilio procesal en el estudio de mi abogado, Av. Benavides 1579, of. 601, Miraflores,",
    "teléfono (01) 242-8080, correo vsalinas@salinasabogados.pe, a ustedes digo:",
    "Que interpongo recurso de reconsideración contra la Resolución N° 1301-2026/CEPR,",
    "notificada el 9 de noviembre de 2026.",
    "Motivo: ofrezco como nueva prueba la certificación del Ministerio Público venezolano sobre la orden "
    "de captura dictada en mi contra por motivos políticos.",
    "Lima, 1 de diciembre de 2026",
    "Gerson Alí Medina Toro / Víctor Hugo Salinas Paredes, abogado, CAL 33451",
]
msg("031-abogado-reconsideracion-extemporanea.eml", M,
    "Abog. Víctor Hugo Salinas Paredes <vsalinas@salinasabogados.pe>",
    "Recurso de Reconsideración - Cliente: Gerson Alí Medina Toro", "2026-12-02T10:00:00",
    """Señores:

Adjunto el recurso de reconsideración de mi patrocinado, firmado digitalmente.

Víctor Hugo Salinas Paredes
Abogado - CAL 33451 - DNI 09876543
Salinas Abogados - Av. Benavides 1579, of. 601, Miraflores
Central: (01) 242-8080
""",
    att=[("signed", "reconsideracion_medina_toro.pdf", RECON_MEDINA, "Victor Hugo Salinas Paredes")],
    notified="2026-11-09",
    label=L("reconsideracion",
            {"nombres": "GERSON ALÍ MEDINA TORO", "nacionalidad": "VE", "documento_identidad": "142536475",
             "telefono": "+5112428080", "correo": "vsalinas@salinasabogados.pe",
             "motivo": "ofrezco como nueva prueba la certificación del Ministerio Público venezolano sobre la orden de captura dictada en mi contra por motivos políticos."},
            [], "valid", "cargo", ["extemporaneo"]))

# 032 ------------------------------------------------------------------
msg("032-actualizacion-haitiano-completa.eml", S, "Wisly Dorvil <wislydorvil@gmail.com>",
    "Actualisacion de datos", "2026-12-03T11:00:00",
    """Bonjour, buenos dias.
Yo soy Wisly Dorvil, haitiano, pasaporte R04567123.
Mi nuevo numero telefono es 925 814 736.
Mi correo nuevo wisly.dorvil2026@gmail.com
Merci.
""",
    label=L("actualizacion_datos",
            {"nombres": "Wisly Dorvil", "nacionalidad": "HT", "documento_identidad": "R04567123",
             "telefono": "+51925814736", "correo": "wisly.dorvil2026@gmail.com"},
            [], "not_required", "acuse"))

# 033 ------------------------------------------------------------------
msg("033-cambio-clave-sin-documento-pasaporte-hija.eml", S, "Migdalia Torres <migdaliatorresr@gmail.com>",
    "Cambio de clave y contraseña", "2026-12-04T17:45:00",
    """Buenas tardes. Necesito una nueva clave para ingresar al sistema de refugiados.

Nombre: Migdalia Josefina Torres Rivero
Celular 987 654 320
Correo migdaliatorresr@gmail.com

Mi pasaporte se venció y está en renovación en el consulado; el pasaporte de mi hija, que está en mi misma solicitud, es el 155443322 por si les sirve.
""",
    label=L("cambio_clave",
            {"nombres": "Migdalia Josefina Torres Rivero", "telefono": "+51987654320",
             "correo": "migdaliatorresr@gmail.com"},
            ["documento_identidad"], "not_required", "subsanar"))

# 034 ------------------------------------------------------------------
msg("034-sobrino-por-tia-actualizacion.eml", S, "Kevin Arrieta <kevin.arrieta.dev@gmail.com>",
    "Actualizacion de datos - Sra. Nelly Arrieta", "2026-12-05T15:00:00",
    """Hola, buenas tardes.

Escribo por mi tía, que no lee bien y me pidió el favor. Ella es solicitante de refugio.

NOMBRE: NELLY DEL CARMEN ARRIETA DE OVIEDO
NACIONALIDAD: COLOMBIANA
CÉDULA DE CIUDADANÍA: 27.456.123
TELÉFONO NUEVO DE ELLA: 901 234 567

Yo soy Kevin Arrieta Soto, peruano, DNI 72345678, sobrino de ella. Mi cel es 999 000 222 por si no la encuentran.

Gracias
""",
    label=L("actualizacion_datos",
            {"nombres": "NELLY DEL CARMEN ARRIETA DE OVIEDO", "nacionalidad": "CO",
             "documento_identidad": "27456123", "telefono": "+51901234567",
             "correo": "kevin.arrieta.dev@gmail.com"},
            [], "not_required", "acuse"))

# 035 ------------------------------------------------------------------
msg("035-hermano-cambio-clave-sin-telefono.eml", S, "Yonathan Blanco <yonablanco@gmail.com>",
    "Cambio de clave", "2026-12-07T09:00:00",
    """Hola, escribo por mi hermano Yeferson Blanco Ríos (pasaporte 160987654) que perdió su contraseña del sistema.
Su correo es yefersonblanco98@gmail.com
Gracias, Yonathan
""",
    label=L("cambio_clave",
            {"nombres": "Yeferson Blanco Ríos", "documento_identidad": "160987654",
             "correo": "yefersonblanco98@gmail.com"},
            ["telefono"], "not_required", "subsanar"))

# 036 ------------------------------------------------------------------
msg("036-prorroga-completa-feriado.eml", R, "Liliana Sarmiento <lili.sarmiento@hotmail.com>",
    "prorroga de residencia", "2026-12-08T21:00:00",
    """Me dirijo a ustedes para solicitar la prórroga de mi residencia como refugiada. Mis datos: Liliana Patricia Sarmiento Duque, sexo femenino, colombiana, C.C. 1.110.456.789, carné de extranjería 000345612, nacida el 05/09/87, celular 947-258-369.

Muchas gracias,
Liliana
""",
    label=L("prorroga_residencia",
            {"nombres": "Liliana Patricia Sarmiento Duque", "sexo": "F", "nacionalidad": "CO",
             "documento_identidad": "1110456789", "carne_extranjeria": "000345612",
             "fecha_nacimiento": "1987-09-05", "telefono": "+51947258369",
             "correo": "lili.sarmiento@hotmail.com"},
            [], "not_required", "acuse"))

# 037 ------------------------------------------------------------------
msg("037-duplicado-derivado-denuncia-jpg.eml", S, "Ronald Mijares <ronaldmijares@gmail.com>",
    "Duplicado de carnet de extranjeria", "2026-12-10T10:20:00",
    """Buenos días, me robaron el carnet de extranjería. Adjunto la denuncia y mi pasaporte.

Nombres y apellidos - Ronald Enrique Mijares Peña
Sexo - M
Nacionalidad - venezolano
Pasaporte - 124578963
Carnet de extranjería - 000789456
Fecha de nacimiento - 30-01-1979
Celular - 964 852 317

Saludos
""",
    att=[("jpeg", "denuncia_robo_comisaria.jpg",
          ["PNP - Comisaría de Surquillo", "Denuncia por robo", "Agraviado: Ronald Mijares Peña",
           "Fecha: 08/12/2026"], "SO PNP"),
         ("jpeg", "foto_pasaporte.jpg", ["REPUBLICA BOLIVARIANA DE VENEZUELA", "PASAPORTE 124578963"],
          "R. Mijares")],
    label=L("duplicado_carne_extranjeria",
            {"nombres": "Ronald Enrique Mijares Peña", "sexo": "M", "nacionalidad": "VE",
             "documento_identidad": "124578963", "carne_extranjeria": "000789456",
             "fecha_nacimiento": "1979-01-30", "telefono": "+51964852317",
             "correo": "ronaldmijares@gmail.com"},
            [], "not_required", "acuse", ["derivado"]))

# 038 ------------------------------------------------------------------
msg("038-madre-por-hijo-viaje-foto.eml", R, "Elena Duarte <elenaduarte.v@gmail.com>",
    "Autorizacion de viaje de mi hijo", "2026-12-12T11:00:00",
    """Señores, buenos días.

Les escribo por mi hijo Andrés Eloy Duarte Pinto, refugiado reconocido con carné de extranjería 000901234. Adjunto la carta que él firmó (foto), porque él está de turno en el trabajo y me pidió enviarla.

Necesita viajar a Santiago de Chile porque su esposa va a dar a luz allá y el embarazo es de alto riesgo.
Salida: 22/12/26
Retorno: 08/01/27
Celular de mi hijo: 986 123 450

Yo soy su mamá, Elena Pinto de Duarte, también refugiada (CE 000901233), mi celular 944 555 666.

Muchas gracias.
""",
    att=[("jpeg", "carta_viaje_firmada.jpg",
          ["Lima, 11 de diciembre de 2026", "Solicito autorización de viaje", "a Santiago de Chile del 22/12/26",
           "al 08/01/27.", "Andrés Duarte Pinto - CE 000901234"], "Andres Duarte")],
    label=L("autorizacion_viaje",
            {"nombres": "Andrés Eloy Duarte Pinto", "carne_extranjeria": "000901234",
             "destino": "Santiago de Chile", "fecha_salida": "2026-12-22", "fecha_retorno": "2027-01-08",
             "telefono": "+51986123450", "correo": "elenaduarte.v@gmail.com",
             "motivo": "su esposa va a dar a luz allá y el embarazo es de alto riesgo"},
            [], "manuscrita", "acuse", ["verificar_firma"]))

# 039 ------------------------------------------------------------------
APEL_YBARRA = [
    "# RECURSO DE APELACIÓN",
    "Milagros Coromoto Ybarra Sánchez, venezolana, pasaporte 135792468, interpongo recurso de apelación "
    "contra la resolución notificada el 30 de noviembre de 2026.",
    "Motivo: se denegó mi solicitud sin considerar la violencia de género que sufrí y la falta de protección "
    "del Estado venezolano, documentada en las denuncias que adjunté.",
    "Mis hijos Mateo (pasaporte 178901234) y Lucía (pasaporte 178901235) dependen de mi solicitud.",
    "Lima, 13 de diciembre de 2026",
]
HTML_039 = """<html><body>
<p>Señores de Mesa de Partes,</p>
<p>Adjunto mi <b>recurso de apelación</b> firmado digitalmente. La resolución me fue notificada el 30 de noviembre de 2026.</p>
<p><b>Nombres:</b> Milagros Coromoto Ybarra Sánchez<br>
<b>Pasaporte:</b> 135792468<br>
<b>Celular:</b> 952 741 963<br>
<b>Correo:</b> milagros.ybarra@gmail.com</p>
<p><b>Motivo:</b> se denegó mi solicitud sin considerar la violencia de género que sufrí y la falta de protección del Estado venezolano.</p>
<p>Mis hijos Mateo (pasaporte 178901234, celular de su papá 987 111 999) y Lucía (pasaporte 178901235) dependen de mi solicitud.</p>
<p>Atentamente,<br>Milagros Ybarra</p>
</body></html>"""
TEXT_039 = """Señores de Mesa de Partes,

Adjunto mi recurso de apelación firmado digitalmente. La resolución me fue notificada el 30 de noviembre de 2026.

Nombres: Milagros Coromoto Ybarra Sánchez
Pasaporte: 135792468
Celular: 952 741 963
Correo: milagros.ybarra@gmail.com

Motivo: se denegó mi solicitud sin considerar la violencia de género que sufrí y la falta de protección del Estado venezolano.

Mis hijos Mateo (pasaporte 178901234, celular de su papá 987 111 999) y Lucía (pasaporte 178901235) dependen de mi solicitud.

Atentamente,
Milagros Ybarra
"""
msg("039-apelacion-html-completa-hijos.eml", M, "Milagros Ybarra <milagros.ybarra@gmail.com>",
    "Recurso de Apelación", "2026-12-14T16:00:00", TEXT_039, html=HTML_039,
    att=[("signed", "apelacion_ybarra.pdf", APEL_YBARRA, "Milagros Coromoto Ybarra Sanchez")],
    notified="2026-11-30",
    label=L("apelacion",
            {"nombres": "Milagros Coromoto Ybarra Sánchez", "nacionalidad": "VE",
             "documento_identidad": "135792468", "telefono": "+51952741963",
             "correo": "milagros.ybarra@gmail.com",
             "motivo": "se denegó mi solicitud sin considerar la violencia de género que sufrí y la falta de protección del Estado venezolano."},
            [], "valid", "cargo"))

# 040 ------------------------------------------------------------------
RECON_ZAMBRANO_IMG = [
    "Lima, 15 de diciembre de 2026",
    "RECURSO DE RECONSIDERACION",
    "Yo, Rubén Darío Zambrano Leal,",
    "V-26.789.012, pido reconsiderar la",
    "resolución que negó mi refugio.",
    "Presento nuevas pruebas.",
]
msg("040-padre-por-hijo-reconsideracion-escaneada-derivado.eml", S,
    "Humberto Zambrano <h.zambrano.1960@gmail.com>",
    "Recurso de reconsideracion de mi hijo", "2026-12-16T12:00:00",
    """Buenas tardes señores.

Soy Humberto Zambrano, V-5.111.222, padre de Rubén Darío Zambrano Leal. Les envío el recurso de reconsideración de mi hijo, que él firmó a mano y yo escaneé.

Datos de mi hijo:
Rubén Darío Zambrano Leal
venezolano
C.I. V-26.789.012
celular 958 741 236
correo rubendzl@gmail.com

Motivo: la Comisión no consideró la constancia de la Fiscalía de Mérida que prueba la denuncia por las amenazas que recibió; la presentamos ahora como nueva prueba.

Gracias, atentamente
Humberto Zambrano
""",
    att=[("scanpdf", "reconsideracion_ruben_zambrano.pdf", RECON_ZAMBRANO_IMG, "Ruben Zambrano")],
    label=L("reconsideracion",
            {"nombres": "Rubén Darío Zambrano Leal", "nacionalidad": "VE", "documento_identidad": "V26789012",
             "telefono": "+51958741236", "correo": "rubendzl@gmail.com",
             "motivo": "la Comisión no consideró la constancia de la Fiscalía de Mérida que prueba la denuncia por las amenazas que recibió; la presentamos ahora como nueva prueba."},
            [], "manuscrita", "cargo", ["derivado", "verificar_firma"]))

# 041 ------------------------------------------------------------------
msg("041-reenvio-trabajadora-social-cambio-clave.eml", S,
    "Paola Huamaní - Trabajo Social <phuamani@redacogida.org>",
    "Fwd: cambio de clave y contraseña", "2026-12-18T10:45:00",
    """Buenos días:

Reenvío la solicitud de la Sra. Kelly, usuaria de nuestro albergue. Ella no tiene saldo para llamadas, pero su WhatsApp funciona con wifi.

Lic. Paola Huamaní Quispe
Trabajadora Social - Red de Acogida Temporal
DNI 46789123 | Cel. 981 357 924
Av. Túpac Amaru 3300, Independencia

---------- Mensaje reenviado ----------
De: Kelly Johana Bermúdez <kellyjbermudez@gmail.com>
Fecha: 17 dic 2026 22:31
Asunto: cambio de clave y contraseña
Para: Paola Huamaní <phuamani@redacogida.org>

hola soy Kelly Johana Bermúdez Salas, soy colombiana, pasaporte AT123456, whatsapp +57 311 234 5678, mi correo es kellyjbermudez@gmail.com, olvidé la clave del sistema de refugio. gracias seño Paola
""",
    label=L("cambio_clave",
            {"nombres": "Kelly Johana Bermúdez Salas", "nacionalidad": "CO", "documento_identidad": "AT123456",
             "telefono": "+573112345678", "correo": "kellyjbermudez@gmail.com"},
            [], "not_required", "acuse"))

# 042 ------------------------------------------------------------------
msg("042-portal-esposo-entrevista-registro.eml", S, "Johan Padilla <johanpadilla.c@gmail.com>",
    "Entrevista de registro de mi esposa", "2026-12-21T08:30:00",
    """Buenos días. Mi esposa Angélica María Rivas Torrealba (pasaporte 163578942) presentó su solicitud de refugio en línea en octubre y todavía no le llega la cita para la entrevista de registro. ¿Cuándo la programan? Mi teléfono es 915 753 468.
Johan Padilla
""",
    label=L("entrevista_registro",
            {"nombres": "Angélica María Rivas Torrealba", "documento_identidad": "163578942",
             "telefono": "+51915753468", "correo": "johanpadilla.c@gmail.com"},
            [], "not_required", "portal"))

# 043 ------------------------------------------------------------------
msg("043-actualizacion-domicilio-sin-telefono-esposa.eml", S, "Byron Chiriboga <byron.chiriboga@gmail.com>",
    "Actualización de datos - cambio de domicilio", "2026-12-23T14:00:00",
    """Señores:
Byron Patricio Chiriboga Andrade, ecuatoriano, cédula 1712345678, solicitante de refugio.
Solicito actualizar mi domicilio: desde el 1 de diciembre vivo en Av. Perú 1820, San Martín de Porres.
Mi esposa Nancy Quishpe Tenorio, que tiene su propio expediente (cel. 912 000 333), sigue viviendo en la dirección anterior; por favor no cambien la de ella.
Atentamente,
B. Chiriboga
""",
    label=L("actualizacion_datos",
            {"nombres": "Byron Patricio Chiriboga Andrade", "nacionalidad": "EC",
             "documento_identidad": "1712345678", "correo": "byron.chiriboga@gmail.com"},
            ["telefono"], "not_required", "subsanar"))

# 044 ------------------------------------------------------------------
APEL_RAMOS_IMG = [
    "Lima, 22 de diciembre de 2026",
    "Señor Presidente de la CEPR:",
    "Ángel Gabriel Ramos Useche, pasaporte",
    "121314151, apelo la resolución que",
    "confirma la negación de mi refugio.",
    "Fui amenazado por el SEBIN en Táchira.",
]
msg("044-esposa-peruana-por-esposo-apelacion-escaneada.eml", M, "Rocío Valdivia <rociovaldivia.p@gmail.com>",
    "Recurso de apelación - Esposo Ángel Ramos", "2026-12-24T10:00:00",
    """Buenos días.

Soy Rocío Elizabeth Valdivia Paz, peruana, DNI 47123456, esposa del señor Ángel Gabriel Ramos Useche, de nacionalidad venezolana, pasaporte N° 121314151. Adjunto el recurso de apelación que él firmó a mano (escaneado). La resolución le fue notificada el 10 de diciembre de 2026.

Motivo de la apelación: la resolución dice que su relato no es creíble, pero no tomó en cuenta la citación del SEBIN y la constancia médica de las lesiones que sufrió en Táchira.

Él no tiene teléfono ni correo; por favor comunicarse conmigo al 965 432 109 o a este correo.

Atentamente,
Rocío Valdivia
""",
    att=[("scanpdf", "apelacion_ramos_useche.pdf", APEL_RAMOS_IMG, "Angel Ramos")],
    notified="2026-12-10",
    label=L("apelacion",
            {"nombres": "Ángel Gabriel Ramos Useche", "nacionalidad": "VE", "documento_identidad": "121314151",
             "telefono": "+51965432109", "correo": "rociovaldivia.p@gmail.com",
             "motivo": "la resolución dice que su relato no es creíble, pero no tomó en cuenta la citación del SEBIN y la constancia médica de las lesiones que sufrió en Táchira."},
            [], "manuscrita", "cargo", ["verificar_firma"]))

# 045 ------------------------------------------------------------------
RENUNCIA_JOSEPH = [
    "# RENUNCIA AL TRÁMITE DE SOLICITUD DE REFUGIO",
    "Marie-Claire Joseph, de nacionalidad haitiana, pasaporte N° HT7788990, solicitante de refugio,",
    "teléfono +51 921 345 678, manifiesto mi decisión de renunciar a mi solicitud de refugio.",
    "Motivo: contraje matrimonio con un ciudadano peruano (Sr. Luis Alberto Cóndor Huamán, DNI 41122334) "
    "y tramitaré la residencia por vínculo familiar ante Migraciones, por lo que ya no requiero protección "
    "internacional.",
    "Lima, 27 de diciembre de 2026",
    "Marie-Claire Joseph",
]
msg("045-renuncia-completa-esposo-peruano.eml", M, "Marie-Claire Joseph <mcjoseph.ht@gmail.com>",
    "Renuncia", "2026-12-28T11:30:00",
    "Bonjour,\n\nje vous envoie ma renuncia firmada. Gracias.\n\nMarie-Claire\n",
    att=[("signed", "renuncia_marie_claire_joseph.pdf", RENUNCIA_JOSEPH, "Marie-Claire Joseph")],
    label=L("renuncia",
            {"nombres": "Marie-Claire Joseph", "nacionalidad": "HT", "documento_identidad": "HT7788990",
             "telefono": "+51921345678", "correo": "mcjoseph.ht@gmail.com",
             "motivo": "contraje matrimonio con un ciudadano peruano (Sr. Luis Alberto Cóndor Huamán, DNI 41122334) y tramitaré la residencia por vínculo familiar ante Migraciones, por lo que ya no requiero protección internacional."},
            [], "valid", "acuse"))

# 046 ------------------------------------------------------------------
msg("046-abogada-prorroga-derivado.eml", M, "Abog. Carla Benavides <cbenavides@benavideslegal.pe>",
    "Prórroga de Residencia - patrocinado Sr. Orlando Cárdenas", "2026-12-30T17:00:00",
    """Señores
Comisión Especial para los Refugiados
Presente.-

CARLA INÉS BENAVIDES ROJAS, abogada, con Registro CAL N° 48213, identificada con DNI N° 10293847, con domicilio profesional en Calle Schell 343, of. 804, Miraflores, teléfono fijo (01) 445-7788, en representación del señor ORLANDO JOSÉ CÁRDENAS MENDOZA, refugiado reconocido, solicito la prórroga anual de su residencia, para lo cual consigno sus datos:

  Nombres y apellidos: ORLANDO JOSÉ CÁRDENAS MENDOZA
  Sexo: masculino
  Nacionalidad: venezolana
  Pasaporte: 133579246
  Carné de extranjería: 000468135
  Fecha de nacimiento: 14 de febrero de 1975
  Teléfono del titular: 981 246 357

Atentamente,

Carla Inés Benavides Rojas
Abogada - CAL 48213
Benavides Legal | (01) 445-7788
""",
    label=L("prorroga_residencia",
            {"nombres": "ORLANDO JOSÉ CÁRDENAS MENDOZA", "sexo": "M", "nacionalidad": "VE",
             "documento_identidad": "133579246", "carne_extranjeria": "000468135",
             "fecha_nacimiento": "1975-02-14", "telefono": "+51981246357",
             "correo": "cbenavides@benavideslegal.pe"},
            [], "not_required", "acuse", ["derivado"]))

# 047 ------------------------------------------------------------------
msg("047-cambio-clave-domingo-simple.eml", S, "Yuleisy Hernández <yuleisy.hdez@gmail.com>",
    "cambio de clave y contrasena", "2027-01-03T22:10:00",
    "Nombres: Yuleisy Carolina Hernández Ávila / Pasaporte: 158246937 / Tel: 0051 974 185 296 / Correo: yuleisy.hdez@gmail.com\n",
    label=L("cambio_clave",
            {"nombres": "Yuleisy Carolina Hernández Ávila", "documento_identidad": "158246937",
             "telefono": "+51974185296", "correo": "yuleisy.hdez@gmail.com"},
            [], "not_required", "acuse"))

# 048 ------------------------------------------------------------------
msg("048-ignorado-boletin-lista.eml", R, "Boletín Red Migrante <boletin@redmigrante.org>",
    "Boletín informativo - enero 2027", "2027-01-08T08:00:00",
    """BOLETÍN RED MIGRANTE - ENERO 2027

- Talleres gratuitos de orientación legal para personas refugiadas y migrantes en Lima Norte.
- Nuevo horario de atención de nuestras oficinas.
- Recuerda mantener tus datos de contacto al día con las instituciones.

Para darte de baja de esta lista responde con la palabra BAJA.
""",
    headers={"List-Id": "Boletin Red Migrante <boletin.redmigrante.org>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@redmigrante.org>"},
    label=L(None, {}, [], "not_required", "ignorado"))

# 049 ------------------------------------------------------------------
msg("049-triage-hijo-pregunta-por-madre.eml", R, "Daniel Ochoa <danielochoa.m@gmail.com>",
    "Ayuda", "2027-01-12T13:00:00",
    """buenas tardes, mi mamá Rosa Elena Mujica de Ochoa (pasaporte 087654321) tiene su caso en la Comisión desde marzo de 2024 y hasta ahora no sabe nada. ¿Cómo podemos saber en qué estado está? Ella tiene 70 años y está preocupada.
Pueden llamarme al 978 312 645, soy su hijo.
""",
    label=L(None, {"nombres": "Rosa Elena Mujica de Ochoa", "documento_identidad": "087654321",
                   "telefono": "+51978312645", "correo": "danielochoa.m@gmail.com"},
            [], "not_required", "triage"))

# 050 ------------------------------------------------------------------
APEL_SULBARAN = [
    "# RECURSO DE APELACIÓN",
    "Nombre completo: Deivis Rafael Sulbarán Mota",
    "Nacionalidad: venezolana",
    "Cédula de identidad: V-20.135.246",
    "Teléfono: 938 527 416",
    "Correo: deivis.sulbaran@gmail.com",
    "Resolución impugnada: N° 0045-2027/CEPR, notificada el 13/01/2027.",
    "Motivo de la apelación: la Comisión aplicó mal la Declaración de Cartagena; huí por la violencia "
    "generalizada y las amenazas de una banda en Zulia, lo que no fue analizado.",
    "Lima, 19 de enero de 2027",
]
msg("050-apelacion-enero-completa.eml", M, "Deivis Sulbarán <deivis.sulbaran@gmail.com>",
    "RECURSO DE APELACION", "2027-01-20T09:30:00",
    "Buenos días, adjunto mi recurso de apelación con firma digital. Mis datos están en el documento.\nDeivis\n",
    att=[("signed", "apelacion_sulbaran.pdf", APEL_SULBARAN, "Deivis Rafael Sulbaran Mota")],
    notified="2027-01-13",
    label=L("apelacion",
            {"nombres": "Deivis Rafael Sulbarán Mota", "nacionalidad": "VE", "documento_identidad": "V20135246",
             "telefono": "+51938527416", "correo": "deivis.sulbaran@gmail.com",
             "motivo": "la Comisión aplicó mal la Declaración de Cartagena; huí por la violencia generalizada y las amenazas de una banda en Zulia, lo que no fue analizado."},
            [], "valid", "cargo"))

# 051 ------------------------------------------------------------------
RENUNCIA_NAVAS = [
    "# RENUNCIA A LA CONDICIÓN DE REFUGIADA",
    "Yo, Oriana Beatriz Navas Guerrero, de nacionalidad venezolana, cédula de identidad V-18.642.097, "
    "refugiada reconocida, teléfono 927 384 615, renuncio a la condición de refugiada.",
    "Motivo: regreso a Venezuela para cuidar a mi padre, que está enfermo, y ya no temo regresar.",
    "Lima, 26 de enero de 2027",
    "Oriana B. Navas G.",
]
msg("051-esposo-por-esposa-renuncia-ce-del-esposo.eml", M, "Gustavo Navas <gnavas.ccs@gmail.com>",
    "Renuncia - Oriana Navas", "2027-01-27T16:45:00",
    """Buenas tardes, envío la renuncia firmada por mi esposa Oriana, que es refugiada reconocida. Ella me pidió mandarla desde mi correo.

Gustavo Adolfo Navas Rivero
CE 000246813 - cel. 927 384 600
""",
    att=[("signed", "renuncia_oriana_navas.pdf", RENUNCIA_NAVAS, "Oriana Beatriz Navas Guerrero")],
    label=L("renuncia",
            {"nombres": "Oriana Beatriz Navas Guerrero", "nacionalidad": "VE", "documento_identidad": "V18642097",
             "telefono": "+51927384615", "correo": "gnavas.ccs@gmail.com",
             "motivo": "regreso a Venezuela para cuidar a mi padre, que está enfermo, y ya no temo regresar."},
            ["carne_extranjeria"], "valid", "subsanar"))

# 052 ------------------------------------------------------------------
msg("052-madre-venezolana-por-hija-actualizacion.eml", S, "Zuleima Ortega <zuleima.ortega65@gmail.com>",
    "actualización de datos de mi hija", "2027-01-29T10:40:00",
    """Buenos días. Yo soy venezolana y escribo por mi hija que está sin internet.
Mi hija se llama María Gabriela Ortega Luna, cédula V-28.123.456, es solicitante de refugio y cambió de número: ahora es 9 8765 4321.
Gracias por la ayuda.
Zuleima Luna de Ortega
""",
    label=L("actualizacion_datos",
            {"nombres": "María Gabriela Ortega Luna", "documento_identidad": "V28123456",
             "telefono": "+51987654321", "correo": "zuleima.ortega65@gmail.com"},
            ["nacionalidad"], "not_required", "subsanar"))

# 053 ------------------------------------------------------------------
msg("053-madre-por-hijo-viaje-sin-firma.eml", R, "Norma Quiroz <normaquiroz.v@hotmail.com>",
    "Autorización de Viaje", "2027-01-30T09:15:00",
    """Buenos días, escribo por mi hijo Leonardo Enrique Quiroz Palma, refugiado reconocido, carné de extranjería 000579135. Él necesita viajar a Guayaquil porque a su hija de 4 años la operan de emergencia el 10 de febrero.
Salida: 08 de febrero de 2027
Retorno: 20 de febrero de 2027
Celular de Leonardo: 958 246 813

Yo soy su mamá, Norma Palma de Quiroz, CE 000579130. Él les manda la carta firmada la próxima semana.
""",
    label=L("autorizacion_viaje",
            {"nombres": "Leonardo Enrique Quiroz Palma", "carne_extranjeria": "000579135",
             "destino": "Guayaquil", "fecha_salida": "2027-02-08", "fecha_retorno": "2027-02-20",
             "telefono": "+51958246813", "correo": "normaquiroz.v@hotmail.com",
             "motivo": "a su hija de 4 años la operan de emergencia el 10 de febrero"},
            ["firma"], "absent", "subsanar"))


# ---------------------------------------------------------------- build
def make_attachment(a):
    kind = a[0]
    if kind == "signed":
        _, name, lines, cn = a
        return name, "application", "pdf", signed_pdf(lines, cn)
    if kind == "altered":
        _, name, lines, cn, old, new = a
        return name, "application", "pdf", altered_pdf(lines, cn, old, new)
    if kind == "text":
        _, name, lines = a
        return name, "application", "pdf", text_pdf(lines)
    if kind == "scanpdf":
        _, name, lines, sig = a
        return name, "application", "pdf", scan_pdf(lines, sig)
    if kind == "jpeg":
        _, name, lines, sig = a
        return name, "image", "jpeg", jpeg(lines, sig)
    if kind == "png":
        _, name, lines, sig = a
        return name, "image", "png", png(lines, sig)
    raise ValueError(kind)


def received_dt(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=LIMA)


def build_bounce(m, rec):
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    from email.mime.message import MIMEMessage
    from email.message import Message
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(MIMEText(
        "This is the mail system at host mx.rree.gob.pe.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<yormansuarez.22@gmial.com>: Host or domain name not found. Name service error\n"
        "    for name=gmial.com type=A: Host not found\n", "plain", "utf-8"))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx.rree.gob.pe"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; yormansuarez.22@gmial.com"
    b2["Action"] = "failed"
    b2["Status"] = "5.4.4"
    b2["Diagnostic-Code"] = "X-Postfix; Host or domain name not found"
    ds.set_payload([b1, b2])
    outer.attach(ds)
    orig = EmailMessage()
    orig["From"] = S
    orig["To"] = "yormansuarez.22@gmial.com"
    orig["Subject"] = "Acuse de recibo - Cambio de clave y contraseña"
    orig["Date"] = format_datetime(rec - dt.timedelta(minutes=3))
    orig.set_content("Estimado usuario: hemos recibido su solicitud de cambio de clave y contraseña.\n")
    outer.attach(MIMEMessage(orig))
    return outer


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out_labels = []
    for i, m in enumerate(MSGS):
        rec = received_dt(m["received"])
        lab = m["label"]
        if m["file"] == BOUNCE_FILE:
            em = build_bounce(m, rec)
        else:
            em = EmailMessage()
            if m["html"]:
                em.set_content(m["body"])
                em.add_alternative(m["html"], subtype="html")
            else:
                em.set_content(m["body"])
            for a in m["att"]:
                name, mt, st, data = make_attachment(a)
                em.add_attachment(data, maintype=mt, subtype=st, filename=name)
        skew = m["date_skew"] if m["date_skew"] is not None else random.randint(1, 9) * 17
        sent = rec - dt.timedelta(seconds=skew)
        host = m["frm"].split("@")[-1].rstrip(">")
        hdrs = [
            ("Received", f"from mx.rree.gob.pe (mx.rree.gob.pe [190.102.143.10]) by buzon.rree.gob.pe "
                         f"with LMTP id r60m{i:03d}; {format_datetime(rec)}"),
            ("Received", f"from mail.{host} (mail.{host} [203.0.113.{10 + i}]) by mx.rree.gob.pe "
                         f"with ESMTPS id q{i:03d}x; {format_datetime(rec - dt.timedelta(seconds=4))}"),
            ("Delivered-To", m["to"]),
            ("Date", format_datetime(sent)),
            ("From", m["frm"]),
            ("To", m["to"]),
            ("Subject", m["subject"]),
            ("Message-ID", make_msgid(idstring=f"r60.{i:03d}", domain=host)),
        ]
        if m["cc"]:
            hdrs.append(("Cc", m["cc"]))
        for k, v in m["headers"].items():
            hdrs.append((k, v))
        # put our headers first
        existing = list(em.items())
        for k in list(em.keys()):
            del em[k]
        for k, v in hdrs:
            em[k] = v
        if "MIME-Version" not in em:
            em["MIME-Version"] = "1.0"
        for k, v in existing:
            if k.lower() != "mime-version":
                em[k] = v
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(em.as_bytes())

        # ---- label
        fd = filing_day(rec)
        proc = lab["procedure"]
        flags = list(lab["flags"])
        outcome = lab["outcome"]
        if outcome in ("suspendido", "portal", "triage", "ignorado"):
            due = None
        elif outcome == "subsanar":
            due = add_business(fd, 2)
        else:
            due = add_business(fd, PLAZO[proc])
        if m["notified"]:
            late = fd > recurso_deadline(dt.date.fromisoformat(m["notified"]))
            assert late == ("extemporaneo" in flags), (m["file"], recurso_deadline(dt.date.fromisoformat(m["notified"])))
        out_labels.append({
            "file": m["file"], "mailbox": m["to"], "received": rec.isoformat(),
            "procedure": proc, "fields": lab["fields"], "missing": lab["missing"],
            "signature": lab["signature"], "outcome": outcome, "flags": flags,
            "filing_date": fd.isoformat(), "due_date": due.isoformat() if due else None,
        })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for o in out_labels:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out_labels), "messages")


if __name__ == "__main__":
    main()
