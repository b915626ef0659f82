"""PDF / image helpers for round14's build.py (text PDFs, signed, altered, scanned)."""
import datetime
import io
import os
import tempfile

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_KEYDIR = tempfile.mkdtemp(prefix="r14keys-")
_signers = {}


def _font(size, italic=False):
    name = "DejaVuSerif-Italic.ttf" if italic else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(os.path.join(FONT_DIR, name), size)
    except OSError:
        return ImageFont.load_default()


def text_pdf(lines, signature_png=None, title="Documento"):
    """A PDF with a real text layer (core font, uncompressed). Optionally a pasted
    signature image (a scanned handwritten signature) at the end."""
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    pdf.set_title(title)
    pdf.set_creation_date(datetime.datetime(2026, 10, 1, 12, 0, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        if line == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, line.replace("\u2013", "-").replace("\u2014", "-"), new_x="LMARGIN", new_y="NEXT")
    if signature_png is not None:
        pdf.ln(4)
        pdf.image(io.BytesIO(signature_png), w=50)
    return bytes(pdf.output())


def handwriting_png(name):
    img = Image.new("RGB", (500, 160), "white")
    d = ImageDraw.Draw(img)
    # a scribble plus the name in italics: looks like a handwritten signature
    pts = [(30 + i * 9, 80 + ((-1) ** i) * (20 + (i * 7) % 25)) for i in range(45)]
    d.line(pts, fill=(20, 30, 120), width=3)
    d.text((40, 115), name, fill=(20, 30, 120), font=_font(26, italic=True))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def letter_image(lines, signer, fmt="JPEG", size=(1240, 1754)):
    """A photographed/scanned letter (no text layer): returns image bytes."""
    img = Image.new("L" if fmt == "TIFF" else "RGB", size, "white")
    d = ImageDraw.Draw(img)
    f = _font(24)
    y = 120
    for line in lines:
        # naive wrap at ~80 chars
        while len(line) > 80:
            cut = line.rfind(" ", 0, 80)
            cut = 80 if cut < 0 else cut
            d.text((100, y), line[:cut], fill="black", font=f)
            y += 34
            line = line[cut:].lstrip()
        d.text((100, y), line, fill="black", font=f)
        y += 34
    sig = Image.open(io.BytesIO(handwriting_png(signer)))
    if fmt == "TIFF":
        sig = sig.convert("L")
    img.paste(sig, (100, y + 40))
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=70)
    elif fmt == "TIFF":
        img.save(buf, "TIFF", compression="tiff_deflate")
    else:
        img.save(buf, fmt)
    return buf.getvalue()


def scanned_pdf(lines, signer):
    """A PDF holding only a page image (scanner output): no text layer."""
    jpg = letter_image(lines, signer, "JPEG")
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 10, 1, 12, 0, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def _signer(cn):
    from pyhanko.sign import signers
    if cn in _signers:
        return _signers[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
    ])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=3 * 365))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    kp = os.path.join(_KEYDIR, f"{len(_signers)}.key.pem")
    cp = os.path.join(_KEYDIR, f"{len(_signers)}.cert.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kp, cp)
    _signers[cn] = s
    return s


def sign(pdf_bytes, cn):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="Firma1", reason="Firma del recurrente")
    out = signers.sign_pdf(w, meta, signer=_signer(cn))
    return out.getvalue()


def alter(signed_bytes, old, new):
    """Change bytes inside the signed range (same length): signature no longer verifies."""
    ob, nb = old.encode("latin-1"), new.encode("latin-1")
    assert len(ob) == len(nb), (old, new)
    assert signed_bytes.count(ob) == 1, f"{old!r} occurs {signed_bytes.count(ob)} times"
    return signed_bytes.replace(ob, nb)


def sig_status(pdf_bytes):
    """(has_signature, intact) as pyhanko sees it."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    sigs = r.embedded_signatures
    if not sigs:
        return False, None
    st = validate_pdf_signature(sigs[0], skip_diff=True)
    return True, bool(st.intact)


def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    return "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf_bytes)).pages)


def pdf_has_image(pdf_bytes):
    from pypdf import PdfReader
    return any(len(p.images) > 0 for p in PdfReader(io.BytesIO(pdf_bytes)).pages)
