#!/usr/bin/env python3
"""Build round19: multilingual intake mail (French/Haitian Creole, Portuguese, English from
Africa/Asia/Middle East, Spanglish, machine-translated Spanish, Venezuelan and Colombian
Spanish).  Writes NNN-slug.eml files and labels.jsonl next to this script.

Run with the r19 venv:  /work/rounds/.venv-r19/bin/python build.py
"""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib19 import (HOME, LIMA, M, PLAZO, PORTAL, R, RECURSOS, REQ, S, add_bd, alter_signed, build_email,
                   filing_day, image_only_pdf, jpeg_bytes, photo_of_id, scan_image, sign_pdf, signature_png,
                   signature_state, text_pdf)

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date


# ------------------------------------------------------------------ attachments
def a_signed(filename, lines, cn):
    data = sign_pdf(text_pdf(lines), cn)
    assert signature_state(data) is True
    return {"kind": "signed", "filename": filename, "ctype": "application/pdf", "data": data}


def a_altered(filename, lines, cn, old, new):
    signed = sign_pdf(text_pdf(lines, compress=False), cn)
    data = alter_signed(signed, old, new)
    assert signature_state(data) is False
    return {"kind": "altered", "filename": filename, "ctype": "application/pdf", "data": data}


def a_scan_pdf(filename, seed):
    return {"kind": "scan_pdf", "filename": filename, "ctype": "application/pdf",
            "data": image_only_pdf(scan_image(seed))}


def a_text_pdf(filename, lines):
    return {"kind": "text_pdf", "filename": filename, "ctype": "application/pdf", "data": text_pdf(lines)}


def a_text_pdf_img(filename, lines, seed):
    return {"kind": "text_pdf_img", "filename": filename, "ctype": "application/pdf",
            "data": text_pdf(lines, image_png=signature_png(seed))}


def a_jpg(filename, img, kind="jpg"):
    return {"kind": kind, "filename": filename, "ctype": "image/jpeg", "data": jpeg_bytes(img)}


def sig_status(atts):
    kinds = [a["kind"] for a in atts if a["kind"] != "other"]
    if "signed" in kinds:
        return "valid"
    if "altered" in kinds:
        return "invalid"
    if any(k in ("scan_pdf", "jpg", "text_pdf_img") for k in kinds):
        return "manuscrita"
    return "absent"


MSGS = []


def msg(n, slug, mailbox, recv, frm, subject, body=None, *, html=None, atts=(), headers=(), proc=None,
        fields=None, recognized=False, notif=None, kind=None, denuncia=False, **kw):
    MSGS.append(dict(n=n, slug=slug, mailbox=mailbox, recv=recv, frm=frm, subject=subject, body=body, html=html,
                     atts=list(atts), headers=list(headers), proc=proc, fields=fields or {}, recognized=recognized,
                     notif=notif, kind=kind, denuncia=denuncia, kw=kw))


# =================================================================== messages
msg(1, "actualisation-donnees-haiti", S, "2026-10-05 10:12:33",
    "Marie Lourdes <marielourdes.joseph509@gmail.com>",
    "Actualización de datos / mise à jour",
    """Bonjour / Buenos días,

Je vous écris pour mettre à jour mes données de contact (actualización de datos). J'ai perdu mon ancien téléphone et j'ai déménagé dans un autre district.

Nombre / Nom : JOSEPH Marie Lourdes
Nacionalidad / Nationalité : haïtienne
Pasaporte / Passeport N° : RH 2145887
Nuevo celular / Nouveau portable : 951 447 302
Nueva dirección : Jr. Huallaga 455, dpto. 3, Cercado de Lima

Je suis solicitante de refugio depuis avril 2026.
Merci d'avance pour votre aide.

Marie Lourdes
""", proc="actualizacion_datos",
    fields={"nombres": "JOSEPH Marie Lourdes", "nacionalidad": "HT", "documento_identidad": "RH2145887",
            "telefono": "+51951447302", "correo": "marielourdes.joseph509@gmail.com"},
    sender_tz=-5)

msg(2, "troca-de-senha-brasil", S, "2026-10-06 21:40:10",
    "Thiago <thiago.nunes.bh@hotmail.com>",
    "Cambio de contraseña - Thiago",
    """Boa noite, prezados senhores.

Não consigo mais entrar no Sistema de Refugiados: a senha que recebi não funciona e o link de recuperação nunca chega no meu e-mail. Por favor, preciso do cambio de clave y contraseña.

Nome completo: Thiago Henrique NUNES DE OLIVEIRA
Passaporte: FZ708331
Telefone (WhatsApp): +55 31 99812-4470
E-mail: thiago.nunes.bh@hotmail.com

Sou brasileiro e moro em Lima (Breña). Desculpem escrever em português, ainda estou aprendendo espanhol.

Obrigado,
Thiago
""", proc="cambio_clave",
    fields={"nombres": "Thiago Henrique NUNES DE OLIVEIRA", "documento_identidad": "FZ708331",
            "telefono": "+5531998124470", "correo": "thiago.nunes.bh@hotmail.com", "nacionalidad": "BR"},
    sender_tz=-3)

APEL_PARRA_MOTIVO = ("La Comisión no valoró las amenazas que recibí del colectivo armado de mi sector en Petare por "
                     "haber denunciado a sus integrantes, ni las constancias de la Fiscalía que presenté. Regresar a "
                     "Venezuela pone en riesgo mi vida y la de mi hijo.")
msg(3, "apelacion-venezolana-pdf-firmado", M, "2026-10-14 11:05:47",
    "Yorleidys Parra <yorleidys.parra94@gmail.com>",
    "Recurso de Apelación - PARRA MÁRQUEZ",
    """Señores Mesa de Partes:

Buenos días. Por medio del presente adjunto mi Recurso de Apelación, firmado digitalmente.

Quedo atenta a la confirmación de recepción.

Atte.
""", atts=[a_signed("Recurso_Apelacion_PARRA.pdf", [
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "RECURSO DE APELACIÓN", "",
        "Yo, Yorleidys Carolina PARRA MÁRQUEZ, de nacionalidad venezolana, identificada con cédula de identidad "
        "V-24.871.336, con domicilio en Av. Túpac Amaru 2210, Comas, ante ustedes me presento y digo:", "",
        "Que habiendo sido notificada el 30 de septiembre de 2026 con la Resolución N° 0412-2026-CEPR, que declara "
        "infundado mi recurso de reconsideración, interpongo RECURSO DE APELACIÓN por los siguientes fundamentos:", "",
        APEL_PARRA_MOTIVO, "",
        "Teléfono: +51 912 408 775",
        "Correo electrónico: yorleidys.parra94@gmail.com", "",
        "Lima, 13 de octubre de 2026", "",
        "Yorleidys Carolina PARRA MÁRQUEZ (firmado digitalmente)"], "Yorleidys Carolina Parra Marquez")],
    proc="apelacion", notif=D(2026, 9, 30),
    fields={"nombres": "Yorleidys Carolina PARRA MÁRQUEZ", "nacionalidad": "VE", "documento_identidad": "V24871336",
            "telefono": "+51912408775", "correo": "yorleidys.parra94@gmail.com", "motivo": APEL_PARRA_MOTIVO},
    sender_tz=-5)

ARIZA_MOTIVO = ("Presento como prueba nueva la carta de amenaza de las disidencias de las FARC dirigida a mi familia "
                "en El Tarra (Norte de Santander), que llegó después de mi entrevista y no pudo ser evaluada.")
msg(4, "reconsideracion-colombiano-extemporanea", M, "2026-11-20 15:02:11",
    "Jhon Fredy Ariza <jfariza.pinzon@gmail.com>",
    "RECURSO DE RECONSIDERACION",
    """Buenas tardes,

Me dirijo a ustedes para presentar RECURSO DE RECONSIDERACIÓN contra la Resolución que me negó la condición de refugiado, la cual me fue notificada con fecha 15/10/2026. Pido disculpas por la demora, estuve hospitalizado en el Hospital Dos de Mayo casi tres semanas y no pude hacerlo antes.

Adjunto el recurso firmado digitalmente.

Datos:
Nombre: Jhon Fredy ARIZA PINZÓN
C.C. 1.098.765.432 de Bucaramanga
WhatsApp +57 315 442 8190
Correo jfariza.pinzon@gmail.com
""", atts=[a_signed("reconsideracion_ariza_firmado.pdf", [
        "Señores",
        "Comisión Especial para los Refugiados - Ministerio de Relaciones Exteriores", "",
        "Asunto: Recurso de Reconsideración", "",
        "Jhon Fredy ARIZA PINZÓN, colombiano, identificado con C.C. 1.098.765.432, ante ustedes digo:", "",
        "Interpongo recurso de reconsideración contra la resolución que deniega mi solicitud. "
        + ARIZA_MOTIVO, "",
        "Para notificaciones: WhatsApp +57 315 442 8190, correo jfariza.pinzon@gmail.com", "",
        "Lima, 19 de noviembre de 2026"], "Jhon Fredy Ariza Pinzon")],
    proc="reconsideracion", notif=D(2026, 10, 15),
    fields={"nombres": "Jhon Fredy ARIZA PINZÓN", "documento_identidad": "1098765432", "telefono": "+573154428190",
            "correo": "jfariza.pinzon@gmail.com", "motivo": ARIZA_MOTIVO, "nacionalidad": "CO"},
    sender_tz=-5)

OKON_MOTIVO = ("My mother, who lives in Accra, had a stroke last week and is in intensive care at Korle Bu Teaching "
               "Hospital. I am her only child and the doctors have asked the family to come.")
msg(5, "travel-authorization-nigeria", R, "2026-12-11 09:20:05",
    "Chinedu E. <chinedu.okonkwo@yahoo.com>",
    "Request for Travel Authorization (Autorizacion de Viaje) - OKONKWO",
    f"""Dear Sir/Madam,

Good morning. I am writing to request an urgent Travel Authorization (Autorización de Viaje). I am a recognized refugee in Peru and a Nigerian national.

{OKON_MOTIVO}

Full name: OKONKWO Chinedu Emmanuel
Carné de Extranjería No: 000458712
Destination: Accra, Ghana
Departure date: December 28, 2026
Return date: January 15, 2027
Phone: +51 963 220 418

Please find attached my signed request letter. Thank you for your kind consideration.

Yours faithfully,
Chinedu
""", atts=[a_signed("Travel_request_OKONKWO_signed.pdf", [
        "To: Comisión Especial para los Refugiados", "",
        "REQUEST FOR TRAVEL AUTHORIZATION (URGENT)", "",
        "I, OKONKWO Chinedu Emmanuel, Carné de Extranjería No. 000458712, request authorization to travel to "
        "Accra, Ghana, departing December 28, 2026 and returning January 15, 2027.", "",
        "Reason: " + OKON_MOTIVO, "",
        "Phone: +51 963 220 418", "",
        "Lima, 10 December 2026"], "Chinedu Emmanuel Okonkwo")],
    proc="autorizacion_viaje", recognized=True,
    fields={"nombres": "OKONKWO Chinedu Emmanuel", "nacionalidad": "NG", "carne_extranjeria": "000458712",
            "destino": "Accra, Ghana", "fecha_salida": "2026-12-28", "fecha_retorno": "2027-01-15",
            "telefono": "+51963220418", "correo": "chinedu.okonkwo@yahoo.com", "motivo": OKON_MOTIVO},
    sender_tz=-5)

msg(6, "residence-extension-syria", R, "2026-10-19 16:45:20",
    "Rami <rami.alhassan87@gmail.com>",
    "Prorroga de residencia",
    """Hello,

I kindly request the annual extension of my residence (prórroga de residencia) as a recognized refugee. My details:

Full name: AL-HASSAN Rami Khaled
Sex: Male
Nationality: Syrian
Passport No.: N 01234567
Foreigner card (Carné de Extranjería): 001 337 904
Date of birth: 14-02-1987
Mobile: 940 118 562

Best regards,
Rami
""", proc="prorroga_residencia", recognized=True,
    fields={"nombres": "AL-HASSAN Rami Khaled", "sexo": "M", "nacionalidad": "SY", "documento_identidad": "N01234567",
            "carne_extranjeria": "001337904", "fecha_nacimiento": "1987-02-14", "telefono": "+51940118562",
            "correo": "rami.alhassan87@gmail.com"})

PIERRE_MOTIVO = ("Ma femme et mes trois enfants sont restés à Cap-Haïtien et ma mère est malade. Je veux rentrer "
                 "vivre auprès d'eux, je ne peux plus rester seul ici.")
msg(7, "renuncia-haiti-escaneada", M, "2026-11-02 08:03:12",
    "Wesner <jwpierre.ht@gmail.com>",
    "Renonciation - Renuncia a la condición de refugiado",
    f"""Bonjour Messieurs,

Par la présente je vous envoie ma lettre de renonciation signée (voir pièce jointe scannée).

{PIERRE_MOTIVO}

Nom complet : PIERRE Jean Wesner
Nationalité : haïtien
Passeport : RG3310459
Carné de extranjería : 000912345
Téléphone : +51 977 031 266

Merci.
""", atts=[a_scan_pdf("renonciation_signee.pdf", 7)],
    proc="renuncia", recognized=True,
    fields={"nombres": "PIERRE Jean Wesner", "nacionalidad": "HT", "documento_identidad": "RG3310459",
            "carne_extranjeria": "000912345", "telefono": "+51977031266", "correo": "jwpierre.ht@gmail.com",
            "motivo": PIERRE_MOTIVO})

msg(8, "duplicado-ce-venezolano-denuncia", R, "2026-11-07 10:30:00",
    "WILMER CASTELLANOS <wilmercastellanos79@hotmail.com>",
    "DUPLICADO DE CARNE DE EXTRANJERIA",
    """Buenos días, solicito el duplicado de mi carné de extranjería, me lo robaron el domingo en el paradero de Plaza Norte junto con la billetera. Adjunto la denuncia policial.

Nombres y apellidos: Wilmer José CASTELLANOS RIVERO
Sexo: masculino
Nacionalidad: venezolano
Cédula: V-13.456.789
Carné de extranjería: 000 845 221
Fecha de nacimiento: 07 de agosto de 1979
Celular: 987 120 443

Gracias de antemano.
""", atts=[{**a_text_pdf("denuncia_policial_robo.pdf", [
        "POLICÍA NACIONAL DEL PERÚ", "COMISARÍA PNP INDEPENDENCIA", "",
        "COPIA CERTIFICADA DE DENUNCIA POLICIAL", "",
        "Denunciante: Wilmer José CASTELLANOS RIVERO",
        "Hecho: robo de billetera con documentos personales, entre ellos su carné de extranjería.",
        "Lugar: paradero Plaza Norte, Independencia.", "",
        "Se expide la presente a solicitud del interesado para los fines que estime conveniente."])}],
    proc="duplicado_carne_extranjeria", recognized=True, denuncia=True, charset="iso-8859-1",
    fields={"nombres": "Wilmer José CASTELLANOS RIVERO", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V13456789", "carne_extranjeria": "000845221", "fecha_nacimiento": "1979-08-07",
            "telefono": "+51987120443", "correo": "wilmercastellanos79@hotmail.com"})

msg(9, "help-ayuda-spanglish-portal", S, "2026-10-10 14:00:41",
    "Kev <kevsalazar305@gmail.com>",
    "Help!! / Ayuda",
    """Hi buenas tardes,

My name is Kevin Andrés Salazar, soy venezolano pero I grew up in Miami so my spanish is not so good sorry. Llegué a Lima last month con mi tía and I want to apply for refugio here. Como hago la solicitud de refugio?? Do I need una cita or I can just go to the office?

Thanks / gracias
Kevin
""", proc="solicitud_refugio",
    fields={"nombres": "Kevin Andrés Salazar", "nacionalidad": "VE", "correo": "kevsalazar305@gmail.com"},
    sender_tz=-4)

msg(10, "work-permit-bangladesh-portal", M, "2026-10-22 12:30:18",
    "Arif Hossain <arif.hossain.bd@gmail.com>",
    "Work permit",
    """Respected Sir/Madam,

With due respect I am HOSSAIN Mohammad Arif, Bangladeshi national, passport no. BN0498771. My case is under process with your good office since August 2026.

I need to renew my autorización de trabajo (work authorization) because my employer at the textile shop in Gamarra is asking for it. Kindly tell me the procedure.

Contact: +51 934 551 207

Thanking you,
HOSSAIN Mohammad Arif
""", proc="autorizacion_trabajo",
    fields={"nombres": "HOSSAIN Mohammad Arif", "nacionalidad": "BD", "documento_identidad": "BN0498771",
            "telefono": "+51934551207", "correo": "arif.hossain.bd@gmail.com"})

msg(11, "consulta-entrevista-traduccion-automatica", S, "2026-10-27 19:15:02",
    "farid ahmadi <farid.ahmadi.kbl@gmail.com>",
    "Consulta",
    """Estimado señor/señora,

Mi nombre es AHMADI Farid, de nacionalidad afgana. Escribo a usted con respeto por la razón de preguntar sobre la entrevista de registro. Yo hice el formulario en línea hace tres meses y el sistema dice que esperar el correo, pero hasta ahora el correo de la fecha de la cita no ha llegado a mí. Por favor, ¿puede usted decirme cuándo será mi entrevista de registro? Yo estoy muy preocupado porque mi documento termina pronto.

Gracias para su tiempo y ayuda.
Saludos cordiales,
Farid
""", proc="entrevista_registro",
    fields={"nombres": "AHMADI Farid", "nacionalidad": "AF", "correo": "farid.ahmadi.kbl@gmail.com"})

msg(12, "carne-solicitante-cubano", S, "2026-11-03 10:00:55",
    "Yoandy <yoandy.rc@nauta.cu>",
    "Carné de solicitante",
    """Buenas tardes compañeros,

Soy cubano, solicitante de refugio con expediente del 2025. Ya me hicieron la entrevista y me tomaron las huellas, pero todavía no tengo el carné de solicitante. Quisiera saber cuándo me pueden dar cita para recogerlo.

Nombre: Yoandy RODRÍGUEZ CABRERA
Carnet de identidad: 85031512345
Teléfono: 924 550 871

Saludos
""", proc="carne_solicitante",
    fields={"nombres": "Yoandy RODRÍGUEZ CABRERA", "nacionalidad": "CU", "documento_identidad": "85031512345",
            "telefono": "+51924550871", "correo": "yoandy.rc@nauta.cu"})

msg(13, "duplicado-carne-solicitante-derivado", R, "2026-11-16 11:11:11",
    "leidy mosquera <leidyjmosquera@gmail.com>",
    "duplicado carne de solicitante",
    """buenas, se me perdió el carné de solicitante de refugio cuando me mudé y necesito el duplicado porque en el banco me lo piden. Mi nombre es Leidy Johana MOSQUERA PALACIOS, colombiana, cédula 1.077.443.210. mi numero 955 218 604.
gracias
""", proc="carne_solicitante",
    fields={"nombres": "Leidy Johana MOSQUERA PALACIOS", "nacionalidad": "CO", "documento_identidad": "1077443210",
            "telefono": "+51955218604", "correo": "leidyjmosquera@gmail.com"})

msg(14, "automatic-reply-prorroga", R, "2026-12-14 09:01:37",
    "Adebayo Ogunleye <a.ogunleye@yahoo.com>",
    "Automatic reply: Prórroga de residencia",
    """Thank you for your email. I am currently travelling with limited access to email and will respond on my return.

Gracias por su correo, estoy de viaje.
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    proc="prorroga_residencia", kind="ignorado")

msg(15, "undeliverable-cambio-clave", S, "2026-10-29 03:12:09", None, None, kind="ignorado",
    proc="cambio_clave", raw="bounce")

msg(16, "boletin-red-migrante-lista", S, "2026-11-27 07:00:00",
    "Boletín Red Migrante <boletin@redmigrante-pe.org>",
    "Boletín N° 47 - Novedades para personas refugiadas y migrantes",
    """BOLETÍN N° 47 - RED MIGRANTE PERÚ

1. ¿Tu prórroga de residencia vence pronto? Te explicamos qué datos enviar.
2. Cambio de clave del Sistema de Refugiados: paso a paso.
3. Autorización de viaje: recuerda que debe estar firmada.
4. Ferias de empleo en Lima Norte este diciembre.

Para dejar de recibir este boletín, responde con la palabra BAJA.
""", headers=[("List-Id", "Boletin Red Migrante <boletin.redmigrante-pe.org>"), ("Precedence", "bulk"),
              ("List-Unsubscribe", "<mailto:baja@redmigrante-pe.org>")],
    proc=None, kind="ignorado")

msg(17, "consolidado-institucional", M, "2026-12-01 12:45:00",
    "Secretaría Ejecutiva CEPR - Refugiados <refugiados@rree.gob.pe>",
    "Consolidado semanal de expedientes derivados - semana 48",
    """Estimados colegas de Mesa de Partes:

Se remite el consolidado semanal de expedientes derivados a esta unidad durante la semana 48, para su registro.

Saludos cordiales,
Unidad de Refugiados
""", proc=None, kind="ignorado")

msg(18, "demann-refij-kreyol-portal", M, "2026-10-08 11:20:00",
    "Wideline Dorvil <widelinedorvil98@gmail.com>",
    "Bonjou",
    """Bonjou,

Mwen rele Wideline DORVIL, mwen se ayisyèn (soy haitiana), mwen rive Lima depi 2 semèn. Mwen vle fè yon demann azil. Quiero hacer la solicitud de refugio pero no sé cómo hacerlo, mwen pa konn pale panyòl byen. Èske gen yon moun ki ka ede m?

Telefòn: +51 929 610 334

Mèsi anpil,
Wideline
""", proc="solicitud_refugio",
    fields={"nombres": "Wideline DORVIL", "nacionalidad": "HT", "telefono": "+51929610334",
            "correo": "widelinedorvil98@gmail.com"})

msg(19, "permiso-trabajo-vencido-portal", S, "2026-11-11 17:55:00",
    "Mary G <maryelis.gonzalez27@gmail.com>",
    "permiso de trabajo vencido!!",
    """Hola buenas noches disculpen la molestia, mi autorizacion de trabajo vencio la semana pasada y en la empresa me dicen que sin eso no me pueden renovar el contrato. Como hago para renovarla?
Atte Maryelis Gonzalez (venezolana)
V-27.118.904
""", proc="autorizacion_trabajo",
    fields={"nombres": "Maryelis Gonzalez", "nacionalidad": "VE", "documento_identidad": "V27118904",
            "correo": "maryelis.gonzalez27@gmail.com"})

msg(20, "registration-interview-sudan-portal", M, "2026-12-03 10:10:10",
    "Ibrahim Adam <ibrahim.m.adam@outlook.com>",
    "Registration interview / entrevista",
    """Dear CEPR team,

I filled the online form on 2 September 2026 and I received my user and password. The system says I must wait for the date of the Entrevista de Registro, but after three months I have no email yet. Is it possible to know when my registration interview will be scheduled?

Name: ADAM Ibrahim Musa
Nationality: Sudanese
Phone/WhatsApp: +51 915 664 027

Kind regards
""", proc="entrevista_registro",
    fields={"nombres": "ADAM Ibrahim Musa", "nacionalidad": "SD", "telefono": "+51915664027",
            "correo": "ibrahim.m.adam@outlook.com"})

msg(21, "ayuda-estado-expediente-triage", S, "2026-10-09 09:45:00",
    "Rosangela <rosangelamendoza.u@gmail.com>",
    "Ayuda",
    """Buenos dias, necesito ayuda por favor. Hace ocho meses que no sé nada de mi expediente y ya no sé a quién preguntar, llamé varias veces y nadie contesta. Soy venezolana, me llamo Rosangela del Valle MENDOZA URBINA, cedula 20.556.781. Mi telefono es 976 443 109. Que debo hacer? Estoy desesperada porque tengo miedo de que me multen en Migraciones.
""", proc=None, charset="iso-8859-1",
    fields={"nombres": "Rosangela del Valle MENDOZA URBINA", "nacionalidad": "VE", "documento_identidad": "20556781",
            "telefono": "+51976443109", "correo": "rosangelamendoza.u@gmail.com"})

msg(22, "consulta-dos-tramites-triage", R, "2026-11-24 13:13:00",
    "Carlos Velez <carlosavelez.o@gmail.com>",
    "Consulta",
    """Buenas tardes, tengo la condición de refugio, nacionalidad colombiana. Tengo dos preguntas: mi prórroga de residencia vence en enero, ¿ya puedo pedirla? Y también necesito una autorización de viaje para febrero. ¿Puedo hacer las dos cosas en el mismo correo?
Carlos Arturo VÉLEZ OSPINA
CE 000 612 889
""", proc=None,
    fields={"nombres": "Carlos Arturo VÉLEZ OSPINA", "nacionalidad": "CO", "carne_extranjeria": "000612889",
            "correo": "carlosavelez.o@gmail.com"})

msg(23, "duplicado-de-carnet-ambiguo-triage", R, "2027-01-08 15:40:00",
    "yusmary lugo <yusmarylugo@gmail.com>",
    "Duplicado de carnet",
    """hola buenas tardes
perdí mi carnet en el micro y necesito sacar un duplicado urgente, q tengo que hacer? ya fui a la comisaria
gracias
Yusmary Coromoto LUGO
""", proc=None,
    fields={"nombres": "Yusmary Coromoto LUGO", "correo": "yusmarylugo@gmail.com"})

msg(24, "actualizacion-refugiado-sin-ce", S, "2026-12-04 17:10:00",
    "L. Rondon <lrondonp@gmail.com>",
    "ACTUALIZACION DE DATOS - RONDON PEÑA Luis Alberto - V-19.654.321",
    """Buenas noches.

Soy refugiado reconocido desde el año 2022, de nacionalidad venezolana. Me mudé a Arequipa por trabajo y cambié de número. Mis datos son los del asunto y mi nuevo celular es el 958-330-712. Mi nueva dirección es Calle Mercaderes 310, Cercado de Arequipa.

Saludos cordiales,
Atte.
""", proc="actualizacion_datos", recognized=True,
    fields={"nombres": "RONDON PEÑA Luis Alberto", "nacionalidad": "VE", "documento_identidad": "V19654321",
            "telefono": "+51958330712", "correo": "lrondonp@gmail.com"})

msg(25, "actualizacion-hija-por-madre-derivado", R, "2026-10-15 10:30:00",
    "Caro Ruiz <carolinaruizb@hotmail.com>",
    "Actualizacion de datos de mi mamá",
    """Buenos días señores de la Comisión,

Les escribo en nombre de mi mamá, la señora Gloria Estela BETANCUR DE RUIZ, porque ella no maneja bien el correo. Ella es solicitante de refugio, colombiana, con cédula de ciudadanía 41.555.666. Le robaron el celular y ahora tiene un número nuevo: 954 781 006. También abrió un correo nuevo: gloriabetancur61@gmail.com.

Yo soy su hija, Carolina RUIZ BETANCUR, C.C. 1.020.333.444, por si necesitan algo más.

Muchas gracias.
""", proc="actualizacion_datos",
    fields={"nombres": "Gloria Estela BETANCUR DE RUIZ", "nacionalidad": "CO", "documento_identidad": "41555666",
            "telefono": "+51954781006", "correo": "gloriabetancur61@gmail.com"})

msg(26, "change-password-pakistan-sin-telefono", S, "2026-11-05 23:50:00",
    "Usman <usman.malik.pk@gmail.com>",
    "Kindly change my password (cambio de clave)",
    """Dear Sir,

I am unable to login in the Refugee System since two weeks, it says "usuario o contraseña incorrecta". Kindly reset my password / cambio de clave y contraseña.

Name: Usman Tariq MALIK
Passport: AB1234561
Email: usman.malik.pk@gmail.com

Regards
""", proc="cambio_clave",
    fields={"nombres": "Usman Tariq MALIK", "documento_identidad": "AB1234561", "correo": "usman.malik.pk@gmail.com"})

msg(27, "cambio-clave-desde-correo-prima-derivado", M, "2026-12-09 12:00:00",
    "Yelitza Silva <yelitza.silva88@gmail.com>",
    "RE: cambio de clave",
    """Buenas tardes

Les escribo desde el correo de mi prima porque no me acuerdo de la contraseña del sistema y tampoco puedo entrar a mi correo viejo. Por favor necesito el cambio de clave.

Dayerlin Andreina ROJAS SILVA
Pasaporte 135792468
Cel 0051 946 228 190
mi correo nuevo: Dayerlin.R@outlook.com

El mar, 1 dic 2026 a las 10:02, <mesadepartes@rree.gob.pe> escribió:
> Buenos días. Para el cambio de clave y contraseña debe escribir a
> solicitantesrefugio@rree.gob.pe indicando nombres, documento, teléfono y correo.
> Atentamente, Mesa de Partes
""", proc="cambio_clave",
    fields={"nombres": "Dayerlin Andreina ROJAS SILVA", "documento_identidad": "135792468",
            "telefono": "+51946228190", "correo": "dayerlin.r@outlook.com"})

LJ_MOTIVO = ("Cuando yo hice la entrevista yo no tenía intérprete en créole y no entendí bien las preguntas, por eso "
             "mis respuestas salieron confusas. Ahora tengo el certificado de la Policía de Haití sobre el ataque a mi "
             "casa en Martissant.")
msg(28, "reconsideracion-haiti-foto-firmada", M, "2026-11-18 16:29:40",
    "Rosemene LJ <rosemene.lj@gmail.com>",
    "recurso de reconsideracion",
    f"""Buenas tardes señor,

Yo soy LOUIS-JEUNE Rosemène, de Haití. Yo recibí la resolución que niega mi refugio, fue notificada el 05/11/2026. Yo no estoy de acuerdo. {LJ_MOTIVO}

Pasaporte: RD4412876
Teléfono: 993 107 552
Correo: rosemene.lj@gmail.com

Yo adjunto mi carta firmada (foto).
Mèsi / Gracias
""", atts=[a_jpg("recours_signe.jpg", scan_image(28))],
    proc="reconsideracion", notif=D(2026, 11, 5),
    fields={"nombres": "LOUIS-JEUNE Rosemène", "nacionalidad": "HT", "documento_identidad": "RD4412876",
            "telefono": "+51993107552", "correo": "rosemene.lj@gmail.com", "motivo": LJ_MOTIVO})

SAL_MOTIVO = ("Presento el informe médico del Hospital Loayza y la constancia de la ONG Encuentros que acreditan las "
              "secuelas de la agresión que sufrí en Maracaibo; estos documentos no fueron considerados al resolver.")
msg(29, "reconsideracion-pdf-texto-sin-firma", M, "2026-12-15 09:00:00",
    "Andreina Salazar <andreina.salazarc@gmail.com>",
    "Reconsideracion - Exp. 2026-0031877",
    """Buen día,

Adjunto recurso de reconsideración. Cualquier cosa me avisan.

Atte.
""", atts=[a_text_pdf("reconsideracion.pdf", [
        "RECURSO DE RECONSIDERACIÓN", "",
        "Yo, Andreína Beatriz SALAZAR COLMENARES, venezolana, con pasaporte N° 112233445, interpongo recurso de "
        "reconsideración contra la resolución que deniega mi solicitud.", "",
        "Fundamento: " + SAL_MOTIVO, "",
        "Teléfono: 961 004 372",
        "Correo: andreina.salazarc@gmail.com", "",
        "Firma: ______________________"])],
    proc="reconsideracion",
    fields={"nombres": "Andreína Beatriz SALAZAR COLMENARES", "nacionalidad": "VE", "documento_identidad": "112233445",
            "telefono": "+51961004372", "correo": "andreina.salazarc@gmail.com", "motivo": SAL_MOTIVO})

NGONO_MOTIVO = ("Soy perseguido por las fuerzas de seguridad en la región anglófona del Noroeste de Camerún por mi "
                "trabajo como profesor en una escuela comunitaria; la Comisión no evaluó los informes de país que "
                "presenté ni la orden de detención emitida en mi contra.")
msg(30, "apelacion-ong-camerun-firmada", M, "2026-12-02 14:30:00",
    "Patricia Gómez - Red Andina <pgomez@redandina-refugio.org>",
    "Recurso de Apelación - NGONO ATANGANA Brice",
    """Estimados señores:

Me dirijo a ustedes en representación de la Red Andina de Acompañamiento a Personas Refugiadas, que brinda orientación legal gratuita al señor NGONO ATANGANA Brice, de nacionalidad camerunesa, pasaporte AA0458123.

Adjuntamos su Recurso de Apelación firmado digitalmente por él, contra la Resolución que confirma la denegatoria de su solicitud, notificada el 19 de noviembre de 2026, y copia de su pasaporte.

Para toda comunicación con el señor Ngono: teléfono 981 330 457, correo brice.ngono@yahoo.fr.

Atentamente,
Patricia GÓMEZ LAZO
Abogada - DNI 45678912
Red Andina de Acompañamiento a Personas Refugiadas
""", atts=[a_signed("apelacion_ngono_firmada.pdf", [
        "RECURSO DE APELACIÓN", "",
        "Señores de la Comisión Especial para los Refugiados:", "",
        "NGONO ATANGANA Brice, de nacionalidad camerunesa, pasaporte AA0458123, interpongo recurso de apelación "
        "contra la resolución que confirma la denegatoria de mi solicitud, por lo siguiente:", "",
        NGONO_MOTIVO, "",
        "Teléfono: 981 330 457 - Correo: brice.ngono@yahoo.fr", "",
        "Lima, 1 de diciembre de 2026"], "Brice Ngono Atangana"),
        a_jpg("pasaporte_ngono.jpg", photo_of_id(30))],
    proc="apelacion", notif=D(2026, 11, 19),
    fields={"nombres": "NGONO ATANGANA Brice", "nacionalidad": "CM", "documento_identidad": "AA0458123",
            "telefono": "+51981330457", "correo": "brice.ngono@yahoo.fr", "motivo": NGONO_MOTIVO})

OCHOA_MOTIVO = ("Mi hermano fue asesinado por funcionarios del CICPC en Barinas y yo soy el único testigo del hecho; "
                "desde que declaré ante la Fiscalía me buscan en mi casa y amenazaron a mi madre.")
OCHOA_LINES = ["RECURSO DE APELACIÓN", "",
               "Franklin Javier OCHOA BRICEÑO, venezolano, cédula V-17.904.332, interpongo recurso de apelación "
               "contra la resolución de la Comisión que deniega mi condición de refugiado.", "",
               "Fundamentos: " + OCHOA_MOTIVO, "",
               "Lima, 20 de noviembre de 2026", "",
               "Franklin Javier OCHOA BRICEÑO (firma digital)"]
msg(31, "apelacion-pdf-alterado-extemporanea", M, "2026-11-25 10:05:00",
    "Franklin Ochoa <franklin.ochoa.b@hotmail.com>",
    "Recurso de apelasion",
    """Buenos dias mesa de partes

Envio mi recurso de apelacion contra la resolucion de la Comision que me fue notificado el dia 01/10/2026. Se que ya paso el plazo pero no tenia quien me ayudara a redactarlo.

Nombre: Franklin Javier OCHOA BRICEÑO
Cedula: V-17.904.332
Telefono: +58 424 615 0983 (whatsapp)
Correo: franklin.ochoa.b@hotmail.com

El motivo esta en el documento adjunto, firmado digitalmente.
""", atts=[a_altered("apelacion_ochoa.pdf", OCHOA_LINES, "Franklin Javier Ochoa Briceno",
                     "20 de noviembre", "24 de noviembre")],
    proc="apelacion", notif=D(2026, 10, 1),
    fields={"nombres": "Franklin Javier OCHOA BRICEÑO", "nacionalidad": "VE", "documento_identidad": "V17904332",
            "telefono": "+584246150983", "correo": "franklin.ochoa.b@hotmail.com", "motivo": OCHOA_MOTIVO})

PINEDA_MOTIVO = ("la Comisión dijo que en Colombia puedo irme a vivir a otra ciudad, pero el grupo que me amenaza, el "
                 "Clan del Golfo, está en todo el país y ya me encontraron en Medellín cuando me mudé allá en 2024.")
msg(32, "apelacion-escaneada-a-refugiados-derivado", R, "2027-01-12 11:30:00",
    "Camila Pineda <camilapineda.r@gmail.com>",
    "Recurso de Apelación - PINEDA ROJAS María Camila",
    f"""Señores Refugiados:

Soy colombiana. Adjunto escaneado mi recurso de apelación firmado a mano (no tengo firma digital).
Interpongo apelación porque {PINEDA_MOTIVO}

PINEDA ROJAS María Camila
C.C. 1.036.667.201
Cel: 9 1234 0987
camilapineda.r@gmail.com
""", atts=[a_scan_pdf("apelacion_escaneada.pdf", 32)],
    proc="apelacion",
    fields={"nombres": "PINEDA ROJAS María Camila", "nacionalidad": "CO", "documento_identidad": "1036667201", "telefono": "+51912340987",
            "correo": "camilapineda.r@gmail.com", "motivo": PINEDA_MOTIVO})

FERR_MOTIVO = ("Consegui um visto de trabalho no Chile através da empresa onde meu marido trabalha e vamos nos mudar "
               "no próximo mês, então não preciso mais continuar com o pedido.")
msg(33, "renuncia-brasileira-assinada", M, "2026-10-21 15:15:00",
    "Ana Paula Ferreira <anapaula.fsilva@gmail.com>",
    "Renuncia / Renúncia ao pedido de refúgio",
    f"""Prezados senhores,

Venho por meio deste apresentar minha renuncia al trámite de refugio. {FERR_MOTIVO}

Nome: Ana Paula FERREIRA DA SILVA
Nacionalidade: brasileira
Passaporte: GB 445 127
Celular: 998 774 215

Segue em anexo o documento assinado digitalmente.

Atenciosamente,
""", atts=[a_signed("renuncia_assinada.pdf", [
        "RENUNCIA AL TRÁMITE DE SOLICITUD DE REFUGIO", "",
        "Yo, Ana Paula FERREIRA DA SILVA, de nacionalidad brasileña, pasaporte GB445127, solicitante de refugio, "
        "renuncio al trámite de mi solicitud.", "",
        "Motivo: " + FERR_MOTIVO, "",
        "Celular: 998 774 215", "",
        "Lima, 21 de octubre de 2026"], "Ana Paula Ferreira da Silva")],
    proc="renuncia",
    fields={"nombres": "Ana Paula FERREIRA DA SILVA", "nacionalidad": "BR", "documento_identidad": "GB445127",
            "telefono": "+51998774215", "correo": "anapaula.fsilva@gmail.com", "motivo": FERR_MOTIVO},
    sender_tz=-3)

GUT_MOTIVO = "me casé con una peruana y voy a tramitar la residencia por matrimonio en Migraciones"
msg(34, "renuncia-sin-adjunto", M, "2026-12-31 10:00:00",
    "Nelson Gutierrez <nelsongutierrezm@gmail.com>",
    "renuncia",
    f"""Buenos días,
yo Nelson Enrique GUTIÉRREZ MORA venezolano cédula V-11.223.344 carné de extranjería 001223498, les comunico que renuncio a mi condición de refugiado. Ya la situación mía cambió, {GUT_MOTIVO}. Mi teléfono 941 228 306.
Feliz año
""", proc="renuncia", recognized=True, charset="iso-8859-1",
    fields={"nombres": "Nelson Enrique GUTIÉRREZ MORA", "nacionalidad": "VE", "documento_identidad": "V11223344",
            "carne_extranjeria": "001223498", "telefono": "+51941228306", "correo": "nelsongutierrezm@gmail.com",
            "motivo": GUT_MOTIVO})

msg(35, "prorroga-recidencia-incompleta", R, "2027-01-06 08:40:00",
    "Maria Gabriela Torrealba <mgtorrealba@yahoo.com>",
    "Prorroga de recidencia anual",
    """Buenas dias. Solicito la prorroga de mi residencia anual de refugio.
Nombre: María Gabriela TORREALBA DÍAZ
Nacionalidad: Venezuela
Pasaporte: 098765432
Carnet de extranjeria: 001 554 120
Telf: +51 927 845 016
Gracias
""", proc="prorroga_residencia", recognized=True,
    fields={"nombres": "María Gabriela TORREALBA DÍAZ", "nacionalidad": "VE", "documento_identidad": "098765432",
            "carne_extranjeria": "001554120", "telefono": "+51927845016", "correo": "mgtorrealba@yahoo.com"})

msg(36, "prorroga-html-tabla-derivado", S, "2026-11-29 20:00:00",
    "Edinson Quintero <edinsonquintero.m@gmail.com>",
    "Solicitud: Prórroga de Residencia",
    None, html="""<html><body>
<p>Señores, buenas noches. Por medio del presente solicito mi prórroga de residencia anual. Adjunto mis datos:</p>
<table border="1" cellpadding="4">
<tr><td>Nombres y Apellidos</td><td>Edinson Alberto QUINTERO MEJÍA</td></tr>
<tr><td>Sexo</td><td>M</td></tr>
<tr><td>Nacionalidad</td><td>Colombiana</td></tr>
<tr><td>Cédula de ciudadanía</td><td>80.234.567</td></tr>
<tr><td>Carné de extranjería</td><td>000 398 114</td></tr>
<tr><td>Fecha de nacimiento</td><td>03/11/85</td></tr>
<tr><td>Celular</td><td>962 305 118</td></tr>
</table>
<p>Gracias por su atención.<br>Edinson</p>
</body></html>
""", proc="prorroga_residencia", recognized=True,
    fields={"nombres": "Edinson Alberto QUINTERO MEJÍA", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "80234567", "carne_extranjeria": "000398114", "fecha_nacimiento": "1985-11-03",
            "telefono": "+51962305118", "correo": "edinsonquintero.m@gmail.com"})

msg(37, "duplicado-ce-sin-denuncia", R, "2026-12-22 12:00:00",
    "Johanna Blanco <johannablanco.e@gmail.com>",
    "Duplicado de carné de extranjería - pérdida",
    """Buenas tardes, se me extravió mi carné de extranjería en el terminal de Yerbateros. Todavía no tengo la denuncia, en la comisaría me dijeron que regrese el lunes. ¿Puedo ir adelantando el trámite?

Nombres: Johanna Carolina BLANCO ESPINOZA
Sexo: F
Nacionalidad: venezolana
Cédula: V-22.345.901
N° CE: 000 667 031
Fecha de nac.: 1990-06-21
Teléfono: 912 004 558

Adjunto foto de mi cédula.
""", atts=[a_jpg("cedula_johanna.jpg", photo_of_id(37))],
    proc="duplicado_carne_extranjeria", recognized=True,
    fields={"nombres": "Johanna Carolina BLANCO ESPINOZA", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "V22345901", "carne_extranjeria": "000667031", "fecha_nacimiento": "1990-06-21",
            "telefono": "+51912004558", "correo": "johannablanco.e@gmail.com"})

msg(38, "duplicata-carte-haiti-foto-denuncia", R, "2027-01-19 16:31:05",
    "Nadège Alexis <nadege.alexis91@gmail.com>",
    "Duplicata carte d'étranger / Duplicado carné de extranjería",
    """Bonsoir,

On m'a volé mon sac avec mon carné de extranjería dans le bus. J'ai fait la dénonciation à la police, je vous envoie la photo du document de la comisaría.

Nom : ALEXIS Nadège
Sexe : Féminin
Nationalité : haïtienne
Passeport : RB2276541
Carné de extranjería : 000 723 450
Date de naissance : 03/03/91
Téléphone : 947 662 013

Merci beaucoup.
""", atts=[a_jpg("denuncia_PNP_comisaria_SJL.jpg", scan_image(38, signature=False))],
    proc="duplicado_carne_extranjeria", recognized=True, denuncia=True,
    fields={"nombres": "ALEXIS Nadège", "sexo": "F", "nacionalidad": "HT", "documento_identidad": "RB2276541",
            "carne_extranjeria": "000723450", "fecha_nacimiento": "1991-03-03", "telefono": "+51947662013",
            "correo": "nadege.alexis91@gmail.com"})

PEREZ_MOTIVO = ("mi hija mayor se gradúa de médica en la Universidad de Chile el 5 de marzo y no "
                "la veo desde hace cuatro años")
msg(39, "autorizacion-viaje-foto-firma", R, "2027-01-15 11:00:00",
    "Ramon Perez <ramonperezlinares@gmail.com>",
    "Autorizacion de viaje urgente",
    f"""Buenos días, soy refugiado reconocido. Solicito autorización de viaje.
Motivo: {PEREZ_MOTIVO}.
Destino: Santiago de Chile
Salida: 03/03/27
Retorno: 17/03/27
Nombre: Ramón Antonio PÉREZ LINARES
CE: 000 501 377
Cel: 986 225 140
Adjunto la solicitud firmada (foto).
""", atts=[a_jpg("solicitud_viaje_firmada.jpg", scan_image(39))],
    proc="autorizacion_viaje", recognized=True,
    fields={"nombres": "Ramón Antonio PÉREZ LINARES", "carne_extranjeria": "000501377", "destino": "Santiago de Chile",
            "fecha_salida": "2027-03-03", "fecha_retorno": "2027-03-17", "telefono": "+51986225140",
            "correo": "ramonperezlinares@gmail.com", "motivo": PEREZ_MOTIVO})

CAST_MOTIVO = ("Mi papá tuvo un infarto y está en la UCI del hospital en Guayaquil, no sé cuánto tiempo me quede, "
               "regreso apenas él se recupere.")
msg(40, "permiso-viaje-sin-firma-sin-retorno", R, "2026-12-18 22:10:00",
    "Luz Dary Castaño <luzdarycastano@hotmail.com>",
    "Permiso de viaje",
    f"""Buenas noches, necesito permiso de viaje para ir a Guayaquil el 26/12/2026. {CAST_MOTIVO}
Tengo la condición de refugio, CE 000 289 664.
Nombre: Luz Dary CASTAÑO HENAO
Celular 975 310 228
""", proc="autorizacion_viaje", recognized=True,
    fields={"nombres": "Luz Dary CASTAÑO HENAO", "carne_extranjeria": "000289664", "destino": "Guayaquil",
            "fecha_salida": "2026-12-26", "telefono": "+51975310228", "correo": "luzdarycastano@hotmail.com",
            "motivo": CAST_MOTIVO})

MUK_MOTIVO = ("Ma mère doit être opérée du coeur à Bruxelles, à l'hôpital Erasme, et je suis le seul de la famille "
              "qui peut l'accompagner pendant la convalescence.")
msg(41, "autorisation-voyage-francais-derivado", M, "2027-01-25 09:30:00",
    "Patrick Mukendi <p.mukendi.k@gmail.com>",
    "Autorisation de voyage (Autorización de viaje)",
    f"""Madame, Monsieur,

Je me permets de vous adresser en pièce jointe ma demande d'autorisation de voyage signée électroniquement.

{MUK_MOTIVO}

Nom : MUKENDI KABONGO Patrick
Carné de extranjería : 000 934 018
Destination : Bruxelles, Belgique
Départ : 3 mars 2027
Retour : 24 mars 2027
Téléphone : +51 938 447 120

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
""", atts=[a_signed("demande_autorisation_voyage_signee.pdf", [
        "Demande d'autorisation de voyage - Autorización de viaje", "",
        "Je soussigné MUKENDI KABONGO Patrick, de nationalité congolaise (RDC), réfugié reconnu au Pérou, "
        "Carné de extranjería 000 934 018, sollicite l'autorisation de voyager à Bruxelles, Belgique, "
        "du 3 mars 2027 au 24 mars 2027.", "",
        "Motif : " + MUK_MOTIVO, "",
        "Téléphone : +51 938 447 120", "",
        "Lima, le 23 janvier 2027"], "Patrick Mukendi Kabongo")],
    proc="autorizacion_viaje", recognized=True,
    fields={"nombres": "MUKENDI KABONGO Patrick", "nacionalidad": "CD", "carne_extranjeria": "000934018",
            "destino": "Bruxelles, Belgique", "fecha_salida": "2027-03-03", "fecha_retorno": "2027-03-24",
            "telefono": "+51938447120", "correo": "p.mukendi.k@gmail.com", "motivo": MUK_MOTIVO},
    sender_tz=-5)

msg(42, "consulta-para-un-amigo-portal", M, "2026-10-30 16:00:00",
    "Milagros Quispe <milagrosq.lima@gmail.com>",
    "Consulta para un amigo",
    """Hola, buenas tardes. Escribo por un amigo haitiano, Jean-Baptiste SAINT-FLEUR, que llegó hace poco y no habla español. Él quiere presentar su solicitud de refugio, ¿dónde la tiene que hacer? ¿Es en línea o en persona? Su número es +51 902 117 356.
Gracias,
Milagros (vecina)
""", proc="solicitud_refugio",
    fields={"nombres": "Jean-Baptiste SAINT-FLEUR", "nacionalidad": "HT", "telefono": "+51902117356",
            "correo": "milagrosq.lima@gmail.com"})

msg(43, "actualizacion-datos-en-asunto", S, "2026-11-09 09:09:00",
    "Luis Perez <luismperezgil@gmail.com>",
    "Actualizacion datos - PEREZ GIL Luis Miguel - V-20.111.222 - 986 552 317",
    """Buenas, soy venezolano, solicitante de refugio. Cambié de número de teléfono, el nuevo es el que puse en el asunto. Mi dirección sigue igual.
Gracias
""", proc="actualizacion_datos",
    fields={"nombres": "PEREZ GIL Luis Miguel", "nacionalidad": "VE", "documento_identidad": "V20111222",
            "telefono": "+51986552317", "correo": "luismperezgil@gmail.com"})

msg(44, "cambio-clave-spanglish", S, "2027-01-02 12:00:00",
    "Andrea V. <andrea.vmh@gmail.com>",
    "Cambio de clave y contraseña",
    """Hello!

Necesito un password reset para el Sistema de Refugiados, I forgot my contraseña y el link de "olvidé mi contraseña" no me llega.

Full name: Andrea Valentina MORALES HERRERA
Passport: 149820337
Cel: (+51) 9 2233 4455
Email: andreamoralesh@icloud.com

Thank u so much!!
""", proc="cambio_clave",
    fields={"nombres": "Andrea Valentina MORALES HERRERA", "documento_identidad": "149820337",
            "telefono": "+51922334455", "correo": "andreamoralesh@icloud.com"})

MENSAH_MOTIVO = ("I have obtained new evidence: a letter from the Assemblyman of my community in Bawku confirming that "
                 "my house was burnt during the chieftaincy conflict and that my brother was killed in March 2026. This "
                 "was not available at the time of my interview.")
msg(45, "reconsideration-ghana-english", M, "2026-11-13 21:10:00",
    "Kwabena Mensah <k.o.mensah@outlook.com>",
    "Recurso de Reconsideración - MENSAH Kwabena",
    f"""Dear Sir/Madam,

Please find attached my signed Recurso de Reconsideración against the resolution denying my refugee status, which was notified to me on 4 November 2026.

{MENSAH_MOTIVO}

Name: MENSAH Kwabena Osei
Ghana passport no.: G2041876
Tel: +51 979 554 301
Email: k.o.mensah@outlook.com

Respectfully,
""", atts=[a_signed("Reconsideracion_MENSAH_signed.pdf", [
        "RECURSO DE RECONSIDERACIÓN / REQUEST FOR RECONSIDERATION", "",
        "I, MENSAH Kwabena Osei, a Ghanaian national, passport G2041876, request the reconsideration of the "
        "resolution that denied my refugee status.", "",
        MENSAH_MOTIVO, "",
        "Tel: +51 979 554 301 - Email: k.o.mensah@outlook.com", "",
        "Lima, 13 November 2026"], "Kwabena Osei Mensah")],
    proc="reconsideracion", notif=D(2026, 11, 4), recv_utc=True,
    fields={"nombres": "MENSAH Kwabena Osei", "nacionalidad": "GH", "documento_identidad": "G2041876",
            "telefono": "+51979554301", "correo": "k.o.mensah@outlook.com", "motivo": MENSAH_MOTIVO},
    sender_tz=0)

msg(46, "prorrogacao-angola-portugues", R, "2026-11-27 16:50:00",
    "Esperança Capita <esperanca.capita@gmail.com>",
    "Prorrogação - Prórroga de residencia",
    """Bom dia,

Solicito a prórroga de residencia anual (sou refugiada reconhecida).

Nome completo: Esperança Maria DOS SANTOS CAPITA
Sexo: Feminino
Nacionalidade: angolana
Passaporte N.º: N2245187
Carné de Extranjería: 000 771 203
Data de nascimento: 22/07/1983
Telemóvel: 945 002 118

Com os melhores cumprimentos,
""", proc="prorroga_residencia", recognized=True,
    fields={"nombres": "Esperança Maria DOS SANTOS CAPITA", "sexo": "F", "nacionalidad": "AO",
            "documento_identidad": "N2245187", "carne_extranjeria": "000771203", "fecha_nacimiento": "1983-07-22",
            "telefono": "+51945002118", "correo": "esperanca.capita@gmail.com"})

msg(47, "duplicado-ce-parroquia-por-anciano", R, "2026-12-10 11:00:00",
    "Centro de Atención al Migrante <cam.sanmartin.callao@gmail.com>",
    "Duplicado de carné de extranjería - Sr. Hernández",
    """Buenos días,

Escribo desde el Centro de Atención al Migrante de la parroquia San Martín de Porres (Callao) en nombre del señor Arnaldo José HERNÁNDEZ SOSA, refugiado reconocido de 71 años, que no tiene correo ni celular propio. Le robaron su carné de extranjería y solicita el duplicado. Adjuntamos el documento de la comisaría.

Datos del señor:
- Sexo: masculino
- Nacionalidad: venezolana
- Cédula de identidad: V-4.567.890
- Carné de extranjería: 000 112 907
- Fecha de nacimiento: 12/05/1955

Cualquier comunicación pueden hacerla a este correo o al teléfono del centro (01) 442 7788.

Atentamente,
Hna. Rocío Villanueva
Centro de Atención al Migrante
""", atts=[a_text_pdf("documento_pnp.pdf", [
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP CALLAO", "",
        "CONSTANCIA DE DENUNCIA POLICIAL", "",
        "Se deja constancia que el ciudadano Arnaldo José HERNÁNDEZ SOSA ha formulado denuncia por la sustracción "
        "de su carné de extranjería y otros documentos personales en la vía pública."])],
    proc="duplicado_carne_extranjeria", recognized=True, denuncia=True,
    fields={"nombres": "Arnaldo José HERNÁNDEZ SOSA", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V4567890", "carne_extranjeria": "000112907", "fecha_nacimiento": "1955-05-12",
            "telefono": "+5114427788", "correo": "cam.sanmartin.callao@gmail.com"})

SEL_MOTIVO = ("My situation in Sri Lanka has changed after the new government withdrew the case against me, and I wish "
              "to go back home to look after my elderly parents in Jaffna.")
msg(48, "renunciation-sri-lanka-pdf-firma-imagen", M, "2027-01-27 10:20:00",
    "Tharshan S <tharshan.selvarajah@gmail.com>",
    "Renuncia (Renunciation of refugee status)",
    f"""Dear Sir or Madam,

Please find attached my signed letter of renunciation of refugee status.

I am a recognized refugee in Peru since 2021. {SEL_MOTIVO}

Name: SELVARAJAH Tharshan
Nationality: Sri Lankan
Passport: N8812345
Carné de Extranjería: 000 356 780
Phone: 916 708 233

Thank you.
""", atts=[a_text_pdf_img("renunciation_letter_signed.pdf", [
        "To the Comisión Especial para los Refugiados", "",
        "LETTER OF RENUNCIATION OF REFUGEE STATUS", "",
        "I, SELVARAJAH Tharshan, Sri Lankan national, passport N8812345, Carné de Extranjería 000 356 780, "
        "hereby renounce my refugee status in Peru.", "",
        "Reason: " + SEL_MOTIVO, "",
        "Phone: 916 708 233", "",
        "Signature:"], 48)],
    proc="renuncia", recognized=True,
    fields={"nombres": "SELVARAJAH Tharshan", "nacionalidad": "LK", "documento_identidad": "N8812345",
            "carne_extranjeria": "000356780", "telefono": "+51916708233", "correo": "tharshan.selvarajah@gmail.com",
            "motivo": SEL_MOTIVO})

MARC_MOTIVO = ("La resolución afirma que mi relato no es creíble, pero no tomó en cuenta el informe psicológico ni la "
               "constancia de detención arbitraria emitida por el Foro Penal, que prueban la persecución que sufrí por "
               "participar en las protestas de 2024.")
msg(49, "urgente-apelacion-firmada-viernes-noche", M, "2026-10-23 23:30:00",
    "Jose Marcano <josegmarcano@gmail.com>",
    "URGENTE",
    """Buenas noches por favor es urgente, les envío mi recurso de apelación porque se me vence el plazo (me notificaron el 07/10/2026).

Adjunto el recurso firmado con mi firma digital.

José Gregorio MARCANO FIGUERA
Pasaporte venezolano 128845571 / cédula V-15.663.208
Tlf +51 923 447 619
correo josegmarcano@gmail.com
""", atts=[a_signed("apelacion_marcano.pdf", [
        "RECURSO DE APELACIÓN", "",
        "José Gregorio MARCANO FIGUERA, venezolano, pasaporte 128845571, ante la Comisión Especial para los "
        "Refugiados interpongo recurso de apelación.", "",
        "Fundamentos: " + MARC_MOTIVO, "",
        "Tlf +51 923 447 619 - josegmarcano@gmail.com", "",
        "Lima, 23 de octubre de 2026"], "Jose Gregorio Marcano Figuera")],
    proc="apelacion", notif=D(2026, 10, 7),
    fields={"nombres": "José Gregorio MARCANO FIGUERA", "nacionalidad": "VE", "documento_identidad": "128845571",
            "telefono": "+51923447619", "correo": "josegmarcano@gmail.com", "motivo": MARC_MOTIVO})

msg(50, "consulta-apoyo-economico-triage", R, "2027-01-29 14:00:00",
    "Keila Vargas <keilavargasroa@gmail.com>",
    "Consulta",
    """Buenas tardes, disculpen, quería saber si ustedes dan algún apoyo económico o bono para las familias refugiadas, o a dónde debo dirigirme. Somos 4 en casa y mi esposo está sin trabajo.
Atentamente, Keila Andreína VARGAS ROA
WhatsApp +58 412 771 0432
""", proc=None,
    fields={"nombres": "Keila Andreína VARGAS ROA", "telefono": "+584127710432", "correo": "keilavargasroa@gmail.com"})


GUERRA_MOTIVO = ("No se tuvo en cuenta que mi expareja es funcionario de la policía de Carabobo y que me sigue "
                 "amenazando por mensajes; adjunto ahora las capturas y la medida de protección que no pude presentar "
                 "antes porque estaban en el teléfono que me quitó.")
msg(51, "reconsideracion-hermano-por-hermana-extemporanea", M, "2026-12-11 18:20:00",
    "Daniel Guerra <danielguerra.v@gmail.com>",
    "RV: reconsideración de mi hermana",
    """Buenas noches, señores de mesa de partes.

Le escribo por mi hermana, que no sabe usar bien el correo. A ella le negaron el refugio y fue notificada el 2 de noviembre de 2026; recién ahora pudimos conseguir a alguien que le ayude con la firma digital. Adjunto el recurso de reconsideración firmado por ella.

Sus datos están en el documento. Cualquier cosa, el teléfono de ella es el que sale ahí.

Yo soy Daniel GUERRA VILLEGAS, cédula V-18.220.115, su hermano.

Gracias
""", atts=[a_signed("reconsideracion_Guerra_firmado.pdf", [
        "RECURSO DE RECONSIDERACIÓN", "",
        "Señores Comisión Especial para los Refugiados:", "",
        "Yo, Mariángel GUERRA VILLEGAS, venezolana, cédula de identidad V-20.987.654, interpongo recurso de "
        "reconsideración contra la resolución que deniega mi solicitud de reconocimiento.", "",
        GUERRA_MOTIVO, "",
        "Celular: 917 553 208",
        "Correo: mariangel.guerra.v@gmail.com", "",
        "Lima, 10 de diciembre de 2026"], "Mariangel Guerra Villegas")],
    proc="reconsideracion", notif=D(2026, 11, 2),
    fields={"nombres": "Mariángel GUERRA VILLEGAS", "nacionalidad": "VE", "documento_identidad": "V20987654",
            "telefono": "+51917553208", "correo": "mariangel.guerra.v@gmail.com", "motivo": GUERRA_MOTIVO})


# =================================================================== raw messages
def bounce_eml(spec, recv):
    from email.utils import format_datetime
    rdt = recv.astimezone(dt.timezone.utc)
    orig_date = format_datetime((recv - dt.timedelta(minutes=3)).astimezone(LIMA))
    return f"""Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05.example.net [198.51.100.77])
 by mx1.rree.gob.pe (Postfix) with ESMTPS id 4F2A19C0D1 for <{S}>; {format_datetime(rdt)}
Delivered-To: {S}
Date: {format_datetime(rdt - dt.timedelta(seconds=20))}
From: postmaster@outlook.com
To: {S}
Subject: Undeliverable: Cambio de clave y contraseña
Message-ID: <r19.15.bounce.7731@outlook.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_r19bounce"

--=_r19bounce
Content-Type: text/plain; charset=utf-8

Delivery has failed to these recipients or groups:

jonathan.m.rivas@outlook.com
The email address you entered couldn't be found.

--=_r19bounce
Content-Type: message/delivery-status

Reporting-MTA: dns; AM6PR05MB1234.example.net

Final-Recipient: rfc822; jonathan.m.rivas@outlook.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound

--=_r19bounce
Content-Type: text/rfc822-headers

From: {S}
To: jonathan.m.rivas@outlook.com
Subject: Cambio de clave y contraseña
Date: {orig_date}

--=_r19bounce--
""".encode("utf-8").replace(b"Subject: Undeliverable: Cambio de clave y contrase\xc3\xb1a",
                            b"Subject: =?utf-8?q?Undeliverable=3A_Cambio_de_clave_y_contrase=C3=B1a?=").replace(
        b"Subject: Cambio de clave y contrase\xc3\xb1a", b"Subject: =?utf-8?q?Cambio_de_clave_y_contrase=C3=B1a?=")


# =================================================================== labels
def label_for(m, recv):
    proc, kind = m["proc"], m["kind"]
    fields = dict(m["fields"])
    fd = filing_day(recv)
    lab = {"file": f"{m['n']:03d}-{m['slug']}.eml", "mailbox": m["mailbox"], "received": recv.isoformat(),
           "procedure": proc, "fields": fields, "missing": [], "signature": "not_required", "outcome": None,
           "flags": [], "filing_date": fd.isoformat(), "due_date": None}
    reqs = REQ.get(proc, [])
    if "firma" in reqs:
        lab["signature"] = sig_status(m["atts"])
    if kind == "ignorado":
        lab["outcome"] = "ignorado"
        lab["fields"] = {}
        assert "firma" not in reqs
        return lab
    if proc in PORTAL:
        lab["outcome"] = "portal"
        return lab
    if proc is None:
        lab["outcome"] = "triage"
        return lab
    flags = []
    if HOME[proc] != m["mailbox"]:
        flags.append("derivado")
    if proc == "carne_solicitante":
        lab["outcome"] = "suspendido"
        lab["flags"] = flags
        return lab
    missing = []
    for r in reqs:
        if r == "firma":
            if lab["signature"] in ("absent", "invalid"):
                missing.append("firma")
        elif r == "denuncia_policial":
            if not m["denuncia"]:
                missing.append(r)
        elif r.endswith("*"):
            base = r[:-1]
            if (m["recognized"] or base in fields) and base not in fields:
                missing.append(base)
        elif r not in fields:
            missing.append(r)
    if lab["signature"] == "manuscrita":
        flags.append("verificar_firma")
    if proc in RECURSOS and m["notif"] is not None:
        if fd > add_bd(m["notif"], 15):
            flags.append("extemporaneo")
    lab["missing"] = missing
    lab["flags"] = flags
    if missing:
        lab["outcome"] = "subsanar"
        lab["due_date"] = add_bd(fd, 2).isoformat()
    else:
        lab["outcome"] = "cargo" if proc in RECURSOS else "acuse"
        lab["due_date"] = add_bd(fd, PLAZO[proc]).isoformat()
    return lab


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for m in MSGS:
        recv = dt.datetime.fromisoformat(m["recv"]).replace(tzinfo=LIMA)
        name = f"{m['n']:03d}-{m['slug']}.eml"
        kw = dict(m["kw"])
        raw = kw.pop("raw", None)
        if raw == "bounce":
            data = bounce_eml(m, recv)
        else:
            em = build_email(mailbox=m["mailbox"], recv=recv, frm=m["frm"], subject=m["subject"], body=m["body"],
                             html=m["html"], attachments=m["atts"], extra_headers=m["headers"], seed=m["n"], **kw)
            data = bytes(em)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels.append(label_for(m, recv))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages written to", OUT)


if __name__ == "__main__":
    main()
