"""PDF helpers for round62: text PDFs, scanned (image-only) PDFs, signed and altered PDFs."""
import logging
logging.disable(logging.CRITICAL)
import io, datetime
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

_KEY = None


def text_pdf(lines, compress=True):
    pdf = FPDF()
    pdf.set_compression(compress)
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for ln in lines:
        pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def handwritten_image(lines, fmt="JPEG"):
    img = Image.new("RGB", (1240, 1754), (250, 248, 240))
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans-Oblique.ttf", 30)
    except Exception:
        font = ImageFont.load_default()
    y = 120
    for ln in lines:
        d.text((110, y), ln, fill=(20, 20, 90), font=font)
        y += 52
    # a scribbled signature
    d.line([(700, y + 60), (760, y + 10), (800, y + 80), (860, y + 20), (930, y + 70)], fill=(10, 10, 80), width=4)
    buf = io.BytesIO()
    img.save(buf, format=fmt, quality=70) if fmt == "JPEG" else img.save(buf, format=fmt)
    return buf.getvalue()


def scanned_pdf(lines):
    jpg = handwritten_image(lines)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210)
    return bytes(pdf.output())


def _signer(name):
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from asn1crypto import x509 as ax509, keys as akeys
    global _KEY
    if _KEY is None:
        _KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key = _KEY
    subj = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = datetime.datetime(2026, 9, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    acert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    akey = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER,
                                     serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return signers.SimpleSigner(signing_cert=acert, signing_key=akey,
                                cert_registry=SimpleCertificateStore.from_certs([acert]))


def signed_pdf(lines, signer_name):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    raw = text_pdf(lines, compress=False)
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma1"),
                           signer=_signer(signer_name))
    return out.getvalue()


def altered_pdf(lines, signer_name, old, new):
    assert len(old) == len(new)
    data = signed_pdf(lines, signer_name)
    assert data.count(old.encode("latin-1")) >= 1, old
    return data.replace(old.encode("latin-1"), new.encode("latin-1"), 1)


def check_sig(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data))
    if not r.embedded_signatures:
        return None
    st = validate_pdf_signature(r.embedded_signatures[0])
    return st.intact
