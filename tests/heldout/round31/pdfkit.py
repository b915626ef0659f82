"""PDF / image helpers for round31 build.py."""
import io, datetime
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

def text_pdf(lines, sig_image=None, title=None):
    pdf = FPDF(format="A4")
    pdf.compress = False
    pdf.set_margins(22, 22, 22)
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for ln in lines:
        if ln == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if sig_image is not None:
        pdf.ln(4)
        pdf.image(io.BytesIO(sig_image), w=55)
    return bytes(pdf.output())

def scrawl_png(name="firma"):
    img = Image.new("RGB", (420, 130), "white")
    d = ImageDraw.Draw(img)
    import math
    pts = [(20 + i * 3, 70 + 28 * math.sin(i / 5.0) * math.cos(i / 13.0)) for i in range(125)]
    d.line(pts, fill=(20, 30, 120), width=4)
    d.line([(40, 105), (380, 95)], fill=(20, 30, 120), width=3)
    buf = io.BytesIO(); img.save(buf, "PNG"); return buf.getvalue()

def letter_image(lines, fmt="JPEG", rotate=0.0):
    """A 'photo' of a handwritten/printed signed letter: raster only."""
    W, H = 1240, 1754
    img = Image.new("RGB", (W, H), (246, 244, 236))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 30)
    y = 120
    for ln in lines:
        d.text((110, y), ln, fill=(35, 35, 45), font=f)
        y += 46
    sig = Image.open(io.BytesIO(scrawl_png()))
    img.paste(sig, (150, y + 40))
    if rotate:
        img = img.rotate(rotate, expand=False, fillcolor=(200, 200, 200))
    buf = io.BytesIO()
    img.save(buf, fmt, quality=70) if fmt == "JPEG" else img.save(buf, fmt)
    return buf.getvalue()

def scanned_pdf(lines):
    """PDF holding only an image (no text layer)."""
    jpg = letter_image(lines, rotate=0.7)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())

_CERT = None
def _signer():
    global _CERT
    if _CERT:
        return _CERT
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from asn1crypto import keys as ak, x509 as ax
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Firma Ciudadano Prueba"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = datetime.datetime(2026, 6, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1500))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kder = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())
    cder = cert.public_bytes(serialization.Encoding.DER)
    s = signers.SimpleSigner(signing_cert=ax.Certificate.load(cder),
                             signing_key=ak.PrivateKeyInfo.load(kder),
                             cert_registry=SimpleCertificateStore.from_certs([ax.Certificate.load(cder)]))
    _CERT = s
    return s

def sign(pdf_bytes, field="Firma1"):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name=field)
    out = signers.sign_pdf(w, meta, signer=_signer())
    return out.getvalue()

def tamper(signed, old, new):
    assert len(old) == len(new)
    ob, nb = old.encode("latin-1"), new.encode("latin-1")
    assert signed.count(ob) >= 1, old
    i = signed.index(ob)
    return signed[:i] + nb + signed[i + len(ob):]

def check_sig(pdf_bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return st.intact and st.valid

def pdf_text(pdf_bytes):
    from pypdf import PdfReader
    return "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf_bytes)).pages)
