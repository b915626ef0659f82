# -*- coding: utf-8 -*-
"""The 55 messages of round 50 (December 2026, one month of mail) and their labels.

Each entry: file slug, receiving mailbox (S/M/R), reception time (Lima), sender,
subject, body (text and/or html), attachments, extra headers, and the hand label.
`notif` is the notification date stated in a recurso (for the extemporaneo check).
Attachments: (filename, kind, content) with kind one of
  signed / altered / textpdf / scanpdf / textsigpdf / jpg / png
"""

S, M, R = "S", "M", "R"

MSGS = []


def m(**kw):
    MSGS.append(kw)


# ------------------------------------------------------------------ week 1
m(slug="refugio-consulta-una-linea", box=S, rcv="2026-12-01 08:12:33",
  frm='"Mariangel" <mariangelrr1998@gmail.com>', subject="solicitud de refugio",
  text="buenos dias quisiera saber como hago para solicitar refugio, soy venezolana y estoy en tumbes con mis dos niños. gracias\n",
  label=dict(procedure="solicitud_refugio", outcome="portal",
             fields={"nacionalidad": "VE", "correo": "mariangelrr1998@gmail.com"}))

m(slug="trabajo-ong-ingles-mesa", box=M, rcv="2026-12-01 11:40:02",
  frm='"Casework - Red de Apoyo al Refugiado" <casos@redapoyorefugio.org.pe>',
  subject="Autorización de Trabajo Virtual - renewal / renovación",
  text="""Dear Sir or Madam,

We are writing on behalf of our client, Mr. Wilner Joseph, a Haitian national who
applied for asylum in Peru earlier this year. His virtual work authorization
(Autorización de Trabajo Virtual) is no longer valid and he cannot find where to
renew it. Could you please let us know how he should proceed?

He can be reached on WhatsApp at +51 951 207 384.

Kind regards,

Ana Lucía Ferrer
Legal Officer
Red de Apoyo al Refugiado
""",
  label=dict(procedure="autorizacion_trabajo", outcome="portal",
             fields={"nombres": "Wilner Joseph", "nacionalidad": "HT", "telefono": "+51951207384",
                     "correo": "casos@redapoyorefugio.org.pe"}))

m(slug="reconsideracion-pdf-firmado-tras-cierre", box=M, rcv="2026-12-01 17:05:41", rcv_utc=True,
  frm='Juan Esteban Gallego <juanes.gallego87@gmail.com>', subject="Recurso de Reconsideración",
  text="Buenas tardes,\n\nadjunto mi recurso de reconsideración firmado digitalmente.\n\nAtentamente,\nJ. E. Gallego\n",
  atts=[("recurso_reconsideracion_gallego.pdf", "signed", """SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS
Asunto: Recurso de Reconsideración

Yo, Juan Esteban Gallego Restrepo, de nacionalidad colombiana,
identificado con Cédula de Ciudadanía N° 1.036.628.417,
con domicilio en Av. Túpac Amaru 1420, Comas, Lima,
ante ustedes me presento y digo:

Que con fecha 20 de noviembre de 2026 fui notificado con la Resolución
N° 1187-2026-CEPR, que declara infundada mi solicitud de refugio
(expediente 2025-04471), y dentro del plazo de ley interpongo
RECURSO DE RECONSIDERACIÓN.

MOTIVO: La resolución no valoró la nueva prueba que adjunto: la constancia
de la Fiscalía de Medellín que acredita las amenazas del grupo armado contra
mi familia después de mi salida de Colombia, emitida con posterioridad a mi
entrevista.

Para efectos de notificación:
Teléfono: 945 318 602
Correo: juanes.gallego87@gmail.com

Lima, 1 de diciembre de 2026

Juan Esteban Gallego Restrepo
(firmado digitalmente)
""", "Juan Esteban Gallego Restrepo")],
  notif="2026-11-20",
  label=dict(procedure="reconsideracion", outcome="cargo", signature="valid",
             fields={"nombres": "Juan Esteban Gallego Restrepo", "nacionalidad": "CO",
                     "documento_identidad": "1036628417", "telefono": "+51945318602",
                     "correo": "juanes.gallego87@gmail.com",
                     "motivo": "La resolución no valoró la nueva prueba que adjunto: la constancia de la Fiscalía de Medellín que acredita las amenazas del grupo armado contra mi familia después de mi salida de Colombia"}))

m(slug="carne-solicitante-cita", box=S, rcv="2026-12-02 09:03:10",
  frm='Luis Mendoza <luisalberto.mv@hotmail.com>', subject="Carné de solicitante",
  text="""Buenos días,

escribo para pedir fecha para recoger mi carné de solicitante de refugio, ya completé el registro en septiembre.

Nombre completo: Luis Alberto Mendoza Villarroel
Pasaporte: 152 334 871
Celular: 987 220 415

Gracias de antemano
""",
  label=dict(procedure="carne_solicitante", outcome="suspendido",
             fields={"nombres": "Luis Alberto Mendoza Villarroel", "documento_identidad": "152334871",
                     "telefono": "+51987220415", "correo": "luisalberto.mv@hotmail.com"}))

m(slug="actualizacion-datos-tabulada", box=S, rcv="2026-12-02 10:15:52",
  frm='Doris Quintero <dorisquintero.71@gmail.com>', subject="Actualización de datos",
  text="""Buenos días, solicito la actualización de mis datos de contacto:

Nombres y apellidos:\tDoris Elena Quintero Salas
Nacionalidad:\t\tVenezolana
Cédula:\t\t\tV-11.902.347
Teléfono nuevo:\t\t+51 936 704 112
Correo nuevo:\t\tdoris.quintero.salas@outlook.com
Dirección:\t\tJr. Huallaga 455, Cercado de Lima

Soy solicitante de refugio (expediente 2024-01876).

Saludos cordiales
""",
  label=dict(procedure="actualizacion_datos", outcome="acuse",
             fields={"nombres": "Doris Elena Quintero Salas", "nacionalidad": "VE",
                     "documento_identidad": "V11902347", "telefono": "+51936704112",
                     "correo": "doris.quintero.salas@outlook.com"}))

m(slug="prorroga-cubana-lista", box=R, rcv="2026-12-02 13:20:07",
  frm='Yanelis Castillo <yaneliscastillo79@gmail.com>', subject="Prorroga de residencia",
  text="""Estimados señores:

Por medio del presente solicito la prórroga anual de mi residencia como refugiada reconocida. Mis datos:

- Nombres y apellidos: Yanelis Castillo Borrero
- Sexo: femenino
- Nacionalidad: cubana
- Carnet de identidad cubano: 79070348215
- Carné de extranjería: 001473620
- Fecha de nacimiento: 03/07/1979
- Teléfono: 955-601-873

Quedo atenta, muchas gracias.
Yanelis
""",
  label=dict(procedure="prorroga_residencia", outcome="acuse",
             fields={"nombres": "Yanelis Castillo Borrero", "sexo": "F", "nacionalidad": "CU",
                     "documento_identidad": "79070348215", "carne_extranjeria": "001473620",
                     "fecha_nacimiento": "1979-07-03", "telefono": "+51955601873",
                     "correo": "yaneliscastillo79@gmail.com"}))

m(slug="apelacion-abogado-extemporanea", box=M, rcv="2026-12-02 15:55:18",
  to='"Mesa de Partes Virtual - RREE" <mesadepartes@rree.gob.pe>',
  frm='"Estudio Paredes & Asociados" <mparedes@paredesabogados.pe>',
  subject="Recurso de Apelación - Exp. 2024-03318 - Rafael Antonio Briceño Lugo",
  text="""Señores
Mesa de Partes
Ministerio de Relaciones Exteriores
Presente.-

De mi consideración:

En representación del Sr. Rafael Antonio Briceño Lugo, remito adjunto el escrito de
recurso de apelación, firmado digitalmente, contra la resolución que confirma la
denegatoria de su solicitud de refugio. Solicito se sirvan remitir el cargo
correspondiente.

Atentamente,

Martín Paredes Quispe
Abogado - CAL 58214
Estudio Paredes & Asociados
Tel. (01) 422-8190
""",
  atts=[("Apelacion_Briceno_Lugo.pdf", "signed", """ESCRITO N° 01
Sumilla: Interpone Recurso de Apelación

SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:

RAFAEL ANTONIO BRICEÑO LUGO, de nacionalidad venezolana,
identificado con pasaporte N° 134 552 908,
teléfono celular 912 447 031,
correo electrónico rafabriceno.lugo@gmail.com,
a usted digo:

I. PETITORIO
Interpongo recurso de apelación contra la Resolución N° 0912-2026-CEPR,
notificada con fecha 06/11/2026, que confirma la denegatoria de mi solicitud
de refugio, a fin de que sea elevada al superior jerárquico.

II. FUNDAMENTOS (MOTIVO DE LA APELACIÓN)
La Comisión no evaluó el riesgo actual que corro por mi participación como
dirigente sindical en la empresa estatal, acreditada con los documentos que
obran en el expediente, ni la información de país de origen reciente.

Lima, 2 de diciembre de 2026

RAFAEL ANTONIO BRICEÑO LUGO
Firmado digitalmente

Abogado: Martín Paredes Quispe, CAL 58214
""", "Rafael Antonio Briceno Lugo")],
  notif="2026-11-06",
  label=dict(procedure="apelacion", outcome="cargo", signature="valid", flags=["extemporaneo"],
             fields={"nombres": "RAFAEL ANTONIO BRICEÑO LUGO", "nacionalidad": "VE",
                     "documento_identidad": "134552908", "telefono": "+51912447031",
                     "correo": "rafabriceno.lugo@gmail.com",
                     "motivo": "La Comisión no evaluó el riesgo actual que corro por mi participación como dirigente sindical en la empresa estatal"}))

m(slug="cambio-clave-una-linea", box=S, rcv="2026-12-03 07:45:29",
  frm='yeni paez <yeni.paez@hotmail.com>', subject="cambio de clave y contraseña",
  text="olvide mi contraseña del sistema de refugiados, soy Yenifer Carolina Páez Rojas pasaporte 138765432 cel 924113658 correo yeni.paez@hotmail.com gracias\n\nEnviado desde mi Galaxy\n",
  label=dict(procedure="cambio_clave", outcome="acuse",
             fields={"nombres": "Yenifer Carolina Páez Rojas", "documento_identidad": "138765432",
                     "telefono": "+51924113658", "correo": "yeni.paez@hotmail.com"}))

m(slug="viaje-pdf-firmado-santiago", box=R, rcv="2026-12-03 12:30:44",
  frm='Hector Villasmil <hectorvilla.ing@gmail.com>', subject="Autorización de Viaje",
  text="Buenas tardes,\n\nremito mi solicitud de autorización de viaje firmada digitalmente.\n\nSaludos,\nHéctor Villasmil\n",
  atts=[("solicitud_autorizacion_viaje.pdf", "signed", """SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)

Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados

Nombres y apellidos: Héctor José Villasmil Ochoa
Carné de Extranjería N°: 002209318
Teléfono de contacto: +51 981 332 640
Lugar de destino: Santiago de Chile, Chile
Fecha de salida: 19/12/26
Fecha de retorno: 09/01/27

Motivo del viaje: mi madre será operada del corazón en el Hospital del
Salvador y soy su único familiar cercano; debo acompañarla durante la
operación y la recuperación.

Lima, 03 de diciembre de 2026

Héctor José Villasmil Ochoa
(firma digital)
""", "Hector Jose Villasmil Ochoa")],
  label=dict(procedure="autorizacion_viaje", outcome="acuse", signature="valid",
             fields={"nombres": "Héctor José Villasmil Ochoa", "carne_extranjeria": "002209318",
                     "telefono": "+51981332640", "destino": "Santiago de Chile, Chile",
                     "fecha_salida": "2026-12-19", "fecha_retorno": "2027-01-09",
                     "motivo": "mi madre será operada del corazón en el Hospital del Salvador y soy su único familiar cercano",
                     "correo": "hectorvilla.ing@gmail.com"}))

m(slug="renuncia-foto-carta-refugiado", box=M, rcv="2026-12-03 16:45:03",
  frm='Edgardo Fuenmayor <edgardo.fuenmayor@yahoo.com>', subject="RENUNCIA",
  text="""Señores CEPR:

adjunto foto de mi carta de renuncia firmada a mano. Repito los datos por si no se lee bien la foto:

EDGARDO RAMÓN FUENMAYOR PIRELA / venezolano / cédula V-9.876.412 / C.E. 000981254 / teléfono 933 018 776

Renuncio a la condición de refugiado porque regreso a Venezuela a cuidar a mi padre enfermo en Maracaibo.

Atte. Edgardo Fuenmayor
""",
  atts=[("carta_renuncia.jpg", "jpg", """Lima, 3 de diciembre de 2026
Señores Comisión Especial para los Refugiados
Yo Edgardo Ramón Fuenmayor Pirela, venezolano,
C.E. 000981254, renuncio a la condición de
refugiado porque regreso a Venezuela a cuidar
a mi padre enfermo.
Atentamente,""")],
  label=dict(procedure="renuncia", outcome="acuse", signature="manuscrita", flags=["verificar_firma"],
             fields={"nombres": "EDGARDO RAMÓN FUENMAYOR PIRELA", "nacionalidad": "VE",
                     "documento_identidad": "V9876412", "carne_extranjeria": "000981254",
                     "telefono": "+51933018776",
                     "motivo": "regreso a Venezuela a cuidar a mi padre enfermo en Maracaibo",
                     "correo": "edgardo.fuenmayor@yahoo.com"}))

m(slug="rebote-prorroga-postmaster", box=R, rcv="2026-12-04 09:10:55", kind="bounce",
  frm='"Microsoft Outlook" <postmaster@outlook.com>',
  subject="No se puede entregar: RE: Prórroga de residencia",
  bounce_to="wilfredo.lares77@outlook.com",
  label=dict(procedure="prorroga_residencia", outcome="ignorado", fields={}))

m(slug="actualizacion-refugiado-sin-ce", box=S, rcv="2026-12-04 11:22:36",
  frm='Jhonny Arteaga <jhonny.arteaga@gmail.com>', subject="actualizacion de datos - Jhonny Arteaga",
  text="""Hola buen día.

Les escribo para actualizar mis datos, tengo número nuevo. Me llamo Jhonny Alexander Arteaga Pino, soy venezolano, refugiado reconocido desde el 2023, mi pasaporte es el 118.204.557 y mi nuevo número es el 9 7061 2293. El correo sigue siendo este mismo.

Gracias
""",
  label=dict(procedure="actualizacion_datos", outcome="subsanar", missing=["carne_extranjeria"],
             fields={"nombres": "Jhonny Alexander Arteaga Pino", "nacionalidad": "VE",
                     "documento_identidad": "118204557", "telefono": "+51970612293",
                     "correo": "jhonny.arteaga@gmail.com"}, refugee=True))

m(slug="duplicado-ce-completo-sabado", box=R, rcv="2026-12-05 10:00:12",
  frm='Marisol Ochoa <marisol.ochoa.r@gmail.com>', subject="Duplicado de carné de extranjería",
  text="""Buenos días.

Solicito el duplicado de mi carné de extranjería. Adjunto la denuncia policial.

Nombres y Apellidos - Marisol Ochoa Rangel
Sexo - F
Nacionalidad - Venezuela
Pasaporte - 105882341
Carné de extranjería - 001120987
Fecha de nacimiento - 22 de abril de 1992
Teléfono - 964 205 318

Gracias.
""",
  atts=[("denuncia_policial_comisaria_brena.pdf", "textpdf", """POLICÍA NACIONAL DEL PERÚ
COMISARÍA PNP BREÑA

COPIA CERTIFICADA DE DENUNCIA POLICIAL

Denuncia N° 4418-2026 por pérdida de documentos.
Denunciante: Marisol Ochoa Rangel, C.E. 001120987.
Hecho: refiere haber extraviado su carné de extranjería en la vía pública.

Breña, 30 de noviembre de 2026
""")],
  label=dict(procedure="duplicado_carne_extranjeria", outcome="acuse",
             fields={"nombres": "Marisol Ochoa Rangel", "sexo": "F", "nacionalidad": "VE",
                     "documento_identidad": "105882341", "carne_extranjeria": "001120987",
                     "fecha_nacimiento": "1992-04-22", "telefono": "+51964205318",
                     "correo": "marisol.ochoa.r@gmail.com"}))

m(slug="apelacion-sin-firma-cuerpo", box=M, rcv="2026-12-05 22:40:19",
  frm='Gustavo Gonzalez <ggonzalez.barrios@gmail.com>', subject="recurso de apelacion",
  text="""Señores de la Comisión Especial para los Refugiados:

Yo, Gustavo Adolfo González Barrios, venezolano, con cédula de identidad V-17.334.908, presento recurso de apelación contra la resolución que confirmó la denegatoria de mi refugio, la cual me fue notificada el 25/11/2026.

Motivo: no se tomó en cuenta que fui detenido dos veces por participar en protestas en 2024 y que tengo una orden de captura en mi país.

Teléfono: +51 902 558 714
Correo: ggonzalez.barrios@gmail.com

Gustavo González
""",
  notif="2026-11-25",
  label=dict(procedure="apelacion", outcome="subsanar", signature="absent", missing=["firma"],
             fields={"nombres": "Gustavo Adolfo González Barrios", "nacionalidad": "VE",
                     "documento_identidad": "V17334908", "telefono": "+51902558714",
                     "correo": "ggonzalez.barrios@gmail.com",
                     "motivo": "no se tomó en cuenta que fui detenido dos veces por participar en protestas en 2024 y que tengo una orden de captura en mi país"}))

m(slug="fuera-de-oficina-actualizacion", box=S, rcv="2026-12-06 19:00:31",
  frm='Carmen Rosa Lugo <carmenrosa.lugo@gmail.com>',
  subject="Respuesta automática: Actualización de datos",
  headers={"Auto-Submitted": "auto-replied"},
  text="Gracias por su mensaje. Estaré de viaje hasta el 15 de diciembre sin acceso al correo. Responderé a mi regreso.\n\nCarmen Rosa\n",
  label=dict(procedure="actualizacion_datos", outcome="ignorado", fields={}))

m(slug="cambio-clave-kreyol-sin-documento", box=S, rcv="2026-12-07 09:30:08",
  frm='Wideline Charles <wideline.charles509@gmail.com>', subject="Cambio de clave",
  text="""Bonjou,

Mwen bliye modpas mwen pou m antre nan sistèm refijye a sou entènèt la. Tanpri ede m chanje l.

Non: Wideline Charles
Nimewo telefòn: +51 929 640 118 (WhatsApp)
Imèl: wideline.charles509@gmail.com

Mèsi anpil
""",
  label=dict(procedure="cambio_clave", outcome="subsanar", missing=["documento_identidad"],
             fields={"nombres": "Wideline Charles", "telefono": "+51929640118",
                     "correo": "wideline.charles509@gmail.com"}))

m(slug="viaje-firma-alterada-sin-retorno", box=R, rcv="2026-12-08 11:00:47",
  frm='Nelson Arias <nelson.arias.t@gmail.com>', subject="AUTORIZACION DE VIAJE - URGENTE",
  text="Adjunto solicitud firmada. Es urgente por favor.\n\nNelson Arias\n",
  atts=[("autorizacion_viaje_nelson_arias.pdf", "altered", """Señores
Secretaría Ejecutiva de la CEPR

Solicito autorización de viaje por urgencia.

Nombres y apellidos: Nelson Enrique Arias Torrealba
Carné de Extranjería: 001876455
Teléfono: 986 100 274
Destino: Guayaquil, Ecuador
Fecha de salida: 15 de diciembre de 2026

Motivo: falleció mi hermano en Guayaquil y debo asistir al sepelio y hacer
los trámites de repatriación de sus restos.

La fecha de regreso la confirmaré cuando tenga los pasajes.

Atentamente,
Nelson Enrique Arias Torrealba
""", "Nelson Enrique Arias Torrealba", ("sepelio", "velorio"))],
  label=dict(procedure="autorizacion_viaje", outcome="subsanar", signature="invalid",
             missing=["firma", "fecha_retorno"],
             fields={"nombres": "Nelson Enrique Arias Torrealba", "carne_extranjeria": "001876455",
                     "telefono": "+51986100274", "destino": "Guayaquil, Ecuador",
                     "fecha_salida": "2026-12-15",
                     "motivo": "falleció mi hermano en Guayaquil y debo asistir al velorio y hacer los trámites de repatriación de sus restos",
                     "correo": "nelson.arias.t@gmail.com"}))

m(slug="renuncia-hermana-foto-feriado", box=M, rcv="2026-12-09 20:15:26",
  frm='Yusmary Colmenares <yusmary.colmenares@gmail.com>', subject="Renuncia - Wilmer Colmenares",
  text="""Buenas noches,

escribo en nombre de mi hermano Wilmer José Colmenares Duarte, quien no tiene correo. Él desea renunciar a su solicitud de refugio porque consiguió trabajo en España y viaja en enero. Adjunto la carta que él firmó a mano (foto).

Datos de mi hermano:
nacionalidad venezolana
cédula V 20.118.665
teléfono de él: 0051 917 334 209

Yo soy Yusmary Colmenares, cédula V-22.405.117, cualquier cosa a este correo.

Gracias
""",
  atts=[("carta_renuncia_wilmer.png", "png", """Lima 9 de diciembre 2026
Señores de la Comisión de Refugiados
Yo Wilmer José Colmenares Duarte
cédula V 20.118.665 renuncio a mi
solicitud de refugio porque consegui
trabajo en España.
Gracias""")],
  label=dict(procedure="renuncia", outcome="acuse", signature="manuscrita", flags=["verificar_firma"],
             fields={"nombres": "Wilmer José Colmenares Duarte", "nacionalidad": "VE",
                     "documento_identidad": "V20118665", "telefono": "+51917334209",
                     "motivo": "consiguió trabajo en España y viaja en enero",
                     "correo": "yusmary.colmenares@gmail.com"}))

# ------------------------------------------------------------------ week 2
m(slug="actualizacion-tabla-html-refugiado", box=S, rcv="2026-12-10 08:05:14",
  frm='Andres Mora <andres.felipe.mora@gmail.com>', subject="ACTUALIZACIÓN DE DATOS",
  html="""<html><body>
<p>Buenos días, como refugiado reconocido les pido actualizar mis datos de contacto:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Nombres y apellidos</b></td><td>Andrés Felipe Mora Cárdenas</td></tr>
<tr><td><b>Nacionalidad</b></td><td>Colombia</td></tr>
<tr><td><b>C.C.</b></td><td>80.245.613</td></tr>
<tr><td><b>Carné de extranjería</b></td><td>000762341</td></tr>
<tr><td><b>Celular</b></td><td>(+51) 944 871 206</td></tr>
<tr><td><b>Nuevo correo</b></td><td>afmora.cardenas@protonmail.com</td></tr>
<tr><td><b>Dirección</b></td><td>Calle Los Pinos 233, San Juan de Lurigancho</td></tr>
</table>
<p>Muchas gracias,<br>Andrés</p>
</body></html>
""",
  label=dict(procedure="actualizacion_datos", outcome="acuse",
             fields={"nombres": "Andrés Felipe Mora Cárdenas", "nacionalidad": "CO",
                     "documento_identidad": "80245613", "carne_extranjeria": "000762341",
                     "telefono": "+51944871206", "correo": "afmora.cardenas@protonmail.com"}, refugee=True))

m(slug="prorroga-barras-mesa-derivado", box=M, rcv="2026-12-10 10:40:39",
  frm='Beatriz Salcedo <beatriz.salcedo.v@gmail.com>', subject="Renovación de residencia - Beatriz Salcedo",
  text="Solicito prórroga de residencia anual (refugiada). Beatriz Adriana Salcedo Vivas / mujer / venezolana / pasaporte 094417263 / CE 001307744 / nacida el 30-09-1968 / cel. 991 442 086\n",
  label=dict(procedure="prorroga_residencia", outcome="acuse", flags=["derivado"],
             fields={"nombres": "Beatriz Adriana Salcedo Vivas", "sexo": "F", "nacionalidad": "VE",
                     "documento_identidad": "094417263", "carne_extranjeria": "001307744",
                     "fecha_nacimiento": "1968-09-30", "telefono": "+51991442086",
                     "correo": "beatriz.salcedo.v@gmail.com"}))

m(slug="consulta-estado-expediente", box=R, rcv="2026-12-10 14:14:00",
  frm='Ramon Carrasco <rcarrasco.m@hotmail.com>', subject="Consulta",
  text="Buenas tardes, quería saber en qué estado está mi expediente, presenté todo en agosto y no me han respondido. Soy Ramón Carrasco Medina, pasaporte 116 008 442. Gracias.\n",
  label=dict(procedure=None, outcome="triage",
             fields={"nombres": "Ramón Carrasco Medina", "documento_identidad": "116008442",
                     "correo": "rcarrasco.m@hotmail.com"}))

m(slug="reconsideracion-firma-alterada-1629", box=M, rcv="2026-12-10 16:29:31",
  frm='Lisbeth Guerrero <lisbeth.guerrero.h@gmail.com>', subject="Recurso de reconsideracion - Lisbeth Guerrero",
  text="Buenas tardes adjunto mi recurso firmado con firma digital.\nLisbeth\n",
  atts=[("reconsideracion_lguerrero.pdf", "altered", """RECURSO DE RECONSIDERACIÓN

Nombre: Lisbeth Carolina Guerrero Hernández
Documento: Pasaporte N° 128 775 019
Teléfono: 958 227 603
Correo: lisbeth.guerrero.h@gmail.com

Motivo: Solicito se reconsidere la Resolución N° 1203-2026-CEPR porque
presento un nuevo medio probatorio: la constancia de la Fiscalía por las
amenazas recibidas, que no pude presentar antes por encontrarme en tránsito.

Lima, 10 de diciembre de 2026
Firma digital
""", "Lisbeth Carolina Guerrero Hernandez", ("antes", "ANTES")) ],
  label=dict(procedure="reconsideracion", outcome="subsanar", signature="invalid", missing=["firma"],
             fields={"nombres": "Lisbeth Carolina Guerrero Hernández", "documento_identidad": "128775019",
                     "telefono": "+51958227603", "correo": "lisbeth.guerrero.h@gmail.com",
                     "motivo": "Solicito se reconsidere la Resolución N° 1203-2026-CEPR porque presento un nuevo medio probatorio"}))

m(slug="cambio-contrasena-ecuador-refugiados", box=R, rcv="2026-12-10 16:31:02",
  frm='Maria Jose Cevallos <mjose.cevallos@gmail.com>', subject="Cambio de contraseña",
  text="""Estimados,

Solicito el cambio de mi clave del sistema de refugio en línea, no puedo ingresar.

María José Cevallos Andrade
ecuatoriana, cédula 1719876543
Telf. 951 663 208
mjose.cevallos@gmail.com
""",
  label=dict(procedure="cambio_clave", outcome="acuse", flags=["derivado"],
             fields={"nombres": "María José Cevallos Andrade", "nacionalidad": "EC",
                     "documento_identidad": "1719876543", "telefono": "+51951663208",
                     "correo": "mjose.cevallos@gmail.com"}))

m(slug="entrevista-portugues-angola", box=R, rcv="2026-12-11 09:00:27",
  frm='Domingos Kiala <domingos.kiala@gmail.com>', subject="Entrevista de Registro",
  text="""Bom dia,

Sou angolano e fiz o pedido de refúgio online em outubro. Até agora não recebi a data da entrevista de registro. Podem me informar quando será?

Meu nome é Domingos Kiala Nzuzi, passaporte N2245871.

Obrigado
""",
  label=dict(procedure="entrevista_registro", outcome="portal",
             fields={"nombres": "Domingos Kiala Nzuzi", "nacionalidad": "AO",
                     "documento_identidad": "N2245871", "correo": "domingos.kiala@gmail.com"}))

m(slug="duplicado-carnet-ambiguo-cuerpo-decide", box=S, rcv="2026-12-11 12:12:12",
  frm='Omar Rangel <o.rangel.refugio@gmail.com>', subject="Duplicado de carnet",
  text="""Buenas tardes.

Soy refugiado reconocido y necesito el duplicado de mi carné de extranjería. Les envío la foto de la denuncia policial.

Omar Rangel Sifontes, nacionalidad venezolana
Pasaporte 112 900 457
Carné de extranjería 001655020
Celular 955 018 372
""",
  atts=[("denuncia.jpg", "jpg", """COMISARIA PNP SAN JUAN DE MIRAFLORES
DENUNCIA POR PERDIDA
Denunciante: Omar Rangel Sifontes
Documento perdido: carne de extranjeria""")],
  label=dict(procedure="duplicado_carne_extranjeria", outcome="subsanar", flags=["derivado"],
             missing=["sexo", "fecha_nacimiento"],
             fields={"nombres": "Omar Rangel Sifontes", "nacionalidad": "VE",
                     "documento_identidad": "112900457", "carne_extranjeria": "001655020",
                     "telefono": "+51955018372", "correo": "o.rangel.refugio@gmail.com"}))

m(slug="viaje-escaneado-viernes-noche", box=R, rcv="2026-12-11 18:50:36", date_min=-150,
  frm='Yolimar Duran <yolimar.p.duran@gmail.com>', subject="Solicitud autorización de viaje",
  text="""Buenas noches, adjunto mi solicitud escaneada con mi firma.

Nombre: Yolimar Patricia Durán Castillo
C.E. 002031776
Cel: +51 978-552-190
Viajo a: Caracas, Venezuela
Salida 23/12/26 - regreso 06/01/27
Motivo: mi hija de 8 años se quedó con su abuela en Caracas y la abuela está hospitalizada, debo traer a mi hija conmigo.
""",
  atts=[("solicitud_viaje_escaneada.pdf", "scanpdf", """Lima, 11 de diciembre de 2026
Señores CEPR
Solicito autorización de viaje a Caracas
Salida 23/12/26  regreso 06/01/27
Yolimar Patricia Durán Castillo
C.E. 002031776""")],
  label=dict(procedure="autorizacion_viaje", outcome="acuse", signature="manuscrita", flags=["verificar_firma"],
             fields={"nombres": "Yolimar Patricia Durán Castillo", "carne_extranjeria": "002031776",
                     "telefono": "+51978552190", "destino": "Caracas, Venezuela",
                     "fecha_salida": "2026-12-23", "fecha_retorno": "2027-01-06",
                     "motivo": "mi hija de 8 años se quedó con su abuela en Caracas y la abuela está hospitalizada",
                     "correo": "yolimar.p.duran@gmail.com"}))

m(slug="reenvio-interno-refugiados", box=S, rcv="2026-12-11 17:40:05",
  frm='"Refugiados - RREE" <refugiados@rree.gob.pe>', subject="RV: Cambio de clave y contraseña",
  text="""Colegas de Solicitantes:

Se deriva el correo de abajo por corresponder a su unidad.

Saludos,
Unidad de Refugiados

-----Mensaje original-----
De: Pedro Salazar <pedrosalazar.ve@gmail.com>
Enviado el: viernes, 11 de diciembre de 2026 10:02
Para: refugiados@rree.gob.pe
Asunto: Cambio de clave y contraseña

Buenas, no puedo entrar al sistema, necesito una clave nueva. Pedro José Salazar Mejías, pasaporte 139004512, tel 912 330 448.
""",
  label=dict(procedure="cambio_clave", outcome="ignorado", fields={}))

m(slug="apelacion-ong-reenvio-firmada", box=M, rcv="2026-12-13 21:30:50",
  frm='"Clínica Jurídica Migrante Sur" <clinica@migrantesur.org>',
  subject="Fwd: Recurso de Apelación",
  text="""Estimados señores de Mesa de Partes:

Reenviamos el recurso de apelación de nuestra usuaria, quien no pudo enviarlo desde su correo. Contacto de la Sra. Rosales: celular 904 316 552, correo keilarosales.88@gmail.com.

Atentamente,
Paola Zegarra
Clínica Jurídica Migrante Sur

---------- Forwarded message ---------
De: Keila Rosales <keilarosales.88@gmail.com>
Date: dom, 13 dic 2026 a las 18:02
Subject: Recurso de Apelación
To: <clinica@migrantesur.org>

Les mando mi apelación firmada, por favor la envían ustedes. Gracias
""",
  atts=[("apelacion_keila_rosales_firmada.pdf", "signed", """RECURSO DE APELACIÓN

Señor Presidente de la Comisión Especial para los Refugiados:

Yo, KEILA ANDREÍNA ROSALES MÁRQUEZ, identificada con cédula de
identidad V-24.119.806, interpongo recurso de apelación contra la
resolución que confirma la denegatoria de mi solicitud de refugio.

Fundamento mi apelación en que la Comisión consideró que puedo
reubicarme dentro de Venezuela, sin considerar que los colectivos que me
amenazaron actúan en todo el territorio y ya me ubicaron en Valencia.

Por lo expuesto, pido que se eleve el expediente al superior.

Lima, 13 de diciembre de 2026
KEILA ANDREÍNA ROSALES MÁRQUEZ
""", "Keila Andreina Rosales Marquez")],
  label=dict(procedure="apelacion", outcome="cargo", signature="valid",
             fields={"nombres": "KEILA ANDREÍNA ROSALES MÁRQUEZ", "documento_identidad": "V24119806",
                     "telefono": "+51904316552", "correo": "keilarosales.88@gmail.com",
                     "motivo": "la Comisión consideró que puedo reubicarme dentro de Venezuela, sin considerar que los colectivos que me amenazaron actúan en todo el territorio"}))

# ------------------------------------------------------------------ week 3
m(slug="prorroga-sin-sexo", box=R, rcv="2026-12-14 08:30:22",
  frm='Juan Carlos Benavides <jc.benavides.cc@gmail.com>', subject="PRORROGA DE RESIDENCIA 2027",
  text="Solicito prórroga. Nombre Juan Carlos Benavides Ortiz, nacionalidad Colombia, CC 1.144.052.337, carné de extranjería 001998402, fecha de nacimiento 12-08-1985, celular 962 330 175.\n",
  label=dict(procedure="prorroga_residencia", outcome="subsanar", missing=["sexo"],
             fields={"nombres": "Juan Carlos Benavides Ortiz", "nacionalidad": "CO",
                     "documento_identidad": "1144052337", "carne_extranjeria": "001998402",
                     "fecha_nacimiento": "1985-08-12", "telefono": "+51962330175",
                     "correo": "jc.benavides.cc@gmail.com"}))

m(slug="duplicado-carne-solicitante-refugiados", box=R, rcv="2026-12-14 10:10:45",
  frm='Ana Karina Silva <ana.karina.silva@gmail.com>', subject="duplicado carné de solicitante",
  text="Hola, necesito el duplicado de mi carné de solicitante de refugio, ya tengo la denuncia policial. ¿Cómo hago?\nAna Karina Silva Useche, pasaporte 143 665 017\n",
  label=dict(procedure="carne_solicitante", outcome="suspendido", flags=["derivado"],
             fields={"nombres": "Ana Karina Silva Useche", "documento_identidad": "143665017",
                     "correo": "ana.karina.silva@gmail.com"}))

m(slug="renuncia-frances-firmada-congo", box=M, rcv="2026-12-14 15:00:09",
  frm='Patrick Mukendi <p.mukendi.k@gmail.com>', subject="Renuncia / Renonciation au statut de réfugié",
  text="""Madame, Monsieur,

Veuillez trouver ci-joint ma lettre de renonciation au statut de réfugié, signée électroniquement.

Cordialement,
Patrick Mukendi
""",
  atts=[("renonciation_mukendi.pdf", "signed", """Objet : Renonciation au statut de réfugié (Renuncia)

Madame, Monsieur les membres de la Commission,

Je soussigné, Patrick Mukendi Kabongo, de nationalité congolaise
(République démocratique du Congo), titulaire du passeport n° OP0451278
et du carné de extranjería n° 000842117, téléphone +51 947 205 661,
déclare renoncer à mon statut de réfugié au Pérou.

Motif : j'ai obtenu un visa de résident permanent au Canada dans le cadre
du regroupement familial et je quitte le Pérou en janvier.

Fait à Lima, le 14 décembre 2026

Patrick Mukendi Kabongo
""", "Patrick Mukendi Kabongo")],
  label=dict(procedure="renuncia", outcome="acuse", signature="valid",
             fields={"nombres": "Patrick Mukendi Kabongo", "nacionalidad": "CD",
                     "documento_identidad": "OP0451278", "carne_extranjeria": "000842117",
                     "telefono": "+51947205661",
                     "motivo": "j'ai obtenu un visa de résident permanent au Canada dans le cadre du regroupement familial",
                     "correo": "p.mukendi.k@gmail.com"}, refugee=True))

m(slug="actualizacion-hijo-sin-nacionalidad", box=S, rcv="2026-12-15 09:45:17",
  frm='Kevin Ortega <kevinortega.dev@gmail.com>', subject="Actualización de datos de mi mamá",
  text="""Buenos días,

escribo por mi madre, la señora Carmen Elisa Pacheco de Ortega, que es solicitante de refugio y no maneja correo. Ella tiene nuevo número de celular y quiere registrarlo.

Su pasaporte: 051 233 908
Celular nuevo de ella: 913 447 520

Pueden escribir a este correo (soy su hijo, Kevin Ortega Pacheco).

Gracias.
""",
  label=dict(procedure="actualizacion_datos", outcome="subsanar", missing=["nacionalidad"],
             fields={"nombres": "Carmen Elisa Pacheco de Ortega", "documento_identidad": "051233908",
                     "telefono": "+51913447520", "correo": "kevinortega.dev@gmail.com"}))

m(slug="urgente-reconsideracion-extemporanea", box=M, rcv="2026-12-15 13:05:33",
  frm='Franklin Mijares <franklin.mijares@gmail.com>', subject="URGENTE",
  text="""Señores,

presento RECURSO DE RECONSIDERACIÓN contra la resolución que me negó el refugio, la cual me fue notificada el 3 de noviembre de 2026. Sé que estoy algo fuera de fecha pero estuve hospitalizado (adjunto constancia). El recurso va firmado digitalmente en el PDF.

Franklin Mijares
""",
  atts=[("recurso_reconsideracion_FMijares.pdf", "signed", """RECURSO DE RECONSIDERACIÓN

Recurrente: Franklin Rafael Mijares Zambrano
Pasaporte N° 117420665
Teléfono: 947 660 318
Correo: franklin.mijares@gmail.com

Motivo de la reconsideración: aporto como nueva prueba el informe
de una organización de derechos humanos publicado en octubre sobre la
persecución a exmilitares disidentes, grupo al que pertenezco, y la copia
de la orden de detención emitida en mi contra.

Lima, 15 de diciembre de 2026
Franklin Rafael Mijares Zambrano
""", "Franklin Rafael Mijares Zambrano"),
        ("constancia_hospitalizacion.pdf", "textpdf", """CLÍNICA SAN GABRIEL S.A.C.
CONSTANCIA DE HOSPITALIZACIÓN

Se deja constancia que el paciente Franklin Rafael Mijares Zambrano
permaneció hospitalizado en este establecimiento por neumonía.

Médico tratante: Dr. Walter Gonzales Ríos, CMP 40112
""")],
  notif="2026-11-03",
  label=dict(procedure="reconsideracion", outcome="cargo", signature="valid", flags=["extemporaneo"],
             fields={"nombres": "Franklin Rafael Mijares Zambrano", "documento_identidad": "117420665",
                     "telefono": "+51947660318", "correo": "franklin.mijares@gmail.com",
                     "motivo": "aporto como nueva prueba el informe de una organización de derechos humanos publicado en octubre sobre la persecución a exmilitares disidentes"}))

m(slug="duplicado-ce-olvido-denuncia", box=R, rcv="2026-12-15 17:20:48",
  frm='Leidy Zambrano <leidy.zambrano.c@gmail.com>', subject="Duplicado de carne de extranjeria",
  text="""Buenas tardes, solicito duplicado de mi carné de extranjería. Adjunto la denuncia y copia de pasaporte.

Leidy Johana Zambrano Cuéllar
Femenino
Colombiana
Pasaporte AV384512
CE 002155873
F. nac.: 1994-11-05
Tel 915 227 048
""",
  atts=[("pasaporte.jpg", "jpg", """REPUBLICA DE COLOMBIA
PASAPORTE
ZAMBRANO CUELLAR
LEIDY JOHANA""")],
  label=dict(procedure="duplicado_carne_extranjeria", outcome="subsanar", missing=["denuncia_policial"],
             fields={"nombres": "Leidy Johana Zambrano Cuéllar", "sexo": "F", "nacionalidad": "CO",
                     "documento_identidad": "AV384512", "carne_extranjeria": "002155873",
                     "fecha_nacimiento": "1994-11-05", "telefono": "+51915227048",
                     "correo": "leidy.zambrano.c@gmail.com"}))

m(slug="boletin-lista-correo", box=M, rcv="2026-12-16 10:00:00",
  frm='"Boletín Red Migrante" <boletin@redmigrante.pe>',
  subject="Boletín de diciembre: talleres y actividades de fin de año",
  headers={"Precedence": "bulk", "List-Id": "Boletin Red Migrante <boletin.redmigrante.pe>",
           "List-Unsubscribe": "<mailto:baja@redmigrante.pe>"},
  html="""<html><body><h2>Boletín Red Migrante - Diciembre 2026</h2>
<p>Queridas y queridos integrantes de la red:</p>
<ul><li>Taller de emprendimiento: sábado 19 de diciembre, 10:00, local de San Miguel.</li>
<li>Chocolatada navideña para niñas y niños: domingo 20 de diciembre.</li>
<li>Feria de empleo inclusivo: 14 de enero de 2027.</li></ul>
<p>Para dejar de recibir este boletín, responda con la palabra BAJA.</p>
</body></html>
""",
  label=dict(procedure=None, outcome="ignorado", fields={}))

m(slug="viaje-ingles-firmado-mesa-derivado", box=M, rcv="2026-12-16 11:30:15",
  frm='Khaled Al Hamwi <k.alhamwi@gmail.com>', subject="Autorización de Viaje - Khaled Al Hamwi",
  text="""Dear Sir/Madam,

Please find attached my signed request for an urgent travel authorization. Summary:

Full name: Khaled Al Hamwi
Nationality: Syrian
Alien registration card (Carné de Extranjería): 000615 882
Phone: +51 940 118 364
Destination: Buenos Aires, Argentina
Departure: 2027-01-08
Return: 2027-01-20
Reason: my brother is undergoing emergency heart surgery in Buenos Aires and I am his only relative in South America.

Thank you for your help.
Khaled Al Hamwi
""",
  atts=[("travel_authorization_request_signed.pdf", "signed", """REQUEST FOR URGENT TRAVEL AUTHORIZATION
(Solicitud de Autorización de Viaje)

To the Executive Secretariat of the Special Commission for Refugees

Full name: Khaled Al Hamwi
Nationality: Syrian
Carné de Extranjería: 000615882
Phone: +51 940 118 364
Destination: Buenos Aires, Argentina
Departure date: 2027-01-08
Return date: 2027-01-20

Reason: my brother is undergoing emergency heart surgery in Buenos Aires
and I am his only relative in South America.

Lima, 16 December 2026
Khaled Al Hamwi
""", "Khaled Al Hamwi")],
  label=dict(procedure="autorizacion_viaje", outcome="acuse", signature="valid", flags=["derivado"],
             fields={"nombres": "Khaled Al Hamwi", "nacionalidad": "SY", "carne_extranjeria": "000615882",
                     "telefono": "+51940118364", "destino": "Buenos Aires, Argentina",
                     "fecha_salida": "2027-01-08", "fecha_retorno": "2027-01-20",
                     "motivo": "my brother is undergoing emergency heart surgery in Buenos Aires and I am his only relative in South America",
                     "correo": "k.alhamwi@gmail.com"}))

m(slug="rv-cambio-clave-correo-nuevo", box=S, rcv="2026-12-16 16:00:21",
  frm='Rosa Villegas <rosa.villegas.nuevo@gmail.com>', subject="RV: Cambio de clave y contraseña",
  text="""Reenvío mi solicitud porque ya no tengo acceso a mi correo anterior, por favor respóndanme a este correo nuevo.

________________________________
De: Rosa Villegas <rosavillegas1990@hotmail.com>
Enviado: lunes, 30 de noviembre de 2026 10:14
Para: solicitantesrefugio@rree.gob.pe
Asunto: Cambio de clave y contraseña

Buenos días, solicito cambio de clave. Mis datos:
Nombres y apellidos: Rosa Angélica Villegas Sequera
Pasaporte: 125 880 143
Teléfono: 963 552 801
Gracias
""",
  label=dict(procedure="cambio_clave", outcome="acuse",
             fields={"nombres": "Rosa Angélica Villegas Sequera", "documento_identidad": "125880143",
                     "telefono": "+51963552801", "correo": "rosa.villegas.nuevo@gmail.com"}))

m(slug="prorroga-html-alternativa", box=R, rcv="2026-12-17 08:20:59",
  frm='Gabriela Nunez <gabriela.nunez.pz@gmail.com>', subject="Prórroga de Residencia",
  text="""Buenos días, solicito la prórroga de mi residencia.

Dato | Información
Nombres y apellidos | Gabriela Núñez Pérez
Sexo | Femenino
Nacionalidad | Venezolana
Cédula | V-19.552.408
Carné de Extranjería | 001042736
Fecha de nacimiento | 29 de febrero de 1988
Teléfono | 925 006 184

Gracias, Gabriela
""",
  html="""<html><body><p>Buenos días, solicito la prórroga de mi residencia.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Dato</th><th>Información</th></tr>
<tr><td>Nombres y apellidos</td><td>Gabriela Núñez Pérez</td></tr>
<tr><td>Sexo</td><td>Femenino</td></tr>
<tr><td>Nacionalidad</td><td>Venezolana</td></tr>
<tr><td>Cédula</td><td>V-19.552.408</td></tr>
<tr><td>Carné de Extranjería</td><td>001042736</td></tr>
<tr><td>Fecha de nacimiento</td><td>29 de febrero de 1988</td></tr>
<tr><td>Teléfono</td><td>925 006 184</td></tr>
</table><p>Gracias, Gabriela</p></body></html>
""",
  label=dict(procedure="prorroga_residencia", outcome="acuse",
             fields={"nombres": "Gabriela Núñez Pérez", "sexo": "F", "nacionalidad": "VE",
                     "documento_identidad": "V19552408", "carne_extranjeria": "001042736",
                     "fecha_nacimiento": "1988-02-29", "telefono": "+51925006184",
                     "correo": "gabriela.nunez.pz@gmail.com"}))

m(slug="re-apelacion-escaneada-manuscrita", box=M, rcv="2026-12-17 12:00:40",
  frm='Deivis Mata <deivis.mata@gmail.com>', subject="Re: Recurso de apelacion",
  text="""Buenas tardes. Envío escaneado mi recurso de apelación firmado a mano contra la resolución notificada el 1 de diciembre de 2026.

Datos: Deivis Alberto Mata Guzmán - pasaporte 140 228 915 - teléfono 917 806 442 - deivis.mata@gmail.com

Motivo de la apelación: la Comisión dice que mi relato no es creíble pero nunca me entrevistaron en persona; pido que el superior revise las pruebas de persecución política que presenté.

Atte.

El mié, 16 dic 2026 a las 09:12, Mesa de Partes (<mesadepartes@rree.gob.pe>) escribió:
> Estimado usuario: su escrito no contiene un documento firmado.
> Sírvase remitir el recurso debidamente firmado.
""",
  atts=[("apelacion_firmada.pdf", "scanpdf", """Señor Presidente de la CEPR
Deivis Alberto Mata Guzmán, pasaporte 140228915
interpongo recurso de apelación contra la
resolución notificada el 1 de diciembre de 2026.
La Comisión no me entrevistó en persona.
Lima, 16 de diciembre de 2026""")],
  notif="2026-12-01",
  label=dict(procedure="apelacion", outcome="cargo", signature="manuscrita", flags=["verificar_firma"],
             fields={"nombres": "Deivis Alberto Mata Guzmán", "documento_identidad": "140228915",
                     "telefono": "+51917806442", "correo": "deivis.mata@gmail.com",
                     "motivo": "la Comisión dice que mi relato no es creíble pero nunca me entrevistaron en persona"}))

m(slug="refugio-kreyol-noche", box=S, rcv="2026-12-17 19:45:13",
  frm='Jean Ronald Baptiste <jronaldbaptiste@gmail.com>', subject="Solicitud de refugio",
  text="""Bonswa,

Mwen se ayisyen, mwen rive Lima semèn pase ak madanm mwen. Kijan pou m fè demann refij la? Mèsi.

Jean Ronald Baptiste
WhatsApp +51 936 118 227
""",
  label=dict(procedure="solicitud_refugio", outcome="portal",
             fields={"nombres": "Jean Ronald Baptiste", "nacionalidad": "HT", "telefono": "+51936118227",
                     "correo": "jronaldbaptiste@gmail.com"}))

m(slug="ayuda-cuanto-demoran", box=R, rcv="2026-12-18 09:15:08",
  frm='milagros <milagros.rivas.82@gmail.com>', subject="Ayuda",
  text="hola disculpe cuanto demoran en responder? mande mis papeles hace un mes y nada. mi número es 954 120 638\n",
  label=dict(procedure=None, outcome="triage",
             fields={"telefono": "+51954120638", "correo": "milagros.rivas.82@gmail.com"}))

m(slug="renuncia-pdf-texto-sin-firma", box=M, rcv="2026-12-18 16:10:37",
  frm='Luis Herrera <luis.f.herrera.m@gmail.com>', subject="Renuncia al trámite",
  text="Buenas tardes, adjunto carta de renuncia.\n\nLuis F. Herrera\n",
  atts=[("carta_renuncia_LHerrera.pdf", "textpdf", """CARTA DE RENUNCIA

Señores
Comisión Especial para los Refugiados

Yo, Luis Fernando Herrera Mendoza, con pasaporte N° 098 441 276,
teléfono 989 774 013, renuncio voluntariamente a mi trámite de
solicitud de refugio.

Motivo: he obtenido la Calidad Migratoria Especial Residente ante
Migraciones y ya no necesito continuar con el trámite.

Lima, 18 de diciembre de 2026

Luis Fernando Herrera Mendoza
""")],
  label=dict(procedure="renuncia", outcome="subsanar", signature="absent", missing=["firma", "nacionalidad"],
             fields={"nombres": "Luis Fernando Herrera Mendoza", "documento_identidad": "098441276",
                     "telefono": "+51989774013",
                     "motivo": "he obtenido la Calidad Migratoria Especial Residente ante Migraciones y ya no necesito continuar con el trámite",
                     "correo": "luis.f.herrera.m@gmail.com"}))

# ------------------------------------------------------------------ week 4
m(slug="reconsideracion-ong-firma-imagen-refugiados", box=R, rcv="2026-12-21 10:30:26",
  frm='"Asociación Manos Abiertas - Área Legal" <legal@manosabiertas.org.pe>',
  subject="Recurso de Reconsideración - Yoandry Pérez",
  text="""Señores CEPR:

En nombre de nuestro beneficiario, el Sr. Yoandry Pérez Lastre, remitimos su recurso de reconsideración firmado. Por favor dirijan las notificaciones a su correo personal indicado en el escrito.

Atentamente,

Lic. Roxana Villanueva Chávez
Asociación Manos Abiertas - Área Legal
Tel. (01) 330-4521
""",
  atts=[("reconsideracion_yperez.pdf", "textsigpdf", """RECURSO DE RECONSIDERACIÓN

Señores de la Comisión Especial para los Refugiados:

Yoandry Pérez Lastre, de nacionalidad cubana, carnet de identidad
N° 88121509463, teléfono 956 872 104, correo yoandry.perez.lastre@gmail.com,
ante ustedes me presento y digo:

Que habiendo sido notificado con fecha 14/12/2026 con la resolución que
declara infundada mi solicitud, interpongo recurso de reconsideración.

Motivo: presento como prueba nueva la citación policial emitida en La
Habana en noviembre, que demuestra que sigo siendo buscado por mi
actividad como periodista independiente.

Lima, 19 de diciembre de 2026
""")],
  notif="2026-12-14",
  label=dict(procedure="reconsideracion", outcome="cargo", signature="manuscrita",
             flags=["derivado", "verificar_firma"],
             fields={"nombres": "Yoandry Pérez Lastre", "nacionalidad": "CU",
                     "documento_identidad": "88121509463", "telefono": "+51956872104",
                     "correo": "yoandry.perez.lastre@gmail.com",
                     "motivo": "presento como prueba nueva la citación policial emitida en La Habana en noviembre"}))

m(slug="actualizacion-portugues-angola", box=S, rcv="2026-12-21 14:00:44",
  cc="refugiados@rree.gob.pe",
  frm='Teresa Ngola <teresa.mbala.ngola@gmail.com>', subject="Actualización de datos / Atualização de dados",
  text="""Boa tarde,

Venho solicitar a atualização dos meus dados de contato:

Nome completo: Teresa Mbala Ngola
Nacionalidade: angolana
Passaporte: N1987345
Novo telefone: +51 921 640 553
Novo e-mail: teresa.ngola@outlook.com

Sou solicitante de refúgio.

Atenciosamente,
Teresa
""",
  label=dict(procedure="actualizacion_datos", outcome="acuse",
             fields={"nombres": "Teresa Mbala Ngola", "nacionalidad": "AO", "documento_identidad": "N1987345",
                     "telefono": "+51921640553", "correo": "teresa.ngola@outlook.com"}))

m(slug="duplicado-ce-fundacion-carta", box=R, rcv="2026-12-22 09:00:31",
  to='"Unidad de Refugiados" <refugiados@rree.gob.pe>', cc="solicitantesrefugio@rree.gob.pe, Lucía Barrenechea <lbarrenechea@fundacionpuentes.org>",
  frm='"Fundación Puentes" <atencion@fundacionpuentes.org>',
  subject="Duplicado de Carné de Extranjería - Sr. Daniel Ferrer",
  text="""Lima, 22 de diciembre de 2026

Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

Por la presente, la Fundación Puentes, representada por su coordinadora Lucía Barrenechea (DNI 41225678), solicita en favor del Sr. Daniel Ferrer Colmenárez, refugiado reconocido, el duplicado de su carné de extranjería. Sus datos:

Sexo: masculino
Nacionalidad: venezolana
Cédula de identidad: V-15.667.209
Carné de extranjería N°: 000903118
Fecha de nacimiento: 07/01/1981
Teléfono del Sr. Ferrer: 974 225 610

Se adjunta la constancia emitida por la PNP.

Atentamente,

Lucía Barrenechea
Coordinadora - Fundación Puentes
""",
  atts=[("constancia_PNP.pdf", "textpdf", """POLICÍA NACIONAL DEL PERÚ
COMISARÍA PNP LA VICTORIA

CONSTANCIA DE DENUNCIA POLICIAL

Se deja constancia que el ciudadano Daniel Ferrer Colmenárez registró
denuncia por pérdida de su carné de extranjería.

La Victoria, 18 de diciembre de 2026
""")],
  label=dict(procedure="duplicado_carne_extranjeria", outcome="acuse",
             fields={"nombres": "Daniel Ferrer Colmenárez", "sexo": "M", "nacionalidad": "VE",
                     "documento_identidad": "V15667209", "carne_extranjeria": "000903118",
                     "fecha_nacimiento": "1981-01-07", "telefono": "+51974225610",
                     "correo": "atencion@fundacionpuentes.org"}))

m(slug="permiso-viaje-foto-sin-ce", box=R, rcv="2026-12-22 18:00:04",
  frm='Carlos Linares <carlos.e.linares@gmail.com>', subject="permiso de viaje urgente",
  text="""Buenas noches, soy refugiado y necesito viajar urgente.

Nombre: Carlos Eduardo Linares Piña
Teléfono: +51 987 006 543
Destino: Cúcuta, Colombia
Salida: 27/12/26   Retorno: 10/01/27
Motivo: mi padre tuvo un ACV y está en cuidados intensivos en Cúcuta.

Adjunto la solicitud firmada (foto).
""",
  atts=[("solicitud_firmada.jpg", "jpg", """Señores CEPR
Solicito permiso de viaje a Cucuta
del 27/12/26 al 10/01/27
Carlos Eduardo Linares Piña""")],
  label=dict(procedure="autorizacion_viaje", outcome="subsanar", signature="manuscrita",
             flags=["verificar_firma"], missing=["carne_extranjeria"],
             fields={"nombres": "Carlos Eduardo Linares Piña", "telefono": "+51987006543",
                     "destino": "Cúcuta, Colombia", "fecha_salida": "2026-12-27", "fecha_retorno": "2027-01-10",
                     "motivo": "mi padre tuvo un ACV y está en cuidados intensivos en Cúcuta",
                     "correo": "carlos.e.linares@gmail.com"}))

m(slug="autorespuesta-x-autoreply", box=S, rcv="2026-12-23 11:11:11",
  frm='Francisco Javier Rondon <franciscojavier.rm@gmail.com>', subject="Re: Cambio de clave y contraseña",
  headers={"X-Autoreply": "yes"},
  text="Este es un mensaje automático. He recibido su correo y le responderé a la brevedad.\n",
  label=dict(procedure="cambio_clave", outcome="ignorado", fields={}))

m(slug="duplicado-ce-prosa-nochebuena", box=R, rcv="2026-12-24 10:20:50",
  frm='Fernanda Acosta <fernanda.r.acosta@hotmail.com>',
  subject="Duplicado de carné de extranjería - Fernanda Acosta",
  text="Buen día señores. Por medio de la presente yo Fernanda Rocío Acosta Blanco, mujer, de nacionalidad ecuatoriana, portadora de la cédula 0926318745 y del carné de extranjería 002340091, nacida el 9 de noviembre de 1990, solicito el duplicado de mi carné de extranjería. Adjunto la denuncia que hice en la comisaría de San Martín de Porres. Mi número es el +51 952 884 016. Muchas gracias, que tengan felices fiestas.\n",
  atts=[("DENUNCIA PNP SMP.pdf", "scanpdf", """COMISARIA PNP SAN MARTIN DE PORRES
Denuncia por perdida de documentos
Denunciante: Fernanda Rocio Acosta Blanco""")],
  label=dict(procedure="duplicado_carne_extranjeria", outcome="acuse",
             fields={"nombres": "Fernanda Rocío Acosta Blanco", "sexo": "F", "nacionalidad": "EC",
                     "documento_identidad": "0926318745", "carne_extranjeria": "002340091",
                     "fecha_nacimiento": "1990-11-09", "telefono": "+51952884016",
                     "correo": "fernanda.r.acosta@hotmail.com"}))

m(slug="prorroga-hija-por-padre-sabado", box=R, rcv="2026-12-26 12:00:18",
  frm='Daniela Quiroz <daniela.quiroz.l@gmail.com>', subject="prorroga residencia papá",
  text="""Hola, buenas tardes.

Les escribo por mi papá, Ernesto Quiroz Landaeta, que es refugiado reconocido y necesita la prórroga anual de su residencia. Él tiene 71 años y no usa correo. Sus datos: sexo masculino, venezolano, nacido el 14 de junio de 1955, cédula 4.118.907, carné de extranjería 000418552. El teléfono de contacto es el de la casa: (01) 462-1187.

Yo soy Daniela Quiroz, su hija; pueden responder a este correo.
""",
  label=dict(procedure="prorroga_residencia", outcome="acuse",
             fields={"nombres": "Ernesto Quiroz Landaeta", "sexo": "M", "nacionalidad": "VE",
                     "documento_identidad": "4118907", "carne_extranjeria": "000418552",
                     "fecha_nacimiento": "1955-06-14", "telefono": "+5114621187",
                     "correo": "daniela.quiroz.l@gmail.com"}))

m(slug="apelacion-solo-pdf-extemporanea", box=M, rcv="2026-12-28 09:30:02",
  frm='Yeferson Rojas <yeferson.a.rojas@gmail.com>', subject="Recurso de Apelación",
  text="Envío adjunto.\n",
  atts=[("RECURSO_APELACION_YROJAS.pdf", "signed", """RECURSO DE APELACIÓN

Recurrente: Yeferson Andrés Rojas Quintana
Documento de identidad: C.C. 1.098.765.432
Teléfono / WhatsApp: +57 312 456 7890
Correo: yeferson.a.rojas@gmail.com

Resolución impugnada: Resolución N° 1122-2026-CEPR, notificada el 27/11/26.

Motivo: la resolución aplica mal la definición ampliada de refugiado de la
Declaración de Cartagena; el desplazamiento forzado que sufrió mi familia en
el Catatumbo está documentado por la Defensoría del Pueblo de Colombia.

Lima, 28 de diciembre de 2026
Yeferson Andrés Rojas Quintana
""", "Yeferson Andres Rojas Quintana")],
  notif="2026-11-27",
  label=dict(procedure="apelacion", outcome="cargo", signature="valid", flags=["extemporaneo"],
             fields={"nombres": "Yeferson Andrés Rojas Quintana", "documento_identidad": "1098765432",
                     "telefono": "+573124567890", "correo": "yeferson.a.rojas@gmail.com",
                     "motivo": "la resolución aplica mal la definición ampliada de refugiado de la Declaración de Cartagena"}))

m(slug="entrevista-esposa-escribe", box=S, rcv="2026-12-29 15:40:27",
  frm='Wendy Toro <wendy.toro.g@gmail.com>', subject="Entrevista de registro - cita",
  text="""Buenas tardes,

mi esposo Richard Alfonso Toro Gil (pasaporte 133 902 776) registró su solicitud en línea en octubre y todavía no le llega la fecha de la entrevista de registro. ¿Pueden verificar si su correo está bien registrado? Él usa richardtoro.gil@gmail.com.

Gracias,
Wendy
""",
  label=dict(procedure="entrevista_registro", outcome="portal",
             fields={"nombres": "Richard Alfonso Toro Gil", "documento_identidad": "133902776",
                     "correo": "richardtoro.gil@gmail.com"}))

m(slug="duplicado-carnet-ambiguo-triage", box=S, rcv="2026-12-30 07:55:43",
  frm='jose gregorio <jose.gregorio.l@gmail.com>', subject="duplicado de carnet",
  text="Buen día, ¿qué tengo que hacer para sacar el duplicado del carnet? José Gregorio Lozada\n",
  label=dict(procedure=None, outcome="triage",
             fields={"nombres": "José Gregorio Lozada", "correo": "jose.gregorio.l@gmail.com"}))

m(slug="trabajo-renovar-refugiados", box=R, rcv="2026-12-30 10:00:09",
  frm='Ysabel Marcano <ysabel.marcano@gmail.com>', subject="Autorizacion de trabajo",
  text="Buenos días, necesito renovar mi autorización de trabajo virtual, ¿me la pueden enviar por aquí? Ysabel Marcano, cédula V-21.336.095, cel 930 214 887\n",
  label=dict(procedure="autorizacion_trabajo", outcome="portal",
             fields={"nombres": "Ysabel Marcano", "documento_identidad": "V21336095", "telefono": "+51930214887",
                     "correo": "ysabel.marcano@gmail.com"}))

m(slug="reconsideracion-foto-sin-motivo-tardia", box=M, rcv="2026-12-31 09:00:16",
  frm='Orlando Perdomo <orlandoperdomo65@gmail.com>', subject="reconsideración",
  text="""Buenos días. Adjunto foto de mi recurso de reconsideración firmado. La resolución me la notificaron el 02/12/2026.

Orlando José Perdomo Lira
Cédula V-10.552.873
Tlf 941-337-265
""",
  atts=[("IMG_20261230_214455.jpg", "jpg", """Señores CEPR
Orlando José Perdomo Lira
V-10.552.873
Pido reconsideración de mi caso.""")],
  notif="2026-12-02",
  label=dict(procedure="reconsideracion", outcome="subsanar", signature="manuscrita",
             flags=["verificar_firma", "extemporaneo"], missing=["motivo"],
             fields={"nombres": "Orlando José Perdomo Lira", "documento_identidad": "V10552873",
                     "telefono": "+51941337265", "correo": "orlandoperdomo65@gmail.com"}))

m(slug="cambio-clave-fin-de-anio-sin-telefono", box=S, rcv="2026-12-31 23:50:05", rcv_utc=True,
  frm='Alexis Q <a.quintero.ve@gmail.com>', subject="Cambio de Clave y Contraseña",
  text="""Feliz año! Necesito nueva contraseña para el sistema de refugiados.

Alexis Quintero Rivas
pasaporte 149 117 308
alexisquintero.r@yahoo.com (este es mi correo registrado en el sistema)
""",
  label=dict(procedure="cambio_clave", outcome="subsanar", missing=["telefono"],
             fields={"nombres": "Alexis Quintero Rivas", "documento_identidad": "149117308",
                     "correo": "alexisquintero.r@yahoo.com"}))
