"""Build round62: a month-and-a-bit of varied mail to the three CEPR mailboxes, with labels."""
import json, datetime, os, glob, sys, zlib
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email.headerregistry import Address
from zoneinfo import ZoneInfo
import holidays
import pdfkit

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
CLOSE = datetime.time(16, 30)
NWD = {datetime.date(2026, 10, 9), datetime.date(2026, 12, 24), datetime.date(2026, 12, 31)}
PEH = holidays.country_holidays("PE", years=[2026, 2027])

PROC = {
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
INSTITUTIONAL = {S, M, R}


def bday(d):
    return d.weekday() < 5 and d not in PEH and d not in NWD


def next_bday(d):
    d += datetime.timedelta(days=1)
    while not bday(d):
        d += datetime.timedelta(days=1)
    return d


def add_bdays(d, n):
    for _ in range(n):
        d = next_bday(d)
    return d


def filing(dt):
    d = dt.date()
    if bday(d) and dt.time() < CLOSE:
        return d
    return next_bday(d)


# hand checks of the calendar functions
assert filing(datetime.datetime(2026, 10, 7, 17, 0)) == datetime.date(2026, 10, 12)  # Oct 8 holiday, Oct 9 NWD
assert filing(datetime.datetime(2026, 12, 7, 10, 0)) == datetime.date(2026, 12, 7)
assert next_bday(datetime.date(2026, 12, 7)) == datetime.date(2026, 12, 10)  # Dec 8, 9 holidays
assert add_bdays(datetime.date(2026, 12, 23), 2) == datetime.date(2026, 12, 29)  # 24 NWD, 25 hol, 26-27 wknd
assert filing(datetime.datetime(2026, 12, 31, 9, 0)) == datetime.date(2027, 1, 4)

MSGS = []


def msg(slug, box, recv, frm, subject, body=None, *, html=None, att=(), proc=None, fields=None,
        recog=False, notif=None, ignorado=False, headers=None, to=None, cc=None, date_lag=3,
        report=False):
    MSGS.append(dict(slug=slug, box=box, recv=recv, frm=frm, subject=subject, body=body, html=html,
                     att=list(att), proc=proc, fields=fields or {}, recog=recog, notif=notif,
                     ignorado=ignorado, headers=headers or {}, to=to, cc=cc, date_lag=date_lag,
                     report=report))


# attachment constructors: (filename, mime, bytes, kind)
def A_signed(name, lines, who):
    return (name, "application/pdf", pdfkit.signed_pdf(lines, who), "valid")


def A_altered(name, lines, who, old, new):
    return (name, "application/pdf", pdfkit.altered_pdf(lines, who, old, new), "invalid")


def A_scan(name, lines):
    return (name, "application/pdf", pdfkit.scanned_pdf(lines), "manuscrita")


def A_img(name, lines, fmt="JPEG"):
    mime = "image/jpeg" if fmt == "JPEG" else "image/png"
    return (name, mime, pdfkit.handwritten_image(lines, fmt), "manuscrita")


def A_text(name, lines):
    return (name, "application/pdf", pdfkit.text_pdf(lines), "absent")


exec(open(os.path.join(HERE, "messages.py"), encoding="utf-8").read())


def pdf_text(data):
    if data[:4] != b"%PDF":
        return ""
    import pypdf, io
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def sig_status(m):
    proc = m["proc"]
    if proc is None or "firma" not in PROC[proc][1]:
        return "not_required"
    kinds = [a[3] for a in m["att"]]
    for k in ("valid", "invalid", "manuscrita"):
        if k in kinds:
            return k
    return "absent"


def label(m, fname):
    dt = datetime.datetime.fromisoformat(m["recv"]).replace(tzinfo=LIMA)
    proc = m["proc"]
    f = dict(m["fields"])
    sig = sig_status(m)
    fd = filing(dt.replace(tzinfo=None))
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
        for r in PROC[proc][1]:
            if r == "firma":
                if sig in ("invalid", "absent"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not any("denuncia" in a[0].lower() or "denuncia" in pdf_text(a[2]).lower() for a in m["att"]):
                    missing.append(r)
            elif r.endswith("*"):
                if (m["recog"] or "carne_extranjeria" in f) and "carne_extranjeria" not in f:
                    missing.append(r[:-1])
            elif r not in f:
                missing.append(r)
        outcome = "subsanar" if missing else ("cargo" if proc in ("reconsideracion", "apelacion") else "acuse")
    if outcome not in ("ignorado", "portal", "triage"):
        if m["box"] != PROC[proc][0]:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if m["notif"] and proc in ("reconsideracion", "apelacion"):
            lim = add_bdays(datetime.date.fromisoformat(m["notif"]), 15)
            if fd > lim:
                flags.append("extemporaneo")
    if outcome in ("ignorado", "portal", "triage", "suspendido"):
        due = None
    elif outcome == "subsanar":
        due = add_bdays(fd, 2).isoformat()
    else:
        due = add_bdays(fd, PROC[proc][2]).isoformat()
    if not m["ignorado"] and "correo" not in f and m["frm"][1].lower() not in INSTITUTIONAL:
        raise SystemExit(f"{fname}: correo not labelled")
    return {"file": fname, "mailbox": m["box"], "received": dt.isoformat(), "procedure": proc,
            "fields": f, "missing": missing, "signature": sig, "outcome": outcome,
            "flags": flags, "filing_date": fd.isoformat(), "due_date": due}


def build(m, fname):
    dt = datetime.datetime.fromisoformat(m["recv"]).replace(tzinfo=LIMA)
    sent = dt - datetime.timedelta(minutes=m["date_lag"])
    e = EmailMessage()
    e["Return-Path"] = f"<{m['frm'][1]}>"
    e["Delivered-To"] = m["box"]
    e["Received"] = (f"from mail-out.example.net (mail-out.example.net [203.0.113.{len(fname)}]) "
                     f"by mx1.rree.gob.pe with ESMTPS id {zlib.crc32(fname.encode()) % 10**8:08d}; {format_datetime(dt)}")
    name, addr = m["frm"]
    e["From"] = str(Address(display_name=name, addr_spec=addr)) if name else addr
    e["To"] = m["to"] or m["box"]
    if m["cc"]:
        e["Cc"] = m["cc"]
    e["Subject"] = m["subject"]
    e["Date"] = format_datetime(sent)
    e["Message-ID"] = make_msgid(idstring=fname.split("-")[0], domain=addr.split("@")[1])
    for k, v in m["headers"].items():
        e[k] = v
    if m["report"]:
        hdr = "".join(f"{k}: {v}\n" for k, v in e.items())
        raw = (hdr + "MIME-Version: 1.0\n"
               'Content-Type: multipart/report; report-type=delivery-status; boundary="BND62"\n\n'
               "--BND62\nContent-Type: text/plain; charset=us-ascii\n\n" + m["body"] + "\n\n"
               "--BND62\nContent-Type: message/delivery-status\n\n"
               "Reporting-MTA: dns; mx1.correo.example\n\n"
               "Final-Recipient: rfc822; " + m["report"] + "\nAction: failed\nStatus: 5.1.1\n\n"
               "--BND62--\n")
        return raw.encode("utf-8")
    if m["html"] is not None:
        if m["body"]:
            e.set_content(m["body"])
            e.add_alternative(m["html"], subtype="html")
        else:
            e.set_content(m["html"], subtype="html")
    else:
        e.set_content(m["body"] or "")
    for fn, mime, data, kind in m["att"]:
        mt, st = mime.split("/")
        e.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return e


def main():
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    labels = []
    for i, m in enumerate(MSGS, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        for a in m["att"]:
            if a[2][:4] == b"%PDF":
                ok = pdfkit.check_sig(a[2])
                assert (a[3] == "valid") == (ok is True) and (a[3] == "invalid") == (ok is False), (fname, a[0], ok)
        with open(os.path.join(HERE, fname), "wb") as fh:
            b = build(m, fname)
            fh.write(b if isinstance(b, bytes) else b.as_bytes())
        labels.append(label(m, fname))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
