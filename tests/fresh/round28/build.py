#!/usr/bin/env python3
"""Build round 28: .eml files + labels.jsonl.

Run with the round's venv:  /work/rounds/.venv-r28/bin/python build.py
Labels are written by hand for fields; missing / outcome / flags / dates are
derived from the hand-written facts with the INTAKE.md rules (and re-checked
by hand for a sample, see README.md).
"""
import datetime as dt
import io
import json
import logging
import os
import random
import sys
import tempfile
import tomllib
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import holidays
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
random.seed(28)

with open(os.path.join(HERE, "config.toml"), "rb") as fh:
    CAL = tomllib.load(fh)["calendar"]
OFFICE_CLOSE = dt.time.fromisoformat(CAL["office_close"]) if CAL.get("office_close") else None
NWD = {dt.date.fromisoformat(d) for d in CAL.get("non_working_days", [])}
PE = holidays.country_holidays("PE", years=range(2026, 2028))

MESA = "mesadepartes@rree.gob.pe"
SOLI = "solicitantesrefugio@rree.gob.pe"
REFU = "refugiados@rree.gob.pe"

# ---------------------------------------------------------------- rules table
REQ = {
    "solicitud_refugio": [], "autorizacion_trabajo": [], "entrevista_registro": [],
    "carne_solicitante": [],
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"],
}
HOME = {
    "carne_solicitante": SOLI, "actualizacion_datos": SOLI, "cambio_clave": SOLI,
    "reconsideracion": MESA, "apelacion": MESA, "renuncia": MESA,
    "prorroga_residencia": REFU, "duplicado_carne_extranjeria": REFU, "autorizacion_viaje": REFU,
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}


def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NWD


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


def filing_day(recv):
    d = recv.date()
    if is_bd(d) and (OFFICE_CLOSE is None or recv.time() < OFFICE_CLOSE):
        return d
    return next_bd(d)


# ---------------------------------------------------------------- documents
_KEYS = {}


def signer_for(cn):
    if cn not in _KEYS:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                          x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
        t0 = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(random.getrandbits(64))
                .not_valid_before(t0).not_valid_after(t0 + dt.timedelta(days=1500))
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
                .sign(key, hashes.SHA256()))
        tmp = tempfile.mkdtemp(prefix="r28k")
        kp, cp = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
        with open(kp, "wb") as f:
            f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
        with open(cp, "wb") as f:
            f.write(cert.public_bytes(serialization.Encoding.PEM))
        _KEYS[cn] = signers.SimpleSigner.load(kp, cp)
    return _KEYS[cn]


def latin1(s):
    rep = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "ò": "ò"}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def text_pdf(lines, sig_image=False):
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln.startswith("# "):
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, latin1(ln[2:]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=11)
        else:
            pdf.multi_cell(0, 6, latin1(ln) if ln else " ", new_x="LMARGIN", new_y="NEXT")
    if sig_image:
        buf = io.BytesIO()
        scribble(300, 110).save(buf, "PNG")
        buf.seek(0)
        pdf.image(buf, x=20, w=60)
    return bytes(pdf.output())


def sign(pdf_bytes, cn):
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="FirmaDigital", reason="Firma del recurrente"),
                           signer=signer_for(cn))
    return out.getvalue()


def intact(pdf_bytes):
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    s = r.embedded_signatures[0]
    return validate_pdf_signature(s, ValidationContext(trust_roots=[])).intact


def alter(signed, old, new):
    assert len(old) == len(new)
    head = signed.index(b"/ByteRange")
    i = signed.index(old)
    assert i < head
    out = signed[:i] + new + signed[i + len(old):]
    assert not intact(out)
    return out


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def scribble(w, h):
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    x, y = 10, h // 2
    pts = []
    for i in range(40):
        x += random.randint(3, 9)
        y = max(8, min(h - 8, y + random.randint(-18, 18)))
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110), width=3)
    d.line([(15, h - 20), (w - 30, h - 25)], fill=(20, 30, 110), width=2)
    return img


def scanned_letter(lines, w=1240, h=1754):
    img = Image.new("RGB", (w, h), (246, 244, 238))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 30)
    y = 120
    for ln in lines:
        d.text((110, y), ln, fill=(35, 35, 45), font=font)
        y += 48
    sig = scribble(360, 130)
    img.paste(sig, (130, y + 40))
    img = img.rotate(0.8, fillcolor=(230, 230, 225)).filter(ImageFilter.GaussianBlur(0.6))
    return img


def img_bytes(lines, fmt):
    buf = io.BytesIO()
    scanned_letter(lines).save(buf, fmt, **({"quality": 72} if fmt == "JPEG" else {}))
    return buf.getvalue()


def image_only_pdf(lines):
    pdf = FPDF()
    pdf.add_page()
    buf = io.BytesIO()
    scanned_letter(lines).save(buf, "JPEG", quality=70)
    buf.seek(0)
    pdf.image(buf, x=0, y=0, w=210)
    return bytes(pdf.output())


def make_attachment(a):
    """a = dict(name, kind, lines, [cn], [alter])  ->  (bytes, maintype, subtype)"""
    k = a["kind"]
    if k == "textpdf":
        return text_pdf(a["lines"]), "application", "pdf"
    if k == "textpdf_img":
        return text_pdf(a["lines"], sig_image=True), "application", "pdf"
    if k == "signed":
        b = sign(text_pdf(a["lines"]), a["cn"])
        assert intact(b)
        return b, "application", "pdf"
    if k == "altered":
        b = sign(text_pdf(a["lines"]), a["cn"])
        old, new = a["alter"]
        return alter(b, old.encode("latin-1"), new.encode("latin-1")), "application", "pdf"
    if k == "imgpdf":
        return image_only_pdf(a["lines"]), "application", "pdf"
    if k == "jpeg":
        return img_bytes(a["lines"], "JPEG"), "image", "jpeg"
    if k == "png":
        return img_bytes(a["lines"], "PNG"), "image", "png"
    raise ValueError(k)


def sig_status(atts):
    kinds = {a["kind"] for a in atts}
    if "signed" in kinds:
        return "valid"
    if "altered" in kinds:
        return "invalid"
    if kinds & {"imgpdf", "jpeg", "png", "textpdf_img"}:
        return "manuscrita"
    return "absent"


def has_denuncia(atts):
    for a in atts:
        if "denuncia" in a["name"].lower():
            return True
        if a["kind"] in ("textpdf", "textpdf_img", "signed") and any("denuncia" in l.lower() for l in a["lines"]):
            return True
    return False


# ---------------------------------------------------------------- labels
def label(m):
    recv = dt.datetime.fromisoformat(m["recv"]).replace(tzinfo=LIMA)
    proc = m["procedure"]
    atts = m.get("atts", [])
    fd = filing_day(recv)
    lab = {"file": m["file"], "mailbox": m["mailbox"], "received": recv.isoformat(), "procedure": proc}
    fields = dict(m.get("fields", {}))
    needs_firma = proc is not None and "firma" in REQ.get(proc, [])
    signature = sig_status(atts) if needs_firma else "not_required"
    missing, flags = [], []
    if m.get("machine"):
        outcome, fields = "ignorado", {}
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    else:
        if m["mailbox"] != HOME[proc]:
            flags.append("derivado")
        if proc == "carne_solicitante":
            outcome = "suspendido"
        else:
            for r in REQ[proc]:
                star = r.endswith("*")
                r = r.rstrip("*")
                if star and not m.get("refugee"):
                    continue
                if r == "firma":
                    ok = signature in ("valid", "manuscrita")
                elif r == "denuncia_policial":
                    ok = has_denuncia(atts)
                else:
                    ok = r in fields
                if not ok:
                    missing.append(r)
            if signature == "manuscrita":
                flags.append("verificar_firma")
            if proc in RECURSOS and m.get("notif"):
                limit = add_bd(dt.date.fromisoformat(m["notif"]), 15)
                if fd > limit:
                    flags.append("extemporaneo")
            outcome = "subsanar" if missing else ("cargo" if proc in RECURSOS else "acuse")
    if outcome == "subsanar":
        due = add_bd(fd, 2)
    elif outcome in ("cargo", "acuse"):
        due = add_bd(fd, PLAZO[proc])
    else:
        due = None
    lab.update({"fields": fields, "missing": missing, "signature": signature, "outcome": outcome,
                "flags": flags, "filing_date": fd.isoformat(), "due_date": due.isoformat() if due else None})
    if "expect" in m:  # hand-written expectation, cross-check
        for k, v in m["expect"].items():
            assert lab[k] == v, (m["file"], k, lab[k], v)
    return lab


# ---------------------------------------------------------------- e-mail
MX = ["mx1.rree.gob.pe", "mx2.rree.gob.pe"]
RELAYS = {
    "gmail.com": ("mail-sor-f{n}.google.com", "209.85.220.{n}"),
    "hotmail.com": ("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.{n}"),
    "outlook.com": ("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.21.{n}"),
    "yahoo.com": ("sonic{n}-22.consmr.mail.ne1.yahoo.com", "66.163.190.{n}"),
    "yahoo.fr": ("sonic{n}-40.consmr.mail.ir2.yahoo.com", "77.238.177.{n}"),
    "mx2.rree.gob.pe": ("mx2.rree.gob.pe", "10.20.1.{n}"),
}


def received_headers(m, recv):
    frm = m["from"]
    dom = frm.split("@")[-1].rstrip(">").lower()
    host, ip = RELAYS.get(dom, ("smtp." + dom, "190.12.71.{n}"))
    n = random.randint(10, 90)
    host, ip = host.format(n=n), ip.format(n=n)
    off = m.get("hdr_tz", -5)
    tz = dt.timezone(dt.timedelta(hours=off))
    top = recv.astimezone(tz)
    mid = (recv - dt.timedelta(seconds=random.randint(2, 40))).astimezone(tz)
    sid = "".join(random.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(12))
    r1 = (f"from {host} ({host} [{ip}]) by {random.choice(MX)} (Postfix) with ESMTPS id {sid} "
          f"for <{m['mailbox']}>; {format_datetime(top)}")
    r2 = f"by 2002:a05:6a20:{random.randint(1000,9999):x}::{random.randint(10,99)} with SMTP id {sid.lower()}; {format_datetime(mid)}"
    return [r1, r2]


def build(m):
    recv = dt.datetime.fromisoformat(m["recv"]).replace(tzinfo=LIMA)
    if "raw" in m:
        txt = m["raw"](m, recv, received_headers(m, recv))
        with open(os.path.join(HERE, m["file"]), "w", newline="\n") as f:
            f.write(txt)
        return
    msg = EmailMessage(policy=policy.SMTP)
    for r in received_headers(m, recv):
        msg["Received"] = r
    if m.get("delivered_to", True):
        msg["Delivered-To"] = m["mailbox"]
    sent = recv - dt.timedelta(seconds=m.get("lag", random.randint(5, 200)))
    msg["Date"] = format_datetime(sent.astimezone(dt.timezone(dt.timedelta(hours=m.get("date_tz", -5)))))
    msg["From"] = m["from"]
    msg["To"] = m.get("to", m["mailbox"])
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    dom = m["from"].split("@")[-1].rstrip(">")
    msg["Message-ID"] = f"<{random.getrandbits(64):x}.{m['file'][:3]}@{dom}>"
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if m.get("html"):
        msg.set_content(m["html"], subtype="html")
        if m.get("text_alt"):
            msg.add_alternative(m["text_alt"], subtype="plain")
    else:
        msg.set_content(m["body"])
    for a in m.get("atts", []):
        data, mt, st = make_attachment(a)
        msg.add_attachment(data, maintype=mt, subtype=st, filename=a["name"])
    with open(os.path.join(HERE, m["file"]), "wb") as f:
        f.write(msg.as_bytes())


def main():
    from messages import MESSAGES
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labs = []
    for m in MESSAGES:
        build(m)
        labs.append(label(m))
    with open(os.path.join(HERE, "labels.jsonl"), "w") as f:
        for l in labs:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labs), "messages")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
