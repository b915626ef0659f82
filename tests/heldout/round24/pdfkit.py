"""PDF / image helpers for round24's build.py."""
import io, datetime, random
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from asn1crypto import x509 as ax509, keys as akeys
from pyhanko.sign import signers
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"


def _pdf(lines, sig_png=None):
    pdf = FPDF(format="A4")
    pdf.compress = False           # so an "altered" copy can change a word in place
    pdf.set_creation_date(datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_margins(20, 20, 20)
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln.startswith("# "):
            pdf.set_font("Helvetica", style="B", size=13)
            pdf.multi_cell(0, 7, ln[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=11)
        elif ln == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if sig_png is not None:
        pdf.ln(4)
        pdf.image(io.BytesIO(sig_png), w=55)
    return bytes(pdf.output())


def text_pdf(lines):
    return _pdf(lines)


def text_pdf_with_signature_image(lines, signer_name):
    return _pdf(lines, sig_png=scrawl_png(signer_name))


def _signer(cn, seed):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1000 + seed)
            .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    acert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    akey = akeys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return signers.SimpleSigner(signing_cert=acert, signing_key=akey,
                                cert_registry=SimpleCertificateStore.from_certs([acert])), acert


def signed_pdf(lines, cn, seed=0):
    data = _pdf(lines)
    signer, _ = _signer(cn, seed)
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma", reason="Firma del recurrente"),
                           signer=signer)
    return out.getvalue()


def altered_pdf(lines, cn, old, new, seed=0):
    assert len(old) == len(new)
    signed = signed_pdf(lines, cn, seed)
    assert signed.count(old.encode("latin-1")) >= 1, old
    return signed.replace(old.encode("latin-1"), new.encode("latin-1"), 1)


def sig_intact(data):
    r = PdfFileReader(io.BytesIO(data))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0], ValidationContext(allow_fetching=False))
    return st.intact


def _handwritten_image(lines, seed=1):
    rnd = random.Random(seed)
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_HAND, 30)
    y = 110
    for ln in lines:
        x = 90 + rnd.randint(-6, 6)
        d.text((x, y), ln, fill=rnd.randint(20, 60), font=font)
        y += 46 + rnd.randint(-3, 3)
    # a scrawled signature
    pts = [(700 + i * 12, y + 60 + int(25 * ((-1) ** i) * rnd.random())) for i in range(28)]
    d.line(pts, fill=25, width=4)
    for _ in range(4000):
        img.putpixel((rnd.randrange(W), rnd.randrange(H)), rnd.randint(150, 230))
    img = img.rotate(rnd.uniform(-1.2, 1.2), fillcolor=246).filter(ImageFilter.GaussianBlur(0.6))
    return img


def scan_jpeg(lines, seed=1):
    b = io.BytesIO()
    _handwritten_image(lines, seed).convert("RGB").save(b, "JPEG", quality=70)
    return b.getvalue()


def scan_png(lines, seed=1):
    b = io.BytesIO()
    _handwritten_image(lines, seed).save(b, "PNG", optimize=True)
    return b.getvalue()


def scan_pdf(lines, seed=1):
    """A PDF that holds only an image: no text layer."""
    jpg = scan_jpeg(lines, seed)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def scrawl_png(name, seed=7):
    rnd = random.Random(seed + len(name))
    img = Image.new("L", (480, 140), 255)
    d = ImageDraw.Draw(img)
    pts = [(20 + i * 15, 70 + int(40 * (rnd.random() - 0.5))) for i in range(30)]
    d.line(pts, fill=10, width=5)
    d.line([(30, 110), (440, 100)], fill=60, width=2)
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()
