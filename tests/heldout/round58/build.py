#!/usr/bin/env python3
"""Build round58: .eml files + labels.jsonl for the CEPR intake bot.

Run with the r58 venv:  /work/rounds/.venv-r58/bin/python build.py

Every message is declared once in MESSAGES (in messages.py). Labels are derived from
the declared fields / attachments with the rules of INTAKE.md, and then compared with
the outcome, flags and signature status written by hand next to each message, so a
slip in either place stops the build.
"""
import datetime as dt
import io
import json
import os
import random
import re
import sys
import tempfile
from email import policy
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import logging
import holidays
import phonenumbers
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
LIMA = ZoneInfo("America/Lima")
logging.disable(logging.CRITICAL)

# ---------------------------------------------------------------- calendar
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 31)}
PE = holidays.country_holidays("PE", years=[2026, 2027])


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
    d = received.date()
    if is_bd(d) and received.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


# ---------------------------------------------------------------- the contract
S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
INSTITUTIONAL = {S, M, R}

PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
SUSPENDED = {"carne_solicitante"}
RECURSOS = {"reconsideracion", "apelacion"}
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
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}
FIELD_ORDER = ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria",
               "fecha_nacimiento", "telefono", "correo", "destino", "fecha_salida", "fecha_retorno", "motivo"]

# ---------------------------------------------------------------- documents
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
if not os.path.exists(HAND):
    HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"


def latin(s):
    return (s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
             .replace("\u201c", '"').replace("\u201d", '"'))


def text_pdf(lines, image_png=None):
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.set_title("documento")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 6, latin(ln), new_x="LMARGIN", new_y="NEXT")
    if image_png is not None:
        pdf.ln(2)
        pdf.image(io.BytesIO(image_png), w=60)
    return bytes(pdf.output())


def scribble_png(seed, lines=(), width=900, height=None, fmt="PNG"):
    """A 'photo' of a handwritten page: a few lines of script-like text and a scribbled signature."""
    rnd = random.Random(seed)
    height = height or (120 + 44 * len(lines) + 160)
    img = Image.new("RGB", (width, height), (246, 243, 235))
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype(HAND, 26)
    except OSError:
        font = ImageFont.load_default()
    y = 40
    for ln in lines:
        d.text((40 + rnd.randint(-4, 4), y), ln, fill=(20, 30, 90), font=font)
        y += 44
    # signature scribble
    x0, y0 = width // 2, y + 60
    pts = []
    for i in range(40):
        pts.append((x0 + i * 7 + rnd.randint(-10, 10), y0 + rnd.randint(-35, 35)))
    d.line(pts, fill=(15, 20, 80), width=3)
    d.line([(x0 - 20, y0 + 50), (x0 + 300, y0 + 50)], fill=(60, 60, 60), width=1)
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=80)
    elif fmt == "TIFF":
        img.save(buf, "TIFF", compression="tiff_deflate")
    else:
        img.save(buf, "PNG")
    return buf.getvalue()


def image_pdf(png):
    """A scanned letter: one page holding only an image, no text layer."""
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(png), x=10, y=10, w=190)
    return bytes(pdf.output())


_CERTS = {}


def signer_for(cn):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    if cn in _CERTS:
        return _CERTS[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=900))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    tmp = tempfile.mkdtemp()
    kf, cf = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
    with open(kf, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cf, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(kf, cf)
    _CERTS[cn] = s
    return s


def sign_pdf(pdf_bytes, cn):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma1", reason="Firma del recurrente"),
                           signer=signer_for(cn))
    return out.getvalue()


def sig_intact(pdf_bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0])
    return bool(st.intact and st.valid)


def alter(signed, old, new):
    assert len(old) == len(new)
    i = signed.find(old)
    assert i >= 0, old
    out = signed[:i] + new + signed[i + len(old):]
    return out


def make_attachment(a):
    """a: dict(kind=..., name=..., ...) -> (bytes, maintype, subtype, sigkind, text)"""
    k = a["kind"]
    if k == "text_pdf":
        b = text_pdf(a["lines"])
        return b, "application", "pdf", "absent", pdf_text(b)
    if k == "text_img_pdf":  # text layer + an embedded image (e.g. a pasted signature)
        b = text_pdf(a["lines"], image_png=scribble_png(a["name"], (), width=500, height=200))
        return b, "application", "pdf", "manuscrita", pdf_text(b)
    if k == "signed_pdf":
        b = sign_pdf(text_pdf(a["lines"]), a["signer"])
        assert sig_intact(b) is True, a["name"]
        return b, "application", "pdf", "valid", pdf_text(b)
    if k == "altered_pdf":
        b = sign_pdf(text_pdf(a["lines"]), a["signer"])
        assert sig_intact(b) is True
        b = alter(b, a["old"].encode("latin-1"), a["new"].encode("latin-1"))
        assert sig_intact(b) is False, a["name"]
        return b, "application", "pdf", "invalid", pdf_text(b)
    if k == "scan_pdf":
        b = image_pdf(scribble_png(a["name"], a.get("lines", ())))
        assert pdf_text(b).strip() == "", "scan has text"
        return b, "application", "pdf", "manuscrita", ""
    if k in ("jpeg", "png", "tiff"):
        fmt = {"jpeg": "JPEG", "png": "PNG", "tiff": "TIFF"}[k]
        b = scribble_png(a["name"], a.get("lines", ()), fmt=fmt)
        return b, "image", k, "manuscrita", ""
    raise ValueError(k)


def pdf_text(b):
    r = PdfReader(io.BytesIO(b))
    return "\n".join((p.extract_text() or "") for p in r.pages)


# ---------------------------------------------------------------- normal forms
def norm_doc(raw):
    return re.sub(r"[^A-Za-z0-9]", "", raw).upper()


def norm_tel(raw):
    n = phonenumbers.parse(raw, "PE")
    assert phonenumbers.is_valid_number(n), raw
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


MESES = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
         "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12}


def norm_date(raw, kind, received):
    raw = raw.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2,4})", raw)
    if m:
        d, mo, y = int(m[1]), int(m[2]), m[3]
    else:
        m = re.fullmatch(r"(\d{1,2}) de (\w+) de (\d{4})", raw)
        assert m, raw
        d, mo, y = int(m[1]), MESES[m[2].lower()], m[3]
    if len(y) == 2:
        yy = int(y)
        if kind == "birth":
            y = 2000 + yy if 2000 + yy <= received.year else 1900 + yy
        else:  # travel: coming months
            y = 2000 + yy
            if dt.date(y, mo, d) < received.date() - dt.timedelta(days=31):
                y += 100
    return dt.date(int(y), mo, d).isoformat()


def norm_fields(spec, received, from_addr):
    """spec: field -> raw string as written (nacionalidad: (raw, code); dates: raw)."""
    out, raws = {}, {}
    for k, v in spec.items():
        if k == "nacionalidad":
            raws[k] = v[0]
            out[k] = v[1]
        elif k == "documento_identidad":
            raws[k] = v
            out[k] = norm_doc(v)
        elif k == "carne_extranjeria":
            raws[k] = v
            out[k] = re.sub(r"\D", "", v)
        elif k == "telefono":
            raws[k] = v
            out[k] = norm_tel(v)
        elif k == "fecha_nacimiento":
            raws[k] = v
            out[k] = norm_date(v, "birth", received)
        elif k in ("fecha_salida", "fecha_retorno"):
            raws[k] = v
            out[k] = norm_date(v, "travel", received)
        elif k == "sexo":
            raws[k] = v[0]
            out[k] = v[1]
        elif k == "correo":
            if v is None:
                out[k] = from_addr.lower()
            else:
                raws[k] = v
                out[k] = v.lower()
        else:  # nombres, destino, motivo: as written
            raws[k] = v
            out[k] = v
    ordered = {k: out[k] for k in FIELD_ORDER if k in out}
    return ordered, raws


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</td>|</div>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    import html as _h
    return _h.unescape(h)


# ---------------------------------------------------------------- building one message
def received_header(m, when):
    rnd = random.Random(m["slug"])
    dom = re.search(r"@([\w.-]+)", m["from"])[1].lower()
    if dom in ("gmail.com",):
        default_hop = "mail-{}-f{}.google.com".format(rnd.choice(["ed1", "pj1", "qt1", "yb1", "oi1"]), rnd.randint(41, 199))
    elif dom in ("hotmail.com", "outlook.com"):
        default_hop = "mail-{}.outbound.protection.outlook.com".format(rnd.choice(["bn8nam12", "dm6nam10", "co1nam11"]))
    elif dom.startswith("yahoo"):
        default_hop = "sonic{}-{}.consmr.mail.bf2.yahoo.com".format(rnd.randint(301, 330), rnd.randint(20, 60))
    else:
        default_hop = "mail." + dom
    hop = m.get("hop", default_hop)
    rid = "".join(rnd.choice("0123456789ABCDEF") for _ in range(10))
    tz = m.get("rcv_tz")
    shown = when.astimezone(ZoneInfo(tz)) if tz else when
    return ("from {h} ({h} [209.85.{a}.{b}]) by mx1.rree.gob.pe (Postfix) with ESMTPS id {rid} "
            "for <{to}>; {date}").format(h=hop, a=len(m["slug"]) % 200, b=sum(map(ord, m["slug"])) % 250,
                                        rid=rid, to=m["mailbox"], date=format_datetime(shown))


def build(m):
    received = m["received"]
    date = m.get("date") or (received - dt.timedelta(seconds=4) if m.get("raw_builder") else None) or (received - dt.timedelta(seconds=37 + (sum(map(ord, m["slug"])) % 400)))
    from_addr = re.search(r"<([^>]+)>", m["from"])
    from_addr = from_addr[1] if from_addr else m["from"]

    texts = [m["subject"]]
    att_kinds = []
    atts = []
    for a in m.get("attachments", []):
        b, mt, st, sk, tx = make_attachment(a)
        atts.append((a["name"], b, mt, st))
        att_kinds.append(sk)
        texts.append(tx)

    if m.get("raw_builder"):
        msg = m["raw_builder"](m, received, date)
    else:
        if m.get("html"):
            body_text = html_to_text(m["html"])
        else:
            body_text = m["body"]
        texts.append(body_text)
        msg = EmailMessage(policy=policy.SMTP)
        if m.get("html"):
            msg.set_content(m["html"], subtype="html")
        else:
            msg.set_content(m["body"])
        for name, b, mt, st in atts:
            msg.add_attachment(b, maintype=mt, subtype=st, filename=name)

    # headers, newest Received first
    hdrs = []
    hdrs.append(("Received", received_header(m, received)))
    if m.get("inner_received", True):
        inner = date + dt.timedelta(seconds=2)
        hdrs.append(("Received", "by 2002:a05:6a10:{}:b0:5e1 with SMTP id {}; {}".format(
            len(m["slug"]), m["slug"][:3], format_datetime(inner.astimezone(dt.timezone.utc)))))
    if m.get("delivered_to", True):
        hdrs.append(("Delivered-To", m["mailbox"]))
    hdrs.append(("From", m["from"]))
    hdrs.append(("To", m.get("to", m["mailbox"])))
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    hdrs.append(("Subject", m["subject"]))
    hdrs.append(("Date", format_datetime(date)))
    dom = from_addr.split("@")[-1]
    hdrs.append(("Message-ID", "<{}.{}@{}>".format(m["slug"].replace("-", "")[:18],
                                                   int(date.timestamp()), dom)))
    for k, v in m.get("extra_headers", []):
        hdrs.append((k, v))
    existing = [(k, msg[k]) for k in msg.keys()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs + existing:
        msg[k] = v
    return msg, texts, att_kinds, from_addr


def decide(m, fields, att_kinds, texts):
    proc = m["procedure"]
    mailbox = m["mailbox"]
    received = m["received"]
    fday = filing_day(received)
    # signature status
    if proc in REQ and "firma" in REQ[proc]:
        sig = "absent"
        for st in ("valid", "invalid", "manuscrita"):
            if st in att_kinds:
                sig = st
                break
    else:
        sig = "not_required"
    if m.get("machine"):
        return dict(procedure=proc, missing=[], signature=sig, outcome="ignorado", flags=[],
                    filing_date=fday.isoformat(), due_date=None)
    if proc in PORTAL:
        return dict(procedure=proc, missing=[], signature=sig, outcome="portal", flags=[],
                    filing_date=fday.isoformat(), due_date=None)
    if proc is None:
        return dict(procedure=None, missing=[], signature=sig, outcome="triage", flags=[],
                    filing_date=fday.isoformat(), due_date=None)
    flags = []
    if HOME[proc] != mailbox:
        flags.append("derivado")
    if proc in SUSPENDED:
        return dict(procedure=proc, missing=[], signature=sig, outcome="suspendido", flags=flags,
                    filing_date=fday.isoformat(), due_date=None)
    recognised = m.get("recognised", False) or "carne_extranjeria" in fields
    missing = []
    for r in REQ[proc]:
        star = r.endswith("*")
        r = r.rstrip("*")
        if r == "firma":
            if sig in ("absent", "invalid"):
                missing.append("firma")
        elif r == "denuncia_policial":
            names = " ".join(a["name"] for a in m.get("attachments", []))
            att_text = " ".join(texts[1:1 + len(m.get("attachments", []))])
            if not re.search(r"denuncia", names + " " + att_text, re.I):
                missing.append("denuncia_policial")
        elif star and not recognised:
            continue
        elif r not in fields:
            missing.append(r)
    if sig == "manuscrita":
        flags.append("verificar_firma")
    if proc in RECURSOS and m.get("notificado"):
        limit = add_bd(m["notificado"], 15)
        if fday > limit:
            flags.append("extemporaneo")
    if missing:
        outcome, due = "subsanar", add_bd(fday, 2)
    elif proc in RECURSOS:
        outcome, due = "cargo", add_bd(fday, PLAZO[proc])
    else:
        outcome, due = "acuse", add_bd(fday, PLAZO[proc])
    return dict(procedure=proc, missing=missing, signature=sig, outcome=outcome, flags=flags,
                filing_date=fday.isoformat(), due_date=due.isoformat())


def main():
    from messages import MESSAGES
    out_dir = HERE
    for f in os.listdir(out_dir):
        if f.endswith(".eml"):
            os.remove(os.path.join(out_dir, f))
    labels = []
    seen = set()
    for i, m in enumerate(MESSAGES, 1):
        m["received"] = m["received"].replace(tzinfo=LIMA) if m["received"].tzinfo is None else m["received"]
        fname = "{:03d}-{}.eml".format(i, m["slug"])
        assert fname not in seen
        seen.add(fname)
        msg, texts, att_kinds, from_addr = build(m)
        if m.get("machine"):
            fields = {}
            raws = {}
        else:
            fields, raws = norm_fields(m["fields"], m["received"], from_addr)
        alltext = ws(" ".join(texts))
        for k, raw in raws.items():
            assert ws(raw) in alltext, (fname, k, raw)
        d = decide(m, fields, att_kinds, texts)
        exp_outcome, exp_flags, exp_sig = m["expect"]
        assert d["outcome"] == exp_outcome, (fname, d["outcome"], exp_outcome, d["missing"])
        assert sorted(d["flags"]) == sorted(exp_flags), (fname, d["flags"], exp_flags)
        assert d["signature"] == exp_sig, (fname, d["signature"], exp_sig)
        if "expect_missing" in m:
            assert d["missing"] == m["expect_missing"], (fname, d["missing"])
        if "expect_due" in m:
            assert d["due_date"] == m["expect_due"], (fname, d["due_date"], m["expect_due"])
        if "expect_filing" in m:
            assert d["filing_date"] == m["expect_filing"], (fname, d["filing_date"], m["expect_filing"])
        # the reception mailbox must be the first institutional address of the headers
        first_inst = None
        for h in ("Delivered-To", "To", "Cc"):
            for addr in re.findall(r"[\w.+-]+@[\w.-]+", msg.get(h, "") or ""):
                if addr.lower() in INSTITUTIONAL and first_inst is None:
                    first_inst = addr.lower()
        assert first_inst == m["mailbox"], (fname, first_inst)
        data = msg.as_bytes(policy=policy.SMTP) if isinstance(msg, EmailMessage) else msg.as_bytes()
        with open(os.path.join(out_dir, fname), "wb") as f:
            f.write(data)
        labels.append({
            "file": fname, "mailbox": m["mailbox"],
            "received": m["received"].isoformat(),
            "procedure": d["procedure"], "fields": fields, "missing": d["missing"],
            "signature": d["signature"], "outcome": d["outcome"], "flags": d["flags"],
            "filing_date": d["filing_date"], "due_date": d["due_date"],
        })
    with open(os.path.join(out_dir, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
