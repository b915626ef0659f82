#!/usr/bin/env python3
"""Self-check for round16: headers vs labels, attachment signature kinds, and that each
labelled field value can be found in the message text (subject, body, HTML, PDF text)."""
import email, io, json, re, sys, unicodedata, html as htmlmod
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path
import phonenumbers
from pypdf import PdfReader
import logging
logging.disable(logging.CRITICAL)
import pdfkit as pk

HERE = Path(__file__).parent

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def pdf_info(data):
    r = PdfReader(io.BytesIO(data))
    text = "\n".join((p.extract_text() or "") for p in r.pages)
    imgs = sum(len(p.images) for p in r.pages)
    return text, imgs

bad = 0
def fail(f, msg):
    global bad; bad += 1; print("FAIL", f, msg)

labels = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8")]
for lab in labels:
    f = lab["file"]
    msg = email.message_from_bytes((HERE / f).read_bytes(), policy=policy.default)
    if msg["Delivered-To"] != lab["mailbox"]:
        fail(f, "delivered-to")
    rec = msg.get_all("Received")[0]
    d = parsedate_to_datetime(rec.rsplit(";", 1)[1].strip())
    if d.isoformat() != lab["received"]:
        fail(f, f"received {d.isoformat()} vs {lab['received']}")
    texts = [str(msg["Subject"])]
    kinds = []
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            data = part.get_payload(decode=True)
            if ct == "application/pdf":
                text, imgs = pdf_info(data)
                has_sig, intact = pk.check_signature(data)
                if has_sig:
                    kinds.append("valid" if intact else "invalid")
                elif not text.strip() or imgs:
                    kinds.append("manuscrita")
                else:
                    kinds.append("absent")
                texts.append(text)
            elif ct.startswith("image/"):
                kinds.append("manuscrita")
            continue
        if ct == "text/plain":
            texts.append(part.get_content())
        elif ct == "text/html":
            h = re.sub(r"<[^>]+>", " ", part.get_content())
            texts.append(htmlmod.unescape(h))
    sig = "absent"
    for k in ("valid", "invalid", "manuscrita"):
        if k in kinds:
            sig = k; break
    if lab["signature"] != "not_required" and lab["signature"] != sig:
        fail(f, f"signature {sig} vs {lab['signature']}")
    alltext = "\n".join(texts)
    ft = fold(alltext)
    alnum = re.sub(r"[^A-Z0-9]", "", alltext.upper())
    digits = re.sub(r"\D", "", alltext)
    for k, v in lab["fields"].items():
        ok = True
        if k in ("nombres", "destino", "motivo"):
            ok = fold(v) in ft or (k == "nombres" and fold(v) in ft.replace(" / ", " "))
            if k == "motivo" and not ok:
                # motivo: presence only; require most words to be present
                words = [w for w in re.findall(r"\w+", fold(v)) if len(w) > 3]
                ok = sum(w in ft for w in words) >= 0.8 * len(words)
                print("  note", f, "motivo paraphrased")
        elif k == "documento_identidad":
            ok = v in alnum
        elif k == "carne_extranjeria":
            ok = v in digits
        elif k == "telefono":
            n = phonenumbers.parse(v)
            ok = str(n.national_number) in digits
        elif k == "correo":
            ok = v in alltext.lower() or v == msg["From"].addresses[0].addr_spec.lower()
        elif k in ("fecha_nacimiento", "fecha_salida", "fecha_retorno"):
            y, mth, dd = v.split("-")
            ok = any(s in alltext for s in (f"{dd}/{mth}/{y}", f"{dd}-{mth}-{y}", f"{dd}/{mth}/{y[2:]}",
                                             f"{dd}-{mth}-{y[2:]}", v)) or (str(int(dd)) + " de") in alltext
        elif k == "nacionalidad":
            ok = True
        if not ok:
            fail(f, f"field {k}={v!r} not found")
    if "extemporaneo" in lab["flags"] and not re.search(r"notificad[oa]", alltext):
        fail(f, "extemporaneo without notification text")
print("checked", len(labels), "bad", bad)
