#!/usr/bin/env python3
"""Build round13: an ordinary mixed fortnight (30 Nov - 13 Dec 2026) at the CEPR office.

Writes NNN-slug.eml files and labels.jsonl next to this script.
Run with the round's venv: /work/rounds/.venv-r13/bin/python build.py
"""
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import io
import json
import logging
import os
import random
import sys
from email.message import EmailMessage

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import pypdf

from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pyhanko.sign import signers
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calendar_util import filing_day, add_business, is_late  # noqa: E402

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = dt.timezone(dt.timedelta(hours=-5))
RNG = random.Random(13)

SOL = "solicitantesrefugio@rree.gob.pe"
MDP = "mesadepartes@rree.gob.pe"
REF = "refugiados@rree.gob.pe"
INSTITUTIONAL = {SOL, MDP, REF}

HOME = {
    "carne_solicitante": SOL, "actualizacion_datos": SOL, "cambio_clave": SOL,
    "reconsideracion": MDP, "apelacion": MDP, "renuncia": MDP,
    "prorroga_residencia": REF, "duplicado_carne_extranjeria": REF, "autorizacion_viaje": REF,
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
REQ = {
    "carne_solicitante": [],
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria",
                            "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad",
                                    "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres",
                           "carne_extranjeria", "telefono"],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}

# ---------------------------------------------------------------- documents

def text_pdf(lines, compress=True):
    pdf = FPDF()
    pdf.set_compression(compress)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        if line == "":
            pdf.ln(4)
            continue
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


_CERTS = {}


def _signer(cn):
    if cn not in _CERTS:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
        start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(start).not_valid_after(start + dt.timedelta(days=1460))
                .sign(key, hashes.SHA256()))
        kp = os.path.join("/tmp", f"r13-{hashlib.md5(cn.encode()).hexdigest()}")
        with open(kp + ".key", "wb") as f:
            f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
        with open(kp + ".crt", "wb") as f:
            f.write(cert.public_bytes(serialization.Encoding.PEM))
        _CERTS[cn] = signers.SimpleSigner.load(kp + ".key", kp + ".crt")
    return _CERTS[cn]


def sign(pdf_bytes, cn):
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = io.BytesIO()
    signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma", reason="Firma del solicitante"),
                     signer=_signer(cn), output=out)
    return out.getvalue()


def sig_intact(pdf_bytes):
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    if not r.embedded_signatures:
        return None
    st = validate_pdf_signature(r.embedded_signatures[0], ValidationContext(allow_fetching=False))
    return st.intact


def letter_image(lines, width=1240, height=1754):
    """A 'scanned' handwritten page: text drawn as pixels plus a scribbled signature."""
    img = Image.new("RGB", (width, height), (246, 243, 236))
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", 30)
    except OSError:
        font = ImageFont.load_default()
    y = 140
    for line in lines:
        d.text((110 + RNG.randint(-4, 4), y), line, fill=(25, 35, 90), font=font)
        y += 52
    y += 60
    pts = []
    x0 = 650
    for i in range(40):
        pts.append((x0 + i * 9, y + RNG.randint(-28, 28)))
    d.line(pts, fill=(20, 30, 110), width=4)
    d.line([(600, y + 50), (1060, y + 50)], fill=(60, 60, 60), width=2)
    for _ in range(3000):  # scanner noise
        d.point((RNG.randrange(width), RNG.randrange(height)), fill=(200, 198, 190))
    return img


def img_bytes(img, fmt):
    b = io.BytesIO()
    img.save(b, format=fmt, quality=70) if fmt == "JPEG" else img.save(b, format=fmt)
    return b.getvalue()


def image_only_pdf(img):
    pdf = FPDF()
    pdf.add_page()
    b = io.BytesIO()
    img.save(b, format="JPEG", quality=70)
    b.seek(0)
    pdf.image(b, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def pdf_text(pdf_bytes):
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf_bytes)).pages)


# Attachment specs: (kind, filename, payload)
#   ("signed", fn, (cn, lines))            -> valid digital signature
#   ("altered", fn, (cn, lines, old, new))  -> signed, then bytes changed -> invalid
#   ("textpdf", fn, lines)                  -> text-only PDF, no signature
#   ("scanpdf", fn, lines)                  -> image-only PDF (scan)
#   ("jpg"/"png", fn, lines)                -> photo of a handwritten letter

def render_attachment(spec):
    kind, fn, payload = spec
    if kind == "signed":
        cn, lines = payload
        data = sign(text_pdf(lines), cn)
        assert sig_intact(data) is True
        return fn, "application", "pdf", data, "valid", pdf_text(data)
    if kind == "altered":
        cn, lines, old, new = payload
        assert len(old) == len(new)
        data = sign(text_pdf(lines, compress=False), cn)
        ob = old.encode("latin-1")
        assert data.count(ob) == 1, (fn, data.count(ob))
        data = data.replace(ob, new.encode("latin-1"))
        assert sig_intact(data) is False
        return fn, "application", "pdf", data, "invalid", pdf_text(data)
    if kind == "textpdf":
        data = text_pdf(payload)
        return fn, "application", "pdf", data, "absent", pdf_text(data)
    if kind == "scanpdf":
        data = image_only_pdf(letter_image(payload))
        assert pdf_text(data).strip() == ""
        return fn, "application", "pdf", data, "manuscrita", ""
    if kind in ("jpg", "png"):
        fmt = "JPEG" if kind == "jpg" else "PNG"
        data = img_bytes(letter_image(payload), fmt)
        return fn, "image", "jpeg" if kind == "jpg" else "png", data, "manuscrita", ""
    raise ValueError(kind)


# ---------------------------------------------------------------- messages

M = []


def add(**kw):
    M.append(kw)


from messages import define  # noqa: E402  (message texts live in messages.py)

define(add, SOL=SOL, MDP=MDP, REF=REF)

# ---------------------------------------------------------------- build

SENDER_RELAYS = {
    "gmail.com": ("mail-sor-f41.google.com", "209.85.220.41"),
    "hotmail.com": ("mail-dm6nam10olkn2081.outbound.protection.outlook.com", "40.92.41.81"),
    "outlook.com": ("mail-bn8nam12olkn2019.outbound.protection.outlook.com", "40.92.21.19"),
    "outlook.es": ("mail-vi1eur02olkn2044.outbound.protection.outlook.com", "40.92.48.44"),
    "yahoo.com": ("sonic310-21.consmr.mail.ne1.yahoo.com", "66.163.187.147"),
    "yahoo.es": ("sonic305-20.consmr.mail.ir2.yahoo.com", "77.238.176.146"),
    "icloud.com": ("st43p00im-zteg10071901.me.com", "17.58.63.180"),
}


def relay_for(addr):
    dom = addr.split("@")[-1].lower()
    return SENDER_RELAYS.get(dom, (f"mail.{dom}", "190.81.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))))


def decide(m, sig_status, denuncia):
    proc = m["procedure"]
    fields = m["fields"]
    if m.get("ignorado"):
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        outcome = None
    needs_firma = proc in REQ and "firma" in REQ[proc]
    signature = sig_status if needs_firma else "not_required"
    missing = []
    if proc in REQ and outcome not in ("ignorado", "portal", "triage"):
        for r in REQ[proc]:
            if r == "firma":
                if signature in ("absent", "invalid"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not denuncia:
                    missing.append(r)
            elif r.endswith("*"):
                base = r[:-1]
                if m.get("refugiado") and base not in fields:
                    missing.append(base)
            elif r not in fields:
                missing.append(r)
    if outcome is None:
        if missing:
            outcome = "subsanar"
        elif proc in RECURSOS:
            outcome = "cargo"
        else:
            outcome = "acuse"
    flags = []
    fd = filing_day(m["received"])
    if outcome not in ("ignorado", "portal", "triage"):
        if HOME.get(proc) and HOME[proc] != m["mailbox"]:
            flags.append("derivado")
        if proc in RECURSOS and m.get("notified") and is_late(m["notified"], fd):
            flags.append("extemporaneo")
        if signature == "manuscrita":
            flags.append("verificar_firma")
    if outcome == "subsanar":
        due = add_business(fd, 2)
    elif outcome in ("acuse", "cargo"):
        due = add_business(fd, PLAZO[proc])
    else:
        due = None
    return signature, missing, outcome, flags, fd, due


def build():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    seen = set()
    for i, m in enumerate(M, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        assert m["slug"] not in seen
        seen.add(m["slug"])
        rec = m["received"]
        if "raw" in m:  # hand-written MIME (delivery report)
            data = m["raw"](rec).encode("utf-8")
            sig_status, denuncia, texts = "absent", False, []
        else:
            msg = EmailMessage(policy=email.policy.default)
            from_name, from_addr = m["frm"]
            host, ip = relay_for(from_addr)
            msgid_dom = from_addr.split("@")[-1]
            sent = rec - dt.timedelta(seconds=m.get("lag", RNG.randint(2, 40)))
            msg["Received"] = (f"from {host} ({host} [{ip}]) by mx1.rree.gob.pe (Postfix) with ESMTPS id "
                               f"{hashlib.md5(fname.encode()).hexdigest()[:10].upper()} for <{m['mailbox']}>; "
                               f"{email.utils.format_datetime(rec)}")
            msg["Received"] = (f"by {host} with SMTP id {hashlib.sha1(fname.encode()).hexdigest()[:16]}; "
                               f"{email.utils.format_datetime(sent)}")
            if m.get("delivered", True):
                msg["Delivered-To"] = m["mailbox"]
            date_tz = m.get("date_tz", LIMA)
            date_val = m.get("date") or sent
            msg["Date"] = email.utils.format_datetime(date_val.astimezone(date_tz))
            msg["From"] = email.utils.formataddr((from_name, from_addr)) if from_name else from_addr
            msg["To"] = m.get("to", m["mailbox"])
            if m.get("cc"):
                msg["Cc"] = m["cc"]
            msg["Subject"] = m["subject"]
            msg["Message-ID"] = f"<{hashlib.sha1((fname + 'r13').encode()).hexdigest()[:20]}@{msgid_dom}>"
            for h, v in m.get("headers", []):
                msg[h] = v
            charset = m.get("charset", "utf-8")
            if m.get("html"):
                if m.get("body"):
                    msg.set_content(m["body"], charset=charset)
                    msg.add_alternative(m["html"], subtype="html")
                else:
                    msg.set_content(m["html"], subtype="html", charset=charset)
            else:
                msg.set_content(m["body"], charset=charset)
            statuses, texts, denuncia = [], [], False
            for spec in m.get("att", []):
                fn, mt, st, payload, status, text = render_attachment(spec)
                msg.add_attachment(payload, maintype=mt, subtype=st, filename=fn)
                statuses.append(status)
                texts.append(text)
                if "denuncia" in fn.lower() or "denuncia" in text.lower():
                    denuncia = True
            sig_status = "absent"
            for s in ("valid", "invalid", "manuscrita"):
                if s in statuses:
                    sig_status = s
                    break
            data = msg.as_bytes()
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        # check that PDF-only data really is in the PDF text layer
        for needle in m.get("in_pdf", []):
            assert any(needle.lower() in t.lower() for t in texts), (fname, needle, texts)
        signature, missing, outcome, flags, fd, due = decide(m, sig_status, denuncia)
        exp = m["expect"]
        assert outcome == exp["outcome"], (fname, outcome, exp)
        assert sorted(flags) == sorted(exp.get("flags", [])), (fname, flags, exp)
        assert missing == exp.get("missing", []), (fname, missing, exp)
        if "signature" in exp:
            assert signature == exp["signature"], (fname, signature, exp)
        fields = {} if outcome == "ignorado" else m["fields"]
        if outcome != "ignorado" and m["frm"][1] not in INSTITUTIONAL:
            assert "correo" in fields, fname
        labels.append({
            "file": fname, "mailbox": m["mailbox"], "received": rec.isoformat(),
            "procedure": m["procedure"], "fields": fields, "missing": missing, "signature": signature,
            "outcome": outcome, "flags": flags, "filing_date": fd.isoformat(),
            "due_date": due.isoformat() if due else None,
        })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    build()
