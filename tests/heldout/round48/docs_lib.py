"""Helpers for round48: calendar arithmetic and attachment makers (PDF, signed PDF,
altered PDF, scanned PDF, photos).  Used by build.py."""
import datetime as dt
import io
import os
import random
import tempfile
from zoneinfo import ZoneInfo

import holidays

import tomllib

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "config.toml"), "rb") as _f:
    _CAL = tomllib.load(_f)["calendar"]
LIMA = ZoneInfo(_CAL["timezone"])
OFFICE_CLOSE = (dt.time.fromisoformat(_CAL["office_close"])
                if _CAL.get("office_close") else None)
NON_WORKING = {dt.date.fromisoformat(d) for d in _CAL.get("non_working_days", [])}
PE = holidays.country_holidays("PE", years=[2026, 2027])


def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_bd(d):
    d = d + dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def add_bd(d, n):
    """The n-th business day counted from the first business day after d."""
    for _ in range(n):
        d = next_bd(d)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_bd(d) and (OFFICE_CLOSE is None or loc.time() < OFFICE_CLOSE):
        return d
    return next_bd(d)


# ---------------------------------------------------------------- PDFs
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HAND_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"


def _fpdf(lines, title=None, sig_image=None, compress=True):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 9, title, new_x="LMARGIN", new_y="NEXT", align="C")
        pdf.ln(3)
        pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln == "":
            pdf.ln(4)
        elif len(ln) > 85:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if sig_image is not None:
        pdf.ln(4)
        pdf.image(sig_image, w=60)
    return bytes(pdf.output())


def text_pdf(lines, title=None):
    """A PDF with a text layer only: no image, no digital signature."""
    return _fpdf(lines, title)


def text_pdf_with_signature_image(lines, title=None, signer_name="x"):
    img = signature_png(signer_name)
    return _fpdf(lines, title, sig_image=io.BytesIO(img))


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
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Firmante de prueba round48"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(4848)
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=True,
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
    _SIGNER = signers.SimpleSigner.load(kp, cp)
    return _SIGNER


def _sign(data):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    meta = signers.PdfSignatureMetadata(field_name="Firma1", reason="Firma del recurso")
    out = signers.sign_pdf(w, meta, signer=_signer())
    return out.getvalue()


def signed_pdf(lines, title=None):
    return _sign(_fpdf(lines, title, compress=False))


def altered_pdf(lines, old, new, title=None):
    """Sign, then replace bytes of the same length inside the signed range."""
    assert len(old) == len(new)
    data = _sign(_fpdf(lines, title, compress=False))
    ob = old.encode("latin-1")
    assert data.count(ob) == 1, (old, data.count(ob))
    return data.replace(ob, new.encode("latin-1"))


def sig_status(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return st.intact and st.valid


def _hand_image(lines, w=1240, rot=True, seed=1):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    h = 120 + 52 * len(lines) + 160
    img = Image.new("L", (w, h), 247)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(HAND_FONT, 30)
    y = 70
    for ln in lines:
        d.text((70 + rnd.randint(-6, 6), y), ln, fill=rnd.randint(20, 60), font=font)
        y += 52
    # a scribbled signature
    x0, y0 = 700, y + 40
    pts = [(x0 + i * 9, y0 + int(25 * ((-1) ** i) * rnd.random())) for i in range(40)]
    d.line(pts, fill=30, width=3)
    for _ in range(1500):
        img.putpixel((rnd.randrange(w), rnd.randrange(h)), rnd.randint(170, 230))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    if rot:
        img = img.rotate(0.8, expand=False, fillcolor=240)
    return img.convert("RGB")


def scan_jpeg(lines, seed=1):
    buf = io.BytesIO()
    _hand_image(lines, seed=seed).save(buf, "JPEG", quality=70)
    return buf.getvalue()


def scan_png(lines, seed=1):
    buf = io.BytesIO()
    _hand_image(lines, seed=seed).save(buf, "PNG")
    return buf.getvalue()


def scan_pdf(lines, seed=1):
    """A PDF that holds only a page image (no text layer)."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(scan_jpeg(lines, seed)), x=0, y=0, w=210)
    return bytes(pdf.output())


def signature_png(name, seed=7):
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    img = Image.new("RGB", (600, 160), "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(HAND_FONT, 40)
    d.text((30, 40), name, fill=(20, 20, 90), font=font)
    pts = [(30 + i * 14, 120 + rnd.randint(-12, 12)) for i in range(35)]
    d.line(pts, fill=(20, 20, 90), width=3)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def pdf_text(data):
    from pypdf import PdfReader
    return "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages)


def pdf_has_image(data):
    from pypdf import PdfReader
    for p in PdfReader(io.BytesIO(data)).pages:
        if p.images:
            return True
    return False
