#!/usr/bin/env python3
"""Builds round12: NNN-*.eml, labels.jsonl.  Run with /work/rounds/.venv-r12/bin/python build.py"""
import datetime as dt
import json, os, sys, glob, hashlib, random
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo
import tomllib
import holidays

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdfkit as K

LIMA = ZoneInfo("America/Lima")
CFG = tomllib.load(open(os.path.join(HERE, "config.toml"), "rb"))["calendar"]
OFFICE_CLOSE = dt.time.fromisoformat(CFG["office_close"]) if CFG.get("office_close") else None
NON_WORKING = {dt.date.fromisoformat(d) for d in CFG.get("non_working_days", [])}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])

MB_SOL = "solicitantesrefugio@rree.gob.pe"
MB_MP = "mesadepartes@rree.gob.pe"
MB_REF = "refugiados@rree.gob.pe"

PROCS = {
    # code: (home, requirements, plazo)
    "solicitud_refugio": ("portal", [], None),
    "autorizacion_trabajo": ("portal", [], None),
    "entrevista_registro": ("portal", [], None),
    "carne_solicitante": (MB_SOL, [], None),
    "actualizacion_datos": (MB_SOL, ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": (MB_SOL, ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": (MB_MP, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 15),
    "apelacion": (MB_MP, ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"], 30),
    "renuncia": (MB_MP, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": (MB_REF, ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": (MB_REF, ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "autorizacion_viaje": (MB_REF, ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"], 5),
}
RECURSOS = {"reconsideracion", "apelacion"}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}


# ---------------------------------------------------------------- calendar
def is_business(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(recv):
    d = recv.date()
    if is_business(d) and (OFFICE_CLOSE is None or recv.time() < OFFICE_CLOSE):
        return d
    return next_business(d)


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


# ---------------------------------------------------------------- messages
MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


def rx(host, ip, when_lima, tz="-0500", by="mx1.rree.gob.pe", idn=None):
    """A Received: header value; the date is given in the zone tz."""
    t = when_lima.astimezone(dt.timezone(dt.timedelta(hours=int(tz[:3]), minutes=int(tz[0] + tz[3:]))))
    idn = idn or hashlib.md5((host + str(when_lima)).encode()).hexdigest()[:10].upper()
    return (f"from {host} ({host} [{ip}]) by {by} (Postfix) with ESMTPS id {idn} "
            f"for <{{rcpt}}>; {format_datetime(t)}")


def lima(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=LIMA)


def tzdt(d, tz):
    return d.astimezone(dt.timezone(dt.timedelta(hours=int(tz[:3]), minutes=int(tz[0] + tz[3:]))))


PDF = ("application", "pdf")
JPG = ("image", "jpeg")
PNG = ("image", "png")

# =====================================================================================
# 001 apelación sent by a lawyer; client's data only in the digitally signed PDF
# =====================================================================================
_p001 = K.text_pdf([
    ("b", "SUMILLA: INTERPONE RECURSO DE APELACIÓN"),
    ("b", "Expediente N° 2023-0145522"),
    ("sp", ""),
    ("b", "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:"),
    ("p", "ROSMARY CAROLINA PACHECO LINARES, de nacionalidad venezolana, identificada con Pasaporte "
          "N° 134872659 y Cédula de Identidad V-19.874.332, con domicilio en Jr. Los Pinos 318, San Juan "
          "de Lurigancho, Lima, teléfono celular +51 926 184 730 y correo electrónico "
          "rosmary.pacheco88@gmail.com, con el patrocinio del abogado que suscribe, ante usted "
          "respetuosamente digo:"),
    ("h", "I. PETITORIO"),
    ("p", "Interpongo RECURSO DE APELACIÓN contra la Resolución N° 0872-2026/CEPR-SE, notificada el 2 de "
          "noviembre de 2026, que declara infundado mi recurso de reconsideración y confirma la denegatoria "
          "de mi solicitud de refugio, a fin de que el superior jerárquico la revoque y me reconozca la "
          "condición de refugiada."),
    ("h", "II. ANTECEDENTES"),
    ("p", "1. El 9 de febrero de 2023 registré mi solicitud de refugio en línea y fui entrevistada el 14 de "
          "agosto de 2024."),
    ("p", "2. Mediante resolución de la Secretaría Ejecutiva se denegó mi solicitud; interpuse reconsideración, "
          "la que fue declarada infundada por la resolución que hoy apelo."),
    ("h", "III. FUNDAMENTOS DE HECHO"),
    ("p", "1. Entre 2019 y 2022 trabajé como enfermera en el Hospital Central de San Cristóbal y denuncié "
          "públicamente la falta de insumos. A raíz de ello, miembros de un colectivo armado me amenazaron "
          "de muerte y atacaron mi vivienda, hechos que constan en la denuncia que adjunté al expediente."),
    ("p", "2. La resolución apelada afirma que la amenaza no era actual. Sin embargo, en septiembre de 2026 mi "
          "hermana, que aún vive en San Cristóbal, fue interrogada por las mismas personas sobre mi paradero "
          "(Anexo 1-C)."),
    ("h", "IV. FUNDAMENTOS DE DERECHO"),
    ("p", "1. Artículo 1.A.2 de la Convención sobre el Estatuto de los Refugiados de 1951. 2. Conclusión "
          "tercera de la Declaración de Cartagena de 1984. 3. Ley N° 27891, Ley del Refugiado. 4. Artículos "
          "218 y 220 del TUO de la Ley N° 27444."),
    ("h", "V. ANEXOS"),
    ("p", "1-A Copia del pasaporte. 1-B Copia de la resolución apelada. 1-C Declaración jurada de la hermana "
          "de la recurrente."),
    ("p", "POR TANTO: Solicito a usted conceder el recurso y elevarlo al superior jerárquico."),
    ("p", "Lima, 17 de noviembre de 2026"),
    ("sp", ""),
    ("b", "Rosmary Carolina Pacheco Linares"),
    ("p", "Pasaporte N° 134872659"),
    ("sp", ""),
    ("b", "Gonzalo Ferrando Quispe"),
    ("p", "Abogado - Reg. CAL N° 61204"),
])
M(file="001-apelacion-abogado-pdf-firmado.eml", mailbox=MB_MP, to=MB_MP,
  frm="Gonzalo Ferrando Quispe <gonzalo.ferrando@ferrandoabogados.pe>",
  subject="Recurso de Apelación - Sra. Rosmary Pacheco Linares",
  recv="2026-11-18 10:12:44", host="mail.ferrandoabogados.pe", ip="190.12.77.40",
  text="""Señores
Mesa de Partes
Ministerio de Relaciones Exteriores
Presente.-

De mi consideración:

Por medio del presente, en mi calidad de abogado patrocinante de la señora Rosmary
Carolina Pacheco Linares, cumplo con remitir adjunto el Recurso de Apelación contra la
Resolución que confirma la denegatoria de su solicitud de refugio, debidamente suscrito
con firma digital.

El escrito consta de dos (2) folios e incluye los datos de identificación y de contacto de
mi patrocinada, a quien solicito se dirijan las notificaciones.

Agradeceré se sirvan remitir el cargo de recepción a este correo y al de la recurrente.

Atentamente,

--
Gonzalo Ferrando Quispe
Abogado – Reg. CAL N° 61204
Ferrando & Asociados, Abogados
Av. Arequipa 2450, of. 702, Lince – Lima
T. (01) 445-8120 | M. 987 220 614
gonzalo.ferrando@ferrandoabogados.pe
www.ferrandoabogados.pe

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su
destinatario y pueden contener información privilegiada o confidencial. Si usted no es el
destinatario, le rogamos comunicarlo al remitente y eliminarlo.
""",
  atts=[("Apelacion_Pacheco_Linares_firmado.pdf", K.sign(_p001, "ROSMARY CAROLINA PACHECO LINARES", "rosmary.pacheco88@gmail.com"), PDF)],
  xh={"X-Mailer": "Microsoft Outlook 16.0"},
  lab=dict(procedure="apelacion", signature="valid", outcome="cargo", notif="2026-11-02",
           fields={"nombres": "Rosmary Carolina Pacheco Linares", "nacionalidad": "VE",
                   "documento_identidad": "134872659", "telefono": "+51926184730",
                   "correo": "rosmary.pacheco88@gmail.com",
                   "motivo": "miembros de un colectivo armado me amenazaron de muerte y atacaron mi vivienda"}))

# =====================================================================================
# 002 reconsideración sent by a university legal clinic, notified long ago (late)
# =====================================================================================
_p002 = K.text_pdf([
    ("h", "RECURSO DE RECONSIDERACIÓN"),
    ("p", "Señores de la Comisión Especial para los Refugiados:"),
    ("p", "Yo, Jhon Fredy Ocampo Restrepo, colombiano, identificado con cédula de ciudadanía N° 1.094.887.231, "
          "con celular 951 337 208 y correo jhonfredy.ocampo@outlook.com, interpongo recurso de "
          "reconsideración contra la resolución que deniega mi solicitud de refugio, notificada con fecha "
          "18/09/2026."),
    ("p", "Motivo: presento prueba nueva que no pude obtener antes de la entrevista: la denuncia ante la "
          "Fiscalía de Cali por las amenazas del grupo armado que desplazó a mi familia de Jamundí y la "
          "constancia de inscripción en el Registro Único de Víctimas."),
    ("p", "Pido que se admita el recurso, pues estuve hospitalizado buena parte del plazo."),
    ("p", "Lima, 19 de octubre de 2026"),
    ("b", "Jhon Fredy Ocampo Restrepo"),
    ("p", "C.C. 1.094.887.231"),
])
_p002b = K.text_pdf([
    ("h", "CONSTANCIA DE ALTA"),
    ("p", "Se deja constancia de que el paciente Jhon Fredy Ocampo Restrepo permaneció internado en el "
          "servicio de Medicina Interna entre el 22 de septiembre y el 9 de octubre de 2026."),
    ("p", "Hospital Nacional Dos de Mayo - Servicio de Medicina Interna"),
])
M(file="002-reconsideracion-clinica-juridica-tardio.eml", mailbox=MB_MP, to=MB_MP,
  frm="Clínica Jurídica DDHH y Movilidad <clinica.movilidad@uandinapacifico.edu.pe>",
  subject="Recurso de Reconsideración – Jhon Fredy Ocampo Restrepo",
  recv="2026-10-20 11:05:09", host="mail.uandinapacifico.edu.pe", ip="200.37.18.5",
  text="""Estimados señores de la Secretaría Ejecutiva de la CEPR:

Reciban un cordial saludo de la Clínica Jurídica de Derechos Humanos y Movilidad de la
Facultad de Derecho de la Universidad Andina del Pacífico. En el marco de nuestro programa
de asesoría gratuita acompañamos al señor Jhon Fredy Ocampo Restrepo en la presentación de
su recurso de reconsideración, que adjuntamos firmado digitalmente por él.

Datos del recurrente:
- Nombre completo: Jhon Fredy Ocampo Restrepo
- Nacionalidad: colombiana
- Cédula de ciudadanía: 1.094.887.231
- Celular / WhatsApp: 951 337 208
- Correo para notificaciones: jhonfredy.ocampo@outlook.com

La resolución denegatoria le fue notificada con fecha 18/09/2026. Somos conscientes de que
el plazo de quince días hábiles ha transcurrido: el señor Ocampo estuvo hospitalizado
entre el 22 de septiembre y el 9 de octubre (adjuntamos la constancia de alta), por lo que
solicitamos que el recurso sea admitido y evaluado.

Motivo del recurso: aporta prueba nueva — la denuncia presentada ante la Fiscalía de Cali
por las amenazas del grupo armado que desplazó a su familia y la constancia de inscripción
en el Registro Único de Víctimas, documentos que no pudo obtener antes de su entrevista.

Quedamos atentos a cualquier requerimiento.

Lucía Fernanda Vidal Castañeda
Coordinadora – Clínica Jurídica de Derechos Humanos y Movilidad
Facultad de Derecho, Universidad Andina del Pacífico
Telf.: (01) 619-0000 anexo 2231
clinica.movilidad@uandinapacifico.edu.pe

Bach. Diego Arana Solís – estudiante a cargo del caso
""",
  atts=[("Reconsideracion_Ocampo_firmada.pdf", K.sign(_p002, "JHON FREDY OCAMPO RESTREPO", "jhonfredy.ocampo@outlook.com"), PDF),
        ("Constancia_alta.pdf", _p002b, PDF)],
  lab=dict(procedure="reconsideracion", signature="valid", outcome="cargo", notif="2026-09-18",
           fields={"nombres": "Jhon Fredy Ocampo Restrepo", "nacionalidad": "CO",
                   "documento_identidad": "1094887231", "telefono": "+51951337208",
                   "correo": "jhonfredy.ocampo@outlook.com",
                   "motivo": "aporta prueba nueva — la denuncia presentada ante la Fiscalía de Cali por las amenazas del grupo armado"}))

# =====================================================================================
# 003 renuncia written by the daughter; handwritten letter as a JPEG photo
# =====================================================================================
_j003 = K.image_bytes(K.scan_image([
    "Lima, 28 de septiembre de 2026", "", "Señores", "Comisión Especial para los Refugiados", "",
    "Yo, Carmen Elena Briceño de Urbina, C.I. V-5.432.118,", "de nacionalidad venezolana, renuncio de manera",
    "voluntaria a mi solicitud de refugio por motivos", "familiares, pues regreso a mi país.", "",
    "Atentamente,", "<firma>", "Carmen E. Briceño de Urbina"], seed=31))
M(file="003-renuncia-hija-escribe-foto-carta.eml", mailbox=MB_MP, to=MB_MP,
  frm="Andreína Urbina <andreina.urbina@gmail.com>",
  subject="Renuncia - Carmen Elena Briceño",
  recv="2026-10-05 15:20:31", host="mail-sor-f41.google.com", ip="209.85.220.41",
  text="""Buenas tardes,

Les escribo en nombre de mi mamá, la señora Carmen Elena Briceño de Urbina, venezolana,
cédula de identidad V-5.432.118. Ella presentó su solicitud de refugio en el 2022 y todavía
está en trámite (es solicitante, no tiene carné de extranjería).

Mi mamá decidió renunciar a su solicitud de refugio porque regresó a Venezuela a cuidar a
mi tía, que está muy enferma, y ya no va a volver a vivir en Perú. Ella firmó la carta de
renuncia a mano antes de viajar y se la adjunto escaneada (foto).

El teléfono de ella ahora es el +58 414 778 1203 (tiene WhatsApp). Cualquier otra cosa
pueden escribirme a este correo.

Yo soy su hija, Andreína Urbina Briceño, C.I. V-18.332.907, y vivo en Lima (cel. 987 112 450).

Muchas gracias de antemano.
Andreína
""",
  atts=[("carta renuncia mamá.jpg", _j003, JPG)],
  lab=dict(procedure="renuncia", signature="manuscrita", outcome="acuse",
           fields={"nombres": "Carmen Elena Briceño de Urbina", "nacionalidad": "VE",
                   "documento_identidad": "V5432118", "telefono": "+584147781203",
                   "correo": "andreina.urbina@gmail.com",
                   "motivo": "regresó a Venezuela a cuidar a mi tía, que está muy enferma"}))

# =====================================================================================
# 004 actualización de datos: parish shelter, HTML only, data in a table
# =====================================================================================
M(file="004-actualizacion-datos-albergue-html-tabla.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Casa de Acogida Santa Rosa <acogida.santarosa@gmail.com>",
  subject="ACTUALIZACION DE DATOS - Sr. Wilmer Colmenares",
  recv="2026-10-14 09:40:02", host="mail-qt1-f170.google.com", ip="209.85.160.170",
  html="""<div dir="ltr"><p>Buenos días, estimados:</p>
<p>Desde la Casa de Acogida Santa Rosa de los Migrantes (Parroquia Santa Rosa de Lima, Cercado)
les escribimos para solicitar la actualización de los datos de contacto de una persona a quien
acogimos. El señor ya no vive en nuestra casa y cambió de número y de correo; les pedimos
registrar los siguientes datos:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial">
<tr><td style="background:#dde"><b>Nombres y apellidos</b></td><td>Wilmer José Colmenares Pérez</td></tr>
<tr><td style="background:#dde"><b>Nacionalidad</b></td><td>Venezolana</td></tr>
<tr><td style="background:#dde"><b>N° de pasaporte</b></td><td>118927305</td></tr>
<tr><td style="background:#dde"><b>Condición</b></td><td>Solicitante de refugio (expediente en trámite)</td></tr>
<tr><td style="background:#dde"><b>Teléfono nuevo</b></td><td>944 201 677</td></tr>
<tr><td style="background:#dde"><b>Correo electrónico nuevo</b></td><td><a href="mailto:wilmer.colmenaresp@gmail.com">wilmer.colmenaresp@gmail.com</a></td></tr>
<tr><td style="background:#dde"><b>Nueva dirección</b></td><td>Jr. Huánuco 1244, dpto. 3, La Victoria</td></tr>
</table>
<p>El señor Colmenares está de acuerdo con este envío; pueden confirmarlo con él.</p>
<p>Agradecemos su atención.</p>
<p style="color:#555;font-size:small">Hna. Marleny Ccori Huamán<br>
Responsable de Atención Social<br>
Casa de Acogida Santa Rosa de los Migrantes<br>
Telf. (01) 330-7841 / 976 554 210<br>
<a href="mailto:acogida.santarosa@gmail.com">acogida.santarosa@gmail.com</a></p></div>
""",
  lab=dict(procedure="actualizacion_datos", signature="not_required", outcome="acuse",
           fields={"nombres": "Wilmer José Colmenares Pérez", "nacionalidad": "VE",
                   "documento_identidad": "118927305", "telefono": "+51944201677",
                   "correo": "wilmer.colmenaresp@gmail.com"}))

# =====================================================================================
# 005 cambio de clave forwarded by a neighbour (Gmail forward), received on a Saturday
# =====================================================================================
M(file="005-cambio-clave-reenviado-por-vecino.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Teodoro Ramos <teoramosv@hotmail.com>",
  subject="Fwd: cambio de clave y contraseña",
  recv="2026-10-10 11:22:40", host="mail-dm6nam10olkn2010.outbound.protection.outlook.com", ip="40.92.41.10",
  rtz="+0000",
  text="""Buenos días señores, les reenvío el mensaje de mi vecina la señora Yusleidy, ella no puede
mandar correos desde su teléfono porque se le llenó la memoria. Por favor respóndanle a ella
directamente.
Gracias
Teodoro Ramos V.

---------- Forwarded message ---------
De: Yusleidy Martinez <yusleidy.mr@gmail.com>
Date: vie, 9 oct 2026 a las 21:47
Subject: cambio de clave y contraseña
To: Teodoro Ramos <teoramosv@hotmail.com>


Buenas noches, mi nombre es Yusleidy Martínez Rojas, soy cubana, carnet de identidad
89052311472. Hace dos semanas intento entrar al sistema de refugiados y me sale que la
contraseña es incorrecta, le di a recuperar pero nunca me llega nada. Necesito cambiar la
clave para poder sacar la autorizacion de trabajo.
Mi telefono es 912458003 y mi correo yusleidy.mr@gmail.com
Gracias, bendiciones
""",
  lab=dict(procedure="cambio_clave", signature="not_required", outcome="acuse",
           fields={"nombres": "Yusleidy Martínez Rojas", "nacionalidad": "CU",
                   "documento_identidad": "89052311472", "telefono": "+51912458003",
                   "correo": "yusleidy.mr@gmail.com"}))

# =====================================================================================
# 006 prórroga by a parish social worker, birth date missing, after office_close
# =====================================================================================
M(file="006-prorroga-trabajadora-social-sin-nacimiento.eml", mailbox=MB_REF, to=MB_REF,
  frm="Pastoral Movilidad Humana San Martín <pmh.sanmartin.aqp@gmail.com>",
  subject="prorroga de residencia – Marlon Guédez",
  recv="2026-10-22 16:45:17", host="mail-pj1-f52.google.com", ip="209.85.216.52",
  text="""Señores de la Secretaría Ejecutiva CEPR:

Reciban el saludo fraterno de la Pastoral de Movilidad Humana de la Parroquia San Martín de
Porres de Arequipa. Acompañamos al señor Marlon Andrés Guédez Tovar, refugiado reconocido,
quien vive en Cerro Colorado y no cuenta con computadora. Con su autorización escribimos
para solicitar la prórroga anual de su residencia. Sus datos son:

Nombres y apellidos: Marlon Andrés Guédez Tovar
Sexo: masculino
Nacionalidad: venezolano
Cédula de identidad: V-22.918.004
Carné de extranjería: 001984512
Teléfono: 958 771 340
Correo: marlonguedez@yahoo.com

El señor Guédez trabaja como ayudante de cocina y su carné vence el próximo mes, por lo que
les rogamos atender su pedido con la mayor prontitud posible.

Que Dios los bendiga.

Lic. Ana Cecilia Portocarrero Díaz
Trabajadora Social
Pastoral de Movilidad Humana – Parroquia San Martín de Porres
Calle Los Claveles 210, Cerro Colorado, Arequipa
Cel. 959 620 118 · pmh.sanmartin.aqp@gmail.com
""",
  lab=dict(procedure="prorroga_residencia", signature="not_required", outcome="subsanar", refugiado=True,
           fields={"nombres": "Marlon Andrés Guédez Tovar", "sexo": "M", "nacionalidad": "VE",
                   "documento_identidad": "V22918004", "carne_extranjeria": "001984512",
                   "telefono": "+51958771340", "correo": "marlonguedez@yahoo.com"}))

# =====================================================================================
# 007 apelación: body only says "adjunto"; text-only PDF (typed name, no signature)
# =====================================================================================
_p007 = K.text_pdf([
    ("p", "Lima, 8 de noviembre de 2026"),
    ("p", "Señores\nComisión Especial para los Refugiados\nMinisterio de Relaciones Exteriores"),
    ("b", "Asunto: Recurso de apelación"),
    ("p", "Yo, Kervin Alexander Noguera Salas, de nacionalidad venezolana, con pasaporte N° 127736401, me "
          "dirijo a ustedes para interponer recurso de apelación contra la resolución que declaró infundada "
          "mi reconsideración."),
    ("p", "Motivo: en mi país fui detenido dos veces por participar en protestas en Barquisimeto en 2024 y "
          "después de salir recibí amenazas de muerte de funcionarios del SEBIN. La Comisión consideró que mi "
          "relato no era creíble porque no presenté documentos, pero adjunto ahora la boleta de "
          "excarcelación y dos testimonios."),
    ("p", "Pido se revise mi caso."),
    ("p", "Datos de contacto:\nTeléfono: +51 933 805 214\nCorreo: kervin.noguera@gmail.com"),
    ("p", "Atentamente,"),
    ("b", "Kervin Alexander Noguera Salas"),
    ("p", "Pasaporte 127736401"),
])
M(file="007-apelacion-adjunto-pdf-sin-firma.eml", mailbox=MB_MP, to=MB_MP,
  frm="Kervin Noguera <knoguera.salas@hotmail.com>",
  subject="RECURSO DE APELACION",
  recv="2026-11-09 13:10:55", host="mail-bn8nam12olkn2081.outbound.protection.outlook.com", ip="40.92.21.81",
  text="Buenas tardes adjunto mi recurso de apelacion\n\nEnviado desde Outlook para Android\n",
  atts=[("APELACION KERVIN NOGUERA.pdf", _p007, PDF)],
  lab=dict(procedure="apelacion", signature="absent", outcome="subsanar",
           fields={"nombres": "Kervin Alexander Noguera Salas", "nacionalidad": "VE",
                   "documento_identidad": "127736401", "telefono": "+51933805214",
                   "correo": "kervin.noguera@gmail.com",
                   "motivo": "fui detenido dos veces por participar en protestas en Barquisimeto"}))

# =====================================================================================
# 008 reconsideración: Haitian applicant, scanned (image-only) PDF, data in body
# =====================================================================================
_p008 = K.scanned_pdf([
    "Lima, 5 de noviembre de 2026", "", "Señores Comisión Especial para los Refugiados", "",
    "RECURSO DE RECONSIDERACION", "",
    "Yo, Jean-Robert Pierre-Louis, pasaporte PP2458731,", "presento recurso de reconsideracion contra la",
    "resolucion que niega mi refugio.", "", "Las bandas quemaron la casa de mi familia en",
    "Croix-des-Bouquets en agosto 2026.", "", "<firma>", "Jean-Robert Pierre-Louis"], seed=8)
M(file="008-reconsideracion-haitiano-pdf-escaneado.eml", mailbox=MB_MP, to=MB_MP,
  frm="Jean Robert <jrpierrelouis@yahoo.fr>",
  subject="Recurso de reconsideracion",
  recv="2026-11-06 09:05:12", host="sonic310-21.consmr.mail.ir2.yahoo.com", ip="77.238.176.148",
  text="""Bonjour / Buenos dias señores

Yo soy Jean-Robert Pierre-Louis, de Haiti, mi pasaporte es PP2458731. Mando mi recurso de
reconsideracion, esta firmado a mano y escaneado en PDF.

La resolucion que niega mi refugio me fue notificada el 26 de octubre 2026 por correo.

Motivo: la comision dice que Haiti no es peligroso para mi, pero en mi barrio de
Croix-des-Bouquets las bandas quemaron la casa de mi familia en agosto 2026 y mataron a mi
primo. Si regreso me van a matar tambien.

Telefono: 997-310-852
Email: jrpierrelouis@yahoo.fr

Merci beaucoup
Jean-Robert
""",
  atts=[("scan_reconsideracion.pdf", _p008, PDF)],
  lab=dict(procedure="reconsideracion", signature="manuscrita", outcome="cargo", notif="2026-10-26",
           fields={"nombres": "Jean-Robert Pierre-Louis", "nacionalidad": "HT",
                   "documento_identidad": "PP2458731", "telefono": "+51997310852",
                   "correo": "jrpierrelouis@yahoo.fr",
                   "motivo": "en mi barrio de Croix-des-Bouquets las bandas quemaron la casa de mi familia"}))

# =====================================================================================
# 009 apelación by an NGO legal team; the signed PDF was altered after signing
# =====================================================================================
_p009 = K.text_pdf([
    ("h", "RECURSO DE APELACION"),
    ("p", "Senor Presidente de la Comision Especial para los Refugiados:"),
    ("p", "DANIELA ALEJANDRA MORA QUINTERO, de nacionalidad colombiana, identificada con cedula de "
          "ciudadania N. 1.010.234.876, celular +57 312 445 8890, correo danimoraq@gmail.com, ante usted "
          "digo:"),
    ("p", "I. Interpongo recurso de apelacion contra la resolucion que confirmo la denegatoria de mi "
          "solicitud de refugio (Expediente N. 2024-0087713)."),
    ("p", "II. Fundamentos: la Comision no valoro las amenazas recibidas por mi labor como lideresa "
          "comunitaria en Tumaco (Narino), ni el informe de riesgo de la Defensoria del Pueblo de Colombia."),
    ("p", "III. Pido se revoque la resolucion y se me reconozca la condicion de refugiada."),
    ("p", "Lima, 23 de noviembre de 2026"),
    ("b", "Daniela Alejandra Mora Quintero"),
], core=True, compress=False)
_s009 = K.sign(_p009, "DANIELA ALEJANDRA MORA QUINTERO", "danimoraq@gmail.com")
_a009 = K.alter(_s009, b"amenazas", b"agresion")
assert K.check_sig(_s009) is True and K.check_sig(_a009) is False
M(file="009-apelacion-ong-pdf-alterado.eml", mailbox=MB_MP, to=MB_MP,
  frm="Puentes de Acogida - Área Legal <legal@puentesdeacogida.org.pe>",
  subject="Recurso de Apelación - Daniela Alejandra Mora Quintero (Exp. 2024-0087713)",
  recv="2026-11-24 10:30:48", host="mail.puentesdeacogida.org.pe", ip="179.6.44.201",
  text="""Señores
Mesa de Partes Virtual – Ministerio de Relaciones Exteriores
Lima.-

Asunto:     Recurso de apelación
Referencia: Expediente N° 2024-0087713

Tenemos el agrado de dirigirnos a ustedes en representación de la Asociación Puentes de
Acogida, organización sin fines de lucro que brinda orientación legal gratuita a personas
refugiadas y migrantes, para remitir el recurso de apelación de la señora Daniela Alejandra
Mora Quintero, de nacionalidad colombiana, identificada con cédula de ciudadanía
N° 1.010.234.876, contra la resolución que confirmó la denegatoria de su solicitud de refugio.

La señora Mora sustenta su apelación en que la Comisión no tomó en cuenta las amenazas
recibidas por su labor como lideresa comunitaria en Tumaco (Nariño) ni el informe de riesgo
emitido por la Defensoría del Pueblo de Colombia, que acredita que su vida corre peligro si
retorna.

El escrito va firmado digitalmente por la recurrente (archivo PDF adjunto).

Datos de contacto de la recurrente:
    Celular (WhatsApp): +57 312 445 8890
    Correo: danimoraq@gmail.com

Sin otro particular, quedamos de ustedes.

Atentamente,

Abg. Martín Ezequiel Salcedo Ruiz
Asesor Legal
Asociación Puentes de Acogida
Jr. Cuzco 677, Cercado de Lima
Telf.: 924 118 660
legal@puentesdeacogida.org.pe | www.puentesdeacogida.org.pe
""",
  atts=[("Apelacion_Mora_Quintero.pdf", _a009, PDF)],
  lab=dict(procedure="apelacion", signature="invalid", outcome="subsanar",
           fields={"nombres": "Daniela Alejandra Mora Quintero", "nacionalidad": "CO",
                   "documento_identidad": "1010234876", "telefono": "+573124458890",
                   "correo": "danimoraq@gmail.com",
                   "motivo": "la Comisión no tomó en cuenta las amenazas recibidas por su labor como lideresa comunitaria"}))

# =====================================================================================
# 010 autorización de viaje; the wife (another refugee) is mentioned with her own CE
# =====================================================================================
_p010 = K.text_pdf([
    ("h", "SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)"),
    ("p", "Lima, 1 de diciembre de 2026"),
    ("p", "Yo, Rafael Eduardo Linares Contreras, refugiado reconocido, con carné de extranjería N° 002317845, "
          "solicito autorización para viajar a Bogotá, Colombia, saliendo el 18 de diciembre de 2026 y "
          "retornando el 5 de enero de 2027."),
    ("p", "Motivo: mi padre se encuentra internado en la Clínica del Country de Bogotá tras un infarto y "
          "el equipo médico ha pedido la presencia de la familia."),
    ("p", "Teléfono de contacto: 981 550 362"),
    ("b", "Rafael Eduardo Linares Contreras"),
    ("p", "CE 002317845"),
])
_p010b = K.text_pdf([
    ("h", "INFORME MÉDICO"),
    ("p", "Paciente: Eduardo Linares Ochoa, 74 años. Diagnóstico: infarto agudo de miocardio. Pronóstico "
          "reservado. Se recomienda acompañamiento familiar."),
    ("p", "Bogotá D.C., 28 de noviembre de 2026"),
])
M(file="010-autorizacion-viaje-esposa-mencionada.eml", mailbox=MB_REF, to=MB_REF,
  frm="Rafael Linares <rafa.linares.c@gmail.com>",
  subject="Autorización de Viaje - Rafael Linares",
  recv="2026-12-02 11:00:26", host="mail-wm1-f49.google.com", ip="209.85.128.49",
  text="""Buenos días.

Mi nombre es Rafael Eduardo Linares Contreras, refugiado reconocido, carné de extranjería
N° 002317845. Solicito autorización de viaje por urgencia: mi padre fue internado en la
Clínica del Country de Bogotá con un infarto y los médicos piden que la familia esté presente.

Destino: Bogotá, Colombia
Salida: 18/12/26
Retorno: 05/01/27
Teléfono: 981 550 362

Viajaría conmigo mi esposa, Gabriela Suárez de Linares (CE 002317846), quien envía su propia
solicitud desde su correo. Adjunto mi solicitud firmada digitalmente y el informe médico de
mi padre.

Gracias,
Rafael Linares
""",
  atts=[("solicitud_viaje_RLinares.pdf", K.sign(_p010, "RAFAEL EDUARDO LINARES CONTRERAS", "rafa.linares.c@gmail.com"), PDF),
        ("informe_medico.pdf", _p010b, PDF)],
  lab=dict(procedure="autorizacion_viaje", signature="valid", outcome="acuse",
           fields={"nombres": "Rafael Eduardo Linares Contreras", "carne_extranjeria": "002317845",
                   "destino": "Bogotá, Colombia", "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-05",
                   "telefono": "+51981550362", "correo": "rafa.linares.c@gmail.com",
                   "motivo": "mi padre fue internado en la Clínica del Country de Bogotá con un infarto"}))

# =====================================================================================
# 011 autorización de viaje, no return date, no signed document, late evening (UTC header)
# =====================================================================================
M(file="011-permiso-viaje-sin-retorno-noche.eml", mailbox=MB_REF, to=MB_REF,
  frm="nelson arrieta <nelsonarrieta.polo@gmail.com>",
  subject="permiso de viaje urgente",
  recv="2026-12-28 20:15:03", rtz="+0000", host="mail-yb1-f178.google.com", ip="209.85.219.178",
  text="""buenas noches disculpen la hora
fallecio mi mamá en guayaquil y necesito viajar para el entierro, soy refugiado, mi carne de
extranjeria es 001556320
saldria el 3 de enero de 2027 a Guayaquil, Ecuador, todavia no se cuando regreso porque
tengo que ver lo de la casa de ella
mi numero 9 7654 3210
nelson javier arrieta polo
""",
  lab=dict(procedure="autorizacion_viaje", signature="absent", outcome="subsanar",
           fields={"nombres": "nelson javier arrieta polo", "carne_extranjeria": "001556320",
                   "destino": "Guayaquil, Ecuador", "fecha_salida": "2027-01-03",
                   "telefono": "+51976543210", "correo": "nelsonarrieta.polo@gmail.com",
                   "motivo": "fallecio mi mamá en guayaquil y necesito viajar para el entierro"}))

# =====================================================================================
# 012 duplicado de CE written by the son; police report attached
# =====================================================================================
_p012 = K.text_pdf([
    ("h", "POLICÍA NACIONAL DEL PERÚ"),
    ("b", "COMISARÍA PNP SURQUILLO - DENUNCIA POR PÉRDIDA/HURTO DE DOCUMENTOS"),
    ("p", "Denuncia N° 28450117 - Fecha: 08/11/2026 - Hora: 10:40"),
    ("p", "Se presentó Gladys Josefina Rondón de Mejías, de nacionalidad venezolana, con carné de "
          "extranjería N° 000773412, denunciando que el día 07/11/2026, en el Mercado N° 1 de Surquillo, "
          "le sustrajeron su cartera conteniendo su carné de extranjería y otros documentos personales."),
    ("p", "Se expide la presente copia certificada a solicitud de la interesada."),
])
M(file="012-duplicado-ce-hijo-con-denuncia.eml", mailbox=MB_REF, to=MB_REF,
  frm="Luis Mejías <luis.mejias.r@gmail.com>",
  subject="Duplicado de carné de extranjería - Sra. Gladys Rondón",
  recv="2026-11-12 08:15:37", host="mail-lf1-f54.google.com", ip="209.85.167.54",
  text="""Buenos días, Sres. de la Oficina de Refugiados:

Escribo en representación de mi madre, que tiene 69 años y no maneja el correo. A ella le
robaron la cartera en el mercado de Surquillo el sábado 7 de noviembre y con ella el carné de
extranjería. Ya hicimos la denuncia en la comisaría (la adjunto en PDF).

Datos de mi madre:
Nombre: Gladys Josefina Rondón de Mejías
Sexo: femenino
Nacionalidad: venezolana
Pasaporte: 054421873
Carné de extranjería: 000773412
Fecha de nacimiento: 07-11-1957
Teléfono fijo de su casa: 01 5234410

Cualquier consulta, por este medio.

Saludos cordiales,
Luis Ernesto Mejías Rondón
C.I. V-20.113.442
Cel. +51 965 002 118
""",
  atts=[("Denuncia_PNP_Surquillo.pdf", _p012, PDF)],
  lab=dict(procedure="duplicado_carne_extranjeria", signature="not_required", outcome="acuse",
           denuncia=True, refugiado=True,
           fields={"nombres": "Gladys Josefina Rondón de Mejías", "sexo": "F", "nacionalidad": "VE",
                   "documento_identidad": "054421873", "carne_extranjeria": "000773412",
                   "fecha_nacimiento": "1957-11-07", "telefono": "+5115234410",
                   "correo": "luis.mejias.r@gmail.com"}))

# =====================================================================================
# 013 duplicado de CE, no police report yet, sent to the applicants' mailbox, after close
# =====================================================================================
M(file="013-duplicado-ce-sin-denuncia-buzon-equivocado.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Yonaiker Peña <yonaikerpena99@gmail.com>",
  subject="Duplicado de Carnet de Extranjeria",
  recv="2026-11-27 17:05:51", host="mail-io1-f41.google.com", ip="209.85.166.41",
  text="""Saludos, buenas tardes. Solicito el duplicado de mi carnet de extranjeria porque lo extravié
el fin de semana pasado, no se si en el bus o en el trabajo. Todavía no he puesto la
denuncia, me dijeron que primero escribiera aquí.

Mis datos:
Yonaiker David Peña Ortiz
Masculino
Venezolano
Cédula V-27.045.118
CE 002104477
Nací el 2 de febrero de 1999
Cel +51 913 245 708

Gracias de antemano.
""",
  lab=dict(procedure="duplicado_carne_extranjeria", signature="not_required", outcome="subsanar", refugiado=True,
           fields={"nombres": "Yonaiker David Peña Ortiz", "sexo": "M", "nacionalidad": "VE",
                   "documento_identidad": "V27045118", "carne_extranjeria": "002104477",
                   "fecha_nacimiento": "1999-02-02", "telefono": "+51913245708",
                   "correo": "yonaikerpena99@gmail.com"}))
# =====================================================================================
# 014 carné de solicitante (suspended), short, received on a non-working day
# =====================================================================================
M(file="014-carne-solicitante-suspendido.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Edixon Ramírez <edixon.ramirez.g@gmail.com>",
  subject="Carné de solicitante",
  recv="2026-10-09 10:00:14", host="mail-ot1-f43.google.com", ip="209.85.210.43",
  text="""Buen día, quisiera saber cuándo puedo sacar mi carné de solicitante de refugio, ya hice la
entrevista en agosto.
Edixon José Ramírez Guerra, pasaporte 146623019. Cel 963 410 227.
Gracias.
""",
  lab=dict(procedure="carne_solicitante", signature="not_required", outcome="suspendido",
           fields={"nombres": "Edixon José Ramírez Guerra", "documento_identidad": "146623019",
                   "telefono": "+51963410227", "correo": "edixon.ramirez.g@gmail.com"}))

# =====================================================================================
# 015 solicitud de refugio (portal) asked by a church network for a newly arrived woman
# =====================================================================================
M(file="015-solicitud-refugio-red-iglesia-portal.eml", mailbox=MB_REF, to=MB_REF,
  frm="Red Solidaria Tumbes <redsolidaria.tumbes@gmail.com>",
  subject="Solicitud de refugio – Sra. Mireille Joseph",
  recv="2026-10-16 12:00:09", host="mail-vk1-f181.google.com", ip="209.85.221.181",
  text="""Buenas tardes,

Somos la Red Solidaria de Tumbes, un grupo de voluntarios de la Iglesia Evangélica Bethel que
apoya a personas migrantes que llegan por el CEBAF. Ayer llegó la señora Mireille Joseph, de
nacionalidad haitiana, con su hijo de 4 años. Ella dice que en su país la persiguen y quiere
pedir refugio en el Perú, pero no sabe cómo hacerlo y no tiene correo electrónico todavía.

¿Podemos presentar nosotros la solicitud de refugio por ella en este correo? Su celular
(peruano, recién comprado) es 902 118 457.

Bendiciones,
Pastor Elías Zapata Purizaca
Coordinador – Red Solidaria Tumbes
Cel. 972 551 008
""",
  lab=dict(procedure="solicitud_refugio", signature="not_required", outcome="portal",
           fields={"nombres": "Mireille Joseph", "nacionalidad": "HT", "telefono": "+51902118457",
                   "correo": "redsolidaria.tumbes@gmail.com"}))

# =====================================================================================
# 016 autorización de trabajo (portal), Sunday night
# =====================================================================================
M(file="016-autorizacion-trabajo-portal-domingo.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Yorman <yorman.acosta23@gmail.com>",
  subject="autorizacion de trabajo vencida",
  recv="2026-10-25 21:10:40", host="mail-pg1-f182.google.com", ip="209.85.215.182",
  text="hola buenas noches mi autorizacion de trabajo se vencio el 20 de octubre y en la empresa me "
       "piden la nueva. como la renuevo? soy yorman acosta, pasaporte 139002664, tel 925 660 413\n",
  lab=dict(procedure="autorizacion_trabajo", signature="not_required", outcome="portal",
           fields={"nombres": "yorman acosta", "documento_identidad": "139002664",
                   "telefono": "+51925660413", "correo": "yorman.acosta23@gmail.com"}))

# =====================================================================================
# 017 entrevista de registro (portal), Ecuadorian cédula
# =====================================================================================
M(file="017-entrevista-registro-portal.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Marisol Vargas <marisolvargas.ec@hotmail.com>",
  subject="Entrevista de registro",
  recv="2027-01-06 10:05:33", host="mail-am6eur05olkn2044.outbound.protection.outlook.com", ip="40.92.91.44",
  text="""Estimados:

Registré mi solicitud de refugio en línea el 3 de diciembre y todavía no me llega la fecha
para la entrevista de registro. Quisiera saber si me pueden dar una cita.

Soy Marisol Estefanía Vargas Cedeño, ecuatoriana, cédula 0926677341.
Celular 0051 987 456 112.

Gracias.
""",
  lab=dict(procedure="entrevista_registro", signature="not_required", outcome="portal",
           fields={"nombres": "Marisol Estefanía Vargas Cedeño", "nacionalidad": "EC",
                   "documento_identidad": "0926677341", "telefono": "+51987456112",
                   "correo": "marisolvargas.ec@hotmail.com"}))

# =====================================================================================
# 018 vague "Consulta" about the state of a file -> triage
# =====================================================================================
M(file="018-consulta-estado-triage.eml", mailbox=MB_REF, to=MB_REF,
  frm="Paola <paola.nunez.r@gmail.com>",
  subject="Consulta",
  recv="2026-10-13 15:00:21", host="mail-ej1-f46.google.com", ip="209.85.218.46",
  text="""Hola, buenas tardes. Quería hacer una consulta: mi esposo y yo estamos esperando la
resolución de nuestra solicitud desde hace más de un año y no sabemos nada. ¿Hay alguna forma
de saber en qué estado está el expediente?

Paola Núñez
Gracias.
""",
  lab=dict(procedure=None, signature="not_required", outcome="triage",
           fields={"nombres": "Paola Núñez", "correo": "paola.nunez.r@gmail.com"}))

# =====================================================================================
# 019 URGENTE naming two procedures -> triage; received on a non-working day
# =====================================================================================
M(file="019-urgente-dos-tramites-triage.eml", mailbox=MB_REF, to=MB_REF,
  frm="Franklin Osorio <franklin.osorio.m@gmail.com>",
  subject="URGENTE!!!",
  recv="2026-12-31 09:00:05", host="mail-ua1-f47.google.com", ip="209.85.222.47",
  text="""Buenos dias. Tengo dos problemas: mi carné de extranjería vence el 15 de enero y necesito la
prórroga de residencia, pero además se me perdió el carné hace una semana. No sé si pedir
primero el duplicado del carné de extranjería o la prórroga. Por favor díganme qué hago.

Franklin Osorio Mendoza, venezolano, CE 001203398, cel 956 778 021.
""",
  lab=dict(procedure=None, signature="not_required", outcome="triage",
           fields={"nombres": "Franklin Osorio Mendoza", "nacionalidad": "VE", "carne_extranjeria": "001203398",
                   "telefono": "+51956778021", "correo": "franklin.osorio.m@gmail.com"}))

# =====================================================================================
# 020 vacation responder of the shelter (Auto-Submitted) -> ignorado
# =====================================================================================
M(file="020-respuesta-automatica-albergue.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Casa de Acogida Santa Rosa <acogida.santarosa@gmail.com>",
  subject="Respuesta automática: Actualización de datos - Wilmer Colmenares",
  recv="2026-11-23 10:02:11", host="mail-qk1-f176.google.com", ip="209.85.222.176",
  xh={"Auto-Submitted": "auto-replied", "In-Reply-To": "<acuse-2026-10-14-0004@rree.gob.pe>"},
  text="""Gracias por escribirnos. Estamos de retiro espiritual del 20 al 29 de noviembre y
responderemos a su mensaje a nuestro regreso.

Para urgencias, llamar al 976 554 210.

Casa de Acogida Santa Rosa de los Migrantes
""",
  lab=dict(procedure="actualizacion_datos", signature="not_required", outcome="ignorado", fields={}))

# 021 is a delivery report (built specially below)

# =====================================================================================
# 022 NGO newsletter (List-Id, Precedence: bulk) -> ignorado
# =====================================================================================
M(file="022-boletin-ong-lista.eml", mailbox=MB_REF, to=MB_REF,
  frm="Red de Apoyo al Migrante <boletin@redapoyomigrante.org>",
  subject="Boletín N° 37 – Octubre 2026: novedades en trámites migratorios",
  recv="2026-10-01 08:00:44", host="mta-out-7.sendsrv.net", ip="198.2.180.77",
  xh={"List-Id": "Boletin Red de Apoyo al Migrante <boletin.redapoyomigrante.org>",
      "List-Unsubscribe": "<https://redapoyomigrante.org/baja?u=8812>",
      "Precedence": "bulk"},
  text="""RED DE APOYO AL MIGRANTE – BOLETÍN N° 37

1. Prórroga de residencia: recuerde pedirla antes del vencimiento de su carné.
2. Recursos de apelación: nuevo plazo de resolución tras la Ley 31603.
3. Taller gratuito: "Cómo actualizar sus datos de contacto", sábado 17 de octubre.

Para dejar de recibir este boletín: https://redapoyomigrante.org/baja
""",
  html="""<html><body><h2>RED DE APOYO AL MIGRANTE – BOLETÍN N° 37</h2>
<ol><li><b>Prórroga de residencia</b>: recuerde pedirla antes del vencimiento de su carné.</li>
<li><b>Recursos de apelación</b>: nuevo plazo de resolución tras la Ley 31603.</li>
<li>Taller gratuito: <i>Cómo actualizar sus datos de contacto</i>, sábado 17 de octubre.</li></ol>
<p style="font-size:10px">Para dejar de recibir este boletín haga <a href="https://redapoyomigrante.org/baja">clic aquí</a>.</p>
</body></html>""",
  lab=dict(procedure=None, signature="not_required", outcome="ignorado", fields={}))

# =====================================================================================
# 023 internal forward from another institutional mailbox -> ignorado
# =====================================================================================
M(file="023-derivacion-interna-desde-refugiados.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Oficina de Refugiados <refugiados@rree.gob.pe>",
  subject="RV: Actualización de datos",
  recv="2026-11-09 11:40:10", host="exch01.rree.gob.pe", ip="10.20.1.15", by="mx1.rree.gob.pe",
  text="""Se deriva por corresponder a su unidad.

Oficina de Refugiados

De: Kendry Alvarado <kendry.alvarado@gmail.com>
Enviado: viernes, 6 de noviembre de 2026 19:02
Para: refugiados@rree.gob.pe
Asunto: Actualización de datos

Buenas noches, quiero actualizar mi teléfono.
Kendry Josué Alvarado Lugo, venezolano, pasaporte 131220459, nuevo celular 915 220 874.
""",
  lab=dict(procedure="actualizacion_datos", signature="not_required", outcome="ignorado", fields={}))

# =====================================================================================
# 024 reply quoting the office's earlier subsanar message; now with signed PDF
# =====================================================================================
_p024 = K.text_pdf([
    ("h", "RECURSO DE RECONSIDERACIÓN"),
    ("p", "Oriana Valentina Sequera Blanco, pasaporte N° 145520987, teléfono +51 940 772 615, correo "
          "orianasequera@gmail.com, interpongo recurso de reconsideración contra la resolución que denegó mi "
          "solicitud de refugio, notificada el 14/10/2026."),
    ("p", "Fundamento: soy periodista y fui hostigada por publicar sobre las protestas de 2024 en Maracaibo; "
          "adjunto las citaciones policiales y las capturas de las amenazas recibidas."),
    ("p", "Lima, 28 de octubre de 2026"),
    ("b", "Oriana Valentina Sequera Blanco"),
])
M(file="024-reconsideracion-respuesta-citando-oficina.eml", mailbox=MB_MP, to=MB_MP,
  frm="Oriana Sequera <orianasequera@gmail.com>",
  subject="RE: Recurso de Reconsideración - Registro MP-2026-004512",
  recv="2026-10-29 12:40:18", host="mail-oa1-f45.google.com", ip="209.85.160.45",
  xh={"In-Reply-To": "<MP-2026-004512.subsanar@rree.gob.pe>", "References": "<MP-2026-004512.subsanar@rree.gob.pe>"},
  text="""Buenas tardes, gracias por la respuesta. Les envío nuevamente el recurso, ahora firmado
digitalmente con mi certificado (PDF adjunto).

Mis datos completos:
Nombres y apellidos: Oriana Valentina Sequera Blanco
Pasaporte: 145520987 (cédula V-24.667.301)
Teléfono: +51 940 772 615
Correo: orianasequera@gmail.com

Motivo del recurso: la resolución no consideró que soy periodista y que fui hostigada por
publicar sobre las protestas de 2024 en Maracaibo; adjunto las citaciones que me hizo la
policía y las capturas de las amenazas.

La resolución me la notificaron el 14/10/2026.

Saludos,
Oriana Sequera

El mié, 21 oct 2026 a las 10:12, Mesa de Partes - Ministerio de Relaciones Exteriores
(<mesadepartes@rree.gob.pe>) escribió:
> Estimada administrada:
>
> Se ha recibido su escrito con Registro N° MP-2026-004512, de fecha 20/10/2026.
> Para continuar con el trámite de su Recurso de Reconsideración debe subsanar, en un
> plazo de dos (2) días hábiles, lo siguiente:
>   - Documento escrito debidamente firmado (el documento sin firma no será válido).
>
> Vencido el plazo sin subsanar, se tendrá por no presentado.
>
> Mesa de Partes Virtual
> Ministerio de Relaciones Exteriores
> Jr. Lampa 545, Cercado de Lima
> Central telefónica: (01) 204-2400
> mesadepartes@rree.gob.pe
""",
  atts=[("reconsideracion_firmada_OSequera.pdf", K.sign(_p024, "ORIANA VALENTINA SEQUERA BLANCO", "orianasequera@gmail.com"), PDF)],
  lab=dict(procedure="reconsideracion", signature="valid", outcome="cargo", notif="2026-10-14",
           fields={"nombres": "Oriana Valentina Sequera Blanco", "documento_identidad": "145520987",
                   "telefono": "+51940772615", "correo": "orianasequera@gmail.com",
                   "motivo": "la resolución no consideró que soy periodista y que fui hostigada"}))

# =====================================================================================
# 025 apelación, HTML only (Outlook), scanned signature as PNG
# =====================================================================================
M(file="025-apelacion-html-outlook-firma-png.eml", mailbox=MB_MP, to=MB_MP,
  frm="Yerson Bastidas <ybastidas.m@outlook.com>",
  subject="Recurso de Apelacion - Yerson Bastidas",
  recv="2026-12-10 16:10:58", host="mail-co1nam11olkn2011.outbound.protection.outlook.com", ip="40.92.18.11",
  xh={"X-MS-Has-Attach": "yes", "Thread-Topic": "Recurso de Apelacion - Yerson Bastidas"},
  html="""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.EstiloCorreo17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only;}
@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 3.0cm 70.85pt 3.0cm;}
div.WordSection1 {page:WordSection1;}
--></style></head>
<body lang="ES-PE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Señores Mesa de Partes:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Por medio de la presente interpongo <b>recurso de apelación</b> contra la Resolución
N° 1011-2026/CEPR-SE que confirmó la denegatoria de mi solicitud de refugio.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Motivo: en Venezuela trabajé como escolta de un alcalde opositor del estado Zulia; tras su
detención en 2024 fui señalado como “traidor a la patria” y allanaron la casa de mi madre. La Comisión
no evaluó el acta de allanamiento que presenté.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Nombre:</b> Yerson Alí Bastidas Mendoza<br>
<b>Cédula:</b> V-26.004.771<br>
<b>Nacionalidad:</b> Venezolana<br>
<b>Celular:</b> 961 224 390<br>
<b>Correo:</b> <a href="mailto:ybastidas.m@outlook.com">ybastidas.m@outlook.com</a><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Adjunto mi firma escaneada.<o:p></o:p></p>
<p class="MsoNormal">Atentamente,<o:p></o:p></p>
<p class="MsoNormal">Yerson Bastidas<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Enviado desde <a href="https://go.microsoft.com/fwlink/?LinkId=550986">Correo</a> para Windows</span><o:p></o:p></p>
</div></body></html>
""",
  atts=[("firma_yerson.png", open(K.scribble_png(seed=25), "rb").read(), PNG)],
  lab=dict(procedure="apelacion", signature="manuscrita", outcome="cargo",
           fields={"nombres": "Yerson Alí Bastidas Mendoza", "nacionalidad": "VE",
                   "documento_identidad": "V26004771", "telefono": "+51961224390",
                   "correo": "ybastidas.m@outlook.com",
                   "motivo": "trabajé como escolta de un alcalde opositor del estado Zulia"}))

# =====================================================================================
# 026 cambio de clave: husband writes for his wife; both persons' data in the text
# =====================================================================================
M(file="026-cambio-clave-esposo-escribe-por-esposa.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Luis Ferrer <luisferrer.a@gmail.com>",
  subject="Cambio de clave y contraseña (para mi esposa)",
  recv="2026-11-16 09:12:00", host="mail-ed1-f53.google.com", ip="209.85.208.53",
  text="""Buenos días.

Escribo por mi esposa, Yolimar Alejandra Castillo Duarte, porque ella no recuerda la
contraseña del Sistema de Refugiados y el enlace de recuperación le llega vencido. La
solicitud de cambio de clave es para ella, no para mí (yo también soy solicitante pero mi
clave funciona bien).

Datos de ella:
- Cédula: V-23.550.910
- Teléfono: 926 448 117
- Correo registrado: yoli.castillo23@gmail.com

Mis datos por si acaso: Luis Ramón Ferrer Anzola, pasaporte 112093847, tel. 926 300 551.

Muchas gracias.
""",
  lab=dict(procedure="cambio_clave", signature="not_required", outcome="acuse",
           fields={"nombres": "Yolimar Alejandra Castillo Duarte", "documento_identidad": "V23550910",
                   "telefono": "+51926448117", "correo": "yoli.castillo23@gmail.com"}))

# =====================================================================================
# 027 actualización: recognised refugee without CE number -> subsanar
# =====================================================================================
M(file="027-actualizacion-refugiado-sin-carne.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Yoandry P. <yoandryperez86@gmail.com>",
  subject="Actualizacion de datos",
  recv="2026-11-20 14:00:36", host="mail-pf1-f175.google.com", ip="209.85.210.175",
  text="""Buenas tardes. Soy refugiado reconocido desde el 2023 y me mudé a Trujillo, por eso necesito
actualizar mis datos de contacto.

Nombre completo: Yoandry Pérez Cabrera
Nacionalidad: cubana
Pasaporte: K482199
Nuevo teléfono: 955 010 284
Nueva dirección: Calle Las Gardenias 455, urb. Los Jardines, Trujillo

Gracias,
Yoandry
""",
  lab=dict(procedure="actualizacion_datos", signature="not_required", outcome="subsanar", refugiado=True,
           fields={"nombres": "Yoandry Pérez Cabrera", "nacionalidad": "CU", "documento_identidad": "K482199",
                   "telefono": "+51955010284", "correo": "yoandryperez86@gmail.com"}))

# =====================================================================================
# 028 actualización with CE, new e-mail given, sent to refugiados -> derivado
# =====================================================================================
M(file="028-actualizacion-con-ce-buzon-refugiados.eml", mailbox=MB_REF, to=MB_REF,
  frm="María Fernanda Zambrano <mafer.zambrano.loor@hotmail.com>",
  subject="Actualización de datos de contacto",
  recv="2026-12-15 10:45:19", host="mail-sn1nam02olkn2093.outbound.protection.outlook.com", ip="40.92.44.93",
  text="""Estimados, por favor actualizar mi número de teléfono y correo.

María Fernanda Zambrano Loor – ecuatoriana – cédula 0923456781 – carné de extranjería 001778203.
Nuevo celular: +51 917 664 501. Nuevo correo: mfzambrano.loor@gmail.com

Atte. María Fernanda
""",
  lab=dict(procedure="actualizacion_datos", signature="not_required", outcome="acuse", refugiado=True,
           fields={"nombres": "María Fernanda Zambrano Loor", "nacionalidad": "EC",
                   "documento_identidad": "0923456781", "carne_extranjeria": "001778203",
                   "telefono": "+51917664501", "correo": "mfzambrano.loor@gmail.com"}))

# =====================================================================================
# 029 renuncia filed by a lawyer whose own DNI comes first in the text; signed PDF
# =====================================================================================
_p029 = K.text_pdf([
    ("h", "RENUNCIA A LA CONDICIÓN DE REFUGIADO"),
    ("p", "Señores de la Comisión Especial para los Refugiados:"),
    ("p", "Yo, HÉCTOR MANUEL IBARRA GIL, de nacionalidad venezolana, con pasaporte N° 087654123 y carné de "
          "extranjería N° 000561239, refugiado reconocido, manifiesto mi decisión libre y voluntaria de "
          "RENUNCIAR a la condición de refugiado que me fue reconocida por el Estado peruano."),
    ("p", "Motivo: me trasladaré de manera definitiva a España, donde residen mi hija y mis nietos, al haber "
          "obtenido un visado de reagrupación familiar."),
    ("p", "Teléfono: 981 003 775. Correo: hibarra.gil@gmail.com"),
    ("p", "Lima, 2 de noviembre de 2026"),
    ("b", "Héctor Manuel Ibarra Gil"),
])
M(file="029-renuncia-abogada-dni-propio-primero.eml", mailbox=MB_MP, to=MB_MP,
  frm="Patricia Lozano <patricia.lozano@lozanobermudez.pe>",
  subject="Renuncia a la condición de refugiado – Héctor Manuel Ibarra Gil",
  recv="2026-11-03 15:55:02", host="mail.lozanobermudez.pe", ip="181.65.140.12",
  text="""Señores
Comisión Especial para los Refugiados
Mesa de Partes
Presente.-

Yo, Patricia Lozano Bermúdez, abogada, identificada con DNI N° 40882315 y Registro CAL
N° 52871, con domicilio profesional en Calle Schell 343, of. 501, Miraflores, en
representación del señor HÉCTOR MANUEL IBARRA GIL, de nacionalidad venezolana, identificado
con pasaporte N° 087654123 y carné de extranjería N° 000561239, refugiado reconocido, me
dirijo a ustedes para presentar su RENUNCIA a la condición de refugiado.

Motivo de la renuncia: el señor Ibarra se trasladará de manera definitiva a España, donde
residen su hija y sus nietos, al haber obtenido un visado de reagrupación familiar.

El escrito de renuncia, firmado digitalmente por el propio señor Ibarra, se adjunta en
formato PDF.

Teléfono de contacto del señor Ibarra: 981 003 775
Correo del señor Ibarra: hibarra.gil@gmail.com

Atentamente,

Patricia Lozano Bermúdez
Abogada – CAL 52871
Lozano Bermúdez Abogados
Tel. 998 440 221
patricia.lozano@lozanobermudez.pe
""",
  atts=[("Renuncia_Ibarra_Gil_firmada.pdf", K.sign(_p029, "HECTOR MANUEL IBARRA GIL", "hibarra.gil@gmail.com"), PDF)],
  lab=dict(procedure="renuncia", signature="valid", outcome="acuse", refugiado=True,
           fields={"nombres": "HÉCTOR MANUEL IBARRA GIL", "nacionalidad": "VE",
                   "documento_identidad": "087654123", "carne_extranjeria": "000561239",
                   "telefono": "+51981003775", "correo": "hibarra.gil@gmail.com",
                   "motivo": "el señor Ibarra se trasladará de manera definitiva a España"}))

# =====================================================================================
# 030 renuncia: short, no nationality, no signed document, Saturday
# =====================================================================================
M(file="030-renuncia-incompleta-sabado.eml", mailbox=MB_MP, to=MB_MP,
  frm="Brayan Gómez <brayangomez.arango@gmail.com>",
  subject="renuncia",
  recv="2026-12-19 12:20:46", host="mail-vs1-f42.google.com", ip="209.85.217.42",
  text="""Buenas. Quiero renunciar a mi solicitud de refugio porque consegui trabajo en Santiago de
Chile y me voy a vivir alla en enero. Me llamo Brayan Steven Gómez Arango, pasaporte AS551203,
celular 940 118 223. Que tengo que hacer? gracias
""",
  lab=dict(procedure="renuncia", signature="absent", outcome="subsanar",
           fields={"nombres": "Brayan Steven Gómez Arango", "documento_identidad": "AS551203",
                   "telefono": "+51940118223", "correo": "brayangomez.arango@gmail.com",
                   "motivo": "consegui trabajo en Santiago de Chile y me voy a vivir alla"}))
# =====================================================================================
# 031 prórroga, tab-separated list, two-digit birth year, Saturday
# =====================================================================================
M(file="031-prorroga-tabulada-sabado.eml", mailbox=MB_REF, to=MB_REF,
  frm="Ninoska Ruiz <ninoska.ruiz.az@gmail.com>",
  subject="Prorroga de Residencia",
  recv="2026-10-17 10:30:00", host="mail-il1-f174.google.com", ip="209.85.166.174",
  text="Buenos días, solicito la prórroga anual de mi residencia como refugiada.\n\n"
       "Nombres y apellidos:\tNinoska del Valle Ruiz Azuaje\n"
       "Sexo:\tF\n"
       "Nacionalidad:\tVenezuela\n"
       "Pasaporte:\t142209876\n"
       "Carné de extranjería:\t001120334\n"
       "Fecha de nacimiento:\t23/04/88\n"
       "Teléfono:\t+51 934 556 019\n\n"
       "Gracias.\nNinoska Ruiz\n",
  lab=dict(procedure="prorroga_residencia", signature="not_required", outcome="acuse", refugiado=True,
           fields={"nombres": "Ninoska del Valle Ruiz Azuaje", "sexo": "F", "nacionalidad": "VE",
                   "documento_identidad": "142209876", "carne_extranjeria": "001120334",
                   "fecha_nacimiento": "1988-04-23", "telefono": "+51934556019",
                   "correo": "ninoska.ruiz.az@gmail.com"}))

# =====================================================================================
# 032 renovación de residencia in prose, sent to mesa de partes -> derivado
# =====================================================================================
M(file="032-renovacion-residencia-prosa-mesadepartes.eml", mailbox=MB_MP, to=MB_MP,
  frm="Cristian Torres <ctorresbeltran79@yahoo.com>",
  subject="RENOVACIÓN DE RESIDENCIA",
  recv="2026-12-03 09:30:27", host="sonic307-15.consmr.mail.bf2.yahoo.com", ip="74.6.134.124",
  text="""Señores, buenos días.

Yo, Cristian Camilo Torres Beltrán, de nacionalidad colombiana, con cédula de ciudadanía
80.456.221 y carné de extranjería 000893456, de sexo masculino, nacido el 12 de agosto de
1979, refugiado reconocido, solicito la prórroga de mi residencia por un año más. Mi celular
es el 987 300 112.

Atentamente,
Cristian Torres
""",
  lab=dict(procedure="prorroga_residencia", signature="not_required", outcome="acuse", refugiado=True,
           fields={"nombres": "Cristian Camilo Torres Beltrán", "sexo": "M", "nacionalidad": "CO",
                   "documento_identidad": "80456221", "carne_extranjeria": "000893456",
                   "fecha_nacimiento": "1979-08-12", "telefono": "+51987300112",
                   "correo": "ctorresbeltran79@yahoo.com"}))

# =====================================================================================
# 033 cambio de contraseña after office_close, reply-to e-mail different from sender
# =====================================================================================
M(file="033-cambio-contrasena-otro-correo-noche.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Katy Silva <katy_silva90@hotmail.com>",
  subject="Cambio de contraseña",
  recv="2027-01-14 18:40:12", rtz="+0000", host="mail-db8eur05olkn2102.outbound.protection.outlook.com", ip="40.92.89.102",
  text="""Hola buenas noches, necesito cambiar la clave del sistema de refugiados, ya no tengo acceso al
correo con el que me registré. Por favor envíen la nueva clave a este otro correo:
katherine.silvam@gmail.com

Nombre: Katherine Andrea Silva Montes
Cédula: V-21.774.890
Teléfono: 0051 945 662 130
""",
  lab=dict(procedure="cambio_clave", signature="not_required", outcome="acuse",
           fields={"nombres": "Katherine Andrea Silva Montes", "documento_identidad": "V21774890",
                   "telefono": "+51945662130", "correo": "katherine.silvam@gmail.com"}))

# =====================================================================================
# 034 apelación: long formal letter in the body, NGO, holiday, notified long ago (late)
# =====================================================================================
_letter034 = """Lima, 7 de diciembre de 2026

Señor
Presidente de la Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores
Presente.-

EXPEDIENTE : 2024-0098112
RECURRENTE : FÉLIX ARMANDO URBINA CASTELLÓN
SUMILLA    : Interpone recurso de apelación

FÉLIX ARMANDO URBINA CASTELLÓN, de nacionalidad nicaragüense, identificado con Pasaporte
N° C01882034, con teléfono celular 950 447 812 y correo electrónico
felixurbina.c@protonmail.com, con el patrocinio del Centro de Asistencia Legal al Refugiado
y Migrante (CALREM), ante usted me presento y digo:

I. PETITORIO

1. Interpongo RECURSO DE APELACIÓN contra la Resolución N° 1123-2026/CEPR-SE, de fecha 15
   de octubre de 2026, notificada el 30 de octubre de 2026, que declaró infundado mi recurso
   de reconsideración, a fin de que se eleve al superior jerárquico y este, revocándola, me
   reconozca la condición de refugiado.

II. ANTECEDENTES

1. El 12 de marzo de 2024 ingresé al Perú por el Puesto de Control Fronterizo de Tumbes y
   el 20 de marzo de 2024 registré mi solicitud de refugio en línea.
2. El 4 de junio de 2026 la Comisión denegó mi solicitud, por considerar que la
   persecución alegada no estaba acreditada.
3. Interpuse recurso de reconsideración, que fue declarado infundado mediante la
   resolución apelada.

III. FUNDAMENTOS DE HECHO

1. En Nicaragua fui dirigente estudiantil en la ciudad de León y participé en las
   protestas de abril de 2018.
2. En 2023 fui detenido durante once días sin orden judicial y, al ser liberado, se me
   prohibió salir del país; abandoné Nicaragua por un paso no habilitado.
3. Con posterioridad a mi salida, varios de mis compañeros fueron despojados de su
   nacionalidad y sus bienes confiscados; mi nombre figura en la misma lista publicada por
   medios independientes (Anexo 1-C).
4. La resolución apelada no valoró el informe del Grupo de Expertos en Derechos Humanos
   sobre Nicaragua de las Naciones Unidas ni las pruebas documentales presentadas.

IV. FUNDAMENTOS DE DERECHO

1. Artículo 1.A.2 de la Convención sobre el Estatuto de los Refugiados de 1951 y su
   Protocolo de 1967.
2. Conclusión tercera de la Declaración de Cartagena sobre Refugiados de 1984.
3. Artículo 3 de la Ley N° 27891, Ley del Refugiado, y su Reglamento.
4. Artículos 218 y 220 del TUO de la Ley N° 27444, Ley del Procedimiento Administrativo
   General.

V. ANEXOS

1-A Copia del pasaporte.
1-B Copia de la resolución apelada.
1-C Nota periodística con la lista de estudiantes desnacionalizados.

POR TANTO:
Solicito a usted tramitar el presente recurso conforme a ley.

FÉLIX ARMANDO URBINA CASTELLÓN
Pasaporte N° C01882034
"""
_p034 = K.text_pdf([("p", ln) if ln.strip() else ("sp", "") for ln in _letter034.split("\n\n")])
M(file="034-apelacion-ong-carta-larga-feriado-tardio.eml", mailbox=MB_MP, to=MB_MP,
  frm="CALREM - Área de Protección <proteccion@calrem.org.pe>",
  subject="Recurso de Apelación",
  recv="2026-12-08 11:20:35", host="mail.calrem.org.pe", ip="190.117.52.9",
  text="""Estimados señores de Mesa de Partes:

Por encargo del señor Félix Armando Urbina Castellón, a quien patrocinamos, transcribimos a
continuación su recurso de apelación y adjuntamos el original firmado digitalmente por él.

----------------------------------------------------------------------
""" + _letter034 + """----------------------------------------------------------------------

Atentamente,

Dra. Silvia Beatriz Cornejo Valdivia
Directora del Área de Protección
Centro de Asistencia Legal al Refugiado y Migrante – CALREM
Av. José Gálvez Barrenechea 592, San Isidro
Central: (01) 265-4470 · proteccion@calrem.org.pe
""",
  atts=[("Apelacion_Urbina_Castellon.pdf", K.sign(_p034, "FELIX ARMANDO URBINA CASTELLON", "felixurbina.c@protonmail.com"), PDF)],
  lab=dict(procedure="apelacion", signature="valid", outcome="cargo", notif="2026-10-30",
           fields={"nombres": "FÉLIX ARMANDO URBINA CASTELLÓN", "nacionalidad": "NI",
                   "documento_identidad": "C01882034", "telefono": "+51950447812",
                   "correo": "felixurbina.c@protonmail.com",
                   "motivo": "fui detenido durante once días sin orden judicial"}))

# =====================================================================================
# 035 reconsideración forwarded by a parish (Outlook "De: / Enviado:" chain);
#     applicant's e-mail only in the quoted header -> correo is the sender's
# =====================================================================================
_j035 = K.image_bytes(K.scan_image([
    "Callao, 3 de noviembre de 2026", "", "RECURSO DE RECONSIDERACION", "",
    "Yo, Darwin Enrique Mujica Rangel, C.I. 20.887.114,", "interpongo recurso de reconsideracion contra la",
    "resolucion que denego mi solicitud de refugio.", "", "<firma>", "Darwin E. Mujica R."], seed=35))
M(file="035-reconsideracion-reenvio-parroquia-outlook.eml", mailbox=MB_MP, to=MB_MP,
  frm="Acompañamiento Migrante NSP <acompanamiento@parroquianspaz.org>",
  subject="RV: Recurso de reconsideracion - Darwin Mujica",
  recv="2026-11-04 10:00:52", host="mail-ve1eur01on2094.outbound.protection.outlook.com", ip="40.107.14.94",
  text="""Buenos días, estimados señores:

Les reenvío el correo que nos envió el señor Darwin Mujica, a quien acompañamos desde la
parroquia. Él nos pidió ayuda para hacerles llegar su recurso de reconsideración, que firmó
a mano en nuestra oficina; adjunto la foto del escrito firmado. Les agradeceremos
comunicarse directamente con él al teléfono que indica.

Atentamente,

Rosa Elvira Campos Tello
Coordinadora del Servicio de Acompañamiento al Migrante
Parroquia Nuestra Señora de la Paz – Callao
Telf. (01) 429-8833 / 999 120 774
acompanamiento@parroquianspaz.org

________________________________
De: Darwin Enrique Mujica <darwinmujica1990@gmail.com>
Enviado: lunes, 2 de noviembre de 2026 21:14
Para: Acompañamiento Migrante NSP <acompanamiento@parroquianspaz.org>
Asunto: ayuda con reconsideracion

Buenas noches señora Rosa, como le comenté el sábado le mando mis datos para el recurso:

Darwin Enrique Mujica Rangel
venezolano
C.I. 20.887.114
telefono 936 551 020

Me notificaron la resolución el 27 de octubre. El motivo es que no me creyeron lo de las
amenazas del colectivo en Petare, pero ahora tengo la denuncia que hizo mi hermano en la
fiscalía y el certificado médico de las heridas.

Gracias por todo, Dios le pague.
""",
  atts=[("recurso_reconsideracion_firmado.jpg", _j035, JPG)],
  lab=dict(procedure="reconsideracion", signature="manuscrita", outcome="cargo", notif="2026-10-27",
           fields={"nombres": "Darwin Enrique Mujica Rangel", "nacionalidad": "VE",
                   "documento_identidad": "20887114", "telefono": "+51936551020",
                   "correo": "acompanamiento@parroquianspaz.org",
                   "motivo": "no me creyeron lo de las amenazas del colectivo en Petare"}))

# =====================================================================================
# 036 autorización de viaje with a photographed signed request, Sunday evening
# =====================================================================================
_j036 = K.image_bytes(K.scan_image([
    "Lima, 3 de enero de 2027", "", "SOLICITUD DE AUTORIZACION DE VIAJE", "",
    "Wisly Jean-Baptiste, CE 002004118, solicito autorizacion", "para viajar a Santiago de Chile del 15 al 30",
    "de enero de 2027 por audiencia de tenencia.", "", "<firma>", "Wisly Jean-Baptiste"], seed=36))
M(file="036-autorizacion-viaje-foto-firmada-domingo.eml", mailbox=MB_REF, to=MB_REF,
  frm="Wisly Jean-Baptiste <wislyjb@gmail.com>",
  subject="Autorizacion de viaje",
  recv="2027-01-03 19:30:08", host="mail-yw1-f169.google.com", ip="209.85.128.169",
  text="""Señores Oficina de Refugiados,

Solicito autorización de viaje de urgencia. Adjunto la solicitud firmada (foto).

Nombre: Wisly Jean-Baptiste
Carné de extranjería: 002004118
Lugar de viaje: Santiago de Chile
Fecha de salida: 15 de enero de 2027
Fecha de retorno: 30 de enero de 2027
Motivo: tengo audiencia en el juzgado de familia de Santiago por la tenencia de mi hija, que
vive allá con su madre.
Teléfono: +51 929 117 604

Gracias
""",
  atts=[("IMG_20270103_191544.jpg", _j036, JPG)],
  lab=dict(procedure="autorizacion_viaje", signature="manuscrita", outcome="acuse",
           fields={"nombres": "Wisly Jean-Baptiste", "carne_extranjeria": "002004118",
                   "destino": "Santiago de Chile", "fecha_salida": "2027-01-15", "fecha_retorno": "2027-01-30",
                   "telefono": "+51929117604", "correo": "wislyjb@gmail.com",
                   "motivo": "tengo audiencia en el juzgado de familia de Santiago por la tenencia de mi hija"}))

# =====================================================================================
# 037 duplicado de CE, HTML only with a table; police report as a JPEG
# =====================================================================================
_j037 = K.image_bytes(K.scan_image([
    "POLICIA NACIONAL DEL PERU", "COMISARIA PNP SAN MARTIN DE PORRES", "",
    "CONSTANCIA DE DENUNCIA POLICIAL N. 30122871", "", "Perdida de documentos: carne de extranjeria",
    "Fecha: 16/01/2027"], seed=37, with_signature=False))
M(file="037-duplicado-ce-html-denuncia-jpg.eml", mailbox=MB_REF, to=MB_REF,
  frm="Leidy Cárdenas <leidyjcardenas@gmail.com>",
  subject="DUPLICADO DE CARNE DE EXTRANJERIA",
  recv="2027-01-19 11:11:11", host="mail-qv1-f54.google.com", ip="209.85.219.54",
  html="""<div dir="ltr">Buenos días,<br><br>Solicito duplicado de carné de extranjería por pérdida. Adjunto la denuncia policial.<br><br>
<table style="border:1px solid #999;font-family:Verdana;font-size:12px">
<tr><td>Nombres</td><td>Leidy Johana Cárdenas Rincón</td></tr>
<tr><td>Sexo</td><td>Femenino</td></tr>
<tr><td>Nacionalidad</td><td>Colombia</td></tr>
<tr><td>Pasaporte</td><td>AU338190</td></tr>
<tr><td>Carné de extranjería</td><td>001332870</td></tr>
<tr><td>Fecha de nacimiento</td><td>1992-06-30</td></tr>
<tr><td>Teléfono</td><td>(+51) 968-221-403</td></tr>
</table><br>Muchas gracias,<br>Leidy</div>
""",
  atts=[("denuncia_perdida.jpg", _j037, JPG)],
  lab=dict(procedure="duplicado_carne_extranjeria", signature="not_required", outcome="acuse",
           denuncia=True, refugiado=True,
           fields={"nombres": "Leidy Johana Cárdenas Rincón", "sexo": "F", "nacionalidad": "CO",
                   "documento_identidad": "AU338190", "carne_extranjeria": "001332870",
                   "fecha_nacimiento": "1992-06-30", "telefono": "+51968221403",
                   "correo": "leidyjcardenas@gmail.com"}))

# =====================================================================================
# 038 apelación in the body only (no signed document), received on a non-working day
# =====================================================================================
M(file="038-apelacion-solo-texto-dia-no-laborable.eml", mailbox=MB_MP, to=MB_MP,
  frm="Eduardo Marcano <eduardomarcano.v@gmail.com>",
  subject="Recurso de apelación",
  recv="2026-12-07 08:45:29", host="mail-wr1-f44.google.com", ip="209.85.221.44",
  text="""Señores Comisión Especial para los Refugiados:

Yo, Eduardo José Marcano Villarroel, venezolano, pasaporte N° 099812455, presento recurso de
apelación contra la resolución que confirmó la denegatoria de mi solicitud, notificado el
20/11/2026.

Fundamento mi apelación en que soy militar retirado y me negué a participar en la represión
de las protestas de 2024 en Valencia; por eso fui acusado de deserción y hay una orden de
captura en mi contra, que adjunté en la reconsideración y no fue valorada.

Teléfono: +58 424-6617702 (WhatsApp, estoy temporalmente sin línea peruana)
Correo: eduardomarcano.v@gmail.com

Eduardo Marcano
""",
  lab=dict(procedure="apelacion", signature="absent", outcome="subsanar", notif="2026-11-20",
           fields={"nombres": "Eduardo José Marcano Villarroel", "nacionalidad": "VE",
                   "documento_identidad": "099812455", "telefono": "+584246617702",
                   "correo": "eduardomarcano.v@gmail.com",
                   "motivo": "me negué a participar en la represión de las protestas de 2024"}))

# =====================================================================================
# 039 reconsideración for a minor son, filed by the father; father's contact given
# =====================================================================================
_p039 = K.text_pdf([
    ("h", "RECURSO DE RECONSIDERACIÓN"),
    ("p", "José Gregorio Ramírez Díaz, C.I. V-11.223.876, en representación de mi hijo menor de edad "
          "Santiago José Ramírez Olivares, pasaporte N° 151123908, interpongo recurso de reconsideración contra "
          "la resolución que denegó su solicitud de refugio, notificada el 13 de octubre de 2026."),
    ("p", "Motivo: mi hijo fue reclutado a la fuerza por un grupo armado en el estado Apure en 2024; como "
          "menor de edad corre el riesgo de ser reclutado otra vez si regresa."),
    ("p", "Contacto: 975 118 290 / jgramirez.d@gmail.com"),
    ("p", "Lima, 26 de octubre de 2026"),
    ("b", "José Gregorio Ramírez Díaz"),
])
M(file="039-reconsideracion-padre-por-hijo-menor.eml", mailbox=MB_MP, to=MB_MP,
  frm="José Gregorio Ramírez <jgramirez.d@gmail.com>",
  subject="Recurso de reconsideración - menor Santiago Ramírez Olivares",
  recv="2026-10-27 16:29:40", host="mail-ua1-f52.google.com", ip="209.85.222.52",
  text="""Señores de la Comisión:

Soy José Gregorio Ramírez Díaz, C.I. V-11.223.876, padre y representante legal del
adolescente Santiago José Ramírez Olivares (16 años), pasaporte N° 151123908, a quien se le
denegó la solicitud de refugio por resolución notificada el 13 de octubre de 2026. Mi propia
solicitud fue aprobada en 2025, pero la de mi hijo se evaluó por separado.

Presento en su nombre el recurso de reconsideración adjunto, firmado digitalmente por mí
como su representante.

Motivo: mi hijo fue reclutado a la fuerza por un grupo armado en el estado Apure en 2024; la
resolución no consideró que, como menor de edad, corre el riesgo de ser reclutado otra vez
si regresa.

Toda comunicación sobre el expediente de mi hijo, por favor dirigirla a mi teléfono
975 118 290 y a este correo.

Atentamente,
José Gregorio Ramírez Díaz
""",
  atts=[("reconsideracion_Santiago_Ramirez.pdf", K.sign(_p039, "JOSE GREGORIO RAMIREZ DIAZ", "jgramirez.d@gmail.com"), PDF)],
  lab=dict(procedure="reconsideracion", signature="valid", outcome="cargo", notif="2026-10-13",
           fields={"nombres": "Santiago José Ramírez Olivares", "documento_identidad": "151123908",
                   "telefono": "+51975118290", "correo": "jgramirez.d@gmail.com",
                   "motivo": "mi hijo fue reclutado a la fuerza por un grupo armado en el estado Apure"}))

# =====================================================================================
# 040 actualización: applicant gives a new e-mail, different from the sender's
# =====================================================================================
M(file="040-actualizacion-correo-nuevo.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Rubén Salazar <rsalazar77@hotmail.com>",
  subject="Actualizacion de datos.",
  recv="2026-10-07 08:02:45", host="mail-vi1eur04olkn2050.outbound.protection.outlook.com", ip="40.92.75.50",
  text="""Buenos días:

Solicito actualizar mis datos de contacto en el sistema.

Nombres y apellidos completos: Rubén Darío Salazar Hinojosa
Nacionalidad: Venezolano
Pasaporte: 120045671
Teléfono de contacto (nuevo): 902 334 118
Correo electrónico (nuevo): rubensalazar.h@gmail.com — el de hotmail ya casi no lo reviso.

Soy solicitante de refugio, todavía no tengo carné de extranjería.

Gracias.
""",
  lab=dict(procedure="actualizacion_datos", signature="not_required", outcome="acuse",
           fields={"nombres": "Rubén Darío Salazar Hinojosa", "nacionalidad": "VE",
                   "documento_identidad": "120045671", "telefono": "+51902334118",
                   "correo": "rubensalazar.h@gmail.com"}))

# =====================================================================================
# 041 cambio de clave with only a name; one minute after office_close on a Friday
# =====================================================================================
M(file="041-cambio-clave-incompleto-viernes-tarde.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Génesis Rivas <genesis.rivas.c@gmail.com>",
  subject="Cambio de Clave",
  recv="2026-10-30 16:31:02", host="mail-oi1-f169.google.com", ip="209.85.167.169",
  text="hola no me llega el correo para recuperar la contraseña del sistema de refugiados, necesito "
       "que me la cambien porfa\n\nGénesis Carolina Rivas\n",
  lab=dict(procedure="cambio_clave", signature="not_required", outcome="subsanar",
           fields={"nombres": "Génesis Carolina Rivas", "correo": "genesis.rivas.c@gmail.com"}))

# =====================================================================================
# 042 empty subject, asks about a case file -> triage
# =====================================================================================
M(file="042-sin-asunto-estado-expediente.eml", mailbox=MB_MP, to=MB_MP,
  frm="Luis Pinto <luisalfonsopinto@yahoo.com>",
  subject="",
  recv="2026-11-28 08:20:17", host="sonic316-26.consmr.mail.gq1.yahoo.com", ip="98.137.65.83",
  text="""Buenos días, quisiera saber el estado de mi expediente 2023-0156670.
Soy Luis Alfonso Pinto Araujo, pasaporte 110923877. Mi número es +51 989 002 345.
Gracias
""",
  lab=dict(procedure=None, signature="not_required", outcome="triage",
           fields={"nombres": "Luis Alfonso Pinto Araujo", "documento_identidad": "110923877",
                   "telefono": "+51989002345", "correo": "luisalfonsopinto@yahoo.com"}))

# =====================================================================================
# 043 apelación: body "adjunto"; all data only in the signed PDF; late
# =====================================================================================
_p043 = K.text_pdf([
    ("h", "RECURSO DE APELACIÓN"),
    ("p", "Señores de la Comisión Especial para los Refugiados:"),
    ("p", "Yo, Marbelys Rosa Quintana Ochoa, venezolana, C.I. V-17.665.092, interpongo recurso de apelación "
          "contra la resolución que confirmó la denegatoria de mi solicitud de refugio, notificada con fecha "
          "05/10/2026."),
    ("p", "Motivo: mi expareja, funcionario de la policía del estado Lara, me agredió y amenazó con matarme "
          "si denunciaba; las autoridades de mi país no me protegieron. La Comisión consideró que era un "
          "asunto privado, pero se trata de violencia de género sin protección del Estado."),
    ("p", "Teléfono: 932 008 447\nCorreo: mrquintana1985@gmail.com"),
    ("p", "Lima, 12 de noviembre de 2026"),
    ("b", "Marbelys Rosa Quintana Ochoa"),
])
M(file="043-apelacion-datos-solo-en-pdf-tardio.eml", mailbox=MB_MP, to=MB_MP,
  frm="Marbelys Quintana <mrquintana1985@gmail.com>",
  subject="Apelacion",
  recv="2026-11-13 09:00:38", host="mail-pl1-f171.google.com", ip="209.85.214.171",
  text="Buenos días, adjunto.\n\nAtte.\nMarbelys\n",
  atts=[("doc_apelacion.pdf", K.sign(_p043, "MARBELYS ROSA QUINTANA OCHOA", "mrquintana1985@gmail.com"), PDF)],
  lab=dict(procedure="apelacion", signature="valid", outcome="cargo", notif="2026-10-05",
           fields={"nombres": "Marbelys Rosa Quintana Ochoa", "nacionalidad": "VE",
                   "documento_identidad": "V17665092", "telefono": "+51932008447",
                   "correo": "mrquintana1985@gmail.com",
                   "motivo": "mi expareja, funcionario de la policía del estado Lara, me agredió y amenazó"}))

# =====================================================================================
# 044 reconsideración forwarded by the applicant himself ("TR:", -----Mensaje original-----)
#     to the wrong mailbox -> derivado
# =====================================================================================
_p044 = K.text_pdf([
    ("h", "RECURSO DE RECONSIDERACIÓN"),
    ("p", "Bryan Xavier Chiriboga Mera, ecuatoriano, cédula 1717283940, celular 921 640 335, correo "
          "b.chiriboga.mera@gmail.com, interpongo recurso de reconsideración contra la resolución que denegó "
          "mi solicitud de refugio."),
    ("p", "Motivo: la extorsión de la banda Los Lobos contra mi negocio en Durán continúa; mi socio fue "
          "asesinado en diciembre de 2026 (acta de defunción adjunta)."),
    ("p", "Lima, 20 de enero de 2027"),
    ("b", "Bryan Xavier Chiriboga Mera"),
])
M(file="044-reconsideracion-reenviada-buzon-refugiados.eml", mailbox=MB_REF, to=MB_REF,
  frm="Bryan Chiriboga <bchiriboga@constructoraandina.com.pe>",
  subject="TR: RECURSO DE RECONSIDERACION",
  recv="2027-01-21 10:20:44", host="mail.constructoraandina.com.pe", ip="190.81.160.33",
  text="""Reenvío desde el correo del trabajo porque no sé si el anterior llegó.

-----Mensaje original-----
De: Bryan Chiriboga <b.chiriboga.mera@gmail.com>
Enviado el: miércoles, 20 de enero de 2027 22:03
Para: refugiados@rree.gob.pe
Asunto: RECURSO DE RECONSIDERACION

Buenas noches. Interpongo recurso de reconsideración contra la resolución que denegó mi
solicitud de refugio. Adjunto el escrito firmado digitalmente.

Nombre: Bryan Xavier Chiriboga Mera
Nacionalidad: ecuatoriana
Cédula de identidad: 1717283940
Celular: 921 640 335
Correo: b.chiriboga.mera@gmail.com
Motivo: la extorsión de la banda Los Lobos contra mi negocio en Durán continúa; mi socio fue
asesinado en diciembre de 2026 y adjunto el acta de defunción.

Bryan Chiriboga
""",
  atts=[("Reconsideracion_BChiriboga.pdf", K.sign(_p044, "BRYAN XAVIER CHIRIBOGA MERA", "b.chiriboga.mera@gmail.com"), PDF)],
  lab=dict(procedure="reconsideracion", signature="valid", outcome="cargo",
           fields={"nombres": "Bryan Xavier Chiriboga Mera", "nacionalidad": "EC",
                   "documento_identidad": "1717283940", "telefono": "+51921640335",
                   "correo": "b.chiriboga.mera@gmail.com",
                   "motivo": "la extorsión de la banda Los Lobos contra mi negocio en Durán continúa"}))

# =====================================================================================
# 045 prórroga for an elderly father, long message by the son; mother's CE also mentioned
# =====================================================================================
M(file="045-prorroga-hijo-escribe-largo.eml", mailbox=MB_REF, to=MB_REF,
  frm="Alejandro Figueredo <alefigueredo.m@gmail.com>",
  subject="Prórroga de residencia de mi padre, Sr. Ramón Figueredo",
  recv="2027-01-08 11:30:03", host="mail-lj1-f170.google.com", ip="209.85.208.170",
  text="""Estimados señores de la Oficina de Refugiados:

Mi nombre es Alejandro Figueredo Méndez (C.I. V-17.223.908) y les escribo en nombre de mi
padre, el señor Ramón Antonio Figueredo Lugo, quien tiene 77 años, sufre de Parkinson y no usa
computadora ni teléfono inteligente. Mi padre y mi madre, la señora Olga Méndez de Figueredo,
fueron reconocidos como refugiados en 2021 y viven conmigo en San Miguel.

El carné de extranjería de mi padre vence el 2 de febrero y necesitamos tramitar la prórroga
anual de su residencia. La de mi madre la pediremos en un correo aparte, cuando tengamos su
documento a mano, para no mezclar los expedientes.

Los datos de mi padre son:

   Nombres y apellidos ..... Ramón Antonio Figueredo Lugo
   Sexo .................... Masculino
   Nacionalidad ............ Venezolana
   Cédula de identidad ..... V-3.998.125
   Carné de extranjería .... 000442187
   Fecha de nacimiento ..... 19/09/1949
   Teléfono (fijo casa) .... (01) 482-1133

Les cuento además que el año pasado tuvimos dificultades porque el oficio llegó a Migraciones
con un número de carné equivocado (el de mi madre, 000442188), lo que nos obligó a ir tres
veces a la sede de Breña con mi papá en silla de ruedas. Les rogaría revisar con cuidado el
número esta vez.

Para cualquier coordinación pueden escribirme a este correo.

Con mi agradecimiento anticipado,

Alejandro Figueredo Méndez
Hijo del Sr. Ramón Figueredo
986 775 332
""",
  lab=dict(procedure="prorroga_residencia", signature="not_required", outcome="acuse", refugiado=True,
           fields={"nombres": "Ramón Antonio Figueredo Lugo", "sexo": "M", "nacionalidad": "VE",
                   "documento_identidad": "V3998125", "carne_extranjeria": "000442187",
                   "fecha_nacimiento": "1949-09-19", "telefono": "+5114821133",
                   "correo": "alefigueredo.m@gmail.com"}))

# =====================================================================================
# 046 permiso de viaje sent to the applicants' mailbox -> derivado; signed PDF
# =====================================================================================
_p046 = K.text_pdf([
    ("h", "SOLICITUD DE AUTORIZACIÓN DE VIAJE"),
    ("p", "Luisa Fernanda Ochoa Prieto, carné de extranjería N° 001667390, refugiada reconocida, solicito "
          "autorización para viajar a Madrid, España, del 04/02/2027 al 25/02/2027."),
    ("p", "Motivo: sustentación de mi tesis doctoral en la Universidad Complutense de Madrid."),
    ("p", "Celular: 944 050 128"),
    ("b", "Luisa Fernanda Ochoa Prieto"),
])
M(file="046-permiso-viaje-buzon-solicitantes.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Luisa Ochoa Prieto <luisa.ochoa.prieto@gmail.com>",
  subject="Permiso de viaje - L. Ochoa",
  recv="2027-01-26 13:45:50", host="mail-ej1-f52.google.com", ip="209.85.218.52",
  text="""Buenas tardes:

Adjunto mi solicitud de autorización de viaje, firmada digitalmente.

Resumen:
• Nombres y apellidos: Luisa Fernanda Ochoa Prieto
• CE N° 001667390
• Destino: Madrid, España
• Salida: 04/02/2027 – Retorno: 25/02/2027
• Motivo: sustentación de mi tesis doctoral en la Universidad Complutense (adjunto la carta
  de citación)
• Celular: 944 050 128

Saludos cordiales,
Luisa Fernanda Ochoa Prieto
""",
  atts=[("Autorizacion_viaje_LOchoa_firmado.pdf", K.sign(_p046, "LUISA FERNANDA OCHOA PRIETO", "luisa.ochoa.prieto@gmail.com"), PDF)],
  lab=dict(procedure="autorizacion_viaje", signature="valid", outcome="acuse",
           fields={"nombres": "Luisa Fernanda Ochoa Prieto", "carne_extranjeria": "001667390",
                   "destino": "Madrid, España", "fecha_salida": "2027-02-04", "fecha_retorno": "2027-02-25",
                   "telefono": "+51944050128", "correo": "luisa.ochoa.prieto@gmail.com",
                   "motivo": "sustentación de mi tesis doctoral en la Universidad Complutense"}))

# =====================================================================================
# 047 out-of-office reply recognised only by its subject -> ignorado
# =====================================================================================
M(file="047-fuera-de-la-oficina-trabajadora-social.eml", mailbox=MB_REF, to=MB_REF,
  frm="Ana Cecilia Portocarrero <pmh.sanmartin.aqp@gmail.com>",
  subject="Fuera de la oficina: Prórroga de residencia - Marlon Guédez",
  recv="2026-12-24 09:15:30", host="mail-pj1-f44.google.com", ip="209.85.216.44",
  text="""Estaré fuera de la oficina del 21 de diciembre al 4 de enero, con acceso limitado al correo.
Para casos urgentes de la Pastoral, comunicarse con el P. Víctor Huamaní al 959 300 441.

Feliz Navidad.
Ana Cecilia Portocarrero
""",
  lab=dict(procedure="prorroga_residencia", signature="not_required", outcome="ignorado", fields={}))

# =====================================================================================
# 048 renuncia from a women's shelter; PDF on letterhead (logo) with a pasted signature image
# =====================================================================================
_p048 = K.text_pdf([
    ("p", "Lima, 14 de diciembre de 2026"),
    ("p", "Señores\nComisión Especial para los Refugiados"),
    ("b", "Asunto: Renuncia a la solicitud de refugio"),
    ("p", "Yo, Estefanía de los Ángeles Mendoza Brito, de nacionalidad venezolana, identificada con cédula "
          "de identidad N° V-28.114.305, solicitante de refugio, me dirijo a ustedes para RENUNCIAR a mi "
          "solicitud de refugio."),
    ("p", "Motivo: he decidido retornar a Venezuela para reunirme con mis hijos, que están al cuidado de mi "
          "madre en Valencia."),
    ("p", "Teléfono: 907 332 115"),
    ("sig", ""),
    ("p", "Estefanía Mendoza B."),
], logo=K.logo_png("RE"), sig_image=K.scribble_png(seed=48))
M(file="048-renuncia-albergue-pdf-membrete.eml", mailbox=MB_MP, to=MB_MP,
  frm="Refugio Esperanza - Casos <casos@refugioesperanza.org.pe>",
  subject="Renuncia – Estefanía Mendoza Brito",
  recv="2026-12-16 15:00:00", host="mail.refugioesperanza.org.pe", ip="161.132.98.20",
  text="""Estimados,

Desde Refugio Esperanza, casa de acogida para mujeres sobrevivientes de violencia, remitimos
la carta de renuncia al trámite de solicitud de refugio de la señora Estefanía de los
Ángeles Mendoza Brito, quien nos pidió apoyo para enviarla. La carta, en papel membretado de
nuestra institución, fue firmada por ella de puño y letra y la adjuntamos en PDF.

Por razones de seguridad, la señora no tiene correo propio; les pedimos que las
comunicaciones se envíen a este correo institucional, o a su celular personal 907 332 115.

Saludos cordiales,
Psic. Karen Milagros Loayza Reátegui
Coordinadora de Casos
Refugio Esperanza
Cel. 933 118 200
""",
  atts=[("Carta_renuncia_EMendoza.pdf", _p048, PDF)],
  lab=dict(procedure="renuncia", signature="manuscrita", outcome="acuse",
           fields={"nombres": "Estefanía de los Ángeles Mendoza Brito", "nacionalidad": "VE",
                   "documento_identidad": "V28114305", "telefono": "+51907332115",
                   "correo": "casos@refugioesperanza.org.pe",
                   "motivo": "he decidido retornar a Venezuela para reunirme con mis hijos"}))

# =====================================================================================
# 049 actualización, subject as a base64 encoded-word, phone not given, after close
# =====================================================================================
M(file="049-actualizacion-asunto-codificado-sin-telefono.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="Ismael Brito <ismaelbrito.v@gmail.com>",
  subject="Actualización de datos", subject_raw="=?UTF-8?B?QWN0dWFsaXphY2nDs24gZGUgZGF0b3M=?=",
  recv="2027-01-29 16:50:20", host="mail-pf1-f181.google.com", ip="209.85.210.181",
  text="""Buenas tardes. Me cambié de domicilio, ahora vivo en Av. Los Próceres 1820, Santiago de Surco.

Ismael Antonio Brito Vielma
Nacionalidad: VEN
Pasaporte 133409871

Mi número telefónico sigue siendo el mismo.
""",
  lab=dict(procedure="actualizacion_datos", signature="not_required", outcome="subsanar",
           fields={"nombres": "Ismael Antonio Brito Vielma", "nacionalidad": "VE",
                   "documento_identidad": "133409871", "correo": "ismaelbrito.v@gmail.com"}))

# =====================================================================================
# 050 apelación: resolution date long ago, notification recent (in time); signed PDF
# =====================================================================================
_p050 = K.text_pdf([
    ("h", "RECURSO DE APELACIÓN"),
    ("p", "Arianna Sofía Lugo Bracho, pasaporte 118003442, interpongo recurso de apelación contra la "
          "Resolución N° 0733-2026/CEPR-SE de fecha 10 de septiembre de 2026, notificada el 19 de octubre "
          "de 2026."),
    ("p", "Motivo: la Comisión consideró que podía reubicarme dentro de Venezuela, pero la persecución que "
          "sufrí por ser activista LGTBI provino de la policía estatal y de un colectivo con presencia "
          "nacional, por lo que no existe alternativa de huida interna."),
    ("p", "Teléfono: +51 963 228 114 - Correo: ariannalugo.b@gmail.com"),
    ("b", "Arianna Sofía Lugo Bracho"),
])
M(file="050-apelacion-fecha-resolucion-vs-notificacion.eml", mailbox=MB_MP, to=MB_MP,
  frm="Arianna Lugo <ariannalugo.b@gmail.com>",
  subject="Recurso de Apelación – Arianna Lugo",
  recv="2026-11-05 10:00:01", host="mail-qt1-f182.google.com", ip="209.85.160.182",
  text="""Buenos días,

Adjunto mi recurso de apelación contra la Resolución N° 0733-2026/CEPR-SE de fecha 10 de
septiembre de 2026, notificada el 19 de octubre de 2026.

Nombres y apellidos: Arianna Sofía Lugo Bracho
Pasaporte: 118003442
Teléfono: +51 963 228 114
Correo: ariannalugo.b@gmail.com

Motivo: la Comisión consideró que podía reubicarme dentro de Venezuela, pero la persecución
que sufrí por ser activista LGTBI provino de la policía estatal y de un colectivo con
presencia nacional.

Enviado desde mi iPhone
""",
  atts=[("apelacion_ALugo.pdf", K.sign(_p050, "ARIANNA SOFIA LUGO BRACHO", "ariannalugo.b@gmail.com"), PDF)],
  lab=dict(procedure="apelacion", signature="valid", outcome="cargo", notif="2026-10-19",
           fields={"nombres": "Arianna Sofía Lugo Bracho", "documento_identidad": "118003442",
                   "telefono": "+51963228114", "correo": "ariannalugo.b@gmail.com",
                   "motivo": "la persecución que sufrí por ser activista LGTBI provino de la policía estatal"}))

# =====================================================================================
# 051 reconsideración by a law firm that designates the firm's phone/e-mail for notices
# =====================================================================================
_p051 = K.text_pdf([
    ("b", "EXPEDIENTE: 2025-0011873"),
    ("b", "SUMILLA: RECURSO DE RECONSIDERACIÓN"),
    ("p", "SEÑOR SECRETARIO EJECUTIVO DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:"),
    ("p", "ALEXANDRA PATRICIA HERRERA GODOY, de nacionalidad venezolana, identificada con Pasaporte "
          "N° 160234581, señalando como domicilio para notificaciones el correo electrónico "
          "notificaciones@valdezrojas.com.pe y el teléfono (01) 637-8800 del Estudio Valdez Rojas Abogados, "
          "ante usted digo:"),
    ("h", "I. PETITORIO"),
    ("p", "Interpongo recurso de reconsideración contra la resolución que denegó mi solicitud de refugio, "
          "notificada el 28 de diciembre de 2026, y solicito que se declare fundado."),
    ("h", "II. FUNDAMENTOS"),
    ("p", "1. Presento como nueva prueba el informe psicológico del Centro de Atención a Víctimas de Tortura "
          "que acredita las secuelas de mi detención arbitraria en 2023 en el Helicoide (Caracas)."),
    ("p", "2. Dicho informe no existía a la fecha de la entrevista y acredita la verosimilitud del relato "
          "que la resolución consideró inconsistente."),
    ("h", "III. ANEXOS"),
    ("p", "1-A Informe psicológico. 1-B Copia del pasaporte."),
    ("p", "Lima, 8 de enero de 2027"),
    ("b", "Alexandra Patricia Herrera Godoy"),
    ("p", "Ricardo Valdez Rojas - Abogado CAL 38122"),
])
M(file="051-reconsideracion-estudio-domicilio-procesal.eml", mailbox=MB_MP, to=MB_MP,
  frm="Mesa de Partes - Estudio Valdez Rojas <notificaciones@valdezrojas.com.pe>",
  subject="Recurso de reconsideración – Exp. 2025-0011873",
  recv="2027-01-11 15:10:31", host="mail.valdezrojas.com.pe", ip="200.48.225.66",
  text="""Señores Mesa de Partes:

Por encargo de nuestra clienta, Sra. Alexandra Patricia Herrera Godoy, remitimos adjunto su
recurso de reconsideración firmado digitalmente (2 folios).

Atentamente,

Ricardo Valdez Rojas
Abogado – CAL 38122
Estudio Valdez Rojas Abogados
Av. Javier Prado Este 1120, San Isidro
(01) 637-8800 · notificaciones@valdezrojas.com.pe
""",
  atts=[("Reconsideracion_HerreraGodoy.pdf", K.sign(_p051, "ALEXANDRA PATRICIA HERRERA GODOY", "notificaciones@valdezrojas.com.pe"), PDF)],
  lab=dict(procedure="reconsideracion", signature="valid", outcome="cargo", notif="2026-12-28",
           fields={"nombres": "ALEXANDRA PATRICIA HERRERA GODOY", "nacionalidad": "VE",
                   "documento_identidad": "160234581", "telefono": "+5116378800",
                   "correo": "notificaciones@valdezrojas.com.pe",
                   "motivo": "Presento como nueva prueba el informe psicológico del Centro de Atención a Víctimas de Tortura"}))

# =====================================================================================
# 052 apelación, HTML only from a free legal office; To refugiados, Cc mesadepartes,
#     delivered to mesadepartes (not derivado); notified 4 Jan 2027 -> late
# =====================================================================================
_p052 = K.text_pdf([
    ("h", "RECURSO DE APELACIÓN"),
    ("p", "Kelly Johana Mosquera Palacios, colombiana, pasaporte AV772104, teléfono +51 918 336 450, correo "
          "kellymosquera.p@gmail.com, apelo la resolución que confirmó la denegatoria de mi solicitud de "
          "refugio, notificada el 4 de enero de 2027."),
    ("p", "Motivo: como lideresa afrodescendiente del consejo comunitario en Quibdó (Chocó) fui declarada "
          "objetivo militar por un grupo armado; la Comisión no valoró el panfleto ni la alerta temprana de "
          "la Defensoría del Pueblo."),
    ("b", "Kelly Johana Mosquera Palacios"),
])
M(file="052-apelacion-html-consultorio-cc-tardio.eml", mailbox=MB_MP, to=MB_REF, cc=MB_MP, delivered_to=MB_MP,
  frm="Consultorio Jurídico Justicia sin Fronteras <consultorio@justiciasinfronteras.pe>",
  subject="Recurso de apelación - Kelly Johana Mosquera",
  recv="2027-01-27 09:50:14", host="mail.justiciasinfronteras.pe", ip="38.25.14.190",
  html="""<html><head><style>body{font-family:Georgia,serif;font-size:13px} .firma{color:#2b4a6f;border-top:1px solid #ccc;padding-top:6px}</style></head>
<body>
<p>Señores<br>Mesa de Partes<br>Ministerio de Relaciones Exteriores</p>
<p>Remitimos el recurso de apelación de la señora <b>Kelly Johana Mosquera Palacios</b>, usuaria de nuestro
consultorio, firmado digitalmente por ella (PDF adjunto). Sus datos:</p>
<ul>
<li>Nacionalidad: colombiana</li>
<li>Pasaporte: AV772104</li>
<li>Teléfono: +51 918 336 450</li>
<li>Correo: kellymosquera.p@gmail.com</li>
</ul>
<p>La resolución que confirmó la denegatoria le fue notificada el 4 de enero de 2027.</p>
<p>Motivo de la apelación: como lideresa afrodescendiente del consejo comunitario en Quibdó (Chocó)
fue declarada objetivo militar por un grupo armado; la Comisión no valoró el panfleto ni la alerta
temprana de la Defensoría del Pueblo.</p>
<p>Por error el correo inicial se dirigió a la Oficina de Refugiados; enviamos copia a Mesa de Partes.</p>
<div class="firma">Abg. Renzo Takahashi Villar<br>Coordinador<br>Consultorio Jurídico Gratuito Justicia sin Fronteras<br>
Telf. 01-3324567<br><a href="mailto:consultorio@justiciasinfronteras.pe">consultorio@justiciasinfronteras.pe</a></div>
</body></html>
""",
  atts=[("Apelacion_KMosquera.pdf", K.sign(_p052, "KELLY JOHANA MOSQUERA PALACIOS", "kellymosquera.p@gmail.com"), PDF)],
  lab=dict(procedure="apelacion", signature="valid", outcome="cargo", notif="2027-01-04",
           fields={"nombres": "Kelly Johana Mosquera Palacios", "nacionalidad": "CO",
                   "documento_identidad": "AV772104", "telefono": "+51918336450",
                   "correo": "kellymosquera.p@gmail.com",
                   "motivo": "fue declarada objetivo militar por un grupo armado"}))

# =====================================================================================
# 053 duplicado de CE sent by a municipal migrant office; police report recognised only
#     by the PDF's text (generic file name)
# =====================================================================================
_p053 = K.text_pdf([
    ("h", "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP ZÁRATE"),
    ("b", "ACTA DE DENUNCIA POLICIAL N° 31055829"),
    ("p", "Fecha: 21/01/2027. Denunciante: Jean Fritz Désir, haitiano, CE 002210456."),
    ("p", "Hechos: refiere haber extraviado su carné de extranjería en el trayecto del Metropolitano."),
])
M(file="053-duplicado-ce-oficina-municipal-denuncia-en-pdf.eml", mailbox=MB_REF, to=MB_REF,
  frm="Oficina de Atención al Migrante SJL <omam@munisjl.gob.pe>",
  subject="Solicitud duplicado carné de extranjería - Sr. Jean Fritz Désir",
  recv="2027-01-25 09:00:00", host="correo.munisjl.gob.pe", ip="181.176.232.14",
  text="""Señores
Oficina de Refugiados – Ministerio de Relaciones Exteriores

Por medio del presente, la Oficina Municipal de Atención al Migrante de San Juan de
Lurigancho traslada la solicitud de duplicado de carné de extranjería del vecino Jean Fritz
Désir, quien acudió a nuestra oficina por no contar con acceso a internet. Se adjunta el
documento escaneado que presentó.

Datos del solicitante:
  Nombres y apellidos : Jean Fritz Désir
  Sexo                : masculino
  Nacionalidad        : haitiana
  Pasaporte           : PP3391045
  Carné de extranjería: 002210456
  Fecha de nacimiento : 3 de mayo de 1985
  Teléfono (WhatsApp) : +509 3712 4488
  Correo              : jfdesir85@gmail.com

Atentamente,

Sra. Gloria Inés Paucar Lazo
Promotora – Oficina Municipal de Atención al Migrante
Municipalidad Distrital de San Juan de Lurigancho
Telf. (01) 458-3300 anexo 214
""",
  atts=[("documento_escaneado_001.pdf", _p053, PDF)],
  lab=dict(procedure="duplicado_carne_extranjeria", signature="not_required", outcome="acuse",
           denuncia=True, refugiado=True,
           fields={"nombres": "Jean Fritz Désir", "sexo": "M", "nacionalidad": "HT",
                   "documento_identidad": "PP3391045", "carne_extranjeria": "002210456",
                   "fecha_nacimiento": "1985-05-03", "telefono": "+50937124488",
                   "correo": "jfdesir85@gmail.com"}))
# =====================================================================================
# 021 delivery report (multipart/report) for an office reply on a cambio de clave
# =====================================================================================
SPECIAL = {}


def _bounce021(m, recv):
    import email
    from email import policy
    arrival = format_datetime(tzdt(recv - dt.timedelta(seconds=9), "+0000"))
    orig_date = format_datetime(tzdt(recv - dt.timedelta(seconds=12), "-0500"))
    raw = f"""MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_rpt_021"

--=_rpt_021
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Delivery has failed to these recipients or groups:

yurbelis.castro@outlook.com
The email address you entered couldn't be found. Please check the recipient's email
address and try to resend the message.

Diagnostic information for administrators:
Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable.'

--=_rpt_021
Content-Type: message/delivery-status

Reporting-MTA: dns;DM6PR02MB4011.namprd02.prod.outlook.com
Arrival-Date: {arrival}

Final-Recipient: rfc822;yurbelis.castro@outlook.com
Action: failed
Status: 5.5.0
Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable

--=_rpt_021
Content-Type: text/rfc822-headers

From: Solicitantes de Refugio <solicitantesrefugio@rree.gob.pe>
To: yurbelis.castro@outlook.com
Subject: RE: Cambio de clave y =?utf-8?q?contrase=C3=B1a?=
Date: {orig_date}
Message-ID: <acuse-2026-11-04-0117@rree.gob.pe>

--=_rpt_021--
"""
    return email.message_from_string(raw, policy=policy.default)


M(file="021-rebote-postmaster-cambio-clave.eml", mailbox=MB_SOL, to=MB_SOL,
  frm="postmaster@outlook.com", subject="Undeliverable: RE: Cambio de clave y contraseña",
  recv="2026-11-04 09:31:27", host="mail-bn7nam10on2061.outbound.protection.outlook.com", ip="40.107.92.61",
  special=_bounce021,
  lab=dict(procedure="cambio_clave", signature="not_required", outcome="ignorado", fields={}))


# ---------------------------------------------------------------- building
DATE_TZ = ["-0500", "-0500", "-0400", "-0500", "+0000", "-0500", "-0300"]


def build(m):
    recv = lima(m["recv"])
    h = int(hashlib.md5(m["file"].encode()).hexdigest(), 16)
    sent = recv - dt.timedelta(seconds=4 + h % 170)
    date_tz = DATE_TZ[h % len(DATE_TZ)]
    rcpt = m.get("delivered_to", m["mailbox"])
    rx_top = rx(m["host"], m["ip"], recv, tz=m.get("rtz", "-0500"), by=m.get("by", "mx1.rree.gob.pe")).replace("{rcpt}", rcpt)
    rx_2 = (f"from mx1.rree.gob.pe (mx1.rree.gob.pe [10.20.1.5]) by buzon.rree.gob.pe (Postfix) "
            f"with LMTP id L{h % 99991}; {format_datetime(tzdt(recv - dt.timedelta(seconds=1), '-0500'))}")
    rx_3 = (f"by {m['host']} with SMTP id {h % 10**8}; "
            f"{format_datetime(tzdt(sent + dt.timedelta(seconds=1), '+0000'))}")

    if "special" in m:
        msg = m["special"](m, recv)
    else:
        msg = EmailMessage()
        if m.get("text") and m.get("html"):
            msg.set_content(m["text"])
            msg.add_alternative(m["html"], subtype="html")
        elif m.get("html"):
            msg.set_content(m["html"], subtype="html")
        else:
            msg.set_content(m["text"])
        for name, data, (mt, st) in m.get("atts", []):
            msg.add_attachment(data, maintype=mt, subtype=st, filename=name)

    # headers on top, newest Received first
    rp = "<>" if "special" in m else "<" + (m["frm"].split("<")[-1].rstrip(">") if "<" in m["frm"] else m["frm"]) + ">"
    head = [("Return-Path", rp),
            ("Delivered-To", rcpt),
            ("Received", rx_2), ("Received", rx_top), ("Received", rx_3)]
    # rx_2 is the newest hop (internal delivery, one second before the mailbox got it);
    # give the top header the reception time exactly:
    head[2] = ("Received", (f"from mx1.rree.gob.pe (mx1.rree.gob.pe [10.20.1.5]) by buzon.rree.gob.pe "
                            f"(Postfix) with LMTP id L{h % 99991} for <{rcpt}>; "
                            f"{format_datetime(tzdt(recv, m.get('rtz', '-0500')))}"))
    head[3] = ("Received", rx(m["host"], m["ip"], recv - dt.timedelta(seconds=2), tz="-0500").replace("{rcpt}", rcpt))
    body_headers = [("From", m["frm"]), ("To", m["to"])]
    if m.get("cc"):
        body_headers.append(("Cc", m["cc"]))
    subj_placeholder = "X-SUBJECT-PLACEHOLDER" if m.get("subject_raw") else m["subject"]
    body_headers += [("Subject", subj_placeholder), ("Date", format_datetime(tzdt(sent, date_tz))),
                     ("Message-ID", "<%s.%s@%s>" % (format(h % 16**12, "x").upper(), sent.strftime("%Y%m%d%H%M%S"),
                                                      m["frm"].split("@")[-1].rstrip(">").strip()))]
    for k, v in m.get("xh", {}).items():
        body_headers.append((k, v))
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in head + body_headers:
        msg[k] = v
    for k, v in existing:
        msg[k] = v
    raw = msg.as_bytes()
    if m.get("subject_raw"):
        raw = raw.replace(b"Subject: X-SUBJECT-PLACEHOLDER", b"Subject: " + m["subject_raw"].encode())
    return raw


def detect_signature(m):
    """Independent re-computation of the firma status from the attachments (sanity check)."""
    from pypdf import PdfReader
    import io
    st = []
    for name, data, (mt, sub) in m.get("atts", []):
        if mt == "image":
            st.append("manuscrita")
        elif sub == "pdf":
            ok = K.check_sig(data)
            if ok is True:
                st.append("valid")
            elif ok is False:
                st.append("invalid")
            else:
                r = PdfReader(io.BytesIO(data))
                text = "".join((p.extract_text() or "") for p in r.pages).strip()
                imgs = sum(len(p.images) for p in r.pages)
                st.append("manuscrita" if (not text or imgs) else "absent")
    for s in ("valid", "invalid", "manuscrita", "absent"):
        if s in st:
            return s
    return "absent"


def label(m):
    lab = m["lab"]
    proc = lab["procedure"]
    recv = lima(m["recv"])
    fd = filing_day(recv)
    fields = lab["fields"]
    sig = lab["signature"]
    # decide outcome
    if lab["outcome"] == "ignorado":
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        outcome = None
    missing, flags = [], []
    if proc is not None and proc in PROCS:
        needs_firma = "firma" in PROCS[proc][1]
        expect_sig = detect_signature(m) if needs_firma else "not_required"
        assert sig == expect_sig, (m["file"], sig, expect_sig)
    else:
        assert sig == "not_required", m["file"]
    if outcome is None:
        for r in PROCS[proc][1]:
            star = r.endswith("*")
            r = r.rstrip("*")
            if star and not lab.get("refugiado"):
                continue
            if r == "firma":
                ok = sig in ("valid", "manuscrita")
            elif r == "denuncia_policial":
                ok = bool(lab.get("denuncia"))
            else:
                ok = r in fields
            if not ok:
                missing.append(r)
        outcome = "subsanar" if missing else ("cargo" if proc in RECURSOS else "acuse")
        if PROCS[proc][0] != m["mailbox"]:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and lab.get("notif"):
            limit = add_business(dt.date.fromisoformat(lab["notif"]), 15)
            if fd > limit:
                flags.append("extemporaneo")
    assert outcome == lab["outcome"], (m["file"], outcome, lab["outcome"], missing)
    if outcome in ("suspendido", "portal", "triage", "ignorado"):
        due = None
    elif outcome == "subsanar":
        due = add_business(fd, 2)
    else:
        due = add_business(fd, PROCS[proc][2])
    return {"file": m["file"], "mailbox": m["mailbox"], "received": recv.isoformat(),
            "procedure": proc, "fields": fields, "missing": missing, "signature": sig,
            "outcome": outcome, "flags": flags, "filing_date": fd.isoformat(),
            "due_date": due.isoformat() if due else None}


def main():
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    MESSAGES.sort(key=lambda m: m["file"])
    names = [m["file"] for m in MESSAGES]
    assert len(names) == len(set(names))
    rows = []
    for m in MESSAGES:
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(build(m))
        rows.append(label(m))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "messages written")


if __name__ == "__main__":
    main()
