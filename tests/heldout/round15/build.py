"""Build round15: one ordinary week (28 Nov - 8 Dec 2026) at the CEPR office in Lima.

Run with /work/rounds/.venv-r15/bin/python build.py
Writes NNN-slug.eml and labels.jsonl next to this file.
"""
import datetime as dt
import json
import logging
import os
import glob
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import holidays

import pdfs

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 45)
NON_WORKING = {dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE = holidays.country_holidays("PE", years=[2026, 2027])

MP = "mesadepartes@rree.gob.pe"
SR = "solicitantesrefugio@rree.gob.pe"
RF = "refugiados@rree.gob.pe"

REQ = {
    "solicitud_refugio": [], "autorizacion_trabajo": [], "entrevista_registro": [],
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
HOME = {"carne_solicitante": SR, "actualizacion_datos": SR, "cambio_clave": SR,
        "reconsideracion": MP, "apelacion": MP, "renuncia": MP,
        "prorroga_residencia": RF, "duplicado_carne_extranjeria": RF, "autorizacion_viaje": RF}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}


def is_bd(d):
    return d.weekday() < 5 and d not in PE and d not in NON_WORKING


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


def filing_day(recv):
    loc = recv.astimezone(LIMA)
    d = loc.date()
    if is_bd(d) and loc.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


# hand checks
assert filing_day(dt.datetime(2026, 12, 5, 10, 0, tzinfo=LIMA)) == dt.date(2026, 12, 10)
assert filing_day(dt.datetime(2026, 11, 30, 16, 50, tzinfo=LIMA)) == dt.date(2026, 12, 1)
assert add_bd(dt.date(2026, 12, 4), 2) == dt.date(2026, 12, 11)
assert add_bd(dt.date(2026, 12, 22), 3) == dt.date(2026, 12, 29)  # skips 24, 25 (and weekend)
assert add_bd(dt.date(2026, 11, 3), 15) == dt.date(2026, 11, 24)

MSGS = []


def M(**kw):
    MSGS.append(kw)


def R(day, hh, mm, ss=0, utc=False):
    t = dt.datetime(2026, day[0], day[1], hh, mm, ss, tzinfo=LIMA)
    return t, utc


# ---------------------------------------------------------------- messages
# Each: slug, mailbox, to (visible To), frm, subject, recv, body / html / attachments,
# proc, fields, sig, refugee, denuncia, notified, ignorado, extra headers.

M(slug="prorroga-whatsapp-corto", mailbox=RF, frm="Yenny Pérez <yennycarolina.perez91@gmail.com>",
  subject="prorroga residencia", recv=R((11, 28), 22, 10),
  body="Hola buenas noches necesito la prorroga porfa\nsoy Yenny Carolina Perez Guedez CE 000812345\ncel 987 112 233\n\nEnviado desde mi iPhone",
  proc="prorroga_residencia",
  fields={"nombres": "Yenny Carolina Perez Guedez", "carne_extranjeria": "000812345",
          "telefono": "+51987112233", "correo": "yennycarolina.perez91@gmail.com"})

M(slug="solicitud-refugio-haitiano-domingo", mailbox=MP, frm="Jean-Baptiste Loubens <loubensjb@hotmail.com>",
  subject="Solicitud de refugio", recv=R((11, 29), 15, 30),
  body=("Bonjour señores de la Comision,\n\nMi nombre es Loubens Jean-Baptiste, soy de nacionalidad haitiana, llegue a Lima hace "
        "tres semanas por Tumbes. Quiero pedir la proteccion de refugio porque en Puerto Principe las bandas "
        "quemaron mi casa. No se donde hacer la solicitud, por favor me explican.\n\nMi telefono es 912 604 338\n\nMesi anpil / Muchas gracias"),
  proc="solicitud_refugio",
  fields={"nombres": "Loubens Jean-Baptiste", "nacionalidad": "HT", "telefono": "+51912604338",
          "correo": "loubensjb@hotmail.com"})

M(slug="actualizacion-datos-venezolana-etiquetada", mailbox=SR, frm="Marbelys Rangel <marbe.rangel@gmail.com>",
  subject="Actualización de datos", recv=R((11, 30), 8, 12, 44),
  body=("Buenos días, por medio del presente solicito la actualización de mis datos de contacto ya que cambié de número y de domicilio.\n\n"
        "Nombres y apellidos: Marbelys Coromoto Rangel Aponte\n"
        "Nacionalidad: venezolana\n"
        "Cédula: V-19.845.302\n"
        "Teléfono nuevo: 936 418 205\n"
        "Dirección nueva: Jr. Huáscar 1460, Jesús María\n"
        "Correo: marbe.rangel@gmail.com\n\n"
        "Soy solicitante de refugio, mi expediente es el 2024-08812.\n\nGracias de antemano."),
  proc="actualizacion_datos",
  fields={"nombres": "Marbelys Coromoto Rangel Aponte", "nacionalidad": "VE", "documento_identidad": "V19845302",
          "telefono": "+51936418205", "correo": "marbe.rangel@gmail.com"})

M(slug="cambio-clave-colombiana-prosa", mailbox=SR, frm="luz adriana <luzadri.ocampo@yahoo.com>",
  subject="Cambio de clave y contraseña", recv=R((11, 30), 9, 40, 5),
  body=("buenos dias, me dirijo a ustedes porque no puedo ingresar al sistema de refugiados, me dice que la contraseña es incorrecta "
        "y ya intente varias veces. mi nombre es Luz Adriana Ocampo Restrepo, soy colombiana, cedula de ciudadania 1.036.228.417, "
        "mi celular es el 9 5123 4870 y mi correo es este mismo luzadri.ocampo@yahoo.com. agradezco me envien una clave nueva"),
  proc="cambio_clave",
  fields={"nombres": "Luz Adriana Ocampo Restrepo", "nacionalidad": "CO", "documento_identidad": "1036228417",
          "telefono": "+51951234870", "correo": "luzadri.ocampo@yahoo.com"})

M(slug="duplicado-de-carnet-sin-precisar", mailbox=RF, frm="Keiber Salazar <keibersalazar22@gmail.com>",
  subject="Duplicado de carnet", recv=R((11, 30), 10, 20, 31),
  body="Buen dia, se me perdio el carnet en el bus el sabado. que tengo que hacer para sacar otro?\nKeiber Salazar",
  proc=None, fields={"nombres": "Keiber Salazar", "correo": "keibersalazar22@gmail.com"})

_apel1 = ["Señores de la Comisión Especial para los Refugiados",
          "RECURSO DE APELACIÓN",
          "Yo, Ramón Eduardo Villarroel Mújica, de nacionalidad venezolana, identificado con pasaporte N° 148203577, "
          "solicitante de refugio, con domicilio en Av. Túpac Amaru 3120, Comas, teléfono +51 944 210 873 y correo "
          "electrónico r.villarroel.m@gmail.com, interpongo RECURSO DE APELACIÓN contra la resolución que confirma la "
          "denegatoria de mi solicitud, notificada el 20 de noviembre de 2026.",
          "FUNDAMENTOS: la Comisión no valoró las pruebas de persecución política que presenté (citaciones del SEBIN y "
          "la denuncia ante la Defensoría), y no se consideró que mi hermano fue detenido arbitrariamente en 2025.",
          "Por lo expuesto, solicito se eleve el recurso al superior y se revoque la resolución.",
          "Lima, 29 de noviembre de 2026", "Atentamente,", "Ramón Eduardo Villarroel Mújica"]
M(slug="apelacion-pdf-firmado-digital", mailbox=MP, frm="Ramon Villarroel <r.villarroel.m@gmail.com>",
  subject="Recurso de Apelación - Ramón Villarroel", recv=R((11, 30), 11, 5, 12),
  body="Buenos días, adjunto mi recurso de apelación firmado digitalmente. Quedo atento al cargo.\n\nRamón Villarroel",
  atts=[("Apelacion_Villarroel.pdf", "signed", _apel1)],
  proc="apelacion", notified=dt.date(2026, 11, 20),
  fields={"nombres": "Ramón Eduardo Villarroel Mújica", "nacionalidad": "VE", "documento_identidad": "148203577",
          "telefono": "+51944210873", "correo": "r.villarroel.m@gmail.com",
          "motivo": "la Comisión no valoró las pruebas de persecución política que presenté"},
  sig="valid")

M(slug="carne-solicitante-cubano", mailbox=SR, frm="Yoandris Cabrera <yoandriscp@nauta.cu>",
  subject="Carné de solicitante", recv=R((11, 30), 15, 2),
  body=("Saludos cordiales.\nMe llamo Yoandris Cabrera Pupo, ciudadano cubano, carnet de identidad 88041523761. "
        "Ya hice mi entrevista de registro en septiembre y me dijeron que despues me darian el carné de solicitante. "
        "Quisiera saber cuando me lo pueden entregar porque lo necesito para el trabajo.\n"
        "Mi numero: 977 845 120\nGracias."),
  proc="carne_solicitante",
  fields={"nombres": "Yoandris Cabrera Pupo", "nacionalidad": "CU", "documento_identidad": "88041523761",
          "telefono": "+51977845120", "correo": "yoandriscp@nauta.cu"})

_recon1 = ["SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
           "Sumilla: Interpongo recurso de reconsideración",
           "JHON FREDY CARDONA MARÍN, de nacionalidad colombiana, identificado con C.C. 71.845.902, con celular "
           "+57 310 456 7788 y correo jhonfcardona@outlook.com, ante usted me presento y digo:",
           "Que habiendo sido notificado con fecha 03/11/2026 con la resolución que deniega mi solicitud de refugio, "
           "interpongo recurso de reconsideración, adjuntando como nueva prueba la constancia de amenazas del "
           "grupo armado emitida por la Personería de Tuluá.",
           "Motivo: presento nueva prueba que acredita la amenaza directa contra mi vida y la de mis hijos.",
           "Lima, 30 de noviembre de 2026",
           "Jhon Fredy Cardona Marín"]
M(slug="reconsideracion-notificada-tarde-noche", mailbox=MP, frm="JHON FREDY CARDONA <jhonfcardona@outlook.com>",
  subject="RECURSO DE RECONSIDERACION", recv=R((11, 30), 17, 20, 40),
  body="Cordial saludo\nadjunto recurso de reconsideracion con firma digital y la constancia.\nDios les pague",
  atts=[("recurso_reconsideracion_firmado.pdf", "signed", _recon1)],
  proc="reconsideracion", notified=dt.date(2026, 11, 3),
  fields={"nombres": "JHON FREDY CARDONA MARÍN", "nacionalidad": "CO", "documento_identidad": "71845902", "telefono": "+573104567788",
          "correo": "jhonfcardona@outlook.com",
          "motivo": "presento nueva prueba que acredita la amenaza directa contra mi vida y la de mis hijos"},
  sig="valid")

_ren1 = ["Lima, 30 de noviembre de 2026",
         "Señores Secretaría Ejecutiva de la CEPR",
         "Asunto: Renuncia al trámite de solicitud de refugio",
         "Yo, Nelson Javier Tovar Lugo, de nacionalidad venezolana, pasaporte 112458930, teléfono 989 553 017, "
         "por medio de la presente RENUNCIO a mi trámite de solicitud de refugio.",
         "Motivo: he decidido regresar a mi país para cuidar a mis padres, que están mayores y enfermos.",
         "Firma:"]
M(slug="renuncia-pdf-con-firma-escaneada", mailbox=MP, frm="Nelson Tovar <nelsontovar.lugo@gmail.com>",
  subject="Renuncia", recv=R((12, 1), 8, 50),
  body=("Buenos dias. Envio mi carta de renuncia firmada. Los datos estan en el documento.\n"
        "Nelson Tovar"),
  atts=[("carta_renuncia.pdf", "textimg", _ren1)],
  proc="renuncia",
  fields={"nombres": "Nelson Javier Tovar Lugo", "nacionalidad": "VE", "documento_identidad": "112458930",
          "telefono": "+51989553017", "correo": "nelsontovar.lugo@gmail.com",
          "motivo": "he decidido regresar a mi país para cuidar a mis padres"},
  sig="manuscrita")

M(slug="duplicado-ce-con-denuncia-tabulado", mailbox=RF, frm="Gabriela Sulbarán <gabysulbaran@hotmail.com>",
  subject="Duplicado de carné de extranjería", recv=R((12, 1), 9, 30, 18),
  body=("Estimados señores:\n\nSoy refugiada reconocida y el día 22 de noviembre me robaron la cartera con mi carné de extranjería. "
        "Adjunto la denuncia policial de la comisaría de Lince. Mis datos:\n\n"
        "Nombres\tGabriela Alejandra Sulbarán Ochoa\n"
        "Sexo\tFemenino\n"
        "Nacionalidad\tVenezuela\n"
        "Pasaporte\t139875421\n"
        "Carné de extranjería\t001458237\n"
        "Fecha de nacimiento\t07/09/1993\n"
        "Celular\t+51 926 331 480\n\n"
        "Atentamente,\nGabriela Sulbarán"),
  atts=[("denuncia_policial_robo.pdf", "text", ["POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP LINCE",
                                                "DENUNCIA POR HURTO N° 4471-2026",
                                                "Hechos: la denunciante refiere haber sido víctima de hurto de su cartera con documentos personales."])],
  proc="duplicado_carne_extranjeria", denuncia=True, refugee=True,
  fields={"nombres": "Gabriela Alejandra Sulbarán Ochoa", "sexo": "F", "nacionalidad": "VE",
          "documento_identidad": "139875421", "carne_extranjeria": "001458237", "fecha_nacimiento": "1993-09-07",
          "telefono": "+51926331480", "correo": "gabysulbaran@hotmail.com"})

_viaje1 = ["SOLICITUD DE AUTORIZACIÓN DE VIAJE POR URGENCIA",
           "Nombres y apellidos: Wilmer Antonio Briceño Peña",
           "Carné de extranjería N° 000963114",
           "Teléfono: 951 887 402",
           "Motivo del viaje: mi madre está internada en terapia intensiva en el Hospital Universitario de Caracas y debo acompañarla.",
           "Destino: Caracas, Venezuela",
           "Fecha de salida: 10/12/2026",
           "Fecha de retorno: 30/12/2026",
           "Lima, 30 de noviembre de 2026", "Wilmer Antonio Briceño Peña"]
M(slug="autorizacion-viaje-firmada-caracas", mailbox=RF, frm="Wilmer Briceño <wilmerbp@gmail.com>",
  subject="Autorización de Viaje", recv=R((12, 1), 10, 15),
  body="Buenos días, adjunto la solicitud de autorización de viaje firmada digitalmente, es urgente por la salud de mi madre. Gracias.",
  atts=[("solicitud_viaje_firmada.pdf", "signed", _viaje1)],
  proc="autorizacion_viaje", refugee=True,
  fields={"nombres": "Wilmer Antonio Briceño Peña", "carne_extranjeria": "000963114", "telefono": "+51951887402",
          "motivo": "mi madre está internada en terapia intensiva", "destino": "Caracas, Venezuela",
          "fecha_salida": "2026-12-10", "fecha_retorno": "2026-12-30", "correo": "wilmerbp@gmail.com"},
  sig="valid")

M(slug="cambio-clave-escribe-la-madre", mailbox=SR, frm="Carmen Elena Mora <carmenelena.mora58@gmail.com>",
  subject="RE: cambio de contraseña de mi hijo", recv=R((12, 1), 11, 48),
  body=("Buenos días, les escribe Carmen Elena Mora de Quintero, C.I. V-6.118.492, madre del solicitante. "
        "Mi hijo está trabajando en Arequipa sin acceso a computadora y me pidió que les escribiera porque no puede "
        "entrar al sistema de refugiados, olvidó la clave.\n\n"
        "Sus datos son:\n"
        "Nombre completo: Luis Miguel Quintero Mora\n"
        "Pasaporte: 152204981\n"
        "Su celular: 930 227 615\n"
        "El correo con el que se registró: luismiquintero97@gmail.com\n\n"
        "Por favor envíen la nueva clave a su correo. Bendiciones.\n\n"
        "> El 28 nov 2026, a las 9:12, solicitantesrefugio@rree.gob.pe escribió:\n"
        "> Estimado usuario, el trámite debe ser solicitado por el titular o indicar los datos del titular."),
  proc="cambio_clave",
  fields={"nombres": "Luis Miguel Quintero Mora", "documento_identidad": "152204981", "telefono": "+51930227615",
          "correo": "luismiquintero97@gmail.com"})

M(slug="consulta-estado-expediente", mailbox=RF, frm="Rosa Elvira Guamán <rosaguaman.ec@gmail.com>",
  subject="Consulta", recv=R((12, 1), 12, 10),
  body=("Buenas tardes, quisiera saber en que estado esta mi expediente porque hace un año que hice la solicitud y no me "
        "han respondido nada. Gracias por su atencion.\nRosa Elvira Guamán Quishpe"),
  proc=None, fields={"nombres": "Rosa Elvira Guamán Quishpe", "correo": "rosaguaman.ec@gmail.com"})

M(slug="entrevista-registro-ecuatoriano", mailbox=SR, frm="Byron Tenesaca <byron.tenesaca@outlook.es>",
  subject="Entrevista de registro", recv=R((12, 1), 14, 30, 55),
  body=("Señores CEPR buenas tardes\nHice la solicitud de refugio en linea en octubre y todavia no me llega la fecha para la "
        "entrevista de registro. Soy ecuatoriano, cedula 0926481735. Cuando me van a citar?\nByron Tenesaca Loja"),
  proc="entrevista_registro",
  fields={"nombres": "Byron Tenesaca Loja", "nacionalidad": "EC", "documento_identidad": "0926481735",
          "correo": "byron.tenesaca@outlook.es"})

M(slug="apelacion-en-el-cuerpo-sin-firma", mailbox=MP, frm="Marie-Claire Dorsainvil <mcdorsainvil@gmail.com>",
  subject="Recurso de apelacion", recv=R((12, 1), 16, 10, 2),
  body=("Señores de la Comision\n\nYo Marie-Claire Dorsainvil, haitiana, pasaporte RD4512873, presento apelacion contra la "
        "resolucion que confirmó la denegatoria de mi refugio, notificado con fecha 20/11/2026.\n\n"
        "Motivo: no se tomo en cuenta que en Haiti soy perseguida por las pandillas de Croix-des-Bouquets que mataron a mi esposo, "
        "y la entrevista se hizo sin interprete de creole.\n\n"
        "Telefono: +509 3745 1122 (WhatsApp)\nCorreo: mcdorsainvil@gmail.com\n\nMarie-Claire Dorsainvil"),
  proc="apelacion", notified=dt.date(2026, 11, 20),
  fields={"nombres": "Marie-Claire Dorsainvil", "nacionalidad": "HT", "documento_identidad": "RD4512873",
          "telefono": "+50937451122", "correo": "mcdorsainvil@gmail.com",
          "motivo": "no se tomo en cuenta que en Haiti soy perseguida por las pandillas"},
  sig="absent")

M(slug="actualizacion-refugiada-sin-carne", mailbox=SR, frm="Deisy Montilla <deisymontilla@gmail.com>",
  subject="ACTUALIZACION DE DATOS", recv=R((12, 1), 19, 45),
  body=("Buenas noches, soy refugiada reconocida desde 2023 y necesito actualizar mi telefono porque me robaron el celular.\n"
        "DEISY KARINA MONTILLA ROJAS / VENEZOLANA / CEDULA V-24.519.887 / NUEVO TELEFONO 974-062-318\nGracias"),
  proc="actualizacion_datos", refugee=True,
  fields={"nombres": "DEISY KARINA MONTILLA ROJAS", "nacionalidad": "VE", "documento_identidad": "V24519887",
          "telefono": "+51974062318", "correo": "deisymontilla@gmail.com"})

M(slug="respuesta-automatica-fuera-oficina", mailbox=SR, frm="Andrés Lozada <andreslozada.abog@gmail.com>",
  subject="Respuesta automática: Actualización de datos", recv=R((12, 2), 7, 58),
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 9 de diciembre con acceso limitado al correo.",
  proc="actualizacion_datos", ignorado=True, fields={})

M(slug="prorroga-carta-larga-colombiano", mailbox=RF, frm="Hernán Darío Quiceno <hdquiceno@gmail.com>",
  subject="Solicitud de Prórroga de residencia", recv=R((12, 2), 8, 5, 30),
  body=("Señores\nSecretaría Ejecutiva de la Comisión Especial para los Refugiados\nMinisterio de Relaciones Exteriores\nCiudad.\n\n"
        "Respetados señores:\n\n"
        "Me dirijo a ustedes con el mayor respeto para solicitar la prórroga anual de mi residencia en calidad de refugiado "
        "reconocido, ya que mi carné vence el próximo mes de enero y necesito el oficio para Migraciones.\n\n"
        "Mi nombre completo es Hernán Darío Quiceno Betancur, de sexo masculino, nacido el 15 de marzo de 1979 en Medellín, "
        "de nacionalidad colombiana. Me identifico con la cédula de ciudadanía No. 70.554.213 y con el carné de extranjería "
        "No. 000735126. Pueden comunicarse conmigo al teléfono (01) 425-3311 o a este mismo correo.\n\n"
        "Vivo en el Perú desde 2019 con mi esposa, que es peruana, y mis dos hijos, y trabajo como técnico electricista. "
        "Quisiera saber también si el trámite se puede hacer completamente por correo.\n\n"
        "Agradezco de antemano su atención y quedo a la espera de su amable respuesta.\n\n"
        "Atentamente,\n\nHernán Darío Quiceno Betancur"),
  proc="prorroga_residencia", refugee=True,
  fields={"nombres": "Hernán Darío Quiceno Betancur", "sexo": "M", "fecha_nacimiento": "1979-03-15",
          "nacionalidad": "CO", "documento_identidad": "70554213", "carne_extranjeria": "000735126",
          "telefono": "+5114253311", "correo": "hdquiceno@gmail.com"})

_ren2 = ["A la Secretaría Ejecutiva de la Comisión Especial para los Refugiados",
         "RENUNCIA A LA CONDICIÓN DE REFUGIADO",
         "Yo, Yusimí Hechavarría Lores, ciudadana cubana, refugiada reconocida, con pasaporte cubano K512049 y carné de "
         "extranjería N° 001122874, teléfono 998 321 460, manifiesto mi decisión de renunciar a la condición de refugiada.",
         "Motivo de la renuncia: he obtenido la residencia en España por reagrupación familiar y me trasladaré a Madrid en enero.",
         "Lima, 1 de diciembre de 2026", "Yusimí Hechavarría Lores"]
M(slug="renuncia-refugiada-cubana-firma-digital", mailbox=MP, frm="Yusimi Hechavarria <yusimihl@gmail.com>",
  subject="Renuncia a la condición de refugiado", recv=R((12, 2), 9, 20),
  body="Buenos días, adjunto carta de renuncia firmada con firma digital.\nSaludos,\nYusimí",
  atts=[("renuncia_YHL_firmada.pdf", "signed", _ren2)],
  proc="renuncia", refugee=True,
  fields={"nombres": "Yusimí Hechavarría Lores", "nacionalidad": "CU", "documento_identidad": "K512049",
          "carne_extranjeria": "001122874", "telefono": "+51998321460", "correo": "yusimihl@gmail.com",
          "motivo": "he obtenido la residencia en España por reagrupación familiar"},
  sig="valid")

M(slug="autorizacion-trabajo-renovar", mailbox=SR, frm="Yorman Chirinos <yormanchirinos@gmail.com>",
  subject="Renovación autorización de trabajo", recv=R((12, 2), 10, 0, 9),
  body=("hola buenos dias se me vencio la autorizacion de trabajo y en el trabajo me la piden renovada, como hago?? "
        "yorman jose chirinos, cel 924 771 053"),
  proc="autorizacion_trabajo",
  fields={"nombres": "yorman jose chirinos", "telefono": "+51924771053", "correo": "yormanchirinos@gmail.com"})

_apel2 = ["RECURSO DE APELACIÓN",
          "Nombres y apellidos: Oriana Valentina Zambrano Lira",
          "Cédula de identidad: V-27.115.640",
          "Teléfono: 905 118 274",
          "Correo electrónico: oriana.zambrano.l@gmail.com",
          "Resolución notificada el 05/11/2026.",
          "Motivo de la apelación: la resolución no analizó la situación de violencia generalizada en el estado Zulia ni "
          "los informes de ACNUR que adjunté con mi solicitud.",
          "Oriana Valentina Zambrano Lira"]
M(slug="apelacion-buzon-equivocado-tardia", mailbox=RF, frm="Oriana Zambrano <oriana.zambrano.l@gmail.com>",
  subject="Apelación", recv=R((12, 2), 11, 30),
  body="Buen día, envío mi recurso de apelación firmado. Disculpen si no es el correo correcto.",
  atts=[("APELACION-ORIANA.pdf", "signed", _apel2)],
  proc="apelacion", notified=dt.date(2026, 11, 5),
  fields={"nombres": "Oriana Valentina Zambrano Lira", "documento_identidad": "V27115640", "telefono": "+51905118274",
          "correo": "oriana.zambrano.l@gmail.com",
          "motivo": "la resolución no analizó la situación de violencia generalizada en el estado Zulia"},
  sig="valid")

M(slug="cambio-clave-solo-nombre", mailbox=SR, frm="Álvaro Meléndez <alvaromelendez.ni@gmail.com>",
  subject="cambio de clave", recv=R((12, 2), 13, 15),
  body="No recuerdo mi contraseña del sistema. Me pueden ayudar? Mi nombre es Álvaro José Meléndez Guevara.",
  proc="cambio_clave",
  fields={"nombres": "Álvaro José Meléndez Guevara", "correo": "alvaromelendez.ni@gmail.com"})

M(slug="boletin-lista-ong", mailbox=MP, frm="Boletín Movilidad Humana <boletin@redmovilidad.org.pe>",
  subject="Boletín semanal - Movilidad humana N° 47", recv=R((12, 2), 14, 0),
  headers={"List-Id": "Boletin Movilidad <boletin.redmovilidad.org.pe>", "Precedence": "bulk",
           "List-Unsubscribe": "<mailto:baja@redmovilidad.org.pe>"},
  body="Noticias de la semana: nuevas disposiciones migratorias, talleres de empleabilidad y ferias de salud en Lima Norte.",
  proc=None, ignorado=True, fields={})

_viaje2 = ["SOLICITUD DE AUTORIZACIÓN DE VIAJE",
           "Yo, Wideline Pierre-Louis, refugiada reconocida, carné de extranjería 000874520, teléfono 948 730 166,",
           "solicito autorización para viajar a Port-au-Prince, Haití.",
           "Motivo: fallecimiento de mi padre, el sepelio será el 12 de diciembre.",
           "Fecha de salida: 8 de diciembre de 2026. Fecha de retorno: todavía no la sé, depende de los vuelos.",
           "Wideline Pierre-Louis"]
M(slug="viaje-haiti-pdf-sin-firma-sin-retorno", mailbox=RF, frm="Wideline Pierre-Louis <widelinepl@yahoo.fr>",
  subject="Permiso de viaje URGENTE", recv=R((12, 2), 15, 40),
  body="Buenas tardes, les envío mi solicitud, por favor es urgente, mi papá falleció.",
  atts=[("solicitud viaje.pdf", "text", _viaje2)],
  proc="autorizacion_viaje", refugee=True,
  fields={"nombres": "Wideline Pierre-Louis", "carne_extranjeria": "000874520", "telefono": "+51948730166",
          "destino": "Port-au-Prince, Haití", "motivo": "fallecimiento de mi padre",
          "fecha_salida": "2026-12-08", "correo": "widelinepl@yahoo.fr"},
  sig="absent")

M(slug="duplicado-ce-ecuatoriano-sin-comisaria", mailbox=RF, frm="Wilson Cevallos <wilsoncevallos75@hotmail.com>",
  subject="Duplicado de carné de extranjería", recv=R((12, 2), 18, 30),
  body=("Buenas noches. Soy refugiado reconocido y perdí mi carné de extranjería, creo que se me cayó en el mercado. "
        "Les paso mis datos:\n"
        "- Wilson Eduardo Cevallos Andrade\n- masculino\n- ecuatoriano\n- cédula 1712345678\n- CE 000690442\n"
        "- nací el 02-02-1975\n- celular 961 440 285\n"
        "Todavía no he ido a la comisaría, ¿es necesario?"),
  proc="duplicado_carne_extranjeria", refugee=True,
  fields={"nombres": "Wilson Eduardo Cevallos Andrade", "sexo": "M", "nacionalidad": "EC",
          "documento_identidad": "1712345678", "carne_extranjeria": "000690442", "fecha_nacimiento": "1975-02-02",
          "telefono": "+51961440285", "correo": "wilsoncevallos75@hotmail.com"})

_recon2 = ["RECURSO DE RECONSIDERACIÓN",
           "Nombres y apellidos: Dayerlin Andreína Marcano Rivas",
           "Pasaporte: 165590213",
           "Teléfono: 987 004 512",
           "Correo: dayerlin.marcano@gmail.com",
           "Motivo: adjunto nueva prueba, el acta de la fiscalía que demuestra las amenazas recibidas en Maturín.",
           "Atentamente,",
           "Dayerlin Andreína Marcano Rivas"]
M(slug="reconsideracion-pdf-alterado", mailbox=MP, frm="Dayerlin Marcano <dayerlin.marcano@gmail.com>",
  subject="Recurso de Reconsideración", recv=R((12, 3), 8, 30, 14),
  body="Buenos días, remito mi recurso de reconsideración firmado (PDF).",
  atts=[("reconsideracion_DMR.pdf", "altered", _recon2)],
  proc="reconsideracion",
  fields={"nombres": "Dayerlin Andreína Marcano Rivas", "documento_identidad": "165590213", "telefono": "+51987004512",
          "correo": "dayerlin.marcano@gmail.com",
          "motivo": "adjunto nueva prueba, el acta de la fiscalía"},
  sig="invalid")

M(slug="actualizacion-ecuatoriana-tabla-html", mailbox=SR, frm="Mayra Chicaiza <mayra.chicaiza@gmail.com>",
  subject="Actualizacion de datos de contacto", recv=R((12, 3), 9, 10),
  html=("<p>Buenos d&iacute;as,</p><p>Solicito actualizar mis datos de contacto:</p>"
        "<table border='1'><tr><td>Nombres y apellidos</td><td>Mayra Alexandra Chicaiza Toapanta</td></tr>"
        "<tr><td>Nacionalidad</td><td>Ecuador</td></tr>"
        "<tr><td>C&eacute;dula</td><td>171234567-8</td></tr>"
        "<tr><td>Tel&eacute;fono</td><td>+593 99 812 3456</td></tr>"
        "<tr><td>Nuevo correo</td><td>mayra.ch.toapanta@outlook.com</td></tr></table>"
        "<p>Soy solicitante de refugio. Gracias.</p>"),
  proc="actualizacion_datos",
  fields={"nombres": "Mayra Alexandra Chicaiza Toapanta", "nacionalidad": "EC", "documento_identidad": "1712345678",
          "telefono": "+593998123456", "correo": "mayra.ch.toapanta@outlook.com"})

M(slug="carne-solicitante-haitiano-vencido", mailbox=SR, frm="Frantz Joseph <frantzjoseph509@gmail.com>",
  subject="carnet de solicitante de refugio vencido", recv=R((12, 3), 10, 40),
  body=("Bonjou. Mi carnet de solicitante de refugio ya vencio en octubre. Necesito uno nuevo para presentar en el banco. "
        "Frantz Joseph, haitiano, pasaporte PP0728815, tel 913 552 907."),
  proc="carne_solicitante",
  fields={"nombres": "Frantz Joseph", "nacionalidad": "HT", "documento_identidad": "PP0728815",
          "telefono": "+51913552907", "correo": "frantzjoseph509@gmail.com"})

M(slug="rebote-mailer-daemon", mailbox=SR, frm="Mail Delivery System <MAILER-DAEMON@mx.rree.gob.pe>",
  subject="Undelivered Mail Returned to Sender", recv=R((12, 3), 11, 0, 3), kind="bounce",
  proc=None, ignorado=True, fields={})

M(slug="prorroga-escribe-el-hermano", mailbox=RF, frm="Edgar Linares <edgarlinares.v@gmail.com>",
  subject="Prorroga de Residencia - Yelitza Linares", recv=R((12, 3), 12, 20),
  body=("Buenas tardes. Escribo en nombre de mi hermana, que dio a luz hace una semana y no puede hacer el trámite. "
        "Yo soy Edgar Linares, CE 000998877, venezolano también.\n\n"
        "Datos de ella (refugiada reconocida):\n"
        "Nombres: Yelitza Josefina Linares Vargas\n"
        "Sexo: F\n"
        "Nacionalidad: Venezolana\n"
        "Cédula: V-20.447.118\n"
        "Carné de extranjería: 000815904\n"
        "Fecha de nac.: 15/03/90\n\n"
        "Ella no tiene celular por ahora, pueden llamarme a mí al 935 662 014.\n\nGracias,\nEdgar"),
  proc="prorroga_residencia", refugee=True,
  fields={"nombres": "Yelitza Josefina Linares Vargas", "sexo": "F", "nacionalidad": "VE",
          "documento_identidad": "V20447118", "carne_extranjeria": "000815904", "fecha_nacimiento": "1990-03-15",
          "telefono": "+51935662014", "correo": "edgarlinares.v@gmail.com"})

M(slug="ayuda-dos-tramites", mailbox=SR, frm="Johana Barrios <johanabarrios88@gmail.com>",
  subject="Ayuda", recv=R((12, 3), 13, 50),
  body=("Hola, necesito dos cosas: la prórroga de residencia porque se me vence el carné, y también el cambio de clave del "
        "sistema porque no puedo entrar. Qué hago primero?\nJohana Barrios"),
  proc=None, fields={"nombres": "Johana Barrios", "correo": "johanabarrios88@gmail.com"})

M(slug="duplicado-de-carnet-extranjeria-foto-denuncia", mailbox=RF, frm="Samuel Guerrero <samuelguerrero.co@gmail.com>",
  subject="Duplicado de carnet", recv=R((12, 3), 15, 0),
  body=("Buenas tardes, solicito el duplicado de mi carné de extranjería (soy refugiado reconocido), lo perdí en un asalto. "
        "Adjunto foto de la constancia de la comisaría.\n\n"
        "Samuel Andrés Guerrero Pardo, sexo masculino, colombiano, C.C. 1.019.087.334, carné de extranjería 000902217, "
        "fecha de nacimiento 1988-11-30, teléfono +51 967 210 548."),
  atts=[("denuncia_comisaria.jpg", "jpeg", None)],
  proc="duplicado_carne_extranjeria", denuncia=True, refugee=True,
  fields={"nombres": "Samuel Andrés Guerrero Pardo", "sexo": "M", "nacionalidad": "CO",
          "documento_identidad": "1019087334", "carne_extranjeria": "000902217", "fecha_nacimiento": "1988-11-30",
          "telefono": "+51967210548", "correo": "samuelguerrero.co@gmail.com"})

M(slug="viaje-foto-carta-manuscrita", mailbox=RF, frm="Paola Ximena Rincón <paoxrincon@gmail.com>",
  subject="Autorizacion de viaje - urgencia", recv=R((12, 3), 16, 20),
  body=("Buenas tardes, adjunto foto de mi solicitud firmada a mano.\n\n"
        "Nombre: Paola Ximena Rincón Forero\nCarné de extranjería: 001036725\nTeléfono: 994 218 603\n"
        "Motivo: cirugía de urgencia de mi hija en Bogotá\nDestino: Bogotá, Colombia\n"
        "Sale: 18/12/26  Regresa: 04/01/27\n\nMil gracias"),
  atts=[("IMG_20261203_154211.jpg", "jpeg", None)],
  proc="autorizacion_viaje", refugee=True,
  fields={"nombres": "Paola Ximena Rincón Forero", "carne_extranjeria": "001036725", "telefono": "+51994218603",
          "motivo": "cirugía de urgencia de mi hija en Bogotá", "destino": "Bogotá, Colombia",
          "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-04", "correo": "paoxrincon@gmail.com"},
  sig="manuscrita")

M(slug="reenvio-interno-institucional", mailbox=SR, frm="Refugiados <refugiados@rree.gob.pe>",
  subject="RV: Actualización de datos", recv=R((12, 3), 17, 30),
  body="Se deriva por competencia el presente correo para su atención.\n\nUnidad de Refugiados",
  proc="actualizacion_datos", ignorado=True, fields={})

M(slug="autorizacion-trabajo-haitiano", mailbox=RF, frm="Jameson Estimé <jamesonestime@gmail.com>",
  subject="Autorización de trabajo", recv=R((12, 4), 8, 20),
  body=("Buenos dias. Necesito la autorizacion de trabajo porque tengo oferta en una empresa de construccion. "
        "Ya tengo expediente. Jameson Estimé, haitiano."),
  proc="autorizacion_trabajo",
  fields={"nombres": "Jameson Estimé", "nacionalidad": "HT", "correo": "jamesonestime@gmail.com"})

_recon3 = ["Lima, 3 de diciembre de 2026",
           "Señores Comisión Especial para los Refugiados",
           "Ref.: Recurso de reconsideración",
           "Yo, Ernesto Javier Lacayo Somarriba, nicaragüense, pasaporte C02218745, teléfono 973 114 829, correo "
           "ernestolacayo.s@gmail.com, presento recurso de reconsideración contra la resolución notificada el 24/11/2026.",
           "Motivo: presento como prueba nueva la orden de captura emitida en mi contra en Managua por participar en protestas, "
           "que no pude obtener antes de la entrevista.",
           "Ernesto Javier Lacayo Somarriba"]
M(slug="reconsideracion-nicaraguense-re", mailbox=MP, frm="Ernesto Lacayo <ernestolacayo.s@gmail.com>",
  subject="RE: Recurso de reconsideración", recv=R((12, 4), 9, 5),
  body="Buenos días, adjunto el recurso firmado digitalmente como me indicaron.\n\n> -----Mensaje original-----\n> De: mesadepartes@rree.gob.pe",
  atts=[("Reconsideracion_Lacayo.pdf", "signed", _recon3)],
  proc="reconsideracion", notified=dt.date(2026, 11, 24),
  fields={"nombres": "Ernesto Javier Lacayo Somarriba", "nacionalidad": "NI", "documento_identidad": "C02218745",
          "telefono": "+51973114829", "correo": "ernestolacayo.s@gmail.com",
          "motivo": "presento como prueba nueva la orden de captura"},
  sig="valid")

_apel3 = ["CLÍNICA JURÍDICA DE DERECHOS HUMANOS",
          "Recurso de Apelación",
          "Representante: Abg. Carla Vásquez Torres, CAL 61234.",
          "Solicitante: Dariel Alejandro Fonseca Ruiz, cubano, pasaporte cubano L438120.",
          "Teléfono del solicitante: 942 105 377. Correo del solicitante: darielfonseca.r@gmail.com.",
          "Resolución notificada el 24/11/2026.",
          "Motivo de la apelación: la resolución desconoce que el solicitante fue encarcelado en Cuba por su participación en "
          "las protestas del 11 de julio y que sería procesado a su regreso.",
          "Carla Vásquez Torres - Dariel Alejandro Fonseca Ruiz"]
M(slug="apelacion-por-abogada-cubano", mailbox=MP, frm="Carla Vásquez Torres <cvasquez@clinicajuridica.org.pe>",
  subject="Recurso de apelación - Dariel Fonseca Ruiz", recv=R((12, 4), 10, 30),
  body=("Señores CEPR:\n\nEn representación del Sr. Dariel Alejandro Fonseca Ruiz, adjunto su recurso de apelación firmado "
        "digitalmente. Para notificaciones al solicitante: darielfonseca.r@gmail.com.\n\n"
        "Abg. Carla Vásquez Torres\nCAL 61234 - DNI 41235566\nCel. 999 101 202"),
  atts=[("Apelacion_Fonseca.pdf", "signed", _apel3)],
  proc="apelacion", notified=dt.date(2026, 11, 24),
  fields={"nombres": "Dariel Alejandro Fonseca Ruiz", "nacionalidad": "CU", "documento_identidad": "L438120",
          "telefono": "+51942105377", "correo": "darielfonseca.r@gmail.com",
          "motivo": "la resolución desconoce que el solicitante fue encarcelado en Cuba"},
  sig="valid")

M(slug="renuncia-incompleta-sin-documento-firmado", mailbox=MP, frm="Dilan Steven Moreno <dilanmoreno2001@gmail.com>",
  subject="renuncia", recv=R((12, 4), 11, 45),
  body=("Buenos dias quiero renunciar a mi solicitud de refugio porque me voy a vivir con mi familia a otro pais. "
        "Dilan Steven Moreno Castaño, cedula 1.098.765.432"),
  proc="renuncia",
  fields={"nombres": "Dilan Steven Moreno Castaño", "documento_identidad": "1098765432",
          "motivo": "me voy a vivir con mi familia a otro pais", "correo": "dilanmoreno2001@gmail.com"},
  sig="absent")

_viaje3 = ["Solicitud de autorización de viaje",
           "Nombres: Andreína Beatriz Colmenares Silva",
           "Teléfono: 916 553 208",
           "Destino: Santiago de Chile",
           "Motivo: audiencia de custodia de mi hijo ante el juzgado de familia",
           "Salida: 14-12-2026 / Retorno: 21-12-2026",
           "Andreína Beatriz Colmenares Silva"]
M(slug="viaje-firmado-sin-carne", mailbox=RF, frm="Andreina Colmenares <andreinacolmenares@gmail.com>",
  subject="permiso de viaje", recv=R((12, 4), 12, 40),
  body="Saludos, envío solicitud de viaje firmada digitalmente. Soy refugiada reconocida.",
  atts=[("viaje_colmenares.pdf", "signed", _viaje3)],
  proc="autorizacion_viaje", refugee=True,
  fields={"nombres": "Andreína Beatriz Colmenares Silva", "telefono": "+51916553208", "destino": "Santiago de Chile",
          "motivo": "audiencia de custodia de mi hijo", "fecha_salida": "2026-12-14", "fecha_retorno": "2026-12-21",
          "correo": "andreinacolmenares@gmail.com"},
  sig="valid")

M(slug="actualizacion-haitiana-dos-telefonos", mailbox=SR, frm="Roseline Augustin <roselineaugustin@gmail.com>",
  subject="Actualizasion de datos", recv=R((12, 4), 14, 0),
  body=("Bonjou, yo quiero cambiar mi telefono y direccion.\n"
        "Nom: Roseline Augustin\nNacionalidad: Haiti\nPasaporte: RA3390154\n"
        "Telefono Peru: 985 770 341 - telefono Haiti +509 4811 2290\n"
        "Nueva direccion: Av. Naranjal 455, Independencia\nSolicitante de refugio.\nMesi"),
  proc="actualizacion_datos",
  fields={"nombres": "Roseline Augustin", "nacionalidad": "HT", "documento_identidad": "RA3390154",
          "telefono": "+51985770341", "correo": "roselineaugustin@gmail.com"})

M(slug="cambio-clave-a-mesa-de-partes-tarde", mailbox=MP, frm="Gerardo Uzcátegui <gerardouzcategui@gmail.com>",
  subject="Cambio de clave y contraseña", recv=R((12, 4), 16, 55, 40),
  body=("Buenas tardes.\nSolicito cambio de clave y contraseña del Sistema de Refugiados.\n"
        "Nombres y apellidos: Gerardo Antonio Uzcátegui Paredes\nNacionalidad: venezolano\n"
        "Pasaporte: 129908342\nTeléfono: +58 414-555.12.34\nCorreo: gerardouzcategui@gmail.com"),
  proc="cambio_clave",
  fields={"nombres": "Gerardo Antonio Uzcátegui Paredes", "nacionalidad": "VE", "documento_identidad": "129908342",
          "telefono": "+584145551234", "correo": "gerardouzcategui@gmail.com"})

M(slug="entrevista-registro-sabado", mailbox=MP, frm="Franyelis <franye.0406@gmail.com>",
  subject="Cita para entrevista de registro", recv=R((12, 5), 10, 15),
  body="buenas, no me ha llegado la cita de la entrevista de registro y ya pasaron 3 meses. Franyelis Daniela Rojas",
  proc="entrevista_registro",
  fields={"nombres": "Franyelis Daniela Rojas", "correo": "franye.0406@gmail.com"})

M(slug="prorroga-domingo-noche-guiones", mailbox=RF, frm="Jesús Alberto Márquez <jamarquez.ccs@gmail.com>",
  subject="Prórroga de residencia", recv=R((12, 6), 21, 30, 0, utc=True),
  body=("Prorroga de residencia anual\n\n"
        "Nombre - Jesús Alberto Márquez Fermín\nSexo - masculino\nNacionalidad - VEN\n"
        "Cédula - V-16.902.455\nCarné de extranjería - 000588316\nFecha de nacimiento - 4 de julio de 1984\n"
        "Teléfono - 963 018 772\n\nrefugiado reconocido desde 2021"),
  proc="prorroga_residencia", refugee=True,
  fields={"nombres": "Jesús Alberto Márquez Fermín", "sexo": "M", "nacionalidad": "VE",
          "documento_identidad": "V16902455", "carne_extranjeria": "000588316", "fecha_nacimiento": "1984-07-04",
          "telefono": "+51963018772", "correo": "jamarquez.ccs@gmail.com"})

M(slug="reconsideracion-escaneada-dia-no-laborable", mailbox=MP, frm="Jenny Paola Alcívar <jennyalcivar.m@hotmail.com>",
  subject="Recurso de reconsideración - Alcívar", recv=R((12, 7), 9, 0),
  body=("Señores:\nAdjunto el escaneo de mi recurso de reconsideración firmado.\n\n"
        "Nombres: Jenny Paola Alcívar Macías\nNacionalidad: ecuatoriana\nCédula: 1309876543\nCelular: 957 332 611\n"
        "Correo: jennyalcivar.m@hotmail.com\n"
        "Motivo: no se consideró que mi expareja, miembro de una banda en Guayaquil, sigue amenazándome de muerte.\n"),
  atts=[("escaneo_reconsideracion.pdf", "scan", None)],
  proc="reconsideracion",
  fields={"nombres": "Jenny Paola Alcívar Macías", "nacionalidad": "EC", "documento_identidad": "1309876543",
          "telefono": "+51957332611", "correo": "jennyalcivar.m@hotmail.com",
          "motivo": "no se consideró que mi expareja, miembro de una banda en Guayaquil, sigue amenazándome"},
  sig="manuscrita")

M(slug="solicitud-refugio-feriado-familia", mailbox=RF, frm="Diana Marcela Cortés <dianamcortes@gmail.com>",
  subject="Fwd: solicitud de refugio para mi familia", recv=R((12, 8), 11, 0),
  body=("Buenos días. Llegamos de Colombia con mis dos hijos y queremos solicitar refugio. Me dijeron en la ONG que "
        "escribiera a este correo. Diana Marcela Cortés Vanegas, celular 902 447 119."),
  proc="solicitud_refugio",
  fields={"nombres": "Diana Marcela Cortés Vanegas", "telefono": "+51902447119", "correo": "dianamcortes@gmail.com"})

# two more ordinary-week messages
M(slug="cambio-clave-cubano-telefono-landline", mailbox=SR, frm="Osmany Reyes <osmanyreyesg@gmail.com>",
  subject="Olvide la contraseña - cambio de clave", recv=R((12, 2), 16, 44),
  body=("Buenas tardes. Osmany Reyes Garcés, cubano, carnet de identidad 79120434618. Telefono 01 7198830. "
        "Necesito cambio de clave, el sistema no me deja entrar."),
  proc="cambio_clave",
  fields={"nombres": "Osmany Reyes Garcés", "nacionalidad": "CU", "documento_identidad": "79120434618",
          "telefono": "+5117198830", "correo": "osmanyreyesg@gmail.com"})

M(slug="prorroga-a-solicitantes-falta-sexo", mailbox=SR, frm="Luisana Pacheco <luisanapacheco.a@gmail.com>",
  subject="RV: Renovación de residencia", recv=R((12, 3), 9, 55),
  body=("Hola, soy refugiada reconocida y quiero renovar mi residencia.\n"
        "Luisana Andreína Pacheco Álvarez\nvenezolana\npasaporte 118745209\nCE: 000477613\nnacimiento: 22/10/1992\n"
        "tlf 955 321 097"),
  proc="prorroga_residencia", refugee=True,
  fields={"nombres": "Luisana Andreína Pacheco Álvarez", "nacionalidad": "VE", "documento_identidad": "118745209",
          "carne_extranjeria": "000477613", "fecha_nacimiento": "1992-10-22", "telefono": "+51955321097",
          "correo": "luisanapacheco.a@gmail.com"})


# ---------------------------------------------------------------- build
def make_att(name, kind, lines, seed):
    if kind == "text":
        return pdfs.text_pdf(lines), "application", "pdf"
    if kind == "textimg":
        return pdfs.text_pdf(lines, with_sig_image=True, seed=seed), "application", "pdf"
    if kind == "signed":
        b = pdfs.sign(pdfs.text_pdf(lines))
        assert pdfs.check_intact(b)
        return b, "application", "pdf"
    if kind == "altered":
        b = pdfs.sign(pdfs.text_pdf(lines))
        b = pdfs.alter(b, b"Atentamente", b"Atentamante")
        assert not pdfs.check_intact(b)
        return b, "application", "pdf"
    if kind == "scan":
        return pdfs.scanned_pdf(seed), "application", "pdf"
    if kind == "jpeg":
        return pdfs.jpeg_photo(seed), "image", "jpeg"
    raise ValueError(kind)


def received_header(t, utc):
    shown = t.astimezone(dt.timezone.utc) if utc else t
    return ("from mail-relay.outbound.net (mail-relay.outbound.net [209.85.221.44]) by mx.rree.gob.pe "
            "(Postfix) with ESMTPS id 4G%05X; %s" % (int(t.timestamp()) % 0xFFFFF, format_datetime(shown)))


def bounce(mailbox, t):
    import email
    from email import policy
    raw = (
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"BND-r15\"\n"
        "MIME-Version: 1.0\n\n"
        "--BND-r15\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.rree.gob.pe.\n\nI'm sorry to have to inform you that your message could "
        "not be delivered to one or more recipients.\n\n<wpadilla.ve@gmial.com>: Host or domain name not found\n\n"
        "--BND-r15\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.rree.gob.pe\n\n"
        "Final-Recipient: rfc822; wpadilla.ve@gmial.com\nAction: failed\nStatus: 5.1.2\n\n"
        "--BND-r15\nContent-Type: text/rfc822-headers\n\n"
        "From: %s\nTo: wpadilla.ve@gmial.com\nSubject: Acuse de recibo\n\n"
        "--BND-r15--\n" % mailbox)
    return email.message_from_string(raw, policy=policy.default)


def main():
    for f in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(f)
    msgs = sorted(MSGS, key=lambda k: k["recv"][0])
    labels = []
    for i, s in enumerate(msgs, 1):
        t, utc = s["recv"]
        fname = "%03d-%s.eml" % (i, s["slug"])
        if s.get("kind") == "bounce":
            msg = bounce(s["mailbox"], t)
        else:
            msg = EmailMessage()
            if "html" in s:
                msg.set_content("(Este mensaje está en formato HTML)")
                msg.add_alternative(s["html"], subtype="html")
            else:
                msg.set_content(s["body"])
            for j, (aname, kind, lines) in enumerate(s.get("atts", [])):
                data, mt, st = make_att(aname, kind, lines, seed=i * 10 + j)
                msg.add_attachment(data, maintype=mt, subtype=st, filename=aname)
        hdrs = [("Received", received_header(t, utc)),
                ("Received", "from [192.168.1.%d] by mail-relay.outbound.net with ESMTPSA; %s"
                 % (10 + i, format_datetime(t - dt.timedelta(seconds=40)))),
                ("Delivered-To", s["mailbox"]),
                ("From", s["frm"]), ("To", s.get("to", s["mailbox"])),
                ("Subject", s["subject"]),
                ("Date", format_datetime(t - dt.timedelta(seconds=47))),
                ("Message-ID", make_msgid(idstring="r15-%03d" % i, domain="mail.example.net")),
                ("MIME-Version", "1.0")]
        for k, v in s.get("headers", {}).items():
            hdrs.append((k, v))
        for k, _ in hdrs:
            del msg[k]
        existing = list(msg.items())
        for k in list(msg.keys()):
            del msg[k]
        for k, v in hdrs + existing:
            msg[k] = v
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(msg.as_bytes())

        # labels
        proc = s["proc"]
        ign = s.get("ignorado", False)
        fields = dict(s["fields"])
        sig = s.get("sig", "not_required")
        fd = filing_day(t)
        flags, missing = [], []
        if ign:
            outcome = "ignorado"
        elif proc in PORTAL:
            outcome = "portal"
        elif proc is None:
            outcome = "triage"
        elif proc == "carne_solicitante":
            outcome = "suspendido"
        else:
            for r in REQ[proc]:
                if r == "firma":
                    if sig in ("invalid", "absent"):
                        missing.append("firma")
                elif r == "denuncia_policial":
                    if not s.get("denuncia"):
                        missing.append(r)
                elif r.endswith("*"):
                    if s.get("refugee") and r[:-1] not in fields:
                        missing.append(r[:-1])
                elif r not in fields:
                    missing.append(r)
            if missing:
                outcome = "subsanar"
            elif proc in RECURSOS:
                outcome = "cargo"
            else:
                outcome = "acuse"
            if HOME[proc] != s["mailbox"]:
                flags.append("derivado")
            if proc in RECURSOS and s.get("notified") and fd > add_bd(s["notified"], 15):
                flags.append("extemporaneo")
            if sig == "manuscrita":
                flags.append("verificar_firma")
        if "firma" not in REQ.get(proc, []) :
            assert sig == "not_required", fname
        if outcome in ("ignorado", "portal", "triage"):
            missing, flags = [], []
        if outcome == "subsanar":
            due = add_bd(fd, 2)
        elif outcome in ("acuse", "cargo"):
            due = add_bd(fd, PLAZO[proc])
        else:
            due = None
        labels.append({"file": fname, "mailbox": s["mailbox"],
                       "received": t.isoformat(), "procedure": proc, "fields": fields,
                       "missing": missing, "signature": sig, "outcome": outcome, "flags": flags,
                       "filing_date": fd.isoformat(), "due_date": due.isoformat() if due else None})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
