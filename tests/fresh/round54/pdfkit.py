"""PDF / image helpers for build.py (round 54)."""
import datetime as dt
import logging
import io
import os
import random
import tempfile

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_CERT_CACHE = {}


def text_pdf(lines, title=None, embed_image=None):
    """A text-layer PDF (core Helvetica, latin-1, uncompressed streams).
    embed_image: optional PNG bytes placed at the bottom (a pasted signature)."""
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    pdf.set_creator("Writer")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for ln in lines:
        if ln == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if embed_image is not None:
        pdf.ln(4)
        pdf.image(io.BytesIO(embed_image), w=50)
    return bytes(pdf.output())


def _hand_font(size):
    return ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"), size)


def scribble(seed=1, w=420, h=120):
    """A PNG with a scribbled signature."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    pts = []
    x = 20
    while x < w - 20:
        pts.append((x, rnd.randint(25, h - 25)))
        x += rnd.randint(12, 30)
    d.line(pts, fill=(20, 30, 120), width=3)
    d.line([(15, h - 20), (w - 40, h - 28)], fill=(20, 30, 120), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def handwritten_image(lines, seed=1, fmt="JPEG", size=(1240, 1754)):
    """A 'photo' of a handwritten letter: no text layer anywhere."""
    rnd = random.Random(seed)
    img = Image.new("RGB", size, (246, 244, 236))
    d = ImageDraw.Draw(img)
    font = _hand_font(30)
    y = 90
    for ln in lines:
        x = 80 + rnd.randint(-6, 6)
        d.text((x, y), ln, fill=(25, 35, 110), font=font)
        y += 46 + rnd.randint(-3, 3)
    sig = Image.open(io.BytesIO(scribble(seed))).convert("RGB")
    img.paste(sig, (120, min(y + 40, size[1] - 160)))
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=70)
    else:
        img.save(buf, "PNG")
    return buf.getvalue()


def image_only_pdf(lines, seed=1):
    """A 'scanned' PDF: one page that is only a picture, no text layer."""
    jpg = handwritten_image(lines, seed=seed, fmt="JPEG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def _cert(cn):
    if cn in _CERT_CACHE:
        return _CERT_CACHE[cn]
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    tmp = tempfile.mkdtemp()
    kp, cp = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    _CERT_CACHE[cn] = (kp, cp)
    return kp, cp


def sign(pdf_bytes, cn):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    kp, cp = _cert(cn)
    signer = signers.SimpleSigner.load(kp, cp)
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="Firma1")
    out = signers.sign_pdf(w, meta, signer=signer)
    return out.getvalue()


def alter(signed, old, new):
    assert len(old) == len(new), (old, new)
    assert signed.count(old) == 1, (old, signed.count(old))
    return signed.replace(old, new)


def check_signature(pdf_bytes):
    """Return 'valid' / 'invalid' / None (no signature)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    logging.disable(logging.CRITICAL)
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return "valid" if st.intact and st.valid else "invalid"


def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    return "\n".join((p.extract_text() or "") for p in r.pages)


def pdf_has_image(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    for p in r.pages:
        if len(p.images):
            return True
    return False
