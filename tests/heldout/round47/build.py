#!/usr/bin/env python3
"""Builds round47: .eml files + labels.jsonl.

Run with the r47 venv:  /work/rounds/.venv-r47/bin/python build.py
Emphasis: mail not written by the applicant alone (lawyers, clinics, NGOs, parishes,
relatives, neighbours), forwards, replies quoting the office, HTML-only mail, phone
signatures, tables.
"""
import datetime as dt
import email.utils
import html as htmlmod
import json
import os
import random
import re
import unicodedata
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import policy
from zoneinfo import ZoneInfo

import phonenumbers

import helpers as H

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(47)

SR = "solicitantesrefugio@rree.gob.pe"
MP = "mesadepartes@rree.gob.pe"
RF = "refugiados@rree.gob.pe"
INST = {SR, MP, RF}
LIMA = H.LIMA
UTC = dt.timezone.utc
VET = dt.timezone(dt.timedelta(hours=-4))   # Venezuela / Chile-ish sender clocks
COT = dt.timezone(dt.timedelta(hours=-5))

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
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria",
                            "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad",
                                    "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres",
                           "carne_extranjeria", "telefono"],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
FIRMA_PROCS = {"reconsideracion", "apelacion", "renuncia", "autorizacion_viaje"}
RECURSOS = {"reconsideracion", "apelacion"}

MSGS = []


def add(**m):
    MSGS.append(m)


def L(procedure, fields, signature, outcome, flags=(), missing=(), notif=None, refugiado=False,
      denuncia=False):
    return dict(procedure=procedure, fields=fields, signature=signature, outcome=outcome,
                flags=list(flags), missing=list(missing), notif=notif, refugiado=refugiado,
                denuncia=denuncia)


def t(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)


# ------------------------------------------------------------------ html styles
def gmail_html(text):
    """Gmail-like HTML: one <div> per line, blank lines as <div><br></div>."""
    out = []
    for ln in text.split("\n"):
        if ln.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % htmlmod.escape(ln, quote=False))
    return '<div dir="ltr">' + "".join(out) + "</div>\n"


def outlook_html(inner):
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>\n"
            "</head>\n<body lang=\"ES-PE\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
            + inner + "\n</div>\n</body>\n</html>\n")


def mso(text):
    """Outlook paragraphs with entities and &nbsp; for blank lines."""
    out = []
    for ln in text.split("\n"):
        if ln.strip() == "":
            out.append("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
        else:
            esc = htmlmod.escape(ln, quote=False)
            esc = (esc.replace("á", "&aacute;").replace("é", "&eacute;").replace("í", "&iacute;")
                      .replace("ó", "&oacute;").replace("ú", "&uacute;").replace("ñ", "&ntilde;")
                      .replace("Á", "&Aacute;").replace("É", "&Eacute;").replace("Ó", "&Oacute;")
                      .replace("°", "&deg;"))
            out.append("<p class=\"MsoNormal\">%s<o:p></o:p></p>" % esc)
    return "\n".join(out)


def table_html(rows, style="outlook"):
    if style == "outlook":
        cells = "".join(
            "<tr><td width=\"220\" style=\"border:solid windowtext 1.0pt;padding:0cm 5.4pt\"><p class=\"MsoNormal\"><b>%s</b></p></td>"
            "<td style=\"border:solid windowtext 1.0pt;padding:0cm 5.4pt\"><p class=\"MsoNormal\">%s</p></td></tr>\n"
            % (htmlmod.escape(a), htmlmod.escape(b)) for a, b in rows)
        return "<table class=\"MsoTableGrid\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\">\n%s</table>" % cells
    cells = "".join("<tr><td style=\"padding:4px 10px;background:#eef\">%s</td><td style=\"padding:4px 10px\">%s</td></tr>"
                    % (htmlmod.escape(a), htmlmod.escape(b)) for a, b in rows)
    return "<table border=\"1\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse\"><tbody>%s</tbody></table>" % cells


def html_to_text(h):
    h = re.sub(r"(?is)<(style|head).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</td>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


# ------------------------------------------------------------------ attachments
def att(filename, data, ctype):
    return dict(filename=filename, data=data, ctype=ctype)


def pdf_att(filename, data):
    return att(filename, data, "application/pdf")


# =================================================================== MESSAGES
# ---------------------------------------------------------------- 001
add(file="001-actualizacion-hija-por-madre-tabla-html.eml",
    frm=("Andreína Rivero", "andreina.rivero.s@gmail.com"), to=[SR], delivered=SR,
    subject="Actualización de datos", received=t(2026, 10, 5, 9, 12, 44), date_tz=LIMA,
    client="gmail", mode="html",
    html='<div dir="ltr"><div>Buenos días, señores de la Comisión.</div><div><br></div>'
         '<div>Les escribo en nombre de mi mamá, que es solicitante de refugio y no maneja bien el correo. '
         'Les pido por favor actualizar los datos de contacto de ella con lo siguiente:</div><div><br></div>'
         + table_html([("Nombres y apellidos", "Carmen Teresa Salas Urbina"),
                       ("Nacionalidad", "Venezolana"),
                       ("Cédula de identidad", "V-9.876.543"),
                       ("Teléfono celular (nuevo)", "912 345 670"),
                       ("Correo electrónico (nuevo)", "carmensalas.u@gmail.com"),
                       ("Dirección", "Jr. Huáscar 1450, dpto. 302, Jesús María, Lima")], style="gmail")
         + '<div><br></div><div>Cualquier consulta también pueden escribirme a mí.</div><div><br></div>'
         '<div>Muchas gracias,</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature">'
         '<div>Andreína Rivero Salas</div><div>C.I. V-24.118.302</div><div>Cel. 955 201 334</div></div></div>\n',
    label=L("actualizacion_datos",
            {"nombres": "Carmen Teresa Salas Urbina", "nacionalidad": "VE", "documento_identidad": "V9876543",
             "telefono": "+51912345670", "correo": "carmensalas.u@gmail.com"},
            "not_required", "acuse"))

# ---------------------------------------------------------------- 002
add(file="002-actualizacion-refugiado-sin-carne-iphone.eml",
    frm=("Jhon Cardona", "jhonfcardona@hotmail.com"), to=[SR], delivered=SR,
    subject="actualizacion de datos", received=t(2026, 10, 10, 11, 40, 3), date_tz=LIMA,
    client="iphone", mode="plain",
    text="buenas\n\nsoy refugiado reconocido desde el 2019 y necesito actualizar mi numero de celular y la direccion.\n\n"
         "Nombre: Jhon Fredy Cardona Rios\nnacionalidad colombiano\nCC 1.036.654.789\n"
         "celular nuevo 9 4412 7730 (el anterior era 987 111 222)\ndireccion: Calle Los Pinos 233, Independencia\n\n"
         "gracias\n\nEnviado desde mi iPhone\n",
    label=L("actualizacion_datos",
            {"nombres": "Jhon Fredy Cardona Rios", "nacionalidad": "CO", "documento_identidad": "1036654789",
             "telefono": "+51944127730", "correo": "jhonfcardona@hotmail.com"},
            "not_required", "subsanar", missing=["carne_extranjeria"], refugiado=True))

# ---------------------------------------------------------------- 003
add(file="003-actualizacion-ong-haitiana-telefono-de-la-ong-derivado.eml",
    frm=("Programa de Protección - Manos Abiertas", "proteccion@manosabiertas.org.pe"), to=[RF], delivered=RF,
    subject="Actualización de datos - Sra. Wideline Jean-Baptiste", received=t(2026, 10, 13, 15, 5, 51),
    date_tz=LIMA, client="outlook", mode="alt",
    text="Señores\nSecretaría Ejecutiva de la Comisión Especial para los Refugiados\nPresente.-\n\n"
         "De nuestra consideración:\n\n"
         "Por encargo de la Sra. Wideline Jean-Baptiste, solicitante de refugio de nacionalidad haitiana, a quien "
         "acompañamos desde nuestro programa, solicitamos la actualización de sus datos de contacto en el Sistema "
         "de Refugiados:\n\n"
         "- Nombres y apellidos: Wideline Jean-Baptiste\n- Nacionalidad: Haití\n- Pasaporte N°: RD4471190\n"
         "- Nueva dirección: Mz. F Lt. 12, AA.HH. Santa María, San Juan de Lurigancho\n"
         "- Teléfono de contacto: la Sra. no cuenta por el momento con línea propia; cualquier comunicación puede "
         "hacerse a nuestra oficina al (01) 433-1020.\n\n"
         "Agradecemos de antemano su atención.\n\nAtentamente,\n\n"
         "Lic. Rosa Quispe Huamán\nTrabajadora Social – Programa de Protección\nAsociación Manos Abiertas\n"
         "RUC 20548877123 | Av. Próceres de la Independencia 1820, SJL\n"
         "Tel. (01) 433-1020 | proteccion@manosabiertas.org.pe\n",
    label=L("actualizacion_datos",
            {"nombres": "Wideline Jean-Baptiste", "nacionalidad": "HT", "documento_identidad": "RD4471190",
             "telefono": "+5114331020", "correo": "proteccion@manosabiertas.org.pe"},
            "not_required", "acuse", flags=["derivado"]))

# ---------------------------------------------------------------- 004
add(file="004-cambio-clave-vecina-escribe-domingo.eml",
    frm=("Gladys Paredes", "gladysparedes71@yahoo.com"), to=[SR], delivered=SR,
    subject="Cambio de clave", received=t(2026, 10, 18, 20, 15, 10), date_tz=LIMA, client="yahoo", mode="plain",
    text="Buenas noches señores, disculpen la molestia.\n\n"
         "Le escribo por mi vecino el señor Ramon Antonio Quintero Belisario que es mayor y no sabe usar bien la "
         "computadora. El necesita que le cambien la clave y contraseña de su usuario del sistema de refugiados.\n\n"
         "Sus datos son:\nNombre completo: Ramon Antonio Quintero Belisario\nPasaporte: 108456721\n"
         "Celular: 961-442-870\nSu correo es ramonquintero58@hotmail.com (ese es el que tiene registrado)\n\n"
         "Yo soy Gladys Paredes Ochoa, DNI 41234567, mi numero por si acaso 987 003 118.\n\n"
         "Muchas gracias, Dios los bendiga\n",
    label=L("cambio_clave",
            {"nombres": "Ramon Antonio Quintero Belisario", "documento_identidad": "108456721",
             "telefono": "+51961442870", "correo": "ramonquintero58@hotmail.com"},
            "not_required", "acuse"))

# ---------------------------------------------------------------- 005
add(file="005-cambio-clave-reenvio-propio-fwd.eml",
    frm=("Yusmary Pacheco", "yusmary.p@gmail.com"), to=[SR], delivered=SR,
    subject="Fwd: Cambio de clave y contraseña", received=t(2026, 11, 9, 14, 20, 37), date_tz=LIMA,
    client="gmail", mode="alt",
    text="Buenas tardes, reenvío este correo que mandé el 2 de noviembre a otra dirección y no tuve respuesta. "
         "Quedo atenta.\n\n"
         "---------- Forwarded message ---------\n"
         "De: Yusmary Pacheco <yusmary.p@gmail.com>\nDate: lun, 2 nov 2026 a las 18:03\n"
         "Subject: Cambio de clave y contraseña\nTo: <refugiados@rree.gob.pe>\n\n\n"
         "Buenas tardes, solicito el cambio de clave y contraseña de mi usuario en el Sistema de Refugiados.\n\n"
         "Nombres y apellidos: Yusmary Del Valle Pacheco Ortiz\nCédula: 20556981\nTeléfono: +51 940 118 276\n"
         "Correo: yusmary.p@gmail.com\n\nGracias de antemano.\n",
    label=L("cambio_clave",
            {"nombres": "Yusmary Del Valle Pacheco Ortiz", "documento_identidad": "20556981",
             "telefono": "+51940118276", "correo": "yusmary.p@gmail.com"},
            "not_required", "acuse"))

# ---------------------------------------------------------------- 006
_office_006 = (
    "Estimado(a) usuario(a):\n\n"
    "Hemos recibido su solicitud de Cambio de clave y contraseña, registrada con el N° CEPR-2026-08812.\n"
    "Para atenderla, envíe por este medio: nombres y apellidos completos; N° de pasaporte o cédula; "
    "teléfono de contacto.\nPlazo para subsanar: hasta el 12/11/2026.\n\n"
    "Secretaría Ejecutiva de la Comisión Especial para los Refugiados\nMinisterio de Relaciones Exteriores\n"
    "Central: (01) 204-2400 – Jr. Lampa 545, Cercado de Lima")
add(file="006-cambio-clave-respuesta-outlook-cita-oficina-sin-telefono.eml",
    frm=("Luis Mendoza", "luismendozaf@outlook.com"), to=[SR], delivered=SR,
    subject="RE: Cambio de clave y contraseña - Registro CEPR-2026-08812", received=t(2026, 11, 11, 9, 30, 2),
    date_tz=LIMA, client="outlook", mode="html",
    html=outlook_html(
        mso("Buenos días:\n\nMi nombre completo es Luis Alberto Mendoza Ferrer y mi número de pasaporte es "
            "131245789. El teléfono es el mismo que ya está en el sistema.\n\nSaludos,\nLuis Mendoza\n")
        + "\n<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
        + "<p class=\"MsoNormal\"><b>De:</b> Solicitantes Refugio &lt;solicitantesrefugio@rree.gob.pe&gt;<br>"
          "<b>Enviado:</b> martes, 10 de noviembre de 2026 11:02<br><b>Para:</b> luismendozaf@outlook.com<br>"
          "<b>Asunto:</b> Cambio de clave y contrase&ntilde;a - Registro CEPR-2026-08812</p></div>\n"
        + mso(_office_006)),
    label=L("cambio_clave",
            {"nombres": "Luis Alberto Mendoza Ferrer", "documento_identidad": "131245789",
             "correo": "luismendozaf@outlook.com"},
            "not_required", "subsanar", missing=["telefono"]))

# ---------------------------------------------------------------- 007
_pdf007 = H.sign_pdf(H.text_pdf(
    "SUMILLA: INTERPONE RECURSO DE RECONSIDERACIÓN\n"
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:\n\n"
    "MARÍA FERNANDA OSORIO PINTO, de nacionalidad colombiana, identificada con Cédula de Ciudadanía "
    "N° 52.874.110, con teléfono celular 956 300 412 y correo electrónico mafe.osorio.p@gmail.com, con domicilio "
    "en Calle Las Begonias 341, San Isidro, actuando con el patrocinio del abogado Martín Alonso Vega Castañeda "
    "(CAL 58921), ante usted me presento y digo:\n\n"
    "Que, habiendo sido notificada el 20 de octubre de 2026 con la Resolución N° 1124-2026/CEPR-SE, que deniega "
    "mi solicitud de refugio, interpongo RECURSO DE RECONSIDERACIÓN por los siguientes fundamentos:\n\n"
    "MOTIVO: La resolución no ha valorado la nueva prueba que adjunto: la constancia de la Fiscalía de Tumaco y "
    "las amenazas recibidas por mi familia después de mi salida de Colombia, hechos posteriores a la entrevista "
    "de elegibilidad, que acreditan un temor fundado de persecución.\n\n"
    "POR LO EXPUESTO: Solicito se declare fundado el presente recurso.\n\n"
    "Lima, 2 de noviembre de 2026\n\n"
    "María Fernanda Osorio Pinto - C.C. 52.874.110\n"
    "Martín Alonso Vega Castañeda - Abogado CAL 58921"), "Maria Fernanda Osorio Pinto")
add(file="007-reconsideracion-abogado-pdf-firmado-a-tiempo.eml",
    frm=("Dr. Martín Vega Castañeda", "mvega@vegaasociados.pe"), to=[MP], delivered=MP,
    subject="Recurso de Reconsideración - María Fernanda Osorio Pinto", received=t(2026, 11, 2, 11, 0, 19),
    date_tz=LIMA, client="outlook", mode="alt",
    text="Señores Mesa de Partes:\n\n"
         "Adjunto en formato PDF, firmado digitalmente, el recurso de reconsideración que se interpone con mi "
         "patrocinio en favor de la Sra. María Fernanda Osorio Pinto, contra la resolución que denegó su "
         "solicitud de refugio.\n\nAgradeceré se sirvan remitir el cargo de recepción.\n\nAtentamente,\n\n--\n"
         "Martín Alonso Vega Castañeda\nAbogado – Reg. CAL N° 58921\nVega & Asociados – Abogados\n"
         "Av. Arequipa 2450, of. 701, Lince – Lima\nT. (01) 441-9090 | C. 998 877 110\nmvega@vegaasociados.pe\n",
    atts=[pdf_att("Reconsideracion_Osorio_Pinto_firmado.pdf", _pdf007)],
    label=L("reconsideracion",
            {"nombres": "María Fernanda Osorio Pinto", "nacionalidad": "CO", "documento_identidad": "52874110",
             "telefono": "+51956300412", "correo": "mafe.osorio.p@gmail.com",
             "motivo": "La resolución no ha valorado la nueva prueba que adjunto: la constancia de la Fiscalía de Tumaco y las amenazas recibidas por mi familia"},
            "valid", "cargo", notif=dt.date(2026, 10, 20)))

# ---------------------------------------------------------------- 008
_pdf008 = H.sign_pdf(H.text_pdf(
    "Recurso de Reconsideración\n"
    "Señores de la Comisión Especial para los Refugiados:\n\n"
    "Yo, YORMAN ALEXIS BRICEÑO DUARTE, venezolano, con pasaporte N° 148822903 y cédula de identidad "
    "V-21.330.456, con domicilio en Jr. Áncash 1120, Cercado de Lima, me dirijo a ustedes para interponer "
    "recurso de reconsideración contra la Resolución N° 0876-2026/CEPR-SE, que me fue notificada el 18 de "
    "setiembre de 2026.\n\n"
    "Motivo: en la entrevista no se tomó en cuenta que fui detenido arbitrariamente en 2024 por participar en "
    "protestas, lo que acredito con la constancia del Foro Penal que acompaño.\n\n"
    "Para notificaciones: Teléfono 946 201 883 (Clínica Jurídica). Correo: clinicajuridica@uspp.edu.pe\n\n"
    "Lima, 15 de octubre de 2026\n\n"
    "Yorman Alexis Briceño Duarte"), "Patricia Lozano Mejia - Clinica Juridica USPP")
add(file="008-reconsideracion-clinica-juridica-extemporaneo.eml",
    frm=("Clínica Jurídica USPP", "clinicajuridica@uspp.edu.pe"), to=[MP], delivered=MP,
    subject="RECURSO DE RECONSIDERACION – Yorman Briceño", received=t(2026, 10, 15, 10, 2, 55),
    date_tz=LIMA, client="outlook", mode="alt",
    text="Estimados señores:\n\n"
         "La Clínica Jurídica de Derechos Humanos de la Facultad de Derecho, en el marco de su labor de asesoría "
         "gratuita, remite el recurso de reconsideración del Sr. Yorman Alexis Briceño Duarte, firmado "
         "digitalmente, para su trámite.\n\n"
         "Para efectos de notificación, el Sr. Briceño ha señalado como medio de contacto el teléfono de la "
         "Clínica, 946 201 883, y el presente correo.\n\nAtentamente,\n\n"
         "Valeria Campos Ruiz\nEstudiante – Código 20201548\n\nDra. Patricia Lozano Mejía\nDocente supervisora\n"
         "Clínica Jurídica de Derechos Humanos – Universidad San Pedro del Pacífico\nAv. La Marina 2810, San Miguel\n",
    atts=[pdf_att("recurso_reconsideracion_briceno.pdf", _pdf008)],
    label=L("reconsideracion",
            {"nombres": "Yorman Alexis Briceño Duarte", "nacionalidad": "VE", "documento_identidad": "148822903",
             "telefono": "+51946201883", "correo": "clinicajuridica@uspp.edu.pe",
             "motivo": "en la entrevista no se tomó en cuenta que fui detenido arbitrariamente en 2024 por participar en protestas"},
            "valid", "cargo", flags=["extemporaneo"], notif=dt.date(2026, 9, 18)))

# ---------------------------------------------------------------- 009
add(file="009-reconsideracion-gmail-html-sin-firma.eml",
    frm=("Génesis Marcano", "genesis.marcano@gmail.com"), to=[MP], delivered=MP,
    subject="Recurso de reconsideracion", received=t(2026, 11, 12, 18, 45, 30), date_tz=LIMA,
    client="gmail-android", mode="html",
    html='<div dir="auto">Buenas noches<div dir="auto"><br></div>'
         '<div dir="auto">Yo Génesis Carolina Marcano Lugo, cédula V-26.441.870, presento recurso de reconsideración '
         'contra la resolución que me negó el refugio, notificada el 3 de noviembre de 2026.</div>'
         '<div dir="auto"><br></div><div dir="auto">Motivo: no estoy de acuerdo porque en mi país sigo siendo '
         'perseguida por ser activista LGBTI y tengo nuevas pruebas (capturas de amenazas) que les puedo enviar.</div>'
         '<div dir="auto"><br></div><div dir="auto">Mi teléfono 951 220 487</div>'
         '<div dir="auto">Correo genesis.marcano@gmail.com</div><div dir="auto"><br></div>'
         '<div dir="auto">Enviado desde mi Galaxy</div></div>\n',
    label=L("reconsideracion",
            {"nombres": "Génesis Carolina Marcano Lugo", "documento_identidad": "V26441870",
             "telefono": "+51951220487", "correo": "genesis.marcano@gmail.com",
             "motivo": "no estoy de acuerdo porque en mi país sigo siendo perseguida por ser activista LGBTI"},
            "absent", "subsanar", missing=["firma"], notif=dt.date(2026, 11, 3)))

# ---------------------------------------------------------------- 010
_png010 = H.handwriting_png([
    "Señores Comision Especial para los Refugiados", "",
    "Yo Ana Lucia Perez Gomez presento recurso de",
    "reconsideracion contra la resolucion que nego",
    "mi solicitud de refugio.", "",
    "Pido que se revise mi caso.", "", "Lima, 30 de noviembre 2026"], rotate=0.8)
add(file="010-reconsideracion-pdf-escaneado-a-refugiados-derivado.eml",
    frm=("Lucia P.", "lucia.pg1990@yahoo.com"), to=[RF], delivered=RF,
    subject="RECONSIDERACION", received=t(2026, 12, 1, 16, 29, 50), date_tz=LIMA, client="yahoo", mode="plain",
    text="Señores Refugiados:\n\nMediante el presente adjunto mi recurso de reconsideración firmado a mano y "
         "escaneado.\n\nMis datos:\nANA LUCIA PEREZ GOMEZ\nNacionalidad: ecuatoriana\nCédula N° 0923456781\n"
         "WhatsApp +593 98 765 4321\nmi correo es anaperez.gomez@gmail.com (por favor respondan a ese)\n\n"
         "Motivo: pido que se revise mi caso porque no se consideró la violencia de la pandilla que me extorsionaba "
         "en Guayaquil y que mató a mi pareja.\n\nAtte.\nAna Lucía\n",
    atts=[pdf_att("reconsideracion_firmada.pdf", H.image_pdf(_png010))],
    label=L("reconsideracion",
            {"nombres": "ANA LUCIA PEREZ GOMEZ", "nacionalidad": "EC", "documento_identidad": "0923456781",
             "telefono": "+593987654321", "correo": "anaperez.gomez@gmail.com",
             "motivo": "pido que se revise mi caso porque no se consideró la violencia de la pandilla que me extorsionaba"},
            "manuscrita", "cargo", flags=["derivado", "verificar_firma"]))

# ---------------------------------------------------------------- 011
_pdf011 = H.sign_pdf(H.text_pdf(
    "RECURSO DE APELACIÓN\n"
    "Expediente: 2025-0456-CEPR\n"
    "Recurrente: Keiner José Mosquera Palacios\nNacionalidad: colombiana\nPasaporte: AT458812\n"
    "Teléfono: +57 317 442 9081\nCorreo electrónico: keiner.mosquera@hotmail.com\n"
    "Resolución impugnada: N° 0987-2026/CEPR, que declaró infundada la reconsideración, notificada el 9 de "
    "noviembre de 2026.\n\n"
    "Fundamentos (motivo de la apelación): La Comisión no aplicó la definición ampliada de refugiado de la "
    "Declaración de Cartagena, recogida en la Ley 27891. El recurrente fue desplazado por el conflicto armado en "
    "el Chocó y su vida corre peligro si retorna.\n\n"
    "Lima, 20 de noviembre de 2026\n\nKeiner José Mosquera Palacios"), "Keiner Jose Mosquera Palacios")
add(file="011-apelacion-ong-pdf-firmado-a-tiempo.eml",
    frm=("Asesoría Legal - Puentes de Esperanza", "legal@puentesdeesperanza.org"), to=[MP], delivered=MP,
    subject="Recurso de Apelación – Keiner José Mosquera Palacios", received=t(2026, 11, 20, 12, 0, 41),
    date_tz=LIMA, client="outlook", mode="alt",
    text="Señores:\n\nPor medio del presente, y a solicitud del Sr. Keiner José Mosquera Palacios, remitimos adjunto "
         "su recurso de apelación contra la Resolución N° 0987-2026/CEPR, debidamente firmado.\n\n"
         "Datos del recurrente: ver documento adjunto.\n\nSaludos cordiales,\n\n"
         "Abg. Diego Salcedo Linares\nÁrea de Asesoría Legal\nAsociación Puentes de Esperanza\n"
         "Jr. Cusco 330, of. 4, Cercado de Lima\nCentral: (01) 265-7788 | RUC 20601234987\n"
         "www.puentesdeesperanza.org\n\n"
         "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente "
         "a su destinatario.\n",
    atts=[pdf_att("APELACION MOSQUERA PALACIOS.pdf", _pdf011)],
    label=L("apelacion",
            {"nombres": "Keiner José Mosquera Palacios", "nacionalidad": "CO", "documento_identidad": "AT458812",
             "telefono": "+573174429081", "correo": "keiner.mosquera@hotmail.com",
             "motivo": "La Comisión no aplicó la definición ampliada de refugiado de la Declaración de Cartagena"},
            "valid", "cargo", notif=dt.date(2026, 11, 9)))

# ---------------------------------------------------------------- 012
_pdf012 = H.text_pdf(
    "RECURSO DE APELACIÓN\n\n"
    "Señores Comisión Especial para los Refugiados:\n\n"
    "Yo, José Gregorio Rangel Piñango, C.I. V-5.123.884, apelo la resolución que confirmó la denegación de mi "
    "solicitud de refugio.\n\n"
    "Motivo: temo por mi vida si regreso a mi país; fui funcionario público y denuncié hechos de corrupción, y por "
    "eso me persiguen.\n\n"
    "Lima, enero de 2027\n\nJosé Gregorio Rangel Piñango")
add(file="012-apelacion-hijo-por-padre-pdf-sin-firma-extemporaneo.eml",
    frm=("Daniel Rangel", "daniel.rangel.mora@gmail.com"), to=[MP], delivered=MP,
    subject="Apelacion - Jose Gregorio Rangel", received=t(2027, 1, 8, 10, 5, 12), date_tz=LIMA,
    client="gmail", mode="alt",
    text="Buenos días,\n\nMi nombre es Daniel Eduardo Rangel Mora (C.I. V-19.887.002), escribo por mi papá porque a él "
         "se le complica la computadora. Adjunto el documento de apelación de él.\n\n"
         "Sus datos:\nNombre: José Gregorio Rangel Piñango\nC.I.: V-5.123.884\nTeléfono de él: 937 210 558\n"
         "Correo de mi papá: josegrangel@gmail.com\n\nA él lo notificaron con fecha 1/12/26.\n\n"
         "Cualquier cosa también pueden llamarme al 990 334 112.\n\nGracias\nDaniel\n",
    atts=[pdf_att("apelacion_papa.pdf", _pdf012)],
    label=L("apelacion",
            {"nombres": "José Gregorio Rangel Piñango", "documento_identidad": "V5123884",
             "telefono": "+51937210558", "correo": "josegrangel@gmail.com",
             "motivo": "temo por mi vida si regreso a mi país; fui funcionario público y denuncié hechos de corrupción"},
            "absent", "subsanar", flags=["extemporaneo"], missing=["firma"], notif=dt.date(2026, 12, 1)))

# ---------------------------------------------------------------- 013
_signed013 = H.sign_pdf(H.text_pdf(
    "RECURSO DE APELACION\n\n"
    "Yo, Oriana Valentina Duque Herrera, de nacionalidad venezolana, con pasaporte N° 154490227, telefono "
    "922 301 774 y correo oriana.duqueh@gmail.com, interpongo recurso de apelacion contra la resolucion que "
    "declaro infundada mi reconsideracion.\n\n"
    "Motivo: no se valoraron los informes medicos que prueban las lesiones que sufri cuando fui detenida por "
    "la policia politica.\n\n"
    "Lima, 9 de diciembre de 2026\n\nOriana Valentina Duque Herrera", compress=False), "Oriana Valentina Duque Herrera")
_pdf013 = H.alter_signed(_signed013, "Lima, 9 de diciembre", "Lima, 8 de diciembre")
add(file="013-apelacion-pdf-firma-alterada.eml",
    frm=("Oriana Duque", "oriana.duqueh@gmail.com"), to=[MP], delivered=MP,
    subject="Recurso de Apelación", received=t(2026, 12, 9, 10, 15, 0), date_tz=VET, client="gmail", mode="alt",
    text="Buen día, adjunto mi recurso de apelación firmado digitalmente.\n\n"
         "Oriana Valentina Duque Herrera\nPasaporte 154490227\nCel (+51) 922-301-774\noriana.duqueh@gmail.com\n",
    atts=[pdf_att("apelacion_oriana_duque.pdf", _pdf013)],
    label=L("apelacion",
            {"nombres": "Oriana Valentina Duque Herrera", "nacionalidad": "VE", "documento_identidad": "154490227",
             "telefono": "+51922301774", "correo": "oriana.duqueh@gmail.com",
             "motivo": "no se valoraron los informes medicos que prueban las lesiones que sufri"},
            "invalid", "subsanar", missing=["firma"]))

# ---------------------------------------------------------------- 014
_jpg014 = H.handwriting_png([
    "Sres. Comision Especial para los Refugiados", "",
    "Yo, Wilmer Enrique Castillo Rojas, apelo", "la resolucion que confirmo la denegatoria",
    "de mi solicitud de refugio.", "", "Lima, 4 de diciembre de 2026"], fmt="JPEG", rotate=-1.5)
add(file="014-apelacion-foto-jpg-iphone-ultimo-dia.eml",
    frm=("Wilmer Castillo", "wilmercastillo85@icloud.com"), to=[MP], delivered=MP,
    subject="recurso de apelacion", received=t(2026, 12, 4, 16, 10, 27), date_tz=LIMA, client="iphone", mode="plain",
    text="Buenas tardes les mando la foto de mi apelación firmada porque no tengo impresora ni escaner.\n\n"
         "Nombre: Wilmer Enrique Castillo Rojas\nNacionalidad cubana\nCarnet de identidad 85031204567\n"
         "Teléfono +51 939 004 127\ncorreo wilmercastillo85@icloud.com\n\n"
         "La resolución me la notificaron el 13 de noviembre de 2026.\n\n"
         "Motivo de la apelación: en Cuba fui encarcelado por mis publicaciones en redes sociales y si regreso me "
         "volverán a detener; la comisión no valoró el acta de detención que presenté.\n\nGracias.\n\n"
         "Enviado desde mi iPhone\n",
    atts=[att("IMG_4471.JPG", _jpg014, "image/jpeg")],
    label=L("apelacion",
            {"nombres": "Wilmer Enrique Castillo Rojas", "nacionalidad": "CU", "documento_identidad": "85031204567",
             "telefono": "+51939004127", "correo": "wilmercastillo85@icloud.com",
             "motivo": "en Cuba fui encarcelado por mis publicaciones en redes sociales"},
            "manuscrita", "cargo", flags=["verificar_firma"], notif=dt.date(2026, 11, 13)))

# ---------------------------------------------------------------- 015
_pdf015 = H.sign_pdf(H.text_pdf(
    "RENUNCIA A LA CONDICIÓN DE REFUGIADO\n\n"
    "Señores de la Comisión Especial para los Refugiados:\n\n"
    "Yo, Héctor Julio Contreras Lozada, de nacionalidad venezolana, con pasaporte N° 098765432 y Carné de "
    "Extranjería N° 001234567, refugiado reconocido, manifiesto mi decisión de RENUNCIAR a la condición de "
    "refugiado.\n\n"
    "Motivo: he contraído matrimonio con ciudadana peruana y tramitaré mi residencia por vínculo familiar ante "
    "Migraciones.\n\n"
    "Teléfono de contacto: 984 221 660\nCorreo: hector.contreras.l@gmail.com\n\n"
    "Lima, 22 de octubre de 2026\n\nHéctor Julio Contreras Lozada"), "Hector Julio Contreras Lozada")
add(file="015-renuncia-esposa-envia-pdf-firmado-del-esposo.eml",
    frm=("Rosa Huamán", "rosahuamanc@gmail.com"), to=[MP], delivered=MP,
    subject="Renuncia - Héctor Julio Contreras Lozada", received=t(2026, 10, 22, 16, 45, 9), date_tz=LIMA,
    client="gmail", mode="alt",
    text="Buenas tardes:\n\nSoy Rosa Elvira Huamán Tello, peruana, DNI 45678123, esposa del señor Héctor Julio "
         "Contreras Lozada. Les hago llegar en su nombre el documento de renuncia que él firmó digitalmente, ya que "
         "él está trabajando fuera de Lima.\n\nQuedo atenta a la respuesta.\n\nRosa\n",
    atts=[pdf_att("renuncia_hector_contreras.pdf", _pdf015)],
    label=L("renuncia",
            {"nombres": "Héctor Julio Contreras Lozada", "nacionalidad": "VE", "documento_identidad": "098765432",
             "carne_extranjeria": "001234567", "telefono": "+51984221660",
             "correo": "hector.contreras.l@gmail.com",
             "motivo": "he contraído matrimonio con ciudadana peruana y tramitaré mi residencia por vínculo familiar"},
            "valid", "acuse", refugiado=True))

# ---------------------------------------------------------------- 016
add(file="016-renuncia-outlook-html-sin-firma-sin-telefono.eml",
    frm=("Kelly Ramírez", "kellyjramirez@outlook.es"), to=[MP], delivered=MP,
    subject="RENUNCIA", received=t(2026, 11, 27, 8, 5, 33), date_tz=LIMA, client="outlook-android", mode="html",
    html=outlook_html(mso(
        "Buenos días.\n\nPor medio del presente yo Kelly Johana Ramírez Suárez, de nacionalidad colombiana, "
        "identificada con C.C. 1.094.556.321, solicitante de refugio, deseo renunciar a mi solicitud de refugio.\n\n"
        "El motivo es que regreso a Colombia con mis hijos porque mi mamá está muy enferma en Armenia.\n\n"
        "Agradezco su atención.\n\nKelly Ramírez\n\nObtener Outlook para Android")),
    label=L("renuncia",
            {"nombres": "Kelly Johana Ramírez Suárez", "nacionalidad": "CO", "documento_identidad": "1094556321",
             "correo": "kellyjramirez@outlook.es",
             "motivo": "regreso a Colombia con mis hijos porque mi mamá está muy enferma en Armenia"},
            "absent", "subsanar", missing=["firma", "telefono"]))

# ---------------------------------------------------------------- 017
_png017 = H.handwriting_png([
    "Trujillo, 22 de diciembre de 2026", "",
    "Señores de la Comision Especial para los Refugiados", "",
    "Yo Edgar Alfonso Villalobos Urdaneta renuncio a", "mi condicion de refugiado en el Peru.", "",
    "Atentamente"], rotate=0.5)
add(file="017-renuncia-parroquia-png-manuscrita-derivado-dia-no-laborable.eml",
    frm=("Parroquia Santa Rosa de Lima - Movilidad Humana", "movilidadhumana@parroquiasantarosa-trujillo.org"),
    to=[SR], delivered=SR,
    subject="Renuncia de un feligrés - Edgar Villalobos", received=t(2026, 12, 24, 11, 0, 0), date_tz=LIMA,
    client="thunderbird", mode="plain",
    text="Estimados hermanos de la Secretaría Ejecutiva:\n\n"
         "Reciban un cordial saludo desde la Pastoral de Movilidad Humana de la Parroquia Santa Rosa de Lima, "
         "Trujillo.\n\n"
         "Acompañamos al Sr. Edgar Alfonso Villalobos Urdaneta, venezolano, refugiado reconocido, quien ha decidido "
         "renunciar a su condición de refugiado. Él no tiene acceso a correo, por lo que enviamos desde nuestra "
         "cuenta su carta de renuncia firmada de su puño y letra (imagen adjunta).\n\n"
         "Datos del Sr. Villalobos:\nCédula de identidad: V-14.556.203\nCarné de Extranjería: 002345671\n"
         "Teléfono: 948 770 215\n"
         "Motivo: retorna a Venezuela para cuidar a su madre, que está gravemente enferma.\n\n"
         "Quedamos a su disposición.\n\nFraternalmente,\n\n"
         "P. Julio César Ayala Rengifo\nPárroco\nParroquia Santa Rosa de Lima – Trujillo\nTel. (044) 231-887\n",
    atts=[att("carta_renuncia_villalobos.png", _png017, "image/png")],
    label=L("renuncia",
            {"nombres": "Edgar Alfonso Villalobos Urdaneta", "nacionalidad": "VE", "documento_identidad": "V14556203",
             "carne_extranjeria": "002345671", "telefono": "+51948770215",
             "correo": "movilidadhumana@parroquiasantarosa-trujillo.org",
             "motivo": "retorna a Venezuela para cuidar a su madre, que está gravemente enferma"},
            "manuscrita", "acuse", flags=["derivado", "verificar_firma"], refugiado=True))

# ---------------------------------------------------------------- 018
add(file="018-prorroga-outlook-tabla-completa.eml",
    frm=("Yelitza Arraiz", "yelitza.arraiz@hotmail.com"), to=[RF], delivered=RF,
    subject="Prórroga de residencia", received=t(2026, 10, 28, 10, 0, 14), date_tz=LIMA, client="outlook", mode="html",
    html=outlook_html(
        mso("Buenos días,\n\nPor medio de la presente solicito la prórroga anual de mi residencia como refugiada. "
            "Adjunto mis datos:\n")
        + table_html([("Nombres y Apellidos", "Yelitza Coromoto Arráiz Blanco"), ("Sexo", "Femenino"),
                      ("Nacionalidad", "Venezolana"), ("N° Pasaporte", "125884310"),
                      ("N° Carné de Extranjería", "001874532"), ("Fecha de nacimiento", "07/08/1979"),
                      ("Teléfono", "(+51) 987-220-145"), ("Correo", "yelitza.arraiz@hotmail.com")])
        + mso("\nSaludos cordiales,\nYelitza Arráiz")),
    label=L("prorroga_residencia",
            {"nombres": "Yelitza Coromoto Arráiz Blanco", "sexo": "F", "nacionalidad": "VE",
             "documento_identidad": "125884310", "carne_extranjeria": "001874532", "fecha_nacimiento": "1979-08-07",
             "telefono": "+51987220145", "correo": "yelitza.arraiz@hotmail.com"},
            "not_required", "acuse"))

# ---------------------------------------------------------------- 019
add(file="019-prorroga-hijo-por-madre-sin-fecha-nacimiento.eml",
    frm=("Kevin Morales", "kevin.morales.diaz@gmail.com"), to=[RF], delivered=RF,
    subject="Prorroga de residencia de mi mamá", received=t(2026, 11, 16, 17, 20, 48), date_tz=LIMA,
    client="gmail", mode="alt",
    text="Hola buenas tardes\n\nEscribo para pedir la prórroga de residencia de mi mamá, ella es refugiada reconocida.\n\n"
         "- Nombre: Luz Marina Díaz de Morales\n- Sexo: femenino\n- Nacionalidad: colombiana\n"
         "- Cédula de ciudadanía: 41.667.229\n- Carné de extranjería: 001556902\n- Celular de ella: 913 445 008\n\n"
         "Yo soy su hijo Kevin Andrés Morales Díaz, C.C. 1.090.458.771, mi celular es 925 118 300 por si no contesta "
         "ella.\n\nGracias\n",
    label=L("prorroga_residencia",
            {"nombres": "Luz Marina Díaz de Morales", "sexo": "F", "nacionalidad": "CO",
             "documento_identidad": "41667229", "carne_extranjeria": "001556902", "telefono": "+51913445008",
             "correo": "kevin.morales.diaz@gmail.com"},
            "not_required", "subsanar", missing=["fecha_nacimiento"]))

# ---------------------------------------------------------------- 020
add(file="020-prorroga-haitiano-a-mesadepartes-viernes-noche-utc.eml",
    frm=("Jean-Robert Desrosiers", "jrdesrosiers@gmail.com"), to=[MP], delivered=MP,
    subject="Prorogation de residence / Prórroga de residencia", received=t(2026, 11, 6, 19, 40, 22),
    rcv_utc=True, date_tz=LIMA, client="gmail", mode="alt",
    text="Bonsoir, buenas noches\n\nYo quiero hacer la prórroga de mi residencia de refugiado.\n\n"
         "Mi nombre: Jean-Robert Desrosiers\nSexo: masculino\nNacionalidad: haitiana\nPasaporte: RD2876541\n"
         "Carné extranjería: 000765321\nFecha de nacimiento: 12 de febrero de 1984\nTelefono: +51 967 554 032\n\n"
         "Merci beaucoup, muchas gracias\n",
    label=L("prorroga_residencia",
            {"nombres": "Jean-Robert Desrosiers", "sexo": "M", "nacionalidad": "HT", "documento_identidad": "RD2876541",
             "carne_extranjeria": "000765321", "fecha_nacimiento": "1984-02-12", "telefono": "+51967554032",
             "correo": "jrdesrosiers@gmail.com"},
            "not_required", "acuse", flags=["derivado"]))

# ---------------------------------------------------------------- 021
_pdf021 = H.text_pdf(
    "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP SURQUILLO\n"
    "CONSTANCIA DE DENUNCIA POLICIAL N° 1180-2026\n\n"
    "En Surquillo, siendo las 10:20 horas del 30NOV2026, se presentó a esta dependencia policial la persona de "
    "Nathaly Alejandra Briceño Paz, con Carné de Extranjería N° 001998234, quien denuncia la pérdida de su carné "
    "de extranjería, ocurrida en circunstancias que desconoce.\n\n"
    "Se expide la presente constancia a solicitud de la interesada para los fines que estime conveniente.\n\n"
    "Instructor: SO2 PNP Jorge Luis Mamani Cruz - CIP 31245678")
add(file="021-duplicado-carne-completo-denuncia-pdf.eml",
    frm=("Nathaly Briceño", "nathalybp88@gmail.com"), to=[RF], delivered=RF,
    subject="Duplicado de carné de extranjería", received=t(2026, 12, 2, 9, 45, 5), date_tz=LIMA,
    client="gmail", mode="alt",
    text="Buenos días, solicito el duplicado de mi carné de extranjería, adjunto la denuncia policial.\n\n"
         "Nombres y apellidos: Nathaly Alejandra Briceño Paz\nSexo: F\nNacionalidad: venezolana\n"
         "Cédula: V-18.903.442\nCarné de extranjería: 001998234\nFecha de nacimiento: 1988-03-22\n"
         "Teléfono: 9 7733 4410\n\nSaludos\n",
    atts=[pdf_att("denuncia_policial.pdf", _pdf021)],
    label=L("duplicado_carne_extranjeria",
            {"nombres": "Nathaly Alejandra Briceño Paz", "sexo": "F", "nacionalidad": "VE",
             "documento_identidad": "V18903442", "carne_extranjeria": "001998234", "fecha_nacimiento": "1988-03-22",
             "telefono": "+51977334410", "correo": "nathalybp88@gmail.com"},
            "not_required", "acuse", denuncia=True))

# ---------------------------------------------------------------- 022
add(file="022-duplicado-carne-amigo-sin-denuncia-sin-nacimiento.eml",
    frm=("Carlos Tello", "charlie.tello@gmail.com"), to=[RF], delivered=RF,
    subject="duplicado carnet extranjeria", received=t(2026, 12, 15, 13, 12, 40), date_tz=LIMA,
    client="gmail", mode="plain",
    text="Hola, buenas. Les escribo por mi amigo que no tiene internet en su celular. Quiere sacar el duplicado de su "
         "carné de extranjería. Va a sacar la denuncia en la comisaría mañana y la mando después.\n\n"
         "Datos de él:\nYonaiker David Pérez Zambrano\nsexo masculino\nvenezolano\npasaporte 139920118\n"
         "CE 002118447\ncel 970 665 213\n\nSaludos, Carlos\n",
    label=L("duplicado_carne_extranjeria",
            {"nombres": "Yonaiker David Pérez Zambrano", "sexo": "M", "nacionalidad": "VE",
             "documento_identidad": "139920118", "carne_extranjeria": "002118447", "telefono": "+51970665213",
             "correo": "charlie.tello@gmail.com"},
            "not_required", "subsanar", missing=["denuncia_policial", "fecha_nacimiento"]))

# ---------------------------------------------------------------- 023
_jpg023 = H.handwriting_png([
    "POLICIA NACIONAL DEL PERU", "COMISARIA PNP SAN MARTIN DE PORRES", "",
    "CONSTANCIA DE DENUNCIA N. 2026-0877", "",
    "Denunciante: Francisco Javier Ochoa Pena", "C.E. 001443290", "Hecho: sustraccion de documentos"],
    fmt="JPEG", rotate=2.0, signature=False)
add(file="023-duplicado-carnet-asunto-ambiguo-denuncia-jpg-derivado-feriado.eml",
    frm=("Francisco Ochoa", "fjochoa75@gmail.com"), to=[SR], delivered=SR,
    subject="Duplicado de carnet", received=t(2026, 10, 8, 9, 0, 31), date_tz=LIMA, client="gmail", mode="plain",
    text="Buenos días,\n\nSolicito duplicado de mi carné de extranjería. Adjunto foto de la denuncia que hice en la "
         "comisaría.\n\nNombre completo: Francisco Javier Ochoa Peña\nSexo: masculino\nNacionalidad: venezolano\n"
         "Pasaporte: 099887123\nCarné de extranjería: 001443290\nFecha de nacimiento: 3-9-1975\n"
         "Celular: +51 944 005 771\n\nGracias,\nFrancisco\n",
    atts=[att("denuncia_comisaria.jpg", _jpg023, "image/jpeg")],
    label=L("duplicado_carne_extranjeria",
            {"nombres": "Francisco Javier Ochoa Peña", "sexo": "M", "nacionalidad": "VE",
             "documento_identidad": "099887123", "carne_extranjeria": "001443290", "fecha_nacimiento": "1975-09-03",
             "telefono": "+51944005771", "correo": "fjochoa75@gmail.com"},
            "not_required", "acuse", flags=["derivado"], denuncia=True))

# ---------------------------------------------------------------- 024
_pdf024 = H.sign_pdf(H.text_pdf(
    "SOLICITUD DE AUTORIZACIÓN DE VIAJE\n\n"
    "Señores Comisión Especial para los Refugiados:\n\n"
    "Yo, Darwin Alexander Lugo Mendoza, refugiado reconocido, con Carné de Extranjería N° 001223987, teléfono "
    "962 118 440, solicito autorización para viajar por urgencia.\n\n"
    "Motivo del viaje: mi madre será operada del corazón y necesita que la acompañe.\n"
    "Lugar de destino: Guayaquil, Ecuador\nFecha de salida: 27/12/26\nFecha de retorno: 10/01/27\n\n"
    "Lima, 14 de diciembre de 2026\n\nDarwin Alexander Lugo Mendoza"), "Darwin Alexander Lugo Mendoza")
add(file="024-viaje-pdf-firmado-completo-anios-dos-digitos.eml",
    frm=("Darwin Lugo", "darwinlugo.m@gmail.com"), to=[RF], delivered=RF,
    subject="Autorización de viaje", received=t(2026, 12, 14, 10, 30, 0), date_tz=LIMA, client="gmail", mode="alt",
    text="Buenos días, adjunto mi solicitud de autorización de viaje por urgencia, firmada digitalmente.\n\n"
         "Darwin Alexander Lugo Mendoza\nCE 001223987\nCel. 962 118 440\n",
    atts=[pdf_att("autorizacion_viaje_lugo.pdf", _pdf024)],
    label=L("autorizacion_viaje",
            {"nombres": "Darwin Alexander Lugo Mendoza", "carne_extranjeria": "001223987", "telefono": "+51962118440",
             "correo": "darwinlugo.m@gmail.com",
             "motivo": "mi madre será operada del corazón y necesita que la acompañe",
             "destino": "Guayaquil, Ecuador", "fecha_salida": "2026-12-27", "fecha_retorno": "2027-01-10"},
            "valid", "acuse", refugiado=True))

# ---------------------------------------------------------------- 025
_png025 = H.handwriting_png([
    "Lima, 30 de diciembre de 2026", "", "Señores Comision Especial para los Refugiados", "",
    "Solicito autorizacion de viaje urgente a Caracas", "porque mi papa esta en terapia intensiva.", "",
    "Reinaldo Jose Pacheco Sulbaran  CE 001998765"])
add(file="025-viaje-esposa-por-esposo-pdf-escaneado-sin-retorno-no-laborable.eml",
    frm=("Milagros Rojas", "milagrosrojas.v@gmail.com"), to=[RF], delivered=RF,
    subject="Permiso de viaje urgente para mi esposo", received=t(2026, 12, 31, 8, 30, 12), date_tz=LIMA,
    client="gmail", mode="html",
    html=gmail_html(
        "Buenos días señores,\n\nLes escribo en nombre de mi esposo, Reinaldo José Pacheco Sulbarán, refugiado "
        "reconocido, con carné de extranjería N° 001998765. Su papá está en terapia intensiva en Caracas y él necesita "
        "viajar con urgencia.\n\nDestino: Caracas, Venezuela\nFecha de salida: 5 de enero de 2027\n"
        "Fecha de regreso: todavía no sabemos, depende de cómo evolucione su papá.\n"
        "Teléfono de Reinaldo: 951 663 027\n\nAdjunto la solicitud firmada por él (escaneada).\n\nAtentamente,\n\n"
        "Milagros Rojas de Pacheco\nC.E. 002011456 | 951 663 999"),
    atts=[pdf_att("solicitud_viaje_reinaldo.pdf", H.image_pdf(_png025))],
    label=L("autorizacion_viaje",
            {"nombres": "Reinaldo José Pacheco Sulbarán", "carne_extranjeria": "001998765", "telefono": "+51951663027",
             "correo": "milagrosrojas.v@gmail.com", "motivo": "Su papá está en terapia intensiva en Caracas",
             "destino": "Caracas, Venezuela", "fecha_salida": "2027-01-05"},
            "manuscrita", "subsanar", flags=["verificar_firma"], missing=["fecha_retorno"], refugiado=True))

# ---------------------------------------------------------------- 026
_pdf026 = H.text_pdf(
    "Solicitud de Autorización de Viaje (urgencia)\n\n"
    "Nombres y apellidos: Luisa Fernanda Cárdenas Ríos\nCarné de Extranjería: 000654987\n"
    "Teléfono: +51 931 220 643\nMotivo: sepelio de mi abuela\nDestino: Bogotá, Colombia\n"
    "Fecha de salida: 15-01-2027\nFecha de retorno: 30-01-2027\n\nFirma: ______________________")
add(file="026-viaje-a-mesadepartes-pdf-solo-texto-derivado.eml",
    frm=("Luisa Cárdenas", "luisafcardenas@yahoo.com"), to=[MP], delivered=MP,
    subject="Solicitud de autorizacion de viaje", received=t(2027, 1, 11, 11, 0, 45), date_tz=LIMA,
    client="yahoo", mode="plain",
    text="Señores, adjunto solicitud de autorización de viaje.\n\nGracias.\nLuisa Fernanda Cárdenas Ríos\n",
    atts=[pdf_att("solicitud_viaje.pdf", _pdf026)],
    label=L("autorizacion_viaje",
            {"nombres": "Luisa Fernanda Cárdenas Ríos", "carne_extranjeria": "000654987", "telefono": "+51931220643",
             "correo": "luisafcardenas@yahoo.com", "motivo": "sepelio de mi abuela", "destino": "Bogotá, Colombia",
             "fecha_salida": "2027-01-15", "fecha_retorno": "2027-01-30"},
            "absent", "subsanar", flags=["derivado"], missing=["firma"], refugiado=True))

# ---------------------------------------------------------------- 027
add(file="027-carne-solicitante-suspendido.eml",
    frm=("Jesús Guédez", "jesusguedez.a@gmail.com"), to=[SR], delivered=SR,
    subject="Carné de solicitante", received=t(2026, 10, 6, 10, 20, 0), date_tz=LIMA, client="gmail", mode="plain",
    text="Buenas tardes, quisiera saber cómo obtener mi carné de solicitante de refugio. Ya tengo mi usuario del "
         "sistema.\n\nJesús Alberto Guédez Mora, pasaporte 117654098, cel 945 332 190\n",
    label=L("carne_solicitante",
            {"nombres": "Jesús Alberto Guédez Mora", "documento_identidad": "117654098", "telefono": "+51945332190",
             "correo": "jesusguedez.a@gmail.com"},
            "not_required", "suspendido"))

# ---------------------------------------------------------------- 028
add(file="028-duplicado-carne-solicitante-a-refugiados-sabado.eml",
    frm=("Mariela Aponte", "marielaaponte17@hotmail.com"), to=[RF], delivered=RF,
    subject="Duplicado de carné de solicitante", received=t(2026, 11, 21, 22, 10, 9), date_tz=VET,
    client="outlook", mode="plain",
    text="Buenas noches, necesito el duplicado de mi carné de solicitante de refugio y también el de mi hijo menor. "
         "Quisiera saber cómo pedirlo.\n\nMis datos: Mariela Josefina Aponte Rivas, C.I. V-17.223.908, teléfono "
         "956 880 421.\nMi hijo: Samuel Aponte, pasaporte 145667210.\n\nGracias\n",
    label=L("carne_solicitante",
            {"nombres": "Mariela Josefina Aponte Rivas", "documento_identidad": "V17223908",
             "telefono": "+51956880421", "correo": "marielaaponte17@hotmail.com"},
            "not_required", "suspendido", flags=["derivado"]))

# ---------------------------------------------------------------- 029
add(file="029-solicitud-refugio-portal-iphone.eml",
    frm=("Yohandry Salazar", "yohandrysalazar@gmail.com"), to=[MP], delivered=MP,
    subject="Solicitud de refugio", received=t(2026, 10, 19, 8, 44, 0), date_tz=LIMA, client="iphone", mode="plain",
    text="Buenos días, llegué a Perú hace dos semanas y quiero pedir refugio. ¿Cómo hago?\n"
         "Soy venezolano, pasaporte 160334781. Mi número es 912 004 556.\n\nYohandry José Salazar Linares\n\n"
         "Enviado desde mi iPhone\n",
    label=L("solicitud_refugio",
            {"nombres": "Yohandry José Salazar Linares", "nacionalidad": "VE", "documento_identidad": "160334781",
             "telefono": "+51912004556", "correo": "yohandrysalazar@gmail.com"},
            "not_required", "portal"))

# ---------------------------------------------------------------- 030
add(file="030-consulta-parroquia-familia-quiere-solicitar-refugio-portal.eml",
    frm=("Parroquia San Martín de Porres", "pastoralmigrante.smp@gmail.com"), to=[RF], delivered=RF,
    subject="Consulta - familia recién llegada", received=t(2026, 11, 3, 12, 30, 0), date_tz=LIMA,
    client="gmail", mode="alt",
    text="Buenas tardes:\n\nDesde la Pastoral de Movilidad Humana de la Parroquia San Martín de Porres (Callao) les "
         "escribimos porque estamos acompañando a una familia recién llegada (papá, mamá y tres niños) que desea "
         "presentar una solicitud de refugio. Quisiéramos saber el procedimiento para ayudarles.\n\nBendiciones,\n\n"
         "Hna. Teresa Gutiérrez, FMM\nPastoral de Movilidad Humana\nParroquia San Martín de Porres – Callao\n"
         "Tel. 01 429 3301\n",
    label=L("solicitud_refugio",
            {"telefono": "+5114293301", "correo": "pastoralmigrante.smp@gmail.com"},
            "not_required", "portal"))

# ---------------------------------------------------------------- 031
add(file="031-autorizacion-trabajo-portal-despues-cierre.eml",
    frm=("Maryori Castro", "maryoricastro.22@gmail.com"), to=[SR], delivered=SR,
    subject="Autorizacion de trabajo", received=t(2026, 11, 25, 16, 31, 0), date_tz=LIMA, client="gmail-android",
    mode="plain",
    text="hola buenas tardes necesito mi autorizacion de trabajo, ya tengo mi solicitud de refugio hace 3 meses, "
         "mi pasaporte es 158877342 y me llamo Maryori Castro Villegas. gracias\n",
    label=L("autorizacion_trabajo",
            {"nombres": "Maryori Castro Villegas", "documento_identidad": "158877342",
             "correo": "maryoricastro.22@gmail.com"},
            "not_required", "portal"))

# ---------------------------------------------------------------- 032
add(file="032-renovacion-autorizacion-trabajo-ong-portal.eml",
    frm=("Paola Ríos - Fundación Caminos", "empleabilidad@fundacioncaminos.org"), to=[MP], delivered=MP,
    subject="Renovación de autorización de trabajo virtual", received=t(2027, 1, 19, 9, 10, 0), date_tz=LIMA,
    client="outlook", mode="html",
    html=outlook_html(mso(
        "Señores:\n\nConsultamos cómo puede renovar su autorización de trabajo virtual el Sr. Anderson Rafael "
        "Vílchez Gómez, solicitante de refugio, con pasaporte N° 146220981, a quien acompañamos en nuestro "
        "programa.\n\nAtte.\n\nLic. Paola Ríos\nPrograma de Empleabilidad – Fundación Caminos\ncel. 987 443 002")),
    label=L("autorizacion_trabajo",
            {"nombres": "Anderson Rafael Vílchez Gómez", "documento_identidad": "146220981",
             "telefono": "+51987443002", "correo": "empleabilidad@fundacioncaminos.org"},
            "not_required", "portal"))

# ---------------------------------------------------------------- 033
add(file="033-entrevista-registro-portal.eml",
    frm=("Stiven Rojas", "stivenrojas.col@gmail.com"), to=[SR], delivered=SR,
    subject="Entrevista de registro", received=t(2026, 12, 10, 11, 11, 11), date_tz=LIMA, client="gmail", mode="plain",
    text="Buenos dias. Hice mi solicitud en linea en octubre y aun no me llega la cita para la entrevista de "
         "registro.\nMi nombre es Stiven Camilo Rojas Bermúdez, C.C. 1.010.223.456.\nGracias.\n",
    label=L("entrevista_registro",
            {"nombres": "Stiven Camilo Rojas Bermúdez", "documento_identidad": "1010223456",
             "correo": "stivenrojas.col@gmail.com"},
            "not_required", "portal"))

# ---------------------------------------------------------------- 034
add(file="034-entrevista-registro-abogada-consulta-portal.eml",
    frm=("Carla Benavides Soto", "cbenavides@benavidesabogados.com.pe"), to=[MP], delivered=MP,
    subject="Consulta sobre entrevista de registro de mi patrocinado", received=t(2027, 1, 25, 15, 40, 0),
    date_tz=LIMA, client="outlook", mode="html",
    html=outlook_html(mso(
        "Estimados señores:\n\nEn mi calidad de abogada del Sr. Omar Khalil Haddad, solicitante de refugio "
        "(pasaporte N° N012345678), solicito información sobre la fecha de su entrevista de registro.\n\n"
        "Atentamente,\n\nCarla Benavides Soto\nAbogada – CAL 71234 – DNI 40998877\nBenavides Abogados\n"
        "Telf. 01 222 3344")),
    label=L("entrevista_registro",
            {"nombres": "Omar Khalil Haddad", "documento_identidad": "N012345678", "telefono": "+5112223344",
             "correo": "cbenavides@benavidesabogados.com.pe"},
            "not_required", "portal"))

# ---------------------------------------------------------------- 035
add(file="035-consulta-dos-tramites-triage.eml",
    frm=("Edwin Márquez", "edwinmarquez.r@gmail.com"), to=[RF], delivered=RF,
    subject="Consulta", received=t(2026, 10, 26, 10, 45, 0), date_tz=LIMA, client="gmail", mode="plain",
    text="Buenas, una consulta: soy refugiado reconocido y mi carné de extranjería vence en febrero. Para viajar en "
         "marzo, ¿primero tengo que hacer la prórroga de residencia o puedo pedir ya la autorización de viaje?\n\n"
         "Edwin Rafael Márquez Rivas, CE 001667009\n",
    label=L(None, {"nombres": "Edwin Rafael Márquez Rivas", "carne_extranjeria": "001667009",
                   "correo": "edwinmarquez.r@gmail.com"},
            "not_required", "triage"))

# ---------------------------------------------------------------- 036
add(file="036-ayuda-estado-expediente-triage-no-laborable.eml",
    frm=("Rosmery Pinto", "rosmerypinto@gmail.com"), to=[MP], delivered=MP,
    subject="Ayuda por favor", received=t(2026, 12, 7, 9, 0, 0), date_tz=LIMA, client="gmail", mode="html",
    html=gmail_html("Buenas tardes, presenté mi solicitud hace más de un año y no sé nada de mi expediente "
                    "N° 2025-004512. ¿Me pueden decir en qué estado está?\n\nRosmery Pinto Aguilar\n"
                    "pasaporte 137220459\ncel 993 118 204"),
    label=L(None, {"nombres": "Rosmery Pinto Aguilar", "documento_identidad": "137220459",
                   "telefono": "+51993118204", "correo": "rosmerypinto@gmail.com"},
            "not_required", "triage"))

# ---------------------------------------------------------------- 037
add(file="037-renuncia-o-viaje-asunto-doble-triage.eml",
    frm=("Oscar Piña", "oscarpina.v@hotmail.com"), to=[RF], delivered=RF,
    subject="Renuncia o autorización de viaje?", received=t(2027, 1, 14, 17, 5, 0), date_tz=LIMA,
    client="outlook", mode="plain",
    text="Señores, soy refugiado y voy a estar fuera del Perú unos meses. No sé si tengo que presentar la renuncia o "
         "si basta con una autorización de viaje. ¿Qué me recomiendan?\n\nOscar Enrique Piña Rondón, tel 924 556 781\n",
    label=L(None, {"nombres": "Oscar Enrique Piña Rondón", "telefono": "+51924556781",
                   "correo": "oscarpina.v@hotmail.com"},
            "not_required", "triage"))

# ---------------------------------------------------------------- 038
add(file="038-respuesta-automatica-ong-ignorado.eml",
    frm=("Programa de Protección - Manos Abiertas", "proteccion@manosabiertas.org.pe"), to=[MP], delivered=MP,
    subject="Respuesta automática: RE: Actualización de datos", received=t(2026, 11, 13, 10, 0, 5), date_tz=LIMA,
    client="outlook", mode="plain",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="Gracias por su mensaje.\n\nMe encuentro fuera de la oficina hasta el lunes 16 de noviembre, con acceso "
         "limitado al correo. Su mensaje será atendido a mi regreso.\n\nRosa Quispe\n",
    label=L("actualizacion_datos", {"correo": "proteccion@manosabiertas.org.pe"}, "not_required", "ignorado"))

# ---------------------------------------------------------------- 039 (bounce, built specially)
add(file="039-rebote-postmaster-cambio-clave-ignorado.eml",
    frm=("Microsoft Outlook", "postmaster@outlook.com"), to=[SR], delivered=SR,
    subject="No se puede entregar: RE: Cambio de clave y contraseña", received=t(2026, 11, 18, 3, 12, 0),
    date_tz=UTC, client="bounce", mode="report",
    label=L("cambio_clave", {}, "not_required", "ignorado"))

# ---------------------------------------------------------------- 040 (newsletter)
add(file="040-boletin-lista-ignorado.eml",
    frm=("Boletín Red de Apoyo al Migrante", "noreply@redapoyomigrante.org"), to=[RF], delivered=RF,
    subject="Boletín N° 45 – Novedades de diciembre", received=t(2026, 12, 1, 7, 0, 0), date_tz=UTC,
    client="mailchimp", mode="alt",
    extra=[("List-Id", "Boletin Red de Apoyo <boletin.redapoyomigrante.org>"), ("Precedence", "bulk"),
           ("List-Unsubscribe", "<https://redapoyomigrante.org/baja?u=8812>")],
    text="BOLETÍN N° 45 – DICIEMBRE 2026\n\n"
         "1. Recordatorio: la prórroga de residencia se solicita cada año a refugiados@rree.gob.pe.\n"
         "2. ¿Perdiste tu carné? El duplicado de carné de extranjería requiere denuncia policial.\n"
         "3. Talleres gratuitos sobre autorización de trabajo virtual y actualización de datos.\n\n"
         "Para darte de baja haz clic aquí: https://redapoyomigrante.org/baja?u=8812\n",
    label=L(None, {}, "not_required", "ignorado"))

# ---------------------------------------------------------------- 041
add(file="041-actualizacion-amigo-reenvia-rv-outlook-feriado.eml",
    frm=("Dayron Fernández", "dayronfdez@hotmail.com"), to=[SR], delivered=SR,
    subject="RV: Actualizacion de datos", received=t(2027, 1, 1, 12, 0, 0), date_tz=LIMA, client="outlook",
    mode="plain",
    text="Buenas, les reenvío el correo de mi amiga Yanelis porque a ella le rebota cuando intenta enviarlo desde "
         "su cuenta. Ella es solicitante de refugio.\n\nSaludos,\nDayron\n\n"
         "________________________________\n"
         "De: Yanelis Hernández <yanelis.hdez91@nauta.cu>\nEnviado: jueves, 31 de diciembre de 2026 21:14\n"
         "Para: Dayron Fernández <dayronfdez@hotmail.com>\nAsunto: Actualizacion de datos\n\n"
         "Hola Dayron, mándalo tú por favor:\n\nActualización de datos\n"
         "Nombre y apellidos: Yanelis Hernández Cabrera\nNacionalidad: cubana\nCarnet de identidad: 91052344178\n"
         "Pasaporte: K512087\nTeléfono nuevo: 9 5544 3120\nCorreo nuevo: yanelishc91@gmail.com\n",
    label=L("actualizacion_datos",
            {"nombres": "Yanelis Hernández Cabrera", "nacionalidad": "CU", "documento_identidad": "91052344178",
             "telefono": "+51955443120", "correo": "yanelishc91@gmail.com"},
            "not_required", "acuse"))

# ---------------------------------------------------------------- 042
_office_042 = (
    "Estimado(a) usuario(a):\n\nSu pedido de Prórroga de residencia fue registrado con el N° CEPR-RF-2026-1442.\n"
    "Faltan los siguientes datos: N° de Carné de Extranjería; Fecha de nacimiento.\n"
    "Tiene plazo hasta el 24/11/2026 para enviarlos.\n\nAtentamente,\n"
    "Oficina de Refugiados – Secretaría Ejecutiva de la CEPR\nTeléfono (01) 204-2400 anexo 3321")
add(file="042-prorroga-respuesta-outlook-cita-oficina-completa.eml",
    frm=("Ricardo Zambrano", "rzambrano.ve@outlook.com"), to=[RF], delivered=RF,
    subject="RE: Prórroga de residencia - Reg. CEPR-RF-2026-1442", received=t(2026, 11, 24, 10, 25, 0),
    date_tz=LIMA, client="outlook", mode="html",
    html=outlook_html(
        mso("Buenos días, envío nuevamente todos mis datos completos como me indicaron:\n\n"
            "Nombres y apellidos: Ricardo José Zambrano Ugueto\nSexo: Masculino\nNacionalidad: Venezolana\n"
            "Pasaporte: 110998345\nCarné de Extranjería: 001334098\nFecha de nacimiento: 30 de noviembre de 1969\n"
            "Celular: 997 665 120\n\nSaludos,\nRicardo Zambrano\n")
        + "\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n<div id=\"divRplyFwdMsg\" dir=\"ltr\">"
          "<font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\"><b>De:</b> Refugiados "
          "&lt;refugiados@rree.gob.pe&gt;<br><b>Enviado:</b> viernes, 20 de noviembre de 2026 09:14<br>"
          "<b>Para:</b> rzambrano.ve@outlook.com &lt;rzambrano.ve@outlook.com&gt;<br><b>Asunto:</b> "
          "Pr&oacute;rroga de residencia - Reg. CEPR-RF-2026-1442</font><div>&nbsp;</div></div>\n"
        + mso(_office_042)),
    label=L("prorroga_residencia",
            {"nombres": "Ricardo José Zambrano Ugueto", "sexo": "M", "nacionalidad": "VE",
             "documento_identidad": "110998345", "carne_extranjeria": "001334098", "fecha_nacimiento": "1969-11-30",
             "telefono": "+51997665120", "correo": "rzambrano.ve@outlook.com"},
            "not_required", "acuse"))

# ---------------------------------------------------------------- 043
_pdf043 = H.sign_pdf(H.text_pdf(
    "RECURSO DE APELACIÓN\n\n"
    "Señor Presidente de la Comisión Especial para los Refugiados:\n\n"
    "Daniela Suárez Contreras, de nacionalidad venezolana, identificada con pasaporte N° 151227904, teléfono "
    "952 338 110, correo electrónico daniela.suarezc@gmail.com, ante usted digo:\n\n"
    "Que interpongo recurso de apelación contra la resolución que declaró infundado mi recurso de "
    "reconsideración.\n\n"
    "Motivo: la Comisión no consideró que la persecución política contra mi esposo, Luis Alberto Pérez Mora "
    "(pasaporte 149000321), se extendió a mí y a mis hijos, con amenazas y allanamiento de nuestra vivienda.\n\n"
    "Tacna, 18 de enero de 2027\n\nDaniela Suárez Contreras"), "Daniela Suarez Contreras")
add(file="043-apelacion-parroquia-cc-mesadepartes-extemporanea.eml",
    frm=("Parroquia Cristo Rey - Movilidad Humana", "cristorey.movilidad@gmail.com"), to=[RF], cc=[MP], delivered=MP,
    subject="Recurso de apelación de la Sra. Daniela Suárez", received=t(2027, 1, 20, 11, 30, 0), date_tz=LIMA,
    client="gmail", mode="html",
    html=gmail_html(
        "Señores:\n\nPor encargo de la Sra. Daniela Suárez Contreras, a quien acompañamos en nuestra parroquia, "
        "adjuntamos su recurso de apelación firmado digitalmente.\n\nElla fue notificada el 10 de diciembre de 2026, "
        "pero estuvo hospitalizada y recién ha podido firmarlo. Su teléfono y correo están en el documento.\n\n"
        "Atte.\n\n--\nPbro. Manuel Ángel Saavedra Ticona\nPárroco – Parroquia Cristo Rey, Tacna\n"
        "Tel. (052) 41-2256 · RUC 20134567891"),
    atts=[pdf_att("apelacion_daniela_suarez.pdf", _pdf043)],
    label=L("apelacion",
            {"nombres": "Daniela Suárez Contreras", "nacionalidad": "VE", "documento_identidad": "151227904",
             "telefono": "+51952338110", "correo": "daniela.suarezc@gmail.com",
             "motivo": "la Comisión no consideró que la persecución política contra mi esposo se extendió a mí"},
            "valid", "cargo", flags=["extemporaneo"], notif=dt.date(2026, 12, 10)))

# ---------------------------------------------------------------- 044
_jpg044 = H.handwriting_png([
    "Maracaibo / Lima, 17 de diciembre de 2026", "",
    "Señores Comision Especial para los Refugiados", "",
    "Yo Gladys Marina Rodriguez de Gomez presento", "recurso de reconsideracion contra la",
    "resolucion que nego mi refugio."], fmt="JPEG", rotate=-0.7)
add(file="044-reconsideracion-hijo-por-madre-tabla-jpg-sin-documento.eml",
    frm=("Brayan Gómez", "brayangomez.r@gmail.com"), to=[MP], delivered=MP,
    subject="Recurso de reconsideración - mi madre", received=t(2026, 12, 18, 15, 55, 0), date_tz=LIMA,
    client="gmail", mode="html",
    html='<div dir="ltr"><div>Buenas tardes.</div><div><br></div><div>Les escribo por mi madre, que no sabe usar '
         'el correo. Adjunto la foto de su recurso de reconsideración firmado.</div><div><br></div>'
         + table_html([("Nombre completo", "Gladys Marina Rodríguez de Gómez"), ("Teléfono", "979 002 341"),
                       ("Correo", "(no tiene, pueden responder a este correo)"),
                       ("Fecha de notificación", "04/12/2026"),
                       ("Motivo", "No se consideró que mi madre es víctima de violencia de los colectivos en su "
                                  "barrio y que la amenazaron de muerte.")], style="gmail")
         + '<div><br></div><div>Gracias.</div><div><br></div>-- <br><div class="gmail_signature">'
           '<div>Brayan Alexander Gómez Rodríguez</div><div>C.I. V-27.556.120</div></div></div>\n',
    atts=[att("recurso_mama.jpg", _jpg044, "image/jpeg")],
    label=L("reconsideracion",
            {"nombres": "Gladys Marina Rodríguez de Gómez", "telefono": "+51979002341",
             "correo": "brayangomez.r@gmail.com",
             "motivo": "No se consideró que mi madre es víctima de violencia de los colectivos en su barrio"},
            "manuscrita", "subsanar", flags=["verificar_firma"], missing=["documento_identidad"],
            notif=dt.date(2026, 12, 4)))

# ---------------------------------------------------------------- 045
_pdf045 = H.sign_pdf(H.text_pdf(
    "ESCRITO DE RENUNCIA\n\n"
    "Señores Comisión Especial para los Refugiados:\n\n"
    "Yo, Abdel Rahman Saleh Mansour, identificado con pasaporte N° N008812345, solicitante de refugio, renuncio "
    "al trámite de mi solicitud de refugio.\n\n"
    "Motivo: he regularizado mi situación migratoria con otra calidad migratoria (trabajador residente) y ya no "
    "requiero protección internacional.\n\n"
    "Teléfono: 955 120 778\n\nLima, 30 de octubre de 2026\n\nAbdel Rahman Saleh Mansour"),
    "Abdel Rahman Saleh Mansour")
add(file="045-renuncia-estudio-abogados-sin-nacionalidad-despues-cierre.eml",
    frm=("Estudio Paredes Lino Abogados", "notificaciones@paredeslino.pe"), to=[MP], delivered=MP,
    subject="RENUNCIA – ABDEL RAHMAN SALEH MANSOUR", received=t(2026, 10, 30, 16, 35, 0),
    date_tz=LIMA, client="outlook", mode="alt",
    text="Señores Mesa de Partes Virtual – Cancillería:\n\n"
         "Por encargo de nuestro cliente, Sr. Abdel Rahman Saleh Mansour, remitimos su escrito de renuncia al trámite "
         "de solicitud de refugio, firmado digitalmente por él.\n\nAtentamente,\n\n"
         "Dr. Gonzalo Paredes Lino\nAbogado colegiado CAL 40215 – DNI 09876543\n"
         "Estudio Paredes Lino Abogados S.A.C. – RUC 20556677889\nCalle Schell 343, of. 1203, Miraflores\n"
         "Teléfono: (01) 446-7788\n",
    atts=[pdf_att("Renuncia_Saleh_Mansour.pdf", _pdf045)],
    label=L("renuncia",
            {"nombres": "Abdel Rahman Saleh Mansour", "documento_identidad": "N008812345", "telefono": "+51955120778",
             "correo": "notificaciones@paredeslino.pe",
             "motivo": "he regularizado mi situación migratoria con otra calidad migratoria"},
            "valid", "subsanar", missing=["nacionalidad"]))

# ---------------------------------------------------------------- 046
add(file="046-cambio-contrasena-outlook-tabla-a-mesadepartes-derivado.eml",
    frm=("Andrea Villamizar", "andrea.villamizar@outlook.com"), to=[MP], delivered=MP,
    subject="Cambio de contraseña", received=t(2027, 1, 5, 9, 5, 0), date_tz=LIMA, client="outlook", mode="html",
    html=outlook_html(
        mso("Buenos días, solicito el cambio de contraseña de mi cuenta del sistema de refugio. Mis datos:\n")
        + table_html([("Nombres y apellidos", "Andrea Carolina Villamizar Toro"), ("Nacionalidad", "Venezuela"),
                      ("Documento", "Pasaporte 162003318"), ("Teléfono", "+51 918 227 406"),
                      ("Correo electrónico", "andrea.villamizar@outlook.com")])
        + mso("\nGracias.\n\nAndrea Villamizar")),
    label=L("cambio_clave",
            {"nombres": "Andrea Carolina Villamizar Toro", "nacionalidad": "VE", "documento_identidad": "162003318",
             "telefono": "+51918227406", "correo": "andrea.villamizar@outlook.com"},
            "not_required", "acuse", flags=["derivado"]))

# ---------------------------------------------------------------- 047
_pdf047 = H.sign_pdf(H.text_pdf(
    "SOLICITUD DE AUTORIZACIÓN DE VIAJE\n\n"
    "Gustavo Adolfo Ferrer Lara, refugiado reconocido, Carné de Extranjería N° 001556210, Teléfono 987 120 334.\n\n"
    "Motivo: mi hija de 8 años requiere una cirugía urgente y debo acompañarla.\n"
    "Lugar de destino: Santiago, Chile\nSalida: 02/01/2027\nRetorno: 20/01/2027\n\n"
    "Lima, 23 de diciembre de 2026\n\nGustavo Adolfo Ferrer Lara"), "Gustavo Adolfo Ferrer Lara")
add(file="047-viaje-ong-pdf-firmado-nochebuena-despues-cierre.eml",
    frm=("Asesoría Legal - Puentes de Esperanza", "legal@puentesdeesperanza.org"), to=[RF], delivered=RF,
    subject="Autorización de viaje - urgencia - Sr. Gustavo Ferrer", received=t(2026, 12, 23, 17, 45, 0),
    date_tz=LIMA, client="outlook", mode="alt",
    text="Estimados:\n\nRemitimos la solicitud de autorización de viaje por urgencia del Sr. Gustavo Adolfo Ferrer "
         "Lara, firmada digitalmente por él. Agradeceremos su pronta atención dadas las fechas.\n\n"
         "Saludos cordiales,\n\nAbg. Diego Salcedo Linares\nÁrea de Asesoría Legal – Asociación Puentes de Esperanza\n"
         "Central: (01) 265-7788\n",
    atts=[pdf_att("Solicitud_viaje_Ferrer.pdf", _pdf047)],
    label=L("autorizacion_viaje",
            {"nombres": "Gustavo Adolfo Ferrer Lara", "carne_extranjeria": "001556210", "telefono": "+51987120334",
             "correo": "legal@puentesdeesperanza.org",
             "motivo": "mi hija de 8 años requiere una cirugía urgente y debo acompañarla",
             "destino": "Santiago, Chile", "fecha_salida": "2027-01-02", "fecha_retorno": "2027-01-20"},
            "valid", "acuse", refugiado=True))

# ---------------------------------------------------------------- 048
_pdf048 = H.text_pdf(
    "SOLICITUD DE DUPLICADO DE CARNÉ DE EXTRANJERÍA\n\n"
    "Harold Steven Ibarra Quiñónez, sexo masculino, de nacionalidad colombiana, C.C. 1.144.098.552, Carné de "
    "Extranjería N° 001889043, nacido el 14/06/92, teléfono 936 774 118, refugiado reconocido, solicita el "
    "duplicado de su carné de extranjería.\n\n"
    "Se adjunta en la página siguiente la denuncia policial.\n"
    "\f"
    "CONSTANCIA DE DENUNCIA POLICIAL\n\n"
    "Comisaría PNP Lince - Denuncia N° 4471-2027 de fecha 22ENE2027.\n"
    "Denunciante: Harold Steven Ibarra Quiñónez (C.E. 001889043).\n"
    "Hecho denunciado: pérdida de documentos personales.\n"
    "Instructor: S3 PNP Carlos Huamaní Rojas")
add(file="048-duplicado-carne-abogada-denuncia-dentro-del-pdf.eml",
    frm=("Dra. Silvia Ñique", "silvia.nique@nsabogados.pe"), to=[RF], delivered=RF,
    subject="Duplicado de carné de extranjería - Sr. Harold Ibarra", received=t(2027, 1, 27, 10, 0, 0), date_tz=LIMA,
    client="outlook", mode="alt",
    text="Buenos días:\n\nAdjunto la solicitud de mi cliente y la copia de su denuncia, en un solo PDF.\n\n"
         "Atte.\nSilvia Ñique Chávez\nAbogada CAL 65012\ncel. 944 880 221\n",
    atts=[pdf_att("expediente_ibarra.pdf", _pdf048)],
    label=L("duplicado_carne_extranjeria",
            {"nombres": "Harold Steven Ibarra Quiñónez", "sexo": "M", "nacionalidad": "CO",
             "documento_identidad": "1144098552", "carne_extranjeria": "001889043", "fecha_nacimiento": "1992-06-14",
             "telefono": "+51936774118", "correo": "silvia.nique@nsabogados.pe"},
            "not_required", "acuse", denuncia=True, refugiado=True))

# ---------------------------------------------------------------- 049
add(file="049-derivacion-interna-desde-buzon-institucional-ignorado.eml",
    frm=("Mesa de Partes Virtual", MP), to=[SR], delivered=SR,
    subject="Derivación: Actualización de datos", received=t(2026, 12, 3, 8, 0, 0), date_tz=LIMA,
    client="outlook", mode="plain",
    text="Se deriva a su unidad el pedido de actualización de datos recibido por error en la Mesa de Partes Virtual "
         "(registro MPV-2026-18330).\n\nAtentamente,\nMesa de Partes Virtual\nMinisterio de Relaciones Exteriores\n",
    label=L("actualizacion_datos", {}, "not_required", "ignorado"))

# ---------------------------------------------------------------- 050
_pdf050 = H.text_pdf(
    "RECURSO DE RECONSIDERACIÓN\n\n"
    "Señores Comisión Especial para los Refugiados:\n\n"
    "Yo, Alirio José Ortega Suárez, venezolano, cédula V-7.654.321, correo alirio.ortega54@gmail.com, habiendo "
    "sido notificado con fecha 05/01/2027 de la resolución que deniega mi solicitud de refugio, interpongo recurso "
    "de reconsideración.\n\n"
    "Motivo: presento como nueva prueba el certificado médico que acredita las torturas que sufrí durante mi "
    "detención en 2023.\n\n"
    "Lima, 27 de enero de 2027\n", image_png=H.signature_png())
add(file="050-reconsideracion-hija-por-padre-firma-imagen-extemporanea-sin-telefono.eml",
    frm=("Valentina Ortega", "valeortega.c@gmail.com"), to=[MP], delivered=MP,
    subject="RECONSIDERACIÓN - Alirio Ortega", received=t(2027, 1, 29, 16, 0, 0), date_tz=LIMA,
    client="iphone", mode="plain",
    text="Buenas tardes. Adjunto el recurso de reconsideración de mi papá, Alirio José Ortega Suárez, con su firma "
         "escaneada. Disculpen la demora, él recién pudo firmarlo.\n\nEnviado desde mi iPhone\n",
    atts=[pdf_att("reconsideracion_alirio_ortega.pdf", _pdf050)],
    label=L("reconsideracion",
            {"nombres": "Alirio José Ortega Suárez", "nacionalidad": "VE", "documento_identidad": "V7654321",
             "correo": "alirio.ortega54@gmail.com",
             "motivo": "presento como nueva prueba el certificado médico que acredita las torturas que sufrí"},
            "manuscrita", "subsanar", flags=["extemporaneo", "verificar_firma"], missing=["telefono"],
            notif=dt.date(2027, 1, 5)))


# =================================================================== building
CLIENT_HEADERS = {
    "gmail": [("X-Mailer", None)],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Thread-Index", "AdtPq3v1Kx9Zr0mXQm2o7p1a8b9c0d==")],
    "outlook-android": [("X-MS-Has-Attach", "")],
    "yahoo": [("X-Mailer", "WebService/1.1.22806 YMailNorrin")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "gmail-android": [],
    "mailchimp": [("X-Mailer", "MailChimp Mailer - **CID4f1a2b3c**")],
    "bounce": [],
}
SENDER_HOST = {
    "gmail": ("mail-ej1-f54.google.com", "209.85.218.54"),
    "gmail-android": ("mail-pj1-f41.google.com", "209.85.216.41"),
    "iphone": ("mr85p00im-zteg06021501.me.com", "17.58.23.185"),
    "outlook": ("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.101"),
    "outlook-android": ("NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.94.72"),
    "yahoo": ("sonic306-21.consmr.mail.ne1.yahoo.com", "66.163.187.147"),
    "thunderbird": ("smtp.hostinger.com", "145.14.159.10"),
    "mailchimp": ("mail131.suw121.mcdlv.net", "198.2.131.131"),
    "bounce": ("NAM04-BN8-obe.outbound.protection.outlook.com", "40.107.100.90"),
}


def msgid_for(m, i):
    dom = m["frm"][1].split("@")[1]
    c = m["client"]
    rnd = "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(28))
    if c.startswith("gmail"):
        return "<CA%s+%s@mail.gmail.com>" % (rnd[:20], rnd[20:])
    if c == "iphone":
        return "<%s-%s-%s@%s>" % (rnd[:8].upper(), rnd[8:12].upper(), rnd[12:24].upper(), "icloud.com")
    if c.startswith("outlook") or c == "bounce":
        return "<SJ0PR%02dMB%s@SJ0PR%02dMB.namprd%02d.prod.outlook.com>" % (i % 20, rnd[:12].upper(), i % 20, i % 12)
    return "<%s.%d@%s>" % (rnd[:16], i, dom)


def received_headers(m, i):
    rcv = m["received"]
    shown = rcv.astimezone(UTC) if m.get("rcv_utc") else rcv
    host, ip = SENDER_HOST[m["client"]]
    rid = "".join(random.choice("0123456789ABCDEF") for _ in range(10))
    top = ("from %s (%s [%s]) by mx1.rree.gob.pe (Postfix) with ESMTPS id %s for <%s>; %s"
           % (host, host, ip, rid, m["delivered"], email.utils.format_datetime(shown)))
    older = rcv - dt.timedelta(seconds=random.randint(2, 9))
    second = ("from [10.%d.%d.%d] by %s with HTTP; %s"
              % (random.randint(1, 200), random.randint(1, 200), random.randint(1, 200), host,
                 email.utils.format_datetime(older.astimezone(UTC))))
    return [top, second]


def date_header(m):
    rcv = m["received"]
    sent = rcv - dt.timedelta(seconds=random.randint(4, 70))
    return email.utils.format_datetime(sent.astimezone(m["date_tz"]))


def build_bounce(m, i):
    raw = (
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        "\tboundary=\"_000_bounce_r47_\"\n"
        "MIME-Version: 1.0\n\n"
        "--_000_bounce_r47_\n"
        "Content-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "No se pudo entregar el mensaje a estos destinatarios o grupos:\n\n"
        "luis.mendozaf@outlok.com\n"
        "No se encontró la dirección de correo electrónico especificada. Compruebe la dirección e inténtelo "
        "de nuevo.\n\n"
        "Información de diagnóstico para administradores:\n"
        "Servidor generador: SJ0PR11MB5678.namprd11.prod.outlook.com\n"
        "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
        "--_000_bounce_r47_\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;SJ0PR11MB5678.namprd11.prod.outlook.com\n"
        "Received-From-MTA: dns;mx1.rree.gob.pe\n"
        "Arrival-Date: Wed, 18 Nov 2026 08:11:40 +0000\n\n"
        "Final-Recipient: rfc822;luis.mendozaf@outlok.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n\n"
        "--_000_bounce_r47_\n"
        "Content-Type: text/rfc822-headers\n\n"
        "From: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>\n"
        "To: luis.mendozaf@outlok.com\n"
        "Subject: =?utf-8?q?RE=3A_Cambio_de_clave_y_contrase=C3=B1a?=\n"
        "Date: Wed, 18 Nov 2026 03:11:38 -0500\n"
        "Message-ID: <20261118081138.CEPR.08840@rree.gob.pe>\n\n"
        "--_000_bounce_r47_--\n")
    import email.parser
    return email.parser.BytesParser(policy=policy.default).parsebytes(raw.encode("utf-8"))


def build_message(m, i):
    mode = m["mode"]
    if mode == "report":
        msg = build_bounce(m, i)
        body_headers = list(msg.items())
        for k in list(msg.keys()):
            del msg[k]
        final = msg
    else:
        final = EmailMessage()
        if mode == "plain":
            final.set_content(m["text"])
        elif mode == "html":
            final.set_content(m["html"], subtype="html")
        elif mode == "alt":
            final.set_content(m["text"])
            h = m.get("html") or gmail_html(m["text"]) if m["client"].startswith("gmail") else m.get("html") or outlook_html(mso(m["text"]))
            final.add_alternative(h, subtype="html")
        for a in m.get("atts", []):
            mt, st = a["ctype"].split("/")
            final.add_attachment(a["data"], maintype=mt, subtype=st, filename=a["filename"])
        body_headers = [(k, v) for k, v in final.items()]
        for k in list(final.keys()):
            del final[k]
    # header order: Delivered-To, Received*, then the rest
    final["Delivered-To"] = m["delivered"]
    for r in received_headers(m, i):
        final["Received"] = r
    final["Date"] = date_header(m)
    final["From"] = email.utils.formataddr(m["frm"])
    final["To"] = ", ".join(m["to"])
    if m.get("cc"):
        final["Cc"] = ", ".join(m["cc"])
    final["Subject"] = m["subject"]
    final["Message-ID"] = msgid_for(m, i)
    if m["subject"].lower().startswith(("re:", "rv:", "fwd:")):
        final["In-Reply-To"] = "<20261110110200.CEPR.%05d@rree.gob.pe>" % (i * 37)
    for k, v in CLIENT_HEADERS.get(m["client"], []):
        if v is not None:
            final[k] = v
    for k, v in m.get("extra", []):
        final[k] = v
    final["MIME-Version"] = "1.0"
    for k, v in body_headers:
        if k.lower() == "mime-version":
            continue
        final[k] = v
    return final


# =================================================================== checks
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


def message_text(m):
    parts = [m["subject"]]
    if m.get("text"):
        parts.append(m["text"])
    if m.get("html"):
        parts.append(html_to_text(m["html"]))
    for a in m.get("atts", []):
        if a["ctype"] == "application/pdf":
            parts.append(H.pdf_text(a["data"]))
    return "\n".join(parts)


def signature_status(m):
    pdfs = [a for a in m.get("atts", [])]
    for a in pdfs:  # the first attachment that applies gives the status
        if a["ctype"] == "application/pdf":
            intact = H.sig_intact(a["data"])
            if intact is True:
                return "valid"
            if intact is False:
                return "invalid"
            txt = H.pdf_text(a["data"]).strip()
            has_img = b"/Subtype /Image" in a["data"] or b"/Subtype/Image" in a["data"]
            if not txt or has_img:
                return "manuscrita"
        elif a["ctype"].startswith("image/"):
            return "manuscrita"
    return "absent"


def check(m):
    lab = m["label"]
    proc = lab["procedure"]
    fields = lab["fields"]
    errs = []
    # text presence
    txt = message_text(m)
    na = strip_accents(txt)
    digits = re.sub(r"\D", "", txt)
    alnum = re.sub(r"[^A-Z0-9]", "", strip_accents(txt).upper())
    for k, v in fields.items():
        if k in ("nombres", "destino"):
            if strip_accents(v) not in re.sub(r"\s+", " ", na):
                errs.append("%s %r not in text" % (k, v))
        elif k in ("documento_identidad",):
            if v not in alnum:
                errs.append("%s %r not in text" % (k, v))
        elif k == "carne_extranjeria":
            if v not in digits:
                errs.append("%s not in text" % k)
        elif k == "telefono":
            nat = str(phonenumbers.parse(v).national_number)
            if nat not in digits:
                errs.append("telefono %s not in text" % v)
            assert phonenumbers.is_valid_number(phonenumbers.parse(v)), v
        elif k == "correo":
            if v not in txt.lower() and v != m["frm"][1].lower():
                errs.append("correo not found")
        elif k == "motivo":
            if strip_accents(v[:40]) not in re.sub(r"\s+", " ", na):
                errs.append("motivo excerpt not in text: %r" % v[:40])
    # correo rule: always present for non-ignorado
    if lab["outcome"] != "ignorado" and "correo" not in fields:
        errs.append("correo missing for non-ignorado")
    # signature
    if proc in FIRMA_PROCS and lab["outcome"] not in ("ignorado",):
        st = signature_status(m)
        if st != lab["signature"]:
            errs.append("signature %s != computed %s" % (lab["signature"], st))
    elif lab["signature"] != "not_required":
        errs.append("signature should be not_required")
    # missing
    comp_missing = []
    if proc in REQ:
        for r in REQ[proc]:
            if r == "firma":
                if lab["signature"] in ("invalid", "absent"):
                    comp_missing.append("firma")
            elif r == "denuncia_policial":
                if not lab["denuncia"]:
                    comp_missing.append(r)
            elif r == "carne_extranjeria*":
                if (lab["refugiado"] or "carne_extranjeria" in fields) and "carne_extranjeria" not in fields:
                    comp_missing.append("carne_extranjeria")
            elif r not in fields:
                comp_missing.append(r)
    # denuncia check against attachments
    if proc == "duplicado_carne_extranjeria":
        has_den = any("denuncia" in a["filename"].lower() or
                      (a["ctype"] == "application/pdf" and "denuncia" in H.pdf_text(a["data"]).lower())
                      for a in m.get("atts", []))
        if has_den != lab["denuncia"]:
            errs.append("denuncia mismatch")
    # outcome
    if lab["outcome"] == "ignorado":
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    elif comp_missing:
        outcome = "subsanar"
    elif proc in RECURSOS:
        outcome = "cargo"
    else:
        outcome = "acuse"
    if outcome != lab["outcome"]:
        errs.append("outcome %s != computed %s" % (lab["outcome"], outcome))
    if outcome in ("ignorado", "portal", "triage"):
        comp_missing = []
    if comp_missing != lab["missing"]:
        errs.append("missing %s != computed %s" % (lab["missing"], comp_missing))
    # flags
    fl = set()
    if outcome not in ("ignorado", "portal", "triage"):
        if proc in HOME and HOME[proc] != m["delivered"]:
            fl.add("derivado")
        if lab["signature"] == "manuscrita":
            fl.add("verificar_firma")
    fd = H.filing_day(m["received"])
    if outcome not in ("ignorado", "portal", "triage") and proc in RECURSOS and lab["notif"]:
        if fd > H.notif_limit(lab["notif"]):
            fl.add("extemporaneo")
    if fl != set(lab["flags"]):
        errs.append("flags %s != computed %s" % (lab["flags"], sorted(fl)))
    # mailbox
    first_inst = next(a for a in [m["delivered"]] + m["to"] + m.get("cc", []) if a in INST)
    # dates
    if outcome in ("ignorado", "portal", "triage", "suspendido"):
        due = None
    elif outcome == "subsanar":
        due = H.add_business(fd, 2)
    else:
        due = H.add_business(fd, PLAZO[proc])
    return errs, first_inst, fd, due, outcome


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    bad = 0
    names = set()
    for i, m in enumerate(MSGS, 1):
        assert m["file"].startswith("%03d-" % i), m["file"]
        assert m["file"] not in names
        names.add(m["file"])
        errs, mailbox, fd, due, outcome = check(m)
        if errs:
            bad += 1
            print(m["file"], errs)
        msg = build_message(m, i)
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(OUT, m["file"]), "wb") as fh:
            fh.write(data)
        lab = m["label"]
        rows.append({
            "file": m["file"], "mailbox": mailbox,
            "received": m["received"].astimezone(LIMA).isoformat(),
            "procedure": lab["procedure"], "fields": lab["fields"],
            "missing": lab["missing"], "signature": lab["signature"], "outcome": outcome,
            "flags": sorted(lab["flags"]), "filing_date": fd.isoformat(),
            "due_date": due.isoformat() if due else None,
        })
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("%d messages, %d with label problems" % (len(rows), bad))


if __name__ == "__main__":
    main()
