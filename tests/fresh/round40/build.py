#!/usr/bin/env python3
"""Writes round40: a month of CEPR mail (mid-Nov to mid-Dec 2026) as .eml + labels.jsonl.

Run with /work/rounds/.venv-r40/bin/python build.py (from this folder).
"""
import datetime as dt
import glob
import hashlib
import json
import logging
import os
import tomllib
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import holidays

import pdfkit40 as K

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
CFG = tomllib.load(open(os.path.join(HERE, "config.toml"), "rb"))["calendar"]
NWD = {dt.date.fromisoformat(d) for d in CFG["non_working_days"]}
CLOSE = dt.time.fromisoformat(CFG["office_close"]) if CFG.get("office_close") else None
PE = holidays.country_holidays("PE", years=[2026, 2027])

S = "solicitantesrefugio@rree.gob.pe"
P = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"

PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {"carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
        "reconsideracion": P, "apelacion": P, "renuncia": P,
        "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R}
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
    "carne_solicitante": [],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}


def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NWD


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(recv):
    d = recv.date()
    if is_bd(d) and (CLOSE is None or recv.time() < CLOSE):
        return d
    return next_bd(d)


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


# ---------------------------------------------------------------- message assembly
MSGS = []
HOSTS = {"gmail.com": "mail-sor-f41.google.com [209.85.220.41]",
         "hotmail.com": "mail-dm6nam12olkn2010.outbound.protection.outlook.com [40.92.22.10]",
         "outlook.com": "mail-bn8nam12olkn2033.outbound.protection.outlook.com [40.92.21.33]",
         "yahoo.com": "sonic310-21.consmr.mail.gq1.yahoo.com [98.137.69.147]"}


def R_(s):
    """'2026-11-16 08:47:12' Lima -> aware datetime"""
    return dt.datetime.fromisoformat(s).replace(tzinfo=LIMA)


def add(slug, mailbox, recv, frm, subject, text=None, html=None, atts=(), proc=None, fields=None,
        sig="not_required", refugee=False, denuncia=False, notif=None, kind=None, headers=None,
        to=None, cc=None, raw=None, delay_min=2):
    MSGS.append(dict(slug=slug, mailbox=mailbox, recv=R_(recv), frm=frm, subject=subject, text=text,
                     html=html, atts=list(atts), proc=proc, fields=fields or {}, sig=sig,
                     refugee=refugee, denuncia=denuncia, notif=notif, kind=kind,
                     headers=headers or {}, to=to, cc=cc, raw=raw, delay=delay_min))


def received_hdr(frm_addr, mailbox, recv):
    dom = frm_addr.split("@")[-1].lower()
    host = HOSTS.get(dom, f"mail.{dom} [190.117.{len(dom)}.{len(frm_addr) % 200 + 20}]")
    return (f"from {host.split(' ')[0]} ({host}) by mx1.rree.gob.pe (Postfix) with ESMTPS id "
            f"{hashlib.sha1((frm_addr + recv.isoformat()).encode()).hexdigest()[:10].upper()} for <{mailbox}>; "
            f"{format_datetime(recv)}")


def build_eml(m, n):
    recv = m["recv"]
    sent = recv - dt.timedelta(minutes=m["delay"], seconds=17)
    if m["raw"]:
        return m["raw"].replace("@@RECEIVED@@", received_hdr("mailer", m["mailbox"], recv)) \
            .replace("@@DATE@@", format_datetime(sent))
    msg = EmailMessage(policy=policy.SMTP)
    addr = m["frm"].split("<")[-1].rstrip(">").strip()
    msg["Received"] = received_hdr(addr, m["mailbox"], recv)
    msg["Delivered-To"] = m["mailbox"]
    msg["Date"] = format_datetime(sent)
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or m["mailbox"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = make_msgid(idstring=f"r40-{n:03d}", domain=addr.split("@")[-1])
    for k, v in m["headers"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if m["text"] is not None:
        msg.set_content(m["text"])
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html")
    elif m["html"]:
        msg.set_content(m["html"], subtype="html")
    for name, data in m["atts"]:
        ext = name.rsplit(".", 1)[-1].lower()
        mt = {"pdf": ("application", "pdf"), "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"),
              "png": ("image", "png")}[ext]
        msg.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=name)
    return msg.as_bytes()


def label(m, n, fname):
    proc, f, sig = m["proc"], m["fields"], m["sig"]
    recv = m["recv"]
    fd = filing_day(recv)
    if proc in REQ and proc in {"reconsideracion", "apelacion", "renuncia", "autorizacion_viaje"}:
        assert sig in ("valid", "invalid", "manuscrita", "absent"), m["slug"]
    else:
        assert sig == "not_required", m["slug"]
    missing, flags = [], []
    if m["kind"] == "ignorado":
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        for r in REQ[proc]:
            if r == "firma":
                if sig in ("invalid", "absent"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not m["denuncia"]:
                    missing.append(r)
            elif r.endswith("*"):
                if (m["refugee"] or "carne_extranjeria" in f) and "carne_extranjeria" not in f:
                    missing.append(r[:-1])
            elif r not in f:
                missing.append(r)
        outcome = "subsanar" if missing else ("cargo" if proc in RECURSOS else "acuse")
    if outcome not in ("ignorado", "portal", "triage"):
        if HOME[proc] != m["mailbox"]:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and m["notif"]:
            limit = add_bd(dt.date.fromisoformat(m["notif"]), 15)
            if fd > limit:
                flags.append("extemporaneo")
    if outcome in ("subsanar",):
        due = add_bd(fd, 2)
    elif outcome in ("cargo", "acuse"):
        due = add_bd(fd, PLAZO[proc])
    else:
        due = None
    return {"file": fname, "mailbox": m["mailbox"], "received": recv.isoformat(), "procedure": proc,
            "fields": f, "missing": missing, "signature": sig, "outcome": outcome, "flags": flags,
            "filing_date": fd.isoformat(), "due_date": due.isoformat() if due else None}


# ---------------------------------------------------------------- the month's mail
import messages40  # noqa: E402  (fills MSGS through add())

messages40.define(add, K, S, P, R)


def main():
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    lines = []
    MSGS.sort(key=lambda m: m["recv"])
    for n, m in enumerate(MSGS, 1):
        fname = f"{n:03d}-{m['slug']}.eml"
        with open(os.path.join(HERE, fname), "wb") as fh:
            data = build_eml(m, n)
            fh.write(data.encode() if isinstance(data, str) else data)
        lines.append(json.dumps(label(m, n, fname), ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(len(lines), "messages")


if __name__ == "__main__":
    main()
