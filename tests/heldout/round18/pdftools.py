"""PDF / image helpers for build.py (round 18).

text_pdf     -> PDF with a text layer only (no image, no signature)
image_pdf    -> PDF holding only a scanned-looking image (no text layer)
text_img_pdf -> PDF with text plus an embedded image of a handwritten signature
signed_pdf   -> text PDF digitally signed with pyHanko (self-signed certificate)
altered_pdf  -> signed PDF whose signed bytes were changed afterwards
scan_jpeg    -> JPEG "photo" of a handwritten letter
"""
import datetime
import io
import os
import random
import logging

logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"
_FIXED = datetime.datetime(2026, 11, 20, 12, 0, 0)


def _pdf(title=None, core=False):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(_FIXED)
    pdf.compress = False
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    if core:
        pdf.set_font("Helvetica", size=11)
    else:
        pdf.add_font("DejaVu", "", FONT)
        pdf.set_font("DejaVu", size=11)
    if title:
        pdf.set_title(title)
    return pdf


def _write_lines(pdf, lines):
    for ln in lines:
        if ln == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")


def text_pdf(lines, title=None, core=False):
    pdf = _pdf(title, core)
    _write_lines(pdf, lines)
    return bytes(pdf.output())


def _scribble(seed, w=360, h=110):
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    x, y = 15, h // 2
    pts = [(x, y)]
    for _ in range(28):
        x += rnd.randint(6, 16)
        y = max(10, min(h - 10, y + rnd.randint(-30, 30)))
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110), width=3)
    d.line([(20, h - 18), (w - 30, h - 24)], fill=(20, 30, 110), width=2)
    return img


def _letter_image(lines, seed, signature=True):
    rnd = random.Random(seed)
    W, H = 1240, 1754
    img = Image.new("RGB", (W, H), (248, 246, 240))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_I, 30)
    y = 110
    for ln in lines:
        if ln:
            d.text((100 + rnd.randint(-4, 4), y), ln, fill=(30, 30, 60), font=font)
        y += 46
    if signature:
        img.paste(_scribble(seed), (140, y + 30))
    img = img.rotate(rnd.uniform(-1.2, 1.2), fillcolor=(235, 235, 230))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img


def scan_jpeg(lines, seed=1):
    buf = io.BytesIO()
    _letter_image(lines, seed).save(buf, "JPEG", quality=72)
    return buf.getvalue()


def image_pdf(lines, seed=2):
    img = _letter_image(lines, seed)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    buf.seek(0)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(_FIXED)
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def text_img_pdf(lines, seed=3, after=()):
    pdf = _pdf()
    _write_lines(pdf, lines)
    buf = io.BytesIO()
    _scribble(seed).save(buf, "PNG")
    buf.seek(0)
    pdf.image(buf, w=60)
    _write_lines(pdf, list(after))
    return bytes(pdf.output())


# ---------------------------------------------------------------- signing
_SIGNER = None


def _signer():
    global _SIGNER
    if _SIGNER is not None:
        return _SIGNER
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Firma de prueba r18"),
        x509.NameAttribute(NameOID.COMMON_NAME, "Solicitante de prueba"),
    ])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(18018018)
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    import tempfile
    d = tempfile.mkdtemp(prefix="r18keys-")
    kp, cp = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    _SIGNER = signers.SimpleSigner.load(kp, cp)
    return _SIGNER


def signed_pdf(lines, title=None, core=False):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    base = text_pdf(lines, title, core)
    w = IncrementalPdfFileWriter(io.BytesIO(base))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma"), signer=_signer())
    return out.getvalue()


def altered_pdf(lines, old, new, title=None):
    """Sign, then replace `old` by `new` (same length) inside the signed content stream."""
    assert len(old) == len(new)
    data = signed_pdf(lines, title, core=True)  # core font: text is literal in the stream
    idx = data.find(old)
    assert idx > 0, "pattern not found in signed pdf"
    data = data[:idx] + new + data[idx + len(old):]
    return data


def sig_status(data):
    """(has_signature, intact) using pyhanko."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data), strict=False)
    if not r.embedded_signatures:
        return (False, None)
    st = validate_pdf_signature(r.embedded_signatures[0])
    return (True, st.intact)
