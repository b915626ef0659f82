#!/usr/bin/env python3
"""Builds round27: .eml files, labels.jsonl and config.toml.

Run with the r27 venv:  /work/rounds/.venv-r27/bin/python build.py
Needs: holidays, fpdf2, pypdf, pyhanko, cryptography, phonenumbers, Pillow.
"""
import datetime as dt
import io
import json
import logging
import os
import re
import sys
import tempfile
from email import encoders
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
import pypdf
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

logging.disable(logging.CRITICAL)
import warnings  # noqa: E402
warnings.filterwarnings("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")

# ---------------------------------------------------------------- calendar
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 31)}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])


def is_bd(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NON_WORKING


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(recv):
    d = recv.date()
    if is_bd(d) and recv.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


# ---------------------------------------------------------------- procedures
S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {
    "carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
    "reconsideracion": M, "apelacion": M, "renuncia": M,
    "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R,
}
REQ = {
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
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30, "renuncia": 15,
         "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}

# ---------------------------------------------------------------- PDFs and images
_KEYDIR = tempfile.mkdtemp(prefix="r27keys-")


def _signer(cn):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    kp = os.path.join(_KEYDIR, "k.pem")
    cp = os.path.join(_KEYDIR, "c.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(kp, cp)


def text_pdf(lines, title=None):
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_margins(20, 20, 20)
    pdf.set_font("helvetica", size=10)
    for line in lines:
        if line.startswith("#"):
            pdf.set_font("helvetica", style="B", size=11)
            pdf.multi_cell(0, 6, line[1:].strip(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("helvetica", size=10)
        elif line == "":
            pdf.ln(3)
        else:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def sign_pdf(raw, cn):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="FirmaDigital", reason="Soy el autor"),
                           signer=_signer(cn))
    return out.getvalue()


def sig_intact(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    r = PdfFileReader(io.BytesIO(data))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    return validate_pdf_signature(sigs[0], ValidationContext(trust_roots=[])).intact


def alter(signed, old, new):
    assert len(old) == len(new)
    assert signed.count(old) >= 1, old
    out = signed.replace(old, new, 1)
    assert sig_intact(out) is False
    return out


_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"
_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def letter_image(lines, scribble=True, size=(1240, 1754), font=_HAND, fsize=30):
    img = Image.new("RGB", size, (247, 245, 238))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(font, fsize)
    y = 110
    for line in lines:
        d.text((110, y), line, fill=(25, 30, 90), font=f)
        y += int(fsize * 1.55)
    if scribble:
        x0, y0 = 160, y + 40
        pts = [(x0 + i * 14, y0 + (22 if i % 2 else -18) + (i % 5) * 3) for i in range(22)]
        d.line(pts, fill=(20, 20, 110), width=4)
        d.line([(x0 - 20, y0 + 45), (x0 + 330, y0 + 38)], fill=(20, 20, 110), width=2)
    return img


def img_bytes(img, fmt):
    b = io.BytesIO()
    img.save(b, format=fmt, quality=80) if fmt == "JPEG" else img.save(b, format=fmt)
    return b.getvalue()


def scan_pdf(lines):
    img = letter_image(lines)
    pdf = FPDF(format="A4")
    pdf.add_page()
    b = io.BytesIO()
    img.save(b, format="JPEG", quality=75)
    b.seek(0)
    pdf.image(b, x=0, y=0, w=210, h=297)
    data = bytes(pdf.output())
    assert pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text().strip() == ""
    return data


def pdf_text(data):
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)


# ---------------------------------------------------------------- message assembly
def enc_cs(name, cte):
    cs = Charset(name)
    cs.header_encoding = QP if name != "utf-8" else BASE64
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return cs


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(linesep="\r\n")


def addr(x):
    if isinstance(x, tuple):
        name, a = x
        try:
            name.encode("ascii")
            return formataddr((name, a))
        except UnicodeEncodeError:
            return formataddr((name, a), charset="utf-8")
    return x


RELAYS = {
    "gmail.com": ("mail-sor-f41.google.com", "209.85.220.41"),
    "hotmail.com": ("mail-dm6nam12olkn2054.outbound.protection.outlook.com", "40.92.22.54"),
    "outlook.com": ("mail-bn8nam12olkn2011.outbound.protection.outlook.com", "40.92.21.11"),
    "outlook.es": ("mail-am6eur05olkn2033.outbound.protection.outlook.com", "40.92.58.33"),
    "yahoo.com": ("sonic308-21.consmr.mail.ne1.yahoo.com", "66.163.187.147"),
}


def relay_for(a):
    dom = a.split("@")[-1].lower()
    return RELAYS.get(dom, ("mail." + dom, "190.%d.%d.%d" % (len(dom) * 3 % 250, len(a) * 7 % 250, 17)))


def received_line(a, mailbox, when, utc=False, qid="4Bx"):
    host, ip = relay_for(a)
    t = when.astimezone(dt.timezone.utc) if utc else when
    return ("from %s (%s [%s])\r\n\tby mx1.rree.gob.pe (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
            % (host, host, ip, qid, mailbox, format_datetime(t)))


MSGS = []


def add(**kw):
    MSGS.append(kw)


def lima(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LIMA)


def build_body(m):
    kind = m.get("kind", "plain")
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "qp")
    if kind == "plain":
        return MIMEText(m["body"], "plain", enc_cs(cs, cte))
    if kind == "html":
        return MIMEText(m["html"], "html", enc_cs(cs, cte))
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText(m["body"], "plain", enc_cs(cs, cte)))
    alt.attach(MIMEText(m["html"], "html", enc_cs(cs, cte)))
    return alt


def build(m):
    if "raw" in m:
        return m["raw"]
    body = build_body(m)
    atts = m.get("atts", [])
    if atts:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for a in atts:
            fn, data = a["name"], a["data"]
            if fn.lower().endswith(".pdf"):
                part = MIMEApplication(data, "pdf")
            elif fn.lower().endswith((".jpg", ".jpeg")):
                part = MIMEImage(data, "jpeg")
            elif fn.lower().endswith(".png"):
                part = MIMEImage(data, "png")
            else:
                part = MIMEBase("application", "octet-stream")
                part.set_payload(data)
                encoders.encode_base64(part)
            part.add_header("Content-Disposition", "attachment", filename=fn)
            msg.attach(part)
    else:
        msg = body
    recv = lima(m["recv"])
    mbox = m["mailbox"]
    frm = m["from_"]
    faddr = frm[1] if isinstance(frm, tuple) else frm
    lines = []
    lines.append(("Received", received_line(faddr, mbox, recv, utc=m.get("utc", False),
                                            qid=m.get("qid", "4T%sZ%02d" % (format(sum(map(ord, m["file"])) * 7919 % 0xfffff, "05X"), int(m["file"][:3]) % 97)))))
    sent = recv - dt.timedelta(seconds=m.get("lag", 41))
    if m.get("hops"):
        host, ip = relay_for(faddr)
        lines.append(("Received", "by %s with SMTP id %s;\r\n\t%s" % (
            host.replace("mail-", "mx-"), "a%08x" % (hash(m["file"]) & 0xffffffff),
            format_datetime(sent.astimezone(dt.timezone.utc)))))
    if m.get("delivered", True):
        lines.insert(0, ("Delivered-To", mbox))
    hdrs = lines + [
        ("Return-Path", "<%s>" % faddr),
        ("Date", format_datetime((sent - dt.timedelta(seconds=m.get("dlag", 3))).astimezone(
            ZoneInfo(m.get("tz", "America/Lima"))))),
        ("From", addr(frm)),
        ("To", ", ".join(addr(x) for x in m["to"])),
    ]
    if m.get("cc"):
        hdrs.append(("Cc", ", ".join(addr(x) for x in m["cc"])))
    hdrs.append(("Subject", hdr(m["subject"], m.get("subj_cs", "utf-8"))))
    hdrs.append(("Message-ID", m["mid"]))
    if m.get("irt"):
        hdrs.append(("In-Reply-To", m["irt"]))
        hdrs.append(("References", m["irt"]))
    for k, v in m.get("headers", []):
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    # rebuild the message with our header order first
    out = io.StringIO()
    for k, v in hdrs:
        out.write("%s: %s\r\n" % (k, v))
    body_bytes = msg.as_bytes()
    # drop MIME-Version from the generated part (we wrote it)
    body_bytes = re.sub(rb"^MIME-Version: 1.0\r?\n", b"", body_bytes, flags=re.M)
    return out.getvalue().encode("ascii") + body_bytes.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ---------------------------------------------------------------- labels
PROC_FIRMA = {"reconsideracion", "apelacion", "renuncia", "autorizacion_viaje"}


def sig_status(m, proc):
    if proc not in PROC_FIRMA:
        return "not_required"
    kinds = {a["kind"] for a in m.get("atts", [])}
    for st, ks in (("valid", {"signed"}), ("invalid", {"altered"}), ("manuscrita", {"scan", "image"})):
        if kinds & ks:
            return st
    return "absent"


def has_denuncia(m):
    for a in m.get("atts", []):
        if "denuncia" in a["name"].lower():
            return True
        if a["name"].lower().endswith(".pdf") and "denuncia" in pdf_text(a["data"]).lower():
            return True
    return False


def label(m):
    L = m["label"]
    proc = L.get("procedure")
    fields = dict(L.get("fields", {}))
    recv = lima(m["recv"])
    fday = filing_day(recv)
    sig = sig_status(m, proc)
    missing, flags = [], []
    if L.get("ignorado"):
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        refugee = L.get("refugee", False) or "carne_extranjeria" in fields
        for r in REQ[proc]:
            if r == "firma":
                if sig in ("invalid", "absent"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not has_denuncia(m):
                    missing.append(r)
            elif r.endswith("*"):
                if refugee and r[:-1] not in fields:
                    missing.append(r[:-1])
            elif r not in fields:
                missing.append(r)
        outcome = "subsanar" if missing else ("cargo" if proc in RECURSOS else "acuse")
    if outcome not in ("ignorado", "portal", "triage"):
        if m["mailbox"] != HOME[proc]:
            flags.append("derivado")
        if proc in RECURSOS and L.get("notif"):
            limit = add_bd(dt.date.fromisoformat(L["notif"]), 15)
            if fday > limit:
                flags.append("extemporaneo")
        if sig == "manuscrita":
            flags.append("verificar_firma")
    due = None
    if outcome == "subsanar":
        due = add_bd(fday, 2)
    elif outcome in ("cargo", "acuse"):
        due = add_bd(fday, PLAZO[proc])
    for k in ("telefono",):
        if k in fields:
            assert phonenumbers.is_valid_number(phonenumbers.parse(fields[k])), (m["file"], fields[k])
    if outcome != "ignorado" and "correo" not in fields:
        raise SystemExit("%s: no correo" % m["file"])
    return {
        "file": m["file"], "mailbox": m["mailbox"], "received": recv.isoformat(), "procedure": proc,
        "fields": fields, "missing": missing, "signature": sig, "outcome": outcome, "flags": flags,
        "filing_date": fday.isoformat(), "due_date": due.isoformat() if due else None,
    }


# ================================================================ the messages
exec(open(os.path.join(HERE, "messages.py"), encoding="utf-8").read())


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    for m in MSGS:
        data = build(m)
        with open(os.path.join(HERE, m["file"]), "wb") as f:
            f.write(data)
        labels.append(label(m))
    labels.sort(key=lambda x: x["file"])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "config.toml"), "w") as f:
        f.write('# Calendar settings the labels in labels.jsonl were computed with (round27).\n'
                '[calendar]\ntimezone = "America/Lima"\noffice_close = "16:30"\n'
                'non_working_days = ["2026-10-09", "2026-12-07", "2026-12-31"]\n')
    import shutil
    shutil.rmtree(_KEYDIR, ignore_errors=True)
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
