"""Helpers for round17: calendar, PDFs, signatures, images, .eml writing, labels."""
import datetime as dt
import hashlib
import io
import os
import random
import tempfile
from zoneinfo import ZoneInfo

import holidays

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 31)}
PE_HOL = holidays.country_holidays("PE", years=range(2025, 2029))

MESA = "mesadepartes@rree.gob.pe"
SOL = "solicitantesrefugio@rree.gob.pe"
REF = "refugiados@rree.gob.pe"
INSTITUTIONAL = {MESA, SOL, REF}

PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {
    "solicitud_refugio": None, "autorizacion_trabajo": None, "entrevista_registro": None,
    "carne_solicitante": SOL, "actualizacion_datos": SOL, "cambio_clave": SOL,
    "reconsideracion": MESA, "apelacion": MESA, "renuncia": MESA,
    "prorroga_residencia": REF, "duplicado_carne_extranjeria": REF, "autorizacion_viaje": REF,
}
REQS = {
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
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}


# ---------------------------------------------------------------- calendar
def is_business(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    """received: aware datetime. Returns the filing date."""
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_business(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_business(d)


def add_business(d, n):
    """Count n business days starting with the first business day after d."""
    for _ in range(n):
        d = next_business(d)
    return d


# ---------------------------------------------------------------- PDFs
def _pdf(lines, title=None, compress=True, image=None):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.compress = compress
    pdf.set_creator("LibreOffice Writer")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 8, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if image is not None:
        pdf.ln(4)
        pdf.image(image, w=50)
    return bytes(pdf.output())


def text_pdf(lines, title=None):
    return _pdf(lines, title)


def text_pdf_with_image(lines, img_bytes, title=None):
    return _pdf(lines, title, image=io.BytesIO(img_bytes))


def scanned_pdf(img_bytes):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creator("HP Smart Scan")
    pdf.add_page()
    pdf.image(io.BytesIO(img_bytes), x=0, y=0, w=210)
    return bytes(pdf.output())


_SIGNER = None


def _signer():
    global _SIGNER
    if _SIGNER:
        return _SIGNER
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "Firma Ciudadano Prueba R17")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
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
    _SIGNER = signers.SimpleSigner.load(kp, cp)
    return _SIGNER


def signed_pdf(lines, title=None):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    raw = _pdf(lines, title, compress=False)
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma1"), signer=_signer())
    return out.getvalue()


def altered_pdf(lines, old, new, title=None):
    assert len(old) == len(new)
    data = signed_pdf(lines, title)
    assert data.count(old.encode("latin-1")) >= 1, old
    data = data.replace(old.encode("latin-1"), new.encode("latin-1"), 1)
    return data


def sig_intact(data):
    import logging
    logging.disable(logging.CRITICAL)
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    return validate_pdf_signature(sigs[0]).intact


# ---------------------------------------------------------------- images
def letter_image(lines, fmt="JPEG", seed=0):
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    img = Image.new("RGB", (1240, 1650), (246, 243, 232))
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", 30)
    except OSError:
        font = ImageFont.load_default()
    y = 110
    for ln in lines:
        d.text((90 + rnd.randint(-6, 6), y), ln, fill=(25, 30, 90), font=font)
        y += 52
    # a scribbled signature
    x0, y0 = 700, y + 60
    pts = [(x0 + i * 14, y0 + rnd.randint(-35, 35)) for i in range(22)]
    d.line(pts, fill=(20, 20, 110), width=4)
    d.line([(x0 - 20, y0 + 50), (x0 + 320, y0 + 45)], fill=(20, 20, 110), width=2)
    buf = io.BytesIO()
    img.save(buf, fmt, quality=80) if fmt == "JPEG" else img.save(buf, fmt)
    return buf.getvalue()


def signature_png(seed=1):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    img = Image.new("RGB", (500, 180), (255, 255, 255))
    d = ImageDraw.Draw(img)
    pts = [(20 + i * 20, 90 + rnd.randint(-50, 50)) for i in range(23)]
    d.line(pts, fill=(10, 10, 120), width=5)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def photo_image(label, seed=2):
    """A 'photo' of an ID card or similar (not a letter)."""
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    img = Image.new("RGB", (1000, 640), (rnd.randint(150, 200), rnd.randint(170, 210), 220))
    d = ImageDraw.Draw(img)
    d.rectangle([60, 60, 940, 580], outline=(40, 40, 40), width=6)
    d.rectangle([100, 160, 330, 460], fill=(120, 120, 120))
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 34)
    except OSError:
        font = ImageFont.load_default()
    d.text((380, 100), label, fill=(10, 10, 10), font=font)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=75)
    return buf.getvalue()
