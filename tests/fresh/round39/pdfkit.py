"""PDF helpers for round39: text PDFs, scans, digital signatures (pyHanko)."""
import io, os, random, datetime
from fpdf import FPDF
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
KEYDIR = os.path.join(HERE, "_keys")


def _pdf():
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    return pdf


def text_pdf(lines, image_png=None):
    pdf = _pdf()
    for ln in lines:
        if ln.startswith("# "):
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 8, ln[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=11)
        else:
            pdf.multi_cell(0, 6, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    if image_png:
        pdf.image(io.BytesIO(image_png), w=50)
    return bytes(pdf.output())


def scribble_png(seed, w=500, h=160, jpeg=False, lines_of_text=0):
    rnd = random.Random(seed)
    H = h + lines_of_text * 28
    img = Image.new("RGB", (w, H), "white")
    d = ImageDraw.Draw(img)
    y = 20
    for _ in range(lines_of_text):  # fake handwriting lines
        x = 20
        while x < w - 40:
            seg = rnd.randint(15, 60)
            pts = [(x + i * 4, y + rnd.randint(-5, 5)) for i in range(seg // 4)]
            if len(pts) > 1:
                d.line(pts, fill=(20, 20, 90), width=2)
            x += seg + 10
        y += 28
    pts = [(40 + i * 12, y + 60 + rnd.randint(-40, 40)) for i in range(30)]
    d.line(pts, fill=(10, 10, 60), width=3)
    buf = io.BytesIO()
    img.save(buf, "JPEG" if jpeg else "PNG", quality=80)
    return buf.getvalue()


def scan_pdf(seed, pages=1):
    pdf = FPDF(format="A4")
    for p in range(pages):
        pdf.add_page()
        pdf.image(io.BytesIO(scribble_png(seed + p, 800, 200, jpeg=True, lines_of_text=25)), x=10, y=10, w=190)
    return bytes(pdf.output())


def _signer(cn):
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from pyhanko.sign import signers
    os.makedirs(KEYDIR, exist_ok=True)
    slug = "".join(c for c in cn if c.isalnum())[:30]
    kf, cf = os.path.join(KEYDIR, slug + ".key"), os.path.join(KEYDIR, slug + ".crt")
    if not os.path.exists(kf):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                          x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
        now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1500))
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
                .sign(key, hashes.SHA256()))
        open(kf, "wb").write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        open(cf, "wb").write(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(kf, cf)


def sign_pdf(data, cn):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma"), signer=_signer(cn))
    return out.getvalue()


def tamper(signed, old, new):
    assert len(old) == len(new)
    i = signed.find(old)
    assert i >= 0, old
    return signed[:i] + new + signed[i + len(old):]


def sig_intact(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data), strict=False)
    sigs = r.embedded_signatures
    if not sigs:
        return None
    return validate_pdf_signature(sigs[0]).intact


def pdf_text(data):
    import pypdf
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)
