#!/usr/bin/env python3
"""Build round20: labelled .eml messages for the CEPR intake bot.

Run with the r20 venv:  /work/rounds/.venv-r20/bin/python build.py
Writes NNN-*.eml, labels.jsonl and config.toml next to this script.
Labels (missing, outcome, flags, dates) are derived from the per-message facts
below with the rules of INTAKE.md; check_labels.py re-derives them independently.
"""
import base64
import datetime as dt
import glob
import io
import json
import os
import quopri
import random
import tempfile
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.message import Message
from email.utils import format_datetime, formataddr
from email import generator
from zoneinfo import ZoneInfo

import holidays
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
random.seed(20)

# --------------------------------------------------------------- calendar
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = [dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)]
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])


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


# --------------------------------------------------------------- procedures
S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
HOME = {
    "solicitud_refugio": "portal", "autorizacion_trabajo": "portal", "entrevista_registro": "portal",
    "carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
    "reconsideracion": M, "apelacion": M, "renuncia": M,
    "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R,
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}
REC = ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"]
REQ = {
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": REC, "apelacion": REC,
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria",
                            "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad",
                                    "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres",
                           "carne_extranjeria", "telefono"],
}
NEEDS_FIRMA = {"reconsideracion", "apelacion", "renuncia", "autorizacion_viaje"}


def make_label(m):
    proc = m["procedure"]
    fields = dict(m["fields"])
    received = m["received"]
    fd = filing_day(received)
    sig = m.get("signature") or ("not_required")
    if proc not in NEEDS_FIRMA:
        sig = "not_required"
    if m.get("ignorado"):
        outcome, missing, flags, due = "ignorado", [], [], None
        fields = {}
    elif proc in ("solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"):
        outcome, missing, flags, due = "portal", [], [], None
    elif proc is None:
        outcome, missing, flags, due = "triage", [], [], None
    else:
        missing = []
        recognised = m.get("recognised", False) or "carne_extranjeria" in fields
        for req in REQ.get(proc, []):
            if req == "firma":
                if sig in ("invalid", "absent"):
                    missing.append("firma")
            elif req == "denuncia_policial":
                if not m.get("denuncia"):
                    missing.append(req)
            elif req.endswith("*"):
                if recognised and req[:-1] not in fields:
                    missing.append(req[:-1])
            elif req not in fields:
                missing.append(req)
        flags = []
        if HOME[proc] != m["mailbox"]:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if proc in ("reconsideracion", "apelacion") and m.get("notified"):
            limit = add_business(m["notified"], 15)
            if fd > limit:
                flags.append("extemporaneo")
        if proc == "carne_solicitante":
            outcome, missing, due = "suspendido", [], None
        elif missing:
            outcome, due = "subsanar", add_business(fd, 2)
        elif proc in ("reconsideracion", "apelacion"):
            outcome, due = "cargo", add_business(fd, PLAZO[proc])
        else:
            outcome, due = "acuse", add_business(fd, PLAZO[proc])
    return {
        "file": m["file"], "mailbox": m["mailbox"], "received": received.isoformat(),
        "procedure": proc, "fields": fields, "missing": missing, "signature": sig,
        "outcome": outcome, "flags": flags, "filing_date": fd.isoformat(),
        "due_date": due.isoformat() if due else None,
    }


# --------------------------------------------------------------- MIME helpers
def textpart(text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alternative(text, html, charset="utf-8", cte="quoted-printable"):
    a = MIMEMultipart("alternative")
    a.attach(textpart(text, "plain", charset, cte))
    a.attach(textpart(html, "html", charset, cte))
    return a


def attachment(data, ctype, filename, disp_name=None, encoded_word=False, inline=False):
    maintype, subtype = ctype.split("/")
    p = MIMEBase(maintype, subtype)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    name = disp_name or filename
    if encoded_word:
        enc = Header(name, "utf-8").encode()
        p.set_param("name", enc)
        p.add_header("Content-Disposition", "attachment", filename=enc)
    elif all(ord(c) < 128 for c in name):
        p.set_param("name", name)
        p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=name)
    else:
        p.set_param("name", ("utf-8", "", name))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    return p


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gmail_html(text):
    out = []
    for line in text.split("\n"):
        out.append("<div>%s</div>" % (esc(line) if line.strip() else "<br>"))
    return '<div dir="ltr">' + "".join(out) + "</div>\n"


def outlook_html(text, extra=""):
    paras = []
    for line in text.split("\n"):
        paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(line) if line.strip() else "&nbsp;"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang="ES-PE"><div class="WordSection1">\n' + "\n".join(paras) + extra +
            "\n</div></body></html>\n")


# --------------------------------------------------------------- PDF helpers
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_IT = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"


def text_pdf(blocks, image=None, title="Documento"):
    """blocks: list of (style, text); style '' or 'B'. image: PNG bytes placed after text."""
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.set_title(title)
    pdf.set_creator("Microsoft Word")
    pdf.add_page()
    pdf.set_margins(22, 20, 22)
    for style, txt in blocks:
        pdf.set_font("Helvetica", style, 11)
        pdf.multi_cell(0, 6, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    if image is not None:
        pdf.image(io.BytesIO(image), x=pdf.get_x(), y=pdf.get_y() + 2, w=60)
    return bytes(pdf.output())


def scan_image(lines, fmt="JPEG", handwriting=True, rotate=0.7, size=(1240, 1754)):
    img = Image.new("RGB", size, (246, 244, 238))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_IT if handwriting else FONT, 30)
    y = 120
    for line in lines:
        d.text((110 + random.randint(-4, 4), y), line, fill=(25, 30, 70), font=font)
        y += 48
    # a scribbled signature
    x0, y0 = 160, y + 60
    pts = [(x0 + i * 9, y0 + int(25 * ((-1) ** i) * random.random())) for i in range(40)]
    d.line(pts, fill=(15, 20, 90), width=4)
    d.line([(x0 - 20, y0 + 50), (x0 + 420, y0 + 45)], fill=(40, 40, 40), width=2)
    for _ in range(4000):
        px, py = random.randint(0, size[0] - 1), random.randint(0, size[1] - 1)
        g = random.randint(150, 220)
        img.putpixel((px, py), (g, g, g))
    img = img.rotate(rotate, fillcolor=(255, 255, 255)).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=62)
    else:
        img.convert("L").save(buf, "PNG")
    return buf.getvalue()


def signature_png():
    img = Image.new("RGB", (500, 160), (255, 255, 255))
    d = ImageDraw.Draw(img)
    pts = [(30 + i * 11, 80 + int(40 * ((-1) ** i) * random.random())) for i in range(38)]
    d.line(pts, fill=(10, 20, 110), width=5)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def image_only_pdf(jpeg):
    pdf = FPDF()
    pdf.set_creator("HP Scan")
    pdf.add_page()
    pdf.image(io.BytesIO(jpeg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


_SIGNERS = {}


def _signer(cn):
    if cn in _SIGNERS:
        return _SIGNERS[cn]
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=1500))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    tmp = tempfile.mkdtemp()
    kf, cf = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
    with open(kf, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cf, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kf, cf)
    _SIGNERS[cn] = s
    return s


def sign_pdf(data, cn):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    meta = signers.PdfSignatureMetadata(field_name="Firma1", reason="Firma del documento", name=cn)
    out = signers.sign_pdf(w, meta, signer=_signer(cn))
    return out.getvalue()


def alter_signed(data, old, new):
    assert len(old) == len(new)
    i = data.find(old)
    assert i > 0, old
    return data[:i] + new + data[i + len(old):]


# --------------------------------------------------------------- message assembly
MESSAGES = []


def msg(file, mailbox, received, frm, subject, body, procedure, fields, *, to=None, date=None,
        attachments=(), signature=None, recognised=False, denuncia=False, notified=None, ignorado=False,
        subject_charset="utf-8", mid=None, extra_headers=(), cc=None, delivered=True, hops=2, root=None):
    y, mo, d, h, mi, s = received
    rec = dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)
    sent = rec - dt.timedelta(seconds=random.randint(4, 90)) if date is None else date
    if root is None:
        if attachments:
            root = MIMEMultipart("mixed")
            root.attach(body)
            for a in attachments:
                root.attach(a)
        else:
            root = body
    mbox_hdr = mailbox
    hdrs = []
    if delivered:
        hdrs.append(("Delivered-To", mailbox))
    fromhost = frm[1].split("@")[1]
    ip = "%d.%d.%d.%d" % (random.choice([40, 52, 74, 209, 181]), random.randint(1, 250), random.randint(1, 250),
                          random.randint(1, 250))
    qid = "".join(random.choice("0123456789ABCDEF") for _ in range(10))
    hdrs.append(("Received", "from mail-out.%s (mail-out.%s [%s])\n\tby mx1.rree.gob.pe (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                 % (fromhost, fromhost, ip, qid, mbox_hdr, format_datetime(rec))))
    if hops > 1:
        earlier = rec - dt.timedelta(seconds=random.randint(1, 3))
        hdrs.append(("Received", "by mail-out.%s with SMTP id %s;\n\t%s"
                     % (fromhost, qid.lower(), format_datetime(earlier.astimezone(dt.timezone.utc)))))
    name, addr = frm
    if name and any(ord(c) > 127 for c in name):
        from_h = formataddr((name, addr), charset="utf-8")
    else:
        from_h = formataddr((name, addr))
    hdrs.append(("From", from_h))
    hdrs.append(("To", to if to is not None else mailbox))
    if cc:
        hdrs.append(("Cc", cc))
    if all(ord(c) < 128 for c in subject):
        hdrs.append(("Subject", subject))
    else:
        hdrs.append(("Subject", Header(subject, subject_charset).encode()))
    hdrs.append(("Date", format_datetime(sent)))
    if mid is None:
        mid = "<%s@%s>" % ("".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)),
                           "mail.gmail.com" if "gmail" in addr else fromhost)
    hdrs.append(("Message-ID", mid))
    hdrs.extend(extra_headers)
    hdrs.append(("MIME-Version", "1.0"))
    # put headers in front of the MIME headers of root
    existing = [(k, v) for k, v in root.items()]
    for k in list(root.keys()):
        del root[k]
    for k, v in hdrs:
        if k == "MIME-Version":
            continue
        root[k] = v
    root["MIME-Version"] = "1.0"
    for k, v in existing:
        if k == "MIME-Version":
            continue
        root[k] = v
    MESSAGES.append(dict(file=file, mailbox=mailbox, received=rec, procedure=procedure, fields=fields,
                         signature=signature, recognised=recognised, denuncia=denuncia, notified=notified,
                         ignorado=ignorado, root=root))


def pdf_att(data, filename, **kw):
    return attachment(data, "application/pdf", filename, **kw)


def D(y, m, d):
    return dt.date(y, m, d)


IPHONE = "\n\nEnviado desde mi iPhone"

# ======================================================================= messages
# Messages of round20.
# Each msg(...) call states the facts a clerk reads; build.py derives the rest.

# ---------------------------------------------------------------- 001 portal: solicitud (Gmail HTML only)
t = """Buenos días,
soy venezolana, me llamo Yusmary Carolina Pérez Lugo y llegué a Lima hace dos semanas por Tumbes. Quiero solicitar refugio, qué tengo que hacer?? no tengo pasaporte solo mi cédula V-24.881.302
mi celular es 936 214 587
gracias de antemano"""
msg("001-solicitud-refugio-gmail-html.eml", M, (2026, 10, 1, 10, 12, 40),
    ("Yusmary P", "yusmaryperez.lugo@gmail.com"), "Solicitud de refugio",
    textpart(gmail_html(t), "html"), "solicitud_refugio",
    {"nombres": "Yusmary Carolina Pérez Lugo", "nacionalidad": "VE", "documento_identidad": "V24881302",
     "telefono": "+51936214587", "correo": "yusmaryperez.lugo@gmail.com"})

# ---------------------------------------------------------------- 002 portal: autorización de trabajo, Latin-1 QP
t = """Señores CEPR:

Mi autorización de trabajo venció el 30 de setiembre y necesito renovarla porque mi empleador me la está pidiendo para el contrato. Les agradeceré me indiquen cómo hacerlo.

Nombre: Jesús Alberto Romero Salas
Pasaporte: 118 204 557
Expediente: 2025-0031877

Agradeceré su pronta atención.

Jesús Romero
"""
msg("002-autorizacion-trabajo-latin1.eml", S, (2026, 10, 10, 11, 40, 3),
    ("Jesús Alberto Romero", "jaromero_82@hotmail.com"), "Renovación autorización de trabajo",
    textpart(t, "plain", "iso-8859-1"), "autorizacion_trabajo",
    {"nombres": "Jesús Alberto Romero Salas", "documento_identidad": "118204557",
     "correo": "jaromero_82@hotmail.com"}, subject_charset="iso-8859-1",
    mid="<DM6PR04MB6571A1E2F0C9E8B1D4C3A2B9D6@DM6PR04MB6571.namprd04.prod.outlook.com>")

# ---------------------------------------------------------------- 003 portal: entrevista, no accents, after hours
t = """buenas noches, hice mi solicitud en linea hace 3 meses y todavia no me llega la fecha para la entrevista de registro. revise spam y nada.
mi nombre Andres Felipe Castano Ruiz, colombiano, cc 1.036.778.214, whatsapp +57 311 402 8877
gracias
"""
msg("003-entrevista-registro-sin-tildes.eml", S, (2026, 10, 14, 18, 5, 51),
    ("andres felipe", "afcastano.91@yahoo.com"), "entrevista de registro - no me llega la cita",
    textpart(t, "plain", "us-ascii", "7bit"), "entrevista_registro",
    {"nombres": "Andres Felipe Castano Ruiz", "nacionalidad": "CO", "documento_identidad": "1036778214",
     "telefono": "+573114028877", "correo": "afcastano.91@yahoo.com"})

# ---------------------------------------------------------------- 004 suspendido: carné de solicitante, iPhone, holiday
t = """Buenas tardes. Ya hice mi entrevista de registro el mes pasado y me tomaron huellas y foto. Quisiera saber cuándo me entregan el carné de solicitante.
Luis Ángel Mendoza Briceño
Pasaporte 145 889 027""" + IPHONE
msg("004-carne-solicitante-iphone.eml", S, (2026, 10, 8, 9, 30, 12),
    ("Luis Ángel Mendoza", "luisangelmendoza@icloud.com"), "Carné de solicitante",
    textpart(t, "plain", "utf-8"), "carne_solicitante",
    {"nombres": "Luis Ángel Mendoza Briceño", "documento_identidad": "145889027",
     "correo": "luisangelmendoza@icloud.com"},
    mid="<8C1F2E44-7A3B-4D2E-9F51-3B7A0C6D2E11@icloud.com>", hops=1)

# ---------------------------------------------------------------- 005 actualización: Cuban applicant, Latin-1 QP, complete
t = """Estimados señores:

Por medio del presente les comunico que he cambiado de domicilio y de número de teléfono. Solicito la actualización de mis datos de contacto:

- Nombres y apellidos: Yamilé de la Caridad Torres Fonseca
- Nacionalidad: cubana
- Carnet de identidad: 87061512394
- Nuevo teléfono: 981 330 472
- Nueva dirección: Jr. Huáscar 1450, dpto. 302, Jesús María, Lima

Sin otro particular,
Yamilé Torres
"""
msg("005-actualizacion-datos-cubana-latin1.eml", S, (2026, 10, 5, 15, 2, 44),
    ("Yamilé Torres", "yamiletorres.hav@gmail.com"), "Actualización de datos",
    textpart(t, "plain", "iso-8859-1"), "actualizacion_datos",
    {"nombres": "Yamilé de la Caridad Torres Fonseca", "nacionalidad": "CU", "documento_identidad": "87061512394",
     "telefono": "+51981330472", "correo": "yamiletorres.hav@gmail.com"}, subject_charset="iso-8859-1")

# ---------------------------------------------------------------- 006 actualización: recognised refugee without CE -> subsanar
t = """Hola buenas tardes, soy refugiado reconocido desde el año 2021 (venezolano) y necesito actualizar mi correo y teléfono porque perdí el acceso al anterior.

Nombre completo: Carlos Eduardo Villalobos Uzcátegui
Cédula venezolana: V-17.903.226
Teléfono nuevo: +51 955 018 364
Correo nuevo: carlos.villalobos.u@outlook.com

Saludos"""
msg("006-actualizacion-refugiado-sin-carne.eml", S, (2026, 10, 19, 16, 29, 30),
    ("Carlos Eduardo Villalobos", "cevillalobos@gmail.com"), "ACTUALIZACION DE DATOS - Carlos Villalobos",
    alternative(t, gmail_html(t), cte="base64"), "actualizacion_datos",
    {"nombres": "Carlos Eduardo Villalobos Uzcátegui", "nacionalidad": "VE", "documento_identidad": "V17903226",
     "telefono": "+51955018364", "correo": "carlos.villalobos.u@outlook.com"}, recognised=True)

# ---------------------------------------------------------------- 007 actualización: Outlook HTML table, wrong mailbox
html = outlook_html("Estimados,\n\nComo refugiada reconocida les envío mis datos actualizados para que figuren en mi expediente:\n",
    extra="""
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="200"><p class="MsoNormal"><b>Nombres y apellidos</b></p></td><td><p class="MsoNormal">Milagros del Valle Ortega Rangel</p></td></tr>
<tr><td><p class="MsoNormal"><b>Nacionalidad</b></p></td><td><p class="MsoNormal">Venezolana</p></td></tr>
<tr><td><p class="MsoNormal"><b>Pasaporte</b></p></td><td><p class="MsoNormal">132 775 019</p></td></tr>
<tr><td><p class="MsoNormal"><b>Carn&eacute; de Extranjer&iacute;a</b></p></td><td><p class="MsoNormal">000874512</p></td></tr>
<tr><td><p class="MsoNormal"><b>Celular</b></p></td><td><p class="MsoNormal">949-027-551</p></td></tr>
<tr><td><p class="MsoNormal"><b>Correo</b></p></td><td><p class="MsoNormal"><a href="mailto:milagros.ortega.r@outlook.es">milagros.ortega.r@outlook.es</a></p></td></tr>
<tr><td><p class="MsoNormal"><b>Direcci&oacute;n nueva</b></p></td><td><p class="MsoNormal">Calle Los Pinos 233, Surquillo</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Muchas gracias,</p><p class="MsoNormal">Milagros Ortega</p>""")
msg("007-actualizacion-outlook-tabla-derivado.eml", R, (2026, 11, 2, 8, 47, 9),
    ("Milagros Ortega", "milagros.ortega.r@outlook.es"), "Actualizacion de datos de contacto",
    textpart(html, "html", "utf-8"), "actualizacion_datos",
    {"nombres": "Milagros del Valle Ortega Rangel", "nacionalidad": "VE", "documento_identidad": "132775019",
     "carne_extranjeria": "000874512", "telefono": "+51949027551", "correo": "milagros.ortega.r@outlook.es"},
    recognised=True,
    mid="<PAXPR09MB5103C2B7E1D0A99F5E0B3A7C81@PAXPR09MB5103.eurprd09.prod.outlook.com>")

# ---------------------------------------------------------------- 008 actualización: sister writes for brother
t = """Buenas tardes,

Le escribo en nombre de mi hermano Kevin José Rivas Marcano, que no tiene correo propio ni sabe usar bien el internet. Él es solicitante de refugio, de nacionalidad venezolana, pasaporte 151 332 870.
Cambió su número de celular, el nuevo es 987 112 640. Por favor actualicen sus datos.
Cualquier cosa pueden escribirme a mí a este correo o al 912 448 009.

Atentamente,
Daniela Rivas Marcano
C.E. 002318776
"""
msg("008-actualizacion-hermana-escribe.eml", S, (2026, 11, 16, 12, 0, 31),
    ("Daniela Rivas", "danirivas.m@gmail.com"), "actualización de datos de mi hermano",
    alternative(t, gmail_html(t)), "actualizacion_datos",
    {"nombres": "Kevin José Rivas Marcano", "nacionalidad": "VE", "documento_identidad": "151332870",
     "telefono": "+51987112640", "correo": "danirivas.m@gmail.com"})

# ---------------------------------------------------------------- 009 actualización: reply quoting the office's reply
t = """Buenos días, disculpen, aquí completo lo que me pidieron:

Oswaldo Enrique Quintero Paz
Nacionalidad: venezolano
Pasaporte N° 108 765 431
Teléfono: 966 540 218

Gracias.

El lun, 30 nov 2026 a las 10:02, Solicitantes Refugio (<solicitantesrefugio@rree.gob.pe>) escribió:
> Estimado(a) usuario(a):
> Hemos recibido su correo. Para atender su solicitud de Actualización de datos le falta indicar: nacionalidad, N° de pasaporte y/o cédula y teléfono de contacto.
> Plazo para subsanar: 2 días hábiles.
>
> Secretaría Ejecutiva de la Comisión Especial para los Refugiados
> Jr. Lampa 545, Cercado de Lima - Central telefónica (01) 204-2400
>
> El vie, 27 nov 2026 a las 18:40, Oswaldo Quintero (<oswaldoquintero1975@gmail.com>) escribió:
>> Buenas, quiero actualizar mi dirección porque ahora vivo en Arequipa, Cerro Colorado.
>> Oswaldo Enrique Quintero Paz
"""
h = gmail_html(t.split("\n\nEl lun")[0]) + ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">El lun, 30 nov 2026 a las 10:02, Solicitantes Refugio (&lt;<a href="mailto:solicitantesrefugio@rree.gob.pe">solicitantesrefugio@rree.gob.pe</a>&gt;) escribió:<br></div>'
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    'Estimado(a) usuario(a):<br>Hemos recibido su correo. Para atender su solicitud de Actualización de datos le falta indicar: nacionalidad, N° de pasaporte y/o cédula y teléfono de contacto.<br>Plazo para subsanar: 2 días hábiles.<br><br>'
    'Secretaría Ejecutiva de la Comisión Especial para los Refugiados<br>Jr. Lampa 545, Cercado de Lima - Central telefónica (01) 204-2400<br><br>'
    '<blockquote class="gmail_quote">Buenas, quiero actualizar mi dirección porque ahora vivo en Arequipa, Cerro Colorado.<br>Oswaldo Enrique Quintero Paz</blockquote>'
    '</blockquote></div>\n')
msg("009-actualizacion-re-citando-oficina.eml", S, (2026, 12, 7, 11, 11, 2),
    ("Oswaldo Quintero", "oswaldoquintero1975@gmail.com"), "RE: Actualización de datos",
    alternative(t, h), "actualizacion_datos",
    {"nombres": "Oswaldo Enrique Quintero Paz", "nacionalidad": "VE", "documento_identidad": "108765431",
     "telefono": "+51966540218", "correo": "oswaldoquintero1975@gmail.com"},
    extra_headers=[("In-Reply-To", "<acuse-2026-S-004412@rree.gob.pe>"), ("References", "<acuse-2026-S-004412@rree.gob.pe>")])

# ---------------------------------------------------------------- 010 cambio de clave: data in the subject
t = """buenas noches no puedo entrar al sistema de refugiados, me dice clave incorrecta y ya intente 5 veces y se bloqueo.
mi cel 9 8765 4321. correo rosita.mujica77@hotmail.com
gracias"""
msg("010-cambio-clave-datos-en-asunto.eml", S, (2026, 10, 21, 22, 40, 17),
    ("rosa mujica", "rosita.mujica77@hotmail.com"), "Cambio de clave - Rosa Elena Mújica Colmenares - pasaporte 132456789",
    textpart(t, "plain", "utf-8"), "cambio_clave",
    {"nombres": "Rosa Elena Mújica Colmenares", "documento_identidad": "132456789", "telefono": "+51987654321",
     "correo": "rosita.mujica77@hotmail.com"})

# ---------------------------------------------------------------- 011 cambio de clave: iPhone, no document -> subsanar
t = """Hola necesito cambiar mi contraseña del sistema de refugiados porque no me acuerdo cual puse. Soy María Fernanda Rodríguez Álvarez, mi número es 924 556 017 y el correo es este mismo""" + IPHONE
msg("011-cambio-contrasena-iphone-sin-doc.eml", S, (2026, 11, 1, 7, 55, 40),
    ("Mafe \U0001F495", "mafe.rodriguez.2000@gmail.com"), "cambio de contraseña",
    textpart(t, "plain", "utf-8"), "cambio_clave",
    {"nombres": "María Fernanda Rodríguez Álvarez", "telefono": "+51924556017",
     "correo": "mafe.rodriguez.2000@gmail.com"})

# ---------------------------------------------------------------- 012 cambio de clave: Fwd of own earlier message
t = """Reenvío mi correo del 10 de noviembre porque hasta ahora no he tenido respuesta y sigo sin poder entrar.

---------- Forwarded message ---------
De: José Gregorio Ramírez <jose.r.1987@hotmail.com>
Date: mar, 10 nov 2026 a las 19:22
Subject: Cambio de clave y contraseña
To: <solicitantesrefugio@rree.gob.pe>


Buenas noches,
Solicito el cambio de clave y contraseña del Sistema de Refugiados.
Nombres y apellidos: José Gregorio Ramírez Peña
Cédula de identidad: V-20.114.658
Teléfono: 951 870 332
Correo electrónico: jose.r.1987@hotmail.com
Gracias de antemano.
"""
msg("012-fwd-cambio-clave-propio.eml", S, (2026, 11, 24, 14, 30, 55),
    ("José Ramírez", "jose.r.1987@hotmail.com"), "Fwd: Cambio de clave y contraseña",
    alternative(t, outlook_html(t)), "cambio_clave",
    {"nombres": "José Gregorio Ramírez Peña", "documento_identidad": "V20114658", "telefono": "+51951870332",
     "correo": "jose.r.1987@hotmail.com"})

# ---------------------------------------------------------------- 013 cambio de clave: Haitian, TR:, wrong mailbox, non-working day
t = """Bonjour / Buenos días, reenvío mi mensaje porque me regresó.

-----Message d'origine-----
De : Jean-Baptiste Pierre <jbpierre.ht@gmail.com>
Envoyé : lundi 21 décembre 2026 18:40
À : solicitanterefugio@rree.gob.pe
Objet : cambio de clave

Señores, yo quiero cambiar mi clave del sistema refugio porque no funciona.
Mi nombre: Jean-Baptiste Wesner Pierre
Nacionalidad haitiana
Pasaporte N° RD4471826
Teléfono 913 207 645
Correo jbpierre.ht@gmail.com
Merci beaucoup.
"""
msg("013-tr-cambio-clave-haitiano-derivado.eml", M, (2026, 12, 24, 9, 0, 22),
    ("Jean-Baptiste Pierre", "jbpierre.ht@gmail.com"), "TR: changement de mot de passe / cambio de clave",
    textpart(t, "plain", "iso-8859-1"), "cambio_clave",
    {"nombres": "Jean-Baptiste Wesner Pierre", "nacionalidad": "HT", "documento_identidad": "RD4471826",
     "telefono": "+51913207645", "correo": "jbpierre.ht@gmail.com"})

# ---------------------------------------------------------------- 014 reconsideración: all data only in signed PDF
recon14 = text_pdf([
    ("B", "SUMILLA: INTERPONE RECURSO DE RECONSIDERACIÓN"),
    ("B", "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS - MINISTERIO DE RELACIONES EXTERIORES"),
    ("", "ANA LUCÍA BENÍTEZ GUERRERO, de nacionalidad venezolana, identificada con pasaporte N° 149 302 776, "
         "con domicilio en Av. Túpac Amaru 2210, Comas, teléfono 945 661 203, correo electrónico "
         "analu.benitez@gmail.com, ante ustedes me presento y digo:"),
    ("B", "I. PETITORIO"),
    ("", "Interpongo recurso de reconsideración contra la Resolución N° 0412-2026-CEPR de fecha 10 de setiembre "
         "de 2026, notificada el 9 de octubre de 2026, que deniega mi solicitud de refugio, a fin de que sea "
         "revocada y se me reconozca la condición de refugiada."),
    ("B", "II. FUNDAMENTOS DE HECHO"),
    ("", "1. Trabajé como enfermera en el Hospital Universitario de Maracaibo y denuncié públicamente la falta de "
         "insumos; desde entonces fui hostigada por funcionarios y colectivos armados."),
    ("", "2. La resolución impugnada sostiene que no acredité un temor fundado; sin embargo, no valoró la citación "
         "policial que recibí en marzo de 2025 ni las amenazas por redes sociales."),
    ("", "3. Adjunto como nueva prueba la constancia del Colegio de Enfermeras que acredita mi destitución y la "
         "denuncia ante la Fiscalía, documentos que no pude obtener antes."),
    ("B", "III. FUNDAMENTOS DE DERECHO"),
    ("", "1. Convención sobre el Estatuto de los Refugiados de 1951, artículo 1.A.2."),
    ("", "2. Ley N° 27891, Ley del Refugiado, artículo 3, y Declaración de Cartagena de 1984."),
    ("", "3. TUO de la Ley N° 27444, artículos 218 y 219 (recurso de reconsideración con nueva prueba)."),
    ("B", "IV. ANEXOS"),
    ("", "1-A Copia del pasaporte.  1-B Constancia del Colegio de Enfermeras.  1-C Denuncia ante la Fiscalía."),
    ("", "Lima, 26 de octubre de 2026"),
    ("", "Firmado digitalmente por: Ana Lucía Benítez Guerrero"),
], title="Recurso de reconsideracion")
recon14 = sign_pdf(recon14, "ANA LUCIA BENITEZ GUERRERO")
msg("014-reconsideracion-pdf-firmado-solo-pdf.eml", M, (2026, 10, 26, 9, 15, 8),
    ("Ana Lucía Benítez", "analu.benitez@gmail.com"), "Recurso de Reconsideración",
    textpart(gmail_html("Buenos días, adjunto mi recurso de reconsideración firmado digitalmente.\nQuedo atenta.\nAna Lucía"), "html"),
    "reconsideracion",
    {"nombres": "Ana Lucía Benítez Guerrero", "nacionalidad": "VE", "documento_identidad": "149302776",
     "telefono": "+51945661203", "correo": "analu.benitez@gmail.com",
     "motivo": "no valoró la citación policial ni las amenazas; nueva prueba: constancia del Colegio de Enfermeras y denuncia ante la Fiscalía"},
    attachments=[pdf_att(recon14, "Recurso_Reconsideracion_ABenitez.pdf")], signature="valid",
    notified=D(2026, 10, 9))

# ---------------------------------------------------------------- 015 reconsideración: lawyer, late
recon15 = text_pdf([
    ("B", "RECURSO DE RECONSIDERACIÓN"),
    ("", "Expediente: 2025-0019423"),
    ("", "Administrado: WILMER ANTONIO GUEVARA LOZADA, de nacionalidad colombiana, cédula de ciudadanía "
         "N° 1.098.554.213."),
    ("", "RODRIGO SALAZAR MIÑÁN, abogado con registro CAL N° 45871, en representación del administrado según "
         "poder que se adjunta, interpongo recurso de reconsideración contra la Resolución N° 0377-2026-CEPR, "
         "notificada con fecha 05/10/2026, por los fundamentos siguientes:"),
    ("", "PRIMERO.- La Comisión no tuvo en cuenta que el administrado fue declarado objetivo militar por el "
         "frente disidente que opera en Arauca, conforme a la constancia de la Defensoría del Pueblo de Colombia "
         "que ahora se ofrece como nueva prueba."),
    ("", "SEGUNDO.- La resolución carece de motivación suficiente respecto del riesgo de retorno."),
    ("", "POR TANTO: Solicito se declare fundado el recurso."),
    ("", "Lima, 19 de noviembre de 2026"),
    ("", "Rodrigo Salazar Miñán - Abogado CAL 45871"),
])
recon15 = sign_pdf(recon15, "RODRIGO SALAZAR MINAN")
t = """Señores
Secretaría Ejecutiva de la CEPR
Presente.-

En representación de mi patrocinado, el señor Wilmer Antonio Guevara Lozada, de nacionalidad colombiana, identificado con cédula de ciudadanía N° 1.098.554.213, adjunto el recurso de reconsideración contra la Resolución N° 0377-2026-CEPR, notificada con fecha 05/10/2026, debidamente firmado digitalmente, así como el poder de representación.

Para efectos de notificación señalamos el correo notificaciones@salazarabogados.pe. Teléfono del administrado: 972 305 118.

Atentamente,

Dr. Rodrigo Salazar Miñán
Abogado - CAL 45871
DNI 41275590
Telf. (01) 442-7061 / 998 120 334
Estudio Salazar & Asociados
"""
msg("015-reconsideracion-abogado-extemporanea.eml", M, (2026, 11, 20, 11, 30, 45),
    ("Estudio Salazar & Asociados", "notificaciones@salazarabogados.pe"),
    "RECURSO DE RECONSIDERACION - EXP. 2025-0019423 - WILMER ANTONIO GUEVARA",
    alternative(t, outlook_html(t)), "reconsideracion",
    {"nombres": "Wilmer Antonio Guevara Lozada", "nacionalidad": "CO", "documento_identidad": "1098554213",
     "telefono": "+51972305118", "correo": "notificaciones@salazarabogados.pe",
     "motivo": "no tuvo en cuenta que fue declarado objetivo militar; falta de motivación"},
    attachments=[pdf_att(recon15, "RECONSIDERACION GUEVARA LOZADA (firmado).pdf"),
                 pdf_att(text_pdf([("B", "PODER DE REPRESENTACIÓN"),
                                   ("", "Yo, Wilmer Antonio Guevara Lozada, otorgo poder al abogado Rodrigo Salazar Miñán para que me represente ante la CEPR.")]),
                         "poder.pdf")],
    signature="valid", notified=D(2026, 10, 5))

# ---------------------------------------------------------------- 016 reconsideración: body only, iPhone -> firma absent
t = """Buenas noches quiero pedir reconsideración de la resolución que me negaron el refugio porque no tomaron en cuenta que en mi país me buscan los colectivos por haber denunciado al consejo comunal, tengo pruebas que puedo mandar. Yorman Alexis Salcedo Pino, C.I. 25.117.904, tlf 933 801 276""" + IPHONE
msg("016-reconsideracion-solo-cuerpo-iphone.eml", M, (2026, 11, 7, 20, 14, 33),
    ("Yorman Salcedo", "yormansalcedo@gmail.com"), "Reconsideracion",
    textpart(t, "plain", "utf-8"), "reconsideracion",
    {"nombres": "Yorman Alexis Salcedo Pino", "documento_identidad": "25117904", "telefono": "+51933801276",
     "correo": "yormansalcedo@gmail.com",
     "motivo": "no tomaron en cuenta que en mi país me buscan los colectivos por haber denunciado al consejo comunal"},
    signature="absent")

# ---------------------------------------------------------------- 017 reconsideración: scanned image-only PDF, after close
scan17 = image_only_pdf(scan_image([
    "Lima, 27 de noviembre de 2026", "", "Señores", "Comisión Especial para los Refugiados", "",
    "Asunto: Recurso de reconsideración", "",
    "Yo, Gloria Inés Patiño Vargas, presento recurso de", "reconsideración contra la resolución que me",
    "denegó la condición de refugiada.", "", "Adjunto certificado de la Fiscalía como prueba nueva.",
    "", "Atentamente,"]))
t = """Señores de la Comisión:

Yo, Gloria Inés Patiño Vargas, colombiana, con pasaporte AQ583201, presento recurso de reconsideración contra la resolución que me denegó la condición de refugiada, la cual me notificaron el 16 de noviembre de 2026.
El motivo es que la Comisión no valoró el certificado de la Fiscalía que acredita las amenazas del grupo armado en Tumaco, que adjunto ahora como prueba nueva.

Adjunto el escrito firmado a mano y escaneado.

Celular: 901 442 385
Correo: gloriapatino63@yahoo.es

Gloria Patiño
"""
msg("017-reconsideracion-escaneada-despues-cierre.eml", M, (2026, 11, 27, 16, 31, 5),
    ("Gloria Inés Patiño", "gloriapatino63@yahoo.es"), "RECURSO DE RECONSIDERACIÓN",
    alternative(t, outlook_html(t)), "reconsideracion",
    {"nombres": "Gloria Inés Patiño Vargas", "nacionalidad": "CO", "documento_identidad": "AQ583201",
     "telefono": "+51901442385", "correo": "gloriapatino63@yahoo.es",
     "motivo": "la Comisión no valoró el certificado de la Fiscalía que acredita las amenazas del grupo armado en Tumaco"},
    attachments=[pdf_att(scan17, "Escaneado_20261127 (2).pdf")], signature="manuscrita",
    notified=D(2026, 11, 16), date=dt.datetime(2026, 11, 27, 16, 27, 50, tzinfo=LIMA))

# ---------------------------------------------------------------- 018 reconsideración: text-only PDF, no phone, Latin-1, holiday
recon18 = text_pdf([
    ("B", "RECURSO DE RECONSIDERACIÓN"),
    ("", "Yo, Reinaldo José Chirinos Mata, venezolano, cédula V-14.552.093, correo rchirinos@hotmail.com, "
         "solicito reconsiderar la Resolución N° 0501-2026-CEPR porque la entrevista se realizó sin intérprete "
         "adecuado y no se consignó que fui detenido dos veces por participar en protestas en Barquisimeto."),
    ("", "Lima, 9 de diciembre de 2026"),
    ("", "Reinaldo José Chirinos Mata"),
])
t = """Buenos días,

Adjunto el recurso de reconsideración en PDF. Mis datos están en el documento.

Atte.
Reinaldo Chirinos
"""
msg("018-reconsideracion-pdf-texto-sin-telefono.eml", M, (2026, 12, 9, 10, 0, 41),
    ("Reinaldo Chirinos", "rchirinos@hotmail.com"), "Recurso de reconsideración - Reinaldo Chirinos",
    alternative(t, outlook_html(t), charset="iso-8859-1"), "reconsideracion",
    {"nombres": "Reinaldo José Chirinos Mata", "nacionalidad": "VE", "documento_identidad": "V14552093",
     "correo": "rchirinos@hotmail.com",
     "motivo": "la entrevista se realizó sin intérprete adecuado y no se consignó que fui detenido dos veces"},
    attachments=[pdf_att(recon18, "recurso.pdf")], signature="absent", subject_charset="iso-8859-1")

# ---------------------------------------------------------------- 019 apelación: NGO sends, signed PDF, data spread
ap19 = text_pdf([
    ("B", "RECURSO DE APELACIÓN"),
    ("", "Señor Presidente de la Comisión Especial para los Refugiados:"),
    ("", "Yoandry Céspedes Rivero, de nacionalidad cubana, con pasaporte N° K417702, interpongo recurso de "
         "apelación contra la resolución que confirmó la denegatoria de mi solicitud de refugio, notificada el "
         "20 de octubre de 2026."),
    ("B", "FUNDAMENTOS"),
    ("", "1. Fui detenido en tres ocasiones en Santiago de Cuba por participar en las protestas del 11 de julio y "
         "se me abrió proceso por desacato; la resolución no analiza la persecución por opinión política."),
    ("", "2. Mi retorno me expone a prisión, según los documentos que obran en el expediente."),
    ("", "Lima, 29 de octubre de 2026"),
])
ap19 = sign_pdf(ap19, "YOANDRY CESPEDES RIVERO")
t = """Estimados señores:

Desde el área legal de la Asociación Manos Abiertas acompañamos al señor Yoandry Céspedes Rivero en su procedimiento. Remitimos adjunto su recurso de apelación, firmado digitalmente por él, contra la resolución que confirmó la denegatoria, notificada el 20 de octubre de 2026.

Datos de contacto del Sr. Céspedes: WhatsApp +51 968 334 120, correo yoandry.cespedes@gmail.com.

Saludos cordiales,
Lic. Patricia Huamán Quispe
Coordinadora - Área Legal
Asociación Manos Abiertas
Tel. (01) 265-9021
"""
msg("019-apelacion-ong-pdf-firmado.eml", M, (2026, 10, 30, 13, 20, 16),
    ("Asociación Manos Abiertas - Área Legal", "legal@manosabiertas.org.pe"),
    "Recurso de Apelación – Yoandry Céspedes Rivero",
    alternative(t, outlook_html(t)), "apelacion",
    {"nombres": "Yoandry Céspedes Rivero", "nacionalidad": "CU", "documento_identidad": "K417702",
     "telefono": "+51968334120", "correo": "yoandry.cespedes@gmail.com",
     "motivo": "la resolución no analiza la persecución por opinión política"},
    attachments=[pdf_att(ap19, "Apelación Céspedes firmada.pdf", encoded_word=True)], signature="valid",
    notified=D(2026, 10, 20), cc="Yoandry Cespedes <yoandry.cespedes@gmail.com>")

# ---------------------------------------------------------------- 020 apelación: signed PDF altered after signing
ap20 = text_pdf([
    ("B", "RECURSO DE APELACIÓN"),
    ("", "Nelson David Arráiz Blanco, de nacionalidad venezolana, pasaporte 136 004 918, interpone recurso de "
         "apelación contra la Resolución N° 0288-2026-CEPR."),
    ("", "Motivo: la Comisión consideró que la situación en Venezuela mejoró, pero no evaluó mi caso individual: "
         "fui despedido y amenazado por negarme a votar en las elecciones de 2024."),
    ("", "Lima, 12 de noviembre de 2026"),
])
ap20 = sign_pdf(ap20, "NELSON DAVID ARRAIZ BLANCO")
ap20 = alter_signed(ap20, b"despedido", b"detenido ")
t = """Buenas tardes,
Remito mi recurso de apelación contra la Resolución N° 0288-2026-CEPR. El documento va firmado digitalmente.

Nelson David Arráiz Blanco
Pasaporte 136 004 918
Cel. 976 553 201
nelson.arraiz@gmail.com
"""
msg("020-apelacion-pdf-alterado.eml", M, (2026, 11, 12, 17, 20, 59),
    ("Nelson Arráiz", "nelson.arraiz@gmail.com"), "Recurso de Apelacion",
    textpart(t, "plain", "utf-8"), "apelacion",
    {"nombres": "Nelson David Arráiz Blanco", "nacionalidad": "VE", "documento_identidad": "136004918",
     "telefono": "+51976553201", "correo": "nelson.arraiz@gmail.com",
     "motivo": "no evaluó mi caso individual: fui amenazado por negarme a votar"},
    attachments=[pdf_att(ap20, "apelacion_arraiz_final_FINAL_v3.PDF")], signature="invalid")

# ---------------------------------------------------------------- 021 apelación: RV of own message, WhatsApp photo, late
img21 = scan_image(["Señores CEPR", "", "Yo Marisela Josefina Gómez Tovar", "presento recurso de apelación",
                    "contra la resolución que me niega", "el refugio.", "", "Lima 1 de diciembre 2026"])
t = """Buenos días, les reenvío mi apelación que envié por error a la dirección de refugiados. Gracias.

________________________________
De: Marisela Gómez <mariselagomez.ve@gmail.com>
Enviado: martes, 1 de diciembre de 2026 21:14
Para: refugiados@rree.gob.pe <refugiados@rree.gob.pe>
Asunto: Recurso de Apelación

Señores CEPR, presento mi recurso de apelación (adjunto foto del escrito firmado). Me notificaron la resolución de la reconsideración el 30/10/2026 pero recién pude conseguir quien me ayude a redactarlo.
Apelo porque la resolución no consideró que soy perseguida por mi actividad sindical en la siderúrgica de Guayana.

Marisela Josefina Gómez Tovar
Cédula V-11.208.433
Teléfono 994 118 027
"""
msg("021-rv-apelacion-foto-whatsapp-extemporanea.eml", M, (2026, 12, 3, 10, 5, 37),
    ("Marisela Gómez", "mariselagomez.ve@gmail.com"), "RV: Recurso de Apelación",
    alternative(t, outlook_html(t)), "apelacion",
    {"nombres": "Marisela Josefina Gómez Tovar", "documento_identidad": "V11208433", "telefono": "+51994118027",
     "correo": "mariselagomez.ve@gmail.com",
     "motivo": "no consideró que soy perseguida por mi actividad sindical"},
    attachments=[attachment(img21, "image/jpeg", "IMG-20261201-WA0014.jpg")], signature="manuscrita",
    notified=D(2026, 10, 30))

# ---------------------------------------------------------------- 022 apelación: to the wrong mailbox, signed PDF
ap22 = text_pdf([
    ("B", "RECURSO DE APELACIÓN"),
    ("", "Hernán Darío Useche Molina, de nacionalidad colombiana, identificado con C.C. 79.885.102, apelo la "
         "resolución que confirma la denegatoria de refugio."),
    ("", "Fundamento: se ignoró que mi nombre figura en un panfleto de amenazas de las AGC en Córdoba, Colombia, "
         "junto con otros líderes comunales asesinados en 2025."),
    ("", "Lima, 3 de enero de 2027"),
])
ap22 = sign_pdf(ap22, "HERNAN DARIO USECHE MOLINA")
t = """Señores, adjunto recurso de apelación firmado con mi certificado digital.
Datos: Hernán Darío Useche Molina, C.C. 79.885.102, celular +57 312 447 8810, correo hernan.useche@protonmail.com
"""
msg("022-apelacion-buzon-equivocado.eml", S, (2027, 1, 4, 8, 5, 10),
    ("Hernán Useche", "hernan.useche@protonmail.com"), "Recurso de apelación (envío)",
    textpart(t, "plain", "utf-8"), "apelacion",
    {"nombres": "Hernán Darío Useche Molina", "nacionalidad": "CO", "documento_identidad": "79885102",
     "telefono": "+573124478810", "correo": "hernan.useche@protonmail.com",
     "motivo": "se ignoró que mi nombre figura en un panfleto de amenazas de las AGC"},
    attachments=[pdf_att(ap22, "apelacion_useche.pdf")], signature="valid")

# ---------------------------------------------------------------- 023 apelación: parish worker, photo, no document of applicant
img23 = scan_image(["Callao, 14 janvier 2027", "", "Señores Comisión Refugiados", "",
                    "Yo Wilner Joseph pido apelación", "de mi caso. En Haití las gangs", "mataron mi hermano.",
                    "No puedo volver.", "", "Merci"], fmt="JPEG")
t = """Buenas tardes, hermanos de la CEPR.

Les escribe la Hna. Carmen Rosa Llanos, de la Pastoral de Movilidad Humana de la Parroquia San Martín de Porres (Callao). Acompañamos al Sr. Wilner Joseph, ciudadano haitiano, que no maneja bien el español ni el correo.
Él escribió y firmó a mano su recurso de apelación contra la resolución que confirma la denegatoria de su refugio; adjuntamos la foto del escrito. Su motivo principal: en Haití las pandillas que controlan su barrio en Puerto Príncipe asesinaron a su hermano y lo amenazaron a él.

Como el Sr. Joseph no tiene teléfono propio, pueden comunicarse con nosotros al 01 453 2290 o a este correo.

Bendiciones,
Hna. Carmen Rosa Llanos Ccori
DNI 09345127
Pastoral de Movilidad Humana - Parroquia San Martín de Porres
"""
msg("023-apelacion-parroquia-sin-documento.eml", M, (2027, 1, 15, 15, 45, 20),
    ("Parroquia San Martín de Porres - Pastoral de Movilidad Humana", "movilidadhumana.smp@gmail.com"),
    "Apelación - Sr. Wilner Joseph",
    alternative(t, gmail_html(t)), "apelacion",
    {"nombres": "Wilner Joseph", "nacionalidad": "HT", "telefono": "+5114532290",
     "correo": "movilidadhumana.smp@gmail.com",
     "motivo": "las pandillas que controlan su barrio en Puerto Príncipe asesinaron a su hermano y lo amenazaron"},
    attachments=[attachment(img23, "image/jpeg", "apelacion wilner.jpeg")], signature="manuscrita")

# ---------------------------------------------------------------- 024 apelación: last day, base64 HTML-only
ap24 = text_pdf([
    ("B", "RECURSO DE APELACIÓN"),
    ("", "Dayerlin Andreína Montilla Suárez, venezolana, pasaporte 157 220 846, interpongo recurso de apelación."),
    ("B", "Fundamentos de hecho"),
    ("", "1. Soy activista LGTBI y fui agredida por agentes policiales en Valencia (Carabobo) en 2024."),
    ("", "2. La resolución aplicó un criterio general sobre el país sin evaluar mi perfil de riesgo."),
    ("", "Lima, 29 de diciembre de 2026"),
])
ap24 = sign_pdf(ap24, "DAYERLIN ANDREINA MONTILLA SUAREZ")
h = ('<div dir="ltr"><div>Buenas tardes, envío mi recurso de apelación firmado digitalmente (adjunto). '
     'La resolución me fue notificada el 01/12/2026.</div><div><br></div>'
     '<div><b>Nombres:</b> Dayerlin Andreína Montilla Suárez | <b>Pasaporte:</b> 157 220 846 | '
     '<b>Cel:</b> 907 335 114 | <a href="mailto:dayerlin.montilla@gmail.com">dayerlin.montilla@gmail.com</a></div>'
     '<div><br></div><div>Feliz año anticipado</div></div>\n')
msg("024-apelacion-ultimo-dia-base64.eml", M, (2026, 12, 29, 16, 10, 2),
    ("Dayerlin Montilla", "dayerlin.montilla@gmail.com"), "Recurso de Apelación - Dayerlin Montilla",
    textpart(h, "html", "utf-8", "base64"), "apelacion",
    {"nombres": "Dayerlin Andreína Montilla Suárez", "nacionalidad": "VE", "documento_identidad": "157220846",
     "telefono": "+51907335114", "correo": "dayerlin.montilla@gmail.com",
     "motivo": "la resolución aplicó un criterio general sin evaluar mi perfil de riesgo"},
    attachments=[pdf_att(ap24, "Recurso-Apelacion-DMontilla-signed.pdf")], signature="valid",
    notified=D(2026, 12, 1))

# ---------------------------------------------------------------- 025 renuncia: recognised, signed PDF, complete
ren25 = text_pdf([
    ("B", "CARTA DE RENUNCIA A LA CONDICIÓN DE REFUGIADO"),
    ("", "Yo, Gustavo Adolfo Peraza Linares, de nacionalidad venezolana, pasaporte N° 128 445 090, carné de "
         "extranjería N° 001427733, refugiado reconocido, teléfono 999 231 507, manifiesto mi decisión libre y "
         "voluntaria de renunciar a la condición de refugiado."),
    ("", "Motivo: he decidido retornar a Venezuela para reunirme con mi madre, que se encuentra enferma, y las "
         "circunstancias que motivaron mi solicitud han cambiado."),
    ("", "Lima, 27 de octubre de 2026"),
])
ren25 = sign_pdf(ren25, "GUSTAVO ADOLFO PERAZA LINARES")
msg("025-renuncia-refugiado-pdf-firmado.eml", M, (2026, 10, 28, 11, 0, 0),
    ("Gustavo Adolfo Peraza", "gaperaza@gmail.com"), "Renuncia",
    alternative("Adjunto mi carta de renuncia a la condición de refugiado, firmada digitalmente.\n\nSaludos,\nGustavo Peraza\n",
                gmail_html("Adjunto mi carta de renuncia a la condición de refugiado, firmada digitalmente.\n\nSaludos,\nGustavo Peraza")),
    "renuncia",
    {"nombres": "Gustavo Adolfo Peraza Linares", "nacionalidad": "VE", "documento_identidad": "128445090",
     "carne_extranjeria": "001427733", "telefono": "+51999231507", "correo": "gaperaza@gmail.com",
     "motivo": "retornar a Venezuela para reunirme con mi madre"},
    attachments=[pdf_att(ren25, "carta_renuncia_peraza.pdf")], signature="valid", recognised=True)

# ---------------------------------------------------------------- 026 renuncia: applicant, body only, Saturday
t = """Buenas. Quiero retirar mi solicitud de refugio porque me voy a vivir a Chile con mi pareja el próximo mes.
Kelly Johana Cárdenas Mejía, colombiana, pasaporte AP904117, celular 978 660 245.
Gracias"""
msg("026-renuncia-solicitante-sin-firma.eml", M, (2026, 12, 12, 9, 48, 13),
    ("kelly", "kellyjohana.88@hotmail.com"), "renuncia a mi solicitud",
    textpart(t, "plain", "utf-8"), "renuncia",
    {"nombres": "Kelly Johana Cárdenas Mejía", "nacionalidad": "CO", "documento_identidad": "AP904117",
     "telefono": "+51978660245", "correo": "kellyjohana.88@hotmail.com",
     "motivo": "me voy a vivir a Chile con mi pareja"},
    signature="absent")

# ---------------------------------------------------------------- 027 renuncia: recognised, PNG photo, no CE, wrong mailbox
img27 = scan_image(["Lima, 8 de enero de 2027", "", "Señores CEPR", "", "Yo, Edgar Luis Lameda Ortiz,",
                    "renuncio a mi condición de refugiado.", "", "Atentamente"], fmt="PNG")
t = """Señores refugiados,
soy refugiado reconocido y quiero renunciar a esa condición porque me voy a residir en España con mi esposa.
Adjunto carta firmada (foto).

Edgar Luis Lameda Ortiz, venezolano, pasaporte 112 300 857, tel 950 771 396.
"""
msg("027-renuncia-png-sin-carne-derivado.eml", R, (2027, 1, 8, 19, 30, 44),
    ("Edgar Lameda", "edgarlameda@yahoo.com"), "Renuncia a la condición de refugiado",
    textpart(t, "plain", "utf-8"), "renuncia",
    {"nombres": "Edgar Luis Lameda Ortiz", "nacionalidad": "VE", "documento_identidad": "112300857",
     "telefono": "+51950771396", "correo": "edgarlameda@yahoo.com",
     "motivo": "me voy a residir en España con mi esposa"},
    attachments=[attachment(img27, "image/png", "carta renuncia.png")], signature="manuscrita",
    recognised=True)

# ---------------------------------------------------------------- 028 renuncia: husband; wife's and son's data in the text
ren28 = text_pdf([
    ("B", "RENUNCIA AL TRÁMITE DE SOLICITUD DE REFUGIO"),
    ("", "Yo, Alexander José Mora Pineda, de nacionalidad venezolana, pasaporte 139 882 604, teléfono "
         "912 003 558, renuncio al trámite de mi solicitud de refugio."),
    ("", "Motivo: he obtenido una oferta de trabajo en Guayaquil y me trasladaré a Ecuador en febrero."),
    ("", "Firma:"),
], image=signature_png())
t = """Buenos días,
Envío mi renuncia al trámite de solicitud de refugio (documento firmado adjunto).
Mi esposa, Luz Dary Cardona, es colombiana (C.C. 52.331.870) y mi hijo Samuel Mora Cardona tiene pasaporte venezolano 160 223 451; ellos no renuncian, solo yo.

Alexander José Mora Pineda
Nacionalidad: venezolana
Pasaporte: 139 882 604
Teléfono: 912 003 558
"""
msg("028-renuncia-esposo-datos-familia.eml", M, (2027, 1, 20, 9, 40, 27),
    ("Alexander Mora", "alexmora.vzla@gmail.com"), "RENUNCIA - Alexander Mora Pineda",
    alternative(t, gmail_html(t)), "renuncia",
    {"nombres": "Alexander José Mora Pineda", "nacionalidad": "VE", "documento_identidad": "139882604",
     "telefono": "+51912003558", "correo": "alexmora.vzla@gmail.com",
     "motivo": "oferta de trabajo en Guayaquil"},
    attachments=[pdf_att(ren28, "Renuncia Alexander Mora.pdf")], signature="manuscrita")

# ---------------------------------------------------------------- 029 prórroga: Outlook HTML table, complete
html = outlook_html("Buenos días:\n\nSolicito la prórroga anual de mi residencia. Consigno mis datos:\n", extra="""
<table border="0" cellpadding="2">
<tr><td>Nombres y Apellidos:</td><td>Rafael &Aacute;ngel Su&aacute;rez Medina</td></tr>
<tr><td>Sexo:</td><td>Masculino</td></tr>
<tr><td>Nacionalidad:</td><td>Venezolana</td></tr>
<tr><td>Pasaporte:</td><td>117 562 380</td></tr>
<tr><td>Carn&eacute; de Extranjer&iacute;a:</td><td>001093361</td></tr>
<tr><td>Fecha de nacimiento:</td><td>04/07/1979</td></tr>
<tr><td>Tel&eacute;fono:</td><td>+51 941 200 785</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Atentamente,</p><p class="MsoNormal">Rafael Su&aacute;rez</p>""")
msg("029-prorroga-outlook-tabla.eml", R, (2026, 10, 13, 10, 0, 19),
    ("Rafael Ángel Suárez", "rafael.suarez.m@hotmail.com"), "Prórroga de residencia",
    textpart(html, "html", "utf-8"), "prorroga_residencia",
    {"nombres": "Rafael Ángel Suárez Medina", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "117562380",
     "carne_extranjeria": "001093361", "fecha_nacimiento": "1979-07-04", "telefono": "+51941200785",
     "correo": "rafael.suarez.m@hotmail.com"},
    mid="<SJ0PR13MB5789E0C2A4F1B6D99A1C0E3F77@SJ0PR13MB5789.namprd13.prod.outlook.com>")

# ---------------------------------------------------------------- 030 prórroga: iPhone, missing sexo and birth date
t = """Buenas, necesito la prórroga de residencia anual.
Nohelia Barrios Castillo, Venezuela, pasaporte 155 019 772, CE 001588120, cel 926 304 118""" + IPHONE
msg("030-renovacion-residencia-iphone-incompleta.eml", R, (2026, 11, 28, 13, 3, 50),
    ("Nohelia", "nohe.barrios@gmail.com"), "Renovación de residencia",
    textpart(t, "plain", "utf-8"), "prorroga_residencia",
    {"nombres": "Nohelia Barrios Castillo", "nacionalidad": "VE", "documento_identidad": "155019772",
     "carne_extranjeria": "001588120", "telefono": "+51926304118", "correo": "nohe.barrios@gmail.com"})

# ---------------------------------------------------------------- 031 prórroga: wrong mailbox, two-digit year, non-working day
t = """Señores, solicito la prórroga de residencia.
Nombre: Carolina Beatriz Espinoza Rondón
Sexo: femenino
Nacionalidad: VEN
Pasaporte: 143-118-506
Carné de extranjería: 001 356 447
Fecha de nac.: 15/03/90
Teléfono: 9 5544 3322
Gracias y feliz año nuevo"""
msg("031-prorroga-buzon-mesa-anio-dos-digitos.eml", M, (2026, 12, 31, 10, 20, 6),
    ("Carolina Espinoza", "caroespinoza.90@gmail.com"), "PRORROGA DE RESIDENCIA ANUAL",
    textpart(t, "plain", "utf-8"), "prorroga_residencia",
    {"nombres": "Carolina Beatriz Espinoza Rondón", "sexo": "F", "nacionalidad": "VE",
     "documento_identidad": "143118506", "carne_extranjeria": "001356447", "fecha_nacimiento": "1990-03-15",
     "telefono": "+51955443322", "correo": "caroespinoza.90@gmail.com"})

# ---------------------------------------------------------------- 032 prórroga: data only in a text PDF form
form32 = text_pdf([
    ("B", "SOLICITUD DE PRÓRROGA DE RESIDENCIA - 2027"),
    ("", "Nombres y apellidos: Héctor Manuel Zambrano Ochoa"),
    ("", "Sexo: M"),
    ("", "Nacionalidad: Colombia"),
    ("", "Cédula de ciudadanía: 80.114.296"),
    ("", "Carné de extranjería: 001201884"),
    ("", "Fecha de nacimiento: 22 de agosto de 1968"),
    ("", "Teléfono: (01) 372-5519"),
    ("", "Correo: hzambrano@yahoo.com"),
])
msg("032-renovacion-residencia-formulario-pdf.eml", R, (2027, 1, 26, 12, 0, 35),
    ("Héctor Manuel Zambrano", "hzambrano@yahoo.com"), "renovacion de residencia - formulario",
    textpart("Adjunto formulario con mis datos para la prórroga anual. Gracias.\n", "plain", "utf-8"),
    "prorroga_residencia",
    {"nombres": "Héctor Manuel Zambrano Ochoa", "sexo": "M", "nacionalidad": "CO", "documento_identidad": "80114296",
     "carne_extranjeria": "001201884", "fecha_nacimiento": "1968-08-22", "telefono": "+5113725519",
     "correo": "hzambrano@yahoo.com"},
    attachments=[pdf_att(form32, "Formulario prorroga 2027.pdf")])

# ---------------------------------------------------------------- 033 duplicado CE: complete with denuncia PDF
den33 = text_pdf([
    ("B", "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP SANTA BEATRIZ"),
    ("B", "DENUNCIA POLICIAL N° 28451677"),
    ("", "Denunciante: Yelitza Coromoto Marcano Díaz. Hecho: hurto de cartera conteniendo carné de extranjería, "
         "en la Estación Central del Metropolitano, el 18/10/2026 a horas 19:30 aprox."),
])
t = """Buenos días:
Solicito el duplicado de mi carné de extranjería, que me robaron en el Metropolitano el 18 de octubre. Adjunto la denuncia policial.

Nombres y apellidos: Yelitza Coromoto Marcano Díaz
Sexo: F
Nacionalidad: venezolana
Cédula: V-13.667.045
Carné de extranjería: 000965218
Fecha de nacimiento: 1975-11-02
Celular: 964 410 882

Atentamente"""
msg("033-duplicado-ce-completo-denuncia.eml", R, (2026, 10, 22, 9, 0, 0),
    ("Yelitza Marcano", "yelitzamarcano@gmail.com"), "Duplicado de carné de extranjería",
    alternative(t, gmail_html(t)), "duplicado_carne_extranjeria",
    {"nombres": "Yelitza Coromoto Marcano Díaz", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "V13667045",
     "carne_extranjeria": "000965218", "fecha_nacimiento": "1975-11-02", "telefono": "+51964410882",
     "correo": "yelitzamarcano@gmail.com"},
    attachments=[pdf_att(den33, "denuncia_policial.pdf")], denuncia=True)

# ---------------------------------------------------------------- 034 duplicado: ambiguous subject, photo of denuncia
img34 = scan_image(["POLICIA NACIONAL DEL PERU", "Comisaría Collique", "COPIA CERTIFICADA DE DENUNCIA",
                    "Pérdida de documentos"], handwriting=False, rotate=-1.2)
t = """Buenas tardes, se me extravió mi carné de extranjería (soy refugiado reconocido) y necesito el duplicado para poder hacer el trámite en Migraciones. Adjunto foto de la denuncia.
Datos:
Omar Enrique Ferrer Acosta / masculino / venezolano / pasaporte 124 908 337 / C.E. 001115904 / nacido el 09-12-1984 / tlf 931 227 604
"""
msg("034-duplicado-carnet-asunto-ambiguo.eml", R, (2026, 11, 18, 16, 45, 12),
    ("Omar Ferrer", "omar.ferrer.1984@gmail.com"), "Duplicado de carnet",
    textpart(t, "plain", "utf-8"), "duplicado_carne_extranjeria",
    {"nombres": "Omar Enrique Ferrer Acosta", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "124908337",
     "carne_extranjeria": "001115904", "fecha_nacimiento": "1984-12-09", "telefono": "+51931227604",
     "correo": "omar.ferrer.1984@gmail.com"},
    attachments=[attachment(img34, "image/jpeg", "Denuncia PNP.jpg")], denuncia=True)

# ---------------------------------------------------------------- 035 duplicado: denuncia only mentioned, no birth date
t = """Estimados: perdí mi carné de extranjería. Ya puse la denuncia en la comisaría de San Juan de Lurigancho, la tengo en físico.
Mis datos: Luis Miguel Arteaga Pérez, sexo masculino, ecuatoriano, cédula 0923456781, carné de extranjería 001302557, teléfono 947 338 109.
Saludos cordiales
"""
msg("035-duplicado-sin-denuncia-adjunta.eml", R, (2026, 12, 16, 10, 30, 54),
    ("Luis Miguel Arteaga", "lmarteaga@hotmail.com"), "Solicitud duplicado carné extranjería",
    textpart(t, "plain", "iso-8859-1"), "duplicado_carne_extranjeria",
    {"nombres": "Luis Miguel Arteaga Pérez", "sexo": "M", "nacionalidad": "EC", "documento_identidad": "0923456781",
     "carne_extranjeria": "001302557", "telefono": "+51947338109", "correo": "lmarteaga@hotmail.com"},
    subject_charset="iso-8859-1")

# ---------------------------------------------------------------- 036 duplicado: wrong mailbox, denuncia inside generic PDF
den36 = text_pdf([
    ("B", "CONSTANCIA DE DENUNCIA POLICIAL"),
    ("", "Comisaría PNP Los Olivos. Se deja constancia que Wendy Carolina Salas Bermúdez denunció la pérdida de "
         "su carné de extranjería el día 08/01/2027."),
])
t = """Buen día, solicito duplicado de mi carné de extranjería por pérdida. Adjunto documento.
Mis datos: Wendy Carolina Salas Bermúdez
Sexo femenino, nacionalidad venezolana
Pasaporte 161 004 382 - CE 001644093
Fecha de nacimiento 3 de mayo de 1995
Celular 958 220 614"""
msg("036-duplicado-ce-derivado-pdf-generico.eml", S, (2027, 1, 12, 11, 11, 11),
    ("Wendy Carolina Salas", "wendysalas.cs@gmail.com"), "Duplicado de carné de extranjería - Wendy Salas",
    textpart(gmail_html(t), "html", "utf-8"), "duplicado_carne_extranjeria",
    {"nombres": "Wendy Carolina Salas Bermúdez", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "161004382",
     "carne_extranjeria": "001644093", "fecha_nacimiento": "1995-05-03", "telefono": "+51958220614",
     "correo": "wendysalas.cs@gmail.com"},
    attachments=[pdf_att(den36, "documento (1).pdf")], denuncia=True)

# ---------------------------------------------------------------- 037 viaje: signed PDF, two-digit years
v37 = text_pdf([
    ("B", "SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)"),
    ("", "Nombres y apellidos: Ramón Ignacio Vielma Torres"),
    ("", "Carné de Extranjería: 001377260"),
    ("", "Teléfono: 981 006 734"),
    ("", "Motivo del viaje: mi madre, Carmen Torres, se encuentra hospitalizada en Caracas en estado grave "
         "(adjunto informe médico)."),
    ("", "Lugar de destino: Caracas, Venezuela"),
    ("", "Fecha de salida: 23/12/26"),
    ("", "Fecha de retorno: 06/01/27"),
    ("", "Lima, 13 de diciembre de 2026"),
])
v37 = sign_pdf(v37, "RAMON IGNACIO VIELMA TORRES")
msg("037-autorizacion-viaje-pdf-firmado.eml", R, (2026, 12, 14, 9, 5, 31),
    ("Ramón Ignacio Vielma", "ramonvielma@gmail.com"), "Autorización de viaje - URGENTE",
    alternative("Buenos días, adjunto solicitud de autorización de viaje firmada digitalmente. Mi madre está hospitalizada en Caracas.\nQuedo atento.\nRamón Vielma - 981 006 734\n",
                gmail_html("Buenos días, adjunto solicitud de autorización de viaje firmada digitalmente. Mi madre está hospitalizada en Caracas.\nQuedo atento.\nRamón Vielma - 981 006 734")),
    "autorizacion_viaje",
    {"nombres": "Ramón Ignacio Vielma Torres", "carne_extranjeria": "001377260", "telefono": "+51981006734",
     "correo": "ramonvielma@gmail.com", "motivo": "mi madre se encuentra hospitalizada en Caracas en estado grave",
     "destino": "Caracas, Venezuela", "fecha_salida": "2026-12-23", "fecha_retorno": "2027-01-06"},
    attachments=[pdf_att(v37, "solicitud_viaje_firmada.pdf"),
                 pdf_att(text_pdf([("B", "INFORME MÉDICO"), ("", "Paciente: Carmen Torres. Diagnóstico: ACV isquémico. Hospital Vargas de Caracas.")]), "informe medico mama.pdf")],
    signature="valid")

# ---------------------------------------------------------------- 038 viaje: WhatsApp photo, after close
img38 = scan_image(["Lima, 22 de diciembre de 2026", "", "Señores CEPR", "Solicito autorización de viaje",
                    "a Bogotá del 10/01 al 25/01/2027.", "", "Daniela Quijada"])
t = """Estimados señores:
Solicito autorización de viaje por urgencia para viajar a Bogotá, Colombia, donde debo asistir a la audiencia de custodia de mi hija.
Salida: 10 de enero de 2027; retorno: 25 de enero de 2027.
Nombres: Daniela Alejandra Quijada Ruiz
Carné de extranjería N° 001502376
Teléfono: 902 118 447
Adjunto la solicitud firmada (foto).
Daniela Quijada"""
msg("038-permiso-viaje-foto-whatsapp.eml", R, (2026, 12, 22, 18, 30, 26),
    ("Daniela Quijada", "dquijada@outlook.com"), "Permiso de viaje",
    alternative(t, outlook_html(t)), "autorizacion_viaje",
    {"nombres": "Daniela Alejandra Quijada Ruiz", "carne_extranjeria": "001502376", "telefono": "+51902118447",
     "correo": "dquijada@outlook.com", "motivo": "asistir a la audiencia de custodia de mi hija",
     "destino": "Bogotá, Colombia", "fecha_salida": "2027-01-10", "fecha_retorno": "2027-01-25"},
    attachments=[attachment(img38, "image/jpeg", "WhatsApp Image 2026-12-22 at 18.20.11.jpeg")],
    signature="manuscrita")

# ---------------------------------------------------------------- 039 viaje: no signature, no return date, Saturday
t = """hola, necesito autorizacion para viajar a Santa Cruz, Bolivia porque falleció mi papá y tengo que ir al entierro. salgo el 6 de enero de 2027, el regreso todavía no lo sé.
mis datos jhonny alexander rojas mejías, carnet de extranjeria 001455931, cel 917 660 285"""
msg("039-autorizacion-viaje-sin-firma-sin-retorno.eml", R, (2027, 1, 2, 8, 12, 9),
    ("Jhonny Alexander Rojas", "jhonnyrojas.a@gmail.com"), "autorizacion de viaje",
    textpart(t, "plain", "utf-8"), "autorizacion_viaje",
    {"nombres": "jhonny alexander rojas mejías", "carne_extranjeria": "001455931", "telefono": "+51917660285",
     "correo": "jhonnyrojas.a@gmail.com", "motivo": "falleció mi papá y tengo que ir al entierro",
     "destino": "Santa Cruz, Bolivia", "fecha_salida": "2027-01-06"},
    signature="absent")

# ---------------------------------------------------------------- 040 viaje: wrong mailbox, data only in signed PDF
v40 = text_pdf([
    ("", "Señores de la Secretaría Ejecutiva de la Comisión Especial para los Refugiados:"),
    ("", "Yo, Roberto Carlos Linares Bello, identificado con Carné de Extranjería N° 001398842, con teléfono "
         "+51 970 221 536, solicito autorización de viaje a Quito, Ecuador, con fecha de salida 15-02-2027 y "
         "fecha de retorno 28-02-2027."),
    ("", "Motivo: acompañar a mi hijo Santiago Linares, de 7 años, en la cirugía cardiaca programada en el "
         "Hospital Metropolitano de Quito."),
    ("", "Lima, 27 de enero de 2027"),
])
v40 = sign_pdf(v40, "ROBERTO CARLOS LINARES BELLO")
msg("040-autorizacion-viaje-derivado-pdf.eml", M, (2027, 1, 28, 14, 0, 48),
    ("Roberto Carlos Linares", "rclinares@gmail.com"), "Autorización de Viaje",
    textpart("Adjunto solicitud firmada digitalmente.\nAtentamente, R. Linares\n", "plain", "utf-8"),
    "autorizacion_viaje",
    {"nombres": "Roberto Carlos Linares Bello", "carne_extranjeria": "001398842", "telefono": "+51970221536",
     "correo": "rclinares@gmail.com", "motivo": "acompañar a mi hijo en la cirugía cardiaca",
     "destino": "Quito, Ecuador", "fecha_salida": "2027-02-15", "fecha_retorno": "2027-02-28"},
    attachments=[pdf_att(v40, "Solicitud_Autorizacion_Viaje_Linares.pdf")], signature="valid")

# ---------------------------------------------------------------- 041 reconsideración: received after close on last day -> late
r41 = text_pdf([
    ("B", "RECURSO DE RECONSIDERACIÓN"),
    ("", "Franklin Rafael Bastidas Oropeza, pasaporte 140 665 318, interpongo recurso de reconsideración contra la "
         "Resolución N° 0633-2026-CEPR."),
    ("", "Motivo: presento como nueva prueba la orden de captura emitida en mi contra por el SEBIN, que obtuve "
         "recién el 20 de diciembre."),
    ("", "Lima, 29 de diciembre de 2026"),
])
r41 = sign_pdf(r41, "FRANKLIN RAFAEL BASTIDAS OROPEZA")
t = """Buenas tardes.
Presento recurso de reconsideración contra la Resolución N° 0633-2026-CEPR, notificado con fecha 01/12/2026. Adjunto el escrito con firma digital.

Franklin Rafael Bastidas Oropeza
pasaporte 140 665 318
teléfono 985 447 120
franklinbastidas@outlook.com
"""
msg("041-reconsideracion-tras-cierre-ultimo-dia.eml", M, (2026, 12, 29, 16, 45, 3),
    ("Franklin Bastidas", "franklinbastidas@outlook.com"), "Recurso de reconsideración",
    alternative(t, outlook_html(t)), "reconsideracion",
    {"nombres": "Franklin Rafael Bastidas Oropeza", "documento_identidad": "140665318", "telefono": "+51985447120",
     "correo": "franklinbastidas@outlook.com", "motivo": "nueva prueba: orden de captura emitida por el SEBIN"},
    attachments=[pdf_att(r41, "RECONSIDERACION_BASTIDAS.pdf")], signature="valid", notified=D(2026, 12, 1),
    date=dt.datetime(2026, 12, 29, 16, 28, 10, tzinfo=LIMA))

# ---------------------------------------------------------------- 042 suspendido: "Duplicado de carnet" of the carné de solicitante
den42 = text_pdf([("B", "DENUNCIA POLICIAL"),
                  ("", "Comisaría PNP San Cayetano. Pérdida de carné de solicitante de refugio en transporte público.")])
t = """Buenos días, perdí mi carné de solicitante de refugio en el bus y necesito un duplicado. Ya hice la denuncia policial, la adjunto.
Yuleisy Carolina Hernández Piñango, pasaporte 158 770 213, cel 935 118 402"""
msg("042-duplicado-carnet-solicitante-suspendido.eml", S, (2026, 11, 9, 10, 0, 27),
    ("Yuleisy Hernández", "yuleisyhernandez@gmail.com"), "Duplicado de carnet",
    textpart(t, "plain", "utf-8"), "carne_solicitante",
    {"nombres": "Yuleisy Carolina Hernández Piñango", "documento_identidad": "158770213", "telefono": "+51935118402",
     "correo": "yuleisyhernandez@gmail.com"},
    attachments=[pdf_att(den42, "denuncia.pdf")])

# ---------------------------------------------------------------- 043 suspendido: "Consulta" whose body names the carné
t = """Buenas tardes, quisiera saber cuándo se reanuda la entrega del carné de solicitante. Ya tengo más de un año esperando y en el banco no me aceptan otro documento.
Pedro Luis Aponte Guerra, pasaporte 127 330 918."""
msg("043-consulta-carne-solicitante.eml", S, (2027, 1, 19, 10, 0, 44),
    ("Pedro Luis Aponte", "pedroaponte.ve@hotmail.com"), "Consulta",
    textpart(t, "plain", "utf-8"), "carne_solicitante",
    {"nombres": "Pedro Luis Aponte Guerra", "documento_identidad": "127330918", "correo": "pedroaponte.ve@hotmail.com"})

# ---------------------------------------------------------------- 044 portal: "Ayuda", mother with children's data, wrong mailbox
t = """Buenas noches, necesito ayuda para presentar una solicitud de refugio para mí y mis dos hijos, Santiago (8 años, pasaporte 170 221 338) y Valentina (5 años).
Somos venezolanos, llegamos en septiembre. Mi nombre es Marbelys del Carmen Ruiz Parra, cédula V-19.554.207, teléfono 963 880 142.
¿Dónde lo hago? Muchas gracias"""
msg("044-ayuda-solicitud-refugio-con-hijos.eml", R, (2026, 11, 29, 21, 0, 38),
    ("Marbelys Ruiz", "marbelysruiz21@gmail.com"), "Ayuda",
    alternative(t, gmail_html(t)), "solicitud_refugio",
    {"nombres": "Marbelys del Carmen Ruiz Parra", "nacionalidad": "VE", "documento_identidad": "V19554207",
     "telefono": "+51963880142", "correo": "marbelysruiz21@gmail.com"})

# ---------------------------------------------------------------- 045 portal: RE: autorización de trabajo quoting the office
t = """Ok pero cuando entro al sistema me sale error 500 y no me deja generar la autorización de trabajo. Qué hago?
Henry Colmenares, pasaporte 119 003 245

-----Mensaje original-----
De: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
Enviado: lunes, 30 de noviembre de 2026 09:14
Para: henrycolmenares@yahoo.com
Asunto: RE: Autorización de trabajo

Estimado usuario:
La Autorización de Trabajo Virtual se genera en el portal http://portal.rree.gob.pe/refugiados/ con su usuario y contraseña. No se tramita por correo.
Atentamente,
Secretaría Ejecutiva CEPR
"""
msg("045-re-autorizacion-trabajo-cita-oficina.eml", S, (2026, 12, 2, 11, 0, 3),
    ("Henry Colmenares", "henrycolmenares@yahoo.com"), "RE: Autorización de trabajo",
    textpart(t, "plain", "utf-8"), "autorizacion_trabajo",
    {"nombres": "Henry Colmenares", "documento_identidad": "119003245", "correo": "henrycolmenares@yahoo.com"})

# ---------------------------------------------------------------- 046 portal: "Entrevista", Sunday one-liner
t = """Cuándo me programan la entrevista de registro? Ya pasaron 4 meses. Sandra Milena Ortiz Gil

Enviado desde mi Galaxy"""
msg("046-entrevista-una-linea-domingo.eml", S, (2027, 1, 10, 19, 22, 1),
    ("Sandra M.", "sandramilena.ortiz@gmail.com"), "Entrevista",
    textpart(t, "plain", "utf-8"), "entrevista_registro",
    {"nombres": "Sandra Milena Ortiz Gil", "correo": "sandramilena.ortiz@gmail.com"})

# ---------------------------------------------------------------- 047 triage: status question
t = """Buenos días, quisiera saber en qué estado está mi caso, presenté todo hace 8 meses y no me dicen nada.
Luis Fernando Marín Gutiérrez, cel 942 107 335."""
msg("047-consulta-estado-caso-triage.eml", S, (2026, 10, 16, 9, 33, 20),
    ("Luis Fernando", "luisfer.mg@gmail.com"), "Consulta",
    textpart(t, "plain", "utf-8"), None,
    {"nombres": "Luis Fernando Marín Gutiérrez", "telefono": "+51942107335", "correo": "luisfer.mg@gmail.com"})

# ---------------------------------------------------------------- 048 triage: URGENTE, names two procedures
t = """Me llegó una resolución que me niega el refugio. No sé si tengo que presentar reconsideración o apelación, ni cuánto tiempo tengo. Por favor ayúdenme!!
Yenny Carrasco
916 550 748"""
msg("048-urgente-reconsideracion-o-apelacion.eml", M, (2026, 11, 25, 17, 1, 0),
    ("Yenny Carrasco", "yennycarrasco@hotmail.com"), "URGENTE!!!",
    textpart(t, "plain", "utf-8"), None,
    {"nombres": "Yenny Carrasco", "telefono": "+51916550748", "correo": "yennycarrasco@hotmail.com"})

# ---------------------------------------------------------------- 049 triage: empty subject, scanned attachment
scan49 = image_only_pdf(scan_image(["REPUBLICA BOLIVARIANA DE VENEZUELA", "PASAPORTE", "", "[foto]"],
                                   handwriting=False, rotate=0.3))
msg("049-sin-asunto-escaneo.eml", R, (2027, 1, 22, 15, 5, 5),
    ("J. Duarte", "jduarte1990@gmail.com"), "",
    textpart(gmail_html("Buenas tardes, envío lo solicitado.\nJuan Pablo Duarte Silva"), "html"), None,
    {"nombres": "Juan Pablo Duarte Silva", "correo": "jduarte1990@gmail.com"},
    attachments=[pdf_att(scan49, "Escaneado_0001.pdf")])

# ---------------------------------------------------------------- 050 ignorado: bounce (multipart/report)
orig = textpart("Estimado(a) usuario(a): hemos recibido su solicitud de Cambio de clave y contraseña. Registro N° S-2026-004102.\n", "plain", "utf-8")
orig["From"] = "Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>"
orig["To"] = "jose.r.1987@hotmial.com"
orig["Subject"] = Header("Acuse de recibo - Cambio de clave y contraseña", "utf-8").encode()
orig["Date"] = "Tue, 3 Nov 2026 08:00:40 -0500"
orig["Message-ID"] = "<acuse-S-2026-004102@rree.gob.pe>"
rep = MIMEMultipart("report", report_type="delivery-status")
rep.attach(textpart("This is the mail system at host mx1.rree.gob.pe.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<jose.r.1987@hotmial.com>: Host or domain name not found. Name service error\n    for name=hotmial.com type=A: Host not found\n", "plain", "us-ascii", "7bit"))
ds = Message()
ds.set_type("message/delivery-status")
from email import message_from_string as _mfs
ds._payload = [_mfs("Reporting-MTA: dns; mx1.rree.gob.pe\nArrival-Date: Tue, 3 Nov 2026 08:01:58 -0500\n\n"),
               _mfs("Final-Recipient: rfc822; jose.r.1987@hotmial.com\nAction: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found\n\n")]
rep.attach(ds)
rep.attach(MIMEMessage(orig))
msg("050-rebote-mailer-daemon.eml", S, (2026, 11, 3, 8, 2, 14),
    ("Mail Delivery System", "MAILER-DAEMON@mx1.rree.gob.pe"),
    "Undelivered Mail Returned to Sender: Acuse de recibo - Cambio de clave y contraseña",
    None, "cambio_clave", {}, ignorado=True, root=rep, hops=1,
    extra_headers=[("Auto-Submitted", "auto-replied")])

# ---------------------------------------------------------------- 051 ignorado: out-of-office from an applicant
msg("051-respuesta-automatica-fuera-oficina.eml", S, (2026, 12, 18, 15, 40, 0),
    ("Luis Mendoza", "luisangelmendoza@icloud.com"), "Respuesta automática: Carné de solicitante",
    textpart("Estoy fuera de la oficina hasta el 4 de enero. Responderé a su mensaje a mi regreso.\n", "plain", "utf-8"),
    "carne_solicitante", {}, ignorado=True,
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

# ---------------------------------------------------------------- 052 ignorado: newsletter with List-Id
h = ('<html><body><h2>Boletín Red Migrante - enero 2027</h2><p>Novedades en el procedimiento de refugio, '
     'prórroga de residencia y autorización de viaje. Talleres gratuitos en Lima Norte.</p>'
     '<p><a href="https://redmigrante.org/baja">Darse de baja</a></p></body></html>\n')
msg("052-boletin-lista-correo.eml", R, (2027, 1, 5, 6, 0, 0),
    ("Boletín Red Migrante", "boletin@redmigrante.org"), "Boletín enero 2027: novedades en el procedimiento de refugio",
    alternative("Boletín Red Migrante - enero 2027\nNovedades en el procedimiento de refugio, prórroga de residencia y autorización de viaje.\n", h),
    None, {}, ignorado=True,
    extra_headers=[("List-Id", "Boletin Red Migrante <boletin.redmigrante.org>"), ("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://redmigrante.org/baja>")])

# ---------------------------------------------------------------- 053 ignorado: from another institutional mailbox
t = """Se remite para su registro en mesa de partes.

-----Mensaje original-----
De: Carolina Espinoza <caroespinoza.90@gmail.com>
Asunto: Prórroga de residencia
Solicito la prórroga de residencia. Pasaporte 143-118-506.
"""
msg("053-tr-desde-buzon-institucional.eml", M, (2026, 10, 29, 10, 15, 0),
    ("Refugiados - CEPR", "refugiados@rree.gob.pe"), "TR: Prórroga de residencia",
    textpart(t, "plain", "utf-8"), "prorroga_residencia", {}, ignorado=True, hops=1)

# ---------------------------------------------------------------- 054 ignorado: no-reply system notification
msg("054-notificacion-no-reply-sistema.eml", S, (2027, 1, 27, 3, 12, 45),
    ("Sistema de Citas", "no-reply@citas.gob.pe"), "Su cita ha sido reprogramada",
    textpart(outlook_html("Estimado usuario, su cita ha sido reprogramada. Este es un mensaje automático, no responda."), "html"),
    None, {}, ignorado=True, extra_headers=[("Auto-Submitted", "auto-generated")])


def write_all():
    for f in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(f)
    labels = []
    for m in sorted(MESSAGES, key=lambda x: x["file"]):
        path = os.path.join(HERE, m["file"])
        with open(path, "wb") as f:
            g = generator.BytesGenerator(f, mangle_from_=False, maxheaderlen=0)
            g.flatten(m["root"], linesep="\r\n")
        labels.append(make_label(m))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "config.toml"), "w") as f:
        f.write('# Calendar settings the labels in labels.jsonl were computed with (round20).\n'
                '[calendar]\ntimezone = "America/Lima"\noffice_close = "16:30"\n'
                '# Días no laborables (public sector) chosen for this round.\n'
                'non_working_days = [%s]\n' % ", ".join('"%s"' % d.isoformat() for d in NON_WORKING))
    print(len(labels), "messages written")


if __name__ == "__main__":
    write_all()
