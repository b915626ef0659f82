"""Checks round37: every .eml parses, labels.jsonl has one line per .eml, and the
attachments' signature status / text agree with the labels."""
import email, email.policy, glob, io, json, logging, os, sys
from email.utils import parsedate_to_datetime
import datetime as dt
logging.disable(logging.CRITICAL)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs_helpers as D
from calendar_r37 import LIMA

here = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(here, "labels.jsonl"), encoding="utf-8")]
emls = sorted(os.path.basename(p) for p in glob.glob(os.path.join(here, "*.eml")))
assert [l["file"] for l in labels] == emls, "labels/eml mismatch"
for lab in labels:
    with open(os.path.join(here, lab["file"]), "rb") as f:
        m = email.message_from_binary_file(f, policy=email.policy.default)
    for h in ("Date", "From", "Subject", "Message-ID", "Received"):
        assert m[h], (lab["file"], h)
    assert lab["mailbox"] in (m["Delivered-To"] or "") + (m["To"] or ""), lab["file"]
    rec = m.get_all("Received")[0].rsplit(";", 1)[1].strip()
    rdt = parsedate_to_datetime(rec).astimezone(LIMA)
    assert rdt.isoformat() == lab["received"], (lab["file"], rdt, lab["received"])
    stat = []
    for part in m.iter_attachments():
        ct = part.get_content_type()
        data = part.get_payload(decode=True)
        if ct == "application/pdf":
            intact = D.sig_intact(data)
            txt = D.pdf_text(data)
            hasimg = b"/Subtype /Image" in data
            stat.append(("pdf", intact, len(txt.strip()), hasimg, part.get_filename()))
        else:
            stat.append((ct, part.get_filename()))
    print(lab["file"][:46].ljust(46), m.get_content_type()[:22].ljust(22), lab["signature"].ljust(12), stat)
print(len(labels), "messages ok")
