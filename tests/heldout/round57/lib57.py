"""Helpers for round57's build.py: calendar, PDFs, signatures, images, e-mail."""
import datetime as dt
import io
import logging
import random
import warnings
from zoneinfo import ZoneInfo

import holidays

warnings.filterwarnings("ignore")
logging.disable(logging.CRITICAL)

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 31)}
PE = holidays.country_holidays("PE", years=[2026, 2027])

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


# ---------------------------------------------------------------- calendar
def is_business(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_business(d):
    d = d + dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_date(received):
    """received: aware datetime. INTAKE section 4."""
    local = received.astimezone(LIMA)
    d = local.date()
    if is_business(d) and local.time() < OFFICE_CLOSE:
        return d
    return next_business(d)


def add_business(d, n):
    """The n-th business day counted from the first business day after d."""
    for _ in range(n):
        d = next_business(d)
    return d


# ---------------------------------------------------------------- images
def scan_image(lines, seed=1, signature=True, width=1240, fmt="JPEG", tilt=0.6,
               font=FONT_HAND, size=30):
    """A page that looks photographed/scanned: text lines, noise, a scribbled signature."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    height = int(width * 1.35)
    img = Image.new("L", (width, height), 236)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(font, size)
    y = 90
    for line in lines:
        x = 80 + rnd.randint(-6, 6)
        d.text((x, y), line, fill=rnd.randint(25, 60), font=f)
        y += int(size * 1.55)
    if signature:
        sy = y + 60
        pts = []
        x = 140
        for i in range(28):
            x += rnd.randint(8, 22)
            pts.append((x, sy + rnd.randint(-38, 38)))
        d.line(pts, fill=20, width=4, joint="curve")
        d.line([(120, sy + 55), (520, sy + 50)], fill=60, width=2)
    for _ in range(2500):
        px, py = rnd.randrange(width), rnd.randrange(height)
        d.point((px, py), fill=rnd.randint(150, 220))
    img = img.rotate(tilt, expand=False, fillcolor=210).filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(out, "JPEG", quality=72)
    else:
        img.save(out, "PNG")
    return out.getvalue()


def signature_png(seed=3):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    img = Image.new("RGB", (420, 140), (255, 255, 255))
    d = ImageDraw.Draw(img)
    pts, x = [], 20
    for i in range(24):
        x += rnd.randint(10, 18)
        pts.append((x, 70 + rnd.randint(-45, 45)))
    d.line(pts, fill=(20, 30, 110), width=4, joint="curve")
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


# ---------------------------------------------------------------- PDFs
def _pdf():
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, 20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVuSerif", "", FONT_SERIF)
    return pdf


def text_pdf(text, font="DejaVu", size=11, sig_image=None, title=None):
    """A typed letter/form with a text layer; optionally a scanned signature image on it."""
    pdf = _pdf()
    pdf.set_title(title or "Documento")
    pdf.add_page()
    pdf.set_font(font, size=size)
    pdf.multi_cell(0, 6, text, align="L")
    if sig_image is not None:
        pdf.ln(4)
        pdf.image(io.BytesIO(sig_image), w=60)
    return bytes(pdf.output())


def core_text_pdf(text, size=11):
    """Helvetica, uncompressed content stream (literal strings): used for altering after signing."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=size)
    pdf.multi_cell(0, 6, text, align="L")
    return bytes(pdf.output())


def image_pdf(images):
    """A PDF that only holds page images: no text layer (a scan)."""
    pdf = _pdf()
    for im in images:
        pdf.add_page()
        pdf.image(io.BytesIO(im), x=0, y=0, w=210)
    return bytes(pdf.output())


_CERTS = {}


def _signer(cn, email):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from asn1crypto import keys as akeys, x509 as ax509
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    if cn in _CERTS:
        return _CERTS[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
        x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
    ])
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    acert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    akey = akeys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    s = SimpleSigner(signing_cert=acert, signing_key=akey,
                     cert_registry=SimpleCertificateStore.from_certs([acert]))
    _CERTS[cn] = s
    return s


def sign_pdf(raw, cn, email, reason="Firma del documento"):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    meta = signers.PdfSignatureMetadata(field_name="Firma1", reason=reason, name=cn)
    return signers.sign_pdf(w, meta, signer=_signer(cn, email)).getvalue()


def alter(signed, old, new):
    assert len(old) == len(new)
    assert signed.count(old) >= 1, old
    return signed.replace(old, new, 1)


# ---------------------------------------------------------------- checking attachments
def pdf_facts(raw):
    """(has_sig, intact, has_text, has_image, text) as INTAKE's firma rule needs."""
    import pypdf
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = pdf_reader = pypdf.PdfReader(io.BytesIO(raw))
    text = "\n".join((p.extract_text() or "") for p in r.pages)
    has_image = any(len(p.images) > 0 for p in r.pages)
    sigs = PdfFileReader(io.BytesIO(raw), strict=False).embedded_signatures
    has_sig, intact = bool(sigs), None
    if sigs:
        intact = validate_pdf_signature(sigs[0]).intact
    return has_sig, intact, bool(text.strip()), has_image, text


def firma_status(attachments):
    """INTAKE section 3, computed from the real bytes."""
    found = set()
    for name, ctype, data in attachments:
        if ctype.startswith("image/"):
            found.add("manuscrita")
        elif ctype == "application/pdf":
            has_sig, intact, has_text, has_image, _ = pdf_facts(data)
            if has_sig:
                found.add("valid" if intact else "invalid")
            elif (not has_text) or has_image:
                found.add("manuscrita")
    for s in ("valid", "invalid", "manuscrita"):
        if s in found:
            return s
    return "absent"
