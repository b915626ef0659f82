"""PDF / image helpers for round8 build.py."""
import io, os, tempfile, datetime
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

def text_pdf(lines):
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())

def _render_image(lines, scribble=True):
    W = 1240
    H = 120 + 34 * (len(lines) + 6)
    img = Image.new("RGB", (W, H), (250, 248, 240))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 24)
    y = 60
    for ln in lines:
        d.text((80, y), ln, fill=(20, 20, 60), font=f)
        y += 34
    if scribble:
        y += 30
        pts = [(140 + i * 18, y + (25 if i % 2 else 0) - (i % 3) * 6) for i in range(16)]
        d.line(pts, fill=(10, 10, 120), width=4)
        d.line([(120, y + 45), (460, y + 40)], fill=(10, 10, 120), width=2)
    return img

def image_bytes(lines, fmt="JPEG"):
    img = _render_image(lines)
    b = io.BytesIO()
    img.save(b, fmt, quality=80) if fmt == "JPEG" else img.save(b, fmt)
    return b.getvalue()

def scan_pdf(lines):
    """PDF that only holds an image (no text layer)."""
    img = _render_image(lines)
    b = io.BytesIO(); img.save(b, "JPEG", quality=75); b.seek(0)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(b, x=0, y=0, w=210)
    return bytes(pdf.output())

_SIGNER = {}
def _signer(cn):
    if cn in _SIGNER:
        return _SIGNER[cn]
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=3650))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                key_encipherment=False, data_encipherment=False, key_agreement=False,
                key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    td = tempfile.mkdtemp()
    kp, cp = os.path.join(td, "k.pem"), os.path.join(td, "c.pem")
    open(kp, "wb").write(key.private_bytes(serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    open(cp, "wb").write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kp, cp, key_passphrase=None)
    _SIGNER[cn] = s
    return s

def signed_pdf(lines, cn):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    data = text_pdf(lines)
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma1"),
                           signer=_signer(cn))
    return out.getvalue()

def altered_pdf(lines, cn, old, new):
    assert len(old) == len(new)
    b = signed_pdf(lines, cn)
    ob, nb = old.encode("latin-1"), new.encode("latin-1")
    assert b.count(ob) >= 1, old
    i = b.index(ob)
    return b[:i] + nb + b[i + len(ob):]

def sig_check(b):
    """Return 'valid'/'invalid'/None for a PDF's first embedded signature."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(b), strict=False)
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return "valid" if st.intact and st.valid else "invalid"

def pdf_text(b):
    import pypdf
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(b)).pages)
