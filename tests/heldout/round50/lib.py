"""Helpers for build.py: calendar, PDFs, images, signatures, e-mail assembly."""
import datetime as dt
import hashlib
import io
import random
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

LIMA = ZoneInfo("America/Lima")
import tomllib
_CAL = tomllib.loads((Path(__file__).parent / "config.toml").read_text())["calendar"]
OFFICE_CLOSE = dt.time.fromisoformat(_CAL["office_close"])
NON_WORKING = {dt.date.fromisoformat(d) for d in _CAL["non_working_days"]}
PE = holidays.country_holidays("PE", years=[2026, 2027])

MAILBOX = {
    "S": "solicitantesrefugio@rree.gob.pe",
    "M": "mesadepartes@rree.gob.pe",
    "R": "refugiados@rree.gob.pe",
}

# code: (home mailbox, requirements in table order, plazo)
PROC = {
    "solicitud_refugio": ("portal", [], None),
    "autorizacion_trabajo": ("portal", [], None),
    "entrevista_registro": ("portal", [], None),
    "carne_solicitante": ("S", [], None),
    "actualizacion_datos": ("S", ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": ("S", ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": ("M", ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15),
    "apelacion": ("M", ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30),
    "renuncia": ("M", ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": ("R", ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": ("R", ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "autorizacion_viaje": ("R", ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5),
}


def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_bd(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


def late(notified, filing):
    return filing > add_bd(notified, 15)


# ---------------------------------------------------------------- PDFs
def _pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    return pdf


def _write(pdf, text):
    for para in text.strip("\n").split("\n"):
        if para.strip() == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")


def text_pdf(text, compress=True, sig_image=None):
    pdf = _pdf()
    pdf.compress = compress
    _write(pdf, text)
    if sig_image is not None:
        buf = io.BytesIO()
        sig_image.save(buf, "PNG")
        buf.seek(0)
        pdf.image(buf, x=pdf.get_x(), y=pdf.get_y() + 2, w=55)
    return bytes(pdf.output())


def scribble(seed, w=360, h=110):
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(img)
    x, y = 15, h // 2
    pts = []
    for _ in range(40):
        x += rnd.randint(4, 12)
        y = max(10, min(h - 10, y + rnd.randint(-25, 25)))
        pts.append((x, y))
    dr.line(pts, fill=(20, 30, 110), width=3)
    dr.line([(20, h - 20), (w - 30, h - 25)], fill=(20, 30, 110), width=2)
    return img


def handwritten_page(text, seed, w=900, h=1270):
    """A 'photo/scan' of a handwritten letter: text drawn into an image."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h), (250, 248, 240))
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", 22) \
        if Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf").exists() else ImageFont.load_default()
    y = 70
    for line in text.strip("\n").split("\n"):
        dr.text((60 + rnd.randint(-4, 4), y), line, fill=(25, 25, 90), font=font)
        y += 34 + rnd.randint(-2, 3)
    img.paste(scribble(seed), (80, min(y + 20, h - 130)))
    for _ in range(400):  # scan noise
        px, py = rnd.randrange(w), rnd.randrange(h)
        dr.point((px, py), fill=(200, 200, 200))
    return img


def image_bytes(img, fmt):
    buf = io.BytesIO()
    img.save(buf, fmt, quality=80) if fmt == "JPEG" else img.save(buf, fmt)
    return buf.getvalue()


def image_pdf(img):
    """A scanned document: a PDF holding only an image, no text layer."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    buf = io.BytesIO(image_bytes(img, "JPEG"))
    pdf.image(buf, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


# ---------------------------------------------------------------- signatures
_SIGNER = {}


def _signer(cn):
    if cn in _SIGNER:
        return _SIGNER[cn]
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=900))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(key, hashes.SHA256()))
    tmp = Path(tempfile.mkdtemp())
    (tmp / "k.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                  serialization.PrivateFormat.PKCS8,
                                                  serialization.NoEncryption()))
    (tmp / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(str(tmp / "k.pem"), str(tmp / "c.pem"))
    _SIGNER[cn] = s
    return s


def signed_pdf(text, cn, compress=True):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    raw = text_pdf(text, compress=compress)
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma1", reason="Firma del recurrente"),
                           signer=_signer(cn))
    return out.getvalue()


def altered_pdf(text, cn, old, new):
    assert len(old) == len(new)
    data = signed_pdf(text, cn, compress=False)
    o = old.encode("latin-1")
    assert data.count(o) == 1, (old, data.count(o))
    return data.replace(o, new.encode("latin-1"))


def sig_status(data):
    import logging
    logging.disable(logging.CRITICAL)
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data))
    if not r.embedded_signatures:
        return None
    st = validate_pdf_signature(r.embedded_signatures[0])
    return bool(st.intact)


def pdf_text(data):
    from pypdf import PdfReader
    return "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages)


def msgid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if domain == "mail.gmail.com":
        return f"<CA+{h[:10]}{h[10:20].upper()}_{h[20:32]}@mail.gmail.com>"
    return f"<{h[:8]}.{h[8:16]}.{h[16:24]}@{domain}>"
