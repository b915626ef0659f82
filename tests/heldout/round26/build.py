#!/usr/bin/env python3
"""Round 26: an ordinary busy fortnight at the CEPR inboxes (30 Nov - 13 Dec 2026).

Writes NNN-slug.eml files and labels.jsonl into this folder.
Run with the r26 venv:  /work/rounds/.venv-r26/bin/python build.py

Each message is written by hand below (text, headers, attachments) together with
the fields a registry clerk would record. `missing`, `outcome`, `flags`,
`filing_date` and `due_date` are derived from those by the INTAKE.md rules in
`decide()`, and cross-checked against the outcome written by hand for each message.
"""
import datetime as dt
import hashlib
import io
import json
import logging
import os
import random
import tomllib
import warnings
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
import pypdf
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

warnings.filterwarnings("ignore")
logging.disable(logging.CRITICAL)

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
UTC = dt.timezone.utc

with open(os.path.join(HERE, "config.toml"), "rb") as fh:
    CAL = tomllib.load(fh)["calendar"]
CLOSE = dt.time.fromisoformat(CAL["office_close"]) if CAL.get("office_close") else None
NWD = {dt.date.fromisoformat(d) for d in CAL.get("non_working_days", [])}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])

SOL = "solicitantesrefugio@rree.gob.pe"
MDP = "mesadepartes@rree.gob.pe"
REF = "refugiados@rree.gob.pe"
INSTITUTIONAL = {SOL, MDP, REF}

# --------------------------------------------------------------------------
# the INTAKE.md table
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {
    "carne_solicitante": SOL, "actualizacion_datos": SOL, "cambio_clave": SOL,
    "reconsideracion": MDP, "apelacion": MDP, "renuncia": MDP,
    "prorroga_residencia": REF, "duplicado_carne_extranjeria": REF, "autorizacion_viaje": REF,
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
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}


# --------------------------------------------------------------------------
# calendar
def is_bd(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NWD


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(recv):
    loc = recv.astimezone(LIMA)
    d = loc.date()
    if is_bd(d) and (CLOSE is None or loc.time() < CLOSE):
        return d
    return next_bd(d)


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


# --------------------------------------------------------------------------
# documents
_KEYS = {}


def _signer(cn):
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from asn1crypto import x509 as ax509, keys as akeys
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    if cn in _KEYS:
        return _KEYS[cn]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    start = dt.datetime(2026, 1, 5, tzinfo=UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=1500))
            .sign(key, hashes.SHA256()))
    ac = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    ak = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER,
                                                     serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption()))
    s = signers.SimpleSigner(signing_cert=ac, signing_key=ak,
                             cert_registry=SimpleCertificateStore.from_certs([ac]))
    _KEYS[cn] = s
    return s


def _sig_image(w=360, h=110, seed=0):
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts, x = [], 15
    while x < w - 20:
        pts.append((x, h // 2 + rnd.randint(-35, 35)))
        x += rnd.randint(8, 22)
    d.line(pts, fill=(20, 30, 120), width=3)
    d.line([(20, h - 18), (w - 30, h - 22)], fill=(20, 30, 120), width=2)
    return im


def text_pdf(lines, sig_image=False):
    p = FPDF()
    p.set_compression(False)
    p.set_title("Documento")
    p.add_page()
    p.set_font("Helvetica", size=11)
    for ln in lines:
        if ln.startswith("# "):
            p.set_font("Helvetica", "B", 12)
            p.multi_cell(0, 7, ln[2:], new_x="LMARGIN", new_y="NEXT", align="C")
            p.set_font("Helvetica", size=11)
        else:
            p.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if sig_image:
        buf = io.BytesIO()
        _sig_image(seed=len(lines)).save(buf, format="PNG")
        buf.seek(0)
        p.image(buf, w=55)
    return bytes(p.output())


def signed_pdf(lines, cn):
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(text_pdf(lines)))
    meta = signers.PdfSignatureMetadata(field_name="FirmaDigital", reason="Firma del recurrente",
                                        location="Lima, Peru")
    return signers.sign_pdf(w, meta, signer=_signer(cn)).getvalue()


def sig_intact(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data))
    if not r.embedded_signatures:
        return None
    return validate_pdf_signature(r.embedded_signatures[0]).intact


def altered_pdf(lines, cn, old, new):
    assert len(old) == len(new)
    good = signed_pdf(lines, cn)
    o = old.encode("latin-1")
    assert good.count(o) >= 1, old
    bad = good.replace(o, new.encode("latin-1"), 1)
    assert sig_intact(good) is True and sig_intact(bad) is False
    return bad


def _letter_image(lines, seed):
    font = ImageFont.load_default(size=26)
    w, h = 1240, 1754
    im = Image.new("RGB", (w, h), (246, 244, 236))
    d = ImageDraw.Draw(im)
    rnd = random.Random(seed)
    y = 120
    for ln in lines:
        x = 110 + rnd.randint(-6, 6)
        d.text((x, y), ln.replace("ñ", "n").replace("Ñ", "N"), fill=(25, 25, 70), font=font)
        y += 44 + rnd.randint(-3, 3)
    sig = _sig_image(seed=seed)
    im.paste(sig, (120, y + 30))
    return im


def scan_jpg(lines, seed=1):
    buf = io.BytesIO()
    _letter_image(lines, seed).save(buf, format="JPEG", quality=70)
    return buf.getvalue()


def scan_png(lines, seed=2):
    buf = io.BytesIO()
    _letter_image(lines, seed).resize((620, 877)).save(buf, format="PNG")
    return buf.getvalue()


def scan_pdf(lines, seed=3):
    buf = io.BytesIO()
    _letter_image(lines, seed).save(buf, format="JPEG", quality=60)
    buf.seek(0)
    p = FPDF()
    p.add_page()
    p.image(buf, x=0, y=0, w=210, h=297)
    return bytes(p.output())


def pdf_has_image(data):
    r = pypdf.PdfReader(io.BytesIO(data))
    return any(len(pg.images) > 0 for pg in r.pages)


def pdf_text(data):
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(pg.extract_text() or "" for pg in r.pages)


# --------------------------------------------------------------------------
# messages
MSGS = []


def add(slug, *, mailbox, recv, frm, subject, body=None, html=None, to=None, cc=None, atts=(),
        hdrs=(), tz="-0500", procedure, fields, outcome, refugee=False, notif=None,
        ignorado=False, kind="plain", delay=47, hop2=True):
    """recv: 'YYYY-MM-DD HH:MM[:SS]' Lima time. tz: how the top Received header writes it."""
    MSGS.append(dict(slug=slug, mailbox=mailbox, recv=recv, frm=frm, subject=subject, body=body,
                     html=html, to=to, cc=cc, atts=list(atts), hdrs=list(hdrs), tz=tz,
                     procedure=procedure, fields=fields, outcome=outcome, refugee=refugee,
                     notif=notif, ignorado=ignorado, kind=kind, delay=delay, hop2=hop2))


def A(kind, filename, lines=None, cn=None, alter=None, data=None):
    return dict(kind=kind, filename=filename, lines=lines, cn=cn, alter=alter, data=data)


# ===================================================================== PORTAL
add("001-refugio-como-pido", mailbox=SOL, recv="2026-11-30 08:12:40",
    frm="keiber t <keibertovar.22@gmail.com>", subject="solicitud de refugio",
    body="buenas tardes quiero saber como hago para pedir refugio aca en peru llegue hace 2 semanas "
         "soy venezolano y no tengo pasaporte solo la cedula gracias\n\nEnviado desde mi Redmi",
    procedure="solicitud_refugio", outcome="portal",
    fields={"nacionalidad": "VE", "correo": "keibertovar.22@gmail.com"})

add("002-consulta-familia-colombiana", mailbox=REF, recv="2026-12-05 11:40:05",
    frm="Luz Dary Cardona <luzdary.cardona74@gmail.com>", subject="Consulta",
    body="""Señores
Comisión Especial para los Refugiados
Presente.-

Reciban un cordial saludo y mis bendiciones. Mi nombre es Luz Dary Cardona Restrepo, identificada con cédula de ciudadanía No. 1.088.245.731 de Pereira. Somos colombianos, llegamos a Lima el mes pasado con mi esposo y mis dos hijos menores de edad.

Una señora de la parroquia nos dijo que podíamos pedir protección aquí y les escribo para saber cómo se presenta una solicitud de refugio, si tenemos que ir a alguna oficina o si se hace por internet, y si cada uno de la familia debe hacer la suya o una sola por todos.

Les agradecería mucho la orientación. Mi número es el +57 312 765 4410 (tiene WhatsApp).

Quedo atenta, Dios les pague.

Luz Dary Cardona R.
""",
    procedure="solicitud_refugio", outcome="portal",
    fields={"nombres": "Luz Dary Cardona Restrepo", "nacionalidad": "CO", "documento_identidad": "1088245731",
            "telefono": "+573127654410", "correo": "luzdary.cardona74@gmail.com"})

add("003-autorizacion-trabajo-no-descarga", mailbox=SOL, recv="2026-12-01 17:45:12",
    frm="Genesis Colmenares <genesis.colmenares.paz@hotmail.com>",
    subject="Autorizacion de trabajo virtual no descarga",
    body="""Buenas tardes, intento generar la autorización de trabajo virtual en el sistema y se queda cargando, no me deja descargar el PDF.

Nombre: Génesis Andreína Colmenares Paz
Cédula V-24.871.306
Tel 924 118 670

Gracias de antemano
""",
    procedure="autorizacion_trabajo", outcome="portal",
    fields={"nombres": "Génesis Andreína Colmenares Paz", "documento_identidad": "V24871306",
            "telefono": "+51924118670", "correo": "genesis.colmenares.paz@hotmail.com"})

add("004-ong-renovacion-trabajo-haitiano", mailbox=MDP, recv="2026-12-03 10:05:33",
    frm="Carla Mendoza | Puente Solidario <cmendoza@puentesolidario.org.pe>",
    subject="renovación de autorización de trabajo - Sr. Dieuseul Joseph",
    body="""Estimados señores:

Les escribe Carla Mendoza, asistente de protección de la Asociación Puente Solidario. Acompañamos al Sr. Dieuseul Joseph, de nacionalidad haitiana, pasaporte RD1284567, que necesita renovar su autorización de trabajo y no ha logrado hacerlo por su cuenta.

¿Nos podrían indicar el procedimiento para la renovación de la autorización de trabajo? Los datos de contacto del Sr. Joseph son: celular 951 402 733, correo dieuseuljoseph79@gmail.com.

Mi teléfono en la oficina es (01) 433-1902, por si necesitan coordinar.

Atentamente,
Carla Mendoza Huamán
Asistente de Protección
Asociación Puente Solidario
""",
    procedure="autorizacion_trabajo", outcome="portal",
    fields={"nombres": "Dieuseul Joseph", "nacionalidad": "HT", "documento_identidad": "RD1284567",
            "telefono": "+51951402733", "correo": "dieuseuljoseph79@gmail.com"})

add("005-entrevista-registro-cubana", mailbox=SOL, recv="2026-12-02 12:30:18",
    frm="Yaimara Castillo <yaimaracf@nauta.cu>", subject="Entrevista de Registro",
    body="""Buenas, mi nombre es Yaimara Castillo Fonseca, soy cubana, mi carnet de identidad es 87061923451.

Hice el registro en línea el 2 de octubre y todavía no me llega el correo con la fecha de la entrevista de registro. Ya revisé el spam. Quisiera saber si hay algún problema con mi registro o si solo debo esperar.

Me pueden llamar al 912 004 377.

Saludos cordiales
Yaimara
""",
    procedure="entrevista_registro", outcome="portal",
    fields={"nombres": "Yaimara Castillo Fonseca", "nacionalidad": "CU", "documento_identidad": "87061923451",
            "telefono": "+51912004377", "correo": "yaimaracf@nauta.cu"})

add("006-urgente-cita-entrevista", mailbox=REF, recv="2026-12-06 20:14:51", tz="+0000",
    frm="Yorman P <yormanpinango@gmail.com>", subject="URGENTE",
    body="buenas no me ha llegado la cita de la entrevista de registro ya pasaron 3 meses "
         "mi numero 963 552 018 gracias",
    procedure="entrevista_registro", outcome="portal",
    fields={"telefono": "+51963552018", "correo": "yormanpinango@gmail.com"})

# ============================================================ CARNE SOLICITANTE (suspendido)
add("007-carne-solicitante", mailbox=SOL, recv="2026-11-30 15:22:09",
    frm="Wilmer Rangel <wilmer.rangel.duque@gmail.com>", subject="Carné de solicitante",
    body="""Buenas tardes.

Solicito la emisión de mi carné de solicitante de refugio, ya completé la entrevista de registro con foto y huellas en septiembre.

Nombres: Wilmer Antonio Rangel Duque
Nacionalidad: venezolana
Pasaporte: 138 457 902
Celular: 947-220-615

Atte.
Wilmer Rangel
""",
    procedure="carne_solicitante", outcome="suspendido",
    fields={"nombres": "Wilmer Antonio Rangel Duque", "nacionalidad": "VE", "documento_identidad": "138457902",
            "telefono": "+51947220615", "correo": "wilmer.rangel.duque@gmail.com"})

add("008-duplicado-carne-solicitante-otro-buzon", mailbox=REF, recv="2026-12-04 16:50:00", tz="+0000",
    frm="JHON FREDY OSPINA <jhonfredy.ospina@yahoo.com>", subject="duplicado carnet de solicitante",
    body="""Buenas tardes señores.

Yo JHON FREDY OSPINA MARULANDA, colombiano, C.C. 75.104.882, perdí mi carné de solicitante de refugio en un bus de la Carretera Central y necesito sacar el duplicado del carné de solicitante. Adjunto la denuncia que hice en la comisaría.

Celular 935 118 204

Muchas gracias
""",
    atts=[A("pdf_text", "denuncia_perdida_carne.pdf", lines=[
        "# POLICIA NACIONAL DEL PERU",
        "Comisaría PNP Ate - Sección de Denuncias",
        "CONSTANCIA DE DENUNCIA POLICIAL N° 27741-2026",
        "Denunciante: Jhon Fredy Ospina Marulanda",
        "Hecho: pérdida de documentos (carné de solicitante de refugio) ocurrida el 01/12/2026.",
        "Lima, 03 de diciembre de 2026."])],
    procedure="carne_solicitante", outcome="suspendido",
    fields={"nombres": "JHON FREDY OSPINA MARULANDA", "nacionalidad": "CO", "documento_identidad": "75104882",
            "telefono": "+51935118204", "correo": "jhonfredy.ospina@yahoo.com"})

add("009-carnet-solicitante-cuando", mailbox=SOL, recv="2026-12-12 09:03:44",
    frm="<rosa.m.quintero@gmail.com>", subject="carne de solicitante refugio",
    body="hola buenas cuando van a entregar el carnet de solicitante? ya tengo mi registro completo. "
         "mi cel 981 337 205",
    procedure="carne_solicitante", outcome="suspendido",
    fields={"telefono": "+51981337205", "correo": "rosa.m.quintero@gmail.com"})

# ============================================================ ACTUALIZACION DE DATOS
add("010-actualizacion-datos-completa", mailbox=SOL, recv="2026-11-30 09:40:27",
    frm="Yusmary Peña <yusmarypena@gmail.com>", subject="Actualización de datos",
    body="""Buenos días, por medio del presente solicito la actualización de mis datos de contacto:

Nombre completo: Yusmary Carolina Peña Briceño
Nacionalidad: Venezuela
Cédula: V-19.662.145
Nuevo número de teléfono: 941 226 087
Nueva dirección: Jr. Huáscar 1452, Jesús María, Lima

Muchas gracias por su atención.
""",
    procedure="actualizacion_datos", outcome="acuse",
    fields={"nombres": "Yusmary Carolina Peña Briceño", "nacionalidad": "VE", "documento_identidad": "V19662145",
            "telefono": "+51941226087", "correo": "yusmarypena@gmail.com"})

add("011-actualizacion-refugiada-carta", mailbox=SOL, recv="2026-12-01 11:15:02",
    frm="Martha C. Giraldo <marthacgiraldo@hotmail.com>", subject="ACTUALIZACION DE DATOS",
    body="""Señores de la Secretaría Ejecutiva
Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores

Me dirijo a ustedes muy respetuosamente. Mi nombre es Martha Cecilia Giraldo Ocampo, de nacionalidad colombiana, identificada con cédula de ciudadanía n.° 43.876.215 y con carné de extranjería 000912437, reconocida como refugiada desde el año 2022.

Por medio de la presente les informo que cambié mis datos de contacto: mi nuevo número de celular es el +51 986 540 221 y mi correo ahora es marthagiraldo.o@outlook.com (este hotmail ya casi no lo reviso). La dirección sigue siendo la misma en San Juan de Lurigancho.

Les agradezco de antemano la actualización en el sistema.

Atentamente,

Martha Cecilia Giraldo Ocampo
""",
    cc=REF, procedure="actualizacion_datos", outcome="acuse", refugee=True,
    fields={"nombres": "Martha Cecilia Giraldo Ocampo", "nacionalidad": "CO", "documento_identidad": "43876215",
            "carne_extranjeria": "000912437", "telefono": "+51986540221",
            "correo": "marthagiraldo.o@outlook.com"})

add("012-actualizacion-refugiado-sin-ce", mailbox=SOL, recv="2026-12-02 16:45:39",
    frm="Osmany Rodriguez <osmanyrp1984@gmail.com>", subject="Actualizacion de datos de contacto",
    body="""Saludos. Soy refugiado reconocido y quiero actualizar mi teléfono.

Nombres y apellidos: Osmany Rodríguez Pupo
nacionalidad cubana
pasaporte K482913
nuevo teléfono 9 7741 2256

gracias
""",
    procedure="actualizacion_datos", outcome="subsanar", refugee=True,
    fields={"nombres": "Osmany Rodríguez Pupo", "nacionalidad": "CU", "documento_identidad": "K482913",
            "telefono": "+51977412256", "correo": "osmanyrp1984@gmail.com"})

add("013-actualisacion-sin-nacionalidad", mailbox=SOL, recv="2026-12-03 22:31:10",
    frm="Luisana Ortega <luisanaortega.s@gmail.com>", subject="actualisacion de datos",
    body="buenas noches es para la actualizacion de mis datos, mi numero nuevo es 902 114 563 "
         "mi nombre es luisana ortega salazar ci 21.455.980 gracias dios les bendiga",
    procedure="actualizacion_datos", outcome="subsanar",
    fields={"nombres": "luisana ortega salazar", "documento_identidad": "21455980",
            "telefono": "+51902114563", "correo": "luisanaortega.s@gmail.com"})

add("014-actualizacion-html-tabla-mesa-partes", mailbox=MDP, recv="2026-12-04 10:20:55",
    frm="MAYRA TOAPANTA <mayra.toapanta88@gmail.com>", subject="ACTUALIZACIÓN DE DATOS - MAYRA TOAPANTA",
    html="""<html><body><p>Buenos días, solicito la actualización de datos de contacto con la siguiente información:</p>
<table border="1" cellpadding="4">
<tr><td>Nombres y apellidos</td><td>Mayra Alexandra Toapanta Guamán</td></tr>
<tr><td>Nacionalidad</td><td>Ecuatoriana</td></tr>
<tr><td>Cédula</td><td>1718452963</td></tr>
<tr><td>Teléfono</td><td>945 003 812</td></tr>
<tr><td>Correo</td><td>mayra.toapanta88@gmail.com</td></tr>
</table>
<p>Gracias.<br>Mayra T.</p></body></html>""",
    procedure="actualizacion_datos", outcome="acuse",
    fields={"nombres": "Mayra Alexandra Toapanta Guamán", "nacionalidad": "EC", "documento_identidad": "1718452963",
            "telefono": "+51945003812", "correo": "mayra.toapanta88@gmail.com"})

# ============================================================ CAMBIO DE CLAVE
add("015-cambio-clave-hijo-por-mama", mailbox=SOL, recv="2026-12-01 19:05:21",
    frm="Anderson Piñango <andersonpl2001@gmail.com>", subject="Cambio de clave y contraseña",
    body="""Buenas noches. Soy Anderson Piñango y les escribo por mi mamá, Neida Coromoto Villasmil de Piñango, que no maneja bien el correo.

Ella necesita el cambio de clave y contraseña del Sistema de Refugiados. Su cédula es V-9.874.332, su teléfono 934 771 540 y el correo que tiene registrado en el sistema es neidavillasmil62@hotmail.com, a ese le pueden mandar la clave nueva.

Cualquier cosa me pueden llamar a mí al 934 771 988.

Gracias
""",
    procedure="cambio_clave", outcome="acuse",
    fields={"nombres": "Neida Coromoto Villasmil de Piñango", "documento_identidad": "V9874332",
            "telefono": "+51934771540", "correo": "neidavillasmil62@hotmail.com"})

add("016-cambio-contrasena-sin-documento", mailbox=SOL, recv="2026-11-29 13:50:08",
    frm="jose marcano <josegmarcano@gmail.com>", subject="cambio de contraseña",
    body="hola necesito el cambio de clave del sistema de refugiados soy jose gregorio marcano rios "
         "cel 955 870 114 mi correo josegmarcano@gmail.com",
    procedure="cambio_clave", outcome="subsanar",
    fields={"nombres": "jose gregorio marcano rios", "telefono": "+51955870114", "correo": "josegmarcano@gmail.com"})

add("017-cambio-clave-ecuatoriano-refugiados", mailbox=REF, recv="2026-12-02 08:55:30",
    frm="Byron Chalen <byronchalen@yahoo.com>", subject="Solicitud de cambio de clave y contraseña",
    body="""Buenos días, solicito el cambio de clave y contraseña del sistema de refugiados.

- Nombres: Byron Patricio Chalén Quimí
- Nacionalidad: ecuatoriana
- C.I. 092345678-1
- Teléfono: +51 913 220 457
- Correo: byronchalen@yahoo.com

Saludos,
Byron
""",
    procedure="cambio_clave", outcome="acuse",
    fields={"nombres": "Byron Patricio Chalén Quimí", "nacionalidad": "EC", "documento_identidad": "0923456781",
            "telefono": "+51913220457", "correo": "byronchalen@yahoo.com"})

add("018-cambio-clave-ong-haitiana", mailbox=SOL, recv="2026-12-10 09:30:44",
    frm="Rocío Cárdenas <rcardenas@puentesolidario.org.pe>", subject="RV: cambio de clave - Sra. Saint-Fleur",
    body="""Buen día:

Soy Rocío Cárdenas Llanos, trabajadora social de la Asociación Puente Solidario, DNI 41822093. Le escribo en nombre de la Sra. Nadège Saint-Fleur, de nacionalidad haitiana, pasaporte N° PP4419023, quien todavía no habla bien el español.

Solicitamos el cambio de clave y contraseña de su usuario en el Sistema de Refugiados. Pueden contactarla al WhatsApp +51 968 334 120. Ella no tiene un correo propio activo, por favor respondan a este correo y nosotros le hacemos llegar la información.

Saludos cordiales,
Rocío Cárdenas Llanos
Trabajadora Social
""",
    procedure="cambio_clave", outcome="acuse",
    fields={"nombres": "Nadège Saint-Fleur", "nacionalidad": "HT", "documento_identidad": "PP4419023",
            "telefono": "+51968334120", "correo": "rcardenas@puentesolidario.org.pe"})

# ============================================================ RECONSIDERACION
R019 = [
    "# RECURSO DE RECONSIDERACIÓN",
    "Señores",
    "Comisión Especial para los Refugiados - Ministerio de Relaciones Exteriores",
    "",
    "Yo, Deiby Alexander Rentería Cuesta, de nacionalidad colombiana, identificado con pasaporte "
    "N° AT718254, con domicilio en Av. Túpac Amaru 2210, Comas, teléfono 987 120 334 y correo "
    "electrónico deibyrenteria@gmail.com, ante ustedes me presento y digo:",
    "",
    "Que interpongo recurso de reconsideración contra la Resolución N° 04417-2026-CEPR, que me "
    "fue notificada el 20 de noviembre de 2026, y que deniega mi solicitud de refugio.",
    "",
    "MOTIVO: la resolución no tomó en cuenta que el grupo armado que me amenazó en Buenaventura "
    "sigue buscándome; adjunto como nueva prueba la denuncia que presentó mi madre ante la "
    "Fiscalía el 10 de noviembre de 2026 y las fotos de los panfletos dejados en su casa.",
    "",
    "Por lo expuesto, solicito se reconsidere la decisión y se me reconozca la condición de refugiado.",
    "",
    "Lima, 30 de noviembre de 2026",
    "Deiby Alexander Rentería Cuesta",
]
add("019-reconsideracion-pdf-firmado", mailbox=MDP, recv="2026-12-01 10:02:16",
    frm="Deiby Renteria <deibyrenteria@gmail.com>", subject="Recurso de Reconsideración",
    body="Buenos días, adjunto mi recurso de reconsideración firmado digitalmente.\n\nSaludos.\n",
    atts=[A("pdf_signed", "Reconsideracion_Renteria.pdf", lines=R019, cn="Deiby Alexander Renteria Cuesta")],
    procedure="reconsideracion", outcome="cargo", notif="2026-11-20",
    fields={"nombres": "Deiby Alexander Rentería Cuesta", "nacionalidad": "CO", "documento_identidad": "AT718254",
            "telefono": "+51987120334", "correo": "deibyrenteria@gmail.com",
            "motivo": "la resolución no tomó en cuenta que el grupo armado que me amenazó en Buenaventura "
                      "sigue buscándome"})

R020 = [
    "# RECURSO DE RECONSIDERACION",
    "SUMILLA: Interpongo recurso de reconsideración",
    "",
    "José Gregorio Acosta Villalobos, venezolano, cédula de identidad V-16.903.227, ante la Comisión "
    "Especial para los Refugiados respetuosamente expongo:",
    "",
    "Que la resolución que deniega mi solicitud me fue notificada el 29 de octubre de 2026 por correo "
    "electrónico, y recién he podido conseguir asesoría.",
    "",
    "Fundamento mi recurso en que durante la entrevista no contaba con intérprete adecuado ni con los "
    "documentos que acreditan mi detención arbitraria en 2024, que ahora adjunto como prueba nueva.",
    "",
    "Teléfono: 998 410 326 / Correo: jgacostav@gmail.com",
    "",
    "Lima, 2 de diciembre de 2026",
]
add("020-reconsideracion-fuera-de-plazo", mailbox=MDP, recv="2026-12-03 14:40:37",
    frm="Jose Acosta <jgacostav@gmail.com>", subject="RECURSO DE RECONSIDERACION - ACOSTA VILLALOBOS",
    body="""Buenas tardes, señores de mesa de partes.

Les hago llegar mi recurso de reconsideración firmado. Sé que la resolución me la notificaron el 29 de octubre de 2026 y que quizás estoy un poco pasado de tiempo, pero les pido por favor que lo reciban porque recién conseguí los documentos.

Quedo atento a mi número 998 410 326.

José Gregorio Acosta Villalobos
""",
    atts=[A("pdf_signed", "recurso reconsideracion JGA.pdf", lines=R020, cn="Jose Gregorio Acosta Villalobos")],
    procedure="reconsideracion", outcome="cargo", notif="2026-10-29",
    fields={"nombres": "José Gregorio Acosta Villalobos", "nacionalidad": "VE", "documento_identidad": "V16903227",
            "telefono": "+51998410326", "correo": "jgacostav@gmail.com",
            "motivo": "durante la entrevista no contaba con intérprete adecuado ni con los documentos que "
                      "acreditan mi detención arbitraria en 2024"})

add("021-reconsideracion-foto-manuscrita-cubano", mailbox=MDP, recv="2026-12-04 12:10:50",
    frm="yunieski hernandez <yunieskihl@gmail.com>", subject="Reconsideracion - Yunieski Hernandez",
    body="""Buenas. Adjunto foto de mi recurso de reconsideración escrito a mano y firmado porque no tengo impresora.

Mis datos por si no se lee bien la foto:
Yunieski Hernández Leyva, cubano, pasaporte L108833, celular 976 302 118, correo yunieskihl@gmail.com

La resolución me la notificaron el 25 de noviembre de 2026. Pido que se reconsidere porque en Cuba me metieron preso por participar en la protesta del 11J y si regreso me vuelven a detener, tengo la citación policial que no presenté antes.

Gracias
""",
    atts=[A("jpg", "IMG_20261204_114502.jpg", lines=[
        "Lima 3 de diciembre 2026", "Señores Comision de Refugiados", "",
        "Yo Yunieski Hernandez Leyva presento", "recurso de reconsideracion contra la",
        "resolucion que me niega el refugio.", "Motivo: fui detenido por la protesta", "del 11J ...",
        "", "Firma:"])],
    procedure="reconsideracion", outcome="cargo", notif="2026-11-25",
    fields={"nombres": "Yunieski Hernández Leyva", "nacionalidad": "CU", "documento_identidad": "L108833",
            "telefono": "+51976302118", "correo": "yunieskihl@gmail.com",
            "motivo": "en Cuba me metieron preso por participar en la protesta del 11J y si regreso me vuelven "
                      "a detener"})

add("022-reconsideracion-solo-texto", mailbox=MDP, recv="2026-12-05 18:20:13",
    frm="Daniela Urbina <daniela.urbina.mora@gmail.com>", subject="RECURSO DE RECONSIDERACION",
    body="""Señores
Comisión Especial para los Refugiados
Presente.

De mi mayor consideración:

Yo, Daniela Alejandra Urbina Mora, venezolana, titular de la cédula de identidad N° 22.017.498, con todo respeto me dirijo a ustedes para interponer RECURSO DE RECONSIDERACIÓN contra la resolución que denegó mi solicitud de refugio.

El motivo de mi recurso es que no se valoró que soy activista de derechos humanos y que mi nombre aparece en una lista publicada por un colectivo armado en Barquisimeto, lo cual pongo en su conocimiento con los enlaces de las publicaciones.

Para cualquier notificación pueden escribirme a este mismo correo o llamarme al 926 551 740.

Sin otro particular, me despido agradeciendo su atención.

Atentamente,
Daniela Alejandra Urbina Mora
""",
    procedure="reconsideracion", outcome="subsanar",
    fields={"nombres": "Daniela Alejandra Urbina Mora", "nacionalidad": "VE", "documento_identidad": "22017498",
            "telefono": "+51926551740", "correo": "daniela.urbina.mora@gmail.com",
            "motivo": "no se valoró que soy activista de derechos humanos y que mi nombre aparece en una lista "
                      "publicada por un colectivo armado en Barquisimeto"})

R023 = [
    "# RECOURS EN RECONSIDERATION / RECURSO DE RECONSIDERACION",
    "Nombres y apellidos: Wilner Jean-Baptiste",
    "Nacionalidad: haitiana",
    "Pasaporte: RF2290417",
    "Telefono: 957 440 218",
    "Correo: wilnerjb@gmail.com",
    "",
    "Motivo: la Comision no considero que las pandillas de Croix-des-Bouquets quemaron mi casa y "
    "asesinaron a mi hermano; presento el certificado de defuncion como prueba nueva.",
    "",
    "Firmado en Lima, el 4 de diciembre de 2026.",
]
add("023-reconsideracion-firma-alterada-refugiados", mailbox=REF, recv="2026-12-07 10:00:31",
    frm="Wilner Jean-Baptiste <wilnerjb@gmail.com>", subject="recurso de reconsideracion",
    body="""Bonjour / Buenos días,

Envío mi recurso de reconsideración firmado con firma digital. Wilner Jean-Baptiste, pasaporte RF2290417, teléfono 957 440 218.

Merci
""",
    atts=[A("pdf_altered", "reconsideracion_wilner.pdf", lines=R023, cn="Wilner Jean-Baptiste",
            alter=("4 de diciembre", "5 de diciembre"))],
    procedure="reconsideracion", outcome="subsanar",
    fields={"nombres": "Wilner Jean-Baptiste", "nacionalidad": "HT", "documento_identidad": "RF2290417",
            "telefono": "+51957440218", "correo": "wilnerjb@gmail.com",
            "motivo": "la Comision no considero que las pandillas de Croix-des-Bouquets quemaron mi casa"})

# ============================================================ APELACION
P024 = [
    "# RECURSO DE APELACIÓN",
    "Expediente: 2025-CEPR-018822",
    "",
    "Señores de la Comisión Especial para los Refugiados:",
    "",
    "Génesis Carolina Bastidas Guerrero, de nacionalidad venezolana, con pasaporte N° 151 882 046,",
    "teléfono celular +51 929 605 334 y correo electrónico genesisbastidasg@gmail.com, interpongo",
    "RECURSO DE APELACIÓN contra la Resolución que confirma la denegatoria de mi solicitud,",
    "la cual me fue notificada el 24 de noviembre de 2026.",
    "",
    "Motivo de la apelación: la resolución aplica mal la Declaración de Cartagena, pues en el Estado "
    "Zulia existe una violación masiva de derechos humanos y yo fui despedida y amenazada por no "
    "votar; se adjuntan informes de la ONU.",
    "",
    "Solicito que el recurso sea elevado al superior jerárquico.",
    "",
    "Lima, 1 de diciembre de 2026",
]
add("024-apelacion-firmada-completa", mailbox=MDP, recv="2026-12-02 09:15:47",
    frm="Genesis Bastidas <genesisbastidasg@gmail.com>", subject="Recurso de Apelación",
    body="Buenos días:\n\nRemito mi recurso de apelación con firma digital en el archivo adjunto.\n"
         "\nSaludos cordiales\n",
    atts=[A("pdf_signed", "APELACION_BASTIDAS_GUERRERO.pdf", lines=P024, cn="Genesis Carolina Bastidas Guerrero")],
    procedure="apelacion", outcome="cargo", notif="2026-11-24",
    fields={"nombres": "Génesis Carolina Bastidas Guerrero", "nacionalidad": "VE", "documento_identidad": "151882046",
            "telefono": "+51929605334", "correo": "genesisbastidasg@gmail.com",
            "motivo": "la resolución aplica mal la Declaración de Cartagena"})

P025 = [
    "# RECURSO DE APELACION",
    "Yo, Leidy Johana Vargas Moreno, colombiana, con cédula de ciudadanía 1.032.448.190,",
    "teléfono 961 774 302, correo leidyjvargas@gmail.com, apelo la resolución que confirma",
    "la denegatoria.",
    "",
    "Motivo: soy víctima de violencia por parte de mi expareja, integrante de un grupo armado en "
    "Tumaco, y el Estado colombiano no me pudo proteger; adjunto las medidas de protección incumplidas.",
    "",
    "Lima, 09 de diciembre de 2026",
    "Leidy Johana Vargas Moreno",
]
add("025-apelacion-pdf-alterado-re", mailbox=MDP, recv="2026-12-10 16:10:25",
    frm="Leidy Vargas <leidyjvargas@gmail.com>", subject="RE: Recurso de apelacion",
    body="""Buenas tardes, les reenvío el recurso de apelación firmado, corregí la fecha que estaba mal.

Leidy Johana Vargas Moreno
C.C. 1.032.448.190
961 774 302

El lun, 30 nov 2026 a las 10:12, Mesa de Partes <mesadepartes@rree.gob.pe> escribió:
> Estimada administrada:
> Se acusa recibo de su correo. Sírvase remitir su recurso en documento firmado.
> Mesa de Partes Digital
""",
    atts=[A("pdf_altered", "apelacion leidy vargas firmada.pdf", lines=P025, cn="Leidy Johana Vargas Moreno",
            alter=("09 de diciembre", "10 de diciembre"))],
    procedure="apelacion", outcome="subsanar",
    fields={"nombres": "Leidy Johana Vargas Moreno", "nacionalidad": "CO", "documento_identidad": "1032448190",
            "telefono": "+51961774302", "correo": "leidyjvargas@gmail.com",
            "motivo": "soy víctima de violencia por parte de mi expareja, integrante de un grupo armado en Tumaco"})

add("026-apelacion-escaneada-extemporanea", mailbox=MDP, recv="2026-12-09 11:33:02",
    frm="Rosmary Escalona <rosmaryescalona.d@gmail.com>", subject="apelacion",
    body="""Buen día, adjunto escaneado mi recurso de apelación firmado a mano.

Mi nombre es Rosmary Escalona Duarte, mi documento es la cédula V-25.604.117, soy venezolana, me pueden llamar al 940 385 662 o escribir a este correo.

El motivo de la apelación es que mi caso no fue evaluado con la Declaración de Cartagena y mi familia en Maturín sigue siendo hostigada por funcionarios del SEBIN.

La resolución fue notificada con fecha 02/11/2026 pero no pude enviarlo antes porque estuve hospitalizada.

Gracias
""",
    atts=[A("pdf_scan", "escaneo0012.pdf", lines=[
        "RECURSO DE APELACION", "", "Yo Rosmary Escalona Duarte", "C.I. V-25.604.117",
        "apelo la resolucion notificada el 02/11/2026", "por los motivos que expongo ...", "", "Firma"])],
    procedure="apelacion", outcome="cargo", notif="2026-11-02",
    fields={"nombres": "Rosmary Escalona Duarte", "nacionalidad": "VE", "documento_identidad": "V25604117",
            "telefono": "+51940385662", "correo": "rosmaryescalona.d@gmail.com",
            "motivo": "mi caso no fue evaluado con la Declaración de Cartagena"})

P027 = [
    "# RECURSO DE APELACIÓN",
    "Lisandra Pérez Mena",
    "Nacionalidad: cubana",
    "Pasaporte: L593021",
    "Correo: lisandraperezmena@gmail.com",
    "",
    "Por medio del presente apelo la resolución que confirma la denegatoria de mi solicitud de refugio.",
    "Motivo: soy perseguida por pertenecer a una iglesia evangélica no reconocida en Holguín y mi "
    "pastor fue encarcelado en 2025.",
    "",
    "Lima, 11 de diciembre de 2026",
]
add("027-apelacion-pdf-sin-firma-sin-telefono", mailbox=MDP, recv="2026-12-11 17:20:58",
    frm="Lisandra Pérez <lisandraperezmena@gmail.com>", subject="Recurso de Apelación - Lisandra Pérez Mena",
    body="Adjunto mi apelación.\n",
    atts=[A("pdf_text", "apelacion_lisandra.pdf", lines=P027)],
    procedure="apelacion", outcome="subsanar",
    fields={"nombres": "Lisandra Pérez Mena", "nacionalidad": "CU", "documento_identidad": "L593021",
            "correo": "lisandraperezmena@gmail.com",
            "motivo": "soy perseguida por pertenecer a una iglesia evangélica no reconocida en Holguín"})

P028 = [
    "# RECURSO DE APELACIÓN",
    "Señor Presidente de la Comisión Especial para los Refugiados:",
    "",
    "YEISON ANDRÉS MOSQUERA PALACIOS, de nacionalidad colombiana,",
    "identificado con C.C. 1.077.452.118, teléfono (WhatsApp) +57 314 220 9981,",
    "correo yeisonmosquera@hotmail.com, a usted digo:",
    "",
    "Que interpongo recurso de apelación contra la resolución notificada el 1 de diciembre de 2026.",
    "",
    "FUNDAMENTOS: fui reclutado a la fuerza por el ELN en el Chocó cuando tenía 16 años y desertar "
    "me convierte en objetivo militar; la resolución apelada afirma sin sustento que puedo reubicarme "
    "dentro de Colombia.",
    "",
    "Lima, 10 de diciembre de 2026",
]
add("028-apelacion-abogado-reenvia", mailbox=MDP, recv="2026-12-11 11:45:19",
    frm="Ricardo Salinas Vela <ricardo.salinas@estudiosalinas.pe>",
    subject="Fwd: Recurso de Apelación - Yeison Andrés Mosquera Palacios",
    body="""Señores Mesa de Partes:

En mi calidad de abogado defensor (CAL 45821) remito el recurso de apelación de mi patrocinado, firmado digitalmente por él. Para coordinaciones con el estudio: (01) 442-7781.

Atentamente,
Dr. Ricardo Salinas Vela
Abogado

---------- Forwarded message ---------
De: Yeison Mosquera <yeisonmosquera@hotmail.com>
Date: jue, 10 dic 2026 a las 21:03
Subject: Recurso de Apelación
To: Ricardo Salinas Vela <ricardo.salinas@estudiosalinas.pe>

Doctor le mando el recurso ya firmado, gracias.
""",
    to="mesadepartes@rree.gob.pe, Yeison Mosquera <yeisonmosquera@hotmail.com>",
    atts=[A("pdf_signed", "Recurso_Apelacion_Mosquera.pdf", lines=P028, cn="Yeison Andres Mosquera Palacios")],
    procedure="apelacion", outcome="cargo", notif="2026-12-01",
    fields={"nombres": "YEISON ANDRÉS MOSQUERA PALACIOS", "nacionalidad": "CO", "documento_identidad": "1077452118",
            "telefono": "+573142209981", "correo": "yeisonmosquera@hotmail.com",
            "motivo": "fui reclutado a la fuerza por el ELN en el Chocó cuando tenía 16 años"})

# ============================================================ RENUNCIA
N029 = [
    "# RENUNCIA A LA SOLICITUD DE REFUGIO",
    "",
    "Yo, Carmen Yolanda Parra Sulbarán, de nacionalidad venezolana, con cédula de identidad "
    "V-11.402.956, teléfono 999 617 043, manifiesto mi decisión libre y voluntaria de renunciar al "
    "trámite de mi solicitud de refugio en el Perú.",
    "",
    "Motivo: he obtenido la residencia en España por reagrupación familiar con mi hija y viajaré a "
    "Madrid en enero de 2027.",
    "",
    "Lima, 28 de noviembre de 2026",
]
add("029-renuncia-solicitante-firmada", mailbox=MDP, recv="2026-11-30 11:30:00",
    frm="Carmen Parra <carmenparra.s@gmail.com>", subject="Renuncia",
    body="Buenos días, adjunto carta de renuncia firmada digitalmente.\nGracias.\n",
    atts=[A("pdf_signed", "renuncia_carmen_parra.pdf", lines=N029, cn="Carmen Yolanda Parra Sulbaran")],
    procedure="renuncia", outcome="acuse",
    fields={"nombres": "Carmen Yolanda Parra Sulbarán", "nacionalidad": "VE", "documento_identidad": "V11402956",
            "telefono": "+51999617043", "correo": "carmenparra.s@gmail.com",
            "motivo": "he obtenido la residencia en España por reagrupación familiar con mi hija"})

add("030-renuncia-refugiado-foto-sin-ce", mailbox=MDP, recv="2026-12-01 14:05:41",
    frm="Edwin Quiñones <edwinquinones.r@gmail.com>", subject="RENUNCIA A LA CONDICION DE REFUGIADO",
    body="""Buenas tardes,

Soy refugiado reconocido en el Perú desde 2021 y quiero renunciar a esa condición porque me casé con peruana y voy a tramitar la residencia por familiar de peruano en Migraciones.

Edwin Alberto Quiñones Rivas
Colombiano
Pasaporte AS904417
Cel. 973-118-502

Adjunto foto de la carta firmada.
""",
    atts=[A("png", "carta_renuncia.png", lines=[
        "Lima, 30/11/2026", "Señores CEPR", "", "Yo Edwin Alberto Quiñones Rivas", "renuncio a mi condicion",
        "de refugiado.", "", "Atentamente"])],
    procedure="renuncia", outcome="subsanar", refugee=True,
    fields={"nombres": "Edwin Alberto Quiñones Rivas", "nacionalidad": "CO", "documento_identidad": "AS904417",
            "telefono": "+51973118502", "correo": "edwinquinones.r@gmail.com",
            "motivo": "me casé con peruana y voy a tramitar la residencia por familiar de peruano en Migraciones"})

N031 = [
    "# RENUNCIA",
    "Marie-Claude Pierre-Louis",
    "Nacionalidad: Haití",
    "Pasaporte: RD0937755",
    "Carné de extranjería: 000551902",
    "Teléfono: 982 660 317",
    "",
    "Renuncio a la condición de refugiada reconocida en el Perú.",
    "Motivo: he obtenido una visa de trabajo en Canadá y me traslado a Montreal con mis hijos.",
]
add("031-renuncia-refugiada-pdf-sin-firma", mailbox=MDP, recv="2026-12-03 09:10:14",
    frm="Marie-Claude Pierre-Louis <mcpierrelouis@yahoo.fr>", subject="Renuncia - Marie-Claude Pierre-Louis",
    body="Buenos días. Envío mi renuncia en el documento adjunto.\nCordialement,\nMarie-Claude\n",
    atts=[A("pdf_text", "Renuncia MC Pierre-Louis.pdf", lines=N031)],
    procedure="renuncia", outcome="subsanar", refugee=True,
    fields={"nombres": "Marie-Claude Pierre-Louis", "nacionalidad": "HT", "documento_identidad": "RD0937755",
            "carne_extranjeria": "000551902", "telefono": "+51982660317", "correo": "mcpierrelouis@yahoo.fr",
            "motivo": "he obtenido una visa de trabajo en Canadá y me traslado a Montreal con mis hijos"})

N032 = [
    "# CARTA DE RENUNCIA",
    "",
    "Señores: Comisión Especial para los Refugiados",
    "",
    "Quien suscribe, Franklin Javier Montilla Rojas, venezolano, pasaporte 134009872, celular "
    "+51 915 280 673, comunica que RENUNCIA a su trámite de solicitud de refugio.",
    "",
    "Motivo: ya cuento con el Carné de Permiso Temporal de Permanencia y no deseo continuar el "
    "procedimiento.",
    "",
    "Firma:",
]
add("032-renuncia-buzon-equivocado-firma-imagen", mailbox=SOL, recv="2026-12-06 15:00:09",
    frm="Franklin Montilla <franklinjmontilla@gmail.com>", subject="renuncia al tramite de refugio",
    body="Buenas tardes adjunto carta de renuncia con mi firma\n\nenviado desde mi celular\n",
    atts=[A("pdf_sigimg", "CARTA RENUNCIA.pdf", lines=N032)],
    procedure="renuncia", outcome="acuse",
    fields={"nombres": "Franklin Javier Montilla Rojas", "nacionalidad": "VE", "documento_identidad": "134009872",
            "telefono": "+51915280673", "correo": "franklinjmontilla@gmail.com",
            "motivo": "ya cuento con el Carné de Permiso Temporal de Permanencia y no deseo continuar el "
                      "procedimiento"})

# ============================================================ PRORROGA DE RESIDENCIA
add("033-prorroga-completa-guiones", mailbox=REF, recv="2026-11-30 10:45:36",
    frm="Jhonatan Barrios <jhonatanbarriosr@gmail.com>", subject="Prórroga de residencia",
    body="""Buen día, solicito la prórroga anual de mi residencia como refugiado.

Nombre y apellidos - Jhonatan David Barrios Ruiz
Sexo - masculino
País - Colombia
Pasaporte - AR552190
Carné de extranjería - 001455672
Nací el 14-07-1988
Celular - 976 443 210

Gracias.
""",
    procedure="prorroga_residencia", outcome="acuse", refugee=True,
    fields={"nombres": "Jhonatan David Barrios Ruiz", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "AR552190", "carne_extranjeria": "001455672", "fecha_nacimiento": "1988-07-14",
            "telefono": "+51976443210", "correo": "jhonatanbarriosr@gmail.com"})

add("034-renovacion-residencia-prosa-anio-corto", mailbox=REF, recv="2026-12-02 21:40:22", tz="+0000",
    frm="Neomar Quintero <neomarquintero79@gmail.com>", subject="renovacion de residencia",
    body="""Estimados señores de la Comisión:

Reciban un cordial saludo. Me dirijo a ustedes para solicitar, como todos los años, la renovación de mi residencia en calidad de refugiado reconocido.

Mi nombre es Neomar José Quintero Lugo, soy de sexo masculino, venezolano, nacido el 03/09/79, con cédula de identidad V-14.228.905 y carné de extranjería N° 000387120. Me pueden llamar al +58 424 512 3340 (es mi WhatsApp, sigo usando la línea de Venezuela).

Quedo a la espera del oficio para continuar el trámite en Migraciones.

Muy agradecido,
Neomar Quintero
""",
    procedure="prorroga_residencia", outcome="acuse", refugee=True,
    fields={"nombres": "Neomar José Quintero Lugo", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V14228905", "carne_extranjeria": "000387120", "fecha_nacimiento": "1979-09-03",
            "telefono": "+584245123340", "correo": "neomarquintero79@gmail.com"})

add("035-prorroga-falta-sexo-nacimiento", mailbox=REF, recv="2026-12-04 09:05:51",
    frm="Marbelis Rondon <marbelis.rondon@hotmail.com>", subject="PRORROGA DE RESIDENCIA 2027",
    body="""Nombres: Marbelis Josefina Rondón Aguilera
Nacionalidad: Venezuela
Pasaporte: 159 032 441
CE: 000775231
Telf: 999 201 456

Solicito prórroga de residencia. Gracias
""",
    procedure="prorroga_residencia", outcome="subsanar", refugee=True,
    fields={"nombres": "Marbelis Josefina Rondón Aguilera", "nacionalidad": "VE", "documento_identidad": "159032441",
            "carne_extranjeria": "000775231", "telefono": "+51999201456", "correo": "marbelis.rondon@hotmail.com"})

add("036-prorroga-cubana-sin-ce", mailbox=REF, recv="2026-12-12 16:02:30",
    frm="Yanelis Ferrer <yanelisferrer85@gmail.com>", subject="Prorroga de residencia",
    body="""Hola buenas tardes, quería solicitar la prórroga de residencia.
Yanelis Ferrer Céspedes / sexo femenino / cubana / pasaporte K705512 / nacida el 22 de enero de 1985 / teléfono 9 5521 0884
saludos
""",
    procedure="prorroga_residencia", outcome="subsanar", refugee=True,
    fields={"nombres": "Yanelis Ferrer Céspedes", "sexo": "F", "nacionalidad": "CU", "documento_identidad": "K705512",
            "fecha_nacimiento": "1985-01-22", "telefono": "+51955210884", "correo": "yanelisferrer85@gmail.com"})

add("037-prorroga-buzon-solicitantes-hija-peruana", mailbox=SOL, recv="2026-12-01 08:20:03",
    frm="Yelitza Suarez <yelitzasuarezb@gmail.com>", subject="Prorroga de Residencia - Yelitza Suárez",
    body="""Buenos días.

Solicito la prórroga de residencia anual. Mis datos:
Nombres y apellidos: Yelitza Margarita Suárez Bello
Sexo: Femenino
Nacionalidad: venezolana
Cédula: V-17.334.890
Carné de extranjería: 000602118
Fecha de nacimiento: 30 de noviembre de 1985
Teléfono: 9 4455 1209

Mi hija Valentina nació aquí en Lima (DNI 78452311), entiendo que ella no necesita hacer este trámite, ¿es correcto?

Gracias, bendiciones.
""",
    procedure="prorroga_residencia", outcome="acuse", refugee=True,
    fields={"nombres": "Yelitza Margarita Suárez Bello", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "V17334890", "carne_extranjeria": "000602118", "fecha_nacimiento": "1985-11-30",
            "telefono": "+51944551209", "correo": "yelitzasuarezb@gmail.com"})

# ============================================================ DUPLICADO CARNE DE EXTRANJERIA
add("038-duplicado-ce-con-denuncia", mailbox=REF, recv="2026-12-01 12:00:40",
    frm="Jose Luis Arismendi <jlarismendi@gmail.com>", subject="Duplicado de carné de extranjería",
    body="""Buenas tardes,
Solicito el duplicado de mi carné de extranjería. Adjunto la denuncia policial.

Nombres completos: José Luis Arismendi Pérez
Sexo: M
Nacionalidad: VEN
Pasaporte: 112544387
Carné de extranjería: 000428816
F. nacimiento: 1982-04-17
Teléfono: 987 003 552

Saludos
""",
    atts=[A("pdf_text", "denuncia_comisaria_san_martin.pdf", lines=[
        "# POLICIA NACIONAL DEL PERU",
        "Comisaría PNP San Martín de Porres",
        "COPIA CERTIFICADA DE DENUNCIA POLICIAL",
        "Denunciante: José Luis Arismendi Pérez",
        "Hecho denunciado: pérdida de carné de extranjería, ocurrida el 27/11/2026.",
        "Lima, 28 de noviembre de 2026"])],
    procedure="duplicado_carne_extranjeria", outcome="acuse", refugee=True,
    fields={"nombres": "José Luis Arismendi Pérez", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "112544387", "carne_extranjeria": "000428816", "fecha_nacimiento": "1982-04-17",
            "telefono": "+51987003552", "correo": "jlarismendi@gmail.com"})

add("039-duplicado-ce-sin-denuncia", mailbox=REF, recv="2026-12-02 15:30:17",
    frm="Yeimy Castaño <yeimypcastano@gmail.com>", subject="duplicado de carne de extranjeria",
    body="""Buenas tardes. Solicito duplicado de mi carné de extranjería; la denuncia policial la enviaré apenas me la entreguen en la comisaría.

Yeimy Paola Castaño Rojas
sexo femenino
colombiana
C.C. 1.017.223.664
carné de extranjería 000690541
fecha de nacimiento 05/06/1994
celular 964 227 180
""",
    procedure="duplicado_carne_extranjeria", outcome="subsanar", refugee=True,
    fields={"nombres": "Yeimy Paola Castaño Rojas", "sexo": "F", "nacionalidad": "CO",
            "documento_identidad": "1017223664", "carne_extranjeria": "000690541", "fecha_nacimiento": "1994-06-05",
            "telefono": "+51964227180", "correo": "yeimypcastano@gmail.com"})

add("040-duplicado-ce-foto-denuncia-sin-nacimiento", mailbox=REF, recv="2026-12-10 17:05:11",
    frm="Jean Robert Desir <jeanrobertdesir@gmail.com>", subject="duplicado de carnet de extranjeria",
    body="""Bonsoir, buenas noches.
Necesito duplicado del carné de extranjería.
Motivo: robo de mi billetera en el mercado
Nombre: Jean Robert Désir
Sexo: masculino
Nacionalidad: haitiano
Pasaporte: RD2018846
Carné de extranjería: 000733019
Teléfono: 958 114 706
Mando foto de la denuncia.
""",
    atts=[A("jpg", "constancia_denuncia_PNP.jpg", lines=[
        "POLICIA NACIONAL DEL PERU", "CONSTANCIA DE DENUNCIA", "Jean Robert Desir", "robo de billetera"])],
    procedure="duplicado_carne_extranjeria", outcome="subsanar", refugee=True,
    fields={"nombres": "Jean Robert Désir", "sexo": "M", "nacionalidad": "HT", "documento_identidad": "RD2018846",
            "carne_extranjeria": "000733019", "telefono": "+51958114706", "correo": "jeanrobertdesir@gmail.com",
            "motivo": "robo de mi billetera en el mercado"})

add("041-duplicado-ce-madre-escribe-mesa-partes", mailbox=MDP, recv="2026-12-11 10:30:45",
    frm="Carmen Elena Lugo <carmenlugo.t@gmail.com>", subject="Duplicado de carné de extranjería de mi hijo",
    body="""Buenos días, señores.

Soy Carmen Elena Lugo de Tovar, cédula V-6.455.210, madre de Anyelo Rafael Tovar Lugo, que es refugiado reconocido. Él está trabajando en una obra en Arequipa y me pidió que escribiera yo para solicitar el duplicado de su carné de extranjería. Adjunto la denuncia policial.

Los datos de mi hijo:
Anyelo Rafael Tovar Lugo, sexo masculino, venezolano
Cédula V-27.118.540
Carné de extranjería 000918334
Fecha de nacimiento: 08/02/99
Su celular: 917 552 604

Pueden responder a este correo, yo le aviso.

Carmen Lugo
""",
    atts=[A("pdf_text", "Denuncia Anyelo Tovar.pdf", lines=[
        "# POLICIA NACIONAL DEL PERU",
        "Comisaría PNP Cerro Colorado - Arequipa",
        "DENUNCIA POR PERDIDA DE DOCUMENTOS N° 11902",
        "Denunciante: Anyelo Rafael Tovar Lugo",
        "Documento perdido: carné de extranjería.",
        "Arequipa, 07 de diciembre de 2026"])],
    procedure="duplicado_carne_extranjeria", outcome="acuse", refugee=True,
    fields={"nombres": "Anyelo Rafael Tovar Lugo", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V27118540", "carne_extranjeria": "000918334", "fecha_nacimiento": "1999-02-08",
            "telefono": "+51917552604", "correo": "carmenlugo.t@gmail.com"})

# ============================================================ AUTORIZACION DE VIAJE
V042 = [
    "# SOLICITUD DE AUTORIZACIÓN DE VIAJE",
    "",
    "Nombres y apellidos: Héctor Luis Carrasquero Nava",
    "Carné de extranjería N° 000511260",
    "Teléfono: 921 335 780",
    "",
    "Motivo del viaje: mi madre, que vive en Cúcuta, fue operada de emergencia del corazón y debo "
    "acompañarla durante su recuperación.",
    "Lugar de destino: Cúcuta, Colombia",
    "Viajaré del 18 al 30 de diciembre de 2026 (salida 18/12/2026, retorno 30/12/2026).",
    "",
    "Lima, 1 de diciembre de 2026",
]
add("042-autorizacion-viaje-pdf-firmado", mailbox=REF, recv="2026-12-01 16:20:57",
    frm="Hector Carrasquero <hcarrasquero@gmail.com>", subject="Autorización de Viaje",
    body="Buenas tardes, adjunto solicitud de autorización de viaje firmada digitalmente. Es urgente.\n\nHéctor\n",
    atts=[A("pdf_signed", "autorizacion_viaje_carrasquero.pdf", lines=V042, cn="Hector Luis Carrasquero Nava")],
    procedure="autorizacion_viaje", outcome="acuse", refugee=True,
    fields={"nombres": "Héctor Luis Carrasquero Nava", "carne_extranjeria": "000511260", "telefono": "+51921335780",
            "motivo": "mi madre, que vive en Cúcuta, fue operada de emergencia del corazón",
            "destino": "Cúcuta, Colombia", "fecha_salida": "2026-12-18", "fecha_retorno": "2026-12-30",
            "correo": "hcarrasquero@gmail.com"})

add("043-permiso-viaje-foto-anios-cortos", mailbox=REF, recv="2026-12-04 20:30:26",
    frm="Martha Lucia Ocampo <marthalucia.ocampo@gmail.com>", subject="permiso de viaje urgente",
    body="""Buenas noches. Soy refugiada reconocida, colombiana, y necesito autorización de viaje urgente.

Nombre: Martha Lucía Ocampo Zuluaga
CE 000644093
Tel: 993 870 215
Destino: Quito, Ecuador
Motivo: fallecimiento de mi hermano, debo hacerme cargo de los trámites del sepelio y de mis sobrinos
Salgo el 20/12/26 y regreso el 05/01/27

Adjunto foto de la solicitud firmada a mano.
""",
    atts=[A("jpg", "solicitud viaje firmada.jpg", lines=[
        "Lima 4-12-2026", "Solicito autorizacion de viaje a Quito", "del 20/12/26 al 05/01/27",
        "Martha Lucia Ocampo Zuluaga", "CE 000644093"])],
    procedure="autorizacion_viaje", outcome="acuse", refugee=True,
    fields={"nombres": "Martha Lucía Ocampo Zuluaga", "nacionalidad": "CO", "carne_extranjeria": "000644093",
            "telefono": "+51993870215", "destino": "Quito, Ecuador",
            "motivo": "fallecimiento de mi hermano, debo hacerme cargo de los trámites del sepelio y de mis sobrinos",
            "fecha_salida": "2026-12-20", "fecha_retorno": "2027-01-05", "correo": "marthalucia.ocampo@gmail.com"})

add("044-viaje-sin-firma-sin-retorno", mailbox=REF, recv="2026-11-30 18:50:39",
    frm="osvaldo mena <osvaldomenag@gmail.com>", subject="autorizacion de viaje",
    body="buenas necesito autorizacion de viaje a buenos aires argentina mi mama esta grave en el hospital "
         "salgo el 10 de diciembre de 2026 y regreso cuando ella salga del hospital. osvaldo mena garcia "
         "carne de extranjeria 000822145 cel 951 660 478",
    procedure="autorizacion_viaje", outcome="subsanar", refugee=True,
    fields={"nombres": "osvaldo mena garcia", "carne_extranjeria": "000822145", "telefono": "+51951660478",
            "destino": "buenos aires argentina", "motivo": "mi mama esta grave en el hospital",
            "fecha_salida": "2026-12-10", "correo": "osvaldomenag@gmail.com"})

V045 = [
    "# DEMANDE D'AUTORISATION DE VOYAGE / SOLICITUD DE AUTORIZACION DE VIAJE",
    "",
    "Nombre: Frantz Augustin Pierre",
    "Carné de extranjería: 000479553",
    "Teléfono: 986 225 041",
    "Destino: Santo Domingo, República Dominicana",
    "Fecha de salida: 14 de enero de 2027",
    "Fecha de retorno: 21 de enero de 2027",
    "Motivo: sepelio de mi hermano mayor, fallecido el 8 de diciembre de 2026.",
]
add("045-viaje-haitiano-mesa-partes", mailbox=MDP, recv="2026-12-10 11:00:03",
    frm="Frantz Pierre <frantzapierre@gmail.com>", subject="Autorizacion de viaje - Frantz Pierre",
    body="Buenos días, adjunto mi solicitud de autorización de viaje, firmada digitalmente.\nGracias\n",
    atts=[A("pdf_signed", "viaje_frantz.pdf", lines=V045, cn="Frantz Augustin Pierre")],
    procedure="autorizacion_viaje", outcome="acuse", refugee=True,
    fields={"nombres": "Frantz Augustin Pierre", "carne_extranjeria": "000479553", "telefono": "+51986225041",
            "destino": "Santo Domingo, República Dominicana",
            "motivo": "sepelio de mi hermano mayor", "fecha_salida": "2027-01-14", "fecha_retorno": "2027-01-21",
            "correo": "frantzapierre@gmail.com"})

V046 = [
    "# SOLICITUD DE AUTORIZACIÓN DE VIAJE",
    "",
    "Yo, Andreína del Carmen Guédez Lozada, refugiada reconocida, carné de extranjería N° 000866271, "
    "solicito autorización para viajar a Bogotá, Colombia, con mis hijos Samuel y Victoria, ambos "
    "nacidos en Lima.",
    "Motivo: acompañar a mi padre en una cirugía de alto riesgo programada para el 23 de diciembre.",
    "Salida: 22-12-2026 / Retorno: 10-01-2027",
    "Teléfono de contacto: +51 907 413 552",
    "",
    "Firma:",
]
add("046-viaje-madre-hijos-peruanos", mailbox=REF, recv="2026-12-11 09:50:12",
    frm="Andreina Guedez <andreinaguedez.l@gmail.com>", subject="Autorización de viaje (urgente)",
    body="""Buenos días.

Les escribo para solicitar la autorización de viaje. Viajo con mis dos hijos, que son peruanos: Samuel Guédez (DNI 91245078) y Victoria Guédez (DNI 92310446); ellos viajan con su DNI.

Mi solicitud firmada va adjunta: viajo a Bogotá del 22 de diciembre al 10 de enero por la cirugía de mi papá. Mi carné de extranjería es 000866271 y mi número es +51 907 413 552.

Andreína del Carmen Guédez Lozada
""",
    atts=[A("pdf_sigimg", "solicitud_viaje_guedez.pdf", lines=V046)],
    procedure="autorizacion_viaje", outcome="acuse", refugee=True,
    fields={"nombres": "Andreína del Carmen Guédez Lozada", "carne_extranjeria": "000866271",
            "telefono": "+51907413552", "destino": "Bogotá", "motivo": "la cirugía de mi papá",
            "fecha_salida": "2026-12-22", "fecha_retorno": "2027-01-10", "correo": "andreinaguedez.l@gmail.com"})

R055 = [
    "# RECURSO DE RECONSIDERACION",
    "",
    "Señores de la Comisión Especial para los Refugiados:",
    "",
    "Brayan Stiven Moreno Quintero, colombiano, pasaporte AV330915, celular 934 602 871, correo "
    "brayanmoreno.q@gmail.com, interpongo recurso de reconsideración contra la resolución que "
    "deniega mi solicitud de refugio, notificada el 18 de noviembre de 2026.",
    "",
    "Motivo: presento como prueba nueva la constancia de la Defensoría del Pueblo de Colombia sobre "
    "el desplazamiento forzado de mi familia desde el Catatumbo.",
    "",
    "Lima, 11 de diciembre de 2026",
    "",
    "Firma:",
]
add("055-reconsideracion-ultimo-dia-tras-feriados", mailbox=MDP, recv="2026-12-11 17:10:36",
    frm="Brayan Moreno <brayanmoreno.q@gmail.com>", subject="Recurso de Reconsideracion (Moreno Quintero)",
    body="""Señores, buenas tardes.

Adjunto el recurso de reconsideración con mi firma. Me notificaron la resolución el 18 de noviembre de 2026 y entiendo que todavía estoy dentro de los 15 días hábiles porque hubo feriados.

Brayan Stiven Moreno Quintero
Pasaporte AV330915
Cel. 934 602 871
""",
    atts=[A("pdf_sigimg", "reconsideracion_brayan_moreno.pdf", lines=R055)],
    procedure="reconsideracion", outcome="cargo", notif="2026-11-18",
    fields={"nombres": "Brayan Stiven Moreno Quintero", "nacionalidad": "CO", "documento_identidad": "AV330915",
            "telefono": "+51934602871", "correo": "brayanmoreno.q@gmail.com",
            "motivo": "presento como prueba nueva la constancia de la Defensoría del Pueblo de Colombia"})

# ============================================================ TRIAGE
add("047-ayuda-como-va-mi-caso", mailbox=SOL, recv="2026-11-28 10:00:29",
    frm="Ana Karina Briceño <anakbriceno@gmail.com>", subject="Ayuda",
    body="""Buenos días, disculpen la molestia. Soy Ana Karina Briceño Mendoza y quisiera saber cómo va mi caso, expediente 2025-0012345. Ya tengo más de un año esperando respuesta y no sé a quién preguntar.

Mi número es 978 551 203.

Gracias por su ayuda
""",
    procedure=None, outcome="triage",
    fields={"nombres": "Ana Karina Briceño Mendoza", "telefono": "+51978551203", "correo": "anakbriceno@gmail.com"})

add("048-consulta-dos-tramites", mailbox=REF, recv="2026-12-03 11:20:40",
    frm="Wendy Carolina Mejía <wendycmejia@outlook.com>", subject="Consulta",
    body="""Hola, buenos días. Tengo dos dudas: mi carné de extranjería vence en enero y no sé si primero debo pedir la prórroga de residencia o el duplicado de carné de extranjería. El carné además está algo deteriorado.

Mi CE es 000705286, celular 944 019 337.

Saludos
""",
    procedure=None, outcome="triage", refugee=True,
    fields={"carne_extranjeria": "000705286", "telefono": "+51944019337", "correo": "wendycmejia@outlook.com"})

add("049-informacion-visa-turismo", mailbox=MDP, recv="2026-12-02 10:10:10",
    frm="Rubén Salazar <rubensalazar.pe@gmail.com>", subject="Información",
    body="""Buenos días, quisiera saber qué requisitos pide el Perú para que mi prima que vive en Medellín pueda venir de turista para Navidad, y si necesita visa.

Muchas gracias.
""",
    procedure=None, outcome="triage",
    fields={"correo": "rubensalazar.pe@gmail.com"})

add("050-solicitud-constancia-banco", mailbox=REF, recv="2026-12-01 13:35:52",
    frm="Yorbelis Bracho <yorbelisbracho@gmail.com>", subject="Solicitud",
    body="""Buenas tardes, el banco me pide una constancia de que soy refugiada para abrirme una cuenta de ahorros. ¿Ustedes la emiten? ¿Qué tengo que enviar?

Yorbelis del Valle Bracho Leal
carné de extranjería 000497731
cel. 912 778 034
""",
    procedure=None, outcome="triage", refugee=True,
    fields={"nombres": "Yorbelis del Valle Bracho Leal", "carne_extranjeria": "000497731",
            "telefono": "+51912778034", "correo": "yorbelisbracho@gmail.com"})

# ============================================================ IGNORADO (machine mail)
add("051-respuesta-automatica", mailbox=SOL, recv="2026-12-02 10:45:03",
    frm="Byron Chalen <byronchalen@yahoo.com>",
    subject="Respuesta automática: Cambio de clave y contraseña",
    body="Gracias por su mensaje. Estaré fuera de la ciudad hasta el 9 de diciembre con acceso limitado al "
         "correo. Responderé a mi regreso.\n",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    procedure="cambio_clave", outcome="ignorado", ignorado=True, fields={})

add("052-rebote-mailer-daemon", mailbox=MDP, recv="2026-12-01 10:03:41", kind="bounce",
    frm="Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>", subject="Undelivered Mail Returned to Sender",
    body="""This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<deibyrenteri@gmail.com>: host gmail-smtp-in.l.google.com[142.250.0.27] said:
    550-5.1.1 The email account that you tried to reach does not exist.
""",
    procedure=None, outcome="ignorado", ignorado=True, fields={})

add("053-boletin-lista-correo", mailbox=REF, recv="2026-12-04 07:00:00",
    frm="Boletín Red de Protección <boletin@redproteccion-lima.org>",
    subject="Boletín semanal - diciembre 2026: ferias de empleo y talleres",
    html="""<html><body><h2>Boletín semanal de la Red de Protección</h2>
<ul><li>Feria de empleo para personas refugiadas y migrantes - 9 de diciembre, Parque de la Exposición</li>
<li>Taller gratuito de emprendimiento - inscripciones abiertas</li></ul>
<p>Para dejar de recibir este boletín haga clic <a href="https://redproteccion-lima.org/baja">aquí</a>.</p>
</body></html>""",
    hdrs=[("List-Id", "Boletin Red de Proteccion <boletin.redproteccion-lima.org>"), ("Precedence", "list"),
          ("List-Unsubscribe", "<https://redproteccion-lima.org/baja>")],
    procedure=None, outcome="ignorado", ignorado=True, fields={})

add("054-aviso-interno-institucional", mailbox=MDP, recv="2026-12-04 17:40:00",
    frm="Refugiados - Secretaría Ejecutiva <refugiados@rree.gob.pe>",
    subject="Turnos de atención del 7 al 9 de diciembre",
    body="""Colegas de Mesa de Partes:

Les recordamos que el lunes 7 ha sido declarado día no laborable y que el 8 y 9 son feriados. Los correos que lleguen esos días se registran con fecha del jueves 10.

Saludos,
Secretaría Ejecutiva
""",
    procedure=None, outcome="ignorado", ignorado=True, fields={})


# --------------------------------------------------------------------------
def build_attachment(a):
    k = a["kind"]
    if k == "pdf_signed":
        return "application", "pdf", signed_pdf(a["lines"], a["cn"]), "valid"
    if k == "pdf_altered":
        return "application", "pdf", altered_pdf(a["lines"], a["cn"], *a["alter"]), "invalid"
    if k == "pdf_text":
        return "application", "pdf", text_pdf(a["lines"]), "absent"
    if k == "pdf_sigimg":
        return "application", "pdf", text_pdf(a["lines"], sig_image=True), "manuscrita"
    if k == "pdf_scan":
        return "application", "pdf", scan_pdf(a["lines"]), "manuscrita"
    if k == "jpg":
        return "image", "jpeg", scan_jpg(a["lines"]), "manuscrita"
    if k == "png":
        return "image", "png", scan_png(a["lines"]), "manuscrita"
    raise ValueError(k)


def firma_status(statuses):
    for s in ("valid", "invalid", "manuscrita"):
        if s in statuses:
            return s
    return "absent"


def decide(m, firma, has_denuncia):
    proc = m["procedure"]
    f = m["fields"]
    signature = "not_required"
    if proc in REQ and "firma" in REQ[proc]:
        signature = firma
    if m["ignorado"]:
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        outcome = None
    missing = []
    if outcome is None:
        refugee = m["refugee"] or "carne_extranjeria" in f
        for r in REQ[proc]:
            if r == "firma":
                if signature in ("invalid", "absent"):
                    missing.append(r)
            elif r == "denuncia_policial":
                if not has_denuncia:
                    missing.append(r)
            elif r.endswith("*"):
                if refugee and r[:-1] not in f:
                    missing.append(r[:-1])
            elif r not in f:
                missing.append(r)
        if missing:
            outcome = "subsanar"
        elif proc in RECURSOS:
            outcome = "cargo"
        else:
            outcome = "acuse"
    recv = dt.datetime.fromisoformat(m["recv"]).replace(tzinfo=LIMA)
    filing = filing_day(recv)
    flags = []
    if outcome in ("suspendido", "subsanar", "cargo", "acuse"):
        if HOME[proc] != m["mailbox"]:
            flags.append("derivado")
        if signature == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and m["notif"]:
            limit = add_bd(dt.date.fromisoformat(m["notif"]), 15)
            if filing > limit:
                flags.append("extemporaneo")
    if outcome == "subsanar":
        due = add_bd(filing, 2)
    elif outcome in ("cargo", "acuse"):
        due = add_bd(filing, PLAZO[proc])
    else:
        due = None
    return dict(missing=missing, signature=signature, outcome=outcome, flags=flags,
                filing_date=filing.isoformat(), due_date=due.isoformat() if due else None,
                received=recv.isoformat())


def fmt_recv(recv, tz):
    if tz == "+0000":
        return format_datetime(recv.astimezone(UTC)).replace("-0000", "+0000")
    return format_datetime(recv)


def msgid(slug, domain):
    h = hashlib.sha1(slug.encode()).hexdigest()
    return f"<{h[:16]}.{h[16:26]}@{domain}>"


def make_email(m):
    recv = dt.datetime.fromisoformat(m["recv"]).replace(tzinfo=LIMA)
    sent = recv - dt.timedelta(seconds=m["delay"])
    frm_addr = m["frm"].split("<")[-1].rstrip(">").strip()
    domain = frm_addr.split("@")[1].lower()
    hop_host = {"gmail.com": "mail-sor-f41.google.com", "hotmail.com": "EUR05-AM6-obe.outbound.protection.outlook.com",
                "outlook.com": "EUR05-DB8-obe.outbound.protection.outlook.com",
                "yahoo.com": "sonic307-22.consmr.mail.ne1.yahoo.com"}.get(domain, "mail." + domain)

    if m["kind"] == "bounce":
        msg = MIMEMultipart("report", report_type="delivery-status")
        msg.attach(MIMEText(m["body"], "plain", "utf-8"))
        ds = Message()
        ds["Content-Type"] = "message/delivery-status"
        b1 = Message()
        b1["Reporting-MTA"] = "dns; mx1.rree.gob.pe"
        b1["Arrival-Date"] = format_datetime(recv - dt.timedelta(seconds=6))
        b2 = Message()
        b2["Final-Recipient"] = "rfc822; deibyrenteri@gmail.com"
        b2["Action"] = "failed"
        b2["Status"] = "5.1.1"
        b2["Diagnostic-Code"] = "smtp; 550-5.1.1 The email account that you tried to reach does not exist."
        ds.set_payload([b1, b2])
        msg.attach(ds)
        hdr = MIMEText("From: Mesa de Partes <mesadepartes@rree.gob.pe>\nTo: deibyrenteri@gmail.com\n"
                       "Subject: Cargo de recepcion N. 2026-MP-008731\n"
                       f"Date: {format_datetime(recv - dt.timedelta(seconds=8))}\n", "rfc822-headers", "utf-8")
        msg.attach(hdr)
        pre = [("Delivered-To", m["mailbox"]),
               ("Received", f"by mx1.rree.gob.pe (Postfix) id 4QbX2k1Zz9z; {fmt_recv(recv, m['tz'])}"),
               ("Date", format_datetime(recv)), ("From", m["frm"]), ("To", m["mailbox"]),
               ("Subject", m["subject"]), ("Message-ID", msgid(m["slug"], "mx1.rree.gob.pe")),
               ("Auto-Submitted", "auto-replied")]
        for k, v in reversed(pre):
            msg._headers.insert(0, (k, v))
        return msg, []

    msg = EmailMessage()
    msg["Delivered-To"] = m["mailbox"]
    msg["Received"] = (f"from {hop_host} ({hop_host} [{_ip(m['slug'])}]) by mx1.rree.gob.pe (Postfix) "
                       f"with ESMTPS id {hashlib.md5(m['slug'].encode()).hexdigest()[:11].upper()} "
                       f"for <{m['mailbox']}>; {fmt_recv(recv, m['tz'])}")
    if m["hop2"] and domain not in ("rree.gob.pe",):
        msg["Received"] = (f"by 2002:a05:6a10:{int(hashlib.md5(m['slug'].encode()).hexdigest()[:4], 16):x} with SMTP id x{len(m['slug'])}csp; "
                           f"{format_datetime(sent + dt.timedelta(seconds=2))}")
    msg["Date"] = format_datetime(sent)
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or m["mailbox"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = msgid(m["slug"], "mail." + domain if domain != "gmail.com" else "mail.gmail.com")
    msg["MIME-Version"] = "1.0"
    for k, v in m["hdrs"]:
        msg[k] = v
    if m["html"] and m["body"]:
        msg.set_content(m["body"])
        msg.add_alternative(m["html"], subtype="html")
    elif m["html"]:
        msg.set_content(m["html"], subtype="html")
    else:
        msg.set_content(m["body"])
    statuses = []
    built = []
    for a in m["atts"]:
        maintype, subtype, data, status = build_attachment(a)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=a["filename"])
        statuses.append(status)
        built.append((a, data, status))
    return msg, built


def _ip(slug):
    h = hashlib.md5(slug.encode()).digest()
    return f"209.85.{h[0]}.{h[1]}"


def sanity(m, built, labels):
    """Cross-checks between text and labels."""
    text = (m["body"] or "") + (m["html"] or "") + m["subject"]
    for a, data, status in built:
        if a["kind"].startswith("pdf"):
            t = pdf_text(data)
            if a["kind"] == "pdf_scan":
                assert t.strip() == "", m["slug"]
                assert pdf_has_image(data)
            else:
                text += "\n" + t
            if a["kind"] == "pdf_text":
                assert not pdf_has_image(data) and sig_intact(data) is None
            if a["kind"] == "pdf_sigimg":
                assert pdf_has_image(data) and sig_intact(data) is None
            if a["kind"] == "pdf_signed":
                assert sig_intact(data) is True
            if a["kind"] == "pdf_altered":
                assert sig_intact(data) is False
    low = text.lower()
    f = labels["fields"]
    import unicodedata

    def fold(s):
        return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")
    if "nombres" in f:
        assert fold(f["nombres"]) in fold(" ".join(text.split())), (m["slug"], f["nombres"])
    if "correo" in f:
        assert f["correo"] in low or f["correo"] in m["frm"].lower(), m["slug"]
    if "carne_extranjeria" in f:
        assert f["carne_extranjeria"] in text, m["slug"]
    if "telefono" in f:
        ok = False
        for cand in _phone_candidates(text):
            if cand == f["telefono"]:
                ok = True
        assert ok, (m["slug"], f["telefono"])
    if "documento_identidad" in f:
        import re
        flat = re.sub(r"[^A-Z0-9]", "", text.upper())
        assert f["documento_identidad"] in flat, (m["slug"], f["documento_identidad"])
        # the raw form must sit on one line of the text
        assert any(f["documento_identidad"] in re.sub(r"[^A-Z0-9]", "", ln.upper()) for ln in text.splitlines()), \
            (m["slug"], "doc split")
    if "destino" in f:
        assert f["destino"].lower() in low, m["slug"]


def _phone_candidates(text):
    out = set()
    for match in phonenumbers.PhoneNumberMatcher(text, "PE", leniency=phonenumbers.Leniency.POSSIBLE):
        out.add(phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))
    return out


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    out = []
    expected = {}
    for m in MSGS:
        msg, built = make_email(m)
        statuses = [s for _, _, s in built]
        has_den = any("denuncia" in a["filename"].lower() or
                      (a["kind"].startswith("pdf") and "denuncia" in pdf_text(d).lower())
                      for a, d, _ in built)
        d = decide(m, firma_status(statuses), has_den)
        assert d["outcome"] == m["outcome"], (m["slug"], d["outcome"], m["outcome"])
        labels = {"file": m["slug"] + ".eml", "mailbox": m["mailbox"], "received": d["received"],
                  "procedure": m["procedure"], "fields": m["fields"], "missing": d["missing"],
                  "signature": d["signature"], "outcome": d["outcome"], "flags": d["flags"],
                  "filing_date": d["filing_date"], "due_date": d["due_date"]}
        if not m["ignorado"]:
            sanity(m, built, labels)
        with open(os.path.join(HERE, labels["file"]), "wb") as fh:
            fh.write(msg.as_bytes())
        out.append(labels)
    assert len({o["file"] for o in out}) == len(out)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for o in sorted(out, key=lambda o: o["file"]):
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "messages")


if __name__ == "__main__":
    main()
