"""Helpers for build.py: calendar, PDFs (text, image-only, text+image, signed, altered), images."""
import io, os, datetime as dt, tempfile, re
from zoneinfo import ZoneInfo
import holidays

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
_PE = holidays.country_holidays("PE", years=[2026, 2027])


def is_business(d):
    return d.weekday() < 5 and d not in _PE and d not in NON_WORKING


def next_business(d):
    d = d + dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_business(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_business(d)


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


def notif_limit(notif):
    """15th business day counted from the day after the notification."""
    return add_business(notif, 15)


# ---------------------------------------------------------------- PDFs
def _latin(s):
    return (s.replace("\u2013", "-").replace("\u2014", "-").replace("\u201c", '"')
             .replace("\u201d", '"').replace("\u2019", "'"))


def text_pdf(text, compress=True, image_png=None, title_bold_first=True):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pages = _latin(text).split("\f")
    for i, page in enumerate(pages):
        if i:
            pdf.add_page()
        lines = page.strip("\n").split("\n")
        first = True
        for ln in lines:
            if first and title_bold_first:
                pdf.set_font("Helvetica", "B", 12)
                pdf.multi_cell(0, 7, ln, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
                first = False
                continue
            pdf.set_font("Helvetica", "", 11)
            if ln.strip() == "":
                pdf.ln(4)
            else:
                pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if image_png is not None:
        pdf.ln(4)
        pdf.image(io.BytesIO(image_png), w=60)
    return bytes(pdf.output())


def image_pdf(png_bytes):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(png_bytes), x=8, y=8, w=194)
    return bytes(pdf.output())


def handwriting_png(lines, width=1240, height=1600, fmt="PNG", rotate=0.0, signature=True):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    img = Image.new("RGB", (width, height), (246, 244, 236))
    dr = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", 30)
    except Exception:
        font = ImageFont.load_default()
    y = 90
    for ln in lines:
        dr.text((80, y), ln, fill=(25, 30, 90), font=font)
        y += 46
    if signature:
        # a scribbled signature
        import math
        pts = []
        for i in range(220):
            x = 200 + i * 2.2
            yy = y + 80 + 28 * math.sin(i / 9.0) + 12 * math.sin(i / 2.7)
            pts.append((x, yy))
        dr.line(pts, fill=(15, 20, 70), width=4)
        dr.line([(180, y + 130), (720, y + 120)], fill=(15, 20, 70), width=2)
    if rotate:
        img = img.rotate(rotate, expand=False, fillcolor=(230, 230, 230))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    if fmt == "JPEG":
        img.save(out, "JPEG", quality=72)
    else:
        img.save(out, "PNG")
    return out.getvalue()


def signature_png():
    from PIL import Image, ImageDraw
    import math
    img = Image.new("RGB", (600, 200), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    pts = [(40 + i * 2.3, 100 + 40 * math.sin(i / 8.0) + 15 * math.sin(i / 3.1)) for i in range(220)]
    dr.line(pts, fill=(10, 10, 80), width=5)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


# ---------------------------------------------------------------- signing
_CERT_DIR = tempfile.mkdtemp(prefix="r47cert")


def _make_cert(cn):
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    slug = re.sub(r"[^A-Za-z0-9]+", "_", cn)
    kp = os.path.join(_CERT_DIR, slug + ".key.pem")
    cp = os.path.join(_CERT_DIR, slug + ".cert.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    return kp, cp


def sign_pdf(pdf_bytes, cn):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    kp, cp = _make_cert(cn)
    signer = signers.SimpleSigner.load(kp, cp)
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma", reason="Firma del recurrente"),
                           signer=signer)
    return out.getvalue()


def alter_signed(signed_bytes, old, new):
    assert len(old) == len(new)
    ob, nb = old.encode("latin-1"), new.encode("latin-1")
    i = signed_bytes.find(ob)
    assert i >= 0, "word not found in (uncompressed) content stream"
    return signed_bytes[:i] + nb + signed_bytes[i + len(ob):]


def sig_intact(pdf_bytes):
    import logging
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return bool(st.intact)


def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    return "\n".join((p.extract_text() or "") for p in r.pages)
