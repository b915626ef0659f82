import io, datetime, tempfile, os
from fpdf import FPDF
from PIL import Image, ImageDraw
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pyhanko.sign import signers
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature

def text_pdf(lines):
    p = FPDF(); p.set_compression(False); p.add_page(); p.set_font("Helvetica", size=11)
    for l in lines:
        p.multi_cell(0, 6, l); p.ln(1)
    return bytes(p.output())

def _img(lines):
    im = Image.new("RGB", (850, 1100), "white"); d = ImageDraw.Draw(im)
    y = 60
    for l in lines:
        d.text((60, y), l, fill="black"); y += 28
    d.line((80, y + 40, 300, y + 10), fill="blue", width=3)
    return im

def jpeg(lines):
    b = io.BytesIO(); _img(lines).save(b, "JPEG"); return b.getvalue()

def scan_pdf(lines):
    b = io.BytesIO(); _img(lines).save(b, "PNG"); b.seek(0)
    p = FPDF(); p.add_page(); p.image(b, x=0, y=0, w=210)
    return bytes(p.output())

_keys = {}
def _signer(cn):
    if cn in _keys: return _keys[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = datetime.datetime(2026, 1, 1)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=3650))
            .sign(key, hashes.SHA256()))
    d = tempfile.mkdtemp()
    kf, cf = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    open(kf, "wb").write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    open(cf, "wb").write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kf, cf, key_passphrase=None)
    _keys[cn] = s
    return s

def signed_pdf(lines, cn):
    w = IncrementalPdfFileWriter(io.BytesIO(text_pdf(lines)))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma"), signer=_signer(cn))
    return out.getvalue()

def altered_pdf(lines, cn, old, new):
    assert len(old) == len(new)
    b = signed_pdf(lines, cn)
    assert b.count(old.encode("latin-1")) >= 1, old
    return b.replace(old.encode("latin-1"), new.encode("latin-1"), 1)

def check(b):
    r = PdfFileReader(io.BytesIO(b))
    sigs = r.embedded_signatures
    if not sigs: return None
    return validate_pdf_signature(sigs[0]).intact
