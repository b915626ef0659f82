"""Independent checks of the built files against labels.jsonl."""
import email, io, json, glob, re, datetime as dt, sys
from email import policy
from email.utils import parsedate_to_datetime
import pypdf
import lib17 as L

labels = {json.loads(l)["file"]: json.loads(l) for l in open("labels.jsonl", encoding="utf-8")}
assert len(labels) == len(glob.glob("*.eml"))
from collections import Counter
c = Counter(); oc = Counter()
for f in sorted(glob.glob("*.eml")):
    lab = labels[f]
    msg = email.message_from_bytes(open(f, "rb").read(), policy=policy.default)
    # received from newest Received header
    rh = msg.get_all("Received")[0]
    rdt = parsedate_to_datetime(rh.rsplit(";", 1)[1].strip())
    assert rdt == dt.datetime.fromisoformat(lab["received"]), (f, rdt, lab["received"])
    assert lab["received"].endswith("-05:00")
    assert msg["Delivered-To"] == lab["mailbox"], f
    for h in ("Date", "From", "Subject", "Message-ID"):
        assert msg[h], (f, h)
    # attachments
    texts = []
    statuses = []
    for part in msg.iter_attachments():
        data = part.get_payload(decode=True)
        ct = part.get_content_type()
        if ct == "application/pdf":
            r = pypdf.PdfReader(io.BytesIO(data))
            t = "".join(p.extract_text() or "" for p in r.pages)
            imgs = sum(len(p.images) for p in r.pages)
            intact = L.sig_intact(data)
            st = "valid" if intact else "invalid" if intact is False else ("manuscrita" if (not t.strip() or imgs) else "absent")
            statuses.append(st); texts.append(t)
        elif ct.startswith("image/"):
            statuses.append("manuscrita")
    order = ["valid", "invalid", "manuscrita", "absent"]
    st = min(statuses, key=order.index) if statuses else "absent"
    if lab["signature"] != "not_required":
        assert st == lab["signature"], (f, st, lab["signature"])
    # body text
    body = msg.get_body(preferencelist=("plain", "html"))
    btxt = body.get_content() if body else ""
    full = (str(msg["Subject"]) + "\n" + btxt + "\n" + "\n".join(texts))
    flat = re.sub(r"\s+", " ", full).lower()
    digits = re.sub(r"\D", "", full)
    alnum = re.sub(r"[^0-9a-z]", "", full.lower())
    for k, v in lab["fields"].items():
        if k in ("nombres", "destino"):
            assert v.lower() in flat, (f, k, v)
        elif k in ("documento_identidad",):
            assert v.lower() in alnum, (f, k, v)
        elif k == "carne_extranjeria":
            assert v in digits, (f, k, v)
        elif k == "correo":
            assert v in flat or v == str(msg["From"].addresses[0].addr_spec).lower(), (f, k, v)
    c[lab["procedure"]] += 1; oc[lab["outcome"]] += 1
    print(f"{f:48s} {lab['mailbox'][:5]} {str(lab['procedure'])[:14]:14s} {lab['outcome']:10s} {lab['signature']:12s} {lab['filing_date']} {lab['due_date']} miss={lab['missing']} flags={lab['flags']}")
print(c); print(oc)
for p in L.REQS.keys() | L.PORTAL:
    assert c[p] >= 2, p
