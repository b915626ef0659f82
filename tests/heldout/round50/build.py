#!/usr/bin/env python3
"""Build round 50: writes NNN-slug.eml and labels.jsonl in this folder.

Run with the r50 venv:  /work/rounds/.venv-r50/bin/python build.py
Labels (procedure, fields, missing, signature, outcome, flags) are written by hand in
messages.py; this script computes filing_date / due_date from the calendar in lib.py
(= config.toml) and cross-checks the hand labels (missing, flags, signature status of
every PDF, presence of PDF-only values in the PDF text layer).
"""
import datetime as dt
import hashlib
import json
import random
import sys
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import lib  # noqa: E402
from messages import MSGS  # noqa: E402

OUT = Path(__file__).parent
RECURSOS = {"reconsideracion", "apelacion"}
NOFIELDS_OUTCOMES = {"ignorado", "portal", "triage"}


def attachment(fname, kind, content, extra):
    seed = int(hashlib.md5(fname.encode()).hexdigest()[:8], 16)
    if kind == "signed":
        return lib.signed_pdf(content, extra[0]), "application", "pdf"
    if kind == "altered":
        cn, (old, new) = extra
        return lib.altered_pdf(content, cn, old, new), "application", "pdf"
    if kind == "textpdf":
        return lib.text_pdf(content), "application", "pdf"
    if kind == "textsigpdf":
        return lib.text_pdf(content, sig_image=lib.scribble(seed)), "application", "pdf"
    if kind == "scanpdf":
        return lib.image_pdf(lib.handwritten_page(content, seed)), "application", "pdf"
    if kind == "jpg":
        return lib.image_bytes(lib.handwritten_page(content, seed), "JPEG"), "image", "jpeg"
    if kind == "png":
        return lib.image_bytes(lib.handwritten_page(content, seed), "PNG"), "image", "png"
    raise ValueError(kind)


def sender_domain(frm):
    return frm.rsplit("@", 1)[1].rstrip(">").strip()


def received_headers(spec, when, mbox, rnd):
    dom = sender_domain(spec["frm"])
    when_hdr = when.astimezone(dt.timezone.utc) if spec.get("rcv_utc") else when
    qid = "".join(rnd.choice("0123456789ABCDEF") for _ in range(11))
    if dom in ("gmail.com",):
        host, ip = f"mail-{rnd.choice(['pj1','qk1','ot1','yw1','pl1'])}-f{rnd.randint(170,199)}.google.com", f"209.85.{rnd.randint(128,250)}.{rnd.randint(2,250)}"
    elif dom in ("hotmail.com", "outlook.com"):
        host, ip = f"mail-{rnd.choice(['dm6','sn1','bn8'])}nam{rnd.randint(10,12)}olkn20{rnd.randint(10,99)}.outbound.protection.outlook.com", f"40.92.{rnd.randint(1,250)}.{rnd.randint(2,250)}"
    elif dom == "yahoo.com":
        host, ip = f"sonic{rnd.randint(300,320)}-{rnd.randint(1,40)}.consmr.mail.ne1.yahoo.com", f"66.163.{rnd.randint(180,190)}.{rnd.randint(2,250)}"
    elif dom == "rree.gob.pe":
        host, ip = "exch02.rree.gob.pe", "10.10.4.22"
    else:
        host, ip = f"mail.{dom}", f"190.{rnd.randint(40,240)}.{rnd.randint(1,250)}.{rnd.randint(2,250)}"
    top = (f"from {host} ({host} [{ip}]) by mx1.rree.gob.pe (Postfix) with ESMTPS id {qid} "
           f"for <{mbox}>; {format_datetime(when_hdr)}")
    earlier = when - dt.timedelta(seconds=rnd.randint(1, 4))
    earlier_hdr = earlier.astimezone(dt.timezone.utc) if dom == "gmail.com" else earlier
    low = (f"by {host} with SMTP id {rnd.randint(10**9, 10**10)}; {format_datetime(earlier_hdr)}")
    return [top, low]


def bounce_message(spec, when, mbox, rnd):
    date_hdr = format_datetime(when - dt.timedelta(seconds=3))
    orig_date = format_datetime(when - dt.timedelta(minutes=2))
    rcpt = spec["bounce_to"]
    boundary = "----=_NextPart_bounce_" + hashlib.md5(spec["slug"].encode()).hexdigest()[:16]
    recv = received_headers(spec, when, mbox, rnd)
    lines = [f"Delivered-To: {mbox}"] + [f"Received: {r}" for r in recv] + [
        f"From: {spec['frm']}",
        f"To: {mbox}",
        f"Date: {date_hdr}",
        "Subject: =?utf-8?q?No_se_puede_entregar=3A_RE=3A_Pr=C3=B3rroga_de_residencia?=",
        f"Message-ID: {lib.msgid(spec['slug'], 'outlook.com')}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"',
        "",
        f"--{boundary}",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
        "No se pudo entregar el mensaje a estos destinatarios o grupos:",
        "",
        f"{rcpt}",
        "La dirección de correo electrónico que especificó no se encontró. Compruebe la dirección",
        "del destinatario e intente volver a enviar el mensaje.",
        "",
        f"--{boundary}",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns;DM6NAM12HT123.namprd12.prod.outlook.com",
        f"Arrival-Date: {orig_date}",
        "",
        f"Final-Recipient: rfc822;{rcpt}",
        "Action: failed",
        "Status: 5.1.10",
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "",
        f"--{boundary}",
        "Content-Type: text/rfc822-headers",
        "",
        f"From: Unidad de Refugiados <{mbox}>",
        f"To: {rcpt}",
        "Subject: RE: =?utf-8?q?Pr=C3=B3rroga_de_residencia?=",
        f"Date: {orig_date}",
        f"Message-ID: <acuse.{rnd.randint(10**6, 10**7)}@rree.gob.pe>",
        "",
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


def build_message(spec, when, mbox, rnd, atts_bytes):
    msg = EmailMessage(policy=policy.SMTP)
    msg["Delivered-To"] = mbox
    for r in received_headers(spec, when, mbox, rnd):
        msg["Received"] = r
    date = when + dt.timedelta(minutes=spec.get("date_min", 0), seconds=-rnd.randint(5, 90))
    msg["Date"] = format_datetime(date)
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", mbox)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    dom = sender_domain(spec["frm"])
    msg["Message-ID"] = lib.msgid(spec["slug"], "mail.gmail.com" if dom == "gmail.com" else dom)
    for k, v in spec.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    text, html = spec.get("text"), spec.get("html")
    if text and html:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    elif html:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
    for (fname, maintype, subtype, data) in atts_bytes:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg.as_bytes()


def norm(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def check(spec, label, atts_bytes, problems):
    proc = label["procedure"]
    outcome = label["outcome"]
    name = spec["slug"]
    fields = label["fields"]
    # expected signature status from the attachments
    kinds = [a[1] for a in spec.get("atts", [])]
    if proc is None or "firma" not in lib.PROC[proc][1]:
        sig = "not_required"
    elif "signed" in kinds:
        sig = "valid"
    elif "altered" in kinds:
        sig = "invalid"
    elif any(k in ("scanpdf", "jpg", "png", "textsigpdf") for k in kinds):
        sig = "manuscrita"
    else:
        sig = "absent"
    if sig != label["signature"]:
        problems.append(f"{name}: signature {label['signature']} != expected {sig}")
    # actual PDF signature validation
    for (fname, maintype, subtype, data), (_, kind, *_r) in zip(atts_bytes, spec.get("atts", [])):
        if subtype == "pdf":
            st = lib.sig_status(data)
            want = {"signed": True, "altered": False}.get(kind)
            if st != want:
                problems.append(f"{name}: {fname} pyhanko status {st}, want {want}")
            txt = lib.pdf_text(data)
            if kind == "scanpdf" and txt.strip():
                problems.append(f"{name}: scanned PDF has a text layer")
    if outcome == "ignorado":
        return
    # missing from requirements
    exp_missing = []
    refugee = label.get("refugee") or "carne_extranjeria" in fields
    if proc and outcome not in NOFIELDS_OUTCOMES:
        for req in lib.PROC[proc][1]:
            star = req.endswith("*")
            req = req.rstrip("*")
            if star and not refugee:
                continue
            if req == "firma":
                if sig in ("invalid", "absent"):
                    exp_missing.append("firma")
            elif req == "denuncia_policial":
                ok = False
                for (fname, maintype, subtype, data) in atts_bytes:
                    if "denuncia" in fname.lower():
                        ok = True
                    elif subtype == "pdf" and "denuncia" in lib.pdf_text(data).lower():
                        ok = True
                if not ok:
                    exp_missing.append(req)
            elif req not in fields:
                exp_missing.append(req)
    if exp_missing != label["missing"]:
        problems.append(f"{name}: missing {label['missing']} != expected {exp_missing}")
    # outcome
    if proc is None:
        exp_out = "triage"
    elif lib.PROC[proc][0] == "portal":
        exp_out = "portal"
    elif proc == "carne_solicitante":
        exp_out = "suspendido"
    elif exp_missing:
        exp_out = "subsanar"
    elif proc in RECURSOS:
        exp_out = "cargo"
    else:
        exp_out = "acuse"
    if exp_out != outcome:
        problems.append(f"{name}: outcome {outcome} != expected {exp_out}")
    # flags
    exp_flags = set()
    if outcome not in NOFIELDS_OUTCOMES:
        home = lib.PROC[proc][0]
        if home != "portal" and lib.MAILBOX[home] != lib.MAILBOX[spec["box"]]:
            exp_flags.add("derivado")
        if sig == "manuscrita":
            exp_flags.add("verificar_firma")
        if proc in RECURSOS and spec.get("notif"):
            if lib.late(dt.date.fromisoformat(spec["notif"]), dt.date.fromisoformat(label["filing_date"])):
                exp_flags.add("extemporaneo")
    if exp_flags != set(label["flags"]):
        problems.append(f"{name}: flags {label['flags']} != expected {sorted(exp_flags)}")
    # correo always present
    if "correo" not in fields:
        problems.append(f"{name}: no correo")
    # values that live only in a PDF must be in its text layer; others in body/subject
    body = (spec.get("text") or "") + (spec.get("html") or "") + spec["subject"]
    pdftext = " ".join(lib.pdf_text(d) for (f, mt, st, d) in atts_bytes if st == "pdf")
    hay = norm(body + " " + pdftext)
    hay_digits = "".join(c for c in hay if c.isalnum())
    for k, v in fields.items():
        if k in ("nacionalidad", "sexo", "fecha_nacimiento", "fecha_salida", "fecha_retorno", "motivo"):
            if k == "motivo" and norm(v)[:40] not in " ".join(hay.split()):
                problems.append(f"{name}: motivo text not found")
            continue
        if k == "telefono":
            digits = v[3:] if v.startswith("+51") else v[1:]
            if digits not in hay_digits:
                problems.append(f"{name}: telefono {v} not found")
        elif k in ("documento_identidad", "carne_extranjeria"):
            if v.lower() not in hay_digits:
                problems.append(f"{name}: {k} {v} not found")
        elif k == "nombres":
            if norm(v) not in " ".join(hay.split()):
                problems.append(f"{name}: nombres {v} not found")
        elif k == "correo":
            if v not in hay and v not in spec["frm"].lower():
                problems.append(f"{name}: correo {v} not found")


def main():
    # order by reception time
    specs = sorted(MSGS, key=lambda s: s["rcv"])
    labels = []
    problems = []
    for old in OUT.glob("*.eml"):
        old.unlink()
    for i, spec in enumerate(specs, 1):
        rnd = random.Random(spec["slug"])
        fname = f"{i:03d}-{spec['slug']}.eml"
        mbox = lib.MAILBOX[spec["box"]]
        when = dt.datetime.fromisoformat(spec["rcv"]).replace(tzinfo=lib.LIMA)
        lab = spec["label"]
        proc = lab["procedure"]
        outcome = lab["outcome"]
        filing = lib.filing_day(when)
        plazo = None
        if outcome == "subsanar":
            plazo = 2
        elif outcome in ("acuse", "cargo"):
            plazo = lib.PROC[proc][2]
        due = lib.add_bd(filing, plazo) if plazo else None
        if spec.get("kind") == "bounce":
            raw = bounce_message(spec, when, mbox, rnd)
            atts_bytes = []
        else:
            atts_bytes = []
            for a in spec.get("atts", []):
                fn, kind, content, *extra = a
                data, mt, st = attachment(fn, kind, content, extra)
                atts_bytes.append((fn, mt, st, data))
            raw = build_message(spec, when, mbox, rnd, atts_bytes)
        (OUT / fname).write_bytes(raw)
        label = {
            "file": fname,
            "mailbox": mbox,
            "received": when.isoformat(),
            "procedure": proc,
            "fields": lab["fields"],
            "missing": lab.get("missing", []),
            "signature": lab.get("signature", "not_required"),
            "outcome": outcome,
            "flags": lab.get("flags", []),
            "filing_date": filing.isoformat(),
            "due_date": due.isoformat() if due else None,
        }
        check(spec, dict(label, refugee=lab.get("refugee")), atts_bytes, problems)
        labels.append(label)
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(labels)} messages written")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
