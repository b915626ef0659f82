#!/usr/bin/env python3
"""Build round29: a third ordinary fortnight (30 Nov - 13 Dec 2026) at the CEPR inboxes.

Writes NNN-slug.eml, labels.jsonl and checks them. Run with the r29 venv:
    /work/rounds/.venv-r29/bin/python build.py
"""
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import sys
from email import policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import logging

import holidays
import phonenumbers
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
UTC = dt.timezone.utc
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"

random.seed(29)
logging.disable(logging.CRITICAL)

# ---------------------------------------------------------------- calendar
def is_bd(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NON_WORKING


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(recv):
    loc = recv.astimezone(LIMA)
    d = loc.date()
    if is_bd(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


PROC = {
    "solicitud_refugio": (None, [], None, "portal"),
    "autorizacion_trabajo": (None, [], None, "portal"),
    "entrevista_registro": (None, [], None, "portal"),
    "carne_solicitante": (S, [], None, "suspendido"),
    "actualizacion_datos": (S, ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15, "acuse"),
    "cambio_clave": (S, ["nombres", "documento_identidad", "telefono", "correo"], 15, "acuse"),
    "reconsideracion": (M, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15, "cargo"),
    "apelacion": (M, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30, "cargo"),
    "renuncia": (M, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15, "acuse"),
    "prorroga_residencia": (R, ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15, "acuse"),
    "duplicado_carne_extranjeria": (R, ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15, "acuse"),
    "autorizacion_viaje": (R, ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5, "acuse"),
}
RECURSOS = {"reconsideracion", "apelacion"}

# ---------------------------------------------------------------- documents
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
if not os.path.exists(HAND):
    HAND = FONT


def text_pdf_bytes(lines, compress=True):
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def letter_image(lines, signer):
    w, h = 1240, 1754
    img = Image.new("RGB", (w, h), (246, 244, 238))
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(HAND, 30)
    y = 120
    rnd = random.Random(signer)
    for ln in lines:
        x = 100 + rnd.randint(-6, 6)
        dr.text((x, y), ln, fill=(25, 30, 90), font=f)
        y += 46 if ln else 30
    # a scribbled signature
    y += 60
    pts = []
    x = 420
    for i in range(40):
        x += rnd.randint(6, 14)
        pts.append((x, y + rnd.randint(-35, 35)))
    dr.line(pts, fill=(20, 20, 110), width=4)
    dr.line((380, y + 60, 860, y + 60), fill=(60, 60, 60), width=2)
    dr.text((450, y + 70), signer, fill=(25, 30, 90), font=ImageFont.truetype(HAND, 26))
    return img


def jpeg_bytes(lines, signer):
    buf = io.BytesIO()
    letter_image(lines, signer).save(buf, format="JPEG", quality=70)
    return buf.getvalue()


def image_pdf_bytes(lines, signer):
    """A 'scanned' letter: a PDF holding only an image, no text layer."""
    img = letter_image(lines, signer).convert("L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=60)
    buf.seek(0)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


_KEYS = {}


def signer_for(name):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers

    if name in _KEYS:
        return _KEYS[name]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subj = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
        x509.NameAttribute(NameOID.COMMON_NAME, name),
    ])
    now = dt.datetime(2026, 6, 1, tzinfo=UTC)
    cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=900))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    kp = os.path.join("/tmp", f"r29key-{abs(hash(name))}.pem")
    cp = os.path.join("/tmp", f"r29cert-{abs(hash(name))}.pem")
    with open(kp, "wb") as fh:
        fh.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()))
    with open(cp, "wb") as fh:
        fh.write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kp, cp)
    os.unlink(kp)
    os.unlink(cp)
    _KEYS[name] = s
    return s


def signed_pdf_bytes(lines, signer_name, compress=True):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    raw = text_pdf_bytes(lines, compress=compress)
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma"),
                           signer=signer_for(signer_name))
    return out.getvalue()


def pdf_intact(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    r = PdfFileReader(io.BytesIO(data))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return st.intact and st.valid


def altered_pdf_bytes(lines, signer_name, old, new):
    assert len(old) == len(new)
    data = signed_pdf_bytes(lines, signer_name, compress=False)
    o, n = old.encode("latin-1"), new.encode("latin-1")
    assert data.count(o) >= 1, old
    data = data.replace(o, n, 1)
    assert pdf_intact(data) is False
    return data


def pdf_text(data):
    from pypdf import PdfReader
    return "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages)


def build_attachment(spec):
    kind, fname = spec[0], spec[1]
    if kind == "text_pdf":
        return fname, "application", "pdf", text_pdf_bytes(spec[2])
    if kind == "signed_pdf":
        return fname, "application", "pdf", signed_pdf_bytes(spec[2], spec[3])
    if kind == "invalid_pdf":
        return fname, "application", "pdf", altered_pdf_bytes(spec[2], spec[3], spec[4], spec[5])
    if kind == "image_pdf":
        return fname, "application", "pdf", image_pdf_bytes(spec[2], spec[3])
    if kind == "jpeg":
        return fname, "image", "jpeg", jpeg_bytes(spec[2], spec[3])
    raise ValueError(kind)


# ---------------------------------------------------------------- messages
# Each entry: slug, mailbox, received (Lima wall time), From, Subject, body, labels...
MSGS = []


def msg(**kw):
    kw.setdefault("attachments", [])
    kw.setdefault("html", None)
    kw.setdefault("headers", {})
    kw.setdefault("notified", None)
    kw.setdefault("recv_utc", False)
    kw.setdefault("to", None)
    kw.setdefault("cc", None)
    kw.setdefault("phones", {})
    kw.setdefault("flags", [])
    kw.setdefault("missing", [])
    kw.setdefault("refugiado", False)
    kw.setdefault("special", None)
    MSGS.append(kw)


# 1 ---------------------------------------------------------------------------
msg(slug="actualizacion-un-parrafo-venezolana", mailbox=S, received="2026-11-30 08:12:44",
    sent_delta=95, frm=("Yore Guedez", "yorelis.guedez@gmail.com"),
    subject="actualizacion de datos",
    body=("Buenos dias señores de la Comision, disculpen la molestia, les escribo porque me cambie de casa "
          "y tambien perdi el celular y con el el numero que tenia registrado, entonces quiero actualizar mis "
          "datos para que no se pierda ninguna notificacion de mi caso. Mi nombre es Yorelis Carolina Guédez "
          "Pacheco, soy venezolana, mi cédula es la V-19.876.543 y ahora vivo en la Av. Los Próceres 1460 en "
          "San Juan de Lurigancho cerca al paradero Los Postes, pueden llamarme al 981 234 567 que es mi numero "
          "nuevo y tambien tiene whatsapp, el correo sigue siendo este mismo. Muchas gracias de antemano y "
          "bendiciones\n"),
    procedure="actualizacion_datos",
    fields={"nombres": "Yorelis Carolina Guédez Pacheco", "nacionalidad": "VE",
            "documento_identidad": "V19876543", "telefono": "+51981234567",
            "correo": "yorelis.guedez@gmail.com",
            "motivo": "me cambie de casa y tambien perdi el celular y con el el numero que tenia registrado"},
    phones={"981 234 567": "+51981234567"},
    signature="not_required", outcome="acuse")

# 2 ---------------------------------------------------------------------------
msg(slug="cambio-clave-tres-lineas", mailbox=S, received="2026-11-30 10:47:03",
    sent_delta=12, frm=("ANDRES ROJAS", "afrojas89@hotmail.com"),
    subject="Cambio de clave y contraseña",
    body="Andres Felipe Rojas Muñoz\nC.C. 1.032.456.789\ncel 912 345 678\n",
    procedure="cambio_clave",
    fields={"nombres": "Andres Felipe Rojas Muñoz", "documento_identidad": "1032456789",
            "telefono": "+51912345678", "correo": "afrojas89@hotmail.com"},
    phones={"912 345 678": "+51912345678"},
    signature="not_required", outcome="acuse")

# 3 ---------------------------------------------------------------------------
msg(slug="vecina-pregunta-como-pedir-refugio", mailbox=R, received="2026-11-30 13:02:51",
    sent_delta=40, frm=("Rosa Huamán", "rosita.huaman.q@gmail.com"),
    subject="consulta refugio para mi vecina",
    body=("Hola buenas tardes.\n\nEscribo por mi vecina la señora Mariuxi Elizabeth Chalén Borbor, ella es "
          "ecuatoriana y llegó hace un mes con sus dos hijos porque en Guayaquil la estaban extorsionando y "
          "amenazaron a su hijo mayor. Ella quiere pedir refugio aquí en el Perú pero no sabe cómo presentar "
          "la solicitud de refugio, ni tiene correo propio. Su cédula ecuatoriana es 0923456781. Si necesitan "
          "hablar con ella pueden llamar a mi número 956 412 300 porque ella no tiene celular todavía.\n\n"
          "¿Dónde tiene que hacer la solicitud? Gracias.\nRosa\n"),
    procedure="solicitud_refugio",
    fields={"nombres": "Mariuxi Elizabeth Chalén Borbor", "nacionalidad": "EC",
            "documento_identidad": "0923456781", "telefono": "+51956412300",
            "correo": "rosita.huaman.q@gmail.com",
            "motivo": "en Guayaquil la estaban extorsionando y amenazaron a su hijo mayor"},
    phones={"956 412 300": "+51956412300"},
    signature="not_required", outcome="portal")

# 4 ---------------------------------------------------------------------------
msg(slug="reconsideracion-cubano-pdf-firmado", mailbox=M, received="2026-11-30 15:20:17",
    sent_delta=30, frm=("Yoandry C.", "ycastillo.trabajo@outlook.com"),
    subject="Recurso de Reconsideración",
    body=("Buenas tardes.\n\nAdjunto mi recurso de reconsideración firmado digitalmente contra la resolución "
          "que me denegó la condición de refugiado, la cual me fue notificada el 17 de noviembre de 2026.\n\n"
          "Quedo atento.\nYoandry\n"),
    attachments=[("signed_pdf", "recurso_reconsideracion_YCF.pdf", [
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "Asunto: Recurso de Reconsideración",
        "",
        "Yo, Yoandry Castillo Ferrer, de nacionalidad cubana, identificado con carnet de identidad "
        "N° 88031245671 y pasaporte N° K453921, ante ustedes me presento y digo:",
        "",
        "Que interpongo recurso de reconsideración contra la Resolución N° 4187-2026-CEPR/SE, "
        "que declaró improcedente mi solicitud de refugio.",
        "",
        "MOTIVO: presento nueva prueba que no pude aportar durante la entrevista: la citación policial "
        "emitida en Holguín y la declaración jurada de mi hermano, que acreditan la persecución que sufro "
        "por mis opiniones políticas.",
        "",
        "Teléfono: +51 923 456 118",
        "Correo electrónico: yoandry.cf@gmail.com",
        "",
        "Lima, 30 de noviembre de 2026",
        "Yoandry Castillo Ferrer (firmado digitalmente)",
    ], "Yoandry Castillo Ferrer")],
    procedure="reconsideracion", notified="2026-11-17",
    fields={"nombres": "Yoandry Castillo Ferrer", "nacionalidad": "CU",
            "documento_identidad": "88031245671", "telefono": "+51923456118",
            "correo": "yoandry.cf@gmail.com",
            "motivo": "presento nueva prueba que no pude aportar durante la entrevista"},
    phones={"+51 923 456 118": "+51923456118"},
    signature="valid", outcome="cargo")

# 5 ---------------------------------------------------------------------------
msg(slug="boletin-lista-correo", mailbox=R, received="2026-11-30 17:55:00",
    sent_delta=4, frm=("Boletín Migraciones", "no-reply@boletin.migraciones.gob.pe"),
    subject="Boletín informativo N° 47 – Noviembre 2026",
    headers={"List-Id": "Boletin institucional <boletin.migraciones.gob.pe>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@boletin.migraciones.gob.pe>"},
    body=("BOLETÍN INFORMATIVO N° 47\n\n"
          "- Nuevas agencias desconcentradas en Chiclayo y Tacna.\n"
          "- Horario especial de atención por los feriados del 8 y 9 de diciembre.\n"
          "- Recuerde que puede verificar el estado de sus trámites en línea.\n\n"
          "Usted recibe este mensaje por estar suscrito a nuestra lista. Para darse de baja responda con "
          "la palabra BAJA.\n"),
    procedure=None, fields={}, signature="not_required", outcome="ignorado")

# 6 ---------------------------------------------------------------------------
msg(slug="apelacion-venezolana-prosa-firmada", mailbox=M, received="2026-12-01 09:05:29",
    sent_delta=61, frm=("María Gabriela", "mgabriela.salcedo@yahoo.com"),
    subject="RECURSO DE APELACIÓN",
    body=("Buenos días, mi nombre es María Gabriela Salcedo Urbina, venezolana, titular del pasaporte "
          "N° 134.567.892, y por medio del presente interpongo recurso de apelación contra la resolución que "
          "declaró infundada mi reconsideración, notificada con fecha 12/11/2026. Considero que no se valoró "
          "que soy perseguida por haber denunciado a funcionarios del CICPC por la desaparición de mi esposo, "
          "y que las pruebas de esa denuncia ante el Ministerio Público venezolano fueron presentadas en copia "
          "legalizada. Adjunto el escrito firmado digitalmente. Mi teléfono es 0051 976 543 210 y mi correo el "
          "mismo desde el que escribo.\n\nAtentamente,\nMaría Gabriela Salcedo Urbina\n"),
    attachments=[("signed_pdf", "apelacion_salcedo.pdf", [
        "RECURSO DE APELACIÓN",
        "",
        "María Gabriela Salcedo Urbina, de nacionalidad venezolana, pasaporte N° 134567892, interpongo "
        "recurso de apelación contra la resolución que declaró infundado mi recurso de reconsideración.",
        "",
        "Fundamento: no se valoró que soy perseguida por haber denunciado a funcionarios del CICPC por la "
        "desaparición de mi esposo; las pruebas fueron presentadas en copia legalizada.",
        "",
        "Lima, 1 de diciembre de 2026",
    ], "María Gabriela Salcedo Urbina")],
    procedure="apelacion", notified="2026-11-12",
    fields={"nombres": "María Gabriela Salcedo Urbina", "nacionalidad": "VE",
            "documento_identidad": "134567892", "telefono": "+51976543210",
            "correo": "mgabriela.salcedo@yahoo.com",
            "motivo": "no se valoró que soy perseguida por haber denunciado a funcionarios del CICPC"},
    phones={"0051 976 543 210": "+51976543210"},
    signature="valid", outcome="cargo")

# 7 ---------------------------------------------------------------------------
msg(slug="renuncia-ecuatoriano-pdf-sin-firma", mailbox=M, received="2026-12-01 11:30:08",
    sent_delta=22, frm=("Byron Cedeño", "byron.cedeno.m@gmail.com"),
    subject="Renuncia",
    body="Señores buenos días\nadjunto mi carta de renuncia a mi solicitud de refugio\nsaludos\nByron\n",
    attachments=[("text_pdf", "carta_renuncia.pdf", [
        "Lima, 1 de diciembre de 2026",
        "",
        "Señores",
        "Secretaría Ejecutiva de la Comisión Especial para los Refugiados",
        "",
        "Yo, Byron Steven Cedeño Macías, de nacionalidad ecuatoriana, con cédula de ciudadanía 1312456789, "
        "solicitante de refugio, comunico mi decisión de RENUNCIAR al trámite de mi solicitud de refugio.",
        "",
        "Motivo: mi madre está enferma en Portoviejo y he decidido regresar a Ecuador para cuidarla.",
        "",
        "Teléfono de contacto: 974 120 556",
        "",
        "Atentamente,",
        "Byron Steven Cedeño Macías",
    ])],
    procedure="renuncia",
    fields={"nombres": "Byron Steven Cedeño Macías", "nacionalidad": "EC",
            "documento_identidad": "1312456789", "telefono": "+51974120556",
            "correo": "byron.cedeno.m@gmail.com",
            "motivo": "mi madre está enferma en Portoviejo y he decidido regresar a Ecuador para cuidarla"},
    phones={"974 120 556": "+51974120556"},
    missing=["firma"], signature="absent", outcome="subsanar")

# 8 ---------------------------------------------------------------------------
msg(slug="prorroga-lista-flechas-1629", mailbox=R, received="2026-12-01 16:29:10",
    sent_delta=35, frm=("LUISANA MORA", "luisanamora.r@gmail.com"),
    subject="PRORROGA DE RESIDENCIA",
    body=("Buenas tardes, solicito la prórroga anual de mi residencia como refugiada reconocida.\n\n"
          "NOMBRE COMPLETO ---> LUISANA DEL VALLE MORA RIVAS\n"
          "SEXO ---> F\n"
          "NACIONALIDAD ---> VENEZOLANA\n"
          "PASAPORTE ---> 143256789\n"
          "C.E. ---> 000987654\n"
          "F. NAC ---> 04/11/1979\n"
          "TELF ---> 987-654-321\n\nGracias\n"),
    procedure="prorroga_residencia", refugiado=True,
    fields={"nombres": "LUISANA DEL VALLE MORA RIVAS", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "143256789", "carne_extranjeria": "000987654",
            "fecha_nacimiento": "1979-11-04", "telefono": "+51987654321",
            "correo": "luisanamora.r@gmail.com"},
    phones={"987-654-321": "+51987654321"},
    signature="not_required", outcome="acuse")

# 9 ---------------------------------------------------------------------------
msg(slug="prorroga-hija-escribe-por-papa", mailbox=R, received="2026-12-01 16:45:38",
    sent_delta=70, frm=("Paola Andrea Vargas", "paovargas.ing@gmail.com"),
    subject="Prorroga de residencia de mi papá",
    body=("Buenas tardes, escribo en nombre de mi papá Hernando José Vargas Ospina que no maneja correo. Él es "
          "colombiano y es refugiado reconocido aquí en Perú desde el 2019, necesita la prórroga de residencia "
          "de este año. Su cédula de ciudadanía es 19.345.678, el carné de extranjería es el 001122334, nació el "
          "23 de agosto de 1954 y es de sexo masculino. Cualquier cosa pueden comunicarse conmigo al "
          "944 556 677, yo lo acompaño en todos sus trámites. Muchas gracias.\n\n"
          "Paola Andrea Vargas (hija)\n"),
    procedure="prorroga_residencia", refugiado=True,
    fields={"nombres": "Hernando José Vargas Ospina", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "19345678", "carne_extranjeria": "001122334",
            "fecha_nacimiento": "1954-08-23", "telefono": "+51944556677",
            "correo": "paovargas.ing@gmail.com"},
    phones={"944 556 677": "+51944556677"},
    signature="not_required", outcome="acuse")

# 10 --------------------------------------------------------------------------
msg(slug="apelacion-voluntaria-ong-haitiano-foto-tardia", mailbox=M, received="2026-12-01 19:40:12",
    sent_delta=48, frm=("Sofía - Red de Ayuda al Migrante", "sofia.voluntaria@redayudamigrante.org"),
    subject="apelación del señor Jean-Pierre",
    body=("Buenas noches, soy Sofía Campos, voluntaria de la Red de Ayuda al Migrante. Escribo por el señor "
          "Jean-Pierre Baptiste, de nacionalidad haitiana, pasaporte N° RB4482913, que todavía no habla bien "
          "español. Él quiere apelar la resolución que confirmó la denegatoria de su refugio; la resolución fue "
          "notificada el 3 de noviembre de 2026 pero él recién vino a nuestra oficina la semana pasada. El "
          "motivo de su apelación es que en Puerto Príncipe la banda 400 Mawozo secuestró a su hermano y a él "
          "lo amenazaron de muerte por negarse a unirse a ellos; dice que esto no quedó bien traducido en su "
          "entrevista porque no había intérprete de creole. Adjunto foto de su escrito firmado a mano. Su "
          "celular es 955 204 118 y pueden escribirle a él directamente a jeanpierre.bap@gmail.com.\n\n"
          "Saludos,\nSofía Campos Ugarte\nRed de Ayuda al Migrante\n"),
    attachments=[("jpeg", "escrito_apelacion.jpg", [
        "Lima, 1 de diciembre de 2026",
        "",
        "Señores Comisión Especial para los Refugiados",
        "",
        "Yo Jean-Pierre Baptiste, pasaporte RB4482913,",
        "presento recurso de apelación contra la resolución",
        "que confirma la denegatoria de mi refugio.",
        "En Puerto Príncipe la banda secuestró a mi hermano",
        "y me amenazaron de muerte.",
        "",
        "Atentamente,",
    ], "Jean-Pierre Baptiste")],
    procedure="apelacion", notified="2026-11-03",
    fields={"nombres": "Jean-Pierre Baptiste", "nacionalidad": "HT",
            "documento_identidad": "RB4482913", "telefono": "+51955204118",
            "correo": "jeanpierre.bap@gmail.com",
            "motivo": "en Puerto Príncipe la banda 400 Mawozo secuestró a su hermano y a él lo amenazaron de muerte"},
    phones={"955 204 118": "+51955204118"},
    signature="manuscrita", outcome="cargo", flags=["extemporaneo", "verificar_firma"])

# 11 --------------------------------------------------------------------------
msg(slug="duplicado-carnet-robo-con-denuncia", mailbox=R, received="2026-12-02 08:55:47",
    sent_delta=18, frm=("Jhonny Pérez", "jhonny.perez.ccs@gmail.com"),
    subject="Duplicado de carnet",
    body=("Buen día. Me robaron la billetera en el Metropolitano con mi carné de extranjería adentro, por eso "
          "solicito el duplicado del carné de extranjería. Adjunto la denuncia que hice en la comisaría.\n\n"
          "Nombres y apellidos: Jhonny Alexander Pérez Colmenares\n"
          "Sexo: masculino\n"
          "Nacionalidad: venezolano\n"
          "Cédula: V-21.456.789\n"
          "Carné de extranjería: 002233445\n"
          "Fecha de nacimiento: 17-06-1992\n"
          "Celular: +51 951 357 246\n"),
    attachments=[("text_pdf", "denuncia_comisaria_alfonso_ugarte.pdf", [
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA ALFONSO UGARTE",
        "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 2026-118834",
        "",
        "Denunciante: Jhonny Alexander Pérez Colmenares, C.E. 002233445.",
        "Hecho: robo de billetera con documentos personales (carné de extranjería) en la estación Central "
        "del Metropolitano, el 29 de noviembre de 2026 a las 19:10 horas aproximadamente.",
    ])],
    procedure="duplicado_carne_extranjeria", refugiado=True,
    fields={"nombres": "Jhonny Alexander Pérez Colmenares", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V21456789", "carne_extranjeria": "002233445",
            "fecha_nacimiento": "1992-06-17", "telefono": "+51951357246",
            "correo": "jhonny.perez.ccs@gmail.com",
            "motivo": "Me robaron la billetera en el Metropolitano con mi carné de extranjería adentro"},
    phones={"+51 951 357 246": "+51951357246"},
    signature="not_required", outcome="acuse", denuncia=True)

# 12 --------------------------------------------------------------------------
msg(slug="autorizacion-trabajo-bangladesh-ingles", mailbox=S, received="2026-12-02 10:30:21",
    sent_delta=240, frm=("Rahim Uddin", "rahim.uddin.bd@gmail.com"),
    subject="work permit / autorizacion de trabajo",
    body=("Hello, good morning.\n\nMi nombre Mohammad Rahim Uddin, from Bangladesh, passport number BX0912345. "
          "I am solicitante de refugio since August. How i can get the autorizacion de trabajo virtual? "
          "I not understand the web page, it is only spanish.\n\nMy phone 917 654 321\n\nThank you very much\n"),
    procedure="autorizacion_trabajo",
    fields={"nombres": "Mohammad Rahim Uddin", "nacionalidad": "BD",
            "documento_identidad": "BX0912345", "telefono": "+51917654321",
            "correo": "rahim.uddin.bd@gmail.com"},
    phones={"917 654 321": "+51917654321"},
    signature="not_required", outcome="portal")

# 13 --------------------------------------------------------------------------
msg(slug="duplicado-ce-cubana-sin-denuncia", mailbox=R, received="2026-12-02 12:10:55",
    sent_delta=33, frm=("Dayamí", "dayami.rodriguez84@gmail.com"),
    subject="Duplicado de carné de extranjería",
    body=("Saludos, me dirijo a ustedes para solicitar el duplicado de mi carné de extranjería porque lo perdí "
          "el sábado en Gamarra. Todavía no he podido hacer la denuncia en la comisaría porque trabajo todo "
          "el día, pero la haré esta semana. Mis datos:\n\n"
          "Dayamí Rodríguez Echevarría, sexo femenino, cubana\n"
          "carnet de identidad cubano 84052367891\n"
          "CE 003344556\n"
          "fecha de nacimiento 23/05/84\n"
          "móvil 9 6677 8812\n\nGracias de antemano\n"),
    procedure="duplicado_carne_extranjeria", refugiado=True,
    fields={"nombres": "Dayamí Rodríguez Echevarría", "sexo": "F", "nacionalidad": "CU",
            "documento_identidad": "84052367891", "carne_extranjeria": "003344556",
            "fecha_nacimiento": "1984-05-23", "telefono": "+51966778812",
            "correo": "dayami.rodriguez84@gmail.com",
            "motivo": "lo perdí el sábado en Gamarra"},
    phones={"9 6677 8812": "+51966778812"},
    missing=["denuncia_policial"], signature="not_required", outcome="subsanar")

# 14 --------------------------------------------------------------------------
msg(slug="viaje-madre-hospitalizada-firmado-rango", mailbox=R, received="2026-12-02 14:00:36",
    sent_delta=27, frm=("Ender Lugo", "ender.lugo.m@gmail.com"),
    subject="Autorización de viaje",
    body=("Buenas tardes, adjunto solicitud de autorización de viaje firmada digitalmente. Es urgente porque "
          "mi mamá está hospitalizada.\nGracias.\n"),
    attachments=[("signed_pdf", "solicitud_autorizacion_viaje_lugo.pdf", [
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)",
        "",
        "Nombres y apellidos: Ender José Lugo Marín",
        "Carné de extranjería: 004455667",
        "Teléfono: 925 813 470",
        "",
        "Motivo del viaje: mi madre fue internada de emergencia en el Hospital Universitario de Caracas "
        "por un ACV y soy su único hijo.",
        "Lugar de destino: Caracas, Venezuela",
        "Viajaré del 15 al 30 de diciembre de 2026.",
        "",
        "Lima, 2 de diciembre de 2026",
    ], "Ender José Lugo Marín")],
    procedure="autorizacion_viaje", refugiado=True,
    fields={"nombres": "Ender José Lugo Marín", "carne_extranjeria": "004455667",
            "telefono": "+51925813470", "correo": "ender.lugo.m@gmail.com",
            "motivo": "mi madre fue internada de emergencia en el Hospital Universitario de Caracas",
            "destino": "Caracas, Venezuela", "fecha_salida": "2026-12-15", "fecha_retorno": "2026-12-30"},
    phones={"925 813 470": "+51925813470"},
    signature="valid", outcome="acuse")

# 15 --------------------------------------------------------------------------
msg(slug="reconsideracion-ecuatoriano-tarde", mailbox=M, received="2026-12-02 16:00:14",
    sent_delta=50, frm=("Jefferson Quiñónez", "jeffquinonez.ec@hotmail.com"),
    subject="Recurso de reconsideracion - Jefferson Quiñónez",
    body=("Señores de la Comisión:\n\n"
          "Yo Jefferson Arturo Quiñónez Castillo, ecuatoriano, cédula 0804567123, presento recurso de "
          "reconsideración contra la resolución que me deniega el refugio, la cual me fue notificada el 2 de "
          "noviembre de 2026. Sé que estoy un poco tarde porque estuve internado en el hospital (adjunto mi "
          "escrito firmado). El motivo es que la Comisión no tomó en cuenta que la banda Los Lobos mató a mi "
          "primo en Esmeraldas y que yo era testigo, y ahora tengo el certificado de defunción y el documento "
          "de la Fiscalía que no tenía antes.\n\n"
          "Teléfono 933 221 004\nCorreo jeffquinonez.ec@hotmail.com\n\nAtte. Jefferson Quiñónez\n"),
    attachments=[("signed_pdf", "reconsideracion_quinonez.pdf", [
        "RECURSO DE RECONSIDERACIÓN",
        "",
        "Jefferson Arturo Quiñónez Castillo, cédula 0804567123, interpongo recurso de reconsideración.",
        "Nueva prueba: certificado de defunción de mi primo y documento de la Fiscalía de Esmeraldas.",
        "",
        "Lima, 2 de diciembre de 2026",
    ], "Jefferson Arturo Quiñónez Castillo")],
    procedure="reconsideracion", notified="2026-11-02",
    fields={"nombres": "Jefferson Arturo Quiñónez Castillo", "nacionalidad": "EC",
            "documento_identidad": "0804567123", "telefono": "+51933221004",
            "correo": "jeffquinonez.ec@hotmail.com",
            "motivo": "la Comisión no tomó en cuenta que la banda Los Lobos mató a mi primo en Esmeraldas"},
    phones={"933 221 004": "+51933221004"},
    signature="valid", outcome="cargo", flags=["extemporaneo"])

# 16 --------------------------------------------------------------------------
msg(slug="permiso-viaje-colombiana-anios-dos-digitos", mailbox=R, received="2026-12-02 21:15:33",
    recv_utc=True, sent_delta=15, frm=("Leidy Johana", "leidyjo.castano@gmail.com"),
    subject="permiso de viaje urgente",
    body=("Buenas noches, soy Leidy Johana Castaño Ríos, refugiada reconocida, con carné de extranjería "
          "005566778. Necesito autorización de viaje para viajar a Cali, Colombia porque mi hijo de 8 años que "
          "vive con mi hermana allá tiene que ser operado del corazón. Saldría el 19/12/26 y volvería el "
          "06/01/27. Mi celular es 952 008 114. Adjunto la solicitud. Que Dios les pague.\n"),
    attachments=[("text_pdf", "solicitud_viaje.pdf", [
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "",
        "Nombre: Leidy Johana Castaño Ríos",
        "Carné de extranjería: 005566778",
        "Destino: Cali, Colombia",
        "Salida: 19/12/26    Retorno: 06/01/27",
        "Motivo: operación de corazón de mi hijo menor de edad",
        "",
        "Firma: ______________________",
    ])],
    procedure="autorizacion_viaje", refugiado=True,
    fields={"nombres": "Leidy Johana Castaño Ríos", "carne_extranjeria": "005566778",
            "telefono": "+51952008114", "correo": "leidyjo.castano@gmail.com",
            "motivo": "mi hijo de 8 años que vive con mi hermana allá tiene que ser operado del corazón",
            "destino": "Cali, Colombia", "fecha_salida": "2026-12-19", "fecha_retorno": "2027-01-06"},
    phones={"952 008 114": "+51952008114"},
    missing=["firma"], signature="absent", outcome="subsanar")

# 17 --------------------------------------------------------------------------
msg(slug="nieto-cambio-clave-abuela", mailbox=S, received="2026-12-03 09:30:02",
    sent_delta=44, frm=("Luis Daniel", "luisdaniel.br2004@gmail.com"),
    subject="cambio de clave de mi abuela",
    body=("buenos dias, escribo por mi abuela Carmen Elena Ruiz de Blanco que es venezolana y tiene su solicitud "
          "de refugio en tramite. Ella necesita el cambio de clave porque ya no se acuerda de la contraseña del "
          "sistema y cuando le da a recuperar no le llega nada. Su pasaporte es 108765432, el correo de ella es "
          "carmen.elena.ruiz52@gmail.com y su telefono 963 852 741 (ella no tiene whatsapp, mejor llamar). "
          "Yo soy su nieto Luis Daniel Blanco, mi cedula es V-30.123.456 por si acaso. gracias\n"),
    procedure="cambio_clave",
    fields={"nombres": "Carmen Elena Ruiz de Blanco", "nacionalidad": "VE",
            "documento_identidad": "108765432", "telefono": "+51963852741",
            "correo": "carmen.elena.ruiz52@gmail.com",
            "motivo": "ya no se acuerda de la contraseña del sistema"},
    phones={"963 852 741": "+51963852741"},
    signature="not_required", outcome="acuse")

# 18 --------------------------------------------------------------------------
msg(slug="cambio-contrasena-haitiana-sin-telefono", mailbox=S, received="2026-12-03 10:02:40",
    sent_delta=9, frm=("Wideline", "wideline.joseph509@gmail.com"),
    subject="Cambio de contraseña",
    body=("Bonjour / buenos dias\n\nYo soy Wideline Joseph, haitiana, passport PP7812340. Yo no puedo entrar en "
          "sistema refugiados porque olvidé la contraseña. Por favor cambiar.\n"
          "Mi correo wideline.joseph509@gmail.com\n\nMerci\n"),
    procedure="cambio_clave",
    fields={"nombres": "Wideline Joseph", "nacionalidad": "HT", "documento_identidad": "PP7812340",
            "correo": "wideline.joseph509@gmail.com", "motivo": "olvidé la contraseña"},
    missing=["telefono"], signature="not_required", outcome="subsanar")

# 19 --------------------------------------------------------------------------
msg(slug="solicitud-refugio-afgano", mailbox=S, received="2026-12-03 11:15:19",
    sent_delta=300, frm=("Ahmad Zia Noori", "ahmadzia.noori@proton.me"),
    subject="Solicitud de Refugio",
    body=("Dear Sir/Madam, Estimado señor:\n\nI am Ahmad Zia Noori, citizen of Afghanistan, passport P01234567. "
          "I arrived in Lima on 20 November 2026 from São Paulo. I want to present a solicitud de refugio "
          "(asylum application) in Peru because I worked as interpreter for foreign forces and the Taliban are "
          "searching me. Please tell me the procedure.\n\nWhatsApp +93 70 123 4567 (Peru phone not yet)\n\n"
          "Thank you.\n"),
    procedure="solicitud_refugio",
    fields={"nombres": "Ahmad Zia Noori", "nacionalidad": "AF", "documento_identidad": "P01234567",
            "telefono": "+93701234567", "correo": "ahmadzia.noori@proton.me",
            "motivo": "I worked as interpreter for foreign forces and the Taliban are searching me"},
    phones={"+93 70 123 4567": "+93701234567"},
    signature="not_required", outcome="portal")

# 20 --------------------------------------------------------------------------
msg(slug="permiso-trabajo-vencido-en-mesa-de-partes", mailbox=M, received="2026-12-03 13:40:57",
    sent_delta=21, frm=("Keyla Bracho", "keylabracho@gmail.com"),
    subject="Permiso de trabajo vencido",
    body=("hola buenas tardes mi autorizacion de trabajo ya se vencio el 28 de noviembre y en la empresa me "
          "dicen que no puedo seguir trabajando sin la renovacion, como hago para renovar la autorizacion de "
          "trabajo?? soy solicitante, mi cedula 25.678.901. gracias\n"),
    procedure="autorizacion_trabajo",
    fields={"documento_identidad": "25678901", "correo": "keylabracho@gmail.com",
            "motivo": "en la empresa me dicen que no puedo seguir trabajando sin la renovacion"},
    signature="not_required", outcome="portal")

# 21 --------------------------------------------------------------------------
msg(slug="actualizacion-tabla-html", mailbox=S, received="2026-12-03 15:00:48",
    sent_delta=17, frm=("Franklin Rondón", "frondon.1975@hotmail.com"),
    subject="Actualización de datos",
    html=("<html><body><p>Buenas tardes,</p><p>Solicito la actualizaci&oacute;n de mis datos de contacto:</p>"
          "<table border='1' cellpadding='4'>"
          "<tr><td>Nombres y Apellidos</td><td>Franklin Rafael Rondón Aguilera</td></tr>"
          "<tr><td>Nacionalidad</td><td>Venezuela</td></tr>"
          "<tr><td>Cédula</td><td>V 12 345 678</td></tr>"
          "<tr><td>Fecha de nacimiento</td><td>02-02-1975</td></tr>"
          "<tr><td>Nuevo teléfono</td><td>(01) 4567890</td></tr>"
          "<tr><td>Nueva dirección</td><td>Calle Las Begonias 245, Surquillo</td></tr>"
          "<tr><td>Correo</td><td>frondon.1975@hotmail.com</td></tr>"
          "</table><p>Atentamente,<br>Franklin Rondón</p></body></html>"),
    body=None,
    procedure="actualizacion_datos",
    fields={"nombres": "Franklin Rafael Rondón Aguilera", "nacionalidad": "VE",
            "documento_identidad": "V12345678", "fecha_nacimiento": "1975-02-02",
            "telefono": "+5114567890", "correo": "frondon.1975@hotmail.com"},
    phones={"(01) 4567890": "+5114567890"},
    signature="not_required", outcome="acuse")

# 22 --------------------------------------------------------------------------
msg(slug="entrevista-registro-senegal", mailbox=S, received="2026-12-03 17:05:26",
    sent_delta=66, frm=("Mamadou Diallo", "mamadou.diallo221@gmail.com"),
    subject="entrevista de registro??",
    body=("Bonjour. Buenas tardes.\n\nYo Mamadou Diallo, Senegal, pasaporte A01234567. Hice mi registro en "
          "línea el 15 octubre. Cuando es mi entrevista de registro? Yo espero el correo pero no llega.\n\n"
          "Tel/WhatsApp 924 680 135\n\nMerci.\n"),
    procedure="entrevista_registro",
    fields={"nombres": "Mamadou Diallo", "nacionalidad": "SN", "documento_identidad": "A01234567",
            "telefono": "+51924680135", "correo": "mamadou.diallo221@gmail.com"},
    phones={"924 680 135": "+51924680135"},
    signature="not_required", outcome="portal")

# 23 --------------------------------------------------------------------------
msg(slug="reconsideracion-lista-barras-escaneada-tarde", mailbox=M, received="2026-12-04 08:20:31",
    sent_delta=29, frm=("Yuliana M", "yuli.mosquera.p@gmail.com"),
    subject="RECURSO DE RECONSIDERACION - EXP. 2025-0012345",
    body=("Buenos días adjunto recurso de reconsideración escaneado con mi firma. Me notificaron la resolución "
          "el lunes 9 de noviembre de 2026.\n\n"
          "NOMBRE: YULIANA MOSQUERA PALACIOS / NACIONALIDAD: colombiana / DOC: C.C. 1.077.456.321 / "
          "TEL: 940 117 325 / CORREO: yuli.mosquera.p@gmail.com\n"
          "MOTIVO: no se tuvo en cuenta que el Clan del Golfo me declaró objetivo militar por ser lideresa "
          "social en Quibdó, adjunto el panfleto y la constancia de la Defensoría del Pueblo.\n"),
    attachments=[("image_pdf", "reconsideracion_escaneada.pdf", [
        "Lima, 3 de diciembre de 2026",
        "",
        "Señores CEPR",
        "Ref.: Exp. 2025-0012345",
        "",
        "Yo, Yuliana Mosquera Palacios, interpongo",
        "recurso de reconsideración contra la",
        "resolución que deniega mi solicitud.",
        "",
        "Atentamente,",
    ], "Yuliana Mosquera P.")],
    procedure="reconsideracion", notified="2026-11-09",
    fields={"nombres": "YULIANA MOSQUERA PALACIOS", "nacionalidad": "CO",
            "documento_identidad": "1077456321", "telefono": "+51940117325",
            "correo": "yuli.mosquera.p@gmail.com",
            "motivo": "no se tuvo en cuenta que el Clan del Golfo me declaró objetivo militar"},
    phones={"940 117 325": "+51940117325"},
    signature="manuscrita", outcome="cargo", flags=["extemporaneo", "verificar_firma"])

# 24 --------------------------------------------------------------------------
msg(slug="prorroga-haitiano-barras-sin-carne", mailbox=R, received="2026-12-04 09:00:09",
    sent_delta=14, frm=("Jean R.", "jeanrobert.desir@gmail.com"),
    subject="Prorroga de recidencia",
    body=("Buenos dias, soy refugiado reconocido y necesito prorroga de residencia.\n\n"
          "Nom y apellido: Jean Robert Désir | Sexo: M | Nacionalidad: Haiti | Pasaporte: RJ2345678 | "
          "Nacimiento: 12/09/1988 | Tel: +51 981 002 347\n\n"
          "No encuentro mi numero de carnet, se lo mando despues.\n"),
    procedure="prorroga_residencia", refugiado=True,
    fields={"nombres": "Jean Robert Désir", "sexo": "M", "nacionalidad": "HT",
            "documento_identidad": "RJ2345678", "fecha_nacimiento": "1988-09-12",
            "telefono": "+51981002347", "correo": "jeanrobert.desir@gmail.com"},
    phones={"+51 981 002 347": "+51981002347"},
    missing=["carne_extranjeria"], signature="not_required", outcome="subsanar")

# 25 --------------------------------------------------------------------------
msg(slug="carne-solicitante-cuando", mailbox=S, received="2026-12-04 10:00:52",
    sent_delta=38, frm=("Génesis Parra", "genesis.parra.v@gmail.com"),
    subject="Carné de solicitante",
    body=("Buen día, quisiera saber cuándo puedo sacar mi carné de solicitante de refugio, ya hice mi entrevista "
          "hace 3 meses.\nGénesis Carolina Parra Díaz, V-26.789.012, tel 961 234 870.\n"),
    procedure="carne_solicitante",
    fields={"nombres": "Génesis Carolina Parra Díaz", "documento_identidad": "V26789012",
            "telefono": "+51961234870", "correo": "genesis.parra.v@gmail.com"},
    phones={"961 234 870": "+51961234870"},
    signature="not_required", outcome="suspendido")

# 26 --------------------------------------------------------------------------
msg(slug="rv-entrevista-hija-por-mama", mailbox=S, received="2026-12-04 12:00:05",
    sent_delta=55, frm=("Mariela Tovar", "marielatovar.95@gmail.com"),
    subject="RV: Entrevista de registro",
    body=("Buenas tardes, les reenvío el correo que le escribí a mi mamá, ella es Nelly Josefina Tovar de "
          "Mendoza, venezolana, pasaporte 098765432. Hizo su solicitud en línea en agosto y todavía no le llega "
          "la cita para la entrevista de registro. El teléfono de ella es +51 930 445 112. Gracias.\n\n"
          "---------- Mensaje reenviado ---------\n"
          "De: Mariela Tovar <marielatovar.95@gmail.com>\n"
          "Fecha: jue, 3 dic 2026 a las 21:14\n"
          "Asunto: Entrevista de registro\n"
          "Para: nelly tovar <nellytovar.mendoza@gmail.com>\n\n"
          "Mami ya les escribo yo a los de refugio para preguntar por tu entrevista, no te preocupes.\n"),
    procedure="entrevista_registro",
    fields={"nombres": "Nelly Josefina Tovar de Mendoza", "nacionalidad": "VE",
            "documento_identidad": "098765432", "telefono": "+51930445112",
            "correo": "marielatovar.95@gmail.com"},
    phones={"+51 930 445 112": "+51930445112"},
    signature="not_required", outcome="portal")

# 27 --------------------------------------------------------------------------
msg(slug="apelacion-firma-alterada-despues-cierre", mailbox=M, received="2026-12-04 16:31:40",
    sent_delta=25, frm=("Ronald Escalona", "ronald.escalona.g@gmail.com"),
    subject="Recurso de Apelación - Ronald Escalona",
    body=("Señores Mesa de Partes:\n\nRemito mi recurso de apelación firmado con mi certificado digital. La "
          "resolución que confirmó la denegatoria me fue notificada el 20/11/2026.\n\n"
          "Atentamente,\nRonald Escalona\n"),
    attachments=[("invalid_pdf", "apelacion_escalona_firmada.pdf", [
        "RECURSO DE APELACIÓN",
        "",
        "Yo, Ronald Enrique Escalona Goitía, venezolano, cédula V-17.234.908, interpongo recurso de "
        "apelación contra la resolución que confirma la denegatoria de mi solicitud de refugio.",
        "",
        "MOTIVO: la Comisión no analizó que fui detenido dos veces por el SEBIN por mi trabajo como "
        "periodista en Barquisimeto, como consta en las constancias que adjunté.",
        "",
        "Teléfono: 947 300 221",
        "Correo: ronald.escalona.g@gmail.com",
        "",
        "Lima, 4 de diciembre de 2026",
    ], "Ronald Enrique Escalona Goitía", "SEBIN", "DGCIM")],
    procedure="apelacion", notified="2026-11-20",
    fields={"nombres": "Ronald Enrique Escalona Goitía", "nacionalidad": "VE",
            "documento_identidad": "V17234908", "telefono": "+51947300221",
            "correo": "ronald.escalona.g@gmail.com",
            "motivo": "la Comisión no analizó que fui detenido por el SEBIN por mi trabajo como periodista"},
    phones={"947 300 221": "+51947300221"},
    missing=["firma"], signature="invalid", outcome="subsanar")

# 28 --------------------------------------------------------------------------
msg(slug="duplicado-carnet-solicitante-mojado-sabado", mailbox=S, received="2026-12-05 09:12:18",
    sent_delta=20, frm=("Yeferson", "yefersonmarquez07@gmail.com"),
    subject="duplicado de carnet",
    body=("Buenos días, se me mojó mi carné de solicitante de refugio y quedó ilegible, quisiera pedir el "
          "duplicado del carné de solicitante.\nYeferson Márquez Colina, V-28.456.123, cel 989 765 430.\n"),
    procedure="carne_solicitante",
    fields={"nombres": "Yeferson Márquez Colina", "documento_identidad": "V28456123",
            "telefono": "+51989765430", "correo": "yefersonmarquez07@gmail.com",
            "motivo": "se me mojó mi carné de solicitante de refugio y quedó ilegible"},
    phones={"989 765 430": "+51989765430"},
    signature="not_required", outcome="suspendido")

# 29 --------------------------------------------------------------------------
msg(slug="consulta-dos-tramites-a-la-vez", mailbox=S, received="2026-12-05 18:00:44",
    sent_delta=31, frm=("Olga Lucía Pineda", "olgalu.pineda@gmail.com"),
    subject="Consulta",
    body=("Buenas tardes, quiero actualizar mis datos porque me mudé a Arequipa y también necesito el cambio de "
          "clave porque no puedo entrar al sistema. Olga Lucía Pineda Restrepo, C.C. 43.567.890, celular "
          "978 123 654. ¿Lo puedo hacer todo en un solo correo? Gracias\n"),
    procedure=None,
    fields={"nombres": "Olga Lucía Pineda Restrepo", "documento_identidad": "43567890",
            "telefono": "+51978123654", "correo": "olgalu.pineda@gmail.com",
            "motivo": "me mudé a Arequipa"},
    phones={"978 123 654": "+51978123654"},
    signature="not_required", outcome="triage")

# 30 --------------------------------------------------------------------------
msg(slug="rebote-undeliverable-cambio-clave", mailbox=S, received="2026-12-06 03:10:27",
    recv_utc=True, sent_delta=3, frm=("Microsoft Outlook", "postmaster@outlook.com"),
    subject="Undeliverable: RE: Cambio de clave y contraseña",
    special="bounce",
    body=("Delivery has failed to these recipients or groups:\n\n"
          "kevin.ruiz.2001@hotmai.com\n"
          "The domain name in the email address is incorrect. Check the address.\n\n"
          "Diagnostic information for administrators:\n"
          "Generating server: AM0PR02MB1234.eurprd02.prod.outlook.com\n"
          "Remote server returned '550 5.4.310 DNS domain hotmai.com does not exist'\n"),
    procedure="cambio_clave", fields={}, signature="not_required", outcome="ignorado")

# 31 --------------------------------------------------------------------------
msg(slug="actualizacion-refugiado-sin-carne-dia-no-laborable", mailbox=S, received="2026-12-07 09:40:11",
    sent_delta=42, frm=("Raudel", "raudel.fonseca@gmail.com"),
    subject="Actualizacion de mis datos de contacto - nuevo celular",
    body=("Buenos días. Soy refugiado reconocido desde el 2023. Les escribo para actualizar mi número de "
          "teléfono, el anterior me lo robaron. Nombre: Raudel Fonseca Almaguer. Nacionalidad: cubana. "
          "Pasaporte: K876543. Nuevo celular: 914-785-236.\n\nSaludos cordiales\n"),
    procedure="actualizacion_datos", refugiado=True,
    fields={"nombres": "Raudel Fonseca Almaguer", "nacionalidad": "CU", "documento_identidad": "K876543",
            "telefono": "+51914785236", "correo": "raudel.fonseca@gmail.com",
            "motivo": "el anterior me lo robaron"},
    phones={"914-785-236": "+51914785236"},
    missing=["carne_extranjeria"], signature="not_required", outcome="subsanar")

# 32 --------------------------------------------------------------------------
msg(slug="actualizacion-camerunesa-buzon-equivocado-feriado", mailbox=R, received="2026-12-08 12:00:37",
    sent_delta=80, frm=("Ngono Marie-Claire", "mcngono.cmr@yahoo.fr"),
    subject="Actualización de datos",
    body=("Señores, buenos dias.\n\nYo, Marie-Claire Ngono Essomba, de nacionalidad camerunesa, pasaporte "
          "N° AA0456789, carné de extranjería 006677889, solicito actualizar mi teléfono y dirección:\n"
          "nuevo número +51 912 003 456\n"
          "dirección: Av. Arequipa 2450, Lince\n\nGracias, cordialement.\n"),
    procedure="actualizacion_datos", refugiado=True,
    fields={"nombres": "Marie-Claire Ngono Essomba", "nacionalidad": "CM",
            "documento_identidad": "AA0456789", "carne_extranjeria": "006677889",
            "telefono": "+51912003456", "correo": "mcngono.cmr@yahoo.fr"},
    phones={"+51 912 003 456": "+51912003456"},
    signature="not_required", outcome="acuse", flags=["derivado"])

# 33 --------------------------------------------------------------------------
msg(slug="respuesta-automatica-institucional", mailbox=M, received="2026-12-08 17:20:02",
    sent_delta=1, frm=("Oficina de Refugiados", "refugiados@rree.gob.pe"),
    subject="Respuesta automática: Prórroga de residencia",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body=("Gracias por escribir a la Oficina de Refugiados. Su mensaje ha sido recibido. Le informamos que los "
          "días 8 y 9 de diciembre son feriados; su correo será atendido a partir del día hábil siguiente.\n"),
    procedure="prorroga_residencia", fields={}, signature="not_required", outcome="ignorado")

# 34 --------------------------------------------------------------------------
msg(slug="prorroga-datos-en-asunto-cuerpo-y-pdf", mailbox=R, received="2026-12-09 20:00:49",
    sent_delta=36, frm=("Daniela Pino", "danipino.salas@gmail.com"),
    subject="Prórroga de residencia - Daniela Alejandra Pino Salas - CE 002345871",
    body="Hola, buenas noches. Adjunto mis datos para la prórroga anual. Mi número es el +51 999 120 450. Gracias!\n",
    attachments=[("text_pdf", "datos_prorroga.pdf", [
        "DATOS PERSONALES",
        "",
        "Sexo: Femenino",
        "Nacionalidad: Venezolana",
        "Pasaporte: 156789043",
        "Fecha de nacimiento: 30 de enero de 1990",
    ])],
    procedure="prorroga_residencia", refugiado=True,
    fields={"nombres": "Daniela Alejandra Pino Salas", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "156789043", "carne_extranjeria": "002345871",
            "fecha_nacimiento": "1990-01-30", "telefono": "+51999120450",
            "correo": "danipino.salas@gmail.com"},
    phones={"+51 999 120 450": "+51999120450"},
    signature="not_required", outcome="acuse")

# 35 --------------------------------------------------------------------------
msg(slug="prorroga-tres-lineas-buzon-solicitantes", mailbox=S, received="2026-12-10 08:30:15",
    sent_delta=11, frm=("wilmer quishpe", "wilmerq1990@gmail.com"),
    subject="prorroga residencia",
    body="Wilmer Javier Quishpe Tenesaca - nac. Ecuador - CE 003456712\nced 1712345678 / cel 987001122\ngracias\n",
    procedure="prorroga_residencia", refugiado=True,
    fields={"nombres": "Wilmer Javier Quishpe Tenesaca", "nacionalidad": "EC",
            "documento_identidad": "1712345678", "carne_extranjeria": "003456712",
            "telefono": "+51987001122", "correo": "wilmerq1990@gmail.com"},
    phones={"987001122": "+51987001122"},
    missing=["sexo", "fecha_nacimiento"], signature="not_required", outcome="subsanar",
    flags=["derivado"])

# 36 --------------------------------------------------------------------------
msg(slug="duplicado-carnet-sin-precisar-cual", mailbox=M, received="2026-12-10 09:00:58",
    sent_delta=19, frm=("Nairobis", "nairobis.g@gmail.com"),
    subject="Duplicado de carnet",
    body=("Hola, perdí mi carnet en el bus y necesito sacar un duplicado. Qué tengo que hacer y a dónde voy?\n"
          "Mi nombre es Nairobis Gutiérrez Laya, teléfono 936 547 210.\n"),
    procedure=None,
    fields={"nombres": "Nairobis Gutiérrez Laya", "telefono": "+51936547210",
            "correo": "nairobis.g@gmail.com", "motivo": "perdí mi carnet en el bus"},
    phones={"936 547 210": "+51936547210"},
    signature="not_required", outcome="triage")

# 37 --------------------------------------------------------------------------
msg(slug="renuncia-refugiado-firmada-digital", mailbox=M, received="2026-12-10 11:00:24",
    sent_delta=47, frm=("Óscar Barrios", "oscarbarrios.lara@gmail.com"),
    subject="RENUNCIA A LA CONDICION DE REFUGIADO",
    body="Buenos días.\nAdjunto mi carta de renuncia firmada digitalmente.\nAtte., Óscar Barrios\n",
    attachments=[("signed_pdf", "renuncia_barrios.pdf", [
        "CARTA DE RENUNCIA",
        "",
        "Yo, Óscar Eduardo Barrios Lara, de nacionalidad venezolana, identificado con pasaporte N° 112233445 "
        "y carné de extranjería N° 007788990, refugiado reconocido, renuncio voluntariamente a la condición "
        "de refugiado.",
        "",
        "Motivo: he obtenido la residencia en España por reagrupación familiar y me mudaré a Valencia en "
        "enero de 2027.",
        "",
        "Teléfono de contacto: +51 955 667 788",
        "",
        "Lima, 10 de diciembre de 2026",
    ], "Óscar Eduardo Barrios Lara")],
    procedure="renuncia", refugiado=True,
    fields={"nombres": "Óscar Eduardo Barrios Lara", "nacionalidad": "VE",
            "documento_identidad": "112233445", "carne_extranjeria": "007788990",
            "telefono": "+51955667788", "correo": "oscarbarrios.lara@gmail.com",
            "motivo": "he obtenido la residencia en España por reagrupación familiar"},
    phones={"+51 955 667 788": "+51955667788"},
    signature="valid", outcome="acuse")

# 38 --------------------------------------------------------------------------
msg(slug="renuncia-sirio-foto-carta-buzon-refugiados", mailbox=R, received="2026-12-10 15:00:13",
    sent_delta=58, frm=("Khaled Al-Hassan", "khaled.alhassan88@gmail.com"),
    subject="Renuncia a solicitud de refugio",
    body=("Buenas tardes.\n\nMi nombre es Khaled Al-Hassan, soy de Siria, pasaporte N° N009876543. Envío foto de "
          "mi carta firmada a mano, renuncio a mi solicitud de refugio porque recibí visa humanitaria de Canadá "
          "y viajo en enero. Mi teléfono 978 900 112.\n\nGracias.\n"),
    attachments=[("jpeg", "carta_renuncia_khaled.jpg", [
        "Lima, 10 de diciembre de 2026",
        "",
        "Señores Comisión Especial para los Refugiados",
        "",
        "Yo Khaled Al-Hassan renuncio a mi solicitud",
        "de refugio en el Perú.",
        "",
        "Atentamente,",
    ], "Khaled Al-Hassan")],
    procedure="renuncia",
    fields={"nombres": "Khaled Al-Hassan", "nacionalidad": "SY", "documento_identidad": "N009876543",
            "telefono": "+51978900112", "correo": "khaled.alhassan88@gmail.com",
            "motivo": "recibí visa humanitaria de Canadá y viajo en enero"},
    phones={"978 900 112": "+51978900112"},
    signature="manuscrita", outcome="acuse", flags=["derivado", "verificar_firma"])

# 39 --------------------------------------------------------------------------
msg(slug="apelacion-por-abogado-firmada", mailbox=M, received="2026-12-10 16:10:45",
    sent_delta=23, frm=("Estudio Mendoza & Asociados", "estudio.mendoza.abogados@gmail.com"),
    subject="Recurso de Apelación – Sr. Deivis Rafael Colina Urdaneta",
    body=("Señores de Mesa de Partes del Ministerio de Relaciones Exteriores:\n\n"
          "Carlos Alberto Mendoza Quispe, abogado con Reg. CAL N° 45678, en representación de mi patrocinado el "
          "señor Deivis Rafael Colina Urdaneta, cumplo con presentar el recurso de apelación que adjunto, firmado "
          "digitalmente por el recurrente, contra la resolución notificada el 25 de noviembre de 2026.\n\n"
          "Para efectos de notificación, señalo el teléfono 01 422 3344 y el correo "
          "estudio.mendoza.abogados@gmail.com.\n\n"
          "Atentamente,\nCarlos Alberto Mendoza Quispe\nDNI 41234567\n"),
    attachments=[("signed_pdf", "apelacion_colina_urdaneta.pdf", [
        "RECURSO DE APELACIÓN",
        "",
        "Deivis Rafael Colina Urdaneta, venezolano, con pasaporte N° 145698723, interpongo recurso de "
        "apelación contra la resolución que declaró infundado mi recurso de reconsideración.",
        "",
        "Fundamentos: la resolución no valoró el informe de la ONG Foro Penal sobre mi detención arbitraria "
        "en 2024 ni la orden de captura emitida en mi contra por participar en protestas en Maracaibo.",
        "",
        "Lima, 10 de diciembre de 2026",
    ], "Deivis Rafael Colina Urdaneta")],
    procedure="apelacion", notified="2026-11-25",
    fields={"nombres": "Deivis Rafael Colina Urdaneta", "nacionalidad": "VE",
            "documento_identidad": "145698723", "telefono": "+5114223344",
            "correo": "estudio.mendoza.abogados@gmail.com",
            "motivo": "la resolución no valoró el informe de la ONG Foro Penal sobre mi detención arbitraria"},
    phones={"01 422 3344": "+5114223344"},
    signature="valid", outcome="cargo")

# 40 --------------------------------------------------------------------------
msg(slug="alerta-seguridad-noreply", mailbox=S, received="2026-12-10 19:03:09",
    sent_delta=2, frm=("Google", "no-reply@accounts.google.com"),
    subject="Alerta de seguridad",
    headers={"Auto-Submitted": "auto-generated"},
    body=("Se detectó un nuevo inicio de sesión en la cuenta vinculada a solicitantesrefugio@rree.gob.pe desde "
          "un dispositivo Windows. Si fuiste tú, no tienes que hacer nada.\n\n"
          "Revisa la actividad: https://myaccount.google.com/notifications\n"),
    procedure=None, fields={}, signature="not_required", outcome="ignorado")

# 41 --------------------------------------------------------------------------
msg(slug="reconsideracion-haitiana-solo-texto-buzon-solicitantes", mailbox=S, received="2026-12-11 09:20:38",
    sent_delta=26, frm=("Roseline", "roseline.pierre.ht@gmail.com"),
    subject="Reconsideracion",
    body=("Buenos días señores, mi nombre es Roseline Pierre-Louis, nacionalidad haitiana, pasaporte RH0345671. "
          "Quiero pedir reconsideración porque la comisión dice que yo no tengo miedo fundado pero en Haití las "
          "pandillas quemaron mi casa en Croix-des-Bouquets y mataron a mi esposo, yo tengo los papeles de la "
          "policía de Haití ahora. Mi teléfono es 913 557 902 y mi correo roseline.pierre.ht@gmail.com.\n\n"
          "Dios les bendiga.\n"),
    procedure="reconsideracion",
    fields={"nombres": "Roseline Pierre-Louis", "nacionalidad": "HT", "documento_identidad": "RH0345671",
            "telefono": "+51913557902", "correo": "roseline.pierre.ht@gmail.com",
            "motivo": "en Haití las pandillas quemaron mi casa en Croix-des-Bouquets y mataron a mi esposo"},
    phones={"913 557 902": "+51913557902"},
    missing=["firma"], signature="absent", outcome="subsanar", flags=["derivado"])

# 42 --------------------------------------------------------------------------
msg(slug="duplicado-ce-ong-congo-tabulado", mailbox=R, received="2026-12-11 12:30:20",
    sent_delta=64, frm=("Programa de Protección - Asoc. Puentes Solidarios", "proteccion@puentessolidarios.org.pe"),
    subject="Solicitud de duplicado de carné de extranjería – Sr. Patrick Mbuyi Kalala",
    body=("Estimados, les saludamos desde el programa de protección de la Asociación Puentes Solidarios. "
          "Acompañamos al señor Patrick Mbuyi Kalala, refugiado reconocido, a quien le robaron su carné de "
          "extranjería en Villa El Salvador. Adjuntamos la denuncia policial. Sus datos:\n\n"
          "Nombres y apellidos:\tPatrick Mbuyi Kalala\n"
          "Sexo:\tMasculino\n"
          "Nacionalidad:\tRepública Democrática del Congo\n"
          "Pasaporte:\tOP0123456\n"
          "Carné de extranjería:\t008899001\n"
          "Fecha de nacimiento:\t1985-07-14\n"
          "Teléfono:\t+51 964 218 337\n\n"
          "Atentamente,\nMilagros Sánchez Ríos\nVoluntaria – Programa de Protección\n"),
    attachments=[("text_pdf", "Denuncia_PNP_Mbuyi.pdf", [
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA VILLA EL SALVADOR",
        "DENUNCIA POR ROBO N° 2026-77120",
        "",
        "Se registra la denuncia de Patrick Mbuyi Kalala por la sustracción de su carné de extranjería "
        "ocurrida el 6 de diciembre de 2026.",
    ])],
    procedure="duplicado_carne_extranjeria", refugiado=True,
    fields={"nombres": "Patrick Mbuyi Kalala", "sexo": "M", "nacionalidad": "CD",
            "documento_identidad": "OP0123456", "carne_extranjeria": "008899001",
            "fecha_nacimiento": "1985-07-14", "telefono": "+51964218337",
            "correo": "proteccion@puentessolidarios.org.pe",
            "motivo": "le robaron su carné de extranjería en Villa El Salvador"},
    phones={"+51 964 218 337": "+51964218337"},
    signature="not_required", outcome="acuse", denuncia=True)

# 43 --------------------------------------------------------------------------
msg(slug="reconsideracion-firmada-despues-cierre-anio-corto", mailbox=M, received="2026-12-11 17:45:59",
    sent_delta=13, frm=("Anyelo", "anyelo.vp@gmail.com"),
    subject="Recurso de reconsideración",
    body=("Buenas tardes, envío mi recurso de reconsideración contra la resolución notificada el 23/11/26. Mi "
          "número de teléfono es 927-114-580.\nSaludos.\nAnyelo\n"),
    attachments=[("signed_pdf", "recurso_villalobos.pdf", [
        "RECURSO DE RECONSIDERACIÓN",
        "",
        "Yo, Anyelo José Villalobos Pérez, con cédula de identidad N° V-24.567.110, interpongo recurso de "
        "reconsideración contra la resolución que deniega mi solicitud de refugio.",
        "",
        "Motivo: adjunto nueva prueba, la constancia de amenazas emitida por la Defensoría del Pueblo de "
        "Venezuela y las capturas de los mensajes recibidos de los colectivos de mi barrio en Petare.",
        "",
        "Lima, 11 de diciembre de 2026",
    ], "Anyelo José Villalobos Pérez")],
    procedure="reconsideracion", notified="2026-11-23",
    fields={"nombres": "Anyelo José Villalobos Pérez", "documento_identidad": "V24567110",
            "telefono": "+51927114580", "correo": "anyelo.vp@gmail.com",
            "motivo": "adjunto nueva prueba, la constancia de amenazas emitida por la Defensoría del Pueblo"},
    phones={"927-114-580": "+51927114580"},
    signature="valid", outcome="cargo")

# 44 --------------------------------------------------------------------------
msg(slug="re-cambio-clave-respuesta-con-cita", mailbox=S, received="2026-12-11 23:50:04",
    recv_utc=True, sent_delta=7, frm=("Milagros", "mila.zambrano.c@gmail.com"),
    subject="RE: Cambio de clave y contraseña",
    body=("Buenas noches, disculpen, aquí les mando los datos que me pidieron:\n"
          "mi nombre completo es Milagros del Carmen Zambrano Colmenárez, pasaporte 129876540, celular "
          "+58 414 555 2211 (todavía uso mi línea de Venezuela), correo mila.zambrano.c@gmail.com\n\nGracias\n\n"
          "-----Mensaje original-----\n"
          "De: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>\n"
          "Enviado: miércoles, 2 de diciembre de 2026 11:20\n"
          "Para: mila.zambrano.c@gmail.com\n"
          "Asunto: Cambio de clave y contraseña\n\n"
          "Estimada usuaria: para atender su pedido de cambio de clave envíe sus nombres completos, N° de "
          "pasaporte o cédula, teléfono y correo electrónico.\n"
          "Secretaría Ejecutiva - CEPR\n"),
    procedure="cambio_clave",
    fields={"nombres": "Milagros del Carmen Zambrano Colmenárez", "documento_identidad": "129876540",
            "telefono": "+584145552211", "correo": "mila.zambrano.c@gmail.com"},
    phones={"+58 414 555 2211": "+584145552211"},
    signature="not_required", outcome="acuse")

# 45 --------------------------------------------------------------------------
msg(slug="viaje-hija-por-madre-escaneado-sin-anio", mailbox=R, received="2026-12-12 10:00:30",
    sent_delta=41, frm=("Yanelis Hernández", "yanelis.hdez.cu@gmail.com"),
    subject="Autorizacion de viaje para mi madre",
    body=("Buenos días. Les escribo en nombre de mi mamá, Mercedes Caridad Ortiz Valdés, refugiada reconocida, "
          "carné de extranjería 009900112. Mi abuela falleció ayer en La Habana y mi mamá necesita viajar a "
          "La Habana, Cuba para acompañar a la familia y ver los trámites de la herencia. Viajaría del 16 de "
          "diciembre al 10 de enero. Adjunto la solicitud escaneada con la firma de ella. Mi teléfono para "
          "cualquier coordinación: 945 331 890.\nGracias.\nYanelis\n"),
    attachments=[("image_pdf", "solicitud_viaje_escaneada.pdf", [
        "Lima, 12 de diciembre de 2026",
        "",
        "Señores Oficina de Refugiados",
        "",
        "Yo Mercedes Caridad Ortiz Valdés, CE 009900112,",
        "solicito autorización de viaje a La Habana",
        "por fallecimiento de mi madre.",
        "Salida 16/12   Retorno 10/01",
        "",
        "Atentamente,",
    ], "Mercedes C. Ortiz")],
    procedure="autorizacion_viaje", refugiado=True,
    fields={"nombres": "Mercedes Caridad Ortiz Valdés", "carne_extranjeria": "009900112",
            "telefono": "+51945331890", "correo": "yanelis.hdez.cu@gmail.com",
            "motivo": "Mi abuela falleció ayer en La Habana",
            "destino": "La Habana, Cuba", "fecha_salida": "2026-12-16", "fecha_retorno": "2027-01-10"},
    phones={"945 331 890": "+51945331890"},
    signature="manuscrita", outcome="acuse", flags=["verificar_firma"])

# 46 --------------------------------------------------------------------------
msg(slug="fwd-apelacion-sin-telefono-sabado", mailbox=M, received="2026-12-12 14:00:19",
    sent_delta=16, frm=("Catalina Ríos", "catarios.b@gmail.com"),
    subject="Fwd: recurso de apelacion",
    body=("Reenvío porque creo que no les llegó.\n\n"
          "---------- Forwarded message ---------\n"
          "From: Catalina Ríos <catarios.b@gmail.com>\n"
          "Date: vie, 11 dic 2026 a las 22:05\n"
          "Subject: recurso de apelacion\n"
          "To: <mesadepartez@rree.gob.pe>\n\n"
          "Señores, interpongo recurso de apelación contra la resolución que confirmó la denegatoria de mi "
          "solicitud. Soy Ana Catalina Ríos Betancur, colombiana, cédula de ciudadanía 1.036.789.456. El motivo: "
          "la Comisión consideró que podía reubicarme dentro de Colombia, pero las disidencias de las FARC me "
          "buscaron también en Medellín, como consta en el escrito. Mi correo catarios.b@gmail.com. Adjunto "
          "escrito con firma digital.\n"),
    attachments=[("signed_pdf", "apelacion_rios_betancur.pdf", [
        "RECURSO DE APELACIÓN",
        "",
        "Ana Catalina Ríos Betancur, cédula de ciudadanía 1036789456, interpongo recurso de apelación.",
        "Fundamento: no existe alternativa de huida interna; las disidencias de las FARC me ubicaron en "
        "Medellín en marzo de 2026.",
        "",
        "Lima, 11 de diciembre de 2026",
    ], "Ana Catalina Ríos Betancur")],
    procedure="apelacion",
    fields={"nombres": "Ana Catalina Ríos Betancur", "nacionalidad": "CO",
            "documento_identidad": "1036789456", "correo": "catarios.b@gmail.com",
            "motivo": "las disidencias de las FARC me buscaron también en Medellín"},
    missing=["telefono"], signature="valid", outcome="subsanar")

# 47 --------------------------------------------------------------------------
msg(slug="consulta-apostilla-buzon-equivocado", mailbox=M, received="2026-12-12 16:45:33",
    sent_delta=28, frm=("Jorge Luis Paredes", "jlparedes.sanchez@gmail.com"),
    subject="Consulta sobre apostilla de partida",
    body=("Buenas tardes, quisiera saber el horario de atención para apostillar una partida de nacimiento. "
          "¿Se hace en línea o tengo que ir a la oficina de Jesús María?\n\n"
          "Jorge Luis Paredes Sánchez\nTel. (01) 345 6789\n"),
    procedure=None,
    fields={"nombres": "Jorge Luis Paredes Sánchez", "telefono": "+5113456789",
            "correo": "jlparedes.sanchez@gmail.com"},
    phones={"(01) 345 6789": "+5113456789"},
    signature="not_required", outcome="triage")

# 48 --------------------------------------------------------------------------
msg(slug="permiso-viaje-sin-fecha-retorno-mesa-de-partes", mailbox=M, received="2026-12-13 19:30:42",
    sent_delta=34, frm=("Gustavo A. Linares", "galinares@gmail.com"),
    subject="Solicitud de permiso de viaje - urgente",
    body=("Buenas noches. Adjunto mi solicitud firmada digitalmente para autorización de viaje a Bogotá, "
          "Colombia. Mi hija será operada el 18 de diciembre y tengo que estar con ella. Salgo el 17 de "
          "diciembre de 2026; la fecha de regreso todavía no la sé porque depende de la recuperación de la niña.\n"
          "Gustavo Adolfo Linares Peña, CE 001357913, cel 946 802 135.\n"),
    attachments=[("signed_pdf", "permiso_viaje_linares.pdf", [
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "",
        "Gustavo Adolfo Linares Peña, carné de extranjería 001357913, solicito autorización para viajar a "
        "Bogotá, Colombia, saliendo el 17 de diciembre de 2026, por la cirugía de mi hija.",
        "",
        "Lima, 13 de diciembre de 2026",
    ], "Gustavo Adolfo Linares Peña")],
    procedure="autorizacion_viaje", refugiado=True,
    fields={"nombres": "Gustavo Adolfo Linares Peña", "carne_extranjeria": "001357913",
            "telefono": "+51946802135", "correo": "galinares@gmail.com",
            "motivo": "Mi hija será operada el 18 de diciembre y tengo que estar con ella",
            "destino": "Bogotá, Colombia", "fecha_salida": "2026-12-17"},
    phones={"946 802 135": "+51946802135"},
    missing=["fecha_retorno"], signature="valid", outcome="subsanar", flags=["derivado"])

# 49 --------------------------------------------------------------------------
msg(slug="urgente-expediente-sin-tramite-domingo", mailbox=R, received="2026-12-13 22:40:16",
    sent_delta=10, frm=("Maryori", "maryori.c.l@hotmail.com"),
    subject="URGENTE!!!",
    body=("por favor necesito saber como va mi expediente 2026-004512, mande todo hace 8 meses y nadie me "
          "responde. mi pasaporte es 087654321 y mi numero 957 112 003\nMaryori Castillo Linares\n"),
    procedure=None,
    fields={"nombres": "Maryori Castillo Linares", "documento_identidad": "087654321",
            "telefono": "+51957112003", "correo": "maryori.c.l@hotmail.com"},
    phones={"957 112 003": "+51957112003"},
    signature="not_required", outcome="triage")


# ---------------------------------------------------------------- writing
def lima(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LIMA)


def received_header(m, recv, idx):
    host = {S: "mx1.rree.gob.pe", M: "mx2.rree.gob.pe", R: "mx1.rree.gob.pe"}[m["mailbox"]]
    dom = m["frm"][1].split("@")[1]
    t = recv.astimezone(UTC) if m["recv_utc"] else recv
    stamp = format_datetime(t)
    if m["recv_utc"]:
        stamp = stamp.replace("-0000", "+0000")
    return (f"from mail-out.{dom} (mail-out.{dom} [190.{idx % 200}.{(idx * 7) % 250}.{(idx * 13) % 250}]) "
            f"by {host} (Postfix) with ESMTPS id 4R{idx:02d}X{idx * 37 % 100:02d}Q "
            f"for <{m['mailbox']}>; {stamp}")


def inner_received(m, sent, idx):
    dom = m["frm"][1].split("@")[1]
    return f"by smtp.{dom} with SMTP id z{idx}mr{idx * 311}; {format_datetime(sent)}"


def make_message(m, idx):
    recv = lima(m["received"])
    sent = recv - dt.timedelta(seconds=m["sent_delta"])
    to = m["to"] or m["mailbox"]
    name, addr = m["frm"]

    if m["special"] == "bounce":
        outer = MIMEMultipart("report", report_type="delivery-status")
        outer.attach(MIMEText(m["body"], "plain", "utf-8"))
        ds = MIMEBase("message", "delivery-status")
        b1, b2 = Message(), Message()
        b1["Reporting-MTA"] = "dns;AM0PR02MB1234.eurprd02.prod.outlook.com"
        b2["Final-Recipient"] = "rfc822;kevin.ruiz.2001@hotmai.com"
        b2["Action"] = "failed"
        b2["Status"] = "5.4.310"
        b2["Diagnostic-Code"] = "smtp;550 5.4.310 DNS domain hotmai.com does not exist"
        ds.set_payload([b1, b2])
        outer.attach(ds)
        hdrs = MIMEText("From: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>\n"
                        "To: kevin.ruiz.2001@hotmai.com\n"
                        "Subject: RE: Cambio de clave y contraseña\n"
                        "Date: Sat, 5 Dec 2026 22:10:00 -0500\n", "rfc822-headers", "utf-8")
        outer.attach(hdrs)
        em = outer
    else:
        em = EmailMessage(policy=policy.SMTP)
        if m["html"] is not None and m["body"] is None:
            em.set_content(m["html"], subtype="html")
        else:
            em.set_content(m["body"])
        for spec in m["attachments"]:
            fname, mt, st, data = build_attachment(spec)
            em.add_attachment(data, maintype=mt, subtype=st, filename=fname)
            m.setdefault("_att", []).append((fname, mt, data))

    def put(k, v):
        if not isinstance(em, EmailMessage) and not v.isascii():
            v = Header(v, "utf-8")
        em[k] = v

    put("Received", received_header(m, recv, idx))
    put("Received", inner_received(m, sent, idx))
    put("Delivered-To", m["mailbox"])
    put("Return-Path", f"<{addr}>" if m["special"] != "bounce" else "<>")
    put("Message-ID", make_msgid(idstring=f"r29.{idx:03d}", domain=addr.split("@")[1]))
    put("Date", format_datetime(sent))
    put("From", f"{name} <{addr}>")
    put("To", to)
    if m["cc"]:
        put("Cc", m["cc"])
    put("Subject", m["subject"])
    for k, v in m["headers"].items():
        put(k, v)
    if m["special"] == "bounce":
        put("Auto-Submitted", "auto-replied")
    if "MIME-Version" not in em:
        put("MIME-Version", "1.0")
    return em, recv


def compute_expected(m):
    """Independent re-derivation of missing/outcome/flags from the hand labels."""
    proc = m["procedure"]
    if m["outcome"] == "ignorado":
        return [], "ignorado", []
    if proc is None:
        return [], "triage", []
    home, reqs, plazo, ok = PROC[proc]
    if ok == "portal":
        return [], "portal", []
    flags = []
    if home != m["mailbox"]:
        flags.append("derivado")
    if ok == "suspendido":
        return [], "suspendido", flags
    missing = []
    for r in reqs:
        star = r.endswith("*")
        r = r.rstrip("*")
        if r == "firma":
            if m["signature"] in ("invalid", "absent"):
                missing.append("firma")
        elif r == "denuncia_policial":
            if not m.get("denuncia"):
                missing.append(r)
        elif star and not m["refugiado"]:
            continue
        elif r not in m["fields"]:
            missing.append(r)
    if m["signature"] == "manuscrita":
        flags.append("verificar_firma")
    if proc in RECURSOS and m["notified"]:
        limit = add_bd(dt.date.fromisoformat(m["notified"]), 15)
        if filing_day(lima(m["received"])) > limit:
            flags.append("extemporaneo")
    outcome = "subsanar" if missing else ok
    return missing, outcome, flags


def main():
    os.chdir(HERE)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.unlink(f)
    order = sorted(MSGS, key=lambda m: lima(m["received"]))
    labels = []
    for i, m in enumerate(order, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        em, recv = make_message(m, i)
        with open(fname, "wb") as fh:
            if isinstance(em, EmailMessage):
                fh.write(em.as_bytes(policy=policy.SMTP))
            else:
                fh.write(em.as_bytes())
        proc = m["procedure"]
        # consistency checks
        missing, outcome, flags = compute_expected(m)
        assert missing == m["missing"], (fname, missing, m["missing"])
        assert outcome == m["outcome"], (fname, outcome, m["outcome"])
        assert sorted(flags) == sorted(m["flags"]), (fname, flags, m["flags"])
        req = PROC[proc][1] if proc else []
        if "firma" not in req:
            assert m["signature"] == "not_required", fname
        for raw, e164 in m["phones"].items():
            assert phonenumbers.format_number(phonenumbers.parse(raw, "PE"),
                                              phonenumbers.PhoneNumberFormat.E164) == e164, (fname, raw)
        if outcome != "ignorado":
            assert "correo" in m["fields"], fname
        fd = filing_day(recv)
        if outcome in ("subsanar",):
            due = add_bd(fd, 2)
        elif outcome in ("acuse", "cargo"):
            due = add_bd(fd, PROC[proc][2])
        else:
            due = None
        # attachment checks
        for fn, mt, data in m.get("_att", []):
            if mt == "application":
                intact = pdf_intact(data)
                txt = pdf_text(data)
                m.setdefault("_pdf", []).append((fn, intact, len(txt.strip())))
        labels.append({
            "file": fname, "mailbox": m["mailbox"], "received": recv.isoformat(),
            "procedure": proc, "fields": m["fields"], "missing": m["missing"],
            "signature": m["signature"], "outcome": m["outcome"], "flags": m["flags"],
            "filing_date": fd.isoformat(), "due_date": due.isoformat() if due else None,
        })
        print(f"{fname:70s} {m['outcome']:10s} fd={fd} due={due} {m.get('_pdf', '')}")
    with open("labels.jsonl", "w", encoding="utf-8") as fh:
        for lb in labels:
            fh.write(json.dumps(lb, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
