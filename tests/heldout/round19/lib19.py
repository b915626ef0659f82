"""Helpers for round19: calendar, PDFs, signatures, images, e-mail assembly."""
import datetime as dt
import io
import os
import random
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import holidays
import logging
logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 31)}
PE = holidays.country_holidays("PE", years=[2026, 2027, 2028])

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"

HOME = {
    "solicitud_refugio": "portal", "autorizacion_trabajo": "portal", "entrevista_registro": "portal",
    "carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
    "reconsideracion": M, "apelacion": M, "renuncia": M,
    "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R,
}
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
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}


def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


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


# ---------------------------------------------------------------- images
def scan_image(seed, width=1240, height=1754, lines=22, signature=True, blur=True):
    """A 'scanned' handwritten page: wavy ink lines (illegible) and a scribbled signature."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (width, height), (246, 244, 238))
    dr = ImageDraw.Draw(img)
    y = 180
    for i in range(lines):
        x = 120 + rnd.randint(0, 40)
        end = width - 120 - rnd.randint(0, 300 if i % 5 == 4 else 60)
        pts = []
        while x < end:
            pts.append((x, y + rnd.randint(-6, 6)))
            x += rnd.randint(6, 14)
        dr.line(pts, fill=(30, 40, 110), width=3)
        y += 58
    if signature:
        sx, sy = width - 560, y + 90
        pts = [(sx + k * 9, sy + int(38 * __import__("math").sin(k / 2.3)) + rnd.randint(-10, 10)) for k in range(48)]
        dr.line(pts, fill=(20, 25, 90), width=4)
        dr.line([(sx - 20, sy + 70), (sx + 460, sy + 66)], fill=(60, 60, 60), width=2)
    for _ in range(4000):
        px, py = rnd.randrange(width), rnd.randrange(height)
        g = rnd.randint(170, 230)
        img.putpixel((px, py), (g, g, g))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(0.8))
    return img.rotate(rnd.uniform(-1.2, 1.2), fillcolor=(230, 230, 230))


def signature_png(seed):
    rnd = random.Random(seed)
    img = Image.new("RGB", (600, 180), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    import math
    pts = [(30 + k * 11, 90 + int(45 * math.sin(k / 2.0 + rnd.random())) + rnd.randint(-8, 8)) for k in range(48)]
    dr.line(pts, fill=(10, 20, 120), width=4)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def jpeg_bytes(img, quality=80):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def photo_of_id(seed):
    """A photo of an ID card (not a signature) - just a coloured card."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (1000, 640), (200, 190, 170))
    dr = ImageDraw.Draw(img)
    dr.rounded_rectangle((60, 60, 940, 580), radius=30, fill=(225, 235, 245), outline=(90, 90, 90), width=4)
    dr.rectangle((110, 140, 360, 460), fill=(150, 150, 160))
    for i in range(6):
        dr.rectangle((420, 150 + i * 55, 420 + rnd.randint(200, 460), 175 + i * 55), fill=(60, 60, 80))
    return img


# ---------------------------------------------------------------- PDFs
def _latin(s):
    return s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')


def text_pdf(lines, image_png=None, compress=True, title=None):
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        if line == "":
            pdf.ln(5)
            continue
        pdf.multi_cell(0, 6, _latin(line), new_x="LMARGIN", new_y="NEXT")
    if image_png:
        pdf.ln(4)
        pdf.image(io.BytesIO(image_png), w=55)
    return bytes(pdf.output())


def image_only_pdf(img):
    pdf = FPDF(format="A4")
    pdf.add_page()
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    buf.seek(0)
    pdf.image(buf, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


_KEYDIR = tempfile.mkdtemp(prefix="r19keys-")


def _make_cert(cn):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=1000))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    slug = "".join(c for c in cn if c.isalnum())[:30] or "x"
    kp, cp = os.path.join(_KEYDIR, slug + ".key"), os.path.join(_KEYDIR, slug + ".crt")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    return kp, cp


def sign_pdf(pdf_bytes, cn):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    kp, cp = _make_cert(cn)
    signer = signers.SimpleSigner.load(kp, cp)
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma", reason="Firma del recurrente"), signer=signer)
    return out.getvalue()


def signature_state(pdf_bytes):
    """None (unsigned), True (intact), False (altered)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return bool(st.intact and st.valid)


def alter_signed(pdf_bytes, old, new):
    assert len(old) == len(new)
    ob, nb = old.encode("latin-1"), new.encode("latin-1")
    assert pdf_bytes.count(ob) == 1, (old, pdf_bytes.count(ob))
    return pdf_bytes.replace(ob, nb)


# ---------------------------------------------------------------- e-mail
def build_email(*, mailbox, recv, frm, subject, body, to=None, cc=None, html=None, attachments=(),
                extra_headers=(), sender_tz=-5, recv_utc=False, date_lag=(1, 4), charset="utf-8",
                hops=2, seed=0, msgid_domain=None, delivered_to=True):
    rnd = random.Random(seed)
    msg = EmailMessage()
    recv_hdr_dt = recv.astimezone(dt.timezone.utc) if recv_utc else recv.astimezone(LIMA)
    ip = f"{rnd.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rnd.randint(2, 250)}"
    mid = "".join(rnd.choice("0123456789ABCDEF") for _ in range(10))
    # newest hop first
    msg["Received"] = (f"from mail-relay{rnd.randint(1, 9)}.example.net (mail-relay.example.net [{ip}]) "
                       f"by mx1.rree.gob.pe (Postfix) with ESMTPS id {mid} for <{mailbox}>; "
                       f"{format_datetime(recv_hdr_dt)}")
    if hops > 1:
        earlier = recv - dt.timedelta(seconds=rnd.randint(2, 40))
        msg["Received"] = (f"from [10.{rnd.randint(0, 9)}.{rnd.randint(0, 9)}.{rnd.randint(2, 99)}] by mail-relay.example.net "
                           f"with ESMTPSA id {rnd.randint(10**8, 10**9)}; "
                           f"{format_datetime(earlier.astimezone(dt.timezone(dt.timedelta(hours=0))))}")
    if delivered_to:
        msg["Delivered-To"] = mailbox
    sent = recv - dt.timedelta(minutes=rnd.randint(*date_lag), seconds=rnd.randint(0, 59))
    msg["Date"] = format_datetime(sent.astimezone(dt.timezone(dt.timedelta(hours=sender_tz))))
    msg["From"] = frm
    msg["To"] = to or mailbox
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    dom = msgid_domain or (frm.split("@")[-1].strip(">") if "@" in frm else "mail.example.net")
    msg["Message-ID"] = make_msgid(idstring=f"r19.{seed}", domain=dom)
    for k, v in extra_headers:
        msg[k] = v
    if html is not None and body is None:
        msg.set_content(html, subtype="html", charset=charset)
    else:
        if charset == "utf-8":
            msg.set_content(body)
        else:
            msg.set_content(body, charset=charset, cte="quoted-printable")
        if html is not None:
            msg.add_alternative(html, subtype="html")
    for att in attachments:
        maintype, subtype = att["ctype"].split("/")
        msg.add_attachment(att["data"], maintype=maintype, subtype=subtype, filename=att["filename"])
    return msg
