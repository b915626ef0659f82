#!/usr/bin/env python3
"""Build round21: an ordinary busy fortnight (30 Nov - 13 Dec 2026) of mail
reaching the three CEPR mailboxes.  Writes NNN-slug.eml and labels.jsonl.

Run with /work/rounds/.venv-r21/bin/python build.py
"""
import datetime as dt
import email.utils
import json
import os
import sys
import tomllib
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
import email.policy
from email.policy import SMTP

import holidays

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdfkit  # noqa: E402

LIMA = dt.timezone(dt.timedelta(hours=-5))
SOL = "solicitantesrefugio@rree.gob.pe"
MDP = "mesadepartes@rree.gob.pe"
REF = "refugiados@rree.gob.pe"
INSTITUTIONAL = {SOL, MDP, REF}

# ---------------------------------------------------------------- the table
HOME = {
    "solicitud_refugio": "portal", "autorizacion_trabajo": "portal",
    "entrevista_registro": "portal", "carne_solicitante": SOL,
    "actualizacion_datos": SOL, "cambio_clave": SOL,
    "reconsideracion": MDP, "apelacion": MDP, "renuncia": MDP,
    "prorroga_residencia": REF, "duplicado_carne_extranjeria": REF,
    "autorizacion_viaje": REF,
}
REQ = {
    "carne_solicitante": [],
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad",
                            "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad",
                        "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono",
                  "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad",
                 "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad",
                            "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo",
                                    "nacionalidad", "documento_identidad",
                                    "carne_extranjeria", "fecha_nacimiento",
                                    "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida",
                           "fecha_retorno", "nombres", "carne_extranjeria",
                           "telefono"],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15,
         "apelacion": 30, "renuncia": 15, "prorroga_residencia": 15,
         "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}

# ---------------------------------------------------------------- calendar
with open(os.path.join(HERE, "config.toml"), "rb") as _f:
    CAL = tomllib.load(_f)["calendar"]
NWD = {dt.date.fromisoformat(d) for d in CAL["non_working_days"]}
CLOSE = dt.time.fromisoformat(CAL["office_close"]) if CAL.get("office_close") else None
PE = holidays.country_holidays("PE", years=range(2026, 2028))


def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NWD


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    d = received.date()
    if is_bd(d) and (CLOSE is None or received.time() < CLOSE):
        return d
    return next_bd(d)


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


# ---------------------------------------------------------------- messages
# Each entry: slug, mailbox (account that received it), frm, subject,
# received ("YYYY-MM-DD HH:MM:SS" Lima), body or html, attachments
# [(kind, filename, payload-lines)], procedure, fields, sig (firma status as
# judged from attachments, for procedures needing firma), denuncia (bool),
# notified (date the recurso text says the denial was notified), machine (bool),
# expect (outcome, checked against the computed one).
M = []


def msg(**kw):
    M.append(kw)


# 001 -- short phone message, actualizacion, Venezuelan applicant, complete
msg(slug="actualizacion-cel-nuevo", mailbox=SOL,
    frm=("yorman", "yormanjose.2291@gmail.com"),
    subject="actualizacion de datos", received="2026-11-30 08:12:33",
    body="""buenos dias xfa necesito actualizar mi numero de cel
me llamo yorman jose rivas pacheco soy de venezuela cedula 24.567.118
mi nuevo cel es 912 407 385
gracias dios les bendiga

Enviado desde Yahoo Mail para Android""",
    procedure="actualizacion_datos",
    fields={"nombres": "yorman jose rivas pacheco", "nacionalidad": "VE",
            "documento_identidad": "24567118", "telefono": "+51912407385",
            "correo": "yormanjose.2291@gmail.com"},
    expect="acuse")

# 002 -- Colombian, dotted-leader layout, cambio de clave complete
msg(slug="cambio-clave-colombiana", mailbox=SOL,
    frm=("Luz Dary Cardenas", "luzdary.cardenas@hotmail.com"),
    subject="Cambio de clave y contraseña", received="2026-11-30 10:41:07",
    body="""Buenos días señores de la Comisión,

Soy colombiana, solicitante de refugio, y les pido por favor el cambio de clave
y contraseña de mi usuario en el Sistema de Refugiados.

NOMBRE COMPLETO ....... Luz Dary Cárdenas Ospina
C.C. .................. 1.094.883.271
CELULAR ............... +51 986 112 540
CORREO ................ luzdary.cardenas@hotmail.com

Quedo atenta, muchas gracias.
Luz Dary""",
    procedure="cambio_clave",
    fields={"nombres": "Luz Dary Cárdenas Ospina", "nacionalidad": "CO",
            "documento_identidad": "1094883271", "telefono": "+51986112540",
            "correo": "luzdary.cardenas@hotmail.com"},
    expect="acuse")

# 003 -- long polite letter, apelacion, digitally signed PDF, in time
msg(slug="apelacion-carta-firmada", mailbox=MDP,
    frm=("María Gabriela Salcedo", "mariagabriela.salcedo81@gmail.com"),
    subject="Recurso de Apelación", received="2026-11-30 15:22:48",
    body="""Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

Reciban un cordial saludo. Por medio del presente me permito remitirles, en
archivo adjunto y firmado digitalmente, mi recurso de apelación contra la
resolución que declaró infundada mi reconsideración y confirmó la denegatoria
de mi solicitud de refugio.

En el documento constan mis datos completos y los fundamentos del recurso.
Les agradeceré enviarme el cargo de recepción a este mismo correo.

Sin otro particular, me despido de ustedes con la mayor consideración.

Atentamente,
María Gabriela Salcedo Urbina""",
    attachments=[("signed", "Recurso_Apelacion_MGSalcedo.pdf", [
        "SUMILLA: Interpongo recurso de apelación",
        "",
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "",
        "Yo, María Gabriela Salcedo Urbina, de nacionalidad venezolana, identificada "
        "con pasaporte N° 143587209, con teléfono 947 221 603 y correo electrónico "
        "mariagabriela.salcedo81@gmail.com, ante ustedes me presento y digo:",
        "",
        "Que habiendo sido notificada el 20 de noviembre de 2026 con la resolución que "
        "declara infundado mi recurso de reconsideración, dentro del plazo de ley "
        "interpongo RECURSO DE APELACIÓN.",
        "",
        "FUNDAMENTOS: La resolución no valoró el informe médico legal ni las denuncias "
        "que presenté sobre las amenazas recibidas por parte de colectivos armados en "
        "mi ciudad de origen, Barquisimeto, ni la situación de persecución a mi familia "
        "por mi labor como dirigente sindical.",
        "",
        "Por lo expuesto, pido se conceda la apelación y se eleve lo actuado.",
        "",
        "Lima, 30 de noviembre de 2026",
        "María Gabriela Salcedo Urbina"])],
    procedure="apelacion", sig="valid", notified="2026-11-20",
    fields={"nombres": "María Gabriela Salcedo Urbina", "nacionalidad": "VE",
            "documento_identidad": "143587209", "telefono": "+51947221603",
            "correo": "mariagabriela.salcedo81@gmail.com", "motivo": "La resolución no valoró el informe médico legal ni las denuncias que presenté"},
    expect="cargo")

# 004 -- Haitian asking to apply for refugee status, sent to refugiados@ -> portal
msg(slug="haitiano-pedir-refugio", mailbox=REF,
    frm=("Wilner JB", "wilnerjb@yahoo.fr"),
    subject="solicitud de refugio", received="2026-11-30 19:05:12",
    date_tz=1,
    body="""Bonjour / buenos dias

Mi nombre es Wilner Jean-Baptiste, yo soy de Haiti, pasaporte RD5581204.
Llegue a Lima hace tres semanas. Yo quiero pedir refugio en Peru, como hago?
donde tengo que ir??

Mon telephone: +51 925 330 781

Merci beaucoup""",
    procedure="solicitud_refugio",
    fields={"nombres": "Wilner Jean-Baptiste", "nacionalidad": "HT",
            "documento_identidad": "RD5581204", "telefono": "+51925330781",
            "correo": "wilnerjb@yahoo.fr"},
    expect="portal")

# 005 -- Cuban applicant renounces, scanned letter as image-only PDF
msg(slug="renuncia-cubana-escaneada", mailbox=MDP,
    frm=("Yanelis Ferrer", "yanelisferrer.b@gmail.com"),
    subject="Renuncia", received="2026-12-01 09:31:55",
    body="""Buenos días,

Adjunto mi carta de renuncia firmada a mano y escaneada.

Me llamo Yanelis Ferrer Batista, soy cubana, mi carnet de identidad es el
88071409376 y mi teléfono 955 018 442. Renuncio al trámite de solicitud de
refugio porque me voy a vivir con mi hermana a Montevideo y ya no voy a
continuar el proceso aquí en el Perú.

Saludos,
Yanelis""",
    attachments=[("scan_pdf", "renuncia_yanelis.pdf", [
        "Lima, 30 de noviembre de 2026", "",
        "Señores CEPR", "",
        "Yo Yanelis Ferrer Batista, cubana, carnet de identidad 88071409376,",
        "renuncio a mi solicitud de refugio porque me voy a vivir",
        "con mi hermana a Montevideo, Uruguay.", "",
        "Tel. 955 018 442", "", "Firma:"])],
    procedure="renuncia", sig="manuscrita",
    fields={"nombres": "Yanelis Ferrer Batista", "nacionalidad": "CU",
            "documento_identidad": "88071409376", "telefono": "+51955018442",
            "correo": "yanelisferrer.b@gmail.com",
            "motivo": "me voy a vivir con mi hermana a Montevideo y ya no voy a continuar el proceso aquí en el Perú"},
    expect="acuse")

# 006 -- prorroga, tab-separated own layout, complete
msg(slug="prorroga-tabulada", mailbox=REF,
    frm=("Jose G. Mendoza", "josegmendoza79@gmail.com"),
    subject="Prórroga de residencia", received="2026-12-01 11:16:20",
    body="""Buenos días, solicito la prórroga anual de mi residencia como refugiado reconocido.

Nombres y apellidos:\tJosé Gregorio Mendoza Lugo
Sexo:\tmasculino
Nacionalidad:\tvenezolano
Cédula:\tV-15.902.337
Carné de extranjería:\t000482915
F. nacimiento:\t03-07-1979
Teléfono:\t(+51) 981 450 227

Atentamente,
José G. Mendoza""",
    procedure="prorroga_residencia",
    fields={"nombres": "José Gregorio Mendoza Lugo", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V15902337", "carne_extranjeria": "000482915",
            "fecha_nacimiento": "1979-07-03", "telefono": "+51981450227",
            "correo": "josegmendoza79@gmail.com"},
    expect="acuse")

# 007 -- duplicado, all caps, denuncia PDF, after office close
msg(slug="duplicado-ce-mayusculas", mailbox=REF,
    frm=("HERNAN QUINTERO", "hdquintero75@outlook.com"),
    subject="DUPLICADO DE CARNE DE EXTRANJERIA", received="2026-12-01 16:58:41",
    body="""SEÑORES REFUGIADOS BUEN DIA
SOLICITO DUPLICADO DE MI CARNE DE EXTRANJERIA, ADJUNTO LA DENUNCIA.

NOMBRE: HERNAN DARIO QUINTERO MEJIA
SEXO: M
NACIONALIDAD: COLOMBIANA
CEDULA DE CIUDADANIA: 79.554.210
CARNE EXTRANJERIA: 001175320
FECHA DE NACIMIENTO: 22/11/1975
TEL: 9 9321 4470

GRACIAS""",
    attachments=[("text_pdf", "denuncia_policial_perdida.pdf", [
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP SAN JUAN DE LURIGANCHO",
        "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 28841-2026",
        "",
        "Fecha y hora: 27/11/2026 10:40",
        "Denunciante: Hernán Darío Quintero Mejía",
        "Hecho denunciado: pérdida de documentos - carné de extranjería N° 001175320.",
        "Se expide la presente a solicitud del interesado para los fines que estime."])],
    procedure="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "HERNAN DARIO QUINTERO MEJIA", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "79554210", "carne_extranjeria": "001175320",
            "fecha_nacimiento": "1975-11-22", "telefono": "+51993214470",
            "correo": "hdquintero75@outlook.com"},
    expect="acuse")

# 008 -- autorizacion de viaje, signed PDF, dates as a two-digit-year range
msg(slug="viaje-maracaibo-firmado", mailbox=REF,
    frm=("Carlos Villalobos", "cevillalobos.rios@gmail.com"),
    subject="Autorización de Viaje", received="2026-12-01 12:03:09",
    body="""Buenas tardes,

Adjunto mi solicitud de autorización de viaje por urgencia, firmada
digitalmente. Les agradecería atenderla lo antes posible.

Carlos Eduardo Villalobos Ríos""",
    attachments=[("signed", "solicitud_viaje_villalobos.pdf", [
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)",
        "",
        "Yo, Carlos Eduardo Villalobos Ríos, de nacionalidad venezolana, con cédula "
        "V-11.230.874, refugiado reconocido con carné de extranjería N° 000391742, "
        "solicito autorización para viajar por el siguiente motivo:",
        "",
        "Motivo: mi madre se encuentra hospitalizada en estado grave y debo acompañarla.",
        "Destino: Maracaibo, Venezuela",
        "Viajaré del 18/12/26 al 04/01/27.",
        "Teléfono de contacto: +51 964 778 120",
        "",
        "Lima, 1 de diciembre de 2026"])],
    procedure="autorizacion_viaje", sig="valid",
    fields={"nombres": "Carlos Eduardo Villalobos Ríos", "nacionalidad": "VE",
            "documento_identidad": "V11230874", "carne_extranjeria": "000391742",
            "telefono": "+51964778120", "destino": "Maracaibo, Venezuela",
            "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-04",
            "motivo": "mi madre se encuentra hospitalizada en estado grave y debo acompañarla",
            "correo": "cevillalobos.rios@gmail.com"},
    expect="acuse")

# 009 -- carne de solicitante (suspended), Ecuadorian
msg(slug="carne-solicitante-ecuatoriana", mailbox=SOL,
    frm=("Diana Guaman", "dianaguamanq@gmail.com"),
    subject="Carné de solicitante", received="2026-12-02 08:45:30",
    body="""Buenos días,
quisiera saber cómo obtengo mi carné de solicitante de refugio, ya completé mi
registro en octubre con fotos y huellas.

Mi nombre es Diana Carolina Guamán Quishpe, ecuatoriana, cédula 1723456891,
celular 987-330-115.

Muchas gracias por su atención.""",
    procedure="carne_solicitante",
    fields={"nombres": "Diana Carolina Guamán Quishpe", "nacionalidad": "EC",
            "documento_identidad": "1723456891", "telefono": "+51987330115",
            "correo": "dianaguamanq@gmail.com"},
    expect="suspendido")

# 010 -- permiso de trabajo, short phone message -> portal
msg(slug="permiso-trabajo-cel", mailbox=SOL,
    frm=("K M", "keiber.m07@gmail.com"),
    subject="permiso de trabajo", received="2026-12-02 13:10:02",
    body="""buenas tardes como saco el permiso de trabajo virtual? ya tengo usuario y clave pero no se donde se descarga. gracias""",
    procedure="autorizacion_trabajo",
    fields={"correo": "keiber.m07@gmail.com"},
    expect="portal")

# 011 -- reconsideracion, late (notified 28 Oct), signed PDF; own address differs from From
msg(slug="reconsideracion-fuera-de-plazo", mailbox=MDP,
    frm=("rosa bp", "rosabp1990@gmail.com"),
    subject="RECURSO DE RECONSIDERACION - Exp. 2025-0031877", received="2026-12-02 10:02:44",
    body="""Señores CEPR

Mi nombre es Rosángela del Valle Briceño Páez, venezolana, pasaporte 128845310.
Presento recurso de reconsideración contra la resolución que deniega mi
solicitud de refugio, la cual me fue notificada el 28 de octubre de 2026. Sé
que estoy un poco fuera de tiempo pero estuve hospitalizada. Adjunto el recurso
firmado digitalmente.

Mi teléfono es +51 933 581 206 y mi correo personal es
Rosangela.Briceno@outlook.com (les escribo desde el correo de mi prima).

Gracias""",
    attachments=[("signed", "reconsideracion_briceno.pdf", [
        "RECURSO DE RECONSIDERACIÓN",
        "",
        "Rosángela del Valle Briceño Páez, venezolana, pasaporte 128845310, teléfono "
        "+51 933 581 206, correo rosangela.briceno@outlook.com.",
        "",
        "Interpongo recurso de reconsideración contra la resolución denegatoria de mi "
        "solicitud de refugio, notificada el 28 de octubre de 2026.",
        "",
        "Motivo: presento nueva prueba, la constancia de la Fiscalía de Maturín sobre "
        "la denuncia por amenazas de muerte contra mí y mis hijos, que no pude "
        "obtener antes de la decisión.",
        "",
        "Lima, 1 de diciembre de 2026"])],
    procedure="reconsideracion", sig="valid", notified="2026-10-28",
    fields={"nombres": "Rosángela del Valle Briceño Páez", "nacionalidad": "VE",
            "documento_identidad": "128845310", "telefono": "+51933581206",
            "correo": "rosangela.briceno@outlook.com",
            "motivo": "presento nueva prueba, la constancia de la Fiscalía de Maturín"},
    expect="cargo")

# 012 -- son writes for his mother, cambio de clave, after hours
msg(slug="hijo-clave-mama", mailbox=SOL,
    frm=("Andres Perez", "andresperez.dev@gmail.com"),
    subject="Cambio de clave y contraseña - mi mamá", received="2026-12-02 20:31:18",
    body="""Buenas noches.

Escribo en nombre de mi mamá. Ella necesita el cambio de clave y contraseña
del Sistema de Refugiados.

Sus datos:
- Nombre: Carmen Teresa Rangel de Pérez
- Pasaporte: 097214563
- Teléfono de ella: 958 044 713
- Su correo: carmenrangel1958@hotmail.com

Yo soy su hijo, Andrés Pérez Rangel, C.I. V-25.118.402, por si necesitan
contactarme también: 912 600 348.

Mil gracias.""",
    procedure="cambio_clave",
    fields={"nombres": "Carmen Teresa Rangel de Pérez", "documento_identidad": "097214563",
            "telefono": "+51958044713", "correo": "carmenrangel1958@hotmail.com"},
    expect="acuse")

# 013 -- recognised refugee (Nigerian) updates contact data, no carné number
msg(slug="actualizacion-refugiado-sin-ce", mailbox=SOL,
    frm=("Emmanuel Okafor", "emma.okafor.lima@gmail.com"),
    subject="Actualización de datos", received="2026-12-03 09:00:51",
    body="""Estimados,

Soy refugiado reconocido y deseo actualizar mis datos de contacto.

Nombre: Emmanuel Chukwudi Okafor
Nacionalidad: nigeriana
Pasaporte: A08123456
Nuevo teléfono: +51 940 117 352
Nueva dirección: Jr. Huiracocha 1450, Jesús María

Thank you / gracias""",
    procedure="actualizacion_datos", refugee=True,
    fields={"nombres": "Emmanuel Chukwudi Okafor", "nacionalidad": "NG",
            "documento_identidad": "A08123456", "telefono": "+51940117352",
            "correo": "emma.okafor.lima@gmail.com"},
    expect="subsanar")

# 014 -- waiting for the registration interview -> portal
msg(slug="entrevista-sin-cita", mailbox=SOL,
    frm=("Genesis Colmenares", "genecolmenares@gmail.com"),
    subject="Entrevista de registro", received="2026-12-03 11:20:10",
    body="""Hola, presenté mi solicitud hace 2 meses y todavía no me llega la cita para la
entrevista de registro. Me llamo Genesis Alejandra Colmenares, mi pasaporte es
151230988. Pueden revisar? mi whatsapp +51 977 450 091
bendiciones""",
    procedure="entrevista_registro",
    fields={"nombres": "Genesis Alejandra Colmenares", "documento_identidad": "151230988",
            "telefono": "+51977450091", "correo": "genecolmenares@gmail.com"},
    expect="portal")

# 015 -- Cuban apelacion written in the body, nothing signed attached
msg(slug="apelacion-cubano-sin-firma", mailbox=MDP,
    frm=("Osmany Rodriguez", "osmany.lescay@gmail.com"),
    subject="Recurso de apelacion", received="2026-12-03 15:40:36",
    body="""Señores de la Comisión Especial para los Refugiados:

Yo, Osmany Rodríguez Lescay, ciudadano cubano, con carnet de identidad No.
79120311842, por medio de la presente interpongo recurso de apelación contra
la resolución que confirma la denegatoria de mi solicitud de refugio, que me
fue notificada el día 26/11/2026.

Motivo: considero que no se tomó en cuenta que fui expulsado de mi centro de
trabajo y detenido en dos ocasiones por participar en las protestas del 11 de
julio, y que de regresar a Cuba sería encarcelado.

Teléfono: +51 951 220 674
Correo: osmany.lescay@gmail.com

Sin más, respetuosamente,
Osmany Rodríguez Lescay""",
    procedure="apelacion", sig="absent", notified="2026-11-26",
    fields={"nombres": "Osmany Rodríguez Lescay", "nacionalidad": "CU",
            "documento_identidad": "79120311842", "telefono": "+51951220674",
            "correo": "osmany.lescay@gmail.com",
            "motivo": "considero que no se tomó en cuenta que fui expulsado de mi centro de trabajo"},
    expect="subsanar")

# 016 -- Haitian refugee sends prorroga to mesa de partes -> derivado
msg(slug="prorroga-haitiana-mesa", mailbox=MDP,
    frm=("Marie-Claude P.L.", "mcpierrelouis@hotmail.com"),
    subject="prorroga de residencia", received="2026-12-03 16:30:00",
    body="""Buenas tardes señores,

Yo, Marie-Claude Pierre-Louis, refugiada reconocida, de nacionalidad haitiana,
sexo femenino, nacida el 14 de febrero de 1988, pasaporte RD3320981, carnet
de extranjeria 000557201, telefono 944-281-660, solicito la prorroga de mi
residencia para el año 2027.

Merci / gracias
Marie-Claude""",
    procedure="prorroga_residencia",
    fields={"nombres": "Marie-Claude Pierre-Louis", "sexo": "F", "nacionalidad": "HT",
            "documento_identidad": "RD3320981", "carne_extranjeria": "000557201",
            "fecha_nacimiento": "1988-02-14", "telefono": "+51944281660",
            "correo": "mcpierrelouis@hotmail.com"},
    expect="acuse")

# 017 -- vague status question -> triage
msg(slug="consulta-estado-expediente", mailbox=SOL,
    frm=("Yusmary Ochoa", "yusmaryochoa@gmail.com"),
    subject="Consulta", received="2026-12-03 17:31:22",
    body="""Buenas tardes, quisiera saber en qué estado está mi expediente, lo presenté en
el 2024 y hasta ahora no tengo ninguna respuesta.

Yusmary Carolina Ochoa Díaz
V-20.114.557""",
    procedure=None,
    fields={"nombres": "Yusmary Carolina Ochoa Díaz", "documento_identidad": "V20114557",
            "correo": "yusmaryochoa@gmail.com"},
    expect="triage")

# 018 -- out-of-office auto reply -> ignorado
msg(slug="respuesta-automatica", mailbox=SOL,
    frm=("Kelvin Ramos", "kelvin.ramos.pe@gmail.com"),
    subject="Respuesta automática: Acuse de recibo", received="2026-12-03 17:31:50",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Gracias por su mensaje. Estoy de viaje hasta el 15 de diciembre con acceso
limitado al correo. Le responderé a mi regreso.""",
    machine=True, procedure=None, fields={}, expect="ignorado")

# 019 -- duplicado from a phone, denuncia still pending (mentioned, not attached)
msg(slug="duplicado-sin-denuncia", mailbox=REF,
    frm=("wilmer castillo", "wilmercastillo85@gmail.com"),
    subject="duplicado de carne de extranjeria", received="2026-12-04 08:05:13",
    body="""buen dia solicito duplicado de mi carne de extranjeria
nombre: wilmer antonio castillo guedez
sexo masculino
venezolano
ced 17.338.902
CE 000612447
f. nac 09/09/85
cel 9 8821 4035
la denuncia la mando despues""",
    procedure="duplicado_carne_extranjeria", denuncia=False,
    fields={"nombres": "wilmer antonio castillo guedez", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "17338902", "carne_extranjeria": "000612447",
            "fecha_nacimiento": "1985-09-09", "telefono": "+51988214035",
            "correo": "wilmercastillo85@gmail.com"},
    expect="subsanar")

# 020 -- Haitian, travel permit with a photo (JPEG) of the signed letter
msg(slug="viaje-haiti-foto-carta", mailbox=REF,
    frm=("Jean Robert Etienne", "jretienne509@gmail.com"),
    subject="Autorizacion de viaje urgente", received="2026-12-04 10:30:27",
    body="""Buenos días.

Adjunto foto de mi carta firmada.

Nombre: Jean Robert Étienne
Nacionalidad: haitiano
Carné de extranjería N° 000448806
Tel. +51 933 550 129

Motivo: fallecimiento de mi padre en Haití, tengo que ir al entierro.
Destino: Puerto Príncipe, Haití
Fechas: del 12/12/2026 al 28/12/2026

Merci""",
    attachments=[("jpeg", "carta_viaje.jpg", [
        "Lima 3 de diciembre 2026", "",
        "Señores CEPR:", "Yo Jean Robert Etienne, carne de extranjeria 000448806",
        "pido autorizacion de viaje a Puerto Principe, Haiti",
        "por fallecimiento de mi padre.", "Salida 12/12/2026 - retorno 28/12/2026",
        "", "Firma"])],
    procedure="autorizacion_viaje", sig="manuscrita",
    fields={"nombres": "Jean Robert Étienne", "nacionalidad": "HT",
            "carne_extranjeria": "000448806", "telefono": "+51933550129",
            "motivo": "fallecimiento de mi padre en Haití, tengo que ir al entierro.",
            "destino": "Puerto Príncipe, Haití", "fecha_salida": "2026-12-12",
            "fecha_retorno": "2026-12-28", "correo": "jretienne509@gmail.com"},
    expect="acuse")

# 021 -- reconsideracion with a signed PDF altered after signing -> invalid
msg(slug="reconsideracion-pdf-alterado", mailbox=MDP,
    frm=("Jhon Fredy Arango", "jhonfredy.arango@gmail.com"),
    subject="Recurso de Reconsideración", received="2026-12-04 14:00:05",
    body="""Buenas tardes, adjunto recurso de reconsideración firmado digitalmente.
Quedo atento.

Jhon Fredy Arango Zapata / C.C. 1.036.662.190 / Cel. 924 118 376 / jhonfredy.arango@gmail.com""",
    attachments=[("altered", "RECONSIDERACION JHON ARANGO.pdf", [
        "RECURSO DE RECONSIDERACIÓN",
        "",
        "Jhon Fredy Arango Zapata, de nacionalidad colombiana,",
        "identificado con cédula de ciudadanía 1.036.662.190, celular 924 118 376,",
        "correo jhonfredy.arango@gmail.com.",
        "",
        "Solicito se reconsidere la resolución denegatoria que me fue notificada el 25 "
        "de noviembre de 2026.",
        "",
        "Motivo: aporto como nueva prueba el certificado de la Unidad para las Víctimas "
        "que acredita mi desplazamiento forzado desde Medellín.",
        "",
        "Lima, 3 de diciembre de 2026"])],
    procedure="reconsideracion", sig="invalid", notified="2026-11-25",
    fields={"nombres": "Jhon Fredy Arango Zapata", "nacionalidad": "CO",
            "documento_identidad": "1036662190", "telefono": "+51924118376",
            "correo": "jhonfredy.arango@gmail.com",
            "motivo": "aporto como nueva prueba el certificado de la Unidad para las Víctimas"},
    expect="subsanar")

# 022 -- recognised refugee renounces, signed PDF, Friday after close (long bridge)
msg(slug="renuncia-refugiado-firmada", mailbox=MDP,
    frm=("Luis Guerrero", "luisalfonso.guerrero@gmail.com"),
    subject="Renuncia a la condición de refugiado", received="2026-12-04 16:50:40",
    body="""Señores
Comisión Especial para los Refugiados

De mi consideración:

Adjunto documento firmado digitalmente con mi renuncia a la condición de
refugiado. Agradezco de antemano la atención y todo el apoyo recibido durante
estos años en el Perú.

Atentamente,
Luis Alfonso Guerrero Parra""",
    attachments=[("signed", "renuncia_guerrero_parra.pdf", [
        "RENUNCIA A LA CONDICIÓN DE REFUGIADO",
        "",
        "Yo, Luis Alfonso Guerrero Parra, de nacionalidad venezolana,",
        "cédula de identidad V-9.876.543, carné de extranjería N° 000201885,",
        "teléfono fijo (01) 425-0678, declaro mi decisión libre y voluntaria de renunciar "
        "a la condición de refugiado que me fue reconocida.",
        "",
        "Motivo: he decidido retornar a Venezuela para reunirme con mi esposa y mis "
        "padres, que son de avanzada edad.",
        "",
        "Lima, 4 de diciembre de 2026"])],
    procedure="renuncia", sig="valid", refugee=True,
    fields={"nombres": "Luis Alfonso Guerrero Parra", "nacionalidad": "VE",
            "documento_identidad": "V9876543", "carne_extranjeria": "000201885",
            "telefono": "+5114250678", "correo": "luisalfonso.guerrero@gmail.com",
            "motivo": "he decidido retornar a Venezuela para reunirme con mi esposa y mis padres"},
    expect="acuse")

# 023 -- a neighbour writes for a Congolese man who wants to apply -> portal
msg(slug="vecina-familia-congolena", mailbox=SOL,
    frm=("Rocio Huaman", "rociohuaman.c@gmail.com"),
    subject="Ayuda para solicitar refugio - familia congoleña", received="2026-12-05 11:02:00",
    body="""Buenos días,

Les escribo porque mi vecino, el señor Patrice Mbala Kasongo, de la República
Democrática del Congo, llegó hace poco con su esposa y dos hijos y quiere
presentar una solicitud de refugio. Él habla francés y muy poco español.

¿Podrían indicarme cómo se hace la solicitud? El número de él es
+51 936 402 118. Yo soy Rocío Huamán, su vecina; pueden escribirme a este
correo.

Muchas gracias.""",
    procedure="solicitud_refugio",
    fields={"nombres": "Patrice Mbala Kasongo", "nacionalidad": "CD",
            "telefono": "+51936402118", "correo": "rociohuaman.c@gmail.com"},
    expect="portal")

# 024 -- Cuban refugee, prorroga in prose, no birth date (Saturday evening)
msg(slug="prorroga-cubano-sin-nacimiento", mailbox=REF,
    frm=("Dayron Fonseca", "dayronfonseca.r@gmail.com"),
    subject="Prorroga de Residencia 2027", received="2026-12-05 18:22:19",
    body="""Buenas, me llamo Dayron Alberto Fonseca Reyes, hombre, cubano, refugiado
reconocido con carné de extranjería número 000733019 y pasaporte L493820.
Pido por favor la prórroga de mi residencia. Mi tlf es 9 7711 3362.

Saludos""",
    procedure="prorroga_residencia",
    fields={"nombres": "Dayron Alberto Fonseca Reyes", "sexo": "M", "nacionalidad": "CU",
            "documento_identidad": "L493820", "carne_extranjeria": "000733019",
            "telefono": "+51977113362", "correo": "dayronfonseca.r@gmail.com"},
    expect="subsanar")

# 025 -- one-line phone message, cambio de clave, no document (Sunday night)
msg(slug="cambio-contrasena-sin-doc", mailbox=SOL,
    frm=("maryori", "maryorig.94@gmail.com"),
    subject="cambio de contraseña", received="2026-12-06 22:10:45",
    body="""hola necesito cambio de clave del sistema de refugio xfa. soy maryori gonzalez tlf 917 845 002 correo maryorig.94@gmail.com""",
    procedure="cambio_clave",
    fields={"nombres": "maryori gonzalez", "telefono": "+51917845002",
            "correo": "maryorig.94@gmail.com"},
    expect="subsanar")

# 026 -- parish worker writes for a Venezuelan woman (non-working Monday)
msg(slug="parroquia-actualizacion", mailbox=SOL,
    frm=("Pastoral de Movilidad Humana - Parroquia San Martin de Porres", "movilidadhumana.smp@gmail.com"),
    subject="Actualización de datos - Sra. Yelitza Morales", received="2026-12-07 09:40:00",
    body="""Estimados señores:

Desde la Pastoral de Movilidad Humana de la parroquia acompañamos a la señora
Yelitza Coromoto Morales Arteaga, de nacionalidad venezolana, solicitante de
refugio, titular del pasaporte N.º 132209874, quien nos pide ayudarle a
actualizar sus datos de contacto.

Su nuevo número de teléfono es 963 520 447 y su correo personal es
yelitzamorales1987@gmail.com.

Agradecemos su atención.

Atentamente,
Hna. Gladys Quispe Mamani
DNI 41225833
Coordinadora - Pastoral de Movilidad Humana""",
    procedure="actualizacion_datos",
    fields={"nombres": "Yelitza Coromoto Morales Arteaga", "nacionalidad": "VE",
            "documento_identidad": "132209874", "telefono": "+51963520447",
            "correo": "yelitzamorales1987@gmail.com"},
    expect="acuse")

# 027 -- Colombian apelacion re-sent (RV:), scanned signed letter, data in body
msg(slug="apelacion-reenviada-escaneo", mailbox=MDP,
    frm=("Wilson Mosquera", "wilsonmosquera.p@gmail.com"),
    subject="RV: Recurso de Apelacion", received="2026-12-07 12:00:31",
    body="""Señores Mesa de Partes, reenvío mi recurso de apelación porque creo que no
llegó. Va escaneado con mi firma.

Nombre: Wilson Enrique Mosquera Palacios
Cédula de ciudadanía: 11.812.447
Teléfono: +57 312 448 9012 (WhatsApp)
Correo: wilsonmosquera.p@gmail.com
Motivo de la apelación: la Comisión no tuvo en cuenta que en Quibdó el grupo
armado que me amenazó sigue activo y ya asesinó a dos líderes de mi barrio.

La resolución me la notificaron el 23 de noviembre de 2026.

---------- Mensaje reenviado ---------
De: Wilson Mosquera <wilsonmosquera.p@gmail.com>
Date: sáb, 5 dic 2026 a las 21:14
Subject: Recurso de Apelacion
To: <mesadepartes@rree.gob.pe>

Adjunto recurso de apelacion.""",
    attachments=[("scan_pdf", "apelacion_wilson.pdf", [
        "Quibdo / Lima, 5 de diciembre de 2026", "",
        "Señores Comision Especial para los Refugiados", "",
        "Yo Wilson Enrique Mosquera Palacios, C.C. 11.812.447,",
        "apelo la resolucion que confirma la denegatoria de mi",
        "solicitud de refugio. El grupo armado que me amenazo",
        "sigue activo en Quibdo.", "", "Firma:"])],
    procedure="apelacion", sig="manuscrita", notified="2026-11-23",
    fields={"nombres": "Wilson Enrique Mosquera Palacios", "documento_identidad": "11812447",
            "telefono": "+573124489012", "correo": "wilsonmosquera.p@gmail.com",
            "motivo": "la Comisión no tuvo en cuenta que en Quibdó el grupo armado que me amenazó sigue activo"},
    expect="cargo")

# 028 -- duplicate of the applicant's card (suspended) on a holiday
msg(slug="duplicado-carne-solicitante", mailbox=SOL,
    frm=("Edwin Mora", "edwinmora.ch@hotmail.com"),
    subject="Duplicado carné de solicitante", received="2026-12-08 10:00:00",
    body="""buenos dias, quiero sacar el duplicado de mi carne de solicitante de refugio, ya
tengo la denuncia policial.
Soy Edwin Arturo Mora Chávez, ecuatoriano, CI 0926581437, telf 0051 987 120 334""",
    procedure="carne_solicitante",
    fields={"nombres": "Edwin Arturo Mora Chávez", "nacionalidad": "EC",
            "documento_identidad": "0926581437", "telefono": "+51987120334",
            "correo": "edwinmora.ch@hotmail.com"},
    expect="suspendido")

# 029 -- duplicado in an HTML table, denuncia as a photo (holiday evening)
msg(slug="duplicado-tabla-html", mailbox=REF,
    frm=("Oriana Sanchez", "orianasanchez.l@gmail.com"),
    subject="Duplicado de Carné de Extranjería", received="2026-12-09 19:00:14",
    html="""<html><body>
<p>Buenas noches, solicito el duplicado de mi carné de extranjería. Adjunto foto de la denuncia policial.</p>
<table border="1" cellpadding="4">
<tr><td>Nombres y apellidos</td><td>Oriana Valentina Sánchez Lozada</td></tr>
<tr><td>Sexo</td><td>F</td></tr>
<tr><td>Nacionalidad</td><td>Venezuela</td></tr>
<tr><td>Pasaporte</td><td>117 640 332</td></tr>
<tr><td>Carné de Extranjería</td><td>000809163</td></tr>
<tr><td>Fecha de nacimiento</td><td>1992-05-30</td></tr>
<tr><td>Celular</td><td>+51 987 003 214</td></tr>
</table>
<p>Gracias,<br>Oriana</p>
</body></html>""",
    attachments=[("jpeg", "denuncia_comisaria_oriana.jpg", [
        "POLICIA NACIONAL DEL PERU", "COMISARIA PNP CHORRILLOS", "",
        "DENUNCIA N° 5512-2026", "Denunciante: Oriana Valentina Sanchez Lozada",
        "Hecho: perdida de carne de extranjeria 000809163", "", "Sello y firma"])],
    procedure="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Oriana Valentina Sánchez Lozada", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "117640332", "carne_extranjeria": "000809163",
            "fecha_nacimiento": "1992-05-30", "telefono": "+51987003214",
            "correo": "orianasanchez.l@gmail.com"},
    expect="acuse")

# 030 -- travel permit in the body only, return date unknown
msg(slug="permiso-viaje-sin-retorno", mailbox=REF,
    frm=("Nestor Blanco", "nestorblanco.u@gmail.com"),
    subject="Permiso de viaje urgente", received="2026-12-10 08:30:00",
    body="""Buenos días, soy refugiado reconocido, Néstor Javier Blanco Urdaneta, carné de
extranjería 000290117, teléfono 947 006 851.

Necesito viajar de urgencia a Bogotá, Colombia porque a mi hijo lo van a
operar del corazón. Salgo el 15 de diciembre de 2026 y el regreso todavía no
lo sé.

Por favor, ayúdenme.""",
    procedure="autorizacion_viaje", sig="absent", refugee=True,
    fields={"nombres": "Néstor Javier Blanco Urdaneta", "carne_extranjeria": "000290117",
            "telefono": "+51947006851", "destino": "Bogotá, Colombia",
            "fecha_salida": "2026-12-15",
            "motivo": "a mi hijo lo van a operar del corazón",
            "correo": "nestorblanco.u@gmail.com"},
    expect="subsanar")

# 031 -- "Ayuda": two procedures in one body -> triage
msg(slug="ayuda-dos-tramites", mailbox=REF,
    frm=("Yonathan Rojas", "yonarojas.p@gmail.com"),
    subject="Ayuda", received="2026-12-10 10:00:09",
    body="""Buenas, necesito hacer la prórroga de residencia y también sacar duplicado del
carné de extranjería, ¿puedo hacer las dos cosas en un mismo correo o tengo que
mandar dos? Soy Yonathan David Rojas Pino.
Gracias""",
    procedure=None,
    fields={"nombres": "Yonathan David Rojas Pino", "correo": "yonarojas.p@gmail.com"},
    expect="triage")

# 032 -- reconsideracion sent to refugiados@ (derivado), signed, two-digit year
msg(slug="reconsideracion-buzon-equivocado", mailbox=REF,
    frm=("Rafael Duque", "rduque.melendez@gmail.com"),
    subject="Reconsideracion", received="2026-12-10 11:45:55", date_tz=-4,
    body="""Buen día. Envío mi recurso de reconsideración firmado. Disculpen si no es el
correo correcto, no encontré otro.

Rafael A. Duque""",
    attachments=[("signed", "recurso_reconsideracion_rduque.pdf", [
        "RECURSO DE RECONSIDERACIÓN",
        "",
        "Nombre completo: Rafael Antonio Duque Meléndez",
        "Nacionalidad: venezolano",
        "C.I.: V-18.447.096",
        "Teléfono (WhatsApp): +58 414 552 3190",
        "Correo: rduque.melendez@gmail.com",
        "",
        "La resolución que deniega mi solicitud de refugio me fue notificada con fecha "
        "27/11/26. Dentro del plazo interpongo recurso de reconsideración.",
        "",
        "Motivo: adjunto nueva prueba, el acta de allanamiento de mi vivienda en "
        "Valencia realizada por funcionarios del SEBIN en septiembre de 2025.",
        "",
        "Rafael Antonio Duque Meléndez"])],
    procedure="reconsideracion", sig="valid", notified="2026-11-27",
    fields={"nombres": "Rafael Antonio Duque Meléndez", "nacionalidad": "VE",
            "documento_identidad": "V18447096", "telefono": "+584145523190",
            "correo": "rduque.melendez@gmail.com",
            "motivo": "adjunto nueva prueba, el acta de allanamiento de mi vivienda"},
    expect="cargo")

# 033 -- Bangladeshi applicant asks for a new interview date, in English -> portal
msg(slug="entrevista-bangladesh", mailbox=SOL,
    frm=("Rakibul Hasan", "rakibul.hasan.bd@gmail.com"),
    subject="entrevista registro - new date", received="2026-12-10 15:00:00",
    body="""Dear Sir/Madam,

My name is Mohammad Rakibul Hasan, from Bangladesh, passport number EF0123456.
Please I need a new date for my entrevista de registro (it was on
1 December). Can you send me the new date?

phone +51 912 330 447

Thank you very much""",
    procedure="entrevista_registro",
    fields={"nombres": "Mohammad Rakibul Hasan", "nacionalidad": "BD",
            "documento_identidad": "EF0123456", "telefono": "+51912330447",
            "correo": "rakibul.hasan.bd@gmail.com"},
    expect="portal")

# 034 -- Ecuadorian renuncia in a text-only PDF (typed name, no signature), after close
msg(slug="renuncia-pdf-sin-firma", mailbox=MDP,
    frm=("Jessica Andrade", "jessandrade.c@hotmail.com"),
    subject="RENUNCIA", received="2026-12-10 17:10:10",
    body="""Adjunto mi renuncia.

Jessica""",
    attachments=[("text_pdf", "renuncia.pdf", [
        "Lima, 10 de diciembre de 2026",
        "",
        "Señores",
        "Comisión Especial para los Refugiados",
        "",
        "Yo, Jessica Paola Andrade Cevallos, ecuatoriana, cédula de identidad 172004836-5, "
        "teléfono 961 334 205, renuncio voluntariamente a mi solicitud de refugio.",
        "",
        "Motivo: he obtenido la residencia por vínculo familiar al haber contraído "
        "matrimonio con ciudadano peruano.",
        "",
        "Atentamente,",
        "Jessica Paola Andrade Cevallos"])],
    procedure="renuncia", sig="absent",
    fields={"nombres": "Jessica Paola Andrade Cevallos", "nacionalidad": "EC",
            "documento_identidad": "1720048365", "telefono": "+51961334205",
            "correo": "jessandrade.c@hotmail.com",
            "motivo": "he obtenido la residencia por vínculo familiar"},
    expect="subsanar")

# 035 -- RE: with the office's message quoted, landline with (01)
msg(slug="re-actualizacion-fijo", mailbox=SOL,
    frm=("Kevin Loor", "kevinloorz@hotmail.com"),
    subject="RE: Actualización de datos", received="2026-12-11 09:15:30",
    body="""Buenos días, envío lo que me pidieron:

Nombres completos - Kevin Steven Loor Zambrano
Nacionalidad - Ecuador
Cédula - 1312456780
Teléfono fijo - (01) 567 2290

Saludos

________________________________
De: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
Enviado: jueves, 3 de diciembre de 2026 10:12
Para: kevinloorz@hotmail.com
Asunto: RE: Actualización de datos

Estimado usuario: para atender su pedido sírvase indicar sus nombres y
apellidos completos, nacionalidad, número de pasaporte o cédula y teléfono de
contacto.

Secretaría Ejecutiva - CEPR""",
    procedure="actualizacion_datos",
    fields={"nombres": "Kevin Steven Loor Zambrano", "nacionalidad": "EC",
            "documento_identidad": "1312456780", "telefono": "+5115672290",
            "correo": "kevinloorz@hotmail.com"},
    expect="acuse")

# 036 -- "renovación de residencia", prose, two-digit birth year
msg(slug="renovacion-residencia-prosa", mailbox=REF,
    frm=("Daniela Prieto", "danielaprieto.m@gmail.com"),
    subject="Renovacion de residencia anual", received="2026-12-11 12:30:00",
    body="""Saludos cordiales.

Mi nombre es Daniela Alejandra Prieto Montero y mi carnet de extranjeria es el
000375528, soy de Venezuela, mujer, nací el 07/08/89 y mi cédula es la
V-19.664.230. Solicito la renovación anual de mi residencia como refugiada.

Contacto: 998 552 014

Gracias""",
    procedure="prorroga_residencia",
    fields={"nombres": "Daniela Alejandra Prieto Montero", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "V19664230", "carne_extranjeria": "000375528",
            "fecha_nacimiento": "1989-08-07", "telefono": "+51998552014",
            "correo": "danielaprieto.m@gmail.com"},
    expect="acuse")

# 037 -- apelacion filed late (notified 03/11/2026), signed
msg(slug="apelacion-extemporanea", mailbox=MDP,
    frm=("Jhonny Marquez", "jhonnymarquez.p@gmail.com"),
    subject="Recurso de Apelacion - Jhonny Marquez", received="2026-12-11 16:00:00",
    body="""Buenas tardes,

adjunto mi recurso de apelación firmado digitalmente. La resolución de la
reconsideración me fue notificada con fecha 03/11/2026.

Atte.
Jhonny Márquez""",
    attachments=[("signed", "apelacion_jmarquez.pdf", [
        "RECURSO DE APELACIÓN",
        "",
        "Jhonny Alexander Márquez Peña, venezolano, pasaporte 119875340,",
        "teléfono 9 5522 1078, correo jhonnymarquez.p@gmail.com.",
        "",
        "Apelo la resolución que confirma la denegatoria de mi solicitud de refugio.",
        "",
        "Motivo: la Comisión consideró que mi caso es solo económico, pero fui "
        "perseguido por haber denunciado irregularidades en el CLAP de mi comunidad "
        "y recibí amenazas directas.",
        "",
        "Lima, 11 de diciembre de 2026"])],
    procedure="apelacion", sig="valid", notified="2026-11-03",
    fields={"nombres": "Jhonny Alexander Márquez Peña", "nacionalidad": "VE",
            "documento_identidad": "119875340", "telefono": "+51955221078",
            "correo": "jhonnymarquez.p@gmail.com",
            "motivo": "la Comisión consideró que mi caso es solo económico, pero fui perseguido"},
    expect="cargo")

# 038 -- delivery failure report -> ignorado
msg(slug="rebote-entrega", mailbox=MDP, kind="bounce",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx1.rree.gob.pe"),
    subject="Undelivered Mail Returned to Sender", received="2026-12-11 16:01:10",
    machine=True, procedure=None, fields={}, expect="ignorado")

# 039 -- Haitian, cambio de clave, Haitian phone number (Saturday)
msg(slug="cambio-clave-haitiana", mailbox=SOL,
    frm=("Roseline D.", "roselinedorsainvil@gmail.com"),
    subject="Cambio de clave y contraseña", received="2026-12-12 09:00:00",
    body="""Bonjour, buenos días.

Mi nombre: Roseline Dorsainvil
Soy haitiana.
Pasaporte: R 0778 5412
Teléfono: +509 3712 4455
Correo: roselinedorsainvil@gmail.com

Solicito el cambio de clave y contraseña. Mèsi.""",
    procedure="cambio_clave",
    fields={"nombres": "Roseline Dorsainvil", "nacionalidad": "HT",
            "documento_identidad": "R07785412", "telefono": "+50937124455",
            "correo": "roselinedorsainvil@gmail.com"},
    expect="acuse")

# 040 -- wife writes for husband, subject "Duplicado de carnet" (ambiguous), body decides
msg(slug="esposa-duplicado-carnet", mailbox=REF,
    frm=("Yaimara Soto", "yaimarasoto.l@gmail.com"),
    subject="Duplicado de carnet", received="2026-12-12 13:30:00",
    body="""Buenas tardes.

Escribo por mi esposo, Yoandy Pérez Cabrera. Él necesita el duplicado de su
carné de extranjería, adjunto la denuncia policial.

Sus datos: masculino, cubano, pasaporte cubano No. K394012, carné de
extranjería No. 000512630, nacido el 5 de agosto de 1984, teléfono de él
925-118-009.

Mi nombre es Yaimara Soto Leyva, soy su esposa, cubana también.
Gracias.""",
    attachments=[("text_pdf", "denuncia_yoandy.pdf", [
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP VILLA EL SALVADOR",
        "DENUNCIA POR PÉRDIDA DE DOCUMENTOS N° 9930-2026",
        "",
        "Denunciante: Yoandy Pérez Cabrera",
        "Documento extraviado: carné de extranjería N° 000512630",
        "Fecha: 10/12/2026"])],
    procedure="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Yoandy Pérez Cabrera", "sexo": "M", "nacionalidad": "CU",
            "documento_identidad": "K394012", "carne_extranjeria": "000512630",
            "fecha_nacimiento": "1984-08-05", "telefono": "+51925118009",
            "correo": "yaimarasoto.l@gmail.com"},
    expect="acuse")

# 041 -- travel permit to solicitantesrefugio@ (derivado), signed, Sunday night
msg(slug="viaje-bogota-buzon-equivocado", mailbox=SOL,
    frm=("Sandra Restrepo", "sandrarestrepo.gil@gmail.com"),
    subject="AUTORIZACION DE VIAJE", received="2026-12-13 20:00:00",
    body="""Cordial saludo, adjunto solicitud firmada digitalmente.

Sandra M. Restrepo""",
    attachments=[("signed", "autorizacion_viaje_srestrepo.pdf", [
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "",
        "Sandra Milena Restrepo Gil, colombiana, C.C. 43.912.660, refugiada reconocida,",
        "carné de extranjería 000688214, teléfono +51 916 004 392.",
        "",
        "Solicito autorización para viajar a Bogotá, Colombia, desde el 2 hasta el 16 de "
        "enero de 2027.",
        "",
        "Motivo del viaje: mi hija menor será operada en el Hospital San Ignacio y "
        "soy su única acudiente.",
        "",
        "Lima, 13 de diciembre de 2026"])],
    procedure="autorizacion_viaje", sig="valid", refugee=True,
    fields={"nombres": "Sandra Milena Restrepo Gil", "nacionalidad": "CO",
            "documento_identidad": "43912660", "carne_extranjeria": "000688214",
            "telefono": "+51916004392", "destino": "Bogotá, Colombia",
            "fecha_salida": "2027-01-02", "fecha_retorno": "2027-01-16",
            "motivo": "mi hija menor será operada en el Hospital San Ignacio",
            "correo": "sandrarestrepo.gil@gmail.com"},
    expect="acuse")

# 042 -- newsletter from a mailing list -> ignorado
msg(slug="boletin-lista", mailbox=REF,
    frm=("Red de Apoyo Migrante", "boletin@redapoyomigrante.org"),
    subject="Boletín informativo - diciembre 2026", received="2026-12-13 07:00:00",
    headers={"List-Id": "Boletin Red de Apoyo <boletin.redapoyomigrante.org>",
             "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@redapoyomigrante.org>"},
    body="""BOLETÍN INFORMATIVO - DICIEMBRE 2026

- Ferias de empleo para población migrante y refugiada en Lima Norte.
- Recordatorio: los trámites de refugio son gratuitos.
- Talleres de salud mental los sábados.

Para dejar de recibir este boletín responda con la palabra BAJA.""",
    machine=True, procedure=None, fields={}, expect="ignorado")

# 043 -- renewing the work authorisation, sent to mesa de partes -> portal, never derivado
msg(slug="renovar-autorizacion-trabajo", mailbox=MDP,
    frm=("Franyelis Marcano", "franyelis.marcano@gmail.com"),
    subject="Renovación de autorización de trabajo", received="2026-12-13 10:00:00",
    body="""Hola, como renuevo mi autorización de trabajo??
Me llamo Franyelis Marcano, cel 993 044 718.""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "Franyelis Marcano", "telefono": "+51993044718",
            "correo": "franyelis.marcano@gmail.com"},
    expect="portal")

# 044 -- HTML mail from Tumbes, wants to apply -> portal
msg(slug="solicitud-refugio-tumbes-html", mailbox=MDP,
    frm=("Eliezer Marin", "eliezermarin.27@gmail.com"),
    subject="Solicitud de refugio para mi familia", received="2026-11-30 11:55:00",
    html="""<div dir="ltr"><div>Buenos días,</div><div><br></div>
<div>soy <b>Eliézer José Marín</b>, venezolano, cédula V-27.330.118. Estoy en Tumbes con mi esposa y mi hija y queremos pedir refugio.</div>
<div>¿Dónde se hace la solicitud? ¿Tenemos que ir a Lima?</div><div><br></div><div>Gracias</div></div>""",
    procedure="solicitud_refugio",
    fields={"nombres": "Eliézer José Marín", "nacionalidad": "VE",
            "documento_identidad": "V27330118", "correo": "eliezermarin.27@gmail.com"},
    expect="portal")

# 045 -- "Urgente", no procedure -> triage
msg(slug="urgente-llamenme", mailbox=REF,
    frm=("user 2210", "mary.lu2210@gmail.com"),
    subject="Urgente", received="2026-12-04 17:02:00",
    body="""por favor necesito que me llamen urgente es sobre mi tramite, 9 4433 2110""",
    procedure=None,
    fields={"telefono": "+51944332110", "correo": "mary.lu2210@gmail.com"},
    expect="triage")

# 046 -- internal note from another institutional mailbox -> ignorado
msg(slug="nota-interna-turnos", mailbox=MDP,
    frm=("Refugiados RREE", REF),
    subject="Turnos de atención presencial - semana del 14/12", received="2026-12-07 08:00:00",
    body="""Colegas de Mesa de Partes:

Les remitimos el cuadro de turnos de atención presencial para la semana del
14 al 18 de diciembre. Por favor confirmar disponibilidad.

Unidad de Refugiados""",
    machine=True, procedure=None, fields={}, expect="ignorado")

# 047 -- Syrian recognised refugee renounces, photo of signed letter
msg(slug="renuncia-sirio-foto", mailbox=MDP,
    frm=("Ahmad Al-Hassan", "ahmad.alhassan.lima@gmail.com"),
    subject="Renuncia a la condicion de refugiado", received="2026-12-10 12:40:00",
    body="""Estimados señores,

Mi nombre es Ahmad Khalil Al-Hassan, de nacionalidad siria, refugiado
reconocido, pasaporte N 011245873, carné de extranjería 000144902.

Por medio del presente presento mi renuncia a la condición de refugiado porque
seré reasentado en Canadá junto con mi familia en enero.

Teléfono: 0051-944-770-218

Adjunto foto de la carta firmada.

Gracias por todo.""",
    attachments=[("png", "carta_renuncia_ahmad.png", [
        "Lima, 9 de diciembre de 2026", "",
        "A la Comision Especial para los Refugiados", "",
        "Yo, Ahmad Khalil Al-Hassan, renuncio a la condicion",
        "de refugiado por reasentamiento en Canada.", "",
        "Firma"])],
    procedure="renuncia", sig="manuscrita", refugee=True,
    fields={"nombres": "Ahmad Khalil Al-Hassan", "nacionalidad": "SY",
            "documento_identidad": "011245873", "carne_extranjeria": "000144902",
            "telefono": "+51944770218", "correo": "ahmad.alhassan.lima@gmail.com",
            "motivo": "seré reasentado en Canadá junto con mi familia en enero"},
    expect="acuse")

# 048 -- legal aid office files for a Cameroonian applicant, signed PDF
msg(slug="reconsideracion-camerun-asesoria", mailbox=MDP,
    frm=("Asesoria Legal Refugio", "asesorialegal.refugio@gmail.com"),
    subject="Recurso de reconsideración - Sr. Jean-Pierre Fotso Nana", received="2026-12-11 10:10:00",
    body="""Señores de la Secretaría Ejecutiva de la CEPR:

En representación del señor Jean-Pierre Fotso Nana, de nacionalidad camerunesa,
con pasaporte N° AA0472215, remitimos su recurso de reconsideración firmado
digitalmente, contra la resolución denegatoria notificada el 30 de noviembre
de 2026.

Para notificaciones al interesado: teléfono +51 955 302 118,
correo jpfotso.nana@gmail.com.

Atentamente,
Abog. Milagros Céspedes Ruiz
CAL 74512 - DNI 40887123""",
    attachments=[("signed", "Reconsideracion_Fotso_Nana.pdf", [
        "RECURSO DE RECONSIDERACIÓN",
        "",
        "Jean-Pierre Fotso Nana, camerunés, pasaporte AA0472215, teléfono +51 955 302 118, "
        "correo jpfotso.nana@gmail.com.",
        "",
        "Motivo: aporto nueva prueba consistente en la orden de captura emitida en "
        "Bamenda en mi contra por mi participación en organizaciones anglófonas, "
        "documento que no estuvo disponible al momento de resolver.",
        "",
        "Lima, 10 de diciembre de 2026",
        "Jean-Pierre Fotso Nana"])],
    procedure="reconsideracion", sig="valid", notified="2026-11-30",
    fields={"nombres": "Jean-Pierre Fotso Nana", "nacionalidad": "CM",
            "documento_identidad": "AA0472215", "telefono": "+51955302118",
            "correo": "jpfotso.nana@gmail.com",
            "motivo": "aporto nueva prueba consistente en la orden de captura emitida en Bamenda"},
    expect="cargo")

# 049 -- subject "Consulta", body clearly asks for the password change
msg(slug="consulta-es-cambio-clave", mailbox=SOL,
    frm=("Neida T", "neidatorre@gmail.com"),
    subject="Consulta", received="2026-12-02 09:12:00",
    body="""Buen día, quisiera solicitar el cambio de clave y contraseña de mi usuario.

Mis datos son: Neida Josefina Torrealba, pasaporte 104557823, teléfono
+51 901 223 345, correo neida.torrealba@yahoo.com

Gracias de antemano.""",
    procedure="cambio_clave",
    fields={"nombres": "Neida Josefina Torrealba", "documento_identidad": "104557823",
            "telefono": "+51901223345", "correo": "neida.torrealba@yahoo.com"},
    expect="acuse")

# 050 -- subject "URGENTE!!", body clearly asks for the travel permit, signed PDF
msg(slug="urgente-es-viaje", mailbox=REF,
    frm=("Ramon Chirinos", "ramonchirinos.v@gmail.com"),
    subject="URGENTE!!", received="2026-12-03 13:05:00",
    body="""Buenas tardes, necesito con urgencia la autorización de viaje, adjunto mi
solicitud firmada digitalmente. Mi hermana murió ayer en Guayaquil.

Ramón""",
    attachments=[("signed", "solicitud_chirinos.pdf", [
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE POR URGENCIA",
        "",
        "Nombres y apellidos: Ramón Eduardo Chirinos Vera",
        "Nacionalidad: venezolana",
        "Carné de extranjería: 000925417",
        "Teléfono: 976 112 083",
        "Destino: Guayaquil, Ecuador",
        "Fechas del viaje: del 05/12/26 al 13/12/26",
        "Motivo: sepelio de mi hermana, fallecida el 2 de diciembre.",
        "",
        "Lima, 3 de diciembre de 2026"])],
    procedure="autorizacion_viaje", sig="valid", refugee=True,
    fields={"nombres": "Ramón Eduardo Chirinos Vera", "nacionalidad": "VE",
            "carne_extranjeria": "000925417", "telefono": "+51976112083",
            "destino": "Guayaquil, Ecuador", "fecha_salida": "2026-12-05",
            "fecha_retorno": "2026-12-13",
            "motivo": "sepelio de mi hermana, fallecida el 2 de diciembre.",
            "correo": "ramonchirinos.v@gmail.com"},
    expect="acuse")


# ---------------------------------------------------------------- decision
def decide(m):
    proc = m.get("procedure")
    fields = m["fields"]
    if m.get("machine"):
        sig = "not_required" if proc is None or "firma" not in REQ.get(proc, []) else m.get("sig", "absent")
        return dict(procedure=proc, missing=[], signature=sig, outcome="ignorado",
                    flags=[], due=None)
    if proc is None:
        return dict(procedure=None, missing=[], signature="not_required",
                    outcome="triage", flags=[], due=None)
    if proc in PORTAL:
        return dict(procedure=proc, missing=[], signature="not_required",
                    outcome="portal", flags=[], due=None)
    reqs = REQ[proc]
    sig = m.get("sig", "absent") if "firma" in reqs else "not_required"
    refugee = m.get("refugee") or "carne_extranjeria" in fields
    missing = []
    for r in reqs:
        if r == "firma":
            if sig in ("invalid", "absent"):
                missing.append("firma")
        elif r == "denuncia_policial":
            if not m.get("denuncia"):
                missing.append(r)
        elif r.endswith("*"):
            if refugee and r[:-1] not in fields:
                missing.append(r[:-1])
        elif r not in fields:
            missing.append(r)
    flags = []
    if HOME[proc] != m["mailbox"]:
        flags.append("derivado")
    if sig == "manuscrita":
        flags.append("verificar_firma")
    if proc == "carne_solicitante":
        return dict(procedure=proc, missing=[], signature=sig, outcome="suspendido",
                    flags=flags, due=None)
    if missing:
        outcome, plazo = "subsanar", 2
    elif proc in RECURSOS:
        outcome, plazo = "cargo", PLAZO[proc]
    else:
        outcome, plazo = "acuse", PLAZO[proc]
    return dict(procedure=proc, missing=missing, signature=sig, outcome=outcome,
                flags=flags, plazo=plazo)


# ---------------------------------------------------------------- e-mail
HOSTS = {"gmail.com": ("mail-sor-f41.google.com", "209.85.220.41"),
         "hotmail.com": ("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.64.18"),
         "outlook.com": ("NAM12-DM6-obe.outbound.protection.outlook.com", "40.92.19.77"),
         "yahoo.com": ("sonic301-22.consmr.mail.ne1.yahoo.com", "66.163.186.147"),
         "yahoo.fr": ("sonic310-10.consmr.mail.ir2.yahoo.com", "77.238.176.207")}


def received_hdr(m, when, n):
    dom = m["frm"][1].split("@")[1].lower()
    host, ip = HOSTS.get(dom, ("mail." + dom, "190.117.%d.%d" % (n % 200, 10 + n)))
    stamp = email.utils.format_datetime(when)
    return ("from %s (%s [%s]) by mx1.rree.gob.pe (Postfix) with ESMTPS id 4R%05dQx "
            "for <%s>; %s" % (host, host, ip, 7000 + n * 37, m["mailbox"], stamp))


def build_bounce(m, when, n):
    raw = """Content-Type: multipart/report; report-type=delivery-status;
 boundary="=_r21_bounce_038"

This is a MIME-encapsulated message.

--=_r21_bounce_038
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jcarlos.vargas1980@hotmial.com>: Host or domain name not found. Name service
    error for name=hotmial.com type=A: Host not found

--=_r21_bounce_038
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx1.rree.gob.pe
Arrival-Date: Fri, 11 Dec 2026 16:00:58 -0500

Final-Recipient: rfc822; jcarlos.vargas1980@hotmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found

--=_r21_bounce_038
Content-Type: text/rfc822-headers
Content-Description: Undelivered Message Headers

From: Mesa de Partes <mesadepartes@rree.gob.pe>
To: jcarlos.vargas1980@hotmial.com
Subject: Acuse de recibo
Date: Fri, 11 Dec 2026 16:00:58 -0500

--=_r21_bounce_038--
"""
    return email.message_from_string(raw, policy=email.policy.default)


def build(m, n):
    when = dt.datetime.strptime(m["received"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=LIMA)
    sent = when - dt.timedelta(seconds=17 + (n * 53) % 400)
    if "date_tz" in m:
        sent = sent.astimezone(dt.timezone(dt.timedelta(hours=m["date_tz"])))
    if m.get("kind") == "bounce":
        e = build_bounce(m, when, n)
    else:
        e = EmailMessage()
        if m.get("html"):
            e.set_content(m["html"], subtype="html")
        else:
            e.set_content(m["body"])
        for kind, fname, lines in m.get("attachments", []):
            cn = m["fields"].get("nombres", "Firmante")
            if kind == "signed":
                data, mt = pdfkit.signed_pdf(lines, cn), ("application", "pdf")
            elif kind == "altered":
                data = pdfkit.altered_pdf(lines, cn, b"denegatoria", b"DENEGATORIA")
                mt = ("application", "pdf")
            elif kind == "text_pdf":
                data, mt = pdfkit.text_pdf(lines), ("application", "pdf")
            elif kind == "scan_pdf":
                data, mt = pdfkit.scan_pdf(lines, seed=n), ("application", "pdf")
            elif kind == "jpeg":
                data, mt = pdfkit.jpeg(lines, seed=n), ("image", "jpeg")
            elif kind == "png":
                data, mt = pdfkit.png(lines, seed=n), ("image", "png")
            else:
                raise ValueError(kind)
            e.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=fname)
    # headers, newest Received first
    hdr = [("Delivered-To", m["mailbox"]),
           ("Received", received_hdr(m, when, n))]
    if n % 3 == 0:
        hop = when - dt.timedelta(seconds=4)
        hdr.append(("Received", "by 2002:a05:6a10:%x with SMTP id q%d; %s" % (
            0x2000 + n, 900 + n, email.utils.format_datetime(hop))))
    name, addr = m["frm"]
    hdr += [("Date", email.utils.format_datetime(sent)),
            ("From", email.utils.formataddr((name, addr))),
            ("To", m.get("to", m["mailbox"])),
            ("Subject", m["subject"]),
            ("Message-ID", "<r21.%03d.%s@%s>" % (n, m["slug"], addr.split("@")[1].lower()))]
    for k, v in m.get("headers", {}).items():
        hdr.append((k, v))
    # put our headers in front of whatever the MIME object already holds
    existing = list(e.items())
    for k in list(e.keys()):
        del e[k]
    if not any(k.lower() == "mime-version" for k, _ in existing):
        existing.insert(0, ("MIME-Version", "1.0"))
    for k, v in hdr + existing:
        e[k] = v
    return e, when


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    for n, m in enumerate(M, 1):
        fname = "%03d-%s.eml" % (n, m["slug"])
        e, when = build(m, n)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(e.as_bytes(policy=SMTP))
        d = decide(m)
        assert d["outcome"] == m["expect"], (fname, d, m["expect"])
        filing = filing_day(when)
        due = None
        if d["outcome"] in ("subsanar", "cargo", "acuse"):
            due = add_bd(filing, d["plazo"]).isoformat()
        flags = list(d["flags"])
        if m.get("notified") and d["procedure"] in RECURSOS and d["outcome"] not in ("ignorado", "portal", "triage"):
            limit = add_bd(dt.date.fromisoformat(m["notified"]), 15)
            if filing > limit:
                flags.append("extemporaneo")
        fields = dict(m["fields"])
        if d["outcome"] != "ignorado":
            assert "correo" in fields, fname
        labels.append({
            "file": fname, "mailbox": m["mailbox"], "received": when.isoformat(),
            "procedure": d["procedure"], "fields": fields, "missing": d["missing"],
            "signature": d["signature"], "outcome": d["outcome"], "flags": flags,
            "filing_date": filing.isoformat(), "due_date": due})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
