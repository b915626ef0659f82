#!/usr/bin/env python3
"""Independent re-check of labels.jsonl against the .eml files and INTAKE.md rules.

Re-derives: mailbox, received, filing/due dates, missing, outcome, flags, signature status
(from the real attachments, with pyhanko/pypdf), denuncia presence, extemporaneo (from the
notification date found in the text), and checks every labelled field value occurs in the
message text (subject + bodies + PDF text layers).
"""
import datetime as dt
import email
import html as htmlmod
import io
import json
import os
import re
import sys
import tomllib
import unicodedata
from email import policy
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import holidays
import logging
logging.disable(logging.CRITICAL)
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
cfg = tomllib.load(open(os.path.join(HERE, "config.toml"), "rb"))["calendar"]
TZ = ZoneInfo(cfg["timezone"])
CLOSE = dt.time.fromisoformat(cfg["office_close"]) if cfg.get("office_close") else None
NWD = {dt.date.fromisoformat(x) for x in cfg["non_working_days"]}
HOL = holidays.country_holidays("PE", years=range(2026, 2028))
INST = {"solicitantesrefugio@rree.gob.pe", "mesadepartes@rree.gob.pe", "refugiados@rree.gob.pe"}

TABLE = {  # code: (home, requirements, plazo)
    "solicitud_refugio": ("portal", [], None),
    "autorizacion_trabajo": ("portal", [], None),
    "entrevista_registro": ("portal", [], None),
    "carne_solicitante": ("solicitantesrefugio@rree.gob.pe", [], None),
    "actualizacion_datos": ("solicitantesrefugio@rree.gob.pe",
                            "nombres nacionalidad documento_identidad carne_extranjeria* telefono".split(), 15),
    "cambio_clave": ("solicitantesrefugio@rree.gob.pe", "nombres documento_identidad telefono correo".split(), 15),
    "reconsideracion": ("mesadepartes@rree.gob.pe",
                        "firma motivo nombres documento_identidad telefono correo".split(), 15),
    "apelacion": ("mesadepartes@rree.gob.pe", "firma motivo nombres documento_identidad telefono correo".split(), 30),
    "renuncia": ("mesadepartes@rree.gob.pe",
                 "firma motivo nombres nacionalidad documento_identidad carne_extranjeria* telefono".split(), 15),
    "prorroga_residencia": ("refugiados@rree.gob.pe",
                            "nombres sexo nacionalidad documento_identidad carne_extranjeria fecha_nacimiento telefono".split(), 15),
    "duplicado_carne_extranjeria": ("refugiados@rree.gob.pe",
                                    "denuncia_policial nombres sexo nacionalidad documento_identidad carne_extranjeria fecha_nacimiento telefono".split(), 15),
    "autorizacion_viaje": ("refugiados@rree.gob.pe",
                           "firma motivo destino fecha_salida fecha_retorno nombres carne_extranjeria telefono".split(), 5),
}
MONTHS = {m: i + 1 for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto setiembre octubre noviembre diciembre".split())}
MONTHS["septiembre"] = 9


def workday(d):
    return d.weekday() < 5 and d not in HOL and d not in NWD


def nxt(d):
    while True:
        d = d + dt.timedelta(days=1)
        if workday(d):
            return d


def nth_workday_after(d, n):
    c = 0
    while c < n:
        d = d + dt.timedelta(days=1)
        if workday(d):
            c += 1
    return d


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def html_to_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</td>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


def analyse(path):
    m = email.message_from_binary_file(open(path, "rb"), policy=policy.default)
    texts = [str(m["Subject"] or "")]
    pdfs, images, names = [], [], []
    for part in m.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            names.append(str(email.header.make_header(email.header.decode_header(fn))))
        if ct == "text/plain" and not fn:
            texts.append(part.get_content())
        elif ct == "text/html" and not fn:
            texts.append(html_to_text(part.get_content()))
        elif ct == "application/pdf":
            pdfs.append(part.get_payload(decode=True))
        elif ct.startswith("image/"):
            images.append(ct)
    pdf_info = []
    for data in pdfs:
        r = PdfReader(io.BytesIO(data))
        txt = "\n".join((p.extract_text() or "") for p in r.pages)
        has_img = any(len(p.images) > 0 for p in r.pages)
        sig = None
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        hr = PdfFileReader(io.BytesIO(data), strict=False)
        if hr.embedded_signatures:
            st = validate_pdf_signature(hr.embedded_signatures[0])
            sig = "valid" if st.intact else "invalid"
        pdf_info.append((txt, has_img, sig))
        texts.append(txt)
    # signature status by INTAKE order
    if any(s == "valid" for _, _, s in pdf_info):
        sig = "valid"
    elif any(s == "invalid" for _, _, s in pdf_info):
        sig = "invalid"
    elif images or any(s is None and (not t.strip() or im) for t, im, s in pdf_info):
        sig = "manuscrita"
    else:
        sig = "absent"
    den = any("denuncia" in fold(n) for n in names) or any("denuncia" in fold(t) for t, _, _ in pdf_info)
    return m, "\n".join(texts), sig, den


def found(field, value, text):
    ft = fold(text)
    if field in ("nombres", "destino"):
        return re.sub(r"\s+", " ", fold(value)) in re.sub(r"\s+", " ", ft)
    if field == "correo":
        return value in ft or value in FROM
    if field in ("documento_identidad", "carne_extranjeria"):
        flat = re.sub(r"[^0-9a-z]", "", ft)
        return value.lower() in flat
    if field == "telefono":
        digits = re.sub(r"\D", "", text)
        tail = value[3:] if value.startswith("+51") else value[1:]
        return tail in digits or value[1:] in digits
    if field == "nacionalidad":
        words = {"VE": "venez", "CO": "colombia", "CU": "cuban", "HT": "haiti", "EC": "ecuator"}
        return words[value] in ft or re.search(r"\b%s\b" % {"VE": "ven"}.get(value, "zzz"), ft) is not None
    if field == "sexo":
        return bool(re.search(r"sexo\s*:?\s*%s|%s" % (value.lower(), {"M": "masculino", "F": "femenino"}[value]), ft))
    if field.startswith("fecha"):
        y, mo, d = value.split("-")
        cands = ["%s/%s/%s" % (d, mo, y), "%s/%s/%s" % (d, mo, y[2:]), "%s-%s-%s" % (d, mo, y), value,
                 "%d de %s de %s" % (int(d), [k for k, v in MONTHS.items() if v == int(mo)][0], y)]
        return any(c in ft for c in cands)
    if field == "motivo":
        return True
    return False


def notified_date(text):
    ft = fold(text)
    m = re.search(r"notific\w*[^.\d]{0,60}?\s(?:el|con fecha)\s+(\d{1,2})(?:/(\d{1,2})/(\d{4})| de (\w+) de (\d{4}))", ft)
    if not m:
        return None
    if m.group(2):
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return dt.date(int(m.group(5)), MONTHS[m.group(4)], int(m.group(1)))


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    problems = 0
    seen = {}
    for lab in labels:
        path = os.path.join(HERE, lab["file"])
        m, text, sig_real, den = analyse(path)
        global FROM
        FROM = str(m["From"]).lower()
        err = []
        # mailbox
        cands = []
        for h in ("Delivered-To", "To", "Cc"):
            for v in m.get_all(h) or []:
                cands += [a.lower() for a in re.findall(r"[\w.+-]+@[\w.-]+", str(v))]
        mb = next((a for a in cands if a in INST), None)
        if mb != lab["mailbox"]:
            err.append("mailbox %s" % mb)
        # received = newest Received
        recs = [parsedate_to_datetime(str(v).rsplit(";", 1)[1].strip()) for v in m.get_all("Received")]
        newest = max(recs).astimezone(TZ)
        if newest.isoformat() != lab["received"]:
            err.append("received %s" % newest.isoformat())
        # filing
        d = newest.date()
        if workday(d) and (CLOSE is None or newest.time() < CLOSE):
            fd = d
        else:
            fd = nxt(d)
        if fd.isoformat() != lab["filing_date"]:
            err.append("filing %s" % fd)
        proc = lab["procedure"]
        out = lab["outcome"]
        auto = (str(m.get("Auto-Submitted", "no")).lower() != "no" or m.get("List-Id") or
                str(m.get("Precedence", "")).lower() in ("bulk", "junk", "list") or
                m.get_content_type() == "multipart/report" or
                re.search(r"mailer-daemon|postmaster|no-?reply", str(m["From"]).lower()) or
                any(a in str(m["From"]).lower() for a in INST) or
                re.match(r"(respuesta autom|automatic reply|out of office|fuera de la oficina)", fold(str(m["Subject"] or ""))))
        if bool(auto) != (out == "ignorado"):
            err.append("ignorado mismatch")
        fields = lab["fields"]
        for k, v in fields.items():
            if not found(k, v, text):
                err.append("field %s=%s not found in text" % (k, v))
        # signature
        needs = proc in TABLE and "firma" in TABLE[proc][1]
        exp_sig = sig_real if needs else "not_required"
        if out == "ignorado" and needs:
            exp_sig = lab["signature"]
        if exp_sig != lab["signature"]:
            err.append("signature %s vs real %s" % (lab["signature"], exp_sig))
        # missing / outcome / flags
        if out in ("ignorado",):
            exp_out, exp_missing, exp_flags, due = "ignorado", [], [], None
        elif proc in ("solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"):
            exp_out, exp_missing, exp_flags, due = "portal", [], [], None
        elif proc is None:
            exp_out, exp_missing, exp_flags, due = "triage", [], [], None
        else:
            home, reqs, plazo = TABLE[proc]
            refugee = "carne_extranjeria" in fields or re.search(r"refugiad[oa] reconocid[oa]", fold(text))
            exp_missing = []
            for r in reqs:
                if r == "firma":
                    if exp_sig in ("invalid", "absent"):
                        exp_missing.append(r)
                elif r == "denuncia_policial":
                    if not den:
                        exp_missing.append(r)
                elif r.endswith("*"):
                    if refugee and r[:-1] not in fields:
                        exp_missing.append(r[:-1])
                elif r not in fields:
                    exp_missing.append(r)
            exp_flags = []
            if home != lab["mailbox"]:
                exp_flags.append("derivado")
            if exp_sig == "manuscrita":
                exp_flags.append("verificar_firma")
            if proc in ("reconsideracion", "apelacion"):
                nd = notified_date(text)
                if nd and fd > nth_workday_after(nd, 15):
                    exp_flags.append("extemporaneo")
            if proc == "carne_solicitante":
                exp_out, exp_missing, due = "suspendido", [], None
            elif exp_missing:
                exp_out, due = "subsanar", nth_workday_after(fd, 2)
            elif proc in ("reconsideracion", "apelacion"):
                exp_out, due = "cargo", nth_workday_after(fd, plazo)
            else:
                exp_out, due = "acuse", nth_workday_after(fd, plazo)
        if exp_out != out:
            err.append("outcome %s" % exp_out)
        if exp_missing != lab["missing"]:
            err.append("missing %s" % exp_missing)
        if sorted(exp_flags) != sorted(lab["flags"]):
            err.append("flags %s" % exp_flags)
        if (due.isoformat() if due else None) != lab["due_date"]:
            err.append("due %s" % due)
        if out not in ("ignorado",) and "correo" not in fields:
            err.append("no correo")
        seen.setdefault(proc if out != "ignorado" else "(ignorado)", []).append(out)
        if err:
            problems += 1
            print(lab["file"], "->", "; ".join(err))
    print("checked", len(labels), "messages;", problems, "with problems")
    for p, outs in sorted(seen.items(), key=lambda x: str(x[0])):
        print("  %-28s %d  %s" % (p, len(outs), ",".join(sorted(set(outs)))))
    return problems


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
