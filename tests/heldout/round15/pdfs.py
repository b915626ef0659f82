"""PDF / image helpers for round15 (fpdf2 + pyHanko)."""
import datetime as dt
import io
import os
import random
import tempfile

from fpdf import FPDF
from PIL import Image, ImageDraw

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
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Firma Personal Solicitante"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(key, hashes.SHA256()))
    d = tempfile.mkdtemp()
    kp, cp = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    _SIGNER = signers.SimpleSigner.load(kp, cp)
    return _SIGNER


def signature_image(seed=1):
    rnd = random.Random(seed)
    im = Image.new("RGB", (360, 120), "white")
    dr = ImageDraw.Draw(im)
    pts = [(20 + i * 11, 60 + rnd.randint(-30, 30)) for i in range(30)]
    dr.line(pts, fill=(20, 20, 90), width=3)
    dr.line([(15, 100), (340, 95)], fill=(20, 20, 90), width=2)
    return im


def text_pdf(lines, with_sig_image=False, seed=1):
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if with_sig_image:
        pdf.image(signature_image(seed), w=60)
    return bytes(pdf.output())


def scanned_pdf(seed=2):
    """A PDF that holds only an image (no text layer)."""
    rnd = random.Random(seed)
    im = Image.new("L", (1240, 1754), 245)
    dr = ImageDraw.Draw(im)
    y = 150
    for _ in range(28):
        x = 120
        while x < 1100:
            w = rnd.randint(30, 140)
            dr.line([(x, y), (x + w, y + rnd.randint(-3, 3))], fill=40, width=4)
            x += w + rnd.randint(15, 35)
        y += 50
    pts = [(700 + i * 14, 1600 + rnd.randint(-35, 35)) for i in range(25)]
    dr.line(pts, fill=20, width=5)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(im, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def jpeg_photo(seed=3):
    im = Image.new("RGB", (900, 1200), (250, 248, 240))
    dr = ImageDraw.Draw(im)
    rnd = random.Random(seed)
    for row in range(20):
        y = 100 + row * 45
        dr.line([(80, y), (80 + rnd.randint(400, 760), y + 2)], fill=(30, 30, 100), width=3)
    sig = signature_image(seed)
    im.paste(sig, (450, 1020))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=80)
    return b.getvalue()


def sign(pdf_bytes, name="Firma"):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name=name), signer=_signer())
    return out.getvalue()


def alter(signed, old, new):
    assert len(old) == len(new)
    assert signed.count(old) >= 1, old
    return signed.replace(old, new, 1)


def check_intact(b):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(b))
    s = r.embedded_signatures[0]
    st = validate_pdf_signature(s)
    return st.intact
