"""Build round39: an ordinary busy fortnight (30 Nov - 13 Dec 2026) at CEPR's mailboxes.

Writes NNN-slug.eml files and labels.jsonl.  Labels are hand-written for fields;
missing / outcome / flags / dates are derived from INTAKE.md rules below and the
signature statuses are checked with pyHanko.
"""
import datetime as dt, json, os, sys, glob, email, email.utils, email.policy, logging
from email.message import EmailMessage
from zoneinfo import ZoneInfo
import holidays, phonenumbers
import pdfkit

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 12, 7), dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])

SR = "solicitantesrefugio@rree.gob.pe"
MP = "mesadepartes@rree.gob.pe"
RF = "refugiados@rree.gob.pe"

PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {"carne_solicitante": SR, "actualizacion_datos": SR, "cambio_clave": SR,
        "reconsideracion": MP, "apelacion": MP, "renuncia": MP,
        "prorroga_residencia": RF, "duplicado_carne_extranjeria": RF, "autorizacion_viaje": RF}
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
RECURSOS = {"reconsideracion", "apelacion"}


def is_bd(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NON_WORKING


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
    d = recv.date()
    if is_bd(d) and recv.time() < OFFICE_CLOSE:
        return d
    return next_bd(d)


def R(day, hh, mm, ss=0):
    m, dd = (11, day) if day > 20 else (12, day)
    return dt.datetime(2026, m, dd, hh, mm, ss, tzinfo=LIMA)


def tel(s, region="PE"):
    return phonenumbers.format_number(phonenumbers.parse(s, region), phonenumbers.PhoneNumberFormat.E164)


M = []  # message specs


def msg(**kw):
    M.append(kw)


# ---------------------------------------------------------------- PDFs / images
def recurso_pdf(title, who_lines, motivo_lines, place_date, signer_name):
    lines = ["# " + title, "", "Señores", "Comisión Especial para los Refugiados - CEPR",
             "Ministerio de Relaciones Exteriores", "", *who_lines, "", *motivo_lines, "",
             place_date, "", "", "______________________________", signer_name]
    return pdfkit.text_pdf(lines)


# =============================================================== MESSAGES
# ---- actualizacion_datos -------------------------------------------------
msg(slug="actualizacion-datos-venezolana", mbox=SR, recv=R(30, 9, 12, 41),
    frm=("Yusleidy Perez", "ycarolina.perez@gmail.com"), subject="Actualización de datos",
    body="""Buenos días, señores de la Comisión.

Por medio del presente solicito la actualización de mis datos de contacto, ya que me mudé de distrito y cambié de número.

Nombres y apellidos: Yusleidy Carolina Pérez Briceño
Nacionalidad: venezolana
Cédula: V-24.567.891
Teléfono nuevo: 987 112 334
Dirección nueva: Jr. Los Pinos 455, San Juan de Lurigancho

Quedo atenta. Muchas gracias.
Yusleidy""",
    proc="actualizacion_datos",
    fields={"nombres": "Yusleidy Carolina Pérez Briceño", "nacionalidad": "VE", "documento_identidad": "V24567891",
            "telefono": "+51987112334", "correo": "ycarolina.perez@gmail.com"})

msg(slug="actualizacion-datos-refugiado-colombiano", mbox=SR, recv=R(1, 18, 40, 5),
    frm=("Hernan Dario Ospina", "hdospina.1979@hotmail.com"), subject="actualizacion de datos de contacto",
    body="""Cordial saludo. Mi nombre es Hernán Darío Ospina Gallego, soy colombiano y refugiado reconocido en el Perú desde el 2021, con carné de extranjería número 000876543 y cédula de ciudadanía C.C. 1.032.456.789. Les escribo porque perdí el celular y ahora mi nuevo número es el 9 5432 1098, les agradezco actualizarlo en el sistema para que me lleguen las notificaciones.

Atentamente,
Hernán D. Ospina""",
    proc="actualizacion_datos", refugee=True,
    fields={"nombres": "Hernán Darío Ospina Gallego", "nacionalidad": "CO", "documento_identidad": "1032456789",
            "carne_extranjeria": "000876543", "telefono": "+51954321098", "correo": "hdospina.1979@hotmail.com"})

msg(slug="actualizacion-datos-madre-por-hijo-cubano", mbox=SR, recv=R(5, 11, 3, 20),
    frm=("Marisol Ramos", "marisolramos.hab@gmail.com"), subject="Datos de mi hijo",
    body="""Buenos días, les escribe Marisol Ramos Duarte, madre del solicitante de refugio Yoandry Castillo Ramos. Mi hijo es cubano, su carnet de identidad es el 95031245678. Él cambió de número de teléfono y no sabe cómo hacer la actualización de datos, así que lo hago yo por él. El teléfono de él ahora es 912 345 678.
Cualquier cosa me pueden escribir a este correo.
Dios los bendiga""",
    proc="actualizacion_datos",
    fields={"nombres": "Yoandry Castillo Ramos", "nacionalidad": "CU", "documento_identidad": "95031245678",
            "telefono": "+51912345678", "correo": "marisolramos.hab@gmail.com"})

msg(slug="actualizacion-correo-haitiano-sin-telefono", mbox=RF, recv=R(10, 11, 5, 52),
    frm=("JR Pierre", "jrpierre@hotmail.fr"), subject="Actualizacion de datos - correo nuevo",
    body="""Bonjour / Buenos dias

Yo soy Jean Robert Pierre, haitiano, solicitante de refugio. N° pasaporte: GH4512367
Quiero cambiar mi correo porque este ya no lo uso. Mi nuevo correo es jeanrobert.pierre@yahoo.com

Merci""",
    proc="actualizacion_datos",
    fields={"nombres": "Jean Robert Pierre", "nacionalidad": "HT", "documento_identidad": "GH4512367",
            "correo": "jeanrobert.pierre@yahoo.com"})

# ---- cambio_clave --------------------------------------------------------
msg(slug="cambio-clave-celular", mbox=SR, recv=R(30, 22, 15, 9),
    frm=("kelvin", "kelvinr94@gmail.com"), subject="cambio de clave",
    body="""hola buenas noches no puedo entrar al sistema de refugiados olvide mi clave. soy kelvin jose rondon mujica pasaporte 138765432 cel 924 556 781 correo kelvinr94@gmail.com gracias

Enviado desde mi Huawei""",
    proc="cambio_clave",
    fields={"nombres": "kelvin jose rondon mujica", "documento_identidad": "138765432", "telefono": "+51924556781",
            "correo": "kelvinr94@gmail.com"})

msg(slug="cambio-clave-ecuatoriana-whatsapp", mbox=SR, recv=R(2, 10, 20, 33),
    frm=("Daniela Moreira", "danimoreira.q@gmail.com"), subject="Cambio de clave y contraseña",
    body="""Estimados:

Solicito el cambio de clave y contraseña de mi usuario del Sistema de Refugiados, ya que me sale "usuario bloqueado".

- Nombre completo: Daniela Estefanía Moreira Cedeño
- Nacionalidad: ecuatoriana
- Cédula ecuatoriana: 1718293045
- WhatsApp: +593 98 765 4321
- Correo registrado en el sistema: dmoreira.ec@outlook.com

Les escribo desde otra cuenta porque la registrada no me abre en el celular.
Saludos cordiales,
Daniela""",
    proc="cambio_clave",
    fields={"nombres": "Daniela Estefanía Moreira Cedeño", "nacionalidad": "EC", "documento_identidad": "1718293045",
            "telefono": "+593987654321", "correo": "dmoreira.ec@outlook.com"})

msg(slug="cambio-contrasena-afgano-mesa-partes", mbox=MP, recv=R(4, 16, 45, 2),
    frm=("Mohammad Rahimi", "m.nabi.rahimi@gmail.com"), subject="Cambio de contraseña",
    body="""Hello, good afternoon. Buenas tardes.
My name / mi nombre: Mohammad Nabi Rahimi
I can not enter in the system of refugees, the password is wrong. Por favor cambio de contraseña.
Phone: 955 443 221
Thank you very much""",
    proc="cambio_clave",
    fields={"nombres": "Mohammad Nabi Rahimi", "telefono": "+51955443221", "correo": "m.nabi.rahimi@gmail.com"})

msg(slug="cambio-clave-amigo-senegales", mbox=SR, recv=R(11, 8, 5, 17),
    frm=("Luis Alberto Vargas", "lavargas.lima@gmail.com"), subject="RE: Cambio de clave",
    body="""Buenos días,

Escribo por encargo de mi amigo Ousmane Diallo, de nacionalidad senegalesa, que todavía no maneja bien el español. Él necesita el cambio de clave del sistema porque no recuerda la contraseña.

Sus datos:
Nombre: Ousmane Diallo
Pasaporte: A01234567
Celular: 978 001 223
Correo: ousmane.diallo.sn@gmail.com

Yo soy Luis Alberto Vargas, DNI 45678912, solo le estoy ayudando. Las respuestas por favor al correo de él.

Gracias.""",
    proc="cambio_clave",
    fields={"nombres": "Ousmane Diallo", "nacionalidad": "SN", "documento_identidad": "A01234567",
            "telefono": "+51978001223", "correo": "ousmane.diallo.sn@gmail.com"})

# ---- reconsideracion -----------------------------------------------------
P = recurso_pdf("RECURSO DE RECONSIDERACIÓN",
                ["Yo, ANDREINA JOSEFINA SALAS MÁRQUEZ, de nacionalidad venezolana, identificada con pasaporte "
                 "N° 114203987, con teléfono 946 318 207 y correo electrónico andreina.salas.m@gmail.com, "
                 "ante ustedes me presento y digo:"],
                ["Que interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución N° 2841-2026/CEPR-SE, "
                 "notificada el 20 de noviembre de 2026, que declara improcedente mi solicitud de refugio.",
                 "MOTIVO: presento nueva prueba que no pude adjuntar antes: la denuncia que hice en Maracaibo por "
                 "las amenazas del colectivo y el informe médico de las lesiones sufridas en 2024, que acreditan "
                 "la persecución que relaté en mi entrevista.",
                 "Por lo expuesto, pido se reconsidere la resolución y se me reconozca la condición de refugiada."],
                "Lima, 29 de noviembre de 2026", "Andreina Josefina Salas Márquez")
msg(slug="reconsideracion-pdf-firmado", mbox=MP, recv=R(30, 11, 30, 44),
    frm=("Andreina Salas", "andreina.salas.m@gmail.com"), subject="Recurso de Reconsideración",
    body="""Buenos días.
Adjunto mi recurso de reconsideración firmado digitalmente, con las pruebas señaladas en el documento.
Atentamente,
Andreina Salas""",
    atts=[("Recurso_reconsideracion_ASalas.pdf", pdfkit.sign_pdf(P, "Andreina Josefina Salas Marquez"), "application/pdf")],
    proc="reconsideracion", sig="valid", notified=dt.date(2026, 11, 20),
    fields={"nombres": "ANDREINA JOSEFINA SALAS MÁRQUEZ", "nacionalidad": "VE", "documento_identidad": "114203987",
            "telefono": "+51946318207", "correo": "andreina.salas.m@gmail.com",
            "motivo": "presento nueva prueba que no pude adjuntar antes: la denuncia que hice en Maracaibo por las amenazas del colectivo y el informe médico"})

P = recurso_pdf("RECURSO DE RECONSIDERACIÓN",
                ["Nombres y apellidos: Wilmer Andrés Cuesta Mosquera",
                 "Cédula de ciudadanía: 1.077.452.118",
                 "Teléfono: 951 207 663",
                 "Correo: wilmercuesta.m@gmail.com"],
                ["Resolución impugnada: N° 2590-2026/CEPR-SE, notificado con fecha 02/11/2026.",
                 "Motivo de la reconsideración: la resolución no valoró que el grupo armado que me amenazó en "
                 "Quibdó sigue buscándome; adjunto mensajes de WhatsApp recibidos por mi hermana en octubre."],
                "Lima, 3 de diciembre de 2026", "Wilmer Andrés Cuesta Mosquera")
msg(slug="reconsideracion-colombiano-fuera-de-plazo", mbox=MP, recv=R(3, 15, 10, 8),
    frm=("WILMER CUESTA", "wilmercuesta.m@gmail.com"), subject="RECURSO DE RECONSIDERACION - WILMER CUESTA",
    body="""Señores CEPR reciban un cordial saludo.
Presento recurso de reconsideracion contra la resolucion que me fue notificada con fecha 02/11/2026. Se que estoy un poco tarde pero estuve hospitalizado (adjunto tambien la constancia).
El recurso va firmado en PDF.
Wilmer Andrés Cuesta Mosquera
C.C. 1.077.452.118""",
    atts=[("reconsideracion_firmada.pdf", pdfkit.sign_pdf(P, "Wilmer Andres Cuesta Mosquera"), "application/pdf"),
          ("constancia_hospitalizacion.pdf", pdfkit.text_pdf(["# CONSTANCIA", "Hospital Nacional Dos de Mayo",
                                                               "Se deja constancia que el paciente estuvo internado del 10/11/2026 al 28/11/2026."]),
           "application/pdf")],
    proc="reconsideracion", sig="valid", notified=dt.date(2026, 11, 2),
    fields={"nombres": "Wilmer Andrés Cuesta Mosquera", "documento_identidad": "1077452118",
            "telefono": "+51951207663", "correo": "wilmercuesta.m@gmail.com",
            "motivo": "la resolución no valoró que el grupo armado que me amenazó en Quibdó sigue buscándome"})

msg(slug="reconsideracion-cubana-fotos-carta", mbox=MP, recv=R(6, 21, 47, 30),
    frm=("Yaima", "yaimita.glez87@nauta.cu"), subject="Recurso de reconsideracion",
    body="""Buenas noches, les envío en fotos mi recurso de reconsideración escrito a mano y firmado, porque no tengo impresora.

Los datos son:
Yaima González Ferrer
Pasaporte cubano K129384
Teléfono 963 552 019
Mi correo es yaima.gonzalez.ferrer@gmail.com (el de nauta casi no lo reviso)

El motivo es que en la entrevista no me dejaron explicar que mi esposo fue preso político y a mí me vigilaban en el trabajo; por eso pido que revisen de nuevo mi caso.

Gracias de antemano.""",
    atts=[("IMG_20261206_213512.jpg", pdfkit.scribble_png(11, 700, 200, jpeg=True, lines_of_text=22), "image/jpeg"),
          ("IMG_20261206_213540.jpg", pdfkit.scribble_png(12, 700, 200, jpeg=True, lines_of_text=10), "image/jpeg")],
    proc="reconsideracion", sig="manuscrita",
    fields={"nombres": "Yaima González Ferrer", "nacionalidad": "CU", "documento_identidad": "K129384",
            "telefono": "+51963552019", "correo": "yaima.gonzalez.ferrer@gmail.com",
            "motivo": "en la entrevista no me dejaron explicar que mi esposo fue preso político y a mí me vigilaban en el trabajo"})

msg(slug="reconsideracion-ong-haitiana-sin-firma", mbox=MP, recv=R(11, 12, 0, 4),
    frm=("Programa de Protección - Asociación Caminos", "proteccion@asociacioncaminos.org.pe"),
    subject="Reconsideración - Sra. Marie-Claire Joseph",
    body="""Estimado equipo de la Secretaría Ejecutiva:

Les saluda Rosa Huamán, trabajadora social de la Asociación Caminos. Acompañamos a la Sra. Marie-Claire Joseph, de nacionalidad haitiana, pasaporte HT0987654, quien desea interponer recurso de reconsideración contra la resolución que denegó su solicitud.

El motivo del recurso: la Sra. Joseph sufrió violencia de pandillas en Puerto Príncipe (su casa fue quemada en 2025) y esto no fue considerado porque en la entrevista no contó con intérprete de creole.

Teléfono de la Sra. Joseph: 941 006 582. Ella no tiene correo; pueden responder a esta dirección.

La Sra. Joseph firmará el escrito en nuestra oficina la próxima semana; por ahora adelantamos la información.

Atentamente,
Rosa Huamán Quispe
Asociación Caminos""",
    proc="reconsideracion", sig="absent",
    fields={"nombres": "Marie-Claire Joseph", "nacionalidad": "HT", "documento_identidad": "HT0987654",
            "telefono": "+51941006582", "correo": "proteccion@asociacioncaminos.org.pe",
            "motivo": "la Sra. Joseph sufrió violencia de pandillas en Puerto Príncipe y esto no fue considerado porque en la entrevista no contó con intérprete de creole"})

# ---- apelacion -----------------------------------------------------------
P = recurso_pdf("RECURSO DE APELACIÓN",
                ["Solicitante: Carlos Eduardo Linares Pacheco",
                 "Documento: cédula venezolana V-17.223.904",
                 "Celular: +51 990 441 276",
                 "E-mail: carloslinares.p@gmail.com"],
                ["Interpongo recurso de apelación contra la resolución que confirma la denegatoria de mi "
                 "solicitud de refugio, notificada el 23 de noviembre de 2026.",
                 "Fundamento: la Comisión no aplicó la Declaración de Cartagena pese a la violación masiva de "
                 "derechos humanos en Venezuela, y no valoró que fui detenido dos veces por participar en protestas."],
                "Lima, 30 de noviembre de 2026", "Carlos Eduardo Linares Pacheco")
msg(slug="apelacion-venezolano-firmado", mbox=MP, recv=R(1, 9, 45, 12),
    frm=("Carlos Linares", "carloslinares.p@gmail.com"), subject="Recurso de Apelación",
    body="""Señores Mesa de Partes:
Remito en adjunto el recurso de apelación con firma digital. Solicito el cargo de recepción.
Cordialmente,
Carlos E. Linares P.""",
    atts=[("apelacion_linares.pdf", pdfkit.sign_pdf(P, "Carlos Eduardo Linares Pacheco"), "application/pdf")],
    proc="apelacion", sig="valid", notified=dt.date(2026, 11, 23),
    fields={"nombres": "Carlos Eduardo Linares Pacheco", "documento_identidad": "V17223904",
            "telefono": "+51990441276", "correo": "carloslinares.p@gmail.com",
            "motivo": "la Comisión no aplicó la Declaración de Cartagena pese a la violación masiva de derechos humanos en Venezuela"})

P = recurso_pdf("RECURSO DE APELACIÓN",
                ["Yo, Luz Marina Arboleda Ríos, con C.C. 43.912.507, teléfono 934 120 877, correo "
                 "luzmarina.arboleda@yahoo.com, interpongo recurso de apelación."],
                ["Motivo: la resolución es arbitraria porque se basa en que Medellín es una zona segura, "
                 "cuando yo fui desplazada dos veces por la misma banda."],
                "Lima, 1 de diciembre de 2026", "Luz Marina Arboleda Ríos")
bad = pdfkit.tamper(pdfkit.sign_pdf(P, "Luz Marina Arboleda Rios"), b"arbitraria", b"ARBITRARIA")
msg(slug="apelacion-pdf-alterado", mbox=MP, recv=R(2, 14, 20, 55),
    frm=("Luz Marina Arboleda", "luzmarina.arboleda@yahoo.com"), subject="RV: Recurso de apelacion",
    body="""Buenas tardes

Envío mi recurso de apelación. Lo firmé con el certificado que me ayudaron a sacar y luego le corregí una palabra.

Luz Marina Arboleda Ríos
C.C. 43.912.507
Cel. 934 120 877

---------- Mensaje reenviado ----------
De: Luz Marina Arboleda <luzmarina.arboleda@yahoo.com>
Para: mi hija <valearboleda03@gmail.com>
Asunto: Recurso de apelacion
revisalo antes de mandarlo porfa""",
    atts=[("apelacion_LMArboleda.pdf", bad, "application/pdf")],
    proc="apelacion", sig="invalid",
    fields={"nombres": "Luz Marina Arboleda Ríos", "documento_identidad": "43912507", "telefono": "+51934120877",
            "correo": "luzmarina.arboleda@yahoo.com",
            "motivo": "la resolución es arbitraria porque se basa en que Medellín es una zona segura"})

msg(slug="apelacion-escaneada-ecuatoriano-tarde", mbox=MP, recv=R(10, 10, 0, 26),
    frm=("Jorge Cevallos", "jorgecevallos_77@hotmail.com"), subject="Apelación",
    body="""Señores de la Comisión Especial para los Refugiados

Yo, Jorge Luis Cevallos Andrade, ecuatoriano, cédula 0912345678, presento mi recurso de apelación (adjunto escaneado con mi firma) contra la resolución que me fue notificada el 6 de noviembre de 2026.

Motivo: mi caso es de persecución por parte de una organización criminal en Guayaquil que extorsiona a comerciantes; la policía no me protegió y eso está probado con las denuncias.

Teléfono: (01) 425 6789 (casa de mi cuñado) 
Correo: jorgecevallos_77@hotmail.com

Atte.
Jorge Cevallos""",
    atts=[("apelacion_escaneada.pdf", pdfkit.scan_pdf(21, pages=2), "application/pdf")],
    proc="apelacion", sig="manuscrita", notified=dt.date(2026, 11, 6),
    fields={"nombres": "Jorge Luis Cevallos Andrade", "nacionalidad": "EC", "documento_identidad": "0912345678",
            "telefono": "+5114256789", "correo": "jorgecevallos_77@hotmail.com",
            "motivo": "mi caso es de persecución por parte de una organización criminal en Guayaquil que extorsiona a comerciantes"})

P = pdfkit.text_pdf(["# APELACIÓN", "",
                     "Apelante: Ramón Antonio Guerra Salazar",
                     "Pasaporte: 094512776",
                     "Teléfono del apelante: 998 230 415",
                     "",
                     "Apelo la resolución notificada el 13/11/2026 porque en mi ciudad (Barquisimeto) fui "
                     "amenazado de muerte por denunciar corrupción en la alcaldía, y la Comisión no tomó en "
                     "cuenta mi edad ni mi condición de salud.",
                     "",
                     "Lima, 12 de diciembre de 2026"])
msg(slug="apelacion-hijo-por-padre-sin-firma-tarde", mbox=MP, recv=R(12, 19, 2, 11),
    frm=("Daniel Guerra", "danielguerra.dev@gmail.com"), subject="apelacion de mi papa",
    body="""Hola, buenas noches.
Les escribo en nombre de mi papá, Ramón Antonio Guerra Salazar, que es mayor y no maneja el correo. Adjunto el escrito de apelación con sus datos. La resolución se la notificaron el 13/11/2026.
Pueden responderme a mí a este correo.
Saludos,
Daniel Guerra""",
    atts=[("Apelacion_Ramon_Guerra.pdf", P, "application/pdf")],
    proc="apelacion", sig="absent", notified=dt.date(2026, 11, 13),
    fields={"nombres": "Ramón Antonio Guerra Salazar", "documento_identidad": "094512776",
            "telefono": "+51998230415", "correo": "danielguerra.dev@gmail.com",
            "motivo": "en mi ciudad (Barquisimeto) fui amenazado de muerte por denunciar corrupción en la alcaldía"})

P = recurso_pdf("RECURSO DE APELACIÓN",
                ["Nombre: Ahmad Khalil Haddad", "Nacionalidad: siria", "Pasaporte: N012345678",
                 "Teléfono: 983 221 004", "Correo electrónico: ahmad.haddad.sy@gmail.com"],
                ["Motivo de la apelación: la resolución consideró que puedo volver a Damasco, pero soy "
                 "desertor del servicio militar y sería detenido al llegar; adjunto la orden de "
                 "reclutamiento traducida."],
                "Lima, 3 de diciembre de 2026", "Ahmad Khalil Haddad")
msg(slug="apelacion-sirio-via-ong", mbox=MP, recv=R(4, 11, 20, 39),
    frm=("Voluntariado Refugio Lima", "contacto@voluntariadorefugio.pe"), subject="Recurso de apelación - Ahmad Khalil Haddad",
    body="""Buenos días:

En representación del Voluntariado Refugio Lima remitimos el recurso de apelación del señor Ahmad Khalil Haddad, firmado digitalmente por él. Sus datos de contacto están en el escrito; favor de dirigir las comunicaciones a su correo personal.

Saludos cordiales,
Paola Rivas
Coordinadora""",
    atts=[("Apelacion_AKHaddad_firmado.pdf", pdfkit.sign_pdf(P, "Ahmad Khalil Haddad"), "application/pdf")],
    proc="apelacion", sig="valid",
    fields={"nombres": "Ahmad Khalil Haddad", "nacionalidad": "SY", "documento_identidad": "N012345678",
            "telefono": "+51983221004", "correo": "ahmad.haddad.sy@gmail.com",
            "motivo": "soy desertor del servicio militar y sería detenido al llegar"})

# ---- renuncia ------------------------------------------------------------
P = pdfkit.text_pdf(["# RENUNCIA A LA CONDICIÓN DE REFUGIADO", "",
                     "Yo, Gustavo Adolfo Mendoza Rivas, de nacionalidad venezolana, con cédula V-11.987.345 y "
                     "carné de extranjería N° 001245678, refugiado reconocido, teléfono 976 554 120, declaro "
                     "mi decisión de renunciar a la condición de refugiado.",
                     "",
                     "Motivo: retorno voluntario a mi país para cuidar a mi madre enferma en Valencia.",
                     "", "Lima, 30 de noviembre de 2026", "", "Gustavo Adolfo Mendoza Rivas"])
msg(slug="renuncia-refugiado-venezolano", mbox=MP, recv=R(1, 12, 40, 3),
    frm=("Gustavo Mendoza", "gmendozarivas@gmail.com"), subject="Renuncia",
    body="""Buenas tardes.
Adjunto mi carta de renuncia a la condición de refugiado, firmada digitalmente.
Gustavo Adolfo Mendoza Rivas
CE 001245678""",
    atts=[("renuncia_gmendoza.pdf", pdfkit.sign_pdf(P, "Gustavo Adolfo Mendoza Rivas"), "application/pdf")],
    proc="renuncia", sig="valid", refugee=True,
    fields={"nombres": "Gustavo Adolfo Mendoza Rivas", "nacionalidad": "VE", "documento_identidad": "V11987345",
            "carne_extranjeria": "001245678", "telefono": "+51976554120", "correo": "gmendozarivas@gmail.com",
            "motivo": "retorno voluntario a mi país para cuidar a mi madre enferma en Valencia"})

msg(slug="renuncia-colombiana-foto-carta", mbox=MP, recv=R(3, 19, 30, 14),
    frm=("Sandra", "sandrym.2090@gmail.com"), subject="renuncia al tramite de refugio",
    body="""Señores buenas noches, quiero renunciar a mi solicitud de refugio porque me voy a casar con un peruano y voy a tramitar la residencia por familia. Adjunto la carta firmada a mano (foto).

Nombre: Sandra Milena Rojas Tapias
Nacionalidad colombiana
C.C. 1.098.765.432
Teléfono 9 2233 4455
""",
    atts=[("carta renuncia.jpg", pdfkit.scribble_png(31, 620, 180, jpeg=True, lines_of_text=14), "image/jpeg")],
    proc="renuncia", sig="manuscrita",
    fields={"nombres": "Sandra Milena Rojas Tapias", "nacionalidad": "CO", "documento_identidad": "1098765432",
            "telefono": "+51922334455", "correo": "sandrym.2090@gmail.com",
            "motivo": "me voy a casar con un peruano y voy a tramitar la residencia por familia"})

P = pdfkit.text_pdf(["# RENUNCIA", "",
                     "Yo, Osniel Pupo Leyva, pasaporte L845120, teléfono 957 880 321, por medio del presente "
                     "renuncio a mi trámite de solicitud de refugio.",
                     "Motivo: me trasladaré a Uruguay donde vive mi hermano.",
                     "", "Lima, 10/12/2026", "", "Osniel Pupo Leyva"])
msg(slug="renuncia-sin-nacionalidad", mbox=MP, recv=R(11, 9, 30, 48),
    frm=("Osniel Pupo", "osnielpupo@gmail.com"), subject="RENUNCIA - OSNIEL PUPO LEYVA",
    body="""Buenos dias, adjunto renuncia firmada. Saludos""",
    atts=[("RENUNCIA OSNIEL.pdf", pdfkit.sign_pdf(P, "Osniel Pupo Leyva"), "application/pdf")],
    proc="renuncia", sig="valid",
    fields={"nombres": "Osniel Pupo Leyva", "documento_identidad": "L845120", "telefono": "+51957880321",
            "correo": "osnielpupo@gmail.com", "motivo": "me trasladaré a Uruguay donde vive mi hermano"})

P = pdfkit.text_pdf(["# CARTA DE RENUNCIA", "",
                     "Yo, Wideline Saint-Fleur, haitiana, pasaporte RH3307781, refugiada reconocida por el "
                     "Estado peruano, teléfono 915 667 042, renuncio a mi condición de refugiada.",
                     "Motivo: obtuve la nacionalidad brasileña por matrimonio y me iré a vivir a São Paulo.",
                     "", "Firma:"], image_png=pdfkit.scribble_png(41, 360, 120))
msg(slug="renuncia-haitiana-a-refugiados", mbox=RF, recv=R(30, 15, 0, 0),
    frm=("Wideline Saint-Fleur", "wideline.sf@gmail.com"), subject="Renuncia a la condición de refugiada",
    body="""Buenas tardes.
Mando mi renuncia en PDF, firmada.
Gracias por todo lo que hicieron por mí.
Wideline""",
    atts=[("renuncia_wsf.pdf", P, "application/pdf")],
    proc="renuncia", sig="manuscrita", refugee=True,
    fields={"nombres": "Wideline Saint-Fleur", "nacionalidad": "HT", "documento_identidad": "RH3307781",
            "telefono": "+51915667042", "correo": "wideline.sf@gmail.com",
            "motivo": "obtuve la nacionalidad brasileña por matrimonio y me iré a vivir a São Paulo"})

# ---- prorroga_residencia -------------------------------------------------
msg(slug="prorroga-residencia-tabla-html", mbox=RF, recv=R(30, 8, 10, 27),
    frm=("Milagros Urbina", "milagrosurbina.c@gmail.com"), subject="Prórroga de residencia",
    html="""<html><body><p>Buenos días, solicito la prórroga de residencia anual. Mis datos:</p>
<table border="1">
<tr><td>Nombres y apellidos</td><td>Milagros del Valle Urbina Castro</td></tr>
<tr><td>Sexo</td><td>Femenino</td></tr>
<tr><td>Nacionalidad</td><td>Venezuela</td></tr>
<tr><td>Pasaporte / Cédula</td><td>112233445 / V-19.876.543</td></tr>
<tr><td>Carné de extranjería</td><td>000987321</td></tr>
<tr><td>Fecha de nacimiento</td><td>15/03/1990</td></tr>
<tr><td>Teléfono</td><td>981 765 432</td></tr>
</table>
<p>Gracias,<br>Milagros</p></body></html>""",
    proc="prorroga_residencia",
    fields={"nombres": "Milagros del Valle Urbina Castro", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "112233445", "carne_extranjeria": "000987321", "fecha_nacimiento": "1990-03-15",
            "telefono": "+51981765432", "correo": "milagrosurbina.c@gmail.com"})

msg(slug="prorroga-residencia-colombiano-prosa", mbox=RF, recv=R(2, 17, 5, 40),
    frm=("Fredy Bermudez", "fredybermudez_85@gmail.com"), subject="Renovación de residencia",
    body="""Buenas tardes, señores de refugiados.

Me dirijo a ustedes para pedir la prórroga de mi residencia como refugiado, que vence este mes. Soy Fredy Alonso Bermúdez Cárdenas, de sexo masculino, colombiano, nací el 4 de julio de 1985, mi cédula es la 80.123.456 y mi carné de extranjería el 001334455. Me pueden llamar al 936-447-201.

Mil gracias por su atención.""",
    proc="prorroga_residencia",
    fields={"nombres": "Fredy Alonso Bermúdez Cárdenas", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "80123456", "carne_extranjeria": "001334455", "fecha_nacimiento": "1985-07-04",
            "telefono": "+51936447201", "correo": "fredybermudez_85@gmail.com"})

msg(slug="prorroga-residencia-trabajadora-social-afgana", mbox=RF, recv=R(6, 10, 15, 3),
    frm=("Carmen Llosa - Servicio Jesuita", "cllosa@sjmperu.org"), subject="Prorroga de residencia Sra. Ahmadi",
    body="""Estimados señores:

Solicito, en nombre de la Sra. Zainab Ahmadi, refugiada reconocida, la prórroga anual de su residencia. Ella está aprendiendo castellano y me pidió ayuda con el correo.

Nombre completo: Zainab Ahmadi
Sexo: femenino
Nacionalidad: Afganistán
Pasaporte: P01987654
Carné de extranjería: 001122334
Fecha de nacimiento: 01-01-1988

La Sra. Ahmadi no tiene celular propio; el contacto es el mío: 998 877 665.

Cordialmente,
Carmen Llosa
Trabajadora social""",
    proc="prorroga_residencia",
    fields={"nombres": "Zainab Ahmadi", "sexo": "F", "nacionalidad": "AF", "documento_identidad": "P01987654",
            "carne_extranjeria": "001122334", "fecha_nacimiento": "1988-01-01", "telefono": "+51998877665",
            "correo": "cllosa@sjmperu.org"})

msg(slug="prorroga-recidencia-cubano-incompleto", mbox=SR, recv=R(10, 13, 15, 31),
    frm=("Reinier Fonseca", "reinierfonseca@gmail.com"), subject="prorroga de recidencia",
    body="""Saludos, necesito la prorroga de recidencia porque ya se me vence el carne.
Reinier Fonseca Blanco
nacionalidad: Cuba
pasaporte cubano I437812
carne de extranjeria 000456123
cel/whatsapp 940 312 587""",
    proc="prorroga_residencia",
    fields={"nombres": "Reinier Fonseca Blanco", "nacionalidad": "CU", "documento_identidad": "I437812",
            "carne_extranjeria": "000456123", "telefono": "+51940312587", "correo": "reinierfonseca@gmail.com"})

msg(slug="prorroga-residencia-anio-dos-digitos", mbox=RF, recv=R(11, 17, 45, 19),
    frm=("Jose Gregorio Tovar", "jgtovar79@yahoo.com"), subject="Prórroga Residencia 2027",
    body="""Buenas tardes. Solicito prorroga de residencia anual.

Nombres / Apellidos: José Gregorio Tovar Aponte
Sexo: M
Nacionalidad: VEN
Cédula: V 13.456.789
CE: 000765432
F. nacimiento: 22/08/79
Tlf: +51 962 004 118

Atte. José G. Tovar""",
    proc="prorroga_residencia",
    fields={"nombres": "José Gregorio Tovar Aponte", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V13456789", "carne_extranjeria": "000765432", "fecha_nacimiento": "1979-08-22",
            "telefono": "+51962004118", "correo": "jgtovar79@yahoo.com"})

# ---- duplicado_carne_extranjeria -----------------------------------------
DEN = pdfkit.text_pdf(["# POLICÍA NACIONAL DEL PERÚ", "Comisaría PNP San Martín de Porres",
                       "DENUNCIA POR PÉRDIDA DE DOCUMENTOS N° 18874-2026",
                       "El denunciante manifiesta haber extraviado su carné de extranjería el 25/11/2026 "
                       "en el transporte público."])
msg(slug="duplicado-carne-extranjeria-con-denuncia", mbox=RF, recv=R(1, 10, 5, 55),
    frm=("Oriana Bastidas", "orianabastidas@gmail.com"), subject="Duplicado de carné de extranjería",
    body="""Buen día

Solicito duplicado de carné de extranjería por pérdida. Adjunto la denuncia policial.

Nombres y apellidos completos: Oriana Sofía Bastidas Lugo
Sexo: femenino
Nacionalidad: venezolana
Pasaporte: 123098456
N° Carné de Extranjería: 001987650
Fecha de nacimiento: 1994-11-02
Teléfono: 925 771 340

Saludos""",
    atts=[("denuncia_perdida.pdf", DEN, "application/pdf")],
    proc="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Oriana Sofía Bastidas Lugo", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "123098456", "carne_extranjeria": "001987650", "fecha_nacimiento": "1994-11-02",
            "telefono": "+51925771340", "correo": "orianabastidas@gmail.com"})

msg(slug="duplicado-carne-sin-denuncia", mbox=RF, recv=R(3, 11, 50, 2),
    frm=("Jhon Fredy Mena", "jhonfmena@gmail.com"), subject="DUPLICADO CARNÉ DE EXTRANJERÍA",
    body="""Señores, me robaron la billetera con el carné de extranjería y quisiera el duplicado. Todavía no he ido a la comisaría, ¿es necesario?

JHON FREDY MENA PALACIOS - masculino - colombiano
C.C. 1.045.667.890
CE 000332211
nacido el 17 de mayo de 1992
cel 917 604 333""",
    proc="duplicado_carne_extranjeria", denuncia=False,
    fields={"nombres": "JHON FREDY MENA PALACIOS", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "1045667890", "carne_extranjeria": "000332211", "fecha_nacimiento": "1992-05-17",
            "telefono": "+51917604333", "correo": "jhonfmena@gmail.com"})

msg(slug="duplicado-de-carnet-haitiano-foto-denuncia", mbox=RF, recv=R(12, 9, 40, 7),
    frm=("Jean-Baptiste Louis", "jblouis.ht@gmail.com"), subject="Duplicado de carnet",
    body="""Buenos dias. Mi carné de extranjería de refugiado se mojó y se rompió, necesito duplicado del carné de extranjería. Envío foto de la denuncia de la policía.

Nombre: Jean-Baptiste Louis
Sexo: masculino
Nacionalidad: Haití
Pasaporte: PP1122334
Carné de extranjería: 000998877
Nacimiento: 09/10/1983
Teléfono: 931 445 902

Gracias""",
    atts=[("denuncia_policial.jpg", pdfkit.scribble_png(51, 600, 150, jpeg=True, lines_of_text=12), "image/jpeg")],
    proc="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Jean-Baptiste Louis", "sexo": "M", "nacionalidad": "HT", "documento_identidad": "PP1122334",
            "carne_extranjeria": "000998877", "fecha_nacimiento": "1983-10-09", "telefono": "+51931445902",
            "correo": "jblouis.ht@gmail.com"})

DEN2 = pdfkit.text_pdf(["# DENUNCIA POLICIAL", "Comisaría PNP Surquillo - Acta N° 5521",
                        "Se registra la pérdida del carné de extranjería N° 000554433, según lo declarado por el titular."])
msg(slug="duplicado-carne-ecuatoriano-mesa-partes", mbox=MP, recv=R(2, 9, 0, 14),
    frm=("Byron Quiñónez", "byronq_1980@hotmail.com"), subject="Duplicado de carné de extranjería - Byron Quiñónez",
    body="""Buenos días señores

Solicito duplicado de mi carné de extranjería que perdí. Adjunto escaneo de la denuncia.
Nombre: Byron Estuardo Quiñónez Caicedo
Nacionalidad: Ecuador
Cédula: 0803456712
Carné de extranjería: 000554433
Fecha de nacimiento: 30-06-1980
Celular: 947 210 556

Gracias.""",
    atts=[("scan_0012.pdf", DEN2, "application/pdf")],
    proc="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Byron Estuardo Quiñónez Caicedo", "nacionalidad": "EC", "documento_identidad": "0803456712",
            "carne_extranjeria": "000554433", "fecha_nacimiento": "1980-06-30", "telefono": "+51947210556",
            "correo": "byronq_1980@hotmail.com"})

# ---- autorizacion_viaje --------------------------------------------------
P = pdfkit.text_pdf(["# SOLICITUD DE AUTORIZACIÓN DE VIAJE", "",
                     "Nombres y apellidos: Rosmary Alejandra Quintero Díaz",
                     "Carné de extranjería: 001456789",
                     "Teléfono: 989 321 654",
                     "Destino: Bogotá, Colombia",
                     "Fecha de salida: 15/12/2026",
                     "Fecha de retorno: 29/12/2026",
                     "Motivo del viaje: mi madre será operada del corazón en Bogotá el 17 de diciembre y soy su "
                     "única familiar cercana.",
                     "", "Lima, 29 de noviembre de 2026"])
msg(slug="autorizacion-viaje-firmada", mbox=RF, recv=R(30, 10, 45, 16),
    frm=("Rosmary Quintero", "rosmaryquintero@gmail.com"), subject="Autorización de Viaje",
    body="""Buenos días.
Adjunto solicitud de autorización de viaje por urgencia (firma digital) y el informe médico de mi mamá.
Saludos,
Rosmary Quintero""",
    atts=[("autorizacion_viaje_RQuintero.pdf", pdfkit.sign_pdf(P, "Rosmary Alejandra Quintero Diaz"), "application/pdf"),
          ("informe_medico.pdf", pdfkit.text_pdf(["# Fundación Cardioinfantil", "Paciente programada para cirugía 17/12/2026."]),
           "application/pdf")],
    proc="autorizacion_viaje", sig="valid",
    fields={"nombres": "Rosmary Alejandra Quintero Díaz", "carne_extranjeria": "001456789", "telefono": "+51989321654",
            "destino": "Bogotá, Colombia", "fecha_salida": "2026-12-15", "fecha_retorno": "2026-12-29",
            "motivo": "mi madre será operada del corazón en Bogotá el 17 de diciembre", "correo": "rosmaryquintero@gmail.com"})

msg(slug="permiso-viaje-foto-fechas-cortas", mbox=RF, recv=R(3, 20, 10, 50),
    frm=("Alexander Rincon", "alexrincon.co@gmail.com"), subject="Permiso de viaje urgente",
    body="""Buenas noches, solicito autorización de viaje urgente. Adjunto la solicitud firmada a mano (foto).

Alexander Rincón Suárez
Carné de extranjería 000223344
Celular 976 300 812
Viajo a Quito, Ecuador
Salida 18/12/26 - retorno 05/01/27
Motivo: fallecimiento de mi padre, el sepelio y los trámites de la sucesión.

Gracias""",
    atts=[("solicitud_viaje.png", pdfkit.scribble_png(61, 640, 180, lines_of_text=12), "image/png")],
    proc="autorizacion_viaje", sig="manuscrita",
    fields={"nombres": "Alexander Rincón Suárez", "carne_extranjeria": "000223344", "telefono": "+51976300812",
            "destino": "Quito, Ecuador", "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-05",
            "motivo": "fallecimiento de mi padre, el sepelio y los trámites de la sucesión", "correo": "alexrincon.co@gmail.com"})

msg(slug="autorizacion-viaje-sin-firma-sin-retorno", mbox=RF, recv=R(11, 11, 11, 11),
    frm=("Dayron Mesa", "dayronmesa@gmail.com"), subject="autorizacion de viaje",
    body="""Hola, necesito autorización de viaje. Mi esposa está a punto de dar a luz en Miami y quiero estar allá.
Me llamo Dayron Mesa Alfonso, carné de extranjería 001002003, teléfono 954 000 117.
Salgo el 20 de diciembre de 2026 a Miami, Estados Unidos. El regreso todavía no lo sé, depende del parto.""",
    proc="autorizacion_viaje", sig="absent",
    fields={"nombres": "Dayron Mesa Alfonso", "carne_extranjeria": "001002003", "telefono": "+51954000117",
            "destino": "Miami, Estados Unidos", "fecha_salida": "2026-12-20",
            "motivo": "Mi esposa está a punto de dar a luz en Miami", "correo": "dayronmesa@gmail.com"})

P = pdfkit.text_pdf(["# AUTORIZACIÓN DE VIAJE (URGENCIA)", "",
                     "Solicitante: Pauline Ngo Mbarga, refugiada reconocida, de nacionalidad camerunesa",
                     "N° de carné de extranjería: 000667788",
                     "Teléfono de contacto: 920 118 446",
                     "Lugar de destino: Santiago de Chile",
                     "Salida: 2026-12-20   Retorno: 2027-01-10",
                     "Motivo: audiencia de custodia de mi hija ante el tribunal de familia de Santiago.",
                     "", "Lima, 6 de diciembre de 2026"])
msg(slug="autorizacion-viaje-camerunesa-buzon-equivocado", mbox=SR, recv=R(6, 16, 22, 45),
    frm=("Pauline Ngo", "pauline.ngombarga@gmail.com"), subject="Autorización de viaje - urgente",
    body="""Bonjour, buenas tardes.
Envío solicitud de autorización de viaje con firma digital.
Merci beaucoup.
Pauline Ngo Mbarga""",
    atts=[("viaje_PNgo.pdf", pdfkit.sign_pdf(P, "Pauline Ngo Mbarga"), "application/pdf")],
    proc="autorizacion_viaje", sig="valid",
    fields={"nombres": "Pauline Ngo Mbarga", "nacionalidad": "CM", "carne_extranjeria": "000667788",
            "telefono": "+51920118446", "destino": "Santiago de Chile", "fecha_salida": "2026-12-20",
            "fecha_retorno": "2027-01-10", "motivo": "audiencia de custodia de mi hija ante el tribunal de familia de Santiago",
            "correo": "pauline.ngombarga@gmail.com"})

# ---- carne_solicitante ---------------------------------------------------
msg(slug="carne-solicitante-consulta", mbox=SR, recv=R(1, 13, 0, 38),
    frm=("Anyelo Barrios", "anyelobarrios22@gmail.com"), subject="Carné de solicitante",
    body="""Buenas tardes, quisiera saber cuándo puedo sacar el carné de solicitante de refugio, ya tengo mi expediente hace un año. Mi nombre es Anyelo Barrios Colmenares, pasaporte 156789012, teléfono 982 456 110.
Gracias""",
    proc="carne_solicitante",
    fields={"nombres": "Anyelo Barrios Colmenares", "documento_identidad": "156789012", "telefono": "+51982456110",
            "correo": "anyelobarrios22@gmail.com"})

msg(slug="carne-solicitante-duplicado-haitiana", mbox=SR, recv=R(11, 20, 20, 0),
    frm=("Nadege Celestin", "nadegecelestin@yahoo.fr"), subject="Carnet de solicitante - perdida",
    body="""Buenas noches señores
Perdí mi carné de solicitante de refugio en el bus, quiero sacar un duplicado del carné de solicitante. Tengo la denuncia de la comisaría.
Nadège Célestin, haitiana
pasaporte HT5566778
whatsapp +509 3456 7890""",
    proc="carne_solicitante",
    fields={"nombres": "Nadège Célestin", "nacionalidad": "HT", "documento_identidad": "HT5566778",
            "telefono": "+50934567890", "correo": "nadegecelestin@yahoo.fr"})

# ---- portal procedures ---------------------------------------------------
msg(slug="solicitud-refugio-familia-recien-llegada", mbox=SR, recv=R(2, 7, 30, 3),
    frm=("Maria Gabriela Rangel", "mgrangel.ve@gmail.com"), subject="Solicitud de refugio",
    body="""Buenos días, llegamos a Lima la semana pasada con mis dos hijos desde Venezuela y queremos pedir refugio. ¿Cómo hacemos la solicitud de refugio? ¿Hay que ir a alguna oficina?
María Gabriela Rangel Ochoa
Tel. 961 223 007""",
    proc="solicitud_refugio",
    fields={"nombres": "María Gabriela Rangel Ochoa", "telefono": "+51961223007", "correo": "mgrangel.ve@gmail.com"})

msg(slug="ayuda-pedir-refugio-nigeriano", mbox=MP, recv=R(5, 14, 12, 58),
    frm=("Chinedu Okafor", "chinedu.okafor88@gmail.com"), subject="Ayuda",
    body="""Good day. Buenas.
I arrived to Peru from Nigeria one month ago. I want to present a solicitud de refugio (asylum). How can I do it? Please help.
Chinedu Okafor
+234 803 123 4567""",
    proc="solicitud_refugio",
    fields={"nombres": "Chinedu Okafor", "telefono": "+2348031234567", "correo": "chinedu.okafor88@gmail.com"})

msg(slug="autorizacion-trabajo-renovar", mbox=SR, recv=R(3, 9, 0, 21),
    frm=("Yeferson Colina", "yefersoncolina@gmail.com"), subject="Autorización de trabajo",
    body="""Buen dia, mi autorizacion de trabajo vencio y en el trabajo me la piden. como la renuevo??
Yeferson Colina, cel 937 118 520""",
    proc="autorizacion_trabajo",
    fields={"nombres": "Yeferson Colina", "telefono": "+51937118520", "correo": "yefersoncolina@gmail.com"})

msg(slug="autorizacion-trabajo-virtual-buzon-refugiados", mbox=RF, recv=R(10, 22, 0, 40),
    frm=("Lisbeth Mora", "lisbethmora.v@hotmail.com"), subject="Autorizacion de trabajo virtual vencida",
    body="""Buenas noches. Necesito descargar de nuevo mi autorización de trabajo virtual, la anterior ya venció y no encuentro dónde generarla.
Lisbeth Mora Zambrano
venezolana
pasaporte 147258369""",
    proc="autorizacion_trabajo",
    fields={"nombres": "Lisbeth Mora Zambrano", "nacionalidad": "VE", "documento_identidad": "147258369",
            "correo": "lisbethmora.v@hotmail.com"})

msg(slug="entrevista-registro-fecha", mbox=SR, recv=R(30, 14, 0, 6),
    frm=("Edgar Paredes", "edgarparedes.1990@gmail.com"), subject="Entrevista de registro",
    body="""Buenas tardes, hice mi solicitud en línea en septiembre y todavía no me llega la fecha de la entrevista de registro. ¿Me pueden informar?
Edgar José Paredes Lugo
Cédula V-20.456.123""",
    proc="entrevista_registro",
    fields={"nombres": "Edgar José Paredes Lugo", "documento_identidad": "V20456123", "correo": "edgarparedes.1990@gmail.com"})

msg(slug="consulta-reprogramar-entrevista", mbox=MP, recv=R(11, 16, 50, 33),
    frm=("Keyla Sifontes", "keylasifontes@gmail.com"), subject="Consulta",
    body="""Buenas tardes, tenía mi entrevista de registro virtual el día de hoy y se me cayó el internet, no pude conectarme. ¿Cómo hago para que me reprogramen la entrevista de registro?
Keyla Sifontes - 9 4455 6677""",
    proc="entrevista_registro",
    fields={"nombres": "Keyla Sifontes", "telefono": "+51944556677", "correo": "keylasifontes@gmail.com"})

# ---- triage --------------------------------------------------------------
msg(slug="consulta-estado-expediente", mbox=SR, recv=R(1, 16, 0, 12),
    frm=("Ronald Escalona", "ronaldescalona@gmail.com"), subject="Consulta",
    body="""Buenas tardes, quisiera saber en qué estado está mi expediente, hace dos años que presenté y no sé nada.
Ronald Escalona Pérez
cel. 968 775 443""",
    proc=None,
    fields={"nombres": "Ronald Escalona Pérez", "telefono": "+51968775443", "correo": "ronaldescalona@gmail.com"})

msg(slug="urgente-dos-tramites", mbox=RF, recv=R(5, 9, 33, 1),
    frm=("Isabel Cristina Palma", "isapalma.co@gmail.com"), subject="URGENTE",
    body="""Señores, es urgente: mi carné de extranjería vence el 20 de diciembre y necesito hacer la prórroga de residencia, pero también tengo que viajar a Cali porque mi papá está grave y no sé si me dan la autorización de viaje con el carné vencido. ¿Qué hago primero?
Isabel Cristina Palma, CE 000112299, tel 913 224 556""",
    proc=None,
    fields={"nombres": "Isabel Cristina Palma", "carne_extranjeria": "000112299", "telefono": "+51913224556",
            "correo": "isapalma.co@gmail.com"})

msg(slug="solicitud-constancia", mbox=MP, recv=R(10, 8, 30, 45),
    frm=("Angel Zerpa", "angelzerpa.adm@gmail.com"), subject="Solicitud",
    body="""Buen día, necesito una constancia de que tengo un trámite en la Comisión, me la piden en el banco para abrir una cuenta. ¿Dónde la puedo pedir?
Ángel Zerpa""",
    proc=None,
    fields={"nombres": "Ángel Zerpa", "correo": "angelzerpa.adm@gmail.com"})

# ---- ignorado ------------------------------------------------------------
msg(slug="respuesta-automatica-cambio-clave", mbox=SR, recv=R(30, 12, 5, 0),
    frm=("Mariela Gutiérrez", "marielagutierrez@empresa-logistica.com.pe"),
    subject="Respuesta automática: Cambio de clave",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Gracias por su mensaje. Me encuentro de vacaciones hasta el 14 de diciembre, con acceso limitado al correo.
Para temas urgentes escribir a operaciones@empresa-logistica.com.pe.""",
    proc="cambio_clave", ignorado=True, fields={})

msg(slug="rebote-prorroga-residencia", mbox=RF, recv=R(3, 6, 2, 33),
    frm=("Mail Delivery System", "MAILER-DAEMON@mx1.rree.gob.pe"),
    subject="Undelivered Mail Returned to Sender: Prórroga de residencia", bounce=True,
    body="""This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<carlitos.vzla1985@gmial.com>: Host or domain name not found. Name service error
    for name=gmial.com type=A: Host not found""",
    proc="prorroga_residencia", ignorado=True, fields={})

msg(slug="boletin-lista-ong", mbox=MP, recv=R(6, 7, 0, 0),
    frm=("Red de Protección Migrante", "boletin@redmigrante-noticias.org"), subject="Boletín mensual - diciembre 2026",
    headers={"List-Id": "Boletin Red Migrante <boletin.redmigrante-noticias.org>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@redmigrante-noticias.org>"},
    body="""BOLETÍN MENSUAL
- Taller gratuito sobre derechos laborales de personas refugiadas, 15 de diciembre.
- Nueva guía de salud mental para migrantes.
Para darse de baja responda con la palabra BAJA.""",
    proc=None, ignorado=True, fields={})

msg(slug="interno-desde-refugiados", mbox=MP, recv=R(4, 17, 40, 10),
    frm=("Refugiados - RREE", RF), subject="RV: Cuadro semanal de atenciones",
    body="""Colegas de mesa de partes:
Les reenviamos el cuadro semanal de atenciones para su consolidación.
Saludos,
Unidad de Refugiados""",
    atts=[("cuadro_semana_49.pdf", pdfkit.text_pdf(["# Cuadro semanal de atenciones - semana 49",
                                                      "Atenciones: 214", "Derivadas: 17"]), "application/pdf")],
    proc=None, ignorado=True, fields={})


# =============================================================== derive labels
def derive(s):
    proc = s["proc"]
    recv = s["recv"]
    fd = filing_day(recv)
    lab = {"file": s["file"], "mailbox": s["mbox"], "received": recv.isoformat(), "procedure": proc,
           "fields": s["fields"], "missing": [], "signature": "not_required", "outcome": None, "flags": [],
           "filing_date": fd.isoformat(), "due_date": None}
    if proc in REQ and "firma" in REQ[proc]:
        lab["signature"] = s["sig"]
    if s.get("ignorado"):
        lab["outcome"] = "ignorado"
        return lab
    if proc in PORTAL:
        lab["outcome"] = "portal"
        return lab
    if proc is None:
        lab["outcome"] = "triage"
        return lab
    flags = []
    if HOME[proc] != s["mbox"]:
        flags.append("derivado")
    if proc == "carne_solicitante":
        lab["outcome"] = "suspendido"
        lab["flags"] = flags
        return lab
    f = s["fields"]
    refugee = s.get("refugee", False) or "carne_extranjeria" in f
    missing = []
    for r in REQ[proc]:
        if r == "firma":
            if s["sig"] in ("absent", "invalid"):
                missing.append("firma")
        elif r == "denuncia_policial":
            if not s.get("denuncia"):
                missing.append(r)
        elif r.endswith("*"):
            if refugee and r[:-1] not in f:
                missing.append(r[:-1])
        elif r not in f:
            missing.append(r)
    if s.get("sig") == "manuscrita":
        flags.append("verificar_firma")
    if proc in RECURSOS and s.get("notified"):
        if fd > add_bd(s["notified"], 15):
            flags.append("extemporaneo")
    lab["missing"] = missing
    lab["flags"] = flags
    if missing:
        lab["outcome"] = "subsanar"
        lab["due_date"] = add_bd(fd, 2).isoformat()
    else:
        lab["outcome"] = "cargo" if proc in RECURSOS else "acuse"
        lab["due_date"] = add_bd(fd, PLAZO[proc]).isoformat()
    return lab


# =============================================================== write .eml
def build_eml(s, n):
    m = EmailMessage()
    recv = s["recv"]
    sent = recv - dt.timedelta(seconds=37 + (n * 53) % 400)
    name, addr = s["frm"]
    dom = addr.split("@")[1].lower()
    m["Received"] = (f"from mail.{dom} (mail.{dom} [190.{n % 200}.{(n * 7) % 250}.{(n * 13) % 250}]) "
                     f"by mx1.rree.gob.pe (Postfix) with ESMTPS id {n:04X}A{n * 977 % 100000:05d} "
                     f"for <{s['mbox']}>; {email.utils.format_datetime(recv)}")
    m["Delivered-To"] = s["mbox"]
    m["Date"] = email.utils.format_datetime(sent)
    m["From"] = email.utils.formataddr((name, addr))
    m["To"] = s.get("to", s["mbox"])
    m["Subject"] = s["subject"]
    m["Message-ID"] = f"<r39.{n:03d}.{int(recv.timestamp())}@{dom}>"
    for k, v in s.get("headers", {}).items():
        m[k] = v
    if s.get("bounce"):
        pass
        b = "==BOUNCE_r39_%03d==" % n
        raw = (f"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
               f"--{b}\nContent-Type: text/plain; charset=us-ascii\nContent-Description: Notification\n\n{s['body']}\n\n"
               f"--{b}\nContent-Type: message/delivery-status\nContent-Description: Delivery report\n\n"
               "Reporting-MTA: dns; mx1.rree.gob.pe\nArrival-Date: " + email.utils.format_datetime(sent) + "\n\n"
               "Final-Recipient: rfc822; carlitos.vzla1985@gmial.com\nAction: failed\nStatus: 5.1.2\n"
               "Diagnostic-Code: X-Postfix; Host or domain name not found\n\n"
               f"--{b}\nContent-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n"
               "From: refugiados@rree.gob.pe\nTo: carlitos.vzla1985@gmial.com\nSubject: =?utf-8?q?Pr=C3=B3rroga_de_residencia?=\n\n"
               f"--{b}--\n")
        body = email.message_from_string(raw, policy=email.policy.default)
        for k in ("MIME-Version", "Content-Type"):
            m[k] = body[k]
        m.set_payload(body.get_payload())
        return m
    if "html" in s:
        import re
        text = re.sub(r"<[^>]+>", " ", s["html"])
        m.set_content(s["html"], subtype="html")
    else:
        m.set_content(s["body"])
    for fn, data, ctype in s.get("atts", []):
        mt, st = ctype.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def main():
    for f in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(f)
    M.sort(key=lambda s: s["recv"])
    labels = []
    for i, s in enumerate(M, 1):
        s["file"] = f"{i:03d}-{s['slug']}.eml"
        m = build_eml(s, i)
        with open(os.path.join(HERE, s["file"]), "wb") as fh:
            fh.write(m.as_bytes())
        labels.append(derive(s))
        # sanity checks on signature statuses of PDFs
        pdfs = [d for fn, d, ct in s.get("atts", []) if ct == "application/pdf"]
        if s.get("sig") in ("valid", "invalid"):
            ok = pdfkit.sig_intact(pdfs[0])
            assert ok is (s["sig"] == "valid"), (s["file"], ok)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
