#!/usr/bin/env python3
"""Self-check of round14: every .eml parses, one label per .eml, headers present, received matches the newest
Received header, field values are really in the text (body, HTML, PDF text layer), signature / denuncia status
recomputed from the attachments agrees with the labels, phones valid."""
import html
import json
import logging
import re
import sys
import unicodedata
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).parent))
logging.disable(logging.CRITICAL)
import pdfkit as K  # noqa: E402
from mailkit import LIMA  # noqa: E402

D = Path(__file__).parent
INST = {"solicitantesrefugio@rree.gob.pe", "mesadepartes@rree.gob.pe", "refugiados@rree.gob.pe"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).casefold()


def html_text(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(div|p|tr|li|td|table|blockquote)>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def status_of(atts):
    st = []
    for name, ctype, data in atts:
        if ctype.startswith("image/"):
            st.append("manuscrita")
        elif ctype == "application/pdf" or name.lower().endswith(".pdf"):
            signed, intact = K.sig_status(data)
            if signed:
                st.append("valid" if intact else "invalid")
            elif not K.pdf_text(data).strip() or K.pdf_has_image(data):
                st.append("manuscrita")
            else:
                st.append("absent")
    for s in ("valid", "invalid", "manuscrita"):
        if s in st:
            return s
    return "absent"


def main():
    labels = [json.loads(x) for x in (D / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    emls = sorted(p.name for p in D.glob("*.eml"))
    assert [l["file"] for l in labels] == emls, "labels.jsonl must have one line per .eml, same order"
    problems = 0
    for lab in labels:
        raw = (D / lab["file"]).read_bytes()
        m = BytesParser(policy=policy.default).parsebytes(raw)
        errs = []
        if m.defects:
            errs.append(f"defects {m.defects}")
        for hname in ("Received", "Date", "From", "Subject", "Message-ID"):
            if m[hname] is None:
                errs.append(f"no {hname}")
        rcpts = [a.lower() for _, a in getaddresses(m.get_all("Delivered-To", []) + m.get_all("To", []) + m.get_all("Cc", []))]
        first_inst = next((a for a in rcpts if a in INST), None)
        if first_inst != lab["mailbox"]:
            errs.append(f"mailbox {first_inst} != {lab['mailbox']}")
        rdates = [parsedate_to_datetime(r.rsplit(";", 1)[1].strip()) for r in m.get_all("Received")]
        newest = max(rdates).astimezone(LIMA)
        if newest.isoformat() != lab["received"]:
            errs.append(f"received {newest.isoformat()} != {lab['received']}")
        text, atts = [str(m["Subject"])], []
        for part in m.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            fn = part.get_filename() or ""
            disp = part.get_content_disposition()
            if ct == "text/plain" and disp != "attachment":
                text.append(part.get_content())
            elif ct == "text/html" and disp != "attachment":
                text.append(html_text(part.get_content()))
            elif ct.startswith("message/") or ct == "text/rfc822-headers":
                pass
            else:
                data = part.get_payload(decode=True)
                if disp == "inline" and part["Content-ID"]:
                    continue  # signature logo referenced from the HTML: not an attachment
                atts.append((fn, ct, data))
                if ct == "application/pdf":
                    text.append(K.pdf_text(data))
        full = "\n".join(text)
        ff = fold(full)
        alnum = re.sub(r"[^0-9A-Z]", "", full.upper())
        digits = re.sub(r"\D", "", full)
        f = lab["fields"]
        from_addr = getaddresses([m["From"]])[0][1].lower()
        for k, v in f.items():
            ok = True
            if k in ("nombres", "motivo", "destino"):
                ok = fold(v) in ff
            elif k == "documento_identidad":
                ok = v in alnum
            elif k == "carne_extranjeria":
                ok = v in digits
            elif k == "telefono":
                pn = phonenumbers.parse(v)
                ok = phonenumbers.is_valid_number(pn) and str(pn.national_number) in digits
            elif k == "correo":
                ok = v == v.lower() and (v in full.lower() or v == from_addr) and v not in INST
            elif k == "nacionalidad":
                ok = bool(re.fullmatch(r"[A-Z]{2}", v))
            elif k == "sexo":
                ok = v in ("F", "M")
            elif k.startswith("fecha_"):
                ok = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v))
            else:
                ok = False
            if not ok:
                errs.append(f"field {k}={v!r} not found/invalid")
        if lab["outcome"] != "ignorado" and "correo" not in f:
            errs.append("correo missing")
        sig_req = lab["signature"] != "not_required"
        if sig_req:
            st = status_of(atts)
            if st != lab["signature"]:
                errs.append(f"signature {st} != {lab['signature']}")
        if lab["procedure"] == "duplicado_carne_extranjeria":
            has_den = any("denuncia" in fold(n) or (c == "application/pdf" and "denuncia" in fold(K.pdf_text(d)))
                          for n, c, d in atts)
            if has_den != ("denuncia_policial" not in lab["missing"]):
                errs.append("denuncia mismatch")
        subject = str(m["Subject"])
        print(f"{lab['file'][:48]:48} {subject[:46]:46} {lab['outcome']:10} {','.join(lab['flags']) or '-':28} "
              f"{lab['signature']:12} {len(atts)}att")
        for e in errs:
            print("   !!", e)
            problems += 1
    print(f"{len(labels)} messages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
