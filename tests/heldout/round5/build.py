#!/usr/bin/env python3
"""Build round 5 of the labelled intake mail: NNN-slug.eml + labels.jsonl.

Run with the round's venv:  ../.venv-r5/bin/python build.py
Each message is written with Python's email package. Field labels are given in the
spec of each message as the raw text that appears in the message (phone, document,
carné as written) and normalised here; the script checks that each raw value really
occurs in the text the bot can read (body, HTML turned into text, PDF text layers).
missing / outcome / flags / dates are computed from INTAKE.md's table and rules and
compared with the outcome written by hand in each spec (a second check on intent).
"""
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import json
import logging
import re
import sys
import tomllib
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import phonenumbers

import docs

logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)

HERE = Path(__file__).resolve().parent
LIMA = ZoneInfo("America/Lima")
CFG = tomllib.loads((HERE / "config.toml").read_text())["calendar"]
CLOSE = dt.time.fromisoformat(CFG["office_close"]) if CFG.get("office_close") else None
NWD = {dt.date.fromisoformat(d) for d in CFG["non_working_days"]}
PE = holidays.country_holidays("PE", years=range(2026, 2028))

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
INSTITUTIONAL = {S, M, R}

# ---------------------------------------------------------------- calendar (INTAKE §4)

def is_business(d):
    return d.weekday() < 5 and d not in PE and d not in NWD


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_business(d) and (CLOSE is None or loc.time() < CLOSE):
        return d
    return next_business(d)


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


# ---------------------------------------------------------------- the table (INTAKE §1)

TABLE = {
    "solicitud_refugio": ("portal", [], None),
    "autorizacion_trabajo": ("portal", [], None),
    "entrevista_registro": ("portal", [], None),
    "carne_solicitante": (S, None, None),
    "actualizacion_datos": (S, ["nombres", "nacionalidad", "documento_identidad",
                                "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": (S, ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": (M, ["firma", "motivo", "nombres", "documento_identidad",
                            "telefono", "correo"], 15),
    "apelacion": (M, ["firma", "motivo", "nombres", "documento_identidad", "telefono",
                      "correo"], 30),
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
RECURSOS = {"reconsideracion", "apelacion"}


def norm_phone(raw):
    n = phonenumbers.parse(raw, "PE")
    assert phonenumbers.is_valid_number(n), raw
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def norm_doc(raw):
    return re.sub(r"[^A-Z0-9]", "", raw.upper())


def norm_digits(raw):
    return re.sub(r"\D", "", raw)


# ---------------------------------------------------------------- message specs

MSGS = []


def msg(**kw):
    MSGS.append(kw)


def pdf_att(name, lines, title=None, sign=None, alter=None, image_png=None):
    data = docs.text_pdf(lines, title=title, image_png=image_png)
    if sign:
        data = docs.sign_pdf(data, sign)
    if alter:
        data = docs.alter_signed(data, *alter)
    return (name, "application", "pdf", data)


def jpg_att(name, seed, heading=""):
    return (name, "image", "jpeg", docs.scanned_page_jpeg(seed, heading))


def scan_pdf_att(name, seed, heading=""):
    return (name, "application", "pdf", docs.image_only_pdf(docs.scanned_page_jpeg(seed, heading)))


from messages import define  # noqa: E402  (the 51 specs live in messages.py)

define(msg, pdf_att, jpg_att, scan_pdf_att, docs)

# ---------------------------------------------------------------- writing

HOSTS = {
    "gmail.com": ("mail-sor-f41.google.com", "209.85.220.41"),
    "hotmail.com": ("mail-bn8nam12olkn2081.outbound.protection.outlook.com", "40.92.21.81"),
    "outlook.com": ("mail-dm6nam10olkn2010.outbound.protection.outlook.com", "40.92.41.10"),
    "yahoo.com": ("sonic312-21.consmr.mail.ne1.yahoo.com", "66.163.186.147"),
}


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", h))


def readable_text(spec):
    parts = [spec["subject"], spec.get("body") or "", html_to_text(spec.get("html") or "")]
    for name, maj, sub, data in spec.get("attachments", []):
        if sub == "pdf":
            parts.append(docs.pdf_text(data))
        parts.append(name)
    return "\n".join(parts)


def signature_status(spec, procedure):
    if procedure is None or "firma" not in (TABLE[procedure][1] or []):
        return "not_required"
    status = "absent"
    order = {"valid": 0, "invalid": 1, "manuscrita": 2, "absent": 3}
    for name, maj, sub, data in spec.get("attachments", []):
        if maj == "image":
            s = "manuscrita"
        elif sub == "pdf":
            signed, intact = docs.signature_state(data)
            if signed:
                s = "valid" if intact else "invalid"
            elif not docs.pdf_text(data).strip() or docs.pdf_has_image(data):
                s = "manuscrita"
            else:
                s = "absent"
        else:
            continue
        if order[s] < order[status]:
            status = s
    return status


def build_one(i, spec):
    rec = dt.datetime.fromisoformat(spec["received"]).replace(tzinfo=LIMA)
    sent = rec - dt.timedelta(seconds=spec.get("lag", 37 + (i * 53) % 140))
    if spec.get("date_tz") is not None:
        sent = sent.astimezone(dt.timezone(dt.timedelta(hours=spec["date_tz"])))
    from_addr = email.utils.parseaddr(spec["from"])[1].lower()
    dom = from_addr.split("@")[1]
    host, ip = HOSTS.get(dom, (f"mail.{dom}", f"190.{40 + i}.{(i * 7) % 250}.{(i * 13) % 250}"))
    mailbox = spec["mailbox"]
    rid = hashlib.sha1(spec["file"].encode()).hexdigest()[:10].upper()

    m = EmailMessage()
    m["Return-Path"] = f"<{from_addr}>"
    m["Delivered-To"] = mailbox
    m["Received"] = (f"from {host} ({host} [{ip}]) by mx1.rree.gob.pe (Postfix) with ESMTPS "
                     f"id 4{rid} for <{mailbox}>; {email.utils.format_datetime(rec)}")
    m["Received"] = (f"by {host} with SMTP id {rid.lower()}x; "
                     f"{email.utils.format_datetime(sent)}")
    for k, v in spec.get("headers", {}).items():
        m[k] = v
    m["Date"] = email.utils.format_datetime(sent)
    m["From"] = spec["from"]
    m["To"] = spec.get("to", mailbox)
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    m["Subject"] = spec["subject"]
    m["Message-ID"] = f"<{rid.lower()}.{i:03d}@{spec.get('msgid_dom', dom)}>"
    m["MIME-Version"] = "1.0"
    if spec.get("body") is not None:
        m.set_content(spec["body"])
        if spec.get("html"):
            m.add_alternative(spec["html"], subtype="html")
    else:
        m.set_content(spec["html"], subtype="html")
    for name, maj, sub, data in spec.get("attachments", []):
        m.add_attachment(data, maintype=maj, subtype=sub, filename=name)
    return m.as_bytes(policy=email.policy.default), rec


def label_for(spec, rec):
    lab = spec["label"]
    proc = lab["procedure"]
    text = readable_text(spec)
    low = " ".join(text.lower().split())
    fields = {}
    for k, v in lab["fields"].items():
        if k == "telefono":
            assert v in text or v.lower() in low, (spec["file"], v)
            fields[k] = norm_phone(v)
        elif k == "documento_identidad":
            assert v in text, (spec["file"], v)
            fields[k] = norm_doc(v)
        elif k == "carne_extranjeria":
            assert v in text, (spec["file"], v)
            fields[k] = norm_digits(v)
        elif k in ("nombres", "destino", "motivo", "correo"):
            if k == "correo" and v == "FROM":
                v = email.utils.parseaddr(spec["from"])[1].lower()
            else:
                assert " ".join(v.lower().split()) in low, (spec["file"], k, v)
            fields[k] = v
        else:  # nacionalidad, sexo, dates: given in normal form by hand
            fields[k] = v
    sig = signature_status(spec, proc)
    assert sig == lab["signature"], (spec["file"], sig, lab["signature"])
    outcome_hand = lab["outcome"]
    is_ignored = outcome_hand == "ignorado"
    filing = filing_day(rec)
    missing, flags = [], []
    if is_ignored:
        outcome = "ignorado"
    elif proc is None:
        outcome = "triage"
    elif TABLE[proc][0] == "portal":
        outcome = "portal"
    elif TABLE[proc][1] is None:
        outcome = "suspendido"
    else:
        refugee = lab.get("refugiado", False) or "carne_extranjeria" in fields
        for req in TABLE[proc][1]:
            if req.endswith("*"):
                req = req[:-1]
                if not refugee:
                    continue
            if req == "firma":
                if sig in ("absent", "invalid"):
                    missing.append("firma")
            elif req == "denuncia_policial":
                names = " ".join(a[0] for a in spec.get("attachments", [])).lower()
                pdfs = " ".join(docs.pdf_text(a[3]) for a in spec.get("attachments", [])
                                if a[2] == "pdf").lower()
                if "denuncia" not in names and "denuncia" not in pdfs:
                    missing.append(req)
            elif req not in fields:
                missing.append(req)
        if missing:
            outcome = "subsanar"
        elif proc in RECURSOS:
            outcome = "cargo"
        else:
            outcome = "acuse"
    assert outcome == outcome_hand, (spec["file"], outcome, outcome_hand, missing)
    if "missing" in lab:
        assert missing == lab["missing"], (spec["file"], missing, lab["missing"])
    if outcome not in ("ignorado", "portal", "triage"):
        if TABLE[proc][0] != spec["mailbox"]:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and lab.get("notificacion"):
            limit = add_business(dt.date.fromisoformat(lab["notificacion"]), 15)
            if filing > limit:
                flags.append("extemporaneo")
    if sorted(flags) != sorted(lab.get("flags", [])):
        raise AssertionError((spec["file"], flags, lab.get("flags")))
    if outcome in ("ignorado", "portal", "triage", "suspendido"):
        due = None
    elif outcome == "subsanar":
        due = add_business(filing, 2)
    else:
        due = add_business(filing, TABLE[proc][2])
    return {
        "file": spec["file"],
        "mailbox": spec["mailbox"],
        "received": rec.isoformat(),
        "procedure": proc,
        "fields": fields,
        "missing": missing,
        "signature": sig,
        "outcome": outcome,
        "flags": flags,
        "filing_date": filing.isoformat(),
        "due_date": due.isoformat() if due else None,
    }


def main():
    for old in HERE.glob("*.eml"):
        old.unlink()
    labels = []
    seen = set()
    for i, spec in enumerate(MSGS, 1):
        assert spec["file"].startswith(f"{i:03d}-"), spec["file"]
        assert spec["file"] not in seen
        seen.add(spec["file"])
        if spec.get("raw") is not None:  # hand-made MIME structure (the bounce)
            raw, rec = spec["raw"](spec), dt.datetime.fromisoformat(spec["received"]).replace(tzinfo=LIMA)
        else:
            raw, rec = build_one(i, spec)
        (HERE / spec["file"]).write_bytes(raw)
        labels.append(label_for(spec, rec))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(labels)} messages written", file=sys.stderr)


if __name__ == "__main__":
    main()
