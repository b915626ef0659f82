# -*- coding: utf-8 -*-
# Message definitions for round44 (exec'd by build.py). Each M(...) carries its own label data.

# 1 actualizacion_datos: labelled list with colons, complete, new e-mail stated as hers
M("actualizacion-lista-dos-puntos", MB_S, T(2026,10,1,10,12,33),
  "Yorgelis Parra <yparra.mendoza@hotmail.com>", "Actualización de datos",
  """Buenos días señores de la Comisión,

Solicito la actualización de mis datos de contacto, ya que cambié de número y de correo.

Nombres y Apellidos: Yorgelis Carolina Parra Mendoza
Nacionalidad: venezolana
Cédula: V-24.817.390
Fecha de nacimiento: 11/09/1992
Teléfono nuevo: 951 224 078
Correo nuevo: yorgelis.parra90@gmail.com
Dirección: Jr. Huánuco 1420, La Victoria, Lima

Soy solicitante de refugio desde 2023. Muchas gracias.
Yorgelis""",
  proc="actualizacion_datos",
  fields={"nombres":"Yorgelis Carolina Parra Mendoza","nacionalidad":"VE","documento_identidad":"V24817390",
          "fecha_nacimiento":"1992-09-11","telefono":"+51951224078","correo":"yorgelis.parra90@gmail.com"})

# 2 actualizacion_datos: recognised refugee, prose, CE number, wrong mailbox, Saturday
M("actualizacion-prosa-refugiado-sabado", MB_R, T(2026,10,10,11,4,2),
  "Hernando Ospina <hernando.ospina.g@outlook.com>", "actualizacion de datos de contacto",
  """Cordial saludo. Mi nombre es Hernando José Ospina Galeano, de nacionalidad colombiana, identificado con C.C. 1.093.745.218 y con carné de extranjería N° 000487215 pues soy refugiado reconocido desde el 2021. Me mudé a Arequipa y les escribo para que actualicen mi dirección (Calle Mercaderes 311, Cercado) y mi celular, que ahora es el +51 923 410 876. El correo sigue siendo este mismo.

Agradezco su atención,
H. Ospina""",
  proc="actualizacion_datos",
  fields={"nombres":"Hernando José Ospina Galeano","nacionalidad":"CO","documento_identidad":"1093745218",
          "carne_extranjeria":"000487215","telefono":"+51923410876","correo":"hernando.ospina.g@outlook.com"})

# 3 actualizacion_datos: says refugiada reconocida, no CE number; received on a holiday
M("actualizacion-refugiada-sin-carne-feriado", MB_S, T(2026,10,8,9,40,0),
  "Odalys Ferrer <odalysferrer.cu@yahoo.com>", "ACTUALIZACION DE DATOS",
  """Buenas, mi nombre es Odalys Ferrer Betancourt, cubana, carnet de identidad 85061412345. Soy refugiada reconocida. Por favor cambien mi numero de telefono al 9 8765 1203 porque el anterior me lo robaron.
Gracias""",
  proc="actualizacion_datos", refugee=True,
  fields={"nombres":"Odalys Ferrer Betancourt","nacionalidad":"CU","documento_identidad":"85061412345",
          "telefono":"+51987651203","correo":"odalysferrer.cu@yahoo.com"})

# 4 actualizacion_datos: Haitian Creole, no phone, after office close
M("aktyalizasyon-kreyol-sin-telefono", MB_S, T(2026,11,16,18,40,11),
  "jrpierrelouis <jrpierrelouis@gmail.com>", "Actualizacion de datos",
  """Bonjou,

Mwen rele Jean Robert Pierre-Louis. Mwen se ayisyen, mwen fè demann refij nan Peyi Pewou.
Nimewo paspò mwen: HA2198734.
Mwen vle chanje adrès mwen: kounye a mwen rete Av. Los Olivos 455, San Martín de Porres.

Mèsi anpil.
Jean Robert""",
  proc="actualizacion_datos",
  fields={"nombres":"Jean Robert Pierre-Louis","nacionalidad":"HT","documento_identidad":"HA2198734",
          "correo":"jrpierrelouis@gmail.com"})

# 5 cambio_clave: one-liner, Sunday
M("cambio-clave-una-linea-domingo", MB_S, T(2026,10,4,22,15,48),
  "Luis Rengifo <lrengifo77@gmail.com>", "cambio de contraseña",
  "buenas noches necesito cambio de clave porfa, Luis Alberto Rengifo Suarez V-19.554.302 cel 962118457 correo lrengifo77@gmail.com gracias",
  proc="cambio_clave",
  fields={"nombres":"Luis Alberto Rengifo Suarez","documento_identidad":"V19554302","telefono":"+51962118457",
          "correo":"lrengifo77@gmail.com"})

# 6 cambio_clave: English body, WhatsApp number with country code, address given differs from From
M("password-change-english", MB_S, T(2026,10,20,8,5,0),
  "Dani <danielaq.work@gmail.com>", "Cambio de clave y contraseña",
  """Hello,

I cannot log into the Refugee System, my password does not work anymore and the reset link never arrives. I am asking for a change of password (cambio de clave y contraseña).

Full name - Daniela Alejandra Quintero Bastidas
Nationality - Venezuelan
Passport - 134982211
WhatsApp - +58 414 702 3318
Email registered in the system - daniela.quintero.b@hotmail.com

Thank you very much,
Daniela""",
  proc="cambio_clave",
  fields={"nombres":"Daniela Alejandra Quintero Bastidas","nacionalidad":"VE","documento_identidad":"134982211",
          "telefono":"+584147023318","correo":"daniela.quintero.b@hotmail.com"})

# 7 cambio_clave: reply quoting the office, no document number
M("re-cambio-clave-sin-documento", MB_S, T(2026,11,3,12,30,9),
  "Kelvin Moreno <kelvinmoreno.1995@gmail.com>", "RE: Cambio de clave y contraseña",
  """Buenas tardes, nuevamente solicito el cambio de clave.
Mi nombre: Kelvin Josué Moreno Palacios
Telf: 934-556-120
Correo: kelvinmoreno.1995@gmail.com

-----Mensaje original-----
De: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
Enviado el: lunes, 19 de octubre de 2026 10:02
Para: kelvinmoreno.1995@gmail.com
Asunto: Cambio de clave y contraseña

Estimado usuario: para atender su pedido indique nombres y apellidos completos, N° de pasaporte o cédula, teléfono y correo electrónico.
""",
  proc="cambio_clave",
  fields={"nombres":"Kelvin Josué Moreno Palacios","telefono":"+51934556120","correo":"kelvinmoreno.1995@gmail.com"})

# 8 cambio_clave: daughter writes for her mother, sent to mesa de partes
M("cambio-clave-hija-por-madre-derivado", MB_M, T(2026,11,25,15,2,40),
  "Andreina Salas <andreina.salas.r@gmail.com>", "Cambio de clave - mi mamá",
  """Buenas tardes. Soy Andreína Salas Rojas (V-27.301.884), escribo en nombre de mi mamá, que no maneja bien el correo.

Ella es la solicitante: Carmen Elena Rojas de Salas, cédula venezolana V-8.456.123.
El teléfono de mi mamá es 944 301 775 y el correo que tiene registrado en el sistema es carmenrojas.salas@gmail.com.
Necesita el cambio de clave y contraseña del Sistema de Refugiados porque olvidó la suya.

Mil gracias por la ayuda.
Andreína""",
  proc="cambio_clave",
  fields={"nombres":"Carmen Elena Rojas de Salas","nacionalidad":"VE","documento_identidad":"V8456123",
          "telefono":"+51944301775","correo":"carmenrojas.salas@gmail.com"})

# 9 reconsideracion: formal letter, valid signed PDF, timely notification
REC1 = ["SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS", "",
  "RECURSO DE RECONSIDERACIÓN", "",
  "Yo, Wilmer Andrés Castaño Ríos, de nacionalidad colombiana, identificado con cédula de ciudadanía C.C. 1.036.598.774,",
  "con teléfono 987 220 415 y correo wilmer.castano.rios@gmail.com, ante ustedes me presento y digo:",
  "Que la resolución que deniega mi solicitud de refugio me fue notificada el 5 de octubre de 2026.",
  "MOTIVO: presento nueva prueba, la denuncia de amenazas de un grupo armado en Antioquia contra mi familia, que no fue valorada.",
  "Por lo expuesto, solicito se reconsidere la decisión.", "",
  "Lima, 14 de octubre de 2026", "Atentamente,", "Wilmer Andrés Castaño Ríos"]
M("reconsideracion-carta-pdf-firmado", MB_M, T(2026,10,14,11,20,5),
  "Wilmer Castaño <wilmer.castano.rios@gmail.com>", "Recurso de Reconsideración",
  """Señores Comisión Especial para los Refugiados:

Adjunto mi Recurso de Reconsideración firmado digitalmente, con los datos requeridos.

Atte.
Wilmer Andrés Castaño Ríos
C.C. 1.036.598.774""",
  atts=[("Recurso_Reconsideracion_Castano.pdf","application/pdf",signed_pdf(REC1))],
  proc="reconsideracion", sig="valid", notified=dt.date(2026,10,5),
  fields={"nombres":"Wilmer Andrés Castaño Ríos","nacionalidad":"CO","documento_identidad":"1036598774",
          "telefono":"+51987220415","correo":"wilmer.castano.rios@gmail.com",
          "motivo":"presento nueva prueba, la denuncia de amenazas de un grupo armado en Antioquia contra mi familia, que no fue valorada"})

# 10 reconsideracion: late, scanned (image-only) PDF, data in body
M("reconsideracion-escaneada-extemporanea", MB_M, T(2026,11,5,9,55,30),
  "Mariángel Useche <mariangel.useche@gmail.com>", "Recurso de reconsideracion - Useche",
  """Buenos días,

Me dirijo a ustedes para presentar recurso de reconsideración contra la resolución que deniega mi condición de refugiada, la cual me fue notificada con fecha 01/10/2026. Adjunto el escrito firmado a mano y escaneado.

Motivo: no se tomó en cuenta que fui perseguida por mi participación en protestas en San Cristóbal; adjunto constancias.

Nombre completo: Mariángel Useche Contreras
Pasaporte: 118004572
Teléfono: 9 5512 3987
Correo: mariangel.useche@gmail.com

Pido disculpas por la demora, estuve hospitalizada.""",
  atts=[("reconsideracion_escaneo.pdf","application/pdf",scanned_pdf(["Recurso de reconsideracion","Mariangel Useche Contreras","Pasaporte 118004572","(firma)"]))],
  proc="reconsideracion", sig="manuscrita", notified=dt.date(2026,10,1),
  fields={"nombres":"Mariángel Useche Contreras","documento_identidad":"118004572","telefono":"+51955123987",
          "correo":"mariangel.useche@gmail.com",
          "motivo":"no se tomó en cuenta que fui perseguida por mi participación en protestas en San Cristóbal; adjunto constancias"})

# 11 reconsideracion: Portuguese, body only -> firma absent
M("reconsideracao-portugues-sem-firma", MB_M, T(2026,11,12,14,10,0),
  "Domingos Kiala <domingos.kiala@gmail.com>", "Recurso de Reconsideracion",
  """Prezados senhores,

Eu, Domingos Manuel Kiala, de nacionalidade angolana, passaporte N° N2345678, venho apresentar recurso de reconsideração contra a decisão que negou o meu pedido de refúgio.

Motivo: a decisão não considerou os documentos que provam a perseguição política que sofri em Cabinda.

Telefone: +51 976 114 220
E-mail: domingos.kiala@gmail.com

Atenciosamente,
Domingos Manuel Kiala""",
  proc="reconsideracion", sig="absent",
  fields={"nombres":"Domingos Manuel Kiala","nacionalidad":"AO","documento_identidad":"N2345678",
          "telefono":"+51976114220","correo":"domingos.kiala@gmail.com",
          "motivo":"a decisão não considerou os documentos que provam a perseguição política que sofri em Cabinda"})

# 12 reconsideracion: lawyer on behalf, valid signed PDF, after close on Friday before long weekend
REC2 = ["ESTUDIO JURÍDICO HUAMÁN & ASOCIADOS", "",
  "Sumilla: Interpone Recurso de Reconsideración", "",
  "Abg. Rosa Elvira Huamán Quispe, con registro CAL 45871 y DNI 41235567, en representación de",
  "Yeferson David Lugo Arrieta, solicitante de refugio, con cédula V-26.145.903,",
  "a quien deberá notificarse al teléfono 991 604 228 y al correo yefersonlugo26@gmail.com.",
  "FUNDAMENTO: la resolución no valoró el informe médico que acredita las lesiones sufridas por mi patrocinado",
  "durante su detención arbitraria en Zulia.", "",
  "Lima, 4 de diciembre de 2026", "Atentamente,", "Rosa Elvira Huamán Quispe - Abogada"]
M("reconsideracion-abogada-en-representacion", MB_M, T(2026,12,4,17,10,22),
  "Estudio Huamán & Asociados <rhuaman@huamanabogados.pe>", "RECURSO DE RECONSIDERACIÓN - Yeferson Lugo Arrieta",
  """Señores:

En representación del Sr. Yeferson David Lugo Arrieta remito adjunto el recurso de reconsideración firmado digitalmente por la suscrita.

Atentamente,
Abg. Rosa Elvira Huamán Quispe
CAL 45871
Telf. estudio: (01) 426-7890""",
  atts=[("Reconsideracion_Lugo_firmado.pdf","application/pdf",signed_pdf(REC2))],
  proc="reconsideracion", sig="valid",
  fields={"nombres":"Yeferson David Lugo Arrieta","documento_identidad":"V26145903","telefono":"+51991604228",
          "correo":"yefersonlugo26@gmail.com",
          "motivo":"la resolución no valoró el informe médico que acredita las lesiones sufridas por mi patrocinado durante su detención arbitraria en Zulia"})

# 13 apelacion: signed PDF, timely, two-digit year notification
APE1 = ["Recurso de Apelación", "",
  "Nombres y apellidos: Gabriela Sofía Montes de Oca Rivas", "Pasaporte: 152207368",
  "Teléfono: 912 078 334", "Correo electrónico: gsmontesdeoca@gmail.com", "",
  "Resolución confirmatoria notificada el 12/11/26.",
  "Motivo de la apelación: la Comisión aplicó mal la Declaración de Cartagena; la violencia generalizada en mi",
  "estado de origen está documentada por ACNUR.", "",
  "Atentamente,", "Gabriela Sofía Montes de Oca Rivas"]
M("apelacion-pdf-firmado-a-tiempo", MB_M, T(2026,11,20,10,45,0),
  "Gabriela Montes de Oca <gsmontesdeoca@gmail.com>", "Recurso de Apelación",
  "Buenos días, adjunto mi recurso de apelación firmado digitalmente. Quedo atenta al cargo.\n\nGabriela Montes de Oca\n",
  atts=[("apelacion_montesdeoca.pdf","application/pdf",signed_pdf(APE1))],
  proc="apelacion", sig="valid", notified=dt.date(2026,11,12),
  fields={"nombres":"Gabriela Sofía Montes de Oca Rivas","documento_identidad":"152207368","telefono":"+51912078334",
          "correo":"gsmontesdeoca@gmail.com",
          "motivo":"la Comisión aplicó mal la Declaración de Cartagena; la violencia generalizada en mi estado de origen está documentada por ACNUR"})

# 14 apelacion: Gmail HTML, signed PDF altered after signing -> invalid
APE2 = ["RECURSO DE APELACIÓN", "",
  "Yo, Ronald Enrique Carrasquel Díaz, con cédula V-20.661.478, teléfono 948 113 602,",
  "correo ronaldcarrasquel@gmail.com, interpongo recurso de apelación.",
  "Motivo: se me negó el refugio sin realizar la entrevista de elegibilidad.", "",
  "Atentamente,", "Ronald Enrique Carrasquel Díaz"]
M("apelacion-html-gmail-firma-alterada", MB_M, T(2026,11,26,16,20,0),
  "Ronald Carrasquel <ronaldcarrasquel@gmail.com>", "Recurso de apelacion",
  """Buenas tardes,

Envío mi recurso de apelación en PDF.

Nombre: Ronald Enrique Carrasquel Díaz
Cédula: V-20.661.478
Celular: 948 113 602
Motivo: se me negó el refugio sin realizar la entrevista de elegibilidad.

Saludos""",
  html="""<div dir="ltr"><div>Buenas tardes,</div><div><br></div><div>Envío mi recurso de apelación en PDF.</div><div><br></div><div><b>Nombre:</b> Ronald Enrique Carrasquel Díaz</div><div><b>Cédula:</b> V-20.661.478</div><div><b>Celular:</b> 948 113 602</div><div><b>Motivo:</b> se me negó el refugio sin realizar la entrevista de elegibilidad.</div><div><br></div><div>Saludos</div></div>""",
  atts=[("Apelacion_Carrasquel.pdf","application/pdf",signed_pdf(APE2, alter=True))],
  proc="apelacion", sig="invalid",
  fields={"nombres":"Ronald Enrique Carrasquel Díaz","documento_identidad":"V20661478","telefono":"+51948113602",
          "correo":"ronaldcarrasquel@gmail.com","motivo":"se me negó el refugio sin realizar la entrevista de elegibilidad"})

# 15 apelacion: photo of handwritten letter (JPEG), late
M("apelacion-foto-manuscrita-extemporanea", MB_M, T(2026,11,30,8,12,47),
  "yulimar sanchez <yuli.sanchez.88@hotmail.com>", "Fwd: recurso de apelacion",
  """---------- Forwarded message ---------
De: yulimar sanchez <yuli.sanchez.88@hotmail.com>
Date: dom, 29 nov 2026 a las 21:40
Subject: recurso de apelacion
To: yuli.sanchez.88@hotmail.com

buenas noches, mando la foto de mi carta de apelacion firmada a mano
mi nombre es Yulimar Andreina Sanchez Ochoa
cedula 17.992.035 venezolana
tlf +58 412 889 1045 (whatsapp)
me notificaron la negativa el 2 de octubre de 2026, no pude mandarlo antes porque no tenia internet
motivo de la apelacion: mi expediente se evaluo con la informacion equivocada, yo no vivia en Caracas sino en Barinas donde me amenazaron
correo yuli.sanchez.88@hotmail.com""",
  atts=[("IMG_20261129_213355.jpg","image/jpeg",hand_image(["Apelacion","Yulimar Andreina Sanchez Ochoa","C.I. 17.992.035","firma: Yulimar S."]))],
  proc="apelacion", sig="manuscrita", notified=dt.date(2026,10,2),
  fields={"nombres":"Yulimar Andreina Sanchez Ochoa","nacionalidad":"VE","documento_identidad":"17992035",
          "telefono":"+584128891045","correo":"yuli.sanchez.88@hotmail.com",
          "motivo":"mi expediente se evaluo con la informacion equivocada, yo no vivia en Caracas sino en Barinas donde me amenazaron"})

# 16 apelacion: French, text-only PDF (no signature), no phone
APE3 = ["RECURSO DE APELACION / RECOURS EN APPEL", "",
  "Nom complet : Patrick Mbuyi Kalonji", "Nationalite : congolaise (RDC)", "Passeport : OP0234567",
  "Courriel : p.mbuyi.kalonji@gmail.com", "",
  "Motif : la decision ne tient pas compte des menaces recues de la part des milices au Nord-Kivu.", "",
  "Patrick Mbuyi Kalonji"]
M("appel-francais-pdf-sans-signature", MB_M, T(2026,12,14,10,2,0),
  "Patrick Mbuyi <p.mbuyi.kalonji@gmail.com>", "Recurso de Apelación - Mbuyi Kalonji",
  """Madame, Monsieur,

Je vous prie de trouver ci-joint mon recours en appel (Recurso de Apelación) contre la décision qui a confirmé le refus de ma demande de statut de réfugié.

Veuillez agréer mes salutations distinguées.
Patrick Mbuyi Kalonji""",
  atts=[("recours_appel_mbuyi.pdf","application/pdf",text_pdf(APE3))],
  proc="apelacion", sig="absent",
  fields={"nombres":"Patrick Mbuyi Kalonji","nacionalidad":"CD","documento_identidad":"OP0234567",
          "correo":"p.mbuyi.kalonji@gmail.com",
          "motivo":"la decision ne tient pas compte des menaces recues de la part des milices au Nord-Kivu"})

# 17 renuncia: applicant, valid signed PDF, complete
REN1 = ["RENUNCIA AL TRÁMITE DE SOLICITUD DE REFUGIO", "",
  "Yo, Jhonatan Eduardo Briceño Lara, de nacionalidad venezolana, con pasaporte N° 108447291,",
  "teléfono 955 310 662, manifiesto mi decisión de renunciar a mi solicitud de refugio.",
  "Motivo: he obtenido el Permiso Temporal de Permanencia y deseo regularizarme por esa vía.", "",
  "Atentamente,", "Jhonatan Eduardo Briceño Lara"]
M("renuncia-solicitante-pdf-firmado", MB_M, T(2026,10,22,9,31,0),
  "Jhonatan Briceño <jhonatanbriceno.l@gmail.com>", "Renuncia",
  "Señores CEPR, adjunto mi carta de renuncia firmada digitalmente.\nSaludos cordiales,\nJhonatan Briceño",
  atts=[("renuncia_briceno.pdf","application/pdf",signed_pdf(REN1))],
  proc="renuncia", sig="valid",
  fields={"nombres":"Jhonatan Eduardo Briceño Lara","nacionalidad":"VE","documento_identidad":"108447291",
          "telefono":"+51955310662","correo":"jhonatanbriceno.l@gmail.com",
          "motivo":"he obtenido el Permiso Temporal de Permanencia y deseo regularizarme por esa vía"})

# 18 renuncia: recognised refugee with CE, scanned PDF, sent to refugiados@
M("renuncia-refugiado-escaneo-derivado", MB_R, T(2026,12,2,11,0,0),
  "Reinaldo Acosta <reinaldo.acosta.m@gmail.com>", "RENUNCIA A LA CONDICION DE REFUGIADO",
  """Señores:
Por medio de la presente les hago llegar mi renuncia a la condición de refugiado (carta firmada y escaneada adjunta).

Nombres y apellidos / Reinaldo José Acosta Marín
Nacionalidad / Venezuela
Pasaporte / 097553120
Carné de extranjería / 001245877
Teléfono / 941 882 093
Motivo / regreso definitivo a Venezuela para cuidar a mi padre enfermo.

Reinaldo Acosta""",
  atts=[("renuncia_firmada.pdf","application/pdf",scanned_pdf(["Renuncia a la condicion de refugiado","Reinaldo Jose Acosta Marin","CE 001245877","(firma)"]))],
  proc="renuncia", sig="manuscrita",
  fields={"nombres":"Reinaldo José Acosta Marín","nacionalidad":"VE","documento_identidad":"097553120",
          "carne_extranjeria":"001245877","telefono":"+51941882093","correo":"reinaldo.acosta.m@gmail.com",
          "motivo":"regreso definitivo a Venezuela para cuidar a mi padre enfermo"})

# 19 renuncia: refugiada reconocida, no CE, body only
M("renuncia-refugiada-sin-carne-sin-firma", MB_M, T(2026,12,10,13,13,13),
  "Lisbeth Gamboa <lisbethgamboa@yahoo.es>", "renuncia",
  """Hola, soy Lisbeth Carolina Gamboa Pino, venezolana, refugiada reconocida, cédula V-22.110.906, cel 958-772-014. Quiero renunciar a mi condición de refugiada porque me voy a vivir a España con mi esposo, que es español. Díganme qué más necesitan.""",
  proc="renuncia", sig="absent", refugee=True,
  fields={"nombres":"Lisbeth Carolina Gamboa Pino","nacionalidad":"VE","documento_identidad":"V22110906",
          "telefono":"+51958772014","correo":"lisbethgamboa@yahoo.es",
          "motivo":"me voy a vivir a España con mi esposo, que es español"})

# 20 prorroga_residencia: tab-separated list, complete
M("prorroga-residencia-tabs", MB_R, T(2026,10,6,10,0,0),
  "Marisol Figueredo <marisolfigueredo81@gmail.com>", "Prórroga de residencia",
  "Buenos días, solicito la prórroga anual de mi residencia como refugiada.\n\n"
  "Nombres y Apellidos:\tMarisol Figueredo Yánez\n"
  "Sexo:\tFemenino\n"
  "Nacionalidad:\tvenezolana\n"
  "Pasaporte:\t072338145\n"
  "Carné de Extranjería:\t000953207\n"
  "Fecha de nacimiento:\t03/07/1988\n"
  "Teléfono:\t+51 986 540 112\n\nGracias de antemano.",
  proc="prorroga_residencia",
  fields={"nombres":"Marisol Figueredo Yánez","sexo":"F","nacionalidad":"VE","documento_identidad":"072338145",
          "carne_extranjeria":"000953207","fecha_nacimiento":"1988-07-03","telefono":"+51986540112",
          "correo":"marisolfigueredo81@gmail.com"})

# 21 prorroga_residencia: synonym subject, missing sexo and fecha_nacimiento
M("renovacion-residencia-incompleta", MB_R, T(2026,10,27,17,45,0),
  "Ahmed Al-Khatib <ahmad.khatib.pe@gmail.com>", "Renovacion de residencia",
  """Dear Sirs,

I am a recognized refugee and I need the annual renewal of my residence (prórroga de residencia).
Name: Ahmad Al-Khatib
Nationality: Syrian
Passport: N012558734
Carné de extranjería: 001377460
Phone: 987 003 551

Best regards""",
  proc="prorroga_residencia",
  fields={"nombres":"Ahmad Al-Khatib","nacionalidad":"SY","documento_identidad":"N012558734",
          "carne_extranjeria":"001377460","telefono":"+51987003551","correo":"ahmad.khatib.pe@gmail.com"})

# 22 prorroga_residencia: husband writes for wife, two-digit birth year, wrong mailbox
M("prorroga-esposo-por-esposa-derivado", MB_S, T(2026,11,9,9,9,9),
  "Freddy Colmenares <freddycolmenares@gmail.com>", "Prorroga de residencia de mi esposa",
  """Buenos días. Mi nombre es Freddy Colmenares (pasaporte 088120556, venezolano). Escribo por mi esposa, que es refugiada reconocida y necesita la prórroga de residencia:

- nombre: Nathaly Beatriz Urbina de Colmenares
- sexo: femenino
- nacionalidad: venezolana
- cédula: V-19.004.633
- carné de extranjería: 000811942
- nacimiento: 14/02/85
- su celular: 927 665 013

Yo tengo mi trámite aparte. Gracias.""",
  proc="prorroga_residencia",
  fields={"nombres":"Nathaly Beatriz Urbina de Colmenares","sexo":"F","nacionalidad":"VE","documento_identidad":"V19004633",
          "carne_extranjeria":"000811942","fecha_nacimiento":"1985-02-14","telefono":"+51927665013",
          "correo":"freddycolmenares@gmail.com"})

# 23 prorroga_residencia: Outlook HTML table, Portuguese
M("prorrogacao-outlook-tabela", MB_R, T(2027,1,11,15,40,0),
  "Ana Paula Mendes <anapaula.mendes@outlook.com>", "Prórroga de Residencia",
  """Bom dia,
Solicito a prorrogação anual da minha residência como refugiada reconhecida.
Nome completo: Ana Paula Mendes Tavares
Sexo: F
Nacionalidade: brasileira
Passaporte: FX438211
Carné de Extranjería: 001509331
Data de nascimento: 22/03/1979
Telefone: 916 224 507
Obrigada.""",
  html="""<html><body><p class="MsoNormal">Bom dia,</p><p class="MsoNormal">Solicito a prorrogação anual da minha residência como refugiada reconhecida.</p>
<table border="1" cellpadding="4"><tr><td>Nome completo</td><td>Ana Paula Mendes Tavares</td></tr>
<tr><td>Sexo</td><td>F</td></tr><tr><td>Nacionalidade</td><td>brasileira</td></tr>
<tr><td>Passaporte</td><td>FX438211</td></tr><tr><td>Carné de Extranjería</td><td>001509331</td></tr>
<tr><td>Data de nascimento</td><td>22/03/1979</td></tr><tr><td>Telefone</td><td>916 224 507</td></tr></table>
<p class="MsoNormal">Obrigada.</p></body></html>""",
  proc="prorroga_residencia",
  fields={"nombres":"Ana Paula Mendes Tavares","sexo":"F","nacionalidad":"BR","documento_identidad":"FX438211",
          "carne_extranjeria":"001509331","fecha_nacimiento":"1979-03-22","telefono":"+51916224507",
          "correo":"anapaula.mendes@outlook.com"})

# 24 duplicado CE: complete with denuncia PDF
DEN1 = ["POLICIA NACIONAL DEL PERU - COMISARIA SAN JUAN DE LURIGANCHO", "",
  "Copia certificada de denuncia policial N° 2026-1144", "Denunciante: Gustavo Adolfo Piñango Ruiz",
  "Hecho: perdida de documentos (carne de extranjeria) el 28/10/2026."]
M("duplicado-ce-con-denuncia-pdf", MB_R, T(2026,11,2,10,30,0),
  "Gustavo Piñango <gpinango.ruiz@gmail.com>", "Duplicado de carné de extranjería",
  """Señores, solicito duplicado de mi carné de extranjería por pérdida. Adjunto la denuncia policial.

Nombres y apellidos completos: Gustavo Adolfo Piñango Ruiz
Sexo: M
Nacionalidad: Venezolana
Cédula: V-15.882.604
N° Carné de Extranjería: 000677215
Fecha de nacimiento: 1979-12-30
Teléfono: 999 415 238""",
  atts=[("denuncia_policial_perdida.pdf","application/pdf",text_pdf(DEN1))],
  proc="duplicado_carne_extranjeria", denuncia=True,
  fields={"nombres":"Gustavo Adolfo Piñango Ruiz","sexo":"M","nacionalidad":"VE","documento_identidad":"V15882604",
          "carne_extranjeria":"000677215","fecha_nacimiento":"1979-12-30","telefono":"+51999415238",
          "correo":"gpinango.ruiz@gmail.com"})

# 25 duplicado CE: ambiguous subject, body names the CE; no denuncia attached yet
M("duplicado-carnet-sin-denuncia", MB_R, T(2026,12,12,10,10,0),
  "Wendy Salcedo <wendysalcedo.c@gmail.com>", "duplicado de carnet",
  """Buen dia, me robaron la cartera y necesito el duplicado de mi carné de extranjería de refugiada. Todavía no tengo la denuncia porque la comisaría no me la entregó, la mando después.

Wendy Carolina Salcedo Crespo, mujer, ecuatoriana, cédula 0923451876, carné de extranjería 001188032, nací el 5 de mayo de 1994, celular de Ecuador +593 98 123 4567 (WhatsApp).""",
  proc="duplicado_carne_extranjeria", denuncia=False,
  fields={"nombres":"Wendy Carolina Salcedo Crespo","sexo":"F","nacionalidad":"EC","documento_identidad":"0923451876",
          "carne_extranjeria":"001188032","fecha_nacimiento":"1994-05-05","telefono":"+593981234567",
          "correo":"wendysalcedo.c@gmail.com"})

# 26 duplicado CE: denuncia as photo, sent to mesadepartes
M("duplicado-ce-foto-denuncia-derivado", MB_M, T(2027,1,6,12,0,0),
  "Tomás Agüero <tomas.aguero.cu@gmail.com>", "Solicitud duplicado carné de extranjería",
  """Compañeros, buenas.

Solicito duplicado del carné de extranjería, lo perdí en el bus. Adjunto foto de la denuncia.

Tomás Ernesto Agüero Llanes
Masculino
Cubano
Pasaporte cubano: K442918
CE: 001402266
F. nacimiento: 30-08-1970
Telf. 9 2211 4488""",
  atts=[("denuncia_comisaria.jpg","image/jpeg",hand_image(["DENUNCIA POLICIAL","Comisaria de Breña","Tomas Ernesto Aguero Llanes"]))],
  proc="duplicado_carne_extranjeria", denuncia=True,
  fields={"nombres":"Tomás Ernesto Agüero Llanes","sexo":"M","nacionalidad":"CU","documento_identidad":"K442918",
          "carne_extranjeria":"001402266","fecha_nacimiento":"1970-08-30","telefono":"+51922114488",
          "correo":"tomas.aguero.cu@gmail.com"})

# 27 autorizacion_viaje: complete, signed PDF
VIA1 = ["SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)", "",
  "Nombres y apellidos: Elvis Rafael Tovar Guédez", "Carné de Extranjería: 000590318", "Teléfono: 972 331 846",
  "Motivo del viaje: fallecimiento de mi madre, sepelio y trámites sucesorios.",
  "Lugar de destino: Caracas, Venezuela", "Fecha de salida: 15/12/2026", "Fecha de retorno: 05/01/2027", "",
  "Atentamente,", "Elvis Rafael Tovar Guédez"]
M("viaje-urgencia-pdf-firmado", MB_R, T(2026,12,3,9,15,0),
  "Elvis Tovar <elvistovar.g@gmail.com>", "Autorización de Viaje",
  "Buenos días, adjunto solicitud firmada de autorización de viaje por urgencia familiar.\nElvis Tovar\n",
  atts=[("autorizacion_viaje_tovar.pdf","application/pdf",signed_pdf(VIA1))],
  proc="autorizacion_viaje", sig="valid",
  fields={"nombres":"Elvis Rafael Tovar Guédez","carne_extranjeria":"000590318","telefono":"+51972331846",
          "motivo":"fallecimiento de mi madre, sepelio y trámites sucesorios","destino":"Caracas, Venezuela",
          "fecha_salida":"2026-12-15","fecha_retorno":"2027-01-05","correo":"elvistovar.g@gmail.com"})

# 28 autorizacion_viaje: photo of signed letter, two-digit travel years, after close in December
M("permiso-viaje-foto-anios-dos-digitos", MB_R, T(2026,12,18,19,30,0),
  "Roxana Bermúdez <roxbermudez@gmail.com>", "permiso de viaje urgente",
  """Buenas noches, necesito autorización de viaje por urgencia, adjunto mi solicitud firmada a mano (foto).

Nombre: Roxana Isabel Bermúdez Chacón
Carné de extranjería: 001066574
Teléfono: 9 3355 8210
Destino: Bogotá, Colombia
Motivo: cirugía de mi hijo en el Hospital San Ignacio, debo acompañarlo.
Salida: 23/01/27
Retorno: 06/02/27""",
  atts=[("solicitud_viaje.jpg","image/jpeg",hand_image(["Solicitud de autorizacion de viaje","Roxana Isabel Bermudez Chacon","CE 001066574","firma"]))],
  proc="autorizacion_viaje", sig="manuscrita",
  fields={"nombres":"Roxana Isabel Bermúdez Chacón","carne_extranjeria":"001066574","telefono":"+51933558210",
          "destino":"Bogotá, Colombia","motivo":"cirugía de mi hijo en el Hospital San Ignacio, debo acompañarlo",
          "fecha_salida":"2027-01-23","fecha_retorno":"2027-02-06","correo":"roxbermudez@gmail.com"})

# 29 autorizacion_viaje: English, body only, no return date
M("travel-authorization-english-no-return", MB_R, T(2026,10,15,12,45,0),
  "Samuel Okonkwo <samuel.okonkwo.lima@gmail.com>", "Autorizacion de viaje - urgent",
  """Good afternoon,

I am a recognized refugee in Peru and I urgently need a travel authorization (autorización de viaje).
My name is Samuel Chidi Okonkwo, carné de extranjería 001290447, phone 945 661 230.
I must travel to Santiago de Chile because my brother had a serious accident. Departure date: 20/10/2026. I do not know yet when I will come back.

Thank you.""",
  proc="autorizacion_viaje", sig="absent",
  fields={"nombres":"Samuel Chidi Okonkwo","carne_extranjeria":"001290447","telefono":"+51945661230",
          "destino":"Santiago de Chile","motivo":"my brother had a serious accident",
          "fecha_salida":"2026-10-20","correo":"samuel.okonkwo.lima@gmail.com"})

# 30 autorizacion_viaje: wrong mailbox, signed then altered PDF
VIA2 = ["Solicitud de Autorización de Viaje", "",
  "Yo, Ingrid Valentina Peña Sosa, refugiada reconocida con Carné de Extranjería N° 001355902,",
  "teléfono 964 770 318, solicito autorización para viajar a Quito, Ecuador,",
  "saliendo el 15 de enero de 2027 y retornando el 25 de enero de 2027.",
  "Motivo: audiencia judicial por la custodia de mi hija.", "",
  "Atentamente,", "Ingrid Valentina Peña Sosa"]
M("autorizacion-viaje-firma-alterada-derivado", MB_S, T(2027,1,4,10,20,0),
  "Ingrid Peña <ingridpena.s@hotmail.com>", "AUTORIZACION DE VIAJE",
  "Buenos días, adjunto mi solicitud de autorización de viaje. Gracias.\nIngrid Peña\n",
  atts=[("viaje_pena.pdf","application/pdf",signed_pdf(VIA2, alter=True))],
  proc="autorizacion_viaje", sig="invalid",
  fields={"nombres":"Ingrid Valentina Peña Sosa","carne_extranjeria":"001355902","telefono":"+51964770318",
          "destino":"Quito, Ecuador","motivo":"audiencia judicial por la custodia de mi hija",
          "fecha_salida":"2027-01-15","fecha_retorno":"2027-01-25","correo":"ingridpena.s@hotmail.com"})

# 31 carne_solicitante: suspended
M("carne-solicitante-suspendido", MB_S, T(2026,10,19,11,11,0),
  "Carlos Ybarra <carlos.ybarra.v@gmail.com>", "Carné de solicitante",
  """Buen día, quisiera saber cuándo puedo sacar mi carné de solicitante de refugio. Ya hice la entrevista de registro en agosto.
Carlos Ybarra Villegas
Pasaporte 143556207
cel 981 405 663""",
  proc="carne_solicitante",
  fields={"nombres":"Carlos Ybarra Villegas","documento_identidad":"143556207","telefono":"+51981405663",
          "correo":"carlos.ybarra.v@gmail.com"})

# 32 carne_solicitante: duplicate of the applicant card, with denuncia
M("duplicado-carne-solicitante-suspendido", MB_S, T(2026,12,22,16,0,0),
  "Mirla Guzmán <mirlaguzman@gmail.com>", "Duplicado de carné de solicitante de refugio",
  """Señores, perdí mi carné de solicitante de refugio y necesito el duplicado. Adjunto la denuncia.
Mirla Josefina Guzmán Alvarado, venezolana, V-23.440.187, teléfono 917 552 830.""",
  atts=[("denuncia.pdf","application/pdf",text_pdf(["Denuncia policial","Perdida de carne de solicitante de refugio","Mirla Josefina Guzman Alvarado"]))],
  proc="carne_solicitante",
  fields={"nombres":"Mirla Josefina Guzmán Alvarado","nacionalidad":"VE","documento_identidad":"V23440187",
          "telefono":"+51917552830","correo":"mirlaguzman@gmail.com"})

# 33 solicitud_refugio: wants to apply
M("quiero-pedir-refugio-portal", MB_S, T(2026,10,26,20,5,0),
  "Elkin Ramírez <elkinramirez.co@gmail.com>", "Solicitud de refugio",
  """Buenas noches, soy colombiano, llegué a Lima hace dos semanas huyendo de amenazas en Cauca. Quiero presentar una solicitud de refugio, ¿cómo hago? Mi nombre es Elkin Darío Ramírez Muñoz, cédula 1.061.774.209, celular 902 117 634.""",
  proc="solicitud_refugio",
  fields={"nombres":"Elkin Darío Ramírez Muñoz","nacionalidad":"CO","documento_identidad":"1061774209",
          "telefono":"+51902117634","correo":"elkinramirez.co@gmail.com"})

# 34 solicitud_refugio: French, to mesadepartes (portal: never derivado)
M("demande-refuge-francais-portal", MB_M, T(2026,11,21,10,0,0),
  "Marie-Claude Joseph <mcjoseph.ht@gmail.com>", "Solicitud de Refugio - famille haïtienne",
  """Bonjour,

Je m'appelle Marie-Claude Joseph, je suis haïtienne (passeport RD4471902). Je suis arrivée au Pérou avec mes deux enfants et je voudrais présenter une solicitud de refugio. Comment faire ?

Merci,
Marie-Claude Joseph""",
  proc="solicitud_refugio",
  fields={"nombres":"Marie-Claude Joseph","nacionalidad":"HT","documento_identidad":"RD4471902",
          "correo":"mcjoseph.ht@gmail.com"})

# 35 autorizacion_trabajo
M("autorizacion-trabajo-portal", MB_S, T(2026,11,4,8,30,0),
  "Jesús Perdomo <jesusperdomo1990@gmail.com>", "Autorización de trabajo",
  "Buenos días, ¿cómo saco la autorización de trabajo? mi empleador me la pide. Jesús Alberto Perdomo Silva, V-20.117.508",
  proc="autorizacion_trabajo",
  fields={"nombres":"Jesús Alberto Perdomo Silva","documento_identidad":"V20117508","correo":"jesusperdomo1990@gmail.com"})

# 36 autorizacion_trabajo: renewal, RV:
M("rv-renovar-permiso-trabajo-portal", MB_R, T(2027,1,16,9,0,0),
  "Luz Marina Ortega <luzmarina.ortega@hotmail.com>", "RV: autorizacion de trabajo vencida",
  """Buenos días, reenvío mi consulta: mi autorización de trabajo virtual venció y necesito renovarla. Soy Luz Marina Ortega Duque, colombiana, teléfono 955 006 271.

________________________________
De: Luz Marina Ortega <luzmarina.ortega@hotmail.com>
Enviado: lunes, 4 de enero de 2027 18:20
Para: refugiados@rree.gob.pe
Asunto: autorizacion de trabajo vencida

Hola, mi autorización de trabajo venció, ¿qué hago?""",
  proc="autorizacion_trabajo",
  fields={"nombres":"Luz Marina Ortega Duque","nacionalidad":"CO","telefono":"+51955006271",
          "correo":"luzmarina.ortega@hotmail.com"})

# 37 entrevista_registro
M("entrevista-registro-portal", MB_S, T(2026,10,13,14,0,0),
  "Yusmary Lugo <yusmarylugo@gmail.com>", "Entrevista de registro",
  "Buenas tardes, hice mi solicitud hace 3 meses y todavía no me llega la cita para la entrevista de registro. ¿Cuándo me toca?\nYusmary Lugo Pérez\n",
  proc="entrevista_registro",
  fields={"nombres":"Yusmary Lugo Pérez","correo":"yusmarylugo@gmail.com"})

# 38 entrevista_registro: vague subject, body names it
M("consulta-reprogramar-entrevista", MB_S, T(2026,12,26,11,30,0),
  "Omar Haddad <omar.haddad.lima@gmail.com>", "Consulta",
  "Hello, I cannot attend my entrevista de registro on the date I received. Can I reschedule my registration interview? Omar Haddad, passport 011873462, Syrian.",
  proc="entrevista_registro",
  fields={"nombres":"Omar Haddad","documento_identidad":"011873462","nacionalidad":"SY","correo":"omar.haddad.lima@gmail.com"})

# 39 triage: "Ayuda"
M("ayuda-vago", MB_S, T(2026,10,29,7,50,0),
  "Keila <keilamar2001@gmail.com>", "Ayuda",
  "hola buenos dias necesito ayuda con mi caso no se que hacer nadie me responde por favor\nKeila Marcano",
  proc=None,
  fields={"nombres":"Keila Marcano","correo":"keilamar2001@gmail.com"})

# 40 triage: two procedures named
M("consulta-dos-tramites", MB_S, T(2026,11,18,10,40,0),
  "Jorge Betancourt <jbetancourt.ve@gmail.com>", "Consulta",
  """Buenos días. Tengo dos dudas: quiero hacer la actualización de datos porque me mudé, y también necesito el cambio de clave porque no puedo entrar al sistema. ¿Los mando en un solo correo o por separado?
Jorge Luis Betancourt Rondón
V-18.775.032""",
  proc=None,
  fields={"nombres":"Jorge Luis Betancourt Rondón","documento_identidad":"V18775032","correo":"jbetancourt.ve@gmail.com"})

# 41 triage: ambiguous "duplicado de carnet", body doesn't say which
M("duplicado-carnet-ambiguo", MB_R, T(2027,1,20,17,20,0),
  "Nelson Rivas <nelsonrivas.m@gmail.com>", "Duplicado de carnet",
  "Buenas tardes, se me perdió el carnet en la combi. ¿Qué debo hacer para sacar otro? Nelson Rivas Mota, cel 961 300 492",
  proc=None,
  fields={"nombres":"Nelson Rivas Mota","telefono":"+51961300492","correo":"nelsonrivas.m@gmail.com"})

# 42 ignorado: out-of-office reply
M("respuesta-automatica-fuera-oficina", MB_M, T(2026,10,16,9,2,0),
  "Paola Andrade <paola.andrade@ongrefugio.org>", "Respuesta automática: Consulta",
  "Estaré fuera de la oficina hasta el 26 de octubre. Para temas urgentes escriba a coordinacion@ongrefugio.org.",
  headers={"Auto-Submitted":"auto-replied","X-Autoreply":"yes"},
  proc=None, ignorado=True, fields={})

# 43 ignorado: delivery status notification
def _bounce():
    import email as _e
    from email import policy as _p
    raw = """MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDr44"

--BOUNDr44
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<fulanito.perez@gmial.com>: Host or domain name not found.

--BOUNDr44
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.rree.gob.pe

Final-Recipient: rfc822; fulanito.perez@gmial.com
Action: failed
Status: 5.1.2

--BOUNDr44
Content-Type: text/rfc822-headers

From: solicitantesrefugio@rree.gob.pe
To: fulanito.perez@gmial.com
Subject: Acuse de recibo

--BOUNDr44--
"""
    return _e.message_from_string(raw, policy=_p.default)
M("rebote-mailer-daemon", MB_S, T(2026,11,7,3,14,0),
  "Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>", "Undelivered Mail Returned to Sender", "",
  raw=_bounce(), proc=None, ignorado=True, fields={})

# 44 ignorado: mailing list newsletter
M("boletin-lista-precedence-bulk", MB_R, T(2026,12,1,6,0,0),
  "Boletín Migración Hoy <boletin@migracionhoy.info>", "Boletín semanal: novedades migratorias de diciembre",
  "Novedades de la semana: cambios en el PTP, ferias informativas en Lima Norte y más.\n\nPara darse de baja responda UNSUBSCRIBE.",
  headers={"List-Id":"Boletin Migracion Hoy <boletin.migracionhoy.info>","Precedence":"bulk",
           "List-Unsubscribe":"<mailto:baja@migracionhoy.info>"},
  proc=None, ignorado=True, fields={})

# 45 ignorado: internal mail from an institutional mailbox
M("interno-desde-buzon-institucional", MB_M, T(2026,12,16,12,0,0),
  "Refugiados CEPR <refugiados@rree.gob.pe>", "Turnos de atención fin de año",
  "Colegas de mesa de partes: les compartimos los turnos de atención para las semanas del 21 de diciembre al 8 de enero. Saludos.",
  proc=None, ignorado=True, fields={})

# 46 actualizacion_datos: Outlook HTML, Ecuadorian, last days of January
M("actualizacion-outlook-ecuatoriano", MB_S, T(2027,1,29,11,5,0),
  "Byron Cevallos <byron.cevallos@outlook.es>", "Actualizacion de datos - Byron Cevallos",
  """Buenos días,
Por favor actualizar mis datos:
Nombres: Byron Patricio Cevallos Naranjo
Nacionalidad: Ecuador
Cédula de identidad: 1718293045
Teléfono: (+51) 940 118 276
Nueva dirección: Mz. B Lt. 7, Villa El Salvador
Saludos cordiales""",
  html="""<html><head><meta name="Generator" content="Microsoft Word 15"></head><body lang="ES-PE">
<div class="WordSection1"><p class="MsoNormal">Buenos días,<o:p></o:p></p><p class="MsoNormal">Por favor actualizar mis datos:<o:p></o:p></p>
<table class="MsoTableGrid" border="1"><tr><td><p class="MsoNormal">Nombres</p></td><td><p class="MsoNormal">Byron Patricio Cevallos Naranjo</p></td></tr>
<tr><td><p class="MsoNormal">Nacionalidad</p></td><td><p class="MsoNormal">Ecuador</p></td></tr>
<tr><td><p class="MsoNormal">Cédula de identidad</p></td><td><p class="MsoNormal">1718293045</p></td></tr>
<tr><td><p class="MsoNormal">Teléfono</p></td><td><p class="MsoNormal">(+51) 940 118 276</p></td></tr>
<tr><td><p class="MsoNormal">Nueva dirección</p></td><td><p class="MsoNormal">Mz. B Lt. 7, Villa El Salvador</p></td></tr></table>
<p class="MsoNormal">Saludos cordiales<o:p></o:p></p></div></body></html>""",
  proc="actualizacion_datos",
  fields={"nombres":"Byron Patricio Cevallos Naranjo","nacionalidad":"EC","documento_identidad":"1718293045",
          "telefono":"+51940118276","correo":"byron.cevallos@outlook.es"})
