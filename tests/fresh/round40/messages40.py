"""The round40 messages: one month of mail at the three CEPR mailboxes (16 Nov - 16 Dec 2026)."""


def define(add, K, S, P, R):
    # ------------------------------------------------------------ week 1
    add("actualizacion-lista-guiones", S, "2026-11-16 08:47:12",
        "Yorgelis Pacheco <yorgelis.pacheco88@gmail.com>", "Actualización de datos",
        text="""Buenos dias, por medio del presente solicito la actualizacion de mis datos de contacto:

- Nombres y apellidos - Yorgelis Carolina Pacheco Ruiz
- Nacionalidad - venezolana
- Cedula - V-19.876.543
- Telefono nuevo - 912 345 678
- Correo nuevo - ycpacheco.nuevo@gmail.com
- Direccion - Av. Los Alisos 1320, Los Olivos

El numero anterior ya no lo tengo (me robaron el celular).
Muchas gracias de antemano.
Yorgelis""",
        proc="actualizacion_datos",
        fields={"nombres": "Yorgelis Carolina Pacheco Ruiz", "nacionalidad": "VE",
                "documento_identidad": "V19876543", "telefono": "+51912345678",
                "correo": "ycpacheco.nuevo@gmail.com"})

    add("cambio-clave-prosa-sin-tildes", S, "2026-11-16 19:40:05",
        "jhon ospina <jhonospina.g@hotmail.com>", "cambio de clave",
        text="""buenas noches señores de refugio

me llamo jhon freddy ospina galeano soy colombiano con cc 1.023.456.789 y hace como dos semanas que no puedo entrar al sistema de refugiados, me dice clave incorrecta y cuando le doy a recuperar no me llega nada. necesito cambiar la clave y contraseña para poder sacar mi autorizacion de trabajo.

mi cel es 951 234 567 y el correo es este mismo jhonospina.g@hotmail.com

gracias dios los bendiga""",
        proc="cambio_clave",
        fields={"nombres": "jhon freddy ospina galeano", "nacionalidad": "CO", "documento_identidad": "1023456789",
                "telefono": "+51951234567", "correo": "jhonospina.g@hotmail.com"})

    pdf = K.sign_pdf(K.text_pdf([
        "Señores de la Comisión Especial para los Refugiados",
        "Ministerio de Relaciones Exteriores - Lima",
        "",
        "Asunto: RECURSO DE RECONSIDERACIÓN",
        "",
        "Yo, Darwin Alexander Colmenares Ochoa, identificado con pasaporte venezolano N° 143998201, "
        "con domicilio en Jr. Huallaga 455, Cercado de Lima, ante ustedes me presento y digo:",
        "",
        "Que interpongo recurso de reconsideración contra la resolución que deniega mi solicitud de "
        "refugio, notificada el 5 de noviembre de 2026.",
        "",
        "FUNDAMENTOS: la resolución no valoró las constancias de amenazas del colectivo de mi sector "
        "ni la denuncia que presenté en Maracaibo en 2023; adjunto como nueva prueba la declaración "
        "jurada de mi vecino y el informe médico de las lesiones que sufrí.",
        "",
        "Teléfono: 933 210 876",
        "Correo electrónico: darwin.colmenares@gmail.com",
        "",
        "Lima, 16 de noviembre de 2026",
        "Darwin A. Colmenares O.",
    ]), "Darwin Alexander Colmenares Ochoa")
    add("reconsideracion-pdf-firmado", P, "2026-11-17 10:05:44",
        "Darwin Colmenares <darwin.colmenares@gmail.com>", "Recurso de Reconsideración",
        text="Buenos días,\n\nAdjunto mi recurso de reconsideración firmado digitalmente.\n\nAtte.\nDarwin Colmenares\n",
        atts=[("Recurso_Reconsideracion_Colmenares.pdf", pdf)],
        proc="reconsideracion", sig="valid", notif="2026-11-05",
        fields={"nombres": "Darwin Alexander Colmenares Ochoa", "nacionalidad": "VE", "documento_identidad": "143998201",
                "telefono": "+51933210876", "correo": "darwin.colmenares@gmail.com",
                "motivo": "la resolución no valoró las constancias de amenazas del colectivo de mi sector"})

    pdf = K.text_pdf([
        "RECURSO DE APELACIÓN",
        "",
        "Nombre: Keila Marisol Useche Bracho",
        "Cédula de identidad: V-21.456.789",
        "",
        "Apelo la resolución que confirma la denegatoria de mi solicitud de refugio, notificada con "
        "fecha 28/10/2026, porque no se tuvo en cuenta que mi esposo fue detenido por el SEBIN y que yo "
        "sigo siendo buscada por mi participación en las protestas.",
        "",
        "Keila Useche",
    ])
    add("apelacion-html-gmail-pdf-sin-firma", P, "2026-11-17 16:45:30",
        "Keila Useche <keilauseche.b@gmail.com>", "RECURSO DE APELACION - Keila Useche",
        text="""Buenas tardes,

Envío mi recurso de apelación en PDF.

Nombre completo: Keila Marisol Useche Bracho
Cédula: V-21.456.789
Celular / WhatsApp: +51 964 008 112
Correo: keilauseche.b@gmail.com

Saludos cordiales
""",
        html="""<div dir="ltr"><div>Buenas tardes,</div><div><br></div><div>Envío mi recurso de apelación en PDF.</div>
<div><br></div><div><b>Nombre completo:</b> Keila Marisol Useche Bracho</div><div><b>Cédula:</b> V-21.456.789</div>
<div><b>Celular / WhatsApp:</b> +51 964 008 112</div><div><b>Correo:</b> <a href="mailto:keilauseche.b@gmail.com">keilauseche.b@gmail.com</a></div>
<div><br></div><div>Saludos cordiales</div></div>""",
        atts=[("apelacion keila.pdf", pdf)],
        proc="apelacion", sig="absent", notif="2026-10-28",
        fields={"nombres": "Keila Marisol Useche Bracho", "documento_identidad": "V21456789",
                "telefono": "+51964008112", "correo": "keilauseche.b@gmail.com",
                "motivo": "no se tuvo en cuenta que mi esposo fue detenido por el SEBIN"})

    add("prorroga-tabla-outlook", R, "2026-11-18 09:30:10",
        "Nadège Pierre-Louis <nadege.pierrelouis@outlook.com>", "Prórroga de Residencia",
        text=None,
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>
p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="ES-PE"><div class="WordSection1">
<p class="MsoNormal">Estimados señores:</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Solicito la prórroga anual de mi residencia como refugiada reconocida. Mis datos:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal">Nombres y Apellidos</p></td><td><p class="MsoNormal">Nadège Pierre-Louis</p></td></tr>
<tr><td><p class="MsoNormal">Sexo</p></td><td><p class="MsoNormal">Femenino</p></td></tr>
<tr><td><p class="MsoNormal">Nacionalidad</p></td><td><p class="MsoNormal">Haitiana</p></td></tr>
<tr><td><p class="MsoNormal">Pasaporte</p></td><td><p class="MsoNormal">RD4471902</p></td></tr>
<tr><td><p class="MsoNormal">Carné de Extranjería</p></td><td><p class="MsoNormal">000123456</p></td></tr>
<tr><td><p class="MsoNormal">Fecha de nacimiento</p></td><td><p class="MsoNormal">07/08/1985</p></td></tr>
<tr><td><p class="MsoNormal">Teléfono</p></td><td><p class="MsoNormal">(+51) 940 552 117</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Quedo atenta.</p>
<p class="MsoNormal">Nadège</p></div></body></html>""",
        proc="prorroga_residencia",
        fields={"nombres": "Nadège Pierre-Louis", "sexo": "F", "nacionalidad": "HT", "documento_identidad": "RD4471902",
                "carne_extranjeria": "000123456", "fecha_nacimiento": "1985-08-07", "telefono": "+51940552117",
                "correo": "nadege.pierrelouis@outlook.com"})

    jpg = K.handwritten_page(["DENUNCIA POLICIAL N 4471-2026", "COMISARIA PNP SAN MARTIN DE PORRES",
                              "Perdida de documentos: carne de extranjeria", "Denunciante: Ramiro Andres Tellez"], seed=11)
    add("duplicado-ce-denuncia-jpg", R, "2026-11-18 12:10:00",
        "Ramiro Tellez <ramirotellez.v@yahoo.com>", "Duplicado de carné de extranjería",
        text="""Señores CEPR

Solicito duplicado de mi carné de extranjería porque lo extravié el sábado en el Metropolitano. Adjunto foto de la denuncia.

Nombres y Apellidos: Ramiro Andrés Téllez Villamizar
Sexo: Masculino
Nacionalidad: Venezolano
Pasaporte: 118845220
Carné de Extranjería N°: 001988231
Fecha de nacimiento: 02-11-1990
Teléfono: 987 654 120

Gracias.""",
        atts=[("denuncia_policial.jpg", jpg)],
        proc="duplicado_carne_extranjeria", denuncia=True,
        fields={"nombres": "Ramiro Andrés Téllez Villamizar", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "118845220", "carne_extranjeria": "001988231",
                "fecha_nacimiento": "1990-11-02", "telefono": "+51987654120", "correo": "ramirotellez.v@yahoo.com"})

    pdf = K.sign_pdf(K.text_pdf([
        "Lima, 20 de noviembre de 2026",
        "",
        "Señores Unidad de Refugiados - Solicitud de Autorización de Viaje",
        "",
        "Nombres y apellidos: Milagros del Carmen Osorio Velásquez",
        "Carné de extranjería N°: 000901244",
        "Teléfono de contacto: 993 117 540",
        "Lugar de destino: Santiago de Chile, Chile",
        "Fecha de salida: 10/12/26",
        "Fecha de retorno: 20/12/26",
        "Motivo del viaje: mi madre será operada del corazón en Santiago y soy su única familiar.",
        "",
        "Milagros Osorio",
    ]), "Milagros del Carmen Osorio Velasquez")
    add("autorizacion-viaje-pdf-firmado", R, "2026-11-21 11:00:00",
        "Milagros Osorio <milagros.osorio.v@gmail.com>", "AUTORIZACIÓN DE VIAJE",
        text="Buenos días, adjunto mi solicitud de autorización de viaje con firma digital. Es urgente, gracias.\n\nMilagros\n",
        atts=[("autorizacion_viaje_firmada.pdf", pdf)],
        proc="autorizacion_viaje", sig="valid",
        fields={"nombres": "Milagros del Carmen Osorio Velásquez", "carne_extranjeria": "000901244",
                "telefono": "+51993117540", "destino": "Santiago de Chile, Chile", "fecha_salida": "2026-12-10",
                "fecha_retorno": "2026-12-20", "correo": "milagros.osorio.v@gmail.com",
                "motivo": "mi madre será operada del corazón en Santiago"})

    add("portal-solicitud-refugio-en", S, "2026-11-18 22:15:00",
        "Mohammed Al-Hassan <m.alhassan.lima@gmail.com>", "Solicitud de refugio - how to apply",
        text="""Hello,

I am Syrian, I arrived in Lima two weeks ago and I would like to present a solicitud de refugio (asylum application).
I do not speak Spanish well. Where do I apply and what documents do I need? Can I send my application by email?

Thank you very much,
Mohammed Al-Hassan
WhatsApp +51 921 300 450""",
        proc="solicitud_refugio",
        fields={"nombres": "Mohammed Al-Hassan", "nacionalidad": "SY", "telefono": "+51921300450",
                "correo": "m.alhassan.lima@gmail.com"})

    add("carne-solicitante", S, "2026-11-19 08:00:41",
        "LEIDY JOHANA RINCON <leidyrincon1995@gmail.com>", "Carné de solicitante",
        text="""Buen día

Quisiera saber cuando puedo recoger mi carné de solicitante de refugio, ya hice la entrevista en agosto.

LEIDY JOHANA RINCON PARRA
C.C. 1.090.456.123
Tel 923 456 001""",
        proc="carne_solicitante",
        fields={"nombres": "LEIDY JOHANA RINCON PARRA", "documento_identidad": "1090456123",
                "telefono": "+51923456001", "correo": "leidyrincon1995@gmail.com"})

    pdf = K.sign_pdf(K.text_pdf([
        "Senhores da Comissão Especial para os Refugiados (CEPR) - Lima",
        "",
        "RENÚNCIA À SOLICITAÇÃO DE REFÚGIO / RENUNCIA A LA SOLICITUD DE REFUGIO",
        "",
        "Eu, Domingos Mateus Kiala, de nacionalidade angolana, passaporte N2208814, telefone +51 955 310 402, "
        "venho apresentar a minha renúncia ao trâmite de solicitação de refúgio.",
        "",
        "Motivo: consegui um visto de trabalho no Brasil e vou morar com a minha família em São Paulo, "
        "por isso já não preciso da proteção do Peru.",
        "",
        "Lima, 18 de novembro de 2026",
        "Domingos M. Kiala",
    ]), "Domingos Mateus Kiala")
    add("renuncia-pt-firmado", P, "2026-11-19 15:20:02",
        "Domingos Kiala <dkiala.ao@gmail.com>", "Renuncia - solicitação de refúgio",
        text="""Boa tarde,

Segue em anexo a minha carta de renúncia assinada digitalmente. Peço desculpas por escrever em português, ainda não falo bem espanhol.

Atenciosamente,
Domingos""",
        atts=[("renuncia_assinada.pdf", pdf)],
        proc="renuncia", sig="valid",
        fields={"nombres": "Domingos Mateus Kiala", "nacionalidad": "AO", "documento_identidad": "N2208814",
                "telefono": "+51955310402", "correo": "dkiala.ao@gmail.com",
                "motivo": "consegui um visto de trabalho no Brasil e vou morar com a minha família em São Paulo"})

    pdf = K.sign_pdf(K.text_pdf([
        "RECURSO DE APELACIÓN",
        "",
        "Señor Presidente de la Comisión Especial para los Refugiados:",
        "",
        "MARÍA FERNANDA GUTIÉRREZ SALAS, de nacionalidad venezolana, con pasaporte N° 152009874, "
        "teléfono 981 220 643, correo mafegutierrez.s@gmail.com, interpongo recurso de apelación contra "
        "la resolución que confirma la denegatoria de mi solicitud, notificada el 15 de octubre de 2026.",
        "",
        "Motivo: la Comisión no consideró la persecución que sufrí como dirigente sindical en Puerto Ordaz, "
        "acreditada con las actas que adjunté en mi solicitud inicial.",
        "",
        "Pido se eleve al superior.",
        "Lima, 19 de noviembre de 2026",
    ]), "Maria Fernanda Gutierrez Salas")
    add("apelacion-extemporanea-firmada", P, "2026-11-20 11:00:09",
        "Mafe Gutiérrez <mafegutierrez.s@gmail.com>", "Recurso de Apelación",
        text="Adjunto recurso de apelación con firma digital. Disculpen la demora, estuve enferma.\n\nMaría Fernanda\n",
        atts=[("APELACION_GUTIERREZ.pdf", pdf)],
        proc="apelacion", sig="valid", notif="2026-10-15",
        fields={"nombres": "MARÍA FERNANDA GUTIÉRREZ SALAS", "nacionalidad": "VE", "documento_identidad": "152009874",
                "telefono": "+51981220643", "correo": "mafegutierrez.s@gmail.com",
                "motivo": "la Comisión no consideró la persecución que sufrí como dirigente sindical"})

    add("actualizacion-refugiado-sin-ce", S, "2026-11-20 13:00:00",
        "Yoandri Céspedes <yoandri.cespedes@nauta.cu>", "Actualizacion de datos",
        text="""Saludos cordiales.

Soy refugiado reconocido desde el 2022 y me mudé a Arequipa, por eso escribo para actualizar mis datos de contacto.

Nombre: Yoandri Céspedes Labrada
Nacionalidad: cubana
Carnet de identidad: 85031512345
Nuevo teléfono: 958 774 300
Nueva dirección: Calle Mercaderes 210, Arequipa

Atentamente,
Yoandri""",
        proc="actualizacion_datos", refugee=True,
        fields={"nombres": "Yoandri Céspedes Labrada", "nacionalidad": "CU", "documento_identidad": "85031512345",
                "telefono": "+51958774300", "correo": "yoandri.cespedes@nauta.cu"})

    add("cambio-clave-madre-escribe", S, "2026-11-21 20:30:00",
        "Rosa Elena Márquez <rosaelenamarquez61@hotmail.com>", "Ayuda cambio de clave para mi hija",
        text="""Buenas noches. Mi nombre es Rosa Elena Márquez de Guerra, cédula V-8.765.432, soy la mamá de la solicitante.

Mi hija Andreína Sofía Guerra Márquez, pasaporte 154236987, no puede entrar al sistema de refugiados porque olvidó la clave y ya la bloquearon. Ella está trabajando en turnos de noche por eso le escribo yo. Solicitamos el cambio de clave y contraseña.

El correo de ella es andreinaguerra03@gmail.com
Cualquier cosa pueden llamarme a mí al 987 111 222.

Mil gracias,
Rosa Elena""",
        proc="cambio_clave",
        fields={"nombres": "Andreína Sofía Guerra Márquez", "documento_identidad": "154236987",
                "telefono": "+51987111222", "correo": "andreinaguerra03@gmail.com"})

    # ------------------------------------------------------------ week 2
    jpg = K.handwritten_page([
        "Lima 20 de noviembre 2026", "Señores CEPR", "RECURSO DE RECONSIDERACION",
        "Yo Wilmer Jose Pirela Fuenmayor ced. V-17.332.905", "pido reconsideren la denegatoria",
        "porque mi hermano fue asesinado en octubre", "por el mismo grupo que me amenazó",
        "adjunto acta de defuncion", "firma:"], seed=21)
    add("reconsideracion-jpg-manuscrita", P, "2026-11-23 09:10:33",
        "wilmer pirela <wilmerpirela.f@gmail.com>", "Recurso de Reconsideracion",
        text="""Buenos dias. Adjunto foto de mi recurso de reconsideracion firmado a mano (no tengo firma digital).

Los datos:
Nombres: Wilmer José Pirela Fuenmayor
Cedula: V-17.332.905
Telefono: 944 120 387
Correo: wilmerpirela.f@gmail.com

Motivo: hay hechos nuevos, mi hermano fue asesinado en octubre por el mismo grupo que me amenazó, adjunto el acta de defunción.

Gracias""",
        atts=[("IMG_20261120_183344.jpg", jpg)],
        proc="reconsideracion", sig="manuscrita",
        fields={"nombres": "Wilmer José Pirela Fuenmayor", "documento_identidad": "V17332905",
                "telefono": "+51944120387", "correo": "wilmerpirela.f@gmail.com",
                "motivo": "hay hechos nuevos, mi hermano fue asesinado en octubre"})

    signed = K.sign_pdf(K.text_pdf([
        "RECURSO DE APELACIÓN",
        "",
        "Recurrente: Edwin Alfonso Mosquera Palacios",
        "Documento: Cédula de ciudadanía colombiana C.C. 11.805.332",
        "Celular: 926 114 550",
        "E-mail: edwin.mosquera.p@outlook.com",
        "",
        "Fundamento de la apelación: la Comisión afirmó que en Quibdó no existe riesgo actual, sin "
        "embargo el grupo armado que me desplazó sigue controlando la zona y asesinó a dos líderes en 2026. "
        "Solicito se revoque la resolución conforme a derecho.",
        "",
        "Edwin A. Mosquera",
    ]), "Edwin Alfonso Mosquera Palacios")
    bad = K.alter(signed, b"conforme a derecho", b"CONFORME A DERECHO")
    assert K.sig_intact(signed) and not K.sig_intact(bad)
    add("apelacion-pdf-alterado", P, "2026-11-23 17:05:12",
        "Edwin Mosquera <edwin.mosquera.p@outlook.com>", "RE: Recurso de Apelación",
        text="Buenas tardes, reenvío el recurso de apelación con la firma digital. Les agradecería confirmar la recepción.\n\nEdwin Mosquera\n",
        atts=[("Recurso_apelacion_EMosquera_firmado.pdf", bad)],
        proc="apelacion", sig="invalid",
        fields={"nombres": "Edwin Alfonso Mosquera Palacios", "nacionalidad": "CO", "documento_identidad": "11805332",
                "telefono": "+51926114550", "correo": "edwin.mosquera.p@outlook.com",
                "motivo": "el grupo armado que me desplazó sigue controlando la zona"})

    add("prorroga-frances-sin-telefono", R, "2026-11-24 10:20:00",
        "Jean-Baptiste Dorvil <jb.dorvil@yahoo.fr>", "Prórroga de residencia",
        text="""Bonjour Mesdames et Messieurs,

Je suis réfugié reconnu au Pérou et je souhaite demander la prorogation annuelle de ma résidence (prórroga de residencia).

Nom et prénom : Jean-Baptiste Dorvil
Sexe : masculin
Nationalité : haïtienne
Passeport : PP3390017
Carné de extranjería : 000876512
Date de naissance : 12/03/1979

Je vous remercie de votre attention.
Cordialement,
J.-B. Dorvil""",
        proc="prorroga_residencia",
        fields={"nombres": "Jean-Baptiste Dorvil", "sexo": "M", "nacionalidad": "HT", "documento_identidad": "PP3390017",
                "carne_extranjeria": "000876512", "fecha_nacimiento": "1979-03-12", "correo": "jb.dorvil@yahoo.fr"})

    add("autorizacion-viaje-creole-sin-firma", R, "2026-11-24 21:00:00",
        "Wilner Jean <wilnerjean509@gmail.com>", "Autorización de Viaje",
        text="""Bonswa,

Mwen ekri pou mande otorizasyon pou vwayaje (Autorización de Viaje). Manman m malad anpil, li lopital.

Non: Wilner Jean
Kat etranje (carné de extranjería): 001234567
Telefòn: 9 3456 7788
Destinasyon: Port-au-Prince, Haití
Dat depa: 05/01/2027
Dat retou: 25/01/2027
Rezon: manman m malad anpil, li entène lopital Bernard Mevs

Mèsi anpil.
Wilner""",
        proc="autorizacion_viaje", sig="absent",
        fields={"nombres": "Wilner Jean", "carne_extranjeria": "001234567", "telefono": "+51934567788",
                "destino": "Port-au-Prince, Haití", "fecha_salida": "2027-01-05", "fecha_retorno": "2027-01-25",
                "motivo": "manman m malad anpil, li entène lopital Bernard Mevs", "correo": "wilnerjean509@gmail.com"})

    add("cambio-clave-buzon-equivocado", R, "2026-11-25 09:00:00",
        "Paola Andrade <paoandrade.ec@gmail.com>", "CAMBIO DE CLAVE Y CONTRASEÑA",
        text="""Estimados:
Solicito cambio de clave y contraseña del Sistema de Refugiados.
Nombres y apellidos completos: Paola Estefanía Andrade Quishpe
Nacionalidad: ecuatoriana
Cédula: 1712345678
Teléfono: 976 330 218
Correo electrónico: paoandrade.ec@gmail.com
Saludos.""",
        proc="cambio_clave",
        fields={"nombres": "Paola Estefanía Andrade Quishpe", "nacionalidad": "EC", "documento_identidad": "1712345678",
                "telefono": "+51976330218", "correo": "paoandrade.ec@gmail.com"})

    add("duplicado-ce-sin-adjunto", R, "2026-11-25 14:00:00",
        "Luis Bracho <luisbracho.rojas@gmail.com>", "duplicado carnet extranjeria",
        text="""Hola buenas tardes, me robaron la cartera con el carne de extranjeria en el micro, quiero sacar el duplicado.
Todavia no he podido ir a la comisaria, que mas necesito?

Luis Enrique Bracho Rojas
masculino / venezolano / pasaporte 098223114 / CE 002331785 / nacido 30-06-1987
cel 945 221 330""",
        proc="duplicado_carne_extranjeria",
        fields={"nombres": "Luis Enrique Bracho Rojas", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "098223114",
                "carne_extranjeria": "002331785", "fecha_nacimiento": "1987-06-30", "telefono": "+51945221330",
                "correo": "luisbracho.rojas@gmail.com"})

    add("ignorado-respuesta-automatica", S, "2026-11-25 10:00:02",
        "Carlos Mendoza <carlosmendoza.vzla@gmail.com>", "Respuesta automática: Actualización de datos",
        text="Gracias por su mensaje. Estoy de viaje hasta el 30 de noviembre con acceso limitado al correo.\n",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        proc="actualizacion_datos", kind="ignorado", fields={})

    add("portal-autorizacion-trabajo", S, "2026-11-26 08:30:00",
        "Génesis Parra <genesisparra.22@gmail.com>", "Autorización de trabajo vencida",
        text="""Buenos días, mi autorización de trabajo venció el 20 de noviembre y en mi trabajo me la están pidiendo.
¿Cómo hago la renovación de la autorización de trabajo? ¿Tengo que enviarles algo por correo?

Génesis Parra
929 004 511""",
        proc="autorizacion_trabajo",
        fields={"nombres": "Génesis Parra", "telefono": "+51929004511", "correo": "genesisparra.22@gmail.com"})

    pdf = K.sign_pdf(K.text_pdf([
        "SUMILLA: Interpone recurso de reconsideración",
        "",
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "",
        "ALEXIS RAFAEL BRICEÑO MORA, de nacionalidad venezolana, identificado con pasaporte N° 149920031, "
        "a ustedes respetuosamente digo:",
        "",
        "Que, dentro del plazo de ley, interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución que "
        "deniega mi solicitud de refugio, notificada el 12/11/2026, por cuanto se ha omitido valorar la "
        "nueva prueba que adjunto (certificado de antecedentes de persecución emitido por PROVEA).",
        "",
        "Datos de contacto del recurrente: teléfono 962 440 125, correo alexisbriceno.m@gmail.com",
        "",
        "Firma: Alexis R. Briceño M.",
        "Autoriza: Abog. Carmen Julia Quispe Huamán, CAL 61230",
    ]), "Alexis Rafael Briceno Mora")
    add("reconsideracion-abogada", P, "2026-11-26 12:00:00",
        "Estudio Quispe & Asociados <cquispe@quispeabogados.pe>", "Recurso de Reconsideración - Sr. Alexis Briceño Mora",
        text="""Señores Mesa de Partes:

En representación del Sr. Alexis Rafael Briceño Mora remito el recurso de reconsideración firmado digitalmente por él.

Mis datos como abogada patrocinante: Carmen Julia Quispe Huamán, DNI 41223344, CAL 61230, teléfono (01) 442-3311.
Los datos de contacto del recurrente constan en el escrito.

Atentamente,
Carmen Julia Quispe Huamán
Abogada""",
        atts=[("Reconsideracion_Briceno_firmado.pdf", pdf)],
        proc="reconsideracion", sig="valid", notif="2026-11-12",
        fields={"nombres": "ALEXIS RAFAEL BRICEÑO MORA", "nacionalidad": "VE", "documento_identidad": "149920031",
                "telefono": "+51962440125", "correo": "alexisbriceno.m@gmail.com",
                "motivo": "se ha omitido valorar la nueva prueba que adjunto"})

    pdf = K.text_pdf([
        "Lima, 19 de noviembre de 2026",
        "",
        "Señores CEPR - Recurso de Apelación",
        "",
        "Yo, Yusmary del Valle Rondón Salazar, cédula V-20.114.876, apelo la resolución que confirmó la "
        "denegatoria de mi solicitud de refugio, notificada el 03/11/2026.",
        "",
        "Motivo: en mi país fui señalada como traidora por mi trabajo en una ONG de derechos humanos y "
        "mi casa fue allanada; la resolución dice que no hay prueba pero adjunté las fotos y la denuncia.",
        "",
        "Teléfono: 917 225 640     Correo: yusmary.rondon@hotmail.com",
        "",
        "(firma)",
    ], sig_image=True, seed=31)
    add("apelacion-rv-reenvio-outlook", P, "2026-11-26 18:00:00",
        "Yusmary Rondón <yusmary.rondon@hotmail.com>", "RV: Recurso de Apelación",
        text="""Buenas noches, me dijeron que tenía que enviarlo a mesa de partes, se los reenvío.

Yusmary Rondón

________________________________
De: Yusmary Rondón <yusmary.rondon@hotmail.com>
Enviado: jueves, 19 de noviembre de 2026 22:14
Para: refugiados@rree.gob.pe <refugiados@rree.gob.pe>
Asunto: Recurso de Apelación

Buenas noches adjunto mi recurso de apelación firmado.
""",
        html="""<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:12pt">Buenas noches, me dijeron que tenía que enviarlo a mesa de partes, se los reenvío.<br><br>Yusmary Rondón</div>
<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"><b>De:</b> Yusmary Rondón &lt;yusmary.rondon@hotmail.com&gt;<br>
<b>Enviado:</b> jueves, 19 de noviembre de 2026 22:14<br><b>Para:</b> refugiados@rree.gob.pe &lt;refugiados@rree.gob.pe&gt;<br><b>Asunto:</b> Recurso de Apelación</font></div>
<div>Buenas noches adjunto mi recurso de apelación firmado.</div></body></html>""",
        atts=[("Apelacion Yusmary Rondon.pdf", pdf)],
        proc="apelacion", sig="manuscrita", notif="2026-11-03",
        fields={"nombres": "Yusmary del Valle Rondón Salazar", "documento_identidad": "V20114876",
                "telefono": "+51917225640", "correo": "yusmary.rondon@hotmail.com",
                "motivo": "en mi país fui señalada como traidora por mi trabajo en una ONG de derechos humanos"})

    pdf = K.text_pdf([
        "RENUNCIA A LA CONDICIÓN DE REFUGIADO",
        "",
        "Yo, Óscar Eduardo Villalobos Nava, refugiado reconocido, de nacionalidad venezolana,",
        "pasaporte N° 102938475, carné de extranjería N° 000445120, teléfono +51 999 014 377,",
        "declaro mi decisión de renunciar a la condición de refugiado.",
        "",
        "Motivo: he obtenido la nacionalidad española por ser nieto de españoles y me establezco en Madrid.",
        "",
        "Lima, 26 de noviembre de 2026",
    ], sig_image=True, seed=41)
    add("renuncia-refugiado-html-firma-imagen", P, "2026-11-27 10:00:00",
        "Oscar Villalobos <oscar.villalobos.n@gmail.com>", "Renuncia",
        text="Buenos días,\n\nRemito mi renuncia firmada (adjunto PDF).\n\nÓscar Villalobos\n",
        html="""<div dir="ltr">Buenos días,<div><br></div><div>Remito mi <b>renuncia</b> firmada (adjunto PDF).</div><div><br></div><div>Óscar Villalobos</div></div>""",
        atts=[("renuncia_villalobos.pdf", pdf)],
        proc="renuncia", sig="manuscrita", refugee=True,
        fields={"nombres": "Óscar Eduardo Villalobos Nava", "nacionalidad": "VE", "documento_identidad": "102938475",
                "carne_extranjeria": "000445120", "telefono": "+51999014377", "correo": "oscar.villalobos.n@gmail.com",
                "motivo": "he obtenido la nacionalidad española por ser nieto de españoles"})

    add("prorroga-hijo-por-padre", R, "2026-11-28 09:00:00",
        "Miguel Ángel Sánchez <miguelsanchez.ve@gmail.com>", "Prorroga de residencia de mi papá",
        text="""Buenos días. Escribo en nombre de mi padre, que es refugiado reconocido y tiene 75 años, no maneja el correo.
Yo soy Miguel Ángel Sánchez Pérez, mi cédula es V-18.220.456.

Datos de mi papá:
Nombre completo: José Gregorio Sánchez Amundaray
Sexo: masculino
Nacionalidad: venezolana
Cédula: V-3.456.789
Carné de extranjería: 000332198
Fecha de nacimiento: 3 de febrero de 1951

Mi papá no usa celular, cualquier comunicación a mi número 976 543 210.

Gracias,
Miguel Ángel""",
        proc="prorroga_residencia",
        fields={"nombres": "José Gregorio Sánchez Amundaray", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "V3456789", "carne_extranjeria": "000332198", "fecha_nacimiento": "1951-02-03",
                "telefono": "+51976543210", "correo": "miguelsanchez.ve@gmail.com"})

    add("triage-consulta-expediente", S, "2026-11-29 15:00:00",
        "Franklin Zambrano <franklinzam77@gmail.com>", "Consulta",
        text="""buenas tardes, quería saber cómo va mi trámite, presenté todo hace 8 meses y no me dicen nada.
expediente 2026-003377
Franklin Zambrano""",
        proc=None,
        fields={"nombres": "Franklin Zambrano", "correo": "franklinzam77@gmail.com"})

    # ------------------------------------------------------------ week 3
    add("actualizacion-ingles-refugiado", S, "2026-11-30 11:00:00",
        "Ahmad Khalil <ahmad.khalil.pe@outlook.com>", "Actualización de datos / contact details update",
        text="""Dear Sir or Madam,

I am a recognised refugee in Peru and I need to update my contact details (Actualización de datos).

Full name: Ahmad Khalil Haddad
Nationality: Syrian
Passport No.: N012345678
Carné de extranjería: 000987654
New mobile phone: +51 944 556 677
New address: Jr. Cusco 845, Lima

Kind regards,
Ahmad Khalil""",
        proc="actualizacion_datos", refugee=True,
        fields={"nombres": "Ahmad Khalil Haddad", "nacionalidad": "SY", "documento_identidad": "N012345678",
                "carne_extranjeria": "000987654", "telefono": "+51944556677", "correo": "ahmad.khalil.pe@outlook.com"})

    add("cambio-clave-una-linea", S, "2026-11-30 23:50:00",
        "Luis Rengifo <lrengifo.2001@gmail.com>", "cambio clave",
        text="cambio de clave porfa, Luis Alberto Rengifo Díaz 945678123\n\nEnviado desde mi iPhone\n",
        proc="cambio_clave",
        fields={"nombres": "Luis Alberto Rengifo Díaz", "telefono": "+51945678123", "correo": "lrengifo.2001@gmail.com"})

    add("carne-solicitante-buzon-refugiados", R, "2026-12-01 09:00:00",
        "Anyelis Moreno <anyelismoreno@gmail.com>", "Carné de solicitante de refugio",
        text="""Buenos días, necesito el carné de solicitante de refugio porque el banco no me deja abrir una cuenta sin ese documento.
Anyelis Moreno Guédez, pasaporte 133456210, tlf 930 118 442.""",
        proc="carne_solicitante",
        fields={"nombres": "Anyelis Moreno Guédez", "documento_identidad": "133456210", "telefono": "+51930118442",
                "correo": "anyelismoreno@gmail.com"})

    add("portal-entrevista-registro", S, "2026-12-01 10:30:00",
        "Kelvin Aponte <kelvinaponte.r@gmail.com>", "Entrevista de registro",
        text="""Buenos días, registré mi solicitud de refugio en línea en septiembre y todavía no me llega la fecha para la entrevista de registro. ¿Me pueden dar una cita?

Kelvin Aponte""",
        proc="entrevista_registro",
        fields={"nombres": "Kelvin Aponte", "correo": "kelvinaponte.r@gmail.com"})

    pdf = K.image_pdf(["Lima 30 de noviembre de 2026", "RECURSO DE RECONSIDERACION",
                       "Yo Luz Marina Cárdenas Ortiz", "CC 52.778.901", "solicito reconsideren..."], seed=51)
    add("reconsideracion-pdf-escaneado", P, "2026-12-01 16:29:10",
        "Luz Marina Cárdenas <luzmarinacardenas.o@yahoo.com>", "Recurso de reconsideración - Luz Marina Cárdenas",
        text="""Señores:

Adjunto escaneado mi recurso de reconsideración firmado. La resolución me fue notificada el 20 de noviembre de 2026.

Nombre: Luz Marina Cárdenas Ortiz
C.C. 52.778.901 (Colombia)
Tel. 913 550 268
luzmarinacardenas.o@yahoo.com

Motivo: no se valoró que los paramilitares asesinaron a mi esposo y siguen preguntando por mí en Tumaco.""",
        atts=[("escaneo_recurso.pdf", pdf)],
        proc="reconsideracion", sig="manuscrita", notif="2026-11-20",
        fields={"nombres": "Luz Marina Cárdenas Ortiz", "nacionalidad": "CO", "documento_identidad": "52778901",
                "telefono": "+51913550268", "correo": "luzmarinacardenas.o@yahoo.com",
                "motivo": "no se valoró que los paramilitares asesinaron a mi esposo"})

    pdf = K.sign_pdf(K.text_pdf([
        "RECOURS D'APPEL / RECURSO DE APELACIÓN",
        "",
        "Messieurs les membres de la Commission Spéciale pour les Réfugiés,",
        "",
        "Je soussignée Marie-Carmel Joseph, de nationalité haïtienne, passeport n° RD2210458, "
        "téléphone 952 667 031, courriel mcjoseph.ht@gmail.com, fais appel de la résolution qui confirme "
        "le refus de ma demande de refuge.",
        "",
        "Motif : la Commission n'a pas tenu compte des menaces des gangs de Martissant contre ma famille "
        "après l'assassinat de mon frère.",
        "",
        "Lima, le 1er décembre 2026",
    ]), "Marie-Carmel Joseph")
    add("apelacion-frances-firmada", P, "2026-12-02 08:15:00",
        "Marie-Carmel Joseph <mcjoseph.ht@gmail.com>", "Recurso de Apelación",
        text="Bonjour,\n\nVeuillez trouver ci-joint mon recours d'appel signé électroniquement.\n\nCordialement,\nMarie-Carmel Joseph\n",
        atts=[("recours_appel_MCJoseph.pdf", pdf)],
        proc="apelacion", sig="valid",
        fields={"nombres": "Marie-Carmel Joseph", "nacionalidad": "HT", "documento_identidad": "RD2210458",
                "telefono": "+51952667031", "correo": "mcjoseph.ht@gmail.com",
                "motivo": "la Commission n'a pas tenu compte des menaces des gangs de Martissant"})

    bounce = """Received: @@RECEIVED@@
Delivered-To: solicitantesrefugio@rree.gob.pe
Return-Path: <>
Date: @@DATE@@
From: Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>
To: solicitantesrefugio@rree.gob.pe
Subject: =?utf-8?q?Undelivered_Mail_Returned_to_Sender=3A_Cambio_de_clave_y_contrase=C3=B1a?=
Message-ID: <20261202082000.B0E1F3A2@mx1.rree.gob.pe>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="bnd-r40-033"

--bnd-r40-033
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<elvis.guaramato@hotmial.com>: Host or domain name not found.

--bnd-r40-033
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.rree.gob.pe

Final-Recipient: rfc822; elvis.guaramato@hotmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found

--bnd-r40-033
Content-Type: text/rfc822-headers

From: solicitantesrefugio@rree.gob.pe
To: elvis.guaramato@hotmial.com
Subject: =?utf-8?q?Cambio_de_clave_y_contrase=C3=B1a?=
Date: Tue, 01 Dec 2026 15:02:11 -0500

--bnd-r40-033--
"""
    add("ignorado-rebote", S, "2026-12-02 08:20:00", "MAILER-DAEMON@mx1.rree.gob.pe",
        "Undelivered Mail Returned to Sender: Cambio de clave y contraseña", raw=bounce,
        proc="cambio_clave", kind="ignorado", fields={})

    add("prorroga-incompleta-colombiano", R, "2026-12-02 13:00:00",
        "Jairo Castaño <jairocastano.r@hotmail.com>", "RENOVACION DE RESIDENCIA",
        text="""Buenas tardes, solicito la prórroga de residencia anual.

NOMBRE: JAIRO HUMBERTO CASTAÑO RESTREPO
NACIONALIDAD: COLOMBIA
C.C.: 1.098.765.432
CARNE DE EXTRANJERIA: 000556781
CELULAR: 940 228 716

Gracias""",
        proc="prorroga_residencia",
        fields={"nombres": "JAIRO HUMBERTO CASTAÑO RESTREPO", "nacionalidad": "CO", "documento_identidad": "1098765432",
                "carne_extranjeria": "000556781", "telefono": "+51940228716", "correo": "jairocastano.r@hotmail.com"})

    pdf = K.text_pdf([
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP MIRAFLORES",
        "CONSTANCIA DE DENUNCIA POLICIAL N° 20261129-0881",
        "",
        "Denunciante: Rubén Darío Salcedo Pinto",
        "Hecho: pérdida de documento (carné de extranjería)",
        "Fecha del hecho: 28/11/2026",
    ])
    add("duplicado-ce-pdf-denuncia-buzon-solicitantes", S, "2026-12-03 10:00:00",
        "Ruben Salcedo <rubensalcedo.p@gmail.com>", "Duplicado de Carné de Extranjería",
        text="""Buenos días,

Me llamo Rubén Darío Salcedo Pinto, soy de sexo masculino, venezolano, nací el 14 de julio de 1983. Mi pasaporte es el 087665123 y mi carné de extranjería (perdido) era el 001445092. Les adjunto la constancia de la comisaría de Miraflores. Pido el duplicado del carné de extranjería. Mi celular es el 981-337-205.

Saludos""",
        atts=[("constancia_PNP.pdf", pdf)],
        proc="duplicado_carne_extranjeria", denuncia=True,
        fields={"nombres": "Rubén Darío Salcedo Pinto", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "087665123", "carne_extranjeria": "001445092", "fecha_nacimiento": "1983-07-14",
                "telefono": "+51981337205", "correo": "rubensalcedo.p@gmail.com"})

    png = K.handwritten_page([
        "Solicitud de Autorizacion de Viaje", "Yo Daniela Alejandra Pérez Chirinos",
        "CE 001776230", "viajo a Bogotá, Colombia", "del 15-12-2026 al 05-01-2027",
        "por el matrimonio civil de mi hermana", "firma:"], seed=61, fmt="PNG")
    add("autorizacion-viaje-png-manuscrita", R, "2026-12-03 19:00:00",
        "Daniela Pérez <danielaperezch@gmail.com>", "Permiso de viaje - urgente",
        text="""Buenas noches

Les escribo para solicitar la autorización de viaje. Adjunto la solicitud firmada a mano (foto).

Nombres: Daniela Alejandra Pérez Chirinos
Carné de extranjería: 001776230
Destino: Bogotá, Colombia
Fecha de salida: 15-12-2026
Fecha de retorno: 05-01-2027
Motivo: matrimonio civil de mi hermana, soy la testigo
Teléfono: +51 918 440 263

Gracias!!""",
        atts=[("solicitud_viaje_firmada.png", png)],
        proc="autorizacion_viaje", sig="manuscrita",
        fields={"nombres": "Daniela Alejandra Pérez Chirinos", "carne_extranjeria": "001776230",
                "destino": "Bogotá, Colombia", "fecha_salida": "2026-12-15", "fecha_retorno": "2027-01-05",
                "motivo": "matrimonio civil de mi hermana", "telefono": "+51918440263",
                "correo": "danielaperezch@gmail.com"})

    add("portal-autorizacion-trabajo-creole", S, "2026-12-04 12:00:00",
        "Jacquelin Saint-Fleur <jsaintfleur@gmail.com>", "Autorización de trabajo",
        text="""Bonjou,

Mwen fè demann refij mwen sou entènèt, kounye a mwen bezwen otorizasyon travay (autorización de trabajo) pou m ka travay nan yon restoran. Kijan pou m fè l?

Mèsi,
Jacquelin Saint-Fleur""",
        proc="autorizacion_trabajo",
        fields={"nombres": "Jacquelin Saint-Fleur", "correo": "jsaintfleur@gmail.com"})

    add("renuncia-una-linea-sin-firma", P, "2026-12-05 11:20:00",
        "Ender Castillo <endercastillo.m@gmail.com>", "renuncia",
        text="Renuncio a mi solicitud de refugio. Ender Manuel Castillo Mujica, venezolano, pasaporte 140087321, tel 966 102 438.\n",
        proc="renuncia", sig="absent",
        fields={"nombres": "Ender Manuel Castillo Mujica", "nacionalidad": "VE", "documento_identidad": "140087321",
                "telefono": "+51966102438", "correo": "endercastillo.m@gmail.com"})

    add("actualizacion-esposa-por-esposo-html", S, "2026-12-07 09:00:00",
        "Marcela Ríos <marcela.rios.co@gmail.com>", "Actualización de datos de mi esposo",
        text="""Buenos días

Escribo por mi esposo porque él está trabajando en provincia sin internet. Yo soy colombiana, me llamo Marcela Ríos Cardona.

Él es solicitante de refugio:
Nombre: Carlos Eduardo Linares Boada
Nacionalidad: venezolano
Cédula: V-16.554.019
Su nuevo número: +51 925 880 314

Gracias""",
        html="""<div dir="ltr"><p>Buenos días</p><p>Escribo por mi esposo porque él está trabajando en provincia sin internet. Yo soy colombiana, me llamo Marcela Ríos Cardona.</p>
<p>Él es solicitante de refugio:</p><ul><li>Nombre: <b>Carlos Eduardo Linares Boada</b></li><li>Nacionalidad: venezolano</li><li>Cédula: V-16.554.019</li><li>Su nuevo número: +51 925 880 314</li></ul><p>Gracias</p></div>""",
        proc="actualizacion_datos",
        fields={"nombres": "Carlos Eduardo Linares Boada", "nacionalidad": "VE", "documento_identidad": "V16554019",
                "telefono": "+51925880314", "correo": "marcela.rios.co@gmail.com"})

    add("cambio-clave-portugues", S, "2026-12-08 11:00:00",
        "Fritznel Augustin <fritznel.augustin@gmail.com>", "Cambio de clave y contraseña",
        text="""Bom dia,

Sou haitiano, morei 4 anos no Brasil e agora estou no Peru como solicitante de refúgio. Não consigo entrar no Sistema de Refugiados, preciso trocar a senha.

Nome completo: Fritznel Augustin
Passaporte nº PM0456789
WhatsApp: +55 11 98765-4321
E-mail: fritznel.augustin@gmail.com

Obrigado""",
        proc="cambio_clave",
        fields={"nombres": "Fritznel Augustin", "nacionalidad": "HT", "documento_identidad": "PM0456789",
                "telefono": "+5511987654321", "correo": "fritznel.augustin@gmail.com"})

    pdf = K.sign_pdf(K.text_pdf([
        "RECURSO DE APELACIÓN",
        "",
        "Recurrente: Nelson Javier Arrieta Peña",
        "",
        "Interpongo recurso de apelación contra la resolución que confirmó la denegatoria de mi solicitud de "
        "refugio. Motivo: no se evaluó el informe psicológico que acredita las torturas que sufrí durante mi "
        "detención en 2024.",
        "",
        "Lima, 7 de diciembre de 2026",
    ]), "Nelson Javier Arrieta Pena")
    add("apelacion-ong-falta-documento", P, "2026-12-09 10:00:00",
        "Área Legal - Asociación Manos Solidarias <legal@manossolidarias.org.pe>",
        "Recurso de Apelación - Nelson Arrieta",
        text="""Estimados señores:

Desde el área legal de la Asociación Manos Solidarias remitimos, por encargo del Sr. Nelson Javier Arrieta Peña, su recurso de apelación firmado digitalmente.

Para cualquier comunicación sobre este caso pueden contactarnos al 01 715 2040 o a este mismo correo.

Atentamente,
Rocío Villanueva Torres
Coordinadora legal (DNI 45678123)""",
        atts=[("apelacion_NArrieta.pdf", pdf)],
        proc="apelacion", sig="valid",
        fields={"nombres": "Nelson Javier Arrieta Peña", "telefono": "+5117152040", "correo": "legal@manossolidarias.org.pe",
                "motivo": "no se evaluó el informe psicológico que acredita las torturas"})

    pdf = K.sign_pdf(K.text_pdf([
        "RECURSO DE RECONSIDERACIÓN (subsanación)",
        "",
        "Nombres y apellidos: Johana Patricia Villegas Urbina",
        "Pasaporte: 161002345",
        "Teléfono: 939 554 210",
        "Correo: johanavillegas.u@gmail.com",
        "",
        "Interpongo recurso de reconsideración contra la resolución notificada el 16/11/2026. Motivo: "
        "presento como nueva prueba la constancia de la Fiscalía venezolana que acredita la orden de "
        "captura dictada contra mí por motivos políticos.",
        "",
        "Johana Villegas",
    ]), "Johana Patricia Villegas Urbina")
    add("reconsideracion-re-citando-oficina", P, "2026-12-10 09:30:00",
        "Johana Villegas <johanavillegas.u@gmail.com>", "RE: Recurso de Reconsideración - subsanación",
        text="""Buenos días, envío el recurso con firma digital como me indicaron.

Johana

El jue, 3 dic 2026 a las 10:12, Mesa de Partes Virtual <mesadepartes@rree.gob.pe> escribió:
> Estimado(a) administrado(a):
> Su escrito registrado con el N° MP-2026-004512 no puede ser tramitado porque el documento
> no se encuentra firmado. Sírvase remitir el recurso debidamente firmado dentro del plazo de
> dos (2) días hábiles.
> Mesa de Partes - Ministerio de Relaciones Exteriores
""",
        atts=[("reconsideracion_firmada_JVillegas.pdf", pdf)],
        proc="reconsideracion", sig="valid", notif="2026-11-16",
        fields={"nombres": "Johana Patricia Villegas Urbina", "documento_identidad": "161002345",
                "telefono": "+51939554210", "correo": "johanavillegas.u@gmail.com",
                "motivo": "presento como nueva prueba la constancia de la Fiscalía venezolana"})

    add("portal-solicitud-refugio-frances", S, "2026-12-10 14:00:00",
        "Claudette Baptiste <claudette.baptiste@yahoo.fr>", "Solicitud de refugio",
        text="""Bonjour,

Je suis arrivée au Pérou le mois dernier avec mes deux enfants. Je voudrais présenter une demande de refuge (solicitud de refugio). Est-ce que je peux vous envoyer les documents par courriel ou je dois aller au bureau ?

Merci beaucoup
Claudette Baptiste
tél. 9 2211 4470""",
        proc="solicitud_refugio",
        fields={"nombres": "Claudette Baptiste", "telefono": "+51922114470", "correo": "claudette.baptiste@yahoo.fr"})

    add("ignorado-boletin-lista", R, "2026-12-11 07:00:00",
        "Boletín Migrante <boletin@redmigrante.org>", "Boletín informativo - diciembre 2026",
        text="""Red de Apoyo al Migrante - Boletín de diciembre

- Feria de empleo para personas refugiadas: 15 de diciembre
- Talleres de regularización migratoria
- Campaña de salud gratuita en Lima Norte

Para darse de baja responda con BAJA.""",
        headers={"List-Id": "Boletin Red Migrante <boletin.redmigrante.org>", "Precedence": "bulk",
                 "List-Unsubscribe": "<mailto:boletin-baja@redmigrante.org>"},
        proc=None, kind="ignorado", fields={})

    pdf = K.text_pdf([
        "CONSTANCIA DE DENUNCIA POLICIAL",
        "Comisaría PNP Canto Rey - San Juan de Lurigancho",
        "Se deja constancia de la denuncia por pérdida de carné de extranjería",
        "presentada por: Daniel Alberto Fuentes Ramírez",
    ])
    add("duplicado-ce-hermana-escribe", R, "2026-12-11 16:40:00",
        "Gabriela Fuentes <gabyfuentes.r@hotmail.com>", "Duplicado de carnet de extranjeria - Daniel Fuentes",
        text="""Buenas tardes, soy la hermana de Daniel, él está hospitalizado en el Hipólito Unanue y me pidió que les escriba.

Él perdió su carné de extranjería, adjunto la denuncia policial que hizo antes de la operación.

Nombres: Daniel Alberto Fuentes Ramírez
Sexo: M
Nacionalidad: Venezolana
Pasaporte: 128830776
Carnet de extranjería: 002004561
Fecha de nacimiento: 21/09/93

Mi teléfono para contacto es 924 661 035 (Gabriela Fuentes).""",
        atts=[("denuncia_Daniel_Fuentes.pdf", pdf)],
        proc="duplicado_carne_extranjeria", denuncia=True,
        fields={"nombres": "Daniel Alberto Fuentes Ramírez", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "128830776", "carne_extranjeria": "002004561",
                "fecha_nacimiento": "1993-09-21", "telefono": "+51924661035", "correo": "gabyfuentes.r@hotmail.com"})

    signed = K.sign_pdf(K.text_pdf([
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "",
        "Solicito autorización de viaje por urgencia familiar: mi padre sufrió un infarto.",
        "Atentamente,",
    ]), "Yeferson David Lugo Marcano")
    bad = K.alter(signed, b"Atentamente", b"ATENTAMENTE")
    assert not K.sig_intact(bad)
    add("autorizacion-viaje-pdf-alterado", R, "2026-12-12 10:45:00",
        "Yeferson Lugo <yefersonlugo.m@gmail.com>", "Autorizacion de viaje urgente",
        text="""Saludos, necesito viajar de urgencia porque mi papá sufrió un infarto en Valencia.

Nombre: Yeferson David Lugo Marcano
CE: 001550873
Destino: Valencia, Venezuela
Salida: 02/01/27
Retorno: 16/01/27
Tel: 951 778 023

Adjunto la solicitud firmada.""",
        atts=[("solicitud_viaje_firmada.pdf", bad)],
        proc="autorizacion_viaje", sig="invalid",
        fields={"nombres": "Yeferson David Lugo Marcano", "carne_extranjeria": "001550873",
                "destino": "Valencia, Venezuela", "fecha_salida": "2027-01-02", "fecha_retorno": "2027-01-16",
                "telefono": "+51951778023", "correo": "yefersonlugo.m@gmail.com",
                "motivo": "mi papá sufrió un infarto en Valencia"})

    # ------------------------------------------------------------ week 4
    add("prorroga-una-linea-mesa-partes", P, "2026-12-14 10:00:00",
        "Yanet Pupo <yanetpupo.cu@gmail.com>", "Prorroga residencia",
        text="Prórroga de residencia: Yanet Pupo Almaguer / F / cubana / pasaporte K123456 / CE 001122334 / 22-09-1992 / 955 443 322\n",
        proc="prorroga_residencia",
        fields={"nombres": "Yanet Pupo Almaguer", "sexo": "F", "nacionalidad": "CU", "documento_identidad": "K123456",
                "carne_extranjeria": "001122334", "fecha_nacimiento": "1992-09-22", "telefono": "+51955443322",
                "correo": "yanetpupo.cu@gmail.com"})

    add("triage-urgente-ayuda", P, "2026-12-14 20:00:00",
        "Marbelis Ochoa <marbelis.ochoa@gmail.com>", "URGENTE ayuda",
        text="""por favor ayudenme, me robaron todos mis papeles en el paradero y no se que hacer, tengo miedo que la policia me detenga. que tengo que hacer???

Marbelis Ochoa Guzmán
WhatsApp 961 220 004""",
        proc=None,
        fields={"nombres": "Marbelis Ochoa Guzmán", "telefono": "+51961220004", "correo": "marbelis.ochoa@gmail.com"})

    add("portal-entrevista-ingles", S, "2026-12-15 09:00:00",
        "Daniel Okafor <dokafor.ng@gmail.com>", "Entrevista de Registro - no date received",
        text="""Good morning,

I registered my refugee application online on 10 October 2026 and I am still waiting for the date of my registration interview (Entrevista de Registro). Could you please tell me when it will be scheduled? My phone is +51 987 002 314.

Best regards,
Daniel Okafor""",
        proc="entrevista_registro",
        fields={"nombres": "Daniel Okafor", "telefono": "+51987002314", "correo": "dokafor.ng@gmail.com"})

    pdf = K.sign_pdf(K.text_pdf([
        "RENUNCIA AL TRÁMITE DE SOLICITUD DE REFUGIO",
        "",
        "Nombres y apellidos: Roselaure Étienne",
        "Nacionalidad: haitiana",
        "Pasaporte: RD1193027",
        "Teléfono: 947 302 118",
        "",
        "Motivo de la renuncia: mi esposo obtuvo residencia en Chile y viajaremos juntos para la "
        "reunificación familiar.",
        "",
        "Lima, 14 de diciembre de 2026",
    ]), "Roselaure Etienne")
    add("renuncia-creole-firmada", P, "2026-12-15 12:00:00",
        "Roselaure Etienne <roselaure.etienne@gmail.com>", "Renuncia",
        text="""Bonjou,

Mwen voye lèt renonsyasyon mwen an (renuncia), li siyen ak siyati elektwonik. Mwen pral Chili ak mari m.

Mèsi,
Roselaure""",
        atts=[("renuncia_Roselaure.pdf", pdf)],
        proc="renuncia", sig="valid",
        fields={"nombres": "Roselaure Étienne", "nacionalidad": "HT", "documento_identidad": "RD1193027",
                "telefono": "+51947302118", "correo": "roselaure.etienne@gmail.com",
                "motivo": "mi esposo obtuvo residencia en Chile y viajaremos juntos"})

    add("ignorado-remitente-institucional", R, "2026-12-15 15:00:00",
        "Mesa de Partes Virtual <mesadepartes@rree.gob.pe>", "Derivación: Prórroga de residencia",
        text="""Se deriva a la Unidad de Refugiados el correo recibido en Mesa de Partes Virtual el 14/12/2026,
registrado con el N° MP-2026-004803, por ser de su competencia.

Mesa de Partes - Ministerio de Relaciones Exteriores""",
        proc="prorroga_residencia", kind="ignorado", fields={})

    add("carne-solicitante-duplicado-perdido", S, "2026-12-16 10:00:00",
        "Eglis Mendoza <eglismendoza.r@gmail.com>", "Duplicado de carnet",
        text="""Buenos días, perdí mi carné de solicitante de refugio y necesito un duplicado.

Eglis Ramón Mendoza Tovar
V-22.908.117
cel. 938 442 776""",
        proc="carne_solicitante",
        fields={"nombres": "Eglis Ramón Mendoza Tovar", "documento_identidad": "V22908117", "telefono": "+51938442776",
                "correo": "eglismendoza.r@gmail.com"})

    add("actualizacion-fwd-incompleta", S, "2026-12-16 17:30:00",
        "Nairobis Villarroel <nairobisv@gmail.com>", "Fwd: Actualización de datos",
        text="""Reenvío porque no me han respondido.

---------- Forwarded message ---------
De: Nairobis Villarroel <nairobisv@gmail.com>
Date: lun, 30 nov 2026 a las 21:03
Subject: Actualización de datos
To: <solicitantesrefugio@rree.gob.pe>


Hola, cambié de número de teléfono.
Nombre: Nairobis del Carmen Villarroel Salazar
Nacionalidad: venezolana
Nuevo teléfono: 964 338 901
""",
        proc="actualizacion_datos",
        fields={"nombres": "Nairobis del Carmen Villarroel Salazar", "nacionalidad": "VE",
                "telefono": "+51964338901", "correo": "nairobisv@gmail.com"})
