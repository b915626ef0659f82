#!/usr/bin/env python3
"""Build round43: an ordinary fortnight (30 Nov - 13 Dec 2026) of CEPR intake mail.

Run with /work/rounds/.venv-r43/bin/python build.py
Writes NNN-slug.eml files and labels.jsonl into this folder.
"""
import datetime as dt
import io
import json
import os
import random
import tomllib
from email import policy
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.header import Header
from email.utils import format_datetime, formataddr, make_msgid, parseaddr
from zoneinfo import ZoneInfo

import holidays
from fpdf import FPDF
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
UTC = dt.timezone.utc
S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"

with open(os.path.join(HERE, "config.toml"), "rb") as f:
    CAL = tomllib.load(f)["calendar"]
NWD = {dt.date.fromisoformat(d) for d in CAL["non_working_days"]}
CLOSE = dt.time.fromisoformat(CAL["office_close"]) if CAL.get("office_close") else None
PEH = holidays.country_holidays("PE", years=range(2026, 2028))

PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15,
         "apelacion": 30, "renuncia": 15, "prorroga_residencia": 15,
         "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
HOME = {"solicitud_refugio": None, "autorizacion_trabajo": None, "entrevista_registro": None,
        "carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
        "reconsideracion": M, "apelacion": M, "renuncia": M,
        "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R}


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


def filing(recv):
    d, t = recv.date(), recv.timetz().replace(tzinfo=None)
    if is_bd(d) and (CLOSE is None or t < CLOSE):
        return d
    return next_bd(d)


# ---------------------------------------------------------------- documents
KEYDIR = os.path.join(HERE, ".keys")


def _signer():
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    os.makedirs(KEYDIR, exist_ok=True)
    kp, cp = os.path.join(KEYDIR, "key.pem"), os.path.join(KEYDIR, "cert.pem")
    if not os.path.exists(kp):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Firma Ciudadano Prueba R43"),
                          x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
        now = dt.datetime(2026, 1, 1, tzinfo=UTC)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(4343)
                .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
                .sign(key, hashes.SHA256()))
        open(kp, "wb").write(key.private_bytes(serialization.Encoding.PEM,
                                               serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        open(cp, "wb").write(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(kp, cp)


def text_pdf(lines, image=None, compress=True):
    pdf = FPDF()
    pdf.compress = compress
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if image is not None:
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        buf.seek(0)
        pdf.image(buf, x=20, w=60)
    return bytes(pdf.output())


def scribble(w=420, h=140, seed=1, words=None):
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts = [(20 + i * (w - 40) / 30, h / 2 + rnd.randint(-40, 40)) for i in range(31)]
    d.line(pts, fill=(20, 20, 90), width=3)
    d.line([(40, h - 25), (w - 40, h - 25)], fill="black", width=1)
    return im


def scanned_page(seed):
    """A 'scanned' letter: an image with pseudo handwriting, no text layer."""
    rnd = random.Random(seed)
    im = Image.new("L", (850, 1100), 235)
    d = ImageDraw.Draw(im)
    for row in range(12):
        y = 120 + row * 55
        x = 80
        while x < 760:
            ln = rnd.randint(20, 70)
            d.line([(x, y + rnd.randint(-3, 3)), (x + ln, y + rnd.randint(-3, 3))], fill=40, width=3)
            x += ln + rnd.randint(10, 25)
    sig = scribble(seed=seed).convert("L")
    im.paste(sig, (380, 850))
    return im


def image_pdf(seed):
    im = scanned_page(seed)
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=70)
    buf.seek(0)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=210)
    return bytes(pdf.output())


def jpg(seed):
    buf = io.BytesIO()
    scanned_page(seed).convert("RGB").save(buf, format="JPEG", quality=70)
    return buf.getvalue()


def signed_pdf(lines, alter=None):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    raw = text_pdf(lines, compress=alter is None)
    w = IncrementalPdfFileWriter(io.BytesIO(raw))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma"),
                           signer=_signer())
    data = out.getvalue()
    if alter:
        old, new = alter
        assert len(old) == len(new) and data.count(old) == 1, (old, data.count(old))
        data = data.replace(old, new)
    return data


def sig_intact(data):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    r = PdfFileReader(io.BytesIO(data))
    st = validate_pdf_signature(r.embedded_signatures[0])
    return st.intact


# ---------------------------------------------------------------- messages
MSGS = []


def msg(file, mailbox, recv, frm, subject, body=None, *, html=None, to=None, atts=(),
        date_off=3, recv_utc=False, extra=None, label=None, notif=None, raw=None):
    MSGS.append(dict(file=file, mailbox=mailbox, recv=recv, frm=frm, subject=subject,
                     body=body, html=html, to=to, atts=list(atts), date_off=date_off,
                     recv_utc=recv_utc, extra=extra or {}, label=label, notif=notif, raw=raw))


def L(procedure, fields, missing=(), signature="not_required", outcome="acuse", flags=()):
    return dict(procedure=procedure, fields=fields, missing=list(missing),
                signature=signature, outcome=outcome, flags=sorted(flags))


def t(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=LIMA)


# 001 ------------------------------------------------------------------
msg("001-actualizacion-datos-lunes-temprano.eml", S, t("2026-11-30 08:12:40"),
    '"Yorge" <yorgelis.p@gmail.com>', "Actualización de datos",
    """Buenos días, solicito actualizar mis datos de contacto porque cambié de número y de casa.

Nombre y apellidos: Yorgelis Carolina Pérez Zambrano
Nacionalidad: venezolana
Cédula: V-24.561.338
Nuevo celular: 951 447 203
Nueva dirección: Jr. Huáscar 1120, Jesús María

Soy solicitante de refugio, todavía espero mi entrevista.
Gracias de antemano
""",
    label=L("actualizacion_datos", {"nombres": "Yorgelis Carolina Pérez Zambrano", "nacionalidad": "VE",
                                    "documento_identidad": "V24561338", "telefono": "+51951447203",
                                    "correo": "yorgelis.p@gmail.com"}))

# 002 ------------------------------------------------------------------
msg("002-cambio-contrasena-movil-noche.eml", S, t("2026-11-30 19:45:10"),
    '"Jhon F" <jhonfredy.r88@hotmail.com>', "cambio de contraseña",
    """buenas noches no puedo entrar al sistema de refugiados se me olvido la clave y no me llega el correo de recuperar. soy Jhon Fredy Rincón Osorio cc 1.093.775.412 cel 932 118 540 gracias

Enviado desde mi iPhone""",
    label=L("cambio_clave", {"nombres": "Jhon Fredy Rincón Osorio", "documento_identidad": "1093775412",
                             "telefono": "+51932118540", "correo": "jhonfredy.r88@hotmail.com"}))

# 003 ------------------------------------------------------------------
P003 = ["Señores de la Comisión Especial para los Refugiados",
        "RECURSO DE RECONSIDERACIÓN",
        "Yo, Luis Alberto Carrasquel Mendoza, de nacionalidad venezolana, con pasaporte N° 138842207, "
        "teléfono +51 987 220 145 y correo luis.carrasquel@gmail.com, interpongo recurso de reconsideración "
        "contra la resolución que deniega mi solicitud de refugio, notificada el 20 de noviembre de 2026.",
        "Motivo: presento como nueva prueba la constancia de la Fiscalía de Maracaibo sobre las amenazas "
        "recibidas por mi trabajo como periodista, que no pude obtener antes de la entrevista.",
        "Lima, 1 de diciembre de 2026", "Firmado digitalmente"]
msg("003-reconsideracion-pdf-firmado-a-tiempo.eml", M, t("2026-12-01 10:05:33"),
    "Luis Carrasquel <luis.carrasquel@gmail.com>", "Recurso de Reconsideración",
    """Estimados señores:

Adjunto mi recurso de reconsideración firmado digitalmente. La resolución denegatoria me fue notificada el 20 de noviembre de 2026 a este mismo correo.

Nombres: Luis Alberto Carrasquel Mendoza
Pasaporte: 138842207
Teléfono: +51 987 220 145
Correo: luis.carrasquel@gmail.com

Atentamente,
Luis A. Carrasquel
""",
    atts=[("recurso_reconsideracion_Carrasquel.pdf", "signed", P003)], notif="2026-11-20",
    label=L("reconsideracion", {"nombres": "Luis Alberto Carrasquel Mendoza", "nacionalidad": "VE",
                                "documento_identidad": "138842207", "telefono": "+51987220145",
                                "correo": "luis.carrasquel@gmail.com", "motivo": "nueva prueba"},
            signature="valid", outcome="cargo"))

# 004 ------------------------------------------------------------------
P004 = ["Lima, 1 de diciembre de 2026",
        "Señora Presidenta de la Comisión Especial para los Refugiados",
        "RECURSO DE APELACIÓN",
        "Sandra Milena Ortiz Cardona, de nacionalidad colombiana, identificada con C.C. N° 52.884.106, "
        "con teléfono 944 318 207 y correo sandramortiz@gmail.com, debidamente representada por su abogada "
        "Patricia Villanueva Quispe (CAL 45821), interpone recurso de apelación contra la resolución que "
        "confirma la denegatoria de su solicitud, notificada el 28/10/2026.",
        "FUNDAMENTO: la resolución no valoró el informe psicológico ni la situación de violencia de género "
        "que sufrió en Tuluá; se vulneró el principio de no devolución.",
        "Firma digital de la recurrente"]
msg("004-apelacion-abogada-extemporanea.eml", M, t("2026-12-01 16:52:04"),
    "Dra. Patricia Villanueva <pvillanueva@estudiovq.pe>", "RECURSO DE APELACION - Sandra Milena Ortiz Cardona",
    """Señores Mesa de Partes:

En representación de mi patrocinada, la Sra. Sandra Milena Ortiz Cardona, remito el recurso de apelación adjunto, firmado digitalmente por ella.

La resolución que confirma la denegatoria le fue notificada el 28 de octubre de 2026; por razones de salud de la recurrente no fue posible presentar antes este recurso.

Datos de contacto de la recurrente: celular 944 318 207, correo sandramortiz@gmail.com.
Para notificaciones al estudio puede usarse también esta dirección.

Cordialmente,
Patricia Villanueva Quispe
Abogada - CAL 45821
Estudio Villanueva & Quispe
Av. Arequipa 2450 of. 301, Lince - Telf. (01) 422 7788
""",
    atts=[("apelacion_Ortiz_Cardona.pdf", "signed", P004)], notif="2026-10-28",
    label=L("apelacion", {"nombres": "Sandra Milena Ortiz Cardona", "nacionalidad": "CO",
                          "documento_identidad": "52884106", "telefono": "+51944318207",
                          "correo": "sandramortiz@gmail.com", "motivo": "no valoró el informe"},
            signature="valid", outcome="cargo", flags=["extemporaneo"]))

# 005 ------------------------------------------------------------------
msg("005-prorroga-residencia-tabulada.eml", R, t("2026-12-01 11:30:00"),
    "Ramon Guzman <ramonguzman79@gmail.com>", "Prorroga de residencia",
    "Buen dia, solicito la prorroga anual de mi residencia como refugiado.\n\n"
    "Nombres y apellidos:\tRamón Eduardo Guzmán Pacheco\n"
    "Sexo:\tMasculino\n"
    "Nacionalidad:\tVenezolano\n"
    "Cedula:\tV-15.332.871\n"
    "Carne de extranjeria:\t000842315\n"
    "Fecha de nacimiento:\t02/04/1979\n"
    "Telefono:\t965 332 100\n\n"
    "Quedo atento.\nRamón\n",
    label=L("prorroga_residencia", {"nombres": "Ramón Eduardo Guzmán Pacheco", "sexo": "M", "nacionalidad": "VE",
                                    "documento_identidad": "V15332871", "carne_extranjeria": "000842315",
                                    "fecha_nacimiento": "1979-04-02", "telefono": "+51965332100",
                                    "correo": "ramonguzman79@gmail.com"}))

# 006 ------------------------------------------------------------------
P006 = ["SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "Yo, Marisela Josefina Aponte Rivas, de nacionalidad venezolana, refugiada reconocida, "
        "carné de extranjería N° 001127459, teléfono 920 554 781, solicito autorización de viaje "
        "por urgencia.",
        "Motivo del viaje: mi madre fue hospitalizada por un derrame cerebral y debo acompañarla.",
        "Destino: Valencia, Venezuela",
        "Viajaré del 14 al 28 de diciembre de 2026.",
        "Lima, 2 de diciembre de 2026"]
msg("006-autorizacion-viaje-madre-hospitalizada.eml", R, t("2026-12-02 09:20:15"),
    "Marisela Aponte <marisela.aponte.r@gmail.com>", "Autorización de Viaje",
    """Buenos días, envío mi solicitud firmada de autorización de viaje. Es urgente porque mi mamá está en terapia intensiva.
Muchas gracias,
Marisela Aponte
""",
    atts=[("solicitud_viaje_firmada.pdf", "signed", P006)],
    label=L("autorizacion_viaje", {"nombres": "Marisela Josefina Aponte Rivas", "nacionalidad": "VE",
                                   "carne_extranjeria": "001127459", "telefono": "+51920554781",
                                   "motivo": "madre hospitalizada", "destino": "Valencia, Venezuela",
                                   "fecha_salida": "2026-12-14", "fecha_retorno": "2026-12-28",
                                   "correo": "marisela.aponte.r@gmail.com"},
            signature="valid"))

# 007 ------------------------------------------------------------------
msg("007-solicitud-refugio-haitiano.eml", S, t("2026-12-02 13:10:48"),
    "Wilner JB <wilnerjb509@gmail.com>", "Solicitud de refugio",
    """Bonjour / Buenos dias

Mi nombre es Wilner Jean-Baptiste, soy haitiano, llegue a Lima hace dos semanas por Tumbes. Quiero pedir refugio porque en mi barrio de Port-au-Prince las bandas mataron a mi hermano.
Pasaporte: RD4417820
WhatsApp +509 3412 7788

Como hago la solicitud? Merci beaucoup.
""",
    label=L("solicitud_refugio", {"nombres": "Wilner Jean-Baptiste", "nacionalidad": "HT",
                                  "documento_identidad": "RD4417820", "telefono": "+50934127788",
                                  "correo": "wilnerjb509@gmail.com"}, outcome="portal"))

# 008 ------------------------------------------------------------------
H008 = """<html><body style="font-family:Arial">
<p>Estimados se&ntilde;ores,</p>
<p>Soy ecuatoriana, solicitante de refugio, y necesito el <b>cambio de clave</b> del Sistema de Refugiados porque la contrase&ntilde;a que me enviaron ya no funciona.</p>
<table border="1" cellpadding="4">
<tr><td>Nombres completos</td><td>Diana Estefan&iacute;a Cevallos Mora</td></tr>
<tr><td>C&eacute;dula</td><td>171845209-6</td></tr>
<tr><td>Tel&eacute;fono fijo</td><td>(01) 715 4420</td></tr>
<tr><td>Correo registrado</td><td>dianacevallos.m@outlook.com</td></tr>
</table>
<p>Gracias,<br>Diana C.</p>
</body></html>"""
msg("008-cambio-clave-html-buzon-equivocado.eml", R, t("2026-12-02 15:40:02"),
    "Diana Cevallos <diana.cevallos.mora@gmail.com>", "Cambio de clave y contraseña",
    "Estimados señores,\n\nSoy ecuatoriana, solicitante de refugio, y necesito el cambio de clave del "
    "Sistema de Refugiados porque la contraseña que me enviaron ya no funciona.\n\n"
    "Nombres completos | Diana Estefanía Cevallos Mora\nCédula | 171845209-6\n"
    "Teléfono fijo | (01) 715 4420\nCorreo registrado | dianacevallos.m@outlook.com\n\nGracias,\nDiana C.\n",
    html=H008,
    label=L("cambio_clave", {"nombres": "Diana Estefanía Cevallos Mora", "nacionalidad": "EC",
                             "documento_identidad": "1718452096", "telefono": "+5117154420",
                             "correo": "dianacevallos.m@outlook.com"}, flags=["derivado"]))

# 009 ------------------------------------------------------------------
msg("009-apelacion-escaneada-noche.eml", M, t("2026-12-02 22:30:19"),
    "genesis marcano <genesis.marcano@gmail.com>", "recurso de apelación",
    """Buenas noches señores de la comisión

Adjunto escaneado mi recurso de apelación firmado a mano. La resolución que confirma la denegatoria me la notificaron con fecha 25/11/26.

Mis datos:
- nombre: Génesis Andreína Marcano Ruiz
- venezolana
- cédula V27118903
- celular 947116302
- correo genesis.marcano@gmail.com

El motivo de mi apelación es que en la entrevista no tuve intérprete adecuado y no se consideró que mi esposo fue detenido por el SEBIN y que yo también recibí amenazas.

Agradezco su atención
""",
    atts=[("apelacion_genesis.pdf", "scanpdf", 9)], notif="2026-11-25",
    label=L("apelacion", {"nombres": "Génesis Andreína Marcano Ruiz", "nacionalidad": "VE",
                          "documento_identidad": "V27118903", "telefono": "+51947116302",
                          "correo": "genesis.marcano@gmail.com", "motivo": "no tuve intérprete"},
            signature="manuscrita", outcome="cargo", flags=["verificar_firma"]))

# 010 ------------------------------------------------------------------
P010 = ["Lima, 3 de diciembre de 2026",
        "Asunto: Renuncia al trámite de solicitud de refugio",
        "Yo, Carlos Andrés Betancur Gil, de nacionalidad colombiana, con cédula de ciudadanía "
        "1.036.598.741, teléfono 912 778 034, manifiesto mi decisión de renunciar a mi solicitud de refugio.",
        "Motivo: regreso a Medellín para cuidar a mis hijos, la situación de mi familia cambió.",
        "Carlos Andrés Betancur Gil"]
msg("010-renuncia-pdf-sin-firma.eml", M, t("2026-12-03 10:00:41"),
    "Carlos Betancur <cbetancur.gil@gmail.com>", "Renuncia",
    """Buenos días, adjunto mi carta de renuncia. Quedo pendiente.
Carlos Betancur
""",
    atts=[("carta_renuncia.pdf", "text", P010)],
    label=L("renuncia", {"nombres": "Carlos Andrés Betancur Gil", "nacionalidad": "CO",
                         "documento_identidad": "1036598741", "telefono": "+51912778034",
                         "motivo": "regreso a Medellín", "correo": "cbetancur.gil@gmail.com"},
            missing=["firma"], signature="absent", outcome="subsanar"))

# 011 ------------------------------------------------------------------
P011 = ["POLICÍA NACIONAL DEL PERÚ - COMISARÍA SAN JUAN DE LURIGANCHO",
        "CONSTANCIA DE DENUNCIA POLICIAL N° 18837",
        "Se deja constancia que la persona Yusmary del Valle Torrealba Colmenares denunció la pérdida "
        "de su carné de extranjería ocurrida el 28 de noviembre de 2026 en la vía pública.",
        "Lima, 29 de noviembre de 2026"]
msg("011-duplicado-ce-con-denuncia.eml", R, t("2026-12-03 11:45:27"),
    "Yusmary Torrealba <yusmary.torrealba@gmail.com>", "Duplicado de carné de extranjería",
    """Señores de la Oficina de Refugiados, buenos días.

Me robaron la cartera con mi carné de extranjería el sábado pasado, hice la denuncia en la comisaría y la adjunto. Les pido tramitar el duplicado:

Nombres y Apellidos: Yusmary del Valle Torrealba Colmenares
Sexo: femenino
Nacionalidad: Venezuela
Pasaporte: 112093475
Carné de Extranjería: 000955186
Fecha de nacimiento: 3 de julio de 1988
Teléfono: 986 003 412

Muchas gracias, bendiciones.
""",
    atts=[("denuncia_comisaria_SJL.pdf", "text", P011)],
    label=L("duplicado_carne_extranjeria", {"nombres": "Yusmary del Valle Torrealba Colmenares", "sexo": "F",
                                            "nacionalidad": "VE", "documento_identidad": "112093475",
                                            "carne_extranjeria": "000955186", "fecha_nacimiento": "1988-07-03",
                                            "telefono": "+51986003412", "correo": "yusmary.torrealba@gmail.com"}))

# 012 ------------------------------------------------------------------
msg("012-entrevista-registro-cubano.eml", S, t("2026-12-03 14:20:55"),
    "Yoandry Perez <yoandry.pc@gmail.com>", "Entrevista de registro - consulta fecha",
    """Saludos. Soy cubano, hice mi solicitud en linea en septiembre y todavia no me llega la cita para la entrevista de registro. Quisiera saber cuando me toca.
Yoandry Pérez Castellanos
Carnet de identidad 89051223461
Tel +51 929 441 076
""",
    label=L("entrevista_registro", {"nombres": "Yoandry Pérez Castellanos", "nacionalidad": "CU",
                                    "documento_identidad": "89051223461", "telefono": "+51929441076",
                                    "correo": "yoandry.pc@gmail.com"}, outcome="portal"))

# 013 ------------------------------------------------------------------
msg("013-carne-solicitante-tarde.eml", S, t("2026-12-03 17:05:12"),
    "Luisana Ferrer <luisanaferrer22@gmail.com>", "Carné de solicitante",
    """Buenas tardes. Ya completé mi registro con huellas y foto en octubre y quisiera saber cuándo puedo recoger mi carné de solicitante.

Luisana Beatriz Ferrer Ochoa
V-28.004.117
993 504 260
""",
    label=L("carne_solicitante", {"nombres": "Luisana Beatriz Ferrer Ochoa", "documento_identidad": "V28004117",
                                  "telefono": "+51993504260", "correo": "luisanaferrer22@gmail.com"},
            outcome="suspendido"))

# 014 ------------------------------------------------------------------
msg("014-prorroga-carta-larga-sin-nacimiento.eml", R, t("2026-12-04 09:02:30"),
    "Martha L. Restrepo <marthalrestrepo@yahoo.com>", "Solicitud de prórroga de residencia",
    """Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

De mi especial consideración:

Me dirijo a ustedes con el debido respeto para saludarlos cordialmente y, a la vez, solicitar la prórroga anual de mi residencia en calidad de refugiada reconocida, toda vez que mi carné vence el próximo mes de enero.

Mi nombre es Martha Lucía Restrepo Henao, de nacionalidad colombiana, de sexo femenino, identificada con cédula de ciudadanía N° 43.512.908 y con carné de extranjería N° 000731264. Pueden comunicarse conmigo al 9 8851 2270 o a este correo.

Agradeciendo de antemano la atención que brinden a la presente, quedo de ustedes.

Atentamente,

Martha Lucía Restrepo Henao
""",
    label=L("prorroga_residencia", {"nombres": "Martha Lucía Restrepo Henao", "nacionalidad": "CO", "sexo": "F",
                                    "documento_identidad": "43512908", "carne_extranjeria": "000731264",
                                    "telefono": "+51988512270", "correo": "marthalrestrepo@yahoo.com"},
            missing=["fecha_nacimiento"], outcome="subsanar"))

# 015 ------------------------------------------------------------------
msg("015-autorizacion-trabajo-renovar.eml", S, t("2026-12-04 10:40:03"),
    "kleiver salazar <kleiversalazar.js@gmail.com>", "autorizacion de trabajo",
    """hola buenos dias como hago para renovar la autorizacion de trabajo, la mia vence el 15 de diciembre y en la empresa me la estan pidiendo. mi nombre es Kleiver José Salazar, cedula V30221674
""",
    label=L("autorizacion_trabajo", {"nombres": "Kleiver José Salazar", "documento_identidad": "V30221674",
                                     "correo": "kleiversalazar.js@gmail.com"}, outcome="portal"))

# 016 ------------------------------------------------------------------
msg("016-respuesta-automatica.eml", S, t("2026-12-04 11:00:07"),
    "Oficina Contable Andina <contabilidad@andina-servicios.pe>", "Respuesta automática: Actualización de datos",
    """Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 14 de diciembre con acceso limitado al correo.
Para asuntos urgentes comuníquese con recepcion@andina-servicios.pe
""",
    extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    label=L("actualizacion_datos", {}, outcome="ignorado"))

# 017 ------------------------------------------------------------------
P017 = ["RECURSO DE RECONSIDERACIÓN",
        "Señores Comisión Especial para los Refugiados. Lima.",
        "Yo, Yamilé Rodríguez Fonseca, cubana, con pasaporte K412876, teléfono +51 913 602 558, "
        "correo yamilerf@gmail.com, presento reconsideración contra la resolución que me deniega el "
        "refugio, notificada el 13 de noviembre del 2026.",
        "Motivo: adjunto nuevas pruebas de la persecución por mi participación en las protestas del 11J "
        "(citaciones de la Seguridad del Estado a mi nombre).",
        "Atentamente, Yamilé Rodríguez Fonseca"]
msg("017-reconsideracion-firma-alterada-ultimo-dia.eml", M, t("2026-12-04 15:10:44"),
    "Yamile Rodriguez <yamilerf@gmail.com>", "Reconsideracion",
    """Buenas tardes, les adjunto mi recurso de reconsideración firmado. Hoy es el último día de mi plazo, la resolución me la notificaron el 13 de noviembre del 2026.

Yamilé Rodríguez Fonseca
Pasaporte K412876
Teléfono +51 913 602 558
""",
    atts=[("reconsideracion_YRF.pdf", "altered", P017)], notif="2026-11-13",
    label=L("reconsideracion", {"nombres": "Yamilé Rodríguez Fonseca", "nacionalidad": "CU",
                                "documento_identidad": "K412876", "telefono": "+51913602558",
                                "correo": "yamilerf@gmail.com", "motivo": "nuevas pruebas"},
            missing=["firma"], signature="invalid", outcome="subsanar"))

# 018 ------------------------------------------------------------------
msg("018-rebote-mailer-daemon.eml", M, t("2026-12-05 03:14:22"),
    "Mail Delivery System <MAILER-DAEMON@mx.rree.gob.pe>", "Undelivered Mail Returned to Sender",
    raw="bounce", label=L(None, {}, outcome="ignorado"))

# 019 ------------------------------------------------------------------
msg("019-actualizacion-refugiado-sin-ce-sabado.eml", S, t("2026-12-05 10:22:09"),
    "Jesus Blanco <jblanco1990@hotmail.com>", "ACTUALIZACION DE DATOS",
    """Buenos dias. Soy refugiado reconocido desde el 2023 y quiero actualizar mis datos porque este correo ya casi no lo reviso.

Mi nuevo correo es jesusblanco.u@gmail.com
Nombre: Jesús Alfredo Blanco Urbina
Nacionalidad: venezolano
Cédula: V19884520
Celular nuevo: +51 999 120 846

Gracias.
""",
    label=L("actualizacion_datos", {"nombres": "Jesús Alfredo Blanco Urbina", "nacionalidad": "VE",
                                    "documento_identidad": "V19884520", "telefono": "+51999120846",
                                    "correo": "jesusblanco.u@gmail.com"},
            missing=["carne_extranjeria"], outcome="subsanar"))

# 020 ------------------------------------------------------------------
msg("020-cambio-clave-hermana-escribe.eml", S, t("2026-12-06 20:15:37"),
    "Marie Claude PL <marieclaude.pl@yahoo.fr>", "Cambio de clave - Jean Robert Pierre-Louis",
    """Buenas noches,

Les escribo de parte de mi hermano, él no habla bien español. Él es haitiano, pidió refugio en el 2024 y no puede entrar al sistema porque perdió la contraseña.

Sus datos:
Nombre completo: Jean Robert Pierre-Louis
Pasaporte N° RD3318472
Su celular: +51 936 500 211
Su correo: jrpierrelouis@gmail.com

Yo soy su hermana, Marie Claude, cualquier cosa también me pueden escribir aquí.
Merci.
""",
    label=L("cambio_clave", {"nombres": "Jean Robert Pierre-Louis", "nacionalidad": "HT",
                             "documento_identidad": "RD3318472", "telefono": "+51936500211",
                             "correo": "jrpierrelouis@gmail.com"}))

# 021 ------------------------------------------------------------------
P021 = ["Señores de la Comisión Especial para los Refugiados",
        "Yo, Oriana Valentina Suárez Lugo, venezolana, cédula V-26.770.415, correo "
        "oriana.suarez.l@gmail.com, interpongo RECURSO DE APELACIÓN contra la resolución que declaró "
        "infundada mi reconsideración.",
        "Motivo: no se tomó en cuenta que soy activista LGTBI y que en mi país fui agredida por ello, "
        "según la denuncia que presenté en Barquisimeto.",
        "Oriana Suárez"]
msg("021-apelacion-pdf-texto-sin-telefono-no-laborable.eml", M, t("2026-12-07 09:30:00"),
    "Oriana Suarez <oriana.suarez.l@gmail.com>", "Apelación",
    """Buen día, adjunto mi apelación. Saludos.""",
    atts=[("APELACION ORIANA.pdf", "text", P021)],
    label=L("apelacion", {"nombres": "Oriana Valentina Suárez Lugo", "nacionalidad": "VE",
                          "documento_identidad": "V26770415", "correo": "oriana.suarez.l@gmail.com",
                          "motivo": "activista LGTBI"},
            missing=["firma", "telefono"], signature="absent", outcome="subsanar"))

# 022 ------------------------------------------------------------------
msg("022-renovacion-residencia-feriado-buzon-solicitantes.eml", S, t("2026-12-08 12:00:51"),
    "Hector Rondon <hrondonq@gmail.com>", "Renovación de residencia",
    """Saludos cordiales, solicito la renovación anual de mi residencia de refugiado:

Nombres - Héctor Manuel Rondón Quintero
Sexo - masculino
Nacionalidad - Venezuela
Cédula - V 11.204.876
CE - 000612907
F. nac. - 15-08-65
Teléfono - 976 512 033

Atte. Héctor Rondón
""",
    label=L("prorroga_residencia", {"nombres": "Héctor Manuel Rondón Quintero", "sexo": "M", "nacionalidad": "VE",
                                    "documento_identidad": "V11204876", "carne_extranjeria": "000612907",
                                    "fecha_nacimiento": "1965-08-15", "telefono": "+51976512033",
                                    "correo": "hrondonq@gmail.com"}, flags=["derivado"]))

# 023 ------------------------------------------------------------------
msg("023-consulta-dos-tramites.eml", S, t("2026-12-08 18:00:16"),
    "Ana Karina V <anakarinav@gmail.com>", "Consulta",
    """Hola, buenas tardes. Tengo dos cosas: quiero hacer el cambio de clave del sistema porque no puedo entrar, y también la actualización de datos porque me mudé a Arequipa y cambié de teléfono. ¿Lo mando todo en un solo correo o uno por cada trámite?

Ana Karina Villalobos
+51 955 210 774
""",
    label=L(None, {"nombres": "Ana Karina Villalobos", "telefono": "+51955210774",
                   "correo": "anakarinav@gmail.com"}, outcome="triage"))

# 024 ------------------------------------------------------------------
P024 = ["RENUNCIA A LA CONDICIÓN DE REFUGIADO",
        "Yo, Freddy Antonio Lozada Peña, de nacionalidad venezolana, cédula V-13.887.002, "
        "carné de extranjería N° 000524118, teléfono 982 447 190, declaro mi decisión libre y voluntaria "
        "de renunciar a la condición de refugiado que me fue reconocida.",
        "Motivo: he obtenido la nacionalidad española por mi abuelo y me mudaré a Madrid en enero.",
        "Lima, 9 de diciembre de 2026"]
msg("024-renuncia-refugiado-firmada-feriado.eml", M, t("2026-12-09 11:11:11"),
    "Freddy Lozada <freddylozada.p@gmail.com>", "RENUNCIA",
    """Estimados, adjunto mi renuncia con firma digital. Cualquier consulta al 982 447 190.
Freddy Lozada
""",
    atts=[("Renuncia_Lozada.pdf", "signed", P024)],
    label=L("renuncia", {"nombres": "Freddy Antonio Lozada Peña", "nacionalidad": "VE",
                         "documento_identidad": "V13887002", "carne_extranjeria": "000524118",
                         "telefono": "+51982447190", "motivo": "nacionalidad española",
                         "correo": "freddylozada.p@gmail.com"}, signature="valid"))

# 025 ------------------------------------------------------------------
msg("025-viaje-foto-carta-anio-dos-digitos.eml", R, t("2026-12-10 08:35:29"),
    "Wilmer Jaimes <wilmerjaimes.c@gmail.com>", "permiso de viaje urgente",
    """Buenos días señores, mi papá falleció anoche en Cúcuta y necesito viajar para el entierro y acompañar a mi mamá. Adjunto foto de la carta firmada.

Soy colombiano, refugiado reconocido.
Nombre: Wilmer Alonso Jaimes Contreras
C.C. 88.245.119
Carné de extranjería: 000803552
Destino: Cúcuta, Colombia
Salida: 18/12/26
Retorno: 03/01/27
Cel: 923 117 640

Dios les pague.
""",
    atts=[("carta_viaje.jpg", "jpg", 25)],
    label=L("autorizacion_viaje", {"nombres": "Wilmer Alonso Jaimes Contreras", "nacionalidad": "CO",
                                   "documento_identidad": "88245119", "carne_extranjeria": "000803552",
                                   "destino": "Cúcuta, Colombia", "fecha_salida": "2026-12-18",
                                   "fecha_retorno": "2027-01-03", "telefono": "+51923117640",
                                   "motivo": "mi papá falleció", "correo": "wilmerjaimes.c@gmail.com"},
            signature="manuscrita", flags=["verificar_firma"]))

# 026 ------------------------------------------------------------------
msg("026-duplicado-carnet-sin-denuncia.eml", R, t("2026-12-10 12:50:00"),
    "Rosa Figueroa <rosaefigueroa@hotmail.com>", "Duplicado de carnet",
    """Buenas tardes, se me dañó el carné de extranjería (se mojó y no se lee) y necesito el duplicado del carné de extranjería para trabajar. Todavía no tengo la denuncia porque en la comisaría me dijeron que vuelva el lunes.

Rosa Elena Figueroa Bastidas
Sexo F
Nacionalidad venezolana
Cédula V-17.330.284
C.E. 000677105
Nacimiento 12/11/1983
Telf. +51 941 006 389
""",
    label=L("duplicado_carne_extranjeria", {"nombres": "Rosa Elena Figueroa Bastidas", "sexo": "F",
                                            "nacionalidad": "VE", "documento_identidad": "V17330284",
                                            "carne_extranjeria": "000677105", "fecha_nacimiento": "1983-11-12",
                                            "telefono": "+51941006389", "correo": "rosaefigueroa@hotmail.com"},
            missing=["denuncia_policial"], outcome="subsanar"))

# 027 ------------------------------------------------------------------
msg("027-carnet-solicitante-buzon-refugiados.eml", R, t("2026-12-10 16:40:38"),
    "Yeison Mosquera <yeison.mosquera93@gmail.com>", "carnet de solicitante de refugio",
    """buenas tardes quiero saber si ya esta el carnet de solicitante, ya tengo 8 meses esperando.
Yeison Mosquera Valencia CC 1.077.412.983
""",
    label=L("carne_solicitante", {"nombres": "Yeison Mosquera Valencia", "documento_identidad": "1077412983",
                                  "correo": "yeison.mosquera93@gmail.com"},
            outcome="suspendido", flags=["derivado"]))

# 028 ------------------------------------------------------------------
P028 = ["RECURSO DE RECONSIDERACIÓN",
        "José Gregorio Tovar Linares, venezolano, con cédula de identidad V-20.554.913, teléfono "
        "948 302 117, correo josetovar.l@gmail.com, ante ustedes respetuosamente digo:",
        "Que interpongo recurso de reconsideración contra la resolución denegatoria, notificada el "
        "9 de noviembre de 2026, por el siguiente motivo: aporto como nueva prueba el certificado médico "
        "de las lesiones causadas por colectivos armados en Caracas.",
        "José Gregorio Tovar Linares"]
msg("028-reconsideracion-ong-extemporanea.eml", M, t("2026-12-11 09:15:02"),
    "Lucía Ramos - Manos Solidarias <lramos@manossolidarias.org.pe>",
    "Recurso de reconsideración - José Gregorio Tovar Linares",
    """Buenos días, estimados:

Soy Lucía Ramos Chumpitaz (DNI 45789012), trabajadora social de la Asociación Manos Solidarias. Acompaño al Sr. José Gregorio Tovar Linares, quien no tiene computadora, y remito en su nombre el recurso de reconsideración que él firmó digitalmente en nuestra oficina.

Sabemos que la denegatoria le fue notificada el 9 de noviembre de 2026; recién pudo acudir a nosotros esta semana por motivos de salud.

Contacto del Sr. Tovar: 948 302 117 / josetovar.l@gmail.com

Saludos cordiales,
Lucía Ramos Chumpitaz
Asociación Manos Solidarias - Área de Protección
Tel. (01) 330 2211
""",
    atts=[("reconsideracion_tovar_firmado.pdf", "signed", P028)], notif="2026-11-09",
    label=L("reconsideracion", {"nombres": "José Gregorio Tovar Linares", "nacionalidad": "VE",
                                "documento_identidad": "V20554913", "telefono": "+51948302117",
                                "correo": "josetovar.l@gmail.com", "motivo": "certificado médico"},
            signature="valid", outcome="cargo", flags=["extemporaneo"]))

# 029 ------------------------------------------------------------------
msg("029-boletin-lista.eml", R, t("2026-12-11 07:00:00"),
    "Red de Protección Lima <boletin@redproteccion-lima.org>", "Boletín informativo - Red de Protección - diciembre 2026",
    """BOLETÍN MENSUAL

- Taller de empleabilidad para personas refugiadas, 15 de diciembre.
- Nueva guía de salud mental.
- Campaña navideña de donaciones.

Para darse de baja responda con la palabra BAJA.
""",
    extra={"List-Id": "Boletin Red Proteccion <boletin.redproteccion-lima.org>", "Precedence": "list",
           "List-Unsubscribe": "<mailto:baja@redproteccion-lima.org>"},
    label=L(None, {}, outcome="ignorado"))

# 030 ------------------------------------------------------------------
msg("030-fwd-actualizacion-cubana-refugiada.eml", S, t("2026-12-11 13:30:26"),
    "Mayelín Soto <mayelinsoto@gmail.com>", "Fwd: actualizacion de datos",
    """Buenas tardes, este correo lo mandé el mes pasado a una dirección equivocada, se los reenvío a ustedes.

---------- Forwarded message ---------
De: Mayelín Soto <mayelinsoto@gmail.com>
Date: jue, 12 nov 2026 a las 18:03
Subject: actualizacion de datos
To: <refugio.peru.info@gmail.com>

Hola, soy refugiada, quiero actualizar mi teléfono y mi dirección.
Mayelín Soto Guerra
Cubana
Carnet de identidad 86112507894
Carné de extranjería 000998431
Nuevo número 927 300 815
Dirección: Calle Los Pinos 245, Surquillo
""",
    label=L("actualizacion_datos", {"nombres": "Mayelín Soto Guerra", "nacionalidad": "CU",
                                    "documento_identidad": "86112507894", "carne_extranjeria": "000998431",
                                    "telefono": "+51927300815", "correo": "mayelinsoto@gmail.com"}))

# 031 ------------------------------------------------------------------
P031 = ["SOLICITUD DE AUTORIZACIÓN DE VIAJE POR URGENCIA",
        "Nombres y apellidos: Nelson Enrique Parra Villegas",
        "Nacionalidad: venezolana",
        "Carné de extranjería: 001045833",
        "Teléfono: 917 228 604",
        "Motivo: mi hija menor será operada del corazón y necesito firmar el consentimiento.",
        "Destino: Santiago de Chile",
        "Fecha de salida: 22 de diciembre de 2026",
        "Fecha de retorno: por definir según evolución de mi hija",
        "Firmado digitalmente"]
msg("031-viaje-datos-solo-en-pdf-sin-retorno.eml", R, t("2026-12-11 18:20:45"),
    "Nelson Parra <nelsonparra.v@gmail.com>", "Autorizacion de viaje",
    """Adjunto solicitud firmada. Saludos, Nelson""",
    atts=[("autorizacion_viaje_NParra.pdf", "signed", P031)],
    label=L("autorizacion_viaje", {"nombres": "Nelson Enrique Parra Villegas", "nacionalidad": "VE",
                                   "carne_extranjeria": "001045833", "telefono": "+51917228604",
                                   "motivo": "hija operada", "destino": "Santiago de Chile",
                                   "fecha_salida": "2026-12-22", "correo": "nelsonparra.v@gmail.com"},
            missing=["fecha_retorno"], signature="valid", outcome="subsanar"))

# 032 ------------------------------------------------------------------
msg("032-entrevista-camerunes-ingles.eml", S, t("2026-12-12 09:00:33"),
    "Emmanuel Fon <emmanuel.nkemfon@gmail.com>", "Registration interview / entrevista de registro",
    """Good morning,

I am Emmanuel Nkem Fon, Cameroonian, I applied online for refugee status in October. I have not received the date of my registration interview. Can you help me please? Perdon, my spanish is not good.

Passport AA0842713
Phone: +51 901 552 318

Thank you / gracias
""",
    label=L("entrevista_registro", {"nombres": "Emmanuel Nkem Fon", "nacionalidad": "CM",
                                    "documento_identidad": "AA0842713", "telefono": "+51901552318",
                                    "correo": "emmanuel.nkemfon@gmail.com"}, outcome="portal"))

# 033 ------------------------------------------------------------------
msg("033-renuncia-foto-buzon-refugiados.eml", R, t("2026-12-12 16:00:09"),
    "Luis Quishpe <luisquishpe.a@gmail.com>", "Renuncia",
    """Señores, buenas tardes.

Por medio del presente comunico que renuncio a mi trámite de refugio, pues he decidido regresar a Otavalo porque mi madre está enferma y ya no hay peligro en mi comunidad. Adjunto foto de la carta firmada.

Nombres: Luis Fernando Quishpe Andrango
Nacionalidad: ecuatoriano
Cédula: 1003547782
Teléfono: +593 99 812 3456

Atentamente
Luis Quishpe
""",
    atts=[("IMG_20261212_154210.jpg", "jpg", 33)],
    label=L("renuncia", {"nombres": "Luis Fernando Quishpe Andrango", "nacionalidad": "EC",
                         "documento_identidad": "1003547782", "telefono": "+593998123456",
                         "motivo": "regresar a Otavalo", "correo": "luisquishpe.a@gmail.com"},
            signature="manuscrita", flags=["derivado", "verificar_firma"]))

# 034 ------------------------------------------------------------------
msg("034-solicitud-refugio-afgano-mesa.eml", M, t("2026-12-13 21:40:00"),
    "Ahmad Rahimi <ahmad.rahimi.af@gmail.com>", "SOLICITUD DE REFUGIO",
    """Dear sirs / Señores,

My name is Ahmad Shah Rahimi, I am from Afghanistan (afgano). I arrived to Lima from Brazil and I want to ask for refuge in Peru. Where do I present the application?

Passport: P01947263
Mobile: +51 974 300 118
""",
    label=L("solicitud_refugio", {"nombres": "Ahmad Shah Rahimi", "nacionalidad": "AF",
                                  "documento_identidad": "P01947263", "telefono": "+51974300118",
                                  "correo": "ahmad.rahimi.af@gmail.com"}, outcome="portal"))

# 035 ------------------------------------------------------------------
msg("035-autorizacion-trabajo-vencida-refugiados.eml", R, t("2026-11-30 12:30:18"),
    "Deisy Caicedo <deisycaicedo.r@gmail.com>", "Autorización de trabajo vencida",
    """Buenas tardes, mi autorización de trabajo venció y el sistema no me deja generar una nueva. Soy colombiana, solicitante de refugio.

Deisy Johana Caicedo Rentería
C.C. 1.144.086.372
cel: 955-083-127
""",
    label=L("autorizacion_trabajo", {"nombres": "Deisy Johana Caicedo Rentería", "nacionalidad": "CO",
                                     "documento_identidad": "1144086372", "telefono": "+51955083127",
                                     "correo": "deisycaicedo.r@gmail.com"}, outcome="portal"))

# 036 ------------------------------------------------------------------
H036 = """<html><body>
<div>Bonjour, buenas tardes,</div>
<div>Solicito la <i>pr&oacute;rroga de residencia</i> anual. Soy refugiada reconocida.</div>
<ul>
<li>Nombre: Marie-Ange Joseph</li>
<li>Sexo: F</li>
<li>Nacionalidad: haitiana</li>
<li>Pasaporte: PP5510872</li>
<li>Carn&eacute; de extranjer&iacute;a: 000889210</li>
<li>Fecha de nacimiento: 1991-02-27</li>
<li>Tel&eacute;fono: +51 962 004 517</li>
</ul>
<div>Merci / gracias</div>
</body></html>"""
msg("036-prorroga-html-justo-antes-cierre.eml", R, t("2026-11-30 16:29:30"),
    "Marie-Ange Joseph <marieange.joseph91@gmail.com>", "Prórroga de Residencia",
    html=H036, recv_utc=True,
    label=L("prorroga_residencia", {"nombres": "Marie-Ange Joseph", "sexo": "F", "nacionalidad": "HT",
                                    "documento_identidad": "PP5510872", "carne_extranjeria": "000889210",
                                    "fecha_nacimiento": "1991-02-27", "telefono": "+51962004517",
                                    "correo": "marieange.joseph91@gmail.com"}))

# 037 ------------------------------------------------------------------
msg("037-cambio-clave-sin-documento.eml", S, t("2026-12-01 07:55:40"),
    "Andreina Gil <andreinacgil@gmail.com>", "Cambio de clave",
    """Buenos días. Necesito cambio de clave porque me bloquearon la cuenta del sistema. Soy Andreína Coromoto Gil. Mi número es 998 401 225. No tengo aquí mi cédula, la perdí en la mudanza.
""",
    label=L("cambio_clave", {"nombres": "Andreína Coromoto Gil", "telefono": "+51998401225",
                             "correo": "andreinacgil@gmail.com"},
            missing=["documento_identidad"], outcome="subsanar"))

# 038 ------------------------------------------------------------------
P038 = ["RECURSO DE APELACIÓN",
        "Ender José Montilla Parra, pasaporte N° 149203316, teléfono 950 771 243, correo "
        "endermontilla@gmail.com.",
        "Apelo la resolución que declaró infundada mi reconsideración, notificada el 11/11/2026.",
        "Motivo: la Comisión no analizó la información de país de origen sobre persecución a "
        "exmilitares disidentes, ni mi baja deshonrosa por negarme a reprimir manifestaciones.",
        "Firmado digitalmente - Lima"]
msg("038-apelacion-un-dia-tarde.eml", M, t("2026-12-03 12:00:05"),
    "Ender Montilla <endermontilla@gmail.com>", "Recurso de Apelación",
    """Señores Mesa de Partes, remito mi recurso de apelación firmado digitalmente, la resolución me fue notificada el 11/11/2026. Mis datos están en el documento.

Ender Montilla
""",
    atts=[("Apelacion_EnderMontilla.pdf", "signed", P038)], notif="2026-11-11",
    label=L("apelacion", {"nombres": "Ender José Montilla Parra", "documento_identidad": "149203316",
                          "telefono": "+51950771243", "correo": "endermontilla@gmail.com",
                          "motivo": "no analizó la información"},
            signature="valid", outcome="cargo", flags=["extemporaneo"]))

# 039 ------------------------------------------------------------------
P039 = ["Lima, 7 de diciembre de 2026",
        "RECURSO DE RECONSIDERACIÓN",
        "Paola Andrea Muñoz Restrepo, colombiana, C.C. 1.128.405.339, celular +57 311 402 8876, "
        "correo paolamunoz.r@gmail.com.",
        "La resolución que deniega mi refugio me fue notificada con fecha 01/12/2026. Solicito su "
        "reconsideración porque presento nueva prueba: la denuncia ante la Fiscalía de Medellín por las "
        "amenazas del grupo armado que reclutó a mi hermano.",
        "Firma:"]
msg("039-reconsideracion-pdf-con-firma-imagen-buzon-refugiados.eml", R, t("2026-12-07 10:00:14"),
    "Paola Muñoz <paolamunoz.r@gmail.com>", "RV: Recurso de reconsideracion",
    """Disculpen, no sé si este es el correo correcto, una amiga me dio esta dirección. Adjunto mi recurso de reconsideración con mi firma.

Paola Andrea Muñoz Restrepo
""",
    atts=[("reconsideracion_paola.pdf", "textimg", P039)], notif="2026-12-01",
    label=L("reconsideracion", {"nombres": "Paola Andrea Muñoz Restrepo", "nacionalidad": "CO",
                                "documento_identidad": "1128405339", "telefono": "+573114028876",
                                "correo": "paolamunoz.r@gmail.com", "motivo": "nueva prueba"},
            signature="manuscrita", outcome="cargo", flags=["derivado", "verificar_firma"]))

# 040 ------------------------------------------------------------------
msg("040-duplicado-ce-foto-denuncia.eml", R, t("2026-11-30 09:45:52"),
    "Edwin Castaño <edwincastano77@gmail.com>", "DUPLICADO DE CARNE DE EXTRANJERIA",
    """Buenos días, solicito duplicado de mi carné de extranjería por pérdida, adjunto foto de la denuncia.
Nombres / Edwin Ferney Castaño Ríos
Sexo / masculino
Nacionalidad / colombiano
C.C. / 79.553.120
Carné de extranjería / 000715009
Fecha de nacimiento / 21 de enero de 1977
Teléfono / +51 915 806 332
Gracias
""",
    atts=[("denuncia.jpg", "jpg", 40)],
    label=L("duplicado_carne_extranjeria", {"nombres": "Edwin Ferney Castaño Ríos", "sexo": "M",
                                            "nacionalidad": "CO", "documento_identidad": "79553120",
                                            "carne_extranjeria": "000715009", "fecha_nacimiento": "1977-01-21",
                                            "telefono": "+51915806332", "correo": "edwincastano77@gmail.com"}))

# 041 ------------------------------------------------------------------
msg("041-duplicado-carnet-solicitante.eml", S, t("2026-12-11 10:10:10"),
    "Yelitza M <yelitzamarquez.v@gmail.com>", "Duplicado de carnet",
    """Buenos días, perdí mi carné de solicitante de refugio en el bus y necesito el duplicado del carné de solicitante. ¿Qué debo hacer?

Yelitza Márquez Vivas
V-25.119.640
Cel. 964 771 028
""",
    label=L("carne_solicitante", {"nombres": "Yelitza Márquez Vivas", "documento_identidad": "V25119640",
                                  "telefono": "+51964771028", "correo": "yelitzamarquez.v@gmail.com"},
            outcome="suspendido"))

# 042 ------------------------------------------------------------------
msg("042-ayuda-estado-expediente.eml", M, t("2026-12-01 13:00:27"),
    "Gustavo Pernia <gpernia.ve@gmail.com>", "Ayuda",
    """Buenas tardes, quisiera saber en qué estado está mi expediente, ya pasó más de un año y no me han dicho nada. Soy venezolano, mi cédula es V-16.774.093, me llamo Gustavo Adolfo Pernía Rojas y mi celular es 940 118 226.
Gracias
""",
    label=L(None, {"nombres": "Gustavo Adolfo Pernía Rojas", "nacionalidad": "VE",
                   "documento_identidad": "V16774093", "telefono": "+51940118226",
                   "correo": "gpernia.ve@gmail.com"}, outcome="triage"))

# 043 ------------------------------------------------------------------
H043 = """<html><body><p><b>URGENTE</b></p>
<p>Buenas tardes, soy refugiada y mi residencia vence este mes, pero tambi&eacute;n tengo que viajar a Bogot&aacute; por un tema familiar. &iquest;Debo pedir primero la pr&oacute;rroga de residencia o la autorizaci&oacute;n de viaje? &iquest;Puedo hacer las dos a la vez?</p>
<p>Ingrid Tatiana Ospina<br>Cel 987 003 552</p></body></html>"""
msg("043-urgente-html-viaje-o-prorroga.eml", R, t("2026-12-02 17:30:00"),
    "Ingrid Ospina <ingridtospina@gmail.com>", "URGENTE", html=H043,
    label=L(None, {"nombres": "Ingrid Tatiana Ospina", "telefono": "+51987003552",
                   "correo": "ingridtospina@gmail.com"}, outcome="triage"))

# 044 ------------------------------------------------------------------
msg("044-noreply-portal-notificacion.eml", S, t("2026-12-10 02:00:00"),
    "Sistema de Refugiados <no-reply@portal.rree.gob.pe>", "Notificación: Solicitud de refugio registrada",
    """Este es un mensaje automático. Su Solicitud de refugio en línea ha sido registrada con el Expediente N° 2026-118402.
Usuario: 2026118402
No responda a este mensaje.
""",
    extra={"Auto-Submitted": "auto-generated"},
    label=L("solicitud_refugio", {}, outcome="ignorado"))

# 045 ------------------------------------------------------------------
msg("045-actualizacion-madre-por-hijo-sin-nacionalidad.eml", S, t("2026-12-02 08:00:59"),
    "Gloria Mosquera <gloriamosquera.c@hotmail.com>", "Actualizacion de datos - Kevin Andrés",
    """Buenos días, escribo por mi hijo Kevin que está trabajando y no tiene tiempo. Él necesita actualizar sus datos porque cambió de número.

Nombre: Kevin Andrés Palacios Mosquera
Cédula: 1077458220
Nuevo celular: +51 903 225 417
Su correo: kevinpalacios.m@gmail.com

Es solicitante de refugio. Gracias, Gloria (mamá)
""",
    label=L("actualizacion_datos", {"nombres": "Kevin Andrés Palacios Mosquera", "documento_identidad": "1077458220",
                                    "telefono": "+51903225417", "correo": "kevinpalacios.m@gmail.com"},
            missing=["nacionalidad"], outcome="subsanar"))

# 046 ------------------------------------------------------------------
P046 = ["Señores Comisión Especial para los Refugiados",
        "Carmen Teresa Ochoa de Lugo, venezolana, refugiada reconocida, cédula V-9.442.810, "
        "carné de extranjería N° 000410226, me dirijo a ustedes para presentar mi RENUNCIA a la "
        "condición de refugiada.",
        "Motivo: retorno definitivo a Venezuela para reunirme con mi esposo, que está delicado de salud.",
        "Lima, 30 de noviembre de 2026",
        "Firmado digitalmente"]
msg("046-renuncia-firmada-sin-telefono.eml", M, t("2026-11-30 11:20:36"),
    "Carmen Ochoa <carmenochoadelugo@gmail.com>", "Renuncia",
    """Buenos días, adjunto mi carta de renuncia firmada digitalmente.
Atte. Carmen Teresa Ochoa de Lugo
""",
    atts=[("renuncia_carmen_ochoa.pdf", "signed", P046)],
    label=L("renuncia", {"nombres": "Carmen Teresa Ochoa de Lugo", "nacionalidad": "VE",
                         "documento_identidad": "V9442810", "carne_extranjeria": "000410226",
                         "motivo": "retorno definitivo", "correo": "carmenochoadelugo@gmail.com"},
            missing=["telefono"], signature="valid", outcome="subsanar"))

# 047 ------------------------------------------------------------------
P047 = ["SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "Osmel Díaz Bermúdez, cubano, refugiado reconocido, carné de extranjería 000932760, "
        "teléfono 976 018 452.",
        "Solicito autorización para viajar a La Habana, Cuba, entre el 19 y el 30 de diciembre de 2026.",
        "Motivo: mi abuela, que me crió, está en fase terminal.",
        "Firmado digitalmente"]
msg("047-permiso-viaje-mesa-de-partes.eml", M, t("2026-12-01 09:00:00"),
    "Osmel Diaz <osmeldiazb@gmail.com>", "Permiso de viaje", """Buen día, envío solicitud firmada. Osmel""",
    atts=[("permiso_viaje_osmel.pdf", "signed", P047)], recv_utc=True,
    label=L("autorizacion_viaje", {"nombres": "Osmel Díaz Bermúdez", "nacionalidad": "CU",
                                   "carne_extranjeria": "000932760", "telefono": "+51976018452",
                                   "destino": "La Habana, Cuba", "fecha_salida": "2026-12-19",
                                   "fecha_retorno": "2026-12-30", "motivo": "abuela en fase terminal",
                                   "correo": "osmeldiazb@gmail.com"},
            signature="valid", flags=["derivado"]))

# 048 ------------------------------------------------------------------
msg("048-viaje-sin-documento-firmado.eml", R, t("2026-12-09 19:00:44"),
    "Johan Lugo <johanlugo.r@gmail.com>", "AUTORIZACION DE VIAJE",
    """Buenas noches, necesito autorización de viaje porque mi hermano se casa y soy el padrino.

Nombres y apellidos: Johan Rafael Lugo Rivero
Carnet de extranjeria: 001203348
Destino: Bogotá
Fecha de salida: 20-12-2026
Fecha de retorno: 10-01-2027
Telefono: 989 220 731
""",
    label=L("autorizacion_viaje", {"nombres": "Johan Rafael Lugo Rivero", "carne_extranjeria": "001203348",
                                   "destino": "Bogotá", "fecha_salida": "2026-12-20",
                                   "fecha_retorno": "2027-01-10", "telefono": "+51989220731",
                                   "motivo": "mi hermano se casa", "correo": "johanlugo.r@gmail.com"},
            missing=["firma"], signature="absent", outcome="subsanar"))

# 049 ------------------------------------------------------------------
msg("049-cambio-clave-un-minuto-tarde-whatsapp.eml", S, t("2026-12-04 16:31:00"),
    "Gaby Lárez <gabylarez@icloud.com>", "Cambio de clave y contraseña",
    """Buenas tardes

Por favor el cambio de clave y contraseña, no recuerdo la mía.
Nombre: María Gabriela Lárez Fermín
Cédula: V22409318
WhatsApp: +58 414-7702331
Correo electrónico: mgabriela.larez@gmail.com

Gracias!
Enviado desde mi iPad
""",
    label=L("cambio_clave", {"nombres": "María Gabriela Lárez Fermín", "documento_identidad": "V22409318",
                             "telefono": "+584147702331", "correo": "mgabriela.larez@gmail.com"}))

# 050 ------------------------------------------------------------------
P050 = ["RECURSO DE APELACIÓN",
        "Wesly Dorceus, haitiano, pasaporte RD5520384, teléfono +51 939 661 204, correo "
        "wesly.dorceus@gmail.com.",
        "Apelo la resolución que confirma la denegatoria de mi refugio, notificada el 27 de noviembre "
        "de 2026.",
        "Motivo: fui amenazado de muerte por la banda 400 Mawozo por negarme a pagar extorsión; la "
        "resolución dice que Haití es seguro para mí, lo cual no es verdad.",
        "Firmado digitalmente"]
msg("050-apelacion-amigo-envia-haitiano.eml", M, t("2026-12-11 11:00:21"),
    "Pedro Castillo Huamán <pcastillo.h@gmail.com>", "Recurso de Apelacion - Wesly Dorceus",
    """Buenos días, soy amigo del señor Wesly Dorceus y le ayudo a enviar su recurso de apelación porque él no tiene internet en su cuarto. La resolución se la notificaron el 27 de noviembre de 2026. Su teléfono es +51 939 661 204 y su correo wesly.dorceus@gmail.com.

Gracias,
Pedro Castillo
""",
    atts=[("apelacion_wesly_dorceus.pdf", "signed", P050)], notif="2026-11-27",
    label=L("apelacion", {"nombres": "Wesly Dorceus", "nacionalidad": "HT", "documento_identidad": "RD5520384",
                          "telefono": "+51939661204", "correo": "wesly.dorceus@gmail.com",
                          "motivo": "amenazado de muerte"},
            signature="valid", outcome="cargo"))

# 051 ------------------------------------------------------------------
P051 = ["RECURSO DE RECONSIDERACIÓN",
        "Yo, Jorge Enrique Vera Alcívar, ecuatoriano, con pasaporte N° A7731902 y cédula 0926614478, "
        "domiciliado en Lima, teléfono 921 640 338, correo jorgevera.alcivar@gmail.com, "
        "interpongo recurso de reconsideración contra la resolución notificada con fecha 16/11/2026.",
        "Motivo: presento nueva prueba consistente en el parte policial de Guayaquil que acredita el "
        "atentado contra mi negocio por parte de Los Choneros.",
        "Firmado digitalmente"]
msg("051-reconsideracion-ecuatoriano-dos-documentos.eml", M, t("2026-12-02 10:30:48"),
    "Jorge Vera <jorgevera.alcivar@gmail.com>", "Recurso de Reconsideración",
    """Señores:

Por medio del presente, y dentro del plazo de ley, remito en archivo adjunto mi recurso de reconsideración debidamente firmado con firma digital, en el que constan mis datos personales y el motivo.

Sin otro particular, me despido.

Jorge Enrique Vera Alcívar
""",
    atts=[("Reconsideracion_JVera.pdf", "signed", P051)], notif="2026-11-16",
    label=L("reconsideracion", {"nombres": "Jorge Enrique Vera Alcívar", "nacionalidad": "EC",
                                "documento_identidad": "A7731902", "telefono": "+51921640338",
                                "correo": "jorgevera.alcivar@gmail.com", "motivo": "nueva prueba"},
            signature="valid", outcome="cargo"))

# 052 ------------------------------------------------------------------
msg("052-prorroga-corto-noche.eml", R, t("2026-12-10 21:05:17"),
    "yonathan <yonathanmora.r@gmail.com>", "prorroga",
    """buenas, necesito la prorroga de residencia, soy refugiado, mi carnet de extranjeria es 000567341, cel 981 220 644. Yonathan Mora""",
    label=L("prorroga_residencia", {"nombres": "Yonathan Mora", "carne_extranjeria": "000567341",
                                    "telefono": "+51981220644", "correo": "yonathanmora.r@gmail.com"},
            missing=["sexo", "nacionalidad", "documento_identidad", "fecha_nacimiento"], outcome="subsanar"))


# ---------------------------------------------------------------- writing
def bounce(m):
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(MIMEText(
        "This is the mail system at host mx.rree.gob.pe.\n\nI'm sorry to have to inform you that your message "
        "could not be delivered to one or more recipients.\n\n<usuario.inexistente@gmial.com>: host not found\n",
        "plain", "utf-8"))
    ds = MIMEBase("message", "delivery-status")
    from email import message_from_string
    ds.set_payload([message_from_string("Reporting-MTA: dns; mx.rree.gob.pe\n\n"),
                    message_from_string("Final-Recipient: rfc822; usuario.inexistente@gmial.com\n"
                                        "Action: failed\nStatus: 5.1.2\n\n")])
    outer.attach(ds)
    hdrs = MIMEText("From: " + M + "\nTo: usuario.inexistente@gmial.com\nSubject: Acuse de recibo\n"
                    "Date: Fri, 04 Dec 2026 17:02:11 -0500\n", "rfc822-headers")
    outer.attach(hdrs)
    return outer


def attachment(name, kind, payload):
    if kind == "signed":
        data = signed_pdf(payload)
        assert sig_intact(data)
    elif kind == "altered":
        data = signed_pdf(payload, alter=(b"(Atentamente", b"(ATENTAMENTE"))
        assert not sig_intact(data)
    elif kind == "text":
        data = text_pdf(payload)
    elif kind == "textimg":
        data = text_pdf(payload, image=scribble(seed=39))
    elif kind == "scanpdf":
        data = image_pdf(payload)
    elif kind == "jpg":
        return MIMEImage(jpg(payload), "jpeg", name=name)
    else:
        raise ValueError(kind)
    part = MIMEApplication(data, "pdf", name=name)
    return part


def build(m):
    recv = m["recv"]
    if m["raw"] == "bounce":
        root = bounce(m)
    else:
        parts = []
        if m["body"] is not None and m["html"] is not None:
            alt = MIMEMultipart("alternative")
            alt.attach(MIMEText(m["body"], "plain", "utf-8"))
            alt.attach(MIMEText(m["html"], "html", "utf-8"))
            body = alt
        elif m["html"] is not None:
            body = MIMEText(m["html"], "html", "utf-8")
        else:
            body = MIMEText(m["body"], "plain", "utf-8")
        if m["atts"]:
            root = MIMEMultipart("mixed")
            root.attach(body)
            for name, kind, payload in m["atts"]:
                p = attachment(name, kind, payload)
                p.add_header("Content-Disposition", "attachment", filename=name)
                root.attach(p)
        else:
            root = body
    sent = recv - dt.timedelta(seconds=m["date_off"] * 17 + 2)
    rtime = recv.astimezone(UTC) if m["recv_utc"] else recv
    hop = recv - dt.timedelta(seconds=2)
    dom = m["frm"].split("@")[1].rstrip(">")
    root["Received"] = (f"from mail-relay.{dom} (mail-relay.{dom} [198.51.100.{len(m['file']) % 200}]) "
                        f"by mx.rree.gob.pe (Postfix) with ESMTPS id {abs(hash(m['file'])) % 10**10:X} "
                        f"for <{m['mailbox']}>; {format_datetime(rtime)}")
    root["Received"] = (f"from [192.168.1.{len(m['subject']) % 250}] by mail-relay.{dom} with ESMTPSA; "
                        f"{format_datetime(hop.astimezone(UTC))}")
    # email lib appends: the first added is first in the file (topmost = newest)
    root["Delivered-To"] = m["mailbox"]
    root["Date"] = format_datetime(sent)
    name, addr = parseaddr(m["frm"])
    root["From"] = formataddr((name, addr), charset="utf-8")
    root["To"] = m["to"] or m["mailbox"]
    subj = m["subject"]
    root["Subject"] = subj if subj.isascii() else Header(subj, "utf-8").encode()
    root["Message-ID"] = make_msgid(idstring=m["file"][:3], domain=dom)
    for k, v in m["extra"].items():
        root[k] = v
    return root


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = []
    for m in MSGS:
        root = build(m)
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(root.as_bytes(policy=policy.SMTP))
        lab = m["label"]
        fd = filing(m["recv"])
        flags = list(lab["flags"])
        proc = lab["procedure"]
        if lab["outcome"] not in ("ignorado", "portal", "triage") and proc and HOME[proc] != m["mailbox"]:
            assert "derivado" in flags, m["file"]
        elif "derivado" in flags:
            raise AssertionError(m["file"])
        if m["notif"]:
            limit = add_bd(dt.date.fromisoformat(m["notif"]), 15)
            assert ("extemporaneo" in flags) == (fd > limit), (m["file"], fd, limit)
        if lab["outcome"] == "subsanar":
            due = add_bd(fd, 2)
        elif lab["outcome"] in ("acuse", "cargo"):
            due = add_bd(fd, PLAZO[proc])
        else:
            due = None
        if lab["outcome"] in ("ignorado", "portal", "triage"):
            assert not lab["missing"] and not flags
        out.append({"file": m["file"], "mailbox": m["mailbox"],
                    "received": m["recv"].isoformat(), "procedure": proc,
                    "fields": lab["fields"], "missing": lab["missing"], "signature": lab["signature"],
                    "outcome": lab["outcome"], "flags": sorted(flags),
                    "filing_date": fd.isoformat(), "due_date": due.isoformat() if due else None})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for o in sorted(out, key=lambda o: o["file"]):
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "messages")


if __name__ == "__main__":
    main()
