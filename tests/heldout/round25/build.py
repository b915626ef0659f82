#!/usr/bin/env python3
"""Builds round25: .eml files + labels.jsonl for the CEPR mail-intake bot.

Run with the r25 venv:  /work/rounds/.venv-r25/bin/python build.py
Labels (fields) are written by hand per message; missing / outcome / flags /
dates are derived from them with the rules of INTAKE.md (sections 1, 3-5), and
each message also states the outcome it was designed for (asserted).
"""
import datetime as dt
import hashlib
import io
import json
import logging
import os
import random
import re
import sys
import tempfile
import textwrap
import tomllib
from email import policy
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.validation import validate_pdf_signature
from pypdf import PdfReader

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
RNG = random.Random(2525)

# ---------------------------------------------------------------- calendar
CFG = tomllib.load(open(os.path.join(HERE, "config.toml"), "rb"))["calendar"]
NWD = {dt.date.fromisoformat(x) for x in CFG["non_working_days"]}
CLOSE = dt.time.fromisoformat(CFG["office_close"]) if CFG.get("office_close") else None
PE = holidays.country_holidays("PE", years=[2026, 2027])


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
    if is_bd(d) and (CLOSE is None or recv.time() < CLOSE):
        return d
    return next_bd(d)


# ---------------------------------------------------------------- contract
S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
INSTITUTIONAL = {S, M, R}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {"carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
        "reconsideracion": M, "apelacion": M, "renuncia": M,
        "prorroga_residencia": R, "duplicado_carne_extranjeria": R,
        "autorizacion_viaje": R}
REQ = {
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
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}

# ---------------------------------------------------------------- documents
_FONT_CACHE = {}


def font(size):
    if size not in _FONT_CACHE:
        _FONT_CACHE[size] = ImageFont.load_default(size=size)
    return _FONT_CACHE[size]


def scribble(draw, x, y, w=360, h=70):
    pts = []
    for i in range(28):
        pts.append((x + i * w / 27, y + h / 2 + RNG.uniform(-h / 2, h / 2)))
    draw.line(pts, fill=(20, 30, 120), width=4)
    draw.line([(x - 10, y + h + 8), (x + w + 20, y + h + 2)], fill=(20, 30, 120), width=3)


def letter_image(lines, fmt="JPEG", tilt=0.6):
    """A 'scanned' letter: text drawn on a page, a scribbled signature, grey noise."""
    img = Image.new("RGB", (1240, 1754), (246, 244, 238))
    d = ImageDraw.Draw(img)
    y = 110
    for ln in lines:
        for piece in textwrap.wrap(ln, 70) or [""]:
            d.text((110, y), piece, font=font(27), fill=(35, 35, 40))
            y += 38
    scribble(d, 160, y + 30)
    for _ in range(2500):
        px, py = RNG.randrange(1240), RNG.randrange(1754)
        d.point((px, py), fill=(200, 200, 195))
    img = img.rotate(tilt, fillcolor=(250, 250, 250))
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=70)
    else:
        img.save(buf, "PNG")
    return buf.getvalue()


def sig_image():
    img = Image.new("RGB", (420, 110), (255, 255, 255))
    scribble(ImageDraw.Draw(img), 20, 15)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def text_pdf(lines, with_sig_image=False, title=None):
    p = FPDF(format="A4")
    p.set_compression(False)
    p.set_title(title or "escrito")
    p.add_page()
    p.set_font("Helvetica", size=11)
    for ln in lines:
        if ln.startswith("**"):
            p.set_font("Helvetica", style="B", size=11)
            p.multi_cell(0, 6, ln[2:], new_x="LMARGIN", new_y="NEXT")
            p.set_font("Helvetica", size=11)
        else:
            p.multi_cell(0, 6, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    if with_sig_image:
        p.image(io.BytesIO(sig_image()), w=60)
    return bytes(p.output())


def image_pdf(lines):
    p = FPDF(format="A4")
    p.add_page()
    p.image(io.BytesIO(letter_image(lines, "PNG", tilt=-0.4)), x=0, y=0, w=210)
    return bytes(p.output())


def _signer(cn, org=None):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    name = x509.Name(attrs)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(dt.datetime(2026, 1, 1)).not_valid_after(dt.datetime(2029, 12, 31))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    d = tempfile.mkdtemp()
    with open(os.path.join(d, "k.pem"), "wb") as fh:
        fh.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()))
    with open(os.path.join(d, "c.pem"), "wb") as fh:
        fh.write(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(os.path.join(d, "k.pem"), os.path.join(d, "c.pem"))


def sign_pdf(pdf, cn, org=None):
    out = io.BytesIO()
    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="FirmaDigital"),
                     signer=_signer(cn, org), output=out)
    return out.getvalue()


def sig_intact(pdf):
    r = PdfFileReader(io.BytesIO(pdf))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    return validate_pdf_signature(sigs[0]).intact


def alter(pdf, old, new):
    assert len(old) == len(new) and pdf.count(old) == 1, (old, pdf.count(old))
    return pdf.replace(old, new)


def pdf_text(pdf):
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(io.BytesIO(pdf)).pages)


# attachments: (filename, bytes, kind)  kind in
#   signed | altered | scan_pdf | textimg_pdf | text_pdf | jpg | png | other
def att_signed(name, lines, cn, org=None):
    b = sign_pdf(text_pdf(lines), cn, org)
    assert sig_intact(b) is True
    return (name, b, "signed")


def att_altered(name, lines, cn, old, new):
    b = alter(sign_pdf(text_pdf(lines), cn), old, new)
    assert sig_intact(b) is False
    return (name, b, "altered")


def att_text(name, lines):
    return (name, text_pdf(lines), "text_pdf")


def att_textimg(name, lines):
    return (name, text_pdf(lines, with_sig_image=True), "textimg_pdf")


def att_scan(name, lines):
    return (name, image_pdf(lines), "scan_pdf")


def att_jpg(name, lines):
    return (name, letter_image(lines, "JPEG"), "jpg")


def att_png(name, lines):
    return (name, letter_image(lines, "PNG"), "png")


def firma_status(atts):
    kinds = [k for _, _, k in atts]
    if "signed" in kinds:
        return "valid"
    if "altered" in kinds:
        return "invalid"
    if any(k in ("scan_pdf", "textimg_pdf", "jpg", "png") for k in kinds):
        return "manuscrita"
    return "absent"


# ---------------------------------------------------------------- messages
MSGS = []


def lima(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)


def add(slug, *, mailbox, received, frm, subject, body=None, html=None, to=None, cc=None,
        procedure, fields, expect, flags_expect=(), atts=(), refugee=False, notif=None,
        machine=False, headers=(), date_shift=None, date_tz=None, recv_utc=False,
        report=None, extra_recv=True):
    MSGS.append(dict(slug=slug, mailbox=mailbox, received=received, frm=frm, subject=subject,
                     body=body, html=html, to=to, cc=cc, procedure=procedure, fields=fields,
                     expect=expect, flags_expect=set(flags_expect), atts=list(atts),
                     refugee=refugee, notif=notif, machine=machine, headers=list(headers),
                     date_shift=date_shift, date_tz=date_tz, recv_utc=recv_utc, report=report,
                     extra_recv=extra_recv))


def D(s):
    return textwrap.dedent(s).strip("\n") + "\n"


from messages import define  # noqa: E402  (the message texts live in messages.py)

define(add, D, lima, S, M, R, att_signed, att_altered, att_text, att_textimg, att_scan,
       att_jpg, att_png, text_pdf)


# ---------------------------------------------------------------- labels
def label(m):
    proc = m["procedure"]
    recv = m["received"]
    fd = filing_day(recv)
    fields = dict(m["fields"])
    atts = m["atts"]
    # signature status
    if proc in REQ and "firma" in REQ[proc]:
        sig = firma_status(atts)
    else:
        sig = "not_required"
    denuncia = any("denuncia" in n.lower() or
                   (k in ("text_pdf", "textimg_pdf", "signed", "altered") and "denuncia" in pdf_text(b).lower())
                   for n, b, k in atts)
    if m["machine"]:
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        outcome = None
    missing = []
    if outcome not in ("ignorado", "portal", "triage") and proc:
        for r in REQ[proc]:
            if r == "firma":
                if sig in ("invalid", "absent"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not denuncia:
                    missing.append(r)
            elif r.endswith("*"):
                if m["refugee"] or "carne_extranjeria" in fields:
                    if r[:-1] not in fields:
                        missing.append(r[:-1])
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
    if outcome not in ("ignorado", "portal", "triage"):
        if HOME.get(proc) and HOME[proc] != m["mailbox"]:
            flags.append("derivado")
        if proc in RECURSOS and m["notif"] and fd > add_bd(m["notif"], 15):
            flags.append("extemporaneo")
        if sig == "manuscrita":
            flags.append("verificar_firma")
    if outcome == "subsanar":
        due = add_bd(fd, 2)
    elif outcome in ("acuse", "cargo"):
        due = add_bd(fd, PLAZO[proc])
    else:
        due = None
    assert outcome == m["expect"], (m["slug"], outcome, m["expect"], missing)
    assert set(flags) == m["flags_expect"], (m["slug"], flags, m["flags_expect"])
    return dict(mailbox=m["mailbox"], received=recv.isoformat(), procedure=proc,
                fields=fields, missing=missing, signature=sig, outcome=outcome, flags=flags,
                filing_date=fd.isoformat(), due_date=due.isoformat() if due else None)


# ---------------------------------------------------------------- e-mail
RELAYS = ["mail-wr1-f54.google.com [209.85.221.54]", "mail-oi1-f177.google.com [209.85.167.177]",
          "EUR05-VI1-obe.outbound.protection.outlook.com [40.107.21.92]",
          "sonic310-21.consmr.mail.bf2.yahoo.com [74.6.135.84]", "mx01.estudio-legal.pe [190.81.44.10]"]


def build_eml(m, idx):
    recv = m["received"]
    if m["report"]:
        msg = m["report"]()
    elif m["atts"] or (m["html"] and m["body"]):
        msg = EmailMessage(policy=policy.SMTP)
        if m["body"] and m["html"]:
            msg.set_content(m["body"])
            msg.add_alternative(m["html"], subtype="html")
        elif m["body"]:
            msg.set_content(m["body"])
        else:
            msg.set_content(m["html"], subtype="html")
        for name, b, kind in m["atts"]:
            if name.lower().endswith(".pdf"):
                mt, st = "application", "pdf"
            elif name.lower().endswith((".jpg", ".jpeg")):
                mt, st = "image", "jpeg"
            else:
                mt, st = "image", "png"
            msg.add_attachment(b, maintype=mt, subtype=st, filename=name)
    else:
        msg = EmailMessage(policy=policy.SMTP)
        if m["html"]:
            msg.set_content(m["html"], subtype="html")
        else:
            msg.set_content(m["body"])
    hdr = []
    sender_dom = re.search(r"@([\w.-]+)", m["frm"]).group(1).lower()
    if "gmail" in sender_dom:
        relay = RELAYS[idx % 2]
    elif any(k in sender_dom for k in ("hotmail", "outlook")):
        relay = RELAYS[2]
    elif "yahoo" in sender_dom:
        relay = RELAYS[3]
    else:
        relay = f"mail.{sender_dom} [190.81.{idx % 200}.{(idx * 7) % 250 + 2}]"
    host = relay.split()[0]
    rtime = recv.astimezone(dt.timezone.utc) if m["recv_utc"] else recv
    hdr.append(("Received", f"from {host} ({relay}) by mx1.rree.gob.pe (Postfix) with ESMTPS id "
                            f"{hashlib.md5(m['slug'].encode()).hexdigest()[:10].upper()} for <{m['mailbox']}>; "
                            f"{format_datetime(rtime)}"))
    if m["extra_recv"]:
        earlier = (recv - dt.timedelta(seconds=3 + idx % 9)).astimezone(dt.timezone.utc)
        hdr.append(("Received", f"by {host} with SMTP id {idx}mr{int(hashlib.md5(m['slug'].encode()).hexdigest()[:6], 16) % 99999}; "
                                f"{format_datetime(earlier)}"))
    hdr.append(("Delivered-To", m["mailbox"]))
    shift = m["date_shift"] if m["date_shift"] is not None else dt.timedelta(seconds=-(20 + idx * 7 % 90))
    sent = recv + shift
    if m["date_tz"]:
        sent = sent.astimezone(dt.timezone(dt.timedelta(hours=m["date_tz"])))
    hdr.append(("Date", format_datetime(sent)))
    hdr.append(("From", m["frm"]))
    hdr.append(("To", m["to"] or m["mailbox"]))
    if m["cc"]:
        hdr.append(("Cc", m["cc"]))
    hdr.append(("Subject", m["subject"]))
    dom = re.search(r"@([\w.-]+)", m["frm"]).group(1)
    hdr.append(("Message-ID", f"<{hashlib.sha1((m['slug'] + '25').encode()).hexdigest()[:20]}@{dom}>"))
    for k, v in m["headers"]:
        hdr.append((k, v))
    # put our headers first, keep the MIME ones after
    mime = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdr:
        msg[k] = v
    for k, v in mime:
        msg[k] = v
    return msg.as_bytes(policy=policy.SMTP)


def all_text(m):
    parts = [m["subject"], m["body"] or "", re.sub(r"<[^>]+>", " ", m["html"] or "")]
    for n, b, k in m["atts"]:
        if n.lower().endswith(".pdf"):
            parts.append(pdf_text(b))
    return "\n".join(parts)


def sanity(m, lab):
    """Cheap check that labelled values occur in the readable text."""
    if lab["outcome"] == "ignorado":
        return
    txt = all_text(m)
    alnum = re.sub(r"[^0-9A-Za-z]", "", txt).upper()
    digits = re.sub(r"\D", "", txt)
    f = lab["fields"]
    if "documento_identidad" in f:
        assert f["documento_identidad"] in alnum, (m["slug"], f["documento_identidad"])
    if "carne_extranjeria" in f:
        assert f["carne_extranjeria"] in digits, (m["slug"], "ce")
    if "telefono" in f:
        num = phonenumbers.parse(f["telefono"])
        assert str(num.national_number) in digits, (m["slug"], f["telefono"])
    if "correo" in f:
        assert f["correo"] == f["correo"].lower()
        frm = re.search(r"[\w.+-]+@[\w.-]+", m["frm"]).group(0).lower()
        assert f["correo"] in txt.lower() or f["correo"] == frm, (m["slug"], "correo")
    else:
        frm = re.search(r"[\w.+-]+@[\w.-]+", m["frm"]).group(0).lower()
        assert frm in INSTITUTIONAL, (m["slug"], "correo missing")
    if "nombres" in f:
        n = f["nombres"]
        assert re.sub(r"\s+", " ", n) == n
        assert n.lower() in re.sub(r"\s+", " ", txt).lower(), (m["slug"], n)


def main():
    out = HERE
    for fn in os.listdir(out):
        if fn.endswith(".eml"):
            os.remove(os.path.join(out, fn))
    lines = []
    for i, m in enumerate(MSGS, 1):
        fn = f"{i:03d}-{m['slug']}.eml"
        lab = label(m)
        sanity(m, lab)
        with open(os.path.join(out, fn), "wb") as fh:
            fh.write(build_eml(m, i))
        lines.append(json.dumps(dict(file=fn, **lab), ensure_ascii=False))
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(len(MSGS), "messages")


if __name__ == "__main__":
    main()
