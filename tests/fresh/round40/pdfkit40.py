"""PDF / image helpers for round40's build.py (text PDFs, scans, signed and altered PDFs)."""
import datetime as dt
import io
import os
import random
import tempfile

from fpdf import FPDF
from PIL import Image, ImageDraw

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.validation import validate_pdf_signature

_KEYDIR = tempfile.mkdtemp(prefix="r40keys")
_SIGNERS = {}


def _signer(cn):
    if cn in _SIGNERS:
        return _SIGNERS[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kp = os.path.join(_KEYDIR, f"{len(_SIGNERS)}.key")
    cp = os.path.join(_KEYDIR, f"{len(_SIGNERS)}.crt")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kp, cp)
    _SIGNERS[cn] = s
    return s


def scribble(w=360, h=110, seed=1):
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    x, y = 15, h // 2
    pts = [(x, y)]
    for _ in range(28):
        x += rnd.randint(6, 14)
        y = max(10, min(h - 10, y + rnd.randint(-25, 25)))
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 120), width=3)
    d.line([(20, h - 18), (w - 30, h - 22)], fill=(20, 30, 120), width=2)
    return im


def handwritten_page(lines, seed=3, size=(1240, 1754), fmt="JPEG"):
    """A 'scanned' letter: an image with wobbly text lines and a scribbled signature."""
    rnd = random.Random(seed)
    im = Image.new("RGB", size, (246, 244, 236))
    d = ImageDraw.Draw(im)
    y = 120
    for ln in lines:
        d.text((110 + rnd.randint(-6, 6), y), ln, fill=(30, 30, 60))
        y += 44 + rnd.randint(-4, 4)
    im.paste(scribble(seed=seed), (700, y + 60))
    im = im.rotate(rnd.uniform(-1.2, 1.2), fillcolor=(200, 200, 200))
    buf = io.BytesIO()
    im.save(buf, fmt, quality=70) if fmt == "JPEG" else im.save(buf, fmt)
    return buf.getvalue()


def text_pdf(lines, title=None, sig_image=False, seed=5, compress=False):
    pdf = FPDF()
    pdf.set_compression(compress)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("Helvetica", size=11)
    for ln in lines:
        pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if sig_image:
        buf = io.BytesIO()
        scribble(seed=seed).save(buf, "PNG")
        buf.seek(0)
        pdf.ln(4)
        pdf.image(buf, x=pdf.l_margin, w=60)
    return bytes(pdf.output())


def image_pdf(lines, seed=7):
    """PDF holding only an image (scanned page), no text layer."""
    jpg = handwritten_page(lines, seed=seed)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210)
    return bytes(pdf.output())


def sign_pdf(data, cn):
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    meta = signers.PdfSignatureMetadata(field_name="Firma1", reason="Firma del recurso")
    out = signers.sign_pdf(w, meta, signer=_signer(cn))
    return out.getvalue()


def alter(signed, old, new):
    assert len(old) == len(new)
    i = signed.find(old)
    assert i >= 0, old
    return signed[:i] + new + signed[i + len(old):]


def sig_intact(data):
    r = PdfFileReader(io.BytesIO(data))
    st = validate_pdf_signature(r.embedded_signatures[0])
    return st.intact
