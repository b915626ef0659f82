#!/usr/bin/env python3
"""Round 35: a month of mail (20 Nov - 23 Dec 2026) to the three CEPR mailboxes.

Writes NNN-slug.eml files and labels.jsonl into this folder.
Run with /work/rounds/.venv-r35/bin/python build.py
"""
import datetime as dt
import glob
import io
import json
import os
import random
import re
import tempfile
import tomllib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.utils import format_datetime, make_msgid, formataddr
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
random.seed(35)

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"

# ---------------------------------------------------------------- calendar
with open(os.path.join(HERE, "config.toml"), "rb") as fh:
    CAL = tomllib.load(fh)["calendar"]
NWD = {dt.date.fromisoformat(d) for d in CAL["non_working_days"]}
CLOSE = dt.time.fromisoformat(CAL["office_close"]) if CAL.get("office_close") else None
PE_HOL = holidays.country_holidays("PE", years=range(2026, 2028))


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


# ---------------------------------------------------------------- procedures
TABLE = {
    "solicitud_refugio": ("portal", [], None),
    "autorizacion_trabajo": ("portal", [], None),
    "entrevista_registro": ("portal", [], None),
    "carne_solicitante": (S, None, None),  # suspended
    "actualizacion_datos": (S, ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": (S, ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": (M, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15),
    "apelacion": (M, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30),
    "renuncia": (M, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": (R, ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": (R, ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "autorizacion_viaje": (R, ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5),
}
RECURSOS = {"reconsideracion", "apelacion"}

# ---------------------------------------------------------------- documents
FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
if not os.path.exists(FONT_HAND):
    FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def latin1(s):
    return s.encode("latin-1", "replace").decode("latin-1")


def text_pdf(paragraphs, compress=True, title=None):
    p = FPDF()
    p.set_compression(compress)
    p.set_creator("Microsoft Word")
    p.add_page()
    p.set_margins(22, 20, 22)
    if title:
        p.set_font("Helvetica", "B", 12)
        p.multi_cell(0, 7, latin1(title), align="C")
        p.ln(4)
    p.set_font("Helvetica", size=11)
    for para in paragraphs:
        p.multi_cell(0, 6, latin1(para))
        p.ln(3)
    return bytes(p.output())


_SIGNERS = {}


def signer_for(cn):
    if cn in _SIGNERS:
        return _SIGNERS[cn]
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    start = dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=1825))
            .sign(key, hashes.SHA256()))
    d = tempfile.mkdtemp(prefix="r35cert")
    with open(os.path.join(d, "k.pem"), "wb") as fh:
        fh.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()))
    with open(os.path.join(d, "c.pem"), "wb") as fh:
        fh.write(cert.public_bytes(serialization.Encoding.PEM))
    _SIGNERS[cn] = signers.SimpleSigner.load(os.path.join(d, "k.pem"), os.path.join(d, "c.pem"))
    return _SIGNERS[cn]


def sign_pdf(pdf, cn):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(field_name="Firma", reason="Firma del recurrente", location="Lima")
    return signers.sign_pdf(w, meta, signer=signer_for(cn)).getvalue()


def signed_pdf(paragraphs, cn, title=None):
    return sign_pdf(text_pdf(paragraphs, compress=True, title=title), cn)


def altered_pdf(paragraphs, cn, old, new, title=None):
    """Sign an uncompressed PDF, then change a word inside the signed range."""
    assert len(old) == len(new)
    signed = sign_pdf(text_pdf(paragraphs, compress=False, title=title), cn)
    ob, nb = latin1(old).encode("latin-1"), latin1(new).encode("latin-1")
    assert signed.count(ob) >= 1, old
    return signed.replace(ob, nb, 1)


def hand_image(lines, width=1240, height=1754, tilt=0.6):
    """A 'photographed' handwritten page: pixels only."""
    img = Image.new("RGB", (width, height), (246, 243, 232))
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_HAND, 30)
    y = 120
    for ln in lines:
        x = 90 + random.randint(-6, 6)
        dr.text((x, y), ln, fill=(25, 30, 90), font=font)
        y += 52 + random.randint(-3, 3)
    # a scribbled signature
    pts = [(700 + i * 9, y + 60 + int(25 * ((-1) ** i) * random.random())) for i in range(40)]
    dr.line(pts, fill=(20, 20, 80), width=3)
    img = img.rotate(tilt, fillcolor=(200, 200, 200)).filter(ImageFilter.GaussianBlur(0.6))
    return img


def img_bytes(img, fmt):
    b = io.BytesIO()
    if fmt == "JPEG":
        img.save(b, "JPEG", quality=70)
    else:
        img.save(b, "PNG")
    return b.getvalue()


def photo_card(label, w=1000, h=630):
    img = Image.new("RGB", (w, h), (210, 225, 235))
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 34)
    dr.rectangle([30, 30, w - 30, h - 30], outline=(60, 60, 60), width=4)
    dr.rectangle([60, 120, 330, 480], fill=(170, 170, 170))
    dr.text((370, 140), label, fill=(20, 20, 20), font=font)
    return img.filter(ImageFilter.GaussianBlur(1.2))


def scan_pdf(lines):
    """PDF holding only an image of the page (no text layer)."""
    img = hand_image(lines)
    p = FPDF()
    p.add_page()
    p.image(img, x=0, y=0, w=210, h=297)
    return bytes(p.output())


def A(name, kind, data, denuncia=False):
    return dict(name=name, kind=kind, data=data, denuncia=denuncia)


def pdf_att(name, data, kind):
    return A(name, kind, data, denuncia="denuncia" in name.lower())


# ---------------------------------------------------------------- messages
MSGS = []


def t(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LIMA)


def add(**kw):
    MSGS.append(kw)


# ======================== actualizacion_datos ========================
add(slug="actualizacion-datos-lista-guiones", mailbox=S, recv="2026-11-23 08:12:44",
    frm=("Yuli Rangel", "yuli.rangel88@gmail.com"), subject="Actualización de datos",
    text="""Buenos días, por medio del presente solicito la actualización de mis datos de contacto, ya que me mudé y cambié de número.

- Nombre completo: Yulimar Andreína Rangel Colmenares
- Nacionalidad: Venezolana
- Pasaporte: 134567892
- Nuevo teléfono: 941 258 763
- Nueva dirección: Jr. Huáscar 1450, dpto. 302, Jesús María, Lima

El correo sigue siendo este mismo.
Muchas gracias de antemano.

Yulimar R.
""",
    L=dict(procedure="actualizacion_datos",
           fields=dict(nombres="Yulimar Andreína Rangel Colmenares", nacionalidad="VE",
                       documento_identidad="134567892", telefono="941 258 763")))

add(slug="actualizar-datos-celular-una-linea", mailbox=S, recv="2026-11-28 21:40:05",
    frm=("Jhon F", "jhonfreddy.cardenas@hotmail.com"), subject="actulizar datos",
    text="hola buenas noches quiero actualizar mi numero de celular ahora es 912 004 387 mi nombre es "
         "Jhon Freddy Cárdenas Ortiz colombiano cc 1.094.887.120 gracias\n\nEnviado desde mi iPhone\n",
    L=dict(procedure="actualizacion_datos",
           fields=dict(nombres="Jhon Freddy Cárdenas Ortiz", nacionalidad="CO",
                       documento_identidad="1.094.887.120", telefono="912 004 387")))

add(slug="mise-a-jour-coordonnees-refugie-sin-carne", mailbox=S, recv="2026-12-01 11:20:17",
    frm=("Patrick Mbuyi", "p.mbuyi.k@yahoo.fr"),
    subject="Mise à jour de mes coordonnées - Actualización de datos",
    text="""Bonjour Madame, Monsieur,

Je suis réfugié reconnu au Pérou depuis mars 2023. Je vous écris pour mettre à jour mes coordonnées, car j'ai changé de domicile et de numéro de téléphone.

Nom et prénoms : Patrick Mbuyi Kalonji
Nationalité : congolaise (RDC)
Passeport : OP0456721
Nouveau téléphone : 987 112 093
Nouvelle adresse : Av. Brasil 2210, Pueblo Libre

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Patrick MBUYI
""",
    L=dict(procedure="actualizacion_datos", recognised=True,
           fields=dict(nombres="Patrick Mbuyi Kalonji", nacionalidad="CD",
                       documento_identidad="OP0456721", telefono="987 112 093")))

add(slug="actualizacion-datos-html-tabla-buzon-refugiados", mailbox=R, recv="2026-12-10 16:52:09",
    frm=("María Gabriela Sifontes", "mgsifontes@hotmail.com"),
    subject="ACTUALIZACION DE DATOS DE CONTACTO - CE 001234567",
    html="""<html><body style="font-family:Calibri,sans-serif">
<p>Señores<br>Comisión Especial para los Refugiados:</p>
<p>Solicito por favor actualizar mis datos en el sistema. Soy refugiada reconocida.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Nombres y apellidos</b></td><td>María Gabriela Sifontes Aray</td></tr>
<tr><td><b>Sexo</b></td><td>Femenino</td></tr>
<tr><td><b>Nacionalidad</b></td><td>Venezuela</td></tr>
<tr><td><b>Cédula</b></td><td>V-17.654.321</td></tr>
<tr><td><b>Carné de extranjería</b></td><td>001234567</td></tr>
<tr><td><b>Fecha de nacimiento</b></td><td>02/11/1985</td></tr>
<tr><td><b>Teléfono (nuevo)</b></td><td>+51 956 300 218</td></tr>
<tr><td><b>Dirección (nueva)</b></td><td>Calle Los Pinos 145, Santiago de Surco</td></tr>
</table>
<p>Atte.<br>María Gabriela</p>
</body></html>""",
    L=dict(procedure="actualizacion_datos", recognised=True,
           fields=dict(nombres="María Gabriela Sifontes Aray", sexo="F", nacionalidad="VE",
                       documento_identidad="V-17.654.321", carne_extranjeria="001234567",
                       fecha_nacimiento="1985-11-02", telefono="+51 956 300 218")))

add(slug="actualizacion-correo-sin-telefono-1630", mailbox=S, recv="2026-12-16 16:30:00",
    date="2026-12-16 16:29:41",
    frm=("Karla Mendoza", "karla.mend.2025@outlook.com"),
    subject="Actualizacion de correo electronico",
    text="""Estimados, buenos días.

Solicito por favor actualizar mi correo electrónico en el sistema de refugio, el anterior ya no lo puedo abrir. El nuevo es karla.mend.2025@outlook.com (desde el que les escribo).

Karla Daniela Mendoza Piña
venezolana
CI 20.111.456

Saludos
""",
    L=dict(procedure="actualizacion_datos",
           fields=dict(nombres="Karla Daniela Mendoza Piña", nacionalidad="VE",
                       documento_identidad="20.111.456", correo="karla.mend.2025@outlook.com")))

# ======================== cambio_clave ========================
add(slug="chanje-modpas-kreyol", mailbox=S, recv="2026-11-22 14:17:52", charset="utf-8-b64",
    frm=("Wilner JB", "wilnerjb509@gmail.com"), subject="Cambio de clave - chanje modpas",
    text="""Bonjou,

Mwen rele Wilner Jean-Baptiste, mwen se ayisyen. Mwen pa ka antre nan sistèm refijye a ankò, mwen bliye modpas mwen. Tanpri ede m chanje kle a.

Paspò: RD4471203
Telefòn / WhatsApp: +51 923 556 781
Imèl: wilnerjb509@gmail.com

Mèsi anpil, Bondye beni nou.
""",
    L=dict(procedure="cambio_clave",
           fields=dict(nombres="Wilner Jean-Baptiste", nacionalidad="HT", documento_identidad="RD4471203",
                       telefono="+51 923 556 781", correo="wilnerjb509@gmail.com")))

add(slug="re-cambio-contrasena-a-mesa-de-partes", mailbox=M, recv="2026-11-24 15:33:10",
    frm=("Luis Briceño", "labriceno.mora@gmail.com"), subject="RE: cambio de contraseña",
    headers={"In-Reply-To": "<mpv-20261123110211.4471@rree.gob.pe>",
             "References": "<mpv-20261123110211.4471@rree.gob.pe>"},
    text="""Buenas tardes, envío los datos que me pidieron:

Nombres: Luis Alberto Briceño Mora
Pasaporte 112233445
Cel. 987-654-012
correo: labriceno.mora@gmail.com

Gracias

El lun, 23 nov 2026 a las 11:02, Mesa de Partes Virtual (<mesadepartes@rree.gob.pe>) escribió:
> Estimado(a) usuario(a):
> Para atender su pedido de cambio de clave, sírvase remitir sus nombres y
> apellidos completos, número de pasaporte o cédula, teléfono y correo
> electrónico.
> Atentamente,
> Mesa de Partes Virtual
> Secretaría Ejecutiva de la Comisión Especial para los Refugiados
""",
    L=dict(procedure="cambio_clave",
           fields=dict(nombres="Luis Alberto Briceño Mora", documento_identidad="112233445",
                       telefono="987-654-012", correo="labriceno.mora@gmail.com")))

add(slug="olvide-contrasena-sin-documento-medianoche", mailbox=S, recv="2026-12-03 00:00:31",
    date="2026-12-02 23:59:58",
    frm=("dayer suarez", "dayersuarez.31@gmail.com"), subject="Olvidé mi contraseña",
    text="Hola no puedo entrar al sistema de refugiados olvide la contraseña y me sale error. "
         "Soy Dayerlin Suárez mi telefono 9 5512 3344. ayudenme por favor\n",
    L=dict(procedure="cambio_clave",
           fields=dict(nombres="Dayerlin Suárez", telefono="9 5512 3344")))

add(slug="cambio-clave-vecino-escribe-por-cubana", mailbox=S, recv="2026-12-04 17:05:26",
    frm=("Pedro Ñique", "pedro.nique.tacna@gmail.com"), subject="Cambio de clave y contraseña",
    text="""Buenas tardes señores

Escribo por mi vecina la señora Carmen Rosa Villalobos, de nacionalidad cubana, ella no tiene mucho manejo del correo y me pidió el favor. No puede entrar al sistema de refugiados porque le dice que la clave es incorrecta.

Sus datos:
carnet de identidad cubano 67021508774
celular de ella 934 221 908
su correo es carmenrosa.villalobos67@gmail.com (ahí le llegan las cosas del sistema)

Yo soy Pedro Ñique Chunga, DNI 45678123, por si necesitan confirmar algo.
Gracias
""",
    L=dict(procedure="cambio_clave",
           fields=dict(nombres="Carmen Rosa Villalobos", nacionalidad="CU",
                       documento_identidad="67021508774", telefono="934 221 908",
                       correo="carmenrosa.villalobos67@gmail.com")))

add(slug="password-reset-english-feriado", mailbox=S, recv="2026-12-08 12:30:40",
    frm=("Chinedu Okafor", "chinedu.okafor@protonmail.com"),
    subject="Password reset request / Cambio de clave",
    text="""Dear Sir/Madam,

I am an asylum seeker and I have been unable to log in to the refugee system since my password expired last week. I kindly ask you to reset it.

Full name: Chinedu Emmanuel Okafor
Nationality: Nigerian
Passport no.: A09876543
Phone: +51 951 402 776
Email: chinedu.okafor@protonmail.com

Thank you for your help.
Chinedu
""",
    L=dict(procedure="cambio_clave",
           fields=dict(nombres="Chinedu Emmanuel Okafor", nacionalidad="NG",
                       documento_identidad="A09876543", telefono="+51 951 402 776",
                       correo="chinedu.okafor@protonmail.com")))

# ======================== reconsideracion ========================
_rg = ["Yo, Rafael Antonio Guerrero Salas, de nacionalidad venezolana, identificado con cédula de identidad "
       "V-14.556.778, con domicilio en Av. Túpac Amaru 3320, Comas, teléfono 998 877 665 y correo electrónico "
       "rafa.guerrero.s@gmail.com, ante ustedes me presento y digo:",
       "Que habiendo sido notificado el 12 de noviembre de 2026 con la Resolución N° 1187-2026-CEPR, que declara "
       "infundada mi solicitud de refugio (Expediente N° 2024-07731), interpongo RECURSO DE RECONSIDERACIÓN "
       "dentro del plazo de ley.",
       "MOTIVO: La resolución no valoró la orden de captura dictada en mi contra en el estado Zulia por haber "
       "participado en las protestas de 2024, que ofrezco como nueva prueba, ni la constancia de la ONG Provea "
       "sobre la detención de mi hermano.",
       "POR TANTO: Solicito se declare fundado el presente recurso y se me reconozca la condición de refugiado.",
       "Lima, 23 de noviembre de 2026",
       "Rafael Antonio Guerrero Salas",
       "V-14.556.778"]
add(slug="reconsideracion-pdf-firmado-en-plazo", mailbox=M, recv="2026-11-23 15:10:03",
    frm=("Rafael Guerrero", "rafa.guerrero.s@gmail.com"),
    subject="Recurso de Reconsideración - Exp. N° 2024-07731",
    text="Señores Mesa de Partes:\n\nAdjunto mi Recurso de Reconsideración firmado digitalmente.\n\nAtentamente,\nRafael Guerrero\n",
    atts=[pdf_att("Recurso_Reconsideracion_RGuerrero.pdf",
                  signed_pdf(_rg, "RAFAEL ANTONIO GUERRERO SALAS",
                             title="SUMILLA: INTERPONGO RECURSO DE RECONSIDERACIÓN"), "valid")],
    L=dict(procedure="reconsideracion", notified="2026-11-12",
           fields=dict(nombres="Rafael Antonio Guerrero Salas", nacionalidad="VE",
                       documento_identidad="V-14.556.778", telefono="998 877 665",
                       correo="rafa.guerrero.s@gmail.com", motivo="no valoró la orden de captura")))

add(slug="reconsideracion-escaneada-notificada-octubre-tarde", mailbox=M, recv="2026-12-02 10:40:55",
    frm=("Luz Marina Cordero", "luzmacordero.v@gmail.com"), subject="RECONSIDERACION",
    text="""Señores CEPR

Buenos días. Envío mi recurso de reconsideración escaneado con mi firma.
Fui notificada el 20/10/2026 de la resolución que deniega mi solicitud de refugio. No pude enviarlo antes porque estuve hospitalizada en el Hospital Loayza, adjunto también la constancia.

Motivo: en la entrevista no se tomó en cuenta que el grupo armado que me amenazó en Cúcuta sigue buscándome, tengo nuevas amenazas por WhatsApp que también adjunto.

Nombre: Luz Marina Cordero Vásquez
Cédula de ciudadanía: 52.874.301
Cel: 976 543 210 (whatsapp)
Correo: luzmacordero.v@gmail.com

Gracias, Dios les bendiga.
""",
    atts=[A("reconsideracion_firmada.pdf", "pdf_scan", scan_pdf([
        "Lima, 1 de diciembre de 2026", "", "Señores Comisión Especial para los Refugiados", "",
        "Yo Luz Marina Cordero Vásquez presento recurso de", "reconsideración contra la resolución que",
        "me notificaron el 20/10/2026. Pido que revisen mi caso", "porque el grupo que me amenazó sigue buscándome.",
        "", "Firma:"])),
          A("constancia_hospital.jpg", "jpg", img_bytes(photo_card("HOSPITAL NACIONAL\nARZOBISPO LOAYZA\nConstancia"), "JPEG"))],
    L=dict(procedure="reconsideracion", notified="2026-10-20",
           fields=dict(nombres="Luz Marina Cordero Vásquez", documento_identidad="52.874.301",
                       telefono="976 543 210", correo="luzmacordero.v@gmail.com",
                       motivo="el grupo armado que me amenazó en Cúcuta sigue buscándome")))

_nc = ["SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
       "NOHELIA JOSEFINA CAMPOS ARTEAGA, ciudadana venezolana, con pasaporte N° 108765432, teléfono 914 778 320, "
       "correo electrónico nohelia.campos@gmail.com, con domicilio procesal en Av. Arequipa 2450, oficina 501, "
       "Lince, a ustedes respetuosamente digo:",
       "Que interpongo RECURSO DE RECONSIDERACIÓN contra la resolución que declaró infundada mi solicitud de "
       "refugio, por los siguientes fundamentos:",
       "1. Motivo: la decisión se basó en que mi relato sería inconsistente, sin considerar el informe psicológico "
       "que acredita estrés postraumático, el cual explica las imprecisiones de fechas en mi entrevista.",
       "2. Adjunto como nueva prueba el informe psicológico emitido por el Centro de Atención Psicosocial.",
       "POR TANTO: Pido se declare fundado el recurso.",
       "Lima, 26 de noviembre de 2026",
       "Nohelia Josefina Campos Arteaga"]
add(slug="reconsideracion-abogado-en-representacion", mailbox=M, recv="2026-11-26 18:02:37",
    frm=("Estudio Paredes & Asociados", "jparedes@paredesabogados.pe"),
    subject="Recurso de reconsideración - Nohelia Campos Arteaga",
    text="""Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

Por medio del presente, en mi calidad de abogado de la Sra. Nohelia Josefina Campos Arteaga, ciudadana venezolana, remito adjunto el Recurso de Reconsideración suscrito digitalmente por mi patrocinada, con su anexo.

Datos de la recurrente:
    Pasaporte: 108765432
    Teléfono: 914 778 320
    Correo electrónico: nohelia.campos@gmail.com

Agradeceré dirigir las notificaciones también a este correo.

Atentamente,

Jorge Luis Paredes Hinostroza
Abogado - Reg. CAL 45678
Estudio Paredes & Asociados
Av. Arequipa 2450, of. 501, Lince
Tel. (01) 421-1122
""",
    atts=[pdf_att("RR_Campos_Arteaga_firmado.pdf", signed_pdf(_nc, "NOHELIA JOSEFINA CAMPOS ARTEAGA",
                                                               title="RECURSO DE RECONSIDERACIÓN"), "valid"),
          pdf_att("Anexo_1_informe_psicologico.pdf",
                  text_pdf(["INFORME PSICOLÓGICO", "Paciente: N. J. C. A.",
                            "Conclusión: cuadro compatible con trastorno de estrés postraumático."]), "pdf_text")],
    L=dict(procedure="reconsideracion",
           fields=dict(nombres="Nohelia Josefina Campos Arteaga", nacionalidad="VE",
                       documento_identidad="108765432", telefono="914 778 320",
                       correo="nohelia.campos@gmail.com", motivo="la decisión se basó en que mi relato sería inconsistente")))

add(slug="reconsideracion-en-el-cuerpo-sin-firma-domingo", mailbox=M, recv="2026-12-13 19:30:12",
    charset="iso-8859-1",
    frm=("Yoandry Peña", "yoandry.pena91@gmail.com"), subject="Reconsideración de mi caso",
    text="""Buenas noches

Me dirijo a ustedes para pedirles que por favor reconsideren la decisión sobre mi solicitud de refugio. Yo soy cubano, me llamo Yoandry Peña Castillo, mi carnet de identidad es el 91061423457.

Cuando hice la entrevista no pude explicar bien que en Cuba me detuvieron tres veces por publicar en Facebook contra el gobierno y que si regreso me van a meter preso. Tengo las citaciones de la policía que les puedo mandar.

Mi teléfono es 955 667 788.

Espero su respuesta.
""",
    L=dict(procedure="reconsideracion",
           fields=dict(nombres="Yoandry Peña Castillo", nacionalidad="CU", documento_identidad="91061423457",
                       telefono="955 667 788", motivo="en Cuba me detuvieron tres veces por publicar en Facebook")))

_ca = ["Yo, Cristian Paúl Andrade Quishpe, de nacionalidad ecuatoriana, con cédula de identidad N° 1718293045, "
       "teléfono 951 236 478 y correo cristian.andrade.ec@gmail.com, notificado con fecha 04/12/2026 con la "
       "resolución que deniega mi solicitud de refugio, ante ustedes me presento y solicito:",
       "Que se reconsidere dicha decisión. Motivo: la resolución afirma que puedo reubicarme dentro del Ecuador, "
       "pero la banda que extorsionaba mi negocio en Guayaquil opera también en Quito y en Cuenca, como consta en "
       "las denuncias fiscales que adjunto.",
       "Lima, 17 de diciembre de 2026",
       "Cristian Paúl Andrade Quishpe"]
add(slug="reconsideracion-pdf-alterado-tras-firma", mailbox=M, recv="2026-12-18 11:11:48",
    frm=("Cristian Andrade", "cristian.andrade.ec@gmail.com"), subject="Recurso de Reconsideracion",
    text="Buenos días, adjunto mi recurso de reconsideración firmado.\n\nSaludos cordiales,\nCristian Andrade\n",
    atts=[pdf_att("reconsideracion_andrade.pdf",
                  altered_pdf(_ca, "CRISTIAN PAUL ANDRADE QUISHPE", "extorsionaba", "EXTORSIONABA",
                              title="RECURSO DE RECONSIDERACIÓN"), "invalid")],
    L=dict(procedure="reconsideracion", notified="2026-12-04",
           fields=dict(nombres="Cristian Paúl Andrade Quishpe", nacionalidad="EC",
                       documento_identidad="1718293045", telefono="951 236 478",
                       correo="cristian.andrade.ec@gmail.com", motivo="la resolución afirma que puedo reubicarme")))

_em = ["Señores de la Comisión Especial para los Refugiados:",
       "Eliana Beatriz Marcano Rojas, pasaporte N° 139876540, teléfono +51 940 223 118, correo "
       "eliana.marcano@gmail.com, notificada el 13 de noviembre de 2026 con la resolución recaída en el "
       "Expediente N° 2025-03321, interpongo recurso de reconsideración.",
       "Motivo: la resolución no consideró que soy perseguida por mi trabajo como periodista; adjunté las "
       "publicaciones y las amenazas recibidas, que no fueron mencionadas.",
       "Lima, 4 de diciembre de 2026", "Eliana Beatriz Marcano Rojas"]
add(slug="reconsideracion-ultimo-dia-despues-del-cierre", mailbox=M, recv="2026-12-04 17:10:22",
    frm=("Eliana Marcano", "eliana.marcano@gmail.com"),
    subject="Reconsideración - Eliana Marcano - Exp. 2025-03321",
    text="""Buenas tardes,

Presento mi recurso de reconsideración (adjunto firmado con firma digital).

Nombre completo: Eliana Beatriz Marcano Rojas
Pasaporte N° 139876540
Teléfono +51 940 223 118
Correo eliana.marcano@gmail.com
Fecha de notificación: notificada el 13 de noviembre de 2026

Motivo: la resolución no consideró que soy perseguida por mi trabajo como periodista.

Atentamente,
Eliana Marcano
""",
    atts=[pdf_att("reconsideracion_marcano.pdf", signed_pdf(_em, "ELIANA BEATRIZ MARCANO ROJAS",
                                                             title="RECURSO DE RECONSIDERACIÓN"), "valid")],
    L=dict(procedure="reconsideracion", notified="2026-11-13",
           fields=dict(nombres="Eliana Beatriz Marcano Rojas", documento_identidad="139876540",
                       telefono="+51 940 223 118", correo="eliana.marcano@gmail.com",
                       motivo="soy perseguida por mi trabajo como periodista")))

# ======================== apelacion ========================
_go = ["Señores del Tribunal / Comisión Especial para los Refugiados",
       "Génesis Carolina Ortega Mújica, de nacionalidad venezolana, pasaporte N° 145236987, celular 960 112 334, "
       "correo genesis.ortega.m@gmail.com, interpongo RECURSO DE APELACIÓN contra la Resolución N° 1342-2026-CEPR, "
       "notificada el 27 de noviembre de 2026, que confirmó la denegatoria de mi solicitud de refugio.",
       "Motivo de la apelación: la resolución aplica indebidamente la cláusula de alternativa de huida interna; "
       "fui amenazada por un colectivo armado con presencia nacional, y mi pareja fue asesinada en Maracay.",
       "Lima, 22 de diciembre de 2026", "Génesis Carolina Ortega Mújica"]
add(slug="apelacion-html-tabla-ultimo-dia-de-plazo", mailbox=M, recv="2026-12-23 09:25:51",
    frm=("Génesis Ortega", "genesis.ortega.m@gmail.com"), subject="Recurso de Apelación",
    text="""Buenos días, adjunto mi recurso de apelación contra la Resolución N° 1342-2026-CEPR que me fue notificada el 27 de noviembre de 2026.

Mis datos:
Nombres y Apellidos | Génesis Carolina Ortega Mújica
Documento | Pasaporte N° 145236987
Nacionalidad | Venezolana
Celular | 960 112 334
Email | genesis.ortega.m@gmail.com

Gracias.
""",
    html="""<div dir="ltr"><p>Buenos días, adjunto mi recurso de apelación contra la Resolución N° 1342-2026-CEPR que me fue notificada el 27 de noviembre de 2026.</p>
<p>Mis datos:</p>
<table style="border-collapse:collapse" border="1">
<tbody>
<tr><th align="left">Nombres y Apellidos</th><td>Génesis Carolina Ortega Mújica</td></tr>
<tr><th align="left">Documento</th><td>Pasaporte N° 145236987</td></tr>
<tr><th align="left">Nacionalidad</th><td>Venezolana</td></tr>
<tr><th align="left">Celular</th><td>960 112 334</td></tr>
<tr><th align="left">Email</th><td><a href="mailto:genesis.ortega.m@gmail.com">genesis.ortega.m@gmail.com</a></td></tr>
</tbody></table>
<p>Gracias.</p></div>""",
    atts=[pdf_att("Apelacion_Ortega_Mujica.pdf", signed_pdf(_go, "GENESIS CAROLINA ORTEGA MUJICA",
                                                            title="RECURSO DE APELACIÓN"), "valid")],
    L=dict(procedure="apelacion", notified="2026-11-27",
           fields=dict(nombres="Génesis Carolina Ortega Mújica", documento_identidad="145236987",
                       nacionalidad="VE", telefono="960 112 334", correo="genesis.ortega.m@gmail.com",
                       motivo="aplica indebidamente la cláusula de alternativa de huida interna")))

_wr = ["SEÑORES COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
       "Wilmer Alexis Rojas Pineda, colombiano, identificado con C.C. 1.032.456.789, teléfono 913 884 276, "
       "correo wilmer.rojas.pineda@gmail.com, notificado el día 30 de octubre de 2026 con la resolución que "
       "confirma la denegatoria de mi solicitud de refugio, interpongo recurso de apelación.",
       "Motivo: fui reclutado a la fuerza por un grupo disidente en el Cauca y desertar es castigado con la muerte; "
       "la Comisión no valoró la carta de la Defensoría del Pueblo de Colombia que lo confirma.",
       "Lima, 16 de diciembre de 2026", "Wilmer Alexis Rojas Pineda"]
add(slug="apelacion-a-refugiados-fuera-de-plazo-1629", mailbox=R, recv="2026-12-16 16:29:30",
    date="2026-12-16 16:29:10",
    frm=("Wilmer Rojas", "wilmer.rojas.pineda@gmail.com"), subject="Apelacion - Wilmer Rojas Pineda",
    text="""Señores buenas tardes,

Envío mi recurso de apelación firmado. Disculpen la demora, me notificaron el 30 de octubre de 2026 pero no sabía que tenía que enviarlo por correo, fui a la oficina del Ministerio y recién ahí me dijeron que todo es virtual.

Quedo atento,
Wilmer Rojas
913 884 276
""",
    atts=[pdf_att("apelacion wilmer rojas.pdf", signed_pdf(_wr, "WILMER ALEXIS ROJAS PINEDA",
                                                           title="RECURSO DE APELACIÓN"), "valid")],
    L=dict(procedure="apelacion", notified="2026-10-30",
           fields=dict(nombres="Wilmer Alexis Rojas Pineda", nacionalidad="CO",
                       documento_identidad="1.032.456.789", telefono="913 884 276",
                       correo="wilmer.rojas.pineda@gmail.com", motivo="fui reclutado a la fuerza")))

add(slug="apelacion-parroquia-por-haitiana-fotos", mailbox=M, recv="2026-12-05 10:15:33",
    frm=("Parroquia San Martín de Porres - Secretaría", "secretaria.psmporres@gmail.com"),
    subject="Recurso de apelación de la Sra. Rose-Marie Joseph",
    text="""Buenos días, señores de Mesa de Partes.

Les escribe la secretaría de la Parroquia San Martín de Porres de Carabayllo. La hermana Rose-Marie Joseph, de nacionalidad haitiana, asiste a nuestro comedor y nos pidió ayuda para enviar su recurso de apelación porque no tiene correo ni computadora. Ella escribió y firmó la carta a mano; la fotografiamos y la adjuntamos (2 imágenes).

Resumen de la carta (ella escribe en creole y francés):
 - Motivo: pide que se revise su caso porque en Haití las pandillas quemaron su casa en Croix-des-Bouquets y mataron a su hermano; teme por su vida si regresa.
 - Pasaporte haitiano: PP2207781
 - Teléfono de ella: 961 230 457

Cualquier respuesta pueden enviarla a este correo de la parroquia, nosotros le avisamos.

Atentamente,
Hna. Teresa Quispe Huamán
Secretaría parroquial
""",
    atts=[A("carta_apelacion_p1.jpg", "jpg", img_bytes(hand_image([
        "Mesye Komisyon pou Refijye yo,", "", "Mwen menm Rose-Marie Joseph, mwen fè apèl",
        "kont desizyon an. Gang yo boule kay mwen", "Croix-des-Bouquets, yo touye frè m.", "Mwen pè pou lavi m."]), "JPEG")),
          A("carta_apelacion_p2.jpg", "jpg", img_bytes(hand_image(["Je demande la révision de mon dossier.", "",
                                                                  "Merci.", "", "Rose-Marie Joseph"]), "JPEG"))],
    L=dict(procedure="apelacion",
           fields=dict(nombres="Rose-Marie Joseph", nacionalidad="HT", documento_identidad="PP2207781",
                       telefono="961 230 457", correo="secretaria.psmporres@gmail.com",
                       motivo="las pandillas quemaron su casa en Croix-des-Bouquets")))

add(slug="recurso-de-apelacao-portugues-pdf-sin-firma", mailbox=M, recv="2026-11-30 20:45:14",
    frm=("Domingos Sebastião", "domingos.sebastiao@gmail.com"), subject="Recurso de Apelação",
    text="""Prezados senhores,

Venho por meio deste interpor recurso de apelação contra a resolução que confirmou o indeferimento do meu pedido de refúgio. Segue em anexo o documento.

Nome completo: Domingos Manuel Sebastião
Nacionalidade: angolana
Passaporte: N1234567
Telefone: +51 947 889 120
E-mail: domingos.sebastiao@gmail.com

Motivo: sou membro da comunidade de Cabinda e fui preso duas vezes por participar em manifestações pacíficas; a decisão não considerou os relatórios da Amnistia Internacional sobre a perseguição em Cabinda.

Com os melhores cumprimentos,
Domingos
""",
    atts=[pdf_att("apelacao_domingos.pdf", text_pdf([
        "Recurso de Apelação", "Eu, Domingos Manuel Sebastião, angolano, passaporte N1234567, interponho recurso "
        "de apelação. Motivo: perseguição em Cabinda por participar em manifestações pacíficas.",
        "Lima, 30 de novembro de 2026", "Domingos Manuel Sebastião"]), "pdf_text")],
    L=dict(procedure="apelacion",
           fields=dict(nombres="Domingos Manuel Sebastião", nacionalidad="AO", documento_identidad="N1234567",
                       telefono="+51 947 889 120", correo="domingos.sebastiao@gmail.com",
                       motivo="fui preso duas vezes por participar em manifestações pacíficas")))

_as = ["Señores de la Comisión Especial para los Refugiados:",
       "Andreína del Valle Salcedo Tovar, cédula de identidad V-19.876.543, teléfono +51 933 802 117, correo "
       "andreina.salcedo@gmail.com, interpongo RECURSO DE APELACIÓN contra la resolución notificada el 04/12/2026.",
       "Motivo: soy activista LGBTI y fui atacada por funcionarios policiales en Valencia; la resolución consideró "
       "que podía recibir protección del Estado, cuando los agresores son precisamente agentes del Estado.",
       "Lima, 14 de diciembre de 2026", "Andreína del Valle Salcedo Tovar"]
add(slug="rv-apelacion-reenvio-por-direccion-equivocada", mailbox=M, recv="2026-12-15 08:02:19",
    frm=("Andreína Salcedo", "andreina.salcedo@gmail.com"),
    subject="RV: Recurso de Apelación - Andreína Salcedo",
    text="""Buenos días, reenvío mi recurso porque ayer lo mandé a una dirección equivocada y me rebotó.
Gracias.

________________________________
De: Andreína Salcedo <andreina.salcedo@gmail.com>
Enviado: lunes, 14 de diciembre de 2026 21:37
Para: mesadepartes@rree.gob.pr
Asunto: Recurso de Apelación - Andreína Salcedo

Señores de la Comisión:

Adjunto mi recurso de apelación firmado digitalmente contra la resolución que confirmó la denegatoria de mi solicitud, la cual me fue notificada el 04/12/2026.

Nombres y apellidos: Andreína del Valle Salcedo Tovar
Cédula de identidad: V-19.876.543
Teléfono: +51 933 802 117
Correo: andreina.salcedo@gmail.com

Motivo: soy activista LGBTI y fui atacada por funcionarios policiales en Valencia; no puedo pedir protección al mismo Estado que me persigue.

Atentamente,
Andreína Salcedo
""",
    atts=[pdf_att("Apelacion_Salcedo_firmada.pdf", signed_pdf(_as, "ANDREINA DEL VALLE SALCEDO TOVAR",
                                                              title="RECURSO DE APELACIÓN"), "valid")],
    L=dict(procedure="apelacion", notified="2026-12-04",
           fields=dict(nombres="Andreína del Valle Salcedo Tovar", documento_identidad="V-19.876.543",
                       telefono="+51 933 802 117", correo="andreina.salcedo@gmail.com",
                       motivo="soy activista LGBTI y fui atacada por funcionarios policiales")))

# ======================== renuncia ========================
_hr = ["Señores de la Comisión Especial para los Refugiados:",
       "Yo, Héctor Manuel Rondón Pérez, de nacionalidad venezolana, con pasaporte N° 098712345 y Carné de "
       "Extranjería N° 000845123, reconocido como refugiado en el Perú, manifiesto mi decisión libre y voluntaria "
       "de RENUNCIAR a la condición de refugiado.",
       "Motivo: he obtenido la nacionalidad española por ser nieto de españoles y residiré en Madrid a partir "
       "de enero de 2027.",
       "Teléfono de contacto: 947 300 221",
       "Lima, 25 de noviembre de 2026", "Héctor Manuel Rondón Pérez"]
add(slug="renuncia-condicion-refugiado-pdf-firmado", mailbox=M, recv="2026-11-25 12:00:07",
    frm=("Héctor Rondón", "hector.rondon.ve@gmail.com"), subject="Renuncia a la condición de refugiado",
    text="Buenas tardes.\n\nPor medio del presente adjunto mi carta de renuncia a la condición de refugiado, "
         "firmada digitalmente.\n\nQuedo atento.\nHéctor\nCel 947 300 221\n",
    atts=[pdf_att("Carta_renuncia_HRondon.pdf", signed_pdf(_hr, "HECTOR MANUEL RONDON PEREZ",
                                                           title="RENUNCIA A LA CONDICIÓN DE REFUGIADO"), "valid")],
    L=dict(procedure="renuncia", recognised=True,
           fields=dict(nombres="Héctor Manuel Rondón Pérez", nacionalidad="VE", documento_identidad="098712345",
                       carne_extranjeria="000845123", telefono="947 300 221",
                       motivo="he obtenido la nacionalidad española")))

add(slug="renuncia-tramite-escaneada-a-refugiados", mailbox=R, recv="2026-12-21 09:40:02",
    frm=("Yorman Mejías", "yormanmejias@gmail.com"), subject="renuncia al tramite de refugio",
    text="buenos dias, yo Yorman José Mejías Zambrano, venezolano, C.I. 24.567.890, solicitante de refugio, "
         "les informo que renuncio a mi solicitud de refugio porque regreso a mi país a cuidar a mi papá que está "
         "enfermo. Adjunto la carta firmada escaneada. Mi número 968 445 120. Saludos\n",
    atts=[A("carta renuncia.pdf", "pdf_scan", scan_pdf([
        "Lima 20 de diciembre 2026", "", "Señores CEPR", "Yo Yorman José Mejías Zambrano renuncio",
        "a mi solicitud de refugio porque regreso", "a Venezuela a cuidar a mi papá.", "", "Atentamente"]))],
    L=dict(procedure="renuncia",
           fields=dict(nombres="Yorman José Mejías Zambrano", nacionalidad="VE", documento_identidad="24.567.890",
                       telefono="968 445 120", motivo="regreso a mi país a cuidar a mi papá")))

add(slug="renunciation-english-recognised-no-ce-no-signature", mailbox=M, recv="2026-12-19 11:05:44",
    frm=("Omar Al-Hassan", "omar.alhassan.lima@gmail.com"),
    subject="Renuncia / Renunciation of refugee status",
    text="""Dear Sir or Madam,

I am a recognised refugee in Peru since 2021. I would like to renounce my refugee status, because I have been granted permanent residence in Canada and I will move there with my family in January.

Full name: Omar Khaled Al-Hassan
Nationality: Syrian
Passport number: N012345678
Phone: +51 998 123 456

Please let me know if you need anything else.

Kind regards,
Omar
""",
    L=dict(procedure="renuncia", recognised=True,
           fields=dict(nombres="Omar Khaled Al-Hassan", nacionalidad="SY", documento_identidad="N012345678",
                       telefono="+51 998 123 456",
                       motivo="I have been granted permanent residence in Canada")))

_nco = ["Señores Comisión Especial para los Refugiados",
        "Yo, Nathaly Andrea Colmenárez Bello, venezolana, pasaporte N° 156789234, solicitante de refugio con "
        "Expediente N° 2023-11456, presento mi RENUNCIA al trámite de solicitud de refugio.",
        "Motivo: he obtenido el Permiso Temporal de Permanencia y ya no deseo continuar con el trámite.",
        "Teléfono: 924 567 001",
        "Lima, 22 de diciembre de 2026", "Nathaly Andrea Colmenárez Bello"]
add(slug="renuncia-firma-invalida-y-foto-pasaporte", mailbox=M, recv="2026-12-22 17:45:29",
    frm=("Nathaly Colmenárez", "nathycolmenarez@hotmail.com"), subject="RENUNCIA",
    text="Buenas tardes adjunto mi renuncia firmada y copia de mi pasaporte.\n\nAtentamente\nNathaly\n",
    atts=[pdf_att("RENUNCIA NATHALY.pdf", altered_pdf(_nco, "NATHALY ANDREA COLMENAREZ BELLO", "continuar", "CONTINUAR",
                                                      title="RENUNCIA"), "invalid"),
          A("pasaporte.jpg", "jpg", img_bytes(photo_card("REPÚBLICA BOLIVARIANA\nDE VENEZUELA\nPASAPORTE"), "JPEG"))],
    L=dict(procedure="renuncia",
           fields=dict(nombres="Nathaly Andrea Colmenárez Bello", nacionalidad="VE",
                       documento_identidad="156789234", telefono="924 567 001",
                       correo="nathycolmenarez@hotmail.com",
                       motivo="he obtenido el Permiso Temporal de Permanencia")))

# ======================== prorroga_residencia ========================
add(slug="prorroga-residencia-tabuladores-foto-carne", mailbox=R, recv="2026-11-23 10:48:36",
    charset="iso-8859-1",
    frm=("Ramón Chirinos", "ramon.chirinos@yahoo.com"), subject="Prórroga de residencia",
    text="""Señores de la CEPR, buenos días.

Solicito la prórroga anual de mi residencia como refugiado. Mis datos:

Nombres y apellidos:\tRamón Eduardo Chirinos Lugo
Sexo:\t\t\tMasculino
Nacionalidad:\t\tVenezolana
Pasaporte:\t\t087654321
Carné de extranjería:\t000512398
Fecha de nacimiento:\t14/02/1971
Teléfono:\t\t(01) 5234567

Adjunto foto de mi carné.

Atentamente,
Ramón Chirinos L.
""",
    atts=[A("carne_extranjeria.jpg", "jpg", img_bytes(photo_card("CARNÉ DE\nEXTRANJERÍA\nPERÚ"), "JPEG"))],
    L=dict(procedure="prorroga_residencia",
           fields=dict(nombres="Ramón Eduardo Chirinos Lugo", sexo="M", nacionalidad="VE",
                       documento_identidad="087654321", carne_extranjeria="000512398",
                       fecha_nacimiento="1971-02-14", telefono="(01) 5234567")))

add(slug="renovacion-residencia-html-feriado-ano-dos-cifras", mailbox=R, recv="2026-12-09 10:30:21",
    frm=("Yessica Pacheco", "yessica.pacheco@gmail.com"), subject="Renovación de residencia anual",
    text="""Buenos días, solicito la renovación anual de mi residencia de refugiada.

Nombre: Yessica Beatriz Pacheco Lara
Sexo: F
Nacionalidad: VEN
Cédula: V-21.345.678
C.E.: 000 778 213
F. Nac.: 07/09/88
Teléfono: 951-778-002

Saludos cordiales
""",
    html="""<div>Buenos días, solicito la renovación anual de mi residencia de refugiada.</div><br>
<table cellpadding="3">
<tr><td>Nombre:</td><td>Yessica Beatriz Pacheco Lara</td></tr>
<tr><td>Sexo:</td><td>F</td></tr>
<tr><td>Nacionalidad:</td><td>VEN</td></tr>
<tr><td>Cédula:</td><td>V-21.345.678</td></tr>
<tr><td>C.E.:</td><td>000 778 213</td></tr>
<tr><td>F. Nac.:</td><td>07/09/88</td></tr>
<tr><td>Teléfono:</td><td>951-778-002</td></tr>
</table><br><div>Saludos cordiales</div>""",
    L=dict(procedure="prorroga_residencia",
           fields=dict(nombres="Yessica Beatriz Pacheco Lara", sexo="F", nacionalidad="VE",
                       documento_identidad="V-21.345.678", carne_extranjeria="000 778 213",
                       fecha_nacimiento="1988-09-07", telefono="951-778-002")))

add(slug="prorroga-una-linea-buzon-solicitantes", mailbox=S, recv="2026-11-27 22:15:40",
    frm=("Gustavo", "gustavo.maita77@gmail.com"), subject="prorroga",
    text="buenas noches necesito hacer la prorroga de mi residencia de refugiado se me vence en enero. "
         "Gustavo Adolfo Maita Rengifo venezolano pasaporte 119988776 carnet de extranjeria 000623410 cel 940 771 650\n",
    L=dict(procedure="prorroga_residencia",
           fields=dict(nombres="Gustavo Adolfo Maita Rengifo", nacionalidad="VE",
                       documento_identidad="119988776", carne_extranjeria="000623410",
                       telefono="940 771 650")))

add(slug="re-prorroga-datos-solo-en-pdf", mailbox=R, recv="2026-12-17 14:20:08",
    frm=("Marbelis Quintero", "marbelisq@gmail.com"),
    subject="RE: Prórroga de residencia - Registro 2026-R-004812",
    headers={"In-Reply-To": "<r-2026-R-004812@rree.gob.pe>"},
    text="""Buenas tardes, adjunto el formulario con todos mis datos completos como me indicaron. Gracias.

----- Mensaje original -----
De: refugiados@rree.gob.pe
Enviado: martes, 15 de diciembre de 2026 10:14
Asunto: Prórroga de residencia - Registro 2026-R-004812

Estimada usuaria: su solicitud está incompleta. Sírvase enviar los datos requeridos en un plazo de dos días hábiles.
Secretaría Ejecutiva CEPR
""",
    atts=[pdf_att("formulario_prorroga.pdf", text_pdf([
        "Nombres y apellidos: Marbelis Carolina Quintero Ochoa", "Sexo: Femenino", "Nacionalidad: Venezolana",
        "N° de Pasaporte: 132457689", "N° de Carné de Extranjería: 000934567", "Fecha de nacimiento: 1990-06-25",
        "Teléfono: 945 678 123", "Correo: marbelisq@gmail.com"], title="SOLICITUD DE PRÓRROGA DE RESIDENCIA"), "pdf_text")],
    L=dict(procedure="prorroga_residencia",
           fields=dict(nombres="Marbelis Carolina Quintero Ochoa", sexo="F", nacionalidad="VE",
                       documento_identidad="132457689", carne_extranjeria="000934567",
                       fecha_nacimiento="1990-06-25", telefono="945 678 123", correo="marbelisq@gmail.com")))

add(slug="prolongation-residence-francais-domingo", mailbox=R, recv="2026-12-06 09:12:55",
    frm=("Jean Robert Pierre", "jrpierre.ht@gmail.com"),
    subject="Prórroga de residencia / Prolongation de résidence",
    text="""Bonjour,

Je suis réfugié reconnu et ma résidence expire le mois prochain. Je demande la prorogation annuelle.

Nom complet : Jean Robert Pierre
Sexe : masculin
Nationalité : haïtienne
Passeport : RD3390125
Carnet d'étranger (Carné de Extranjería) : 000701556
Date de naissance : 03/05/1979
Téléphone : 912 345 670

Merci d'avance,
Jean Robert Pierre
""",
    L=dict(procedure="prorroga_residencia",
           fields=dict(nombres="Jean Robert Pierre", sexo="M", nacionalidad="HT", documento_identidad="RD3390125",
                       carne_extranjeria="000701556", fecha_nacimiento="1979-05-03", telefono="912 345 670")))

add(slug="prorroga-hijo-escribe-por-su-padre", mailbox=R, recv="2026-12-01 16:10:33",
    frm=("Luis Daniel Ferrer", "ldferrer.dev@gmail.com"), subject="Prorroga de residencia de mi papá",
    text="""Buenas tardes.

Yo, Luis Daniel Ferrer Páez, C.I. V-19.111.222, escribo en nombre de mi padre, el Sr. José Gregorio Ferrer Urbina, refugiado reconocido, que ya está mayor y no maneja el correo. Necesita la prórroga de su residencia.

Sus datos: sexo masculino, nacionalidad venezolana, cédula V-5.432.198, carné de extranjería 000345612, nacido el 19-08-1952.

Pueden comunicarse conmigo al 987 120 456 o a este correo.

Muchas gracias,
Luis Daniel Ferrer
""",
    L=dict(procedure="prorroga_residencia",
           fields=dict(nombres="José Gregorio Ferrer Urbina", sexo="M", nacionalidad="VE",
                       documento_identidad="V-5.432.198", carne_extranjeria="000345612",
                       fecha_nacimiento="1952-08-19", telefono="987 120 456")))

# ======================== duplicado_carne_extranjeria ========================
add(slug="duplicado-carne-extranjeria-con-denuncia-pdf", mailbox=R, recv="2026-11-24 09:58:02",
    frm=("Álvaro Mendoza", "alvaro.mendoza.b@gmail.com"), subject="Duplicado de carné de extranjería",
    text="""Buenos días,

Me robaron la billetera en el Metropolitano el sábado y perdí mi carné de extranjería. Solicito el duplicado. Adjunto la denuncia policial.

Nombres y Apellidos: Álvaro José Mendoza Briceño
Sexo: M
Nacionalidad: venezolano
Cédula: V-16.223.901
Carné de Extranjería N°: 000456789
Fecha de nacimiento: 15 de marzo de 1984
Celular: 956-123-789

Gracias.
""",
    atts=[pdf_att("denuncia_policial.pdf", text_pdf([
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP PETIT THOUARS",
        "Se deja constancia que el ciudadano Álvaro José Mendoza Briceño, con carné de extranjería N° 000456789, "
        "denunció el hurto de su billetera con documentos personales ocurrido el 21/11/2026 en la estación "
        "Central del Metropolitano."], title="COPIA CERTIFICADA DE DENUNCIA POLICIAL"), "pdf_text")],
    L=dict(procedure="duplicado_carne_extranjeria", denuncia=True,
           fields=dict(nombres="Álvaro José Mendoza Briceño", sexo="M", nacionalidad="VE",
                       documento_identidad="V-16.223.901", carne_extranjeria="000456789",
                       fecha_nacimiento="1984-03-15", telefono="956-123-789")))

add(slug="duplicado-de-carnet-extranjeria-foto-denuncia-sin-nacimiento", mailbox=R, recv="2026-12-03 16:31:02",
    date="2026-12-03 16:29:40",
    frm=("Xiomara Rivas", "xiomara.rivas@gmail.com"), subject="Duplicado de carnet",
    text="""Hola buenas tardes, solicito duplicado de mi carnet de extranjeria porque se me perdio en una mudanza. Les mando la denuncia en foto.

Xiomara Rivas Gutiérrez
Sexo femenino
Nacionalidad colombiana
Pasaporte AV123456
CE 000389912
Tel. 9 9123 4567
""",
    atts=[A("denuncia.jpg", "jpg", img_bytes(photo_card("PNP - DENUNCIA\nPérdida de documentos"), "JPEG"),
            denuncia=True)],
    L=dict(procedure="duplicado_carne_extranjeria", denuncia=True,
           fields=dict(nombres="Xiomara Rivas Gutiérrez", sexo="F", nacionalidad="CO",
                       documento_identidad="AV123456", carne_extranjeria="000389912", telefono="9 9123 4567")))

add(slug="duplicado-ce-sin-denuncia-a-mesa-de-partes", mailbox=M, recv="2026-12-14 08:30:15",
    frm=("Kelvin Ochoa", "kelvin.ochoa.p@gmail.com"),
    subject="Solicito duplicado de carné de extranjería (pérdida)",
    text="""Señores:

Buen día. Perdí mi carné de extranjería. Todavía no tengo la denuncia policial porque en la comisaría me dijeron que regrese el jueves; apenas la tenga la envío.

- Nombres: Kelvin Alexander Ochoa Padilla
- Sexo: masculino
- Nacionalidad: venezolana
- Pasaporte: 127788990
- C.E.: 000298765
- F. de nacimiento: 1992-01-30
- Teléfono/WhatsApp: +51 987 001 245

Saludos.
""",
    L=dict(procedure="duplicado_carne_extranjeria",
           fields=dict(nombres="Kelvin Alexander Ochoa Padilla", sexo="M", nacionalidad="VE",
                       documento_identidad="127788990", carne_extranjeria="000298765",
                       fecha_nacimiento="1992-01-30", telefono="+51 987 001 245")))

# ======================== autorizacion_viaje ========================
_cb = ["Señores de la Comisión Especial para los Refugiados:",
       "Yo, Carolina Isabel Briceño Ávila, refugiada reconocida, con Carné de Extranjería N° 000667234 y "
       "teléfono 934 002 781, solicito AUTORIZACIÓN DE VIAJE por motivo de urgencia.",
       "Motivo del viaje: mi madre será sometida a una cirugía cardiaca de emergencia y soy su única hija.",
       "Lugar de destino: Caracas, Venezuela",
       "Fecha de salida: 15/12/2026",
       "Fecha de retorno: 05/01/2027",
       "Lima, 30 de noviembre de 2026", "Carolina Isabel Briceño Ávila"]
add(slug="autorizacion-viaje-pdf-firmado-completo", mailbox=R, recv="2026-11-30 10:10:47",
    frm=("Carolina Briceño", "carobriceno.v@gmail.com"), subject="Autorización de Viaje",
    text="Buenos días, adjunto mi solicitud de autorización de viaje firmada digitalmente. "
         "Es urgente porque mi mamá será operada.\nGracias.\n",
    atts=[pdf_att("solicitud_autorizacion_viaje.pdf", signed_pdf(_cb, "CAROLINA ISABEL BRICENO AVILA",
                                                                 title="SOLICITUD DE AUTORIZACIÓN DE VIAJE"), "valid")],
    L=dict(procedure="autorizacion_viaje", recognised=True,
           fields=dict(nombres="Carolina Isabel Briceño Ávila", carne_extranjeria="000667234",
                       telefono="934 002 781", motivo="mi madre será sometida a una cirugía cardiaca",
                       destino="Caracas, Venezuela", fecha_salida="2026-12-15", fecha_retorno="2027-01-05")))

add(slug="urgente-viaje-foto-solicitud-anos-dos-cifras", mailbox=R, recv="2026-12-03 21:30:05",
    date=("2026-12-03 22:29:50", -4),
    frm=("Edixon Torres", "edixontorres85@gmail.com"), subject="URGENTE",
    text="""Buenas noches, necesito la autorización de viaje urgente. Mi hermana falleció en Barquisimeto y debo viajar para el sepelio y arreglar los papeles de mis sobrinos.

Salgo el 20/12/26 y regreso el 10/01/27.
Destino: Barquisimeto, Venezuela.

Nombre: Edixon Rafael Torres Montilla
Carné de extranjería 000554321
Celular 991 223 344

Adjunto la solicitud firmada a mano (foto).
""",
    atts=[A("solicitud_viaje.png", "png", img_bytes(hand_image([
        "Solicitud de autorización de viaje", "Edixon Rafael Torres Montilla", "C.E. 000554321",
        "Destino Barquisimeto. Salida 20/12/26 retorno 10/01/27", "", "Firma"]), "PNG"))],
    L=dict(procedure="autorizacion_viaje",
           fields=dict(nombres="Edixon Rafael Torres Montilla", carne_extranjeria="000554321",
                       telefono="991 223 344", motivo="Mi hermana falleció en Barquisimeto",
                       destino="Barquisimeto, Venezuela", fecha_salida="2026-12-20", fecha_retorno="2027-01-10")))

add(slug="permiso-de-viaje-sin-retorno-sin-firma", mailbox=R, recv="2026-12-21 13:13:13",
    frm=("Lisbeth", "lisbeth.aponte@gmail.com"), subject="Permiso de viaje",
    text="""Buenas tardes, soy refugiada y necesito permiso para viajar a Bogotá, Colombia por una emergencia familiar (mi hijo está hospitalizado allá). Quisiera salir el 26 de diciembre de 2026, todavía no sé cuándo regreso, depende de cómo evolucione.

Lisbeth Aponte Guzmán
CE 000877120
cel. 962 334 501
""",
    L=dict(procedure="autorizacion_viaje", recognised=True,
           fields=dict(nombres="Lisbeth Aponte Guzmán", carne_extranjeria="000877120", telefono="962 334 501",
                       motivo="mi hijo está hospitalizado", destino="Bogotá, Colombia",
                       fecha_salida="2026-12-26")))

_fd = ["Señores de la Comisión Especial para los Refugiados:",
       "Yo, Fatoumata Binta Diallo, refugiada reconocida en el Perú, Carné de Extranjería N° 000781234, "
       "teléfono +51 925 118 430, correo fatoumata.diallo.gn@gmail.com, solicito autorización de viaje urgente.",
       "Motivo: mi padre se encuentra en estado crítico en un hospital de Conakry.",
       "Destino: Conakry, Guinea",
       "Fecha de salida: 02/12/2026", "Fecha de retorno: 16/12/2026",
       "Lima, 20 de noviembre de 2026", "Fatoumata Binta Diallo"]
add(slug="travel-authorization-ngo-english-sabado-mesa", mailbox=M, recv="2026-11-21 10:00:18",
    frm=("Hope Without Borders - Lima Office", "casework@hopewithoutborders.org"),
    cc=["s.mitchell@hopewithoutborders.org"],
    subject="Travel authorization request (Autorización de Viaje) - Ms. Fatoumata Diallo",
    text="""Dear Sir/Madam,

On behalf of our client, Ms. Fatoumata Binta Diallo, a recognised refugee in Peru, please find attached her signed request for an urgent travel authorization. Her father is in critical condition in Conakry, Guinea.

Summary:
  * Carné de Extranjería: 000781234
  * Departure: 02/12/2026
  * Return: 16/12/2026
  * Her phone (WhatsApp): +51 925 118 430
  * Her email: fatoumata.diallo.gn@gmail.com

We would be grateful for your prompt attention.

Best regards,
Sarah Mitchell
Caseworker, Hope Without Borders
+51 1 610 1234
""",
    atts=[pdf_att("Diallo_autorizacion_viaje_signed.pdf", signed_pdf(_fd, "FATOUMATA BINTA DIALLO",
                                                                     title="SOLICITUD DE AUTORIZACIÓN DE VIAJE"), "valid")],
    L=dict(procedure="autorizacion_viaje", recognised=True,
           fields=dict(nombres="Fatoumata Binta Diallo", carne_extranjeria="000781234",
                       telefono="+51 925 118 430", correo="fatoumata.diallo.gn@gmail.com",
                       motivo="Her father is in critical condition", destino="Conakry, Guinea",
                       fecha_salida="2026-12-02", fecha_retorno="2026-12-16")))

# ======================== carne_solicitante (suspended) ========================
add(slug="carne-de-solicitante-pasaporte-en-asunto", mailbox=S, recv="2026-11-25 08:55:29",
    frm=("Rosangela", "rosangela.pm@gmail.com"),
    subject="Carné de solicitante - Rosangela Pérez Mata - Pasaporte 122334455",
    text="Buenos días, ya completé mi registro hace 6 meses (fotos y huellas) y todavía no me dan el carné de "
         "solicitante. ¿Cuándo puedo ir a recogerlo? Necesito para abrir una cuenta en el banco.\n\ncel 945 112 093\n",
    L=dict(procedure="carne_solicitante",
           fields=dict(nombres="Rosangela Pérez Mata", documento_identidad="122334455", telefono="945 112 093")))

add(slug="duplicado-carne-solicitante-a-refugiados-viernes-noche", mailbox=R, recv="2026-12-11 19:20:50",
    frm=("Franklin", "franklin.r.ortiz@hotmail.com"), subject="duplicado carné de solicitante de refugio",
    text="Señores, se me extravió mi carné de solicitante de refugio, quisiera saber cómo sacar un duplicado. "
         "Adjunto la denuncia.\n\nFranklin Ortiz\n",
    atts=[A("WhatsApp Image 2026-12-11 at 19.02.11.jpeg", "jpg",
            img_bytes(photo_card("PNP\nConstancia"), "JPEG"))],
    L=dict(procedure="carne_solicitante",
           fields=dict(nombres="Franklin Ortiz")))

add(slug="kat-solicitante-kreyol", mailbox=S, recv="2026-12-22 10:10:10",
    frm=("Mirlande", "mirlandecharles@gmail.com"), subject="Kat solicitante - Carné de solicitante",
    text="Bonjou, mwen se Mirlande Charles, mwen fè demann refij la depi 2025. Mwen vle konnen kilè mwen ka "
         "resevwa kat solicitante mwen. Paspò mwen se RD5521098. Nimewo telefòn mwen: 974 556 230. Mèsi.\n",
    L=dict(procedure="carne_solicitante",
           fields=dict(nombres="Mirlande Charles", documento_identidad="RD5521098", telefono="974 556 230")))

# ======================== portal procedures ========================
add(slug="solicitud-refugio-recien-llegado-a-mesa", mailbox=M, recv="2026-11-20 09:03:12",
    frm=("Anderson", "anderson.lugo.r@gmail.com"), subject="Solicitud de refugio",
    text="""Buenos dias señores

Acabo de llegar al Perú por Tumbes hace 3 semanas con mi esposa y mis dos hijos. Quiero solicitar refugio, en migraciones me dijeron que escriba a este correo. ¿Qué documentos tengo que llevar y a dónde?

Mi número es 929 341 778

Anderson José Lugo Rivas
""",
    L=dict(procedure="solicitud_refugio",
           fields=dict(nombres="Anderson José Lugo Rivas", telefono="929 341 778")))

add(slug="tr-demande-asile-camerounais-dia-no-laborable", mailbox=S, recv="2026-12-07 11:00:48",
    frm=("Serge Nkeng", "serge.nkeng@yahoo.fr"), subject="TR: Demande d'asile - Solicitud de refugio",
    text="""Bonjour,

Je vous transfère le message que j'avais envoyé à Migraciones, sans réponse. Je suis camerounais, arrivé au Pérou en novembre, et je voudrais demander le statut de réfugié. Comment dois-je faire ?

Merci.
Serge Nkeng

-------- Message transféré --------
Objet : Demande d'asile
Date : Tue, 24 Nov 2026 18:40:11 +0000
De : Serge Nkeng <serge.nkeng@yahoo.fr>
Pour : informes@migraciones.gob.pe

Bonjour, je souhaite demander l'asile au Pérou. Pouvez-vous m'indiquer la procédure ?
""",
    L=dict(procedure="solicitud_refugio",
           fields=dict(nombres="Serge Nkeng", nacionalidad="CM")))

add(slug="ayuda-por-favor-quiero-pedir-refugio", mailbox=R, recv="2026-11-29 23:50:00",
    frm=("Mariela", "marielagonzalez.1990@gmail.com"), subject="Ayuda por favor",
    text="Hola, mi familia y yo estamos en Lima hace una semana, somos venezolanos, y queremos hacer la "
         "solicitud de refugio porque allá nos persiguen. No sé dónde se llena el formulario. Por favor "
         "ayúdenme. Mi WhatsApp es +58 414 5567890 (todavía no tengo chip de acá).\n\nMariela González\n",
    L=dict(procedure="solicitud_refugio",
           fields=dict(nombres="Mariela González", nacionalidad="VE", telefono="+58 414 5567890")))

add(slug="autorizacion-trabajo-vencida-no-descarga", mailbox=S, recv="2026-11-25 13:40:26",
    frm=("Deivis", "deivislozada@gmail.com"), subject="Autorización de trabajo",
    text="buenas tardes mi autorizacion de trabajo vencio el 20 de noviembre y el sistema no me deja descargar "
         "la nueva, me sale pagina en blanco. mi pasaporte es 118877665. que hago? gracias\n",
    L=dict(procedure="autorizacion_trabajo",
           fields=dict(documento_identidad="118877665")))

add(slug="renovacion-permiso-trabajo-a-refugiados", mailbox=R, recv="2026-12-15 17:55:02",
    frm=("Johana Velásquez", "johanavelasquez.r@gmail.com"), subject="Renovación permiso de trabajo",
    text="""Señores buenas tardes,

Quisiera renovar mi permiso de trabajo como solicitante de refugio, el empleador me lo está pidiendo para firmar el contrato. ¿Lo puedo hacer por este correo?

Atentamente,
Johana Patricia Velásquez Ruiz
Tel: +51 944 556 778
""",
    L=dict(procedure="autorizacion_trabajo",
           fields=dict(nombres="Johana Patricia Velásquez Ruiz", telefono="+51 944 556 778")))

add(slug="autorizacion-trabajo-virtual-portugues", mailbox=M, recv="2026-12-18 09:15:37",
    frm=("Ana Paula K.", "anapaulakiala@gmail.com"), subject="Autorización de Trabajo Virtual",
    text="""Bom dia,

Sou solicitante de refúgio e preciso emitir a minha autorização de trabalho virtual, mas não encontro a opção no site. Podem me ajudar?

Nome: Ana Paula Kiala Mateus
Telefone: 951 003 884

Obrigada.
""",
    L=dict(procedure="autorizacion_trabajo",
           fields=dict(nombres="Ana Paula Kiala Mateus", telefono="951 003 884")))

add(slug="entrevista-registro-cuando-me-citan", mailbox=S, recv="2026-11-26 10:20:04",
    frm=("Leonardo Rincón", "leo.rincon.duque@gmail.com"), subject="Entrevista de registro",
    text="""Buen día,

Registré mi solicitud en línea hace dos meses y todavía no me llega la fecha de la entrevista de registro. ¿Cuánto tiempo más debo esperar? Mi expediente es 2026-09876.

Atte.
Leonardo Fabián Rincón Duque
C.C. 80.123.456
""",
    L=dict(procedure="entrevista_registro",
           fields=dict(nombres="Leonardo Fabián Rincón Duque", documento_identidad="80.123.456")))

add(slug="reprogramar-entrevista-se-fue-internet", mailbox=M, recv="2026-12-01 08:05:59",
    frm=("Yeferson Acosta", "yefersonacosta23@gmail.com"), subject="reprogramar entrevista",
    text="Buenos días, ayer tenía mi entrevista de registro virtual a las 9 am pero se me fue el internet y no "
         "pude conectarme. ¿Cómo hago para que me reprogramen?\n\nGracias, Yeferson Acosta. 924 889 310\n",
    L=dict(procedure="entrevista_registro",
           fields=dict(nombres="Yeferson Acosta", telefono="924 889 310")))

add(slug="registration-interview-english-sabado", mailbox=S, recv="2026-12-12 15:00:26",
    frm=("Kwame Mensah", "kwame.mensah.gh@gmail.com"), subject="Registration interview appointment",
    text="""Hello,

I submitted my asylum application online in October and I am still waiting for the date of my registration interview (entrevista de registro). I am from Ghana. Could you tell me when it will be scheduled?

My Peruvian number is 987 650 432.

Thank you,
Kwame Mensah
""",
    L=dict(procedure="entrevista_registro",
           fields=dict(nombres="Kwame Mensah", nacionalidad="GH", telefono="987 650 432")))

# ======================== triage ========================
add(slug="duplicado-de-carnet-sin-decir-cual", mailbox=S, recv="2026-11-20 11:00:40",
    frm=("Elvis Paredes", "elvisparedes.ve@gmail.com"), subject="Duplicado de carnet",
    text="Buenos días, perdí mi carnet y necesito sacar el duplicado, ya hice la denuncia. ¿Qué más necesito?\n\n"
         "Elvis Paredes\n987 334 556\n",
    L=dict(procedure=None, fields=dict(nombres="Elvis Paredes", telefono="987 334 556")))

add(slug="consulta-estado-expediente-despues-del-cierre", mailbox=M, recv="2026-11-23 17:20:11",
    frm=("Migdalia Salas", "migdaliasalas@gmail.com"), subject="Consulta", to=[R, M, S],
    text="Buenas tardes, quisiera saber en qué estado está mi expediente 2025-04567, presenté hace más de un año "
         "y no he tenido respuesta. Gracias.\n\nMigdalia Salas Rivero\n",
    L=dict(procedure=None, fields=dict(nombres="Migdalia Salas Rivero")))

add(slug="consulta-datos-y-clave-a-la-vez", mailbox=S, recv="2026-12-02 19:05:37",
    frm=("Osmel Ricardo", "osmelricardo.cu@gmail.com"), subject="Consulta",
    text="Hola buenas. Quería saber si por este correo puedo actualizar mis datos (cambié de número) y también "
         "hacer el cambio de clave porque no me acuerdo de la contraseña. ¿Tengo que mandar dos correos?\n\n"
         "Osmel Ricardo Fonseca, cubano. Cel 955 334 221\n",
    L=dict(procedure=None, fields=dict(nombres="Osmel Ricardo Fonseca", nacionalidad="CU", telefono="955 334 221")))

add(slug="sin-asunto-solo-foto", mailbox=R, recv="2026-12-19 20:20:03",
    frm=("gaby", "gabyherrera2000@gmail.com"), subject="",
    text="\n\nEnviado desde mi Samsung Galaxy\n",
    atts=[A("IMG_20261219_201455.jpg", "jpg", img_bytes(photo_card("documento"), "JPEG"))],
    L=dict(procedure=None, fields=dict()))

# ======================== machine mail (ignorado) ========================
add(slug="bounce-undeliverable-prorroga", mailbox=R, recv="2026-11-24 10:02:44", kind="bounce",
    frm=("Microsoft Outlook", "postmaster@outlook.com"),
    subject="Undeliverable: RE: Prórroga de residencia",
    L=dict(procedure="prorroga_residencia", machine=True, fields=dict()))

add(slug="respuesta-automatica-cambio-clave", mailbox=S, recv="2026-12-10 11:40:21",
    frm=("Abog. Milagros Torres", "mtorres@torresabogados.pe"),
    subject="Respuesta automática: Cambio de clave y contraseña",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    text="Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 4 de enero de 2027, con acceso "
         "limitado al correo. Para asuntos urgentes comuníquese con secretaria@torresabogados.pe.\n",
    L=dict(procedure="cambio_clave", machine=True, fields=dict()))

add(slug="boletin-lista-ong", mailbox=M, recv="2026-11-30 07:00:02",
    frm=("Boletín Red Migrante", "boletin@redmigrante.org.pe"),
    subject="Boletín de noviembre: talleres gratuitos y ferias de empleo",
    headers={"List-Id": "Boletin Red Migrante <boletin.redmigrante.org.pe>",
             "List-Unsubscribe": "<mailto:baja@redmigrante.org.pe>", "Precedence": "bulk"},
    html="""<html><body><h2>Boletín Red Migrante - Noviembre 2026</h2>
<table width="600"><tr><td><b>Taller de emprendimiento</b></td><td>Sábado 5 de diciembre, 10:00, Breña</td></tr>
<tr><td><b>Feria de empleo</b></td><td>Jueves 10 de diciembre, Plaza San Martín</td></tr>
<tr><td><b>Atención psicológica gratuita</b></td><td>Martes y jueves</td></tr></table>
<p>Para dejar de recibir este boletín responda con la palabra BAJA.</p></body></html>""",
    L=dict(procedure=None, machine=True, fields=dict()))

add(slug="institucional-refugiados-a-mesa-horario", mailbox=M, recv="2026-12-18 17:30:45",
    frm=("Refugiados - CEPR", R), to=[M], subject="Horario de atención de fin de año",
    text="Colegas de Mesa de Partes:\n\nLes recordamos que el 24 y el 31 de diciembre no habrá atención "
         "presencial. Los correos recibidos esos días se registrarán el siguiente día hábil.\n\n"
         "Saludos,\nUnidad de Refugiados\n",
    L=dict(procedure=None, machine=True, fields=dict()))

add(slug="noreply-reporte-diario", mailbox=S, recv="2026-12-23 03:12:00",
    frm=("Reportes", "no-reply@reportes-correo.pe"), subject="Reporte diario de entregas - 22/12/2026",
    text="Resumen automático del día 22/12/2026:\n  Mensajes entregados: 184\n  Rechazados: 3\n  En cola: 0\n",
    L=dict(procedure=None, machine=True, fields=dict()))


# ---------------------------------------------------------------- assembly
MX_IPS = ["209.85.208.54", "40.92.19.44", "98.137.65.112", "185.70.40.130", "209.85.167.41", "52.100.12.7"]
INSTITUTIONAL = {S, M, R}


def lima_dt(v):
    if isinstance(v, tuple):
        s, off = v
        naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
        return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))
    return t(v)


def received_hdr(mailbox, when, helo, ip, qid):
    return (f"from {helo} ({helo} [{ip}]) by mx1.rree.gob.pe (Postfix) with ESMTPS id {qid} "
            f"for <{mailbox}>; {format_datetime(when)}")


def sender_relay(addr):
    dom = addr.split("@")[1]
    table = {"gmail.com": "mail-ed1-f54.google.com", "hotmail.com": "EUR05-DB8-obe.outbound.protection.outlook.com",
             "outlook.com": "NAM12-MW2-obe.outbound.protection.outlook.com",
             "yahoo.com": "sonic310-21.consmr.mail.bf2.yahoo.com", "yahoo.fr": "sonic305-9.consmr.mail.ir2.yahoo.com",
             "protonmail.com": "mail-40130.protonmail.ch"}
    return table.get(dom, "mail." + dom)


def build_bounce(m, recv, date):
    orig_to = "gustavo.maita.77@gmial.com"
    mid = make_msgid(domain="outlook.com")
    b = "b0unc3-" + str(abs(hash(m["slug"])) % 10**8)
    raw = f"""From: Microsoft Outlook <postmaster@outlook.com>
To: {R}
Date: {format_datetime(date)}
Subject: Undeliverable: RE: =?utf-8?q?Pr=C3=B3rroga_de_residencia?=
Message-ID: {mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain; charset="utf-8"

Delivery has failed to these recipients or groups:

{orig_to}
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; BN8NAM12HT123.mail.protection.outlook.com
Arrival-Date: {format_datetime(date)}

Final-Recipient: rfc822; {orig_to}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--{b}
Content-Type: text/rfc822-headers

From: Refugiados CEPR <{R}>
To: {orig_to}
Subject: RE: =?utf-8?q?Pr=C3=B3rroga_de_residencia?=
Date: {format_datetime(date - dt.timedelta(seconds=40))}

--{b}--
"""
    return raw


def build_message(m):
    recv = t(m["recv"])
    if m.get("date"):
        date = lima_dt(m["date"])
    else:
        date = recv - dt.timedelta(seconds=random.randint(3, 45))
    frm_name, frm_addr = m["frm"]
    mailbox = m["mailbox"]
    qid = "".join(random.choice("0123456789BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz") for _ in range(12))
    top = received_hdr(mailbox, recv, sender_relay(frm_addr), random.choice(MX_IPS), qid)
    older = (f"by 2002:a05:6a10:{random.randint(1000, 9999):x}:b0:{random.randint(100, 999)} with SMTP id "
             f"{qid.lower()}; {format_datetime((recv - dt.timedelta(seconds=2)).astimezone(dt.timezone.utc))}")
    if m.get("kind") == "bounce":
        body = build_bounce(m, recv, date)
        head = f"Delivered-To: {mailbox}\nReceived: {top}\n"
        return (head + body).replace("\n", "\r\n").encode("utf-8")

    msg = EmailMessage()
    msg["Delivered-To"] = mailbox
    msg["Received"] = top
    msg["Received"] = older
    msg["Date"] = format_datetime(date)
    msg["From"] = formataddr((frm_name, frm_addr))
    msg["To"] = ", ".join(m.get("to", [mailbox]))
    if m.get("cc"):
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = make_msgid(domain=frm_addr.split("@")[1])
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    text, html = m.get("text"), m.get("html")
    cs = m.get("charset", "utf-8")
    kw = {}
    if cs == "utf-8-b64":
        kw = dict(charset="utf-8", cte="base64")
    elif cs != "utf-8":
        kw = dict(charset=cs)
    if text is not None and html is not None:
        msg.set_content(text, **kw)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html", **kw)
    else:
        msg.set_content(text or "", **kw)
    for a in m.get("atts", []):
        name = a["name"].lower()
        if name.endswith(".pdf"):
            mt, st = "application", "pdf"
        elif name.endswith(".png"):
            mt, st = "image", "png"
        else:
            mt, st = "image", "jpeg"
        msg.add_attachment(a["data"], maintype=mt, subtype=st, filename=a["name"])
    return msg.as_bytes()


def norm_field(k, v):
    if k == "telefono":
        n = phonenumbers.parse(v, "PE")
        assert phonenumbers.is_valid_number(n), v
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    if k == "documento_identidad":
        return re.sub(r"[^A-Z0-9]", "", v.upper())
    if k == "carne_extranjeria":
        return re.sub(r"\D", "", v)
    if k == "correo":
        return v.lower()
    if k in ("fecha_nacimiento", "fecha_salida", "fecha_retorno"):
        dt.date.fromisoformat(v)
    return v


def signature_status(atts):
    kinds = {a["kind"] for a in atts}
    for status, ks in (("valid", {"valid"}), ("invalid", {"invalid"}),
                       ("manuscrita", {"jpg", "png", "pdf_scan"})):
        if kinds & ks:
            return status
    return "absent"


def label(m, fname):
    L = m["L"]
    recv = t(m["recv"])
    proc = L["procedure"]
    fields = {k: norm_field(k, v) for k, v in L["fields"].items()}
    machine = L.get("machine", False)
    frm_addr = m["frm"][1].lower()
    if not machine and "correo" not in fields and frm_addr not in INSTITUTIONAL:
        fields["correo"] = frm_addr
    fd = filing_day(recv)
    missing, flags = [], []
    sig = "not_required"
    if proc is not None:
        home, reqs, plazo = TABLE[proc]
        reqs = reqs or []
        if "firma" in reqs:
            sig = signature_status(m.get("atts", []))
        for r in reqs:
            star = r.endswith("*")
            r = r.rstrip("*")
            if r == "firma":
                if sig in ("invalid", "absent"):
                    missing.append(r)
            elif r == "denuncia_policial":
                if not any(a.get("denuncia") for a in m.get("atts", [])):
                    missing.append(r)
                assert bool(L.get("denuncia")) == (r not in missing)
            elif r not in fields:
                if star and not (L.get("recognised") or "carne_extranjeria" in fields):
                    continue
                missing.append(r)
    if machine:
        outcome = "ignorado"
    elif proc is not None and TABLE[proc][0] == "portal":
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
        missing, flags = [], []
    else:
        if TABLE[proc][0] != m["mailbox"]:
            flags.append("derivado")
        if proc in RECURSOS and L.get("notified"):
            limit = add_business(dt.date.fromisoformat(L["notified"]), 15)
            if fd > limit:
                flags.append("extemporaneo")
        if sig == "manuscrita":
            flags.append("verificar_firma")
    due = None
    if outcome == "subsanar":
        due = add_business(fd, 2)
    elif outcome in ("acuse", "cargo"):
        due = add_business(fd, TABLE[proc][2])
    return {"file": fname, "mailbox": m["mailbox"], "received": recv.isoformat(), "procedure": proc,
            "fields": fields, "missing": missing, "signature": sig, "outcome": outcome, "flags": flags,
            "filing_date": fd.isoformat(), "due_date": due.isoformat() if due else None}


def main():
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    order = sorted(MSGS, key=lambda m: t(m["recv"]))
    slugs = [m["slug"] for m in order]
    assert len(slugs) == len(set(slugs))
    labels = []
    for i, m in enumerate(order, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(build_message(m))
        labels.append(label(m, fname))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
