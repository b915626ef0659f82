#!/usr/bin/env python3
"""Writes round 32: a mixed month (mid-November to mid-December 2026) of mail reaching
the three CEPR mailboxes, plus labels.jsonl computed from the per-message facts below.

Run with /work/rounds/.venv-r32/bin/python build.py
"""
import datetime as dt
import email.utils
import hashlib
import json
import logging
import os
import sys
import textwrap
import tomllib
import warnings
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from zoneinfo import ZoneInfo

import holidays
import phonenumbers

warnings.filterwarnings("ignore")
logging.disable(logging.CRITICAL)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdfkit as K  # noqa: E402

LIMA = ZoneInfo("America/Lima")
CFG = tomllib.load(open(os.path.join(HERE, "config.toml"), "rb"))["calendar"]
CLOSE = dt.time.fromisoformat(CFG["office_close"]) if CFG.get("office_close") else None
NWD = {dt.date.fromisoformat(d) for d in CFG["non_working_days"]}
PE = holidays.country_holidays("PE", years=[2026, 2027])

MESA = "mesadepartes@rree.gob.pe"
SOLI = "solicitantesrefugio@rree.gob.pe"
REFU = "refugiados@rree.gob.pe"
INSTITUTIONAL = {MESA, SOLI, REFU}

PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {
    "carne_solicitante": SOLI, "actualizacion_datos": SOLI, "cambio_clave": SOLI,
    "reconsideracion": MESA, "apelacion": MESA, "renuncia": MESA,
    "prorroga_residencia": REFU, "duplicado_carne_extranjeria": REFU, "autorizacion_viaje": REFU,
}
REQ = {
    "carne_solicitante": [],
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
RECURSOS = {"reconsideracion", "apelacion"}


# ---------------------------------------------------------------- calendar
def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NWD


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(t):
    d = t.date()
    if is_bd(d) and (CLOSE is None or t.time() < CLOSE):
        return d
    return next_bd(d)


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


# ---------------------------------------------------------------- attachments
def att_pdf(name, data):
    return (name, data, "application", "pdf")


def att_jpg(name, data):
    return (name, data, "image", "jpeg")


def signed(name, lines, cn, title=None):
    data = K.sign_pdf(K.text_pdf(lines, title=title), cn)
    assert K.sig_intact(data) == [(True, True)]
    return att_pdf(name, data)


def altered(name, lines, cn, old, new, title=None):
    data = K.sign_pdf(K.text_pdf(lines, title=title, compress=False), cn)
    data = K.tamper(data, old, new)
    assert K.sig_intact(data)[0][0] is False
    return att_pdf(name, data)


def D(s):
    return textwrap.dedent(s).strip("\n") + "\n"


# ---------------------------------------------------------------- the month
M = []


def msg(**kw):
    M.append(kw)


# ---- Mon 16 Nov ------------------------------------------------------------
msg(slug="notificacion-noreply", recv="2026-11-16 07:58:03", mailbox=MESA,
    frm='"Casilla Electronica - Notificaciones" <no-reply@casilla-notifica.pe>',
    subject="Constancia de lectura de notificación electrónica N° 2026-118842",
    headers={"Auto-Submitted": "auto-generated"},
    body=D("""
        Este es un mensaje generado automáticamente. No responda a este correo.

        Se deja constancia de que el destinatario abrió la notificación electrónica
        N° 2026-118842 el 16/11/2026 a las 07:51 horas.

        Casilla Electrónica - Plataforma de Notificaciones
    """),
    procedure=None, fields={}, ignorado=True)

msg(slug="actualizacion-datos-rotulada", recv="2026-11-16 09:12:40", mailbox=SOLI,
    frm='"Yuli C." <yulimarcp1993@hotmail.com>', subject="Actualización de datos",
    body=D("""
        Buenos días, señores de la Comisión Especial para los Refugiados.

        Me dirijo a ustedes para solicitar la actualización de mis datos de contacto.

        Nombres y Apellidos: Yulimar Andreína Castillo Peña
        Nacionalidad: venezolana
        N° de Pasaporte / Cédula: V-24.567.891
        Teléfono nuevo: 951 234 876
        Correo nuevo: yuli.castillo.p@gmail.com
        Dirección: Jr. Huáscar 1245, Jesús María, Lima

        Soy solicitante de refugio, expediente N° 2024-0018734.

        Quedo atenta. Muchas gracias.
        Yulimar
    """),
    procedure="actualizacion_datos",
    fields={"nombres": "Yulimar Andreína Castillo Peña", "nacionalidad": "VE",
            "documento_identidad": "V24567891", "telefono": "+51951234876",
            "correo": "yuli.castillo.p@gmail.com"})

msg(slug="actualizacion-datos-en-firma", recv="2026-11-16 14:40:55", mailbox=SOLI,
    frm='"Jorge A. Menjivar" <jmenjivar.sv@gmail.com>', subject="Actualizacion de datos de contacto",
    body=D("""
        Buenas tardes:

        Les escribo para actualizar mi número de teléfono y mi dirección en el sistema.
        Mi nueva dirección es Calle Las Begonias 233, Lince. El teléfono nuevo va en la firma.

        Saludos,

        --
        Jorge Alberto Menjívar Ayala
        Salvadoreño · Solicitante de refugio
        Pasaporte A70123456
        Cel./WhatsApp: +51 968 442 071
    """),
    procedure="actualizacion_datos",
    fields={"nombres": "Jorge Alberto Menjívar Ayala", "nacionalidad": "SV",
            "documento_identidad": "A70123456", "telefono": "+51968442071",
            "correo": "jmenjivar.sv@gmail.com"})

# ---- Tue 17 Nov ------------------------------------------------------------
msg(slug="reconsideracion-pdf-firmado", recv="2026-11-17 10:05:12", mailbox=MESA,
    frm='"Luis Marcano" <luis.marcano.r@gmail.com>',
    subject="Recurso de Reconsideración - Luis Eduardo Marcano Rivas",
    body=D("""
        Señores CEPR:

        Adjunto mi recurso de reconsideración firmado digitalmente contra la Resolución que
        deniega mi solicitud de refugio, notificada el 5 de noviembre de 2026.

        Atentamente,
        Luis Eduardo Marcano Rivas
    """),
    atts=[signed("Recurso_Reconsideracion_LMarcano.pdf", [
        "Señor Presidente de la Comisión Especial para los Refugiados",
        "",
        "Luis Eduardo Marcano Rivas, de nacionalidad venezolana, identificado con pasaporte "
        "N° 118452967, con teléfono +51 944 318 207 y correo electrónico luis.marcano.r@gmail.com, "
        "ante usted me presento y digo:",
        "",
        "Que interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución N° 2345-2026/CEPR-SE, "
        "notificada el 5 de noviembre de 2026.",
        "",
        "MOTIVO: presento como nueva prueba el informe de la ONG Provea y la constancia de las "
        "amenazas recibidas por mi familia en Maturín, que no pude aportar durante la entrevista.",
        "",
        "Lima, 16 de noviembre de 2026",
        "Luis Eduardo Marcano Rivas (firmado digitalmente)",
    ], "Luis Eduardo Marcano Rivas", title="RECURSO DE RECONSIDERACIÓN")],
    procedure="reconsideracion", signature="valid", notif="2026-11-05", expect_late=False,
    fields={"nombres": "Luis Eduardo Marcano Rivas", "nacionalidad": "VE",
            "documento_identidad": "118452967", "telefono": "+51944318207",
            "correo": "luis.marcano.r@gmail.com",
            "motivo": "presento como nueva prueba el informe de la ONG Provea y la constancia de las amenazas recibidas por mi familia en Maturín"})

msg(slug="urgente-viaje-y-carne-vencido", recv="2026-11-17 20:15:31", mailbox=REFU,
    frm='"Franklin" <franklin.rivas.pe@gmail.com>', subject="URGENTE!!!",
    body=D("""
        Buenas noches necesito ayuda urgente, tengo que viajar a Venezuela porque mi mamá está muy grave
        y además mi carnet de extranjeria se venció hace un mes y no se si puedo salir asi.
        ¿Qué tengo que hacer? ¿Necesito la prórroga de residencia o la autorización de viaje o las dos?

        Franklin Rivas
        CE 000812990
        cel 923 400 518
    """),
    procedure=None,
    fields={"nombres": "Franklin Rivas", "carne_extranjeria": "000812990", "telefono": "+51923400518",
            "correo": "franklin.rivas.pe@gmail.com", "destino": "Venezuela",
            "motivo": "mi mamá está muy grave"})

# ---- Wed 18 Nov ------------------------------------------------------------
msg(slug="boletin-lista-correo", recv="2026-11-18 07:00:44", mailbox=MESA,
    frm='"Boletín Movilidad Humana" <boletin@redmovilidad.org>',
    subject="Boletín N° 47 – Noviembre 2026",
    headers={"List-Id": "Boletin Movilidad Humana <boletin.redmovilidad.org>",
             "List-Unsubscribe": "<mailto:baja@redmovilidad.org>", "Precedence": "bulk"},
    body=D("""
        BOLETÍN N° 47 – NOVIEMBRE 2026

        1. Taller gratuito: cómo redactar un recurso de apelación en el procedimiento de refugio.
        2. Nuevas tarifas de Migraciones para la prórroga de residencia.
        3. Ferias de empleo para personas refugiadas en Lima Norte.

        Para dejar de recibir este boletín responda con la palabra BAJA.
    """),
    procedure=None, fields={}, ignorado=True)

msg(slug="apelacion-abogada-extemporanea", recv="2026-11-18 16:10:27", mailbox=MESA,
    frm='"Dra. Patricia Llerena Vargas" <pllerena.estudio@outlook.com>',
    subject="RECURSO DE APELACION - EXP. 2025-004411 - Sr. Yoandry Pérez Castellanos",
    body=D("""
        Señores
        Mesa de Partes – Ministerio de Relaciones Exteriores
        Presente.-

        Por medio del presente, en mi calidad de abogada del señor Yoandry Pérez Castellanos,
        remito adjunto el recurso de apelación firmado digitalmente por mi patrocinado contra
        la Resolución N° 1877-2026-CEPR, que confirmó la denegatoria de su solicitud de refugio
        y que le fue notificada con fecha 15/10/2026.

        Los datos de contacto de mi patrocinado son:
        Teléfono: +51 913 552 078
        Correo: yoandryperez87@gmail.com

        Sin otro particular,

        Patricia Llerena Vargas
        Abogada – CAL 58213
        DNI 40112233
        Cel. 998 120 455
    """),
    atts=[signed("apelacion_YPerez_firmada.pdf", [
        "SUMILLA: Interpone recurso de apelación",
        "",
        "Señores de la Comisión Especial para los Refugiados:",
        "",
        "YOANDRY PÉREZ CASTELLANOS, de nacionalidad cubana, identificado con carnet de identidad "
        "N° 87031508127 y pasaporte N° K452817, con domicilio en Av. Arequipa 2210, Lince, "
        "teléfono +51 913 552 078, correo yoandryperez87@gmail.com, ante ustedes digo:",
        "",
        "Que interpongo recurso de apelación contra la Resolución N° 1877-2026-CEPR.",
        "",
        "FUNDAMENTOS: la resolución no valoró las pruebas de la persecución política que sufrí "
        "por mi participación en las protestas del 11 de julio de 2021 en San Antonio de los "
        "Baños, ni la citación policial que recibió mi madre después de mi salida.",
        "",
        "Lima, 17 de noviembre de 2026",
        "Firmado digitalmente por Yoandry Pérez Castellanos",
    ], "Yoandry Perez Castellanos", title="RECURSO DE APELACIÓN")],
    procedure="apelacion", signature="valid", notif="2026-10-15", expect_late=True,
    fields={"nombres": "Yoandry Pérez Castellanos", "nacionalidad": "CU",
            "documento_identidad": "87031508127", "telefono": "+51913552078",
            "correo": "yoandryperez87@gmail.com",
            "motivo": "la resolución no valoró las pruebas de la persecución política"})

# ---- Thu 19 Nov ------------------------------------------------------------
msg(slug="solicitud-refugio-haitiano", recv="2026-11-19 08:30:09", mailbox=REFU,
    frm='"Jean" <jeanrobert.pierre509@gmail.com>', subject="Solicitud de refugio",
    body=D("""
        Bonjour, buenos dias

        Mi nombre es Jean Robert Pierre, soy haitiano, llegue a Peru hace 2 semanas por Tumbes.
        Quiero pedir refugio porque en mi pais las gangs atacan mi barrio en Port-au-Prince.
        Como hago la solicitud? Tengo pasaporte haitiano numero HA3345120.

        Mi telefono whatsapp +509 3712 4455

        Merci beaucoup
    """),
    procedure="solicitud_refugio",
    fields={"nombres": "Jean Robert Pierre", "nacionalidad": "HT", "documento_identidad": "HA3345120",
            "telefono": "+50937124455", "correo": "jeanrobert.pierre509@gmail.com",
            "motivo": "en mi pais las gangs atacan mi barrio en Port-au-Prince"})

msg(slug="prorroga-sirio-formal", recv="2026-11-19 11:42:18", mailbox=REFU,
    frm='"Omar Haddad" <omar.haddad.lima@gmail.com>',
    subject="XRAWSUBJECTX", raw_subject="=?iso-8859-1?q?Pr=F3rroga_de_residencia?=",
    body=D("""
        Estimados señores:

        Por medio de la presente solicito la prórroga anual de mi residencia como refugiado
        reconocido. Consigno mis datos:

        Nombres y apellidos completos: Omar Haddad Al-Khatib
        Sexo: Masculino
        Nacionalidad: Siria
        Pasaporte N°: 011872364
        Carné de Extranjería N°: 000812457
        Fecha de nacimiento: 3 de febrero de 1984
        Teléfono: 967 221 904

        Agradezco de antemano su atención.

        Atentamente,
        Omar Haddad Al-Khatib
    """),
    procedure="prorroga_residencia",
    fields={"nombres": "Omar Haddad Al-Khatib", "sexo": "M", "nacionalidad": "SY",
            "documento_identidad": "011872364", "carne_extranjeria": "000812457",
            "fecha_nacimiento": "1984-02-03", "telefono": "+51967221904",
            "correo": "omar.haddad.lima@gmail.com"})

# ---- Fri 20 Nov ------------------------------------------------------------
msg(slug="duplicado-ce-con-denuncia", recv="2026-11-20 09:20:50", mailbox=REFU,
    frm="mariangel.rojas.t@gmail.com", subject="Duplicado de carné de extranjería",
    body=D("""
        Buen día,
        Solicito duplicado de mi carné de extranjería porque me lo robaron en el bus el sábado 14.
        Adjunto la denuncia policial de la comisaría de San Juan de Lurigancho.

        - Nombres y apellidos: Mariángel Rojas Tovar
        - Sexo: femenino
        - Nacionalidad: venezolana
        - Cédula: V-19.874.302
        - Carné de extranjería: 001184632
        - F. nacimiento: 22/09/1991
        - Teléfono: +51 925 660 147

        Gracias
    """),
    atts=[att_pdf("denuncia_policial_SJL.pdf", K.text_pdf([
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA SAN JUAN DE LURIGANCHO",
        "",
        "Denunciante: Mariángel Rojas Tovar",
        "Hecho: hurto de billetera con carné de extranjería N° 001184632 en transporte público.",
        "Fecha del hecho: 14/11/2026",
    ], title="COPIA CERTIFICADA DE DENUNCIA POLICIAL"))],
    procedure="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Mariángel Rojas Tovar", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "V19874302", "carne_extranjeria": "001184632",
            "fecha_nacimiento": "1991-09-22", "telefono": "+51925660147",
            "correo": "mariangel.rojas.t@gmail.com", "motivo": "me lo robaron en el bus el sábado 14"})

msg(slug="apelacion-firma-alterada", recv="2026-11-20 10:40:02", mailbox=MESA,
    frm='"Edwin Moreno" <edwin.moreno.q@gmail.com>', subject="Recurso de Apelación",
    body=D("""
        Buenos días. Remito mi recurso de apelación con firma digital.
        Me notificaron la resolución el 6 de noviembre de 2026.
        Edwin Moreno
    """),
    atts=[altered("Apelacion_EMoreno.pdf", [
        "Yo, Edwin Yesid Moreno Quiñones, colombiano, identificado con C.C. 1.118.204.556, "
        "celular 957 332 190, correo edwin.moreno.q@gmail.com, interpongo recurso de apelación "
        "contra la resolución que confirma la denegatoria de mi solicitud de refugio.",
        "",
        "Motivo: fui víctima de desplazamiento forzado y de amenazas del ELN en Arauca por negarme "
        "a pagar la extorsión; la Comisión no tuvo en cuenta la carta de la Defensoría del Pueblo.",
        "",
        "Lima, 19 de noviembre de 2026",
        "Edwin Yesid Moreno Quiñones",
    ], "Edwin Yesid Moreno", b"Arauca", b"Aranca", title="RECURSO DE APELACIÓN")],
    procedure="apelacion", signature="invalid", notif="2026-11-06", expect_late=False,
    fields={"nombres": "Edwin Yesid Moreno Quiñones", "nacionalidad": "CO",
            "documento_identidad": "1118204556", "telefono": "+51957332190",
            "correo": "edwin.moreno.q@gmail.com",
            "motivo": "fui víctima de desplazamiento forzado y de amenazas del ELN en Aranca"})

msg(slug="cambio-clave-buzon-equivocado", recv="2026-11-20 13:55:37", mailbox=REFU,
    frm='"Byron Chiriboga" <byron.chiriboga.m@outlook.com>', subject="Cambio de clave y contraseña",
    body=D("""
        Buenas tardes,

        Solicito el cambio de clave y contraseña del Sistema de Refugiados.

        Nombres completos: Byron Patricio Chiriboga Montalvo
        Nacionalidad: ecuatoriana
        Cédula: 171234567-8
        Teléfono: +593 98 765 4321
        Correo electrónico: byron.chiriboga.m@outlook.com

        Saludos cordiales
    """),
    procedure="cambio_clave",
    fields={"nombres": "Byron Patricio Chiriboga Montalvo", "nacionalidad": "EC",
            "documento_identidad": "1712345678", "telefono": "+593987654321",
            "correo": "byron.chiriboga.m@outlook.com"})

msg(slug="renovacion-residencia-prosa-fijo", recv="2026-11-20 17:30:11", mailbox=REFU,
    frm='"Luz Dary Giraldo" <luzdarygiraldo@gmail.com>', subject="renovacion de residencia",
    body=D("""
        Buenas tardes. Mi nombre es Luz Dary Giraldo Henao, soy colombiana, de sexo femenino,
        nací el 14 de enero de 1969, mi cédula es la 43.567.890 y mi carné de extranjería el
        000356220. Solicito la renovación anual de mi residencia como refugiada. Pueden llamarme
        al teléfono fijo (01) 426-1234 o escribirme a este correo.

        Muchas gracias y bendiciones.
    """),
    procedure="prorroga_residencia",
    fields={"nombres": "Luz Dary Giraldo Henao", "sexo": "F", "nacionalidad": "CO",
            "documento_identidad": "43567890", "carne_extranjeria": "000356220",
            "fecha_nacimiento": "1969-01-14", "telefono": "+5114261234",
            "correo": "luzdarygiraldo@gmail.com"})

# ---- Sat 21 Nov ------------------------------------------------------------
msg(slug="cambio-contrasena-minusculas", recv="2026-11-21 15:47:03", mailbox=SOLI, delivered=False,
    frm="jhonfredy.ospina@gmail.com", subject="cambio de contraseña",
    body=D("""
        buenas tardes

        necesito cambio de clave para el sistema de refugiados por favor

        jhon fredy ospina rua
        cc 1.098.765.432
        cel 987-123-456

        gracias
    """),
    procedure="cambio_clave",
    fields={"nombres": "jhon fredy ospina rua", "documento_identidad": "1098765432",
            "telefono": "+51987123456", "correo": "jhonfredy.ospina@gmail.com"})

# ---- Mon 23 Nov ------------------------------------------------------------
msg(slug="autorizacion-viaje-firmada-cucuta", recv="2026-11-23 10:15:44", mailbox=REFU,
    frm='"Diana Marcela Quintero" <dianaquintero.lima@yahoo.com>',
    subject="Autorización de Viaje - URGENTE",
    body=D("""
        Adjunto solicitud firmada. Mi mamá está hospitalizada en Cúcuta.
        Celular 954 877 310
        Diana Marcela Quintero Ríos
    """),
    atts=[signed("solicitud_autorizacion_viaje.pdf", [
        "Señores de la Secretaría Ejecutiva de la CEPR:",
        "",
        "Yo, Diana Marcela Quintero Ríos, refugiada reconocida, identificada con Carné de "
        "Extranjería N° 000945218, solicito autorización de viaje a Cúcuta, Colombia.",
        "",
        "Motivo del viaje: salud grave de mi madre, quien se encuentra internada en la UCI del "
        "Hospital Erasmo Meoz.",
        "Fecha de salida: 28/11/2026",
        "Fecha de retorno: 12/12/2026",
        "Teléfono: 954 877 310",
        "",
        "Firmado digitalmente: Diana Marcela Quintero Ríos",
    ], "Diana Marcela Quintero Rios", title="SOLICITUD DE AUTORIZACIÓN DE VIAJE")],
    procedure="autorizacion_viaje", signature="valid",
    fields={"nombres": "Diana Marcela Quintero Ríos", "carne_extranjeria": "000945218",
            "destino": "Cúcuta, Colombia", "fecha_salida": "2026-11-28", "fecha_retorno": "2026-12-12",
            "telefono": "+51954877310", "correo": "dianaquintero.lima@yahoo.com",
            "motivo": "salud grave de mi madre, quien se encuentra internada en la UCI"})

msg(slug="duplicado-ce-tabla-html", recv="2026-11-23 17:20:29", mailbox=REFU, recv_tz="+0000",
    frm='"Wilson Ardila" <wilson.ardila.b@hotmail.com>', subject="Duplicado de Carné de Extranjería",
    body=D("""
        Buenas tardes, por pérdida de mi carné solicito el duplicado. Adjunto la denuncia.

        | Nombres y apellidos  | Wilson Ferney Ardila Becerra |
        | Sexo                 | Masculino                    |
        | Nacionalidad         | Colombia                     |
        | Cédula de ciudadanía | 80.123.456                   |
        | Carné de extranjería | 000498771                    |
        | Fecha de nacimiento  | 1976-10-30                   |
        | Celular              | 955 331 208                  |

        Wilson Ardila
    """),
    html=D("""
        <html><body>
        <p>Buenas tardes, por p&eacute;rdida de mi carn&eacute; solicito el duplicado. Adjunto la denuncia.</p>
        <table border="1" cellpadding="3">
        <tr><td>Nombres y apellidos</td><td>Wilson Ferney Ardila Becerra</td></tr>
        <tr><td>Sexo</td><td>Masculino</td></tr>
        <tr><td>Nacionalidad</td><td>Colombia</td></tr>
        <tr><td>C&eacute;dula de ciudadan&iacute;a</td><td>80.123.456</td></tr>
        <tr><td>Carn&eacute; de extranjer&iacute;a</td><td>000498771</td></tr>
        <tr><td>Fecha de nacimiento</td><td>1976-10-30</td></tr>
        <tr><td>Celular</td><td>955 331 208</td></tr>
        </table>
        <p>Wilson Ardila</p>
        </body></html>
    """),
    atts=[att_pdf("documento.pdf", K.text_pdf([
        "COMISARÍA PNP MIRAFLORES",
        "",
        "Se registra la DENUNCIA POLICIAL por pérdida de documentos presentada por Wilson Ferney "
        "Ardila Becerra: Carné de Extranjería N° 000498771.",
        "Fecha: 21/11/2026",
    ], title="ACTA DE DENUNCIA POLICIAL"))],
    procedure="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Wilson Ferney Ardila Becerra", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "80123456", "carne_extranjeria": "000498771",
            "fecha_nacimiento": "1976-10-30", "telefono": "+51955331208",
            "correo": "wilson.ardila.b@hotmail.com", "motivo": "pérdida de mi carné"})

# ---- Tue 24 Nov ------------------------------------------------------------
msg(slug="consulta-estado-expediente", recv="2026-11-24 09:40:15", mailbox=SOLI,
    frm='"ana lucia" <analuciam.2204@gmail.com>', subject="Consulta",
    body=D("""
        Hola buenas, quería saber en qué estado está mi expediente, lo presenté en marzo del 2025
        y hasta ahora no me llaman para nada.

        Mi nombre es Ana Lucía Mendoza Briceño, pasaporte 136598742.
        Gracias de antemano.
    """),
    procedure=None,
    fields={"nombres": "Ana Lucía Mendoza Briceño", "documento_identidad": "136598742",
            "correo": "analuciam.2204@gmail.com"})

msg(slug="cambio-clave-datos-en-asunto", recv="2026-11-24 11:50:21", mailbox=SOLI,
    frm='"maria luisa" <marialuisatorres.b@gmail.com>',
    subject="CAMBIO DE CLAVE Y CONTRASEÑA / MARIA LUISA TORRES BRAVO / PASAPORTE 155632001",
    body=D("""
        Buenos días, solicito por favor el cambio.
        Mi celular es 963-852-741.
        Gracias.
    """),
    procedure="cambio_clave",
    fields={"nombres": "MARIA LUISA TORRES BRAVO", "documento_identidad": "155632001",
            "telefono": "+51963852741", "correo": "marialuisatorres.b@gmail.com"})

msg(slug="respuesta-automatica-fuera-oficina", recv="2026-11-24 14:02:09", mailbox=SOLI,
    frm='"Karla Benítez" <karlabenitez.ve@gmail.com>',
    subject="Respuesta automática: Actualización de datos",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body=D("""
        Gracias por su mensaje. Estaré fuera de la oficina hasta el 30 de noviembre con acceso
        limitado al correo. Le responderé a mi regreso.
    """),
    procedure="actualizacion_datos", fields={}, ignorado=True)

# ---- Wed 25 Nov ------------------------------------------------------------
msg(slug="actualizacion-via-caritas", recv="2026-11-25 10:10:00", mailbox=SOLI,
    frm='"Voluntariado Caritas Callao" <voluntariado.callao@caritascallao.org>',
    subject="Actualización de datos - Sra. Espérance Mbuyi Kalala",
    body=D("""
        Buenos días, estimados:

        Escribimos desde el voluntariado de Cáritas Callao en apoyo de la Sra. Espérance Mbuyi
        Kalala, solicitante de refugio, quien aún no domina el español. Ella desea actualizar
        sus datos de contacto:

        Nombres y apellidos: Espérance Mbuyi Kalala
        Nacionalidad: República Democrática del Congo
        Pasaporte: OP0456789
        Nuevo teléfono: 929 801 446
        Nuevo correo: esperance.mbuyi@gmail.com
        Nueva dirección: Jr. Colina 112, Bellavista, Callao

        Atentamente,
        Lucía Fernández Ramos
        Voluntaria – Área de Movilidad Humana
        Cáritas Callao
        Tel. (01) 429-5511
    """),
    procedure="actualizacion_datos",
    fields={"nombres": "Espérance Mbuyi Kalala", "nacionalidad": "CD",
            "documento_identidad": "OP0456789", "telefono": "+51929801446",
            "correo": "esperance.mbuyi@gmail.com"})

msg(slug="carne-solicitante-cuando", recv="2026-11-25 12:30:48", mailbox=SOLI,
    frm="wilmer.z.araujo@hotmail.com", subject="Carné de solicitante",
    body=D("""
        Buenas tardes, ya hice mi entrevista en agosto y me dijeron que después me darían el carné
        de solicitante. ¿Cuándo puedo ir a recogerlo?

        Mi nombre es Wilmer Zambrano Araujo, cedula V-21.443.908. telf 940112563
    """),
    procedure="carne_solicitante",
    fields={"nombres": "Wilmer Zambrano Araujo", "documento_identidad": "V21443908",
            "telefono": "+51940112563", "correo": "wilmer.z.araujo@hotmail.com"})

msg(slug="renuncia-foto-carta", recv="2026-11-25 17:05:33", mailbox=MESA,
    frm='"Gregoria" <gregoriasalazar62@gmail.com>', subject="renuncia",
    body=D("""
        Señores buenas tardes, les envio mi carta de renuncia firmada (foto). Ya no voy a continuar
        con el tramite de refugio porque me regreso a Venezuela a cuidar a mi papa que esta enfermo.

        Nombre: Gregoria Salazar de Fuentes
        Nacionalidad venezolana
        Cedula: 9.876.543
        Telefono 912 405 338

        Dios les bendiga
    """),
    atts=[att_jpg("carta renuncia.jpg", K.handwriting_jpeg([
        "Lima 25 de noviembre 2026",
        "Señores Comision de Refugiados",
        "Yo Gregoria Salazar de Fuentes renuncio",
        "a mi solicitud de refugio porque regreso",
        "a Venezuela a cuidar a mi papa.",
        "Cedula 9876543",
    ], seed=12))],
    procedure="renuncia", signature="manuscrita",
    fields={"nombres": "Gregoria Salazar de Fuentes", "nacionalidad": "VE",
            "documento_identidad": "9876543", "telefono": "+51912405338",
            "correo": "gregoriasalazar62@gmail.com",
            "motivo": "me regreso a Venezuela a cuidar a mi papa que esta enfermo"})

# ---- Thu 26 Nov ------------------------------------------------------------
msg(slug="autorizacion-trabajo-renovar", recv="2026-11-26 08:05:14", mailbox=SOLI,
    frm='"Kelvin Duarte" <kelvin.j.duarte@gmail.com>', subject="Autorización de trabajo",
    body=D("""
        Saludos. Quisiera saber cómo renovar la autorización de trabajo virtual.

        Kelvin José Duarte Lugo
        pasaporte 142003876
        cel 997 345 012
    """),
    procedure="autorizacion_trabajo",
    fields={"nombres": "Kelvin José Duarte Lugo", "documento_identidad": "142003876",
            "telefono": "+51997345012", "correo": "kelvin.j.duarte@gmail.com"})

msg(slug="entrevista-registro-reprogramar", recv="2026-11-26 15:20:40", mailbox=MESA,
    frm='"Rosa Elvira Camacho" <rosaelviracamacho@gmail.com>',
    subject="Entrevista de Registro - reprogramación",
    body=D("""
        Buenas tardes. Tenía mi entrevista de registro virtual programada para el 24 de noviembre
        a las 10 am. ¿Me pueden dar una nueva fecha?

        Rosa Elvira Camacho Pineda
        C.C. 52.874.119
        cel: 9 2233 4455
    """),
    procedure="entrevista_registro",
    fields={"nombres": "Rosa Elvira Camacho Pineda", "documento_identidad": "52874119",
            "telefono": "+51922334455", "correo": "rosaelviracamacho@gmail.com"})

# ---- Fri 27 Nov (dia no laborable) -----------------------------------------
msg(slug="autorisacion-trabajo-mal-escrito", recv="2026-11-27 09:30:25", mailbox=REFU,
    frm='"Daniela" <danielagil.b@gmail.com>', subject="Autorisacion de trabajo",
    body=D("""
        buen dia, como descargo mi autorizacion de trabajo? entro al portal con mi usuario y no me
        aparece nada.
        daniela gil, pasaporte 162233445
    """),
    procedure="autorizacion_trabajo",
    fields={"nombres": "daniela gil", "documento_identidad": "162233445",
            "correo": "danielagil.b@gmail.com"})

# ---- Sat 28 Nov ------------------------------------------------------------
msg(slug="solicitud-refugio-ecuatoriano-sabado", recv="2026-11-28 11:15:52", mailbox=MESA,
    frm='"Segundo Quishpe" <segundoquishpe71@gmail.com>', subject="SOLICITUD DE REFUGIO",
    body=D("""
        Señores buenos dias. soy ecuatoriano y vivo en Piura, tengo miedo de volver a Guayaquil
        porque las bandas me extorsionan por mi negocio. quiero presentar solicitud de refugio,
        me pueden ayudar?

        Segundo Quishpe Chela
        CI 0912345674
        cel 956 783 120
    """),
    procedure="solicitud_refugio",
    fields={"nombres": "Segundo Quishpe Chela", "nacionalidad": "EC", "documento_identidad": "0912345674",
            "telefono": "+51956783120", "correo": "segundoquishpe71@gmail.com",
            "motivo": "las bandas me extorsionan por mi negocio"})

# ---- Mon 30 Nov ------------------------------------------------------------
msg(slug="ayuda-urgente-viaje-quito", recv="2026-11-30 09:00:03", mailbox=REFU,
    frm='"Nelly Bracho" <nellybracho.c@gmail.com>', subject="Ayuda urgente por favor",
    body=D("""
        Buenos días, por favor necesito la autorización de viaje con urgencia. Mi hijo de 8 años
        necesita una operación en Quito y tengo que acompañarlo. Adjunto la solicitud firmada
        digitalmente con todos mis datos.

        Nelly Bracho
    """),
    atts=[signed("NBracho_autorizacion.pdf", [
        "Nelly Carolina Bracho Villalobos, refugiada reconocida, Carné de Extranjería "
        "N.° 000567821, teléfono 934 221 008, solicito autorización de viaje.",
        "",
        "Destino: Quito, Ecuador",
        "Motivo: acompañar a mi hijo menor a una intervención quirúrgica en el Hospital Baca Ortiz.",
        "Fecha de salida: 4 de diciembre de 2026",
        "Fecha de retorno: 18 de diciembre de 2026",
        "",
        "Nelly Carolina Bracho Villalobos",
    ], "Nelly Carolina Bracho Villalobos", title="SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)")],
    procedure="autorizacion_viaje", signature="valid",
    fields={"nombres": "Nelly Carolina Bracho Villalobos", "carne_extranjeria": "000567821",
            "telefono": "+51934221008", "destino": "Quito, Ecuador", "fecha_salida": "2026-12-04",
            "fecha_retorno": "2026-12-18", "correo": "nellybracho.c@gmail.com",
            "motivo": "acompañar a mi hijo menor a una intervención quirúrgica"})

msg(slug="re-apelacion-sin-firma", recv="2026-11-30 11:11:11", mailbox=MESA,
    frm='"Henry Alexander Blanco" <henryblanco_1979@hotmail.com>', subject="Re: Recurso de apelacion",
    body=D("""
        Señores de la Comisión

        Yo, Henry Alexander Blanco Guédez, venezolano, con pasaporte 087654321, apelo la resolución
        que confirma la negación de mi refugio, la cual me notificaron el 16 de noviembre de 2026.

        Motivo: en la reconsideración no tomaron en cuenta que soy funcionario policial retirado y
        que fui señalado por el gobierno como traidor, tengo orden de captura en mi país.

        Mi teléfono es el 986 443 210 y mi correo henryblanco_1979@hotmail.com

        Atentamente
        Henry Blanco

        El lun, 23 nov 2026 a las 10:02, <mesadepartes@rree.gob.pe> escribió:
        > Estimado señor: su mensaje no adjunta el recurso. Sírvase enviarlo según el
        > procedimiento publicado.
    """),
    procedure="apelacion", signature="absent", notif="2026-11-16", expect_late=False,
    fields={"nombres": "Henry Alexander Blanco Guédez", "nacionalidad": "VE",
            "documento_identidad": "087654321", "telefono": "+51986443210",
            "correo": "henryblanco_1979@hotmail.com",
            "motivo": "en la reconsideración no tomaron en cuenta que soy funcionario policial retirado"})

# ---- Tue 1 Dec -------------------------------------------------------------
msg(slug="reconsideracion-escaneada-haitiana", recv="2026-12-01 09:55:30", mailbox=MESA,
    frm='"Wideline Joseph" <widelinejoseph88@gmail.com>', subject="Recurso de Reconsideracion",
    body=D("""
        Buenos dias señores

        Envio mi recurso de reconsideracion escrito a mano y firmado (escaneado en PDF).

        Nombre completo: Wideline Joseph
        Nacionalidad: haitiana
        Pasaporte: AB 451782
        Telefono: +51 933 018 442
        Correo: widelinejoseph88@gmail.com

        Motivo: Mi resolucion de denegatoria me fue notificada el 19 de noviembre de 2026. No estoy
        de acuerdo porque en Haiti las pandillas mataron a mi esposo y yo estoy en peligro si regreso,
        no pude explicar bien en la entrevista por el idioma.
    """),
    atts=[att_pdf("reconsideracion_escaneada.pdf", K.image_only_pdf(K.handwriting_jpeg([
        "Recurso de Reconsideracion",
        "Yo Wideline Joseph pasaporte AB 451782",
        "pido reconsiderar la resolucion",
        "las pandillas mataron a mi esposo",
        "estoy en peligro si regreso a Haiti",
    ], seed=17)))],
    procedure="reconsideracion", signature="manuscrita", notif="2026-11-19", expect_late=False,
    fields={"nombres": "Wideline Joseph", "nacionalidad": "HT", "documento_identidad": "AB451782",
            "telefono": "+51933018442", "correo": "widelinejoseph88@gmail.com",
            "motivo": "en Haiti las pandillas mataron a mi esposo y yo estoy en peligro si regreso"})

msg(slug="prorroga-mayusculas-incompleta", recv="2026-12-01 16:45:19", mailbox=REFU,
    frm='"JOSE GREGORIO" <josegregoriomontilla@gmail.com>', subject="PRORROGA DE RESIDENCIA",
    body=D("""
        BUENAS TARDES SOLICITO LA PRORROGA DE MI RESIDENCIA DE REFUGIADO
        NOMBRE: JOSE GREGORIO MONTILLA PAREDES
        NACIONALIDAD: VENEZUELA
        CEDULA: V-15.332.871
        CARNE DE EXTRANJERIA: 001023984
        TELF 923 887 114
    """),
    procedure="prorroga_residencia",
    fields={"nombres": "JOSE GREGORIO MONTILLA PAREDES", "nacionalidad": "VE",
            "documento_identidad": "V15332871", "carne_extranjeria": "001023984",
            "telefono": "+51923887114", "correo": "josegregoriomontilla@gmail.com"})

# ---- Wed 2 Dec -------------------------------------------------------------
msg(slug="actualizacion-refugiada-sin-ce", recv="2026-12-02 10:30:26", mailbox=REFU,
    frm='"Sandra Milena Cárdenas" <sandramcardenas@gmail.com>', subject="ACTUALIZACION DE DATOS",
    body=D("""
        Buenos días, soy refugiada reconocida desde el 2022 y solicito actualizar mi domicilio y mi
        número de celular.

        Nombre: Sandra Milena Cárdenas Ortiz
        Nacionalidad: colombiana
        Cédula de ciudadanía: 1.034.556.789
        Nuevo celular: 961 552 340
        Nueva dirección: Av. Los Próceres 455, Santiago de Surco

        Mil gracias
    """),
    procedure="actualizacion_datos", refugee=True,
    fields={"nombres": "Sandra Milena Cárdenas Ortiz", "nacionalidad": "CO",
            "documento_identidad": "1034556789", "telefono": "+51961552340",
            "correo": "sandramcardenas@gmail.com"})

msg(slug="carne-solicitante-ingles", recv="2026-12-02 12:15:05", mailbox=SOLI,
    frm='"Rafiq" <rafiqul.islam.bd@gmail.com>', subject="Carné de Solicitante de Refugio",
    body=D("""
        Dear Sir/Madam,

        When will the carné de solicitante be issued again?

        My name: Md Rafiqul Islam
        Nationality: Bangladeshi
        Passport no. BX0458812
        Mobile: +51 900 114 557

        Thank you.
    """),
    procedure="carne_solicitante",
    fields={"nombres": "Md Rafiqul Islam", "nacionalidad": "BD", "documento_identidad": "BX0458812",
            "telefono": "+51900114557", "correo": "rafiqul.islam.bd@gmail.com"})

# ---- Thu 3 Dec -------------------------------------------------------------
msg(slug="permiso-viaje-sin-retorno-mesa", recv="2026-12-03 11:20:48", mailbox=MESA,
    frm='"Anderson Vielma" <anderson.vielma.r@gmail.com>', subject="permiso de viaje",
    body=D("""
        Buenos días, adjunto solicitud firmada digitalmente para viajar. Gracias.
    """),
    atts=[signed("permiso_viaje_AVielma.pdf", [
        "Anderson Rafael Vielma Rondón, refugiado, CE N° 000733219, teléfono 976 300 821.",
        "",
        "Solicito autorización de viaje a Santiago de Chile, Chile para asistir al sepelio de mi "
        "hermano, fallecido el 1 de diciembre.",
        "Fecha de salida: 10 de diciembre de 2026.",
        "Regresaré apenas terminen los trámites familiares.",
        "",
        "Anderson Rafael Vielma Rondón",
    ], "Anderson Rafael Vielma Rondon", title="AUTORIZACIÓN DE VIAJE")],
    procedure="autorizacion_viaje", signature="valid",
    fields={"nombres": "Anderson Rafael Vielma Rondón", "carne_extranjeria": "000733219",
            "telefono": "+51976300821", "destino": "Santiago de Chile, Chile",
            "fecha_salida": "2026-12-10", "correo": "anderson.vielma.r@gmail.com",
            "motivo": "asistir al sepelio de mi hermano"})

msg(slug="rebote-cambio-clave", recv="2026-12-03 11:45:00", mailbox=SOLI, bounce=True,
    frm='"Mail Delivery System" <MAILER-DAEMON@mx1.rree.gob.pe>',
    subject="Undeliverable: Cambio de clave y contraseña",
    procedure="cambio_clave", fields={}, ignorado=True)

msg(slug="reconsideracion-tardia-fuera-de-hora", recv="2026-12-03 18:40:12", mailbox=MESA, recv_tz="+0000",
    frm='"Kimberly Ochoa" <kimberlyochoa.dani@gmail.com>',
    subject="RECURSO DE RECONSIDERACIÓN - Kimberly Ochoa",
    body=D("""
        Señores
        Comisión Especial para los Refugiados

        De mi consideración:

        Yo, KIMBERLY DANIELA OCHOA LUGO, venezolana, titular de la cédula de identidad
        N° V-27.110.345, con domicilio en Av. Túpac Amaru 3450, Comas, ante ustedes me presento y digo:

        Que interpongo recurso de reconsideración contra la resolución que deniega mi solicitud de
        refugio, notificada el 11 de noviembre de 2026, por los fundamentos que expongo en el escrito
        adjunto, firmado digitalmente.

        Teléfono: 9 7711 2233
        Correo electrónico: kimberlyochoa.dani@gmail.com

        Lima, 3 de diciembre de 2026
    """),
    atts=[signed("KOchoa_reconsideracion.pdf", [
        "KIMBERLY DANIELA OCHOA LUGO, cédula V-27.110.345",
        "",
        "FUNDAMENTOS DEL RECURSO:",
        "1. Aporto nueva prueba: la constancia del Ministerio Público venezolano sobre la "
        "detención arbitraria de mi hermano por su activismo estudiantil, que recién pude obtener.",
        "2. Solicito que se reconsidere la resolución y se me reconozca la condición de refugiada.",
        "",
        "Firmado digitalmente por Kimberly Daniela Ochoa Lugo",
    ], "Kimberly Daniela Ochoa Lugo", title="RECURSO DE RECONSIDERACIÓN")],
    procedure="reconsideracion", signature="valid", notif="2026-11-11", expect_late=True,
    fields={"nombres": "KIMBERLY DANIELA OCHOA LUGO", "nacionalidad": "VE",
            "documento_identidad": "V27110345", "telefono": "+51977112233",
            "correo": "kimberlyochoa.dani@gmail.com",
            "motivo": "Aporto nueva prueba: la constancia del Ministerio Público venezolano sobre la detención arbitraria de mi hermano"})

# ---- Fri 4 Dec -------------------------------------------------------------
msg(slug="duplicado-carnet-resuelto-por-cuerpo", recv="2026-12-04 09:05:36", mailbox=REFU,
    frm='"Róger Zeledón" <roger.zeledon.nic@gmail.com>', subject="Duplicado de carnet",
    body=D("""
        Estimados, buenos días:

        Me robaron la billetera con mi carné de extranjería de refugiado. Solicito el duplicado del
        carné de extranjería. Adjunto foto de la denuncia.

        Nombres y apellidos: Róger Antonio Zeledón Mairena
        Sexo: M
        Nacionalidad: nicaragüense
        Pasaporte: C01928374
        Carné de extranjería: 000655102
        Nacimiento: 11-06-1979
        Teléfono: 947-002-315
    """),
    atts=[att_jpg("denuncia_robo.jpg", K.handwriting_jpeg([
        "PNP - COMISARIA SURQUILLO",
        "DENUNCIA N 4471-2026",
        "Robo de billetera y carne de extranjeria",
    ], seed=22, signature=False))],
    procedure="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Róger Antonio Zeledón Mairena", "sexo": "M", "nacionalidad": "NI",
            "documento_identidad": "C01928374", "carne_extranjeria": "000655102",
            "fecha_nacimiento": "1979-06-11", "telefono": "+51947002315",
            "correo": "roger.zeledon.nic@gmail.com",
            "motivo": "Me robaron la billetera con mi carné de extranjería"})

msg(slug="duplicado-carnet-ambiguo", recv="2026-12-04 18:20:59", mailbox=REFU,
    frm='"Lisbeth" <lisbeth.guerra26@gmail.com>', subject="duplicado de carnet",
    body=D("""
        hola buenas noches perdi mi carnet en el mercado y necesito sacar otro, que debo hacer?
        lisbeth guerra 924 118 653
    """),
    procedure=None,
    fields={"nombres": "lisbeth guerra", "telefono": "+51924118653",
            "correo": "lisbeth.guerra26@gmail.com", "motivo": "perdi mi carnet en el mercado"})

# ---- Mon 7 Dec (dia no laborable) ------------------------------------------
msg(slug="fwd-apelacion-firmada-con-pasaporte", recv="2026-12-07 10:20:41", mailbox=MESA,
    frm='"Carlos Eduardo Piñango" <cepinango@gmail.com>', subject="Fwd: Recurso de Apelación",
    body=D("""
        Reenvío el correo de abajo porque lo mandé a una dirección equivocada.

        ---------- Forwarded message ---------
        De: Carlos Eduardo Piñango <cepinango@gmail.com>
        Date: dom, 6 dic 2026 a las 22:51
        Subject: Recurso de Apelación
        To: <refugio@rree.gob.pe>

        Buenas noches. Adjunto mi recurso de apelación firmado con certificado digital y copia de
        mi pasaporte.

        Carlos Eduardo Piñango Salas
        Pasaporte 107845321
        Teléfono +51 987 650 443
    """),
    atts=[signed("apelacion_CPinango.pdf", [
        "Carlos Eduardo Piñango Salas, de nacionalidad venezolana, pasaporte N° 107845321, "
        "correo cepinango@gmail.com, interpongo recurso de apelación.",
        "",
        "Motivo: la Comisión consideró que podía reubicarme dentro de Venezuela, pero los "
        "colectivos que me persiguen operan en todo el país, como consta en los informes adjuntos "
        "al expediente.",
        "",
        "Lima, 6 de diciembre de 2026",
    ], "Carlos Eduardo Pinango Salas", title="RECURSO DE APELACIÓN"),
        att_jpg("pasaporte.jpg", K.handwriting_jpeg(["REPUBLICA BOLIVARIANA DE VENEZUELA", "PASAPORTE",
                                                     "107845321"], seed=47, size=(900, 600),
                                                    signature=False))],
    procedure="apelacion", signature="valid",
    fields={"nombres": "Carlos Eduardo Piñango Salas", "nacionalidad": "VE",
            "documento_identidad": "107845321", "telefono": "+51987650443",
            "correo": "cepinango@gmail.com",
            "motivo": "la Comisión consideró que podía reubicarme dentro de Venezuela, pero los colectivos que me persiguen operan en todo el país"})

# ---- Tue 8 Dec (feriado) ---------------------------------------------------
msg(slug="renuncia-solo-texto-feriado", recv="2026-12-08 11:30:27", mailbox=MESA,
    frm='"Luis Alfonso Pacheco" <lapacheco1975@yahoo.com>', subject="Renuncia",
    body=D("""
        Sres. CEPR

        Mediante el presente comunico mi decisión de renunciar a mi condición de refugiado
        reconocido, debido a que he decidido retornar a mi país de manera voluntaria para reunirme
        con mi familia.

        Nombres y apellidos: Luis Alfonso Pacheco Mendoza
        Pasaporte: 054321987
        Carné de extranjería: 000289344
        Teléfono: 945 002 117

        Atentamente,
        Luis Alfonso Pacheco Mendoza
    """),
    procedure="renuncia", signature="absent", refugee=True,
    fields={"nombres": "Luis Alfonso Pacheco Mendoza", "documento_identidad": "054321987",
            "carne_extranjeria": "000289344", "telefono": "+51945002117",
            "correo": "lapacheco1975@yahoo.com",
            "motivo": "he decidido retornar a mi país de manera voluntaria para reunirme con mi familia"})

# ---- Wed 9 Dec (feriado) ---------------------------------------------------
msg(slug="actualizacion-tabuladores-refugiada", recv="2026-12-09 21:05:37", mailbox=SOLI,
    frm='"Yaimara Fonseca" <yaimarafonseca@gmail.com>', subject="Actualizacion de datos - refugiada",
    body="Buenas noches, envío mis datos actualizados y foto de mi carné.\n\n"
         "Nombre\tYaimara Fonseca Leyva\n"
         "Nacionalidad\tcubana\n"
         "Carnet de identidad\t85112409876\n"
         "Carné de extranjería\t000844512\n"
         "Teléfono\t+51 941 776 230\n"
         "Correo\tyaimarafonseca@gmail.com\n"
         "Dirección nueva\tCalle Los Pinos 340, Cayma, Arequipa\n\nSaludos\n",
    atts=[att_jpg("foto_carne.jpg", K.handwriting_jpeg(["CARNE DE EXTRANJERIA", "000844512",
                                                        "FONSECA LEYVA YAIMARA"], seed=55,
                                                       size=(860, 540), signature=False))],
    procedure="actualizacion_datos", refugee=True,
    fields={"nombres": "Yaimara Fonseca Leyva", "nacionalidad": "CU",
            "documento_identidad": "85112409876", "carne_extranjeria": "000844512",
            "telefono": "+51941776230", "correo": "yaimarafonseca@gmail.com"})

# ---- Thu 10 Dec ------------------------------------------------------------
msg(slug="solicitud-legalizacion-otro-tema", recv="2026-12-10 09:15:04", mailbox=MESA,
    frm='"Rocío Paredes" <rocioparedes.t@gmail.com>', subject="Solicitud",
    body=D("""
        Buenos días, soy peruana y quisiera saber cómo legalizar mi título universitario para
        usarlo en España. ¿Atienden en esta oficina o en qué sede?

        Gracias,
        Rocío Paredes Tello
        DNI 45678912
        cel 987 222 110
    """),
    procedure=None,
    fields={"nombres": "Rocío Paredes Tello", "nacionalidad": "PE", "documento_identidad": "45678912",
            "telefono": "+51987222110", "correo": "rocioparedes.t@gmail.com"})

msg(slug="renuncia-ruso-firmada", recv="2026-12-10 10:00:50", mailbox=MESA,
    frm='"Dmitry Volkov" <d.volkov.lima@proton.me>', subject="Renuncia a la condición de refugiado",
    body=D("""
        Estimados señores,

        Adjunto mi escrito de renuncia firmado digitalmente.

        Saludos,
        Dmitry Volkov
    """),
    atts=[signed("Renuncia_DVolkov.pdf", [
        "Yo, Dmitry Sergeyevich Volkov, de nacionalidad rusa, pasaporte N° 75 1234567, "
        "Carné de Extranjería N° 000588310, teléfono +51 955 170 662, declaro mi decisión de "
        "renunciar a la condición de refugiado reconocido.",
        "",
        "Motivo: he obtenido la residencia permanente en Argentina, donde me trasladaré con mi "
        "familia en enero de 2027.",
        "",
        "Lima, 9 de diciembre de 2026",
        "Dmitry Sergeyevich Volkov",
    ], "Dmitry Sergeyevich Volkov", title="RENUNCIA A LA CONDICIÓN DE REFUGIADO")],
    procedure="renuncia", signature="valid", refugee=True,
    fields={"nombres": "Dmitry Sergeyevich Volkov", "nacionalidad": "RU",
            "documento_identidad": "751234567", "carne_extranjeria": "000588310",
            "telefono": "+51955170662", "correo": "d.volkov.lima@proton.me",
            "motivo": "he obtenido la residencia permanente en Argentina"})

msg(slug="rv-reconsideracion-buzon-solicitantes", recv="2026-12-10 15:30:22", mailbox=SOLI,
    frm='"Marisol Ibarra" <marisol.ibarra.h@gmail.com>', subject="RV: Recurso de reconsideración",
    body=D("""
        Buenas tardes, reenvío mi recurso porque no me respondieron.

        -----Mensaje original-----
        De: Marisol Ibarra <marisol.ibarra.h@gmail.com>
        Enviado el: lunes, 7 de diciembre de 2026 20:14
        Para: solicitantesrefugio@rree.gob.pe
        Asunto: Recurso de reconsideración

        Señores, adjunto mi recurso de reconsideración firmado.
        Marisol Ibarra Hernández
    """),
    atts=[signed("reconsideracion_MIbarra.pdf", [
        "Marisol Ibarra Hernández, venezolana, cédula de identidad V-17.220.904, celular "
        "989 632 015, correo marisol.ibarra.h@gmail.com, interpongo recurso de reconsideración.",
        "",
        "Motivo: la resolución afirma que no acredité amenazas, pero adjunto ahora los mensajes "
        "de voz y la constancia médica de la agresión sufrida en Barquisimeto.",
        "",
        "Marisol Ibarra Hernández",
    ], "Marisol Ibarra Hernandez", title="RECURSO DE RECONSIDERACIÓN")],
    procedure="reconsideracion", signature="valid",
    fields={"nombres": "Marisol Ibarra Hernández", "nacionalidad": "VE",
            "documento_identidad": "V17220904", "telefono": "+51989632015",
            "correo": "marisol.ibarra.h@gmail.com",
            "motivo": "la resolución afirma que no acredité amenazas, pero adjunto ahora los mensajes de voz"})

# ---- Fri 11 Dec ------------------------------------------------------------
msg(slug="apelacion-via-asociacion", recv="2026-12-11 12:00:18", mailbox=MESA,
    frm='"Programa de Protección - Asociación Camino Seguro" <proteccion@caminoseguro.org.pe>',
    subject="Recurso de Apelación – Sra. Keila Yamileth Rodríguez Flores",
    body=D("""
        Estimados/as:

        Desde la Asociación Camino Seguro acompañamos a la Sra. Keila Yamileth Rodríguez Flores,
        de nacionalidad hondureña, en su procedimiento de determinación de la condición de
        refugiada. Remitimos adjunto su recurso de apelación, firmado digitalmente por ella, contra
        la resolución que confirmó la denegatoria, notificada el 30 de noviembre de 2026.

        Para cualquier comunicación, favor de contactar directamente a la Sra. Rodríguez:
        Celular: 913 447 205
        Correo: keila.rodriguez.f@gmail.com

        Atentamente,
        Mónica Salas Quispe
        Coordinadora de Protección
        Asociación Camino Seguro
        Tel. (01) 441-2290
    """),
    atts=[signed("Apelacion_KRodriguez.pdf", [
        "Keila Yamileth Rodríguez Flores, hondureña, identificada con Documento Nacional de "
        "Identificación N° 0801-1990-12345, interpongo recurso de apelación.",
        "",
        "Motivo: la pandilla que asesinó a mi pareja en San Pedro Sula me sigue buscando; la "
        "Comisión consideró erróneamente que la protección del Estado hondureño era suficiente.",
        "",
        "Keila Yamileth Rodríguez Flores",
    ], "Keila Yamileth Rodriguez Flores", title="RECURSO DE APELACIÓN")],
    procedure="apelacion", signature="valid", notif="2026-11-30", expect_late=False,
    fields={"nombres": "Keila Yamileth Rodríguez Flores", "nacionalidad": "HN",
            "documento_identidad": "0801199012345", "telefono": "+51913447205",
            "correo": "keila.rodriguez.f@gmail.com",
            "motivo": "la pandilla que asesinó a mi pareja en San Pedro Sula me sigue buscando"})

msg(slug="cambio-clave-solo-html", recv="2026-12-11 14:25:56", mailbox=SOLI,
    frm='"Génesis" <genesis.valera.2000@icloud.com>', subject="CAMBIO DE CLAVE",
    html_only=True,
    html=D("""
        <html><head><meta charset="utf-8"></head><body>
        <p>Buenas tardes,</p>
        <p>solicito cambio de clave y contrase&ntilde;a del sistema de refugiados. Mis datos:</p>
        <table>
        <tr><td><b>Nombres y apellidos</b></td><td>Génesis Valentina Valera Torres</td></tr>
        <tr><td><b>Cédula</b></td><td>V-28.114.903</td></tr>
        <tr><td><b>Teléfono</b></td><td>+51 944 765 120</td></tr>
        <tr><td><b>Correo</b></td><td>genesisvalera2000@gmail.com</td></tr>
        </table>
        <p>Gracias!!<br>Enviado desde mi iPhone</p>
        </body></html>
    """),
    procedure="cambio_clave",
    fields={"nombres": "Génesis Valentina Valera Torres", "documento_identidad": "V28114903",
            "telefono": "+51944765120", "correo": "genesisvalera2000@gmail.com"})

msg(slug="entrevista-registro-abogado", recv="2026-12-11 17:45:31", mailbox=REFU,
    frm='"José Villar Arana" <jvillar@aranavillar.pe>',
    subject="Entrevista de registro – consulta sobre fecha",
    body=D("""
        Señores:

        En representación de la Sra. Teresa de Jesús Aguilar Díaz, de nacionalidad nicaragüense,
        solicitante de refugio con pasaporte C02345611, consulto en qué fecha aproximada se le
        programará la Entrevista de Registro.

        Atentamente,

        José Villar Arana
        Abogado – CAL 61220
        Estudio Jurídico Arana & Villar
    """),
    procedure="entrevista_registro",
    fields={"nombres": "Teresa de Jesús Aguilar Díaz", "nacionalidad": "NI",
            "documento_identidad": "C02345611", "correo": "jvillar@aranavillar.pe"})

# ---- Sat 12 Dec ------------------------------------------------------------
msg(slug="refugio-para-mi-hermano-afgano", recv="2026-12-12 10:10:43", mailbox=MESA,
    frm='"Ahmad Noori" <ahmad.noori.pe@gmail.com>', subject="solicitud de refugio para mi hermano",
    body=D("""
        Hello / Buenos días.

        My brother Farid Noori arrived to Lima last week. He is Afghan and he wants to apply for
        refugee status. He does not have email yet. How can he apply? His passport number is
        P01234567.

        You can call me: +51 906 552 781

        Thank you,
        Ahmad Noori (brother)
    """),
    procedure="solicitud_refugio",
    fields={"nombres": "Farid Noori", "nacionalidad": "AF", "documento_identidad": "P01234567",
            "telefono": "+51906552781", "correo": "ahmad.noori.pe@gmail.com"})

# ---- Sun 13 Dec ------------------------------------------------------------
msg(slug="prorroga-formulario-pdf-domingo", recv="2026-12-13 20:10:08", mailbox=REFU,
    frm='"Olena Kovalenko" <olena.kovalenko.ua@gmail.com>', subject="Prorroga de Residencia 2026-2027",
    body=D("""
        Buenas noches, adjunto el formulario con mis datos para la prórroga anual de residencia.
        Gracias.
        Olena
    """),
    atts=[att_pdf("formulario_prorroga.pdf", K.text_pdf([
        "Nombres y apellidos: Olena Kovalenko",
        "Sexo: F",
        "Nacionalidad: ucraniana",
        "Pasaporte: FX123456",
        "Carné de extranjería: 000912733",
        "Fecha de nacimiento: 1987-04-22",
        "Teléfono: +51 981 004 557",
        "Domicilio: Av. Brasil 1580, Pueblo Libre",
    ], title="FORMULARIO - PRÓRROGA DE RESIDENCIA"))],
    procedure="prorroga_residencia",
    fields={"nombres": "Olena Kovalenko", "sexo": "F", "nacionalidad": "UA",
            "documento_identidad": "FX123456", "carne_extranjeria": "000912733",
            "fecha_nacimiento": "1987-04-22", "telefono": "+51981004557",
            "correo": "olena.kovalenko.ua@gmail.com"})

# ---- Mon 14 Dec ------------------------------------------------------------
msg(slug="autorizacion-trabajo-frances", recv="2026-12-14 08:50:17", mailbox=SOLI,
    frm='"Brice Tchoumi" <brice.tchoumi@yahoo.fr>',
    subject="Autorizacion de Trabajo Virtual - renovacion",
    body=D("""
        Bonjour Madame, Monsieur,

        je n'arrive pas à générer mon Autorización de Trabajo Virtual sur le portail, le bouton
        n'apparaît pas.

        Nom : Brice Arnaud Tchoumi
        Nationalité : camerounaise
        Passeport : AA0987654

        Merci d'avance.
    """),
    procedure="autorizacion_trabajo",
    fields={"nombres": "Brice Arnaud Tchoumi", "nacionalidad": "CM", "documento_identidad": "AA0987654",
            "correo": "brice.tchoumi@yahoo.fr"})

msg(slug="renuncia-refugiada-pdf-con-firma-imagen", recv="2026-12-14 11:00:39", mailbox=MESA,
    frm='"Alexandra Perdomo" <alexandra.perdomo.v@gmail.com>',
    subject="RENUNCIA A LA CONDICION DE REFUGIADA",
    body=D("""
        Estimados señores, adjunto mi carta de renuncia firmada.
        Atte. Alexandra Perdomo
    """),
    atts=[att_pdf("carta_renuncia_APerdomo.pdf", K.text_pdf([
        "Yo, Alexandra Beatriz Perdomo Salcedo, de nacionalidad venezolana, con cédula de "
        "identidad V-20.456.112 y Carné de Extranjería N° 000610937, teléfono 987 001 245, "
        "manifiesto mi decisión de renunciar a la condición de refugiada.",
        "",
        "Motivo: he obtenido la residencia permanente por vínculo familiar con mi esposo, de "
        "nacionalidad peruana, y ya no requiero la protección internacional.",
        "",
        "Lima, 13 de diciembre de 2026",
    ], title="CARTA DE RENUNCIA", image=K.signature_jpeg(seed=56)))],
    procedure="renuncia", signature="manuscrita", refugee=True,
    fields={"nombres": "Alexandra Beatriz Perdomo Salcedo", "nacionalidad": "VE",
            "documento_identidad": "V20456112", "carne_extranjeria": "000610937",
            "telefono": "+51987001245", "correo": "alexandra.perdomo.v@gmail.com",
            "motivo": "he obtenido la residencia permanente por vínculo familiar con mi esposo"})

msg(slug="re-entrevista-registro-respuesta", recv="2026-12-14 19:30:44", mailbox=SOLI,
    frm='"Yeferson" <yefersonmarquez.2001@gmail.com>', subject="RE: Entrevista de Registro",
    body=D("""
        ok pero a que hora es la entrevista? no me sale en el correo la hora

        Yeferson Márquez

        > El 10/12/2026, a las 9:02, solicitantesrefugio@rree.gob.pe escribió:
        > Se le informa que su Entrevista de Registro virtual ha sido programada para el
        > 18/12/2026. El enlace le llegará al correo registrado.
    """),
    procedure="entrevista_registro",
    fields={"nombres": "Yeferson Márquez", "correo": "yefersonmarquez.2001@gmail.com"})

# ---- Tue 15 Dec ------------------------------------------------------------
msg(slug="carnet-solicitante-buzon-refugiados", recv="2026-12-15 10:40:02", mailbox=REFU,
    frm='"Mayerlin Suárez" <mayerlinsuarez.g@hotmail.com>', subject="Carnet de solicitante de refugio",
    body=D("""
        Hola, buen día. ¿Ya están entregando el carné de solicitante de refugio?

        Mi nombre es Mayerlin Coromoto Suárez Gil, venezolana, pasaporte 129887410,
        celular 975 120 433.
    """),
    procedure="carne_solicitante",
    fields={"nombres": "Mayerlin Coromoto Suárez Gil", "nacionalidad": "VE",
            "documento_identidad": "129887410", "telefono": "+51975120433",
            "correo": "mayerlinsuarez.g@hotmail.com"})

msg(slug="tr-prorroga-desde-buzon-institucional", recv="2026-12-15 12:05:31", mailbox=MESA,
    frm='"Refugiados - SE CEPR" <refugiados@rree.gob.pe>',
    subject="TR: Prórroga de residencia - Sr. Omar Haddad Al-Khatib",
    body=D("""
        Colegas de Mesa de Partes:

        Para su registro, se remite el oficio de prórroga de residencia del Sr. Omar Haddad
        Al-Khatib, atendido por esta unidad.

        Saludos,
        Unidad de Refugiados
    """),
    procedure="prorroga_residencia", fields={}, ignorado=True)

# ---- Wed 16 Dec ------------------------------------------------------------
msg(slug="prorroga-hija-por-padre", recv="2026-12-16 09:30:13", mailbox=REFU, delivered=False,
    to="carolina.urdaneta.l@gmail.com", cc=REFU,
    frm='"Carolina Urdaneta" <carolina.urdaneta.l@gmail.com>',
    subject="Prórroga de residencia - mi padre Sr. Ramón Urdaneta",
    body=D("""
        Buenos días,

        Escribo en nombre de mi padre, el señor Ramón Antonio Urdaneta Fernández, refugiado
        reconocido, quien tiene 78 años y no maneja el correo electrónico. Solicitamos la prórroga
        anual de su residencia. Sus datos:

        Nombres y apellidos: Ramón Antonio Urdaneta Fernández
        Sexo: masculino
        Nacionalidad: venezolana
        Cédula de identidad: V-3.456.789
        Carné de extranjería: 000421876
        Fecha de nacimiento: 2 de agosto de 1948
        Teléfono de contacto (mío, para coordinar): 998 765 012

        Yo soy su hija, Carolina Urdaneta López, C.I. V-18.998.120.

        Muchas gracias.
    """),
    procedure="prorroga_residencia",
    fields={"nombres": "Ramón Antonio Urdaneta Fernández", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V3456789", "carne_extranjeria": "000421876",
            "fecha_nacimiento": "1948-08-02", "telefono": "+51998765012",
            "correo": "carolina.urdaneta.l@gmail.com"})

msg(slug="autorizacion-viaje-pdf-sin-firma", recv="2026-12-16 14:00:27", mailbox=REFU,
    frm='"Edgar Rangel" <edgarrangel.v@gmail.com>', subject="Autorizacion de viaje",
    body=D("""
        Buenas tardes adjunto mi solicitud.
        Edgar
    """),
    atts=[att_pdf("solicitud viaje.pdf", K.text_pdf([
        "Nombres: Edgar José Rangel Pacheco",
        "CE: 001245590",
        "Cel: 9 4455 6677",
        "Destino: Bogotá, Colombia",
        "Motivo: graduación de mi hija en la Universidad Nacional",
        "Salida: 19/12/26",
        "Retorno: 03/01/27",
        "",
        "(firmado) Edgar Rangel",
    ], title="Solicitud de autorización de viaje"))],
    procedure="autorizacion_viaje", signature="absent",
    fields={"nombres": "Edgar José Rangel Pacheco", "carne_extranjeria": "001245590",
            "telefono": "+51944556677", "destino": "Bogotá, Colombia",
            "fecha_salida": "2026-12-19", "fecha_retorno": "2027-01-03",
            "correo": "edgarrangel.v@gmail.com", "motivo": "graduación de mi hija en la Universidad Nacional"})

# ---- Thu 17 Dec ------------------------------------------------------------
msg(slug="autorizacion-viaje-foto-firmada-dakar", recv="2026-12-17 10:25:09", mailbox=REFU,
    frm='"Mamadou Diallo" <mamadoudiallo.sn@gmail.com>', subject="AUTORIZACIÓN DE VIAJE",
    body=D("""
        Señores Refugiados:
        Les envío foto de mi solicitud firmada a mano.

        Nombre: Mamadou Lamine Diallo
        Carné extranjería: 000377145
        Teléfono: WhatsApp +51 902 336 118
        Viaje a: Dakar, Senegal
        Motivo: matrimonio de mi hermana y visita a mi madre enferma
        Salida: 22 de diciembre de 2026
        Retorno: 15 de enero de 2027
    """),
    atts=[att_jpg("IMG_20261216_203355.jpg", K.handwriting_jpeg([
        "Solicitud de Autorizacion de Viaje",
        "Mamadou Lamine Diallo  CE 000377145",
        "Destino Dakar Senegal",
        "Salida 22/12/2026  Retorno 15/01/2027",
    ], seed=34))],
    procedure="autorizacion_viaje", signature="manuscrita",
    fields={"nombres": "Mamadou Lamine Diallo", "carne_extranjeria": "000377145",
            "telefono": "+51902336118", "destino": "Dakar, Senegal", "fecha_salida": "2026-12-22",
            "fecha_retorno": "2027-01-15", "correo": "mamadoudiallo.sn@gmail.com",
            "motivo": "matrimonio de mi hermana y visita a mi madre enferma"})

msg(slug="reconsideracion-ultimo-dia", recv="2026-12-17 11:20:45", mailbox=MESA,
    frm='"Paola Cevallos" <paocevallos.ec@hotmail.com>', subject="Recurso de reconsideracion",
    body=D("""
        Estimados, buenos días.

        Presento dentro del plazo mi recurso de reconsideración (PDF con firma digital) contra la
        resolución denegatoria que me fue notificada el 20/11/2026.

        Paola Andrea Cevallos Mera
        Cédula 0923456781
        Telf. +51 990 123 654
        paocevallos.ec@hotmail.com
    """),
    atts=[signed("Reconsideracion_PCevallos.pdf", [
        "Paola Andrea Cevallos Mera, de nacionalidad ecuatoriana, cédula N° 0923456781, "
        "interpone recurso de reconsideración.",
        "",
        "Motivo: aporto la denuncia fiscal y las fotografías del atentado contra mi vivienda en "
        "Durán, que prueban que la extorsión continúa contra mi familia.",
        "",
        "Paola Andrea Cevallos Mera",
    ], "Paola Andrea Cevallos Mera", title="RECURSO DE RECONSIDERACIÓN")],
    procedure="reconsideracion", signature="valid", notif="2026-11-20", expect_late=False,
    fields={"nombres": "Paola Andrea Cevallos Mera", "nacionalidad": "EC",
            "documento_identidad": "0923456781", "telefono": "+51990123654",
            "correo": "paocevallos.ec@hotmail.com",
            "motivo": "aporto la denuncia fiscal y las fotografías del atentado contra mi vivienda en Durán"})

msg(slug="duplicado-ce-sin-denuncia", recv="2026-12-17 16:50:38", mailbox=REFU,
    frm='"Yunior" <yuniorhdez1990@gmail.com>', subject="duplicado carne de extranjeria",
    body=D("""
        Saludos, se me perdio el carne de extranjeria y necesito el duplicado. La denuncia todavia
        no la tengo, en la comisaria me dijeron que regrese el lunes.
        Mis datos son
        Yunior Hernández Batista
        masculino
        cubano
        carnet de identidad 90051234567
        carne ext. 000701926
        nacido el 12/05/90
        cel 916 223 504
    """),
    procedure="duplicado_carne_extranjeria", denuncia=False,
    fields={"nombres": "Yunior Hernández Batista", "sexo": "M", "nacionalidad": "CU",
            "documento_identidad": "90051234567", "carne_extranjeria": "000701926",
            "fecha_nacimiento": "1990-05-12", "telefono": "+51916223504",
            "correo": "yuniorhdez1990@gmail.com", "motivo": "se me perdio el carne de extranjeria"})

# ---- Fri 18 Dec ------------------------------------------------------------
msg(slug="cambio-clave-falta-documento", recv="2026-12-18 08:15:27", mailbox=SOLI,
    frm='"marie" <mariecarmelle.louis@gmail.com>', subject="cambio de clave",
    body=D("""
        buenos dias, necesito cambiar mi clave del sistema de refugiados.
        marie carmelle louis
        telefono 932 557 601
        correo mariecarmelle.louis@gmail.com
        gracias
    """),
    procedure="cambio_clave",
    fields={"nombres": "marie carmelle louis", "telefono": "+51932557601",
            "correo": "mariecarmelle.louis@gmail.com"})


# ================================================================= builders
def fmt_hdr_date(t, tz):
    if tz == "+0000":
        t = t.astimezone(dt.timezone.utc)
    elif tz not in ("-0500", None):
        sign = 1 if tz[0] == "+" else -1
        t = t.astimezone(dt.timezone(sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:]))))
    return email.utils.format_datetime(t)


def bounce_message(m, recv):
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(MIMEText(D("""
        Delivery has failed to these recipients or groups:

        byronchiriboga.m@outlok.com
        The domain name in the email address is incorrect. Check the address and try again.
    """), "plain", "utf-8"))
    ds = MIMEBase("message", "delivery-status")
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; mx1.rree.gob.pe"
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; byronchiriboga.m@outlok.com"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.2"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.2 Host unknown"
    ds.set_payload([per_msg, per_rcpt])
    outer.attach(ds)
    orig = EmailMessage()
    orig["From"] = SOLI
    orig["To"] = "byronchiriboga.m@outlok.com"
    orig["Subject"] = "Cambio de clave y contraseña"
    orig["Date"] = email.utils.format_datetime(recv - dt.timedelta(minutes=1))
    orig["Message-ID"] = "<acuse-20261203-0117@rree.gob.pe>"
    orig.set_content("Estimado usuario: se registró su solicitud de cambio de clave y contraseña.\n")
    outer.attach(MIMEMessage(orig))
    return outer


def build(m, n):
    recv = dt.datetime.fromisoformat(m["recv"]).replace(tzinfo=LIMA)
    if m.get("bounce"):
        e = bounce_message(m, recv)
    else:
        e = EmailMessage()
        if m.get("html_only"):
            e.set_content(m["html"], subtype="html")
        else:
            e.set_content(m["body"])
            if m.get("html"):
                e.add_alternative(m["html"], subtype="html")
        for fn, data, mt, st in m.get("atts", []):
            e.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    hdrs = []
    relay = ["mail-sor-f41.google.com [209.85.220.41]", "mail-oi1-f175.outlook.com [40.92.18.75]",
             "sonic310-21.consmr.mail.ne1.yahoo.com [66.163.189.147]"][n % 3]
    hdrs.append(("Received", f"from {relay.split()[0]} ({relay}) by mx1.rree.gob.pe (Postfix) "
                             f"with ESMTPS id 4F{n:03d}A2B{n * 7 % 97:02d}; "
                             f"{fmt_hdr_date(recv, m.get('recv_tz', '-0500'))}"))
    hdrs.append(("Received", f"by 2002:a05:6a10:{n:x}3c with SMTP id x{n}csp11{n}; "
                             f"{fmt_hdr_date(recv - dt.timedelta(seconds=4 + n), '+0000')}"))
    if m.get("delivered", True):
        hdrs.append(("Delivered-To", m["mailbox"]))
    hdrs.append(("Return-Path", "<>" if m.get("bounce") else "<" + email.utils.parseaddr(m["frm"])[1] + ">"))
    sent = recv - dt.timedelta(seconds=11 + (n * 37) % 240)
    date_tz = ["-0500", "-0500", "+0000", "-0500", "-0400", "-0500"][n % 6]
    hdrs.append(("Date", fmt_hdr_date(sent, date_tz)))
    hdrs.append(("From", m["frm"]))
    hdrs.append(("To", m.get("to", m["mailbox"])))
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    hdrs.append(("Subject", m["subject"]))
    hdrs.append(("Message-ID", f"<r32.{n:03d}.{hashlib.md5(m['slug'].encode()).hexdigest()[:12]}@"
                               f"{email.utils.parseaddr(m['frm'])[1].split('@')[1].lower()}>"))
    for k, v in m.get("headers", {}).items():
        hdrs.append((k, v))
    # put our headers first, in order
    existing = [(k, v) for k, v in e.items()]
    for k in list(e.keys()):
        del e[k]
    for k, v in hdrs:
        if not isinstance(e, EmailMessage) and not v.isascii():
            v = Header(v, "utf-8")
        e[k] = v
    if "MIME-Version" not in [k for k, _ in existing]:
        e["MIME-Version"] = "1.0"
    for k, v in existing:
        e[k] = v
    return e, recv


def label(m, fname, recv):
    proc = m["procedure"]
    ign = m.get("ignorado", False)
    fields = dict(m["fields"])
    # sanity on normal forms
    if "telefono" in fields:
        p = phonenumbers.parse(fields["telefono"], None)
        assert phonenumbers.is_valid_number(p), (fname, fields["telefono"])
        assert phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164) == fields["telefono"]
    for k in ("fecha_nacimiento", "fecha_salida", "fecha_retorno"):
        if k in fields:
            dt.date.fromisoformat(fields[k])
    if not ign:
        assert "correo" in fields, fname
    sig = m.get("signature", "not_required")
    needs_firma = proc is not None and "firma" in REQ.get(proc, [])
    if ign or proc is None or proc in PORTAL or not needs_firma:
        assert sig == "not_required", fname
    else:
        assert sig in ("valid", "invalid", "manuscrita", "absent"), fname
    missing = []
    if proc in REQ and not ign:
        for r in REQ[proc]:
            star = r.endswith("*")
            r = r.rstrip("*")
            if r == "firma":
                if sig not in ("valid", "manuscrita"):
                    missing.append(r)
            elif r == "denuncia_policial":
                if not m.get("denuncia"):
                    missing.append(r)
            elif star:
                refugee = m.get("refugee") or "carne_extranjeria" in fields
                if refugee and r not in fields:
                    missing.append(r)
            elif r not in fields:
                missing.append(r)
    fd = filing_day(recv)
    if ign:
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    elif missing:
        outcome = "subsanar"
    elif proc in RECURSOS:
        outcome = "cargo"
    else:
        outcome = "acuse"
    flags = []
    if outcome in ("ignorado", "portal", "triage"):
        missing = []
    else:
        if HOME[proc] != m["mailbox"]:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and m.get("notif"):
            limit = add_bd(dt.date.fromisoformat(m["notif"]), 15)
            late = fd > limit
            assert late == m["expect_late"], (fname, fd, limit)
            if late:
                assert outcome == "cargo", fname
                flags.append("extemporaneo")
    if outcome == "subsanar":
        due = add_bd(fd, 2)
    elif outcome in ("acuse", "cargo"):
        due = add_bd(fd, PLAZO[proc])
    else:
        due = None
    return {"file": fname, "mailbox": m["mailbox"], "received": recv.isoformat(),
            "procedure": proc, "fields": fields, "missing": missing, "signature": sig,
            "outcome": outcome, "flags": flags, "filing_date": fd.isoformat(),
            "due_date": due.isoformat() if due else None}


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    M.sort(key=lambda m: m["recv"])
    out = []
    for i, m in enumerate(M, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        e, recv = build(m, i)
        raw = e.as_bytes()
        if m.get("raw_subject"):
            assert raw.count(b"XRAWSUBJECTX") == 1
            raw = raw.replace(b"XRAWSUBJECTX", m["raw_subject"].encode("ascii"))
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        out.append(label(m, fname, recv))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "messages")


if __name__ == "__main__":
    main()
