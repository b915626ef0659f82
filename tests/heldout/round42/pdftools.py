"""PDF / image helpers for round42's build.py (fpdf2 + pyHanko + Pillow)."""
import datetime as dt
import io
import os
import random
import tempfile

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"
FONT_SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"


def text_pdf(title, paragraphs, signature_png=None, compress=True):
    """A text PDF (core font Helvetica, latin-1). Optionally embeds a PNG
    (a scanned signature) below the text."""
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_creation_date(dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc))
    pdf.add_page()
    pdf.set_margins(22, 20, 22)
    pdf.set_font("Helvetica", "B", 13)
    if title:
        pdf.multi_cell(0, 8, title, align="C")
        pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for p in paragraphs:
        if p == "":
            pdf.ln(4)
            continue
        pdf.multi_cell(0, 6, p)
        pdf.ln(2)
    if signature_png is not None:
        pdf.ln(4)
        pdf.image(io.BytesIO(signature_png), w=60)
    return bytes(pdf.output())


def image_pdf(png_bytes):
    """A 'scanned' PDF: one page holding only an image, no text layer."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc))
    pdf.add_page()
    pdf.image(io.BytesIO(png_bytes), x=10, y=10, w=190)
    return bytes(pdf.output())


def handwritten_page(lines, seed=1, fmt="PNG", size=(1240, 1754)):
    """A page of 'handwriting' (italic serif with jitter), a scribbled
    signature at the end, slight grey paper and blur like a phone photo."""
    rnd = random.Random(seed)
    img = Image.new("RGB", size, (246, 244, 236))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_HAND, 30)
    y = 120
    for ln in lines:
        x = 90 + rnd.randint(-6, 6)
        d.text((x, y), ln, font=font, fill=(20, 30, 90))
        y += 52 + rnd.randint(-4, 4)
    # signature scribble
    y += 40
    pts = []
    x = 160
    for i in range(28):
        pts.append((x + i * 14 + rnd.randint(-5, 5), y + rnd.randint(-28, 28)))
    d.line(pts, fill=(15, 20, 80), width=4)
    d.line([(140, y + 45), (560, y + 40)], fill=(15, 20, 80), width=2)
    img = img.rotate(rnd.uniform(-1.2, 1.2), expand=False, fillcolor=(230, 228, 220))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    if fmt == "JPEG":
        img.save(out, "JPEG", quality=82)
    else:
        img.save(out, "PNG")
    return out.getvalue()


def signature_png(seed=3):
    rnd = random.Random(seed)
    img = Image.new("RGB", (520, 180), (255, 255, 255))
    d = ImageDraw.Draw(img)
    pts = [(30 + i * 16 + rnd.randint(-6, 6), 90 + rnd.randint(-45, 45)) for i in range(28)]
    d.line(pts, fill=(10, 10, 60), width=5)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def photo_jpeg(caption_lines, seed=5):
    """A JPEG 'photo' of a document (e.g. a police report)."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (1000, 1300), (235, 235, 228))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_SANS, 26)
    y = 80
    for ln in caption_lines:
        d.text((70, y), ln, font=font, fill=(30, 30, 30))
        y += 44
    img = img.rotate(rnd.uniform(-2, 2), fillcolor=(90, 80, 70))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=78)
    return out.getvalue()


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
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Firma Personal (autofirmado)"),
        x509.NameAttribute(NameOID.COMMON_NAME, "Solicitante - firma digital de prueba"),
    ])
    now = dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(4242)
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    tmp = tempfile.mkdtemp(prefix="r42sig")
    kp, cp = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    _SIGNER = signers.SimpleSigner.load(kp, cp)
    return _SIGNER


def sign(pdf_bytes, reason="Firma del recurrente"):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = signers.sign_pdf(
        w, signers.PdfSignatureMetadata(field_name="Firma1", reason=reason),
        signer=_signer())
    return out.getvalue()


def tamper(signed, old, new):
    """Change bytes inside the signed range (same length)."""
    assert len(old) == len(new)
    i = signed.find(old)
    assert i >= 0, old
    return signed[:i] + new + signed[i + len(old):]


def signature_intact(pdf_bytes):
    """None if no signature; else True/False for 'intact'."""
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


def pdf_has_image(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    return any(len(p.images) for p in r.pages)
