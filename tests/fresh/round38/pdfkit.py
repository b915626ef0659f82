"""PDF helpers for round38: text PDFs, image-only scans, signed and altered PDFs."""
import io, datetime, os, random
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
_KEYDIR = os.path.join(HERE, "_keys")


def text_pdf(lines, compress=True):
    pdf = FPDF()
    pdf.compress = compress
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scan_image(lines, fmt="JPEG", seed=1):
    rnd = random.Random(seed)
    img = Image.new("RGB", (1240, 1754), (246, 244, 238))
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans-Oblique.ttf", 30)
    except Exception:
        font = ImageFont.load_default()
    y = 120
    for ln in lines:
        d.text((100 + rnd.randint(-6, 6), y), ln, fill=(30, 30, 80), font=font)
        y += 52
    # a scribbled signature
    pts = [(200 + i * 18, y + 60 + rnd.randint(-25, 25)) for i in range(20)]
    d.line(pts, fill=(20, 20, 90), width=4)
    img = img.rotate(0.7, fillcolor=(246, 244, 238)).filter(ImageFilter.GaussianBlur(0.6))
    b = io.BytesIO()
    img.save(b, fmt, quality=70) if fmt == "JPEG" else img.save(b, fmt)
    return b.getvalue()


def image_pdf(lines, seed=1):
    jpg = scan_image(lines, "JPEG", seed)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210)
    return bytes(pdf.output())


def _keys():
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    os.makedirs(_KEYDIR, exist_ok=True)
    kf, cf = os.path.join(_KEYDIR, "key.pem"), os.path.join(_KEYDIR, "cert.pem")
    if not os.path.exists(kf):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Firmante Prueba R38"),
                          x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
        now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=3650))
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
                .sign(key, hashes.SHA256()))
        open(kf, "wb").write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        open(cf, "wb").write(cert.public_bytes(serialization.Encoding.PEM))
    return kf, cf


def sign_pdf(pdf_bytes, field="Firma1"):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    kf, cf = _keys()
    signer = signers.SimpleSigner.load(kf, cf)
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name=field), signer=signer)
    return out.getvalue()


def alter(signed, old, new):
    assert len(old) == len(new)
    assert signed.count(old) >= 1, old
    return signed.replace(old, new, 1)


def sig_intact(pdf_bytes):
    from pypdf import PdfReader  # noqa
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    if not r.embedded_signatures:
        return None
    return validate_pdf_signature(r.embedded_signatures[0]).intact


def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    return "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf_bytes)).pages)
