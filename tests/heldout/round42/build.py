#!/usr/bin/env python3
"""Build round42: a month of mail (23 Nov - 25 Dec 2026) to the three CEPR
mailboxes, with labels.jsonl computed per INTAKE.md.

Run with /work/rounds/.venv-r42/bin/python build.py
Labels are written by hand per message (fields, signature, procedure, and the
outcome / missing / flags a clerk expects); the script then recomputes
missing, outcome, flags and the dates from the spec's rules and stops if the
two disagree, and checks that each labelled value can be found in the text.
"""
import datetime as dt
import hashlib
import json
import logging
import os
import re
import sys
import textwrap
import unicodedata
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdftools as T  # noqa: E402
from calendar_r42 import LIMA, add_business, filing_day, recurso_deadline  # noqa: E402

logging.disable(logging.CRITICAL)

MP = "mesadepartes@rree.gob.pe"
SR = "solicitantesrefugio@rree.gob.pe"
RF = "refugiados@rree.gob.pe"
INSTITUTIONAL = {MP, SR, RF}

HOME = {
    "carne_solicitante": SR, "actualizacion_datos": SR, "cambio_clave": SR,
    "reconsideracion": MP, "apelacion": MP, "renuncia": MP,
    "prorroga_residencia": RF, "duplicado_carne_extranjeria": RF, "autorizacion_viaje": RF,
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
REQ = {
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"],
    "carne_solicitante": [],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}

MESSAGES = []


def d(s):
    return textwrap.dedent(s).lstrip("\n")


def lima(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=LIMA)


def msgid(file, domain):
    h = hashlib.sha1(file.encode()).hexdigest()
    return f"<{h[:16].upper()}.{h[16:28]}@{domain}>"


def new_msg(file, *, frm, to, subject, received, mailbox, date_delay=40,
            date_tz=None, cc=None, relay="mail-sor-f41.google.com [209.85.220.41]",
            extra=()):
    """Headers in the order a receiving server shows them."""
    rec = lima(received)
    sent = rec - dt.timedelta(seconds=date_delay)
    if date_tz is not None:
        sent = sent.astimezone(dt.timezone(dt.timedelta(hours=date_tz)))
    m = EmailMessage()
    m["Delivered-To"] = mailbox
    m["Received"] = (f"from {relay.split()[0]} ({relay}) by mx1.rree.gob.pe (Postfix) "
                     f"with ESMTPS id {hashlib.md5(file.encode()).hexdigest()[:11].upper()} "
                     f"for <{mailbox}>; {format_datetime(rec)}")
    m["Received"] = (f"by 2002:a05:6a10:{hashlib.md5(file.encode()).hexdigest()[:4]} with SMTP id "
                     f"{hashlib.md5(file[::-1].encode()).hexdigest()[:10]}; "
                     f"{format_datetime(rec - dt.timedelta(seconds=3))}")
    for k, v in extra:
        m[k] = v
    m["Date"] = format_datetime(sent)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = msgid(file, dom)
    m["MIME-Version"] = "1.0"
    return m


def attach_pdf(m, data, name):
    m.add_attachment(data, maintype="application", subtype="pdf", filename=name)


def attach_img(m, data, name, sub="jpeg"):
    m.add_attachment(data, maintype="image", subtype=sub, filename=name)


def add(file, m, *, mailbox, received, procedure, fields, signature, outcome,
        missing=(), flags=(), recognised=False, notified=None, raw=None):
    MESSAGES.append(dict(file=file, msg=m, raw=raw, mailbox=mailbox, received=received,
                         procedure=procedure, fields=fields, signature=signature,
                         outcome=outcome, missing=list(missing), flags=list(flags),
                         recognised=recognised, notified=notified))


def letter(title, paras):
    return [p for p in paras]


# =====================================================================
# 001 Actualización de datos - labelled list, applicant (solicitante)
# =====================================================================
f = "001-actualizacion-datos-lista-nuevo-correo.eml"
m = new_msg(f, frm="Yuli <yulimar.carrasquel91@gmail.com>", to=SR,
            subject="Actualización de datos", received="2026-11-23 08:12:31", mailbox=SR)
m.set_content(d("""
    Buenos días, solicito la actualización de mis datos de contacto.

    Nombre completo: Yulimar Andreína Carrasquel Piñango
    Nacionalidad: venezolana
    Cédula: V-21.456.809
    Nuevo número de celular: 941 287 355
    Nuevo correo: yulimar.carrasquel.p@outlook.com
    Dirección: Jr. Huáscar 1420, Jesús María

    Gracias de antemano.
    """))
add(f, m, mailbox=SR, received="2026-11-23 08:12:31", procedure="actualizacion_datos",
    fields={"nombres": "Yulimar Andreína Carrasquel Piñango", "nacionalidad": "VE",
            "documento_identidad": "V21456809", "telefono": "+51941287355",
            "correo": "yulimar.carrasquel.p@outlook.com"},
    signature="not_required", outcome="acuse")

# =====================================================================
# 002 Cambio de clave - one line, data only in the e-mail signature; after close
# =====================================================================
f = "002-cambio-clave-datos-en-firma-tras-cierre.eml"
m = new_msg(f, frm="JHONNY RIVAS <jhonny.rivas@hotmail.com>", to=SR,
            subject="cambio de clave y contraseña", received="2026-11-23 17:20:05", mailbox=SR,
            date_tz=0, relay="mail-dm6nam12olkn2081.outbound.protection.outlook.com [40.92.22.81]")
m.set_content(d("""
    buenas tardes necesito cambio de clave del sistema de refugiados, gracias

    --
    Jhonny Alexander Rivas Mora
    Pasaporte 138204417
    Cel/WhatsApp: 955 610 238
    Enviado desde Outlook para Android
    """))
add(f, m, mailbox=SR, received="2026-11-23 17:20:05", procedure="cambio_clave",
    fields={"nombres": "Jhonny Alexander Rivas Mora", "documento_identidad": "138204417",
            "telefono": "+51955610238", "correo": "jhonny.rivas@hotmail.com"},
    signature="not_required", outcome="acuse")

# =====================================================================
# 003 Autorización de trabajo - portal, one-liner
# =====================================================================
f = "003-portal-autorizacion-trabajo-una-linea.eml"
m = new_msg(f, frm="ronald_mendez <ronaldmendez.ve@gmail.com>", to=SR,
            subject="autorizacion de trabajo", received="2026-11-24 10:05:47", mailbox=SR)
m.set_content("como saco la autorizacion de trabajo virtual?? no encuentro donde\n\nEnviado desde mi iPhone\n")
add(f, m, mailbox=SR, received="2026-11-24 10:05:47", procedure="autorizacion_trabajo",
    fields={"correo": "ronaldmendez.ve@gmail.com"}, signature="not_required", outcome="portal")

# =====================================================================
# 004 Prórroga de residencia - complete labelled list (refugiada)
# =====================================================================
f = "004-prorroga-residencia-completa.eml"
m = new_msg(f, frm="Maria Eugenia Salas <maria.eugenia.salas@yahoo.com>", to=RF,
            subject="Prórroga de Residencia", received="2026-11-24 15:40:12", mailbox=RF,
            relay="sonic311-20.consmr.mail.bf2.yahoo.com [74.6.131.83]")
m.set_content(d("""
    Estimados señores de la CEPR:

    Por medio del presente solicito la prórroga anual de mi residencia como refugiada reconocida. Mis datos son:

    - Nombres y apellidos: María Eugenia Salas de Ortega
    - Sexo: femenino
    - Nacionalidad: Venezolana
    - Pasaporte N°: 112 558 903
    - Carné de extranjería: 000512774
    - F. de nacimiento: 03-09-1974
    - Teléfono: +51 987 120 554

    Quedo atenta a su respuesta.
    Atentamente,
    María Eugenia Salas
    """))
add(f, m, mailbox=RF, received="2026-11-24 15:40:12", procedure="prorroga_residencia",
    fields={"nombres": "María Eugenia Salas de Ortega", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "112558903", "carne_extranjeria": "000512774",
            "fecha_nacimiento": "1974-09-03", "telefono": "+51987120554",
            "correo": "maria.eugenia.salas@yahoo.com"},
    signature="not_required", outcome="acuse", recognised=True)

# =====================================================================
# 005 Reconsideración - late (notified 22 Oct), scanned handwritten PDF
# =====================================================================
f = "005-reconsideracion-escaneada-extemporanea.eml"
m = new_msg(f, frm="Wilmer Guerrero <wilmer.guerrero.cuba@gmail.com>", to=MP,
            subject="Recurso de Reconsideracion", received="2026-11-25 09:30:44", mailbox=MP)
m.set_content(d("""
    Señores
    Comisión Especial para los Refugiados

    Yo, Wilmer Guerrero Leyva, ciudadano cubano, con pasaporte N° K487215, me dirijo a ustedes para interponer recurso de reconsideración contra la resolución que me denegó la condición de refugiado, la cual me fue notificada el 22 de octubre de 2026.

    Motivo: no se valoró que fui detenido arbitrariamente dos veces en Holguín por participar en las protestas de julio, y ahora tengo nuevas pruebas (una citación de la policía política y la declaración de dos testigos).

    Teléfono: 926 334 170
    Correo: wilmer.guerrero.cuba@gmail.com

    Adjunto el escrito firmado a mano y escaneado.
    """))
scan = T.handwritten_page([
    "Lima, 24 de noviembre de 2026",
    "Señores Comisión Especial para los Refugiados",
    "Asunto: Recurso de Reconsideración",
    "",
    "Yo, Wilmer Guerrero Leyva, pasaporte K487215,",
    "interpongo recurso de reconsideración contra la",
    "resolución que me denegó la condición de refugiado.",
    "Adjunto nuevas pruebas.",
    "Teléfono 926 334 170",
    "",
    "Atentamente,",
], seed=5)
attach_pdf(m, T.image_pdf(scan), "reconsideracion_firmada.pdf")
add(f, m, mailbox=MP, received="2026-11-25 09:30:44", procedure="reconsideracion",
    fields={"nombres": "Wilmer Guerrero Leyva", "nacionalidad": "CU", "documento_identidad": "K487215",
            "telefono": "+51926334170", "correo": "wilmer.guerrero.cuba@gmail.com",
            "motivo": "no se valoró que fui detenido arbitrariamente dos veces en Holguín por participar en las protestas de julio, y ahora tengo nuevas pruebas"},
    signature="manuscrita", outcome="cargo", flags=["extemporaneo", "verificar_firma"],
    notified="2026-10-22")

# =====================================================================
# 006 Out-of-office auto-reply (ignorado)
# =====================================================================
f = "006-ignorado-respuesta-automatica.eml"
m = new_msg(f, frm="Carlos Peña <carlos.pena.ve@gmail.com>", to=RF,
            subject="Respuesta automática: Prórroga de residencia",
            received="2026-11-25 22:47:03", mailbox=RF, date_delay=2,
            extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
m.set_content(d("""
    Gracias por su mensaje. Me encuentro de viaje hasta el 30 de noviembre con acceso limitado al correo. Le responderé a mi regreso.
    """))
add(f, m, mailbox=RF, received="2026-11-25 22:47:03", procedure="prorroga_residencia",
    fields={}, signature="not_required", outcome="ignorado")

# =====================================================================
# 007 Duplicado de carné de extranjería - complete, police report PDF
# =====================================================================
f = "007-duplicado-ce-con-denuncia-pdf.eml"
m = new_msg(f, frm="Freddy Colmenares <freddycolmenares@gmail.com>", to=RF,
            subject="Duplicado de carné de extranjería", received="2026-11-26 11:15:09", mailbox=RF)
m.set_content(d("""
    Buenos días, el viernes 20 de noviembre me robaron la mochila en el Metropolitano con mi carné de extranjería adentro. Hice la denuncia en la comisaría de Surquillo y la adjunto. Solicito el duplicado del carné.

    Mis datos son los siguientes:
    Freddy José Colmenares Ruiz
    masculino
    venezolano
    C.I. V-17.093.552
    CE 001093847
    nacido el 14 de febrero de 1983
    cel 993 402 118

    gracias
    """))
den = T.text_pdf("POLICIA NACIONAL DEL PERU\nCOMISARIA PNP SURQUILLO", [
    "DENUNCIA POLICIAL N.o 24518-2026",
    "Fecha y hora de registro: 21/11/2026 10:42",
    "Denunciante: Freddy José Colmenares Ruiz, carné de extranjería 001093847.",
    "Hechos: el denunciante refiere que el 20/11/2026, aproximadamente a las 19:30 horas, "
    "en la estación Angamos del Metropolitano, le sustrajeron una mochila negra que contenía "
    "su carné de extranjería, una billetera y un cargador.",
    "Se expide la presente copia certificada a solicitud del interesado para los fines que estime convenientes.",
])
attach_pdf(m, den, "denuncia_policial_surquillo.pdf")
add(f, m, mailbox=RF, received="2026-11-26 11:15:09", procedure="duplicado_carne_extranjeria",
    fields={"nombres": "Freddy José Colmenares Ruiz", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V17093552", "carne_extranjeria": "001093847",
            "fecha_nacimiento": "1983-02-14", "telefono": "+51993402118",
            "correo": "freddycolmenares@gmail.com",
            "motivo": "me robaron la mochila en el Metropolitano con mi carné de extranjería adentro"},
    signature="not_required", outcome="acuse", recognised=True)

# =====================================================================
# 008 Consulta about a case file (triage)
# =====================================================================
f = "008-triage-consulta-estado-expediente.eml"
m = new_msg(f, frm="Dayana <dayanarios.2020@gmail.com>", to=MP,
            subject="Consulta", received="2026-11-26 13:02:55", mailbox=MP)
m.set_content(d("""
    Hola buenas tardes. Quisiera saber en qué estado se encuentra mi expediente N° 2025-0041873.
    Mi nombre es Dayana Ríos Quintero, pasaporte 151320984.
    Gracias.
    """))
add(f, m, mailbox=MP, received="2026-11-26 13:02:55", procedure=None,
    fields={"nombres": "Dayana Ríos Quintero", "documento_identidad": "151320984",
            "correo": "dayanarios.2020@gmail.com"},
    signature="not_required", outcome="triage")

# =====================================================================
# 009 Apelación - digitally signed PDF altered after signing (invalid)
# =====================================================================
f = "009-apelacion-firma-alterada.eml"
m = new_msg(f, frm="Andres Felipe Cardenas <afcardenas.co@gmail.com>", to=MP,
            subject="RECURSO DE APELACIÓN", received="2026-11-27 09:00:18", mailbox=MP)
m.set_content(d("""
    Buenos días,
    Adjunto mi recurso de apelación firmado digitalmente.

    Atte.
    Andrés Felipe Cárdenas Ospina
    """))
ap = T.text_pdf("RECURSO DE APELACION", [
    "Señores de la Comisión Especial para los Refugiados:",
    "Yo, Andrés Felipe Cárdenas Ospina, de nacionalidad colombiana, identificado con cédula de "
    "ciudadanía C.C. 1.094.887.213, con domicilio en San Martín de Porres, Lima, ante ustedes me presento y digo:",
    "Que interpongo RECURSO DE APELACION contra la resolución que confirmó la denegatoria de mi "
    "solicitud de refugio.",
    "Motivo de la apelación: la resolución no tomó en cuenta las amenazas de muerte que recibí de un "
    "grupo armado en el Catatumbo, ni el desplazamiento forzado de mi familia, que está registrado "
    "en la Unidad para las Víctimas.",
    "Teléfono: 912 775 340",
    "Correo electrónico: afcardenas.co@gmail.com",
    "Lima, 26 de noviembre de 2026",
    "Andrés Felipe Cárdenas Ospina",
], compress=False)
ap_signed = T.sign(ap)
ap_bad = T.tamper(ap_signed, b"Catatumbo", b"CATATUMBO")
assert T.signature_intact(ap_bad) is False
attach_pdf(m, ap_bad, "apelacion_cardenas_firmado.pdf")
add(f, m, mailbox=MP, received="2026-11-27 09:00:18", procedure="apelacion",
    fields={"nombres": "Andrés Felipe Cárdenas Ospina", "nacionalidad": "CO",
            "documento_identidad": "1094887213", "telefono": "+51912775340",
            "correo": "afcardenas.co@gmail.com",
            "motivo": "la resolución no tomó en cuenta las amenazas de muerte que recibí de un grupo armado"},
    signature="invalid", outcome="subsanar", missing=["firma"])

# =====================================================================
# 010 Cambio de clave in English, wrong mailbox, no document; Date before
#     close but received after close
# =====================================================================
f = "010-cambio-clave-ingles-derivado-sin-documento.eml"
m = new_msg(f, frm="Kwame M. Boateng <kmboateng@gmail.com>", to=MP,
            subject="Cambio de clave y contraseña", received="2026-11-27 16:50:26", mailbox=MP,
            date_delay=560)
m.set_content(d("""
    Hello,

    I cannot log into the Refugee System because I forgot my password. Could you please reset it?

    Full name: Kwame Mensah Boateng
    Phone: +51 961 447 802
    Email: kwame.boateng@proton.me

    Thank you very much,
    Kwame
    """))
add(f, m, mailbox=MP, received="2026-11-27 16:50:26", procedure="cambio_clave",
    fields={"nombres": "Kwame Mensah Boateng", "telefono": "+51961447802",
            "correo": "kwame.boateng@proton.me", "motivo": "I forgot my password"},
    signature="not_required", outcome="subsanar", missing=["documento_identidad"],
    flags=["derivado"])

# =====================================================================
# 011 Solicitud de refugio - portal, prose (Saturday)
# =====================================================================
f = "011-portal-solicitud-refugio-prosa.eml"
m = new_msg(f, frm="jose gregorio <josegregorio.m1988@gmail.com>", to=MP,
            subject="solicitud de refugio", received="2026-11-28 12:30:40", mailbox=MP)
m.set_content(d("""
    Buenas, llegué a Perú hace dos semanas con mi esposa y mis dos hijos y queremos pedir refugio. ¿Dónde se hace la solicitud? ¿Hay que ir a alguna oficina o es por internet?

    Soy venezolano, me llamo José Gregorio Mendoza.
    Dios les bendiga
    """))
add(f, m, mailbox=MP, received="2026-11-28 12:30:40", procedure="solicitud_refugio",
    fields={"nombres": "José Gregorio Mendoza", "nacionalidad": "VE",
            "correo": "josegregorio.m1988@gmail.com"},
    signature="not_required", outcome="portal")

# =====================================================================
# 012 Carné de solicitante - one-liner (suspended), Saturday evening
# =====================================================================
f = "012-carne-solicitante-una-linea.eml"
m = new_msg(f, frm="Mariangel <mariangel_lugo@hotmail.com>", to=SR,
            subject="carnet de solicitante", received="2026-11-28 19:10:02", mailbox=SR,
            date_tz=0, relay="mail-bn8nam12olkn2044.outbound.protection.outlook.com [40.92.21.44]")
m.set_content("cuando van a entregar el carnet de solicitante?? lo necesito para abrir una cuenta en el banco\n")
add(f, m, mailbox=SR, received="2026-11-28 19:10:02", procedure="carne_solicitante",
    fields={"correo": "mariangel_lugo@hotmail.com",
            "motivo": "lo necesito para abrir una cuenta en el banco"},
    signature="not_required", outcome="suspendido")

# =====================================================================
# 013 Actualização de dados (Portuguese), no phone (Sunday)
# =====================================================================
f = "013-actualizacion-datos-portugues-sin-telefono.eml"
m = new_msg(f, frm="Domingos Kiala <domingos.kiala@gmail.com>", to=SR,
            subject="Atualização de dados / Actualización de datos",
            received="2026-11-29 08:45:10", mailbox=SR)
m.set_content(d("""
    Bom dia,

    Venho por este meio solicitar a actualização dos meus dados de contacto no sistema.

    Nome completo: Domingos Kiala Manuel
    Nacionalidade: Angolana
    Passaporte n.º N2739104
    Nova morada: Av. Túpac Amaru 3350, Comas, Lima
    Novo e-mail: dkialamanuel@gmail.com

    Com os melhores cumprimentos,
    Domingos K. Manuel
    """))
add(f, m, mailbox=SR, received="2026-11-29 08:45:10", procedure="actualizacion_datos",
    fields={"nombres": "Domingos Kiala Manuel", "nacionalidad": "AO",
            "documento_identidad": "N2739104", "correo": "dkialamanuel@gmail.com"},
    signature="not_required", outcome="subsanar", missing=["telefono"])

# =====================================================================
# 014 Renuncia by e-mail text only, sent to the wrong mailbox (Sunday night)
# =====================================================================
f = "014-renuncia-sin-escrito-derivada.eml"
m = new_msg(f, frm="Luisa Fernanda Baez <luisafer.baez@gmail.com>", to=SR,
            subject="Renuncia al trámite de refugio", received="2026-11-29 21:00:37", mailbox=SR)
m.set_content(d("""
    Buenas noches.

    Les escribo para renunciar a mi solicitud de refugio porque ya regresé a Colombia y no necesito continuar con el trámite.

    Me llamo Luisa Fernanda Báez Rincón, soy colombiana, cédula de ciudadanía 52.874.310.
    Mi número de ahora es +57 310 445 6721 (también WhatsApp).

    Muchas gracias por todo lo que hicieron por mí.
    """))
add(f, m, mailbox=SR, received="2026-11-29 21:00:37", procedure="renuncia",
    fields={"nombres": "Luisa Fernanda Báez Rincón", "nacionalidad": "CO",
            "documento_identidad": "52874310", "telefono": "+573104456721",
            "correo": "luisafer.baez@gmail.com",
            "motivo": "ya regresé a Colombia y no necesito continuar con el trámite"},
    signature="absent", outcome="subsanar", missing=["firma"], flags=["derivado"])

# =====================================================================
# 015 Autorización de viaje - signed PDF holds the data; body short
# =====================================================================
f = "015-autorizacion-viaje-pdf-firmado.eml"
m = new_msg(f, frm="Nestor A. <nestor.albarran@gmail.com>", to=RF,
            subject="Autorización de Viaje - urgente", received="2026-11-30 09:20:51", mailbox=RF)
m.set_content(d("""
    Buenos días, adjunto mi solicitud firmada de autorización de viaje, es por la salud de mi padre.
    Quedo atento,
    Néstor
    cel 984 552 019
    """))
v = T.text_pdf("SOLICITUD DE AUTORIZACION DE VIAJE", [
    "Señores Comisión Especial para los Refugiados",
    "Yo, Néstor Enrique Albarrán Quevedo, de nacionalidad venezolana, refugiado reconocido, "
    "con carné de extranjería N.o 000874512, solicito autorización de viaje por urgencia.",
    "Motivo del viaje: mi padre fue hospitalizado de emergencia por un infarto y soy el único hijo que puede acompañarlo.",
    "Lugar de destino: Maracaibo, Venezuela",
    "Fecha de salida: 05/12/2026",
    "Fecha de retorno: 19/12/2026",
    "Teléfono de contacto: 984 552 019",
    "Lima, 29 de noviembre de 2026",
])
attach_pdf(m, T.sign(v), "solicitud_viaje_albarran.pdf")
add(f, m, mailbox=RF, received="2026-11-30 09:20:51", procedure="autorizacion_viaje",
    fields={"nombres": "Néstor Enrique Albarrán Quevedo", "nacionalidad": "VE",
            "carne_extranjeria": "000874512", "telefono": "+51984552019",
            "destino": "Maracaibo, Venezuela", "fecha_salida": "2026-12-05",
            "fecha_retorno": "2026-12-19", "correo": "nestor.albarran@gmail.com",
            "motivo": "mi padre fue hospitalizado de emergencia por un infarto"},
    signature="valid", outcome="acuse", recognised=True)

# =====================================================================
# 016 Bounce (multipart/report) of an office reply (ignorado)
# =====================================================================
f = "016-ignorado-rebote-cambio-clave.eml"
rec = lima("2026-11-30 12:00:14")
raw = d(f"""
    Delivered-To: {SR}
    Received: from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2100.outbound.protection.outlook.com [40.107.243.100]) by mx1.rree.gob.pe (Postfix) with ESMTPS id 4FB81C2A19 for <{SR}>; {format_datetime(rec)}
    Date: {format_datetime(rec - dt.timedelta(seconds=5))}
    From: postmaster@outlook.com
    To: {SR}
    Subject: Undeliverable: Cambio de clave y =?utf-8?q?contrase=C3=B1a?=
    Message-ID: {msgid(f, "outlook.com")}
    MIME-Version: 1.0
    Auto-Submitted: auto-replied
    Content-Type: multipart/report; report-type=delivery-status;
    	boundary="--=_bounce_7c1e"

    ----=_bounce_7c1e
    Content-Type: text/plain; charset="utf-8"
    Content-Transfer-Encoding: 8bit

    Delivery has failed to these recipients or groups:

    jhonny.rivas@hotmial.com
    The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

    ----=_bounce_7c1e
    Content-Type: message/delivery-status

    Reporting-MTA: dns;DM6NAM12HT100.eop-nam12.prod.protection.outlook.com
    Received-From-MTA: dns;mx1.rree.gob.pe
    Arrival-Date: {format_datetime(rec - dt.timedelta(seconds=9))}

    Final-Recipient: rfc822;jhonny.rivas@hotmial.com
    Action: failed
    Status: 5.1.1
    Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found

    ----=_bounce_7c1e
    Content-Type: text/rfc822-headers

    From: Solicitantes de Refugio <{SR}>
    To: jhonny.rivas@hotmial.com
    Subject: Cambio de clave y contraseña
    Date: {format_datetime(rec - dt.timedelta(seconds=12))}

    ----=_bounce_7c1e--
    """).replace("\n", "\r\n").encode("utf-8")
add(f, None, raw=raw, mailbox=SR, received="2026-11-30 12:00:14", procedure="cambio_clave",
    fields={}, signature="not_required", outcome="ignorado")

# =====================================================================
# 017 Prórroga - prose, landline, no sex / birth date; 16:44 (before close)
# =====================================================================
f = "017-prorroga-prosa-sin-sexo-ni-nacimiento.eml"
m = new_msg(f, frm="Elvis Chirinos <elvis.chirinos@gmail.com>", to=RF,
            subject="prorroga de residencia anual", received="2026-11-30 16:44:21", mailbox=RF)
m.set_content(d("""
    Buenas tardes, mi nombre es Elvis Rafael Chirinos Tovar, soy de nacionalidad venezolana, refugiado reconocido con carné de extranjería número 000693201 y pasaporte 094452871. Por medio de la presente solicito la prórroga de mi residencia por un año más. Me pueden ubicar en el teléfono (01) 480-2291 de lunes a viernes.

    Saludos
    """))
add(f, m, mailbox=RF, received="2026-11-30 16:44:21", procedure="prorroga_residencia",
    fields={"nombres": "Elvis Rafael Chirinos Tovar", "nacionalidad": "VE",
            "documento_identidad": "094452871", "carne_extranjeria": "000693201",
            "telefono": "+5114802291", "correo": "elvis.chirinos@gmail.com"},
    signature="not_required", outcome="subsanar", missing=["sexo", "fecha_nacimiento"],
    recognised=True)

# =====================================================================
# 018 Reconsideración - all data only in the signed PDF; timely
# =====================================================================
f = "018-reconsideracion-datos-solo-en-pdf-firmado.eml"
m = new_msg(f, frm="M. Rodriguez <mrodriguez.acosta@gmail.com>", to=MP,
            subject="Recurso de Reconsideración - Exp. 2024-0087712",
            received="2026-12-01 10:10:33", mailbox=MP)
m.set_content(d("""
    Buenos días,
    adjunto en PDF mi recurso de reconsideración con firma digital. Quedo atenta al cargo.
    Saludos cordiales
    """))
r = T.text_pdf("RECURSO DE RECONSIDERACION", [
    "Expediente N.o 2024-0087712",
    "Señor Presidente de la Comisión Especial para los Refugiados:",
    "Mónica Alejandra Rodríguez Acosta, de nacionalidad venezolana, identificada con cédula de "
    "identidad V-24.611.087, con domicilio en Av. Arequipa 2150, Lince, ante usted respetuosamente digo:",
    "Que habiendo sido notificada el 16 de noviembre de 2026 con la Resolución que deniega mi "
    "solicitud, interpongo recurso de reconsideración dentro del plazo de ley.",
    "FUNDAMENTOS (motivo): presento nueva prueba que no pude obtener antes: el informe de la "
    "Defensoría del Pueblo de Venezuela sobre la detención de mi esposo y la denuncia por amenazas "
    "que recibí de funcionarios del SEBIN, que acreditan el temor fundado de persecución.",
    "Para notificaciones: teléfono 962 118 437; correo electrónico monica.rodriguez.acosta@gmail.com",
    "Lima, 30 de noviembre de 2026",
    "Mónica Alejandra Rodríguez Acosta",
])
attach_pdf(m, T.sign(r), "Reconsideracion_Rodriguez_firmado.pdf")
add(f, m, mailbox=MP, received="2026-12-01 10:10:33", procedure="reconsideracion",
    fields={"nombres": "Mónica Alejandra Rodríguez Acosta", "nacionalidad": "VE",
            "documento_identidad": "V24611087", "telefono": "+51962118437",
            "correo": "monica.rodriguez.acosta@gmail.com",
            "motivo": "presento nueva prueba que no pude obtener antes"},
    signature="valid", outcome="cargo", notified="2026-11-16")

# =====================================================================
# 019 Entrevista de registro - Haitian Creole (portal)
# =====================================================================
f = "019-portal-entrevista-registro-creole.eml"
m = new_msg(f, frm="Jean Robert <jeanrobert.pierre509@gmail.com>", to=SR,
            subject="Entrevista de registro", received="2026-12-01 14:25:00", mailbox=SR)
m.set_content(d("""
    Bonjou,

    Mwen rele Jean Robert Pierre, mwen se Ayisyen. Mwen te anrejistre sou sit entènèt la depi 3 mwa, men mwen poko resevwa dat pou entrevista de registro a.
    Kisa mwen dwe fè? Èske gen yon lòt paj pou m ale?

    Nimewo telefòn mwen: +51 944 302 765

    Mèsi anpil
    """))
add(f, m, mailbox=SR, received="2026-12-01 14:25:00", procedure="entrevista_registro",
    fields={"nombres": "Jean Robert Pierre", "nacionalidad": "HT", "telefono": "+51944302765",
            "correo": "jeanrobert.pierre509@gmail.com"},
    signature="not_required", outcome="portal")

# =====================================================================
# 020 Apelación - signed, notified 03/11/2026 (late), sent to refugiados
# =====================================================================
f = "020-apelacion-extemporanea-derivada.eml"
m = new_msg(f, frm="Yorman Patiño <yorman.patino@gmail.com>", to=RF,
            subject="Recurso de apelación", received="2026-12-02 08:05:29", mailbox=RF)
m.set_content("Señores, buenos días, adjunto el recurso de apelación firmado digitalmente. gracias\n")
a = T.text_pdf("RECURSO DE APELACION", [
    "Yo, Yorman Enrique Patiño Salazar, venezolano, con pasaporte N.o 142 007 385, ante la "
    "Comisión Especial para los Refugiados me presento y digo:",
    "Que interpongo recurso de apelación contra la Resolución notificada con fecha 03/11/2026, que "
    "confirmó la denegatoria de mi solicitud de reconocimiento de la condición de refugiado.",
    "Motivos: no se ha tenido en cuenta que fui funcionario de la alcaldía y que me despidieron y "
    "amenazaron por negarme a participar en actos políticos; mis hermanos siguen siendo hostigados.",
    "Tel. +51 951 330 642 / Correo: yorman.patino@gmail.com",
    "Lima, 1 de diciembre de 2026",
])
attach_pdf(m, T.sign(a), "apelacion_yorman_patino.pdf")
add(f, m, mailbox=RF, received="2026-12-02 08:05:29", procedure="apelacion",
    fields={"nombres": "Yorman Enrique Patiño Salazar", "nacionalidad": "VE",
            "documento_identidad": "142007385", "telefono": "+51951330642",
            "correo": "yorman.patino@gmail.com",
            "motivo": "no se ha tenido en cuenta que fui funcionario de la alcaldía y que me despidieron y amenazaron"},
    signature="valid", outcome="cargo", flags=["derivado", "extemporaneo"], notified="2026-11-03")

# =====================================================================
# 021 Actualización - recognised refugee, no CE number (prose)
# =====================================================================
f = "021-actualizacion-refugiada-sin-carne.eml"
m = new_msg(f, frm="Sandra Milena Ortiz <sandramilena.ortiz@yahoo.com>", to=SR,
            subject="ACTUALIZACION DE DATOS", received="2026-12-02 11:30:58", mailbox=SR,
            relay="sonic305-21.consmr.mail.bf2.yahoo.com [74.6.131.80]")
m.set_content(d("""
    Buenos días.

    Soy Sandra Milena Ortiz Cárdenas, de nacionalidad colombiana, refugiada reconocida desde el año 2023. Les escribo para actualizar mi número de teléfono, el nuevo es 977 041 583. Mi cédula de ciudadanía es la 1.020.456.789. También cambié de dirección, ahora vivo en Calle Los Pinos 245, San Juan de Lurigancho.

    Muchas gracias.
    """))
add(f, m, mailbox=SR, received="2026-12-02 11:30:58", procedure="actualizacion_datos",
    fields={"nombres": "Sandra Milena Ortiz Cárdenas", "nacionalidad": "CO",
            "documento_identidad": "1020456789", "telefono": "+51977041583",
            "correo": "sandramilena.ortiz@yahoo.com"},
    signature="not_required", outcome="subsanar", missing=["carne_extranjeria"], recognised=True)

# =====================================================================
# 022 Cambio de contraseña - name and cédula in the subject; Gmail HTML; after close
# =====================================================================
f = "022-cambio-clave-datos-en-asunto-html.eml"
m = new_msg(f, frm="Luis Alberto <luisalberto.perez.v@gmail.com>", to=SR,
            subject="Cambio de contraseña - Luis Alberto Pérez Guédez - V-19.876.543",
            received="2026-12-02 18:30:16", mailbox=SR)
plain = d("""
    Buenas noches, olvidé la clave del sistema de refugiados y no me deja recuperarla.
    Mi celular es 9 2156 7380
    Gracias
    """)
html = ('<div dir="ltr">Buenas noches, olvidé la clave del sistema de refugiados y no me deja '
        'recuperarla.<div>Mi celular es 9 2156 7380</div><div><br></div><div>Gracias</div></div>\n')
m.set_content(plain)
m.add_alternative(html, subtype="html")
add(f, m, mailbox=SR, received="2026-12-02 18:30:16", procedure="cambio_clave",
    fields={"nombres": "Luis Alberto Pérez Guédez", "documento_identidad": "V19876543",
            "telefono": "+51921567380", "correo": "luisalberto.perez.v@gmail.com",
            "motivo": "olvidé la clave del sistema de refugiados y no me deja recuperarla"},
    signature="not_required", outcome="acuse")

# =====================================================================
# 023 Duplicado CE - says the report is attached, but nothing is attached
# =====================================================================
f = "023-duplicado-ce-denuncia-olvidada.eml"
m = new_msg(f, frm="Rosa Elena Marcano <rosaelena.marcano@gmail.com>", to=RF,
            subject="Duplicado de carnet de extranjeria", received="2026-12-03 09:55:40", mailbox=RF)
m.set_content(d("""
    Buen día. Solicito duplicado de mi carné de extranjería porque se me extravió en el mercado. Adjunto la denuncia policial.
    Soy Rosa Elena Marcano Villegas, mujer, venezolana, pasaporte 108 334 562, carné de extranjería 000731904, fecha de nacimiento 21/06/1969, teléfono 940 223 187.
    Bendiciones
    """))
add(f, m, mailbox=RF, received="2026-12-03 09:55:40", procedure="duplicado_carne_extranjeria",
    fields={"nombres": "Rosa Elena Marcano Villegas", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "108334562", "carne_extranjeria": "000731904",
            "fecha_nacimiento": "1969-06-21", "telefono": "+51940223187",
            "correo": "rosaelena.marcano@gmail.com", "motivo": "se me extravió en el mercado"},
    signature="not_required", outcome="subsanar", missing=["denuncia_policial"], recognised=True)

# =====================================================================
# 024 Renuncia - formal letter in the body + digitally signed PDF (applicant)
# =====================================================================
f = "024-renuncia-carta-formal-pdf-firmado.eml"
m = new_msg(f, frm="Ana Karina Moreno <ana.karina.moreno@gmail.com>", to=MP,
            subject="Renuncia", received="2026-12-03 15:00:07", mailbox=MP)
txt = [
    "Señor Secretario Ejecutivo de la Comisión Especial para los Refugiados:",
    "Yo, Ana Karina Moreno Lugo, de nacionalidad venezolana, identificada con pasaporte N° 131578264, "
    "solicitante de refugio, me presento y digo:",
    "Que renuncio de manera voluntaria a mi solicitud de refugio, debido a que he obtenido el Carné de "
    "Permiso Temporal de Permanencia (CPP) y deseo regularizar mi situación migratoria por esa vía.",
    "Para cualquier comunicación: celular 981 640 372, correo ana.karina.moreno@gmail.com.",
    "Lima, 3 de diciembre de 2026",
    "Ana Karina Moreno Lugo",
]
m.set_content("\n\n".join(txt[:4]) + "\n\nAdjunto el escrito con firma digital.\n\n" + "\n".join(txt[4:]) + "\n")
attach_pdf(m, T.sign(T.text_pdf("RENUNCIA", [t.replace("N°", "N.o") for t in txt])), "Renuncia_AnaKarinaMoreno.pdf")
add(f, m, mailbox=MP, received="2026-12-03 15:00:07", procedure="renuncia",
    fields={"nombres": "Ana Karina Moreno Lugo", "nacionalidad": "VE", "documento_identidad": "131578264",
            "telefono": "+51981640372", "correo": "ana.karina.moreno@gmail.com",
            "motivo": "he obtenido el Carné de Permiso Temporal de Permanencia (CPP) y deseo regularizar mi situación migratoria por esa vía"},
    signature="valid", outcome="acuse")

# =====================================================================
# 025 "Duplicado de carnet" - which carné? (triage)
# =====================================================================
f = "025-triage-duplicado-carnet-ambiguo.eml"
m = new_msg(f, frm="kelvin arias <kelvin.arias@gmail.com>", to=RF,
            subject="Duplicado de carnet", received="2026-12-04 10:40:22", mailbox=RF)
m.set_content("Buenos días, perdí mi carnet, cómo hago para sacar el duplicado?\nGracias.\nKelvin Arias\n")
add(f, m, mailbox=RF, received="2026-12-04 10:40:22", procedure=None,
    fields={"nombres": "Kelvin Arias", "correo": "kelvin.arias@gmail.com", "motivo": "perdí mi carnet"},
    signature="not_required", outcome="triage")

# =====================================================================
# 026 Prórroga - a daughter writes for her mother; data in a text PDF
# =====================================================================
f = "026-prorroga-hija-escribe-por-madre-ficha-pdf.eml"
m = new_msg(f, frm="Génesis Castillo <genesis.castillo.r@gmail.com>", to=RF,
            subject="Prorroga de residencia - Sra. Carmen Rosa Rangel", received="2026-12-04 12:12:45", mailbox=RF)
m.set_content(d("""
    Buenas tardes,

    Escribo en nombre de mi mamá, Carmen Rosa Rangel de Castillo, que es refugiada reconocida y no maneja bien el correo. Adjunto la ficha con sus datos para la prórroga anual de su residencia.

    Cualquier cosa pueden llamarla a ella al 954 018 336 o escribirme a mí a este correo.

    Saludos,
    Génesis Castillo Rangel
    C.I. V-27.554.120
    """))
ficha = T.text_pdf("FICHA - PRORROGA DE RESIDENCIA", [
    "Nombres y apellidos: Carmen Rosa Rangel de Castillo",
    "Sexo: F",
    "Nacionalidad: Venezuela",
    "Cédula de identidad: V-8.993.417",
    "Carné de Extranjería: 000388265",
    "Fecha de nacimiento: 1961-11-30",
    "Teléfono: 954 018 336",
])
attach_pdf(m, ficha, "ficha_prorroga_carmen_rangel.pdf")
add(f, m, mailbox=RF, received="2026-12-04 12:12:45", procedure="prorroga_residencia",
    fields={"nombres": "Carmen Rosa Rangel de Castillo", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "V8993417", "carne_extranjeria": "000388265",
            "fecha_nacimiento": "1961-11-30", "telefono": "+51954018336",
            "correo": "genesis.castillo.r@gmail.com"},
    signature="not_required", outcome="acuse", recognised=True)

# =====================================================================
# 027 Recurso de Apelação (Portuguese), photo of a hand-signed letter (Saturday)
# =====================================================================
f = "027-apelacion-portugues-foto-carta.eml"
m = new_msg(f, frm="Esperança Tomás <esperanca.tomas@gmail.com>", to=MP,
            subject="Recurso de Apelação", received="2026-12-05 10:00:03", mailbox=MP)
m.set_content(d("""
    Exmos. Senhores da Comissão Especial para os Refugiados,

    Eu, Esperança Nzinga Tomás, de nacionalidade angolana, venho interpor RECURSO DE APELAÇÃO contra a resolução que confirmou o indeferimento do meu pedido.

    Motivo: a Comissão não analisou os documentos que apresentei sobre as ameaças que sofri em Cabinda por parte de agentes de segurança, por causa da militância política do meu irmão. Voltar significa correr risco de prisão.

    Passaporte: N1583027
    Telefone / WhatsApp: +51 933 870 214
    E-mail: esperanca.tomas@gmail.com

    Junto envio a fotografia da carta assinada à mão, porque não tenho assinatura digital.

    Atenciosamente,
    Esperança N. Tomás
    """))
photo = T.handwritten_page([
    "Lima, 4 de dezembro de 2026",
    "À Comissão Especial para os Refugiados",
    "Recurso de Apelação",
    "Eu, Esperança Nzinga Tomás, passaporte N1583027,",
    "venho interpor recurso de apelação contra a",
    "resolução que confirmou o indeferimento.",
    "",
    "Assinatura:",
], seed=27, fmt="JPEG")
attach_img(m, photo, "carta_assinada.jpg")
add(f, m, mailbox=MP, received="2026-12-05 10:00:03", procedure="apelacion",
    fields={"nombres": "Esperança Nzinga Tomás", "nacionalidad": "AO", "documento_identidad": "N1583027",
            "telefono": "+51933870214", "correo": "esperanca.tomas@gmail.com",
            "motivo": "a Comissão não analisou os documentos que apresentei sobre as ameaças que sofri em Cabinda"},
    signature="manuscrita", outcome="cargo", flags=["verificar_firma"])

# =====================================================================
# 028 Newsletter with List-Id (ignorado), Sunday
# =====================================================================
f = "028-ignorado-boletin-lista.eml"
m = new_msg(f, frm="Red de Apoyo al Migrante <boletin@redmigrante.org.pe>", to=MP,
            subject="Boletín de diciembre: talleres gratuitos y ferias de empleo",
            received="2026-12-06 20:20:00", mailbox=MP, date_delay=300,
            relay="mta-12.sendinblue.com [185.41.28.112]",
            extra=[("List-Id", "Boletin Red Migrante <boletin.redmigrante.org.pe>"),
                   ("List-Unsubscribe", "<https://redmigrante.org.pe/baja?u=8812>"),
                   ("Precedence", "bulk")])
m.set_content(d("""
    BOLETÍN DE DICIEMBRE

    * Taller gratuito de emprendimiento: sábados 12 y 19 de diciembre, 9:00 a 12:00.
    * Feria de empleo en Los Olivos: 15 de diciembre.
    * Atención psicológica gratuita: escríbenos por WhatsApp.

    Si no desea recibir más correos, haga clic en el enlace de baja.
    """))
m.add_alternative("<html><body><h2>BOLETÍN DE DICIEMBRE</h2><ul><li>Taller gratuito de emprendimiento: "
                  "sábados 12 y 19 de diciembre.</li><li>Feria de empleo en Los Olivos: 15 de diciembre.</li>"
                  "<li>Atención psicológica gratuita.</li></ul><p><a href='https://redmigrante.org.pe/baja?u=8812'>"
                  "Darse de baja</a></p></body></html>\n", subtype="html")
add(f, m, mailbox=MP, received="2026-12-06 20:20:00", procedure=None,
    fields={}, signature="not_required", outcome="ignorado")

# =====================================================================
# 029 Actualización - Outlook HTML table with logo, sent to refugiados
#     on a día no laborable (7 Dec)
# =====================================================================
f = "029-actualizacion-outlook-tabla-derivada.eml"
m = new_msg(f, frm="Yoandry Fonseca Díaz <yfonseca@outlook.com>", to=RF,
            subject="Actualización de datos", received="2026-12-07 09:30:12", mailbox=RF,
            relay="mail-co1nam11olkn2015.outbound.protection.outlook.com [40.92.18.15]")
html = d("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body lang="ES-PE"><div class="WordSection1">
    <p class="MsoNormal">Buenos días:</p>
    <p class="MsoNormal">Soy refugiado reconocido y solicito actualizar mi teléfono y mi dirección. Les dejo mis datos:</p>
    <table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4">
    <tr><td><p class="MsoNormal"><b>Nombres y apellidos</b></p></td><td><p class="MsoNormal">Yoandry Fonseca Díaz</p></td></tr>
    <tr><td><p class="MsoNormal"><b>Nacionalidad</b></p></td><td><p class="MsoNormal">Cuba</p></td></tr>
    <tr><td><p class="MsoNormal"><b>Carnet de identidad</b></p></td><td><p class="MsoNormal">88041512267</p></td></tr>
    <tr><td><p class="MsoNormal"><b>Carné de Extranjería</b></p></td><td><p class="MsoNormal">000955318</p></td></tr>
    <tr><td><p class="MsoNormal"><b>Teléfono nuevo</b></p></td><td><p class="MsoNormal">+51 972 405 119</p></td></tr>
    <tr><td><p class="MsoNormal"><b>Dirección nueva</b></p></td><td><p class="MsoNormal">Jr. Carabaya 815, Cercado de Lima</p></td></tr>
    </table>
    <p class="MsoNormal">&nbsp;</p>
    <p class="MsoNormal">Saludos,</p>
    <p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DB4821.5A2C9E10" alt="logo"></p>
    <p class="MsoNormal">Yoandry Fonseca | Técnico electricista</p>
    </div></body></html>
    """)
m.set_content(html, subtype="html")
m.add_related(T.signature_png(seed=29), "image", "png", cid="<image001.png@01DB4821.5A2C9E10>",
              filename="image001.png", disposition="inline")
add(f, m, mailbox=RF, received="2026-12-07 09:30:12", procedure="actualizacion_datos",
    fields={"nombres": "Yoandry Fonseca Díaz", "nacionalidad": "CU", "documento_identidad": "88041512267",
            "carne_extranjeria": "000955318", "telefono": "+51972405119", "correo": "yfonseca@outlook.com"},
    signature="not_required", outcome="acuse", flags=["derivado"], recognised=True)

# =====================================================================
# 030 Solicitud de refugio - French (portal)
# =====================================================================
f = "030-portal-solicitud-refugio-frances.eml"
m = new_msg(f, frm="Serge Mbarga <serge.mbarga@yahoo.fr>", to=RF,
            subject="Solicitud de refugio", received="2026-12-07 11:00:49", mailbox=RF,
            relay="sonic309-15.consmr.mail.ir2.yahoo.com [77.238.176.92]")
m.set_content(d("""
    Bonjour,

    Je m'appelle Serge Mbarga Essomba, je suis de nationalité camerounaise. Je suis arrivé à Lima il y a une semaine et je voudrais demander le statut de réfugié au Pérou. Comment puis-je déposer ma demande ? Est-ce qu'il faut venir à vos bureaux ?

    Je parle un peu espagnol, mais pas beaucoup.

    Merci d'avance,
    Serge
    Tél : +51 919 200 475
    """))
add(f, m, mailbox=RF, received="2026-12-07 11:00:49", procedure="solicitud_refugio",
    fields={"nombres": "Serge Mbarga Essomba", "nacionalidad": "CM", "telefono": "+51919200475",
            "correo": "serge.mbarga@yahoo.fr"},
    signature="not_required", outcome="portal")

# =====================================================================
# 031 Reconsideración filed by a lawyer for her client (holiday 8 Dec);
#     subject just "Recurso", body names the reconsideración
# =====================================================================
f = "031-reconsideracion-abogada-representa-feriado.eml"
m = new_msg(f, frm="Dra. Patricia Valdivia - Clínica Jurídica <pvaldivia@clinicajuridica-ddhh.org.pe>",
            to=MP, cc="omarbrito1979@gmail.com",
            subject="Recurso - Sr. Omar José Brito Fermín", received="2026-12-08 10:15:30", mailbox=MP,
            relay="mail.clinicajuridica-ddhh.org.pe [190.117.54.18]")
m.set_content(d("""
    Señores
    Mesa de Partes - Ministerio de Relaciones Exteriores
    Presente.-

    En representación del Sr. Omar José Brito Fermín, remito adjunto el recurso de reconsideración firmado digitalmente por él, contra la resolución que le deniega la condición de refugiado.

    Datos de contacto del recurrente: celular 916 582 044, correo omarbrito1979@gmail.com.

    Atentamente,

    Patricia Valdivia Zegarra
    Abogada - CAL 58213
    DNI 41522876
    Clínica Jurídica de Derechos Humanos
    Tel. (01) 330 2211
    """))
rr = T.text_pdf("RECURSO DE RECONSIDERACION", [
    "Señores de la Comisión Especial para los Refugiados:",
    "Omar José Brito Fermín, de nacionalidad venezolana, con pasaporte N.o 098 112 734, con domicilio "
    "procesal en la Clínica Jurídica de Derechos Humanos, ante ustedes digo:",
    "Que interpongo recurso de reconsideración contra la resolución que me deniega la condición de refugiado.",
    "Motivo: adjunto como nueva prueba la constancia de la ONG Provea que acredita mi detención en 2024 "
    "por mi labor como dirigente sindical, hecho que la resolución consideró no probado.",
    "Teléfono: 916 582 044 - Correo: omarbrito1979@gmail.com",
    "Lima, 7 de diciembre de 2026",
    "Omar José Brito Fermín",
])
attach_pdf(m, T.sign(rr), "reconsideracion_brito_fermin.pdf")
add(f, m, mailbox=MP, received="2026-12-08 10:15:30", procedure="reconsideracion",
    fields={"nombres": "Omar José Brito Fermín", "nacionalidad": "VE", "documento_identidad": "098112734",
            "telefono": "+51916582044", "correo": "omarbrito1979@gmail.com",
            "motivo": "adjunto como nueva prueba la constancia de la ONG Provea que acredita mi detención en 2024"},
    signature="valid", outcome="cargo")

# =====================================================================
# 032 Cambio de clave - French, Haitian applicant (holiday evening)
# =====================================================================
f = "032-cambio-clave-frances-haitiana.eml"
m = new_msg(f, frm="Widlene <widlene.joseph@gmail.com>", to=SR,
            subject="Cambio de clave y contraseña", received="2026-12-08 19:00:11", mailbox=SR)
m.set_content(d("""
    Bonsoir Madame, Monsieur,

    Je n'arrive plus à accéder au Système des Réfugiés, mon mot de passe ne fonctionne plus. Je vous prie de bien vouloir le changer.

    Nom et prénom : Widlene Joseph
    Nationalité : haïtienne
    Passeport : RA3456789
    Téléphone : +51 927 661 030
    Courriel : widlene.joseph@gmail.com

    Cordialement,
    Widlene Joseph
    """))
add(f, m, mailbox=SR, received="2026-12-08 19:00:11", procedure="cambio_clave",
    fields={"nombres": "Widlene Joseph", "nacionalidad": "HT", "documento_identidad": "RA3456789",
            "telefono": "+51927661030", "correo": "widlene.joseph@gmail.com",
            "motivo": "mon mot de passe ne fonctionne plus"},
    signature="not_required", outcome="acuse")

# =====================================================================
# 033 Permiso de viaje - no return date, nothing signed (holiday 9 Dec)
# =====================================================================
f = "033-autorizacion-viaje-sin-retorno-sin-firma.eml"
m = new_msg(f, frm="Gustavo Linares <gustavolinares.ec@gmail.com>", to=RF,
            subject="Permiso de viaje", received="2026-12-09 13:00:27", mailbox=RF)
m.set_content(d("""
    Buenas tardes, soy refugiado reconocido, necesito viajar de urgencia a Guayaquil, Ecuador porque falleció mi hermano. Saldría el 14/12/26.

    Nombre: Gustavo Adolfo Linares Mora
    Carné de extranjería: 000467125
    Cel: 998 710 346

    Por favor ayúdenme es urgente
    """))
add(f, m, mailbox=RF, received="2026-12-09 13:00:27", procedure="autorizacion_viaje",
    fields={"nombres": "Gustavo Adolfo Linares Mora", "carne_extranjeria": "000467125",
            "telefono": "+51998710346", "destino": "Guayaquil, Ecuador", "fecha_salida": "2026-12-14",
            "correo": "gustavolinares.ec@gmail.com", "motivo": "falleció mi hermano"},
    signature="absent", outcome="subsanar", missing=["firma", "fecha_retorno"], recognised=True)

# =====================================================================
# 034 Prórroga - Outlook (iso-8859-1), to mesadepartes; 2-digit birth year
# =====================================================================
f = "034-prorroga-outlook-derivada-anio-dos-digitos.eml"
m = new_msg(f, frm='"Quintero Lozada, Hector Manuel" <hquintero@constructoraandina.com.pe>', to=MP,
            subject="Prorroga de residencia 2027", received="2026-12-10 09:05:44", mailbox=MP,
            relay="mail-sn1nam02on2098.outbound.protection.outlook.com [40.107.96.98]")
plain = d("""
    Buenos días:

    Solicito la prórroga de mi residencia como refugiado.

    Nombres y Apellidos: Héctor Manuel Quintero Lozada
    Sexo: M
    Nacionalidad: VEN
    Pasaporte: 125 446 093
    C.E.: 000621577
    Fecha de Nac.: 12/07/88
    Teléfono: 0051-965-402-318

    Saludos cordiales,

    Héctor Quintero
    Supervisor de Obra | Constructora Andina S.A.C.
    """)
m.set_content(plain, charset="iso-8859-1", cte="quoted-printable")
m.add_alternative("<html><body>" + "".join(f"<p class=MsoNormal>{ln or '&nbsp;'}</p>" for ln in plain.splitlines())
                  + "</body></html>\n", subtype="html", charset="iso-8859-1", cte="quoted-printable")
add(f, m, mailbox=MP, received="2026-12-10 09:05:44", procedure="prorroga_residencia",
    fields={"nombres": "Héctor Manuel Quintero Lozada", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "125446093", "carne_extranjeria": "000621577",
            "fecha_nacimiento": "1988-07-12", "telefono": "+51965402318",
            "correo": "hquintero@constructoraandina.com.pe"},
    signature="not_required", outcome="acuse", flags=["derivado"], recognised=True)

# =====================================================================
# 035 Carné de solicitante - formal letter (suspended)
# =====================================================================
f = "035-carne-solicitante-carta-formal.eml"
m = new_msg(f, frm="Rafael Gil <rafaelgil.ve@gmail.com>", to=SR,
            subject="Carné de solicitante", received="2026-12-10 10:30:09", mailbox=SR)
m.set_content(d("""
    Señores
    Secretaría Ejecutiva de la Comisión Especial para los Refugiados
    Presente.

    De mi mayor consideración:

    Me dirijo a ustedes para solicitar información sobre la emisión de mi carné de solicitante de refugio.

    Nombres y apellidos: Rafael Antonio Gil Bracho
    Pasaporte: 139004826
    Teléfono: 967 223 401

    Sin otro particular, me despido de ustedes.

    Atentamente,
    Rafael Antonio Gil Bracho
    """))
add(f, m, mailbox=SR, received="2026-12-10 10:30:09", procedure="carne_solicitante",
    fields={"nombres": "Rafael Antonio Gil Bracho", "documento_identidad": "139004826",
            "telefono": "+51967223401", "correo": "rafaelgil.ve@gmail.com"},
    signature="not_required", outcome="suspendido")

# =====================================================================
# 036 RE: Recurso de apelación - reply in body only, no signature, no phone; after close
# =====================================================================
f = "036-apelacion-respuesta-sin-firma-sin-telefono.eml"
m = new_msg(f, frm="Kleiber Suarez <kleiber.suarez@hotmail.com>", to=MP,
            subject="RE: Recurso de apelación", received="2026-12-10 17:05:52", mailbox=MP,
            date_tz=0, relay="mail-bl2nam02olkn2032.outbound.protection.outlook.com [40.92.3.32]",
            extra=[("In-Reply-To", "<MP-2026-118204@rree.gob.pe>"), ("References", "<MP-2026-118204@rree.gob.pe>")])
m.set_content(d("""
    Buenas tardes, no tengo cómo firmar digitalmente, les vuelvo a escribir los datos:

    Kleiber Antonio Suárez Mejías
    cédula V-20.667.319

    Apelo porque la resolución dice que no acredité persecución pero yo presenté las denuncias que hice en Venezuela contra los colectivos que me amenazaron. Por favor acepten mi apelación.

    ________________________________
    De: Mesa de Partes <mesadepartes@rree.gob.pe>
    Enviado: martes, 8 de diciembre de 2026 09:12
    Para: kleiber.suarez@hotmail.com
    Asunto: Recurso de apelación

    Se ha recibido su correo. Para registrar su recurso de apelación, este debe presentarse en un documento escrito debidamente firmado. Sírvase remitirlo por este medio.

    Mesa de Partes
    """))
add(f, m, mailbox=MP, received="2026-12-10 17:05:52", procedure="apelacion",
    fields={"nombres": "Kleiber Antonio Suárez Mejías", "documento_identidad": "V20667319",
            "correo": "kleiber.suarez@hotmail.com",
            "motivo": "la resolución dice que no acredité persecución pero yo presenté las denuncias que hice en Venezuela"},
    signature="absent", outcome="subsanar", missing=["firma", "telefono"])

# =====================================================================
# 037 URGENTE - names both recursos (triage)
# =====================================================================
f = "037-triage-urgente-dos-recursos.eml"
m = new_msg(f, frm="Yessica <yessica.montilla@gmail.com>", to=MP,
            subject="URGENTE!!!", received="2026-12-11 08:30:15", mailbox=MP)
m.set_content(d("""
    Por favor necesito ayuda, me notificaron la resolución que me niega el refugio y no sé si tengo que presentar reconsideración o apelación. ¿Cuál me corresponde?

    Yessica Montilla
    """))
add(f, m, mailbox=MP, received="2026-12-11 08:30:15", procedure=None,
    fields={"nombres": "Yessica Montilla", "correo": "yessica.montilla@gmail.com"},
    signature="not_required", outcome="triage")

# =====================================================================
# 038 "Duplicado de carnet" + body names the carné de extranjería;
#     tab-separated data; photo of the police report
# =====================================================================
f = "038-duplicado-carnet-cuerpo-precisa-ce-foto-denuncia.eml"
m = new_msg(f, frm="Ivan Dario Restrepo <ivandrestrepo@gmail.com>", to=RF,
            subject="Duplicado de carnet", received="2026-12-11 11:45:38", mailbox=RF)
m.set_content(
    "Buenos días, solicito el duplicado de mi carné de extranjería, me lo robaron el sábado. "
    "Adjunto foto de la denuncia.\n\n"
    "Nombre\tIván Darío Restrepo Gallego\n"
    "Sexo\tMasculino\n"
    "Nacionalidad\tColombiana\n"
    "C.C.\t1.036.622.905\n"
    "Carné de extranjería\t000817346\n"
    "Fecha de nacimiento\t1990-08-27\n"
    "Celular\t+57 321 550 8841 (WhatsApp)\n\n"
    "Gracias\n")
attach_img(m, T.photo_jpeg([
    "POLICIA NACIONAL DEL PERU - COMISARIA PNP LINCE",
    "DENUNCIA POR HURTO N.o 11873",
    "Fecha: 06/12/2026",
    "Denunciante: Ivan Dario Restrepo Gallego",
    "Objeto: carne de extranjeria",
], seed=38), "denuncia_pnp.jpg")
add(f, m, mailbox=RF, received="2026-12-11 11:45:38", procedure="duplicado_carne_extranjeria",
    fields={"nombres": "Iván Darío Restrepo Gallego", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "1036622905", "carne_extranjeria": "000817346",
            "fecha_nacimiento": "1990-08-27", "telefono": "+573215508841",
            "correo": "ivandrestrepo@gmail.com", "motivo": "me lo robaron el sábado"},
    signature="not_required", outcome="acuse", recognised=True)

# =====================================================================
# 039 "Consulta" - body names the entrevista de registro (portal), Saturday
# =====================================================================
f = "039-portal-consulta-cuerpo-entrevista.eml"
m = new_msg(f, frm="Ninoska U. <ninoska.urbina@gmail.com>", to=SR,
            subject="Consulta", received="2026-12-12 09:00:50", mailbox=SR)
m.set_content(d("""
    Buen día, quería preguntar por la entrevista de registro. Me inscribí por la página web en agosto y todavía no me llega la cita. ¿Tengo que hacer algo más?

    Ninoska Urbina
    935 118 720
    """))
add(f, m, mailbox=SR, received="2026-12-12 09:00:50", procedure="entrevista_registro",
    fields={"nombres": "Ninoska Urbina", "telefono": "+51935118720", "correo": "ninoska.urbina@gmail.com"},
    signature="not_required", outcome="portal")

# =====================================================================
# 040 Renuncia - French, recognised refugee; text PDF with scanned signature image
# =====================================================================
f = "040-renuncia-frances-refugiado-firma-imagen.eml"
m = new_msg(f, frm="Patrick Ilunga <patrick.ilunga@gmail.com>", to=MP,
            subject="Renuncia / Renonciation", received="2026-12-13 16:00:33", mailbox=MP)
m.set_content(d("""
    Madame, Monsieur,

    Veuillez trouver ci-joint ma lettre de renonciation au statut de réfugié, signée.

    Cordialement,
    Patrick Ilunga Kabongo
    """))
ren = T.text_pdf("RENUNCIA A LA CONDICION DE REFUGIADO", [
    "Señores Comisión Especial para los Refugiados:",
    "Yo, Patrick Ilunga Kabongo, de nacionalidad congoleña (República Democrática del Congo), "
    "refugiado reconocido, con pasaporte OB0412587 y carné de extranjería N.o 000590233, "
    "comunico mi decisión de renunciar a la condición de refugiado.",
    "Motivo: me voy a reunir con mi esposa y mis hijos en Bélgica, donde tengo residencia permanente.",
    "Teléfono: +51 958 334 610",
    "Lima, 13 de diciembre de 2026",
], signature_png=T.signature_png(seed=40))
attach_pdf(m, ren, "renonciation_ilunga.pdf")
add(f, m, mailbox=MP, received="2026-12-13 16:00:33", procedure="renuncia",
    fields={"nombres": "Patrick Ilunga Kabongo", "nacionalidad": "CD", "documento_identidad": "OB0412587",
            "carne_extranjeria": "000590233", "telefono": "+51958334610",
            "correo": "patrick.ilunga@gmail.com",
            "motivo": "me voy a reunir con mi esposa y mis hijos en Bélgica"},
    signature="manuscrita", outcome="acuse", flags=["verificar_firma"], recognised=True)

# =====================================================================
# 041 Actualización - a son writes for his father (applicant)
# =====================================================================
f = "041-actualizacion-hijo-por-padre.eml"
m = new_msg(f, frm="Diego Hernández <diegohdz.2001@gmail.com>", to=SR,
            subject="Actualizacion de datos de mi papá", received="2026-12-14 10:00:04", mailbox=SR)
m.set_content(d("""
    Hola, buen día.

    Escribo por mi papá que no tiene correo. Necesita actualizar su número de teléfono porque cambió de línea.

    Sus datos:
    Nombre: Rubén Darío Hernández Colina
    Venezolano
    Cédula V-9.441.208
    Nuevo cel: 925 334 781

    Él es solicitante de refugio. Pueden responder a este correo.

    Diego Hernández (hijo)
    """))
add(f, m, mailbox=SR, received="2026-12-14 10:00:04", procedure="actualizacion_datos",
    fields={"nombres": "Rubén Darío Hernández Colina", "nacionalidad": "VE", "documento_identidad": "V9441208",
            "telefono": "+51925334781", "correo": "diegohdz.2001@gmail.com", "motivo": "cambió de línea"},
    signature="not_required", outcome="acuse")

# =====================================================================
# 042 Apelación - notified 19/11/2026, received 14 Dec at night,
#     filed 15 Dec = the 15th business day (timely)
# =====================================================================
f = "042-apelacion-nocturna-ultimo-dia-plazo.eml"
m = new_msg(f, frm="Dariana Velásquez <dariana.velasquez@gmail.com>", to=MP,
            subject="Apelacion", received="2026-12-14 21:30:19", mailbox=MP)
m.set_content(d("""
    Buenas noches.
    Envío mi recurso de apelación contra la Resolución que confirma la denegatoria de mi solicitud, notificada el 19/11/2026. Adjunto escrito con firma digital.

    Dariana Velásquez Ochoa – Pasaporte 117 330 952 – Tel. 964 771 208
    """))
ap = T.text_pdf("RECURSO DE APELACION", [
    "Señores de la Comisión Especial para los Refugiados:",
    "Dariana Velásquez Ochoa, pasaporte 117 330 952, interpongo recurso de apelación contra la "
    "Resolución que confirma la denegatoria, notificada el 19/11/2026.",
    "Motivo: la Comisión aplicó un criterio de credibilidad sin entrevistarme de nuevo y sin traductor "
    "para mi madre, que declaró como testigo; además no se consideró el informe médico de las lesiones "
    "que sufrí durante mi detención.",
    "Teléfono: 964 771 208",
    "Lima, 14 de diciembre de 2026",
])
attach_pdf(m, T.sign(ap), "apelacion_velasquez.pdf")
add(f, m, mailbox=MP, received="2026-12-14 21:30:19", procedure="apelacion",
    fields={"nombres": "Dariana Velásquez Ochoa", "documento_identidad": "117330952",
            "telefono": "+51964771208", "correo": "dariana.velasquez@gmail.com",
            "motivo": "la Comisión aplicó un criterio de credibilidad sin entrevistarme de nuevo"},
    signature="valid", outcome="cargo", notified="2026-11-19")

# =====================================================================
# 043 Reconsideración - text-only PDF, not signed (absent); Ecuadorian
# =====================================================================
f = "043-reconsideracion-pdf-sin-firma.eml"
m = new_msg(f, frm="carlos zambrano <carlos.zambrano.ec@hotmail.com>", to=MP,
            subject="Reconsideración", received="2026-12-15 09:40:11", mailbox=MP,
            date_tz=0, relay="mail-mw2nam12olkn2010.outbound.protection.outlook.com [40.92.23.10]")
m.set_content("Adjunto recurso.\n")
rz = T.text_pdf("RECURSO DE RECONSIDERACION", [
    "Carlos Eduardo Zambrano Vera, ecuatoriano, cédula de identidad 0925184736, me dirijo a la "
    "Comisión Especial para los Refugiados para interponer recurso de reconsideración.",
    "Motivo: presento nueva prueba, el parte policial de Guayaquil que demuestra el atentado contra mi "
    "negocio por no pagar la 'vacuna' a la banda criminal.",
    "Celular: 987 006 512",
    "Correo: carlos.zambrano.ec@hotmail.com",
    "",
    "______________________",
    "Firma",
])
attach_pdf(m, rz, "recurso reconsideracion.pdf")
add(f, m, mailbox=MP, received="2026-12-15 09:40:11", procedure="reconsideracion",
    fields={"nombres": "Carlos Eduardo Zambrano Vera", "nacionalidad": "EC", "documento_identidad": "0925184736",
            "telefono": "+51987006512", "correo": "carlos.zambrano.ec@hotmail.com",
            "motivo": "presento nueva prueba, el parte policial de Guayaquil"},
    signature="absent", outcome="subsanar", missing=["firma"])

# =====================================================================
# 044 Internal mail from an institutional mailbox (ignorado)
# =====================================================================
f = "044-ignorado-correo-institucional.eml"
m = new_msg(f, frm="Mesa de Partes <mesadepartes@rree.gob.pe>", to=RF,
            subject="Relación de escritos remitidos - semana 50", received="2026-12-15 12:00:00", mailbox=RF,
            relay="smtp-int.rree.gob.pe [10.20.1.15]")
m.set_content(d("""
    Estimados colegas:

    Se remite la relación de escritos recibidos por Mesa de Partes y remitidos a su unidad entre el 7 y el 11 de diciembre (archivo compartido, carpeta Semana 50).

    Atentamente,
    Mesa de Partes
    """))
add(f, m, mailbox=RF, received="2026-12-15 12:00:00", procedure=None,
    fields={}, signature="not_required", outcome="ignorado")

# =====================================================================
# 045 Apelación - Gmail HTML with bold labels, notified 20/11 -> last day (timely)
# =====================================================================
f = "045-apelacion-html-gmail-en-plazo.eml"
m = new_msg(f, frm="Roxana Palencia <roxana.palencia87@gmail.com>", to=MP,
            subject="Recurso de Apelacion - Roxana Palencia", received="2026-12-16 15:10:42", mailbox=MP)
plain = d("""
    Señores Mesa de Partes:

    Presento recurso de apelación. Adjunto el escrito con firma digital.

    *Nombres y apellidos:* Roxana Inés Palencia Duarte
    *Pasaporte:* 154 002 338
    *Teléfono:* +51 976 440 251
    *Correo:* roxana.palencia87@gmail.com
    *Fecha de notificación:* 20 de noviembre de 2026
    *Motivo:* la resolución se basó en información desactualizada sobre Venezuela y no valoró las amenazas que recibí por ser periodista.

    Atentamente,
    Roxana Palencia
    """)
html = ('<div dir="ltr"><div>Señores Mesa de Partes:</div><div><br></div>'
        '<div>Presento recurso de apelación. Adjunto el escrito con firma digital.</div><div><br></div>'
        '<div><b>Nombres y apellidos:</b> Roxana Inés Palencia Duarte</div>'
        '<div><b>Pasaporte:</b> 154 002 338</div>'
        '<div><b>Teléfono:</b> +51 976 440 251</div>'
        '<div><b>Correo:</b> <a href="mailto:roxana.palencia87@gmail.com">roxana.palencia87@gmail.com</a></div>'
        '<div><b>Fecha de notificación:</b> 20 de noviembre de 2026</div>'
        '<div><b>Motivo:</b> la resolución se basó en información desactualizada sobre Venezuela y no valoró '
        'las amenazas que recibí por ser periodista.</div><div><br></div>'
        '<div>Atentamente,</div><div>Roxana Palencia</div></div>\n')
m.set_content(plain)
m.add_alternative(html, subtype="html")
ap = T.text_pdf("RECURSO DE APELACION", [
    "Roxana Inés Palencia Duarte, pasaporte 154 002 338, interpongo recurso de apelación contra la "
    "resolución notificada el 20 de noviembre de 2026.",
    "Motivo: la resolución se basó en información desactualizada sobre Venezuela y no valoró las "
    "amenazas que recibí por ser periodista.",
    "Teléfono: +51 976 440 251 - Correo: roxana.palencia87@gmail.com",
    "Lima, 16 de diciembre de 2026",
])
attach_pdf(m, T.sign(ap), "Apelacion_Palencia.pdf")
add(f, m, mailbox=MP, received="2026-12-16 15:10:42", procedure="apelacion",
    fields={"nombres": "Roxana Inés Palencia Duarte", "documento_identidad": "154002338",
            "telefono": "+51976440251", "correo": "roxana.palencia87@gmail.com",
            "motivo": "la resolución se basó en información desactualizada sobre Venezuela"},
    signature="valid", outcome="cargo", notified="2026-11-20")

# =====================================================================
# 046 Apelación - same notification day, received after close -> filed the
#     next day, one business day too late (extemporaneo)
# =====================================================================
f = "046-apelacion-tras-cierre-extemporanea.eml"
m = new_msg(f, frm="Jesus Torrealba <jtorrealba.r@gmail.com>", to=MP,
            subject="recurso de apelacion", received="2026-12-16 17:55:08", mailbox=MP)
m.set_content(d("""
    Buenas tardes señores, mi nombre es Jesús Alberto Torrealba Rivero, venezolano, cédula V-18.552.907, y presento el recurso de apelación contra la resolución que me fue notificada con fecha 20/11/2026. El motivo es que no se tomó en cuenta que soy objetor de conciencia y que me buscan para reclutarme a la fuerza en la milicia. Mi teléfono es 938604471 y mi correo jtorrealba.r@gmail.com. Adjunto el escrito firmado digitalmente.
    """))
ap = T.text_pdf("RECURSO DE APELACION", [
    "Jesús Alberto Torrealba Rivero, venezolano, cédula V-18.552.907, interpongo recurso de apelación "
    "contra la resolución notificada con fecha 20/11/2026.",
    "Motivo: no se tomó en cuenta que soy objetor de conciencia y que me buscan para reclutarme a la "
    "fuerza en la milicia.",
    "Teléfono 938604471. Correo jtorrealba.r@gmail.com",
    "Lima, 16 de diciembre de 2026",
])
attach_pdf(m, T.sign(ap), "apelacion_torrealba.pdf")
add(f, m, mailbox=MP, received="2026-12-16 17:55:08", procedure="apelacion",
    fields={"nombres": "Jesús Alberto Torrealba Rivero", "nacionalidad": "VE", "documento_identidad": "V18552907",
            "telefono": "+51938604471", "correo": "jtorrealba.r@gmail.com",
            "motivo": "no se tomó en cuenta que soy objetor de conciencia"},
    signature="valid", outcome="cargo", flags=["extemporaneo"], notified="2026-11-20")

# =====================================================================
# 047 "Ayuda por favor" - body names the cambio de clave; no phone
# =====================================================================
f = "047-cambio-clave-asunto-vago-sin-telefono.eml"
m = new_msg(f, frm="Lisbeth <lisbethcarolina@hotmail.com>", to=SR,
            subject="Ayuda por favor", received="2026-12-17 10:20:36", mailbox=SR,
            date_tz=0, relay="mail-dm3nam02olkn2077.outbound.protection.outlook.com [40.92.10.77]")
m.set_content(d("""
    Buenos días, necesito el cambio de clave y contraseña para entrar al Sistema de Refugiados, no recuerdo la contraseña.
    Soy Lisbeth Carolina Aguilar Ramos, pasaporte 146 883 017.
    Mi correo es lisbeth.aguilar.r@gmail.com
    """))
add(f, m, mailbox=SR, received="2026-12-17 10:20:36", procedure="cambio_clave",
    fields={"nombres": "Lisbeth Carolina Aguilar Ramos", "documento_identidad": "146883017",
            "correo": "lisbeth.aguilar.r@gmail.com", "motivo": "no recuerdo la contraseña"},
    signature="not_required", outcome="subsanar", missing=["telefono"])

# =====================================================================
# 048 Travel authorization in English, scanned signed request, wrong mailbox
# =====================================================================
f = "048-autorizacion-viaje-ingles-escaneada-derivada.eml"
m = new_msg(f, frm="Ahmad Al-Hamwi <ahmad.alhamwi@gmail.com>", to=SR,
            subject="Autorización de viaje / Travel authorization", received="2026-12-18 14:00:26", mailbox=SR)
m.set_content(d("""
    Dear Sir/Madam,

    I am a recognized refugee in Peru. I urgently need to travel because my wife will have heart surgery in Santiago and there is nobody else to take care of our baby.

    Full name: Ahmad Khaled Al-Hamwi
    Nationality: Syrian
    Foreigner ID card (Carné de Extranjería): 000702618
    Destination: Santiago, Chile
    Departure date: 28/12/2026
    Return date: 10/01/2027
    Mobile: +51 913 550 027

    Attached is my signed request (scanned).

    Best regards,
    Ahmad
    """))
sc = T.handwritten_page([
    "Lima, 17/12/2026",
    "To: Comision Especial para los Refugiados",
    "Request: Autorizacion de Viaje",
    "I, Ahmad Khaled Al-Hamwi, CE 000702618,",
    "request authorization to travel to Santiago, Chile",
    "from 28/12/2026 to 10/01/2027 (wife's surgery).",
    "Phone +51 913 550 027",
    "",
    "Signature:",
], seed=48)
attach_pdf(m, T.image_pdf(sc), "travel_request_signed.pdf")
add(f, m, mailbox=SR, received="2026-12-18 14:00:26", procedure="autorizacion_viaje",
    fields={"nombres": "Ahmad Khaled Al-Hamwi", "nacionalidad": "SY", "carne_extranjeria": "000702618",
            "destino": "Santiago, Chile", "fecha_salida": "2026-12-28", "fecha_retorno": "2027-01-10",
            "telefono": "+51913550027", "correo": "ahmad.alhamwi@gmail.com",
            "motivo": "my wife will have heart surgery in Santiago"},
    signature="manuscrita", outcome="acuse", flags=["derivado", "verificar_firma"], recognised=True)

# =====================================================================
# 049 Prórroga in Haitian Creole, no carné number (Saturday)
# =====================================================================
f = "049-prorroga-creole-sin-carne.eml"
m = new_msg(f, frm="Mackenson Louis <mackensonlouis@gmail.com>", to=RF,
            subject="Prórroga de residencia", received="2026-12-19 11:11:11", mailbox=RF)
m.set_content(d("""
    Bonjou,

    Mwen se yon refijye rekonèt isit nan Pewou. Mwen ekri pou mande prórroga rezidans mwen pou ane sa a.

    Non ak siyati: Mackenson Louis
    Sèks: gason (M)
    Nasyonalite: Ayisyen
    Nimewo paspò: RB2209481
    Dat nesans: 07/04/1992
    Telefòn: 978 330 615

    Mèsi anpil
    """))
add(f, m, mailbox=RF, received="2026-12-19 11:11:11", procedure="prorroga_residencia",
    fields={"nombres": "Mackenson Louis", "sexo": "M", "nacionalidad": "HT", "documento_identidad": "RB2209481",
            "fecha_nacimiento": "1992-04-07", "telefono": "+51978330615", "correo": "mackensonlouis@gmail.com"},
    signature="not_required", outcome="subsanar", missing=["carne_extranjeria"], recognised=True)

# =====================================================================
# 050 no-reply notification from another agency (ignorado)
# =====================================================================
f = "050-ignorado-noreply-migraciones.eml"
m = new_msg(f, frm="Migraciones <no-reply@migraciones.gob.pe>", to=RF,
            subject="Confirmación de registro de cita", received="2026-12-21 09:00:02", mailbox=RF,
            date_delay=1, relay="correo.migraciones.gob.pe [200.60.146.20]")
m.set_content(d("""
    Estimado(a) usuario(a):

    Su cita ha sido registrada para el día 05/01/2027 a las 10:30 en la sede Breña.
    Código de cita: MIG-7741029.

    Este es un mensaje automático, por favor no responda a este correo.
    """))
add(f, m, mailbox=RF, received="2026-12-21 09:00:02", procedure=None,
    fields={}, signature="not_required", outcome="ignorado")

# =====================================================================
# 051 Empty subject, vague question (triage)
# =====================================================================
f = "051-triage-sin-asunto.eml"
m = new_msg(f, frm="Fabiola Rengifo <fabiola.rengifo@gmail.com>", to=MP,
            subject="", received="2026-12-22 16:30:55", mailbox=MP)
m.set_content("buenas tardes disculpe donde puedo ver mi resolucion? gracias\nFabiola Rengifo Paz\ncel 941 556 203\n")
add(f, m, mailbox=MP, received="2026-12-22 16:30:55", procedure=None,
    fields={"nombres": "Fabiola Rengifo Paz", "telefono": "+51941556203", "correo": "fabiola.rengifo@gmail.com"},
    signature="not_required", outcome="triage")

# =====================================================================
# 052 Fwd: Autorización de Trabajo Virtual - English, forwarded (portal)
# =====================================================================
f = "052-portal-autorizacion-trabajo-reenvio-ingles.eml"
m = new_msg(f, frm="Omar Galindo <omar.galindo@gmail.com>", to=SR,
            subject="Fwd: Autorización de Trabajo Virtual", received="2026-12-23 10:00:40", mailbox=SR)
m.set_content(d("""
    Hi, I sent this to a wrong address last week, forwarding it here.

    ---------- Forwarded message ---------
    From: Omar Galindo <omar.galindo@gmail.com>
    Date: Tue, Dec 15, 2026 at 8:02 PM
    Subject: Autorización de Trabajo Virtual
    To: <solicitantesrefugios@rree.gob.pe>


    Good afternoon,

    How can I renew my virtual work authorization? The refugee system page shows an error when I click on "Emisión de Autorización de Trabajo virtual".

    My name is Omar Galindo Parra, passport 148 220 376.

    Thanks
    """))
add(f, m, mailbox=SR, received="2026-12-23 10:00:40", procedure="autorizacion_trabajo",
    fields={"nombres": "Omar Galindo Parra", "documento_identidad": "148220376", "correo": "omar.galindo@gmail.com"},
    signature="not_required", outcome="portal")

# =====================================================================
# 053 Fwd: Actualización de datos - forwarded from her old work account,
#     recognised refugee, complete; received on 24 Dec (día no laborable)
# =====================================================================
f = "053-actualizacion-reenvio-otra-cuenta-24dic.eml"
m = new_msg(f, frm="Karla Betancourt <karla.betancourt.m@gmail.com>", to=SR,
            subject="Fwd: Actualización de datos", received="2026-12-24 09:00:21", mailbox=SR)
m.set_content(d("""
    Reenvío el correo que mandé el 1 de diciembre desde mi otra cuenta.

    ---------- Forwarded message ---------
    De: Karla Betancourt <kbetancourt@inversionesandinas.pe>
    Date: mar, 1 dic 2026 a las 18:40
    Subject: Actualización de datos
    To: <solicitantesrefugio@rree.gob.pe>


    Buenas tardes, soy refugiada reconocida, favor actualizar mi correo y teléfono:

    Karla Vanessa Betancourt Mijares / venezolana / pasaporte 120 993 458 / CE 000448120 / teléfono 956 712 093 / correo nuevo: karla.betancourt.m@gmail.com

    Gracias
    """))
add(f, m, mailbox=SR, received="2026-12-24 09:00:21", procedure="actualizacion_datos",
    fields={"nombres": "Karla Vanessa Betancourt Mijares", "nacionalidad": "VE", "documento_identidad": "120993458",
            "carne_extranjeria": "000448120", "telefono": "+51956712093", "correo": "karla.betancourt.m@gmail.com"},
    signature="not_required", outcome="acuse", recognised=True)

# =====================================================================
# 054 AUTORIZACION DE VIAJE URGENTE - Christmas night, signed PDF, 2-digit years
# =====================================================================
f = "054-autorizacion-viaje-navidad-pdf-firmado.eml"
m = new_msg(f, frm="Mercedes Ugueto <mjugueto@gmail.com>", to=RF,
            subject="AUTORIZACION DE VIAJE URGENTE", received="2026-12-25 23:00:45", mailbox=RF)
m.set_content(d("""
    Buenas noches, disculpen que escriba hoy. Mi mamá está en terapia intensiva en Valencia y necesito viajar. Adjunto la solicitud firmada digitalmente con todos mis datos.
    Mercedes Josefina Ugueto Blanco
    """))
v = T.text_pdf("SOLICITUD DE AUTORIZACION DE VIAJE (URGENCIA)", [
    "Mercedes Josefina Ugueto Blanco, refugiada reconocida, carné de extranjería 000529804.",
    "Motivo: mi madre se encuentra internada en terapia intensiva tras un accidente cerebrovascular.",
    "Destino: Valencia, Venezuela",
    "Salida: 02/01/27",
    "Retorno: 23/01/27",
    "Teléfono: +51 949 118 530",
    "Lima, 25 de diciembre de 2026",
])
attach_pdf(m, T.sign(v), "autorizacion_viaje_ugueto.pdf")
add(f, m, mailbox=RF, received="2026-12-25 23:00:45", procedure="autorizacion_viaje",
    fields={"nombres": "Mercedes Josefina Ugueto Blanco", "carne_extranjeria": "000529804",
            "destino": "Valencia, Venezuela", "fecha_salida": "2027-01-02", "fecha_retorno": "2027-01-23",
            "telefono": "+51949118530", "correo": "mjugueto@gmail.com",
            "motivo": "mi madre se encuentra internada en terapia intensiva"},
    signature="valid", outcome="acuse", recognised=True)


# =====================================================================
# checks + output
# =====================================================================
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


def message_text(msg):
    parts = [str(msg.get("Subject", ""))]
    pdfs, imgs, names = [], [], []
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            names.append(fn)
        if ct == "text/plain" and not fn:
            parts.append(part.get_content())
        elif ct == "text/html" and not fn:
            parts.append(re.sub(r"<[^>]+>", " ", part.get_content()))
        elif ct == "application/pdf":
            data = part.get_payload(decode=True)
            pdfs.append(data)
            parts.append(T.pdf_text(data))
        elif ct.startswith("image/"):
            imgs.append(part)
    return "\n".join(parts), pdfs, imgs, names


def auto_signature(pdfs, imgs):
    st = [T.signature_intact(p) for p in pdfs]
    if any(s is True for s in st):
        return "valid"
    if any(s is False for s in st):
        return "invalid"
    if imgs or any(s is None and (not T.pdf_text(p).strip() or T.pdf_has_image(p)) for s, p in zip(st, pdfs)):
        return "manuscrita"
    return "absent"


def check_field(k, v, text, frm):
    t = text
    if k == "nombres":
        return strip_accents(v) in strip_accents(re.sub(r"\s+", " ", t))
    if k in ("documento_identidad",):
        return v in re.sub(r"[^A-Z0-9]", "", t.upper())
    if k == "carne_extranjeria":
        return v in re.sub(r"\D", "", t)
    if k == "telefono":
        digits = re.sub(r"\D", "", t)
        nat = v[3:] if v.startswith("+51") else v[1:]
        return nat in digits
    if k == "correo":
        return v in t.lower() or v in frm.lower()
    if k in ("destino", "motivo"):
        return strip_accents(v) in strip_accents(re.sub(r"\s+", " ", t))
    if k in ("fecha_nacimiento", "fecha_salida", "fecha_retorno"):
        y, mo, da = v.split("-")
        pats = [f"{da}/{mo}/{y}", f"{da}-{mo}-{y}", f"{da}/{mo}/{y[2:]}", v, f"{int(da)} de "]
        return any(p in t for p in pats)
    return True  # nacionalidad / sexo: checked by eye


def compute(e, msg, text, pdfs, imgs, names):
    proc = e["procedure"]
    out = e["outcome"]
    # firma
    if proc in REQ and "firma" in REQ[proc]:
        sig = auto_signature(pdfs, imgs)
    else:
        sig = "not_required"
    assert sig == e["signature"], (e["file"], sig, e["signature"])
    # missing
    missing = []
    if out not in ("ignorado", "portal", "triage") and proc in REQ:
        has_denuncia = any("denuncia" in n.lower() for n in names) or any(
            "denuncia" in T.pdf_text(p).lower() for p in pdfs)
        for r in REQ[proc]:
            star = r.endswith("*")
            r = r.rstrip("*")
            if r == "firma":
                ok = sig in ("valid", "manuscrita")
            elif r == "denuncia_policial":
                ok = has_denuncia
            elif star and not (e["recognised"] or "carne_extranjeria" in e["fields"]):
                ok = True
            else:
                ok = r in e["fields"]
            if not ok:
                missing.append(r)
    assert missing == e["missing"], (e["file"], missing, e["missing"])
    # outcome
    if out == "ignorado":
        calc = "ignorado"
    elif proc in PORTAL:
        calc = "portal"
    elif proc is None:
        calc = "triage"
    elif proc == "carne_solicitante":
        calc = "suspendido"
    elif missing:
        calc = "subsanar"
    elif proc in RECURSOS:
        calc = "cargo"
    else:
        calc = "acuse"
    assert calc == out, (e["file"], calc, out)
    # flags
    rec = lima(e["received"])
    fd = filing_day(rec)
    flags = []
    if calc not in ("ignorado", "portal", "triage"):
        if proc in HOME and HOME[proc] != e["mailbox"]:
            flags.append("derivado")
        if proc in RECURSOS and e["notified"]:
            if fd > recurso_deadline(dt.date.fromisoformat(e["notified"])):
                flags.append("extemporaneo")
        if sig == "manuscrita":
            flags.append("verificar_firma")
    assert sorted(flags) == sorted(e["flags"]), (e["file"], flags, e["flags"])
    if calc == "subsanar":
        due = add_business(fd, 2)
    elif calc in ("acuse", "cargo"):
        due = add_business(fd, PLAZO[proc])
    else:
        due = None
    return fd, due


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    labels = []
    seen = set()
    for e in MESSAGES:
        assert e["file"] not in seen
        seen.add(e["file"])
        data = e["raw"] if e["raw"] is not None else e["msg"].as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, e["file"]), "wb") as fh:
            fh.write(data)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        assert msg["Delivered-To"] == e["mailbox"]
        assert msg["Message-ID"] and msg["Date"] and msg["From"] and msg["Received"]
        text, pdfs, imgs, names = message_text(msg)
        frm = str(msg["From"])
        for k, v in e["fields"].items():
            if not check_field(k, v, text, frm):
                raise SystemExit(f"{e['file']}: {k}={v!r} not found in text")
        if e["outcome"] != "ignorado" and not (frm.split("<")[-1].rstrip(">") in INSTITUTIONAL):
            assert "correo" in e["fields"], e["file"]
        fd, due = compute(e, msg, text, pdfs, imgs, names)
        rec = lima(e["received"])
        labels.append({
            "file": e["file"], "mailbox": e["mailbox"], "received": rec.isoformat(),
            "procedure": e["procedure"], "fields": e["fields"], "missing": e["missing"],
            "signature": e["signature"], "outcome": e["outcome"], "flags": e["flags"],
            "filing_date": fd.isoformat(), "due_date": due.isoformat() if due else None,
        })
    labels.sort(key=lambda x: x["file"])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
