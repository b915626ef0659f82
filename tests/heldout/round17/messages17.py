# -*- coding: utf-8 -*-
"""The messages of round17, with the applicant's fields as a registry clerk reads them.

Keys: file, mailbox, recv (Lima local time, or '...Z' = UTC as written in Received:),
from (display, address), subject, body / html, att (attachments), headers, proc,
fields (normal form; correo is added from From when absent), refugiado, notif (notification
date of the denial, for recursos), machine, expect_* (hand-computed checks)."""
from lib17 import MESA, SOL, REF

MESSAGES = [
# ------------------------------------------------------------------ 001
dict(
    file="001-ayuda-por-favor.eml", mailbox=SOL, recv="2026-10-01 10:14:22",
    from_=None,
    from_addr=("Don Ramon", "ramongil1949@hotmail.com"),
    subject="ayuda por favor",
    body="""Buenos dias señores de la Comision

Disculpen la molestia, yo no se mucho de computadoras y mi nieta me ayudo a abrir este correo. Les escribo para hacer la actualizacion de mis datos de contacto, tengo un numero de celular nuevo.

Mi nombre es Ramón Antonio Gil Betancourt, de nacionalidad venezolano, cédula V-4.187.902. Yo soy solicitante de refugio desde el año 2019, todavia no me han dado respuesta.
Mi numero nuevo es el 987.123.456 (es un celular claro)
Vivo ahora en Jr. Huancavelica 455, Cercado de Lima.

Que Dios los bendiga y muchas gracias por su atencion.
Ramón Gil
""",
    proc="actualizacion_datos",
    fields=dict(nombres="Ramón Antonio Gil Betancourt", nacionalidad="VE",
                documento_identidad="V4187902", telefono="+51987123456"),
    expect_outcome="acuse", expect_filing="2026-10-01", expect_due="2026-10-26",
),
# ------------------------------------------------------------------ 002
dict(
    file="002-no-me-deja-entrar.eml", mailbox=SOL, recv="2026-10-04 04:47:10Z",
    from_addr=("Yeli \U0001F49C", "yeliannys.rojas08@gmail.com"),
    subject="no me deja entrar",
    body="""hola buenas noches 🙏
necesito hacer el cambio de clave del sistema de refugiados porfa
soy Yeliannys Carolina Rojas Mendez
pasaporte 158934027
mi cel 9 4455 6677
gracias!!

Enviado desde mi iPhone
""",
    proc="cambio_clave",
    fields=dict(nombres="Yeliannys Carolina Rojas Mendez", documento_identidad="158934027",
                telefono="+51944556677"),
    expect_outcome="acuse", expect_filing="2026-10-05",
),
# ------------------------------------------------------------------ 003
dict(
    file="003-reconsideracion-en-frances.eml", mailbox=MESA, recv="2026-10-05 15:20:41",
    from_addr=("Jean Wesner Pierre-Louis", "jwpierrelouis@yahoo.fr"),
    subject="Recurso de reconsideracion",
    body="""Bonjour Madame, Monsieur,

Je vous envoie en pièce jointe mon recurso de reconsideración contre la resolución qui a rejeté ma demande de refuge. La résolution m'a été notifiée le 28/09/2026 par courrier électronique.

Le document est signé électroniquement (firma digital). Toutes mes données sont dans le document.

Merci beaucoup, muchas gracias.
Jean Wesner Pierre-Louis
""",
    att=[("signed", "recurso_reconsideracion_JW_Pierre-Louis.pdf", [
        "Señores de la Comisión Especial para los Refugiados",
        "",
        "Je soussigné / Yo: Jean Wesner Pierre-Louis",
        "Passeport / Pasaporte N°: RD4417823",
        "Téléphone / Teléfono: +51 936 214 780",
        "Courriel / Correo: jwpierrelouis@yahoo.fr",
        "",
        "Objet: Recurso de reconsideración contre la Résolution N° 1932-2026/CEPR-SE.",
        "",
        "Motif / Motivo: La Commission n'a pas tenu compte des menaces que j'ai reçues d'un "
        "groupe armé à Port-au-Prince, ni des documents que j'ai présentés lors de l'entretien. "
        "Je demande un nouvel examen de mon dossier avec ces preuves.",
        "",
        "Lima, le 5 octobre 2026",
        "Jean Wesner Pierre-Louis (firma digital)",
    ], "RECURSO DE RECONSIDERACIÓN")],
    proc="reconsideracion", notif="2026-09-28",
    fields=dict(nombres="Jean Wesner Pierre-Louis", documento_identidad="RD4417823",
                telefono="+51936214780", correo="jwpierrelouis@yahoo.fr",
                motivo="La Commission n'a pas tenu compte des menaces que j'ai reçues d'un groupe armé à Port-au-Prince, ni des documents que j'ai présentés lors de l'entretien."),
    expect_outcome="cargo", expect_flags=[], expect_signature="valid",
),
# ------------------------------------------------------------------ 004
dict(
    file="004-prorroga-ficha-pegada.eml", mailbox=REF, recv="2026-10-06 17:05:33",
    from_addr=("Maria Gonzalez", "mariajgp.1985@gmail.com"),
    subject="Prorroga de residencia",
    body="""Buenas tardes, solicito la prórroga de residencia anual. Copio mis datos de la ficha:

DATOS DEL TITULAR
Apellidos y Nombres: GONZALEZ PEREZ MARIA JOSEFINA
Sexo: F
Nac.: VEN
Doc. Identidad: V-17.456.321
Nro. C.E.: 000845217
F. Nac.: 15/03/85
Tel/Cel: 951-230-874
Correo: mariajgp.1985@gmail.com
Domicilio: Av. Los Próceres 1230, SJL

Atte. María
""",
    proc="prorroga_residencia",
    fields=dict(nombres="GONZALEZ PEREZ MARIA JOSEFINA", sexo="F", nacionalidad="VE",
                documento_identidad="V17456321", carne_extranjeria="000845217",
                fecha_nacimiento="1985-03-15", telefono="+51951230874",
                correo="mariajgp.1985@gmail.com"),
    expect_outcome="acuse", expect_filing="2026-10-07",
),
# ------------------------------------------------------------------ 005
dict(
    file="005-viaje-urgente-mi-mama.eml", mailbox=REF, recv="2026-10-07 09:30:02",
    from_addr=("Luz Dary", "luzdary.cardenas@outlook.com"),
    subject="Autorizacion de viaje URGENTE mi mama",
    body="""Señores de la oficina de refugiados
Les pido por favor la autorización de viaje, mi mamá está hospitalizada en Bogotá y la van a operar del corazón, necesito viajar a verla.
Adjunto la carta firmada escaneada.

Nombre: Luz Dary Cárdenas Ospina
Carné de Extranjería: 001562098
Viajo a: Bogotá, Colombia
Salida: 25/10/26
Regreso: 08/11/26
Celular / WhatsApp: +51 962 118 305

Dios les pague
""",
    att=[("scanpdf", "carta_viaje_escaneada.pdf", [
        "Lima, 6 de octubre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "Yo Luz Dary Cárdenas Ospina, CE 001562098,",
        "solicito autorización de viaje a Bogotá",
        "del 25/10/26 al 08/11/26 por la operación",
        "de mi mamá. Cel 962 118 305",
        "Atentamente",
    ])],
    proc="autorizacion_viaje",
    fields=dict(nombres="Luz Dary Cárdenas Ospina", carne_extranjeria="001562098",
                destino="Bogotá, Colombia", fecha_salida="2026-10-25",
                fecha_retorno="2026-11-08", telefono="+51962118305",
                motivo="mi mamá está hospitalizada en Bogotá y la van a operar del corazón"),
    expect_outcome="acuse", expect_flags=["verificar_firma"], expect_signature="manuscrita",
    expect_filing="2026-10-07", expect_due="2026-10-16",
),
# ------------------------------------------------------------------ 006
dict(
    file="006-consulta-como-pedir-refugio.eml", mailbox=MESA, recv="2026-10-08 11:03:15",
    from_addr=("Orestes", "orestes.valdes.l@yahoo.es"),
    subject="Consulta",
    body="""Estimados señores:

Mi nombre es Orestes Valdés Linares, tengo 74 años y soy cubano. Llegué a Lima hace dos semanas. Quisiera saber cómo presentar una solicitud de refugio, no entiendo bien la página de internet. ¿Tengo que ir a alguna oficina o se hace todo por internet?

Mi teléfono es (01) 426-3318, es el fijo de la casa donde estoy.

Atentamente,
Orestes Valdés Linares
""",
    proc="solicitud_refugio",
    fields=dict(nombres="Orestes Valdés Linares", nacionalidad="CU", telefono="+5114263318"),
    expect_outcome="portal", expect_filing="2026-10-12",
),
# ------------------------------------------------------------------ 007
dict(
    file="007-respuesta-automatica.eml", mailbox=SOL, recv="2026-10-09 08:15:02",
    from_addr=("Carlos Mendoza", "cmendoza.ing@gmail.com"),
    subject="Respuesta automática: RE: Cambio de clave y contraseña",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes con acceso limitado al correo.
Responderé a la brevedad posible.
""",
    proc="cambio_clave", machine=True, fields={},
    expect_outcome="ignorado", expect_filing="2026-10-12", expect_due=None,
),
# ------------------------------------------------------------------ 008
dict(
    file="008-renuncia-em-portugues.eml", mailbox=MESA, recv="2026-10-12 10:45:50",
    from_addr=("Wideline Joseph", "widelinejoseph87@gmail.com"), sender_tz=-3,
    subject="Renuncia",
    body="""Bom dia,

Meu nome é Wideline Joseph. Eu morei no Brasil antes de vir para o Peru. Venho por meio deste e-mail apresentar a minha renuncia ao trámite de solicitud de refugio.
Segue em anexo o documento assinado digitalmente com os meus dados e o motivo.

Obrigada, muchas gracias.
Wideline
""",
    att=[("signed", "renuncia_wideline_joseph.pdf", [
        "Señores de la Comisión Especial para los Refugiados:",
        "",
        "Nombres y Apellidos: Wideline Joseph",
        "Nacionalidad: Haitiana",
        "Pasaporte N°: PP3390517",
        "Teléfono: +55 41 99812-3306",
        "",
        "Declaro que soy solicitante de refugio y que renuncio voluntariamente al trámite de "
        "mi solicitud de refugio.",
        "Motivo: Retorno a Brasil para reunirme con mi esposo, que consiguió empleo en Curitiba.",
        "",
        "Wideline Joseph (firmado digitalmente)",
    ], "RENUNCIA AL TRÁMITE DE SOLICITUD DE REFUGIO")],
    proc="renuncia",
    fields=dict(nombres="Wideline Joseph", nacionalidad="HT", documento_identidad="PP3390517",
                telefono="+5541998123306",
                motivo="Retorno a Brasil para reunirme con mi esposo, que consiguió empleo en Curitiba."),
    expect_outcome="acuse", expect_missing=[],
),
# ------------------------------------------------------------------ 009
dict(
    file="009-apelacion-notificada-en-septiembre.eml", mailbox=MESA, recv="2026-10-13 16:10:09",
    from_addr=("Frank Rivas", "frank.e.rivas@gmail.com"),
    subject="RECURSO DE APELACION - FRANK EDUARDO RIVAS",
    body="""Señores Comisión Especial para los Refugiados:

Yo, Frank Eduardo Rivas Colmenares, identificado con pasaporte N° 132458790, me dirijo a ustedes para interponer recurso de apelación contra la Resolución que confirmó la denegatoria de mi solicitud de refugio, la cual me fue notificada el 15 de septiembre de 2026 a mi correo electrónico, y que recién pude leer porque estuve varias semanas sin internet ni teléfono, razón por la que presento este recurso ahora.

Fundamento mi apelación en que la Comisión no valoró las pruebas de persecución política que presenté (constancias de detención en Maracaibo del año 2024 y la denuncia ante la Defensoría).

Teléfono: 974 302 118
Correo: frank.e.rivas@gmail.com

Adjunto el escrito firmado digitalmente y foto de mi pasaporte.
Atentamente,
Frank E. Rivas C.
""",
    att=[("signed", "apelacion_frank_rivas.pdf", [
        "Señores Comisión Especial para los Refugiados",
        "",
        "Frank Eduardo Rivas Colmenares, pasaporte N° 132458790, teléfono 974 302 118, "
        "correo frank.e.rivas@gmail.com, interpongo recurso de apelación.",
        "",
        "Fundamento: la Comisión no valoró las pruebas de persecución política presentadas.",
        "",
        "Frank Eduardo Rivas Colmenares",
    ], "RECURSO DE APELACIÓN"),
         ("jpg_photo", "pasaporte_frank.jpg", "PASAPORTE")],
    proc="apelacion", notif="2026-09-15",
    fields=dict(nombres="Frank Eduardo Rivas Colmenares", documento_identidad="132458790",
                telefono="+51974302118", correo="frank.e.rivas@gmail.com",
                motivo="la Comisión no valoró las pruebas de persecución política que presenté"),
    expect_outcome="cargo", expect_flags=["extemporaneo"], expect_signature="valid",
),
# ------------------------------------------------------------------ 010
dict(
    file="010-duplicado-de-carnet.eml", mailbox=REF, recv="2026-10-14 20:30:40",
    from_addr=("Kelvin", "kelvinj.marquez@hotmail.com"),
    subject="Duplicado de carnet",
    body="""Buenas noches. Solicito el duplicado de mi carné de extranjería, adjunto la denuncia policial.

Nombres y Apellidos: Kelvin José Márquez Urbina
Sexo: Masculino
Nacionalidad: Venezolana
Cédula: V-20.118.447
Carné de Extranjería: 000731264
Fecha de nacimiento: 22-07-1992
Teléfono: 913 884 020

Saludos
""",
    att=[("textpdf", "denuncia_policial_comisaria_surquillo.pdf", [
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA SURQUILLO",
        "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 20418732",
        "",
        "Denunciante: Kelvin José Márquez Urbina, CE 000731264.",
        "Instructor: SO2 PNP Quispe Huamán",
    ])],
    proc="duplicado_carne_extranjeria",
    fields=dict(nombres="Kelvin José Márquez Urbina", sexo="M", nacionalidad="VE",
                documento_identidad="V20118447", carne_extranjeria="000731264",
                fecha_nacimiento="1992-07-22", telefono="+51913884020"),
    expect_outcome="acuse", expect_filing="2026-10-15",
),
# ------------------------------------------------------------------ 011
dict(
    file="011-urgente.eml", mailbox=SOL, recv="2026-10-16 12:40:00",
    from_addr=("Ana Lucia", "analucia.pb@gmail.com"),
    subject="URGENTE!!",
    body="""BUENAS TARDES NECESITO SABER COMO VA MI EXPEDIENTE, YA PASARON 2 AÑOS Y NO ME DICEN NADA. ESTOY DESESPERADA.
MI NOMBRE ES ANA LUCIA PEÑA BRICEÑO, PASAPORTE 117650932. CEL 986-552-017.
POR FAVOR RESPONDAN
""",
    proc=None,
    fields=dict(nombres="ANA LUCIA PEÑA BRICEÑO", documento_identidad="117650932",
                telefono="+51986552017"),
    expect_outcome="triage",
),
# ------------------------------------------------------------------ 012
dict(
    file="012-kreyol-cambio-de-clave.eml", mailbox=REF, recv="2026-10-19 09:05:31",
    from_addr=("Stevenson Dorvil", "stevensondorvil@gmail.com"),
    subject="cambio de clave",
    body="""Bonjou,

Mwen se Stevenson Dorvil. Mwen bezwen fè cambio de clave y contraseña pou Sistema de Refugiados la.

Paspò mwen: RA0915542
Telefòn: +51 912 345 678
Imèl: stevensondorvil@gmail.com

Mèsi anpil, muchas gracias
""",
    proc="cambio_clave",
    fields=dict(nombres="Stevenson Dorvil", documento_identidad="RA0915542",
                telefono="+51912345678", correo="stevensondorvil@gmail.com"),
    expect_outcome="acuse", expect_flags=["derivado"],
),
# ------------------------------------------------------------------ 013
dict(
    file="013-asunto-solo-nombre-entrevista.eml", mailbox=SOL, recv="2026-10-20 18:22:47",
    from_addr=("yorgelis paredes", "yorgelisap2009@gmail.com"),
    subject="Yorgelis Andreína Paredes",
    body="""hola buenas tardes disculpen
ya me registre en la pagina hace 3 meses y todavia no me llega la fecha para la entrevista de registro, cuando me toca??
mi numero 9 2211 4488
gracias
""",
    proc="entrevista_registro",
    fields=dict(nombres="Yorgelis Andreína Paredes", telefono="+51922114488"),
    expect_outcome="portal",
),
# ------------------------------------------------------------------ 014
dict(
    file="014-update-contact-details.eml", mailbox=SOL, recv="2026-10-21 11:30:12",
    from_addr=("Emmanuel Okafor", "emma.okafor@yahoo.com"),
    subject="Update of contact details (actualización de datos)",
    body="""Dear Sir/Madam,

I am a recognized refugee in Peru (refugiado reconocido) since 2023. I would like to update my contact information. My new address is Calle Mercaderes 210, Arequipa.

Full name: Emmanuel Chinedu Okafor
Nationality: Nigerian
Passport No.: A09876543
New phone number: +51 958 771 240

Kind regards,
Emmanuel
""",
    proc="actualizacion_datos", refugiado=True,
    fields=dict(nombres="Emmanuel Chinedu Okafor", nacionalidad="NG",
                documento_identidad="A09876543", telefono="+51958771240"),
    expect_outcome="subsanar", expect_missing=["carne_extranjeria"],
    expect_filing="2026-10-21", expect_due="2026-10-23",
),
# ------------------------------------------------------------------ 015
dict(
    file="015-reconsideracion-sin-adjunto.eml", mailbox=MESA, recv="2026-10-22 10:10:10",
    from_addr=("Hilda Morales", "hildamorales.1956@gmail.com"),
    subject="RECONSIDERACION",
    body="""Señores
Comisión de Refugiados

Respetuosamente me dirijo a ustedes yo Hilda Marina Morales de Arango identificada con la C.C. 41.652.309 de Bogotá, para pedir la RECONSIDERACIÓN de la decisión que me negó el refugio, porque yo sí soy desplazada por la violencia, a mi esposo lo mataron en el Putumayo y tengo las pruebas que no pude presentar antes porque las tenía mi hermana, ya me las mandó.

Mi celular es el nueve siete cinco, cuatro cuatro uno, dos cero nueve
Mi correo es este mismo

Agradezco de antemano
Hilda Marina Morales de Arango
""",
    proc="reconsideracion",
    fields=dict(nombres="Hilda Marina Morales de Arango", documento_identidad="41652309",
                telefono="+51975441209",
                motivo="yo sí soy desplazada por la violencia, a mi esposo lo mataron en el Putumayo y tengo las pruebas que no pude presentar antes"),
    expect_outcome="subsanar", expect_missing=["firma"], expect_signature="absent",
),
# ------------------------------------------------------------------ 016
dict(
    file="016-pedido-de-ajuda.eml", mailbox=REF, recv="2026-10-23 14:00:27",
    from_addr=("Daniel Baptiste", "danielbaptiste.ht@gmail.com"), sender_tz=-3,
    subject="Pedido de ajuda",
    body="""Boa tarde,
preciso renovar minha autorización de trabajo (autorização de trabalho). Como faço? Não achei no site.

Daniel Baptiste
WhatsApp +51 940 553 172
""",
    proc="autorizacion_trabajo",
    fields=dict(nombres="Daniel Baptiste", telefono="+51940553172"),
    expect_outcome="portal", expect_flags=[],
),
# ------------------------------------------------------------------ 017  (bounce)
dict(
    file="017-undeliverable.eml", mailbox=SOL, recv="2026-10-24 03:12:44",
    from_addr=("", "postmaster@outlook.com"),
    subject="Undeliverable: RE: Actualización de datos",
    raw=None,  # filled below
    proc="actualizacion_datos", machine=True, fields={},
    expect_outcome="ignorado", expect_filing="2026-10-26",
),
# ------------------------------------------------------------------ 018
dict(
    file="018-renouvellement-residence.eml", mailbox=MESA, recv="2026-10-26 09:45:00",
    from_addr=("Aline Mbarga", "aline.mbarga@yahoo.fr"),
    subject="Demande - prórroga de residencia",
    body="""Bonjour,

Je suis réfugiée reconnue au Pérou et je souhaite faire la prórroga de residencia (renouvellement annuel de ma résidence).

Nom complet : Aline Solange Mbarga Ndongo
Sexe : F
Nationalité : camerounaise
Passeport : AA0987342
Carné de extranjería : 000612877
Téléphone : 945 107 336

Merci d'avance.
Aline
""",
    proc="prorroga_residencia", refugiado=True,
    fields=dict(nombres="Aline Solange Mbarga Ndongo", sexo="F", nacionalidad="CM",
                documento_identidad="AA0987342", carne_extranjeria="000612877",
                telefono="+51945107336"),
    expect_outcome="subsanar", expect_missing=["fecha_nacimiento"], expect_flags=["derivado"],
),
# ------------------------------------------------------------------ 019
dict(
    file="019-carne-de-solicitante.eml", mailbox=SOL, recv="2026-10-27 21:15:03",
    from_addr=("Jhoan", "jhoan.bastidas07@gmail.com"),
    subject="carne de solicitante",
    body="""buenas noches necesito el duplicado del carné de solicitante de refugio, como hago??
jhoan andres bastidas
cel 923 556 104
""",
    proc="carne_solicitante",
    fields=dict(nombres="jhoan andres bastidas", telefono="+51923556104"),
    expect_outcome="suspendido", expect_filing="2026-10-28", expect_due=None,
),
# ------------------------------------------------------------------ 020
dict(
    file="020-rv-apelacion-pdf-alterado.eml", mailbox=MESA, recv="2026-10-28 12:00:18",
    from_addr=("Yusleidy Hernández", "yusleidyhdez@gmail.com"),
    subject="RV: Recurso de Apelación",
    body="""Buenos días, les reenvío el recurso de apelación que preparé, esta vez con la firma digital. Todos los datos están en el PDF. También va la foto de mi carnet.

Yusleidy
""",
    att=[("altered", "Recurso_Apelacion_YHC.pdf", [
        "Señores de la Comisión Especial para los Refugiados:",
        "",
        "Nombres y apellidos: Yusleidy Hernández Castillo",
        "Nacionalidad: cubana",
        "Carnet de identidad: 92041508732",
        "Teléfono: 955 018 442",
        "Correo electrónico: yusleidyhdez@gmail.com",
        "",
        "Motivo de la apelación: La resolución no valoró que fui detenida en tres ocasiones por "
        "participar en las protestas de julio y que mi familia sigue siendo vigilada.",
        "",
        "Yusleidy Hernández Castillo",
    ], "RECURSO DE APELACIÓN", "tres ocasiones", "dos ocasiones "),
         ("jpg_photo", "carnet_identidad.jpg", "CARNET DE IDENTIDAD")],
    proc="apelacion",
    fields=dict(nombres="Yusleidy Hernández Castillo", nacionalidad="CU",
                documento_identidad="92041508732", telefono="+51955018442",
                correo="yusleidyhdez@gmail.com",
                motivo="La resolución no valoró que fui detenida por participar en las protestas de julio y que mi familia sigue siendo vigilada."),
    expect_outcome="subsanar", expect_missing=["firma"], expect_signature="invalid",
),
# ------------------------------------------------------------------ 021
dict(
    file="021-renuncia-desde-correo-del-hijo.eml", mailbox=REF, recv="2026-10-29 10:20:36",
    from_addr=("Familia Colmenares", "colmenares.familia@gmail.com"),
    subject="RENUNCIA A LA CONDICION DE REFUGIADO",
    body="""Señores:

Les escribo desde el correo de mi hijo porque yo no tengo correo. Yo, Teodoro Colmenares Rondón, refugiado reconocido, de nacionalidad venezolana, con pasaporte 051233896 y carné de extranjería N° 000298455, presento mi renuncia a la condición de refugiado porque regreso definitivamente a Venezuela a cuidar de mi madre que está muy enferma.

Adjunto foto de la carta firmada a mano.
Teléfono: 998 . 765 . 110

Atentamente
Teodoro Colmenares R.
""",
    att=[("jpg_letter", "IMG_20261028_183355.jpg", [
        "Lima 28 de octubre de 2026",
        "Señores Comisión de Refugiados",
        "Yo Teodoro Colmenares Rondón",
        "renuncio a la condición de refugiado",
        "para volver a Venezuela.",
        "Atentamente",
    ])],
    proc="renuncia", refugiado=True,
    fields=dict(nombres="Teodoro Colmenares Rondón", nacionalidad="VE",
                documento_identidad="051233896", carne_extranjeria="000298455",
                telefono="+51998765110",
                motivo="regreso definitivamente a Venezuela a cuidar de mi madre que está muy enferma"),
    expect_outcome="acuse", expect_flags=["derivado", "verificar_firma"],
),
# ------------------------------------------------------------------ 022
dict(
    file="022-viaje-quito-sin-telefono.eml", mailbox=REF, recv="2026-11-02 08:05:55",
    from_addr=("Rosa Elena Duarte", "r.e.duarte@gmail.com"),
    subject="Solicitud Autorización de Viaje - Rosa Elena Duarte",
    body="""Estimados, adjunto mi solicitud de autorización de viaje firmada digitalmente. Quedo atenta.
Rosa Elena
""",
    att=[("altered", "solicitud_viaje_REDV.pdf", [
        "Nombres y apellidos: Rosa Elena Duarte Velásquez",
        "Carné de Extranjería N°: 001123987",
        "Destino: Quito, Ecuador",
        "Fecha de salida: 2026-11-20",
        "Fecha de retorno: 2026-12-05",
        "Motivo: Audiencia judicial de custodia de mi hija ante el Juzgado de Familia de Quito, "
        "a la que estoy citada personalmente.",
        "Correo: r.e.duarte@gmail.com",
        "",
        "Rosa Elena Duarte Velásquez",
    ], "SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)", "personalmente", "en persona   ")],
    proc="autorizacion_viaje",
    fields=dict(nombres="Rosa Elena Duarte Velásquez", carne_extranjeria="001123987",
                destino="Quito, Ecuador", fecha_salida="2026-11-20", fecha_retorno="2026-12-05",
                motivo="Audiencia judicial de custodia de mi hija ante el Juzgado de Familia de Quito",
                correo="r.e.duarte@gmail.com"),
    expect_outcome="subsanar", expect_missing=["firma", "telefono"], expect_signature="invalid",
    expect_filing="2026-11-02", expect_due="2026-11-04",
),
# ------------------------------------------------------------------ 023
dict(
    file="023-consulta-dos-tramites.eml", mailbox=MESA, recv="2026-11-03 15:00:00",
    from_addr=("Gregorio Salas", "gsalas.1960@hotmail.com"),
    subject="consulta",
    body="""Buenas tardes.
Soy refugiado reconocido y este año me toca hacer la prórroga de residencia, pero además necesito el duplicado del carné de extranjería. ¿Debo pedir primero el duplicado del carné o la prórroga? ¿Los dos trámites se mandan al mismo correo?

Gregorio Salas Mijares
C.E. 000455120
Tel. 987 001 245
""",
    proc=None,
    fields=dict(nombres="Gregorio Salas Mijares", carne_extranjeria="000455120",
                telefono="+51987001245"),
    expect_outcome="triage",
),
# ------------------------------------------------------------------ 024
dict(
    file="024-cambio-clave-por-mi-papa.eml", mailbox=SOL, recv="2026-11-04 13:30:21",
    from_addr=("Andrés Quintero", "andresq.dev@gmail.com"),
    subject="Cambio de clave y contraseña - Sr. Ernesto Quintero",
    body="""Buenas tardes,

Les escribo en nombre de mi padre, que tiene 78 años y no usa correo. Él necesita el cambio de clave y contraseña del Sistema de Refugiados.

Datos de mi padre:
- Nombres y apellidos: Ernesto Rafael Quintero Salcedo
- Pasaporte: 087145320
- Teléfono de él: 945 661 203

Pueden responder a este correo (es el mío; soy Andrés Quintero, C.I. V-25.789.001).

Gracias.
""",
    proc="cambio_clave",
    fields=dict(nombres="Ernesto Rafael Quintero Salcedo", documento_identidad="087145320",
                telefono="+51945661203", correo="andresq.dev@gmail.com"),
    expect_outcome="acuse",
),
# ------------------------------------------------------------------ 025
dict(
    file="025-rv-interno-mesa-de-partes.eml", mailbox=REF, recv="2026-11-05 09:00:40",
    from_addr=("Mesa de Partes RREE", "mesadepartes@rree.gob.pe"),
    subject="RV: Duplicado de carné de extranjería",
    body="""Buenos días:

Se remite el correo para su atención por ser de competencia de su unidad.

Saludos cordiales,
Mesa de Partes
Ministerio de Relaciones Exteriores
""",
    proc="duplicado_carne_extranjeria", machine=True, fields={},
    expect_outcome="ignorado",
),
# ------------------------------------------------------------------ 026
dict(
    file="026-duplicado-sem-denuncia.eml", mailbox=REF, recv="2026-11-05 16:20:09",
    date="Wed, 04 Nov 2026 22:58:10 -0300",
    from_addr=("Rose-Marie Célestin", "rosemariecelestin@hotmail.com"),
    subject="duplicado de carné de extranjería",
    body="""Boa tarde senhores,

Preciso do duplicado do meu carné de extranjería. Ainda não fiz a denuncia na delegacia, vou fazer amanhã e envio depois.

Meus dados:
Nome completo: Rose-Marie Célestin
Sexo: Feminino
Nacionalidade: haitiana
Passaporte: RB2208145
Carné de Extranjería: 000587342
Data de nascimento: 30/08/1979
Telefone: +51 981 204 557

Anexo foto da frente do carné antigo.
Obrigada
""",
    att=[("jpg_photo", "carteira_frente.jpg", "CARNE DE EXTRANJERIA")],
    proc="duplicado_carne_extranjeria",
    fields=dict(nombres="Rose-Marie Célestin", sexo="F", nacionalidad="HT",
                documento_identidad="RB2208145", carne_extranjeria="000587342",
                fecha_nacimiento="1979-08-30", telefono="+51981204557"),
    expect_outcome="subsanar", expect_missing=["denuncia_policial"],
),
# ------------------------------------------------------------------ 027
dict(
    file="027-how-to-apply.eml", mailbox=SOL, recv="2026-11-07 10:00:33",
    from_addr=("Samira A.", "samira.alhassan@gmail.com"),
    subject="asylum / solicitud de refugio",
    body="""Hello,
I arrived in Lima last week. How can I submit an application for refugee status (solicitud de refugio)? Do I need an appointment or is it online?
My phone: +51 9 3301 7745
Thank you,
Samira Alhassan
""",
    proc="solicitud_refugio",
    fields=dict(nombres="Samira Alhassan", telefono="+51933017745"),
    expect_outcome="portal",
),
# ------------------------------------------------------------------ 028
dict(
    file="028-reconsideracion-foto-tarde.eml", mailbox=MESA, recv="2026-11-09 16:45:12",
    from_addr=("Wilmer", "wilmer.ch.88@gmail.com"),
    subject="recurso de reconsideración wilmer chirinos",
    body="""Buenas tardes, les envío mi recurso de reconsideración, lo escribí a mano y lo firmé, va la foto adjunta.

Quiero decir que la resolución que me negó el refugio me la notificaron con fecha 05/10/2026, pero yo estuve internado en el Hospital Dos de Mayo casi un mes y por eso no pude presentarlo antes.

Mis datos son:
Wilmer Alexander Chirinos Gómez
Cédula V- 19 332 615
Tel 9 6655 3321
wilmer.ch.88@gmail.com

El motivo es que no se tomó en cuenta que fui amenazado por colectivos en mi barrio de Petare, presenté las denuncias y no las valoraron.

Gracias
""",
    att=[("jpg_letter", "WhatsApp Image 2026-11-09 at 16.30.11.jpeg", [
        "Señores de la Comisión",
        "Yo Wilmer Alexander Chirinos Gómez",
        "pido reconsideración de la resolución",
        "que me negó el refugio.",
        "Fui amenazado por colectivos en Petare.",
        "Atentamente",
    ])],
    proc="reconsideracion", notif="2026-10-05",
    fields=dict(nombres="Wilmer Alexander Chirinos Gómez", documento_identidad="V19332615",
                telefono="+51966553321", correo="wilmer.ch.88@gmail.com",
                motivo="no se tomó en cuenta que fui amenazado por colectivos en mi barrio de Petare, presenté las denuncias y no las valoraron"),
    expect_outcome="cargo", expect_flags=["verificar_firma", "extemporaneo"],
    expect_filing="2026-11-10",
),
# ------------------------------------------------------------------ 029
dict(
    file="029-actualizacion-telefono-en-palabras.eml", mailbox=SOL, recv="2026-11-10 09:40:51",
    from_addr=("Migdalia", "migdalia.roque@yahoo.com"),
    subject="Actualizacion de datos",
    body="""Buenos días,

Les escribo para la actualización de datos. Mi nombre completo es Migdalia Roque Fonseca, soy de nacionalidad cubana, mi carnet de identidad es 52110409876 y todavía soy solicitante de refugio.

Mi teléfono nuevo es nueve cinco uno, cero siete tres, ocho ocho dos.
Mi dirección nueva: Calle Las Begonias 340, Los Olivos.

Muchas gracias por todo, son muy amables.
""",
    proc="actualizacion_datos",
    fields=dict(nombres="Migdalia Roque Fonseca", nacionalidad="CU",
                documento_identidad="52110409876", telefono="+51951073882"),
    expect_outcome="acuse",
),
# ------------------------------------------------------------------ 030
dict(
    file="030-re-prorroga-datos-en-pdf.eml", mailbox=REF, recv="2026-11-11 11:11:11",
    from_addr=("Juan Carlos Osorio", "jcosorio.refugio@gmail.com"),
    subject="RE: Prórroga de Residencia",
    body="""Buen día, envío nuevamente mi formulario con todos los datos para la prórroga de residencia.
Gracias.

El mié, 4 nov 2026 a las 10:02, Refugiados <refugiados@rree.gob.pe> escribió:
> Estimado usuario:
> Para atender su solicitud de prórroga de residencia debe enviar los datos
> indicados en la página web. Escriba a refugiados@rree.gob.pe.
""",
    att=[("textpdf", "formulario_prorroga_JCOR.pdf", [
        "Nombres y apellidos: Juan Carlos Osorio Restrepo",
        "Sexo: M",
        "Nacionalidad: Colombiana",
        "Documento de identidad (C.C.): 1.036.598.771",
        "Carné de Extranjería: 000377105",
        "Fecha de nacimiento: 02/12/1988",
        "Teléfono: +57 310 456 7890",
    ], "FORMULARIO - PRÓRROGA DE RESIDENCIA")],
    proc="prorroga_residencia",
    fields=dict(nombres="Juan Carlos Osorio Restrepo", sexo="M", nacionalidad="CO",
                documento_identidad="1036598771", carne_extranjeria="000377105",
                fecha_nacimiento="1988-12-02", telefono="+573104567890"),
    expect_outcome="acuse",
),
# ------------------------------------------------------------------ 031
dict(
    file="031-apelacion-buzon-solicitantes.eml", mailbox=SOL, recv="2026-11-12 10:30:00",
    from_addr=("Oriana", "oriana.vcastro@gmail.com"),
    subject="Recurso de Apelación – Oriana Valentina Castro",
    body="""Señores de la Secretaría Ejecutiva:

Adjunto mi recurso de apelación contra la Resolución N° 2871-2026/CEPR que confirmó la denegatoria de mi solicitud, notificada el 22 de octubre de 2026.

Nombres y apellidos: Oriana Valentina Castro Lugo
Pasaporte: 149002376 / Cédula V-26.440.118
Teléfono: +51 927 640 915
Correo: oriana.vcastro@gmail.com

El motivo de mi apelación está desarrollado en el documento adjunto, firmado digitalmente.
""",
    att=[("signed", "apelacion_oriana_castro.pdf", [
        "Oriana Valentina Castro Lugo, pasaporte 149002376, interpone recurso de apelación.",
        "",
        "Motivo: La Comisión aplicó mal la Declaración de Cartagena: la situación de violencia "
        "generalizada y violación masiva de derechos humanos en mi estado de origen está "
        "acreditada por informes de ACNUR que adjunté y no fueron analizados.",
        "",
        "Oriana Valentina Castro Lugo",
    ], "RECURSO DE APELACIÓN")],
    proc="apelacion", notif="2026-10-22",
    fields=dict(nombres="Oriana Valentina Castro Lugo", documento_identidad="149002376",
                telefono="+51927640915", correo="oriana.vcastro@gmail.com",
                motivo="La Comisión aplicó mal la Declaración de Cartagena"),
    expect_outcome="cargo", expect_flags=["derivado"], expect_filing="2026-11-12",
),
# ------------------------------------------------------------------ 032
dict(
    file="032-autorisation-voyage-lettre-pdf.eml", mailbox=MESA, recv="2026-11-13 15:10:44",
    from_addr=("Marc-Enel Théodore", "marcenel.theodore@gmail.com"),
    subject="Autorizacion de viaje",
    body="""Bonjour,

Je suis réfugié reconnu au Pérou. Je demande une autorización de viaje de urgencia pour aller voir ma fille qui va être opérée.

Nom : Marc-Enel Théodore
Carné de extranjería : 000916230
Destino : Santo Domingo, República Dominicana
Date de départ : 15/12/2026
Date de retour : 05/01/27
Téléphone : +51 951 448 607

Je joins la lettre (PDF).
Merci
""",
    att=[("textpdf", "lettre_autorizacion_viaje.pdf", [
        "Lima, 13/11/2026",
        "Señores Comisión Especial para los Refugiados",
        "",
        "Yo, Marc-Enel Théodore, CE 000916230, solicito autorización de viaje a Santo Domingo "
        "del 15/12/2026 al 05/01/2027 porque mi hija será operada.",
        "",
        "Marc-Enel Théodore",
    ])],
    proc="autorizacion_viaje", refugiado=True,
    fields=dict(nombres="Marc-Enel Théodore", carne_extranjeria="000916230",
                destino="Santo Domingo, República Dominicana", fecha_salida="2026-12-15",
                fecha_retorno="2027-01-05", telefono="+51951448607",
                motivo="aller voir ma fille qui va être opérée"),
    expect_outcome="subsanar", expect_missing=["firma"], expect_flags=["derivado"],
    expect_signature="absent",
),
# ------------------------------------------------------------------ 033
dict(
    file="033-entrevista-domingo.eml", mailbox=MESA, recv="2026-11-15 20:00:05",
    from_addr=("Fabiola Saint-Fleur", "fabiolasf@gmail.com"),
    subject="Entrevista",
    body="""Olá, boa noite.
Quero saber quando vão marcar a minha entrevista de registro. Já enviei tudo pelo site faz muito tempo.
Meu nome é Fabiola Saint-Fleur, telefone 9 7788 1234.
Obrigada!
""",
    proc="entrevista_registro",
    fields=dict(nombres="Fabiola Saint-Fleur", telefono="+51977881234"),
    expect_outcome="portal", expect_flags=[],
),
# ------------------------------------------------------------------ 034
dict(
    file="034-boletin.eml", mailbox=REF, recv="2026-11-16 07:00:00",
    from_addr=("Boletín Red de Apoyo", "noreply@redapoyo-migrante.org"),
    subject="Boletín informativo – noviembre 2026",
    headers={"List-Id": "Boletin Red de Apoyo <boletin.redapoyo-migrante.org>",
             "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@redapoyo-migrante.org>"},
    body="""BOLETÍN INFORMATIVO – NOVIEMBRE 2026

* Charla gratuita sobre derechos laborales: sábado 21, 10:00, local de la Red.
* Campaña de salud: vacunación en el Centro de Salud de San Juan de Lurigancho.
* Taller de emprendimiento para mujeres.

Si no desea recibir más este boletín, responda con la palabra BAJA.
""",
    proc=None, machine=True, fields={},
    expect_outcome="ignorado",
),
# ------------------------------------------------------------------ 035
dict(
    file="035-renunciation-english-cc.eml", mailbox=MESA, recv="2026-11-16 11:25:38",
    to=REF, cc=MESA, delivered_to=MESA,
    from_addr=("Grace Adeyemi", "grace.adeyemi@outlook.com"),
    subject="Renuncia / Renunciation of refugee status",
    body="""Good morning,

Please find attached my signed letter of renuncia to my refugee status in Peru. I have been granted permanent residence in Canada and will move there with my family next month.

Full name: Grace Oluwaseun Adeyemi
Nationality: Nigerian
Passport: B04418273
Carné de Extranjería: 000801566
Phone/WhatsApp: +51 989 334 210

Best regards,
Grace
""",
    att=[("signed", "Renuncia_Grace_Adeyemi_signed.pdf", [
        "I, Grace Oluwaseun Adeyemi, Nigerian, passport B04418273, carné de extranjería "
        "000801566, renounce my refugee status in Peru.",
        "Reason: I have been granted permanent residence in Canada.",
        "Phone: +51 989 334 210",
        "",
        "Grace Oluwaseun Adeyemi",
    ], "RENUNCIA A LA CONDICIÓN DE REFUGIADO")],
    proc="renuncia",
    fields=dict(nombres="Grace Oluwaseun Adeyemi", nacionalidad="NG",
                documento_identidad="B04418273", carne_extranjeria="000801566",
                telefono="+51989334210",
                motivo="I have been granted permanent residence in Canada and will move there with my family next month."),
    expect_outcome="acuse", expect_flags=[],
),
# ------------------------------------------------------------------ 036
dict(
    file="036-kat-solicitante.eml", mailbox=SOL, recv="2026-11-17 10:00:19",
    from_addr=("Jean Baptiste Alcius", "alciusjeanbaptiste@gmail.com"),
    subject="Kat / Carné de solicitante",
    body="""Bonjou msye dam,

Mwen se Jean Baptiste Alcius, mwen gen 70 lane. Mwen vle konnen kilè mwen ka jwenn carné de solicitante de refugio mwen.

Telefòn mwen: +51 9 1020 3040

Mèsi, gracias
""",
    proc="carne_solicitante",
    fields=dict(nombres="Jean Baptiste Alcius", telefono="+51910203040"),
    expect_outcome="suspendido",
),
# ------------------------------------------------------------------ 037
dict(
    file="037-cambio-contrasena-sin-telefono.eml", mailbox=SOL, recv="2026-11-18 22:40:31",
    from_addr=("Luis Fer", "luisfer.2007@gmail.com"),
    subject="Cambio de contraseña",
    body="""Hola, quiero hacer el cambio de contraseña del sistema de refugio.

Nombre: Luis Fernando Acosta Brito
Pasaporte: 162 334 908
Mi correo registrado en el sistema es luisfer.acosta@hotmail.com (el que uso ahora es otro)

Gracias
""",
    proc="cambio_clave",
    fields=dict(nombres="Luis Fernando Acosta Brito", documento_identidad="162334908",
                correo="luisfer.acosta@hotmail.com"),
    expect_outcome="subsanar", expect_missing=["telefono"], expect_filing="2026-11-19",
    expect_due="2026-11-23",
),
# ------------------------------------------------------------------ 038
dict(
    file="038-asunto-solo-nombre.eml", mailbox=REF, recv="2026-11-19 16:00:52",
    from_addr=("Luis Márquez", "lamarquez71@gmail.com"),
    subject="Luis Alberto Márquez",
    body="""Buenas tardes, ayer me llamaron de un número de la Cancillería y no pude contestar. Quisiera saber para qué era.
Mi celular es 9 9123 4567.
Gracias.
""",
    proc=None,
    fields=dict(nombres="Luis Alberto Márquez", telefono="+51991234567"),
    expect_outcome="triage",
),
# ------------------------------------------------------------------ 039
dict(
    file="039-re-duplicado-viernes-noche.eml", mailbox=REF, recv="2026-11-20 19:00:27",
    from_addr=("Yamilet", "yamiletcg@gmail.com"),
    subject="RE: duplicado carne extranjeria",
    body="""Buenas noches, respondo con lo que me pidieron. Adjunto foto de la denuncia.

Apellidos y Nombres: CARDOZO GUERRA YAMILET DEL VALLE
Sexo: F
Nacionalidad: VENEZUELA
Doc. Identidad: V-23.908.114
C.E.: 001247789
F. Nacimiento: 1991-11-30
Tel/Cel: 924.118.603

El jue, 19 nov 2026 a las 09:14, Refugiados <refugiados@rree.gob.pe> escribió:
> Estimada usuaria, para el duplicado del carné de extranjería debe enviar la
> denuncia policial y sus datos completos.
""",
    att=[("jpg_photo", "denuncia.jpg", "DENUNCIA POLICIAL")],
    proc="duplicado_carne_extranjeria",
    fields=dict(nombres="CARDOZO GUERRA YAMILET DEL VALLE", sexo="F", nacionalidad="VE",
                documento_identidad="V23908114", carne_extranjeria="001247789",
                fecha_nacimiento="1991-11-30", telefono="+51924118603"),
    expect_outcome="acuse", expect_filing="2026-11-23",
),
# ------------------------------------------------------------------ 040
dict(
    file="040-apelacion-de-mi-esposo.eml", mailbox=MESA, recv="2026-11-23 09:50:14",
    from_addr=("Marisol Urdaneta", "marisol.urdaneta@gmail.com"),
    subject="Apelacion de mi esposo",
    body="""Buenos días, escribo desde mi correo porque mi esposo no tiene internet en el celular. Él es Héctor José Villalobos Prieto, con pasaporte número 098 765 432, y les envía su recurso de apelación escaneado, firmado por él a mano.

La resolución de la Comisión que confirmó la denegatoria se la notificaron a él el 20 de octubre de 2026, lo que pasa es que el correo le llegó a spam y lo vimos recién esta semana.

El motivo de la apelación es que la Comisión no consideró que él fue perseguido por ser dirigente sindical en Ciudad Guayana y que tiene una orden de captura en su contra.

El número de Héctor es 941 220 875 y el mío 941 220 876.
Yo me llamo Marisol Urdaneta, C.I. V-15.998.002.

Gracias
""",
    att=[("scanpdf", "apelacion_hector_escaneada.pdf", [
        "Señores Comisión Especial para los Refugiados",
        "Yo Héctor José Villalobos Prieto",
        "pasaporte 098765432, apelo la resolución",
        "que confirmó la denegatoria de mi refugio.",
        "Fui perseguido por ser dirigente sindical.",
        "Atentamente",
    ])],
    proc="apelacion", notif="2026-10-20",
    fields=dict(nombres="Héctor José Villalobos Prieto", documento_identidad="098765432",
                telefono="+51941220875", correo="marisol.urdaneta@gmail.com",
                motivo="la Comisión no consideró que él fue perseguido por ser dirigente sindical en Ciudad Guayana y que tiene una orden de captura en su contra"),
    expect_outcome="cargo", expect_flags=["verificar_firma", "extemporaneo"],
    expect_signature="manuscrita",
),
# ------------------------------------------------------------------ 041
dict(
    file="041-permiso-de-trabajo-cel.eml", mailbox=SOL, recv="2026-11-24 19:30:33",
    from_addr=("kevin", "kevin.r.2008@hotmail.com"),
    subject="permiso de trabajo",
    body="""ola como saco la autorizacion de trabajo virtual? no encuentro donde
kevin rodriguez
907 332 118

Enviado desde Outlook para Android
""",
    proc="autorizacion_trabajo",
    fields=dict(nombres="kevin rodriguez", telefono="+51907332118"),
    expect_outcome="portal",
),
# ------------------------------------------------------------------ 042
dict(
    file="042-reconsideracion-dia-no-laborable.eml", mailbox=MESA, recv="2026-12-07 10:00:48",
    from_addr=("Patricia Vera", "patricia.vera.ec@gmail.com"),
    subject="Recurso de Reconsideración",
    html_only=True,
    html="""<html><body>
<p>Señores Comisión Especial para los Refugiados:</p>
<p>Adjunto mi recurso de reconsideración con mi firma. Mis datos:</p>
<table border="1" cellpadding="4">
<tr><td>Nombres y apellidos</td><td>Patricia Alexandra Vera Mora</td></tr>
<tr><td>Cédula de identidad</td><td>0923456781</td></tr>
<tr><td>Nacionalidad</td><td>Ecuatoriana</td></tr>
<tr><td>Teléfono</td><td>0051 976 554 321</td></tr>
<tr><td>Correo</td><td>patricia.vera.ec@gmail.com</td></tr>
<tr><td>Motivo</td><td>Presento nueva prueba: la denuncia penal y el informe médico que acreditan la violencia de género que sufrí en Guayaquil, que no pude obtener antes de la entrevista.</td></tr>
</table>
<p>Atentamente,<br>Patricia Vera</p>
</body></html>
""",
    att=[("textpdf_img", "reconsideracion_patricia_vera.pdf", [
        "Señores Comisión Especial para los Refugiados:",
        "",
        "Yo, Patricia Alexandra Vera Mora, cédula 0923456781, presento recurso de "
        "reconsideración con nueva prueba (denuncia penal e informe médico).",
        "",
        "Firma:",
    ], "RECURSO DE RECONSIDERACIÓN")],
    proc="reconsideracion",
    fields=dict(nombres="Patricia Alexandra Vera Mora", documento_identidad="0923456781",
                nacionalidad="EC", telefono="+51976554321", correo="patricia.vera.ec@gmail.com",
                motivo="Presento nueva prueba: la denuncia penal y el informe médico que acreditan la violencia de género que sufrí en Guayaquil"),
    expect_outcome="cargo", expect_flags=["verificar_firma"], expect_signature="manuscrita",
    expect_filing="2026-12-10", expect_due="2027-01-05",
),
# ------------------------------------------------------------------ 043
dict(
    file="043-renovacion-residencia-de-mi-abuela.eml", mailbox=REF, recv="2026-12-08 11:00:08",
    from_addr=("Sebas", "sebastian.mora.2009@gmail.com"),
    subject="renovacion de residencia de mi abuela",
    body="""hola buenos dias, escribo por mi abuela porque ella no sabe usar el correo. ella es refugiada y tiene que hacer la renovación de su residencia de este año.
sus datos:
nombre: Carmen Julia Mora de Pacheco
sexo femenino
nacionalidad venezolana
carnet de extranjeria 000123456
telefono de ella: (01) 534-7788
su cedula no la encuentro, despues les mando el numero y su fecha de nacimiento
si necesitan algo mas me escriben aqui
Sebastián
""",
    proc="prorroga_residencia",
    fields=dict(nombres="Carmen Julia Mora de Pacheco", sexo="F", nacionalidad="VE",
                carne_extranjeria="000123456", telefono="+5115347788",
                correo="sebastian.mora.2009@gmail.com"),
    expect_outcome="subsanar", expect_missing=["documento_identidad", "fecha_nacimiento"],
    expect_filing="2026-12-10", expect_due="2026-12-14",
),
# ------------------------------------------------------------------ 044
dict(
    file="044-actualizacion-ficha-migraciones.eml", mailbox=MESA, recv="2026-12-11 12:15:29",
    from_addr=("Eduardo Lanz", "edlanz.arq@gmail.com"),
    subject="ACTUALIZACIÓN DE DATOS DE CONTACTO",
    body="""Señores, buen día. Soy refugiado reconocido y necesito actualizar mi número y mi correo. Pego mis datos como están en la ficha de Migraciones:

Apellidos y Nombres\tLANZ BRACHO EDUARDO ENRIQUE
Nac.\tVENEZOLANA
Tipo Doc.\tPASAPORTE
Nro\t110 087 954
Nro CE\t000688013
Fecha Nac.\t11/04/79
Nuevo Tel/Cel\t9 2003 4411
Nuevo correo\tedlanz.arq@gmail.com

Saludos cordiales
""",
    proc="actualizacion_datos", refugiado=True,
    fields=dict(nombres="LANZ BRACHO EDUARDO ENRIQUE", nacionalidad="VE",
                documento_identidad="110087954", carne_extranjeria="000688013",
                fecha_nacimiento="1979-04-11", telefono="+51920034411",
                correo="edlanz.arq@gmail.com"),
    expect_outcome="acuse", expect_flags=["derivado"],
),
# ------------------------------------------------------------------ 045
dict(
    file="045-permiso-de-viaje-foto.eml", mailbox=REF, recv="2026-12-14 08:40:16",
    from_addr=("Yohana Pérez", "yohanaperezr@gmail.com"),
    subject="PERMISO DE VIAJE",
    body="""Buenos días

Solicito autorización de viaje por urgencia, mi mamá está grave en Cúcuta y tengo que viajar a acompañarla.

Nombre: Yohana Carolina Pérez Ramírez
CE: 001388264
Destino: Cúcuta, Colombia
Fecha de salida: 23/12/26
Fecha de retorno: 10/01/27
Tlf: +51 960 884 213

Adjunto la solicitud firmada (foto).
Gracias
""",
    att=[("png_letter", "solicitud_firmada.png", [
        "Lima, 13 de diciembre de 2026",
        "Yo Yohana Carolina Pérez Ramírez CE 001388264",
        "solicito autorización de viaje a Cúcuta",
        "del 23/12/26 al 10/01/27 por la salud de mi mamá.",
        "Atentamente",
    ])],
    proc="autorizacion_viaje",
    fields=dict(nombres="Yohana Carolina Pérez Ramírez", carne_extranjeria="001388264",
                destino="Cúcuta, Colombia", fecha_salida="2026-12-23", fecha_retorno="2027-01-10",
                telefono="+51960884213",
                motivo="mi mamá está grave en Cúcuta y tengo que viajar a acompañarla"),
    expect_outcome="acuse", expect_flags=["verificar_firma"], expect_filing="2026-12-14",
    expect_due="2026-12-21",
),
# ------------------------------------------------------------------ 046
dict(
    file="046-renuncia-carta-pdf-sin-firma.eml", mailbox=MESA, recv="2026-12-17 10:00:00",
    from_addr=("Rubén Darío Toro", "rubentoro.82@gmail.com"),
    subject="Renuncia al tramite de refugio",
    body="""Buenos días. Adjunto mi carta de renuncia al trámite de solicitud de refugio.
Gracias.
""",
    att=[("textpdf", "carta_renuncia.pdf", [
        "Lima, 16 de diciembre de 2026",
        "",
        "Señores",
        "Comisión Especial para los Refugiados",
        "",
        "Yo, Rubén Darío Toro Agudelo, solicitante de refugio, identificado con C.C. "
        "98.765.432, me dirijo a ustedes para presentar mi renuncia a mi solicitud de refugio, "
        "debido a que obtuve una visa de trabajo y ya no necesito la protección.",
        "",
        "Mi teléfono es 956 302 447.",
        "",
        "Atentamente,",
        "Rubén Darío Toro Agudelo",
    ])],
    proc="renuncia",
    fields=dict(nombres="Rubén Darío Toro Agudelo", documento_identidad="98765432",
                telefono="+51956302447",
                motivo="obtuve una visa de trabajo y ya no necesito la protección"),
    expect_outcome="subsanar", expect_missing=["firma", "nacionalidad"], expect_signature="absent",
),
# ------------------------------------------------------------------ 047
dict(
    file="047-aide-sil-vous-plait.eml", mailbox=REF, recv="2026-12-21 09:30:41",
    from_addr=("Patrick Mukendi", "p.mukendi@gmail.com"),
    subject="Aide s'il vous plaît",
    body="""Bonjour,
je suis congolais (RDC) et je viens d'arriver à Lima. Je voudrais présenter una solicitud de refugio. Comment faire? Je ne parle pas bien espagnol.
Mon numéro: +51 931 006 778
Patrick Mukendi Kabasele
""",
    proc="solicitud_refugio",
    fields=dict(nombres="Patrick Mukendi Kabasele", nacionalidad="CD", telefono="+51931006778"),
    expect_outcome="portal", expect_flags=[],
),
# ------------------------------------------------------------------ 048
dict(
    file="048-cambio-clave-nochebuena.eml", mailbox=SOL, recv="2026-12-24 17:30:02",
    from_addr=("Nathaly Suárez", "nathalysuarez.0594@gmail.com"),
    subject="Re: Cambio de clave",
    body="""Buenas tardes y feliz navidad. Solicito cambio de clave y contraseña.
Nathaly Suárez Bello / Pasaporte 154.773.029 / Tlf. 933-014-552 / nathalysuarez.0594@gmail.com / nacionalidad venezolana / nacida el 12/05/1994
""",
    proc="cambio_clave",
    fields=dict(nombres="Nathaly Suárez Bello", documento_identidad="154773029",
                telefono="+51933014552", correo="nathalysuarez.0594@gmail.com",
                nacionalidad="VE", fecha_nacimiento="1994-05-12"),
    expect_outcome="acuse", expect_filing="2026-12-28", expect_due="2027-01-20",
),
# ------------------------------------------------------------------ 049
dict(
    file="049-apelacion-31-diciembre.eml", mailbox=MESA, recv="2026-12-31 11:20:37",
    from_addr=("Roselène Augustin", "roseleneaugustin@gmail.com"),
    subject="Recurso de Apelacion",
    body="""Señores:

Por medio del presente interpongo recurso de apelación contra la resolución que confirma la denegatoria de mi solicitud de refugio, notificada el 14 de diciembre de 2026. Adjunto el escrito firmado digitalmente.

Nombres y Apellidos: Roselène Augustin
Pasaporte: RD2904771
Teléfono: +509 3712 4455 (WhatsApp)
Correo: roseleneaugustin@gmail.com
Motivo: la Comisión no tomó en cuenta que las pandillas que controlan mi barrio en Croix-des-Bouquets asesinaron a mi hermano y me buscan a mí.

Atentamente,
Roselène Augustin
""",
    att=[("signed", "apelacion_augustin.pdf", [
        "Roselène Augustin, pasaporte RD2904771, interpone recurso de apelación.",
        "Motivo: la Comisión no tomó en cuenta la amenaza de las pandillas de Croix-des-Bouquets.",
        "",
        "Roselène Augustin",
    ], "RECURSO DE APELACIÓN")],
    proc="apelacion", notif="2026-12-14",
    fields=dict(nombres="Roselène Augustin", documento_identidad="RD2904771",
                telefono="+50937124455", correo="roseleneaugustin@gmail.com",
                motivo="la Comisión no tomó en cuenta que las pandillas que controlan mi barrio en Croix-des-Bouquets asesinaron a mi hermano y me buscan a mí."),
    expect_outcome="cargo", expect_flags=[], expect_filing="2027-01-04",
),
# ------------------------------------------------------------------ 050
dict(
    file="050-duplicado-carnet-solicitante-sabado.eml", mailbox=SOL, recv="2027-01-02 14:00:26",
    from_addr=("Darwin", "darwinmolina.1999@gmail.com"),
    subject="Duplicado de carnet",
    body="""Buenas tardes, solicito el duplicado de mi carné de solicitante de refugio, adjunto la denuncia policial.
Soy Darwin Alexis Molina Paz, pasaporte 139 876 002, cel 951 777 034.
""",
    att=[("textpdf", "denuncia_policial.pdf", [
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA LA VICTORIA",
        "DENUNCIA POLICIAL N° 20611874",
        "Denunciante: Darwin Alexis Molina Paz. Documento: carné de solicitante de refugio.",
    ])],
    proc="carne_solicitante",
    fields=dict(nombres="Darwin Alexis Molina Paz", documento_identidad="139876002",
                telefono="+51951777034"),
    expect_outcome="suspendido", expect_filing="2027-01-04",
),
# ------------------------------------------------------------------ 051
dict(
    file="051-recurso.eml", mailbox=MESA, recv="2027-01-05 10:00:57",
    from_addr=("Milagros", "milagros.arrieta@gmail.com"),
    subject="Recurso",
    body="""Buenos días, me llegó una resolución que me niega el refugio y quiero presentar un recurso. ¿Qué recurso me corresponde y qué debo enviar?
Milagros Arrieta Soto, pasaporte 120 554 781, teléfono 987 445 100.
""",
    proc=None,
    fields=dict(nombres="Milagros Arrieta Soto", documento_identidad="120554781",
                telefono="+51987445100"),
    expect_outcome="triage",
),
# ------------------------------------------------------------------ 052
dict(
    file="052-duplicate-foreigner-card.eml", mailbox=MESA, recv="2027-01-07 15:30:30",
    from_addr=("Ahmed Khalil", "ahmed.khalil.pe@gmail.com"),
    subject="Duplicate of foreigner card (duplicado de carné de extranjería)",
    body="""Hello,

I need a duplicate of my carné de extranjería. The police report is attached.

Name: Ahmed Khalil Haddad
Gender: Male
Nationality: Syrian
Passport: N012345678
Date of birth: 21/06/1987
Phone: 944 501 228

I don't remember my carné number, sorry. I am a recognized refugee since 2021.

Thank you
""",
    att=[("textpdf", "reporte_policia.pdf", [
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA MIRAFLORES",
        "DENUNCIA POLICIAL N° 20733015",
        "Denunciante: Ahmed Khalil Haddad. Documento: carné de extranjería.",
    ])],
    proc="duplicado_carne_extranjeria", refugiado=True,
    fields=dict(nombres="Ahmed Khalil Haddad", sexo="M", nacionalidad="SY",
                documento_identidad="N012345678", fecha_nacimiento="1987-06-21",
                telefono="+51944501228"),
    expect_outcome="subsanar", expect_missing=["carne_extranjeria"], expect_flags=["derivado"],
),
# ------------------------------------------------------------------ 053
dict(
    file="053-prorroga-senor-mayor.eml", mailbox=REF, recv="2027-01-13 02:15:09Z",
    from_addr=("Álvaro Rengifo", "alvarorengifo1950@gmail.com"),
    subject="SOLICITUD DE PRÓRROGA DE RESIDENCIA ANUAL",
    body="""Respetados señores:

Reciban un cordial saludo. Por medio de la presente yo, ÁLVARO DE JESÚS RENGIFO CASTAÑO, sexo masculino, nacido el 9 de agosto de 1950, de nacionalidad colombiana, identificado con cédula de ciudadanía No. 16.245.880 y carné de extranjería No. 000208117, en mi condición de refugiado reconocido, me permito solicitar muy respetuosamente la prórroga de residencia correspondiente al presente año.

Para cualquier comunicación pueden llamarme al teléfono fijo (01) 271-8844.

Agradeciendo de antemano su amable atención, me suscribo de ustedes.

Atentamente,
Álvaro de Jesús Rengifo Castaño
""",
    proc="prorroga_residencia",
    fields=dict(nombres="ÁLVARO DE JESÚS RENGIFO CASTAÑO", sexo="M", nacionalidad="CO",
                documento_identidad="16245880", carne_extranjeria="000208117",
                fecha_nacimiento="1950-08-09", telefono="+5112718844"),
    expect_outcome="acuse", expect_filing="2027-01-13",
),
# ------------------------------------------------------------------ 054
dict(
    file="054-reconsideracion-por-abogada.eml", mailbox=MESA, recv="2027-01-18 12:00:14",
    from_addr=("Estudio Jurídico Paredes & Asociados", "mparedes@paredesabogados.pe"),
    subject="Recurso de reconsideración – Sr. Yonathan Bermúdez",
    body="""Señores de la Comisión Especial para los Refugiados:

Me dirijo a ustedes en mi calidad de abogada del señor Yonathan Enrique Bermúdez Ojeda, identificado con pasaporte N° 145 220 918, a fin de presentar el recurso de reconsideración que se adjunta, debidamente firmado digitalmente por mi patrocinado, contra la resolución denegatoria que le fue notificada con fecha 10/12/2026.

El recurso se sustenta en nueva prueba: la constancia emitida por una organización de derechos humanos que acredita las amenazas de muerte recibidas por mi patrocinado en Barquisimeto después de su declaración como testigo.

Datos de contacto del recurrente: teléfono 982 110 447, correo yebermudez@gmail.com.

Atentamente,
Dra. Mónica Paredes Luján
Abogada - CAL 45821
DNI 40112233
""",
    att=[("signed", "reconsideracion_bermudez_firmado.pdf", [
        "Yonathan Enrique Bermúdez Ojeda, pasaporte N° 145220918, teléfono 982 110 447, "
        "correo yebermudez@gmail.com, interpone recurso de reconsideración.",
        "Nueva prueba: constancia que acredita las amenazas de muerte recibidas.",
        "",
        "Yonathan Enrique Bermúdez Ojeda",
    ], "RECURSO DE RECONSIDERACIÓN")],
    proc="reconsideracion", notif="2026-12-10",
    fields=dict(nombres="Yonathan Enrique Bermúdez Ojeda", documento_identidad="145220918",
                telefono="+51982110447", correo="yebermudez@gmail.com",
                motivo="nueva prueba: la constancia emitida por una organización de derechos humanos que acredita las amenazas de muerte recibidas"),
    expect_outcome="cargo", expect_flags=["extemporaneo"],
),
# ------------------------------------------------------------------ 055
dict(
    file="055-kesyon-entrevista.eml", mailbox=REF, recv="2027-01-20 10:00:03",
    from_addr=("Mackenson Jeune", "mackensonjeune@gmail.com"),
    subject="kesyon",
    body="""Bonjou, mwen poko resevwa dat pou entrevista de registro mwen. Kilè li ap ye?
Mackenson Jeune
tel +51 9 0088 7766
Mèsi
""",
    proc="entrevista_registro",
    fields=dict(nombres="Mackenson Jeune", telefono="+51900887766"),
    expect_outcome="portal", expect_flags=[],
),
# ------------------------------------------------------------------ 056
dict(
    file="056-fuera-de-la-oficina.eml", mailbox=REF, recv="2027-01-21 16:40:44",
    from_addr=("Lorena Castillo", "lorena.castillo@constructoraandina.pe"),
    subject="Fuera de la oficina: RE: Prórroga de residencia",
    headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
    body="""Me encuentro de vacaciones hasta el 1 de febrero. Para temas urgentes comunicarse con recepcion@constructoraandina.pe.
""",
    proc="prorroga_residencia", machine=True, fields={},
    expect_outcome="ignorado",
),
# ------------------------------------------------------------------ 057
dict(
    file="057-autorizacao-de-viagem.eml", mailbox=REF, recv="2027-01-25 10:10:10",
    from_addr=("Guerline Saintil", "guerline.saintil@gmail.com"), sender_tz=-3,
    subject="Autorización de viaje - Guerline Saintil",
    body="""Bom dia.
Sou refugiada reconhecida no Peru e preciso viajar com urgência: meu filho de 6 anos, que mora com o pai em São Paulo, vai ser operado e precisa de mim.

Nome: Guerline Saintil
Carné de extranjería: 001034567
Destino: São Paulo, Brasil
Saída: 2027-02-10
Retorno: 28/02/27
Telefone: 975 301 662

O pedido assinado digitalmente vai em anexo.
Obrigada
""",
    att=[("signed", "autorizacion_viaje_saintil.pdf", [
        "Guerline Saintil, carné de extranjería 001034567, solicito autorización de viaje "
        "a São Paulo, Brasil, del 10/02/2027 al 28/02/2027.",
        "Motivo: operación quirúrgica de mi hijo menor de edad.",
        "Teléfono: 975 301 662",
        "",
        "Guerline Saintil",
    ], "SOLICITUD DE AUTORIZACIÓN DE VIAJE")],
    proc="autorizacion_viaje", refugiado=True,
    fields=dict(nombres="Guerline Saintil", carne_extranjeria="001034567",
                destino="São Paulo, Brasil", fecha_salida="2027-02-10", fecha_retorno="2027-02-28",
                telefono="+51975301662",
                motivo="meu filho de 6 anos, que mora com o pai em São Paulo, vai ser operado e precisa de mim"),
    expect_outcome="acuse", expect_flags=[], expect_filing="2027-01-25", expect_due="2027-02-01",
),
# ------------------------------------------------------------------ 058
dict(
    file="058-asunto-nombre-actualizacion.eml", mailbox=SOL, recv="2027-01-29 17:45:12",
    from_addr=("jose gregorio", "josegregoriohl@hotmail.com"),
    subject="José Gregorio Hernández Lira",
    body="""buenas tardes, quiero actualizar mis datos de contacto (actualización de datos). ahora vivo en Trujillo, Urb. La Merced Mz B Lt 4.
cedula: 14.223.980
cel: 947-220-135
Soy solicitante.
""",
    proc="actualizacion_datos",
    fields=dict(nombres="José Gregorio Hernández Lira", documento_identidad="14223980",
                telefono="+51947220135"),
    expect_outcome="subsanar", expect_missing=["nacionalidad"], expect_filing="2027-02-01",
    expect_due="2027-02-03",
),
]

# normalise keys: 'from_addr' -> 'from'
for _m in MESSAGES:
    _m.pop("from_", None)
    _m["from"] = _m.pop("from_addr")

BOUNCE = """From: postmaster@outlook.com
To: solicitantesrefugio@rree.gob.pe
Date: Sat, 24 Oct 2026 08:12:40 +0000
Subject: Undeliverable: RE: =?utf-8?q?Actualizaci=C3=B3n?= de datos
Message-ID: <bounce.0fa1e9c2@DM6PR10MB4123.namprd10.prod.outlook.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b0unce17"

--b0unce17
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Delivery has failed to these recipients or groups:

yorbis.martinez1990@hotmail.com
The email address you entered couldn't be found. Please check the recipient's email
address and try to resend the message.

--b0unce17
Content-Type: message/delivery-status

Reporting-MTA: dns; DM6PR10MB4123.namprd10.prod.outlook.com

Final-Recipient: rfc822; yorbis.martinez1990@hotmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--b0unce17
Content-Type: text/rfc822-headers

From: Solicitantes de Refugio <solicitantesrefugio@rree.gob.pe>
To: yorbis.martinez1990@hotmail.com
Subject: RE: =?utf-8?q?Actualizaci=C3=B3n?= de datos
Date: Fri, 23 Oct 2026 15:40:02 -0500

--b0unce17--
"""
MESSAGES[16]["raw"] = BOUNCE
assert MESSAGES[16]["file"].startswith("017-")
