#!/usr/bin/env python3
"""Writes round17's .eml files and labels.jsonl.

Run with /work/rounds/.venv-r17/bin/python build.py (from this folder).
Emphasis of this round: mail from people not used to writing to an office
(elderly, teenagers on phones, Portuguese / English / French / Haitian Creole
writers with a few Spanish words, data pasted from other forms, relatives'
addresses, phones in words, vague subjects)."""
import datetime as dt
import hashlib
import json
import os
import random
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

import lib17 as L
from messages17 import MESSAGES

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc

RELAYS = {
    "gmail.com": ("mail-sor-f41.google.com", "209.85.220.41"),
    "hotmail.com": ("mail-dm6nam10olkn2081.outbound.protection.outlook.com", "40.92.41.81"),
    "outlook.com": ("mail-bn8nam12olkn2010.outbound.protection.outlook.com", "40.92.21.10"),
    "yahoo.com": ("sonic316-21.consmr.mail.ne1.yahoo.com", "66.163.187.147"),
    "yahoo.fr": ("sonic305-2.consmr.mail.ir2.yahoo.com", "77.238.176.142"),
    "yahoo.es": ("sonic310-20.consmr.mail.ir2.yahoo.com", "77.238.176.161"),
}


def parse_recv(s):
    """'2026-10-01 10:14:22' Lima, or '...Z' for a UTC timestamp."""
    if s.endswith("Z"):
        return dt.datetime.strptime(s[:-1], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=L.LIMA)


def build_attachment(a, idx):
    kind, fname = a[0], a[1]
    if kind == "signed":
        data, ctype = L.signed_pdf(a[2], a[3] if len(a) > 3 else None), "application/pdf"
    elif kind == "altered":
        data, ctype = L.altered_pdf(a[2], a[4], a[5], a[3]), "application/pdf"
    elif kind == "textpdf":
        data, ctype = L.text_pdf(a[2], a[3] if len(a) > 3 else None), "application/pdf"
    elif kind == "textpdf_img":
        data, ctype = (L.text_pdf_with_image(a[2], L.signature_png(idx), a[3] if len(a) > 3 else None),
                       "application/pdf")
    elif kind == "scanpdf":
        data, ctype = L.scanned_pdf(L.letter_image(a[2], "JPEG", idx)), "application/pdf"
    elif kind == "jpg_letter":
        data, ctype = L.letter_image(a[2], "JPEG", idx), "image/jpeg"
    elif kind == "png_letter":
        data, ctype = L.letter_image(a[2], "PNG", idx), "image/png"
    elif kind == "jpg_photo":
        data, ctype = L.photo_image(a[2], idx), "image/jpeg"
    else:
        raise ValueError(kind)
    return fname, ctype, data


def sig_status(proc, atts):
    if proc not in L.REQS or "firma" not in L.REQS[proc]:
        return "not_required"
    kinds = {a[0] for a in atts}
    if "signed" in kinds:
        return "valid"
    if "altered" in kinds:
        return "invalid"
    if kinds & {"scanpdf", "jpg_letter", "png_letter", "jpg_photo", "textpdf_img"}:
        return "manuscrita"
    return "absent"


def has_denuncia(atts):
    for a in atts:
        if "denuncia" in a[1].lower():
            return True
        if a[0] in ("signed", "altered", "textpdf", "textpdf_img") and any(
                "denuncia" in ln.lower() for ln in a[2]):
            return True
    return False


def compute_label(m, mailbox, received):
    proc = m["proc"]
    atts = m.get("att", [])
    machine = m.get("machine", False)
    fields = dict(m.get("fields", {}))
    frm = m["from"][1].lower()
    if not machine and "correo" not in fields and frm not in L.INSTITUTIONAL:
        fields["correo"] = frm
    signature = sig_status(proc, atts)
    fd = L.filing_day(received)
    missing, flags = [], []
    if machine:
        outcome = "ignorado"
    elif proc in L.PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        refugee = m.get("refugiado", False) or "carne_extranjeria" in fields
        for req in L.REQS[proc]:
            if req == "firma":
                if signature not in ("valid", "manuscrita"):
                    missing.append("firma")
            elif req == "denuncia_policial":
                if not has_denuncia(atts):
                    missing.append(req)
            elif req.endswith("*"):
                if refugee and req[:-1] not in fields:
                    missing.append(req[:-1])
            elif req not in fields:
                missing.append(req)
        if missing:
            outcome = "subsanar"
        elif proc in L.RECURSOS:
            outcome = "cargo"
        else:
            outcome = "acuse"
    if outcome not in ("ignorado", "portal", "triage"):
        if L.HOME[proc] != mailbox:
            flags.append("derivado")
        if signature == "manuscrita":
            flags.append("verificar_firma")
        if proc in L.RECURSOS and m.get("notif"):
            nd = dt.date.fromisoformat(m["notif"])
            if fd > L.add_business(nd, 15):
                flags.append("extemporaneo")
    if outcome == "subsanar":
        due = L.add_business(fd, 2)
    elif outcome in ("acuse", "cargo"):
        due = L.add_business(fd, L.PLAZO[proc])
    else:
        due = None
    if outcome in ("ignorado",):
        fields = dict(m.get("fields", {}))
    lab = {
        "file": m["file"], "mailbox": mailbox,
        "received": received.astimezone(L.LIMA).isoformat(),
        "procedure": proc, "fields": fields, "missing": missing, "signature": signature,
        "outcome": outcome, "flags": flags, "filing_date": fd.isoformat(),
        "due_date": due.isoformat() if due else None,
    }
    # hand-written expectations in messages17 are asserted here
    for key in ("expect_outcome", "expect_missing", "expect_flags", "expect_signature",
                "expect_filing", "expect_due"):
        if key in m:
            got = {"expect_outcome": outcome, "expect_missing": missing,
                   "expect_flags": sorted(flags), "expect_signature": signature,
                   "expect_filing": lab["filing_date"], "expect_due": lab["due_date"]}[key]
            want = sorted(m[key]) if key == "expect_flags" else m[key]
            assert got == want, (m["file"], key, got, want)
    return lab


def build_eml(m, idx, mailbox, received):
    rnd = random.Random(idx * 7919)
    name, addr = m["from"]
    dom = addr.split("@")[1].lower()
    relay, ip = RELAYS.get(dom, ("mail.%s" % dom, "190.%d.%d.%d" % (rnd.randint(10, 250),
                                                                     rnd.randint(1, 250),
                                                                     rnd.randint(1, 250))))
    recv_hdr_dt = received if m["recv"].endswith("Z") else received.astimezone(L.LIMA)
    qid = "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(12))
    if m.get("raw"):
        body = m["raw"]
        hdr = ("Received: from %s (%s [%s])\n\tby mx1.rree.gob.pe (Postfix) with ESMTPS id %s\n"
               "\tfor <%s>; %s\n" % (relay, relay, ip, qid, mailbox, format_datetime(recv_hdr_dt)))
        hdr += "Delivered-To: %s\n" % mailbox
        return (hdr + body).encode("utf-8")
    msg = EmailMessage()
    msg["Received"] = ("from %s (%s [%s]) by mx1.rree.gob.pe (Postfix) with ESMTPS id %s "
                       "for <%s>; %s" % (relay, relay, ip, qid, mailbox, format_datetime(recv_hdr_dt)))
    older = recv_hdr_dt - dt.timedelta(seconds=rnd.randint(1, 4))
    msg["Received"] = "by 2002:a05:6%03x:%x with SMTP id %s; %s" % (
        rnd.randint(0, 4095), rnd.randint(4096, 65535), qid.lower()[:8], format_datetime(older))
    msg["Delivered-To"] = m.get("delivered_to", mailbox)
    msg["Return-Path"] = "<%s>" % addr
    msg["From"] = formataddr((name, addr)) if name else addr
    msg["To"] = m.get("to", mailbox)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    if "date" in m:
        msg["Date"] = m["date"]
    else:
        sent = received - dt.timedelta(seconds=rnd.randint(5, 90))
        tz = m.get("sender_tz")
        sent = sent.astimezone(dt.timezone(dt.timedelta(hours=tz))) if tz is not None \
            else sent.astimezone(L.LIMA)
        msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = "<%s.%d@%s>" % (hashlib.sha1(m["file"].encode()).hexdigest()[:20],
                                         idx, dom)
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    if m.get("html_only"):
        msg.set_content(m["html"], subtype="html")
    else:
        msg.set_content(m["body"])
        if m.get("html"):
            msg.add_alternative(m["html"], subtype="html")
    for a in m.get("att", []):
        fname, ctype, data = build_attachment(a, idx)
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg.as_bytes(policy=policy.default)


def main():
    labels = []
    names = set()
    for idx, m in enumerate(MESSAGES, 1):
        assert m["file"].startswith("%03d-" % idx), m["file"]
        assert m["file"] not in names
        names.add(m["file"])
        received = parse_recv(m["recv"])
        mailbox = m["mailbox"]
        lab = compute_label(m, mailbox, received)
        data = build_eml(m, idx, mailbox, received)
        with open(os.path.join(HERE, m["file"]), "wb") as f:
            f.write(data)
        labels.append(lab)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote", len(labels), "messages")


if __name__ == "__main__":
    main()
