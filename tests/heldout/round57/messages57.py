# -*- coding: utf-8 -*-
"""The messages of round57: text, attachments and hand-made labels (fields, procedure).

Each entry: slug, mb (S/M/R: the mailbox it is delivered to), recv ("YYYY-MM-DD HH:MM:SS",
Lima time), rtz ("lima"/"utc": how the newest Received header writes it), frm, subj,
text and/or html, att (attachment recipes), proc, fields, refugiado (starred
carne_extranjeria is required), notif (notification date of a recurso, or None),
ignorado (machine mail).
"""
import datetime as dt

from lib57 import (alter, core_text_pdf, image_pdf, scan_image, sign_pdf, signature_png,
                   text_pdf)

S, M, R = "S", "M", "R"


def table(rows, style="border-collapse:collapse;border:1px solid #999", cell="padding:4px 8px;border:1px solid #ccc"):
    tr = "".join(f'<tr><td style="{cell}"><b>{a}</b></td><td style="{cell}">{b}</td></tr>' for a, b in rows)
    return f'<table style="{style}" cellspacing="0" cellpadding="0"><tbody>{tr}</tbody></table>'


def gmail(inner):
    return f'<div dir="ltr">{inner}</div>\n'


def outlook(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
            '</head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; '
            f'font-size: 12pt; color: rgb(0, 0, 0);">{inner}</div></body></html>\n')


# ----------------------------------------------------------------------------- attachments
# Each recipe is a function returning (filename, content_type, bytes); evaluated in build.py.

def att_imgpdf(name, lines, seed):
    return lambda: (name, "application/pdf", image_pdf([scan_image(lines, seed=seed)]))


def att_jpg(name, lines, seed, fmt="JPEG"):
    ctype = "image/jpeg" if fmt == "JPEG" else "image/png"
    return lambda: (name, ctype, scan_image(lines, seed=seed, fmt=fmt))


def att_textpdf(name, text, sig_image=False, seed=3, font="DejaVu"):
    return lambda: (name, "application/pdf",
                    text_pdf(text, font=font, sig_image=signature_png(seed) if sig_image else None))


def att_signed(name, text, cn, email, font="DejaVu"):
    return lambda: (name, "application/pdf", sign_pdf(text_pdf(text, font=font), cn, email))


def att_altered(name, text, cn, email, old, new):
    return lambda: (name, "application/pdf", alter(sign_pdf(core_text_pdf(text), cn, email), old, new))


MESSAGES = []


def msg(**kw):
    kw.setdefault("rtz", "lima")
    kw.setdefault("text", None)
    kw.setdefault("html", None)
    kw.setdefault("att", [])
    kw.setdefault("refugiado", False)
    kw.setdefault("notif", None)
    kw.setdefault("ignorado", False)
    kw.setdefault("headers", {})
    kw.setdefault("cc", None)
    kw.setdefault("to", None)
    kw.setdefault("date_offset", -40)  # seconds between Date: and reception
    MESSAGES.append(kw)


# =============================================================================== 1
msg(slug="consulta-actualizacion-html-tabla", mb=S, recv="2026-10-01 09:14:27",
    frm=("Yuli", "yulimar.c.pacheco@gmail.com"), subj="Consulta",
    html=gmail(
        "<div>Buenos días,</div><div><br></div>"
        "<div>les escribo para hacer la actualizaci&oacute;n de mis datos de contacto. "
        "Les dejo mis datos en la tablita:</div><div><br></div>"
        + table([("Nombres y apellidos", "YULIMAR CAROLINA PACHECO RIVAS"),
                 ("Nacionalidad", "Venezolana"),
                 ("Cédula", "V-20.118.457"),
                 ("Teléfono nuevo", "924&nbsp;610&nbsp;385"),
                 ("Dirección nueva", "Jr. Los Pinos 245, San Juan de Lurigancho")])
        + "<div><br></div><div>Muchas gracias de antemano.</div><div>Yuli</div>"),
    proc="actualizacion_datos",
    fields={"nombres": "YULIMAR CAROLINA PACHECO RIVAS", "nacionalidad": "VE",
            "documento_identidad": "V20118457", "telefono": "+51924610385",
            "correo": "yulimar.c.pacheco@gmail.com"})

# =============================================================================== 2
msg(slug="ayuda-cambio-clave-hija-escribe-por-su-madre", mb=S, recv="2026-10-02 18:05:10",
    frm=("Daniela Ospina", "daniospina.93@hotmail.com"), subj="Ayuda",
    text="""Hola buenas tardes,

Disculpen la molestia. Les escribo en nombre de mi mamá, que es adulta mayor. Ella necesita el cambio de clave y contraseña del Sistema de Refugiados.

Los datos de ella son:
- Nombre completo: Luz Marina Cárdenas de Ospina
- Cédula: 41.902.337
- Celular (WhatsApp): +57 312 455 8901
- Correo registrado: luzmarinacardenas58@gmail.com

Yo soy su hija, Daniela Ospina Cárdenas, C.C. 1.036.654.120, cualquier cosa también me pueden escribir a este correo.

Gracias!!
Daniela
""",
    proc="cambio_clave",
    fields={"nombres": "Luz Marina Cárdenas de Ospina", "documento_identidad": "41902337",
            "telefono": "+573124558901", "correo": "luzmarinacardenas58@gmail.com"})

# =============================================================================== 3
_m03 = ["Lima, 5 de octubre de 2026", "",
        "Señores Comisión Especial para los Refugiados", "",
        "Yo, Reinaldo José Márquez Urdaneta, refugiado reconocido,",
        "carné de extranjería 000487213, solicito AUTORIZACIÓN",
        "DE VIAJE por urgencia a Maracaibo, Venezuela,",
        "del 14/10/2026 al 28/10/2026, por enfermedad grave",
        "de mi padre (ACV), hospitalizado en UCI.",
        "Teléfono: 987 120 554", "", "Atentamente,"]
msg(slug="urgente-viaje-solicitud-escaneada-pdf-imagen", mb=R, recv="2026-10-06 11:20:44",
    frm=("Reinaldo J. Marquez", "rjmarquez.ccs@gmail.com"), subj="URGENTE!!",
    text="""Señores de la Comision Especial para los Refugiados:

Me dirijo a ustedes con caracter de urgencia. Soy refugiado reconocido y solicito AUTORIZACION DE VIAJE. Mi papá sufrió un ACV y está en terapia intensiva en Maracaibo, soy su unico hijo.

Nombres: Reinaldo José Márquez Urdaneta
Carné de extranjería: 000487213
Destino: Maracaibo, Venezuela
Fecha de salida: 14/10/2026
Fecha de retorno: 28/10/2026
Motivo: enfermedad grave de mi padre (ACV), hospitalizado en UCI
Telf: 987 120 554

Adjunto la solicitud firmada a mano y escaneada.

Reinaldo Márquez
""",
    att=[att_imgpdf("solicitud_viaje_RMarquez.pdf", _m03, seed=31)],
    proc="autorizacion_viaje",
    fields={"nombres": "Reinaldo José Márquez Urdaneta", "carne_extranjeria": "000487213",
            "destino": "Maracaibo, Venezuela", "fecha_salida": "2026-10-14",
            "fecha_retorno": "2026-10-28",
            "motivo": "enfermedad grave de mi padre (ACV), hospitalizado en UCI",
            "telefono": "+51987120554", "correo": "rjmarquez.ccs@gmail.com"})

# =============================================================================== 4
_m04 = """SUMILLA: Interpongo recurso de reconsideración

SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS

Alexis Enrique Bracho Rincón, de nacionalidad venezolana, identificado con pasaporte N° 135.774.209, con domicilio en Av. Túpac Amaru 1520, Comas, Lima, ante ustedes me presento y digo:

Que, dentro del plazo de ley, interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución N° 01234-2026-CEPR/SE, notificada el 24 de septiembre de 2026, por los siguientes fundamentos:

1. La resolución no valoró las pruebas de persecución que presenté: las citaciones del SEBIN y la denuncia ante el Ministerio Público de mi país.
2. Adjunto como nueva prueba el informe médico de las lesiones que sufrí en mayo de 2025.

Por lo expuesto, solicito se declare fundado el presente recurso.

Datos de contacto:
Teléfono: 951 337 820
Correo electrónico: alexis.bracho.rincon@gmail.com

Lima, 7 de octubre de 2026

Firmado digitalmente por Alexis Enrique Bracho Rincón
"""
msg(slug="reconsideracion-datos-solo-en-pdf-firmado", mb=M, recv="2026-10-07 15:02:09",
    frm=("Alexis Bracho", "alexisbracho.r@outlook.com"), subj="Recurso de Reconsideración",
    text="Buenas tardes:\n\nAdjunto mi recurso de reconsideración firmado digitalmente (PDF).\n\nAtte.\nA. Bracho\n",
    att=[att_signed("Recurso_Reconsideracion_ABracho.pdf", _m04, "Alexis Enrique Bracho Rincon",
                    "alexis.bracho.rincon@gmail.com")],
    proc="reconsideracion", notif=dt.date(2026, 9, 24),
    fields={"nombres": "Alexis Enrique Bracho Rincón", "nacionalidad": "VE",
            "documento_identidad": "135774209", "telefono": "+51951337820",
            "correo": "alexis.bracho.rincon@gmail.com",
            "motivo": "La resolución no valoró las pruebas de persecución que presenté"})

# =============================================================================== 5
_m05 = """Lima, 12 de octubre de 2026

Senores
Comision Especial para los Refugiados

RECURSO DE APELACION

Keyla Mariana Mendoza Salas, pasaporte 118.493.620, interpongo recurso de apelacion
contra la resolucion que confirma la denegatoria de mi solicitud.

Motivo: la Comision no tomo en cuenta que mi expareja, funcionario policial, me sigue
buscando y amenazando por redes sociales; adjunto 14 capturas de pantalla.

Telefono: +51 940 552 781
Correo: keyla.mendoza.89@gmail.com

Keyla Mariana Mendoza Salas
"""
msg(slug="apelacion-pdf-firmado-y-alterado", mb=M, recv="2026-10-13 10:45:31",
    frm=("Keyla M.", "keyla.mendoza.89@gmail.com"), subj="RECURSO DE APELACION",
    text="""Señores
Comisión Especial para los Refugiados
Presente.-

Por medio del presente interpongo RECURSO DE APELACIÓN contra la resolución que confirma la denegatoria de mi solicitud. Adjunto el escrito firmado con mi firma digital.

Nombres y apellidos: Keyla Mariana Mendoza Salas
Pasaporte: 118.493.620
Teléfono: +51 940 552 781
Correo: keyla.mendoza.89@gmail.com
Motivo: la Comisión no tomó en cuenta que mi expareja, funcionario policial, me sigue buscando y amenazando por redes sociales; adjunto capturas.

Atentamente,
Keyla Mendoza
""",
    att=[att_altered("apelacion_keyla_mendoza.pdf", _m05, "Keyla Mariana Mendoza Salas",
                     "keyla.mendoza.89@gmail.com", b"adjunto 14 capturas", b"adjunto 41 capturas")],
    proc="apelacion",
    fields={"nombres": "Keyla Mariana Mendoza Salas", "documento_identidad": "118493620",
            "telefono": "+51940552781", "correo": "keyla.mendoza.89@gmail.com",
            "motivo": "la Comisión no tomó en cuenta que mi expareja, funcionario policial, me sigue buscando"})

# =============================================================================== 6
_m06 = """Lima, 16 de octubre de 2026

Señores
COMISIÓN ESPECIAL PARA LOS REFUGIADOS
Ministerio de Relaciones Exteriores

Asunto: Renuncia

Yo, Gustavo Adolfo Peña Valbuena, de nacionalidad colombiana, identificado con cédula de ciudadanía N° 80.145.662, solicitante de refugio, me dirijo a ustedes para manifestar mi decisión libre y voluntaria de RENUNCIAR al trámite de mi solicitud.

Motivo: he obtenido la calidad migratoria de residente por vínculo familiar con mi esposa peruana, por lo que ya no requiero protección internacional.

Teléfono de contacto: 962 418 037

Atentamente,

Gustavo A. Peña V.
C.C. 80.145.662
"""
msg(slug="renuncia-carta-tipeada-sin-firma", mb=M, recv="2026-10-16 16:45:02", date_offset=-1500,
    frm=("Gustavo", "ing.gustavo.pena@yahoo.com"), subj="Renuncia",
    text="Buenas tardes, adjunto carta de renuncia.\nSaludos\n\nEnviado desde Yahoo Mail para Android\n",
    att=[att_textpdf("CARTA RENUNCIA.pdf", _m06, font="DejaVuSerif")],
    proc="renuncia",
    fields={"nombres": "Gustavo Adolfo Peña Valbuena", "nacionalidad": "CO",
            "documento_identidad": "80145662", "telefono": "+51962418037",
            "correo": "ing.gustavo.pena@yahoo.com",
            "motivo": "he obtenido la calidad migratoria de residente por vínculo familiar"})

# =============================================================================== 7
msg(slug="prorroga-residencia-html-tabla-completa", mb=R, recv="2026-10-20 08:12:04", rtz="utc",
    frm=("Marisela Quintero", "mariselaquintero@hotmail.com"), subj="Prórroga de residencia",
    text="""Buenos días, solicito la prórroga de residencia anual. Mis datos:

Nombres y Apellidos:	Marisela Quintero Ávila
Sexo:	Femenino
Nacionalidad:	Venezuela
Pasaporte:	094 512 337
Carné de Extranjería:	000512764
Fecha de nacimiento:	03/07/1979
Teléfono:	(01) 452-8871

Gracias.
Marisela
""",
    html=outlook(
        "<p>Buenos días, solicito la prórroga de residencia anual. Mis datos:</p><br>"
        + table([("Nombres y Apellidos", "Marisela Quintero Ávila"), ("Sexo", "Femenino"),
                 ("Nacionalidad", "Venezuela"), ("Pasaporte", "094 512 337"),
                 ("Carné de Extranjería", "000512764"), ("Fecha de nacimiento", "03/07/1979"),
                 ("Teléfono", "(01) 452-8871")])
        + "<br><p>Gracias.</p><p>Marisela</p>"),
    proc="prorroga_residencia", refugiado=True,
    fields={"nombres": "Marisela Quintero Ávila", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "094512337", "carne_extranjeria": "000512764",
            "fecha_nacimiento": "1979-07-03", "telefono": "+5114528871",
            "correo": "mariselaquintero@hotmail.com"})

# =============================================================================== 8
msg(slug="duplicado-ce-sin-denuncia-adjunta", mb=R, recv="2026-10-24 10:30:55",
    frm=("Wilmer Azuaje", "wilmer.azuaje@gmail.com"), subj="Duplicado de carné de extranjería",
    text="""Buenos dias, solicito el duplicado de mi carné de extranjería. Mis datos son Wilmer Antonio Azuaje Pérez, sexo masculino, venezolano, cédula V-15.876.230, carné de extranjería 000398145, nacido el 22/02/83, celular 955 201 876.

Todavia no tengo la denuncia policial, la envio apenas me la entreguen en la comisaria.

Wilmer
""",
    proc="duplicado_carne_extranjeria", refugiado=True,
    fields={"nombres": "Wilmer Antonio Azuaje Pérez", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V15876230", "carne_extranjeria": "000398145",
            "fecha_nacimiento": "1983-02-22", "telefono": "+51955201876",
            "correo": "wilmer.azuaje@gmail.com"})

# =============================================================================== 9
_m09 = """POLICÍA NACIONAL DEL PERÚ
COMISARÍA PNP SURQUILLO

COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 4412-2026

Fecha: 26/10/2026   Hora: 18:40

Denunciante: Nadège Pierre-Louis, nacionalidad haitiana, pasaporte RD4471096,
carné de extranjería 000421587.

Hechos: la denunciante manifiesta haber extraviado su carné de extranjería en
inmediaciones de la Av. República de Panamá, el día 25/10/2026.

Se expide la presente para los fines que estime conveniente.
"""
msg(slug="duplicado-carnet-extranjeria-con-denuncia-buzon-equivocado", mb=S,
    recv="2026-10-27 12:40:18",
    frm=("Nadège Pierre", "nadegepierre.ht@gmail.com"), subj="duplicado de carnet de extranjeria",
    text="""Bonjour / Buenos días

Yo soy Nadège Pierre-Louis, refugiada reconocida, nacionalidad haitiana. Pido el duplicado de mi carnet de extranjería.

Sexo: F
Pasaporte: RD4471096
Carnet extranjería: 000421587
Fecha nacimiento: 05/11/1991
Teléfono: 993 004 215

Adjunto denuncia policial.
Merci, gracias
""",
    att=[att_textpdf("denuncia_policial_comisaria_surquillo.pdf", _m09)],
    proc="duplicado_carne_extranjeria", refugiado=True,
    fields={"nombres": "Nadège Pierre-Louis", "sexo": "F", "nacionalidad": "HT",
            "documento_identidad": "RD4471096", "carne_extranjeria": "000421587",
            "fecha_nacimiento": "1991-11-05", "telefono": "+51993004215",
            "correo": "nadegepierre.ht@gmail.com"})

# =============================================================================== 10
msg(slug="carne-solicitante-suspendido", mb=S, recv="2026-10-29 14:00:37",
    frm=("Jhonny R", "jhonnyrangel77@gmail.com"), subj="Carné de solicitante",
    text="""buenas tardes

quisiera saber cuando puedo sacar el carné de solicitante de refugio, ya hice mi registro completo.

Jhonny Alberto Rangel
pasaporte 142 378 995
cel 912845302
""",
    proc="carne_solicitante",
    fields={"nombres": "Jhonny Alberto Rangel", "documento_identidad": "142378995",
            "telefono": "+51912845302", "correo": "jhonnyrangel77@gmail.com"})

# =============================================================================== 11
msg(slug="consulta-quiere-pedir-refugio-portal", mb=M, recv="2026-10-31 21:10:03", rtz="utc",
    frm=("Edgar", "edgarlugo1990@gmail.com"), subj="Consulta",
    text="""buenas noches, mi nombre es Edgar Lugo, soy venezolano, llegue a Peru hace dos semanas con mi esposa y mis dos hijos. Queremos presentar una solicitud de refugio, como se hace? donde la presento?
gracias
""",
    proc="solicitud_refugio",
    fields={"nombres": "Edgar Lugo", "nacionalidad": "VE", "correo": "edgarlugo1990@gmail.com"})

# =============================================================================== 12
msg(slug="autorizacion-trabajo-esposa-escribe-portal", mb=S, recv="2026-11-03 09:30:12",
    frm=("Rosa Elena Díaz", "rosaelenadiaz@gmail.com"), subj="Autorización de trabajo",
    html=gmail(
        "<div>Buen día.</div><div><br></div>"
        "<div>Mi esposo, <b>Carlos Eduardo Linares</b>, es solicitante de refugio y necesita renovar su "
        "autorización de trabajo virtual. ¿Me pueden indicar cómo se hace?</div><div><br></div>"
        "<div>Su pasaporte es 107 665 234.<br>Mi número es 976 503 118 (él no tiene celular).</div>"
        "<div><br></div><div>Atte.,<br>Rosa Elena Díaz</div>"),
    proc="autorizacion_trabajo",
    fields={"nombres": "Carlos Eduardo Linares", "documento_identidad": "107665234",
            "telefono": "+51976503118", "correo": "rosaelenadiaz@gmail.com"})

# =============================================================================== 13
msg(slug="ayuda-entrevista-registro-portal", mb=S, recv="2026-11-05 17:45:50",
    frm=("yoselin ramos", "yoselinramos.27@gmail.com"), subj="ayuda",
    text="""Hola, ya estoy registrada en el sistema de refugio en línea hace 3 meses y todavía no me llega la cita para la entrevista de registro. ¿Qué debo hacer?

Mi nombre es Yoselin Patricia Ramos, cédula V-27.301.448, teléfono 929 887 140

Bendiciones
""",
    proc="entrevista_registro",
    fields={"nombres": "Yoselin Patricia Ramos", "documento_identidad": "V27301448",
            "telefono": "+51929887140", "correo": "yoselinramos.27@gmail.com"})

# =============================================================================== 14
msg(slug="consulta-estado-expediente-triage", mb=R, recv="2026-11-06 10:05:41",
    frm=("Ender Villalobos", "endervillalobos@hotmail.com"), subj="Consulta",
    text="""Buenos días,

Quisiera saber en qué estado está mi expediente. Hace más de un año que no tengo noticias y en la página no aparece nada nuevo.

Nombre: Ender José Villalobos
Pasaporte: 128449301
Tel.: +51 944 190 662

Saludos cordiales
""",
    proc=None,
    fields={"nombres": "Ender José Villalobos", "documento_identidad": "128449301",
            "telefono": "+51944190662", "correo": "endervillalobos@hotmail.com"})

# =============================================================================== 15
msg(slug="urgente-dos-tramites-html-triage", mb=S, recv="2026-11-09 16:50:22",
    frm=("Maryuri Chacón", "maryuri.ch@hotmail.com"), subj="Urgente",
    html=outlook(
        "<p>Buenas tardes,</p><p>necesito dos trámites: la actualización de datos de contacto "
        "y también el cambio de clave del sistema. Les paso mis datos:</p><br>"
        + table([("Nombre", "Maryuri Andreína Chacón"), ("Nacionalidad", "venezolana"),
                 ("Cédula", "V 19.446.120"), ("Celular nuevo", "963 555 201"),
                 ("Correo", "maryuri.chacon@gmail.com")])
        + "<br><p>Gracias</p>"),
    proc=None,
    fields={"nombres": "Maryuri Andreína Chacón", "nacionalidad": "VE",
            "documento_identidad": "V19446120", "telefono": "+51963555201",
            "correo": "maryuri.chacon@gmail.com"})

# =============================================================================== 16
msg(slug="respuesta-automatica-vacaciones", mb=S, recv="2026-11-10 08:00:15", ignorado=True,
    frm=("Pedro Sánchez", "psanchez.dev@gmail.com"),
    subj="Respuesta automática: Actualización de datos",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="Estoy de vacaciones hasta el 20 de noviembre con acceso limitado al correo. Responderé a su mensaje a mi regreso.\n",
    proc="actualizacion_datos", fields={})

# =============================================================================== 17
msg(slug="rebote-mailer-daemon", mb=R, recv="2026-11-12 11:11:40", ignorado=True, bounce=True,
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    subj="Delivery Status Notification (Failure)",
    proc=None, fields={})

# =============================================================================== 18
msg(slug="reenvio-interno-desde-buzon-institucional", mb=M, recv="2026-11-13 09:20:05", ignorado=True,
    frm=("Refugiados - CEPR", "refugiados@rree.gob.pe"), subj="RV: Actualización de datos",
    text="""Estimados colegas de Mesa de Partes:

Se reenvía para su registro. Saludos.

________________________________
De: Carmen Pulido <carmenpulido.g@gmail.com>
Enviado: jueves, 12 de noviembre de 2026 18:02
Para: Refugiados
Asunto: Actualización de datos

Buenas noches, actualizo mi teléfono: 987 001 934. Carmen Gisela Pulido, pasaporte 116 204 558, venezolana.
""",
    proc="actualizacion_datos", fields={})

# =============================================================================== 19
msg(slug="boletin-lista-ong", mb=R, recv="2026-11-14 07:00:00", ignorado=True,
    frm=("Red de Apoyo al Migrante", "boletin@redapoyomigrante.org"),
    subj="Boletín informativo - Noviembre 2026",
    headers={"List-Id": "Boletin RAM <boletin.redapoyomigrante.org>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@redapoyomigrante.org>"},
    html=gmail("<h2>Boletín RAM - Noviembre 2026</h2><p>Talleres gratuitos de empleabilidad, "
               "orientación legal los martes y jueves, y feria de salud en San Martín de Porres.</p>"
               "<p>Para darse de baja responda BAJA.</p>"),
    proc=None, fields={})

# =============================================================================== 20
_m20 = """RECURSO DE APELACIÓN

Señores
Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores

Josué Daniel Herrera Castillo, identificado con cédula de identidad V-23.654.781, con teléfono +58 414 3321907 (WhatsApp) y correo electrónico josueherrera.dh@gmail.com, ante ustedes respetuosamente expongo:

Que interpongo RECURSO DE APELACIÓN contra la Resolución N° 00877-2026-CEPR/SE, notificada el 2 de octubre de 2026, que confirmó la denegatoria de mi pedido.

FUNDAMENTOS: La resolución se basa en información desactualizada sobre la situación de mi estado de origen; no se tuvo en cuenta que mi nombre figura en las listas de la "Operación Tun Tun" por haber participado en protestas en 2024.

Lima, 15 de noviembre de 2026

Josué Daniel Herrera Castillo
(firma digital)
"""
msg(slug="apelacion-firmada-extemporanea", mb=M, recv="2026-11-16 10:20:33",
    frm=("Josue Herrera", "josueherrera.dh@gmail.com"),
    subj="Recurso de Apelación - Expediente 2024-118734",
    text="""Estimados señores:

Adjunto recurso de apelación firmado digitalmente. La resolución me fue notificada el 2 de octubre de 2026; disculpen la demora, estuve fuera de Lima sin internet.

Josué Herrera
""",
    att=[att_signed("apelacion_JDHerrera.pdf", _m20, "Josue Daniel Herrera Castillo",
                    "josueherrera.dh@gmail.com")],
    proc="apelacion", notif=dt.date(2026, 10, 2),
    fields={"nombres": "Josué Daniel Herrera Castillo", "documento_identidad": "V23654781",
            "telefono": "+584143321907", "correo": "josueherrera.dh@gmail.com",
            "motivo": "La resolución se basa en información desactualizada sobre la situación de mi estado de origen"})

# =============================================================================== 21
_m21 = ["Lima 17 de noviembre de 2026", "",
        "Señores CEPR", "Recurso de reconsideración", "",
        "Yo Franklin Javier Ortega Nava, C.I. V-17.290.335,",
        "pido reconsideración de la resolución que me",
        "notificaron el 04/11/2026, porque no valoraron",
        "la constancia de amenazas del colectivo de mi barrio.",
        "Teléfono 941 227 630", "", "Atentamente"]
msg(slug="rv-reconsideracion-foto-carta-manuscrita", mb=M, recv="2026-11-18 13:35:19",
    frm=("Franklin Ortega", "franklin.ortega2015@hotmail.com"), subj="RV: Recurso de reconsideracion",
    text="""Lo reenvío desde este correo porque el otro no me deja adjuntar la foto.

---------- Mensaje reenviado ---------
De: Franklin Ortega <f.ortega.mcbo@gmail.com>
Fecha: mar, 17 nov 2026 a las 21:14
Asunto: Recurso de reconsideracion
Para: <mesadepartes@rree.gob.pe>


Señores de la CEPR, presento recurso de reconsideración contra la resolución que me fue notificada con fecha 04/11/2026.

Nombre: Franklin Javier Ortega Nava
C.I.: V-17.290.335
Teléfono: 941-227-630
Motivo: no se valoró la constancia de amenazas del colectivo de mi barrio que adjunté en mi solicitud.

Adjunto foto de la carta firmada.
""",
    att=[att_jpg("IMG_20261117_210533.jpg", _m21, seed=21)],
    proc="reconsideracion", notif=dt.date(2026, 11, 4),
    fields={"nombres": "Franklin Javier Ortega Nava", "documento_identidad": "V17290335",
            "telefono": "+51941227630", "correo": "franklin.ortega2015@hotmail.com",
            "motivo": "no se valoró la constancia de amenazas del colectivo de mi barrio"})

# =============================================================================== 22
_m22 = """Señores
COMISIÓN ESPECIAL PARA LOS REFUGIADOS

RECURSO DE RECONSIDERACIÓN

Ángel David Belisario Castro, pasaporte N° 125003418, teléfono 958 640 221, correo angelbelisario.c@gmail.com, interpongo recurso de reconsideración contra la resolución que declaró improcedente mi pedido de protección.

Motivo: presento como prueba nueva la sentencia de un tribunal de Barquisimeto que me condena en ausencia por delitos políticos, documento que no existía cuando se resolvió mi caso.

Lima, 19 de noviembre de 2026

Ángel David Belisario Castro
"""
msg(slug="reconsideracion-hermano-presenta-buzon-refugiados", mb=R, recv="2026-11-20 16:20:48",
    frm=("Ramón Belisario", "ramonbelisario.c@gmail.com"),
    subj="Reconsideración - en representación de mi hermano",
    text="""Buenas tardes.

Soy Ramón Belisario Castro, hermano de Ángel David Belisario Castro, quien está hospitalizado y no puede escribir por ahora. Por encargo suyo remito su recurso de reconsideración, que él firmó digitalmente antes de internarse.

Datos del recurrente:
Ángel David Belisario Castro
Pasaporte 125 003 418
Teléfono de contacto: 958 640 221
Correo: angelbelisario.c@gmail.com

Mi teléfono, por si no logran ubicarlo: 961 774 302.

Atentamente,
Ramón Belisario Castro
""",
    att=[att_signed("reconsideracion_angel_belisario.pdf", _m22, "Angel David Belisario Castro",
                    "angelbelisario.c@gmail.com")],
    proc="reconsideracion",
    fields={"nombres": "Ángel David Belisario Castro", "documento_identidad": "125003418",
            "telefono": "+51958640221", "correo": "angelbelisario.c@gmail.com",
            "motivo": "presento como prueba nueva la sentencia de un tribunal de Barquisimeto"})

# =============================================================================== 23
_m23 = ["Lima, 21 de noviembre de 2026", "",
        "Señores Comisión Especial para los Refugiados", "",
        "Yo, Beatriz Helena Salcedo Muñoz, refugiada", "reconocida, C.C. 52.774.109, renuncio a mi",
        "condición de refugiada porque regreso a Colombia", "con mi familia.", "",
        "Firma:"]
msg(slug="renuncia-refugiada-sin-carne-foto-png", mb=M, recv="2026-11-23 11:00:06",
    frm=("Beatriz Salcedo", "bea.salcedo.m@gmail.com"), subj="Renuncia a la condición de refugiado",
    text="""Señores:

En mi calidad de refugiada reconocida presento mi renuncia a la condición de refugiada. El motivo es que voy a retornar definitivamente a Colombia con mi familia, la situación en mi pueblo ha mejorado.

Nombres y apellidos: Beatriz Helena Salcedo Muñoz
Nacionalidad: colombiana
C.C. 52.774.109
Teléfono: 984 312 067

Adjunto la carta firmada (foto).

Beatriz Salcedo
""",
    att=[att_jpg("carta_renuncia_firmada.png", _m23, seed=23, fmt="PNG")],
    proc="renuncia", refugiado=True,
    fields={"nombres": "Beatriz Helena Salcedo Muñoz", "nacionalidad": "CO",
            "documento_identidad": "52774109", "telefono": "+51984312067",
            "correo": "bea.salcedo.m@gmail.com",
            "motivo": "voy a retornar definitivamente a Colombia con mi familia"})

# =============================================================================== 24
msg(slug="actualizacion-datos-refugiado-html-dos-documentos", mb=S, recv="2026-11-25 09:40:00",
    frm=("Orlando Perdomo", "operdomo@outlook.com"), subj="Actualizacion de datos",
    html=outlook(
        "<p>Señores de la Secretaría Ejecutiva:</p><p>&nbsp;</p>"
        "<p>Soy refugiado reconocido y solicito la actualización de mis datos de contacto según el siguiente detalle:</p>"
        + table([("Nombres", "Orlando Rafael Perdomo Lugo"), ("Nacionalidad", "Venezolana"),
                 ("Cédula", "V-10.482.995"), ("Pasaporte", "098223415"),
                 ("Carné de Extranjería", "000 318 842"), ("Teléfono (nuevo)", "9 4410 2277"),
                 ("Correo (nuevo)", "orlando.perdomo.l@gmail.com"),
                 ("Dirección (nueva)", "Calle Las Begonias 330, Dpto. 402, San Isidro")],
                cell="padding:3px;border:1px solid #000;font-size:11pt")
        + "<p>&nbsp;</p><p>Atentamente,</p><p>Orlando Perdomo</p>"),
    proc="actualizacion_datos", refugiado=True,
    fields={"nombres": "Orlando Rafael Perdomo Lugo", "nacionalidad": "VE",
            "documento_identidad": "V10482995", "carne_extranjeria": "000318842",
            "telefono": "+51944102277", "correo": "orlando.perdomo.l@gmail.com"})

# =============================================================================== 25
msg(slug="re-cambio-clave-sin-telefono", mb=S, recv="2026-11-27 19:30:27",
    frm=("Yenny Colmenares", "yenny.colmenares@gmail.com"), subj="RE: Cambio de clave",
    text="""Buenas noches, les vuelvo a escribir, todavía no he recibido respuesta. Necesito el cambio de clave y contraseña del sistema.

Yenny Carolina Colmenares Ruiz
pasaporte 131 228 905

El mar, 17 nov 2026 a las 10:12, Yenny Colmenares (<yenny.colmenares@gmail.com>) escribió:
> Buenos días, necesito cambio de clave por favor.
> Gracias
""",
    proc="cambio_clave",
    fields={"nombres": "Yenny Carolina Colmenares Ruiz", "documento_identidad": "131228905",
            "correo": "yenny.colmenares@gmail.com"})

# =============================================================================== 26
msg(slug="prorroga-html-sin-sexo-ni-nacimiento", mb=R, recv="2026-12-01 10:10:10",
    frm=("Iván Chirinos", "ivanchirinos@gmail.com"), subj="Prorroga de Residencia 2027",
    html=gmail(
        "<div>Buenos días, envío mis datos para la prórroga anual de residencia:</div><br>"
        + table([("Nombre", "Iván Enrique Chirinos Boscán"), ("Nacionalidad", "VEN"),
                 ("Pasaporte", "120045837"), ("CE", "000276530"), ("Teléfono", "+51 912 004 558")])
        + "<br><div>Saludos,</div><div>Iván</div>"),
    text="""Buenos días, envío mis datos para la prórroga anual de residencia:

Nombre: Iván Enrique Chirinos Boscán
Nacionalidad: VEN
Pasaporte: 120045837
CE: 000276530
Teléfono: +51 912 004 558

Saludos,
Iván
""",
    proc="prorroga_residencia", refugiado=True,
    fields={"nombres": "Iván Enrique Chirinos Boscán", "nacionalidad": "VE",
            "documento_identidad": "120045837", "carne_extranjeria": "000276530",
            "telefono": "+51912004558", "correo": "ivanchirinos@gmail.com"})

# =============================================================================== 27
_m27 = """FORMULARIO DE SOLICITUD DE AUTORIZACIÓN DE VIAJE
(Refugiado reconocido - casos de urgencia)

Nombres y apellidos: Glenda Josefina Useche Parra
N° Carné de Extranjería: 000455912
Teléfono de contacto: 933 218 704
Lugar al cual viajará: Bogotá, Colombia
Fecha de salida: 18/12/26
Fecha de retorno: 08/01/27
Motivo del viaje: matrimonio de mi hermana menor, única familia que me queda, y trámite de su poder notarial.

Declaro que la información consignada es verdadera.

Lima, 1 de diciembre de 2026

Firma:
"""
msg(slug="viaje-formulario-pdf-texto-con-firma-escaneada", mb=R, recv="2026-12-02 12:00:30",
    frm=("Glenda Useche", "glenda.useche@yahoo.com"), subj="Autorizacion de viaje",
    text="Buenos días, adjunto el formulario de solicitud debidamente firmado. Quedo atenta.\n\nGlenda\n",
    att=[att_textpdf("formulario_autorizacion_viaje.pdf", _m27, sig_image=True, seed=27)],
    proc="autorizacion_viaje", refugiado=True,
    fields={"nombres": "Glenda Josefina Useche Parra", "carne_extranjeria": "000455912",
            "telefono": "+51933218704", "destino": "Bogotá, Colombia",
            "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-08",
            "motivo": "matrimonio de mi hermana menor", "correo": "glenda.useche@yahoo.com"})

# =============================================================================== 28
_m28 = """Lima, 4 de diciembre de 2026

Señores
Comisión Especial para los Refugiados

Héctor Luis Montilla García, refugiado reconocido, carné de extranjería N° 000502288, solicito autorización de viaje urgente a Caracas, con salida el 10 de diciembre de 2026, por el fallecimiento de mi madre. La fecha de retorno la comunicaré apenas la tenga.

Teléfono: 955 870 443

Héctor Luis Montilla García
"""
msg(slug="permiso-viaje-firmado-sin-fecha-retorno", mb=R, recv="2026-12-04 15:30:00",
    frm=("Héctor Montilla", "hector.montilla.g@gmail.com"), subj="Permiso de viaje urgente",
    text="""Buenas tardes, adjunto mi solicitud firmada digitalmente. Mi mamá falleció esta mañana en Caracas y necesito viajar el 10 de diciembre. Todavía no sé cuándo regreso.

Héctor Montilla
955 870 443
""",
    att=[att_signed("solicitud_viaje_HMontilla.pdf", _m28, "Hector Luis Montilla Garcia",
                    "hector.montilla.g@gmail.com")],
    proc="autorizacion_viaje", refugiado=True,
    fields={"nombres": "Héctor Luis Montilla García", "carne_extranjeria": "000502288",
            "destino": "Caracas", "fecha_salida": "2026-12-10",
            "motivo": "fallecimiento de mi madre", "telefono": "+51955870443",
            "correo": "hector.montilla.g@gmail.com"})

# =============================================================================== 29
msg(slug="fwd-prorroga-hija-por-su-padre-html", mb=R, recv="2026-12-05 11:45:19",
    frm=("Andrea Villegas", "andreavillegas.m@gmail.com"), subj="Fwd: Prórroga de residencia - mi papá",
    html=gmail(
        "<div>Buenos días, les reenvío el correo de abajo, lo mandé por error a una dirección equivocada.</div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        "De: <strong>Andrea Villegas</strong> <span>&lt;andreavillegas.m@gmail.com&gt;</span><br>"
        "Date: vie, 4 dic 2026 a las 20:02<br>Subject: Prórroga de residencia - mi papá<br>"
        "To: &lt;refugiado@rree.gob.pe&gt;<br></div><br><br>"
        "<div>Buenas noches, les envío los datos de mi papá para la prórroga de residencia anual. "
        "Él es refugiado reconocido y no usa correo ni celular, cualquier cosa me pueden llamar a mí.</div><br>"
        + table([("Nombres", "Rafael Antonio Villegas Medina"), ("Sexo", "Masculino"),
                 ("Nacionalidad", "Venezolano"), ("Cédula", "V-6.234.118"),
                 ("Carné de Extranjería", "000190433"),
                 ("Fecha de nacimiento", "15 de agosto de 1958"),
                 ("Teléfono de contacto (su hija Andrea)", "997 302 516")])
        + "<br><div>Muchas gracias,<br>Andrea Villegas</div></div>"),
    proc="prorroga_residencia", refugiado=True,
    fields={"nombres": "Rafael Antonio Villegas Medina", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V6234118", "carne_extranjeria": "000190433",
            "fecha_nacimiento": "1958-08-15", "telefono": "+51997302516",
            "correo": "andreavillegas.m@gmail.com"})

# =============================================================================== 30
msg(slug="renovacion-residencia-feriado-html-solo", mb=R, recv="2026-12-08 10:00:45",
    frm=("Jhon Restrepo", "jhonjairo.restrepo@outlook.com"), subj="Renovación de residencia",
    html=outlook(
        "<p>Cordial saludo,</p><p>Por medio del presente solicito la renovaci&oacute;n anual de mi "
        "residencia como refugiado. Mis datos:</p>"
        + table([("Nombres completos", "Jhon Jairo Restrepo Arango"), ("Sexo", "M"),
                 ("Nacionalidad", "Colombia"), ("C&eacute;dula de ciudadan&iacute;a", "1.017.225.884"),
                 ("C.E.", "000344120"), ("F. Nac.", "1990-03-15"),
                 ("Celular/WhatsApp", "+51&nbsp;950&nbsp;661&nbsp;203")])
        + "<p>Agradezco su atención.</p><p>Jhon Jairo Restrepo A.</p>"),
    proc="prorroga_residencia", refugiado=True,
    fields={"nombres": "Jhon Jairo Restrepo Arango", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "1017225884", "carne_extranjeria": "000344120",
            "fecha_nacimiento": "1990-03-15", "telefono": "+51950661203",
            "correo": "jhonjairo.restrepo@outlook.com"})

# =============================================================================== 31
msg(slug="solicitud-duplicado-ce-denuncia-foto", mb=R, recv="2026-12-10 17:05:33",
    frm=("Dayron Fonseca", "dayron.fonseca88@gmail.com"), subj="Solicitud",
    text="""Buenas tardes:

Me llamo Dayron Alejandro Fonseca Rivero, de nacionalidad cubana, y solicito el duplicado de mi carné de extranjería. Mis datos: sexo masculino, carnet de identidad 88041512367, carné de extranjería N° 000367901, fecha de nacimiento 15-04-1988, celular 940 117 352.

Adjunto foto de la denuncia.

Saludos
Dayron
""",
    att=[att_jpg("denuncia_pnp.jpg", ["POLICÍA NACIONAL DEL PERÚ", "COMISARÍA LA VICTORIA", "",
                                      "DENUNCIA N° 7781-2026", "Denunciante: Dayron Alejandro Fonseca Rivero",
                                      "Pérdida de carné de extranjería N° 000367901"], seed=30)],
    proc="duplicado_carne_extranjeria", refugiado=True,
    fields={"nombres": "Dayron Alejandro Fonseca Rivero", "sexo": "M", "nacionalidad": "CU",
            "documento_identidad": "88041512367", "carne_extranjeria": "000367901",
            "fecha_nacimiento": "1988-04-15", "telefono": "+51940117352",
            "correo": "dayron.fonseca88@gmail.com"})

# =============================================================================== 32
msg(slug="duplicado-carnet-cuerpo-elige-carne-solicitante", mb=S, recv="2026-12-07 09:05:12",
    frm=("Wendy Aponte", "wendyaponte.c@gmail.com"), subj="Duplicado de carnet",
    text="""Buenos días, necesito el duplicado de mi carné de solicitante de refugio.

Wendy Carolina Aponte
cédula 24.118.902
tlf 916 443 281
""",
    proc="carne_solicitante",
    fields={"nombres": "Wendy Carolina Aponte", "documento_identidad": "24118902",
            "telefono": "+51916443281", "correo": "wendyaponte.c@gmail.com"})

# =============================================================================== 33
msg(slug="duplicado-carnet-ambiguo-triage", mb=R, recv="2026-12-12 08:30:59",
    frm=("Luis Bermudez", "luisangelbermudez@gmail.com"), subj="duplicado de carnet",
    text="""hola buenas, necesito sacar un duplicado de mi carnet, que tengo que hacer? gracias.
Me llamo Luis Ángel Bermúdez, tel 902 118 774
""",
    proc=None,
    fields={"nombres": "Luis Ángel Bermúdez", "telefono": "+51902118774",
            "correo": "luisangelbermudez@gmail.com"})

# =============================================================================== 34
_m34 = """Señores
Comisión Especial para los Refugiados

RECURSO DE APELACIÓN

Jesús Alberto Zambrano Mora, pasaporte N° 138906442, teléfono +51 981 440 336, correo jesus.zambrano.mora@gmail.com, interpongo recurso de apelación contra la resolución notificada el 27/11/2026.

Motivo: la resolución apelada aplica indebidamente la cláusula de exclusión, pues nunca integré ningún cuerpo de seguridad del Estado; solo trabajé como chofer civil de una alcaldía.

Lima, 12 de diciembre de 2026

Jesús Alberto Zambrano Mora
"""
msg(slug="apelacion-esposa-presenta-html-pdf-firmado", mb=M, recv="2026-12-14 11:25:40",
    frm=("Milagros Rojas", "milagrosrojas.v@hotmail.com"), subj="Recurso de Apelación",
    html=outlook(
        "<p>Buenos días:</p><p>Me dirijo a ustedes en nombre de mi esposo para presentar su recurso de "
        "apelación, que él firmó digitalmente (adjunto PDF). La resolución fue notificada el 27/11/2026.</p><p>&nbsp;</p>"
        + table([("Recurrente", "Jesús Alberto Zambrano Mora"), ("Documento", "Pasaporte N° 138906442"),
                 ("Teléfono", "+51 981 440 336"), ("Correo", "jesus.zambrano.mora@gmail.com"),
                 ("Motivo", "aplicación indebida de la cláusula de exclusión: nunca integró un cuerpo de seguridad")])
        + "<p>&nbsp;</p><p>Yo soy Milagros Rojas Vielma, C.I. V-21.556.090, su esposa.</p>"
        "<p>Atentamente,<br>Milagros Rojas</p>"),
    att=[att_signed("Apelacion_JAZambrano_firmado.pdf", _m34, "Jesus Alberto Zambrano Mora",
                    "jesus.zambrano.mora@gmail.com")],
    proc="apelacion", notif=dt.date(2026, 11, 27),
    fields={"nombres": "Jesús Alberto Zambrano Mora", "documento_identidad": "138906442",
            "telefono": "+51981440336", "correo": "jesus.zambrano.mora@gmail.com",
            "motivo": "aplicación indebida de la cláusula de exclusión"})

# =============================================================================== 35
_m35 = ["Lima 20 de diciembre 2026", "",
        "Señores de la CEPR", "", "yo yaimara leyva castaneda carnet de identidad",
        "92061845210 presento recurso de reconsideracion", "porque la entrevista se hizo sin interprete",
        "y no entendi varias preguntas.", "tel +51 933 221 088", "", "firma"]
msg(slug="reconsideracion-domingo-noche-sin-tildes-png", mb=M, recv="2026-12-20 22:10:03", rtz="utc",
    frm=("yaimara", "yaimara.lc@nauta.cu"), subj="recurso de reconsideración",
    text="""buenas noches

yo yaimara leyva castaneda con carnet de identidad 92061845210 presento recurso de reconsideracion contra la resolucion que me denego el refugio. el motivo es que la entrevista se hizo sin interprete y no entendi varias preguntas, por eso mis respuestas salieron confusas

mi telefono es +51 933 221 088 y mi correo yaimaraleyva92@gmail.com (este de nauta casi no lo uso)

adjunto la carta firmada

gracias
""",
    att=[att_jpg("carta.png", _m35, seed=35, fmt="PNG")],
    proc="reconsideracion",
    fields={"nombres": "yaimara leyva castaneda", "documento_identidad": "92061845210",
            "telefono": "+51933221088", "correo": "yaimaraleyva92@gmail.com",
            "motivo": "la entrevista se hizo sin interprete y no entendi varias preguntas"})

# =============================================================================== 36
msg(slug="actualizacion-datos-en-mesa-de-partes-derivado", mb=M, recv="2026-12-22 16:29:40",
    frm=("Mafer Quishpe", "mfquishpe@hotmail.com"), subj="ACTUALIZACIÓN DE DATOS",
    text="""Buenas tardes

Por favor actualizar mis datos de contacto:

Nombres: María Fernanda Quishpe Tapia
Nacionalidad: ecuatoriana
Cédula: 1719283746
Nuevo celular: 987 001 245
Nuevo correo: mafer.quishpe@gmail.com

Gracias
""",
    proc="actualizacion_datos",
    fields={"nombres": "María Fernanda Quishpe Tapia", "nacionalidad": "EC",
            "documento_identidad": "1719283746", "telefono": "+51987001245",
            "correo": "mafer.quishpe@gmail.com"})

# =============================================================================== 37
msg(slug="cambio-contrasena-en-refugiados-derivado", mb=R, recv="2026-12-31 08:15:27",
    frm=("kelvin", "kelvinarrieta.s@gmail.com"), subj="cambio de contraseña",
    text="""Buenos dias necesito el cambio de contraseña del sistema de refugiados

Nombre: Kelvin Jose Arrieta Soto
Pasaporte: 149 557 021
Telefono: 926-334-871
correo: kelvin.arrieta@gmail.com
""",
    proc="cambio_clave",
    fields={"nombres": "Kelvin Jose Arrieta Soto", "documento_identidad": "149557021",
            "telefono": "+51926334871", "correo": "kelvin.arrieta@gmail.com"})

# =============================================================================== 38
_m38 = """SOLICITUD DE AUTORIZACIÓN DE VIAJE

Señores Comisión Especial para los Refugiados:

Carolina Bastidas Peña, refugiada reconocida, carné de extranjería 000471006, solicito autorización de viaje de urgencia a Quito, Ecuador, del 23/01/27 al 10/02/27.

Motivo: mi hijo de 6 años será operado del corazón en el Hospital Baca Ortiz y debo acompañarlo.

Teléfono / WhatsApp: +51 948 220 117

Lima, 27 de diciembre de 2026
Carolina Bastidas Peña
"""
msg(slug="permiso-viaje-firmado-anios-dos-digitos", mb=R, recv="2026-12-28 10:30:02",
    frm=("Carolina Bastidas", "carobastidas@gmail.com"), subj="Permiso de viaje",
    text="""Buen día, envío mi solicitud firmada digitalmente para viajar a Quito, Ecuador del 23/01/27 al 10/02/27.

Motivo: operación de corazón de mi hijo de 6 años en el Hospital Baca Ortiz.
Nombres: Carolina Bastidas Peña
CE 000471006
WhatsApp +51 948 220 117

Gracias
""",
    att=[att_signed("autorizacion_viaje_CBastidas.pdf", _m38, "Carolina Bastidas Pena",
                    "carobastidas@gmail.com")],
    proc="autorizacion_viaje", refugiado=True,
    fields={"nombres": "Carolina Bastidas Peña", "carne_extranjeria": "000471006",
            "destino": "Quito, Ecuador", "fecha_salida": "2027-01-23", "fecha_retorno": "2027-02-10",
            "motivo": "operación de corazón de mi hijo de 6 años", "telefono": "+51948220117",
            "correo": "carobastidas@gmail.com"})

# =============================================================================== 39
_m39 = """Lima, 3 de enero de 2027

Señores
Comisión Especial para los Refugiados

RENUNCIA VOLUNTARIA

Yo, Jean-Baptiste Olivier, de nacionalidad haitiana, con pasaporte N° PP2290457, solicitante de refugio, renuncio de manera libre y voluntaria a mi trámite ante la Comisión.

Motivo: me traslado a Santiago de Chile, donde mi esposa obtuvo residencia y trabajo.

Teléfono: +51 902 554 613

Jean-Baptiste Olivier
"""
msg(slug="renuncia-solicitante-firmada-completa", mb=M, recv="2027-01-04 09:00:17",
    frm=("Jean-Baptiste Olivier", "jbolivier.ht@gmail.com"), subj="Renuncia voluntaria",
    text="""Bonjour,

Adjunto mi renuncia firmada digitalmente.

Jean-Baptiste Olivier
Pasaporte PP2290457
+51 902 554 613
""",
    att=[att_signed("Renuncia_JBOlivier.pdf", _m39, "Jean-Baptiste Olivier", "jbolivier.ht@gmail.com")],
    proc="renuncia",
    fields={"nombres": "Jean-Baptiste Olivier", "nacionalidad": "HT",
            "documento_identidad": "PP2290457", "telefono": "+51902554613",
            "correo": "jbolivier.ht@gmail.com",
            "motivo": "me traslado a Santiago de Chile, donde mi esposa obtuvo residencia y trabajo"})

# =============================================================================== 40
_m40 = """RECURSO DE APELACIÓN

Yo, Nelson Enrique Guédez, interpongo recurso de apelación contra la resolución que confirmó la denegatoria.

Motivo: en la resolución se confundió mi caso con el de otra persona; mencionan hechos en Valencia cuando yo vivía en Barinas.

Nelson Enrique Guédez
"""
msg(slug="apelacion-firmada-sin-documento-ni-telefono", mb=M, recv="2027-01-06 17:40:29",
    frm=("Nelson Guedez", "nelsonguedez71@gmail.com"), subj="apelacion",
    text="Adjunto mi apelación firmada. Mi nombre es Nelson Enrique Guédez.\n\nMotivo: en la resolución se confundió mi caso con el de otra persona.\n",
    att=[att_signed("apelacion.pdf", _m40, "Nelson Enrique Guedez", "nelsonguedez71@gmail.com")],
    proc="apelacion",
    fields={"nombres": "Nelson Enrique Guédez", "correo": "nelsonguedez71@gmail.com",
            "motivo": "en la resolución se confundió mi caso con el de otra persona"})

# =============================================================================== 41
msg(slug="reconsideracion-sin-adjunto-extemporanea", mb=M, recv="2027-01-08 11:00:50",
    frm=("Marlene Sifontes", "marlenesifontes@yahoo.com"), subj="Reconsideracion",
    text="""Señores CEPR

Yo, Marlene Sifontes Aguilera, pasaporte 109-887-345, interpongo recurso de reconsideración contra la resolución que me fue notificada con fecha 20/11/2026.

Motivo: mi hija menor de edad sigue en Venezuela y ha recibido amenazas; adjuntaré las pruebas.

Teléfono: 917 620 448
Correo: marlenesifontes@yahoo.com

Marlene Sifontes
""",
    proc="reconsideracion", notif=dt.date(2026, 11, 20),
    fields={"nombres": "Marlene Sifontes Aguilera", "documento_identidad": "109887345",
            "telefono": "+51917620448", "correo": "marlenesifontes@yahoo.com",
            "motivo": "mi hija menor de edad sigue en Venezuela y ha recibido amenazas"})

# =============================================================================== 42
msg(slug="fuera-de-la-oficina-x-autoreply", mb=S, recv="2027-01-11 07:30:09", ignorado=True,
    frm=("Roxana Méndez", "roxana.mendez@consultora-andina.pe"),
    subj="Fuera de la oficina: RE: Cambio de clave y contraseña",
    headers={"X-Autoreply": "yes"},
    text="Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 18 de enero.\n",
    proc="cambio_clave", fields={})

# =============================================================================== 43
msg(slug="consulta-carne-solicitante-madre-e-hija", mb=S, recv="2027-01-12 10:00:02",
    frm=("Genesis Moreno", "genesismoreno.p@gmail.com"), subj="consulta",
    text="""Buenos días, quería saber si ya se puede tramitar el carné de solicitante de refugio, para mí y para mi hija.

Génesis Moreno Pirela
Pasaporte 151 006 337
""",
    proc="carne_solicitante",
    fields={"nombres": "Génesis Moreno Pirela", "documento_identidad": "151006337",
            "correo": "genesismoreno.p@gmail.com"})

# =============================================================================== 44
msg(slug="tr-actualizacion-hijo-por-madre-refugiada-html", mb=S, recv="2027-01-15 12:00:41",
    frm=("Luis Miguel Bermúdez", "lmbermudez@outlook.com"), subj="TR: Actualización de datos de mi madre",
    html=outlook(
        "<p>Buenas tardes,</p><p>Reenvío los datos de mi madre, que es refugiada reconocida, para la "
        "actualización de sus datos de contacto.</p><p>&nbsp;</p>"
        + table([("Nombres y apellidos", "Ana Lucía Bermúdez de Rivas"), ("Nacionalidad", "venezolana"),
                 ("Cédula", "V-5.118.337"), ("Carné de extranjería", "000215678"),
                 ("Teléfono", "935 447 120")])
        + "<p>&nbsp;</p><p>Soy su hijo, Luis Miguel Bermúdez, C.I. V-18.902.466.</p>"
        "<p>Saludos,<br>Luis Miguel</p>"),
    proc="actualizacion_datos", refugiado=True,
    fields={"nombres": "Ana Lucía Bermúdez de Rivas", "nacionalidad": "VE",
            "documento_identidad": "V5118337", "carne_extranjeria": "000215678",
            "telefono": "+51935447120", "correo": "lmbermudez@outlook.com"})

# =============================================================================== 45
_m45 = """Lima, 18 de enero de 2027

Señores
Comisión Especial para los Refugiados
Presente

Yo, Yusmary Carolina Palencia, refugiada reconocida con carné de extranjería N° 000433871, solicito autorización de viaje por urgencia.

Fecha de salida: 05/02/2027
Fecha de retorno: 20/02/2027
Motivo: mi madre será operada de un tumor y no tiene quién la cuide.

Teléfono de contacto: 999 612 047

Atentamente,
Yusmary Carolina Palencia
"""
msg(slug="autorizacion-viaje-carta-sin-firma-sin-destino", mb=R, recv="2027-01-18 16:40:11",
    frm=("Yusmary Palencia", "yusmarypalencia@gmail.com"), subj="Autorización de Viaje",
    text="Buenas tardes, adjunto mi solicitud de autorización de viaje.\n\nYusmary Palencia\n",
    att=[att_textpdf("Solicitud viaje Yusmary.pdf", _m45)],
    proc="autorizacion_viaje", refugiado=True,
    fields={"nombres": "Yusmary Carolina Palencia", "carne_extranjeria": "000433871",
            "fecha_salida": "2027-02-05", "fecha_retorno": "2027-02-20",
            "motivo": "mi madre será operada de un tumor", "telefono": "+51999612047",
            "correo": "yusmarypalencia@gmail.com"})

# =============================================================================== 46
_m46 = """Señores
Comisión Especial para los Refugiados

Asunto: Recurso de apelación

Yo, Daniela Alejandra Sequera Rondón, con pasaporte N° 144.712.096, teléfono 973 118 260 y correo daniela.sequera.r@gmail.com, interpongo recurso de apelación contra la resolución que confirmó la denegatoria, notificada el 5 de enero de 2027.

Motivo: la Comisión consideró que existía una alternativa de huida interna, pero el grupo armado que me amenaza opera en todo el estado Zulia y en la frontera.

Lima, 19 de enero de 2027

Daniela Alejandra Sequera Rondón
"""
msg(slug="ayuda-apelacion-firmada-completa", mb=M, recv="2027-01-20 14:15:36",
    frm=("Daniela Sequera", "daniela.sequera.r@gmail.com"), subj="Ayuda por favor",
    text="""Buenas tardes, envío mi recurso de apelación contra la resolución que confirmó la denegatoria. Lo adjunto firmado digitalmente. Por favor confirmen que lo recibieron.

Daniela Alejandra Sequera Rondón
Pasaporte 144.712.096
Cel. 973 118 260
""",
    att=[att_signed("Apelacion_DSequera.pdf", _m46, "Daniela Alejandra Sequera Rondon",
                    "daniela.sequera.r@gmail.com")],
    proc="apelacion", notif=dt.date(2027, 1, 5),
    fields={"nombres": "Daniela Alejandra Sequera Rondón", "documento_identidad": "144712096",
            "telefono": "+51973118260", "correo": "daniela.sequera.r@gmail.com",
            "motivo": "la Comisión consideró que existía una alternativa de huida interna"})

# =============================================================================== 47
_m47 = ["FORMULARIO - PRÓRROGA DE RESIDENCIA", "",
        "Nombres: Pedro Pablo Arismendi Rojas", "Sexo: Masculino", "Nacionalidad: Venezolana",
        "Pasaporte: 133 540 279", "Carné de Extranjería: 000298765",
        "Fecha de nacimiento: 29/06/1975", "Teléfono: 945 660 112"]
msg(slug="prorroga-formulario-escaneado-sin-texto", mb=R, recv="2027-01-22 10:00:00",
    frm=("Pedro Arismendi", "pp.arismendi@hotmail.com"), subj="Prórroga de residencia",
    text="""Buen día, adjunto el formulario escaneado con mis datos para la prórroga.

Nombre: Pedro Pablo Arismendi Rojas
CE 000298765
cel 945 660 112
""",
    att=[att_imgpdf("formulario_prorroga_escaneado.pdf", _m47, seed=47)],
    proc="prorroga_residencia", refugiado=True,
    fields={"nombres": "Pedro Pablo Arismendi Rojas", "carne_extranjeria": "000298765",
            "telefono": "+51945660112", "correo": "pp.arismendi@hotmail.com"})

# =============================================================================== 48
_m48 = """Señores
COMISIÓN ESPECIAL PARA LOS REFUGIADOS
Presente.-

Referencia: Expediente N° 2025-004512

Yo, Rosmary Josefina Ledezma Díaz, identificada con cédula de identidad N° V-26.337.014, interpongo RECURSO DE RECONSIDERACIÓN contra la resolución notificada el 12 de enero de 2027.

FUNDAMENTO: adjunto nueva prueba, la constancia de la ONG Provea sobre la detención arbitraria de mi hermano en represalia por mi activismo, emitida el 8 de enero de 2027.

Teléfono: 986 330 172
Correo electrónico: rosmary.ledezma@gmail.com

Lima, 23 de enero de 2027

Firma:
"""
msg(slug="reconsideracion-asunto-codificado-html-pdf-firma-imagen", mb=M, recv="2027-01-25 09:45:14",
    frm=("Rosmary Ledezma", "rosmary.ledezma@gmail.com"),
    subj="Recurso de Reconsideración – Exp. N° 2025-004512",
    html=gmail(
        "<div>Buenos días,</div><div>adjunto mi recurso de reconsideración con firma escaneada. Resumen:</div><br>"
        + table([("Nombre", "Rosmary Josefina Ledezma Díaz"), ("C.I.", "V-26.337.014"),
                 ("Teléfono", "986 330 172"), ("Notificación", "12 de enero de 2027"),
                 ("Motivo", "nueva prueba: constancia de Provea sobre la detención de mi hermano")])
        + "<br><div>Rosmary</div>"),
    text="""Buenos días,
adjunto mi recurso de reconsideración con firma escaneada. Resumen:

Nombre: Rosmary Josefina Ledezma Díaz
C.I.: V-26.337.014
Teléfono: 986 330 172
Notificación: 12 de enero de 2027
Motivo: nueva prueba: constancia de Provea sobre la detención de mi hermano

Rosmary
""",
    att=[att_textpdf("Reconsideracion_RLedezma.pdf", _m48, sig_image=True, seed=48)],
    proc="reconsideracion", notif=dt.date(2027, 1, 12),
    fields={"nombres": "Rosmary Josefina Ledezma Díaz", "documento_identidad": "V26337014",
            "telefono": "+51986330172", "correo": "rosmary.ledezma@gmail.com",
            "motivo": "nueva prueba: constancia de Provea sobre la detención de mi hermano"})

# =============================================================================== 49
_m49 = ["Lima, 26 de enero de 2027", "",
        "Señores Comisión Especial para los Refugiados", "",
        "Yo, Segundo Efraín Chicaiza Toapanta, ecuatoriano,",
        "cédula 1702345671, refugiado reconocido con carné",
        "de extranjería 000156782, renuncio a mi condición",
        "de refugiado porque regreso al Ecuador a vivir", "con mis hermanos.", "",
        "Firma:"]
msg(slug="urgente-renuncia-hija-por-padre-escaneada", mb=M, recv="2027-01-27 20:00:00", rtz="utc",
    frm=("Jessica Chicaiza", "jessica.chicaiza@gmail.com"), subj="Urgente",
    text="""Buenas noches señores,

Escribo por mi padre, Segundo Efraín Chicaiza Toapanta, que es adulto mayor y no usa computadora. Él presenta su renuncia a la condición de refugiado porque regresa al Ecuador a vivir con sus hermanos.

Sus datos:
Nacionalidad: ecuatoriano
Cédula: 1702345671
Carné de extranjería: 000156782
Teléfono (el mío, su hija Jessica): 915 220 409

Adjunto la carta que él firmó, escaneada.

Jessica Chicaiza
""",
    att=[att_imgpdf("renuncia_firmada_scan.pdf", _m49, seed=49)],
    proc="renuncia", refugiado=True,
    fields={"nombres": "Segundo Efraín Chicaiza Toapanta", "nacionalidad": "EC",
            "documento_identidad": "1702345671", "carne_extranjeria": "000156782",
            "telefono": "+51915220409", "correo": "jessica.chicaiza@gmail.com",
            "motivo": "regresa al Ecuador a vivir con sus hermanos"})

# =============================================================================== 50
msg(slug="ayuda-humanitaria-sin-tramite-triage", mb=M, recv="2027-01-30 13:00:21",
    frm=("Nohemí Parra", "nohemiparra1985@gmail.com"), subj="AYUDA",
    text="""Buenas tardes, soy solicitante de refugio. Quisiera saber si la Comisión da algún tipo de ayuda económica o de alimentos, o a qué institución puedo acudir.

Nohemí del Valle Parra
Cel. 9 7788 1204
""",
    proc=None,
    fields={"nombres": "Nohemí del Valle Parra", "telefono": "+51977881204",
            "correo": "nohemiparra1985@gmail.com"})

# =============================================================================== 51
msg(slug="solicitud-prorroga-cuerpo-ecuador-falta-documento", mb=R, recv="2026-10-09 09:12:44",
    frm=("Wilson Cando", "wilsoncando77@hotmail.com"), subj="Solicitud",
    text="""Señores refugiados buenos días, por medio de la presente solicito la prórroga de residencia de este año.

WILSON GEOVANNY CANDO MOREIRA, masculino, ecuatoriano, carné de extranjería 000 402 218, nacido el 02-09-1977, teléfono (01) 531-7706.

Atte. Wilson
""",
    proc="prorroga_residencia", refugiado=True,
    fields={"nombres": "WILSON GEOVANNY CANDO MOREIRA", "sexo": "M", "nacionalidad": "EC",
            "carne_extranjeria": "000402218", "fecha_nacimiento": "1977-09-02",
            "telefono": "+5115317706", "correo": "wilsoncando77@hotmail.com"})

# =============================================================================== 52
_m52 = """Señores
Comisión Especial para los Refugiados

RECURSO DE RECONSIDERACIÓN

Yo, Kleiber Antonio Mujica Salazar, de nacionalidad venezolana, con cédula de identidad V-22.904.518, teléfono 947 305 821 y correo kleibermujica@gmail.com, interpongo recurso de reconsideración contra la resolución que me fue notificada con fecha 02/12/2026.

Motivo: presento como nueva prueba la orden de captura emitida en mi contra en Venezuela por mi participación como testigo electoral, que obtuve recién el 20 de diciembre.

Lima, 29 de diciembre de 2026

Kleiber Antonio Mujica Salazar
"""
msg(slug="reconsideracion-ultimo-dia-despues-del-cierre", mb=M, recv="2026-12-29 16:50:12",
    frm=("Kleiber Mujica", "kleibermujica@gmail.com"), subj="Recurso de reconsideración",
    html=gmail(
        "<div>Buenas tardes, hoy vence mi plazo. Adjunto el recurso firmado digitalmente.</div><br>"
        + table([("Nombres y apellidos", "Kleiber Antonio Mujica Salazar"), ("Nacionalidad", "venezolana"),
                 ("Cédula", "V-22.904.518"), ("Teléfono", "947 305 821"),
                 ("Correo", "kleibermujica@gmail.com"), ("Notificado", "02/12/2026")])
        + "<br><div>Kleiber Mujica</div>"),
    att=[att_signed("reconsideracion_KMujica.pdf", _m52, "Kleiber Antonio Mujica Salazar",
                    "kleibermujica@gmail.com")],
    proc="reconsideracion", notif=dt.date(2026, 12, 2),
    fields={"nombres": "Kleiber Antonio Mujica Salazar", "nacionalidad": "VE",
            "documento_identidad": "V22904518", "telefono": "+51947305821",
            "correo": "kleibermujica@gmail.com",
            "motivo": "presento como nueva prueba la orden de captura emitida en mi contra"})
