#!/usr/bin/env python3
"""Build round10: a Monday inbox after a long weekend at the CEPR office.

Writes NNN-slug.eml files and labels.jsonl into this folder. Labels follow
/work/shared/spec/INTAKE.md; dates use the calendar in config.toml.
Run with /work/rounds/.venv-r10/bin/python build.py
"""
import datetime as dt
import hashlib
import io
import json
import logging
import os
import random
from email import policy
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from email.header import Header
from email import charset as _cs
_cs.add_charset('utf-8', _cs.QP, _cs.QP, 'utf-8')
from zoneinfo import ZoneInfo

import holidays
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

logging.disable(logging.CRITICAL)

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])

SOL = "solicitantesrefugio@rree.gob.pe"
MDP = "mesadepartes@rree.gob.pe"
REF = "refugiados@rree.gob.pe"

rng = random.Random(1010)

# ---------------------------------------------------------------- calendar

def is_business(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_business(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_business(d)


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


# ---------------------------------------------------------------- procedures

HOME = {
    "solicitud_refugio": "portal", "autorizacion_trabajo": "portal", "entrevista_registro": "portal",
    "carne_solicitante": SOL, "actualizacion_datos": SOL, "cambio_clave": SOL,
    "reconsideracion": MDP, "apelacion": MDP, "renuncia": MDP,
    "prorroga_residencia": REF, "duplicado_carne_extranjeria": REF, "autorizacion_viaje": REF,
}
REQ = {
    "carne_solicitante": [],
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria",
                            "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad",
                                    "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres",
                           "carne_extranjeria", "telefono"],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30, "renuncia": 15,
         "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}

# ---------------------------------------------------------------- documents

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf" if os.path.exists(
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf") else FONT


def _pdf():
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.set_creator("Microsoft Word")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    return pdf


def text_pdf(lines, sig_image=False):
    pdf = _pdf()
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    if sig_image:
        img = signature_png()
        pdf.image(io.BytesIO(img), w=50)
    return bytes(pdf.output())


def signature_png():
    im = Image.new("RGB", (420, 140), "white")
    d = ImageDraw.Draw(im)
    pts = [(20 + i * 9, 70 + int(35 * ((-1) ** i) * rng.random())) for i in range(40)]
    d.line(pts, fill=(20, 20, 90), width=4)
    d.line([(30, 110), (390, 104)], fill=(20, 20, 90), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def scan_image(lines, fmt="JPEG"):
    """A photographed / scanned handwritten-looking letter (no text layer)."""
    im = Image.new("RGB", (1240, 1754), (246, 244, 236))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(HAND, 30)
    y = 120
    for line in lines:
        d.text((110 + rng.randint(-4, 4), y), line, fill=(30, 30, 60), font=f)
        y += 52
    pts = [(700 + i * 12, y + 90 + int(40 * ((-1) ** i) * rng.random())) for i in range(30)]
    d.line(pts, fill=(10, 10, 80), width=5)
    im = im.rotate(0.7, fillcolor=(246, 244, 236))
    buf = io.BytesIO()
    im.save(buf, fmt, quality=70) if fmt == "JPEG" else im.save(buf, fmt)
    return buf.getvalue()


def scan_pdf(lines):
    pdf = FPDF()
    pdf.set_creator("HP Scan")
    pdf.add_page()
    pdf.image(io.BytesIO(scan_image(lines)), x=0, y=0, w=210)
    return bytes(pdf.output())


_signers = {}


def _signer(cn):
    if cn in _signers:
        return _signers[cn]
    from asn1crypto import keys as akeys, x509 as ax509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    start = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    kd = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                           serialization.NoEncryption())
    s = signers.SimpleSigner(signing_cert=ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
                             signing_key=akeys.PrivateKeyInfo.load(kd), cert_registry=SimpleCertificateStore())
    _signers[cn] = s
    return s


def signed_pdf(lines, cn):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(text_pdf(lines)))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="FirmaDigital"), signer=_signer(cn))
    return out.getvalue()


def altered_pdf(lines, cn, old, new):
    assert len(old) == len(new)
    data = signed_pdf(lines, cn)
    ob, nb = old.encode("latin-1"), new.encode("latin-1")
    assert data.count(ob) >= 1, old
    return data.replace(ob, nb, 1)


def sig_check(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data))
    return [validate_pdf_signature(s).intact for s in r.embedded_signatures]


# ---------------------------------------------------------------- messages

MSGS = []


def M(**kw):
    MSGS.append(kw)


def L(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)


# ===================== Cluster A: Thu 8 Oct (holiday) .. Mon 12 Oct 2026 ==================

M(slug="actualizacion-parrafo-unico", mailbox=SOL, frm=("Yorman R.", "yorman_rp@hotmail.com"),
  subject="Actualización de datos", received=L(2026, 10, 8, 9, 14, 22),
  body="""buenos dias señores de la comision, les escribo porque cambie de numero y de correo y quiero actualizar mis datos, mi nombre es Yorman Alexander Rangel Peña soy de nacionalidad venezolana cedula V-19.876.543 soy solicitante de refugio desde el 2019 (carné de solicitante 0045871-2019) y mi numero nuevo es +51 912 448 730 ese tambien es mi whatsapp, el correo nuevo es yorman.rangel88@gmail.com porque el otro ya casi no lo reviso, tambien me mude de Comas a Los Olivos, Av. Universitaria 5540 int 3. agradezco su atencion y feliz fin de semana largo
""",
  procedure="actualizacion_datos", refugee=False,
  fields={"nombres": "Yorman Alexander Rangel Peña", "nacionalidad": "VE", "documento_identidad": "V19876543",
          "telefono": "+51912448730", "correo": "yorman.rangel88@gmail.com"})

M(slug="cambio-clave-formulario-propio", mailbox=SOL, frm=("Mile", "milexis.gutierrez94@gmail.com"),
  subject="Cambio de clave y contraseña", received=L(2026, 10, 9, 22, 40, 5), utc_received=True,
  body="""Buenas noches, solicito el cambio de clave del sistema de refugiados porque no puedo ingresar, me sale usuario bloqueado.

Nombre y apellido: Milexis Andreína Gutiérrez Oropeza
Nro de doc: V25.331.870
Cel/WhatsApp: 987-310-662
Dirección de correo: milexis.gutierrez94@gmail.com

Gracias de antemano
Mile
""",
  procedure="cambio_clave",
  fields={"nombres": "Milexis Andreína Gutiérrez Oropeza", "documento_identidad": "V25331870",
          "telefono": "+51987310662", "correo": "milexis.gutierrez94@gmail.com"})

M(slug="cambio-clave-datos-en-asunto", mailbox=SOL, frm=("dayer", "dayercsv@outlook.com"),
  subject="Cambio de clave - Dayerlin Coromoto Suárez Villalobos - CI 24.118.902",
  received=L(2026, 10, 10, 7, 2, 41),
  body="""buenos dias olvide mi contraseña y el correo de recuperacion no me llega. Mi numero es 939 201 554 (tambien whatsapp). Gracias

Enviado desde mi Galaxy
""",
  procedure="cambio_clave",
  fields={"nombres": "Dayerlin Coromoto Suárez Villalobos", "documento_identidad": "24118902",
          "telefono": "+51939201554", "correo": "dayercsv@outlook.com"})

M(slug="cambio-contrasena-sin-telefono", mailbox=SOL, frm=("Jhon Fredy", "jfcastano.1987@yahoo.com"),
  subject="cambio de contraseña", received=L(2026, 10, 11, 19, 30, 12),
  body="""Cordial saludo.

Me dirijo a ustedes para solicitar de la manera más atenta el cambio de contraseña de mi usuario en el Sistema de Refugiados, ya que intenté restablecerla varias veces y no fue posible.

Mis datos son los siguientes:
Jhon Fredy Castaño Ríos
C.C. 1.098.765.432
correo: jfcastano.1987@yahoo.com

Quedo atento a su amable respuesta.

Atentamente,
Jhon F. Castaño
""",
  procedure="cambio_clave",
  fields={"nombres": "Jhon Fredy Castaño Ríos", "documento_identidad": "1098765432",
          "correo": "jfcastano.1987@yahoo.com"})

M(slug="cambio-clave-reenvio-propio", mailbox=SOL, frm=("Keiber", "keiber.mz@gmail.com"),
  subject="Fwd: Cambio de clave y contraseña", received=L(2026, 10, 12, 8, 5, 30),
  body="""Buen dia, les reenvio el correo que mande el jueves porque me di cuenta que no puse el telefono. Es el wsp 987654321.
Saludos

---------- Forwarded message ---------
De: Keiber Manzano <keiber.mz@gmail.com>
Date: jue, 8 oct 2026 a las 21:17
Subject: Cambio de clave y contraseña
To: <solicitantesrefugio@rree.gob.pe>


Buenas noches, necesito cambio de clave para entrar al sistema de refugio.
Keiber José Manzano Zambrano
Pasaporte N° 138845210
mi correo es este mismo keiber.mz@gmail.com
""",
  procedure="cambio_clave",
  fields={"nombres": "Keiber José Manzano Zambrano", "documento_identidad": "138845210",
          "telefono": "+51987654321", "correo": "keiber.mz@gmail.com"})

M(slug="actualizacion-refugiada-buzon-equivocado", mailbox=REF, frm=("Rosa Elena", "rosaelena.ch@gmail.com"),
  subject="ACTUALIZACION DE DATOS", received=L(2026, 10, 10, 15, 20, 9),
  body="""Buenas tardes, soy refugiada reconocida y necesito actualizar mi telefono y dirección.

Nac.: venezolana
Carné de extranjería: 000812345
Nombres: Rosa Elena Chacón de Montilla
F. nac: 15-08-1990
Doc. identidad: V-14.220.981
Teléfono nuevo: +51 951.223.004
Dirección nueva: Jr. Huáscar 1120, Jesús María

Muchas gracias,
Rosa
""",
  procedure="actualizacion_datos", refugee=True,
  fields={"nombres": "Rosa Elena Chacón de Montilla", "nacionalidad": "VE", "documento_identidad": "V14220981",
          "carne_extranjeria": "000812345", "fecha_nacimiento": "1990-08-15", "telefono": "+51951223004",
          "correo": "rosaelena.ch@gmail.com"})

M(slug="actualizacion-refugiada-sin-carne", mailbox=SOL, frm=("Luz Dary Ospina", "luzdary.ospina@hotmail.com"),
  subject="Actualizacion datos de contacto", received=L(2026, 10, 12, 9, 30, 47),
  body="""Buenos días. Mi nombre es Luz Dary Ospina Cardona, de nacionalidad colombiana, identificada con cédula de ciudadanía número 52.987.114. Tengo la condición de refugiada reconocida en el Perú desde el año 2021.

Les escribo para informar que cambié de número de celular; el nuevo es +57 310 456 7890 (es de Colombia pero lo uso con WhatsApp acá porque el peruano me lo robaron en el centro).

Les agradezco registrar el cambio.

Atentamente
Luz Dary
""",
  procedure="actualizacion_datos", refugee=True,
  fields={"nombres": "Luz Dary Ospina Cardona", "nacionalidad": "CO", "documento_identidad": "52987114",
          "telefono": "+573104567890", "correo": "luzdary.ospina@hotmail.com"})

M(slug="actualizacion-sin-documento", mailbox=SOL, frm=("Andrés Eloy", "aeloy.marquez@gmail.com"),
  subject="actualizacion de datos (telefono)", received=L(2026, 10, 11, 23, 55, 3),
  body="""Hola buenas noches disculpen la hora. Soy Andrés Eloy Márquez Tovar, venezolano, solicitante de refugio. Me cambiaron el chip y ahora mi numero es 9 4455 1230. Por favor actualicen porque no quiero perder ninguna llamada de ustedes. Gracias, AE
""",
  procedure="actualizacion_datos", refugee=False,
  fields={"nombres": "Andrés Eloy Márquez Tovar", "nacionalidad": "VE", "telefono": "+51944551230",
          "correo": "aeloy.marquez@gmail.com"})

M(slug="prorroga-parrafo-completo", mailbox=REF, frm=("Nelson Briceño", "nbriceno.ve@gmail.com"),
  subject="Prorroga de residencia", received=L(2026, 10, 8, 18, 45, 33),
  body="""Señores CEPR reciban un cordial saludo, por medio de la presente solicito la prórroga anual de mi residencia como refugiado reconocido ya que mi carné de extranjería vence el 30 de noviembre, mis datos son Nelson Enrique Briceño Lugo, sexo masculino, nacionalidad venezolana, cédula V12345678 y carné de extranjería 000567321, nací el 3 de febrero de 1985 en Barquisimeto, mi celular es 984 120 337. Mi esposa Carmen Lugo también es refugiada y su carné es el 000567322 pero ella va a mandar su correo aparte. Sin más a que hacer referencia me despido, Nelson
""",
  procedure="prorroga_residencia",
  fields={"nombres": "Nelson Enrique Briceño Lugo", "sexo": "M", "nacionalidad": "VE",
          "documento_identidad": "V12345678", "carne_extranjeria": "000567321", "fecha_nacimiento": "1985-02-03",
          "telefono": "+51984120337", "correo": "nbriceno.ve@gmail.com"})

M(slug="prorroga-a-mesadepartes-formulario", mailbox=MDP, frm=("JL Salazar", "jlsalazar.rivas@gmail.com"),
  subject="PRÓRROGA DE RESIDENCIA - José Luis Salazar", received=L(2026, 10, 9, 11, 0, 18),
  body="""Solicito prórroga de residencia (refugiado).

Nombre completo - José Luis Salazar Rivas
Sexo - M
Nac. - VEN
Nro de doc - 20.456.789
CE - 001234987
F. nac - 15/8/90
Cel/WhatsApp - 945-667-120

Gracias.
JL
""",
  procedure="prorroga_residencia",
  fields={"nombres": "José Luis Salazar Rivas", "sexo": "M", "nacionalidad": "VE",
          "documento_identidad": "20456789", "carne_extranjeria": "001234987", "fecha_nacimiento": "1990-08-15",
          "telefono": "+51945667120", "correo": "jlsalazar.rivas@gmail.com"})

M(slug="renovacion-residencia-incompleta-tarde", mailbox=REF, frm=("Maryuri", "maryuri.daza@gmail.com"),
  subject="renovación de residencia", received=L(2026, 10, 12, 16, 45, 0),
  body="""Buenas tardes. Necesito renovar mi residencia, me toca este mes. Maryuri Daza Figueroa, nacionalidad: Colombia, pasaporte AU482913, carné de extranjería N° 000998877, teléfono 955 300 118. Gracias.
""",
  procedure="prorroga_residencia",
  fields={"nombres": "Maryuri Daza Figueroa", "nacionalidad": "CO", "documento_identidad": "AU482913",
          "carne_extranjeria": "000998877", "telefono": "+51955300118", "correo": "maryuri.daza@gmail.com"})

M(slug="duplicado-ce-con-denuncia-tabulado", mailbox=REF, frm=("Gregorio Peña", "gregoriopena71@gmail.com"),
  subject="Duplicado de carné de extranjería", received=L(2026, 10, 10, 10, 10, 10),
  body="""Buenos días,
Me robaron la cartera el martes en el paradero de la Av. Abancay y ahí tenía mi carné de extranjería. Adjunto la constancia que me dieron en la comisaría.

Datos:
Nombres y apellidos\tGregorio Antonio Peña Guédez
Sexo\tMasculino
Nacionalidad\tVenezolano
Cédula\tV-9.876.543
Carné de extranjería\t000445566
Fecha de nacimiento\t1971-04-12
Celular\t+51 976 554 321

Gregorio
""",
  attachments=[("constancia_comisaria.pdf", "text_pdf", [
      "POLICIA NACIONAL DEL PERU - COMISARIA PNP COTABAMBAS",
      "COPIA CERTIFICADA DE DENUNCIA POLICIAL N. 4471-2026",
      "Fecha y hora: 06/10/2026 19:40",
      "Denunciante: Gregorio Antonio Peña Guédez",
      "Hechos: el denunciante refiere haber sido victima de sustraccion de su cartera conteniendo",
      "su carne de extranjeria y otros documentos personales, en el paradero de la Av. Abancay.",
      "Se expide la presente a solicitud del interesado para los fines que estime conveniente.",
  ])],
  procedure="duplicado_carne_extranjeria",
  fields={"nombres": "Gregorio Antonio Peña Guédez", "sexo": "M", "nacionalidad": "VE",
          "documento_identidad": "V9876543", "carne_extranjeria": "000445566", "fecha_nacimiento": "1971-04-12",
          "telefono": "+51976554321", "correo": "gregoriopena71@gmail.com"})

M(slug="duplicado-ce-denuncia-pendiente", mailbox=REF, frm=("Yusmary", "yusmary.albornoz@gmail.com"),
  subject="Duplicado carnet extranjeria URGENTE", received=L(2026, 10, 12, 7, 40, 2),
  body="""Buen día, perdí mi carnet de extranjería el sábado en el mercado. Ya fui a poner la denuncia en la comisaría de Surquillo pero todavía no me dan la copia, se las mando apenas la tenga. Mis datos: Yusmary del Valle Albornoz Rojas / sexo femenino / venezolana / C.I. 18.765.432 / CE 000776655 / nacimiento: 22-06-1988 / cel 912 334 556. Gracias
""",
  procedure="duplicado_carne_extranjeria",
  fields={"nombres": "Yusmary del Valle Albornoz Rojas", "sexo": "F", "nacionalidad": "VE",
          "documento_identidad": "18765432", "carne_extranjeria": "000776655", "fecha_nacimiento": "1988-06-22",
          "telefono": "+51912334556", "correo": "yusmary.albornoz@gmail.com"})

M(slug="viaje-pdf-firmado-datos-solo-en-pdf", mailbox=REF, frm=("Wilmer", "wilmer.ochoa.ve@gmail.com"),
  subject="Autorización de viaje", received=L(2026, 10, 11, 12, 0, 40),
  body="""Buenos días, adjunto mi solicitud de autorización de viaje firmada digitalmente. Quedo atento.
Wilmer
""",
  attachments=[("solicitud_viaje_WOchoa.pdf", "signed", [
      "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
      "Lima, 11 de octubre de 2026",
      "Señores",
      "Comisión Especial para los Refugiados",
      "Presente.-",
      "Yo, Wilmer Alfonso Ochoa Quintero, refugiado reconocido, con carné de extranjería N° 000331247, "
      "me dirijo a ustedes para solicitar autorización de viaje por motivo de urgencia: mi padre fue "
      "operado del corazón y se encuentra en cuidados intensivos.",
      "Destino: Cúcuta, Colombia",
      "Fecha de salida: 20/10/2026",
      "Fecha de retorno: 03/11/2026",
      "Teléfono de contacto: 963 118 402",
      "Atentamente,",
      "Wilmer Alfonso Ochoa Quintero",
  ], "Wilmer Alfonso Ochoa Quintero")],
  procedure="autorizacion_viaje",
  fields={"motivo": "mi padre fue operado del corazón y se encuentra en cuidados intensivos",
          "destino": "Cúcuta, Colombia", "fecha_salida": "2026-10-20", "fecha_retorno": "2026-11-03",
          "nombres": "Wilmer Alfonso Ochoa Quintero", "carne_extranjeria": "000331247",
          "telefono": "+51963118402", "correo": "wilmer.ochoa.ve@gmail.com"})

M(slug="permiso-viaje-escaneado-datos-en-prosa", mailbox=REF, frm=("Dani Colmenares", "danielacolmenares@gmail.com"),
  subject="Permiso de viaje urgente", received=L(2026, 10, 9, 20, 0, 14),
  body="""Buenas noches. Mi mamá está hospitalizada en Caracas con un ACV y necesito viajar a verla. Soy refugiada reconocida, me llamo Daniela Colmenares Herrera y mi carné de extranjería es el 000623918. Pienso salir el 22 de octubre de 2026 y regresar el 5 de noviembre de 2026. Adjunto la solicitud firmada a mano (escaneada en la librería). Mi número es +51 927 775 310.
Dios les bendiga.
Dani
""",
  attachments=[("solicitud_viaje_firmada.pdf", "scan_pdf", [
      "Lima, 9 de octubre de 2026",
      "Señores CEPR",
      "Solicito autorización de viaje a Caracas",
      "por enfermedad de mi madre.",
      "Salida 22/10/2026 - Retorno 05/11/2026",
      "Daniela Colmenares H.",
  ])],
  procedure="autorizacion_viaje",
  fields={"motivo": "Mi mamá está hospitalizada en Caracas con un ACV y necesito viajar a verla",
          "destino": "Caracas", "fecha_salida": "2026-10-22", "fecha_retorno": "2026-11-05",
          "nombres": "Daniela Colmenares Herrera", "carne_extranjeria": "000623918",
          "telefono": "+51927775310", "correo": "danielacolmenares@gmail.com"})

M(slug="viaje-pdf-texto-sin-firma", mailbox=REF, frm=("Carlos Urdaneta", "c.urdaneta.b@gmail.com"),
  subject="AUTORIZACION DE VIAJE - Urdaneta", received=L(2026, 10, 12, 10, 15, 27),
  body="""Estimados, adjunto documento con solicitud de autorizacion de viaje.
Saludos cordiales,
Carlos U.
""",
  attachments=[("autorizacion viaje.pdf", "text_pdf", [
      "Lima, 12 de octubre de 2026",
      "A la Comisión Especial para los Refugiados:",
      "Carlos Eduardo Urdaneta Bracho, refugiado, carné de extranjería 000118920, solicito "
      "autorización para viajar a Quito, Ecuador.",
      "Motivo: mi hija menor debe ser intervenida quirúrgicamente en el hospital Baca Ortiz y "
      "necesito acompañarla y firmar el consentimiento.",
      "Salida: 15/11/26      Retorno: 30/11/26",
      "Celular: 998 201 764",
      "Firma: ______________________",
  ])],
  procedure="autorizacion_viaje",
  fields={"motivo": "mi hija menor debe ser intervenida quirúrgicamente en el hospital Baca Ortiz",
          "destino": "Quito, Ecuador", "fecha_salida": "2026-11-15", "fecha_retorno": "2026-11-30",
          "nombres": "Carlos Eduardo Urdaneta Bracho", "carne_extranjeria": "000118920",
          "telefono": "+51998201764", "correo": "c.urdaneta.b@gmail.com"})

M(slug="reconsideracion-firmada-a-tiempo", mailbox=MDP, frm=("Oriana", "oriana.vp@gmail.com"),
  subject="Recurso de Reconsideración", received=L(2026, 10, 10, 16, 0, 55),
  body="""Señores de la Comisión Especial para los Refugiados:

Adjunto mi recurso de reconsideración firmado digitalmente contra la resolución que denegó mi solicitud, la cual me fue notificada el 28 de setiembre de 2026.
Mis datos de contacto: celular 917 442 088, correo oriana.vp@gmail.com.

Oriana Valentina Pérez Silva
Pasaporte 142233801
""",
  attachments=[("Reconsideracion_OPerez_firmado.pdf", "signed", [
      "RECURSO DE RECONSIDERACIÓN",
      "Sumilla: Interpongo recurso de reconsideración",
      "Oriana Valentina Pérez Silva, identificada con pasaporte N° 142233801, con domicilio en "
      "Av. Brasil 2310, Pueblo Libre, ante ustedes me presento y digo:",
      "Que interpongo recurso de reconsideración contra la resolución que deniega mi solicitud de "
      "refugio, por cuanto presento nueva prueba: la denuncia ante la Fiscalía por las amenazas que "
      "recibí en Valencia por mi trabajo como periodista en un medio local, y las capturas de los "
      "mensajes intimidatorios, que no pude aportar en la entrevista.",
      "Teléfono: 917 442 088 - Correo: oriana.vp@gmail.com",
      "Lima, 10 de octubre de 2026",
  ], "Oriana Valentina Perez Silva")],
  procedure="reconsideracion", notified=dt.date(2026, 9, 28),
  fields={"motivo": "presento nueva prueba: la denuncia ante la Fiscalía por las amenazas que recibí",
          "nombres": "Oriana Valentina Pérez Silva", "documento_identidad": "142233801",
          "telefono": "+51917442088", "correo": "oriana.vp@gmail.com"})

M(slug="reconsideracion-foto-fuera-de-plazo", mailbox=MDP, frm=("Richard", "richardmontes.co@gmail.com"),
  subject="reconsideracion", received=L(2026, 10, 8, 21, 10, 31),
  body="""Buenas noches. Me llamo Richard Alexis Montes Zapata, colombiano, cédula de ciudadanía 1.045.778.901. Presento recurso de reconsideración contra la resolución que me negó el refugio, notificada con fecha 01/09/2026. No lo mandé antes porque estuve hospitalizado tres semanas después de un accidente en la obra donde trabajo. El motivo del recurso es que en la entrevista no pude contar bien que en Tumaco un grupo armado reclutó a mi sobrino y a mí me amenazaron de muerte por negarme a guardarles mercancía en mi casa, tengo los audios de las amenazas. Adjunto la foto del recurso firmado a mano. cel. 986-120-443, correo richardmontes.co@gmail.com

Richard
""",
  attachments=[("recurso_firmado.jpg", "jpg", [
      "Señores Comisión Especial para los Refugiados",
      "RECURSO DE RECONSIDERACION",
      "Yo Richard Alexis Montes Zapata",
      "pido que se revise mi caso",
      "Lima 8 de octubre 2026",
  ])],
  procedure="reconsideracion", notified=dt.date(2026, 9, 1),
  fields={"motivo": "en Tumaco un grupo armado reclutó a mi sobrino y a mí me amenazaron de muerte",
          "nombres": "Richard Alexis Montes Zapata", "nacionalidad": "CO", "documento_identidad": "1045778901",
          "telefono": "+51986120443", "correo": "richardmontes.co@gmail.com"})

M(slug="apelacion-pdf-alterado", mailbox=MDP, frm=("Génesis Aponte", "genesis.aponte.r@gmail.com"),
  subject="Recurso de apelación", received=L(2026, 10, 12, 11, 50, 8),
  body="""Buenos días, envío recurso de apelación firmado con mi firma digital.
Saludos.
G.A.
""",
  attachments=[("apelacion_GAponte.pdf", "altered", [
      "RECURSO DE APELACIÓN",
      "Génesis Carolina Aponte Rivas, de nacionalidad venezolana, con cédula de identidad "
      "V-23.456.789, interpongo recurso de apelación contra la resolución que confirma la "
      "denegatoria de mi solicitud de refugio, notificada el 2 de octubre de 2026.",
      "Fundamento: la resolución no valoró los informes médicos que acreditan las lesiones que "
      "sufrí durante mi detención por participar en protestas en Barquisimeto, ni la situación "
      "actual de persecución a familiares de detenidos.",
      "Teléfono: +51 934 556 201",
      "Correo electrónico: genesis.aponte.r@gmail.com",
      "Lima, 12 de octubre de 2026",
  ], "Genesis Carolina Aponte Rivas", "Lima, 12 de", "Lima, 10 de")],
  procedure="apelacion", notified=dt.date(2026, 10, 2),
  fields={"motivo": "la resolución no valoró los informes médicos que acreditan las lesiones",
          "nombres": "Génesis Carolina Aponte Rivas", "nacionalidad": "VE", "documento_identidad": "V23456789",
          "telefono": "+51934556201", "correo": "genesis.aponte.r@gmail.com"})

M(slug="apelacion-solo-texto-extemporanea", mailbox=MDP, frm=("Pedro Pablo Ríos", "pprios1979@gmail.com"),
  subject="APELACION", received=L(2026, 10, 11, 8, 30, 0),
  body="""Señores comisión de refugiados buenos días

Yo Pedro Pablo Ríos Valderrama con pasaporte N° 098765432 vengo a apelar la resolución que confirma la denegatoria de mi refugio, me notificaron el 4 de setiembre del 2026 pero no sabía que se podía apelar hasta que en la parroquia me explicaron. Apelo porque ustedes dicen que en mi país ya no hay peligro para mí pero yo fui funcionario de la alcaldía y me botaron y me abrieron un procedimiento por "traición" por no votar, y a mis compañeros que se quedaron los tienen presos. No tengo como volver.

Pueden llamarme al +51 9 5544 3322 o escribirme a este correo pprios1979@gmail.com

Dios los bendiga
Pedro
""",
  procedure="apelacion", notified=dt.date(2026, 9, 4),
  fields={"motivo": "fui funcionario de la alcaldía y me botaron y me abrieron un procedimiento por \"traición\"",
          "nombres": "Pedro Pablo Ríos Valderrama", "documento_identidad": "098765432",
          "telefono": "+51955443322", "correo": "pprios1979@gmail.com"})

M(slug="apelacion-a-solicitantes-firmada", mailbox=SOL, frm=("Luis Ángel Mora", "luisangel.mora.ve@gmail.com"),
  subject="Recurso de Apelacion - Exp. 2019-011234", received=L(2026, 10, 9, 9, 0, 36),
  body="""Adjunto recurso de apelación. Recibí la notificación el día 30-09-2026.
Atte., Luis Á. Mora
""",
  attachments=[("recurso_apelacion.pdf", "signed", [
      "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
      "Expediente: 2019-011234",
      "Luis Ángel Mora Castillo, con cédula de identidad N° V-16.789.012, teléfono +51 948 300 221, "
      "correo luisangel.mora.ve@gmail.com, interpongo RECURSO DE APELACIÓN contra la resolución "
      "que confirma la denegatoria de mi solicitud de refugio.",
      "Motivo: no se tuvo en cuenta que soy sindicalista de la industria petrolera y que fui "
      "despedido y amenazado por denunciar irregularidades; adjunto constancias del sindicato.",
      "Lima, 9 de octubre de 2026",
  ], "Luis Angel Mora Castillo")],
  procedure="apelacion", notified=dt.date(2026, 9, 30),
  fields={"motivo": "soy sindicalista de la industria petrolera y que fui despedido y amenazado",
          "nombres": "Luis Ángel Mora Castillo", "documento_identidad": "V16789012",
          "telefono": "+51948300221", "correo": "luisangel.mora.ve@gmail.com"})

M(slug="renuncia-solicitante-pdf-con-imagen", mailbox=MDP, frm=("Yeni", "yenifer.bastidas@gmail.com"),
  subject="Renuncia", received=L(2026, 10, 10, 11, 35, 50),
  body="""Buenos días. Adjunto carta de renuncia a mi solicitud de refugio firmada.
Me regreso a Venezuela con mis hijos porque mi mamá está sola y enferma en Maracay y ya no tiene quien la cuide.
Mis datos: Yenifer Alejandra Bastidas Mora, venezolana, V-21.334.556, teléfono 913-882-004.
Mis hijos Santiago (V-32.110.220) y Valeria van incluidos en mi expediente.
Gracias por todo.
Yeni
""",
  attachments=[("carta_renuncia.pdf", "text_img_pdf", [
      "Lima, 10 de octubre de 2026",
      "Señores Comisión Especial para los Refugiados",
      "Por medio de la presente renuncio a mi solicitud de refugio y a la de mis hijos menores, "
      "por motivos familiares.",
      "Yenifer Alejandra Bastidas Mora",
  ])],
  procedure="renuncia", refugee=False,
  fields={"motivo": "mi mamá está sola y enferma en Maracay y ya no tiene quien la cuide",
          "nombres": "Yenifer Alejandra Bastidas Mora", "nacionalidad": "VE", "documento_identidad": "V21334556",
          "telefono": "+51913882004", "correo": "yenifer.bastidas@gmail.com"})

M(slug="renuncia-refugiado-sin-carne", mailbox=MDP, frm=("Héctor Villamizar", "hvillamizar@gmail.com"),
  subject="RENUNCIA A LA CONDICION DE REFUGIADO", received=L(2026, 10, 12, 14, 0, 4),
  body="""Estimados señores, adjunto mi renuncia firmada digitalmente.
Atentamente,
Héctor Villamizar
""",
  attachments=[("renuncia_HVillamizar.pdf", "signed", [
      "RENUNCIA A LA CONDICIÓN DE REFUGIADO",
      "Yo, Héctor Julio Villamizar Contreras, de nacionalidad colombiana, con cédula de ciudadanía "
      "N° 88.234.567, en mi condición de refugiado reconocido por el Estado peruano, presento mi "
      "renuncia a dicha condición.",
      "Motivo: he obtenido la residencia en España por reagrupación familiar y me trasladaré "
      "a vivir con mi hija en Zaragoza.",
      "Teléfono: 956 778 120",
      "Lima, 12 de octubre de 2026",
  ], "Hector Julio Villamizar Contreras")],
  procedure="renuncia", refugee=True,
  fields={"motivo": "he obtenido la residencia en España por reagrupación familiar",
          "nombres": "Héctor Julio Villamizar Contreras", "nacionalidad": "CO", "documento_identidad": "88234567",
          "telefono": "+51956778120", "correo": "hvillamizar@gmail.com"})

M(slug="carne-solicitante-consulta", mailbox=SOL, frm=("Yohanny", "yohanny.pz@gmail.com"),
  subject="Carné de solicitante", received=L(2026, 10, 11, 16, 20, 0),
  body="""Buenas tardes, quería saber cuándo me pueden dar el carné de solicitante, ya tengo todo completo desde marzo y en el trabajo me lo piden.
Yohanny Paz Zerpa, V-27.009.114, cel 951 004 776.
Gracias
""",
  procedure="carne_solicitante",
  fields={"nombres": "Yohanny Paz Zerpa", "documento_identidad": "V27009114", "telefono": "+51951004776",
          "correo": "yohanny.pz@gmail.com"})

M(slug="portal-solicitud-refugio", mailbox=SOL, frm=("maria fernanda", "mafe.quintero03@gmail.com"),
  subject="Solicitud de refugio", received=L(2026, 10, 8, 13, 0, 21),
  body="""hola buenas tardes, llegué a Lima hace dos semanas con mi hija de 4 años y quiero pedir refugio, ¿qué tengo que hacer? ¿tengo que ir a alguna oficina? Soy colombiana, me llamo María Fernanda Quintero Gil. Mi numero es +57 300 555 1234. gracias
""",
  procedure="solicitud_refugio",
  fields={"nombres": "María Fernanda Quintero Gil", "nacionalidad": "CO", "telefono": "+573005551234",
          "correo": "mafe.quintero03@gmail.com"})

M(slug="portal-autorizacion-trabajo", mailbox=REF, frm=("Ender", "ender.villegas@gmail.com"),
  subject="Autorización de trabajo vencida", received=L(2026, 10, 12, 6, 30, 0),
  body="""Buenos días, ¿cómo hago para renovar la autorización de trabajo? Ender Villegas, V-26.554.103. wsp 987 001 223
""",
  procedure="autorizacion_trabajo",
  fields={"nombres": "Ender Villegas", "documento_identidad": "V26554103", "telefono": "+51987001223",
          "correo": "ender.villegas@gmail.com"})

M(slug="triage-urgente-dos-tramites", mailbox=REF, frm=("Franklin", "franklin.gv@hotmail.com"),
  subject="Urgente!!", received=L(2026, 10, 10, 20, 45, 44),
  body="""buenas noches necesito ayuda, mi carnet de extranjeria vence en noviembre y necesito la prórroga de residencia, pero tambien quiero saber como pedir la autorización de viaje para diciembre, ¿puedo pedir las dos cosas juntas o una primero? Franklin Gómez Villarroel, CE 000412365, cel 944 221 009
""",
  procedure=None,
  fields={"nombres": "Franklin Gómez Villarroel", "carne_extranjeria": "000412365", "telefono": "+51944221009",
          "correo": "franklin.gv@hotmail.com"})

M(slug="triage-consulta-expediente", mailbox=SOL, frm=("Solangel", "solangel.rivero@gmail.com"),
  subject="Consulta", received=L(2026, 10, 12, 12, 10, 2),
  body="""Buenas tardes, quisiera saber en qué estado está mi expediente, lo presenté en 2022 y no me han llamado.
Solangel Rivero, V-19.003.442.
Gracias
""",
  procedure=None,
  fields={"nombres": "Solangel Rivero", "documento_identidad": "V19003442", "correo": "solangel.rivero@gmail.com"})

M(slug="ignorado-respuesta-automatica", mailbox=SOL, frm=("Kelly Johana Rincón", "kellyj.rincon@gmail.com"),
  subject="Respuesta automática: RE: Actualización de datos", received=L(2026, 10, 9, 8, 2, 0),
  extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="""Gracias por su mensaje. Estaré fuera hasta el 13 de octubre con acceso limitado al correo.
""",
  procedure="actualizacion_datos", ignorado=True, fields={})

M(slug="ignorado-rebote-mailer-daemon", mailbox=SOL, frm=("Mail Delivery System", "MAILER-DAEMON@mx1.rree.gob.pe"),
  subject="Undeliverable: Cambio de clave y contraseña", received=L(2026, 10, 11, 3, 12, 7),
  bounce=True, procedure="cambio_clave", ignorado=True, fields={})

M(slug="ignorado-derivacion-interna", mailbox=MDP, frm=("Refugiados - CEPR", REF),
  subject="RV: Prórroga de residencia", received=L(2026, 10, 12, 8, 0, 0),
  body="""Se deriva para su atención y registro.

Unidad de Refugiados

-----Mensaje original-----
Enviado: viernes, 9 de octubre de 2026 19:02
Asunto: Prórroga de residencia

Buenas noches, solicito la prórroga, mañana les mando los datos.
""",
  procedure="prorroga_residencia", ignorado=True, fields={})

M(slug="ignorado-boletin-lista", mailbox=REF, frm=("Boletín Movilidad Humana", "boletin@movilidad-noticias.org"),
  subject="Boletín informativo – octubre 2026", received=L(2026, 10, 10, 6, 0, 0),
  extra={"List-Id": "Boletin Movilidad <boletin.movilidad-noticias.org>", "Precedence": "bulk",
         "List-Unsubscribe": "<mailto:baja@movilidad-noticias.org>"},
  body="""En esta edición: nuevas disposiciones migratorias, ferias de empleo en Lima Norte y talleres gratuitos.
Para dejar de recibir este boletín responda con la palabra BAJA.
""",
  procedure=None, ignorado=True, fields={})

# ===================== Cluster B: Thu 24 Dec (no laborable) .. Mon 28 Dec 2026 ==================

M(slug="prorroga-nochebuena-fecha-en-letras", mailbox=REF, frm=("Zuleima", "zuleima.hdz@gmail.com"),
  subject="Prórroga de Residencia", received=L(2026, 12, 24, 10, 0, 12),
  body="""Feliz Navidad. Solicito mi prórroga de residencia anual.

Zuleima Josefina Hernández Ortega
sexo: femenino
nacionalidad venezolana
pasaporte: 107788990 / cédula V-13.579.246
carné de extranjería: 000234561
nacida agosto 15 de 1990
tel. +51 961 245 870

Bendiciones
""",
  procedure="prorroga_residencia",
  fields={"nombres": "Zuleima Josefina Hernández Ortega", "sexo": "F", "nacionalidad": "VE",
          "documento_identidad": "107788990", "carne_extranjeria": "000234561", "fecha_nacimiento": "1990-08-15",
          "telefono": "+51961245870", "correo": "zuleima.hdz@gmail.com"})

M(slug="viaje-foto-enero-proximo", mailbox=REF, frm=("Kike", "enrique.lozada.m@gmail.com"),
  subject="Autorizacion de Viaje", received=L(2026, 12, 26, 14, 30, 9),
  body="""Buenas tardes, les escribo para pedir autorización de viaje de urgencia. Mi hermano menor falleció ayer y tengo que viajar a Valencia, Venezuela para el entierro y para hacerme cargo de mis sobrinos que quedaron solos. Mi vuelo sale el 3 de enero próximo y el regreso lo tengo para el 17 de enero. Soy Enrique José Lozada Marín, refugiado, carné de extranjería número 000 556 901. Mi celular: 9 1234 5678.
Adjunto foto de la solicitud firmada.
Gracias, Kike
""",
  attachments=[("IMG_20261226_142211.jpg", "jpg", [
      "Lima, 26 de diciembre de 2026",
      "Señores CEPR",
      "Solicito autorización de viaje",
      "por fallecimiento de mi hermano.",
      "Enrique J. Lozada M.",
  ])],
  procedure="autorizacion_viaje",
  fields={"motivo": "Mi hermano menor falleció ayer", "destino": "Valencia, Venezuela",
          "fecha_salida": "2027-01-03", "fecha_retorno": "2027-01-17", "nombres": "Enrique José Lozada Marín",
          "carne_extranjeria": "000556901", "telefono": "+51912345678", "correo": "enrique.lozada.m@gmail.com"})

M(slug="cambio-clave-navidad-mesadepartes", mailbox=MDP, frm=("Ali Moreno", "alimoreno.gm@gmail.com"),
  subject="cambio de clave", received=L(2026, 12, 25, 10, 20, 44),
  body="""Feliz navidad, disculpen que escriba hoy. Necesito cambiar la clave del sistema de refugio, no recuerdo la contraseña.
Mis datos: Alí Ramón Moreno Gil, venezolano, cédula venezolana N° 17.456.321, teléfono (+58) 414-7788123 (whatsapp), correo alimoreno.gm@gmail.com
""",
  procedure="cambio_clave",
  fields={"nombres": "Alí Ramón Moreno Gil", "nacionalidad": "VE", "documento_identidad": "17456321",
          "telefono": "+584147788123", "correo": "alimoreno.gm@gmail.com"})

M(slug="actualizacion-html-tabla-doc-en-asunto", mailbox=SOL, frm=("Yoli \U0001F495", "yoli.carrasquel@gmail.com"),
  subject="Actualización de datos - V-22.441.009", received=L(2026, 12, 27, 18, 0, 30),
  html="""<div dir="ltr"><p>Buenas tardes, soy solicitante de refugio y necesito actualizar mis datos de contacto.</p>
<table border="1" cellpadding="4">
<tr><td>Nombres y apellidos</td><td>Yolimar Carrasquel Acosta</td></tr>
<tr><td>Nacionalidad</td><td>Venezuela</td></tr>
<tr><td>Tel&eacute;fono</td><td>9 3321 7788</td></tr>
<tr><td>Correo electr&oacute;nico</td><td>yoli.carrasquel@gmail.com</td></tr>
<tr><td>Direcci&oacute;n</td><td>Mz. F Lt. 12, AA.HH. Los Jardines, San Juan de Lurigancho</td></tr>
</table>
<p>Gracias!!<br>Yoli</p></div>
""",
  procedure="actualizacion_datos", refugee=False,
  fields={"nombres": "Yolimar Carrasquel Acosta", "nacionalidad": "VE", "documento_identidad": "V22441009",
          "telefono": "+51933217788", "correo": "yoli.carrasquel@gmail.com"})

M(slug="apelacion-despues-del-cierre-iniciales", mailbox=MDP, frm=("JC", "jc.barrios77@gmail.com"),
  subject="RV: Recurso de Apelación", received=L(2026, 12, 28, 17, 5, 0),
  body="""Adjunto recurso.
Atte. J.C.
""",
  attachments=[("Apelacion JCBL.pdf", "signed", [
      "RECURSO DE APELACIÓN",
      "Juan Carlos Barrios Lugo, identificado con pasaporte N° 115566778, ante la Comisión "
      "Especial para los Refugiados me presento y digo:",
      "Que dentro del plazo de ley interpongo recurso de apelación contra la resolución que "
      "confirma la denegatoria de mi solicitud, notificado el 11/12/2026.",
      "Fundamentos: fui militar de bajo rango y deserté al negarme a reprimir manifestantes; "
      "en caso de retorno sería juzgado por un tribunal militar. Adjunto la orden de captura.",
      "Teléfono: 965 443 221 / Correo: jc.barrios77@gmail.com",
      "Lima, 28 de diciembre de 2026",
  ], "Juan Carlos Barrios Lugo")],
  procedure="apelacion", notified=dt.date(2026, 12, 11),
  fields={"motivo": "fui militar de bajo rango y deserté al negarme a reprimir manifestantes",
          "nombres": "Juan Carlos Barrios Lugo", "documento_identidad": "115566778",
          "telefono": "+51965443221", "correo": "jc.barrios77@gmail.com"})

M(slug="reconsideracion-nochebuena-extemporanea", mailbox=MDP, frm=("Marbelis", "marbelis.urbina@gmail.com"),
  subject="Recurso de reconsideracion - Marbelis Urbina", received=L(2026, 12, 24, 9, 15, 26),
  body="""Buenos días.

Adjunto firmado digitalmente mi recurso de reconsideración. La resolución me fue notificada el viernes 20 de noviembre de 2026; me demoré porque no tenía quién me ayudara con la firma digital.

Mi nombre completo es Marbelis Coromoto Urbina Paredes, cédula V-15.888.222, celular 9 6655 4433. Por favor respóndanme a marbelisurbina@yahoo.com que es el que reviso siempre.

Pido la reconsideración porque mi esposo era dirigente vecinal y lo desaparecieron en 2023, y desde entonces los colectivos me vigilan la casa; tengo la constancia de la ONG que lo documentó.

Marbe
""",
  attachments=[("reconsideracion_MUrbina.pdf", "signed", [
      "RECURSO DE RECONSIDERACIÓN",
      "Marbelis Coromoto Urbina Paredes, cédula V-15.888.222, interpone recurso de "
      "reconsideración contra la resolución que deniega su solicitud de refugio.",
      "Nueva prueba: constancia de la ONG que documentó la desaparición de su esposo, dirigente "
      "vecinal, en 2023.",
      "Lima, 24 de diciembre de 2026",
  ], "Marbelis Coromoto Urbina Paredes")],
  procedure="reconsideracion", notified=dt.date(2026, 11, 20),
  fields={"motivo": "mi esposo era dirigente vecinal y lo desaparecieron en 2023",
          "nombres": "Marbelis Coromoto Urbina Paredes", "documento_identidad": "V15888222",
          "telefono": "+51966554433", "correo": "marbelisurbina@yahoo.com"})

M(slug="duplicado-ce-foto-denuncia-sin-telefono", mailbox=REF, frm=("Deivis", "deivis.ramos.co@gmail.com"),
  subject="Duplicado de carne de extranjeria", received=L(2026, 12, 26, 9, 0, 3),
  body="""Buenos días, solicito duplicado de mi carné de extranjería que se me perdió en el bus. Adjunto foto de la denuncia.

Nombres: Deivis Antonio Ramos Pacheco
Sexo: M
Nacionalidad: colombiano
C.C. 1.102.334.556
Carné de extranjería: 000889112
F. nac: 02/11/1993
Correo: deivis.ramos.co@gmail.com

Deivis
""",
  attachments=[("foto_denuncia.jpg", "jpg", [
      "COMISARIA PNP SAN MARTIN DE PORRES",
      "Denuncia por perdida de documentos",
      "Deivis Antonio Ramos Pacheco",
      "Carne de extranjeria",
      "25/12/2026",
  ])],
  procedure="duplicado_carne_extranjeria",
  fields={"nombres": "Deivis Antonio Ramos Pacheco", "sexo": "M", "nacionalidad": "CO",
          "documento_identidad": "1102334556", "carne_extranjeria": "000889112", "fecha_nacimiento": "1993-11-02",
          "correo": "deivis.ramos.co@gmail.com"})

M(slug="renuncia-escaneada-datos-en-asunto", mailbox=MDP, frm=("Oscar", "oscarm.blanco@gmail.com"),
  subject="Renuncia - Oscar Manuel Blanco Díaz - CI 11.223.344", received=L(2026, 12, 27, 11, 0, 0),
  body="""Buenos días, por medio del presente les hago llegar mi renuncia a la solicitud de refugio (adjunto escaneada y firmada). Conseguí el CPP y prefiero quedarme con ese permiso porque con la solicitud de refugio en trámite no puedo salir del país a ver a mis padres. Soy venezolano. Mi número es 987.443.210.
Saludos.
""",
  attachments=[("renuncia_escaneada.pdf", "scan_pdf", [
      "Lima, 27 de diciembre de 2026",
      "Señores de la CEPR",
      "Presento mi renuncia a la solicitud",
      "de refugio.",
      "Oscar M. Blanco D.",
  ])],
  procedure="renuncia", refugee=False,
  fields={"motivo": "Conseguí el CPP y prefiero quedarme con ese permiso", "nombres": "Oscar Manuel Blanco Díaz",
          "nacionalidad": "VE", "documento_identidad": "11223344", "telefono": "+51987443210",
          "correo": "oscarm.blanco@gmail.com"})

M(slug="carne-solicitante-duplicado-robo", mailbox=SOL, frm=("Yonathan", "yonathan.bello@gmail.com"),
  subject="Carné de solicitante - duplicado por robo", received=L(2026, 12, 28, 9, 10, 0),
  body="""Buenos días, me robaron el carné de solicitante de refugio, adjunto la denuncia. Quisiera saber cómo saco otro.
Yonathan Bello Parra, V-28.334.556, telefono 9 1122 3344.
""",
  attachments=[("denuncia.pdf", "text_pdf", [
      "COMISARIA PNP LA VICTORIA - DENUNCIA POLICIAL",
      "Denunciante: Yonathan Bello Parra",
      "Hecho: robo de billetera con carne de solicitante de refugio.",
      "26/12/2026",
  ])],
  procedure="carne_solicitante",
  fields={"nombres": "Yonathan Bello Parra", "documento_identidad": "V28334556", "telefono": "+51911223344",
          "correo": "yonathan.bello@gmail.com"})

# ===================== Cluster C: Thu 31 Dec (no laborable) .. Mon 4 Jan 2027 ==================

M(slug="prorroga-fin-de-anio-sin-carne", mailbox=REF, frm=("Mariela", "mariela.ferrer.ve@gmail.com"),
  subject="prorroga de residencia anual", received=L(2026, 12, 31, 12, 0, 0),
  body="""Buenas, solicito la prórroga de residencia, mi carné vence en enero.
Datos: Mariela Ferrer Quintana, sexo F, venezolana, pasaporte 129988776, nacimiento 30/06/1982, teléfono 9 9887 6655.
No tengo a mano el número del carné, está en la casa de mi hermana, apenas lo tenga se los paso.
""",
  procedure="prorroga_residencia",
  fields={"nombres": "Mariela Ferrer Quintana", "sexo": "F", "nacionalidad": "VE",
          "documento_identidad": "129988776", "fecha_nacimiento": "1982-06-30", "telefono": "+51998876655",
          "correo": "mariela.ferrer.ve@gmail.com"})

M(slug="cambio-clave-anio-nuevo-reenvio", mailbox=SOL, frm=("Sandra Milena", "sandramilena.torres@gmail.com"),
  subject="RV: Solicitud cambio de clave y contraseña", received=L(2027, 1, 1, 12, 30, 15),
  body="""Feliz año. Reenvío porque no sé si llegó, el celular es +51 9 4433 2211.

________________________________
De: Sandra Milena Torres <sandramilena.torres@gmail.com>
Enviado: martes, 29 de diciembre de 2026 18:40
Para: solicitantesrefugio@rree.gob.pe
Asunto: Solicitud cambio de clave y contraseña

Señores, no puedo entrar al sistema de refugiados. Solicito cambio de clave.
Sandra Milena Torres Beltrán
Pasaporte AT123456
Correo sandramilena.torres@gmail.com
Gracias
""",
  procedure="cambio_clave",
  fields={"nombres": "Sandra Milena Torres Beltrán", "documento_identidad": "AT123456",
          "telefono": "+51944332211", "correo": "sandramilena.torres@gmail.com"})

M(slug="actualizacion-refugiado-carne-en-prosa", mailbox=SOL, frm=("Jesús Alberto", "jesusalberto.pinto@gmail.com"),
  subject="actualización de mis datos de contacto", received=L(2027, 1, 2, 17, 45, 0),
  body="""Buenas tardes. Soy Jesús Alberto Pinto Rondón, refugiado reconocido, de nacionalidad venezolana, con cédula de identidad V-10.987.654, y mi carné de extranjería es el 000 934 112. Escribo para actualizar mi teléfono, ahora es el 956-332-118, y mi nueva dirección es Calle Los Pinos 245, Chorrillos. Mi hija Andrea Pinto (V-31.222.333) vive conmigo y su celular es 956-332-119.
Atentamente, Jesús Pinto
""",
  procedure="actualizacion_datos", refugee=True,
  fields={"nombres": "Jesús Alberto Pinto Rondón", "nacionalidad": "VE", "documento_identidad": "V10987654",
          "carne_extranjeria": "000934112", "telefono": "+51956332118", "correo": "jesusalberto.pinto@gmail.com"})

M(slug="viaje-alterado-sin-retorno", mailbox=REF, frm=("Edwin", "edwin.cardenas.r@gmail.com"),
  subject="Autorización de viaje urgente", received=L(2027, 1, 3, 20, 10, 0),
  body="""Buenas noches, adjunto solicitud firmada digitalmente. Todavía no tengo fecha de retorno porque depende de la cirugía de mi esposa.
Edwin
""",
  attachments=[("autorizacion_viaje_ECardenas.pdf", "altered", [
      "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
      "Edwin Alfonso Cárdenas Rueda, refugiado reconocido, carné de extranjería N° 000771234.",
      "Solicito autorización para viajar a Bogotá, Colombia.",
      "Motivo: mi esposa será operada de un tumor en el Instituto Nacional de Cancerología y soy "
      "su único familiar.",
      "Fecha de salida: 10-01-2027",
      "Fecha de retorno: por definir",
      "Teléfono: 934 556 778",
      "Lima, 3 de enero de 2027",
  ], "Edwin Alfonso Cardenas Rueda", "Lima, 3 de enero", "Lima, 2 de enero")],
  procedure="autorizacion_viaje",
  fields={"motivo": "mi esposa será operada de un tumor en el Instituto Nacional de Cancerología",
          "destino": "Bogotá, Colombia", "fecha_salida": "2027-01-10", "nombres": "Edwin Alfonso Cárdenas Rueda",
          "carne_extranjeria": "000771234", "telefono": "+51934556778", "correo": "edwin.cardenas.r@gmail.com"})

M(slug="triage-duplicado-de-carnet-ambiguo", mailbox=REF, frm=("Neomar", "neomar.silva@gmail.com"),
  subject="Duplicado de carnet", received=L(2027, 1, 2, 10, 0, 0),
  body="""Buenos días, se me perdió el carnet en la playa el 1 de enero. Qué tengo que hacer para sacar el duplicado?
Neomar Silva
""",
  procedure=None,
  fields={"nombres": "Neomar Silva", "correo": "neomar.silva@gmail.com"})

M(slug="portal-entrevista-registro", mailbox=SOL, frm=("Rafa", "rafael.ugas@gmail.com"),
  subject="Entrevista de registro", received=L(2027, 1, 4, 9, 0, 0),
  body="""Buen día, presenté mi solicitud en línea en noviembre y todavía no me llega la fecha de la entrevista de registro. ¿Me pueden dar una cita?
Rafael Ugas, cel 923 114 009.
""",
  procedure="entrevista_registro",
  fields={"nombres": "Rafael Ugas", "telefono": "+51923114009", "correo": "rafael.ugas@gmail.com"})

M(slug="ignorado-autorespuesta-vacaciones", mailbox=SOL, frm=("Darwin", "darwin.lopez.ve@gmail.com"),
  subject="Re: Consulta", received=L(2027, 1, 1, 0, 5, 0), utc_received=True,
  extra={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
  body="""Este es un mensaje automático. Estoy de vacaciones hasta el 10 de enero.
""",
  procedure=None, ignorado=True, fields={})

M(slug="prorroga-respuesta-subsanacion", mailbox=REF, frm=("Wendy", "wendy.arcila@gmail.com"),
  subject="RE: Prórroga de residencia", received=L(2027, 1, 4, 10, 0, 0),
  body="""Buenos días, completo lo que me pidieron:

Nombres: Wendy Paola Arcila Montoya
Sexo: F
Nacionalidad: colombiana
Cédula: 1.036.445.778
Carné de extranjería: 000665443
Fecha de nacimiento: 9 de mayo de 1995
Teléfono: 916 445 566

Wendy

-----Mensaje original-----
De: refugiados@rree.gob.pe
Enviado: miércoles, 30 de diciembre de 2026 10:12
Para: wendy.arcila@gmail.com
Asunto: Prórroga de residencia

Se le informa que su solicitud está incompleta. Falta: sexo, fecha de nacimiento.
Plazo para subsanar: 2 días hábiles.
""",
  procedure="prorroga_residencia",
  fields={"nombres": "Wendy Paola Arcila Montoya", "sexo": "F", "nacionalidad": "CO",
          "documento_identidad": "1036445778", "carne_extranjeria": "000665443", "fecha_nacimiento": "1995-05-09",
          "telefono": "+51916445566", "correo": "wendy.arcila@gmail.com"})

# ===================== other days ==================

M(slug="apelacion-por-abogada", mailbox=MDP, frm=("Dra. Patricia Vílchez Soto", "pvilchez@estudiovilchez.pe"),
  subject="Recurso de Apelación - Sr. Jhonny Alberto Rondón Parra", received=L(2026, 11, 18, 15, 0, 0),
  body="""Señores
Comisión Especial para los Refugiados
Presente.-

En representación del Sr. Jhonny Alberto Rondón Parra, de nacionalidad venezolana, adjunto recurso de apelación firmado digitalmente por mi patrocinado contra la resolución que confirma la denegatoria de su solicitud, notificada el 6 de noviembre de 2026.

Para notificaciones al recurrente: celular 978 332 145, correo jhonny.rondon.p@gmail.com.

Atentamente,

Patricia Vílchez Soto
Abogada - CAL 45872
Estudio Vílchez & Asociados
Tel. (01) 444 5566
""",
  attachments=[("Apelacion_JRondon.pdf", "signed", [
      "RECURSO DE APELACIÓN",
      "Jhonny Alberto Rondón Parra, cédula de identidad V-18.220.331, con domicilio procesal en el "
      "Estudio Vílchez & Asociados, interpongo recurso de apelación.",
      "Fundamento: la resolución apelada no consideró que soy testigo en un proceso penal contra "
      "funcionarios policiales por ejecuciones extrajudiciales en mi barrio, y que por ello recibí "
      "amenazas directas.",
      "Celular: 978 332 145 - Correo: jhonny.rondon.p@gmail.com",
      "Lima, 18 de noviembre de 2026",
  ], "Jhonny Alberto Rondon Parra")],
  procedure="apelacion", notified=dt.date(2026, 11, 6),
  fields={"motivo": "soy testigo en un proceso penal contra funcionarios policiales",
          "nombres": "Jhonny Alberto Rondón Parra", "nacionalidad": "VE", "documento_identidad": "V18220331",
          "telefono": "+51978332145", "correo": "jhonny.rondon.p@gmail.com"})

M(slug="reconsideracion-familia-despues-cierre", mailbox=MDP, frm=("Familia Guerrero", "guerrero.familia2020@gmail.com"),
  subject="Reconsideración - denegatoria de refugio", received=L(2026, 11, 24, 16, 40, 0),
  body="""Buenas tardes.

Yo, Alexis Rafael Guerrero Medina, venezolano, V-14.567.890, presento recurso de reconsideración (adjunto firmado) contra la resolución que denegó mi solicitud de refugio y la de mi grupo familiar: mi esposa Yurimar Coromoto Salas, V-16.789.001, y mi hijo Sebastián Guerrero Salas, pasaporte 150011223. La resolución nos la notificaron por correo el 13 de noviembre de 2026.

Motivo: aportamos el informe psicológico de mi hijo y la denuncia del ataque a nuestra vivienda en Maracaibo, que no teníamos cuando fue la entrevista.

Teléfono: +51 940 221 558 (mi esposa usa el 940 221 559)
Correo: este mismo

Alexis G.
""",
  attachments=[("reconsideracion_familia_Guerrero.pdf", "signed", [
      "RECURSO DE RECONSIDERACIÓN",
      "Alexis Rafael Guerrero Medina, V-14.567.890, por derecho propio y en representación de "
      "su grupo familiar, interpone recurso de reconsideración.",
      "Nueva prueba: informe psicológico del menor y denuncia del ataque a la vivienda familiar.",
      "Lima, 24 de noviembre de 2026",
  ], "Alexis Rafael Guerrero Medina")],
  procedure="reconsideracion", notified=dt.date(2026, 11, 13),
  fields={"motivo": "aportamos el informe psicológico de mi hijo y la denuncia del ataque a nuestra vivienda",
          "nombres": "Alexis Rafael Guerrero Medina", "nacionalidad": "VE", "documento_identidad": "V14567890",
          "telefono": "+51940221558", "correo": "guerrero.familia2020@gmail.com"})

M(slug="actualizacion-datos-del-esposo-tambien", mailbox=SOL, frm=("Milagros", "milagros.pacheco.ve@hotmail.com"),
  subject="Actualización de datos", received=L(2027, 1, 15, 16, 29, 0),
  body="""Buenas tardes. Solicito actualizar mis datos de contacto:
Nombres y apellidos: Milagros del Carmen Pacheco Ruiz.
Nacionalidad: venezolana.
Cédula: V-20.112.334.
Soy solicitante de refugio (tengo PTP pero igual continúo con mi solicitud).
Teléfono: 925 667 301.
Correo: milagros.pacheco.ve@hotmail.com.
También les paso el número de mi esposo, Rubén Darío Sánchez (V-19.445.667), por si no me ubican: 925 667 302.
""",
  procedure="actualizacion_datos", refugee=False,
  fields={"nombres": "Milagros del Carmen Pacheco Ruiz", "nacionalidad": "VE", "documento_identidad": "V20112334",
          "telefono": "+51925667301", "correo": "milagros.pacheco.ve@hotmail.com"})

M(slug="reconsideracion-puente-diciembre-ultimo-dia", mailbox=MDP, frm=("Carolina", "carolina.mendez.co@gmail.com"),
  subject="RECURSO DE RECONSIDERACIÓN", received=L(2026, 12, 5, 10, 30, 0),
  body="""Buenos días, envío mi recurso de reconsideración firmado. El día lunes 16 de noviembre de 2026 me notificaron la resolución.
Quedo atenta.
Carolina M.
""",
  attachments=[("recurso_reconsideracion_CMendez.pdf", "text_img_pdf", [
      "RECURSO DE RECONSIDERACIÓN",
      "Carolina Méndez Arango, ciudadana colombiana, pasaporte AW556677, ante ustedes digo:",
      "Interpongo recurso de reconsideración porque adjunto como nueva prueba la certificación de la "
      "Unidad para las Víctimas que me reconoce como víctima de desplazamiento forzado en el "
      "Catatumbo, que no fue tomada en cuenta.",
      "Teléfono: +51 907 556 223",
      "Correo: carolina.mendez.co@gmail.com",
      "Lima, 5 de diciembre de 2026",
  ])],
  procedure="reconsideracion", notified=dt.date(2026, 11, 16),
  fields={"motivo": "adjunto como nueva prueba la certificación de la Unidad para las Víctimas",
          "nombres": "Carolina Méndez Arango", "nacionalidad": "CO", "documento_identidad": "AW556677",
          "telefono": "+51907556223", "correo": "carolina.mendez.co@gmail.com"})

M(slug="cambio-clave-por-asunto-vago", mailbox=SOL, frm=("Yeferson", "yefersonj.rojas@gmail.com"),
  subject="Ayuda", received=L(2026, 10, 12, 13, 22, 0),
  body="""buenas tardes necesito el cambio de clave y contraseña del sistema de refugiados porque el usuario me dice que la clave es incorrecta y ya la cambie 3 veces.

yeferson jose rojas lugo
v 24.990.120
9 8811 2233
""",
  procedure="cambio_clave",
  fields={"nombres": "yeferson jose rojas lugo", "documento_identidad": "V24990120", "telefono": "+51988112233",
          "correo": "yefersonj.rojas@gmail.com"})

M(slug="prorroga-varios-buzones-fin-de-semana", mailbox=REF, to=[SOL, MDP, REF],
  frm=("Chepe", "josegregorio.castillo@gmail.com"),
  subject="Prórroga de residencia / renovación anual", received=L(2026, 10, 11, 9, 45, 0),
  body="""Buenos días, mando a los tres correos porque no sé cuál es el correcto.

Solicito la prórroga de residencia anual.
- José Gregorio Castillo Pérez
- Género: masculino
- Nacionalidad: venezolana
- CI: V-7.654.321
- Carné de extranjería N° 000345678
- F. de nacimiento: 19/03/1966
- Celular: +51 999 100 200

Gracias. Chepe
""",
  procedure="prorroga_residencia",
  fields={"nombres": "José Gregorio Castillo Pérez", "sexo": "M", "nacionalidad": "VE",
          "documento_identidad": "V7654321", "carne_extranjeria": "000345678", "fecha_nacimiento": "1966-03-19",
          "telefono": "+51999100200", "correo": "josegregorio.castillo@gmail.com"})

# ---------------------------------------------------------------- build


def sig_status(atts):
    kinds = [a[1] for a in atts]
    if "signed" in kinds:
        return "valid"
    if "altered" in kinds:
        return "invalid"
    if any(k in ("jpg", "png", "scan_pdf", "text_img_pdf") for k in kinds):
        return "manuscrita"
    return "absent"


def make_attachment(att):
    name, kind, lines = att[0], att[1], att[2]
    if kind == "text_pdf":
        return name, "application/pdf", text_pdf(lines)
    if kind == "text_img_pdf":
        return name, "application/pdf", text_pdf(lines, sig_image=True)
    if kind == "scan_pdf":
        return name, "application/pdf", scan_pdf(lines)
    if kind == "signed":
        data = signed_pdf(lines, att[3])
        assert sig_check(data) == [True], name
        return name, "application/pdf", data
    if kind == "altered":
        data = altered_pdf(lines, att[3], att[4], att[5])
        assert sig_check(data) == [False], name
        return name, "application/pdf", data
    if kind == "jpg":
        return name, "image/jpeg", scan_image(lines, "JPEG")
    raise ValueError(kind)


def received_header(m, hop_from, when):
    host = rng.choice(["mail-sor-f41.google.com", "mail-yw1-f172.google.com", "mail-ej1-f54.google.com",
                       "mail-oi1-f180.google.com"])
    if "hotmail" in hop_from or "outlook" in hop_from:
        host = "mail-bn8nam12olkn2081.outbound.protection.outlook.com"
    if "yahoo" in hop_from:
        host = "sonic301-21.consmr.mail.bf2.yahoo.com"
    if hop_from.lower().endswith("rree.gob.pe"):
        host = "mbx02.rree.gob.pe"
    if hop_from.endswith(".pe") and "rree" not in hop_from:
        host = "mail." + hop_from.split("@")[1]
    qid = "".join(rng.choice("0123456789ABCDEF") for _ in range(11))
    stamp = when.astimezone(dt.timezone.utc) if m.get("utc_received") else when
    return (f"from {host} ({host} [209.85.{rng.randint(128, 250)}.{rng.randint(2, 250)}]) "
            f"by mx1.rree.gob.pe (Postfix) with ESMTPS id {qid} for <{m['mailbox']}>; "
            f"{format_datetime(stamp)}")


def build_bounce(m):
    import email
    raw = (
        'MIME-Version: 1.0\n'
        'Content-Type: multipart/report; report-type=delivery-status; boundary="=_bounce_r10_4471"\n'
        '\n'
        'This is a MIME-encapsulated message.\n'
        '\n'
        '--=_bounce_r10_4471\n'
        'Content-Type: text/plain; charset=us-ascii\n'
        '\n'
        'Delivery has failed to these recipients or groups:\n'
        '\n'
        'yessica.m.camacaro@gmial.com\n'
        'The recipient\'s e-mail address was not found in the recipient\'s e-mail system.\n'
        '\n'
        '--=_bounce_r10_4471\n'
        'Content-Type: message/delivery-status\n'
        '\n'
        'Reporting-MTA: dns; mx1.rree.gob.pe\n'
        'Arrival-Date: Sat, 10 Oct 2026 09:11:02 -0500\n'
        '\n'
        'Final-Recipient: rfc822; yessica.m.camacaro@gmial.com\n'
        'Action: failed\n'
        'Status: 5.1.1\n'
        'Diagnostic-Code: smtp; 550 5.1.1 <yessica.m.camacaro@gmial.com>: Recipient address rejected\n'
        '\n'
        '--=_bounce_r10_4471\n'
        'Content-Type: text/rfc822-headers\n'
        '\n'
        'From: solicitantesrefugio@rree.gob.pe\n'
        'To: yessica.m.camacaro@gmial.com\n'
        'Subject: Cambio de clave y contrasena\n'
        'Date: Sat, 10 Oct 2026 09:11:02 -0500\n'
        '\n'
        '--=_bounce_r10_4471--\n'
    )
    return email.message_from_string(raw)


def build_message(i, m):
    atts = [make_attachment(a) for a in m.get("attachments", [])]
    if m.get("bounce"):
        msg = build_bounce(m)
    elif atts:
        msg = MIMEMultipart("mixed")
        if "html" in m:
            msg.attach(MIMEText(m["html"], "html", "utf-8"))
        else:
            msg.attach(MIMEText(m["body"], "plain", "utf-8"))
        for name, ctype, data in atts:
            maintype, subtype = ctype.split("/")
            part = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
            part.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(part)
    elif "html" in m:
        msg = MIMEText(m["html"], "html", "utf-8")
    else:
        msg = MIMEText(m["body"], "plain", "utf-8")

    recv = m["received"]
    sent = recv - dt.timedelta(seconds=rng.randint(4, 95))
    display, addr = m["frm"]
    # sender's clock: some Venezuelan (-04:00), some UTC, most Lima
    tzc = rng.choice([LIMA, LIMA, dt.timezone(dt.timedelta(hours=-4)), dt.timezone.utc])
    dom = addr.split("@")[1]
    top = [
        ("Delivered-To", m["mailbox"]),
        ("Received", received_header(m, addr, recv)),
        ("Received", f"by 2002:a05:6a10:{rng.randint(4096, 65535):x} with SMTP id x{rng.randint(10**6, 10**7)}; "
                     f"{format_datetime(sent.astimezone(dt.timezone.utc))}"),
        ("Date", format_datetime(sent.astimezone(tzc))),
        ("From", formataddr((display, addr), charset="utf-8")),
        ("To", ", ".join(m.get("to", [m["mailbox"]]))),
        ("Subject", m["subject"] if m["subject"].isascii() else Header(m["subject"], "utf-8")),
        ("Message-ID", f"<{hashlib.sha1((m['slug'] + str(i)).encode()).hexdigest()[:20]}.r10@{dom}>"),
    ]
    top += list(m.get("extra", {}).items())
    existing = list(msg.items())
    for k in set(msg.keys()):
        del msg[k]
    for k, v in top:
        msg[k] = v
    if not any(k.lower() == "mime-version" for k, _ in existing):
        msg["MIME-Version"] = "1.0"
    for k, v in existing:
        msg[k] = v
    return msg, atts


def label(i, m, fname, atts):
    proc = m["procedure"]
    recv = m["received"]
    fdate = filing_day(recv)
    ign = m.get("ignorado", False)
    fields = dict(m["fields"])
    needs_firma = proc in REQ and "firma" in REQ[proc]
    status = sig_status(m.get("attachments", [])) if needs_firma else "not_required"
    denuncia = any("denuncia" in a[0].lower() or any("denuncia" in ln.lower() for ln in a[2])
                   for a in m.get("attachments", []))
    missing, flags = [], []
    if ign:
        outcome = "ignorado"
    elif proc is None:
        outcome = "triage"
    elif HOME[proc] == "portal":
        outcome = "portal"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        refugee = m.get("refugee", "carne_extranjeria" in fields)
        for r in REQ[proc]:
            if r == "firma":
                if status in ("invalid", "absent"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not denuncia:
                    missing.append(r)
            elif r.endswith("*"):
                if refugee and r[:-1] not in fields:
                    missing.append(r[:-1])
            elif r not in fields:
                missing.append(r)
        if missing:
            outcome = "subsanar"
        elif proc in RECURSOS:
            outcome = "cargo"
        else:
            outcome = "acuse"
    if outcome not in ("ignorado", "portal", "triage"):
        if HOME[proc] != m["mailbox"]:
            flags.append("derivado")
        if proc in RECURSOS and m.get("notified"):
            if fdate > add_business(m["notified"], 15):
                flags.append("extemporaneo")
        if needs_firma and status == "manuscrita":
            flags.append("verificar_firma")
    if outcome == "subsanar":
        due = add_business(fdate, 2)
    elif outcome in ("acuse", "cargo"):
        due = add_business(fdate, PLAZO[proc])
    else:
        due = None
    return {"file": fname, "mailbox": m["mailbox"], "received": recv.isoformat(), "procedure": proc,
            "fields": fields, "missing": missing, "signature": status, "outcome": outcome, "flags": flags,
            "filing_date": fdate.isoformat(), "due_date": due.isoformat() if due else None}


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = []
    MSGS.sort(key=lambda m: m["received"])
    for i, m in enumerate(MSGS, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        msg, atts = build_message(i, m)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(msg.as_bytes())
        out.append(label(i, m, fname, atts))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "messages")


if __name__ == "__main__":
    main()
