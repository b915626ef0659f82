"""PDF helpers for round12: text PDFs, scanned (image-only) PDFs, signed and altered PDFs."""
import io, os, random, tempfile, datetime
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def text_pdf(blocks, core=False, logo=None, sig_image=None, compress=True):
    """blocks: list of (style, text). style in 'h' (heading), 'p', 'b' (bold line), 'sp'."""
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    if core:
        fam = "Helvetica"
    else:
        pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
        pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
        fam = "DejaVu"
    if logo is not None:
        pdf.image(logo, x=22, y=12, w=28)
        pdf.ln(22)
    for style, text in blocks:
        if style == "sp":
            pdf.ln(4)
            continue
        if style == "sig" and sig_image is not None:
            pdf.image(sig_image, w=45)
            continue
        pdf.set_font(fam, "B" if style in ("h", "b") else "", 12 if style == "h" else 10.5)
        pdf.multi_cell(0, 5.6, text, align="J" if style == "p" else "L")
        pdf.ln(1.5)
    return bytes(pdf.output())


def _font(size, bold=False):
    return ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"), size)


def scribble(w=360, h=110, seed=1):
    rnd = random.Random(seed)
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    x, y = 10, h // 2
    pts = []
    for i in range(40):
        x += rnd.randint(4, 11)
        y = max(10, min(h - 10, y + rnd.randint(-22, 22)))
        pts.append((x, y))
    d.line(pts, fill=30, width=3)
    d.line([(15, h - 18), (w - 30, h - 26)], fill=40, width=2)
    return im


def scan_image(lines, seed=7, with_signature=True):
    """Render a letter as a grey, slightly rotated 'scan' (PIL Image, RGB)."""
    rnd = random.Random(seed)
    W, H = 1240, 1754
    im = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(im)
    f = _font(26)
    y = 120
    for ln in lines:
        if ln == "<firma>" and with_signature:
            sig = scribble(seed=seed)
            im.paste(sig, (140, y), mask=Image.eval(sig, lambda v: 255 - v))
            y += 120
            continue
        d.text((110, y), ln, fill=25 + rnd.randint(0, 25), font=f)
        y += 40
    # noise
    px = im.load()
    for _ in range(9000):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.randint(150, 230)
    im = im.rotate(rnd.uniform(-1.2, 1.2), fillcolor=240, resample=Image.BICUBIC)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    return im.convert("RGB")


def image_bytes(im, fmt="JPEG"):
    b = io.BytesIO()
    im.save(b, fmt, quality=70) if fmt == "JPEG" else im.save(b, fmt)
    return b.getvalue()


def scanned_pdf(lines, seed=7):
    im = scan_image(lines, seed=seed)
    tmp = tempfile.NamedTemporaryFile(suffix=".jpg", delete=False)
    im.save(tmp.name, "JPEG", quality=60)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(tmp.name, x=0, y=0, w=210, h=297)
    os.unlink(tmp.name)
    return bytes(pdf.output())


def logo_png(text="PA", seed=3):
    im = Image.new("RGB", (240, 240), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.ellipse((10, 10, 230, 230), fill=(30, 90, 150))
    d.text((60, 80), text, fill=(255, 255, 255), font=_font(70, True))
    tmp = tempfile.NamedTemporaryFile(suffix=".png", delete=False)
    im.save(tmp.name, "PNG")
    return tmp.name


def scribble_png(seed=5):
    tmp = tempfile.NamedTemporaryFile(suffix=".png", delete=False)
    scribble(seed=seed).convert("RGB").save(tmp.name, "PNG")
    return tmp.name


# ---------------------------------------------------------------- signing
def _make_cert(cn, email):
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=900))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    d = tempfile.mkdtemp()
    kp, cp = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    with open(kp, "wb") as fh:
        fh.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()))
    with open(cp, "wb") as fh:
        fh.write(cert.public_bytes(serialization.Encoding.PEM))
    return kp, cp


def sign(pdf_bytes, cn, email, reason="Firma del recurso"):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    kp, cp = _make_cert(cn, email)
    signer = signers.SimpleSigner.load(kp, cp)
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="Firma1", reason=reason, name=cn)
    out = signers.sign_pdf(w, meta, signer=signer)
    return out.getvalue()


def check_sig(pdf_bytes):
    import logging
    logging.disable(logging.CRITICAL)
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return st.intact


def alter(pdf_bytes, old, new):
    assert len(old) == len(new)
    assert pdf_bytes.count(old) == 1, pdf_bytes.count(old)
    return pdf_bytes.replace(old, new)


def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    return "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf_bytes)).pages)
