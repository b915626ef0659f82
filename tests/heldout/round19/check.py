#!/usr/bin/env python3
"""Independent sanity check of round19 labels against the .eml files and INTAKE.md rules."""
import datetime as dt, email, io, json, os, re, sys, tomllib, unicodedata
from email import policy
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo
import holidays, phonenumbers
from pypdf import PdfReader
import logging
logging.disable(logging.CRITICAL)

HERE = os.path.dirname(os.path.abspath(__file__))
cfg = tomllib.load(open(os.path.join(HERE, "config.toml"), "rb"))["calendar"]
TZ = ZoneInfo(cfg["timezone"]); NWD = {dt.date.fromisoformat(d) for d in cfg["non_working_days"]}
CLOSE = dt.time.fromisoformat(cfg["office_close"]) if cfg.get("office_close") else None
PEH = holidays.country_holidays("PE", years=range(2026, 2029))
INST = {"solicitantesrefugio@rree.gob.pe", "mesadepartes@rree.gob.pe", "refugiados@rree.gob.pe"}
TABLE = {  # code: (home, requirements, plazo)
 "solicitud_refugio": ("portal", [], None), "autorizacion_trabajo": ("portal", [], None), "entrevista_registro": ("portal", [], None),
 "carne_solicitante": ("solicitantesrefugio@rree.gob.pe", [], None),
 "actualizacion_datos": ("solicitantesrefugio@rree.gob.pe", "nombres nacionalidad documento_identidad carne_extranjeria* telefono".split(), 15),
 "cambio_clave": ("solicitantesrefugio@rree.gob.pe", "nombres documento_identidad telefono correo".split(), 15),
 "reconsideracion": ("mesadepartes@rree.gob.pe", "firma motivo nombres documento_identidad telefono correo".split(), 15),
 "apelacion": ("mesadepartes@rree.gob.pe", "firma motivo nombres documento_identidad telefono correo".split(), 30),
 "renuncia": ("mesadepartes@rree.gob.pe", "firma motivo nombres nacionalidad documento_identidad carne_extranjeria* telefono".split(), 15),
 "prorroga_residencia": ("refugiados@rree.gob.pe", "nombres sexo nacionalidad documento_identidad carne_extranjeria fecha_nacimiento telefono".split(), 15),
 "duplicado_carne_extranjeria": ("refugiados@rree.gob.pe", "denuncia_policial nombres sexo nacionalidad documento_identidad carne_extranjeria fecha_nacimiento telefono".split(), 15),
 "autorizacion_viaje": ("refugiados@rree.gob.pe", "firma motivo destino fecha_salida fecha_retorno nombres carne_extranjeria telefono".split(), 5),
}

def bd(d): return d.weekday() < 5 and d not in PEH and d not in NWD
def nxt(d):
    d += dt.timedelta(1)
    while not bd(d): d += dt.timedelta(1)
    return d
def plus(d, n):
    for _ in range(n): d = nxt(d)
    return d

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()

def pdf_info(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data), strict=False)
    sig = None
    if r.embedded_signatures:
        st = validate_pdf_signature(r.embedded_signatures[0]); sig = bool(st.intact and st.valid)
    pr = PdfReader(io.BytesIO(data))
    text = "\n".join((p.extract_text() or "") for p in pr.pages)
    imgs = sum(len(p.images) for p in pr.pages)
    return sig, text, imgs

errors = 0
def err(f, m):
    global errors; errors += 1; print("ERR", f, m)

labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"))]
files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
assert files == [l["file"] for l in labels], "file list mismatch"
from collections import Counter
pc = Counter(l["procedure"] for l in labels if l["outcome"] != "ignorado")
print("procedures:", dict(pc)); print("outcomes:", dict(Counter(l["outcome"] for l in labels)))
for code in TABLE:
    if pc[code] < 2: err("-", f"procedure {code} only {pc[code]} times")
for lab in labels:
    f = lab["file"]
    m = email.message_from_bytes(open(os.path.join(HERE, f), "rb").read(), policy=policy.default)
    for h in ("Date", "From", "Subject", "Message-ID", "Received"):
        if m[h] is None: err(f, "missing header " + h)
    rc = parsedate_to_datetime(m.get_all("Received")[0].split(";")[-1].strip()).astimezone(TZ)
    if rc.isoformat() != lab["received"]: err(f, f"received {rc.isoformat()} != {lab['received']}")
    if (m["Delivered-To"] or "").strip() != lab["mailbox"] and lab["mailbox"] not in str(m["To"]): err(f, "mailbox")
    # texts
    texts = [str(m["Subject"])]
    sig_kinds, denuncia = [], False
    for part in m.walk():
        if part.is_multipart(): continue
        fn = part.get_filename(); ct = part.get_content_type()
        if fn:
            if "denuncia" in fn.lower(): denuncia = True
            data = part.get_payload(decode=True)
            if ct == "application/pdf":
                sig, t, imgs = pdf_info(data); texts.append(t)
                if "denuncia" in t.lower(): denuncia = True
                if sig is True: sig_kinds.append("valid")
                elif sig is False: sig_kinds.append("invalid")
                elif not t.strip() or imgs: sig_kinds.append("manuscrita")
                else: sig_kinds.append("absent")
            elif ct.startswith("image/"): sig_kinds.append("manuscrita")
        elif ct == "text/plain": texts.append(part.get_content())
        elif ct == "text/html": texts.append(re.sub(r"<[^>]+>", " ", part.get_content()))
    text = "\n".join(texts); ftext = fold(text)
    sigst = next((k for k in ("valid", "invalid", "manuscrita") if k in sig_kinds), "absent")
    proc = lab["procedure"]
    home, reqs, plazo = TABLE.get(proc, (None, [], None))
    exp_sig = sigst if "firma" in reqs else "not_required"
    if lab["signature"] != exp_sig: err(f, f"signature {lab['signature']} vs computed {exp_sig}")
    # filing / due
    d = rc.date()
    fd = d if (bd(d) and (CLOSE is None or rc.time() < CLOSE)) else nxt(d)
    if fd.isoformat() != lab["filing_date"]: err(f, f"filing {fd} != {lab['filing_date']}")
    out = lab["outcome"]
    if out in ("ignorado", "portal", "triage", "suspendido"):
        if lab["due_date"] is not None: err(f, "due should be null")
    elif out == "subsanar":
        if lab["due_date"] != plus(fd, 2).isoformat(): err(f, "due subsanar")
    else:
        if lab["due_date"] != plus(fd, plazo).isoformat(): err(f, "due plazo")
    if out in ("ignorado", "portal", "triage") and (lab["missing"] or lab["flags"]): err(f, "missing/flags not empty")
    if out in ("portal",) and proc not in ("solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"): err(f, "portal?")
    if out == "triage" and proc is not None: err(f, "triage with proc")
    fields = lab["fields"]
    if out != "ignorado":
        if "correo" not in fields: err(f, "no correo")
        # missing recompute
        recog = bool(re.search(r"reconoci|recogni|reconhec|reconnu", ftext)) or "carne_extranjeria" in fields
        miss = []
        for r in reqs:
            if r == "firma":
                if exp_sig in ("absent", "invalid"): miss.append(r)
            elif r == "denuncia_policial":
                if not denuncia: miss.append(r)
            elif r.endswith("*"):
                if recog and r[:-1] not in fields: miss.append(r[:-1])
            elif r not in fields: miss.append(r)
        if out in ("subsanar", "cargo", "acuse") and miss != lab["missing"]: err(f, f"missing {lab['missing']} vs {miss}")
        if out == "subsanar" and not miss: err(f, "subsanar without missing")
        flags = set()
        if home not in (None, "portal") and home != lab["mailbox"] and out not in ("triage", "portal"): flags.add("derivado")
        if exp_sig == "manuscrita" and out in ("subsanar", "cargo", "acuse"): flags.add("verificar_firma")
        if out in ("subsanar", "cargo", "acuse") or out == "suspendido":
            got = set(lab["flags"]) - {"extemporaneo"}
            if got != flags: err(f, f"flags {lab['flags']} vs {flags}")
        # field presence in text
        digits = re.sub(r"\D", "", text); alnum = re.sub(r"[^A-Z0-9]", "", text.upper())
        for k, v in fields.items():
            if k == "nombres" and fold(v) not in ftext: err(f, f"name {v} not in text")
            if k == "documento_identidad" and v not in alnum: err(f, f"doc {v}")
            if k == "carne_extranjeria" and v not in digits: err(f, f"ce {v}")
            if k == "correo" and v not in text.lower() and v not in str(m["From"]).lower(): err(f, f"correo {v}")
            if k == "correo" and v in INST: err(f, "institutional correo")
            if k == "telefono":
                n = phonenumbers.parse(v)
                if not phonenumbers.is_valid_number(n): err(f, f"phone invalid {v}")
                if str(n.national_number) not in digits: err(f, f"phone {v} not in text")
            if k in ("fecha_nacimiento", "fecha_salida", "fecha_retorno"):
                dd = dt.date.fromisoformat(v)
                if k == "fecha_nacimiento" and dd >= rc.date(): err(f, "birth in future")
                if k != "fecha_nacimiento" and not (rc.date() <= dd <= rc.date() + dt.timedelta(200)): err(f, "travel date off")
            if k in ("motivo", "destino") and " ".join(fold(v).split()) not in " ".join(ftext.split()): err(f, f"{k} not verbatim")
            if k == "sexo" and v not in ("F", "M"): err(f, "sexo")
    else:
        if lab["fields"] or lab["missing"] or lab["flags"]: err(f, "ignorado should be empty")
    # extemporaneo: find a notification date in the text (numeric or Spanish/English long form)
    if proc in ("reconsideracion", "apelacion") and out != "ignorado":
        MES = {"enero":1,"febrero":2,"marzo":3,"abril":4,"mayo":5,"junio":6,"julio":7,"agosto":8,"septiembre":9,"setiembre":9,
               "octubre":10,"noviembre":11,"diciembre":12,"october":10,"november":11,"september":9}
        nd = None
        mm = re.search(r"notific\w*[^0-9]{0,40}?(\d{1,2})/(\d{1,2})/(\d{4})", ftext)
        if mm: nd = dt.date(int(mm[3]), int(mm[2]), int(mm[1]))
        else:
            mm = re.search(r"notifi\w*[^0-9]{0,40}?(\d{1,2})(?: de)? ([a-z]+)(?: de)? (\d{4})", ftext)
            if mm and mm[2] in MES: nd = dt.date(int(mm[3]), MES[mm[2]], int(mm[1]))
        late = nd is not None and fd > plus(nd, 15)
        print("   ", f, "notif", nd, "late" if late else "")
        if late != ("extemporaneo" in lab["flags"]): err(f, "extemporaneo")
print("errors:", errors)
sys.exit(1 if errors else 0)
