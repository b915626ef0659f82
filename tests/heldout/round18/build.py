#!/usr/bin/env python3
"""Round 18: an ordinary busy fortnight (Mon 30 Nov - Sun 13 Dec 2026) at the CEPR office.

Writes NNN-slug.eml files and labels.jsonl into this folder.
Run with the r18 venv:  /work/rounds/.venv-r18/bin/python build.py
"""
import datetime as dt
import json
import os
import random
import sys
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import holidays

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdftools as P  # noqa: E402

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])

MP = "mesadepartes@rree.gob.pe"
SR = "solicitantesrefugio@rree.gob.pe"
RF = "refugiados@rree.gob.pe"

HOME = {
    "solicitud_refugio": None, "autorizacion_trabajo": None, "entrevista_registro": None,
    "carne_solicitante": SR, "actualizacion_datos": SR, "cambio_clave": SR,
    "reconsideracion": MP, "apelacion": MP, "renuncia": MP,
    "prorroga_residencia": RF, "duplicado_carne_extranjeria": RF, "autorizacion_viaje": RF,
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}


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
    if is_business(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_business(d)


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


# ------------------------------------------------------------------ messages
MESSAGES = []


def M(slug, mailbox, when, frm, subject, text=None, html=None, atts=(), to=None,
      date_tz=None, date_lag=None, extra_headers=(), utc_received=False, raw=None,
      label=None, notif=None, refugee=None):
    """when: (Y, M, D, h, m, s) Lima time of reception."""
    MESSAGES.append(dict(slug=slug, mailbox=mailbox, when=when, frm=frm, subject=subject,
                         text=text, html=html, atts=list(atts), to=to, date_tz=date_tz,
                         date_lag=date_lag, extra_headers=list(extra_headers),
                         utc_received=utc_received, raw=raw, label=label, notif=notif,
                         refugee=refugee))


def L(procedure, fields, missing, signature, outcome, flags=()):
    return dict(procedure=procedure, fields=fields, missing=list(missing), signature=signature,
                outcome=outcome, flags=list(flags))


def pdf_att(name, data):
    return ("application/pdf", name, data)


def jpg_att(name, data):
    return ("image/jpeg", name, data)


# ---- 001 ---------------------------------------------------------------
M("actualizacion-sin-puntuacion", SR, (2026, 11, 30, 8, 12, 33),
  "yorgelis mendoza <ycmendoza@hotmail.com>", "actualizacion de datos",
  text="hola buenos dias quiero actualizar mis datos porque cambie de numero y de correo mi nombre "
       "es yorgelis carolina mendoza perez soy venezolana mi cedula es 24.567.890 mi numero nuevo es "
       "912345678 y mi correo nuevo es yorgelis.mendoza94@gmail.com porque el otro ya no lo abro "
       "gracias dios los bendiga\n\nEnviado desde mi Galaxy",
  date_tz=-4,
  label=L("actualizacion_datos",
          {"nombres": "yorgelis carolina mendoza perez", "nacionalidad": "VE",
           "documento_identidad": "24567890", "telefono": "+51912345678",
           "correo": "yorgelis.mendoza94@gmail.com", "motivo": "cambie de numero y de correo"},
          [], "not_required", "acuse"))

# ---- 002 ---------------------------------------------------------------
M("cambio-clave-carta-formal", SR, (2026, 11, 30, 9, 40, 10),
  "Andres Felipe Castaño <afcastano.ruiz@outlook.com>", "Cambio de clave y contraseña",
  text="""Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

De mi especial consideración:

Yo, Andrés Felipe Castaño Ruiz, de nacionalidad colombiana, identificado con cédula de
ciudadanía N.° 1.036.654.321, me dirijo a ustedes para solicitar el cambio de clave y
contraseña de mi usuario en el Sistema de Refugiados, pues no recuerdo la contraseña y la
opción de recuperación no me envía ningún mensaje.

Para cualquier comunicación:
Teléfono: 986 112 430
Correo electrónico: afcastano.ruiz@outlook.com

Agradeciendo de antemano la atención que brinden a la presente, quedo de ustedes.

Atentamente,

Andrés Felipe Castaño Ruiz
""",
  label=L("cambio_clave",
          {"nombres": "Andrés Felipe Castaño Ruiz", "nacionalidad": "CO",
           "documento_identidad": "1036654321", "telefono": "+51986112430",
           "correo": "afcastano.ruiz@outlook.com",
           "motivo": "no recuerdo la contraseña y la opción de recuperación no me envía ningún mensaje"},
          [], "not_required", "acuse"))

# ---- 003 ---------------------------------------------------------------
_t003 = [
    "SUMILLA: Interpone recurso de apelación",
    "",
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
    "",
    "JESÚS ALBERTO GONZÁLEZ RIVAS, de nacionalidad venezolana, identificado con pasaporte",
    "N° 131245678, con domicilio en Av. Próceres de la Independencia 2210, San Juan de",
    "Lurigancho, Lima, ante usted respetuosamente digo:",
    "",
    "Que interpongo RECURSO DE APELACIÓN contra la Resolución Directoral N° 1187-2026-RE/CEPR",
    "de fecha 28 de octubre de 2026, notificada el 13 de noviembre de 2026, que declaró",
    "infundada mi reconsideración.",
    "",
    "FUNDAMENTOS: la resolución no valoró los informes de país que acreditan la persecución",
    "a exfuncionarios que denunciaron irregularidades, ni mi detención arbitraria en 2024,",
    "documentada en la constancia del Foro Penal que adjunté a mi solicitud.",
    "",
    "Celular: +51 951 234 880    Correo: jesusgonzalezr77@gmail.com",
    "",
    "Lima, 27 de noviembre de 2026",
    "Jesús Alberto González Rivas (firmado digitalmente)",
]
M("apelacion-abogada-clinica-firmada", MP, (2026, 11, 30, 10, 5, 48),
  "Carmen Rosa Villanueva Tello <cvillanueva@clinicamigrante.org.pe>",
  "Recurso de Apelación - Jesús Alberto González Rivas",
  text="""Señores
Mesa de Partes Digital – Ministerio de Relaciones Exteriores

Buenos días:

En mi calidad de abogada de la Clínica Jurídica de Atención al Migrante, remito el recurso de
apelación interpuesto por el señor JESÚS ALBERTO GONZÁLEZ RIVAS, de nacionalidad venezolana,
identificado con pasaporte N° 131245678, contra la Resolución Directoral N° 1187-2026-RE/CEPR
de fecha 28 de octubre de 2026, notificada el 13 de noviembre de 2026.

El escrito, firmado digitalmente, va adjunto en PDF.

Datos de contacto del recurrente (para notificaciones):
  celular +51 951 234 880
  correo jesusgonzalezr77@gmail.com

Quedo atenta al cargo de recepción.

--
Dra. Carmen Rosa Villanueva Tello
Abogada – Reg. CAL 58213
Clínica Jurídica de Atención al Migrante
Telf. (01) 626-2000 anexo 4412
cvillanueva@clinicamigrante.org.pe
""",
  atts=[pdf_att("Apelacion_Gonzalez_Rivas_firmado.pdf", P.signed_pdf(_t003))],
  notif=dt.date(2026, 11, 13),
  label=L("apelacion",
          {"nombres": "Jesús Alberto González Rivas", "nacionalidad": "VE",
           "documento_identidad": "131245678", "telefono": "+51951234880",
           "correo": "jesusgonzalezr77@gmail.com",
           "motivo": "la resolución no valoró los informes de país que acreditan la persecución"},
          [], "valid", "cargo"))

# ---- 004 ---------------------------------------------------------------
M("solicitud-refugio-haitiano-portal", RF, (2026, 11, 30, 11, 30, 2),
  "Wilner JB <wjeanbaptiste@yahoo.fr>", "Solicitud de Refugio",
  text="""Bonjour, buenos dias

me llamo Wilner Jean-Baptiste, soy haitiano, pasaporte RD4582931. Llegue a Lima hace dos
semanas por Tumbes con mi esposa. En Haiti las bandas quemaron nuestra casa en Croix-des-Bouquets.
Quiero pedir refugio en Peru, como hago la solicitud? donde tengo que ir?

mi telefono 940 556 112

Merci beaucoup
Wilner
""",
  label=L("solicitud_refugio",
          {"nombres": "Wilner Jean-Baptiste", "nacionalidad": "HT",
           "documento_identidad": "RD4582931", "telefono": "+51940556112",
           "correo": "wjeanbaptiste@yahoo.fr",
           "motivo": "las bandas quemaron nuestra casa en Croix-des-Bouquets"},
          [], "not_required", "portal"))

# ---- 005 ---------------------------------------------------------------
M("prorroga-html-tabla", RF, (2026, 11, 30, 13, 15, 20),
  "Luisana Rondón <luisana.rondon@gmail.com>", "Prórroga de Residencia",
  html="""<html><body style="font-family:Arial">
<p>Buenas tardes, estimados señores.</p>
<p>Por medio del presente solicito la <b>prórroga anual de residencia</b>. Les dejo mis datos:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th align="left">Dato</th><th align="left">Información</th></tr>
<tr><td>Nombres y Apellidos</td><td>Luisana Beatriz Rondón Aguilera</td></tr>
<tr><td>Sexo</td><td>Femenino</td></tr>
<tr><td>Nacionalidad</td><td>Venezolana</td></tr>
<tr><td>N° Pasaporte</td><td>148829301</td></tr>
<tr><td>N° Carné de Extranjería</td><td>001876245</td></tr>
<tr><td>Fecha de nacimiento</td><td>22/08/1991</td></tr>
<tr><td>Teléfono</td><td>+51 962 004 517</td></tr>
</table>
<p>Muchas gracias por su atención.<br>Luisana Rondón</p>
</body></html>""",
  label=L("prorroga_residencia",
          {"nombres": "Luisana Beatriz Rondón Aguilera", "sexo": "F", "nacionalidad": "VE",
           "documento_identidad": "148829301", "carne_extranjeria": "001876245",
           "fecha_nacimiento": "1991-08-22", "telefono": "+51962004517",
           "correo": "luisana.rondon@gmail.com"},
          [], "not_required", "acuse"))

# ---- 006 ---------------------------------------------------------------
_t006 = ["Lima, 30 de noviembre de 2026", "", "Señores CEPR", "",
         "Yo Diana Marcela Ospina Quintero, colombiana,",
         "cedula 1.093.778.210, renuncio a mi solicitud",
         "de refugio porque regreso a Colombia a cuidar",
         "a mi mamá que está enferma.", "", "Atentamente", ""]
M("renuncia-foto-carta-despues-cierre", MP, (2026, 11, 30, 17, 5, 44),
  "Diana Ospina <dianita.ospina93@gmail.com>", "RENUNCIA",
  text="""Buenas tardes señores

Adjunto foto de mi carta de renuncia firmada a mano (no tengo escaner).

Me llamo Diana Marcela Ospina Quintero, soy colombiana, cédula 1.093.778.210.
Renuncio a mi solicitud de refugio porque regreso a Colombia a cuidar a mi mamá que está enferma,
ya no necesito la protección.
Mi número de allá es +57 311 456 7722 (whatsapp).

Gracias por todo
Diana
""",
  atts=[jpg_att("carta_renuncia.jpg", P.scan_jpeg(_t006, seed=6))],
  label=L("renuncia",
          {"nombres": "Diana Marcela Ospina Quintero", "nacionalidad": "CO",
           "documento_identidad": "1093778210", "telefono": "+573114567722",
           "correo": "dianita.ospina93@gmail.com",
           "motivo": "regreso a Colombia a cuidar a mi mamá que está enferma"},
          [], "manuscrita", "acuse", ["verificar_firma"])
  )

# ---- 007 ---------------------------------------------------------------
_t007 = [
    "SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)",
    "",
    "Señores de la Comisión Especial para los Refugiados:",
    "",
    "Yo, Rafael Eduardo Linares Bermúdez, refugiado reconocido, con Carné de Extranjería",
    "N° 000934512, solicito autorización de viaje por la siguiente urgencia: mi padre fue",
    "hospitalizado por un infarto y debo acompañarlo durante su operación.",
    "",
    "Destino: Maracaibo, Venezuela",
    "Fechas del viaje: del 14/12/2026 al 04/01/2027",
    "Teléfono de contacto: 997 341 208",
    "",
    "Lima, 30 de noviembre de 2026",
    "Rafael Eduardo Linares Bermúdez",
]
M("viaje-pdf-firmado-datos-solo-pdf", RF, (2026, 11, 30, 19, 48, 10),
  "Rafael Linares <rlinares.b@gmail.com>", "Autorización de Viaje",
  text="Buenas noches, adjunto mi solicitud de autorización de viaje firmada digitalmente.\n"
       "Quedo atento.\n\nRafael\n",
  atts=[pdf_att("solicitud_viaje_RLinares.pdf", P.signed_pdf(_t007))],
  label=L("autorizacion_viaje",
          {"nombres": "Rafael Eduardo Linares Bermúdez", "carne_extranjeria": "000934512",
           "destino": "Maracaibo, Venezuela", "fecha_salida": "2026-12-14",
           "fecha_retorno": "2027-01-04", "telefono": "+51997341208",
           "correo": "rlinares.b@gmail.com",
           "motivo": "mi padre fue hospitalizado por un infarto y debo acompañarlo durante su operación"},
          [], "valid", "acuse"))

# ---- 008 ---------------------------------------------------------------
_den008 = [
    "POLICÍA NACIONAL DEL PERÚ",
    "COMISARÍA PNP SAN MARTÍN DE PORRES",
    "",
    "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 4581273",
    "",
    "Siendo las 10:40 horas del 28 de noviembre de 2026 se presentó el ciudadano cubano",
    "Yunior Alexis Cabrera Fonseca, quien denuncia el robo de su billetera conteniendo",
    "su Carné de Extranjería, en el interior de un vehículo de transporte público.",
    "",
    "Se expide la presente a solicitud del interesado.",
]
M("duplicado-lista-flechas-denuncia-pdf", RF, (2026, 12, 1, 7, 55, 31),
  "Yunior Cabrera <yuniorcabrera85@nauta.cu>", "Duplicado de carné de extranjería",
  text="""Buenos dias, pido el duplicado de mi carne de extranjeria

NOMBRE -> Yunior Alexis Cabrera Fonseca
SEXO -> M
PAIS -> Cuba
CARNET IDENTIDAD -> 85071234567
C.E. -> 001456239
NACIO -> 12-07-1985
CEL -> 955 218 664

me robaron la billetera en el micro el sabado, adjunto la denuncia de la comisaria.
saludos
""",
  atts=[pdf_att("denuncia_policial_PNP.pdf", P.text_pdf(_den008))],
  label=L("duplicado_carne_extranjeria",
          {"nombres": "Yunior Alexis Cabrera Fonseca", "sexo": "M", "nacionalidad": "CU",
           "documento_identidad": "85071234567", "carne_extranjeria": "001456239",
           "fecha_nacimiento": "1985-07-12", "telefono": "+51955218664",
           "correo": "yuniorcabrera85@nauta.cu",
           "motivo": "me robaron la billetera en el micro el sabado"},
          [], "not_required", "acuse"))

# ---- 009 ---------------------------------------------------------------
M("respuesta-automatica-prorroga", RF, (2026, 12, 1, 9, 2, 11),
  "Carlos Pineda <cpineda.arq@gmail.com>",
  "Respuesta automática: Prórroga de residencia - Registro CEPR-R-2026-04412",
  text="Hola, estoy de viaje hasta el 7 de diciembre con acceso limitado al correo.\n"
       "Responderé a su mensaje a mi regreso.\n\nCarlos Pineda\n",
  extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  label=L("prorroga_residencia", {}, [], "not_required", "ignorado"))

# ---- 010 ---------------------------------------------------------------
_t010 = [
    "RECURSO DE RECONSIDERACIÓN",
    "",
    "Señores Comisión Especial para los Refugiados",
    "",
    "Yo, María Gabriela Sulbarán Ochoa, venezolana, cédula de identidad V-19.876.543,",
    "interpongo recurso de reconsideración contra la resolución que denegó mi solicitud,",
    "notificada el 24 de noviembre de 2026.",
    "",
    "Motivo: la resolución no tomó en cuenta las amenazas que recibí de los colectivos en",
    "Barquisimeto; adjunto como nueva prueba la constancia del Ministerio Público.",
    "",
    "Teléfono: 944 120 387",
    "Correo: mgsulbaran@gmail.com",
    "",
    "Firma: ______________________",
]
M("reconsideracion-pdf-texto-sin-firma", MP, (2026, 12, 1, 10, 20, 5),
  "María Gabriela Sulbarán <mgsulbaran@gmail.com>", "Recurso de reconsideracion",
  text="Buenos días, envío mi recurso de reconsideración contra la resolución que me negó el "
       "refugio, notificada el 24 de noviembre de 2026. Adjunto el escrito.\n\nMaría Gabriela\n",
  atts=[pdf_att("reconsideracion.pdf", P.text_pdf(_t010))],
  notif=dt.date(2026, 11, 24),
  label=L("reconsideracion",
          {"nombres": "María Gabriela Sulbarán Ochoa", "nacionalidad": "VE",
           "documento_identidad": "V19876543", "telefono": "+51944120387",
           "correo": "mgsulbaran@gmail.com",
           "motivo": "la resolución no tomó en cuenta las amenazas que recibí de los colectivos"},
          ["firma"], "absent", "subsanar"))

# ---- 011 ---------------------------------------------------------------
M("carne-solicitante-haitiana", SR, (2026, 12, 1, 11, 45, 30),
  "Mirlande Pierre-Louis <mirlandepl@gmail.com>", "Carné de solicitante",
  text="""Buen dia señores

mi nombre es Mirlande Pierre-Louis de Haiti, tengo mi expediente de refugio desde marzo
y quiero sacar mi carné de solicitante porque en el banco no aceptan el papel impreso.
Pasaporte PP3308715
Tel 925 887 103

Merci, gracias
""",
  label=L("carne_solicitante",
          {"nombres": "Mirlande Pierre-Louis", "nacionalidad": "HT",
           "documento_identidad": "PP3308715", "telefono": "+51925887103",
           "correo": "mirlandepl@gmail.com",
           "motivo": "en el banco no aceptan el papel impreso"},
          [], "not_required", "suspendido"))

# ---- 012 ---------------------------------------------------------------
M("cambio-clave-hija-por-padre", SR, (2026, 12, 1, 12, 30, 40),
  "Andreína Villalobos <andreina.villalobos.m@gmail.com>",
  "Cambio de clave - Sr. Hernán José Villalobos",
  text="""Buenas tardes.

Les escribo en nombre de mi papá, el señor Hernán José Villalobos Suárez, de 78 años, que no
maneja bien la computadora. Él olvidó la contraseña del Sistema de Refugiados y necesitamos el
cambio de clave.

Sus datos:
Pasaporte N° 084512377
El correo que tiene registrado en el sistema es hjvillalobos1948@hotmail.com

Cualquier cosa pueden llamarme a mí, que soy su hija y lo ayudo con todo, al 987 220 915.
Yo soy Andreína Villalobos Mata, mi cédula es V-20.554.118, por si la necesitan.

Muchas gracias de antemano.
Andreína
""",
  label=L("cambio_clave",
          {"nombres": "Hernán José Villalobos Suárez", "documento_identidad": "084512377",
           "telefono": "+51987220915", "correo": "hjvillalobos1948@hotmail.com",
           "motivo": "olvidó la contraseña del Sistema de Refugiados"},
          [], "not_required", "acuse"))

# ---- 013 ---------------------------------------------------------------
M("actualizacion-refugiado-sin-carne", SR, (2026, 12, 1, 15, 10, 0),
  "Byron Quishpe <byronquishpe@gmail.com>", "Actualizacion de datos de contacto",
  text="""Estimados señores:

Soy refugiado reconocido desde el año 2023 y me cambié de domicilio, por eso escribo.

Nombre: Segundo Byron Quishpe Tituaña
Nacionalidad: ecuatoriana
Cédula: 1719283746
Nueva dirección: Jr. Los Pinos 345, San Juan de Lurigancho
Nuevo celular: 968-330-412

Saludos cordiales,
Byron
""",
  refugee=True,
  label=L("actualizacion_datos",
          {"nombres": "Segundo Byron Quishpe Tituaña", "nacionalidad": "EC",
           "documento_identidad": "1719283746", "telefono": "+51968330412",
           "correo": "byronquishpe@gmail.com", "motivo": "me cambié de domicilio"},
          ["carne_extranjeria"], "not_required", "subsanar"))

# ---- 014 ---------------------------------------------------------------
_t014 = [
    "RECURSO DE APELACIÓN",
    "",
    "Yo, Kelvin José Marcano Díaz, de nacionalidad venezolana, pasaporte 152233908,",
    "apelo la resolución que confirmó la denegatoria de mi condición de refugiado.",
    "",
    "Motivo: en mi caso no se consideró que fui funcionario de la alcaldía de Cumaná y que",
    "por negarme a participar en actos del partido fui amenazado y despedido.",
    "",
    "Celular: +51 923 618 004 - Correo: kelvinjmarcano@gmail.com",
    "",
    "Kelvin José Marcano Díaz",
]
M("apelacion-extemporanea-antes-cierre", MP, (2026, 12, 1, 16, 29, 40),
  "Kelvin Marcano <kelvinjmarcano@gmail.com>", "APELACION - Kelvin Jose Marcano",
  text="buenas tardes adjunto recurso de apelacion firmado digitalmente. Me notificaron la "
       "resolucion el 03-11-2026, disculpen la demora estuve enfermo y hospitalizado.\n\n"
       "Kelvin José Marcano Díaz\npasaporte 152233908\ncel +51 923 618 004\n"
       "kelvinjmarcano@gmail.com\n",
  date_tz=-4,
  atts=[pdf_att("apelacion_kmarcano.pdf", P.signed_pdf(_t014))],
  notif=dt.date(2026, 11, 3),
  label=L("apelacion",
          {"nombres": "Kelvin José Marcano Díaz", "nacionalidad": "VE",
           "documento_identidad": "152233908", "telefono": "+51923618004",
           "correo": "kelvinjmarcano@gmail.com",
           "motivo": "no se consideró que fui funcionario de la alcaldía de Cumaná"},
          [], "valid", "cargo", ["extemporaneo"]))

# ---- 015 ---------------------------------------------------------------
M("permiso-trabajo-portal", SR, (2026, 12, 1, 16, 45, 12),
  "jhonny piñango <jhonnyrp27@gmail.com>", "permiso de trabajo",
  text="hola necesito el permiso de trabajo para que me contraten en una empresa de "
       "reparto, ya tengo mi expediente, como lo saco?\n\nGracias\nJhonny Rafael Piñango\n"
       "V-27.123.456\n",
  label=L("autorizacion_trabajo",
          {"nombres": "Jhonny Rafael Piñango", "documento_identidad": "V27123456",
           "correo": "jhonnyrp27@gmail.com",
           "motivo": "para que me contraten en una empresa de reparto"},
          [], "not_required", "portal"))

# ---- 016 ---------------------------------------------------------------
M("ayuda-sin-tramite-triage", SR, (2026, 12, 1, 22, 10, 5),
  "Odalys Ferrer <odalysferrer.b@gmail.com>", "Ayuda",
  text="""Buenas noches.

Llevo 8 meses esperando respuesta y nadie me contesta el teléfono de la oficina, ya no sé a quién
acudir. Mi expediente es el 2026-00881. Me llamo Odalys Ferrer Batista, soy cubana.
Pueden llamarme al 951 447 209 a cualquier hora.

Por favor ayúdenme, no sé qué hacer.
""",
  label=L(None,
          {"nombres": "Odalys Ferrer Batista", "nacionalidad": "CU",
           "telefono": "+51951447209", "correo": "odalysferrer.b@gmail.com"},
          [], "not_required", "triage"))

# ---- 017 ---------------------------------------------------------------
M("renovacion-residencia-buzon-equivocado", SR, (2026, 12, 2, 8, 30, 15),
  "Jhon Fredy Marulanda <jfmarulanda@hotmail.com>", "Renovación de residencia",
  text="Buenos días, requiero tramitar la prórroga anual de mi residencia como refugiado.\n"
       "Nombres: Jhon Fredy Marulanda Ocampo / Nacionalidad: Colombia / Pasaporte: AT512287 / "
       "CE: 000782314 / Celular: 917 550 236\n\nGracias.\n",
  label=L("prorroga_residencia",
          {"nombres": "Jhon Fredy Marulanda Ocampo", "nacionalidad": "CO",
           "documento_identidad": "AT512287", "carne_extranjeria": "000782314",
           "telefono": "+51917550236", "correo": "jfmarulanda@hotmail.com"},
          ["sexo", "fecha_nacimiento"], "not_required", "subsanar", ["derivado"]))

# ---- 018 ---------------------------------------------------------------
_t018 = [
    "Lima, 1 de diciembre de 2026",
    "",
    "Señores",
    "Secretaría Ejecutiva de la Comisión Especial para los Refugiados",
    "",
    "Asunto: Renuncia a la condición de refugiada",
    "",
    "Yo, Ana Victoria Urbina Colmenares, de nacionalidad venezolana, con cédula de identidad",
    "V-14.332.901, pasaporte 118806542 y Carné de Extranjería N° 000612870, comunico mi",
    "decisión libre y voluntaria de renunciar a la condición de refugiada reconocida en el Perú.",
    "",
    "Motivo: he obtenido la nacionalidad española y fijaré mi residencia en Madrid.",
    "",
    "Teléfono: (01) 719-3300",
    "",
    "Ana Victoria Urbina Colmenares",
]
M("renuncia-refugiada-pdf-firmado", MP, (2026, 12, 2, 9, 15, 33),
  "Ana Victoria Urbina <avurbina@gmail.com>", "Renuncia a la condición de refugiado",
  text="""Señores de la Secretaría Ejecutiva:

Reciban un cordial saludo. Adjunto mi carta de renuncia, firmada digitalmente.

Mis datos: Ana Victoria Urbina Colmenares, nacionalidad venezolana, cédula V-14.332.901,
pasaporte 118806542, Carné de Extranjería 000612870, teléfono (01) 719-3300.
Motivo: he obtenido la nacionalidad española y fijaré mi residencia en Madrid.

Agradezco su atención.

Atentamente,
Ana Victoria Urbina Colmenares
""",
  atts=[pdf_att("Renuncia_AVUrbina.pdf", P.signed_pdf(_t018))],
  label=L("renuncia",
          {"nombres": "Ana Victoria Urbina Colmenares", "nacionalidad": "VE",
           "documento_identidad": "V14332901", "carne_extranjeria": "000612870",
           "telefono": "+5117193300", "correo": "avurbina@gmail.com",
           "motivo": "he obtenido la nacionalidad española y fijaré mi residencia en Madrid"},
          [], "valid", "acuse"))

# ---- 019 ---------------------------------------------------------------
M("re-actualizacion-cita-respuesta-oficina", SR, (2026, 12, 2, 10, 0, 27),
  "Nelson Arráez <nelson.arraez.p@gmail.com>",
  "RE: Actualización de datos - Registro CEPR-SR-2026-03318",
  text="""Buenos días, disculpen la demora, aquí van mis datos completos.

Nombres y apellidos: Nelson Enrique Arráez Pacheco
Nacionalidad: venezolana
Cédula: V-16.224.780
Teléfono: 964 775 031

Gracias.

El mié, 25 nov 2026 a las 11:04, Solicitantes Refugio (<solicitantesrefugio@rree.gob.pe>) escribió:
> Estimado(a) usuario(a):
>
> Hemos recibido su solicitud de Actualización de datos (Registro CEPR-SR-2026-03318).
> Para continuar el trámite falta: Teléfono de contacto; N° Pasaporte y/o Cédula.
> Plazo para subsanar: 27/11/2026.
>
> Secretaría Ejecutiva de la Comisión Especial para los Refugiados
> Central telefónica (01) 204-2400
> solicitantesrefugio@rree.gob.pe
""",
  label=L("actualizacion_datos",
          {"nombres": "Nelson Enrique Arráez Pacheco", "nacionalidad": "VE",
           "documento_identidad": "V16224780", "telefono": "+51964775031",
           "correo": "nelson.arraez.p@gmail.com"},
          [], "not_required", "acuse"))

# ---- 020 ---------------------------------------------------------------
M("entrevista-registro-portal", SR, (2026, 12, 2, 11, 20, 49),
  "Génesis Torrealba <genesis.torrealba@gmail.com>", "Entrevista de registro",
  text="Buenos días, registré mi solicitud en línea hace 3 semanas y aún no me llega la cita "
       "para la entrevista de registro. ¿Cuándo me la darán?\n\nMi nombre es Génesis Alejandra "
       "Torrealba, pasaporte 161004233.\nWhatsapp +58 424 118 2290\n",
  date_tz=-4,
  label=L("entrevista_registro",
          {"nombres": "Génesis Alejandra Torrealba", "documento_identidad": "161004233",
           "telefono": "+584241182290", "correo": "genesis.torrealba@gmail.com"},
          [], "not_required", "portal"))

# ---- 021 ---------------------------------------------------------------
M("permiso-viaje-rango-sin-firma-sin-carne", RF, (2026, 12, 2, 14, 0, 3),
  "Leidy Cárdenas <leidyjcardenas@gmail.com>", "permiso de viaje urgente",
  text="""Señores buenas tardes

Soy refugiada reconocida y necesito viajar de urgencia a Cali, Colombia, porque mi mamá será
operada del corazón y no tiene quién la cuide. Viajaría del 22 al 29 de diciembre de 2026.

Mis datos: Leidy Johana Cárdenas Mosquera, cédula de ciudadanía 1.144.092.336,
celular 934 602 118.

Quedo atenta, muchas gracias
""",
  label=L("autorizacion_viaje",
          {"nombres": "Leidy Johana Cárdenas Mosquera", "documento_identidad": "1144092336",
           "destino": "Cali, Colombia", "fecha_salida": "2026-12-22",
           "fecha_retorno": "2026-12-29", "telefono": "+51934602118",
           "correo": "leidyjcardenas@gmail.com",
           "motivo": "mi mamá será operada del corazón y no tiene quién la cuide"},
          ["firma", "carne_extranjeria"], "absent", "subsanar"))

# ---- 022 ---------------------------------------------------------------
M("boletin-lista-correo", RF, (2026, 12, 2, 18, 30, 0),
  "Boletín Red Migrante <boletin@redmigrante.org>",
  "Boletín Red Migrante - Diciembre 2026: talleres y ferias de empleo",
  text="""BOLETÍN RED MIGRANTE – DICIEMBRE 2026

* Feria de empleo para personas migrantes: sábado 12 de diciembre, Parque de la Exposición.
* Taller gratuito de emprendimiento: inscripciones abiertas.
* Orientación legal gratuita los martes y jueves.

Para dejar de recibir este boletín responda con la palabra BAJA.
""",
  extra_headers=[("Precedence", "bulk"), ("List-Id", "Boletin Red Migrante <boletin.redmigrante.org>"),
                 ("List-Unsubscribe", "<mailto:baja@redmigrante.org>")],
  label=L(None, {}, [], "not_required", "ignorado"))

# ---- 023 ---------------------------------------------------------------
M("duplicado-prosa-sin-denuncia", RF, (2026, 12, 3, 8, 5, 41),
  "Carlos Mijares <cemijares79@gmail.com>", "duplicado de carnet de extranjeria",
  text="""Buen día, se me perdió el carnet de extranjería en una mudanza y necesito el duplicado.
Soy Carlos Eduardo Mijares Lugo, venezolano, de sexo masculino, nacido el 5 de mayo de 1979,
pasaporte 100923456 y cédula V-13.556.872, carné de extranjería 000541877, mi cel nuevo es
942 113 456.
Todavía no hice la denuncia en la comisaría, ¿es necesaria? Gracias
""",
  label=L("duplicado_carne_extranjeria",
          {"nombres": "Carlos Eduardo Mijares Lugo", "sexo": "M", "nacionalidad": "VE",
           "documento_identidad": "100923456", "carne_extranjeria": "000541877",
           "fecha_nacimiento": "1979-05-05", "telefono": "+51942113456",
           "correo": "cemijares79@gmail.com",
           "motivo": "se me perdió el carnet de extranjería en una mudanza"},
          ["denuncia_policial"], "not_required", "subsanar"))

# ---- 024 ---------------------------------------------------------------
_t024 = ["A la Comision Especial para los Refugiados", "",
         "Yo Jean Robert Dorvil, haitiano, pasaporte RD2247719,",
         "pido reconsideracion de la resolucion que niega",
         "mi refugio. Tengo pruebas nuevas de la persecucion",
         "politica en Puerto Principe: carta del partido",
         "y certificado medico de las heridas.", "",
         "Tel 977 014 552   jrdorvil@gmail.com", "", "Lima 2 de diciembre 2026", ""]
M("reconsideracion-pdf-escaneado", MP, (2026, 12, 3, 9, 30, 22),
  "robert dorvil <robertd1985@hotmail.com>", "Reconsideracion",
  text="""Señores, adjunto mi recurso de reconsideración escaneado y firmado a mano.
Fui notificado el 20/11/26.

Nombre: Jean Robert Dorvil
Nacionalidad: haitiana
Pasaporte: RD2247719
Teléfono: 977 014 552
Correo: jrdorvil@gmail.com
Motivo: pido que revisen de nuevo mi caso porque tengo pruebas nuevas de la persecución política
en Puerto Príncipe (carta del partido y certificado médico de las heridas).
""",
  atts=[pdf_att("recurso_escaneado.pdf", P.image_pdf(_t024, seed=24))],
  notif=dt.date(2026, 11, 20),
  label=L("reconsideracion",
          {"nombres": "Jean Robert Dorvil", "nacionalidad": "HT",
           "documento_identidad": "RD2247719", "telefono": "+51977014552",
           "correo": "jrdorvil@gmail.com",
           "motivo": "tengo pruebas nuevas de la persecución política en Puerto Príncipe"},
          [], "manuscrita", "cargo", ["verificar_firma"]))

# ---- 025 ---------------------------------------------------------------
M("cambio-contrasena-buzon-equivocado-sin-telefono", RF, (2026, 12, 3, 10, 45, 55),
  "Maria Fernanda Guaman <mafer.guaman@gmail.com>", "cambio de contraseña",
  text="buenos dias no puedo ingresar al sistema me sale clave incorrecta, solicito cambio de "
       "contraseña.\nMaria Fernanda Guamán Chicaiza, cedula 0925671843\n",
  label=L("cambio_clave",
          {"nombres": "Maria Fernanda Guamán Chicaiza", "documento_identidad": "0925671843",
           "correo": "mafer.guaman@gmail.com",
           "motivo": "no puedo ingresar al sistema me sale clave incorrecta"},
          ["telefono"], "not_required", "subsanar", ["derivado"]))

# ---- 026 ---------------------------------------------------------------
M("carne-solicitante-hijo-por-madre", SR, (2026, 12, 3, 12, 10, 7),
  "Luis Ángel Briceño <labriceno.dev@gmail.com>", "Carnet de solicitante para mi mamá",
  text="""Buenas tardes.

Escribo por mi madre, la señora Carmen Teresa Briceño de Rojas, venezolana, de 72 años,
cédula V-3.998.214. Ella ya tiene su expediente y necesita su carné de solicitante porque en la
clínica le piden un documento para atenderla.

Mi número es 981 556 030 por si necesitan coordinar algo, ella no usa celular.

Gracias,
Luis Ángel Briceño
""",
  label=L("carne_solicitante",
          {"nombres": "Carmen Teresa Briceño de Rojas", "nacionalidad": "VE",
           "documento_identidad": "V3998214", "telefono": "+51981556030",
           "correo": "labriceno.dev@gmail.com",
           "motivo": "en la clínica le piden un documento para atenderla"},
          [], "not_required", "suspendido"))

# ---- 027 ---------------------------------------------------------------
_t027 = [
    "RECURSO DE APELACION",
    "",
    "Contra la Resolucion N. 0934-2026-CEPR",
    "",
    "Yo, Oscar Ivan Restrepo Gallego, de nacionalidad colombiana, pasaporte AS338190,",
    "interpongo recurso de apelacion porque la resolucion no valoro las amenazas de",
    "las disidencias en el Cauca contra mi familia ni el desplazamiento que sufrimos.",
    "",
    "Celular: 951 603 774",
    "Correo: oirestrepo@gmail.com",
    "",
    "Oscar Ivan Restrepo Gallego",
]
M("apelacion-pdf-alterado-buzon-equivocado", RF, (2026, 12, 3, 15, 40, 18),
  "Oscar Restrepo <oirestrepo@gmail.com>", "Recurso de apelacion",
  text="Buenas tardes, remito recurso de apelación firmado digitalmente contra la Resolución "
       "N° 0934-2026-CEPR.\nFecha de notificación: 2026-11-25\n\nÓscar Restrepo\n",
  atts=[pdf_att("apelacion_firmada.pdf", P.altered_pdf(_t027, b"0934-2026", b"0984-2026"))],
  notif=dt.date(2026, 11, 25),
  label=L("apelacion",
          {"nombres": "Oscar Ivan Restrepo Gallego", "nacionalidad": "CO",
           "documento_identidad": "AS338190", "telefono": "+51951603774",
           "correo": "oirestrepo@gmail.com",
           "motivo": "la resolucion no valoro las amenazas de las disidencias en el Cauca"},
          ["firma"], "invalid", "subsanar", ["derivado"]))

# ---- 028 ---------------------------------------------------------------
M("actualizar-datos-prosa-refugiada", SR, (2026, 12, 3, 20, 15, 36),
  "Daniela Quintero <danielaqs.92@gmail.com>", "Actualizar mis datos",
  text="Buenas noches, les escribo para actualizar mis datos de contacto porque cambié de "
       "número. Mi nombre es Daniela Alejandra Quintero Salas, soy venezolana y refugiada "
       "reconocida, mi cédula es la V-21.456.009 y mi carné de extranjería el 001120563. "
       "Pueden llamarme al +51 913 882 640 o escribirme a este mismo correo.\n\nMil gracias.\n",
  label=L("actualizacion_datos",
          {"nombres": "Daniela Alejandra Quintero Salas", "nacionalidad": "VE",
           "documento_identidad": "V21456009", "carne_extranjeria": "001120563",
           "telefono": "+51913882640", "correo": "danielaqs.92@gmail.com",
           "motivo": "cambié de número"},
          [], "not_required", "acuse"))

# ---- 029 ---------------------------------------------------------------
M("solicitar-refugio-ecuatoriana-portal", MP, (2026, 12, 4, 9, 0, 50),
  "Karina Mora <karinamora.vera@hotmail.com>", "solicitar refugio",
  text="""Buenos días, soy ecuatoriana y tengo miedo de volver a mi país por las amenazas de una
banda en Guayaquil que extorsionaba mi negocio. Quiero solicitar refugio para mí y mis dos hijos.
¿Dónde lo hago? ¿Tengo que ir a alguna oficina?

Karina Elizabeth Mora Vera
cédula 0923451187
cel 962 117 508
""",
  label=L("solicitud_refugio",
          {"nombres": "Karina Elizabeth Mora Vera", "nacionalidad": "EC",
           "documento_identidad": "0923451187", "telefono": "+51962117508",
           "correo": "karinamora.vera@hotmail.com",
           "motivo": "amenazas de una banda en Guayaquil que extorsionaba mi negocio"},
          [], "not_required", "portal"))

# ---- 030 ---------------------------------------------------------------
M("prorroga-tabuladores-anio-dos-cifras", RF, (2026, 12, 4, 10, 30, 14),
  "Yanelis Rodriguez <yanelisrh@gmail.com>", "Prorroga de recidencia",
  text="Buenos dias, solicito la prorroga anual.\n\n"
       "Nombre completo\tYanelis Caridad Rodríguez Hechavarría\n"
       "Sexo\t\tFemenino\n"
       "Nacionalidad\tCubana\n"
       "Pasaporte\tK457812\n"
       "CE\t\t001398722\n"
       "F. nacimiento\t07/09/88\n"
       "Teléfono\t(01) 445-2210\n\nGracias\n",
  label=L("prorroga_residencia",
          {"nombres": "Yanelis Caridad Rodríguez Hechavarría", "sexo": "F", "nacionalidad": "CU",
           "documento_identidad": "K457812", "carne_extranjeria": "001398722",
           "fecha_nacimiento": "1988-09-07", "telefono": "+5114452210",
           "correo": "yanelisrh@gmail.com"},
          [], "not_required", "acuse"))

# ---- 031 ---------------------------------------------------------------
_t031 = [
    "Lima, 3 de diciembre de 2026",
    "",
    "Señores",
    "Comisión Especial para los Refugiados",
    "",
    "Yo, Marie Carmelle Étienne, de nacionalidad haitiana, con pasaporte N° PP5109934,",
    "renuncio a mi solicitud de refugio porque obtuve una visa de trabajo en Chile y",
    "viajaré a Santiago el próximo mes.",
    "",
    "Marie Carmelle Étienne",
]
M("renuncia-pdf-texto-sin-telefono", MP, (2026, 12, 4, 11, 50, 0),
  "Marie Carmelle Etienne <mcetienne@gmail.com>", "Renuncia al trámite de refugio",
  text="Bonjour, adjunto mi carta de renuncia.\n\nMarie Carmelle\n",
  atts=[pdf_att("carta_renuncia.pdf", P.text_pdf(_t031))],
  label=L("renuncia",
          {"nombres": "Marie Carmelle Étienne", "nacionalidad": "HT",
           "documento_identidad": "PP5109934", "correo": "mcetienne@gmail.com",
           "motivo": "obtuve una visa de trabajo en Chile"},
          ["firma", "telefono"], "absent", "subsanar"))

# ---- 032 ---------------------------------------------------------------
_t032 = ["Lima 4/12/2026", "", "Señores CEPR", "",
         "Yo Wilmer Antonio Sequera Paz, C.E. 000877403",
         "solicito autorizacion de viaje a Valencia, Venezuela",
         "desde el 20/12/2026 hasta el 10/01/2027", "por salud grave de mi hermano.", "",
         "Tlf 915 300 871", ""]
M("viaje-foto-firma-justo-cierre", RF, (2026, 12, 4, 16, 30, 5),
  "Wilmer Sequera <wilmersequera@gmail.com>", "AUTORIZACION DE VIAJE - URGENTE",
  text="""buenas tardes

nombre = Wilmer Antonio Sequera Paz
carne ext = 000877403
destino = Valencia, Venezuela
motivo = mi hermano esta en terapia intensiva y mi mamá está sola con él
salida/retorno = desde el 20 de diciembre de 2026 hasta el 10 de enero de 2027
telefono = 915 300 871

adjunto la carta firmada (foto)
""",
  atts=[jpg_att("IMG_20261204_162211.jpg", P.scan_jpeg(_t032, seed=32))],
  label=L("autorizacion_viaje",
          {"nombres": "Wilmer Antonio Sequera Paz", "carne_extranjeria": "000877403",
           "destino": "Valencia, Venezuela", "fecha_salida": "2026-12-20",
           "fecha_retorno": "2027-01-10", "telefono": "+51915300871",
           "correo": "wilmersequera@gmail.com",
           "motivo": "mi hermano esta en terapia intensiva y mi mamá está sola con él"},
          [], "manuscrita", "acuse", ["verificar_firma"]))

# ---- 033 ---------------------------------------------------------------
_t033 = [
    "SUMILLA: Recurso de Reconsideración",
    "",
    "SEÑOR SECRETARIO EJECUTIVO DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
    "",
    "Ramón Antonio Chirinos Blanco, de nacionalidad venezolana, identificado con pasaporte",
    "N.° 139044721, ante usted me presento y digo:",
    "",
    "Que interpongo recurso de reconsideración contra la resolución que deniega mi solicitud,",
    "la cual me fue notificada el 6 de noviembre de 2026, por cuanto presento nueva prueba:",
    "la orden de captura emitida en mi contra por participar en las protestas de 2024.",
    "",
    "Teléfono: 989 774 126 - Correo: rachirinos@yahoo.com",
    "",
    "Ramón Antonio Chirinos Blanco",
]
M("reconsideracion-sabado-extemporanea", MP, (2026, 12, 5, 10, 14, 9),
  "Ramón Chirinos <rachirinos@yahoo.com>", "Recurso de Reconsideración",
  text="""Señor Secretario Ejecutivo de la Comisión Especial para los Refugiados:

Yo, Ramón Antonio Chirinos Blanco, de nacionalidad venezolana, identificado con pasaporte
N.° 139044721, ante usted respetuosamente me presento y digo:

Que interpongo recurso de reconsideración contra la resolución que deniega mi solicitud, la cual
me fue notificada el 6 de noviembre de 2026, por cuanto presento nueva prueba: la orden de
captura emitida en mi contra por participar en las protestas de 2024.

Adjunto el escrito firmado digitalmente y la prueba.

Teléfono: 989 774 126
Correo: rachirinos@yahoo.com

Atentamente,
Ramón Antonio Chirinos Blanco
""",
  atts=[pdf_att("reconsideracion_firmada.pdf", P.signed_pdf(_t033))],
  notif=dt.date(2026, 11, 6),
  label=L("reconsideracion",
          {"nombres": "Ramón Antonio Chirinos Blanco", "nacionalidad": "VE",
           "documento_identidad": "139044721", "telefono": "+51989774126",
           "correo": "rachirinos@yahoo.com",
           "motivo": "presento nueva prueba: la orden de captura emitida en mi contra"},
          [], "valid", "cargo", ["extemporaneo"]))

# ---- 034 ---------------------------------------------------------------
M("urgente-cambio-clave-una-frase", SR, (2026, 12, 5, 15, 22, 47),
  "Yusmary CP <yusmary_cp@hotmail.com>", "Urgente",
  text="buenas tardes disculpen la molestia necesito el cambio de clave y contraseña del sistema "
       "de refugiados porque no me acuerdo y me bloquearon la cuenta mi nombre es Yusmary Josefina "
       "Colmenares Pinto mi pasaporte es 145502119 mi telefono 927 441 386 y mi correo es "
       "yusmary.colmenares@gmail.com gracias bendiciones",
  label=L("cambio_clave",
          {"nombres": "Yusmary Josefina Colmenares Pinto", "documento_identidad": "145502119",
           "telefono": "+51927441386", "correo": "yusmary.colmenares@gmail.com",
           "motivo": "no me acuerdo y me bloquearon la cuenta"},
          [], "not_required", "acuse"))

# ---- 035 ---------------------------------------------------------------
_den035 = ["POLICÍA NACIONAL DEL PERÚ - COMISARÍA MIRAFLORES", "",
           "DENUNCIA POR PÉRDIDA DE DOCUMENTOS", "", "Denunciante: Edwin Alexander Rojas Betancur",
           "Documento perdido: Carné de Extranjería", "Fecha: 28/11/2026", "", "Sello y firma"]
M("duplicado-domingo-mesa-partes-denuncia-foto", MP, (2026, 12, 6, 21, 0, 0),
  "Edwin Rojas <edwinrojasb83@gmail.com>", "Perdida de carnet de extranjeria - pido duplicado",
  text="""Cordial saludo.

Me dirijo a ustedes para solicitar el duplicado de mi carné de extranjería, el cual extravié el
pasado 28 de noviembre. Adjunto foto de la denuncia policial.

Nombres y apellidos: Edwin Alexander Rojas Betancur
Sexo: masculino
Nacionalidad: colombiana
Cédula de ciudadanía: 80.765.432
Carné de extranjería: 000691254
Fecha de nacimiento: 1983-02-17
Teléfono: +51 946 208 817

Atentamente,
Edwin A. Rojas B.
""",
  utc_received=True, date_tz=-5,
  atts=[jpg_att("denuncia_comisaria_miraflores.jpg", P.scan_jpeg(_den035, seed=35))],
  label=L("duplicado_carne_extranjeria",
          {"nombres": "Edwin Alexander Rojas Betancur", "sexo": "M", "nacionalidad": "CO",
           "documento_identidad": "80765432", "carne_extranjeria": "000691254",
           "fecha_nacimiento": "1983-02-17", "telefono": "+51946208817",
           "correo": "edwinrojasb83@gmail.com",
           "motivo": "extravié el pasado 28 de noviembre"},
          [], "not_required", "acuse", ["derivado"]))

# ---- 036 ---------------------------------------------------------------
M("rv-consulta-entrevista-portal", SR, (2026, 12, 7, 9, 30, 0),
  "Alexis Palencia <alexis.palencia91@gmail.com>", "RV: consulta fecha de entrevista",
  text="""Reenvío mi consulta porque no me han respondido.

---------- Forwarded message ---------
De: Alexis Palencia <alexis.palencia91@gmail.com>
Date: lun, 23 nov 2026 a las 18:12
Subject: consulta fecha de entrevista
To: <solicitantesrefugio@rree.gob.pe>

Hola, quisiera saber cuándo me programan la entrevista de registro, hice mi solicitud en línea
en octubre. Pasaporte 157300442.

Gracias
Alexis Palencia Ríos
""",
  label=L("entrevista_registro",
          {"nombres": "Alexis Palencia Ríos", "documento_identidad": "157300442",
           "correo": "alexis.palencia91@gmail.com"},
          [], "not_required", "portal"))

# ---- 037 ---------------------------------------------------------------
_t037 = [
    "RECURSO DE APELACIÓN",
    "",
    "Señores de la Comisión Especial para los Refugiados:",
    "",
    "Yo, Yohandry Coromoto Pérez Lugo, venezolana, con cédula de identidad V-25.118.443,",
    "interpongo recurso de apelación contra la resolución que confirmó la denegatoria de mi",
    "solicitud, notificado con fecha 16/11/2026.",
    "",
    "Motivo: la Comisión no consideró que soy activista LGTBI y que fui agredida por",
    "funcionarios policiales en Valencia, como consta en las fotografías y el informe médico.",
    "",
    "Teléfono: 936 418 207",
    "Correo: yohandryperez@gmail.com",
    "",
    "Yohandry Coromoto Pérez Lugo",
]
M("apelacion-feriado-puente-datos-en-pdf", MP, (2026, 12, 7, 11, 0, 31),
  "yoha <yoha.pl@hotmail.com>", "Apelación",
  text="Adjunto recurso.\nSaludos.\n",
  atts=[pdf_att("RECURSO_APELACION_YPEREZ.pdf", P.signed_pdf(_t037))],
  notif=dt.date(2026, 11, 16),
  label=L("apelacion",
          {"nombres": "Yohandry Coromoto Pérez Lugo", "nacionalidad": "VE",
           "documento_identidad": "V25118443", "telefono": "+51936418207",
           "correo": "yohandryperez@gmail.com",
           "motivo": "la Comisión no consideró que soy activista LGTBI y que fui agredida"},
          [], "valid", "cargo"))

# ---- 038 ---------------------------------------------------------------
M("interno-desde-buzon-institucional", MP, (2026, 12, 8, 13, 0, 0),
  "Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>",
  "RV: Actualización de datos - consolidado semanal",
  text="Colegas de mesa de partes:\n\nPara su conocimiento, se remite el consolidado semanal de "
       "solicitudes de actualización de datos atendidas.\n\nSaludos,\nEquipo Solicitantes\n",
  label=L("actualizacion_datos", {}, [], "not_required", "ignorado"))

# ---- 039 ---------------------------------------------------------------
M("actualizacion-carta-formal-sin-telefono", SR, (2026, 12, 8, 18, 0, 10),
  "Paola Andrea Giraldo <paola.giraldoh@outlook.com>", "Actualización de datos",
  text="""Señores
Comisión Especial para los Refugiados
Presente.—

De mi mayor consideración:

Por medio de la presente, yo, Paola Andrea Giraldo Henao, de nacionalidad colombiana, con
pasaporte N° AV118204, solicitante de refugio, me dirijo a ustedes para actualizar mi correo
electrónico, que en adelante será paola.giraldoh@outlook.com, ya que la cuenta anterior fue
hackeada.

Sin otro particular, me despido.

Atentamente,

Paola Andrea Giraldo Henao
""",
  label=L("actualizacion_datos",
          {"nombres": "Paola Andrea Giraldo Henao", "nacionalidad": "CO",
           "documento_identidad": "AV118204", "correo": "paola.giraldoh@outlook.com",
           "motivo": "la cuenta anterior fue hackeada"},
          ["telefono"], "not_required", "subsanar"))

# ---- 040 ---------------------------------------------------------------
M("prorroga-hija-por-madre-feriado", RF, (2026, 12, 9, 10, 0, 0),
  "Milagros Salazar <milagros.salazarv@gmail.com>", "Prórroga de residencia de mi madre",
  text="""Buenos días,

Escribo en representación de mi madre, que es refugiada reconocida y tiene 81 años. Sus datos:

- Nombres y apellidos: Elba Rosa Vargas de Salazar
- Sexo: Femenino
- Nacionalidad: Venezolana
- Cédula: V-2.114.567
- Carné de extranjería: 000388190
- Fecha de nacimiento: 3 de febrero de 1945
- Teléfono de contacto (el mío, vivo con ella): 999 301 554

Muchas gracias.

Milagros Salazar Vargas
C.E. 001203377
""",
  label=L("prorroga_residencia",
          {"nombres": "Elba Rosa Vargas de Salazar", "sexo": "F", "nacionalidad": "VE",
           "documento_identidad": "V2114567", "carne_extranjeria": "000388190",
           "fecha_nacimiento": "1945-02-03", "telefono": "+51999301554",
           "correo": "milagros.salazarv@gmail.com"},
          [], "not_required", "acuse"))

# ---- 041 ---------------------------------------------------------------
M("consulta-dos-tramites-triage", RF, (2026, 12, 9, 23, 50, 0),
  "Hector Zambrano <hlzambrano@gmail.com>", "Consulta",
  text="""Buenas noches, una consulta: ¿cuál es la diferencia entre la prórroga de residencia y el
duplicado del carné de extranjería? ¿Se pueden pedir los dos en el mismo correo o uno por uno?

Gracias.
Héctor Luis Zambrano, venezolano
""",
  label=L(None,
          {"nombres": "Héctor Luis Zambrano", "nacionalidad": "VE",
           "correo": "hlzambrano@gmail.com"},
          [], "not_required", "triage"))

# ---- 042 ---------------------------------------------------------------
_t042 = [
    "Lima, 9 de diciembre de 2026",
    "",
    "Señores",
    "Comisión Especial para los Refugiados",
    "",
    "Yo, Osmany Guerra Leyva, refugiado reconocido, Carné de Extranjería N° 001244986,",
    "solicito autorización para viajar a La Habana, Cuba, por motivo de urgencia: mi padre",
    "se encuentra en estado grave en el hospital Calixto García.",
    "",
    "Fecha de salida: 02/01/27",
    "Fecha de retorno: 16/01/27",
    "Teléfono: +51 958 660 213",
    "",
    "Osmany Guerra Leyva",
]
M("viaje-pdf-firmado-anios-dos-cifras", RF, (2026, 12, 10, 8, 0, 0),
  "Osmany Guerra <osmanyguerra@gmail.com>", "Solicitud de autorización de viaje",
  text="Buenos días. Adjunto la solicitud firmada digitalmente. Mi teléfono 958 660 213.\n\nOsmany\n",
  atts=[pdf_att("autorizacion_viaje_OGuerra.pdf", P.signed_pdf(_t042))],
  label=L("autorizacion_viaje",
          {"nombres": "Osmany Guerra Leyva", "carne_extranjeria": "001244986",
           "destino": "La Habana, Cuba", "fecha_salida": "2027-01-02",
           "fecha_retorno": "2027-01-16", "telefono": "+51958660213",
           "correo": "osmanyguerra@gmail.com",
           "motivo": "mi padre se encuentra en estado grave en el hospital"},
          [], "valid", "acuse"))

# ---- 043 ---------------------------------------------------------------
_t043 = [
    "Lima, 9 de diciembre de 2026",
    "",
    "Señores CEPR",
    "",
    "Yo, Gustavo Adolfo Ledezma Requena, de nacionalidad venezolana, refugiado reconocido,",
    "con pasaporte N° 124409871 y Carné de Extranjería N° 000455012, renuncio a la condición",
    "de refugiado por cuanto he decidido retornar a Venezuela para reunirme con mi familia.",
    "",
    "Teléfono: 956 221 470",
    "",
]
M("renuncia-pdf-con-firma-imagen", MP, (2026, 12, 10, 9, 30, 45),
  "Gustavo Ledezma <gaLedezma@gmail.com>", "Renuncia",
  text="Buenos días, adjunto en PDF mi renuncia firmada.\n\nSaludos cordiales,\nGustavo Adolfo Ledezma\n",
  atts=[pdf_att("renuncia_GLedezma.pdf",
                P.text_img_pdf(_t043, seed=43, after=["Gustavo Adolfo Ledezma Requena"]))],
  label=L("renuncia",
          {"nombres": "Gustavo Adolfo Ledezma Requena", "nacionalidad": "VE",
           "documento_identidad": "124409871", "carne_extranjeria": "000455012",
           "telefono": "+51956221470", "correo": "galedezma@gmail.com",
           "motivo": "he decidido retornar a Venezuela para reunirme con mi familia"},
          [], "manuscrita", "acuse", ["verificar_firma"]))

# ---- 044 ---------------------------------------------------------------
_den044 = ["POLICÍA NACIONAL DEL PERÚ", "COMISARÍA PNP LA VICTORIA", "",
           "CONSTANCIA DE DENUNCIA POLICIAL", "",
           "Se deja constancia que el ciudadano Frantz Augustin denunció el robo de su",
           "Carné de Extranjería el día 8 de diciembre de 2026.", "", "Instructor PNP"]
M("duplicado-haitiano-sin-fecha-nacimiento", RF, (2026, 12, 10, 11, 15, 20),
  "Frantz Augustin <frantzaugustin@gmail.com>", "Duplicado carne de extranjeria",
  text="""Buenos días. Me llamo Frantz Augustin, soy haitiano, de sexo masculino, refugiado
reconocido. Me robaron mi carné de extranjería N° 001009876 en el paradero. Mi pasaporte es
RD5560122. Mi celular es 940 781 335. Adjunto la constancia de la comisaría.

Gracias
""",
  atts=[pdf_att("constancia_pnp.pdf", P.text_pdf(_den044))],
  label=L("duplicado_carne_extranjeria",
          {"nombres": "Frantz Augustin", "sexo": "M", "nacionalidad": "HT",
           "documento_identidad": "RD5560122", "carne_extranjeria": "001009876",
           "telefono": "+51940781335", "correo": "frantzaugustin@gmail.com",
           "motivo": "Me robaron mi carné de extranjería"},
          ["fecha_nacimiento"], "not_required", "subsanar"))

# ---- 045 ---------------------------------------------------------------
_t045 = [
    "SUMILLA: Recurso de reconsideración",
    "",
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
    "",
    "LUIS MIGUEL CARVAJAL PARDO, de nacionalidad colombiana, identificado con pasaporte",
    "N° AR604913, debidamente representado por su abogado, interpone recurso de",
    "reconsideración contra la Resolución N° 1025-2026-RE/CEPR, notificada el 2 de",
    "noviembre de 2026, ofreciendo como nueva prueba la certificación de la Unidad para las",
    "Víctimas que lo reconoce como víctima de desplazamiento forzado en Tumaco.",
    "",
    "Manuel Ángel Soto Quispe - Abogado CAL 61022 (firmado digitalmente)",
]
M("reconsideracion-abogado-firma-extemporanea", MP, (2026, 12, 10, 14, 40, 2),
  "Dr. Manuel Ángel Soto Quispe <msoto@asesorialegalmigrantes.pe>",
  "Recurso de reconsideración - Luis Miguel Carvajal Pardo",
  text="""Señores Mesa de Partes:

Yo, Manuel Ángel Soto Quispe, identificado con DNI N° 41234567, abogado con Reg. CAL N° 61022,
en representación de don LUIS MIGUEL CARVAJAL PARDO, de nacionalidad colombiana, identificado
con pasaporte N° AR604913, interpongo recurso de reconsideración contra la Resolución
N° 1025-2026-RE/CEPR, notificada a mi patrocinado el 2 de noviembre de 2026.

Fundamento el recurso en nueva prueba: la certificación de la Unidad para las Víctimas que lo
reconoce como víctima de desplazamiento forzado en Tumaco, documento que no pudo obtener antes.

Se adjunta el escrito firmado digitalmente. Toda comunicación, por favor, a este despacho.

Atentamente,

Manuel Ángel Soto Quispe
Abogado – CAL 61022
Asesoría Legal para Migrantes
Cel. 987 610 245
msoto@asesorialegalmigrantes.pe
""",
  atts=[pdf_att("reconsideracion_CarvajalPardo.pdf", P.signed_pdf(_t045))],
  notif=dt.date(2026, 11, 2),
  label=L("reconsideracion",
          {"nombres": "Luis Miguel Carvajal Pardo", "nacionalidad": "CO",
           "documento_identidad": "AR604913", "telefono": "+51987610245",
           "correo": "msoto@asesorialegalmigrantes.pe",
           "motivo": "nueva prueba: la certificación de la Unidad para las Víctimas"},
          [], "valid", "cargo", ["extemporaneo"]))

# ---- 046 ---------------------------------------------------------------
_t046a = ["Señores Comision de Refugiados", "",
          "Yo Jefferson Stalin Caicedo Quiñónez", "ecuatoriano, apelo la decision",
          "que me niega el refugio porque no se", "considero que soy perseguido por",
          "el grupo Los Lobos en Esmeraldas.", ""]
_t046b = ["(continuación)", "", "Mataron a mi primo y a mi me", "buscan para cobrarse una deuda.",
          "", "Telefono 963 552 018", "", "Jefferson Caicedo", ""]
M("apelasion-fotos-sin-documento", MP, (2026, 12, 10, 17, 30, 0),
  "Jefferson Caicedo <jeffcaicedo93@gmail.com>", "Apelasion",
  text="""Buenas tardes, envío fotos de mi recurso de apelación firmado a mano (2 hojas).

Me llamo Jefferson Stalin Caicedo Quiñónez, ecuatoriano.
Motivo: no estoy de acuerdo con la decisión porque no se consideró que soy perseguido por el grupo
Los Lobos en Esmeraldas.
Teléfono 963 552 018, correo jeffcaicedo93@gmail.com
""",
  atts=[jpg_att("apelacion_pag1.jpg", P.scan_jpeg(_t046a, seed=461)),
        jpg_att("apelacion_pag2.jpg", P.scan_jpeg(_t046b, seed=462))],
  label=L("apelacion",
          {"nombres": "Jefferson Stalin Caicedo Quiñónez", "nacionalidad": "EC",
           "telefono": "+51963552018", "correo": "jeffcaicedo93@gmail.com",
           "motivo": "no se consideró que soy perseguido por el grupo Los Lobos en Esmeraldas"},
          ["documento_identidad"], "manuscrita", "subsanar", ["verificar_firma"]))

# ---- 047 ---------------------------------------------------------------
M("renovacion-autorizacion-trabajo-portal", SR, (2026, 12, 11, 9, 10, 30),
  "Maikel Rangel <maikelrangel26@gmail.com>", "Renovacion de mi autorizacion de trabajo",
  text="Buen dia, como renuevo mi autorizacion de trabajo virtual? tengo la anterior impresa\n"
       "Soy Maikel Jesús Rangel, V-26.009.331, tlf 0051 925 114 778\n",
  date_tz=-4,
  label=L("autorizacion_trabajo",
          {"nombres": "Maikel Jesús Rangel", "documento_identidad": "V26009331",
           "telefono": "+51925114778", "correo": "maikelrangel26@gmail.com"},
          [], "not_required", "portal"))

# ---- 048 (raw bounce) ---------------------------------------------------
_BOUNCE = """\
From: Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>
To: solicitantesrefugio@rree.gob.pe
Delivered-To: solicitantesrefugio@rree.gob.pe
Subject: Undeliverable: RE: Cambio de clave y =?utf-8?q?contrase=C3=B1a?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="r18bounce048"

--r18bounce048
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients.

<kevin.salas.1990@gmial.com>: Host or domain name not found. Name service error for
    name=gmial.com type=MX: Host not found

--r18bounce048
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.rree.gob.pe
Arrival-Date: Fri, 11 Dec 2026 09:59:58 -0500

Final-Recipient: rfc822; kevin.salas.1990@gmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found

--r18bounce048
Content-Type: text/rfc822-headers

From: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
To: kevin.salas.1990@gmial.com
Subject: RE: Cambio de clave y contraseña
Date: Fri, 11 Dec 2026 09:59:50 -0500

--r18bounce048--
"""
M("rebote-cambio-clave", SR, (2026, 12, 11, 10, 0, 12), None, None, raw=_BOUNCE,
  label=L("cambio_clave", {}, [], "not_required", "ignorado"))

# ---- 049 ---------------------------------------------------------------
M("cambio-clave-html-etiquetas-frances", SR, (2026, 12, 11, 12, 20, 0),
  "Rose-Merline <rmjoseph22@yahoo.com>", "Cambio de clave y contraseña",
  html="""<div dir="ltr"><p>Bonjour señores, solicito cambio de clave, el sistema no me deja entrar
desde la semana pasada.</p>
<table style="border-collapse:collapse">
<tr><td style="border:1px solid #999">Nom / Nombre</td><td style="border:1px solid #999">Rose-Merline Joseph</td></tr>
<tr><td style="border:1px solid #999">Passeport</td><td style="border:1px solid #999">PP2287754</td></tr>
<tr><td style="border:1px solid #999">Téléphone</td><td style="border:1px solid #999">+51 974 330 611</td></tr>
<tr><td style="border:1px solid #999">Courriel</td><td style="border:1px solid #999">rosemerline.joseph@gmail.com</td></tr>
</table>
<p>Merci beaucoup</p></div>""",
  label=L("cambio_clave",
          {"nombres": "Rose-Merline Joseph", "documento_identidad": "PP2287754",
           "telefono": "+51974330611", "correo": "rosemerline.joseph@gmail.com",
           "motivo": "el sistema no me deja entrar desde la semana pasada"},
          [], "not_required", "acuse"))

# ---- 050 ---------------------------------------------------------------
M("consulta-actualizacion-mesa-partes-sabado", MP, (2026, 12, 12, 9, 45, 27),
  "Dayron Batista <dayronba92@gmail.com>", "consulta",
  text="buenos dias quiero hacer la actualizacion de datos porque me mude y cambie de telefono "
       "soy Dayron Batista Almaguer cubano carnet de identidad 92031547789 el telefono nuevo es "
       "9 5512 0347 gracias",
  label=L("actualizacion_datos",
          {"nombres": "Dayron Batista Almaguer", "nacionalidad": "CU",
           "documento_identidad": "92031547789", "telefono": "+51955120347",
           "correo": "dayronba92@gmail.com", "motivo": "me mude y cambie de telefono"},
          [], "not_required", "acuse", ["derivado"]))

# ---- 051 ---------------------------------------------------------------
M("prorroga-carta-cortes-domingo", RF, (2026, 12, 13, 19, 0, 0),
  "Verónica Paredes <veroparedesc@gmail.com>", "Prórroga de Residencia - Verónica Paredes",
  text="""Estimados señores de la Comisión:

Reciban un cordial saludo. Por medio del presente solicito la prórroga anual de mi residencia como
refugiada reconocida. Consigno mis datos:

Nombres y apellidos: Verónica Alexandra Paredes Cevallos
Sexo: F
Nacionalidad: Ecuador
Cédula de identidad: 1716672093
Carné de Extranjería: 000297461
Fecha de nacimiento: 15-03-1990
Teléfono: 987 034 552

Agradezco de antemano su atención.

Atentamente,
Verónica Paredes C.
""",
  label=L("prorroga_residencia",
          {"nombres": "Verónica Alexandra Paredes Cevallos", "sexo": "F", "nacionalidad": "EC",
           "documento_identidad": "1716672093", "carne_extranjeria": "000297461",
           "fecha_nacimiento": "1990-03-15", "telefono": "+51987034552",
           "correo": "veroparedesc@gmail.com"},
          [], "not_required", "acuse"))


# ------------------------------------------------------------------ writing
def _received_headers(mailbox, recv, rnd, utc=False):
    shown = recv.astimezone(dt.timezone.utc) if utc else recv
    hop = shown - dt.timedelta(seconds=rnd.randint(1, 4))
    qid = "".join(rnd.choice("0123456789ABCDEF") for _ in range(10))
    ip = f"209.85.{rnd.randint(128, 250)}.{rnd.randint(2, 250)}"
    newest = (f"from mx-in.rree.gob.pe (mx-in.rree.gob.pe [10.20.1.15]) by mbox.rree.gob.pe "
              f"(Postfix) with ESMTP id {qid} for <{mailbox}>; {format_datetime(shown)}")
    older = (f"from mail-sor-f41.google.com (mail-sor-f41.google.com [{ip}]) by "
             f"mx-in.rree.gob.pe (Postfix) with ESMTPS; {format_datetime(hop)}")
    return newest, older


def build_one(i, m):
    recv = dt.datetime(*m["when"], tzinfo=LIMA)
    rnd = random.Random(1800 + i)
    fname = f"{i:03d}-{m['slug']}.eml"
    if m["raw"] is not None:
        newest, older = _received_headers(m["mailbox"], recv, rnd)
        hdr = (f"Received: {newest}\nReceived: {older}\n"
               f"Date: {format_datetime(recv - dt.timedelta(seconds=2))}\n"
               f"Message-ID: <r18-{i:03d}.bounce@mx1.rree.gob.pe>\n")
        data = (hdr + m["raw"]).encode("utf-8")
    else:
        msg = EmailMessage(policy=policy.default)
        newest, older = _received_headers(m["mailbox"], recv, rnd, m["utc_received"])
        lag = m["date_lag"] if m["date_lag"] is not None else rnd.randint(3, 75)
        sent = recv - dt.timedelta(seconds=lag)
        if m["date_tz"] is not None:
            sent = sent.astimezone(dt.timezone(dt.timedelta(hours=m["date_tz"])))
        hdrs = [("Received", newest), ("Received", older), ("Delivered-To", m["mailbox"]),
                ("Date", format_datetime(sent)), ("From", m["frm"]), ("To", m["to"] or m["mailbox"]),
                ("Subject", m["subject"]),
                ("Message-ID", f"<r18-{i:03d}.{rnd.randint(10**8, 10**9)}@mail.example.net>")]
        hdrs += m["extra_headers"]
        for k, v in hdrs:
            msg[k] = v
        if m["html"] is not None:
            msg.set_content(m["html"], subtype="html", charset="utf-8")
        else:
            msg.set_content(m["text"], charset="utf-8")
        for ctype, name, blob in m["atts"]:
            maintype, subtype = ctype.split("/")
            msg.add_attachment(blob, maintype=maintype, subtype=subtype, filename=name)
        data = msg.as_bytes(policy=policy.default.clone(linesep="\n"))
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(data)
    lab = m["label"]
    proc, outcome = lab["procedure"], lab["outcome"]
    fd = filing_day(recv)
    if outcome in ("suspendido", "portal", "triage", "ignorado"):
        due = None
    elif outcome == "subsanar":
        due = add_business(fd, 2)
    else:
        due = add_business(fd, PLAZO[proc])
    return {
        "file": fname, "mailbox": m["mailbox"], "received": recv.isoformat(),
        "procedure": proc, "fields": lab["fields"], "missing": lab["missing"],
        "signature": lab["signature"], "outcome": outcome, "flags": lab["flags"],
        "filing_date": fd.isoformat(), "due_date": due.isoformat() if due else None,
    }


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows = [build_one(i, m) for i, m in enumerate(MESSAGES, start=1)]
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
