"""PDF / image helpers for build.py (round37)."""
import datetime
import io
import os
import random
import tempfile

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"

_KEYS = {}


def text_pdf(lines, title=None, sig_image=None, compress=True):
    """Text-layer PDF (core Helvetica, latin-1). Optionally embeds an image
    (a scanned handwritten signature) under the text."""
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.add_page()
    pdf.set_margins(22, 20, 22)
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 8, title, align="C")
        pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for line in lines:
        line.encode("latin-1")  # fail loudly on unsupported characters
        if line == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, line)
            pdf.ln(1)
    if sig_image is not None:
        pdf.ln(4)
        pdf.image(sig_image, x=pdf.get_x(), w=60)
    return bytes(pdf.output())


def _scribble(draw, x0, y0, w, h, seed):
    rnd = random.Random(seed)
    pts = []
    x = x0
    while x < x0 + w:
        pts.append((x, y0 + rnd.randint(0, h)))
        x += rnd.randint(8, 22)
    draw.line(pts, fill=(20, 30, 90), width=4)
    draw.line([(x0 - 10, y0 + h + 10), (x0 + w + 20, y0 + h - 5)], fill=(20, 30, 90), width=3)


def signature_png(seed):
    img = Image.new("RGB", (600, 200), "white")
    d = ImageDraw.Draw(img)
    _scribble(d, 40, 40, 500, 100, seed)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return Image.open(buf)


def scan_image(lines, seed, size=(1240, 1754)):
    """A 'photographed / scanned' handwritten letter as a PIL image."""
    rnd = random.Random(seed)
    img = Image.new("RGB", size, (246, 244, 236))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_HAND, 30)
    y = 120
    for line in lines:
        d.text((100 + rnd.randint(-6, 6), y), line, fill=(25, 25, 60), font=font)
        y += 52
    _scribble(d, 140, y + 60, 420, 90, seed)
    # a bit of noise, like a phone photo
    for _ in range(2500):
        x, yy = rnd.randrange(size[0]), rnd.randrange(size[1])
        img.putpixel((x, yy), (200, 198, 190))
    return img.rotate(rnd.uniform(-1.5, 1.5), fillcolor=(230, 228, 220))


def jpeg_bytes(img):
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=80)
    return buf.getvalue()


def image_only_pdf(img):
    """PDF holding only an image: no text layer."""
    pdf = FPDF(format="A4")
    pdf.set_producer("HP Scan")
    pdf.add_page()
    pdf.image(img, x=0, y=0, w=210)
    return bytes(pdf.output())


def _key_for(name):
    if name in _KEYS:
        return _KEYS[name]
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subj = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
    ])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subj).issuer_name(subj)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                     key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=False, crl_sign=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    d = tempfile.mkdtemp(prefix="r37sig")
    kp, cp = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    _KEYS[name] = (kp, cp)
    return kp, cp


def sign_pdf(pdf_bytes, signer_name):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    kp, cp = _key_for(signer_name)
    signer = signers.SimpleSigner.load(kp, cp, key_passphrase=None)
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="FirmaDigital", reason="Firma del recurso",
                                        location="Lima, Peru")
    out = signers.sign_pdf(w, meta, signer=signer)
    return out.getvalue()


def alter_signed(pdf_bytes, old, new):
    assert len(old) == len(new)
    assert pdf_bytes.count(old) >= 1, old
    i = pdf_bytes.index(old)
    return pdf_bytes[:i] + new + pdf_bytes[i + len(old):]


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
