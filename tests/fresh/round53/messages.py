# -*- coding: utf-8 -*-
# The messages of round53. exec'd by build.py (shares its namespace).

# ============================================================== actualizacion_datos
add("001-actualizacion-hija-por-madre.eml", SR, "2026-10-01 10:14:22",
    "Daniela Rojas <daniela.rojas.ibarra@gmail.com>", SR,
    "Actualización de datos - Sra. Carmen Elena Rojas",
    text="""Buenos días, señores de la Comisión.

Me presento: soy Daniela Rojas Ibarra, C.I. V-27.456.123, hija de la señora Carmen Elena. Les escribo en nombre de mi mamá porque ella no usa correo electrónico y me pidió ayudarla con la actualización de sus datos de contacto. Ella es refugiada reconocida.

Sus datos son:
Nombres y apellidos: Carmen Elena Rojas de Ibarra
Nacionalidad: venezolana
Cédula: V-5.987.321
Carné de extranjería: 000412876
Teléfono nuevo (de ella): 951 204 377

La dirección nueva es Jr. Huiracocha 1420, dpto. 302, Jesús María, Lima. El celular anterior ya no lo tiene porque se lo robaron en el mercado.

Cualquier cosa pueden escribirme a mí a este mismo correo, o llamarme al +51 966 118 540.

Muchas gracias,
Daniela Rojas I.
""",
    label=L("actualizacion_datos",
            {"nombres": "Carmen Elena Rojas de Ibarra", "nacionalidad": "VE", "documento_identidad": "V5987321",
             "carne_extranjeria": "000412876", "telefono": "+51951204377",
             "correo": "daniela.rojas.ibarra@gmail.com"},
            "acuse", recognised=True,
            raw={"nacionalidad": "venezolana", "documento_identidad": "V-5.987.321",
                 "carne_extranjeria": "000412876", "telefono": "951 204 377"}))

add("002-actualizacion-outlook-tabla-incompleta.eml", RF, "2026-10-10 11:02:40",
    "Yorgelis P <yorgelis_ps@hotmail.com>", RF, "ACTUALIZACION DE DATOS",
    msgid_domain="PH0PR11MB4887.namprd11.prod.outlook.com",
    hdrs=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Thread-Topic", "ACTUALIZACION DE DATOS")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
<body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Buenos días, por medio del presente solicito actualizar mis datos, me cambié de domicilio y de correo.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse; font-family:Calibri,sans-serif; font-size:11pt">
<tr><td style="background:#D9E2F3"><b>Nombres y Apellidos</b></td><td>Yorgelis Andreína Pacheco Suárez</td></tr>
<tr><td style="background:#D9E2F3"><b>N° Pasaporte</b></td><td>148 223 907</td></tr>
<tr><td style="background:#D9E2F3"><b>Nueva dirección</b></td><td>Av. Los Próceres 455, San Juan de Lurigancho</td></tr>
<tr><td style="background:#D9E2F3"><b>Nuevo correo electrónico</b></td><td>ypacheco.andreina@gmail.com</td></tr>
</table>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br>Agradezco su atención.</div>
<div id="ms-outlook-mobile-signature"><div><br></div>Obtener <a href="https://aka.ms/AAb9ysg">Outlook para Android</a></div>
</body></html>""",
    label=L("actualizacion_datos",
            {"nombres": "Yorgelis Andreína Pacheco Suárez", "documento_identidad": "148223907",
             "correo": "ypacheco.andreina@gmail.com"},
            "subsanar", missing=["nacionalidad", "telefono"], flags=["derivado"],
            raw={"documento_identidad": "148 223 907"}))

add("003-actualizacion-fwd-propio-correo.eml", SR, "2026-11-16 17:05:09",
    "Luis F. Arango <lf.arango.gil@gmail.com>", SR, "Fwd: Actualizacion de datos",
    text="""Buenas tardes, reenvío el correo que mandé el 3 de noviembre porque no he recibido respuesta. Ahora uso este correo nuevo, el hotmail ya casi no lo reviso.

---------- Forwarded message ---------
De: Luis Fernando Arango <lfarango72@hotmail.com>
Date: mar, 3 nov 2026 a las 19:48
Subject: Actualizacion de datos
To: <solicitantesrefugio@rree.gob.pe>


Señores CEPR
Solicito la actualización de mis datos de contacto:

Nombre: Luis Fernando Arango Gil
Nacionalidad: colombiano
Cédula de ciudadanía: 79.845.112
Celular/WhatsApp: 987 330 114
Dirección: Calle Las Begonias 233, Independencia

Atte. Luis Arango
""",
    label=L("actualizacion_datos",
            {"nombres": "Luis Fernando Arango Gil", "nacionalidad": "CO", "documento_identidad": "79845112",
             "telefono": "+51987330114", "correo": "lf.arango.gil@gmail.com"},
            "acuse",
            raw={"nacionalidad": "colombiano", "documento_identidad": "79.845.112", "telefono": "987 330 114"}))

add("004-actualizar-datos-vecina-escribe.eml", SR, "2026-12-06 20:40:51",
    "Rosa Huamán <rosahuamanccori@yahoo.com>", SR, "actualizar datos del señor Jean",
    msgid_domain="sonic.mail.yahoo.com",
    text="""Señores de refugio buenas noches

Mi nombre es Rosa Huamán Ccori, DNI 41236587, soy vecina del señor Jean Baptiste Pierre-Louis que vive en el cuarto de al lado. El es de nacionalidad haitiana, solicitante de refugio, y no habla bien el castellano ni tiene correo, por eso le ayudo.

El señor se mudó y quiere actualizar su dirección: ahora vive en Mz. F Lt. 12, AA.HH. Villa Solidaridad, Carabayllo.

Su pasaporte se lo quedó su hermano en Santiago asi que no tengo el numero ahora, apenas lo tenga se los envío.

El no tiene celular, pueden llamarme a mi número que él está siempre acá: 945 662 018

Gracias de antemano
Rosa

Enviado desde Yahoo Mail para Android
""",
    label=L("actualizacion_datos",
            {"nombres": "Jean Baptiste Pierre-Louis", "nacionalidad": "HT", "telefono": "+51945662018",
             "correo": "rosahuamanccori@yahoo.com"},
            "subsanar", missing=["documento_identidad"],
            raw={"nacionalidad": "haitiana", "telefono": "945 662 018"}))

add("051-actualizacion-amigo-whatsapp-1630.eml", SR, "2026-11-17 16:30:00",
    "Gustavo Leal <gusleal.fotografia@gmail.com>", SR, "Actualización de datos de contacto",
    text="""Buenas tardes,

Les escribe Gustavo Leal, amigo de Alexis. Él me pidió que les mandara esto porque su teléfono no envía correos:

Alexis Rafael Guédez Torres
nacionalidad: venezolano
cédula V-16.442.017
es refugiado reconocido desde 2022
su número nuevo, solo WhatsApp: +58 424-555 1234 (es línea venezolana, la peruana se la suspendieron)

El número del carné no lo tiene a mano porque está en su otra cartera, se los envía después.
Para responder, este correo está bien.

Saludos
G. Leal
""",
    label=L("actualizacion_datos",
            {"nombres": "Alexis Rafael Guédez Torres", "nacionalidad": "VE", "documento_identidad": "V16442017",
             "telefono": "+584245551234", "correo": "gusleal.fotografia@gmail.com"},
            "subsanar", missing=["carne_extranjeria"], recognised=True,
            raw={"nacionalidad": "venezolano", "documento_identidad": "V-16.442.017",
                 "telefono": "+58 424-555 1234"}))

# ============================================================== cambio_clave
add("005-cambio-clave-hijo-por-padre.eml", SR, "2026-10-05 09:30:12",
    "Kevin Villalobos <kevinvillalobos.dev@gmail.com>", SR, "Cambio de clave y contraseña",
    text="""Buen día,

Escribo por mi papá, Ramón Antonio Villalobos Pérez, venezolano, que no puede entrar al Sistema de Refugiados porque olvidó la contraseña y el correo de recuperación no le llega.

Datos del titular:
- Nombres y apellidos: Ramón Antonio Villalobos Pérez
- Pasaporte N° 095124778
- Teléfono: +51 912 447 063
- Correo registrado en el sistema: ramonvillalobos1955@gmail.com

Por favor envíen la nueva clave a ese correo de él, no al mío.

Saludos,
Kevin Villalobos
Cel. 934 551 270

Enviado desde mi iPhone
""",
    label=L("cambio_clave",
            {"nombres": "Ramón Antonio Villalobos Pérez", "nacionalidad": "VE", "documento_identidad": "095124778",
             "telefono": "+51912447063", "correo": "ramonvillalobos1955@gmail.com"},
            "acuse",
            raw={"nacionalidad": "venezolano", "documento_identidad": "095124778", "telefono": "+51 912 447 063"}))

add("006-canbio-contrasena-html-gmail.eml", MP, "2026-10-23 16:45:30",
    "Yaneisy <yaneisy.cabrera88@gmail.com>", MP, "Canbio de contraseña",
    html="""<div dir="ltr">Hola buenas tardes<br>Necesito por favor el cambio de mi contraseña del sistema de refugio, no me acuerdo y ya intenté varias veces y me bloquea.<br><br>Nombre completo: Yaneisy Cabrera Lorenzo<br>Carnet de identidad cubano: 88021547392<br>Nacionalidad: cubana<br><br>Gracias de antemano</div>
""",
    label=L("cambio_clave",
            {"nombres": "Yaneisy Cabrera Lorenzo", "nacionalidad": "CU", "documento_identidad": "88021547392",
             "correo": "yaneisy.cabrera88@gmail.com"},
            "subsanar", missing=["telefono"], flags=["derivado"],
            raw={"nacionalidad": "cubana", "documento_identidad": "88021547392"}))

add("007-re-cambio-clave-clinica-juridica.eml", SR, "2026-11-04 12:18:44",
    "Clínica Jurídica de Derechos Humanos <clinicajuridica.refugio@gmail.com>", SR, "RE: Cambio de clave",
    text="""Estimados señores:

En atención a su correo, y en representación de nuestra usuaria, remitimos los datos requeridos para el cambio de clave del Sistema de Refugiados:

Nombres y apellidos completos: María Fernanda Gutiérrez Ochoa
Pasaporte: AV482913
Teléfono de contacto: 987-654-120
Correo electrónico: mafergutierrez.o@outlook.com

La usuaria autoriza que la comunicación sobre su clave se dirija directamente a su correo.

Atentamente,

Lucía Benavides Soto
Abogada - Clínica Jurídica de Derechos Humanos
CAL 67890 | DNI 45678123
Tel. (01) 626-2000 anexo 4512

________________________________
De: Solicitantes de Refugio <solicitantesrefugio@rree.gob.pe>
Enviado: martes, 3 de noviembre de 2026 10:15
Para: clinicajuridica.refugio@gmail.com <clinicajuridica.refugio@gmail.com>
Asunto: RE: Cambio de clave

Estimada Dra. Benavides:

Para tramitar el cambio de clave y contraseña la persona interesada debe remitir: nombres y apellidos completos, número de pasaporte o cédula, teléfono de contacto y correo electrónico.

Atentamente,
Secretaría Ejecutiva - Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores
Jr. Lampa 545, Lima | Tel. (01) 204-2400
""",
    label=L("cambio_clave",
            {"nombres": "María Fernanda Gutiérrez Ochoa", "documento_identidad": "AV482913",
             "telefono": "+51987654120", "correo": "mafergutierrez.o@outlook.com"},
            "acuse", raw={"documento_identidad": "AV482913", "telefono": "987-654-120"}))

add("008-cambio-clave-iphone-feriado.eml", SR, "2026-12-25 10:00:37",
    "Jhon Quishpe <jhonq1993@gmail.com>", SR, "cambio de clave",
    text="""buenos dias necesito cambio de clave para entrar al sistema de refugiados porque me sale usuario bloqueado

soy Jhon Fabricio Quishpe Toapanta, soy ecuatoriano, cedula 1723456789, mi numero es 9 7612 3348 y mi correo es el mismo jhonq1993@gmail.com

gracias

Enviado desde mi iPhone
""",
    label=L("cambio_clave",
            {"nombres": "Jhon Fabricio Quishpe Toapanta", "nacionalidad": "EC", "documento_identidad": "1723456789",
             "telefono": "+51976123348", "correo": "jhonq1993@gmail.com"},
            "acuse",
            raw={"nacionalidad": "ecuatoriano", "documento_identidad": "1723456789", "telefono": "9 7612 3348"}))

# ============================================================== reconsideracion
_p009 = K.sign_pdf(K.text_pdf([
    "Expediente N° 2025-0813-CEPR",
    "Sumilla: Interpone recurso de reconsideración",
    "",
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
    "WILMER JOSÉ CARRASCO BRICEÑO, de nacionalidad venezolana, identificado con pasaporte N° 128456390, "
    "con domicilio en Av. Arequipa 2450, Lince, teléfono 989 112 457, correo electrónico "
    "wilmercarrasco.b@gmail.com, con el patrocinio del abogado Manuel Paredes Villanueva (CAL 45127), "
    "ante usted respetuosamente digo:",
    "Que, habiendo sido notificado con fecha 02/10/2026 con la Resolución N° 04512-2026-CEPR de fecha "
    "18/09/2026, que deniega mi solicitud de reconocimiento de la condición de refugiado, dentro del plazo de ley "
    "interpongo RECURSO DE RECONSIDERACIÓN, por los fundamentos siguientes:",
    "FUNDAMENTOS: La resolución no valoró que mi persecución continúa; presento como nueva prueba la constancia "
    "emitida por la organización Provea sobre las amenazas recibidas por mi familia en Barinas en agosto de 2026, "
    "posterior a mi entrevista, que acredita el riesgo actual en caso de retorno.",
    "POR TANTO: Solicito se declare fundado el recurso y se me reconozca la condición de refugiado.",
    "",
    "Lima, 13 de octubre de 2026",
    "Firmado digitalmente por WILMER JOSÉ CARRASCO BRICEÑO",
], title="RECURSO DE RECONSIDERACIÓN"), "WILMER JOSE CARRASCO BRICENO")

add("009-reconsideracion-abogado-pdf-firmado.eml", MP, "2026-10-14 11:20:05",
    "Estudio Paredes & Asociados <mparedes@paredesabogados.pe>", MP,
    "Recurso de Reconsideración - Expediente 2025-0813", msgid_domain="paredesabogados.pe",
    cc="Wilmer Carrasco <wilmercarrasco.b@gmail.com>",
    text="""Señores
Mesa de Partes Digital
Ministerio de Relaciones Exteriores

De mi consideración:

Adjunto el recurso de reconsideración interpuesto por mi patrocinado, el señor Wilmer José Carrasco Briceño, contra la Resolución N° 04512-2026-CEPR, debidamente firmado digitalmente por él. Los datos de contacto del recurrente figuran en el escrito.

Sírvanse remitir el cargo a este correo y al de mi patrocinado (en copia).

Atentamente,

Dr. Manuel Paredes Villanueva
Abogado - CAL N° 45127
DNI 09876543
Estudio Paredes & Asociados
Av. Petit Thouars 3345, of. 502, San Isidro
Tel. 01-445-7890
""",
    atts=[pdf_att("Recurso_Reconsideracion_Carrasco_firmado.pdf", _p009)],
    label=L("reconsideracion",
            {"nombres": "Wilmer José Carrasco Briceño", "nacionalidad": "VE", "documento_identidad": "128456390",
             "telefono": "+51989112457", "correo": "wilmercarrasco.b@gmail.com",
             "motivo": "La resolución no valoró que mi persecución continúa; presento como nueva prueba la constancia"},
            "cargo", signature="valid", notif="2026-10-02",
            raw={"nacionalidad": "venezolana", "documento_identidad": "128456390", "telefono": "989 112 457"}))

_j010 = K.scanned_letter_image([
    "Lima 26 de noviembre de 2026",
    "Señores Comisión Especial para los Refugiados",
    "Asunto: Recurso de reconsideración",
    "",
    "Yo Yusmary del Valle Colmenares Rivas, cédula V-20.145.876, pido que se reconsidere la decisión de negarme "
    "el refugio que me notificaron el 15 de octubre de 2026.",
    "En la entrevista estaba muy nerviosa y no pude contar todo lo que me pasó con el colectivo en mi barrio. "
    "Adjunto constancia médica de las lesiones.",
    "Teléfono +51 923 845 611",
    "",
    "Atentamente,",
], seed=10)

add("010-reconsideracion-foto-carta-extemporanea.eml", MP, "2026-11-27 15:00:18",
    "Yusmary Colmenares <yusmary.colmenares@gmail.com>", MP, "RECONSIDERACION",
    text="""Buenas tardes. Envío mi recurso de reconsideración firmado a mano (foto adjunta) porque no tengo firma digital ni impresora.

Yo Yusmary del Valle Colmenares Rivas, cédula V-20.145.876, pasaporte 134009871, solicito se reconsidere la decisión de denegar mi refugio, que me fue notificada el 15 de octubre de 2026. Sé que me pasé del plazo, estuve hospitalizada.

El motivo es que en la entrevista estaba muy nerviosa y no me dejaron terminar de explicar lo que me pasó con el colectivo en mi barrio; ahora presento la constancia médica de las lesiones que me hicieron.

Mi teléfono: +51 923 845 611

Gracias

Enviado desde mi Galaxy
""",
    atts=[jpg_att("reconsideracion_firmada.jpg", _j010)],
    label=L("reconsideracion",
            {"nombres": "Yusmary del Valle Colmenares Rivas", "documento_identidad": "V20145876",
             "telefono": "+51923845611", "correo": "yusmary.colmenares@gmail.com",
             "motivo": "en la entrevista estaba muy nerviosa y no me dejaron terminar de explicar lo que me pasó"},
            "cargo", signature="manuscrita", flags=["verificar_firma", "extemporaneo"], notif="2026-10-15",
            raw={"documento_identidad": "V-20.145.876", "telefono": "+51 923 845 611"}))

_p011 = K.text_pdf([
    "Señores de la Comisión Especial para los Refugiados",
    "",
    "Yo, Andrés Eduardo Mendoza Ruiz, identificado con cédula de identidad V-24.551.930, me dirijo a ustedes "
    "para presentar recurso de reconsideración contra la resolución que deniega mi solicitud de refugio.",
    "Motivo: la resolución no tomó en cuenta que fui amenazado de muerte por ser testigo de un homicidio "
    "cometido por funcionarios en Maturín, hecho que acredito con la copia del acta fiscal que ahora adjunto.",
    "Por lo expuesto, pido se revise mi caso.",
    "",
    "Piura, 21 de diciembre de 2026",
    "",
    "Firma: ______________________",
    "Andrés Eduardo Mendoza Ruiz",
], title="RECURSO DE RECONSIDERACIÓN")

add("011-reconsideracion-hermana-pdf-sin-firma.eml", MP, "2026-12-23 16:10:27",
    "Karla Mendoza <karlamendoza.r@hotmail.com>", MP, "Recurso de reconsideracion de mi hermano",
    msgid_domain="DM6PR02MB6110.namprd02.prod.outlook.com",
    text="""Señores, buenas tardes.

Mi hermano Andrés Eduardo Mendoza Ruiz me pidió enviar su recurso de reconsideración porque él está trabajando en una chacra en Piura y allá no tiene internet. Adjunto el documento en PDF que él redactó.

Él no tiene número peruano todavía; por favor cualquier comunicación a mi celular 955 300 782 o a este correo.

Karla Mendoza Ruiz
""",
    atts=[pdf_att("recurso reconsideracion Andres.pdf", _p011)],
    label=L("reconsideracion",
            {"nombres": "Andrés Eduardo Mendoza Ruiz", "documento_identidad": "V24551930",
             "telefono": "+51955300782", "correo": "karlamendoza.r@hotmail.com",
             "motivo": "la resolución no tomó en cuenta que fui amenazado de muerte por ser testigo"},
            "subsanar", signature="absent", missing=["firma"],
            raw={"documento_identidad": "V-24.551.930", "telefono": "955 300 782"}))

_p012s = K.sign_pdf(K.text_pdf([
    "Señor Presidente de la Comisión Especial para los Refugiados:",
    "NOHEMÍ CASTILLO DURÁN, de nacionalidad venezolana, con pasaporte N° 145778023, teléfono +51 981 004 556, "
    "correo nohemicastillo.d@gmail.com, con el acompañamiento de la Asociación Manos Abiertas, ante usted digo:",
    "Que interpongo recurso de reconsideración contra la resolución que deniega mi solicitud de refugio, "
    "notificada el 14 de diciembre de 2026.",
    "Motivo: presento como nueva prueba el informe psicológico del Centro de Salud Mental Comunitario de Comas, "
    "que acredita el estrés postraumático derivado de la violencia sufrida, hecho no evaluado en la resolución.",
    "Atentamente,",
    "Lima, 8 de enero de 2027",
], title="RECURSO DE RECONSIDERACIÓN", compress=False), "NOHEMI CASTILLO DURAN")
_p012 = K.alter(_p012s, b"Atentamente", b"Atentamenta")
assert K.sig_intact(_p012) is False

add("012-reconsideracion-ong-outlook-firma-alterada-tarde.eml", MP, "2027-01-11 16:52:10",
    "Asociación Manos Abiertas - Orientación Legal <orientacionlegal@manosabiertas.org.pe>", MP,
    "Recurso de Reconsideración – Sra. Nohemí Castillo", msgid_domain="manosabiertas.org.pe",
    hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtK3f2Lr7x0ZcQhTqK0n5Y2bJw1Ug==")],
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="ES-PE"><div class="WordSection1">
<p class="MsoNormal">Señores Mesa de Partes:</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Por encargo de nuestra usuaria remitimos su recurso de reconsideración, firmado digitalmente por ella. Resumen de los datos:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="220" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Nombres y apellidos</b></p></td><td width="360" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Nohemí Castillo Durán</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Nacionalidad</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Venezolana</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Documento</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Pasaporte 145778023</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Teléfono de la usuaria</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">+51 981 004 556</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Correo de la usuaria</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:nohemicastillo.d@gmail.com">nohemicastillo.d@gmail.com</a></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Resolución notificada el</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">14/12/2026</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Motivo</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Nueva prueba: informe psicológico que acredita estrés postraumático no evaluado en la resolución</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Saludos cordiales,</p>
<p class="MsoNormal"><b>Giovanna Ramos Celis</b><br>Orientación Legal | Asociación Manos Abiertas<br>Tel. (01) 423-5566 &nbsp;|&nbsp; www.manosabiertas.org.pe</p>
</div></body></html>""",
    atts=[pdf_att("Reconsideracion_NCastillo_firmado.pdf", _p012)],
    label=L("reconsideracion",
            {"nombres": "Nohemí Castillo Durán", "nacionalidad": "VE", "documento_identidad": "145778023",
             "telefono": "+51981004556", "correo": "nohemicastillo.d@gmail.com",
             "motivo": "Nueva prueba: informe psicológico que acredita estrés postraumático"},
            "subsanar", signature="invalid", missing=["firma"], flags=["extemporaneo"], notif="2026-12-14",
            raw={"nacionalidad": "Venezolana", "documento_identidad": "145778023", "telefono": "+51 981 004 556"}))

_p013 = K.sign_pdf(K.text_pdf([
    "Señores de la Comisión Especial para los Refugiados - Secretaría Ejecutiva",
    "",
    "Yo, HÉCTOR JOSÉ LUGO MARCANO, con pasaporte N° 119874563, teléfono 940 771 238, correo "
    "hectorlugo.m@gmail.com, habiendo sido notificado el 30 de octubre de 2026 con la resolución que "
    "deniega mi solicitud, interpongo recurso de reconsideración.",
    "Motivo del recurso: la resolución afirma que pude pedir protección a la policía de mi estado, pero adjunto "
    "la denuncia que presenté en 2024 y que nunca fue atendida, lo que demuestra la falta de protección estatal.",
    "",
    "Lima, 19 de noviembre de 2026",
    "HÉCTOR JOSÉ LUGO MARCANO",
], title="RECURSO DE RECONSIDERACIÓN (SUBSANADO)"), "HECTOR JOSE LUGO MARCANO")

add("013-re-reconsideracion-subsana-firma-ultimo-dia.eml", MP, "2026-11-20 10:45:33",
    "Héctor Lugo <hectorlugo.m@gmail.com>", MP,
    "RE: Recurso de Reconsideración - Registro N° MP-2026-011872 - Observación",
    text="""Buenos días, en respuesta a su observación adjunto nuevamente el recurso, esta vez firmado digitalmente con certificado. Mis datos están en el documento.

Quedo atento.
Héctor Lugo

El jue, 19 nov 2026 a las 15:02, Mesa de Partes Digital (<mesadepartes@rree.gob.pe>) escribió:
> Estimado(a) administrado(a):
>
> Su escrito registrado con N° MP-2026-011872 no cuenta con firma. Conforme al
> artículo 136 del TUO de la Ley 27444, tiene un plazo de dos (2) días hábiles para
> subsanar, remitiendo el documento debidamente firmado.
>
> Mesa de Partes Digital - Ministerio de Relaciones Exteriores
> Jr. Lampa 545, Cercado de Lima
> Central telefónica (01) 204-2400
""",
    atts=[pdf_att("reconsideracion_firmada_HLugo.pdf", _p013)],
    label=L("reconsideracion",
            {"nombres": "Héctor José Lugo Marcano", "documento_identidad": "119874563",
             "telefono": "+51940771238", "correo": "hectorlugo.m@gmail.com",
             "motivo": "la resolución afirma que pude pedir protección a la policía de mi estado"},
            "cargo", signature="valid", notif="2026-10-30",
            raw={"documento_identidad": "119874563", "telefono": "940 771 238"}))

# ============================================================== apelacion
_p014 = K.sign_pdf(K.text_pdf([
    "Sumilla: Recurso de apelación",
    "",
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
    "FREDDY ALEXANDER MONTILLA GUERRA, venezolano, con cédula de identidad V-17.223.908 y pasaporte "
    "N° 087445129, con WhatsApp +58 414 777 1234 y correo freddymontilla.g@yahoo.com, asesorado por la "
    "Clínica Legal de Migración y Refugio, ante usted me presento y digo:",
    "Que contra la resolución que confirma la denegatoria de mi solicitud de refugio, notificada el 10/12/2026, "
    "interpongo RECURSO DE APELACIÓN para que sea elevado al superior jerárquico.",
    "Fundamento del recurso: la resolución aplica de forma indebida la alternativa de huida interna, sin analizar "
    "que los grupos armados que me persiguen operan en todo el territorio venezolano y que mi nombre figura en "
    "listas de objetivos, según los informes que adjunto.",
    "Dejo constancia de que presento el recurso fuera del plazo por haber estado internado en el Hospital "
    "Loayza del 14 al 30 de diciembre de 2026.",
    "",
    "Lima, 18 de enero de 2027",
    "Firmado digitalmente: FREDDY ALEXANDER MONTILLA GUERRA",
], title="RECURSO DE APELACIÓN"), "FREDDY ALEXANDER MONTILLA GUERRA")

add("014-apelacion-clinica-legal-extemporanea.eml", MP, "2027-01-20 09:40:55",
    "Clínica Legal de Migración y Refugio <clinica.refugio@derecho.usm-edu.pe>", MP,
    "Recurso de Apelación - Sr. Freddy Alexander Montilla", msgid_domain="derecho.usm-edu.pe",
    text="""Señores de Mesa de Partes:

En nombre de la Clínica Legal de Migración y Refugio, y a solicitud del señor Freddy Alexander Montilla Guerra, remitimos su recurso de apelación firmado digitalmente, con sus anexos.

Somos conscientes de que el recurso se presenta luego de vencido el plazo; en el escrito se explica la razón (hospitalización) y se adjunta la constancia respectiva.

El señor Montilla no tiene por ahora línea peruana; sus datos de contacto están en el recurso.

Cordialmente,

Dra. Patricia Salazar Núñez
Coordinadora - Clínica Legal de Migración y Refugio
DNI 40112233
Tel. 01 619 7000 anexo 2234
""",
    atts=[pdf_att("Apelacion_FMontilla_firmada.pdf", _p014)],
    label=L("apelacion",
            {"nombres": "Freddy Alexander Montilla Guerra", "nacionalidad": "VE", "documento_identidad": "V17223908",
             "telefono": "+584147771234", "correo": "freddymontilla.g@yahoo.com",
             "motivo": "la resolución aplica de forma indebida la alternativa de huida interna"},
            "cargo", signature="valid", flags=["extemporaneo"], notif="2026-12-10",
            raw={"nacionalidad": "venezolano", "documento_identidad": "V-17.223.908",
                 "telefono": "+58 414 777 1234"}))

_p015 = K.text_pdf([
    "Señores",
    "Comisión Especial para los Refugiados",
    "Presente.-",
    "",
    "Yo, Dayerlin Paola Ortega Sánchez, de nacionalidad colombiana, con pasaporte AT093321 y celular "
    "962 118 034, interpongo recurso de apelación contra la resolución que confirma la denegatoria de mi "
    "solicitud de refugio, que me fue notificada el 20/10/2026.",
    "Apelo porque la Comisión no tuvo en cuenta que fui desplazada por un grupo armado en el Catatumbo y que mi "
    "pareja sigue desaparecida desde marzo, según la constancia de la Defensoría del Pueblo de Colombia.",
    "",
    "Lima, 30 de octubre de 2026",
    "Firma:",
], title="RECURSO DE APELACIÓN", sig_image=K.scribble_png(15))

add("015-apelacion-pdf-con-firma-imagen-buzon-equivocado.eml", RF, "2026-10-31 13:20:02",
    "Dayerlin Ortega <dayerlin.ortega@gmail.com>", RF, "Apelacion",
    text="""Buenas tardes adjunto mi recurso de apelación firmado.
Correo para notificaciones: dayerlin.ortega@gmail.com

Gracias.
""",
    atts=[pdf_att("APELACION DAYERLIN.pdf", _p015)],
    label=L("apelacion",
            {"nombres": "Dayerlin Paola Ortega Sánchez", "nacionalidad": "CO", "documento_identidad": "AT093321",
             "telefono": "+51962118034", "correo": "dayerlin.ortega@gmail.com",
             "motivo": "Apelo porque la Comisión no tuvo en cuenta que fui desplazada por un grupo armado"},
            "cargo", signature="manuscrita", flags=["derivado", "verificar_firma"], notif="2026-10-20",
            raw={"nacionalidad": "colombiana", "documento_identidad": "AT093321", "telefono": "962 118 034"}))

add("016-apelacion-esposa-sin-adjunto.eml", MP, "2026-11-09 18:00:41",
    "Milagros Sánchez <milagros.sanchez.p@gmail.com>", MP, "URGENTE - Apelación de mi esposo",
    text="""Buenas noches.

Soy Milagros Sánchez Paredes, peruana, DNI 46712398, esposa del señor Orlando José Briceño Zambrano. Él se encuentra internado en el Hospital Dos de Mayo y me pidió presentar su apelación contra la resolución que le confirmó la negativa de refugio.

Él apela porque considera que no se tomó en cuenta que sigue siendo perseguido en su país por haber declarado contra funcionarios de la alcaldía de su pueblo, y que su hermano fue detenido por la misma causa el mes pasado.

Él no recuerda el número de su pasaporte y los documentos están en la casa de su hermana en Ate; apenas los tenga los envío.

Para comunicarse: mi celular 991 445 207 o este correo.

Atentamente,
Milagros Sánchez P.
""",
    label=L("apelacion",
            {"nombres": "Orlando José Briceño Zambrano", "telefono": "+51991445207",
             "correo": "milagros.sanchez.p@gmail.com",
             "motivo": "no se tomó en cuenta que sigue siendo perseguido en su país por haber declarado contra funcionarios"},
            "subsanar", signature="absent", missing=["firma", "documento_identidad"],
            raw={"telefono": "991 445 207"}))

_p017 = K.image_only_pdf([
    "Lima, 7 de diciembre de 2026",
    "Señores Comisión Especial para los Refugiados",
    "",
    "Yo Wilfredo Antonio Pérez Linares, pasaporte 102938475, apelo la resolución que me niega el refugio, "
    "notificada el 25 de noviembre de 2026.",
    "La resolución dice que me puedo ir a otra ciudad de mi país, pero eso no es posible porque me buscan en "
    "todas partes.",
    "Celular 924 667 310",
    "",
    "Firma",
], seed=17)

add("017-apelacion-parroquia-escaneado-feriado.eml", MP, "2026-12-09 10:00:14",
    "Parroquia Santa Rosa - Pastoral de Movilidad Humana <pmh.santarosa@gmail.com>", MP,
    "Recurso de apelación - Sr. Wilfredo Pérez (enviado por la Parroquia)",
    text="""Hermanos de la Mesa de Partes, reciban un cordial saludo.

Desde la Pastoral de Movilidad Humana acompañamos al señor Wilfredo Antonio Pérez Linares, solicitante de refugio, quien no cuenta con correo electrónico ni acceso a computadora. Adjuntamos su recurso de apelación, firmado de puño y letra y escaneado en la parroquia.

Datos del recurrente
Nombre: Wilfredo Antonio Pérez Linares
Documento: Pasaporte 102938475
Celular: 924 667 310
Motivo: la resolución sostiene que puede reubicarse en otra ciudad de su país, lo cual no es posible porque sus perseguidores lo buscan en todo el territorio.
Fue notificado el 25 de noviembre de 2026.

Como él no tiene correo propio, les pedimos enviar el cargo a este correo de la parroquia.

Dios les bendiga,
Hna. Gladys Quispe Mamani
Secretaría - Pastoral de Movilidad Humana
Parroquia Santa Rosa de Lima
Tel. parroquia (01) 382-1144
""",
    atts=[pdf_att("scan_apelacion_wperez.pdf", _p017)],
    label=L("apelacion",
            {"nombres": "Wilfredo Antonio Pérez Linares", "documento_identidad": "102938475",
             "telefono": "+51924667310", "correo": "pmh.santarosa@gmail.com",
             "motivo": "la resolución sostiene que puede reubicarse en otra ciudad de su país"},
            "cargo", signature="manuscrita", flags=["verificar_firma"], notif="2026-11-25",
            raw={"documento_identidad": "Pasaporte 102938475".split()[1], "telefono": "924 667 310"}))

_p018 = K.sign_pdf(K.text_pdf([
    "Señor Presidente de la Comisión Especial para los Refugiados",
    "",
    "JESÚS ALBERTO RANGEL USECHE, pasaporte N° 140556781, con correo jarangel.ve@gmail.com para "
    "notificaciones, interpongo recurso de apelación contra la resolución que confirma la denegatoria.",
    "Motivo: no se valoró la certificación de la ONG Provea sobre mi detención arbitraria en 2023 ni el "
    "riesgo actual que corro como dirigente sindical.",
    "",
    "Lima, 2 de enero de 2027",
], title="RECURSO DE APELACIÓN"), "JESUS ALBERTO RANGEL USECHE")

add("018-apelacion-html-gmail-sin-telefono-tarde.eml", MP, "2027-01-04 08:10:29",
    "Jesús Alberto Rangel <jarangel.ve@gmail.com>", MP, "Recurso de Apelacion",
    html="""<div dir="ltr"><div>Señores Mesa de Partes:</div><div><br></div><div>Adjunto mi recurso de apelación firmado digitalmente contra la resolución que me notificaron el 20/11/26.</div><div><br></div><div>Quedo atento,</div><div><br></div><div><b>Jesús Alberto Rangel Useche</b></div><div>Pasaporte 140556781</div></div>
""",
    atts=[pdf_att("Apelacion-JARangel.pdf", _p018)],
    label=L("apelacion",
            {"nombres": "Jesús Alberto Rangel Useche", "documento_identidad": "140556781",
             "correo": "jarangel.ve@gmail.com",
             "motivo": "no se valoró la certificación de la ONG Provea sobre mi detención arbitraria"},
            "subsanar", signature="valid", missing=["telefono"], flags=["extemporaneo"], notif="2026-11-20",
            raw={"documento_identidad": "140556781"}))

# ============================================================== renuncia
_p019 = K.sign_pdf(K.text_pdf([
    "Lima, 23 de noviembre de 2026",
    "",
    "Señores",
    "Comisión Especial para los Refugiados",
    "Ministerio de Relaciones Exteriores",
    "",
    "Yo, JOSÉ GREGORIO SALCEDO MARÍN, de nacionalidad venezolana, con pasaporte N° 076554312, carné de "
    "extranjería N° 000318765, teléfono +51 948 002 117, refugiado reconocido, manifiesto mi decisión "
    "libre y voluntaria de RENUNCIAR a la condición de refugiado.",
    "Motivo: retorno voluntario a mi país para cuidar de mi madre, que está enferma y sola en Valencia.",
    "Declaro conocer las consecuencias de esta renuncia.",
    "",
    "JOSÉ GREGORIO SALCEDO MARÍN",
], title="CARTA DE RENUNCIA"), "JOSE GREGORIO SALCEDO MARIN")

add("019-renuncia-hija-por-padre-pdf-firmado.eml", MP, "2026-11-24 16:20:48",
    "Andreína Salcedo <andreina.salcedo.m@gmail.com>", MP,
    "Renuncia a la condición de refugiado - José Gregorio Salcedo",
    text="""Buenas tardes.

Soy hija del señor José Gregorio Salcedo Marín, refugiado reconocido, quien ha decidido regresar a Venezuela para acompañar a su madre. Adjunto su carta de renuncia firmada digitalmente (la firmó él con el certificado que le tramitamos). Todos sus datos están en la carta.

Mis datos, por si necesitan comunicarse conmigo: Andreína Salcedo Mora, cel. 977 210 334.

Muchas gracias por todo lo que hicieron por mi papá en estos años.

Enviado desde mi Samsung Galaxy
""",
    atts=[pdf_att("Carta_renuncia_JGSalcedo.pdf", _p019)],
    label=L("renuncia",
            {"nombres": "José Gregorio Salcedo Marín", "nacionalidad": "VE", "documento_identidad": "076554312",
             "carne_extranjeria": "000318765", "telefono": "+51948002117",
             "correo": "andreina.salcedo.m@gmail.com",
             "motivo": "retorno voluntario a mi país para cuidar de mi madre"},
            "acuse", signature="valid", recognised=True,
            raw={"nacionalidad": "venezolana", "documento_identidad": "076554312",
                 "carne_extranjeria": "000318765", "telefono": "+51 948 002 117"}))

_j020 = K.scanned_letter_image([
    "Lima 16/10/2026",
    "Señores CEPR",
    "Yo Edwin Rafael Cárdenas Rojas, pasaporte 125663098, renuncio a mi solicitud de refugio porque ya tengo "
    "el CPP y seguiré por esa vía.",
    "Tel 936 440 815",
    "Atentamente",
], seed=20)

add("020-fwd-renuncia-propio-mensaje-foto.eml", SR, "2026-10-19 11:11:11",
    "Edwin Cárdenas <edwincardenas.r2026@gmail.com>", SR, "Fwd: RENUNCIA",
    text="""Lo reenvío porque no sé si llegó, el hotmail me está fallando. Adjunto otra vez la foto de la carta firmada.

---------- Forwarded message ---------
From: Edwin Cárdenas <edwin_cr@hotmail.es>
Date: Fri, 16 Oct 2026 at 22:14
Subject: RENUNCIA
To: <solicitantesrefugio@rree.gob.pe>


Buenas noches

Yo Edwin Rafael Cárdenas Rojas, nacionalidad venezolana, pasaporte 125663098, solicitante de refugio, quiero renunciar a mi solicitud de refugio porque ya obtuve el Carné de Permiso Temporal de Permanencia (CPP) y prefiero seguir por esa vía.

Mi teléfono 936 440 815

Gracias
""",
    atts=[jpg_att("WhatsApp Image 2026-10-16 at 22.05.31.jpeg", _j020)],
    label=L("renuncia",
            {"nombres": "Edwin Rafael Cárdenas Rojas", "nacionalidad": "VE", "documento_identidad": "125663098",
             "telefono": "+51936440815", "correo": "edwincardenas.r2026@gmail.com",
             "motivo": "ya obtuve el Carné de Permiso Temporal de Permanencia (CPP) y prefiero seguir por esa vía"},
            "acuse", signature="manuscrita", flags=["derivado", "verificar_firma"],
            raw={"nacionalidad": "venezolana", "documento_identidad": "125663098", "telefono": "936 440 815"}))

add("021-renuncia-esposo-por-esposa-dia-no-laborable.eml", MP, "2026-12-31 09:00:03",
    "Carlos Ñique <carlos.nique.t@gmail.com>", MP, "renuncia de mi esposa",
    text="""Señores:

Mi nombre es Carlos Ñique Tello, peruano, DNI 42339871. Escribo en representación de mi esposa, Ana Gabriela Márquez Oviedo, de nacionalidad venezolana, refugiada reconocida desde 2021, quien desea renunciar a la condición de refugiada porque vamos a tramitar su residencia como familiar de peruano ante Migraciones.

Su pasaporte es el 113245876. El celular de ella: 952 667 104.
El carné de extranjería se le extravió en la mudanza y no recordamos el número.

Ella firmará el documento que ustedes indiquen.

Atentamente,
Carlos Ñique T.
""",
    label=L("renuncia",
            {"nombres": "Ana Gabriela Márquez Oviedo", "nacionalidad": "VE", "documento_identidad": "113245876",
             "telefono": "+51952667104", "correo": "carlos.nique.t@gmail.com",
             "motivo": "vamos a tramitar su residencia como familiar de peruano ante Migraciones"},
            "subsanar", signature="absent", missing=["firma", "carne_extranjeria"], recognised=True,
            raw={"nacionalidad": "venezolana", "documento_identidad": "113245876", "telefono": "952 667 104"}))

_p022 = K.text_pdf([
    "Lima, 25 de enero de 2027",
    "Señores Comisión Especial para los Refugiados",
    "",
    "LUZ MARINA OSPINA CARDONA, colombiana, cédula de ciudadanía 52.447.118, carné de extranjería "
    "001123987, refugiada reconocida, presento mi RENUNCIA a la condición de refugiada.",
    "Motivo: retorno a Colombia por reunificación familiar, al haber cesado las amenazas en mi contra.",
    "",
    "Firma: ____________________",
], title="RENUNCIA")
_j022 = K.scanned_letter_image(["REPUBLICA DE COLOMBIA - PASAPORTE", "OSPINA CARDONA", "LUZ MARINA",
                                "Nacionalidad COLOMBIANA"], seed=22)

add("022-renuncia-abogada-outlook-tabla-pdf-y-foto.eml", MP, "2027-01-26 10:30:19",
    "Dra. Silvia Cornejo <scornejo@cornejoabogados.com.pe>", MP, "RENUNCIA - Sra. Luz Marina Ospina Cardona",
    msgid_domain="cornejoabogados.com.pe", hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
    html="""<html><head><meta charset="utf-8"></head><body lang="ES">
<div class="WordSection1"><p class="MsoNormal">Estimados señores:</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">En mi calidad de abogada de la señora Luz Marina Ospina Cardona, remito su escrito de renuncia a la condición de refugiada y copia de su pasaporte. Resumo sus datos:</p><p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th align="left">Nombres</th><td>Luz Marina Ospina Cardona</td></tr>
<tr><th align="left">Nacionalidad</th><td>Colombia</td></tr>
<tr><th align="left">Cédula de ciudadanía</th><td>52.447.118</td></tr>
<tr><th align="left">Carné de Extranjería</th><td>001123987</td></tr>
<tr><th align="left">Teléfono</th><td>964 551 780</td></tr>
<tr><th align="left">Motivo</th><td>Retorno a Colombia por reunificación familiar</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Agradeceré dirigir las comunicaciones a este correo.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Silvia Cornejo Vargas</b><br>Abogada - Reg. CAL 51234<br>Cornejo Abogados<br>Cel. 999 314 260</p></div></body></html>""",
    atts=[pdf_att("Renuncia_LMOspina.pdf", _p022), jpg_att("pasaporte_LMOspina.jpg", _j022)],
    label=L("renuncia",
            {"nombres": "Luz Marina Ospina Cardona", "nacionalidad": "CO", "documento_identidad": "52447118",
             "carne_extranjeria": "001123987", "telefono": "+51964551780",
             "correo": "scornejo@cornejoabogados.com.pe",
             "motivo": "Retorno a Colombia por reunificación familiar"},
            "acuse", signature="manuscrita", flags=["verificar_firma"], recognised=True,
            raw={"nacionalidad": "Colombia", "documento_identidad": "52.447.118",
                 "carne_extranjeria": "001123987", "telefono": "964 551 780"}))

# ============================================================== prorroga_residencia
_logo = K.scribble_png(99, 200, 60)
add("023-prorroga-ong-outlook-tabla-logo.eml", RF, "2026-10-27 16:29:05",
    "Red de Apoyo al Migrante - Casos <casos@redapoyomigrante.org>", RF,
    "Prórroga de residencia - Sr. Yohandry Gil", msgid_domain="redapoyomigrante.org",
    hdrs=[("X-Mailer", "Microsoft Outlook 16.0")], inline=("image001.png@01DB2A11.5C3F7E90", _logo),
    html="""<html><head><meta charset="utf-8"></head><body>
<p>Estimados señores de la Secretaría Ejecutiva:</p>
<p>Reciban un cordial saludo. Acompañamos al señor Yohandry Gil, refugiado reconocido, en la prórroga anual de su residencia. A continuación sus datos:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#1F4E79;color:white"><th>Dato</th><th>Usuario</th></tr>
<tr><td>Nombres y apellidos</td><td>Yohandry Alexander Gil Parra</td></tr>
<tr><td>Sexo</td><td>Masculino</td></tr>
<tr><td>Nacionalidad</td><td>Venezolana</td></tr>
<tr><td>Pasaporte</td><td>098127734</td></tr>
<tr><td>Carné de extranjería</td><td>000502219</td></tr>
<tr><td>Fecha de nacimiento</td><td>04/07/1988</td></tr>
<tr><td>Teléfono del usuario</td><td>930 118 552</td></tr>
<tr><td>Correo del usuario</td><td>yohandrygil88@gmail.com</td></tr>
</table>
<p>Quedamos atentos a la copia del oficio a Migraciones.</p>
<p>Atentamente,<br><b>Equipo de Protección</b><br>Red de Apoyo al Migrante<br>Central: (01) 471-3300<br>
<img src="cid:image001.png@01DB2A11.5C3F7E90" width="120" height="36" alt="Red de Apoyo al Migrante"></p>
</body></html>""",
    label=L("prorroga_residencia",
            {"nombres": "Yohandry Alexander Gil Parra", "sexo": "M", "nacionalidad": "VE",
             "documento_identidad": "098127734", "carne_extranjeria": "000502219",
             "fecha_nacimiento": "1988-07-04", "telefono": "+51930118552", "correo": "yohandrygil88@gmail.com"},
            "acuse",
            raw={"sexo": "Masculino", "nacionalidad": "Venezolana", "documento_identidad": "098127734",
                 "carne_extranjeria": "000502219", "fecha_nacimiento": "04/07/1988", "telefono": "930 118 552"}))

add("024-renovacion-residencia-dos-buzones-sin-sexo.eml", MP, "2026-11-14 09:12:56",
    "Oriana Bello <oriana.bello.h@gmail.com>", f"{RF}, {MP}", "renovación de residencia anual",
    text="""Buenos días,

Solicito la prórroga anual de mi residencia; tengo la condición de refugio reconocida desde 2020 y el carné vence el próximo mes.

Nombre completo: Oriana Beatriz Bello Hernández
Nacionalidad: Venezuela
Pasaporte: 132 554 009
Carné de Extranjería N° 000 611 245
F. nac.: 22/05/91
Telf: 944 332 118

Muchas gracias,
Oriana B.
""",
    label=L("prorroga_residencia",
            {"nombres": "Oriana Beatriz Bello Hernández", "nacionalidad": "VE", "documento_identidad": "132554009",
             "carne_extranjeria": "000611245", "fecha_nacimiento": "1991-05-22", "telefono": "+51944332118",
             "correo": "oriana.bello.h@gmail.com"},
            "subsanar", missing=["sexo"], flags=["derivado"],
            raw={"nacionalidad": "Venezuela", "documento_identidad": "132 554 009",
                 "carne_extranjeria": "000 611 245", "fecha_nacimiento": "22/05/91", "telefono": "944 332 118"}))

add("025-prorroga-hijo-por-madre-dni-primero.eml", SR, "2027-01-15 16:31:40",
    "Renzo Aguilar <renzo.aguilar.c@gmail.com>", SR, "Prorroga de Residencia - Sra. Gloria Cecilia Caicedo",
    text="""Estimados, buenas tardes:

Yo, Renzo Aguilar Caicedo, con DNI 70123456, hijo de la señora Gloria Cecilia Caicedo Mosquera, solicito a nombre de ella la prórroga anual de su residencia como refugiada. Mi mamá tiene 75 años y no maneja computadora.

Datos de mi madre:
Nombres: Gloria Cecilia Caicedo Mosquera
Sexo: femenino
Nacionalidad: colombiana
Pasaporte: AQ551203
Carné de Extranjería: 000287641
Fecha de nacimiento: 7 de agosto de 1951

Ella no tiene celular propio; pueden llamar al mío: 998 120 447.

Saludos,
Renzo
""",
    label=L("prorroga_residencia",
            {"nombres": "Gloria Cecilia Caicedo Mosquera", "sexo": "F", "nacionalidad": "CO",
             "documento_identidad": "AQ551203", "carne_extranjeria": "000287641",
             "fecha_nacimiento": "1951-08-07", "telefono": "+51998120447", "correo": "renzo.aguilar.c@gmail.com"},
            "acuse", flags=["derivado"],
            raw={"sexo": "femenino", "nacionalidad": "colombiana", "documento_identidad": "AQ551203",
                 "carne_extranjeria": "000287641", "fecha_nacimiento": "7 de agosto de 1951",
                 "telefono": "998 120 447"}))

add("026-re-prorroga-cita-oficina-sin-carne.eml", RF, "2026-12-14 12:00:21",
    "Ismael Torrealba <ismaeltorrealba@gmail.com>", RF, "RE: Prórroga de residencia",
    msgid_domain="mail.gmail.com",
    text="""Buenas tardes, completo lo solicitado:

Nombres y apellidos: Ismael Enrique Torrealba Díaz
Sexo: M
Nacionalidad: venezolano
Cédula: V-14.332.876
Fecha de nacimiento: 1979-03-02
Teléfono: +51 917 334 520

El carné de extranjería se me venció y no encuentro el físico, no recuerdo el número. ¿Es indispensable?

Saludos

-----Mensaje original-----
De: Refugiados <refugiados@rree.gob.pe>
Enviado el: viernes, 11 de diciembre de 2026 09:41
Para: ismaeltorrealba@gmail.com
Asunto: Prórroga de residencia

Estimado usuario:

Para atender su solicitud de prórroga de residencia sírvase remitir: nombres y apellidos completos, sexo, nacionalidad, N° de pasaporte y/o cédula, N° de carné de extranjería, fecha de nacimiento y teléfono.

Atentamente,
Secretaría Ejecutiva CEPR
Teléfono: (01) 204-2400 anexo 3101
""",
    label=L("prorroga_residencia",
            {"nombres": "Ismael Enrique Torrealba Díaz", "sexo": "M", "nacionalidad": "VE",
             "documento_identidad": "V14332876", "fecha_nacimiento": "1979-03-02", "telefono": "+51917334520",
             "correo": "ismaeltorrealba@gmail.com"},
            "subsanar", missing=["carne_extranjeria"],
            raw={"sexo": "Sexo: M", "nacionalidad": "venezolano", "documento_identidad": "V-14.332.876",
                 "fecha_nacimiento": "1979-03-02", "telefono": "+51 917 334 520"}))

# ============================================================== duplicado_carne_extranjeria
_p027 = K.text_pdf([
    "POLICÍA NACIONAL DEL PERÚ",
    "REGIÓN POLICIAL LIMA - COMISARÍA PNP SAN ISIDRO",
    "",
    "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 27114503",
    "Fecha y hora del registro: 12/10/2026 18:40",
    "Denunciante: Génesis Carolina Paredes Villegas, carné de extranjería N° 000455129.",
    "Hecho: pérdida de documentos (carné de extranjería) en el interior de un vehículo de transporte público "
    "en la Av. Javier Prado.",
    "Se expide la presente a solicitud de la interesada para los fines que estime conveniente.",
], title="DENUNCIA POLICIAL")

add("027-duplicado-carnet-asunto-ambiguo-denuncia-pdf.eml", RF, "2026-10-20 10:05:47",
    "Génesis Paredes <genesis.paredes.v@gmail.com>", RF, "Duplicado de carnet",
    text="""Buenos días.

Solicito el duplicado de mi carné de extranjería, que perdí en el bus el 12 de octubre. Adjunto la denuncia policial.

Nombres y apellidos: Génesis Carolina Paredes Villegas
Sexo: Femenino
Nacionalidad: VEN
Pasaporte: 139 882 004
N° de carné de extranjería: 000455129
Fecha de nacimiento: 15-03-1995
Celular: 961-223-870

Gracias
""",
    atts=[pdf_att("denuncia_policial_Genesis.pdf", _p027)],
    label=L("duplicado_carne_extranjeria",
            {"nombres": "Génesis Carolina Paredes Villegas", "sexo": "F", "nacionalidad": "VE",
             "documento_identidad": "139882004", "carne_extranjeria": "000455129",
             "fecha_nacimiento": "1995-03-15", "telefono": "+51961223870",
             "correo": "genesis.paredes.v@gmail.com"},
            "acuse", denuncia=True,
            raw={"sexo": "Femenino", "nacionalidad": "VEN", "documento_identidad": "139 882 004",
                 "carne_extranjeria": "000455129", "fecha_nacimiento": "15-03-1995", "telefono": "961-223-870"}))

_j028 = K.scanned_letter_image(["POLICIA NACIONAL DEL PERU - COMISARIA LA VICTORIA",
                                "Constancia de denuncia por hurto", "Agraviado: Rafael Angel Mujica Perez",
                                "Objetos: billetera, carne de extranjeria, tarjetas"], seed=28)

add("028-duplicado-esposa-foto-denuncia-sin-nacimiento.eml", RF, "2026-11-30 07:50:16",
    "Marisol Fuentes <marisolfuentes.q@hotmail.com>", RF, "duplicado carne de extranjeria de mi esposo",
    msgid_domain="SN7PR04MB8522.namprd04.prod.outlook.com",
    text="""Buenos días,

Yo Marisol Fuentes Quintero, CE 000987123, soy esposa del señor Rafael Ángel Mujica Pérez, también refugiado. A mi esposo le robaron la billetera con su carné de extranjería N° 000876234 el sábado en La Victoria. Adjunto foto de la denuncia.

Los datos de él: Rafael Ángel Mujica Pérez, masculino, venezolano, cédula V-13.998.120, celular de él 987 002 331.

Él está trabajando de noche por eso escribo yo.
Marisol
""",
    atts=[jpg_att("denuncia.jpg", _j028)],
    label=L("duplicado_carne_extranjeria",
            {"nombres": "Rafael Ángel Mujica Pérez", "sexo": "M", "nacionalidad": "VE",
             "documento_identidad": "V13998120", "carne_extranjeria": "000876234", "telefono": "+51987002331",
             "correo": "marisolfuentes.q@hotmail.com"},
            "subsanar", missing=["fecha_nacimiento"], denuncia=True,
            raw={"sexo": "masculino", "nacionalidad": "venezolano", "documento_identidad": "V-13.998.120",
                 "carne_extranjeria": "000876234", "telefono": "987 002 331"}))

add("029-duplicado-carne-html-sin-denuncia-mesa.eml", MP, "2027-01-25 10:00:33",
    "Kendry Useche <kendry.useche@outlook.com>", MP, "Duplicado de Carné de Extranjería",
    msgid_domain="CH3PR12MB7740.namprd12.prod.outlook.com",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr"><div style="font-family:Aptos,Aptos_EmbeddedFont,Calibri,Helvetica,sans-serif;font-size:12pt">
Buenos días, solicito duplicado de mi carné de extranjería por pérdida.</div>
<div><br></div>
<table style="border-collapse:collapse" border="1">
<tbody>
<tr><td>Nombre</td><td>Kendry José Useche Mora</td></tr>
<tr><td>Sexo</td><td>Masculino</td></tr>
<tr><td>Nacionalidad</td><td>Venezolano</td></tr>
<tr><td>Pasaporte</td><td>144009213</td></tr>
<tr><td>Carné de extranjería</td><td>000733901</td></tr>
<tr><td>Fecha de nacimiento</td><td>12 de enero de 1993</td></tr>
<tr><td>Teléfono</td><td>+51 955 778 402</td></tr>
</tbody></table>
<div><br></div>
<div>La denuncia la hice en la comisaría de Surquillo pero todavía no me la entregan, apenas la tenga la envío.</div>
<div><br></div><div>Saludos</div>
<div id="Signature"><div>Kendry U.</div></div>
</body></html>""",
    label=L("duplicado_carne_extranjeria",
            {"nombres": "Kendry José Useche Mora", "sexo": "M", "nacionalidad": "VE",
             "documento_identidad": "144009213", "carne_extranjeria": "000733901",
             "fecha_nacimiento": "1993-01-12", "telefono": "+51955778402", "correo": "kendry.useche@outlook.com"},
            "subsanar", missing=["denuncia_policial"], flags=["derivado"],
            raw={"sexo": "Masculino", "nacionalidad": "Venezolano", "documento_identidad": "144009213",
                 "carne_extranjeria": "000733901", "fecha_nacimiento": "12 de enero de 1993",
                 "telefono": "+51 955 778 402"}))

_p030 = K.text_pdf([
    "POLICÍA NACIONAL DEL PERÚ",
    "COMISARÍA PNP CANTO REY - SAN JUAN DE LURIGANCHO",
    "",
    "CONSTANCIA DE DENUNCIA POR PÉRDIDA DE DOCUMENTOS",
    "Registro N° 3345/2026. Se deja constancia que con fecha 27 de noviembre de 2026 se presentó la ciudadana "
    "Maryelis Alejandra Rondón Pinto manifestando la pérdida de su carné de extranjería.",
], title="CONSTANCIA")

add("030-duplicado-ong-tabla-constancia-pnp.eml", RF, "2026-12-02 14:40:09",
    "Acción Solidaria Norte <atencion@accionsolidarianorte.org>", RF,
    "Duplicado de carné de extranjería – usuaria Maryelis Rondón", msgid_domain="accionsolidarianorte.org",
    text="""Estimados:

Por encargo de la usuaria, enviamos la solicitud de duplicado de su carné de extranjería. Adjuntamos la constancia policial de pérdida.

Nombres\tMaryelis Alejandra Rondón Pinto
Sexo\tF
Nacionalidad\tvenezolana
Cédula\tV-21.667.540
CE\t000389112
Fecha de nacimiento\t1990-11-30
Celular\t940 225 671
Correo\tmaryelisrondon@gmail.com

Atentamente,
Área de Atención - Acción Solidaria Norte
Teléfono institucional: 01 558 9090
""",
    html="""<p>Estimados:</p><p>Por encargo de la usuaria, enviamos la solicitud de duplicado de su carné de extranjería. Adjuntamos la constancia policial de pérdida.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><td>Nombres</td><td>Maryelis Alejandra Rondón Pinto</td></tr>
<tr><td>Sexo</td><td>F</td></tr>
<tr><td>Nacionalidad</td><td>venezolana</td></tr>
<tr><td>Cédula</td><td>V-21.667.540</td></tr>
<tr><td>CE</td><td>000389112</td></tr>
<tr><td>Fecha de nacimiento</td><td>1990-11-30</td></tr>
<tr><td>Celular</td><td>940 225 671</td></tr>
<tr><td>Correo</td><td>maryelisrondon@gmail.com</td></tr>
</table>
<p>Atentamente,<br>Área de Atención - Acción Solidaria Norte<br>Teléfono institucional: 01 558 9090</p>""",
    atts=[pdf_att("constancia_PNP.pdf", _p030)],
    label=L("duplicado_carne_extranjeria",
            {"nombres": "Maryelis Alejandra Rondón Pinto", "sexo": "F", "nacionalidad": "VE",
             "documento_identidad": "V21667540", "carne_extranjeria": "000389112",
             "fecha_nacimiento": "1990-11-30", "telefono": "+51940225671", "correo": "maryelisrondon@gmail.com"},
            "acuse", denuncia=True,
            raw={"sexo": "F", "nacionalidad": "venezolana", "documento_identidad": "V-21.667.540",
                 "carne_extranjeria": "000389112", "fecha_nacimiento": "1990-11-30", "telefono": "940 225 671"}))

# ============================================================== autorizacion_viaje
_p031 = K.sign_pdf(K.text_pdf([
    "Lima, 15 de diciembre de 2026",
    "Señores Secretaría Ejecutiva de la CEPR",
    "",
    "Yo, YOEL ANTONIO MENDOZA RIVAS, refugiado reconocido, con carné de extranjería N° 000278334 y "
    "teléfono 981 556 002, solicito AUTORIZACIÓN DE VIAJE por urgencia.",
    "Motivo del viaje: fallecimiento de mi padre y sepelio; debo asistir a los trámites de la sucesión.",
    "Destino: Maracaibo, Venezuela",
    "Fecha de salida: 23/12/26",
    "Fecha de retorno: 10/01/27",
    "",
    "YOEL ANTONIO MENDOZA RIVAS",
], title="SOLICITUD DE AUTORIZACIÓN DE VIAJE"), "YOEL ANTONIO MENDOZA RIVAS")

add("031-autorizacion-viaje-pdf-firmado-anio-corto.eml", RF, "2026-12-16 11:05:52",
    "Yoel Mendoza <yoel.mendoza.r@gmail.com>", RF, "Autorización de Viaje",
    text="""Señores, buenos días, adjunto mi solicitud firmada digitalmente. Es urgente porque mi papá falleció ayer.
Gracias de antemano.
Yoel Mendoza
""",
    atts=[pdf_att("Solicitud_Autorizacion_Viaje_YMendoza.pdf", _p031)],
    label=L("autorizacion_viaje",
            {"nombres": "Yoel Antonio Mendoza Rivas", "carne_extranjeria": "000278334", "telefono": "+51981556002",
             "correo": "yoel.mendoza.r@gmail.com", "motivo": "fallecimiento de mi padre y sepelio",
             "destino": "Maracaibo, Venezuela", "fecha_salida": "2026-12-23", "fecha_retorno": "2027-01-10"},
            "acuse", signature="valid", recognised=True,
            raw={"carne_extranjeria": "000278334", "telefono": "981 556 002", "fecha_salida": "23/12/26",
                 "fecha_retorno": "10/01/27"}))

_p032 = K.image_only_pdf([
    "Lima 5 de noviembre de 2026",
    "Señores CEPR",
    "Yo Leonel Augusto Lozada Prieto, carné de extranjería 000199347, solicito autorización de viaje urgente "
    "a Barquisimeto, Venezuela, porque mi madre está en cuidados intensivos.",
    "Salida: 10 de noviembre de 2026.",
    "Firma",
], seed=32)

add("032-permiso-viaje-hermano-escaneado-sin-retorno.eml", RF, "2026-11-05 21:15:03",
    "Néstor Lozada <nestorlozada77@gmail.com>", RF, "permiso de viaje urgente - mi hermano",
    text="""Buenas noches.

Escribo por mi hermano Leonel Augusto Lozada Prieto, refugiado reconocido (carné de extranjería 000199347), que no tiene datos en el celular. Nuestra madre está en cuidados intensivos en Barquisimeto y él necesita viajar de urgencia. Adjunto su solicitud firmada a mano, escaneada.

Destino: Barquisimeto, Venezuela
Saldría el 10 de noviembre de 2026; la fecha de regreso todavía no la sabe, depende de cómo evolucione mi mamá.
Su celular: 925 331 804

Néstor Lozada
cel 933 112 665
""",
    atts=[pdf_att("solicitud_viaje_leonel.pdf", _p032)],
    label=L("autorizacion_viaje",
            {"nombres": "Leonel Augusto Lozada Prieto", "carne_extranjeria": "000199347", "telefono": "+51925331804",
             "correo": "nestorlozada77@gmail.com", "motivo": "Nuestra madre está en cuidados intensivos en Barquisimeto",
             "destino": "Barquisimeto, Venezuela", "fecha_salida": "2026-11-10"},
            "subsanar", signature="manuscrita", missing=["fecha_retorno"], flags=["verificar_firma"],
            recognised=True,
            raw={"carne_extranjeria": "000199347", "telefono": "925 331 804",
                 "fecha_salida": "10 de noviembre de 2026"}))

_p033s = K.sign_pdf(K.text_pdf([
    "Lima, 7 de enero de 2027",
    "Señores Comisión Especial para los Refugiados",
    "",
    "ALÍ HASSAN DARWISH, de nacionalidad siria, pasaporte N° N012345678, carné de extranjería N° 000145662, "
    "teléfono 944 120 887, solicito autorización de viaje de urgencia.",
    "Motivo: citación a entrevista de reasentamiento familiar en la Embajada de Canadá en Santiago.",
    "Lugar al cual viajaré: Santiago de Chile",
    "Fecha de salida: 2 de febrero de 2027",
    "Fecha de retorno: 9 de febrero de 2027",
    "Atentamente,",
    "ALÍ HASSAN DARWISH",
], title="SOLICITUD DE AUTORIZACIÓN DE VIAJE", compress=False), "ALI HASSAN DARWISH")
_p033 = K.alter(_p033s, b"Atentamente", b"Atentamento")
assert K.sig_intact(_p033) is False

add("033-autorizacion-viaje-abogado-firma-alterada-derivado.eml", SR, "2027-01-08 15:15:27",
    "Abog. Rolando Vílchez <rvilchez.abogado@gmail.com>", SR, "Autorizacion de viaje - Sr. Alí Hassan Darwish",
    html="""<div dir="ltr"><p>Señores de la Secretaría Ejecutiva:</p>
<p>En representación del señor <b>Alí Hassan Darwish</b>, refugiado reconocido, adjunto su solicitud de autorización de viaje, firmada digitalmente, con los datos requeridos (motivo, destino, fechas, carné y teléfono del solicitante).</p>
<p>Agradeceré la atención urgente, pues la cita es a inicios de febrero.</p>
<p>Atentamente,</p>
<table cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:9pt;color:#444">
<tr><td><b>Rolando Vílchez Arana</b></td></tr>
<tr><td>Abogado - CAL 38812</td></tr>
<tr><td>Cel. 990 221 334</td></tr>
</table></div>""",
    atts=[pdf_att("Autorizacion_viaje_ADarwish.pdf", _p033)],
    label=L("autorizacion_viaje",
            {"nombres": "Alí Hassan Darwish", "nacionalidad": "SY", "documento_identidad": "N012345678",
             "carne_extranjeria": "000145662", "telefono": "+51944120887", "correo": "rvilchez.abogado@gmail.com",
             "motivo": "citación a entrevista de reasentamiento familiar", "destino": "Santiago de Chile",
             "fecha_salida": "2027-02-02", "fecha_retorno": "2027-02-09"},
            "subsanar", signature="invalid", missing=["firma"], flags=["derivado"], recognised=True,
            raw={"nacionalidad": "siria", "documento_identidad": "N012345678", "carne_extranjeria": "000145662",
                 "telefono": "944 120 887", "fecha_salida": "2 de febrero de 2027",
                 "fecha_retorno": "9 de febrero de 2027"}))

add("034-permiso-viaje-urgente-solo-texto-sabado.eml", RF, "2026-10-03 19:40:08",
    "Marbelis Chirinos <marbelis.chirinos@gmail.com>", RF, "Permiso de viaje URGENTE",
    text="""Buenas noches por favor necesito permiso de viaje urgente, mi hija de 6 años se quedó en Cúcuta con mi mamá y mi mamá sufrió un ACV, tengo que ir a buscarla.

Nombre: Marbelis Johana Chirinos Vera
Destino: Cúcuta, Colombia
Salida: 12-10-2026
Regreso: 02-11-2026
Tlf +51 922 774 410

Mi carné de extranjería está en trámite de renovación, no tengo el número a la mano.

Enviado desde mi iPhone
""",
    label=L("autorizacion_viaje",
            {"nombres": "Marbelis Johana Chirinos Vera", "destino": "Cúcuta, Colombia", "fecha_salida": "2026-10-12",
             "fecha_retorno": "2026-11-02", "telefono": "+51922774410", "correo": "marbelis.chirinos@gmail.com",
             "motivo": "mi mamá sufrió un ACV, tengo que ir a buscarla"},
            "subsanar", signature="absent", missing=["firma", "carne_extranjeria"],
            raw={"fecha_salida": "12-10-2026", "fecha_retorno": "02-11-2026", "telefono": "+51 922 774 410"}))

# ============================================================== carne_solicitante (suspended)
add("035-carne-solicitante.eml", SR, "2026-10-15 09:00:26",
    "Rosmary Alvarado <rosmary.alvarado@gmail.com>", SR, "Carné de solicitante",
    text="""Buenos días

Quisiera saber cuándo me pueden dar cita para sacar mi carné de solicitante de refugio, ya completé la entrevista de registro en julio y me tomaron las huellas.

Rosmary Alvarado Quintero
Pasaporte 117 402 338
Cel: 913-004-552

Gracias, bendiciones
""",
    label=L("carne_solicitante",
            {"nombres": "Rosmary Alvarado Quintero", "documento_identidad": "117402338", "telefono": "+51913004552",
             "correo": "rosmary.alvarado@gmail.com"},
            "suspendido",
            raw={"documento_identidad": "117 402 338", "telefono": "913-004-552"}))

add("036-duplicado-carne-solicitante-ong-derivado.eml", RF, "2026-12-29 17:45:19",
    "Programa de Protección - Casa Acogida Betania <proteccion@casabetania.org.pe>", RF,
    "Duplicado carné de solicitante de refugio - Sra. Yelitza Ramírez", msgid_domain="casabetania.org.pe",
    text="""Señores:

La señora Yelitza Coromoto Ramírez Blanco, alojada en nuestra casa de acogida, perdió su carné de solicitante de refugio durante el traslado desde Tumbes. Solicitamos el duplicado del carné de solicitante; adjuntaremos la denuncia cuando nos la entreguen.

Documento: cédula V-19.003.442
Teléfono de la señora: 902 118 675

Atentamente,
Lic. Ernesto Calderón
Coordinador del Programa de Protección
Casa de Acogida Betania - (01) 265-7788
""",
    label=L("carne_solicitante",
            {"nombres": "Yelitza Coromoto Ramírez Blanco", "documento_identidad": "V19003442",
             "telefono": "+51902118675", "correo": "proteccion@casabetania.org.pe"},
            "suspendido", flags=["derivado"],
            raw={"documento_identidad": "V-19.003.442", "telefono": "902 118 675"}))

# ============================================================== portal procedures
add("037-solicitud-refugio-amiga-nicaraguense.eml", RF, "2026-10-08 12:30:44",
    "Patricia Lozano <patylozano.lima@gmail.com>", RF, "Solicitud de refugio para una familia amiga",
    text="""Hola, buenas tardes.

Les escribo por un amigo, Ernesto Javier Obando Ríos, nicaragüense, que llegó a Lima hace dos semanas con su esposa y sus dos hijos. Él era periodista en Estelí y tuvo que salir por amenazas. Quiere pedir refugio y no sabe cómo hacerlo ni si tiene que ir a alguna oficina.

El número de Ernesto es 927 118 446 (WhatsApp). Yo los puedo acompañar si hace falta.

Muchas gracias,
Patricia Lozano
""",
    label=L("solicitud_refugio",
            {"nombres": "Ernesto Javier Obando Ríos", "nacionalidad": "NI", "telefono": "+51927118446",
             "correo": "patylozano.lima@gmail.com"},
            "portal", raw={"nacionalidad": "nicaragüense", "telefono": "927 118 446"}))

add("038-solicitud-refugio-haitiana-frances.eml", MP, "2026-11-03 16:40:03",
    "Wideline Joseph <widelinejoseph509@gmail.com>", MP, "Demande d'asile / solicitud de refugio",
    text="""Bonjour / Buenas tardes

Mi nombre es Wideline Joseph, soy haitiana, pasaporte RD4471203. Quiero presentar solicitud de refugio en Perú. Je ne parle pas bien espagnol. Mi teléfono de Haití es +509 3712 4580, también tengo WhatsApp.

Merci beaucoup
""",
    label=L("solicitud_refugio",
            {"nombres": "Wideline Joseph", "nacionalidad": "HT", "documento_identidad": "RD4471203",
             "telefono": "+50937124580", "correo": "widelinejoseph509@gmail.com"},
            "portal", raw={"nacionalidad": "haitiana", "documento_identidad": "RD4471203",
                           "telefono": "+509 3712 4580"}))

add("039-renovacion-autorizacion-trabajo.eml", SR, "2026-11-23 08:00:50",
    "Anyelo Márquez <anyelo.marquez.b@gmail.com>", SR, "Renovación de autorización de trabajo",
    text="""Buenos días, mi autorización de trabajo vence el 30 de noviembre y en el sistema no me aparece el botón para renovarla. ¿Me pueden ayudar a renovarla?

Anyelo David Márquez Blanco
Pasaporte 151002873
Telf. 986 440 229
""",
    label=L("autorizacion_trabajo",
            {"nombres": "Anyelo David Márquez Blanco", "documento_identidad": "151002873",
             "telefono": "+51986440229", "correo": "anyelo.marquez.b@gmail.com"},
            "portal", raw={"documento_identidad": "151002873", "telefono": "986 440 229"}))

add("040-autorizacion-trabajo-empleador-rrhh.eml", MP, "2026-12-24 10:15:38",
    "RRHH Inversiones Los Andes <rrhh@inversioneslosandes.pe>", MP,
    "Autorización de trabajo vencida - colaborador Daniel Urbina", msgid_domain="inversioneslosandes.pe",
    text="""Señores:

Nuestro colaborador, el señor Daniel Eduardo Urbina Salas (pasaporte 109334561), solicitante de refugio, tiene su autorización de trabajo vencida y necesitamos una versión vigente para su legajo. Les agradeceremos indicarnos cómo obtenerla o emitirla.

Atentamente,
Karina Solís
Jefa de Recursos Humanos
Inversiones Los Andes S.A.C.
Central (01) 713-2200
""",
    label=L("autorizacion_trabajo",
            {"nombres": "Daniel Eduardo Urbina Salas", "documento_identidad": "109334561",
             "telefono": "+5117132200", "correo": "rrhh@inversioneslosandes.pe"},
            "portal", raw={"documento_identidad": "109334561", "telefono": "(01) 713-2200"}))

add("041-entrevista-registro-domingo.eml", SR, "2027-01-10 19:22:14",
    "Carlos Daniel Pinto <cdpinto.ve@gmail.com>", SR, "Entrevista de registro",
    text="""Buenas noches. Hice mi solicitud en línea en agosto y hasta ahora no me llega la fecha para la entrevista de registro. Revisé spam y nada. ¿Pueden decirme si ya está programada?

Carlos Daniel Pinto Ramos
cédula V-25.118.930
""",
    label=L("entrevista_registro",
            {"nombres": "Carlos Daniel Pinto Ramos", "documento_identidad": "V25118930",
             "correo": "cdpinto.ve@gmail.com"},
            "portal", raw={"documento_identidad": "V-25.118.930"}))

add("042-reprogramacion-entrevista-registro-abogado.eml", MP, "2026-11-11 16:35:21",
    "Mariano Ugaz <mugaz@defensamigrante.pe>", MP, "Reprogramación de entrevista de registro - Sra. Keila Bastidas",
    msgid_domain="defensamigrante.pe",
    text="""Señores:

Mi patrocinada, la señora Keila Andrea Bastidas Oropeza, tiene programada su entrevista de registro para el 13 de noviembre, pero ese día tiene una cirugía programada en el Hospital Arzobispo Loayza. Solicitamos reprogramar la entrevista.

Contacto de la señora: 959 021 336, keilabastidas@gmail.com

Atentamente,
Mariano Ugaz Pinedo
Abogado - Defensa Migrante
""",
    label=L("entrevista_registro",
            {"nombres": "Keila Andrea Bastidas Oropeza", "telefono": "+51959021336",
             "correo": "keilabastidas@gmail.com"},
            "portal", raw={"telefono": "959 021 336"}))

# ============================================================== triage
add("043-consulta-estado-expediente-hija.eml", SR, "2026-10-28 11:48:30",
    "Stefany Guzmán <stefany.guzman.r@gmail.com>", SR, "Consulta",
    text="""Buenos días, disculpen la molestia.

Mi mamá, Nelly Josefina Rivas de Guzmán, tiene el expediente 2024-0034512 y desde hace más de un año no sabe nada de su caso. Ella cumplió con todo lo que le pidieron. ¿Podrían decirnos en qué estado se encuentra?

Su cédula es V-6.339.104 y su número 974 203 118.

Gracias,
Stefany Guzmán
""",
    label=L(None,
            {"nombres": "Nelly Josefina Rivas de Guzmán", "documento_identidad": "V6339104",
             "telefono": "+51974203118", "correo": "stefany.guzman.r@gmail.com"},
            "triage", raw={"documento_identidad": "V-6.339.104", "telefono": "974 203 118"}))

add("044-ayuda-dos-tramites.eml", RF, "2026-12-10 09:15:00",
    "Yeferson Castro <yefercastro93@gmail.com>", RF, "Ayuda",
    text="""Buen día, necesito ayuda: tengo que renovar mi residencia anual y además sacar el duplicado de mi carné de extranjería porque lo perdí en la playa. ¿Tengo que mandar dos correos o uno solo? ¿Qué documentos necesito?

Yeferson Castro Delgado, venezolano
CE 000377810
cel 931 008 442
""",
    label=L(None,
            {"nombres": "Yeferson Castro Delgado", "nacionalidad": "VE", "carne_extranjeria": "000377810",
             "telefono": "+51931008442", "correo": "yefercastro93@gmail.com"},
            "triage", raw={"nacionalidad": "venezolano", "carne_extranjeria": "000377810",
                           "telefono": "931 008 442"}))

add("045-sin-asunto-ong-reunion.eml", MP, "2027-01-29 15:05:44",
    "Coordinación - Mesa de Movilidad Humana Lima Norte <coordinacion.mmhln@gmail.com>", MP, "",
    text="""Estimados señores:

Como mesa interinstitucional de Lima Norte queremos coordinar una reunión informativa con la Secretaría Ejecutiva para el mes de febrero, a fin de orientar mejor a las personas que acuden a nuestras sedes. ¿Con quién podríamos comunicarnos?

Saludos cordiales,
Equipo de Coordinación
""",
    label=L(None, {"correo": "coordinacion.mmhln@gmail.com"}, "triage"))

# ============================================================== machine mail (ignorado)
add("046-respuesta-automatica-actualizacion.eml", RF, "2026-10-12 11:30:02",
    "Yorgelis P <yorgelis_ps@hotmail.com>", RF, "Respuesta automática: ACTUALIZACION DE DATOS",
    msgid_domain="PH0PR11MB4887.namprd11.prod.outlook.com",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "yorgelis_ps@hotmail.com")],
    text="""Gracias por su mensaje. Estaré fuera de Lima hasta el 20 de octubre con acceso limitado al correo. Para temas urgentes escriba al 924 551 003.
""",
    label=L("actualizacion_datos", {}, "ignorado", machine=True))

_bounce = MIMEMultipart("report", report_type="delivery-status")
_bounce.attach(MIMEText("""This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<jhonq1993@gmial.com>: Host or domain name not found. Name service error for
    name=gmial.com type=A: Host not found
""", "plain", "us-ascii"))
_ds = Message()
_ds.set_type("message/delivery-status")
import email as _email
_ds.set_payload([_email.message_from_string("Reporting-MTA: dns; mx1.rree.gob.pe\nArrival-Date: Mon, 28 Dec 2026 09:41:02 -0500\n\n"),
                 _email.message_from_string("Final-Recipient: rfc822; jhonq1993@gmial.com\nAction: failed\nStatus: 5.4.4\n"
                                            "Diagnostic-Code: X-Postfix; Host or domain name not found\n\n")])
_bounce.attach(_ds)
_rh = Message()
_rh.set_type("text/rfc822-headers")
_rh.set_payload("""From: Solicitantes de Refugio <solicitantesrefugio@rree.gob.pe>
To: jhonq1993@gmial.com
Subject: =?utf-8?q?RE=3A_Cambio_de_clave_y_contrase=C3=B1a?=
Date: Mon, 28 Dec 2026 09:41:00 -0500
""")
_bounce.attach(_rh)
add("047-rebote-mailer-daemon-cambio-clave.eml", SR, "2026-12-28 09:41:05",
    "Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>", SR,
    "Undelivered Mail Returned to Sender: RE: Cambio de clave y contraseña", msgid_domain="mx1.rree.gob.pe",
    hdrs=[("Auto-Submitted", "auto-replied")], raw_msg=_bounce,
    label=L("cambio_clave", {}, "ignorado", machine=True))

add("048-boletin-lista-ong.eml", MP, "2026-11-02 07:00:00",
    "Boletín Movilidad Humana <boletin@redmovilidad.org>", "suscriptores@redmovilidad.org",
    "Boletín informativo N° 47 - Movilidad humana en el Perú (noviembre 2026)", msgid_domain="redmovilidad.org",
    hdrs=[("List-Id", "Boletin Movilidad Humana <boletin.redmovilidad.org>"), ("Precedence", "bulk"),
          ("List-Unsubscribe", "<mailto:baja@redmovilidad.org>")],
    html="""<html><body><h2>Boletín N° 47</h2><p>En esta edición: cifras de movilidad humana del tercer trimestre, agenda de talleres de empleabilidad y entrevista a la coordinadora de la red en Arequipa.</p><p><a href="https://redmovilidad.org/baja">Darse de baja</a></p></body></html>""",
    label=L(None, {}, "ignorado", machine=True))

add("049-institucional-rv-prorroga-interno.eml", MP, "2026-12-15 10:02:11",
    "Refugiados <refugiados@rree.gob.pe>", MP, "RV: Prórroga de residencia - derivación interna",
    msgid_domain="rree.gob.pe",
    text="""Colegas de Mesa de Partes: se les remite para su registro. Saludos.

-----Mensaje original-----
De: Ismael Torrealba <ismaeltorrealba@gmail.com>
Enviado el: lunes, 14 de diciembre de 2026 12:00
Para: refugiados@rree.gob.pe
Asunto: RE: Prórroga de residencia

Buenas tardes, completo lo solicitado (...)
""",
    label=L("prorroga_residencia", {}, "ignorado", machine=True))

_mdn = MIMEMultipart("report", report_type="disposition-notification")
_mdn.attach(MIMEText("""Su mensaje

  Para: jhonq1993@gmail.com
  Asunto: RE: Cambio de clave y contraseña
  Enviado: lunes, 28 de diciembre de 2026 10:02

fue leído el lunes, 28 de diciembre de 2026 18:20.
""", "plain", "utf-8"))
_dn = Message()
_dn.set_type("message/disposition-notification")
_dn.set_payload("""Reporting-UA: gmail.com
Final-Recipient: rfc822;jhonq1993@gmail.com
Original-Message-ID: <CAF4x9sY2026a@rree.gob.pe>
Disposition: manual-action/MDN-sent-manually; displayed
""")
_mdn.attach(_dn)
add("050-acuse-lectura-cambio-clave.eml", SR, "2026-12-28 18:20:40",
    "Jhon Quishpe <jhonq1993@gmail.com>", SR, "Leído: RE: Cambio de clave y contraseña",
    raw_msg=_mdn, label=L("cambio_clave", {}, "ignorado", machine=True))
