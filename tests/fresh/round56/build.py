"""Round 56: builds the .eml files and labels.jsonl. Run with /work/rounds/.venv-r56/bin/python build.py"""
import json, os, sys, datetime as D, email.utils, glob
from email.message import EmailMessage
from zoneinfo import ZoneInfo
import holidays
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdfs

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
CLOSE = D.time(16, 30)
NWD = {D.date(2026, 12, 7), D.date(2026, 12, 24), D.date(2026, 12, 31)}
HOL = holidays.country_holidays("PE", years=[2026, 2027])

def biz(d): return d.weekday() < 5 and d not in HOL and d not in NWD
def next_biz(d):
    d += D.timedelta(days=1)
    while not biz(d): d += D.timedelta(days=1)
    return d
def add_biz(d, n):
    for _ in range(n): d = next_biz(d)
    return d
def filing(dt):
    d = dt.date()
    if biz(d) and dt.time() < CLOSE: return d
    return next_biz(d)

SAM = "solicitantesrefugio@rree.gob.pe"; MDP = "mesadepartes@rree.gob.pe"; REF = "refugiados@rree.gob.pe"
PROC = {
 "solicitud_refugio": ("portal", [], None), "autorizacion_trabajo": ("portal", [], None),
 "entrevista_registro": ("portal", [], None), "carne_solicitante": (SAM, [], None),
 "actualizacion_datos": (SAM, ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
 "cambio_clave": (SAM, ["nombres", "documento_identidad", "telefono", "correo"], 15),
 "reconsideracion": (MDP, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15),
 "apelacion": (MDP, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30),
 "renuncia": (MDP, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
 "prorroga_residencia": (REF, ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
 "duplicado_carne_extranjeria": (REF, ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
 "autorizacion_viaje": (REF, ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5),
}
RECURSOS = {"reconsideracion", "apelacion"}

from messages import MESSAGES

def sig_status(atts):
    kinds = [a[2] for a in atts]
    for k, s in (("signed", "valid"), ("altered", "invalid"), ("scan", "manuscrita"), ("img", "manuscrita")):
        if k in kinds: return s
    return "absent"

def make_att(a):
    fname, lines, kind = a[0], a[1], a[2]
    if kind == "signed": return pdfs.signed_pdf(lines, a[3]), "application", "pdf"
    if kind == "altered": return pdfs.altered_pdf(lines, a[3], a[4], a[5]), "application", "pdf"
    if kind == "scan": return pdfs.scan_pdf(lines), "application", "pdf"
    if kind == "img": return pdfs.jpeg(lines), "image", "jpeg"
    if kind == "text": return pdfs.text_pdf(lines), "application", "pdf"
    raise ValueError(kind)

def main():
    for f in glob.glob(os.path.join(HERE, "*.eml")): os.remove(f)
    labels = []
    for i, m in enumerate(MESSAGES, 1):
        fn = "%03d-%s.eml" % (i, m["slug"])
        rec = D.datetime(*m["at"], tzinfo=LIMA)
        msg = EmailMessage()
        box = m["box"]
        msg["Received"] = "from mx-out.example.net by mx1.rree.gob.pe with ESMTPS id %05d; %s" % (
            i * 7919 % 99999, email.utils.format_datetime(rec))
        if m.get("delivered", i % 3 == 0): msg["Delivered-To"] = box
        msg["From"] = m["frm"]
        msg["To"] = m.get("to", box)
        if m.get("cc"): msg["Cc"] = m["cc"]
        msg["Subject"] = m["subj"]
        sent = rec - D.timedelta(minutes=m.get("lag", 1 + i % 5), seconds=13 * i % 60)
        msg["Date"] = email.utils.format_datetime(sent)
        msg["Message-ID"] = "<r56.%03d.%s@%s>" % (i, m["slug"], m["frm"].split("@")[-1].strip(">").strip())
        for k, v in m.get("hdr", {}).items(): msg[k] = v
        if m.get("html_only"):
            msg.set_content(m["html"], subtype="html")
        else:
            msg.set_content(m["body"])
            if m.get("html"): msg.add_alternative(m["html"], subtype="html")
        atts = m.get("atts", [])
        for a in atts:
            data, mt, st = make_att(a)
            if a[2] in ("signed", "altered"):
                ok = pdfs.check(data)
                assert ok == (a[2] == "signed"), (fn, ok)
            msg.add_attachment(data, maintype=mt, subtype=st, filename=a[0])
        open(os.path.join(HERE, fn), "wb").write(bytes(msg))

        proc = m["proc"]; fields = m["fields"]
        fd = filing(rec)
        flags = []; missing = []; sig = "not_required"; due = None
        if m.get("ign"):
            outcome = "ignorado"
        elif proc and PROC[proc][0] == "portal":
            outcome = "portal"
        elif proc is None:
            outcome = "triage"
        elif proc == "carne_solicitante":
            outcome = "suspendido"
            if box != PROC[proc][0]: flags.append("derivado")
        else:
            home, reqs, plazo = PROC[proc]
            if "firma" in reqs: sig = sig_status(atts)
            for r in reqs:
                if r == "firma":
                    if sig in ("invalid", "absent"): missing.append(r)
                elif r == "denuncia_policial":
                    if not any("denuncia" in a[0].lower() or any("denuncia" in l.lower() for l in a[1]) for a in atts):
                        missing.append(r)
                elif r.endswith("*"):
                    if m.get("refugiado") and r[:-1] not in fields: missing.append(r[:-1])
                elif r not in fields: missing.append(r)
            if box != home: flags.append("derivado")
            if sig == "manuscrita": flags.append("verificar_firma")
            if proc in RECURSOS and m.get("notif"):
                if fd > add_biz(D.date(*m["notif"]), 15): flags.append("extemporaneo")
            if missing:
                outcome = "subsanar"; due = add_biz(fd, 2)
            else:
                outcome = "cargo" if proc in RECURSOS else "acuse"; due = add_biz(fd, plazo)
        assert bool(m.get("ext")) == ("extemporaneo" in flags), fn
        if "expect" in m: assert outcome == m["expect"], (fn, outcome, missing)
        labels.append({"file": fn, "mailbox": box, "received": rec.isoformat(), "procedure": proc,
                       "fields": fields, "missing": missing, "signature": sig, "outcome": outcome,
                       "flags": flags, "filing_date": fd.isoformat(),
                       "due_date": due.isoformat() if due else None})
    with open(os.path.join(HERE, "labels.jsonl"), "w") as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "messages")

if __name__ == "__main__":
    main()
