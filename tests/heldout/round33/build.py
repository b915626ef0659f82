#!/usr/bin/env python3
"""Round 33: an ordinary fortnight (Mon 30 Nov - Sun 13 Dec 2026) at the three
CEPR mailboxes.  Writes NNN-slug.eml + labels.jsonl into this folder.

Run with /work/rounds/.venv-r33/bin/python build.py
"""
import datetime as dt
import glob
import hashlib
import json
import os
import random
import re
import sys
from email import policy
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import holidays

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdfkit as K  # noqa: E402

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
INSTITUTIONAL = {S, M, R}

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
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}


# ------------------------------------------------------------------ calendar
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


# hand checks of the calendar (Dec 7 no laborable, Dec 8-9 feriados)
assert filing_day(dt.datetime(2026, 12, 4, 16, 45, tzinfo=LIMA)) == dt.date(2026, 12, 10)
assert filing_day(dt.datetime(2026, 12, 4, 16, 29, tzinfo=LIMA)) == dt.date(2026, 12, 4)
assert add_business(dt.date(2026, 11, 30), 15) == dt.date(2026, 12, 28)
assert add_business(dt.date(2026, 12, 14), 15) == dt.date(2027, 1, 8)
assert add_business(dt.date(2026, 12, 10), 2) == dt.date(2026, 12, 14)
assert add_business(dt.date(2026, 11, 9), 15) == dt.date(2026, 11, 30)


# ------------------------------------------------------------------ helpers
_rnd = random.Random(33)
MSGS = []


def msgid(domain):
    tok = "".join(_rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
    return f"<{tok}@{domain}>"


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LIMA)


def add(slug, received, mailbox, frm, subject, body=None, html=None, attach=(), to=None, cc=None,
        headers=None, label=None, notif=None, recognised=False, denuncia=False, raw=None, date_lag=None,
        recv_tz=None, date_tz=None):
    MSGS.append(dict(slug=slug, received=when(received), mailbox=mailbox, frm=frm, subject=subject, body=body,
                     html=html, attach=list(attach), to=to, cc=cc, headers=headers or {}, label=label,
                     notif=notif, recognised=recognised, denuncia=denuncia, raw=raw, date_lag=date_lag,
                     recv_tz=recv_tz, date_tz=date_tz))


def L(procedure, outcome, fields, missing=(), signature="not_required", flags=()):
    return dict(procedure=procedure, outcome=outcome, fields=fields, missing=list(missing),
                signature=signature, flags=list(flags))


def pdf(name, data):
    return (name, data, "application", "pdf")


def jpg(name, data):
    return (name, data, "image", "jpeg")


def png(name, data):
    return (name, data, "image", "png")


SENDER_HOSTS = {
    "gmail.com": ("mail-sor-f41.google.com", "209.85.220.41"),
    "hotmail.com": ("mail-dm6nam10olkn2011.outbound.protection.outlook.com", "40.92.41.11"),
    "outlook.com": ("mail-bn8nam12olkn2081.outbound.protection.outlook.com", "40.92.21.81"),
    "yahoo.com": ("sonic310-21.consmr.mail.ne1.yahoo.com", "66.163.188.147"),
}


def received_headers(frm_addr, mailbox, t, tz=None):
    if tz is not None:
        t = t.astimezone(tz)
    dom = frm_addr.split("@")[-1].lower()
    host, ip = SENDER_HOSTS.get(dom, (f"mail.{dom}", "190.12.%d.%d" % (_rnd.randint(1, 250), _rnd.randint(1, 250))))
    qid = "".join(_rnd.choice("0123456789ABCDEF") for _ in range(11))
    top = (f"from {host} ({host} [{ip}]) by mx1.rree.gob.pe (Postfix) with ESMTPS id {qid} "
           f"for <{mailbox}>; {format_datetime(t)}")
    t2 = t - dt.timedelta(seconds=_rnd.randint(2, 9))
    low = (f"by 2002:a05:6a20:{_rnd.randint(1000, 9999):x}:b0:{_rnd.randint(100, 999)} with SMTP id "
           f"{qid.lower()}csp{_rnd.randint(100000, 999999)}; {format_datetime(t2)}")
    return top, low


def addr_of(frm):
    m = re.search(r"<([^>]+)>", frm)
    return (m.group(1) if m else frm).strip()


# =================================================================== messages
# ---------------------------------------------------------------- Mon 30 Nov
add("actualizacion-datos-correo-nuevo", "2026-11-30 09:12:33", S,
    "Yusmary B. <yusmaryb@hotmail.com>", "Actualización de datos",
    body="""Buenos días, señores de la Comisión.

Por medio del presente solicito la actualización de mis datos de contacto.

Nombres y Apellidos: Yusmary Carolina Briceño Pacheco
Nacionalidad: Venezolana
Cédula: V-24.567.890
Teléfono: +51 987 123 456
Correo nuevo: yusmary.briceno@gmail.com
Dirección: Jr. Huiracocha 1450, Jesús María, Lima

Soy solicitante de refugio desde el 2023. Quedo atenta, muchas gracias.

Yusmary
""",
    label=L("actualizacion_datos", "acuse", {
        "nombres": "Yusmary Carolina Briceño Pacheco", "nacionalidad": "VE", "documento_identidad": "V24567890",
        "telefono": "+51987123456", "correo": "yusmary.briceno@gmail.com"}))

_form = K.text_pdf([
    "Nombres y apellidos: Leonardo José Marcano Rivas",
    "Sexo: Masculino",
    "Nacionalidad: Venezolana",
    "Pasaporte N°: 139284756",
    "Carné de Extranjería N°: 000781234",
    "F. nac.: 21-10-87",
    "Teléfono: 981 765 432",
    "Correo: leo.marcano.r@gmail.com",
    "",
    "Motivo: extravío del carné el 25/11/2026 en un bus de la ruta Javier Prado.",
    "",
    "Lima, 29 de noviembre de 2026",
], title="SOLICITUD DE DUPLICADO DE CARNÉ DE EXTRANJERÍA")
_pnp = K.text_pdf([
    "COMISARÍA PNP LINCE",
    "Fecha y hora: 26/11/2026 10:42",
    "Denunciante: MARCANO RIVAS, Leonardo José",
    "Hecho denunciado: PÉRDIDA DE DOCUMENTOS",
    "Detalle: refiere haber extraviado su carné de extranjería N° 000781234 en transporte público.",
    "Se expide la presente copia certificada a solicitud del interesado.",
], title="POLICÍA NACIONAL DEL PERÚ - DENUNCIA POLICIAL N° 28765431")
add("duplicado-ce-formulario-pdf", "2026-11-30 10:30:12", R,
    "Leonardo Marcano <leo.marcano.r@gmail.com>", "DUPLICADO DE CARNÉ DE EXTRANJERÍA",
    body="""Buenas, envio adjunto el formulario con mis datos para el duplicado de mi carne de extranjeria y la constancia de la comisaria.
Gracias
Leo
""",
    attach=[pdf("formulario_duplicado.pdf", _form), pdf("constancia_PNP.pdf", _pnp)], denuncia=True,
    recognised=True,
    label=L("duplicado_carne_extranjeria", "acuse", {
        "nombres": "Leonardo José Marcano Rivas", "sexo": "M", "nacionalidad": "VE",
        "documento_identidad": "139284756", "carne_extranjeria": "000781234", "fecha_nacimiento": "1987-10-21",
        "telefono": "+51981765432", "correo": "leo.marcano.r@gmail.com",
        "motivo": "extravío del carné el 25/11/2026 en un bus de la ruta Javier Prado."}))

add("cambio-clave-hijo-escribe-por-padre", "2026-11-30 11:40:05", S,
    "Luis Quintero <luisquintero.dev@gmail.com>", "Cambio de clave y contraseña - Ramón Quintero",
    body="""Buenas tardes.

Mi nombre es Luis Alfonso Quintero Díaz, C.I. V-19.876.001, y les escribo en nombre de mi papá, que no maneja bien la computadora. Él necesita que le cambien la clave y contraseña del Sistema de Refugiados.

Datos de mi papá (el solicitante):
- Nombre completo: Ramón Antonio Quintero Salas
- Cédula: V-5.432.198
- Nacionalidad: venezolano
- Teléfono de él: 956 789 012
- Su correo (el que tiene registrado): ramonquintero1958@gmail.com

Si necesitan algo más me pueden escribir a mí o a mi WhatsApp +51 934 555 210.

Saludos,
Luis Quintero
""",
    label=L("cambio_clave", "acuse", {
        "nombres": "Ramón Antonio Quintero Salas", "documento_identidad": "V5432198", "nacionalidad": "VE",
        "telefono": "+51956789012", "correo": "ramonquintero1958@gmail.com"}))

_rec = K.sign_pdf(K.text_pdf([
    "Señor Presidente de la Comisión Especial para los Refugiados:",
    "",
    "Yo, JHON FREDY CARDONA OSPINA, de nacionalidad colombiana, identificado con C.C. N° 1.036.654.321, "
    "con teléfono 9 4512 7788 y correo electrónico jfcardona.o@outlook.com, ante usted me presento y digo:",
    "",
    "Que interpongo recurso de reconsideración contra la Resolución N° 0874-2026/CEPR-SE, que me fue "
    "notificada el 20 de noviembre de 2026, mediante la cual se deniega mi solicitud.",
    "",
    "MOTIVO: la Comisión no valoró las amenazas del grupo armado que controla mi vereda en Tarazá "
    "(Antioquia); adjunto como nueva prueba la constancia de la Fiscalía y el registro de desplazamiento "
    "expedido por la Unidad para las Víctimas.",
    "",
    "Por lo expuesto, solicito se reconsidere la decisión.",
    "",
    "Lima, 30 de noviembre de 2026",
], title="RECURSO DE RECONSIDERACIÓN", signer_line="Jhon Fredy Cardona Ospina"), "JHON FREDY CARDONA OSPINA")
add("reconsideracion-todo-en-pdf-firmado", "2026-11-30 15:05:48", M,
    "jhon cardona <jfcardona.o@outlook.com>", "Recurso de Reconsideración",
    body="""Señores Comisión Especial para los Refugiados,

adjunto mi recurso de reconsideración firmado digitalmente.

Atte. Jhon F. Cardona
""",
    attach=[pdf("Reconsideracion_Cardona_firmado.pdf", _rec)], notif=dt.date(2026, 11, 20),
    label=L("reconsideracion", "cargo", {
        "nombres": "JHON FREDY CARDONA OSPINA", "nacionalidad": "CO", "documento_identidad": "1036654321",
        "telefono": "+51945127788", "correo": "jfcardona.o@outlook.com",
        "motivo": "la Comisión no valoró las amenazas del grupo armado que controla mi vereda en Tarazá"},
        signature="valid"))

_ap = K.sign_pdf(K.text_pdf([
    "Señores Comisión Especial para los Refugiados",
    "",
    "Génesis Mariana Rangel Mora",
    "Nacionalidad: venezolana",
    "Cédula de identidad: V21345678",
    "Teléfono: +51 987 001 245",
    "Correo: genesisrangel.m@gmail.com",
    "",
    "Interpongo recurso de apelación contra la Resolución N° 1102-2026/CEPR-SE, notificada el 10 de "
    "noviembre de 2026, que declara infundada mi reconsideración.",
    "",
    "Fundamento: la resolución no analiza que fui despedida y perseguida por denunciar irregularidades "
    "en el CLAP de mi comunidad, hechos acreditados con las actas que obran en el expediente.",
    "",
    "Lima, 30 de noviembre de 2026",
], title="RECURSO DE APELACIÓN", signer_line="Génesis Mariana Rangel Mora"), "GENESIS MARIANA RANGEL MORA")
add("apelacion-ultimo-dia-despues-cierre", "2026-11-30 17:05:10", M,
    "Génesis Rangel <genesisrangel.m@gmail.com>", "Recurso de apelación - Génesis Rangel",
    body="""Buenas tardes,

presento mi recurso de apelación, el escrito va firmado digitalmente en el PDF.

Nombre: Génesis Mariana Rangel Mora
Nacionalidad: venezolana
C.I. V-21.345.678
Teléfono: 987 001 245
Correo: genesisrangel.m@gmail.com

La Resolución N° 1102-2026/CEPR-SE me fue notificada el 10 de noviembre de 2026.
Motivo: no se analizaron las pruebas de persecución por mi denuncia contra el CLAP de mi comunidad.

Gracias.
""",
    attach=[pdf("apelacion_genesis_rangel.pdf", _ap)], notif=dt.date(2026, 11, 10), date_lag=45 * 60,
    label=L("apelacion", "cargo", {
        "nombres": "Génesis Mariana Rangel Mora", "nacionalidad": "VE", "documento_identidad": "V21345678",
        "telefono": "+51987001245", "correo": "genesisrangel.m@gmail.com",
        "motivo": "no se analizaron las pruebas de persecución por mi denuncia contra el CLAP de mi comunidad."},
        signature="valid"))

# ---------------------------------------------------------------- Tue 1 Dec
_rec6_lines = [
    "Señores de la Comisión Especial para los Refugiados:",
    "",
    "Carlos Andrés Vélez Zambrano, de nacionalidad ecuatoriana, cédula N° 0912345674, domiciliado en "
    "Av. Túpac Amaru 2210, Comas, teléfono +51 976 543 210, correo carlosvelez.z@gmail.com, interpongo "
    "RECURSO DE RECONSIDERACIÓN contra la resolución que deniega mi solicitud de refugio, la cual me fue "
    "notificada el 09/11/26.",
    "",
    "Motivo: presento como prueba nueva la denuncia ante la Fiscalía de Guayaquil y el informe de "
    "medicina legal por las lesiones que me causó la banda que extorsionaba mi negocio.",
    "",
    "Lima, 30 de noviembre de 2026",
]
_rec6 = K.sign_pdf(K.text_pdf(_rec6_lines, title="RECURSO DE RECONSIDERACIÓN",
                              signer_line="Carlos Andrés Vélez Zambrano"), "CARLOS ANDRES VELEZ ZAMBRANO")
add("reconsideracion-extemporanea-buzon-refugiados", "2026-12-01 09:45:37", R,
    "Carlos Vélez <carlosvelez.z@gmail.com>", "RECONSIDERACIÓN",
    body="""Buen día.

Adjunto recurso de reconsideración firmado digitalmente.

Carlos Andrés Vélez Zambrano
Nacionalidad ecuatoriana - cédula 0912345674
Cel. +51 976 543 210
carlosvelez.z@gmail.com

La resolución denegatoria me fue notificada el 09/11/26; pido disculpas por la demora, estuve internado
en el Hospital Sergio Bernales.

Motivo: presento pruebas nuevas (denuncia ante la Fiscalía de Guayaquil e informe de medicina legal).
""",
    attach=[pdf("reconsideracion_velez.pdf", _rec6)], notif=dt.date(2026, 11, 9),
    label=L("reconsideracion", "cargo", {
        "nombres": "Carlos Andrés Vélez Zambrano", "nacionalidad": "EC", "documento_identidad": "0912345674",
        "telefono": "+51976543210", "correo": "carlosvelez.z@gmail.com",
        "motivo": "presento pruebas nuevas (denuncia ante la Fiscalía de Guayaquil e informe de medicina legal)."},
        signature="valid", flags=["derivado", "extemporaneo"]))

_ap7 = K.sign_pdf(K.text_pdf([
    "Sumilla: Interpone recurso de apelación",
    "",
    "PATRICIA HUAMÁN ROJAS, abogada con Reg. CAL N° 45123, identificada con DNI N° 41234567, en "
    "representación de ÁNGEL DAVID MORILLO RANGEL, de nacionalidad venezolana, identificado con cédula "
    "V-20.111.345, interpongo RECURSO DE APELACIÓN contra la Resolución N° 0931-2026/CEPR, notificada a "
    "mi patrocinado el 18/11/2026, que confirma la denegatoria de su solicitud.",
    "",
    "FUNDAMENTOS: la resolución apelada no se pronuncia sobre la persecución por motivos políticos "
    "acreditada con la orden de captura emitida en su contra tras las protestas de agosto de 2024, ni "
    "aplica la definición ampliada de la Declaración de Cartagena recogida en la Ley 27891.",
    "",
    "Contacto del recurrente: celular +51 923 456 781, correo angelmorillo.r@gmail.com",
    "",
    "Lima, 1 de diciembre de 2026",
], title="RECURSO DE APELACIÓN", signer_line="Patricia Huamán Rojas - Abogada CAL 45123"),
    "PATRICIA HUAMAN ROJAS")
_poder = K.text_pdf([
    "Yo, Ángel David Morillo Rangel, otorgo poder a la abogada Patricia Huamán Rojas para que me "
    "represente en el procedimiento de determinación de la condición de refugiado.",
    "Lima, 20 de noviembre de 2026",
], title="CARTA PODER SIMPLE")
add("apelacion-abogada-en-representacion", "2026-12-01 10:22:19", M,
    "Estudio Huamán & Asociados <phuaman@huamanabogados.pe>",
    "Recurso de Apelación - MORILLO RANGEL, Ángel David",
    body="""Señores
Mesa de Partes - Ministerio de Relaciones Exteriores
Comisión Especial para los Refugiados

PATRICIA HUAMÁN ROJAS, abogada con Reg. CAL N° 45123, identificada con DNI N° 41234567, en representación de ÁNGEL DAVID MORILLO RANGEL, de nacionalidad venezolana, identificado con cédula V-20.111.345, interpongo RECURSO DE APELACIÓN contra la Resolución N° 0931-2026/CEPR, notificada a mi patrocinado el 18/11/2026.

Fundamento (motivo): la resolución no se pronuncia sobre la persecución política acreditada con la orden de captura dictada contra mi patrocinado, ni aplica la definición ampliada de refugiado de la Ley 27891.

Datos de contacto del recurrente:
Celular: +51 923 456 781
Correo: angelmorillo.r@gmail.com

Adjunto el escrito firmado digitalmente y la carta poder.

Atentamente,

Patricia Huamán Rojas
Abogada - CAL 45123
Estudio Huamán & Asociados
Telf. (01) 421-3344
""",
    attach=[pdf("Apelacion_Morillo_firmada.pdf", _ap7), pdf("carta_poder.pdf", _poder)],
    notif=dt.date(2026, 11, 18),
    label=L("apelacion", "cargo", {
        "nombres": "ÁNGEL DAVID MORILLO RANGEL", "nacionalidad": "VE", "documento_identidad": "V20111345",
        "telefono": "+51923456781", "correo": "angelmorillo.r@gmail.com",
        "motivo": "la resolución no se pronuncia sobre la persecución política acreditada"},
        signature="valid"))

add("prorroga-minusculas-fecha-dos-digitos", "2026-12-01 13:20:44", R,
    "marielys contreras <marielys.contreras79@gmail.com>", "prorroga de residencia",
    body="""buenas tardes, solicito la prorroga de mi residencia como refugiada, mis datos son

nombre: marielys del valle contreras uzcategui
sexo femenino
venezolana
cedula 13.245.876
carne de extranjeria 000234567
naci el 02/02/79
cel. 962 554 781

mi esposo jose gregorio tambien es refugiado (CE 000234568) pero el hara su tramite aparte.
gracias de antemano
""",
    recognised=True,
    label=L("prorroga_residencia", "acuse", {
        "nombres": "marielys del valle contreras uzcategui", "sexo": "F", "nacionalidad": "VE",
        "documento_identidad": "13245876", "carne_extranjeria": "000234567", "fecha_nacimiento": "1979-02-02",
        "telefono": "+51962554781", "correo": "marielys.contreras79@gmail.com"}))

_carta9 = K.scan_image([
    "Lima, 1 de diciembre de 2026",
    "",
    "Señores Comisión Especial para los Refugiados",
    "",
    "Yo, Yoandry Pérez Castillo, cubano,",
    "carnet de identidad 79042318762,",
    "carné de extranjería 000872341,",
    "renuncio a la condición de refugiado.",
    "Me voy a vivir a Montevideo con mi familia,",
    "donde ya tengo residencia.",
    "",
    "Tel. +51 965 432 187",
], seed=9, fmt="JPEG")
add("renuncia-refugiado-cubano-carta-foto", "2026-12-01 16:48:02", M,
    "Yoandry Pérez <yoandry.perez.c@gmail.com>", "Renuncia a la condición de refugiado",
    body="""Estimados señores:

Yo, Yoandry Pérez Castillo, ciudadano cubano, refugiado reconocido por la CEPR, carnet de identidad 79042318762, pasaporte K547812, carné de extranjería N° 000872341, les informo mi decisión de renunciar a la condición de refugiado.

Motivo: obtuve la residencia legal en Uruguay por reunificación familiar y me traslado a Montevideo con mi esposa e hijos en enero.

Teléfono: +51 965 432 187

Adjunto la carta firmada a mano (foto).

Saludos cordiales,
Yoandry
""",
    attach=[jpg("carta_renuncia.jpg", _carta9)], recognised=True,
    label=L("renuncia", "acuse", {
        "nombres": "Yoandry Pérez Castillo", "nacionalidad": "CU", "documento_identidad": "79042318762",
        "carne_extranjeria": "000872341", "telefono": "+51965432187", "correo": "yoandry.perez.c@gmail.com",
        "motivo": "obtuve la residencia legal en Uruguay por reunificación familiar"},
        signature="manuscrita", flags=["verificar_firma"]))

add("cambio-clave-html-carnet-cubano", "2026-12-01 22:15:09", S,
    "Daylin Fonseca <daylinfonseca90@gmail.com>", "cambio de contraseña",
    html="""<html><body>
<p>Hola, buenas noches.</p>
<p>Solicito el <b>cambio de clave y contraseña</b> de mi cuenta en el sistema de refugio en línea.</p>
<p><b>Nombre:</b> Daylin Fonseca Rodríguez<br>
<b>Carnet de identidad No.</b> 90071545678<br>
<b>Teléfono:</b> +51 912-345-678<br>
<b>Correo:</b> <a href="mailto:daylinfonseca90@gmail.com">daylinfonseca90@gmail.com</a></p>
<p>Soy cubana, solicitante de refugio.</p>
<p>Muchas gracias,<br>Daylin</p>
</body></html>""",
    label=L("cambio_clave", "acuse", {
        "nombres": "Daylin Fonseca Rodríguez", "documento_identidad": "90071545678", "telefono": "+51912345678",
        "correo": "daylinfonseca90@gmail.com", "nacionalidad": "CU"}))

# ---------------------------------------------------------------- Wed 2 Dec
add("prorroga-madre-por-hijo-menor", "2026-12-02 08:05:51", R,
    "Daniela Rojas <danirojasf@yahoo.com>", "Prórroga de Residencia - menor Samuel Pérez Rojas",
    body="""Buenos días,

Yo, Daniela Alejandra Rojas Ferrer, venezolana, C.I. V-17.456.321, madre y representante legal del menor, solicito la prórroga anual de residencia de mi hijo, quien tiene la condición de refugiado reconocido.

Datos del menor:
Nombres y apellidos: Samuel Andrés Pérez Rojas
Sexo: masculino
Nacionalidad: venezolana
Pasaporte N°: 154789632
Carné de extranjería: 001245789
Fecha de nacimiento: 14/06/2012

Teléfono de contacto (de la madre): 987-222-415

Gracias,
Daniela Rojas
""",
    recognised=True,
    label=L("prorroga_residencia", "acuse", {
        "nombres": "Samuel Andrés Pérez Rojas", "sexo": "M", "nacionalidad": "VE",
        "documento_identidad": "154789632", "carne_extranjeria": "001245789", "fecha_nacimiento": "2012-06-14",
        "telefono": "+51987222415", "correo": "danirojasf@yahoo.com"}))

_den12 = K.image_only_pdf([
    "POLICIA NACIONAL DEL PERU",
    "COMISARIA SANTIAGO DE SURCO",
    "",
    "COPIA CERTIFICADA DE DENUNCIA",
    "Denunciante: GOMEZ RESTREPO Andres Felipe",
    "Hecho: hurto de billetera con documentos",
    "Fecha: 28/11/2026",
], seed=12)
add("duplicado-ce-buzon-solicitantes-sin-nacimiento", "2026-12-02 10:45:26", S,
    "Andrés Felipe Gómez <afgomez.refugio@gmail.com>", "Duplicado de carné de extranjería",
    body="""Señores CEPR, buenas.

Me robaron la billetera el sábado con el carné de extranjería adentro, por eso solicito el duplicado. Adjunto la copia de la denuncia.

Andrés Felipe Gómez Restrepo - sexo: M - nacionalidad: colombiana - pasaporte AS765432 - CE 000456129 - cel 974 112 358

Muchas gracias
""",
    attach=[pdf("DENUNCIA-COMISARIA-SURCO.pdf", _den12)], denuncia=True, recognised=True,
    label=L("duplicado_carne_extranjeria", "subsanar", {
        "nombres": "Andrés Felipe Gómez Restrepo", "sexo": "M", "nacionalidad": "CO",
        "documento_identidad": "AS765432", "carne_extranjeria": "000456129", "telefono": "+51974112358",
        "correo": "afgomez.refugio@gmail.com",
        "motivo": "Me robaron la billetera el sábado con el carné de extranjería adentro"},
        missing=["fecha_nacimiento"], flags=["derivado"]))

_den13 = K.text_pdf([
    "Comisaría PNP de Breña",
    "Denuncia N° 30112876 - 01/12/2026 09:15",
    "Denunciante: Leidy Johana Mosquera Palacios",
    "Hecho: pérdida de documento (carné de extranjería N° 000567123) en el Mercado Central.",
], title="DENUNCIA POLICIAL POR PÉRDIDA DE DOCUMENTOS")
add("duplicado-ce-prosa-colombiana", "2026-12-02 12:30:03", R,
    "Leidy Mosquera <leidyj.mosquera@gmail.com>", "Solicitud duplicado carnet de extranjeria",
    body="""Buenas tardes, mi nombre es Leidy Johana Mosquera Palacios, soy colombiana, refugiada reconocida, de sexo femenino, naci el 3 de agosto de 1991. Mi cédula de ciudadanía es C.C. 1.077.456.230 y mi carné de extranjería es el 000567123.

Les escribo para pedir el duplicado del carné de extranjería porque se me perdió en el Mercado Central el domingo. Adjunto la denuncia que puse en la comisaría de Breña.

Mi número es el mismo de WhatsApp: +57 314 567 8901

Bendiciones y gracias
""",
    attach=[pdf("denuncia_policial.pdf", _den13)], denuncia=True, recognised=True,
    label=L("duplicado_carne_extranjeria", "acuse", {
        "nombres": "Leidy Johana Mosquera Palacios", "nacionalidad": "CO", "sexo": "F",
        "fecha_nacimiento": "1991-08-03", "documento_identidad": "1077456230", "carne_extranjeria": "000567123",
        "telefono": "+573145678901", "correo": "leidyj.mosquera@gmail.com",
        "motivo": "se me perdió en el Mercado Central el domingo"}))

_carta14 = K.scan_image([
    "Lima 30 de noviembre 2026",
    "",
    "Señores de la Comision de Refugiados",
    "",
    "Yo Wilfredo Antonio Lugo Paredes",
    "venezolano pasaporte 128456739",
    "renuncio a mi tramite de refugio",
    "porque regreso a Maracaibo con mi familia.",
    "",
    "telefono 951 203 776",
], seed=14, fmt="PNG", size=(1000, 1300))
add("renuncia-ong-reenvia-carta-escaneada", "2026-12-02 15:00:40", M,
    "Carolina Vega - Red de Apoyo Migrante <cvega@redapoyomigrante.org>", "RV: Renuncia",
    body="""Estimados, buenas tardes:

Les reenvío la renuncia del señor Wilfredo Antonio Lugo Paredes, a quien acompañamos desde nuestro programa. Él no tiene computadora y nos pidió ayuda. Adjunto su carta escaneada, firmada a mano.

Cordialmente,

Carolina Vega Salinas
Asistente Legal - Red de Apoyo Migrante
DNI 46218735 | Tel. (01) 265-4410

---------- Mensaje reenviado ----------
De: Wilfredo Lugo <wilfredolugo64@hotmail.com>
Fecha: lun, 30 nov 2026 a las 19:12
Asunto: Renuncia
Para: Carolina Vega <cvega@redapoyomigrante.org>

señorita carolina le mando mis datos para la renuncia

WILFREDO ANTONIO LUGO PAREDES
venezolano
pasaporte 128456739
telefono 951 203 776

renuncio a mi tramite de refugio porque me voy a regresar con mi familia a Maracaibo, mi mama esta enferma

gracias por todo
""",
    attach=[png("renuncia_wilfredo_lugo.png", _carta14)],
    label=L("renuncia", "acuse", {
        "nombres": "WILFREDO ANTONIO LUGO PAREDES", "nacionalidad": "VE", "documento_identidad": "128456739",
        "telefono": "+51951203776", "correo": "cvega@redapoyomigrante.org",
        "motivo": "me voy a regresar con mi familia a Maracaibo, mi mama esta enferma"},
        signature="manuscrita", flags=["verificar_firma"]))

_via15 = K.sign_pdf(K.text_pdf([
    "Señores Secretaría Ejecutiva de la CEPR",
    "",
    "Nombres y apellidos: Nelson Enrique Ibarra Tovar",
    "Carné de extranjería: 000931442",
    "Teléfono: +51 945 001 772",
    "Destino: Bogotá, Colombia",
    "Fecha de salida: 18/12/2026",
    "Fecha de retorno: 30/12/2026",
    "Motivo del viaje: mi padre fue internado en cuidados intensivos en Bogotá tras un infarto.",
    "",
    "Lima, 2 de diciembre de 2026",
], title="SOLICITUD DE AUTORIZACIÓN DE VIAJE", signer_line="Nelson Enrique Ibarra Tovar"),
    "NELSON ENRIQUE IBARRA TOVAR")
add("autorizacion-viaje-rango-del-al", "2026-12-02 17:20:14", R,
    "Nelson Ibarra <nelson.ibarra.v@gmail.com>", "Autorización de Viaje",
    body="""Señores de la Secretaría Ejecutiva:

Solicito con carácter de urgencia autorización de viaje. Motivo: mi padre, que vive en Bogotá, fue internado en cuidados intensivos tras un infarto y soy su único hijo.

Viajaré a Bogotá, Colombia del 18 al 30 de diciembre de 2026.

Nelson Enrique Ibarra Tovar
C.E. 000-931-442
Tel +51 945 001 772

Adjunto la solicitud firmada digitalmente.
""",
    attach=[pdf("autorizacion_viaje_ibarra.pdf", _via15)], recognised=True,
    label=L("autorizacion_viaje", "acuse", {
        "motivo": "mi padre, que vive en Bogotá, fue internado en cuidados intensivos tras un infarto",
        "destino": "Bogotá, Colombia", "fecha_salida": "2026-12-18", "fecha_retorno": "2026-12-30",
        "nombres": "Nelson Enrique Ibarra Tovar", "carne_extranjeria": "000931442", "telefono": "+51945001772",
        "correo": "nelson.ibarra.v@gmail.com"}, signature="valid"))

add("solicitud-refugio-haitiano", "2026-12-02 19:45:22", S,
    "Wilner JB <jean.baptiste.w@gmail.com>", "solicitud de refugio",
    body="""Bonjour / buenas noches.

Yo soy Wilner Jean-Baptiste, haitiano, pasaporte RD4512378. Llegue a Lima hace dos semanas y quiero pedir refugio. Como hago la solicitud? Tengo que ir a alguna oficina?

Mi telefono +51 917 888 203

Merci.
""",
    label=L("solicitud_refugio", "portal", {
        "nombres": "Wilner Jean-Baptiste", "nacionalidad": "HT", "documento_identidad": "RD4512378",
        "telefono": "+51917888203", "correo": "jean.baptiste.w@gmail.com"}))

# ---------------------------------------------------------------- Thu 3 Dec
add("cambio-clave-ecuatoriana-sin-telefono", "2026-12-03 09:30:57", S,
    "María Fernanda Chiriboga <mafer.chiriboga@hotmail.com>", "Cambio de clave",
    body="""Buen día

Necesito el cambio de clave y contraseña del sistema de refugiados.

Nombres completos: María Fernanda Chiriboga Andrade
Nacionalidad: ecuatoriana
Cédula: 171523489-0
Correo: mafer.chiriboga@hotmail.com

Gracias
Mafer
""",
    label=L("cambio_clave", "subsanar", {
        "nombres": "María Fernanda Chiriboga Andrade", "nacionalidad": "EC", "documento_identidad": "1715234890",
        "correo": "mafer.chiriboga@hotmail.com"}, missing=["telefono"]))

_den18 = K.text_pdf([
    "Comisaría PNP San Juan de Lurigancho",
    "Denuncia N° 30098123 de fecha 30/11/2026",
    "Denunciante: Keiber José Salazar Méndez",
    "Hecho: pérdida de carné de solicitante de refugio.",
], title="CONSTANCIA DE DENUNCIA POLICIAL")
add("carne-solicitante-duplicado-con-denuncia", "2026-12-03 10:10:31", S,
    "Keiber Salazar <keibersalazar2001@gmail.com>", "Carné de solicitante - duplicado",
    body="""Buenos días. Perdí mi carné de solicitante de refugio N° 2024-0087654 y quisiera saber cómo sacar el duplicado. Ya hice la denuncia policial, la adjunto.

Keiber José Salazar Méndez
Pasaporte 167234589
Cel 913 245 678
""",
    attach=[pdf("denuncia.pdf", _den18)],
    label=L("carne_solicitante", "suspendido", {
        "nombres": "Keiber José Salazar Méndez", "documento_identidad": "167234589", "telefono": "+51913245678",
        "correo": "keibersalazar2001@gmail.com", "motivo": "Perdí mi carné de solicitante de refugio"}))

_scan19 = K.image_only_pdf([
    "RECURSO DE APELACION",
    "",
    "Yo Yelitza Coromoto Morales Gil, cedula V 18.456.789",
    "apelo la resolucion que confirma la denegatoria",
    "de mi solicitud, porque no se tomo en cuenta",
    "la detencion de mi esposo y las amenazas.",
    "",
    "Lima 2 de diciembre de 2026",
], seed=19)
add("apelacion-extemporanea-pdf-escaneado", "2026-12-03 11:55:18", M,
    "YELITZA MORALES <yelitzamorales.apel@gmail.com>", "APELACION",
    body="""BUENOS DIAS ADJUNTO RECURSO DE APELACION FIRMADO

NOMBRE: YELITZA COROMOTO MORALES GIL
CEDULA: V 18.456.789
TELEFONO: 9 8765 4321
CORREO: yelitzamorales.apel@gmail.com

LA RESOLUCION QUE CONFIRMA LA DENEGATORIA ME FUE NOTIFICADA EL 28 DE OCTUBRE DE 2026, NO PUDE PRESENTAR ANTES PORQUE ESTUVE HOSPITALIZADA.

MOTIVO DE LA APELACION: NO SE TOMO EN CUENTA QUE MI ESPOSO FUE DETENIDO POR EL SEBIN Y QUE YO TAMBIEN RECIBI AMENAZAS.
""",
    attach=[pdf("apelacion_escaneada.pdf", _scan19)], notif=dt.date(2026, 10, 28),
    label=L("apelacion", "cargo", {
        "nombres": "YELITZA COROMOTO MORALES GIL", "documento_identidad": "V18456789", "telefono": "+51987654321",
        "correo": "yelitzamorales.apel@gmail.com",
        "motivo": "NO SE TOMO EN CUENTA QUE MI ESPOSO FUE DETENIDO POR EL SEBIN Y QUE YO TAMBIEN RECIBI AMENAZAS."},
        signature="manuscrita", flags=["extemporaneo", "verificar_firma"]))

_via20 = K.sign_pdf(K.text_pdf([
    "Rafael Ignacio Bermúdez Lozada, refugiado reconocido, carné de extranjería N° 001087652, "
    "teléfono +51 998 765 012, solicito autorización de viaje a Madrid, España.",
    "Salida: 2026-12-20. Retorno: 2027-01-06.",
    "Motivo: fallecimiento de mi hermano en Madrid; debo acompañar a mi madre en los trámites.",
    "",
    "Lima, 3 de diciembre de 2026",
    "Atentamente,",
], title="SOLICITUD DE AUTORIZACIÓN DE VIAJE", signer_line="Rafael Ignacio Bermúdez Lozada"),
    "RAFAEL IGNACIO BERMUDEZ LOZADA")
_via20 = K.tamper(_via20, "Atentamente,", "Cordialmente")
add("autorizacion-viaje-pdf-alterado", "2026-12-03 12:40:29", R,
    "Rafael Bermúdez <rbermudez.arq@gmail.com>", "Permiso de viaje urgente",
    body="""Buenas tardes,

Solicito autorización de viaje por urgencia.

Motivo: fallecimiento de mi hermano en Madrid; debo acompañar a mi madre en los trámites de sucesión.
Destino: Madrid, España
Salida: 2026-12-20
Retorno: 2027-01-06
Nombre: Rafael Ignacio Bermúdez Lozada
Carné de Extranjería N° 001087652
Teléfono: +51 998 765 012

Adjunto solicitud firmada.
Rafael
""",
    attach=[pdf("solicitud_viaje_firmada.pdf", _via20)], recognised=True,
    label=L("autorizacion_viaje", "subsanar", {
        "motivo": "fallecimiento de mi hermano en Madrid; debo acompañar a mi madre en los trámites de sucesión.",
        "destino": "Madrid, España", "fecha_salida": "2026-12-20", "fecha_retorno": "2027-01-06",
        "nombres": "Rafael Ignacio Bermúdez Lozada", "carne_extranjeria": "001087652", "telefono": "+51998765012",
        "correo": "rbermudez.arq@gmail.com"}, missing=["firma"], signature="invalid"))

add("reconsideracion-solo-texto-extemporanea", "2026-12-03 14:40:06", M,
    "Dilia Ortega <diliaortega.77@gmail.com>", "Reconsideracion",
    body="""Señores de la Comisión, me dirijo a ustedes para presentar recurso de reconsideración de la resolución que negó mi pedido, notificado con fecha 05/11/2026. Considero que no se evaluó la carta de la Defensoría del Pueblo que presenté, donde consta que fui víctima de extorsión por colectivos en Barquisimeto, y por eso solicito se revise mi caso.

Dilia Josefina Ortega Bracho, pasaporte 145098372, celular 9 6543 2109, correo diliaortega.77@gmail.com.

Atentamente
Dilia Ortega
""",
    notif=dt.date(2026, 11, 5),
    label=L("reconsideracion", "subsanar", {
        "nombres": "Dilia Josefina Ortega Bracho", "documento_identidad": "145098372", "telefono": "+51965432109",
        "correo": "diliaortega.77@gmail.com",
        "motivo": "no se evaluó la carta de la Defensoría del Pueblo que presenté"},
        missing=["firma"], signature="absent", flags=["extemporaneo"]))

add("actualizacion-por-ong-sin-correo-propio", "2026-12-03 16:10:45", S,
    "Martín Salazar <m.salazar@manosunidasmigrante.org>",
    "Actualizacion de datos - Rosa Elena Guerrero Blanco",
    body="""Buenas tardes:

Desde la Asociación Manos Unidas por el Migrante acompañamos a la señora Rosa Elena Guerrero Blanco, solicitante de refugio, y por encargo suyo remitimos la actualización de sus datos de contacto:

  • Nombres y apellidos: Rosa Elena Guerrero Blanco
  • Nacionalidad: venezolana
  • Pasaporte: 108765432
  • Nuevo teléfono: +51 902 114 356
  • Nueva dirección: Av. Perú 3421, San Martín de Porres

La señora no tiene correo propio; pueden responder a este correo.

Atte.
Lic. Martín Salazar Quispe - DNI 45678123
Asociación Manos Unidas por el Migrante
Tel. (01) 478-9900
""",
    label=L("actualizacion_datos", "acuse", {
        "nombres": "Rosa Elena Guerrero Blanco", "nacionalidad": "VE", "documento_identidad": "108765432",
        "telefono": "+51902114356", "correo": "m.salazar@manosunidasmigrante.org"}))

add("autorizacion-trabajo-como-se-hace", "2026-12-03 20:30:39", S,
    "jhonny pacheco <jhonny.pacheco.93@gmail.com>", "autorizacion de trabajo",
    body="""hola buenas noches quiero sacar de nuevo mi autorizacion de trabajo y no se como se hace, soy Jhonny Pacheco, cedula 24.998.123. gracias
""",
    label=L("autorizacion_trabajo", "portal", {
        "nombres": "Jhonny Pacheco", "documento_identidad": "24998123", "correo": "jhonny.pacheco.93@gmail.com"}))

# ---------------------------------------------------------------- Fri 4 Dec
add("prorroga-en-mesa-de-partes-sin-nacimiento", "2026-12-04 09:00:14", M,
    "Osmany Delgado <osmanydelgado@gmail.com>", "Renovación de residencia",
    body="""Buenos días,

Por medio de la presente solicito la prórroga anual de mi residencia como refugiado reconocido.

Nombres y apellidos: Osmany Delgado Ferrer
Sexo: M
Nacionalidad: cubana
Pasaporte: J284561
Carné de Extranjería: 000612387
Teléfono: +51 955 678 123

Saludos,
Osmany
""",
    recognised=True,
    label=L("prorroga_residencia", "subsanar", {
        "nombres": "Osmany Delgado Ferrer", "sexo": "M", "nacionalidad": "CU", "documento_identidad": "J284561",
        "carne_extranjeria": "000612387", "telefono": "+51955678123", "correo": "osmanydelgado@gmail.com"},
        missing=["fecha_nacimiento"], flags=["derivado"]))

add("ignorado-reenvio-entre-casillas", "2026-12-04 10:00:02", S,
    "Unidad de Refugiados - RREE <refugiados@rree.gob.pe>", "RV: Actualización de datos",
    body="""Colegas de Solicitantes:

Les derivamos este correo que llegó a nuestra casilla por error, por ser de su competencia.

Saludos,
Unidad de Refugiados - DGCRI

-----Mensaje original-----
De: Kelvin Arteaga <kelvinarteaga.m@gmail.com>
Enviado el: jueves, 3 de diciembre de 2026 18:22
Para: refugiados@rree.gob.pe
Asunto: Actualización de datos

Buenas noches, quiero actualizar mi número: 981 004 562. Soy Kelvin Arteaga Mena, venezolano, pasaporte 157623490.
""",
    label=L("actualizacion_datos", "ignorado", {}))

add("duplicado-ce-tabla-html-sin-denuncia-adjunta", "2026-12-04 15:10:27", R,
    "Gabriela Suárez <gabisuarez.ve@gmail.com>", "Duplicado de Carné de Extranjería - Gabriela Suárez",
    html="""<html><body style="font-family:Calibri">
<p>Buenas tardes.</p>
<p>Solicito el duplicado de mi carné de extranjería, lo perdí en una mudanza. Ya hice la denuncia en la comisaría de San Borja, pero todavía no me dan la copia; apenas la tenga la envío.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Nombres y Apellidos</td><td>Gabriela Alejandra Suárez Linares</td></tr>
<tr><td>Sexo</td><td>Femenino</td></tr>
<tr><td>Nacionalidad</td><td>Venezuela</td></tr>
<tr><td>Cédula</td><td>V-16.234.987</td></tr>
<tr><td>Carné de Extranjería</td><td>000398214</td></tr>
<tr><td>Fecha de nacimiento</td><td>30/05/1984</td></tr>
<tr><td>Teléfono fijo</td><td>(01) 567-8901</td></tr>
</table>
<p>Gracias,<br>Gabriela</p>
</body></html>""",
    recognised=True, denuncia=False,
    label=L("duplicado_carne_extranjeria", "subsanar", {
        "nombres": "Gabriela Alejandra Suárez Linares", "sexo": "F", "nacionalidad": "VE",
        "documento_identidad": "V16234987", "carne_extranjeria": "000398214", "fecha_nacimiento": "1984-05-30",
        "telefono": "+5115678901", "correo": "gabisuarez.ve@gmail.com", "motivo": "lo perdí en una mudanza"},
        missing=["denuncia_policial"]))

add("entrevista-registro-cuando-llega-cita", "2026-12-04 16:45:50", S,
    "Mairelys Chacón <mairelyschacon@gmail.com>", "Entrevista de registro",
    body="""Buenas tardes, registré todo en línea hace un mes y todavía no me llega la cita para la entrevista de registro.

Mi nombre es Mairelys Chacón Vivas, pasaporte 149002376, tel 936 221 098.

¿Cuándo me la darán? Gracias.
""",
    label=L("entrevista_registro", "portal", {
        "nombres": "Mairelys Chacón Vivas", "documento_identidad": "149002376", "telefono": "+51936221098",
        "correo": "mairelyschacon@gmail.com"}))

# ---------------------------------------------------------------- Sat 5 / Sun 6 Dec
_ren28 = K.text_pdf([
    "Lima, 4 de diciembre de 2026",
    "",
    "Señores",
    "Comisión Especial para los Refugiados",
    "",
    "Yo, Franklin José Rondón Arias, de nacionalidad venezolana, con cédula de identidad V-22.456.109, "
    "solicitante de refugio, presento mi RENUNCIA al trámite de refugio que inicié en 2024.",
    "",
    "Motivo: he obtenido el Permiso Temporal de Permanencia y prefiero regularizar mi situación migratoria "
    "por esa vía.",
    "",
    "Teléfono de contacto: 924 680 135",
    "",
    "Franklin José Rondón Arias",
], title="RENUNCIA")
add("renuncia-pdf-texto-sin-firma-sabado", "2026-12-05 10:20:33", M,
    "Franklin Rondón <franklinrondon.r@gmail.com>", "Renuncia - Franklin Rondón",
    body="""Buenos días, adjunto mi carta de renuncia. Gracias.
""",
    attach=[pdf("carta_renuncia_FRondon.pdf", _ren28)],
    label=L("renuncia", "subsanar", {
        "nombres": "Franklin José Rondón Arias", "nacionalidad": "VE", "documento_identidad": "V22456109",
        "telefono": "+51924680135", "correo": "franklinrondon.r@gmail.com",
        "motivo": "he obtenido el Permiso Temporal de Permanencia"},
        missing=["firma"], signature="absent"))

add("autorizacion-viaje-sin-carne-ni-firma", "2026-12-05 18:00:08", R,
    "Luz Marina Cárdenas <luzmarinacardenas@gmail.com>", "Autorizacion de viaje (urgencia)",
    body="""Buenas tardes, necesito autorización para viajar a Quito porque mi hija va a ser operada de emergencia allá. Saldría el 19/12/26 y regreso el 04/01/27.

Soy Luz Marina Cárdenas Rueda, refugiada reconocida, mi número es 947 356 820.

Por favor es urgente.
""",
    recognised=True,
    label=L("autorizacion_viaje", "subsanar", {
        "motivo": "mi hija va a ser operada de emergencia allá", "destino": "Quito",
        "fecha_salida": "2026-12-19", "fecha_retorno": "2027-01-04", "nombres": "Luz Marina Cárdenas Rueda",
        "telefono": "+51947356820", "correo": "luzmarinacardenas@gmail.com"},
        missing=["firma", "carne_extranjeria"], signature="absent"))

add("ignorado-respuesta-automatica", "2026-12-06 07:00:41", S,
    "Daylin Fonseca <daylinfonseca90@gmail.com>", "Respuesta automática: RE: cambio de contraseña",
    body="""Gracias por su mensaje. Estoy de viaje sin acceso al correo hasta el 14 de diciembre.
Lo leeré a mi regreso.

Daylin
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
    label=L("cambio_clave", "ignorado", {}))

# ---------------------------------------------------------------- Mon 7 Dec (día no laborable)
add("actualizacion-refugiado-sin-carne-datos-esposa", "2026-12-07 11:00:19", S,
    "Héctor Villalobos <hmvillalobos.u@hotmail.com>", "ACTUALIZACIÓN DE DATOS DE CONTACTO",
    body="""Saludos cordiales.

Mi esposa, Claudia Patricia Rincón (colombiana, C.C. 52.345.678), ya actualizó sus datos la semana pasada; ahora les escribo para actualizar los míos. Soy refugiado reconocido desde 2021.

Nombre: Héctor Manuel Villalobos Urdaneta
Nacionalidad: Venezuela
Cédula de identidad N° 14.567.234
Nuevo número (WhatsApp): +58 414-334 5120
Nuevo correo: hmvillalobos@gmail.com

Gracias.
Héctor
""",
    recognised=True,
    label=L("actualizacion_datos", "subsanar", {
        "nombres": "Héctor Manuel Villalobos Urdaneta", "nacionalidad": "VE", "documento_identidad": "14567234",
        "telefono": "+584143345120", "correo": "hmvillalobos@gmail.com"}, missing=["carne_extranjeria"]))

_ap32 = K.sign_pdf(K.text_pdf([
    "Señores Comisión Especial para los Refugiados",
    "",
    "Yo, WILMER JOSÉ PACHECO OCHOA, de nacionalidad venezolana, identificado con cédula de identidad "
    "V-23.654.870, interpongo recurso de apelación contra la resolución que confirma la denegatoria de mi "
    "solicitud.",
    "",
    "Motivo: la Comisión consideró que Venezuela ya no presenta violación masiva de derechos humanos, "
    "sin evaluar mi situación particular como exfuncionario que denunció actos de corrupción.",
    "",
    "Celular: +51 981 450 327",
    "Correo: wilmerpacheco77@gmail.com",
    "",
    "Lima, 4 de diciembre de 2026",
], title="RECURSO DE APELACIÓN", signer_line="Wilmer José Pacheco Ochoa"), "WILMER JOSE PACHECO OCHOA")
add("apelacion-ong-reenvia-en-plazo-gracias-a-feriados", "2026-12-07 15:30:26", M,
    "Ana Lucía Torres <legal@redsolidariafs.org>", "Fwd: Recurso de apelación",
    body="""Buenas tardes, reenviamos el recurso de apelación del Sr. Wilmer Pacheco con su escrito firmado digitalmente (adjunto). Por favor acusar recibo.

Ana Lucía Torres
Programa Legal - Red Solidaria Frontera Sur

---------- Forwarded message ---------
From: Wilmer José Pacheco <wilmerpacheco77@gmail.com>
Date: Fri, Dec 4, 2026 at 9:41 PM
Subject: Recurso de apelación
To: <legal@redsolidariafs.org>

Buenas noches señora Ana, le mando el recurso firmado. La resolución que confirma la denegatoria me la notificaron el día 16-11-2026, no pude mandarlo antes porque no tenía el certificado de firma. Gracias por todo.

Wilmer
""",
    attach=[pdf("apelacion_wilmer_pacheco_firmado.pdf", _ap32)], notif=dt.date(2026, 11, 16),
    label=L("apelacion", "cargo", {
        "nombres": "WILMER JOSÉ PACHECO OCHOA", "nacionalidad": "VE", "documento_identidad": "V23654870",
        "telefono": "+51981450327", "correo": "wilmerpacheco77@gmail.com",
        "motivo": "la Comisión consideró que Venezuela ya no presenta violación masiva de derechos humanos"},
        signature="valid"))

# ---------------------------------------------------------------- Tue 8 Dec (feriado)
add("consulta-estado-expediente", "2026-12-08 10:00:55", S,
    "Ronald Acosta <ronaldacosta.m@gmail.com>", "Consulta",
    body="""Buen día, quisiera saber en qué estado está mi expediente, presenté todo hace 8 meses y no he tenido respuesta.

Ronald Acosta Medina
Carné de solicitante 2025-0112233
Pasaporte 171234098

Gracias.
""",
    label=L(None, "triage", {
        "nombres": "Ronald Acosta Medina", "documento_identidad": "171234098",
        "correo": "ronaldacosta.m@gmail.com"}))

_rec34 = K.sign_pdf(K.text_pdf([
    "Señores de la Comisión Especial para los Refugiados:",
    "",
    "Ysbelia Carolina Torrealba Nieves, cédula de identidad V-19.345.210, teléfono +51 951-478-236, correo "
    "ysbeliatorrealba@gmail.com, interpongo recurso de reconsideración contra la Resolución N° "
    "1215-2026/CEPR-SE, notificada el 25 de noviembre de 2026.",
    "",
    "Motivo: adjunto nueva prueba, la constancia de la ONG Provea sobre las amenazas que recibí como "
    "dirigente vecinal en Valencia, que no pude obtener antes.",
    "",
    "Lima, 8 de diciembre de 2026",
    "Atentamente,",
], title="RECURSO DE RECONSIDERACIÓN", signer_line="Ysbelia Carolina Torrealba Nieves"),
    "YSBELIA CAROLINA TORREALBA NIEVES")
_rec34 = K.tamper(_rec34, "Valencia", "Maracay ")
add("reconsideracion-pdf-alterado-documentos-distintos", "2026-12-08 21:00:37", M,
    "Ysbelia Torrealba <ysbeliatorrealba@gmail.com>", "RECURSO DE RECONSIDERACION - YSBELIA TORREALBA",
    body="""Buenas noches, envío recurso de reconsideración firmado.

Mis datos: Ysbelia Carolina Torrealba Nieves, pasaporte 152347896, teléfono 951 478 236, correo ysbeliatorrealba@gmail.com.
""",
    attach=[pdf("reconsideracion_torrealba.pdf", _rec34)], notif=dt.date(2026, 11, 25),
    label=L("reconsideracion", "subsanar", {
        "nombres": "Ysbelia Carolina Torrealba Nieves", "documento_identidad": "152347896",
        "telefono": "+51951478236", "correo": "ysbeliatorrealba@gmail.com",
        "motivo": "adjunto nueva prueba, la constancia de la ONG Provea sobre las amenazas que recibí"},
        missing=["firma"], signature="invalid"))

# ---------------------------------------------------------------- Wed 9 Dec (feriado)
add("prorroga-ecuatoriana-tabulada", "2026-12-09 09:15:03", R,
    "Verónica Paredes <vero.paredes.ec@gmail.com>", "Prórroga de residencia",
    body="""Estimados señores, buenos días.
Solicito la prórroga de residencia anual. Mis datos:

Nombres y apellidos\tVerónica Elizabeth Paredes Mora
Sexo\tF
Nacionalidad\tEcuador
Cédula\t0923456781
C.E.\t000345678
Fecha de nacimiento\t1985-11-02
Teléfono\t+51 984 320 117

Atentamente,
Verónica Paredes
""",
    recognised=True,
    label=L("prorroga_residencia", "acuse", {
        "nombres": "Verónica Elizabeth Paredes Mora", "sexo": "F", "nacionalidad": "EC",
        "documento_identidad": "0923456781", "carne_extranjeria": "000345678", "fecha_nacimiento": "1985-11-02",
        "telefono": "+51984320117", "correo": "vero.paredes.ec@gmail.com"}))

add("ayuda-que-hago-despues-denegatoria", "2026-12-09 16:00:24", M,
    "eduardo salcedo <edsalcedo88@hotmail.com>", "Ayuda",
    body="""buenas tardes me llego una carta diciendo que me negaron el refugio y no entiendo que tengo que hacer ahora, alguien me puede explicar?

soy venezolano, Eduardo Salcedo Pérez, mi whatsapp es 0414-7781234

gracias
""",
    label=L(None, "triage", {
        "nombres": "Eduardo Salcedo Pérez", "nacionalidad": "VE", "telefono": "+584147781234",
        "correo": "edsalcedo88@hotmail.com"}))

# ---------------------------------------------------------------- Thu 10 Dec
add("re-cambio-clave-envia-telefono-faltante", "2026-12-10 08:40:12", S,
    "Andreína Lugo <andreinalugo.r@gmail.com>", "RE: Cambio de clave y contraseña",
    body="""Buenos días, soy Andreína Lugo Rivero, les envío lo que faltaba: mi teléfono es 9 1234 5678.

Saludos

El jue, 3 dic 2026 a las 11:02, Solicitantes Refugio <solicitantesrefugio@rree.gob.pe> escribió:
> Estimada solicitante:
> Su pedido de Cambio de clave y contraseña (registro CEPR-S-2026-004512) está incompleto.
> Falta: teléfono de contacto.
> Envíe lo que falta respondiendo a este correo hasta el 10/12/2026.
> Secretaría Ejecutiva - CEPR
>
> El mié, 2 dic 2026 a las 20:14, Andreína Lugo <andreinalugo.r@gmail.com> escribió:
>> Buenas noches, solicito cambio de clave y contraseña.
>> Nombres y apellidos: Andreína Lugo Rivero
>> Pasaporte: 163987452
>> Correo: andreinalugo.r@gmail.com
""",
    headers={"In-Reply-To": "<cepr-s-2026-004512@rree.gob.pe>", "References": "<cepr-s-2026-004512@rree.gob.pe>"},
    label=L("cambio_clave", "acuse", {
        "nombres": "Andreína Lugo Rivero", "documento_identidad": "163987452", "telefono": "+51912345678",
        "correo": "andreinalugo.r@gmail.com"}))

_rec38 = K.sign_pdf(K.text_pdf([
    "Sumilla: Recurso de reconsideración",
    "",
    "JULIO CÉSAR ZEGARRA VILLANUEVA, abogado con registro CAL 38910, en representación de YOSELIN ANDREA "
    "MÁRQUEZ DUQUE, titular del pasaporte N° 113456789, interpone recurso de reconsideración contra la "
    "Resolución N° 1187-2026/CEPR, notificada con fecha 1 de diciembre de 2026.",
    "",
    "Motivo: se aporta nueva prueba (informe psicológico del CEM y constancia de la Fiscalía) que acredita "
    "la violencia de género sufrida por la recurrente y la falta de protección estatal en su país.",
    "",
    "Notificaciones: jczegarra@zegarraabogados.com.pe / 999 321 654",
], title="RECURSO DE RECONSIDERACIÓN", signer_line="Julio César Zegarra Villanueva - CAL 38910"),
    "JULIO CESAR ZEGARRA VILLANUEVA")
add("reconsideracion-abogado-solo-su-contacto", "2026-12-10 09:05:44", M,
    "Dr. Julio César Zegarra <jczegarra@zegarraabogados.com.pe>",
    "Recurso de reconsideración - Exp. 2025-004871",
    body="""Señores
Comisión Especial para los Refugiados
Presente.-

JULIO CÉSAR ZEGARRA VILLANUEVA, abogado (CAL 38910), DNI 09876543, en representación de la señora YOSELIN ANDREA MÁRQUEZ DUQUE, titular del carné de solicitante N° 2024-0051234 y del pasaporte N° 113456789, interpongo recurso de reconsideración contra la Resolución N° 1187-2026/CEPR, notificada con fecha 1 de diciembre de 2026.

Motivo: se aporta nueva prueba (informe psicológico del CEM y constancia de la Fiscalía) que acredita la violencia de género sufrida por mi patrocinada.

Para efectos de notificación señalo mi correo jczegarra@zegarraabogados.com.pe y mi celular 999 321 654.

Adjunto escrito firmado digitalmente.

Atentamente,
Julio César Zegarra Villanueva
""",
    attach=[pdf("reconsideracion_marquez_duque.pdf", _rec38)], notif=dt.date(2026, 12, 1),
    label=L("reconsideracion", "cargo", {
        "nombres": "YOSELIN ANDREA MÁRQUEZ DUQUE", "documento_identidad": "113456789", "telefono": "+51999321654",
        "correo": "jczegarra@zegarraabogados.com.pe",
        "motivo": "se aporta nueva prueba (informe psicológico del CEM y constancia de la Fiscalía)"},
        signature="valid"))

_den39 = K.scan_image([
    "POLICIA NACIONAL DEL PERU",
    "Comisaria de La Victoria",
    "DENUNCIA N 30133417",
    "Denunciante: LOUIS Jean Robert",
    "Hecho: robo al paso - documentos",
    "Fecha: 07/12/2026",
], seed=39, fmt="JPEG", size=(1100, 900))
add("duplicado-de-carnet-haitiano-foto-denuncia", "2026-12-10 10:05:09", R,
    "Jean Robert Louis <jrlouis.ht@gmail.com>", "Duplicado de carnet",
    body="""Bonjou. Solicito duplicado de mi carné de extranjería de refugiado, me lo robaron en la calle el lunes. Adjunto foto de la denuncia.

Nombre: Jean Robert Louis
Sexo: masculino
Nacionalidad: haitiana
Pasaporte: PP0452187
Carné de extranjería: 000712456
Fecha de nacimiento: 07-09-1983
Teléfono: +51 926 318 440

Mèsi anpil
""",
    attach=[jpg("denuncia.jpg", _den39)], denuncia=True, recognised=True,
    label=L("duplicado_carne_extranjeria", "acuse", {
        "nombres": "Jean Robert Louis", "sexo": "M", "nacionalidad": "HT", "documento_identidad": "PP0452187",
        "carne_extranjeria": "000712456", "fecha_nacimiento": "1983-09-07", "telefono": "+51926318440",
        "correo": "jrlouis.ht@gmail.com", "motivo": "me lo robaron en la calle el lunes"}))

_ap40 = K.text_pdf([
    "Señores de la Comisión Especial para los Refugiados:",
    "",
    "Yo, Oriana Sofía Blanco Salas, de nacionalidad venezolana, con pasaporte N° 149876543 y cédula de "
    "identidad V-25.678.901, interpongo recurso de apelación contra la resolución que confirma la "
    "denegatoria de mi solicitud, notificada el 27 de noviembre de 2026.",
    "",
    "Motivo: no se valoró el informe médico legal que acredita la agresión que sufrí por parte de "
    "funcionarios de la GNB, ni la denuncia que presenté ante el Ministerio Público.",
    "",
    "Correo electrónico: orianablanco.s@gmail.com",
    "",
    "Lima, 9 de diciembre de 2026",
], title="RECURSO DE APELACIÓN", sig_image_seed=40, signer_line="Oriana Sofía Blanco Salas")
add("apelacion-pdf-firma-imagen-sin-telefono", "2026-12-10 12:00:31", M,
    "Oriana Blanco <orianablanco.s@gmail.com>", "Recurso de Apelación",
    body="""Buenas tardes, adjunto mi recurso de apelación con mi firma.
Saludos, Oriana.
""",
    attach=[pdf("recurso_apelacion_OBlanco.pdf", _ap40)], notif=dt.date(2026, 11, 27),
    recv_tz=dt.timezone.utc, date_tz=ZoneInfo("Europe/Madrid"),
    label=L("apelacion", "subsanar", {
        "nombres": "Oriana Sofía Blanco Salas", "nacionalidad": "VE", "documento_identidad": "149876543",
        "correo": "orianablanco.s@gmail.com",
        "motivo": "no se valoró el informe médico legal que acredita la agresión que sufrí"},
        missing=["telefono"], signature="manuscrita", flags=["verificar_firma"]))

_carta41 = K.scan_image([
    "Lima, 10 de diciembre de 2026",
    "",
    "Sres. CEPR",
    "Solicito autorizacion de viaje a Santiago de Chile",
    "desde el 14/12/2026 hasta el 10/01/2027.",
    "Mi madre sera operada del corazon.",
    "",
    "Alirio Rafael Mendoza Campos",
    "CE 001122334",
], seed=41, fmt="JPEG")
add("autorizacion-viaje-foto-desde-hasta", "2026-12-10 16:55:06", R,
    "Alirio Mendoza <aliriomendoza.cl@gmail.com>", "autorización de viaje",
    body="""Señores, adjunto la solicitud firmada (foto). Datos:

Alirio Rafael Mendoza Campos / CE 001122334 / celular 967-890-123
Destino: Santiago de Chile
Viajo desde el 14/12/2026 hasta el 10/01/2027
Motivo: mi madre será operada del corazón en Santiago el 16 de diciembre y necesita acompañante.

Gracias
""",
    attach=[jpg("IMG_20261210_164812.jpg", _carta41)], recognised=True,
    label=L("autorizacion_viaje", "acuse", {
        "nombres": "Alirio Rafael Mendoza Campos", "carne_extranjeria": "001122334", "telefono": "+51967890123",
        "destino": "Santiago de Chile", "fecha_salida": "2026-12-14", "fecha_retorno": "2027-01-10",
        "motivo": "mi madre será operada del corazón en Santiago el 16 de diciembre y necesita acompañante.",
        "correo": "aliriomendoza.cl@gmail.com"}, signature="manuscrita", flags=["verificar_firma"]))


def _bounce():
    orig = EmailMessage()
    orig["From"] = "Mesa de Partes RREE <mesadepartes@rree.gob.pe>"
    orig["To"] = "yelitzamorales.apel@gmial.com"
    orig["Subject"] = "Cargo - Recurso de Apelación - Registro MP-2026-018832"
    orig["Date"] = "Thu, 10 Dec 2026 17:29:40 -0500"
    orig["Message-ID"] = "<mp-2026-018832@rree.gob.pe>"
    orig.set_content("Se deja constancia de la recepción de su Recurso de Apelación.\n"
                     "Registro: MP-2026-018832\n")
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.attach(MIMEText(
        "This is the mail system at host mx1.rree.gob.pe.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<yelitzamorales.apel@gmial.com>: Host or domain name not found. Name service error\n"
        "    for name=gmial.com type=MX: Host not found\n", "plain", "us-ascii"))
    from email.message import Message
    ds = MIMEBase("message", "delivery-status")
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; mx1.rree.gob.pe"
    per_msg["Arrival-Date"] = "Thu, 10 Dec 2026 17:29:41 -0500"
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; yelitzamorales.apel@gmial.com"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.4.4"
    per_rcpt["Diagnostic-Code"] = "X-Postfix; Host or domain name not found."
    ds.set_payload([per_msg, per_rcpt])
    rep.attach(ds)
    rep.attach(MIMEMessage(orig))
    return rep


add("ignorado-rebote-cargo-apelacion", "2026-12-10 17:30:02", M,
    "Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>",
    "Undelivered Mail Returned to Sender: Cargo - Recurso de Apelación",
    raw=_bounce(), headers={"Auto-Submitted": "auto-replied"},
    label=L("apelacion", "ignorado", {}))

# ---------------------------------------------------------------- Fri 11 Dec
add("actualizacion-telefono-con-datos-de-hija-y-madre", "2026-12-11 08:30:16", S,
    "Katherine Salas <kathy.salas.26@gmail.com>", "actualizacion de datos",
    body="""Hola buenos días

Quiero actualizar mi teléfono. Mi nuevo celular es 9 7012 3456. En caso no me ubiquen pueden llamar a mi mamá en Venezuela al 0414-5567890.

También les cuento que mi hija Valentina (pasaporte 162345789) está incluida en mi expediente.

Mis datos: Katherine Salas Ortiz, venezolana, cédula V-26.789.012, solicitante de refugio.

Gracias!!
""",
    label=L("actualizacion_datos", "acuse", {
        "nombres": "Katherine Salas Ortiz", "nacionalidad": "VE", "documento_identidad": "V26789012",
        "telefono": "+51970123456", "correo": "kathy.salas.26@gmail.com"}))

_ren44 = K.sign_pdf(K.text_pdf([
    "Señores Comisión Especial para los Refugiados",
    "",
    "Yo, Jairo Alberto Pineda Castaño, de nacionalidad colombiana, identificado con cédula de ciudadanía "
    "CC 79.845.112 y carné de extranjería N° 000654789, refugiado reconocido, manifiesto mi decisión de "
    "RENUNCIAR a la condición de refugiado.",
    "",
    "Motivo: me radicaré definitivamente en España, donde obtuve la residencia por arraigo familiar.",
    "",
    "Teléfono: (01) 332-4455",
    "",
    "Lima, 10 de diciembre de 2026",
], title="RENUNCIA A LA CONDICIÓN DE REFUGIADO", signer_line="Jairo Alberto Pineda Castaño"),
    "JAIRO ALBERTO PINEDA CASTANO")
add("renuncia-colombiano-firmada-digital", "2026-12-11 09:20:48", M,
    "Jairo A. Pineda <jairopineda.co@gmail.com>", "Renuncia",
    body="""Buenos días,

Adjunto mi escrito de renuncia a la condición de refugiado, firmado digitalmente.

Resumen de mis datos:
Nombre: Jairo Alberto Pineda Castaño
Nacionalidad: colombiana
Documento: CC 79.845.112
Carné de extranjería: 000654789
Teléfono fijo: (01) 332-4455
Motivo: me radicaré definitivamente en España, donde obtuve la residencia por arraigo familiar.

Mi hijo menor, Tomás Pineda, pasaporte AT123456, continuará su trámite junto con su madre.

Atentamente,
Jairo A. Pineda
""",
    attach=[pdf("renuncia_pineda_firmada.pdf", _ren44)], recognised=True,
    label=L("renuncia", "acuse", {
        "nombres": "Jairo Alberto Pineda Castaño", "nacionalidad": "CO", "documento_identidad": "79845112",
        "carne_extranjeria": "000654789", "telefono": "+5113324455", "correo": "jairopineda.co@gmail.com",
        "motivo": "me radicaré definitivamente en España, donde obtuve la residencia por arraigo familiar."},
        signature="valid"))

add("actualizacion-refugiada-cubana-buzon-refugiados", "2026-12-11 11:11:11", R,
    "Yamilé Hernández <yamilehernandez88@gmail.com>", "Actualización de Datos",
    body="""Buen día. Soy refugiada reconocida y necesito actualizar mi domicilio y mi teléfono.

Nombres - Yamilé Hernández Zayas
Nacionalidad - cubana
Carné de identidad - 88011054321
Carné de extranjería - 000998877
Teléfono - +51 943-876-210
Nuevo domicilio - Calle Las Begonias 245, Lince

Saludos
""",
    recognised=True,
    label=L("actualizacion_datos", "acuse", {
        "nombres": "Yamilé Hernández Zayas", "nacionalidad": "CU", "documento_identidad": "88011054321",
        "carne_extranjeria": "000998877", "telefono": "+51943876210", "correo": "yamilehernandez88@gmail.com"},
        flags=["derivado"]))

_via46 = K.sign_pdf(K.text_pdf([
    "Nombres y apellidos: Robert Alexander Chirinos Colmenares",
    "Carné de extranjería N°: 000845127",
    "Teléfono: +51 1 456 7890",
    "Destino: Guayaquil, Ecuador",
    "Fecha de salida: 23 de diciembre de 2026",
    "Fecha de retorno: 2 de enero de 2027",
    "Motivo: acompañar a mi esposa en el parto de nuestro hijo, adelantado por cesárea.",
], title="FORMATO - AUTORIZACIÓN DE VIAJE (URGENCIA)", signer_line="Robert Alexander Chirinos Colmenares"),
    "ROBERT ALEXANDER CHIRINOS COLMENARES")
add("autorizacion-viaje-anios-cortos-y-pdf", "2026-12-11 12:15:35", R,
    "Robert Chirinos <rchirinos.c@gmail.com>", "Autorización de viaje - urgente",
    body="""Sres. Secretaría Ejecutiva CEPR

Solicito autorización de viaje urgente a Guayaquil, Ecuador, del 23/12/26 al 02/01/27, para acompañar a mi esposa en el parto de nuestro hijo, que se adelantó y será por cesárea.

Robert Alexander Chirinos Colmenares, CE N° 000845127, teléfono +51 1 456 7890.

Adjunto el formato firmado con certificado digital.
""",
    attach=[pdf("formato_viaje_chirinos.pdf", _via46)], recognised=True,
    label=L("autorizacion_viaje", "acuse", {
        "destino": "Guayaquil, Ecuador", "fecha_salida": "2026-12-23", "fecha_retorno": "2027-01-02",
        "motivo": "para acompañar a mi esposa en el parto de nuestro hijo",
        "nombres": "Robert Alexander Chirinos Colmenares", "carne_extranjeria": "000845127",
        "telefono": "+5114567890", "correo": "rchirinos.c@gmail.com"}, signature="valid"))

add("urgente-prorroga-o-duplicado", "2026-12-11 14:00:52", R,
    "Luisana Mejías <luisanamejias@gmail.com>", "URGENTE",
    body="""Buenas tardes, necesito ayuda urgente: mi carné de extranjería se vence este mes y además lo perdí, no sé si tengo que pedir la prórroga de residencia o el duplicado del carné de extranjería primero.

Soy Luisana Mejías Torres, refugiada, pasaporte 138765901, CE 000543219, cel 958 741 236.

Gracias
""",
    recognised=True,
    label=L(None, "triage", {
        "nombres": "Luisana Mejías Torres", "documento_identidad": "138765901", "carne_extranjeria": "000543219",
        "telefono": "+51958741236", "correo": "luisanamejias@gmail.com",
        "motivo": "mi carné de extranjería se vence este mes y además lo perdí"}))

add("cambio-clave-en-mesa-de-partes-con-copia-oculta", "2026-12-11 18:30:27", M,
    "Santiago Ramírez <santiramirez.co@gmail.com>", "Solicito cambio de clave y contraseña",
    to="Santiago Ramírez <santiramirez.co@gmail.com>",
    body="""Cordial saludo.

Solicito el cambio de clave y contraseña del sistema de refugiados.

Santiago Ramírez Londoño
Nacionalidad colombiana
Pasaporte AV876543
Celular +51 9 4411 2233
Correo santiramirez.co@gmail.com

Quedo atento.
""",
    label=L("cambio_clave", "acuse", {
        "nombres": "Santiago Ramírez Londoño", "nacionalidad": "CO", "documento_identidad": "AV876543",
        "telefono": "+51944112233", "correo": "santiramirez.co@gmail.com"}, flags=["derivado"]))

# ---------------------------------------------------------------- Sat 12 / Sun 13 Dec
add("pedido-de-refugio-en-mesa-de-partes", "2026-12-12 13:00:44", M,
    "Yunior Castañeda <yuniorcastaneda95@gmail.com>", "Pedido de refugio",
    body="""Buenas tardes. Soy cubano, llegué al Perú por Tacna en noviembre. Quiero presentar una solicitud de refugio, ¿dónde la hago?

Mi nombre es Yunior Castañeda Leyva, carnet de identidad 95120367891. Mi teléfono cubano es +53 5 2345678, aquí todavía no tengo línea.

Gracias de antemano.
""",
    label=L("solicitud_refugio", "portal", {
        "nombres": "Yunior Castañeda Leyva", "nacionalidad": "CU", "documento_identidad": "95120367891",
        "telefono": "+5352345678", "correo": "yuniorcastaneda95@gmail.com"}))

add("reprogramacion-entrevista-registro", "2026-12-12 22:10:18", S,
    "Fiorella Guzmán <fiorellaguzman.v@gmail.com>", "Reprogramación entrevista de registro",
    body="""Hola! Me llegó la cita para la entrevista de registro el 15/12/2026 a las 10:00, ¿se puede cambiar la fecha?

Fiorella Guzmán Vera - pasaporte 159874123 - 944 556 677

Mil gracias
""",
    label=L("entrevista_registro", "portal", {
        "nombres": "Fiorella Guzmán Vera", "documento_identidad": "159874123", "telefono": "+51944556677",
        "correo": "fiorellaguzman.v@gmail.com"}))

add("rv-autorizacion-trabajo-reenviada", "2026-12-13 09:00:37", S,
    "Wendy Ochoa <wendy.ochoa.trabajo@gmail.com>", "RV: Autorización de Trabajo Virtual",
    body="""Reenvío mi consulta de hace dos semanas.

________________________________
De: Wendy Ochoa <wendyochoa1999@hotmail.com>
Enviado: lunes, 23 de noviembre de 2026 18:02
Para: solicitantesrefugio@rree.gob.pe <solicitantesrefugio@rree.gob.pe>
Asunto: Autorización de Trabajo Virtual

Buenas tardes, quiero sacar mi autorización de trabajo virtual pero no encuentro dónde. Wendy Carolina Ochoa Pérez, pasaporte 172345680, teléfono 915 007 342.
""",
    label=L("autorizacion_trabajo", "portal", {
        "nombres": "Wendy Carolina Ochoa Pérez", "documento_identidad": "172345680", "telefono": "+51915007342",
        "correo": "wendy.ochoa.trabajo@gmail.com"}))

add("carnet-solicitante-cuando-lo-entregan", "2026-12-13 11:30:03", S,
    "Edgar Tovar <edgartovar.l@gmail.com>", "carnet de solicitante",
    body="""buenos dias, ya hice mi entrevista en octubre y queria saber cuando me entregan el carne de solicitante de refugio.

Mi nombre es Edgar Alexis Tovar Linares, venezolano, ced. 27.123.456, telf 987-456-123.

gracias
""",
    label=L("carne_solicitante", "suspendido", {
        "nombres": "Edgar Alexis Tovar Linares", "nacionalidad": "VE", "documento_identidad": "27123456",
        "telefono": "+51987456123", "correo": "edgartovar.l@gmail.com"}))


# =================================================================== writer
def build_email(m):
    t = m["received"]
    frm_addr = addr_of(m["frm"])
    lag = m["date_lag"] if m["date_lag"] is not None else _rnd.randint(4, 95)
    sent = t - dt.timedelta(seconds=lag)
    if m["raw"] is not None:
        msg = m["raw"]
    else:
        msg = EmailMessage()
        if m["body"] is not None and m["html"] is not None:
            msg.set_content(m["body"])
            msg.add_alternative(m["html"], subtype="html")
        elif m["html"] is not None:
            msg.set_content(m["html"], subtype="html")
        else:
            msg.set_content(m["body"])
        for name, data, maint, subt in m["attach"]:
            msg.add_attachment(data, maintype=maint, subtype=subt, filename=name)
    # headers: Received first (newest on top)
    top, low = received_headers(frm_addr, m["mailbox"], t, m["recv_tz"])
    hdrs = [("Return-Path", f"<{frm_addr}>"), ("Received", top), ("Received", low),
            ("Delivered-To", m["mailbox"])]
    body_hdrs = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or m["mailbox"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(sent.astimezone(m["date_tz"]) if m["date_tz"] else sent)
    dom = frm_addr.split("@")[-1]
    msg["Message-ID"] = msgid(dom)
    for k, v in m["headers"].items():
        msg[k] = v
    if "MIME-Version" not in [k for k, _ in body_hdrs]:
        msg["MIME-Version"] = "1.0"
    for k, v in body_hdrs:
        msg[k] = v
    return msg


def expected(m):
    """Re-derive missing / outcome / flags from the hand label, to catch slips."""
    lab = m["label"]
    proc, f = lab["procedure"], lab["fields"]
    sig = lab["signature"]
    if lab["outcome"] == "ignorado":
        return lab["missing"], lab["outcome"], lab["flags"]
    if proc is None:
        return [], "triage", []
    if proc in PORTAL:
        return [], "portal", []
    if proc == "carne_solicitante":
        miss = []
    else:
        miss = []
        for r in REQ[proc]:
            if r == "firma":
                if sig in ("invalid", "absent"):
                    miss.append("firma")
            elif r == "denuncia_policial":
                if not m["denuncia"]:
                    miss.append(r)
            elif r == "carne_extranjeria*":
                if m["recognised"] and "carne_extranjeria" not in f:
                    miss.append("carne_extranjeria")
            elif r not in f:
                miss.append(r)
    flags = []
    if HOME[proc] != m["mailbox"]:
        flags.append("derivado")
    if proc in RECURSOS and m["notif"] is not None:
        if filing_day(m["received"]) > add_business(m["notif"], 15):
            flags.append("extemporaneo")
    if sig == "manuscrita":
        flags.append("verificar_firma")
    if proc == "carne_solicitante":
        out = "suspendido"
    elif miss:
        out = "subsanar"
    elif proc in RECURSOS:
        out = "cargo"
    else:
        out = "acuse"
    return miss, out, flags


def main():
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    MSGS.sort(key=lambda m: m["received"])
    rows = []
    for i, m in enumerate(MSGS, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        lab = m["label"]
        # signature must be not_required for procedures without firma
        proc = lab["procedure"]
        needs_firma = proc in REQ and "firma" in REQ[proc]
        if lab["outcome"] in ("ignorado", "portal", "triage") or not needs_firma:
            assert lab["signature"] == "not_required", fname
        miss, out, flags = expected(m)
        assert miss == lab["missing"], (fname, miss, lab["missing"])
        assert out == lab["outcome"], (fname, out, lab["outcome"])
        assert sorted(flags) == sorted(lab["flags"]), (fname, flags, lab["flags"])
        if lab["outcome"] != "ignorado" and addr_of(m["frm"]) not in INSTITUTIONAL:
            assert "correo" in lab["fields"], fname
        # attachments' signature status sanity
        for name, data, maint, subt in m["attach"]:
            if subt == "pdf":
                intact = K.signature_intact(data)
                text = K.pdf_text(data).strip()
                if lab["signature"] == "valid":
                    pass
                if intact is False:
                    assert lab["signature"] == "invalid", fname
        filing = filing_day(m["received"])
        if lab["outcome"] in ("ignorado", "portal", "triage", "suspendido"):
            due = None
        elif lab["outcome"] == "subsanar":
            due = add_business(filing, 2)
        else:
            due = add_business(filing, PLAZO[proc])
        msg = build_email(m)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(msg.as_bytes())
        rows.append({
            "file": fname, "mailbox": m["mailbox"], "received": m["received"].isoformat(),
            "procedure": proc, "fields": lab["fields"], "missing": lab["missing"],
            "signature": lab["signature"], "outcome": lab["outcome"], "flags": lab["flags"],
            "filing_date": filing.isoformat(), "due_date": due.isoformat() if due else None,
        })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
