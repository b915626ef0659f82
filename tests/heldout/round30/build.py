#!/usr/bin/env python3
"""Round 30: writes the .eml files, labels.jsonl and checks them.

Run with /work/rounds/.venv-r30/bin/python build.py
Emphasis: formal / institutional mail (SUMILLA, FUNDAMENTOS, PETITORIO, lawyers,
clinics, parishes, NGOs), relatives writing for someone, quoted office replies,
HTML-only Outlook/Gmail with tables, recursos with notification dates.
"""
import datetime as dt
import io
import logging
logging.disable(logging.CRITICAL)
import warnings
warnings.filterwarnings("ignore")
import json
import os
import random
import re
import sys
import tempfile
import tomllib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import holidays
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(30)

# ----------------------------------------------------------------- calendar
with open(os.path.join(HERE, "config.toml"), "rb") as fh:
    CFG = tomllib.load(fh)["calendar"]
LIMA = ZoneInfo(CFG["timezone"])
CLOSE = dt.time.fromisoformat(CFG["office_close"]) if CFG.get("office_close") else None
NWD = {dt.date.fromisoformat(d) for d in CFG.get("non_working_days", [])}
PEH = holidays.country_holidays("PE", years=[2026, 2027])


def is_bd(d):
    return d.weekday() < 5 and d not in PEH and d not in NWD


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


def filing_day(rcv):
    d = rcv.date()
    if is_bd(d) and (CLOSE is None or rcv.time() < CLOSE):
        return d
    return next_bd(d)


def late(notif, filing):
    """extemporaneo: filing day after the 15th business day after notification."""
    return filing > add_bd(notif, 15)


# hand checks of the calendar (see README)
assert filing_day(dt.datetime(2026, 10, 7, 17, 5, tzinfo=LIMA)) == dt.date(2026, 10, 12)
assert add_bd(dt.date(2026, 10, 12), 15) == dt.date(2026, 11, 2)
assert add_bd(dt.date(2026, 12, 10), 15) == dt.date(2027, 1, 6)
assert add_bd(dt.date(2026, 12, 2), 5) == dt.date(2026, 12, 14)
assert add_bd(dt.date(2026, 11, 3), 15) == dt.date(2026, 11, 24)
assert add_bd(dt.date(2026, 11, 20), 15) == dt.date(2026, 12, 16)
assert add_bd(dt.date(2026, 12, 28), 2) == dt.date(2026, 12, 30)

# ----------------------------------------------------------------- procedures
S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {"carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
        "reconsideracion": M, "apelacion": M, "renuncia": M,
        "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R}
REQ = {
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria",
                            "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad",
                                    "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres",
                           "carne_extranjeria", "telefono"],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}

# ----------------------------------------------------------------- PDFs
TMP = tempfile.mkdtemp(prefix="r30-")
FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"
FONT_TYPE = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
LATIN1_FIX = {"\u2013": "-", "\u2014": "-", "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
              "\u2026": "...", "\u2022": "-"}


def l1(s):
    for a, b in LATIN1_FIX.items():
        s = s.replace(a, b)
    s.encode("latin-1")
    return s


def text_pdf(text, logo=None, title=None):
    """Text-layer PDF with a core font (uncompressed content, literal strings)."""
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    pdf.set_margins(22, 18, 22)
    pdf.set_title(title or "Escrito")
    pdf.add_page()
    if logo:
        pdf.image(logo, x=22, y=12, w=28)
        pdf.set_xy(54, 14)
        pdf.set_font("Helvetica", "B", 10)
        pdf.multi_cell(0, 5, l1(logo_caption(logo)), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)
    for para in text.strip("\n").split("\n"):
        if para.startswith("# "):
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, l1(para[2:]), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.5, l1(para) if para else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


LOGO_CAPTIONS = {}


def logo_caption(path):
    return LOGO_CAPTIONS.get(path, "")


def make_logo(name, caption, color=(20, 60, 120)):
    img = Image.new("RGB", (240, 240), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((10, 10, 230, 230), outline=color, width=14)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 88)
    initials = "".join(w[0] for w in name.split()[:2]).upper()
    d.text((120, 120), initials, fill=color, font=f, anchor="mm")
    path = os.path.join(TMP, re.sub(r"\W+", "_", name) + ".png")
    img.save(path)
    LOGO_CAPTIONS[path] = caption
    return path


def scan_image(text, seed=0, sign="firma"):
    """A photographed / scanned handwritten-looking page, returned as PIL image."""
    rnd = random.Random(seed)
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 236)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_HAND, 30)
    y = 110
    for line in text.strip("\n").split("\n"):
        x = 90 + rnd.randint(-6, 6)
        d.text((x, y), line, fill=rnd.randint(25, 60), font=f)
        y += 46 + rnd.randint(-3, 3)
    # a scribbled signature
    pts = []
    x0, y0 = 180, y + 60
    for i in range(40):
        pts.append((x0 + i * 12 + rnd.randint(-4, 4), y0 + rnd.randint(-30, 30)))
    d.line(pts, fill=20, width=4)
    d.line((150, y0 + 50, 700, y0 + 50), fill=40, width=2)
    d.text((180, y0 + 60), sign, fill=40, font=ImageFont.truetype(FONT_HAND, 24))
    for _ in range(2500):
        px, py = rnd.randrange(W), rnd.randrange(H)
        d.point((px, py), fill=rnd.randint(150, 210))
    img = img.rotate(rnd.uniform(-1.4, 1.4), fillcolor=210, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return img


def jpeg(text, seed=0, sign="firma"):
    buf = io.BytesIO()
    scan_image(text, seed, sign).convert("RGB").save(buf, "JPEG", quality=70)
    return buf.getvalue()


def png(text, seed=0, sign="firma"):
    buf = io.BytesIO()
    scan_image(text, seed, sign).save(buf, "PNG")
    return buf.getvalue()


def scan_pdf(pages, seed=0, sign="firma"):
    """PDF holding only page images (no text layer)."""
    pdf = FPDF(format="A4")
    for i, page in enumerate(pages):
        pdf.add_page()
        path = os.path.join(TMP, f"scan_{seed}_{i}.jpg")
        scan_image(page, seed + i, sign if i == len(pages) - 1 else "").convert("RGB").save(path, "JPEG", quality=65)
        pdf.image(path, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


_SIGNERS = {}


def signer_for(cn):
    from pyhanko.sign import signers
    if cn in _SIGNERS:
        return _SIGNERS[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(t0).not_valid_after(t0 + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=True, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    base = os.path.join(TMP, re.sub(r"\W+", "_", cn))
    with open(base + ".key", "wb") as fh:
        fh.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()))
    with open(base + ".crt", "wb") as fh:
        fh.write(cert.public_bytes(serialization.Encoding.PEM))
    s = signers.SimpleSigner.load(base + ".key", base + ".crt")
    _SIGNERS[cn] = s
    return s


def sign(pdf_bytes, cn, reason="Firma del recurrente"):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="Firma1", reason=reason, location="Lima, Peru")
    return signers.sign_pdf(w, meta, signer=signer_for(cn)).getvalue()


def alter(signed, old, new):
    """Change bytes inside the signed range (same length) -> signature no longer intact."""
    old_b, new_b = l1(old).encode("latin-1"), l1(new).encode("latin-1")
    assert len(old_b) == len(new_b), (old, new)
    assert signed.count(old_b) == 1, (old, signed.count(old_b))
    return signed.replace(old_b, new_b)


def sig_status(pdf_bytes):
    """(has_signature, intact) using pyhanko."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
    sigs = r.embedded_signatures
    if not sigs:
        return False, None
    st = validate_pdf_signature(sigs[0])
    return True, bool(st.intact)


# ----------------------------------------------------------------- messages
MESSAGES = []
RX_HOPS = {
    "gmail.com": ("mail-sor-f41.google.com", "209.85.220.41"),
    "hotmail.com": ("mail-dm6nam12olkn2041.outbound.protection.outlook.com", "40.92.22.41"),
    "outlook.com": ("mail-bn8nam12olkn2090.outbound.protection.outlook.com", "40.92.21.90"),
    "outlook.es": ("mail-am6eur05olkn2011.outbound.protection.outlook.com", "40.92.58.11"),
    "yahoo.com": ("sonic301-21.consmr.mail.ne1.yahoo.com", "66.163.190.147"),
    "yahoo.es": ("sonic312-8.consmr.mail.ir2.yahoo.com", "77.238.176.55"),
}


def rx_header(sender, mailbox, when, utc=False):
    dom = sender.rsplit("@", 1)[1].rstrip(">").lower()
    host, ip = RX_HOPS.get(dom, ("mail." + dom, "190.%d.%d.%d" % (random.randint(0, 255), random.randint(0, 255),
                                                                     random.randint(1, 254))))
    stamp = when.astimezone(dt.timezone.utc) if utc else when
    qid = "".join(random.choice("0123456789ABCDEF") for _ in range(10))
    return (f"from {host} ({host} [{ip}]) by mx1.rree.gob.pe (Postfix) with ESMTPS id {qid} "
            f"for <{mailbox}>; {format_datetime(stamp)}")


def add(file, *, mailbox, received, subject, frm, body=None, html=None, to=None, cc=None,
        delivered_to=True, date=None, date_tz=None, attachments=(), headers=None, utc_rx=False,
        extra_rx=None, procedure, fields, sig=None, notif=None, refugiado=False,
        outcome, flags=(), ignorado=False, raw=None, note=None):
    """Register one message.  `fields` are the labels; missing/outcome are recomputed
    from the rules and compared with the expected `outcome` and `flags`."""
    rcv = dt.datetime.fromisoformat(received).replace(tzinfo=LIMA)
    MESSAGES.append(dict(file=file, mailbox=mailbox, rcv=rcv, subject=subject, frm=frm, body=body,
                         html=html, to=to, cc=cc, delivered_to=delivered_to, date=date, date_tz=date_tz,
                         attachments=list(attachments), headers=headers or {}, utc_rx=utc_rx,
                         extra_rx=extra_rx, procedure=procedure, fields=fields, sig=sig, notif=notif,
                         refugiado=refugiado, outcome=outcome, flags=set(flags), ignorado=ignorado,
                         raw=raw, note=note))


def att_pdf(name, data):
    return (name, "application", "pdf", data)


def att_jpg(name, data):
    return (name, "image", "jpeg", data)


def att_png(name, data):
    return (name, "image", "png", data)


# ----------------------------------------------------------------- HTML helpers
def outlook(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; '
            'font-family:"Calibri",sans-serif;} --></style></head>'
            '<body lang="ES-PE" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
            + inner + '</div></body></html>')


def mso(*paras):
    return "".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>' if p else
                   '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)


def gmail(inner):
    return f'<div dir="ltr">{inner}</div>'


def gdivs(*lines):
    return "".join(f"<div>{ln}</div>" if ln else "<div><br></div>" for ln in lines)


def kv_table(rows, style="outlook"):
    if style == "outlook":
        tr = "".join(
            f'<tr><td width="180" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">'
            f'<b>{k}</b><o:p></o:p></p></td><td width="320" style="border:solid windowtext 1.0pt;'
            f'border-left:none;padding:0cm 5.4pt"><p class="MsoNormal">{v}<o:p></o:p></p></td></tr>'
            for k, v in rows)
        return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                'style="border-collapse:collapse;border:none">' + tr + '</table>')
    tr = "".join(f'<tr><td style="padding:2px 8px;background:#f3f3f3">{k}</td>'
                 f'<td style="padding:2px 8px">{v}</td></tr>' for k, v in rows)
    return f'<table border="0" cellpadding="0" cellspacing="0">{tr}</table>'


def col_table(header, rows, style="gmail"):
    th = "".join(f'<th style="border:1px solid #999;padding:3px 6px;background:#dde">{h}</th>' for h in header)
    trs = "".join("<tr>" + "".join(f'<td style="border:1px solid #999;padding:3px 6px">{c}</td>' for c in r)
                  + "</tr>" for r in rows)
    return (f'<table style="border-collapse:collapse;font-family:Arial;font-size:12px">'
            f'<thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>')


# =================================================================== 001-010
# 001 lawyer, apelación only in a digitally signed PDF (valid); Outlook HTML body
ap001 = """
# SUMILLA: INTERPONE RECURSO DE APELACIÓN
Expediente N° 2025-CEPR-08812
Escrito N° 01

# SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS - MINISTERIO DE RELACIONES EXTERIORES

CARLOS EDUARDO ROJAS MEDINA, de nacionalidad venezolana, identificado con Pasaporte N° 147852369, con domicilio real en Jr. Huiracocha 1180, dpto. 302, distrito de Jesús María, Lima, teléfono celular 951 204 873 y correo electrónico carlos.rojasmedina@gmail.com, donde autorizo se me notifique, con el patrocinio del letrado que suscribe, ante usted respetuosamente me presento y digo:

# I. PETITORIO
Que, al amparo de los artículos 218 y 220 del Texto Único Ordenado de la Ley N° 27444, interpongo RECURSO DE APELACIÓN contra la Resolución N° 0413-2026-CEPR/SE, de fecha 18 de setiembre de 2026, que declara infundado mi recurso de reconsideración y confirma la denegatoria de mi solicitud de refugio, a fin de que el superior jerárquico la revoque y, reformándola, me reconozca la condición de refugiado.

# II. FUNDAMENTOS DE HECHO
1. La resolución impugnada me fue notificada el 13 de octubre de 2026 en mi casilla de correo electrónico, por lo que el presente recurso se interpone dentro del plazo de quince días hábiles.
2. La Comisión no valoró las pruebas de la persecución que sufrí por mi participación como dirigente sindical en la empresa estatal donde laboraba en Ciudad Guayana, ni las amenazas recibidas por miembros de un colectivo armado que constan en las capturas de pantalla que anexé.
3. La resolución sostiene que mi relato carece de credibilidad por supuestas contradicciones en las fechas, cuando dichas diferencias obedecen a un error de transcripción en el acta de la entrevista, tal como lo hice notar en su oportunidad.
4. Regresar a Venezuela me expone a un riesgo real de detención arbitraria, como ocurrió con otros dos dirigentes de mi sindicato durante el año 2025.

# III. FUNDAMENTOS DE DERECHO
1. Ley N° 27891, Ley del Refugiado, artículo 3, literal a).
2. Convención sobre el Estatuto de los Refugiados de 1951 y su Protocolo de 1967.
3. Texto Único Ordenado de la Ley N° 27444, artículos 218.2 y 220.

# IV. MEDIOS PROBATORIOS Y ANEXOS
1-A Copia del pasaporte del recurrente.
1-B Copia de la resolución impugnada.
1-C Capturas de pantalla de las amenazas recibidas (12 folios).

POR TANTO:
Solicito a usted conceder el recurso y elevar los actuados al superior jerárquico.

Lima, 26 de octubre de 2026

(Firmado digitalmente)
CARLOS EDUARDO ROJAS MEDINA - Pasaporte N° 147852369

Héctor Salazar Quispe - Abogado - Reg. CAL N° 45821
"""
add("001-apelacion-estudio-pdf-firmado.eml", mailbox=M, received="2026-10-27 10:14:33",
    subject="Recurso de Apelación - Expediente 2025-CEPR-08812",
    frm='"Héctor Salazar Quispe" <hsalazar@salazar-abogados.pe>', to=M,
    html=outlook(mso(
        "Señores",
        "<b>Mesa de Partes Virtual</b>",
        "Ministerio de Relaciones Exteriores",
        "Presente.-", "",
        "De mi consideración:", "",
        "Por encargo de mi patrocinado remito adjunto, en formato PDF firmado digitalmente, el recurso de "
        "apelación contra la Resolución N° 0413-2026-CEPR/SE, en tres (03) folios más anexos.",
        "Agradeceré remitir el cargo de recepción a este correo.", "",
        "Atentamente,", "",
        "<b>Héctor Salazar Quispe</b>",
        "Abogado – Reg. CAL N° 45821",
        "SALAZAR &amp; ASOCIADOS ABOGADOS",
        "Av. Arequipa 2450, Of. 701 – Lince, Lima",
        "T. (01) 442-3318 | C. 998 120 447",
        '<a href="mailto:hsalazar@salazar-abogados.pe">hsalazar@salazar-abogados.pe</a>')),
    attachments=[att_pdf("APELACION_ROJAS_MEDINA_firmado.pdf", sign(text_pdf(ap001), "CARLOS EDUARDO ROJAS MEDINA"))],
    procedure="apelacion", sig="valid", notif=dt.date(2026, 10, 13),
    fields={"nombres": "CARLOS EDUARDO ROJAS MEDINA", "nacionalidad": "VE", "documento_identidad": "147852369",
            "telefono": "+51951204873", "correo": "carlos.rojasmedina@gmail.com",
            "motivo": "La Comisión no valoró las pruebas de la persecución que sufrí por mi participación como dirigente sindical"},
    outcome="cargo")

# 002 legal clinic, reconsideración in the body + scanned signed letter (image-only PDF), late
rc002_scan = """SEÑORA SECRETARIA EJECUTIVA - CEPR
Asunto: Recurso de reconsideración
Yo, Yusleidy Carolina Márquez Figueroa,
C.I. V-19.874.320, interpongo recurso de
reconsideración contra la resolución que
deniega mi solicitud de refugio.
Pido se revise mi caso.
Lima, 27 de noviembre de 2026"""
add("002-reconsideracion-clinica-juridica-escaneo.eml", mailbox=M, received="2026-11-30 11:40:12",
    subject="RECURSO DE RECONSIDERACIÓN - YUSLEIDY CAROLINA MÁRQUEZ FIGUEROA",
    frm='"Clínica Jurídica de Migrantes y Refugiados" <clinicajuridica.migrantes@upacifico.edu.pe>', to=M,
    body="""SUMILLA: INTERPONE RECURSO DE RECONSIDERACIÓN

SEÑORA SECRETARIA EJECUTIVA DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:

La Clínica Jurídica de Migrantes y Refugiados de la Facultad de Derecho de la Universidad del Pacífico Sur, en representación de la señora YUSLEIDY CAROLINA MÁRQUEZ FIGUEROA, de nacionalidad venezolana, identificada con cédula de identidad V-19.874.320, con teléfono de contacto +51 934 118 902 y correo electrónico yusleidy.marquez90@hotmail.com, ante usted decimos:

I. PETITORIO
Interponemos recurso de reconsideración contra la Resolución N° 1187-2026-CEPR/SE, solicitando se declare fundado y se reconozca a la recurrente la condición de refugiada.

II. FUNDAMENTOS DE HECHO
1. La resolución fue notificada a la recurrente con fecha 03/11/2026, a través del correo electrónico registrado en el sistema.
2. La recurrente aporta nueva prueba: el informe médico legal y la constancia de la denuncia por violencia que sufrió en el estado Zulia a manos de su ex pareja, funcionario policial, que no pudo presentar en la entrevista porque se encontraba en poder de su madre en Venezuela.
3. Dicha prueba acredita que el Estado venezolano no le brindó protección, lo que configura el supuesto del artículo 3 de la Ley N° 27891.

III. FUNDAMENTOS DE DERECHO
- Artículos 218.2 y 219 del TUO de la Ley N° 27444.
- Ley N° 27891, Ley del Refugiado, y su Reglamento (D.S. N° 119-2003-RE).

IV. ANEXOS
1-A Escrito de reconsideración firmado por la recurrente (escaneado).
1-B Informe médico legal (se remitirá en físico).

Lima, 30 de noviembre de 2026

Atentamente,

Mg. Rosa Elvira Huamán Ccori
Supervisora - Clínica Jurídica de Migrantes y Refugiados
Reg. CAL N° 61207
Telf. (01) 619-7000 anexo 3312 / 987 650 112
clinicajuridica.migrantes@upacifico.edu.pe
Av. La Marina 2810, San Miguel - Lima
""",
    attachments=[att_pdf("Escrito_reconsideracion_firmado_Marquez.pdf", scan_pdf([rc002_scan], seed=2,
                                                                                  sign="Yusleidy Márquez"))],
    procedure="reconsideracion", sig="manuscrita", notif=dt.date(2026, 11, 3),
    fields={"nombres": "YUSLEIDY CAROLINA MÁRQUEZ FIGUEROA", "nacionalidad": "VE", "documento_identidad": "V19874320",
            "telefono": "+51934118902", "correo": "yusleidy.marquez90@hotmail.com",
            "motivo": "La recurrente aporta nueva prueba: el informe médico legal y la constancia de la denuncia por violencia"},
    outcome="cargo", flags=["verificar_firma", "extemporaneo"])

# 003 parish writes for a Haitian applicant; renuncia with a photographed handwritten letter
add("003-renuncia-parroquia-foto-carta.eml", mailbox=M, received="2026-10-10 09:12:40",
    subject="Renuncia - solicitud de refugio de la Sra. Jean-Baptiste",
    frm='"Pastoral de Movilidad Humana - Parroquia Santa Rosa" <movilidadhumana.santarosa@gmail.com>', to=M,
    body="""Señores de la Comisión Especial para los Refugiados:

Reciban un cordial saludo de la Pastoral de Movilidad Humana de la Parroquia Santa Rosa de Lima (Collique, Comas).

Acompañamos desde hace un año a la señora Marie-Claude Jean-Baptiste, de nacionalidad haitiana, con pasaporte N° PM2837461, quien es solicitante de refugio. Ella nos ha pedido ayudarla a enviar su renuncia a la solicitud de refugio, porque su madre está muy enferma en Les Cayes y ha decidido regresar a Haití para cuidarla. Ella no tiene computadora ni correo propio.

Adjuntamos la carta que ella escribió y firmó a mano (foto tomada con celular). Su número de celular es 927 640 315, puede contestar en francés o en un español básico.

Agradecemos de antemano su atención y quedamos atentos.

Dios los bendiga,

P. Julio César Mendoza Arce
Párroco - Parroquia Santa Rosa de Lima
Pastoral de Movilidad Humana
Av. Revolución 1420, Collique - Comas
Tel. (01) 537-2290 | 999 431 205
movilidadhumana.santarosa@gmail.com
""",
    attachments=[att_jpg("carta_renuncia_MC_Jean-Baptiste.jpg", jpeg("""Señores Comisión de Refugiados
Yo Marie-Claude Jean-Baptiste
pasaporte PM2837461, renuncio a mi
solicitud de refugio porque debo volver
a Haiti, mi madre esta enferma.
Lima 8 octubre 2026""", seed=3, sign="M.C. Jean-Baptiste"))],
    procedure="renuncia", sig="manuscrita",
    fields={"nombres": "Marie-Claude Jean-Baptiste", "nacionalidad": "HT", "documento_identidad": "PM2837461",
            "telefono": "+51927640315", "correo": "movilidadhumana.santarosa@gmail.com",
            "motivo": "su madre está muy enferma en Les Cayes y ha decidido regresar a Haití para cuidarla"},
    outcome="acuse", flags=["verificar_firma"])

# 004 Outlook HTML-only, label/value table, surname first, after office close on a Friday
add("004-prorroga-outlook-tabla.eml", mailbox=R, received="2026-10-16 16:47:05",
    subject="Prórroga de residencia",
    frm='"Gutiérrez Salas, Andrés Felipe" <afgutierrez.salas@outlook.com>', to=R,
    html=outlook(mso("Buenas tardes, señores de la Secretaría Ejecutiva:", "",
                     "Por medio del presente solicito la prórroga anual de mi residencia como refugiado "
                     "reconocido. Consigno mis datos:", "")
                 + kv_table([("Nombres y Apellidos", "GUTIÉRREZ SALAS ANDRÉS FELIPE"),
                             ("Sexo", "Masculino"),
                             ("Nacionalidad", "Colombiana"),
                             ("Cédula de ciudadanía", "1.098.765.432"),
                             ("Carné de Extranjería", "000 412 785"),
                             ("Fecha de nacimiento", "22/07/1988"),
                             ("Teléfono", "987 332 145"),
                             ("Correo", "afgutierrez.salas@outlook.com")])
                 + mso("", "Quedo atento a la remisión del oficio a Migraciones.", "", "Cordialmente,",
                       "Andrés F. Gutiérrez S.")),
    procedure="prorroga_residencia", refugiado=True,
    fields={"nombres": "GUTIÉRREZ SALAS ANDRÉS FELIPE", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "1098765432", "carne_extranjeria": "000412785",
            "fecha_nacimiento": "1988-07-22", "telefono": "+51987332145", "correo": "afgutierrez.salas@outlook.com"},
    outcome="acuse")

# 005 Gmail HTML-only with a column table listing the family (titular row = applicant)
add("005-prorroga-familia-tabla-columnas.eml", mailbox=R, received="2026-11-05 09:03:51",
    date_tz=ZoneInfo("America/Caracas"),
    subject="renovacion de residencia anual - familia Briceño",
    frm='"Yoselin" <yoselin.briceno.r@gmail.com>', to=R,
    html=gmail(gdivs("Buenos días,", "",
                     "Soy venezolana, refugiada reconocida desde el 2023. Solicito la prórroga de residencia "
                     "de este año. Abajo están mis datos (titular) y los de mi esposo e hija, que son mis "
                     "dependientes; mi esposo es colombiano.", "")
               + col_table(["Parentesco", "Apellidos y nombres", "Sexo", "Fecha de nac.", "Pasaporte", "C.E."],
                           [["Titular", "BRICEÑO RANGEL YOSELIN ANDREINA", "F", "03/02/1991", "132004587", "001287654"],
                            ["Esposo", "CAICEDO MORA JULIÁN ESTEBAN", "M", "11/09/1987", "AT447120", "001287655"],
                            ["Hija", "CAICEDO BRICEÑO VALERIA SOFÍA", "F", "30/06/2017", "156002341", "001287656"]])
               + gdivs("", "Mi celular: +51 946 221 870", "", "Muchas gracias,", "Yoselin Briceño")),
    procedure="prorroga_residencia", refugiado=True,
    fields={"nombres": "BRICEÑO RANGEL YOSELIN ANDREINA", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "132004587", "carne_extranjeria": "001287654",
            "fecha_nacimiento": "1991-02-03", "telefono": "+51946221870", "correo": "yoselin.briceno.r@gmail.com"},
    outcome="acuse")

# 006 daughter writes for her mother; received 19:22 Lima, Received header in UTC (next day)
add("006-cambio-clave-hija-escribe.eml", mailbox=S, received="2026-10-20 19:22:18", utc_rx=True,
    subject="Cambio de clave y contraseña - para mi mamá",
    frm='"Daniela Paredes" <daniparedes.2003@gmail.com>', to=S,
    body="""Buenas noches

Les escribo por mi mamá porque ella no maneja bien el correo. Ella es la solicitante de refugio, no yo:

Nombre completo: Gladys Mercedes Ortiz de Paredes
Cédula: V-8.456.112
Celular de ella: 913 557 204
Correo de ella (el que registró en el sistema): GladysOrtizP1962@hotmail.com

Necesita cambio de clave porque ya no puede entrar al Sistema de Refugiados, le sale "clave incorrecta" y el enlace de recuperar no le llega.

Yo soy su hija, Daniela Paredes Ortiz, mi número es 955 201 339 por si no la ubican a ella.

Gracias de antemano
""",
    procedure="cambio_clave",
    fields={"nombres": "Gladys Mercedes Ortiz de Paredes", "documento_identidad": "V8456112",
            "telefono": "+51913557204", "correo": "gladysortizp1962@hotmail.com",
            "motivo": "ya no puede entrar al Sistema de Refugiados, le sale \"clave incorrecta\""},
    outcome="acuse")

# 007 lowercase, incomplete: no phone
add("007-cambio-contrasena-sin-telefono.eml", mailbox=S, received="2026-10-24 13:05:00",
    subject="cambio de contraseña",
    frm='"jose gregorio" <josegre.ramirez77@gmail.com>', to=S,
    body="""buenas tardes necesito cambiar la clave del sistema de refugio
mis datos RAMIREZ TOVAR JOSE GREGORIO pasaporte 108234567
gracias

Enviado desde mi Samsung Galaxy
""",
    procedure="cambio_clave",
    fields={"nombres": "RAMIREZ TOVAR JOSE GREGORIO", "documento_identidad": "108234567",
            "correo": "josegre.ramirez77@gmail.com"},
    outcome="subsanar")

# 008 recognised refugee without carné number
add("008-actualizacion-refugiado-sin-carne.eml", mailbox=S, received="2026-10-13 08:05:44",
    subject="Actualización de datos",
    frm='"Luis Ángel Pacheco" <lapacheco_u@yahoo.com>', to=S,
    body="""Estimados señores:

Soy refugiado reconocido desde el año 2022 y les escribo para actualizar mis datos de contacto.

Nombres y apellidos: Luis Ángel Pacheco Useche
Nacionalidad: venezolana
Cédula: V-15.332.908
Nuevo teléfono: +51 961 440 023
Nueva dirección: Calle Los Pinos 245, Surquillo, Lima

Atentamente,
Luis Á. Pacheco U.
""",
    procedure="actualizacion_datos", refugiado=True,
    fields={"nombres": "Luis Ángel Pacheco Useche", "nacionalidad": "VE", "documento_identidad": "V15332908",
            "telefono": "+51961440023", "correo": "lapacheco_u@yahoo.com"},
    outcome="subsanar")

# 009 actualización sent to mesadepartes (derivado), all caps
add("009-actualizacion-datos-a-mesadepartes.eml", mailbox=M, received="2026-11-09 12:30:09",
    subject="ACTUALIZACION DE DATOS",
    frm='"WILMER CASTILLO" <wilmer.castillo.ec@gmail.com>', to=M,
    body="""BUENAS TARDES SOY SOLICITANTE DE REFUGIO Y QUIERO ACTUALIZAR MIS DATOS

NOMBRE: WILMER ANTONIO CASTILLO QUIÑONEZ
NACIONALIDAD: ECUATORIANA
CEDULA: 0923456781
CELULAR: 981-776-530
CORREO NUEVO: Wcastillo.Q@outlook.es

GRACIAS
""",
    procedure="actualizacion_datos",
    fields={"nombres": "WILMER ANTONIO CASTILLO QUIÑONEZ", "nacionalidad": "EC", "documento_identidad": "0923456781",
            "telefono": "+51981776530", "correo": "wcastillo.q@outlook.es"},
    outcome="acuse", flags=["derivado"])

# 010 carné de solicitante (suspended)
add("010-carne-solicitante.eml", mailbox=S, received="2026-10-05 10:00:27",
    subject="Carné de solicitante",
    frm='"Yorman Escalona" <yorman.escalona@gmail.com>', to=S,
    body="""Buenos días,

Quisiera saber cuándo puedo recoger mi carné de solicitante de refugio. Ya hice la entrevista de registro en agosto y me tomaron las huellas.

Yorman José Escalona Peña
Pasaporte 117654098
Cel 958 014 227

Saludos.
""",
    procedure="carne_solicitante",
    fields={"nombres": "Yorman José Escalona Peña", "documento_identidad": "117654098",
            "telefono": "+51958014227", "correo": "yorman.escalona@gmail.com"},
    outcome="suspendido")


# =================================================================== 011-020
# 011 "Duplicado de carnet" (two procedures) but body names the carné de solicitante; sent to refugiados
add("011-duplicado-carnet-solicitante-refugiados.eml", mailbox=R, received="2026-12-09 10:20:00",
    subject="Duplicado de carnet",
    frm='"Mariangel Suárez" <mariangel.suarez.v@hotmail.com>', to=R,
    body="""Buen día

Perdí mi carné de solicitante de refugio (el carné de color blanco que me dieron en la Cancillería) y necesito sacar el duplicado. Adjunto la denuncia que hice en la comisaría.

Mariangel Suárez Villarroel
cédula 20.114.873
whatsapp +51 940 662 118

gracias
""",
    attachments=[att_pdf("denuncia_perdida_carne.pdf", text_pdf("""
# POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP SAN CAYETANO
CONSTANCIA DE DENUNCIA POLICIAL POR PÉRDIDA DE DOCUMENTOS
Denuncia N° 30981245 - Fecha: 07/12/2026
Denunciante: MARIANGEL SUAREZ VILLARROEL
Documento extraviado: Carné de solicitante de refugio.
Lugar: inmediaciones del Mercado Central, Cercado de Lima.
""", title="Denuncia"))],
    procedure="carne_solicitante",
    fields={"nombres": "Mariangel Suárez Villarroel", "documento_identidad": "20114873",
            "telefono": "+51940662118", "correo": "mariangel.suarez.v@hotmail.com",
            "motivo": "Perdí mi carné de solicitante de refugio"},
    outcome="suspendido", flags=["derivado"])

# 012 duplicado CE, Outlook HTML table, police report PDF named denuncia
add("012-duplicado-carne-extranjeria-completo.eml", mailbox=R, received="2026-11-16 15:58:31",
    extra_rx=("from PH0PR11MB4871.namprd11.prod.outlook.com ([fe80::5c1b:9a2e:41d0:7c3a]) by "
              "PH0PR11MB4871.namprd11.prod.outlook.com ([fe80::5c1b:9a2e:41d0:7c3a%5]) with mapi id "
              "15.20.8293.000; Mon, 16 Nov 2026 20:58:12 +0000"),
    subject="Duplicado de carné de extranjería - MEDINA PINEDA ROSA ANGÉLICA",
    frm='"Rosa Medina" <rosangelica.medina@outlook.com>', to=R,
    html=outlook(mso("Señores Refugiados – Cancillería:", "",
                     "Solicito el duplicado de mi carné de extranjería, pues me robaron la cartera con el carné "
                     "dentro en el Metropolitano el pasado 10 de noviembre. Adjunto la denuncia policial.", "")
                 + kv_table([("Apellidos y nombres", "MEDINA PINEDA ROSA ANGÉLICA"),
                             ("Sexo", "Femenino"),
                             ("Nacionalidad", "Venezolana"),
                             ("Pasaporte", "115678234"),
                             ("Carné de extranjería", "000981234"),
                             ("Fecha de nacimiento", "04-10-1979"),
                             ("Teléfono", "944 876 120")])
                 + mso("", "Gracias,", "Rosa A. Medina P.")),
    attachments=[att_pdf("Denuncia_Policial_Comisaria_Alfonso_Ugarte.pdf", text_pdf("""
# POLICÍA NACIONAL DEL PERÚ
# COMISARÍA PNP ALFONSO UGARTE
COPIA CERTIFICADA DE DENUNCIA POLICIAL
Libro de ocurrencias: Denuncia por hurto N° 4471 - 11/11/2026 - 09:40 horas.
Se presentó la persona de MEDINA PINEDA ROSA ANGELICA (55) quien denuncia que el día 10/11/2026, aprox. a las 18:30, en la estación Central del Metropolitano, personas desconocidas sustrajeron su cartera conteniendo su carné de extranjería y dinero en efectivo.
Se expide la presente a solicitud de la interesada para los fines que estime conveniente.
""", title="Denuncia policial"))],
    procedure="duplicado_carne_extranjeria", refugiado=True,
    fields={"nombres": "MEDINA PINEDA ROSA ANGÉLICA", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "115678234", "carne_extranjeria": "000981234",
            "fecha_nacimiento": "1979-10-04", "telefono": "+51944876120", "correo": "rosangelica.medina@outlook.com",
            "motivo": "me robaron la cartera con el carné dentro en el Metropolitano"},
    outcome="acuse")

# 013 duplicado without police report (body says "denuncia" but no attachment), one minute after close
add("013-duplicado-carnet-extranjeria-sin-denuncia.eml", mailbox=R, received="2026-11-20 16:31:10",
    subject="duplicado carnet extranjeria",
    frm='"Yunior Rdguez" <yunior.rguez85@gmail.com>', to=R,
    body="""Saludos,

Se me perdio el carnet de extranjeria en la mudanza y necesito el duplicado. Todavia no saco la denuncia en la comisaria, ¿es obligatoria? Les dejo mis datos:

- Nombre: Yunior Rodríguez Almeida
- Sexo: masculino
- Nacionalidad: cubano
- Carnet de identidad cubano: 85031512345
- Carné de extranjería: 001456789
- Nací el 15 de marzo de 1985
- Teléfono 923 456 781

Muchas gracias
""",
    procedure="duplicado_carne_extranjeria", refugiado=True,
    fields={"nombres": "Yunior Rodríguez Almeida", "sexo": "M", "nacionalidad": "CU",
            "documento_identidad": "85031512345", "carne_extranjeria": "001456789",
            "fecha_nacimiento": "1985-03-15", "telefono": "+51923456781", "correo": "yunior.rguez85@gmail.com",
            "motivo": "Se me perdio el carnet de extranjeria en la mudanza"},
    outcome="subsanar")

# 014 duplicado with photographed denuncia (file name says denuncia), no birth date; on a día no laborable
add("014-duplicado-carne-foto-denuncia-sin-nacimiento.eml", mailbox=R, received="2026-12-24 10:02:13",
    subject="Solicitud duplicado de carné de extranjería",
    frm='"Ángela P. Restrepo" <angela.restrepo.g@gmail.com>', to=R,
    body="""Buenos días, feliz navidad.

Mi nombre es Ángela Patricia Restrepo Giraldo, soy colombiana y refugiada reconocida, sexo femenino. Mi C.C. es 43.872.116. El carné de extranjería N° 000 665 102 se me quedó olvidado en un taxi y no lo pude recuperar. Les mando foto de la denuncia que puse en la comisaría y la foto del carné que tenía guardada en el celular.

Mi celular 9 8877 6655.

Quedo atenta.
""",
    attachments=[att_jpg("denuncia_pnp.jpg", jpeg("""POLICIA NACIONAL DEL PERU
COMISARIA SAN ISIDRO
Denuncia por perdida de documentos
Restrepo Giraldo Angela Patricia""", seed=14, sign="Instructor PNP")),
                 att_jpg("foto_carne.jpg", jpeg("CARNE DE EXTRANJERIA\n000665102", seed=15, sign=""))],
    procedure="duplicado_carne_extranjeria", refugiado=True,
    fields={"nombres": "Ángela Patricia Restrepo Giraldo", "sexo": "F", "nacionalidad": "CO",
            "documento_identidad": "43872116", "carne_extranjeria": "000665102",
            "telefono": "+51988776655", "correo": "angela.restrepo.g@gmail.com",
            "motivo": "se me quedó olvidado en un taxi y no lo pude recuperar"},
    outcome="subsanar")

# 015 autorización de viaje, signed PDF holds everything; body is two lines (Gmail HTML)
vj015 = """
# SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)

Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

Yo, NELSON JAVIER ÁLVAREZ CONTRERAS, de nacionalidad venezolana, refugiado reconocido, identificado con Carné de Extranjería N° 001122334, teléfono 976 540 128 y pasaporte N° 098765432, me dirijo a ustedes para solicitar autorización de viaje por motivo de urgencia.

Motivo del viaje: mi hermana menor será operada de emergencia (cirugía cardiaca) y soy el único familiar que puede acompañarla durante la recuperación.
Lugar de destino: Santiago de Chile, Chile.
Fecha de salida: 07/12/2026
Fecha de retorno: 21/12/2026

Adjunto copia del informe médico y de la reserva del pasaje.

Lima, 1 de diciembre de 2026

Nelson Javier Álvarez Contreras
C.E. N° 001122334
"""
add("015-autorizacion-viaje-pdf-firmado.eml", mailbox=R, received="2026-12-02 11:15:00",
    subject="Autorización de Viaje - URGENTE",
    frm='"Nelson Alvarez" <nelson.alvarez.c@gmail.com>', to=R,
    html=gmail(gdivs("Buenos días,", "", "Adjunto mi solicitud de autorización de viaje firmada digitalmente.",
                     "Quedo atento, es urgente.", "", "Nelson")),
    attachments=[att_pdf("solicitud_autorizacion_viaje_NAlvarez.pdf", sign(text_pdf(vj015), "NELSON JAVIER ALVAREZ CONTRERAS"))],
    procedure="autorizacion_viaje", sig="valid", refugiado=True,
    fields={"nombres": "NELSON JAVIER ÁLVAREZ CONTRERAS", "nacionalidad": "VE", "carne_extranjeria": "001122334",
            "documento_identidad": "098765432", "telefono": "+51976540128", "correo": "nelson.alvarez.c@gmail.com",
            "motivo": "mi hermana menor será operada de emergencia (cirugía cardiaca)",
            "destino": "Santiago de Chile, Chile", "fecha_salida": "2026-12-07", "fecha_retorno": "2026-12-21"},
    outcome="acuse")

# 016 autorización de viaje, PDF altered after signing -> invalid
vj016 = """
# SOLICITUD DE AUTORIZACIÓN DE VIAJE

Señores de la Comisión Especial para los Refugiados:

La que suscribe, Carolina Isabel Montes de Oca Ruiz, refugiada reconocida, con Carné de Extranjería N° 000873519, teléfono +51 912 604 338, solicito se me autorice viajar a Guayaquil, Ecuador, por motivo de urgencia: el fallecimiento de mi abuela y los trámites de su sucesión, en los que debo estar presente.

Saldré el 26 de diciembre de 2026 y retornaré el 9 de enero de 2027.

Declaro conocer que la autorización es válida únicamente para las fechas indicadas.

Atentamente,

Carolina Isabel Montes de Oca Ruiz
Lima, 15 de diciembre de 2026
"""
_s016 = sign(text_pdf(vj016), "CAROLINA ISABEL MONTES DE OCA RUIZ")
add("016-permiso-viaje-pdf-alterado.eml", mailbox=R, received="2026-12-16 09:40:22",
    subject="Permiso de viaje - Montes de Oca",
    frm='"Carolina Montes de Oca" <caromontesdeoca@yahoo.com>', to=R,
    body="""Buenos días:

Remito mi solicitud de autorización de viaje firmada (PDF). Le agregué la fecha que me faltaba.

Saludos cordiales,
Carolina Montes de Oca
""",
    attachments=[att_pdf("Autorizacion_viaje_CMontesdeOca.pdf", alter(_s016, "(Declaro conocer", "(DECLARO conocer"))],
    procedure="autorizacion_viaje", sig="invalid", refugiado=True,
    fields={"nombres": "Carolina Isabel Montes de Oca Ruiz", "carne_extranjeria": "000873519",
            "telefono": "+51912604338", "correo": "caromontesdeoca@yahoo.com",
            "motivo": "el fallecimiento de mi abuela y los trámites de su sucesión",
            "destino": "Guayaquil, Ecuador", "fecha_salida": "2026-12-26", "fecha_retorno": "2027-01-09"},
    outcome="subsanar")

# 017 travel request in the body only, no return date; received late at night (UTC Received header)
add("017-autorizacion-viaje-sin-retorno.eml", mailbox=R, received="2027-01-08 22:10:47", utc_rx=True,
    subject="Autorizacion de viaje",
    frm='"Edgar Villalobos" <edgarvillalobos1975@gmail.com>', to=R,
    body="""Señores buenas noches

Mi nombre es Edgar Alfonso Villalobos Nava, refugiado, carnet de extranjeria 000 534 761. Mi telefono 945-003-872.

Necesito viajar a La Paz, Bolivia, porque a mi hijo lo van a operar de la columna y la madre no puede sola con los gastos ni el cuidado. La fecha de salida seria el 20/01/2027, el regreso aun no lo se porque depende de como salga la operacion.

Quedo atento, disculpen las molestias.
Edgar Villalobos
""",
    procedure="autorizacion_viaje", sig="absent", refugiado=True,
    fields={"nombres": "Edgar Alfonso Villalobos Nava", "carne_extranjeria": "000534761", "telefono": "+51945003872",
            "correo": "edgarvillalobos1975@gmail.com",
            "motivo": "a mi hijo lo van a operar de la columna", "destino": "La Paz, Bolivia",
            "fecha_salida": "2027-01-20"},
    outcome="subsanar")

# 018 travel, two-digit years, scanned signed request, sent to solicitantesrefugio (derivado)
add("018-permiso-viaje-urgente-escaneo-solicitantes.eml", mailbox=S, received="2026-12-15 14:00:03",
    subject="PERMISO DE VIAJE URGENTE",
    frm='"Migdalia Rojas" <migdaliarojas.68@hotmail.com>', to=S,
    body="""Buenas tardes señores, disculpen si no es el correo correcto.

Soy MIGDALIA DEL CARMEN ROJAS UZCÁTEGUI, refugiada reconocida, C.E. 000 712 904, de nacionalidad venezolana.
Solicito permiso de viaje porque mi mamá está hospitalizada en Buenos Aires, Argentina, con un ACV y necesito estar con ella.

Salida: 28/12/26
Retorno: 10/01/27
Teléfono: +51 962 330 417

Adjunto mi solicitud firmada y escaneada.

Atte. Migdalia Rojas
""",
    attachments=[att_pdf("solicitud_viaje_firmada.pdf", scan_pdf(["""Lima, 14 de diciembre de 2026
Señores Comisión Especial para los Refugiados
Solicito autorización de viaje a Buenos Aires
por la enfermedad de mi madre.
Salida 28/12/26 - Retorno 10/01/27
Migdalia del Carmen Rojas Uzcátegui
C.E. 000712904"""], seed=18, sign="Migdalia Rojas U."))],
    procedure="autorizacion_viaje", sig="manuscrita", refugiado=True,
    fields={"nombres": "MIGDALIA DEL CARMEN ROJAS UZCÁTEGUI", "nacionalidad": "VE", "carne_extranjeria": "000712904",
            "telefono": "+51962330417", "correo": "migdaliarojas.68@hotmail.com",
            "motivo": "mi mamá está hospitalizada en Buenos Aires, Argentina, con un ACV",
            "destino": "Buenos Aires, Argentina", "fecha_salida": "2026-12-28", "fecha_retorno": "2027-01-10"},
    outcome="acuse", flags=["derivado", "verificar_firma"])

# 019 reconsideración, Gmail HTML with headings + signed PDF; 16:29:40, just before close
rc019 = """
# SUMILLA: Recurso de reconsideración contra la Resolución N° 1302-2026-CEPR/SE

Señores de la Comisión Especial para los Refugiados

JHON FREDY ARANGO OSPINA, de nacionalidad colombiana, identificado con cédula de ciudadanía N° 1.036.654.987, teléfono +57 312 456 7890, correo jfarango.ospina@gmail.com, ante ustedes digo:

# PETITORIO
Solicito se reconsidere la Resolución N° 1302-2026-CEPR/SE y se me reconozca la condición de refugiado.

# FUNDAMENTOS
1. La resolución me fue notificada el día 16.11.2026.
2. Presento como nueva prueba la certificación de la Defensoría del Pueblo de Colombia que acredita que fui declarado objetivo militar por un grupo armado en el Bajo Cauca antioqueño, documento que no existía al momento de mi entrevista.
3. Mi esposa y mis hijos permanecen ocultos en Medellín y la amenaza se extiende a ellos.

# ANEXOS
A. Certificación de la Defensoría del Pueblo (3 folios).
B. Copia de la cédula de ciudadanía.

Lima, 25 de noviembre de 2026
Jhon Fredy Arango Ospina
"""
add("019-reconsideracion-gmail-html-firmado.eml", mailbox=M, received="2026-11-25 16:29:40",
    subject="Recurso de reconsideracion - Jhon Fredy Arango Ospina",
    frm='"Jhon Fredy Arango" <jfarango.ospina@gmail.com>', to=M,
    html=gmail("<div><b>SUMILLA: RECURSO DE RECONSIDERACIÓN</b></div><div><br></div>"
               + gdivs("Señores Mesa de Partes:", "",
                       "Yo, <b>JHON FREDY ARANGO OSPINA</b>, colombiano, C.C. 1.036.654.987, interpongo recurso "
                       "de reconsideración contra la Resolución N° 1302-2026-CEPR/SE, que me fue notificada el "
                       "día 16.11.2026.", "",
                       "<u>FUNDAMENTOS</u>",
                       "1. Presento como nueva prueba la certificación de la Defensoría del Pueblo de Colombia que "
                       "acredita que fui declarado objetivo militar por un grupo armado en el Bajo Cauca.",
                       "2. La amenaza se extiende a mi esposa y mis hijos.", "",
                       "<u>PETITORIO</u>", "Que se reconsidere la resolución y se me reconozca como refugiado.", "",
                       "Teléfono / WhatsApp: +57 312 456 7890",
                       "Correo: jfarango.ospina@gmail.com", "",
                       "Adjunto el escrito firmado digitalmente.", "", "Jhon Fredy Arango Ospina")),
    attachments=[att_pdf("Reconsideracion_Arango_Ospina.pdf", sign(text_pdf(rc019), "JHON FREDY ARANGO OSPINA"))],
    procedure="reconsideracion", sig="valid", notif=dt.date(2026, 11, 16),
    fields={"nombres": "JHON FREDY ARANGO OSPINA", "nacionalidad": "CO", "documento_identidad": "1036654987",
            "telefono": "+573124567890", "correo": "jfarango.ospina@gmail.com",
            "motivo": "Presento como nueva prueba la certificación de la Defensoría del Pueblo de Colombia"},
    outcome="cargo")

# 020 reconsideración in a text-only PDF, no signature at all; notified "el 20 de noviembre" (no year); late
rc020 = """
# RECURSO DE RECONSIDERACIÓN
Sumilla: Solicito reconsideración de la denegatoria de refugio

Señores Comisión Especial para los Refugiados:

ODALYS BEATRIZ FUENTES RAMÍREZ, de nacionalidad cubana, con pasaporte N° K847261, teléfono 934 005 781, correo odalysfuentes.r@gmail.com, me presento y digo:

# FUNDAMENTOS DE HECHO
Primero.- Me notificaron la resolución que deniega mi solicitud el 20 de noviembre.
Segundo.- En mi país fui sancionada y expulsada de mi centro de trabajo por negarme a participar en actos políticos, y luego detenida dos veces por la policía política, lo que no fue valorado.
Tercero.- Adjunto la carta de expulsión laboral, que es nueva prueba.

# PETITORIO
Pido se revoque la resolución y se me reconozca como refugiada.

Lima, 17 de diciembre de 2026

_____________________________
Odalys Beatriz Fuentes Ramírez
"""
add("020-reconsideracion-pdf-sin-firma-tardio.eml", mailbox=M, received="2026-12-18 10:05:56",
    subject="Recurso de Reconsideración",
    frm='"Odalys Fuentes" <odalysfuentes.r@gmail.com>', to=M,
    body="""Buenos días

Adjunto mi recurso de reconsideración. Mis datos están en el documento.

Odalys Fuentes
""",
    attachments=[att_pdf("RECURSO DE RECONSIDERACION.pdf", text_pdf(rc020))],
    procedure="reconsideracion", sig="absent", notif=dt.date(2026, 11, 20),
    fields={"nombres": "ODALYS BEATRIZ FUENTES RAMÍREZ", "nacionalidad": "CU", "documento_identidad": "K847261",
            "telefono": "+51934005781", "correo": "odalysfuentes.r@gmail.com",
            "motivo": "fui sancionada y expulsada de mi centro de trabajo por negarme a participar en actos políticos"},
    outcome="subsanar", flags=["extemporaneo"])


# =================================================================== 021-030
# 021 apelación by the applicant, signed PDF, notified 1 Oct (resolution dated 15 Sep) -> late
ap021 = """
# SUMILLA: RECURSO DE APELACIÓN

SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS

ANA CECILIA LUGO PERDOMO, venezolana, con cédula de identidad V-17.220.594 y pasaporte N° 113902771, domiciliada en Av. Túpac Amaru 3540, Independencia, con celular 986 117 452 y correo anacecilialugo@gmail.com, a usted digo:

# I. PETITORIO
Interpongo recurso de apelación contra la Resolución N° 0977-2026-CEPR/SE de fecha 15 de setiembre de 2026, que declaró infundada mi reconsideración.

# II. FUNDAMENTOS DE HECHO
1. Recibí la notificación de la resolución el 1 de octubre de 2026.
2. No pude presentar antes el recurso porque estuve internada en el Hospital Cayetano Heredia del 5 al 30 de octubre, según la epicrisis que adjunto.
3. Fui perseguida por denunciar públicamente la desaparición de mi hermano, activista estudiantil, y recibí amenazas directas de funcionarios del SEBIN.

# III. FUNDAMENTOS DE DERECHO
Artículos 218.2 y 220 del TUO de la Ley N° 27444; Ley N° 27891.

# IV. ANEXOS
1. Epicrisis del Hospital Cayetano Heredia.
2. Notas de prensa sobre la desaparición de mi hermano.

Lima, 19 de noviembre de 2026

Ana Cecilia Lugo Perdomo
"""
add("021-apelacion-firmada-extemporanea.eml", mailbox=M, received="2026-11-20 09:30:15",
    subject="RECURSO DE APELACION - ANA CECILIA LUGO PERDOMO",
    frm='"Ana Cecilia Lugo" <anacecilialugo@gmail.com>', to=M,
    body="""Señores Mesa de Partes:

Presento mi recurso de apelación, firmado digitalmente, contra la Resolución N° 0977-2026-CEPR/SE.

Nombres y apellidos: Ana Cecilia Lugo Perdomo
Cédula de identidad: V-17.220.594
Pasaporte: 113902771
Celular: 986 117 452
Correo: anacecilialugo@gmail.com

Solicito se considere que estuve hospitalizada, por eso lo presento recién ahora.

Atentamente,
Ana Cecilia Lugo Perdomo
""",
    attachments=[att_pdf("Apelacion_AC_Lugo_Perdomo_firmada.pdf", sign(text_pdf(ap021), "ANA CECILIA LUGO PERDOMO"))],
    procedure="apelacion", sig="valid", notif=dt.date(2026, 10, 1),
    fields={"nombres": "Ana Cecilia Lugo Perdomo", "nacionalidad": "VE", "documento_identidad": "V17220594",
            "telefono": "+51986117452", "correo": "anacecilialugo@gmail.com",
            "motivo": "Fui perseguida por denunciar públicamente la desaparición de mi hermano"},
    outcome="cargo", flags=["extemporaneo"])

# 022 NGO sends an apelación whose signed PDF was altered; Date before close, Received after close
ap022 = """
# SUMILLA: INTERPONE RECURSO DE APELACIÓN

Señor Presidente de la Comisión Especial para los Refugiados:

JEAN ROBERT PIERRE-LOUIS, de nacionalidad haitiana, identificado con pasaporte N° RF0192837, teléfono 987 120 554, correo electrónico jrpierrelouis@gmail.com, con domicilio en Calle Las Begonias 310, San Juan de Lurigancho, ante usted me presento y digo:

# PETITORIO
Que interpongo recurso de apelación contra la Resolución N° 1265-2026-CEPR/SE, notificada el 02/11/2026, a fin de que sea revocada.

# FUNDAMENTOS DE HECHO
1. La resolución no consideró que en Haití fui atacado por una pandilla armada que controla mi barrio en Puerto Príncipe, que asesinó a mi vecino y quemó mi vivienda por negarme a unirme a ella.
2. El Estado haitiano no está en capacidad de protegerme, como lo reconoce el propio ACNUR en sus notas de orientación.

# FUNDAMENTOS DE DERECHO
Ley N° 27891, artículo 3, literales a) y b); Declaración de Cartagena de 1984; TUO de la Ley N° 27444, artículo 220.

# ANEXOS
1-A Nota de orientación del ACNUR sobre Haití.
1-B Fotografías de la vivienda incendiada.

Lima, 12 de noviembre de 2026

Jean Robert Pierre-Louis
"""
_s022 = sign(text_pdf(ap022), "JEAN ROBERT PIERRE-LOUIS")
add("022-apelacion-ong-pdf-alterado.eml", mailbox=M, received="2026-11-12 17:45:02",
    date="2026-11-12 16:24:51",
    subject="Recurso de apelación - Sr. Jean Robert Pierre-Louis (pasaporte RF0192837)",
    frm='"Asociación Manos Abiertas - Asistencia Legal" <asistencialegal@manosabiertas.org.pe>', to=M,
    html=outlook(mso(
        "Estimados señores:", "",
        "En el marco de nuestro programa de asistencia legal gratuita, remitimos el recurso de apelación del "
        "Sr. <b>Jean Robert Pierre-Louis</b>, firmado digitalmente por él.",
        "Los datos de contacto del recurrente figuran en el escrito adjunto.", "",
        "Saludos cordiales,", "",
        "<b>Abg. Milagros Paredes Villanueva</b>",
        "Coordinadora de Asistencia Legal – Asociación Manos Abiertas",
        "Reg. CAL N° 70315",
        "Jr. Cuzco 641, of. 204 – Cercado de Lima",
        "Tel. (01) 428-9930 / 961 220 773",
        "asistencialegal@manosabiertas.org.pe | www.manosabiertas.org.pe", "",
        '<span style="font-size:8pt;color:gray">Este mensaje y sus anexos son confidenciales. Si lo recibió '
        'por error, por favor elimínelo y avise al remitente.</span>')),
    attachments=[att_pdf("Apelacion_Pierre-Louis.pdf", alter(_s022, "(Lima, 12 de noviembre", "(LIMA, 12 de noviembre"))],
    procedure="apelacion", sig="invalid", notif=dt.date(2026, 11, 2),
    fields={"nombres": "JEAN ROBERT PIERRE-LOUIS", "nacionalidad": "HT", "documento_identidad": "RF0192837",
            "telefono": "+51987120554", "correo": "jrpierrelouis@gmail.com",
            "motivo": "en Haití fui atacado por una pandilla armada que controla mi barrio"},
    outcome="subsanar")

# 023 RE: quoting the office's subsanar reply; now sends the signed PDF
rc023 = """
# SUMILLA: RECURSO DE RECONSIDERACIÓN (SUBSANACIÓN)

Señores Comisión Especial para los Refugiados:

Yo, MAIKEL ENRIQUE TORREALBA GUÉDEZ, cédula V-24.118.905, teléfono +51 902 337 816, correo maikeltorrealba@gmail.com, interpongo recurso de reconsideración contra la resolución que denegó mi solicitud de refugio, notificada el 06 de octubre del 2026.

# FUNDAMENTOS
1. Adjunto como nueva prueba la orden de captura emitida en mi contra por haber participado en las protestas de agosto de 2024 en Barquisimeto, que obtuve recién en octubre.
2. Dicha orden demuestra el riesgo real de persecución si retorno.

# PETITORIO
Que se declare fundado el recurso.

Lima, 21 de octubre de 2026
Maikel Enrique Torrealba Guédez
"""
add("023-re-reconsideracion-subsanacion.eml", mailbox=M, received="2026-10-22 11:11:11",
    subject="RE: Recurso de reconsideración - Registro MP-2026-0031877",
    frm='"Maikel Torrealba" <maikeltorrealba@gmail.com>', to=M,
    body="""Buenos días, en atención a su correo adjunto el recurso ya firmado digitalmente.

Mis datos: Maikel Enrique Torrealba Guédez, cédula V-24.118.905, teléfono +51 902 337 816, correo maikeltorrealba@gmail.com. La resolución me fue notificada el 06 de octubre del 2026.

Gracias.

________________________________
De: Mesa de Partes Virtual <mesadepartes@rree.gob.pe>
Enviado: martes, 20 de octubre de 2026 10:02
Para: maikeltorrealba@gmail.com
Asunto: Recurso de reconsideración - Registro MP-2026-0031877

Estimado(a) administrado(a):

Su escrito ha sido registrado con el N° MP-2026-0031877 el 19/10/2026 a las 15:47.
Para continuar con el trámite debe subsanar lo siguiente:
- Documento escrito debidamente firmado (el documento sin firma no será válido).

Plazo para subsanar: hasta el 22/10/2026. De no subsanar en el plazo, se tendrá por no presentado.

Atentamente,
Mesa de Partes Virtual - Ministerio de Relaciones Exteriores
Jr. Lampa 545, Cercado de Lima - Central (01) 204-2400
""",
    attachments=[att_pdf("Reconsideracion_Torrealba_firmado.pdf", sign(text_pdf(rc023), "MAIKEL ENRIQUE TORREALBA GUEDEZ"))],
    procedure="reconsideracion", sig="valid", notif=dt.date(2026, 10, 6),
    fields={"nombres": "Maikel Enrique Torrealba Guédez", "documento_identidad": "V24118905",
            "telefono": "+51902337816", "correo": "maikeltorrealba@gmail.com",
            "motivo": "Adjunto como nueva prueba la orden de captura emitida en mi contra"},
    outcome="cargo")

# 024 reply to the office's acuse, new phone; quoted acuse carries office numbers
add("024-re-actualizacion-datos-cita-acuse.eml", mailbox=S, received="2026-11-03 09:15:40",
    subject="RE: Actualización de datos - Registro SR-2026-0008812",
    frm='"Keyla Montilla" <keylamontilla@gmail.com>', to=S,
    html=gmail(gdivs("Buenos días, les escribo de nuevo para corregir el número de teléfono.",
                     "El correcto es <b>904 228 163</b>.", "",
                     "Repito mis datos completos: Keyla Daniela Montilla Aponte, venezolana, pasaporte 146330982, "
                     "solicitante de refugio.", "",
                     "Gracias y disculpen", "Keyla")
               + '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">El jue, 29 oct 2026 a las 11:05, '
                 'Solicitantes Refugio (&lt;solicitantesrefugio@rree.gob.pe&gt;) escribió:<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">Estimada Sra. Montilla:<br>Acusamos recibo de su solicitud '
                 'de actualización de datos, registrada con el N° SR-2026-0008812. Será atendida hasta el '
                 '19/11/2026.<br>Para consultas: (01) 204-2400 anexo 2617.<br>Secretaría Ejecutiva de la CEPR'
                 '</blockquote></div>'),
    procedure="actualizacion_datos",
    fields={"nombres": "Keyla Daniela Montilla Aponte", "nacionalidad": "VE", "documento_identidad": "146330982",
            "telefono": "+51904228163", "correo": "keylamontilla@gmail.com"},
    outcome="acuse")

# 025 renuncia of a recognised refugee, Outlook HTML summary + signed PDF
rn025 = """
# SUMILLA: RENUNCIA A LA CONDICIÓN DE REFUGIADA

Señora Secretaria Ejecutiva de la Comisión Especial para los Refugiados:

ACOSTA PERDOMO LUISANA CAROLINA, de nacionalidad venezolana, con pasaporte N° 136547821 y Carné de Extranjería N° 001567432, con celular 999 703 118, correo luisana.acosta.p@outlook.com, a usted me dirijo para manifestar lo siguiente:

# FUNDAMENTOS
1. Mediante Resolución de la CEPR del año 2021 se me reconoció la condición de refugiada.
2. Por motivo de haber obtenido la nacionalidad española por residencia, y habiendo fijado mi residencia en Madrid a partir de febrero de 2027, ya no requiero la protección internacional del Estado peruano.

# PETITORIO
Renuncio de manera libre y voluntaria a mi condición de refugiada y solicito se comunique a la Superintendencia Nacional de Migraciones.

Lima, 3 de enero de 2027

Luisana Carolina Acosta Perdomo
"""
add("025-renuncia-refugiada-reconocida-firmada.eml", mailbox=M, received="2027-01-04 10:30:00",
    subject="Renuncia a la condición de refugiada - ACOSTA PERDOMO",
    frm='"Acosta Perdomo, Luisana" <luisana.acosta.p@outlook.com>', to=M,
    html=outlook(mso("Estimados señores:", "",
                     "Adjunto mi escrito de renuncia a la condición de refugiada, firmado digitalmente. Resumen:", "")
                 + kv_table([("Apellidos y nombres", "ACOSTA PERDOMO LUISANA CAROLINA"),
                             ("Nacionalidad", "Venezolana"),
                             ("Pasaporte", "136547821"),
                             ("Carné de Extranjería", "001567432"),
                             ("Celular", "999 703 118"),
                             ("Motivo", "Obtuve la nacionalidad española y me mudo a Madrid")])
                 + mso("", "Muchas gracias por todos estos años.", "", "Luisana Acosta")),
    attachments=[att_pdf("Renuncia_Acosta_Perdomo.pdf", sign(text_pdf(rn025), "LUISANA CAROLINA ACOSTA PERDOMO"))],
    procedure="renuncia", sig="valid", refugiado=True,
    fields={"nombres": "ACOSTA PERDOMO LUISANA CAROLINA", "nacionalidad": "VE", "documento_identidad": "136547821",
            "carne_extranjeria": "001567432", "telefono": "+51999703118", "correo": "luisana.acosta.p@outlook.com",
            "motivo": "Obtuve la nacionalidad española y me mudo a Madrid"},
    outcome="acuse")

# 026 renuncia in the body only, refugiado without carné number; on a día no laborable
add("026-renuncia-refugiado-sin-carne-sin-firma.eml", mailbox=M, received="2026-12-31 08:50:30",
    subject="renuncia",
    frm='"Fabián Cárdenas" <fabian.cardenas.v@gmail.com>', to=M,
    body="""Señores, feliz año.

Soy refugiado reconocido en el Perú. Quiero renunciar a mi condición de refugiado porque nos vamos a vivir a Canadá con mi familia, donde nos aceptaron por patrocinio privado.

Fabián Andrés Cárdenas Vélez
Colombiano
C.C. 80.221.347
Cel. 933-612-884

Atentamente.
""",
    procedure="renuncia", sig="absent", refugiado=True,
    fields={"nombres": "Fabián Andrés Cárdenas Vélez", "nacionalidad": "CO", "documento_identidad": "80221347",
            "telefono": "+51933612884", "correo": "fabian.cardenas.v@gmail.com",
            "motivo": "nos vamos a vivir a Canadá con mi familia"},
    outcome="subsanar")

# 027 solicitud de refugio -> portal (received on a Saturday)
add("027-solicitud-refugio-portal.eml", mailbox=M, received="2026-10-03 18:44:09",
    subject="Solicitud de refugio",
    frm='"Dayerlin Gómez" <dayerlin.gomez.2001@gmail.com>', to=M,
    body="""Hola buenas noches, soy venezolana y quiero solicitar refugio en Perú. Llegué hace dos semanas por Tumbes con mi bebé. ¿Qué tengo que hacer? ¿Tengo que ir a alguna oficina?

Me llamo Dayerlin Alejandra Gómez Pérez, cédula 28.443.109, mi teléfono es 951 880 326.

Gracias
""",
    procedure="solicitud_refugio",
    fields={"nombres": "Dayerlin Alejandra Gómez Pérez", "nacionalidad": "VE", "documento_identidad": "28443109",
            "telefono": "+51951880326", "correo": "dayerlin.gomez.2001@gmail.com"},
    outcome="portal")

# 028 autorización de trabajo -> portal
add("028-permiso-trabajo-portal.eml", mailbox=S, received="2026-10-14 08:12:00",
    subject="permiso de trabajo",
    frm='"Robinson Mejía" <robinsonmejia80@hotmail.com>', to=S,
    body="""Buenos dias necesito la autorizacion de trabajo porque la mia se vencio y en la empresa me la piden. Soy solicitante de refugio, pasaporte 099123456. Como hago?

Robinson Mejía
""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "Robinson Mejía", "documento_identidad": "099123456", "correo": "robinsonmejia80@hotmail.com",
            "motivo": "la mia se vencio y en la empresa me la piden"},
    outcome="portal")

# 029 entrevista de registro sent to mesadepartes -> portal, never derivado
add("029-cita-entrevista-registro-portal.eml", mailbox=M, received="2026-11-27 12:47:30",
    subject="Cita para entrevista",
    frm='"Johana Velásquez" <johana.velasquez.m@yahoo.com>', to=M,
    body="""Señores buenas tardes

Registré mi solicitud de refugio en línea hace cuatro meses. ¿Cuándo me darán la cita para la entrevista de registro? Revisé también la carpeta de spam.

Johana Velásquez Moreno
Expediente 2026-0074412
""",
    procedure="entrevista_registro",
    fields={"nombres": "Johana Velásquez Moreno", "correo": "johana.velasquez.m@yahoo.com"},
    outcome="portal")

# 030 NGO asks for a renewal of work authorisation; no Delivered-To, first institutional address in To
add("030-renovacion-autorizacion-trabajo-ong.eml", mailbox=R, received="2026-12-10 10:05:18",
    delivered_to=False, to="asistencia@manosabiertas.org.pe, refugiados@rree.gob.pe", cc=M,
    subject="Renovación de autorización de trabajo virtual - Sr. Luis Perdomo",
    frm='"Asociación Manos Abiertas - Orientación" <orientacion@manosabiertas.org.pe>',
    body="""Buenos días:

Escribimos en apoyo del Sr. Luis Alberto Perdomo Lira, solicitante de refugio de nacionalidad venezolana, quien necesita renovar su Autorización de Trabajo Virtual y no logra generarla. Les agradeceremos indicarnos el procedimiento.

Atentamente,

Equipo de Orientación
Asociación Manos Abiertas
Jr. Cuzco 641, of. 204 - Cercado de Lima
Tel. (01) 428-9931
orientacion@manosabiertas.org.pe
""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "Luis Alberto Perdomo Lira", "nacionalidad": "VE", "telefono": "+5114289931",
            "correo": "orientacion@manosabiertas.org.pe"},
    outcome="portal")


# =================================================================== 031-040
# 031 entrevista de registro, reschedule, Gmail HTML -> portal
add("031-entrevista-registro-reprogramar.eml", mailbox=S, received="2026-11-18 07:58:02",
    subject="Entrevista de Registro - reprogramación",
    frm='"Franyelis Colmenares" <franyelis.colmenares@gmail.com>', to=S,
    html=gmail(gdivs("Buenos días,", "",
                     "Me llegó la cita para la entrevista de registro virtual el 24/11/2026 a las 10:00, pero no "
                     "puedo conectarme ese día porque tengo control prenatal en el Hospital Loayza. ¿Se puede "
                     "reprogramar?", "",
                     "Franyelis Colmenares Díaz",
                     "Pasaporte 160445218",
                     "Cel. 917-223-006")),
    procedure="entrevista_registro",
    fields={"nombres": "Franyelis Colmenares Díaz", "documento_identidad": "160445218", "telefono": "+51917223006",
            "correo": "franyelis.colmenares@gmail.com",
            "motivo": "tengo control prenatal en el Hospital Loayza"},
    outcome="portal")

# 032 parish asks how a young Haitian can apply for refugee status -> portal; parish phone is the contact
add("032-consulta-solicitud-refugio-parroquia.eml", mailbox=R, received="2026-10-19 11:20:44",
    subject="Consulta - solicitud de refugio para joven haitiano",
    frm='"Hna. Teresa Quispe - Casa de Acogida San José" <casaacogida.sanjose@gmail.com>', to=R,
    body="""Estimados señores:

En nuestra Casa de Acogida se encuentra desde hace diez días el joven Wilfrid Joseph, de nacionalidad haitiana, con pasaporte N° HA4410278, quien desea presentar una solicitud de refugio. No cuenta con teléfono propio ni correo; puede ser ubicado a través de nosotros.

¿Podrían indicarnos cómo debe registrar su solicitud? ¿Es necesario que se acerque a la Cancillería?

Hna. Teresa Quispe Layme
Casa de Acogida San José - Congregación de las Hermanas Misioneras
Jr. Junín 1180, Barrios Altos, Cercado de Lima
Tel. 985 330 127
casaacogida.sanjose@gmail.com
""",
    procedure="solicitud_refugio",
    fields={"nombres": "Wilfrid Joseph", "nacionalidad": "HT", "documento_identidad": "HA4410278",
            "telefono": "+51985330127", "correo": "casaacogida.sanjose@gmail.com"},
    outcome="portal")

# 033 "Consulta" about the state of a file -> triage; received on a national holiday
add("033-consulta-estado-expediente.eml", mailbox=M, received="2026-10-08 15:00:20",
    subject="Consulta",
    frm='"Héctor Luis Briceño" <hlbriceno@gmail.com>', to=M,
    body="""Buenas tardes,

Quisiera saber en qué estado está mi expediente de refugio N° 2024-0031107. Hice la entrevista de elegibilidad en marzo de este año y no he tenido noticias.

Héctor Luis Briceño Salas
V-13.665.902
""",
    procedure=None,
    fields={"nombres": "Héctor Luis Briceño Salas", "documento_identidad": "V13665902", "correo": "hlbriceno@gmail.com"},
    outcome="triage")

# 034 "Solicitud": asks for two procedures at once -> triage
add("034-solicitud-dos-tramites.eml", mailbox=S, received="2026-11-10 10:45:00",
    date_tz=ZoneInfo("America/Caracas"),
    subject="Solicitud",
    frm='"Leonardo Guerra" <leoguerra.92@hotmail.com>', to=S,
    body="""Buen dia. Necesito dos cosas: el cambio de clave y contraseña del sistema de refugiados porque se me olvidó, y también la actualización de datos porque cambié de número de teléfono.

Leonardo José Guerra Tineo
venezolano
pasaporte 125887340
nuevo número: 9 0 1 3 3 4 5 5 6
""",
    procedure=None,
    fields={"nombres": "Leonardo José Guerra Tineo", "nacionalidad": "VE", "documento_identidad": "125887340",
            "telefono": "+51901334556", "correo": "leoguerra.92@hotmail.com", "motivo": "se me olvidó"},
    outcome="triage")

# 035 out-of-office reply -> ignorado
add("035-respuesta-automatica.eml", mailbox=S, received="2026-11-11 14:02:11",
    subject="Respuesta automática: Actualización de datos - Registro SR-2026-0009120",
    frm='"Pedro Lanz" <pedrolanz.arq@gmail.com>', to=S,
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Gracias por su mensaje. Estaré fuera de la oficina hasta el 20 de noviembre con acceso limitado al correo.

Pedro Lanz - Arquitecto
""",
    procedure="actualizacion_datos", ignorado=True, fields={}, outcome="ignorado")

# 036 bounce (multipart/report) of the office's reply -> ignorado
BOUNCE036 = """From: MAILER-DAEMON@mx1.rree.gob.pe (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: refugiados@rree.gob.pe
Date: Thu, 26 Nov 2026 10:31:02 -0500 (PET)
Message-ID: <20261126153102.7A1B23C0042@mx1.rree.gob.pe>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7A1B23C0042.1796311862/mx1.rree.gob.pe"

This is a MIME-encapsulated message.

--7A1B23C0042.1796311862/mx1.rree.gob.pe
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jhonny.marcano.1979@hotmial.com>: Host or domain name not found. Name service
    error for name=hotmial.com type=A: Host not found

--7A1B23C0042.1796311862/mx1.rree.gob.pe
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.rree.gob.pe
Arrival-Date: Thu, 26 Nov 2026 10:31:01 -0500 (PET)

Final-Recipient: rfc822; jhonny.marcano.1979@hotmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.

--7A1B23C0042.1796311862/mx1.rree.gob.pe
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Refugiados <refugiados@rree.gob.pe>
To: jhonny.marcano.1979@hotmial.com
Subject: =?utf-8?q?Pr=C3=B3rroga_de_residencia_-_Registro_RF-2026-0004410?=
Date: Thu, 26 Nov 2026 10:31:00 -0500
Message-ID: <rf-2026-0004410@rree.gob.pe>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Acusamos recibo de su solicitud de prórroga de residencia, registrada con el N° RF-2026-0004410.

--7A1B23C0042.1796311862/mx1.rree.gob.pe--
"""
add("036-rebote-mailer-daemon.eml", mailbox=R, received="2026-11-26 10:31:02",
    subject=None, frm=None, raw=BOUNCE036,
    procedure="prorroga_residencia", ignorado=True, fields={}, outcome="ignorado")

# 037 newsletter with List-Id / Precedence: bulk -> ignorado
add("037-boletin-lista-correo.eml", mailbox=M, received="2026-12-01 07:00:05",
    subject="Boletín Red Movilidad Humana N° 45 - Noviembre 2026",
    frm='"Red de Movilidad Humana del Perú" <boletin@redmovilidadhumana.pe>', to="boletin-suscriptores@redmovilidadhumana.pe",
    headers={"List-Id": "Boletin Red Movilidad Humana <boletin.redmovilidadhumana.pe>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@redmovilidadhumana.pe>"},
    html=("<html><body><h2>Boletín N° 45</h2><p>En esta edición: taller sobre acceso a salud para personas "
          "migrantes; nuevas sedes de orientación legal en Arequipa y Trujillo; agenda de diciembre.</p>"
          "<p>Para darse de baja escriba a baja@redmovilidadhumana.pe</p></body></html>"),
    procedure=None, ignorado=True, fields={}, outcome="ignorado")

# 038 internal forward from another institutional mailbox -> ignorado
add("038-reenvio-interno-institucional.eml", mailbox=M, received="2026-12-11 09:05:00",
    subject="RV: Carné de solicitante - consulta",
    frm='"Solicitantes Refugio" <solicitantesrefugio@rree.gob.pe>', to=M,
    body="""Colegas de Mesa de Partes: se reenvía para su conocimiento. Saludos.

-----Mensaje original-----
De: Jesús Ramón Lara <jrlara.77@gmail.com>
Enviado el: miércoles, 10 de diciembre de 2026 18:22
Para: solicitantesrefugio@rree.gob.pe
Asunto: Carné de solicitante - consulta

Buenas noches, ¿cuándo entregan el carné de solicitante?
""",
    procedure="carne_solicitante", ignorado=True, fields={}, outcome="ignorado")

# 039 son writes for his father (prórroga), no sex and no birth date
add("039-prorroga-hijo-escribe-incompleto.eml", mailbox=R, received="2026-10-30 12:00:45",
    subject="Prorroga de residencia de mi papá",
    frm='"Rafael Mora" <rafamora.jr@gmail.com>', to=R,
    body="""Buenas tardes,

Escribo en nombre de mi padre, que es refugiado reconocido y no sabe usar el correo. Solicito la prórroga anual de su residencia. Sus datos:

Nombre: Rafael Antonio Mora Villegas
Nacionalidad: venezolana
Pasaporte: 054321987 (vencido)
Carné de extranjería: 000765432
Teléfono de mi papá: 972 118 450

Cualquier cosa me pueden escribir a mí a este correo o llamarme al 980 441 209.

Rafael Mora (hijo)
""",
    procedure="prorroga_residencia", refugiado=True,
    fields={"nombres": "Rafael Antonio Mora Villegas", "nacionalidad": "VE", "documento_identidad": "054321987",
            "carne_extranjeria": "000765432", "telefono": "+51972118450", "correo": "rafamora.jr@gmail.com"},
    outcome="subsanar")

# 040 prórroga sent to mesadepartes on a national holiday (derivado), tab/dash separators, ISO date
add("040-prorroga-a-mesadepartes-feriado.eml", mailbox=M, received="2026-12-08 11:20:37",
    subject="PRORROGA DE RESIDENCIA - HERRERA",
    frm='"Daniel Herrera" <dherrera.bqto@gmail.com>', to=M,
    body="""Buenos dias, solicito prorroga de residencia (refugiado reconocido).

Nombres y apellidos\tDaniel Eduardo Herrera Colmenárez
Sexo\tM
Nacionalidad\tVEN
Pasaporte\t120334981
CE\t001009876
F. nacimiento\t1990-03-15
Telefono\t941 234 567

Gracias
""",
    procedure="prorroga_residencia", refugiado=True,
    fields={"nombres": "Daniel Eduardo Herrera Colmenárez", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "120334981", "carne_extranjeria": "001009876", "fecha_nacimiento": "1990-03-15",
            "telefono": "+51941234567", "correo": "dherrera.bqto@gmail.com"},
    outcome="acuse", flags=["derivado"])


# =================================================================== 041-054
# 041 actualización, Gmail HTML-only, Haitian applicant, Saturday
add("041-actualizacion-datos-gmail-sabado.eml", mailbox=S, received="2026-11-28 10:30:19",
    subject="Actualizacion de datos",
    frm='"Wideline SF" <wideline.saintfleur@gmail.com>', to=S,
    html=gmail(gdivs("Bonjou / buenos días", "",
                     "Yo soy solicitante de refugio y cambié de casa y de teléfono.", "",
                     "<b>Nombre:</b> Wideline Saint-Fleur",
                     "<b>Nacionalidad:</b> haitiana",
                     "<b>Pasaporte:</b> PP3307125",
                     "<b>Teléfono nuevo:</b> +51 923 018 447",
                     "<b>Dirección nueva:</b> Mz. F Lt. 12, AA.HH. Los Jardines, Puente Piedra", "",
                     "Mèsi anpil")),
    procedure="actualizacion_datos",
    fields={"nombres": "Wideline Saint-Fleur", "nacionalidad": "HT", "documento_identidad": "PP3307125",
            "telefono": "+51923018447", "correo": "wideline.saintfleur@gmail.com"},
    outcome="acuse")

# 042 cambio de clave, Outlook table, sent to refugiados (derivado)
add("042-cambio-clave-outlook-a-refugiados.eml", mailbox=R, received="2026-10-29 16:05:50",
    subject="Cambio de clave y contraseña",
    frm='"Marbelis Ochoa" <marbelis.ochoa@outlook.com>', to=R,
    html=outlook(mso("Señores:", "Solicito el cambio de clave y contraseña en el Sistema de Refugiados.", "")
                 + kv_table([("Nombres completos", "Marbelis Coromoto Ochoa Linares"),
                             ("N° de pasaporte", "P-140.227.365"),
                             ("Teléfono", "(+51) 956-778-201"),
                             ("Correo electrónico", "marbelis.ochoa@outlook.com")])
                 + mso("", "Saludos,", "Marbelis")),
    procedure="cambio_clave",
    fields={"nombres": "Marbelis Coromoto Ochoa Linares", "documento_identidad": "P140227365",
            "telefono": "+51956778201", "correo": "marbelis.ochoa@outlook.com"},
    outcome="acuse", flags=["derivado"])

# 043 lawyer's reconsideración on letterhead (text layer + logo image, no digital signature) -> manuscrita
LOGO043 = make_logo("Villena Chirinos", "VILLENA CHIRINOS ABOGADOS\nDerecho Migratorio y Derechos Humanos",
                    color=(110, 20, 30))
rc043 = """
# SUMILLA: RECURSO DE RECONSIDERACIÓN

SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS

LEIDY MARCELA CARDONA RÍOS, de nacionalidad colombiana, identificada con Cédula de Ciudadanía N° 1.152.443.908, con teléfono +51 915 007 342 y correo electrónico leidycardona.r@gmail.com, a ustedes con respeto digo:

# I. PETITORIO
Interpongo recurso de reconsideración contra la Resolución N° 1411-2026-CEPR/SE, notificada con fecha 23 de noviembre de 2026, que deniega mi solicitud de reconocimiento de la condición de refugiada.

# II. FUNDAMENTOS DE HECHO
1. Fui víctima de desplazamiento forzado en el municipio de Tumaco, Nariño, tras negarme a pagar la "vacuna" exigida por un grupo armado, que asesinó a mi compañero en enero de 2025.
2. Adjunto como nueva prueba la constancia de inclusión en el Registro Único de Víctimas (RUV), expedida el 2 de diciembre de 2026.

# III. FUNDAMENTOS DE DERECHO
Artículos 218 y 219 del TUO de la Ley N° 27444; Ley N° 27891 y su Reglamento.

# IV. ANEXOS
1-A Constancia RUV.
1-B Copia de la cédula de ciudadanía.

Lima, 10 de diciembre de 2026

Leidy Marcela Cardona Ríos

Patrocinio: Abg. Patricia Villena Chirinos - Reg. CAL N° 55102
Av. Petit Thouars 4120, of. 302, Miraflores - Tel. (01) 221-4476 - pvillena@villenachirinos.pe
"""
add("043-reconsideracion-abogada-pdf-membrete.eml", mailbox=M, received="2026-12-11 10:00:00",
    extra_rx=("from [192.168.1.34] (unknown [179.6.44.201]) by mail.villenachirinos.pe (Postfix) with "
              "ESMTPSA id 3F2C1A0142 for <mesadepartes@rree.gob.pe>; Fri, 11 Dec 2026 09:59:41 -0500"),
    subject="Recurso de Reconsideración - Leidy Marcela Cardona Ríos",
    frm='"Patricia Villena Chirinos" <pvillena@villenachirinos.pe>', to=M,
    html=outlook(mso("Buenos días:", "",
                     "Adjunto el recurso de reconsideración de mi patrocinada, en un (01) archivo PDF.", "",
                     "Atentamente,", "",
                     "<b>Patricia Villena Chirinos</b>", "Abogada – Reg. CAL N° 55102",
                     "VILLENA CHIRINOS ABOGADOS", "Tel. (01) 221-4476 | Cel. 987 004 551")),
    attachments=[att_pdf("Reconsideracion_Cardona_Rios.pdf", text_pdf(rc043, logo=LOGO043))],
    procedure="reconsideracion", sig="manuscrita", notif=dt.date(2026, 11, 23),
    fields={"nombres": "LEIDY MARCELA CARDONA RÍOS", "nacionalidad": "CO", "documento_identidad": "1152443908",
            "telefono": "+51915007342", "correo": "leidycardona.r@gmail.com",
            "motivo": "Fui víctima de desplazamiento forzado en el municipio de Tumaco"},
    outcome="cargo", flags=["verificar_firma"])

# 044 brother sends his sister's handwritten apelación (JPEG + PNG) to refugiados; Sunday holiday night
add("044-apelacion-hermano-fotos-refugiados.eml", mailbox=R, received="2026-11-01 20:15:33", utc_rx=True,
    subject="apelacion de mi hermana Nathaly",
    frm='"Kevin Pérez" <kevinperez.linares@gmail.com>', to=R,
    body="""Buenas noches señores

Les escribo porque mi hermana Nathaly Andreína Pérez Linares, pasaporte 150778234, está hospitalizada y no puede escribir ella misma. Le negaron la reconsideración, le notificaron la denegatoria el 19/10/2026. Ella quiere apelar porque fue perseguida en Venezuela por su trabajo de periodista en un medio regional, y las pruebas que presentó (los mensajes de amenazas) no fueron tomadas en cuenta.

Adjunto su recurso de apelación escrito y firmado por ella a mano (2 fotos, hojas 1 y 2).

Cualquier comunicación por favor a mí: Kevin Pérez Linares, celular 976 118 204, o a este correo.

Gracias
""",
    attachments=[att_jpg("apelacion_hoja1.jpg", jpeg("""RECURSO DE APELACION
Señor Presidente de la CEPR
Yo Nathaly Andreína Pérez Linares
pasaporte 150778234, apelo la resolución
que me niega el refugio. Fui amenazada
por mi trabajo de periodista.""", seed=44, sign="")),
                 att_png("apelacion_hoja2.png", png("""Pido que se revise mi caso.
Lima, 31 de octubre de 2026""", seed=45, sign="Nathaly Pérez L."))],
    procedure="apelacion", sig="manuscrita", notif=dt.date(2026, 10, 19),
    fields={"nombres": "Nathaly Andreína Pérez Linares", "documento_identidad": "150778234",
            "telefono": "+51976118204", "correo": "kevinperez.linares@gmail.com",
            "motivo": "fue perseguida en Venezuela por su trabajo de periodista en un medio regional"},
    outcome="cargo", flags=["derivado", "verificar_firma"])

# 045 "Duplicado de carnet" (two procedures) decided by the body: carné de extranjería; received at 16:30:00
add("045-duplicado-carnet-ambiguo-extranjeria.eml", mailbox=R, received="2027-01-15 16:30:00",
    subject="Duplicado de carnet",
    frm='"Oswaldo Peña" <oswaldopena.a@hotmail.com>', to=R,
    body="""Buenas tardes

Solicito duplicado de mi carné de extranjería de refugiado porque me asaltaron en Los Olivos y se llevaron mi billetera. Adjunto la constancia de la comisaría.

Nombre: Oswaldo Rafael Peña Arismendi
Sexo: masculino
Nacionalidad: venezolano
Cédula: V-11.223.344
Carné de extranjería: 000.445.671
Nacido el 07/08/72
Tlf: +51 951 000 482

Atentamente
Oswaldo Peña
""",
    attachments=[att_pdf("constancia_pnp.pdf", text_pdf("""
# POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP SOL DE ORO
CONSTANCIA DE DENUNCIA POLICIAL
Denuncia N° 31188420 por robo agravado - 13/01/2027.
Agraviado: OSWALDO RAFAEL PEÑA ARISMENDI. Bienes sustraídos: billetera con carné de extranjería, dinero en efectivo y teléfono celular.
""", title="Constancia"))],
    procedure="duplicado_carne_extranjeria", refugiado=True,
    fields={"nombres": "Oswaldo Rafael Peña Arismendi", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V11223344", "carne_extranjeria": "000445671", "fecha_nacimiento": "1972-08-07",
            "telefono": "+51951000482", "correo": "oswaldopena.a@hotmail.com",
            "motivo": "me asaltaron en Los Olivos y se llevaron mi billetera"},
    outcome="acuse")

# 046 actualización, Outlook HTML with a column table of the family (dependants only)
add("046-actualizacion-familia-tabla-outlook.eml", mailbox=S, received="2026-12-14 08:40:00",
    subject="Actualización de datos - ZAMBRANO ÁVILA",
    frm='"Carmen Zambrano" <carmenzambrano.a@outlook.es>', to=S,
    html=outlook(mso("Estimados señores:", "",
                     "Yo, <b>Carmen Teresa Zambrano Ávila</b>, refugiada reconocida de nacionalidad venezolana, "
                     "pasaporte N° 103556712, carné de extranjería N° 000598743, solicito actualizar mis datos "
                     "de contacto:", "",
                     "Nuevo celular: 955 667 788",
                     "Nueva dirección: Av. Los Próceres 1450, dpto. 501, Santiago de Surco", "",
                     "Asimismo les pido actualizar la misma dirección para mi grupo familiar:", "")
                 + col_table(["Nombre", "Parentesco", "Nacionalidad", "Documento", "C.E."],
                             [["Pedro Ignacio Salcedo Ruiz", "Esposo", "Colombiana", "C.C. 79.554.210", "000598744"],
                              ["Sofía Salcedo Zambrano", "Hija", "Venezolana", "Pasaporte 170224531", "000598745"]])
                 + mso("", "Atentamente,", "Carmen T. Zambrano Á.")),
    procedure="actualizacion_datos", refugiado=True,
    fields={"nombres": "Carmen Teresa Zambrano Ávila", "nacionalidad": "VE", "documento_identidad": "103556712",
            "carne_extranjeria": "000598743", "telefono": "+51955667788", "correo": "carmenzambrano.a@outlook.es"},
    outcome="acuse")

# 047 renuncia of an applicant, signed letter scanned as image-only PDF; día no laborable
add("047-renuncia-solicitante-pdf-escaneado.eml", mailbox=M, received="2026-12-24 09:00:00",
    subject="Renuncia al trámite de solicitud de refugio",
    frm='"Bryan Cevallos" <bryancevallos.m@gmail.com>', to=M,
    body="""Señores Mesa de Partes

Por medio del presente renuncio a mi trámite de solicitud de refugio. Adjunto mi carta firmada escaneada.

Nombres y apellidos: Bryan Steven Cevallos Mera
Nacionalidad: ecuatoriana
Cédula: 1712345678
Celular / WhatsApp: +593 99 876 5432

Motivo: decidí volver a Ecuador porque mi familia en Santo Domingo me necesita y la situación en mi barrio se calmó.

Atentamente,
Bryan Cevallos
""",
    attachments=[att_pdf("carta_renuncia_firmada.pdf", scan_pdf(["""Lima, 22 de diciembre de 2026
Señores
Comisión Especial para los Refugiados
Yo, Bryan Steven Cevallos Mera,
cédula 1712345678, renuncio a mi
solicitud de refugio por motivos familiares."""], seed=47, sign="Bryan Cevallos M."))],
    procedure="renuncia", sig="manuscrita",
    fields={"nombres": "Bryan Steven Cevallos Mera", "nacionalidad": "EC", "documento_identidad": "1712345678",
            "telefono": "+593998765432", "correo": "bryancevallos.m@gmail.com",
            "motivo": "decidí volver a Ecuador porque mi familia en Santo Domingo me necesita"},
    outcome="acuse", flags=["verificar_firma"])

# 048 carné de solicitante sent to mesadepartes (suspendido + derivado)
add("048-carne-solicitante-a-mesadepartes.eml", mailbox=M, received="2027-01-20 15:15:15",
    subject="Carnet de solicitante de refugio",
    frm='"Ruth Mendoza" <ruthmendoza.q@gmail.com>', to=M,
    body="""Buenas tardes, quisiera programar una cita para obtener mi carné de solicitante de refugio.

Ruth Esther Mendoza Quintero
Pasaporte 128440917
Celular 994 331 020
""",
    procedure="carne_solicitante",
    fields={"nombres": "Ruth Esther Mendoza Quintero", "documento_identidad": "128440917",
            "telefono": "+51994331020", "correo": "ruthmendoza.q@gmail.com"},
    outcome="suspendido", flags=["derivado"])

# 049 "Ayuda": a Migraciones question (no procedure of the commission) -> triage; Saturday
add("049-ayuda-consulta-migraciones.eml", mailbox=R, received="2027-01-30 09:27:41",
    subject="Ayuda",
    frm='"Génesis Bracho" <genesisbracho.22@gmail.com>', to=R,
    body="""hola buenos dias, me pueden ayudar? en migraciones no me dan cita para el PTP y ya se me vence la visa de turista en febrero. que hago? no se si ustedes ven eso

Genesis Bracho
""",
    procedure=None,
    fields={"nombres": "Genesis Bracho", "correo": "genesisbracho.22@gmail.com"},
    outcome="triage")

# 050 apelación from an Arequipa law firm, notified "09/12/26" (two-digit year), late, after close
ap050 = """
# SUMILLA: INTERPONGO RECURSO DE APELACIÓN

SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:

DÍAZ GRATEROL JOSÉ MIGUEL, de nacionalidad venezolana, con Pasaporte N° 139006521, teléfono +51 958 332 190, correo josemdiazg@gmail.com, domiciliado en Calle Mercaderes 215, Cercado de Arequipa, con el patrocinio de mi abogado, digo:

# PETITORIO
Apelo la Resolución N° 1520-2026-CEPR/SE, que confirma la denegatoria de mi solicitud de refugio, y que me fue notificada el 09/12/26.

# FUNDAMENTOS DE HECHO
1. Fui militar de tropa de la Fuerza Armada Nacional Bolivariana y deserté al negarme a reprimir manifestaciones en 2019, por lo que existe en mi contra un proceso ante la jurisdicción militar por el delito de deserción, con riesgo de tortura según los informes de la Misión Internacional Independiente de la ONU.
2. La resolución apelada se limita a afirmar que la deserción es un delito común, sin analizar el carácter político de la persecución.

# FUNDAMENTOS DE DERECHO
Ley N° 27891, artículo 3; TUO de la Ley N° 27444, artículo 220.

Arequipa, 12 de enero de 2027

José Miguel Díaz Graterol
Abg. Renato Valdivia Ponce - Reg. CAA N° 3345
"""
add("050-apelacion-estudio-arequipa-tardia.eml", mailbox=M, received="2027-01-12 18:02:09",
    subject="Recurso de Apelación – DÍAZ GRATEROL José Miguel",
    frm='"Estudio Valdivia & Ponce" <mesadepartes@valdiviaponce.com.pe>', to=M,
    html=outlook(mso("Señores Mesa de Partes Virtual – RREE:", "",
                     "Remitimos adjunto el recurso de apelación firmado digitalmente por nuestro patrocinado, "
                     "con los siguientes datos:", "")
                 + kv_table([("Recurrente", "DÍAZ GRATEROL José Miguel"),
                             ("Pasaporte", "139006521"),
                             ("Resolución apelada", "N° 1520-2026-CEPR/SE"),
                             ("Fecha de notificación", "09/12/26"),
                             ("Teléfono del recurrente", "+51 958 332 190"),
                             ("Correo del recurrente", "josemdiazg@gmail.com")])
                 + mso("", "Atentamente,", "",
                       "<b>Renato Valdivia Ponce</b>", "Abogado – Reg. CAA N° 3345",
                       "Estudio Jurídico Valdivia &amp; Ponce", "Calle Santa Catalina 118, of. 6 – Arequipa",
                       "(054) 283-410 | 959 002 317")),
    attachments=[att_pdf("APELACION_DIAZ_GRATEROL.pdf", sign(text_pdf(ap050), "JOSE MIGUEL DIAZ GRATEROL"))],
    procedure="apelacion", sig="valid", notif=dt.date(2026, 12, 9),
    fields={"nombres": "DÍAZ GRATEROL José Miguel", "nacionalidad": "VE", "documento_identidad": "139006521",
            "telefono": "+51958332190", "correo": "josemdiazg@gmail.com",
            "motivo": "deserté al negarme a reprimir manifestaciones en 2019"},
    outcome="cargo", flags=["extemporaneo"])

# 051 subject "Consulta", body clearly asks for actualización de datos
add("051-consulta-actualizacion-en-cuerpo.eml", mailbox=S, received="2026-10-06 11:48:00",
    subject="Consulta",
    frm='"Jenny Quiñónez" <jennyquinonez.c@yahoo.es>', to=S,
    body="""Buenos días, quería hacer la actualización de datos de contacto. Soy solicitante de refugio.

Jenny Maribel Quiñónez Cortez - ecuatoriana - cédula 0802567341
Nuevo celular: 964 502 117
Nueva dirección: Jr. Las Gardenias 330, Ate

Gracias
""",
    procedure="actualizacion_datos",
    fields={"nombres": "Jenny Maribel Quiñónez Cortez", "nacionalidad": "EC", "documento_identidad": "0802567341",
            "telefono": "+51964502117", "correo": "jennyquinonez.c@yahoo.es"},
    outcome="acuse")

# 052 subject "URGENTE!!!", body names autorización de viaje, signed PDF; Saturday
vj052 = """
# SOLICITUD DE AUTORIZACIÓN DE VIAJE

Lima, 22 de enero de 2027

Señores
Comisión Especial para los Refugiados

Yo, Yelitza Coromoto Parra Bastidas, refugiada reconocida, Carné de Extranjería N° 000 320 558, teléfono 922 417 093, solicito autorización para viajar por motivo del fallecimiento de mi padre y su sepelio.

Destino: Bogotá, Colombia
Fecha de salida: 02-02-2027
Fecha de retorno: 16-02-2027

Atentamente,
Yelitza Coromoto Parra Bastidas
"""
add("052-urgente-viaje-pdf-firmado.eml", mailbox=R, received="2027-01-23 11:00:30",
    subject="URGENTE!!!",
    frm='"Yelitza Parra" <yelitzaparra.b@gmail.com>', to=R,
    body="""Buenos días, por favor necesito la autorización de viaje urgente, falleció mi papá en Bogotá. Adjunto la solicitud firmada digitalmente con todos mis datos.

Yelitza
""",
    attachments=[att_pdf("solicitud_viaje_YParra.pdf", sign(text_pdf(vj052), "YELITZA COROMOTO PARRA BASTIDAS"))],
    procedure="autorizacion_viaje", sig="valid", refugiado=True,
    fields={"nombres": "Yelitza Coromoto Parra Bastidas", "carne_extranjeria": "000320558", "telefono": "+51922417093",
            "correo": "yelitzaparra.b@gmail.com", "motivo": "fallecimiento de mi padre y su sepelio",
            "destino": "Bogotá, Colombia", "fecha_salida": "2027-02-02", "fecha_retorno": "2027-02-16"},
    outcome="acuse")

# 053 RE: renuncia quoting the office's subsanar reply; now sends carné number and signed PDF
rn053 = """
# RENUNCIA A LA CONDICIÓN DE REFUGIADO

Señores Comisión Especial para los Refugiados:

Yo, ALEXANDER JOSÉ BRITO MARCANO, de nacionalidad venezolana, pasaporte N° 119045677, Carné de Extranjería N° 001334876, teléfono 947 881 302, renuncio a la condición de refugiado que me fue reconocida.

Motivo: he contraído matrimonio con ciudadana peruana y tramitaré la calidad migratoria de familiar residente ante Migraciones, por lo que ya no necesito la protección como refugiado.

Lima, 3 de noviembre de 2026
Alexander José Brito Marcano
"""
add("053-re-renuncia-subsana-carne-firma.eml", mailbox=M, received="2026-11-04 08:30:00",
    subject="RE: Renuncia - Registro MP-2026-0040210",
    frm='"Alexander Brito" <alexbrito.m@gmail.com>', to=M,
    body="""Buenos días, subsano lo solicitado: mi carné de extranjería es el 001 334 876 y adjunto el escrito de renuncia firmado digitalmente.

Alexander José Brito Marcano
Pasaporte 119045677 - venezolano
Tel. 947 881 302

-----Mensaje original-----
De: Mesa de Partes Virtual [mailto:mesadepartes@rree.gob.pe]
Enviado el: lunes, 2 de noviembre de 2026 09:14
Para: alexbrito.m@gmail.com
Asunto: RE: Renuncia - Registro MP-2026-0040210

Señor Brito:
Su escrito fue registrado con el N° MP-2026-0040210. Falta:
1. N° de Carné de Extranjería (en caso de refugiados).
2. Documento escrito debidamente firmado.
Plazo para subsanar: 04/11/2026.
Mesa de Partes Virtual - RREE

-----Mensaje original-----
De: Alexander Brito <alexbrito.m@gmail.com>
Enviado el: viernes, 30 de octubre de 2026 19:40
Para: mesadepartes@rree.gob.pe
Asunto: Renuncia

Quiero renunciar a mi condición de refugiado porque me casé con una peruana.
""",
    attachments=[att_pdf("Renuncia_Brito_Marcano_firmada.pdf", sign(text_pdf(rn053), "ALEXANDER JOSE BRITO MARCANO"))],
    procedure="renuncia", sig="valid", refugiado=True,
    fields={"nombres": "Alexander José Brito Marcano", "nacionalidad": "VE", "documento_identidad": "119045677",
            "carne_extranjeria": "001334876", "telefono": "+51947881302", "correo": "alexbrito.m@gmail.com",
            "motivo": "he contraído matrimonio con ciudadana peruana"},
    outcome="acuse")

# 054 TR: forward of her own prórroga request; Delivered-To refugiados while To is solicitantesrefugio
add("054-tr-prorroga-reenvio-delivered-to.eml", mailbox=R, received="2027-01-27 10:10:10",
    to=S, cc=R,
    subject="TR: Prórroga de residencia",
    frm='"Andrea Villamizar" <andrea.villamizar.p@gmail.com>',
    body="""Buenos días, reenvío mi solicitud de prórroga; la había mandado a solicitantesrefugio y me contestaron lo de abajo. La copio también a refugiados.

Andrea

---------- Forwarded message ---------
De: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
Date: lun, 25 ene 2027 a las 12:01
Subject: RE: Prórroga de residencia
To: <andrea.villamizar.p@gmail.com>

Estimada señora: el trámite de prórroga de residencia se atiende en el correo refugiados@rree.gob.pe. Su mensaje ha sido derivado. Atentamente, Secretaría Ejecutiva CEPR.

---------- Forwarded message ---------
De: Andrea Villamizar <andrea.villamizar.p@gmail.com>
Date: vie, 22 ene 2027 a las 17:45
Subject: Prórroga de residencia
To: <solicitantesrefugio@rree.gob.pe>

Solicito prórroga de residencia. Mis datos:
Nombres y apellidos: Andrea Paola Villamizar Pabón
Sexo: femenino
Nacionalidad: colombiana
Cédula de ciudadanía: 1.090.443.218
Carné de extranjería: 000 887 120
Fecha de nacimiento: 9 de abril de 1993
Teléfono: 968 221 504
""",
    procedure="prorroga_residencia", refugiado=True,
    fields={"nombres": "Andrea Paola Villamizar Pabón", "sexo": "F", "nacionalidad": "CO",
            "documento_identidad": "1090443218", "carne_extranjeria": "000887120", "fecha_nacimiento": "1993-04-09",
            "telefono": "+51968221504", "correo": "andrea.villamizar.p@gmail.com"},
    outcome="acuse")


# =================================================================== writer + checks
def pdf_text(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join((p.extract_text() or "") for p in r.pages)


def pdf_has_image(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    for p in r.pages:
        try:
            if len(p.images) > 0:
                return True
        except Exception:
            pass
    return False


def detect_sig(atts):
    """Independent re-computation of INTAKE §3 firma status from the attachments."""
    statuses = set()
    for name, maintype, subtype, data in atts:
        if maintype == "image":
            statuses.add("manuscrita")
        elif subtype == "pdf":
            has, intact = sig_status(data)
            if has:
                statuses.add("valid" if intact else "invalid")
            elif not pdf_text(data).strip() or pdf_has_image(data):
                statuses.add("manuscrita")
    for s in ("valid", "invalid", "manuscrita"):
        if s in statuses:
            return s
    return "absent"


def has_denuncia(atts):
    for name, maintype, subtype, data in atts:
        if "denuncia" in name.lower():
            return True
        if subtype == "pdf" and "denuncia" in pdf_text(data).lower():
            return True
    return False


def label(m):
    proc = m["procedure"]
    filing = filing_day(m["rcv"])
    needs_firma = proc in REQ and "firma" in REQ[proc]
    sig = m["sig"] if needs_firma else "not_required"
    if needs_firma:
        assert m["sig"] == detect_sig(m["attachments"]), (m["file"], m["sig"], detect_sig(m["attachments"]))
    else:
        assert m["sig"] is None, m["file"]
    if "carne_extranjeria" in m["fields"]:
        assert m["refugiado"], m["file"]
    missing, flags = [], set()
    if m["ignorado"]:
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        for req in REQ[proc]:
            if req == "firma":
                if sig in ("invalid", "absent"):
                    missing.append("firma")
            elif req == "denuncia_policial":
                if not has_denuncia(m["attachments"]):
                    missing.append(req)
            elif req.endswith("*"):
                if m["refugiado"] and req[:-1] not in m["fields"]:
                    missing.append(req[:-1])
            elif req not in m["fields"]:
                missing.append(req)
        outcome = "subsanar" if missing else ("cargo" if proc in RECURSOS else "acuse")
    if outcome not in ("ignorado", "portal", "triage"):
        if HOME[proc] != m["mailbox"]:
            flags.add("derivado")
        if sig == "manuscrita":
            flags.add("verificar_firma")
        if proc in RECURSOS and m["notif"] and late(m["notif"], filing):
            flags.add("extemporaneo")
    if outcome in ("subsanar",):
        due = add_bd(filing, 2)
    elif outcome in ("cargo", "acuse"):
        due = add_bd(filing, PLAZO[proc])
    else:
        due = None
    assert outcome == m["outcome"], (m["file"], outcome, m["outcome"], missing)
    assert flags == m["flags"], (m["file"], flags, m["flags"])
    if outcome != "ignorado" and not m["frm"] is None and "rree.gob.pe" not in (m["frm"] or ""):
        assert "correo" in m["fields"], m["file"]
    return {"file": m["file"], "mailbox": m["mailbox"], "received": m["rcv"].isoformat(), "procedure": proc,
            "fields": m["fields"], "missing": missing, "signature": sig, "outcome": outcome,
            "flags": sorted(flags), "filing_date": filing.isoformat(),
            "due_date": due.isoformat() if due else None}


def msgid(frm, rcv, i):
    dom = re.search(r"@([\w.-]+)", frm).group(1)
    return f"<{rcv.strftime('%Y%m%d%H%M%S')}.{i:03d}.{random.randint(10**8, 10**9)}@{dom}>"


def build_eml(m, i):
    if m["raw"]:
        rx = (f"by mx1.rree.gob.pe (Postfix) id 7A1B23C0042 for <{m['mailbox']}>; "
              f"{format_datetime(m['rcv'])}")
        raw = f"Delivered-To: {m['mailbox']}\nReceived: {rx}\n" + m["raw"]
        return raw.encode("utf-8")
    e = EmailMessage(policy=policy.default)
    addr = re.search(r"<([^>]+)>", m["frm"]).group(1)
    if m["delivered_to"]:
        e["Delivered-To"] = m["mailbox"]
    e["Received"] = rx_header(addr, m["mailbox"], m["rcv"], m["utc_rx"])
    if m["extra_rx"]:
        e["Received"] = m["extra_rx"]
    if m["date"]:
        d = dt.datetime.fromisoformat(m["date"]).replace(tzinfo=LIMA)
    else:
        d = m["rcv"] - dt.timedelta(seconds=random.randint(2, 50))
    if m["date_tz"]:
        d = d.astimezone(m["date_tz"])
    e["Date"] = format_datetime(d)
    e["From"] = m["frm"]
    e["To"] = m["to"] or m["mailbox"]
    if m["cc"]:
        e["Cc"] = m["cc"]
    e["Subject"] = m["subject"]
    e["Message-ID"] = msgid(m["frm"], m["rcv"], i)
    e["MIME-Version"] = "1.0"
    if m["html"] and "outlook" in m["html"][:200].lower() or (m["html"] and "urn:schemas-microsoft" in m["html"]):
        e["X-Mailer"] = "Microsoft Outlook 16.0"
        e["Thread-Index"] = "AdtK" + "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
    for k, v in m["headers"].items():
        e[k] = v
    if m["body"] is not None and m["html"] is not None:
        e.set_content(m["body"])
        e.add_alternative(m["html"], subtype="html")
    elif m["html"] is not None:
        e.set_content(m["html"], subtype="html")
    else:
        e.set_content(m["body"])
    for name, maintype, subtype, data in m["attachments"]:
        e.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return e.as_bytes()


def main():
    out = HERE
    for f in os.listdir(out):
        if f.endswith(".eml"):
            os.remove(os.path.join(out, f))
    names = [m["file"] for m in MESSAGES]
    assert len(names) == len(set(names))
    labels = []
    for i, m in enumerate(MESSAGES, 1):
        assert m["file"].startswith(f"{i:03d}-"), m["file"]
        data = build_eml(m, i)
        with open(os.path.join(out, m["file"]), "wb") as fh:
            fh.write(data)
        labels.append(label(m))
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # parse back every file
    for m in MESSAGES:
        with open(os.path.join(out, m["file"]), "rb") as fh:
            p = BytesParser(policy=policy.default).parse(fh)
        assert p["Received"] and p["Date"] and p["From"] and p["Subject"] and p["Message-ID"], m["file"]
        assert (p["Delivered-To"] or "").lower() == m["mailbox"] or (
            not p["Delivered-To"] and m["mailbox"] in [a.strip() for a in (p["To"] or "").split(",")][:2]), m["file"]
    print(len(MESSAGES), "messages written")


if __name__ == "__main__":
    main()
