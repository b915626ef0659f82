"""Self-checks for round36: parsing, PDFs, and that every labelled value is in the message."""
import glob, io, json, re, sys, unicodedata, email
from email import policy
import phonenumbers
from pypdf import PdfReader
import pdfkit
import logging
logging.disable(logging.CRITICAL)

def norm(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()

labels = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
emls = sorted(glob.glob("*.eml"))
assert [l["file"] for l in labels] == emls, "labels/eml mismatch"
bad = 0
for lab in labels:
    raw = open(lab["file"], "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["Message-ID"] and msg["Date"] and msg["From"] and msg["Subject"] is not None
    rcv = email.utils.parsedate_to_datetime(msg.get_all("Received")[0].split(";")[-1].strip())
    assert rcv.isoformat() == lab["received"], (lab["file"], rcv)
    assert lab["mailbox"] in (msg["Delivered-To"] or "")
    texts = [str(msg["Subject"])]
    sig = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct in ("text/plain", "text/html") and not fn:
            t = part.get_content()
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t).replace("&nbsp;", " ")
            texts.append(t)
        elif ct == "application/pdf":
            data = part.get_content()
            r = PdfReader(io.BytesIO(data))
            txt = "".join(p.extract_text() or "" for p in r.pages)
            imgs = sum(len(p.images) for p in r.pages)
            st = pdfkit.sig_status(data)
            kind = "valid" if st else "invalid" if st is False else ("manuscrita" if (not txt.strip() or imgs) else "absent")
            sig.append(kind)
            texts.append(txt)
            print("   pdf", lab["file"][:3], fn, "sig=", st, "textlen=", len(txt.strip()), "imgs=", imgs)
        elif ct.startswith("image/"):
            sig.append("manuscrita")
        elif ct in ("message/delivery-status", "text/rfc822-headers"):
            pass
    if lab["signature"] != "not_required":
        order = ["valid", "invalid", "manuscrita", "absent"]
        got = min(sig, key=order.index) if sig else "absent"
        if got != lab["signature"]:
            print("SIG MISMATCH", lab["file"], got, lab["signature"]); bad += 1
    full = norm("\n".join(texts))
    digits = re.sub(r"\D", "", full)
    alnum = re.sub(r"[^a-z0-9]", "", full)
    for k, v in lab["fields"].items():
        ok = True
        if k in ("nombres", "destino"):
            ok = re.sub(r"\s+", " ", norm(v)) in re.sub(r"\s+", " ", full)
        elif k == "motivo":
            ok = norm(v)[:40] in re.sub(r"\s+", " ", full)
        elif k == "correo":
            ok = v in full or v in norm(str(msg["From"]))
        elif k == "documento_identidad":
            ok = v.lower() in alnum
        elif k == "carne_extranjeria":
            ok = v in digits
        elif k == "telefono":
            p = phonenumbers.parse(v)
            ok = phonenumbers.is_valid_number(p) and (v[3:] in digits or v[1:] in digits)
            if not phonenumbers.is_valid_number(p):
                print("INVALID PHONE", lab["file"], v)
        if not ok:
            print("FIELD NOT FOUND", lab["file"], k, v); bad += 1
print(len(labels), "labels,", len(emls), "eml; problems:", bad)
