import io, datetime as dt
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pyhanko.sign import signers
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

def text_pdf(lines, compress=True):
    p = FPDF(); p.compress = compress; p.add_page(); p.set_font('Helvetica', size=11)
    for l in lines:
        p.multi_cell(0, 6, l, new_x='LMARGIN', new_y='NEXT')
    return bytes(p.output())

def _signer(cn):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = dt.datetime(2026, 1, 1)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kp = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    cp = cert.public_bytes(serialization.Encoding.PEM)
    import tempfile, os
    d = tempfile.mkdtemp()
    open(d + '/k.pem', 'wb').write(kp); open(d + '/c.pem', 'wb').write(cp)
    return signers.SimpleSigner.load(d + '/k.pem', d + '/c.pem')

def signed_pdf(lines, cn, compress=True):
    raw = text_pdf(lines, compress=compress)
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name='Firma'), signer=_signer(cn))
    return out.getvalue()

def intact(data):
    r = PdfFileReader(io.BytesIO(data))
    s = r.embedded_signatures[0]
    st = validate_pdf_signature(s, ValidationContext(allow_fetching=False))
    return st.intact

def altered_pdf(lines, cn, old, new):
    assert len(old) == len(new)
    data = signed_pdf(lines, cn, compress=False)
    assert data.count(old.encode('latin-1')) == 1, old
    data = data.replace(old.encode('latin-1'), new.encode('latin-1'))
    return data

def image_bytes(lines, fmt='JPEG'):
    im = Image.new('RGB', (1240, 1754), 'white'); d = ImageDraw.Draw(im)
    try: f = ImageFont.load_default(size=28)
    except TypeError: f = ImageFont.load_default()
    y = 80
    for l in lines:
        d.text((80, y), l, fill='black', font=f); y += 44
    d.line((120, y + 60, 420, y + 20), fill='navy', width=4); d.line((420, y + 20, 300, y + 90), fill='navy', width=4)
    b = io.BytesIO(); im.save(b, fmt, quality=70); return b.getvalue()

def scanned_pdf(lines):
    img = image_bytes(lines, 'JPEG')
    p = FPDF(); p.add_page(); p.image(io.BytesIO(img), x=0, y=0, w=210)
    return bytes(p.output())
