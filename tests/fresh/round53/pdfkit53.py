"""PDF / image helpers for round53 (text PDFs, signed, altered, scanned)."""
import io, datetime, random
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter

SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"


def text_pdf(lines, title=None, sig_image=None, compress=True):
    """A text-layer PDF. lines: list of paragraphs. sig_image: PNG bytes placed at the end."""
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 7, title, align="C")
        pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for para in lines:
        if para == "":
            pdf.ln(4)
            continue
        pdf.multi_cell(0, 6, para)
        pdf.ln(1)
    if sig_image is not None:
        pdf.ln(4)
        pdf.image(io.BytesIO(sig_image), w=55)
    return bytes(pdf.output())


def scribble_png(seed=1, w=360, h=120):
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts = []
    x = 15
    while x < w - 20:
        pts.append((x, h // 2 + rnd.randint(-35, 35)))
        x += rnd.randint(8, 22)
    d.line(pts, fill=(20, 30, 110), width=3, joint="curve")
    d.line([(20, h - 25), (w - 40, h - 30)], fill=(20, 30, 110), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def scanned_letter_image(lines, seed=2, fmt="JPEG"):
    """Render a 'handwritten/scanned' letter to an image; returns bytes."""
    rnd = random.Random(seed)
    W, H = 1240, 1754
    im = Image.new("RGB", (W, H), (246, 244, 236))
    d = ImageDraw.Draw(im)
    font = ImageFont.truetype(HAND, 30)
    y = 110
    for para in lines:
        if para == "":
            y += 30
            continue
        words = para.split()
        line = ""
        for wd in words:
            t = (line + " " + wd).strip()
            if d.textlength(t, font=font) > W - 220:
                d.text((100 + rnd.randint(-4, 4), y), line, fill=(25, 35, 90), font=font)
                y += 44
                line = wd
            else:
                line = t
        if line:
            d.text((100 + rnd.randint(-4, 4), y), line, fill=(25, 35, 90), font=font)
            y += 44
    sig = Image.open(io.BytesIO(scribble_png(seed))).convert("RGB")
    im.paste(sig, (140, min(y + 40, H - 200)))
    im = im.rotate(rnd.uniform(-1.2, 1.2), fillcolor=(240, 240, 232)).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    im.save(buf, fmt, quality=70) if fmt == "JPEG" else im.save(buf, fmt)
    return buf.getvalue()


def image_only_pdf(lines, seed=3):
    jpg = scanned_letter_image(lines, seed=seed)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


_CERTS = {}


def _cert(cn):
    if cn in _CERTS:
        return _CERTS[cn]
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = datetime.datetime(2026, 6, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=900))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from asn1crypto import keys as akeys, x509 as ax509
    kder = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())
    cder = cert.public_bytes(serialization.Encoding.DER)
    signer = signers.SimpleSigner(
        signing_cert=ax509.Certificate.load(cder),
        signing_key=akeys.PrivateKeyInfo.load(kder),
        cert_registry=SimpleCertificateStore.from_certs([ax509.Certificate.load(cder)]))
    _CERTS[cn] = signer
    return signer


def sign_pdf(pdf_bytes, cn):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="Firma1", reason="Firma del recurso", location="Lima")
    out = signers.sign_pdf(w, meta, signer=_cert(cn))
    return out.getvalue()


def alter(signed, old, new):
    assert len(old) == len(new)
    i = signed.find(old)
    assert i >= 0, old
    return signed[:i] + new + signed[i + len(old):]


def sig_intact(pdf_bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    if not r.embedded_signatures:
        return None
    st = validate_pdf_signature(r.embedded_signatures[0])
    return st.intact


def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    return "\n".join((p.extract_text() or "") for p in r.pages)


def pdf_has_image(pdf_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    return any(len(p.images) for p in r.pages)
