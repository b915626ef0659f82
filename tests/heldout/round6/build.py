#!/usr/bin/env python3
"""Writes round6's .eml files and labels.jsonl.

Run with the round's venv:  /work/rounds/.venv-r6/bin/python build.py
Labels: fields are written by hand (raw values are normalised by small helpers and
checked to occur in the message's readable text); missing / outcome / flags / dates
are derived from INTAKE.md's table by lib6.decide() and then asserted against the
outcome written by hand for each message.
"""
import datetime as dt
import glob
import hashlib
import html
import json
import logging
import os
import re
from email import policy, utils
from email.message import EmailMessage

import lib6
from lib6 import M, R, S, LIMA

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))


def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)


def doc(raw):
    return re.sub(r"[^A-Z0-9]", "", raw.upper())


def digits(raw):
    return re.sub(r"\D", "", raw)


PDF = "application/pdf"
MESSAGES = []


def msg(**kw):
    MESSAGES.append(kw)


# Each message: file, mailbox (Delivered-To), to (defaults to mailbox), frm, subject,
# received, text and/or html, attachments [(name, bytes, mime)], headers, label data:
# procedure, fields (normal form), refugiado, denuncia, signature, notified, expect.

# ------------------------------------------------------------------ 001
msg(file="001-actualizacion-datos-tabulada.eml", mailbox=S,
    frm='"Yusmary P." <yusmary.petit.r@gmail.com>',
    subject="Actualización de datos",
    received=T(2026, 10, 5, 9, 12, 40),
    text="""Buenos días, señores de la Comisión.

Por medio del presente solicito la actualización de mis datos de contacto en el sistema de refugio. Detallo:

Nombres y apellidos\tYusmary Carolina Petit Rangel
Nacionalidad\tVenezolana
Cédula\tV-19.874.332
Teléfono nuevo\t+51 923 456 781
Correo\tyusmary.petit.r@gmail.com
Dirección\tJr. Los Pinos 245, San Martín de Porres

Quedo atenta. Gracias.
""",
    procedure="actualizacion_datos",
    fields=dict(nombres="Yusmary Carolina Petit Rangel", nacionalidad="VE",
                documento_identidad=doc("V-19.874.332"), telefono="+51 923 456 781",
                correo="yusmary.petit.r@gmail.com"),
    expect="acuse")

# ------------------------------------------------------------------ 002
msg(file="002-cambio-clave-madre-por-hijo.eml", mailbox=S,
    frm='"Gladys Rondon" <gladysrondon1961@hotmail.com>',
    subject="cambio de clave de mi hijo",
    received=T(2026, 10, 10, 20, 41, 5),
    text="""Buenas noches

Yo Gladys Mercedes Rondón de Salas, con cédula de identidad V-6.543.210, me dirijo a ustedes en nombre de mi hijo Luis Alberto Salas Rondón, que es mayor de edad y me pidió que les escribiera, para pedir el cambio de clave y contraseña de su usuario en el Sistema de Refugiados.

Datos de mi hijo:
Nombre completo: Luis Alberto Salas Rondón
Pasaporte nro 128456789
Su correo: luisalberto.salas.r@gmail.com

Cualquier cosa pueden llamarme a mí, cel 9 8765 4321, yo le paso el mensaje.

Dios les bendiga
Gladys
""",
    procedure="cambio_clave",
    fields=dict(nombres="Luis Alberto Salas Rondón", documento_identidad="128456789",
                telefono="9 8765 4321", correo="luisalberto.salas.r@gmail.com"),
    expect="acuse")

# ------------------------------------------------------------------ 003
L003 = """Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

TITULAR - Jhon Freddy Cárdenas Mosquera
C.C. N° 1.023.456.789
Móvil - +51 951 234 567
Correo - jhonfreddy.cardenas@outlook.com

Quien suscribe, de nacionalidad colombiana, con domicilio en el distrito de Ate, Lima, ante ustedes me presento y digo:

Que interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución N° 01234-2026-CEPR/SE, que declaró improcedente mi solicitud de refugio, la cual me fue notificada por correo electrónico el 14 de octubre de 2026.

Fundamento el recurso en que la Comisión no valoró las amenazas que recibí de un grupo armado en el municipio de Tumaco, de las que ahora adjunto nueva prueba: la constancia de la Fiscalía y dos panfletos firmados por ese grupo.

Por lo expuesto, pido se declare fundado el recurso.

Atentamente,
Jhon Freddy Cárdenas Mosquera"""
msg(file="003-reconsideracion-titular-cc-firmado.eml", mailbox=M,
    frm='"Jhon Cardenas" <jhonfreddy.cardenas@outlook.com>',
    subject="RECURSO DE RECONSIDERACIÓN - Exp. 2025-0045678",
    received=T(2026, 10, 27, 11, 5, 12),
    text=L003 + "\n\nAdjunto el escrito firmado digitalmente.\n",
    pdfs=[("reconsideracion_JFCardenas_firmado.pdf", "signed", L003, "Jhon Freddy Cardenas Mosquera")],
    procedure="reconsideracion",
    fields=dict(nombres="Jhon Freddy Cárdenas Mosquera", nacionalidad="CO",
                documento_identidad=doc("1.023.456.789"), telefono="+51 951 234 567",
                correo="jhonfreddy.cardenas@outlook.com",
                motivo="la Comisión no valoró las amenazas que recibí de un grupo armado en el municipio de Tumaco"),
    signature="valid", notified=dt.date(2026, 10, 14), expect="cargo")

# ------------------------------------------------------------------ 004
msg(file="004-apelacion-cubano-escaneado-tarde.eml", mailbox=M,
    frm='"yaniel" <yanielcruz85@yahoo.com>',
    subject="Apelacion",
    received=T(2026, 11, 3, 10, 30, 0),
    text="""Buenas tardes senores de mesa de partes

Mi nombre es Yaniel Cruz Betancourt, cubano, carnet de identidad No. 85031208765. Presento recurso de apelacion contra la resolucion que confirmo la denegatoria de mi refugio. La resolucion me la notificaron por correo electronico el 2 de octubre de 2026 pero no pude mandar esto antes, estuve hospitalizado casi tres semanas.

Motivo: en Cuba fui detenido tres veces por participar en las protestas del 11J y si regreso me espera prision. No se tomo en cuenta el certificado medico ni la citacion policial que presente.

Adjunto el escrito firmado a mano y escaneado.

telf 962 118 430
correo yanielcruz85@yahoo.com

Yaniel Cruz B.
""",
    scans=[("apelacion_firmada.pdf", "scanpdf", [
        "Senores Comision Especial para los Refugiados",
        "Yo, Yaniel Cruz Betancourt, presento recurso de apelacion",
        "contra la resolucion que confirmo la denegatoria.",
        "Carnet de identidad 85031208765", "", "Lima, 30 de octubre de 2026"])],
    procedure="apelacion",
    fields=dict(nombres="Yaniel Cruz Betancourt", nacionalidad="CU",
                documento_identidad="85031208765", telefono="962 118 430",
                correo="yanielcruz85@yahoo.com",
                motivo="en Cuba fui detenido tres veces por participar en las protestas del 11J y si regreso me espera prision"),
    signature="manuscrita", notified=dt.date(2026, 10, 2), expect="cargo")

# ------------------------------------------------------------------ 005
msg(file="005-prorroga-tabla-html.eml", mailbox=R,
    frm='"Luz Dary" <luzdary.ospina@hotmail.com>',
    subject="Prórroga de residencia 2026",
    received=T(2026, 10, 14, 18, 2, 33),
    html="""<html><body>
<p>Buenas tardes, solicito la prórroga anual de mi residencia. Mis datos:</p>
<table border="1" cellpadding="4">
<tr><td><b>Nombres y Apellidos</b></td><td>Luz Dary Ospina Giraldo</td></tr>
<tr><td><b>Sexo</b></td><td>Femenino</td></tr>
<tr><td><b>Nacionalidad</b></td><td>Colombiana</td></tr>
<tr><td><b>Pasaporte</b></td><td>AT482913</td></tr>
<tr><td><b>Carné de Extranjería</b></td><td>001234567</td></tr>
<tr><td><b>Fecha de nacimiento</b></td><td>03/07/1988</td></tr>
<tr><td><b>Teléfono</b></td><td>987 111 222</td></tr>
</table>
<p>Muchas gracias.<br>Luz Dary Ospina</p>
</body></html>""",
    procedure="prorroga_residencia",
    fields=dict(nombres="Luz Dary Ospina Giraldo", sexo="F", nacionalidad="CO",
                documento_identidad="AT482913", carne_extranjeria="001234567",
                fecha_nacimiento="1988-07-03", telefono="987 111 222",
                correo="luzdary.ospina@hotmail.com"),
    expect="acuse")

# ------------------------------------------------------------------ 006
DEN006 = """POLICIA NACIONAL DEL PERU
COMISARIA PNP ZARATE - SAN JUAN DE LURIGANCHO
CONSTANCIA DE DENUNCIA POLICIAL N° 4521-2026

Denunciante: Jose Gregorio Marin Zambrano
Hecho: hurto de documentos (carne de extranjeria N° 000987654) en transporte publico.
Fecha del hecho: 10/10/2026
Se expide la presente a solicitud del interesado."""
msg(file="006-duplicado-ce-etiquetas-mal-escritas.eml", mailbox=R,
    frm='"Jose Gregorio" <josegregorio.marin@gmail.com>',
    subject="duplicado carnet de extranjeria",
    received=T(2026, 10, 22, 8, 55, 0),
    text="""buenos dias por favor necesito el duplicado de mi carnet de extrangeria
Motivo: me lo robaron en el bus el 10 de octubre. adjunto la constancia de la PNP

nombre completo        Jose Gregorio Marin Zambrano
cedula de indentidad   V-21.456.789
carnet de extrangeria nro    000987654
nacionalidad     venezolano
sexo      masculino
fecha de nacimiento    12-11-85
celular     +51 934 002 117

gracias de antemano
""",
    pdfs=[("constancia_PNP.pdf", "text", DEN006, None)],
    procedure="duplicado_carne_extranjeria",
    fields=dict(nombres="Jose Gregorio Marin Zambrano", documento_identidad="V21456789",
                carne_extranjeria="000987654", nacionalidad="VE", sexo="M",
                fecha_nacimiento="1985-11-12", telefono="+51 934 002 117",
                correo="josegregorio.marin@gmail.com",
                motivo="me lo robaron en el bus el 10 de octubre"),
    refugiado=True, denuncia=True, expect="acuse")

# ------------------------------------------------------------------ 007
L007 = """SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)

Solicitante: Carlos Arturo Mejía Restrepo
Carné de extranjería: 000765432
Teléfono / WhatsApp: +51 976 543 210

Motivo / mi madre fue operada de emergencia y está en cuidados intensivos
Destino / Guayaquil, Ecuador
Salida / 23/01/27
Retorno / 06/02/27

Lima, 14 de diciembre de 2026
Carlos Arturo Mejía Restrepo"""
msg(file="007-autorizacion-viaje-barras-firmado.eml", mailbox=R,
    frm='"Carlos Arturo Mejía" <c.arturo.mejia@gmail.com>',
    subject="Autorización de Viaje - URGENTE",
    received=T(2026, 12, 14, 12, 0, 18),
    text="""Señores Comisión Especial para los Refugiados:

Soy refugiado reconocido y solicito autorización de viaje por urgencia.

Solicitante: Carlos Arturo Mejía Restrepo
Carné de extranjería: 000765432
Teléfono / WhatsApp: +51 976 543 210
Motivo / mi madre fue operada de emergencia y está en cuidados intensivos
Destino / Guayaquil, Ecuador
Salida / 23/01/27
Retorno / 06/02/27

Adjunto solicitud firmada digitalmente.
Gracias.
""",
    pdfs=[("autorizacion_viaje_firmada.pdf", "signed", L007, "Carlos Arturo Mejia Restrepo")],
    procedure="autorizacion_viaje",
    fields=dict(nombres="Carlos Arturo Mejía Restrepo", carne_extranjeria="000765432",
                telefono="+51 976 543 210",
                motivo="mi madre fue operada de emergencia y está en cuidados intensivos",
                destino="Guayaquil, Ecuador", fecha_salida="2027-01-23",
                fecha_retorno="2027-02-06", correo="c.arturo.mejia@gmail.com"),
    refugiado=True, signature="valid", expect="acuse")

# ------------------------------------------------------------------ 008
L008 = """Demande d'autorisation de voyage (Autorización de viaje)

Je soussigné, Wilner Jean-Baptiste, de nationalité haïtienne, réfugié reconnu au Pérou,
carte d'étranger n° 000456123, sollicite une autorisation de voyage urgente.

Motif du voyage : décès de mon père, les funérailles auront lieu à Santiago.
Destination : Santiago, Chili
Date de départ : 15/12/2026
Date de retour : 30/12/2026

Fait à Lima, le 2 décembre 2026.
Cordialement,
Wilner Jean-Baptiste"""
msg(file="008-autorizacion-viaje-frances-firma-alterada.eml", mailbox=R,
    frm='"Wilner Jean-Baptiste" <wilnerjb@yahoo.fr>',
    subject="Autorisation de voyage / Autorización de viaje",
    received=T(2026, 12, 3, 16, 10, 2),
    text="""Bonjour Madame, Monsieur,

Je m'appelle Wilner Jean-Baptiste, de nationalité haïtienne, réfugié reconnu au Pérou. Je sollicite une autorisation de voyage urgente.

Motif du voyage : décès de mon père, les funérailles auront lieu à Santiago.
Destination : Santiago, Chili
Date de départ : 15/12/2026
Date de retour : 30/12/2026
Carte d'étranger (carné de extranjería) n° : 000456123
Passeport n° : RD4567890
Téléphone : +51 912 345 678

Vous trouverez ci-joint ma demande signée.

Cordialement,
Wilner Jean-Baptiste
""",
    pdfs=[("demande_autorisation_voyage.pdf", "altered", L008, "Wilner Jean-Baptiste",
           ("Cordialement", "Cordialemant"))],
    procedure="autorizacion_viaje",
    fields=dict(nombres="Wilner Jean-Baptiste", nacionalidad="HT",
                motivo="décès de mon père, les funérailles auront lieu à Santiago.",
                destino="Santiago, Chili", fecha_salida="2026-12-15",
                fecha_retorno="2026-12-30", carne_extranjeria="000456123",
                documento_identidad="RD4567890", telefono="+51 912 345 678",
                correo="wilnerjb@yahoo.fr"),
    refugiado=True, signature="invalid", expect="subsanar")

# ------------------------------------------------------------------ 009
L009 = """LETTER OF RENUNCIATION

To: Comisión Especial para los Refugiados, Ministerio de Relaciones Exteriores del Perú

I, Emmanuel Tabi Ndip, Cameroonian national, holder of passport No. AA0912345,
hereby withdraw my application for refugee status in Peru.

Reason: I have been accepted for family reunification in Canada.

Lima, 15 October 2026
Emmanuel Tabi Ndip"""
msg(file="009-renuncia-ingles-firmada.eml", mailbox=M,
    frm='"Emmanuel T. Ndip" <e.tabi.ndip@gmail.com>',
    subject="Renuncia - withdrawal of asylum application",
    received=T(2026, 10, 16, 14, 20, 44),
    text="""Dear Sir or Madam,

I am writing to withdraw my application for refugee status in Peru. My application is still pending; I have not been recognised as a refugee.

Reason: I have been accepted for family reunification in Canada.

Full name:     Emmanuel Tabi Ndip
Nationality:   Cameroonian
Passport No.:  AA0912345
Phone:         +51 955 310 442
Email:         e.tabi.ndip@gmail.com

Please find attached my signed letter of renunciation.

Kind regards,
Emmanuel Tabi Ndip
""",
    pdfs=[("renunciation_letter_signed.pdf", "signed", L009, "Emmanuel Tabi Ndip")],
    procedure="renuncia",
    fields=dict(nombres="Emmanuel Tabi Ndip", nacionalidad="CM",
                documento_identidad="AA0912345", telefono="+51 955 310 442",
                correo="e.tabi.ndip@gmail.com",
                motivo="I have been accepted for family reunification in Canada."),
    signature="valid", expect="acuse")

# ------------------------------------------------------------------ 010
msg(file="010-renuncia-portugues-foto-sin-ce.eml", mailbox=M,
    frm='"Domingos Kiala" <domingos.kiala@hotmail.com>',
    subject="Renúncia à condição de refugiado",
    received=T(2026, 11, 8, 19, 3, 27),
    text="""Exmos. Senhores,

Eu, Domingos Manuel Kiala, de nacionalidade angolana, portador do passaporte n.º N2345678, refugiado reconhecido no Peru, venho por este meio apresentar a minha renúncia à condição de refugiado.

Motivo: a situação no meu país mudou e decidi regressar a Luanda para junto da minha família.

Telemóvel: +51 981 220 334

Junto envio a carta assinada (fotografia).

Com os melhores cumprimentos,
Domingos Manuel Kiala
""",
    scans=[("carta_renuncia.jpg", "jpeg", [
        "Exmos. Senhores da Comissao Especial para os Refugiados",
        "Eu, Domingos Manuel Kiala, renuncio a condicao de refugiado.",
        "Lima, 8 de novembro de 2026"])],
    procedure="renuncia",
    fields=dict(nombres="Domingos Manuel Kiala", nacionalidad="AO",
                documento_identidad="N2345678", telefono="+51 981 220 334",
                correo="domingos.kiala@hotmail.com",
                motivo="a situação no meu país mudou e decidi regressar a Luanda para junto da minha família."),
    refugiado=True, signature="manuscrita", expect="subsanar")

# ------------------------------------------------------------------ 011
msg(file="011-cambio-clave-ecuatoriana-buzon-equivocado.eml", mailbox=M,
    frm='"María Fernanda Quishpe" <mafer.quishpe@gmail.com>',
    subject="Cambio de clave y contraseña",
    received=T(2026, 10, 29, 16, 29, 30),
    text="""Buenas tardes,
Solicito cambio de clave y contraseña para ingresar al sistema de refugiados.

Nombres completos: María Fernanda Quishpe Tituaña
Nacionalidad: ecuatoriana
Cédula: 1712345678
Teléfono de contacto: (+51) 944-872-613
Correo electrónico: mafer.quishpe@gmail.com

Gracias
""",
    procedure="cambio_clave",
    fields=dict(nombres="María Fernanda Quishpe Tituaña", nacionalidad="EC",
                documento_identidad="1712345678", telefono="(+51) 944-872-613",
                correo="mafer.quishpe@gmail.com"),
    expect="acuse")

# ------------------------------------------------------------------ 012
msg(file="012-actualizacion-esposo-por-esposa.eml", mailbox=S,
    frm='"Ricardo Palomino" <ricardo.palomino.v@gmail.com>',
    subject="ACTUALIZACION DE DATOS - esposa",
    received=T(2026, 11, 16, 10, 0, 9),
    text="""Señores CEPR, buen día.

Les escribe Ricardo Palomino Vargas, peruano, DNI 45678912, esposo de la solicitante de refugio Andreína del Valle Gómez Pacheco. Ella no tiene correo propio por el momento.

Solicitamos actualizar sus datos de contacto:
- Nombres y apellidos: Andreína del Valle Gómez Pacheco
- Nacionalidad: venezolana
- Cédula de identidad: V-24.118.905
- Nuevo teléfono (de ella): Móvil - +51 944 555 666
- Nueva dirección: Av. Túpac Amaru 1540, Comas

Mi número por si acaso es 01 5223344.

Atentamente,
Ricardo Palomino Vargas
""",
    procedure="actualizacion_datos",
    fields=dict(nombres="Andreína del Valle Gómez Pacheco", nacionalidad="VE",
                documento_identidad="V24118905", telefono="+51 944 555 666",
                correo="ricardo.palomino.v@gmail.com"),
    expect="acuse")

# ------------------------------------------------------------------ 013
msg(file="013-actualizacion-refugiada-sin-ce.eml", mailbox=S,
    frm='"Rosa Elena" <rosaelena.briceno@gmail.com>',
    subject="actualizacion de datos",
    received=T(2026, 10, 9, 10, 45, 51),
    text="""Hola buenos días, soy refugiada reconocida desde el 2023 (Resolución N° 0456-2023-RE/CEPR) y necesito actualizar mi teléfono y mi correo.

Nombres:        Rosa Elena Briceño Torrealba
Nacionalidad:   Venezuela
Pasaporte:      135790246
Teléfono:       +58 414-123.45.67  (tengo whatsapp en este)
Correo:         rosaelena.briceno@gmail.com

Gracias
""",
    procedure="actualizacion_datos",
    fields=dict(nombres="Rosa Elena Briceño Torrealba", nacionalidad="VE",
                documento_identidad="135790246", telefono="+58 414-123.45.67",
                correo="rosaelena.briceno@gmail.com"),
    refugiado=True, expect="subsanar")

# ------------------------------------------------------------------ 014
msg(file="014-prorroga-reenvio-una-linea.eml", mailbox=R,
    frm='"Omar Quintero" <omarjquintero@gmail.com>',
    subject="RV: prorroga de residencia",
    received=T(2026, 11, 18, 16, 45, 3),
    text="""Buenas tardes, reenvío mi solicitud de prórroga de residencia.

Nombre: Omar José Quintero Lugo / Nacionalidad: venezolana / Pasaporte: 114567890 / CE: 000334455 / Telf: 993-221-876

Saludos
Omar Q.

---------- Forwarded message ---------
De: Omar Quintero <omarjquintero@gmail.com>
Date: lun, 2 nov 2026 a las 10:14
Subject: prorroga de residencia
To: <refugiados@rree.gob.pe>

Solicito prórroga de residencia. Nombre: Omar José Quintero Lugo / Nacionalidad: venezolana / Pasaporte: 114567890 / CE: 000334455 / Telf: 993-221-876
""",
    procedure="prorroga_residencia",
    fields=dict(nombres="Omar José Quintero Lugo", nacionalidad="VE",
                documento_identidad="114567890", carne_extranjeria="000334455",
                telefono="993-221-876", correo="omarjquintero@gmail.com"),
    expect="subsanar")

# ------------------------------------------------------------------ 015
L015 = """RECURSO DE APELACIÓN

Señor Presidente de la Comisión Especial para los Refugiados:

KARLA WALESKA ROMERO DUARTE, identificada con Pasaporte N° 143256789, de nacionalidad venezolana, con teléfono 912 808 404 y correo electrónico karlaw.romero@gmail.com, ante usted me presento y digo:

Que dentro del plazo de ley interpongo recurso de apelación contra la Resolución N° 2211-2026-CEPR/SE, que confirmó la denegatoria de mi solicitud de refugio.

FUNDAMENTOS: la resolución no consideró que fui perseguida por haber declarado como testigo en un proceso contra funcionarios de mi estado natal, hecho acreditado con la documentación que obra en el expediente N° 2024-0087123.

POR TANTO: pido se conceda la apelación y se eleve lo actuado al superior.

Lima, 20 de noviembre de 2026

KARLA WALESKA ROMERO DUARTE"""
msg(file="015-apelacion-datos-solo-en-pdf.eml", mailbox=M,
    frm='"kw" <karlaw.romero@gmail.com>',
    subject="Recurso de Apelación",
    received=T(2026, 11, 23, 9, 30, 0),
    text="Buenos días, adjunto mi recurso de apelación firmado digitalmente.\nAtte.\n",
    pdfs=[("apelacion_KWRD.pdf", "signed", L015, "KARLA WALESKA ROMERO DUARTE")],
    procedure="apelacion",
    fields=dict(nombres="KARLA WALESKA ROMERO DUARTE", nacionalidad="VE",
                documento_identidad="143256789", telefono="912 808 404",
                correo="karlaw.romero@gmail.com",
                motivo="la resolución no consideró que fui perseguida por haber declarado como testigo en un proceso contra funcionarios de mi estado natal"),
    signature="valid", expect="cargo")

# ------------------------------------------------------------------ 016
L016 = """Señores de la Comisión Especial para los Refugiados:

Alexander José Rivas Mendoza, cédula V 20.334.918, presento recurso de reconsideración contra la resolución que deniega mi solicitud de refugio, notificada el 20/11/2026.

Motivo: presento nuevos documentos (constancia de la denuncia hecha en Venezuela y fotos de las amenazas) que no pude obtener antes.

Celular +51 978 665 201 - alex.rivas.1990@hotmail.com

Lima, 30 de noviembre de 2026"""
msg(file="016-reconsideracion-pdf-sin-firma.eml", mailbox=M,
    frm='"Alexander Rivas" <alex.rivas.1990@hotmail.com>',
    subject="Reconsideracion de la resolucion",
    received=T(2026, 12, 1, 15, 0, 41),
    text="""Señores de la Comisión:

Me dirijo a ustedes para presentar recurso de reconsideración contra la resolución que deniega mi solicitud de refugio, notificada el 20/11/2026.

Datos del recurrente
Nombre        Alexander José Rivas Mendoza
Cédula        V 20.334.918
Celular       +51 978 665 201
E-mail        alex.rivas.1990@hotmail.com

Motivo: presento nuevos documentos (constancia de la denuncia hecha en Venezuela y fotos de las amenazas) que no pude obtener antes.

Adjunto el escrito.
Alexander Rivas
""",
    pdfs=[("reconsideracion_ARivas.pdf", "text", L016, None)],
    procedure="reconsideracion",
    fields=dict(nombres="Alexander José Rivas Mendoza", documento_identidad="V20334918",
                telefono="+51 978 665 201", correo="alex.rivas.1990@hotmail.com",
                motivo="presento nuevos documentos (constancia de la denuncia hecha en Venezuela y fotos de las amenazas) que no pude obtener antes."),
    signature="absent", notified=dt.date(2026, 11, 20), expect="subsanar")

# ------------------------------------------------------------------ 017
L017 = """Señores
Comisión Especial para los Refugiados
Mesa de Partes

Solicitante: Milagros del Carmen Chirinos Paredes

Por medio de la presente interpongo recurso de reconsideración contra la Resolución N° 3345-2026-CEPR/SE de fecha 6 de octubre de 2026, notificada a mi correo el 30 de octubre de 2026, que deniega mi solicitud y la de mi grupo familiar (expediente N° 2026-012345).

Mi grupo familiar está compuesto por mi esposo, Hernán Darío Ospina Quiceno, de nacionalidad colombiana, C.C. 80.123.456, y mi hija menor Valentina Ospina Chirinos, pasaporte N° 165432198.

Mis datos: soy venezolana, cédula V-17.902.334, teléfono 956 447 120, correo milagros.chirinos.p@gmail.com.

Motivo de la reconsideración: aporto como nueva prueba el informe psicológico de mi hija y la constancia de las amenazas recibidas por mi esposo, que no fueron evaluadas.

Atentamente,
Milagros del Carmen Chirinos Paredes"""
msg(file="017-reconsideracion-datos-de-familiares.eml", mailbox=M,
    frm='"Milagros Ch." <milagros.chirinos.p@gmail.com>',
    subject="Recurso de reconsideración – Expediente 2026-012345",
    received=T(2026, 11, 5, 12, 10, 0),
    text=L017 + "\n\nAdjunto escrito firmado con firma digital.\n",
    pdfs=[("reconsideracion_MChirinos.pdf", "signed", L017, "Milagros del Carmen Chirinos Paredes")],
    procedure="reconsideracion",
    fields=dict(nombres="Milagros del Carmen Chirinos Paredes", nacionalidad="VE",
                documento_identidad="V17902334", telefono="956 447 120",
                correo="milagros.chirinos.p@gmail.com",
                motivo="aporto como nueva prueba el informe psicológico de mi hija y la constancia de las amenazas recibidas por mi esposo, que no fueron evaluadas."),
    signature="valid", notified=dt.date(2026, 10, 30), expect="cargo")

# ------------------------------------------------------------------ 018
msg(file="018-consulta-estado-expediente.eml", mailbox=S,
    frm='"Kelly" <kellyjohanna.vp@gmail.com>',
    subject="Consulta",
    received=T(2026, 10, 20, 11, 11, 11),
    text="""Buenas tardes quería saber en qué estado está mi expediente, lo presenté hace 8 meses y todavía no sé nada. Mi nombre es Kelly Johanna Villamizar Peña, pasaporte 156789012.
Gracias
""",
    procedure=None,
    fields=dict(nombres="Kelly Johanna Villamizar Peña", documento_identidad="156789012",
                correo="kellyjohanna.vp@gmail.com"),
    expect="triage")

# ------------------------------------------------------------------ 019
msg(file="019-ayuda-dos-tramites.eml", mailbox=S,
    frm='"Yonathan" <yonathan.mrz@gmail.com>',
    subject="Ayuda",
    received=T(2026, 10, 24, 13, 2, 0),
    text="""hola necesito dos cosas: el cambio de contraseña del sistema y tambien la actualizacion de mis datos, tengo nuevo cel 987 300 412.
Mi nombre Yonathan Márquez Ruiz, cédula 25.667.103
gracias
""",
    procedure=None,
    fields=dict(nombres="Yonathan Márquez Ruiz", documento_identidad="25667103",
                telefono="987 300 412", correo="yonathan.mrz@gmail.com"),
    expect="triage")

# ------------------------------------------------------------------ 020
msg(file="020-solicitud-refugio-portal.eml", mailbox=S,
    frm='"Deisy Colmenares" <deisycolmenares22@gmail.com>',
    subject="Solicitud de refugio",
    received=T(2026, 11, 2, 9, 0, 35),
    text="""Buenos días, acabo de llegar al Perú por Tumbes con mis dos hijos y quiero presentar una solicitud de refugio. ¿Cómo hago? ¿Tengo que ir a alguna oficina?
Soy venezolana, mi número es 917 450 223.
Deisy Colmenares Ruiz
""",
    procedure="solicitud_refugio",
    fields=dict(nombres="Deisy Colmenares Ruiz", nacionalidad="VE",
                telefono="917 450 223", correo="deisycolmenares22@gmail.com"),
    expect="portal")

# ------------------------------------------------------------------ 021
msg(file="021-autorizacion-trabajo-ingles-portal.eml", mailbox=R,
    frm='"Samuel Osei" <samuel.osei.gh@gmail.com>',
    subject="Work permit / Autorización de trabajo",
    received=T(2026, 11, 11, 19, 30, 0),
    text="""Hello,

I applied for asylum in August and I need the work authorization (autorización de trabajo). How can I get it?

My name is Samuel Kwame Osei, I am from Ghana.

Thanks
""",
    procedure="autorizacion_trabajo",
    fields=dict(nombres="Samuel Kwame Osei", nacionalidad="GH",
                correo="samuel.osei.gh@gmail.com"),
    expect="portal")

# ------------------------------------------------------------------ 022
msg(file="022-re-entrevista-registro-portal.eml", mailbox=M,
    frm='"Luis Fdo." <luisfdo.acosta@gmail.com>',
    subject="RE: Entrevista de registro",
    received=T(2026, 11, 27, 10, 0, 22),
    text="""Buenos días, no podré conectarme a la entrevista de registro que me programaron para el viernes, ¿se puede reprogramar?
Luis Fernando Acosta Brito, pasaporte 127004561, cel 923 118 776.

> El jue, 26 nov 2026 a las 09:02, Secretaría Ejecutiva CEPR escribió:
> Se le comunica la fecha de su entrevista de registro virtual.
""",
    procedure="entrevista_registro",
    fields=dict(nombres="Luis Fernando Acosta Brito", documento_identidad="127004561",
                telefono="923 118 776", correo="luisfdo.acosta@gmail.com"),
    expect="portal")

# ------------------------------------------------------------------ 023
msg(file="023-carne-solicitante-suspendido.eml", mailbox=S,
    frm='"Génesis Alvarado" <genesis.alvarado.m@gmail.com>',
    subject="Carné de solicitante",
    received=T(2026, 12, 15, 8, 30, 0),
    text="""Buenas, quisiera saber cómo obtengo mi carné de solicitante de refugio, ya hice la entrevista.
Génesis Alvarado Molina
Cédula V-28.445.610
Tel +51 960 884 213
""",
    procedure="carne_solicitante",
    fields=dict(nombres="Génesis Alvarado Molina", documento_identidad="V28445610",
                telefono="+51 960 884 213", correo="genesis.alvarado.m@gmail.com"),
    expect="suspendido")

# ------------------------------------------------------------------ 024
msg(file="024-duplicado-carnet-cuerpo-aclara-ce.eml", mailbox=R,
    frm='"Ana Karina" <anakarina.vielma@gmail.com>',
    subject="Duplicado de carnet",
    received=T(2026, 12, 16, 13, 40, 0),
    text="""Buenas tardes. Soy refugiada reconocida y se me extravió el carné de extranjería en el mercado. Solicito el duplicado del carné de extranjería. Adjunto foto de la denuncia policial.

Nombres y Apellidos - Ana Karina Vielma Ochoa
Sexo - F
Nacionalidad - venezolana
Cédula - V-16.230.119
Carné de Extranjería - 000812377
Teléfono - 957 612 004
""",
    scans=[("denuncia_policial.jpg", "jpeg", [
        "POLICIA NACIONAL DEL PERU - COMISARIA PNP MIRAFLORES",
        "DENUNCIA POR PERDIDA DE DOCUMENTOS N. 7788-2026",
        "Denunciante: Ana Karina Vielma Ochoa"])],
    procedure="duplicado_carne_extranjeria",
    fields=dict(nombres="Ana Karina Vielma Ochoa", sexo="F", nacionalidad="VE",
                documento_identidad="V16230119", carne_extranjeria="000812377",
                telefono="957 612 004", correo="anakarina.vielma@gmail.com",
                motivo="se me extravió el carné de extranjería en el mercado"),
    refugiado=True, denuncia=True, expect="subsanar")

# ------------------------------------------------------------------ 025
msg(file="025-duplicado-carnet-ambiguo.eml", mailbox=S,
    frm='"Jhonny" <jhonny.perez.3003@hotmail.com>',
    subject="DUPLICADO DE CARNET",
    received=T(2026, 12, 17, 10, 20, 0),
    text="buenas necesito sacar un duplicado de mi carnet, que debo hacer??\nJhonny Pérez\n",
    procedure=None,
    fields=dict(nombres="Jhonny Pérez", correo="jhonny.perez.3003@hotmail.com"),
    expect="triage")

# ------------------------------------------------------------------ 026
msg(file="026-respuesta-automatica.eml", mailbox=R,
    frm='"Nelson Urbina" <nelson.urbina77@gmail.com>',
    subject="Respuesta automática: Prórroga de residencia",
    received=T(2026, 12, 19, 3, 2, 0),
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    text="Estoy de viaje sin acceso a mi correo hasta el 4 de enero. Responderé a su mensaje a mi regreso.\n",
    procedure="prorroga_residencia", fields={}, ignorado=True, expect="ignorado")

# ------------------------------------------------------------------ 027
msg(file="027-rebote-mailer-daemon.eml", mailbox=M,
    frm="Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>",
    subject="Undelivered Mail Returned to Sender: Cambio de clave y contraseña",
    received=T(2026, 12, 21, 0, 14, 0),
    bounce=True,
    procedure="cambio_clave", fields={}, ignorado=True, expect="ignorado")

# ------------------------------------------------------------------ 028
msg(file="028-derivacion-interna-institucional.eml", mailbox=S,
    frm='"Unidad de Refugiados" <refugiados@rree.gob.pe>',
    subject="TR: Actualización de datos",
    received=T(2026, 12, 22, 9, 0, 0),
    text="""Estimados colegas:

Se deriva para su atención, por ser de su competencia, la solicitud de actualización de datos recibida en este buzón.

Saludos cordiales,
Unidad de Refugiados
""",
    procedure="actualizacion_datos", fields={}, ignorado=True, expect="ignorado")

# ------------------------------------------------------------------ 029
msg(file="029-boletin-lista.eml", mailbox=S,
    frm='"Boletín Movilidad Humana" <boletin@noticias-movilidad.org>',
    subject="Boletín de diciembre: ferias de empleo y talleres gratuitos",
    received=T(2026, 12, 23, 7, 0, 0),
    headers={"List-Id": "Boletin Movilidad <boletin.noticias-movilidad.org>",
             "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@noticias-movilidad.org>"},
    html="""<html><body><h2>Boletín de diciembre</h2>
<p>Este mes: ferias de empleo en Lima Norte, talleres gratuitos de emprendimiento y
orientación legal en nuestras oficinas de Breña.</p>
<p>Para dejar de recibir este boletín responda con la palabra BAJA.</p></body></html>""",
    procedure=None, fields={}, ignorado=True, expect="ignorado")

# ------------------------------------------------------------------ 030
L030 = """Señor Presidente de la Comisión Especial para los Refugiados

Quien suscribe, EDWIN ALBERTO CAICEDO ANGULO, de nacionalidad colombiana, identificado con cédula de ciudadanía N° 94.512.307, con domicilio en Lima, respetuosamente digo:

Que interpongo RECURSO DE APELACIÓN contra la Resolución N° 4120-2026-CEPR/SE de fecha 15 de octubre de 2026, notificada con fecha 03/11/2026, que confirmó la denegatoria de mi solicitud de refugio.

Fundamento: la Comisión consideró que podía reubicarme dentro de Colombia, pero el grupo que me amenaza opera en todo el Pacífico y ya ubicó a mi familia en Cali, como consta en las denuncias que adjunto.

Tlf. 944-112-230
Correo: edwin.caicedo.a@gmail.com

Lima, 24 de noviembre de 2026
EDWIN ALBERTO CAICEDO ANGULO"""
msg(file="030-apelacion-ultimo-dia-quien-suscribe.eml", mailbox=M,
    frm='"Edwin Caicedo" <edwin.caicedo.a@gmail.com>',
    subject="Recurso de apelación",
    received=T(2026, 11, 24, 15, 0, 0),
    text=L030 + "\n\n(Se adjunta el recurso con firma digital.)\n",
    pdfs=[("recurso_apelacion_ECaicedo.pdf", "signed", L030, "EDWIN ALBERTO CAICEDO ANGULO")],
    procedure="apelacion",
    fields=dict(nombres="EDWIN ALBERTO CAICEDO ANGULO", nacionalidad="CO",
                documento_identidad="94512307", telefono="944-112-230",
                correo="edwin.caicedo.a@gmail.com",
                motivo="la Comisión consideró que podía reubicarme dentro de Colombia, pero el grupo que me amenaza opera en todo el Pacífico"),
    signature="valid", notified=dt.date(2026, 11, 3), expect="cargo")

# ------------------------------------------------------------------ 031
msg(file="031-apelacion-foto-despues-del-cierre.eml", mailbox=M,
    frm='"Mayerlin" <mayerlin.soto.g@gmail.com>',
    subject="APELACION - Mayerlin Soto",
    received=T(2026, 11, 24, 17, 45, 0),
    text="""Buenas noches. Envío mi recurso de apelación (foto del escrito firmado). La resolución que confirma la denegatoria me fue notificada el 3 de noviembre de 2026.

Nombre: Mayerlin Soto Guédez
Pasaporte nro: 149 332 871
Cel: +51 961 700 532
Correo: mayerlin.soto.g@gmail.com
Motivo: no se tomó en cuenta que mi pareja me amenazó de muerte y que la policía de mi país no me protegió.
""",
    scans=[("apelacion_foto.png", "png", [
        "Senores Comision Especial para los Refugiados",
        "Mayerlin Soto Guedez interpone recurso de apelacion",
        "Lima, 24 de noviembre de 2026"])],
    procedure="apelacion",
    fields=dict(nombres="Mayerlin Soto Guédez", documento_identidad="149332871",
                telefono="+51 961 700 532", correo="mayerlin.soto.g@gmail.com",
                motivo="no se tomó en cuenta que mi pareja me amenazó de muerte y que la policía de mi país no me protegió."),
    signature="manuscrita", notified=dt.date(2026, 11, 3), expect="cargo")

# ------------------------------------------------------------------ 032
L032 = """RECURSO DE RECONSIDERACIÓN

Marisol Valdivia Cornejo, abogada, con registro CAL N° 54321 y DNI 09876543, en representación de IBRAHIM KHALIL HADDAD, de nacionalidad siria, identificado con pasaporte N° N012345678, interpongo recurso de reconsideración contra la Resolución N° 5012-2026-CEPR/SE.

Motivo: se presenta nueva prueba, el certificado de reclutamiento forzoso emitido a nombre de mi representado, que acredita el riesgo que corre si retorna a Siria.

Para notificaciones: mvaldivia@valdivia-abogados.pe, teléfono (01) 4567890.

Firma digital del recurrente: IBRAHIM KHALIL HADDAD"""
msg(file="032-reconsideracion-abogada-buzon-equivocado.eml", mailbox=R,
    frm='"Estudio Valdivia & Asociados" <mvaldivia@valdivia-abogados.pe>',
    subject="Recurso de Reconsideración - IBRAHIM KHALIL HADDAD",
    received=T(2026, 11, 30, 11, 0, 0),
    text="""Señores:

""" + L032.split("\n", 2)[2] + """

Se adjunta escrito con firma digital del recurrente.

Atentamente,
Dra. Marisol Valdivia Cornejo
Estudio Valdivia & Asociados
""",
    pdfs=[("reconsideracion_IKHaddad.pdf", "signed", L032, "IBRAHIM KHALIL HADDAD")],
    procedure="reconsideracion",
    fields=dict(nombres="IBRAHIM KHALIL HADDAD", nacionalidad="SY",
                documento_identidad="N012345678", telefono="(01) 4567890",
                correo="mvaldivia@valdivia-abogados.pe",
                motivo="se presenta nueva prueba, el certificado de reclutamiento forzoso emitido a nombre de mi representado"),
    signature="valid", expect="cargo")

# ------------------------------------------------------------------ 033
msg(file="033-prorroga-portugues.eml", mailbox=R,
    frm='"Jean Robert Pierre" <jrpierre.ht@gmail.com>',
    subject="Prórroga de residência",
    received=T(2027, 1, 7, 10, 0, 0),
    text="""Boa tarde,

Sou refugiado reconhecido no Peru e solicito a prorrogação anual da minha residência.

Nome completo: Jean Robert Pierre
Sexo: masculino
Nacionalidade: haitiana
Passaporte: PP2231457
Carteira de estrangeiro (CE): 000556781
Data de nascimento: 22/08/1979
Telefone: +51 925 300 118

Obrigado.
""",
    procedure="prorroga_residencia",
    fields=dict(nombres="Jean Robert Pierre", sexo="M", nacionalidad="HT",
                documento_identidad="PP2231457", carne_extranjeria="000556781",
                fecha_nacimiento="1979-08-22", telefono="+51 925 300 118",
                correo="jrpierre.ht@gmail.com"),
    refugiado=True, expect="acuse")

# ------------------------------------------------------------------ 034
F034 = """FORMULARIO DE ACTUALIZACIÓN DE DATOS DE CONTACTO

Nombres y apellidos: Dayron Fernández Castillo
Nacionalidad: cubana
Carnet de identidad: 90061545789
Teléfono: +51 936 210 447
Correo electrónico: dayron.fdez.c@gmail.com
Nueva dirección: Calle Las Magnolias 118, Surquillo"""
msg(file="034-actualizacion-cubano-solo-en-pdf.eml", mailbox=S,
    frm='"Dayron" <dayron.fdez.c@gmail.com>',
    subject="Actualización de datos (formulario adjunto)",
    received=T(2027, 1, 8, 17, 10, 0),
    text="Saludos, adjunto el formulario con mis datos actualizados. Gracias.\n",
    pdfs=[("formulario_actualizacion.pdf", "text", F034, None)],
    procedure="actualizacion_datos",
    fields=dict(nombres="Dayron Fernández Castillo", nacionalidad="CU",
                documento_identidad="90061545789", telefono="+51 936 210 447",
                correo="dayron.fdez.c@gmail.com"),
    expect="acuse")

# ------------------------------------------------------------------ 035
msg(file="035-permiso-viaje-sin-retorno.eml", mailbox=R,
    frm='"Francy" <francy.lozano.r@gmail.com>',
    subject="permiso de viaje urgente",
    received=T(2027, 1, 10, 21, 15, 0),
    text="""Buenas noches, soy refugiada reconocida, necesito permiso para viajar a Bogotá, Colombia porque a mi hijo lo van a operar del corazón. Salgo el 20/01/2027, regreso cuando termine el tratamiento, no sé la fecha exacta.

Francy Elena Lozano Rojas
CE 000671209
cel 9 5566 7788

Adjunto la solicitud firmada (foto).
""",
    scans=[("solicitud_viaje.jpg", "jpeg", [
        "Solicitud de autorizacion de viaje",
        "Francy Elena Lozano Rojas - CE 000671209",
        "Destino: Bogota. Salida 20/01/2027"])],
    procedure="autorizacion_viaje",
    fields=dict(nombres="Francy Elena Lozano Rojas", carne_extranjeria="000671209",
                telefono="9 5566 7788", correo="francy.lozano.r@gmail.com",
                motivo="a mi hijo lo van a operar del corazón", destino="Bogotá, Colombia",
                fecha_salida="2027-01-20"),
    refugiado=True, signature="manuscrita", expect="subsanar")

# ------------------------------------------------------------------ 036
msg(file="036-cambio-contrasena-sin-telefono.eml", mailbox=S,
    frm='"W. Useche" <wilmer.useche@outlook.com>',
    subject="Cambio de contraseña",
    received=T(2026, 12, 7, 11, 0, 0),
    text="""Solicitante: Wilmer Antonio Useche Parra
Documento: pasaporte 098765432
Correo: wilmer.useche@outlook.com

Solicito el cambio de clave y contraseña del Sistema de Refugiados.
Atte.
""",
    procedure="cambio_clave",
    fields=dict(nombres="Wilmer Antonio Useche Parra", documento_identidad="098765432",
                correo="wilmer.useche@outlook.com"),
    expect="subsanar")

# ------------------------------------------------------------------ 037
L037 = """Señores
Comisión Especial para los Refugiados

Yo, Yelitza Coromoto Mora Barrios, de nacionalidad venezolana, cédula V-14.556.902, carné de extranjería N° 000298114, refugiada reconocida, comunico mi decisión de RENUNCIAR a la condición de refugiada.

Motivo: obtuve la nacionalidad española por mi abuelo y me mudaré a Madrid.

Teléfono: 947 330 561

Lima, 11 de enero de 2027
Yelitza Coromoto Mora Barrios"""
msg(file="037-renuncia-refugiada-html-firmada.eml", mailbox=M,
    frm='"Yelitza Mora" <yelitza.mora.b@gmail.com>',
    subject="Renuncia a la condición de refugiada",
    received=T(2027, 1, 12, 14, 0, 0),
    text="""Buenas tardes. Remito mi renuncia a la condición de refugiada, firmada digitalmente.

Nombres: Yelitza Coromoto Mora Barrios
Nacionalidad: venezolana
Cédula: V-14.556.902
Carné de extranjería: 000298114
Teléfono: 947 330 561
Motivo: obtuve la nacionalidad española por mi abuelo y me mudaré a Madrid.
""",
    html="""<html><body><p>Buenas tardes. Remito mi renuncia a la condición de refugiada, firmada digitalmente.</p>
<table>
<tr><th align="left">Nombres</th><td>Yelitza Coromoto Mora Barrios</td></tr>
<tr><th align="left">Nacionalidad</th><td>venezolana</td></tr>
<tr><th align="left">Cédula</th><td>V-14.556.902</td></tr>
<tr><th align="left">Carné de extranjería</th><td>000298114</td></tr>
<tr><th align="left">Teléfono</th><td>947 330 561</td></tr>
<tr><th align="left">Motivo</th><td>obtuve la nacionalidad española por mi abuelo y me mudaré a Madrid.</td></tr>
</table></body></html>""",
    pdfs=[("renuncia_YMora_firmada.pdf", "signed", L037, "Yelitza Coromoto Mora Barrios")],
    procedure="renuncia",
    fields=dict(nombres="Yelitza Coromoto Mora Barrios", nacionalidad="VE",
                documento_identidad="V14556902", carne_extranjeria="000298114",
                telefono="947 330 561", correo="yelitza.mora.b@gmail.com",
                motivo="obtuve la nacionalidad española por mi abuelo y me mudaré a Madrid."),
    refugiado=True, signature="valid", expect="acuse")

# ------------------------------------------------------------------ 038
msg(file="038-actualizacion-ecuatoriano-derivado.eml", mailbox=R,
    frm='"Byron Cevallos" <byron.cevallos.e@gmail.com>',
    subject="Fwd: Actualizacion de datos de contacto",
    received=T(2027, 1, 13, 9, 45, 0),
    text="""Estimados, les paso la actualización de mis datos de contacto:

Nombre: Byron Esteban Cevallos Mera | Nacionalidad: Ecuador | Cédula de ciudadanía: 0923456781 | Teléfono nuevo: (01) 7214455 | correo byron.cevallos.e@gmail.com

Saludos cordiales
""",
    procedure="actualizacion_datos",
    fields=dict(nombres="Byron Esteban Cevallos Mera", nacionalidad="EC",
                documento_identidad="0923456781", telefono="(01) 7214455",
                correo="byron.cevallos.e@gmail.com"),
    expect="acuse")

# ------------------------------------------------------------------ 039
msg(file="039-apelacion-esposo-por-esposa-escaneada.eml", mailbox=M,
    frm='"Víctor Hugo" <victorhugo.linares@gmail.com>',
    subject="Recurso de Apelación de mi esposa",
    received=T(2026, 12, 28, 16, 0, 0),
    text="""Señores Mesa de Partes:

Escribo en nombre de mi esposa, YOLIMAR JOSEFINA LINARES DE ARAUJO, quien no maneja bien el correo. Yo soy Víctor Hugo Araujo Pernía, cédula V-11.223.344, su esposo.

Ella presenta recurso de apelación contra la resolución que confirmó la denegatoria de su solicitud de refugio, que le fue notificada por correo el lunes 14 de diciembre de 2026.

Datos de ella:
Pasaporte N° 118 765 432
Correo: yolimar.linares.a@gmail.com
Teléfono: comunicarse a mi número +51 998 877 665

Motivo de la apelación: la Comisión no tuvo en cuenta que ella fue agredida por un colectivo armado en Maracaibo por denunciar el cobro de vacunas en su negocio.

Adjunto el escrito firmado por ella (escaneado).

Víctor Hugo Araujo Pernía
""",
    scans=[("apelacion_YLinares_escaneo.pdf", "scanpdf", [
        "Senores Comision Especial para los Refugiados",
        "Yolimar Josefina Linares de Araujo interpone recurso de apelacion",
        "Lima, 27 de diciembre de 2026"])],
    procedure="apelacion",
    fields=dict(nombres="YOLIMAR JOSEFINA LINARES DE ARAUJO", documento_identidad="118765432",
                correo="yolimar.linares.a@gmail.com", telefono="+51 998 877 665",
                motivo="la Comisión no tuvo en cuenta que ella fue agredida por un colectivo armado en Maracaibo por denunciar el cobro de vacunas en su negocio."),
    signature="manuscrita", notified=dt.date(2026, 12, 14), expect="cargo")

# ------------------------------------------------------------------ 040
L040 = """REQUEST FOR RECONSIDERATION (Recurso de Reconsideración)

I, Chiamaka Grace Okafor, Nigerian national, passport number A08765432, hereby file a request for reconsideration of Resolution No. 2890-2026-CEPR/SE, which denied my refugee claim.

Grounds: the Commission did not assess the medical report showing the injuries I suffered in the attack on my village, nor the risk I face as a member of a targeted religious minority.

Phone: +51 913 572 468
Email: grace.okafor.ng@gmail.com

Lima, 13 November 2026
Chiamaka Grace Okafor"""
msg(file="040-reconsideracion-ingles-tarde.eml", mailbox=M,
    frm='"Grace O." <chiamaka.okafor@yahoo.com>',
    subject="Request for reconsideration (Recurso de reconsideración)",
    received=T(2026, 11, 16, 10, 30, 0),
    text="""To the Special Commission for Refugees,

I, Chiamaka Grace Okafor, Nigerian national, passport number A08765432, hereby file a request for reconsideration of Resolution No. 2890-2026-CEPR/SE, which denied my refugee claim. I was notified of the decision by email on 1 October 2026; I apologise for the delay, I only found the email recently in my spam folder.

Grounds: the Commission did not assess the medical report showing the injuries I suffered in the attack on my village, nor the risk I face as a member of a targeted religious minority.

Phone: +51 913 572 468 (WhatsApp as well)
Email: grace.okafor.ng@gmail.com

The signed document is attached.

Chiamaka Grace Okafor
""",
    pdfs=[("reconsideration_CGOkafor_signed.pdf", "signed", L040, "Chiamaka Grace Okafor")],
    procedure="reconsideracion",
    fields=dict(nombres="Chiamaka Grace Okafor", nacionalidad="NG",
                documento_identidad="A08765432", telefono="+51 913 572 468",
                correo="grace.okafor.ng@gmail.com",
                motivo="the Commission did not assess the medical report showing the injuries I suffered in the attack on my village"),
    signature="valid", notified=dt.date(2026, 10, 1), expect="cargo")

# ------------------------------------------------------------------ 041
msg(file="041-prorroga-mayusculas-no-laborable.eml", mailbox=R,
    frm='"Reinaldo" <reinaldo.bastidas@hotmail.com>',
    subject="PRORROGA RESIDENCIA",
    received=T(2026, 12, 31, 10, 0, 0),
    text="""BUENOS DIAS, SOLICITO PRORROGA DE RESIDENCIA ANUAL.

NOMBRES: REINALDO ANTONIO BASTIDAS PEREIRA
SEXO: M
NACIONALIDAD: VENEZOLANO
CEDULA: V-13.908.227
CARNET DE EXTRANGERIA: 000447120
FECHA DE NACIMIENTO: 07/04/77
TELEFONO: +58 412-555.12.34

GRACIAS
""",
    procedure="prorroga_residencia",
    fields=dict(nombres="REINALDO ANTONIO BASTIDAS PEREIRA", sexo="M", nacionalidad="VE",
                documento_identidad="V13908227", carne_extranjeria="000447120",
                fecha_nacimiento="1977-04-07", telefono="+58 412-555.12.34",
                correo="reinaldo.bastidas@hotmail.com"),
    expect="acuse")

# ------------------------------------------------------------------ 042
msg(file="042-cambio-clave-frances.eml", mailbox=S,
    frm='"Marie-Claude Étienne" <mc.etienne@hotmail.fr>',
    subject="Changement de mot de passe - Cambio de clave",
    received=T(2027, 1, 15, 12, 0, 0),
    text="""Bonjour,

Je voudrais demander le changement de mon mot de passe (cambio de clave y contraseña) pour le Sistema de Refugiados.

Nom et prénoms : Marie-Claude Étienne
Passeport n° : HA0456712
Téléphone : +51 927 884 301
Courriel : mc.etienne@hotmail.fr

Merci d'avance.
""",
    procedure="cambio_clave",
    fields=dict(nombres="Marie-Claude Étienne", documento_identidad="HA0456712",
                telefono="+51 927 884 301", correo="mc.etienne@hotmail.fr"),
    expect="acuse")

# ------------------------------------------------------------------ 043
msg(file="043-permiso-trabajo-portal-mesa.eml", mailbox=M,
    frm='"Pedro" <pedro.nava.r@gmail.com>',
    subject="renovacion permiso de trabajo",
    received=T(2027, 1, 18, 10, 0, 0),
    text="Buenas, quiero renovar mi autorización de trabajo. Pedro Nava Rincón, pasaporte 133221456. cel 942 661 009\n",
    procedure="autorizacion_trabajo",
    fields=dict(nombres="Pedro Nava Rincón", documento_identidad="133221456",
                telefono="942 661 009", correo="pedro.nava.r@gmail.com"),
    expect="portal")

# ------------------------------------------------------------------ 044
L044 = """Señores de la Comisión Especial para los Refugiados:

Oriana Guevara León presenta recurso de reconsideración contra la Resolución N° 0012-2027-CEPR/SE (Expediente N° 2025-0091234), notificada el 11 de enero de 2027.

Motivo: no se valoró el informe de la organización de derechos humanos que documenta la persecución que sufrí como periodista.

Teléfono: 955 010 223
Correo: oriana.guevara.l@gmail.com

Firma:"""
msg(file="044-reconsideracion-sin-documento-firma-imagen.eml", mailbox=M,
    frm='"Oriana" <oriana.guevara.l@gmail.com>',
    subject="Reconsideración - Expediente N° 2025-0091234",
    received=T(2027, 1, 19, 16, 0, 0),
    text="""Buenas tardes. Presento recurso de reconsideración contra la Resolución N° 0012-2027-CEPR/SE, notificada el 11 de enero de 2027. Adjunto escrito firmado.

Nombre: Oriana Guevara León
Expediente: 2025-0091234
Resolución: 0012-2027-CEPR/SE
Teléfono: 955 010 223
Correo: oriana.guevara.l@gmail.com
Motivo: no se valoró el informe de la organización de derechos humanos que documenta la persecución que sufrí como periodista.
""",
    pdfs=[("reconsideracion_OGuevara.pdf", "textimage", L044, None)],
    procedure="reconsideracion",
    fields=dict(nombres="Oriana Guevara León", telefono="955 010 223",
                correo="oriana.guevara.l@gmail.com",
                motivo="no se valoró el informe de la organización de derechos humanos que documenta la persecución que sufrí como periodista."),
    signature="manuscrita", notified=dt.date(2027, 1, 11), expect="subsanar")

# ------------------------------------------------------------------ 045
msg(file="045-duplicado-ce-sin-denuncia.eml", mailbox=R,
    frm='"Héctor Salcedo" <hector.salcedo.v@gmail.com>',
    subject="Duplicado de carné de extranjería",
    received=T(2027, 1, 20, 9, 0, 0),
    text="""Buen día, solicito duplicado de carné de extranjería, lo perdí en una mudanza.

Nombres..............: Héctor Luis Salcedo Vivas
Sexo.................: masculino
Nacionalidad.........: venezolana
Pasaporte............: 109876543
Carné extranjería....: 000223344
Fecha de nacimiento..: 30 de junio de 1981
Teléfono.............: +51 (945) 221-338

La denuncia todavía la estoy tramitando, la envío apenas me la den.
""",
    procedure="duplicado_carne_extranjeria",
    fields=dict(nombres="Héctor Luis Salcedo Vivas", sexo="M", nacionalidad="VE",
                documento_identidad="109876543", carne_extranjeria="000223344",
                fecha_nacimiento="1981-06-30", telefono="+51 (945) 221-338",
                correo="hector.salcedo.v@gmail.com", motivo="lo perdí en una mudanza"),
    refugiado=True, denuncia=False, expect="subsanar")

# ------------------------------------------------------------------ 046
msg(file="046-actualizacion-madre-por-hijo-refugiado.eml", mailbox=S,
    frm='"Carmen Teresa" <carmenteresa.ugas@gmail.com>',
    subject="Actualización de datos de mi hijo",
    received=T(2027, 1, 21, 18, 30, 0),
    text="""Buenas noches. Mi nombre es Carmen Teresa Ugas de Lara, mi celular es 986 001 553 y mi cédula V-5.112.908. Les escribo por mi hijo Gabriel Enrique Lara Ugas, de 27 años, refugiado reconocido, que tiene un número nuevo y me pidió que les escribiera.

Datos de Gabriel:
nacionalidad: venezolana
pasaporte: 141 222 908
carné de extranjería: 000901245
nuevo teléfono: 9 3344 5566
correo: gabriel.lara.ugas@gmail.com

Muchas gracias
Carmen Teresa
""",
    procedure="actualizacion_datos",
    fields=dict(nombres="Gabriel Enrique Lara Ugas", nacionalidad="VE",
                documento_identidad="141222908", carne_extranjeria="000901245",
                telefono="9 3344 5566", correo="gabriel.lara.ugas@gmail.com"),
    refugiado=True, expect="acuse")

# ------------------------------------------------------------------ 047
msg(file="047-urgente-sin-tramite.eml", mailbox=S,
    frm='"Wuilmer" <wuilmer_r@hotmail.com>',
    subject="URGENTE!!!",
    received=T(2027, 1, 29, 16, 59, 0),
    text="por favor alguien que me responda, llevo semanas escribiendo y nadie me contesta, necesito saber que pasa con mi tramite\nWuilmer Rangel\n",
    procedure=None,
    fields=dict(nombres="Wuilmer Rangel", correo="wuilmer_r@hotmail.com"),
    expect="triage")


# ====================================================================== build
SENDER_TZ = [dt.timezone(dt.timedelta(hours=-5)), dt.timezone(dt.timedelta(hours=-3)),
             dt.timezone(dt.timedelta(hours=-4)), dt.timezone.utc]


def html_to_text(h):
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def make_attachment(spec_att):
    name, kind, content = spec_att[0], spec_att[1], spec_att[2]
    if kind == "signed":
        data = lib6.signed_pdf(content.split("\n"), spec_att[3])
        assert lib6.sig_status(data) == "valid", name
        return name, data, PDF, lib6.pdf_text(data)
    if kind == "altered":
        good = lib6.signed_pdf(content.split("\n"), spec_att[3])
        data = lib6.altered(good, *spec_att[4])
        assert lib6.sig_status(data) == "invalid", name
        return name, data, PDF, lib6.pdf_text(data)
    if kind == "text":
        data = lib6.text_pdf(content.split("\n"))
        return name, data, PDF, lib6.pdf_text(data)
    if kind == "textimage":
        data = lib6.text_pdf(content.split("\n"), image=lib6.signature_image())
        return name, data, PDF, lib6.pdf_text(data)
    if kind == "scanpdf":
        data = lib6.scanned_pdf(content)
        assert lib6.pdf_text(data).strip() == "", name
        return name, data, PDF, ""
    if kind in ("jpeg", "png"):
        data = lib6.letter_image(content, fmt=kind.upper(), tilt=-1.2 if kind == "jpeg" else 0)
        return name, data, "image/" + kind, ""
    raise ValueError(kind)


def bounce_bytes(i, spec):
    rec = spec["received"]
    date = utils.format_datetime(rec)
    boundary = "=_r6bounce_%03d" % i
    return f"""Received: by mx1.rree.gob.pe (Postfix); {date}
Delivered-To: {spec['mailbox']}
Return-Path: <>
Auto-Submitted: auto-replied
From: {spec['frm']}
To: {spec['mailbox']}
Subject: {spec['subject_enc']}
Date: {date}
Message-ID: <r6-{i:03d}-bounce@mx1.rree.gob.pe>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<yonathan.mrz@gmial.com>: Host or domain name not found.

--{boundary}
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx1.rree.gob.pe
Arrival-Date: {date}

Final-Recipient: rfc822; yonathan.mrz@gmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.

--{boundary}
Content-Type: text/rfc822-headers
Content-Description: Undelivered Message Headers

From: {spec['mailbox']}
To: yonathan.mrz@gmial.com
Subject: Re: Cambio de clave y contraseña
Date: Sun, 20 Dec 2026 18:40:02 -0500

--{boundary}--
""".replace("\n", "\r\n").encode("utf-8")


def build():
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    labels = []
    for i, spec in enumerate(MESSAGES, 1):
        assert spec["file"].startswith("%03d-" % i), spec["file"]
        rec = spec["received"]
        readable = spec["subject"] + "\n" + spec.get("text", "")
        if spec.get("html"):
            readable += "\n" + html_to_text(spec["html"])
        atts = [make_attachment(a) for a in spec.get("pdfs", []) + spec.get("scans", [])]
        for a in atts:
            readable += "\n" + a[3]
        if spec.get("bounce"):
            from email.header import Header
            spec["subject_enc"] = Header(spec["subject"], "utf-8").encode()
            raw = bounce_bytes(i, spec)
        else:
            m = EmailMessage(policy=policy.SMTP)
            host = spec["frm"].split("@")[-1].rstrip(">")
            m["Received"] = (f"from mail-{i:03d}.{host} (mail-{i:03d}.{host} "
                             f"[198.51.100.{i}]) by mx1.rree.gob.pe (Postfix) with ESMTPS "
                             f"id R6{i:03d}AB for <{spec['mailbox']}>; "
                             + utils.format_datetime(rec))
            m["Received"] = (f"from [10.0.{i}.7] by mail-{i:03d}.{host} with ESMTPSA; "
                             + utils.format_datetime(rec - dt.timedelta(seconds=4)))
            m["Delivered-To"] = spec["mailbox"]
            m["From"] = spec["frm"]
            m["To"] = spec.get("to", spec["mailbox"])
            m["Subject"] = spec["subject"]
            sent = rec - dt.timedelta(seconds=7 + i % 50)
            m["Date"] = utils.format_datetime(sent.astimezone(SENDER_TZ[i % 4]))
            m["Message-ID"] = f"<r6-{i:03d}-{int(hashlib.sha1(spec['file'].encode()).hexdigest()[:8], 16) % 10**8:08d}@{host}>"
            for k, v in spec.get("headers", {}).items():
                m[k] = v
            if spec.get("text") and spec.get("html"):
                m.set_content(spec["text"])
                m.add_alternative(spec["html"], subtype="html")
            elif spec.get("html"):
                m.set_content(spec["html"], subtype="html")
            else:
                m.set_content(spec["text"])
            for name, data, mime, _ in atts:
                mt, st = mime.split("/")
                m.add_attachment(data, maintype=mt, subtype=st, filename=name)
            raw = m.as_bytes()
        with open(os.path.join(HERE, spec["file"]), "wb") as fh:
            fh.write(raw)

        # normalise and check the hand-written fields
        fields = dict(spec["fields"])
        norm_read = " ".join(readable.split())
        for k, v in list(fields.items()):
            if k == "telefono":
                assert v in readable, (spec["file"], v)
                fields[k] = lib6.e164(v)
            elif k == "carne_extranjeria":
                fields[k] = digits(v)
                assert fields[k] in digits(readable), (spec["file"], k)
            elif k in ("nombres", "motivo", "destino"):
                assert " ".join(v.split()).lower() in norm_read.lower(), (spec["file"], k, v)
            elif k == "documento_identidad":
                assert re.fullmatch(r"[A-Z0-9]+", v), (spec["file"], v)
                assert v in re.sub(r"[^A-Z0-9]", "", readable.upper()), (spec["file"], v)
            elif k == "correo":
                assert v == v.lower() and (v in readable.lower() or v in spec["frm"].lower())
        lab = lib6.decide(spec, rec)
        lab["fields"] = fields
        assert lab["outcome"] == spec["expect"], (spec["file"], lab["outcome"], lab["missing"])
        labels.append(lab)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages written")


if __name__ == "__main__":
    build()
