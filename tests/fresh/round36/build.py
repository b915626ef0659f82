#!/usr/bin/env python3
"""Build round36: an ordinary fortnight (Mon 30 Nov - Sun 13 Dec 2026) at the CEPR mailboxes.

Run with /work/rounds/.venv-r36/bin/python build.py ; writes NNN-*.eml and labels.jsonl.
"""
import datetime as dt
import email.header
import email.utils
import glob
import hashlib
import json
import os
import random
from email import policy
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from zoneinfo import ZoneInfo

import caldates
import pdfkit

HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
S = "solicitantesrefugio@rree.gob.pe"
D = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
HOME = {"carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
        "reconsideracion": D, "apelacion": D, "renuncia": D,
        "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R}
FIRMA = {"reconsideracion", "apelacion", "renuncia", "autorizacion_viaje"}
rnd = random.Random(36)

MSGS = []


def add(slug, mailbox, received, frm, subject, text=None, html=None, atts=(), to=None, cc=None,
        headers=None, charset="utf-8", mailer=None, label=None, notified=None, raw=None):
    MSGS.append(dict(slug=slug, mailbox=mailbox, received=received, frm=frm, subject=subject,
                     text=text, html=html, atts=list(atts), to=to, cc=cc, headers=headers or {},
                     charset=charset, mailer=mailer, label=label, notified=notified, raw=raw))


def L(procedure, fields, outcome, missing=(), signature="not_required", flags=()):
    return dict(procedure=procedure, fields=fields, missing=list(missing), signature=signature,
                outcome=outcome, flags=list(flags))


def pdf_att(name, data):
    return (name, "application", "pdf", data)


def jpg_att(name, data):
    return (name, "image", "jpeg", data)


# ---------------------------------------------------------------------------
# Monday 30 November 2026
# ---------------------------------------------------------------------------
add("actualizacion-datos-gmail-html", S, "2026-11-30 07:52:14",
    "Yuli Bastidas <yulimar.bastidas91@gmail.com>", "Actualización de datos",
    text="""Buenos días, señores de la Comisión Especial para los Refugiados.

Les escribo para actualizar mis datos de contacto, me mudé y cambié de número.

Nombres y apellidos: Yulimar Coromoto Bastidas Peña
Nacionalidad: venezolana
Cédula: V-19.874.332
Teléfono nuevo: 951 337 208
Dirección nueva: Jr. Huáscar 1440, dpto. 302, Jesús María, Lima

Quedo atenta. Muchas gracias.

Yulimar
""",
    html="""<div dir="ltr"><div>Buenos días, señores de la Comisión Especial para los Refugiados.</div><div><br></div><div>Les escribo para actualizar mis datos de contacto, me mudé y cambié de número.</div><div><br></div><div><b>Nombres y apellidos:</b> Yulimar Coromoto Bastidas Peña</div><div><b>Nacionalidad:</b> venezolana</div><div><b>Cédula:</b> V-19.874.332</div><div><b>Teléfono nuevo:</b> 951 337 208</div><div><b>Dirección nueva:</b> Jr. Huáscar 1440, dpto. 302, Jesús María, Lima</div><div><br></div><div>Quedo atenta. Muchas gracias.</div><div><br></div><div>Yulimar</div></div>
""",
    mailer="gmail",
    label=L("actualizacion_datos", {"nombres": "Yulimar Coromoto Bastidas Peña", "nacionalidad": "VE",
            "documento_identidad": "V19874332", "telefono": "+51951337208",
            "correo": "yulimar.bastidas91@gmail.com"}, "acuse"))

add("autorizacion-trabajo-portal", R, "2026-11-30 10:05:40",
    "Jhonny R. <jhonny.rivas.ve@hotmail.com>", "autorizacion de trabajo",
    text="""Buenas, mi autorizacion de trabajo vence la otra semana y el jefe me la esta pidiendo renovada. Como hago para sacar la nueva? me dijeron que escriba a este correo.

Jhonny Alexander Rivas Ortega
cedula 24.118.903
""",
    label=L("autorizacion_trabajo", {"nombres": "Jhonny Alexander Rivas Ortega",
            "documento_identidad": "24118903", "correo": "jhonny.rivas.ve@hotmail.com"}, "portal"))

add("cambio-clave-hijo-por-su-madre", S, "2026-11-30 11:40:03",
    "Yoandri Castillo <yoandri.castillo.m@gmail.com>", "Cambio de clave y contraseña - Sra. Migdalia Ferrer",
    text="""Buenos días señores de la Comisión:

Les escribo por encargo de mi mamá, la señora Migdalia Ferrer Soto, que es cubana y solicitante de refugio. No logra entrar al Sistema de Refugiados porque se le olvidó la contraseña y cuando intenta recuperarla no le llega nada. Ella no maneja mucho la computadora, por eso les escribo yo desde mi correo.

Datos de ella:
- Nombre completo: Migdalia Ferrer Soto
- Pasaporte: K482913
- Correo con el que se registró en el sistema: migdaliaferrer58@yahoo.com

Para cualquier coordinación pueden llamarme a mí, vivo con ella: 987 120 455.

Yoandri Castillo Ferrer (hijo)
Carnet de identidad 88071245631
""",
    mailer="gmail",
    label=L("cambio_clave", {"nombres": "Migdalia Ferrer Soto", "nacionalidad": "CU",
            "documento_identidad": "K482913", "telefono": "+51987120455",
            "correo": "migdaliaferrer58@yahoo.com"}, "acuse"))

REC_GUTIERREZ = [
    "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
    "",
    "RECURSO DE RECONSIDERACIÓN",
    "",
    "Andrés Felipe Gutiérrez Mora, de nacionalidad colombiana, identificado con C.C. N° 1.098.654.321,",
    "con teléfono +57 315 402 7781, debidamente representado por la abogada Lucía Salas Ramírez,",
    "interpongo recurso de reconsideración contra la resolución que deniega mi solicitud de refugio,",
    "notificada el 16 de noviembre de 2026.",
    "",
    "FUNDAMENTO: Ofrezco como nueva prueba la constancia de la Fiscalía Seccional de Cúcuta, de fecha",
    "3 de noviembre de 2026, que acredita las amenazas de muerte recibidas por mi familia después de mi",
    "salida de Colombia, hecho que no pudo ser valorado al momento de resolver.",
    "",
    "Señalo como domicilio electrónico el correo lsalas@salasrengifo.pe.",
    "",
    "Lima, 30 de noviembre de 2026",
    "Firmado digitalmente: Andrés Felipe Gutiérrez Mora",
]
add("reconsideracion-abogada-pdf-firmado", D, "2026-11-30 15:05:27",
    "Estudio Salas & Rengifo <lsalas@salasrengifo.pe>",
    "Recurso de Reconsideración – Andrés Felipe Gutiérrez Mora",
    text="""Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

En representación del señor Andrés Felipe Gutiérrez Mora, de nacionalidad colombiana, identificado con C.C. N° 1.098.654.321, interpongo recurso de reconsideración contra la resolución que deniega su solicitud de refugio, la cual le fue notificada el 16 de noviembre de 2026.

El recurso, firmado digitalmente por el recurrente, se adjunta en formato PDF. Se funda en nueva prueba: la constancia de la Fiscalía Seccional de Cúcuta que acredita las amenazas de muerte recibidas por su familia después de su salida de Colombia.

Teléfono del recurrente: +57 315 402 7781 (WhatsApp).
Las notificaciones deberán dirigirse al correo del estudio.

Atentamente,

Lucía Salas Ramírez
Abogada - Reg. CAL 58812
DNI 41773029
Estudio Salas & Rengifo
Av. José Pardo 601, of. 504, Miraflores
Tel. (01) 441-2290
lsalas@salasrengifo.pe
""",
    atts=[pdf_att("Recurso_Reconsideracion_Gutierrez.pdf", ("signed", REC_GUTIERREZ, "Andres Felipe Gutierrez Mora"))],
    mailer="outlook",
    notified="2026-11-16",
    label=L("reconsideracion", {"nombres": "Andrés Felipe Gutiérrez Mora", "nacionalidad": "CO",
            "documento_identidad": "1098654321", "telefono": "+573154027781",
            "correo": "lsalas@salasrengifo.pe",
            "motivo": "nueva prueba: la constancia de la Fiscalía Seccional de Cúcuta que acredita las amenazas de muerte recibidas por su familia"},
            "cargo", signature="valid"))

add("respuesta-automatica-fuera-oficina", D, "2026-11-30 17:02:51",
    "Paola Quispe Huarcaya <pquispe@cooperaccion-sur.org>", "Respuesta automática: Documentación pendiente",
    text="""Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 7 de diciembre, con acceso limitado al correo.
Para asuntos urgentes, comuníquese con coordinacion@cooperaccion-sur.org.

Paola Quispe Huarcaya
""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    mailer="outlook",
    label=L(None, {}, "ignorado"))

add("cambio-contrasena-mayusculas-tabs", S, "2026-11-30 19:05:09",
    "WILMER OCAMPO <wilmer.ocampo@outlook.com>", "CAMBIO DE CONTRASEÑA",
    text="""BUENAS NOCHES SOLICITO CAMBIO DE CONTRASEÑA DEL SISTEMA DE REFUGIADOS YA QUE NO ME DEJA INGRESAR, DICE USUARIO BLOQUEADO

NOMBRES:\tWILMER ANDRÉS OCAMPO RÍOS
C.C.:\t1.115.082.347
CEL:\t+51 944 610 028
CORREO REGISTRADO:\twilmer.ocampo.rios@gmail.com

(ESCRIBO DESDE OTRO CORREO PORQUE EL GMAIL LO TIENE MI ESPOSA EN SU CELULAR)

GRACIAS
""",
    mailer="outlook",
    label=L("cambio_clave", {"nombres": "WILMER ANDRÉS OCAMPO RÍOS", "documento_identidad": "1115082347",
            "telefono": "+51944610028", "correo": "wilmer.ocampo.rios@gmail.com"}, "acuse"))

# ---------------------------------------------------------------------------
# Tuesday 1 December
# ---------------------------------------------------------------------------
add("actualizacion-datos-ecuatoriana-refugiada", S, "2026-12-01 07:10:33",
    "Mayra <mayra.cevallos.t@gmail.com>", "actualizacion de datos de contacto",
    text="""Buen día. Mi nombre es Mayra Alejandra Cevallos Torres, soy ecuatoriana y tengo la condición de refugiada reconocida, carné de extranjería N° 000612873; mi cédula ecuatoriana es 0923456781.

Les escribo para actualizar mi teléfono y mi dirección: el número nuevo es 9 6254 1187 y ahora vivo en Av. Colonial 2210, Callao. (Por si lo necesitan para ubicarme en el sistema, mi fecha de nacimiento es 02/09/1987.)

Gracias de antemano,
Mayra Cevallos
""",
    mailer="gmail",
    label=L("actualizacion_datos", {"nombres": "Mayra Alejandra Cevallos Torres", "nacionalidad": "EC",
            "documento_identidad": "0923456781", "carne_extranjeria": "000612873",
            "fecha_nacimiento": "1987-09-02", "telefono": "+51962541187",
            "correo": "mayra.cevallos.t@gmail.com"}, "acuse"))

add("prorroga-residencia-completa", R, "2026-12-01 09:30:18",
    "Rosa V. <rosavirginia.mendoza@hotmail.com>", "Prórroga de residencia",
    text="""Señores de la CEPR, buenos días.
Solicito la prórroga anual de mi residencia como refugiada. Mis datos:

Nombres y apellidos: Rosa Virginia Mendoza Álvarez
Sexo: Femenino
Nacionalidad: Venezolana
Pasaporte: 114987230
Carné de Extranjería: 001538924
Fecha de nacimiento: 15/03/1990
Teléfono: 955 804 113

Atte.
Rosa Mendoza
""",
    label=L("prorroga_residencia", {"nombres": "Rosa Virginia Mendoza Álvarez", "sexo": "F",
            "nacionalidad": "VE", "documento_identidad": "114987230", "carne_extranjeria": "001538924",
            "fecha_nacimiento": "1990-03-15", "telefono": "+51955804113",
            "correo": "rosavirginia.mendoza@hotmail.com"}, "acuse"))

APE_PIERRE = [
    "A la Comision Especial para los Refugiados",
    "",
    "RECURSO DE APELACION",
    "",
    "Yo, Jean Ricot Pierre-Louis, de nacionalidad haitiana, pasaporte N° RF4417803,",
    "presento recurso de apelacion contra la resolucion que confirma la denegatoria",
    "de mi solicitud de refugio, notificada el 28 de octubre de 2026.",
    "",
    "Motivo: en Haiti las bandas armadas quemaron mi casa en Croix-des-Bouquets y mataron",
    "a mi vecino; si regreso mi vida esta en peligro. La resolucion no considera esto.",
    "",
    "Telefono: 912 447 085    Correo: jeanricot.pierre@gmail.com",
    "",
    "Lima, 30 de noviembre de 2026",
]
add("apelacion-haitiano-firmado-fuera-de-plazo", D, "2026-12-01 10:15:47",
    "Jean Ricot <jeanricot.pierre@gmail.com>", "Recours d'appel / Recurso de Apelacion",
    text="""Bonjour señores,

Yo soy Jean Ricot Pierre-Louis, de Haití, pasaporte N° RF4417803. Envio mi recurso de apelación contra la resolución que confirma la denegatoria de mi refugio. La resolución me fue notificada el 28 de octubre de 2026, lo siento por el retraso, estuve enfermo en el hospital Loayza dos semanas.

El motivo: en Haití las bandas armadas quemaron mi casa en Croix-des-Bouquets y mi vida esta en peligro si yo regreso.

Mi telefono: 912 447 085
Correo: jeanricot.pierre@gmail.com

Le document firmado esta adjunto (firma digital).

Merci beaucoup, gracias
Jean Ricot
""",
    atts=[pdf_att("apelacion_pierre-louis.pdf", ("signed", APE_PIERRE, "Jean Ricot Pierre-Louis"))],
    mailer="gmail", notified="2026-10-28",
    label=L("apelacion", {"nombres": "Jean Ricot Pierre-Louis", "nacionalidad": "HT",
            "documento_identidad": "RF4417803", "telefono": "+51912447085",
            "correo": "jeanricot.pierre@gmail.com",
            "motivo": "en Haití las bandas armadas quemaron mi casa en Croix-des-Bouquets y mi vida esta en peligro si yo regreso"},
            "cargo", signature="valid", flags=["extemporaneo"]))

VIAJE_PARRA = [
    "Señores",
    "Comisión Especial para los Refugiados - Ministerio de Relaciones Exteriores",
    "",
    "SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)",
    "",
    "Yo, Luis Eduardo Parra Quintero, refugiado reconocido, carné de extranjería N° 000894512,",
    "solicito autorización para viajar a Bogotá, Colombia, del 07/12/26 al 21/12/26.",
    "",
    "Motivo: mi hija de 8 años, que vive con su abuela en Bogotá, fue hospitalizada",
    "de emergencia por una apendicitis complicada y debo acompañarla.",
    "",
    "Teléfono: +51 934 227 610",
    "",
    "Lima, 1 de diciembre de 2026",
]
add("autorizacion-viaje-a-mesa-de-partes", D, "2026-12-01 12:45:02",
    "Luis Parra <luisparra.q@gmail.com>", "Autorización de viaje urgente",
    text="""Buenas tardes.

Soy venezolano, refugiado reconocido. Necesito viajar de urgencia a Bogotá, Colombia, porque mi hija de 8 años, que vive con su abuela allá, fue hospitalizada de emergencia.

Las fechas serían del 07/12/26 al 21/12/26.

Nombre: Luis Eduardo Parra Quintero
Pasaporte venezolano: 128445019
Carné de extranjería: 000894512
Teléfono: +51 934 227 610

Adjunto la solicitud firmada digitalmente. Disculpen si este no es el correo correcto, no encontré otro.

Luis Parra
""",
    atts=[pdf_att("solicitud_viaje_parra.pdf", ("signed", VIAJE_PARRA, "Luis Eduardo Parra Quintero"))],
    mailer="gmail",
    label=L("autorizacion_viaje", {"nombres": "Luis Eduardo Parra Quintero", "nacionalidad": "VE",
            "documento_identidad": "128445019", "carne_extranjeria": "000894512",
            "telefono": "+51934227610", "destino": "Bogotá, Colombia", "fecha_salida": "2026-12-07",
            "fecha_retorno": "2026-12-21", "correo": "luisparra.q@gmail.com",
            "motivo": "mi hija de 8 años, que vive con su abuela allá, fue hospitalizada de emergencia"},
            "acuse", signature="valid", flags=["derivado"]))

add("solicitud-refugio-tumbes-portal", S, "2026-12-01 13:00:55",
    "kelly <kellyjohanna.rm@gmail.com>", "solicitud de refugio",
    text="""hola buenas tardes
llegue a tumbes hace una semana con mis dos hijos y quiero solicitar refugio, que tengo que hacer?? a donde tengo que ir o se hace por aqui? no tengo pasaporte solo la cedula

mi nombre es Kelly Johanna Rengifo Mora
gracias dios les bendiga
""",
    label=L("solicitud_refugio", {"nombres": "Kelly Johanna Rengifo Mora",
            "correo": "kellyjohanna.rm@gmail.com"}, "portal"))

DENUNCIA_ZAPATA = [
    "POLICIA NACIONAL DEL PERU",
    "COMISARIA PNP COTABAMBAS - REGION POLICIAL LIMA",
    "",
    "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 4471-2026",
    "",
    "Denunciante: Diego Alejandro Zapata Arango",
    "Hecho: hurto de billetera conteniendo carne de extranjeria N° 000733105",
    "Lugar: paradero Av. Abancay cdra. 3, Cercado de Lima",
    "Fecha del hecho: 28/11/2026, aprox. 19:40 horas",
    "",
    "Se expide la presente a solicitud del interesado para los fines que estime conveniente.",
]
add("duplicado-carne-extranjeria-denuncia-pdf", R, "2026-12-01 16:45:12",
    "Diego A. Zapata <dzapata.arango@yahoo.com>", "Duplicado de carné de extranjería - Diego Alejandro Zapata Arango",
    text="""Cordial saludo.

El sábado me robaron la billetera en el paradero de la Av. Abancay y ahí estaba mi carné de extranjería. Adjunto la copia de la denuncia de la comisaría de Cotabambas y solicito el duplicado.

Sexo: M
Nacionalidad: colombiano
C.C. 71.845.220
C.E. 000733105
F. nac.: 22-06-1984
Cel. 998 311 460

Muchas gracias por su atención.
""",
    atts=[pdf_att("denuncia_policial_cotabambas.pdf", ("text", DENUNCIA_ZAPATA))],
    label=L("duplicado_carne_extranjeria", {"nombres": "Diego Alejandro Zapata Arango", "sexo": "M",
            "nacionalidad": "CO", "documento_identidad": "71845220", "carne_extranjeria": "000733105",
            "fecha_nacimiento": "1984-06-22", "telefono": "+51998311460",
            "correo": "dzapata.arango@yahoo.com"}, "acuse"))

# ---------------------------------------------------------------------------
# Wednesday 2 December
# ---------------------------------------------------------------------------
CARTA_SUAREZ = [
    "Lima, 1 de diciembre de 2026",
    "Señores Comisión Especial para los Refugiados",
    "",
    "Yo, Angel Gabriel Suarez Pinto, venezolano,",
    "cedula V-17.302.648, solicitante de refugio,",
    "renuncio a mi solicitud de refugio porque",
    "regreso a Venezuela con mi familia para",
    "cuidar a mi madre que esta enferma.",
    "",
    "Atentamente,",
]
add("renuncia-esposa-foto-carta", D, "2026-12-02 08:05:37",
    "Nathaly Guerrero <nathaly.guerrero.p@gmail.com>", "RENUNCIA",
    text="""Buenos días,

Me comunico en nombre de mi esposo, Ángel Gabriel Suárez Pinto, venezolano, cédula V-17.302.648, quien es solicitante de refugio. Él ha decidido renunciar a su solicitud de refugio porque vamos a regresar a Venezuela a fin de año para cuidar a su mamá, que está enferma. Adjunto la carta de renuncia firmada por él (le tomé foto).

Él no tiene correo propio, así que por favor las respuestas a este correo o a mi celular 976 550 219.

Mis datos: Nathaly Guerrero Pacheco, cédula V-18.904.117.

Saludos cordiales
""",
    atts=[jpg_att("carta_renuncia.jpg", ("jpeg", CARTA_SUAREZ))],
    mailer="gmail",
    label=L("renuncia", {"nombres": "Ángel Gabriel Suárez Pinto", "nacionalidad": "VE",
            "documento_identidad": "V17302648", "telefono": "+51976550219",
            "correo": "nathaly.guerrero.p@gmail.com",
            "motivo": "vamos a regresar a Venezuela a fin de año para cuidar a su mamá, que está enferma"},
            "acuse", signature="manuscrita", flags=["verificar_firma"]))

add("ayuda-urgente-mayusculas-triage", R, "2026-12-02 10:30:21",
    "MARIBEL <maribel.yanez77@hotmail.com>", "AYUDA URGENTE!!!",
    text="""BUENAS POR FAVOR NECESITO AYUDA, LLEVO DOS MESES ESCRIBIENDO A TODOS LOS CORREOS Y NADIE ME RESPONDE. MI EXPEDIENTE ESTA PARADO Y NO SE QUE HACER, YA NO SE A QUIEN MAS ESCRIBIR

MARIBEL YANEZ
""",
    label=L(None, {"nombres": "MARIBEL YANEZ", "correo": "maribel.yanez77@hotmail.com"}, "triage"))

VIAJE_RODRIGUEZ = [
    "Lima, 2 de diciembre de 2026",
    "",
    "Señores",
    "Secretaría Ejecutiva de la Comisión Especial para los Refugiados",
    "",
    "Asunto: Autorización de viaje por urgencia",
    "",
    "Yo, Odalys Rodríguez Hernández, refugiada reconocida con carné de extranjería 000457781,",
    "solicito autorización para viajar a Santiago de Chile del 18 al 30 de diciembre de 2026.",
    "Motivo: mi madre, de 81 años, será operada del corazón en Santiago de Chile y debo",
    "acompañarla durante la operación y la recuperación.",
    "Teléfono de contacto: +51 981 662 035",
    "",
    "Atentamente,",
    "Odalys Rodríguez Hernández",
]
add("autorizacion-viaje-rango-fechas-firmado", R, "2026-12-02 11:20:48",
    "Odalys <odalysrodriguez.h@gmail.com>", "Autorización de Viaje",
    text="""Estimados señores:

Por medio de la presente solicito autorización de viaje por urgencia. Mi madre, de 81 años, será operada del corazón en Santiago de Chile, donde vive con mi hermano, y necesito acompañarla.

Viajaría del 18 al 30 de diciembre de 2026, destino: Santiago de Chile.

Adjunto la solicitud firmada digitalmente.

Odalys Rodríguez Hernández
Carné de extranjería 000457781
Cel. +51 981 662 035
""",
    atts=[pdf_att("Solicitud autorizacion viaje ORH.pdf", ("signed", VIAJE_RODRIGUEZ, "Odalys Rodriguez Hernandez"))],
    mailer="gmail",
    label=L("autorizacion_viaje", {"nombres": "Odalys Rodríguez Hernández", "carne_extranjeria": "000457781",
            "telefono": "+51981662035", "destino": "Santiago de Chile", "fecha_salida": "2026-12-18",
            "fecha_retorno": "2026-12-30", "correo": "odalysrodriguez.h@gmail.com",
            "motivo": "Mi madre, de 81 años, será operada del corazón en Santiago de Chile"},
            "acuse", signature="valid"))

add("carne-solicitante-suspendido", S, "2026-12-02 14:00:09",
    "Edgar M. <edgarmontilla.ve@gmail.com>", "Carné de solicitante",
    text="""Buenas tardes,

Ya hice mi entrevista de registro en agosto y completé huellas, foto y firma. Quisiera saber cuándo me pueden dar el carné de solicitante, porque en el banco no me aceptan la hoja impresa.

Edgar José Montilla Briceño
Pasaporte 107734208
Teléfono 923 018 774
""",
    mailer="gmail",
    label=L("carne_solicitante", {"nombres": "Edgar José Montilla Briceño", "documento_identidad": "107734208",
            "telefono": "+51923018774", "correo": "edgarmontilla.ve@gmail.com"}, "suspendido"))

add("reenvio-interno-desde-mesa-de-partes", R, "2026-12-02 15:00:44",
    "Mesa de Partes RREE <mesadepartes@rree.gob.pe>", "TR: Autorización de viaje - Sr. Nelson Guerra",
    text="""Estimados:

Se deriva el presente correo por ser de competencia de su unidad. El administrado remitió su solicitud a Mesa de Partes.

Mesa de Partes Digital
Ministerio de Relaciones Exteriores

-----Mensaje original-----
De: Nelson Guerra <nelsonguerra.r@gmail.com>
Enviado el: miércoles, 2 de diciembre de 2026 09:12
Para: mesadepartes@rree.gob.pe
Asunto: Autorización de viaje

Buenos días, necesito viajar a Lima-Caracas el 15 de diciembre por el fallecimiento de mi abuela. ¿Cuál es el procedimiento?
""",
    mailer="outlook",
    label=L("autorizacion_viaje", {}, "ignorado", signature="absent"))

add("cambio-clave-minusculas-sin-documento", S, "2026-12-02 22:48:16",
    "dani <danielaq.perez@gmail.com>", "cambio de clave",
    text="""hola buenas noches
olvide mi clave del sistema de refugiados y no me llega nada al correo para recuperarla, ya intente varias veces
soy daniela quintero perez, mi whatsapp es +58 414 772 6311 y mi correo es este mismo
gracias
""",
    label=L("cambio_clave", {"nombres": "daniela quintero perez", "telefono": "+584147726311",
            "correo": "danielaq.perez@gmail.com"}, "subsanar", missing=["documento_identidad"]))

# ---------------------------------------------------------------------------
# Thursday 3 December
# ---------------------------------------------------------------------------
ESCANEO_COLMENARES = [
    "Arequipa, 2 de diciembre de 2026",
    "Señores CEPR",
    "RECURSO DE APELACION",
    "Yo Freddy Antonio Colmenares Duarte, C.I.",
    "V-13.556.874, apelo la resolucion que confirmo",
    "la denegatoria de mi refugio. La Comision no",
    "valoro los informes sobre la persecucion a los",
    "dirigentes de mi sindicato en el estado Bolivar.",
    "Cel. 957 330 642",
    "Firma:",
]
add("apelacion-ong-escaneada", D, "2026-12-03 09:10:26",
    "Carmen Lucía Vela - Red de Apoyo al Migrante <cvela@redapoyomigrante-aqp.org>",
    "Recurso de Apelación - Sr. Freddy Antonio Colmenares",
    text="""Estimados señores:

Desde la Red de Apoyo al Migrante de Arequipa acompañamos al señor Freddy Antonio Colmenares Duarte, solicitante de refugio de nacionalidad venezolana, con cédula de identidad V-13.556.874.

Adjuntamos su recurso de apelación escaneado, firmado de puño y letra por él, contra la resolución que confirmó la denegatoria de su solicitud, notificado con fecha 19/11/2026.

Motivo del recurso (resumen): la Comisión no valoró los informes sobre la persecución a los dirigentes de su sindicato en el estado Bolívar, que ahora adjunta como prueba.

Contacto directo del señor Colmenares: celular 957 330 642, correo freddycolmenares63@gmail.com.

Atentamente,

Carmen Lucía Vela Chávez
Asistente legal - DNI 29667104
Red de Apoyo al Migrante - Arequipa
Tel. (054) 281 774
""",
    atts=[pdf_att("APELACION_COLMENARES_scan.pdf", ("scan", ESCANEO_COLMENARES))],
    mailer="outlook", notified="2026-11-19",
    label=L("apelacion", {"nombres": "Freddy Antonio Colmenares Duarte", "nacionalidad": "VE",
            "documento_identidad": "V13556874", "telefono": "+51957330642",
            "correo": "freddycolmenares63@gmail.com",
            "motivo": "la Comisión no valoró los informes sobre la persecución a los dirigentes de su sindicato en el estado Bolívar"},
            "cargo", signature="manuscrita", flags=["verificar_firma"]))

add("actualizacion-outlook-refugiado-sin-carne", S, "2026-12-03 12:30:58",
    "Héctor Luis Marcano <hlmarcano@outlook.com>", "Actualización de datos",
    text="""Buenos días:

Soy refugiado reconocido desde el año 2023 y necesito actualizar mi dirección y mi teléfono en el registro.

Nombres y apellidos: Héctor Luis Marcano Salazar
Nacionalidad: Venezuela
Cédula: V-10.223.987
Teléfono: (01) 531-8822
Dirección: Calle Los Pinos 145, Santiago de Surco

Saludos cordiales,

Héctor Marcano
""",
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head><body lang="ES-PE" link="#0563C1" vlink="#954F72"><div class="WordSection1"><p class="MsoNormal">Buenos días:<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Soy refugiado reconocido desde el año 2023 y necesito actualizar mi dirección y mi teléfono en el registro.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal"><b>Nombres y apellidos:</b> Héctor Luis Marcano Salazar<o:p></o:p></p><p class="MsoNormal"><b>Nacionalidad:</b> Venezuela<o:p></o:p></p><p class="MsoNormal"><b>Cédula:</b> V-10.223.987<o:p></o:p></p><p class="MsoNormal"><b>Teléfono:</b> (01) 531-8822<o:p></o:p></p><p class="MsoNormal"><b>Dirección:</b> Calle Los Pinos 145, Santiago de Surco<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Saludos cordiales,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Héctor Marcano<o:p></o:p></p></div></body></html>
""",
    mailer="outlook",
    label=L("actualizacion_datos", {"nombres": "Héctor Luis Marcano Salazar", "nacionalidad": "VE",
            "documento_identidad": "V10223987", "telefono": "+5115318822",
            "correo": "hlmarcano@outlook.com"}, "subsanar", missing=["carne_extranjeria"]))

REC_BARO = [
    "RECURSO DE RECONSIDERACIÓN",
    "",
    "Señores de la Comisión Especial para los Refugiados:",
    "",
    "Yo, Reinaldo Baró Cisneros, de nacionalidad cubana, identificado con pasaporte N° J339021,",
    "interpongo recurso de reconsideración contra la resolución que deniega mi solicitud de refugio.",
    "",
    "Motivo: la resolución no tomó en cuenta que fui detenido tres veces por participar en las",
    "protestas del 11 de julio de 2021, según las citaciones policiales que adjunto como nueva prueba,",
    "ni el certificado médico de las lesiones que sufrí durante la última detención.",
    "",
    "Para notificaciones: correo lianet.baro.c@gmail.com y teléfono 962 118 305 (mi hija).",
    "",
    "Lima, 2 de diciembre de 2026",
    "Reinaldo Baró Cisneros",
]
add("reconsideracion-hija-pdf-firmado-padre", D, "2026-12-03 13:10:40",
    "Lianet Baró <lianet.baro.c@gmail.com>", "Recurso de reconsideracion de mi papá",
    text="""Buenas tardes.

Mi papá, Reinaldo Baró Cisneros, presenta recurso de reconsideración contra la resolución que le negó el refugio. El documento está firmado digitalmente por él y lo adjunto en PDF; ahí están sus datos y los motivos.

Él no usa correo ni tiene celular propio, así que les agradeceré escribir a este correo o llamarme al 962 118 305.

Lianet Baró Cabrera (hija)
Carnet de identidad 99032811457
""",
    atts=[pdf_att("Reconsideracion_Reinaldo_Baro.pdf", ("signed", REC_BARO, "Reinaldo Baro Cisneros"))],
    mailer="gmail",
    label=L("reconsideracion", {"nombres": "Reinaldo Baró Cisneros", "nacionalidad": "CU",
            "documento_identidad": "J339021", "telefono": "+51962118305",
            "correo": "lianet.baro.c@gmail.com",
            "motivo": "la resolución no tomó en cuenta que fui detenido tres veces por participar en las protestas del 11 de julio de 2021"},
            "cargo", signature="valid"))

add("rebote-cargo-apelacion", D, "2026-12-03 14:40:03",
    "Microsoft Outlook <postmaster@rree.gob.pe>", "Undeliverable: Cargo - Recurso de Apelación",
    raw="bounce",
    label=L("apelacion", {}, "ignorado", signature="absent"))

add("prorroga-hijo-outlook-tabla", R, "2026-12-03 17:20:31",
    "Gustavo Petit <gpetit@andinalogistica.com.pe>", "Prórroga de residencia anual - Ramón Petit Lugo",
    text="""Estimados señores, buenas tardes:

Escribo en nombre de mi padre, quien es refugiado reconocido y debe renovar su residencia este mes. Sus datos son los siguientes:

Nombres y apellidos\tRamón Antonio Petit Lugo
Sexo\tMasculino
Nacionalidad\tVenezolana
Cédula de identidad\tV-4.118.552
Carné de extranjería\t000298116
Fecha de nacimiento\t7 de agosto de 1951

Mi papá no tiene teléfono celular; pueden llamarme a mí, su hijo Gustavo Petit Rangel, al 999 404 211 (C.I. V-15.887.320).

Muchas gracias.

Gustavo Petit Rangel
Jefe de Operaciones | Andina Logística S.A.C.
""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-family:Calibri,sans-serif;font-size:11pt}</style></head><body lang="ES"><div class="WordSection1"><p class="MsoNormal">Estimados señores, buenas tardes:</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Escribo en nombre de mi padre, quien es refugiado reconocido y debe renovar su residencia este mes. Sus datos son los siguientes:</p><p class="MsoNormal">&nbsp;</p><table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"><tr><td width="200" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Nombres y apellidos</b></p></td><td width="300" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Ramón Antonio Petit Lugo</p></td></tr><tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Sexo</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Masculino</p></td></tr><tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Nacionalidad</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Venezolana</p></td></tr><tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Cédula de identidad</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">V-4.118.552</p></td></tr><tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Carné de extranjería</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">000298116</p></td></tr><tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Fecha de nacimiento</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">7 de agosto de 1951</p></td></tr></table><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Mi papá no tiene teléfono celular; pueden llamarme a mí, su hijo Gustavo Petit Rangel, al 999 404 211 (C.I. V-15.887.320).</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Muchas gracias.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal"><b>Gustavo Petit Rangel</b><br>Jefe de Operaciones | Andina Logística S.A.C.</p></div></body></html>
""",
    mailer="outlook",
    label=L("prorroga_residencia", {"nombres": "Ramón Antonio Petit Lugo", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V4118552", "carne_extranjeria": "000298116",
            "fecha_nacimiento": "1951-08-07", "telefono": "+51999404211",
            "correo": "gpetit@andinalogistica.com.pe"}, "acuse"))

# ---------------------------------------------------------------------------
# Friday 4 December
# ---------------------------------------------------------------------------
add("consulta-estado-expediente-triage", S, "2026-12-04 08:40:12",
    "Nelson <nelsonrafael.ch@gmail.com>", "Consulta",
    text="""Buenos días, quisiera saber en qué estado está mi trámite. Presenté todo en marzo y hasta ahora nadie me ha llamado ni me ha escrito.

Nelson Rafael Chacón
pasaporte 091223874
""",
    label=L(None, {"nombres": "Nelson Rafael Chacón", "documento_identidad": "091223874",
            "correo": "nelsonrafael.ch@gmail.com"}, "triage"))

RENUNCIA_DIAZ = [
    "Lima, 3 de diciembre de 2026",
    "",
    "Señores",
    "Comisión Especial para los Refugiados",
    "",
    "RENUNCIA A LA CONDICIÓN DE REFUGIADA",
    "",
    "Yo, Carolina Díaz Betancur, de nacionalidad colombiana, identificada con C.C. 43.882.019",
    "y carné de extranjería N° 000381267, refugiada reconocida, renuncio voluntariamente a la",
    "condición de refugiada.",
    "",
    "Motivo: he obtenido la residencia permanente por vínculo familiar con mi esposo, de",
    "nacionalidad peruana, y ya no requiero la protección internacional.",
    "",
    "Teléfono: 986 725 330",
    "",
    "Carolina Díaz Betancur",
]
add("renuncia-refugiada-pdf-firmado", D, "2026-12-04 10:05:19",
    "Carolina Díaz <carodiazbet@gmail.com>", "Renuncia a la condición de refugiada",
    text="""Buenos días, adjunto mi renuncia firmada digitalmente.

Saludos,
Carolina
""",
    atts=[pdf_att("renuncia_cdiaz.pdf", ("signed", RENUNCIA_DIAZ, "Carolina Diaz Betancur"))],
    mailer="gmail",
    label=L("renuncia", {"nombres": "Carolina Díaz Betancur", "nacionalidad": "CO",
            "documento_identidad": "43882019", "carne_extranjeria": "000381267",
            "telefono": "+51986725330", "correo": "carodiazbet@gmail.com",
            "motivo": "he obtenido la residencia permanente por vínculo familiar con mi esposo"},
            "acuse", signature="valid"))

add("entrevista-registro-hija-portal", S, "2026-12-04 11:00:37",
    "Andreína <andreina.lugo.v@gmail.com>", "Entrevista de registro de mi mamá",
    text="""Hola, buenos días.

Mi mamá, Gladys Josefina Villegas, presentó su solicitud de refugio en línea en septiembre y todavía no le llega la cita para la entrevista de registro. Ya revisamos el spam. Su correo es gladysvillegas61@hotmail.com.

¿Podrían revisar por favor?

Gracias,
Andreína Lugo
""",
    label=L("entrevista_registro", {"nombres": "Gladys Josefina Villegas",
            "correo": "gladysvillegas61@hotmail.com"}, "portal"))

add("permiso-viaje-sin-documento-firmado", R, "2026-12-04 15:30:05",
    "Yorman <yorman.bracho@gmail.com>", "Permiso de viaje urgente",
    text="""Buenas tardes, soy refugiado reconocido y necesito viajar urgente a Quito, Ecuador porque mi papá está en cuidados intensivos después de un derrame.
Salgo el 20/12/26 y regreso el 03/01/27.

Yorman José Bracho Lugo
CE 000915338
Teléfono 913 552 407
""",
    label=L("autorizacion_viaje", {"nombres": "Yorman José Bracho Lugo", "carne_extranjeria": "000915338",
            "telefono": "+51913552407", "destino": "Quito, Ecuador", "fecha_salida": "2026-12-20",
            "fecha_retorno": "2027-01-03", "correo": "yorman.bracho@gmail.com",
            "motivo": "mi papá está en cuidados intensivos después de un derrame"},
            "subsanar", missing=["firma"], signature="absent"))

add("prorroga-enviada-a-mesa-de-partes", D, "2026-12-04 16:10:50",
    "Luz Marina Ospina <luzmarina.ospina@gmail.com>", "Prorroga de Recidencia",
    text="""buenas tardes por favor necesito la prorroga de mi residencia de refugiada, mis datos son Luz Marina Ospina Cárdenas, de sexo femenino, colombiana, nacida el 30 de enero de 1979, cédula 52.117.904, carné de extranjería 000264419, celular 947-228-610. muchas gracias y disculpen las molestias
""",
    label=L("prorroga_residencia", {"nombres": "Luz Marina Ospina Cárdenas", "sexo": "F", "nacionalidad": "CO",
            "fecha_nacimiento": "1979-01-30", "documento_identidad": "52117904",
            "carne_extranjeria": "000264419", "telefono": "+51947228610",
            "correo": "luzmarina.ospina@gmail.com"}, "acuse", flags=["derivado"]))

# ---------------------------------------------------------------------------
# Saturday 5 / Sunday 6 December
# ---------------------------------------------------------------------------
add("reconsideracion-sabado-sin-firma", D, "2026-12-05 11:00:22",
    "Ruth <ruthelena.bolivar@gmail.com>", "Reconsideracion",
    text="""Señores CEPR

Yo, Ruth Elena Bolívar Matos, con pasaporte N° 132208417, presento Recurso de Reconsideración contra la Resolución que denegó mi solicitud de refugio, que me notificaron por correo el día 20 de noviembre de 2026.

Motivo: en la entrevista no se tomó en cuenta que soy testigo en el juicio contra los funcionarios que detuvieron a mi hermano; presento como nueva prueba la constancia del Ministerio Público que me reconoce como testigo protegida.

Teléfono: 932 604 118
Correo: ruthelena.bolivar@gmail.com

Lima, 5 de diciembre de 2026
Ruth Elena Bolívar Matos
""",
    mailer="gmail", notified="2026-11-20",
    label=L("reconsideracion", {"nombres": "Ruth Elena Bolívar Matos", "documento_identidad": "132208417",
            "telefono": "+51932604118", "correo": "ruthelena.bolivar@gmail.com",
            "motivo": "soy testigo en el juicio contra los funcionarios que detuvieron a mi hermano"},
            "subsanar", missing=["firma"], signature="absent"))

add("entrevista-registro-cambio-cita-portal", S, "2026-12-05 19:30:48",
    "Wilfredo A. <wilfredo.arraez@gmail.com>", "ENTREVISTA DE REGISTRO - cita",
    text="""Buenas noches.
Me llegó la cita para la entrevista de registro para el 15 de diciembre a las 9am pero ese día tengo turno en el trabajo y no me dan permiso. Se puede cambiar para otro día?

Saludos,
Wilfredo Arráez
tel 920 117 584
""",
    label=L("entrevista_registro", {"nombres": "Wilfredo Arráez", "telefono": "+51920117584",
            "correo": "wilfredo.arraez@gmail.com"}, "portal"))

add("boletin-lista-correo", R, "2026-12-06 07:00:00",
    "Boletín Migración y Derechos <boletin@migracionyderechos.org>",
    "Boletín N° 48: novedades sobre regularización migratoria y refugio",
    text="""BOLETÍN MIGRACIÓN Y DERECHOS - N° 48 - Diciembre 2026

1. Nuevo plazo para el PTP: lo que se sabe.
2. Jurisprudencia: el Tribunal Constitucional y el derecho a la identidad de personas refugiadas.
3. Agenda: conversatorio virtual sobre inserción laboral de personas refugiadas (10/12).

Para dejar de recibir este boletín, responda con la palabra BAJA.
""",
    headers={"List-Id": "Boletin MyD <boletin.migracionyderechos.org>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@migracionyderechos.org>"},
    label=L(None, {}, "ignorado"))

add("duplicado-carnet-de-solicitante", S, "2026-12-06 21:15:33",
    "Yessica <yessicaparedes.r@gmail.com>", "Duplicado de carnet",
    text="""Buenas noches, perdí mi carné de solicitante de refugio en el bus, ya fui a la comisaría. ¿Cómo hago para sacar el duplicado del carné de solicitante? Lo necesito para trabajar.

Yessica Paredes Rondón
cédula 20.554.119
cel 961 204 337
""",
    label=L("carne_solicitante", {"nombres": "Yessica Paredes Rondón", "documento_identidad": "20554119",
            "telefono": "+51961204337", "correo": "yessicaparedes.r@gmail.com"}, "suspendido"))

# ---------------------------------------------------------------------------
# Monday 7 December (día no laborable)
# ---------------------------------------------------------------------------
CONSTANCIA_GUEDEZ = [
    "POLICIA NACIONAL DEL PERU - COMISARIA PNP SAN COSME",
    "",
    "CONSTANCIA DE DENUNCIA POR PERDIDA DE DOCUMENTOS",
    "",
    "Se deja constancia de que la ciudadana Carmen Teresa Guedez de Rivero, de nacionalidad",
    "venezolana, denuncio la perdida de su carne de extranjeria N° 000187452 el dia 04/12/2026",
    "en las inmediaciones del Mercado Mayorista de La Victoria.",
    "",
    "La Victoria, 5 de diciembre de 2026",
]
add("duplicado-carne-nieta-por-su-abuela", R, "2026-12-07 10:00:41",
    "Valeria Sánchez <valeria.sanchez.g02@gmail.com>", "duplicado carné de extranjería para mi abuela",
    text="""Hola!! Escribo por mi abuelita porque ella no usa internet. Se le perdió su carné de extranjería en el mercado y ya fuimos a la comisaría (adjunto la constancia).

Sus datos:
Nombre: Carmen Teresa Guédez de Rivero
Sexo: femenino
Nacionalidad: venezolana
Cédula: V-3.667.201
Carné de extranjería: 000187452
Fecha de nacimiento: 03-02-1948

Cualquier cosa me escriben por WhatsApp al 989 006 731 (Valeria, nieta). Mi DNI es 76540912.

Muchas gracias!!
""",
    atts=[pdf_att("constancia_comisaria.pdf", ("text", CONSTANCIA_GUEDEZ))],
    label=L("duplicado_carne_extranjeria", {"nombres": "Carmen Teresa Guédez de Rivero", "sexo": "F",
            "nacionalidad": "VE", "documento_identidad": "V3667201", "carne_extranjeria": "000187452",
            "fecha_nacimiento": "1948-02-03", "telefono": "+51989006731",
            "correo": "valeria.sanchez.g02@gmail.com"}, "acuse"))

add("solicitud-refugio-ong-tacna-portal", D, "2026-12-07 16:00:15",
    "Programa de Protección - Manos Unidas Tacna <proteccion@manosunidastacna.org>",
    "Solicitud de refugio - familia recién llegada",
    text="""Buenas tardes,

Desde el Programa de Protección de la Asociación Manos Unidas (Tacna) atendemos a una familia venezolana que ingresó la semana pasada por el Complejo Fronterizo Santa Rosa. El jefe de familia, Omar Enrique Lárez Pinto, cédula V-21.338.906, desea solicitar refugio para él, su esposa y sus tres hijos menores.

¿Podrían indicarnos el procedimiento? La familia no cuenta con correo propio todavía; el teléfono de la familia es 950 662 118.

Atentamente,

Rocío Mamani Quispe
Trabajadora social - DNI 00498812
Cel. 952 330 774
Asociación Manos Unidas - Tacna
""",
    mailer="outlook",
    label=L("solicitud_refugio", {"nombres": "Omar Enrique Lárez Pinto", "nacionalidad": "VE",
            "documento_identidad": "V21338906", "telefono": "+51950662118",
            "correo": "proteccion@manosunidastacna.org"}, "portal"))

# ---------------------------------------------------------------------------
# Tuesday 8 December (feriado)
# ---------------------------------------------------------------------------
APE_URBINA = [
    "RECURSO DE APELACION",
    "",
    "Senores Comision Especial para los Refugiados",
    "",
    "Yo, Rafael Ignacio Urbina Medina, pasaporte 149002376, interpongo recurso de apelacion",
    "contra la resolucion que declaro infundada mi reconsideracion, notificada con fecha 27/11/2026.",
    "",
    "Motivo: la resolucion no analizo las amenazas del colectivo armado en Barquisimeto",
    "que constan en el expediente, ni el informe de la ONG sobre persecucion a periodistas.",
    "",
    "Telefono +51 927 441 903 - Correo rafael.urbina.m@hotmail.com",
    "",
    "Lima, 7 de diciembre de 2026",
]
add("apelacion-pdf-firma-alterada", D, "2026-12-08 12:00:30",
    "Rafael <rafael.urbina.m@hotmail.com>", "RECURSO DE APELACIÓN - RAFAEL URBINA",
    text="""Señores de la Comisión Especial para los Refugiados:

Adjunto mi Recurso de Apelación firmado digitalmente, contra la resolución notificada con fecha 27/11/2026.

Nombre completo: Rafael Ignacio Urbina Medina
Pasaporte: 149002376
Motivo: la resolución no analizó las amenazas del colectivo armado en Barquisimeto que constan en mi expediente.
Tlf: +51 927 441 903
Correo: rafael.urbina.m@hotmail.com

Atentamente,
Rafael Urbina
""",
    atts=[pdf_att("Apelacion_RUrbina_firmado.pdf", ("altered", APE_URBINA, "Rafael Ignacio Urbina Medina",
                                                    "Barquisimeto", "Barinas city"))],
    notified="2026-11-27",
    label=L("apelacion", {"nombres": "Rafael Ignacio Urbina Medina", "documento_identidad": "149002376",
            "telefono": "+51927441903", "correo": "rafael.urbina.m@hotmail.com",
            "motivo": "la resolución no analizó las amenazas del colectivo armado en Barquisimeto"},
            "subsanar", missing=["firma"], signature="invalid"))

add("actualizacion-vecina-por-senora-haitiana", S, "2026-12-08 18:00:02",
    "Pilar Huamán <pilar.huaman.r@gmail.com>", "Actualizacion de datos - Sra. Marie-Claude Joseph",
    text="""Señores, buenas tardes.

Soy vecina de la señora Marie-Claude Joseph, de Haití, que es solicitante de refugio. Ella no tiene computadora ni correo y me pidió ayudarle a actualizar su número de teléfono, porque le robaron el celular la semana pasada.

Sus datos: pasaporte haitiano N° HB0932217; su nuevo celular es el 924 771 306.

Si necesitan confirmar algo pueden escribirme a este correo o llamarme al 987 450 221. Mi nombre es Pilar Huamán Rojas, DNI 10448297.

Atentamente.
""",
    mailer="gmail",
    label=L("actualizacion_datos", {"nombres": "Marie-Claude Joseph", "nacionalidad": "HT",
            "documento_identidad": "HB0932217", "telefono": "+51924771306",
            "correo": "pilar.huaman.r@gmail.com"}, "acuse"))

# ---------------------------------------------------------------------------
# Wednesday 9 December (feriado)
# ---------------------------------------------------------------------------
add("renovacion-autorizacion-trabajo-portal", R, "2026-12-09 09:00:27",
    "Kervin Saint-Fleur <kervinsaint.fleur@gmail.com>", "Renovación de autorización de trabajo",
    text="""Buen dia.
Mi autorizacion de trabajo se vencio el 1 de diciembre y cuando entro al sistema para generar la nueva me sale "error 500". Que puedo hacer?

Kervin Saint-Fleur, haitiano
pasaporte RA2210548
""",
    label=L("autorizacion_trabajo", {"nombres": "Kervin Saint-Fleur", "nacionalidad": "HT",
            "documento_identidad": "RA2210548", "correo": "kervinsaint.fleur@gmail.com"}, "portal"))

add("cambio-clave-reenvio-de-su-propio-correo", S, "2026-12-09 20:00:18",
    "Marbelis Quero <marbelis.quero@gmail.com>", "RV: Cambio de clave y contraseña",
    text="""Buenas noches, les reenvío mi correo del 20 de noviembre porque no he recibido respuesta. Agrego mi número de pasaporte que se me olvidó ponerle: 131776245.

Gracias.

---------- Forwarded message ---------
De: Marbelis Quero <marbelis.quero@gmail.com>
Date: vie, 20 nov 2026 a las 9:14
Subject: Cambio de clave y contraseña
To: <solicitantesrefugio@rree.gob.pe>


Buenos días, solicito el cambio de clave del Sistema de Refugiados porque no puedo entrar.

Nombres: Marbelis del Valle Quero Garcia
Teléfono: 916 338 045
Correo: marbelis.quero@gmail.com

Gracias
""",
    mailer="gmail",
    label=L("cambio_clave", {"nombres": "Marbelis del Valle Quero Garcia", "documento_identidad": "131776245",
            "telefono": "+51916338045", "correo": "marbelis.quero@gmail.com"}, "acuse"))

# ---------------------------------------------------------------------------
# Thursday 10 December
# ---------------------------------------------------------------------------
add("re-cambio-clave-envia-cedula", S, "2026-12-10 08:03:49",
    "dani <danielaq.perez@gmail.com>", "RE: cambio de clave",
    text="""buenos dias, aqui les mando mi cedula: V-25.661.093
gracias

El jue, 3 dic 2026 a las 8:15, Solicitantes Refugio (<solicitantesrefugio@rree.gob.pe>) escribió:
> Estimada usuaria:
> Hemos recibido su solicitud de cambio de clave y contraseña. Para continuar,
> le pedimos enviar el dato faltante: N° de Pasaporte o Cédula.
> Secretaría Ejecutiva de la CEPR
>
> El mié, 2 dic 2026 a las 22:48, dani <danielaq.perez@gmail.com> escribió:
>> hola buenas noches
>> olvide mi clave del sistema de refugiados y no me llega nada al correo para recuperarla, ya intente varias veces
>> soy daniela quintero perez, mi whatsapp es +58 414 772 6311 y mi correo es este mismo
>> gracias
""",
    label=L("cambio_clave", {"nombres": "daniela quintero perez", "documento_identidad": "V25661093",
            "telefono": "+584147726311", "correo": "danielaq.perez@gmail.com"}, "acuse"))

RECURSO_PEREZ_IMG = [
    "Lima 9 de diciembre de 2026",
    "Señores de la CEPR",
    "RECURSO DE RECONSIDERACION",
    "Yo Johan Alberto Perez Ramos",
    "C.I. V-26.119.804 presento reconsideracion",
    "contra la resolucion que me nego el refugio.",
    "Motivo: nuevas pruebas de las amenazas",
    "por mi trabajo como periodista en Zulia.",
    "Tel 9 8812 4506",
]
add("reconsideracion-gmail-foto-fuera-de-plazo", D, "2026-12-10 09:45:11",
    "Johan Pérez <johanperez.ramos@gmail.com>", "Recurso de Reconsideración",
    text="""Buenos días, señores.

Presento mi recurso de reconsideración (adjunto foto del escrito firmado a mano). La resolución me fue notificada el 12 de noviembre de 2026.

Nombres: Johan Alberto Pérez Ramos
Cédula: V-26.119.804
Teléfono: 9 8812 4506
Correo: johanperez.ramos@gmail.com

Motivo: aporto nuevas pruebas de las amenazas que recibí por mi trabajo como periodista en el estado Zulia (capturas de mensajes y la denuncia ante el SNTP).

Gracias.
""",
    html="""<div dir="ltr"><p>Buenos días, señores.</p><p>Presento mi recurso de reconsideración (adjunto foto del escrito firmado a mano). La resolución me fue notificada el 12 de noviembre de 2026.</p><p><b>Nombres:</b> Johan Alberto Pérez Ramos<br><b>Cédula:</b> V-26.119.804<br><b>Teléfono:</b> 9 8812 4506<br><b>Correo:</b> <a href="mailto:johanperez.ramos@gmail.com">johanperez.ramos@gmail.com</a></p><p><b>Motivo:</b> aporto nuevas pruebas de las amenazas que recibí por mi trabajo como periodista en el estado Zulia (capturas de mensajes y la denuncia ante el SNTP).</p><p>Gracias.</p></div>
""",
    atts=[jpg_att("IMG_20261209_213355.jpg", ("jpeg", RECURSO_PEREZ_IMG))],
    mailer="gmail", notified="2026-11-12",
    label=L("reconsideracion", {"nombres": "Johan Alberto Pérez Ramos", "documento_identidad": "V26119804",
            "telefono": "+51988124506", "correo": "johanperez.ramos@gmail.com",
            "motivo": "aporto nuevas pruebas de las amenazas que recibí por mi trabajo como periodista en el estado Zulia"},
            "cargo", signature="manuscrita", flags=["verificar_firma", "extemporaneo"]))

DENUNCIA_MANRIQUE = [
    "COMISARIA PNP MIRAFLORES",
    "DENUNCIA N° 9923",
    "Denunciante: Alexis Rafael Manrique Oropeza",
    "Perdida de carne de extranjeria",
    "N° 000672390 - 06/12/2026",
]
add("duplicado-carne-outlook-a-solicitantes", S, "2026-12-10 10:20:36",
    "Alexis Manrique <alexis.manrique@outlook.es>", "Duplicado de carné de extranjería",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Buenos días, solicito el duplicado de mi carné de extranjería, que perdí el fin de semana. Adjunto foto de la denuncia.</div><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt"><br></div><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">Nombres: Alexis Rafael Manrique Oropeza<br>Sexo: M<br>Nacionalidad: Venezuela<br>Pasaporte: 125661907<br>CE: 000672390<br>Fecha de nacimiento: 1992-11-04<br>Teléfono: +51 945 118 062</div><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt"><br></div><div id="Signature"><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">Alexis M.</div></div></body></html>
""",
    atts=[jpg_att("denuncia.jpg", ("jpeg", DENUNCIA_MANRIQUE))],
    mailer="outlookweb",
    label=L("duplicado_carne_extranjeria", {"nombres": "Alexis Rafael Manrique Oropeza", "sexo": "M",
            "nacionalidad": "VE", "documento_identidad": "125661907", "carne_extranjeria": "000672390",
            "fecha_nacimiento": "1992-11-04", "telefono": "+51945118062",
            "correo": "alexis.manrique@outlook.es"}, "acuse", flags=["derivado"]))

ESCRITO_QUINONEZ = [
    "ESCRITO DE RENUNCIA AL TRAMITE DE SOLICITUD DE REFUGIO",
    "",
    "Señores Comisión Especial para los Refugiados",
    "",
    "Jessenia Maribel Quiñónez Cortez, de nacionalidad ecuatoriana, con cédula de identidad",
    "N° 0803344127, solicitante de refugio, renuncio al trámite de mi solicitud de refugio.",
    "",
    "Motivo: he decidido retornar a Esmeraldas para reunirme con mis hijos, al haber cesado",
    "las amenazas que motivaron mi salida.",
    "",
    "Lima, 9 de diciembre de 2026",
]
add("renuncia-abogado-pdf-sin-firma", D, "2026-12-10 11:30:54",
    "Dr. Marco Aurelio Benavides <mbenavides.abogado@gmail.com>",
    "Renuncia al trámite de solicitud de refugio – Sra. Jessenia Quiñónez",
    text="""Señores:

Por encargo de mi patrocinada, la señora Jessenia Maribel Quiñónez Cortez, ecuatoriana, con cédula de identidad ecuatoriana N° 0803344127, solicitante de refugio, remito su escrito de renuncia al trámite de solicitud de refugio.

La señora ha decidido retornar a Esmeraldas para reunirse con sus hijos, al haber cesado las amenazas.

Para coordinaciones, comunicarse con el suscrito al 994 087 215.

Marco Aurelio Benavides Lazo
Abogado, Reg. CAL 40127
DNI 09887341
""",
    atts=[pdf_att("escrito_renuncia.pdf", ("text", ESCRITO_QUINONEZ))],
    mailer="gmail",
    label=L("renuncia", {"nombres": "Jessenia Maribel Quiñónez Cortez", "nacionalidad": "EC",
            "documento_identidad": "0803344127", "telefono": "+51994087215",
            "correo": "mbenavides.abogado@gmail.com",
            "motivo": "ha decidido retornar a Esmeraldas para reunirse con sus hijos"},
            "subsanar", missing=["firma"], signature="absent"))

add("renovacion-residencia-sin-fecha-nacimiento", R, "2026-12-10 15:00:07",
    "José Gregorio <josegregorio.linares@yahoo.com>", "renovacion de residencia",
    text="""Buenas tardes, como todos los años solicito la prórroga de residencia. Soy José Gregorio Linares Pérez, sexo masculino, venezolano, pasaporte 089334172, carné de extranjería 000412586, cel 956 118 240.
Gracias
""",
    charset="iso-8859-1",
    label=L("prorroga_residencia", {"nombres": "José Gregorio Linares Pérez", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "089334172", "carne_extranjeria": "000412586",
            "telefono": "+51956118240", "correo": "josegregorio.linares@yahoo.com"},
            "subsanar", missing=["fecha_nacimiento"]))

ESCANEO_COLINA = [
    "Lima, 10 de diciembre de 2026",
    "Señores CEPR",
    "Solicito autorizacion de viaje urgente",
    "a Maracaibo, Venezuela, del 14/12/2026",
    "al 10/01/2027, porque mi madre esta",
    "hospitalizada en estado grave.",
    "Ana Karina Sequera de Colina",
    "C.E. 000558109  Tel. 935 270 884",
]
add("autorizacion-viaje-esposo-escaneo", R, "2026-12-10 19:40:25",
    "Rubén Darío Colina <rubendcolina@gmail.com>", "Autorizacion de viaje - urgente - Ana Karina Colina",
    text="""Buenas noches,

Escribo a nombre de mi esposa, Ana Karina Sequera de Colina, refugiada reconocida, carné de extranjería N° 000558109, porque ella está con nuestra bebé y no tiene cómo escribir. Su mamá está muy grave, hospitalizada en Maracaibo, Venezuela, y ella necesita viajar entre el 14/12/2026 y el 10/01/2027.

Adjunto la solicitud firmada por ella (escaneada).

Teléfono de ella: 935 270 884.

Yo también soy refugiado reconocido, CE 000558110, mi celular es 935 270 885.

Rubén Colina
""",
    atts=[pdf_att("solicitud_viaje_escaneada.pdf", ("scan", ESCANEO_COLINA))],
    mailer="gmail",
    label=L("autorizacion_viaje", {"nombres": "Ana Karina Sequera de Colina", "carne_extranjeria": "000558109",
            "telefono": "+51935270884", "destino": "Maracaibo, Venezuela", "fecha_salida": "2026-12-14",
            "fecha_retorno": "2027-01-10", "correo": "rubendcolina@gmail.com",
            "motivo": "Su mamá está muy grave, hospitalizada en Maracaibo"},
            "acuse", signature="manuscrita", flags=["verificar_firma"]))

# ---------------------------------------------------------------------------
# Friday 11 December
# ---------------------------------------------------------------------------
add("consulta-que-es-actualizacion", S, "2026-12-11 08:20:40",
    "Camilo <camilo.ortiz.b@gmail.com>", "Consulta",
    text="""Buenos días, necesito hacer la actualización de datos de contacto porque cambié de número y de dirección.

Camilo Ernesto Ortiz Bermúdez, colombiano, solicitante de refugio, C.C. 1.020.773.415.
Número nuevo: +57 320 441 8876 (WhatsApp, es de Colombia mientras consigo chip peruano).
Dirección nueva: Mz. F Lt. 12, AA.HH. Los Olivos de Pro, Los Olivos.

Gracias
""",
    label=L("actualizacion_datos", {"nombres": "Camilo Ernesto Ortiz Bermúdez", "nacionalidad": "CO",
            "documento_identidad": "1020773415", "telefono": "+573204418876",
            "correo": "camilo.ortiz.b@gmail.com"}, "acuse"))

add("prorroga-y-viaje-dos-tramites-triage", R, "2026-12-11 10:10:03",
    "Yeniree <yeniree.mora@gmail.com>", "Prórroga de residencia y autorización de viaje",
    text="""Buenos días, tengo que hacer la prórroga de residencia este mes y además necesito la autorización de viaje porque tengo que ir a Caracas en enero por un tema familiar. ¿Puedo pedir las dos cosas a la vez o primero una y después la otra?

Yeniree Mora Castillo
CE 000701223
""",
    mailer="gmail",
    label=L(None, {"nombres": "Yeniree Mora Castillo", "carne_extranjeria": "000701223",
            "correo": "yeniree.mora@gmail.com"}, "triage"))

APE_YANEZ = [
    "Chosica, 10 de diciembre de 2026",
    "",
    "Señores de la Comisión Especial para los Refugiados",
    "",
    "RECURSO DE APELACIÓN",
    "",
    "Yo, Deivis Javier Yánez Rondón, venezolano, con cédula de identidad V-22.417.635, apelo la",
    "resolución que confirma la denegatoria de mi solicitud de refugio, notificada el 25/11/2026.",
    "",
    "Motivo: la resolución afirma que puedo reubicarme dentro de Venezuela, pero los grupos que",
    "me persiguen por negarme a pagar la vacuna actúan en todo el país, como prueban los",
    "mensajes y la denuncia que adjunté al expediente.",
    "",
    "Teléfono 941 663 508 - correo deivisyanez.r@gmail.com",
    "",
    "Deivis Javier Yánez Rondón",
]
CEDULA_YANEZ = ["REPUBLICA BOLIVARIANA DE VENEZUELA", "CEDULA DE IDENTIDAD", "V 22.417.635",
                "YANEZ RONDON", "DEIVIS JAVIER"]
add("apelacion-parroquia-firmado-y-cedula", D, "2026-12-11 12:00:59",
    "Parroquia Santa Rosa de Lima - Movilidad Humana <movilidadhumana@parroquiasantarosachosica.org.pe>",
    "Recurso de apelación del hermano Deivis Yánez",
    text="""Paz y bien.

La Pastoral de Movilidad Humana de la Parroquia Santa Rosa de Lima (Chosica) acompaña al señor Deivis Javier Yánez Rondón, solicitante de refugio venezolano. Remitimos, a su pedido, su recurso de apelación firmado digitalmente y una foto de su cédula.

La resolución le fue notificada el día 25 de noviembre del 2026.

Sus datos de contacto: teléfono 941 663 508 y correo deivisyanez.r@gmail.com.

Que Dios los bendiga.

Hna. Teresa Ccori Huillca
Secretaría Parroquial
Tel. (01) 360-2241
""",
    atts=[pdf_att("Apelacion Deivis Yanez.pdf", ("signed", APE_YANEZ, "Deivis Javier Yanez Rondon")),
          jpg_att("cedula_deivis.jpg", ("jpeg", CEDULA_YANEZ))],
    notified="2026-11-25",
    label=L("apelacion", {"nombres": "Deivis Javier Yánez Rondón", "nacionalidad": "VE",
            "documento_identidad": "V22417635", "telefono": "+51941663508",
            "correo": "deivisyanez.r@gmail.com",
            "motivo": "los grupos que me persiguen por negarme a pagar la vacuna actúan en todo el país"},
            "cargo", signature="valid"))

add("duplicado-carne-minusculas-sin-denuncia", R, "2026-12-11 16:50:44",
    "jhonatan <jhonatan.leal94@gmail.com>", "duplicado de carne de extranjeria",
    text="""buenas tardes se me perdio el carne de extranjeria el domingo, necesito el duplicado para poder cobrar en el trabajo

jhonatan david leal suarez / masculino / venezolano / cedula 24.990.316 / carne 000804471 / nacimiento 11/09/94 / cel 969 420 113
""",
    label=L("duplicado_carne_extranjeria", {"nombres": "jhonatan david leal suarez", "sexo": "M",
            "nacionalidad": "VE", "documento_identidad": "24990316", "carne_extranjeria": "000804471",
            "fecha_nacimiento": "1994-09-11", "telefono": "+51969420113",
            "correo": "jhonatan.leal94@gmail.com"}, "subsanar", missing=["denuncia_policial"]))

# ---------------------------------------------------------------------------
# Saturday 12 / Sunday 13 December
# ---------------------------------------------------------------------------
add("carnet-solicitante-a-refugiados", R, "2026-12-12 09:00:14",
    "Rosmary <rosmary.gil.l@hotmail.com>", "Carnet de solicitante de refugio",
    text="""Buenos días, quiero saber cómo obtener mi carnet de solicitante, ya tengo mi expediente y la entrevista hecha hace meses.

Rosmary Gil Lozada
pasaporte 110223458
cel 974 306 551
""",
    label=L("carne_solicitante", {"nombres": "Rosmary Gil Lozada", "documento_identidad": "110223458",
            "telefono": "+51974306551", "correo": "rosmary.gil.l@hotmail.com"}, "suspendido",
            flags=["derivado"]))

RENUNCIA_MUJICA = [
    "Lima, 12 de diciembre de 2026",
    "",
    "Señores Comisión Especial para los Refugiados",
    "",
    "RENUNCIA A LA CONDICIÓN DE REFUGIADO",
    "",
    "Yo, Freddy Alberto Mujica Torrealba, pasaporte N° 098812334, carné de extranjería",
    "N° 000366190, renuncio a la condición de refugiado que me fue reconocida.",
    "",
    "Motivo: me voy a radicar definitivamente en España junto con mi familia.",
    "",
    "Teléfono: 928 115 604",
    "",
    "Freddy Alberto Mujica Torrealba",
]
add("renuncia-outlook-sin-nacionalidad", D, "2026-12-12 16:00:32",
    "Freddy Mujica <fmujica77@outlook.com>", "Renuncia",
    text="""Buenas tardes,

Por medio del presente adjunto mi renuncia a la condición de refugiado, firmada digitalmente.

Nombre: Freddy Alberto Mujica Torrealba
Pasaporte: 098812334
CE: 000366190
Teléfono: 928 115 604
Motivo: me voy a radicar definitivamente en España junto con mi familia.

Saludos,
Freddy Mujica
""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:"Calibri",sans-serif}</style></head><body lang="ES-PE"><div class="WordSection1"><p class="MsoNormal">Buenas tardes,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Por medio del presente adjunto mi renuncia a la condición de refugiado, firmada digitalmente.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Nombre: Freddy Alberto Mujica Torrealba</p><p class="MsoNormal">Pasaporte: 098812334</p><p class="MsoNormal">CE: 000366190</p><p class="MsoNormal">Teléfono: 928 115 604</p><p class="MsoNormal">Motivo: me voy a radicar definitivamente en España junto con mi familia.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Saludos,</p><p class="MsoNormal">Freddy Mujica</p></div></body></html>
""",
    atts=[pdf_att("Renuncia_FMujica.pdf", ("signed", RENUNCIA_MUJICA, "Freddy Alberto Mujica Torrealba"))],
    mailer="outlook",
    label=L("renuncia", {"nombres": "Freddy Alberto Mujica Torrealba", "documento_identidad": "098812334",
            "carne_extranjeria": "000366190", "telefono": "+51928115604",
            "correo": "fmujica77@outlook.com",
            "motivo": "me voy a radicar definitivamente en España junto con mi familia"},
            "subsanar", missing=["nacionalidad"], signature="valid"))

FORM_ACOSTA = [
    "FORMULARIO - PRÓRROGA DE RESIDENCIA (REFUGIADOS)",
    "",
    "Nombres y apellidos: Yusimí Acosta Valdés",
    "Sexo: F",
    "Nacionalidad: Cuba",
    "Carnet de identidad: 85110212734",
    "Carné de extranjería: 000509914",
    "Fecha de nacimiento: 1985-11-02",
    "Teléfono: 963 221 870",
    "",
    "Lima, 13/12/2026",
]
add("prorroga-datos-solo-en-pdf", R, "2026-12-13 10:30:06",
    "Yusimí <yusimi.acosta.v@gmail.com>", "Prorroga de residencia",
    text="""Buenos días, adjunto el formulario con mis datos para la prórroga de residencia.
Gracias.
""",
    atts=[pdf_att("formulario_prorroga.pdf", ("text", FORM_ACOSTA))],
    mailer="gmail",
    label=L("prorroga_residencia", {"nombres": "Yusimí Acosta Valdés", "sexo": "F", "nacionalidad": "CU",
            "documento_identidad": "85110212734", "carne_extranjeria": "000509914",
            "fecha_nacimiento": "1985-11-02", "telefono": "+51963221870",
            "correo": "yusimi.acosta.v@gmail.com"}, "acuse"))

APE_GUZMAN = [
    "RECURSO DE APELACIÓN",
    "",
    "Señores Comisión Especial para los Refugiados",
    "",
    "Richard José Guzmán Arteaga, C.I. V-16.440.582, interpongo recurso de apelación contra la",
    "resolución que me fue notificada con fecha 04/11/2026.",
    "",
    "Motivo: fui funcionario de la alcaldía de Maturín y fui destituido y amenazado por",
    "denunciar desvíos de fondos; la resolución no valoró el acta de destitución.",
    "",
    "Tel. 933 508 276 - richardguzman.ve@gmail.com",
    "",
    "Lima, 27 de noviembre de 2026",
]
add("apelacion-reenvio-propio-fuera-de-plazo", D, "2026-12-13 22:00:51",
    "Richard Guzmán <richardguzman.ve@gmail.com>", "Fwd: Recurso de apelación",
    text="""Buenas noches, el 27 de noviembre envié este recurso a refugiados@rree.gob.pe y me respondieron que lo mande a mesa de partes. Lo reenvío con el PDF firmado.

---------- Forwarded message ---------
De: Richard Guzmán <richardguzman.ve@gmail.com>
Date: vie, 27 nov 2026 a las 18:22
Subject: Recurso de apelación
To: <refugiados@rree.gob.pe>


Señores, interpongo recurso de apelación contra la resolución que me fue notificada con fecha 04/11/2026.

Richard José Guzmán Arteaga
C.I. V-16.440.582
Tel. 933 508 276

Motivo: fui funcionario de la alcaldía de Maturín y fui destituido y amenazado por denunciar desvíos de fondos; la resolución no valoró el acta de destitución.
""",
    atts=[pdf_att("apelacion_guzman.pdf", ("signed", APE_GUZMAN, "Richard Jose Guzman Arteaga"))],
    mailer="gmail", notified="2026-11-04",
    label=L("apelacion", {"nombres": "Richard José Guzmán Arteaga", "documento_identidad": "V16440582",
            "telefono": "+51933508276", "correo": "richardguzman.ve@gmail.com",
            "motivo": "fui funcionario de la alcaldía de Maturín y fui destituido y amenazado por denunciar desvíos de fondos"},
            "cargo", signature="valid", flags=["extemporaneo"]))


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------
MAILERS = {
    "gmail": {"domain": "mail.gmail.com", "relay": ("mail-sor-f41.google.com", "209.85.220.41")},
    "outlook": {"domain": "namprd04.prod.outlook.com", "xm": "Microsoft Outlook 16.0",
                "relay": ("mail-dm6nam12on2101.outbound.protection.outlook.com", "40.107.243.101")},
    "outlookweb": {"domain": "PH0PR12MB7982.namprd12.prod.outlook.com",
                   "relay": ("mail-bn8nam12olkn2080.outbound.protection.outlook.com", "40.92.21.80")},
    None: {"domain": None, "relay": None},
}


def attachment_bytes(spec):
    kind = spec[0]
    if kind == "text":
        return pdfkit.text_pdf(spec[1])
    if kind == "signed":
        return pdfkit.signed_pdf(spec[1], spec[2])
    if kind == "altered":
        return pdfkit.altered_signed_pdf(spec[1], spec[2], spec[3], spec[4])
    if kind == "scan":
        return pdfkit.scanned_pdf(spec[1], tilt=0.7)
    if kind == "jpeg":
        return pdfkit.jpeg(spec[1], tilt=-1.2)
    raise ValueError(kind)


def received_header(rcv, mailbox, frm, mailer):
    addr = email.utils.parseaddr(frm)[1]
    dom = addr.split("@")[1]
    relay = MAILERS[mailer]["relay"] or ("mx." + dom, "190.%d.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250)))
    if dom == "rree.gob.pe":
        relay = ("exch01.rree.gob.pe", "10.10.4.21")
    qid = "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(12))
    return ("from %s (%s [%s]) by mx1.rree.gob.pe (Postfix) with ESMTPS id %s for <%s>; %s"
            % (relay[0], relay[0], relay[1], qid, mailbox, email.utils.format_datetime(rcv)))


def msgid(m, rcv):
    dom = MAILERS[m["mailer"]]["domain"]
    addr = email.utils.parseaddr(m["frm"])[1]
    h = hashlib.sha1((m["slug"] + m["received"]).encode()).hexdigest()
    if m["mailer"] == "gmail":
        return "<CA+%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:32])
    if dom:
        return "<%s.%s@%s>" % (h[:16].upper(), h[16:24].upper(), dom)
    return "<%s.%d@%s>" % (h[:18], int(rcv.timestamp()), addr.split("@")[1])


def build_bounce(m, rcv, date):
    """A Exchange-style non-delivery report (multipart/report), written out by hand."""
    b = "----=_NDR_" + hashlib.md5(m["slug"].encode()).hexdigest()[:16]
    pol = policy.default
    hs = [("Received", received_header(rcv, m["mailbox"], m["frm"], None)),
          ("Delivered-To", m["mailbox"]), ("From", m["frm"]), ("To", m["mailbox"]),
          ("Date", email.utils.format_datetime(date)),
          ("Subject", email.header.Header(m["subject"], "utf-8").encode()),
          ("Message-ID", msgid(m, rcv)), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
          ("Content-Type", 'multipart/report; report-type=delivery-status;\n boundary="%s"' % b)]
    hdr = "".join(pol.fold(k, v) if k != "Content-Type" else "%s: %s\n" % (k, v) for k, v in hs) + "\n"
    body = (
        "--%(b)s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "No se pudo entregar el mensaje a estos destinatarios o grupos:\n\n"
        "yolimar.castr0@gmial.com\n"
        "No se encontró el dominio del destinatario. Compruebe la dirección y vuelva a intentarlo.\n\n"
        "Diagnóstico para administradores: Remote Server returned '550 5.4.310 DNS domain gmial.com does not exist'\n\n"
        "--%(b)s\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;exch01.rree.gob.pe\n\n"
        "Final-Recipient: rfc822;yolimar.castr0@gmial.com\nAction: failed\nStatus: 5.4.310\n"
        "Diagnostic-Code: smtp;550 5.4.310 DNS domain gmial.com does not exist\n\n"
        "--%(b)s\nContent-Type: text/rfc822-headers; charset=utf-8\n\n"
        "From: Mesa de Partes RREE <mesadepartes@rree.gob.pe>\n"
        "To: yolimar.castr0@gmial.com\n"
        "Subject: =?utf-8?q?Cargo_-_Recurso_de_Apelaci=C3=B3n?=\n"
        "Date: Thu, 3 Dec 2026 14:39:20 -0500\n\n"
        "--%(b)s--\n") % {"b": b}
    return (hdr + body).encode("utf-8")


def build(m):
    rcv = dt.datetime.strptime(m["received"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=LIMA)
    date = rcv - dt.timedelta(seconds=rnd.randint(3, 95))
    if m["raw"] == "bounce":
        return build_bounce(m, rcv, date), rcv, []
    msg = EmailMessage()
    msg["Received"] = received_header(rcv, m["mailbox"], m["frm"], m["mailer"])
    msg["Delivered-To"] = m["mailbox"]
    msg["Date"] = email.utils.format_datetime(date)
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or m["mailbox"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = msgid(m, rcv)
    if m["mailer"] in ("outlook",):
        msg["X-Mailer"] = MAILERS["outlook"]["xm"]
        msg["Thread-Index"] = "Adtj" + hashlib.md5(m["slug"].encode()).hexdigest()[:20]
        msg["Content-Language"] = "es-pe"
    for k, v in m["headers"].items():
        msg[k] = v
    if m["text"] is not None:
        msg.set_content(m["text"], charset=m["charset"])
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset="utf-8")
    else:
        msg.set_content(m["html"], subtype="html", charset="utf-8")
    blobs = []
    for name, maintype, subtype, spec in m["atts"]:
        data = attachment_bytes(spec)
        blobs.append((name, spec[0], data))
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes(policy=policy.default), rcv, blobs


def main():
    for f in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(f)
    MSGS.sort(key=lambda m: m["received"])
    lines = []
    for i, m in enumerate(MSGS, 1):
        fname = "%03d-%s.eml" % (i, m["slug"])
        data, rcv, blobs = build(m)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        lab = m["label"]
        proc, outcome = lab["procedure"], lab["outcome"]
        filing = caldates.filing_date(rcv.replace(tzinfo=None))
        due = caldates.due_date(filing, proc, outcome)
        flags = list(lab["flags"])
        # consistency checks on the hand-written labels
        if proc in HOME and outcome not in ("ignorado", "portal", "triage"):
            assert ("derivado" in flags) == (HOME[proc] != m["mailbox"]), fname
        if m["notified"] and outcome in ("cargo", "subsanar"):
            late = caldates.extemporaneo(dt.date.fromisoformat(m["notified"]), filing)
            assert ("extemporaneo" in flags) == late, (fname, late)
        if proc not in FIRMA:
            assert lab["signature"] == "not_required", fname
        if outcome in ("ignorado", "portal", "triage"):
            assert not lab["missing"] and not flags, fname
        assert (outcome == "subsanar") == bool(lab["missing"]), fname
        rec = {"file": fname, "mailbox": m["mailbox"], "received": rcv.isoformat(),
               "procedure": proc, "fields": lab["fields"], "missing": lab["missing"],
               "signature": lab["signature"], "outcome": outcome, "flags": flags,
               "filing_date": filing.isoformat(), "due_date": due.isoformat() if due else None}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "messages")


if __name__ == "__main__":
    main()
