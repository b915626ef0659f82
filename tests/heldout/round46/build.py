#!/usr/bin/env python3
"""Build round46: an ordinary busy fortnight (30 Nov - 13 Dec 2026) of mail to the
three CEPR mailboxes. Writes NNN-*.eml, labels.jsonl and config.toml next to this file.

Run with the r46 venv:  /work/rounds/.venv-r46/bin/python build.py
"""
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy

import holidays
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(4646)

# ---------------------------------------------------------------- calendar
LIMA = dt.timezone(dt.timedelta(hours=-5))
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = [dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)]
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
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_bd(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


def last_day_recurso(notified):
    """15th business day counted from the day after the notification."""
    return add_bd(notified, 15)


PLAZO = {
    "actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15,
    "apelacion": 30, "renuncia": 15, "prorroga_residencia": 15,
    "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5,
}
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
HOME = {
    "actualizacion_datos": "solicitantesrefugio@rree.gob.pe", "cambio_clave": "solicitantesrefugio@rree.gob.pe",
    "carne_solicitante": "solicitantesrefugio@rree.gob.pe",
    "reconsideracion": "mesadepartes@rree.gob.pe", "apelacion": "mesadepartes@rree.gob.pe",
    "renuncia": "mesadepartes@rree.gob.pe",
    "prorroga_residencia": "refugiados@rree.gob.pe", "duplicado_carne_extranjeria": "refugiados@rree.gob.pe",
    "autorizacion_viaje": "refugiados@rree.gob.pe",
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
SOL = "solicitantesrefugio@rree.gob.pe"
MDP = "mesadepartes@rree.gob.pe"
REF = "refugiados@rree.gob.pe"

# ---------------------------------------------------------------- documents
CERT_DIR = os.path.join(HERE, ".certs")


def _signer(cn):
    from pyhanko.sign import signers
    os.makedirs(CERT_DIR, exist_ok=True)
    slug = re.sub(r"[^a-z]", "", cn.lower())
    kp, cp = os.path.join(CERT_DIR, slug + ".key"), os.path.join(CERT_DIR, slug + ".crt")
    if not os.path.exists(kp):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                          x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
        start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(start).not_valid_after(start + dt.timedelta(days=1500))
                .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                             key_encipherment=False, data_encipherment=False,
                                             key_agreement=False, key_cert_sign=False, crl_sign=False,
                                             encipher_only=False, decipher_only=False), critical=True)
                .sign(key, hashes.SHA256()))
        with open(kp, "wb") as f:
            f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
        with open(cp, "wb") as f:
            f.write(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(kp, cp)


def signature_png(name):
    """A scribbled 'handwritten' signature as PNG bytes."""
    r = random.Random(name)
    img = Image.new("RGB", (420, 120), "white")
    d = ImageDraw.Draw(img)
    x, y = 20, 70
    pts = []
    for i in range(40):
        x += r.randint(5, 12)
        y = 60 + int(30 * r.uniform(-1, 1) * (1 if i % 3 else 0.4))
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110), width=3)
    d.line([(30, 95), (x, 88)], fill=(20, 30, 110), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def text_pdf(text, signature_of=None, compress=True):
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10.5)
    for para in text.split("\n"):
        if para.strip() == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 5.5, para, new_x="LMARGIN", new_y="NEXT")
    if signature_of:
        pdf.ln(3)
        pdf.image(io.BytesIO(signature_png(signature_of)), w=55)
    return bytes(pdf.output())


def signed_pdf(text, cn, compress=True):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    data = text_pdf(text, compress=compress)
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    out = io.BytesIO()
    signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="FirmaDigital", reason="Firma del recurrente"),
                     signer=_signer(cn), output=out)
    return out.getvalue()


def altered_pdf(text, cn, old, new):
    assert len(old) == len(new)
    signed = signed_pdf(text, cn, compress=False)
    assert signed.count(old.encode("latin-1")) >= 1, old
    return signed.replace(old.encode("latin-1"), new.encode("latin-1"), 1)


def scan_jpeg(text, signer):
    """A photographed/scanned letter: text drawn into pixels plus a scribble."""
    import unicodedata
    r = random.Random(text[:40])
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    lines = []
    for para in text.split("\n"):
        while len(para) > 70:
            cut = para.rfind(" ", 0, 70)
            cut = cut if cut > 0 else 70
            lines.append(para[:cut])
            para = para[cut + 1:]
        lines.append(para)
    h = 120 + 30 * len(lines) + 160
    img = Image.new("RGB", (1240, h), (246, 243, 236))
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.load_default(size=22)
    except TypeError:
        font = ImageFont.load_default()
    y = 80
    for ln in lines:
        d.text((90, y), ln, fill=(35, 35, 40), font=font)
        y += 30
    sig = Image.open(io.BytesIO(signature_png(signer))).convert("L")
    mask = sig.point(lambda v: 255 if v < 200 else 0)
    img.paste((20, 30, 110), (560, y + 20), mask)
    img = img.rotate(r.uniform(-1.2, 1.2), expand=False, fillcolor=(230, 228, 220))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    return buf.getvalue()


def image_only_pdf(text, signer):
    jpg = scan_jpeg(text, signer)
    im = Image.open(io.BytesIO(jpg))
    wmm = 210
    hmm = wmm * im.height / im.width
    pdf = FPDF(unit="mm", format=(wmm, max(hmm, 100)))
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=wmm)
    return bytes(pdf.output())


# ---------------------------------------------------------------- checks on documents
def pdf_signature_status(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    import logging
    logging.disable(logging.CRITICAL)
    r = PdfFileReader(io.BytesIO(data), strict=False)
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0], ValidationContext(trust_roots=[]))
    return "valid" if st.intact and st.valid else "invalid"


def pdf_text(data):
    import pypdf
    return "\n".join((p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def pdf_has_image(data):
    import pypdf
    return any(len(p.images) > 0 for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def firma_status(atts):
    kinds = []
    for name, ctype, data in atts:
        if ctype == "application/pdf":
            s = pdf_signature_status(data)
            if s:
                kinds.append(s)
            elif not pdf_text(data).strip() or pdf_has_image(data):
                kinds.append("manuscrita")
        elif ctype.startswith("image/"):
            kinds.append("manuscrita")
    for k in ("valid", "invalid", "manuscrita"):
        if k in kinds:
            return k
    return "absent"


# ---------------------------------------------------------------- messages
M = []


def msg(**kw):
    M.append(kw)


def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)


# ======================================================================
# 001 actualización de datos, prose, Peruvian husband's data next to hers
msg(slug="actualizacion-prosa-esposo-peruano", to=SOL, recv=T(2026, 11, 30, 8, 14, 22), lag=95,
    frm=("Yusi B", "yusmary.brito.s@gmail.com"), subject="Actualización de datos",
    body="""Buenos días señores de la Comisión, mi nombre es Yusmary Carolina Brito Salazar, soy venezolana, solicitante de refugio, mi cédula es V-20.145.887 y les escribo para actualizar mis datos de contacto: mi número nuevo es el 951 284 605 y ahora vivo en Jr. Huáscar 1420, Jesús María. Mi esposo es peruano, se llama Jhonatan Ccori Huamán, DNI 41236589, lo pongo por si acaso lo necesitan.

Muchas gracias, que Dios me los bendiga""",
    procedure="actualizacion_datos",
    fields={"nombres": "Yusmary Carolina Brito Salazar", "nacionalidad": "VE", "documento_identidad": "V20145887",
            "telefono": "+51951284605", "correo": "yusmary.brito.s@gmail.com"},
    refugee=False)

# 002 actualización, home-made form pasted from the phone with » separators
msg(slug="actualizacion-formulario-celular-refugiado", to=SOL, recv=T(2026, 11, 30, 11, 2, 47), lag=40,
    frm=("Wilmer R.", "wruiz1985@gmail.com"), subject="ACTUALIZACION DE DATOS - Ruiz Cardenas",
    body="""Buen día, envío mis datos actualizados, soy refugiado reconocido.

Nombres y apellidos » Wilmer Andrés Ruiz Cárdenas
Nacionalidad » Colombiana
Cédula » C.C. 1.094.887.213
Carné Ext. » 000734219
Cel » +51 923 771 540
Correo » wilmer.ruizc@hotmail.com
Nueva direccion » Av. Los Incas 340, San Juan de Lurigancho

Enviado desde mi Galaxy""",
    procedure="actualizacion_datos",
    fields={"nombres": "Wilmer Andrés Ruiz Cárdenas", "nacionalidad": "CO", "documento_identidad": "1094887213",
            "carne_extranjeria": "000734219", "telefono": "+51923771540", "correo": "wilmer.ruizc@hotmail.com"},
    refugee=True)

# 003 actualización from a recognised refugee who gives no carné number; after office hours Friday
msg(slug="actualizacion-refugiado-sin-carne", to=SOL, recv=T(2026, 12, 4, 17, 40, 5), lag=30,
    frm=("yoandri", "yoandri.perez.c@gmail.com"), subject="actualizacion de datos",
    body="""hola buenas tardes
soy refugiado reconocido desde el 2023, me llamo Yoandri Pérez Castillo, cubano, carnet de identidad 88041512345
mi celular nuevo es 9 4455 6677
saludos y gracias""",
    procedure="actualizacion_datos",
    fields={"nombres": "Yoandri Pérez Castillo", "nacionalidad": "CU", "documento_identidad": "88041512345",
            "telefono": "+51944556677", "correo": "yoandri.perez.c@gmail.com"},
    refugee=True)

# 004 vague subject, body asks for actualización; Saturday
msg(slug="consulta-haitiano-actualizacion", no_delivered_to=True, to=SOL, recv=T(2026, 12, 5, 10, 20, 31), lag=70,
    frm=("JR Augustin", "augustin.jr76@gmail.com"), subject="Consulta",
    body="""Bonjour / buenos dias

Quiero hacer la actualizacion de mis datos de contacto.
Je m'appelle Jean-Robert Augustin, soy haitiano, pasaporte RD4471902.
Nuevo telefono 961-553-208
Nuevo correo: jrobert.augustin@yahoo.fr

Merci beaucoup""",
    procedure="actualizacion_datos",
    fields={"nombres": "Jean-Robert Augustin", "nacionalidad": "HT", "documento_identidad": "RD4471902",
            "telefono": "+51961553208", "correo": "jrobert.augustin@yahoo.fr"},
    refugee=False)

# 005 actualización sent to refugiados@ (derivado), Peruvian husband's data after hers
msg(slug="actualizacion-ecuatoriana-buzon-refugiados", to=REF, recv=T(2026, 12, 10, 9, 5, 12), lag=50,
    frm=("Mafer", "mafer.quishpe@gmail.com"), subject="Actualizacion de datos de contacto",
    body="""Estimados señores:

Por medio del presente solicito la actualización de mis datos de contacto como solicitante de refugio.

Mis datos:
- Nombres y apellidos: María Fernanda Quishpe Tuapanta
- Nacionalidad: ecuatoriana
- Cédula de ciudadanía: 1723456789
- Celular: 987 012 345
- Dirección nueva: Calle Las Magnolias 233, Los Olivos

Los datos de mi esposo, que es peruano, son: Luis Alberto Huamán Rojas, DNI 44556677, celular 976 543 210.

Atentamente,
María Fernanda""",
    procedure="actualizacion_datos",
    fields={"nombres": "María Fernanda Quishpe Tuapanta", "nacionalidad": "EC", "documento_identidad": "1723456789",
            "telefono": "+51987012345", "correo": "mafer.quishpe@gmail.com"},
    refugee=False)

# 006 cambio de clave, two documents (first is the passport), Venezuelan WhatsApp
msg(slug="cambio-clave-venezolano-whatsapp", to=SOL, recv=T(2026, 11, 30, 15, 47, 9), lag=25, date_tz=-4,
    frm=("Luis M", "lmarcano.r@gmail.com"), subject="Cambio de clave y contraseña",
    body="""Buenas tardes, solicito el cambio de clave y contraseña del Sistema de Refugiados. Soy venezolano, me llamo Luis Eduardo Marcano Rivas, pasaporte 149872305 (cédula V-19.223.410), mi whatsapp es +58 414 556 7890 y mi correo luismarcano.rivas@gmail.com. Quedo atento.""",
    procedure="cambio_clave",
    fields={"nombres": "Luis Eduardo Marcano Rivas", "nacionalidad": "VE", "documento_identidad": "149872305",
            "telefono": "+584145567890", "correo": "luismarcano.rivas@gmail.com"})

# 007 RE: cambio de contraseña, quoted office reply below, no telephone; night
msg(slug="re-cambio-contrasena-sin-telefono", to=SOL, recv=T(2026, 12, 2, 22, 30, 40), lag=35,
    frm=("Diana Ospina", "diana.ospina.gil@gmail.com"), subject="RE: cambio de contraseña",
    body="""Buenas noches, el motivo de mi correo es que no puedo entrar al sistema, me sale clave incorrecta. Necesito el cambio de clave por favor.
Nombre: Diana Marcela Ospina Gil
CC 52.987.114

-----Mensaje original-----
De: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
Enviado: martes, 24 de noviembre de 2026 10:12
Para: diana.ospina.gil@gmail.com
Asunto: RE: consulta

Estimada usuaria: para el cambio de clave envíe un correo con el asunto "Cambio de clave y contraseña" indicando nombres y apellidos, N° de pasaporte o cédula, teléfono y correo electrónico.

Atentamente,
Secretaría Ejecutiva - CEPR""",
    procedure="cambio_clave",
    fields={"nombres": "Diana Marcela Ospina Gil", "documento_identidad": "52987114",
            "correo": "diana.ospina.gil@gmail.com", "motivo": "no puedo entrar al sistema, me sale clave incorrecta"})

# 008 URGENTE!! subject, Cuban, on the día no laborable of 7 December
msg(slug="urgente-cubana-clave", to=SOL, recv=T(2026, 12, 7, 8, 12, 55), lag=60,
    frm=("Yane", "yane.rdguez88@gmail.com"), subject="URGENTE!!",
    body="""Por favor necesito que me cambien la clave y contraseña del Sistema de Refugiados lo antes posible

Yaneris Rodríguez Fonseca
cubana
pasaporte K402918
tel (+51) 934-221-876
correo yaneris.rodriguez88@gmail.com""",
    procedure="cambio_clave",
    fields={"nombres": "Yaneris Rodríguez Fonseca", "nacionalidad": "CU", "documento_identidad": "K402918",
            "telefono": "+51934221876", "correo": "yaneris.rodriguez88@gmail.com"})

# 009 cambio de clave with tab-separated form, to mesadepartes (derivado), 16:45 Friday
msg(slug="cambio-clave-tabulado-mesa-partes", to=MDP, recv=T(2026, 12, 11, 16, 45, 18), lag=20,
    frm=("Anyelo Guevara", "anyelo.guevara@outlook.com"), subject="Cambio de Clave",
    body="Solicito cambio de clave del sistema de refugiados.\n\n"
         "Nombres y apellidos\tAnyelo José Guevara Pino\n"
         "Cedula\tV-24.789.001\n"
         "Telefono\t+51 912 000 483\n"
         "Correo\tanyelo.guevara@outlook.com\n\nGracias de antemano",
    procedure="cambio_clave",
    fields={"nombres": "Anyelo José Guevara Pino", "documento_identidad": "V24789001",
            "telefono": "+51912000483", "correo": "anyelo.guevara@outlook.com"})

# 010 reconsideración: long polite letter, numbered fundamentos in body and signed PDF
L010 = """Señores
Comisión Especial para los Refugiados
Presente.-

De mi mayor consideración:

Yo, Carlos Alberto Ferrer Abreu, de nacionalidad venezolana, identificado con cédula de identidad V-17.334.902 y pasaporte N° 131550672, con domicilio en Calle Los Cedros 455, Surquillo, teléfono 945 318 220 y correo electrónico cferrer.abreu@gmail.com, ante ustedes me presento y digo:

Que, dentro del plazo de ley, interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución N° 2187-2026-CEPR/SE, de fecha 12 de noviembre de 2026, notificada el 20 de noviembre de 2026, que declara improcedente mi solicitud de refugio, en base a los siguientes fundamentos:

1. La resolución no valoró las denuncias que presenté ante la Fiscalía por las amenazas de un colectivo armado en mi barrio, que adjunto como nueva prueba.
2. Mi hermano menor fue detenido en octubre de 2026 por los mismos hechos, lo que acredita que el riesgo persiste.
3. No se me dio oportunidad de ampliar mi declaración, lo que vulnera mi derecho de defensa.

Por lo expuesto, solicito se reconsidere la resolución y se me reconozca la condición de refugiado.

Atentamente,

Carlos Alberto Ferrer Abreu
V-17.334.902"""
msg(slug="reconsideracion-carta-fundamentos-firmada", to=MDP, recv=T(2026, 12, 1, 10, 20, 44), lag=45,
    frm=("Carlos Ferrer", "cferrer.abreu@gmail.com"), subject="Recurso de Reconsideración",
    body=L010.replace("Atentamente,", "Adjunto el mismo escrito firmado digitalmente.\n\nAtentamente,"),
    atts=[("Recurso_Reconsideracion_Ferrer.pdf", "signed", L010, "Carlos Alberto Ferrer Abreu")],
    procedure="reconsideracion", notified=dt.date(2026, 11, 20),
    fields={"nombres": "Carlos Alberto Ferrer Abreu", "nacionalidad": "VE", "documento_identidad": "V17334902",
            "telefono": "+51945318220", "correo": "cferrer.abreu@gmail.com",
            "motivo": "La resolución no valoró las denuncias que presenté ante la Fiscalía por las amenazas de un colectivo armado"})

# 011 reconsideración with every requirement only in the signed PDF's text layer
L011 = """SUMILLA: Recurso de reconsideración

SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS

Nombres y apellidos: KEVIN ANDRÉS ZAPATA MEJÍA
Nacionalidad: colombiana
C.C. N° 1.036.612.908
Celular: 922 410 377
Correo electrónico: kevin.zapata.m@gmail.com

A ustedes respetuosamente digo:

Que interpongo recurso de reconsideración contra la resolución que deniega mi solicitud de refugio, notificada con fecha 25/11/2026, por los fundamentos siguientes:

PRIMERO.- Soy líder comunal en Tumaco y figuro en un panfleto de amenaza del grupo armado que controla la zona, documento que no fue evaluado.
SEGUNDO.- La resolución afirma que puedo reubicarme dentro de Colombia, pero el grupo tiene presencia en Cali y Pasto, donde ya intenté vivir.
TERCERO.- Adjunto como prueba nueva la constancia de la Defensoría del Pueblo sobre mi situación de riesgo.

POR TANTO: Pido a la Comisión reconsiderar su decisión.

Lima, 2 de diciembre de 2026

KEVIN ANDRÉS ZAPATA MEJÍA"""
msg(slug="reconsideracion-todo-en-pdf", to=MDP, recv=T(2026, 12, 3, 8, 40, 2), lag=30,
    frm=("K. Zapata", "kzapata@une.net.co"), subject="Recurso de reconsideracion",
    body="Buenos días, adjunto mi recurso firmado digitalmente. Quedo atento a la constancia.\n\nSaludos.",
    atts=[("reconsideracion.pdf", "signed", L011, "Kevin Andres Zapata Mejia")],
    procedure="reconsideracion", notified=dt.date(2026, 11, 25), notified_in_pdf_only=True,
    fields={"nombres": "KEVIN ANDRÉS ZAPATA MEJÍA", "nacionalidad": "CO", "documento_identidad": "1036612908",
            "telefono": "+51922410377", "correo": "kevin.zapata.m@gmail.com",
            "motivo": "Soy líder comunal en Tumaco y figuro en un panfleto de amenaza"})

# 012 RV: reconsideración, late (notified 3/11/26), photo of the handwritten letter
L012 = """Lima, 1 de diciembre de 2026
Señores CEPR
Yo Odalys Martínez Suárez, cubana, carnet de identidad 79120334561,
presento recurso de reconsideración contra la resolución que me niega el refugio.
En Cuba fui detenida dos veces por las protestas del 11J y tengo citaciones policiales nuevas.
Pido que se reconsidere mi caso.
Firma:"""
msg(slug="rv-reconsideracion-extemporanea-foto", to=MDP, recv=T(2026, 12, 2, 12, 5, 33), lag=40,
    frm=("Odalys Martínez", "odalys.mtnez.cu@gmail.com"),
    subject="RV: Recurso de reconsideración - expediente 2025-00871",
    body="""---------- Mensaje reenviado ---------
De: Odalys Martínez <odalys.mtnez.cu@gmail.com>
Fecha: mar, 1 dic 2026 a las 21:14
Asunto: Recurso de reconsideración - expediente 2025-00871
Para: <odalys.mtnez.cu@gmail.com>

Buenas, me dirijo a ustedes para presentar mi recurso de reconsideración. La resolución me fue notificada el día 3/11/26 pero estuve hospitalizada y no pude enviarlo antes.
Mis datos son: Odalys Martínez Suárez, cubana, carnet de identidad 79120334561, celular 955 601 442, correo odalys.mtnez.cu@gmail.com.
Pido que se reconsidere porque en Cuba fui detenida dos veces por participar en las protestas del 11J y tengo pruebas nuevas (citaciones policiales) que no pude presentar antes.
Adjunto foto de la carta firmada a mano.
Odalys""",
    atts=[("carta_reconsideracion.jpg", "jpeg", L012, "Odalys Martinez")],
    procedure="reconsideracion", notified=dt.date(2026, 11, 3),
    fields={"nombres": "Odalys Martínez Suárez", "nacionalidad": "CU", "documento_identidad": "79120334561",
            "telefono": "+51955601442", "correo": "odalys.mtnez.cu@gmail.com",
            "motivo": "en Cuba fui detenida dos veces por participar en las protestas del 11J"})

# 013 reconsideración with a text-only PDF (no signature) and no telephone anywhere; night
L013 = """RECURSO DE RECONSIDERACION

Nombre: Wilner Pierre
Pasaporte: RD3098127

Motivo: Solicito reconsiderar la resolucion que deniega mi refugio. En Puerto Principe las pandillas
quemaron mi taller y me buscaron en mi casa. La resolucion dice que la violencia es general,
pero a mi me amenazaron directamente por no pagar la cuota.

Lima, 10 de diciembre de 2026"""
msg(slug="reconsideracion-pdf-sin-firma-sin-telefono", to=MDP, recv=T(2026, 12, 10, 20, 15, 9), lag=50,
    frm=("Wilner", "wilnerpierre.ht@gmail.com"), subject="Reconsideracion",
    body="""Señores de la CEPR, les envio mi recurso de reconsideracion en PDF. Mi nombre Wilner Pierre, haitiano, pasaporte RD3098127. Resolucion notificado con fecha 04/12/2026.
Gracias""",
    atts=[("recurso.pdf", "text", L013, None)],
    procedure="reconsideracion", notified=dt.date(2026, 12, 4),
    fields={"nombres": "Wilner Pierre", "nacionalidad": "HT", "documento_identidad": "RD3098127",
            "correo": "wilnerpierre.ht@gmail.com",
            "motivo": "En Puerto Principe las pandillas quemaron mi taller y me buscaron en mi casa"})

# 014 reconsideración to refugiados@ (derivado), late, scanned image-only PDF
L014 = """RECURSO DE RECONSIDERACION
Patricia Alexandra Cedeño Vera - cedula 0918273645
Solicito reconsiderar la resolucion que me niega la condicion de refugiada.
Las bandas que me extorsionaban en Guayaquil me siguen amenazando por mensajes.
Firma:"""
msg(slug="reconsideracion-extemporanea-escaneada-refugiados", to=REF, recv=T(2026, 11, 30, 9, 30, 0), lag=65,
    frm=("Patricia Cedeño", "patty.cedeno.v@hotmail.com"), subject="Recurso de Reconsideración - Cedeño Vera",
    body="""Buenos días,

Recibí la notificación el 30 de octubre de 2026 de la resolución que me niega el refugio y presento mi reconsideración dentro del plazo (eso creo).

Nombre completo: Patricia Alexandra Cedeño Vera
Nacionalidad: Ecuador
Cédula: 0918273645
WhatsApp: +593 99 123 4567
Correo: patty.cedeno.v@hotmail.com
Motivo: en Guayaquil me extorsionaban las bandas (vacunas) y después de que salí siguen amenazando a mi familia y a mí por mensajes; adjunto capturas nuevas que no estaban en el expediente.

Adjunto el escrito escaneado con mi firma.""",
    atts=[("reconsideracion_escaneada.pdf", "scanpdf", L014, "Patricia Cedeno")],
    procedure="reconsideracion", notified=dt.date(2026, 10, 30),
    fields={"nombres": "Patricia Alexandra Cedeño Vera", "nacionalidad": "EC", "documento_identidad": "0918273645",
            "telefono": "+593991234567", "correo": "patty.cedeno.v@hotmail.com",
            "motivo": "en Guayaquil me extorsionaban las bandas (vacunas)"})

# 015 apelación on the very last day (15th business day), fundamentos only in the signed PDF
L015 = """RECURSO DE APELACIÓN

Señores
Comisión Especial para los Refugiados

Mariangel del Valle Urbina León, de nacionalidad venezolana, con cédula V-25.661.093,
teléfono 980 445 129, correo mariangel.urbina.l@gmail.com, interpongo recurso de apelación
contra la resolución que confirma la denegatoria de mi solicitud de refugio.

I. FUNDAMENTOS DE HECHO
1. Trabajé como enfermera en un hospital público de Maracaibo y denuncié la falta de insumos.
2. Tras la denuncia fui despedida, señalada en redes como traidora y visitada por funcionarios.
3. Mi nombre figura en una lista de personas con prohibición de salida, que adjunto.

II. FUNDAMENTOS DE DERECHO
1. Artículo 1 de la Convención sobre el Estatuto de los Refugiados de 1951.
2. Conclusión III de la Declaración de Cartagena de 1984.
3. Ley N° 27891, Ley del Refugiado, artículo 3.

Por lo expuesto, pido se eleve el recurso y se revoque la resolución.

Mariangel del Valle Urbina León"""
msg(slug="apelacion-ultimo-dia-fundamentos-en-pdf", to=MDP, recv=T(2026, 12, 10, 16, 10, 27), lag=80,
    frm=("Mariangel", "mariangel.urbina.l@gmail.com"), subject="Recurso de Apelación",
    body="""Distinguidos señores de la Secretaría Ejecutiva:

Reciban un cordial saludo. Por medio de la presente, y encontrándome dentro del plazo legal, me permito remitir mi Recurso de Apelación contra la resolución que confirmó la denegatoria de mi solicitud de refugio, la cual me fue notificada con fecha 2026-11-16.

Los fundamentos de hecho y de derecho están desarrollados en el documento adjunto, que va firmado digitalmente.

Mis datos para cualquier comunicación:
Mariangel del Valle Urbina León
Cédula V-25.661.093
Teléfono 980 445 129
mariangel.urbina.l@gmail.com

Agradezco de antemano su atención y quedo a la espera del cargo correspondiente.

Muy atentamente,
Mariangel del Valle Urbina León""",
    atts=[("Apelacion_Urbina.pdf", "signed", L015, "Mariangel del Valle Urbina Leon")],
    procedure="apelacion", notified=dt.date(2026, 11, 16),
    fields={"nombres": "Mariangel del Valle Urbina León", "nacionalidad": "VE", "documento_identidad": "V25661093",
            "telefono": "+51980445129", "correo": "mariangel.urbina.l@gmail.com",
            "motivo": "Trabajé como enfermera en un hospital público de Maracaibo y denuncié la falta de insumos"})

# 016 apelación filed by a lawyer, late, applicant's own contact given; To + Cc
L016 = """RECURSO DE APELACIÓN

Carlos Mendoza Ríos, abogado, Reg. CAL N° 45678, en representación de
JHON FREDDY VALENCIA RENTERÍA, de nacionalidad colombiana, C.C. 1.077.445.120,
celular +57 310 456 7788, correo jhon.valencia.r@gmail.com.

Apelo la Resolución N° 1922-2026-CEPR/SE por los siguientes fundamentos:
1) El recurrente fue desplazado por la fuerza de su vereda en el Chocó por un grupo armado.
2) La resolución no consideró la certificación de la Unidad para las Víctimas.
3) Existe riesgo actual: su padre fue asesinado en septiembre de 2026.

Carlos Mendoza Ríos - Abogado"""
msg(slug="apelacion-abogado-extemporanea", no_delivered_to=True, to=MDP, cc="jhon.valencia.r@gmail.com",
    recv=T(2026, 12, 4, 11, 0, 15), lag=30,
    frm=("Estudio Mendoza & Asociados", "cmendoza@mendozaabogados.pe"),
    subject="Recurso de Apelación - Jhon Freddy Valencia Rentería",
    body="""Señores Mesa de Partes:

Carlos Mendoza Ríos, abogado con Reg. CAL N° 45678, DNI 09876543, en representación de mi patrocinado JHON FREDDY VALENCIA RENTERÍA, de nacionalidad colombiana, identificado con C.C. 1.077.445.120, interpongo recurso de apelación contra la Resolución N° 1922-2026-CEPR/SE, que le fue notificada al recurrente el 05/11/2026.

Fundamentos:
1) El recurrente fue desplazado por la fuerza de su vereda en el Chocó por un grupo armado.
2) La resolución no consideró la certificación de la Unidad para las Víctimas.
3) Existe riesgo actual: su padre fue asesinado en septiembre de 2026.

Datos de contacto del recurrente: celular +57 310 456 7788, correo jhon.valencia.r@gmail.com.

Adjunto escrito firmado digitalmente.

Atentamente,
Carlos Mendoza Ríos
Abogado
Tel. (01) 445-2310""",
    atts=[("apelacion_valencia.pdf", "signed", L016, "Carlos Mendoza Rios")],
    procedure="apelacion", notified=dt.date(2026, 11, 5),
    fields={"nombres": "JHON FREDDY VALENCIA RENTERÍA", "nacionalidad": "CO", "documento_identidad": "1077445120",
            "telefono": "+573104567788", "correo": "jhon.valencia.r@gmail.com",
            "motivo": "El recurrente fue desplazado por la fuerza de su vereda en el Chocó por un grupo armado"})

# 017 apelación whose signed PDF was edited after signing (invalid); Saturday
L017 = """RECURSO DE APELACION

Gabriela Sánchez Rondón, venezolana, cédula V-22.108.554
Teléfono: 989 331 207
Correo: gaby.sanchez.rondon@gmail.com

Motivo de la apelación: la resolución dice que mi testimonio no es creible, pero presenté
la boleta de citación del SEBIN y el informe médico de las lesiones que sufrí en 2024.
Pido que se revise todo el expediente con esas pruebas.

Lima, 11 de diciembre de 2026"""
msg(slug="apelacion-pdf-alterado", to=MDP, recv=T(2026, 12, 12, 9, 0, 41), lag=25,
    frm=("Gaby", "gaby.sanchez.rondon@gmail.com"), subject="apelacion",
    body="""Buenos dias, envio mi recurso de apelacion firmado, lo corregi un poquito despues de firmarlo porque tenia una palabra mal.
Mi nombre es Gabriela Sánchez Rondón, V-22.108.554, telf 989 331 207.
La resolución me la notificaron el 01-12-2026.
Gracias""",
    atts=[("apelacion_gabriela.pdf", "altered", L017, "Gabriela Sanchez Rondon", ("todo el expediente", "todo mi expediente"))],
    procedure="apelacion", notified=dt.date(2026, 12, 1),
    fields={"nombres": "Gabriela Sánchez Rondón", "nacionalidad": "VE", "documento_identidad": "V22108554",
            "telefono": "+51989331207", "correo": "gaby.sanchez.rondon@gmail.com",
            "motivo": "la resolución dice que mi testimonio no es creible"})

# 018 apelación sent by the Peruvian wife for her Venezuelan husband; PDF with pasted signature image
L018 = """Señores de la Comisión Especial para los Refugiados:

Yo, Richard José Colmenares Díaz, venezolano, cédula V-16.902.447, presento recurso de
apelación contra la resolución que confirma la denegatoria de mi solicitud de refugio.

Fundamento mi apelación en que fui militar y me di de baja en 2019 por no querer reprimir
manifestaciones; desde entonces me buscan por deserción y mi familia recibió visitas de
contrainteligencia. Adjunto la orden de captura.

Richard José Colmenares Díaz"""
msg(slug="apelacion-esposa-peruana-escribe", to=MDP, recv=T(2026, 11, 30, 18, 5, 50), lag=60,
    frm=("Rosa Quispe", "rosaquispe.m@gmail.com"), subject="Recurso de apelacion de mi esposo",
    body="""Buenas tardes.

Soy Rosa Elvira Quispe Mamani, peruana, DNI 43215678, esposa de Richard José Colmenares Díaz, de nacionalidad venezolana, con cédula V-16.902.447. Les escribo a nombre de él porque no tiene computadora; envío en adjunto su recurso de apelación con su firma. A él le notificaron el 19/11/26.

El teléfono de mi esposo es 964 220 781. Cualquier cosa respondan a este correo por favor.

Motivo del recurso (resumen): él fue militar, se dio de baja por no reprimir manifestaciones y lo buscan por deserción.

Gracias,
Rosa""",
    atts=[("apelacion_richard.pdf", "textimg", L018, "Richard Colmenares")],
    procedure="apelacion", notified=dt.date(2026, 11, 19),
    fields={"nombres": "Richard José Colmenares Díaz", "nacionalidad": "VE", "documento_identidad": "V16902447",
            "telefono": "+51964220781", "correo": "rosaquispe.m@gmail.com",
            "motivo": "fui militar y me di de baja en 2019 por no querer reprimir manifestaciones"})

# 019 "Ayuda por favor": body files an apelación, nothing attached; holiday
msg(slug="ayuda-apelacion-sin-adjunto", no_delivered_to=True, to=MDP, recv=T(2026, 12, 9, 13, 0, 12), lag=55,
    frm=("Fabiola", "fabiola.jeanbaptiste@gmail.com"), subject="Ayuda por favor",
    body="""Buenas tardes señores, escribo para presentar mi recurso de apelación contra la resolución que confirmó que no me dan el refugio, notificada el 26 de noviembre de 2026.

Me llamo Fabiola Jean-Baptiste, soy haitiana, mi pasaporte es RD2918374. Teléfono 9 5123 4567. Correo fabiola.jeanbaptiste@gmail.com.

Apelo porque en Haití mi barrio está controlado por las pandillas y ya mataron a mi tío, no puedo regresar.

No tengo impresora para firmar, se puede así?""",
    procedure="apelacion", notified=dt.date(2026, 11, 26),
    fields={"nombres": "Fabiola Jean-Baptiste", "nacionalidad": "HT", "documento_identidad": "RD2918374",
            "telefono": "+51951234567", "correo": "fabiola.jeanbaptiste@gmail.com",
            "motivo": "en Haití mi barrio está controlado por las pandillas y ya mataron a mi tío"})

# 020 renuncia of an applicant going home, signed PDF
L020 = """RENUNCIA AL TRÁMITE DE SOLICITUD DE REFUGIO

Yo, José Gregorio Lara Mujica, de nacionalidad venezolana, cédula V-12.556.980,
celular 913 447 006, renuncio de manera libre y voluntaria a mi trámite de solicitud de refugio.

Motivo: he decidido retornar a Venezuela para cuidar a mis padres, que son adultos mayores
y están enfermos.

Lima, 1 de diciembre de 2026
José Gregorio Lara Mujica"""
msg(slug="renuncia-retorno-firmada", to=MDP, recv=T(2026, 12, 1, 12, 30, 0), lag=15,
    frm=("Jose Lara", "josegregorio.lara@gmail.com"), subject="Renuncia",
    body="""Buenas tardes, adjunto mi renuncia al trámite de solicitud de refugio, firmada digitalmente.
José Gregorio Lara Mujica, venezolano, C.I. V-12.556.980, cel 913 447 006.""",
    atts=[("renuncia_lara.pdf", "signed", L020, "Jose Gregorio Lara Mujica")],
    procedure="renuncia", refugee=False,
    fields={"nombres": "José Gregorio Lara Mujica", "nacionalidad": "VE", "documento_identidad": "V12556980",
            "telefono": "+51913447006", "correo": "josegregorio.lara@gmail.com",
            "motivo": "he decidido retornar a Venezuela para cuidar a mis padres"})

# 021 renuncia of a recognised refugee, photo of the signed letter, no carné number
L021 = """Señores CEPR
Yo Luz Dary Arango Betancur, C.C. 43.876.221, refugiada reconocida,
renuncio a mi condicion de refugiada en el Peru porque me voy a vivir a España con mi hija.
Lima 10 de diciembre 2026
Firma:"""
msg(slug="renuncia-refugiada-foto-sin-carne", to=MDP, recv=T(2026, 12, 11, 10, 10, 10), lag=35,
    frm=("Luz Dary", "luzdary.arango@gmail.com"), subject="RENUNCIA A LA CONDICION DE REFUGIADA",
    body="""Cordial saludo.

Yo LUZ DARY ARANGO BETANCUR, colombiana, cédula de ciudadanía 43.876.221 de Medellín, soy refugiada reconocida en el Perú y presento mi renuncia a la condición de refugiada. El motivo es que me voy a vivir a España con mi hija, que ya tiene residencia allá. Mi celular es el 957 662 310.

Adjunto la carta firmada (foto).

Dios les pague""",
    atts=[("renuncia_firmada.jpg", "jpeg", L021, "Luz Dary Arango")],
    procedure="renuncia", refugee=True,
    fields={"nombres": "LUZ DARY ARANGO BETANCUR", "nacionalidad": "CO", "documento_identidad": "43876221",
            "telefono": "+51957662310", "correo": "luzdary.arango@gmail.com",
            "motivo": "me voy a vivir a España con mi hija"})

# 022 renuncia of a Cuban refugee married to a Peruvian, sent to refugiados@ (derivado), after hours
L022 = """RENUNCIA A LA CONDICIÓN DE REFUGIADO

Adrián Echevarría Soler, cubano, refugiado reconocido
Carné de extranjería N° 001298744 - Pasaporte L118203
Teléfono (01) 330-6677

Renuncio a la condición de refugiado porque he obtenido la residencia en el Perú
por matrimonio con ciudadana peruana.

Lima, 3 de diciembre de 2026"""
msg(slug="renuncia-cubano-buzon-refugiados", to=REF, recv=T(2026, 12, 3, 17, 5, 44), lag=45,
    frm=("Adrian E.", "adrian.echevarria.cu@yahoo.com"), subject="Renuncia a condición de refugiado",
    body="""Estimados:

Me llamo Adrián Echevarría Soler, soy cubano y refugiado reconocido, carné de extranjería N° 001298744, pasaporte L118203. Presento mi renuncia a la condición de refugiado porque ya obtuve la residencia por matrimonio: mi esposa Katherine Salazar Paredes es peruana de nacimiento (DNI 70123456).

Mi teléfono: (01) 330-6677.

Adjunto escrito firmado digitalmente.
Saludos cordiales""",
    atts=[("Renuncia_Echevarria.pdf", "signed", L022, "Adrian Echevarria Soler")],
    procedure="renuncia", refugee=True,
    fields={"nombres": "Adrián Echevarría Soler", "nacionalidad": "CU", "documento_identidad": "L118203",
            "carne_extranjeria": "001298744", "telefono": "+5113306677", "correo": "adrian.echevarria.cu@yahoo.com",
            "motivo": "ya obtuve la residencia por matrimonio"})

# 023 prórroga in prose, two-digit birth year
msg(slug="prorroga-prosa-anio-dos-digitos", to=REF, recv=T(2026, 11, 30, 9, 50, 18), lag=40,
    frm=("Oriana", "oriana.pacheco87@gmail.com"), subject="Prórroga de residencia",
    body="""Buen día, les escribe Oriana Beatriz Pacheco Gil, de sexo femenino, venezolana, nací el 14/02/87, soy refugiada reconocida con carné de extranjería 000981245 y mi cédula venezolana es V-18.772.310. Les pido por favor la prórroga de mi residencia anual. Pueden llamarme al 940 118 552. Bendiciones.""",
    procedure="prorroga_residencia",
    fields={"nombres": "Oriana Beatriz Pacheco Gil", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "V18772310",
            "carne_extranjeria": "000981245", "fecha_nacimiento": "1987-02-14", "telefono": "+51940118552",
            "correo": "oriana.pacheco87@gmail.com"})

# 024 renovación de residencia, ; separators + HTML table, no sex nor birth date; after hours
msg(slug="renovacion-residencia-html-incompleta", to=REF, recv=T(2026, 12, 2, 16, 50, 3), lag=20,
    frm=("Edwin Castaño", "edwin.castano.h@gmail.com"), subject="renovacion de residencia",
    body="""Solicito renovación de residencia anual (refugiado)

Nombre ; Edwin Mauricio Castaño Herrera
Nacionalidad ; colombiano
Documento ; CC 80.224.619
Carné de extranjería ; 000655108
Teléfono ; 925-004-381""",
    html="""<div>Solicito renovación de residencia anual (refugiado)</div><br>
<table border="1" cellpadding="4"><tr><td>Nombre</td><td>Edwin Mauricio Castaño Herrera</td></tr>
<tr><td>Nacionalidad</td><td>colombiano</td></tr><tr><td>Documento</td><td>CC 80.224.619</td></tr>
<tr><td>Carné de extranjería</td><td>000655108</td></tr><tr><td>Teléfono</td><td>925-004-381</td></tr></table>""",
    procedure="prorroga_residencia",
    fields={"nombres": "Edwin Mauricio Castaño Herrera", "nacionalidad": "CO", "documento_identidad": "80224619",
            "carne_extranjeria": "000655108", "telefono": "+51925004381", "correo": "edwin.castano.h@gmail.com"})

# 025 prórroga, Haitian, wife's data right after his; holiday
msg(slug="prorroga-haitiano-esposa-aparte", to=REF, recv=T(2026, 12, 8, 11, 11, 11), lag=30,
    frm=("Emmanuel", "emmanuel.joseph.pe@gmail.com"), subject="PRORROGA RESIDENCIA ANUAL - familia Joseph",
    body="""Señores, buen día.
Solicito la prórroga de residencia de mi carné.

Nombres y Apellidos: Emmanuel Joseph
Sexo: masculino
Nacionalidad: haitiana
Pasaporte: RD1150394
Carné de extranjería: 000412876
Fecha de nacimiento: 12 de agosto de 1979
Teléfono: 998 210 443

Mi esposa, Marie-Claire Joseph, nacida el 03/05/1983, pasaporte RD1150395, carné 000412877, enviará su solicitud por separado desde su propio correo.

Merci.""",
    procedure="prorroga_residencia",
    fields={"nombres": "Emmanuel Joseph", "sexo": "M", "nacionalidad": "HT", "documento_identidad": "RD1150394",
            "carne_extranjeria": "000412876", "fecha_nacimiento": "1979-08-12", "telefono": "+51998210443",
            "correo": "emmanuel.joseph.pe@gmail.com"})

# 026 "Solicitud" subject, body asks for prórroga, slash-separated line, wrong mailbox (derivado)
msg(slug="solicitud-prorroga-ecuatoriana-solicitantes", to=SOL, recv=T(2026, 12, 10, 11, 30, 27), lag=25,
    frm=("Dayana Zambrano", "dayana.m.zambrano@gmail.com"), subject="Solicitud",
    body="""Hola, buenos días. Quisiera solicitar la prórroga de residencia anual como refugiada.

Dayana Michelle Zambrano Loor / F / ecuatoriana / cédula 1312457890 / CE 000887301 / nacimiento 1990-06-23 / cel 986 775 114

Gracias!""",
    procedure="prorroga_residencia",
    fields={"nombres": "Dayana Michelle Zambrano Loor", "sexo": "F", "nacionalidad": "EC", "documento_identidad": "1312457890",
            "carne_extranjeria": "000887301", "fecha_nacimiento": "1990-06-23", "telefono": "+51986775114",
            "correo": "dayana.m.zambrano@gmail.com"})

# 027 duplicado de carné de extranjería with a police-report PDF, HTML body only
DEN027 = """POLICIA NACIONAL DEL PERU - COMISARIA PNP SURQUILLO
CONSTANCIA DE DENUNCIA POLICIAL N° 2026-11874

Denunciante: HECTOR JULIO VILLARROEL RAMOS
Documento: Carne de extranjeria 000523117
Hecho: perdida de documento de identidad (carne de extranjeria) en la via publica.
Fecha del hecho: 27/11/2026"""
msg(slug="duplicado-ce-denuncia-pdf-html", to=REF, recv=T(2026, 12, 1, 9, 0, 55), lag=60,
    frm=("Hector Villarroel", "hectorj.villarroel@gmail.com"), subject="Duplicado de carné de extranjería",
    html_only=True,
    html="""<p>Buenos días, solicito duplicado de mi carné de extranjería, se me perdió el jueves pasado. Adjunto la denuncia policial.</p>
<p>Nombre completo: Héctor Julio Villarroel Ramos<br>
Sexo: M<br>
Nacionalidad: Venezolana<br>
Cédula: V-11.987.345<br>
Carné de extranjería: 000523117<br>
Fecha de nacimiento: 03-09-1979<br>
Celular: 987 654 210</p>
<p>Atte.<br>Héctor</p>""",
    atts=[("denuncia_policial_comisaria_surquillo.pdf", "text", DEN027, None)],
    procedure="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Héctor Julio Villarroel Ramos", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "V11987345",
            "carne_extranjeria": "000523117", "fecha_nacimiento": "1979-09-03", "telefono": "+51987654210",
            "correo": "hectorj.villarroel@gmail.com", "motivo": "se me perdió el jueves pasado"})

# 028 "duplicado de carnet" (two procedures), body says carné de extranjería; no police report yet
msg(slug="duplicado-de-carnet-sin-denuncia", to=REF, recv=T(2026, 12, 4, 14, 20, 36), lag=30,
    frm=("Yeison", "yeison.mosquera.p@gmail.com"), subject="duplicado de carnet",
    body="""buenas tardes necesito sacar el duplicado de mi carné de extranjería, me robaron la billetera en el bus el sábado. soy refugiado reconocido
yeison mosquera palacios, colombiano, masculino, cc 1.152.687.300, carne 000701556, nacido el 15 de marzo de 1995, cel 923 554 018
la denuncia todavia no me la dan en la comisaria, apenas la tenga la mando""",
    procedure="duplicado_carne_extranjeria", denuncia=False,
    fields={"nombres": "yeison mosquera palacios", "sexo": "M", "nacionalidad": "CO", "documento_identidad": "1152687300",
            "carne_extranjeria": "000701556", "fecha_nacimiento": "1995-03-15", "telefono": "+51923554018",
            "correo": "yeison.mosquera.p@gmail.com", "motivo": "me robaron la billetera en el bus el sábado"})

# 029 Fwd: duplicado, photo of the denuncia, forwarded header with another address, no phone
DEN029 = """PNP - COMISARIA CHORRILLOS
DENUNCIA N° 7731-2026
Denunciante: Raul Betancourt Ortiz
Perdida de carne de extranjeria 001377490
12/12/2026"""
msg(slug="fwd-duplicado-denuncia-foto-sin-telefono", no_delivered_to=True, to=REF, recv=T(2026, 12, 12, 21, 40, 0), lag=20,
    frm=("Raul Betancourt", "raul.betancourt.cu@gmail.com"), subject="Fwd: duplicado carne extranjeria",
    body="""---------- Forwarded message ---------
From: Raúl Betancourt <rbetancourt1992@nauta.cu>
Date: sáb, 12 dic 2026 a las 20:02
Subject: duplicado carne extranjeria
To: <raul.betancourt.cu@gmail.com>

Solicito duplicado de carné de extranjería, se me cayó al mar en Chorrillos. Va la foto de la denuncia.
Raúl Betancourt Ortiz
cubano, sexo masculino
pasaporte K771029
CE 001377490
nacido el 21-11-92""",
    atts=[("denuncia_pnp.jpg", "jpeg", DEN029, "PNP")],
    procedure="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Raúl Betancourt Ortiz", "sexo": "M", "nacionalidad": "CU", "documento_identidad": "K771029",
            "carne_extranjeria": "001377490", "fecha_nacimiento": "1992-11-21",
            "correo": "raul.betancourt.cu@gmail.com", "motivo": "se me cayó al mar en Chorrillos"})

# 030 autorización de viaje, date range in one sentence, signed PDF
L030 = """SOLICITUD DE AUTORIZACIÓN DE VIAJE

Nelson Enrique Briceño Vivas, de nacionalidad venezolana, pasaporte 128337401,
carné de extranjería 000845120, celular 933 870 215.

Solicito autorización para viajar a Santiago de Chile del 18 al 29 de diciembre de 2026.
Motivo: mi madre será operada del corazón y no tiene otro familiar que la acompañe.

Lima, 30 de noviembre de 2026
Nelson Enrique Briceño Vivas"""
msg(slug="autorizacion-viaje-rango-firmada", to=REF, recv=T(2026, 11, 30, 14, 0, 9), lag=45,
    frm=("Nelson B", "nelson.briceno.v@gmail.com"), subject="Autorización de Viaje",
    body="""Buenas tardes, adjunto mi solicitud de autorización de viaje firmada digitalmente. Necesito viajar a Santiago de Chile del 18 al 29 de diciembre de 2026 porque mi madre será operada del corazón y no tiene a nadie más allá.

Nelson Enrique Briceño Vivas
CE 000845120
Cel. 933 870 215""",
    atts=[("autorizacion_viaje_briceno.pdf", "signed", L030, "Nelson Enrique Briceno Vivas")],
    procedure="autorizacion_viaje",
    fields={"nombres": "Nelson Enrique Briceño Vivas", "nacionalidad": "VE", "documento_identidad": "128337401",
            "carne_extranjeria": "000845120", "telefono": "+51933870215", "correo": "nelson.briceno.v@gmail.com",
            "destino": "Santiago de Chile", "fecha_salida": "2026-12-18", "fecha_retorno": "2026-12-29",
            "motivo": "mi madre será operada del corazón"})

# 031 permiso de viaje, two-digit years, scanned PDF; evening
L031 = """Solicitud de autorizacion de viaje
Sandra Milena Rojas Quintero - CE 000390664
Viaje a Bogota del 20/12/26 al 04/01/27 por el grado de mi hijo.
Firma:"""
msg(slug="permiso-viaje-fechas-dos-digitos-escaneado", to=REF, recv=T(2026, 12, 1, 19, 30, 22), lag=50,
    frm=("Sandra Rojas", "sandra.milena.rojas@gmail.com"), subject="Permiso de viaje",
    body="""Señores buenas noches, soy refugiada reconocida, Sandra Milena Rojas Quintero, carné de extranjería 000390664, teléfono 912 874 339. Solicito autorización de viaje a Bogotá, saldría el 20/12/26 y regreso el 04/01/27, el motivo es el grado de bachiller de mi hijo mayor que vive con su papá. Adjunto solicitud firmada escaneada.""",
    atts=[("solicitud_viaje_escaneo.pdf", "scanpdf", L031, "Sandra Rojas")],
    procedure="autorizacion_viaje",
    fields={"nombres": "Sandra Milena Rojas Quintero", "carne_extranjeria": "000390664", "telefono": "+51912874339",
            "correo": "sandra.milena.rojas@gmail.com", "destino": "Bogotá", "fecha_salida": "2026-12-20",
            "fecha_retorno": "2027-01-04", "motivo": "el grado de bachiller de mi hijo mayor"})

# 032 permiso de viaje urgente, no carné number, nothing signed
msg(slug="permiso-viaje-haitiano-incompleto", to=REF, recv=T(2026, 12, 11, 12, 0, 48), lag=35,
    frm=("Stevenson", "stevenson.louis509@gmail.com"), subject="permiso de viaje urgente",
    body="""Buenas, soy refugiado, me llamo Stevenson Louis, necesito permiso para viajar a Santo Domingo, República Dominicana, entre el 15/01/2027 y el 30/01/2027 porque mi hermana se casa y tengo que hacer unos documentos allá. Mi teléfono WhatsApp +51 977 123 090.""",
    procedure="autorizacion_viaje",
    fields={"nombres": "Stevenson Louis", "destino": "Santo Domingo, República Dominicana",
            "fecha_salida": "2027-01-15", "fecha_retorno": "2027-01-30", "telefono": "+51977123090",
            "correo": "stevenson.louis509@gmail.com", "motivo": "mi hermana se casa"})

# 033 autorización de viaje sent to mesadepartes (derivado), all data in the signed PDF; Sunday
L033 = """SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)

Nombres y apellidos: Gisella Estefanía Mero Alcívar
Nacionalidad: ecuatoriana
Cédula: 1309876543
Carné de extranjería: 000610932
Teléfono: 981 002 337
Correo: gisella.mero.a@gmail.com

Lugar de destino: Buenos Aires, Argentina
Viajaré desde el 2 hasta el 9 de enero de 2027.
Motivo: audiencia de tenencia de mi hija ante el juzgado de familia de Buenos Aires,
a la que debo asistir en persona.

Lima, 13 de diciembre de 2026"""
msg(slug="autorizacion-viaje-mesa-partes-todo-en-pdf", to=MDP, recv=T(2026, 12, 13, 16, 0, 0), lag=40,
    frm=("Gisella Mero", "gisella.mero.a@gmail.com"), subject="AUTORIZACION DE VIAJE - Mero Alcívar",
    body="Buenas tardes, envío mi solicitud de autorización de viaje, firmada digitalmente. Todos los datos están en el documento.\nGracias.",
    atts=[("Solicitud_Autorizacion_Viaje.pdf", "signed", L033, "Gisella Estefania Mero Alcivar")],
    procedure="autorizacion_viaje",
    fields={"nombres": "Gisella Estefanía Mero Alcívar", "nacionalidad": "EC", "documento_identidad": "1309876543",
            "carne_extranjeria": "000610932", "telefono": "+51981002337", "correo": "gisella.mero.a@gmail.com",
            "destino": "Buenos Aires, Argentina", "fecha_salida": "2027-01-02", "fecha_retorno": "2027-01-09",
            "motivo": "audiencia de tenencia de mi hija ante el juzgado de familia"})

# 034 carné de solicitante (suspended)
msg(slug="carne-solicitante-suspendido", to=SOL, recv=T(2026, 12, 3, 10, 0, 31), lag=30,
    frm=("Keilyn", "keilyn.moreno.ve@gmail.com"), subject="Carné de solicitante",
    body="""Buenos días, quisiera saber cuándo puedo sacar mi carné de solicitante de refugio,
Keilyn Andreína Moreno Paz, V-27.334.118, tel. 951 700 224.""",
    procedure="carne_solicitante",
    fields={"nombres": "Keilyn Andreína Moreno Paz", "documento_identidad": "V27334118",
            "telefono": "+51951700224", "correo": "keilyn.moreno.ve@gmail.com"})

# 035 "DUPLICADO DE CARNÉ": body is about the carné de solicitante (suspended), with a denuncia
DEN035 = """CONSTANCIA DE DENUNCIA POLICIAL
Comisaria PNP San Martin de Porres
Denunciante: Brayan Steven Peña Cortes
Hecho: perdida de carne de solicitante de refugio."""
msg(slug="duplicado-carne-solicitante-con-denuncia", to=SOL, recv=T(2026, 12, 5, 15, 25, 19), lag=30,
    frm=("Brayan Peña", "brayan.pena.c@gmail.com"), subject="DUPLICADO DE CARNÉ",
    body="""Buenas tardes, se me perdió mi carné de solicitante de refugio y necesito el duplicado, adjunto la denuncia policial. Brayan Steven Peña Cortés, colombiano, C.C. 1.001.998.432, celular 955 310 876.""",
    atts=[("denuncia.pdf", "text", DEN035, None)],
    procedure="carne_solicitante",
    fields={"nombres": "Brayan Steven Peña Cortés", "nacionalidad": "CO", "documento_identidad": "1001998432",
            "telefono": "+51955310876", "correo": "brayan.pena.c@gmail.com",
            "motivo": "se me perdió mi carné de solicitante de refugio"})

# 036 portal: solicitud de refugio, newly arrived, to refugiados@
msg(slug="solicitud-refugio-recien-llegado", to=REF, recv=T(2026, 11, 30, 7, 30, 10), lag=40,
    frm=("Franklin", "franklin.rangel1990@gmail.com"), subject="solicitud de refugio",
    body="""buenos dias llegue hace una semana por Tumbes con mi esposa y mi hijo, quiero pedir refugio como hago la solicitud de refugio? me llamo Franklin Rangel Ochoa venezolano pasaporte 154009872 mi numero 929 300 418""",
    procedure="solicitud_refugio",
    fields={"nombres": "Franklin Rangel Ochoa", "nacionalidad": "VE", "documento_identidad": "154009872",
            "telefono": "+51929300418", "correo": "franklin.rangel1990@gmail.com"})

# 037 portal: "Ayuda", body asks to file a solicitud de refugio, to mesadepartes, Sunday night
msg(slug="ayuda-solicitud-refugio-mesa-partes", to=MDP, recv=T(2026, 12, 6, 22, 0, 0), lag=30,
    frm=("Astrid", "astrid.carolina.b@hotmail.com"), subject="Ayuda",
    body="""Buenas noches, disculpen la hora. Quiero presentar una solicitud de refugio para mí y mis dos hijas, somos colombianas. Yo soy Astrid Carolina Benítez Ayala, cédula 1.116.234.567, celular 947 210 338. ¿Me pueden indicar los pasos?""",
    procedure="solicitud_refugio",
    fields={"nombres": "Astrid Carolina Benítez Ayala", "nacionalidad": "CO", "documento_identidad": "1116234567",
            "telefono": "+51947210338", "correo": "astrid.carolina.b@hotmail.com"})

# 038 portal: renovación de autorización de trabajo
msg(slug="renovacion-autorizacion-trabajo", to=SOL, recv=T(2026, 12, 2, 10, 0, 45), lag=20,
    frm=("Jesus A", "jesus.alvarado.m@gmail.com"), subject="Renovación de autorización de trabajo",
    body="""Buen día, necesito la renovación de mi autorización de trabajo virtual.
Jesús Alberto Alvarado Mora - V-21.554.098 - cel 961 447 230 - correo jesus.alvarado.m@gmail.com""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "Jesús Alberto Alvarado Mora", "documento_identidad": "V21554098",
            "telefono": "+51961447230", "correo": "jesus.alvarado.m@gmail.com"})

# 039 portal: autorización de trabajo, Cuban applicant, to refugiados@
msg(slug="autorizacion-trabajo-cubano", to=REF, recv=T(2026, 12, 11, 8, 0, 3), lag=30,
    frm=("Dayron", "dayron.labrada@gmail.com"), subject="Autorizacion de trabajo - Labrada",
    body="""Saludos. Necesito sacar la autorización de trabajo, soy solicitante de refugio, cubano.
Dayron Labrada Céspedes, pasaporte L204776, teléfono 941 225 060.""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "Dayron Labrada Céspedes", "nacionalidad": "CU", "documento_identidad": "L204776",
            "telefono": "+51941225060", "correo": "dayron.labrada@gmail.com"})

# 040 portal: entrevista de registro
msg(slug="entrevista-registro-haitiana", to=SOL, recv=T(2026, 12, 3, 15, 0, 15), lag=30,
    frm=("Nadege", "nadege.celestin@gmail.com"), subject="Entrevista de registro",
    body="""Bonjour, hice mi registro en línea en agosto y todavía no recibo la fecha de la entrevista de registro.
Nadège Célestin, haitiana, passeport RD3661045, tél 959 002 117.""",
    procedure="entrevista_registro",
    fields={"nombres": "Nadège Célestin", "nacionalidad": "HT", "documento_identidad": "RD3661045",
            "telefono": "+51959002117", "correo": "nadege.celestin@gmail.com"})

# 041 portal: "Consulta", body asks about the entrevista de registro; Saturday
msg(slug="consulta-entrevista-ecuatoriano", no_delivered_to=True, to=SOL, recv=T(2026, 12, 12, 10, 0, 20), lag=30,
    frm=("Byron Chila", "byron.chila.e@gmail.com"), subject="Consulta",
    body="""Buenos días, quería consultar cuándo me van a programar la entrevista de registro, no me ha llegado nada al correo.
Byron Geovanny Chila Espinoza, ecuatoriano, cédula 0803456712.""",
    procedure="entrevista_registro",
    fields={"nombres": "Byron Geovanny Chila Espinoza", "nacionalidad": "EC", "documento_identidad": "0803456712",
            "correo": "byron.chila.e@gmail.com"})

# 042 triage: status of a case file
msg(slug="consulta-estado-expediente", to=SOL, recv=T(2026, 12, 1, 16, 40, 0), lag=30,
    frm=("Eglee", "eglee.salcedo@gmail.com"), subject="Consulta",
    body="""Buenas tardes, quisiera saber en qué estado está mi expediente N° 2024-11873, presenté todo hace más de un año y no sé nada. Eglée Salcedo Barrios, C.I. V-14.220.963, teléfono 936 402 558. Gracias.""",
    procedure=None,
    fields={"nombres": "Eglée Salcedo Barrios", "documento_identidad": "V14220963",
            "telefono": "+51936402558", "correo": "eglee.salcedo@gmail.com"})

# 043 triage: "Urgente", body asks for two procedures
msg(slug="urgente-dos-tramites", to=SOL, recv=T(2026, 12, 4, 9, 15, 37), lag=30,
    frm=("Andres Gomez", "andresfelipe.gomez@gmail.com"), subject="Urgente",
    body="""Buenos días, necesito dos cosas: actualizar mis datos de contacto (nuevo celular 918 223 447) y también el cambio de clave y contraseña del sistema.
Andrés Felipe Gómez Arias, colombiano, CC 1.020.776.341, correo andresfelipe.gomez@gmail.com""",
    procedure=None,
    fields={"nombres": "Andrés Felipe Gómez Arias", "nacionalidad": "CO", "documento_identidad": "1020776341",
            "telefono": "+51918223447", "correo": "andresfelipe.gomez@gmail.com"})

# 044 triage: subject names two recursos, body does not choose; after hours
msg(slug="reconsideracion-o-apelacion-duda", to=MDP, recv=T(2026, 12, 10, 18, 0, 0), lag=30,
    frm=("Ruben Nunez", "ruben.dario.nunez@gmail.com"), subject="Reconsideración o apelación?",
    body="""Señores, me llegó la resolución que deniega mi refugio. No sé si debo presentar reconsideración o apelación, ¿cuál me corresponde?
Rubén Darío Núñez Blanco, V-13.880.442, 945 771 093.""",
    procedure=None,
    fields={"nombres": "Rubén Darío Núñez Blanco", "documento_identidad": "V13880442",
            "telefono": "+51945771093", "correo": "ruben.dario.nunez@gmail.com"})

# 045 triage: Peruvian wife asks for a constancia for her Cuban husband; Saturday
msg(slug="esposa-peruana-constancia", to=REF, recv=T(2026, 12, 12, 12, 30, 0), lag=30,
    frm=("Milagros Paredes", "milagros.paredes.v@gmail.com"), subject="Solicitud de información",
    body="""Buenas tardes. Mi nombre es Milagros Paredes Villanueva, soy peruana (DNI 46789012) y escribo por mi esposo, Alexis Rosales Peña, cubano, pasaporte K903315, que es refugiado reconocido. ¿Cómo puede solicitar una constancia de su condición de refugiado? Mi número es 999 888 120.

Muchas gracias.""",
    procedure=None,
    fields={"nombres": "Alexis Rosales Peña", "nacionalidad": "CU", "documento_identidad": "K903315",
            "telefono": "+51999888120", "correo": "milagros.paredes.v@gmail.com"})

# 046 ignorado: bounce (multipart/report) of an office reply
msg(slug="rebote-mailer-daemon", to=MDP, recv=T(2026, 12, 2, 3, 12, 45), lag=2, kind="bounce",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx1.rree.gob.pe"), subject="Undelivered Mail Returned to Sender",
    procedure=None, fields={}, outcome="ignorado")

# 047 ignorado: out-of-office auto-reply (subject still names a procedure)
msg(slug="respuesta-automatica-fuera-oficina", to=REF, recv=T(2026, 12, 6, 8, 0, 0), lag=3,
    frm=("Asesoría Legal Caminos", "asesoria@caminos-migrantes.org"),
    subject="Respuesta automática: Prórroga de residencia",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    body="""Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 14 de diciembre, con acceso limitado al correo. Para casos urgentes comuníquese con la línea de atención de la asociación.""",
    procedure="prorroga_residencia", fields={}, outcome="ignorado")

# 048 ignorado: mailing-list newsletter
msg(slug="boletin-lista-correo", to=SOL, recv=T(2026, 12, 1, 6, 0, 0), lag=5,
    frm=("Boletín Red Migrante", "noticias@redmigrante-ejemplo.org"),
    subject="Boletín informativo N° 48 – diciembre 2026",
    extra_headers=[("List-Id", "Boletin Red Migrante <boletin.redmigrante-ejemplo.org>"),
                   ("List-Unsubscribe", "<mailto:baja@redmigrante-ejemplo.org>"), ("Precedence", "bulk")],
    body="""BOLETÍN INFORMATIVO N° 48

- Ferias de empleo para personas migrantes en Lima Norte (12 y 13 de diciembre).
- Talleres gratuitos de emprendimiento.
- Horarios de atención de fin de año de nuestras oficinas.

Para dejar de recibir este boletín responda con la palabra BAJA.""",
    procedure=None, fields={}, outcome="ignorado")

# 049 ignorado: internal forward from another institutional mailbox
msg(slug="reenvio-interno-institucional", to=MDP, recv=T(2026, 12, 10, 12, 0, 0), lag=3,
    frm=("Refugiados - RREE", "refugiados@rree.gob.pe"),
    subject="RV: Actualización de datos - para su trámite",
    body="""Estimados colegas de Mesa de Partes:

Se reenvía para conocimiento y archivo la relación de correos de actualización de datos recibidos por error en este buzón durante la semana. Ya fueron atendidos por la Unidad.

Saludos,
Unidad de Refugiados""",
    procedure="actualizacion_datos", fields={}, outcome="ignorado")

# 050 apelación addressed to two mailboxes (copy delivered to mesadepartes), late, letter + signed PDF
L050 = """RECURSO DE APELACIÓN

Lorena Isabel Vargas Quiñónez, de nacionalidad ecuatoriana, cédula 0923344556,
teléfono fijo (01) 271-4455, correo lorena.vargas.q@gmail.com.

FUNDAMENTOS:
1. Mi esposo fue asesinado en Esmeraldas en 2025 por negarse a transportar droga.
2. Los mismos autores me amenazaron de muerte y amenazaron a mis hijos.
3. La Policía de Ecuador no ofreció protección, como consta en el parte adjunto.

Pido se declare fundada la apelación.

Lorena Isabel Vargas Quiñónez"""
msg(slug="apelacion-extemporanea-dos-buzones", to=REF + ", " + MDP, delivered=MDP,
    recv=T(2026, 12, 11, 9, 40, 19), lag=30,
    frm=("Lorena Vargas", "lorena.vargas.q@gmail.com"), subject="Recurso de apelación – Lorena Vargas",
    body="""Señores:

Con el debido respeto me dirijo a ustedes. El 13 de noviembre del 2026 se me notificó la resolución que confirma la denegatoria de mi solicitud de refugio, y por medio del presente interpongo recurso de apelación.

Lorena Isabel Vargas Quiñónez, de nacionalidad ecuatoriana, cédula 0923344556, teléfono fijo (01) 271-4455, correo lorena.vargas.q@gmail.com.

FUNDAMENTOS:
1. Mi esposo fue asesinado en Esmeraldas en 2025 por negarse a transportar droga.
2. Los mismos autores me amenazaron de muerte y amenazaron a mis hijos.
3. La Policía de Ecuador no ofreció protección, como consta en el parte adjunto.

Adjunto el recurso firmado digitalmente.

Atentamente,
Lorena Vargas""",
    atts=[("apelacion_vargas.pdf", "signed", L050, "Lorena Isabel Vargas Quinonez")],
    procedure="apelacion", notified=dt.date(2026, 11, 13),
    fields={"nombres": "Lorena Isabel Vargas Quiñónez", "nacionalidad": "EC", "documento_identidad": "0923344556",
            "telefono": "+5112714455", "correo": "lorena.vargas.q@gmail.com",
            "motivo": "Mi esposo fue asesinado en Esmeraldas en 2025 por negarse a transportar droga"})

# 051 reconsideración Sunday 23:50 (Date header already Monday in -04:00), PDF with signature image
L051 = """RECURSO DE RECONSIDERACIÓN

Yorman Alexander Quintero Villegas, venezolano, pasaporte 136662019.

Fundamentos:
PRIMERO: Fui dirigente estudiantil en la Universidad de Carabobo y estuve detenido 40 días en 2024.
SEGUNDO: Presento como nueva prueba la constancia de la ONG Foro Penal sobre mi detención.

Valencia-Lima, 13 de diciembre de 2026"""
msg(slug="reconsideracion-domingo-noche-firma-imagen", to=MDP, recv=T(2026, 12, 13, 23, 50, 0), lag=29, date_tz=-4,
    frm=("Yorman Q", "yorman.quintero.v@gmail.com"), subject="Reconsideración - Yorman Quintero",
    body="""Buenas noches, presento recurso de reconsideración, me notificaron el 27/11/26. Adjunto escrito con mi firma.

Yorman Alexander Quintero Villegas
pasaporte 136662019
correo personal: yorman.qv@outlook.com
cel: +51 902 663 114""",
    atts=[("reconsideracion_quintero.pdf", "textimg", L051, "Yorman Quintero")],
    procedure="reconsideracion", notified=dt.date(2026, 11, 27),
    fields={"nombres": "Yorman Alexander Quintero Villegas", "nacionalidad": "VE", "documento_identidad": "136662019",
            "telefono": "+51902663114", "correo": "yorman.qv@outlook.com",
            "motivo": "Fui dirigente estudiantil en la Universidad de Carabobo y estuve detenido 40 días en 2024"})


# ---------------------------------------------------------------- build
def make_attachment(spec):
    name, kind, text, who = spec[:4]
    if kind == "signed":
        return name, "application/pdf", signed_pdf(text, who)
    if kind == "altered":
        old, new = spec[4]
        return name, "application/pdf", altered_pdf(text, who, old, new)
    if kind == "text":
        return name, "application/pdf", text_pdf(text)
    if kind == "textimg":
        return name, "application/pdf", text_pdf(text, signature_of=who)
    if kind == "scanpdf":
        return name, "application/pdf", image_only_pdf(text, who)
    if kind == "jpeg":
        return name, "image/jpeg", scan_jpeg(text, who)
    raise ValueError(kind)


def received_chain(recv, mailbox, sender_domain, lag):
    sent = recv - dt.timedelta(seconds=lag)
    relay = sent + dt.timedelta(seconds=max(1, lag // 3))
    qid = "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
    top = (f"from mail-{rng.randint(10, 99)}.{sender_domain} (mail-{rng.randint(10, 99)}.{sender_domain} "
           f"[{rng.randint(40, 209)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}]) "
           f"by mx1.rree.gob.pe (Postfix) with ESMTPS id {qid} for <{mailbox}>; "
           + format_datetime(recv.astimezone(LIMA)))
    low = (f"by 2002:a05:{rng.randint(1000, 9999)}:{rng.randint(100, 999)}:0:0 with SMTP id "
           f"{qid.lower()}; " + format_datetime(relay.astimezone(dt.timezone.utc)))
    return [top, low], sent


def bounce_message(m):
    recv = m["recv"]
    mailbox = m["to"]
    boundary = "=_bounce_46_" + str(rng.randint(10**8, 10**9))
    orig_date = format_datetime((recv - dt.timedelta(minutes=1)).astimezone(LIMA))
    date = format_datetime(recv - dt.timedelta(seconds=2))
    raw = f"""Delivered-To: {mailbox}
Return-Path: <>
Received: by mx1.rree.gob.pe (Postfix) id 3F2A1C0042; {format_datetime(recv)}
Date: {date}
From: Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>
To: {mailbox}
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
Message-ID: <20261202081243.3F2A1C0042@mx1.rree.gob.pe>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{boundary}"

This is a MIME-encapsulated message.

--{boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jhonny.perez.1988@gmial.com>: Host or domain name not found. Name service
    error for name=gmial.com type=A: Host not found

--{boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.rree.gob.pe
Arrival-Date: {orig_date}

Final-Recipient: rfc822; jhonny.perez.1988@gmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.

--{boundary}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Mesa de Partes Virtual <mesadepartes@rree.gob.pe>
To: jhonny.perez.1988@gmial.com
Subject: Constancia de recepcion MP-2026-018244
Date: {orig_date}

--{boundary}--
"""
    return raw.encode("utf-8")


def build_one(i, m):
    fname = f"{i:03d}-{m['slug']}.eml"
    mailbox = m.get("delivered") or m["to"].split(",")[0].strip()
    recv = m["recv"]
    atts = [make_attachment(a) for a in m.get("atts", [])]
    if m.get("kind") == "bounce":
        data = bounce_message(m)
    else:
        em = EmailMessage()
        dom = m["frm"][1].split("@")[1]
        chain, sent = received_chain(recv, mailbox, dom, m.get("lag", 30))
        if "to" in m and m.get("no_delivered_to") is not True:
            em["Delivered-To"] = mailbox
        em["Return-Path"] = f"<{m['frm'][1]}>"
        for r in chain:
            em["Received"] = r
        tz = dt.timezone(dt.timedelta(hours=m.get("date_tz", -5)))
        em["Date"] = format_datetime(sent.astimezone(tz))
        em["From"] = f'"{m["frm"][0]}" <{m["frm"][1]}>'
        em["To"] = m["to"]
        if m.get("cc"):
            em["Cc"] = m["cc"]
        em["Subject"] = m["subject"]
        em["Message-ID"] = make_msgid(idstring=f"r46.{i:03d}", domain=dom)
        em["MIME-Version"] = "1.0"
        for k, v in m.get("extra_headers", []):
            em[k] = v
        if m.get("html_only"):
            em.set_content(m["html"], subtype="html")
        else:
            em.set_content(m["body"])
            if m.get("html"):
                em.add_alternative(m["html"], subtype="html")
        for name, ctype, blob in atts:
            maintype, subtype = ctype.split("/")
            em.add_attachment(blob, maintype=maintype, subtype=subtype, filename=name)
        data = em.as_bytes(policy=policy.SMTP)
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(data)
    return fname, mailbox, atts


def label_for(m, fname, mailbox, atts):
    proc = m["procedure"]
    fields = m["fields"]
    outcome = m.get("outcome")
    recv = m["recv"]
    fdate = filing_day(recv)
    flags = []
    # signature
    reqs = REQ.get(proc, []) if proc else []
    if "firma" in reqs and outcome != "ignorado":
        sig = firma_status(atts)
    else:
        sig = "not_required"
    if outcome == "ignorado":
        return dict(file=fname, mailbox=mailbox, received=recv.isoformat(), procedure=proc, fields={},
                    missing=[], signature=sig, outcome="ignorado", flags=[],
                    filing_date=fdate.isoformat(), due_date=None)
    if proc is None or proc in PORTAL:
        return dict(file=fname, mailbox=mailbox, received=recv.isoformat(), procedure=proc, fields=fields,
                    missing=[], signature="not_required", outcome="triage" if proc is None else "portal", flags=[],
                    filing_date=fdate.isoformat(), due_date=None)
    refugee = m.get("refugee", False) or ("carne_extranjeria" in fields)
    missing = []
    for r in reqs:
        if r == "firma":
            if sig in ("absent", "invalid"):
                missing.append("firma")
        elif r == "denuncia_policial":
            if not m.get("denuncia"):
                missing.append(r)
        elif r == "carne_extranjeria*":
            if refugee and "carne_extranjeria" not in fields:
                missing.append("carne_extranjeria")
        elif r not in fields:
            missing.append(r)
    if sig == "manuscrita":
        flags.append("verificar_firma")
    if HOME[proc] != mailbox:
        flags.append("derivado")
    if proc in ("reconsideracion", "apelacion") and m.get("notified"):
        if fdate > last_day_recurso(m["notified"]):
            flags.append("extemporaneo")
    if proc == "carne_solicitante":
        outcome, due = "suspendido", None
    elif missing:
        outcome, due = "subsanar", add_bd(fdate, 2)
    elif proc in ("reconsideracion", "apelacion"):
        outcome, due = "cargo", add_bd(fdate, PLAZO[proc])
    else:
        outcome, due = "acuse", add_bd(fdate, PLAZO[proc])
    return dict(file=fname, mailbox=mailbox, received=recv.isoformat(), procedure=proc, fields=fields,
                missing=missing, signature=sig, outcome=outcome, flags=flags,
                filing_date=fdate.isoformat(), due_date=due.isoformat() if due else None)


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    for i, m in enumerate(M, 1):
        fname, mailbox, atts = build_one(i, m)
        # sanity: data stated only in a PDF must be in its text layer
        for name, ctype, blob in atts:
            if ctype == "application/pdf":
                txt = pdf_text(blob)
                if m.get("notified_in_pdf_only"):
                    assert "25/11/2026" in txt, fname
        labels.append(label_for(m, fname, mailbox, atts))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "config.toml"), "w") as f:
        f.write('# Calendar settings the labels in labels.jsonl were computed with.\n[calendar]\n'
                'timezone = "America/Lima"\noffice_close = "16:30"\n'
                '# Días no laborables for the public sector chosen for this round.\n'
                'non_working_days = ["2026-12-07", "2026-12-24", "2026-12-31"]\n')
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
