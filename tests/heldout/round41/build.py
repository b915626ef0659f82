#!/usr/bin/env python3
"""Round 41: an ordinary fortnight (Sat 28 Nov - Sun 13 Dec 2026) in the three CEPR mailboxes.

Writes NNN-slug.eml and labels.jsonl into this folder.
Run with the r41 venv:  /work/rounds/.venv-r41/bin/python build.py
"""
import datetime as dt
import hashlib
import io
import json
import re
import sys
import textwrap
import tomllib
import unicodedata
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
import pypdf
from asn1crypto import keys as akeys
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

import warnings
warnings.filterwarnings("ignore")

HERE = Path(__file__).resolve().parent
LIMA = ZoneInfo("America/Lima")
CFG = tomllib.loads((HERE / "config.toml").read_text())["calendar"]
OFFICE_CLOSE = dt.time.fromisoformat(CFG["office_close"]) if CFG.get("office_close") else None
NON_WORKING = {dt.date.fromisoformat(d) for d in CFG["non_working_days"]}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
INSTITUTIONAL = {S, M, R}

# ---------------------------------------------------------------- the contract
HOME = {
    "solicitud_refugio": "portal", "autorizacion_trabajo": "portal", "entrevista_registro": "portal",
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
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria",
                            "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad",
                                    "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres",
                           "carne_extranjeria", "telefono"],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30, "renuncia": 15,
         "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}
SUSPENDED = {"carne_solicitante"}


def is_business(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    loc = received.astimezone(LIMA)
    d = loc.date()
    if is_business(d) and (OFFICE_CLOSE is None or loc.time() < OFFICE_CLOSE):
        return d
    return next_business(d)


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


def late(notified, filing):
    """extemporaneo: filing day after the 15th business day counted from the day after notification."""
    return filing > add_business(notified, 15)


# ---------------------------------------------------------------- documents
FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def text_pdf(lines, title=None):
    p = FPDF()
    p.set_compression(False)
    p.set_creator("Microsoft Word")
    p.add_page()
    if title:
        p.set_font("Helvetica", "B", 13)
        p.multi_cell(0, 8, title, align="C", new_x="LMARGIN", new_y="NEXT")
        p.ln(4)
    p.set_font("Helvetica", size=11)
    for line in lines:
        p.multi_cell(0, 6, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def _cert(name):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subj = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    start = dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + dt.timedelta(days=1200))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    acert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    akey = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    return acert, akey


def sign_pdf(pdf, name):
    acert, akey = _cert(name)
    signer = signers.SimpleSigner(signing_cert=acert, signing_key=akey,
                                  cert_registry=SimpleCertificateStore.from_certs([acert]))
    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma", reason="Firma del recurso"),
                           signer=signer)
    return out.getvalue(), acert


def intact(data, acert):
    r = PdfFileReader(io.BytesIO(data))
    sigs = r.embedded_signatures
    if not sigs:
        return None
    st = validate_pdf_signature(sigs[0], ValidationContext(trust_roots=[acert]))
    return st.intact


def signed_pdf(lines, name, title=None):
    data, acert = sign_pdf(text_pdf(lines, title), name)
    assert intact(data, acert) is True
    return data


def altered_pdf(lines, name, old, new, title=None):
    assert len(old) == len(new)
    data, acert = sign_pdf(text_pdf(lines, title), name)
    needle = b"(" + old.encode("latin-1")
    i = data.find(needle)
    assert i > 0, old
    data = data[:i] + b"(" + new.encode("latin-1") + data[i + len(needle):]
    assert intact(data, acert) is False
    return data


def handwritten_image(lines, fmt="JPEG"):
    font = ImageFont.truetype(FONT_HAND, 26)
    img = Image.new("RGB", (1240, 120 + 44 * len(lines)), (246, 243, 235))
    d = ImageDraw.Draw(img)
    y = 60
    for i, line in enumerate(lines):
        d.text((70 + (i % 3) * 2, y), line, fill=(25, 30, 70), font=font)
        y += 44
    # a scrawled signature
    d.line([(760, y - 10), (820, y - 40), (860, y), (900, y - 35), (980, y - 5)], fill=(10, 10, 90), width=4)
    img = img.rotate(0.7, expand=True, fillcolor=(250, 250, 250)).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, fmt, quality=72) if fmt == "JPEG" else img.save(buf, fmt)
    return buf.getvalue()


def scanned_pdf(lines):
    jpg = handwritten_image(lines)
    p = FPDF()
    p.set_creator("HP Scan")
    p.add_page()
    p.image(io.BytesIO(jpg), x=5, y=5, w=200)
    return bytes(p.output())


def pdf_text(data):
    return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(io.BytesIO(data)).pages)


def pdf_has_image(data):
    return any(pg.images for pg in pypdf.PdfReader(io.BytesIO(data)).pages)


def dd(s):
    return textwrap.dedent(s).strip("\n") + "\n"


# ---------------------------------------------------------------- the messages
# Each entry: the mail as sent, and the clerk's label.
# recv: reception time in Lima; sent: Date header (with its own offset).
MSGS = []


def add(**k):
    MSGS.append(k)


# ===== actualizacion_datos =================================================
add(slug="actualizacion-datos-completa", mailbox=S, to=S,
    frm='"Yorge Piñango" <yorgelispr@hotmail.com>',
    subject="Actualización de datos",
    sent="2026-11-30T09:11:58-05:00", recv="2026-11-30T09:12:41",
    body=dd("""
        Buenos días, señores de la Comisión.

        Les escribo para actualizar mis datos de contacto.

        Nombres y apellidos: Yorgelis Carolina Piñango Ruiz
        Nacionalidad: venezolana
        Cédula: V-24.567.318
        Teléfono nuevo: 931 245 876
        Correo nuevo: yorgelis.pinango@gmail.com
        Dirección: Jr. Huiracocha 1450, Jesús María, Lima

        Soy solicitante de refugio, mi expediente sigue en trámite.
        Gracias de antemano.

        Yorgelis Piñango
        """),
    proc="actualizacion_datos",
    fields={"nombres": "Yorgelis Carolina Piñango Ruiz", "nacionalidad": "VE", "documento_identidad": "V24567318",
            "telefono": "+51931245876", "correo": "yorgelis.pinango@gmail.com"},
    sig="not_required", outcome="acuse", flags=[])

add(slug="actualizacion-refugiado-sin-carne", mailbox=S, to=S,
    frm='jhonfcardenas82@gmail.com',
    subject="actualizacion de datos - Jhon Fredy Cárdenas",
    sent="2026-12-01T18:39:30-05:00", recv="2026-12-01T18:40:05",
    body=dd("""
        Buenas noches. Mi nombre es Jhon Fredy Cárdenas Osorio, de nacionalidad colombiana, identificado con cédula de ciudadanía No. 1.094.887.213. Soy refugiado reconocido por la CEPR desde el año 2022.
        Les escribo para que actualicen mi número de celular, el nuevo es 962 318 045, y mi dirección ahora es Av. Túpac Amaru 3320, Comas. El correo sigue siendo este mismo.
        Mil gracias, que Dios les pague.
        """),
    proc="actualizacion_datos", recog=True,
    fields={"nombres": "Jhon Fredy Cárdenas Osorio", "nacionalidad": "CO", "documento_identidad": "1094887213",
            "telefono": "+51962318045", "correo": "jhonfcardenas82@gmail.com"},
    sig="not_required", outcome="subsanar", flags=[])

add(slug="actualizacion-cubana-a-mesadepartes", mailbox=M, to=M,
    frm='"Yanelis" <yanelisrodriguez90@gmail.com>',
    subject="ACTUALIZACION DE DATOS",
    sent="Sun, 29 Nov 2026 21:04:10 -0500", recv="2026-11-29T21:05:02",
    body=dd("""
        Saludos

        Nombre - Yanelis Rodríguez Castellanos
        Nacionalidad - cubana
        Carnet de identidad - 90061245872
        Cel - 945 120 337
        Direccion nueva - Calle Los Pinos 221, Chorrillos

        gracias

        Enviado desde mi iPhone
        """),
    proc="actualizacion_datos",
    fields={"nombres": "Yanelis Rodríguez Castellanos", "nacionalidad": "CU", "documento_identidad": "90061245872",
            "telefono": "+51945120337", "correo": "yanelisrodriguez90@gmail.com"},
    sig="not_required", outcome="acuse", flags=["derivado"])

add(slug="actualizacion-hija-por-su-madre", mailbox=S, to=S,
    frm='"Génesis Urbina" <genesis.urbina.m@gmail.com>',
    subject="Actualización de datos de mi mamá",
    sent="2026-12-10T08:02:44-05:00", recv="2026-12-10T08:03:19",
    body=dd("""
        Buen día.

        Escribo en nombre de mi madre, la señora Carmen Elena Mogollón de Urbina, quien es solicitante de refugio y no maneja bien el correo. Ella es venezolana y su pasaporte es el 114502987.
        Su número de teléfono cambió, el nuevo es +51 984 660 127 (también tiene WhatsApp). Cualquier notificación pueden enviarla a este correo, que es el mío.

        Yo soy Génesis Urbina Mogollón, C.I. V-26.118.440, por si necesitan verificar algo.

        Agradezco su atención,
        Génesis
        """),
    proc="actualizacion_datos",
    fields={"nombres": "Carmen Elena Mogollón de Urbina", "nacionalidad": "VE", "documento_identidad": "114502987",
            "telefono": "+51984660127", "correo": "genesis.urbina.m@gmail.com"},
    sig="not_required", outcome="acuse", flags=[])

add(slug="actualizacion-html-refugiada-haitiana", mailbox=S, to=S,
    frm='"Fabienne Saint-Fleur" <fabienne.sf@outlook.com>',
    subject="Actualizacion de datos de contacto",
    sent="Sat, 12 Dec 2026 15:29:51 +0000", recv="2026-12-12T10:30:07", recv_utc=True,
    html=dd("""
        <html><body style="font-family:Calibri,sans-serif">
        <p>Buenos d&iacute;as,</p>
        <p>Soy refugiada reconocida y solicito la actualizaci&oacute;n de mis datos de contacto:</p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><td>Nombres y apellidos</td><td>Fabienne Saint-Fleur Joseph</td></tr>
        <tr><td>Nacionalidad</td><td>Hait&iacute;</td></tr>
        <tr><td>Pasaporte</td><td>RD1193047</td></tr>
        <tr><td>Carn&eacute; de extranjer&iacute;a</td><td>000874512</td></tr>
        <tr><td>Tel&eacute;fono</td><td>(01) 5294410</td></tr>
        <tr><td>Correo</td><td>fabienne.sf@outlook.com</td></tr>
        <tr><td>Motivo</td><td>cambio de domicilio y de tel&eacute;fono fijo</td></tr>
        <tr><td>Nueva direcci&oacute;n</td><td>Av. Brasil 2450, Pueblo Libre</td></tr>
        </table>
        <p>Muchas gracias,<br>Fabienne</p>
        </body></html>
        """),
    proc="actualizacion_datos", recog=True,
    fields={"nombres": "Fabienne Saint-Fleur Joseph", "nacionalidad": "HT", "documento_identidad": "RD1193047",
            "carne_extranjeria": "000874512", "telefono": "+5115294410", "correo": "fabienne.sf@outlook.com",
            "motivo": "cambio de domicilio y de teléfono fijo"},
    sig="not_required", outcome="acuse", flags=[])

# ===== cambio_clave ========================================================
add(slug="cambio-contrasena-corto", mailbox=S, to=S,
    frm='"Daniel" <danielalejandro.rm@gmail.com>',
    subject="cambio de contraseña",
    sent="2026-12-02T11:19:40-05:00", recv="2026-12-02T11:20:12",
    body=dd("""
        buenas, solicito cambio de clave del sistema de refugiados

        Daniel Alejandro Rivas Mendoza
        pasaporte n 152334981
        cel 916 402 558
        correo danielalejandro.rm@gmail.com

        gracias

        Enviado desde mi Galaxy
        """),
    proc="cambio_clave",
    fields={"nombres": "Daniel Alejandro Rivas Mendoza", "documento_identidad": "152334981",
            "telefono": "+51916402558", "correo": "danielalejandro.rm@gmail.com"},
    sig="not_required", outcome="acuse", flags=[])

add(slug="re-cambio-clave-sin-telefono", mailbox=S, to=S,
    frm='"LINA MARCELA OSPINA" <linamospina@outlook.com>',
    subject="RE: Cambio de clave y contraseña",
    sent="2026-12-03T16:44:37-05:00", recv="2026-12-03T16:45:03",
    body=dd("""
        Buenas tardes, vuelvo a enviar mi solicitud pues no he recibido respuesta.

        Nombres completos: Lina Marcela Ospina Garzón
        C.C. 1.036.654.902
        Correo electrónico: linamospina@outlook.com

        Quedo atenta.

        ________________________________
        De: Lina Ospina <linamospina@outlook.com>
        Enviado: lunes, 23 de noviembre de 2026 10:12
        Para: solicitantesrefugio@rree.gob.pe <solicitantesrefugio@rree.gob.pe>
        Asunto: Cambio de clave y contraseña

        Buenos días, solicito el cambio de clave y contraseña de mi cuenta en el sistema de refugiados. Mi nombre es Lina Marcela Ospina Garzón, C.C. 1.036.654.902.
        """),
    proc="cambio_clave",
    fields={"nombres": "Lina Marcela Ospina Garzón", "documento_identidad": "1036654902",
            "correo": "linamospina@outlook.com"},
    sig="not_required", outcome="subsanar", flags=[])

add(slug="cambio-clave-haitiano-a-refugiados", mailbox=R, to=R,
    frm='"Jean Wilson Pierre" <jwpierre.ht@gmail.com>',
    subject="Cambio de clave",
    sent="Sat, 05 Dec 2026 09:59:12 -0500", recv="2026-12-05T10:00:26",
    body=dd("""
        Bonjou / Buenos dias

        Yo nesesito cambio de clave y contraseña para el sistema de refugio por favor. Soy haitiano.

        Nombre: Jean Wilson Pierre-Louis
        Pasaporte: RD3318720
        Telefono: 9 7025 1144
        Email: jwpierre.ht@gmail.com

        Mesi anpil, gracias
        """),
    proc="cambio_clave",
    fields={"nombres": "Jean Wilson Pierre-Louis", "nacionalidad": "HT", "documento_identidad": "RD3318720",
            "telefono": "+51970251144", "correo": "jwpierre.ht@gmail.com"},
    sig="not_required", outcome="acuse", flags=["derivado"])

add(slug="ayuda-cambio-clave-sin-documento", mailbox=S, to=S,
    frm='"maria fernanda" <mafer.quishpe@yahoo.com>',
    subject="Ayuda",
    sent="2026-12-07T09:29:05-05:00", recv="2026-12-07T09:30:10",
    body=dd("""
        Buenos dias, necesito ayuda por favor, quiero hacer el cambio de clave y contraseña del Sistema de Refugiados.
        Me llamo María Fernanda Quishpe Toapanta, soy ecuatoriana.
        mi telefono: 987-112-340
        correo: mafer.quishpe@yahoo.com
        Dios le pague
        """),
    proc="cambio_clave",
    fields={"nombres": "María Fernanda Quishpe Toapanta", "nacionalidad": "EC", "telefono": "+51987112340",
            "correo": "mafer.quishpe@yahoo.com"},
    sig="not_required", outcome="subsanar", flags=[])

add(slug="cambio-clave-amiga-escribe", mailbox=S, to=S,
    frm='"Ana Lucía" <analucia.rojas.p@gmail.com>',
    subject="Cambio de clave y contraseña - Sr. Pedro Linares",
    sent="2026-12-11T11:58:20-05:00", recv="2026-12-11T12:00:02",
    body=dd("""
        Buenas tardes, escribo por un amigo, el señor Pedro José Linares Aponte. Él solicita el cambio de clave y contraseña en el Sistema de Refugiados.

        Sus datos: cédula V-13.902.557, teléfono 912 045 339, y el correo que quiere registrar es pedrolinares.aponte@gmail.com (es el suyo).

        Yo soy peruana, Ana Lucía Rojas Palomino, DNI 45667120, por si lo necesitan.
        Gracias.
        """),
    proc="cambio_clave",
    fields={"nombres": "Pedro José Linares Aponte", "documento_identidad": "V13902557",
            "telefono": "+51912045339", "correo": "pedrolinares.aponte@gmail.com"},
    sig="not_required", outcome="acuse", flags=[])

# ===== reconsideracion =====================================================
add(slug="reconsideracion-firmada-a-tiempo", mailbox=M, to=M,
    frm='"Andreína Salcedo" <andreina.salcedo.v@gmail.com>',
    subject="Recurso de Reconsideración",
    sent="2026-12-01T10:21:33-05:00", recv="2026-12-01T10:22:04",
    body=dd("""
        Señores
        Comisión Especial para los Refugiados
        Presente.-

        Adjunto a este correo mi Recurso de Reconsideración debidamente firmado contra la Resolución que deniega mi solicitud de refugio, la cual me fue notificada el 20 de noviembre de 2026.

        Datos:
        Nombres y apellidos: Andreína Beatriz Salcedo Quintero
        Cédula de identidad: V-19.845.602
        Teléfono: 955 703 218
        Correo: andreina.salcedo.v@gmail.com

        Atentamente,
        Andreína Salcedo
        """),
    atts=[("signed", "Recurso_Reconsideracion_Salcedo.pdf", "Andreína Beatriz Salcedo Quintero",
           "RECURSO DE RECONSIDERACIÓN", [
               "Señores de la Comisión Especial para los Refugiados:",
               "",
               "Yo, Andreína Beatriz Salcedo Quintero, venezolana, con cédula de identidad V-19.845.602, "
               "interpongo Recurso de Reconsideración contra la resolución que deniega mi solicitud de refugio, "
               "notificada el 20 de noviembre de 2026.",
               "",
               "MOTIVO: la Comisión no valoró el informe médico que acredita las lesiones que sufrí en la "
               "detención de marzo de 2024 en Barquisimeto. Ofrezco como nueva prueba la constancia del "
               "Colegio Nacional de Periodistas sobre mi despido y las amenazas recibidas.",
               "",
               "Teléfono: 955 703 218 - Correo: andreina.salcedo.v@gmail.com",
               "",
               "Lima, 30 de noviembre de 2026",
               "Atentamente,",
               "Andreína Beatriz Salcedo Quintero"])],
    proc="reconsideracion", notif="2026-11-20",
    fields={"nombres": "Andreína Beatriz Salcedo Quintero", "nacionalidad": "VE", "documento_identidad": "V19845602",
            "telefono": "+51955703218", "correo": "andreina.salcedo.v@gmail.com",
            "motivo": "la Comisión no valoró el informe médico que acredita las lesiones que sufrí en la detención "
                      "de marzo de 2024 en Barquisimeto"},
    sig="valid", outcome="cargo", flags=[])

add(slug="reconsideracion-escaneada-tardia", mailbox=M, to=M,
    frm='wilmer.betancur77@hotmail.com',
    subject="RECURSO DE RECONSIDERACION - WILMER ALEXIS BETANCUR",
    sent="2026-12-02T12:39:01-05:00", recv="2026-12-02T12:40:15",
    body=dd("""
        Cordial saludo.

        Por medio del presente me permito enviar escaneado el recurso de reconsideración firmado a mano, contra la resolución que me negó el refugio, notificado con fecha 28/10/2026. Pido disculpas por la demora, estuve enfermo y no tenía cómo escanear.

        Solicito se reconsidere la decisión porque en Colombia sigo siendo buscado por el grupo armado que asesinó a mi hermano, y adjunto como nueva prueba el acta de defunción en el mismo PDF.

        Mis datos: Wilmer Alexis Betancur Rúa, soy colombiano, C.C. 71.845.332, celular 924 556 710, correo wilmer.betancur77@hotmail.com.

        Atentamente,
        Wilmer A. Betancur
        """),
    atts=[("scan", "RECONSIDERACION ESCANEADA.pdf", [
        "Señores Comisión Especial para los Refugiados",
        "Yo Wilmer Alexis Betancur Rúa, C.C. 71.845.332,",
        "presento recurso de reconsideración contra la",
        "resolución que me negó el refugio.",
        "Sigo siendo buscado por el grupo armado.",
        "Lima, 1 de diciembre de 2026",
        "Firma:"])],
    proc="reconsideracion", notif="2026-10-28",
    fields={"nombres": "Wilmer Alexis Betancur Rúa", "nacionalidad": "CO", "documento_identidad": "71845332",
            "telefono": "+51924556710", "correo": "wilmer.betancur77@hotmail.com",
            "motivo": "en Colombia sigo siendo buscado por el grupo armado que asesinó a mi hermano"},
    sig="manuscrita", outcome="cargo", flags=["extemporaneo", "verificar_firma"])

add(slug="reconsideracion-sin-documento-firmado", mailbox=M, to=M,
    frm='"Osmany" <osmanyperez.cu@gmail.com>',
    subject="Reconsideracion",
    sent="Sat, 28 Nov 2026 19:14:40 +0000", recv="2026-11-28T14:15:22", recv_utc=True,
    body=dd("""
        Buenas tardes.

        Yo, Osmany Pérez Valdés, ciudadano cubano, con pasaporte N° L287401, presento reconsideración a la resolución que me denegó el refugio. El motivo es que no se tomó en cuenta que en Cuba fui detenido tres veces por participar en las protestas del 11 de julio; tengo la citación policial como prueba y la puedo enviar si me la piden.

        Mi teléfono es +51 940 221 586 y mi correo osmanyperez.cu@gmail.com.

        Gracias.
        """),
    proc="reconsideracion",
    fields={"nombres": "Osmany Pérez Valdés", "nacionalidad": "CU", "documento_identidad": "L287401",
            "telefono": "+51940221586", "correo": "osmanyperez.cu@gmail.com",
            "motivo": "no se tomó en cuenta que en Cuba fui detenido tres veces por participar en las protestas"},
    sig="absent", outcome="subsanar", flags=[])

add(slug="reconsideracion-abogada-buzon-equivocado", mailbox=S, to=S, cc="ramonlugo.p@gmail.com",
    frm='"Dra. Patricia Villanueva Rojas" <pvillanueva@estudiovillanueva.pe>',
    subject="Recurso de reconsideración - Sr. Ramón Eduardo Lugo Pacheco",
    sent="2026-12-10T17:08:55-05:00", recv="2026-12-10T17:10:31",
    body=dd("""
        Señores
        Secretaría Ejecutiva de la Comisión Especial para los Refugiados

        Patricia Villanueva Rojas, abogada con registro CAL N° 45812, identificada con DNI 41207735, en representación del señor Ramón Eduardo Lugo Pacheco, de nacionalidad venezolana, con pasaporte N° 138876540, interpongo recurso de reconsideración contra la resolución que deniega su solicitud de refugio.

        Fundamento: la resolución no ha valorado el informe de la ONG Provea sobre la persecución a exfuncionarios militares disidentes, en el que figura mi representado; se adjunta como nueva prueba.

        Para notificaciones de mi representado: teléfono 981 447 203, correo ramonlugo.p@gmail.com.

        Adjunto escrito firmado digitalmente.

        Atentamente,
        Patricia Villanueva Rojas
        Abogada
        Estudio Villanueva & Asociados - Av. Arequipa 2880, of. 504, San Isidro
        Tel. (01) 4417720
        """),
    atts=[("signed", "reconsideracion_lugo_firmado.pdf", "Patricia Villanueva Rojas",
           "RECURSO DE RECONSIDERACIÓN", [
               "Administrado: Ramón Eduardo Lugo Pacheco, pasaporte N° 138876540.",
               "Representante: Patricia Villanueva Rojas, abogada, CAL 45812.",
               "",
               "Fundamento: la resolución no ha valorado el informe de la ONG Provea sobre la persecución a "
               "exfuncionarios militares disidentes, en el que figura el administrado.",
               "",
               "Notificaciones: teléfono 981 447 203, correo ramonlugo.p@gmail.com.",
               "",
               "Lima, 10 de diciembre de 2026"])],
    proc="reconsideracion",
    fields={"nombres": "Ramón Eduardo Lugo Pacheco", "nacionalidad": "VE", "documento_identidad": "138876540",
            "telefono": "+51981447203", "correo": "ramonlugo.p@gmail.com",
            "motivo": "la resolución no ha valorado el informe de la ONG Provea sobre la persecución a "
                      "exfuncionarios militares disidentes"},
    sig="valid", outcome="cargo", flags=["derivado"])

add(slug="reconsideracion-telefono-venezolano", mailbox=M, to=M,
    frm='"Carlos Pinto" <cepinto.ve@gmail.com>',
    subject="Recurso de reconsideracion - Exp. 2025-03341 - Carlos Eduardo Pinto",
    sent="Fri, 11 Dec 2026 09:59:02 -0400", recv="2026-12-11T09:00:10",
    body=dd("""
        Buenos días:

        Yo, CARLOS EDUARDO PINTO ARAUJO, venezolano, titular del pasaporte N° 104482290, interpongo Recurso de Reconsideración contra la Resolución que denegó mi solicitud, notificada el día 1 de diciembre de 2026.

        MOTIVO: aporto como nueva prueba la orden de captura emitida en mi contra en octubre de 2026, que demuestra que la persecución continúa.

        Teléfono de contacto: +58 414 302 7781 (WhatsApp)
        Correo: cepinto.ve@gmail.com

        Adjunto el escrito firmado digitalmente y una foto de la orden de captura.

        Atte.
        Carlos E. Pinto A.
        """),
    atts=[("signed", "reconsideracion_pinto.pdf", "Carlos Eduardo Pinto Araujo", "RECURSO DE RECONSIDERACIÓN", [
        "Yo, Carlos Eduardo Pinto Araujo, pasaporte N° 104482290, interpongo recurso de reconsideración.",
        "Motivo: nueva prueba, orden de captura de octubre de 2026.",
        "Teléfono +58 414 302 7781. Correo cepinto.ve@gmail.com.",
        "Lima, 10 de diciembre de 2026"]),
          ("jpeg", "orden_captura.jpg", ["REPUBLICA BOLIVARIANA DE VENEZUELA", "ORDEN DE APREHENSION",
                                         "Ciudadano: Carlos Eduardo Pinto Araujo", "Octubre 2026"])],
    proc="reconsideracion", notif="2026-12-01",
    fields={"nombres": "CARLOS EDUARDO PINTO ARAUJO", "nacionalidad": "VE", "documento_identidad": "104482290",
            "telefono": "+584143027781", "correo": "cepinto.ve@gmail.com",
            "motivo": "aporto como nueva prueba la orden de captura emitida en mi contra en octubre de 2026"},
    sig="valid", outcome="cargo", flags=[])

# ===== apelacion ===========================================================
add(slug="apelacion-datos-solo-en-pdf", mailbox=M, to=M,
    frm='"kelvin" <kelvin.j.ramos@gmail.com>',
    subject="Recurso de Apelación",
    sent="2026-12-04T15:54:40-05:00", recv="2026-12-04T15:55:12",
    body=dd("""
        Buenas tardes, adjunto mi recurso de apelación firmado.
        Saludos.
        """),
    atts=[("signed", "APELACION KELVIN RAMOS.pdf", "Kelvin Josué Ramos Villegas", "RECURSO DE APELACIÓN", [
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "",
        "Yo, Kelvin Josué Ramos Villegas, venezolano, identificado con cédula de identidad V-23.455.091, "
        "interpongo Recurso de Apelación contra la resolución que declaró infundado mi recurso de "
        "reconsideración, la cual me fue notificada el 26 de noviembre de 2026.",
        "",
        "MOTIVO DE LA APELACIÓN: la resolución no analizó las pruebas de la persecución que sufrí por parte "
        "de colectivos armados en el estado Carabobo por mi militancia política, ni el riesgo actual de "
        "retornar.",
        "",
        "Teléfono: +51 923 118 764",
        "Correo electrónico: kelvinjramos@hotmail.com",
        "",
        "Lima, 4 de diciembre de 2026",
        "Kelvin Josué Ramos Villegas"])],
    proc="apelacion", notif="2026-11-26",
    fields={"nombres": "Kelvin Josué Ramos Villegas", "nacionalidad": "VE", "documento_identidad": "V23455091",
            "telefono": "+51923118764", "correo": "kelvinjramos@hotmail.com",
            "motivo": "la resolución no analizó las pruebas de la persecución que sufrí por parte de colectivos "
                      "armados en el estado Carabobo"},
    sig="valid", outcome="cargo", flags=[])

add(slug="apelacion-firma-alterada", mailbox=M, to=M,
    frm='dianac.mejia@gmail.com',
    subject="Apelacion - Diana Carolina Mejía",
    sent="2026-12-11T10:14:20-05:00", recv="2026-12-11T10:15:03",
    body=dd("""
        Señores CEPR, envío recurso de apelación firmado digitalmente contra la Resolución que confirmó la denegatoria de mi solicitud, notificada el 4 de diciembre de 2026.

        Nombre: Diana Carolina Mejía Arango
        Cédula de ciudadanía: 1.017.223.845
        Teléfono/WhatsApp: +57 311 482 9035
        Correo: dianac.mejia@gmail.com

        Los argumentos están en el documento adjunto.
        """),
    atts=[("altered", "apelacion_diana_mejia.pdf", "Diana Carolina Mejía Arango", "RECURSO DE APELACIÓN", [
        "Yo, Diana Carolina Mejía Arango, colombiana, C.C. 1.017.223.845, interpongo recurso de apelación.",
        "",
        "Motivo: la Comisión no tuvo en cuenta que fui reclutada a la fuerza siendo menor de edad y que "
        "desertar me convirtió en objetivo militar del grupo en el Cauca.",
        "",
        "Teléfono +57 311 482 9035 - dianac.mejia@gmail.com",
        "Atentamente"], ("Atentamente", "ATENTAMENTE"))],
    proc="apelacion", notif="2026-12-04",
    fields={"nombres": "Diana Carolina Mejía Arango", "nacionalidad": "CO", "documento_identidad": "1017223845",
            "telefono": "+573114829035", "correo": "dianac.mejia@gmail.com",
            "motivo": "la Comisión no tuvo en cuenta que fui reclutada a la fuerza siendo menor de edad"},
    sig="invalid", outcome="subsanar", flags=[])

add(slug="apelacion-ong-foto-tardia", mailbox=M, to=M,
    frm='"Rosa Quispe - Asociación Caminos de Acogida" <rquispe@caminosdeacogida.org>',
    subject="Apelación Sr. José Gregorio Tovar Briceño",
    sent="2026-12-03T09:47:10-05:00", recv="2026-12-03T09:48:30",
    body=dd("""
        Estimados señores:

        Desde la Asociación Caminos de Acogida, que brinda orientación legal gratuita a personas refugiadas, les remitimos el recurso de apelación del señor José Gregorio Tovar Briceño, de nacionalidad venezolana, titular de la cédula V-15.772.309. El escrito fue firmado a mano por él y lo adjuntamos como fotografía, ya que no cuenta con escáner.

        Según nos indica, la resolución que confirmó la denegatoria le fue notificada el 02/11/26. Somos conscientes de que el plazo podría estar vencido; aun así solicitamos que se reciba.

        Motivo de la apelación: el señor Tovar considera que no se evaluó el riesgo que corre por haber sido dirigente sindical en Guayana, ni la constancia de detención que presentó.

        Teléfono del señor Tovar: 951 003 627. Para comunicaciones escritas, pueden escribir a este correo.

        Atentamente,
        Rosa Quispe Huamán
        Coordinadora legal - Asociación Caminos de Acogida
        """),
    atts=[("jpeg", "apelacion_tovar.jpg", [
        "Señores CEPR", "Yo José Gregorio Tovar Briceño V-15.772.309", "apelo la resolución que confirmó",
        "la denegatoria de mi refugio.", "Fui dirigente sindical en Guayana.", "Lima 1/12/2026", "Firma:"])],
    proc="apelacion", notif="2026-11-02",
    fields={"nombres": "José Gregorio Tovar Briceño", "nacionalidad": "VE", "documento_identidad": "V15772309",
            "telefono": "+51951003627", "correo": "rquispe@caminosdeacogida.org",
            "motivo": "no se evaluó el riesgo que corre por haber sido dirigente sindical en Guayana"},
    sig="manuscrita", outcome="cargo", flags=["extemporaneo", "verificar_firma"])

add(slug="apelacion-haitiano-a-refugiados-sin-telefono", mailbox=R, to=R,
    frm='"Mackenson Joseph" <mackensonjoseph509@gmail.com>',
    subject="Recurso de apelacion",
    sent="2026-11-30T19:19:02-05:00", recv="2026-11-30T19:20:44",
    body=dd("""
        Señores, mando mi apelacion firmada en PDF.

        Soy de nacionalidad haitiana, pasaporte N° RD2894416. Mi nombre completo es Mackenson Joseph Delva.
        Pido que revisen mi caso porque en Haití las pandillas quemaron mi casa en Croix-des-Bouquets y mi vida corre peligro si regreso; eso no fue considerado en la resolución.
        Mi correo es mackensonjoseph509@gmail.com.

        Gracias.
        """),
    atts=[("signed", "apelacion_mackenson.pdf", "Mackenson Joseph Delva", "RECURSO DE APELACIÓN", [
        "Yo, Mackenson Joseph Delva, haitiano, pasaporte RD2894416, apelo la resolución que denegó mi refugio.",
        "Motivo: en Haití las pandillas quemaron mi casa en Croix-des-Bouquets y mi vida corre peligro si "
        "regreso.",
        "Correo: mackensonjoseph509@gmail.com",
        "Lima, 30 de noviembre de 2026"])],
    proc="apelacion",
    fields={"nombres": "Mackenson Joseph Delva", "nacionalidad": "HT", "documento_identidad": "RD2894416",
            "correo": "mackensonjoseph509@gmail.com",
            "motivo": "en Haití las pandillas quemaron mi casa en Croix-des-Bouquets y mi vida corre peligro si "
                      "regreso"},
    sig="valid", outcome="subsanar", flags=["derivado"])

add(slug="rv-apelacion-consultorio-juridico", mailbox=M, to=M,
    frm='"Consultorio Derechos Ya - Área Refugio" <consultorio.refugio@derechosya.org>',
    subject="RV: Recurso de Apelación - Expediente N° 2024-08812",
    sent="2026-12-07T13:59:48-05:00", recv="2026-12-07T14:00:20",
    body=dd("""
        Señores
        Secretaría Ejecutiva de la CEPR

        Por encargo de nuestra patrocinada, la señora Mariangel Josefina Colmenares Tovar, venezolana, con pasaporte N° 146203318 y cédula de identidad V-21.998.045, remitimos su recurso de apelación firmado digitalmente contra la resolución que declaró infundada su reconsideración, notificada el 23/11/2026.

        La apelación se sustenta en que la Comisión aplicó indebidamente la cláusula de exclusión, pese a que nuestra patrocinada nunca participó en los hechos que se le atribuyen; el análisis detallado está en el escrito adjunto.

        Datos de contacto de la señora Colmenares: celular +51 930 775 246, correo mariangel.colmenares@gmail.com.

        Atentamente,
        Miguel Ángel Torres Huamán
        Abogado - Consultorio Derechos Ya
        DNI 40998123
        """),
    atts=[("signed", "Apelacion_Colmenares_firmada.pdf", "Mariangel Josefina Colmenares Tovar",
           "RECURSO DE APELACIÓN", [
               "Mariangel Josefina Colmenares Tovar, pasaporte N° 146203318, interpone recurso de apelación.",
               "Fundamento: aplicación indebida de la cláusula de exclusión del artículo 1F de la Convención de "
               "1951; la recurrente nunca participó en los hechos que se le atribuyen.",
               "Celular +51 930 775 246 - mariangel.colmenares@gmail.com",
               "Lima, 5 de diciembre de 2026"])],
    proc="apelacion", notif="2026-11-23",
    fields={"nombres": "Mariangel Josefina Colmenares Tovar", "nacionalidad": "VE",
            "documento_identidad": "146203318", "telefono": "+51930775246",
            "correo": "mariangel.colmenares@gmail.com",
            "motivo": "la Comisión aplicó indebidamente la cláusula de exclusión"},
    sig="valid", outcome="cargo", flags=[])

add(slug="apelacion-sin-fundamentos", mailbox=M, to=M,
    frm='"Jorge Luis Cevallos" <jlcevallos.ec@hotmail.com>',
    subject="apelacion",
    sent="2026-12-02T16:49:11-05:00", recv="2026-12-02T16:50:02",
    body=dd("""
        Buenas tardes, por medio de la presente adjunto mi recurso de apelacion firmado.

        Jorge Luis Cevallos Mera, ecuatoriano, cedula 0923456781, telefono 978 201 664, correo jlcevallos.ec@hotmail.com.

        Los fundamentos los enviaré en los próximos días con mi abogado.
        """),
    atts=[("signed", "apelacion_cevallos.pdf", "Jorge Luis Cevallos Mera", "RECURSO DE APELACIÓN", [
        "Yo, Jorge Luis Cevallos Mera, ecuatoriano, cédula 0923456781, interpongo recurso de apelación contra "
        "la resolución que confirmó la denegatoria de mi solicitud de refugio.",
        "Teléfono 978 201 664.",
        "Lima, 2 de diciembre de 2026"])],
    proc="apelacion",
    fields={"nombres": "Jorge Luis Cevallos Mera", "nacionalidad": "EC", "documento_identidad": "0923456781",
            "telefono": "+51978201664", "correo": "jlcevallos.ec@hotmail.com"},
    sig="valid", outcome="subsanar", flags=[])

add(slug="apelacion-ultimo-dia-despues-del-cierre", mailbox=M, to=M,
    frm='"Deivis Colina" <deiviscolina.r@gmail.com>',
    subject="Recurso de Apelacion - Deivis Rafael Colina",
    sent="2026-12-04T16:40:58-05:00", recv="2026-12-04T16:41:30",
    body=dd("""
        Buenas tardes señores de la CEPR,

        Remito mi recurso de apelación con firma digital. La resolución que declaró infundada mi reconsideración me fue notificada el 13 de noviembre de 2026.

        Nombres y Apellidos: Deivis Rafael Colina Rondón
        Nacionalidad: Venezolana
        Cédula: V-25.119.774
        Teléfono: 924 870 311
        Correo: deiviscolina.r@gmail.com

        Motivo: la Comisión no consideró que mi nombre figura en la lista de personas buscadas por los colectivos de Petare, según la constancia de la Defensoría que presenté.

        Disculpen la hora, salí tarde del trabajo.
        Deivis Colina
        """),
    atts=[("signed", "Apelacion_DColina.pdf", "Deivis Rafael Colina Rondón", "RECURSO DE APELACIÓN", [
        "Yo, Deivis Rafael Colina Rondón, cédula V-25.119.774, interpongo recurso de apelación.",
        "Motivo: la Comisión no consideró que mi nombre figura en la lista de personas buscadas por los "
        "colectivos de Petare.",
        "Teléfono 924 870 311 - deiviscolina.r@gmail.com",
        "Lima, 4 de diciembre de 2026"])],
    proc="apelacion", notif="2026-11-13",
    fields={"nombres": "Deivis Rafael Colina Rondón", "nacionalidad": "VE", "documento_identidad": "V25119774",
            "telefono": "+51924870311", "correo": "deiviscolina.r@gmail.com",
            "motivo": "la Comisión no consideró que mi nombre figura en la lista de personas buscadas por los "
                      "colectivos de Petare"},
    sig="valid", outcome="cargo", flags=["extemporaneo"])

add(slug="reconsideracion-en-el-ultimo-dia-habil", mailbox=M, to=M,
    frm='"Paola Andrea Zuluaga" <paozuluaga.h@gmail.com>',
    subject="RV: recurso de reconsideración",
    sent="2026-12-04T10:04:20-05:00", recv="2026-12-04T10:05:02",
    body=dd("""
        Buenos días, reenvío mi recurso porque creo que la primera vez lo mandé sin el adjunto.

        Paola Andrea Zuluaga Henao - colombiana - C.C. 1.152.690.447 - cel. +57 301 556 7210 (WhatsApp) - paozuluaga.h@gmail.com

        Presento recurso de reconsideración contra la resolución que me negó la condición de refugiada, notificada con fecha 13/11/26. Pido que se reconsidere porque la resolución dice que puedo reubicarme dentro de Colombia, pero la organización que me amenaza tiene presencia en todo el país, como consta en el informe de la Defensoría del Pueblo que adjunto en el mismo escrito.

        Mil gracias
        """),
    atts=[("signed", "reconsideracion zuluaga.pdf", "Paola Andrea Zuluaga Henao", "RECURSO DE RECONSIDERACIÓN", [
        "Paola Andrea Zuluaga Henao, C.C. 1.152.690.447, presenta recurso de reconsideración.",
        "Fundamento: la organización que me amenaza tiene presencia en todo el territorio colombiano, por lo "
        "que no existe alternativa de reubicación interna.",
        "Lima, 3 de diciembre de 2026"])],
    proc="reconsideracion", notif="2026-11-13",
    fields={"nombres": "Paola Andrea Zuluaga Henao", "nacionalidad": "CO", "documento_identidad": "1152690447",
            "telefono": "+573015567210", "correo": "paozuluaga.h@gmail.com",
            "motivo": "la resolución dice que puedo reubicarme dentro de Colombia, pero la organización que me "
                      "amenaza tiene presencia en todo el país"},
    sig="valid", outcome="cargo", flags=[])

# ===== renuncia ============================================================
add(slug="renuncia-solicitante-firmada", mailbox=M, to=M,
    frm='"Luis Marcano" <luismarcano.o@gmail.com>',
    subject="Renuncia",
    sent="2026-12-02T09:39:15-05:00", recv="2026-12-02T09:40:01",
    body=dd("""
        Buenos días. Adjunto mi carta de renuncia a la solicitud de refugio, firmada digitalmente.

        Luis Alfredo Marcano Ortiz
        Venezolano
        Pasaporte 129034471
        Cel +51 913 556 208
        """),
    atts=[("signed", "carta_renuncia.pdf", "Luis Alfredo Marcano Ortiz", "CARTA DE RENUNCIA", [
        "Yo, Luis Alfredo Marcano Ortiz, de nacionalidad venezolana, con pasaporte N° 129034471, solicitante de "
        "refugio, declaro mi decisión de renunciar al trámite de solicitud de refugio.",
        "",
        "Motivo: he obtenido el Carné de Permiso Temporal de Permanencia y deseo continuar mi regularización "
        "migratoria por esa vía.",
        "",
        "Teléfono: 913 556 208",
        "Lima, 1 de diciembre de 2026"])],
    proc="renuncia",
    fields={"nombres": "Luis Alfredo Marcano Ortiz", "nacionalidad": "VE", "documento_identidad": "129034471",
            "telefono": "+51913556208", "correo": "luismarcano.o@gmail.com",
            "motivo": "he obtenido el Carné de Permiso Temporal de Permanencia y deseo continuar mi "
                      "regularización migratoria por esa vía"},
    sig="valid", outcome="acuse", flags=[])

add(slug="renuncia-refugiada-escaneada-feriado", mailbox=M, to=M,
    frm='"Gloria Patiño" <gloriaespatino@gmail.com>',
    subject="RENUNCIA A LA CONDICION DE REFUGIADO",
    sent="2026-12-08T11:59:30-05:00", recv="2026-12-08T12:00:14",
    body=dd("""
        Señores Comisión Especial para los Refugiados:

        Yo, Gloria Estela Patiño Cuartas, colombiana, con cédula de ciudadanía 43.512.876 y carné de extranjería N° 000781245, refugiada reconocida, les hago llegar mi renuncia a la condición de refugiada, firmada a mano y escaneada.

        La razón de mi renuncia es que voy a retornar a Medellín para cuidar a mi madre, pues la situación de riesgo que motivó mi refugio ya cesó.

        Mi teléfono es 976 448 120.

        Atentamente.
        """),
    atts=[("scan", "renuncia_gloria_patino.pdf", [
        "Lima, 7 de diciembre de 2026", "Señores CEPR", "Yo Gloria Estela Patiño Cuartas renuncio",
        "a mi condición de refugiada.", "C.E. 000781245", "Atentamente,"])],
    proc="renuncia", recog=True,
    fields={"nombres": "Gloria Estela Patiño Cuartas", "nacionalidad": "CO", "documento_identidad": "43512876",
            "carne_extranjeria": "000781245", "telefono": "+51976448120", "correo": "gloriaespatino@gmail.com",
            "motivo": "voy a retornar a Medellín para cuidar a mi madre"},
    sig="manuscrita", outcome="acuse", flags=["verificar_firma"])

add(slug="renuncia-cubana-en-cuerpo-buzon-equivocado", mailbox=S, to=S,
    frm='"Dayami Fonseca" <dayamifonseca@gmail.com>',
    subject="renuncia",
    sent="2026-12-03T10:04:30-05:00", recv="2026-12-03T10:05:12",
    body=dd("""
        hola buenas, quiero renunciar a mi condicion de refugiada, soy refugiada reconocida desde el 2019. me voy a vivir a España con mi esposo que tiene la nacionalidad española.

        Dayami Fonseca Leyva, cubana
        carnet de identidad 86092314578
        tel 9 5566 7788

        gracias
        """),
    proc="renuncia", recog=True,
    fields={"nombres": "Dayami Fonseca Leyva", "nacionalidad": "CU", "documento_identidad": "86092314578",
            "telefono": "+51955667788", "correo": "dayamifonseca@gmail.com",
            "motivo": "me voy a vivir a España con mi esposo"},
    sig="absent", outcome="subsanar", flags=["derivado"])

add(slug="renuncia-png-sin-telefono", mailbox=M, to=M,
    frm='"Johana Villarroel" <johanavillarroel.b@gmail.com>',
    subject="Renuncia a solicitud de refugio",
    sent="2026-12-11T17:29:40-05:00", recv="2026-12-11T17:30:09",
    body=dd("""
        Señores CEPR, mando escaneada mi carta de renuncia al trámite de refugio, firmada.

        Me llamo Johana Beatriz Villarroel Pacheco, venezolana, cédula V-18.334.902. Renuncio porque me voy a Chile con mis hijos, donde ya tengo trabajo y residencia.

        Correo: johanavillarroel.b@gmail.com
        """),
    atts=[("png", "carta renuncia.png", [
        "Lima 11 de diciembre 2026", "Señores CEPR:", "Yo Johana Beatriz Villarroel Pacheco",
        "V-18.334.902 renuncio a mi solicitud de refugio", "porque me voy a Chile con mis hijos.", "Firma:"])],
    proc="renuncia",
    fields={"nombres": "Johana Beatriz Villarroel Pacheco", "nacionalidad": "VE", "documento_identidad": "V18334902",
            "correo": "johanavillarroel.b@gmail.com",
            "motivo": "me voy a Chile con mis hijos, donde ya tengo trabajo y residencia"},
    sig="manuscrita", outcome="subsanar", flags=["verificar_firma"])

# ===== prorroga_residencia =================================================
add(slug="prorroga-completa-tabulada", mailbox=R, to=R,
    frm='"Marisela Contreras" <mariselacontreras.m@gmail.com>',
    subject="Prórroga de residencia",
    sent="2026-11-30T08:14:50-05:00", recv="2026-11-30T08:15:33",
    body=dd("""
        Buenos días,

        Solicito la prórroga anual de mi residencia como refugiada reconocida. Mis datos:

        Nombres y apellidos:\tMarisela del Valle Contreras Moreno
        Sexo:\tFemenino
        Nacionalidad:\tVenezolana
        Pasaporte:\t097651230
        Carné de extranjería:\t001456398
        Fecha de nacimiento:\t15 de marzo de 1979
        Teléfono:\t+51 999 402 715

        Gracias,
        Marisela
        """),
    proc="prorroga_residencia", recog=True,
    fields={"nombres": "Marisela del Valle Contreras Moreno", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "097651230", "carne_extranjeria": "001456398", "fecha_nacimiento": "1979-03-15",
            "telefono": "+51999402715", "correo": "mariselacontreras.m@gmail.com"},
    sig="not_required", outcome="acuse", flags=[])

add(slug="renovacion-residencia-sin-nacimiento", mailbox=R, to=R,
    frm='"Hernán Darío Gómez" <hdgomez.co@yahoo.com>',
    subject="renovacion de residencia",
    sent="2026-12-09T20:29:44-05:00", recv="2026-12-09T20:30:18",
    body=dd("""
        Buenas noches señores.

        Por medio de este correo solicito la prórroga de residencia de este año. Soy Hernán Darío Gómez Villada, de sexo masculino, nacionalidad colombiana, cédula 79.334.120 y carné de extranjería 000932871.

        Pueden contactarme al (01) 4823317 o al correo hdgomez.co@yahoo.com.

        Quedo atento.
        """),
    proc="prorroga_residencia", recog=True,
    fields={"nombres": "Hernán Darío Gómez Villada", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "79334120", "carne_extranjeria": "000932871", "telefono": "+5114823317",
            "correo": "hdgomez.co@yahoo.com"},
    sig="not_required", outcome="subsanar", flags=[])

add(slug="prorroga-cubano-a-mesadepartes-ano-dos-digitos", mailbox=M, to=M,
    frm='"Reinaldo Acosta" <reiacosta.habana@gmail.com>',
    subject="Prorroga de Residencia - Reinaldo Acosta",
    sent="2026-12-04T16:30:40-05:00", recv="2026-12-04T16:31:05",
    body=dd("""
        Buenas tardes, envío mis datos para la prórroga de residencia:

        Nombre completo / Reinaldo Acosta Figueredo
        Sexo / M
        Nacionalidad / Cubana
        Carnet de identidad / 90031508761
        Carné de extranjería / 001203554
        Fecha de nacimiento / 15/03/90
        Teléfono / 934-778-201

        Saludos cordiales
        """),
    proc="prorroga_residencia", recog=True,
    fields={"nombres": "Reinaldo Acosta Figueredo", "sexo": "M", "nacionalidad": "CU",
            "documento_identidad": "90031508761", "carne_extranjeria": "001203554", "fecha_nacimiento": "1990-03-15",
            "telefono": "+51934778201", "correo": "reiacosta.habana@gmail.com"},
    sig="not_required", outcome="acuse", flags=["derivado"])

add(slug="consulta-esposo-pide-prorroga", mailbox=R, to=R,
    frm='"Andrés Felipe Rincón" <afrincon.torres@gmail.com>',
    subject="Consulta",
    sent="2026-12-06T14:59:10-05:00", recv="2026-12-06T15:00:00",
    body=dd("""
        Buenas tardes. Les escribo por mi esposa, que es refugiada reconocida, para solicitar la prórroga de residencia de ella. Yo soy colombiano y tengo mi trámite aparte con Migraciones.

        Los datos de ella son:
        - Nombre: Katherine Johana Pérez Suárez
        - Sexo: femenino
        - Nacionalidad: venezolana
        - Cédula: V-20.331.487
        - Carné de extranjería: 001118902
        - Fecha de nacimiento: 1991-08-27

        Ella no tiene teléfono propio por ahora, así que el contacto es mi número: 987 204 551.

        Gracias.
        Andrés Felipe Rincón Torres
        """),
    proc="prorroga_residencia", recog=True,
    fields={"nombres": "Katherine Johana Pérez Suárez", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "V20331487", "carne_extranjeria": "001118902", "fecha_nacimiento": "1991-08-27",
            "telefono": "+51987204551", "correo": "afrincon.torres@gmail.com"},
    sig="not_required", outcome="acuse", flags=[])

add(slug="re-prorroga-completa-datos", mailbox=R, to=R,
    frm='"Gustavo Briceño" <gbriceno.ucv@gmail.com>',
    subject="RE: Prórroga de residencia - Registro 2026-R-01877",
    sent="2026-12-10T16:28:41-05:00", recv="2026-12-10T16:29:20",
    body=dd("""
        Buenas tardes, completo lo que faltaba: mi fecha de nacimiento es 22/09/1968 y el sexo masculino. Reenvío todos mis datos por si acaso:

        Gustavo Adolfo Briceño Lara
        Venezolano
        Pasaporte 086673120
        CE 000665098
        Telf. 994 552 013

        -----Mensaje original-----
        De: refugiados@rree.gob.pe
        Enviado el: martes, 1 de diciembre de 2026 11:02
        Para: gbriceno.ucv@gmail.com
        Asunto: Prórroga de residencia - Registro 2026-R-01877

        Estimado usuario: su solicitud está incompleta. Falta: sexo, fecha de nacimiento. Plazo para subsanar: 3 de diciembre de 2026.
        Secretaría Ejecutiva - CEPR
        """),
    proc="prorroga_residencia", recog=True,
    fields={"nombres": "Gustavo Adolfo Briceño Lara", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "086673120", "carne_extranjeria": "000665098", "fecha_nacimiento": "1968-09-22",
            "telefono": "+51994552013", "correo": "gbriceno.ucv@gmail.com"},
    sig="not_required", outcome="acuse", flags=[])

# ===== duplicado_carne_extranjeria ========================================
add(slug="duplicado-ce-con-denuncia", mailbox=R, to=R,
    frm='"Yusmary Quintero" <yusmaryquintero@gmail.com>',
    subject="Duplicado de carné de extranjería",
    sent="2026-12-01T10:29:10-05:00", recv="2026-12-01T10:30:02",
    body=dd("""
        Buenos días. Solicito el duplicado de mi carné de extranjería. Adjunto la denuncia policial.

        Nombres y Apellidos: Yusmary Alejandra Quintero Bastidas
        Sexo: F
        Nacionalidad: Venezuela
        N° de pasaporte: 112908374
        N° carné de extranjería: 000998127
        Fecha de nacimiento: 04-11-1987
        Celular: 928 336 910

        Saludos
        """),
    atts=[("text", "denuncia_policial_yquintero.pdf", "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP SAN JUAN DE LURIGANCHO", [
        "COPIA CERTIFICADA DE DENUNCIA POLICIAL",
        "Denunciante: Yusmary Alejandra Quintero Bastidas",
        "Hecho: pérdida de carné de extranjería N° 000998127",
        "Fecha: 27 de noviembre de 2026"])],
    proc="duplicado_carne_extranjeria", recog=True, den=True,
    fields={"nombres": "Yusmary Alejandra Quintero Bastidas", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "112908374", "carne_extranjeria": "000998127", "fecha_nacimiento": "1987-11-04",
            "telefono": "+51928336910", "correo": "yusmaryquintero@gmail.com"},
    sig="not_required", outcome="acuse", flags=[])

add(slug="duplicado-de-carnet-haitiana-sin-sexo", mailbox=R, to=R,
    frm='"Roselaure Jean-Baptiste" <roselaurejb@gmail.com>',
    subject="duplicado de carnet",
    sent="2026-12-10T11:44:30-05:00", recv="2026-12-10T11:45:10",
    body=dd("""
        Buenos días, les escribo para pedir el duplicado de mi carné de extranjería de refugiada. Les mando foto de la denuncia que puse en la comisaría.

        Nombre: Roselaure Jean-Baptiste
        Nacionalidad: haitiana
        Pasaporte: PP0841267
        Carné de extranjería: 001345760
        Fecha de nacimiento: 12 de junio de 1985
        Teléfono: 961 882 045
        """),
    atts=[("jpeg", "denuncia.jpg", ["POLICIA NACIONAL DEL PERU", "COMISARIA PNP COTABAMBAS",
                                    "DENUNCIA POR PERDIDA DE DOCUMENTO", "Roselaure Jean-Baptiste"])],
    proc="duplicado_carne_extranjeria", recog=True, den=True,
    fields={"nombres": "Roselaure Jean-Baptiste", "nacionalidad": "HT", "documento_identidad": "PP0841267",
            "carne_extranjeria": "001345760", "fecha_nacimiento": "1985-06-12", "telefono": "+51961882045",
            "correo": "roselaurejb@gmail.com"},
    sig="not_required", outcome="subsanar", flags=[])

add(slug="duplicado-ce-sin-denuncia-buzon-equivocado", mailbox=S, to=S,
    frm='"Camilo Andrés Ríos" <camiloarios@gmail.com>',
    subject="Solicitud duplicado carné de extranjería",
    sent="2026-12-11T16:09:33-05:00", recv="2026-12-11T16:10:05",
    body=dd("""
        Buenas tardes.

        Mi nombre es Camilo Andrés Ríos Londoño, sexo masculino, nacido el 9 de febrero de 1993, colombiano, con C.C. 1.128.445.019 y carné de extranjería número 001287643. Solicito un duplicado del carné de extranjería. La denuncia la puse en la comisaría de San Martín de Porres y se las envío apenas me la entreguen escaneada.

        Teléfono 945 780 312.

        Gracias
        """),
    proc="duplicado_carne_extranjeria", recog=True,
    fields={"nombres": "Camilo Andrés Ríos Londoño", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "1128445019", "carne_extranjeria": "001287643", "fecha_nacimiento": "1993-02-09",
            "telefono": "+51945780312", "correo": "camiloarios@gmail.com"},
    sig="not_required", outcome="subsanar", flags=["derivado"])

add(slug="duplicado-ce-cubana-constancia-comisaria", mailbox=R, to=R,
    frm='"Lisandra Gómez" <lisandragomezcu@gmail.com>',
    subject="Duplicado carne extranjeria",
    sent="2026-12-02T10:09:20-05:00", recv="2026-12-02T10:10:00",
    body=dd("""
        Buenos días. Solicito duplicado de carné de extranjería. Adjunto constancia de la comisaría.

        Nombre y apellidos: Lisandra Gómez Betancourt
        Sexo: femenino
        Nacionalidad: cubana
        Pasaporte: L195530
        Carné de extranjería: 001156320
        Fecha de nacimiento: 1988-07-04
        Teléfono: 949 003 215
        """),
    atts=[("text", "constancia_comisaria.pdf", "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP LINCE", [
        "DENUNCIA POLICIAL N° 24417",
        "Se registra la denuncia presentada por Lisandra Gómez Betancourt por pérdida de su carné de "
        "extranjería.",
        "Lince, 30 de noviembre de 2026"])],
    proc="duplicado_carne_extranjeria", recog=True, den=True,
    fields={"nombres": "Lisandra Gómez Betancourt", "sexo": "F", "nacionalidad": "CU",
            "documento_identidad": "L195530", "carne_extranjeria": "001156320", "fecha_nacimiento": "1988-07-04",
            "telefono": "+51949003215", "correo": "lisandragomezcu@gmail.com"},
    sig="not_required", outcome="acuse", flags=[])

# ===== autorizacion_viaje ==================================================
add(slug="autorizacion-viaje-firmada-rango", mailbox=R, to=R,
    frm='"Oriana Betancourt" <oriana.betancourt.g@gmail.com>',
    subject="Autorización de Viaje",
    sent="2026-11-30T10:59:30-05:00", recv="2026-11-30T11:00:04",
    body=dd("""
        Buenos días,

        Adjunto mi solicitud de autorización de viaje firmada digitalmente. Necesito viajar a Bogotá, Colombia, del 18 al 28 de diciembre de 2026, porque mi padre está hospitalizado allí y requiere una cirugía.

        Oriana Isabel Betancourt Gil
        Carné de extranjería: 001567204
        Teléfono: 917 330 482

        Gracias de antemano.
        """),
    atts=[("signed", "solicitud_autorizacion_viaje.pdf", "Oriana Isabel Betancourt Gil",
           "SOLICITUD DE AUTORIZACIÓN DE VIAJE", [
               "Yo, Oriana Isabel Betancourt Gil, refugiada reconocida, carné de extranjería 001567204, solicito "
               "autorización para viajar a Bogotá, Colombia, del 18 al 28 de diciembre de 2026.",
               "Motivo: mi padre está hospitalizado en Bogotá y requiere una cirugía.",
               "Teléfono: 917 330 482",
               "Lima, 29 de noviembre de 2026"])],
    proc="autorizacion_viaje", recog=True,
    fields={"nombres": "Oriana Isabel Betancourt Gil", "carne_extranjeria": "001567204", "telefono": "+51917330482",
            "correo": "oriana.betancourt.g@gmail.com", "destino": "Bogotá, Colombia",
            "fecha_salida": "2026-12-18", "fecha_retorno": "2026-12-28",
            "motivo": "mi padre está hospitalizado allí y requiere una cirugía"},
    sig="valid", outcome="acuse", flags=[])

add(slug="permiso-viaje-foto-anos-dos-digitos", mailbox=R, to=R,
    frm='"Yeison Mosquera" <yeisonmosquera.p@hotmail.com>',
    subject="permiso de viaje urgente",
    sent="2026-12-03T12:29:10-05:00", recv="2026-12-03T12:30:02",
    body=dd("""
        Buen día. Envío foto de mi carta firmada pidiendo autorización de viaje.

        Motivo: mi abuela está muy grave y toda mi familia está allá
        Destino: Quito, Ecuador
        Salida: 20/12/26
        Retorno: 03/01/27
        Nombre: Yeison Andrés Mosquera Palacios
        CE 001402268
        Cel. 9 4120 7733

        Gracias
        """),
    atts=[("jpeg", "IMG_20261203_121544.jpg", [
        "Señores CEPR", "Yo Yeison Andrés Mosquera Palacios CE 001402268", "solicito autorización de viaje",
        "a Quito del 20/12/26 al 03/01/27", "por la salud de mi abuela.", "Firma:"])],
    proc="autorizacion_viaje", recog=True,
    fields={"nombres": "Yeison Andrés Mosquera Palacios", "carne_extranjeria": "001402268",
            "telefono": "+51941207733", "correo": "yeisonmosquera.p@hotmail.com", "destino": "Quito, Ecuador",
            "fecha_salida": "2026-12-20", "fecha_retorno": "2027-01-03",
            "motivo": "mi abuela está muy grave y toda mi familia está allá"},
    sig="manuscrita", outcome="acuse", flags=["verificar_firma"])

add(slug="autorizacion-viaje-sin-retorno-sin-firma", mailbox=R, to=R,
    frm='"Yaima Castillo" <yaimacastillo87@gmail.com>',
    subject="Autorizacion de viaje",
    sent="2026-12-12T08:59:40-05:00", recv="2026-12-12T09:00:15",
    body=dd("""
        Saludos, necesito autorización de viaje para ir a Santiago de Chile a la boda de mi hermana.
        Salgo el 26 de diciembre de 2026, el regreso todavía no lo sé porque depende del pasaje.
        Mi nombre es Yaima Castillo Rondón, carné de extranjería 001389011, teléfono +51 926 115 084.
        Gracias.
        """),
    proc="autorizacion_viaje", recog=True,
    fields={"nombres": "Yaima Castillo Rondón", "carne_extranjeria": "001389011", "telefono": "+51926115084",
            "correo": "yaimacastillo87@gmail.com", "destino": "Santiago de Chile", "fecha_salida": "2026-12-26",
            "motivo": "la boda de mi hermana"},
    sig="absent", outcome="subsanar", flags=[])

add(slug="autorizacion-viaje-pdf-sin-firma-a-mesadepartes", mailbox=M, to=M,
    frm='"Mario Ernesto Lacayo" <mlacayo.ni@gmail.com>',
    subject="Solicitud de Autorización de Viaje",
    sent="2026-12-02T17:44:30-05:00", recv="2026-12-02T17:45:11",
    body=dd("""
        Estimados, adjunto mi solicitud.
        Saludos cordiales,
        Mario Lacayo
        """),
    atts=[("text", "Solicitud autorizacion viaje - Lacayo.pdf", "SOLICITUD DE AUTORIZACIÓN DE VIAJE", [
        "Nombres y apellidos: Mario Ernesto Lacayo Somarriba",
        "Nacionalidad: nicaragüense",
        "Carné de extranjería: 001522786",
        "Teléfono: 972 604 119",
        "Motivo del viaje: participar como testigo en una audiencia ante la Comisión Interamericana de "
        "Derechos Humanos.",
        "Destino: Washington D.C., Estados Unidos",
        "Fecha de salida: 15-01-2027",
        "Fecha de retorno: 30-01-2027",
        "",
        "Mario Ernesto Lacayo Somarriba"])],
    proc="autorizacion_viaje", recog=True,
    fields={"nombres": "Mario Ernesto Lacayo Somarriba", "nacionalidad": "NI", "carne_extranjeria": "001522786",
            "telefono": "+51972604119", "correo": "mlacayo.ni@gmail.com",
            "destino": "Washington D.C., Estados Unidos", "fecha_salida": "2027-01-15",
            "fecha_retorno": "2027-01-30",
            "motivo": "participar como testigo en una audiencia ante la Comisión Interamericana de Derechos Humanos"},
    sig="absent", outcome="subsanar", flags=["derivado"])

add(slug="autorizacion-viaje-urgencia-enero", mailbox=R, to=R,
    frm='"Sandra Milena Vargas" <sandramvargas@gmail.com>',
    subject="AUTORIZACION DE VIAJE - URGENCIA",
    sent="2026-12-01T15:59:20-05:00", recv="2026-12-01T16:00:02",
    body=dd("""
        Buenas tardes:

        Solicito autorización de viaje por urgencia. Motivo: tratamiento oncológico de mi hijo, que tiene cita en el Hospital Garrahan. Viajaré a Buenos Aires, Argentina, del 2 al 16 de enero de 2027.

        Nombre: Sandra Milena Vargas Ocampo
        Carné de Extranjería N° 001476655
        Teléfono: 965-301-228

        Adjunto solicitud firmada digitalmente.
        """),
    atts=[("signed", "autorizacion_viaje_vargas.pdf", "Sandra Milena Vargas Ocampo",
           "SOLICITUD DE AUTORIZACIÓN DE VIAJE", [
               "Sandra Milena Vargas Ocampo, carné de extranjería N° 001476655, solicita autorización de viaje "
               "a Buenos Aires, Argentina, del 2 al 16 de enero de 2027, por el tratamiento oncológico de su "
               "hijo.",
               "Teléfono: 965-301-228",
               "Lima, 1 de diciembre de 2026"])],
    proc="autorizacion_viaje", recog=True,
    fields={"nombres": "Sandra Milena Vargas Ocampo", "carne_extranjeria": "001476655", "telefono": "+51965301228",
            "correo": "sandramvargas@gmail.com", "destino": "Buenos Aires, Argentina",
            "fecha_salida": "2027-01-02", "fecha_retorno": "2027-01-16",
            "motivo": "tratamiento oncológico de mi hijo"},
    sig="valid", outcome="acuse", flags=[])

# ===== portal procedures ===================================================
add(slug="como-pido-refugio", mailbox=S, to=S,
    frm='"Maikel" <maikelsanchez2004@gmail.com>',
    subject="Solicitud de refugio",
    sent="2026-12-01T12:59:50-05:00", recv="2026-12-01T13:00:22",
    body=dd("""
        buenas tardes como hago para pedir refugio? llegue hace 2 semanas a Lima. soy venezolano, mi numero es 902 445 118
        Maikel Sánchez

        Enviado desde mi iPhone
        """),
    proc="solicitud_refugio",
    fields={"nombres": "Maikel Sánchez", "nacionalidad": "VE", "telefono": "+51902445118",
            "correo": "maikelsanchez2004@gmail.com"},
    sig="not_required", outcome="portal", flags=[])

add(slug="haitiano-quiere-presentar-solicitud", mailbox=M, to=M,
    frm='"Wisly Charles" <wislycharles.ht@gmail.com>',
    subject="Presentar solicitud de refugio",
    sent="2026-11-29T22:09:40-05:00", recv="2026-11-29T22:10:05",
    body=dd("""
        Bonsoir.
        Mi nombre es Wisly Charles, soy haitiano. Quisiera presentar una solicitud de refugio en Perú, no sé dónde hacer.
        Mi teléfono: +51 935 662 019.
        Mèsi.
        """),
    proc="solicitud_refugio",
    fields={"nombres": "Wisly Charles", "nacionalidad": "HT", "telefono": "+51935662019",
            "correo": "wislycharles.ht@gmail.com"},
    sig="not_required", outcome="portal", flags=[])

add(slug="renovacion-autorizacion-trabajo", mailbox=S, to=S,
    frm='"Yuliana Restrepo" <yulianarestrepo.c@gmail.com>',
    subject="Renovación autorización de trabajo",
    sent="2026-12-03T08:59:12-05:00", recv="2026-12-03T09:00:01",
    body=dd("""
        Hola, buenos días. Quería saber cómo renuevo mi autorización de trabajo.
        Soy solicitante de refugio, colombiana, C.C. 1.040.556.781.
        Gracias.
        Yuliana Restrepo Cano
        """),
    proc="autorizacion_trabajo",
    fields={"nombres": "Yuliana Restrepo Cano", "nacionalidad": "CO", "documento_identidad": "1040556781",
            "correo": "yulianarestrepo.c@gmail.com"},
    sig="not_required", outcome="portal", flags=[])

add(slug="autorizacion-trabajo-virtual-a-refugiados", mailbox=R, to=R,
    frm='"Jesús Alberto Mora" <jesusmora_83@hotmail.com>',
    subject="Autorizacion de trabajo virtual",
    sent="2026-12-11T17:59:33-05:00", recv="2026-12-11T18:00:04",
    body=dd("""
        Saludos. Necesito mi autorizacion de trabajo virtual pero no se como sacarla del sistema. Ya tengo mi usuario.
        Jesús Alberto Mora Chirinos, V-17.223.904, cel 933 412 987
        """),
    proc="autorizacion_trabajo",
    fields={"nombres": "Jesús Alberto Mora Chirinos", "documento_identidad": "V17223904", "telefono": "+51933412987",
            "correo": "jesusmora_83@hotmail.com"},
    sig="not_required", outcome="portal", flags=[])

add(slug="cuando-llega-entrevista-registro", mailbox=S, to=S,
    frm='"Rosmary Chacón" <rosmarychacon@gmail.com>',
    subject="Entrevista de registro",
    sent="2026-12-02T14:59:30-05:00", recv="2026-12-02T15:00:07",
    body=dd("""
        Buenas tardes.
        Registré mi solicitud en línea en septiembre y todavía no me llega la fecha de la entrevista de registro. ¿Cuánto tiempo debo esperar?
        Mi nombre es Rosmary Chacón Peña, pasaporte 145509871.
        Gracias.
        """),
    proc="entrevista_registro",
    fields={"nombres": "Rosmary Chacón Peña", "documento_identidad": "145509871", "correo": "rosmarychacon@gmail.com"},
    sig="not_required", outcome="portal", flags=[])

add(slug="reprogramar-entrevista-dia-no-laborable", mailbox=M, to=M,
    frm='"Brayan Stiven Ortiz" <brayanortiz.co@gmail.com>',
    subject="Reprogramar entrevista de registro",
    sent="2026-12-07T10:19:45-05:00", recv="2026-12-07T10:20:12",
    body=dd("""
        Buenos días, me llegó la cita para la entrevista de registro para el 15 de diciembre y quisiera saber si se puede reprogramar.
        Brayan Stiven Ortiz Quintana, colombiano.
        WhatsApp +57 312 445 7789
        """),
    proc="entrevista_registro",
    fields={"nombres": "Brayan Stiven Ortiz Quintana", "nacionalidad": "CO", "telefono": "+573124457789",
            "correo": "brayanortiz.co@gmail.com"},
    sig="not_required", outcome="portal", flags=[])

# ===== carne_solicitante (suspended) ======================================
add(slug="carne-de-solicitante", mailbox=S, to=S,
    frm='"Eliana Márquez" <elianamarquez.r@gmail.com>',
    subject="Carné de solicitante",
    sent="2026-12-01T08:29:40-05:00", recv="2026-12-01T08:30:15",
    body=dd("""
        Buenos días, quisiera saber cuándo puedo obtener mi carné de solicitante de refugio. Ya hice la entrevista de registro en agosto.
        Eliana Márquez Rangel, cédula V-27.004.331, teléfono 908 776 154.
        """),
    proc="carne_solicitante",
    fields={"nombres": "Eliana Márquez Rangel", "documento_identidad": "V27004331", "telefono": "+51908776154",
            "correo": "elianamarquez.r@gmail.com"},
    sig="not_required", outcome="suspendido", flags=[])

add(slug="duplicado-de-carnet-de-solicitante", mailbox=S, to=S,
    frm='"Yoandry Hernández" <yoandryhdez@gmail.com>',
    subject="Duplicado de Carnet",
    sent="2026-12-10T13:59:30-05:00", recv="2026-12-10T14:00:04",
    body=dd("""
        Buenas, necesito el duplicado de mi carné de solicitante de refugio, ya tengo la denuncia policial.
        Yoandry Hernández Matos, cubano, pasaporte K092145
        Teléfono 959 332 104
        """),
    proc="carne_solicitante",
    fields={"nombres": "Yoandry Hernández Matos", "nacionalidad": "CU", "documento_identidad": "K092145",
            "telefono": "+51959332104", "correo": "yoandryhdez@gmail.com"},
    sig="not_required", outcome="suspendido", flags=[])

add(slug="carnet-solicitante-ecuatoriano-a-refugiados", mailbox=R, to=R,
    frm='"Kevin Guamán" <kevinguaman.ec@gmail.com>',
    subject="Carnet de solicitante de refugio",
    sent="2026-12-04T11:10:40-05:00", recv="2026-12-04T11:11:09",
    body=dd("""
        Estimados:
        Solicito información para obtener el carnet de solicitante de refugio.
        Kevin Patricio Guamán Lema, ecuatoriano, cédula 171883992-0
        Tel. +593 98 744 5221
        Atentamente
        """),
    proc="carne_solicitante",
    fields={"nombres": "Kevin Patricio Guamán Lema", "nacionalidad": "EC", "documento_identidad": "1718839920",
            "telefono": "+593987445221", "correo": "kevinguaman.ec@gmail.com"},
    sig="not_required", outcome="suspendido", flags=["derivado"])

# ===== triage ==============================================================
add(slug="consulta-estado-expediente", mailbox=S, to=S,
    frm='"Franklin Parra" <franklinparra1975@gmail.com>',
    subject="Consulta",
    sent="2026-11-30T11:59:20-05:00", recv="2026-11-30T12:00:03",
    body=dd("""
        Buen día, quisiera saber el estado de mi expediente, lo presenté en 2023 y no he tenido noticias.
        Franklin José Parra Urdaneta, V-11.456.220, teléfono 991 008 347.
        Muchas gracias.
        """),
    proc=None,
    fields={"nombres": "Franklin José Parra Urdaneta", "documento_identidad": "V11456220", "telefono": "+51991008347",
            "correo": "franklinparra1975@gmail.com"},
    sig="not_required", outcome="triage", flags=[])

add(slug="actualizacion-y-cambio-de-clave", mailbox=S, to=S,
    frm='"Nathaly Guerrero" <nathalyguerrero.v@gmail.com>',
    subject="Actualización de datos y cambio de clave",
    sent="2026-12-03T18:59:40-05:00", recv="2026-12-03T19:00:11",
    body=dd("""
        Buenas noches. Necesito actualizar mi número de teléfono y además cambiar la contraseña del sistema de refugiados.
        Nathaly Guerrero Salas, venezolana, pasaporte 160042318, nuevo teléfono 947 551 620, correo nathalyguerrero.v@gmail.com.
        """),
    proc=None,
    fields={"nombres": "Nathaly Guerrero Salas", "nacionalidad": "VE", "documento_identidad": "160042318",
            "telefono": "+51947551620", "correo": "nathalyguerrero.v@gmail.com"},
    sig="not_required", outcome="triage", flags=[])

add(slug="urgente-prorroga-y-viaje", mailbox=R, to=R,
    frm='"Wilfredo Salas" <wilfredosalas.ve@gmail.com>',
    subject="URGENTE!!",
    sent="2026-12-05T08:39:50-05:00", recv="2026-12-05T08:40:22",
    body=dd("""
        Buenos días. Necesito hacer la prórroga de residencia y también pedir autorización de viaje, ¿puedo mandar todo en un solo correo o van por separado?
        Soy refugiado reconocido.
        Wilfredo Antonio Salas Peña, carné de extranjería 001098334, teléfono 968 220 417.
        """),
    proc=None,
    fields={"nombres": "Wilfredo Antonio Salas Peña", "carne_extranjeria": "001098334", "telefono": "+51968220417",
            "correo": "wilfredosalas.ve@gmail.com"},
    sig="not_required", outcome="triage", flags=[])

add(slug="solicitud-constancia", mailbox=M, to=M,
    frm='"Luz Dary Cuéllar" <luzdarycuellar@gmail.com>',
    subject="Solicitud",
    sent="2026-12-09T11:29:30-05:00", recv="2026-12-09T11:30:08",
    body=dd("""
        Señores, buenos días.
        Solicito una constancia de que mi trámite está en curso.
        Luz Dary Cuéllar Perdomo, colombiana, C.C. 52.778.104, celular 990 114 283.
        Bendiciones.
        """),
    proc=None,
    fields={"nombres": "Luz Dary Cuéllar Perdomo", "nacionalidad": "CO", "documento_identidad": "52778104",
            "telefono": "+51990114283", "correo": "luzdarycuellar@gmail.com"},
    sig="not_required", outcome="triage", flags=[])

# ===== machine mail (ignorado) =============================================
add(slug="rebote-mailer-daemon", mailbox=S, to=S, kind="bounce",
    frm='MAILER-DAEMON@mx1.rree.gob.pe (Mail Delivery System)',
    subject="Undelivered Mail Returned to Sender",
    sent="Tue, 01 Dec 2026 02:14:05 -0500", recv="2026-12-01T02:14:06",
    body=dd("""
        This is the mail system at host mx1.rree.gob.pe.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <yorgelis.pinango@gmial.com>: Host or domain name not found. Name service error
            for name=gmial.com type=A: Host not found
        """),
    proc=None, fields={}, sig="not_required", outcome="ignorado", flags=[])

add(slug="boletin-lista-correo", mailbox=R, to=R, kind="list",
    frm='"Boletín Migrante" <boletin@noticiasmigrantes.org>',
    subject="Boletín semanal: novedades migratorias de la semana",
    sent="Sun, 06 Dec 2026 12:00:00 +0000", recv="2026-12-06T07:00:31", recv_utc=True,
    body=dd("""
        BOLETÍN MIGRANTE - Edición 212

        * Migraciones amplía horarios de atención en diciembre.
        * Nuevas fechas para el Permiso Temporal de Permanencia.
        * Ferias de empleo para población migrante en Lima Norte.

        Para darse de baja de esta lista, responda con la palabra BAJA.
        """),
    proc=None, fields={}, sig="not_required", outcome="ignorado", flags=[])

add(slug="interno-cuadro-prorrogas", mailbox=M, to=M, kind="internal",
    frm='"Refugiados - CEPR" <refugiados@rree.gob.pe>',
    subject="Prórroga de residencia - cuadro semanal para Migraciones",
    sent="2026-12-02T08:04:30-05:00", recv="2026-12-02T08:05:02",
    body=dd("""
        Colegas de Mesa de Partes:

        Les reenvío el cuadro semanal de oficios de prórroga de residencia remitidos a Migraciones, para su registro.

        Saludos,
        Unidad de Refugiados
        """),
    proc="prorroga_residencia", fields={}, sig="not_required", outcome="ignorado", flags=[])

add(slug="aviso-automatico-noreply", mailbox=S, to=S, kind="noreply",
    frm='"Sistema de Refugiados" <no-reply@sistemas.rree.gob.pe>',
    subject="Aviso de mantenimiento programado de la plataforma",
    sent="2026-11-28T23:49:50-05:00", recv="2026-11-28T23:50:03",
    body=dd("""
        Este es un mensaje automático, por favor no responda.

        La plataforma estará en mantenimiento el domingo 29 de noviembre de 2026 de 00:00 a 06:00 horas.
        """),
    proc=None, fields={}, sig="not_required", outcome="ignorado", flags=[])


# ---------------------------------------------------------------- building
def parse_dt(s):
    try:
        return dt.datetime.fromisoformat(s)
    except ValueError:
        from email.utils import parsedate_to_datetime
        return parsedate_to_datetime(s)


def make_attachment(a):
    kind = a[0]
    if kind == "signed":
        _, fn, signer, title, lines = a
        return fn, signed_pdf(lines, signer, title), "application", "pdf"
    if kind == "altered":
        _, fn, signer, title, lines, (old, new) = a
        return fn, altered_pdf(lines, signer, old, new, title), "application", "pdf"
    if kind == "text":
        _, fn, title, lines = a
        return fn, text_pdf(lines, title), "application", "pdf"
    if kind == "scan":
        _, fn, lines = a
        return fn, scanned_pdf(lines), "application", "pdf"
    if kind == "jpeg":
        _, fn, lines = a
        return fn, handwritten_image(lines, "JPEG"), "image", "jpeg"
    if kind == "png":
        _, fn, lines = a
        return fn, handwritten_image(lines, "PNG"), "image", "png"
    raise ValueError(kind)


def build_message(m, recv):
    kind = m.get("kind")
    from_addr = re.search(r"[\w.+-]+@[\w.-]+", m["frm"]).group(0)
    domain = from_addr.split("@")[1]
    msg = EmailMessage()
    received_hdr = recv.astimezone(dt.timezone.utc) if m.get("recv_utc") else recv
    qid = hashlib.md5(m["slug"].encode()).hexdigest()[:10].upper()
    if kind in ("bounce", "internal", "noreply"):
        msg["Received"] = (f"by mx1.rree.gob.pe (Postfix, from userid 0) id {qid} "
                           f"for <{m['mailbox']}>; {format_datetime(received_hdr)}")
    else:
        msg["Received"] = (f"from mail-relay.{domain} (mail-relay.{domain} "
                           f"[198.51.100.{(len(m['slug']) * 7) % 250}]) by mx1.rree.gob.pe (Postfix) "
                           f"with ESMTPS id {qid} for <{m['mailbox']}>; {format_datetime(received_hdr)}")
    sent = parse_dt(m["sent"])
    if kind not in ("bounce", "internal", "noreply"):
        msg["Received"] = (f"from [192.168.1.{len(m['slug'])}] by mail-relay.{domain} with ESMTPSA; "
                           f"{format_datetime(sent)}")
    msg["Delivered-To"] = m["mailbox"]
    msg["Date"] = format_datetime(sent)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = make_msgid(idstring=m["slug"][:20], domain=domain)
    msg["MIME-Version"] = "1.0"
    if kind == "list":
        msg["List-Id"] = "Boletin Migrante <boletin.noticiasmigrantes.org>"
        msg["List-Unsubscribe"] = "<mailto:boletin-baja@noticiasmigrantes.org>"
        msg["Precedence"] = "bulk"
    if kind == "noreply":
        msg["Auto-Submitted"] = "auto-generated"
    if kind == "bounce":
        msg["Auto-Submitted"] = "auto-replied"
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
        msg.set_boundary("=_bounce_7f3a2c")
        text = EmailMessage()
        text.set_content(m["body"])
        status = EmailMessage()
        status.set_type("message/delivery-status")
        blk1 = EmailMessage()
        blk1["Reporting-MTA"] = "dns; mx1.rree.gob.pe"
        blk1["Arrival-Date"] = format_datetime(recv)
        blk2 = EmailMessage()
        blk2["Final-Recipient"] = "rfc822; yorgelis.pinango@gmial.com"
        blk2["Action"] = "failed"
        blk2["Status"] = "5.4.4"
        blk2["Diagnostic-Code"] = "X-Postfix; Host or domain name not found"
        status.set_payload([blk1, blk2])
        orig = EmailMessage()
        orig.set_type("text/rfc822-headers")
        orig.set_payload(
            "From: solicitantesrefugio@rree.gob.pe\n"
            "To: yorgelis.pinango@gmial.com\n"
            "Subject: Registro 2026-S-04512 - respuesta automatica\n"
            "Date: Tue, 01 Dec 2026 02:13:58 -0500\n")
        msg.attach(text)
        msg.attach(status)
        msg.attach(orig)
        return msg
    if m.get("html"):
        msg.set_content(m["html"], subtype="html")
    else:
        msg.set_content(m["body"])
    docs = []
    for a in m.get("atts", []):
        fn, data, maint, sub = make_attachment(a)
        msg.add_attachment(data, maintype=maint, subtype=sub, filename=fn)
        docs.append((a[0], fn, data))
    return msg, docs


def norm_text(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def sanity(m, text):
    """Every labelled value must be visible in the message's readable text."""
    f = m["fields"]
    t = norm_text(text)
    digits = re.sub(r"\D", "", text)
    alnum = re.sub(r"[^0-9a-z]", "", t)
    errs = []
    for k, v in f.items():
        if k in ("nombres", "destino"):
            if norm_text(v) not in re.sub(r"\s+", " ", t):
                errs.append(k)
        elif k == "motivo":
            if norm_text(v) not in re.sub(r"\s+", " ", t):
                errs.append(k)
        elif k == "documento_identidad":
            if v.lower() not in alnum:
                errs.append(k)
        elif k == "carne_extranjeria":
            if v not in digits:
                errs.append(k)
        elif k == "telefono":
            pn = phonenumbers.parse(v)
            assert phonenumbers.is_valid_number(pn), v
            if str(pn.national_number) not in digits:
                errs.append(k)
        elif k == "correo":
            if v not in t:
                errs.append(k)
    assert not errs, (m["slug"], errs)


def main():
    out_labels = []
    for old in HERE.glob("*.eml"):
        old.unlink()
    items = []
    for m in MSGS:
        recv = dt.datetime.fromisoformat(m["recv"]).replace(tzinfo=LIMA)
        items.append((recv, m))
    items.sort(key=lambda x: x[0])
    seen = set()
    for n, (recv, m) in enumerate(items, 1):
        assert m["slug"] not in seen
        seen.add(m["slug"])
        built = build_message(m, recv)
        msg, docs = (built, []) if m.get("kind") == "bounce" else built
        fname = f"{n:03d}-{m['slug']}.eml"
        (HERE / fname).write_bytes(msg.as_bytes(policy=policy.SMTP))

        # --- readable text (body + PDF text layers) for the sanity check
        text = m["frm"] + "\n" + m["subject"] + "\n" + (m.get("body") or re.sub(r"<[^>]+>", " ", __import__("html").unescape(m.get("html", ""))))
        for kind, fn, data in docs:
            if fn.lower().endswith(".pdf"):
                text += "\n" + pdf_text(data)

        # --- signature status from the documents, as section 3 says
        proc = m["proc"]
        needs_firma = proc in REQ and "firma" in REQ[proc]
        if not needs_firma:
            sig = "not_required"
        else:
            kinds = [k for k, _, _ in docs]
            if "signed" in kinds:
                sig = "valid"
            elif "altered" in kinds:
                sig = "invalid"
            elif any(k in ("scan", "jpeg", "png") for k in kinds):
                sig = "manuscrita"
            else:
                sig = "absent"
        assert sig == m["sig"], (m["slug"], sig, m["sig"])
        for kind, fn, data in docs:
            if kind == "text":
                assert not pdf_has_image(data) and pdf_text(data).strip()
            if kind == "scan":
                assert pdf_has_image(data) and not pdf_text(data).strip()

        fd = filing_day(recv)
        kind = m.get("kind")
        ignorado = kind in ("bounce", "list", "internal", "noreply")
        fields = dict(m["fields"])
        if not ignorado:
            assert "correo" in fields, m["slug"]
            sanity(m, text)
        # --- missing, outcome, flags
        missing = []
        flags = []
        if ignorado:
            outcome = "ignorado"
        elif proc in ("solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"):
            outcome = "portal"
        elif proc is None:
            outcome = "triage"
        else:
            if HOME[proc] != m["mailbox"]:
                flags.append("derivado")
            if proc in SUSPENDED:
                outcome = "suspendido"
            else:
                for req in REQ[proc]:
                    if req == "firma":
                        if sig not in ("valid", "manuscrita"):
                            missing.append("firma")
                    elif req == "denuncia_policial":
                        if not m.get("den"):
                            missing.append(req)
                    elif req == "carne_extranjeria*":
                        if m.get("recog") and "carne_extranjeria" not in fields:
                            missing.append("carne_extranjeria")
                    elif req not in fields:
                        missing.append(req)
                if sig == "manuscrita":
                    flags.append("verificar_firma")
                if proc in RECURSOS and m.get("notif"):
                    if late(dt.date.fromisoformat(m["notif"]), fd):
                        flags.append("extemporaneo")
                if missing:
                    outcome = "subsanar"
                elif proc in RECURSOS:
                    outcome = "cargo"
                else:
                    outcome = "acuse"
        assert outcome == m["outcome"], (m["slug"], outcome, m["outcome"], missing)
        assert sorted(flags) == sorted(m["flags"]), (m["slug"], flags, m["flags"])
        if outcome in ("suspendido", "portal", "triage", "ignorado"):
            due = None
        elif outcome == "subsanar":
            due = add_business(fd, 2)
        else:
            due = add_business(fd, PLAZO[proc])
        out_labels.append({
            "file": fname, "mailbox": m["mailbox"], "received": recv.isoformat(), "procedure": proc,
            "fields": fields, "missing": missing, "signature": sig, "outcome": outcome, "flags": flags,
            "filing_date": fd.isoformat(), "due_date": due.isoformat() if due else None,
        })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in out_labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(out_labels)} messages")


if __name__ == "__main__":
    main()
