"""Attachment helpers for round21: text PDFs, signed / altered PDFs, scans."""
import datetime as dt
import io
import logging
import os
import random
import tempfile

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_SIGNERS = {}


def _latin(s):
    return (s.replace("\u2014", "-").replace("\u2013", "-").replace("\u201c", '"')
             .replace("\u201d", '"').replace("\u2019", "'"))


def text_pdf(lines, compress=True):
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_author("")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        ln = _latin(ln)
        if ln == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _signer(cn):
    if cn in _SIGNERS:
        return _SIGNERS[cn]
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    d = tempfile.mkdtemp()
    kp, cp = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kp, cp, key_passphrase=None)
    _SIGNERS[cn] = s
    return s


def signed_pdf(lines, cn, compress=True):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    raw = text_pdf(lines, compress=compress)
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma1"),
                           signer=_signer(cn))
    return out.getvalue()


def altered_pdf(lines, cn, old, new):
    assert len(old) == len(new)
    data = signed_pdf(lines, cn, compress=False)
    assert data.count(old) >= 1, old
    i = data.index(old)
    return data[:i] + new + data[i + len(old):]


def sig_intact(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    logging.disable(logging.CRITICAL)
    r = PdfFileReader(io.BytesIO(data))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    return validate_pdf_signature(sigs[0]).intact


def _hand_image(lines, seed=1):
    rnd = random.Random(seed)
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 30)
    y = 120
    for ln in lines:
        if ln == "":
            y += 30
            continue
        x = 110 + rnd.randint(-6, 6)
        d.text((x, y), _latin(ln), fill=rnd.randint(20, 60), font=font)
        y += 46 + rnd.randint(-3, 3)
    # a scribbled signature
    pts, x0, y0 = [], 700, y + 90
    for k in range(40):
        pts.append((x0 + k * 9, y0 + int(30 * ((-1) ** k) * rnd.random())))
    d.line(pts, fill=25, width=4)
    d.line([(660, y0 + 60), (1100, y0 + 55)], fill=60, width=2)
    # some scanner noise
    for _ in range(3000):
        img.putpixel((rnd.randrange(W), rnd.randrange(H)), rnd.randint(150, 235))
    return img


def jpeg(lines, seed=1):
    b = io.BytesIO()
    _hand_image(lines, seed).save(b, "JPEG", quality=70)
    return b.getvalue()


def png(lines, seed=1):
    b = io.BytesIO()
    _hand_image(lines, seed).convert("1").save(b, "PNG")
    return b.getvalue()


def scan_pdf(lines, seed=1):
    img = _hand_image(lines, seed).convert("RGB")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(img, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())
