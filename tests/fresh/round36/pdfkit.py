"""PDF / image helpers: text PDFs (fpdf2), signed PDFs (pyHanko), scans (image only)."""
import datetime as dt
import io
import os
import tempfile

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
if not os.path.exists(FONT_I):
    FONT_I = FONT


def text_pdf(lines, compress=True):
    pdf = FPDF()
    pdf.compress = compress
    pdf.set_creator("Microsoft Word")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


_signers = {}


def _signer(cn):
    if cn in _signers:
        return _signers[cn]
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=900))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(key, hashes.SHA256()))
    d = tempfile.mkdtemp()
    kp, cp = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kp, cp)
    _signers[cn] = s
    return s


def signed_pdf(lines, cn, compress=True):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    raw = text_pdf(lines, compress=compress)
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    meta = signers.PdfSignatureMetadata(field_name="Firma", reason="Firma del recurrente")
    out = signers.sign_pdf(w, meta, signer=_signer(cn))
    return out.getvalue()


def altered_signed_pdf(lines, cn, old, new):
    assert len(old) == len(new)
    data = signed_pdf(lines, cn, compress=False)
    i = data.find(old.encode("latin-1"))
    assert i > 0, old
    return data[:i] + new.encode("latin-1") + data[i + len(old):]


def sig_status(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return st.intact and st.valid


def letter_image(lines, size=(1240, 1754), tilt=0.0, scribble=True):
    img = Image.new("RGB", size, (250, 248, 240))
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_I, 30)
    y = 120
    for ln in lines:
        dr.text((110, y), ln, fill=(20, 30, 90), font=font)
        y += 46
    if scribble:
        import math
        pts = [(180 + t * 3, y + 80 + 30 * math.sin(t / 6.0) + (t % 17)) for t in range(0, 120)]
        dr.line(pts, fill=(10, 20, 110), width=4)
    if tilt:
        img = img.rotate(tilt, expand=False, fillcolor=(90, 90, 90))
    return img


def jpeg(lines, **kw):
    b = io.BytesIO()
    letter_image(lines, **kw).save(b, "JPEG", quality=70)
    return b.getvalue()


def scanned_pdf(lines, **kw):
    img = letter_image(lines, **kw)
    b = io.BytesIO()
    img.save(b, "JPEG", quality=65)
    b.seek(0)
    pdf = FPDF()
    pdf.set_creator("HP Scan")
    pdf.add_page()
    pdf.image(b, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())
