"""Re-reads every .eml and checks it against labels.jsonl (parse, mailbox, received,
signature status recomputed from the parsed attachments)."""
import email, glob, io, json, logging, os, sys
from email import policy
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdfkit
logging.disable(logging.CRITICAL)
LIMA = ZoneInfo("America/Lima")
INST = {"solicitantesrefugio@rree.gob.pe", "mesadepartes@rree.gob.pe", "refugiados@rree.gob.pe"}
labels = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
emls = sorted(glob.glob("*.eml"))
assert [l["file"] for l in labels] == emls, "labels/eml mismatch"
for lab in labels:
    raw = open(lab["file"], "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert not msg.defects, (lab["file"], msg.defects)
    for k in ("Date", "From", "Subject", "Message-ID", "Received"):
        assert msg[k], (lab["file"], k)
    rx = msg.get_all("Received")[0].rsplit(";", 1)[1].strip()
    rdt = parsedate_to_datetime(rx).astimezone(LIMA)
    assert rdt.isoformat() == lab["received"], (lab["file"], rdt, lab["received"])
    mb = None
    for h in ("Delivered-To", "To", "Cc"):
        for a in email.utils.getaddresses(msg.get_all(h, [])):
            if a[1].lower() in INST and mb is None:
                mb = a[1].lower()
    assert mb == lab["mailbox"], (lab["file"], mb)
    st = []
    for part in msg.walk():
        fn = part.get_filename()
        if not fn:
            continue
        data = part.get_payload(decode=True)
        ct = part.get_content_type()
        if ct == "application/pdf":
            sig = pdfkit.check_sig(data)
            if sig is True: st.append("valid")
            elif sig is False: st.append("invalid")
            else:
                txt = pdfkit.pdf_text(data).strip()
                has_img = b"/Subtype /Image" in data or b"/Subtype/Image" in data
                st.append("manuscrita" if (not txt or has_img) else "absent")
        elif ct.startswith("image/"):
            st.append("manuscrita")
    best = next((s for s in ("valid", "invalid", "manuscrita") if s in st), "absent")
    if lab["signature"] != "not_required":
        assert best == lab["signature"], (lab["file"], best, lab["signature"])
    body = msg.get_body(preferencelist=("plain", "html"))
    _ = body.get_content() if body else ""
print("ok", len(labels), "labels,", len(emls), "eml")
