#!/usr/bin/env python3
"""Build round49: an ordinary fortnight (30 Nov - 13 Dec 2026) of CEPR mail.

Run with the r49 venv:  /work/rounds/.venv-r49/bin/python build.py
Writes NNN-*.eml and labels.jsonl next to this script and self-checks every label.
"""
# ======================================================================
# lib49.py
"""Helpers for round49's build.py: calendar, PDFs, signatures, e-mail assembly."""
import datetime as dt
import io
import os
import random
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy
from zoneinfo import ZoneInfo

import holidays
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter

LIMA = ZoneInfo("America/Lima")
UTC = dt.timezone.utc
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_SERIF_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"

# ---------------------------------------------------------------- calendar
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE = holidays.country_holidays("PE", years=[2026, 2027])


def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_bd(d):
    d = d + dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(rcv):
    rcv = rcv.astimezone(LIMA)
    d = rcv.date()
    if is_bd(d) and rcv.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


def extemporaneo(notif, filing):
    return filing > add_bd(notif, 15)


PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15,
         "apelacion": 30, "renuncia": 15, "prorroga_residencia": 15,
         "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}


def due_date(outcome, procedure, filing):
    if outcome == "subsanar":
        return add_bd(filing, 2)
    if outcome in ("cargo", "acuse"):
        return add_bd(filing, PLAZO[procedure])
    return None


# ---------------------------------------------------------------- PDFs
def _pdf(core=False, compress=True):
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    if core:
        pdf.set_font("Helvetica", size=10.5)
    else:
        pdf.add_font("DejaVu", fname=DEJAVU)
        pdf.set_font("DejaVu", size=10)
    return pdf


def text_pdf(paragraphs, core=False, compress=True, sig_png=None, sig_after=None):
    """A text PDF. sig_png: PNG bytes of a handwritten signature inserted after
    paragraph index sig_after (or at the end)."""
    pdf = _pdf(core, compress)
    for i, p in enumerate(paragraphs):
        pdf.multi_cell(0, 5.5, p, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
        if sig_png is not None and sig_after == i:
            pdf.image(io.BytesIO(sig_png), w=48)
    if sig_png is not None and sig_after is None:
        pdf.image(io.BytesIO(sig_png), w=48)
    return bytes(pdf.output())


def signature_png(seed, w=420, h=150):
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    x, y = 20, h // 2
    pts = [(x, y)]
    for _ in range(38):
        x += rnd.randint(6, 14)
        y = max(15, min(h - 15, y + rnd.randint(-28, 28)))
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110), width=3, joint="curve")
    d.line([(30, h - 30), (w - 40, h - 38)], fill=(20, 30, 110), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def page_image(lines, seed, fmt="JPEG", sig=True, tilt=0.8, w=1240, h=1754):
    """A 'photo' / scan of a handwritten-looking page."""
    img = Image.new("RGB", (w, h), (246, 244, 236))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(DEJAVU_SERIF_I, 30)
    y = 120
    for line in lines:
        d.text((110, y), line, font=font, fill=(25, 25, 70))
        y += 46 if line else 30
    if sig:
        s = Image.open(io.BytesIO(signature_png(seed)))
        img.paste(s, (140, y + 20))
    img = img.rotate(tilt, expand=False, fillcolor=(200, 200, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, fmt, quality=70) if fmt == "JPEG" else img.save(buf, fmt)
    return buf.getvalue()


def scanned_pdf(lines, seed):
    """PDF holding only an image: no text layer."""
    jpg = page_image(lines, seed)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


# ---------------------------------------------------------------- signing
_TMP = tempfile.mkdtemp(prefix="r49sig-")


def _keypair(cn):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "PE"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(dt.datetime(2025, 1, 1, tzinfo=UTC))
            .not_valid_after(dt.datetime(2030, 1, 1, tzinfo=UTC))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    slug = "".join(c for c in cn if c.isalnum())[:30]
    kf = os.path.join(_TMP, slug + ".key")
    cf = os.path.join(_TMP, slug + ".crt")
    with open(kf, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cf, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    return kf, cf


def sign_pdf(pdf_bytes, cn):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    kf, cf = _keypair(cn)
    signer = signers.SimpleSigner.load(kf, cf)
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name="Firma1", reason="Firma del recurrente",
                                        location="Lima, Peru")
    out = signers.sign_pdf(w, meta, signer=signer)
    return out.getvalue()


def sig_intact(pdf_bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
    sigs = r.embedded_signatures
    if not sigs:
        return None
    return validate_pdf_signature(sigs[0]).intact


def alter_signed(pdf_bytes, old, new):
    assert len(old) == len(new)
    assert pdf_bytes.count(old) == 1, (old, pdf_bytes.count(old))
    return pdf_bytes.replace(old, new)


# ---------------------------------------------------------------- e-mail
def rfc_date(d):
    return format_datetime(d)


def received_header(rcv, mailbox, src_host, src_ip, utc=False, rid="4Qx"):
    t = rcv.astimezone(UTC) if utc else rcv.astimezone(LIMA)
    return (f"from {src_host} ({src_host} [{src_ip}]) by mx1.rree.gob.pe (Postfix) "
            f"with ESMTPS id {rid} for <{mailbox}>; {format_datetime(t)}")


def build_message(spec):
    m = EmailMessage(policy=policy.SMTP)
    rcv = spec["received"]
    host, ip = spec.get("host", ("mail-sor-f41.google.com", "209.85.220.41"))
    rnd = random.Random(spec["slug"])
    rid = spec.get("rid") or ("4" + "".join(rnd.choice(
        "BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz0123456789") for _ in range(13)))
    m["Received"] = received_header(rcv, spec["delivered"], host, ip,
                                    utc=spec.get("utc", False), rid=rid)
    # an older hop, when the sender's provider added one
    if spec.get("hop", True):
        sent = spec.get("date") or (rcv - dt.timedelta(seconds=spec.get("lag", 3)))
        m["Received"] = (f"by 2002:a05:6000:{random.Random(spec['slug']).randint(1000, 9999):x} "
                         f"with SMTP id x{random.Random(spec['slug']+'h').randint(10**6, 10**7)}; "
                         f"{format_datetime(sent.astimezone(dt.timezone(dt.timedelta(hours=-8))))}")
    if spec.get("delivered_to", True):
        m["Delivered-To"] = spec["delivered"]
    for k, v in spec.get("pre_headers", []):
        m[k] = v
    sent = spec.get("date") or (rcv - dt.timedelta(seconds=spec.get("lag", 3)))
    if spec.get("date_tz") is not None:
        sent = sent.astimezone(dt.timezone(dt.timedelta(hours=spec["date_tz"])))
    else:
        sent = sent.astimezone(LIMA)
    m["Date"] = format_datetime(sent)
    m["From"] = spec["from"]
    m["To"] = spec.get("to", spec["delivered"])
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    m["Subject"] = spec["subject"]
    m["Message-ID"] = "<%s%s@%s>" % (
        "CA" if "gmail" in spec.get("msgid_domain", "mail.gmail.com") else "",
        "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                for _ in range(40)), spec.get("msgid_domain", "mail.gmail.com"))
    for k, v in spec.get("headers", []):
        m[k] = v
    body = spec["body"]
    cte = spec.get("cte", "quoted-printable")
    if spec.get("html_only"):
        m.set_content(spec["html"], subtype="html", charset="utf-8", cte=cte)
    else:
        m.set_content(body, charset="utf-8", cte=cte)
        if spec.get("html"):
            m.add_alternative(spec["html"], subtype="html", charset="utf-8", cte=cte)
    for fname, data, mt, st in spec.get("attachments", []):
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m.as_bytes()

# ======================================================================
# specs_a.py
# Messages of the first week (Mon 30 Nov - Fri 4 Dec 2026).
import datetime as dt

SR = "solicitantesrefugio@rree.gob.pe"
MP = "mesadepartes@rree.gob.pe"
RF = "refugiados@rree.gob.pe"
GMAIL = ("mail-sor-f41.google.com", "209.85.220.41")
OUTLOOK = ("mail-bn8nam12olkn2081.outbound.protection.outlook.com", "40.92.21.81")
YAHOO = ("sonic314-21.consmr.mail.gq1.yahoo.com", "98.137.65.84")
HOTMAIL = ("mail-co1nam11olkn2046.outbound.protection.outlook.com", "40.92.18.46")


def R(m, d, H, M, S, y=2026):
    return dt.datetime(y, m, d, H, M, S, tzinfo=LIMA)


SPECS = []


def add(**kw):
    SPECS.append(kw)


# ------------------------------------------------------------------ 30 Nov
add(slug="actualizacion-datos-esposa-peruana", received=R(11, 30, 9, 12, 44), delivered=SR,
    host=HOTMAIL, msgid_domain="SN6PR04MB4032.namprd04.prod.outlook.com",
    **{"from": "Yorman Castillo <yorman.castillo88@hotmail.com>"},
    subject="Actualización de datos",
    body="""Buenos días señores de la Comisión,

Por medio del presente solicito la actualización de mis datos de contacto, ya que cambié de número y de correo. Mis datos son:

- Nombres y apellidos: Yorman Alexis Castillo Rengifo
- Nacionalidad: venezolana
- Cédula: V-20.417.863
- Teléfono nuevo: 951 284 617
- Correo nuevo: yorman.castillo.r@gmail.com
- Dirección: Jr. Los Jazmines 245, San Juan de Lurigancho

Informo además que en agosto me casé con ciudadana peruana, por si lo necesitan para mi expediente:
- Esposa: Milagros Rocío Huamán Quispe
- DNI: 46120958
- Celular de ella: 987 330 152

Quedo atento. Gracias de antemano.

Yorman Castillo
""",
    procedure="actualizacion_datos",
    fields={"nombres": "Yorman Alexis Castillo Rengifo", "nacionalidad": "VE",
            "documento_identidad": "V20417863", "telefono": "+51951284617",
            "correo": "yorman.castillo.r@gmail.com"},
    missing=[], signature="not_required", outcome="acuse", flags=[])

add(slug="cambio-clave-celular-minusculas", received=R(11, 30, 10, 40, 3), delivered=SR,
    cte="8bit",
    **{"from": "Dairo M <dairomontano1990@gmail.com>"},
    subject="cambio de contraseña",
    body="""buenos dias disculpen la molestia, no puedo entrar al sistema de refugiados me dice que la clave es incorrecta y ya intente varias veces. necesito el cambio de clave por favor
mi nombre es dairo enrique montaño salcedo
cc 1.093.774.215 (colombiano)
cel 913 556 208
mi correo es este mismo dairomontano1990@gmail.com
gracias dios les bendiga

enviado desde mi samsung galaxy
""",
    procedure="cambio_clave",
    fields={"nombres": "dairo enrique montaño salcedo", "documento_identidad": "1093774215",
            "nacionalidad": "CO", "telefono": "+51913556208",
            "correo": "dairomontano1990@gmail.com"},
    missing=[], signature="not_required", outcome="acuse", flags=[])

_paredes = [
    "SUMILLA: Interpongo Recurso de Apelación",
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
    "GÉNESIS DAYANA PAREDES OROPEZA, de nacionalidad venezolana, identificada con Pasaporte "
    "N° 148362905, con domicilio en Av. Los Próceres 1180, dpto. 302, Santiago de Surco, Lima, "
    "con teléfono celular 934 718 260 y correo electrónico genesis.d.paredes@gmail.com, ante "
    "usted respetuosamente me presento y digo:",
    "I. PETITORIO",
    "Que, al amparo del artículo 218 del TUO de la Ley N° 27444, interpongo RECURSO DE "
    "APELACIÓN contra la Resolución N° 0871-2026-CEPR/SE, que declara infundado mi recurso de "
    "reconsideración, la misma que me fue notificada el 16 de noviembre de 2026, a fin de que "
    "el superior jerárquico la revoque y se me reconozca la condición de refugiada.",
    "II. FUNDAMENTOS",
    "1. La resolución apelada no valoró que fui amenazada de muerte por un colectivo armado de "
    "Barquisimeto a raíz de mi participación como testigo electoral en julio de 2024, hecho que "
    "consta en la denuncia que presenté ante la Fiscalía y en los mensajes que adjunté.",
    "2. Tampoco se consideró que mi hermano fue detenido arbitrariamente en agosto de 2024 y "
    "permanece privado de libertad, lo que demuestra que el riesgo es actual y personal.",
    "3. La Comisión afirma que podría reubicarme dentro de Venezuela, pero el colectivo actúa "
    "en coordinación con autoridades locales en todo el estado Lara y fuera de él.",
    "III. ANEXOS",
    "1-A Copia de pasaporte.  1-B Copia de la resolución apelada.",
    "POR TANTO: Solicito a usted conceder el recurso y elevarlo al superior conforme a ley.",
    "Lima, 30 de noviembre de 2026",
    "GÉNESIS DAYANA PAREDES OROPEZA\nPasaporte N° 148362905",
]
add(slug="apelacion-pdf-firmado-solo-en-pdf", received=R(11, 30, 15, 2, 10), delivered=MP,
    **{"from": "GENESIS <genesis.d.paredes@gmail.com>"},
    subject="Recurso de Apelación",
    body="Buenas tardes,\n\nRemito adjunto el escrito de apelación firmado digitalmente. "
         "Agradeceré el cargo de recepción.\n\nSaludos\n",
    attachments=[("Apelacion_Paredes.pdf",
                  sign_pdf(text_pdf(_paredes), "GENESIS DAYANA PAREDES OROPEZA"),
                  "application", "pdf")],
    procedure="apelacion",
    fields={"nombres": "GÉNESIS DAYANA PAREDES OROPEZA", "nacionalidad": "VE",
            "documento_identidad": "148362905", "telefono": "+51934718260",
            "correo": "genesis.d.paredes@gmail.com",
            "motivo": "fui amenazada de muerte por un colectivo armado de Barquisimeto; "
                      "la resolución no valoró la denuncia ni la detención de mi hermano"},
    missing=[], signature="valid", outcome="cargo", flags=[], notif=dt.date(2026, 11, 16))

add(slug="solicitud-refugio-haitiano-noche", received=R(11, 30, 20, 15, 37), delivered=RF,
    **{"from": "Wilner Jean-Baptiste <wjeanbaptiste509@gmail.com>"},
    subject="Solicitud de refugio",
    body="""Bonsoir / Buenas noches

Mi nombre es Wilner Jean-Baptiste, soy haitiano, llegué a Lima hace dos semanas por la frontera de Tumbes. Quiero pedir refugio en Perú porque en Puerto Príncipe las bandas quemaron mi casa. No hablo bien el español, disculpe.

Pasaporte / paspò: OL2739104
WhatsApp: +51 960 318 744

Merci, gracias.
""",
    procedure="solicitud_refugio",
    fields={"nombres": "Wilner Jean-Baptiste", "nacionalidad": "HT",
            "documento_identidad": "OL2739104", "telefono": "+51960318744",
            "correo": "wjeanbaptiste509@gmail.com"},
    missing=[], signature="not_required", outcome="portal", flags=[])

# ------------------------------------------------------------------ 1 Dec
add(slug="reconsideracion-cubano-texto-sin-firma", received=R(12, 1, 8, 5, 12), delivered=MP,
    **{"from": "Yoandris Pérez <yoandris.perez.lima@gmail.com>"},
    subject="RECURSO DE RECONSIDERACION",
    body="""SUMILLA: RECURSO DE RECONSIDERACIÓN

Señores
Comisión Especial para los Refugiados
Presente.-

Yo, YOANDRIS PÉREZ CASTAÑEDA, ciudadano cubano, con carnet de identidad N° 88041523467, con domicilio en Calle Las Gardenias 118, Los Olivos, me presento y digo:

Que dentro del plazo de ley interpongo recurso de reconsideración contra la Resolución que deniega mi condición de refugiado, notificada con fecha 20/11/2026, por los fundamentos siguientes:

FUNDAMENTOS:
Primero.- En Cuba fui detenido en tres ocasiones por la Seguridad del Estado por pertenecer al grupo opositor UNPACU en Santiago de Cuba, y en la última detención me advirtieron que la próxima vez sería procesado por "propaganda enemiga".
Segundo.- Ofrezco como nueva prueba la citación policial de marzo de 2024 y la declaración jurada de dos compañeros del grupo, que no pude presentar en la entrevista.

PETITORIO:
Solicito se reconsidere la decisión y se me reconozca la condición de refugiado.

Teléfono: 941 062 783
Correo: yoandris.perez.lima@gmail.com

Lima, 1 de diciembre de 2026

Yoandris Pérez Castañeda
""",
    procedure="reconsideracion",
    fields={"nombres": "YOANDRIS PÉREZ CASTAÑEDA", "nacionalidad": "CU",
            "documento_identidad": "88041523467", "telefono": "+51941062783",
            "correo": "yoandris.perez.lima@gmail.com",
            "motivo": "detenido tres veces por la Seguridad del Estado por pertenecer a UNPACU; "
                      "ofrece nueva prueba"},
    missing=["firma"], signature="absent", outcome="subsanar", flags=[],
    notif=dt.date(2026, 11, 20))

add(slug="prorroga-residencia-colombiana-tabs", received=R(12, 1, 11, 30, 27), delivered=RF,
    host=YAHOO, msgid_domain="sonic314-21.consmr.mail.gq1.yahoo.com",
    **{"from": "Luz Marina Ortiz <luzmarina.ortiz.b@yahoo.com>"},
    subject="Prórroga de Residencia",
    body="""Señores Refugiados

Cordial saludo. Solicito la prórroga anual de mi residencia como refugiada reconocida.

Nombres y apellidos:\tLuz Marina Ortiz Bermúdez
Sexo:\t\t\tFemenino
Nacionalidad:\t\tColombiana
Cédula de ciudadanía:\t52.876.104
Carné de extranjería:\t000873215
Fecha de nacimiento:\t07/02/1979
Teléfono:\t\t(01) 472 3318

Mil gracias,
Luz Marina
""",
    procedure="prorroga_residencia",
    fields={"nombres": "Luz Marina Ortiz Bermúdez", "sexo": "F", "nacionalidad": "CO",
            "documento_identidad": "52876104", "carne_extranjeria": "000873215",
            "fecha_nacimiento": "1979-02-07", "telefono": "+5114723318",
            "correo": "luzmarina.ortiz.b@yahoo.com"},
    missing=[], signature="not_required", outcome="acuse", flags=[])

add(slug="fuera-de-oficina-autorespuesta", received=R(12, 1, 12, 5, 2), delivered=RF,
    host=("mail.distribuidoraandina.com.pe", "190.216.184.12"), hop=False,
    msgid_domain="distribuidoraandina.com.pe",
    **{"from": "Hernán Quintero <hquintero@distribuidoraandina.com.pe>"},
    subject="Fuera de la oficina: RE: Prórroga de residencia",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Gracias por su mensaje. Estaré fuera de la oficina hasta el miércoles 9 de diciembre, con acceso limitado al correo.

Para temas urgentes de despacho, comuníquese con Patricia Salas al anexo 214.

Hernán Quintero
Jefe de Almacén - Distribuidora Andina S.A.C.
""",
    procedure="prorroga_residencia", fields={}, missing=[], signature="not_required",
    outcome="ignorado", flags=[])

_denuncia_colmenares = [
    "POLICÍA NACIONAL DEL PERÚ - REGIÓN POLICIAL LIMA",
    "COMISARÍA PNP ALFONSO UGARTE",
    "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 21844-2026",
    "Siendo las 18:40 horas del 28 de noviembre de 2026 se presentó a esta dependencia policial "
    "la persona de MARIANNY JOSEFINA COLMENARES URBINA, de nacionalidad venezolana, con Carné "
    "de Extranjería N° 001045327, quien denuncia la sustracción de su cartera conteniendo "
    "documentos personales (carné de extranjería, cédula de identidad venezolana, tarjeta "
    "bancaria) en inmediaciones del Jr. Quilca, Cercado de Lima.",
    "Se expide la presente copia certificada a solicitud de la interesada para los fines "
    "que estime conveniente.",
    "SO2 PNP R. Chávez Llanos - Instructor",
]
add(slug="duplicado-carnet-ambiguo-denuncia-pdf", received=R(12, 1, 16, 41, 9), delivered=RF,
    **{"from": "Marianny Colmenares <mariannycolmenares@gmail.com>"},
    subject="Duplicado de carnet",
    body="""Buenas tardes,

El sábado me robaron la cartera en el Centro de Lima con todos mis documentos, entre ellos mi carné de extranjería de refugiada. Por eso solicito el duplicado del carné de extranjería. Adjunto la denuncia que hice en la comisaría de Alfonso Ugarte.

Nombre completo ........ Marianny Josefina Colmenares Urbina
Sexo ................... F
Nacionalidad ........... Venezuela
Cédula ................. V-19.552.308
C.E. ................... 001045327
Fecha de nac. .......... 12/06/91
Celular ................ 926 441 730

Atentamente,
Marianny Colmenares
""",
    attachments=[("denuncia_robo_comisaria.pdf", text_pdf(_denuncia_colmenares),
                  "application", "pdf")],
    procedure="duplicado_carne_extranjeria",
    fields={"nombres": "Marianny Josefina Colmenares Urbina", "sexo": "F",
            "nacionalidad": "VE", "documento_identidad": "V19552308",
            "carne_extranjeria": "001045327", "fecha_nacimiento": "1991-06-12",
            "telefono": "+51926441730", "correo": "mariannycolmenares@gmail.com"},
    missing=[], signature="not_required", outcome="acuse", flags=[])

add(slug="consulta-estado-expediente", received=R(12, 1, 18, 20, 55), delivered=SR,
    **{"from": "Kelvin Rojas <kelvinrojas.ve@gmail.com>"},
    subject="Consulta",
    body="""Buenas noches, quisiera saber en qué estado se encuentra mi expediente N° 2023-11873. Lo presenté hace casi tres años y no he tenido ninguna respuesta, ni buena ni mala.

Mi nombre es Kelvin José Rojas Mendoza, pasaporte 125903318.

Gracias.
""",
    procedure=None,
    fields={"nombres": "Kelvin José Rojas Mendoza", "documento_identidad": "125903318",
            "correo": "kelvinrojas.ve@gmail.com"},
    missing=[], signature="not_required", outcome="triage", flags=[])

# ------------------------------------------------------------------ 2 Dec
_benitez = [
    "SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)",
    "Señores\nSecretaría Ejecutiva de la Comisión Especial para los Refugiados\nPresente.-",
    "Yo, OSWALDO RAFAEL BENÍTEZ LUGO, refugiado reconocido de nacionalidad venezolana, con "
    "Carné de Extranjería N° 000912644, teléfono 955 207 139, solicito autorización para "
    "viajar a Quito, Ecuador, del 20 al 27 de diciembre de 2026.",
    "Motivo del viaje: mi madre, Carmen Lugo de Benítez, de 71 años, será intervenida "
    "quirúrgicamente del corazón (reemplazo de válvula mitral) en el Hospital Metropolitano de "
    "Quito y no tiene otro familiar que pueda acompañarla durante la operación y los primeros "
    "días de recuperación.",
    "Adjunto a la presente la constancia médica del hospital.",
    "Lima, 2 de diciembre de 2026",
    "OSWALDO RAFAEL BENÍTEZ LUGO\nC.E. 000912644",
]
add(slug="autorizacion-viaje-pdf-firmado-rango", received=R(12, 2, 9, 0, 51), delivered=RF,
    **{"from": "Oswaldo Benítez <oswaldobenitez.lugo@gmail.com>"},
    subject="Autorización de Viaje",
    body="Buenos días:\n\nAdjunto mi solicitud de autorización de viaje por urgencia, firmada "
         "digitalmente. Los datos están en el documento.\n\nMuchas gracias por su atención.\n",
    attachments=[("Solicitud_viaje_firmada.pdf",
                  sign_pdf(text_pdf(_benitez), "OSWALDO RAFAEL BENITEZ LUGO"),
                  "application", "pdf")],
    procedure="autorizacion_viaje",
    fields={"nombres": "OSWALDO RAFAEL BENÍTEZ LUGO", "nacionalidad": "VE",
            "carne_extranjeria": "000912644", "telefono": "+51955207139",
            "destino": "Quito, Ecuador", "fecha_salida": "2026-12-20",
            "fecha_retorno": "2026-12-27", "correo": "oswaldobenitez.lugo@gmail.com",
            "motivo": "mi madre será intervenida quirúrgicamente del corazón en Quito"},
    missing=[], signature="valid", outcome="acuse", flags=[])

add(slug="carne-solicitante-suspendido", received=R(12, 2, 10, 10, 18), delivered=SR,
    **{"from": "Anyelo Suárez <anyelosuarez2001@gmail.com>"},
    subject="Carné de solicitante",
    body="""Buen día.

Completé la toma de huellas, foto y firma en octubre y quisiera saber cuándo me pueden dar cita para recoger el carné de solicitante, porque en el trabajo me lo piden.

Nombre: Anyelo Daniel Suárez Pirela / Pasaporte: 157204836 / Tel: +51 902 115 487

Gracias
""",
    procedure="carne_solicitante",
    fields={"nombres": "Anyelo Daniel Suárez Pirela", "documento_identidad": "157204836",
            "telefono": "+51902115487", "correo": "anyelosuarez2001@gmail.com"},
    missing=[], signature="not_required", outcome="suspendido", flags=[])

add(slug="actualizacion-datos-refugiado-sin-ce", received=R(12, 2, 12, 0, 40), delivered=SR,
    **{"from": "Reinaldo Caicedo <rcaicedo.valle@gmail.com>"},
    subject="Actualizacion de datos de contacto",
    body="""Señores CEPR buenas tardes

Soy refugiado reconocido desde el 2019 y me mudé a Arequipa por trabajo, por eso les escribo para actualizar mi dirección y mi número.

NOMBRE: Reinaldo Antonio Caicedo Valencia
NACIONALIDAD: ecuatoriano
CÉDULA: 092345678-1
NUEVA DIRECCIÓN: Calle Melgar 412, Cercado, Arequipa
CELULAR: 974 508 336

Atentamente
R. Caicedo
""",
    procedure="actualizacion_datos",
    fields={"nombres": "Reinaldo Antonio Caicedo Valencia", "nacionalidad": "EC",
            "documento_identidad": "0923456781", "telefono": "+51974508336",
            "correo": "rcaicedo.valle@gmail.com"},
    refugiado=True,
    missing=["carne_extranjeria"], signature="not_required", outcome="subsanar", flags=[])

_meneses = [
    "SUMILLA: RECURSO DE APELACIÓN\nEXPEDIENTE: 2024-03318-CEPR",
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
    "RODRIGO VARGAS TELLO, abogado con Registro CAL N° 54321, identificado con\n"
    "DNI N° 09876543, con domicilio procesal en Av. Arequipa 2450, of. 801, Lince,\n"
    "teléfono (01) 421 7780, correo rvargas@vargasabogados.pe, en representación de\n"
    "ANDRÉS FELIPE MENESES CÁRDENAS, de nacionalidad colombiana, identificado con\n"
    "Cédula de Ciudadanía N° 1.017.238.664, según poder que se adjunta, a usted digo:",
    "I. PETITORIO",
    "Interpongo RECURSO DE APELACIÓN contra la Resolución N° 1022-2026-CEPR/SE,\n"
    "notificada a mi patrocinado el 28 de octubre de 2026, solicitando que sea revocada y se "
    "reconozca a mi patrocinado la condición de refugiado.",
    "II. FUNDAMENTOS DE HECHO Y DE DERECHO",
    "1. Mi patrocinado fue objeto de intento de reclutamiento forzado por un grupo armado en el "
    "Catatumbo (Norte de Santander) y, al negarse, su familia recibió un panfleto con su nombre "
    "declarándolo objetivo militar.",
    "2. La resolución apelada aplica incorrectamente la alternativa de huida interna: el grupo "
    "tiene presencia en Cúcuta, Bucaramanga y Bogotá, como consta en los informes de la "
    "Defensoría del Pueblo de Colombia que se acompañan.",
    "3. El retraso en la interposición se debe a que mi patrocinado recién pudo contratar "
    "defensa legal; se invoca el principio de informalismo.",
    "III. DATOS DE CONTACTO DEL RECURRENTE",
    "Teléfono: +51 976 114 502\nCorreo electrónico: andresmeneses.co@gmail.com",
    "POR TANTO: A usted pido conceder el recurso y elevar los actuados al superior.",
    "Lima, 2 de diciembre de 2026",
    "RODRIGO VARGAS TELLO\nAbogado - CAL 54321",
]
add(slug="apelacion-abogado-extemporanea", received=R(12, 2, 14, 30, 5), delivered=MP,
    host=OUTLOOK, msgid_domain="CH2PR11MB4310.namprd11.prod.outlook.com",
    **{"from": "Rodrigo Vargas Tello <rvargas@vargasabogados.pe>"},
    subject="Recurso de apelación - Exp. 2024-03318 - MENESES CÁRDENAS",
    body="""Señores Mesa de Partes:

Adjuntamos el recurso de apelación de nuestro patrocinado, el Sr. Andrés Felipe Meneses Cárdenas, firmado digitalmente, con sus anexos.

Atentamente,

Dr. Rodrigo Vargas Tello
Vargas & Asociados - Abogados
Av. Arequipa 2450, of. 801, Lince
""",
    html="""<html><body><p>Señores Mesa de Partes:</p>
<p>Adjuntamos el recurso de apelación de nuestro patrocinado, el Sr. Andrés Felipe Meneses Cárdenas, firmado digitalmente, con sus anexos.</p>
<p>Atentamente,</p>
<p><b>Dr. Rodrigo Vargas Tello</b><br>Vargas &amp; Asociados - Abogados<br>Av. Arequipa 2450, of. 801, Lince</p>
</body></html>""",
    attachments=[("Apelacion_Meneses_firmado.pdf",
                  sign_pdf(text_pdf(_meneses), "RODRIGO VARGAS TELLO"),
                  "application", "pdf")],
    procedure="apelacion",
    fields={"nombres": "ANDRÉS FELIPE MENESES CÁRDENAS", "nacionalidad": "CO",
            "documento_identidad": "1017238664", "telefono": "+51976114502",
            "correo": "andresmeneses.co@gmail.com",
            "motivo": "intento de reclutamiento forzado en el Catatumbo; huida interna mal aplicada"},
    missing=[], signature="valid", outcome="cargo", flags=["extemporaneo"],
    notif=dt.date(2026, 10, 28))

add(slug="actualizacion-datos-hijo-por-madre-ecuatoriana", received=R(12, 2, 16, 30, 12),
    delivered=SR, **{"from": "Kevin Tenorio <kevintenorio.q@gmail.com>"},
    subject="Actualización de datos de mi madre",
    body="""Buenas tardes,

Les escribe Kevin Tenorio, hijo de la señora Blanca Esperanza Tenorio Quiñónez, que es solicitante de refugio. Mi mamá no maneja bien el correo y me pidió que le ayude a actualizar sus datos de contacto, porque cambió de número y se hizo un correo propio.

Sus datos:
Nombre completo: Blanca Esperanza Tenorio Quiñónez
Nacionalidad: ecuatoriana
Cédula: 0801234567
Celular de mi mamá: 982 417 650
Correo de ella: blanca.tenorio58@gmail.com

Mi número, por si no la ubican: 994 120 338.

Gracias por la atención.
Kevin Tenorio
""",
    procedure="actualizacion_datos",
    fields={"nombres": "Blanca Esperanza Tenorio Quiñónez", "nacionalidad": "EC",
            "documento_identidad": "0801234567", "telefono": "+51982417650",
            "correo": "blanca.tenorio58@gmail.com"},
    missing=[], signature="not_required", outcome="acuse", flags=[])

add(slug="entrevista-registro-despues-cierre", received=R(12, 2, 17, 5, 33), delivered=SR,
    **{"from": "Rosangela Linares <rosangela.linares.m@gmail.com>"},
    subject="Entrevista de Registro",
    body="""Buenas tardes,

Hice mi registro en línea el 15 de septiembre y todavía no me llega la fecha de la entrevista de registro. Ya revisé la carpeta de spam y nada.

Rosangela Linares Montiel, pasaporte 139004527.

¿Me podrían indicar cuándo me la programan? Gracias
""",
    procedure="entrevista_registro",
    fields={"nombres": "Rosangela Linares Montiel", "documento_identidad": "139004527",
            "correo": "rosangela.linares.m@gmail.com"},
    missing=[], signature="not_required", outcome="portal", flags=[])

# ------------------------------------------------------------------ 3 Dec
add(slug="solicitud-refugio-tumbes-minusculas", received=R(12, 3, 7, 40, 21), delivered=SR,
    cte="8bit", date_tz=-4,
    **{"from": "Jose Gregorio <josegregorio.lara1985@gmail.com>"},
    subject="solicitud de refugio",
    body="""buenos dias acabo de entrar por tumbes con mi esposa y mi bebe, queremos solicitar refugio como hago? no tengo pasaporte solo cedula v 16.773.402
jose gregorio lara suarez
whatsapp +58 426 5530917
""",
    procedure="solicitud_refugio",
    fields={"nombres": "jose gregorio lara suarez", "documento_identidad": "V16773402",
            "telefono": "+584265530917", "correo": "josegregorio.lara1985@gmail.com"},
    missing=[], signature="not_required", outcome="portal", flags=[])

_gutierrez = [
    "Lima, 2 de diciembre de 2026",
    "Señores\nSecretaría Ejecutiva de la Comisión Especial para los Refugiados\n"
    "Ministerio de Relaciones Exteriores\nPresente.-",
    "Asunto: Renuncia al trámite de solicitud de refugio",
    "Yo, JHOAN MANUEL GUTIÉRREZ ARAUJO, de nacionalidad venezolana, con cédula de identidad "
    "V-24.118.963, teléfono 987 602 114, me dirijo a ustedes para comunicar mi decisión libre "
    "y voluntaria de renunciar al trámite de mi solicitud de refugio.",
    "Motivo: he decidido regresar a Venezuela para reunirme con mis padres, que están mayores "
    "y enfermos en Maracaibo, y ya no podré continuar con el procedimiento.",
    "Agradezco la atención brindada durante este tiempo.",
    "Atentamente,",
    "JHOAN MANUEL GUTIÉRREZ ARAUJO\nV-24.118.963",
]
add(slug="renuncia-solicitante-pdf-firmado", received=R(12, 3, 9, 20, 14), delivered=MP,
    **{"from": "Jhoan Gutiérrez <jhoangutierrez.v@gmail.com>"},
    subject="Renuncia",
    body="Buenos días, adjunto mi carta de renuncia firmada.\n\nSaludos\n",
    attachments=[("carta_renuncia.pdf",
                  sign_pdf(text_pdf(_gutierrez), "JHOAN MANUEL GUTIERREZ ARAUJO"),
                  "application", "pdf")],
    procedure="renuncia",
    fields={"nombres": "JHOAN MANUEL GUTIÉRREZ ARAUJO", "nacionalidad": "VE",
            "documento_identidad": "V24118963", "telefono": "+51987602114",
            "correo": "jhoangutierrez.v@gmail.com",
            "motivo": "regresar a Venezuela para reunirme con mis padres"},
    missing=[], signature="valid", outcome="acuse", flags=[])

add(slug="re-cambio-clave-buzon-equivocado", received=R(12, 3, 10, 0, 8), delivered=RF,
    host=HOTMAIL, msgid_domain="PH0PR19MB5212.namprd19.prod.outlook.com",
    **{"from": "Noraima Brito <noraimabrito@hotmail.com>"},
    subject="RE: Cambio de clave y contraseña",
    body="""Buenos días, vuelvo a escribir porque todavía no puedo ingresar al sistema. Les reenvío mis datos:

Nombres: Noraima del Valle Brito Salazar
Pasaporte: 118764093
Correo: noraimabrito@hotmail.com

Gracias de antemano.

________________________________
De: Refugiados <refugiados@rree.gob.pe>
Enviado: viernes, 20 de noviembre de 2026 11:02
Para: noraimabrito@hotmail.com <noraimabrito@hotmail.com>
Asunto: RE: Cambio de clave y contraseña

Estimada usuaria: para el cambio de clave debe escribir a solicitantesrefugio@rree.gob.pe indicando nombres y apellidos completos, número de pasaporte o cédula, teléfono de contacto y correo electrónico.

Atentamente,
Secretaría Ejecutiva - CEPR
""",
    procedure="cambio_clave",
    fields={"nombres": "Noraima del Valle Brito Salazar", "documento_identidad": "118764093",
            "correo": "noraimabrito@hotmail.com"},
    missing=["telefono"], signature="not_required", outcome="subsanar", flags=["derivado"])

_vivas_scan = [
    "Lima, 3 de diciembre de 2026",
    "Señores Comisión Especial para los Refugiados",
    "",
    "Asunto: Recurso de reconsideración",
    "",
    "Yo, Daniela Alejandra Vivas Chirinos, con C.I. V-23.661.084,",
    "interpongo recurso de reconsideración contra la resolución",
    "que deniega mi solicitud, notificada el 25/11/26.",
    "",
    "Mi expareja es funcionario del SEBIN y me sigue buscando.",
    "Presento como nueva prueba los mensajes de amenaza.",
    "",
    "Atentamente,",
]
add(slug="reconsideracion-escaneada-datos-en-cuerpo", received=R(12, 3, 12, 45, 50),
    delivered=MP, **{"from": "Daniela Vivas <danivivas.1995@gmail.com>"},
    subject="Reconsideración",
    body="""Señores Mesa de Partes:

Adjunto escaneado mi recurso de reconsideración firmado a mano, contra la resolución que deniega mi refugio, que me notificaron el 25/11/26.

El motivo es que la Comisión no tomó en cuenta que mi expareja es funcionario del SEBIN y me sigue buscando; presento como nueva prueba los mensajes de amenaza que recibí en octubre, que no tenía cuando hice la entrevista.

Mis datos:
Daniela Alejandra Vivas Chirinos
Cédula V-23.661.084
Cel/WhatsApp: +51 944 825 013
Correo: danivivas.1995@gmail.com

Gracias.
""",
    attachments=[("reconsideracion_firmada.pdf", scanned_pdf(_vivas_scan, 17),
                  "application", "pdf")],
    procedure="reconsideracion",
    fields={"nombres": "Daniela Alejandra Vivas Chirinos", "documento_identidad": "V23661084",
            "telefono": "+51944825013", "correo": "danivivas.1995@gmail.com",
            "motivo": "mi expareja es funcionario del SEBIN y me sigue buscando; nueva prueba"},
    missing=[], signature="manuscrita", outcome="cargo", flags=["verificar_firma"],
    notif=dt.date(2026, 11, 25))

add(slug="autorizacion-trabajo-iphone", received=R(12, 3, 13, 10, 26), delivered=SR,
    cte="7bit",
    **{"from": "yuli <yulimar.pena27@gmail.com>"},
    subject="autorizacion de trabajo",
    body="""hola buenas tardes, como hago para sacar la autorizacion de trabajo? ya tengo mi numero de expediente pero en la pagina no me sale el boton. soy yulimar pena. gracias

enviado desde mi iphone
""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "yulimar pena", "correo": "yulimar.pena27@gmail.com"},
    missing=[], signature="not_required", outcome="portal", flags=[])

add(slug="prorroga-residencia-esposa-peruana-escribe", received=R(12, 3, 15, 55, 47),
    delivered=RF, **{"from": "Carmen Rosa Tello <carmenrosatello@gmail.com>"},
    subject="Prorroga de residencia - Jesús Alberto Marcano",
    body="""Buenas tardes:

Les escribe Carmen Rosa Tello Ramírez, DNI 41827365, esposa del Sr. Jesús Alberto Marcano Rivas, refugiado reconocido. Él está trabajando en una obra en Ica y no tiene acceso a correo, por eso hago el pedido de la prórroga de residencia en su nombre. Sus datos:

Nombres y apellidos: Jesús Alberto Marcano Rivas
Sexo: masculino
Nacionalidad: venezolano
Pasaporte: 093517264
Carné de extranjería: 000658410
Fecha de nacimiento: 3 de septiembre de 1984
Teléfono (de él): 956 713 402

Cualquier cosa me pueden escribir a este correo o llamarme al 998 120 455.

Atentamente,
Carmen Rosa Tello Ramírez
""",
    procedure="prorroga_residencia",
    fields={"nombres": "Jesús Alberto Marcano Rivas", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "093517264", "carne_extranjeria": "000658410",
            "fecha_nacimiento": "1984-09-03", "telefono": "+51956713402",
            "correo": "carmenrosatello@gmail.com"},
    missing=[], signature="not_required", outcome="acuse", flags=[])

add(slug="urgente-viaje-y-duplicado-triage", received=R(12, 3, 19, 30, 2), delivered=MP,
    host=HOTMAIL, msgid_domain="DM4PR02MB8814.namprd02.prod.outlook.com",
    **{"from": "Edwin Salas <edwinsalas_77@hotmail.com>"},
    subject="URGENTE!!",
    body="""Buenas noches, necesito ayuda urgente.

Mi papá está muy grave en Barranquilla y tengo que viajar, pero además la semana pasada perdí mi carné de extranjería. No sé si primero tengo que pedir el duplicado del carné o la autorización de viaje, o si se pueden hacer las dos cosas a la vez.

Soy Edwin Salas Fonseca, refugiado colombiano, celular 965 330 821. Por favor llámenme.
""",
    procedure=None,
    fields={"nombres": "Edwin Salas Fonseca", "nacionalidad": "CO",
            "telefono": "+51965330821", "correo": "edwinsalas_77@hotmail.com"},
    missing=[], signature="not_required", outcome="triage", flags=[])

# ------------------------------------------------------------------ 4 Dec
add(slug="duplicado-ce-sin-denuncia-adjunta", received=R(12, 4, 8, 40, 39), delivered=RF,
    **{"from": "Franyelis Aponte <franyelis.aponte@gmail.com>"},
    subject="Duplicado de carné de extranjería",
    body="""Buen día,

Solicito el duplicado de mi carné de extranjería porque se me extravió en el bus. Ya sentamos la denuncia en la comisaría de Santa Anita pero todavía no me entregan la copia; apenas la tenga la envío.

» Nombres: Franyelis Carolina Aponte Mijares
» Sexo: femenino
» Nacionalidad: venezolana
» Pasaporte: 162009377
» C.E.: 001187452
» Fecha de nacimiento: 24-08-1996
» Teléfono: 935 602 718

Gracias.
""",
    procedure="duplicado_carne_extranjeria",
    fields={"nombres": "Franyelis Carolina Aponte Mijares", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "162009377", "carne_extranjeria": "001187452",
            "fecha_nacimiento": "1996-08-24", "telefono": "+51935602718",
            "correo": "franyelis.aponte@gmail.com"},
    missing=["denuncia_policial"], signature="not_required", outcome="subsanar", flags=[])

_ochoa_photo = [
    "Lima, 4 de diciembre de 2026",
    "Señores Comisión Especial para los Refugiados",
    "",
    "Yo, Henry José Ochoa Rangel, C.E. 000794381, solicito",
    "permiso de viaje por urgencia a Cúcuta, Colombia,",
    "del 18/12/26 al 03/01/27, para acompañar a mi madre",
    "en su tratamiento de cáncer.",
    "",
    "Atentamente,",
]
add(slug="permiso-viaje-foto-firma-fechas-cortas", received=R(12, 4, 11, 15, 16), delivered=RF,
    **{"from": "Henry Ochoa <henryochoa.refugio@gmail.com>"},
    subject="Permiso de viaje urgente",
    body="""Estimados señores:

Solicito permiso de viaje por urgencia. A mi madre le diagnosticaron cáncer de mama y la van a operar en Cúcuta la semana antes de Navidad; necesito acompañarla durante la cirugía y la primera quimioterapia.

Nombre: Henry José Ochoa Rangel
Carné de extranjería: 000794381
Destino: Cúcuta, Colombia
Fechas: 18/12/26 al 03/01/27
Teléfono / WhatsApp: 917 224 806

Adjunto foto de mi solicitud firmada a mano. Disculpen, no tengo escáner.
""",
    attachments=[("IMG_20261204_110822.jpg", page_image(_ochoa_photo, 22, tilt=2.5),
                  "image", "jpeg")],
    procedure="autorizacion_viaje",
    fields={"nombres": "Henry José Ochoa Rangel", "carne_extranjeria": "000794381",
            "destino": "Cúcuta, Colombia", "fecha_salida": "2026-12-18",
            "fecha_retorno": "2027-01-03", "telefono": "+51917224806",
            "correo": "henryochoa.refugio@gmail.com",
            "motivo": "acompañar a mi madre en su cirugía de cáncer"},
    missing=[], signature="manuscrita", outcome="acuse", flags=["verificar_firma"])

_montilla = [
    "SUMILLA: RECURSO DE APELACION",
    "Senor Presidente de la Comision Especial para los Refugiados:",
    "KLEIVER ANTONIO MONTILLA DIAZ, de nacionalidad venezolana, identificado con\n"
    "pasaporte N° 131884207, domiciliado en Jr. Huancavelica 560, Cercado de Lima,\n"
    "celular 948 715 302, correo kleivermontilla@gmail.com, ante usted digo:",
    "PETITORIO: Interpongo recurso de apelacion contra la\nResolucion N° 0944-2026-CEPR/SE, "
    "notificada con fecha 23/11/2026, para que sea revocada y se me reconozca la condicion de "
    "refugiado.",
    "FUNDAMENTOS: 1. Fui perseguido por denunciar actos de corrupcion en la alcaldia de "
    "Valencia, estado Carabobo, donde trabajaba como contador. 2. Despues de mi denuncia fui "
    "detenido dos dias sin orden judicial y amenazado con un proceso penal fabricado. 3. La "
    "resolucion considera que se trata de un conflicto laboral, lo que no es cierto.",
    "POR TANTO: Pido se conceda la apelacion.",
    "Lima, 4 de diciembre de 2026",
    "KLEIVER ANTONIO MONTILLA DIAZ",
]
_montilla_pdf = alter_signed(
    sign_pdf(text_pdf(_montilla, core=True, compress=False), "KLEIVER ANTONIO MONTILLA DIAZ"),
    b"contador", b"cantador")
add(slug="apelacion-pdf-alterado-antes-cierre", received=R(12, 4, 16, 29, 31), delivered=MP,
    **{"from": "Kleiver Montilla <kleivermontilla@gmail.com>"},
    subject="Apelación - Kleiver Montilla",
    body="Buenas tardes, envío mi recurso de apelación firmado. Los datos están en el "
         "documento adjunto.\n\nKleiver\n",
    attachments=[("apelacion_kleiver_montilla.pdf", _montilla_pdf, "application", "pdf")],
    procedure="apelacion",
    fields={"nombres": "KLEIVER ANTONIO MONTILLA DIAZ", "nacionalidad": "VE",
            "documento_identidad": "131884207", "telefono": "+51948715302",
            "correo": "kleivermontilla@gmail.com",
            "motivo": "perseguido por denunciar corrupción en la alcaldía de Valencia"},
    missing=["firma"], signature="invalid", outcome="subsanar", flags=[],
    notif=dt.date(2026, 11, 23))

add(slug="cambio-clave-haitiano-sin-documento", received=R(12, 4, 20, 45, 10), delivered=SR,
    cte="7bit",
    **{"from": "Mackenson <mackensonjoseph509@gmail.com>"},
    subject="cambio de clave",
    body="""buenas noches, no puedo entrar a mi cuenta del sistema de refugiados, olvide la clave y el correo de recuperacion no me llega. necesito cambio de clave por favor.
mackenson joseph
telefono 967 118 402
gracias
""",
    procedure="cambio_clave",
    fields={"nombres": "mackenson joseph", "telefono": "+51967118402",
            "correo": "mackensonjoseph509@gmail.com"},
    missing=["documento_identidad"], signature="not_required", outcome="subsanar", flags=[])

# ======================================================================
# specs_b.py
# Messages from the Friday-evening bounce to Sunday 13 Dec 2026.
import datetime as dt
from email.utils import format_datetime

# ------------------------------------------------------------------ 4 Dec, bounce
_bounce_rcv = R(12, 4, 17, 20, 44)


def _bounce_raw():
    t = format_datetime(_bounce_rcv)
    tu = format_datetime(_bounce_rcv.astimezone(UTC))
    return ("Received: from NAM12-BN8-obe.outbound.protection.outlook.com "
            "(mail-bn8nam12on2100.outbound.protection.outlook.com [40.107.237.100])\r\n"
            "\tby mx1.rree.gob.pe (Postfix) with ESMTPS id 4Qz7Lm2RtVz3wK\r\n"
            f"\tfor <solicitantesrefugio@rree.gob.pe>; {t}\r\n"
            "Delivered-To: solicitantesrefugio@rree.gob.pe\r\n"
            "From: postmaster@outlook.com\r\n"
            "To: solicitantesrefugio@rree.gob.pe\r\n"
            f"Date: {tu}\r\n"
            "Subject: Undeliverable: RE: Cambio de clave y =?utf-8?B?Y29udHJhc2XDsWE=?=\r\n"
            "Message-ID: <a1b2c3d4-5e6f-4a70-9b81-c2d3e4f5a6b7@SA1PR19MB4926.namprd19.prod.outlook.com>\r\n"
            "Auto-Submitted: auto-replied\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/report; report-type=delivery-status;\r\n"
            "\tboundary=\"----=_DSN_9f8e7d6c5b4a\"\r\n"
            "\r\n"
            "------=_DSN_9f8e7d6c5b4a\r\n"
            "Content-Type: text/plain; charset=\"utf-8\"\r\n"
            "Content-Transfer-Encoding: 8bit\r\n"
            "\r\n"
            "Delivery has failed to these recipients or groups:\r\n"
            "\r\n"
            "yenderson.marin.q@hotmail.com\r\n"
            "The email address you entered couldn't be found. Please check the recipient's "
            "email address and try to resend the message.\r\n"
            "\r\n"
            "Diagnostic information for administrators:\r\n"
            "Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable.'\r\n"
            "\r\n"
            "------=_DSN_9f8e7d6c5b4a\r\n"
            "Content-Type: message/delivery-status\r\n"
            "\r\n"
            "Reporting-MTA: dns; SA1PR19MB4926.namprd19.prod.outlook.com\r\n"
            f"Arrival-Date: {tu}\r\n"
            "\r\n"
            "Final-Recipient: rfc822; yenderson.marin.q@hotmail.com\r\n"
            "Action: failed\r\n"
            "Status: 5.5.0\r\n"
            "Diagnostic-Code: smtp; 550 5.5.0 Requested action not taken: mailbox unavailable\r\n"
            "\r\n"
            "------=_DSN_9f8e7d6c5b4a\r\n"
            "Content-Type: text/rfc822-headers\r\n"
            "\r\n"
            "From: Solicitantes de Refugio <solicitantesrefugio@rree.gob.pe>\r\n"
            "To: yenderson.marin.q@hotmail.com\r\n"
            "Subject: RE: Cambio de clave y =?utf-8?B?Y29udHJhc2XDsWE=?=\r\n"
            f"Date: {t}\r\n"
            "\r\n"
            "------=_DSN_9f8e7d6c5b4a--\r\n").encode("utf-8")


add(slug="rebote-cambio-clave", received=_bounce_rcv, delivered=SR, raw=_bounce_raw(),
    procedure="cambio_clave", fields={}, missing=[], signature="not_required",
    outcome="ignorado", flags=[])

# ------------------------------------------------------------------ Sat 5 / Sun 6 Dec
add(slug="solicitud-refugio-familia-colombiana-sabado", received=R(12, 5, 10, 0, 58),
    delivered=SR, **{"from": "Maria Fernanda Quintero <mafe.quintero.g@gmail.com>"},
    subject="solicitud de refugio para mi familia",
    body="""Buenos días.

Somos una familia colombiana (mi esposo, mis dos hijos y yo). Salimos de Tumaco en octubre porque un grupo armado nos exigía una "vacuna" por la tienda y amenazó con llevarse a mi hijo mayor. Llegamos a Lima hace un mes y queremos saber cómo presentar la solicitud de refugio para toda la familia.

Mi nombre es María Fernanda Quintero Gómez, C.C. 1.087.412.006, celular +57 315 602 4471 (WhatsApp).
Mi esposo es Jhon Jairo Cortés Angulo, C.C. 1.087.399.512.

Quedo pendiente, muchas gracias.
""",
    procedure="solicitud_refugio",
    fields={"nombres": "María Fernanda Quintero Gómez", "nacionalidad": "CO",
            "documento_identidad": "1087412006", "telefono": "+573156024471",
            "correo": "mafe.quintero.g@gmail.com"},
    missing=[], signature="not_required", outcome="portal", flags=[])

add(slug="ayuda-actualizar-datos-cubana-domingo", received=R(12, 6, 21, 0, 19), delivered=SR,
    utc=True, **{"from": "Yusimí Hernández <yusimi.hdez@gmail.com>"},
    subject="Ayuda",
    body="""Hola, buenas noches.

Necesito actualizar mis datos de contacto porque me robaron el teléfono y tengo número nuevo. No sé si es por aquí.

Nombre: Yusimí Hernández Labrada
Nacionalidad: cubana
Pasaporte: K285713
Número nuevo: 9 2847 1536

Muchas gracias, bendiciones.
""",
    procedure="actualizacion_datos",
    fields={"nombres": "Yusimí Hernández Labrada", "nacionalidad": "CU",
            "documento_identidad": "K285713", "telefono": "+51928471536",
            "correo": "yusimi.hdez@gmail.com"},
    missing=[], signature="not_required", outcome="acuse", flags=[])

# ------------------------------------------------------------------ Mon 7 Dec (no laborable)
_rondon = [
    "SUMILLA: RECURSO DE RECONSIDERACIÓN",
    "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
    "WUILMER JOSÉ RONDÓN GUZMÁN, venezolano, con pasaporte N° 110293847, con domicilio en "
    "Mz. F Lt. 12, AA.HH. Villa María, Villa María del Triunfo, teléfono 981 447 203, correo "
    "wuilmer.rondon@gmail.com, a ustedes respetuosamente digo:",
    "PETITORIO",
    "Interpongo recurso de reconsideración contra la resolución que deniega mi solicitud, la "
    "cual me fue notificada el 30 de octubre de 2026, para que se declare fundado y se me "
    "reconozca la condición de refugiado.",
    "FUNDAMENTOS",
    "1. Fui funcionario del Cuerpo de Investigaciones Científicas, Penales y Criminalísticas y "
    "me negué a participar en la detención ilegal de dirigentes estudiantiles, por lo que fui "
    "destituido y acusado de traición.",
    "2. Como nueva prueba adjunto la orden de captura emitida en mi contra en septiembre de "
    "2026, que recién me hizo llegar mi familia.",
    "3. No presenté el recurso antes porque estuve hospitalizado del 5 al 28 de noviembre "
    "(se adjunta epicrisis).",
    "POR TANTO: Solicito se admita el recurso.",
    "Lima, 7 de diciembre de 2026",
    "WUILMER JOSÉ RONDÓN GUZMÁN",
]
add(slug="reconsideracion-dia-no-laborable-extemporanea", received=R(12, 7, 9, 30, 45),
    delivered=MP, **{"from": "Wuilmer Rondón <wuilmer.rondon@gmail.com>"},
    subject="Recurso de reconsideracion - Wuilmer Rondón",
    body="""Buenos días.

Remito mi recurso de reconsideración firmado digitalmente. Disculpen la demora, estuve hospitalizado.

Atte.
Wuilmer José Rondón Guzmán
""",
    attachments=[("RECONSIDERACION_RONDON.pdf",
                  sign_pdf(text_pdf(_rondon), "WUILMER JOSE RONDON GUZMAN"),
                  "application", "pdf")],
    procedure="reconsideracion",
    fields={"nombres": "Wuilmer José Rondón Guzmán", "nacionalidad": "VE",
            "documento_identidad": "110293847", "telefono": "+51981447203",
            "correo": "wuilmer.rondon@gmail.com",
            "motivo": "destituido y acusado de traición por negarse a detenciones ilegales; "
                      "nueva prueba: orden de captura"},
    missing=[], signature="valid", outcome="cargo", flags=["extemporaneo"],
    notif=dt.date(2026, 10, 30))

add(slug="carnet-solicitante-a-refugiados", received=R(12, 7, 11, 0, 3), delivered=RF,
    **{"from": "Jefferson Arrieta <jefferarrieta@gmail.com>"},
    subject="Carnet de solicitante",
    body="""Buenos días, quería saber si ya están entregando el carnet de solicitante de refugio. El mío se venció en junio y en el banco no me lo aceptan para abrir la cuenta.

Jefferson Arrieta Villalobos
C.C. 1.143.558.207
cel 952 884 130
""",
    procedure="carne_solicitante",
    fields={"nombres": "Jefferson Arrieta Villalobos", "documento_identidad": "1143558207",
            "telefono": "+51952884130", "correo": "jefferarrieta@gmail.com"},
    missing=[], signature="not_required", outcome="suspendido", flags=["derivado"])

# ------------------------------------------------------------------ Tue 8 Dec (feriado)
add(slug="boletin-lista-ignorado", received=R(12, 8, 8, 0, 0), delivered=MP,
    host=("mta7.mailrelay-mkt.com", "185.132.181.7"), hop=False,
    msgid_domain="mailrelay-mkt.com",
    **{"from": "Boletín Red Migrante <boletin@redmigrante.org.pe>"},
    subject="Boletín N° 48 - Novedades normativas migratorias de noviembre",
    headers=[("List-Id", "Boletin Red Migrante <boletin.redmigrante.org.pe>"),
             ("List-Unsubscribe", "<https://redmigrante.org.pe/baja?u=8812>"),
             ("Precedence", "bulk")],
    body="""BOLETÍN N° 48 - RED MIGRANTE

1. Migraciones publica nuevo TUPA: tasas actualizadas para el año 2027.
2. Defensoría del Pueblo presenta informe sobre acceso a salud de personas extranjeras.
3. Taller gratuito: "Derechos laborales de las personas migrantes" - jueves 17 de diciembre.

Para dejar de recibir este boletín, haga clic aquí.
""",
    procedure=None, fields={}, missing=[], signature="not_required", outcome="ignorado",
    flags=[])

add(slug="renovacion-residencia-feriado-incompleta", received=R(12, 8, 16, 0, 27), delivered=RF,
    host=YAHOO, msgid_domain="sonic307-3.consmr.mail.bf2.yahoo.com",
    **{"from": "Alirio Mendoza <aliriomendoza63@yahoo.es>"},
    subject="Renovación de residencia",
    body="""Buenas tardes señores de Refugiados.

Como todos los años solicito la renovación de mi residencia como refugiado.

ALIRIO DE JESÚS MENDOZA PARRA / venezolano / pasaporte 047291856 / carné de extranjería 000318774 / tel. 999 035 611

Gracias, feliz día de la Inmaculada.
""",
    procedure="prorroga_residencia",
    fields={"nombres": "ALIRIO DE JESÚS MENDOZA PARRA", "nacionalidad": "VE",
            "documento_identidad": "047291856", "carne_extranjeria": "000318774",
            "telefono": "+51999035611", "correo": "aliriomendoza63@yahoo.es"},
    missing=["sexo", "fecha_nacimiento"], signature="not_required", outcome="subsanar",
    flags=[])

# ------------------------------------------------------------------ Wed 9 Dec (feriado)
add(slug="rv-apelacion-feriado-foto-firma", received=R(12, 9, 22, 10, 36), delivered=MP,
    host=OUTLOOK, msgid_domain="BY5PR17MB3921.namprd17.prod.outlook.com",
    **{"from": "Luis Guaramato <luis.guaramato@outlook.com>"},
    subject="RV: Recurso de Apelación",
    body="""Lo reenvío porque me rebotó, había escrito mal la dirección. Adjunto foto de la hoja firmada.

________________________________
De: Luis Guaramato <luis.guaramato@outlook.com>
Enviado: miércoles, 9 de diciembre de 2026 21:40
Para: mesadepartes@rre.gob.pe <mesadepartes@rre.gob.pe>
Asunto: Recurso de Apelación

Señores Comisión Especial para los Refugiados

Yo, Luis Eduardo Guaramato Peña, con cédula de identidad V-17.390.552, teléfono 970 663 218, correo luis.guaramato@outlook.com, interpongo recurso de apelación contra la resolución que confirmó la denegatoria de mi solicitud, la cual me notificaron el 19 de noviembre pasado.

Fundamento: la Comisión consideró que podía reubicarme en otra ciudad de Venezuela, pero los funcionarios de la FAES me buscaron tanto en Caracas como en Mérida, a donde me mudé en 2023, y allanaron la casa de mi tía. No existe un lugar seguro para mí en mi país.

Pido que se revoque la resolución.

Luis Eduardo Guaramato Peña
""",
    attachments=[("hoja_firmada.jpg", page_image(
        ["Recurso de Apelación", "", "Luis Eduardo Guaramato Peña",
         "V-17.390.552", "", "Firma:"], 31, tilt=-1.5), "image", "jpeg")],
    procedure="apelacion",
    fields={"nombres": "Luis Eduardo Guaramato Peña", "documento_identidad": "V17390552",
            "telefono": "+51970663218", "correo": "luis.guaramato@outlook.com",
            "motivo": "la FAES me buscó en Caracas y en Mérida; no hay huida interna posible"},
    missing=[], signature="manuscrita", outcome="cargo", flags=["verificar_firma"],
    notif=dt.date(2026, 11, 19))

# ------------------------------------------------------------------ Thu 10 Dec
add(slug="renuncia-refugiada-sin-documento-firmado", received=R(12, 10, 9, 5, 12), delivered=MP,
    **{"from": "Gloria Patricia Restrepo <gloriap.restrepo@gmail.com>"},
    subject="Renuncia a la condición de refugiada",
    body="""Señores
Comisión Especial para los Refugiados

Yo, Gloria Patricia Restrepo Zuluaga, colombiana, cédula de ciudadanía 43.566.918, carné de extranjería N° 000541209, refugiada reconocida, manifiesto mi voluntad de renunciar a la condición de refugiada.

Motivo: la situación en mi municipio (Ituango) cambió, la persona que me amenazaba fue capturada y condenada, y quiero volver a vivir con mis hijos en Medellín.

Teléfono: 9 6612 0437

Atentamente,
Gloria Patricia Restrepo Zuluaga
""",
    procedure="renuncia",
    fields={"nombres": "Gloria Patricia Restrepo Zuluaga", "nacionalidad": "CO",
            "documento_identidad": "43566918", "carne_extranjeria": "000541209",
            "telefono": "+51966120437", "correo": "gloriap.restrepo@gmail.com",
            "motivo": "la persona que me amenazaba fue capturada; volver con mis hijos a Medellín"},
    missing=["firma"], signature="absent", outcome="subsanar", flags=[])

add(slug="reprogramar-entrevista-registro", received=R(12, 10, 10, 20, 49), delivered=RF,
    **{"from": "Yenny Carrasquel <yennycarrasquel@gmail.com>"},
    subject="Reprogramación de entrevista de registro",
    body="""Buenos días,

Tenía mi entrevista de registro virtual el jueves 3 de diciembre a las 10 am, pero ese día estuve internada en el Hospital Loayza (adjunto la constancia). ¿Me pueden dar otra cita?

Yenny Carolina Carrasquel Ortega
pasaporte 158822014
cel 977 402 561

Gracias
""",
    attachments=[("constancia_hospital_loayza.pdf", text_pdf([
        "HOSPITAL NACIONAL ARZOBISPO LOAYZA - Servicio de Emergencia",
        "CONSTANCIA DE ATENCIÓN",
        "Se deja constancia que la paciente YENNY CAROLINA CARRASQUEL ORTEGA fue atendida en "
        "este servicio desde el 02/12/2026 a las 23:10 horas hasta el 04/12/2026, con "
        "diagnóstico de apendicitis aguda.",
        "Lima, 4 de diciembre de 2026"]), "application", "pdf")],
    procedure="entrevista_registro",
    fields={"nombres": "Yenny Carolina Carrasquel Ortega", "documento_identidad": "158822014",
            "telefono": "+51977402561", "correo": "yennycarrasquel@gmail.com"},
    missing=[], signature="not_required", outcome="portal", flags=[])

add(slug="cambio-clave-puntos-suspensivos", received=R(12, 10, 11, 0, 31), delivered=SR,
    **{"from": "Moisés Zambrano <moises.zambrano.r@gmail.com>"},
    subject="Cambio de clave y contraseña",
    body="""Señores:

Solicito el cambio de clave y contraseña del Sistema de Refugiados, ya que olvidé mi contraseña y el sistema bloqueó mi usuario.

Nombres y apellidos ..... Moisés Eduardo Zambrano Ruiz
Pasaporte ............... 142557380
Cédula .................. V-21.004.775
Teléfono ................ +51 923 118 640
Correo electrónico ...... moises.zambrano.r@gmail.com

Atentamente,
Moisés Zambrano
""",
    html="""<div dir="ltr"><p>Señores:</p>
<p>Solicito el cambio de clave y contraseña del Sistema de Refugiados, ya que olvidé mi contraseña y el sistema bloqueó mi usuario.</p>
<table>
<tr><td>Nombres y apellidos</td><td>Moisés Eduardo Zambrano Ruiz</td></tr>
<tr><td>Pasaporte</td><td>142557380</td></tr>
<tr><td>Cédula</td><td>V-21.004.775</td></tr>
<tr><td>Teléfono</td><td>+51 923 118 640</td></tr>
<tr><td>Correo electrónico</td><td>moises.zambrano.r@gmail.com</td></tr>
</table>
<p>Atentamente,<br>Moisés Zambrano</p></div>""",
    procedure="cambio_clave",
    fields={"nombres": "Moisés Eduardo Zambrano Ruiz", "documento_identidad": "142557380",
            "telefono": "+51923118640", "correo": "moises.zambrano.r@gmail.com"},
    missing=[], signature="not_required", outcome="acuse", flags=[])

add(slug="urgente-viaje-pdf-sin-firma-sin-retorno", received=R(12, 10, 12, 30, 22),
    delivered=RF, **{"from": "Ana Karina Salcedo <anakarinasalcedo@gmail.com>"},
    subject="URGENTE",
    body="Buenas tardes, adjunto mi solicitud de autorización de viaje. Es urgente, por "
         "favor, mi hija está en cuidados intensivos.\n\nAna Karina\n",
    attachments=[("solicitud.pdf", text_pdf([
        "Lima, 10 de diciembre de 2026",
        "Señores\nComisión Especial para los Refugiados",
        "Solicito autorización de viaje por urgencia.",
        "Nombres y apellidos: Ana Karina Salcedo Briceño\n"
        "Carné de Extranjería: 001302958\n"
        "Teléfono: 940 227 613\n"
        "Destino: Santiago de Chile\n"
        "Fecha de salida: 16 de diciembre de 2026\n"
        "Fecha de retorno: por confirmar (depende de la evolución de mi hija)",
        "Motivo: mi hija de 19 años sufrió un accidente de tránsito en Santiago y se encuentra "
        "en la unidad de cuidados intensivos.",
        "Ana Karina Salcedo Briceño"]), "application", "pdf")],
    procedure="autorizacion_viaje",
    fields={"nombres": "Ana Karina Salcedo Briceño", "carne_extranjeria": "001302958",
            "telefono": "+51940227613", "destino": "Santiago de Chile",
            "fecha_salida": "2026-12-16", "correo": "anakarinasalcedo@gmail.com",
            "motivo": "mi hija sufrió un accidente de tránsito en Santiago y está en UCI"},
    missing=["firma", "fecha_retorno"], signature="absent", outcome="subsanar", flags=[])

add(slug="consulta-hija-nacida-en-lima", received=R(12, 10, 14, 0, 9), delivered=SR,
    **{"from": "Rafael Urbina <rafaurbina80@gmail.com>"},
    subject="Consulta",
    body="""Estimados:

Mi hija nació en Lima en julio. Yo soy ecuatoriano y tengo mi trámite en curso con ustedes desde el año pasado. ¿Ella necesita hacer algún trámite ante la Comisión o basta con la partida de RENIEC, ya que es peruana de nacimiento?

Rafael Urbina Medina

Gracias.
""",
    procedure=None,
    fields={"nombres": "Rafael Urbina Medina", "nacionalidad": "EC",
            "correo": "rafaurbina80@gmail.com"},
    missing=[], signature="not_required", outcome="triage", flags=[])

_camacho = [
    "SUMILLA: Recurso de reconsideración",
    "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
    "YELITZA COROMOTO CAMACHO FIGUERA, venezolana, con cédula de identidad\n"
    "N° V-15.880.431 y pasaporte N° 120447796, con celular 962 550 184 y correo\n"
    "yelitzacamacho@gmail.com, me presento y digo:",
    "FUNDAMENTOS:",
    "La Resolución N° 1107-2026-CEPR/SE, notificada el día 24-11-2026, denegó mi solicitud sin "
    "considerar que mi hijo mayor fue asesinado en Ciudad Bolívar en 2023 por el grupo armado "
    "que controla las minas de El Callao, y que ese mismo grupo me amenazó de muerte cuando "
    "denuncié el crimen ante la Fiscalía.",
    "Nueva prueba: acta de defunción de mi hijo y copia de la denuncia ante el Ministerio "
    "Público de Venezuela.",
    "PETITORIO:",
    "Se declare fundado el presente recurso y se me reconozca la condición de refugiada.",
    "Lima, 10 de diciembre de 2026",
    "YELITZA COROMOTO CAMACHO FIGUERA",
]
add(slug="reconsideracion-pdf-firma-imagen-tras-cierre", received=R(12, 10, 16, 45, 58),
    delivered=MP, **{"from": "Yelitza Camacho <yelitzacamacho@gmail.com>"},
    subject="Recurso de Reconsideración",
    body="Buenas tardes.\n\nEnvío adjunto mi recurso de reconsideración con mi firma.\n\n"
         "Atentamente.\n",
    attachments=[("recurso_reconsideracion_camacho.pdf",
                  text_pdf(_camacho, sig_png=signature_png(37), sig_after=8),
                  "application", "pdf")],
    procedure="reconsideracion",
    fields={"nombres": "YELITZA COROMOTO CAMACHO FIGUERA", "nacionalidad": "VE",
            "documento_identidad": "V15880431", "telefono": "+51962550184",
            "correo": "yelitzacamacho@gmail.com",
            "motivo": "mi hijo fue asesinado por el grupo armado de las minas, que me amenazó"},
    missing=[], signature="manuscrita", outcome="cargo", flags=["verificar_firma"],
    notif=dt.date(2026, 11, 24))

add(slug="duplicado-carnet-de-solicitante", received=R(12, 10, 17, 30, 40), delivered=SR,
    **{"from": "Nathaly Ortega <nathalyortega.p@gmail.com>"},
    subject="Duplicado de carnet",
    body="""Hola, perdí mi carné de solicitante de refugio en Gamarra el sábado. Necesito el duplicado del carné de solicitante; ya tengo la denuncia policial, la adjunto.

Nathaly Ortega Pacheco, pasaporte 151330628.

Gracias!
""",
    attachments=[("denuncia.jpg", page_image(
        ["COMISARÍA PNP LA VICTORIA", "DENUNCIA POLICIAL N° 30115", "",
         "Denunciante: Nathaly Ortega Pacheco", "Hecho: pérdida de documentos"], 49,
        sig=False, tilt=1.2), "image", "jpeg")],
    procedure="carne_solicitante",
    fields={"nombres": "Nathaly Ortega Pacheco", "documento_identidad": "151330628",
            "correo": "nathalyortega.p@gmail.com"},
    missing=[], signature="not_required", outcome="suspendido", flags=[])

# ------------------------------------------------------------------ Fri 11 Dec
add(slug="actualizacion-datos-haitiano-html-mesa", received=R(12, 11, 9, 0, 26), delivered=MP,
    host=YAHOO, msgid_domain="sonic322-8.consmr.mail.ir2.yahoo.com", html_only=True,
    **{"from": "Jean Robert Pierre-Louis <jrpierrelouis@yahoo.fr>"},
    subject="Actualización de datos",
    body="",
    html="""<html><head><meta charset="utf-8"></head><body>
<div>Buenos días,</div>
<div>Soy refugiado reconocido. Les escribo para actualizar mi teléfono y mi dirección.</div>
<br>
<table border="1" cellpadding="3">
<tr><td>Nombre completo</td><td>Jean Robert Pierre-Louis</td></tr>
<tr><td>Nacionalidad</td><td>haitiana</td></tr>
<tr><td>Pasaporte</td><td>RD3318520</td></tr>
<tr><td>Carné de extranjería</td><td>000447163</td></tr>
<tr><td>Teléfono</td><td>981 552 094</td></tr>
<tr><td>Nueva dirección</td><td>Av. Túpac Amaru 3320, Comas</td></tr>
</table>
<br>
<div>Mi esposa, Rosa Elvira Pariona Quispe (peruana, DNI 43390127, cel. 945 201 776), también vive en esta dirección.</div>
<div>Merci beaucoup.</div>
</body></html>""",
    procedure="actualizacion_datos",
    fields={"nombres": "Jean Robert Pierre-Louis", "nacionalidad": "HT",
            "documento_identidad": "RD3318520", "carne_extranjeria": "000447163",
            "telefono": "+51981552094", "correo": "jrpierrelouis@yahoo.fr"},
    missing=[], signature="not_required", outcome="acuse", flags=["derivado"])

_fuenmayor = [
    "SUMILLA: Recurso de reconsideración",
    "Señores de la Comisión Especial para los Refugiados:",
    "DAYERLIN ANDREÍNA FUENMAYOR SOTO, de nacionalidad venezolana, identificada\n"
    "con Pasaporte N° 143306715, con domicilio en Calle Los Cedros 233, Chorrillos,\n"
    "teléfono 929 305 871 y correo electrónico dayerlin.fuenmayor@gmail.com, ante\n"
    "ustedes me presento y digo:",
    "PETITORIO: Que interpongo recurso de reconsideración contra la\nResolución N° "
    "1063-2026-CEPR/SE, notificada con fecha 17 de noviembre de 2026, a fin de que se "
    "declare fundado y se me reconozca la condición de refugiada.",
    "FUNDAMENTOS:",
    "1. Soy mujer trans y en Maracay fui agredida por funcionarios policiales en dos "
    "ocasiones; la resolución no analizó la persecución por motivos de género.",
    "2. Como nueva prueba acompaño el informe médico legal de la agresión de febrero de 2025 y "
    "el informe de la ONG Divas de Venezuela.",
    "Lima, 11 de diciembre de 2026",
    "DAYERLIN ANDREÍNA FUENMAYOR SOTO",
]
add(slug="reconsideracion-ultimo-dia-buzon-solicitantes", received=R(12, 11, 10, 0, 14),
    delivered=SR, cc=MP, **{"from": "Dayerlin Fuenmayor <dayerlin.fuenmayor@gmail.com>"},
    subject="Recurso de Reconsideración – Dayerlin Fuenmayor",
    body="""Buenos días,

Adjunto mi recurso de reconsideración firmado. Me fue notificado el 17/11/2026, así que estoy dentro del plazo (hoy es el último día según mi cuenta).

Gracias.
""",
    attachments=[("Reconsideracion_Fuenmayor.pdf",
                  sign_pdf(text_pdf(_fuenmayor), "DAYERLIN ANDREINA FUENMAYOR SOTO"),
                  "application", "pdf")],
    procedure="reconsideracion",
    fields={"nombres": "DAYERLIN ANDREÍNA FUENMAYOR SOTO", "nacionalidad": "VE",
            "documento_identidad": "143306715", "telefono": "+51929305871",
            "correo": "dayerlin.fuenmayor@gmail.com",
            "motivo": "persecución por motivos de género; agredida por funcionarios policiales"},
    missing=[], signature="valid", outcome="cargo", flags=["derivado"],
    notif=dt.date(2026, 11, 17))

add(slug="fwd-duplicado-ce-denuncia-jpg", received=R(12, 11, 10, 30, 7), delivered=RF,
    **{"from": "Camilo Andrés Barrios <camiloabarrios@gmail.com>"},
    subject="Fwd: duplicado de carnet de extranjeria",
    body="""Lo reenvío porque creo que lo mandé a una dirección equivocada.

---------- Forwarded message ---------
De: Camilo Barrios <camiloabarrios@gmail.com>
Date: jue, 10 dic 2026 a las 19:12
Subject: duplicado de carnet de extranjeria
To: <refugiados@rre.gob.pe>


Señores, solicito el duplicado de mi carnet de extranjería, que se me perdió en la mudanza. Adjunto la denuncia.

Nombres y apellidos - Camilo Andrés Barrios Ospina
Sexo - M
Nacionalidad - Colombia
C.C. - 1.047.392.881
CE - 000926734
F. nacimiento - 30/01/88
Cel - +51 934 560 227

Gracias
""",
    attachments=[("DENUNCIA.jpg", page_image(
        ["POLICÍA NACIONAL DEL PERÚ", "COMISARÍA PNP SAN MARTÍN DE PORRES",
         "Denuncia por pérdida de documentos", "", "Camilo Andrés Barrios Ospina"], 39,
        sig=False, tilt=-0.7), "image", "jpeg")],
    procedure="duplicado_carne_extranjeria",
    fields={"nombres": "Camilo Andrés Barrios Ospina", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "1047392881", "carne_extranjeria": "000926734",
            "fecha_nacimiento": "1988-01-30", "telefono": "+51934560227",
            "correo": "camiloabarrios@gmail.com"},
    missing=[], signature="not_required", outcome="acuse", flags=[])

add(slug="apelacion-celular-sin-firma-sin-documento", received=R(12, 11, 11, 40, 51),
    delivered=MP, cte="7bit",
    **{"from": "Yhonny <yhonny.blanco.91@gmail.com>"},
    subject="recurso de apelacion",
    body="""buenos dias quiero apelar la resolucion, me negaron el refugio otra vez y no estoy de acuerdo porque si vuelvo me van a meter preso por haber sido militar y haber desertado. me llamo yhonny alexander blanco rivas, mi numero es 9 4421 7730. por favor diganme que mas necesito

enviado desde mi iphone
""",
    procedure="apelacion",
    fields={"nombres": "yhonny alexander blanco rivas", "telefono": "+51944217730",
            "correo": "yhonny.blanco.91@gmail.com",
            "motivo": "si vuelvo me van a meter preso por haber desertado del ejército"},
    missing=["firma", "documento_identidad"], signature="absent", outcome="subsanar",
    flags=[])

add(slug="renovacion-autorizacion-trabajo", received=R(12, 11, 12, 0, 35), delivered=RF,
    **{"from": "Deivis Parra <deivisparra92@gmail.com>"},
    subject="Renovación de autorización de trabajo",
    body="""Buenas, mi autorización de trabajo venció el 30 de noviembre y en la empresa me piden la renovada para seguir en planilla. ¿Cómo la renuevo?

Deivis Alfonso Parra Torrealba
C.I. 25.447.190
""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "Deivis Alfonso Parra Torrealba", "documento_identidad": "25447190",
            "correo": "deivisparra92@gmail.com"},
    missing=[], signature="not_required", outcome="portal", flags=[])

_cuello = [
    "SUMILLA: INTERPONGO RECURSO DE APELACIÓN",
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
    "BRAYAN STIVEN CUELLO ARIZA, de nacionalidad colombiana, identificado con\n"
    "C.C. N° 1.065.884.239, con domicilio en Jr. Ayacucho 781, Cercado de Lima,\n"
    "celular 913 402 688 y correo brayancuello.co@gmail.com, a usted digo:",
    "I. PETITORIO",
    "Interpongo recurso de apelación contra la Resolución N° 0912-2026-CEPR/SE que declaró "
    "infundada mi reconsideración, la cual me fue notificada el lunes 16 de noviembre de 2026.",
    "II. FUNDAMENTOS",
    "1. Soy líder juvenil de la Junta de Acción Comunal de mi vereda en el Cesar y fui "
    "declarado objetivo militar por un grupo disidente por oponerme al reclutamiento de "
    "menores.",
    "2. La resolución no valoró el certificado de la Unidad Nacional de Protección que "
    "acredita mi nivel de riesgo extraordinario.",
    "POR TANTO: Solicito se conceda el recurso.",
    "Lima, 11 de diciembre de 2026",
    "BRAYAN STIVEN CUELLO ARIZA\nC.C. 1.065.884.239",
]
add(slug="apelacion-un-dia-tarde", received=R(12, 11, 14, 20, 29), delivered=MP,
    **{"from": "Brayan Cuello <brayancuello.co@gmail.com>"},
    subject="Recurso de Apelación",
    body="Adjunto recurso firmado.\n\n--\nBrayan\n",
    attachments=[("APELACION.pdf",
                  sign_pdf(text_pdf(_cuello), "BRAYAN STIVEN CUELLO ARIZA"),
                  "application", "pdf")],
    procedure="apelacion",
    fields={"nombres": "BRAYAN STIVEN CUELLO ARIZA", "nacionalidad": "CO",
            "documento_identidad": "1065884239", "telefono": "+51913402688",
            "correo": "brayancuello.co@gmail.com",
            "motivo": "declarado objetivo militar por oponerme al reclutamiento de menores"},
    missing=[], signature="valid", outcome="cargo", flags=["extemporaneo"],
    notif=dt.date(2026, 11, 16))

_gil = [
    "Lima, 11 de diciembre de 2026",
    "Señores:\nSecretaría Ejecutiva de la Comisión Especial para los Refugiados",
    "Ref.: Renuncia a la solicitud de refugio - Expediente 2022-08841",
    "Yo, STEFANY MARIANA GIL MORA, de nacionalidad venezolana, identificada con Pasaporte "
    "N° 116390842, celular 998 704 215, por medio de la presente renuncio de manera libre y "
    "voluntaria a mi solicitud de refugio.",
    "Motivo: el 14 de agosto de 2026 contraje matrimonio con el ciudadano peruano Luis Miguel "
    "Castañeda Rojas, con DNI N° 44902318, y tramitaré ante Migraciones la calidad migratoria "
    "de familiar de residente.",
    "Atentamente,",
    "STEFANY MARIANA GIL MORA",
]
add(slug="renuncia-por-matrimonio-con-peruano", received=R(12, 11, 15, 0, 17), delivered=MP,
    **{"from": "Stefany Gil <stefanygil.m@gmail.com>"},
    subject="RENUNCIA",
    body="Buenas tardes, adjunto carta de renuncia firmada digitalmente.\n\n"
         "Stefany Mariana Gil Mora\n",
    attachments=[("renuncia_gil_mora.pdf",
                  sign_pdf(text_pdf(_gil), "STEFANY MARIANA GIL MORA"),
                  "application", "pdf")],
    procedure="renuncia",
    fields={"nombres": "Stefany Mariana Gil Mora", "nacionalidad": "VE",
            "documento_identidad": "116390842", "telefono": "+51998704215",
            "correo": "stefanygil.m@gmail.com",
            "motivo": "matrimonio con ciudadano peruano; tramitaré residencia como familiar"},
    missing=[], signature="valid", outcome="acuse", flags=[])

add(slug="reenvio-interno-desde-solicitantes", received=R(12, 11, 16, 0, 45), delivered=RF,
    host=("mail-int.rree.gob.pe", "10.20.1.15"), hop=False, msgid_domain="rree.gob.pe",
    **{"from": "Solicitantes de Refugio <solicitantesrefugio@rree.gob.pe>"},
    subject="RV: Actualización de datos",
    body="""Colegas de Refugiados:

Se remite el correo adjunto por corresponder a una persona refugiada reconocida.

Saludos cordiales,
Mesa de Solicitantes - SE CEPR

-----Mensaje original-----
De: Wilfredo Ramos <wilframos.ve@gmail.com>
Enviado el: viernes, 11 de diciembre de 2026 08:14
Para: solicitantesrefugio@rree.gob.pe
Asunto: Actualización de datos

Buenos días, soy refugiado reconocido y cambié de número. Wilfredo Ramos Díaz, cédula V-12.884.301, CE 000219874, cel 990 417 266. Gracias.
""",
    procedure="actualizacion_datos", fields={}, missing=[], signature="not_required",
    outcome="ignorado", flags=[])

# ------------------------------------------------------------------ Sat 12 / Sun 13 Dec
add(slug="prorroga-residencia-sabado-hijo-datos", received=R(12, 12, 9, 40, 3), delivered=RF,
    date_tz=-4, **{"from": "Rosmary Quintana <rosmaryquintana@gmail.com>"},
    subject="Prórroga de residencia anual",
    body="""Buenos días,

Solicito la prórroga de residencia anual. Mis datos:

» Nombres y apellidos: Rosmary Alejandra Quintana Lugo
» Sexo: F
» Nacionalidad: VEN
» Cédula: V-18.227.094
» CE N°: 000602378
» Fecha de nacimiento: 1987-04-19
» Teléfono: +58 414 372 8816 (whatsapp)

Mi hijo Sebastián Quintana (CE 000602379, nacido el 02/05/2015) también necesita su prórroga, ¿debo enviar otro correo para él?

Gracias, feliz fin de semana.
""",
    procedure="prorroga_residencia",
    fields={"nombres": "Rosmary Alejandra Quintana Lugo", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "V18227094", "carne_extranjeria": "000602378",
            "fecha_nacimiento": "1987-04-19", "telefono": "+584143728816",
            "correo": "rosmaryquintana@gmail.com"},
    missing=[], signature="not_required", outcome="acuse", flags=[])

add(slug="re-consulta-apostilla-sabado", received=R(12, 12, 13, 0, 28), delivered=RF,
    host=HOTMAIL, msgid_domain="MN2PR12MB4455.namprd12.prod.outlook.com",
    **{"from": "Ángel Mujica <angelmujica.ve@hotmail.com>"},
    subject="RE: Consulta",
    body="""Gracias por responder. Entonces, ¿el certificado de antecedentes penales lo tengo que apostillar en Venezuela o sirve la copia simple que me mandó mi hermano?

Ángel Gabriel Mujica Soto
C.I. V-14.209.665
tel 955 410 287

________________________________
De: Refugiados <refugiados@rree.gob.pe>
Enviado: jueves, 10 de diciembre de 2026 15:20
Para: angelmujica.ve@hotmail.com
Asunto: RE: Consulta

Estimado señor: los requisitos de documentos extranjeros para trámites migratorios son establecidos por la Superintendencia Nacional de Migraciones. Le sugerimos consultar su página web.
""",
    procedure=None,
    fields={"nombres": "Ángel Gabriel Mujica Soto", "documento_identidad": "V14209665",
            "telefono": "+51955410287", "correo": "angelmujica.ve@hotmail.com"},
    missing=[], signature="not_required", outcome="triage", flags=[])

_rodriguez = [
    "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
    "Señores: Comisión Especial para los Refugiados",
    "Nombres y apellidos: OSNIEL RODRÍGUEZ VALDÉS\n"
    "Nacionalidad: cubana\n"
    "Carné de Extranjería: 001094517\n"
    "Teléfono: 951 007 384\n"
    "Lugar de viaje: Ciudad de Panamá, Panamá\n"
    "Período: del 2 al 16 de enero de 2027",
    "Motivo: asistir a la audiencia de custodia de mi hija menor ante el Juzgado de Niñez y "
    "Adolescencia de Panamá, fijada para el 5 de enero de 2027, en la que debo estar presente "
    "personalmente.",
    "Lima, 13 de diciembre de 2026",
    "OSNIEL RODRÍGUEZ VALDÉS",
]
add(slug="autorizacion-viaje-domingo-a-mesa-de-partes", received=R(12, 13, 19, 0, 11),
    delivered=MP, **{"from": "Osniel Rodríguez <osniel.rguez@gmail.com>"},
    subject="Autorizacion de viaje",
    body="Buenas noches, adjunto solicitud firmada digitalmente. Cualquier consulta a mi "
         "celular.\n\nSaludos\n",
    attachments=[("autorizacion_viaje_osniel.pdf",
                  sign_pdf(text_pdf(_rodriguez), "OSNIEL RODRIGUEZ VALDES"),
                  "application", "pdf")],
    procedure="autorizacion_viaje",
    fields={"nombres": "OSNIEL RODRÍGUEZ VALDÉS", "nacionalidad": "CU",
            "carne_extranjeria": "001094517", "telefono": "+51951007384",
            "destino": "Ciudad de Panamá, Panamá", "fecha_salida": "2027-01-02",
            "fecha_retorno": "2027-01-16", "correo": "osniel.rguez@gmail.com",
            "motivo": "audiencia de custodia de mi hija en Panamá"},
    missing=[], signature="valid", outcome="acuse", flags=["derivado"])

# ======================================================================
# driver.py
# ---------------------------------------------------------------- driver
import io
import json
import logging
import os
import re
import sys
import unicodedata
from email import message_from_bytes, policy as _policy

logging.disable(logging.CRITICAL)

HERE = os.path.dirname(os.path.abspath(__file__))

HOME = {"solicitud_refugio": "portal", "autorizacion_trabajo": "portal",
        "entrevista_registro": "portal",
        "carne_solicitante": "solicitantesrefugio@rree.gob.pe",
        "actualizacion_datos": "solicitantesrefugio@rree.gob.pe",
        "cambio_clave": "solicitantesrefugio@rree.gob.pe",
        "reconsideracion": "mesadepartes@rree.gob.pe",
        "apelacion": "mesadepartes@rree.gob.pe",
        "renuncia": "mesadepartes@rree.gob.pe",
        "prorroga_residencia": "refugiados@rree.gob.pe",
        "duplicado_carne_extranjeria": "refugiados@rree.gob.pe",
        "autorizacion_viaje": "refugiados@rree.gob.pe"}
REQ = {
    "carne_solicitante": [],
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad",
                            "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono",
                        "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad",
                 "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad",
                            "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad",
                                    "documento_identidad", "carne_extranjeria",
                                    "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno",
                           "nombres", "carne_extranjeria", "telefono"],
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def html_to_text(h):
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", h)
    h = re.sub(r"(?i)</td>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    import html as _h
    return _h.unescape(h)


def analyse(raw):
    """What the message shows: text, attachment facts (for the self-check)."""
    from pypdf import PdfReader
    msg = message_from_bytes(raw, policy=_policy.default)
    texts = [str(msg["Subject"] or "")]
    atts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        if fname:
            data = part.get_payload(decode=True)
            info = {"name": fname, "type": ctype, "text": "", "image": False, "sig": None}
            if ctype == "application/pdf":
                r = PdfReader(io.BytesIO(data))
                info["text"] = "\n".join((p.extract_text() or "") for p in r.pages)
                info["image"] = any(len(p.images) for p in r.pages)
                info["sig"] = sig_intact(data)
                texts.append(info["text"])
            elif ctype.startswith("image/"):
                info["image"] = True
            atts.append(info)
        elif ctype == "text/plain":
            texts.append(part.get_content())
        elif ctype == "text/html":
            texts.append(html_to_text(part.get_content()))
    return msg, "\n".join(texts), atts


def firma_status(atts):
    pdfs = [a for a in atts if a["type"] == "application/pdf"]
    if any(a["sig"] is True for a in pdfs):
        return "valid"
    if any(a["sig"] is False for a in pdfs):
        return "invalid"
    if any(a["type"].startswith("image/") for a in atts) or any(
            a["sig"] is None and (not a["text"].strip() or a["image"]) for a in pdfs):
        return "manuscrita"
    return "absent"


def check(spec, raw, lab):
    import phonenumbers
    errs = []
    msg, text, atts = analyse(raw)
    ftext = fold(text)
    alnum = re.sub(r"[^0-9a-z]", "", ftext)
    digits = re.sub(r"\D", "", text)
    f = lab["fields"]
    proc = lab["procedure"]
    out = lab["outcome"]
    if out != "ignorado":
        if "correo" not in f:
            errs.append("no correo")
        if "nombres" in f and fold(f["nombres"]) not in re.sub(r"\s+", " ", ftext):
            errs.append("nombres not in text")
        if "documento_identidad" in f and f["documento_identidad"].lower() not in alnum:
            errs.append("doc not in text")
        if "carne_extranjeria" in f and f["carne_extranjeria"] not in digits:
            errs.append("ce not in text")
        if "telefono" in f:
            pn = phonenumbers.parse(f["telefono"])
            if not phonenumbers.is_valid_number(pn):
                errs.append("phone invalid")
            if str(pn.national_number) not in digits:
                errs.append("phone not in text")
        if "correo" in f and f["correo"] not in ftext and f["correo"] not in fold(msg["From"]):
            errs.append("correo not found")
        if "destino" in f and fold(f["destino"]) not in ftext:
            errs.append("destino not in text")
    # signature
    if proc in REQ and "firma" in REQ[proc] and out not in ("ignorado",):
        st = firma_status(atts)
        if st != lab["signature"]:
            errs.append(f"firma {st} != {lab['signature']}")
    elif lab["signature"] != "not_required":
        errs.append("signature should be not_required")
    # missing / outcome
    if out in ("ignorado", "portal", "triage"):
        if lab["missing"] or lab["flags"]:
            errs.append("missing/flags must be empty")
        exp_out = out
        if out == "portal" and proc not in PORTAL:
            errs.append("portal but not portal proc")
        if out == "triage" and proc is not None:
            errs.append("triage with proc")
    else:
        refugee = "carne_extranjeria" in f or spec.get("refugiado")
        miss = []
        for r in REQ[proc]:
            star = r.endswith("*")
            r = r.rstrip("*")
            if star and not refugee:
                continue
            if r == "firma":
                if lab["signature"] in ("invalid", "absent"):
                    miss.append(r)
            elif r == "denuncia_policial":
                if not any("denuncia" in fold(a["name"]) or "denuncia" in fold(a["text"])
                           for a in atts):
                    miss.append(r)
            elif r not in f:
                miss.append(r)
        if miss != lab["missing"]:
            errs.append(f"missing {miss} != {lab['missing']}")
        if proc == "carne_solicitante":
            exp_out = "suspendido"
        elif miss:
            exp_out = "subsanar"
        elif proc in RECURSOS:
            exp_out = "cargo"
        else:
            exp_out = "acuse"
        if exp_out != out:
            errs.append(f"outcome {exp_out} != {out}")
        flags = set()
        if HOME[proc] != lab["mailbox"]:
            flags.add("derivado")
        if lab["signature"] == "manuscrita":
            flags.add("verificar_firma")
        if proc in RECURSOS and spec.get("notif"):
            if extemporaneo(spec["notif"], dt.date.fromisoformat(lab["filing_date"])):
                flags.add("extemporaneo")
        if flags != set(lab["flags"]):
            errs.append(f"flags {sorted(flags)} != {lab['flags']}")
    # headers
    if not (msg["Received"] and msg["Date"] and msg["From"] and msg["Subject"] is not None
            and msg["Message-ID"]):
        errs.append("header missing")
    if lab["mailbox"] not in (str(msg.get("Delivered-To", "")) + str(msg.get("To", ""))):
        errs.append("mailbox not in headers")
    from email.utils import parsedate_to_datetime
    rtop = parsedate_to_datetime(msg.get_all("Received")[0].split(";")[-1].strip())
    if rtop != spec["received"]:
        errs.append("Received date mismatch")
    # values that a PDF line break splits (warn: harder to read)
    for a in atts:
        if not a["text"]:
            continue
        one = re.sub(r"[ \t]+", " ", a["text"])
        joined = re.sub(r"\s+", " ", a["text"])
        for k, v in f.items():
            if k in ("motivo",):
                continue
            for cand in {v, v.upper()}:
                if cand in joined and cand not in one:
                    errs.append(f"WRAP {k}={v!r} in {a['name']}")
        for raw_v in re.findall(r"\d{3} \d{3}\s\d{3}|\d\.\d{3}\.\d{3}\.\d{3}|V-\d{2}\.\d{3}\.\d{3}", joined):
            pass
        for m_ in re.finditer(r"(\d{3})\n(\d{3})|N°\n", a["text"]):
            errs.append(f"WRAP near {m_.group(0)!r} in {a['name']}")
    return errs


def main():
    specs = sorted(SPECS, key=lambda s: s["received"])
    labels = []
    bad = 0
    for old in os.listdir(HERE):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for i, s in enumerate(specs, 1):
        fname = f"{i:03d}-{s['slug']}.eml"
        raw = s["raw"] if "raw" in s else build_message(s)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        fd = filing_day(s["received"])
        dd = due_date(s["outcome"], s["procedure"], fd)
        lab = {"file": fname, "mailbox": s["delivered"],
               "received": s["received"].isoformat(), "procedure": s["procedure"],
               "fields": s["fields"], "missing": s["missing"], "signature": s["signature"],
               "outcome": s["outcome"], "flags": s["flags"], "filing_date": fd.isoformat(),
               "due_date": dd.isoformat() if dd else None}
        labels.append(lab)
        errs = check(s, raw, lab)
        if errs:
            bad += 1
            print(fname, errs)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(labels)} messages written, {bad} with self-check problems")


if __name__ == "__main__":
    main()
