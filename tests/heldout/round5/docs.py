"""Attachments for round 5: text PDFs, scanned images, signed / altered PDFs.

Used by build.py. Deterministic enough: the images are drawn from a seeded RNG.
"""
import datetime
import io
import math
import random
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw

KEYDIR = Path(__file__).with_name("_keys")


def text_pdf(lines, title=None, image_png=None):
    """A PDF with a text layer; optionally an embedded (signature) image at the end."""
    pdf = FPDF()
    pdf.set_compression(False)  # so the altered-signature case can edit the content stream
    pdf.set_title(title or "Documento")
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT", align="C")
        pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        if line == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    if image_png is not None:
        pdf.ln(4)
        pdf.image(io.BytesIO(image_png), w=60)
    return bytes(pdf.output())


def image_only_pdf(jpeg):
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(jpeg), x=0, y=0, w=210)
    return bytes(pdf.output())


def _squiggle(draw, x0, y0, seed, width=3):
    rnd = random.Random(seed)
    pts = []
    a, b, c = rnd.uniform(0.05, 0.12), rnd.uniform(0.15, 0.3), rnd.uniform(18, 30)
    for i in range(260):
        x = x0 + i * 1.3
        y = y0 + c * math.sin(i * a) * math.cos(i * b * 0.3) + rnd.uniform(-1.5, 1.5)
        pts.append((x, y))
    draw.line(pts, fill=(20, 30, 90), width=width)
    draw.line([(x0 + 20, y0 + 32), (x0 + 300, y0 + 26)], fill=(20, 30, 90), width=2)


def signature_png(seed):
    img = Image.new("RGB", (420, 120), (255, 255, 255))
    _squiggle(ImageDraw.Draw(img), 30, 55, seed)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def scanned_page_jpeg(seed, heading="", lines=14):
    """A grey 'photo of a paper': bars for text lines, a handwritten squiggle at the end.
    No text layer can ever be read from it."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (1240, 1754), (236, 233, 224))
    d = ImageDraw.Draw(img)
    if heading:
        d.text((480, 120), heading, fill=(40, 40, 40))
    y = 240
    for _ in range(lines):
        w = rnd.randint(700, 1050)
        d.rectangle([120, y, 120 + w, y + 14], fill=(95, 95, 95))
        y += rnd.randint(42, 60)
    _squiggle(d, 160, y + 120, seed, width=5)
    for _ in range(3000):  # scanner noise
        x, yy = rnd.randrange(1240), rnd.randrange(1754)
        d.point((x, yy), fill=(200, 198, 190))
    img = img.rotate(rnd.uniform(-1.2, 1.2), fillcolor=(236, 233, 224))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return buf.getvalue()


_signers = {}


def _signer(name):
    from pyhanko.sign import signers

    if name in _signers:
        return _signers[name]
    KEYDIR.mkdir(exist_ok=True)
    slug = "".join(c for c in name.lower() if c.isalnum())[:30]
    kf, cf = KEYDIR / f"{slug}.key.pem", KEYDIR / f"{slug}.cert.pem"
    if not kf.exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        subj = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                          x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
        now = datetime.datetime(2026, 9, 1, tzinfo=datetime.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=900))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False,
                                             False, False), critical=True)
                .sign(key, hashes.SHA256()))
        kf.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                         serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption()))
        cf.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(str(kf), str(cf), key_passphrase=None)
    _signers[name] = s
    return s


def sign_pdf(pdf_bytes, signer_name):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="Firma", reason="Firma del escrito")
    out = signers.sign_pdf(w, meta, signer=_signer(signer_name))
    return out.getvalue()


def alter_signed(pdf_bytes, old, new):
    """Change bytes inside the signed range (same length): the signature no longer verifies."""
    assert len(old) == len(new)
    assert pdf_bytes.count(old) == 1, (old, pdf_bytes.count(old))
    return pdf_bytes.replace(old, new)


def signature_state(pdf_bytes):
    """(has_signature, intact) as pyHanko sees it."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    r = PdfFileReader(io.BytesIO(pdf_bytes))
    sigs = r.embedded_signatures
    if not sigs:
        return False, None
    st = validate_pdf_signature(sigs[0])
    return True, bool(st.intact)


def pdf_text(pdf_bytes):
    from pypdf import PdfReader

    r = PdfReader(io.BytesIO(pdf_bytes))
    return "\n".join((p.extract_text() or "") for p in r.pages)


def pdf_has_image(pdf_bytes):
    from pypdf import PdfReader

    r = PdfReader(io.BytesIO(pdf_bytes))
    return any(len(p.images) for p in r.pages)
