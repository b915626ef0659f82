#!/usr/bin/env python3
"""Writes round53: the .eml files and labels.jsonl. Run with /work/rounds/.venv-r53/bin/python."""
import datetime as dt, hashlib, html as htmlmod, json, logging, os, re, sys, unicodedata, uuid
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.application import MIMEApplication
from email.utils import format_datetime, formataddr
from email import encoders, policy
from zoneinfo import ZoneInfo
import holidays, phonenumbers

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdfkit53 as K

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NWD = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PEH = holidays.country_holidays("PE", years=[2026, 2027])

MP = "mesadepartes@rree.gob.pe"
SR = "solicitantesrefugio@rree.gob.pe"
RF = "refugiados@rree.gob.pe"

HOME = {"solicitud_refugio": "portal", "autorizacion_trabajo": "portal", "entrevista_registro": "portal",
        "carne_solicitante": SR, "actualizacion_datos": SR, "cambio_clave": SR,
        "reconsideracion": MP, "apelacion": MP, "renuncia": MP,
        "prorroga_residencia": RF, "duplicado_carne_extranjeria": RF, "autorizacion_viaje": RF}
REQ = {
    "carne_solicitante": [],
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
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30, "renuncia": 15,
         "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
SUSPENDED = {"carne_solicitante"}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}


def is_bd(d):
    return d.weekday() < 5 and d not in PEH and d not in NWD


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_bd(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


# ---------------------------------------------------------------- normal forms (for self-checks)
def n_doc(s):
    return re.sub(r"[^A-Z0-9]", "", s.upper())


def n_tel(s):
    return phonenumbers.format_number(phonenumbers.parse(s, "PE"), phonenumbers.PhoneNumberFormat.E164)


MESES = {m: i + 1 for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split())}


def n_date(s, kind):
    s = s.strip().lower()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return f"{m[1]}-{m[2]}-{m[3]}"
    m = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})", s)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.fullmatch(r"(\d{1,2}) de (\w+) de (\d{4})", s)
        d, mo, y = int(m[1]), MESES[m[2]], int(m[3])
    if y < 100:
        y += 1900 if (kind == "birth" and y > 27) else 2000
    return f"{y:04d}-{mo:02d}-{d:02d}"


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c))).casefold()


# ---------------------------------------------------------------- message building
MSGS = []


def mid(domain, file):
    return f"<{uuid.uuid5(uuid.NAMESPACE_URL, 'r53/' + file).hex[:24].upper()}@{domain}>"


def att(filename, data, maintype, subtype):
    return (filename, data, maintype, subtype)


def pdf_att(filename, data):
    return att(filename, data, "application", "pdf")


def jpg_att(filename, data):
    return att(filename, data, "image", "jpeg")


def add(file, mailbox, received, frm, to, subject, text=None, html=None, atts=(), cc=None, hdrs=None,
        date_lag=95, date_tz="-05:00", msgid_domain="mail.gmail.com", inline=None, raw_msg=None,
        label=None):
    rec = dt.datetime.fromisoformat(received).replace(tzinfo=LIMA)
    MSGS.append(dict(file=file, mailbox=mailbox, rec=rec, frm=frm, to=to, subject=subject, text=text,
                     html=html, atts=list(atts), cc=cc, hdrs=hdrs or [], date_lag=date_lag, date_tz=date_tz,
                     msgid_domain=msgid_domain, inline=inline, raw_msg=raw_msg, label=label))


def L(procedure, fields, outcome, signature="not_required", missing=(), flags=(), notif=None,
      recognised=False, denuncia=False, raw=None, machine=False):
    return dict(procedure=procedure, fields=fields, outcome=outcome, signature=signature,
                missing=list(missing), flags=sorted(flags), notif=notif, recognised=recognised,
                denuncia=denuncia, raw=raw or {}, machine=machine)


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", h)
    h = re.sub(r"(?i)</td>|</th>", " \t ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


def _mt(text, subtype, qp):
    from email.charset import Charset, QP
    if qp:
        cs = Charset("utf-8")
        cs.body_encoding = QP
        return MIMEText(text, subtype, cs)
    return MIMEText(text, subtype, "utf-8")


def build_message(m):
    rec = m["rec"]
    qp = int(m["file"][:3]) % 3 != 0
    date = (rec - dt.timedelta(seconds=m["date_lag"])).astimezone(dt.timezone(dt.timedelta(
        hours=int(m["date_tz"][:3]), minutes=int(m["date_tz"][0] + m["date_tz"][4:]))))
    if m["raw_msg"] is not None:
        msg = m["raw_msg"]
    else:
        has_atts = bool(m["atts"])
        if m["text"] is not None and m["html"] is not None:
            body = MIMEMultipart("alternative")
            body.attach(_mt(m["text"], "plain", qp))
            body.attach(_mt(m["html"], "html", qp))
        elif m["html"] is not None:
            body = _mt(m["html"], "html", qp)
        else:
            body = _mt(m["text"], "plain", qp)
        if m["inline"]:
            rel = MIMEMultipart("related")
            rel.attach(body)
            cid, data = m["inline"]
            img = MIMEImage(data, "png")
            img.add_header("Content-ID", f"<{cid}>")
            img.add_header("Content-Disposition", "inline", filename="image001.png")
            rel.attach(img)
            body = rel
        if has_atts:
            msg = MIMEMultipart("mixed")
            msg.attach(body)
            for fn, data, mt, st in m["atts"]:
                part = MIMEBase(mt, st)
                part.set_payload(data)
                encoders.encode_base64(part)
                part.add_header("Content-Disposition", "attachment", filename=fn)
                part.set_param("name", fn)
                msg.attach(part)
        else:
            msg = body
    hdr = []
    hdr.append(("Delivered-To", m["mailbox"]))
    hdr.append(("Received", f"from smtp.relay.example ({m['msgid_domain']} [198.51.100.{(len(m['file']) * 7) % 250}])\n"
                            f"\tby mx1.rree.gob.pe (Postfix) with ESMTPS id {hashlib.md5(m['file'].encode()).hexdigest()[:10].upper()}\n"
                            f"\tfor <{m['mailbox']}>; {format_datetime(rec)}"))
    hdr.append(("Received", f"by {m['msgid_domain']} with SMTP id {hashlib.sha1(m['file'].encode()).hexdigest()[:12]};\n"
                            f"\t{format_datetime((rec - dt.timedelta(seconds=3)).astimezone(dt.timezone.utc))}"))
    for k, v in m["hdrs"]:
        hdr.append((k, v))
    hdr.append(("Date", format_datetime(date)))
    hdr.append(("From", m["frm"]))
    hdr.append(("To", m["to"]))
    if m["cc"]:
        hdr.append(("Cc", m["cc"]))
    hdr.append(("Subject", m["subject"]))
    hdr.append(("Message-ID", mid(m["msgid_domain"], m["file"])))
    if m["raw_msg"] is None:
        hdr.append(("MIME-Version", "1.0"))
    # put our headers first
    existing = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in existing):
        del msg[k]
    from email.header import Header
    for k, v in hdr:
        if k in ("From", "To", "Cc"):
            msg[k] = encode_addr_list(v)
        elif k == "Subject":
            msg[k] = Header(v, "utf-8", header_name="Subject") if any(ord(c) > 127 for c in v) else v
        else:
            msg[k] = v
    for k, v in existing:
        if k == "MIME-Version" and m["raw_msg"] is None:
            continue
        msg[k] = v
    return msg


def encode_addr_list(v):
    from email.utils import getaddresses
    out = []
    for name, addr in getaddresses([v]):
        if name and any(ord(c) > 127 for c in name):
            from email.header import Header
            out.append(f"{Header(name, 'utf-8').encode()} <{addr}>")
        elif name:
            out.append(formataddr((name, addr)))
        else:
            out.append(addr)
    return ", ".join(out)


def all_text(m):
    parts = []
    if m["text"]:
        parts.append(m["text"])
    if m["html"]:
        parts.append(html_to_text(m["html"]))
    for fn, data, mt, st in m["atts"]:
        if st == "pdf":
            parts.append(K.pdf_text(data))
    return "\n".join(parts)


# ---------------------------------------------------------------- the signature status of a message's attachments
def sig_status_of(atts):
    pdfs = [d for fn, d, mt, st in atts if st == "pdf"]
    imgs = [d for fn, d, mt, st in atts if mt == "image"]
    st = [K.sig_intact(p) for p in pdfs]
    if any(s is True for s in st):
        return "valid"
    if any(s is False for s in st):
        return "invalid"
    if imgs:
        return "manuscrita"
    for p, s in zip(pdfs, st):
        if s is None and (not K.pdf_text(p).strip() or K.pdf_has_image(p)):
            return "manuscrita"
    return "absent"


exec(open(os.path.join(HERE, "messages.py"), encoding="utf-8").read())


def main():
    out_labels = []
    seen = set()
    for m in MSGS:
        lab = m["label"]
        assert m["file"] not in seen
        seen.add(m["file"])
        proc = lab["procedure"]
        filing = filing_day(m["rec"])
        outcome = lab["outcome"]
        # --- signature status
        if proc in REQ and "firma" in REQ[proc]:
            sig = sig_status_of(m["atts"])
        else:
            sig = "not_required"
        assert sig == lab["signature"], (m["file"], sig, lab["signature"])
        # --- denuncia
        den = any("denuncia" in fn.lower() or (st == "pdf" and "denuncia" in K.pdf_text(d).lower())
                  for fn, d, mt, st in m["atts"])
        if proc == "duplicado_carne_extranjeria":
            assert den == lab["denuncia"], (m["file"], den)
        # --- missing
        if outcome in ("ignorado", "portal", "triage") or proc is None:
            missing = []
        else:
            missing = []
            for r in REQ.get(proc, []):
                star = r.endswith("*")
                r = r.rstrip("*")
                if star and not lab["recognised"]:
                    continue
                if r == "firma":
                    if sig in ("invalid", "absent"):
                        missing.append(r)
                elif r == "denuncia_policial":
                    if not den:
                        missing.append(r)
                elif r not in lab["fields"]:
                    missing.append(r)
        assert missing == lab["missing"], (m["file"], missing, lab["missing"])
        # recognised: CE stated implies recognised
        if "carne_extranjeria" in lab["fields"]:
            assert lab["recognised"] or proc not in ("actualizacion_datos", "renuncia"), m["file"]
        # --- outcome
        if lab.get("machine"):
            exp = "ignorado"
        elif proc in PORTAL:
            exp = "portal"
        elif proc is None:
            exp = "triage"
        elif proc in SUSPENDED:
            exp = "suspendido"
        elif missing:
            exp = "subsanar"
        elif proc in RECURSOS:
            exp = "cargo"
        else:
            exp = "acuse"
        assert exp == outcome, (m["file"], exp, outcome)
        # --- flags
        flags = []
        if outcome not in ("ignorado", "portal", "triage"):
            if m["mailbox"] != HOME[proc]:
                flags.append("derivado")
            if sig == "manuscrita" and "firma" in REQ.get(proc, []):
                flags.append("verificar_firma")
            if proc in RECURSOS and lab["notif"]:
                limit = add_bd(dt.date.fromisoformat(lab["notif"]), 15)
                if filing > limit:
                    flags.append("extemporaneo")
        assert sorted(flags) == lab["flags"], (m["file"], flags, lab["flags"])
        # --- due
        if outcome in ("suspendido", "portal", "triage", "ignorado"):
            due = None
        elif outcome == "subsanar":
            due = add_bd(filing, 2)
        else:
            due = add_bd(filing, PLAZO[proc])
        # --- field self-checks against the text
        text = fold(all_text(m))
        for k, v in lab["fields"].items():
            if k == "correo":
                assert v == v.lower()
                if v not in text:
                    frm_addr = re.search(r"<([^>]+)>", m["frm"]).group(1) if "<" in m["frm"] else m["frm"]
                    assert v == frm_addr.lower(), (m["file"], v)
            elif k in ("nombres", "destino"):
                assert fold(v) in text, (m["file"], k, v)
            elif k == "motivo":
                assert fold(v)[:40] in text, (m["file"], k)
            else:
                r = lab["raw"].get(k)
                assert r is not None, (m["file"], "raw missing for", k)
                assert fold(r) in text, (m["file"], k, r)
                if k == "documento_identidad":
                    assert n_doc(r) == v, (m["file"], k, n_doc(r), v)
                elif k == "carne_extranjeria":
                    assert re.sub(r"\D", "", r) == v, (m["file"], k)
                elif k == "telefono":
                    assert n_tel(r) == v, (m["file"], k, n_tel(r), v)
                elif k in ("fecha_nacimiento",):
                    assert n_date(r, "birth") == v, (m["file"], k, n_date(r, "birth"))
                elif k in ("fecha_salida", "fecha_retorno"):
                    assert n_date(r, "travel") == v, (m["file"], k, n_date(r, "travel"))
        msg = build_message(m)
        data = msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))
        with open(os.path.join(HERE, m["file"]), "wb") as f:
            f.write(data)
        out_labels.append({
            "file": m["file"], "mailbox": m["mailbox"], "received": m["rec"].isoformat(),
            "procedure": proc, "fields": lab["fields"], "missing": missing, "signature": sig,
            "outcome": outcome, "flags": sorted(flags), "filing_date": filing.isoformat(),
            "due_date": due.isoformat() if due else None})
    out_labels.sort(key=lambda o: o["file"])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for o in out_labels:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out_labels), "messages written")


if __name__ == "__main__":
    main()
