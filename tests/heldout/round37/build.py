#!/usr/bin/env python3
"""Builds round37: an ordinary fortnight (Thu 1 Oct - Wed 14 Oct 2026) of mail to
CEPR's three mailboxes. Writes NNN-slug.eml files and labels.jsonl.

Run with /work/rounds/.venv-r37/bin/python build.py
"""
import datetime as dt
import email
import email.policy
import glob
import hashlib
import json
import logging
import os
from email.message import EmailMessage
from email.utils import format_datetime

import docs_helpers as D
from calendar_r37 import LIMA, add_business, filing_date, is_late

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))

SOL = "solicitantesrefugio@rree.gob.pe"
MDP = "mesadepartes@rree.gob.pe"
REF = "refugiados@rree.gob.pe"
NAMES = {SOL: "Solicitantes de Refugio", MDP: "Mesa de Partes RREE", REF: "Refugiados CEPR"}

HOME = {
    "carne_solicitante": SOL, "actualizacion_datos": SOL, "cambio_clave": SOL,
    "reconsideracion": MDP, "apelacion": MDP, "renuncia": MDP,
    "prorroga_residencia": REF, "duplicado_carne_extranjeria": REF, "autorizacion_viaje": REF,
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
REQ = {
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres", "carne_extranjeria", "telefono"],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}

MSGS = []


def msg(**kw):
    MSGS.append(kw)


def L(d, h, m, s):
    return dt.datetime(2026, 10, d, h, m, s, tzinfo=LIMA)


# ---------------------------------------------------------------------------
# attachments: (filename, kind, data) where kind in
#   signed | altered | scan_pdf | text_pdf | text_pdf_img | jpeg | png
# and 'denuncia' True when the file name or text mentions the police report.
# ---------------------------------------------------------------------------

def att_text(name, lines, title=None, denuncia=False):
    return dict(filename=name, kind="text_pdf", data=D.text_pdf(lines, title=title), denuncia=denuncia)


def att_text_img(name, lines, title=None, seed=1):
    return dict(filename=name, kind="text_pdf_img",
                data=D.text_pdf(lines, title=title, sig_image=D.signature_png(seed)), denuncia=False)


def att_signed(name, lines, signer, title=None):
    data = D.sign_pdf(D.text_pdf(lines, title=title), signer)
    assert D.sig_intact(data) is True
    return dict(filename=name, kind="signed", data=data, denuncia=False)


def att_altered(name, lines, signer, old, new, title=None):
    data = D.sign_pdf(D.text_pdf(lines, title=title, compress=False), signer)
    assert D.sig_intact(data) is True
    data = D.alter_signed(data, old, new)
    assert D.sig_intact(data) is False
    return dict(filename=name, kind="altered", data=data, denuncia=False)


def att_scan_pdf(name, lines, seed):
    data = D.image_only_pdf(D.scan_image(lines, seed))
    assert D.pdf_text(data).strip() == ""
    return dict(filename=name, kind="scan_pdf", data=data, denuncia=False)


def att_jpeg(name, lines, seed, denuncia=False):
    return dict(filename=name, kind="jpeg", data=D.jpeg_bytes(D.scan_image(lines, seed)), denuncia=denuncia)


# ===========================================================================
# actualizacion_datos
# ===========================================================================
msg(slug="actualizacion-datos-venezolana", mailbox=SOL, recv=L(1, 8, 14, 32), tz=-5,
    frm=("Yusmary Contreras", "yusmary.contreras88@gmail.com"),
    subject="Actualización de datos",
    body="""Buenos días,

Por medio del presente solicito la actualización de mis datos de contacto en el sistema.

Nombres y Apellidos: Yusmary Carolina Contreras Villegas
Nacionalidad: venezolana
Cédula: V-19.456.032
Teléfono nuevo: 926 418 305
Correo: yusmary.contreras88@gmail.com
Dirección nueva: Jr. Huancavelica 512, Cercado de Lima

Gracias de antemano.
Yusmary
""",
    procedure="actualizacion_datos",
    fields={"nombres": "Yusmary Carolina Contreras Villegas", "nacionalidad": "VE",
            "documento_identidad": "V19456032", "telefono": "+51926418305",
            "correo": "yusmary.contreras88@gmail.com"},
    exp_outcome="acuse")

msg(slug="actualizacion-refugiada-sin-carne", mailbox=SOL, recv=L(2, 14, 30, 20), tz=-5,
    frm=("Marta Lucía Zapata", "martaluciazapata@gmail.com"),
    subject="ACTUALIZACION DE DATOS",
    body="""Cordial saludo.

Soy refugiada reconocida en el Perú y me mudé de domicilio. Envío mis datos actualizados:

- Nombres: Marta Lucía Zapata Henao
- Nacionalidad: Colombia
- Cédula de ciudadanía: 43.567.890
- Nuevo celular: 912 003 445
- Nueva dirección: Av. Los Próceres 1450, San Juan de Lurigancho

Quedo atenta a su respuesta.
Marta Lucía
""",
    procedure="actualizacion_datos", recognised=True,
    fields={"nombres": "Marta Lucía Zapata Henao", "nacionalidad": "CO",
            "documento_identidad": "43567890", "telefono": "+51912003445",
            "correo": "martaluciazapata@gmail.com"},
    exp_missing=["carne_extranjeria"], exp_outcome="subsanar")

msg(slug="actualizacion-ucraniano-buzon-equivocado", mailbox=REF, recv=L(12, 13, 40, 37), tz=-5,
    frm=("Taras M.", "taras.melnyk@proton.me"),
    subject="Actualizacion de datos - MELNYK Taras",
    body="""Good afternoon,

Please update my contact details in the refugee system. I am an asylum seeker
(solicitante de refugio), my case is still in process.

Name: MELNYK Taras Petrovych
Nationality: Ukraine
Passport No.: FA 765432
New phone number: +51 977 665 443
New e-mail: taras.melnyk@proton.me

Thank you very much,
Taras
""",
    procedure="actualizacion_datos",
    fields={"nombres": "MELNYK Taras Petrovych", "nacionalidad": "UA",
            "documento_identidad": "FA765432", "telefono": "+51977665443",
            "correo": "taras.melnyk@proton.me"},
    exp_outcome="acuse", exp_flags=["derivado"])

msg(slug="actualizacion-hija-escribe-por-madre", mailbox=SOL, recv=L(4, 15, 8, 33), tz=-5,
    frm=("Daylín", "daylin.g.cu@gmail.com"),
    subject="Actualizacion de datos de mi mamá",
    body="""Hola, buenas tardes

Les escribo en nombre de mi mamá que no sabe usar el correo. Ella necesita actualizar
su dirección, ahora vive en Calle Los Jazmines 230, Surquillo.

Sus datos son:
Nombre: Caridad Fonseca Leyva
cubana
carnet de identidad 61051207834, pasaporte L987654

Le cambiaron el teléfono pero todavía no tiene el número nuevo, se los mando después.

Gracias
Daylín (hija)
""",
    procedure="actualizacion_datos",
    fields={"nombres": "Caridad Fonseca Leyva", "nacionalidad": "CU",
            "documento_identidad": "61051207834", "correo": "daylin.g.cu@gmail.com"},
    exp_missing=["telefono"], exp_outcome="subsanar")

msg(slug="atualizacao-dados-portugues", mailbox=SOL, recv=L(14, 17, 5, 30), tz=-5,
    frm=("Reinier", "reinier.almeida@gmail.com"),
    subject="Atualização de dados / Actualización de datos",
    body="""Bom dia,

Solicito a atualização dos meus dados de contato no sistema de refúgio. Morei alguns
anos no Brasil e escrevo melhor em português, desculpem.

Nome completo: Reinier Almeida Quesada
Nacionalidade: cubana
Passaporte n.º J123987
Novo telefone (WhatsApp): +51 940 221 876
E-mail: reinier.almeida@gmail.com

Obrigado,
Reinier
""",
    procedure="actualizacion_datos",
    fields={"nombres": "Reinier Almeida Quesada", "nacionalidad": "CU",
            "documento_identidad": "J123987", "telefono": "+51940221876",
            "correo": "reinier.almeida@gmail.com"},
    exp_outcome="acuse")

# ===========================================================================
# cambio_clave
# ===========================================================================
msg(slug="cambio-clave-nicaraguense-sabado", mailbox=SOL, recv=L(3, 11, 2, 19), tz=-6,
    frm=("Chepe", "jose.mairena.nic@hotmail.com"),
    subject="cambio de contraseña",
    body="""buenas tardes

necesito el cambio de clave del sistema de refugiados por favor. mis datos son: me llamo
Jose Ramon Mairena Duarte, soy nicaraguense, mi cedula es 001-150390-0012A, mi numero
de celular es el 951-237-804 y mi correo es el mismo de donde escribo
jose.mairena.nic@hotmail.com

Dios le bendiga
Chepe
""",
    procedure="cambio_clave",
    fields={"nombres": "Jose Ramon Mairena Duarte", "nacionalidad": "NI",
            "documento_identidad": "0011503900012A", "telefono": "+51951237804",
            "correo": "jose.mairena.nic@hotmail.com"},
    exp_outcome="acuse")

msg(slug="cambio-clave-rusa-sin-telefono", mailbox=SOL, recv=L(6, 8, 45, 2), tz=3, utc_received=True,
    frm=("Anastasia Morozova", "a.morozova.93@yandex.ru"),
    subject="Cambio de clave y contraseña",
    body="""Buenos dias.

Por favor, solicito cambio de clave y contraseña del sistema de refugio.
Soy de Rusia.

Nombre:\tAnastasia Igorevna Morozova
Pasaporte:\t72 1845632

Gracias.
Anastasia
""",
    procedure="cambio_clave",
    fields={"nombres": "Anastasia Igorevna Morozova", "nacionalidad": "RU",
            "documento_identidad": "721845632", "correo": "a.morozova.93@yandex.ru"},
    exp_missing=["telefono"], exp_outcome="subsanar")

msg(slug="chanje-kle-kreyol-feriado-mesa", mailbox=MDP, recv=L(8, 16, 0, 0), tz=-5,
    frm=("Ti Jo", "jonas.louis.ht@gmail.com"),
    subject="Cambio de clave",
    body="""Bonjou,

Mwen bezwen chanje kle (contraseña) sistèm refijye a, tanpri.
Mwen se ayisyen.

Non mwen: LOUIS Jonas Makenson
Paspò: RD3456789
Telefòn: 9-3344-5566
Imèl: jonas.louis.ht@gmail.com

Mèsi anpil
Ti Jo
""",
    procedure="cambio_clave",
    fields={"nombres": "LOUIS Jonas Makenson", "nacionalidad": "HT",
            "documento_identidad": "RD3456789", "telefono": "+51933445566",
            "correo": "jonas.louis.ht@gmail.com"},
    exp_outcome="acuse", exp_flags=["derivado"])

msg(slug="cambio-clave-desde-correo-del-esposo", mailbox=SOL, recv=L(14, 11, 0, 57), tz=-5,
    frm=("Fernando Vera", "fvera.ec@gmail.com"),
    subject="Solicito cambio de clave y contrasena",
    body="""Buenos días, escribo desde el correo de mi esposo.

Solicito el cambio de clave y contraseña del Sistema de Refugiados. Soy ecuatoriana.

Mis datos:
Nombres y apellidos: Mayra Alejandra Chiluisa Toapanta
Cédula: 172345678-9
Teléfono: 998 123 650
Mi correo electrónico: Mayra.Chiluisa@gmail.com

Muchas gracias.
Mayra
""",
    procedure="cambio_clave",
    fields={"nombres": "Mayra Alejandra Chiluisa Toapanta", "nacionalidad": "EC",
            "documento_identidad": "1723456789", "telefono": "+51998123650",
            "correo": "mayra.chiluisa@gmail.com"},
    exp_outcome="acuse")

# ===========================================================================
# reconsideracion
# ===========================================================================
msg(slug="reconsideracion-pdf-firmado-a-tiempo", mailbox=MDP, recv=L(1, 15, 47, 3), tz=-5,
    frm=("Luis Eduardo Marcano", "lemarcano.ve@gmail.com"),
    subject="Recurso de Reconsideración - Exp. 2024-08812",
    body="""Señores
Comisión Especial para los Refugiados
Presente.-

Yo, Luis Eduardo Marcano Briceño, de nacionalidad venezolana, titular del pasaporte
N° 143556789, me dirijo a ustedes para interponer recurso de reconsideración contra la
resolución que deniega mi solicitud de refugio, la cual me fue notificada el 21 de
septiembre de 2026.

Adjunto el escrito firmado digitalmente con la fundamentación del recurso.

Teléfono: +51 987 112 430
Correo: lemarcano.ve@gmail.com

Atentamente,
Luis E. Marcano
""",
    atts=[lambda: att_signed("recurso_reconsideracion_marcano.pdf", [
        "Señores de la Comisión Especial para los Refugiados:",
        "",
        "Yo, Luis Eduardo Marcano Briceño, venezolano, con pasaporte N° 143556789, "
        "interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución N° 04417-2026-RE/CEPR, "
        "notificada el 21 de septiembre de 2026.",
        "",
        "MOTIVO: presento nueva prueba que no pudo ser valorada: la constancia de la denuncia "
        "que presenté ante la Fiscalía en Caracas por las amenazas recibidas de colectivos "
        "armados, emitida en agosto de 2026, que acredita el temor fundado de persecución.",
        "",
        "Teléfono: +51 987 112 430 - Correo: lemarcano.ve@gmail.com",
        "",
        "Lima, 1 de octubre de 2026",
        "Luis Eduardo Marcano Briceño",
    ], "Luis Eduardo Marcano Briceño", title="RECURSO DE RECONSIDERACIÓN")],
    procedure="reconsideracion", notified=dt.date(2026, 9, 21),
    fields={"nombres": "Luis Eduardo Marcano Briceño", "nacionalidad": "VE",
            "documento_identidad": "143556789", "telefono": "+51987112430",
            "correo": "lemarcano.ve@gmail.com",
            "motivo": "presento nueva prueba que no pudo ser valorada: la constancia de la denuncia que presenté ante la Fiscalía en Caracas por las amenazas recibidas de colectivos armados"},
    exp_sig="valid", exp_outcome="cargo")

msg(slug="reconsideracion-colombiana-extemporanea", mailbox=MDP, recv=L(2, 10, 20, 55), tz=-5,
    frm=("Xime Ortiz", "xime.ortiz.ramirez@outlook.com"),
    subject="RECURSO DE RECONSIDERACION",
    body="""Buenos días

Adjunto mi recurso de reconsideración firmado. La resolución me la notificaron el
04/09/2026 pero estuve hospitalizada y recién lo puedo enviar, pido que lo tengan en cuenta.

Mis datos:
ORTIZ RAMÍREZ Ximena Andrea
C.C. 1.032.456.789
cel +57 312 456 7890 (whatsapp)
xime.ortiz.ramirez@outlook.com

Gracias
Xime
""",
    atts=[lambda: att_signed("Reconsideracion Ximena Ortiz.pdf", [
        "RECURSO DE RECONSIDERACIÓN",
        "",
        "ORTIZ RAMÍREZ Ximena Andrea, de nacionalidad colombiana, identificada con C.C. "
        "1.032.456.789, ante ustedes me presento y digo:",
        "",
        "Que interpongo recurso de reconsideración contra la resolución notificada el "
        "04/09/2026. MOTIVO: la resolución no tuvo en cuenta las amenazas del grupo armado "
        "que controla mi barrio en Tumaco, de las que adjunto la denuncia ante la Defensoría "
        "del Pueblo de Colombia como prueba nueva.",
        "",
        "Celular: +57 312 456 7890 / Correo: xime.ortiz.ramirez@outlook.com",
        "",
        "Ximena Andrea Ortiz Ramírez",
    ], "Ximena Andrea Ortiz Ramirez")],
    procedure="reconsideracion", notified=dt.date(2026, 9, 4),
    fields={"nombres": "ORTIZ RAMÍREZ Ximena Andrea", "nacionalidad": "CO",
            "documento_identidad": "1032456789", "telefono": "+573124567890",
            "correo": "xime.ortiz.ramirez@outlook.com",
            "motivo": "la resolución no tuvo en cuenta las amenazas del grupo armado que controla mi barrio en Tumaco"},
    exp_sig="valid", exp_outcome="cargo", exp_flags=["extemporaneo"])

msg(slug="reconsideration-english-unsigned-letter", mailbox=MDP, recv=L(4, 19, 30, 27), tz=-5,
    frm=("Rami Haddad", "rami.haddad.sy@gmail.com"),
    subject="Recurso de reconsideracion / Request for reconsideration",
    body="""Dear Sirs,

I am writing to submit my request for reconsideration (Recurso de Reconsideración)
against the decision denying my refugee status, which I received on 1 October 2026.

My name: Rami Haddad Al-Khatib
I am from Syria.
Passport No. N 008734521
Phone: +51 944 562 118
Email: rami.haddad.sy@gmail.com

The reason: my interview was conducted without an Arabic interpreter and several of my
statements were misunderstood and wrongly recorded.

Please find attached my letter.

Best regards,
Rami
""",
    atts=[lambda: att_text("reconsideration_letter.pdf", [
        "To the Special Commission for Refugees (CEPR)",
        "",
        "I, Rami Haddad Al-Khatib, Syrian national, passport N 008734521, request the "
        "reconsideration of the decision denying my refugee status.",
        "",
        "My interview was conducted without an Arabic interpreter and several of my "
        "statements were misunderstood and wrongly recorded.",
        "",
        "Lima, 4 October 2026",
        "Rami Haddad Al-Khatib",
    ])],
    procedure="reconsideracion", notified=dt.date(2026, 10, 1),
    fields={"nombres": "Rami Haddad Al-Khatib", "nacionalidad": "SY",
            "documento_identidad": "N008734521", "telefono": "+51944562118",
            "correo": "rami.haddad.sy@gmail.com",
            "motivo": "my interview was conducted without an Arabic interpreter and several of my statements were misunderstood and wrongly recorded"},
    exp_sig="absent", exp_missing=["firma"], exp_outcome="subsanar")

msg(slug="recours-reconsideration-photo-manuscrite", mailbox=MDP, recv=L(6, 9, 5, 36), tz=-5,
    frm=("Ngono Marie-Claire", "mc.ngono@yahoo.fr"),
    subject="Recours de reconsidération - Recurso de Reconsideración",
    body="""Madame, Monsieur,

Je soussignée NGONO ESSOMBA Marie-Claire, de nationalité camerounaise, passeport
n° AA 0456123, introduis un recours de reconsidération contre la décision qui rejette
ma demande de statut de réfugiée.

Motif : je n'ai pas pu présenter lors de l'entretien les documents qui prouvent les
persécutions subies dans la région anglophone du Nord-Ouest, que je joins maintenant.

Téléphone : 955 874 201
Courriel : mc.ngono@yahoo.fr

Vous trouverez ci-joint mon recours signé à la main (photo).

Veuillez agréer mes salutations distinguées.
Marie-Claire
""",
    atts=[lambda: att_jpeg("recours_signe.jpg", [
        "Lima, le 5 octobre 2026",
        "A la Commission Speciale pour les Refugies",
        "Objet : recours de reconsideration",
        "Je soussignee NGONO ESSOMBA Marie-Claire ...",
        "je demande la reconsideration de la decision",
        "Signature :",
    ], seed=61)],
    procedure="reconsideracion",
    fields={"nombres": "NGONO ESSOMBA Marie-Claire", "nacionalidad": "CM",
            "documento_identidad": "AA0456123", "telefono": "+51955874201",
            "correo": "mc.ngono@yahoo.fr",
            "motivo": "je n'ai pas pu présenter lors de l'entretien les documents qui prouvent les persécutions subies dans la région anglophone du Nord-Ouest"},
    exp_sig="manuscrita", exp_outcome="cargo", exp_flags=["verificar_firma"])

msg(slug="reconsideracion-reenviada-a-refugiados-tarde", mailbox=REF, recv=L(6, 17, 12, 41), tz=-5,
    frm=("Dayana Quiñónez", "dayanaq.ec@gmail.com"),
    subject="Fwd: Recurso de reconsideración",
    body="""Perdón, no sabía a qué correo mandar, el otro me rebotó. Reenvío mi recurso.
Fui notificada con fecha 15/09/2026.

Dayana Quiñónez Cortez
ecuatoriana - cédula 0803456712
celular 968 330 145

---------- Forwarded message ---------
De: Dayana Quiñónez <dayanaq.ec@gmail.com>
Date: mar, 6 oct 2026 a las 16:58
Subject: Recurso de reconsideración
To: <refugio@rree.gob.pe>

Buenas tardes, adjunto mi recurso de reconsideración firmado.
""",
    atts=[lambda: att_signed("RECURSO_DQC.pdf", [
        "Señores Comisión Especial para los Refugiados",
        "",
        "DAYANA QUIÑÓNEZ CORTEZ, ecuatoriana, con cédula de identidad N° 0803456712, "
        "teléfono 968 330 145, correo dayanaq.ec@gmail.com, interpongo recurso de "
        "reconsideración contra la resolución que me fue notificada con fecha 15/09/2026.",
        "",
        "Fundamento mi recurso en que la Comisión no consideró que en Esmeraldas fui "
        "víctima de extorsión y amenazas de muerte por una banda criminal, hecho que "
        "acredito con el parte policial que adjunto como nueva prueba.",
        "",
        "Lima, 6 de octubre de 2026",
    ], "Dayana Quinonez Cortez")],
    procedure="reconsideracion", notified=dt.date(2026, 9, 15),
    fields={"nombres": "Dayana Quiñónez Cortez", "nacionalidad": "EC",
            "documento_identidad": "0803456712", "telefono": "+51968330145",
            "correo": "dayanaq.ec@gmail.com",
            "motivo": "la Comisión no consideró que en Esmeraldas fui víctima de extorsión y amenazas de muerte por una banda criminal"},
    exp_sig="valid", exp_outcome="cargo", exp_flags=["derivado", "extemporaneo"])

# ===========================================================================
# apelacion
# ===========================================================================
msg(slug="apelacion-apodo-nombre-solo-en-pdf", mailbox=MDP, recv=L(5, 11, 40, 16), tz=-5,
    frm=("Kike B.", "kikeblanco1990@gmail.com"),
    subject="Recurso de Apelación",
    body="""Buenos días,

adjunto mi recurso de apelación firmado digitalmente con todos mis datos.

Quedo atento.
Kike
""",
    atts=[lambda: att_signed("apelacion.pdf", [
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "",
        "Yo, Enrique José Blanco Parra, venezolano, identificado con cédula de identidad "
        "V-17.888.204 y pasaporte 112233445, con teléfono 993 445 120 y correo electrónico "
        "kikeblanco1990@gmail.com, interpongo RECURSO DE APELACIÓN contra la resolución que "
        "confirma la denegatoria de mi solicitud de refugio, notificada el 25 de septiembre "
        "de 2026.",
        "",
        "Motivo de la apelación: la resolución no valoró el informe médico que acredita las "
        "lesiones sufridas durante mi detención arbitraria en 2024 ni la orden de captura "
        "emitida en mi contra por motivos políticos.",
        "",
        "Lima, 5 de octubre de 2026",
        "Enrique José Blanco Parra",
    ], "Enrique Jose Blanco Parra", title="RECURSO DE APELACIÓN")],
    procedure="apelacion", notified=dt.date(2026, 9, 25),
    fields={"nombres": "Enrique José Blanco Parra", "nacionalidad": "VE",
            "documento_identidad": "V17888204", "telefono": "+51993445120",
            "correo": "kikeblanco1990@gmail.com",
            "motivo": "la resolución no valoró el informe médico que acredita las lesiones sufridas durante mi detención arbitraria en 2024"},
    exp_sig="valid", exp_outcome="cargo")

msg(slug="appel-rdc-pdf-modifie", mailbox=MDP, recv=L(5, 16, 45, 51), tz=-5,
    frm=("Patrick Mbuyi", "patrick.mbuyi.k@gmail.com"),
    subject="Recours en appel - Recurso de Apelación",
    body="""Bonjour,

Je m'appelle MBUYI KABONGO Patrick, de nationalité congolaise (RDC), passeport
OP0654321, tél +51 912 004 587, email patrick.mbuyi.k@gmail.com.

Je fais appel de la décision qui confirme le refus de ma demande de refuge.
Motif : la Commission a considéré que le Nord-Kivu est sûr, alors que les affrontements
armés y continuent et que ma famille a été déplacée de force.

Ci-joint ma lettre signée électroniquement.

Cordialement,
Patrick
""",
    atts=[lambda: att_altered("appel_mbuyi.pdf", [
        "Recours d'appel",
        "",
        "Je soussigne MBUYI KABONGO Patrick, passeport OP0654321, fais appel de la decision "
        "qui confirme le refus de ma demande de refuge.",
        "",
        "Motif : la Commission a considere que le Nord-Kivu est sur, alors que les "
        "affrontements armes y continuent.",
        "",
        "Lima, le 5 octobre 2026",
    ], "Patrick Mbuyi Kabongo", b"affrontements", b"AFFRONTEMENTS")],
    procedure="apelacion",
    fields={"nombres": "MBUYI KABONGO Patrick", "nacionalidad": "CD",
            "documento_identidad": "OP0654321", "telefono": "+51912004587",
            "correo": "patrick.mbuyi.k@gmail.com",
            "motivo": "la Commission a considéré que le Nord-Kivu est sûr, alors que les affrontements armés y continuent"},
    exp_sig="invalid", exp_missing=["firma"], exp_outcome="subsanar")

msg(slug="apelacion-cubano-escaneada-sin-documento", mailbox=MDP, recv=L(7, 12, 30, 44), tz=-4,
    frm=("Yoandri", "yoandri.cu@nauta.cu"),
    subject="apelacion",
    body="""saludos

mando la apelacion escaneada q la firme a mano. Me llamo yoandri perez castillo soy cubano.

Motivo: no estoy de acuerdo con la denegatoria porq en Cuba me perseguian por ser
opositor, me detuvieron 3 veces y tengo las citaciones de la policia q no revisaron.

telf 9 7012 3456
correo yoandri.cu@nauta.cu
""",
    atts=[lambda: att_scan_pdf("apelacion_escaneada.pdf", [
        "Señores Comision Especial para los Refugiados",
        "Asunto: Recurso de Apelacion",
        "Yo Yoandri Perez Castillo presento apelacion",
        "contra la resolucion que me deniega el refugio",
        "Lima 7 de octubre del 2026",
        "Firma:",
    ], seed=101)],
    procedure="apelacion",
    fields={"nombres": "yoandri perez castillo", "nacionalidad": "CU",
            "telefono": "+51970123456", "correo": "yoandri.cu@nauta.cu",
            "motivo": "no estoy de acuerdo con la denegatoria porq en Cuba me perseguian por ser opositor"},
    exp_sig="manuscrita", exp_missing=["documento_identidad"], exp_outcome="subsanar",
    exp_flags=["verificar_firma"])

msg(slug="re-apelacion-hondurena-fuera-de-plazo-noche", mailbox=MDP, recv=L(13, 18, 5, 22), tz=-6,
    frm=("Keila Reyes", "keilareyes.hn@gmail.com"),
    subject="RE: Recurso de apelacion - KEILA REYES",
    body="""Buenas noches, vuelvo a enviar mi apelación ahora con el documento firmado digitalmente.

Nombre completo: Keila Yamileth Reyes Zelaya
Hondureña
DNI 0801-1992-04567
Cel: +504 9876-5432
correo keilareyes.hn@gmail.com

La resolución me la notificaron el 2 de septiembre de 2026. Apelo porque la Comisión
dijo que podía pedir protección a la policía de San Pedro Sula, pero los mismos policías
trabajan con la mara que me amenazó.

El mar, 29 sept 2026 a las 10:12, Mesa de Partes <mesadepartes@rree.gob.pe> escribió:
> Estimada usuaria: su escrito no se encuentra firmado. Sírvase remitirlo firmado.
> Mesa de Partes Virtual - Ministerio de Relaciones Exteriores
""",
    atts=[lambda: att_signed("apelacion_keila_reyes_firmada.pdf", [
        "Keila Yamileth Reyes Zelaya, hondureña, DNI 0801-1992-04567, interpongo recurso de "
        "apelación contra la resolución notificada el 2 de septiembre de 2026.",
        "",
        "Fundamento: los policías de San Pedro Sula trabajan con la mara que me amenazó, por "
        "lo que no existe protección del Estado.",
        "",
        "Keila Y. Reyes Z.",
    ], "Keila Yamileth Reyes Zelaya", title="RECURSO DE APELACIÓN")],
    procedure="apelacion", notified=dt.date(2026, 9, 2),
    fields={"nombres": "Keila Yamileth Reyes Zelaya", "nacionalidad": "HN",
            "documento_identidad": "0801199204567", "telefono": "+50498765432",
            "correo": "keilareyes.hn@gmail.com",
            "motivo": "la Comisión dijo que podía pedir protección a la policía de San Pedro Sula, pero los mismos policías trabajan con la mara que me amenazó"},
    exp_sig="valid", exp_outcome="cargo", exp_flags=["extemporaneo"])

msg(slug="apelacion-abogada-por-afgano-domingo", mailbox=MDP, recv=L(11, 10, 0, 45), tz=-5,
    frm=("Lucía Fernández - Asesoría Legal", "asesoria@ayudarefugio-peru.org"),
    cc="ahmad.rahimi.pe@gmail.com",
    subject="Recurso de Apelación - Sr. Ahmad Zia Rahimi",
    body="""Estimados señores:

En representación del Sr. Ahmad Zia Rahimi, de nacionalidad afgana, pasaporte
P02345678, remitimos el recurso de apelación firmado digitalmente por él, contra la
resolución que le fue notificada el 30/09/2026.

Motivo: la Comisión no consideró que el Sr. Rahimi trabajó como intérprete para
fuerzas extranjeras en Kabul y que por ello es buscado por las autoridades de facto.

Para notificaciones del Sr. Rahimi:
teléfono 941 220 733
correo ahmad.rahimi.pe@gmail.com

Atentamente,
Dra. Lucía Fernández Quispe
Abogada - DNI 45678912 - CAL 78901
Tel. oficina (01) 332-1100
""",
    atts=[lambda: att_signed("Apelacion_Rahimi.pdf", [
        "Ahmad Zia Rahimi, Afghan national, passport P02345678, files this appeal "
        "(Recurso de Apelación) against the resolution notified on 30/09/2026.",
        "",
        "Reason: I worked as an interpreter for foreign forces in Kabul and I am wanted by "
        "the de facto authorities.",
        "",
        "Ahmad Zia Rahimi",
    ], "Ahmad Zia Rahimi", title="RECURSO DE APELACION / APPEAL")],
    procedure="apelacion", notified=dt.date(2026, 9, 30),
    fields={"nombres": "Ahmad Zia Rahimi", "nacionalidad": "AF",
            "documento_identidad": "P02345678", "telefono": "+51941220733",
            "correo": "ahmad.rahimi.pe@gmail.com",
            "motivo": "la Comisión no consideró que el Sr. Rahimi trabajó como intérprete para fuerzas extranjeras en Kabul"},
    exp_sig="valid", exp_outcome="cargo")

# ===========================================================================
# renuncia
# ===========================================================================
msg(slug="renuncia-solicitante-firmada", mailbox=MDP, recv=L(1, 12, 2, 9), tz=-5,
    frm=("María Gabriela Sifontes", "mgsifontes@gmail.com"),
    subject="Renuncia",
    body="""Buenas tardes,

Por medio de la presente presento mi renuncia al trámite de solicitud de refugio.
Adjunto documento firmado digitalmente.

Motivo: obtuve el Permiso Temporal de Permanencia y regularizaré mi situación migratoria
por esa vía.

Nombres: María Gabriela Sifontes Rangel
Nacionalidad: Venezuela
Pasaporte: 145678923
Teléfono: 912 345 098

Atentamente,
María Gabriela
""",
    atts=[lambda: att_signed("renuncia_sifontes.pdf", [
        "Yo, María Gabriela Sifontes Rangel, de nacionalidad venezolana, pasaporte "
        "145678923, renuncio a mi solicitud de refugio en trámite.",
        "",
        "Motivo: obtuve el Permiso Temporal de Permanencia.",
        "",
        "Lima, 1 de octubre de 2026",
    ], "Maria Gabriela Sifontes Rangel", title="RENUNCIA")],
    procedure="renuncia",
    fields={"nombres": "María Gabriela Sifontes Rangel", "nacionalidad": "VE",
            "documento_identidad": "145678923", "telefono": "+51912345098",
            "correo": "mgsifontes@gmail.com",
            "motivo": "obtuve el Permiso Temporal de Permanencia y regularizaré mi situación migratoria por esa vía"},
    exp_sig="valid", exp_outcome="acuse")

msg(slug="renuncia-refugiado-colombiano-firma-escaneada", mailbox=MDP, recv=L(2, 16, 40, 5), tz=-5,
    frm=("Jhon Fredy", "jhonfredy.gomez@hotmail.com"),
    subject="RENUNCIA A LA CONDICION DE REFUGIADO",
    body="""buenas tardes

yo JHON FREDY GOMEZ ARANGO de nacionalidad colombiana con cedula de ciudadania
94.512.336 y carnet de extranjeria 000845123 les escribo para renunciar a mi condicion
de refugiado reconocido, el motivo es que voy a regresar a Colombia con mi familia ya
que la situacion en mi municipio cambió.

mi telefono es 987-001-556

adjunto la carta con mi firma

gracias
""",
    atts=[lambda: att_text_img("carta renuncia.pdf", [
        "Lima, 2 de octubre de 2026",
        "Señores CEPR",
        "Yo JHON FREDY GOMEZ ARANGO, colombiano, C.C. 94.512.336, carné de extranjería "
        "000845123, renuncio a mi condición de refugiado.",
        "Motivo: regreso a Colombia con mi familia.",
        "Firma:",
    ], seed=14)],
    procedure="renuncia",
    fields={"nombres": "JHON FREDY GOMEZ ARANGO", "nacionalidad": "CO",
            "documento_identidad": "94512336", "carne_extranjeria": "000845123",
            "telefono": "+51987001556", "correo": "jhonfredy.gomez@hotmail.com",
            "motivo": "voy a regresar a Colombia con mi familia ya que la situacion en mi municipio cambió"},
    exp_sig="manuscrita", exp_outcome="acuse", exp_flags=["verificar_firma"])

msg(slug="renuncia-ruso-buzon-solicitantes-pdf-sin-firma", mailbox=SOL, recv=L(7, 10, 15, 27), tz=3,
    frm=("Dmitrii Volkov", "d.volkov.1987@mail.ru"),
    subject="Renuncia a solicitud de refugio",
    body="""Hola.

Yo soy Dmitrii Sergeevich Volkov. Ciudadano de Rusia.
Quiero renunciar a mi solicitud de refugio en Peru.
Motivo: recibi visa de trabajo en Argentina y me voy a vivir alla.

Pasaporte 75 4412873
Telefono: +7 916 234-56-78 (whatsapp)

Documento en adjunto.
Gracias
""",
    atts=[lambda: att_text("renuncia.pdf", [
        "Renuncia",
        "Yo, Dmitrii Sergeevich Volkov, ciudadano de Rusia, pasaporte 75 4412873, renuncio "
        "a mi solicitud de refugio.",
        "Motivo: visa de trabajo en Argentina.",
        "Lima, 7 octubre 2026",
    ])],
    procedure="renuncia",
    fields={"nombres": "Dmitrii Sergeevich Volkov", "nacionalidad": "RU",
            "documento_identidad": "754412873", "telefono": "+79162345678",
            "correo": "d.volkov.1987@mail.ru",
            "motivo": "recibi visa de trabajo en Argentina y me voy a vivir alla"},
    exp_sig="absent", exp_missing=["firma"], exp_outcome="subsanar", exp_flags=["derivado"])

msg(slug="renonciation-refugiee-senegalaise-sans-carne", mailbox=MDP, recv=L(12, 9, 30, 2), tz=-5,
    frm=("Awa", "awandiaye.sn@gmail.com"),
    subject="Renuncia - Awa Ndiaye",
    body="""Bonjour,

Je suis réfugiée reconnue au Pérou depuis 2022 et je souhaite renoncer à mon statut de
réfugiée. Motif : je rentre au Sénégal pour m'occuper de ma mère malade.

Nom complet : Awa Ndiaye Diop
Nationalité : sénégalaise
Passeport n° A01987654
Téléphone : +51 934 781 220

Ci-joint la lettre signée.

Merci,
Awa
""",
    atts=[lambda: att_signed("renonciation_awa_ndiaye.pdf", [
        "Je soussignee Awa Ndiaye Diop, de nationalite senegalaise, passeport A01987654, "
        "renonce a mon statut de refugiee au Perou.",
        "",
        "Motif : retour au Senegal pour m'occuper de ma mere malade.",
        "",
        "Lima, le 11 octobre 2026",
    ], "Awa Ndiaye Diop", title="RENONCIATION / RENUNCIA")],
    procedure="renuncia", recognised=True,
    fields={"nombres": "Awa Ndiaye Diop", "nacionalidad": "SN",
            "documento_identidad": "A01987654", "telefono": "+51934781220",
            "correo": "awandiaye.sn@gmail.com",
            "motivo": "je rentre au Sénégal pour m'occuper de ma mère malade"},
    exp_sig="valid", exp_missing=["carne_extranjeria"], exp_outcome="subsanar")

# ===========================================================================
# prorroga_residencia
# ===========================================================================
msg(slug="prorroga-residencia-tabla-html", mailbox=REF, recv=L(1, 9, 22, 40), tz=-5, html=True,
    frm=("Ender Rivas", "ender.rivas.m@gmail.com"),
    subject="Prórroga de residencia",
    body="""<html><body>
<p>Buenos d&iacute;as, solicito la pr&oacute;rroga anual de mi residencia. Mis datos:</p>
<table border="1" cellpadding="4">
<tr><td><b>Nombres y Apellidos</b></td><td>Ender Alexander Rivas Mendoza</td></tr>
<tr><td><b>Sexo</b></td><td>Masculino</td></tr>
<tr><td><b>Nacionalidad</b></td><td>Venezolana</td></tr>
<tr><td><b>C&eacute;dula</b></td><td>V-15.334.902</td></tr>
<tr><td><b>Carn&eacute; de Extranjer&iacute;a</b></td><td>001122334</td></tr>
<tr><td><b>Fecha de nacimiento</b></td><td>23/08/1984</td></tr>
<tr><td><b>Tel&eacute;fono</b></td><td>945 667 001</td></tr>
</table>
<p>Saludos cordiales,<br>Ender</p>
</body></html>
""",
    procedure="prorroga_residencia",
    fields={"nombres": "Ender Alexander Rivas Mendoza", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V15334902", "carne_extranjeria": "001122334",
            "fecha_nacimiento": "1984-08-23", "telefono": "+51945667001",
            "correo": "ender.rivas.m@gmail.com"},
    exp_outcome="acuse")

msg(slug="residence-extension-syrian-mesa-de-partes", mailbox=MDP, recv=L(2, 11, 11, 38), tz=-5,
    frm=("Omar Al-Masri", "omar.almasri@outlook.com"),
    subject="Prorroga de Residencia - annual renewal",
    body="""Hello,

I am a recognized refugee in Peru and I need my annual residence extension
(prórroga de residencia).

Full name: Omar Al-Masri
Sex: male
Nationality: Syrian
Passport: N 012345678
Foreigner card (carné de extranjería): 000567890
Date of birth: 1979-11-02
Phone: (01) 445-2310

Kind regards,
Omar
""",
    procedure="prorroga_residencia",
    fields={"nombres": "Omar Al-Masri", "sexo": "M", "nacionalidad": "SY",
            "documento_identidad": "N012345678", "carne_extranjeria": "000567890",
            "fecha_nacimiento": "1979-11-02", "telefono": "+5114452310",
            "correo": "omar.almasri@outlook.com"},
    exp_outcome="acuse", exp_flags=["derivado"])

msg(slug="renovacion-residencia-faltan-sexo-y-nacimiento", mailbox=REF, recv=L(5, 14, 0, 9), tz=-5,
    frm=("Sandra Milena", "sandramilena.lozano@gmail.com"),
    subject="renovacion de residencia",
    body="""Buenas tardes. Solicito la prórroga anual de mi residencia.

LOZANO PATIÑO Sandra Milena - Colombia - CC 52.789.011 - CE 000334455 - cel 960 221 478

Gracias
""",
    procedure="prorroga_residencia",
    fields={"nombres": "LOZANO PATIÑO Sandra Milena", "nacionalidad": "CO",
            "documento_identidad": "52789011", "carne_extranjeria": "000334455",
            "telefono": "+51960221478", "correo": "sandramilena.lozano@gmail.com"},
    exp_missing=["sexo", "fecha_nacimiento"], exp_outcome="subsanar")

msg(slug="prorroga-cubano-feriado-anio-dos-cifras", mailbox=REF, recv=L(8, 10, 45, 19), tz=-5,
    frm=("Osmany", "osmany.lb@gmail.com"),
    subject="Prorroga de residencia Osmany Labrada",
    body="""Buenos dias. Mis datos para la prorroga de residencia:

Nombre: OSMANY LABRADA BETANCOURT
Sexo: M
Nacionalidad: cubana
Carnet de identidad: 88040712345
Carné de extranjería: 000998877
F. nacimiento: 07/04/88
Telf: +51 999 888 123

Saludos
""",
    procedure="prorroga_residencia",
    fields={"nombres": "OSMANY LABRADA BETANCOURT", "sexo": "M", "nacionalidad": "CU",
            "documento_identidad": "88040712345", "carne_extranjeria": "000998877",
            "fecha_nacimiento": "1988-04-07", "telefono": "+51999888123",
            "correo": "osmany.lb@gmail.com"},
    exp_outcome="acuse")

msg(slug="pwolongasyon-rezidans-sin-carne", mailbox=REF, recv=L(10, 12, 20, 40), tz=-5,
    frm=("Wilner", "wilnerjb509@gmail.com"),
    subject="Prorroga de residencia",
    body="""Bonjou,

Mwen se Wilner JEAN BAPTISTE, mwen se ayisyen, mwen rekonèt kòm refijye e mwen vle fè
pwolongasyon rezidans mwen pou ane sa a.

Sexo: masculino
Fecha de nacimiento: 12 de junio de 1990
Paspò: RD4567123
Telefòn: 976 543 210

M ap voye nimewo kat etranje a (carné de extranjería) pita, li nan kay frè m.

Mèsi
""",
    procedure="prorroga_residencia",
    fields={"nombres": "Wilner JEAN BAPTISTE", "sexo": "M", "nacionalidad": "HT",
            "documento_identidad": "RD4567123", "fecha_nacimiento": "1990-06-12",
            "telefono": "+51976543210", "correo": "wilnerjb509@gmail.com"},
    exp_missing=["carne_extranjeria"], exp_outcome="subsanar")

# ===========================================================================
# duplicado_carne_extranjeria
# ===========================================================================
msg(slug="duplicado-carne-extranjeria-con-denuncia", mailbox=REF, recv=L(6, 10, 0, 58), tz=-5,
    frm=("Génesis", "genesis.uzcategui@gmail.com"),
    subject="Duplicado de carné de extranjería",
    body="""Buenos días,

Solicito el duplicado de mi carné de extranjería. Adjunto la denuncia policial.

Nombre completo: Génesis Andreína Uzcátegui Moreno
Sexo: femenino
Nacionalidad: venezolana
Pasaporte N°: 098765432
Carné de extranjería N°: 001-456-789
Fecha de nacimiento: 1995-02-28
Celular: 924 887 310

Muchas gracias,
Génesis
""",
    atts=[lambda: att_text("denuncia_policial_comisaria_SJL.pdf", [
        "POLICÍA NACIONAL DEL PERÚ - COMISARÍA ZÁRATE",
        "CONSTANCIA DE DENUNCIA POLICIAL N° 3318-2026",
        "",
        "Denunciante: Génesis Andreína Uzcátegui Moreno, pasaporte 098765432.",
        "Hecho denunciado: pérdida de documentos (carné de extranjería N° 001456789) "
        "ocurrida el 3 de octubre de 2026 en el distrito de San Juan de Lurigancho.",
        "",
        "San Juan de Lurigancho, 4 de octubre de 2026",
    ], denuncia=True)],
    procedure="duplicado_carne_extranjeria",
    fields={"nombres": "Génesis Andreína Uzcátegui Moreno", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "098765432", "carne_extranjeria": "001456789",
            "fecha_nacimiento": "1995-02-28", "telefono": "+51924887310",
            "correo": "genesis.uzcategui@gmail.com"},
    exp_outcome="acuse")

msg(slug="duplicado-de-carnet-ecuatoriano-foto-denuncia", mailbox=REF, recv=L(7, 17, 30, 13), tz=-5,
    frm=("Jonathan Cedeño", "jcedeno.ec@yahoo.com"),
    subject="Duplicado de carnet",
    body="""Saludos cordiales.

Pido el duplicado de mi carné de extranjería de refugiado. Adjunto foto de la denuncia
de la comisaría.

Datos:
Jonathan Israel Cedeño Mera
Sexo: hombre
ecuatoriano
C.I. 131234567-8
CE 000778899
nacido el 03-11-1991
teléfono 0051 955 123 456

Atentamente
""",
    atts=[lambda: att_jpeg("denuncia.jpg", [
        "POLICIA NACIONAL DEL PERU",
        "Comisaria de Independencia",
        "Denuncia por perdida de documentos",
        "Denunciante: Jonathan Israel Cedeno Mera",
        "Fecha: 06/10/2026",
    ], seed=23, denuncia=True)],
    procedure="duplicado_carne_extranjeria",
    fields={"nombres": "Jonathan Israel Cedeño Mera", "sexo": "M", "nacionalidad": "EC",
            "documento_identidad": "1312345678", "carne_extranjeria": "000778899",
            "fecha_nacimiento": "1991-11-03", "telefono": "+51955123456",
            "correo": "jcedeno.ec@yahoo.com"},
    exp_outcome="acuse")

msg(slug="duplicate-card-ukrainian-no-police-report", mailbox=REF, recv=L(12, 15, 20, 18), tz=-5,
    frm=("Olena Kovalenko", "olena.kovalenko.ua@gmail.com"),
    subject="Duplicate of foreigner card / Duplicado de carné de extranjería",
    body="""Good afternoon,

I would like to request a duplicate of my carné de extranjería. I will go to the police
station tomorrow and send you the document afterwards.

Full name: KOVALENKO Olena
Sex: female
Nationality: Ukrainian
Passport: FA 482913
Carné de extranjería: 000 112 358
Date of birth: 30/01/1986
Phone: +380 67 123 4567

Thank you,
Olena
""",
    procedure="duplicado_carne_extranjeria",
    fields={"nombres": "KOVALENKO Olena", "sexo": "F", "nacionalidad": "UA",
            "documento_identidad": "FA482913", "carne_extranjeria": "000112358",
            "fecha_nacimiento": "1986-01-30", "telefono": "+380671234567",
            "correo": "olena.kovalenko.ua@gmail.com"},
    exp_missing=["denuncia_policial"], exp_outcome="subsanar")

msg(slug="duplicado-carne-bangladesi-buzon-solicitantes", mailbox=SOL, recv=L(13, 9, 50, 44), tz=-5,
    frm=("Md Rafiqul Islam", "rafiq.islam.bd@gmail.com"),
    subject="duplicado carnet extranjeria",
    body="""Señores,

pido duplicado de carne de extranjeria. Adjunto constancia de la comisaria.

Nombre: Md. Rafiqul Islam
Sexo: masculino
De nacionalidad bangladesí
Pasaporte: BX0456789
Carne ext.: 000654321
Fecha nac.: 15/03/83
Cel: 9 6543 2109

Gracias
""",
    atts=[lambda: att_text("constancia_comisaria.pdf", [
        "POLICÍA NACIONAL DEL PERÚ",
        "COMISARÍA PNP LA VICTORIA",
        "CONSTANCIA DE DENUNCIA POLICIAL N° 7720-2026",
        "",
        "Se deja constancia que Md. Rafiqul Islam, pasaporte BX0456789, denunció el robo "
        "de su billetera con su carné de extranjería el 11 de octubre de 2026.",
    ], denuncia=True)],
    procedure="duplicado_carne_extranjeria",
    fields={"nombres": "Md. Rafiqul Islam", "sexo": "M", "nacionalidad": "BD",
            "documento_identidad": "BX0456789", "carne_extranjeria": "000654321",
            "fecha_nacimiento": "1983-03-15", "telefono": "+51965432109",
            "correo": "rafiq.islam.bd@gmail.com"},
    exp_outcome="acuse", exp_flags=["derivado"])

# ===========================================================================
# autorizacion_viaje
# ===========================================================================
msg(slug="autorizacion-viaje-firmada-fechas-dos-cifras", mailbox=REF, recv=L(2, 9, 40, 12), tz=-5,
    frm=("Carlos Luis Pacheco", "clpacheco@gmail.com"),
    subject="Autorización de Viaje",
    body="""Buenos días.

Adjunto solicitud firmada digitalmente de autorización de viaje de urgencia.

Resumen:
Nombre: Carlos Luis Pacheco Añez
CE: 000223344
Destino: Bogotá, Colombia
Salida: 20/10/26
Retorno: 03/11/26
Motivo: mi madre está hospitalizada en Bogotá y debo acompañarla en una cirugía
Teléfono: +51 961 004 221

Gracias.
""",
    atts=[lambda: att_signed("solicitud_viaje_pacheco.pdf", [
        "Yo, Carlos Luis Pacheco Añez, refugiado reconocido, carné de extranjería "
        "000223344, solicito autorización de viaje de urgencia a Bogotá, Colombia, con "
        "salida el 20/10/26 y retorno el 03/11/26.",
        "",
        "Motivo: mi madre está hospitalizada en Bogotá y debo acompañarla en una cirugía.",
        "",
        "Teléfono: +51 961 004 221",
    ], "Carlos Luis Pacheco Anez", title="SOLICITUD DE AUTORIZACIÓN DE VIAJE")],
    procedure="autorizacion_viaje",
    fields={"nombres": "Carlos Luis Pacheco Añez", "carne_extranjeria": "000223344",
            "destino": "Bogotá, Colombia", "fecha_salida": "2026-10-20",
            "fecha_retorno": "2026-11-03",
            "motivo": "mi madre está hospitalizada en Bogotá y debo acompañarla en una cirugía",
            "telefono": "+51961004221", "correo": "clpacheco@gmail.com"},
    exp_sig="valid", exp_outcome="acuse")

msg(slug="permiso-viaje-esposa-escribe-foto-firma", mailbox=REF, recv=L(4, 21, 12, 50), tz=-5,
    frm=("Paola Ríos", "paolarios.c@gmail.com"),
    subject="Permiso de viaje URGENTE",
    body="""Buenas noches,

Escribo a nombre de mi esposo Wilmer Andrés Castaño Ruiz, refugiado colombiano
reconocido, carné de extranjería N° 000 445 566. Él necesita viajar de urgencia a
Medellín (Colombia) porque falleció su papá y el entierro es esta semana.

Sale el 8 de octubre de 2026 y regresa el 18 de octubre de 2026.
El teléfono de él es 947 556 320.

Adjunto la solicitud firmada por él (foto).

Atte.
Paola Ríos (esposa)
""",
    atts=[lambda: att_jpeg("solicitud_viaje_wilmer.jpg", [
        "Lima 4 de octubre 2026",
        "Señores CEPR",
        "Yo Wilmer Andres Castaño Ruiz solicito",
        "autorizacion de viaje a Medellin",
        "por fallecimiento de mi padre",
        "Firma",
    ], seed=27)],
    procedure="autorizacion_viaje",
    fields={"nombres": "Wilmer Andrés Castaño Ruiz", "nacionalidad": "CO",
            "carne_extranjeria": "000445566", "destino": "Medellín (Colombia)",
            "fecha_salida": "2026-10-08", "fecha_retorno": "2026-10-18",
            "motivo": "falleció su papá y el entierro es esta semana",
            "telefono": "+51947556320", "correo": "paolarios.c@gmail.com"},
    exp_sig="manuscrita", exp_outcome="acuse", exp_flags=["verificar_firma"])

msg(slug="permiso-viaje-siria-sin-adjunto-sin-retorno", mailbox=REF, recv=L(6, 13, 15, 20), tz=-5,
    frm=("Lina", "lina.alshami@gmail.com"),
    subject="permiso de viaje urgente",
    body="""Estimados señores:

Soy Lina Al-Shami, refugiada reconocida de nacionalidad siria, CE 000 321 654.
Necesito autorización para viajar a Estambul, Turquía, el 15/10/2026 porque mi hermano
tiene una operación del corazón y soy su única familia allí. Aún no tengo fecha de
regreso.

Mi teléfono: 953 210 998

Gracias.
Lina
""",
    procedure="autorizacion_viaje",
    fields={"nombres": "Lina Al-Shami", "nacionalidad": "SY", "carne_extranjeria": "000321654",
            "destino": "Estambul, Turquía", "fecha_salida": "2026-10-15",
            "motivo": "mi hermano tiene una operación del corazón y soy su única familia allí",
            "telefono": "+51953210998", "correo": "lina.alshami@gmail.com"},
    exp_sig="absent", exp_missing=["firma", "fecha_retorno"], exp_outcome="subsanar")

msg(slug="autorizacion-viaje-nicaraguense-a-mesa-de-partes", mailbox=MDP, recv=L(13, 11, 25, 15), tz=-6,
    frm=("Marling Obando", "marling.obando@gmail.com"),
    subject="Autorizacion de viaje - urgencia",
    body="""Buen día, envío mi solicitud de autorización de viaje firmada.

Marling Auxiliadora Obando Sequeira / CE 000612345 / Viajo a Managua, Nicaragua /
Salida: 2026-10-24 / Retorno: 2026-11-07 / Tel 981 234 567

Motivo: debo firmar en persona los documentos de la herencia de mi padre fallecido.

Bendiciones
""",
    atts=[lambda: att_signed("AUTORIZACION VIAJE MARLING.pdf", [
        "Marling Auxiliadora Obando Sequeira, nicaragüense, refugiada reconocida, carné de "
        "extranjería 000612345, solicito autorización de viaje a Managua, Nicaragua.",
        "Salida: 2026-10-24. Retorno: 2026-11-07.",
        "Motivo: firma en persona de los documentos de la herencia de mi padre fallecido.",
        "Teléfono: 981 234 567",
    ], "Marling Auxiliadora Obando Sequeira", title="AUTORIZACIÓN DE VIAJE")],
    procedure="autorizacion_viaje",
    fields={"nombres": "Marling Auxiliadora Obando Sequeira", "nacionalidad": "NI",
            "carne_extranjeria": "000612345", "destino": "Managua, Nicaragua",
            "fecha_salida": "2026-10-24", "fecha_retorno": "2026-11-07",
            "motivo": "debo firmar en persona los documentos de la herencia de mi padre fallecido",
            "telefono": "+51981234567", "correo": "marling.obando@gmail.com"},
    exp_sig="valid", exp_outcome="acuse", exp_flags=["derivado"])

msg(slug="autorisation-voyage-cameroun-pdf-texte", mailbox=REF, recv=L(14, 16, 55, 48), tz=-5,
    frm=("Serge Tchoupo", "serge.tchoupo@gmail.com"),
    subject="Autorisation de voyage / Autorización de Viaje",
    body="""Bonsoir,

Je suis Serge Alain TCHOUPO, de nationalité camerounaise, réfugié reconnu, carte
d'étranger (carné de extranjería) n° 000 909 112.

Je dois voyager d'urgence à Douala, Cameroun, pour les funérailles de mon père.
Départ : 22-10-2026 ; retour : 12-11-2026.
Téléphone : 912 777 340

Ci-joint ma demande.

Cordialement,
Serge
""",
    atts=[lambda: att_text("demande_autorisation_voyage.pdf", [
        "Serge Alain TCHOUPO - carné de extranjería 000909112",
        "Demande d'autorisation de voyage a Douala, Cameroun, du 22-10-2026 au 12-11-2026.",
        "Motif : funerailles de mon pere.",
    ])],
    procedure="autorizacion_viaje",
    fields={"nombres": "Serge Alain TCHOUPO", "nacionalidad": "CM",
            "carne_extranjeria": "000909112", "destino": "Douala, Cameroun",
            "fecha_salida": "2026-10-22", "fecha_retorno": "2026-11-12",
            "motivo": "pour les funérailles de mon père",
            "telefono": "+51912777340", "correo": "serge.tchoupo@gmail.com"},
    exp_sig="absent", exp_missing=["firma"], exp_outcome="subsanar")

# ===========================================================================
# carne_solicitante (suspended)
# ===========================================================================
msg(slug="carne-de-solicitante-colombiano", mailbox=SOL, recv=L(1, 10, 5, 11), tz=-5,
    frm=("Yeison", "yeison.marin.co@gmail.com"),
    subject="Carné de solicitante",
    body="""Buenos días, quisiera saber cuándo me pueden entregar mi carné de solicitante,
ya completé el registro con foto y huellas hace 3 meses.

Yeison Marín Ocampo
C.C. 1.128.456.003
cel 927 118 440
""",
    procedure="carne_solicitante",
    fields={"nombres": "Yeison Marín Ocampo", "documento_identidad": "1128456003",
            "telefono": "+51927118440", "correo": "yeison.marin.co@gmail.com"},
    exp_outcome="suspendido")

msg(slug="duplicado-de-carnet-solicitante-hondurena", mailbox=SOL, recv=L(12, 8, 5, 51), tz=-6,
    frm=("Dania Mejía", "dania.mejia.hn@gmail.com"),
    subject="Duplicado de carnet",
    body="""Buenos días,

solicito duplicado de mi carné de solicitante de refugio, adjunto la denuncia policial.

Mis datos: Dania Marisol Mejía Flores, hondureña, pasaporte F 654321,
teléfono 944 100 287.

Gracias.
""",
    atts=[lambda: att_text("denuncia_dania.pdf", [
        "CONSTANCIA DE DENUNCIA POLICIAL",
        "Denunciante: Dania Marisol Mejía Flores. Pérdida de carné de solicitante de refugio.",
        "Comisaría de Breña, 10 de octubre de 2026.",
    ], denuncia=True)],
    procedure="carne_solicitante",
    fields={"nombres": "Dania Marisol Mejía Flores", "nacionalidad": "HN",
            "documento_identidad": "F654321", "telefono": "+51944100287",
            "correo": "dania.mejia.hn@gmail.com"},
    exp_outcome="suspendido")

# ===========================================================================
# portal procedures
# ===========================================================================
msg(slug="demann-refij-kreyol", mailbox=SOL, recv=L(2, 20, 15, 44), tz=-5,
    frm=("Fabiola Pierre", "fabiolapierre509@gmail.com"),
    subject="Solicitud de refugio",
    body="""Bonswa,

Mwen rele Fabiola Pierre, mwen se ayisyèn, mwen rive Lima mwa pase a.
Kijan pou m fè demann refij la? Mwen pa konprann panyòl byen.

Telefòn mwen: 9 5512 3478

Mèsi
""",
    procedure="solicitud_refugio",
    fields={"nombres": "Fabiola Pierre", "nacionalidad": "HT", "telefono": "+51955123478",
            "correo": "fabiolapierre509@gmail.com"},
    exp_outcome="portal")

msg(slug="asylum-application-afghan-english", mailbox=REF, recv=L(10, 14, 0, 26), tz=-5,
    frm=("Farid Noori", "farid.noori.af@gmail.com"),
    subject="Asylum application - Solicitud de refugio",
    body="""Hello,

I am from Afghanistan and I arrived in Peru last week with my wife and two children.
How can I apply for refugee status? Do I need to come to the office in person?

My name is Farid Ahmad Noori, passport P01122334, phone +51 936 447 002.

Thank you
""",
    procedure="solicitud_refugio",
    fields={"nombres": "Farid Ahmad Noori", "nacionalidad": "AF",
            "documento_identidad": "P01122334", "telefono": "+51936447002",
            "correo": "farid.noori.af@gmail.com"},
    exp_outcome="portal")

msg(slug="autorizacion-trabajo-vencida", mailbox=SOL, recv=L(5, 8, 30, 0), tz=-5,
    frm=("Rosángela", "rosangela.pr@gmail.com"),
    subject="Autorización de trabajo",
    body="""Buenos días, mi autorización de trabajo venció la semana pasada y no sé cómo
renovarla, ¿la tengo que pedir por este correo?

Rosángela Pérez Rojas
V-24.567.890
""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "Rosángela Pérez Rojas", "documento_identidad": "V24567890",
            "correo": "rosangela.pr@gmail.com"},
    exp_outcome="portal")

msg(slug="work-permit-bangladesh-mesa-de-partes", mailbox=MDP, recv=L(7, 21, 40, 39), tz=-5,
    frm=("Shakil Ahmed", "shakil.ahmed.bd@yahoo.com"),
    subject="Work permit (Autorizacion de trabajo virtual)",
    body="""Dear sir/madam,

I am asylum seeker from Bangladesh. I need the work authorization. How I can get it?

Name: AHMED Shakil
passport BX0987123
mobile 0051-9-2233-4455

thanks
""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "AHMED Shakil", "nacionalidad": "BD", "documento_identidad": "BX0987123",
            "telefono": "+51922334455", "correo": "shakil.ahmed.bd@yahoo.com"},
    exp_outcome="portal")

msg(slug="entrevista-registro-no-llega-cita", mailbox=SOL, recv=L(13, 10, 10, 3), tz=-5,
    frm=("Yane", "yanelis.rguez@gmail.com"),
    subject="Entrevista de registro",
    body="""Hola buenas, hice mi solicitud en línea hace dos meses y todavía no me llega la cita
para la entrevista de registro. Revisé spam y nada. ¿Qué debo hacer?

Yanelis Rodríguez Fonseca, cubana, pasaporte K345678. Tel. 952-448-103
""",
    procedure="entrevista_registro",
    fields={"nombres": "Yanelis Rodríguez Fonseca", "nacionalidad": "CU",
            "documento_identidad": "K345678", "telefono": "+51952448103",
            "correo": "yanelis.rguez@gmail.com"},
    exp_outcome="portal")

msg(slug="re-entrevista-registro-senegalais", mailbox=REF, recv=L(14, 9, 0, 12), tz=-5,
    frm=("Moussa Sow", "moussa.sow221@gmail.com"),
    subject="RE: Entrevista de Registro",
    body="""Bonjour,

Je n'ai pas reçu le lien pour l'entrevista de registro virtuelle. Comment puis-je avoir
un rendez-vous ?

Moussa Sow, sénégalais
tél +221 77 123 45 67

Le 2 oct. 2026 à 09:14, Moussa Sow <moussa.sow221@gmail.com> a écrit :
> Bonjour, quand est-ce que j'aurai mon entretien ?
""",
    procedure="entrevista_registro",
    fields={"nombres": "Moussa Sow", "nacionalidad": "SN", "telefono": "+221771234567",
            "correo": "moussa.sow221@gmail.com"},
    exp_outcome="portal")

# ===========================================================================
# triage (no procedure decided)
# ===========================================================================
msg(slug="consulta-estado-expediente", mailbox=SOL, recv=L(1, 11, 30, 47), tz=-5,
    frm=("Luisa", "luisa.fermin@gmail.com"),
    subject="Consulta",
    body="""Buen día,

quería saber en qué estado está mi expediente N° 2023-0456-CEPR, no he recibido
ninguna respuesta desde hace un año.

Luisa Fermín
cédula 20.345.123
""",
    procedure=None,
    fields={"nombres": "Luisa Fermín", "documento_identidad": "20345123",
            "correo": "luisa.fermin@gmail.com"},
    exp_outcome="triage")

msg(slug="urgente-desalojo", mailbox=REF, recv=L(3, 23, 50, 2), tz=-5,
    frm=("wilfredo h", "wilfredo.h72@gmail.com"),
    subject="URGENTE!!",
    body="""porfavor ayudenme me quieren sacar del cuarto donde vivo con mis hijos y no tengo
plata para pagar, soy refugiado venezolano que puedo hacer

wilfredo hernandez
9 1234 5678
""",
    procedure=None,
    fields={"nombres": "wilfredo hernandez", "nacionalidad": "VE", "telefono": "+51912345678",
            "correo": "wilfredo.h72@gmail.com"},
    exp_outcome="triage")

msg(slug="actualizacion-y-cambio-clave-juntos", mailbox=SOL, recv=L(6, 15, 0, 31), tz=-5,
    frm=("Anyelo Torres", "anyelo.torres@gmail.com"),
    subject="Actualización de datos y cambio de clave",
    body="""Buenas tardes,

necesito actualizar mi número de teléfono y también que me cambien la clave y
contraseña del sistema, las dos cosas.

Nombre: Anyelo José Torres Bello
Venezolano
Pasaporte 135792468
Nuevo número: 977 300 412
Correo: anyelo.torres@gmail.com
""",
    procedure=None,
    fields={"nombres": "Anyelo José Torres Bello", "nacionalidad": "VE",
            "documento_identidad": "135792468", "telefono": "+51977300412",
            "correo": "anyelo.torres@gmail.com"},
    exp_outcome="triage")

msg(slug="ayuda-reconsideracion-o-apelacion", mailbox=MDP, recv=L(12, 17, 45, 9), tz=-5,
    frm=("Iryna", "iryna.shevchenko.lima@gmail.com"),
    subject="Ayuda",
    body="""Hola,

me llegó la resolución que deniega mi refugio. No sé si tengo que presentar recurso de
reconsideración o recurso de apelación, ¿cuál me corresponde y en cuánto tiempo?

Iryna Shevchenko, ucraniana
teléfono 986 554 112
""",
    procedure=None,
    fields={"nombres": "Iryna Shevchenko", "nacionalidad": "UA", "telefono": "+51986554112",
            "correo": "iryna.shevchenko.lima@gmail.com"},
    exp_outcome="triage")

# ===========================================================================
# ignorado (machine mail, institutional sender)
# ===========================================================================
msg(slug="respuesta-automatica-prorroga", mailbox=REF, recv=L(5, 9, 0, 4), tz=-5,
    frm=("Ender Rivas", "ender.rivas.m@gmail.com"),
    headers={"Auto-Submitted": "auto-replied"},
    subject="Respuesta automática: RE: Prórroga de residencia",
    body="""Gracias por su mensaje. Estaré fuera de Lima hasta el 12 de octubre sin acceso al
correo. Le responderé a mi regreso.
""",
    procedure="prorroga_residencia", fields={}, exp_outcome="ignorado")

msg(slug="undeliverable-cambio-clave", mailbox=SOL, recv=L(7, 3, 12, 8), tz=0, raw_bounce=True,
    frm=("Microsoft Outlook", "postmaster@outlook.com"),
    subject="Undeliverable: RE: Cambio de clave y contraseña",
    procedure="cambio_clave", fields={}, exp_outcome="ignorado")

msg(slug="boletin-lista-novedades", mailbox=MDP, recv=L(9, 7, 0, 3), tz=-5,
    frm=("Boletín Migrante", "boletin@noticiasmigrantes.pe"),
    headers={"List-Id": "Boletin Migrante <boletin.noticiasmigrantes.pe>",
             "List-Unsubscribe": "<mailto:baja@noticiasmigrantes.pe>",
             "Precedence": "bulk"},
    subject="Boletín semanal N° 142: novedades migratorias de la semana",
    body="""BOLETÍN MIGRANTE - N° 142

1. Migraciones amplía horario de atención en su sede de Breña.
2. Feria de empleo para población extranjera el 17 de octubre en Lima Norte.
3. Talleres gratuitos de emprendimiento: inscripciones abiertas.

Para dejar de recibir este boletín, responda con la palabra BAJA.
""",
    procedure=None, fields={}, exp_outcome="ignorado")

msg(slug="rv-interno-actualizacion-datos", mailbox=REF, recv=L(13, 12, 0, 30), tz=-5,
    frm=("Solicitantes de Refugio", SOL),
    subject="RV: Actualización de datos",
    body="""Colegas, se reenvía por corresponder a su unidad (refugiado reconocido).

Saludos,
Equipo Solicitantes de Refugio

-----Mensaje original-----
De: Omar Al-Masri <omar.almasri@outlook.com>
Enviado el: lunes, 12 de octubre de 2026 18:40
Para: solicitantesrefugio@rree.gob.pe
Asunto: Actualización de datos

Nuevo teléfono: 954 300 210
""",
    procedure="actualizacion_datos", fields={}, exp_outcome="ignorado")

msg(slug="automatic-reply-entrevista", mailbox=SOL, recv=L(11, 18, 22, 10), tz=-5,
    frm=("Farah Rahmani", "farah.rahmani@outlook.com"),
    headers={"X-Autoreply": "yes"},
    subject="Automatic reply: Entrevista de Registro",
    body="""I am currently out of the office with limited access to e-mail. I will reply as
soon as possible.
""",
    procedure="entrevista_registro", fields={}, exp_outcome="ignorado")


# ===========================================================================
# building
# ===========================================================================

def bounce_raw(m, date_hdr, msgid):
    """A multipart/report delivery status notification, as raw text."""
    boundary = "----=_DSN_7f3a91c2"
    return f"""From: Microsoft Outlook <postmaster@outlook.com>
To: {SOL}
Subject: =?utf-8?q?Undeliverable=3A_RE=3A_Cambio_de_clave_y_contrase=C3=B1a?=
Date: {date_hdr}
Message-ID: {msgid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset="utf-8"

Delivery has failed to these recipients or groups:

yusmery.contreras88@gmial.com
The email address you entered couldn't be found.

--{boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; BN8PR12MB3300.namprd12.prod.outlook.com
Arrival-Date: Wed, 7 Oct 2026 08:12:02 +0000

Final-Recipient: rfc822; yusmery.contreras88@gmial.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--{boundary}
Content-Type: text/rfc822-headers

From: Solicitantes de Refugio <{SOL}>
To: yusmery.contreras88@gmial.com
Subject: =?utf-8?q?RE=3A_Cambio_de_clave_y_contrase=C3=B1a?=
Date: Tue, 6 Oct 2026 17:05:00 -0500

--{boundary}--
"""


def signature_status(m):
    proc = m["procedure"]
    if proc is None or "firma" not in REQ.get(proc, []):
        return "not_required"
    kinds = [a["kind"] for a in m["_atts"]]
    if "signed" in kinds:
        return "valid"
    if "altered" in kinds:
        return "invalid"
    if any(k in ("scan_pdf", "text_pdf_img", "jpeg", "png") for k in kinds):
        return "manuscrita"
    return "absent"


def compute_label(m, received):
    proc = m["procedure"]
    fields = m["fields"]
    fd = filing_date(received)
    sig = signature_status(m)
    missing, flags = [], []
    if m["exp_outcome"] == "ignorado":
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
        if m["mailbox"] != HOME[proc]:
            flags.append("derivado")
    else:
        recognised = m.get("recognised") or "carne_extranjeria" in fields
        for r in REQ[proc]:
            if r.endswith("*"):
                r = r[:-1]
                if not recognised:
                    continue
            if r == "firma":
                if sig in ("invalid", "absent"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not any(a["denuncia"] for a in m["_atts"]):
                    missing.append(r)
            elif r not in fields:
                missing.append(r)
        if m["mailbox"] != HOME[proc]:
            flags.append("derivado")
        if proc in RECURSOS and m.get("notified") and is_late(m["notified"], fd):
            flags.append("extemporaneo")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if missing:
            outcome = "subsanar"
        elif proc in RECURSOS:
            outcome = "cargo"
        else:
            outcome = "acuse"
    if outcome in ("subsanar",):
        due = add_business(fd, 2)
    elif outcome in ("cargo", "acuse"):
        due = add_business(fd, PLAZO[proc])
    else:
        due = None
    # cross-check with the hand-written expectations
    assert outcome == m["exp_outcome"], (m["slug"], outcome)
    assert missing == m.get("exp_missing", []), (m["slug"], missing)
    assert sorted(flags) == sorted(m.get("exp_flags", [])), (m["slug"], flags)
    assert sig == m.get("exp_sig", "not_required"), (m["slug"], sig)
    return {
        "mailbox": m["mailbox"],
        "received": received.isoformat(),
        "procedure": proc,
        "fields": fields,
        "missing": missing,
        "signature": sig,
        "outcome": outcome,
        "flags": flags,
        "filing_date": fd.isoformat(),
        "due_date": due.isoformat() if due else None,
    }


def received_header(m, received, host_from, idx):
    when = received.astimezone(dt.timezone.utc) if m.get("utc_received") else received
    return (f"from {host_from} ({host_from} [209.85.{idx % 200}.{(idx * 7) % 250}]) by "
            f"mx1.rree.gob.pe (Postfix) with ESMTPS id 4Q{idx:03d}Zk{idx * 37 % 1000:03d} "
            f"for <{m['mailbox']}>; {format_datetime(when)}")


def build():
    for f in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(f)
    MSGS.sort(key=lambda m: m["recv"])
    labels = []
    for i, m in enumerate(MSGS, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        received = m["recv"]
        tz = dt.timezone(dt.timedelta(hours=m["tz"]))
        sent = (received - dt.timedelta(seconds=17 + (i * 41) % 300)).astimezone(tz)
        domain = m["frm"][1].split("@")[1]
        msgid = f"<r37.{i:03d}.{hashlib.sha1(m['slug'].encode()).hexdigest()[:12]}@{domain}>"
        m["_atts"] = [a() for a in m.get("atts", [])]
        host = {"gmail.com": "mail-sor-f41.google.com", "hotmail.com": "mail-bn8nam12.outbound.protection.outlook.com",
                "outlook.com": "mail-dm6nam10.outbound.protection.outlook.com"}.get(domain, f"smtp.{domain}")
        if m.get("raw_bounce"):
            raw = bounce_raw(m, format_datetime(sent), msgid)
            em = email.message_from_string(raw, policy=email.policy.default)
            data = (f"Delivered-To: {m['mailbox']}\n"
                    f"Received: {received_header(m, received, 'mail-bn8nam12.outbound.protection.outlook.com', i)}\n").encode() \
                + em.as_bytes(policy=email.policy.SMTP.clone(linesep="\n"))
        else:
            em = EmailMessage()
            em["Delivered-To"] = m["mailbox"]
            em["Received"] = received_header(m, received, host, i)
            em["Received"] = (f"from [192.168.1.{10 + i}] by {host} with HTTPS; "
                              f"{format_datetime(sent + dt.timedelta(seconds=3))}")
            em["Date"] = format_datetime(sent)
            em["From"] = f'"{m["frm"][0]}" <{m["frm"][1]}>'
            em["To"] = f'"{NAMES[m["mailbox"]]}" <{m["mailbox"]}>'
            if m.get("cc"):
                em["Cc"] = m["cc"]
            em["Subject"] = m["subject"]
            em["Message-ID"] = msgid
            for k, v in m.get("headers", {}).items():
                em[k] = v
            em["MIME-Version"] = "1.0"
            if m.get("html"):
                em.set_content(m["body"], subtype="html")
            else:
                em.set_content(m["body"])
            for a in m["_atts"]:
                if a["kind"] == "jpeg":
                    em.add_attachment(a["data"], maintype="image", subtype="jpeg", filename=a["filename"])
                else:
                    em.add_attachment(a["data"], maintype="application", subtype="pdf", filename=a["filename"])
            data = em.as_bytes(policy=email.policy.SMTP.clone(linesep="\n"))
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        lab = {"file": fname}
        lab.update(compute_label(m, received))
        labels.append(lab)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    build()
