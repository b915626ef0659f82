#!/usr/bin/env python3
"""Build round8: messages + labels. Run with /work/rounds/.venv-r8/bin/python build.py"""
import datetime as dt, json, os, sys, glob, logging
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo
import holidays

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdfkit_r8 as K

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 24)}
PE = holidays.country_holidays("PE", years=[2026, 2027])

MESA = "mesadepartes@rree.gob.pe"
SOLI = "solicitantesrefugio@rree.gob.pe"
REFU = "refugiados@rree.gob.pe"
INSTITUTIONAL = {MESA, SOLI, REFU}

PROC = {  # code: (home, requirements, plazo)
    "solicitud_refugio": ("portal", [], None),
    "autorizacion_trabajo": ("portal", [], None),
    "entrevista_registro": ("portal", [], None),
    "carne_solicitante": (SOLI, [], None),
    "actualizacion_datos": (SOLI, ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": (SOLI, ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": (MESA, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15),
    "apelacion": (MESA, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30),
    "renuncia": (MESA, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": (REFU, ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": (REFU, ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "autorizacion_viaje": (REFU, ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5),
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}


def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING

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


MSGS = []
def M(slug, mailbox, recv, frm, subject, body, proc, fields, atts=(), ref=False,
      notif=None, headers=None, html=None, to=None, cc=None, ignorado=False,
      denuncia=False, date_delta=3, report=None):
    MSGS.append(dict(slug=slug, mailbox=mailbox, recv=recv, frm=frm, subject=subject,
        body=body, proc=proc, fields=fields, atts=list(atts), ref=ref, notif=notif,
        headers=headers or {}, html=html, to=to, cc=cc, ignorado=ignorado,
        denuncia=denuncia, date_delta=date_delta, report=report))

from messages_r8 import define
define(M, MESA, SOLI, REFU)


def render_att(a):
    kind, fname, lines = a[0], a[1], a[2]
    if kind == "pdf_text":
        return fname, "application", "pdf", K.text_pdf(lines)
    if kind == "pdf_signed":
        return fname, "application", "pdf", K.signed_pdf(lines, a[3])
    if kind == "pdf_altered":
        return fname, "application", "pdf", K.altered_pdf(lines, a[3], a[4], a[5])
    if kind == "pdf_scan":
        return fname, "application", "pdf", K.scan_pdf(lines)
    if kind == "jpg":
        return fname, "image", "jpeg", K.image_bytes(lines, "JPEG")
    if kind == "png":
        return fname, "image", "png", K.image_bytes(lines, "PNG")
    raise ValueError(kind)


def sig_status(rendered):
    order = {"valid": 0, "invalid": 1, "manuscrita": 2}
    found = []
    for fname, mt, st, data in rendered:
        if mt == "image":
            found.append("manuscrita")
        elif st == "pdf":
            s = K.sig_check(data)
            if s:
                found.append(s)
            elif not K.pdf_text(data).strip():
                found.append("manuscrita")
    if not found:
        return "absent"
    return min(found, key=order.get)


def main():
    for f in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(f)
    labels = []
    for i, m in enumerate(MSGS, 1):
        fname = "%03d-%s.eml" % (i, m["slug"])
        recv = dt.datetime.strptime(m["recv"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=LIMA)
        sent = recv - dt.timedelta(minutes=m["date_delta"], seconds=17)
        msg = EmailMessage()
        msg["Received"] = ("from mail-out.example.net (mail-out.example.net [203.0.113.%d]) "
                           "by mx1.rree.gob.pe (Postfix) with ESMTPS id %05X; %s"
                           % (10 + i, 0x1A2B0 + i * 97, format_datetime(recv)))
        msg["Delivered-To"] = m["mailbox"]
        msg["From"] = m["frm"]
        msg["To"] = m["to"] or m["mailbox"]
        if m["cc"]:
            msg["Cc"] = m["cc"]
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(sent)
        msg["Message-ID"] = make_msgid(idstring="r8-%03d" % i, domain="mail.example.net")
        msg["MIME-Version"] = "1.0"
        for k, v in m["headers"].items():
            msg[k] = v
        if m["report"]:
            from email import message_from_bytes, policy
            bnd = "=_bounce_r8_%03d" % i
            hdrs = bytes(msg).split(b"\n\n", 1)[0].decode()
            hdrs = "\n".join(l for l in hdrs.splitlines() if not l.lower().startswith(("content-type", "content-transfer", "mime-version")))
            raw = (hdrs + "\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n boundary=\"%s\"\n\n" % bnd
                   + "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n\n" % (bnd, m["body"])
                   + "--%s\nContent-Type: message/delivery-status\n\n%s\n" % (bnd, m["report"][0])
                   + "--%s\nContent-Type: text/rfc822-headers; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n--%s--\n" % (bnd, m["report"][1], bnd))
            msg = message_from_bytes(raw.encode("utf-8"), policy=policy.default)
        elif m["html"] is not None and m["body"] is None:
            msg.set_content(m["html"], subtype="html")
        else:
            msg.set_content(m["body"])
            if m["html"] is not None:
                msg.add_alternative(m["html"], subtype="html")
        rendered = [render_att(a) for a in m["atts"]]
        for fn, mt, st, data in rendered:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(bytes(msg))

        # ---- label ----
        proc = m["proc"]
        fdate = filing_day(recv)
        sig = sig_status(rendered)
        fields = dict(m["fields"])
        missing, flags = [], []
        if m["ignorado"]:
            outcome = "ignorado"
        elif proc in PORTAL:
            outcome = "portal"
        elif proc is None:
            outcome = "triage"
        elif proc == "carne_solicitante":
            outcome = "suspendido"
        else:
            home, reqs, plazo = PROC[proc]
            for r in reqs:
                star = r.endswith("*")
                r = r.rstrip("*")
                if star and not m["ref"]:
                    continue
                if r == "firma":
                    ok = sig in ("valid", "manuscrita")
                elif r == "denuncia_policial":
                    ok = m["denuncia"]
                else:
                    ok = r in fields
                if not ok:
                    missing.append(r)
            outcome = "subsanar" if missing else ("cargo" if proc in RECURSOS else "acuse")
        needs_firma = proc in PROC and "firma" in PROC[proc][1]
        signature = sig if needs_firma else "not_required"
        if outcome not in ("ignorado", "portal", "triage"):
            if PROC[proc][0] != m["mailbox"]:
                flags.append("derivado")
            if needs_firma and sig == "manuscrita":
                flags.append("verificar_firma")
            if proc in RECURSOS and m["notif"]:
                limit = add_bd(dt.date.fromisoformat(m["notif"]), 15)
                if fdate > limit:
                    flags.append("extemporaneo")
        if outcome == "subsanar":
            due = add_bd(fdate, 2)
        elif outcome in ("cargo", "acuse"):
            due = add_bd(fdate, PROC[proc][2])
        else:
            due = None
        labels.append(dict(file=fname, mailbox=m["mailbox"], received=recv.isoformat(),
            procedure=proc, fields=fields, missing=missing, signature=signature,
            outcome=outcome, flags=flags, filing_date=fdate.isoformat(),
            due_date=due.isoformat() if due else None))
    with open(os.path.join(HERE, "labels.jsonl"), "w") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
