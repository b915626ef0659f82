#!/usr/bin/env python3
"""Independent re-check of labels.jsonl against INTAKE.md (round 18).

Re-reads every .eml, re-derives signature status (pyhanko), denuncia, dates, missing,
outcome and flags, and sanity-checks field values against the message text.
"""
import datetime as dt
import email
import html as htmlmod
import io
import json
import os
import re
import sys
import unicodedata
from email import policy
from email.utils import parsedate_to_datetime, parseaddr
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402  (for notif / refugee side data only)
import pdftools  # noqa: E402

LIMA = ZoneInfo("America/Lima")
NWD = {"2026-12-07", "2026-12-24", "2026-12-31"}
HOL = holidays.PE(years=[2026, 2027])
CLOSE = (16, 30)
INST = {"mesadepartes@rree.gob.pe", "solicitantesrefugio@rree.gob.pe", "refugiados@rree.gob.pe"}

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
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {"carne_solicitante": "solicitantesrefugio@rree.gob.pe", "actualizacion_datos": "solicitantesrefugio@rree.gob.pe",
        "cambio_clave": "solicitantesrefugio@rree.gob.pe", "reconsideracion": "mesadepartes@rree.gob.pe",
        "apelacion": "mesadepartes@rree.gob.pe", "renuncia": "mesadepartes@rree.gob.pe",
        "prorroga_residencia": "refugiados@rree.gob.pe", "duplicado_carne_extranjeria": "refugiados@rree.gob.pe",
        "autorizacion_viaje": "refugiados@rree.gob.pe"}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}


def bday(d):
    return d.weekday() < 5 and d not in HOL and d.isoformat() not in NWD


def nxt(d):
    while True:
        d = d + dt.timedelta(days=1)
        if bday(d):
            return d


def plus(d, n):
    k = 0
    while k < n:
        d = nxt(d)
        k += 1
    return d


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def text_of(msg):
    texts, atts = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if fn or ctype in ("application/pdf",) or ctype.startswith("image/"):
            atts.append((ctype, fn or "", part.get_payload(decode=True)))
            continue
        if ctype == "text/plain":
            texts.append(part.get_content())
        elif ctype == "text/html":
            h = part.get_content()
            h = re.sub(r"<(br|/p|/tr|/div)[^>]*>", "\n", h, flags=re.I)
            h = re.sub(r"</t[dh]>", "\t", h, flags=re.I)
            texts.append(htmlmod.unescape(re.sub(r"<[^>]+>", "", h)))
    return "\n".join(texts), atts


def pdf_info(blob):
    r = pypdf.PdfReader(io.BytesIO(blob))
    txt = "\n".join((p.extract_text() or "") for p in r.pages)
    imgs = sum(len(p.images) for p in r.pages)
    has_sig, intact = pdftools.sig_status(blob)
    return txt, imgs, has_sig, intact


def main():
    meta = {f"{i:03d}-{m['slug']}.eml": m for i, m in enumerate(build.MESSAGES, start=1)}
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    errs = 0
    counts = {}
    for lab in labels:
        fn = lab["file"]
        m = meta[fn]
        problems = []
        raw = open(os.path.join(HERE, fn), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        # mailbox and received
        mb = str(msg["Delivered-To"] or "").strip().lower()
        if mb != lab["mailbox"]:
            problems.append(f"mailbox {mb} != {lab['mailbox']}")
        recv_h = msg.get_all("Received")[0]
        recv = parsedate_to_datetime(recv_h.rsplit(";", 1)[1].strip()).astimezone(LIMA)
        if recv.isoformat() != lab["received"]:
            problems.append(f"received {recv.isoformat()} != {lab['received']}")
        body, atts = text_of(msg)
        full = body
        # attachments
        statuses, denuncia = [], False
        for ctype, name, blob in atts:
            if "denuncia" in fold(name):
                denuncia = True
            if ctype == "application/pdf":
                txt, imgs, has_sig, intact = pdf_info(blob)
                full += "\n" + txt
                if "denuncia" in fold(txt):
                    denuncia = True
                if has_sig:
                    statuses.append("valid" if intact else "invalid")
                elif not txt.strip() or imgs:
                    statuses.append("manuscrita")
                else:
                    statuses.append("absent")
            elif ctype.startswith("image/"):
                statuses.append("manuscrita")
        sig = "absent"
        for s in ("valid", "invalid", "manuscrita"):
            if s in statuses:
                sig = s
                break
        proc = lab["procedure"]
        req = REQ.get(proc, []) if proc else []
        needs_firma = "firma" in req
        exp_sig = sig if needs_firma else "not_required"
        if exp_sig != lab["signature"]:
            problems.append(f"signature {exp_sig} != {lab['signature']}")
        # ignorado detection
        frm = parseaddr(str(msg["From"]))[1].lower()
        subj = str(msg["Subject"] or "")
        ign = (msg["Auto-Submitted"] not in (None, "no") or (msg["Precedence"] or "").lower() in ("bulk", "junk", "list")
               or msg["List-Id"] is not None or msg.get_content_type() == "multipart/report"
               or msg["X-Autoreply"] is not None or msg["X-Autorespond"] is not None
               or re.match(r"(mailer-daemon|postmaster|no-?reply)@", frm) is not None
               or re.search(r"respuesta autom|automatic reply|out of office|fuera de la oficina", subj, re.I) is not None
               or frm in INST)
        fields = lab["fields"]
        refugee = bool(m.get("refugee")) or "carne_extranjeria" in fields
        # missing
        exp_missing = []
        for r in req:
            star = r.endswith("*")
            r0 = r.rstrip("*")
            if star and not refugee:
                continue
            if r0 == "firma":
                if exp_sig in ("invalid", "absent"):
                    exp_missing.append("firma")
            elif r0 == "denuncia_policial":
                if not denuncia:
                    exp_missing.append(r0)
            elif r0 not in fields:
                exp_missing.append(r0)
        # outcome
        if ign:
            exp_out = "ignorado"
        elif proc in PORTAL:
            exp_out = "portal"
        elif proc is None:
            exp_out = "triage"
        elif proc == "carne_solicitante":
            exp_out = "suspendido"
        elif exp_missing:
            exp_out = "subsanar"
        elif proc in ("reconsideracion", "apelacion"):
            exp_out = "cargo"
        else:
            exp_out = "acuse"
        if exp_out in ("ignorado", "portal", "triage"):
            exp_missing = []
        if exp_missing != lab["missing"]:
            problems.append(f"missing {exp_missing} != {lab['missing']}")
        if exp_out != lab["outcome"]:
            problems.append(f"outcome {exp_out} != {lab['outcome']}")
        # dates
        d = recv.date()
        fd = d if (bday(d) and (recv.hour, recv.minute) < CLOSE) else nxt(d)
        if fd.isoformat() != lab["filing_date"]:
            problems.append(f"filing {fd} != {lab['filing_date']}")
        if exp_out in ("suspendido", "portal", "triage", "ignorado"):
            due = None
        else:
            due = plus(fd, 2 if exp_out == "subsanar" else PLAZO[proc]).isoformat()
        if due != lab["due_date"]:
            problems.append(f"due {due} != {lab['due_date']}")
        # flags
        flags = set()
        if exp_out not in ("ignorado", "portal", "triage"):
            if proc in HOME and HOME[proc] != lab["mailbox"]:
                flags.add("derivado")
            if needs_firma and exp_sig == "manuscrita":
                flags.add("verificar_firma")
            if m.get("notif") and proc in ("reconsideracion", "apelacion"):
                if fd > plus(m["notif"], 15):
                    flags.add("extemporaneo")
        if flags != set(lab["flags"]):
            problems.append(f"flags {sorted(flags)} != {lab['flags']}")
        # field sanity
        ftext = fold(full)
        alnum = re.sub(r"[^0-9a-z]", "", ftext).upper()
        digits = re.sub(r"\D", "", full)
        if exp_out != "ignorado" and "correo" not in fields:
            problems.append("correo absent")
        for k, v in fields.items():
            if k == "telefono":
                n = phonenumbers.parse(v)
                if not phonenumbers.is_valid_number(n) or phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) != v:
                    problems.append(f"bad phone {v}")
                if str(n.national_number)[-6:] not in digits:
                    problems.append(f"phone {v} not in text")
            elif k in ("fecha_nacimiento", "fecha_salida", "fecha_retorno"):
                dt.date.fromisoformat(v)
            elif k == "nacionalidad":
                assert re.fullmatch(r"[A-Z]{2}", v), v
            elif k == "documento_identidad":
                if v not in alnum:
                    problems.append(f"doc {v} not in text")
            elif k == "carne_extranjeria":
                if v not in digits:
                    problems.append(f"carne {v} not in text")
            elif k == "nombres":
                if fold(v) not in re.sub(r"\s+", " ", ftext):
                    problems.append(f"name {v} not in text")
            elif k == "correo":
                if v != v.lower() or (v not in ftext and v != frm):
                    problems.append(f"correo {v} not in text/from")
                if v in INST:
                    problems.append("institutional correo")
            elif k == "destino":
                if fold(v) not in ftext:
                    problems.append(f"destino {v} not in text")
            elif k == "sexo":
                assert v in ("F", "M")
        counts[proc] = counts.get(proc, 0) + 1
        if problems:
            errs += 1
            print(fn, "; ".join(problems))
    print("per procedure:", json.dumps(counts, indent=None))
    print("outcomes:", {o: sum(1 for l in labels if l["outcome"] == o) for o in sorted({l['outcome'] for l in labels})})
    print("flags:", {f: sum(1 for l in labels if f in l["flags"]) for f in ("derivado", "extemporaneo", "verificar_firma")})
    print("signatures:", {s: sum(1 for l in labels if l["signature"] == s) for s in sorted({l['signature'] for l in labels})})
    print(f"{len(labels)} labels, {errs} with problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
