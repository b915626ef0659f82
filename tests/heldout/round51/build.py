#!/usr/bin/env python3
"""Round 51: a month (December 2026) of mail to the three CEPR mailboxes.

Writes NNN-slug.eml, labels.jsonl and config.toml into this folder.
Run with the r51 venv:  /work/rounds/.venv-r51/bin/python build.py
Labels are written by hand per message; the script recomputes missing, signature,
outcome, flags and the dates from INTAKE.md's rules and refuses to write if the
hand labels disagree, and checks that every labelled value is really in the text.
"""
import datetime as dt
import email
import email.policy
import glob
import hashlib
import io
import json
import logging
import os
import random
import re
import unicodedata
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.validation import validate_pdf_signature

logging.disable(logging.CRITICAL)
OUT = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
random.seed(51)

# ----------------------------------------------------------------------------
# calendar (must match config.toml written below)
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = [dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 24),
               dt.date(2026, 12, 31)]
PE = holidays.country_holidays("PE", years=[2026, 2027])


def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


def filing_day(received):
    d = received.date()
    if is_bd(d) and (OFFICE_CLOSE is None or received.time() < OFFICE_CLOSE):
        return d
    return next_bd(d)


# hand checks of the calendar functions
assert filing_day(dt.datetime(2026, 12, 5, 11, 0)) == dt.date(2026, 12, 10)  # Sat; 7 nw, 8-9 hol
assert filing_day(dt.datetime(2026, 12, 21, 18, 12)) == dt.date(2026, 12, 22)
assert filing_day(dt.datetime(2026, 12, 4, 16, 20)) == dt.date(2026, 12, 4)
assert filing_day(dt.datetime(2026, 12, 31, 19, 30)) == dt.date(2027, 1, 4)
assert add_bd(dt.date(2026, 12, 22), 2) == dt.date(2026, 12, 28)  # 24 nw, 25 hol
assert add_bd(dt.date(2026, 11, 25), 15) == dt.date(2026, 12, 21)
assert add_bd(dt.date(2026, 12, 18), 5) == dt.date(2026, 12, 29)

# ----------------------------------------------------------------------------
# procedures (INTAKE.md section 1)
MBX = {"S": "solicitantesrefugio@rree.gob.pe", "P": "mesadepartes@rree.gob.pe",
       "R": "refugiados@rree.gob.pe"}
INSTITUTIONAL = set(MBX.values())
PROC = {
    "solicitud_refugio": (None, [], None),
    "autorizacion_trabajo": (None, [], None),
    "entrevista_registro": (None, [], None),
    "carne_solicitante": ("S", [], None),
    "actualizacion_datos": ("S", ["nombres", "nacionalidad", "documento_identidad",
                                  "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": ("S", ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": ("P", ["firma", "motivo", "nombres", "documento_identidad",
                              "telefono", "correo"], 15),
    "apelacion": ("P", ["firma", "motivo", "nombres", "documento_identidad", "telefono",
                        "correo"], 30),
    "renuncia": ("P", ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad",
                       "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": ("R", ["nombres", "sexo", "nacionalidad", "documento_identidad",
                                  "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": ("R", ["denuncia_policial", "nombres", "sexo",
                                          "nacionalidad", "documento_identidad",
                                          "carne_extranjeria", "fecha_nacimiento",
                                          "telefono"], 15),
    "autorizacion_viaje": ("R", ["firma", "motivo", "destino", "fecha_salida",
                                 "fecha_retorno", "nombres", "carne_extranjeria",
                                 "telefono"], 5),
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}

# ----------------------------------------------------------------------------
# documents
FONT_HAND = "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf"
_keys = {}


def cert_for(name):
    if name in _keys:
        return _keys[name]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subj = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=1825))
            .sign(key, hashes.SHA256()))
    d = "/tmp/r51-keys"
    os.makedirs(d, exist_ok=True)
    slug = re.sub(r"\W", "", name)
    kp, cp = f"{d}/{slug}.key", f"{d}/{slug}.crt"
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    _keys[name] = signers.SimpleSigner.load(kp, cp)
    return _keys[name]


def scribble_png(seed, w=360, h=110):
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(img)
    x, y = 15, h // 2
    pts = []
    for i in range(40):
        x += rnd.randint(4, 12)
        y = max(10, min(h - 10, y + rnd.randint(-22, 22)))
        pts.append((x, y))
    dr.line(pts, fill=(20, 30, 110), width=3)
    dr.line([(20, h - 18), (w - 30, h - 24)], fill=(20, 30, 110), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def text_pdf(lines, sig_image=None, compress=True):
    pdf = FPDF()
    pdf.set_compression(compress)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if sig_image:
        pdf.ln(4)
        pdf.image(io.BytesIO(sig_image), w=60)
    return bytes(pdf.output())


def letter_image(lines, seed, fmt="JPEG"):
    """A photographed / scanned handwritten letter: pixels only."""
    img = Image.new("RGB", (1240, 1754), (246, 244, 236))
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_HAND, 34)
    y = 120
    for ln in lines:
        dr.text((110, y), ln, fill=(25, 25, 60), font=font)
        y += 58
    sig = Image.open(io.BytesIO(scribble_png(seed)))
    img.paste(sig, (600, y + 40))
    img = img.rotate(0.7, fillcolor=(246, 244, 236))
    buf = io.BytesIO()
    img.save(buf, fmt, quality=80)
    return buf.getvalue()


def scanned_pdf(lines, seed):
    jpg = letter_image(lines, seed)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210)
    return bytes(pdf.output())


def sign(pdf_bytes, signer_name):
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf_bytes)),
                     signers.PdfSignatureMetadata(field_name="Firma1",
                                                  reason="Firma del recurso",
                                                  location="Lima"),
                     signer=cert_for(signer_name), output=out)
    return out.getvalue()


def sig_intact(pdf_bytes):
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    if not r.embedded_signatures:
        return None
    return validate_pdf_signature(r.embedded_signatures[0]).intact


def pdf_text(pdf_bytes):
    return "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf_bytes)).pages)


def pdf_has_image(pdf_bytes):
    r = PdfReader(io.BytesIO(pdf_bytes))
    return any(len(p.images) for p in r.pages)


# attachment constructors: each returns dict(kind, filename, data, mime)
def A_signed(filename, lines, signer):
    return dict(kind="signed", filename=filename, mime="application/pdf",
                data=sign(text_pdf(lines), signer))


def A_tampered(filename, lines, signer, old, new):
    assert len(old) == len(new)
    signed = sign(text_pdf(lines, compress=False), signer)
    o, n = old.encode("latin-1"), new.encode("latin-1")
    assert o in signed, old
    return dict(kind="tampered", filename=filename, mime="application/pdf",
                data=signed.replace(o, n, 1))


def A_text(filename, lines):
    return dict(kind="text_pdf", filename=filename, mime="application/pdf",
                data=text_pdf(lines))


def A_text_sigimg(filename, lines, seed):
    return dict(kind="text_pdf_img", filename=filename, mime="application/pdf",
                data=text_pdf(lines, sig_image=scribble_png(seed)))


def A_scan(filename, lines, seed):
    return dict(kind="scan_pdf", filename=filename, mime="application/pdf",
                data=scanned_pdf(lines, seed))


def A_jpg(filename, lines, seed):
    return dict(kind="image", filename=filename, mime="image/jpeg",
                data=letter_image(lines, seed))


def firma_status(atts):
    """INTAKE.md section 3, verified on the real bytes."""
    st = set()
    for a in atts:
        if a["mime"] == "application/pdf":
            intact = sig_intact(a["data"])
            if intact is True:
                st.add("valid")
            elif intact is False:
                st.add("invalid")
            elif not pdf_text(a["data"]).strip() or pdf_has_image(a["data"]):
                st.add("manuscrita")
        elif a["mime"].startswith("image/"):
            st.add("manuscrita")
    for s in ("valid", "invalid", "manuscrita"):
        if s in st:
            return s
    return "absent"


def has_denuncia(atts):
    for a in atts:
        if "denuncia" in a["filename"].lower():
            return True
        if a["mime"] == "application/pdf" and "denuncia" in pdf_text(a["data"]).lower():
            return True
    return False


# ----------------------------------------------------------------------------
MESSAGES = []


def M(slug, *, mbx, frm, subject, received, proc, fields, missing, outcome,
      text=None, html=None, atts=(), to=None, cc=None, delivered=True, flags=(),
      recognised=False, notified=None, date_delta=None, sender_tz=None,
      received_utc=False, headers=(), charset=None, raw=None, ignorado=False):
    MESSAGES.append(dict(locals()))


def R(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)


# ============================================================================
# The messages, in file order.  Dates: December 2026 (a month of real mail).
# ============================================================================

# 001 ---------------------------------------------------------------------------
M("actualizacion-datos-lista", mbx="S",
  frm="Yus Pérez <yusmaryperez@hotmail.com>",
  subject="Actualización de datos",
  received=R(2026, 12, 1, 9, 12, 44),
  text="""Buenos días señores de la Comisión,

Por medio del presente solicito la actualización de mis datos de contacto.

Nombres y Apellidos: Yusmary Carolina Pérez Briceño
Nacionalidad: Venezolana
Cédula: V-24.871.305
Teléfono nuevo: 987 452 118
Correo nuevo: yusmary.perez92@gmail.com
Dirección: Av. Próceres de la Independencia 2140, San Juan de Lurigancho

Quedo atenta, muchas gracias.
Yusmary
""",
  proc="actualizacion_datos",
  fields={"nombres": "Yusmary Carolina Pérez Briceño", "nacionalidad": "VE",
          "documento_identidad": "V24871305", "telefono": "+51987452118",
          "correo": "yusmary.perez92@gmail.com"},
  missing=[], outcome="acuse")

# 002 ---------------------------------------------------------------------------
M("actualizacion-refugiado-sin-ce", mbx="S",
  frm="Hernan Cifuentes <hernan.cifuentes.mora@gmail.com>",
  subject="actualizacion de datos - Hernan Cifuentes",
  received=R(2026, 12, 2, 17, 5, 10),
  text="""buenas tardes

les escribo para actualizar mis datos. soy refugiado reconocido desde el 2021, mi nombre es Hernan Dario Cifuentes Mora, de nacionalidad colombiana, cedula de ciudadania 80.456.123. Mi numero de celular ahora es el 951 203 447 y vivo en Jr. Huallaga 455 dpto 302, Cercado de Lima. El correo sigue siendo el mismo

gracias, que tengan buena tarde
""",
  proc="actualizacion_datos", recognised=True,
  fields={"nombres": "Hernan Dario Cifuentes Mora", "nacionalidad": "CO",
          "documento_identidad": "80456123", "telefono": "+51951203447"},
  missing=["carne_extranjeria"], outcome="subsanar")

# 003 ---------------------------------------------------------------------------
M("update-contact-english-mesa", mbx="P",
  frm="Emmanuel Ngwa <e.ngwa@outlook.com>",
  subject="Actualizacion de datos / update of contact details",
  received=R(2026, 12, 5, 11, 20, 3),
  text="""Dear Sir/Madam,

I am a recognised refugee in Peru and I would like to update my contact details in your records. Please find my information below:

Full name: Emmanuel Fon Ngwa
Nationality: Cameroonian
Passport No.: AA0456712
Foreigner ID card (Carné de Extranjería) No.: 000874512
New phone number: +51 944 118 203
E-mail: e.ngwa@outlook.com
New address: Calle Los Pinos 118, Miraflores, Lima

Thank you in advance for your help.

Kind regards,
Emmanuel F. Ngwa
""",
  proc="actualizacion_datos", recognised=True,
  fields={"nombres": "Emmanuel Fon Ngwa", "nacionalidad": "CM",
          "documento_identidad": "AA0456712", "carne_extranjeria": "000874512",
          "telefono": "+51944118203", "correo": "e.ngwa@outlook.com"},
  missing=[], outcome="acuse", flags=["derivado"])

# 004 ---------------------------------------------------------------------------
M("actualizacion-hija-por-su-madre", mbx="S",
  frm="Lisandra Quesada <lisandra.quesada93@gmail.com>",
  subject="Actualizacion de datos de mi mamá",
  received=R(2026, 12, 14, 8, 3, 51),
  text="""Buenos días.

Mi nombre es Lisandra Quesada Ortiz, carnet de identidad cubano 93041512367, y les escribo en nombre de mi mamá, que es solicitante de refugio y no maneja bien el correo. Necesitamos actualizar sus datos de contacto.

Datos de mi mamá:
- Nombre completo: Mercedes Ortiz Valdés
- Nacionalidad: cubana
- Carnet de identidad: 58111209876
- Teléfono de contacto: ella no tiene celular propio, pueden llamar al mío 912 334 587
- Correo: merceortiz1958@gmail.com

Muchas gracias por la atención.
Lisandra
""",
  proc="actualizacion_datos",
  fields={"nombres": "Mercedes Ortiz Valdés", "nacionalidad": "CU",
          "documento_identidad": "58111209876", "telefono": "+51912334587",
          "correo": "merceortiz1958@gmail.com"},
  missing=[], outcome="acuse")

# 005 ---------------------------------------------------------------------------
M("cambio-clave-una-linea", mbx="S",
  frm="JM <jose.m.hdz@gmail.com>",
  subject="cambio de clave",
  received=R(2026, 12, 3, 22, 47, 30),
  text="""buenas noches necesito cambio de clave del sistema de refugiados. Jose Manuel Hernandez Rivas pasaporte 157893042 cel 9 8765 4321 gracias

Enviado desde mi iPhone
""",
  proc="cambio_clave",
  fields={"nombres": "Jose Manuel Hernandez Rivas", "documento_identidad": "157893042",
          "telefono": "+51987654321"},
  missing=[], outcome="acuse")

# 006 ---------------------------------------------------------------------------
M("cambio-contrasena-outlook-tabla", mbx="R",
  frm='"Guamán Chicaiza, Verónica" <vguaman@constructoraandina.com.pe>',
  subject="Cambio de contraseña",
  received=R(2026, 12, 10, 10, 40, 12),
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="ES-PE" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Estimados se&ntilde;ores:</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Solicito el cambio de clave y contrase&ntilde;a de mi usuario en el Sistema de Refugiados. Adjunto mis datos:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="220" style="border:solid windowtext 1.0pt"><p class="MsoNormal"><b>Nombres y apellidos</b></p></td>
<td width="300" style="border:solid windowtext 1.0pt"><p class="MsoNormal">Ver&oacute;nica Alexandra Guam&aacute;n Chicaiza</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt"><p class="MsoNormal"><b>Nacionalidad</b></p></td>
<td style="border:solid windowtext 1.0pt"><p class="MsoNormal">Ecuatoriana</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt"><p class="MsoNormal"><b>C&eacute;dula de identidad</b></p></td>
<td style="border:solid windowtext 1.0pt"><p class="MsoNormal">171824503-6</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt"><p class="MsoNormal"><b>Tel&eacute;fono de contacto</b></p></td>
<td style="border:solid windowtext 1.0pt"><p class="MsoNormal">(01) 471-2390</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt"><p class="MsoNormal"><b>Correo electr&oacute;nico personal</b></p></td>
<td style="border:solid windowtext 1.0pt"><p class="MsoNormal"><a href="mailto:vguaman.ch@yahoo.com">vguaman.ch@yahoo.com</a></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Gracias.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#1F3864">Ver&oacute;nica Guam&aacute;n Chicaiza</span></b><br>
<span style="color:#1F3864">Asistente Administrativa | Constructora Andina S.A.C.</span><br>
<span style="color:#1F3864">Av. Javier Prado Este 4200, Santiago de Surco</span></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso exclusivo del destinatario.</span></p>
</div></body></html>
""",
  proc="cambio_clave",
  fields={"nombres": "Verónica Alexandra Guamán Chicaiza", "nacionalidad": "EC",
          "documento_identidad": "1718245036", "telefono": "+5114712390",
          "correo": "vguaman.ch@yahoo.com"},
  missing=[], outcome="acuse", flags=["derivado"])

# 007 ---------------------------------------------------------------------------
M("cambio-clave-portugues-sin-telefono", mbx="S",
  frm="Domingos Kiala <domingos.kiala@gmail.com>",
  subject="Cambio de clave y contraseña",
  received=R(2026, 12, 11, 16, 45, 20),
  text="""Bom dia,

Venho por meio deste solicitar a mudança da minha senha (clave) no Sistema de Refugiados.

Nome completo: Domingos Kiala Mbemba
Nacionalidade: angolana
Passaporte: N2098765
E-mail: domingos.kiala@gmail.com

Agradeço desde já.
Domingos
""",
  proc="cambio_clave",
  fields={"nombres": "Domingos Kiala Mbemba", "nacionalidad": "AO",
          "documento_identidad": "N2098765", "correo": "domingos.kiala@gmail.com"},
  missing=["telefono"], outcome="subsanar")

# 008 ---------------------------------------------------------------------------
M("re-cambio-clave-respuesta", mbx="S",
  frm="Rosangela Tovar <rosangelatovar@gmail.com>",
  subject="RE: Cambio de clave y contraseña",
  received=R(2026, 12, 1, 14, 3, 27),
  text="""Buenas tardes, envío lo solicitado:

Nombre: Rosangela Del Valle Tovar Guzmán
Nacionalidad: venezolana
Pasaporte: 108765432
Teléfono: +51 923 556 781
Correo: rosangelatovar@gmail.com

Saludos

El lun, 30 nov 2026 a las 11:02, Solicitantes Refugio (<solicitantesrefugio@rree.gob.pe>) escribió:
> Estimada usuaria:
> Para atender su pedido de cambio de clave y contraseña, sírvase remitir sus nombres
> y apellidos completos, número de pasaporte o cédula, teléfono de contacto y correo
> electrónico.
> Atentamente,
> Secretaría Ejecutiva - CEPR
""",
  proc="cambio_clave",
  fields={"nombres": "Rosangela Del Valle Tovar Guzmán", "nacionalidad": "VE",
          "documento_identidad": "108765432", "telefono": "+51923556781",
          "correo": "rosangelatovar@gmail.com"},
  missing=[], outcome="acuse")

# 009 ---------------------------------------------------------------------------
M("reconsideracion-datos-solo-en-pdf", mbx="P",
  frm="Wilmer Castillo <wilmer.castillo.a@gmail.com>",
  subject="Recurso de Reconsideración",
  received=R(2026, 12, 4, 9, 30, 5),
  text="""Buenos días, adjunto mi recurso de reconsideración firmado digitalmente. Quedo atento a su confirmación.

Wilmer
""",
  atts=[A_signed("Recurso_reconsideracion_Castillo.pdf", [
      "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
      "Asunto: Recurso de Reconsideración", "",
      "Yo, Wilmer Antonio Castillo Araujo, de nacionalidad venezolana, identificado con "
      "pasaporte N° 145236987, con domicilio en Calle Las Begonias 330, Los Olivos, ante "
      "ustedes me presento y digo:", "",
      "Que interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución N° 04512-2026/CEPR-SE, "
      "que me fue notificada el 20 de noviembre de 2026, por la cual se deniega mi solicitud.", "",
      "MOTIVO: La resolución no tomó en cuenta la denuncia que presenté ante la Fiscalía por "
      "las amenazas del colectivo armado de mi sector, ni las constancias médicas de las "
      "lesiones sufridas. Adjunto como nueva prueba la copia certificada de dicha denuncia.", "",
      "Para notificaciones: teléfono 986 321 745, correo wilmer.castillo.a@gmail.com", "",
      "Lima, 3 de diciembre de 2026", "",
      "Wilmer Antonio Castillo Araujo"], "Wilmer Antonio Castillo Araujo")],
  proc="reconsideracion", notified=dt.date(2026, 11, 20),
  fields={"nombres": "Wilmer Antonio Castillo Araujo", "nacionalidad": "VE",
          "documento_identidad": "145236987", "telefono": "+51986321745",
          "correo": "wilmer.castillo.a@gmail.com",
          "motivo": "La resolución no tomó en cuenta la denuncia que presenté ante la Fiscalía por las amenazas del colectivo armado de mi sector"},
  missing=[], outcome="cargo")

# 010 ---------------------------------------------------------------------------
M("reconsideracion-escaneada-extemporanea", mbx="P",
  frm="Keila Mota <keilamota@hotmail.com>",
  subject="RECURSO DE RECONSIDERACION - KEILA MOTA",
  received=R(2026, 12, 2, 10, 15, 40),
  text="""Señores CEPR

Adjunto escaneado mi recurso de reconsideración firmado a mano. Mis datos:

NOMBRES: KEILA ANDREINA MOTA SALAS
CEDULA: V-19.654.210
EXPEDIENTE: 2024-00875
TELEFONO: +51 940 117 562
CORREO: keilamota@hotmail.com

La resolución me fue notificada con fecha 22/10/2026. Sé que pasó el plazo pero estuve hospitalizada y no pude presentarlo antes.

MOTIVO: no estoy de acuerdo con la denegatoria porque en la entrevista no hubo intérprete adecuado y no se consideró la persecución que sufrí por ser dirigente vecinal. Pido se revise nuevamente mi caso.

Atentamente
Keila Mota
""",
  atts=[A_scan("reconsideracion_escaneada.pdf", [
      "Lima, 1 de diciembre de 2026", "",
      "Señores CEPR", "Recurso de Reconsideración", "",
      "Keila Andreina Mota Salas", "V-19.654.210", "",
      "no estoy de acuerdo con la denegatoria porque", "en la entrevista no hubo intérprete adecuado",
      "y no se consideró la persecución que sufrí", "por ser dirigente vecinal."], 10)],
  proc="reconsideracion", notified=dt.date(2026, 10, 22),
  fields={"nombres": "KEILA ANDREINA MOTA SALAS", "documento_identidad": "V19654210",
          "telefono": "+51940117562", "correo": "keilamota@hotmail.com",
          "motivo": "no estoy de acuerdo con la denegatoria porque en la entrevista no hubo intérprete adecuado"},
  missing=[], outcome="cargo", flags=["verificar_firma", "extemporaneo"])

# 011 ---------------------------------------------------------------------------
M("reconsideracion-abogada-formal", mbx="P",
  frm="Dra. Patricia Salinas Vega <psalinas@salinasabogados.pe>",
  to="Mesa de Partes RREE <mesadepartes@rree.gob.pe>",
  cc="Asistente Legal <asistente@salinasabogados.pe>",
  subject="Recurso de Reconsideración - Jhon Freddy Arboleda Quiñones",
  received=R(2026, 12, 18, 15, 55, 2),
  text="""Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores
Presente.-

PATRICIA SALINAS VEGA, abogada, con Registro CAL N° 45872, identificada con DNI N° 40123789, en representación de don JHON FREDDY ARBOLEDA QUIÑONES, de nacionalidad colombiana, identificado con Cédula de Ciudadanía N° 1.087.456.321, me dirijo a ustedes para interponer RECURSO DE RECONSIDERACIÓN contra la Resolución N° 05120-2026/CEPR-SE, notificada a mi patrocinado el 27 de noviembre de 2026.

Fundamento el recurso en que la Resolución no valoró la nueva prueba ofrecida: el informe de la Defensoría del Pueblo de Colombia sobre el reclutamiento forzado en el municipio de Tumaco, del que fue víctima el hermano menor de mi patrocinado, y las amenazas posteriores contra toda la familia.

Datos de contacto del recurrente: celular 963 258 147.
Notificaciones al correo de esta defensa.

Adjunto el escrito firmado digitalmente.

Atentamente,

Patricia Salinas Vega
Abogada - Salinas & Asociados
Av. Arequipa 2450, of. 804, Lince
Tel. (01) 442-7788
psalinas@salinasabogados.pe
""",
  atts=[A_signed("Reconsideracion_Arboleda_firmado.pdf", [
      "SUMILLA: Interpone Recurso de Reconsideración", "",
      "Señores de la Comisión Especial para los Refugiados:", "",
      "PATRICIA SALINAS VEGA, abogada, Reg. CAL N° 45872, en representación de JHON FREDDY "
      "ARBOLEDA QUIÑONES, de nacionalidad colombiana, C.C. N° 1.087.456.321, interpongo "
      "recurso de reconsideración contra la Resolución N° 05120-2026/CEPR-SE.", "",
      "FUNDAMENTOS: la Resolución no valoró la nueva prueba ofrecida, el informe de la "
      "Defensoría del Pueblo de Colombia sobre el reclutamiento forzado en Tumaco.", "",
      "Lima, 18 de diciembre de 2026", "", "Patricia Salinas Vega - Abogada"],
      "Patricia Salinas Vega")],
  proc="reconsideracion", notified=dt.date(2026, 11, 27),
  fields={"nombres": "JHON FREDDY ARBOLEDA QUIÑONES", "nacionalidad": "CO",
          "documento_identidad": "1087456321", "telefono": "+51963258147",
          "correo": "psalinas@salinasabogados.pe",
          "motivo": "la Resolución no valoró la nueva prueba ofrecida"},
  missing=[], outcome="cargo")

# 012 ---------------------------------------------------------------------------
M("reconsideration-francais-pdf-sans-signature", mbx="P",
  frm="Jean-Pierre Mbuyi <jpmbuyi@yahoo.fr>",
  subject="Recurso de reconsideración",
  received=R(2026, 12, 15, 11, 0, 45),
  text="""Madame, Monsieur,

Je vous adresse ci-joint mon recours en reconsidération contre la décision qui a rejeté ma demande de statut de réfugié. La décision m'a été notifiée le 05/11/2026.

Nom complet : Jean-Pierre Mbuyi Kalonji
Nationalité : congolaise (République démocratique du Congo)
Passeport n° : OP0345127
Téléphone : +51 975 330 216
Courriel : jpmbuyi@yahoo.fr

Motif : je n'ai pas pu présenter les preuves de mon engagement dans l'opposition à Kinshasa ; je joins maintenant la carte du parti et l'avis de recherche émis contre moi.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
Jean-Pierre Mbuyi Kalonji
""",
  atts=[A_text("recours_reconsideration.pdf", [
      "RECOURS EN RECONSIDERATION", "",
      "Je soussigné Jean-Pierre Mbuyi Kalonji, de nationalité congolaise (RDC), passeport "
      "n° OP0345127, forme un recours en reconsidération contre la décision de rejet.", "",
      "Motif : je n'ai pas pu présenter les preuves de mon engagement dans l'opposition à "
      "Kinshasa.", "",
      "Lima, le 14 décembre 2026", "Jean-Pierre Mbuyi Kalonji"])],
  proc="reconsideracion", notified=dt.date(2026, 11, 5),
  fields={"nombres": "Jean-Pierre Mbuyi Kalonji", "nacionalidad": "CD",
          "documento_identidad": "OP0345127", "telefono": "+51975330216",
          "correo": "jpmbuyi@yahoo.fr",
          "motivo": "je n'ai pas pu présenter les preuves de mon engagement dans l'opposition à Kinshasa"},
  missing=["firma"], outcome="subsanar", flags=["extemporaneo"])

# 013 ---------------------------------------------------------------------------
_ana_html = """<div dir="ltr"><div>Buenas tardes, estimados/as:</div><div><br></div>
<div>Les escribo desde el área legal de la Asociación Puentes de Acogida, que acompaña a la Sra. Ana Gabriela Rondón Piñango. En su nombre remitimos el recurso de apelación contra la Resolución N° 05333-2026/CEPR-SE, notificada el 1 de diciembre de 2026, que confirmó la denegatoria. El escrito adjunto está firmado digitalmente por ella.</div><div><br></div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:arial,sans-serif;font-size:13px">
<tbody>
<tr><td style="background:#eeeeee"><b>Nombres y apellidos</b></td><td>Ana Gabriela Rondón Piñango</td></tr>
<tr><td style="background:#eeeeee"><b>Nacionalidad</b></td><td>Venezolana</td></tr>
<tr><td style="background:#eeeeee"><b>Pasaporte</b></td><td>098745632</td></tr>
<tr><td style="background:#eeeeee"><b>Celular</b></td><td>+51 932 418 650</td></tr>
<tr><td style="background:#eeeeee"><b>Correo</b></td><td><a href="mailto:anagrondon@gmail.com">anagrondon@gmail.com</a></td></tr>
<tr><td style="background:#eeeeee"><b>Motivo de la apelación</b></td><td>La Comisión no valoró el informe psicológico que acredita la violencia de género sufrida ni la negativa de protección de la policía venezolana.</td></tr>
</tbody></table>
<div><br></div><div>Cualquier coordinación también puede hacerse conmigo.</div><div><br></div>
<div>-- <br><div dir="ltr"><b>Carla Benites Lozano</b><br>Coordinadora Legal – Asociación Puentes de Acogida<br>DNI 45896321 · Tel. 01 265 4789<br><a href="http://www.puentesdeacogida.org">www.puentesdeacogida.org</a></div></div></div>
"""
M("apelacion-ong-gmail-tabla", mbx="P",
  frm="Carla Benites <cbenites@puentesdeacogida.org>",
  cc="Ana Rondón <anagrondon@gmail.com>",
  subject="Recurso de Apelación - Ana Gabriela Rondón Piñango",
  received=R(2026, 12, 16, 12, 20, 18),
  text="""Buenas tardes, estimados/as:

Les escribo desde el área legal de la Asociación Puentes de Acogida, que acompaña a la Sra. Ana Gabriela Rondón Piñango. En su nombre remitimos el recurso de apelación contra la Resolución N° 05333-2026/CEPR-SE, notificada el 1 de diciembre de 2026, que confirmó la denegatoria. El escrito adjunto está firmado digitalmente por ella.

Nombres y apellidos	Ana Gabriela Rondón Piñango
Nacionalidad	Venezolana
Pasaporte	098745632
Celular	+51 932 418 650
Correo	anagrondon@gmail.com
Motivo de la apelación	La Comisión no valoró el informe psicológico que acredita la violencia de género sufrida ni la negativa de protección de la policía venezolana.

Cualquier coordinación también puede hacerse conmigo.

--
Carla Benites Lozano
Coordinadora Legal – Asociación Puentes de Acogida
DNI 45896321 · Tel. 01 265 4789
www.puentesdeacogida.org
""",
  html=_ana_html,
  atts=[A_signed("Apelacion_Rondon_Pinango.pdf", [
      "RECURSO DE APELACIÓN", "",
      "Yo, Ana Gabriela Rondón Piñango, venezolana, pasaporte N° 098745632, interpongo "
      "recurso de apelación contra la Resolución N° 05333-2026/CEPR-SE.", "",
      "Motivo: la Comisión no valoró el informe psicológico que acredita la violencia de "
      "género sufrida ni la negativa de protección de la policía venezolana.", "",
      "Celular +51 932 418 650 - anagrondon@gmail.com", "",
      "Lima, 15 de diciembre de 2026", "Ana Gabriela Rondón Piñango"],
      "Ana Gabriela Rondon Pinango")],
  proc="apelacion", notified=dt.date(2026, 12, 1),
  fields={"nombres": "Ana Gabriela Rondón Piñango", "nacionalidad": "VE",
          "documento_identidad": "098745632", "telefono": "+51932418650",
          "correo": "anagrondon@gmail.com",
          "motivo": "La Comisión no valoró el informe psicológico que acredita la violencia de género sufrida"},
  missing=[], outcome="cargo")

# 014 ---------------------------------------------------------------------------
M("apelacion-firma-alterada", mbx="P",
  frm="Luis Guerrero <luisalberto.guerrero@gmail.com>",
  subject="Recurso de apelacion",
  received=R(2026, 12, 17, 9, 5, 33),
  text="""Sres. Mesa de Partes:

Remito mi recurso de apelación firmado digitalmente con mi certificado.

Luis Alberto Guerrero Paz
C.I. V-17.908.455
telf. 958 336 201
correo luisalberto.guerrero@gmail.com

Fui notificado el 03/12/2026.
""",
  atts=[A_tampered("apelacion_guerrero_firmada.pdf", [
      "RECURSO DE APELACIÓN", "",
      "Luis Alberto Guerrero Paz, de nacionalidad venezolana, C.I. V-17.908.455, ante "
      "ustedes interpongo recurso de apelación contra la resolución que confirma la "
      "denegatoria de mi solicitud.", "",
      "Motivo: la resolución se basó en información desactualizada sobre la situación de "
      "mi estado de origen (Zulia) y no consideró la detención arbitraria que sufrí en 2024.", "",
      "Lima, 16 de diciembre de 2026", "Luis Alberto Guerrero Paz"],
      "Luis Alberto Guerrero Paz", "arbitraria", "arbitraris")],
  proc="apelacion", notified=dt.date(2026, 12, 3),
  fields={"nombres": "Luis Alberto Guerrero Paz", "nacionalidad": "VE",
          "documento_identidad": "V17908455", "telefono": "+51958336201",
          "correo": "luisalberto.guerrero@gmail.com",
          "motivo": "la resolución se basó en información desactualizada sobre la situación de mi estado de origen"},
  missing=["firma"], outcome="subsanar")

# 015 ---------------------------------------------------------------------------
M("apelacion-foto-buzon-refugiados", mbx="R",
  frm="Widlene Pierre-Louis <widlene.pl@gmail.com>",
  subject="Recurso de apelacion",
  received=R(2026, 12, 20, 19, 40, 10),
  text="""Buenas noche señor,

Yo soy Widlene Pierre-Louis, haitiana, pasaporte N° RD7845123. Yo mando mi apelación por la resolución que no me dio el refugio.
Motivo: en Haití las pandillas quemaron mi casa en Croix-des-Bouquets y mataron mi esposo, yo no puedo regresar, la comisión no creyó mi historia.

Mi teléfono: +51 929 441 076
correo: widlene.pl@gmail.com

Adjunto la carta firmada con foto.
Gracias
""",
  atts=[A_jpg("carta_apelacion.jpg", [
      "Lima 20 diciembre 2026", "Señores Comisión", "",
      "Yo Widlene Pierre-Louis presento apelación.", "las pandillas quemaron mi casa",
      "en Croix-des-Bouquets y mataron mi esposo."], 15)],
  proc="apelacion",
  fields={"nombres": "Widlene Pierre-Louis", "nacionalidad": "HT",
          "documento_identidad": "RD7845123", "telefono": "+51929441076",
          "correo": "widlene.pl@gmail.com",
          "motivo": "en Haití las pandillas quemaron mi casa en Croix-des-Bouquets y mataron mi esposo"},
  missing=[], outcome="cargo", flags=["derivado", "verificar_firma"])

# 016 ---------------------------------------------------------------------------
M("apelacion-ultimo-dia-despues-del-cierre", mbx="P",
  frm="Yeferson Linares <yefersonlinares@gmail.com>",
  subject="RECURSO DE APELACIÓN",
  received=R(2026, 12, 21, 18, 12, 40),
  text="""Buenas noches, sé que hoy es el último día del plazo, disculpen la hora. Adjunto mi recurso de apelación firmado con firma digital.

Yeferson José Linares Ochoa
V-27.145.906
+58 414 725 8963 (WhatsApp)
yefersonlinares@gmail.com
""",
  atts=[A_signed("RECURSO_APELACION_LINARES.pdf", [
      "SEÑORES COMISIÓN ESPECIAL PARA LOS REFUGIADOS", "",
      "Yeferson José Linares Ochoa, venezolano, cédula V-27.145.906, interpongo RECURSO DE "
      "APELACIÓN contra la Resolución N° 05288-2026/CEPR-SE, que me fue notificada el 25 de "
      "noviembre de 2026.", "",
      "MOTIVO: fui perseguido por haber denunciado públicamente la extorsión de funcionarios "
      "en la frontera de San Antonio del Táchira; la resolución no valoró los videos y "
      "declaraciones juradas que presenté.", "",
      "Contacto: +58 414 725 8963 / yefersonlinares@gmail.com", "",
      "Lima, 21 de diciembre de 2026", "Yeferson José Linares Ochoa"],
      "Yeferson Jose Linares Ochoa")],
  proc="apelacion", notified=dt.date(2026, 11, 25),
  fields={"nombres": "Yeferson José Linares Ochoa", "nacionalidad": "VE",
          "documento_identidad": "V27145906", "telefono": "+584147258963",
          "correo": "yefersonlinares@gmail.com",
          "motivo": "fui perseguido por haber denunciado públicamente la extorsión de funcionarios en la frontera"},
  missing=[], outcome="cargo", flags=["extemporaneo"])

# 017 ---------------------------------------------------------------------------
M("apelasyon-kreyol-sin-adjunto", mbx="P",
  frm="Jean Robert <jrdesir509@gmail.com>",
  subject="Recurso de Apelación",
  received=R(2026, 12, 22, 8, 30, 22),
  text="""Bonjou Mesye Dam,

Mwen rele Jean Robert Désir, mwen se ayisyen. Mwen voye apèl sa a kont desizyon komisyon an ki refize ban m estati refijye.

Rezon apèl la: mwen te resevwa menas lanmò nan katye Martissant pa gang yo, epi lapolis pa t ka pwoteje m. Komisyon an pa t konsidere prèv mwen te bay yo.

Mèsi anpil.
Jean Robert Désir
""",
  proc="apelacion",
  fields={"nombres": "Jean Robert Désir", "nacionalidad": "HT",
          "motivo": "mwen te resevwa menas lanmò nan katye Martissant pa gang yo"},
  missing=["firma", "documento_identidad", "telefono"], outcome="subsanar")

# 018 ---------------------------------------------------------------------------
M("renuncia-refugiada-firma-digital-feriado", mbx="P",
  frm="María Fernanda Ospina <mafe.ospina.g@gmail.com>",
  subject="Renuncia",
  received=R(2026, 12, 9, 10, 0, 15),
  text="""Buenos días,

Adjunto mi carta de renuncia a la condición de refugiada, firmada digitalmente. Soy refugiada reconocida.

Datos:
Nombre: María Fernanda Ospina Gallego
Nacionalidad: colombiana
C.C. 52.789.410
Carné de Extranjería: 112457893
Cel: +51 947 012 388
Motivo: regreso definitivo a Colombia; mi familia se reunificó en Medellín y la situación de riesgo que motivó mi salida ya cesó.

Atentamente,
María Fernanda
""",
  atts=[A_signed("carta_renuncia_Ospina.pdf", [
      "CARTA DE RENUNCIA A LA CONDICIÓN DE REFUGIADA", "",
      "Yo, María Fernanda Ospina Gallego, de nacionalidad colombiana, C.C. 52.789.410, "
      "Carné de Extranjería N° 112457893, renuncio a la condición de refugiada reconocida "
      "por el Estado peruano.", "",
      "Motivo: regreso definitivo a Colombia.", "",
      "Lima, 8 de diciembre de 2026", "María Fernanda Ospina Gallego"],
      "Maria Fernanda Ospina Gallego")],
  proc="renuncia", recognised=True,
  fields={"nombres": "María Fernanda Ospina Gallego", "nacionalidad": "CO",
          "documento_identidad": "52789410", "carne_extranjeria": "112457893",
          "telefono": "+51947012388", "correo": "mafe.ospina.g@gmail.com",
          "motivo": "regreso definitivo a Colombia"},
  missing=[], outcome="acuse")

# 019 ---------------------------------------------------------------------------
M("renuncia-solicitante-carta-foto", mbx="P",
  frm="Ronald Zambrano <ronaldzambrano.u@hotmail.com>",
  subject="renuncia al tramite de refugio",
  received=R(2026, 12, 4, 16, 20, 2), received_utc=True,
  text="""Señores Comisión Especial para los Refugiados:

Yo, Ronald Enrique Zambrano Useche, venezolano, pasaporte 136587412, solicitante de refugio, presento mi renuncia al trámite de mi solicitud. El motivo es que he decidido regresar a Venezuela con mi familia en enero.

Teléfono: 981 447 520

Adjunto la carta firmada (foto).

Gracias.
""",
  atts=[A_jpg("carta_renuncia.jpg", [
      "Lima, 4 de diciembre de 2026", "",
      "Yo Ronald Enrique Zambrano Useche", "renuncio al trámite de mi solicitud", "",
      "he decidido regresar a Venezuela con mi familia."], 19)],
  proc="renuncia",
  fields={"nombres": "Ronald Enrique Zambrano Useche", "nacionalidad": "VE",
          "documento_identidad": "136587412", "telefono": "+51981447520",
          "motivo": "he decidido regresar a Venezuela con mi familia en enero"},
  missing=[], outcome="acuse", flags=["verificar_firma"])

# 020 ---------------------------------------------------------------------------
M("renuncia-buzon-equivocado-pdf-sin-firma", mbx="S",
  frm="Yanelis Rodríguez <yanelisrc@gmail.com>",
  subject="RENUNCIA - Yanelis Rodríguez Cabrera",
  received=R(2026, 12, 29, 9, 45, 0),
  text="""Buen día,

Soy refugiada reconocida por el Perú desde 2022 y les comunico mi renuncia a la condición de refugiada. Adjunto la carta.

Saludos cordiales
""",
  atts=[A_text("Renuncia_Yanelis.pdf", [
      "Lima, 28 de diciembre de 2026", "",
      "Señores", "Comisión Especial para los Refugiados", "",
      "Yo, Yanelis Rodríguez Cabrera, de nacionalidad cubana, con pasaporte N° L458712, "
      "refugiada reconocida, presento mi RENUNCIA a la condición de refugiada.", "",
      "Motivo: me trasladaré a vivir a España con mi esposo, que tiene residencia allá.", "",
      "Teléfono: +51 958 774 021", "",
      "Yanelis Rodríguez Cabrera"])],
  proc="renuncia", recognised=True,
  fields={"nombres": "Yanelis Rodríguez Cabrera", "nacionalidad": "CU",
          "documento_identidad": "L458712", "telefono": "+51958774021",
          "motivo": "me trasladaré a vivir a España con mi esposo"},
  missing=["firma", "carne_extranjeria"], outcome="subsanar", flags=["derivado"])

# 021 ---------------------------------------------------------------------------
M("prorroga-residencia-lista", mbx="R",
  frm="Andrés Bracho <andresbracho.m@gmail.com>",
  subject="Prórroga de residencia",
  received=R(2026, 12, 1, 11, 15, 9),
  text="""Buenos días, solicito la prórroga anual de mi residencia como refugiado reconocido.

Nombres y Apellidos: Andrés Eloy Bracho Medina
Sexo: Masculino
Nacionalidad: Venezolana
N° de Pasaporte: 129874563
N° de Carné de Extranjería: 001458720
Fecha de nacimiento: 15 de marzo de 1990
Teléfono: 987-120-456

Gracias de antemano.
""",
  proc="prorroga_residencia",
  fields={"nombres": "Andrés Eloy Bracho Medina", "sexo": "M", "nacionalidad": "VE",
          "documento_identidad": "129874563", "carne_extranjeria": "001458720",
          "fecha_nacimiento": "1990-03-15", "telefono": "+51987120456"},
  missing=[], outcome="acuse")

# 022 ---------------------------------------------------------------------------
_lorena_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang="ES"><div class="WordSection1">
<p class="MsoNormal">Buenas tardes,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Por medio del presente solicito la pr&oacute;rroga de residencia anual. Mis datos:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">
<tr><td style="padding:2pt"><p class="MsoNormal">Nombre completo</p></td><td style="padding:2pt"><p class="MsoNormal">Lorena Patricia G&oacute;mez Arango</p></td></tr>
<tr><td style="padding:2pt"><p class="MsoNormal">Sexo</p></td><td style="padding:2pt"><p class="MsoNormal">Femenino</p></td></tr>
<tr><td style="padding:2pt"><p class="MsoNormal">Pa&iacute;s de nacionalidad</p></td><td style="padding:2pt"><p class="MsoNormal">Colombia</p></td></tr>
<tr><td style="padding:2pt"><p class="MsoNormal">C&eacute;dula de ciudadan&iacute;a</p></td><td style="padding:2pt"><p class="MsoNormal">1.036.458.209</p></td></tr>
<tr><td style="padding:2pt"><p class="MsoNormal">Carn&eacute; de extranjer&iacute;a</p></td><td style="padding:2pt"><p class="MsoNormal">214785690</p></td></tr>
<tr><td style="padding:2pt"><p class="MsoNormal">Fecha de nacimiento</p></td><td style="padding:2pt"><p class="MsoNormal">07/11/88</p></td></tr>
<tr><td style="padding:2pt"><p class="MsoNormal">Celular / WhatsApp</p></td><td style="padding:2pt"><p class="MsoNormal">+51 9 5114 7823</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cordialmente,</p>
<p class="MsoNormal">Lorena G&oacute;mez</p>
</div></body></html>
"""
M("prorroga-outlook-tabla-anio-dos-cifras", mbx="R",
  frm='"Lorena Patricia Gómez Arango" <lorena.gomez.a@outlook.com>',
  subject="Prorroga de Residencia Anual",
  received=R(2026, 12, 3, 16, 29, 40),
  text="""Buenas tardes,

Por medio del presente solicito la prórroga de residencia anual. Mis datos:

Nombre completo         Lorena Patricia Gómez Arango
Sexo                    Femenino
País de nacionalidad    Colombia
Cédula de ciudadanía    1.036.458.209
Carné de extranjería    214785690
Fecha de nacimiento     07/11/88
Celular / WhatsApp      +51 9 5114 7823

Cordialmente,
Lorena Gómez
""",
  html=_lorena_html,
  proc="prorroga_residencia",
  fields={"nombres": "Lorena Patricia Gómez Arango", "sexo": "F", "nacionalidad": "CO",
          "documento_identidad": "1036458209", "carne_extranjeria": "214785690",
          "fecha_nacimiento": "1988-11-07", "telefono": "+51951147823"},
  missing=[], outcome="acuse")

# 023 ---------------------------------------------------------------------------
M("residence-extension-english-incomplete", mbx="R",
  frm="Ahmad Al-Hassan <ahmad.alhassan.lima@gmail.com>",
  subject="Renovación de residencia",
  received=R(2026, 12, 10, 17, 30, 55),
  text="""Hello,

I am a recognised refugee and I need the annual extension (prórroga) of my residence.

Name: Ahmad Khaled Al-Hassan
Nationality: Syrian
Passport: N012345678
CE: 118745236
Phone: +51 936 550 712

Thank you very much,
Ahmad
""",
  proc="prorroga_residencia",
  fields={"nombres": "Ahmad Khaled Al-Hassan", "nacionalidad": "SY",
          "documento_identidad": "N012345678", "carne_extranjeria": "118745236",
          "telefono": "+51936550712"},
  missing=["sexo", "fecha_nacimiento"], outcome="subsanar")

# 024 ---------------------------------------------------------------------------
M("prorroga-hermano-por-hermana-mesa", mbx="P",
  frm="Carlos Mendoza <carlosmendozaf@yahoo.com>",
  subject="Prorroga de residencia - Gladys Mendoza",
  received=R(2026, 12, 14, 13, 10, 30),
  text="""Buenas tardes.

Yo, Carlos Alberto Mendoza Fuentes, CE 145789632, escribo en nombre de mi hermana, refugiada reconocida. Sus datos son:

Nombres: Gladys Josefina Mendoza Fuentes
Sexo: femenino
Nacionalidad: venezolana
Cédula: V-14.258.963
Carné de extranjería: 147852369
Fecha de nacimiento: 1979-06-21
Celular de mi hermana: +51 955 874 120

Mi celular por si acaso: 955 210 334

Muchas gracias,
Carlos Mendoza
""",
  proc="prorroga_residencia",
  fields={"nombres": "Gladys Josefina Mendoza Fuentes", "sexo": "F", "nacionalidad": "VE",
          "documento_identidad": "V14258963", "carne_extranjeria": "147852369",
          "fecha_nacimiento": "1979-06-21", "telefono": "+51955874120"},
  missing=[], outcome="acuse", flags=["derivado"])

# 025 ---------------------------------------------------------------------------
M("duplicado-ce-con-denuncia-pdf", mbx="R",
  frm="Jorge Cevallos <jorgecevallos.mera@gmail.com>",
  subject="Duplicado de carné de extranjería",
  received=R(2026, 12, 2, 9, 0, 31),
  text="""Buenos días, solicito el duplicado de mi carné de extranjería. Adjunto la denuncia policial.

Nombres - Jorge Luis Cevallos Mera
Sexo - M
Nacionalidad - ecuatoriana
Cédula - 0923456781
Carné de extranjería - 198745632
Fecha de nacimiento - 02-08-1985
Teléfono - 968 447 123

Atte.
Jorge Cevallos
""",
  atts=[A_text("denuncia_policial_PNP.pdf", [
      "POLICÍA NACIONAL DEL PERÚ", "COMISARÍA PNP SAN MARTÍN DE PORRES", "",
      "COPIA CERTIFICADA DE DENUNCIA POR PÉRDIDA DE DOCUMENTOS N° 4587-2026", "",
      "Denunciante: Jorge Luis Cevallos Mera, ecuatoriano, carné de extranjería 198745632.",
      "Hecho: refiere haber extraviado su carné de extranjería el 28/11/2026 en la vía pública.", "",
      "San Martín de Porres, 30 de noviembre de 2026"])],
  proc="duplicado_carne_extranjeria",
  fields={"nombres": "Jorge Luis Cevallos Mera", "sexo": "M", "nacionalidad": "EC",
          "documento_identidad": "0923456781", "carne_extranjeria": "198745632",
          "fecha_nacimiento": "1985-08-02", "telefono": "+51968447123"},
  missing=[], outcome="acuse")

# 026 ---------------------------------------------------------------------------
M("duplicado-carnet-denuncia-solo-mencionada", mbx="R",
  frm="Daniela Suárez <dani.suarez.rivero@gmail.com>",
  subject="Duplicado de carnet",
  received=R(2026, 12, 12, 10, 0, 12),
  text="""Hola buenos días

Necesito sacar el duplicado de mi carné de extranjería, me robaron la cartera en el Metropolitano el domingo pasado. Ya hice la denuncia en la comisaría de Surquillo pero no la tengo escaneada todavía.

Daniela Alejandra Suárez Rivero
femenino
venezolana
pasaporte 114785236
CE 187456321
nacida el 30/01/1995
cel 944 785 120

gracias!!
""",
  proc="duplicado_carne_extranjeria",
  fields={"nombres": "Daniela Alejandra Suárez Rivero", "sexo": "F", "nacionalidad": "VE",
          "documento_identidad": "114785236", "carne_extranjeria": "187456321",
          "fecha_nacimiento": "1995-01-30", "telefono": "+51944785120",
          "motivo": "me robaron la cartera en el Metropolitano el domingo pasado"},
  missing=["denuncia_policial"], outcome="subsanar")

# 027 ---------------------------------------------------------------------------
M("duplicata-carte-francais-buzon-solicitantes", mbx="S",
  frm="Marie-Claude Jean-Baptiste <mcjeanbaptiste@hotmail.fr>",
  subject="Duplicado de carné de extranjería",
  received=R(2026, 12, 15, 16, 50, 5),
  text="""Bonjour,

Je sollicite un duplicata de ma carte d'étranger (carné de extranjería). Vous trouverez ci-joint la déclaration faite à la police (denuncia).

Nom et prénoms : Marie-Claude Jean-Baptiste
Sexe : F
Nationalité : haïtienne
Passeport : RD0987451
Carné de extranjería : 176543298
Date de naissance : 12/09/1983
Téléphone : +51 912 450 378

Merci d'avance.
Marie-Claude
""",
  atts=[A_jpg("denuncia_PNP_perdida.jpg", [
      "POLICIA NACIONAL DEL PERU", "Comisaría PNP Breña", "",
      "Constancia de denuncia N° 3321", "Marie-Claude Jean-Baptiste"], 27)],
  proc="duplicado_carne_extranjeria",
  fields={"nombres": "Marie-Claude Jean-Baptiste", "sexo": "F", "nacionalidad": "HT",
          "documento_identidad": "RD0987451", "carne_extranjeria": "176543298",
          "fecha_nacimiento": "1983-09-12", "telefono": "+51912450378"},
  missing=[], outcome="acuse", flags=["derivado"])

# 028 ---------------------------------------------------------------------------
M("autorizacion-viaje-firma-digital-anio-corto", mbx="R",
  frm="Diego Villamizar <diegovillamizar.r@gmail.com>",
  subject="Autorización de Viaje",
  received=R(2026, 12, 18, 10, 30, 44),
  text="""Buen día.

Solicito autorización de viaje urgente. Adjunto la solicitud firmada digitalmente.

Motivo: mi madre está hospitalizada en Bogotá y será operada del corazón.
Destino: Bogotá, Colombia
Fecha de salida: 05/01/27
Fecha de retorno: 19/01/27
Nombres y apellidos: Diego Armando Villamizar Rojas
C.C. 1.098.745.210
Carné de extranjería: 156987412
Celular: 976 554 203

Gracias.
""",
  atts=[A_signed("solicitud_autorizacion_viaje.pdf", [
      "SOLICITUD DE AUTORIZACIÓN DE VIAJE", "",
      "Yo, Diego Armando Villamizar Rojas, de nacionalidad colombiana, refugiado reconocido, "
      "Carné de Extranjería N° 156987412, solicito autorización para viajar a Bogotá, "
      "Colombia, del 05/01/27 al 19/01/27.", "",
      "Motivo: mi madre está hospitalizada en Bogotá y será operada del corazón.", "",
      "Celular: 976 554 203", "", "Lima, 17 de diciembre de 2026",
      "Diego Armando Villamizar Rojas"], "Diego Armando Villamizar Rojas")],
  proc="autorizacion_viaje",
  fields={"nombres": "Diego Armando Villamizar Rojas", "nacionalidad": "CO",
          "documento_identidad": "1098745210", "carne_extranjeria": "156987412",
          "telefono": "+51976554203", "destino": "Bogotá, Colombia",
          "fecha_salida": "2027-01-05", "fecha_retorno": "2027-01-19",
          "motivo": "mi madre está hospitalizada en Bogotá y será operada del corazón"},
  missing=[], outcome="acuse")

# 029 ---------------------------------------------------------------------------
M("permiso-viaje-foto-sin-retorno", mbx="R",
  frm="Omaira Briceño <omairabriceno.leal@gmail.com>",
  subject="permiso de viaje URGENTE",
  received=R(2026, 12, 22, 20, 15, 35),
  text="""Buenas noches, por favor necesito con urgencia autorizacion para viajar.

Mi papá sufrió un ACV y está en terapia intensiva en Caracas.

Soy Omaira del Carmen Briceño Leal, refugiada, carne de extranjeria 167458230, telefono +51 941 663 208.

Viajaría a Caracas, Venezuela el 26 de diciembre de 2026. La fecha de regreso todavía no la sé, depende de cómo evolucione mi papá.

Adjunto la carta firmada a mano (foto).

Dios les bendiga
""",
  atts=[A_jpg("IMG_20261222_195812.jpg", [
      "Lima 22-12-2026", "Sres. Comisión de Refugiados", "",
      "Yo Omaira del Carmen Briceño Leal", "solicito permiso para viajar a Caracas",
      "mi papá sufrió un ACV."], 29)],
  proc="autorizacion_viaje",
  fields={"nombres": "Omaira del Carmen Briceño Leal", "carne_extranjeria": "167458230",
          "telefono": "+51941663208", "destino": "Caracas, Venezuela",
          "fecha_salida": "2026-12-26",
          "motivo": "Mi papá sufrió un ACV y está en terapia intensiva en Caracas"},
  missing=["fecha_retorno"], outcome="subsanar", flags=["verificar_firma"])

# 030 ---------------------------------------------------------------------------
M("travel-authorization-english-mesa", mbx="P",
  frm="Grace Nwosu <grace.nwosu@yahoo.com>",
  subject="Travel authorization / Autorización de viaje",
  received=R(2026, 12, 10, 8, 55, 18),
  text="""Good morning,

Please find attached my signed request for an urgent travel authorization. Summary:

Name: Grace Adaeze Nwosu
Nationality: Nigerian
Passport: A09876543
Carné de Extranjería: 189654723
Phone: +51 934 220 781
Destination: Lagos, Nigeria
Departure date: 2027-01-10
Return date: 2027-02-07
Reason: my father passed away and I must attend his funeral and the family rites.

Best regards,
Grace
""",
  atts=[A_text_sigimg("travel_request_signed.pdf", [
      "REQUEST FOR URGENT TRAVEL AUTHORIZATION", "",
      "I, Grace Adaeze Nwosu, Nigerian, recognised refugee, Carné de Extranjería 189654723, "
      "request authorization to travel to Lagos, Nigeria, leaving on 2027-01-10 and "
      "returning on 2027-02-07.", "",
      "Reason: my father passed away and I must attend his funeral.", "",
      "Phone: +51 934 220 781", "", "Lima, 9 December 2026"], 30)],
  proc="autorizacion_viaje",
  fields={"nombres": "Grace Adaeze Nwosu", "nacionalidad": "NG",
          "documento_identidad": "A09876543", "carne_extranjeria": "189654723",
          "telefono": "+51934220781", "destino": "Lagos, Nigeria",
          "fecha_salida": "2027-01-10", "fecha_retorno": "2027-02-07",
          "motivo": "my father passed away and I must attend his funeral"},
  missing=[], outcome="acuse", flags=["derivado", "verificar_firma"])

# 031 ---------------------------------------------------------------------------
M("permiso-viaje-portugues-sin-ce", mbx="R", delivered=False,
  frm="Esperança Lukoki <esperanca.lukoki@gmail.com>",
  to="Filha <nzinga.lukoki@gmail.com>, refugiados@rree.gob.pe",
  subject="Permiso de viaje urgente",
  received=R(2026, 12, 16, 14, 40, 26),
  text="""Boa tarde,

Solicito autorização de viagem urgente. Segue em anexo o pedido assinado digitalmente.

Nome: Esperança Nzinga Lukoki
Nacionalidade: angolana
Passaporte: N1987654
Telefone: +51 987 003 412
Destino: Luanda, Angola
Data de saída: 08/01/2027
Data de retorno: 22/01/2027
Motivo: doença grave da minha mãe, que foi internada no Hospital Josina Machel.

Obrigada,
Esperança
""",
  atts=[A_signed("pedido_autorizacao_viagem.pdf", [
      "PEDIDO DE AUTORIZAÇÃO DE VIAGEM", "",
      "Eu, Esperança Nzinga Lukoki, angolana, passaporte N1987654, solicito autorização "
      "para viajar a Luanda, Angola, de 08/01/2027 a 22/01/2027.", "",
      "Motivo: doença grave da minha mãe.", "", "Lima, 16 de dezembro de 2026"],
      "Esperanca Nzinga Lukoki")],
  proc="autorizacion_viaje",
  fields={"nombres": "Esperança Nzinga Lukoki", "nacionalidad": "AO",
          "documento_identidad": "N1987654", "telefono": "+51987003412",
          "destino": "Luanda, Angola", "fecha_salida": "2027-01-08",
          "fecha_retorno": "2027-01-22", "motivo": "doença grave da minha mãe"},
  missing=["carne_extranjeria"], outcome="subsanar")

# 032 ---------------------------------------------------------------------------
M("carne-solicitante-suspendido", mbx="S",
  frm="Génesis Colmenares <genesiscolmenares03@gmail.com>",
  subject="Carné de solicitante",
  received=R(2026, 12, 1, 8, 40, 2),
  text="""Buenos días quisiera saber cuándo puedo sacar mi carné de solicitante, ya terminé el registro con huellas y foto.

Génesis Valentina Colmenares Ruiz
Pasaporte 152369874
Cel 923 114 785
""",
  proc="carne_solicitante",
  fields={"nombres": "Génesis Valentina Colmenares Ruiz", "documento_identidad": "152369874",
          "telefono": "+51923114785"},
  missing=[], outcome="suspendido")

# 033 ---------------------------------------------------------------------------
M("kane-solisitan-kreyol-refugiados", mbx="R",
  frm="Jacky Saint-Fleur <jackysaintfleur@gmail.com>",
  subject="Carnet de solicitante de refugio",
  received=R(2026, 12, 23, 11, 11, 11),
  text="""Bonjou,

Mwen rele Jacky Saint-Fleur, mwen se ayisyen, nimewo paspò mwen se RD3321567. Mwen ta renmen konnen kilè m ka pran kanè solisitan refijye a (carné de solicitante).

Telefòn: +51 916 208 447

Mèsi
""",
  proc="carne_solicitante",
  fields={"nombres": "Jacky Saint-Fleur", "nacionalidad": "HT",
          "documento_identidad": "RD3321567", "telefono": "+51916208447"},
  missing=[], outcome="suspendido", flags=["derivado"])

# 034 ---------------------------------------------------------------------------
M("solicitud-refugio-recien-llegado", mbx="S",
  frm="Jhonny Piña <jhonnypina1990@gmail.com>",
  subject="Solicitud de refugio",
  received=R(2026, 12, 6, 21, 0, 17),
  text="""buenas noches, llegue al peru hace 2 semanas por tumbes con mi esposa y mi hijo. quiero pedir refugio para los tres, como hago? donde tengo que ir?

me llamo Jhonny Alexander Piña Rojas, cedula V-20.147.852, mi numero es 910 447 256

gracias
""",
  proc="solicitud_refugio",
  fields={"nombres": "Jhonny Alexander Piña Rojas", "documento_identidad": "V20147852",
          "telefono": "+51910447256"},
  missing=[], outcome="portal")

# 035 ---------------------------------------------------------------------------
M("asylum-application-english-mesa", mbx="P",
  frm="Hamid Osman <hamid.osman.a@gmail.com>",
  subject="Solicitud de refugio - asylum application",
  received=R(2026, 12, 17, 3, 12, 45),
  text="""Hello,

I arrived in Lima last month and I want to apply for refugee status. I was told to write to this email. What documents do I need and where can I submit my application?

Name: Hamid Osman Abdelrahman
Nationality: Sudanese
Passport: P04512378
Phone/WhatsApp: +51 987 661 230

Thank you
""",
  proc="solicitud_refugio",
  fields={"nombres": "Hamid Osman Abdelrahman", "nacionalidad": "SD",
          "documento_identidad": "P04512378", "telefono": "+51987661230"},
  missing=[], outcome="portal")

# 036 ---------------------------------------------------------------------------
M("renovacion-autorizacion-trabajo-feriado", mbx="S",
  frm="Luz Marina Pacheco <luzmarinapacheco@hotmail.com>",
  subject="Renovación de autorización de trabajo",
  received=R(2026, 12, 9, 9, 0, 20),
  text="""Buenos días, ¿cómo hago para renovar mi autorización de trabajo? Mi nombre es Luz Marina Pacheco Gil, pasaporte 148569230. Gracias.
""",
  proc="autorizacion_trabajo",
  fields={"nombres": "Luz Marina Pacheco Gil", "documento_identidad": "148569230"},
  missing=[], outcome="portal")

# 037 ---------------------------------------------------------------------------
M("autorizacao-trabalho-portugues", mbx="R",
  frm="Braima Baldé <braimabalde@gmail.com>",
  subject="Autorizacion de trabajo virtual",
  received=R(2026, 12, 11, 12, 0, 3),
  text="""Olá, bom dia.

Sou solicitante de refúgio e preciso gerar a minha autorização de trabalho, mas não sei onde fica no sistema. Podem me ajudar?

Braima Baldé
Nacionalidade: guineense (Guiné-Bissau)
Passaporte: AB0452187
Telefone: +51 913 887 402
""",
  proc="autorizacion_trabajo",
  fields={"nombres": "Braima Baldé", "nacionalidad": "GW",
          "documento_identidad": "AB0452187", "telefono": "+51913887402"},
  missing=[], outcome="portal")

# 038 ---------------------------------------------------------------------------
M("entrevista-registro-sin-cita", mbx="S",
  frm="Yeimy Carolina Ortega <yeimyortega.c@gmail.com>",
  subject="Entrevista de registro",
  received=R(2026, 12, 21, 10, 0, 50),
  text="""Buenos días, me registré en línea en agosto y todavía no me llega la cita para la entrevista de registro. ¿Podrían confirmarme si mi correo está bien registrado? Es este mismo.

Yeimy Carolina Ortega Sánchez - pasaporte 139874520 - cel 987 001 432
""",
  proc="entrevista_registro",
  fields={"nombres": "Yeimy Carolina Ortega Sánchez", "documento_identidad": "139874520",
          "telefono": "+51987001432"},
  missing=[], outcome="portal")

# 039 ---------------------------------------------------------------------------
M("consulta-cuerpo-entrevista", mbx="S",
  frm="Wilfredo Ramírez <wilframirez77@yahoo.com>",
  subject="Consulta",
  received=R(2026, 12, 30, 15, 0, 5),
  text="""Buenas tardes. Hace tres meses me inscribí en la página web y me dijeron que me llegaría al correo la fecha de la entrevista de registro, pero hasta ahora nada. ¿A quién debo dirigirme?

Wilfredo José Ramírez Castro
V-16.325.874
""",
  proc="entrevista_registro",
  fields={"nombres": "Wilfredo José Ramírez Castro", "documento_identidad": "V16325874"},
  missing=[], outcome="portal")

# 040 ---------------------------------------------------------------------------
M("urgente-estado-expediente", mbx="P",
  frm="Maria Eugenia <mariaeugenia.lopez@gmail.com>",
  subject="URGENTE",
  received=R(2026, 12, 3, 11, 0, 32),
  text="""Buenos días, por favor necesito saber en qué estado está mi expediente N° 2023-04511, lo presenté en setiembre de 2025. Mi nombre es María Eugenia López Torrealba, pasaporte 118963254. Cel. 945 332 018.
""",
  proc=None,
  fields={"nombres": "María Eugenia López Torrealba", "documento_identidad": "118963254",
          "telefono": "+51945332018"},
  missing=[], outcome="triage")

# 041 ---------------------------------------------------------------------------
M("consulta-dos-tramites", mbx="S",
  frm="Kendry Salazar <kendrysalazar@gmail.com>",
  subject="Consulta",
  received=R(2026, 12, 14, 17, 45, 22),
  text="""Buenas tardes, tengo una duda: necesito pedir el cambio de clave y también la actualización de datos, ¿lo hago todo en un solo correo o en correos separados?

Kendry José Salazar Mora
cel nuevo 933 014 552
""",
  proc=None,
  fields={"nombres": "Kendry José Salazar Mora", "telefono": "+51933014552"},
  missing=[], outcome="triage")

# 042 ---------------------------------------------------------------------------
M("fwd-documentos-primo", mbx="P",
  frm="Rosa Inés Castañeda <rosaines.castaneda@gmail.com>",
  subject="Fwd: documentos",
  received=R(2026, 12, 19, 12, 30, 40),
  text="""Les reenvío lo que me mandó mi primo. No sé qué trámite le corresponde.

---------- Forwarded message ---------
De: Junior Castañeda <jr.castaneda2001@gmail.com>
Date: vie, 18 dic 2026 a las 22:14
Subject: documentos
To: <rosaines.castaneda@gmail.com>

prima te mando mis datos para que preguntes en cancilleria que hago, no se si sigo como solicitante o que paso
Junior Alexis Castañeda Blanco
pasaporte 161478523
""",
  proc=None,
  fields={"nombres": "Junior Alexis Castañeda Blanco", "documento_identidad": "161478523",
          "correo": "rosaines.castaneda@gmail.com"},
  missing=[], outcome="triage")

# 043 ---------------------------------------------------------------------------
M("respuesta-automatica-prorroga", mbx="R",
  frm="Gladys Mendoza <gladysmendoza.f@gmail.com>",
  subject="Respuesta automática: RE: Prórroga de residencia - Gladys Mendoza",
  received=R(2026, 12, 15, 9, 2, 10),
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  text="""Gracias por su mensaje. Me encuentro fuera de Lima hasta el 5 de enero y responderé a mi regreso.
""",
  proc="prorroga_residencia", ignorado=True,
  fields={}, missing=[], outcome="ignorado")

# 044 (bounce, raw) ------------------------------------------------------------


def _bounce(m):
    rec = m["received"]
    return f"""Return-Path: <>
Delivered-To: solicitantesrefugio@rree.gob.pe
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2099.outbound.protection.outlook.com [40.107.22.99]) by mx2.rree.gob.pe (Postfix) with ESMTPS id 4B7F2C1A09E for <solicitantesrefugio@rree.gob.pe>; {format_datetime(rec)}
From: postmaster@outlook.com
To: solicitantesrefugio@rree.gob.pe
Date: {format_datetime(rec - dt.timedelta(seconds=4))}
Subject: Undeliverable: RE: Cambio de clave y contraseña
Message-ID: <b7a0c2e1-55f3-4c2e-9d1e-0a6f1e2b9c44@DB8PR02MB5834.eurprd02.prod.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="_000_b7a0c2e155f34c2e"

--_000_b7a0c2e155f34c2e
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Delivery has failed to these recipients or groups:

kevin.marquez.lp@hotmail.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

--_000_b7a0c2e155f34c2e
Content-Type: message/delivery-status

Reporting-MTA: dns;DB8PR02MB5834.eurprd02.prod.outlook.com
Received-From-MTA: dns;mx2.rree.gob.pe
Arrival-Date: {format_datetime(rec - dt.timedelta(seconds=9))}

Final-Recipient: rfc822;kevin.marquez.lp@hotmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--_000_b7a0c2e155f34c2e
Content-Type: text/rfc822-headers

From: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
To: kevin.marquez.lp@hotmail.com
Subject: RE: Cambio de clave y contraseña
Date: {format_datetime(rec - dt.timedelta(seconds=12))}

--_000_b7a0c2e155f34c2e--
"""


M("rebote-cambio-clave", mbx="S", frm="postmaster@outlook.com",
  subject="Undeliverable: RE: Cambio de clave y contraseña",
  received=R(2026, 12, 10, 10, 41, 30), raw=_bounce,
  proc="cambio_clave", ignorado=True, fields={}, missing=[], outcome="ignorado")

# 045 ---------------------------------------------------------------------------
M("boletin-lista-ong", mbx="P",
  frm='"Boletín Red de Apoyo al Migrante" <boletin@redapoyomigrante.org>',
  to="Suscriptores <boletin@redapoyomigrante.org>",
  subject="Boletín informativo - diciembre 2026",
  received=R(2026, 12, 15, 7, 0, 0),
  headers=[("List-Id", "Boletin Red de Apoyo <boletin.redapoyomigrante.org>"),
           ("List-Unsubscribe", "<mailto:baja@redapoyomigrante.org>"),
           ("Precedence", "bulk")],
  text="""BOLETÍN INFORMATIVO - DICIEMBRE 2026

1. Recordatorio: la prórroga de residencia y la autorización de viaje se tramitan por correo ante la CEPR.
2. Talleres gratuitos sobre recursos de reconsideración y apelación todos los jueves.
3. Campaña de actualización de datos para solicitantes de refugio.

Para dejar de recibir este boletín responda con la palabra BAJA.
""",
  proc=None, ignorado=True, fields={}, missing=[], outcome="ignorado")

# 046 ---------------------------------------------------------------------------
M("noreply-casilla-electronica", mbx="R",
  frm='"Casilla Electrónica" <no-reply@casilla.gob.pe>',
  subject="Notificación: nuevo documento en su casilla electrónica",
  received=R(2026, 12, 22, 6, 30, 0),
  text="""Estimado usuario:

Se ha depositado un nuevo documento en su casilla electrónica. Ingrese a la plataforma para visualizarlo.

Este es un mensaje automático, por favor no responda.
""",
  proc=None, ignorado=True, fields={}, missing=[], outcome="ignorado")

# 047 ---------------------------------------------------------------------------
M("rv-interno-mesa-a-solicitantes", mbx="S",
  frm="Mesa de Partes <mesadepartes@rree.gob.pe>",
  subject="RV: Actualización de datos",
  received=R(2026, 12, 2, 15, 0, 12),
  text="""Se deriva por ser de su competencia.

Mesa de Partes Virtual
Ministerio de Relaciones Exteriores

-----Mensaje original-----
De: Nelson Bastidas <nelsonbastidas81@gmail.com>
Enviado el: miércoles, 2 de diciembre de 2026 11:20
Para: mesadepartes@rree.gob.pe
Asunto: Actualización de datos

Buenos días, quiero actualizar mi número de teléfono. Nelson Rafael Bastidas Pérez, venezolano, pasaporte 124785963, nuevo cel 960 225 418.
""",
  proc="actualizacion_datos", ignorado=True, fields={}, missing=[], outcome="ignorado")

# 048 ---------------------------------------------------------------------------
_bryan_html = """<div dir="ltr"><p>Buenos días:</p>
<p>Presento mi recurso de reconsideración contra la resolución que me fue notificada el 20 de noviembre de 2026. Adjunto el documento firmado digitalmente y, como nueva prueba, la constancia de la Fiscalía de Ecuador.</p>
<p><b>Nombres completos:</b> Bryan Steven Quishpe Toapanta<br>
<b>Nacionalidad:</b> ecuatoriana<br>
<b>Cédula:</b> 1725489632<br>
<b>Teléfono:</b> +51 962 100 487<br>
<b>Correo:</b> <a href="mailto:bryanquishpe.t@gmail.com">bryanquishpe.t@gmail.com</a><br>
<b>Motivo:</b> presento nueva prueba: constancia fiscal de la denuncia por extorsión y amenazas de la banda Los Lobos, que no pude obtener antes de la entrevista.</p>
<p>Saludos,<br>Bryan</p></div>
"""
M("reconsideracion-sabado-gmail-html", mbx="P",
  frm="Bryan Quishpe <bryanquishpe.t@gmail.com>",
  subject="Recurso de reconsideracion - Bryan Quishpe",
  received=R(2026, 12, 12, 9, 45, 50),
  text="""Buenos días:

Presento mi recurso de reconsideración contra la resolución que me fue notificada el 20 de noviembre de 2026. Adjunto el documento firmado digitalmente y, como nueva prueba, la constancia de la Fiscalía de Ecuador.

*Nombres completos:* Bryan Steven Quishpe Toapanta
*Nacionalidad:* ecuatoriana
*Cédula:* 1725489632
*Teléfono:* +51 962 100 487
*Correo:* bryanquishpe.t@gmail.com
*Motivo:* presento nueva prueba: constancia fiscal de la denuncia por extorsión y amenazas de la banda Los Lobos, que no pude obtener antes de la entrevista.

Saludos,
Bryan
""",
  html=_bryan_html,
  atts=[A_signed("reconsideracion_Quishpe_firmado.pdf", [
      "RECURSO DE RECONSIDERACIÓN", "",
      "Bryan Steven Quishpe Toapanta, ecuatoriano, cédula 1725489632, interpongo recurso "
      "de reconsideración y ofrezco nueva prueba: constancia fiscal de la denuncia por "
      "extorsión y amenazas de la banda Los Lobos.", "",
      "Lima, 11 de diciembre de 2026", "Bryan Steven Quishpe Toapanta"],
      "Bryan Steven Quishpe Toapanta"),
        A_text("constancia_fiscalia_Ecuador.pdf", [
      "FISCALÍA GENERAL DEL ESTADO - ECUADOR", "Constancia de denuncia N° 090101826110345",
      "Denunciante: Bryan Steven Quishpe Toapanta", "Delito: extorsión"])],
  proc="reconsideracion", notified=dt.date(2026, 11, 20),
  fields={"nombres": "Bryan Steven Quishpe Toapanta", "nacionalidad": "EC",
          "documento_identidad": "1725489632", "telefono": "+51962100487",
          "correo": "bryanquishpe.t@gmail.com",
          "motivo": "presento nueva prueba: constancia fiscal de la denuncia por extorsión y amenazas de la banda Los Lobos"},
  missing=[], outcome="cargo")

# 049 ---------------------------------------------------------------------------
M("apelacao-portugues-feriado", mbx="P",
  frm="Nsimba Makiese <nsimba.makiese@gmail.com>",
  subject="Recurso de Apelação / Recurso de Apelación",
  received=R(2026, 12, 8, 10, 20, 33), sender_tz=1,
  text="""Exmos. Senhores,

Eu, Nsimba Afonso Makiese, de nacionalidade angolana, passaporte N3321456, venho interpor recurso de apelação contra a resolução que confirmou a recusa do meu pedido de refúgio, notificada em 26/11/2026.

Motivo: a Comissão considerou que Cabinda é uma região segura, mas eu fui detido e torturado pelas forças de segurança por pertencer a um movimento associativo cabindense; junto relatório médico.

Telefone: +51 957 660 139
E-mail: nsimba.makiese@gmail.com

Segue em anexo o recurso assinado digitalmente.

Atenciosamente,
Nsimba Afonso Makiese
""",
  atts=[A_signed("recurso_apelacao_Makiese.pdf", [
      "RECURSO DE APELAÇÃO", "",
      "Nsimba Afonso Makiese, angolano, passaporte N3321456, interpõe recurso de apelação.", "",
      "Motivo: fui detido e torturado pelas forças de segurança por pertencer a um movimento "
      "associativo cabindense.", "", "Lima, 7 de dezembro de 2026",
      "Nsimba Afonso Makiese"], "Nsimba Afonso Makiese")],
  proc="apelacion", notified=dt.date(2026, 11, 26),
  fields={"nombres": "Nsimba Afonso Makiese", "nacionalidad": "AO",
          "documento_identidad": "N3321456", "telefono": "+51957660139",
          "correo": "nsimba.makiese@gmail.com",
          "motivo": "a Comissão considerou que Cabinda é uma região segura, mas eu fui detido e torturado"},
  missing=[], outcome="cargo")

# 050 ---------------------------------------------------------------------------
M("renunciation-english-dia-no-laborable", mbx="P",
  frm="Kwame Boateng <kwame.boateng@gmail.com>",
  subject="Renuncia / Renunciation of refugee status",
  received=R(2026, 12, 24, 10, 0, 22),
  text="""Dear Commission,

I, Kwame Asante Boateng, a recognised refugee, hereby renounce my refugee status in Peru. The reason is that I have been accepted for resettlement in Canada and will travel there in February 2027.

Nationality: Ghanaian
Passport: G2457810
Carné de Extranjería: 134587962
Phone: +51 913 224 509

My signed letter is attached (digital signature).

Sincerely,
Kwame A. Boateng
""",
  atts=[A_signed("renunciation_Boateng.pdf", [
      "RENUNCIATION OF REFUGEE STATUS", "",
      "I, Kwame Asante Boateng, Ghanaian, passport G2457810, Carné de Extranjería 134587962, "
      "renounce my refugee status in Peru.", "",
      "Reason: I have been accepted for resettlement in Canada.", "",
      "Lima, 23 December 2026", "Kwame Asante Boateng"], "Kwame Asante Boateng")],
  proc="renuncia", recognised=True,
  fields={"nombres": "Kwame Asante Boateng", "nacionalidad": "GH",
          "documento_identidad": "G2457810", "carne_extranjeria": "134587962",
          "telefono": "+51913224509",
          "motivo": "I have been accepted for resettlement in Canada"},
  missing=[], outcome="acuse")

# 051 ---------------------------------------------------------------------------
M("prorroga-recidencia-nochevieja-sin-telefono", mbx="R",
  frm="Osmany Pérez <osmany.perez85@gmail.com>",
  subject="prorroga de recidencia",
  received=R(2026, 12, 31, 19, 30, 14), charset="iso-8859-1",
  text="""Saludos, necesito hacer la prorroga de mi residencia de refugiado.

Osmany Pérez Lorenzo, masculino, cubano
carnet de identidad 85071812345
carné de extranjería 176329845
fecha de nacimiento 18-07-1985

Feliz año!
""",
  proc="prorroga_residencia",
  fields={"nombres": "Osmany Pérez Lorenzo", "sexo": "M", "nacionalidad": "CU",
          "documento_identidad": "85071812345", "carne_extranjeria": "176329845",
          "fecha_nacimiento": "1985-07-18"},
  missing=["telefono"], outcome="subsanar")

# 052 ---------------------------------------------------------------------------
M("aktyalizasyon-done-kreyol", mbx="S",
  frm="Rose-Merline Bastien <rosemerline.bastien@gmail.com>",
  subject="Actualización de datos",
  received=R(2026, 12, 18, 9, 40, 0),
  text="""Bonjou,

Mwen ekri pou m mete enfòmasyon kontak mwen yo ajou. Mwen se demandè azil (solisitan refijye).

Non konplè: Rose-Merline Bastien
Nasyonalite: ayisyen
Paspò: RD4478123
Nouvo nimewo telefòn: +51 921 337 480
Imèl: rosemerline.bastien@gmail.com

Mèsi
""",
  proc="actualizacion_datos",
  fields={"nombres": "Rose-Merline Bastien", "nacionalidad": "HT",
          "documento_identidad": "RD4478123", "telefono": "+51921337480",
          "correo": "rosemerline.bastien@gmail.com"},
  missing=[], outcome="acuse")

# 053 ---------------------------------------------------------------------------
M("cambio-clave-trabajadora-social", mbx="S",
  frm="Trabajo Social Casa San José <trabajosocial@casasanjose.org.pe>",
  subject="Cambio de clave y contraseña - Yorman Pacheco",
  received=R(2026, 12, 15, 9, 10, 10),
  text="""Estimados señores:

Me dirijo a ustedes como trabajadora social del albergue Casa de Acogida San José para solicitar, a pedido del Sr. Yorman Alexis Pacheco Díaz, el cambio de clave y contraseña de su cuenta en el Sistema de Refugiados.

Datos del solicitante:
  • Nombres y apellidos: Yorman Alexis Pacheco Díaz
  • Cédula de identidad: V-26.145.780
  • Teléfono: 918 552 310
  • Correo electrónico: yormanpacheco97@gmail.com

Atentamente,

Lic. Rocío Huamán Quispe
Trabajadora Social – DNI 46521389
Casa de Acogida San José
Telf. (01) 332-4410
""",
  proc="cambio_clave",
  fields={"nombres": "Yorman Alexis Pacheco Díaz", "documento_identidad": "V26145780",
          "telefono": "+51918552310", "correo": "yormanpacheco97@gmail.com"},
  missing=[], outcome="acuse")

# 054 ---------------------------------------------------------------------------
M("autorisation-voyage-francais-dia-no-laborable", mbx="R",
  frm="Roodly Jean-Louis <roodlyjeanlouis@gmail.com>",
  subject="Autorisation de voyage / Autorización de viaje",
  received=R(2026, 12, 7, 9, 30, 0),
  text="""Bonjour,

Je suis réfugié reconnu au Pérou et je demande une autorisation de voyage urgente.

Nom : Roodly Jean-Louis
Carné de extranjería : 158963247
Téléphone : +51 924 118 036
Destination : Port-au-Prince, Haïti
Date de départ : 2026-12-20
Date de retour : 2027-01-10
Motif : décès de mon père, je dois assister aux funérailles.

La demande signée électroniquement est jointe.

Cordialement,
Roodly Jean-Louis
""",
  atts=[A_signed("demande_autorisation_voyage.pdf", [
      "DEMANDE D'AUTORISATION DE VOYAGE", "",
      "Je soussigné Roodly Jean-Louis, de nationalité haïtienne, réfugié reconnu, carné de "
      "extranjería 158963247, demande l'autorisation de voyager à Port-au-Prince, Haïti, "
      "du 2026-12-20 au 2027-01-10.", "",
      "Motif : décès de mon père.", "", "Lima, le 6 décembre 2026", "Roodly Jean-Louis"],
      "Roodly Jean-Louis")],
  proc="autorizacion_viaje",
  fields={"nombres": "Roodly Jean-Louis", "nacionalidad": "HT",
          "carne_extranjeria": "158963247", "telefono": "+51924118036",
          "destino": "Port-au-Prince, Haïti", "fecha_salida": "2026-12-20",
          "fecha_retorno": "2027-01-10",
          "motivo": "décès de mon père, je dois assister aux funérailles"},
  missing=[], outcome="acuse")

# 055 ---------------------------------------------------------------------------
M("fwd-duplicado-ce-amigo-sin-nacimiento", mbx="R",
  frm="Kelvin Rojas <kelvin.rojas88@gmail.com>",
  subject="Fwd: Duplicado de carné de extranjería",
  received=R(2026, 12, 21, 15, 20, 45),
  text="""Buenas tardes, reenvío el correo de mi amiga Mariela, refugiada reconocida.

Kelvin Rojas
944 000 312

---------- Forwarded message ---------
De: Mariela Arteaga <mariela.arteaga.p@hotmail.com>
Date: lun, 21 dic 2026 a las 09:02
Subject: Duplicado de carné de extranjería
To: Kelvin Rojas <kelvin.rojas88@gmail.com>

Kelvin porfa envíalo tú:

Solicito duplicado de carné de extranjería, adjunto la constancia de la comisaría.
Nombres: Mariela Josefina Arteaga Pino
Sexo: F
Nacionalidad: venezolana
Cédula: V-18.741.256
CE: 165874123
Teléfono: +51 956 210 447
Mi correo: mariela.arteaga.p@hotmail.com
""",
  atts=[A_text("constancia_pnp.pdf", [
      "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP LINCE", "",
      "CONSTANCIA DE DENUNCIA POLICIAL N° 7712-2026", "",
      "Denunciante: Mariela Josefina Arteaga Pino, venezolana.",
      "Hecho: pérdida de carné de extranjería N° 165874123.", "",
      "Lince, 19 de diciembre de 2026"])],
  proc="duplicado_carne_extranjeria",
  fields={"nombres": "Mariela Josefina Arteaga Pino", "sexo": "F", "nacionalidad": "VE",
          "documento_identidad": "V18741256", "carne_extranjeria": "165874123",
          "telefono": "+51956210447", "correo": "mariela.arteaga.p@hotmail.com"},
  missing=["fecha_nacimiento"], outcome="subsanar")

# 056 ---------------------------------------------------------------------------
M("ed-tanpri-kreyol-vago", mbx="S",
  frm="Wisly Joseph <wislyjoseph22@gmail.com>",
  subject="Èd tanpri",
  received=R(2026, 12, 26, 14, 0, 0),
  text="""Bonjou, mwen bezwen èd. Mwen pa konprann lèt mwen te resevwa a. Kisa mwen dwe fè? Mèsi.

Wisly Joseph
+51 917 552 630
""",
  proc=None,
  fields={"nombres": "Wisly Joseph", "telefono": "+51917552630"},
  missing=[], outcome="triage")

# 057 ---------------------------------------------------------------------------
M("duplicado-carnet-de-solicitante", mbx="S",
  frm="Maikel Guaita <maikelguaita25@gmail.com>",
  subject="Duplicado de carnet",
  received=R(2026, 12, 28, 9, 20, 40),
  text="""Buenos días, solicito el duplicado de mi carné de solicitante de refugio. Adjunto denuncia policial.

Nombre: Maikel Andrés Guaita Pérez
Documento: V-25.336.789
Celular: 902 558 146
""",
  atts=[A_text("denuncia_perdida.pdf", [
      "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP COMAS", "",
      "DENUNCIA N° 9021-2026", "Denunciante: Maikel Andrés Guaita Pérez",
      "Hecho: extravío de carné de solicitante de refugio."])],
  proc="carne_solicitante",
  fields={"nombres": "Maikel Andrés Guaita Pérez", "documento_identidad": "V25336789",
          "telefono": "+51902558146"},
  missing=[], outcome="suspendido")

# 058 ---------------------------------------------------------------------------
M("automatic-reply-autorizacion-trabajo", mbx="S",
  frm='"Pedro Luis Marcano" <pmarcano@logisticadelsur.pe>',
  subject="Automatic reply: Autorización de trabajo",
  received=R(2026, 12, 11, 12, 5, 0),
  headers=[("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "pmarcano@logisticadelsur.pe")],
  text="""I am out of the office until January 4th with limited access to email. For urgent matters please contact operaciones@logisticadelsur.pe.
""",
  proc="autorizacion_trabajo", ignorado=True, fields={}, missing=[], outcome="ignorado")

# 059 ---------------------------------------------------------------------------
M("apelacion-una-linea-sin-motivo", mbx="P",
  frm="Eduardo Sifontes <edusifontes@gmail.com>",
  subject="apelacion",
  received=R(2026, 12, 28, 16, 40, 10),
  text="""Apelo la resolución N° 0987-2026/CEPR-SE. Adjunto escrito firmado. Eduardo José Sifontes Rangel, pasaporte 117845296, cel 925 774 013.
""",
  atts=[A_scan("apelacion_firmada.pdf", [
      "APELACIÓN", "", "Eduardo José Sifontes Rangel"], 59)],
  proc="apelacion",
  fields={"nombres": "Eduardo José Sifontes Rangel", "documento_identidad": "117845296",
          "telefono": "+51925774013"},
  missing=["motivo"], outcome="subsanar", flags=["verificar_firma"])

# ----------------------------------------------------------------------------
HOSTS = {"gmail.com": ("mail-sor-f41.google.com", "209.85.220.41"),
         "hotmail.com": ("BN8NAM12OLK1.outbound.protection.outlook.com", "40.92.22.18"),
         "outlook.com": ("DM6NAM04OLK2.outbound.protection.outlook.com", "40.92.45.77"),
         "yahoo.com": ("sonic313-20.consmr.mail.bf2.yahoo.com", "74.6.131.87"),
         "yahoo.fr": ("sonic305-11.consmr.mail.ir2.yahoo.com", "77.238.176.129")}


def host_for(addr):
    dom = addr.split("@")[1]
    return HOSTS.get(dom, (f"mail.{dom}", f"190.{random.randint(2, 250)}.{random.randint(2, 250)}.{random.randint(2, 250)}"))


def build_eml(m):
    frm_addr = email.utils.parseaddr(m["frm"])[1].lower()
    mailbox = MBX[m["mbx"]]
    rec = m["received"]
    rec_hdr_dt = rec.astimezone(dt.timezone.utc) if m["received_utc"] else rec
    host, ip = host_for(frm_addr)
    qid = "".join(random.choice("0123456789ABCDEF") for _ in range(11))
    msg = EmailMessage()
    msg["Return-Path"] = f"<{frm_addr}>"
    if m["delivered"]:
        msg["Delivered-To"] = mailbox
    msg["Received"] = (f"from {host} ({host} [{ip}]) by mx2.rree.gob.pe (Postfix) "
                       f"with ESMTPS id {qid} for <{mailbox}>; {format_datetime(rec_hdr_dt)}")
    hop = rec - dt.timedelta(seconds=random.randint(2, 6))
    msg["Received"] = (f"by {host.split('.', 1)[-1]} with SMTP id "
                       f"{random.randint(10**8, 10**9)}; {format_datetime(hop)}")
    delta = m["date_delta"] if m["date_delta"] is not None else dt.timedelta(seconds=random.randint(8, 95))
    sent = rec - delta
    if m["sender_tz"]:
        sent = sent.astimezone(dt.timezone(dt.timedelta(hours=m["sender_tz"])))
    msg["Date"] = format_datetime(sent)
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or mailbox
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = make_msgid(domain=frm_addr.split("@")[1])
    for k, v in m["headers"]:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    kw = {"charset": m["charset"]} if m["charset"] else {}
    if m["text"] is not None and m["html"] is not None:
        msg.set_content(m["text"], **kw)
        msg.add_alternative(m["html"], subtype="html")
    elif m["html"] is not None:
        msg.set_content(m["html"], subtype="html", **kw)
    else:
        msg.set_content(m["text"], **kw)
    for a in m["atts"]:
        mt, st = a["mime"].split("/")
        msg.add_attachment(a["data"], maintype=mt, subtype=st, filename=a["filename"])
    return msg.as_bytes(policy=email.policy.SMTP)


def html_to_text(h):
    h = re.sub(r"(?is)<(style|head).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", h)
    h = re.sub(r"(?i)</td>", " \t ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    import html as _h
    return _h.unescape(h)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()


def check_fields(m, corpus_text, frm_addr):
    f = m["fields"]
    t = fold(corpus_text)
    alnum = re.sub(r"[^0-9a-z]", "", t)
    digits = re.sub(r"\D", "", corpus_text)
    for k, v in f.items():
        if k in ("nombres", "destino", "motivo"):
            assert fold(v) in t, (m["slug"], k, v)
        elif k == "documento_identidad":
            assert v == re.sub(r"[^0-9A-Z]", "", v) and v.lower() in alnum, (m["slug"], k, v)
        elif k == "carne_extranjeria":
            assert v.isdigit() and v in digits, (m["slug"], k, v)
        elif k == "telefono":
            pn = phonenumbers.parse(v)
            assert phonenumbers.is_valid_number(pn), (m["slug"], v)
            nat = str(pn.national_number)
            assert nat in digits, (m["slug"], k, v)
        elif k == "correo":
            assert v == v.lower() and (v in t or v == frm_addr), (m["slug"], k, v)
            assert v not in INSTITUTIONAL
        elif k in ("fecha_nacimiento", "fecha_salida", "fecha_retorno"):
            dt.date.fromisoformat(v)
        elif k == "sexo":
            assert v in ("F", "M")
        elif k == "nacionalidad":
            assert re.fullmatch(r"[A-Z]{2}", v)
        else:
            raise AssertionError((m["slug"], "unknown field", k))


def main():
    for old in glob.glob(os.path.join(OUT, "*.eml")):
        os.remove(old)
    labels = []
    seen = set()
    for i, m in enumerate(MESSAGES, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        assert m["slug"] not in seen
        seen.add(m["slug"])
        frm_addr = email.utils.parseaddr(m["frm"])[1].lower()
        mailbox = MBX[m["mbx"]]
        proc = m["proc"]
        rec = m["received"]
        fd = filing_day(rec)
        atts = list(m["atts"])
        fields = dict(m["fields"])
        if m["raw"] is not None:
            data = email.message_from_bytes(m["raw"](m).encode("utf-8"), policy=email.policy.SMTP).as_bytes()
        else:
            data = build_eml(m)
        # ------------- recompute the decision
        ignorado = m["ignorado"]
        if proc and PROC[proc][1]:
            req_firma = "firma" in PROC[proc][1]
        else:
            req_firma = False
        signature = firma_status(atts) if req_firma else "not_required"
        if not ignorado and frm_addr not in INSTITUTIONAL:
            fields.setdefault("correo", frm_addr)
        missing = []
        if proc:
            for r in PROC[proc][1]:
                star = r.endswith("*")
                r = r.rstrip("*")
                if r == "firma":
                    if signature in ("invalid", "absent"):
                        missing.append("firma")
                elif r == "denuncia_policial":
                    if not has_denuncia(atts):
                        missing.append(r)
                elif star:
                    if (m["recognised"] or "carne_extranjeria" in fields) and r not in fields:
                        missing.append(r)
                elif r not in fields:
                    missing.append(r)
        flags = []
        if ignorado:
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
        if outcome in ("ignorado", "portal", "triage"):
            missing = []
        else:
            if PROC[proc][0] and MBX[PROC[proc][0]] != mailbox:
                flags.append("derivado")
            if signature == "manuscrita":
                flags.append("verificar_firma")
            if proc in RECURSOS and m["notified"]:
                if fd > add_bd(m["notified"], 15):
                    flags.append("extemporaneo")
        if outcome in ("suspendido", "portal", "triage", "ignorado"):
            due = None
        elif outcome == "subsanar":
            due = add_bd(fd, 2)
        else:
            due = add_bd(fd, PROC[proc][2])
        # ------------- compare with the hand labels
        assert missing == m["missing"], (fname, missing, m["missing"])
        assert outcome == m["outcome"], (fname, outcome, m["outcome"])
        assert sorted(flags) == sorted(m["flags"]), (fname, flags, m["flags"])
        if ignorado:
            assert fields == {}, fname
        # ------------- every labelled value is in the text the bot may read
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        texts = [str(parsed["Subject"] or "")]
        for part in parsed.walk():
            ct = part.get_content_type()
            if part.get_content_maintype() == "multipart":
                continue
            if ct == "text/plain" and not part.get_filename():
                texts.append(part.get_content())
            elif ct == "text/html":
                texts.append(html_to_text(part.get_content()))
            elif ct == "application/pdf":
                texts.append(pdf_text(part.get_payload(decode=True)))
        check_fields(dict(m, fields=fields), "\n".join(texts), frm_addr)
        # received header = label
        top = parsed.get_all("Received")[0]
        rdt = email.utils.parsedate_to_datetime(top.rsplit(";", 1)[1].strip())
        assert rdt == rec, fname
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        labels.append({
            "file": fname, "mailbox": mailbox,
            "received": rec.isoformat(),
            "procedure": proc, "fields": fields, "missing": missing,
            "signature": signature, "outcome": outcome, "flags": flags,
            "filing_date": fd.isoformat(),
            "due_date": due.isoformat() if due else None,
        })
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lb in labels:
            f.write(json.dumps(lb, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "config.toml"), "w") as f:
        f.write('# Calendar settings the labels in labels.jsonl were computed with (round 51).\n'
                '[calendar]\ntimezone = "America/Lima"\noffice_close = "16:30"\n'
                '# Días no laborables for the public sector chosen for this round.\n'
                'non_working_days = ["2026-10-09", "2026-12-07", "2026-12-24", "2026-12-31"]\n')
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
