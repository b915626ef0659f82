#!/usr/bin/env python3
"""Build round44: ~46 labelled .eml messages for the CEPR intake bot."""
import io, json, datetime as dt, os, glob, hashlib
from zoneinfo import ZoneInfo
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.utils import format_datetime, make_msgid
import holidays
from fpdf import FPDF
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NWD = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 31)}
PE = holidays.country_holidays("PE", years=[2026, 2027])

def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NWD

def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d

def filing(ts):
    d = ts.date()
    if is_bd(d) and ts.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)

def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d

MB_S = "solicitantesrefugio@rree.gob.pe"
MB_M = "mesadepartes@rree.gob.pe"
MB_R = "refugiados@rree.gob.pe"
PROC = {
    "solicitud_refugio": ("portal", [], None),
    "autorizacion_trabajo": ("portal", [], None),
    "entrevista_registro": ("portal", [], None),
    "carne_solicitante": (MB_S, [], None),
    "actualizacion_datos": (MB_S, ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": (MB_S, ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": (MB_M, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15),
    "apelacion": (MB_M, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30),
    "renuncia": (MB_M, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": (MB_R, ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": (MB_R, ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "autorizacion_viaje": (MB_R, ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5),
}
RECURSOS = {"reconsideracion", "apelacion"}

# ---------------------------------------------------------------- documents
def text_pdf(lines, image=False, compress=True):
    pdf = FPDF()
    pdf.set_compression(compress)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())

def hand_image(lines, fmt="JPEG"):
    img = Image.new("RGB", (900, 60 + 34 * len(lines)), (250, 248, 240))
    d = ImageDraw.Draw(img)
    for i, ln in enumerate(lines):
        d.text((40, 30 + 34 * i), ln, fill=(20, 20, 90))
    d.line((60, 40 + 34 * len(lines) - 20, 300, 30 + 34 * len(lines) - 4), fill=(10, 10, 60), width=3)
    b = io.BytesIO(); img.save(b, fmt); return b.getvalue()

def scanned_pdf(lines):
    jpg = hand_image(lines)
    pdf = FPDF(); pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=10, y=10, w=190)
    return bytes(pdf.output())

_SIGNER = None
def signer():
    global _SIGNER
    if _SIGNER:
        return _SIGNER
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Firma Ciudadana Prueba r44")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(4444)
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(key, hashes.SHA256()))
    kp = os.path.join("/tmp", "r44key.pem"); cp = os.path.join("/tmp", "r44cert.pem")
    open(kp, "wb").write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    open(cp, "wb").write(cert.public_bytes(serialization.Encoding.PEM))
    _SIGNER = signers.SimpleSigner.load(kp, cp)
    return _SIGNER

def signed_pdf(lines, alter=False):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    raw = text_pdf(lines, compress=False)
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    out = io.BytesIO()
    signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="FirmaSolicitante"), signer=signer(), output=out)
    data = out.getvalue()
    if alter:
        assert b"Atentamente" in data
        data = data.replace(b"Atentamente", b"Atentamenta", 1)
    return data

# ---------------------------------------------------------------- messages
MSGS = []
def M(slug, mailbox, recv, frm, subject, body, *, to=None, html=None, atts=(), headers=None,
      proc=None, fields=None, sig=None, denuncia=False, notified=None, ignorado=False,
      refugee=False, cc=None, date_delta=3, raw=None):
    MSGS.append(dict(slug=slug, mailbox=mailbox, recv=recv, frm=frm, subject=subject, body=body,
                     to=to or mailbox, html=html, atts=list(atts), headers=headers or {}, proc=proc,
                     fields=fields or {}, sig=sig, denuncia=denuncia, notified=notified,
                     ignorado=ignorado, refugee=refugee, cc=cc, date_delta=date_delta, raw=raw))

def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)

exec(open(os.path.join(HERE, "messages.py"), encoding="utf-8").read())

# ---------------------------------------------------------------- labels
def label(m):
    proc = m["proc"]
    fields = dict(m["fields"])
    fd = filing(m["recv"])
    if m["ignorado"]:
        outcome = "ignorado"
    elif proc in ("solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"):
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        outcome = None
    reqs = PROC[proc][1] if proc else []
    needs_firma = "firma" in reqs
    sig = m["sig"] if needs_firma else "not_required"
    if needs_firma:
        assert sig in ("valid", "invalid", "manuscrita", "absent"), m["slug"]
    missing = []
    if outcome is None:
        refugee = m["refugee"] or "carne_extranjeria" in fields
        for r in reqs:
            if r == "firma":
                if sig in ("invalid", "absent"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not m["denuncia"]:
                    missing.append(r)
            elif r.endswith("*"):
                if refugee and r[:-1] not in fields:
                    missing.append(r[:-1])
            elif r not in fields:
                missing.append(r)
        if missing:
            outcome = "subsanar"
        elif proc in RECURSOS:
            outcome = "cargo"
        else:
            outcome = "acuse"
    flags = []
    if outcome in ("subsanar", "cargo", "acuse", "suspendido"):
        if PROC[proc][0] != m["mailbox"]:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and m["notified"]:
            limit = add_bd(m["notified"], 15)
            if fd > limit:
                flags.append("extemporaneo")
    if outcome == "subsanar":
        due = add_bd(fd, 2)
    elif outcome in ("cargo", "acuse"):
        due = add_bd(fd, PROC[proc][2])
    else:
        due = None
    return {"file": m["file"], "mailbox": m["mailbox"], "received": m["recv"].isoformat(),
            "procedure": proc, "fields": fields, "missing": missing, "signature": sig,
            "outcome": outcome, "flags": flags, "filing_date": fd.isoformat(),
            "due_date": due.isoformat() if due else None}

def build(m):
    if m["raw"] is not None:
        msg = m["raw"]
    else:
        msg = EmailMessage()
        msg.set_content(m["body"])
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html")
        for fn, ctype, data in m["atts"]:
            mt, st = ctype.split("/")
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    recv = m["recv"]
    hdrs = [("Received", f"from mail-out.example.net (mail-out.example.net [203.0.113.{len(m['slug'])}]) by mx1.rree.gob.pe (Postfix) with ESMTPS id {hashlib.md5(m['slug'].encode()).hexdigest()[:10].upper()} for <{m['mailbox']}>; {format_datetime(recv)}"),
            ("Delivered-To", m["mailbox"])]
    base = {"From": m["frm"], "To": m["to"], "Subject": m["subject"],
            "Date": format_datetime(recv - dt.timedelta(minutes=m["date_delta"])),
            "Message-ID": make_msgid(domain="r44.mail.example")}
    if m["cc"]:
        base["Cc"] = m["cc"]
    base.update(m["headers"])
    for k, v in base.items():
        if k in msg:
            del msg[k]
        msg[k] = v
    # put trace headers at the top
    items = list(msg._headers)
    msg._headers = [msg.policy.header_store_parse(k, v) for k, v in hdrs] + items
    return msg

def main():
    for p in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(p)
    labels = []
    for i, m in enumerate(MSGS, 1):
        m["file"] = f"{i:03d}-{m['slug']}.eml"
        msg = build(m)
        with open(os.path.join(HERE, m["file"]), "wb") as f:
            f.write(msg.as_bytes())
        labels.append(label(m))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "messages")

if __name__ == "__main__":
    main()
