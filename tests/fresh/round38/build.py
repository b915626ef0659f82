"""Build round38: a fortnight (2026-11-30 .. 2026-12-13) of mail to the three CEPR mailboxes.

Writes NNN-slug.eml files and labels.jsonl. Labels: fields are written by hand per message;
missing / signature / outcome / flags / dates are derived from INTAKE.md rules below
(and the hand-written expectations are asserted where given).
"""
import datetime as dt, json, os, glob, sys, logging
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.utils import format_datetime, make_msgid
import holidays
import pdfkit as K

logging.disable(logging.CRITICAL)
import warnings; warnings.filterwarnings("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = dt.timezone(dt.timedelta(hours=-5))
CLOSE = dt.time(16, 30)
NWD = {"2026-12-07", "2026-12-24", "2026-12-31"}
PEH = holidays.country_holidays("PE", years=[2026, 2027])

MP, SR, RF = "mesadepartes@rree.gob.pe", "solicitantesrefugio@rree.gob.pe", "refugiados@rree.gob.pe"
INST = {MP, SR, RF}

PROC = {  # code: (home, requirements, plazo, complete outcome)
    "solicitud_refugio": ("portal", [], None, "portal"),
    "autorizacion_trabajo": ("portal", [], None, "portal"),
    "entrevista_registro": ("portal", [], None, "portal"),
    "carne_solicitante": (SR, [], None, "suspendido"),
    "actualizacion_datos": (SR, ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15, "acuse"),
    "cambio_clave": (SR, ["nombres", "documento_identidad", "telefono", "correo"], 15, "acuse"),
    "reconsideracion": (MP, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15, "cargo"),
    "apelacion": (MP, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30, "cargo"),
    "renuncia": (MP, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15, "acuse"),
    "prorroga_residencia": (RF, ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15, "acuse"),
    "duplicado_carne_extranjeria": (RF, ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15, "acuse"),
    "autorizacion_viaje": (RF, ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5, "acuse"),
}
RECURSOS = {"reconsideracion", "apelacion"}


def is_bd(d):
    return d.weekday() < 5 and d not in PEH and d.isoformat() not in NWD


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


def filing_day(t):
    d = t.date()
    if is_bd(d) and t.time() < CLOSE:
        return d
    return next_bd(d)


# ---------------------------------------------------------------- attachments
def A(name, data, kind):
    """kind: valid | invalid | manuscrita | text | other (for firma);"""
    return {"name": name, "data": data, "kind": kind}


def pdf_text_att(name, lines):
    return A(name, K.text_pdf(lines), "text")


def pdf_signed(name, lines):
    b = K.sign_pdf(K.text_pdf(lines))
    assert K.sig_intact(b) is True
    return A(name, b, "valid")


def pdf_altered(name, lines, old, new):
    b = K.alter(K.sign_pdf(K.text_pdf(lines, compress=False)), old, new)
    assert K.sig_intact(b) is False
    return A(name, b, "invalid")


def pdf_scan(name, lines, seed=1):
    b = K.image_pdf(lines, seed)
    assert K.pdf_text(b).strip() == ""
    return A(name, b, "manuscrita")


def jpg_scan(name, lines, seed=2):
    return A(name, K.scan_image(lines, "JPEG", seed), "manuscrita")


def png_scan(name, lines, seed=3):
    return A(name, K.scan_image(lines, "PNG", seed), "manuscrita")


MSGS = []


def M(slug, mailbox, recv, frm, subject, body=None, html=None, atts=(), proc=None, fields=None,
      to=None, cc=None, delivered=True, extra=None, recognised=False, notif=None, ignorado=False,
      expect=None, date_lag=2):
    MSGS.append(dict(slug=slug, mailbox=mailbox, recv=recv, frm=frm, subject=subject, body=body, html=html,
                     atts=list(atts), proc=proc, fields=fields or {}, to=to, cc=cc, delivered=delivered,
                     extra=extra or {}, recognised=recognised, notif=notif, ignorado=ignorado,
                     expect=expect, date_lag=date_lag))


def T(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LIMA)


exec(open(os.path.join(HERE, "messages.py"), encoding="utf-8").read())


# ---------------------------------------------------------------- labelling
def label(m):
    proc = m["proc"]
    t = T(m["recv"])
    fdate = filing_day(t)
    fields = dict(m["fields"])
    flags = []
    if m["ignorado"]:
        outcome, missing = "ignorado", []
    elif proc is None:
        outcome, missing = "triage", []
    elif PROC[proc][0] == "portal":
        outcome, missing = "portal", []
    else:
        outcome, missing = None, []
    # signature
    sig = "not_required"
    if proc and "firma" in PROC[proc][1]:
        kinds = [a["kind"] for a in m["atts"]]
        sig = next((k for k in ("valid", "invalid", "manuscrita") if k in kinds), "absent")
    if outcome is None:
        home, reqs, plazo, ok = PROC[proc]
        has_den = any("denuncia" in a["name"].lower() or a.get("denuncia") for a in m["atts"])
        for r in reqs:
            star = r.endswith("*")
            r = r.rstrip("*")
            if r == "firma":
                if sig in ("invalid", "absent"):
                    missing.append(r)
            elif r == "denuncia_policial":
                if not has_den:
                    missing.append(r)
            elif r not in fields:
                if star and not (m["recognised"]):
                    continue
                missing.append(r)
        if m["mailbox"] != home:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and m["notif"]:
            n = dt.date.fromisoformat(m["notif"])
            if fdate > add_bd(n, 15):
                flags.append("extemporaneo")
        if ok == "suspendido":
            outcome = "suspendido"
        elif missing:
            outcome = "subsanar"
        else:
            outcome = ok
    if outcome in ("ignorado", "portal", "triage"):
        missing, flags = [], []
    if outcome == "subsanar":
        due = add_bd(fdate, 2)
    elif outcome in ("acuse", "cargo"):
        due = add_bd(fdate, PROC[proc][2])
    else:
        due = None
    lab = {"file": m["file"], "mailbox": m["mailbox"], "received": t.isoformat(), "procedure": proc,
           "fields": fields, "missing": missing, "signature": sig, "outcome": outcome,
           "flags": sorted(flags), "filing_date": fdate.isoformat(),
           "due_date": due.isoformat() if due else None}
    if m["expect"]:
        for k, v in m["expect"].items():
            got = lab[k] if k != "flags" else lab["flags"]
            if k == "flags":
                v = sorted(v)
            assert got == v, (m["file"], k, got, v)
    return lab


# ---------------------------------------------------------------- writing
def build_email(m, n):
    t = T(m["recv"])
    sent = t - dt.timedelta(minutes=m["date_lag"], seconds=17)
    domain = m["frm"].split("@")[-1].rstrip(">")
    if m.get("raw_builder"):
        msg = m["raw_builder"](m)
    else:
        msg = EmailMessage()
        if m["body"] is not None and m["html"] is not None:
            msg.set_content(m["body"])
            msg.add_alternative(m["html"], subtype="html")
        elif m["html"] is not None:
            msg.set_content(m["html"], subtype="html")
        else:
            msg.set_content(m["body"] or "")
        for a in m["atts"]:
            nm = a["name"].lower()
            if nm.endswith(".pdf"):
                mt, st = "application", "pdf"
            elif nm.endswith((".jpg", ".jpeg")):
                mt, st = "image", "jpeg"
            elif nm.endswith(".png"):
                mt, st = "image", "png"
            else:
                mt, st = "application", "octet-stream"
            msg.add_attachment(a["data"], maintype=mt, subtype=st, filename=a["name"])
    hdr = [("Received", f"from {domain} (mx-in.{domain} [190.{n}.12.{40 + n}]) by mx1.rree.gob.pe "
                        f"with ESMTPS id r38x{n:03d}; {format_datetime(t)}")]
    if m["delivered"]:
        hdr.append(("Delivered-To", m["mailbox"]))
    for k, v in hdr:
        msg[k] = v
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or m["mailbox"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = make_msgid(idstring=f"r38.{n:03d}", domain=domain if "." in domain else "mail.local")
    for k, v in m["extra"].items():
        msg[k] = v
    # put Received first like a real MTA
    items = msg._headers
    rec = [h for h in items if h[0] == "Received"]
    msg._headers = rec + [h for h in items if h[0] != "Received"]
    return msg


def main():
    for f in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(f)
    labels = []
    for i, m in enumerate(MSGS, 1):
        m["file"] = f"{i:03d}-{m['slug']}.eml"
        msg = build_email(m, i)
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(msg.as_bytes())
        labels.append(label(m))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
