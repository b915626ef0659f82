# -*- coding: utf-8 -*-
# Message specs for round61 (exec'd by build.py). Fields are the labels, written by hand.

# ---------------- actualizacion_datos
msg("001-actualizacion-datos-venezolana.eml", S, "2026-11-30 09:12", "Yorlenis Bracho <yorlenis.b@gmail.com>",
    "Actualización de datos",
    """Buenos días, solicito la actualización de mis datos de contacto.

Nombres y apellidos: Yorlenis Carolina Bracho Urdaneta
Nacionalidad: venezolana
Cédula: V-19.874.332
Teléfono: 987 112 340
Nueva dirección: Av. Los Próceres 455, San Juan de Lurigancho

Gracias de antemano.""",
    "actualizacion_datos", {"nombres": "Yorlenis Carolina Bracho Urdaneta", "nacionalidad": "VE",
    "documento_identidad": "V19874332", "telefono": "+51987112340", "correo": "yorlenis.b@gmail.com"})

msg("002-actualizacion-refugiado-sin-carne.eml", S, "2026-12-01 18:40", "hernan.quintero77@hotmail.com",
    "actualizacion de datos - refugiado reconocido",
    """Señores CEPR

les escribo porque cambie de numero, soy refugiado reconocido desde el 2023. Me llamo Hernán Darío Quintero Ospina, colombiano, c.c. 1.098.765.432 y mi número nuevo es el +57 311 456 7890 (tiene whatsapp).

Enviado desde mi Huawei""",
    "actualizacion_datos", {"nombres": "Hernán Darío Quintero Ospina", "nacionalidad": "CO",
    "documento_identidad": "1098765432", "telefono": "+573114567890", "correo": "hernan.quintero77@hotmail.com"},
    refugee=True)

msg("003-actualizacion-cubana-buzon-refugiados.eml", R, "2026-12-02 10:05", "Dayami Ferrer <dayamiferrer.cu@yahoo.com>",
    "Actualizacion de datos",
    """Buenos dias,

Por este medio actualizo mi telefono y correo.
- Nombre completo - Dayami Ferrer Castellanos
- Nacionalidad - cubana
- Carnet de identidad - 86041209876
- Carné de extranjería - 001483920
- Teléfono - 955 301 876
- Correo - dayamiferrer.cu@yahoo.com

Saludos cordiales""",
    "actualizacion_datos", {"nombres": "Dayami Ferrer Castellanos", "nacionalidad": "CU", "documento_identidad": "86041209876",
    "carne_extranjeria": "001483920", "telefono": "+51955301876", "correo": "dayamiferrer.cu@yahoo.com"})

msg("004-actualizacion-html-haitiano-sin-telefono.eml", S, "2026-12-05 11:20", "Jean Robert Pierre <jrpierre509@gmail.com>",
    "ACTUALIZACION DE DATOS",
    """<html><body><p>Bonjour / Buenos días,</p><p>Quiero actualizar mi dirección:</p>
<table border="1"><tr><td>Nombres y Apellidos</td><td>Jean Robert Pierre</td></tr>
<tr><td>Nacionalidad</td><td>Haitiana</td></tr>
<tr><td>Pasaporte</td><td>RD4471025</td></tr>
<tr><td>Dirección nueva</td><td>Jr. Huallaga 812, Cercado de Lima</td></tr></table>
<p>Merci beaucoup</p></body></html>""",
    "actualizacion_datos", {"nombres": "Jean Robert Pierre", "nacionalidad": "HT", "documento_identidad": "RD4471025",
    "correo": "jrpierre509@gmail.com"}, html=True)

# ---------------- cambio_clave
msg("005-cambio-clave-venezolano-correo-propio.eml", S, "2026-11-30 15:02", "Rafael Gutiérrez <rgutierrez@distribuidoralima.com.pe>",
    "Cambio de clave y contraseña",
    """Buenas tardes, escribo desde el correo del trabajo. Olvidé mi contraseña del Sistema de Refugiados y no me llega el enlace.

Rafael Antonio Gutiérrez Salcedo
Pasaporte 145678923
Teléfono +58 414-555 2310
Mi correo personal: rafa.gutierrez.s@gmail.com

Atte.""",
    "cambio_clave", {"nombres": "Rafael Antonio Gutiérrez Salcedo", "documento_identidad": "145678923",
    "telefono": "+584145552310", "correo": "rafa.gutierrez.s@gmail.com"})

msg("006-cambio-contrasena-sin-documento.eml", S, "2026-12-02 21:15", "luzmarina.torres@gmail.com",
    "cambio de contraseña",
    """hola buenas noches no puedo entrar al sistema me dice clave incorrecta, necesito el cambio de contraseña por favor
soy Luz Marina Torres Cárdenas, mi cel 940 223 118
gracias

Enviado desde mi iPhone""",
    "cambio_clave", {"nombres": "Luz Marina Torres Cárdenas", "telefono": "+51940223118", "correo": "luzmarina.torres@gmail.com"})

msg("007-cambio-clave-cubano-mesadepartes.eml", M, "2026-12-03 08:47", "Yoandy Rodríguez <yoandy.rguez@nauta.cu>",
    "Cambio de Clave",
    """Estimados:
Mi nombre es Yoandy Rodríguez Peña, de nacionalidad cubana, carnet de identidad 91110312345. Solicito cambio de clave y contraseña porque perdí acceso a mi correo anterior.
Contacto: 9 8765 4321 / correo yoandy.rguez@nauta.cu
Gracias""",
    "cambio_clave", {"nombres": "Yoandy Rodríguez Peña", "nacionalidad": "CU", "documento_identidad": "91110312345",
    "telefono": "+51987654321", "correo": "yoandy.rguez@nauta.cu"})

msg("008-ayuda-cambio-clave-haitiana-domingo.eml", S, "2026-12-06 19:33", "Marie Lourdes Joseph <mljoseph.ht@outlook.com>",
    "Ayuda",
    """Bonsoir señor,
mwen pa ka antre. No puedo entrar al sistema de refugiados, necesito el cambio de clave y contraseña.
Nom: Marie Lourdes Joseph
Passeport: HT0987345
Tel: +51 912 004 567
email: mljoseph.ht@outlook.com
Mèsi""",
    "cambio_clave", {"nombres": "Marie Lourdes Joseph", "documento_identidad": "HT0987345", "telefono": "+51912004567",
    "correo": "mljoseph.ht@outlook.com"})

# ---------------- reconsideracion
REC1 = """RECURSO DE RECONSIDERACIÓN

Señores de la Comisión Especial para los Refugiados:

Yo, Andreína Josefina Salas Mendoza, de nacionalidad venezolana, con cédula de identidad V-21.456.987,
interpongo recurso de reconsideración contra la resolución que deniega mi solicitud de refugio,
notificada el 20 de noviembre de 2026.

Motivo: presento nueva prueba, la denuncia ante la Fiscalía de Maracaibo por las amenazas recibidas
por mi actividad sindical, que no pude presentar antes.

Teléfono: 951 874 302
Correo: andreina.salasm@gmail.com

Lima, 1 de diciembre de 2026
Atentamente,
Andreína Josefina Salas Mendoza"""
msg("009-reconsideracion-pdf-firmado-a-tiempo.eml", M, "2026-12-02 11:04", "Andreina Salas <andreina.salasm@gmail.com>",
    "Recurso de Reconsideración",
    "Buenos días, adjunto mi recurso de reconsideración firmado digitalmente.\nSaludos.",
    "reconsideracion", {"nombres": "Andreína Josefina Salas Mendoza", "nacionalidad": "VE", "documento_identidad": "V21456987",
    "telefono": "+51951874302", "correo": "andreina.salasm@gmail.com", "motivo": "presento nueva prueba, la denuncia ante la Fiscalía de Maracaibo"},
    att=[A("signed", "reconsideracion_salas.pdf", REC1)], notified="2026-11-20")

REC2 = """Lima, 2 de diciembre de 2026
Señores CEPR - Recurso de Reconsideración
Yo, Jhon Fredy Castaño Restrepo, C.C. 71.234.567, colombiano, me dirijo a ustedes para
presentar recurso de reconsideración contra la resolución notificada con fecha 15/10/2026.
Motivo: no se valoró que soy desplazado por grupos armados en el Cauca y tengo amenazas vigentes.
Teléfono: 973 450 221   Correo: jhonfcastano@gmail.com
Atentamente,
Jhon Fredy Castaño Restrepo"""
msg("010-reconsideracion-extemporanea.eml", M, "2026-12-03 16:10", "jhonfcastano@gmail.com",
    "RECURSO DE RECONSIDERACION - Castaño",
    "Buenas tardes, envío adjunto recurso. Sé que me pasé de la fecha pero estuve hospitalizado.\nJhon Fredy",
    "reconsideracion", {"nombres": "Jhon Fredy Castaño Restrepo", "nacionalidad": "CO", "documento_identidad": "71234567",
    "telefono": "+51973450221", "correo": "jhonfcastano@gmail.com", "motivo": "no se valoró que soy desplazado"},
    att=[A("signed", "recurso_castano.pdf", REC2)], notified="2026-10-15")

msg("011-reconsideracion-sin-firma-cubana.eml", M, "2026-12-04 09:30", "Mailén Ortiz <mailen.ortiz92@gmail.com>",
    "Reconsideracion",
    """Señores,
Mediante el presente interpongo recurso de reconsideración contra la denegatoria de mi solicitud de refugio.
Motivo: en Cuba fui detenida dos veces por participar en las protestas del 11J y la resolución no lo considera.
Nombres: Mailén Ortiz Fonseca
Carnet de identidad: 92021408877
Teléfono: 926 118 440
Correo: mailen.ortiz92@gmail.com
Gracias.""",
    "reconsideracion", {"nombres": "Mailén Ortiz Fonseca", "documento_identidad": "92021408877", "telefono": "+51926118440",
    "correo": "mailen.ortiz92@gmail.com", "motivo": "en Cuba fui detenida dos veces"})

msg("012-reconsideracion-foto-jpg-fuera-horario.eml", M, "2026-12-10 17:05", "Wilner Desrosiers <wdesrosiers@gmail.com>",
    "recurso de reconsideracion",
    """Buenas tardes, mando foto de mi carta firmada a mano.
Mis datos:
Wilner Desrosiers
Pasaporte haitiano PP2298451
Celular 962 550 913
correo wdesrosiers@gmail.com
Motivo: la entrevista se hizo sin intérprete de creole y no entendí las preguntas.""",
    "reconsideracion", {"nombres": "Wilner Desrosiers", "nacionalidad": "HT", "documento_identidad": "PP2298451", "telefono": "+51962550913",
    "correo": "wdesrosiers@gmail.com", "motivo": "la entrevista se hizo sin intérprete de creole"},
    att=[A("jpg", "carta_reconsideracion.jpg", "Recurso de reconsideracion\nWilner Desrosiers\n(firma)")])

# ---------------- apelacion
APE1 = """RECURSO DE APELACIÓN
Nombres y apellidos: Carlos Eduardo Mujica Rivas
Documento: pasaporte venezolano 118204563
Teléfono: +51 994 710 225
Correo: cemujica.rivas@gmail.com
La resolución que confirma la denegatoria me fue notificada con fecha 27/11/2026.
Motivo de la apelación: la Comisión no analizó el informe médico que prueba las torturas sufridas
durante mi detención en el SEBIN en 2019.
Lima, 30 de noviembre de 2026
Atentamente,
Carlos Eduardo Mujica Rivas"""
msg("013-apelacion-html-pdf-firmado.eml", M, "2026-11-30 12:40", "Carlos Mujica <cemujica.rivas@gmail.com>",
    "Recurso de Apelación",
    "<html><body><p>Estimados señores,</p><p>Adjunto mi <b>recurso de apelación</b> firmado digitalmente, con todos mis datos.</p><p>Cordialmente,<br>Carlos Mujica</p></body></html>",
    "apelacion", {"nombres": "Carlos Eduardo Mujica Rivas", "nacionalidad": "VE", "documento_identidad": "118204563", "telefono": "+51994710225",
    "correo": "cemujica.rivas@gmail.com", "motivo": "la Comisión no analizó el informe médico"},
    att=[A("signed", "apelacion_mujica.pdf", APE1)], html=True, notified="2026-11-27")

APE2 = """Señores Comisión Especial para los Refugiados
Asunto: Recurso de Apelación
Yo, Diana Marcela Ríos Quiceno, identificada con C.C. 1.032.445.118, presento recurso de apelación.
Motivo: mi caso es de violencia basada en género y la resolución no aplicó el enfoque de género.
Celular: 3204451902 (Colombia, +57) / Correo: dianarios.q@hotmail.com
Atentamente,
Diana Marcela Ríos Quiceno"""
msg("014-apelacion-pdf-alterado.eml", M, "2026-12-01 10:18", "Diana Ríos <dianarios.q@hotmail.com>",
    "Apelacion",
    "Buen dia adjunto apelacion firmada, gracias",
    "apelacion", {"nombres": "Diana Marcela Ríos Quiceno", "documento_identidad": "1032445118", "telefono": "+573204451902",
    "correo": "dianarios.q@hotmail.com", "motivo": "la resolución no aplicó el enfoque de género"},
    att=[A("altered", "apelacion_rios.pdf", APE2)])

msg("015-apelacion-escaneada-extemporanea.eml", M, "2026-12-01 14:55", "Osmany Pérez <osmanyperez1988@gmail.com>",
    "RV: recurso de apelacion",
    """Buenas, les reenvío mi apelación escaneada con mi firma.

Osmany Pérez Villavicencio, cubano, pasaporte K456123, tel 981 337 562, osmanyperez1988@gmail.com.
Me notificaron la resolución el 2 de noviembre de 2026.
Motivo: en Cuba me persiguen por ser opositor, y la Comisión no creyó mi testimonio.

---------- Mensaje reenviado ---------
De: Osmany Pérez <osmanyperez1988@gmail.com>
Fecha: 1 dic 2026, 14:40
Asunto: recurso de apelacion
Para: Osmany Pérez <osmanyperez1988@gmail.com>
""",
    "apelacion", {"nombres": "Osmany Pérez Villavicencio", "nacionalidad": "CU", "documento_identidad": "K456123", "telefono": "+51981337562",
    "correo": "osmanyperez1988@gmail.com", "motivo": "en Cuba me persiguen por ser opositor"},
    att=[A("scanpdf", "apelacion_escaneada.pdf", "RECURSO DE APELACION\nOsmany Perez Villavicencio\nfirma")], notified="2026-11-02")

APE4 = """RECURSO DE APELACIÓN
Nom et prénom / Nombres: Guerline Saint-Fleur
Pasaporte: RG1120987
Teléfono: 901 442 876
Correo: guerline.sf@yahoo.fr
Motivo: la situación de inseguridad en Puerto Príncipe por las pandillas no fue evaluada.
Atentamente,
Guerline Saint-Fleur"""
msg("016-apelacion-buzon-solicitantes.eml", S, "2026-12-03 09:12", "Guerline Saint-Fleur <guerline.sf@yahoo.fr>",
    "Recurso de apelacion",
    "Buenos días, envío mi recurso de apelación firmado.",
    "apelacion", {"nombres": "Guerline Saint-Fleur", "documento_identidad": "RG1120987", "telefono": "+51901442876",
    "correo": "guerline.sf@yahoo.fr", "motivo": "la situación de inseguridad en Puerto Príncipe"},
    att=[A("signed", "apelacion_saintfleur.pdf", APE4)])

APE5 = """Recurso de Apelación
Yo, Kelvin José Arteaga Zambrano, venezolano, C.I. V-24.887.110, apelo la resolución de la Comisión.
Motivo: soy perseguido por colectivos armados en Barquisimeto y aporto nuevos testigos.
Correo: kelvinarteaga@gmail.com
Atentamente,
Kelvin José Arteaga Zambrano"""
msg("017-apelacion-sin-telefono-sabado.eml", M, "2026-12-12 10:22", "Kelvin Arteaga <kelvinarteaga@gmail.com>",
    "recurso de apelación - Arteaga",
    "Adjunto apelación firmada digitalmente. Saludos",
    "apelacion", {"nombres": "Kelvin José Arteaga Zambrano", "nacionalidad": "VE", "documento_identidad": "V24887110",
    "correo": "kelvinarteaga@gmail.com", "motivo": "soy perseguido por colectivos armados"},
    att=[A("signed", "apelacion.pdf", APE5)])

APE6 = """RECURSO DE APELACION
Nombre: Nelson Enrique Barrios Peñaloza  -  C.C. 80.765.432  -  Tel. 987 001 334
Correo electronico: nbarriosp@gmail.com
La resolucion me fue notificada el 19 de noviembre de 2026.
Motivo: la Comision aplico mal la definicion ampliada de Cartagena a mi caso.
Atentamente,
Nelson Enrique Barrios Peñaloza"""
msg("018-apelacion-fwd-a-tiempo.eml", M, "2026-12-11 16:20", "Nelson Barrios <nbarriosp@gmail.com>",
    "Fwd: Recurso de Apelación",
    "Reenvío la apelación firmada, creo que hoy vence mi plazo.\nNelson Barrios",
    "apelacion", {"nombres": "Nelson Enrique Barrios Peñaloza", "documento_identidad": "80765432", "telefono": "+51987001334",
    "correo": "nbarriosp@gmail.com", "motivo": "la Comision aplico mal la definicion ampliada"},
    att=[A("signed", "apelacion_barrios.pdf", APE6)], notified="2026-11-19")

# ---------------- renuncia
REN1 = """RENUNCIA AL TRÁMITE DE SOLICITUD DE REFUGIO
Yo, Génesis Andrea Colmenares Pinto, de nacionalidad venezolana, cédula V-27.001.559,
teléfono 936 220 781, manifiesto mi decisión de renunciar a mi solicitud de refugio.
Motivo: he obtenido el Permiso Temporal de Permanencia y deseo seguir por la vía migratoria.
Atentamente,
Génesis Andrea Colmenares Pinto"""
msg("019-renuncia-firmada-venezolana.eml", M, "2026-11-30 10:45", "Genesis Colmenares <genesis.colmenares@gmail.com>",
    "Renuncia",
    "Buenos días adjunto mi carta de renuncia firmada digitalmente.",
    "renuncia", {"nombres": "Génesis Andrea Colmenares Pinto", "nacionalidad": "VE", "documento_identidad": "V27001559",
    "telefono": "+51936220781", "correo": "genesis.colmenares@gmail.com", "motivo": "he obtenido el Permiso Temporal de Permanencia"},
    att=[A("signed", "renuncia_colmenares.pdf", REN1)])

msg("020-renuncia-refugiada-sin-carne-foto.eml", M, "2026-12-02 17:40", "Sandra Milena Úsuga <sandrausuga@gmail.com>",
    "renuncia a la condicion de refugiada",
    """Buenas tardes,
Soy refugiada reconocida y quiero renunciar a la condición de refugiada porque voy a regresar a Colombia con mi familia.
Sandra Milena Úsuga Berrío
Nacionalidad colombiana
CC 43.887.201
Cel: +51 945 663 190
Adjunto foto de la carta firmada.""",
    "renuncia", {"nombres": "Sandra Milena Úsuga Berrío", "nacionalidad": "CO", "documento_identidad": "43887201",
    "telefono": "+51945663190", "correo": "sandrausuga@gmail.com", "motivo": "voy a regresar a Colombia con mi familia"},
    att=[A("png", "carta_renuncia.png", "Renuncia\nSandra Milena Usuga Berrio\n(firma)")], refugee=True)

REN3 = """Señores Comisión Especial para los Refugiados
Renuncia a la condición de refugiado
Nombres y Apellidos: Reinier Castillo Betancourt
Nacionalidad: Cuba
Pasaporte: L987654
Carné de Extranjería N° 000972315
Teléfono: 01 4256789
Motivo: me han otorgado la residencia en España y me mudo a Madrid.
Atentamente,
Reinier Castillo Betancourt"""
msg("021-renuncia-cubano-buzon-refugiados.eml", R, "2026-12-04 12:00", "Reinier Castillo <reiniercb@gmail.com>",
    "RENUNCIA",
    "Envío renuncia firmada. Gracias por todo.",
    "renuncia", {"nombres": "Reinier Castillo Betancourt", "nacionalidad": "CU", "documento_identidad": "L987654",
    "carne_extranjeria": "000972315", "telefono": "+5114256789", "correo": "reiniercb@gmail.com", "motivo": "me han otorgado la residencia en España"},
    att=[A("signed", "renuncia.pdf", REN3)])

# ---------------- prorroga_residencia
msg("022-prorroga-residencia-completa.eml", R, "2026-11-30 11:30", "Milagros Villegas <mila.villegas@gmail.com>",
    "Prórroga de residencia",
    """Buenos días, solicito la prórroga anual de mi residencia como refugiada.
Nombres y Apellidos: Milagros del Valle Villegas Rojas
Sexo: femenino
Nacionalidad: venezolana
Cédula: V-16.223.874
Carné de extranjería: 001205567
Fecha de nacimiento: 15/03/90
Teléfono: 988 456 120
Muchas gracias""",
    "prorroga_residencia", {"nombres": "Milagros del Valle Villegas Rojas", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "V16223874",
    "carne_extranjeria": "001205567", "fecha_nacimiento": "1990-03-15", "telefono": "+51988456120", "correo": "mila.villegas@gmail.com"})

msg("023-renovacion-residencia-por-su-madre.eml", R, "2026-12-01 09:05", "Luis Felipe Arango <lfarango.dev@gmail.com>",
    "renovacion de residencia",
    """Buenos días, escribo por mi mamá que no maneja el correo. Mi nombre es Luis Felipe Arango, yo soy su hijo.
Ella es Rosa Elvira Mejía de Arango, colombiana, mujer, C.C. 41.556.902, carné de extranjería 000884120, su celular es 9 7123 4567.
Necesita la renovación de residencia de este año.
Gracias""",
    "prorroga_residencia", {"nombres": "Rosa Elvira Mejía de Arango", "sexo": "F", "nacionalidad": "CO", "documento_identidad": "41556902",
    "carne_extranjeria": "000884120", "telefono": "+51971234567", "correo": "lfarango.dev@gmail.com"})

msg("024-prorroga-haitiano-buzon-solicitantes.eml", S, "2026-12-04 16:45", "Fritzner Alexis <fritzalexis@gmail.com>",
    "prorroga de recidencia",
    """Señores buenas tardes
yo Fritzner Alexis, haitiano, sexo masculino, nacido el 3 de julio de 1985, pasaporte RH3345120, carne de extranjeria 001377654, telefono 924 118 302.
solicito prorroga de residencia por favor""",
    "prorroga_residencia", {"nombres": "Fritzner Alexis", "sexo": "M", "nacionalidad": "HT", "fecha_nacimiento": "1985-07-03",
    "documento_identidad": "RH3345120", "carne_extranjeria": "001377654", "telefono": "+51924118302", "correo": "fritzalexis@gmail.com"})

FICHA = """FICHA DE DATOS - PRÓRROGA DE RESIDENCIA
Nombres y Apellidos: Yusleidy Marrero Quintana
Sexo: F
Nacionalidad: cubana
Pasaporte: J772015
Carné de Extranjería: 001099871
Fecha de nacimiento: 22-08-1979
Teléfono: 956 771 002"""
msg("025-prorroga-datos-en-pdf.eml", R, "2026-12-10 08:15", "Yusleidy Marrero <yusleidymq@gmail.com>",
    "Prorroga de Residencia",
    "Buenos días, adjunto la ficha con mis datos para la prórroga anual. Saludos.",
    "prorroga_residencia", {"nombres": "Yusleidy Marrero Quintana", "sexo": "F", "nacionalidad": "CU", "documento_identidad": "J772015",
    "carne_extranjeria": "001099871", "fecha_nacimiento": "1979-08-22", "telefono": "+51956771002", "correo": "yusleidymq@gmail.com"},
    att=[A("textpdf", "ficha_prorroga.pdf", FICHA)])

msg("026-prorroga-sin-fecha-nacimiento.eml", R, "2026-12-11 10:02", "jose.gregorio.lm@gmail.com",
    "RE: Prórroga de Residencia",
    """Buenos dias, completo lo que me pidieron:
José Gregorio Linares Mora / masculino / venezolano / V-13.998.450 / CE 000755301 / +51 977 880 123

El mié., 2 dic. 2026 a las 9:10, Refugiados <refugiados@rree.gob.pe> escribió:
> Estimado, para la prórroga envíe sus datos completos.""",
    "prorroga_residencia", {"nombres": "José Gregorio Linares Mora", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "V13998450",
    "carne_extranjeria": "000755301", "telefono": "+51977880123", "correo": "jose.gregorio.lm@gmail.com"})

# ---------------- duplicado_carne_extranjeria
DEN1 = """POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP SAN MARTÍN DE PORRES
DENUNCIA POLICIAL N° 24518
Por pérdida de documento: carné de extranjería de Oriana Valentina Rangel Suárez.
Fecha: 28/11/2026"""
msg("027-duplicado-ce-completo.eml", R, "2026-11-30 13:20", "Oriana Rangel <orianarangel.s@gmail.com>",
    "Duplicado de carné de extranjería",
    """Buenas tardes,
Solicito duplicado de mi carné de extranjería por pérdida. Adjunto la denuncia policial.
Nombres y apellidos:\tOriana Valentina Rangel Suárez
Sexo:\tF
Nacionalidad:\tVenezuela
Cédula:\tV-25.410.336
Carné de extranjería:\t001311248
Fecha de nacimiento:\t1994-11-02
Teléfono:\t+51 915 228 770""",
    "duplicado_carne_extranjeria", {"nombres": "Oriana Valentina Rangel Suárez", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "V25410336",
    "carne_extranjeria": "001311248", "fecha_nacimiento": "1994-11-02", "telefono": "+51915228770", "correo": "orianarangel.s@gmail.com"},
    att=[A("textpdf", "denuncia_policial.pdf", DEN1)])

msg("028-duplicado-ce-sin-denuncia.eml", R, "2026-12-03 19:50", "Wilmar Agudelo <wilmar.agudelo@yahoo.com>",
    "duplicado carne de extranjeria",
    """Buenas noches me robaron la billetera con el carné de extranjería, pido el duplicado.
Wilmar Alonso Agudelo Henao, hombre, colombiano, c.c. 98.654.321, CE 000967432, nacido el 09/05/1987, teléfono 947 005 612.
La denuncia todavía no me la entregan en la comisaría, la mando después.""",
    "duplicado_carne_extranjeria", {"nombres": "Wilmar Alonso Agudelo Henao", "sexo": "M", "nacionalidad": "CO", "documento_identidad": "98654321",
    "carne_extranjeria": "000967432", "fecha_nacimiento": "1987-05-09", "telefono": "+51947005612", "correo": "wilmar.agudelo@yahoo.com"})

DEN2 = """CONSTANCIA DE DENUNCIA - PNP Comisaría Alfonso Ugarte
Se deja constancia de la denuncia por hurto de carné de extranjería presentada por Lázaro Ernesto Díaz Hernández."""
msg("029-duplicado-carnet-mesadepartes.eml", M, "2026-12-09 10:30", "Lázaro Díaz <lazarodiazh@gmail.com>",
    "Duplicado de carnet",
    """Saludos. Necesito el duplicado del carné de extranjería, me lo hurtaron en el bus. Adjunto constancia de la PNP.
Lázaro Ernesto Díaz Hernández
Masculino
Cubano
Carnet de identidad 80121509931
Carné de extranjería 001456002
F. nac.: 15 de diciembre de 1980
Teléfono: 963-118-224""",
    "duplicado_carne_extranjeria", {"nombres": "Lázaro Ernesto Díaz Hernández", "sexo": "M", "nacionalidad": "CU", "documento_identidad": "80121509931",
    "carne_extranjeria": "001456002", "fecha_nacimiento": "1980-12-15", "telefono": "+51963118224", "correo": "lazarodiazh@gmail.com"},
    att=[A("textpdf", "constancia_pnp.pdf", DEN2)])

# ---------------- autorizacion_viaje
VIA1 = """SOLICITUD DE AUTORIZACIÓN DE VIAJE
Yo, Jesús Alberto Figueroa Lugo, refugiado reconocido, carné de extranjería N° 001088345,
teléfono 999 102 447, solicito autorización de viaje por urgencia.
Motivo: mi madre está hospitalizada en estado grave.
Destino: Caracas, Venezuela
Fecha de salida: 20/12/2026
Fecha de retorno: 05/01/2027
Atentamente,
Jesús Alberto Figueroa Lugo"""
msg("030-autorizacion-viaje-firmada.eml", R, "2026-12-01 08:30", "Jesús Figueroa <jafigueroa.lugo@gmail.com>",
    "Autorización de Viaje",
    "Buenos días, adjunto solicitud firmada. Es urgente. Gracias.",
    "autorizacion_viaje", {"nombres": "Jesús Alberto Figueroa Lugo", "carne_extranjeria": "001088345", "telefono": "+51999102447",
    "motivo": "mi madre está hospitalizada en estado grave", "destino": "Caracas, Venezuela", "fecha_salida": "2026-12-20",
    "fecha_retorno": "2027-01-05", "correo": "jafigueroa.lugo@gmail.com"},
    att=[A("signed", "autorizacion_viaje.pdf", VIA1)])

msg("031-permiso-viaje-foto-fechas-cortas.eml", R, "2026-12-02 07:55", "Yeimy Castro <yeimycastro@hotmail.com>",
    "permiso de viaje urgente",
    """Buenos dias necesito permiso de viaje, mi papá falleció en Bogotá.
Yeimy Paola Castro Rincón - CE 000913877 - cel 933 402 118
Destino: Bogotá
Salgo 18/12/26 y regreso 02/01/27
Adjunto foto de la solicitud firmada""",
    "autorizacion_viaje", {"nombres": "Yeimy Paola Castro Rincón", "carne_extranjeria": "000913877", "telefono": "+51933402118",
    "motivo": "mi papá falleció en Bogotá", "destino": "Bogotá", "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-02",
    "correo": "yeimycastro@hotmail.com"},
    att=[A("jpg", "IMG_20261202_0741.jpg", "Solicitud de autorizacion de viaje\nYeimy Paola Castro Rincon\n(firma)")])

msg("032-autorizacion-viaje-sin-firma.eml", R, "2026-12-04 11:11", "Arianna Valdés <ariannavaldes@gmail.com>",
    "Autorizacion de viaje",
    """Estimados,
Solicito autorización de viaje a La Habana del 15 de diciembre de 2026 al 10 de enero de 2027.
Motivo: cirugía de mi hijo menor que vive con su abuela.
Nombre: Arianna Valdés Morejón
Carné de extranjería: 001233409
Teléfono: 917 640 285
Gracias""",
    "autorizacion_viaje", {"nombres": "Arianna Valdés Morejón", "carne_extranjeria": "001233409", "telefono": "+51917640285",
    "motivo": "cirugía de mi hijo menor", "destino": "La Habana", "fecha_salida": "2026-12-15", "fecha_retorno": "2027-01-10",
    "correo": "ariannavaldes@gmail.com"})

VIA4 = """Autorización de Viaje - urgencia
Nombres y Apellidos: Jean Claude Baptiste
Carné de Extranjería: 001150926
Teléfono: +51 902 331 745
Motivo: funeral de mi hermano
Lugar: Puerto Príncipe, Haití
Fecha de salida: 14/12/2026
Fecha de retorno: por confirmar
Atentamente,
Jean Claude Baptiste"""
msg("033-autorizacion-viaje-sin-retorno.eml", R, "2026-12-10 09:40", "Jean Claude Baptiste <jcbaptiste.pe@gmail.com>",
    "AUTORIZACION DE VIAJE",
    "Bonjour, adjunto mi solicitud firmada.",
    "autorizacion_viaje", {"nombres": "Jean Claude Baptiste", "carne_extranjeria": "001150926", "telefono": "+51902331745",
    "motivo": "funeral de mi hermano", "destino": "Puerto Príncipe, Haití", "fecha_salida": "2026-12-14", "correo": "jcbaptiste.pe@gmail.com"},
    att=[A("signed", "viaje_baptiste.pdf", VIA4)])

VIA5 = """SOLICITUD DE AUTORIZACIÓN DE VIAJE
Nombres y apellidos: Mariángel Sofía Pacheco Torrealba
Carné de extranjería: 001402118
Teléfono: 944 016 350
Motivo: audiencia judicial por la custodia de mi hija
Destino: Santiago de Chile
Salida: 12 de enero de 2027
Retorno: 19 de enero de 2027
Atentamente,
Mariángel Sofía Pacheco Torrealba"""
msg("034-permiso-viaje-mesadepartes.eml", M, "2026-12-11 18:02", "Mariangel Pacheco <mariangel.pacheco@gmail.com>",
    "Permiso de viaje",
    "Buenas noches, envío la solicitud de permiso de viaje firmada digitalmente.",
    "autorizacion_viaje", {"nombres": "Mariángel Sofía Pacheco Torrealba", "carne_extranjeria": "001402118", "telefono": "+51944016350",
    "motivo": "audiencia judicial por la custodia de mi hija", "destino": "Santiago de Chile", "fecha_salida": "2027-01-12",
    "fecha_retorno": "2027-01-19", "correo": "mariangel.pacheco@gmail.com"},
    att=[A("signed", "permiso_viaje.pdf", VIA5)])

# ---------------- carne_solicitante
msg("035-carne-solicitante.eml", S, "2026-12-01 12:12", "Ender Marcano <endermarcano@gmail.com>",
    "Carné de solicitante",
    """Buenas, ya hice mi entrevista de registro hace meses, quisiera saber cuándo me dan el carné de solicitante.
Ender José Marcano Lezama, venezolano, V-20.556.781, tel 956 002 314""",
    "carne_solicitante", {"nombres": "Ender José Marcano Lezama", "nacionalidad": "VE", "documento_identidad": "V20556781",
    "telefono": "+51956002314", "correo": "endermarcano@gmail.com"})

msg("036-carnet-solicitante-haitiana.eml", S, "2026-12-08 20:10", "Nadège Louis <nadegelouis@gmail.com>",
    "carnet de solicitante de refugio",
    """Bonjour, necesito mi carnet de solicitante de refugio para trabajar. Mi nombre Nadège Louis, pasaporte HB5567120.
Merci""",
    "carne_solicitante", {"nombres": "Nadège Louis", "documento_identidad": "HB5567120", "correo": "nadegelouis@gmail.com"})

# ---------------- portal procedures
msg("037-solicitud-refugio-mesadepartes.eml", M, "2026-11-30 08:05", "Franyelis Rojas <franyelis.rojas@gmail.com>",
    "Solicitud de refugio",
    """Buenos días, llegué a Lima la semana pasada desde Venezuela y quiero solicitar refugio. ¿Qué tengo que hacer?
Franyelis Rojas, tel 921 776 401""",
    "solicitud_refugio", {"nombres": "Franyelis Rojas", "telefono": "+51921776401", "correo": "franyelis.rojas@gmail.com"})

msg("038-presentar-solicitud-refugio-cubano.eml", R, "2026-12-05 14:30", "Dairon Leyva <daironleyva@gmail.com>",
    "Presentar una solicitud de refugio",
    "Hola, soy cubano, llegué por Tumbes. Quiero presentar una solicitud de refugio, ¿se puede por correo?\nDairon",
    "solicitud_refugio", {"nacionalidad": "CU", "correo": "daironleyva@gmail.com"})

msg("039-autorizacion-trabajo.eml", S, "2026-12-02 13:45", "Ana Karina Mora <anakmora@gmail.com>",
    "Autorización de trabajo",
    "Buenas tardes, ¿cómo obtengo la autorización de trabajo? Ya presenté mi solicitud de refugio en octubre.\nAna Karina Mora Duque",
    "autorizacion_trabajo", {"nombres": "Ana Karina Mora Duque", "correo": "anakmora@gmail.com"})

msg("040-renovar-autorizacion-trabajo-virtual.eml", R, "2026-12-10 16:50", "Edwin Caicedo <edwincaicedo.co@gmail.com>",
    "Renovación autorización de trabajo virtual",
    "Se me venció la autorización de trabajo virtual y la empresa me la pide. Cómo la renuevo?\nEdwin Caicedo, colombiano",
    "autorizacion_trabajo", {"nombres": "Edwin Caicedo", "nacionalidad": "CO", "correo": "edwincaicedo.co@gmail.com"})

msg("041-entrevista-registro.eml", S, "2026-12-03 10:00", "Kerline Jean-Baptiste <kerlinejb@gmail.com>",
    "Entrevista de registro",
    "Bonjour, presenté mi solicitud hace 4 meses y no me llega la fecha de la entrevista de registro. Pasaporte RK8820133.\nKerline Jean-Baptiste",
    "entrevista_registro", {"nombres": "Kerline Jean-Baptiste", "documento_identidad": "RK8820133", "correo": "kerlinejb@gmail.com"})

msg("042-re-cita-entrevista-registro.eml", M, "2026-12-13 09:15", "Orlando Paz <orlandopaz1975@gmail.com>",
    "Re: cita entrevista de registro",
    """no pude conectarme a la entrevista de registro el jueves por falta de internet, pido nueva cita
Orlando Paz Carrasquel

Enviado desde mi Samsung""",
    "entrevista_registro", {"nombres": "Orlando Paz Carrasquel", "correo": "orlandopaz1975@gmail.com"})

# ---------------- triage
msg("043-consulta-estado.eml", S, "2026-12-01 11:48", "Maryuri González <maryurigonzalez@gmail.com>",
    "Consulta",
    "Buenos días, quisiera saber en qué estado está mi expediente, lo presenté en 2024. Gracias.\nMaryuri González",
    None, {"nombres": "Maryuri González", "correo": "maryurigonzalez@gmail.com"})

msg("044-urgente-dos-tramites.eml", R, "2026-12-04 08:20", "Daniel Ochoa <danielochoa.v@gmail.com>",
    "URGENTE",
    """Buenos días, necesito dos cosas: la prórroga de residencia que se me vence y también una autorización de viaje para ir a Cúcuta en enero. ¿Las puedo pedir juntas?
Daniel Ochoa""",
    None, {"nombres": "Daniel Ochoa", "correo": "danielochoa.v@gmail.com"})

msg("045-sin-asunto-agradecimiento.eml", M, "2026-12-12 22:40", "Fabiola Nuñez <fabinunez@gmail.com>",
    "",
    "Muchas gracias por la atención de ayer, ya me llegó el correo. Bendiciones.",
    None, {"correo": "fabinunez@gmail.com"})

# ---------------- machine mail (ignorado)
msg("046-rebote-mailer-daemon.eml", M, "2026-12-02 11:06", "Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>",
    "Undelivered Mail Returned to Sender",
    "This is the mail system at host mx1.rree.gob.pe.\n\nI'm sorry to have to inform you that your message could not be delivered.",
    None, {}, ignorado=True, report="andreina.salas@gmial.com")

msg("047-respuesta-automatica-institucional.eml", S, "2026-12-03 09:00", "Refugiados <refugiados@rree.gob.pe>",
    "Respuesta automática: Cambio de clave y contraseña",
    "Su mensaje ha sido recibido. Este buzón atiende Prórroga de residencia, Duplicado de carné de extranjería y Autorización de viaje.",
    "cambio_clave", {}, ignorado=True, hdr={"Auto-Submitted": "auto-replied"})

msg("048-boletin-masivo.eml", R, "2026-12-06 06:00", "Boletín Movilidad Humana <noreply@boletin-movilidad.org>",
    "Boletín semanal: novedades sobre refugio en la región",
    "Esta semana: nuevas rutas de atención, ferias de empleo y talleres para personas refugiadas.",
    None, {}, ignorado=True, hdr={"Precedence": "bulk", "List-Id": "Boletin <boletin.movilidad.org>"})

msg("049-notificacion-automatica-prorroga.eml", R, "2026-12-11 03:12", "Sistema de Trámites <no-reply@tramites.example.org>",
    "Notificación: Prórroga de residencia registrada",
    "Este es un mensaje generado automáticamente. No responda a este correo.",
    "prorroga_residencia", {}, ignorado=True, hdr={"Auto-Submitted": "auto-generated"})
