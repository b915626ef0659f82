"""The round-5 message specs. `define` is called by build.py.

Each spec: file, mailbox (the receiving institutional account), received (Lima local
time), from, subject, body and/or html, attachments, headers, and `label` with the
procedure, the applicant's fields (raw text as written for phone / document / carné;
normal form for nationality, sex, dates), the expected signature status and outcome,
the flags, and (recursos) the notification date stated in the text.
"""

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"


def define(msg, pdf_att, jpg_att, scan_pdf_att, docs):
    # 001 ------------------------------------------------------------------
    msg(file="001-whatsapp-actualizacion-run-on.eml", mailbox=S,
        received="2026-10-05T21:14:09",
        **{"from": "Mari \U0001F495 <marialejandra.rojas94@gmail.com>"},
        subject="actualizacion de datos",
        body=("buenas noches disculpen la hora es q salgo tarde del trabajo soy maria alejandra "
              "rojas pereira venezolana cedula 25.876.114 solicitante de refugio les escribo xq "
              "cambie de numero el otro se me perdio con el telefono el nuevo es 936 482 170 "
              "tambien tengo whatsapp ahi y me mude a san juan de lurigancho jr los olivos 455 "
              "por si necesitan la direccion gracias de antemano dios les bendiga\n\n"
              "Enviado desde mi Galaxy A14\n"),
        label=dict(procedure="actualizacion_datos", outcome="acuse", signature="not_required",
                   fields={"nombres": "maria alejandra rojas pereira", "nacionalidad": "VE",
                           "documento_identidad": "25.876.114", "telefono": "936 482 170",
                           "correo": "FROM",
                           "motivo": "cambie de numero el otro se me perdio con el telefono"}))

    # 002 ------------------------------------------------------------------
    msg(file="002-consulta-carta-formal-cambio-clave.eml", mailbox=S,
        received="2026-10-08T10:02:44",
        **{"from": "Carlos Mendez <c.mendez.aranguren@outlook.com>"},
        subject="Consulta",
        body=("Señores\nComisión Especial para los Refugiados\nPresente.-\n\n"
              "De mi mayor consideración:\n\n"
              "Yo, Carlos Eduardo Méndez Aranguren, identificado con pasaporte N.º 138745296, "
              "me dirijo a ustedes para solicitar el cambio de clave y contraseña de mi usuario "
              "en el Sistema de Refugiados, ya que no recuerdo la contraseña y el enlace de "
              "recuperación no me llega.\n\n"
              "Me pueden ubicar por WhatsApp al +58 412 705 3318 o escribirme a este mismo "
              "correo, c.mendez.aranguren@outlook.com.\n\n"
              "Sin otro particular, me despido de ustedes.\n\nAtentamente,\n\nCarlos E. Méndez A.\n"),
        label=dict(procedure="cambio_clave", outcome="acuse", signature="not_required",
                   fields={"nombres": "Carlos Eduardo Méndez Aranguren",
                           "documento_identidad": "138745296", "telefono": "+58 412 705 3318",
                           "correo": "c.mendez.aranguren@outlook.com",
                           "motivo": "no recuerdo la contraseña y el enlace de recuperación no me llega"}))

    # 003 ------------------------------------------------------------------
    ap3 = pdf_att(
        "Recurso_Apelacion_Paredes_Blanco.pdf",
        ["Lima, 13 de octubre de 2026", "",
         "Señores", "Comisión Especial para los Refugiados", "Ministerio de Relaciones Exteriores", "",
         "Rosa Salazar Quispe, abogada con Reg. CAL N.º 61524, en representación de la señora "
         "Yusleidy Carolina Paredes Blanco, de nacionalidad venezolana, identificada con pasaporte "
         "N.º 152033874, con teléfono 951 220 486 y correo yusleidy.paredes@gmail.com, ante ustedes "
         "me presento y digo:", "",
         "Que interpongo RECURSO DE APELACIÓN contra la resolución que confirma la denegatoria de "
         "la solicitud de refugio de mi patrocinada, notificada el 1 de octubre de 2026.", "",
         "FUNDAMENTOS: considero que debe revisarse ya que la Comisión no valoró las pruebas de "
         "persecución política presentadas (actas de detención y amenazas escritas), y la "
         "resolución se limita a repetir los argumentos de la primera decisión.", "",
         "Por tanto, solicito se eleve el expediente y se declare fundado el recurso.", "",
         "Rosa Salazar Quispe", "Abogada - Reg. CAL N.º 61524",
         "Yusleidy Carolina Paredes Blanco"],
        title="RECURSO DE APELACIÓN", sign="Rosa Salazar Quispe")
    msg(file="003-apelacion-abogada-pdf-firmado.eml", mailbox=M,
        received="2026-10-14T11:40:12",
        **{"from": "Estudio Salazar & Asociados <rsalazar@salazarabogados.pe>"},
        subject="Recurso de Apelación – Expediente 2025-004817 – Yusleidy Carolina Paredes Blanco",
        body=("Señores de Mesa de Partes:\n\n"
              "Por medio del presente, yo, Rosa Salazar Quispe, abogada, identificada con DNI "
              "41877203, remito el recurso de apelación que presento en representación de mi "
              "patrocinada, la Sra. Yusleidy Carolina Paredes Blanco.\n\n"
              "La Sra. Paredes está identificada con pasaporte N.º 152033874 y puede ser contactada "
              "al celular 951 220 486 o al correo yusleidy.paredes@gmail.com. La resolución que "
              "confirma la denegatoria le fue notificada el 1 de octubre de 2026.\n\n"
              "El escrito adjunto está firmado digitalmente.\n\n"
              "Atentamente,\n\nRosa Salazar Quispe\nAbogada – Reg. CAL N.º 61524\n"
              "Estudio Salazar & Asociados\nTeléfono (01) 422 8810\n"),
        attachments=[ap3],
        label=dict(procedure="apelacion", outcome="cargo", signature="valid",
                   notificacion="2026-10-01",
                   fields={"nombres": "Yusleidy Carolina Paredes Blanco", "nacionalidad": "VE",
                           "documento_identidad": "152033874", "telefono": "951 220 486",
                           "correo": "yusleidy.paredes@gmail.com",
                           "motivo": "la Comisión no valoró las pruebas de persecución política presentadas"}))

    # 004 ------------------------------------------------------------------
    rc4 = pdf_att(
        "reconsideracion_Jean-Baptiste.pdf",
        ["Lima, 16 de octubre de 2026", "",
         "A la Comisión Especial para los Refugiados:", "",
         "Wilner Jean-Baptiste, de nacionalidad haitiana, pasaporte PP4471902, solicita la "
         "reconsideración de la resolución que denegó su solicitud de refugio.", "",
         "Solicito se reconsidere la decisión porque presento nueva prueba: la constancia de la "
         "parroquia de Croix-des-Bouquets sobre el incendio de mi vivienda por una pandilla armada.", "",
         "Contacto: Asociación Manos Abiertas, teléfono (01) 330-4512, proteccion@manosabiertas.org.pe", "",
         "Wilner Jean-Baptiste"],
        title="RECURSO DE RECONSIDERACIÓN")
    msg(file="004-reconsideracion-ong-pdf-sin-firma.eml", mailbox=M,
        received="2026-10-16T16:29:50",
        **{"from": "Programa de Protección - Asociación Manos Abiertas <proteccion@manosabiertas.org.pe>"},
        subject="Recurso de Reconsideración - Sr. Wilner Jean-Baptiste",
        body=("Estimados señores:\n\n"
              "En nombre del Sr. Wilner Jean-Baptiste, de nacionalidad haitiana, pasaporte PP4471902, "
              "adjuntamos su recurso de reconsideración contra la resolución que denegó su solicitud "
              "de refugio. El Sr. Jean-Baptiste no cuenta con teléfono ni correo propios, por lo que "
              "agradeceremos dirigir toda comunicación a nuestra oficina: teléfono (01) 330-4512 o "
              "este mismo correo.\n\n"
              "Cordialmente,\n\nLic. Andrea Villanueva Torres\nCoordinadora de Protección\n"
              "Asociación Manos Abiertas\n"),
        attachments=[rc4],
        label=dict(procedure="reconsideracion", outcome="subsanar", signature="absent",
                   missing=["firma"],
                   fields={"nombres": "Wilner Jean-Baptiste", "nacionalidad": "HT",
                           "documento_identidad": "PP4471902", "telefono": "(01) 330-4512",
                           "correo": "FROM",
                           "motivo": "presento nueva prueba"}))

    # 005 ------------------------------------------------------------------
    msg(file="005-rv-reconsideracion-foto-firmada.eml", mailbox=M,
        received="2026-10-17T09:15:31",
        **{"from": "Yoel Castañeda <yoelcasta88@hotmail.com>"},
        subject="RV: Recurso de Reconsideracion",
        body=("buenos dias me dijeron q esto era para mesa de partes, se los reenvio. gracias\n\n"
              "________________________________\n"
              "De: Yoel Castañeda <yoelcasta88@hotmail.com>\n"
              "Enviado: jueves, 15 de octubre de 2026 19:02\n"
              "Para: refugiados@rree.gob.pe <refugiados@rree.gob.pe>\n"
              "Asunto: Recurso de Reconsideracion\n\n"
              "Señores de la Comisión:\n"
              "Mi nombre es Yoel Castañeda Rivero, cubano, carnet de identidad 88061209471, solicito "
              "la reconsideración de la resolución que me negó el refugio porque al momento de la "
              "entrevista no tenía los documentos de la detención que sufrí en Holguín y ahora ya los "
              "tengo, van adjuntos junto con mi escrito firmado.\n"
              "Teléfono 983 115 702\n"),
        attachments=[jpg_att("IMG_20261015_185533.jpg", 5, "RECONSIDERACION")],
        label=dict(procedure="reconsideracion", outcome="cargo", signature="manuscrita",
                   flags=["verificar_firma"],
                   fields={"nombres": "Yoel Castañeda Rivero", "nacionalidad": "CU",
                           "documento_identidad": "88061209471", "telefono": "983 115 702",
                           "correo": "FROM",
                           "motivo": "al momento de la entrevista no tenía los documentos de la detención"}))

    # 006 ------------------------------------------------------------------
    msg(file="006-html-tabla-prorroga.eml", mailbox=R,
        received="2026-10-20T08:05:02",
        **{"from": "Luis Fernando Ocando <lf.ocando@yahoo.com>"},
        subject="Prórroga de residencia",
        body=None,
        html=("<html><body><div style=\"font-family:Arial\">"
              "<p>Buenos días, por medio del presente solicito la prórroga anual de mi residencia "
              "como refugiado reconocido. Mis datos:</p>"
              "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
              "<tr><td><b>Nombres y apellidos</b></td><td>Luis Fernando Ocando Villalobos</td></tr>"
              "<tr><td><b>Sexo</b></td><td>Masculino</td></tr>"
              "<tr><td><b>Nacionalidad</b></td><td>Venezolana</td></tr>"
              "<tr><td><b>Pasaporte</b></td><td>107 552 310</td></tr>"
              "<tr><td><b>Carn&eacute; de Extranjer&iacute;a</b></td><td>000871245</td></tr>"
              "<tr><td><b>Fecha de nacimiento</b></td><td>15/03/90</td></tr>"
              "<tr><td><b>Celular</b></td><td>+51 944 018 337</td></tr>"
              "</table><p>Quedo atento.<br>Saludos</p></div>"
              "<div style=\"color:#888\">Enviado desde Yahoo Mail para Android</div></body></html>"),
        label=dict(procedure="prorroga_residencia", outcome="acuse", signature="not_required",
                   fields={"nombres": "Luis Fernando Ocando Villalobos", "sexo": "M",
                           "nacionalidad": "VE", "documento_identidad": "107 552 310",
                           "carne_extranjeria": "000871245", "fecha_nacimiento": "1990-03-15",
                           "telefono": "+51 944 018 337", "correo": "FROM"}))

    # 007 ------------------------------------------------------------------
    msg(file="007-urgente-creole-actualizacion.eml", mailbox=S,
        received="2026-10-23T16:31:05",
        **{"from": "Jn Robert <jnrobert.pierre@gmail.com>"},
        subject="URGENTE!!",
        body=("Bonjou / buenos días\n\n"
              "mwen se Jean Robert Pierre, nasyonalite ayisyen (haitiano), paspò mwen (pasaporte): "
              "HA2291047.\n"
              "yo quiero hacer la actualización de datos de contacto porque mi número antiguo ya no "
              "funciona, mwen chanje nimewo.\n"
              "nouvo nimewo / nuevo número: +51 925 340 781 (WhatsApp)\n\n"
              "mèsi anpil, gracias\n"),
        label=dict(procedure="actualizacion_datos", outcome="acuse", signature="not_required",
                   fields={"nombres": "Jean Robert Pierre", "nacionalidad": "HT",
                           "documento_identidad": "HA2291047", "telefono": "+51 925 340 781",
                           "correo": "FROM", "motivo": "mi número antiguo ya no funciona"}))

    # 008 ------------------------------------------------------------------
    v8 = pdf_att(
        "solicitud_autorizacao_viagem.pdf",
        ["Lima, 11 de enero de 2027", "",
         "Señores de la Comisión Especial para los Refugiados:", "",
         "Yo, Ana Paula Ferreira da Silva, refugiada reconocida, carné de extranjería N.º 001204577, "
         "solicito autorización de viaje de urgencia para viajar a São Paulo, Brasil, del 3 al 20 "
         "de marzo de 2027.", "",
         "Motivo: mi madre está hospitalizada en São Paulo y necesito acompañarla durante su "
         "tratamiento.", "",
         "Teléfono / WhatsApp: 987 021 446", "",
         "Ana Paula Ferreira da Silva"],
        title="SOLICITUD DE AUTORIZACIÓN DE VIAJE", sign="Ana Paula Ferreira da Silva")
    msg(file="008-portugues-viaje-rango-marzo.eml", mailbox=R,
        received="2027-01-11T10:00:27", date_tz=-3,
        **{"from": "Ana Paula Ferreira <anapaulaferreira.rj@gmail.com>"},
        subject="Autorização de viagem / Autorización de viaje",
        body=("Prezados senhores, bom dia.\n\n"
              "Les escribo para solicitar autorización de viaje de urgencia. Minha mãe está internada "
              "no hospital em São Paulo e preciso viajar: viajaría a São Paulo, Brasil, del 3 al 20 "
              "de marzo. Sou angolana, refugiada reconhecida no Peru, carné de extranjería "
              "N.º 001204577.\n\n"
              "Celular/WhatsApp: 987 021 446\n\n"
              "Adjunto a solicitação assinada digitalmente / adjunto la solicitud firmada.\n\n"
              "Obrigada,\nAna Paula Ferreira da Silva\n"),
        attachments=[v8],
        label=dict(procedure="autorizacion_viaje", outcome="acuse", signature="valid",
                   fields={"nombres": "Ana Paula Ferreira da Silva", "nacionalidad": "AO",
                           "carne_extranjeria": "001204577", "telefono": "987 021 446",
                           "correo": "FROM", "destino": "São Paulo, Brasil",
                           "fecha_salida": "2027-03-03", "fecha_retorno": "2027-03-20",
                           "motivo": "mi madre está hospitalizada en São Paulo"}))

    # 009 ------------------------------------------------------------------
    msg(file="009-english-password-buzon-equivocado.eml", mailbox=M,
        received="2026-10-27T12:00:48",
        **{"from": "Kevin A. Ramirez <kevin.ramirez.co@gmail.com>"},
        subject="Password change - cambio de contraseña",
        body=("Hello, good morning. Sorry, my Spanish is not very good.\n\n"
              "I need to change my password (cambio de clave y contraseña) for the Sistema de "
              "Refugiados because I can't log in since last week.\n\n"
              "Full name: Kevin Andrés Ramírez Ospina\n"
              "Nationality: Colombian\n"
              "C.C. 1.023.884.516\n"
              "Phone / WhatsApp: +57 310 455 2291\n"
              "Email: kevin.ramirez.co@gmail.com\n\n"
              "Thank you / gracias\nKevin\n"),
        label=dict(procedure="cambio_clave", outcome="acuse", signature="not_required",
                   flags=["derivado"],
                   fields={"nombres": "Kevin Andrés Ramírez Ospina", "nacionalidad": "CO",
                           "documento_identidad": "1.023.884.516", "telefono": "+57 310 455 2291",
                           "correo": "kevin.ramirez.co@gmail.com",
                           "motivo": "I can't log in since last week"}))

    # 010 ------------------------------------------------------------------
    r10 = pdf_att(
        "renonciation_renuncia_signee.pdf",
        ["Lima, le 29 octobre 2026 / Lima, 29 de octubre de 2026", "",
         "Je soussignée / Yo, Marie-Claude Joseph, de nacionalidad haitiana, pasaporte N.º RD0087412, "
         "carné de extranjería N.º 000654118, presento mi RENUNCIA a la condición de refugiada.", "",
         "Motivo: regreso a Haití para cuidar a mis hijos.", "",
         "Teléfono: 940 556 213", "",
         "Marie-Claude Joseph"],
        title="RENUNCIA / RENONCIATION", sign="Marie-Claude Joseph")
    msg(file="010-francais-renuncia-pdf-firmado.eml", mailbox=M,
        received="2026-10-29T15:00:16",
        **{"from": "Marie-Claude Joseph <mcjoseph509@yahoo.fr>"},
        subject="Renuncia / Renonciation",
        body=("Madame, Monsieur, / Señores:\n\n"
              "Je vous écris pour présenter ma renonciation à la condition de réfugiée. Presento mi "
              "renuncia a la condición de refugiada porque je rentre définitivement en Haïti / regreso "
              "a Haití para cuidar a mis hijos.\n\n"
              "Nationalité / nacionalidad : haïtienne\n"
              "Passeport N° RD0087412\n"
              "Carné de extranjería N° 000654118\n"
              "Téléphone : 940 556 213\n\n"
              "Ci-joint la lettre signée / adjunto carta firmada.\n\n"
              "Cordialement,\nMarie-Claude Joseph\n"),
        attachments=[r10],
        label=dict(procedure="renuncia", outcome="acuse", signature="valid",
                   fields={"nombres": "Marie-Claude Joseph", "nacionalidad": "HT",
                           "documento_identidad": "RD0087412", "carne_extranjeria": "000654118",
                           "telefono": "940 556 213", "correo": "FROM",
                           "motivo": "regreso a Haití para cuidar a mis hijos"}))

    # 011 ------------------------------------------------------------------
    den11 = pdf_att(
        "denuncia_policial_comisaria.pdf",
        ["POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP SAN MARTÍN DE PORRES", "",
         "CONSTANCIA DE DENUNCIA POLICIAL N.º 27845-2026", "",
         "Se deja constancia de que en la fecha se registró la denuncia por robo de documentos "
         "personales (carné de extranjería) ocurrido en transporte público el 25/10/2026.", "",
         "Lima, 26 de octubre de 2026"],
        title="DENUNCIA POLICIAL")
    msg(file="011-duplicado-carnet-con-denuncia.eml", mailbox=R,
        received="2026-10-30T23:50:18",
        **{"from": "Genesis Colmenares <genesisdcp91@hotmail.com>"},
        subject="Duplicado de carnet",
        body=("Buenas noches.\n\nSolicito el duplicado de mi carné de extranjería, me lo robaron en "
              "el bus el fin de semana. Adjunto la denuncia policial.\n\n"
              "Nombres y apellidos: Génesis Dayana Colmenares Peña\n"
              "Sexo: F\n"
              "Nacionalidad: Venezuela\n"
              "Cédula: V-19.554.803\n"
              "C.E.: 001127350\n"
              "Fecha de nacimiento: 7 de agosto de 1991\n"
              "Teléfono: 962-118-407\n\nGracias\n"),
        attachments=[den11],
        label=dict(procedure="duplicado_carne_extranjeria", outcome="acuse",
                   signature="not_required",
                   fields={"nombres": "Génesis Dayana Colmenares Peña", "sexo": "F",
                           "nacionalidad": "VE", "documento_identidad": "V-19.554.803",
                           "carne_extranjeria": "001127350", "fecha_nacimiento": "1991-08-07",
                           "telefono": "962-118-407", "correo": "FROM",
                           "motivo": "me lo robaron en el bus el fin de semana"}))

    # 012 ------------------------------------------------------------------
    msg(file="012-whatsapp-duplicado-sin-denuncia.eml", mailbox=R,
        received="2026-11-02T09:00:55",
        **{"from": "jose lugo <joseglugo87@gmail.com>"},
        subject="duplicado de carné de extranjeria",
        body=("buenos dias necesito sacar duplicado de mi carne de extranjeria porque se me mojo y ya "
              "no se lee nada soy refugiado reconocido mi nombre es jose gregorio lugo marin sexo "
              "masculino soy venezolano nacido el 12/12/87 mi pasaporte 094417738 carne 000932615 mi "
              "cel 9 5522 7190 gracias\n"),
        label=dict(procedure="duplicado_carne_extranjeria", outcome="subsanar",
                   signature="not_required", missing=["denuncia_policial"],
                   fields={"nombres": "jose gregorio lugo marin", "sexo": "M",
                           "nacionalidad": "VE", "documento_identidad": "094417738",
                           "carne_extranjeria": "000932615", "fecha_nacimiento": "1987-12-12",
                           "telefono": "9 5522 7190", "correo": "FROM",
                           "motivo": "se me mojo y ya no se lee nada"}))

    # 013 ------------------------------------------------------------------
    ap13 = pdf_att(
        "apelacion_briceno.pdf",
        ["Lima, 4 de noviembre de 2026", "",
         "Yo, Rafael Antonio Briceño Torrealba, venezolano, titular de la cédula de identidad "
         "V-14.228.390, interpongo recurso de apelación contra la resolución que confirmó la "
         "denegatoria de mi solicitud de refugio, notificada el 2 de octubre de 2026.", "",
         "Lo hago porque en mi país fui amenazado por grupos armados afines al gobierno por mi "
         "trabajo como dirigente vecinal, y la resolución no consideró los informes que presenté.", "",
         "Teléfono: 999 304 187 - Correo: rafabriceno.ve@gmail.com", "",
         "Rafael Antonio Briceño Torrealba"],
        title="RECURSO DE APELACIÓN", sign="Rafael Antonio Briceno Torrealba")
    msg(file="013-apelacion-extemporanea-notificada-octubre.eml", mailbox=M,
        received="2026-11-05T10:30:00",
        **{"from": "Rafael Briceño <rafabriceno.ve@gmail.com>"},
        subject="RECURSO DE APELACION",
        body=("Señores Mesa de Partes\n\n"
              "Por medio de la presente, yo Rafael Antonio Briceño Torrealba, venezolano, titular de "
              "la cédula de identidad V-14.228.390, interpongo recurso de apelación contra la "
              "resolución que confirmó la denegatoria de mi solicitud de refugio, notificada el 2 de "
              "octubre de 2026. Lo hago porque en mi país fui amenazado por grupos armados afines al "
              "gobierno por mi trabajo como dirigente vecinal, y la resolución no consideró los "
              "informes que presenté. Pido disculpas por la demora, estuve hospitalizado.\n\n"
              "Adjunto escrito firmado digitalmente.\n\n"
              "Teléfono: 999 304 187\nCorreo: rafabriceno.ve@gmail.com\n"),
        attachments=[ap13],
        label=dict(procedure="apelacion", outcome="cargo", signature="valid",
                   notificacion="2026-10-02", flags=["extemporaneo"],
                   fields={"nombres": "Rafael Antonio Briceño Torrealba", "nacionalidad": "VE",
                           "documento_identidad": "V-14.228.390", "telefono": "999 304 187",
                           "correo": "rafabriceno.ve@gmail.com",
                           "motivo": "fui amenazado por grupos armados afines al gobierno"}))

    # 014 ------------------------------------------------------------------
    rc14 = pdf_att(
        "Reconsideracion_DSuarez.pdf",
        ["Lima, 5 de noviembre de 2026", "",
         "Yo, Daniela Suárez Montoya, de nacionalidad colombiana, pasaporte AW512873, solicito "
         "la reconsideración de la resolución que denegó mi solicitud de refugio, porque adjunto "
         "la certificación de la Fiscalía de Colombia sobre las amenazas que recibí en Tuluá, que "
         "no pude presentar antes.", "",
         "Celular 976 440 125 - dani.suarez.m@hotmail.com", "",
         "Daniela Suárez Montoya"],
        title="RECURSO DE RECONSIDERACIÓN", sign="Daniela Suarez Montoya",
    )
    name, maj, sub, data = rc14
    rc14 = (name, maj, sub, docs.alter_signed(data, b"Lima, 5 de", b"Lima, 6 de"))
    msg(file="014-reconsideracion-pdf-alterado.eml", mailbox=M,
        received="2026-11-06T14:00:03",
        **{"from": "Daniela Suárez <dani.suarez.m@hotmail.com>"},
        subject="Recurso de Reconsideración",
        body=("Estimados, adjunto mi recurso de reconsideración firmado.\n\n"
              "Mis datos: Daniela Suárez Montoya, pasaporte AW512873, celular 976 440 125, correo "
              "dani.suarez.m@hotmail.com.\n\nSaludos.\n"),
        attachments=[rc14],
        label=dict(procedure="reconsideracion", outcome="subsanar", signature="invalid",
                   missing=["firma"],
                   fields={"nombres": "Daniela Suárez Montoya", "nacionalidad": "CO",
                           "documento_identidad": "AW512873", "telefono": "976 440 125",
                           "correo": "dani.suarez.m@hotmail.com",
                           "motivo": "la certificación de la Fiscalía de Colombia"}))

    # 015 ------------------------------------------------------------------
    msg(file="015-permiso-viaje-sin-firma-sin-carne.eml", mailbox=R,
        received="2026-11-09T17:45:29",
        **{"from": "Oswaldo Pinto <oswaldopinto77@gmail.com>"},
        subject="permiso de viaje",
        body=("Buenas tardes, soy Oswaldo José Pinto Rangel, refugiado reconocido, necesito "
              "autorización de viaje urgente para ir a Cúcuta, Colombia, porque falleció mi padre y "
              "quiero estar en el sepelio. Salgo el 20/11/2026 y regreso el 30/11/2026.\n"
              "Mi celular es 954 887 031.\nGracias.\n"),
        label=dict(procedure="autorizacion_viaje", outcome="subsanar", signature="absent",
                   missing=["firma", "carne_extranjeria"], refugiado=True,
                   fields={"nombres": "Oswaldo José Pinto Rangel", "destino": "Cúcuta, Colombia",
                           "fecha_salida": "2026-11-20", "fecha_retorno": "2026-11-30",
                           "telefono": "954 887 031", "correo": "FROM",
                           "motivo": "falleció mi padre y quiero estar en el sepelio"}))

    # 016 ------------------------------------------------------------------
    msg(file="016-carne-solicitante-suspendido.eml", mailbox=S,
        received="2026-11-10T10:00:41",
        **{"from": "Yaneth Mora <yanethmora.r@gmail.com>"},
        subject="Carné de solicitante",
        body=("Hola, quisiera saber cuándo puedo sacar mi carné de solicitante de refugio, ya hice "
              "mi entrevista.\n\nSoy Yaneth Cristina Mora Ruiz, pasaporte 142 887 003, "
              "cel 923415008.\n"),
        label=dict(procedure="carne_solicitante", outcome="suspendido", signature="not_required",
                   fields={"nombres": "Yaneth Cristina Mora Ruiz",
                           "documento_identidad": "142 887 003", "telefono": "923415008",
                           "correo": "FROM"}))

    # 017 ------------------------------------------------------------------
    msg(file="017-portal-solicitud-refugio.eml", mailbox=S,
        received="2026-11-11T11:11:11",
        **{"from": "Wilmer Contreras <wilmercontreras.d@gmail.com>"},
        subject="Solicitud de refugio",
        body=("Buenos días, acabo de llegar al Perú y quiero pedir refugio. ¿Cómo presento mi "
              "solicitud de refugio?\n\nMe llamo Wilmer Alexis Contreras Duarte, venezolano, cédula "
              "27.110.583. Mi número 917 662 054.\n"),
        label=dict(procedure="solicitud_refugio", outcome="portal", signature="not_required",
                   fields={"nombres": "Wilmer Alexis Contreras Duarte", "nacionalidad": "VE",
                           "documento_identidad": "27.110.583", "telefono": "917 662 054",
                           "correo": "FROM"}))

    # 018 ------------------------------------------------------------------
    msg(file="018-portal-autorizacion-trabajo-sabado.eml", mailbox=R,
        received="2026-11-14T20:03:36",
        **{"from": "luisa arteaga <luisafer.arteaga@hotmail.com>"},
        subject="autorizacion de trabajo",
        body=("hola buenas noches como hago para renovar mi autorizacion de trabajo virtual, soy "
              "solicitante de refugio.\nluisa fernanda arteaga gil\n"),
        label=dict(procedure="autorizacion_trabajo", outcome="portal", signature="not_required",
                   fields={"nombres": "luisa fernanda arteaga gil", "correo": "FROM"}))

    # 019 ------------------------------------------------------------------
    msg(file="019-portal-entrevista-creole.eml", mailbox=M,
        received="2026-11-16T09:40:22",
        **{"from": "Fabiola St-Louis <fabiolasaintlouis@gmail.com>"},
        subject="RE: Entrevista de registro",
        body=("Bonjou,\nmwen poko resevwa dat pou entrevista de registro. ¿Cuándo me toca la "
              "entrevista de registro?\nMwen rele Fabiola Saint-Louis.\nMèsi.\n\n"
              "El mar, 10 nov 2026 a las 10:15, Fabiola St-Louis <fabiolasaintlouis@gmail.com> "
              "escribió:\n> Bonjou, mwen fè demann refij la sou entènèt.\n> Hola, ya hice mi "
              "solicitud en línea.\n"),
        label=dict(procedure="entrevista_registro", outcome="portal", signature="not_required",
                   fields={"nombres": "Fabiola Saint-Louis", "correo": "FROM"}))

    # 020 ------------------------------------------------------------------
    msg(file="020-triage-consulta-estado.eml", mailbox=S,
        received="2026-11-17T13:00:09",
        **{"from": "Nelson Useche <nelson.useche.p@gmail.com>"},
        subject="Consulta",
        body=("Buenas tardes,\n\nquisiera saber en qué estado se encuentra mi expediente "
              "N° 2024-011532.\n\nAtte.\nNelson Javier Useche Parra\npasaporte 118900427\n"
              "telf. 945 301 662\n"),
        label=dict(procedure=None, outcome="triage", signature="not_required",
                   fields={"nombres": "Nelson Javier Useche Parra",
                           "documento_identidad": "118900427", "telefono": "945 301 662",
                           "correo": "FROM"}))

    # 021 ------------------------------------------------------------------
    msg(file="021-triage-ayuda-dos-tramites.eml", mailbox=S,
        received="2026-11-18T16:00:50",
        **{"from": "Edgar Fuenmayor <edgarfuenmayor@outlook.com>"},
        subject="Ayuda",
        body=("hola, necesito dos cosas: cambiar mi clave del sistema de refugiados y también "
              "actualizar mis datos de contacto (nuevo número 912 003 876).\n"
              "soy Edgar Leonel Fuenmayor Soto, cédula V-20.441.972\n"),
        label=dict(procedure=None, outcome="triage", signature="not_required",
                   fields={"nombres": "Edgar Leonel Fuenmayor Soto",
                           "documento_identidad": "V-20.441.972", "telefono": "912 003 876",
                           "correo": "FROM"}))

    # 022 ------------------------------------------------------------------
    msg(file="022-ignorado-respuesta-automatica.eml", mailbox=S,
        received="2026-11-19T08:00:14",
        **{"from": "Milagros Tello <milagros.tello.r@gmail.com>"},
        subject="Respuesta automática: RE: Actualización de datos",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        body=("Gracias por su mensaje. En este momento no tengo acceso a mi correo; responderé a "
              "mi regreso.\n"),
        label=dict(procedure="actualizacion_datos", outcome="ignorado", signature="not_required",
                   fields={"correo": "FROM"}))

    # 023 ------------------------------------------------------------------
    def bounce(spec):
        import email
        import email.policy
        raw = (
            "Return-Path: <>\n"
            "Delivered-To: mesadepartes@rree.gob.pe\n"
            "Received: from mail.rree.gob.pe (mail.rree.gob.pe [10.20.1.5]) by mx1.rree.gob.pe "
            "(Postfix) with ESMTP id 4BB1C2E01 for <mesadepartes@rree.gob.pe>; "
            "Fri, 20 Nov 2026 07:42:19 -0500\n"
            "Date: Fri, 20 Nov 2026 07:42:18 -0500 (PET)\n"
            "From: MAILER-DAEMON@mail.rree.gob.pe (Mail Delivery System)\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            "To: mesadepartes@rree.gob.pe\n"
            "Auto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status;\n"
            "\tboundary=\"4BB1C2E01.1795696939/mail.rree.gob.pe\"\n"
            "Message-Id: <20261120124218.4BB1C2E01@mail.rree.gob.pe>\n\n"
            "This is a MIME-encapsulated message.\n\n"
            "--4BB1C2E01.1795696939/mail.rree.gob.pe\n"
            "Content-Description: Notification\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            "This is the mail system at host mail.rree.gob.pe.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n\n"
            "<pedro.gil.c@hotmial.com>: Host or domain name not found. Name service error\n"
            "    for name=hotmial.com type=A: Host not found\n\n"
            "--4BB1C2E01.1795696939/mail.rree.gob.pe\n"
            "Content-Description: Delivery report\n"
            "Content-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mail.rree.gob.pe\n"
            "Arrival-Date: Fri, 20 Nov 2026 07:42:10 -0500 (PET)\n\n"
            "Final-Recipient: rfc822; pedro.gil.c@hotmial.com\n"
            "Action: failed\n"
            "Status: 5.4.4\n"
            "Diagnostic-Code: X-Postfix; Host or domain name not found.\n\n"
            "--4BB1C2E01.1795696939/mail.rree.gob.pe\n"
            "Content-Description: Undelivered Message Headers\n"
            "Content-Type: text/rfc822-headers\n\n"
            "Date: Fri, 20 Nov 2026 07:42:09 -0500\n"
            "From: Mesa de Partes <mesadepartes@rree.gob.pe>\n"
            "To: pedro.gil.c@hotmial.com\n"
            "Subject: Acuse de recibo - Registro 2026-MP-00871\n"
            "Message-ID: <reg-2026-mp-00871@rree.gob.pe>\n\n"
            "--4BB1C2E01.1795696939/mail.rree.gob.pe--\n"
        )
        m = email.message_from_string(raw, policy=email.policy.default)
        assert m.get_content_type() == "multipart/report"
        return m.as_bytes(policy=email.policy.default)

    msg(file="023-ignorado-rebote-mailer-daemon.eml", mailbox=M,
        received="2026-11-20T07:42:19", raw=bounce,
        **{"from": "MAILER-DAEMON@mail.rree.gob.pe (Mail Delivery System)"},
        subject="Undelivered Mail Returned to Sender", body="",
        label=dict(procedure=None, outcome="ignorado", signature="not_required", fields={}))

    # 024 ------------------------------------------------------------------
    msg(file="024-ignorado-reenvio-institucional.eml", mailbox=R,
        received="2026-11-23T09:12:40", msgid_dom="rree.gob.pe",
        **{"from": "Solicitantes de Refugio - CEPR <solicitantesrefugio@rree.gob.pe>"},
        to="refugiados@rree.gob.pe",
        subject="RV: Prórroga de residencia",
        body=("Colegas:\n\nSe reenvía por corresponder a su unidad.\n\nSaludos,\n"
              "Secretaría Ejecutiva CEPR\n\n"
              "-----Mensaje original-----\n"
              "De: pgil.cardenas@gmail.com\n"
              "Enviado el: sábado, 21 de noviembre de 2026 18:40\n"
              "Para: solicitantesrefugio@rree.gob.pe\n"
              "Asunto: Prórroga de residencia\n\n"
              "Buenas, quiero tramitar la prórroga de mi residencia. ¿Qué datos envío?\n"),
        label=dict(procedure="prorroga_residencia", outcome="ignorado", signature="not_required",
                   fields={}))

    # 025 ------------------------------------------------------------------
    msg(file="025-ignorado-boletin-lista.eml", mailbox=S,
        received="2026-11-22T07:00:00",
        **{"from": "Red de Apoyo Migrante <no-reply@boletin.redapoyomigrante.org>"},
        headers={"List-Id": "Boletin mensual <boletin.redapoyomigrante.org>",
                 "List-Unsubscribe": "<https://boletin.redapoyomigrante.org/baja>",
                 "Precedence": "bulk"},
        subject="Boletín de noviembre: ferias de empleo y talleres gratuitos",
        body=("Hola:\n\nEste mes tenemos ferias de empleo en Lima Norte, talleres de emprendimiento "
              "y orientación legal gratuita todos los miércoles.\n\n"
              "Recibes este correo porque te suscribiste a nuestro boletín. Para darte de baja, "
              "visita el enlace al pie.\n"),
        label=dict(procedure=None, outcome="ignorado", signature="not_required", fields={}))

    # 026 ------------------------------------------------------------------
    msg(file="026-whatsapp-refugiada-sin-carne.eml", mailbox=S,
        received="2026-11-24T19:30:45",
        **{"from": "Karla D'Alessandro <karla.dalessandro@hotmail.com>"},
        subject="Actualización de datos",
        body=("buenas noches soy refugiada reconocida desde el 2022 y necesito actualizar mis datos "
              "de contacto xq me cambie de casa y de correo, mi nombre completo es karla vanessa "
              "d'alessandro brito nacionalidad venezolana pasaporte 127 004 559 mi nuevo correo es "
              "karlavdb.2026@gmail.com y mi numero 955 610 284 ahi tambien tengo whatsapp muchas "
              "gracias\n"),
        label=dict(procedure="actualizacion_datos", outcome="subsanar", signature="not_required",
                   missing=["carne_extranjeria"], refugiado=True,
                   fields={"nombres": "karla vanessa d'alessandro brito", "nacionalidad": "VE",
                           "documento_identidad": "127 004 559", "telefono": "955 610 284",
                           "correo": "karlavdb.2026@gmail.com",
                           "motivo": "me cambie de casa y de correo"}))

    # 027 ------------------------------------------------------------------
    msg(file="027-renuncia-abogado-escaneo.eml", mailbox=M,
        received="2026-11-25T11:00:31",
        **{"from": "Dr. Manuel Ríos Paredes <mrios@riosabogados.com.pe>"},
        subject="Renuncia – solicitud de refugio del Sr. Henry Alberto Gutiérrez Salas",
        body=("Señores\nSecretaría Ejecutiva de la Comisión Especial para los Refugiados\n\n"
              "Manuel Ríos Paredes, abogado con Reg. CAL 48211, en representación del Sr. Henry "
              "Alberto Gutiérrez Salas, de nacionalidad ecuatoriana, identificado con cédula de "
              "ciudadanía N.º 0923457781, comunico su renuncia al trámite de solicitud de refugio, "
              "toda vez que mi patrocinado ha obtenido la residencia por vínculo familiar con su "
              "esposa, de nacionalidad peruana, y ya no requiere protección internacional.\n\n"
              "Adjunto el escrito de renuncia firmado por el Sr. Gutiérrez (escaneado). El Sr. "
              "Gutiérrez puede ser ubicado al 989 221 637.\n\n"
              "Atentamente,\n\nManuel Ríos Paredes\nAbogado\nRíos & Asociados\n"),
        attachments=[scan_pdf_att("Renuncia_Gutierrez_firmada.pdf", 27, "RENUNCIA")],
        label=dict(procedure="renuncia", outcome="acuse", signature="manuscrita",
                   flags=["verificar_firma"],
                   fields={"nombres": "Henry Alberto Gutiérrez Salas", "nacionalidad": "EC",
                           "documento_identidad": "0923457781", "telefono": "989 221 637",
                           "correo": "FROM",
                           "motivo": "ha obtenido la residencia por vínculo familiar"}))

    # 028 ------------------------------------------------------------------
    msg(file="028-prorroga-buzon-equivocado-sin-fecha.eml", mailbox=S,
        received="2026-11-26T10:20:08",
        **{"from": "Andreina Rondon <andreinarondonq@gmail.com>"},
        subject="Prorroga de Residencia",
        body=("Buenos días, solicito la prórroga anual de residencia.\n\n"
              "Nombre: Andreína del Valle Rondón Quero / Sexo: femenino / Nacionalidad: venezolana / "
              "Pasaporte: 139 225 804 / Carné de extranjería: 000588913 / Teléfono: 981-447-205\n\n"
              "Gracias.\n"),
        label=dict(procedure="prorroga_residencia", outcome="subsanar", signature="not_required",
                   missing=["fecha_nacimiento"], flags=["derivado"],
                   fields={"nombres": "Andreína del Valle Rondón Quero", "sexo": "F",
                           "nacionalidad": "VE", "documento_identidad": "139 225 804",
                           "carne_extranjeria": "000588913", "telefono": "981-447-205",
                           "correo": "FROM"}))

    # 029 ------------------------------------------------------------------
    ap29 = pdf_att(
        "apelacion_tovar.pdf",
        ["Lima, 26 de noviembre de 2026", "",
         "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS", "",
         "Yo, Jesús Manuel Tovar Linares, identificado con pasaporte N.º 086613295, con "
         "teléfono 914 552 079 y correo electrónico jmtovar1979@gmail.com, interpongo recurso "
         "de apelación contra la resolución que confirma la denegatoria de mi solicitud.", "",
         "FUNDAMENTOS: considero que debe revisarse ya que no se tuvo en cuenta que mi hija "
         "menor sigue en tratamiento médico aquí y que regresar nos expone a las mismas amenazas.", "",
         "Jesús Manuel Tovar Linares"],
        title="RECURSO DE APELACIÓN", sign="Jesus Manuel Tovar Linares")
    msg(file="029-apelacion-datos-solo-en-pdf.eml", mailbox=M,
        received="2026-11-27T09:10:57",
        **{"from": "jm.tovar <jmtovar1979@gmail.com>"},
        subject="Recurso de Apelación",
        body="Adjunto mi recurso de apelación firmado.\n\nAtentamente.\n",
        attachments=[ap29],
        label=dict(procedure="apelacion", outcome="cargo", signature="valid",
                   fields={"nombres": "Jesús Manuel Tovar Linares",
                           "documento_identidad": "086613295", "telefono": "914 552 079",
                           "correo": "jmtovar1979@gmail.com",
                           "motivo": "no se tuvo en cuenta que mi hija"}))

    # 030 ------------------------------------------------------------------
    msg(file="030-spanglish-cambio-clave-sin-documento.eml", mailbox=S,
        received="2026-11-30T22:05:13",
        **{"from": "Steph <stephrb_95@hotmail.com>"},
        subject="cambio de clave",
        body=("hi, hola, i need help with cambio de clave y contraseña, i forgot my password and "
              "the system says usuario bloqueado. my name is stephany carolina ruiz bermudez, soy "
              "colombiana, mi cel es +57 312 445 9087 y mi correo stephany.ruizb@gmail.com. "
              "thanks!!\n"),
        label=dict(procedure="cambio_clave", outcome="subsanar", signature="not_required",
                   missing=["documento_identidad"],
                   fields={"nombres": "stephany carolina ruiz bermudez", "nacionalidad": "CO",
                           "telefono": "+57 312 445 9087", "correo": "stephany.ruizb@gmail.com",
                           "motivo": "i forgot my password"}))

    # 031 ------------------------------------------------------------------
    msg(file="031-viaje-anio-dos-digitos-foto.eml", mailbox=R,
        received="2026-12-04T18:20:34",
        **{"from": "Wendy Sequera <wendysequera.a@gmail.com>"},
        subject="Autorizacion de viaje - urgencia",
        body=("Señores de la Oficina de Refugiados:\n\n"
              "Yo, Wendy Carolina Sequera Álvarez, carné de extranjería 001310264, refugiada "
              "reconocida, solicito autorización de viaje por motivo de salud: debo acompañar a mi "
              "hijo a una cirugía en Bogotá, Colombia.\n\n"
              "Fecha de salida: 23/01/27\nFecha de retorno: 05/02/27\nCelular: 930 778 512\n\n"
              "Adjunto solicitud firmada (foto).\n"),
        attachments=[jpg_att("solicitud_viaje_firmada.jpg", 31, "SOLICITUD")],
        label=dict(procedure="autorizacion_viaje", outcome="acuse", signature="manuscrita",
                   flags=["verificar_firma"],
                   fields={"nombres": "Wendy Carolina Sequera Álvarez",
                           "carne_extranjeria": "001310264", "destino": "Bogotá, Colombia",
                           "fecha_salida": "2027-01-23", "fecha_retorno": "2027-02-05",
                           "telefono": "930 778 512", "correo": "FROM",
                           "motivo": "debo acompañar a mi hijo a una cirugía"}))

    # 032 ------------------------------------------------------------------
    rc32 = pdf_att(
        "reconsideracion_perdomo.pdf",
        ["Lima, 5 de diciembre de 2026", "",
         "Yo, Dayerlin Yohana Perdomo Acosta, pasaporte 141337906, presento recurso de "
         "reconsideración contra la resolución notificada el 24 de noviembre de 2026, porque en la "
         "entrevista la traductora no entendía bien lo que yo decía y quedaron cosas mal escritas "
         "sobre las amenazas que recibí.", "",
         "WhatsApp 986 330 471 - dayerlin.perdomo@gmail.com", "",
         "Dayerlin Yohana Perdomo Acosta"],
        title="RECURSO DE RECONSIDERACIÓN", sign="Dayerlin Yohana Perdomo Acosta")
    msg(file="032-reconsideracion-sabado-run-on.eml", mailbox=M,
        received="2026-12-05T15:45:19",
        **{"from": "dayerlin perdomo <dayerlin.perdomo@gmail.com>"},
        subject="Reconsideración",
        body=("buenas tardes les mando mi recurso de reconsideracion firmado, la resolucion me la "
              "notificaron el 24 de noviembre de 2026, lo pido porque en la entrevista la traductora "
              "no entendia bien lo que yo decia y quedaron cosas mal escritas sobre las amenazas que "
              "recibi, mi nombre es dayerlin yohana perdomo acosta, pasaporte 141337906, whatsapp "
              "986 330 471, correo dayerlin.perdomo@gmail.com\n"),
        attachments=[rc32],
        label=dict(procedure="reconsideracion", outcome="cargo", signature="valid",
                   notificacion="2026-11-24",
                   fields={"nombres": "dayerlin yohana perdomo acosta",
                           "documento_identidad": "141337906", "telefono": "986 330 471",
                           "correo": "dayerlin.perdomo@gmail.com",
                           "motivo": "la traductora no entendia bien lo que yo decia"}))

    # 033 ------------------------------------------------------------------
    ap33 = pdf_att(
        "Apelacion_Quintero.pdf",
        ["Lima, 7 de diciembre de 2026", "",
         "Yo, Orlando José Quintero Vielma, venezolano, pasaporte 112 908 447, apelo la resolución "
         "que confirmó la denegatoria de mi solicitud de refugio, porque fui perseguido por "
         "denunciar irregularidades en la empresa estatal donde trabajaba y eso está probado con "
         "los documentos del expediente.", "",
         "Tel. +51 902 116 385 - oquintero.v@gmail.com", "",
         "Orlando José Quintero Vielma"],
        title="RECURSO DE APELACIÓN", sign="Orlando Jose Quintero Vielma")
    msg(file="033-fwd-apelacion-a-refugiados-feriado.eml", mailbox=R,
        received="2026-12-08T11:00:05",
        **{"from": "Orlando Quintero <oquintero.v@gmail.com>"},
        to="refugiados@rree.gob.pe",
        subject="Fwd: Recurso de Apelacion - Orlando Quintero",
        body=("Reenvío por si acaso no les llegó.\n\n"
              "---------- Forwarded message ---------\n"
              "De: Orlando Quintero <oquintero.v@gmail.com>\n"
              "Date: lun, 7 dic 2026 a las 20:14\n"
              "Subject: Recurso de Apelacion - Orlando Quintero\n"
              "To: <mesadepartes@rree.gob.pe>\n\n"
              "Señores:\n"
              "Yo, Orlando José Quintero Vielma, venezolano, pasaporte 112 908 447, apelo la "
              "resolución que confirmó la denegatoria de mi solicitud de refugio porque fui "
              "perseguido por denunciar irregularidades en la empresa estatal donde trabajaba.\n"
              "Tel. +51 902 116 385\n"
              "Adjunto escrito firmado.\n"),
        attachments=[ap33],
        label=dict(procedure="apelacion", outcome="cargo", signature="valid",
                   flags=["derivado"],
                   fields={"nombres": "Orlando José Quintero Vielma", "nacionalidad": "VE",
                           "documento_identidad": "112 908 447", "telefono": "+51 902 116 385",
                           "correo": "FROM",
                           "motivo": "fui perseguido por denunciar irregularidades"}))

    # 034 ------------------------------------------------------------------
    v34 = pdf_att(
        "autorizacion_viaje_castillo.pdf",
        ["Lima, 10 de diciembre de 2026", "",
         "Yo, Miguel Ángel Castillo Bracho, refugiado reconocido, carné de extranjería "
         "N.º 000745302, solicito autorización de viaje a Quito, Ecuador, del 28 de diciembre de "
         "2026 al 6 de enero de 2027, porque mi padre será operado del corazón.", "",
         "WhatsApp: 9 7711 0834", "",
         "Miguel Ángel Castillo Bracho"],
        title="SOLICITUD DE AUTORIZACIÓN DE VIAJE", sign="Miguel Angel Castillo Bracho")
    msg(file="034-urgente-viaje-diciembre-enero.eml", mailbox=R,
        received="2026-12-11T09:05:44",
        **{"from": "Miguel Castillo <mcastillob@outlook.com>"},
        subject="Urgente",
        body=("Señores:\n\nMe dirijo a ustedes para solicitar autorización de viaje. Soy Miguel Ángel "
              "Castillo Bracho, refugiado reconocido, carné de extranjería N.º 000745302. Necesito "
              "viajar a Quito, Ecuador, del 28 de diciembre al 6 de enero, porque mi padre será "
              "operado del corazón.\n\nMe pueden ubicar por WhatsApp al 9 7711 0834.\n\n"
              "Adjunto solicitud firmada digitalmente.\n\nAtte.,\nMiguel Á. Castillo B.\n"),
        attachments=[v34],
        label=dict(procedure="autorizacion_viaje", outcome="acuse", signature="valid",
                   fields={"nombres": "Miguel Ángel Castillo Bracho",
                           "carne_extranjeria": "000745302", "destino": "Quito, Ecuador",
                           "fecha_salida": "2026-12-28", "fecha_retorno": "2027-01-06",
                           "telefono": "9 7711 0834", "correo": "FROM",
                           "motivo": "mi padre será operado del corazón"}))

    # 035 ------------------------------------------------------------------
    msg(file="035-html-tabla-cambio-clave-cubana.eml", mailbox=S,
        received="2026-12-14T10:45:26",
        **{"from": "Yaimara F. <yaimara.f@yahoo.com>"},
        subject="Cambio de clave y contraseña",
        body=("Buenos días, solicito el cambio de clave y contraseña. Mis datos:\n\n"
              "Nombres y apellidos: Yaimara Fonseca Leyva\nNacionalidad: Cubana\n"
              "Carnet de identidad: 91020345872\nTeléfono: 964 220 318\n"
              "Correo electrónico: yfonseca.leyva@gmail.com\n"),
        html=("<div dir=\"ltr\"><p>Buenos días, solicito el cambio de clave y contraseña. Mis "
              "datos:</p><table style=\"border:1px solid #ccc\">"
              "<tr><th align=\"left\">Nombres y apellidos</th><td>Yaimara Fonseca Leyva</td></tr>"
              "<tr><th align=\"left\">Nacionalidad</th><td>Cubana</td></tr>"
              "<tr><th align=\"left\">Carnet de identidad</th><td>91020345872</td></tr>"
              "<tr><th align=\"left\">Teléfono</th><td>964 220 318</td></tr>"
              "<tr><th align=\"left\">Correo electrónico</th><td>"
              "<a href=\"mailto:yfonseca.leyva@gmail.com\">yfonseca.leyva@gmail.com</a></td></tr>"
              "</table></div>"),
        label=dict(procedure="cambio_clave", outcome="acuse", signature="not_required",
                   fields={"nombres": "Yaimara Fonseca Leyva", "nacionalidad": "CU",
                           "documento_identidad": "91020345872", "telefono": "964 220 318",
                           "correo": "yfonseca.leyva@gmail.com"}))

    # 036 ------------------------------------------------------------------
    msg(file="036-fwd-hermana-actualizacion.eml", mailbox=S,
        received="2026-12-15T14:30:38",
        **{"from": "Rosalba Méndez <rosalbamendez.72@gmail.com>"},
        subject="Fwd: Actualización de datos",
        body=("Buenas tardes, les reenvío el correo de mi hermano que no tiene internet en este "
              "momento. Cualquier cosa me pueden escribir a mí.\n"
              "Rosalba Méndez, C.I. 11.203.448\n\n"
              "---------- Forwarded message ---------\n"
              "De: Ramón Méndez <ramonmendez.ve@hotmail.com>\n"
              "Date: dom, 13 dic 2026 a las 21:47\n"
              "Subject: Actualización de datos\n"
              "To: Rosalba Méndez <rosalbamendez.72@gmail.com>\n\n"
              "Rosa mándale esto a los de refugio porfa, es para la actualización de datos:\n"
              "Nombre: Ramón Enrique Méndez Sulbarán\n"
              "Nacionalidad: venezolano\n"
              "Cédula: 13.775.902\n"
              "Mi número nuevo: 948 226 017\n"),
        label=dict(procedure="actualizacion_datos", outcome="acuse", signature="not_required",
                   fields={"nombres": "Ramón Enrique Méndez Sulbarán", "nacionalidad": "VE",
                           "documento_identidad": "13.775.902", "telefono": "948 226 017",
                           "correo": "FROM"}))

    # 037 ------------------------------------------------------------------
    msg(file="037-portugues-duplicado-denuncia-foto.eml", mailbox=R,
        received="2026-12-16T17:05:52",
        **{"from": "Edson Kiala <edsonkiala84@gmail.com>"},
        subject="Duplicado de carné de extranjería",
        body=("Boa tarde.\n\nSolicito duplicado do meu carné de extranjería porque foi perdido "
              "(perdí mi cartera). Segue em anexo a denúncia policial (foto).\n\n"
              "Nome completo: Edson Bento Kiala\n"
              "Sexo: masculino\n"
              "Nacionalidade: angolana\n"
              "Passaporte: N2087431\n"
              "Carné de extranjería: 000410776\n"
              "Data de nascimento: 30-06-1984\n"
              "Telefone: +51 933 602 118\n\nObrigado.\n"),
        attachments=[jpg_att("denuncia_policial.jpg", 37, "DENUNCIA")],
        label=dict(procedure="duplicado_carne_extranjeria", outcome="acuse",
                   signature="not_required",
                   fields={"nombres": "Edson Bento Kiala", "sexo": "M", "nacionalidad": "AO",
                           "documento_identidad": "N2087431", "carne_extranjeria": "000410776",
                           "fecha_nacimiento": "1984-06-30", "telefono": "+51 933 602 118",
                           "correo": "FROM", "motivo": "foi perdido (perdí mi cartera)"}))

    # 038 ------------------------------------------------------------------
    msg(file="038-renuncia-lowercase-sin-motivo-sin-firma.eml", mailbox=M,
        received="2026-12-17T12:00:21",
        **{"from": "franklin arrieta <franklinarrieta.n@gmail.com>"},
        subject="renuncia",
        body=("buenas quiero renunciar a mi condicion de refugiado, me llamo franklin jose arrieta "
              "nava, venezolano, cedula 17.093.552, carne de extranjeria 000377418, telefono "
              "958 004 327\n"),
        label=dict(procedure="renuncia", outcome="subsanar", signature="absent",
                   missing=["firma", "motivo"],
                   fields={"nombres": "franklin jose arrieta nava", "nacionalidad": "VE",
                           "documento_identidad": "17.093.552", "carne_extranjeria": "000377418",
                           "telefono": "958 004 327", "correo": "FROM"}))

    # 039 ------------------------------------------------------------------
    ap39 = pdf_att(
        "Apelacion_Pierre-Louis_firmada.pdf",
        ["Lima, 17 de diciembre de 2026", "",
         "Yo, Roseline Pierre-Louis, de nacionalidad haitiana, pasaporte N.º RL2206519, interpongo "
         "recurso de apelación contra la resolución notificada con fecha 20/11/2026.", "",
         "Pido que se revise mi caso porque la Comisión no tomó en cuenta la violencia de pandillas "
         "que me obligó a salir de Puerto Príncipe.", "",
         "Teléfono: +51 921 448 093 - Correo: roselinepl@gmail.com", "",
         "Firma:"],
        title="RECURSO DE APELACIÓN", image_png=docs.signature_png(39))
    msg(file="039-apelacion-ong-firma-manuscrita-extemporanea.eml", mailbox=M,
        received="2026-12-18T10:00:02",
        **{"from": "Servicio Jurídico - Fundación Camino Seguro <juridico@caminoseguro.org>"},
        subject="Recurso de apelación — Sra. Roseline Pierre-Louis",
        body=("Estimados señores:\n\n"
              "La Fundación Camino Seguro, organización que brinda asistencia legal gratuita a "
              "personas refugiadas, remite el recurso de apelación de la Sra. Roseline Pierre-Louis, "
              "de nacionalidad haitiana, pasaporte N.º RL2206519, contra la resolución que confirma "
              "la denegatoria de su solicitud, notificada con fecha 20/11/2026.\n\n"
              "El recurso, firmado a mano por la Sra. Pierre-Louis, se adjunta en PDF. La señora "
              "solicita que se revise su caso porque la Comisión no tomó en cuenta la violencia de "
              "pandillas que la obligó a salir de Puerto Príncipe.\n\n"
              "Para notificaciones, la Sra. Pierre-Louis puede ser contactada al +51 921 448 093 y "
              "al correo roselinepl@gmail.com.\n\n"
              "Atentamente,\n\nAbg. Lucía Fernández Mejía\nCoordinadora del Servicio Jurídico\n"
              "Fundación Camino Seguro\nTel. 01 265 7780\n"),
        attachments=[ap39],
        label=dict(procedure="apelacion", outcome="cargo", signature="manuscrita",
                   notificacion="2026-11-20", flags=["verificar_firma", "extemporaneo"],
                   fields={"nombres": "Roseline Pierre-Louis", "nacionalidad": "HT",
                           "documento_identidad": "RL2206519", "telefono": "+51 921 448 093",
                           "correo": "roselinepl@gmail.com",
                           "motivo": "la Comisión no tomó en cuenta la violencia de pandillas"}))

    # 040 ------------------------------------------------------------------
    msg(file="040-renovacion-residencia-dia-no-laborable.eml", mailbox=R,
        received="2026-12-24T09:30:17",
        **{"from": "Iris Salcedo <irissalcedo85@gmail.com>"},
        subject="RENOVACION DE RESIDENCIA",
        body=("Señores:\n\nYo, Iris Margarita Salcedo Urbina, de sexo femenino, de nacionalidad "
              "colombiana, nacida el 02-11-85, identificada con cédula de ciudadanía N.º 52.884.317 "
              "y carné de extranjería N.º 001056229, en mi condición de refugiada reconocida solicito "
              "la prórroga anual de mi residencia. Me pueden ubicar al celular 925 660 413.\n\n"
              "Atentamente,\nIris M. Salcedo U.\n"),
        label=dict(procedure="prorroga_residencia", outcome="acuse", signature="not_required",
                   fields={"nombres": "Iris Margarita Salcedo Urbina", "sexo": "F",
                           "nacionalidad": "CO", "fecha_nacimiento": "1985-11-02",
                           "documento_identidad": "52.884.317", "carne_extranjeria": "001056229",
                           "telefono": "925 660 413", "correo": "FROM"}))

    # 041 ------------------------------------------------------------------
    msg(file="041-triage-solicitud-navidad.eml", mailbox=R,
        received="2026-12-25T16:00:39",
        **{"from": "kelly j <kellyjohanna.m@gmail.com>"},
        subject="Solicitud",
        body=("hola buenas, quisiera saber que tengo que hacer para regularizar mi situacion "
              "migratoria aqui en peru, entre por tumbes hace 2 meses. gracias\n"),
        label=dict(procedure=None, outcome="triage", signature="not_required",
                   fields={"correo": "FROM"}))

    # 042 ------------------------------------------------------------------
    rc42 = pdf_att(
        "recurso_reconsideracion_gomez.pdf",
        ["Lima, 27 de diciembre de 2026", "",
         "Yo, Alexander David Gómez Pacheco, pasaporte 117 334 980, correo alexgomezp@gmail.com, "
         "interpongo recurso de reconsideración contra la resolución que denegó mi solicitud de "
         "refugio.", "",
         "Motivo: adjunto la partida de defunción de mi hermano, asesinado en octubre por el mismo "
         "grupo que me amenazó, hecho nuevo que no pudo ser valorado.", "",
         "Alexander David Gómez Pacheco"],
        title="RECURSO DE RECONSIDERACIÓN", sign="Alexander David Gomez Pacheco")
    msg(file="042-asunto-mal-escrito-sin-telefono.eml", mailbox=M,
        received="2026-12-28T08:15:46",
        **{"from": "Alexander Gomez <alexgomezp@gmail.com>"},
        subject="recurso de reconcideracion",
        body=("Señores CEPR, adjunto el recurso de reconsideración debidamente firmado contra la "
              "Resolución que denegó mi solicitud de refugio.\n\n"
              "Nombre: Alexander David Gómez Pacheco\nPasaporte: 117 334 980\n"
              "Correo: alexgomezp@gmail.com\n"),
        attachments=[rc42],
        label=dict(procedure="reconsideracion", outcome="subsanar", signature="valid",
                   missing=["telefono"],
                   fields={"nombres": "Alexander David Gómez Pacheco",
                           "documento_identidad": "117 334 980", "correo": "alexgomezp@gmail.com",
                           "motivo": "adjunto la partida de defunción de mi hermano"}))

    # 043 ------------------------------------------------------------------
    msg(file="043-asunto-doble-cuerpo-cambio-clave.eml", mailbox=S,
        received="2026-12-30T15:20:03",
        **{"from": "Nathaly Peñaloza <nathaly.penaloza@gmail.com>"},
        subject="Actualización de datos / Cambio de clave",
        body=("Buenas tardes:\n\nSolicito el cambio de clave y contraseña de mi cuenta en el Sistema "
              "de Refugiados, pues al intentar ingresar me indica que la clave expiró.\n\n"
              "Nombres completos: Nathaly Andrea Peñaloza Vivas\nPasaporte N.º 150 662 318\n"
              "Teléfono: 944 578 126\nCorreo: nathaly.penaloza@gmail.com\n\nGracias.\n"),
        label=dict(procedure="cambio_clave", outcome="acuse", signature="not_required",
                   fields={"nombres": "Nathaly Andrea Peñaloza Vivas",
                           "documento_identidad": "150 662 318", "telefono": "944 578 126",
                           "correo": "nathaly.penaloza@gmail.com",
                           "motivo": "al intentar ingresar me indica que la clave expiró"}))

    # 044 ------------------------------------------------------------------
    ap44 = pdf_att(
        "Appeal_Noori_signed.pdf",
        ["Lima, 1 January 2027", "",
         "To the Comisión Especial para los Refugiados:", "",
         "I, Ahmad Shah Noori, Afghan national, passport P03815527, file a RECURSO DE APELACIÓN "
         "against the resolution confirming the denial of my refugee application, notified to me "
         "on 14/12/2026.", "",
         "Reason: my interview was held without a Dari interpreter and my answers were "
         "misunderstood.", "",
         "Phone / WhatsApp: 968 210 553 - ahmad.noori.pe@gmail.com", "",
         "Ahmad Shah Noori"],
        title="RECURSO DE APELACIÓN / APPEAL", sign="Ahmad Shah Noori")
    msg(file="044-english-appeal-html-anio-nuevo.eml", mailbox=M,
        received="2027-01-01T11:00:12", date_tz=0,
        **{"from": "Ahmad Noori <ahmad.noori.pe@gmail.com>"},
        subject="Appeal - Recurso de Apelación",
        body=("To the Mesa de Partes, CEPR:\n\n"
              "I, Ahmad Shah Noori, Afghan national, passport P03815527, hereby file a recurso de "
              "apelación against the resolution confirming the denial of my refugee application, "
              "notified to me on 14/12/2026. I ask for this review because my interview was held "
              "without a Dari interpreter and my answers were misunderstood.\n\n"
              "Phone / WhatsApp: 968 210 553\nEmail: ahmad.noori.pe@gmail.com\n\n"
              "The signed appeal is attached (PDF, digital signature).\n\nRespectfully,\nAhmad Shah Noori\n"),
        html=("<div><p>To the Mesa de Partes, CEPR:</p>"
              "<p>I, <b>Ahmad Shah Noori</b>, Afghan national, passport <b>P03815527</b>, hereby file "
              "a recurso de apelación against the resolution confirming the denial of my refugee "
              "application, notified to me on 14/12/2026. I ask for this review because my interview "
              "was held without a Dari interpreter and my answers were misunderstood.</p>"
              "<p>Phone / WhatsApp: 968 210 553<br>Email: "
              "<a href=\"mailto:ahmad.noori.pe@gmail.com\">ahmad.noori.pe@gmail.com</a></p>"
              "<p>The signed appeal is attached (PDF, digital signature).</p>"
              "<p>Respectfully,<br>Ahmad Shah Noori</p></div>"),
        attachments=[ap44],
        label=dict(procedure="apelacion", outcome="cargo", signature="valid",
                   notificacion="2026-12-14",
                   fields={"nombres": "Ahmad Shah Noori", "nacionalidad": "AF",
                           "documento_identidad": "P03815527", "telefono": "968 210 553",
                           "correo": "ahmad.noori.pe@gmail.com",
                           "motivo": "my interview was held without a Dari interpreter"}))

    # 045 ------------------------------------------------------------------
    msg(file="045-actualizacion-ecuatoriano-telefono-fijo.eml", mailbox=S,
        received="2027-01-03T10:00:58",
        **{"from": "Jorge Cedeño <jlcedeno.m@hotmail.com>"},
        subject="Actualizacion de datos de contacto",
        body=("Estimados,\n\npor medio del presente solicito actualizar mis datos de contacto en mi "
              "expediente de solicitante de refugio.\n\n"
              "Nombres y apellidos: Jorge Luis Cedeño Mendoza - Nacionalidad: ecuatoriana - "
              "Cédula: 1309876541 - Teléfono fijo: (01) 426-1187 - Nueva dirección: Av. Arequipa "
              "2140, Lince\n\nSaludos cordiales.\n"),
        label=dict(procedure="actualizacion_datos", outcome="acuse", signature="not_required",
                   fields={"nombres": "Jorge Luis Cedeño Mendoza", "nacionalidad": "EC",
                           "documento_identidad": "1309876541", "telefono": "(01) 426-1187",
                           "correo": "FROM"}))

    # 046 ------------------------------------------------------------------
    v46 = pdf_att(
        "solicitud_viaje_marcano.pdf",
        ["Lima, 5 de enero de 2027", "",
         "Yo, Pedro Pablo Marcano Guevara, refugiado reconocido, carné de extranjería 000299871, "
         "solicito autorización de viaje por motivos familiares urgentes, saliendo el 15/01/2027 "
         "y regresando el 25/01/2027.", "",
         "Tel: 961 405 772", "",
         "Pedro Pablo Marcano Guevara"],
        title="SOLICITUD DE AUTORIZACIÓN DE VIAJE", sign="Pedro Pablo Marcano Guevara")
    name, maj, sub, data = v46
    v46 = (name, maj, sub, docs.alter_signed(data, b"regresando el 25", b"regresando el 28"))
    msg(file="046-viaje-pdf-alterado-sin-destino.eml", mailbox=R,
        received="2027-01-05T16:45:10",
        **{"from": "Pedro Marcano <ppmarcano@gmail.com>"},
        subject="Autorización de Viaje",
        body=("Buenas tardes, adjunto mi solicitud firmada de autorización de viaje.\n\n"
              "Yo, Pedro Pablo Marcano Guevara, refugiado reconocido, CE 000299871, debo viajar por "
              "motivos familiares urgentes, saliendo el 15/01/2027 y regresando el 28/01/2027.\n"
              "Tel: 961 405 772\n"),
        attachments=[v46],
        label=dict(procedure="autorizacion_viaje", outcome="subsanar", signature="invalid",
                   missing=["firma", "destino"],
                   fields={"nombres": "Pedro Pablo Marcano Guevara",
                           "carne_extranjeria": "000299871", "fecha_salida": "2027-01-15",
                           "fecha_retorno": "2027-01-28", "telefono": "961 405 772",
                           "correo": "FROM", "motivo": "motivos familiares urgentes"}))

    # 047 ------------------------------------------------------------------
    msg(file="047-creole-frances-cambio-clave.eml", mailbox=S,
        received="2027-01-07T08:20:49",
        **{"from": "Jameson L-C <jlouischarles@yahoo.fr>"},
        subject="Chanjman modpas / Cambio de clave",
        body=("Bonjour / Bonjou,\n\n"
              "Mwen bezwen chanje modpas mwen nan sistèm refijye a. Necesito el cambio de clave y "
              "contraseña.\n\n"
              "Non / Nombre: Jameson Louis-Charles\n"
              "Paspò / Pasaporte: PA3318260\n"
              "Téléphone: +509 3712 4455 (WhatsApp)\n"
              "Mon courriel / mi correo: jameson.lc@gmail.com\n\n"
              "Mèsi / Merci\n"),
        label=dict(procedure="cambio_clave", outcome="acuse", signature="not_required",
                   fields={"nombres": "Jameson Louis-Charles", "documento_identidad": "PA3318260",
                           "telefono": "+509 3712 4455", "correo": "jameson.lc@gmail.com"}))

    # 048 ------------------------------------------------------------------
    msg(file="048-ong-prorroga-por-encargo.eml", mailbox=R,
        received="2027-01-12T17:10:25",
        **{"from": "Asociación Mirada Solidaria <atencion@miradasolidaria.org.pe>"},
        subject="Prórroga de residencia - Sra. Carmen Elena Rivas Ochoa",
        body=("Estimados señores:\n\n"
              "Por encargo de la Sra. Carmen Elena Rivas Ochoa, refugiada reconocida que atendemos en "
              "nuestro albergue, solicitamos la prórroga anual de su residencia. Sus datos son los "
              "siguientes: sexo femenino; nacionalidad venezolana; pasaporte N.º 104 558 231; carné "
              "de extranjería N.º 000512907; fecha de nacimiento 9 de enero de 1962.\n\n"
              "La señora no tiene teléfono propio; para coordinar pueden llamar a nuestra "
              "trabajadora social al 987 300 144.\n\n"
              "Atentamente,\n\nLic. Gabriela Soto Huamán\nTrabajadora Social\n"
              "Asociación Mirada Solidaria\n"),
        label=dict(procedure="prorroga_residencia", outcome="acuse", signature="not_required",
                   fields={"nombres": "Carmen Elena Rivas Ochoa", "sexo": "F",
                           "nacionalidad": "VE", "documento_identidad": "104 558 231",
                           "carne_extranjeria": "000512907", "fecha_nacimiento": "1962-01-09",
                           "telefono": "987 300 144", "correo": "FROM"}))

    # 049 ------------------------------------------------------------------
    msg(file="049-triage-duplicado-carnet-ambiguo.eml", mailbox=S,
        received="2027-01-14T12:30:17",
        **{"from": "Sandra Ospina <sandramilena.ospina@gmail.com>"},
        subject="Duplicado de carnet",
        body=("Buenas, necesito el duplicado de mi carnet, ¿qué tengo que hacer?\n\nGracias.\n"
              "Sandra Milena Ospina Rendón\n"),
        label=dict(procedure=None, outcome="triage", signature="not_required",
                   fields={"nombres": "Sandra Milena Ospina Rendón", "correo": "FROM"}))

    # 050 ------------------------------------------------------------------
    rc50 = pdf_att(
        "reconsideracion_escalona.pdf",
        ["Lima, 18 de enero de 2027", "",
         "Yo, Luz Marina Escalona Paz, identificada con pasaporte N.º 133 870 295, de nacionalidad "
         "venezolana, interpongo recurso de reconsideración contra la resolución que denegó mi "
         "solicitud de refugio, porque aporto nueva prueba: la constancia de la denuncia que "
         "presenté en Maracaibo por las amenazas a mi familia.", "",
         "WhatsApp +51 975 006 218 - luzmescalona@gmail.com", "",
         "Luz Marina Escalona Paz"],
        title="RECURSO DE RECONSIDERACIÓN", sign="Luz Marina Escalona Paz")
    msg(file="050-re-reconsideracion-hora-de-cierre.eml", mailbox=M,
        received="2027-01-18T16:30:40",
        **{"from": "Luz Escalona <luzmescalona@gmail.com>"},
        subject="RE: Recurso de Reconsideración",
        body=("Señores de Mesa de Partes:\n\n"
              "Atendiendo a su indicación, remito nuevamente mi recurso, ahora firmado digitalmente. "
              "Yo, Luz Marina Escalona Paz, identificada con pasaporte N.º 133 870 295, de "
              "nacionalidad venezolana, interpongo recurso de reconsideración porque aporto nueva "
              "prueba: la constancia de la denuncia que presenté en Maracaibo por las amenazas a mi "
              "familia. Me pueden ubicar por WhatsApp al +51 975 006 218 o al correo "
              "luzmescalona@gmail.com.\n\nAtentamente,\nLuz Marina Escalona Paz\n\n"
              "El vie, 15 ene 2027 a las 09:12, Mesa de Partes <mesadepartes@rree.gob.pe> "
              "escribió:\n"
              "> Estimada usuaria: el escrito recibido no se encuentra firmado. Sírvase remitirlo\n"
              "> firmado dentro del plazo indicado.\n"),
        attachments=[rc50],
        label=dict(procedure="reconsideracion", outcome="cargo", signature="valid",
                   fields={"nombres": "Luz Marina Escalona Paz", "nacionalidad": "VE",
                           "documento_identidad": "133 870 295", "telefono": "+51 975 006 218",
                           "correo": "luzmescalona@gmail.com",
                           "motivo": "aporto nueva prueba"}))

    # 051 ------------------------------------------------------------------
    ap51 = pdf_att(
        "Apelacion_Perez_Almeida.pdf",
        ["La Habana / Lima, 28 de enero de 2027", "",
         "Yo, Frank Yordi Pérez Almeida, cubano, carnet de identidad 87120904583, pasaporte "
         "K402118, interpongo recurso de apelación contra la resolución notificada el 08/01/27.", "",
         "Considero que debe revisarse ya que la resolución afirma que puedo regresar sin riesgo, "
         "pese a que fui expulsado de mi centro de trabajo y citado varias veces por la Seguridad "
         "del Estado por mis publicaciones.", "",
         "Celular 919 887 340 - frankyordi87@gmail.com", "",
         "Frank Yordi Pérez Almeida"],
        title="RECURSO DE APELACIÓN", sign="Frank Yordi Perez Almeida")
    msg(file="051-apelacion-abogado-ultimo-dia-plazo.eml", mailbox=M,
        received="2027-01-29T10:00:36",
        **{"from": "Abog. Víctor Hugo Lazo <vhlazo@lazo-legal.com>"},
        subject="Recurso de Apelación",
        body=("Señores:\n\nEn mi calidad de abogado defensor del Sr. Frank Yordi Pérez Almeida, "
              "cubano, carnet de identidad 87120904583 y pasaporte K402118, presento recurso de "
              "apelación contra la Resolución notificada el 08/01/27. Considero que debe revisarse "
              "ya que la resolución afirma que puede regresar sin riesgo, pese a que fue expulsado "
              "de su centro de trabajo y citado varias veces por la Seguridad del Estado.\n\n"
              "Datos de contacto del Sr. Pérez: cel. 919 887 340, correo frankyordi87@gmail.com.\n\n"
              "Adjunto escrito firmado digitalmente por mi patrocinado.\n\n"
              "Víctor Hugo Lazo Cárdenas\nAbogado – CAL 70118\nDNI 10457732\n"),
        attachments=[ap51],
        label=dict(procedure="apelacion", outcome="cargo", signature="valid",
                   notificacion="2027-01-08",
                   fields={"nombres": "Frank Yordi Pérez Almeida", "nacionalidad": "CU",
                           "documento_identidad": "87120904583", "telefono": "919 887 340",
                           "correo": "frankyordi87@gmail.com",
                           "motivo": "la resolución afirma que puede regresar sin riesgo"}))
