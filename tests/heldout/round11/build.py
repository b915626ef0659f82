#!/usr/bin/env python3
"""Build round 11: multilingual / mixed-language intake mail for the CEPR mailboxes.

Run with /work/rounds/.venv-r11/bin/python build.py  (needs holidays, pypdf, fpdf2,
pyhanko, cryptography, phonenumbers, Pillow).  Writes NNN-*.eml and labels.jsonl
next to this file.  Deterministic except for RSA keys / signature bytes.
"""
import datetime as dt
import io
import json
import logging
import os
import random
import sys
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import holidays
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter

from messages import MESSAGES, PROC

logging.disable(logging.CRITICAL)

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
random.seed(11)


# ---------------------------------------------------------------- calendar
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


def add_bd(start, n):
    """Count n business days beginning with the first business day after start."""
    d = start
    for _ in range(n):
        d = next_bd(d)
    return d


# ---------------------------------------------------------------- documents
def _fpdf():
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    return pdf


def _lines(pdf, lines):
    for line in lines:
        if line == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")


def pdf_text(lines):
    pdf = _fpdf()
    _lines(pdf, lines)
    return bytes(pdf.output())


def _handwriting(lines, width=1240, line_h=46, size=30, noise=True):
    h = max(600, 120 + line_h * len(lines) + 160)
    img = Image.new("L", (width, h), 246)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, size)
    y = 80
    for line in lines:
        d.text((70 + random.randint(-4, 4), y), line, fill=random.randint(20, 60), font=font)
        y += line_h
    # a scribbled signature
    x0, y0 = 760, y + 40
    pts = [(x0 + i * 14, y0 + int(22 * ((-1) ** i) * random.random())) for i in range(20)]
    d.line(pts, fill=25, width=4)
    d.line([(x0 - 10, y0 + 40), (x0 + 280, y0 + 34)], fill=40, width=2)
    if noise:
        for _ in range(1500):
            d.point((random.randrange(width), random.randrange(h)), fill=random.randint(150, 220))
        img = img.rotate(0.7, fillcolor=240).filter(ImageFilter.GaussianBlur(0.6))
    return img.convert("RGB")


def jpg(lines):
    b = io.BytesIO()
    _handwriting(lines).save(b, "JPEG", quality=70)
    return b.getvalue()


def png(lines):
    b = io.BytesIO()
    _handwriting(lines).convert("L").save(b, "PNG")
    return b.getvalue()


def pdf_scan(lines):
    """Image-only PDF: a scanned handwritten letter, no text layer."""
    img = _handwriting(lines)
    pdf = FPDF(unit="pt", format=(img.width * 0.5, img.height * 0.5))
    pdf.add_page()
    pdf.image(img, 0, 0, img.width * 0.5, img.height * 0.5)
    return bytes(pdf.output())


def pdf_text_with_signature_image(lines):
    """Typed letter (text layer) with a scanned handwritten signature embedded."""
    pdf = _fpdf()
    _lines(pdf, lines)
    sig = Image.new("L", (500, 160), 255)
    d = ImageDraw.Draw(sig)
    pts = [(30 + i * 22, 80 + int(40 * ((-1) ** i) * random.random())) for i in range(20)]
    d.line(pts, fill=10, width=5)
    d.line([(20, 130), (470, 120)], fill=30, width=3)
    pdf.ln(4)
    pdf.image(sig.convert("RGB"), x=pdf.l_margin, w=60)
    return bytes(pdf.output())


_CERTS = {}


def _signer(cn):
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from asn1crypto import keys as akeys, x509 as ax509
    from pyhanko.sign import signers

    if cn in _CERTS:
        return _CERTS[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(t0).not_valid_after(t0 + dt.timedelta(days=1500))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=True, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    k = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER,
                                                    serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    c = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    s = signers.SimpleSigner(signing_cert=c, signing_key=k, cert_registry=None)
    _CERTS[cn] = s
    return s


def _sign(pdfbytes, cn):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(pdfbytes))
    meta = signers.PdfSignatureMetadata(field_name="Firma", reason="Firma del solicitante", location="Lima")
    return signers.sign_pdf(w, meta, signer=_signer(cn)).getvalue()


def sig_intact(pdfbytes):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    r = PdfFileReader(io.BytesIO(pdfbytes))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    return validate_pdf_signature(sigs[0], ValidationContext(allow_fetching=False)).intact


def pdf_signed(lines, cn):
    out = _sign(pdf_text(lines), cn)
    assert sig_intact(out) is True
    return out


def pdf_altered(lines, cn, old, new):
    """Signed, then a same-length word inside the signed content stream is replaced."""
    assert len(old) == len(new)
    out = _sign(pdf_text(lines), cn)
    ob, nb = old.encode("latin-1"), new.encode("latin-1")
    assert out.count(ob) >= 1, old
    out = out.replace(ob, nb, 1)
    assert sig_intact(out) is False
    return out


MAKERS = {"text": pdf_text, "signed": pdf_signed, "altered": pdf_altered, "scan": pdf_scan,
          "textimg": pdf_text_with_signature_image, "jpg": jpg, "png": png}
MIME = {"text": ("application", "pdf"), "signed": ("application", "pdf"),
        "altered": ("application", "pdf"), "scan": ("application", "pdf"),
        "textimg": ("application", "pdf"), "jpg": ("image", "jpeg"), "png": ("image", "png"),
        "raw": None}


# ---------------------------------------------------------------- message
def received_header(m, recv):
    to = m["mailbox"]
    host = m.get("relay", "mail-sor-f41.google.com [209.85.220.41]")
    rid = "%X" % random.getrandbits(40)
    name, ip = host.split(" ", 1)
    host = "%s (%s %s)" % (name, name, ip)
    return ("from %s by mx1.rree.gob.pe (Postfix) with ESMTPS id %s for <%s>; %s"
            % (host, rid, to, format_datetime(recv)))


def build(m):
    recv = dt.datetime.fromisoformat(m["received"]).replace(tzinfo=LIMA)
    msg = EmailMessage()
    msg["Received"] = received_header(m, recv)
    if m.get("hop"):
        earlier = recv - dt.timedelta(seconds=m.get("hop_delay", 3))
        msg["Received"] = ("from %s by relay.rree.gob.pe with ESMTP id %X; %s"
                           % (m["hop"], random.getrandbits(32), format_datetime(earlier)))
    msg["Delivered-To"] = m["mailbox"]
    msg["Return-Path"] = "<%s>" % m.get("return_path", m["from_addr"])
    for k, v in m.get("headers_pre", []):
        msg[k] = v
    date = recv - dt.timedelta(seconds=m.get("delay", 37))
    if m.get("date_tz") is not None:
        date = date.astimezone(dt.timezone(dt.timedelta(hours=m["date_tz"])))
    msg["Date"] = format_datetime(date)
    msg["From"] = m["from"]
    msg["To"] = m.get("to", m["mailbox"])
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = "<%s>" % m.get("msgid", "r11.%03d.%x@%s" % (m["n"], random.getrandbits(48),
                                                                     m["from_addr"].split("@")[1]))
    for k, v in m.get("headers", []):
        msg[k] = v

    if m.get("report"):  # delivery status notification (multipart/report)
        from email.message import Message
        msg.set_content(m["body"])
        msg.make_mixed()
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
        ds = Message()
        ds["Content-Type"] = "message/delivery-status"
        blocks = []
        for chunk in m["report"].strip().split("\n\n"):
            b = Message()
            for line in chunk.strip().splitlines():
                k, v = line.split(":", 1)
                b[k.strip()] = v.strip()
            blocks.append(b)
        ds.set_payload(blocks)
        msg.attach(ds)
        hd = Message()
        hd["Content-Type"] = "text/rfc822-headers"
        hd.set_payload(m["report_headers"])
        msg.attach(hd)
        return msg

    if m.get("html") and not m.get("body"):
        msg.set_content(m["html"], subtype="html")
    else:
        msg.set_content(m["body"])
        if m.get("html"):
            msg.add_alternative(m["html"], subtype="html")
    for att in m.get("attachments", []):
        kind = att["kind"]
        if kind == "raw":
            data = att["data"]
            mt, st = att["mime"]
        else:
            data = MAKERS[kind](*att["args"])
            mt, st = MIME[kind]
        msg.add_attachment(data, maintype=mt, subtype=st, filename=att["name"])
    return msg


# ---------------------------------------------------------------- labels
def label(m):
    recv = dt.datetime.fromisoformat(m["received"]).replace(tzinfo=LIMA)
    fd = filing_day(recv)
    lab = m["label"]
    proc, outcome = lab["procedure"], lab["outcome"]
    if outcome in ("suspendido", "portal", "triage", "ignorado"):
        due = None
    elif outcome == "subsanar":
        due = add_bd(fd, 2)
    else:
        due = add_bd(fd, PROC[proc]["plazo"])
    return {
        "file": m["file"],
        "mailbox": m["mailbox"],
        "received": recv.isoformat(),
        "procedure": proc,
        "fields": lab["fields"],
        "missing": lab["missing"],
        "signature": lab["signature"],
        "outcome": outcome,
        "flags": lab["flags"],
        "filing_date": fd.isoformat(),
        "due_date": due.isoformat() if due else None,
    }


def self_check(m, lab):
    """Recompute missing / outcome / flags from the hand labels and complain on mismatch."""
    L = m["label"]
    proc = L["procedure"]
    exp_missing, exp_flags = [], set()
    if L["outcome"] in ("ignorado", "portal", "triage"):
        assert L["missing"] == [] and L["flags"] == [], m["file"]
        if L["outcome"] == "portal":
            assert PROC[proc]["home"] == "portal"
        if L["outcome"] == "triage":
            assert proc is None
        return
    P = PROC[proc]
    if P["home"] != m["mailbox"]:
        exp_flags.add("derivado")
    if P.get("suspended"):
        assert L["outcome"] == "suspendido" and L["missing"] == [], m["file"]
        assert set(L["flags"]) == exp_flags, m["file"]
        return
    for req in P["req"]:
        star = req.endswith("*")
        r = req.rstrip("*")
        if star and not m.get("recognised"):
            continue
        if r == "firma":
            if L["signature"] in ("invalid", "absent"):
                exp_missing.append(r)
        elif r == "denuncia_policial":
            if not m.get("denuncia"):
                exp_missing.append(r)
        elif r not in L["fields"]:
            exp_missing.append(r)
    if "firma" in P["req"]:
        assert L["signature"] in ("valid", "invalid", "manuscrita", "absent"), m["file"]
        if L["signature"] == "manuscrita":
            exp_flags.add("verificar_firma")
    else:
        assert L["signature"] == "not_required", m["file"]
    if m.get("notified"):
        notif = dt.date.fromisoformat(m["notified"])
        if dt.date.fromisoformat(lab["filing_date"]) > add_bd(notif, 15):
            exp_flags.add("extemporaneo")
    assert L["missing"] == exp_missing, (m["file"], L["missing"], exp_missing)
    assert set(L["flags"]) == exp_flags, (m["file"], L["flags"], exp_flags)
    exp_out = "subsanar" if exp_missing else P["complete"]
    assert L["outcome"] == exp_out, (m["file"], L["outcome"], exp_out)
    if "correo" not in L["fields"] and not m["from_addr"].endswith("@rree.gob.pe"):
        raise AssertionError(("no correo", m["file"]))


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows = []
    for m in MESSAGES:
        m["file"] = "%03d-%s.eml" % (m["n"], m["slug"])
        msg = build(m)
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(msg.as_bytes())
        lab = label(m)
        self_check(m, lab)
        rows.append(lab)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "messages")


if __name__ == "__main__":
    sys.exit(main())
