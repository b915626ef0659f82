#!/usr/bin/env python3
"""Writes round24's .eml files and labels.jsonl.

Run with /work/rounds/.venv-r24/bin/python build.py (needs holidays, fpdf2, pyhanko,
cryptography, phonenumbers, pypdf).  Labels are derived from the per-message facts
below (fields as a clerk reads them, attachments, recognised-refugee status,
notification date) with the rules of INTAKE.md sections 3-5; dates per section 4.
"""
import datetime as dt, json, os, sys, io, re, zlib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.utils import format_datetime, make_msgid
from email import policy
from zoneinfo import ZoneInfo
import holidays, phonenumbers
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdfkit
import logging
logging.disable(logging.CRITICAL)
from messages import MESSAGES

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE = holidays.country_holidays("PE", years=[2026, 2027])

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
INSTITUTIONAL = {S, M, R}

PROCS = {
    # code: (home, requirements, plazo)
    "solicitud_refugio": ("portal", [], None),
    "autorizacion_trabajo": ("portal", [], None),
    "entrevista_registro": ("portal", [], None),
    "carne_solicitante": (S, [], None),
    "actualizacion_datos": (S, ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": (S, ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": (M, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15),
    "apelacion": (M, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30),
    "renuncia": (M, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": (R, ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": (R, ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "autorizacion_viaje": (R, ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5),
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}
SUSPENDED = {"carne_solicitante"}


# ---------------------------------------------------------------- calendar
def is_business(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def add_business(d, n):
    """n-th business day counted from the first business day after d."""
    for _ in range(n):
        d = next_business(d)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_business(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_business(d)


# ---------------------------------------------------------------- attachments
def render_attachment(a, seed):
    kind, fname = a["kind"], a["name"]
    lines = a.get("lines", [])
    if kind == "pdf_signed":
        data = pdfkit.signed_pdf(lines, a["cn"], seed)
        return data, "application/pdf", "valid", "\n".join(lines)
    if kind == "pdf_altered":
        data = pdfkit.altered_pdf(lines, a["cn"], a["old"], a["new"], seed)
        return data, "application/pdf", "invalid", "\n".join(lines).replace(a["old"], a["new"], 1)
    if kind == "pdf_text":
        return pdfkit.text_pdf(lines), "application/pdf", "absent", "\n".join(lines)
    if kind == "pdf_sigimg":
        return pdfkit.text_pdf_with_signature_image(lines, a["cn"]), "application/pdf", "manuscrita", "\n".join(lines)
    if kind == "pdf_scan":
        return pdfkit.scan_pdf(lines, seed), "application/pdf", "manuscrita", ""
    if kind == "jpeg":
        return pdfkit.scan_jpeg(lines, seed), "image/jpeg", "manuscrita", ""
    if kind == "png":
        return pdfkit.scan_png(lines, seed), "image/png", "manuscrita", ""
    raise ValueError(kind)


SIG_ORDER = ["valid", "invalid", "manuscrita", "absent"]


# ---------------------------------------------------------------- message
def received_header(m, recv, hop=0):
    tz = dt.timezone.utc if m.get("recv_utc") else LIMA
    when = format_datetime((recv + dt.timedelta(seconds=-4 * hop)).astimezone(tz))
    host = m["from"][1].split("@")[1]
    if hop == 0:
        return (f"from mx1.rree.gob.pe (mx1.rree.gob.pe [190.12.81.20]) by buzon.rree.gob.pe "
                f"(Postfix) with LMTP id {zlib.crc32(m['slug'].encode()) % 10**8:08d} for <{m['mailbox']}>; {when}")
    return (f"from mail-out.{host} (mail-out.{host} [203.0.113.{10 + len(host)}]) by mx1.rree.gob.pe "
            f"(Postfix) with ESMTPS id 4Q{zlib.crc32((m['slug'] + 'x').encode()) % 10**9:09d} for <{m['mailbox']}>; {when}")


def build_message(m, recv, attachments):
    sent = recv - dt.timedelta(minutes=m.get("sent_before_min", 1), seconds=17)
    date_tz = dt.timezone(dt.timedelta(hours=m.get("date_tz", -5)))
    if m.get("bounce"):
        msg = MIMEMultipart("report", report_type="delivery-status")
        msg.attach(MIMEText(m["body"], "plain", "utf-8"))
        import email as _email
        ds = MIMEBase("message", "delivery-status")
        ds.set_payload([_email.message_from_string(b.strip() + "\n")
                        for b in m["dsn"].strip().split("\n\n")])
        msg.attach(ds)
        msg.attach(MIMEText(m["orig_headers"], "rfc822-headers", "us-ascii"))
    else:
        msg = EmailMessage()
        if m.get("html"):
            msg.set_content(m["html"], subtype="html")
        else:
            msg.set_content(m["body"])
        for (fname, data, ctype) in attachments:
            maintype, subtype = ctype.split("/")
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    hdrs = []
    hdrs.append(("Received", received_header(m, recv, 0)))
    hdrs.append(("Received", received_header(m, recv, 1)))
    hdrs.append(("Delivered-To", m["mailbox"]))
    name, addr = m["from"]
    hdrs.append(("From", f'"{name}" <{addr}>' if name else addr))
    hdrs.append(("To", m.get("to", m["mailbox"])))
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    hdrs.append(("Subject", m["subject"]))
    hdrs.append(("Date", format_datetime(sent.astimezone(date_tz))))
    hdrs.append(("Message-ID", "<%s.%08x@%s>" % (sent.strftime("%Y%m%d%H%M%S"), zlib.crc32(m["slug"].encode()),
                                                 addr.split("@")[1].lower())))
    hdrs.extend(m.get("headers", []))
    # put our headers first, in order
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs + existing:
        if m.get("bounce") and not v.isascii():
            from email.header import Header
            v = Header(v, "utf-8").encode()
        msg[k] = v
    return msg


def decide(m, recv, sig_status, has_denuncia, fields):
    proc = m["proc"]
    filing = filing_day(recv)
    if proc in PROCS:
        home, reqs, plazo = PROCS[proc]
    else:
        home, reqs, plazo = None, [], None
    needs_firma = "firma" in reqs
    signature = sig_status if needs_firma else "not_required"
    if m.get("ignorado"):
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc in SUSPENDED:
        outcome = "suspendido"
    else:
        outcome = None
    missing = []
    if outcome is None:
        recognised = m.get("recognised", False) or "carne_extranjeria" in fields
        for r in reqs:
            if r == "firma":
                if sig_status in ("invalid", "absent"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not has_denuncia:
                    missing.append(r)
            elif r.endswith("*"):
                if recognised and r[:-1] not in fields:
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
    if outcome not in ("ignorado", "portal", "triage"):
        if m["mailbox"] != home:
            flags.append("derivado")
        if proc in RECURSOS and m.get("notif"):
            limit = add_business(dt.date.fromisoformat(m["notif"]), 15)
            if filing > limit:
                flags.append("extemporaneo")
        if signature == "manuscrita":
            flags.append("verificar_firma")
    if outcome in ("suspendido", "portal", "triage", "ignorado"):
        due = None
    elif outcome == "subsanar":
        due = add_business(filing, 2)
    else:
        due = add_business(filing, plazo)
    return dict(procedure=proc, missing=missing, signature=signature, outcome=outcome,
                flags=flags, filing_date=filing.isoformat(), due_date=due.isoformat() if due else None)


def strip_accents(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


def sanity(m, fields, alltext):
    """Checks that every labelled value is visibly in the text the bot can read."""
    t = strip_accents(alltext)
    tz = re.sub(r"\s+", " ", t)
    for k, v in fields.items():
        if k in ("nombres", "destino"):
            assert strip_accents(v) in tz, (m["slug"], k, v)
        elif k == "motivo":
            assert strip_accents(v)[:40] in tz, (m["slug"], k, v)
        elif k in ("documento_identidad", "carne_extranjeria"):
            compact = re.sub(r"[^a-z0-9]", "", t)
            assert v.lower() in compact, (m["slug"], k, v)
        elif k == "telefono":
            p = phonenumbers.parse(v, None)
            assert phonenumbers.is_possible_number(p), (m["slug"], v)
            assert phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164) == v
            national = str(p.national_number)
            assert national in re.sub(r"\D", "", t), (m["slug"], k, v)
        elif k == "correo":
            assert v == v.lower()
            assert v in t or v == m["from"][1].lower(), (m["slug"], v)
            assert v not in INSTITUTIONAL
        elif k in ("fecha_nacimiento", "fecha_salida", "fecha_retorno"):
            dt.date.fromisoformat(v)
        elif k == "nacionalidad":
            assert re.fullmatch(r"[A-Z]{2}", v)
        elif k == "sexo":
            assert v in "FM"


def main():
    out = []
    for i, m in enumerate(MESSAGES, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        recv = dt.datetime.fromisoformat(m["received"]).replace(tzinfo=LIMA)
        atts, sigs, texts, has_den = [], [], [], False
        for j, a in enumerate(m.get("attachments", [])):
            data, ctype, status, text = render_attachment(a, seed=i * 10 + j)
            if ctype == "application/pdf":
                extracted = "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages)
                if a["kind"] in ("pdf_scan",):
                    assert extracted.strip() == "", fname
                else:
                    assert len(extracted.strip()) > 50, fname
                intact = pdfkit.sig_intact(data)
                if a["kind"] == "pdf_signed":
                    assert intact is True, fname
                elif a["kind"] == "pdf_altered":
                    assert intact is False, fname
                else:
                    assert intact is None, fname
                texts.append(extracted)
            atts.append((a["name"], data, ctype))
            sigs.append(status)
            if "denuncia" in a["name"].lower() or "denuncia" in text.lower():
                has_den = True
        sig_status = "absent"
        for s in SIG_ORDER:
            if s in sigs:
                sig_status = s
                break
        fields = dict(m.get("fields", {}))
        if not m.get("ignorado") and "correo" not in fields:
            fields["correo"] = m["from"][1].lower()
        msg = build_message(m, recv, atts)
        body_text = m.get("body", "") + re.sub(r"<[^>]+>", " ", m.get("html", "") or "")
        sanity(m, fields, m["subject"] + "\n" + body_text + "\n" + "\n".join(texts))
        lab = decide(m, recv, sig_status, has_den, fields)
        if "expect" in m:
            exp_out, exp_flags = m["expect"]
            assert lab["outcome"] == exp_out and sorted(lab["flags"]) == sorted(exp_flags), (fname, lab)
        if "expect_missing" in m:
            assert lab["missing"] == m["expect_missing"], (fname, lab["missing"])
        rec = {"file": fname, "mailbox": m["mailbox"], "received": recv.isoformat(),
               "procedure": lab["procedure"], "fields": fields, "missing": lab["missing"],
               "signature": lab["signature"], "outcome": lab["outcome"], "flags": lab["flags"],
               "filing_date": lab["filing_date"], "due_date": lab["due_date"]}
        out.append(rec)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.default))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "messages")


if __name__ == "__main__":
    main()
