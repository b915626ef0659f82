"""Attachment factories for round16: text PDFs, signed / altered PDFs, scans, photos."""
import datetime as dt
import io
import random
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_TMP = Path(tempfile.mkdtemp(prefix="r16-"))


def _latin1(s: str) -> str:
    rep = {"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "•": "-", "…": "..."}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def text_pdf(lines, title=None, signature_png=None, compress=True) -> bytes:
    """A typed letter: text layer in a core font. Optionally a pasted image of a
    handwritten signature at the end (then the PDF holds an embedded image)."""
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 8, _latin1(title), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for line in lines:
        if line == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, _latin1(line), align="L", new_x="LMARGIN", new_y="NEXT")
    if signature_png is not None:
        pdf.ln(6)
        pdf.image(io.BytesIO(signature_png), w=55)
    return bytes(pdf.output())


def _handwriting_font(size):
    for name in ("DejaVuSerif-Italic.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans.ttf"):
        p = FONT_DIR / name
        if p.exists():
            return ImageFont.truetype(str(p), size)
    return ImageFont.load_default()


def scribble_png(seed: int) -> bytes:
    """A handwritten-looking signature stroke."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (420, 140), "white")
    d = ImageDraw.Draw(img)
    pts = []
    x = 20
    while x < 400:
        pts.append((x, 70 + rnd.randint(-45, 45)))
        x += rnd.randint(8, 22)
    d.line(pts, fill=(20, 30, 120), width=4, joint="curve")
    d.line([(30, 115), (360, 105)], fill=(20, 30, 120), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def page_image(lines, seed=0, fmt="JPEG", size=(1240, 1754), fontsize=30) -> bytes:
    """A photo / scan of a letter: text drawn as pixels, plus a signature scribble."""
    rnd = random.Random(seed)
    bg = (246, 243, 236) if fmt == "JPEG" else (255, 255, 255)
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    font = _handwriting_font(fontsize)
    y = 110
    for line in lines:
        if line:
            d.text((100 + rnd.randint(-4, 4), y), line, fill=(25, 25, 60), font=font)
        y += int(fontsize * 1.55)
    sig = Image.open(io.BytesIO(scribble_png(seed)))
    img.paste(sig, (size[0] - 620, min(y + 40, size[1] - 200)))
    img = img.rotate(rnd.uniform(-1.2, 1.2), fillcolor=bg)
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=70)
    else:
        img.save(buf, "PNG")
    return buf.getvalue()


def scanned_pdf(lines, seed=0) -> bytes:
    """A scanner's PDF: one page that is only an image, no text layer."""
    jpg = page_image(lines, seed=seed, fmt="JPEG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def _self_signed(cn: str, seed: int):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ])
    now = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1000 + seed)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=3 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    kp = _TMP / f"k{seed}.pem"
    cp = _TMP / f"c{seed}.pem"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return kp, cp


def sign_pdf(pdf_bytes: bytes, cn: str, seed: int) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    kp, cp = _self_signed(cn, seed)
    signer = signers.SimpleSigner.load(str(kp), str(cp))
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = io.BytesIO()
    signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="FirmaSolicitante",
                                                      reason="Firma del recurrente",
                                                      location="Lima, Peru"),
                     signer=signer, output=out)
    return out.getvalue()


def signed_text_pdf(lines, title, cn, seed) -> bytes:
    return sign_pdf(text_pdf(lines, title=title, compress=False), cn, seed)


def altered_signed_pdf(lines, title, cn, seed, old: str, new: str) -> bytes:
    """Sign, then change a word in the (uncompressed) content stream: same length,
    inside the signed byte range, so the signature no longer verifies."""
    assert len(old) == len(new)
    data = signed_text_pdf(lines, title, cn, seed)
    ob, nb = _latin1(old).encode("latin-1"), _latin1(new).encode("latin-1")
    assert data.count(ob) >= 1, old
    return data.replace(ob, nb, 1)


def check_signature(data: bytes):
    """(has_signature, intact) for a PDF."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    r = PdfFileReader(io.BytesIO(data))
    sigs = r.embedded_signatures
    if not sigs:
        return False, None
    st = validate_pdf_signature(sigs[0])
    return True, bool(st.intact)
