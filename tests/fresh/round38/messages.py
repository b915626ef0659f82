# -*- coding: utf-8 -*-
# Message definitions for round38 (executed by build.py). Fields are hand-labelled.

# ---- Mon 30 Nov 2026
M("actualizacion-datos-celular", SR, "2026-11-30 08:12:40", "yeli.carrasquel92@gmail.com",
  "Actualizacion de datos",
  "Buenos dias actualizo mi numero nuevo 912 345 678 soy Yelitza Carrasquel Montero venezolana CI 24.567.890\n\nEnviado desde mi iPhone\n",
  proc="actualizacion_datos",
  fields={"nombres": "Yelitza Carrasquel Montero", "nacionalidad": "VE", "documento_identidad": "24567890",
          "telefono": "+51912345678", "correo": "yeli.carrasquel92@gmail.com"},
  expect={"outcome": "acuse", "due_date": "2026-12-28"})

M("cambio-clave-lista-colombiano", SR, "2026-11-30 09:40:05", "Andres F. Rojas <andresrojas.1990@hotmail.com>",
  "CAMBIO DE CLAVE Y CONTRASEÑA",
  """Señores CEPR buen dia,

solicito el cambio de mi contraseña del sistema de refugiados porque no me llega el correo de recuperacion.

- Nombre completo: Andrés Felipe Rojas Quintero
- C.C. 1.098.765.432
- Cel: 9 8765 4321
- correo registrado en el sistema: afrojasq@gmail.com

(les escribo desde el correo de mi trabajo pero respondan al gmail por favor)
gracias
""",
  proc="cambio_clave",
  fields={"nombres": "Andrés Felipe Rojas Quintero", "documento_identidad": "1098765432",
          "telefono": "+51987654321", "correo": "afrojasq@gmail.com"},
  expect={"outcome": "acuse"})

_L003 = ["SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS", "",
         "Asunto: RECURSO DE APELACIÓN", "",
         "Yo, María Fernanda González Rivas, de nacionalidad venezolana, identificada con pasaporte "
         "N° 128456732, con domicilio en Av. Arequipa 1450, Lince, Lima, ante ustedes me presento y digo:", "",
         "Que interpongo RECURSO DE APELACIÓN contra la Resolución que confirma la denegatoria de mi "
         "solicitud de reconocimiento de la condición de refugiada, notificada el 20 de noviembre de 2026.", "",
         "FUNDAMENTOS: la resolución no valoró las denuncias que presenté por persecución política en el "
         "estado Zulia ni el informe médico que acredita las lesiones sufridas durante mi detención "
         "arbitraria en 2024; tampoco se consideró la situación actual de los opositores en mi país.", "",
         "Datos de contacto:", "Teléfono: 940 112 233", "Correo electrónico: mafer.gonzalezrivas@gmail.com", "",
         "Lima, 30 de noviembre de 2026", "", "María Fernanda González Rivas", "(firmado digitalmente)"]
M("apelacion-pdf-firmado-datos-en-pdf", MP, "2026-11-30 11:05:12", "Mafer G. <m.gonzalez.rivas@gmail.com>",
  "Recurso de Apelación",
  "Buenos días,\n\nAdjunto mi recurso de apelación firmado digitalmente.\n\nAtte.\nMaría Fernanda\n",
  atts=[pdf_signed("Recurso_Apelacion_MFGR.pdf", _L003)],
  proc="apelacion", notif="2026-11-20",
  fields={"nombres": "María Fernanda González Rivas", "nacionalidad": "VE", "documento_identidad": "128456732",
          "telefono": "+51940112233", "correo": "mafer.gonzalezrivas@gmail.com",
          "motivo": "la resolución no valoró las denuncias que presenté por persecución política en el estado Zulia ni el informe médico"},
  expect={"outcome": "cargo", "flags": [], "signature": "valid"})

M("prorroga-residencia-tabla-tabs", RF, "2026-11-30 15:20:44", "Luis Eduardo Paredes <lparedes.ve@yahoo.com>",
  "Prórroga de residencia",
  "Buenas tardes, solicito la prórroga anual de mi residencia como refugiado reconocido.\n\n"
  "Nombres y apellidos\tLuis Eduardo Paredes Linares\n"
  "Sexo\tMasculino\n"
  "Nacionalidad\tVenezuela\n"
  "Pasaporte\t114 563 902\n"
  "Carné de extranjería\t001234567\n"
  "Fecha de nacimiento\t15 de marzo de 1988\n"
  "Teléfono\t+51 955 321 789\n\nQuedo atento.\nLuis E. Paredes\n",
  proc="prorroga_residencia",
  fields={"nombres": "Luis Eduardo Paredes Linares", "sexo": "M", "nacionalidad": "VE",
          "documento_identidad": "114563902", "carne_extranjeria": "001234567", "fecha_nacimiento": "1988-03-15",
          "telefono": "+51955321789", "correo": "lparedes.ve@yahoo.com"},
  expect={"outcome": "acuse"})

_L005 = ["Lima, 30 de noviembre de 2026", "Señores CEPR", "Solicito autorizacion de viaje urgente",
         "a Bogota, Colombia, porque mi madre esta", "hospitalizada y la operan el 19 de diciembre.",
         "Salida 18/12/26  Retorno 08/01/27", "Rosa Elvira Mendoza Pinto"]
M("autorizacion-viaje-html-foto-firma", RF, "2026-11-30 18:45:09", "Rosa Elvira Mendoza <rosaelvira.mendoza@outlook.com>",
  "Autorizacion de viaje URGENTE",
  body="Señores de la CEPR:\n\nSolicito autorización de viaje por urgencia familiar.\n\n"
       "Nombre: Rosa Elvira Mendoza Pinto\nNacionalidad: venezolana\nCarné de extranjería: 000987321\n"
       "Teléfono: 923-456-781\nDestino: Bogotá, Colombia\nFecha de salida: 18/12/26\nFecha de retorno: 08/01/27\n"
       "Motivo: mi madre está hospitalizada en Bogotá y será operada del corazón el 19 de diciembre.\n\n"
       "Adjunto la solicitud firmada (foto).\n",
  html="<html><body><p>Señores de la CEPR:</p><p>Solicito <b>autorización de viaje</b> por urgencia familiar.</p>"
       "<table border='1'><tr><td>Nombre</td><td>Rosa Elvira Mendoza Pinto</td></tr>"
       "<tr><td>Nacionalidad</td><td>venezolana</td></tr>"
       "<tr><td>Carné de extranjería</td><td>000987321</td></tr>"
       "<tr><td>Teléfono</td><td>923-456-781</td></tr>"
       "<tr><td>Destino</td><td>Bogotá, Colombia</td></tr>"
       "<tr><td>Fecha de salida</td><td>18/12/26</td></tr>"
       "<tr><td>Fecha de retorno</td><td>08/01/27</td></tr>"
       "<tr><td>Motivo</td><td>mi madre está hospitalizada en Bogotá y será operada del corazón el 19 de diciembre.</td></tr>"
       "</table><p>Adjunto la solicitud firmada (foto).</p></body></html>",
  atts=[jpg_scan("IMG_20261130_183512.jpg", _L005, seed=5)],
  proc="autorizacion_viaje",
  fields={"nombres": "Rosa Elvira Mendoza Pinto", "nacionalidad": "VE", "carne_extranjeria": "000987321",
          "telefono": "+51923456781", "destino": "Bogotá, Colombia", "fecha_salida": "2026-12-18",
          "fecha_retorno": "2027-01-08", "motivo": "mi madre está hospitalizada en Bogotá y será operada del corazón el 19 de diciembre.",
          "correo": "rosaelvira.mendoza@outlook.com"},
  expect={"outcome": "acuse", "flags": ["verificar_firma"], "filing_date": "2026-12-01", "due_date": "2026-12-11",
          "signature": "manuscrita"})

# ---- Tue 1 Dec
M("carne-solicitante-consulta", SR, "2026-12-01 07:55:31", "kelvin.rm2001@gmail.com",
  "Carné de solicitante",
  "buenos dias quisiera saber cuando puedo sacar mi carnet de solicitante de refugio, ya hice mi entrevista en octubre y "
  "me tomaron las huellas.\nKelvin Ramírez Mota, pasaporte 157894563, cel 981 234 560\n",
  proc="carne_solicitante",
  fields={"nombres": "Kelvin Ramírez Mota", "documento_identidad": "157894563", "telefono": "+51981234560",
          "correo": "kelvin.rm2001@gmail.com"},
  expect={"outcome": "suspendido", "due_date": None})

M("solicitud-refugio-como-hago", SR, "2026-12-01 10:10:02", "Anabel Torrealba <anabel.torrealba@gmail.com>",
  "solicitud de refugio",
  "Hola buenas, llegué a Lima la semana pasada con mis dos hijos y quiero pedir refugio. "
  "¿Cómo hago la solicitud de refugio? ¿Tengo que ir a alguna oficina o se hace por internet?\n\n"
  "Anabel Torrealba\n987 001 234\n",
  proc="solicitud_refugio",
  fields={"nombres": "Anabel Torrealba", "telefono": "+51987001234", "correo": "anabel.torrealba@gmail.com"},
  expect={"outcome": "portal"})

_L008 = ["RECURSO DE RECONSIDERACIÓN", "",
         "Señores Comisión Especial para los Refugiados:",
         "Yo, Yoandry Pérez Castillo, ciudadano cubano, con carnet de identidad No. 85031512345, "
         "interpongo recurso de reconsideración contra la Resolución que deniega mi solicitud de refugio, "
         "notificada con fecha 24/11/2026.", "",
         "Motivo: presento nueva prueba, la citación oficial de la Seguridad del Estado recibida por mi madre en "
         "La Habana el 15 de noviembre, que demuestra que sigo siendo buscado.", "",
         "Correo: yoandryperez85@gmail.com", "Teléfono: 944556677", "",
         "Lima, 1 de diciembre de 2026", "Yoandry Pérez Castillo"]
M("reconsideracion-cubano-pdf-sin-firma", MP, "2026-12-01 12:30:55", "Yoandry Pérez Castillo <yoandryperez85@gmail.com>",
  "RECURSO DE RECONSIDERACION - Yoandry Perez Castillo",
  "Buenas tardes,\nadjunto mi recurso de reconsideración.\nMi teléfono es 51 944 556 677.\nSaludos\n",
  atts=[pdf_text_att("reconsideracion.pdf", _L008)],
  proc="reconsideracion", notif="2026-11-24",
  fields={"nombres": "Yoandry Pérez Castillo", "nacionalidad": "CU", "documento_identidad": "85031512345",
          "telefono": "+51944556677", "correo": "yoandryperez85@gmail.com",
          "motivo": "presento nueva prueba, la citación oficial de la Seguridad del Estado"},
  expect={"outcome": "subsanar", "missing": ["firma"], "signature": "absent", "due_date": "2026-12-03"})

_L009 = ["POLICÍA NACIONAL DEL PERÚ", "COMISARÍA PNP ALFONSO UGARTE", "",
         "DENUNCIA POLICIAL N° 18734-2026", "Fecha: 28/11/2026",
         "Denunciante: Carolina Bastidas Ferrer", "Hecho: robo de cartera conteniendo carné de extranjería, "
         "tarjetas bancarias y dinero en efectivo, en el Jr. de la Unión, Cercado de Lima."]
M("duplicado-ce-con-denuncia-pdf", RF, "2026-12-01 14:00:27", "Carolina Bastidas <carolina.bastidas@gmail.com>",
  "Duplicado de carné de extranjería",
  "Estimados,\n\nme robaron la cartera el sábado 28 en el Centro de Lima con mi carné de extranjería adentro. "
  "Soy Carolina Bastidas Ferrer, mujer, venezolana, nacida el 02-07-1991, pasaporte 098765432 y carné de "
  "extranjería N° 002345671. Mi teléfono es el 993 221 100.\n\nAdjunto la denuncia policial.\n\nMuchas gracias,\nCarolina\n",
  atts=[pdf_text_att("denuncia_policial_robo.pdf", _L009)],
  proc="duplicado_carne_extranjeria",
  fields={"nombres": "Carolina Bastidas Ferrer", "sexo": "F", "nacionalidad": "VE", "fecha_nacimiento": "1991-07-02",
          "documento_identidad": "098765432", "carne_extranjeria": "002345671", "telefono": "+51993221100",
          "correo": "carolina.bastidas@gmail.com"},
  expect={"outcome": "acuse"})

_L010 = ["Lima, 1 desanm 2026", "Komisyon Espesyal pou Refijye", "Mwen menm Jean Robert Pierre",
         "mwen renonse a demand refij mwen an.", "Mwen pral viv Chili ak fanmi m.", "Jean Robert Pierre"]
M("renuncia-criollo-pdf-escaneado", MP, "2026-12-01 16:45:18", "Jean Robert <jeanrobert.pierre@gmail.com>",
  "Renuncia",
  "Bonjou,\n\nMwen se Jean Robert Pierre, mwen se ayisyen, paspò mwen se HA2038471. Mwen vle renonse a demand "
  "refij mwen an (renuncia) paske mwen jwenn yon travay nan Chili e mwen pral viv la ak madanm mwen ak pitit mwen yo.\n"
  "Telefòn mwen: +51 951 874 302\n\nMwen mete lèt la siyen an atachman.\nMèsi anpil\n",
  atts=[pdf_scan("renonsiasyon_siyen.pdf", _L010, seed=10)],
  proc="renuncia",
  fields={"nombres": "Jean Robert Pierre", "nacionalidad": "HT", "documento_identidad": "HA2038471",
          "telefono": "+51951874302", "correo": "jeanrobert.pierre@gmail.com",
          "motivo": "mwen jwenn yon travay nan Chili e mwen pral viv la ak madanm mwen ak pitit mwen yo"},
  expect={"outcome": "acuse", "flags": ["verificar_firma"], "filing_date": "2026-12-02"})

# ---- Wed 2 Dec
def _bounce(m):
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(MIMEText(
        "** No se ha entregado el mensaje **\n\nTu mensaje no se ha entregado a yuli.carmona88@gmial.com porque no "
        "se ha encontrado el dominio gmial.com. Comprueba si hay errores tipográficos o espacios innecesarios "
        "y vuelve a intentarlo.\n", "plain", "utf-8"))
    ds = MIMEBase("message", "delivery-status")
    import email as _em
    ds.set_payload([_em.message_from_string("Reporting-MTA: dns; googlemail.com\n\n"),
                    _em.message_from_string("Final-Recipient: rfc822; yuli.carmona88@gmial.com\n"
                   "Action: failed\nStatus: 5.1.2\nDiagnostic-Code: smtp; DNS Error: domain gmial.com not found\n\n")])
    outer.attach(ds)
    orig = MIMEText("Estimada usuaria:\n\nSe ha registrado su escrito. Registro N.° MP-2026-004417.\n"
                    "Mesa de Partes Virtual - Ministerio de Relaciones Exteriores\n", "plain", "utf-8")
    orig["From"] = "Mesa de Partes Virtual <mesadepartes@rree.gob.pe>"
    orig["To"] = "yuli.carmona88@gmial.com"
    orig["Subject"] = "Cargo de recepción - Registro MP-2026-004417"
    from email.mime.message import MIMEMessage
    outer.attach(MIMEMessage(orig))
    return outer

M("rebote-mailer-daemon", MP, "2026-12-02 09:00:03", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)", body="", proc=None, ignorado=True,
  extra={"Auto-Submitted": "auto-replied"}, fields={},
  expect={"outcome": "ignorado", "due_date": None})
MSGS[-1]["raw_builder"] = _bounce

M("actualizacion-reconocida-sin-ce", SR, "2026-12-02 10:20:40", "Diana Marcela Ospina <dmospina@hotmail.com>",
  "actualización de datos de contacto",
  "Buen día.\n\nSoy refugiada reconocida desde 2023 y cambié de número y de dirección. Mis datos:\n\n"
  "Diana Marcela Ospina Cárdenas / colombiana / C.C. 52.876.543 / nuevo celular 976 543 210 / "
  "nueva dirección Jr. Huancavelica 320, Cercado de Lima\n\nGracias por su atención.\n",
  proc="actualizacion_datos", recognised=True,
  fields={"nombres": "Diana Marcela Ospina Cárdenas", "nacionalidad": "CO", "documento_identidad": "52876543",
          "telefono": "+51976543210", "correo": "dmospina@hotmail.com"},
  expect={"outcome": "subsanar", "missing": ["carne_extranjeria"], "due_date": "2026-12-04"})

M("prorroga-portugues-sin-nacimiento", RF, "2026-12-02 11:11:11", "Manuel Kiala <manuelkiala.ao@gmail.com>",
  "Prórroga de residencia - Manuel Kiala",
  "Bom dia.\n\nSou refugiado reconhecido no Peru e preciso da prorrogação anual da minha residência.\n\n"
  "Nome completo: Manuel Domingos Kiala\nSexo: masculino\nNacionalidade: angolana\nPassaporte: N1234567\n"
  "Carnê de estrangeiro (carné de extranjería): 000456789\nTelefone: +51 912 000 111\n\nObrigado,\nManuel\n",
  proc="prorroga_residencia", recognised=True,
  fields={"nombres": "Manuel Domingos Kiala", "sexo": "M", "nacionalidad": "AO", "documento_identidad": "N1234567",
          "carne_extranjeria": "000456789", "telefono": "+51912000111", "correo": "manuelkiala.ao@gmail.com"},
  expect={"outcome": "subsanar", "missing": ["fecha_nacimiento"]})

_L014 = ["ESCRITO N° 01", "SUMILLA: INTERPONE RECURSO DE APELACIÓN", "",
         "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:", "",
         "WILMER JOSÉ CASTRO BELLO, de nacionalidad venezolana, identificado con cédula de identidad "
         "V-17.654.321, con domicilio procesal en el correo electrónico rhuaman@huamanabogados.pe, a usted "
         "respetuosamente digo:", "",
         "I. PETITORIO: Interpongo recurso de apelación contra la Resolución N° 1187-2026/CEPR, notificada "
         "con fecha 06/11/2026, a fin de que sea revocada.", "",
         "II. FUNDAMENTOS: La resolución apelada incurre en motivación aparente, pues omite analizar el "
         "riesgo acreditado por mi condición de exfuncionario que denunció hechos de corrupción, y aplica "
         "indebidamente la alternativa de huida interna.", "",
         "Teléfono para notificaciones: (01) 421-5566", "",
         "Lima, 2 de diciembre de 2026", "",
         "Wilmer José Castro Bello", "Ricardo Huamán Salas - Abogado CAL 45678 - DNI 09876543"]
M("apelacion-abogado-extemporanea", MP, "2026-12-02 13:00:36", "Estudio Huamán & Asociados <rhuaman@huamanabogados.pe>",
  "Recurso de Apelación - Expediente 2025-0412 - Sr. Wilmer Castro",
  """Señores
Mesa de Partes
Ministerio de Relaciones Exteriores
Presente.-

De nuestra consideración:

En representación de nuestro patrocinado, el Sr. Wilmer José Castro Bello, de nacionalidad venezolana, identificado con cédula de identidad V-17.654.321, interponemos recurso de apelación contra la Resolución N° 1187-2026/CEPR, notificada con fecha 06/11/2026. Se adjunta el escrito firmado digitalmente.

Para efectos de notificación: teléfono (01) 421-5566, correo rhuaman@huamanabogados.pe.

Atentamente,

Dr. Ricardo Huamán Salas
Abogado - CAL 45678
Estudio Huamán & Asociados
Av. Javier Prado Este 560, Of. 1203, San Isidro
""",
  atts=[pdf_signed("Apelacion_Castro_Bello_firmado.pdf", _L014)],
  proc="apelacion", notif="2026-11-06",
  fields={"nombres": "Wilmer José Castro Bello", "nacionalidad": "VE", "documento_identidad": "V17654321",
          "telefono": "+5114215566", "correo": "rhuaman@huamanabogados.pe",
          "motivo": "La resolución apelada incurre en motivación aparente"},
  expect={"outcome": "cargo", "flags": ["extemporaneo"]})

M("autorizacion-trabajo-ingles", RF, "2026-12-02 15:30:00", "Daniel Okafor <d.okafor.ng@gmail.com>",
  "Work permit",
  "Hello,\n\nI am Nigerian and I applied for refugee status online in September. I got a job offer in a "
  "restaurant and they ask me for the work authorization (Autorización de Trabajo Virtual). How can I get it?\n\n"
  "Passport: A09876543\nPhone: +51 934 567 890\n\nBest regards,\nDaniel Chukwuemeka Okafor\n",
  proc="autorizacion_trabajo",
  fields={"nombres": "Daniel Chukwuemeka Okafor", "nacionalidad": "NG", "documento_identidad": "A09876543",
          "telefono": "+51934567890", "correo": "d.okafor.ng@gmail.com"},
  expect={"outcome": "portal", "flags": []})

M("cambio-clave-reenvio-hija", SR, "2026-12-02 20:10:48", "Génesis Salazar <genesis.salazar.m@gmail.com>",
  "RV: cambio de clave",
  """Buenas noches, les reenvío el correo de mi mamá porque desde su cuenta no le deja enviar. Por favor respondan al correo de ella.

Génesis

---------- Mensaje reenviado ---------
De: Nelly Margarita Méndez <nellymendez65@hotmail.com>
Fecha: mié, 2 dic 2026 a las 19:02
Asunto: cambio de clave
Para: Génesis <genesis.salazar.m@gmail.com>

hija mandalo tu por favor que a mi no me sale

Solicito cambio de clave del Sistema de Refugiados, me dice clave incorrecta
Nelly Margarita Méndez de Salazar
pasaporte 087654123
telf 954 321 876
mi correo nellymendez65@hotmail.com
""",
  proc="cambio_clave",
  fields={"nombres": "Nelly Margarita Méndez de Salazar", "documento_identidad": "087654123",
          "telefono": "+51954321876", "correo": "nellymendez65@hotmail.com"},
  expect={"outcome": "acuse", "filing_date": "2026-12-03"})

# ---- Thu 3 Dec
_L017 = ["SOLICITUD DE AUTORIZACIÓN DE VIAJE", "",
         "Yo, Oswaldo Enrique Quintero Díaz, refugiado reconocido, con carné de extranjería N° 000765432, "
         "solicito autorización de viaje a Santiago de Chile por motivo de la audiencia de custodia de mi hija "
         "ante el Tribunal de Familia de Santiago.", "",
         "Fecha de salida: 14/12/2026", "Fecha de retorno: por confirmar, según lo que disponga el tribunal.", "",
         "Teléfono: 961 234 567", "", "Oswaldo Enrique Quintero Díaz"]
M("autorizacion-viaje-sin-retorno", RF, "2026-12-03 08:30:14", "Oswaldo Quintero <oswaldoquintero.ve@gmail.com>",
  "Autorización de Viaje",
  "Adjunto solicitud firmada.\n\nSaludos cordiales\n",
  atts=[pdf_signed("solicitud_viaje_OQ.pdf", _L017)],
  proc="autorizacion_viaje", recognised=True,
  fields={"nombres": "Oswaldo Enrique Quintero Díaz", "carne_extranjeria": "000765432", "destino": "Santiago de Chile",
          "fecha_salida": "2026-12-14", "telefono": "+51961234567", "correo": "oswaldoquintero.ve@gmail.com",
          "motivo": "la audiencia de custodia de mi hija ante el Tribunal de Familia de Santiago"},
  expect={"outcome": "subsanar", "missing": ["fecha_retorno"], "signature": "valid"})

M("prorroga-en-mesa-de-partes", MP, "2026-12-03 09:45:50", "Yusmary Hernández <yusmaryh@gmail.com>",
  "Renovación de residencia",
  "Buenos días, solicito la renovación anual de mi residencia (soy refugiada reconocida).\n\n"
  "Nombre - Yusmary Carolina Hernández Briceño\nSexo - F\nNacionalidad - VEN\nCédula - V-19.876.543\n"
  "Carné de Extranjería - 003456789\nF. nacimiento - 1993-11-04\nTeléfono - 51-998-877-665\n\nBendiciones\n",
  proc="prorroga_residencia", recognised=True,
  fields={"nombres": "Yusmary Carolina Hernández Briceño", "sexo": "F", "nacionalidad": "VE",
          "documento_identidad": "V19876543", "carne_extranjeria": "003456789", "fecha_nacimiento": "1993-11-04",
          "telefono": "+51998877665", "correo": "yusmaryh@gmail.com"},
  expect={"outcome": "acuse", "flags": ["derivado"]})

M("entrevista-registro-cuando", SR, "2026-12-03 11:00:21", "jhonny_mrz@hotmail.com",
  "Entrevista",
  "buenas tardes ya hace 3 meses que me registre en linea y todavia no me llega la fecha "
  "de mi entrevista de registro, mi expediente es 2026-08431, quisiera saber cuando me toca\n\njhonny marquez\n",
  proc="entrevista_registro",
  fields={"nombres": "jhonny marquez", "correo": "jhonny_mrz@hotmail.com"},
  expect={"outcome": "portal"})

M("interno-desde-refugiados", MP, "2026-12-03 13:40:00", "Unidad de Refugiados <refugiados@rree.gob.pe>",
  "RV: Actualización de datos - pendiente",
  "Colegas de Mesa de Partes:\n\nLes reenviamos para su registro la solicitud de actualización de datos que "
  "ingresó por nuestra casilla el lunes. Favor de asignar número.\n\nUnidad de Refugiados\n",
  proc="actualizacion_datos", ignorado=True, fields={},
  expect={"outcome": "ignorado", "missing": [], "flags": []})

_L021 = ["RECURSO DE RECONSIDERACIÓN", "",
         "Ender José Alfonzo Rangel, venezolano, pasaporte 145236987, interpone recurso de reconsideración "
         "contra la resolución denegatoria notificada el 25 de noviembre de 2026, y ofrece como nueva prueba la "
         "constancia de la ONG que certifica las amenazas recibidas.", "", "Lima, 3 de diciembre de 2026",
         "Ender José Alfonzo Rangel"]
M("reconsideracion-prosa-pdf-firmado", MP, "2026-12-03 16:10:33", "Ender Alfonzo <ender.alfonzo@gmail.com>",
  "Recurso de reconsideración",
  "Señores de la Comisión:\n\nYo Ender José Alfonzo Rangel, de nacionalidad venezolana, con pasaporte 145236987, me "
  "dirijo a ustedes para presentar recurso de reconsideración contra la resolución que denegó mi solicitud de "
  "refugio, notificada el 25 de noviembre de 2026. El motivo es que aporto como nueva prueba la constancia de la "
  "ONG Provea que certifica las amenazas que recibí de los colectivos en Barquisimeto, documento que no pude "
  "obtener antes.\n\nMi número: 0051 987 123 456 y mi correo ender.alfonzo@gmail.com.\n\n"
  "Adjunto el escrito firmado digitalmente.\n\nAtentamente,\nEnder Alfonzo\n",
  atts=[pdf_signed("reconsideracion_EJAR.pdf", _L021)],
  proc="reconsideracion", notif="2026-11-25",
  fields={"nombres": "Ender José Alfonzo Rangel", "nacionalidad": "VE", "documento_identidad": "145236987",
          "telefono": "+51987123456", "correo": "ender.alfonzo@gmail.com",
          "motivo": "aporto como nueva prueba la constancia de la ONG Provea que certifica las amenazas"},
  expect={"outcome": "cargo", "flags": [], "filing_date": "2026-12-03"})

M("duplicado-ce-sin-denuncia", RF, "2026-12-03 17:30:02", "Freddy Colmenares <freddycolmenares@gmail.com>",
  "duplicado carne de extranjeria",
  "Buenas tardes\nse me perdio el carne de extranjeria y necesito el duplicado\n\n"
  "nombre: Freddy Antonio Colmenares Rojas\nsexo: masculino\nnacionalidad: venezolano\npasaporte: 109283746\n"
  "CE: 004567123\nfecha nac: 21/09/79\ntel: 945 678 123\n\n"
  "ya puse la denuncia en la comisaria de San Juan de Lurigancho pero todavia no me la entregan, apenas la "
  "tenga la mando.\n",
  proc="duplicado_carne_extranjeria", recognised=True,
  fields={"nombres": "Freddy Antonio Colmenares Rojas", "sexo": "M", "nacionalidad": "VE",
          "documento_identidad": "109283746", "carne_extranjeria": "004567123", "fecha_nacimiento": "1979-09-21",
          "telefono": "+51945678123", "correo": "freddycolmenares@gmail.com"},
  expect={"outcome": "subsanar", "missing": ["denuncia_policial"], "filing_date": "2026-12-04", "due_date": "2026-12-11"})

# ---- Fri 4 Dec
M("consulta-estado-expediente", SR, "2026-12-04 09:15:45", "mariela.sosa.22@gmail.com",
  "Consulta",
  "Hola buen día, una consulta, mi expediente está en trámite desde el año pasado y no me han dicho nada. "
  "¿Me pueden decir en qué estado está? Gracias.\nMariela Sosa\n",
  proc=None, fields={"nombres": "Mariela Sosa", "correo": "mariela.sosa.22@gmail.com"},
  expect={"outcome": "triage", "due_date": None})

_L024 = ["Objet : Renonciation au statut de réfugiée / Renuncia", "",
         "Je soussignée Marie-Claude Joseph, de nationalité haïtienne, passeport n° PP7654321, carné de "
         "extranjería n° 005678234, déclare renoncer à mon statut de réfugiée reconnue au Pérou, car je pars "
         "vivre en France avec mon mari.", "", "Téléphone : +51 976 112 334", "", "Lima, le 4 décembre 2026",
         "Marie-Claude Joseph"]
M("renuncia-frances-en-refugiados", RF, "2026-12-04 10:00:19", "Marie-Claude Joseph <mcjoseph.ht@gmail.com>",
  "Renuncia - Marie-Claude Joseph",
  "Madame, Monsieur,\n\nJe soussignée Marie-Claude Joseph, de nationalité haïtienne, passeport n° PP7654321, "
  "titulaire du carné de extranjería n° 005678234 en tant que réfugiée reconnue, vous informe de ma décision de "
  "renoncer à mon statut de réfugiée, car je retourne vivre en France auprès de mon mari qui y a obtenu la "
  "nationalité.\n\nTéléphone : +51 976 112 334\n\nVous trouverez ci-joint la lettre signée électroniquement.\n\n"
  "Veuillez agréer mes salutations distinguées.\nMarie-Claude Joseph\n",
  atts=[pdf_signed("renonciation_MCJ.pdf", _L024)],
  proc="renuncia", recognised=True,
  fields={"nombres": "Marie-Claude Joseph", "nacionalidad": "HT", "documento_identidad": "PP7654321",
          "carne_extranjeria": "005678234", "telefono": "+51976112334", "correo": "mcjoseph.ht@gmail.com",
          "motivo": "je retourne vivre en France auprès de mon mari"},
  expect={"outcome": "acuse", "flags": ["derivado"]})

M("actualizacion-ong-por-usuaria", SR, "2026-12-04 11:30:07", "Programa de Protección - Encuentros SJM <proteccion@encuentros-sjm.org>",
  "Actualización de datos – Sra. Yuleisi Peña",
  body="Estimados señores:\n\nPor medio del presente, y con autorización de la interesada, les hacemos llegar la "
       "actualización de datos de contacto de nuestra usuaria, solicitante de refugio con expediente en trámite:\n\n"
       "Nombres y apellidos: Yuleisi Andreina Peña Colina\nNacionalidad: venezolana\nPasaporte: 132654987\n"
       "Nuevo teléfono: 924 680 135\nNuevo correo: yuleisipena.c@gmail.com\n\n"
       "Atentamente,\nLic. Carmen Rosa Villanueva\nTrabajadora social - Programa de Protección\n"
       "Teléfono oficina: (01) 433-2211\n",
  html="<div>Estimados señores:</div><div><br></div><div>Por medio del presente, y con autorización de la interesada, "
       "les hacemos llegar la actualización de datos de contacto de nuestra usuaria, solicitante de refugio con "
       "expediente en trámite:</div><ul><li><b>Nombres y apellidos:</b> Yuleisi Andreina Peña Colina</li>"
       "<li><b>Nacionalidad:</b> venezolana</li><li><b>Pasaporte:</b> 132654987</li>"
       "<li><b>Nuevo teléfono:</b> 924 680 135</li><li><b>Nuevo correo:</b> yuleisipena.c@gmail.com</li></ul>"
       "<div>Atentamente,</div><div>Lic. Carmen Rosa Villanueva<br>Trabajadora social - Programa de Protección<br>"
       "Teléfono oficina: (01) 433-2211</div>",
  proc="actualizacion_datos",
  fields={"nombres": "Yuleisi Andreina Peña Colina", "nacionalidad": "VE", "documento_identidad": "132654987",
          "telefono": "+51924680135", "correo": "yuleisipena.c@gmail.com"},
  expect={"outcome": "acuse"})

M("duplicado-carnet-solicitante", SR, "2026-12-04 14:20:58", "eduardo.villegas.r@gmail.com",
  "Duplicado de carnet",
  "Buenas tardes, perdí mi carné de solicitante de refugio en el bus y necesito el duplicado. Todavía no me "
  "reconocen, sigo como solicitante.\n\nEduardo Villegas Rondón\npasaporte 151515151\ncel 956 789 012\n",
  proc="carne_solicitante",
  fields={"nombres": "Eduardo Villegas Rondón", "documento_identidad": "151515151", "telefono": "+51956789012",
          "correo": "eduardo.villegas.r@gmail.com"},
  expect={"outcome": "suspendido"})

M("duplicado-carnet-extranjeria-foto-denuncia", RF, "2026-12-04 16:00:40", "Alexandra Rivas <alexa.rivas.m@gmail.com>",
  "Duplicado de carnet",
  "Solicito duplicado de mi carné de extranjería por pérdida. Adjunto la foto de la denuncia.\n\n"
  "DATOS\nAlexandra Rivas Montilla\nF\nvenezolana\nnac. 30/06/1990\npasaporte 120987654\nCE 006789345\n"
  "tel +58 414 555 1234 (whatsapp)\n",
  atts=[jpg_scan("denuncia.jpg", ["COMISARIA PNP SURQUILLO", "DENUNCIA POR PERDIDA", "Alexandra Rivas Montilla"], seed=27)],
  proc="duplicado_carne_extranjeria",
  fields={"nombres": "Alexandra Rivas Montilla", "sexo": "F", "nacionalidad": "VE", "fecha_nacimiento": "1990-06-30",
          "documento_identidad": "120987654", "carne_extranjeria": "006789345", "telefono": "+584145551234",
          "correo": "alexa.rivas.m@gmail.com"},
  expect={"outcome": "acuse", "signature": "not_required", "flags": []})

M("entrevista-registro-ingles", RF, "2026-12-04 19:02:11", "Ahmed Al-Rashid <ahmed.rashid.iq@gmail.com>",
  "Registration interview",
  "Good evening,\n\nI missed my registration interview (Entrevista de Registro) on December 2 because my internet "
  "was down. How can I get a new appointment?\n\nAhmed Al-Rashid\nIraqi, passport A1234567\nphone +51 922 333 444\n",
  proc="entrevista_registro",
  fields={"nombres": "Ahmed Al-Rashid", "nacionalidad": "IQ", "documento_identidad": "A1234567",
          "telefono": "+51922333444", "correo": "ahmed.rashid.iq@gmail.com"},
  expect={"outcome": "portal"})

# ---- Sat 5 / Sun 6 Dec
M("apelacion-celular-sin-firma", MP, "2026-12-05 10:30:26", "wilfredo.cabrera1975@gmail.com",
  "Apelacion",
  "Buenos dias quiero apelar la resolucion que me nego el refugio porq no tomaron en cuenta que mi hijo fue "
  "amenazado por el colectivo y tuvimos que salir de Valencia. Wilfredo Cabrera Lugo pasaporte 099887766 numero "
  "913 579 246\n\nEnviado desde mi Samsung Galaxy\n",
  proc="apelacion",
  fields={"nombres": "Wilfredo Cabrera Lugo", "documento_identidad": "099887766", "telefono": "+51913579246",
          "correo": "wilfredo.cabrera1975@gmail.com",
          "motivo": "no tomaron en cuenta que mi hijo fue amenazado por el colectivo"},
  expect={"outcome": "subsanar", "missing": ["firma"], "filing_date": "2026-12-10", "due_date": "2026-12-14"})

M("boletin-lista", SR, "2026-12-05 22:00:00", "Boletín Red de Apoyo al Refugio <boletin@noticias-refugio.org>",
  "Boletín diciembre: novedades sobre regularización migratoria",
  html="<html><body><h2>Boletín de diciembre</h2><p>Novedades sobre el carné de permiso temporal, "
       "la renovación de residencia y los talleres de empleabilidad.</p>"
       "<p><a href='https://noticias-refugio.org/baja'>Darse de baja</a></p></body></html>",
  proc=None, ignorado=True, fields={},
  extra={"List-Id": "Boletin Red de Apoyo <boletin.noticias-refugio.org>", "Precedence": "bulk",
         "List-Unsubscribe": "<https://noticias-refugio.org/baja>"},
  expect={"outcome": "ignorado"})

M("solicitud-refugio-criollo", SR, "2026-12-06 09:00:35", "wilnerjoseph509@gmail.com",
  "Solicitud de refugio",
  "Bonjou,\n\nMwen rive Lima depi 2 semèn, mwen se ayisyen. Mwen bezwen fè yon demann refij (solicitud de "
  "refugio). Kijan pou m fè li? Èske m dwe al nan yon biwo?\n\nWilner Joseph\ntelefòn 51 925 004 117\n",
  proc="solicitud_refugio",
  fields={"nombres": "Wilner Joseph", "nacionalidad": "HT", "telefono": "+51925004117",
          "correo": "wilnerjoseph509@gmail.com"},
  expect={"outcome": "portal"})

_L031 = ["SOLICITUD DE AUTORIZACION DE VIAJE POR URGENCIA", "",
         "Yo, Gustavo Adolfo Ramos Pena, refugiado reconocido con carne de extranjeria N 007890123,",
         "solicito autorizacion de viaje a Caracas, Venezuela, por el fallecimiento de mi padre.",
         "Fecha de salida: 15/12/2026", "Fecha de retorno: 05/01/2027", "Telefono: 966 554 433", "",
         "Gustavo Adolfo Ramos Pena"]
M("autorizacion-viaje-pdf-alterado", RF, "2026-12-06 19:40:03", "Gustavo Adolfo Ramos <gustavo.ramos.ve@gmail.com>",
  "Autorización de viaje - urgencia",
  "Buenas noches, adjunto mi solicitud firmada digitalmente para viajar de urgencia. Falleció mi papá.\n"
  "Teléfono 966 554 433.\nGustavo Ramos\n",
  atts=[pdf_altered("autorizacion_viaje_GRP.pdf", _L031, b"solicito", b"requiero")],
  proc="autorizacion_viaje", recognised=True,
  fields={"nombres": "Gustavo Adolfo Ramos Pena", "carne_extranjeria": "007890123", "destino": "Caracas, Venezuela",
          "fecha_salida": "2026-12-15", "fecha_retorno": "2027-01-05", "telefono": "+51966554433",
          "correo": "gustavo.ramos.ve@gmail.com", "motivo": "el fallecimiento de mi padre"},
  expect={"outcome": "subsanar", "missing": ["firma"], "signature": "invalid", "filing_date": "2026-12-10"})

# ---- Mon 7 Dec (día no laborable)
M("cambio-clave-html-sin-telefono", SR, "2026-12-07 10:00:44", "Patricia Lugo <patricia.lugo.a@yahoo.com>",
  "Cambio de contraseña",
  html="<html><body><p>Buenos días,</p><p>Solicito el <b>cambio de clave</b> del Sistema de Refugiados, "
       "no recuerdo mi contraseña.</p><table><tr><td>Nombres y apellidos</td><td>Patricia Alejandra Lugo Arismendi</td></tr>"
       "<tr><td>Pasaporte</td><td>141 222 333</td></tr><tr><td>Correo</td><td>patricia.lugo.a@yahoo.com</td></tr>"
       "</table><p>Gracias</p></body></html>",
  proc="cambio_clave",
  fields={"nombres": "Patricia Alejandra Lugo Arismendi", "documento_identidad": "141222333",
          "correo": "patricia.lugo.a@yahoo.com"},
  expect={"outcome": "subsanar", "missing": ["telefono"], "filing_date": "2026-12-10", "due_date": "2026-12-14"})

_L033 = ["RECURSO DE RECONSIDERACIÓN", "",
         "Héctor Manuel Urbina Calzadilla, de nacionalidad cubana, pasaporte K456789, ante la Comisión Especial "
         "para los Refugiados digo:", "",
         "Que interpongo recurso de reconsideración contra la resolución que deniega mi solicitud, notificada el "
         "22 de octubre de 2026.", "",
         "Motivo: adjunto nuevas pruebas (carta de expulsión de mi centro de trabajo por motivos políticos y "
         "declaración jurada de testigo), que no pude presentar antes por encontrarme hospitalizado.", "",
         "Teléfono: 9 4433 2211", "Correo: hurbina.cu@gmail.com", "", "Lima, 7 de diciembre de 2026",
         "Héctor Manuel Urbina Calzadilla"]
M("reconsideracion-tardia-feriado", MP, "2026-12-07 12:00:09", "Héctor Manuel Urbina <hurbina.cu@gmail.com>",
  "Reconsideración",
  "Buenos días, disculpen la demora, estuve hospitalizado en el Hospital Dos de Mayo. Adjunto mi recurso de "
  "reconsideración firmado.\n\nHéctor\n",
  atts=[pdf_signed("Reconsideracion_Urbina.pdf", _L033)],
  proc="reconsideracion", notif="2026-10-22",
  fields={"nombres": "Héctor Manuel Urbina Calzadilla", "nacionalidad": "CU", "documento_identidad": "K456789",
          "telefono": "+51944332211", "correo": "hurbina.cu@gmail.com",
          "motivo": "adjunto nuevas pruebas (carta de expulsión de mi centro de trabajo por motivos políticos"},
  expect={"outcome": "cargo", "flags": ["extemporaneo"], "filing_date": "2026-12-10"})

# ---- Tue 8 Dec (feriado)
M("notificacion-noreply-migraciones", RF, "2026-12-08 09:20:00", "Migraciones - Notificaciones <no-reply@migraciones.gob.pe>",
  "Notificación electrónica: estado de trámite",
  "Este es un mensaje generado automáticamente. No responda a este correo.\n\n"
  "Se informa que el Oficio N° 4521-2026 ha sido recibido por la Superintendencia Nacional de Migraciones.\n",
  proc=None, ignorado=True, fields={}, extra={"Auto-Submitted": "auto-generated"},
  expect={"outcome": "ignorado"})

M("prorroga-ingles-feriado", RF, "2026-12-08 16:00:27", "Carlos Javier Bermúdez <cjbermudez@protonmail.com>",
  "Prorroga de residencia / residence extension",
  "Dear Sirs,\n\nI am a recognized refugee and I request the annual extension of my residence.\n\n"
  "Full name: Carlos Javier Bermúdez Ochoa\nSex: male\nNationality: Venezuelan\nPassport number: 133 444 555\n"
  "Foreigner card (carné de extranjería): 008901234\nDate of birth: 1985-07-22\nPhone: +51 917 263 548\n\n"
  "Kind regards,\nCarlos Bermúdez\n",
  proc="prorroga_residencia", recognised=True,
  fields={"nombres": "Carlos Javier Bermúdez Ochoa", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "133444555",
          "carne_extranjeria": "008901234", "fecha_nacimiento": "1985-07-22", "telefono": "+51917263548",
          "correo": "cjbermudez@protonmail.com"},
  expect={"outcome": "acuse", "filing_date": "2026-12-10"})

# ---- Wed 9 Dec (feriado)
M("entrevista-reprogramar", SR, "2026-12-09 11:00:52", "Luisana Gil <luisanagil.ve@gmail.com>",
  "Reprogramación de entrevista de registro",
  "Buenas, me llegó la cita para la Entrevista de Registro para el 15 de diciembre pero ese día tengo control "
  "prenatal en la maternidad. ¿Pueden cambiarme la fecha?\n\nLuisana Gil Parra, solicitante\ncel 987-654-111\n",
  proc="entrevista_registro",
  fields={"nombres": "Luisana Gil Parra", "telefono": "+51987654111", "correo": "luisanagil.ve@gmail.com"},
  expect={"outcome": "portal"})

_L037 = ["Lima, 9 de diciembre de 2026", "Señores CEPR", "Yo Javier Alonso Ortega Rios renuncio",
         "a mi solicitud de refugio porque regreso a Colombia.", "Javier A. Ortega R."]
M("renuncia-escaneada-sin-telefono", MP, "2026-12-09 21:00:15", "Javier Ortega <javierortega.col@gmail.com>",
  "RENUNCIA A SOLICITUD DE REFUGIO",
  "Buenas noches, adjunto carta de renuncia firmada a mano y escaneada.\n\n"
  "Nombre: Javier Alonso Ortega Ríos\nNacionalidad: colombiana\nCédula de ciudadanía: 80.123.456\n"
  "Motivo: regreso a Colombia porque mi situación de seguridad cambió y mi familia me necesita en Cali.\n",
  atts=[pdf_scan("carta_renuncia_escaneada.pdf", _L037, seed=37)],
  proc="renuncia",
  fields={"nombres": "Javier Alonso Ortega Ríos", "nacionalidad": "CO", "documento_identidad": "80123456",
          "correo": "javierortega.col@gmail.com",
          "motivo": "regreso a Colombia porque mi situación de seguridad cambió y mi familia me necesita en Cali."},
  expect={"outcome": "subsanar", "missing": ["telefono"], "flags": ["verificar_firma"], "due_date": "2026-12-14"})

# ---- Thu 10 Dec
M("actualizacion-ecuatoriana-en-refugiados", RF, "2026-12-10 08:05:38", "Mónica Cedeño <monicacedeno.ec@hotmail.com>",
  "Actualización de datos",
  "Saludos cordiales.\n\nSoy solicitante de refugio de nacionalidad ecuatoriana. Escribo para actualizar mis datos "
  "de contacto:\n\nNombres: Mónica Alexandra Cedeño Zambrano\nCédula: 0923456781\nTeléfono nuevo: 9 7711 2233\n"
  "Dirección nueva: Calle Los Pinos 145, Villa El Salvador\n\nAtentamente,\nMónica Cedeño\n",
  proc="actualizacion_datos",
  fields={"nombres": "Mónica Alexandra Cedeño Zambrano", "nacionalidad": "EC", "documento_identidad": "0923456781",
          "telefono": "+51977112233", "correo": "monicacedeno.ec@hotmail.com"},
  expect={"outcome": "acuse", "flags": ["derivado"]})

M("autorizacion-trabajo-renovar", SR, "2026-12-10 10:30:01", "robertoblanco.ve@gmail.com",
  "RENOVACION PERMISO DE TRABAJO",
  "buen dia se me vencio la autorizacion de trabajo y necesito renovarla para que me renueven el contrato, "
  "como hago?\nRoberto Blanco, pasaporte 111999888\n",
  proc="autorizacion_trabajo",
  fields={"nombres": "Roberto Blanco", "documento_identidad": "111999888", "correo": "robertoblanco.ve@gmail.com"},
  expect={"outcome": "portal"})

_L040 = ["POLICÍA NACIONAL DEL PERÚ", "COMISARÍA PNP LA VICTORIA", "",
         "DENUNCIA POR PÉRDIDA DE DOCUMENTOS N° 2341-2026", "Fecha del hecho: 05/12/2026",
         "Denunciante: Nathaly Parra Zambrano", "Documento perdido: carné de extranjería N° 009012345"]
M("duplicado-ce-denuncia-en-pdf-sin-sexo", RF, "2026-12-10 12:45:20", "Nathaly Parra <nathalyparra@gmail.com>",
  "Duplicado de Carnet de Extranjeria",
  "Buenas tardes, adjunto copia de lo que me dieron en la comisaría.\n\nNombres: Nathaly Parra Zambrano\n"
  "Nacionalidad: Venezuela\nPasaporte: 127 654 321\nCE: 009012345\nFecha de nacimiento: 09/01/1997\nCel: 940 300 200\n",
  atts=[dict(pdf_text_att("documento.pdf", _L040), denuncia=True)],
  proc="duplicado_carne_extranjeria", recognised=True,
  fields={"nombres": "Nathaly Parra Zambrano", "nacionalidad": "VE", "documento_identidad": "127654321",
          "carne_extranjeria": "009012345", "fecha_nacimiento": "1997-01-09", "telefono": "+51940300200",
          "correo": "nathalyparra@gmail.com"},
  expect={"outcome": "subsanar", "missing": ["sexo"]})

_L041 = ["RECURSO DE APELACIÓN", "",
         "Yo, Wilfredo Cabrera Lugo, pasaporte 099887766, apelo la resolución que me negó el refugio, notificada "
         "el 27 de noviembre de 2026.", "",
         "Motivo: no se tomó en cuenta que mi hijo fue amenazado de muerte por el colectivo de nuestra zona en "
         "Valencia, lo que nos obligó a salir del país.", "",
         "Teléfono: 913 579 246", "Correo: wilfredo.cabrera1975@gmail.com", "", "Wilfredo Cabrera Lugo"]
M("apelacion-respuesta-con-pdf-firmado", MP, "2026-12-10 15:00:42", "Wilfredo Cabrera <wilfredo.cabrera1975@gmail.com>",
  "RE: Apelacion - Registro MP-2026-004512: falta información",
  """Buenas tardes, aqui envio el documento firmado digital como me pidieron. Mi hija me ayudo a firmarlo.
Wilfredo Cabrera

El jue., 10 dic. 2026 a las 9:02, Mesa de Partes Virtual <mesadepartes@rree.gob.pe> escribió:
> Estimado(a) usuario(a):
> Hemos recibido su escrito (Recurso de Apelación), registro MP-2026-004512.
> Para continuar el trámite debe enviar: documento escrito firmado.
> Plazo para subsanar: 14/12/2026.
> Mesa de Partes Virtual - Ministerio de Relaciones Exteriores
""",
  atts=[pdf_signed("apelacion_wilfredo_firmada.pdf", _L041)],
  proc="apelacion", notif="2026-11-27",
  fields={"nombres": "Wilfredo Cabrera Lugo", "documento_identidad": "099887766", "telefono": "+51913579246",
          "correo": "wilfredo.cabrera1975@gmail.com",
          "motivo": "no se tomó en cuenta que mi hijo fue amenazado de muerte por el colectivo"},
  expect={"outcome": "cargo", "flags": [], "filing_date": "2026-12-10"})

M("urgente-ayuda-desalojo", SR, "2026-12-10 17:20:13", "Mariana Fuentes <marianafuentesg@gmail.com>",
  "URGENTE",
  "por favor necesito ayuda!!! el dueño del cuarto donde vivo con mis hijos nos quiere botar hoy mismo y nos "
  "amenazo con llamar a la policia. ¿A quién puedo acudir? no tengo a donde ir\n\n"
  "Tengo mi expediente en trámite. Mariana Fuentes Guevara, cel 902 334 455\n",
  proc=None,
  fields={"nombres": "Mariana Fuentes Guevara", "telefono": "+51902334455", "correo": "marianafuentesg@gmail.com"},
  expect={"outcome": "triage", "filing_date": "2026-12-11"})

# ---- Fri 11 Dec
M("carne-solicitante-fwd-ong-ingles", SR, "2026-12-11 09:00:57", "Tom Keller <tkeller@refugeedesk-lima.org>",
  "Fwd: Carné de solicitante",
  """Dear colleagues,

forwarding the request below from Ms. Samira Haddad, who does not speak Spanish yet. Please reply to her directly.

Best,
Tom Keller
Refugee Support Desk

---------- Forwarded message ---------
From: Samira Haddad <samira.haddad.sy@gmail.com>
Date: Wed, Dec 9, 2026 at 6:14 PM
Subject: applicant card
To: Tom Keller <tkeller@refugeedesk-lima.org>

Hello, I am Samira Haddad from Syria, passport N012345678. I completed my registration interview and biometrics in November. When can I get my refugee applicant card (carné de solicitante)?
My phone is +51 933 221 144. My email samira.haddad.sy@gmail.com
Thank you
""",
  proc="carne_solicitante",
  fields={"nombres": "Samira Haddad", "nacionalidad": "SY", "documento_identidad": "N012345678",
          "telefono": "+51933221144", "correo": "samira.haddad.sy@gmail.com"},
  expect={"outcome": "suspendido"})

_L044 = ["SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)", "",
         "Yo, José Gregorio Linares Mora, refugiado reconocido, con carné de extranjería N° 001357924, solicito "
         "autorización de viaje a Cúcuta, Colombia, por motivo de la cirugía de emergencia de mi padre, "
         "internado en la Clínica Santa Ana.", "",
         "Fecha de salida: 20 de diciembre de 2026", "Fecha de retorno: 10 de enero de 2027",
         "Teléfono de contacto: 955 443 322", "", "José Gregorio Linares Mora"]
M("autorizacion-viaje-esposa-escribe", RF, "2026-12-11 11:45:24", "Yenny Bracho <yennybracho@gmail.com>",
  "Autorizacion de viaje - Jose Gregorio Linares (urgencia)",
  "Buenos días, escribo en nombre de mi esposo José Gregorio Linares Mora que no tiene computadora. Adjunto su "
  "solicitud firmada digitalmente.\n\nCualquier cosa comunicarse conmigo al 955 443 322.\n\n"
  "Yenny Bracho\ncédula V-20.111.222\n",
  atts=[pdf_signed("Solicitud_viaje_JGLM.pdf", _L044)],
  proc="autorizacion_viaje", recognised=True,
  fields={"nombres": "José Gregorio Linares Mora", "carne_extranjeria": "001357924", "destino": "Cúcuta, Colombia",
          "fecha_salida": "2026-12-20", "fecha_retorno": "2027-01-10", "telefono": "+51955443322",
          "correo": "yennybracho@gmail.com", "motivo": "la cirugía de emergencia de mi padre"},
  expect={"outcome": "acuse", "due_date": "2026-12-18"})

_L045 = ["Señores de la Comision", "no estoy de acuerdo con la resolucion", "que me nego el refugio.",
         "Pido reconsideracion.", "Zuleima J. Arrieta"]
M("reconsideracion-foto-sin-documento", MP, "2026-12-11 14:10:36", "zuleima.arrieta@gmail.com",
  "Reconsideracion",
  "Buenas tardes, mando foto de mi carta de reconsideración firmada. Me negaron el refugio y no estoy de acuerdo "
  "porque en mi país me persiguen por ser dirigente sindical del sector salud, ya mandé las pruebas en la "
  "entrevista.\nMe llamo Zuleima Josefina Arrieta. Mi teléfono +51 989 000 321.\n",
  atts=[png_scan("carta.png", _L045, seed=45)],
  proc="reconsideracion",
  fields={"nombres": "Zuleima Josefina Arrieta", "telefono": "+51989000321", "correo": "zuleima.arrieta@gmail.com",
          "motivo": "en mi país me persiguen por ser dirigente sindical del sector salud"},
  expect={"outcome": "subsanar", "missing": ["documento_identidad"], "flags": ["verificar_firma"]})

M("cambio-clave-asunto-mal-escrito", SR, "2026-12-11 16:29:10", "kleiberth.g@gmail.com",
  "canbio de clabe",
  "hola necesito cambio de clave del sistema de refugiados olvide mi clabe\n\nKleiberth Gutiérrez\nV 26.789.012\n"
  "928 111 444\nkleiberth.g@gmail.com\n",
  proc="cambio_clave",
  fields={"nombres": "Kleiberth Gutiérrez", "documento_identidad": "V26789012", "telefono": "+51928111444",
          "correo": "kleiberth.g@gmail.com"},
  expect={"outcome": "acuse", "filing_date": "2026-12-11"})

M("solicitud-refugio-portugues-mesa", MP, "2026-12-11 18:00:48", "Joao Baptista <joaobaptista.ao@gmail.com>",
  "Pedido de refúgio",
  "Boa tarde.\n\nSou angolano e cheguei ao Peru há um mês. Quero apresentar uma solicitação de refúgio "
  "(Solicitud de Refugio). Como posso fazer?\n\nJoão Baptista Neto\ntelefone +51 931 765 432\n",
  proc="solicitud_refugio",
  fields={"nombres": "João Baptista Neto", "nacionalidad": "AO", "telefono": "+51931765432",
          "correo": "joaobaptista.ao@gmail.com"},
  expect={"outcome": "portal", "flags": []})

# ---- Sat 12 / Sun 13 Dec
M("autorizacion-trabajo-frances", SR, "2026-12-12 10:00:30", "Fabiola Saint-Fleur <fsaintfleur@yahoo.fr>",
  "Autorización de trabajo",
  "Bonjour,\n\nJ'ai déposé ma demande d'asile en octobre. Comment obtenir l'autorisation de travail "
  "(Autorización de Trabajo Virtual) ? Merci de votre aide.\n\nFabiola Saint-Fleur, haïtienne\n"
  "Téléphone : +51 944 010 203\n",
  proc="autorizacion_trabajo",
  fields={"nombres": "Fabiola Saint-Fleur", "nacionalidad": "HT", "telefono": "+51944010203",
          "correo": "fsaintfleur@yahoo.fr"},
  expect={"outcome": "portal"})

_L047 = ["RENUNCIA A LA CONDICIÓN DE REFUGIADO", "",
         "Yo, Ricardo Antonio Salcedo Vargas, de nacionalidad venezolana, con pasaporte N° 102938475, refugiado "
         "reconocido por la CEPR, renuncio a mi condición de refugiado debido a que he obtenido la residencia "
         "permanente en España y me mudo a Madrid con mi familia.", "",
         "Teléfono: +34 612 345 678", "", "Lima, 12 de diciembre de 2026", "Ricardo Antonio Salcedo Vargas"]
M("renuncia-reconocido-sin-ce", MP, "2026-12-12 13:00:05", "Ricardo Antonio Salcedo <rsalcedo.ve@gmail.com>",
  "Renuncia a la condición de refugiado",
  "Adjunto carta firmada.\n",
  atts=[pdf_signed("renuncia_RASV.pdf", _L047)],
  proc="renuncia", recognised=True,
  fields={"nombres": "Ricardo Antonio Salcedo Vargas", "nacionalidad": "VE", "documento_identidad": "102938475",
          "telefono": "+34612345678", "correo": "rsalcedo.ve@gmail.com",
          "motivo": "he obtenido la residencia permanente en España y me mudo a Madrid con mi familia"},
  expect={"outcome": "subsanar", "missing": ["carne_extranjeria"], "filing_date": "2026-12-14", "due_date": "2026-12-16"})

M("prorroga-en-solicitantes-sin-ce", SR, "2026-12-13 20:00:19", "Adriana Colmenárez <adricolmenarez@gmail.com>",
  "renovacion de residencia anual",
  "buenas noches, me toca renovar mi residencia de refugiada (ya soy reconocida) y me dijeron que mande mis datos:\n"
  "Adriana Colmenárez Díaz, sexo femenino, venezolana, pasaporte 118 273 645, nacida el 5 de agosto de 1982, "
  "tlf 976 000 555.\nEl carné lo tengo en la casa de mi hermana, luego les paso el número.\n",
  proc="prorroga_residencia", recognised=True,
  fields={"nombres": "Adriana Colmenárez Díaz", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "118273645",
          "fecha_nacimiento": "1982-08-05", "telefono": "+51976000555", "correo": "adricolmenarez@gmail.com"},
  expect={"outcome": "subsanar", "missing": ["carne_extranjeria"], "flags": ["derivado"], "due_date": "2026-12-16"})

M("ayuda-dos-tramites", SR, "2026-12-13 23:50:02", "Oriana Marcano <oriana.mv@gmail.com>",
  "Ayuda",
  "Hola, necesito actualizar mis datos de contacto porque cambié de número y también hacer el cambio de clave "
  "porque no puedo entrar al sistema. ¿Qué hago primero?\n\nOriana Marcano Vielma\n912 888 000\n",
  proc=None,
  fields={"nombres": "Oriana Marcano Vielma", "telefono": "+51912888000", "correo": "oriana.mv@gmail.com"},
  expect={"outcome": "triage", "filing_date": "2026-12-14"})
