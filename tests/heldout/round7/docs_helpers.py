"""Attachment makers for round7: text PDFs, signed / altered PDFs, scans."""
import io
import os
import random
import tempfile
import datetime as dt
import logging

logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

_SAN = {"\u2013": "-", "\u2014": "-", "\u201c": '"', "\u201d": '"', "\u2018": "'",
        "\u2019": "'", "\u2026": "...", "\u00a0": " "}


def _latin1(s):
    for a, b in _SAN.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def signature_png(name, seed=0):
    """A scribble that looks like a handwritten signature."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (420, 140), "white")
    d = ImageDraw.Draw(img)
    x, y = 20, 80
    pts = []
    for i in range(38):
        x += rnd.randint(6, 12)
        y = 70 + int(35 * rnd.uniform(-1, 1))
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 120), width=3)
    d.line([(30, 110), (380, 100)], fill=(20, 30, 120), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def text_pdf(text, title=None, sig_image=None, sig_name=None):
    """A text-layer PDF (uncompressed streams so bytes can be altered later)."""
    pdf = FPDF(format="A4")
    pdf.compress = False
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, _latin1(title), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica", size=10.5)
    for para in text.split("\n"):
        if para.strip() == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 5.6, _latin1(para), new_x="LMARGIN", new_y="NEXT")
    if sig_image is not None:
        pdf.ln(6)
        pdf.image(io.BytesIO(sig_image), w=55)
    if sig_name:
        pdf.set_font("Helvetica", size=10.5)
        pdf.multi_cell(0, 5.6, _latin1(sig_name), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scan_image(text, seed=1, fmt="JPEG", with_sig=True):
    """A photographed / scanned page: text only as pixels."""
    rnd = random.Random(seed)
    W, H = 1240, 1754
    img = Image.new("RGB", (W, H), (246, 244, 238))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_SERIF, 26)
    y = 120
    for line in text.split("\n"):
        d.text((110 + rnd.randint(-2, 2), y), line, fill=(35, 35, 40), font=f)
        y += 40
    if with_sig:
        sig = Image.open(io.BytesIO(signature_png("x", seed))).convert("RGB")
        img.paste(sig, (150, y + 40))
    img = img.rotate(rnd.uniform(-1.2, 1.2), expand=False, fillcolor=(230, 228, 220))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=70)
    else:
        img.save(buf, fmt)
    return buf.getvalue()


def image_only_pdf(text, seed=2):
    """A scanned letter as a PDF holding only an image (no text layer)."""
    jpg = scan_image(text, seed=seed)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


_KEYS = {}


def _signer_files(cn):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    if cn in _KEYS:
        return _KEYS[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False,
                                         False, False), critical=True)
            .sign(key, hashes.SHA256()))
    d = tempfile.mkdtemp(prefix="r7sig")
    kp, cp = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    with open(kp, "wb") as fh:
        fh.write(key.private_bytes(serialization.Encoding.PEM,
                                   serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()))
    with open(cp, "wb") as fh:
        fh.write(cert.public_bytes(serialization.Encoding.PEM))
    _KEYS[cn] = (kp, cp)
    return kp, cp


def sign_pdf(pdf_bytes, cn):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    kp, cp = _signer_files(cn)
    signer = signers.SimpleSigner.load(kp, cp)
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="Firma1", name=cn,
                                        reason="Firma del recurrente")
    out = signers.sign_pdf(w, meta, signer=signer)
    return out.getvalue()


def alter_signed(signed, old, new):
    assert len(old) == len(new)
    assert signed.count(old) >= 1, old
    i = signed.index(old)
    return signed[:i] + new + signed[i + len(old):]


def sig_intact(pdf_bytes):
    """None if no signature, else True/False."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return bool(st.intact and st.valid)


def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    return "\n".join((p.extract_text() or "") for p in r.pages)


def pdf_has_image(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    for p in r.pages:
        if list(p.images):
            return True
    return False
