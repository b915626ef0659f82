"""PDF / image helpers for build.py (round 32)."""
import datetime
import io
import random

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

_KEYS = {}


def _latin(s):
    return (s.replace("\u2014", "-").replace("\u2013", "-").replace("\u201c", '"')
             .replace("\u201d", '"').replace("\u2019", "'").replace("\u2026", "..."))


def text_pdf(lines, title=None, compress=True, image=None):
    """A text PDF (Helvetica). `image`: optional JPEG bytes placed at the bottom
    (a scanned handwritten signature)."""
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_creation_date(datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc))
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 8, _latin(title), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for ln in lines:
        if ln == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 6, _latin(ln), new_x="LMARGIN", new_y="NEXT")
    if image is not None:
        pdf.ln(6)
        pdf.image(io.BytesIO(image), w=60)
    return bytes(pdf.output())


def handwriting_jpeg(lines, seed=1, size=(1240, 1754), signature=True):
    """A fake photo/scan of a handwritten page: greyish paper, wobbly text, a scribble."""
    rnd = random.Random(seed)
    img = Image.new("RGB", size, (238, 236, 228))
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.load_default(size=34)
    except TypeError:
        font = ImageFont.load_default()
    y = 120
    for ln in lines:
        x = 90 + rnd.randint(-6, 6)
        d.text((x, y), ln, fill=(30, 30, 70), font=font)
        y += 58 + rnd.randint(-4, 4)
    if signature:
        y += 60
        pts = [(420 + i * 14, y + int(30 * rnd.uniform(-1, 1))) for i in range(26)]
        d.line(pts, fill=(20, 20, 90), width=4)
        d.line([(400, y + 50), (800, y + 46)], fill=(20, 20, 90), width=2)
    for _ in range(4000):  # paper noise
        px, py = rnd.randrange(size[0]), rnd.randrange(size[1])
        g = rnd.randint(180, 230)
        img.putpixel((px, py), (g, g, g))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=70)
    return out.getvalue()


def signature_jpeg(seed=2):
    rnd = random.Random(seed)
    img = Image.new("RGB", (600, 200), (255, 255, 255))
    d = ImageDraw.Draw(img)
    pts = [(40 + i * 20, 100 + int(45 * rnd.uniform(-1, 1))) for i in range(26)]
    d.line(pts, fill=(10, 10, 80), width=5)
    d.line([(30, 160), (560, 155)], fill=(10, 10, 80), width=2)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def image_only_pdf(jpeg):
    """A 'scanned' PDF: one page holding only an image, no text layer."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.image(io.BytesIO(jpeg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def _key_cert(cn):
    if cn in _KEYS:
        return _KEYS[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1500))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                           critical=True)
            .sign(key, hashes.SHA256()))
    _KEYS[cn] = (key, cert)
    return key, cert


def sign_pdf(pdf_bytes, cn):
    from asn1crypto import keys as a_keys, x509 as a_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key, cert = _key_cert(cn)
    a_cert = a_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    a_key = a_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=a_cert, signing_key=a_key,
                                  cert_registry=SimpleCertificateStore.from_certs([a_cert]))
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma1"), signer=signer)
    return out.getvalue()


def tamper(signed, old, new):
    """Replace bytes inside the signed range (same length) so the signature breaks."""
    assert len(old) == len(new)
    assert signed.count(old) >= 1, old
    return signed.replace(old, new, 1)


def sig_intact(pdf_bytes):
    """[(intact, valid)] for every embedded signature."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    res = []
    for s in r.embedded_signatures:
        st = validate_pdf_signature(s)
        res.append((st.intact, st.valid))
    return res


def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf_bytes)).pages)
