#!/usr/bin/env python3
"""Build round61: an ordinary busy fortnight (30 Nov - 13 Dec 2026) at CEPR mailboxes."""
import datetime as dt, io, json, os, hashlib, random
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo
import holidays
from fpdf import FPDF
from PIL import Image, ImageDraw

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE = holidays.country_holidays("PE", years=[2026, 2027])
S, M, R = "solicitantesrefugio@rree.gob.pe", "mesadepartes@rree.gob.pe", "refugiados@rree.gob.pe"
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {"carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S, "reconsideracion": M,
        "apelacion": M, "renuncia": M, "prorroga_residencia": R, "duplicado_carne_extranjeria": R,
        "autorizacion_viaje": R}
REQ = {
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30, "renuncia": 15,
         "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}


def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def filing(recv):
    d = recv.date()
    if is_bd(d) and recv.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d

# ---------------------------------------------------------------- documents
KEYDIR = os.path.join(OUT, ".keys")


def make_keys():
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    os.makedirs(KEYDIR, exist_ok=True)
    kp, cp = os.path.join(KEYDIR, "key.pem"), os.path.join(KEYDIR, "cert.pem")
    if os.path.exists(kp):
        return kp, cp
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Firma Ciudadana de Prueba"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=900))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    open(kp, "wb").write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    open(cp, "wb").write(cert.public_bytes(serialization.Encoding.PEM))
    return kp, cp


def text_pdf(text):
    pdf = FPDF()
    pdf.compress = False
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.split("\n"):
        pdf.multi_cell(0, 6, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def signed_pdf(text, alter=False):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    kp, cp = make_keys()
    signer = signers.SimpleSigner.load(kp, cp)
    w = IncrementalPdfFileWriter(io.BytesIO(text_pdf(text)))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma1"), signer=signer).getvalue()
    if alter:
        assert out.count(b"Atentamente") == 1, "need one Atentamente"
        out = out.replace(b"Atentamente", b"ATENTAMENTE")
    st = validate_pdf_signature(PdfFileReader(io.BytesIO(out)).embedded_signatures[0])
    assert st.intact == (not alter), (alter, st.intact)
    return out


def scan_image(lines, fmt="JPEG"):
    img = Image.new("RGB", (850, 1100), (246, 243, 236))
    d = ImageDraw.Draw(img)
    y = 60
    for ln in lines:
        d.text((60, y), ln, fill=(30, 30, 60))
        y += 28
    random.seed(len(lines))
    pts = [(420 + i * 9, 900 + random.randint(-25, 25)) for i in range(30)]
    d.line(pts, fill=(10, 10, 120), width=3)
    b = io.BytesIO()
    img.save(b, fmt, quality=70) if fmt == "JPEG" else img.save(b, fmt)
    return b.getvalue()


def scan_pdf(lines):
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(scan_image(lines, "PNG")), x=0, y=0, w=210)
    return bytes(pdf.output())

# ---------------------------------------------------------------- messages
MSGS = []


def msg(file, mailbox, recv, frm, subject, body, procedure, fields, att=(), html=False, to=None,
        hdr=None, refugee=False, notified=None, ignorado=False, date_lag=3, cc=None, report=False):
    MSGS.append(dict(file=file, mailbox=mailbox, recv=dt.datetime.strptime(recv, "%Y-%m-%d %H:%M").replace(tzinfo=TZ),
                     frm=frm, subject=subject, body=body, procedure=procedure, fields=fields, att=list(att),
                     html=html, to=to, hdr=hdr or {}, refugee=refugee, notified=notified, ignorado=ignorado,
                     date_lag=date_lag, cc=cc, report=report))

# attachments: (kind, filename, payload) kind in signed/altered/textpdf/scanpdf/jpg/png
def A(kind, name, content):
    return (kind, name, content)


exec(open(os.path.join(OUT, "messages.py"), encoding="utf-8").read())

# ---------------------------------------------------------------- labels


def sig_status(m):
    kinds = [a[0] for a in m["att"]]
    if "signed" in kinds: return "valid"
    if "altered" in kinds: return "invalid"
    if any(k in ("scanpdf", "jpg", "png") for k in kinds): return "manuscrita"
    return "absent"


def label(m):
    p, f = m["procedure"], m["fields"]
    recv = m["recv"]
    fd = filing(recv)
    base = dict(file=m["file"], mailbox=m["mailbox"], received=recv.isoformat(), procedure=p, fields=f)
    needs_firma = p in REQ and "firma" in REQ[p]
    sig = sig_status(m) if needs_firma else "not_required"
    if m["ignorado"]:
        return {**base, "missing": [], "signature": sig, "outcome": "ignorado", "flags": [], "filing_date": fd.isoformat(), "due_date": None}
    if p in PORTAL:
        return {**base, "missing": [], "signature": sig, "outcome": "portal", "flags": [], "filing_date": fd.isoformat(), "due_date": None}
    if p is None:
        return {**base, "missing": [], "signature": sig, "outcome": "triage", "flags": [], "filing_date": fd.isoformat(), "due_date": None}
    flags = []
    if m["mailbox"] != HOME[p]:
        flags.append("derivado")
    if p == "carne_solicitante":
        return {**base, "missing": [], "signature": sig, "outcome": "suspendido", "flags": flags, "filing_date": fd.isoformat(), "due_date": None}
    missing = []
    for r in REQ[p]:
        if r == "firma":
            if sig in ("invalid", "absent"): missing.append("firma")
        elif r == "denuncia_policial":
            if not any("denuncia" in a[1].lower() or "denuncia" in str(a[2]).lower() for a in m["att"]):
                missing.append(r)
        elif r.endswith("*"):
            rr = r[:-1]
            if (m["refugee"] or rr in f) and rr not in f: missing.append(rr)
        elif r not in f:
            missing.append(r)
    if sig == "manuscrita":
        flags.append("verificar_firma")
    if m["notified"]:
        n = dt.date.fromisoformat(m["notified"])
        if fd > add_bd(n, 15):
            flags.append("extemporaneo")
    if missing:
        out, due = "subsanar", add_bd(fd, 2)
    else:
        out = "cargo" if p in ("reconsideracion", "apelacion") else "acuse"
        due = add_bd(fd, PLAZO[p])
    return {**base, "missing": missing, "signature": sig, "outcome": out, "flags": flags,
            "filing_date": fd.isoformat(), "due_date": due.isoformat()}


def build(m):
    e = EmailMessage()
    recv = m["recv"]
    e["Received"] = (f"from mail-{random.randint(10,99)}.example.net ([198.51.100.{random.randint(2,250)}]) "
                     f"by mx1.rree.gob.pe with ESMTPS id {hashlib.md5(m['file'].encode()).hexdigest()[:10]}; "
                     + format_datetime(recv))
    e["Delivered-To"] = m["mailbox"]
    e["Date"] = format_datetime(recv - dt.timedelta(minutes=m["date_lag"]))
    e["From"] = m["frm"]
    e["To"] = m["to"] or m["mailbox"]
    if m["cc"]: e["Cc"] = m["cc"]
    e["Subject"] = m["subject"]
    e["Message-ID"] = make_msgid(idstring=m["file"][:3], domain="mail.example.net")
    for k, v in m["hdr"].items():
        e[k] = v
    if m["report"]:
        e.set_content(m["body"])
        e.make_mixed()
        e.set_type("multipart/report")
        e.set_param("report-type", "delivery-status")
        from email.message import Message
        ds = EmailMessage()
        ds.set_content("Reporting-MTA: dns; mx1.rree.gob.pe\n\nFinal-Recipient: rfc822; " + m["report"] + "\nAction: failed\nStatus: 5.1.1\n")
        e.attach(ds)
        return e
    if m["html"]:
        import re
        plain = re.sub(r"<[^>]+>", " ", m["body"])
        e.set_content(re.sub(r"[ \t]+", " ", plain))
        e.add_alternative(m["body"], subtype="html")
    else:
        e.set_content(m["body"])
    for kind, name, content in m["att"]:
        if kind == "signed": data, mt = signed_pdf(content), ("application", "pdf")
        elif kind == "altered": data, mt = signed_pdf(content, alter=True), ("application", "pdf")
        elif kind == "textpdf": data, mt = text_pdf(content), ("application", "pdf")
        elif kind == "scanpdf": data, mt = scan_pdf(content.split("\n")), ("application", "pdf")
        elif kind == "jpg": data, mt = scan_image(content.split("\n")), ("image", "jpeg")
        elif kind == "png": data, mt = scan_image(content.split("\n"), "PNG"), ("image", "png")
        e.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=name)
    return e


def main():
    random.seed(61)
    for old in os.listdir(OUT):
        if old.endswith(".eml"): os.remove(os.path.join(OUT, old))
    labels = []
    for m in MSGS:
        e = build(m)
        with open(os.path.join(OUT, m["file"]), "wb") as fh:
            fh.write(e.as_bytes())
        labels.append(label(m))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
