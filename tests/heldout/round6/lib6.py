"""Helpers for round6's build.py: calendar, PDFs, signatures, images, labels."""
import datetime as dt
import io
import os
import tempfile
import tomllib

import holidays
import phonenumbers
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "config.toml"), "rb") as fh:
    CAL = tomllib.load(fh)["calendar"]
NON_WORKING = {dt.date.fromisoformat(d) for d in CAL.get("non_working_days", [])}
OFFICE_CLOSE = (dt.time.fromisoformat(CAL["office_close"])
                if CAL.get("office_close") else None)
PE = holidays.country_holidays("PE", years=range(2026, 2028))
LIMA = dt.timezone(dt.timedelta(hours=-5))  # Peru has no DST

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"

# code -> (home mailbox, requirements in the table's order, plazo)
TABLE = {
    "solicitud_refugio": ("portal", [], None),
    "autorizacion_trabajo": ("portal", [], None),
    "entrevista_registro": ("portal", [], None),
    "carne_solicitante": (S, [], None),
    "actualizacion_datos": (S, ["nombres", "nacionalidad", "documento_identidad",
                                "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": (S, ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": (M, ["firma", "motivo", "nombres", "documento_identidad",
                            "telefono", "correo"], 15),
    "apelacion": (M, ["firma", "motivo", "nombres", "documento_identidad",
                      "telefono", "correo"], 30),
    "renuncia": (M, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad",
                     "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": (R, ["nombres", "sexo", "nacionalidad", "documento_identidad",
                                "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": (R, ["denuncia_policial", "nombres", "sexo",
                                        "nacionalidad", "documento_identidad",
                                        "carne_extranjeria", "fecha_nacimiento",
                                        "telefono"], 15),
    "autorizacion_viaje": (R, ["firma", "motivo", "destino", "fecha_salida",
                               "fecha_retorno", "nombres", "carne_extranjeria",
                               "telefono"], 5),
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}


# ---------------------------------------------------------------- calendar
def is_business(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def add_business(d, n):
    """The n-th business day counted from the first business day after d."""
    for _ in range(n):
        d = next_business(d)
    return d


def filing_date(received):
    local = received.astimezone(LIMA)
    d = local.date()
    if is_business(d) and (OFFICE_CLOSE is None or local.time() < OFFICE_CLOSE):
        return d
    return next_business(d)


def is_late(notified, filing):
    return filing > add_business(notified, 15)


def e164(raw):
    n = phonenumbers.parse(raw, "PE")
    assert phonenumbers.is_valid_number(n), raw
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


# ---------------------------------------------------------------- label logic
def decide(spec, received):
    proc = spec["procedure"]
    mailbox = spec["mailbox"]
    fields = spec["fields"]
    fd = filing_date(received)
    lab = {"file": spec["file"], "mailbox": mailbox,
           "received": received.astimezone(LIMA).isoformat(),
           "procedure": proc, "fields": fields}
    needs_firma = proc is not None and "firma" in TABLE[proc][1]
    sig = spec.get("signature", "absent") if needs_firma else "not_required"
    missing, flags = [], []
    if spec.get("ignorado"):
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        home, reqs, plazo = TABLE[proc]
        for r in reqs:
            if r == "firma":
                if sig in ("invalid", "absent"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not spec.get("denuncia"):
                    missing.append(r)
            elif r.endswith("*"):
                if spec.get("refugiado") and r[:-1] not in fields:
                    missing.append(r[:-1])
            elif r not in fields:
                missing.append(r)
        if missing:
            outcome = "subsanar"
        elif proc in RECURSOS:
            outcome = "cargo"
        else:
            outcome = "acuse"
        if home != mailbox:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and spec.get("notified"):
            if is_late(spec["notified"], fd):
                flags.append("extemporaneo")
    if outcome in ("subsanar",):
        due = add_business(fd, 2)
    elif outcome in ("acuse", "cargo"):
        due = add_business(fd, TABLE[proc][2])
    else:
        due = None
    lab.update({"missing": missing, "signature": sig, "outcome": outcome,
                "flags": flags, "filing_date": fd.isoformat(),
                "due_date": due.isoformat() if due else None})
    return lab


# ---------------------------------------------------------------- PDFs
def _latin1(s):
    return (s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
             .replace("\u201c", '"').replace("\u201d", '"'))


def text_pdf(lines, image=None, compress=True):
    """A PDF with a text layer; optionally an embedded image (e.g. a signature)."""
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_title("Documento")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        if line.strip():
            pdf.multi_cell(0, 6, _latin1(line), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(4)
    if image is not None:
        pdf.ln(6)
        pdf.image(io.BytesIO(image), w=60)
    return bytes(pdf.output())


def _font(size):
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf"):
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:
        return ImageFont.load_default()


def letter_image(lines, fmt="PNG", scribble=True, tilt=0.0):
    """A 'photo' or 'scan' of a handwritten/printed letter with a signature scrawl."""
    w, h = 1240, 1754
    img = Image.new("RGB", (w, h), (246, 244, 236))
    d = ImageDraw.Draw(img)
    f = _font(26)
    y = 110
    for line in lines:
        d.text((100, y), line, fill=(30, 30, 60), font=f)
        y += 44
    if scribble:
        y += 40
        pts = [(140 + i * 14, y + (30 if i % 3 == 0 else -20 if i % 3 == 1 else 5))
               for i in range(26)]
        d.line(pts, fill=(10, 20, 120), width=4)
        d.line([(120, y + 60), (560, y + 55)], fill=(10, 20, 120), width=2)
    if tilt:
        img = img.rotate(tilt, expand=False, fillcolor=(200, 200, 200))
    out = io.BytesIO()
    img.save(out, format=fmt, quality=80) if fmt == "JPEG" else img.save(out, format=fmt)
    return out.getvalue()


def signature_image():
    img = Image.new("RGB", (600, 200), (255, 255, 255))
    d = ImageDraw.Draw(img)
    pts = [(30 + i * 20, 100 + (40 if i % 2 else -35)) for i in range(27)]
    d.line(pts, fill=(20, 20, 110), width=5)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def scanned_pdf(lines):
    """A PDF holding only an image: no text layer."""
    png = letter_image(lines, fmt="JPEG", tilt=0.6)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(png), x=0, y=0, w=210)
    return bytes(pdf.output())


# ---------------------------------------------------------------- signatures
_CERTS = {}


def _cert_files(name):
    if name in _CERTS:
        return _CERTS[name]
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=1500))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    tmp = tempfile.mkdtemp(prefix="r6cert-")
    kp, cp = os.path.join(tmp, "key.pem"), os.path.join(tmp, "cert.pem")
    with open(kp, "wb") as fh:
        fh.write(key.private_bytes(serialization.Encoding.PEM,
                                   serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()))
    with open(cp, "wb") as fh:
        fh.write(cert.public_bytes(serialization.Encoding.PEM))
    _CERTS[name] = (kp, cp)
    return kp, cp


def signed_pdf(lines, signer_name):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    pdf = text_pdf(lines, compress=False)
    kp, cp = _cert_files(signer_name)
    signer = signers.SimpleSigner.load(kp, cp)
    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma"),
                           signer=signer)
    return out.getvalue()


def altered(pdf, old, new):
    """Change bytes inside the signed range (same length) so the digest breaks."""
    assert len(old) == len(new)
    ob, nb = old.encode("latin-1"), new.encode("latin-1")
    i = pdf.find(ob)
    assert i >= 0, old
    return pdf[:i] + nb + pdf[i + len(ob):]


def sig_status(pdf):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return "valid" if st.intact and st.valid else "invalid"


def pdf_text(pdf):
    from pypdf import PdfReader
    return "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages)
