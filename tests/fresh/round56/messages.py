# -*- coding: utf-8 -*-
# Each message: slug, at (Lima local time of reception), box (receiving mailbox), frm, subj,
# body/html, atts [(filename, lines, kind, signer, old, new)], proc, fields (label), plus
# refugiado (recognised refugee), notif (date of notification of the denial), ext (expected late),
# ign (machine mail), expect (outcome sanity check).
SAM = "solicitantesrefugio@rree.gob.pe"; MDP = "mesadepartes@rree.gob.pe"; REF = "refugiados@rree.gob.pe"

M = []
def add(**k): M.append(k)

# 1 ---------------------------------------------------------------------------------------
add(slug="actualizacion-labels-correo-nuevo", at=(2026, 11, 16, 9, 12, 4), box=SAM,
    frm="Yusmary Perez <yusmarycp@hotmail.com>", subj="Actualización de datos",
    body="""Buenos días señores de la CEPR,

Por medio del presente solicito la actualización de mis datos de contacto, ya que cambié de número y de correo.

Nombres y Apellidos: Yusmary Carolina Pérez Linares
Nacionalidad: venezolana
Cédula: V-19.876.543
Teléfono nuevo: 951 234 876
Correo nuevo: yusmary.perez88@gmail.com
Dirección: Jr. Huaraz 1450, Breña, Lima

Soy solicitante de refugio desde 2022. Quedo atenta, muchas gracias.
Yusmary""",
    proc="actualizacion_datos",
    fields={"nombres": "Yusmary Carolina Pérez Linares", "nacionalidad": "VE", "documento_identidad": "V19876543",
            "telefono": "+51951234876", "correo": "yusmary.perez88@gmail.com"}, expect="acuse")

# 2
add(slug="cambio-clave-una-linea-noche", at=(2026, 11, 16, 22, 40, 51), box=SAM,
    frm="jhon ospina <jhonfredy.ospina@gmail.com>", subj="cambio de clave",
    body="Buenas noches olvide mi contraseña del sistema, soy Jhon Fredy Ospina Ruiz C.C. 1.094.567.321 cel +57 310 555 6677 gracias",
    proc="cambio_clave",
    fields={"nombres": "Jhon Fredy Ospina Ruiz", "documento_identidad": "1094567321", "telefono": "+573105556677",
            "correo": "jhonfredy.ospina@gmail.com"}, expect="acuse")

# 3 reconsideración, data only in a digitally signed PDF
RANGEL = ["SENORES DE LA COMISION ESPECIAL PARA LOS REFUGIADOS",
          "RECURSO DE RECONSIDERACION",
          "Yo, Daniel Eduardo Rangel Suárez, identificado con pasaporte N° 156789012, con teléfono 987 123 456 y correo electrónico daniel.rangel.s@gmail.com, ante ustedes me presento y digo:",
          "Que interpongo recurso de reconsideración contra la resolución que deniega mi solicitud de refugio, notificada el 5 de noviembre de 2026.",
          "Motivo: la resolución no valoró la nueva prueba que adjunto, la denuncia de amenazas de un colectivo armado contra mi familia en Barquisimeto, presentada en octubre.",
          "Por lo expuesto, SOLICITO se reconsidere la decisión.",
          "Lima, 17 de noviembre de 2026"]
add(slug="reconsideracion-solo-pdf-firmado", at=(2026, 11, 17, 10, 5, 33), box=MDP,
    frm="Daniel Rangel <drangel.s@yahoo.com>", subj="Recurso de Reconsideración",
    body="Buenos días, adjunto mi recurso de reconsideración firmado digitalmente. Saludos.",
    atts=[("Reconsideracion_Rangel.pdf", RANGEL, "signed", "Daniel Eduardo Rangel Suarez")],
    proc="reconsideracion", notif=(2026, 11, 5),
    fields={"nombres": "Daniel Eduardo Rangel Suárez", "documento_identidad": "156789012", "telefono": "+51987123456",
            "correo": "daniel.rangel.s@gmail.com", "motivo": "la resolución no valoró la nueva prueba que adjunto"}, expect="cargo")

# 4 portal, Haitian Creole
add(slug="solicitud-refugio-creole", at=(2026, 11, 17, 14, 20, 9), box=MDP,
    frm="Jean Robert Pierre <jeanrobertpierre509@gmail.com>", subj="Solicitud de refugio",
    body="""Bonjou,

Mwen rele Jean Robert Pierre, mwen se ayisyen. Mwen rive Lima depi 3 semèn e mwen vle fè yon demann refij (solicitud de refugio). Kisa mwen dwe fè? Mwen pa konprann sit entènèt la byen.

Mèsi anpil.""",
    proc="solicitud_refugio",
    fields={"nombres": "Jean Robert Pierre", "nacionalidad": "HT", "correo": "jeanrobertpierre509@gmail.com"}, expect="portal")

# 5 prórroga, HTML-only table, after office close
add(slug="prorroga-html-tabla-tarde", at=(2026, 11, 17, 16, 45, 0), box=REF,
    frm="Rosa Montilla <rosamontilla65@gmail.com>", subj="PRORROGA DE RESIDENCIA",
    html_only=True,
    html="""<html><body><p>Estimados señores:</p>
<p>Me dirijo a ustedes para solicitar la prórroga anual de mi residencia como refugiada reconocida. Les envío mis datos:</p>
<table border="1" cellpadding="4">
<tr><td><b>Nombres y Apellidos</b></td><td>Rosa Elena Montilla de Briceño</td></tr>
<tr><td><b>Sexo</b></td><td>Femenino</td></tr>
<tr><td><b>Nacionalidad</b></td><td>Venezolana</td></tr>
<tr><td><b>Cédula</b></td><td>V-8.456.123</td></tr>
<tr><td><b>Carné de Extranjería</b></td><td>000456789</td></tr>
<tr><td><b>Fecha de nacimiento</b></td><td>23/04/1965</td></tr>
<tr><td><b>Teléfono</b></td><td>(01) 265-4321</td></tr>
</table>
<p>Atentamente,<br>Rosa E. Montilla</p></body></html>""",
    proc="prorroga_residencia",
    fields={"nombres": "Rosa Elena Montilla de Briceño", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "V8456123",
            "carne_extranjeria": "000456789", "fecha_nacimiento": "1965-04-23", "telefono": "+5112654321",
            "correo": "rosamontilla65@gmail.com"}, expect="acuse")

# 6 apelación by an NGO, JPEG of a handwritten letter
add(slug="apelacion-ong-jpeg", at=(2026, 11, 18, 11, 30, 41), box=MDP,
    frm="Area Legal - Asociacion Manos Unidas Migrantes <legal@manosunidasmigrantes.org.pe>",
    subj="RECURSO DE APELACION - Sra. Mariela Quintero",
    body="""Señores
Mesa de Partes
Ministerio de Relaciones Exteriores

De nuestra consideración:

La Asociación Manos Unidas Migrantes, que brinda orientación legal gratuita, remite en nombre de la señora MARIELA ALEJANDRA QUINTERO BRAVO, de nacionalidad venezolana, cédula de identidad V-22.345.678, el recurso de apelación que ella firmó de puño y letra (se adjunta en imagen, pues la señora no cuenta con firma digital).

Motivo de la apelación: la Comisión confirmó la denegatoria sin considerar que la señora fue víctima de persecución por su labor como dirigente sindical en Ciudad Guayana, hecho acreditado con los documentos del expediente.

Datos de contacto de la recurrente:
Teléfono: 946 112 233
Correo: mariela.quintero.b@gmail.com

Atentamente,
Carmen Salazar Ugarte
Abogada - Área Legal (DNI 41234567)
Asociación Manos Unidas Migrantes""",
    atts=[("apelacion_firmada_mquintero.jpg", ["RECURSO DE APELACION", "Mariela Alejandra Quintero Bravo", "V-22.345.678", "(firma)"], "img")],
    proc="apelacion",
    fields={"nombres": "MARIELA ALEJANDRA QUINTERO BRAVO", "nacionalidad": "VE", "documento_identidad": "V22345678",
            "telefono": "+51946112233", "correo": "mariela.quintero.b@gmail.com",
            "motivo": "la Comisión confirmó la denegatoria sin considerar que la señora fue víctima de persecución"}, expect="cargo")

# 7 ignorado: out of office
add(slug="respuesta-automatica", at=(2026, 11, 18, 16, 55, 2), box=SAM,
    frm="Kevin Araujo <kevin.araujo.m@gmail.com>", subj="Respuesta automática: Fuera de la oficina",
    hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="Gracias por su mensaje. Estaré fuera de la oficina hasta el 30 de noviembre con acceso limitado al correo.",
    proc=None, fields={}, ign=True, expect="ignorado")

# 8 renuncia, recognised refugee, signed PDF + body
CAST = ["Lima, 18 de noviembre de 2026", "Señores", "Comisión Especial para los Refugiados",
        "Asunto: RENUNCIA a la condición de refugiado",
        "Yo, Luis Alfonso Betancourt Ríos, de nacionalidad colombiana, identificado con C.C. 79.456.123 y carné de extranjería N° 000789123, teléfono 955 667 788, comunico mi decisión de renunciar a la condición de refugiado.",
        "Motivo: retorno voluntario a Colombia, pues mi madre está enferma en Cali y las condiciones en mi municipio han cambiado.",
        "Atentamente, Luis Alfonso Betancourt Ríos"]
add(slug="renuncia-refugiado-pdf-firmado", at=(2026, 11, 19, 9, 40, 17), box=MDP,
    frm="Luis Betancourt <luisbetancourt.rios@gmail.com>", subj="Renuncia",
    body="""Señores Comisión Especial para los Refugiados:

Adjunto mi carta de renuncia firmada digitalmente. Resumo:
- Luis Alfonso Betancourt Ríos
- colombiano, C.C. 79.456.123
- Carné de extranjería 000789123
- Cel. 955 667 788
- Motivo: retorno voluntario a Colombia

Gracias por todo el apoyo durante estos años.""",
    atts=[("carta_renuncia.pdf", CAST, "signed", "Luis Alfonso Betancourt Rios")],
    proc="renuncia", refugiado=True,
    fields={"nombres": "Luis Alfonso Betancourt Ríos", "nacionalidad": "CO", "documento_identidad": "79456123",
            "carne_extranjeria": "000789123", "telefono": "+51955667788", "correo": "luisbetancourt.rios@gmail.com",
            "motivo": "retorno voluntario a Colombia"}, expect="acuse")

# 9 duplicado CE complete with police report PDF
add(slug="duplicado-ce-con-denuncia", at=(2026, 11, 19, 12, 15, 58), box=REF,
    frm="Yoselin Marquez <yoselin.marquez92@gmail.com>", subj="Duplicado de carné de extranjería",
    body="""Buenas tardes, me robaron la cartera con mi carné de extranjería el sábado en el Centro de Lima. Adjunto la denuncia policial de la comisaría de Alfonso Ugarte.

Mis datos son:
Nombre completo - Yoselin Andreína Márquez Colmenares
Sexo - femenino
Nacionalidad - Venezuela
Pasaporte - 134567890
Carné de extranjería - 001122334
Fecha de nacimiento - 8 de julio de 1992
Teléfono - +51 912 345 678

Muchas gracias de antemano.""",
    atts=[("denuncia_policial_robo.pdf", ["POLICIA NACIONAL DEL PERU - COMISARIA ALFONSO UGARTE",
           "Denuncia por robo N° 28471-2026", "Denunciante: Yoselin Andreina Marquez Colmenares",
           "Especies sustraidas: carne de extranjeria, celular, cartera."], "text")],
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Yoselin Andreína Márquez Colmenares", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "134567890",
            "carne_extranjeria": "001122334", "fecha_nacimiento": "1992-07-08", "telefono": "+51912345678",
            "correo": "yoselin.marquez92@gmail.com"}, expect="acuse")

# 10 autorización de viaje, signed PDF, complete
VILLA = ["SOLICITUD DE AUTORIZACION DE VIAJE", "Yo, Carlos Enrique Villalobos Urdaneta, de nacionalidad venezolana, refugiado reconocido con carné de extranjería N° 000334455, teléfono 923 456 789,",
         "solicito autorización para viajar a Caracas, Venezuela.",
         "Motivo: mi madre está hospitalizada en Caracas tras un infarto.",
         "Fecha de salida: 12/12/2026", "Fecha de retorno: 05/01/2027", "Lima, 19 de noviembre de 2026"]
add(slug="viaje-pdf-firmado-completo", at=(2026, 11, 19, 15, 0, 27), box=REF,
    frm="Carlos Villalobos <cvillalobos.u@outlook.com>", subj="Autorización de Viaje",
    body="Estimados, adjunto solicitud firmada digitalmente de autorización de viaje por urgencia familiar. Quedo atento.\n\nCarlos Villalobos",
    atts=[("solicitud_viaje_villalobos.pdf", VILLA, "signed", "Carlos Enrique Villalobos Urdaneta")],
    proc="autorizacion_viaje",
    fields={"nombres": "Carlos Enrique Villalobos Urdaneta", "nacionalidad": "VE", "carne_extranjeria": "000334455",
            "telefono": "+51923456789", "destino": "Caracas, Venezuela", "motivo": "mi madre está hospitalizada en Caracas",
            "fecha_salida": "2026-12-12", "fecha_retorno": "2027-01-05", "correo": "cvillalobos.u@outlook.com"}, expect="acuse")

# 11 cambio de clave, Portuguese, no document
add(slug="cambio-clave-portugues-sin-documento", at=(2026, 11, 20, 8, 50, 12), box=SAM,
    frm="Ana Paula <apfs.lima@gmail.com>", subj="Cambio de clave y contraseña",
    body="""Olá, bom dia.

Meu nome é Ana Paula Ferreira da Silva, sou brasileira e solicitante de refúgio. Não consigo entrar no sistema porque esqueci minha senha e gostaria de trocar a senha.

Meu telefone: +55 11 98765-4321
Meu e-mail: anapaula.fsilva@outlook.com

Obrigada!""",
    proc="cambio_clave",
    fields={"nombres": "Ana Paula Ferreira da Silva", "nacionalidad": "BR", "telefono": "+5511987654321",
            "correo": "anapaula.fsilva@outlook.com"}, expect="subsanar")

# 12 reconsideración by a lawyer, text-only PDF (no signature)
KELV = ["RECURSO DE RECONSIDERACION", "Recurrente: Kelvin José Rondón Aguilar, cédula V-25.678.901",
        "Abogado: Martín Gonzales Vera, CAL 45678",
        "Fundamento: la resolución denegatoria no motivó por qué descartó el riesgo acreditado."]
add(slug="reconsideracion-abogado-pdf-sin-firma", at=(2026, 11, 20, 17, 10, 45), box=MDP,
    frm="Estudio Gonzales Vera <estudio.gonzalesvera@gmail.com>", subj="RECURSO DE RECONSIDERACIÓN - KELVIN RONDON",
    body="""Señores Mesa de Partes:

En representación del Sr. Kelvin José Rondón Aguilar, de nacionalidad venezolana, cédula V-25.678.901, presento el recurso de reconsideración adjunto contra la resolución que deniega su solicitud de refugio.

El motivo es que la resolución no explica por qué descartó el riesgo acreditado por mi patrocinado (amenazas de grupos paramilitares en el estado Táchira).

Para notificaciones al recurrente: teléfono 978 555 123, correo kelvinrondon95@gmail.com.

Dr. Martín Gonzales Vera
Abogado CAL 45678 - DNI 10234567""",
    atts=[("Reconsideracion_Rondon.pdf", KELV, "text")],
    proc="reconsideracion",
    fields={"nombres": "Kelvin José Rondón Aguilar", "nacionalidad": "VE", "documento_identidad": "V25678901",
            "telefono": "+51978555123", "correo": "kelvinrondon95@gmail.com",
            "motivo": "la resolución no explica por qué descartó el riesgo acreditado"}, expect="subsanar")

# 13 actualización sin nacionalidad, lower case, Saturday
add(slug="actualizacion-sin-nacionalidad-sabado", at=(2026, 11, 21, 10, 0, 3), box=SAM,
    frm="wilmer castillo <wilmercastillo.p@hotmail.com>", subj="actualizacion de datos",
    body="buenas tardes mi nombre es wilmer jose castillo peña pasaporte 118765432 quiero actualizar mi numero de telefono el nuevo es 9 8765 4321 gracias",
    proc="actualizacion_datos",
    fields={"nombres": "wilmer jose castillo peña", "documento_identidad": "118765432", "telefono": "+51987654321",
            "correo": "wilmercastillo.p@hotmail.com"}, expect="subsanar")

# 14 triage: vague consulta on the status of a case
add(slug="consulta-estado-expediente", at=(2026, 11, 21, 19, 30, 40), box=REF,
    frm="Edgar Mendoza <edgarmendoza1979@gmail.com>", subj="Consulta",
    body="""Buenas noches, quisiera saber en qué estado está mi expediente 2024-0012345, ya pasaron dos años y no me han llamado. Soy Edgar Mendoza.
Gracias.""",
    proc=None, fields={"nombres": "Edgar Mendoza", "correo": "edgarmendoza1979@gmail.com"}, expect="triage")

# 15 carné de solicitante (suspended), Sunday
add(slug="carne-solicitante-domingo", at=(2026, 11, 22, 12, 14, 9), box=SAM,
    frm="Lisbeth Gonzalez <lisbethgonzalez.r@gmail.com>", subj="Carné de solicitante",
    body="""Hola buen día. Quisiera saber cómo obtener mi carné de solicitante de refugio, ya hice la entrevista de registro en agosto.
Lisbeth Coromoto González Ramos
Pasaporte 129876543
Teléfono 940 321 765""",
    proc="carne_solicitante",
    fields={"nombres": "Lisbeth Coromoto González Ramos", "documento_identidad": "129876543", "telefono": "+51940321765",
            "correo": "lisbethgonzalez.r@gmail.com"}, expect="suspendido")

# 16 apelación, signed PDF altered afterwards (invalid)
YAIMA = ["RECURSO DE APELACION", "Yaima Rodríguez Cabrera, cubana, carnet de identidad 85031512345,",
         "teléfono 934 567 812, correo yaimarc85@gmail.com.",
         "Interpongo apelación porque la Comisión no consideró la persecución política que sufrí en Camagüey.",
         "POR TANTO: SOLICITO se revoque la resolución."]
add(slug="apelacion-firma-alterada", at=(2026, 11, 23, 9, 20, 30), box=MDP,
    frm="Yaima Rodriguez <yaimarc85@gmail.com>", subj="Recurso de apelacion",
    body="""Buenos dias:
Envío el recurso de apelación firmado. Nombre: Yaima Rodríguez Cabrera. Carnet de identidad cubano 85031512345. Tel 934 567 812.
Motivo: no se consideró la persecución política que sufrí en Camagüey por ser opositora.
Saludos cordiales""",
    atts=[("apelacion_yaima.pdf", YAIMA, "altered", "Yaima Rodriguez Cabrera", "SOLICITO", "SOLICITA")],
    proc="apelacion",
    fields={"nombres": "Yaima Rodríguez Cabrera", "nacionalidad": "CU", "documento_identidad": "85031512345",
            "telefono": "+51934567812", "correo": "yaimarc85@gmail.com",
            "motivo": "no se consideró la persecución política que sufrí en Camagüey"}, expect="subsanar")

# 17 entrevista de registro, English (portal)
add(slug="entrevista-registro-ingles", at=(2026, 11, 23, 13, 0, 55), box=SAM,
    frm="Samuel Okafor <samuel.okafor.ng@gmail.com>", subj="Entrevista de registro",
    body="""Dear Sir/Madam,

I am Samuel Chukwuemeka Okafor, a Nigerian national. I submitted my refugee application online in September but I still have not received a date for my registration interview. Could you please tell me when it will be scheduled?

Kind regards,
Samuel""",
    proc="entrevista_registro",
    fields={"nombres": "Samuel Chukwuemeka Okafor", "nacionalidad": "NG", "correo": "samuel.okafor.ng@gmail.com"}, expect="portal")

# 18 prórroga with data in the subject, lacking sexo and birth date, after close
add(slug="prorroga-datos-en-asunto", at=(2026, 11, 23, 16, 40, 18), box=REF,
    frm="L. Carrasco <lcarrasco.p@gmail.com>", subj="Prórroga de residencia - Luis Alberto Carrasco Pérez - CE 001234567",
    body="""Solicito la prórroga anual de mi residencia.
Nacionalidad: Venezuela
Cédula V-14.222.333
Telf. 965 432 109""",
    proc="prorroga_residencia",
    fields={"nombres": "Luis Alberto Carrasco Pérez", "carne_extranjeria": "001234567", "nacionalidad": "VE",
            "documento_identidad": "V14222333", "telefono": "+51965432109", "correo": "lcarrasco.p@gmail.com"}, expect="subsanar")

# 19 travel authorisation in English, scanned PDF, two-digit years
add(slug="travel-authorization-scan", at=(2026, 11, 24, 10, 10, 6), box=REF,
    frm="Omar Hassan <omar.k.hassan@protonmail.com>", subj="Travel authorization - urgent",
    body="""Hello,

My name is Omar Khalid Hassan, recognized refugee, carné de extranjería 000998877. I urgently need permission to travel to Bogotá, Colombia, because my brother is having surgery there and I am his only relative.

Departure: 18/12/26
Return: 03/01/27
Phone: +51 944 332 211

Attached is my signed request (scanned).
Thank you,
Omar""",
    atts=[("travel_request_signed.pdf", ["TRAVEL AUTHORIZATION REQUEST", "Omar Khalid Hassan", "Bogota 18/12/26 - 03/01/27", "(signature)"], "scan")],
    proc="autorizacion_viaje",
    fields={"nombres": "Omar Khalid Hassan", "carne_extranjeria": "000998877", "destino": "Bogotá, Colombia",
            "motivo": "my brother is having surgery there and I am his only relative",
            "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-03", "telefono": "+51944332211",
            "correo": "omar.k.hassan@protonmail.com"}, expect="acuse")

# 20 solicitud de refugio decided by body (subject "Ayuda"), night
add(slug="ayuda-solicitud-refugio", at=(2026, 11, 24, 21, 15, 0), box=REF,
    frm="Nelson Guaman <nelsonguaman77@gmail.com>", subj="Ayuda",
    body="""Buenas noches, soy Nelson Patricio Guamán, ecuatoriano, cédula 1712345678. Quisiera presentar una solicitud de refugio porque me amenazaron en Guayaquil. ¿Cómo hago? ¿Tengo que ir a alguna oficina?""",
    proc="solicitud_refugio",
    fields={"nombres": "Nelson Patricio Guamán", "nacionalidad": "EC", "documento_identidad": "1712345678",
            "correo": "nelsonguaman77@gmail.com"}, expect="portal")

# 21 renuncia in French, body only (no signed document)
add(slug="renuncia-frances-sin-firma", at=(2026, 11, 25, 9, 0, 44), box=MDP,
    frm="JB Moise <jbmoise.ht@yahoo.fr>", subj="Renuncia",
    body="""Madame, Monsieur,

Je soussigné Jean-Baptiste Moïse, de nationalité haïtienne, passeport n° RD4567890, demandeur d'asile au Pérou, vous informe que je renonce à ma demande de statut de réfugié.

Motif : je retourne en Haïti pour rejoindre ma femme et mes enfants.

Téléphone : +509 3712 4455

Veuillez agréer mes salutations distinguées.
Jean-Baptiste Moïse""",
    proc="renuncia",
    fields={"nombres": "Jean-Baptiste Moïse", "nacionalidad": "HT", "documento_identidad": "RD4567890",
            "telefono": "+50937124455", "correo": "jbmoise.ht@yahoo.fr",
            "motivo": "je retourne en Haïti pour rejoindre ma femme et mes enfants"}, expect="subsanar")

# 22 autorización de trabajo (portal)
add(slug="autorizacion-trabajo-renovar", at=(2026, 11, 25, 11, 45, 21), box=SAM,
    frm="Maikel Torrealba <maikeltorrealba@gmail.com>", subj="autorizacion de trabajo",
    body="necesito renovar mi autorización de trabajo virtual y no me deja entrar al sistema, mi nombre es Maikel Antonio Torrealba, pasaporte 141234567",
    proc="autorizacion_trabajo",
    fields={"nombres": "Maikel Antonio Torrealba", "documento_identidad": "141234567", "correo": "maikeltorrealba@gmail.com"}, expect="portal")

# 23 "Duplicado de carnet" disambiguated by the body, no police report
add(slug="duplicado-carnet-sin-denuncia", at=(2026, 11, 25, 16, 29, 0), box=REF,
    frm="Hector Figueroa <hfigueroa.lugo@gmail.com>", subj="Duplicado de carnet",
    body="""Buenas tardes,
Perdí mi carné de extranjería y necesito el duplicado del carné de extranjería. Mis datos:

Nombres: Héctor Manuel Figueroa Lugo
Sexo: masculino
Nacionalidad: VEN
C.I.: V-17.654.321
C.E.: 000567123
F. nac.: 1987-11-30
Cel: +51 999 888 777

Saludos""",
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Héctor Manuel Figueroa Lugo", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "V17654321",
            "carne_extranjeria": "000567123", "fecha_nacimiento": "1987-11-30", "telefono": "+51999888777",
            "correo": "hfigueroa.lugo@gmail.com"}, expect="subsanar")

# 24 reconsideración late (notified 26 Oct), scanned PDF
add(slug="reconsideracion-extemporanea-escaneada", at=(2026, 11, 26, 10, 0, 12), box=MDP,
    frm="Roberto Añez <robertoanez@yahoo.com>", subj="RE: Recurso de Reconsideracion",
    body="""Señores CEPR

Adjunto escaneado mi recurso de reconsideración firmado a mano contra la resolución que me fue notificada el 26 de octubre de 2026. Pido disculpas por la demora, estuve hospitalizado.

Nombre: Roberto Carlos Añez Medina
Pasaporte: 145678901
Teléfono: +58 414 555 1234
Correo: robertoanez@yahoo.com
Motivo: la resolución se basó en información desactualizada sobre la situación en Zulia; hoy mi familia sigue siendo amenazada.

Atte.
Roberto Añez""",
    atts=[("reconsideracion_escaneada.pdf", ["RECURSO DE RECONSIDERACION", "Roberto Carlos Anez Medina", "(firma)"], "scan")],
    proc="reconsideracion", notif=(2026, 10, 26), ext=True,
    fields={"nombres": "Roberto Carlos Añez Medina", "documento_identidad": "145678901", "telefono": "+584145551234",
            "correo": "robertoanez@yahoo.com",
            "motivo": "la resolución se basó en información desactualizada sobre la situación en Zulia"}, expect="cargo")

# 25 actualización written by a daughter; mother is a recognised refugee, no CE number
add(slug="actualizacion-hija-refugiada-sin-ce", at=(2026, 11, 26, 15, 0, 0), box=SAM,
    frm="Andreina Rivas <andreina.rivas.t@gmail.com>", subj="Actualizacion de datos de mi mamá",
    body="""Buenas tardes, escribo en nombre de mi mamá, la señora Gladys Josefina Torres de Rivas, que es refugiada reconocida. Ella es venezolana, cédula V-5.432.109. Su número cambió, el nuevo es 986 543 210. Ella no maneja correo, pueden escribirme a mí.

Gracias,
Andreína Rivas Torres (hija)
DNI de extranjero / PTP 003456789""",
    proc="actualizacion_datos", refugiado=True,
    fields={"nombres": "Gladys Josefina Torres de Rivas", "nacionalidad": "VE", "documento_identidad": "V5432109",
            "telefono": "+51986543210", "correo": "andreina.rivas.t@gmail.com"}, expect="subsanar")

# 26 "Consulta" decided by the body: cambio de clave, Friday evening
add(slug="consulta-cambio-clave-ecuador", at=(2026, 11, 27, 18, 20, 33), box=SAM,
    frm="Mafer Loor <mferloor@gmail.com>", subj="Consulta",
    body="""Buenas noches, solicito el cambio de clave y contraseña del sistema de refugiados porque la bloqueé.

-- Nombres y apellidos: María Fernanda Loor Zambrano
-- Nacionalidad: ecuatoriana
-- Cédula: 1312345678
-- Teléfono: 960 111 222
-- Correo: mafer.loor@hotmail.com

Mil gracias""",
    proc="cambio_clave",
    fields={"nombres": "María Fernanda Loor Zambrano", "nacionalidad": "EC", "documento_identidad": "1312345678",
            "telefono": "+51960111222", "correo": "mafer.loor@hotmail.com"}, expect="acuse")

# 27 prórroga in English sent to the wrong mailbox, Saturday
add(slug="prorroga-ingles-derivado", at=(2026, 11, 28, 9, 0, 10), box=SAM,
    frm="Ahmad Al-Rashid <ahmad.rashid83@gmail.com>", subj="Prórroga de residencia / residence renewal",
    body="""Good morning,

I would like to request the annual extension of my residence as a recognized refugee.

Full name: Ahmad Al-Rashid
Sex: male
Nationality: Syrian
Passport: N012345678
Carné de extranjería: 000112233
Date of birth: 14/02/1983
Phone: +51 921 000 555

Best regards""",
    proc="prorroga_residencia",
    fields={"nombres": "Ahmad Al-Rashid", "sexo": "M", "nacionalidad": "SY", "documento_identidad": "N012345678",
            "carne_extranjeria": "000112233", "fecha_nacimiento": "1983-02-14", "telefono": "+51921000555",
            "correo": "ahmad.rashid83@gmail.com"}, expect="acuse")

# 28 ignorado: bounce
add(slug="mailer-daemon-rebote", at=(2026, 11, 29, 3, 12, 0), box=MDP,
    frm="Mail Delivery System <MAILER-DAEMON@mx.correo-ejemplo.pe>", subj="Undelivered Mail Returned to Sender",
    body="""This is the mail system at host mx.correo-ejemplo.pe.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<josemanuel.perez@correo-ejemplo.pe>: host mx.correo-ejemplo.pe said: 550 5.1.1 User unknown""",
    proc=None, fields={}, ign=True, expect="ignorado")

# 29 duplicado de carné de solicitante -> carne_solicitante (suspended)
add(slug="duplicado-carnet-solicitante", at=(2026, 11, 30, 10, 30, 0), box=SAM,
    frm="Darwin Colmenarez <darwincolmenarez@gmail.com>", subj="Duplicado de carnet",
    body="""Buenos días, se me mojó y se dañó mi carné de solicitante de refugio, quisiera pedir el duplicado del carné de solicitante. Soy Darwin Alexander Colmenárez, cédula V-26.789.012.""",
    proc="carne_solicitante",
    fields={"nombres": "Darwin Alexander Colmenárez", "documento_identidad": "V26789012", "correo": "darwincolmenarez@gmail.com"},
    expect="suspendido")

# 30 permiso de viaje without any signed document, two-digit years, after close
add(slug="permiso-viaje-sin-firma-whatsapp", at=(2026, 11, 30, 20, 0, 0), box=REF,
    frm="yelitza parra <yelitzaparra@gmail.com>", subj="permiso de viaje urgente!!",
    body="""buenas noches por favor necesito permiso de viaje urgente, falleció mi papá en Maracaibo
nombre Yelitza Coromoto Parra Díaz
carne de extranjeria 000654987
salgo el 10/12/26 y regreso el 20/12/26
destino: Maracaibo
whatsapp +51 987 000 111
dios les bendiga""",
    proc="autorizacion_viaje",
    fields={"nombres": "Yelitza Coromoto Parra Díaz", "carne_extranjeria": "000654987", "motivo": "falleció mi papá en Maracaibo",
            "destino": "Maracaibo", "fecha_salida": "2026-12-10", "fecha_retorno": "2026-12-20", "telefono": "+51987000111",
            "correo": "yelitzaparra@gmail.com"}, expect="subsanar")

# 31 duplicado CE in Haitian Creole with scanned police report
add(slug="duplicado-ce-creole-denuncia", at=(2026, 12, 1, 9, 30, 0), box=REF,
    frm="Rose-Marie Dorcelus <rmdorcelus@gmail.com>", subj="Duplicado de carné de extranjería",
    body="""Bonjou,

Yo vòlè kat etranje mwen (carné de extranjería). Mwen mete denons polis la nan atachman an.

Non: Rose-Marie Dorcélus
Sèks: F
Nasyonalite: ayisyèn
Paspò: RH1234567
Carné de extranjería: 000778899
Dat nesans: 12/05/1990
Telefòn: 955 321 654

Mèsi""",
    atts=[("denuncia.pdf", ["DENUNCIA POLICIAL", "Rose-Marie Dorcelus", "(sello)"], "scan")],
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Rose-Marie Dorcélus", "sexo": "F", "nacionalidad": "HT", "documento_identidad": "RH1234567",
            "carne_extranjeria": "000778899", "fecha_nacimiento": "1990-05-12", "telefono": "+51955321654",
            "correo": "rmdorcelus@gmail.com"}, expect="acuse")

# 32 entrevista de registro, reply asking to reschedule (portal), wrong mailbox is irrelevant
add(slug="re-entrevista-reprogramar", at=(2026, 12, 1, 14, 0, 0), box=MDP,
    frm="Yorman Peraza <yormanperaza@gmail.com>", subj="RE: Entrevista de registro",
    body="""Buenas tardes, no pude conectarme a la entrevista de registro de ayer porque se fue la luz. ¿Me la pueden reprogramar? Yorman José Peraza.

> El 20 nov 2026, a las 10:02, Entrevistas CEPR escribió:
> Se le cita a su Entrevista de Registro virtual el 30/11/2026.""",
    proc="entrevista_registro",
    fields={"nombres": "Yorman José Peraza", "correo": "yormanperaza@gmail.com"}, expect="portal")

# 33 apelación late: notified 10/11/2026, received after close on the last day
ANDRES = ["RECURSO DE APELACION", "Andrés Felipe Ocampo Giraldo - C.C. 1.020.345.678 - tel. 913 222 444 - ocampo.andres.f@gmail.com",
          "Resolución notificada con fecha 10/11/2026.",
          "Motivo: la Comisión confirmó la denegatoria sin entrevistarme nuevamente pese a los hechos nuevos."]
add(slug="apelacion-extemporanea-tarde", at=(2026, 12, 1, 18, 5, 0), box=MDP,
    frm="Andres Ocampo <ocampo.andres.f@gmail.com>", subj="Recurso de Apelación",
    body="""Señores, remito mi recurso de apelación firmado digitalmente contra la resolución notificado con fecha 10/11/2026.
Andrés Felipe Ocampo Giraldo, C.C. 1.020.345.678, tel. 913 222 444.
Motivo: la Comisión confirmó la denegatoria sin entrevistarme nuevamente pese a los hechos nuevos.""",
    atts=[("apelacion_ocampo.pdf", ANDRES, "signed", "Andres Felipe Ocampo Giraldo")],
    proc="apelacion", notif=(2026, 11, 10), ext=True,
    fields={"nombres": "Andrés Felipe Ocampo Giraldo", "documento_identidad": "1020345678", "telefono": "+51913222444",
            "correo": "ocampo.andres.f@gmail.com",
            "motivo": "la Comisión confirmó la denegatoria sin entrevistarme nuevamente"}, expect="cargo")

# 34 renuncia, recognised refugee, handwritten letter photo, sent to refugiados@ (derivado)
add(slug="renuncia-jpeg-derivado", at=(2026, 12, 2, 10, 15, 0), box=REF,
    frm="Gustavo Pineda <gpineda.rojas@gmail.com>", subj="RENUNCIA A LA CONDICION DE REFUGIADO",
    body="""Lima, 1 de diciembre de 2026

Señores
Comisión Especial para los Refugiados
Presente.-

Yo, GUSTAVO ADOLFO PINEDA ROJAS, de nacionalidad venezolana, con cédula de identidad V-11.223.344 y carné de extranjería N° 000445566, me dirijo a ustedes para presentar mi renuncia a la condición de refugiado, por cuanto me voy a residir en España con mi familia, donde obtuve residencia.

Teléfono de contacto: 987 654 000

Adjunto la carta firmada (foto).

Atentamente,
Gustavo A. Pineda R.""",
    atts=[("carta_renuncia_firmada.jpg", ["RENUNCIA", "Gustavo Adolfo Pineda Rojas", "(firma)"], "img")],
    proc="renuncia", refugiado=True,
    fields={"nombres": "GUSTAVO ADOLFO PINEDA ROJAS", "nacionalidad": "VE", "documento_identidad": "V11223344",
            "carne_extranjeria": "000445566", "telefono": "+51987654000", "correo": "gpineda.rojas@gmail.com",
            "motivo": "me voy a residir en España con mi familia"}, expect="acuse")

# 35 reconsideración by a lawyer, signed PDF, sent to solicitantesrefugio@ (derivado)
MUJ = ["RECURSO DE RECONSIDERACION", "Recurrente: José Gregorio Mujica Silva, pasaporte 132456789",
       "Patrocinio: Dra. Patricia Lozano Ríos",
       "Motivo: se presentan nuevas pruebas (informe médico forense) de las lesiones sufridas."]
add(slug="reconsideracion-abogada-derivado", at=(2026, 12, 3, 12, 0, 0), box=SAM,
    frm="Patricia Lozano Rios <plozano.abogada@estudiolozano.pe>", subj="Reconsideración - José Gregorio Mujica Silva",
    body="""Estimados señores:

Patrocino al Sr. José Gregorio Mujica Silva, pasaporte 132456789 (cédula V-20.111.222), y adjunto su recurso de reconsideración firmado digitalmente contra la resolución denegatoria.

Motivo: se presentan nuevas pruebas, un informe médico forense de las lesiones que sufrió en Valencia en 2023.

Contacto del recurrente: +51 966 777 888 / jgmujica.silva@gmail.com

Atentamente,
Patricia Lozano Ríos
Abogada - CAL 61234""",
    atts=[("reconsideracion_mujica.pdf", MUJ, "signed", "Patricia Lozano Rios")],
    proc="reconsideracion",
    fields={"nombres": "José Gregorio Mujica Silva", "documento_identidad": "132456789", "telefono": "+51966777888",
            "correo": "jgmujica.silva@gmail.com", "motivo": "se presentan nuevas pruebas"}, expect="cargo")

# 36 triage: URGENTE, hesitating between two recursos
add(slug="urgente-apelacion-o-reconsideracion", at=(2026, 12, 4, 17, 45, 0), box=MDP,
    frm="Katherine Mora <kathemora21@gmail.com>", subj="URGENTE",
    body="""Buenas tardes, me llegó la carta que me niegan el refugio y no sé si tengo que presentar apelación o reconsideración, ni cuánto tiempo tengo. Por favor ayúdenme.
Katherine Mora Villegas
cel 902 345 678""",
    proc=None,
    fields={"nombres": "Katherine Mora Villegas", "telefono": "+51902345678", "correo": "kathemora21@gmail.com"}, expect="triage")

# 37 Fwd of an earlier message sent elsewhere; complete, recognised refugee
add(slug="fwd-actualizacion-sabado", at=(2026, 12, 5, 11, 0, 0), box=SAM,
    frm="Ramon Blanco <ramonblanco.g@gmail.com>", subj="Fwd: Actualización de datos",
    body="""Reenvío porque no me respondieron en el otro correo.

---------- Forwarded message ---------
De: Ramon Blanco <ramonblanco.g@gmail.com>
Date: lun, 23 nov 2026 a las 09:12
Subject: Actualización de datos
To: <informes@migraciones.gob.pe>

Buenos días, soy refugiado reconocido y cambié de teléfono.
Ramón Antonio Blanco Guerra / venezolano / V-9.876.123 / CE 000321654 / +51 944 555 666""",
    proc="actualizacion_datos", refugiado=True,
    fields={"nombres": "Ramón Antonio Blanco Guerra", "nacionalidad": "VE", "documento_identidad": "V9876123",
            "carne_extranjeria": "000321654", "telefono": "+51944555666", "correo": "ramonblanco.g@gmail.com"}, expect="acuse")

# 38 autorización de trabajo, English, on a día no laborable
add(slug="work-permit-dia-no-laborable", at=(2026, 12, 7, 10, 0, 0), box=SAM,
    frm="Fatou Diallo <fatou.diallo.lima@gmail.com>", subj="Autorización de trabajo virtual",
    body="""Hello, my virtual work authorization expired last week. How can I renew it? My name is Fatou Diallo, I am from Guinea. Thank you.""",
    proc="autorizacion_trabajo",
    fields={"nombres": "Fatou Diallo", "nacionalidad": "GN", "correo": "fatou.diallo.lima@gmail.com"}, expect="portal")

# 39 actualización in Haitian Creole on a holiday
add(slug="actualizacion-creole-feriado", at=(2026, 12, 8, 16, 0, 0), box=SAM,
    frm="Wilner Saint-Fleur <wsaintfleur@gmail.com>", subj="Actualización de datos",
    body="""Bonjou,
Mwen vle chanje nimewo telefòn mwen.
Non konplè: Wilner Saint-Fleur
Nasyonalite: Ayiti
Paspò: RD7654321
Nouvo telefòn: 931 222 333
Mèsi""",
    proc="actualizacion_datos",
    fields={"nombres": "Wilner Saint-Fleur", "nacionalidad": "HT", "documento_identidad": "RD7654321",
            "telefono": "+51931222333", "correo": "wsaintfleur@gmail.com"}, expect="acuse")

# 40 apelación in Portuguese, on time (notified 20/11/2026), signed PDF
FRAN = ["RECURSO DE APELACAO", "Francisca Mendes de Oliveira, angolana, passaporte N1234567, telefone 955 444 333",
        "Notificada em 20/11/2026.", "Motivo: a decisão não considerou o risco que corro em Cabinda como ativista."]
add(slug="apelacion-portugues-a-tiempo", at=(2026, 12, 10, 9, 0, 0), box=MDP,
    frm="Francisca Oliveira <francisca.m.oliveira@gmail.com>", subj="Recurso de Apelación",
    body="""Prezados senhores,

Envio em anexo o meu recurso de apelação assinado digitalmente, contra a resolução notificada em 20/11/2026.

Nome: Francisca Mendes de Oliveira
Nacionalidade: angolana
Passaporte: N1234567
Telefone: 955 444 333
Motivo: a decisão não considerou o risco que corro em Cabinda como ativista de direitos humanos.

Atenciosamente""",
    atts=[("apelacao_oliveira.pdf", FRAN, "signed", "Francisca Mendes de Oliveira")],
    proc="apelacion", notif=(2026, 11, 20),
    fields={"nombres": "Francisca Mendes de Oliveira", "nacionalidad": "AO", "documento_identidad": "N1234567",
            "telefono": "+51955444333", "correo": "francisca.m.oliveira@gmail.com",
            "motivo": "a decisão não considerou o risco que corro em Cabinda"}, expect="cargo")

# 41 autorización de viaje forwarded by a husband, signed PDF, complete
ELI = ["SOLICITUD DE AUTORIZACION DE VIAJE", "Nombre: Elizabeth Carolina Suárez Mendoza", "Carné de extranjería: 000876543",
       "Destino: Santiago de Chile", "Salida: 2026-12-20   Retorno: 2027-01-10",
       "Motivo: cita consular y trámite de custodia de mi hija.", "Teléfono: 941 876 543"]
add(slug="viaje-esposo-reenvia-pdf", at=(2026, 12, 11, 11, 20, 0), box=REF,
    frm="Jorge Luis Mendez <jlmendez.ve@gmail.com>", subj="RV: Autorización de viaje - Elizabeth Suárez",
    body="""Buenos días, les reenvío la solicitud firmada de mi esposa Elizabeth Carolina Suárez Mendoza, que no tiene computadora. Yo soy Jorge Luis Méndez, cédula V-13.555.777. Cualquier cosa al teléfono de ella que está en el documento.

-----Mensaje original-----
De: Elizabeth Suarez
Asunto: Autorización de viaje
Adjunto solicitud.""",
    atts=[("autorizacion_viaje_esuarez.pdf", ELI, "signed", "Elizabeth Carolina Suarez Mendoza")],
    proc="autorizacion_viaje",
    fields={"nombres": "Elizabeth Carolina Suárez Mendoza", "carne_extranjeria": "000876543", "destino": "Santiago de Chile",
            "fecha_salida": "2026-12-20", "fecha_retorno": "2027-01-10", "motivo": "cita consular y trámite de custodia de mi hija",
            "telefono": "+51941876543", "correo": "jlmendez.ve@gmail.com"}, expect="acuse")

# 42 ignorado: internal mail from an institutional mailbox
add(slug="interno-desde-refugiados", at=(2026, 12, 11, 15, 5, 0), box=MDP,
    frm="Refugiados RREE <refugiados@rree.gob.pe>", subj="Remito documentación recibida",
    body="Se remite a Mesa de Partes la documentación recibida por error en esta casilla. Saludos.",
    proc=None, fields={}, ign=True, expect="ignorado")

# 43 triage: "Duplicado de carnet" with no clue which card
add(slug="duplicado-carnet-ambiguo", at=(2026, 12, 14, 9, 45, 0), box=REF,
    frm="Milagros Rengifo <milarengifo@gmail.com>", subj="Duplicado de carnet",
    body="Hola, perdí mi carnet, ¿qué tengo que hacer para sacar otro? Milagros Rengifo",
    proc=None, fields={"nombres": "Milagros Rengifo", "correo": "milarengifo@gmail.com"}, expect="triage")

# 44 cambio de contraseña without phone, prose, Monday
add(slug="cambio-contrasena-sin-telefono", at=(2026, 12, 14, 16, 31, 0), box=SAM,
    frm="Oriana Bermudez <oriana.bermudez@gmail.com>", subj="Cambio de contraseña",
    body="""Hola, buenas tardes. Les escribo porque necesito el cambio de contraseña del Sistema de Refugiados; el sistema dice que mi usuario está bloqueado. Me llamo Oriana Valentina Bermúdez Sosa y mi pasaporte es el 157654321. Mi correo es este mismo.
Gracias!""",
    proc="cambio_clave",
    fields={"nombres": "Oriana Valentina Bermúdez Sosa", "documento_identidad": "157654321", "correo": "oriana.bermudez@gmail.com"},
    expect="subsanar")

# 45 solicitud de refugio from a relative, English
add(slug="refugee-application-brother", at=(2026, 12, 15, 10, 10, 0), box=SAM,
    frm="Tariq Mansour <tariq.mansour@gmail.com>", subj="Solicitud de refugio para mi hermano",
    body="""Hello, my brother Yusuf Mansour is Syrian, arrived in Lima yesterday and wants to apply for refugee status (solicitud de refugio). He does not speak Spanish. How can he submit the application? You can reach him at +51 933 444 555.
Tariq""",
    proc="solicitud_refugio",
    fields={"nombres": "Yusuf Mansour", "nacionalidad": "SY", "telefono": "+51933444555", "correo": "tariq.mansour@gmail.com"},
    expect="portal")

# 46 prórroga complete, labelled with tabs, birth date with two-digit year
add(slug="prorroga-tabs-anio-dos-digitos", at=(2026, 12, 16, 8, 5, 0), box=REF,
    frm="Neptali Urbina <neptaliurbina@yahoo.es>", subj="Prorroga de residencia anual",
    body="""Señores, solicito mi prórroga de residencia (refugiado reconocido).

Nombre:\tNeptalí José Urbina Chirinos
Sexo:\tM
Nacionalidad:\tvenezolano
Cédula:\tV-10.987.654
C.E.:\t000234567
Nacimiento:\t03-09-71
Teléfono:\t9 7788 6655

Atte.""",
    proc="prorroga_residencia",
    fields={"nombres": "Neptalí José Urbina Chirinos", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "V10987654",
            "carne_extranjeria": "000234567", "fecha_nacimiento": "1971-09-03", "telefono": "+51977886655",
            "correo": "neptaliurbina@yahoo.es"}, expect="acuse")

# 47 duplicado CE sent to mesa de partes (derivado), PDF form with all data and denuncia mention, lacking birth date
add(slug="duplicado-ce-derivado-sin-nacimiento", at=(2026, 12, 16, 12, 40, 0), box=MDP,
    frm="Jesus Alvarado <jesusalvarado.ce@gmail.com>", subj="DUPLICADO DE CARNÉ DE EXTRANJERÍA",
    body="""Buenas, adjunto formulario y denuncia policial por pérdida de mi carné de extranjería.

Jesús Rafael Alvarado Mora | Masculino | Venezolana | Pasaporte 150123456 | CE 000998812 | Tel 912 000 333""",
    atts=[("denuncia_perdida_CE.pdf", ["DENUNCIA POLICIAL POR PERDIDA", "Jesus Rafael Alvarado Mora", "Comisaria de San Juan de Lurigancho"], "text")],
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Jesús Rafael Alvarado Mora", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "150123456",
            "carne_extranjeria": "000998812", "telefono": "+51912000333", "correo": "jesusalvarado.ce@gmail.com"},
    expect="subsanar")

MESSAGES = M
