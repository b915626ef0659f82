#!/usr/bin/env python3
"""Build round9: a cross-section of an ordinary week at the CEPR office.

Writes NNN-slug.eml and labels.jsonl in this folder. Run with the r9 venv:
    /work/rounds/.venv-r9/bin/python build.py
Labels: fields are written by hand below; missing / outcome / flags / dates are
derived from INTAKE.md's table and calendar rules by the small functions here.
"""
import datetime as dt
import email
import io
import json
import os
import tempfile
from email import policy
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid

import holidays
from fpdf import FPDF
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = dt.timezone(dt.timedelta(hours=-5))
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 11, 2), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE = holidays.country_holidays("PE", years=[2026, 2027])

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"

PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {"carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
        "reconsideracion": M, "apelacion": M, "renuncia": M,
        "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R}
REQ = {
    "actualizacion_datos": (["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": (["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": (["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15),
    "apelacion": (["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30),
    "renuncia": (["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": (["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": (["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "autorizacion_viaje": (["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5),
}
RECURSOS = {"reconsideracion", "apelacion"}


# ---------------------------------------------------------------- calendar
def is_business(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    d = received.astimezone(LIMA).date()
    t = received.astimezone(LIMA).time()
    if is_business(d) and (OFFICE_CLOSE is None or t < OFFICE_CLOSE):
        return d
    return next_business(d)


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


# ---------------------------------------------------------------- attachments
KEYDIR = tempfile.mkdtemp(prefix="r9keys")


def _signer(cn):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PE")])
    now = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=730))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    kp = os.path.join(KEYDIR, cn.replace(" ", "_") + ".key")
    cp = os.path.join(KEYDIR, cn.replace(" ", "_") + ".crt")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(kp, cp)


def text_pdf(text):
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def signed_pdf(text, cn):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    w = IncrementalPdfFileWriter(io.BytesIO(text_pdf(text)))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Firma"), signer=_signer(cn))
    return out.getvalue()


def altered_pdf(text, cn, old, new):
    assert len(old) == len(new)
    data = signed_pdf(text, cn)
    assert data.count(old.encode("latin-1")) >= 1, old
    i = data.index(old.encode("latin-1"))
    return data[:i] + new.encode("latin-1") + data[i + len(old):]


def text_image(text, fmt="JPEG"):
    img = Image.new("RGB", (1240, 1754), (250, 249, 244))
    d = ImageDraw.Draw(img)
    y = 80
    for line in text.splitlines():
        d.text((90, y), line, fill=(20, 20, 60))
        y += 22
    d.line((120, y + 40, 420, y + 10), fill=(10, 10, 90), width=3)  # "signature" scribble
    d.line((420, y + 10, 300, y + 50), fill=(10, 10, 90), width=3)
    buf = io.BytesIO()
    img.save(buf, fmt, quality=70)
    return buf.getvalue()


def scanned_pdf(text):
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(text_image(text)), x=0, y=0, w=210)
    return bytes(pdf.output())


# ---------------------------------------------------------------- messages
MSGS = []


def at(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)


def add(slug, mailbox, received, frm, subject, body, procedure, fields, *, sig="not_required",
        atts=(), refugee=False, denuncia=False, notif=None, ignorado=False, headers=None,
        to=None, html=None, raw=None):
    MSGS.append(dict(slug=slug, mailbox=mailbox, received=received, frm=frm, subject=subject,
                     body=body, procedure=procedure, fields=fields, sig=sig, atts=list(atts),
                     refugee=refugee, denuncia=denuncia, notif=notif, ignorado=ignorado,
                     headers=headers or {}, to=to, html=html, raw=raw))


# 001 phone style, actualización de datos, complete
add("actualizacion-celular-minusculas", S, at(2026, 10, 5, 21, 14),
    "maria gabriela <mariagabi.rondon98@gmail.com>", "actualizacion de datos",
    """hola buenas noches 🙏
necesito actualizar mis datos pls, ahora tengo otro numero

soy maria gabriela rondon perez, venezolana
cedula V-26.418.093
mi nuevo cel es 912 447 803

grax de antemano 😊""",
    "actualizacion_datos",
    {"nombres": "maria gabriela rondon perez", "nacionalidad": "VE", "documento_identidad": "V26418093",
     "telefono": "+51912447803", "correo": "mariagabi.rondon98@gmail.com"})

# 002 numbered list, cambio de contraseña
add("cambio-clave-lista-numerada", S, at(2026, 10, 5, 9, 2),
    "Jhonatan Briceño <jbriceno.ve@hotmail.com>", "Cambio de contraseña",
    """Buenos días, solicito el cambio de clave del Sistema de Refugiados. Mis datos:

1. Nombres y apellidos: Jhonatan Alexis Briceño Colmenares
2. N° de pasaporte: 135792468
3. Teléfono: 934 120 577
4. Correo electrónico: jbriceno.ve@hotmail.com

Gracias.""",
    "cambio_clave",
    {"nombres": "Jhonatan Alexis Briceño Colmenares", "documento_identidad": "135792468",
     "telefono": "+51934120577", "correo": "jbriceno.ve@hotmail.com"})

# 003 long polite letter, prórroga de residencia, complete
add("prorroga-carta-formal", R, at(2026, 10, 6, 10, 47),
    "Hernando Quiñones <hquinonesv@yahoo.com>", "Prórroga de residencia",
    """Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores
Presente.-

De mi especial consideración:

Tengo el agrado de dirigirme a ustedes para saludarlos muy cordialmente y, a la vez,
solicitarles tengan a bien tramitar la prórroga anual de mi residencia en calidad de
refugiado reconocido, conforme a lo indicado en la relación de trámites virtuales de
la Secretaría Ejecutiva.

Para tal efecto consigno a continuación mis datos personales:

Nombres y apellidos completos: Hernando José Quiñones Valderrama
Sexo: masculino
Nacionalidad: colombiana
Cédula de ciudadanía (C.C.): 79.456.213
Carné de Extranjería N°: 000482915
Fecha de nacimiento: 15 de marzo de 1958
Teléfono fijo: (01) 4236715

Quedo a la espera de su amable respuesta y del oficio correspondiente dirigido a
Migraciones.

Sin otro particular, hago propicia la ocasión para expresarles los sentimientos de mi
mayor consideración y estima.

Atentamente,

Hernando José Quiñones Valderrama
Jesús María, Lima""",
    "prorroga_residencia",
    {"nombres": "Hernando José Quiñones Valderrama", "sexo": "M", "nacionalidad": "CO",
     "documento_identidad": "79456213", "carne_extranjeria": "000482915", "fecha_nacimiento": "1958-03-15",
     "telefono": "+5114236715", "correo": "hquinonesv@yahoo.com"}, refugee=True)

# 004 pasted form block, subject "Solicitud", body names actualización de datos
add("solicitud-bloque-formulario", S, at(2026, 10, 6, 16, 52),
    "LUIS PEREZ <luisalberto.pg@outlook.com>", "Solicitud",
    """Buenas tardes. Por medio del presente solicito la actualización de datos de contacto
en mi expediente, copio los datos del formulario que llené:

=============================
DATOS DEL SOLICITANTE
=============================
NOMBRE COMPLETO ........ LUIS ALBERTO PEREZ GOMEZ
NACIONALIDAD ........... VENEZUELA
TIPO DE DOCUMENTO ...... CEDULA
NUMERO ................. V-19.874.330
TELEFONO ............... +51 951 003 284
CORREO ................. luisalberto.pg@outlook.com
DIRECCION .............. Av. Túpac Amaru 1450, Comas
=============================

Atte.
Luis Pérez""",
    "actualizacion_datos",
    {"nombres": "LUIS ALBERTO PEREZ GOMEZ", "nacionalidad": "VE", "documento_identidad": "V19874330",
     "telefono": "+51951003284", "correo": "luisalberto.pg@outlook.com"})

# 005 subject is only a name; cambio de clave, no phone -> subsanar
add("asunto-solo-nombre-cambio-clave", S, at(2026, 10, 7, 8, 15),
    "Yusleidy Fonseca <yusleidy.fonseca@nauta.cu>", "Yusleidy Fonseca Rivero",
    """Buenos días:

Les escribo porque olvidé la contraseña del sistema de refugiados y necesito el cambio
de clave y contraseña para poder entrar a ver mi expediente.

Yusleidy Fonseca Rivero, cubana
Carnet de identidad: 88061512394
correo: yusleidyfr88@gmail.com

Saludos""",
    "cambio_clave",
    {"nombres": "Yusleidy Fonseca Rivero", "nacionalidad": "CU", "documento_identidad": "88061512394",
     "correo": "yusleidyfr88@gmail.com", "motivo": "olvidé la contraseña del sistema de refugiados"})

# 006 English body, Haitian passport, cambio de clave complete
add("english-password-haiti", S, at(2026, 10, 7, 19, 40),
    "Wilner Joseph <wilner.joseph509@gmail.com>", "Cambio de clave",
    """Hello,

I am writing to ask for a new password for the refugee system (Sistema de Refugiados).
I am from Haiti and my Spanish is not good, sorry.

Full name: Wilner Jean Joseph
Passport number: RD4471903
Phone / WhatsApp: +509 3712 4480
Email: wilner.joseph509@gmail.com

Thank you very much for your help.
Wilner""",
    "cambio_clave",
    {"nombres": "Wilner Jean Joseph", "nacionalidad": "HT", "documento_identidad": "RD4471903",
     "telefono": "+50937124480", "correo": "wilner.joseph509@gmail.com"})

# 007 Portuguese body, recognised refugee from Angola, actualización complete
add("portugues-actualizacion-angola", S, at(2026, 10, 8, 11, 5),
    "Domingos Cassule <dcassule@gmail.com>", "Actualizacion de datos",
    """Bom dia,

Sou refugiado reconhecido no Peru e venho solicitar a atualização dos meus dados de
contato.

Nome completo: Domingos Afonso Cassule
Nacionalidade: angolana
Passaporte: N2298475
Carné de Extranjería: 001273648
Novo telefone: 981 552 017

Obrigado,
Domingos""",
    "actualizacion_datos",
    {"nombres": "Domingos Afonso Cassule", "nacionalidad": "AO", "documento_identidad": "N2298475",
     "carne_extranjeria": "001273648", "telefono": "+51981552017", "correo": "dcassule@gmail.com"},
    refugee=True)

RECON_008 = """RECURSO DE RECONSIDERACION

Señores Comisión Especial para los Refugiados

Yo, Andreína del Valle Mujica Salazar, identificada con pasaporte venezolano
N° 148823960, con telefono 962 305 118 y correo andreina.mujica@gmail.com, ante
ustedes me presento y digo:

Que interpongo recurso de reconsideración contra la resolución que deniega mi
solicitud de refugio, notificada el 14 de octubre de 2026.

MOTIVO: la resolución no valoró las amenazas que recibí de grupos colectivos en
Barquisimeto; adjunto como nueva prueba la denuncia hecha ante el CICPC y
constancias de mi empleador.

Por lo expuesto, pido se reconsidere la decisión.

Lima, 26 de octubre de 2026

Andreína del Valle Mujica Salazar"""
# 008 reconsideración, signed PDF holds the data, notification in time
add("reconsideracion-pdf-firmado", M, at(2026, 10, 26, 12, 31),
    "Andreina Mujica <andreina.mujica@gmail.com>", "Recurso de Reconsideración",
    "Buenas tardes, adjunto mi recurso de reconsideración firmado digitalmente.\nSaludos cordiales.",
    "reconsideracion",
    {"nombres": "Andreína del Valle Mujica Salazar", "nacionalidad": "VE", "documento_identidad": "148823960",
     "telefono": "+51962305118", "correo": "andreina.mujica@gmail.com",
     "motivo": "la resolución no valoró las amenazas que recibí de grupos colectivos en Barquisimeto"},
    sig="valid", atts=[("signed", "recurso_reconsideracion.pdf", RECON_008, "Andreina Mujica Salazar")],
    notif=dt.date(2026, 10, 14))

APEL_009 = """RECURSO DE APELACION

Nombres y apellidos: Carlos Eduardo Pinto Arvelo
Documento: Cédula V-14.552.781
Teléfono: +51 987 221 904
Correo: cepinto.arvelo@gmail.com

Interpongo recurso de apelación contra la Resolución que confirma la denegatoria de
mi solicitud de refugio, notificada con fecha 01/10/2026.

Motivo de la apelación: no se tomó en cuenta que fui perseguido por mi actividad
sindical, lo que consta en los documentos presentados en la entrevista.

Lima, 9 de noviembre de 2026
Carlos Eduardo Pinto Arvelo"""
# 009 apelación, signed PDF, notified long ago -> extemporaneo
add("apelacion-firmada-extemporanea", M, at(2026, 11, 9, 15, 58),
    "Carlos Pinto <cepinto.arvelo@gmail.com>", "RECURSO DE APELACION - Carlos Pinto",
    "Señores CEPR:\n\nRemito adjunto mi recurso de apelación con firma digital.\n\nCarlos Pinto",
    "apelacion",
    {"nombres": "Carlos Eduardo Pinto Arvelo", "documento_identidad": "V14552781",
     "telefono": "+51987221904", "correo": "cepinto.arvelo@gmail.com",
     "motivo": "no se tomó en cuenta que fui perseguido por mi actividad sindical"},
    sig="valid", atts=[("signed", "apelacion_pinto.pdf", APEL_009, "Carlos Eduardo Pinto Arvelo")],
    notif=dt.date(2026, 10, 1))

APEL_010 = """Senores de la Comision Especial para los Refugiados

Yo, Rosa Elvira Camacho Duarte, con cedula de ciudadania colombiana 52.908.114,
celular 955 618 204, correo rosacamacho.d@hotmail.com, presento RECURSO DE
APELACION contra la resolucion que confirma la denegatoria de mi refugio.

Fundamento: en mi pais sigo amenazada por el grupo armado que asesino a mi
esposo; la resolucion no reviso las pruebas nuevas.

Atentamente,
Rosa Elvira Camacho Duarte"""
# 010 apelación with altered signed PDF -> invalid -> subsanar
add("apelacion-pdf-alterado", M, at(2026, 11, 10, 10, 20),
    "Rosa Camacho <rosacamacho.d@hotmail.com>", "Apelación",
    "Buenos días adjunto apelación firmada.\nRosa Camacho",
    "apelacion",
    {"nombres": "Rosa Elvira Camacho Duarte", "nacionalidad": "CO", "documento_identidad": "52908114",
     "telefono": "+51955618204", "correo": "rosacamacho.d@hotmail.com",
     "motivo": "en mi pais sigo amenazada por el grupo armado que asesino a mi esposo"},
    sig="invalid", atts=[("altered", "apelacion.pdf", APEL_010, "Rosa Elvira Camacho Duarte",
                          "pruebas nuevas", "pruebas viejas")])

SCAN_011 = """Recurso de reconsideracion
Yo Kelvin Marcano, pasaporte 112093874
Pido reconsideracion de mi caso.
Firma:"""
# 011 reconsideración, scanned PDF (image only), data in body, no notification date
add("reconsideracion-escaneada", M, at(2026, 11, 11, 17, 45),
    "kelvin marcano <kelvinm_1990@hotmail.com>", "recurso de reconsideracion",
    """Buenas tardes mando escaneado mi recurso de reconsideracion firmado a mano
porque no tengo firma digital.

Nombre: Kelvin José Marcano Lugo
Pasaporte: 112093874
Telefono: 944-801-263
Email: kelvinm_1990@hotmail.com
Motivo: me denegaron pero no pude presentar las pruebas de las amenazas que recibí en
Maturín, ahora las tengo y las adjunto en fisico a la oficina si es necesario.

Kelvin""",
    "reconsideracion",
    {"nombres": "Kelvin José Marcano Lugo", "documento_identidad": "112093874", "telefono": "+51944801263",
     "correo": "kelvinm_1990@hotmail.com",
     "motivo": "me denegaron pero no pude presentar las pruebas de las amenazas que recibí en Maturín"},
    sig="manuscrita", atts=[("scan", "escaneo_recurso.pdf", SCAN_011)])

# 012 reconsideración by phone, no attachment -> absent -> subsanar
add("reconsideracion-celular-sin-firma", M, at(2026, 11, 14, 10, 3),
    "Yorman <yorman.ch23@gmail.com>", "reconsideracion",
    """hola q tal, quiero poner recurso de reconsideracion pq me negaron el refugio y no
estoy de acuerdo, en mi pais me buscan x haber estado en las protestas 😔

yorman daniel chirinos
ced 27.118.450
cel 9 2634 1187
correo el mismo de aca

xfa me avisan q mas necesito""",
    "reconsideracion",
    {"nombres": "yorman daniel chirinos", "documento_identidad": "27118450", "telefono": "+51926341187",
     "correo": "yorman.ch23@gmail.com",
     "motivo": "me negaron el refugio y no estoy de acuerdo, en mi pais me buscan x haber estado en las protestas"},
    sig="absent")

LETTER_013 = """Lima 20/11/2026
Sres. CEPR
Recurso de Apelacion
Yo Mariela Suárez, C.I. V-20.331.905
apelo la resolucion ...
(firma)"""
# 013 apelación with photo (JPEG) of handwritten letter; notification 2-digit year, late
add("apelacion-foto-extemporanea", M, at(2026, 11, 20, 13, 10),
    "Mariela Suarez <marielasuarez.2020@gmail.com>", "RV: Recurso de apelacion",
    """Buenas tardes, les reenvío la foto de mi apelación firmada a mano.

Mis datos:
- Nombre completo: Mariela Andreína Suárez Tovar
- Cédula venezolana: V-20.331.905
- Teléfono: 976 430 512
- Correo: marielasuarez.2020@gmail.com

La resolución que confirma la denegatoria me fue notificada con fecha 19/10/26.
Motivo de la apelación: tengo una hija menor con condición médica que no puede ser
tratada en Venezuela y mi pareja fue detenido por motivos políticos.

Gracias""",
    "apelacion",
    {"nombres": "Mariela Andreína Suárez Tovar", "nacionalidad": "VE", "documento_identidad": "V20331905", "telefono": "+51976430512",
     "correo": "marielasuarez.2020@gmail.com",
     "motivo": "tengo una hija menor con condición médica que no puede ser tratada en Venezuela y mi pareja fue detenido por motivos políticos"},
    sig="manuscrita", atts=[("jpeg", "IMG_20261120_125801.jpg", LETTER_013)],
    notif=dt.date(2026, 10, 19))

REN_014 = """RENUNCIA AL TRAMITE DE SOLICITUD DE REFUGIO

Yo, Gustavo Adolfo Lozada Rivas, de nacionalidad ecuatoriana, con cedula
1718293045, telefono 993 004 871, declaro mi decision de renunciar al tramite de mi
solicitud de refugio.

Motivo: regreso al Ecuador con mi esposa, Paola Andrea Mena (cedula 1722004519),
y nuestros hijos porque la situacion en mi ciudad ha mejorado.

Gustavo Adolfo Lozada Rivas"""
# 014 renuncia, text-only PDF -> absent -> subsanar firma; spouse mentioned
add("renuncia-pdf-sin-firma", M, at(2026, 11, 23, 9, 30),
    "Gustavo Lozada <glozada.rivas@gmail.com>", "Renuncia",
    "Estimados, adjunto mi renuncia.\nSaludos,\nGustavo Lozada",
    "renuncia",
    {"nombres": "Gustavo Adolfo Lozada Rivas", "nacionalidad": "EC", "documento_identidad": "1718293045",
     "telefono": "+51993004871", "correo": "glozada.rivas@gmail.com",
     "motivo": "regreso al Ecuador con mi esposa y nuestros hijos porque la situacion en mi ciudad ha mejorado"},
    sig="absent", atts=[("text", "renuncia_lozada.pdf", REN_014)])

REN_015 = """Lima, 24 de noviembre de 2026

Señores
Comisión Especial para los Refugiados

Asunto: Renuncia a la condición de refugiado

Yo, Nadia Carolina Herrera Blanco, de nacionalidad venezolana, con pasaporte
N° 093847561 y Carné de Extranjería N° 000917265, teléfono +51 921 774 390,
refugiada reconocida, comunico mi decisión de renunciar a la condición de refugiada.

Motivo de la renuncia: he obtenido la nacionalidad española por mi abuelo y me
trasladaré a Madrid de forma definitiva.

Atentamente,
Nadia Carolina Herrera Blanco"""
# 015 renuncia complete, signed PDF, recognised refugee
add("renuncia-refugiada-firmada", M, at(2026, 11, 24, 11, 12),
    "Nadia Herrera <nadia.herrerab@gmail.com>", "Renuncia a la condición de refugiado",
    "Buenos días,\n\nAdjunto documento de renuncia firmado digitalmente.\n\nNadia Herrera",
    "renuncia",
    {"nombres": "Nadia Carolina Herrera Blanco", "nacionalidad": "VE", "documento_identidad": "093847561",
     "carne_extranjeria": "000917265", "telefono": "+51921774390", "correo": "nadia.herrerab@gmail.com",
     "motivo": "he obtenido la nacionalidad española por mi abuelo y me trasladaré a Madrid de forma definitiva"},
    sig="valid", refugee=True,
    atts=[("signed", "renuncia_firmada.pdf", REN_015, "Nadia Carolina Herrera Blanco")])

VIAJE_016 = """SOLICITUD DE AUTORIZACION DE VIAJE

Nombres y apellidos: Oswaldo Enrique Palencia Ruiz
Carné de Extranjería: 001045572
Teléfono: 958 330 641

Solicito autorización de viaje por urgencia.
Lugar de destino: Santiago de Chile
Fechas: del 12 al 20 de enero de 2027
Motivo del viaje: mi madre será operada del corazón en Santiago y soy su único hijo
en la región.

Oswaldo Enrique Palencia Ruiz"""
# 016 autorización de viaje, date range, signed PDF
add("viaje-rango-fechas-firmado", R, at(2026, 12, 2, 10, 25),
    "Oswaldo Palencia <opalencia.ruiz@gmail.com>", "Autorización de Viaje",
    "Buen día, adjunto solicitud de autorización de viaje firmada. Quedo atento.\nOswaldo Palencia",
    "autorizacion_viaje",
    {"nombres": "Oswaldo Enrique Palencia Ruiz", "carne_extranjeria": "001045572", "telefono": "+51958330641",
     "destino": "Santiago de Chile", "fecha_salida": "2027-01-12", "fecha_retorno": "2027-01-20",
     "correo": "opalencia.ruiz@gmail.com",
     "motivo": "mi madre será operada del corazón en Santiago y soy su único hijo en la región"},
    sig="valid", refugee=True,
    atts=[("signed", "autorizacion_viaje.pdf", VIAJE_016, "Oswaldo Enrique Palencia Ruiz")])

# 017 viaje, two-digit years, JPEG of signed letter
add("viaje-anio-dos-digitos-foto", R, at(2026, 12, 5, 11, 40),
    "Edgar Mora <edgarmora77@gmail.com>", "permiso de viaje urgente",
    """Señores refugiados:

Solicito permiso de viaje urgente, adjunto foto de la solicitud firmada.

Nombre: Edgar Antonio Mora Castillo
C.E. 000736154
Cel: 9 7001 2288
Destino: Bogotá, Colombia
Salida: 23/01/27
Retorno: 06/02/27
Motivo: fallecimiento de mi padre, debo viajar para el sepelio y trámites de la
sucesión.

Gracias""",
    "autorizacion_viaje",
    {"nombres": "Edgar Antonio Mora Castillo", "carne_extranjeria": "000736154", "telefono": "+51970012288",
     "destino": "Bogotá, Colombia", "fecha_salida": "2027-01-23", "fecha_retorno": "2027-02-06",
     "correo": "edgarmora77@gmail.com",
     "motivo": "fallecimiento de mi padre, debo viajar para el sepelio y trámites de la sucesión"},
    sig="manuscrita", refugee=True,
    atts=[("jpeg", "solicitud_viaje_firmada.jpg", "Solicitud de viaje\nEdgar Mora\nCE 000736154\n(firma)")])

# 018 viaje from phone, no return date, no signature
add("viaje-celular-sin-retorno", R, at(2026, 12, 6, 22, 18),
    "dani <danielaq.2001@gmail.com>", "autorizacion de viaje",
    """hola! necesito permiso para viajar xq mi abuela esta muy grave en quito 🙏🙏

soy daniela quintero, CE 001398277
salgo el 18/12/26, la vuelta todavia no se, depende de como siga ella
mi whatsapp +51 917 262 045

tb les pregunto si necesito algo mas aparte de esto, gracias!!""",
    "autorizacion_viaje",
    {"nombres": "daniela quintero", "carne_extranjeria": "001398277", "telefono": "+51917262045",
     "destino": "quito", "fecha_salida": "2026-12-18", "correo": "danielaq.2001@gmail.com",
     "motivo": "mi abuela esta muy grave en quito"},
    sig="absent", refugee=True)

DEN_019 = """POLICIA NACIONAL DEL PERU
COMISARIA PNP SAN MARTIN DE PORRES
COPIA CERTIFICADA DE DENUNCIA POLICIAL

Denunciante: Luz Marina Ortega Salcedo
Hecho: perdida de documentos (Carne de Extranjeria) en la via publica
Fecha del hecho: 28/11/2026"""
# 019 duplicado carné de extranjería, bullets, denuncia PDF attached, complete
add("duplicado-vinetas-con-denuncia", R, at(2026, 12, 7, 9, 55),
    "Luz Marina Ortega <lm.ortega.salcedo@gmail.com>", "Duplicado de carné de extranjería",
    """Buenos días, solicito duplicado de mi carné de extranjería. Adjunto la
denuncia policial.

• Nombres y apellidos: Luz Marina Ortega Salcedo
• Sexo: Femenino
• Nacionalidad: Colombia
• Cédula: 1.036.552.870
• Carné de extranjería: 000654382
• Fecha de nacimiento: 02-08-1984
• Teléfono: 986 115 420

Muchas gracias.""",
    "duplicado_carne_extranjeria",
    {"nombres": "Luz Marina Ortega Salcedo", "sexo": "F", "nacionalidad": "CO", "documento_identidad": "1036552870",
     "carne_extranjeria": "000654382", "fecha_nacimiento": "1984-08-02", "telefono": "+51986115420",
     "correo": "lm.ortega.salcedo@gmail.com"},
    denuncia=True, refugee=True, atts=[("text", "denuncia_policial.pdf", DEN_019)])

# 020 duplicado without denuncia -> subsanar
add("duplicado-sin-denuncia", R, at(2026, 12, 8, 10, 30),
    "Rafael Aponte <rafaelaponte.r@gmail.com>", "duplicado de carnet de extranjeria",
    """Señores, me robaron la billetera con el carnet de extranjería y necesito el
duplicado.

Rafael Ignacio Aponte Rengifo
masculino, de Venezuela
pasaporte 129384756
carnet de extranjeria 001187420
nacido el 30/06/1979
telefono 940 556 213""",
    "duplicado_carne_extranjeria",
    {"nombres": "Rafael Ignacio Aponte Rengifo", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "129384756",
     "carne_extranjeria": "001187420", "fecha_nacimiento": "1979-06-30", "telefono": "+51940556213",
     "correo": "rafaelaponte.r@gmail.com", "motivo": "me robaron la billetera con el carnet de extranjería"},
    refugee=True)

# 021 carné de solicitante -> suspendido
add("carne-solicitante-suspendido", S, at(2026, 12, 9, 15, 0),
    "Ana Belén Torrealba <anabtorrealba@gmail.com>", "Carné de solicitante",
    """Buenas tardes, quisiera saber cómo obtener mi carné de solicitante de refugio.

Ana Belén Torrealba Mendoza
Pasaporte venezolano 117730921
Cel. 925 660 148""",
    "carne_solicitante",
    {"nombres": "Ana Belén Torrealba Mendoza", "nacionalidad": "VE", "documento_identidad": "117730921",
     "telefono": "+51925660148", "correo": "anabtorrealba@gmail.com"})

# 022 portal: solicitud de refugio to mesa de partes
add("portal-solicitud-refugio", M, at(2026, 10, 12, 8, 44),
    "Jean-Baptiste Pierre <jbpierre.ht@gmail.com>", "Solicitud de refugio",
    """Buenos días, soy de Haití y llegué a Lima la semana pasada. Quiero presentar una
solicitud de refugio, ¿cómo hago?

Jean-Baptiste Pierre""",
    "solicitud_refugio",
    {"nombres": "Jean-Baptiste Pierre", "nacionalidad": "HT", "correo": "jbpierre.ht@gmail.com"})

# 023 portal: autorización de trabajo, phone style
add("portal-autorizacion-trabajo", S, at(2026, 10, 13, 23, 5),
    "Keyla <keyla.mendez03@gmail.com>", "autorizacion de trabajo",
    """hola buenas, como saco la autorizacion de trabajo? ya hice mi solicitud hace un mes
tb necesito renovarla, grax""",
    "autorizacion_trabajo", {"correo": "keyla.mendez03@gmail.com"})

# 024 portal: entrevista de registro, polite older writer
add("portal-entrevista-registro", S, at(2026, 10, 14, 10, 10),
    "Alberto Rangel <alberto.rangel.m@yahoo.com>", "Entrevista de Registro",
    """Estimados señores:

Con el debido respeto, me permito consultarles sobre la programación de mi
Entrevista de Registro. Presenté mi solicitud de refugio en línea hace ya dos meses y
aún no he recibido la fecha de la cita en mi correo electrónico.

Agradeciendo de antemano su gentil atención,

Alberto Rangel Mijares""",
    "entrevista_registro",
    {"nombres": "Alberto Rangel Mijares", "correo": "alberto.rangel.m@yahoo.com"})

# 025 triage: "Consulta", general question
add("triage-consulta-estado", S, at(2026, 10, 14, 18, 30),
    "Wendy Salas <wendysalas.c@gmail.com>", "Consulta",
    """Buenas tardes, quisiera saber en qué estado está mi expediente, presenté todo
hace varios meses y no me han respondido nada. Gracias.
Wendy Salas""",
    None, {"nombres": "Wendy Salas", "correo": "wendysalas.c@gmail.com"})

# 026 triage: "URGENTE", mentions two procedures
add("triage-urgente-dos-tramites", R, at(2026, 10, 17, 12, 0),
    "Freddy Guerra <freddyguerra71@gmail.com>", "URGENTE",
    """Buenas, no se si me toca pedir la prorroga de residencia o el duplicado del carnet
de extranjeria primero. Me pueden orientar?
Freddy Guerra
cel 913 882 046""",
    None, {"nombres": "Freddy Guerra", "telefono": "+51913882046", "correo": "freddyguerra71@gmail.com"},
    refugee=True)

# 027 ignorado: automatic reply from an applicant's mailbox
add("ignorado-respuesta-automatica", S, at(2026, 10, 19, 7, 1),
    "Milagros Ochoa <mochoa.asesora@empresa-ejemplo.pe>", "Respuesta automática: Actualización de datos",
    """Gracias por su mensaje. Me encuentro de vacaciones hasta el 26 de octubre, con acceso
limitado al correo. Para temas urgentes escriba a soporte@empresa-ejemplo.pe.""",
    "actualizacion_datos", {}, ignorado=True, headers={"Auto-Submitted": "auto-replied"})

# 028 ignorado: bounce (multipart/report)
add("ignorado-rebote", M, at(2026, 10, 20, 3, 12),
    "Mail Delivery System <MAILER-DAEMON@mx.rree.gob.pe>", "Undelivered Mail Returned to Sender",
    None, None, {}, ignorado=True, raw="bounce")

# 029 ignorado: newsletter with List-Id
add("ignorado-boletin", R, at(2026, 10, 21, 6, 0),
    "Boletín Migrante <boletin@redmigrante-ejemplo.org>", "Boletín semanal: novedades para personas migrantes",
    """Esta semana: talleres gratuitos de emprendimiento, ferias de empleo en Lima Norte y
orientación legal gratuita. Para dejar de recibir este boletín responda BAJA.""",
    None, {}, ignorado=True,
    headers={"List-Id": "<boletin.redmigrante-ejemplo.org>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@redmigrante-ejemplo.org>"})

# 030 derivado: cambio de clave sent to refugiados@
add("derivado-cambio-clave-a-refugiados", R, at(2026, 10, 21, 14, 22),
    "Isaac Villalobos <isaacvillalobos@gmail.com>", "cambio de clave",
    """Buenas tardes. Necesito cambio de clave y contraseña del sistema de refugiados.
Nombre completo: Isaac David Villalobos Pérez
Pasaporte: 104958372
Teléfono: +51 999 012 334
Correo: isaacvillalobos@gmail.com""",
    "cambio_clave",
    {"nombres": "Isaac David Villalobos Pérez", "documento_identidad": "104958372", "telefono": "+51999012334",
     "correo": "isaacvillalobos@gmail.com"})

# 031 derivado: prórroga sent to solicitantesrefugio@, phone style, complete
add("derivado-prorroga-celular", S, at(2026, 10, 24, 16, 45),
    "Yoselin Parra <yoselinparra.92@gmail.com>", "renovacion de residencia",
    """buenas tardes, soy refugiada reconocida y necesito la renovacion de mi residencia anual

nombre: yoselin carolina parra diaz
sexo: F
nacionalidad: venezolana
pasaporte: 136620458
CE: 001520937
fecha de nac: 15/03/92
tlf 951 884 306

gracias 🙏""",
    "prorroga_residencia",
    {"nombres": "yoselin carolina parra diaz", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "136620458",
     "carne_extranjeria": "001520937", "fecha_nacimiento": "1992-03-15", "telefono": "+51951884306",
     "correo": "yoselinparra.92@gmail.com"}, refugee=True)

RECON_032 = """RECURSO DE RECONSIDERACION

Nombre: Ernesto Javier Colina Barrios
Pasaporte: 108772614
Telefono: 947 203 518
Correo: ernestocolina.b@gmail.com

Motivo: presento nuevas pruebas (constancia de la ONG Provea) sobre la persecucion
que sufri como periodista en Valencia, Venezuela.

Ernesto Javier Colina Barrios"""
# 032 derivado: reconsideración sent to refugiados@, signed PDF
add("derivado-reconsideracion-a-refugiados", R, at(2026, 10, 27, 9, 14),
    "Ernesto Colina <ernestocolina.b@gmail.com>", "Reconsideracion",
    "Buenos días, adjunto recurso de reconsideración firmado.\nErnesto Colina",
    "reconsideracion",
    {"nombres": "Ernesto Javier Colina Barrios", "documento_identidad": "108772614", "telefono": "+51947203518",
     "correo": "ernestocolina.b@gmail.com",
     "motivo": "presento nuevas pruebas (constancia de la ONG Provea) sobre la persecucion que sufri como periodista en Valencia, Venezuela."},
    sig="valid", atts=[("signed", "reconsideracion_colina.pdf", RECON_032, "Ernesto Javier Colina Barrios")])

# 033 actualización with children's documents and spouse's nationality
add("actualizacion-madre-con-hijos", S, at(2026, 10, 28, 11, 33),
    "Génesis Álvarez <genesis.alvarez.m@gmail.com>", "Actualización de datos",
    """Buenos días, quiero actualizar mis datos de contacto (teléfono y dirección).

Mis datos:
Nombres y apellidos: Génesis Alejandra Álvarez Montero
Nacionalidad: Venezuela
Cédula: V-24.906.117
Teléfono nuevo: 964 228 570
Dirección: Jr. Huánuco 812, San Juan de Lurigancho

También les paso los datos de mis hijos que están en mi misma solicitud:
- Santiago Rojas Álvarez, cédula V-33.412.908
- Valentina Rojas Álvarez, partida de nacimiento peruana
Mi esposo, Andrés Rojas, es colombiano (C.C. 1.098.776.521) y tiene su propio
expediente.

Gracias.""",
    "actualizacion_datos",
    {"nombres": "Génesis Alejandra Álvarez Montero", "nacionalidad": "VE", "documento_identidad": "V24906117",
     "telefono": "+51964228570", "correo": "genesis.alvarez.m@gmail.com"})

# 034 prórroga in bullets, lacking sexo and fecha de nacimiento; children mentioned after
add("prorroga-falta-sexo-nacimiento", R, at(2026, 10, 30, 17, 20),
    "Deyanira Colmenares <deyacolmenares@hotmail.com>", "Prorroga de residencia",
    """Buenas tardes, solicito la prórroga de residencia anual.

- Nombre: Deyanira Colmenares Urbina
- Nacionalidad: Venezuela
- Pasaporte: 119203847
- Carné de extranjería: 000845113
- Teléfono: 982 004 775

Mis dos hijos también son refugiados, les escribiré aparte con sus carnés.""",
    "prorroga_residencia",
    {"nombres": "Deyanira Colmenares Urbina", "nacionalidad": "VE", "documento_identidad": "119203847",
     "carne_extranjeria": "000845113", "telefono": "+51982004775", "correo": "deyacolmenares@hotmail.com"},
    refugee=True)

# 035 RE: reply with quoted institutional header; applicant gives another address
add("re-cambio-clave-respuesta-citada", S, at(2026, 11, 3, 9, 8),
    "Omar Bastidas <omar.bastidas@empresa-ejemplo.pe>", "RE: Cambio de clave y contraseña",
    """Buenos días, completo lo que me pidieron:

Nombre completo: Omar Enrique Bastidas Loyo
Pasaporte: 127748301
Teléfono: 915 330 862
Mi correo personal (el que registré en el sistema): omarbastidas.loyo@gmail.com

Saludos,
Omar

-----Mensaje original-----
De: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
Enviado el: viernes, 30 de octubre de 2026 10:15
Para: omar.bastidas@empresa-ejemplo.pe
Asunto: Cambio de clave y contraseña

Estimado usuario: para el cambio de clave indique nombres, documento, teléfono y correo.""",
    "cambio_clave",
    {"nombres": "Omar Enrique Bastidas Loyo", "documento_identidad": "127748301", "telefono": "+51915330862",
     "correo": "omarbastidas.loyo@gmail.com"})

# 036 actualización from recognised refugee without CE number -> subsanar
add("actualizacion-refugiado-sin-ce", S, at(2026, 11, 4, 12, 0),
    "Néstor Gil <nestorgil.p@gmail.com>", "actualización de datos de contacto",
    """Estimados, soy refugiado reconocido desde 2021, les escribo para actualizar mis datos.

Nombres: Néstor Ramón Gil Pacheco
Nacionalidad: venezolano
Cédula: V-11.884.203
Celular: 978 661 390
Correo nuevo: nestorgil.p@gmail.com

Atentamente""",
    "actualizacion_datos",
    {"nombres": "Néstor Ramón Gil Pacheco", "nacionalidad": "VE", "documento_identidad": "V11884203",
     "telefono": "+51978661390", "correo": "nestorgil.p@gmail.com"}, refugee=True)

REN_037 = """RENUNCIA A LA SOLICITUD DE REFUGIO

Yo, Marisol Beatriz Peña Contreras, de nacionalidad cubana, con carnet de identidad
N° 79110408536, solicitante de refugio, renuncio a mi solicitud.

Motivo: he obtenido una visa de trabajo en Uruguay y dejaré el Perú.

Teléfono de contacto: 931 447 208

Marisol Beatriz Peña Contreras"""
# 037 renuncia written by an aid organisation on the applicant's behalf
add("renuncia-por-organizacion", M, at(2026, 11, 5, 10, 41),
    "Lucía Fernández - Orientación Legal <lfernandez@ong-acogida-ejemplo.org>", "Renuncia - Marisol Peña Contreras",
    """Estimados señores:

Me dirijo a ustedes en mi calidad de abogada de la asociación de acogida, a nombre de
la Sra. Marisol Beatriz Peña Contreras, quien no cuenta con acceso a correo
electrónico. Adjunto el escrito de renuncia firmado digitalmente por ella.

El teléfono de contacto de la señora es 931 447 208.

Atentamente,
Lucía Fernández Cárdenas
DNI 45879012
Abogada - CAL 71234""",
    "renuncia",
    {"nombres": "Marisol Beatriz Peña Contreras", "nacionalidad": "CU", "documento_identidad": "79110408536",
     "telefono": "+51931447208", "correo": "lfernandez@ong-acogida-ejemplo.org",
     "motivo": "he obtenido una visa de trabajo en Uruguay y dejaré el Perú."},
    sig="valid", atts=[("signed", "renuncia_pena.pdf", REN_037, "Marisol Beatriz Pena Contreras")])

APEL_038 = """RECURSO DE APELACION

Señores Comision Especial para los Refugiados:

Yo, Juan Pablo Restrepo Gaviria, identificado con pasaporte colombiano AU552871,
celular +51 968 402 115, correo jprestrepo.g@gmail.com, interpongo recurso de
apelacion contra la resolucion que confirma la denegatoria de mi solicitud.

Motivo: la resolucion se basa en que Medellin es zona segura, pero mi caso prueba
amenazas directas del grupo que controla mi barrio.

Juan Pablo Restrepo Gaviria"""
# 038 apelación on a Saturday night, signed PDF, no notification date
add("apelacion-sabado-noche", M, at(2026, 11, 7, 23, 48),
    "Juan Pablo Restrepo <jprestrepo.g@gmail.com>", "Recurso de Apelación",
    "Adjunto recurso de apelación firmado digitalmente. Gracias.",
    "apelacion",
    {"nombres": "Juan Pablo Restrepo Gaviria", "nacionalidad": "CO", "documento_identidad": "AU552871", "telefono": "+51968402115",
     "correo": "jprestrepo.g@gmail.com",
     "motivo": "la resolucion se basa en que Medellin es zona segura, pero mi caso prueba amenazas directas del grupo que controla mi barrio."},
    sig="valid", atts=[("signed", "apelacion_restrepo.pdf", APEL_038, "Juan Pablo Restrepo Gaviria")])

VIAJE_039 = """Solicitud de autorizacion de viaje (urgencia)

Nombre: Luisana Carolina Ibarra Méndez
Carne de extranjeria: 001302846
Telefono: 957 118 324
Destino: Caracas, Venezuela
Fecha de salida: 15-12-2026
Fecha de retorno: 05-01-2027
Motivo: mi hijo de 8 anos sera operado y necesita que este presente.

Luisana Carolina Ibarra Méndez"""
# 039 derivado: autorización de viaje sent to mesadepartes@, signed PDF
add("derivado-viaje-a-mesa-partes", M, at(2026, 11, 30, 18, 5),
    "Luisana Ibarra <luisanaibarra@gmail.com>", "Solicitud autorizacion de viaje",
    "Buenas noches, envío mi solicitud de autorización de viaje firmada.\nLuisana Ibarra",
    "autorizacion_viaje",
    {"nombres": "Luisana Carolina Ibarra Méndez", "carne_extranjeria": "001302846", "telefono": "+51957118324",
     "destino": "Caracas, Venezuela", "fecha_salida": "2026-12-15", "fecha_retorno": "2027-01-05",
     "correo": "luisanaibarra@gmail.com", "motivo": "mi hijo de 8 anos sera operado y necesita que este presente."},
    sig="valid", refugee=True,
    atts=[("signed", "solicitud_viaje.pdf", VIAJE_039, "Luisana Carolina Ibarra Mendez")])

# 040 Fwd: of the applicant's own earlier message, ISO birth date
add("fwd-prorroga-fecha-iso", R, at(2026, 12, 10, 8, 5),
    "Tomás Echeverría <tomas.echeverria.s@gmail.com>", "Fwd: Prorroga de residencia",
    """Reenvío mi solicitud del 16 de noviembre.

---------- Forwarded message ---------
De: Tomás Echeverría <tomas.echeverria.s@gmail.com>
Date: lun, 16 nov 2026 a las 09:12
Subject: Prorroga de residencia
To: <refugiados@rree.gob.pe>

Solicito prórroga de residencia.
Nombres y apellidos\tTomás Ignacio Echeverría Soto
Sexo\tM
Nacionalidad\tVenezuela
Pasaporte\t101556288
Carné de extranjería\t000598340
Fecha de nacimiento\t1979-11-30
Teléfono\t+51 946 773 019""",
    "prorroga_residencia",
    {"nombres": "Tomás Ignacio Echeverría Soto", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "101556288",
     "carne_extranjeria": "000598340", "fecha_nacimiento": "1979-11-30", "telefono": "+51946773019",
     "correo": "tomas.echeverria.s@gmail.com"}, refugee=True)

# 041 Portuguese body, cambio de clave, no document -> subsanar
add("portugues-cambio-clave-sin-documento", S, at(2026, 12, 12, 14, 30),
    "Francisca Lima <francisca.lima.ao@gmail.com>", "Cambio de clave",
    """Olá, boa tarde.

Preciso mudar a senha do Sistema de Refugiados.
Nome: Francisca Manuela Lima
Telefone (WhatsApp): +55 11 98765-4321
E-mail: francisca.lima.ao@gmail.com

Muito obrigada.""",
    "cambio_clave",
    {"nombres": "Francisca Manuela Lima", "telefono": "+5511987654321", "correo": "francisca.lima.ao@gmail.com"})

# 042 "Duplicado de carnet": body decides carné de extranjería; denuncia as JPEG
add("duplicado-carnet-ambiguo-denuncia-foto", R, at(2026, 12, 14, 16, 40),
    "Brenda Linares <brendalinares.v@gmail.com>", "Duplicado de carnet",
    """Buenas tardes, solicito el duplicado de mi carné de extranjería.
Adjunto foto de la denuncia policial.

Nombres y Apellidos: Brenda Valentina Linares Ocando
Sexo: F
Nacionalidad: venezolana
Pasaporte: 144290376
Carné de Extranjería: 001466025
F. de nacimiento: 22/07/90
Celular: 990-226-418""",
    "duplicado_carne_extranjeria",
    {"nombres": "Brenda Valentina Linares Ocando", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "144290376",
     "carne_extranjeria": "001466025", "fecha_nacimiento": "1990-07-22", "telefono": "+51990226418",
     "correo": "brendalinares.v@gmail.com"}, refugee=True, denuncia=True,
    atts=[("jpeg", "denuncia_policial_brenda.jpg", "DENUNCIA POLICIAL\nPerdida de carne de extranjeria")])

# 043 triage: "Solicitud" with vague body
add("triage-solicitud-vaga", M, at(2026, 12, 24, 10, 0),
    "Pedro Lugo <pedrolugo1965@hotmail.com>", "Solicitud",
    """Buenos días, solicito información sobre mi trámite, me dijeron que escriba a este
correo. Quedo atento.
Pedro Lugo""",
    None, {"nombres": "Pedro Lugo", "correo": "pedrolugo1965@hotmail.com"})

# 044 portal: subject "Solicitud", body clearly asks for solicitud de refugio
add("portal-solicitud-cuerpo", S, at(2026, 12, 26, 9, 15),
    "Wilfredo Paz <wilfredopaz.h@gmail.com>", "Solicitud",
    """Buenos días, soy de Venezuela y quiero presentar una solicitud de refugio para mí y
para mi esposa. ¿Dónde lo hago?
Wilfredo Paz""",
    "solicitud_refugio", {"nombres": "Wilfredo Paz", "nacionalidad": "VE", "correo": "wilfredopaz.h@gmail.com"})

RECON_045 = """Recurso de Reconsideracion

Yo, Adriana Sofía Meléndez Castro, pasaporte 130029475, telefono 924 810 337,
correo adrimelendez.c@gmail.com, interpongo recurso de reconsideracion contra la
resolucion que deniega mi solicitud de refugio, notificada el 17 de noviembre de 2026.

Motivo: adjunto nueva prueba, el informe medico de las lesiones que sufri durante
mi detencion en 2024.

Adriana Sofía Meléndez Castro"""
# 045 reconsideración on a holiday, notification on a non-working day, signed, in time
add("reconsideracion-feriado-notificada", M, at(2026, 12, 8, 11, 0),
    "Adriana Meléndez <adrimelendez.c@gmail.com>", "Recurso de reconsideracion - Adriana Melendez",
    "Buenos días, adjunto recurso firmado.",
    "reconsideracion",
    {"nombres": "Adriana Sofía Meléndez Castro", "documento_identidad": "130029475", "telefono": "+51924810337",
     "correo": "adrimelendez.c@gmail.com",
     "motivo": "adjunto nueva prueba, el informe medico de las lesiones que sufri durante mi detencion en 2024."},
    sig="valid", atts=[("signed", "reconsideracion_melendez.pdf", RECON_045, "Adriana Sofia Melendez Castro")],
    notif=dt.date(2026, 11, 17))

# 046 ignorado: no-reply sender
add("ignorado-noreply-notificacion", S, at(2026, 12, 29, 4, 30),
    "Notificaciones <no-reply@notificaciones-ejemplo.pe>", "Su código de verificación",
    "Su código de verificación es 482913. No responda a este mensaje.",
    None, {}, ignorado=True)

# 047 ignorado: X-Autoreply with a procedure subject
add("ignorado-x-autoreply", S, at(2027, 1, 4, 8, 20),
    "Reinaldo Sosa <reinaldososa@gmail.com>", "Re: Cambio de clave y contraseña",
    "Estoy fuera hasta el lunes. Responderé a su mensaje a mi regreso.",
    "cambio_clave", {}, ignorado=True, headers={"X-Autoreply": "yes"})

# 048 English body, "from Haiti", actualización sent to mesadepartes@ -> derivado
add("english-actualizacion-derivado", M, at(2027, 1, 5, 16, 35),
    "Marie-Claude Étienne <mcetienne.ht@gmail.com>", "Actualización de datos",
    """Good afternoon,

I would like to update my contact details in my refugee application file.

Name: Marie-Claude Étienne
Nationality: from Haiti
Passport: RD2087734
New phone number: 907 552 318
Email: mcetienne.ht@gmail.com

Best regards,
Marie-Claude""",
    "actualizacion_datos",
    {"nombres": "Marie-Claude Étienne", "nacionalidad": "HT", "documento_identidad": "RD2087734",
     "telefono": "+51907552318", "correo": "mcetienne.ht@gmail.com"})

# 049 apelación from phone, late, body-only (absent) with notification date
add("apelacion-celular-extemporanea-sin-firma", M, at(2027, 1, 8, 20, 2),
    "jhoan <jhoan.mtz.95@gmail.com>", "apelacion",
    """buenas noches quiero apelar la resolucion q me confirmo la denegatoria, me
notificaron el 02/12/2026 y no pude escribir antes xq estuve enfermo

motivo: yo si tengo miedo de volver, mataron a mi primo y a mi me amenazaron igual

jhoan martinez
pasaporte 151120339
cel 939 774 002""",
    "apelacion",
    {"nombres": "jhoan martinez", "documento_identidad": "151120339", "telefono": "+51939774002",
     "correo": "jhoan.mtz.95@gmail.com",
     "motivo": "yo si tengo miedo de volver, mataron a mi primo y a mi me amenazaron igual"},
    sig="absent", notif=dt.date(2026, 12, 2))

# 050 prórroga with HTML table body, sent to refugiados@
add("prorroga-html-tabla", R, at(2027, 1, 12, 10, 55),
    "Iván Medina <ivan.medina.r@outlook.com>", "PRORROGA DE RESIDENCIA",
    """Solicito prórroga de residencia.
Nombres y apellidos: Iván Darío Medina Rojas
Sexo: Masculino
Nacionalidad: Ecuador
Cédula: 0926614388
Carné de Extranjería: 000712904
Fecha de nacimiento: 04/11/1987
Teléfono: 972 118 640""",
    "prorroga_residencia",
    {"nombres": "Iván Darío Medina Rojas", "sexo": "M", "nacionalidad": "EC", "documento_identidad": "0926614388",
     "carne_extranjeria": "000712904", "fecha_nacimiento": "1987-11-04", "telefono": "+51972118640",
     "correo": "ivan.medina.r@outlook.com"}, refugee=True,
    html="""<html><body><p>Buenos días, solicito la <b>prórroga de residencia</b> anual.</p>
<table border="1"><tr><td>Nombres y apellidos</td><td>Iván Darío Medina Rojas</td></tr>
<tr><td>Sexo</td><td>Masculino</td></tr><tr><td>Nacionalidad</td><td>Ecuador</td></tr>
<tr><td>Cédula</td><td>0926614388</td></tr><tr><td>Carné de Extranjería</td><td>000712904</td></tr>
<tr><td>Fecha de nacimiento</td><td>04/11/1987</td></tr><tr><td>Teléfono</td><td>972 118 640</td></tr></table>
<p>Gracias,<br>Iván Medina</p></body></html>""")


# ---------------------------------------------------------------- writing
def label(m):
    proc = m["procedure"]
    rec = m["received"]
    fd = filing_day(rec)
    lab = {"file": None, "mailbox": m["mailbox"], "received": rec.isoformat(), "procedure": proc,
           "fields": m["fields"], "missing": [], "signature": "not_required", "outcome": None,
           "flags": [], "filing_date": fd.isoformat(), "due_date": None}
    reqs = REQ.get(proc, ([], 0))[0]
    if "firma" in reqs:
        lab["signature"] = m["sig"]
    else:
        assert m["sig"] == "not_required", m["slug"]
    if m["ignorado"]:
        lab["outcome"] = "ignorado"
        return lab
    if proc in PORTAL:
        lab["outcome"] = "portal"
        return lab
    if proc is None:
        lab["outcome"] = "triage"
        return lab
    flags = []
    if m["mailbox"] != HOME[proc]:
        flags.append("derivado")
    if proc == "carne_solicitante":
        lab["outcome"] = "suspendido"
        lab["flags"] = flags
        return lab
    missing = []
    for r in reqs:
        if r == "firma":
            if m["sig"] in ("invalid", "absent"):
                missing.append("firma")
        elif r == "denuncia_policial":
            if not m["denuncia"]:
                missing.append(r)
        elif r.endswith("*"):
            if m["refugee"] and r[:-1] not in m["fields"]:
                missing.append(r[:-1])
        elif r not in m["fields"]:
            missing.append(r)
    if lab["signature"] == "manuscrita":
        flags.append("verificar_firma")
    if proc in RECURSOS and m["notif"]:
        if fd > add_business(m["notif"], 15):
            flags.append("extemporaneo")
    lab["missing"] = missing
    lab["flags"] = flags
    if missing:
        lab["outcome"] = "subsanar"
        lab["due_date"] = add_business(fd, 2).isoformat()
    else:
        lab["outcome"] = "cargo" if proc in RECURSOS else "acuse"
        lab["due_date"] = add_business(fd, REQ[proc][1]).isoformat()
    return lab


def attachment_part(a):
    kind, fname = a[0], a[1]
    if kind == "signed":
        data, ctype = signed_pdf(a[2], a[3]), "application/pdf"
    elif kind == "altered":
        data, ctype = altered_pdf(a[2], a[3], a[4], a[5]), "application/pdf"
    elif kind == "text":
        data, ctype = text_pdf(a[2]), "application/pdf"
    elif kind == "scan":
        data, ctype = scanned_pdf(a[2]), "application/pdf"
    elif kind == "jpeg":
        data, ctype = text_image(a[2]), "image/jpeg"
    else:
        raise ValueError(kind)
    return fname, data, ctype


def bounce(m, mid, date):
    raw = """Content-Type: multipart/report; report-type=delivery-status; boundary="r9bnd"

--r9bnd
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<pedro.ramirez.old@hotmial.com>: Host or domain name not found.

--r9bnd
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.rree.gob.pe

Final-Recipient: rfc822; pedro.ramirez.old@hotmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found

--r9bnd
Content-Type: text/rfc822-headers

From: Mesa de Partes <mesadepartes@rree.gob.pe>
To: pedro.ramirez.old@hotmial.com
Subject: Cargo de recepcion

--r9bnd--
"""
    return email.message_from_string(raw, policy=policy.SMTP)


def build(m, n):
    rec = m["received"]
    date = rec - dt.timedelta(seconds=37 + 11 * n)
    domain = m["frm"].split("@")[-1].rstrip(">")
    mid = make_msgid(idstring=f"r9.{n}", domain=domain)
    if m["raw"] == "bounce":
        msg = bounce(m, mid, date)
    else:
        msg = EmailMessage(policy=policy.SMTP)
        if m["html"]:
            msg.set_content(m["body"])
            msg.add_alternative(m["html"], subtype="html")
        else:
            msg.set_content(m["body"])
        for a in m["atts"]:
            fname, data, ctype = attachment_part(a)
            maintype, subtype = ctype.split("/")
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    msg["Received"] = (f"from mail-out.{domain} (mail-out.{domain} [203.0.113.{10 + n}]) by mx.rree.gob.pe "
                       f"with ESMTPS id r9{n:04d}; {format_datetime(rec)}")
    msg["Delivered-To"] = m["mailbox"]
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or m["mailbox"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mid
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in m["headers"].items():
        msg[k] = v
    return msg


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    for n, m in enumerate(MSGS, 1):
        fname = f"{n:03d}-{m['slug']}.eml"
        msg = build(m, n)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        lab = label(m)
        lab["file"] = fname
        labels.append(lab)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
