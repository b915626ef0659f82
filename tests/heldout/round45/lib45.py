"""Helpers for round45: calendar, PDFs (text, image-only, signed, altered), images."""
import datetime as dt
import io
import os
import tempfile
from zoneinfo import ZoneInfo

import holidays
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {"2026-12-07", "2026-12-24", "2026-12-31"}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])

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
    "carne_solicitante": "solicitantesrefugio@rree.gob.pe",
    "actualizacion_datos": "solicitantesrefugio@rree.gob.pe",
    "cambio_clave": "solicitantesrefugio@rree.gob.pe",
    "reconsideracion": "mesadepartes@rree.gob.pe",
    "apelacion": "mesadepartes@rree.gob.pe",
    "renuncia": "mesadepartes@rree.gob.pe",
    "prorroga_residencia": "refugiados@rree.gob.pe",
    "duplicado_carne_extranjeria": "refugiados@rree.gob.pe",
    "autorizacion_viaje": "refugiados@rree.gob.pe",
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}


def is_bd(d):
    return d.weekday() < 5 and d not in PE_HOL and d.isoformat() not in NON_WORKING


def next_bd_after(d):
    d = d + dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def add_bd(d, n):
    for _ in range(n):
        d = next_bd_after(d)
    return d


def filing_date(recv):
    """recv: aware datetime."""
    loc = recv.astimezone(LIMA)
    d = loc.date()
    if is_bd(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_bd_after(d)


def due_date(filing, procedure, outcome):
    if outcome == "subsanar":
        return add_bd(filing, 2)
    if outcome in ("acuse", "cargo"):
        return add_bd(filing, PLAZO[procedure])
    return None


# ---------------------------------------------------------------- PDFs
def _font(pdf, size=11, style=""):
    pdf.set_font("helvetica", style=style, size=size)


def text_pdf(lines, image=None, compress=True, title=None):
    """A text PDF (fpdf2 core font, cp1252). `image`: PIL image placed after the text."""
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_creator("Microsoft Word")
    pdf.add_page()
    if title:
        _font(pdf, 13, "B")
        pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT", align="C")
        pdf.ln(3)
    _font(pdf, 11)
    for line in lines:
        if line == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    if image is not None:
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        buf.seek(0)
        pdf.ln(2)
        pdf.image(buf, w=55)
    return bytes(pdf.output())


def image_only_pdf(img):
    pdf = FPDF(format="A4")
    pdf.set_creator("CamScanner")
    pdf.add_page()
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="JPEG", quality=70)
    buf.seek(0)
    pdf.image(buf, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def handwritten_page(lines, size=(1240, 1754), seed=1):
    """An image that looks like a photographed handwritten letter with a signature scribble."""
    import random
    rnd = random.Random(seed)
    img = Image.new("RGB", size, (246, 243, 232))
    d = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=30)
    y = 120
    for line in lines:
        x = 110 + rnd.randint(-6, 6)
        d.text((x, y), line, fill=(25, 35, 110), font=font)
        y += 52 + rnd.randint(-3, 3)
    scribble(d, 140, y + 40, rnd)
    return img


def scribble(d, x0, y0, rnd, w=360):
    pts = []
    for i in range(28):
        pts.append((x0 + i * w / 28, y0 + rnd.randint(-35, 35)))
    d.line(pts, fill=(20, 30, 100), width=4)
    d.line([(x0 - 10, y0 + 45), (x0 + w + 20, y0 + 38)], fill=(20, 30, 100), width=3)


def signature_image(seed=7):
    import random
    rnd = random.Random(seed)
    img = Image.new("RGB", (480, 160), (255, 255, 255))
    d = ImageDraw.Draw(img)
    scribble(d, 40, 70, rnd, w=380)
    return img


def jpeg_bytes(img, quality=72):
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality)
    return buf.getvalue()


def png_bytes(img):
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- signing
_CERTS = {}


def _signer(cn):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers

    if cn in _CERTS:
        return _CERTS[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
    ])
    now = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=900))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    tmp = tempfile.mkdtemp()
    kp, cp = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kp, cp)
    _CERTS[cn] = s
    return s


def sign_pdf(pdf_bytes, cn, reason="Firma del documento"):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="FirmaDigital", reason=reason, name=cn)
    out = signers.sign_pdf(w, meta, signer=_signer(cn))
    return out.getvalue()


def alter_signed(pdf_bytes, old, new):
    assert len(old) == len(new)
    assert pdf_bytes.count(old) == 1, (old, pdf_bytes.count(old))
    return pdf_bytes.replace(old, new)


def sig_intact(pdf_bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    r = PdfFileReader(io.BytesIO(pdf_bytes))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return bool(st.intact)


def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    return "\n".join((p.extract_text() or "") for p in r.pages)
