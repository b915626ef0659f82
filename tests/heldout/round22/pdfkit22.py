"""PDF helpers for round22: text PDFs, scans, logo letterheads, digital signatures."""
import io, random, datetime
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
from pyhanko_certvalidator.registry import SimpleCertificateStore

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def text_pdf(lines, title=None, logo_png=None, compress=True):
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    if logo_png is not None:
        pdf.image(io.BytesIO(logo_png), x=15, y=10, w=28)
        pdf.set_y(42)
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def logo_png(initials, color=(20, 60, 120)):
    im = Image.new("RGB", (240, 240), "white")
    d = ImageDraw.Draw(im)
    d.ellipse((8, 8, 232, 232), outline=color, width=10)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 70)
    w = d.textlength(initials, font=f)
    d.text(((240 - w) / 2, 78), initials, fill=color, font=f)
    b = io.BytesIO(); im.save(b, "PNG"); return b.getvalue()


def handwritten_jpeg(lines, seed=1, signer="", size=(1240, 1754)):
    rnd = random.Random(seed)
    im = Image.new("L", size, 246)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSans-Oblique.ttf", 30)
    y = 120
    for ln in lines:
        d.text((110 + rnd.randint(-6, 6), y), ln, fill=rnd.randint(20, 60), font=f)
        y += 52
    # scribbled signature
    x0, y0 = 160, y + 70
    pts = [(x0, y0)]
    for i in range(28):
        pts.append((x0 + 14 * i + rnd.randint(-6, 6), y0 + rnd.randint(-40, 40)))
    d.line(pts, fill=25, width=4)
    d.line((140, y0 + 60, 620, y0 + 60), fill=60, width=2)
    if signer:
        d.text((160, y0 + 75), signer, fill=40, font=ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 26))
    # scanner noise
    px = im.load()
    for _ in range(9000):
        px[rnd.randrange(size[0]), rnd.randrange(size[1])] = rnd.randint(150, 220)
    im = im.rotate(rnd.uniform(-1.2, 1.2), fillcolor=235).filter(ImageFilter.GaussianBlur(0.6))
    b = io.BytesIO(); im.convert("RGB").save(b, "JPEG", quality=68); return b.getvalue()


def image_pdf(jpeg_bytes):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(jpeg_bytes), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


_KEYS = {}


def _cert(cn, email):
    if cn in _KEYS:
        return _KEYS[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.EMAIL_ADDRESS, email)])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1500))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    c = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    k = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER,
                                                    serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    _KEYS[cn] = (c, k)
    return _KEYS[cn]


def sign_pdf(pdf_bytes, cn, email, reason="Firma del recurso"):
    c, k = _cert(cn, email)
    signer = signers.SimpleSigner(signing_cert=c, signing_key=k,
                                  cert_registry=SimpleCertificateStore.from_certs([c]))
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="Firma1", reason=reason, location="Lima")
    out = signers.sign_pdf(w, meta, signer=signer)
    return out.getvalue()


def sig_intact(pdf_bytes):
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return st.intact


def alter(signed_bytes, old, new):
    assert len(old) == len(new)
    assert signed_bytes.count(old) == 1, signed_bytes.count(old)
    return signed_bytes.replace(old, new)


def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    return "\n".join((p.extract_text() or "") for p in r.pages)


def pdf_has_image(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    return any(len(p.images) for p in r.pages)
