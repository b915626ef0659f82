#!/usr/bin/env python3
"""Writes round45: a month (30 Nov 2026 - 4 Jan 2027) of mail to the CEPR's three mailboxes.

Run with the r45 venv:  /work/rounds/.venv-r45/bin/python build.py
Writes NNN-slug.eml and labels.jsonl next to this file, then cross-checks every label
against the rules of INTAKE.md (requirements, signature status of the actual bytes,
denuncia, flags, filing/due dates) and the presence of every labelled value in the text.
"""
import datetime as dt
import email.utils
import hashlib
import json
import logging
import os
import re
import sys
import unicodedata
import warnings
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import policy

warnings.filterwarnings("ignore")
logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib45 as L  # noqa: E402

SOL = "solicitantesrefugio@rree.gob.pe"
MP = "mesadepartes@rree.gob.pe"
REF = "refugiados@rree.gob.pe"

MSGS = []


def add(slug, **kw):
    kw["slug"] = slug
    MSGS.append(kw)


def att(filename, data, ctype):
    return {"filename": filename, "data": data, "ctype": ctype}


def pdf_att(filename, data):
    return att(filename, data, "application/pdf")


# =====================================================================================
# 001  actualización de datos, venezolana, lista con puntos suspensivos, correo nuevo
add("actualizacion-datos-lista-puntos",
    mailbox=SOL, recv="2026-11-30 09:12:44", sender_tz=-4,
    frm='"Yusi Marcano" <yusmarcano93@gmail.com>',
    subject="Actualización de datos",
    mua="gmail",
    text="""Buenos días, solicito la actualización de mis datos de contacto.

* Nombre y apellido ....... Yusleidy Carolina Marcano Rivas
* Nacionalidad ............ Venezolana
* Cédula .................. V-24.567.891
* Nuevo teléfono .......... 912 345 678
* Nuevo correo ............ yusleidy.marcano93@gmail.com
* Nueva dirección ......... Jr. Huallaga 1120, dpto 3, Cercado de Lima

El correo anterior (este desde el que escribo) lo voy a dejar de usar.
Muchas gracias, quedo atenta.

Yusleidy
""",
    label=dict(procedure="actualizacion_datos",
               fields={"nombres": "Yusleidy Carolina Marcano Rivas", "nacionalidad": "VE",
                       "documento_identidad": "V24567891", "telefono": "+51912345678",
                       "correo": "yusleidy.marcano93@gmail.com"},
               missing=[], outcome="acuse", flags=[]))

# 002  cambio de clave, one-liner en minúsculas desde el celular, sábado de noche
add("cambio-clave-minusculas-celular",
    mailbox=SOL, recv="2026-12-05 22:47:10", sender_tz=-5,
    frm="jhonnyp1995@hotmail.com",
    subject="cambio de clave",
    mua="android",
    text="buenas noches necesito cambio de clave no puedo entrar al sistema, soy jhonny alexander pineda rojas pasaporte 143256789 cel 924118703 gracias\n\nEnviado desde mi Huawei\n",
    label=dict(procedure="cambio_clave",
               fields={"nombres": "jhonny alexander pineda rojas", "documento_identidad": "143256789",
                       "telefono": "+51924118703", "correo": "jhonnyp1995@hotmail.com",
                       "motivo": "no puedo entrar al sistema"},
               missing=[], outcome="acuse", flags=[]))


# 003  apelación presentada por abogado, PDF firmado digitalmente, notificación a tiempo
def a003():
    pdf = L.text_pdf([
        "Señores",
        "Comisión Especial para los Refugiados",
        "Ministerio de Relaciones Exteriores",
        "",
        "HERNÁN DARÍO CASTAÑO RUIZ, de nacionalidad colombiana, identificado con Cédula de "
        "Ciudadanía N° 1.094.887.321, con domicilio en Jr. Cuzco 455, Cercado de Lima, ante "
        "ustedes me presento y digo:",
        "",
        "Que interpongo RECURSO DE APELACIÓN contra la Resolución N° 0871-2026-CEPR/SE, que "
        "declaró infundado mi recurso de reconsideración, notificada el 20 de noviembre de 2026.",
        "",
        "FUNDAMENTOS: La resolución no valoró las amenazas de muerte que recibí de la "
        "estructura armada que opera en el Bajo Cauca antioqueño, pese a que obran en el "
        "expediente la denuncia ante la Fiscalía y la constancia de la Defensoría del Pueblo. "
        "Tampoco consideró que mi nombre figura en un panfleto difundido en Caucasia en 2025.",
        "",
        "Datos de contacto: celular 987 220 145 / correo hdcastano.ruiz@gmail.com",
        "",
        "Lima, 30 de noviembre de 2026",
        "",
        "Hernán Darío Castaño Ruiz",
    ], title="RECURSO DE APELACIÓN")
    return [pdf_att("Recurso_Apelacion_Castano_firmado.pdf", L.sign_pdf(pdf, "HERNAN DARIO CASTANO RUIZ"))]


add("apelacion-abogado-pdf-firmado",
    mailbox=MP, recv="2026-12-01 11:05:31", sender_tz=-5,
    frm='"Estudio Salazar & Asociados" <rsalazar@salazarabogados.pe>',
    subject="Recurso de Apelación - Hernán Darío Castaño Ruiz",
    mua="outlook",
    text="""Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

Por medio del presente, en mi calidad de abogado patrocinante del señor HERNÁN DARÍO CASTAÑO RUIZ, de nacionalidad colombiana, identificado con Cédula de Ciudadanía N° 1.094.887.321, remito adjunto el Recurso de Apelación contra la Resolución N° 0871-2026-CEPR/SE, que declaró infundado su recurso de reconsideración, notificada el 20 de noviembre de 2026.

El recurso, firmado digitalmente por mi patrocinado, expone como fundamento que la Comisión no valoró las amenazas documentadas en el expediente (denuncia ante la Fiscalía y constancia de la Defensoría del Pueblo).

Para efectos de notificación, los datos de contacto de mi patrocinado son: celular 987 220 145 y correo hdcastano.ruiz@gmail.com.

Atentamente,

Dr. Ricardo Salazar Méndez
Abogado - Reg. CAL N° 45872
DNI 09876543
Av. Arequipa 2450, of. 701, Lince
Telf. (01) 442-3190
""",
    atts=a003, notif="2026-11-20",
    label=dict(procedure="apelacion",
               fields={"nombres": "Hernán Darío Castaño Ruiz", "nacionalidad": "CO",
                       "documento_identidad": "1094887321", "telefono": "+51987220145",
                       "correo": "hdcastano.ruiz@gmail.com",
                       "motivo": "La resolución no valoró las amenazas de muerte que recibí de la estructura armada que opera en el Bajo Cauca antioqueño"},
               missing=[], outcome="cargo", flags=[]))

# 004  reconsideración en prosa, cubano, sin adjunto (firma absent), después del cierre
add("reconsideracion-prosa-sin-firma",
    mailbox=MP, recv="2026-12-02 17:40:05", sender_tz=-5,
    frm='"Yoandri F." <yoandrifernandez88@gmail.com>',
    subject="Recurso de reconsideracion",
    mua="gmail",
    text="""Buenas tardes señores de la Comisión,

Mi nombre es Yoandri Fernández Castillo, soy cubano y me identifico con el carnet de identidad 88042312467 y también con el pasaporte K123456 (lo tengo vencido). Les escribo para presentar recurso de reconsideración contra la resolución que me denegó el refugio, que me llegó al correo hace unos días.

Pido que reconsideren mi caso porque en la entrevista no pude explicar bien la persecución que sufrí por haber participado en las protestas del 11 de julio en San Antonio de los Baños. Ahora tengo la citación de la Seguridad del Estado y la carta de mi antiguo centro de trabajo donde consta mi expulsión, que son pruebas nuevas que no estaban en el expediente.

Me pueden llamar al 951 774 302 o escribirme aquí mismo.

Saludos cordiales,
Yoandri
""",
    label=dict(procedure="reconsideracion",
               fields={"nombres": "Yoandri Fernández Castillo", "nacionalidad": "CU",
                       "documento_identidad": "88042312467", "telefono": "+51951774302",
                       "correo": "yoandrifernandez88@gmail.com",
                       "motivo": "en la entrevista no pude explicar bien la persecución que sufrí por haber participado en las protestas del 11 de julio"},
               missing=["firma"], outcome="subsanar", flags=[]))

# 005  prórroga, haitiano, Outlook HTML con tabla
add("prorroga-outlook-tabla-haiti",
    mailbox=REF, recv="2026-12-02 10:20:18", sender_tz=-5,
    frm='"Jean Robert Pierre-Louis" <jr.pierrelouis@outlook.com>',
    subject="PRÓRROGA DE RESIDENCIA",
    mua="outlook", charset="iso-8859-1",
    text="""Buenos días,

Por medio del presente solicito la prórroga anual de mi residencia como refugiado.

Nombres y Apellidos\tJean Robert Pierre-Louis
Sexo\tMasculino
Nacionalidad\tHaitiana
Pasaporte\tRD4452817
Carné de Extranjería\t000512347
Fecha de nacimiento\t12/06/1984
Teléfono\t+51 944 618 230

Atentamente,
Jean Robert Pierre-Louis
""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="ES-PE"><div class="WordSection1">
<p class="MsoNormal">Buenos días,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Por medio del presente solicito la prórroga anual de mi residencia como refugiado.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="220" style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Nombres y Apellidos</b></p></td><td width="300" style="padding:0cm 5.4pt"><p class="MsoNormal">Jean Robert Pierre-Louis</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Sexo</b></p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal">Masculino</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Nacionalidad</b></p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal">Haitiana</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Pasaporte</b></p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal">RD4452817</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Carné de Extranjería</b></p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal">000512347</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Fecha de nacimiento</b></p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal">12/06/1984</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Teléfono</b></p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal">+51 944 618 230</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Atentamente,<o:p></o:p></p><p class="MsoNormal">Jean Robert Pierre-Louis<o:p></o:p></p>
</div></body></html>""",
    refugee=True,
    label=dict(procedure="prorroga_residencia",
               fields={"nombres": "Jean Robert Pierre-Louis", "sexo": "M", "nacionalidad": "HT",
                       "documento_identidad": "RD4452817", "carne_extranjeria": "000512347",
                       "fecha_nacimiento": "1984-06-12", "telefono": "+51944618230",
                       "correo": "jr.pierrelouis@outlook.com"},
               missing=[], outcome="acuse", flags=[]))


# 006  duplicado CE, venezolana, constancia de denuncia en PDF cuyo nombre no dice "denuncia"
def a006():
    pdf = L.text_pdf([
        "POLICÍA NACIONAL DEL PERÚ",
        "COMISARÍA PNP SAN ISIDRO",
        "",
        "CONSTANCIA DE DENUNCIA POLICIAL",
        "",
        "Se deja constancia que ante esta dependencia policial se presentó la persona de "
        "Marielis del Valle Gutiérrez Salazar, quien denunció el hurto de sus documentos "
        "personales, entre ellos su carné de extranjería, ocurrido en la estación Canaval y "
        "Moreyra del Metropolitano.",
        "",
        "Se expide la presente a solicitud de la interesada para los fines que estime conveniente.",
        "",
        "San Isidro, 29 de noviembre de 2026",
        "",
        "SO2 PNP  J. Mamani C.",
        "Instructor",
    ], title="CONSTANCIA")
    return [pdf_att("constancia_comisaria.pdf", pdf)]


add("duplicado-ce-constancia-pdf",
    mailbox=REF, recv="2026-12-03 08:47:00", sender_tz=-5,
    frm='"Marielis Gutiérrez" <marielisgtz@gmail.com>',
    subject="Duplicado de carné de extranjería",
    mua="gmail",
    text="""Buenos días, por medio de la presente solicito el duplicado de mi carné de extranjería, el cual me fue robado el sábado en el Metropolitano. Adjunto la constancia de la comisaría.

Nombres y apellidos: Marielis del Valle Gutiérrez Salazar
Sexo: Femenino
Nacionalidad: venezolana
Cédula de identidad: V-19.874.320
Carné de extranjería: 001873455
Fecha de nacimiento: 3 de febrero de 1991
Teléfono: 955-410-872

Gracias de antemano.
""",
    atts=a006, refugee=True,
    label=dict(procedure="duplicado_carne_extranjeria",
               fields={"nombres": "Marielis del Valle Gutiérrez Salazar", "sexo": "F", "nacionalidad": "VE",
                       "documento_identidad": "V19874320", "carne_extranjeria": "001873455",
                       "fecha_nacimiento": "1991-02-03", "telefono": "+51955410872",
                       "correo": "marielisgtz@gmail.com",
                       "motivo": "me fue robado el sábado en el Metropolitano"},
               missing=[], outcome="acuse", flags=[]))


# 007  autorización de viaje, colombiano refugiado, datos SOLO en el PDF firmado; 16:29:40
def a007():
    pdf = L.text_pdf([
        "Lima, 3 de diciembre de 2026",
        "",
        "Señores",
        "Secretaría Ejecutiva de la Comisión Especial para los Refugiados",
        "",
        "Yo, Luis Fernando Ocampo Giraldo, refugiado reconocido, con Carné de Extranjería "
        "N° 000734219, solicito autorización de viaje por urgencia.",
        "",
        "Motivo: intervención quirúrgica de emergencia de mi hija menor, que vive con su madre en Quito.",
        "Lugar de destino: Quito, Ecuador",
        "Fecha de salida: 10/12/2026",
        "Fecha de retorno: 27/12/2026",
        "Teléfono: 989 301 556",
        "Correo: lfocampo.refugio@gmail.com",
        "",
        "Atentamente,",
        "Luis Fernando Ocampo Giraldo",
    ], title="SOLICITUD DE AUTORIZACIÓN DE VIAJE")
    return [pdf_att("solicitud_viaje_LFOcampo.pdf", L.sign_pdf(pdf, "LUIS FERNANDO OCAMPO GIRALDO"))]


add("autorizacion-viaje-pdf-firmado-1629",
    mailbox=REF, recv="2026-12-03 16:29:40", sender_tz=-5,
    frm='"Luis F. Ocampo" <lfocampo.refugio@gmail.com>',
    subject="Autorización de Viaje",
    mua="gmail",
    text="Buenas tardes, adjunto solicitud firmada digitalmente de autorización de viaje por urgencia.\nQuedo atento.\n\nLuis Fernando Ocampo Giraldo\n",
    atts=a007, refugee=True,
    label=dict(procedure="autorizacion_viaje",
               fields={"nombres": "Luis Fernando Ocampo Giraldo", "carne_extranjeria": "000734219",
                       "destino": "Quito, Ecuador", "fecha_salida": "2026-12-10", "fecha_retorno": "2026-12-27",
                       "telefono": "+51989301556", "correo": "lfocampo.refugio@gmail.com",
                       "motivo": "intervención quirúrgica de emergencia de mi hija menor"},
               missing=[], outcome="acuse", flags=[]))


# 008  renuncia escrita por la hija en nombre de la madre; carta manuscrita en JPG
def a008():
    img = L.handwritten_page([
        "Lima, 3 de diciembre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "Yo, Carmen Elena Villalobos de Suárez, venezolana,",
        "cédula V-7.845.112, renuncio a mi solicitud de refugio",
        "porque regreso a Venezuela a cuidar a mi madre.",
        "Atentamente,",
    ], seed=8)
    return [att("carta_renuncia_mama.jpg", L.jpeg_bytes(img), "image/jpeg")]


add("renuncia-hija-por-madre-jpg",
    mailbox=MP, recv="2026-12-04 08:02:13", sender_tz=-5,
    frm='"Andrea Suárez" <andrea.suarez.v@gmail.com>',
    subject="Renuncia - Carmen Elena Villalobos de Suárez",
    mua="gmail",
    text="""Buenos días,

Le escribo en nombre de mi mamá, la señora Carmen Elena Villalobos de Suárez, venezolana, cédula de identidad V-7.845.112, quien es solicitante de refugio desde 2019. Ella decidió renunciar a su solicitud porque va a regresar a Venezuela a cuidar a mi abuela, que está muy enferma en Maracaibo.

Adjunto la carta de renuncia que ella escribió a mano y firmó (la escaneé con el celular).

Mi mamá no maneja bien el correo, así que cualquier comunicación puede ser a este correo o a su celular 916 223 087.

Gracias,
Andrea Valentina Suárez Villalobos
C.I. V-26.114.990
""",
    atts=a008,
    label=dict(procedure="renuncia",
               fields={"nombres": "Carmen Elena Villalobos de Suárez", "nacionalidad": "VE",
                       "documento_identidad": "V7845112", "telefono": "+51916223087",
                       "correo": "andrea.suarez.v@gmail.com",
                       "motivo": "va a regresar a Venezuela a cuidar a mi abuela, que está muy enferma en Maracaibo"},
               missing=[], outcome="acuse", flags=["verificar_firma"]))

# 009  solicitud de refugio (portal), angoleño, portugués con español, domingo
add("solicitud-refugio-angola-portugues",
    mailbox=SOL, recv="2026-12-06 19:30:02", sender_tz=-5,
    frm='"Manuel K." <manuelkiala.ao@gmail.com>',
    subject="Solicitud de refugio",
    mua="gmail",
    text="""Bom dia / buenos días

Meu nome é Manuel Kiala Nsimba, sou angolano, cheguei ao Peru há duas semanas pelo aeroporto Jorge Chávez. Quero pedir refúgio, quiero solicitar refugio aquí en Perú. Não falo bem espanhol, desculpem.

Meu passaporte: N2087341
Telefone / WhatsApp: +244 923 456 781 (número de Angola)

Obrigado / gracias
Manuel
""",
    label=dict(procedure="solicitud_refugio",
               fields={"nombres": "Manuel Kiala Nsimba", "nacionalidad": "AO",
                       "documento_identidad": "N2087341", "telefono": "+244923456781",
                       "correo": "manuelkiala.ao@gmail.com"},
               missing=[], outcome="portal", flags=[]))

# 010  autorización de trabajo (portal) a refugiados@: no es derivado
add("autorizacion-trabajo-una-linea",
    mailbox=REF, recv="2026-12-10 07:55:31", sender_tz=-5,
    frm='"Dani" <danieljosearaujo.27@gmail.com>',
    subject="autorizacion de trabajo",
    mua="iphone",
    text="hola buen dia como hago para sacar la autorizacion de trabajo? ya meti mi solicitud hace un mes. daniel araujo 933 508 114\n\nEnviado desde mi iPhone\n",
    label=dict(procedure="autorizacion_trabajo",
               fields={"nombres": "daniel araujo", "telefono": "+51933508114",
                       "correo": "danieljosearaujo.27@gmail.com"},
               missing=[], outcome="portal", flags=[]))

# 011  entrevista de registro (portal), Bangladesh, inglés, día no laborable
add("entrevista-registro-bangladesh-ingles",
    mailbox=SOL, recv="2026-12-07 10:14:09", sender_tz=-5,
    frm='"Md. Rafiqul Islam" <rafiqul.islam.bd@yahoo.com>',
    subject="Entrevista de Registro - request for appointment",
    mua="yahoo",
    text="""Dear Sir/Madam,

I registered my application online on 2 November 2026 but I have not received any date for the registration interview. Please could you give me an appointment.

Full name: Mohammad Rafiqul Islam
Nationality: Bangladeshi
Passport No.: EF0761123
Mobile (WhatsApp): +51 968 230 417

Thank you very much.
Best regards,
Rafiqul
""",
    label=dict(procedure="entrevista_registro",
               fields={"nombres": "Mohammad Rafiqul Islam", "nacionalidad": "BD",
                       "documento_identidad": "EF0761123", "telefono": "+51968230417",
                       "correo": "rafiqul.islam.bd@yahoo.com"},
               missing=[], outcome="portal", flags=[]))

# 012  carné de solicitante (suspendido), feriado
add("carne-solicitante-feriado",
    mailbox=SOL, recv="2026-12-08 12:00:47", sender_tz=-5,
    frm='"Ender Colmenares" <endercolmenares@gmail.com>',
    subject="Carné de solicitante",
    mua="gmail",
    text="""Buenas tardes. Quisiera solicitar la emisión de mi carné de solicitante de refugio, ya hice la entrevista de registro en octubre.

Nombre completo: Ender Rafael Colmenares Ugas
Pasaporte: 112908754
Celular: +51 927 004 519
Correo: endercolmenares@gmail.com

Saludos
""",
    label=dict(procedure="carne_solicitante",
               fields={"nombres": "Ender Rafael Colmenares Ugas", "documento_identidad": "112908754",
                       "telefono": "+51927004519", "correo": "endercolmenares@gmail.com"},
               missing=[], outcome="suspendido", flags=[]))

# 013  duplicado del carné de solicitante, haitiano, criollo + español (suspendido)
add("carne-solicitante-duplicado-kreyol",
    mailbox=SOL, recv="2026-12-11 09:33:12", sender_tz=-5,
    frm='"Wilner" <wilnerjoseph509@gmail.com>',
    subject="duplicado carnet de solicitante",
    mua="android",
    text="""Bonjou, buenos días.

Mwen se Wilner Joseph, ayisyen (haitiano). Mwen pèdi kat solicitante mwen nan bis la - perdí mi carné de solicitante de refugio en el bus de la Javier Prado. Mwen bezwen yon duplicado tanpri, necesito un duplicado por favor.

Paspò / pasaporte: PN2219874
Telefòn: 9 3456 1289

Mèsi anpil / muchas gracias
""",
    label=dict(procedure="carne_solicitante",
               fields={"nombres": "Wilner Joseph", "nacionalidad": "HT", "documento_identidad": "PN2219874",
                       "telefono": "+51934561289", "correo": "wilnerjoseph509@gmail.com",
                       "motivo": "perdí mi carné de solicitante de refugio en el bus de la Javier Prado"},
               missing=[], outcome="suspendido", flags=[]))

# 014  actualización, colombiano refugiado reconocido sin número de CE, 16:31
add("actualizacion-refugiado-sin-ce",
    mailbox=SOL, recv="2026-12-10 16:31:05", sender_tz=-5,
    frm='"Jhon Jairo Mosquera" <jjmosquera.cali@hotmail.com>',
    subject="Actualización de datos",
    mua="outlook",
    text="""Cordial saludo.

Soy Jhon Jairo Mosquera Valencia, colombiano, refugiado reconocido por la Comisión desde el año 2021. Les escribo para actualizar mis datos de contacto porque me mudé a Trujillo. Mi cédula de ciudadanía es la 16.789.334 y mi nuevo número de celular es el 968 112 745. Mi nueva dirección es Calle Los Pinos 345, urb. El Recreo, Trujillo.

Agradezco su atención.

Jhon Jairo Mosquera V.
""",
    refugee=True,
    label=dict(procedure="actualizacion_datos",
               fields={"nombres": "Jhon Jairo Mosquera Valencia", "nacionalidad": "CO",
                       "documento_identidad": "16789334", "telefono": "+51968112745",
                       "correo": "jjmosquera.cali@hotmail.com", "motivo": "me mudé a Trujillo"},
               missing=["carne_extranjeria"], outcome="subsanar", flags=[]))

# 015  actualización por una ONG para una solicitante camerunesa; sólo el teléfono de la ONG
add("actualizacion-ong-camerun",
    mailbox=SOL, recv="2026-12-11 11:40:26", sender_tz=-5,
    frm='"Red Andina de Apoyo al Migrante" <asistencia@redandinamigrante.org>',
    subject="Actualización de datos - Sra. Ngo Bikoko",
    mua="outlook",
    text="""Estimados señores:

Reciban un cordial saludo de la Red Andina de Apoyo al Migrante. Acompañamos a la señora Marie-Claire Ngo Bikoko, solicitante de refugio, quien nos pide apoyo para actualizar sus datos de contacto ante la Comisión, ya que aún no habla español con fluidez.

Sus datos son:
- Nombres y apellidos: Marie-Claire Ngo Bikoko
- Nacionalidad: Camerún
- Pasaporte: AA0712396
- Nuevo correo electrónico: mcngobikoko@yahoo.fr

La señora todavía no cuenta con un número de teléfono propio; les agradeceremos comunicarse a través de nuestra oficina.

Mensaje de la señora: « Je vous remercie de votre aide et de votre patience. » 

Atentamente,

Lucía Paredes Quispe
Asistente Legal
Red Andina de Apoyo al Migrante
Av. Brasil 1340, Jesús María, Lima
Tel.: (01) 618-4420
www.redandinamigrante.org
""",
    label=dict(procedure="actualizacion_datos",
               fields={"nombres": "Marie-Claire Ngo Bikoko", "nacionalidad": "CM",
                       "documento_identidad": "AA0712396", "telefono": "+5116184420",
                       "correo": "mcngobikoko@yahoo.fr"},
               missing=[], outcome="acuse", flags=[]))

# 016  cambio de clave enviado a refugiados@ (derivado), ecuatoriana, guiones
add("cambio-clave-derivado-ecuador",
    mailbox=REF, recv="2026-12-14 09:02:55", sender_tz=-5,
    frm='"Gabriela Chiriboga" <gabychiriboga@outlook.es>',
    subject="Cambio de clave y contraseña",
    mua="outlook",
    text="""Buen día, solicito el cambio de clave y contraseña del Sistema de Refugiados.

Nombres completos - María Gabriela Chiriboga Andrade
Nacionalidad - ecuatoriana
Cédula - 171834509-6
Celular - +51 981 556 203
Correo - gabychiriboga@outlook.es

Saludos cordiales
""",
    label=dict(procedure="cambio_clave",
               fields={"nombres": "María Gabriela Chiriboga Andrade", "nacionalidad": "EC",
                       "documento_identidad": "1718345096", "telefono": "+51981556203",
                       "correo": "gabychiriboga@outlook.es"},
               missing=[], outcome="acuse", flags=["derivado"]))


# 017  apelación extemporánea (notificada 28/10/2026), PDF firmado con todos los datos
def a017():
    pdf = L.text_pdf([
        "SEÑORES COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "",
        "Rosmary Alejandra Quintero Belandria, de nacionalidad venezolana, identificada con "
        "pasaporte N° 138877260, interpongo recurso de apelación contra la Resolución "
        "N° 1203-2026-CEPR/SE, notificada el 28 de octubre de 2026, que declaró infundada mi "
        "reconsideración.",
        "",
        "FUNDAMENTOS:",
        "1. La Comisión no tomó en cuenta mi condición de activista LGBTI perseguida en "
        "Mérida, acreditada con las denuncias que adjunté.",
        "2. El informe de país utilizado es del año 2021 y no refleja la situación actual.",
        "",
        "Teléfono: +51 934 771 208",
        "Correo electrónico: rosmaryquintero.abg@gmail.com",
        "",
        "Lima, 10 de diciembre de 2026",
        "",
        "Rosmary Alejandra Quintero Belandria",
    ], title="RECURSO DE APELACIÓN")
    return [pdf_att("apelacion_RQuintero.pdf", L.sign_pdf(pdf, "ROSMARY ALEJANDRA QUINTERO BELANDRIA"))]


add("apelacion-extemporanea-pdf-firmado",
    mailbox=MP, recv="2026-12-11 12:22:40", sender_tz=-5,
    frm='"Rosmary Quintero" <rosmaryquintero.abg@gmail.com>',
    subject="RECURSO DE APELACION",
    mua="gmail",
    text="Buenas tardes, remito mi recurso de apelación firmado digitalmente.\n\nAtte. Rosmary Quintero\n",
    atts=a017, notif="2026-10-28",
    label=dict(procedure="apelacion",
               fields={"nombres": "Rosmary Alejandra Quintero Belandria", "nacionalidad": "VE",
                       "documento_identidad": "138877260", "telefono": "+51934771208",
                       "correo": "rosmaryquintero.abg@gmail.com",
                       "motivo": "La Comisión no tomó en cuenta mi condición de activista LGBTI perseguida en Mérida"},
               missing=[], outcome="cargo", flags=["extemporaneo"]))


# 018  reconsideración con firma alterada (invalid); Received en UTC
def a018():
    pdf = L.text_pdf([
        "Señores de la Comisión Especial para los Refugiados:",
        "",
        "Yo, Leidy Johana Rentería Palacios, de nacionalidad colombiana, identificada con "
        "C.C. 1.077.456.213, presento recurso de reconsideración contra la resolución que "
        "denegó mi solicitud de refugio.",
        "",
        "Motivo: no se tuvo en cuenta que soy víctima de desplazamiento forzado en Quibdó, "
        "con inscripción en el Registro Único de Víctimas, y que los mismos actores armados "
        "siguen buscando a mi familia.",
        "",
        "Celular: 925 660 318   Correo: leidyrenteria.co@gmail.com",
        "",
        "Atentamente,",
        "Leidy Johana Rentería Palacios",
    ], compress=False, title="RECURSO DE RECONSIDERACIÓN")
    signed = L.sign_pdf(pdf, "LEIDY JOHANA RENTERIA PALACIOS")
    altered = L.alter_signed(signed, b"(Atentamente,)", b"(ATENTAMENTE,)")
    return [pdf_att("reconsideracion_leidy_renteria.pdf", altered)]


add("reconsideracion-firma-alterada",
    mailbox=MP, recv="2026-12-14 15:48:21", recv_utc=True, sender_tz=-5,
    frm='"Leidy Johana Rentería" <leidyrenteria.co@gmail.com>',
    subject="Recurso de Reconsideración - Leidy Rentería",
    mua="gmail",
    text="""Señores CEPR, buenas tardes.

Adjunto mi recurso de reconsideración firmado.

Mis datos: Leidy Johana Rentería Palacios, C.C. 1.077.456.213, celular 925 660 318, correo leidyrenteria.co@gmail.com

Motivo: no se tuvo en cuenta que soy víctima de desplazamiento forzado en Quibdó.

Gracias.
""",
    atts=a018,
    label=dict(procedure="reconsideracion",
               fields={"nombres": "Leidy Johana Rentería Palacios", "nacionalidad": "CO",
                       "documento_identidad": "1077456213", "telefono": "+51925660318",
                       "correo": "leidyrenteria.co@gmail.com",
                       "motivo": "no se tuvo en cuenta que soy víctima de desplazamiento forzado en Quibdó"},
               missing=["firma"], outcome="subsanar", flags=[]))

# 019  prórroga en inglés, sirio, falta sexo y fecha de nacimiento, de noche
add("prorroga-ingles-siria-incompleta",
    mailbox=REF, recv="2026-12-15 20:05:33", sender_tz=-5,
    frm='"Omar Haddad" <omar.haddad.lima@gmail.com>',
    subject="Prorroga de residencia - annual extension",
    mua="gmail",
    text="""Hello,

I am a recognised refugee in Peru and I need to request the annual extension of my residence (prórroga de residencia).

Name: Omar Khaled Haddad
Nationality: Syrian
Passport: N011873452
Carné de extranjería: 000655120
Phone: +51 940 223 781

Thank you,
Omar
""",
    refugee=True,
    label=dict(procedure="prorroga_residencia",
               fields={"nombres": "Omar Khaled Haddad", "nacionalidad": "SY",
                       "documento_identidad": "N011873452", "carne_extranjeria": "000655120",
                       "telefono": "+51940223781", "correo": "omar.haddad.lima@gmail.com"},
               missing=["sexo", "fecha_nacimiento"], outcome="subsanar", flags=[]))

# 020  duplicado CE, cubana, denuncia mencionada pero NO adjunta; datos con barras
add("duplicado-ce-sin-denuncia-barras",
    mailbox=REF, recv="2026-12-16 10:10:10", sender_tz=-5,
    frm='"Yanelis Betancourt" <yanelisbetancourt@gmail.com>',
    subject="duplicado de carnet de extranjeria",
    mua="android",
    text="""Hola buenas, quería pedir el duplicado de mi carnet de extranjería porque se me perdió la cartera con todos mis documentos en Gamarra. Ya puse la denuncia en la comisaría de La Victoria pero no tengo escáner, la mando apenas pueda.

mis datos:
Yanelis Betancourt Morales / F / cubana / pasaporte J498812 / CE 000591034 / nací el 21-09-1987 / tel 947 330 612

gracias
""",
    refugee=True,
    label=dict(procedure="duplicado_carne_extranjeria",
               fields={"nombres": "Yanelis Betancourt Morales", "sexo": "F", "nacionalidad": "CU",
                       "documento_identidad": "J498812", "carne_extranjeria": "000591034",
                       "fecha_nacimiento": "1987-09-21", "telefono": "+51947330612",
                       "correo": "yanelisbetancourt@gmail.com",
                       "motivo": "se me perdió la cartera con todos mis documentos en Gamarra"},
               missing=["denuncia_policial"], outcome="subsanar", flags=[]))

# 021  autorización de viaje sólo en HTML, sin adjunto, sin fecha de retorno
add("autorizacion-viaje-html-sin-firma",
    mailbox=REF, recv="2026-12-16 13:27:50", sender_tz=-5,
    frm='"Gustavo Adolfo Rondón" <gusrondon@hotmail.com>',
    subject="Autorizacion de viaje urgente",
    mua="outlook", html_only=True,
    html="""<html><head><meta charset="utf-8"></head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:12pt">
<p>Buenas tardes,</p>
<p>Soy <b>Gustavo Adolfo Rondón Pérez</b>, refugiado reconocido, carné de extranjería N° <b>000448902</b>. Solicito autorización de viaje por urgencia: mi padre falleció ayer en Bogotá, donde vivía, y debo viajar para el sepelio y los trámites de la sucesión.</p>
<p>Destino: Bogotá, Colombia<br>
Fecha de salida: 18/12/2026<br>
Fecha de regreso: todavía no sé, depende de los trámites</p>
<p>Celular: 991 405 662</p>
<p>Gracias de antemano,<br>Gustavo</p>
</div></body></html>""",
    refugee=True,
    label=dict(procedure="autorizacion_viaje",
               fields={"nombres": "Gustavo Adolfo Rondón Pérez", "carne_extranjeria": "000448902",
                       "destino": "Bogotá, Colombia", "fecha_salida": "2026-12-18",
                       "telefono": "+51991405662", "correo": "gusrondon@hotmail.com",
                       "motivo": "mi padre falleció ayer en Bogotá, donde vivía, y debo viajar para el sepelio"},
               missing=["firma", "fecha_retorno"], outcome="subsanar", flags=[]))


# 022  renuncia en inglés, afgano refugiado reconocido, PDF firmado
def a022():
    pdf = L.text_pdf([
        "To: Comisión Especial para los Refugiados - Lima",
        "",
        "I, Ahmad Shah Noori, national of Afghanistan, passport No. P03318842, holder of "
        "Carné de Extranjería No. 000712664 as a recognised refugee, hereby renounce my "
        "refugee status in Peru.",
        "",
        "Reason: my family and I have been accepted in a family reunification programme in "
        "Canada, where my brother lives, and we will settle there permanently in January 2027.",
        "",
        "Phone: +51 913 007 285",
        "E-mail: ahmadnoori.af@gmail.com",
        "",
        "Lima, 16 December 2026",
        "Ahmad Shah Noori",
    ], title="RENUNCIA A LA CONDICIÓN DE REFUGIADO / RENUNCIATION OF REFUGEE STATUS")
    return [pdf_att("Renuncia_Noori_signed.pdf", L.sign_pdf(pdf, "AHMAD SHAH NOORI"))]


add("renuncia-afganistan-ingles-firmada",
    mailbox=MP, recv="2026-12-17 09:41:17", sender_tz=-5,
    frm='"Ahmad Noori" <ahmadnoori.af@gmail.com>',
    subject="Renuncia / Renunciation of refugee status",
    mua="gmail",
    text="""Dear Commission,

Please find attached my signed letter of renunciation of refugee status (Renuncia). All my details are in the letter.

Thank you for the protection Peru gave to my family.

Kind regards,
Ahmad Shah Noori
""",
    atts=a022, refugee=True,
    label=dict(procedure="renuncia",
               fields={"nombres": "Ahmad Shah Noori", "nacionalidad": "AF",
                       "documento_identidad": "P03318842", "carne_extranjeria": "000712664",
                       "telefono": "+51913007285", "correo": "ahmadnoori.af@gmail.com",
                       "motivo": "my family and I have been accepted in a family reunification programme in Canada"},
               missing=[], outcome="acuse", flags=[]))

# 023  rebote MAILER-DAEMON (multipart/report)
add("rebote-mailer-daemon",
    mailbox=MP, recv="2026-12-17 02:13:58", sender_tz=-5,
    frm='"Mail Delivery System" <MAILER-DAEMON@mx1.rree.gob.pe>',
    subject="Undelivered Mail Returned to Sender",
    bounce=dict(rcpt="kelly.marin.88@gmial.com", orig_subject="Acuse de recibo de su correo"),
    mua="local",
    machine=True,
    label=dict(procedure=None, fields={}, missing=[], outcome="ignorado", flags=[]))

# 024  respuesta automática fuera de oficina (Auto-Submitted)
add("respuesta-automatica-abogada",
    mailbox=SOL, recv="2026-12-18 17:02:44", sender_tz=-5,
    frm='"Patricia Lozano Ríos" <plozano@lozanoabogados.com.pe>',
    subject="Respuesta automática: Actualización de datos",
    mua="outlook",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
           "X-Autoreply": "yes"},
    text="""Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 4 de enero de 2027, con acceso limitado al correo.

Para asuntos urgentes comuníquese con la oficina al (01) 221-0934.

Patricia Lozano Ríos
Lozano Abogados
""",
    machine=True,
    label=dict(procedure="actualizacion_datos", fields={}, missing=[], outcome="ignorado", flags=[]))

# 025  reenvío interno desde otra casilla institucional
add("reenvio-interno-institucional",
    mailbox=REF, recv="2026-12-18 11:15:03", sender_tz=-5,
    frm='"Solicitantes de Refugio - CEPR" <solicitantesrefugio@rree.gob.pe>',
    subject="RV: Prórroga de residencia",
    mua="internal",
    text="""Estimados colegas:

Les reenviamos el correo que llegó a nuestra casilla, por ser de su competencia.

Saludos cordiales,
Área de Atención a Solicitantes
Secretaría Ejecutiva - CEPR

________________________________
De: Kelvin Rojas <kelvinrojas.ve@gmail.com>
Enviado: jueves, 17 de diciembre de 2026 21:14
Para: solicitantesrefugio@rree.gob.pe
Asunto: Prórroga de residencia

Buenas noches, qué documentos debo enviar para la prórroga de residencia? Gracias.
""",
    machine=True,
    label=dict(procedure="prorroga_residencia", fields={}, missing=[], outcome="ignorado", flags=[]))

# 026  boletín con List-Id
add("boletin-lista-correo",
    mailbox=SOL, recv="2026-12-21 06:00:12", sender_tz=-5,
    frm='"Boletín Red de Protección" <noticias@redproteccion-boletin.org>',
    subject="Boletín de diciembre: novedades normativas y actividades",
    mua="mailchimp",
    extra={"List-Id": "Boletin Red de Proteccion <boletin.redproteccion-boletin.org>",
           "List-Unsubscribe": "<https://redproteccion-boletin.org/baja?u=88213>",
           "Precedence": "list"},
    html="""<html><body><table width="600" align="center"><tr><td>
<h2>Boletín de diciembre</h2>
<p>En esta edición: talleres de orientación legal en Lima Norte, campaña de salud mental y agenda de fin de año de las organizaciones de la red.</p>
<p>Lea más en nuestra web.</p>
<p style="font-size:10px">Usted recibe este correo porque está suscrito. <a href="https://redproteccion-boletin.org/baja">Darse de baja</a></p>
</td></tr></table></body></html>""",
    text="Boletín de diciembre\n\nEn esta edición: talleres de orientación legal en Lima Norte, campaña de salud mental y agenda de fin de año de las organizaciones de la red.\n\nDarse de baja: https://redproteccion-boletin.org/baja\n",
    machine=True,
    label=dict(procedure=None, fields={}, missing=[], outcome="ignorado", flags=[]))

# 027  consulta de estado de expediente (triage)
add("consulta-estado-expediente",
    mailbox=SOL, recv="2026-12-21 10:30:45", sender_tz=-5,
    frm='"Keyla Martínez" <keylamartinez.2020@gmail.com>',
    subject="Consulta",
    mua="gmail",
    text="""Buenos días,

Quisiera saber en qué estado se encuentra mi expediente, presenté todo en marzo de 2025 y hasta ahora no tengo ninguna respuesta.

Mi nombre es Keyla Andreína Martínez Pérez, pasaporte 151204937. Mi número es 981 220 314.

Gracias.
""",
    label=dict(procedure=None,
               fields={"nombres": "Keyla Andreína Martínez Pérez", "documento_identidad": "151204937",
                       "telefono": "+51981220314", "correo": "keylamartinez.2020@gmail.com"},
               missing=[], outcome="triage", flags=[]))

# 028  "ayuda urgente": duda entre reconsideración y apelación (triage), sábado 23:59
add("ayuda-reconsideracion-o-apelacion",
    mailbox=MP, recv="2026-12-19 23:59:30", recv_utc=True, sender_tz=-5,
    frm='"edwin" <edwin.guerrero77@gmail.com>',
    subject="ayuda urgente",
    mua="android",
    text="buenas noches me llego una carta que me niegan el refugio y no entiendo si tengo que mandar reconsideracion o apelacion, cual es la diferencia? cuantos dias tengo? por favor ayudenme. edwin guerrero, 962 118 430\n",
    label=dict(procedure=None,
               fields={"nombres": "edwin guerrero", "telefono": "+51962118430",
                       "correo": "edwin.guerrero77@gmail.com"},
               missing=[], outcome="triage", flags=[]))


# 029  asunto "URGENTE": el cuerpo pide autorización de viaje; carta en JPG; años de 2 dígitos
def a029():
    img = L.handwritten_page([
        "Lima, 19 de diciembre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "Yo, Rose-Marie Étienne, CE 000623871, solicito",
        "autorización de viaje a Santo Domingo.",
        "Mi madre está grave en el hospital.",
        "Salida 23/12/26 - retorno 10/01/27",
        "Atentamente,",
    ], seed=29)
    return [att("IMG_20261219_081022.jpg", L.jpeg_bytes(img), "image/jpeg")]


add("urgente-viaje-kreyol-jpg",
    mailbox=REF, recv="2026-12-19 08:15:26", sender_tz=-5,
    frm='"Rose-Marie Étienne" <rosemarie.etienne@gmail.com>',
    subject="URGENTE",
    mua="android",
    text="""Bonjou, buenos días.

Mwen se Rose-Marie Étienne, refugiada reconocida, carné de extranjería 000623871. Solicito autorización de viaje urgente: manman mwen (mi madre) está muy grave en el hospital en Santo Domingo y la familia me necesita allá.

Destino: Santo Domingo, República Dominicana
Salida: 23/12/26
Retorno: 10/01/27
Telefòn: 9 5512 3388

Adjunto la carta firmada a mano (foto).
Mèsi anpil
""",
    atts=a029, refugee=True,
    label=dict(procedure="autorizacion_viaje",
               fields={"nombres": "Rose-Marie Étienne", "carne_extranjeria": "000623871",
                       "destino": "Santo Domingo, República Dominicana", "fecha_salida": "2026-12-23",
                       "fecha_retorno": "2027-01-10", "telefono": "+51955123388",
                       "correo": "rosemarie.etienne@gmail.com",
                       "motivo": "manman mwen (mi madre) está muy grave en el hospital en Santo Domingo"},
               missing=[], outcome="acuse", flags=["verificar_firma"]))

# 030  asunto "Consulta": el cuerpo pide actualización de datos; falta nacionalidad; 2 documentos
add("consulta-actualizacion-sin-nacionalidad",
    mailbox=SOL, recv="2026-12-22 12:44:19", sender_tz=-5,
    frm='"Darwin Ochoa" <darwinochoa_l@gmail.com>',
    subject="Consulta",
    mua="gmail",
    text="""Buenas tardes,

Quisiera hacer la actualización de datos de contacto, porque el número que tienen registrado ya no lo uso.

Darwin Alexis Ochoa Linares
C.I. 20.456.781 / pasaporte 127745209
Nuevo celular: 917-882-034

Saludos
""",
    label=dict(procedure="actualizacion_datos",
               fields={"nombres": "Darwin Alexis Ochoa Linares", "documento_identidad": "20456781",
                       "telefono": "+51917882034", "correo": "darwinochoa_l@gmail.com",
                       "motivo": "el número que tienen registrado ya no lo uso"},
               missing=["nacionalidad"], outcome="subsanar", flags=[]))


# 031  renuncia en PDF de texto sin firma (absent), ecuatoriano; cónyuge peruana
def a031():
    pdf = L.text_pdf([
        "Lima, 22 de diciembre de 2026",
        "",
        "Señores",
        "Comisión Especial para los Refugiados",
        "Presente.-",
        "",
        "Yo, Fernando Xavier Cevallos Mora, de nacionalidad ecuatoriana, con cédula de "
        "identidad N° 0923456781, solicitante de refugio, presento mi RENUNCIA al trámite de "
        "solicitud de refugio, debido a que he obtenido la residencia por vínculo familiar "
        "(matrimonio con ciudadana peruana) y ya no requiero la protección internacional.",
        "",
        "Teléfono: 956 781 240",
        "",
        "Atentamente,",
        "",
        "Fernando Xavier Cevallos Mora",
    ], title="RENUNCIA")
    return [pdf_att("renuncia_fcevallos.pdf", pdf)]


add("renuncia-pdf-texto-sin-firma",
    mailbox=MP, recv="2026-12-22 16:55:01", sender_tz=-5,
    frm='"Fernando Cevallos" <fcevallos.ec@gmail.com>',
    subject="Renuncia",
    mua="gmail",
    text="Buenas tardes, adjunto mi carta de renuncia.\nSaludos.\n",
    atts=a031,
    label=dict(procedure="renuncia",
               fields={"nombres": "Fernando Xavier Cevallos Mora", "nacionalidad": "EC",
                       "documento_identidad": "0923456781", "telefono": "+51956781240",
                       "correo": "fcevallos.ec@gmail.com",
                       "motivo": "he obtenido la residencia por vínculo familiar (matrimonio con ciudadana peruana)"},
               missing=["firma"], outcome="subsanar", flags=[]))


# 032  reconsideración, senegalés, francés + español, datos sólo en PDF firmado;
#      notificada 17/11/2026: último día del plazo = 11/12 (gracias a los días no laborables)
def a032():
    pdf = L.text_pdf([
        "Señores",
        "Comisión Especial para los Refugiados",
        "",
        "Yo, Cheikh Ahmadou Diop, de nacionalidad senegalesa, con pasaporte N° A02311987, "
        "presento RECURSO DE RECONSIDERACIÓN contra la resolución que deniega mi solicitud de "
        "refugio, notificada el 17 de noviembre de 2026.",
        "",
        "Motivo: presento nueva prueba, el certificado médico legal que acredita las lesiones "
        "sufridas durante mi detención en Ziguinchor, que no pude obtener antes.",
        "",
        "Teléfono: +51 902 118 664",
        "Correo: cheikhdiop.sn@gmail.com",
        "",
        "Lima, 11 de diciembre de 2026",
        "Cheikh Ahmadou Diop",
    ], title="RECURSO DE RECONSIDERACIÓN")
    return [pdf_att("recours_reconsideracion_diop.pdf", L.sign_pdf(pdf, "CHEIKH AHMADOU DIOP"))]


add("reconsideracion-senegal-frances-ultimo-dia",
    mailbox=MP, recv="2026-12-11 15:10:37", sender_tz=-5,
    frm='"Cheikh Diop" <cheikhdiop.sn@gmail.com>',
    subject="Recours de reconsidération / Recurso de Reconsideración",
    mua="gmail",
    text="""Bonjour, buenas tardes.

Je vous envoie mon recours signé électroniquement. Todos mis datos están en el documento adjunto.

Merci beaucoup / muchas gracias.
Cheikh
""",
    atts=a032, notif="2026-11-17",
    label=dict(procedure="reconsideracion",
               fields={"nombres": "Cheikh Ahmadou Diop", "nacionalidad": "SN",
                       "documento_identidad": "A02311987", "telefono": "+51902118664",
                       "correo": "cheikhdiop.sn@gmail.com",
                       "motivo": "presento nueva prueba, el certificado médico legal que acredita las lesiones sufridas durante mi detención en Ziguinchor"},
               missing=[], outcome="cargo", flags=[]))

# 033  prórroga reenviada por una vecina (Fwd:); teléfono del aplicante, no el de la vecina
add("prorroga-reenviada-por-vecina",
    mailbox=REF, recv="2026-12-23 09:20:14", sender_tz=-5,
    frm='"Milagros Huamaní" <milagros.huamani.q@gmail.com>',
    subject="Fwd: Prórroga de residencia",
    mua="gmail",
    text="""Buenos días, soy vecina del señor Alirio, él me pidió que les reenviara este correo porque desde su cuenta no le sale el envío. Cualquier cosa mi número es 987 001 234.
Saludos, Milagros Huamaní

---------- Forwarded message ---------
De: Alirio José Mendoza <aliriomendoza.1962@gmail.com>
Date: mar, 22 dic 2026 a las 19:40
Subject: Prórroga de residencia
To: <milagros.huamani.q@gmail.com>


Señores refugiados buenas noches solicito la prorroga de mi residencia anual

NOMBRE: ALIRIO JOSE MENDOZA TORREALBA
SEXO: MASCULINO
NACIONALIDAD: VENEZOLANO
CEDULA: V-5.212.876
CARNET DE EXTRANJERIA: 000398127
FECHA DE NACIMIENTO: 14/08/1962
TELEFONO: 941 553 780
CORREO: aliriomendoza.1962@gmail.com

gracias
""",
    refugee=True,
    label=dict(procedure="prorroga_residencia",
               fields={"nombres": "ALIRIO JOSE MENDOZA TORREALBA", "sexo": "M", "nacionalidad": "VE",
                       "documento_identidad": "V5212876", "carne_extranjeria": "000398127",
                       "fecha_nacimiento": "1962-08-14", "telefono": "+51941553780",
                       "correo": "aliriomendoza.1962@gmail.com"},
               missing=[], outcome="acuse", flags=[]))


# 034  duplicado CE a mesadepartes@ (derivado), colombiano, tabulaciones, foto de la denuncia
def a034():
    img = L.handwritten_page([
        "POLICIA NACIONAL DEL PERU - COMISARIA PNP CHORRILLOS",
        "DENUNCIA POR PERDIDA DE DOCUMENTOS",
        "Denunciante: Wilmer Andres Patiño Cardenas",
        "Documento perdido: carne de extranjeria",
    ], seed=34)
    return [att("denuncia.jpg", L.jpeg_bytes(img), "image/jpeg")]


add("duplicado-ce-derivado-mesadepartes",
    mailbox=MP, recv="2026-12-23 14:05:48", sender_tz=-5,
    frm='"Wilmer Patiño" <wilmerpatino84@yahoo.com>',
    subject="Duplicado de Carné de Extranjería - Wilmer Patiño",
    mua="yahoo",
    text="""Buenas tardes, solicito duplicado de carné de extranjería por pérdida. Adjunto foto de la denuncia.

Nombres\tWilmer Andrés Patiño Cárdenas
Sexo\tMasculino
Nacionalidad\tColombiana
C.C.\t80.123.456
CE\t000802331
F. nacimiento\t1984-04-30
Cel\t+51 976 443 120

Atte.
W. Patiño
""",
    atts=a034, refugee=True,
    label=dict(procedure="duplicado_carne_extranjeria",
               fields={"nombres": "Wilmer Andrés Patiño Cárdenas", "sexo": "M", "nacionalidad": "CO",
                       "documento_identidad": "80123456", "carne_extranjeria": "000802331",
                       "fecha_nacimiento": "1984-04-30", "telefono": "+51976443120",
                       "correo": "wilmerpatino84@yahoo.com", "motivo": "por pérdida"},
               missing=[], outcome="acuse", flags=["derivado"]))


# 035  apelación escaneada (PDF sólo imagen), falta teléfono; día no laborable
def a035():
    img = L.handwritten_page([
        "Señores Comisión Especial para los Refugiados",
        "RECURSO DE APELACIÓN",
        "Yo, Nathaly Carolina Briceño Azuaje, cédula V-23.998.104,",
        "apelo la resolución que me deniega el refugio porque",
        "no se consideró que fui amenazada por colectivos",
        "en Barquisimeto por mi trabajo como periodista.",
        "Lima, 23 de diciembre de 2026",
    ], seed=35)
    return [pdf_att("apelacion_escaneada.pdf", L.image_only_pdf(img))]


add("apelacion-escaneada-sin-telefono",
    mailbox=MP, recv="2026-12-24 11:11:11", sender_tz=-5,
    frm='"Nathaly Briceño" <nathalybriceno.ve@gmail.com>',
    subject="Recurso de apelación",
    mua="gmail",
    text="""Buenos días, adjunto escaneado mi recurso de apelación firmado a mano.

Nombre: Nathaly Carolina Briceño Azuaje
Cédula: V-23.998.104
Motivo: la resolución no consideró que fui amenazada por colectivos en Barquisimeto por mi trabajo como periodista; las pruebas están en el escrito.
Correo: nathalybriceno.ve@gmail.com

Feliz Navidad
""",
    atts=a035,
    label=dict(procedure="apelacion",
               fields={"nombres": "Nathaly Carolina Briceño Azuaje", "documento_identidad": "V23998104",
                       "correo": "nathalybriceno.ve@gmail.com",
                       "motivo": "la resolución no consideró que fui amenazada por colectivos en Barquisimeto por mi trabajo como periodista"},
               missing=["telefono"], outcome="subsanar", flags=["verificar_firma"]))


# 036  autorización de viaje presentada por abogada, PDF firmado; día no laborable de noche
def a036():
    pdf = L.text_pdf([
        "Señores",
        "Secretaría Ejecutiva de la Comisión Especial para los Refugiados",
        "",
        "Yo, Yorman José Castillo Pacheco, refugiado reconocido, identificado con Carné de "
        "Extranjería N° 000581466, solicito autorización de viaje por urgencia.",
        "",
        "Motivo del viaje: acompañar a mi menor hijo, que será operado del corazón en Santiago "
        "de Chile, donde reside con su madre.",
        "Destino: Santiago de Chile",
        "Fecha de salida: 29/12/2026",
        "Fecha de retorno: 15/01/2027",
        "Teléfono de contacto: 984 226 019",
        "",
        "Lima, 24 de diciembre de 2026",
        "Yorman José Castillo Pacheco",
    ], title="SOLICITUD DE AUTORIZACIÓN DE VIAJE")
    return [pdf_att("AutorizacionViaje_YCastillo_firmado.pdf", L.sign_pdf(pdf, "YORMAN JOSE CASTILLO PACHECO"))]


add("autorizacion-viaje-abogada-firmada",
    mailbox=REF, recv="2026-12-24 18:40:02", sender_tz=-5,
    frm='"Carla Vílchez Rojas" <cvilchez@vilchezabogadas.pe>',
    subject="Solicitud de Autorización de Viaje - Sr. Yorman Castillo",
    mua="outlook",
    text="""Estimados señores:

En representación del señor Yorman José Castillo Pacheco, refugiado reconocido, con carné de extranjería N° 000581466, adjunto su solicitud de autorización de viaje por urgencia, firmada digitalmente por él.

Resumen: viaja a Santiago de Chile para acompañar a su menor hijo, quien será operado del corazón; salida el 29/12/2026 y retorno el 15/01/2027. Teléfono del señor Castillo: 984 226 019. Correo del señor Castillo: yormancastillo88@gmail.com

Atentamente,

Carla Vílchez Rojas
Abogada - CAL 61204
Vílchez Abogadas S.A.C.
Telf. 01 4217788
""",
    atts=a036, refugee=True,
    label=dict(procedure="autorizacion_viaje",
               fields={"nombres": "Yorman José Castillo Pacheco", "carne_extranjeria": "000581466",
                       "destino": "Santiago de Chile", "fecha_salida": "2026-12-29",
                       "fecha_retorno": "2027-01-15", "telefono": "+51984226019",
                       "correo": "yormancastillo88@gmail.com",
                       "motivo": "acompañar a su menor hijo, quien será operado del corazón"},
               missing=[], outcome="acuse", flags=[]))

# 037  cambio de contraseña sin documento, WhatsApp venezolano; feriado de Navidad
add("cambio-contrasena-sin-documento",
    mailbox=SOL, recv="2026-12-25 21:03:44", sender_tz=-5,
    frm='"Karla" <karla.vzla2018@gmail.com>',
    subject="Cambio de contraseña",
    mua="iphone",
    text="""Hola! olvidé la contraseña del sistema de refugiados y no me llega el correo para recuperarla 😕 Soy Karla Daniela Rivas Mujica, mi whatsapp es +58 412 5567 309 (es de Venezuela pero lo uso aquí). gracias!!

Enviado desde mi iPhone
""",
    label=dict(procedure="cambio_clave",
               fields={"nombres": "Karla Daniela Rivas Mujica", "telefono": "+584125567309",
                       "correo": "karla.vzla2018@gmail.com",
                       "motivo": "olvidé la contraseña del sistema de refugiados y no me llega el correo para recuperarla"},
               missing=["documento_identidad"], outcome="subsanar", flags=[]))

# 038  actualización, haitiano refugiado con CE, criollo + español
add("actualizacion-kreyol-refugiado",
    mailbox=SOL, recv="2026-12-28 08:30:29", sender_tz=-5,
    frm='"JB Dorval" <jbdorval.ht@gmail.com>',
    subject="Actualizacion de datos",
    mua="android",
    text="""Bonjou. Mwen vle aktyalize done kontak mwen yo - quiero actualizar mis datos de contacto.

Non / Nombre: Jean-Baptiste Dorval
Nasyonalite / Nacionalidad: ayisyen / haitiano
Paspò / Pasaporte: PP1893044
Kat etranje / Carné de extranjería: 000688215
Nouvo telefòn / Teléfono nuevo: 9 4021 7765

Mèsi anpil. Bondye beni nou.
""",
    refugee=True,
    label=dict(procedure="actualizacion_datos",
               fields={"nombres": "Jean-Baptiste Dorval", "nacionalidad": "HT",
                       "documento_identidad": "PP1893044", "carne_extranjeria": "000688215",
                       "telefono": "+51940217765", "correo": "jbdorval.ht@gmail.com"},
               missing=[], outcome="acuse", flags=[]))

# 039  "renovación de residencia" (sinónimo), colombiana, tabulaciones, año de 2 dígitos; UTC
add("renovacion-residencia-anio-dos-digitos",
    mailbox=REF, recv="2026-12-28 16:10:52", recv_utc=True, sender_tz=-5,
    frm='"Sandra Milena Ospina" <sandramospina@gmail.com>',
    subject="renovacion de residencia anual",
    mua="gmail",
    text="""Buenas tardes señores, solicito la renovación de mi residencia como refugiada (trámite anual).

Nombre completo:\tSandra Milena Ospina Restrepo
Sexo:\tF
Nacionalidad:\tColombia
Cédula de ciudadanía:\t43.876.210
Carné de extranjería:\t000445309
Fecha de nacimiento:\t07/11/85
Teléfono:\t(+51) 955 880 147

Gracias.
""",
    refugee=True,
    label=dict(procedure="prorroga_residencia",
               fields={"nombres": "Sandra Milena Ospina Restrepo", "sexo": "F", "nacionalidad": "CO",
                       "documento_identidad": "43876210", "carne_extranjeria": "000445309",
                       "fecha_nacimiento": "1985-11-07", "telefono": "+51955880147",
                       "correo": "sandramospina@gmail.com"},
               missing=[], outcome="acuse", flags=[]))


# 040  "permiso de viaje" (sinónimo), cubano, PDF de texto con firma en imagen (manuscrita)
def a040():
    pdf = L.text_pdf([
        "Lima, 28 de diciembre de 2026",
        "",
        "Nombre: Alexei Rodríguez Peña",
        "Nacionalidad: cubana",
        "Carné de Extranjería: 000517730",
        "",
        "Motivo: citación para la audiencia de custodia de mi hija ante el Juzgado de Familia "
        "de Buenos Aires, a la que debo asistir en persona.",
        "Destino: Buenos Aires, Argentina",
        "Fecha de salida: 8 de enero de 2027",
        "Fecha de retorno: 22 de enero de 2027",
        "Teléfono: 912 667 401",
        "",
        "Firma:",
    ], image=L.signature_image(40), title="SOLICITUD DE PERMISO DE VIAJE")
    return [pdf_att("permiso_viaje_ARodriguez.pdf", pdf)]


add("permiso-viaje-pdf-firma-imagen",
    mailbox=REF, recv="2026-12-29 10:00:06", sender_tz=-5,
    frm='"Alexei Rodríguez Peña" <alexeirp1979@gmail.com>',
    subject="Permiso de viaje",
    mua="gmail",
    text="Buenos días, adjunto mi solicitud de permiso de viaje firmada.\nCualquier consulta a mi celular.\n\nAlexei\n",
    atts=a040, refugee=True,
    label=dict(procedure="autorizacion_viaje",
               fields={"nombres": "Alexei Rodríguez Peña", "nacionalidad": "CU",
                       "carne_extranjeria": "000517730", "destino": "Buenos Aires, Argentina",
                       "fecha_salida": "2027-01-08", "fecha_retorno": "2027-01-22",
                       "telefono": "+51912667401", "correo": "alexeirp1979@gmail.com",
                       "motivo": "citación para la audiencia de custodia de mi hija ante el Juzgado de Familia de Buenos Aires"},
               missing=[], outcome="acuse", flags=["verificar_firma"]))


# 041  reconsideración extemporánea, haitiana, criollo + español, carta en PNG; 17:20
def a041():
    img = L.handwritten_page([
        "Lima, 29 de desanm 2026",
        "Señores CEPR",
        "Yo, Nadège Fils-Aimé, pasaporte RF3308217,",
        "presento recurso de reconsideración.",
        "Pido que revisen mi caso por favor.",
        "Atentamente,",
    ], seed=41)
    return [att("carta_reconsideracion.png", L.png_bytes(img.resize((620, 877))), "image/png")]


add("reconsideracion-extemporanea-kreyol-png",
    mailbox=MP, recv="2026-12-29 17:20:33", sender_tz=-5,
    frm='"Nadège Fils-Aimé" <nadegefilsaime@gmail.com>',
    subject="reconsideracion",
    mua="gmail",
    text="""Bonjou, buenas tardes.

Yo Nadège Fils-Aimé, haitiana, pasaporte RF3308217, presento recurso de reconsideración contra la resolución que me niega el refugio, notificada el 3 de noviembre de 2026. Mwen pa t konnen te gen yon delè (no sabía que había un plazo), estuve enferma en el hospital.

Motivo: en Haití las pandillas quemaron mi casa en Martissant y mataron a mi hermano; la Comisión dice que no hay riesgo actual pero hay nuevos informes de la ONU que adjuntaré.

Teléfono: 970 114 552
Correo: nadegefilsaime@gmail.com

Adjunto la carta firmada (foto).
Mèsi
""",
    atts=a041, notif="2026-11-03",
    label=dict(procedure="reconsideracion",
               fields={"nombres": "Nadège Fils-Aimé", "nacionalidad": "HT", "documento_identidad": "RF3308217",
                       "telefono": "+51970114552", "correo": "nadegefilsaime@gmail.com",
                       "motivo": "en Haití las pandillas quemaron mi casa en Martissant y mataron a mi hermano"},
               missing=[], outcome="cargo", flags=["extemporaneo", "verificar_firma"]))


# 042  apelación presentada por una ONG a refugiados@ (derivado), PDF firmado; cónyuge colombiana
def a042():
    pdf = L.text_pdf([
        "Señores",
        "Comisión Especial para los Refugiados",
        "",
        "ORLANDO ENRIQUE SALCEDO MÁRQUEZ, de nacionalidad venezolana, con pasaporte "
        "N° 145520938, interpongo RECURSO DE APELACIÓN contra la resolución que confirmó la "
        "denegatoria de mi solicitud de refugio y la de mi núcleo familiar.",
        "",
        "Motivo: la resolución no valoró la persecución política que sufrí como ex funcionario "
        "del Consejo Nacional Electoral tras negarme a alterar actas en 2024, documentada con "
        "las citaciones del SEBIN que obran en el expediente.",
        "",
        "Celular: 933 671 482",
        "Correo: orlando.salcedo.m@gmail.com",
        "",
        "Lima, 29 de diciembre de 2026",
        "Orlando Enrique Salcedo Márquez",
    ], title="RECURSO DE APELACIÓN")
    return [pdf_att("Apelacion_Salcedo_firmada.pdf", L.sign_pdf(pdf, "ORLANDO ENRIQUE SALCEDO MARQUEZ"))]


add("apelacion-ong-derivado-refugiados",
    mailbox=REF, recv="2026-12-30 09:09:09", sender_tz=-5,
    frm='"Clínica Jurídica - Asociación Camino Seguro" <clinicajuridica@caminoseguro.org.pe>',
    subject="Recurso de Apelación - Familia Salcedo",
    mua="outlook",
    text="""Señores de la CEPR:

La Asociación Camino Seguro, en su labor de acompañamiento legal, remite el recurso de apelación firmado digitalmente por el señor Orlando Enrique Salcedo Márquez (venezolano, pasaporte N° 145520938), quien solicitó refugio junto con su esposa, la señora Diana Patricia Gómez Rincón, de nacionalidad colombiana (C.C. 52.334.109).

El motivo del recurso es que la resolución no valoró la persecución política sufrida por el señor Salcedo como ex funcionario electoral, documentada en el expediente.

Los datos de contacto del señor Salcedo son: celular 933 671 482, correo orlando.salcedo.m@gmail.com.

Atentamente,

Mg. Javier Toledo Ccori
Coordinador - Clínica Jurídica de Refugiados
Asociación Camino Seguro
Jr. Washington 1894, Cercado de Lima
Teléfono: (01) 330-2145  |  clinicajuridica@caminoseguro.org.pe
""",
    atts=a042,
    label=dict(procedure="apelacion",
               fields={"nombres": "Orlando Enrique Salcedo Márquez", "nacionalidad": "VE",
                       "documento_identidad": "145520938", "telefono": "+51933671482",
                       "correo": "orlando.salcedo.m@gmail.com",
                       "motivo": "la resolución no valoró la persecución política sufrida por el señor Salcedo como ex funcionario electoral"},
               missing=[], outcome="cargo", flags=["derivado"]))


# 043  "Duplicado de carnet" (ambiguo): el cuerpo dice carné de extranjería; falta nacimiento
def a043():
    pdf = L.text_pdf([
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP ZÁRATE",
        "",
        "DENUNCIA POLICIAL POR PÉRDIDA",
        "",
        "Denunciante: Yohana Beatriz Parra Díaz",
        "Hecho: pérdida de carné de extranjería en el Mercado de Zárate, San Juan de Lurigancho.",
    ], title="COPIA CERTIFICADA")
    return [pdf_att("Denuncia PNP.pdf", pdf)]


add("duplicado-carnet-ambiguo-cuerpo-ce",
    mailbox=REF, recv="2026-12-30 15:15:15", sender_tz=-5,
    frm='"Yohana Parra" <yohanaparra.2310@gmail.com>',
    subject="Duplicado de carnet",
    mua="gmail",
    text="""Buenas tardes, necesito el duplicado de mi carné de extranjería de refugiada, se me cayó en el mercado y no lo encontré. Adjunto la denuncia policial.

Yohana Beatriz Parra Díaz
sexo femenino
nacionalidad venezolana
cédula V 18.223.907
carné de extranjería 000467718
celular 963 004 551
""",
    atts=a043, refugee=True,
    label=dict(procedure="duplicado_carne_extranjeria",
               fields={"nombres": "Yohana Beatriz Parra Díaz", "sexo": "F", "nacionalidad": "VE",
                       "documento_identidad": "V18223907", "carne_extranjeria": "000467718",
                       "telefono": "+51963004551", "correo": "yohanaparra.2310@gmail.com",
                       "motivo": "se me cayó en el mercado y no lo encontré"},
               missing=["fecha_nacimiento"], outcome="subsanar", flags=[]))

# 044  "duplicado de carnet" sin decir cuál (triage), día no laborable
add("duplicado-carnet-sin-precisar",
    mailbox=REF, recv="2026-12-31 09:45:00", sender_tz=-5,
    frm='"Oriana" <orianavelasquez01@gmail.com>',
    subject="duplicado de carnet",
    mua="android",
    text="buenos dias se me perdio el carnet, que tengo que hacer para sacar otro?? Oriana Velásquez 945 220 871\n",
    label=dict(procedure=None,
               fields={"nombres": "Oriana Velásquez", "telefono": "+51945220871",
                       "correo": "orianavelasquez01@gmail.com"},
               missing=[], outcome="triage", flags=[]))

# 045  solicitud de refugio (portal) en carta formal a mesadepartes@ (nunca derivado)
add("solicitud-refugio-carta-formal",
    mailbox=MP, recv="2026-12-01 15:20:40", sender_tz=-5,
    frm='"Álvaro Enrique Benavides" <alvaroebenavides@gmail.com>',
    subject="Solicitud de Refugio",
    mua="gmail",
    text="""Lima, 1 de diciembre de 2026

Señores
Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores
Presente.-

Asunto: Solicitud de refugio

De mi mayor consideración:

Yo, Álvaro Enrique Benavides Cuéllar, de nacionalidad colombiana, identificado con cédula de ciudadanía N° 1.020.445.871, domiciliado en Av. Los Próceres 812, Santiago de Surco, me dirijo a ustedes con el fin de solicitar se me reconozca la condición de refugiado, debido a las amenazas que recibí de grupos disidentes en el departamento del Cauca, donde me desempeñaba como líder comunal.

Quedo a disposición para la entrevista que estimen conveniente. Teléfono: 951 330 874.

Atentamente,

Álvaro Enrique Benavides Cuéllar
C.C. 1.020.445.871
""",
    label=dict(procedure="solicitud_refugio",
               fields={"nombres": "Álvaro Enrique Benavides Cuéllar", "nacionalidad": "CO",
                       "documento_identidad": "1020445871", "telefono": "+51951330874",
                       "correo": "alvaroebenavides@gmail.com",
                       "motivo": "las amenazas que recibí de grupos disidentes en el departamento del Cauca"},
               missing=[], outcome="portal", flags=[]))

# 046  autorización de trabajo (portal), nigeriano, inglés, sábado
add("autorizacion-trabajo-nigeria-ingles",
    mailbox=SOL, recv="2027-01-02 11:00:19", sender_tz=-5,
    frm='"Emeka Okafor" <emeka.okafor.ng@gmail.com>',
    subject="Autorización de trabajo - work permit renewal",
    mua="gmail",
    text="""Good morning,

I need to renew my virtual work authorization (autorización de trabajo). How can I do it?

My name is Chukwuemeka Daniel Okafor, Nigerian, passport A09917342.
Phone: +51 929 118 006

Thank you and happy new year.
""",
    label=dict(procedure="autorizacion_trabajo",
               fields={"nombres": "Chukwuemeka Daniel Okafor", "nacionalidad": "NG",
                       "documento_identidad": "A09917342", "telefono": "+51929118006",
                       "correo": "emeka.okafor.ng@gmail.com"},
               missing=[], outcome="portal", flags=[]))

# 047  entrevista de registro (portal), venezolana, después del cierre
add("entrevista-registro-no-llega-cita",
    mailbox=SOL, recv="2026-11-30 18:05:27", sender_tz=-5,
    frm='"Maryori" <maryorigil77@hotmail.com>',
    subject="entrevista de registro??",
    mua="outlook",
    text="Hola, ya van 4 meses y no me llega la cita para la entrevista de registro. Maryori Gil, pasaporte 139002584. Celular 9 7730 2214\n",
    label=dict(procedure="entrevista_registro",
               fields={"nombres": "Maryori Gil", "documento_identidad": "139002584",
                       "telefono": "+51977302214", "correo": "maryorigil77@hotmail.com"},
               missing=[], outcome="portal", flags=[]))


# 048  renuncia firmada, colombiano refugiado; día no laborable (31/12)
def a048():
    pdf = L.text_pdf([
        "Lima, 30 de diciembre de 2026",
        "",
        "Señores",
        "Comisión Especial para los Refugiados",
        "",
        "Yo, Diego Armando Zapata Henao, de nacionalidad colombiana, identificado con C.C. "
        "N° 71.334.908 y carné de extranjería N° 000356102, refugiado reconocido, manifiesto "
        "mi decisión de RENUNCIAR a la condición de refugiado.",
        "",
        "Motivo: retorno voluntario a Colombia para acogerme al programa de restitución de "
        "tierras en Urabá, ya que las condiciones que motivaron mi salida han cambiado.",
        "",
        "Teléfono: 935 880 417",
        "",
        "Diego Armando Zapata Henao",
    ], title="RENUNCIA A LA CONDICIÓN DE REFUGIADO")
    return [pdf_att("renuncia_dzapata_firmada.pdf", L.sign_pdf(pdf, "DIEGO ARMANDO ZAPATA HENAO"))]


add("renuncia-colombia-firmada-31dic",
    mailbox=MP, recv="2026-12-31 10:00:58", sender_tz=-5,
    frm='"Diego Zapata" <dzapata1979@gmail.com>',
    subject="Renuncia a la condición de refugiado",
    mua="gmail",
    text="Buenos días, adjunto documento firmado digitalmente con mi renuncia.\n\nDiego Armando Zapata Henao\nCel. 935 880 417\n",
    atts=a048, refugee=True,
    label=dict(procedure="renuncia",
               fields={"nombres": "Diego Armando Zapata Henao", "nacionalidad": "CO",
                       "documento_identidad": "71334908", "carne_extranjeria": "000356102",
                       "telefono": "+51935880417", "correo": "dzapata1979@gmail.com",
                       "motivo": "retorno voluntario a Colombia para acogerme al programa de restitución de tierras en Urabá"},
               missing=[], outcome="acuse", flags=[]))

# 049  cambio de clave escrito por la hija (peruana) para el padre cubano
add("cambio-clave-hija-por-padre",
    mailbox=SOL, recv="2027-01-04 08:40:36", sender_tz=-5,
    frm='"Daniela Pérez" <danielaperezg.lima@gmail.com>',
    subject="Cambio de clave y contraseña - Raúl Pérez",
    mua="gmail",
    text="""Buenos días, escribo por mi papá, Raúl Ernesto Pérez Guerra, que es solicitante de refugio y no recuerda su clave del sistema. Sus datos:

- Nacionalidad: cubano
- Pasaporte: L227319
- Teléfono de él: 943 880 615
- Su correo (el registrado): raulperezguerra56@gmail.com

Yo soy su hija, Daniela Pérez González, DNI 74512389 (de nacionalidad peruana). Gracias.
""",
    label=dict(procedure="cambio_clave",
               fields={"nombres": "Raúl Ernesto Pérez Guerra", "nacionalidad": "CU",
                       "documento_identidad": "L227319", "telefono": "+51943880615",
                       "correo": "raulperezguerra56@gmail.com",
                       "motivo": "no recuerda su clave del sistema"},
               missing=[], outcome="acuse", flags=[]))

# 050  actualización en carta formal a mesadepartes@ (derivado), teléfono fijo de Lima
add("actualizacion-carta-formal-derivado",
    mailbox=MP, recv="2026-12-04 16:50:20", sender_tz=-5,
    frm='"R. Lugo" <rlugo_1970@hotmail.com>',
    subject="Actualización de datos de contacto",
    mua="outlook",
    text="""Señores
Mesa de Partes
Ministerio de Relaciones Exteriores
Presente.-

Yo, REINALDO ANTONIO LUGO SEQUERA, de nacionalidad venezolana, titular del pasaporte N° 104478321 y de la cédula de identidad V-9.876.543, en mi condición de solicitante de refugio, solicito la actualización de mis datos de contacto en el Sistema de Refugiados:

Teléfono de contacto: (01) 527-4410
Dirección: Jr. Las Orquídeas 218, Los Olivos

Sin otro particular, me despido.

Atentamente,
Reinaldo Antonio Lugo Sequera
""",
    label=dict(procedure="actualizacion_datos",
               fields={"nombres": "REINALDO ANTONIO LUGO SEQUERA", "nacionalidad": "VE",
                       "documento_identidad": "104478321", "telefono": "+5115274410",
                       "correo": "rlugo_1970@hotmail.com"},
               missing=[], outcome="acuse", flags=["derivado"]))


# 051  prórroga: cuerpo HTML casi vacío, datos sólo en un formulario PDF (sudanés)
def a051():
    pdf = L.text_pdf([
        "Nombres y apellidos: Abdelrahman Mohamed Osman",
        "Sexo: Masculino",
        "Nacionalidad: Sudán",
        "Pasaporte: P05527419",
        "Carné de Extranjería: 000702558",
        "Fecha de nacimiento: 1990-01-19",
        "Teléfono: 901 445 326",
    ], title="FORMULARIO - PRÓRROGA DE RESIDENCIA")
    return [pdf_att("formulario_prorroga.pdf", pdf)]


add("prorroga-formulario-pdf-sudan",
    mailbox=REF, recv="2026-12-17 13:13:13", sender_tz=-5,
    frm='"Abdelrahman Osman" <abdelrahman.osman.sd@gmail.com>',
    subject="Prórroga de Residencia",
    mua="gmail",
    text="Buenos días, envío el formulario con mis datos para la prórroga.\nGracias\n",
    html='<div dir="ltr">Buenos días, envío el formulario con mis datos para la prórroga.<div>Gracias</div></div>\n',
    atts=a051, refugee=True,
    label=dict(procedure="prorroga_residencia",
               fields={"nombres": "Abdelrahman Mohamed Osman", "sexo": "M", "nacionalidad": "SD",
                       "documento_identidad": "P05527419", "carne_extranjeria": "000702558",
                       "fecha_nacimiento": "1990-01-19", "telefono": "+51901445326",
                       "correo": "abdelrahman.osman.sd@gmail.com"},
               missing=[], outcome="acuse", flags=[]))


# 052  RE: respuesta a un pedido de subsanación, con el PDF ahora firmado digitalmente
def a052():
    pdf = L.text_pdf([
        "Señores",
        "Comisión Especial para los Refugiados",
        "",
        "Yo, Yenifer Carolina Lozada Méndez, venezolana, con pasaporte N° 132290475, "
        "interpongo RECURSO DE RECONSIDERACIÓN contra la resolución que denegó mi solicitud "
        "de refugio.",
        "",
        "Motivo: adjunto como nueva prueba la sentencia del tribunal de Maturín que ordena "
        "mi captura por participar en protestas, documento que recibí recién en noviembre.",
        "",
        "Celular: 924 553 019",
        "Correo: yeniferlozada.92@gmail.com",
        "",
        "Yenifer Carolina Lozada Méndez",
    ], title="RECURSO DE RECONSIDERACIÓN")
    return [pdf_att("reconsideracion_firmada_digital.pdf", L.sign_pdf(pdf, "YENIFER CAROLINA LOZADA MENDEZ"))]


add("re-reconsideracion-subsanacion-firmada",
    mailbox=MP, recv="2026-12-14 11:28:03", sender_tz=-5,
    frm='"Yenifer Lozada" <yeniferlozada.92@gmail.com>',
    subject="RE: Recurso de Reconsideración",
    mua="outlook",
    text="""Buenos días, adjunto nuevamente el recurso, esta vez con firma digital como me indicaron.

Yenifer Carolina Lozada Méndez
Pasaporte 132290475
Cel. 924 553 019

-----Mensaje original-----
De: Mesa de Partes Virtual <mesadepartes@rree.gob.pe>
Enviado: viernes, 11 de diciembre de 2026 10:02
Para: yeniferlozada.92@gmail.com
Asunto: RE: Recurso de Reconsideración

Estimada usuaria:
Su escrito no cuenta con firma. Sírvase subsanar la omisión en el plazo de dos (2) días hábiles, remitiendo el documento firmado a esta casilla.

Mesa de Partes Virtual
Ministerio de Relaciones Exteriores
""",
    atts=a052,
    label=dict(procedure="reconsideracion",
               fields={"nombres": "Yenifer Carolina Lozada Méndez", "nacionalidad": "VE",
                       "documento_identidad": "132290475", "telefono": "+51924553019",
                       "correo": "yeniferlozada.92@gmail.com",
                       "motivo": "adjunto como nueva prueba la sentencia del tribunal de Maturín que ordena mi captura"},
               missing=[], outcome="cargo", flags=[]))

# 053  sin asunto, HTML, pide una constancia (no es un trámite de la tabla): triage
add("sin-asunto-constancia-html",
    mailbox=SOL, recv="2026-12-15 09:00:41", sender_tz=-5,
    frm='"Luz Marina Cárdenas" <luzmarinacardenas@outlook.com>',
    subject="",
    mua="outlook", html_only=True,
    html="""<html><body><div style="font-family:Aptos,Calibri,sans-serif">
<p>Buenos días,</p>
<p>Necesito una constancia de que mi caso está en trámite para presentarla en el banco, ¿dónde la pido?</p>
<p>Luz Marina Cárdenas Peña<br>C.C. 39.557.120<br>cel 960 334 778</p>
</div></body></html>""",
    label=dict(procedure=None,
               fields={"nombres": "Luz Marina Cárdenas Peña", "documento_identidad": "39557120",
                       "telefono": "+51960334778", "correo": "luzmarinacardenas@outlook.com"},
               missing=[], outcome="triage", flags=[]))

# 054  notificación automática no-reply
add("notificacion-noreply",
    mailbox=REF, recv="2027-01-03 07:20:00", sender_tz=-5,
    frm='"Agenda de Citas" <no-reply@agenda-citas.com.pe>',
    subject="Recordatorio: su cita del lunes 4 de enero",
    mua="mailer",
    text="Este es un mensaje automático. Le recordamos su cita del lunes 4 de enero de 2027 a las 10:00. No responda a este correo.\n",
    machine=True,
    label=dict(procedure=None, fields={}, missing=[], outcome="ignorado", flags=[]))


# 055  apelación, cubana, Gmail HTML con etiquetas en negrita, PDF firmado; dos documentos
def a055():
    pdf = L.text_pdf([
        "Señores",
        "Comisión Especial para los Refugiados",
        "",
        "Dayana Leyva Rosales, de nacionalidad cubana, carnet de identidad 91060844219, "
        "interpongo RECURSO DE APELACIÓN contra la Resolución que declaró infundada mi "
        "reconsideración, notificada con fecha 15/12/2026.",
        "",
        "Motivo: no se valoró que mi esposo y yo fuimos detenidos y amenazados por la policía "
        "política por vender comida a los manifestantes en Camagüey.",
        "",
        "Teléfono: +51 978 552 016",
        "Correo: dayanaleyva.cu@gmail.com",
        "",
        "Dayana Leyva Rosales",
    ], title="RECURSO DE APELACIÓN")
    return [pdf_att("apelacion_dayana_leyva.pdf", L.sign_pdf(pdf, "DAYANA LEYVA ROSALES"))]


add("apelacion-cuba-gmail-html",
    mailbox=MP, recv="2026-12-22 09:30:30", sender_tz=-5,
    frm='"Dayana Leyva" <dayanaleyva.cu@gmail.com>',
    subject="Apelación - Dayana Leyva Rosales",
    mua="gmail",
    text="""Buenos días, soy cubana y por medio del presente interpongo recurso de apelación. Adjunto escrito firmado digitalmente.

Nombre: Dayana Leyva Rosales
Carnet de identidad: 91060844219
Pasaporte: K991203
Teléfono: +51 978 552 016
Correo: dayanaleyva.cu@gmail.com
Motivo: no se valoró que fuimos detenidos y amenazados por la policía política en Camagüey.

Saludos
""",
    html="""<div dir="ltr"><div>Buenos días, soy cubana y por medio del presente interpongo recurso de apelación. Adjunto escrito firmado digitalmente.</div><div><br></div>
<div><b>Nombre:</b> Dayana Leyva Rosales</div>
<div><b>Carnet de identidad:</b> 91060844219</div>
<div><b>Pasaporte:</b> K991203</div>
<div><b>Teléfono:</b> +51 978 552 016</div>
<div><b>Correo:</b> <a href="mailto:dayanaleyva.cu@gmail.com">dayanaleyva.cu@gmail.com</a></div>
<div><b>Motivo:</b> no se valoró que fuimos detenidos y amenazados por la policía política en Camagüey.</div><div><br></div><div>Saludos</div></div>
""",
    atts=a055, notif="2026-12-15",
    label=dict(procedure="apelacion",
               fields={"nombres": "Dayana Leyva Rosales", "nacionalidad": "CU",
                       "documento_identidad": "91060844219", "telefono": "+51978552016",
                       "correo": "dayanaleyva.cu@gmail.com",
                       "motivo": "no se valoró que fuimos detenidos y amenazados por la policía política en Camagüey"},
               missing=[], outcome="cargo", flags=[]))


# =====================================================================================
# building
MUA = {
    "gmail": ("mail-wm1-f54.google.com", "209.85.128.54", "User-Agent", None),
    "outlook": ("mail-dm6nam12on2101.outbound.protection.outlook.com", "40.107.243.101",
                "X-Mailer", "Microsoft Outlook 16.0"),
    "yahoo": ("sonic305-21.consmr.mail.bf2.yahoo.com", "74.6.129.84", "X-Mailer",
              "WebService/1.1.24562 YMailNorrin"),
    "android": ("mail-pj1-f47.google.com", "209.85.216.47", "User-Agent", None),
    "iphone": ("mail-qt1-f170.google.com", "209.85.160.170", "X-Mailer", "iPhone Mail (22C152)"),
    "mailchimp": ("mail181.suw11.mcdlv.net", "198.2.181.15", "X-Mailer", "MailChimp Mailer"),
    "mailer": ("smtp.agenda-citas.com.pe", "190.187.22.14", "X-Mailer", "PHPMailer 6.8"),
    "local": ("localhost", "127.0.0.1", "X-Mailer", None),
    "internal": ("correo.rree.gob.pe", "10.20.4.15", "X-Mailer", "Microsoft Outlook 16.0"),
}


def lima_dt(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=L.LIMA)


def fmt(d):
    return email.utils.format_datetime(d)


def make_message(n, m):
    recv = lima_dt(m["recv"])
    mb = m["mailbox"]
    host, ip, mua_hdr, mua_val = MUA[m.get("mua", "gmail")]
    sent = recv - dt.timedelta(seconds=7 + (n * 13) % 50)
    sender_tz = dt.timezone(dt.timedelta(hours=m.get("sender_tz", -5)))
    recv_hdr_dt = recv.astimezone(dt.timezone.utc) if m.get("recv_utc") else recv
    frm_addr = email.utils.parseaddr(m["frm"])[1]
    dom = frm_addr.split("@")[1].lower()

    if m.get("bounce"):
        msg = MIMEMultipart("report", report_type="delivery-status")
        b = m["bounce"]
        msg.attach(MIMEText(
            "This is the mail system at host mx1.rree.gob.pe.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n\n"
            f"<{b['rcpt']}>: host not found: Name or service not known\n", "plain", "utf-8"))
        ds = MIMEBase("message", "delivery-status")
        b1, b2 = Message(), Message()
        b1["Reporting-MTA"] = "dns; mx1.rree.gob.pe"
        b1["Arrival-Date"] = fmt(sent)
        b2["Final-Recipient"] = f"rfc822; {b['rcpt']}"
        b2["Action"] = "failed"
        b2["Status"] = "5.1.2"
        b2["Diagnostic-Code"] = "X-Postfix; Host or domain name not found"
        ds.set_payload([b1, b2])
        msg.attach(ds)
        orig = ("From: Mesa de Partes Virtual <mesadepartes@rree.gob.pe>\n"
                f"To: {b['rcpt']}\nSubject: {b['orig_subject']}\n"
                f"Date: {fmt(sent - dt.timedelta(minutes=3))}\n")
        msg.attach(MIMEText(orig, "rfc822-headers", "utf-8"))
        hdrs = msg
    else:
        msg = EmailMessage()
        cs = m.get("charset", "utf-8")
        if m.get("html_only"):
            msg.set_content(m["html"], subtype="html", charset=cs)
        else:
            msg.set_content(m["text"], charset=cs,
                            cte="quoted-printable" if n % 3 == 0 else None)
            if m.get("html"):
                msg.add_alternative(m["html"], subtype="html", charset=cs)
        for a in m.get("_atts", []):
            mt, st = a["ctype"].split("/")
            msg.add_attachment(a["data"], maintype=mt, subtype=st, filename=a["filename"])
        hdrs = msg

    # header block: order as a real MTA leaves it (newest Received first)
    tmp = EmailMessage()
    tmp["Delivered-To"] = mb
    tmp["Received"] = (f"from {host} ({host} [{ip}]) by mx1.rree.gob.pe (Postfix) with ESMTPS "
                       f"id 4R{n:03d}Xk{n * 7 % 97:02d}zQ for <{mb}>; {fmt(recv_hdr_dt)}")
    tmp["Received"] = (f"by {host} with SMTP id {int(hashlib.md5(m['slug'].encode()).hexdigest()[:10], 16) % 10**12}; "
                       f"{fmt((recv - dt.timedelta(seconds=4)).astimezone(sender_tz))}")
    tmp["Date"] = fmt(sent.astimezone(sender_tz))
    tmp["From"] = m["frm"]
    tmp["To"] = m.get("to", mb)
    if m.get("cc"):
        tmp["Cc"] = m["cc"]
    tmp["Subject"] = m["subject"]
    tmp["Message-ID"] = f"<{hashlib.sha1(m['slug'].encode()).hexdigest()[:20]}.{n}@{dom}>"
    if m["subject"].lower().startswith(("re:", "fwd:", "rv:")):
        tmp["In-Reply-To"] = f"<prev.{hashlib.md5(m['slug'].encode()).hexdigest()[:16]}@{dom}>"
    tmp["MIME-Version"] = "1.0"
    if mua_val:
        tmp[mua_hdr] = mua_val
    for k, v in m.get("extra", {}).items():
        tmp[k] = v

    body_hdrs = [(k, v) for k, v in hdrs.items() if k.lower() in ("content-type", "content-transfer-encoding")]
    for k in list(hdrs.keys()):
        del hdrs[k]
    for k, v in tmp.items():
        hdrs[k] = v
    for k, v in body_hdrs:
        hdrs[k] = v
    data = hdrs.as_bytes(policy=policy.SMTP.clone(linesep="\n")) if isinstance(hdrs, EmailMessage) \
        else hdrs.as_bytes()
    return data


# ------------------------------------------------------------------ consistency checks
def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").casefold()


def sig_status(atts):
    found = set()
    for a in atts:
        ct = a["ctype"]
        if ct.startswith("image/"):
            found.add("manuscrita")
        elif ct == "application/pdf":
            intact = L.sig_intact(a["data"])
            if intact is True:
                found.add("valid")
            elif intact is False:
                found.add("invalid")
            else:
                from pypdf import PdfReader
                import io
                r = PdfReader(io.BytesIO(a["data"]))
                has_img = any(len(p.images) for p in r.pages)
                txt = L.pdf_text(a["data"]).strip()
                if has_img or not txt:
                    found.add("manuscrita")
    for s in ("valid", "invalid", "manuscrita"):
        if s in found:
            return s
    return "absent"


def check(n, m, lab):
    errs = []
    proc = lab["procedure"]
    atts = m.get("_atts", [])
    alltext = m["subject"] + "\n" + (m.get("text") or "") + "\n" + re.sub(r"<[^>]+>", " ", m.get("html") or "")
    for a in atts:
        if a["ctype"] == "application/pdf":
            alltext += "\n" + L.pdf_text(a["data"])
    na = strip_acc(re.sub(r"\s+", " ", alltext))
    digits = re.sub(r"\D", "", alltext)
    alnum = re.sub(r"[^A-Z0-9]", "", alltext.upper())
    f = lab["fields"]
    for k, v in f.items():
        if k in ("nombres", "destino"):
            ok = strip_acc(v) in na
        elif k == "documento_identidad":
            ok = v in alnum
        elif k == "carne_extranjeria":
            ok = v in digits
        elif k == "telefono":
            ok = v.lstrip("+")[-9:] in digits or v[-7:] in digits
        elif k == "correo":
            ok = v in alltext.lower() or v == email.utils.parseaddr(m["frm"])[1].lower()
        elif k == "motivo":
            ok = strip_acc(v[:40]) in na
        else:
            ok = True
        if not ok:
            errs.append(f"field {k}={v!r} not found in text")
    # signature
    req = [r.rstrip("*") for r in L.REQ.get(proc, [])] if proc else []
    needs_firma = "firma" in req
    st = sig_status(atts) if needs_firma and lab["outcome"] != "ignorado" else "not_required"
    if lab["outcome"] == "ignorado" or lab["outcome"] in ("portal", "triage"):
        st = "not_required" if not needs_firma else st
    lab["signature"] = st
    # missing
    exp_missing = []
    if proc and lab["outcome"] not in ("ignorado", "portal", "triage"):
        for r in L.REQ[proc]:
            star = r.endswith("*")
            r = r.rstrip("*")
            if r == "firma":
                if st in ("invalid", "absent"):
                    exp_missing.append(r)
            elif r == "denuncia_policial":
                if not any("denuncia" in a["filename"].lower() or
                           (a["ctype"] == "application/pdf" and "denuncia" in L.pdf_text(a["data"]).lower())
                           for a in atts):
                    exp_missing.append(r)
            elif star and not m.get("refugee"):
                continue
            elif r not in f:
                exp_missing.append(r)
    if exp_missing != lab["missing"]:
        errs.append(f"missing {lab['missing']} != expected {exp_missing}")
    # outcome
    if m.get("machine"):
        exp_out = "ignorado"
    elif proc in L.PORTAL:
        exp_out = "portal"
    elif proc is None:
        exp_out = "triage"
    elif proc == "carne_solicitante":
        exp_out = "suspendido"
    elif exp_missing:
        exp_out = "subsanar"
    elif proc in ("reconsideracion", "apelacion"):
        exp_out = "cargo"
    else:
        exp_out = "acuse"
    if exp_out != lab["outcome"]:
        errs.append(f"outcome {lab['outcome']} != {exp_out}")
    # dates
    recv = lima_dt(m["recv"])
    fd = L.filing_date(recv)
    dd = L.due_date(fd, proc, lab["outcome"])
    lab["filing_date"] = fd.isoformat()
    lab["due_date"] = dd.isoformat() if dd else None
    # flags
    exp_flags = set()
    if lab["outcome"] not in ("ignorado", "portal", "triage"):
        if proc in L.HOME and L.HOME[proc] != m["mailbox"]:
            exp_flags.add("derivado")
        if st == "manuscrita":
            exp_flags.add("verificar_firma")
        if m.get("notif"):
            limit = L.add_bd(dt.date.fromisoformat(m["notif"]), 15)
            if fd > limit:
                exp_flags.add("extemporaneo")
    if set(lab["flags"]) != exp_flags:
        errs.append(f"flags {lab['flags']} != {sorted(exp_flags)}")
    if lab["outcome"] != "ignorado" and "correo" not in f:
        errs.append("correo absent")
    if lab["outcome"] == "ignorado" and f:
        errs.append("ignorado with fields")
    return errs


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    out = []
    bad = 0
    for i, m in enumerate(MSGS, 1):
        m["_atts"] = m["atts"]() if callable(m.get("atts")) else []
        fname = f"{i:03d}-{m['slug']}.eml"
        data = make_message(i, m)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        lab = dict(m["label"])
        lab["fields"] = dict(lab["fields"])
        errs = check(i, m, lab)
        if errs:
            bad += 1
            print(fname, errs)
        recv = lima_dt(m["recv"])
        out.append({
            "file": fname, "mailbox": m["mailbox"], "received": recv.isoformat(),
            "procedure": lab["procedure"], "fields": lab["fields"], "missing": lab["missing"],
            "signature": lab["signature"], "outcome": lab["outcome"], "flags": sorted(lab["flags"]),
            "filing_date": lab["filing_date"], "due_date": lab["due_date"],
        })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{len(out)} messages, {bad} with label problems")


if __name__ == "__main__":
    main()
