#!/usr/bin/env python3
"""Build round34: "the mailbox on a busy Monday" (Monday 2026-11-16 and around it).

Writes NNN-slug.eml files, labels.jsonl and checks every PDF signature with pyHanko.
Run with the r34 venv:  /work/rounds/.venv-r34/bin/python build.py
"""
import datetime as dt
import io
import json
import os
import random
import re
import warnings
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

warnings.filterwarnings("ignore")

import holidays
import phonenumbers
import pypdf
from PIL import Image, ImageDraw, ImageFont
from fpdf import FPDF
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from asn1crypto import x509 as ax509, keys as akeys
from pyhanko.sign import signers
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(34)

# ---------------------------------------------------------------- calendar
TZ = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)          # config.toml office_close = "16:30"
NON_WORKING = {dt.date(2026, 11, 27), dt.date(2026, 12, 7),
               dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE = holidays.country_holidays("PE", years=range(2026, 2028))


def is_business(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_business(d):
    d = d + dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    loc = received.astimezone(TZ)
    if is_business(loc.date()) and loc.time() < OFFICE_CLOSE:
        return loc.date()
    return next_business(loc.date())


def add_business(start, n):
    d = start
    for _ in range(n):
        d = next_business(d)
    return d


# ---------------------------------------------------------------- procedures
MESA = "mesadepartes@rree.gob.pe"
SOLI = "solicitantesrefugio@rree.gob.pe"
REFU = "refugiados@rree.gob.pe"
PROC = {
    "solicitud_refugio": ("portal", None, None),
    "autorizacion_trabajo": ("portal", None, None),
    "entrevista_registro": ("portal", None, None),
    "carne_solicitante": (SOLI, [], None),
    "actualizacion_datos": (SOLI, ["nombres", "nacionalidad", "documento_identidad",
                                   "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": (SOLI, ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": (MESA, ["firma", "motivo", "nombres", "documento_identidad",
                               "telefono", "correo"], 15),
    "apelacion": (MESA, ["firma", "motivo", "nombres", "documento_identidad",
                         "telefono", "correo"], 30),
    "renuncia": (MESA, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad",
                        "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": (REFU, ["nombres", "sexo", "nacionalidad", "documento_identidad",
                                   "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": (REFU, ["denuncia_policial", "nombres", "sexo", "nacionalidad",
                                           "documento_identidad", "carne_extranjeria",
                                           "fecha_nacimiento", "telefono"], 15),
    "autorizacion_viaje": (REFU, ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno",
                                  "nombres", "carne_extranjeria", "telefono"], 5),
}
RECURSOS = {"reconsideracion", "apelacion"}

# ---------------------------------------------------------------- signing
_KEYS = {}


def _signer(cn):
    if cn not in _KEYS:
        key = rsa.generate_private_key(65537, 2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                          x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
        start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(random.randint(10**6, 10**9))
                .not_valid_before(start).not_valid_after(start + dt.timedelta(days=3650))
                .sign(key, hashes.SHA256()))
        acert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
        akey = akeys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        _KEYS[cn] = (acert, signers.SimpleSigner(
            signing_cert=acert, signing_key=akey,
            cert_registry=SimpleCertificateStore.from_certs([acert])))
    return _KEYS[cn]


def sig_status(pdf_bytes):
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    if not r.embedded_signatures:
        return None
    s = r.embedded_signatures[0]
    st = validate_pdf_signature(s, ValidationContext(trust_roots=[s.signer_cert]))
    return st.intact


def _clean(t):
    return (t.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
            .replace("\u201c", '"').replace("\u201d", '"'))


def text_pdf(text, title=None, when=None):
    pdf = FPDF()
    pdf.compress = False
    pdf.set_creation_date(when or dt.datetime(2026, 11, 15, 12, 0, tzinfo=dt.timezone.utc))
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 8, _clean(title), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for para in _clean(text).strip("\n").split("\n"):
        if para.strip():
            pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(4)
    return bytes(pdf.output())


def signed_pdf(text, title, cn, when=None):
    raw = text_pdf(text, title, when)
    _, signer = _signer(cn)
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="FirmaDigital",
                                                           reason="Firma del recurrente"),
                           signer=signer).getvalue()
    assert sig_status(out) is True
    return out


def altered_pdf(text, title, cn, old, new):
    out = signed_pdf(text, title, cn)
    assert len(old) == len(new) and out.count(old.encode("latin-1")) == 1
    out = out.replace(old.encode("latin-1"), new.encode("latin-1"))
    assert sig_status(out) is False
    return out


def scan_image(lines, fmt="JPEG", sign_name="firma"):
    """A 'scanned' letter: text drawn as pixels plus a hand-drawn squiggle."""
    img = Image.new("RGB", (1240, 1754), (246, 244, 238))
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.load_default(size=30)
    except TypeError:
        font = ImageFont.load_default()
    y = 140
    for ln in lines:
        d.text((120, y), ln, fill=(30, 30, 40), font=font)
        y += 46
    y += 60
    pts = [(160 + i * 14, y + int(28 * ((-1) ** i) * (0.4 + (i % 3) / 3))) for i in range(26)]
    d.line(pts, fill=(20, 30, 120), width=4)
    d.line([(140, y + 60), (700, y + 60)], fill=(0, 0, 0), width=2)
    d.text((160, y + 75), sign_name, fill=(30, 30, 40), font=font)
    buf = io.BytesIO()
    img.save(buf, fmt, quality=70) if fmt == "JPEG" else img.save(buf, fmt)
    return buf.getvalue()


def scanned_pdf(lines, sign_name):
    jpg = scan_image(lines, sign_name=sign_name)
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2026, 11, 16, 12, 0, tzinfo=dt.timezone.utc))
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def pdf_text_of(b):
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(b)).pages)


# ---------------------------------------------------------------- messages
OUT = []          # (filename, bytes, label)


def lima(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=TZ)


def e164(raw, region="PE"):
    n = phonenumbers.parse(raw, region)
    assert phonenumbers.is_valid_number(n), raw
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def message(num, slug, *, mailbox, received, frm, subject, text=None, html=None,
            to=None, cc=None, delivered=True, date_delay=None, date_tz=None,
            received_utc=False, relay=None, attachments=(), headers=None,
            charset="utf-8", raw_subject=None, label):
    rec = lima(received)
    msg = EmailMessage(policy=policy.SMTP)
    # Received chain: newest first.
    host = random.choice(["mx1.rree.gob.pe", "mx2.rree.gob.pe"])
    qid = "".join(random.choice("0123456789ABCDEF") for _ in range(10))
    rdate = rec.astimezone(dt.timezone.utc) if received_utc else rec
    msg["Received"] = (f"from {relay or 'mail-wm1-f48.google.com'} "
                       f"({relay or 'mail-wm1-f48.google.com'} [209.85.128.{random.randint(10, 250)}]) "
                       f"by {host} (Postfix) with ESMTPS id {qid} for <{mailbox}>; "
                       f"{format_datetime(rdate)}")
    if date_delay is None:
        date_delay = random.randint(3, 95)
    sent = rec - dt.timedelta(seconds=date_delay)
    msg["Received"] = (f"by 2002:a05:6402:{random.randint(1000, 9999)}:b0:5c9:{random.randint(100, 999)} "
                       f"with SMTP id x{random.randint(10**6, 10**7)}; "
                       f"{format_datetime(sent.astimezone(dt.timezone.utc))}")
    if delivered:
        msg["Delivered-To"] = mailbox
    msg["From"] = frm
    msg["To"] = to or mailbox
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = raw_subject and "XX-RAW-SUBJECT-XX" or subject
    msg["Date"] = format_datetime(sent.astimezone(date_tz) if date_tz else sent)
    dom = frm.split("@")[-1].rstrip(">").strip() or "mail.example"
    msg["Message-ID"] = make_msgid(domain=dom)
    for k, v in (headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if text is not None:
        if charset == "utf-8":
            msg.set_content(text)
        else:
            msg.set_content(text, charset=charset, cte="quoted-printable")
        if html is not None:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html", charset=charset,
                        cte="quoted-printable")
    for fname, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    label = dict(label, _from=frm.lower())
    b = msg.as_bytes()
    if raw_subject:
        b = b.replace(b"XX-RAW-SUBJECT-XX", raw_subject.encode("ascii"))
    fname = f"{num:03d}-{slug}.eml"
    OUT.append((fname, b, finish_label(fname, mailbox, rec, label, attachments, text, html)))


def finish_label(fname, mailbox, rec, lab, attachments, text, html):
    """Complete a hand-written label and cross-check it against INTAKE.md rules."""
    proc = lab.get("procedure")
    fields = lab.get("fields", {})
    outcome = lab["outcome"]
    filing = filing_day(rec)
    # phone normal form check
    for k in ("telefono",):
        if k in fields:
            assert fields[k].startswith("+") and fields[k][1:].isdigit(), (fname, fields[k])
    if outcome == "ignorado":
        missing, flags, sig, due = [], [], lab.get("signature", "not_required"), None
        if proc and PROC[proc][1] and "firma" in PROC[proc][1]:
            sig = lab["signature"]
    else:
        home, reqs, plazo = PROC[proc] if proc else (None, None, None)
        sig = "not_required"
        if reqs is not None and "firma" in reqs:
            sig = lab["signature"]
        elif proc is None or home == "portal":
            sig = "not_required"
        flags = set()
        missing = []
        if proc and home != "portal":
            for r in reqs:
                star = r.endswith("*")
                r = r.rstrip("*")
                if r == "firma":
                    if sig in ("invalid", "absent"):
                        missing.append("firma")
                elif r == "denuncia_policial":
                    if not lab.get("denuncia"):
                        missing.append(r)
                elif star and not lab.get("reconocido") and r not in fields:
                    continue
                elif r not in fields:
                    missing.append(r)
            if home != mailbox:
                flags.add("derivado")
            if sig == "manuscrita":
                flags.add("verificar_firma")
            if proc in RECURSOS and lab.get("notificado"):
                n = dt.date.fromisoformat(lab["notificado"])
                if filing > add_business(n, 15):
                    flags.add("extemporaneo")
        if proc is None:
            exp = "triage"
        elif home == "portal":
            exp = "portal"
        elif proc == "carne_solicitante":
            exp = "suspendido"
        elif missing:
            exp = "subsanar"
        elif proc in RECURSOS:
            exp = "cargo"
        else:
            exp = "acuse"
        assert exp == outcome, (fname, exp, outcome, missing)
        assert missing == lab.get("missing", []), (fname, missing, lab.get("missing"))
        assert flags == set(lab.get("flags", [])), (fname, flags, lab.get("flags"))
        if outcome in ("portal", "triage"):
            missing, flags = [], set()
        flags = sorted(flags)
        if outcome in ("subsanar",):
            due = add_business(filing, 2)
        elif outcome in ("cargo", "acuse"):
            due = add_business(filing, plazo)
        else:
            due = None
    # every labelled field value must be visible somewhere in the readable text
    readable = (text or "") + "\n" + (html or "")
    for fn, data, ctype in attachments:
        if ctype == "application/pdf":
            readable += "\n" + pdf_text_of(data)
    if outcome != "ignorado":
        assert "correo" in fields, fname
        assert fields["correo"] == fields["correo"].lower()
    flat = re.sub(r"[^0-9A-Z]", "", readable.upper())
    digits = re.sub(r"[^0-9]", "", readable)
    for k, v in fields.items():
        if k in ("nombres", "destino", "motivo") or k in lab.get("probe", {}):
            probe = lab.get("probe", {}).get(k, v)
            assert " ".join(probe.lower().split()) in " ".join(readable.lower().split()), (fname, k, probe)
        elif k == "documento_identidad":
            assert v in flat, (fname, k, v)
        elif k == "carne_extranjeria":
            assert v in digits, (fname, k, v)
        elif k == "telefono":
            nat = str(phonenumbers.parse(v).national_number)
            assert nat in digits, (fname, k, v)
        elif k == "correo":
            assert v in readable.lower() or v in lab.get("_from", ""), (fname, k, v)
    return {
        "file": fname, "mailbox": mailbox, "received": rec.isoformat(),
        "procedure": proc, "fields": fields, "missing": missing,
        "signature": sig, "outcome": outcome, "flags": flags,
        "filing_date": filing.isoformat(), "due_date": due and due.isoformat(),
    }


PDF = "application/pdf"
JPG = "image/jpeg"
PNG = "image/png"

def L(procedure, outcome, fields, missing=(), flags=(), signature="not_required", **kw):
    d = {"procedure": procedure, "outcome": outcome, "fields": fields,
         "missing": list(missing), "flags": list(flags), "signature": signature}
    d.update(kw)
    return d


M = "2026-11-16"   # the busy Monday


def build_all():
    # ------------------------------------------------------------ 001
    message(1, "actualizacion-whatsapp-sabado-noche", mailbox=SOLI,
            received="2026-11-14T22:41:07", frm='"Yeli \U0001F495" <yeli.carrasquel88@gmail.com>',
            subject="actualizacion de datos",
            text=("buenas noches disculpen la hora es q trabajo todo el dia en el emporio, les escribo "
                  "para actualizar mis datos porque cambie de numero y de correo, mi nombre es Yelitza "
                  "Coromoto Carrasquel Mújica soy de nacionalidad venezolana cedula V-19.876.543 mi numero "
                  "nuevo es 936 112 847 y el correo nuevo es Yelitza.Carrasquel.M@hotmail.com ese es el "
                  "que reviso ahora, el gmail ya casi no lo abro. ademas les cuento que mi bebe nacio aqui "
                  "en lima en agosto es peruanito, su DNI es 81234567 por si lo necesitan en el sistema, "
                  "tambien me mude a san juan de lurigancho\n\ngracias bendiciones \U0001F64F\U0001F64F\n"),
            label=L("actualizacion_datos", "acuse", {
                "nombres": "Yelitza Coromoto Carrasquel Mújica", "nacionalidad": "VE",
                "documento_identidad": "V19876543", "telefono": e164("936 112 847"),
                "correo": "yelitza.carrasquel.m@hotmail.com",
                "motivo": "cambie de numero y de correo"}))

    # ------------------------------------------------------------ 002
    message(2, "prorroga-carta-formal-domingo", mailbox=REFU,
            received="2026-11-15T09:12:44", frm="Hernan Ospina <hdospina.c@outlook.com>",
            subject="Prórroga de Residencia", relay="mail-am6eur05on2081.outbound.protection.outlook.com",
            text=("Señores\nSecretaría Ejecutiva de la Comisión Especial para los Refugiados\nPresente.-\n\n"
                  "De mi consideración:\n\n"
                  "Yo, HERNÁN DARÍO OSPINA CARDONA, de nacionalidad colombiana, identificado con Cédula de "
                  "Ciudadanía N° 1.098.765.432 y Carné de Extranjería N° 001234567, con el debido respeto "
                  "me presento y expongo:\n\n"
                  "Que, en mi condición de refugiado reconocido por el Estado peruano, solicito la prórroga "
                  "anual de mi residencia, para lo cual consigno los siguientes datos adicionales:\n\n"
                  "   - Sexo: masculino\n   - Fecha de nacimiento: 3 de julio de 1985\n"
                  "   - Teléfono: 951 447 203\n\n"
                  "Sin otro particular, quedo de ustedes.\n\nAtentamente,\n\n"
                  "Hernán Darío Ospina Cardona\nArequipa, 15 de noviembre de 2026\n"),
            label=L("prorroga_residencia", "acuse", {
                "nombres": "HERNÁN DARÍO OSPINA CARDONA", "nacionalidad": "CO",
                "documento_identidad": "1098765432", "carne_extranjeria": "001234567",
                "sexo": "M", "fecha_nacimiento": "1985-07-03", "telefono": e164("951 447 203"),
                "correo": "hdospina.c@outlook.com"}))

    # ------------------------------------------------------------ 003
    message(3, "prorroga-kreyol-frances-incompleta", mailbox=REFU,
            received=f"{M}T07:58:20", frm="Jean Wesley Pierre <jwpierre509@gmail.com>",
            subject="Prorroga de residencia - Jean Wesley Pierre",
            text=("Bonjou / Buenos días,\n\n"
                  "Mwen rele Jean Wesley Pierre, de nationalité haïtienne (nacionalidad haitiana), "
                  "refugiado reconocido en Perú desde 2022. Je voudrais faire la prórroga de mi residencia "
                  "anual s'il vous plaît.\n\n"
                  "Pasaporte haitiano : RH4471023\n"
                  "Sexe : Masculin\n"
                  "Téléphone / WhatsApp : +51 944 380 219\n\n"
                  "Mèsi anpil, que Dios les bendiga.\nJean Wesley\n"),
            label=L("prorroga_residencia", "subsanar", {
                "nombres": "Jean Wesley Pierre", "nacionalidad": "HT",
                "documento_identidad": "RH4471023", "sexo": "M",
                "telefono": e164("+51 944 380 219"), "correo": "jwpierre509@gmail.com"},
                missing=["carne_extranjeria", "fecha_nacimiento"]))

    # ------------------------------------------------------------ 004
    message(4, "cambio-contrasena-cubano", mailbox=SOLI,
            received=f"{M}T08:15:40", frm="Yoandri Rodriguez <yoandrirb89@gmail.com>",
            subject="Cambio de contraseña",
            text=("Buenos días.\n\nSoy Yoandri Rodríguez Bello, cubano, solicitante de refugio. Solicito el "
                  "cambio de clave y contraseña del Sistema de Refugiados porque no recuerdo mi contraseña "
                  "y el sistema me bloqueó.\n\n"
                  "Carnet de identidad: 89041523487\nCelular: 951 234 567\nCorreo: yoandrirb89@gmail.com\n\n"
                  "Saludos cordiales,\nYoandri\n"),
            label=L("cambio_clave", "acuse", {
                "nombres": "Yoandri Rodríguez Bello", "nacionalidad": "CU",
                "documento_identidad": "89041523487", "telefono": e164("951 234 567"),
                "correo": "yoandrirb89@gmail.com",
                "motivo": "no recuerdo mi contraseña y el sistema me bloqueó"}))

    # ------------------------------------------------------------ 005
    den5 = text_pdf(
        "POLICÍA NACIONAL DEL PERÚ\nREGIÓN POLICIAL LIMA - COMISARÍA SAN MARTÍN DE PORRES\n\n"
        "CONSTANCIA DE DENUNCIA POLICIAL N° 2026-118742\n\n"
        "Siendo las 10:40 horas del día 14 de noviembre de 2026 se presentó a esta dependencia policial "
        "la persona de Washington Efraín Quishpe Tipán, de nacionalidad ecuatoriana, quien denuncia la "
        "SUSTRACCIÓN de su billetera conteniendo su carné de extranjería y otros documentos personales, "
        "hecho ocurrido en las inmediaciones del mercado Caquetá.\n\n"
        "Se expide la presente constancia a solicitud del interesado para los fines que estime pertinentes.\n",
        title="CONSTANCIA DE DENUNCIA")
    html5 = """<div dir="ltr"><div>Buenos días, solicito el duplicado de mi carné de extranjería porque me lo robaron el sábado en el mercado Caquetá.</div><div><br></div><div>Les dejo mis datos:</div><div><br></div>
<table style="border-collapse:collapse;border:none"><tbody>
<tr><td style="border:1px solid #999;padding:4px"><b>Nombres y apellidos</b></td><td style="border:1px solid #999;padding:4px">Washington Efraín Quishpe Tipán</td></tr>
<tr><td style="border:1px solid #999;padding:4px"><b>Sexo</b></td><td style="border:1px solid #999;padding:4px">Masculino</td></tr>
<tr><td style="border:1px solid #999;padding:4px"><b>Nacionalidad</b></td><td style="border:1px solid #999;padding:4px">Ecuatoriana</td></tr>
<tr><td style="border:1px solid #999;padding:4px"><b>Cédula</b></td><td style="border:1px solid #999;padding:4px">1718345620</td></tr>
<tr><td style="border:1px solid #999;padding:4px"><b>Carné de extranjería</b></td><td style="border:1px solid #999;padding:4px">000451278</td></tr>
<tr><td style="border:1px solid #999;padding:4px"><b>Fecha de nacimiento</b></td><td style="border:1px solid #999;padding:4px">22/02/1979</td></tr>
<tr><td style="border:1px solid #999;padding:4px"><b>Celular</b></td><td style="border:1px solid #999;padding:4px">987 120 554</td></tr>
</tbody></table><div><br></div><div>Adjunto la constancia de la comisaría.</div><div>Gracias de antemano.</div><div><br></div><div>--&nbsp;</div><div dir="ltr">Washington Q.</div></div>
"""
    text5 = ("Buenos días, solicito el duplicado de mi carné de extranjería porque me lo robaron el sábado "
             "en el mercado Caquetá.\n\nLes dejo mis datos:\n\n"
             "Nombres y apellidos\tWashington Efraín Quishpe Tipán\nSexo\tMasculino\nNacionalidad\tEcuatoriana\n"
             "Cédula\t1718345620\nCarné de extranjería\t000451278\nFecha de nacimiento\t22/02/1979\n"
             "Celular\t987 120 554\n\nAdjunto la constancia de la comisaría.\nGracias de antemano.\n\n-- \nWashington Q.\n")
    message(5, "duplicado-ce-gmail-tabla-constancia", mailbox=REFU,
            received=f"{M}T08:22:10", frm="Washington Quishpe <wquishpe79@gmail.com>",
            subject="Duplicado de carné de extranjería", text=text5, html=html5,
            attachments=[("constancia_comisaria_PNP.pdf", den5, PDF)],
            label=L("duplicado_carne_extranjeria", "acuse", {
                "nombres": "Washington Efraín Quishpe Tipán", "sexo": "M", "nacionalidad": "EC",
                "documento_identidad": "1718345620", "carne_extranjeria": "000451278",
                "fecha_nacimiento": "1979-02-22", "telefono": e164("987 120 554"),
                "correo": "wquishpe79@gmail.com",
                "motivo": "me lo robaron el sábado en el mercado Caquetá"}, denuncia=True))

    # ------------------------------------------------------------ 006
    apel6 = signed_pdf(
        "Señor Presidente de la Comisión Especial para los Refugiados\n\n"
        "LUIS ENRIQUE BASTIDAS PEÑA, de nacionalidad venezolana, identificado con pasaporte N° 134992051, "
        "con domicilio en Calle Los Pinos 218, Los Olivos, teléfono 902 558 174, correo electrónico "
        "lebastidas77@gmail.com, ante usted respetuosamente me presento y digo:\n\n"
        "Que, habiendo sido notificado el 3 de noviembre de 2026 con la Resolución que declara infundado "
        "mi recurso de reconsideración (Expediente 2024-0099812), dentro del plazo de ley interpongo "
        "RECURSO DE APELACIÓN, por los siguientes fundamentos:\n\n"
        "MOTIVO: La resolución no ha valorado las pruebas que presenté sobre la persecución que sufrí por "
        "participar en las protestas postelectorales de 2024 en Barquisimeto, ni el acta de detención "
        "emitida por el SEBIN, documentos que acreditan un temor fundado de persecución por opinión política.\n\n"
        "POR TANTO: Solicito se eleve el presente recurso y se revoque la resolución impugnada.\n\n"
        "Lima, 15 de noviembre de 2026\n\nLuis Enrique Bastidas Peña\nPasaporte 134992051\n",
        "RECURSO DE APELACIÓN", "LUIS ENRIQUE BASTIDAS PENA")
    message(6, "apelacion-pdf-firmado-en-plazo", mailbox=MESA,
            received=f"{M}T08:40:33", frm="Luis Bastidas <lebastidas77@gmail.com>",
            subject="Recurso de Apelación",
            text=("Buenos días,\n\nAdjunto mi recurso de apelación firmado digitalmente.\n\n"
                  "Atte.\nLuis Enrique Bastidas\n"),
            attachments=[("recurso_apelacion_bastidas.pdf", apel6, PDF)],
            label=L("apelacion", "cargo", {
                "nombres": "LUIS ENRIQUE BASTIDAS PEÑA", "nacionalidad": "VE",
                "documento_identidad": "134992051", "telefono": e164("902 558 174"),
                "correo": "lebastidas77@gmail.com",
                "motivo": "La resolución no ha valorado las pruebas que presenté"},
                signature="valid", notificado="2026-11-03"))

    # ------------------------------------------------------------ 007
    recon7_txt = (
        "Señores\nComisión Especial para los Refugiados\n\n"
        "DIANA MARCELA ROJAS QUINTERO, de nacionalidad colombiana, con cédula de ciudadanía "
        "N° 52.771.908, celular 974 006 318 y correo dmrojasq@yahoo.com, me dirijo a ustedes para "
        "interponer RECURSO DE RECONSIDERACIÓN contra la resolución que deniega mi solicitud de refugio, "
        "la cual me fue notificada el 13 de octubre de 2026 (EXP-2025-031455).\n\n"
        "Motivo: aporto nueva prueba, la certificación de la Fiscalía de Cali sobre las amenazas del "
        "grupo armado que reclutó a mi hijo mayor, documento que no existía al momento de mi entrevista.\n\n"
        "Lima, 14 de noviembre de 2026\n\nDiana Marcela Rojas Quintero\n")
    recon7 = altered_pdf(recon7_txt, "RECURSO DE RECONSIDERACIÓN", "DIANA MARCELA ROJAS QUINTERO",
                         "EXP-2025-031455", "EXP-2025-031458")
    message(7, "reconsideracion-firma-alterada-tardia", mailbox=MESA,
            received=f"{M}T08:51:02", frm="Diana Rojas <dmrojasq@yahoo.com>",
            relay="sonic317-21.consmr.mail.bf2.yahoo.com",
            subject="RECURSO DE RECONSIDERACION",
            text=("Buenos días señores de mesa de partes, adjunto recurso de reconsideración firmado. "
                  "Quedo atenta a su respuesta.\n\nDiana Marcela Rojas Quintero\nC.C. 52.771.908\n"
                  "cel. 974 006 318\n\nEnviado desde Yahoo Mail para Android\n"),
            attachments=[("RECONSIDERACION DIANA ROJAS.pdf", recon7, PDF)],
            label=L("reconsideracion", "subsanar", {
                "nombres": "Diana Marcela Rojas Quintero", "nacionalidad": "CO",
                "documento_identidad": "52771908", "telefono": e164("974 006 318"),
                "correo": "dmrojasq@yahoo.com",
                "motivo": "aporto nueva prueba"},
                missing=["firma"], flags=["extemporaneo"], signature="invalid",
                notificado="2026-10-13"))

    # ------------------------------------------------------------ 008
    message(8, "prorroga-a-mesa-de-partes-derivado", mailbox=MESA,
            received=f"{M}T09:03:12", frm="Maria Gabriela Urbina <mgurbina.salcedo@gmail.com>",
            subject="Prorroga de residencia 2026",
            text=("Buen día, solicito por favor la prórroga de residencia anual.\n\n"
                  "Nombres y apellidos: María Gabriela Urbina Salcedo\nSexo: F\nNacionalidad: Venezuela\n"
                  "Pasaporte: 158 003 442\nC.E.: 002 781 935\nFecha de nacimiento: 1990-01-27\n"
                  "Teléfono: +51 913 650 027\n\nMuchas gracias.\n"),
            label=L("prorroga_residencia", "acuse", {
                "nombres": "María Gabriela Urbina Salcedo", "sexo": "F", "nacionalidad": "VE",
                "documento_identidad": "158003442", "carne_extranjeria": "002781935",
                "fecha_nacimiento": "1990-01-27", "telefono": e164("+51 913 650 027"),
                "correo": "mgurbina.salcedo@gmail.com"}, flags=["derivado"]))

    # ------------------------------------------------------------ 009
    message(9, "respuesta-automatica-fuera-oficina", mailbox=SOLI,
            received=f"{M}T09:10:55", frm="Ramon Ferrer <rferrer.contab@gmail.com>",
            subject="Respuesta automática: Actualización de datos",
            headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
                     "In-Reply-To": "<cepr-20261113-5512@rree.gob.pe>"},
            text=("Gracias por su mensaje. Me encuentro de viaje hasta el 20 de noviembre con acceso "
                  "limitado al correo. Responderé a su regreso.\n\nRamón Ferrer\n"),
            label=L("actualizacion_datos", "ignorado", {}))

    # ------------------------------------------------------------ 010
    message(10, "solicitud-refugio-ingles-afgano", mailbox=MESA,
            received=f"{M}T09:25:31", frm="Ahmad Noori <ahmadnoori.af@gmail.com>",
            subject="Solicitud de refugio",
            text=("Dear Sir/Madam,\n\nMy name is Ahmad Shah Noori, I am from Afghanistan and I arrived in Lima "
                  "two weeks ago by land from Brazil. I want to apply for refugee status (solicitud de "
                  "refugio) because the Taliban threatened my family after I worked as interpreter. "
                  "Please tell me how to do it and which documents I need.\n\n"
                  "Passport: P01923875\nPhone / WhatsApp: +51 960 114 382\nEmail: ahmadnoori.af@gmail.com\n\n"
                  "Thank you very much.\nAhmad\n"),
            label=L("solicitud_refugio", "portal", {
                "nombres": "Ahmad Shah Noori", "nacionalidad": "AF",
                "documento_identidad": "P01923875", "telefono": e164("+51 960 114 382"),
                "correo": "ahmadnoori.af@gmail.com",
                "motivo": "the Taliban threatened my family"}))

    # ------------------------------------------------------------ 011
    scan11 = scan_image(["Lima, 15 de noviembre de 2026", "", "Señores Comision Especial para los Refugiados",
                         "", "Solicito AUTORIZACION DE VIAJE por urgencia.", "Rafael Antonio Guedez Linares",
                         "CE 003318806", "Destino: Santiago de Chile", "Salida 28/11/26  Retorno 05/12/26"],
                        sign_name="Rafael A. Guedez L.")
    message(11, "autorizacion-viaje-foto-firmada", mailbox=REFU,
            received=f"{M}T09:31:48", frm="rafa guedez <rafaguedez.l@hotmail.com>",
            relay="mail-dm6nam12olkn2011.outbound.protection.outlook.com",
            subject="AUTORIZACION DE VIAJE URGENTE",
            text=("Señores buenos dias\n\nsolicito autorizacion de viaje por urgencia porque mi mamá va a ser "
                  "operada del corazón en Santiago de Chile y soy el único hijo que puede acompañarla.\n\n"
                  "Nombre: Rafael Antonio Guédez Linares\nCarnet de extranjería: 003318806\n"
                  "Destino: Santiago de Chile\nSalida: 28/11/26\nRetorno: 05/12/26\nTelf: 941-208-377\n\n"
                  "Adjunto la solicitud firmada (foto).\n\nRafael\n"),
            attachments=[("IMG_20261115_221047.jpg", scan11, JPG)],
            label=L("autorizacion_viaje", "acuse", {
                "nombres": "Rafael Antonio Guédez Linares", "carne_extranjeria": "003318806",
                "destino": "Santiago de Chile", "fecha_salida": "2026-11-28",
                "fecha_retorno": "2026-12-05", "telefono": e164("941-208-377"),
                "correo": "rafaguedez.l@hotmail.com",
                "motivo": "mi mamá va a ser operada del corazón"},
                signature="manuscrita", flags=["verificar_firma"]))

    # ------------------------------------------------------------ 012
    ren12 = signed_pdf(
        "Señores\nComisión Especial para los Refugiados - Ministerio de Relaciones Exteriores\n\n"
        "Yo, MOUSSA NDIAYE, de nacionalidad senegalesa, con pasaporte N° A02671943, solicitante de refugio "
        "con expediente N° 2025-08812, teléfono 957 301 664, correo moussandiaye.sn@gmail.com, por medio "
        "del presente documento manifiesto mi decisión de RENUNCIAR a mi solicitud de refugio.\n\n"
        "Motivo de la renuncia: he obtenido un visado de trabajo para España y viajaré a Madrid el mes "
        "de diciembre, por lo que ya no requiero la protección solicitada.\n\n"
        "Lima, 14 de noviembre de 2026\n\nMoussa Ndiaye\n",
        "RENUNCIA A LA SOLICITUD DE REFUGIO", "MOUSSA NDIAYE")
    message(12, "renuncia-frances-pdf-firmado", mailbox=MESA,
            received=f"{M}T09:44:05", frm="Moussa Ndiaye <moussandiaye.sn@gmail.com>",
            subject="TR: Renuncia",
            text=("Bonjour,\n\nJe vous envoie ma lettre de renonciation signée électroniquement (en espagnol, "
                  "un ami m'a aidé à la rédiger). Merci de me confirmer la réception.\n\n"
                  "Cordialement,\nMoussa Ndiaye\n\n"
                  "-------- Message transféré --------\n"
                  "De : Moussa Ndiaye <moussandiaye.sn@gmail.com>\n"
                  "Date : sam. 14 nov. 2026 à 18:02\nObjet : Renuncia\n"
                  "À : moussandiaye.sn@gmail.com\n\n(brouillon)\n"),
            attachments=[("renuncia_Moussa_Ndiaye_firmado.pdf", ren12, PDF)],
            label=L("renuncia", "acuse", {
                "nombres": "MOUSSA NDIAYE", "nacionalidad": "SN",
                "documento_identidad": "A02671943", "telefono": e164("957 301 664"),
                "correo": "moussandiaye.sn@gmail.com",
                "motivo": "he obtenido un visado de trabajo para España"},
                signature="valid"))

    # ------------------------------------------------------------ 013
    message(13, "fwd-cambio-clave-hermana-reenvia", mailbox=SOLI,
            received=f"{M}T09:58:17", frm="Mayelin Castillo <mayecastillo@gmail.com>",
            subject="Fwd: cambio de clave",
            text=("Buenos días, les reenvío el correo de mi hermano que no tiene datos en el celular. "
                  "Gracias.\n\n"
                  "---------- Forwarded message ---------\n"
                  "De: Osmany Castillo <osmany.castillo90@gmail.com>\n"
                  "Date: dom, 15 nov 2026 a las 20:14\nSubject: cambio de clave\n"
                  "To: Mayelin Castillo <mayecastillo@gmail.com>\n\n"
                  "Maye mándale esto a los de refugio porfa, desde tu cel\n\n"
                  "Solicito cambio de clave y contraseña\n"
                  "Nombre completo: Osmany Castillo Guerra\n"
                  "Pasaporte: K987123\n"
                  "Teléfono: 989 440 175\n"
                  "Mi correo: osmany.castillo90@gmail.com\n"),
            label=L("cambio_clave", "acuse", {
                "nombres": "Osmany Castillo Guerra", "documento_identidad": "K987123",
                "telefono": e164("989 440 175"), "correo": "osmany.castillo90@gmail.com"}))

    # ------------------------------------------------------------ 014
    message(14, "duplicado-carnet-ambiguo-triage", mailbox=REFU,
            received=f"{M}T10:05:26", frm="Kelly Paredes <kellyjo.paredes@gmail.com>",
            subject="Duplicado de carnet",
            text=("Buenos días, necesito sacar el duplicado del carnet porque me robaron la cartera el "
                  "viernes en el micro. ¿Qué tengo que hacer? Ya puse la denuncia en la comisaría de Breña.\n\n"
                  "Kelly Johana Paredes\n978 552 013\n"),
            label=L(None, "triage", {
                "nombres": "Kelly Johana Paredes", "telefono": e164("978 552 013"),
                "correo": "kellyjo.paredes@gmail.com",
                "motivo": "me robaron la cartera el viernes en el micro"}))

    # ------------------------------------------------------------ 015
    message(15, "duplicado-ce-sin-denuncia-gemelas", mailbox=REFU,
            received=f"{M}T10:12:39", frm="Jhonny Perez <jhonnyperez.c@gmail.com>",
            subject="duplicado de carnet",
            text=("Buenos dias, solicito el duplicado de mi carné de extranjería porque lo perdí en la "
                  "mudanza.\n\nMis datos: Jhonny Alexander Pérez Colmenares, sexo masculino, venezolano, "
                  "cédula V-17.456.332, carné de extranjería N° 002994617, celular +51 926 771 340.\n\n"
                  "La denuncia policial la estoy tramitando y se la mando apenas me la den.\n\n"
                  "Aprovecho para contarles que mis gemelas nacieron en el Hospital Loayza el 2 de marzo "
                  "de 2025 y ya tienen DNI 90011223 y 90011224.\n\nGracias\n"),
            label=L("duplicado_carne_extranjeria", "subsanar", {
                "nombres": "Jhonny Alexander Pérez Colmenares", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "V17456332", "carne_extranjeria": "002994617",
                "telefono": e164("+51 926 771 340"), "correo": "jhonnyperez.c@gmail.com",
                "motivo": "lo perdí en la mudanza"},
                missing=["denuncia_policial", "fecha_nacimiento"]))

    # ------------------------------------------------------------ 016
    apel16 = signed_pdf(
        "Señores de la Comisión Especial para los Refugiados\n\n"
        "NOHEMÍ ARANGUREN VILLASMIL, de nacionalidad venezolana, identificada con pasaporte "
        "N° 098112734, teléfono 955 010 362, correo electrónico nohemi.aranguren@gmail.com, a ustedes "
        "digo:\n\n"
        "Que habiendo sido notificada el 06/11/2026 con la resolución que confirma la denegatoria de mi "
        "solicitud de refugio, interpongo RECURSO DE APELACIÓN.\n\n"
        "FUNDAMENTOS (motivo): la Comisión no aplicó la definición ampliada de la Declaración de Cartagena "
        "recogida en el artículo 3 literal b) de la Ley 27891, pese a que mi situación corresponde a una "
        "violación masiva de derechos humanos en Venezuela.\n\n"
        "Lima, 13 de noviembre de 2026\n\nNohemí Aranguren Villasmil\n",
        "RECURSO DE APELACIÓN", "NOHEMI ARANGUREN VILLASMIL")
    html16 = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style></head><body lang="ES-PE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">
<p class="MsoNormal">Señores<o:p></o:p></p><p class="MsoNormal">Mesa de Partes &#8211; Ministerio de Relaciones Exteriores<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">En representación de la Sra. NOHEMÍ ARANGUREN VILLASMIL, de nacionalidad venezolana, con pasaporte N° 098112734, adjuntamos su recurso de apelación firmado digitalmente por la recurrente. La resolución le fue notificada el 06/11/2026.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Datos de contacto de la recurrente:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="180" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Teléfono<o:p></o:p></p></td><td width="260" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">955 010 362<o:p></o:p></p></td></tr>
<tr><td width="180" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Correo<o:p></o:p></p></td><td width="260" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:nohemi.aranguren@gmail.com">nohemi.aranguren@gmail.com</a><o:p></o:p></p></td></tr>
</table><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Atentamente,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Dra. Patricia Salas Ugarte</b><o:p></o:p></p><p class="MsoNormal">Abogada &#8211; Reg. CAL 45821 &#8211; DNI 41234567<o:p></o:p></p><p class="MsoNormal">Consultorio Jurídico Apoyo Legal Migrante<o:p></o:p></p><p class="MsoNormal">Central: (01) 433-2100 anexo 12<o:p></o:p></p>
</div></body></html>
"""
    message(16, "apelacion-abogada-outlook-html", mailbox=MESA,
            received=f"{M}T10:30:14", frm='"Patricia Salas Ugarte" <psalas@apoyolegalmigrante.org.pe>',
            relay="mail-bn8nam11on2102.outbound.protection.outlook.com",
            subject="Recurso de Apelación - NOHEMÍ ARANGUREN VILLASMIL", html=html16, charset="iso-8859-1",
            headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Recurso de Apelación"},
            attachments=[("Apelacion_Aranguren_firmada.pdf", apel16, PDF)],
            label=L("apelacion", "cargo", {
                "nombres": "NOHEMÍ ARANGUREN VILLASMIL", "nacionalidad": "VE",
                "documento_identidad": "098112734", "telefono": e164("955 010 362"),
                "correo": "nohemi.aranguren@gmail.com",
                "motivo": "la Comisión no aplicó la definición ampliada"},
                signature="valid", notificado="2026-11-06"))

    # ------------------------------------------------------------ 017
    message(17, "carne-solicitante-haitiano-hijo-tacna", mailbox=SOLI,
            received=f"{M}T10:41:50", frm="Wilner Joseph <wilnerjoseph.ht@gmail.com>",
            subject="Carné de solicitante",
            text=("Bonjou, buenos días.\n\nMwen se Wilner Joseph, nacionalidad haitiana. Solicito mi carné "
                  "de solicitante de refugio, ya hice la entrevista de registro en septiembre. Lo necesito "
                  "porque mi hijo nació aquí en Tacna y sin el carné no puedo inscribirlo en el SIS.\n\n"
                  "Pasaporte: PP3390127 / Tel: 965 004 871\n\nMèsi\n"),
            label=L("carne_solicitante", "suspendido", {
                "nombres": "Wilner Joseph", "nacionalidad": "HT",
                "documento_identidad": "PP3390127", "telefono": e164("965 004 871"),
                "correo": "wilnerjoseph.ht@gmail.com",
                "motivo": "mi hijo nació aquí en Tacna y sin el carné no puedo inscribirlo en el SIS"}))

    # ------------------------------------------------------------ 018
    message(18, "entrevista-registro-consulta-colombiano", mailbox=SOLI,
            received=f"{M}T10:55:03", frm="Yeison Mosquera <yeisonmosquera.p@gmail.com>",
            subject="Consulta entrevista de registro",
            text=("Buenas, hace 3 meses presenté mi solicitud en línea y no me llega la cita para la "
                  "entrevista de registro, mi expediente es 2026-041233.\n\n"
                  "Yeison Andrés Mosquera Palacios\nC.C. 1.077.452.981\ncel 912 603 448\n"),
            label=L("entrevista_registro", "portal", {
                "nombres": "Yeison Andrés Mosquera Palacios", "documento_identidad": "1077452981",
                "telefono": e164("912 603 448"), "correo": "yeisonmosquera.p@gmail.com"}))
    # ------------------------------------------------------------ 019 (bounce, raw)
    bounce_rec = lima(f"{M}T11:02:09")
    bounce = (
        "Received: from mx1.rree.gob.pe (localhost [127.0.0.1])\r\n"
        "\tby mx1.rree.gob.pe (Postfix) with ESMTP id 7E21C40A3\r\n"
        f"\tfor <{REFU}>; {format_datetime(bounce_rec)}\r\n"
        f"Delivered-To: {REFU}\r\n"
        "From: Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>\r\n"
        f"To: {REFU}\r\n"
        "Subject: Undeliverable: =?utf-8?q?Pr=C3=B3rroga_de_residencia?=\r\n"
        f"Date: {format_datetime(bounce_rec - dt.timedelta(seconds=2))}\r\n"
        "Message-ID: <20261116160209.7E21C40A3@mx1.rree.gob.pe>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status;\r\n"
        "\tboundary=\"7E21C40A3.1794848529/mx1.rree.gob.pe\"\r\n"
        "\r\n"
        "This is a MIME-encapsulated message.\r\n\r\n"
        "--7E21C40A3.1794848529/mx1.rree.gob.pe\r\n"
        "Content-Description: Notification\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mx1.rree.gob.pe.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n\r\n"
        "<dannyrojas.ve@hotmai.com>: Host or domain name not found. Name service error\r\n"
        "    for name=hotmai.com type=A: Host not found\r\n\r\n"
        "--7E21C40A3.1794848529/mx1.rree.gob.pe\r\n"
        "Content-Description: Delivery report\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx1.rree.gob.pe\r\n"
        "Arrival-Date: Mon, 16 Nov 2026 11:02:05 -0500 (PET)\r\n\r\n"
        "Final-Recipient: rfc822; dannyrojas.ve@hotmai.com\r\n"
        "Action: failed\r\n"
        "Status: 5.4.4\r\n"
        "Diagnostic-Code: X-Postfix; Host or domain name not found\r\n\r\n"
        "--7E21C40A3.1794848529/mx1.rree.gob.pe\r\n"
        "Content-Description: Undelivered Message Headers\r\n"
        "Content-Type: text/rfc822-headers\r\n\r\n"
        f"From: {REFU}\r\n"
        "To: dannyrojas.ve@hotmai.com\r\n"
        "Subject: =?utf-8?q?Pr=C3=B3rroga_de_residencia?=\r\n"
        "Date: Mon, 16 Nov 2026 11:02:04 -0500\r\n\r\n"
        "--7E21C40A3.1794848529/mx1.rree.gob.pe--\r\n")
    OUT.append(("019-rebote-mailer-daemon.eml", bounce.encode("ascii"),
                finish_label("019-rebote-mailer-daemon.eml", REFU, bounce_rec,
                              L("prorroga_residencia", "ignorado", {}), (), "", "")))

    # ------------------------------------------------------------ 020
    message(20, "actualizacion-refugiado-sin-ce", mailbox=SOLI,
            received=f"{M}T11:15:42", frm="Jhon Fredy Arango <jfarango.h@yahoo.com>",
            relay="sonic305-3.consmr.mail.gq1.yahoo.com",
            subject="ACTUALIZACIÓN DE DATOS",
            text=("Cordial saludo.\n\nYo Jhon Fredy Arango Henao, colombiano, refugiado reconocido desde 2023, "
                  "identificado con C.C. 71.845.230, solicito actualizar mi teléfono de contacto: "
                  "928 315 660 y mi dirección: Jr. Huallaga 455, Cercado de Lima.\n\n"
                  "Agradezco su atención.\n\nJhon Fredy Arango Henao\n"),
            label=L("actualizacion_datos", "subsanar", {
                "nombres": "Jhon Fredy Arango Henao", "nacionalidad": "CO",
                "documento_identidad": "71845230", "telefono": e164("928 315 660"),
                "correo": "jfarango.h@yahoo.com"},
                missing=["carne_extranjeria"], reconocido=True))

    # ------------------------------------------------------------ 021
    message(21, "autorizacion-trabajo-portal-whatsapp", mailbox=SOLI,
            received=f"{M}T11:20:18", frm="Karelys Pinto <kare.pinto95@gmail.com>",
            subject="Autorizacion de trabajo",
            text=("hola buen dia necesito renovar mi autorizacion de trabajo como hago?? me meti a la pagina "
                  "y no encuentro donde, mi nombre es Karelys Daniela Pinto pasaporte 152884019 "
                  "whatsapp +58 424 7781203 gracias\n"),
            label=L("autorizacion_trabajo", "portal", {
                "nombres": "Karelys Daniela Pinto", "documento_identidad": "152884019",
                "telefono": e164("+58 424 7781203"), "correo": "kare.pinto95@gmail.com"}))

    # ------------------------------------------------------------ 022
    apel22 = signed_pdf(
        "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS\n\n"
        "YANELIS FONSECA ARIAS, ciudadana cubana, con carnet de identidad N° 92112045678, con teléfono "
        "celular 937 665 201 y correo electrónico yanefonseca92@gmail.com, ante usted me presento y digo:\n\n"
        "Que, notificado con fecha 02/10/2026 de la resolución que declaró infundado mi recurso de "
        "reconsideración, interpongo RECURSO DE APELACIÓN.\n\n"
        "MOTIVO: en Cuba fui detenida en tres ocasiones por pertenecer a un grupo de mujeres que "
        "denunciaba la represión en Holguín; la resolución afirma sin sustento que puedo regresar sin "
        "riesgo. Presento además la constancia médica que explica por qué no pude apelar antes.\n\n"
        "Lima, 15 de noviembre de 2026\n\nYanelis Fonseca Arias\n",
        "RECURSO DE APELACIÓN", "YANELIS FONSECA ARIAS")
    message(22, "apelacion-extemporanea-cubana", mailbox=MESA,
            received=f"{M}T11:34:27", frm="Yanelis Fonseca <yanefonseca92@gmail.com>",
            subject="Apelación - Yanelis Fonseca",
            text=("Buenos días, les envío mi recurso de apelación firmado. Sé que estoy fuera de plazo "
                  "porque estuve hospitalizada en el Hospital Dos de Mayo, adjunto también la constancia.\n\n"
                  "Yanelis\n"),
            attachments=[("apelacion_yanelis_fonseca.pdf", apel22, PDF),
                         ("constancia_hospital.pdf",
                          text_pdf("HOSPITAL NACIONAL DOS DE MAYO\n\nSe deja constancia que la paciente "
                                   "Yanelis Fonseca Arias estuvo internada del 05/10/2026 al 30/10/2026 en "
                                   "el servicio de Medicina Interna.\n", "CONSTANCIA DE HOSPITALIZACIÓN"),
                          PDF)],
            label=L("apelacion", "cargo", {
                "nombres": "YANELIS FONSECA ARIAS", "nacionalidad": "CU",
                "documento_identidad": "92112045678", "telefono": e164("937 665 201"),
                "correo": "yanefonseca92@gmail.com",
                "motivo": "en Cuba fui detenida en tres ocasiones"},
                signature="valid", flags=["extemporaneo"], notificado="2026-10-02"))

    # ------------------------------------------------------------ 023
    message(23, "cambio-clave-a-refugiados-sin-documento", mailbox=REFU,
            received=f"{M}T11:50:51", frm="Lady Chalen <ladychalen@gmail.com>",
            subject="cambio de clave",
            text=("Buenas tardes.\nNecesito cambio de clave del sistema de refugiados.\n"
                  "Mi nombre: Lady Estefanía Chalén Mora\nNacionalidad: ecuatoriana\n"
                  "Celular 9 8765 4321\nCorreo: ladychalen@gmail.com\n\nGracias, bendiciones.\n"),
            label=L("cambio_clave", "subsanar", {
                "nombres": "Lady Estefanía Chalén Mora", "nacionalidad": "EC",
                "telefono": e164("9 8765 4321"), "correo": "ladychalen@gmail.com"},
                missing=["documento_identidad"], flags=["derivado"]))

    # ------------------------------------------------------------ 024
    via24 = text_pdf(
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE\n\n"
        "Nombre: Emmanuel Fotso Kamga\n"
        "Carné de extranjería: 004120339\n"
        "Nacionalidad: camerunesa\n"
        "Destino: Libreville, Gabón\n"
        "Fecha de salida: 24/11/2026\n"
        "Fecha de retorno: por confirmar\n"
        "Teléfono: 982 117 065\n"
        "Motivo: fallecimiento de mi padre, debo asistir al funeral\n\n"
        "Lima, le 16 novembre 2026\n", "DEMANDE / SOLICITUD")
    message(24, "autorizacion-viaje-frances-pdf-sin-firma", mailbox=REFU,
            received=f"{M}T12:05:33", frm="Emmanuel Fotso <e.fotsokamga@yahoo.fr>",
            relay="sonic.gate.mail.ne1.yahoo.com",
            subject="Autorisation de voyage / Autorización de viaje",
            text=("Bonjour Madame, Monsieur,\n\nJe suis réfugié reconnu au Pérou. Je sollicite une "
                  "autorización de viaje urgente parce que mon père est décédé et je dois assister aux "
                  "funérailles. Ci-joint ma demande avec toutes mes données.\n\n"
                  "Merci beaucoup,\nEmmanuel Fotso Kamga\n"),
            attachments=[("demande_autorisation_voyage.pdf", via24, PDF)],
            label=L("autorizacion_viaje", "subsanar", {
                "nombres": "Emmanuel Fotso Kamga", "carne_extranjeria": "004120339",
                "nacionalidad": "CM", "destino": "Libreville, Gabón", "fecha_salida": "2026-11-24",
                "telefono": e164("982 117 065"), "correo": "e.fotsokamga@yahoo.fr",
                "motivo": "fallecimiento de mi padre"},
                missing=["firma", "fecha_retorno"], signature="absent"))

    # ------------------------------------------------------------ 025
    html25 = """<!DOCTYPE html><html><body style="font-family:Arial">
<table width="600" align="center"><tr><td><h2>Boletín semanal N° 46</h2>
<p>Esta semana: ferias de empleo en Lima Norte, talleres gratuitos de emprendimiento y jornada de salud para familias migrantes.</p>
<p><a href="https://redmigranteperu.org/boletin/46">Leer en el navegador</a> | <a href="https://redmigranteperu.org/baja">Darse de baja</a></p>
</td></tr></table></body></html>
"""
    message(25, "boletin-lista-ong", mailbox=MESA,
            received=f"{M}T12:18:00", frm="Red Migrante Peru <boletin@redmigranteperu.org>",
            relay="mta-174-12.sendinblue.com",
            subject="Boletín semanal N° 46 - ferias de empleo y talleres",
            text=("Boletín semanal N° 46\n\nEsta semana: ferias de empleo en Lima Norte, talleres gratuitos "
                  "de emprendimiento y jornada de salud para familias migrantes.\n\n"
                  "Darse de baja: https://redmigranteperu.org/baja\n"), html=html25,
            headers={"List-Id": "Boletin Red Migrante <boletin.redmigranteperu.org>",
                     "List-Unsubscribe": "<https://redmigranteperu.org/baja>",
                     "Precedence": "bulk"},
            label=L(None, "ignorado", {}))

    # ------------------------------------------------------------ 026
    scan26 = scanned_pdf(["Lima, 14 de noviembre de 2026", "", "Señores CEPR", "",
                          "Yo, Gustavo Adolfo Marcano Rivas, refugiado reconocido,",
                          "con CE 001987620, RENUNCIO a mi condicion de refugiado",
                          "porque regreso a Venezuela con mi familia."], "Gustavo A. Marcano R.")
    message(26, "renuncia-reconocido-pdf-escaneado", mailbox=MESA,
            received=f"{M}T12:30:19", frm="Gustavo Marcano <gamarcanor@gmail.com>",
            subject="renuncia a mi condicion de refugiado",
            text=("Buenas tardes, por medio del presente adjunto mi carta de renuncia firmada a mano y "
                  "escaneada.\n\nDatos:\nNombres: Gustavo Adolfo Marcano Rivas / Nacionalidad: Venezuela / "
                  "Pasaporte: 112 457 893 / Carné de Extranjería: 001987620 / Teléfono: 934-772-018\n\n"
                  "Renuncio porque regreso definitivamente a Venezuela con mi familia.\n\nGracias por todo "
                  "lo que hicieron por nosotros.\n"),
            attachments=[("renuncia_escaneada.pdf", scan26, PDF)],
            label=L("renuncia", "acuse", {
                "nombres": "Gustavo Adolfo Marcano Rivas", "nacionalidad": "VE",
                "documento_identidad": "112457893", "carne_extranjeria": "001987620",
                "telefono": e164("934-772-018"), "correo": "gamarcanor@gmail.com",
                "motivo": "regreso definitivamente a Venezuela con mi familia"},
                signature="manuscrita", flags=["verificar_firma"], reconocido=True))

    # ------------------------------------------------------------ 027
    message(27, "consulta-hija-peruana-triage", mailbox=SOLI,
            received=f"{M}T12:47:36", frm="yuraima briceño <yuraibri2010@gmail.com>",
            subject="Consulta",
            text=("buenas tardes una pregunta, mi hija nació aquí en Perú tiene DNI peruano, yo estoy "
                  "esperando lo del refugio desde el 2023, puedo pedir la residencia por vinculo familiar "
                  "con ella? o tengo que esperar que me respondan? que pasa con mi expediente si hago eso\n\n"
                  "gracias\nAtt: Yuraima Briceño\n"),
            label=L(None, "triage", {"nombres": "Yuraima Briceño", "correo": "yuraibri2010@gmail.com"}))

    # ------------------------------------------------------------ 028
    recon28 = signed_pdf(
        "A la Comisión Especial para los Refugiados\n\n"
        "Yo, MARIE-CLAUDE ÉTIENNE, de nacionalidad haitiana, pasaporte N° RD5530912, teléfono "
        "+51 918 227 604, correo mcetienne.ht@gmail.com, interpongo RECURSO DE RECONSIDERACIÓN contra la "
        "resolución que deniega mi solicitud de refugio.\nLa resolución me fue notificada el 9 de noviembre de 2026.\n\n"
        "Motivo: presento como nueva prueba el certificado de la Police Nationale d'Haïti que acredita "
        "las denuncias que hice contra la banda que controla mi barrio en Puerto Príncipe y el "
        "incendio de mi casa en marzo de 2026.\n\n"
        "Lima, 16 de noviembre de 2026\n\nMarie-Claude Étienne\n",
        "RECURSO DE RECONSIDERACIÓN", "MARIE-CLAUDE ETIENNE")
    message(28, "reconsideracion-haitiana-pdf-firmado", mailbox=MESA,
            received=f"{M}T13:05:44", frm="Marie-Claude Etienne <mcetienne.ht@gmail.com>",
            subject="Recurso de reconsideracion",
            text=("Bonjou, buenas tardes.\n\nAdjunto mi recurso de reconsideración firmado y el certificado "
                  "de la policía de Haití. Tanpri, confirmen que lo recibieron.\n\nMèsi anpil\nMarie-Claude\n"),
            attachments=[("recurso_reconsideracion_MC_Etienne.pdf", recon28, PDF),
                         ("certificat_PNH.jpg", scan_image(["POLICE NATIONALE D'HAITI", "CERTIFICAT",
                                                            "Port-au-Prince"], sign_name="Commissaire"), JPG)],
            label=L("reconsideracion", "cargo", {
                "nombres": "MARIE-CLAUDE ÉTIENNE", "nacionalidad": "HT",
                "documento_identidad": "RD5530912", "telefono": e164("+51 918 227 604"),
                "correo": "mcetienne.ht@gmail.com",
                "motivo": "presento como nueva prueba el certificado"},
                signature="valid", notificado="2026-11-09"))

    # ------------------------------------------------------------ 029
    message(29, "duplicado-ce-a-solicitantes-foto-denuncia", mailbox=SOLI,
            received=f"{M}T13:20:08", frm="Luz Adriana Cardenas <luzacardenasv@hotmail.com>",
            relay="mail-co1nam11olkn2040.outbound.protection.outlook.com",
            subject="Duplicado de Carnet de Extranjeria",
            text=("Buenas tardes.\n\nSoy Luz Adriana Cárdenas Vélez, colombiana, nacida el 14 de mayo de "
                  "1982, C.C. 43.556.098, carné de extranjería 002334501, sexo femenino, cel 947 003 126. "
                  "Solicito el duplicado de mi carné de extranjería; adjunto foto de la denuncia "
                  "policial.\n\nMil gracias.\n"),
            attachments=[("denuncia_perdida.jpg", scan_image(["POLICIA NACIONAL DEL PERU", "DENUNCIA N 55120",
                                                              "PERDIDA DE DOCUMENTOS"], sign_name="Sello PNP"),
                          JPG)],
            label=L("duplicado_carne_extranjeria", "acuse", {
                "nombres": "Luz Adriana Cárdenas Vélez", "nacionalidad": "CO",
                "fecha_nacimiento": "1982-05-14", "documento_identidad": "43556098",
                "carne_extranjeria": "002334501", "sexo": "F", "telefono": e164("947 003 126"),
                "correo": "luzacardenasv@hotmail.com"},
                flags=["derivado"], denuncia=True))

    # ------------------------------------------------------------ 030
    message(30, "prorroga-formulario-pegado-celular", mailbox=REFU,
            received=f"{M}T13:41:57", frm="Andreina Gutierrez <andreinagutierrez.s@gmail.com>",
            subject="Prorroga de recidencia",
            text=("\U0001F4CB FORMULARIO PRÓRROGA DE RESIDENCIA\n"
                  "\u25B6 NOMBRES Y APELLIDOS: ANDREINA DEL VALLE GUTIÉRREZ SOTO\n"
                  "\u25B6 SEXO: F\n"
                  "\u25B6 NACIONALIDAD: VEN\n"
                  "\u25B6 PASAPORTE: 140558712\n"
                  "\u25B6 CE: 003004516\n"
                  "\u25B6 F. NAC: 12-09-88\n"
                  "\u25B6 CEL: +51 999 214 560\n\n"
                  "Enviado desde mi Huawei\n"),
            label=L("prorroga_residencia", "acuse", {
                "nombres": "ANDREINA DEL VALLE GUTIÉRREZ SOTO", "sexo": "F", "nacionalidad": "VE",
                "documento_identidad": "140558712", "carne_extranjeria": "003004516",
                "fecha_nacimiento": "1988-09-12", "telefono": e164("+51 999 214 560"),
                "correo": "andreinagutierrez.s@gmail.com"}))

    # ------------------------------------------------------------ 031
    message(31, "rv-apelacion-desde-buzon-institucional", mailbox=MESA,
            received=f"{M}T14:02:31", frm="Refugiados <refugiados@rree.gob.pe>",
            relay="correo.rree.gob.pe",
            subject="RV: Recurso de apelación",
            text=("Estimados colegas de Mesa de Partes:\n\nSe remite el presente correo recibido en esta "
                  "casilla por corresponder a su competencia.\n\nSaludos,\nÁrea de Refugiados\n\n"
                  "De: Edgar Villamizar <edgarvilla.88@gmail.com>\n"
                  "Enviado el: viernes, 13 de noviembre de 2026 19:22\n"
                  f"Para: {REFU}\nAsunto: Recurso de apelación\n\n"
                  "Buenas noches, adjunto mi apelación.\n"),
            label=L("apelacion", "ignorado", {}, signature="absent"))

    # ------------------------------------------------------------ 032
    message(32, "password-change-bangladesh-ingles", mailbox=SOLI,
            received=f"{M}T14:15:12", frm="Rafiqul Islam <rafiq.islam.bd@gmail.com>",
            subject="Password change / cambio de clave",
            text=("Dear Sir,\n\nI am Mohammad Rafiqul Islam, asylum seeker from Bangladesh. I request change of "
                  "password (cambio de clave y contraseña) for the refugee system because I forgot my password "
                  "and the recovery link does not arrive.\n\n"
                  "Passport No: EH0928374\nMobile: 986 330 412\nEmail: rafiq.islam.bd@gmail.com\n\n"
                  "Thanking you,\nMd. Rafiqul Islam\n"),
            label=L("cambio_clave", "acuse", {
                "nombres": "Mohammad Rafiqul Islam", "nacionalidad": "BD",
                "documento_identidad": "EH0928374", "telefono": e164("986 330 412"),
                "correo": "rafiq.islam.bd@gmail.com",
                "motivo": "I forgot my password and the recovery link does not arrive"}))

    # ------------------------------------------------------------ 033
    message(33, "entrevista-registro-portugues-angola", mailbox=SOLI,
            received=f"{M}T14:33:40", frm="Domingos Kiala <domingoskiala@gmail.com>",
            subject="Entrevista de registro",
            text=("Bom dia / buenos días,\n\nMeu nome é Domingos Manuel Kiala, sou angolano. Fiz a solicitação "
                  "de refúgio online em setembro e ainda não recebi a data da entrevista de registro. "
                  "Podem me informar quando será? Meu telefone: 917 228 450.\n\nObrigado, gracias.\n"),
            label=L("entrevista_registro", "portal", {
                "nombres": "Domingos Manuel Kiala", "nacionalidad": "AO",
                "telefono": e164("917 228 450"), "correo": "domingoskiala@gmail.com"}))

    # ------------------------------------------------------------ 034
    via34 = signed_pdf(
        "Señores\nComisión Especial para los Refugiados\n\n"
        "Fausto Rolando Guamán Yupanqui, refugiado reconocido, carné de extranjería N° 002876143, "
        "teléfono (01) 426-7788, solicito AUTORIZACIÓN DE VIAJE por urgencia.\n\n"
        "Motivo del viaje: acompañar a mi hija menor en su tratamiento oncológico en el Hospital Garrahan.\n"
        "Lugar de destino: Buenos Aires, Argentina\n"
        "Fecha de salida: 15 de diciembre de 2026\n"
        "Fecha de retorno: 4 de enero de 2027\n\n"
        "Lima, 16 de noviembre de 2026\n\nFausto R. Guamán Y.\n",
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE", "FAUSTO ROLANDO GUAMAN YUPANQUI")
    message(34, "autorizacion-viaje-pdf-firmado-fijo", mailbox=REFU,
            received=f"{M}T15:00:02", frm="Fausto Guaman <fguaman.y@outlook.es>",
            relay="mail-eopbgr820052.outbound.protection.outlook.com",
            subject="Autorización de Viaje",
            text="Adjunto solicitud firmada digitalmente.\n\nFausto Guamán\n",
            attachments=[("AUTORIZACION_VIAJE_GUAMAN.pdf", via34, PDF)],
            label=L("autorizacion_viaje", "acuse", {
                "nombres": "Fausto Rolando Guamán Yupanqui", "carne_extranjeria": "002876143",
                "telefono": e164("(01) 426-7788"), "destino": "Buenos Aires, Argentina",
                "fecha_salida": "2026-12-15", "fecha_retorno": "2027-01-04",
                "correo": "fguaman.y@outlook.es",
                "motivo": "acompañar a mi hija menor en su tratamiento oncológico"},
                signature="valid"))

    # ------------------------------------------------------------ 035
    html35 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
<body dir="ltr"><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Good afternoon,<br><br>I would like to update my contact details (actualización de datos). I am an asylum seeker.<br><br>
<table style="border-collapse:collapse" border="1" cellpadding="4">
<tr><td>Full name</td><td>Chukwuemeka Obinna Eze</td></tr>
<tr><td>Nationality</td><td>Nigerian</td></tr>
<tr><td>Passport No.</td><td>A09873412</td></tr>
<tr><td>Phone</td><td>+51 923 441 870</td></tr>
<tr><td>Email</td><td>obinna.eze@outlook.com</td></tr>
<tr><td>New address</td><td>Av. Brasil 1234, Pueblo Libre</td></tr>
</table><br>Best regards,<br>Obinna</div>
<div id="appendonsend"></div></body></html>
"""
    message(35, "actualizacion-nigeria-outlook-tabla", mailbox=SOLI,
            received=f"{M}T15:20:26", frm="Obinna Eze <obinna.eze@outlook.com>",
            relay="mail-sn1nam02olkn2080.outbound.protection.outlook.com",
            subject="Update of contact details - Actualizacion de datos", html=html35, charset="iso-8859-1",
            label=L("actualizacion_datos", "acuse", {
                "nombres": "Chukwuemeka Obinna Eze", "nacionalidad": "NG",
                "documento_identidad": "A09873412", "telefono": e164("+51 923 441 870"),
                "correo": "obinna.eze@outlook.com"}))

    # ------------------------------------------------------------ 036
    message(36, "re-prorroga-respuesta-citando-oficina", mailbox=REFU,
            received=f"{M}T15:45:09", frm="Orlando Villalobos <orlandovillalobos74@gmail.com>",
            subject="RE: Prórroga de residencia - Observación",
            text=("Buenas tardes, disculpen, aquí van todos mis datos completos:\n\n"
                  "Orlando José Villalobos Chirinos - sexo masculino - venezolano - cédula V-14.223.871 - "
                  "CE 000872346 - nacido el 30/10/1974 - cel. 960 552 817\n\n"
                  "Gracias por la paciencia.\n\n"
                  "El lun, 9 nov 2026 a las 10:12, Refugiados <refugiados@rree.gob.pe> escribió:\n"
                  "> Estimado usuario:\n"
                  "> Su solicitud de Prórroga de Residencia (Registro N° 2026-RF-004512) está incompleta.\n"
                  "> Sírvase remitir: nombres y apellidos completos, sexo, nacionalidad, N° de pasaporte y/o\n"
                  "> cédula, N° de carné de extranjería, fecha de nacimiento y teléfono.\n"
                  ">\n"
                  "> Secretaría Ejecutiva de la Comisión Especial para los Refugiados\n"
                  "> Jr. Ucayali 337, Lima - Central telefónica (01) 204-2400\n"),
            label=L("prorroga_residencia", "acuse", {
                "nombres": "Orlando José Villalobos Chirinos", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "V14223871", "carne_extranjeria": "000872346",
                "fecha_nacimiento": "1974-10-30", "telefono": e164("960 552 817"),
                "correo": "orlandovillalobos74@gmail.com"}))
    # ------------------------------------------------------------ 037
    scan37 = scan_image(["Lima, 16 de noviembre de 2026", "", "RECURSO DE RECONSIDERACION", "",
                         "Ana Lucia Benitez Rangel - V-21.334.009", "Motivo: nuevos hechos, amenazas",
                         "del padre de mi hija desde Maracaibo"], sign_name="Ana L. Benitez")
    message(37, "reconsideracion-foto-firma-antes-cierre", mailbox=MESA,
            received=f"{M}T16:29:10", frm="Ana Benitez <ana.benitez.rangel@hotmail.com>",
            relay="mail-bl2nam02olkn2019.outbound.protection.outlook.com",
            subject="Reconsideración - Ana Lucía Benítez",
            text=("Señores Mesa de Partes, buenas tardes:\n\n"
                  "Presento recurso de reconsideración contra la resolución que denegó mi solicitud. "
                  "Adjunto la foto del escrito firmado a mano porque no tengo firma digital.\n\n"
                  "MOTIVO: hay hechos nuevos. El padre de mi hija (que nació aquí en Lima en 2024) me amenaza "
                  "por redes sociales desde Maracaibo y dice que vendrá a llevársela; adjunto capturas en el escrito.\n\n"
                  "Nombre completo: Ana Lucía Benítez Rangel\nCédula: V-21.334.009\nTeléfono: +51 951 882 304\n"
                  "Mi correo para notificaciones: anabenitez.r@gmail.com\n\nAtentamente,\nAna Lucía\n"),
            attachments=[("escrito_reconsideracion.jpeg", scan37, JPG)],
            label=L("reconsideracion", "cargo", {
                "nombres": "Ana Lucía Benítez Rangel", "documento_identidad": "V21334009",
                "telefono": e164("+51 951 882 304"), "correo": "anabenitez.r@gmail.com",
                "motivo": "hay hechos nuevos"},
                signature="manuscrita", flags=["verificar_firma"]))

    # ------------------------------------------------------------ 038
    apel38 = signed_pdf(
        "Señores Comisión Especial para los Refugiados\n\n"
        "ANDRÉS FELIPE ZULUAGA RESTREPO, colombiano, con pasaporte N° AY4412087, con correo electrónico "
        "afzuluaga.r@gmail.com, interpongo RECURSO DE APELACIÓN contra la resolución que confirmó la "
        "denegatoria de mi solicitud de refugio.\n\n"
        "Motivo: no se tuvo en cuenta que la disidencia de las FARC que me amenazó opera también en "
        "Bogotá, por lo que no existe alternativa de huida interna.\n\n"
        "Lima, 16 de noviembre de 2026\n\nAndrés Felipe Zuluaga Restrepo\n",
        "RECURSO DE APELACIÓN", "ANDRES FELIPE ZULUAGA RESTREPO")
    message(38, "apelacion-despues-cierre-sin-telefono", mailbox=MESA,
            received=f"{M}T16:31:05", received_utc=True, date_tz=dt.timezone.utc,
            frm="Andres Zuluaga <afzuluaga.r@gmail.com>",
            subject="RECURSO DE APELACION",
            text="Cordial saludo, adjunto recurso de apelación con firma digital.\n\nAndrés Zuluaga\n",
            attachments=[("apelacion_zuluaga.pdf", apel38, PDF)],
            label=L("apelacion", "subsanar", {
                "nombres": "ANDRÉS FELIPE ZULUAGA RESTREPO", "nacionalidad": "CO",
                "documento_identidad": "AY4412087", "correo": "afzuluaga.r@gmail.com",
                "motivo": "no se tuvo en cuenta que la disidencia"},
                missing=["telefono"], signature="valid"))

    # ------------------------------------------------------------ 039
    message(39, "carnet-solicitante-a-refugiados-noche", mailbox=REFU,
            received=f"{M}T17:45:51", frm="Dayerlin Suarez <dayerlinsuarez@gmail.com>",
            subject="CARNET DE SOLICITANTE",
            text=("buenas noches, quisiera saber cuando puedo sacar mi carnet de solicitante de refugio, ya "
                  "hice mi entrevista en julio. lo necesito para abrir una cuenta en el banco y para el "
                  "colegio de mi niño que es peruano.\n\n"
                  "Dayerlin Suárez\npasaporte 165 220 341\ncel 955 778 102\n"),
            label=L("carne_solicitante", "suspendido", {
                "nombres": "Dayerlin Suárez", "documento_identidad": "165220341",
                "telefono": e164("955 778 102"), "correo": "dayerlinsuarez@gmail.com",
                "motivo": "lo necesito para abrir una cuenta en el banco"},
                flags=["derivado"]))

    # ------------------------------------------------------------ 040
    message(40, "renuncia-kreyol-sin-documento", mailbox=MESA,
            received=f"{M}T19:10:37", frm="Rose Andree Baptiste <roseandreebaptiste@gmail.com>",
            subject="Renonsyasyon / Renuncia",
            text=("Bonswa.\n\nMwen se Rose-Andrée Baptiste, nacionalidad haitiana, pasaporte RE2219087, "
                  "tel 944 610 732.\n\nRenuncio a mi solicitud de refugio paske m ap retounen Ayiti ak pitit "
                  "mwen (porque regreso a Haití con mi hijo, mi mamá está enferma).\n\nMèsi pou tout bagay.\n"
                  "Rose-Andrée\n"),
            label=L("renuncia", "subsanar", {
                "nombres": "Rose-Andrée Baptiste", "nacionalidad": "HT",
                "documento_identidad": "RE2219087", "telefono": e164("944 610 732"),
                "correo": "roseandreebaptiste@gmail.com",
                "motivo": "regreso a Haití con mi hijo, mi mamá está enferma"},
                missing=["firma"], signature="absent"))

    # ------------------------------------------------------------ 041
    message(41, "actualizacion-noche-sin-documento-hijos-dni", mailbox=SOLI,
            received=f"{M}T21:30:02", frm="Luis Rondon <luisrondon.p@gmail.com>",
            subject="actualisar datos",
            text=("buenas noches quiero actualizar mis datos de contacto porque me cambie de casa y de chip, "
                  "soy Luis Alberto Rondón Pacheco venezolano, mi nuevo numero es 922 334 455 y vivo ahora en "
                  "Chorrillos. mis hijos Santiago y Valentina Rondón nacieron aquí en el Perú y tienen DNI "
                  "79123456 y 79123457 por si acaso\n\nsaludos\n"),
            label=L("actualizacion_datos", "subsanar", {
                "nombres": "Luis Alberto Rondón Pacheco", "nacionalidad": "VE",
                "telefono": e164("922 334 455"), "correo": "luisrondon.p@gmail.com",
                "motivo": "me cambie de casa y de chip"},
                missing=["documento_identidad"]))

    # ------------------------------------------------------------ 042
    message(42, "ayuda-renuncia-o-prorroga-triage", mailbox=REFU,
            received=f"{M}T23:55:48", frm="Jose Gregorio Lugo <josegregoriolugo@hotmail.com>",
            relay="mail-mw2nam12olkn2013.outbound.protection.outlook.com",
            subject="Ayuda",
            text=("Buenas noches. Soy refugiado reconocido, mi residencia vence en diciembre pero también estoy "
                  "pensando renunciar porque me salió un trabajo en Canadá. No sé si pedir la prórroga de "
                  "residencia o mandar la renuncia, ¿qué me conviene? ¿Si renuncio pierdo todo?\n\n"
                  "José Gregorio Lugo\ncel. 973 220 415\n"),
            label=L(None, "triage", {
                "nombres": "José Gregorio Lugo", "telefono": e164("973 220 415"),
                "correo": "josegregoriolugo@hotmail.com",
                "motivo": "me salió un trabajo en Canadá"}))

    # ------------------------------------------------------------ 043
    html43 = ('<div dir="ltr">您好 / Buenos días.<div><br></div><div>Mi nombre es <b>Li Wei</b> (李伟), solicitante '
              'de refugio, nacionalidad china.</div><div>Pasaporte: EJ4471203</div><div>Teléfono: +51 931 004 228'
              '</div><div>Correo: <a href="mailto:liwei.pe2026@gmail.com">liwei.pe2026@gmail.com</a></div>'
              '<div><br></div><div>Solicito cambio de clave y contraseña. Gracias.</div><div>谢谢</div></div>\n')
    message(43, "cambio-clave-chino-gmail-html", mailbox=SOLI,
            received="2026-10-05T10:02:13", frm="Li Wei <liwei.pe2026@gmail.com>",
            subject="cambio de clave y contraseña",
            text=("您好 / Buenos días.\n\nMi nombre es Li Wei (李伟), solicitante de refugio, nacionalidad china.\n"
                  "Pasaporte: EJ4471203\nTeléfono: +51 931 004 228\nCorreo: liwei.pe2026@gmail.com\n\n"
                  "Solicito cambio de clave y contraseña. Gracias.\n谢谢\n"), html=html43,
            label=L("cambio_clave", "acuse", {
                "nombres": "Li Wei", "nacionalidad": "CN", "documento_identidad": "EJ4471203",
                "telefono": e164("+51 931 004 228"), "correo": "liwei.pe2026@gmail.com"}))

    # ------------------------------------------------------------ 044
    via44 = signed_pdf(
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)\n\n"
        "Nombres y apellidos: Daniela Alejandra Fuenmayor Ríos\n"
        "Carné de extranjería: 002201558\n"
        "Teléfono: +51 940 330 125\n"
        "Motivo del viaje: mi padre inicia quimioterapia en Bogotá y necesita acompañante\n"
        "Lugar de destino: Bogotá, Colombia\n"
        "Fecha de salida: 18-12-2026\n"
        "Fecha de retorno: 2027-01-08\n\n"
        "Lima, 6 de diciembre de 2026\n\nDaniela A. Fuenmayor R.\n",
        None, "DANIELA ALEJANDRA FUENMAYOR RIOS",
        when=dt.datetime(2026, 12, 6, 20, 0, tzinfo=dt.timezone.utc))
    message(44, "urgente-permiso-viaje-dia-no-laborable", mailbox=REFU,
            received="2026-12-07T09:30:45", frm="Daniela Fuenmayor <dfuenmayor.rios@gmail.com>",
            subject="URGENTE",
            text=("Buenos días, URGENTE por favor: solicito permiso de viaje, adjunto el documento firmado "
                  "digitalmente con todos mis datos. Gracias!!\n\nDaniela\n"),
            attachments=[("permiso_viaje_DFuenmayor.pdf", via44, PDF)],
            label=L("autorizacion_viaje", "acuse", {
                "nombres": "Daniela Alejandra Fuenmayor Ríos", "carne_extranjeria": "002201558",
                "telefono": e164("+51 940 330 125"), "destino": "Bogotá, Colombia",
                "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-08",
                "correo": "dfuenmayor.rios@gmail.com",
                "motivo": "mi padre inicia quimioterapia en Bogotá"},
                signature="valid"))

    # ------------------------------------------------------------ 045
    recon45 = signed_pdf(
        "Señores de la Comisión Especial para los Refugiados\n\n"
        "JESSENIA MARIBEL LOOR INTRIAGO, de nacionalidad ecuatoriana, cédula de identidad "
        "N° 130987654-3, teléfono +51 962 118 340, correo jessloor.i@gmail.com, interpongo RECURSO DE "
        "RECONSIDERACIÓN contra la resolución que denegó mi solicitud de refugio, la cual me fue "
        "notificada el 28 de octubre de 2026.\n\n"
        "Motivo: presento la denuncia que hice ante la Fiscalía de Manta por extorsión de la banda "
        "Los Choneros, que no pude obtener antes de mi entrevista.\n\n"
        "Lima, 8 de diciembre de 2026\n\nJessenia Loor Intriago\n",
        "RECURSO DE RECONSIDERACIÓN", "JESSENIA MARIBEL LOOR INTRIAGO",
        when=dt.datetime(2026, 12, 8, 15, 0, tzinfo=dt.timezone.utc))
    message(45, "reconsideracion-feriado-extemporanea", mailbox=MESA,
            received="2026-12-08T11:14:56", frm="Jessenia Loor <jessloor.i@gmail.com>",
            subject="Recurso de Reconsideración",
            text=("Buenos días, adjunto mi recurso de reconsideración con firma digital. Entiendo que hoy es "
                  "feriado, lo dejo enviado.\n\nJessenia Loor\n"),
            attachments=[("reconsideracion_loor.pdf", recon45, PDF)],
            label=L("reconsideracion", "cargo", {
                "nombres": "JESSENIA MARIBEL LOOR INTRIAGO", "nacionalidad": "EC",
                "documento_identidad": "1309876543", "telefono": e164("+51 962 118 340"),
                "correo": "jessloor.i@gmail.com",
                "motivo": "presento la denuncia que hice ante la Fiscalía de Manta"},
                signature="valid", flags=["extemporaneo"], notificado="2026-10-28"))

    # ------------------------------------------------------------ 046
    png46 = scan_image(["Lima, 27 December 2026", "", "RECURSO DE APELACION / APPEAL",
                        "Kwame Mensah Boateng - Passport G2234098"], fmt="PNG", sign_name="K. M. Boateng")
    message(46, "appeal-ghana-png-a-refugiados", mailbox=REFU,
            received="2026-12-28T10:20:33", frm="Kwame Boateng <kwame.boateng@yahoo.com>",
            relay="sonic313-14.consmr.mail.ir2.yahoo.com",
            subject="Appeal / Recurso de apelación",
            text=("Good morning / Buenos días,\n\nI file my appeal (recurso de apelación) against the resolution "
                  "that confirmed the rejection of my refugee claim. The signed letter is attached as image.\n\n"
                  "Reason / motivo: I am persecuted in Ghana because of my sexual orientation; the resolution "
                  "says I can relocate to Accra but the law criminalises people like me in all the country.\n\n"
                  "Full name: Kwame Mensah Boateng\nNationality: Ghanaian\nPassport: G2234098\nPhone: 951 660 718\n"
                  "Email: kwame.boateng@yahoo.com\n\nThank you,\nKwame\n"),
            attachments=[("signed_appeal.png", png46, PNG)],
            label=L("apelacion", "cargo", {
                "nombres": "Kwame Mensah Boateng", "nacionalidad": "GH", "documento_identidad": "G2234098",
                "telefono": e164("951 660 718"), "correo": "kwame.boateng@yahoo.com",
                "motivo": "I am persecuted in Ghana because of my sexual orientation"},
                signature="manuscrita", flags=["derivado", "verificar_firma"]))

    # ------------------------------------------------------------ 047
    message(47, "fwd-como-pedir-refugio-31-dic", mailbox=SOLI,
            received="2026-12-31T08:50:27", frm="Gina Vera <ginavera.m85@gmail.com>",
            subject="Fwd: como pedir refugio",
            text=("Buenos días, quiero presentar mi solicitud de refugio, mi prima me pasó este link pero no "
                  "me abre. Soy Gina Marisol Vera Mendoza, ecuatoriana, cédula 0923456781, celular 976 551 032.\n"
                  "Gracias y feliz año.\n\n"
                  "---------- Forwarded message ---------\n"
                  "De: Karina Mendoza <kari.mendoza@gmail.com>\n"
                  "Date: mar, 29 dic 2026 a las 21:40\nSubject: como pedir refugio\n"
                  "To: Gina Vera <ginavera.m85@gmail.com>\n\n"
                  "Prima para pedir refugio entras a http://portal.rree.gob.pe/refugiados/ y llenas el "
                  "formulario, así hice yo. Cualquier cosa me llamas al 955 321 987\n"),
            label=L("solicitud_refugio", "portal", {
                "nombres": "Gina Marisol Vera Mendoza", "nacionalidad": "EC",
                "documento_identidad": "0923456781", "telefono": e164("976 551 032"),
                "correo": "ginavera.m85@gmail.com"}))

    # ------------------------------------------------------------ 048
    message(48, "autorizacao-trabalho-portugues-mesa", mailbox=MESA,
            received="2027-01-04T09:15:40", frm="Carlos Salazar <carlos.salazar.m@gmail.com>",
            subject="Autorização de trabalho / autorización de trabajo",
            text=("Olá, boa tarde / buenas tardes.\n\nSou venezuelano, morei 4 anos no Brasil e agora estou em "
                  "Lima. Fiz minha solicitação de refúgio em dezembro e preciso da autorização de trabalho "
                  "(autorización de trabajo virtual). Como faço para gerar?\n\n"
                  "Nome: Carlos Eduardo Salazar Méndez\nPassaporte: 146003981\nTelefone: 921 004 557\n\n"
                  "Obrigado!\n"),
            label=L("autorizacion_trabajo", "portal", {
                "nombres": "Carlos Eduardo Salazar Méndez", "nacionalidad": "VE",
                "documento_identidad": "146003981", "telefono": e164("921 004 557"),
                "correo": "carlos.salazar.m@gmail.com"}))

    # ------------------------------------------------------------ 049
    message(49, "duplicado-ce-sirio-sin-denuncia-ni-sexo", mailbox=REFU,
            received="2027-01-25T11:40:18", frm="Rami Haddad <rami.haddad.lima@gmail.com>",
            subject="Solicitud duplicado carne de extranjeria",
            text=("Señores Comisión Especial para los Refugiados:\n\n"
                  "Yo, Rami Haddad, de nacionalidad siria, pasaporte N° N010293847, carné de extranjería "
                  "N° 000556712, fecha de nacimiento: 1987-03-15, teléfono 994 120 337, solicito el duplicado "
                  "de mi carné de extranjería por deterioro (se mojó y el chip ya no funciona).\n\n"
                  "La denuncia policial la adjuntaré cuando me la entreguen en la comisaría.\n\n"
                  "Atentamente,\nRami Haddad\n"),
            label=L("duplicado_carne_extranjeria", "subsanar", {
                "nombres": "Rami Haddad", "nacionalidad": "SY", "documento_identidad": "N010293847",
                "carne_extranjeria": "000556712", "fecha_nacimiento": "1987-03-15",
                "telefono": e164("994 120 337"), "correo": "rami.haddad.lima@gmail.com",
                "motivo": "deterioro"},
                missing=["denuncia_policial", "sexo"]))

    # ------------------------------------------------------------ 050
    ren50 = signed_pdf(
        "Señores\nComisión Especial para los Refugiados\n\n"
        "REINIER ALBERTO MATOS LEYVA, de nacionalidad cubana, pasaporte N° J223344, refugiado reconocido "
        "por el Estado peruano, teléfono +51 947 112 905, por medio del presente RENUNCIO a la condición "
        "de refugiado.\n\n"
        "Motivo: he adquirido la nacionalidad española por ser nieto de españoles y ya no necesito la "
        "protección internacional.\n\n"
        "Lima, 30 de octubre de 2026\n\nReinier A. Matos Leyva\n",
        "RENUNCIA A LA CONDICIÓN DE REFUGIADO", "REINIER ALBERTO MATOS LEYVA",
        when=dt.datetime(2026, 10, 30, 22, 0, tzinfo=dt.timezone.utc))
    message(50, "renuncia-reconocido-sin-ce-viernes-tarde", mailbox=MESA,
            received="2026-10-30T18:05:29", frm="Reinier Matos <reiniermatos@gmail.com>",
            subject="RENUNCIA AL ESTATUTO DE REFUGIADO",
            text="Buenas tardes, adjunto mi renuncia firmada digitalmente.\nReinier\n",
            attachments=[("renuncia_matos.pdf", ren50, PDF)],
            label=L("renuncia", "subsanar", {
                "nombres": "REINIER ALBERTO MATOS LEYVA", "nacionalidad": "CU",
                "documento_identidad": "J223344", "telefono": e164("+51 947 112 905"),
                "correo": "reiniermatos@gmail.com",
                "motivo": "he adquirido la nacionalidad española"},
                missing=["carne_extranjeria"], signature="valid", reconocido=True))

    # ------------------------------------------------------------ 051
    message(51, "sin-asunto-actualizacion-ecuatoriana", mailbox=SOLI,
            received=f"{M}T06:30:11", frm="Mercedes Cedeno <mercedes.cedeno@hotmail.com>",
            relay="mail-dm3nam02olkn2055.outbound.protection.outlook.com",
            subject="",
            text=("Buenos días, escribo para la actualización de datos de contacto.\n\n"
                  "Nombre completo: Mercedes Alexandra Cedeño Zambrano\nNacionalidad: ecuatoriana\n"
                  "Cédula: 131245678-9\nTeléfono nuevo: 963 775 120\nCorreo: mercedes.cedeno@hotmail.com\n\n"
                  "Mi hijo Mateo (peruano, DNI 81555222) también vive conmigo en la misma dirección.\n\n"
                  "Gracias.\n"),
            label=L("actualizacion_datos", "acuse", {
                "nombres": "Mercedes Alexandra Cedeño Zambrano", "nacionalidad": "EC",
                "documento_identidad": "1312456789", "telefono": e164("963 775 120"),
                "correo": "mercedes.cedeno@hotmail.com"}))

    # ------------------------------------------------------------ 052
    recon52 = text_pdf(
        "Señores\nComisión Especial para los Refugiados\n\n"
        "PEDRO LUIS MONTILLA ARAUJO, venezolano, pasaporte N° 127334509,\n"
        "teléfono 916 228 774, correo pedromontilla.a@gmail.com,\n"
        "presento RECURSO DE RECONSIDERACIÓN contra la resolución que denegó mi solicitud.\n\n"
        "Motivo: adjunto como nueva prueba la constancia del colectivo de derechos humanos que documentó "
        "mi detención arbitraria en Valencia en 2024.\n\n"
        "Lima, 16 de noviembre de 2026\n\nPedro Luis Montilla Araujo\n",
        "RECURSO DE RECONSIDERACIÓN")
    message(52, "consulta-reconsideracion-pdf-texto-y-foto-pasaporte", mailbox=MESA,
            received=f"{M}T14:50:23", frm="Pedro Montilla <pedromontilla.a@gmail.com>",
            subject="Consulta",
            text=("Buenas tardes, presento mi recurso de reconsideración. Adjunto el escrito y la foto de mi "
                  "pasaporte.\n\nPedro Montilla\n"),
            attachments=[("reconsideracion_montilla.pdf", recon52, PDF),
                         ("pasaporte.jpg", scan_image(["REPUBLICA BOLIVARIANA DE VENEZUELA", "PASAPORTE",
                                                       "127334509"], sign_name="P. Montilla"), JPG)],
            label=L("reconsideracion", "cargo", {
                "nombres": "PEDRO LUIS MONTILLA ARAUJO", "nacionalidad": "VE",
                "documento_identidad": "127334509", "telefono": e164("916 228 774"),
                "correo": "pedromontilla.a@gmail.com",
                "motivo": "adjunto como nueva prueba la constancia"},
                signature="manuscrita", flags=["verificar_firma"]))

    # ------------------------------------------------------------ 053
    message(53, "no-reply-casilla-electronica", mailbox=REFU,
            received=f"{M}T07:05:00", frm="Casilla Electronica <no-reply@notificaciones-casilla.pe>",
            relay="smtp.notificaciones-casilla.pe",
            subject="Nueva notificación en su Casilla Electrónica",
            text=("Estimado usuario:\n\nUsted tiene una nueva notificación en su Casilla Electrónica. "
                  "Ingrese con su usuario y clave para visualizarla.\n\nEste es un mensaje automático, por "
                  "favor no responda.\n"),
            label=L(None, "ignorado", {}))

    # ------------------------------------------------------------ 054
    message(54, "prorroga-a-los-tres-buzones-sabado", mailbox=REFU,
            received="2026-11-14T15:20:44", frm="Alexis Pena <alexispena.duvergel@gmail.com>",
            to=f"{MESA}, {SOLI}, {REFU}",
            subject="PRORROGA DE RESIDENCIA URGENTE!!!",
            text=("Buenas tardes, les escribo a los tres correos porque no sé cuál es el correcto.\n\n"
                  "Solicito prórroga de residencia porque mi carnet vence el 30 de noviembre.\n\n"
                  "NOMBRE: Alexis Ramón Peña Duvergel\nSEXO: M\nNACIONALIDAD: Cubana\n"
                  "CARNET DE IDENTIDAD: 80031509872\nCARNE DE EXTRANJERIA: 001456098\n"
                  "FECHA DE NACIMIENTO: 15 de marzo de 1980\nWSP: +53 5 2345678\n\n"
                  "Tengo una hija peruana que nació el 2 de febrero de 2024.\n\nAlexis\n"),
            label=L("prorroga_residencia", "acuse", {
                "nombres": "Alexis Ramón Peña Duvergel", "sexo": "M", "nacionalidad": "CU",
                "documento_identidad": "80031509872", "carne_extranjeria": "001456098",
                "fecha_nacimiento": "1980-03-15", "telefono": e164("+53 5 2345678"),
                "correo": "alexispena.duvergel@gmail.com",
                "motivo": "mi carnet vence el 30 de noviembre"}))

    # ------------------------------------------------------------ 055
    message(55, "prorroga-hija-escribe-por-su-padre", mailbox=REFU,
            received=f"{M}T10:20:37", frm="Carolina Silva <carosilvamarin@gmail.com>",
            subject="Prórroga de residencia de mi papá",
            text=("Buenos días.\n\nMi nombre es Carolina Silva Marín, C.I. V-18.223.445, y escribo en nombre de "
                  "mi papá, que tiene 74 años y no maneja correo. Él es refugiado reconocido y necesita la "
                  "prórroga de residencia. Sus datos:\n\n"
                  "Nombre: Ramón Antonio Silva Quintero\nSexo: masculino\nNacionalidad: venezolana\n"
                  "Pasaporte: 089554123\nCarné de extranjería: 000334215\n"
                  "Fecha de nacimiento: 25 de diciembre de 1951\n\n"
                  "Mi papá no tiene celular, el contacto es el mío: 987 002 341.\n\n"
                  "Muchas gracias,\nCarolina\n"),
            label=L("prorroga_residencia", "acuse", {
                "nombres": "Ramón Antonio Silva Quintero", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "089554123", "carne_extranjeria": "000334215",
                "fecha_nacimiento": "1951-12-25", "telefono": e164("987 002 341"),
                "correo": "carosilvamarin@gmail.com"}))


if __name__ == "__main__":
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    build_all()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as lf:
        for fname, b, lab in OUT:
            with open(os.path.join(HERE, fname), "wb") as f:
                f.write(b)
            lf.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(OUT), "messages written")
