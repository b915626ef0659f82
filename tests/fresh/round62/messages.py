# -*- coding: utf-8 -*-
# Message definitions for round62 (exec'd by build.py). fields = the clerk's labels.

# 1 actualización, complete, applicant, labelled list
msg("actualizacion-lista-completa", S, "2026-10-01T09:14:05", ("Yorgelis Pacheco", "yorgelis.pacheco88@gmail.com"),
    "Actualización de datos",
    """Buenos días,

Solicito la actualización de mis datos de contacto, ya que cambié de número y me mudé a Ate.

Nombres y apellidos: Yorgelis Carolina Pacheco Rondón
Nacionalidad: venezolana
Cédula: V-19.884.213
Nuevo teléfono: 926 418 337
Nueva dirección: Av. Los Cedros 412, Ate Vitarte

Gracias de antemano.
Yorgelis""",
    proc="actualizacion_datos",
    fields={"nombres": "Yorgelis Carolina Pacheco Rondón", "nacionalidad": "VE", "documento_identidad": "V19884213",
            "telefono": "+51926418337", "correo": "yorgelis.pacheco88@gmail.com"})

# 2 actualización, recognised refugee with CE, prose, saturday
msg("actualizacion-refugiado-prosa-sabado", S, "2026-10-03T11:42:50", ("", "hmontoya.ruiz@hotmail.com"),
    "actualizacion de datos - Hernán Montoya",
    """Señores de la Comisión, mi nombre es Hernán Darío Montoya Ruiz, soy colombiano y refugiado reconocido desde el 2022. Mi carné de extranjería es el 001284577 y mi cédula de ciudadanía C.C. 79.554.120. Les escribo para pedir que actualicen mi teléfono, el nuevo es +51 944 120 876 y el correo sigue siendo este mismo. Muchas gracias.""",
    proc="actualizacion_datos", recog=True,
    fields={"nombres": "Hernán Darío Montoya Ruiz", "nacionalidad": "CO", "documento_identidad": "79554120",
            "carne_extranjeria": "001284577", "telefono": "+51944120876", "correo": "hmontoya.ruiz@hotmail.com"})

# 3 actualización, recognised refugee without CE number -> subsanar
msg("actualizacion-refugiado-sin-carne", S, "2026-10-05T18:03:11", ("Mirlande", "mirlande.joseph@yahoo.fr"),
    "ACTUALIZACION DE DATOS",
    """Bonsoir / buenas noches

Soy refugiada reconocida, haitiana. Quiero cambiar mi numero de telefono.
Nombre: Mirlande Joseph
Pasaporte: HT4471209
Tel: 955-301-447

merci""",
    proc="actualizacion_datos", recog=True,
    fields={"nombres": "Mirlande Joseph", "nacionalidad": "HT", "documento_identidad": "HT4471209",
            "telefono": "+51955301447", "correo": "mirlande.joseph@yahoo.fr"})

# 4 actualización in Haitian Creole sent to refugiados -> derivado
msg("aktyalizasyon-kreyol-derivado", R, "2026-10-06T10:27:33", ("Wilner Pierre", "wilnerpierre509@gmail.com"),
    "Aktyalizasyon done / Actualización de datos",
    """Bonjou,

Mwen se Wilner Pierre, nasyonalite ayisyen. Mwen vle chanje nimewo telefòn mwen ak adrès mwen.
Nimewo paspò mwen: RD2938471
Nouvo nimewo telefòn: 987 112 093 (WhatsApp tou)
Nouvo adrès: Jr. Huánuco 233, San Juan de Lurigancho

Mèsi anpil""",
    proc="actualizacion_datos",
    fields={"nombres": "Wilner Pierre", "nacionalidad": "HT", "documento_identidad": "RD2938471",
            "telefono": "+51987112093", "correo": "wilnerpierre509@gmail.com"})

# 5 cambio de clave, phone one-liner, missing document
msg("cambio-clave-celular-sin-doc", S, "2026-10-07T21:48:02", ("", "anto.vzla.94@gmail.com"),
    "cambio de clave",
    """olvide mi clave del sistema, soy Antonella Guzmán Pérez cel 912 004 388 porfa ayuda

Enviado desde mi iPhone""",
    proc="cambio_clave",
    fields={"nombres": "Antonella Guzmán Pérez", "telefono": "+51912004388", "correo": "anto.vzla.94@gmail.com"})

# 6 cambio de clave complete; gives another e-mail as hers
msg("cambio-clave-otro-correo", S, "2026-10-09T08:55:40", ("Luis Ernesto", "lernesto.trabajo@outlook.com"),
    "Cambio de clave y contraseña",
    """Estimados:

Les escribo desde el correo de mi trabajo porque no puedo entrar al personal. Solicito el cambio de clave y contraseña del Sistema de Refugiados.

- Nombres y apellidos completos: Luis Ernesto Quintero Salas
- N° de pasaporte: 155873402
- Teléfono de contacto: 963 558 120
- Correo electrónico (el registrado en el sistema): luisquintero.salas@gmail.com

Atentamente,
Luis E. Quintero""",
    proc="cambio_clave",
    fields={"nombres": "Luis Ernesto Quintero Salas", "documento_identidad": "155873402",
            "telefono": "+51963558120", "correo": "luisquintero.salas@gmail.com"})

# 7 cambio de clave in English to mesa de partes -> derivado
msg("password-reset-english-derivado", M, "2026-10-12T14:10:19", ("Samuel Okafor", "sam.okafor.ng@gmail.com"),
    "Password change request (cambio de contraseña)",
    """Dear Sir/Madam,

I am an asylum seeker and I cannot log in to the refugee system; I would like to change my password.

Full name: Samuel Chinedu Okafor
Passport No.: A09384756
Phone: +234 803 555 0192 (also WhatsApp)
Email: sam.okafor.ng@gmail.com

Kind regards,
Samuel""",
    proc="cambio_clave",
    fields={"nombres": "Samuel Chinedu Okafor", "documento_identidad": "A09384756",
            "telefono": "+2348035550192", "correo": "sam.okafor.ng@gmail.com"})

# 8 cambio de clave, HTML table, states nationality too
msg("cambio-clave-tabla-html", S, "2026-10-13T16:41:27", ("Diana Marcela R.", "dmarcela.rojas@gmail.com"),
    "Cambio de clave",
    None,
    html="""<html><body><p>Buenas tardes, solicito por favor el cambio de clave. Mis datos:</p>
<table border="1" cellpadding="4">
<tr><td><b>Nombre completo</b></td><td>Diana Marcela Rojas Villamizar</td></tr>
<tr><td><b>Nacionalidad</b></td><td>Colombia</td></tr>
<tr><td><b>C.C.</b></td><td>1.094.882.371</td></tr>
<tr><td><b>Celular</b></td><td>(+51) 933 207 664</td></tr>
<tr><td><b>Correo</b></td><td>dmarcela.rojas@gmail.com</td></tr>
</table>
<p>Gracias,<br>Diana</p></body></html>""",
    proc="cambio_clave",
    fields={"nombres": "Diana Marcela Rojas Villamizar", "nacionalidad": "CO", "documento_identidad": "1094882371",
            "telefono": "+51933207664", "correo": "dmarcela.rojas@gmail.com"})

RECO_DOC = [
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
    "",
    "RECURSO DE RECONSIDERACIÓN",
]

# 9 reconsideración, signed PDF, notified in time
msg("reconsideracion-pdf-firmado-a-tiempo", M, "2026-10-14T10:05:00", ("Gabriel Ochoa", "gabriel.ochoa.m@gmail.com"),
    "Recurso de Reconsideración",
    """Señores Mesa de Partes:

Adjunto mi recurso de reconsideración firmado digitalmente contra la resolución que deniega mi solicitud de refugio, notificada el 2 de octubre de 2026.

Nombres y apellidos: Gabriel Alejandro Ochoa Marín
Cédula de identidad: V-21.337.904
Teléfono: 981 224 560
Correo: gabriel.ochoa.m@gmail.com

Motivo: presento nueva prueba, la denuncia ante la Fiscalía venezolana por las amenazas recibidas de colectivos armados, que no pude presentar antes.

Gabriel Ochoa""",
    att=[A_signed("reconsideracion_ochoa.pdf", RECO_DOC + [
        "Gabriel Alejandro Ochoa Marín, V-21.337.904, interpongo recurso de reconsideración.",
        "Motivo: nueva prueba (denuncia ante la Fiscalía por amenazas de colectivos armados).",
        "Lima, 13 de octubre de 2026."], "Gabriel Alejandro Ochoa Marin")],
    proc="reconsideracion", notif="2026-10-02",
    fields={"nombres": "Gabriel Alejandro Ochoa Marín", "documento_identidad": "V21337904", "telefono": "+51981224560",
            "correo": "gabriel.ochoa.m@gmail.com",
            "motivo": "presento nueva prueba, la denuncia ante la Fiscalía venezolana por las amenazas recibidas de colectivos armados, que no pude presentar antes."})

# 10 reconsideración, signed, late -> extemporaneo
msg("reconsideracion-extemporanea", M, "2026-11-12T11:30:45", ("Yaneisy", "yaneisy.c.fdez@nauta.cu"),
    "RECONSIDERACION - Yaneisy Fernández",
    """Buenos días. Me notificaron la resolución denegatoria con fecha 05/10/2026 pero estuve enferma y no pude enviar antes el recurso. Les pido que lo reciban.

Yaneisy Caridad Fernández Oliva
cubana, carnet de identidad 91081245678
telf 9 5432 1098
correo yaneisy.c.fdez@nauta.cu

El motivo: la resolución no valoró que fui perseguida por participar en las protestas del 11J, adjunto documento firmado.""",
    att=[A_signed("recurso.pdf", RECO_DOC + [
        "Yaneisy Caridad Fernández Oliva, carnet de identidad 91081245678.",
        "Solicito se reconsidere la resolución denegatoria."], "Yaneisy Caridad Fernandez Oliva")],
    proc="reconsideracion", notif="2026-10-05",
    fields={"nombres": "Yaneisy Caridad Fernández Oliva", "nacionalidad": "CU", "documento_identidad": "91081245678",
            "telefono": "+51954321098", "correo": "yaneisy.c.fdez@nauta.cu",
            "motivo": "la resolución no valoró que fui perseguida por participar en las protestas del 11J"})

# 11 reconsideración, text-only PDF -> firma absent
msg("reconsideracion-pdf-sin-firma", M, "2026-10-16T16:52:10", ("Franklin Briceño", "franklinbriceno@gmail.com"),
    "Recurso de reconsideracion",
    """Adjunto recurso. Datos:
Franklin José Briceño Acosta / V-17.004.552 / 902 337 810 / franklinbriceno@gmail.com
Motivo: no se tomó en cuenta mi condición de militar disidente, tengo orden de captura.""",
    att=[A_text("Recurso_Reconsideracion_Briceno.pdf", RECO_DOC + [
        "Franklin José Briceño Acosta, V-17.004.552.",
        "Motivo: no se tomó en cuenta mi condición de militar disidente.",
        "Firma: ______________________"])],
    proc="reconsideracion",
    fields={"nombres": "Franklin José Briceño Acosta", "documento_identidad": "V17004552", "telefono": "+51902337810",
            "correo": "franklinbriceno@gmail.com",
            "motivo": "no se tomó en cuenta mi condición de militar disidente, tengo orden de captura."})

# 12 reconsideración, scanned image PDF -> manuscrita, complete -> cargo + verificar_firma
msg("reconsideracion-escaneada", M, "2026-10-19T09:02:33", ("Rosa Elvira", "rosaelvira.mendez@gmail.com"),
    "Re: Recurso de Reconsideración",
    """Buen dia, envio escaneado mi recurso de reconsideracion firmado a mano.

Nombre: Rosa Elvira Méndez Carrillo
Pasaporte 138842190
Telefono +58 424 771 0932
correo rosaelvira.mendez@gmail.com
Motivo: mi hijo fue reclutado a la fuerza y temo por mi vida si regreso; pido se revise la decisión.

Dios les bendiga""",
    att=[A_scan("scan0001.pdf", ["Sres. CEPR", "Recurso de reconsideracion", "Rosa Elvira Mendez Carrillo",
                                 "Pasaporte 138842190", "Firma:"])],
    proc="reconsideracion",
    fields={"nombres": "Rosa Elvira Méndez Carrillo", "documento_identidad": "138842190", "telefono": "+584247710932",
            "correo": "rosaelvira.mendez@gmail.com",
            "motivo": "mi hijo fue reclutado a la fuerza y temo por mi vida si regreso; pido se revise la decisión."})

# 13 reconsideración, all data only in the signed PDF's text layer; sunday
msg("reconsideracion-datos-solo-en-pdf", M, "2026-10-25T19:20:00", ("", "jc.alvarado.perdomo@gmail.com"),
    "Recurso de Reconsideración",
    """Adjunto documento.""",
    att=[A_signed("RR_Alvarado.pdf", RECO_DOC + [
        "Yo, Juan Carlos Alvarado Perdomo, de nacionalidad venezolana, con pasaporte N° 144302981,",
        "con teléfono 976 883 014 y correo electrónico jc.alvarado.perdomo@gmail.com,",
        "interpongo recurso de reconsideración contra la resolución que denegó mi solicitud de refugio.",
        "MOTIVO: adjunto como nueva prueba la constancia de la ONG Provea que acredita mi detención arbitraria en 2019.",
        "Lima, 25 de octubre de 2026"], "Juan Carlos Alvarado Perdomo")],
    proc="reconsideracion",
    fields={"nombres": "Juan Carlos Alvarado Perdomo", "nacionalidad": "VE", "documento_identidad": "144302981", "telefono": "+51976883014",
            "correo": "jc.alvarado.perdomo@gmail.com",
            "motivo": "adjunto como nueva prueba la constancia de la ONG Provea que acredita mi detención arbitraria en 2019."})

# 14 reconsideración by a lawyer on behalf, signed PDF
msg("reconsideracion-abogada", M, "2026-10-27T12:48:16", ("Estudio Cárdenas & Asociados", "mcardenas@cardenasabogados.pe"),
    "Recurso de Reconsideración - Exp. 2025-RF-08812",
    """Señores
Comisión Especial para los Refugiados
Presente.-

Me dirijo a ustedes en mi calidad de abogada (CAL 48211) de la Sra. Keila Andreína Suárez Lugo, de nacionalidad venezolana, identificada con cédula V-24.119.876, para interponer recurso de reconsideración contra la resolución recaída en el expediente 2025-RF-08812.

Motivo del recurso: la resolución omite valorar el informe psicológico que acredita la violencia de género sufrida por mi patrocinada.

Para notificaciones de mi patrocinada: teléfono 947 552 013 y correo keila.suarez.lugo@gmail.com.

Adjunto el escrito firmado digitalmente.

Atentamente,
Dra. Mónica Cárdenas Ugarte
DNI 41887234""",
    att=[A_signed("escrito_reconsideracion_suarez.pdf", RECO_DOC + [
        "Keila Andreína Suárez Lugo, V-24.119.876, representada por su abogada.",
        "Motivo: omisión de valorar el informe psicológico."], "Monica Cardenas Ugarte")],
    proc="reconsideracion",
    fields={"nombres": "Keila Andreína Suárez Lugo", "nacionalidad": "VE", "documento_identidad": "V24119876",
            "telefono": "+51947552013", "correo": "keila.suarez.lugo@gmail.com",
            "motivo": "la resolución omite valorar el informe psicológico que acredita la violencia de género sufrida por mi patrocinada."})

APE_DOC = ["SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS", "", "RECURSO DE APELACIÓN"]

# 15 apelación in Portuguese, signed
msg("apelacao-portugues-assinado", M, "2026-10-28T15:33:09", ("Domingos Kiala", "domingos.kiala@gmail.com"),
    "Recurso de Apelação / Apelación",
    """Prezados senhores,

Venho por meio deste apresentar Recurso de Apelação contra a resolução que confirmou a negação do meu pedido de refúgio. Segue em anexo o documento assinado digitalmente.

Nome completo: Domingos Manuel Kiala
Nacionalidade: angolana
Passaporte: N2291844
Telefone: 989 441 207
E-mail: domingos.kiala@gmail.com

Motivo: a Comissão não considerou os relatórios sobre a perseguição política em Cabinda apresentados com o meu pedido.

Atenciosamente,
Domingos""",
    att=[A_signed("apelacao_kiala.pdf", APE_DOC + [
        "Domingos Manuel Kiala, pasaporte N2291844.",
        "Motivo: no se consideraron los informes sobre persecución en Cabinda."], "Domingos Manuel Kiala")],
    proc="apelacion",
    fields={"nombres": "Domingos Manuel Kiala", "nacionalidad": "AO", "documento_identidad": "N2291844",
            "telefono": "+51989441207", "correo": "domingos.kiala@gmail.com",
            "motivo": "a Comissão não considerou os relatórios sobre a perseguição política em Cabinda apresentados com o meu pedido."})

# 16 apelación, altered signed PDF -> invalid
msg("apelacion-pdf-alterado", M, "2026-10-30T17:12:44", ("Eglé Mujica", "eglemujica@gmail.com"),
    "RECURSO DE APELACION",
    """Sres. buenas tardes, adjunto mi apelacion firmada.

Eglé Beatriz Mujica Tovar
V 16.552.098
Cel: 918-770-245
eglemujica@gmail.com

Motivo de la apelacion: discrepo de la valoracion de las pruebas, mi esposo fue asesinado y la comision no lo considero.""",
    att=[A_altered("apelacion_mujica.pdf", APE_DOC + [
        "Eglé Beatriz Mujica Tovar, V 16.552.098.",
        "Motivo: discrepo de la valoracion de las pruebas."], "Egle Beatriz Mujica Tovar", "discrepo", "disiento")],
    proc="apelacion",
    fields={"nombres": "Eglé Beatriz Mujica Tovar", "documento_identidad": "V16552098", "telefono": "+51918770245",
            "correo": "eglemujica@gmail.com",
            "motivo": "discrepo de la valoracion de las pruebas, mi esposo fue asesinado y la comision no lo considero."})

# 17 apelación, JPEG photo of handwritten letter, no phone
msg("apelacion-foto-sin-telefono", M, "2026-11-02T08:15:27", ("Reinaldo", "reinaldo.pz1979@hotmail.com"),
    "apelacion",
    """Adjunto foto de mi carta de apelacion firmada. Me llamo Reinaldo Antonio Paz Zambrano, cedula V-12.908.334. Apelo porque la comision no creyo mi testimonio sobre la extorsion que sufri en Maracaibo.""",
    att=[A_img("IMG_20261101_221530.jpg", ["Señores CEPR", "Recurso de apelacion", "Reinaldo Antonio Paz Zambrano",
                                           "V-12.908.334", "Firma:"])],
    proc="apelacion",
    fields={"nombres": "Reinaldo Antonio Paz Zambrano", "documento_identidad": "V12908334",
            "correo": "reinaldo.pz1979@hotmail.com",
            "motivo": "la comision no creyo mi testimonio sobre la extorsion que sufri en Maracaibo"})

# 18 apelación, late (notified 15-10-26)
msg("apelacion-extemporanea-fecha-corta", M, "2026-11-20T10:44:51", ("Nelson Arrieta", "nelson.arrieta.co@gmail.com"),
    "Recurso de Apelación",
    """Señores CEPR:

Yo, Nelson Enrique Arrieta Villadiego, C.C. 1.047.392.118, colombiano, presento recurso de apelación contra la resolución de reconsideración notificada con fecha 15/10/2026.

Motivo: la Comisión aplicó mal la definición ampliada de refugiado de la Declaración de Cartagena.

Teléfono: 951 006 442
Correo: nelson.arrieta.co@gmail.com

Adjunto recurso firmado.""",
    att=[A_signed("apelacion.pdf", APE_DOC + [
        "Nelson Enrique Arrieta Villadiego, C.C. 1.047.392.118.",
        "Motivo: aplicación errónea de la Declaración de Cartagena."], "Nelson Enrique Arrieta Villadiego")],
    proc="apelacion", notif="2026-10-15",
    fields={"nombres": "Nelson Enrique Arrieta Villadiego", "nacionalidad": "CO", "documento_identidad": "1047392118",
            "telefono": "+51951006442", "correo": "nelson.arrieta.co@gmail.com",
            "motivo": "la Comisión aplicó mal la definición ampliada de refugiado de la Declaración de Cartagena."})

# 19 apelación sent to solicitantesrefugio -> derivado, signed, after close
msg("apelacion-buzon-equivocado", S, "2026-11-03T20:05:12", ("Marbelys Colina", "marbelyscolina@gmail.com"),
    "Fwd: Recurso de Apelación",
    """Disculpen, no sé si es este el correo correcto. Reenvío mi apelación.

---------- Forwarded message ---------
De: Marbelys Colina <marbelyscolina@gmail.com>
Date: mar, 3 nov 2026 a las 19:58
Subject: Recurso de Apelación
To: <marbelyscolina@gmail.com>

Nombres y Apellidos: Marbelys Josefina Colina Aranguren
Pasaporte: 127734605
Teléfono: 964 338 511
Correo: marbelyscolina@gmail.com
Motivo: no se consideró que soy defensora de derechos humanos y fui amenazada públicamente.""",
    att=[A_signed("Apelacion_Colina_firmada.pdf", APE_DOC + [
        "Marbelys Josefina Colina Aranguren, pasaporte 127734605.",
        "Motivo: defensora de derechos humanos amenazada."], "Marbelys Josefina Colina Aranguren")],
    proc="apelacion",
    fields={"nombres": "Marbelys Josefina Colina Aranguren", "documento_identidad": "127734605",
            "telefono": "+51964338511", "correo": "marbelyscolina@gmail.com",
            "motivo": "no se consideró que soy defensora de derechos humanos y fui amenazada públicamente."})

# 20 apelación, body only, no attachment -> firma missing
msg("apelacion-sin-adjunto", M, "2026-11-06T13:21:08", ("Jhonny", "jhonny.rangel.r@gmail.com"),
    "Apelación",
    """Buenas tardes quiero apelar la decision porque en mi pais sigo en peligro, la banda que me amenazo sigue buscandome.
Jhonny Alexander Rangel Rivas
V-26.883.190
WhatsApp +58 412 309 4471""",
    proc="apelacion",
    fields={"nombres": "Jhonny Alexander Rangel Rivas", "documento_identidad": "V26883190", "telefono": "+584123094471",
            "correo": "jhonny.rangel.r@gmail.com",
            "motivo": "en mi pais sigo en peligro, la banda que me amenazo sigue buscandome."})

# 21 renuncia in French, applicant (no CE), signed
msg("renonciation-francais-signee", M, "2026-11-09T10:10:10", ("Jean-Baptiste Mukendi", "jb.mukendi@gmail.com"),
    "Renuncia / Renonciation",
    """Madame, Monsieur,

Je renonce à ma demande de statut de réfugié, car j'ai obtenu un visa de travail au Canada et je quitterai le Pérou.

Nom et prénoms : Jean-Baptiste Mukendi Kabongo
Nationalité : congolaise (RDC)
Passeport : OP0849213
Téléphone : +51 970 118 245

Veuillez trouver ci-joint la lettre signée.

Cordialement""",
    att=[A_signed("renonciation_mukendi.pdf", ["RENUNCIA", "Jean-Baptiste Mukendi Kabongo, pasaporte OP0849213.",
                                               "Renuncio a mi solicitud de refugio."], "Jean-Baptiste Mukendi Kabongo")],
    proc="renuncia",
    fields={"nombres": "Jean-Baptiste Mukendi Kabongo", "nacionalidad": "CD", "documento_identidad": "OP0849213",
            "telefono": "+51970118245", "correo": "jb.mukendi@gmail.com",
            "motivo": "j'ai obtenu un visa de travail au Canada et je quitterai le Pérou."})

# 22 renuncia, recognised refugee with CE, signed, no phone
msg("renuncia-refugiado-sin-telefono", M, "2026-11-10T16:45:03", ("Carlos Lugo", "carlosalugo@yahoo.com"),
    "RENUNCIA",
    """Por medio de la presente renuncio a mi condición de refugiado pues voy a regresar a Venezuela a cuidar a mi madre enferma.

CARLOS ALBERTO LUGO HERRERA
Nacionalidad: Venezolana
Cédula: V-9.443.281
Carné de Extranjería N° 000948112

Adjunto carta firmada.""",
    att=[A_signed("carta_renuncia.pdf", ["RENUNCIA A LA CONDICIÓN DE REFUGIADO", "Carlos Alberto Lugo Herrera",
                                         "CE 000948112"], "Carlos Alberto Lugo Herrera")],
    proc="renuncia", recog=True,
    fields={"nombres": "CARLOS ALBERTO LUGO HERRERA", "nacionalidad": "VE", "documento_identidad": "V9443281",
            "carne_extranjeria": "000948112", "correo": "carlosalugo@yahoo.com",
            "motivo": "voy a regresar a Venezuela a cuidar a mi madre enferma."})

# 23 renuncia to refugiados -> derivado, PNG handwritten
msg("renuncia-png-derivado", R, "2026-11-14T09:33:21", ("Odalys", "odalys.rguez@gmail.com"),
    "Renuncia al tramite",
    """Hola, mando foto de mi carta de renuncia al trámite de refugio firmada. Ya tengo el PTP y no deseo continuar.
Odalys Rodríguez Bermúdez, venezolana, cédula 18.220.554, teléfono 924 661 083.""",
    att=[A_img("renuncia_odalys.png", ["Renuncia", "Odalys Rodriguez Bermudez", "C.I. 18.220.554"], fmt="PNG")],
    proc="renuncia",
    fields={"nombres": "Odalys Rodríguez Bermúdez", "nacionalidad": "VE", "documento_identidad": "18220554",
            "telefono": "+51924661083", "correo": "odalys.rguez@gmail.com",
            "motivo": "Ya tengo el PTP y no deseo continuar."})

# 24 prórroga, complete, prose
msg("prorroga-prosa-completa", R, "2026-11-16T11:05:37", ("Alirio Montilla", "aliriomontilla@gmail.com"),
    "Prórroga de residencia",
    """Buenos días. Soy Alirio José Montilla Paredes, de sexo masculino, venezolano, nacido el 22 de agosto de 1978, con pasaporte 098812354 y carné de extranjería 001102937. Solicito la prórroga anual de mi residencia como refugiado. Mi teléfono es 996 204 518. Gracias.""",
    proc="prorroga_residencia", recog=True,
    fields={"nombres": "Alirio José Montilla Paredes", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "098812354",
            "carne_extranjeria": "001102937", "fecha_nacimiento": "1978-08-22", "telefono": "+51996204518",
            "correo": "aliriomontilla@gmail.com"})

# 25 prórroga, list, missing sexo & fecha de nacimiento; after close
msg("prorroga-falta-sexo-nacimiento", R, "2026-11-17T17:55:00", ("", "yusnavys.prz@gmail.com"),
    "Prorroga de Residencia",
    """* Nombre: Yusnavys Pérez Castellanos
* Nacionalidad: cubana
* Pasaporte: K408822
* CE: 001339871
* Tel: 9 4412 7730""",
    proc="prorroga_residencia", recog=True,
    fields={"nombres": "Yusnavys Pérez Castellanos", "nacionalidad": "CU", "documento_identidad": "K408822",
            "carne_extranjeria": "001339871", "telefono": "+51944127730", "correo": "yusnavys.prz@gmail.com"})

# 26 prórroga, data only in a text PDF
msg("prorroga-datos-en-pdf", R, "2026-11-19T08:40:12", ("Familia Guerrero", "guerrero.familia2019@gmail.com"),
    "Prórroga de residencia - adjunto formulario",
    """Buenos días, adjunto el formulario con mis datos para la prórroga. Saludos.""",
    att=[A_text("formulario_prorroga.pdf", [
        "SOLICITUD DE PRÓRROGA DE RESIDENCIA",
        "Nombres y apellidos: María Fernanda Guerrero Linares",
        "Sexo: Femenino",
        "Nacionalidad: Venezuela",
        "Pasaporte: 113208876",
        "Carné de extranjería: 001207765",
        "Fecha de nacimiento: 03/11/1985",
        "Teléfono: 987 320 651"])],
    proc="prorroga_residencia", recog=True,
    fields={"nombres": "María Fernanda Guerrero Linares", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "113208876",
            "carne_extranjeria": "001207765", "fecha_nacimiento": "1985-11-03", "telefono": "+51987320651",
            "correo": "guerrero.familia2019@gmail.com"})

# 27 renovación de residencia to solicitantesrefugio -> derivado, two-digit birth year
msg("renovacion-residencia-derivado", S, "2026-11-21T10:12:00", ("Edgar Silva", "edgarsilva.ve@gmail.com"),
    "renovacion de residencia",
    """Buen día, necesito renovar mi residencia de refugiado.
Edgar Rafael Silva Bracho - masculino - venezolano
cédula V-14.332.087 - CE 000877124
fecha de nac. 07/06/81
celular 915 447 302""",
    proc="prorroga_residencia", recog=True,
    fields={"nombres": "Edgar Rafael Silva Bracho", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "V14332087",
            "carne_extranjeria": "000877124", "fecha_nacimiento": "1981-06-07", "telefono": "+51915447302",
            "correo": "edgarsilva.ve@gmail.com"})

# 28 prórroga written by the daughter for her mother
msg("prorroga-hija-por-madre", R, "2026-11-23T14:02:55", ("Andrea Salcedo", "andrea.salcedo.v@gmail.com"),
    "Prórroga de residencia de mi mamá",
    """Buenas tardes,

Escribo en nombre de mi madre, que no maneja correo. Ella es refugiada reconocida y necesita la prórroga anual de residencia. Sus datos:

Nombre: Carmen Teresa Villegas de Salcedo
Sexo: F
Nacionalidad: venezolana
Cédula: V-5.218.440
Carné de extranjería: 000712385
Fecha de nacimiento: 14-02-1956
Teléfono de contacto (el mío, Andrea Salcedo): 952 118 036

Yo soy Andrea Salcedo Villegas, cédula V-20.117.553.

Gracias.""",
    proc="prorroga_residencia", recog=True,
    fields={"nombres": "Carmen Teresa Villegas de Salcedo", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "V5218440",
            "carne_extranjeria": "000712385", "fecha_nacimiento": "1956-02-14", "telefono": "+51952118036",
            "correo": "andrea.salcedo.v@gmail.com"})

# 29 duplicado CE, complete, denuncia PDF
msg("duplicado-ce-con-denuncia", R, "2026-11-24T09:50:31", ("Ramón Peña", "ramonpena.2020@gmail.com"),
    "Duplicado de Carné de Extranjería",
    """Estimados, me robaron la billetera con mi carné de extranjería. Adjunto la denuncia policial.

Nombres y apellidos: Ramón Eduardo Peña Gil
Sexo: masculino
Nacionalidad: venezolana
Pasaporte: 077451203
Carné de extranjería: 001011458
Fecha de nacimiento: 30/09/1990
Teléfono: 940 227 815""",
    att=[A_text("denuncia_policial_comisaria_surquillo.pdf", [
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA SURQUILLO",
        "Denuncia N° 18834-2026 por hurto de documentos.", "Denunciante: Ramón Eduardo Peña Gil"])],
    proc="duplicado_carne_extranjeria", recog=True,
    fields={"nombres": "Ramón Eduardo Peña Gil", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "077451203",
            "carne_extranjeria": "001011458", "fecha_nacimiento": "1990-09-30", "telefono": "+51940227815",
            "correo": "ramonpena.2020@gmail.com"})

# 30 duplicado CE, no denuncia; month name date
msg("duplicado-ce-sin-denuncia", R, "2026-11-26T16:59:20", ("Liseth", "liseth.orozco.m@gmail.com"),
    "duplicado de carnet de extranjeria",
    """Hola buenas tardes se me perdio el carne de extranjeria, mis datos son Liseth Johana Orozco Meza, mujer, colombiana, CC 1.143.229.807, carne de extranjeria 001322450, naci el 9 de abril de 1993, celular 989 003 217. La denuncia la saco mañana.""",
    proc="duplicado_carne_extranjeria", recog=True,
    fields={"nombres": "Liseth Johana Orozco Meza", "sexo": "F", "nacionalidad": "CO", "documento_identidad": "1143229807",
            "carne_extranjeria": "001322450", "fecha_nacimiento": "1993-04-09", "telefono": "+51989003217",
            "correo": "liseth.orozco.m@gmail.com"})

# 31 ambiguous subject, body names carné de extranjería; denuncia in attachment text
msg("duplicado-carnet-cuerpo-aclara", R, "2026-11-30T10:22:48", ("Yeferson", "yeferson.marquez@gmail.com"),
    "Duplicado de carnet",
    """Solicito el duplicado de mi carné de extranjería de refugiado, lo perdí en el bus. Adjunto copia de la constancia.

Yeferson David Márquez Ortega
Sexo: M
Venezolano
Pasaporte 152209334
C.E. 001455092
F. nacimiento: 1997-01-18
Tlf. 933 870 114""",
    att=[A_text("constancia_PNP.pdf", ["POLICÍA NACIONAL DEL PERÚ", "CONSTANCIA DE DENUNCIA POLICIAL",
                                      "Pérdida de carné de extranjería N° 001455092 - Yeferson David Márquez Ortega"])],
    proc="duplicado_carne_extranjeria", recog=True,
    fields={"nombres": "Yeferson David Márquez Ortega", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "152209334",
            "carne_extranjeria": "001455092", "fecha_nacimiento": "1997-01-18", "telefono": "+51933870114",
            "correo": "yeferson.marquez@gmail.com"})

# 32 ambiguous subject and body -> triage
msg("duplicado-carnet-ambiguo", S, "2026-12-01T11:11:11", ("", "keiber.salas@gmail.com"),
    "Duplicado de carnet",
    """Buenos días, se me perdió el carnet, quisiera saber cómo saco otro. Keiber Salas, 977 204 561.""",
    proc=None,
    fields={"nombres": "Keiber Salas", "telefono": "+51977204561", "correo": "keiber.salas@gmail.com"})

# 33 carné de solicitante -> suspendido
msg("carne-solicitante-suspendido", S, "2026-12-02T15:40:09", ("Elimar", "elimar.g.blanco@gmail.com"),
    "Carné de solicitante",
    """Buenas tardes, ya completé mi entrevista de registro y quisiera saber cuándo puedo recoger mi carné de solicitante de refugio.
Elimar Gabriela Blanco Suárez, pasaporte 139004872, tel 926 558 441""",
    proc="carne_solicitante",
    fields={"nombres": "Elimar Gabriela Blanco Suárez", "documento_identidad": "139004872", "telefono": "+51926558441",
            "correo": "elimar.g.blanco@gmail.com"})

# 34 carné de solicitante to refugiados -> suspendido + derivado; holiday
msg("carne-solicitante-feriado-derivado", R, "2026-12-08T10:03:00", ("Kervin", "kervin_azocar@hotmail.com"),
    "CARNET DE SOLICITANTE DE REFUGIO",
    """Necesito el carnet de solicitante porque mi empleador me lo pide. Kervin Azócar.""",
    proc="carne_solicitante",
    fields={"nombres": "Kervin Azócar", "correo": "kervin_azocar@hotmail.com"})

VIAJE = ["SOLICITUD DE AUTORIZACIÓN DE VIAJE POR URGENCIA"]

# 35 autorización de viaje, signed PDF, two-digit travel years, complete
msg("viaje-completo-firmado", R, "2026-12-10T09:25:14", ("Maryorie Díaz", "maryoriediaz.r@gmail.com"),
    "Autorización de Viaje",
    """Señores:

Solicito autorización de viaje urgente porque mi padre está hospitalizado en estado grave.

Nombres y apellidos: Maryorie Alejandra Díaz Rangel
Carné de extranjería: 001198430
Destino: Bogotá, Colombia
Fecha de salida: 18/12/26
Fecha de retorno: 08/01/27
Teléfono: 955 720 118

Adjunto solicitud firmada digitalmente.""",
    att=[A_signed("solicitud_viaje.pdf", VIAJE + ["Maryorie Alejandra Díaz Rangel, CE 001198430",
                                                  "Destino: Bogotá. Salida 18/12/26, retorno 08/01/27."], "Maryorie Alejandra Diaz Rangel")],
    proc="autorizacion_viaje", recog=True,
    fields={"nombres": "Maryorie Alejandra Díaz Rangel", "carne_extranjeria": "001198430", "destino": "Bogotá, Colombia",
            "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-08", "telefono": "+51955720118",
            "correo": "maryoriediaz.r@gmail.com",
            "motivo": "mi padre está hospitalizado en estado grave."})

# 36 permiso de viaje, no firma, no return date
msg("permiso-viaje-sin-firma-sin-retorno", R, "2026-12-11T22:17:40", ("Osmel", "osmel.quesada@gmail.com"),
    "permiso de viaje URGENTE",
    """buenas noches, mi mama fallecio y necesito viajar a Santiago de Cuba para el entierro. salgo el 14 de diciembre de 2026, no se cuando regreso.
Osmel Quesada Rivero
carne extranjeria 001376211
cel 961 404 882""",
    proc="autorizacion_viaje", recog=True,
    fields={"nombres": "Osmel Quesada Rivero", "carne_extranjeria": "001376211", "destino": "Santiago de Cuba",
            "fecha_salida": "2026-12-14", "telefono": "+51961404882", "correo": "osmel.quesada@gmail.com",
            "motivo": "mi mama fallecio y necesito viajar a Santiago de Cuba para el entierro."})

# 37 autorización de viaje to mesadepartes -> derivado, scanned, complete
msg("viaje-escaneado-derivado", M, "2026-12-14T12:30:00", ("Zuleima Torres", "zuleimatorres77@gmail.com"),
    "Solicitud Autorización de Viaje",
    """Buenas tardes, adjunto escaneada la solicitud firmada.

Nombre: Zuleima Coromoto Torres Aponte
CE: 000965301
Destino: Quito, Ecuador
Salida: 2026-12-20
Retorno: 2027-01-05
Motivo: cirugía de mi hija menor, que vive con su padre en Quito
Tel: +51 998 336 120""",
    att=[A_scan("solicitud_viaje_escaneada.pdf", ["Solicitud de autorizacion de viaje", "Zuleima Torres Aponte",
                                                  "CE 000965301", "Quito 20/12/2026 - 05/01/2027", "Firma:"])],
    proc="autorizacion_viaje", recog=True,
    fields={"nombres": "Zuleima Coromoto Torres Aponte", "carne_extranjeria": "000965301", "destino": "Quito, Ecuador",
            "fecha_salida": "2026-12-20", "fecha_retorno": "2027-01-05", "telefono": "+51998336120",
            "correo": "zuleimatorres77@gmail.com",
            "motivo": "cirugía de mi hija menor, que vive con su padre en Quito"})

# 38 travel authorisation in English, signed, no CE number
msg("travel-english-no-ce", R, "2026-12-23T10:48:00", ("Ahmad Haidari", "ahmad.haidari.pe@gmail.com"),
    "Travel authorization (urgent)",
    """Dear Commission,

I am a recognised refugee and need to travel urgently to Istanbul, Turkey, because my brother had a serious accident.
Departure: 28/12/2026
Return: 15/01/2027

Name: Ahmad Zaki Haidari
Phone: 987 401 226

The signed request is attached. I lost my residence card so I do not have its number at hand.

Thank you.""",
    att=[A_signed("travel_request_haidari.pdf", ["REQUEST FOR TRAVEL AUTHORIZATION", "Ahmad Zaki Haidari",
                                                 "Istanbul, 28/12/2026 - 15/01/2027"], "Ahmad Zaki Haidari")],
    proc="autorizacion_viaje", recog=True,
    fields={"nombres": "Ahmad Zaki Haidari", "destino": "Istanbul, Turkey", "fecha_salida": "2026-12-28",
            "fecha_retorno": "2027-01-15", "telefono": "+51987401226", "correo": "ahmad.haidari.pe@gmail.com",
            "motivo": "my brother had a serious accident."})

# 39 solicitud de refugio to mesadepartes -> portal
msg("solicitud-refugio-portal", M, "2026-12-24T09:15:00", ("Wendy Castro", "wendycastro.91@gmail.com"),
    "Solicitud de refugio",
    """Hola, acabo de llegar a Lima desde Venezuela y quiero pedir refugio, soy venezolana. ¿Qué tengo que hacer? Me llamo Wendy Carolina Castro Ibarra.""",
    proc="solicitud_refugio",
    fields={"nombres": "Wendy Carolina Castro Ibarra", "nacionalidad": "VE", "correo": "wendycastro.91@gmail.com"})

# 40 work authorisation in Haitian Creole -> portal
msg("otorizasyon-travay-portal", S, "2026-12-26T15:00:21", ("", "fritznel.augustin@gmail.com"),
    "Autorización de trabajo",
    """Bonjou, mwen bezwen renouvle otorizasyon travay mwen, li fin ekspire. Kijan pou m fè?
Fritznel Augustin""",
    proc="autorizacion_trabajo",
    fields={"nombres": "Fritznel Augustin", "correo": "fritznel.augustin@gmail.com"})

# 41 entrevista de registro -> portal
msg("entrevista-registro-portal", S, "2026-12-28T08:05:44", ("Jesús Bracho", "jbracho.1990@gmail.com"),
    "RE: Entrevista de registro",
    """Buenos días, no me ha llegado la cita para la entrevista de registro, presenté mi solicitud hace 3 meses. Jesús Bracho.""",
    proc="entrevista_registro",
    fields={"nombres": "Jesús Bracho", "correo": "jbracho.1990@gmail.com"})

# 42 Consulta -> triage
msg("consulta-vaga", M, "2026-12-29T11:37:02", ("Marisol", "marisol.villa.a@gmail.com"),
    "Consulta",
    """Buenos días, quisiera saber el estado de mi expediente, ya pasó más de un año. Gracias. Marisol Villa""",
    proc=None,
    fields={"nombres": "Marisol Villa", "correo": "marisol.villa.a@gmail.com"})

# 43 URGENTE subject, body clearly names cambio de clave, complete; NWD
msg("urgente-cuerpo-cambio-clave", S, "2026-12-31T10:00:05", ("Rafael", "rafa.benitez.ec@gmail.com"),
    "URGENTE!!!",
    """Necesito el cambio de clave y contraseña del sistema de refugiados, no puedo ingresar.
Rafael Benítez Caicedo
Cédula ecuatoriana 0923478815
soy ecuatoriano
Telf 9 9812 3340
rafa.benitez.ec@gmail.com""",
    proc="cambio_clave",
    fields={"nombres": "Rafael Benítez Caicedo", "nacionalidad": "EC", "documento_identidad": "0923478815",
            "telefono": "+51998123340", "correo": "rafa.benitez.ec@gmail.com"})

# 44 out-of-office auto reply -> ignorado
msg("respuesta-automatica", S, "2027-01-02T07:00:00", ("Daniela Ferrer", "daniela.ferrer@empresa-logistica.pe"),
    "Respuesta automática: Actualización de datos",
    """Estaré fuera de la oficina hasta el 11 de enero. Para temas urgentes escriba a operaciones@empresa-logistica.pe.""",
    proc="actualizacion_datos", ignorado=True,
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

# 45 bounce (multipart/report) -> ignorado
msg("rebote-mailer-daemon", M, "2027-01-04T09:12:30", ("Mail Delivery Subsystem", "MAILER-DAEMON@mx1.correo.example"),
    "Undelivered Mail Returned to Sender",
    """This is the mail system at host mx1.correo.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<jhonny.rangel.rr@gmail.com>: host gmail-smtp-in.l.google.com said: 550 5.1.1 The email account that you tried to reach does not exist.""",
    proc=None, ignorado=True, report="jhonny.rangel.rr@gmail.com")

# 46 internal forward from another institutional mailbox -> ignorado
msg("reenvio-interno-institucional", M, "2027-01-05T10:30:00", ("Refugiados - CEPR", R),
    "TR: Actualización de datos",
    """Se remite para conocimiento; corresponde a Solicitantes.

-----Mensaje original-----
De: solicitante
Asunto: Actualización de datos
(ver texto original en el sistema)""",
    proc="actualizacion_datos", ignorado=True)

# 47 newsletter with List-Id -> ignorado
msg("boletin-lista", R, "2027-01-06T06:00:00", ("Boletín Migrante", "boletin@redmigrante.org"),
    "Boletín de enero: novedades sobre regularización migratoria",
    """Novedades del mes: nuevo proceso de CPP, ferias de empleo, talleres gratuitos. Para darse de baja responda BAJA.""",
    proc=None, ignorado=True,
    headers={"List-Id": "Boletin Red Migrante <boletin.redmigrante.org>", "Precedence": "list",
             "List-Unsubscribe": "<mailto:baja@redmigrante.org>"})

# 48 TR: brother forwards sister's cambio de clave
msg("tr-hermano-cambio-clave", S, "2027-01-07T16:35:10", ("Jorge Ledezma", "jorge.ledezma.p@gmail.com"),
    "TR: cambio de contraseña",
    """Buenas tardes, reenvío el pedido de mi hermana porque su correo no le funciona. Yo soy Jorge Ledezma Pinto, pasaporte 102884557.

-------- Mensaje reenviado --------
Asunto: cambio de contraseña

Solicito cambio de contraseña del sistema.
Nombre completo: Alexandra Ledezma Pinto
Pasaporte: 118830219
Teléfono: 964 120 557
Correo: alexandra.ledezmap@gmail.com""",
    proc="cambio_clave",
    fields={"nombres": "Alexandra Ledezma Pinto", "documento_identidad": "118830219", "telefono": "+51964120557",
            "correo": "alexandra.ledezmap@gmail.com"})

# 49 reconsideración Haitian Creole, JPEG, no document number
msg("rekonsiderasyon-kreyol-foto", M, "2027-01-11T10:18:27", ("Nadège", "nadege.celestin@gmail.com"),
    "Rekou rekonsiderasyon / Recurso de reconsideración",
    """Bonjou Mesye Dam,

Mwen voye foto lèt mwen siyen pou rekou rekonsiderasyon an.
Non: Nadège Célestin
Telefòn: 912 880 406
Imèl: nadege.celestin@gmail.com
Rezon: gang yo te boule kay mwen nan Pòtoprens epi yo menase fanmi mwen; mwen pa ka retounen.""",
    att=[A_img("let_rekonsiderasyon.jpg", ["Rekou rekonsiderasyon", "Nadege Celestin", "Siyati:"])],
    proc="reconsideracion",
    fields={"nombres": "Nadège Célestin", "telefono": "+51912880406", "correo": "nadege.celestin@gmail.com",
            "motivo": "gang yo te boule kay mwen nan Pòtoprens epi yo menase fanmi mwen; mwen pa ka retounen."})

# 50 actualización, Cuban carnet, misspelt subject, sunday night
msg("actualisacion-cubano-domingo", S, "2027-01-17T23:41:09", ("Yoandry", "yoandry.mtnez@gmail.com"),
    "actualisacion de datos",
    """Saludos. Quisiera actualizar mi direccion y telefono.
nombre - Yoandry Martínez Leyva
nacionalidad - cubano
carnet de identidad - 88052311467
telefono nuevo - 948 557 209
direccion - Calle Las Begonias 150, Chorrillos""",
    proc="actualizacion_datos",
    fields={"nombres": "Yoandry Martínez Leyva", "nacionalidad": "CU", "documento_identidad": "88052311467",
            "telefono": "+51948557209", "correo": "yoandry.mtnez@gmail.com"})

# 51 apelación, lawyer letter PDF signed, on time notification in words, late in January
msg("apelacion-abogado-a-tiempo", M, "2027-01-20T15:58:33", ("Luis Alberto Chumpitaz", "lachumpitaz@abogadosdh.pe"),
    "Recurso de Apelacion - Sr. Gregorio Mata",
    """Señores CEPR:

En representación del Sr. Gregorio José Mata Urbina (de nacionalidad venezolana, pasaporte 110293847), interpongo recurso de apelación contra la resolución que desestimó su reconsideración, notificada el 6 de enero de 2027.

Motivo: la resolución carece de motivación sobre el riesgo actual del solicitante como exfuncionario del CICPC.

Contacto del Sr. Mata: 939 455 610, gregoriomata.u@gmail.com

Adjunto escrito con firma digital.

Abog. Luis Alberto Chumpitaz Reyes
CAL 52019""",
    att=[A_signed("apelacion_mata.pdf", APE_DOC + ["Gregorio José Mata Urbina, pasaporte 110293847.",
                                                   "Motivo: falta de motivación."], "Luis Alberto Chumpitaz Reyes")],
    proc="apelacion", notif="2027-01-06",
    fields={"nombres": "Gregorio José Mata Urbina", "nacionalidad": "VE", "documento_identidad": "110293847",
            "telefono": "+51939455610", "correo": "gregoriomata.u@gmail.com",
            "motivo": "la resolución carece de motivación sobre el riesgo actual del solicitante como exfuncionario del CICPC."})

# 52 prórroga, missing CE (applicant says refugee but gives no number), holiday weekend Jan 1
msg("prorroga-sin-carne", R, "2027-01-01T12:00:00", ("Nairobi", "nairobi.campos@gmail.com"),
    "Prorroga residencia anual",
    """Feliz año. Solicito prórroga de residencia.
Nairobi Campos Useche / femenino / venezolana / V-23.552.109 / nacida 25/07/1994 / tel 933 001 845""",
    proc="prorroga_residencia", recog=True,
    fields={"nombres": "Nairobi Campos Useche", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "V23552109",
            "fecha_nacimiento": "1994-07-25", "telefono": "+51933001845", "correo": "nairobi.campos@gmail.com"})
