#!/usr/bin/env python3
"""Writes round57: NNN-slug.eml, labels.jsonl, config.toml.

Run with the round's venv: /work/rounds/.venv-r57/bin/python build.py
Message texts and hand-made labels (procedure, fields) are in messages57.py; the
helpers (calendar, PDFs, signatures, scans) in lib57.py. This script derives
signature (from the real attachment bytes), missing, outcome, flags and dates
exactly as INTAKE.md sections 3-5 say, and checks the labelled field values
against the text a reader can see.
"""
import datetime as dt
import hashlib
import html as htmlmod
import json
import os
import re
import sys
import unicodedata
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib57 import LIMA, NON_WORKING, OFFICE_CLOSE, add_business, filing_date, firma_status, pdf_facts  # noqa: E402
from messages57 import MESSAGES  # noqa: E402

MAILBOX = {"S": "solicitantesrefugio@rree.gob.pe", "M": "mesadepartes@rree.gob.pe",
           "R": "refugiados@rree.gob.pe"}
INSTITUTIONAL = set(MAILBOX.values())

# INTAKE.md section 1
PROC = {
    "solicitud_refugio": ("portal", [], None),
    "autorizacion_trabajo": ("portal", [], None),
    "entrevista_registro": ("portal", [], None),
    "carne_solicitante": ("S", [], None),
    "actualizacion_datos": ("S", ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": ("S", ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": ("M", ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15),
    "apelacion": ("M", ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30),
    "renuncia": ("M", ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": ("R", ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": ("R", ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "autorizacion_viaje": ("R", ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5),
}
RECURSOS = {"reconsideracion", "apelacion"}
FIELD_NAMES = {"nombres", "nacionalidad", "documento_identidad", "carne_extranjeria", "telefono", "correo",
               "sexo", "fecha_nacimiento", "fecha_salida", "fecha_retorno", "destino", "motivo"}

RELAYS = {
    "gmail.com": ("mail-sor-f41.google.com", "209.85.220.41", "mail.gmail.com"),
    "hotmail.com": ("mail-dm6nam10olkn2041.outbound.protection.outlook.com", "40.92.41.41", "SN6PR02MB4112.namprd02.prod.outlook.com"),
    "outlook.com": ("mail-bn8nam12olkn2090.outbound.protection.outlook.com", "40.92.21.90", "BN8PR12MB3321.namprd12.prod.outlook.com"),
    "yahoo.com": ("sonic309-21.consmr.mail.bf2.yahoo.com", "74.6.129.84", "mail.yahoo.com"),
}
MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3774.500.171)", None, None,
           "Mozilla Thunderbird 128.3.1", None]


def relay_for(addr):
    dom = addr.split("@")[1]
    return RELAYS.get(dom, ("smtp." + dom, "190.81.%d.%d" % (len(dom) * 7 % 250, len(addr) * 3 % 250), dom))


def parse_recv(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LIMA)


def hdr_date(d, tz):
    if tz == "utc":
        return format_datetime(d.astimezone(dt.timezone.utc))
    return format_datetime(d.astimezone(LIMA))


# ------------------------------------------------------------------ e-mail building
def build_bounce(m, recv):
    """A Gmail-style delivery report (multipart/report) to one of the office's own replies."""
    from email import message_from_bytes
    raw = (
        'Content-Type: multipart/report; boundary="000000000000bounce57"; report-type=delivery-status\n'
        "\n"
        "--000000000000bounce57\n"
        'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        "** No se ha encontrado la dirección **\n\n"
        "Tu mensaje no se ha entregado a jose.perez.123@gmial.com porque no se ha encontrado el\n"
        "dominio gmial.com. Comprueba si hay errores tipográficos o espacios innecesarios.\n"
        "\n"
        "--000000000000bounce57\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        "Reporting-MTA: dns; googlemail.com\n"
        "\n"
        "Final-Recipient: rfc822; jose.perez.123@gmial.com\n"
        "Action: failed\n"
        "Status: 5.1.2\n"
        "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN\n"
        "\n"
        "--000000000000bounce57\n"
        "Content-Type: text/rfc822-headers\n"
        "\n"
        "From: Refugiados <refugiados@rree.gob.pe>\n"
        "To: jose.perez.123@gmial.com\n"
        "Subject: RE: Consulta\n"
        "Date: Thu, 12 Nov 2026 11:10:58 -0500\n"
        "Message-ID: <acuse-2026-11-12-0042@rree.gob.pe>\n"
        "\n"
        "--000000000000bounce57--\n")
    return message_from_bytes(raw.encode("utf-8"), policy=policy.default)


def build_message(m, n):
    recv = parse_recv(m["recv"])
    mailbox = MAILBOX[m["mb"]]
    name, addr = m["frm"]
    relay_host, relay_ip, mid_dom = relay_for(addr)
    if m.get("bounce"):
        msg = build_bounce(m, recv)
    else:
        msg = EmailMessage(policy=policy.default)
        cte = ["quoted-printable", "base64", "8bit"][n % 3]
        if m["text"] is not None:
            msg.set_content(m["text"], charset="utf-8", cte=cte)
            if m["html"] is not None:
                msg.add_alternative(m["html"], subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            msg.set_content(m["html"], subtype="html", charset="utf-8", cte=cte)
        for fname, ctype, data in m["_att"]:
            maint, sub = ctype.split("/")
            msg.add_attachment(data, maintype=maint, subtype=sub, filename=fname)
    older = recv - dt.timedelta(seconds=2 + n % 5)
    sent = recv + dt.timedelta(seconds=m["date_offset"])
    headers = [
        ("Received", f"from {relay_host} ({relay_host} [{relay_ip}]) by mx1.rree.gob.pe (Postfix) "
                     f"with ESMTPS id 4Q{n:03d}xK{n * 7919 % 100000:05d} for <{mailbox}>; {hdr_date(recv, m['rtz'])}"),
        ("Received", f"by 2002:a05:6a10:{n:x}f1:b0:{n * 13:x} with SMTP id x{n}csp{n * 101}; "
                     f"{hdr_date(older, 'utc')}"),
        ("Delivered-To", mailbox),
        ("Return-Path", f"<{addr}>"),
        ("MIME-Version", "1.0"),
        ("Date", hdr_date(sent, "lima")),
        ("From", f'"{name}" <{addr}>' if any(c in name for c in ".,") else f"{name} <{addr}>"),
        ("To", m["to"] or mailbox),
        ("Subject", m["subj"]),
        ("Message-ID", "<%s@%s>" % (hashlib.sha1((m["slug"] + m["recv"]).encode()).hexdigest()[:24], mid_dom)),
    ]
    if m["cc"]:
        headers.append(("Cc", m["cc"]))
    mailer = MAILERS[n % len(MAILERS)]
    if mailer and not m.get("bounce") and not addr.endswith(("@gmail.com", "@googlemail.com")):
        headers.append(("X-Mailer", mailer))
    for k, v in m["headers"].items():
        headers.append((k, v))
    body_headers = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in headers:
        if k == "MIME-Version":
            continue
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in body_headers:
        if k.lower() != "mime-version":
            msg[k] = v
    raw = msg.as_bytes(policy=policy.default.clone(linesep="\n"))
    return raw


# ------------------------------------------------------------------ labels
def decide(m):
    recv = parse_recv(m["recv"])
    mailbox = MAILBOX[m["mb"]]
    proc = m["proc"]
    fdate = filing_date(recv)
    fields = dict(m["fields"])
    sig = "not_required"
    missing, flags = [], []
    if m["ignorado"]:
        outcome = "ignorado"
    elif proc is None:
        outcome = "triage"
    elif PROC[proc][0] == "portal":
        outcome = "portal"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        outcome = None
    if proc is not None and not m["ignorado"] and PROC[proc][0] != "portal" and proc != "carne_solicitante":
        home, reqs, plazo = PROC[proc]
        if "firma" in reqs:
            sig = firma_status(m["_att"])
        has_denuncia = any("denuncia" in fn.lower() or (ct == "application/pdf" and "denuncia" in pdf_facts(d)[4].lower())
                           for fn, ct, d in m["_att"])
        for r in reqs:
            star = r.endswith("*")
            r = r.rstrip("*")
            if r == "firma":
                if sig in ("invalid", "absent"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not has_denuncia:
                    missing.append(r)
            elif star and not m["refugiado"]:
                continue
            elif r not in fields:
                missing.append(r)
        if MAILBOX[home] != mailbox:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and m["notif"] is not None and fdate > add_business(m["notif"], 15):
            flags.append("extemporaneo")
        if missing:
            outcome = "subsanar"
        elif proc in RECURSOS:
            outcome = "cargo"
        else:
            outcome = "acuse"
    if outcome == "subsanar":
        due = add_business(fdate, 2)
    elif outcome in ("acuse", "cargo"):
        due = add_business(fdate, PROC[proc][2])
    else:
        due = None
    return {
        "file": m["_file"], "mailbox": mailbox, "received": recv.isoformat(),
        "procedure": proc, "fields": fields, "missing": missing, "signature": sig,
        "outcome": outcome, "flags": flags, "filing_date": fdate.isoformat(),
        "due_date": due.isoformat() if due else None,
    }


# ------------------------------------------------------------------ sanity checks
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).casefold().strip()


def visible_text(m):
    parts = [m["subj"]]
    if m["text"]:
        parts.append(m["text"])
    if m["html"]:
        h = re.sub(r"<(br|/p|/div|/tr)[^>]*>", "\n", m["html"], flags=re.I)
        h = re.sub(r"</td>", " \t ", h, flags=re.I)
        parts.append(htmlmod.unescape(re.sub(r"<[^>]+>", "", h)))
    for fn, ct, d in m["_att"]:
        if ct == "application/pdf":
            parts.append(pdf_facts(d)[4])
    return "\n".join(parts)


def check_fields(m):
    text = visible_text(m)
    ft = fold(text)
    alnum = re.sub(r"[^A-Z0-9]", "", text.upper())
    digits = re.sub(r"\D", "", text)
    probs = []
    for k, v in m["fields"].items():
        if k not in FIELD_NAMES:
            probs.append(f"unknown field {k}")
        elif k in ("nombres", "motivo", "destino"):
            if fold(v) not in ft:
                probs.append(f"{k}={v!r} not in text")
        elif k == "documento_identidad":
            if v not in alnum or v != re.sub(r"[^A-Z0-9]", "", v):
                probs.append(f"{k}={v!r}")
        elif k == "carne_extranjeria":
            if v not in digits:
                probs.append(f"{k}={v!r}")
        elif k == "telefono":
            if not v.startswith("+") or v[3:] not in digits:
                probs.append(f"{k}={v!r}")
        elif k == "correo":
            if v not in text.lower() and v != m["frm"][1]:
                probs.append(f"{k}={v!r}")
            if v in INSTITUTIONAL:
                probs.append("institutional correo")
        elif k in ("fecha_nacimiento", "fecha_salida", "fecha_retorno"):
            dt.date.fromisoformat(v)
    if not m["ignorado"] and "correo" not in m["fields"] and m["frm"][1] not in INSTITUTIONAL:
        probs.append("correo absent")
    return probs


def main():
    msgs = sorted(MESSAGES, key=lambda m: parse_recv(m["recv"]))
    slugs = set()
    for m in msgs:
        assert m["slug"] not in slugs, m["slug"]
        slugs.add(m["slug"])
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    for i, m in enumerate(msgs, 1):
        m["_file"] = f"{i:03d}-{m['slug']}.eml"
        m["_att"] = [recipe() for recipe in m["att"]]
        raw = build_message(m, i)
        with open(os.path.join(HERE, m["_file"]), "wb") as fh:
            fh.write(raw)
        lab = decide(m)
        labels.append(lab)
        probs = check_fields(m)
        if probs:
            print("CHECK", m["_file"], probs)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    nwd = ", ".join(f'"{d.isoformat()}"' for d in sorted(NON_WORKING))
    with open(os.path.join(HERE, "config.toml"), "w") as fh:
        fh.write("# Calendar settings the labels in labels.jsonl were computed with (round57).\n"
                 "[calendar]\n"
                 'timezone = "America/Lima"\n'
                 f'office_close = "{OFFICE_CLOSE.strftime("%H:%M")}"\n'
                 "# Días no laborables for the public sector chosen for this round.\n"
                 f"non_working_days = [{nwd}]\n")
    for lab in labels:
        print(f'{lab["file"][:58]:58} {str(lab["procedure"]):27} {lab["outcome"]:10} {lab["signature"]:12} '
              f'{",".join(lab["flags"]):28} {",".join(lab["missing"]):30} {lab["received"][:16]} {lab["filing_date"]} {lab["due_date"]}')
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
