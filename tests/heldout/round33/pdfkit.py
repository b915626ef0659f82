"""PDF / image helpers for round33: text PDFs, scans, digital signatures."""
import datetime as dt
import logging
logging.disable(logging.CRITICAL)
import warnings
warnings.filterwarnings("ignore")
import io
import os
import random
import tempfile

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
HAND_FONT = os.path.join(FONT_DIR, "DejaVuSerifCondensed-Italic.ttf")


def _latin1(s):
    return s.encode("latin-1").decode("latin-1")  # raise early on non latin-1 text


def signature_png(seed=1, w=360, h=110):
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    pts = []
    x = 15
    while x < w - 20:
        pts.append((x, h / 2 + rnd.randint(-38, 38)))
        x += rnd.randint(8, 22)
    d.line(pts, fill=(20, 30, 120), width=3)
    d.line([(20, h - 18), (w - 40, h - 24)], fill=(20, 30, 120), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def text_pdf(lines, title=None, sig_image_seed=None, signer_line=None):
    """A PDF with a text layer. Optionally with an embedded signature image."""
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.set_creator("LibreOffice Writer")
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 8, _latin1(title), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 6, _latin1(ln), new_x="LMARGIN", new_y="NEXT")
    if sig_image_seed is not None:
        pdf.ln(6)
        png = signature_png(sig_image_seed)
        pdf.image(io.BytesIO(png), w=60)
    if signer_line:
        pdf.ln(2)
        pdf.multi_cell(0, 6, _latin1(signer_line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scan_image(lines, seed=3, fmt="JPEG", size=(1240, 1754)):
    """A 'photographed / scanned' handwritten-looking page."""
    rnd = random.Random(seed)
    img = Image.new("RGB", size, (246, 244, 236))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(HAND_FONT, 34)
    y = 140
    for ln in lines:
        d.text((110 + rnd.randint(-6, 6), y), ln, fill=(25, 35, 90), font=font)
        y += 58 if ln else 30
    # a hand signature
    pts = []
    x = 140
    while x < 560:
        pts.append((x, y + 90 + rnd.randint(-45, 45)))
        x += rnd.randint(12, 30)
    d.line(pts, fill=(20, 30, 120), width=4)
    # noise, slight rotation to look scanned
    for _ in range(2500):
        d.point((rnd.randrange(size[0]), rnd.randrange(size[1])), fill=(200, 198, 190))
    img = img.rotate(rnd.uniform(-1.2, 1.2), expand=False, fillcolor=(246, 244, 236))
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=70)
    else:
        img.save(buf, fmt)
    return buf.getvalue()


def image_only_pdf(lines, seed=5):
    """A PDF holding only a scanned page image: no text layer."""
    jpg = scan_image(lines, seed=seed, fmt="JPEG")
    pdf = FPDF()
    pdf.set_creator("HP Scan")
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


# ---------------------------------------------------------------- signatures
_SIGNERS = {}


def _signer(cn):
    if cn in _SIGNERS:
        return _SIGNERS[cn]
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ])
    now = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=900))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    tmp = tempfile.mkdtemp()
    kp, cp = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kp, cp, key_passphrase=None)
    _SIGNERS[cn] = s
    return s


def sign_pdf(pdf_bytes, cn):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="FirmaDigital", reason="Firma del recurso",
                                        location="Lima, Peru")
    out = signers.sign_pdf(w, meta, signer=_signer(cn))
    return out.getvalue()


def signature_intact(pdf_bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    r = PdfFileReader(io.BytesIO(pdf_bytes))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return bool(st.intact)


def tamper(signed, old, new):
    """Change bytes inside the signed range (same length) -> signature no longer verifies."""
    old_b, new_b = old.encode("latin-1"), new.encode("latin-1")
    assert len(old_b) == len(new_b)
    assert signed.count(old_b) == 1, (old, signed.count(old_b))
    out = signed.replace(old_b, new_b)
    assert signature_intact(out) is False
    return out


def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    return "\n".join((p.extract_text() or "") for p in r.pages)
