#!/usr/bin/env python3
"""Build round59: a busy month of mail at the CEPR intake mailboxes.

Writes NNN-slug.eml files, labels.jsonl and checks every hand label against
the rules of INTAKE.md (missing, outcome, flags, signature, dates).
Run with the r59 venv:  /work/rounds/.venv-r59/bin/python build.py
"""
import datetime as dt
import io
import json
import logging
import math
import random
import sys
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import holidays
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from fpdf import FPDF
from pypdf import PdfReader

logging.disable(logging.CRITICAL)
import warnings
warnings.filterwarnings("ignore")

OUT = Path(__file__).resolve().parent
random.seed(59)

# --------------------------------------------------------------------------
# Calendar (must match config.toml)
# --------------------------------------------------------------------------
LIMA = dt.timezone(dt.timedelta(hours=-5))
UTC = dt.timezone.utc
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 11, 27), dt.date(2026, 12, 7), dt.date(2026, 12, 24)}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])


def is_bd(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NON_WORKING


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def add_bd(d, n):
    """n-th business day counted from the first business day after d."""
    for _ in range(n):
        d = next_bd(d)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_bd(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


# --------------------------------------------------------------------------
# Procedures (INTAKE.md section 1)
# --------------------------------------------------------------------------
S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}
HOME = {
    "carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
    "reconsideracion": M, "apelacion": M, "renuncia": M,
    "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R,
}
REQ = {
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}
FIRMA_PROCS = {p for p, r in REQ.items() if "firma" in r}

# --------------------------------------------------------------------------
# Documents: PDFs, scans, signatures
# --------------------------------------------------------------------------
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def text_pdf(lines, sig_image=None, title=None):
    """Text-layer PDF (core font, latin-1 only). Optional pasted signature image."""
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.set_creator("Microsoft Word")
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        line.encode("latin-1")  # fail loudly on characters the core font lacks
        if line == "":
            pdf.ln(4)
            continue
        if line.startswith("#"):
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, line[1:].strip(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=11)
            continue
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    if sig_image is not None:
        pdf.image(io.BytesIO(sig_image), x=pdf.get_x() + 5, y=pdf.get_y() + 2, w=55)
    return bytes(pdf.output())


def squiggle(draw, x0, y0, w=330, h=70, seed=0, width=4):
    rnd = random.Random(seed)
    pts = []
    for i in range(60):
        t = i / 59
        x = x0 + t * w
        y = y0 + math.sin(t * rnd.uniform(9, 16)) * h * 0.4 + rnd.uniform(-h * 0.2, h * 0.2)
        pts.append((x, y))
    draw.line(pts, fill=(20, 30, 110), width=width, joint="curve")
    draw.line([(x0 + w * 0.1, y0 + h * 0.55), (x0 + w * 0.95, y0 + h * 0.35)], fill=(20, 30, 110), width=width - 1)


def signature_png(seed):
    im = Image.new("RGB", (420, 140), (255, 255, 255))
    squiggle(ImageDraw.Draw(im), 40, 60, seed=seed)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def scan_image(lines, seed=1, fmt="JPEG", size=(1240, 1754), sign=True, font=SERIF, fs=28, tilt=0.6):
    """A page 'photographed' or scanned: text drawn into pixels, no text layer."""
    im = Image.new("RGB", size, (246, 244, 236))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(font, fs)
    y = 110
    for line in lines:
        d.text((100, y), line, font=f, fill=(35, 35, 45))
        y += int(fs * 1.6)
    if sign:
        squiggle(d, 120, y + 40, seed=seed)
    rnd = random.Random(seed)
    for _ in range(2500):
        x, yy = rnd.randrange(size[0]), rnd.randrange(size[1])
        d.point((x, yy), fill=(200, 200, 190))
    im = im.rotate(tilt, expand=False, fillcolor=(230, 230, 225)).filter(ImageFilter.GaussianBlur(0.6))
    b = io.BytesIO()
    im.save(b, fmt, quality=72) if fmt == "JPEG" else im.save(b, fmt)
    return b.getvalue()


def image_only_pdf(jpeg_bytes):
    pdf = FPDF()
    pdf.set_creator("CamScanner")
    pdf.add_page()
    pdf.image(io.BytesIO(jpeg_bytes), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def _signer(cn):
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from asn1crypto import keys as ak, x509 as ax
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    start = dt.datetime(2026, 1, 1, tzinfo=UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    acert = ax.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    akey = ak.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER,
                                                    serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    return signers.SimpleSigner(signing_cert=acert, signing_key=akey,
                                cert_registry=SimpleCertificateStore.from_certs([acert]))


def sign_pdf(pdf_bytes, cn, reason="Firma del recurrente"):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = io.BytesIO()
    signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma1", reason=reason,
                                                     location="Lima, Peru"),
                     signer=_signer(cn), output=out)
    return out.getvalue()


def sig_state(pdf_bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes))
    if not r.embedded_signatures:
        return None
    st = validate_pdf_signature(r.embedded_signatures[0])
    return st.intact and st.valid


def alter(signed, old, new):
    assert len(old) == len(new) and signed.count(old) == 1, (old, signed.count(old))
    out = signed.replace(old, new)
    assert sig_state(out) is False
    return out


def pdf_text(b):
    return "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(b)).pages)


# --------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------
MX = {
    "gmail.com": ("mail-sor-f{n}.google.com", "209.85.220.{n}"),
    "hotmail.com": ("BN{n}PR0101.outbound.protection.outlook.com", "40.92.18.{n}"),
    "outlook.com": ("SA{n}PR0301.outbound.protection.outlook.com", "40.92.41.{n}"),
    "yahoo.com": ("sonic3{n}.consmr.mail.ne1.yahoo.com", "66.163.187.{n}"),
    "yahoo.fr": ("sonic3{n}.consmr.mail.ir2.yahoo.com", "77.238.177.{n}"),
}

MESSAGES = []


def add(slug, *, box, frm, subject, received, body=None, html=None, attachments=(),
        to=None, cc=None, delivered=True, date_tz=-5, date_lag=40, utc_received=False,
        extra_headers=(), raw=None, label, notif=None, recognised=False, denuncia=False,
        machine=False, style=""):
    MESSAGES.append(dict(slug=slug, box=box, frm=frm, subject=subject, received=received,
                         body=body, html=html, attachments=list(attachments), to=to, cc=cc,
                         delivered=delivered, date_tz=date_tz, date_lag=date_lag,
                         utc_received=utc_received, extra_headers=list(extra_headers),
                         raw=raw, label=label, notif=notif, recognised=recognised,
                         denuncia=denuncia, machine=machine, style=style))


def addr_of(frm):
    return frm.split("<")[-1].rstrip(">").strip()


def received_headers(m, rec):
    sender = addr_of(m["frm"])
    dom = sender.split("@")[1].lower()
    n = random.randint(10, 99)
    host, ip = MX.get(dom, ("mail.{d}".format(d=dom), "190.12.{n}.{n}"))
    host, ip = host.format(n=n), ip.format(n=n)
    hid = "".join(random.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz") for _ in range(12))
    stamp = rec.astimezone(UTC) if m["utc_received"] else rec.astimezone(LIMA)
    top = ("by buzon.rree.gob.pe (Dovecot) with LMTP id {hid}; {d}"
           .format(hid=hid.lower(), d=format_datetime(stamp)))
    earlier = rec - dt.timedelta(seconds=random.randint(2, 9))
    stamp2 = earlier.astimezone(UTC) if m["utc_received"] else earlier.astimezone(LIMA)
    second = ("from {h} ({h} [{ip}]) by mx1.rree.gob.pe (Postfix) with ESMTPS id {hid} "
              "for <{box}>; {d}".format(h=host, ip=ip, hid=hid, box=m["box"], d=format_datetime(stamp2)))
    return [top, second]


def build_message(m):
    rec = m["received"]
    if m["raw"] is not None:
        hdrs = received_headers(m, rec)
        head = "Delivered-To: {}\n".format(m["box"])
        head += "".join("Received: {}\n".format(h) for h in hdrs)
        return (head + m["raw"]).encode("utf-8")
    msg = EmailMessage(policy=policy.SMTP)
    if m["delivered"]:
        msg["Delivered-To"] = m["box"]
    for h in received_headers(m, rec):
        msg["Received"] = h
    sent = (rec - dt.timedelta(seconds=m["date_lag"])).astimezone(
        dt.timezone(dt.timedelta(hours=m["date_tz"])))
    msg["Date"] = format_datetime(sent)
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or m["box"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    import hashlib
    h = hashlib.sha1(m["slug"].encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (rec.strftime("%Y%m%d%H%M%S"), h[:16],
                                         addr_of(m["frm"]).split("@")[1])
    for k, v in m["extra_headers"]:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if m["body"] is not None:
        msg.set_content(m["body"])
        if m["html"] is not None:
            msg.add_alternative(m["html"], subtype="html")
    elif m["html"] is not None:
        msg.set_content(m["html"], subtype="html")
    for fname, data, kind in m["attachments"]:
        maintype, subtype = {"pdf": ("application", "pdf"), "jpg": ("image", "jpeg"),
                             "png": ("image", "png")}[fname.rsplit(".", 1)[1].lower()]
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg.as_bytes()


# --------------------------------------------------------------------------
# Helpers for dates
# --------------------------------------------------------------------------
def L(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)


def lab(procedure, fields, missing, signature, outcome, flags=()):
    return dict(procedure=procedure, fields=fields, missing=list(missing), signature=signature,
                outcome=outcome, flags=list(flags))


# ==========================================================================
# THE MESSAGES
# ==========================================================================

# ---- October: a couple of early ones -------------------------------------
add("renuncia-texto-sin-firma-feriado",
    style="prose in the body, signature typed, sent on a holiday",
    box=M, frm="Ana Teresa Villalobos <anateresa.villalobos@gmail.com>",
    subject="Renuncia",
    received=L(2026, 10, 8, 11, 3, 17), date_tz=-5,
    body="""Señores
Comisión Especial para los Refugiados
Presente.-

Yo, Ana Teresa Villalobos Nieves, de nacionalidad venezolana, pasaporte N° 128774610, refugiada reconocida con carné de extranjería N° 000587920, me dirijo a ustedes para comunicarles mi decisión de RENUNCIAR a la condición de refugiada.

El motivo es que contraje matrimonio con un ciudadano español y me mudo a Madrid en el mes de diciembre, donde tramitaré mi residencia como familiar comunitario.

Pueden comunicarse conmigo al 922 640 311.

Atentamente,

Ana Teresa Villalobos Nieves
(firma)
""",
    label=lab("renuncia",
              {"nombres": "Ana Teresa Villalobos Nieves", "nacionalidad": "VE",
               "documento_identidad": "128774610", "carne_extranjeria": "000587920",
               "telefono": "+51922640311", "correo": "anateresa.villalobos@gmail.com",
               "motivo": "contraje matrimonio con un ciudadano español y me mudo a Madrid en el mes de diciembre"},
              ["firma"], "absent", "subsanar"),
    recognised=True)

add("entrevista-registro-octubre-sin-cita",
    style="short complaint, all lower case",
    box=S, frm="jhonny peraza <jhonnyperaza77@gmail.com>",
    subject="entrevista de registro??",
    received=L(2026, 10, 21, 9, 40, 51),
    body="""buenas. hace 4 meses registre mi solicitud en linea y todavia no me llega la cita para la entrevista de registro, ya revise el spam y nada. mi expediente es 2026-LIM-04417

jhonny alexander peraza
972 003 118
""",
    label=lab("entrevista_registro",
              {"nombres": "jhonny alexander peraza", "telefono": "+51972003118",
               "correo": "jhonnyperaza77@gmail.com"},
              [], "not_required", "portal"))

# ---- The busy month: 16 November - 18 December ---------------------------
add("actualizacion-datos-lista-completa",
    style="labelled list, formal greeting",
    box=S, frm="Yeni Márquez <yenimarquez.88@gmail.com>",
    subject="Actualización de datos",
    received=L(2026, 11, 16, 9, 14, 22),
    body="""Buenos días, señores de la Comisión.

Por medio del presente solicito la actualización de mis datos de contacto:

Nombres y Apellidos: Yenifer Carolina Márquez Rondón
Nacionalidad: Venezolana
Cédula de identidad: V-19.884.302
Nuevo teléfono: 924 318 577
Nueva dirección: Jr. Los Jazmines 412, San Juan de Lurigancho
Correo: yenimarquez.88@gmail.com

Agradezco de antemano su atención.
Yenifer Márquez
""",
    label=lab("actualizacion_datos",
              {"nombres": "Yenifer Carolina Márquez Rondón", "nacionalidad": "VE",
               "documento_identidad": "V19884302", "telefono": "+51924318577",
               "correo": "yenimarquez.88@gmail.com"},
              [], "not_required", "acuse"))

add("cambio-clave-desde-celular-sin-documento",
    style="phone one-liner after office hours",
    box=S, frm="Ray <rayner.c.fdez@hotmail.com>",
    subject="cambio de contraseña",
    received=L(2026, 11, 16, 22, 47, 10), date_tz=-5, date_lag=12,
    body="""buenas tardes necesito el cambio de clave del sistema de refugiados, Rayner Castillo Fernández cel 951 200 643

Enviado desde mi iPhone
""",
    label=lab("cambio_clave",
              {"nombres": "Rayner Castillo Fernández", "telefono": "+51951200643",
               "correo": "rayner.c.fdez@hotmail.com"},
              ["documento_identidad"], "not_required", "subsanar"))

# apelacion by a lawyer, signed PDF holds the data
AP_PACHECO = text_pdf([
    "# ESCRITO N° 01",
    "SUMILLA: Interpongo Recurso de Apelación",
    "",
    "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
    "",
    "LUIS ALBERTO PACHECO BRITO, de nacionalidad venezolana,",
    "identificado con pasaporte N° 118934562,",
    "teléfono 987 102 455, correo electrónico luispacheco.b@gmail.com,",
    "con domicilio en Av. Arequipa 3120, dpto. 402, San Isidro, Lima,",
    "ante ustedes respetuosamente me presento y digo:",
    "",
    "Que, dentro del plazo de ley, interpongo RECURSO DE APELACIÓN contra la",
    "Resolución N° 02417-2026-CEPR/SE, notificada el 5 de noviembre de 2026, que",
    "confirma la denegatoria de mi solicitud, por los fundamentos siguientes:",
    "",
    "FUNDAMENTOS:",
    "La resolución impugnada no valoró el informe psicológico ni las denuncias que "
    "presenté ante la Fiscalía venezolana por las amenazas de un colectivo armado en "
    "Petare; tampoco motivó por qué mi testimonio carecería de credibilidad, lo que "
    "vulnera el debido procedimiento.",
    "",
    "POR TANTO: Solicito se eleve el expediente al superior y se revoque la resolución.",
    "",
    "Lima, 16 de noviembre de 2026",
    "",
    "Luis Alberto Pacheco Brito",
    "Abogada patrocinante: Carmen Salazar Vega - CAL 45123",
], title="Recurso de Apelacion")
add("apelacion-abogada-pdf-firmado",
    style="lawyer's formal cover letter; all applicant data only in the signed PDF",
    box=M, frm="Carmen Salazar Vega <csalazar@salazarrios-abogados.pe>",
    cc="Luis Pacheco <luispacheco.b@gmail.com>",
    subject="RECURSO DE APELACIÓN - LUIS ALBERTO PACHECO BRITO",
    received=L(2026, 11, 17, 11, 5, 40),
    body="""Señores
Mesa de Partes Virtual
Ministerio de Relaciones Exteriores

De mi consideración:

Por especial encargo de mi patrocinado, remito adjunto el escrito de apelación contra la Resolución N° 02417-2026-CEPR/SE, debidamente firmado con firma digital por el recurrente. Solicito se sirvan remitir el cargo de recepción a esta dirección y al correo del recurrente indicado en el escrito.

Atentamente,

Dra. Carmen Salazar Vega
Abogada - CAL 45123
Salazar & Ríos Abogados
Telf. (01) 442-1870
""",
    attachments=[("apelacion_pacheco_firmado.pdf", sign_pdf(AP_PACHECO, "LUIS ALBERTO PACHECO BRITO"), "signed")],
    label=lab("apelacion",
              {"nombres": "Luis Alberto Pacheco Brito", "nacionalidad": "VE",
               "documento_identidad": "118934562", "telefono": "+51987102455",
               "correo": "luispacheco.b@gmail.com",
               "motivo": "La resolución impugnada no valoró el informe psicológico ni las denuncias que presenté ante la Fiscalía venezolana"},
              [], "valid", "cargo"),
    notif=dt.date(2026, 11, 5))

add("prorroga-residencia-tabla-html",
    style="HTML-only message with a table; Received stamped in UTC",
    box=R, frm="Diana Patricia Ortiz <dportiz.co@yahoo.com>",
    subject="PRORROGA DE RESIDENCIA - DIANA ORTIZ",
    received=L(2026, 11, 17, 15, 40, 3), utc_received=True, date_tz=-5,
    html="""<html><body style="font-family:Arial">
<p>Se&ntilde;ores Refugiados:</p>
<p>Solicito la pr&oacute;rroga anual de mi residencia. Mis datos son los siguientes:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Nombres y apellidos</b></td><td>Diana Patricia Ortiz Cárdenas</td></tr>
<tr><td><b>Sexo</b></td><td>Femenino</td></tr>
<tr><td><b>Nacionalidad</b></td><td>Colombiana</td></tr>
<tr><td><b>C&eacute;dula de ciudadan&iacute;a</b></td><td>1.094.556.781</td></tr>
<tr><td><b>Carn&eacute; de extranjer&iacute;a</b></td><td>000734129</td></tr>
<tr><td><b>Fecha de nacimiento</b></td><td>07/09/1985</td></tr>
<tr><td><b>Celular</b></td><td>+51 933 471 206</td></tr>
</table>
<p>Muchas gracias.<br>Diana</p>
</body></html>
""",
    label=lab("prorroga_residencia",
              {"nombres": "Diana Patricia Ortiz Cárdenas", "sexo": "F", "nacionalidad": "CO",
               "documento_identidad": "1094556781", "carne_extranjeria": "000734129",
               "fecha_nacimiento": "1985-09-07", "telefono": "+51933471206",
               "correo": "dportiz.co@yahoo.com"},
              [], "not_required", "acuse"),
    recognised=True)

# renuncia: typed letter with a pasted image of the handwritten signature
REN_GUERRERO = text_pdf([
    "Lima, 17 de noviembre de 2026",
    "",
    "Señores",
    "Secretaría Ejecutiva de la Comisión Especial para los Refugiados",
    "",
    "Asunto: Renuncia a la condición de refugiado",
    "",
    "Yo, José Gregorio Guerrero Lugo, venezolano, cédula V-9.412.778,",
    "Carné de Extranjería N° 000481526, les comunico que renuncio a la",
    "condición de refugiado que me fue reconocida en el año 2021.",
    "",
    "Motivo: regreso a Venezuela porque mi madre está muy enferma y quiero estar con mi familia.",
    "",
    "Atentamente,",
], sig_image=signature_png(6))
add("renuncia-refugiado-pdf-con-firma-pegada",
    style="short body list plus typed letter with a pasted image of the signature",
    box=M, frm="Jose Gregorio <jgguerrero1970@gmail.com>",
    subject="RENUNCIA",
    received=L(2026, 11, 18, 8, 31, 55), date_tz=-4, date_lag=70,
    body="""Buenos dias. Adjunto mi carta de renuncia a la condición de refugiado con mi firma.

Nombre: José Gregorio Guerrero Lugo
Nacionalidad: venezolano
Cédula: V-9.412.778
Carné de Extranjería N° 000481526
Telf: 955-610-284

Gracias
""",
    attachments=[("carta_renuncia.pdf", REN_GUERRERO, "textimgpdf")],
    label=lab("renuncia",
              {"nombres": "José Gregorio Guerrero Lugo", "nacionalidad": "VE",
               "documento_identidad": "V9412778", "carne_extranjeria": "000481526",
               "telefono": "+51955610284", "correo": "jgguerrero1970@gmail.com",
               "motivo": "regreso a Venezuela porque mi madre está muy enferma y quiero estar con mi familia"},
              [], "manuscrita", "acuse", ["verificar_firma"]),
    recognised=True)

DEN_PINTO = text_pdf([
    "# POLICÍA NACIONAL DEL PERÚ",
    "REGIÓN POLICIAL LIMA - COMISARÍA PNP LA VICTORIA",
    "",
    "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 18844-2026",
    "",
    "Siendo las 18:20 horas del 14 de noviembre de 2026 se presentó a esta dependencia",
    "la ciudadana extranjera MARISELA DEL VALLE PINTO AGUILERA, con Carné de",
    "Extranjería N° 000655903, quien denuncia el robo de su cartera conteniendo el",
    "citado carné, hecho ocurrido en el jirón Gamarra, distrito de La Victoria.",
    "",
    "Se expide la presente a solicitud de la interesada para los fines que estime.",
    "",
    "Instructor: S3 PNP R. Huamán C.",
])
add("duplicado-carne-extranjeria-completo-denuncia-pdf",
    style="prose, police report attached as PDF, two minutes before office close",
    box=R, frm="Marisela Pinto <marisela.pinto.ec@outlook.com>",
    subject="Duplicado de carné de extranjería",
    received=L(2026, 11, 18, 16, 29, 12),
    body="""Estimados señores:

Me dirijo a ustedes para solicitar el duplicado de mi carné de extranjería N° 000655903, el cual me fue robado el sábado 14 de noviembre en el jirón Gamarra. Adjunto la denuncia policial.

Mis datos son: Marisela del Valle Pinto Aguilera, de sexo femenino, nacionalidad venezolana, pasaporte N° 107744512, nacida el 12 de febrero de 1979. Mi número de teléfono es +51 976 338 120.

Quedo atenta a su respuesta.
Marisela Pinto
""",
    attachments=[("denuncia_policial_PNP.pdf", DEN_PINTO, "textpdf")],
    label=lab("duplicado_carne_extranjeria",
              {"nombres": "Marisela del Valle Pinto Aguilera", "sexo": "F", "nacionalidad": "VE",
               "documento_identidad": "107744512", "carne_extranjeria": "000655903",
               "fecha_nacimiento": "1979-02-12", "telefono": "+51976338120",
               "correo": "marisela.pinto.ec@outlook.com",
               "motivo": "me fue robado el sábado 14 de noviembre en el jirón Gamarra"},
              [], "not_required", "acuse"),
    recognised=True, denuncia=True)

VIAJE_MOSQUERA = text_pdf([
    "# SOLICITUD DE AUTORIZACIÓN DE VIAJE",
    "",
    "Señores",
    "Secretaría Ejecutiva - Comisión Especial para los Refugiados",
    "",
    "Yo, Andrés Felipe Mosquera Palacios, refugiado reconocido,",
    "con Carné de Extranjería N° 000588231, teléfono 987 445 019,",
    "solicito autorización para viajar con carácter de urgencia.",
    "",
    "Lugar de destino: Cali, Colombia",
    "Motivo: fallecimiento de mi padre y asistencia a su sepelio.",
    "Fecha de salida: 2 de diciembre de 2026",
    "Fecha de retorno: 16 de diciembre de 2026",
    "",
    "Lima, 19 de noviembre de 2026",
    "",
    "Andrés Felipe Mosquera Palacios",
])
add("autorizacion-viaje-pdf-firmado-digital",
    style="two-line body; everything in the digitally signed PDF",
    box=R, frm="Andres Mosquera <andresmosquera.p@gmail.com>",
    subject="Autorizacion de viaje URGENTE",
    received=L(2026, 11, 19, 12, 0, 31), utc_received=True,
    body="""Buenas tardes, adjunto solicitud de autorización de viaje firmada digitalmente. Es urgente.
Quedo atento.
""",
    attachments=[("solicitud_viaje_firmada.pdf", sign_pdf(VIAJE_MOSQUERA, "ANDRES FELIPE MOSQUERA PALACIOS"), "signed")],
    label=lab("autorizacion_viaje",
              {"nombres": "Andrés Felipe Mosquera Palacios", "carne_extranjeria": "000588231",
               "telefono": "+51987445019", "destino": "Cali, Colombia",
               "motivo": "fallecimiento de mi padre y asistencia a su sepelio",
               "fecha_salida": "2026-12-02", "fecha_retorno": "2026-12-16",
               "correo": "andresmosquera.p@gmail.com"},
              [], "valid", "acuse"),
    recognised=True)

add("carne-solicitante-pregunta",
    style="one paragraph, after office hours",
    box=S, frm="Keila <keilarodriguez_22@hotmail.com>",
    subject="Carné de solicitante",
    received=L(2026, 11, 19, 17, 45, 2),
    body="""Hola buenas tardes, quisiera saber cómo obtener mi carné de solicitante de refugio, ya hice la entrevista en setiembre y me dijeron que me llegaría un correo. Keila Rodríguez Salas, pasaporte 125663098, cel 923-887-114. Gracias!!
""",
    label=lab("carne_solicitante",
              {"nombres": "Keila Rodríguez Salas", "documento_identidad": "125663098",
               "telefono": "+51923887114", "correo": "keilarodriguez_22@hotmail.com"},
              [], "not_required", "suspendido"))

add("ignorado-autorespuesta-buzon-institucional",
    style="auto-reply of a sister mailbox (mail loop guard)",
    box=M, frm="Refugiados - CEPR <refugiados@rree.gob.pe>",
    subject="Respuesta automática: Consulta",
    received=L(2026, 11, 19, 17, 46, 40), date_lag=3,
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Gracias por escribir a refugiados@rree.gob.pe.

Este buzón atiende únicamente Prórroga de Residencia, Duplicado de Carné de Extranjería y Autorización de Viaje. Su mensaje ha sido recibido y será atendido en el orden de llegada.

Secretaría Ejecutiva de la Comisión Especial para los Refugiados
""",
    label=lab(None, {}, [], "not_required", "ignorado"), machine=True)

add("triage-consulta-estado-expediente",
    style="vague subject, status question",
    box=S, frm="Nelson Bermudez <nelsonbermudez.ve@gmail.com>",
    subject="Consulta",
    received=L(2026, 11, 20, 9, 2, 44),
    body="""Buenos días, quisiera saber en qué estado se encuentra mi expediente N° 2023-08841, presenté todo en el 2023 y hasta ahora no he tenido respuesta.

Nelson Bermúdez
cédula V-17.332.905
teléfono 940 118 276
""",
    label=lab(None,
              {"nombres": "Nelson Bermúdez", "documento_identidad": "V17332905",
               "telefono": "+51940118276", "correo": "nelsonbermudez.ve@gmail.com"},
              [], "not_required", "triage"))

REC_KIALA = text_pdf([
    "# RECURSO DE RECONSIDERAÇÃO",
    "",
    "Exmos. Senhores da Comissão Especial para os Refugiados",
    "",
    "Eu, Domingos Manuel Kiala, de nacionalidade angolana,",
    "portador do passaporte N° N2284519,",
    "telefone +51 961 207 538, e-mail domingoskiala.ao@gmail.com,",
    "venho apresentar Recurso de Reconsideração contra a Resolução",
    "N° 03112-2026-CEPR/SE que negou o meu pedido.",
    "",
    "Motivo: apresento prova nova que não foi considerada, a declaração da organização",
    "de direitos humanos de Cabinda que confirma a perseguição política que sofri",
    "por ser membro de uma associação de estudantes.",
    "",
    "Lima, 20 de novembro de 2026",
    "",
    "Domingos Manuel Kiala",
])
add("reconsideracion-portugues-pdf-sin-firma",
    style="Portuguese; text-only PDF with typed name; Date before close, Received after",
    box=M, frm="Domingos <domingoskiala.ao@gmail.com>",
    subject="Recurso de Reconsideración - Kiala",
    received=L(2026, 11, 20, 16, 45, 9), date_lag=25 * 60,
    body="""Prezados senhores,

Envio em anexo o meu Recurso de Reconsideração. Os meus dados estão no documento.

Atenciosamente,
""",
    attachments=[("Recurso_Reconsideracao.pdf", REC_KIALA, "textpdf")],
    label=lab("reconsideracion",
              {"nombres": "Domingos Manuel Kiala", "nacionalidad": "AO",
               "documento_identidad": "N2284519", "telefono": "+51961207538",
               "correo": "domingoskiala.ao@gmail.com",
               "motivo": "apresento prova nova que não foi considerada"},
              ["firma"], "absent", "subsanar"))

add("solicitud-refugio-creole",
    style="Haitian Creole, Saturday",
    box=M, frm="Wilner <wilnerjeanbaptiste509@gmail.com>",
    subject="Solicitud de refugio",
    received=L(2026, 11, 21, 10, 12, 37),
    body="""Bonjou,

Mwen rele Wilner Jean-Baptiste, mwen se ayisyen, mwen rive Lima depi 3 semèn. Mwen ta renmen fè yon demann refij nan peyi Pewou. Kisa mwen dwe fè?

Nimewo telefòn mwen: 912 884 031 (WhatsApp)

Mèsi anpil
""",
    label=lab("solicitud_refugio",
              {"nombres": "Wilner Jean-Baptiste", "nacionalidad": "HT",
               "telefono": "+51912884031", "correo": "wilnerjeanbaptiste509@gmail.com"},
              [], "not_required", "portal"))

APEL_PUPO_JPG = scan_image([
    "Lima, 22 de noviembre de 2026",
    "Señores Comisión Especial para los Refugiados",
    "RECURSO DE APELACIÓN",
    "Yo, Yusleidy Hernández Pupo, ciudadana cubana,",
    "apelo la resolución que confirma la denegatoria.",
    "(firma)",
], seed=13, fmt="JPEG", size=(1000, 1300), tilt=-1.2)
add("apelacion-extemporanea-foto-firmada",
    style="RV: resend of her own mail; prose, notification date numeric and long past, photo of signed letter",
    box=M, frm="Yusleidy <yusleidy.hpupo@gmail.com>",
    subject="RV: Recurso de apelacion",
    received=L(2026, 11, 23, 10, 20, 5),
    body="""Envío nuevamente porque no me ha llegado ninguna respuesta.

-----Mensaje original-----
De: Yusleidy <yusleidy.hpupo@gmail.com>
Enviado el: domingo, 22 de noviembre de 2026 21:14
Para: mesadepartes@rree.gob.pe
Asunto: Recurso de apelacion

Señores CEPR:

Yo, Yusleidy Hernández Pupo, ciudadana cubana, con carnet de identidad No. 91052348716, presento recurso de apelación contra la Resolución que confirma la denegatoria de mi solicitud, la cual me fue notificada con fecha 14/10/2026.

Motivo: no se tuvo en cuenta que fui detenida dos veces en Holguín por participar en las protestas y que mi familia sigue siendo vigilada por la Seguridad del Estado.

Adjunto el escrito firmado a mano (foto).

Teléfono: +51 944 620 315
Correo: yusleidy.hpupo@gmail.com
""",
    attachments=[("apelacion_firmada.jpg", APEL_PUPO_JPG, "jpg")],
    label=lab("apelacion",
              {"nombres": "Yusleidy Hernández Pupo", "nacionalidad": "CU",
               "documento_identidad": "91052348716", "telefono": "+51944620315",
               "correo": "yusleidy.hpupo@gmail.com",
               "motivo": "no se tuvo en cuenta que fui detenida dos veces en Holguín por participar en las protestas"},
              [], "manuscrita", "cargo", ["extemporaneo", "verificar_firma"]),
    notif=dt.date(2026, 10, 14))

add("prorroga-residencia-prosa-falta-sexo-nacimiento",
    style="one run-on paragraph, no punctuation",
    box=R, frm="Pedro Luis <pedroluis.arrieta@gmail.com>",
    subject="prorroga de residencia",
    received=L(2026, 11, 23, 14, 10, 48),
    body="""buenas tardes por medio de la presente les escribo para solicitar mi prorroga de residencia anual como refugiado reconocido me llamo Pedro Luis Arrieta Colmenares soy venezolano pasaporte 098812345 carnet de extranjeria 000392817 mi telefono es el 989 556 702 gracias de antemano
""",
    label=lab("prorroga_residencia",
              {"nombres": "Pedro Luis Arrieta Colmenares", "nacionalidad": "VE",
               "documento_identidad": "098812345", "carne_extranjeria": "000392817",
               "telefono": "+51989556702", "correo": "pedroluis.arrieta@gmail.com"},
              ["sexo", "fecha_nacimiento"], "not_required", "subsanar"),
    recognised=True)

add("cambio-clave-ingles-buzon-equivocado",
    style="English, sent to the wrong mailbox",
    box=R, frm="Omar <omar.alkhatib.lima@gmail.com>",
    subject="Password change - cambio de clave",
    received=L(2026, 11, 24, 7, 55, 30), date_tz=0,
    body="""Dear Sir/Madam,

I would like to request a change of password (cambio de clave y contraseña) for my account in the Sistema de Refugiados.

Full name: Omar Al-Khatib
Nationality: Syrian
Passport No.: N 012345678
Phone: +51 902 771 349
Email: omar.alkhatib.lima@gmail.com

Thank you in advance,
Omar
""",
    label=lab("cambio_clave",
              {"nombres": "Omar Al-Khatib", "nacionalidad": "SY",
               "documento_identidad": "N012345678", "telefono": "+51902771349",
               "correo": "omar.alkhatib.lima@gmail.com"},
              [], "not_required", "acuse", ["derivado"]))

add("autorizacion-trabajo-renovar",
    style="polite short request; UTC Received stamp in the afternoon",
    box=S, frm="Carla Villamizar <carla.villamizar.2019@gmail.com>",
    subject="Autorización de trabajo virtual - renovación",
    received=L(2026, 11, 24, 13, 33, 0), utc_received=True,
    body="""Buenas tardes,

necesito renovar mi autorización de trabajo, ¿me la pueden enviar por este medio?

Carla Villamizar Duque
pasaporte 145220981

Gracias
""",
    label=lab("autorizacion_trabajo",
              {"nombres": "Carla Villamizar Duque", "documento_identidad": "145220981",
               "correo": "carla.villamizar.2019@gmail.com"},
              [], "not_required", "portal"))

add("actualizacion-datos-frances-refugiado-sin-carne",
    style="French, recognised refugee who forgot the carne number",
    box=S, frm="Patrick Mbuyi <p.mbuyi.kalala@yahoo.fr>",
    subject="Actualización de datos / mise à jour de mes coordonnées",
    received=L(2026, 11, 25, 19, 20, 14), date_tz=1,
    body="""Bonjour,

Je suis réfugié reconnu au Pérou depuis 2022 et je souhaite mettre à jour mes coordonnées (actualización de datos).

Nom complet : Patrick Mbuyi Kalala
Nationalité : République Démocratique du Congo
Passeport : OP0458712
Nouveau téléphone : +51 915 640 227
Adresse e-mail : p.mbuyi.kalala@yahoo.fr

Je n'ai pas mon carné de extranjería sous la main, je vous enverrai le numéro plus tard.

Cordialement,
Patrick Mbuyi Kalala
""",
    label=lab("actualizacion_datos",
              {"nombres": "Patrick Mbuyi Kalala", "nacionalidad": "CD",
               "documento_identidad": "OP0458712", "telefono": "+51915640227",
               "correo": "p.mbuyi.kalala@yahoo.fr"},
              ["carne_extranjeria"], "not_required", "subsanar"),
    recognised=True)

REN_CEVALLOS = text_pdf([
    "Lima, 25 de noviembre de 2026",
    "",
    "Señores",
    "Comisión Especial para los Refugiados",
    "Presente.-",
    "",
    "Asunto: Renuncia a la solicitud de refugio",
    "",
    "Yo, María Fernanda Cevallos Ortega, de nacionalidad ecuatoriana,",
    "identificada con cédula de ciudadanía N° 171883045-6,",
    "con teléfono 963 115 402, por medio de la presente RENUNCIO al",
    "trámite de mi solicitud (expediente 2025-00912).",
    "",
    "Motivo: he obtenido una visa de residencia en España por reagrupación familiar",
    "y viajaré el próximo mes.",
    "",
    "Atentamente,",
    "",
    "María Fernanda Cevallos Ortega",
])
add("renuncia-solicitante-pdf-firmado-buzon-equivocado",
    style="nickname in body, signed PDF, wrong mailbox",
    box=S, frm="Mafer Cevallos <mafercevallos@gmail.com>",
    subject="Renuncia al trámite",
    received=L(2026, 11, 26, 10, 10, 10),
    body="""Buenos días, adjunto mi carta de renuncia firmada digitalmente.
Saludos,
Mafer
""",
    attachments=[("renuncia_firmada.pdf", sign_pdf(REN_CEVALLOS, "MARIA FERNANDA CEVALLOS ORTEGA"), "signed")],
    label=lab("renuncia",
              {"nombres": "María Fernanda Cevallos Ortega", "nacionalidad": "EC",
               "documento_identidad": "1718830456", "telefono": "+51963115402",
               "correo": "mafercevallos@gmail.com",
               "motivo": "he obtenido una visa de residencia en España por reagrupación familiar"},
              [], "valid", "acuse", ["derivado"]))

DEN_QUINTERO = scan_image([
    "POLICÍA NACIONAL DEL PERÚ",
    "COMISARÍA PNP MIRAFLORES",
    "DENUNCIA POR PÉRDIDA DE DOCUMENTOS",
    "Denunciante: QUINTERO BLANCO ROSA ELENA",
    "Documento perdido: Carné de Extranjería",
    "Fecha: 24/11/2026",
], seed=20, fmt="JPEG", size=(1100, 800), sign=False, font=SANS, fs=30, tilt=2.0)
add("duplicado-carnet-asunto-ambiguo-falta-sexo",
    style="ambiguous subject resolved by the body; photo of the police report; non-working day",
    box=R, frm="Rosa Quintero <rosaelena.quintero@gmail.com>",
    subject="Duplicado de carnet",
    received=L(2026, 11, 27, 11, 0, 26),
    body="""Buen día, solicito duplicado de mi carné de extranjería. Adjunto foto de la denuncia.

Rosa Elena Quintero Blanco
Venezuela
Cédula 14.228.907
CE 000512364
F. nac. 30-06-1981
Cel. 947 330 815
""",
    attachments=[("denuncia.jpg", DEN_QUINTERO, "jpg")],
    label=lab("duplicado_carne_extranjeria",
              {"nombres": "Rosa Elena Quintero Blanco", "nacionalidad": "VE",
               "documento_identidad": "14228907", "carne_extranjeria": "000512364",
               "fecha_nacimiento": "1981-06-30", "telefono": "+51947330815",
               "correo": "rosaelena.quintero@gmail.com"},
              ["sexo"], "not_required", "subsanar"),
    recognised=True, denuncia=True)

BOUNCE = """Date: {date}
From: Microsoft Outlook <postmaster@outlook.com>
To: <solicitantesrefugio@rree.gob.pe>
Subject: {subj}
Message-ID: <NDR-7f3a9c2e41b0@SA1PR0301MB7720.namprd03.prod.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="----=_NDR_59_0001"
Auto-Submitted: auto-replied

------=_NDR_59_0001
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Delivery has failed to these recipients or groups:

kmendoza_1990@hotmail.com
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

------=_NDR_59_0001
Content-Type: message/delivery-status

Reporting-MTA: dns;SA1PR0301MB7720.namprd03.prod.outlook.com
Arrival-Date: {arr}

Final-Recipient: rfc822;kmendoza_1990@hotmail.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

------=_NDR_59_0001
Content-Type: text/rfc822-headers

From: Solicitantes de Refugio <solicitantesrefugio@rree.gob.pe>
To: kmendoza_1990@hotmail.com
Subject: =?utf-8?q?RE=3A_Cambio_de_clave_y_contrase=C3=B1a?=
Date: {arr}

------=_NDR_59_0001--
"""
_b_rec = L(2026, 11, 27, 11, 2, 4)
add("ignorado-rebote-postmaster",
    style="delivery report (multipart/report) of one of the office's replies",
    box=S, frm="postmaster@outlook.com", subject="Undeliverable: RE: Cambio de clave y contraseña",
    received=_b_rec,
    raw=BOUNCE.format(date=format_datetime((_b_rec - dt.timedelta(seconds=5)).astimezone(UTC)),
                      arr=format_datetime((_b_rec - dt.timedelta(seconds=9)).astimezone(UTC)),
                      subj=Header("Undeliverable: RE: Cambio de clave y contraseña", "utf-8").encode()),
    label=lab("cambio_clave", {}, [], "not_required", "ignorado"), machine=True)

add("autorizacion-viaje-esposa-sin-firma-sin-retorno",
    style="wife writes for her husband, Sunday night, no document attached",
    box=R, frm="Gladys Moreno <gladysmoreno.ve@gmail.com>",
    subject="Permiso de viaje urgente",
    received=L(2026, 11, 29, 21, 15, 33), date_tz=-4,
    body="""Buenas noches señores, les escribo en nombre de mi esposo Víctor Manuel Salcedo Rivas, refugiado reconocido, carné de extranjería 000603318, porque su mamá está hospitalizada en grave estado y él necesita viajar a Barquisimeto, Venezuela con urgencia.

Saldría el 04/12/2026, la fecha de regreso todavía no la sabemos porque depende de cómo siga la señora.

El teléfono de él es 994 027 561.

Por favor ayúdennos, es urgente.
Gladys Moreno
""",
    label=lab("autorizacion_viaje",
              {"nombres": "Víctor Manuel Salcedo Rivas", "carne_extranjeria": "000603318",
               "destino": "Barquisimeto, Venezuela", "fecha_salida": "2026-12-04",
               "telefono": "+51994027561", "correo": "gladysmoreno.ve@gmail.com",
               "motivo": "su mamá está hospitalizada en grave estado"},
              ["firma", "fecha_retorno"], "absent", "subsanar"),
    recognised=True)

REC_ALTAMIRANO = text_pdf([
    "# RECURSO DE RECONSIDERACIÓN",
    "",
    "Señores de la Comisión Especial para los Refugiados:",
    "",
    "ERNESTO JOSÉ ALTAMIRANO DUARTE, de nacionalidad nicaragüense,",
    "con pasaporte N° C01884327, ante ustedes me presento y digo:",
    "",
    "Que interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución",
    "N° 02981-2026-CEPR/SE, notificada el 20/11/2026, que deniega mi solicitud.",
    "",
    "MOTIVO: aporto como nueva prueba la constancia emitida por una organización de",
    "derechos humanos de Managua, que acredita que fui detenido arbitrariamente en 2024",
    "y que existe una orden de captura en mi contra por haber participado en marchas.",
    "",
    "Para notificaciones: teléfono +51 958 220 431,",
    "correo ernestoaltamirano.nic@gmail.com",
    "",
    "Lima, 27 de noviembre de 2026",
    "",
    "Ernesto José Altamirano Duarte",
])
add("reconsideracion-ong-pdf-firmado-en-plazo",
    style="NGO cover letter for an applicant, signed PDF, notification dd/mm/yyyy",
    box=M, frm="Lucía Fernández Vidal <lfernandez@manosabiertas.org.pe>",
    cc="ernestoaltamirano.nic@gmail.com",
    subject="RECURSO DE RECONSIDERACIÓN – ERNESTO JOSÉ ALTAMIRANO DUARTE",
    received=L(2026, 11, 30, 9, 45, 2),
    body="""Señores Mesa de Partes:

En representación de la Asociación Manos Abiertas, que brinda orientación legal gratuita al señor Ernesto José Altamirano Duarte, remitimos adjunto su Recurso de Reconsideración, firmado digitalmente por él, contra la Resolución N° 02981-2026-CEPR/SE, notificada el 20/11/2026.

Datos de contacto del recurrente: teléfono +51 958 220 431, correo ernestoaltamirano.nic@gmail.com (en copia).

Atentamente,

Lucía Fernández Vidal
Asesora legal
Asociación Manos Abiertas
DNI 41852236 | (01) 265-4410
""",
    attachments=[("Reconsideracion_Altamirano.pdf", sign_pdf(REC_ALTAMIRANO, "ERNESTO JOSE ALTAMIRANO DUARTE"), "signed")],
    label=lab("reconsideracion",
              {"nombres": "Ernesto José Altamirano Duarte", "nacionalidad": "NI",
               "documento_identidad": "C01884327", "telefono": "+51958220431",
               "correo": "ernestoaltamirano.nic@gmail.com",
               "motivo": "aporto como nueva prueba la constancia emitida por una organización de derechos humanos de Managua"},
              [], "valid", "cargo"),
    notif=dt.date(2026, 11, 20))

add("triage-duplicado-carnet-sin-precisar",
    style="ambiguous subject, body does not say which carne",
    box=S, frm="yorman <yormanj.silva@gmail.com>",
    subject="duplicado de carnet",
    received=L(2026, 11, 30, 12, 30, 59),
    body="""hola se me perdio el carnet en el bus, que tengo que hacer para sacar otro??
yorman silva 936 774 209
""",
    label=lab(None,
              {"nombres": "yorman silva", "telefono": "+51936774209",
               "correo": "yormanj.silva@gmail.com"},
              [], "not_required", "triage"))

add("cambio-clave-creole-completo",
    style="Haitian Creole, labelled list",
    box=S, frm="Nadège <nadegepierrelouis@gmail.com>",
    subject="Cambio de clave y contraseña",
    received=L(2026, 12, 1, 8, 5, 19),
    body="""Bonjou,

Mwen bezwen chanje modpas mwen nan Sistèm Refijye a.

Non: Nadège Pierre-Louis
Paspò: RE1583907
Telefòn: +51 917 305 844
Imèl: nadegepierrelouis@gmail.com

Mèsi anpil
""",
    label=lab("cambio_clave",
              {"nombres": "Nadège Pierre-Louis", "documento_identidad": "RE1583907",
               "telefono": "+51917305844", "correo": "nadegepierrelouis@gmail.com"},
              [], "not_required", "acuse"))

AP_MARCANO = text_pdf([
    "# RECURSO DE APELACIÓN",
    "",
    "Señores",
    "Comisión Especial para los Refugiados",
    "",
    "Jesús Alberto Marcano Vílchez, venezolano, cédula de identidad V-20.118.443,",
    "teléfono 981 630 227, correo jamarcano.v@hotmail.com,",
    "interpongo recurso de apelación contra la resolución que confirma la",
    "denegatoria de mi solicitud (expediente 2024-11873).",
    "",
    "Motivo: la Comisión consideró que Venezuela no presenta riesgo para mí, sin",
    "analizar que trabajé como periodista en un medio regional clausurado y que",
    "dos colegas fueron detenidos en 2024.",
    "",
    "Atentamente,",
    "",
    "Jesús Alberto Marcano Vílchez",
])
add("apelacion-firma-digital-alterada",
    style="digitally signed PDF altered after signing",
    box=M, frm="Jesús Marcano <jamarcano.v@hotmail.com>",
    subject="Recurso de Apelación - Exp. 2024-11873",
    received=L(2026, 12, 1, 16, 10, 44),
    body="""Buenas tardes.
Remito en adjunto mi recurso de apelación con firma digital.
Atte.
""",
    attachments=[("apelacion_marcano.pdf",
                  alter(sign_pdf(AP_MARCANO, "JESUS ALBERTO MARCANO VILCHEZ"), b"(Atentamente,)", b"(ATENTAMENTE,)"),
                  "altered")],
    label=lab("apelacion",
              {"nombres": "Jesús Alberto Marcano Vílchez", "nacionalidad": "VE",
               "documento_identidad": "V20118443", "telefono": "+51981630227",
               "correo": "jamarcano.v@hotmail.com",
               "motivo": "la Comisión consideró que Venezuela no presenta riesgo para mí"},
              ["firma"], "invalid", "subsanar"))

add("carne-solicitante-reenvio-propio",
    style="Fwd: of her own unanswered mail from October",
    box=S, frm="Liliana Castro <lilianacastro.b@gmail.com>",
    subject="Fwd: Carné de solicitante",
    received=L(2026, 12, 2, 10, 0, 7),
    body="""Reenvío mi correo de octubre porque no he recibido respuesta.

---------- Forwarded message ---------
De: Liliana Castro <lilianacastro.b@gmail.com>
Date: mié, 14 oct 2026 a las 11:20
Subject: Carné de solicitante
To: <solicitantesrefugio@rree.gob.pe>


Buenos días, solicito mi carné de solicitante de refugio.
Mi nombre es Liliana Patricia Castro Benítez, colombiana, C.C. 1.023.884.519, WhatsApp +57 310 552 8841.
Muchas gracias.
""",
    label=lab("carne_solicitante",
              {"nombres": "Liliana Patricia Castro Benítez", "nacionalidad": "CO",
               "documento_identidad": "1023884519", "telefono": "+573105528841",
               "correo": "lilianacastro.b@gmail.com"},
              [], "not_required", "suspendido"))

add("solicitud-refugio-abogada-ingles",
    style="English, foreign lawyer asking for a client",
    box=R, frm="Sarah Whitfield <swhitfield@whitfieldlaw.com>",
    subject="Asylum application (Solicitud de refugio) for my client",
    received=L(2026, 12, 2, 14, 22, 36), date_tz=-5,
    body="""Dear CEPR team,

I represent Mr. Daniel Ignacio Rojas Peña, a Venezuelan national currently in Tacna, who wishes to file an application for refugee status in Peru. Could you please let me know how he can lodge the application, and whether I may submit it on his behalf?

His phone is +51 952 660 173.

Kind regards,
Sarah Whitfield, Esq.
Whitfield Immigration Law, Miami FL
+1 (305) 555-0142
""",
    label=lab("solicitud_refugio",
              {"nombres": "Daniel Ignacio Rojas Peña", "nacionalidad": "VE",
               "telefono": "+51952660173", "correo": "swhitfield@whitfieldlaw.com"},
              [], "not_required", "portal"))

add("entrevista-registro-frances",
    style="French, mixed Spanish term",
    box=M, frm="Jean-Claude Nkoulou <jcnkoulou@gmail.com>",
    subject="Entrevista de registro - demande de rendez-vous",
    received=L(2026, 12, 3, 11, 11, 11),
    body="""Bonjour Madame, Monsieur,

J'ai déposé ma demande en ligne le 2 septembre 2026 et je n'ai toujours pas reçu de date pour l'entretien d'enregistrement (entrevista de registro). Pourriez-vous me donner un rendez-vous ?

Jean-Claude Nkoulou Essomba
Camerounais, passeport n° 01184527
Tél. : +51 930 448 162

Merci d'avance.
""",
    label=lab("entrevista_registro",
              {"nombres": "Jean-Claude Nkoulou Essomba", "nacionalidad": "CM",
               "documento_identidad": "01184527", "telefono": "+51930448162",
               "correo": "jcnkoulou@gmail.com"},
              [], "not_required", "portal"))

add("autorizacion-trabajo-portugues-respuesta",
    style="Portuguese, RE: with the office's quoted reply",
    box=S, frm="Esperança Tavares <esperanca.tavares.ao@gmail.com>",
    subject="RE: Autorización de Trabajo Virtual",
    received=L(2026, 12, 3, 18, 3, 40), date_tz=-5,
    body="""Boa tarde,

Podem enviar-me a minha Autorização de Trabalho Virtual por e-mail, por favor?

Esperança Nzinga Tavares
passaporte N1937755

El mar, 1 dic 2026 a las 10:02, <solicitantesrefugio@rree.gob.pe> escribió:
> Estimado(a) usuario(a):
> La Autorización de Trabajo Virtual se genera en el portal
> http://portal.rree.gob.pe/refugiados/ con el usuario y contraseña de su
> solicitud en línea.
> Secretaría Ejecutiva - CEPR
""",
    label=lab("autorizacion_trabajo",
              {"nombres": "Esperança Nzinga Tavares", "documento_identidad": "N1937755",
               "correo": "esperanca.tavares.ao@gmail.com"},
              [], "not_required", "portal"))

add("prorroga-renovacion-sabado-puente",
    style="own dashed list; two documents; received on Saturday before the long weekend",
    box=R, frm="Carlos E. Bracho <cebracho@gmail.com>",
    subject="Renovacion de residencia anual",
    received=L(2026, 12, 5, 10, 30, 2),
    body="""Buen día. Solicito la prórroga de residencia de este año.

- Nombres: Carlos Eduardo Bracho Finol
- Sexo: M
- Nacionalidad: VEN
- Pasaporte: 139045581
- Cédula: V-10.887.342
- Carné de extranjería: 000270446
- Fecha de nacimiento: 1976-11-02
- Teléfono: 9 8765 1203

Saludos cordiales,
Carlos Bracho
""",
    label=lab("prorroga_residencia",
              {"nombres": "Carlos Eduardo Bracho Finol", "sexo": "M", "nacionalidad": "VE",
               "documento_identidad": "139045581", "carne_extranjeria": "000270446",
               "fecha_nacimiento": "1976-11-02", "telefono": "+51987651203",
               "correo": "cebracho@gmail.com"},
              [], "not_required", "acuse"),
    recognised=True)

add("actualizacion-datos-mesa-partes-barras",
    style="one line with slashes, new e-mail differs from From, wrong mailbox, non-working day",
    box=M, frm="Byron <byronalmeida.ec@hotmail.com>",
    subject="ACTUALIZACION DE DATOS",
    received=L(2026, 12, 7, 9, 0, 48),
    body="""Señores mesa de partes buenos días, escribo para actualizar mi correo y teléfono. Nombre completo Byron Patricio Almeida Chávez / Nacionalidad ecuatoriana / Cédula 0923456781 / Teléfono (01) 537-2290 / correo nuevo byron.almeida.ch@gmail.com. Gracias.
""",
    label=lab("actualizacion_datos",
              {"nombres": "Byron Patricio Almeida Chávez", "nacionalidad": "EC",
               "documento_identidad": "0923456781", "telefono": "+5115372290",
               "correo": "byron.almeida.ch@gmail.com"},
              [], "not_required", "acuse", ["derivado"]))

REN_RESTREPO = text_pdf([
    "Lima, 7 de diciembre de 2026",
    "",
    "Señores",
    "Comisión Especial para los Refugiados",
    "",
    "Ref.: Renuncia a la condición de refugiado",
    "",
    "Yo, Hernán Darío Restrepo Gil, de nacionalidad colombiana, refugiado reconocido,",
    "identificado con C.C. 71.654.220 y Carné de Extranjería N° 000318774,",
    "teléfono 956 880 143, manifiesto mi decisión de renunciar a la condición",
    "de refugiado.",
    "",
    "Motivo: regreso voluntario a Colombia, ya que las condiciones en mi municipio",
    "han cambiado y mi familia me espera.",
    "",
    "Cordialmente,",
    "",
    "Hernán Darío Restrepo Gil",
])
CED_RESTREPO = scan_image([
    "REPÚBLICA DE COLOMBIA",
    "IDENTIFICACIÓN PERSONAL - CÉDULA DE CIUDADANÍA",
    "NÚMERO 71.654.220",
    "RESTREPO GIL",
    "HERNÁN DARÍO",
], seed=33, fmt="JPEG", size=(900, 560), sign=False, font=SANS, fs=26, tilt=-3)
add("renuncia-pdf-texto-mas-foto-cedula-feriado",
    style="text-only letter plus a photo of the ID card, sent on a holiday",
    box=M, frm="Hernán Restrepo <hdrestrepo.gil@gmail.com>",
    subject="Renuncia a la condición de refugiado",
    received=L(2026, 12, 8, 15, 0, 33),
    body="""Buenas tardes.
Adjunto mi carta de renuncia y copia de mi cédula.
Cordialmente.
""",
    attachments=[("Carta_renuncia.pdf", REN_RESTREPO, "textpdf"),
                 ("cedula_hernan.jpg", CED_RESTREPO, "jpg")],
    label=lab("renuncia",
              {"nombres": "Hernán Darío Restrepo Gil", "nacionalidad": "CO",
               "documento_identidad": "71654220", "carne_extranjeria": "000318774",
               "telefono": "+51956880143", "correo": "hdrestrepo.gil@gmail.com",
               "motivo": "regreso voluntario a Colombia, ya que las condiciones en mi municipio han cambiado"},
              [], "manuscrita", "acuse", ["verificar_firma"]),
    recognised=True)

add("ignorado-boletin-lista",
    style="newsletter (List-Id, Precedence: bulk) from a no-reply sender",
    box=R, frm="Boletín Movilidad Humana <noreply@boletin-movilidadhumana.org>",
    subject="Boletín informativo – diciembre 2026",
    received=L(2026, 12, 9, 6, 0, 12),
    extra_headers=[("List-Id", "Boletin Movilidad Humana <boletin.movilidadhumana.org>"),
                   ("List-Unsubscribe", "<mailto:baja@boletin-movilidadhumana.org>"),
                   ("Precedence", "bulk")],
    body="""BOLETÍN INFORMATIVO – DICIEMBRE 2026

- Nuevas tasas migratorias para 2027
- Taller gratuito: derechos laborales de personas refugiadas (12/12, 10:00)
- Calendario de atención de fin de año

Para dejar de recibir este boletín escriba a baja@boletin-movilidadhumana.org
""",
    label=lab(None, {}, [], "not_required", "ignorado"), machine=True)

DEN_DESIR = text_pdf([
    "# POLICÍA NACIONAL DEL PERÚ",
    "COMISARÍA PNP SAN MARTÍN DE PORRES",
    "",
    "CONSTANCIA DE DENUNCIA POLICIAL N° 00784-2026",
    "",
    "Se deja constancia que el ciudadano extranjero JEAN ROBERT DESIR, con Carné de",
    "Extranjería N° 000455190, denunció el 6 de diciembre de 2026 la sustracción de",
    "su billetera con sus documentos personales en la avenida Perú.",
    "",
    "Se expide la presente a solicitud del interesado.",
])
add("duplicado-carne-haitiano-constancia-buzon-equivocado",
    style="Spanish with a foreign speaker's errors; report named 'constancia' whose text says denuncia; wrong mailbox",
    box=S, frm="Jean Robert <jrdesir84@gmail.com>",
    subject="Duplicado de Carné de Extranjeria",
    received=L(2026, 12, 10, 10, 45, 23),
    body="""Buenos dias señor, yo quiero pedir el duplicado del carne de extranjeria, me robaron la billetera. Mando la constancia de la policia.

Nombre: Jean Robert Désir
Sexo: masculino
Nacionalidad: haitiano
Pasaporte: PP4410982
Carne extranjeria: 000455190
Fecha nacimiento: 5 de enero de 1984
Telefono: +51 925 006 781

Gracias
""",
    attachments=[("constancia_PNP.pdf", DEN_DESIR, "textpdf")],
    label=lab("duplicado_carne_extranjeria",
              {"nombres": "Jean Robert Désir", "sexo": "M", "nacionalidad": "HT",
               "documento_identidad": "PP4410982", "carne_extranjeria": "000455190",
               "fecha_nacimiento": "1984-01-05", "telefono": "+51925006781",
               "correo": "jrdesir84@gmail.com", "motivo": "me robaron la billetera"},
              [], "not_required", "acuse", ["derivado"]),
    recognised=True, denuncia=True)

REC_SUAREZ = text_pdf([
    "# RECURSO DE RECONSIDERACIÓN",
    "",
    "Señores Comisión Especial para los Refugiados",
    "",
    "Oriana Valentina Suárez Mendoza, de nacionalidad venezolana,",
    "con pasaporte N° 152209874, WhatsApp +58 424 118 2093,",
    "correo orianasuarez.m@gmail.com, interpongo recurso de reconsideración",
    "contra la resolución que deniega mi solicitud, notificada el 13 de noviembre de 2026.",
    "",
    "Motivo: adjunto nueva prueba, la constancia médica del Hospital Dos de Mayo sobre",
    "las lesiones que sufrí en Maracaibo, que la Comisión no tuvo a la vista.",
    "",
    "Lima, 10 de diciembre de 2026",
    "",
    "Oriana Valentina Suárez Mendoza",
])
add("reconsideracion-fuera-de-plazo-por-la-hora",
    style="signed PDF, arrives after office close on the last day of the term",
    box=M, frm="Oriana Suárez <orianasuarez.m@gmail.com>",
    subject="Reconsideracion",
    received=L(2026, 12, 10, 17, 10, 15), date_tz=-4,
    body="""Buenas tardes, les hago llegar mi recurso de reconsideración firmado digitalmente contra la resolución que me fue notificada el 13 de noviembre de 2026.

Mis datos:
Oriana Valentina Suárez Mendoza
Pasaporte 152209874
WhatsApp +58 424 118 2093
orianasuarez.m@gmail.com

Muchas gracias
""",
    attachments=[("reconsideracion_oriana.pdf", sign_pdf(REC_SUAREZ, "ORIANA VALENTINA SUAREZ MENDOZA"), "signed")],
    label=lab("reconsideracion",
              {"nombres": "Oriana Valentina Suárez Mendoza", "nacionalidad": "VE",
               "documento_identidad": "152209874", "telefono": "+584241182093",
               "correo": "orianasuarez.m@gmail.com",
               "motivo": "adjunto nueva prueba, la constancia médica del Hospital Dos de Mayo"},
              [], "valid", "cargo", ["extemporaneo"]),
    notif=dt.date(2026, 11, 13))

VIAJE_JOSEPH = scan_image([
    "Lima, le 10 décembre 2026",
    "Objet : Autorización de Viaje",
    "Je soussignée Marie-Carmel Joseph, réfugiée,",
    "sollicite l'autorisation de voyager à Port-au-Prince.",
    "Signature :",
], seed=37, fmt="PNG", size=(1000, 1100), tilt=0.8)
add("autorizacion-viaje-frances-foto-png",
    style="French, labelled list, photo (PNG) of the signed letter",
    box=R, frm="Marie-Carmel Joseph <mcjoseph.ht@gmail.com>",
    subject="Autorización de Viaje",
    received=L(2026, 12, 11, 9, 30, 0),
    body="""Madame, Monsieur,

Je sollicite une autorisation de voyage urgente. Ma mère est décédée à Port-au-Prince et je dois assister aux funérailles.

Nom : Marie-Carmel Joseph
Carné de extranjería : 000529877
Destination : Port-au-Prince, Haïti
Date de départ : 20-12-2026
Date de retour : 10-01-2027
Téléphone : +51 948 112 604

Vous trouverez ci-joint ma lettre signée.

Marie-Carmel Joseph
""",
    attachments=[("lettre_signee.png", VIAJE_JOSEPH, "png")],
    label=lab("autorizacion_viaje",
              {"nombres": "Marie-Carmel Joseph", "carne_extranjeria": "000529877",
               "destino": "Port-au-Prince, Haïti", "fecha_salida": "2026-12-20",
               "fecha_retorno": "2027-01-10", "telefono": "+51948112604",
               "correo": "mcjoseph.ht@gmail.com",
               "motivo": "Ma mère est décédée à Port-au-Prince et je dois assister aux funérailles"},
              [], "manuscrita", "acuse", ["verificar_firma"]),
    recognised=True)

add("triage-urgente-dos-tramites",
    style="URGENTE subject, body names two procedures; Cc to another mailbox",
    box=R, frm="Milagros Paredes <milagros.paredes.ve@gmail.com>",
    cc="mesadepartes@rree.gob.pe",
    subject="URGENTE!!!",
    received=L(2026, 12, 11, 13, 0, 8),
    body="""Buenas tardes necesito saber si puedo pedir la autorización de viaje si todavía no me sale la prórroga de residencia, tengo que viajar en enero.

Milagros Paredes
999 410 632
""",
    label=lab(None,
              {"nombres": "Milagros Paredes", "telefono": "+51999410632",
               "correo": "milagros.paredes.ve@gmail.com"},
              [], "not_required", "triage"))

add("apelacion-celular-domingo-sin-documento",
    style="phone one-liner on a Sunday night, no attachment",
    box=M, frm="Kelvin <kelvin.rangel1995@gmail.com>",
    subject="apelacion",
    received=L(2026, 12, 13, 20, 40, 29),
    body="""buenas noches quiero apelar la resolucion que me nego el refugio, no estoy de acuerdo porque si corro peligro en mi pais. kelvin rangel 917 554 230

Enviado desde mi Samsung Galaxy
""",
    label=lab("apelacion",
              {"nombres": "kelvin rangel", "telefono": "+51917554230",
               "correo": "kelvin.rangel1995@gmail.com",
               "motivo": "no estoy de acuerdo porque si corro peligro en mi pais"},
              ["firma", "documento_identidad"], "absent", "subsanar"))

add("cambio-clave-ong-reenvia-sin-telefono",
    style="NGO forwards the applicant's mail; applicant's own address in the text",
    box=S, frm="Orientación Manos Abiertas <orientacion@manosabiertas.org.pe>",
    subject="Fwd: cambio de clave",
    received=L(2026, 12, 14, 10, 5, 55),
    body="""Buenos días, les reenviamos la solicitud de la Sra. Ana Karina Lozada.
Saludos,
Equipo de Orientación

---------- Mensaje reenviado ----------
De: Ana Karina Lozada <anakarina.lozada@gmail.com>
Fecha: 11 dic 2026 19:02
Asunto: cambio de clave
Para: orientacion@manosabiertas.org.pe

Hola, por favor ayúdenme con el cambio de clave del sistema de refugiados. Me llamo Ana Karina Lozada Useche, cédula 18.903.662. Mi correo es anakarina.lozada@gmail.com
""",
    label=lab("cambio_clave",
              {"nombres": "Ana Karina Lozada Useche", "documento_identidad": "18903662",
               "correo": "anakarina.lozada@gmail.com"},
              ["telefono"], "not_required", "subsanar"))

PRO_TENORIO = text_pdf([
    "# SOLICITUD DE PRÓRROGA DE RESIDENCIA",
    "",
    "Nombres y apellidos: Gabriela Alexandra Tenorio Mera",
    "Sexo: Femenino",
    "Nacionalidad: Ecuador",
    "Documento de identidad (cédula): 1002378456",
    "Carné de extranjería: 000611042",
    "Fecha de nacimiento: 21/08/90",
    "Teléfono: 968 203 557",
    "Correo: gaby.tenorio@outlook.com",
    "",
    "Lima, 14 de diciembre de 2026",
])
add("prorroga-datos-solo-en-pdf-medianoche",
    style="data only in a text PDF form, ten minutes to midnight",
    box=R, frm="Gabriela <gaby.tenorio@outlook.com>",
    subject="Prórroga de residencia",
    received=L(2026, 12, 14, 23, 50, 41), utc_received=True,
    body="""Buenas noches, adjunto formulario con mis datos para la prórroga de residencia. Gracias.
""",
    attachments=[("solicitud_prorroga.pdf", PRO_TENORIO, "textpdf")],
    label=lab("prorroga_residencia",
              {"nombres": "Gabriela Alexandra Tenorio Mera", "sexo": "F", "nacionalidad": "EC",
               "documento_identidad": "1002378456", "carne_extranjeria": "000611042",
               "fecha_nacimiento": "1990-08-21", "telefono": "+51968203557",
               "correo": "gaby.tenorio@outlook.com"},
              [], "not_required", "acuse"),
    recognised=True)

add("actualizacion-datos-tabla-sin-nacionalidad",
    style="multipart/alternative with an HTML table; nationality forgotten",
    box=S, frm="Yohandry Martinez <yohandry.mtz@gmail.com>",
    subject="Actualizacion de datos de contacto",
    received=L(2026, 12, 15, 11, 20, 37),
    body="""Buenos días, solicito actualizar mis datos de contacto:

Nombre: Yohandry José Martínez Ochoa
Pasaporte: 117 203 448
Teléfono nuevo: 974-221-806
Correo: yohandry.mtz@gmail.com
Dirección nueva: Av. Túpac Amaru 2250, Comas

Gracias.
""",
    html="""<div dir="ltr"><p>Buenos días, solicito actualizar mis datos de contacto:</p>
<table style="border-collapse:collapse" border="1">
<tbody>
<tr><td>Nombre</td><td>Yohandry José Martínez Ochoa</td></tr>
<tr><td>Pasaporte</td><td>117 203 448</td></tr>
<tr><td>Teléfono nuevo</td><td>974-221-806</td></tr>
<tr><td>Correo</td><td><a href="mailto:yohandry.mtz@gmail.com">yohandry.mtz@gmail.com</a></td></tr>
<tr><td>Dirección nueva</td><td>Av. Túpac Amaru 2250, Comas</td></tr>
</tbody></table>
<p>Gracias.</p></div>
""",
    label=lab("actualizacion_datos",
              {"nombres": "Yohandry José Martínez Ochoa", "documento_identidad": "117203448",
               "telefono": "+51974221806", "correo": "yohandry.mtz@gmail.com"},
              ["nacionalidad"], "not_required", "subsanar"))

REN_KOVALENKO = text_pdf([
    "Lima, 14 December 2026",
    "",
    "To the Comisión Especial para los Refugiados (CEPR)",
    "",
    "Subject: Renuncia - withdrawal of my application for refugee status",
    "",
    "I, Olena Kovalenko, Ukrainian national, holder of passport No. FX482913,",
    "hereby withdraw my application for refugee status in Peru.",
    "",
    "Reason: I have been granted a permanent residence visa in Canada and will",
    "leave Peru in January 2027.",
    "",
    "Sincerely,",
    "",
    "Olena Kovalenko",
])
add("renuncia-abogado-ingles-sin-telefono",
    style="English, Lima lawyer for a client, signed PDF, no phone anywhere",
    box=M, frm="Martín Chávez Arana <mchavez@chavezarana.pe>",
    subject="Renuncia – Olena Kovalenko",
    received=L(2026, 12, 15, 15, 15, 15),
    body="""Dear Sirs,

On behalf of my client, Ms. Olena Kovalenko, please find attached her digitally signed letter of withdrawal (renuncia) of her refugee application. Kindly direct any correspondence to this address.

Best regards,

Martín Chávez Arana
Attorney at law, CAL 61877
Chávez Arana Abogados
""",
    attachments=[("Kovalenko_renuncia_signed.pdf", sign_pdf(REN_KOVALENKO, "OLENA KOVALENKO"), "signed")],
    label=lab("renuncia",
              {"nombres": "Olena Kovalenko", "nacionalidad": "UA",
               "documento_identidad": "FX482913", "correo": "mchavez@chavezarana.pe",
               "motivo": "I have been granted a permanent residence visa in Canada"},
              ["telefono"], "valid", "subsanar"))

REC_CHARLES = image_only_pdf(scan_image([
    "Lima, 15 desanm 2026",
    "Bay: Komisyon Espesyal pou Refijye yo (CEPR)",
    "REKOU REKONSIDERASYON",
    "Mwen menm, Wideline Charles, mwen pa dakò ak desizyon an.",
    "Mwen mande pou yo egzamine dosye m ankò.",
    "Siyati:",
], seed=44, fmt="JPEG", tilt=-0.9))
add("reconsideracion-creole-escaneo-buzon-equivocado",
    style="Creole and Spanish, scanned (image-only) PDF, wrong mailbox",
    box=R, frm="Wideline <widelinecharles@yahoo.com>",
    subject="Recurso de reconsideracion",
    received=L(2026, 12, 16, 9, 50, 56),
    body="""Bonjou / Buenos días.

Mwen voye rekou rekonsiderasyon mwen an, mwen siyen l ak men m (scan).
Motif: mwen pa dakò ak desizyon an paske mwen te prezante prèv menas gang yo nan Kafou, yo touye frè m nan 2025.

Non: Wideline Charles
Paspò: RE0772164
Telefòn: 955 311 904
Imèl: widelinecharles@yahoo.com

Mèsi
""",
    attachments=[("rekou_scan.pdf", REC_CHARLES, "imgpdf")],
    label=lab("reconsideracion",
              {"nombres": "Wideline Charles", "documento_identidad": "RE0772164",
               "telefono": "+51955311904", "correo": "widelinecharles@yahoo.com",
               "motivo": "mwen pa dakò ak desizyon an paske mwen te prezante prèv menas gang yo nan Kafou"},
              [], "manuscrita", "cargo", ["derivado", "verificar_firma"]))

VIAJE_PENA = text_pdf([
    "# SOLICITUD DE AUTORIZACIÓN DE VIAJE",
    "",
    "Nombres y apellidos: Yoandri Peña Castellanos",
    "Carné de Extranjería: 000702215",
    "Teléfono: 944557810",
    "Destino: Santiago de Chile",
    "Motivo: intervención quirúrgica de emergencia de mi hijo menor, que vive",
    "con su madre en Santiago.",
    "Salida: 23/12/26",
    "Retorno: 06/01/27",
    "",
    "Lima, 16 de diciembre de 2026",
])
add("autorizacion-viaje-mesa-partes-pdf-firmado",
    style="signed PDF form with two-digit-year dates, sent to mesa de partes",
    box=M, frm="Yoandri <yoandri.pc@gmail.com>",
    subject="Solicitud de Autorización de Viaje",
    received=L(2026, 12, 16, 12, 12, 12),
    body="""Saludos. Envío mi solicitud de autorización de viaje firmada digitalmente. Quedo a la espera.
""",
    attachments=[("autorizacion_viaje_YPC.pdf", sign_pdf(VIAJE_PENA, "YOANDRI PENA CASTELLANOS"), "signed")],
    label=lab("autorizacion_viaje",
              {"nombres": "Yoandri Peña Castellanos", "carne_extranjeria": "000702215",
               "telefono": "+51944557810", "destino": "Santiago de Chile",
               "motivo": "intervención quirúrgica de emergencia de mi hijo menor",
               "fecha_salida": "2026-12-23", "fecha_retorno": "2027-01-06",
               "correo": "yoandri.pc@gmail.com"},
              [], "valid", "acuse", ["derivado"]),
    recognised=True)

add("duplicado-carne-una-linea",
    style="phone one-liner, almost nothing",
    box=R, frm="Wuilmer <wuilmer.ch@gmail.com>",
    subject="duplicado carnet extranjeria",
    received=L(2026, 12, 17, 20, 0, 3),
    body="""buenas noches necesito sacar duplicado de mi carnet de extranjeria wuilmer chacón 963-440-118
""",
    label=lab("duplicado_carne_extranjeria",
              {"nombres": "wuilmer chacón", "telefono": "+51963440118",
               "correo": "wuilmer.ch@gmail.com"},
              ["denuncia_policial", "sexo", "nacionalidad", "documento_identidad",
               "carne_extranjeria", "fecha_nacimiento"], "not_required", "subsanar"))

add("ignorado-fuera-de-oficina",
    style="out-of-office auto-reply from a no-reply address",
    box=R, frm="Oficina Lima - ONG Solidaria <noreply@ongsolidaria.org>",
    subject="Out of office: RE: Prórroga de residencia",
    received=L(2026, 12, 18, 8, 10, 44), date_lag=2,
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    body="""Estamos de vacaciones colectivas del 18 de diciembre al 4 de enero. Su mensaje será atendido a nuestro retorno.
We are closed from December 18 to January 4.
""",
    label=lab("prorroga_residencia", {}, [], "not_required", "ignorado"), machine=True)

# ---- After the busy month --------------------------------------------------
add("cambio-clave-portugues-otro-correo",
    style="Portuguese, contact address differs from From",
    box=S, frm="Adelino Mavinga <adelino.mavinga@hotmail.com>",
    subject="Cambio de clave y contraseña",
    received=L(2026, 12, 21, 9, 30, 30), date_tz=1,
    body="""Bom dia.

Solicito a alteração da minha senha de acesso ao Sistema de Refugiados.

Nome completo: Adelino Mavinga Lukoki
Passaporte: N2110483
Telemóvel: +51 946 208 117
E-mail de contacto: adelino.lukoki@gmail.com

Obrigado.
""",
    label=lab("cambio_clave",
              {"nombres": "Adelino Mavinga Lukoki", "documento_identidad": "N2110483",
               "telefono": "+51946208117", "correo": "adelino.lukoki@gmail.com"},
              [], "not_required", "acuse"))

add("triage-ayuda-dia-no-laborable",
    style="'Ayuda', no procedure named, non-working day",
    box=S, frm="Rosmary Linares <rosmarylinares@gmail.com>",
    subject="Ayuda",
    received=L(2026, 12, 24, 10, 0, 10),
    body="""Buenos días, mi hija nació aquí en Lima en noviembre, ¿qué tengo que hacer para que ella también quede incluida en mi caso? Gracias.

Rosmary Linares
912 447 590
""",
    label=lab(None,
              {"nombres": "Rosmary Linares", "telefono": "+51912447590",
               "correo": "rosmarylinares@gmail.com"},
              [], "not_required", "triage"))

AP_CAMACHO = text_pdf([
    "# RECURSO DE APELACIÓN",
    "",
    "Señores de la Comisión Especial para los Refugiados:",
    "",
    "REINALDO JOSÉ CAMACHO URBINA, venezolano, cédula de identidad V-16.554.201,",
    "teléfono 985 330 772, correo reinaldocamacho.u@gmail.com, interpongo",
    "RECURSO DE APELACIÓN contra la Resolución N° 03390-2026-CEPR/SE,",
    "notificada el 26 de noviembre de 2026.",
    "",
    "Motivo: la Comisión no consideró que soy objeto de persecución por mi orientación",
    "sexual y que en mi ciudad no existe protección efectiva del Estado.",
    "",
    "Lima, 30 de diciembre de 2026",
    "",
    "Reinaldo José Camacho Urbina",
])
add("apelacion-ong-ingles-extemporanea-enero",
    style="English NGO cover mail, Spanish signed PDF, filed after the holidays",
    box=M, frm="Hannah Becker <h.becker@refugeelegalaid.org>",
    to="Reinaldo Camacho <reinaldocamacho.u@gmail.com>", cc="mesadepartes@rree.gob.pe",
    subject="Recurso de Apelación – Reinaldo José Camacho Urbina",
    received=L(2027, 1, 4, 10, 0, 58), date_tz=1,
    body="""Dear Mesa de Partes,

Please find attached the appeal (recurso de apelación) of Mr. Reinaldo José Camacho Urbina, digitally signed by him. We apologise for the delay: our office was closed over the holidays. Mr. Camacho is copied on this message.

Kind regards,
Hannah Becker
Volunteer caseworker, Refugee Legal Aid Network
""",
    attachments=[("Apelacion_Camacho_firmada.pdf", sign_pdf(AP_CAMACHO, "REINALDO JOSE CAMACHO URBINA"), "signed")],
    label=lab("apelacion",
              {"nombres": "Reinaldo José Camacho Urbina", "nacionalidad": "VE",
               "documento_identidad": "V16554201", "telefono": "+51985330772",
               "correo": "reinaldocamacho.u@gmail.com",
               "motivo": "la Comisión no consideró que soy objeto de persecución por mi orientación sexual"},
              [], "valid", "cargo", ["extemporaneo"]),
    notif=dt.date(2026, 11, 26))

add("prorroga-haitiano-sin-carne-buzon-equivocado",
    style="Spanish/Creole mix, misspelt subject, two mailboxes in To, after close",
    box=S, frm="Fritzner Louis <fritznerlouis.ht@gmail.com>",
    to="refugiados@rree.gob.pe, solicitantesrefugio@rree.gob.pe",
    subject="Prorroga de Recidencia",
    received=L(2027, 1, 5, 16, 35, 20),
    body="""Bonjou, buenas tardes.
Yo soy refugiado reconocido, pido la prorroga de residencia.

Mi datos:
Non: Fritzner Louis
Sexo: M
Nasyonalite: Haití
Paspò: PP3318704
Fecha de nacimiento: 12/4/1987
Telefono: 9 3355 0418

Mèsi
""",
    label=lab("prorroga_residencia",
              {"nombres": "Fritzner Louis", "sexo": "M", "nacionalidad": "HT",
               "documento_identidad": "PP3318704", "fecha_nacimiento": "1987-04-12",
               "telefono": "+51933550418", "correo": "fritznerlouis.ht@gmail.com"},
              ["carne_extranjeria"], "not_required", "subsanar", ["derivado"]),
    recognised=True)

add("carne-solicitante-ingles-sabado",
    style="English, Saturday",
    box=S, frm="Kwame Asante <kwame.asante.gh@gmail.com>",
    subject="Carne de solicitante",
    received=L(2027, 1, 9, 11, 48, 2), date_tz=0,
    body="""Hello,

I am an asylum seeker from Ghana. I would like to know when I can get my applicant ID card (carné de solicitante). My registration interview was in October.

Name: Kwame Osei Asante
Passport: G2288174
Phone / WhatsApp: +51 901 336 458

Thank you.
""",
    label=lab("carne_solicitante",
              {"nombres": "Kwame Osei Asante", "nacionalidad": "GH",
               "documento_identidad": "G2288174", "telefono": "+51901336458",
               "correo": "kwame.asante.gh@gmail.com"},
              [], "not_required", "suspendido"))


# ==========================================================================
# Checks and output
# ==========================================================================
def expected_signature(m):
    proc = m["label"]["procedure"]
    if proc not in FIRMA_PROCS or m["machine"]:
        return "not_required"
    kinds = [k for _, _, k in m["attachments"]]
    if "signed" in kinds:
        return "valid"
    if "altered" in kinds:
        return "invalid"
    if any(k in ("jpg", "png", "imgpdf", "textimgpdf") for k in kinds):
        return "manuscrita"
    return "absent"


def check(m, filing):
    lb = m["label"]
    proc = lb["procedure"]
    f = lb["fields"]
    errs = []
    # attachments really are what they claim
    for name, data, kind in m["attachments"]:
        if name.endswith(".pdf"):
            st = sig_state(data)
            txt = pdf_text(data).strip()
            has_img = b"/Subtype /Image" in data
            want = {"signed": (True, True, False), "altered": (False, True, False),
                    "textpdf": (None, True, False), "textimgpdf": (None, True, True),
                    "imgpdf": (None, False, True)}[kind]
            got = (st, bool(txt), has_img)
            if got != want:
                errs.append("attachment %s is %s, expected %s" % (name, got, want))
    if lb["signature"] != expected_signature(m):
        errs.append("signature %s != %s" % (lb["signature"], expected_signature(m)))
    # outcome
    if m["machine"]:
        exp_out = "ignorado"
    elif proc in PORTAL:
        exp_out = "portal"
    elif proc is None:
        exp_out = "triage"
    elif proc == "carne_solicitante":
        exp_out = "suspendido"
    else:
        miss = []
        for r in REQ[proc]:
            if r == "firma":
                if lb["signature"] in ("invalid", "absent"):
                    miss.append(r)
            elif r == "denuncia_policial":
                if not m["denuncia"]:
                    miss.append(r)
            elif r == "carne_extranjeria*":
                if (m["recognised"] or "carne_extranjeria" in f) and "carne_extranjeria" not in f:
                    miss.append("carne_extranjeria")
            elif r not in f:
                miss.append(r)
        if miss != lb["missing"]:
            errs.append("missing %s != %s" % (lb["missing"], miss))
        exp_out = "subsanar" if miss else ("cargo" if proc in RECURSOS else "acuse")
    if exp_out != lb["outcome"]:
        errs.append("outcome %s != %s" % (lb["outcome"], exp_out))
    if exp_out in ("ignorado", "portal", "triage", "suspendido") and lb["missing"]:
        errs.append("missing must be empty")
    # flags
    flags = set()
    if exp_out not in ("ignorado", "portal", "triage"):
        if proc in HOME and HOME[proc] != m["box"]:
            flags.add("derivado")
        if lb["signature"] == "manuscrita":
            flags.add("verificar_firma")
        if proc in RECURSOS and m["notif"] is not None and filing > add_bd(m["notif"], 15):
            flags.add("extemporaneo")
    if flags != set(lb["flags"]):
        errs.append("flags %s != %s" % (sorted(lb["flags"]), sorted(flags)))
    if proc in RECURSOS and m["notif"] is None and "notificad" in (m["body"] or "").lower():
        errs.append("notification stated but notif not set")
    # fields
    if exp_out != "ignorado" and "correo" not in f:
        errs.append("correo missing from fields")
    if exp_out == "ignorado" and f:
        errs.append("ignorado with fields")
    allowed = {"nombres", "nacionalidad", "documento_identidad", "carne_extranjeria", "telefono",
               "correo", "sexo", "fecha_nacimiento", "fecha_salida", "fecha_retorno", "destino", "motivo"}
    if set(f) - allowed:
        errs.append("unknown fields %s" % (set(f) - allowed))
    # every field value (except normalised ones) must be visible in the text we wrote
    text = (m["body"] or "") + (m["html"] or "") + m["subject"]
    for _, data, kind in m["attachments"]:
        if data[:4] == b"%PDF":
            text += pdf_text(data)
    import unicodedata
    def norm(s):
        s = unicodedata.normalize("NFKD", s)
        return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())
    ntext = norm(text)
    if "correo" in f and f["correo"] != addr_of(m["frm"]).lower() and f["correo"] not in text.lower():
        errs.append("correo neither From nor in text")
    import re
    others = set(re.findall(r"[\w.+-]+@[\w-]+\.[\w.-]+", text.lower())) - {f.get("correo"), S, M, R}
    if others:
        print("   note", m["slug"], "other addresses in text:", sorted(others))
    for k in ("nombres", "destino", "motivo"):
        if k in f and norm(f[k]) not in ntext:
            errs.append("%s %r not in text" % (k, f[k]))
    digits = "".join(c for c in text if c.isdigit())
    for k in ("carne_extranjeria",):
        if k in f and f[k] not in "".join(c for c in text if c.isdigit()):
            errs.append("%s not in text" % k)
    if "telefono" in f:
        tail = f["telefono"][-7:]
        if tail not in digits:
            errs.append("telefono digits not in text")
    if "documento_identidad" in f:
        compact = "".join(c for c in text.upper() if c.isalnum())
        if f["documento_identidad"] not in compact:
            errs.append("documento_identidad not in text")
    return errs


def main():
    for p in OUT.glob("*.eml"):
        p.unlink()
    msgs = sorted(MESSAGES, key=lambda m: m["received"])
    labels = []
    bad = 0
    for i, m in enumerate(msgs, 1):
        fname = "%03d-%s.eml" % (i, m["slug"])
        rec = m["received"]
        filing = filing_day(rec)
        lb = m["label"]
        out = lb["outcome"]
        if out in ("suspendido", "portal", "triage", "ignorado"):
            due = None
        elif out == "subsanar":
            due = add_bd(filing, 2)
        else:
            due = add_bd(filing, PLAZO[lb["procedure"]])
        errs = check(m, filing)
        if errs:
            bad += 1
            print(fname, errs)
        data = build_message(m)
        (OUT / fname).write_bytes(data)
        labels.append({
            "file": fname, "mailbox": m["box"], "received": rec.astimezone(LIMA).isoformat(),
            "procedure": lb["procedure"], "fields": lb["fields"], "missing": lb["missing"],
            "signature": lb["signature"], "outcome": out, "flags": sorted(lb["flags"]),
            "filing_date": filing.isoformat(), "due_date": due.isoformat() if due else None,
        })
        m["file"] = fname
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("%d messages, %d with label problems" % (len(labels), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
