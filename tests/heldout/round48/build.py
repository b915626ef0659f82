#!/usr/bin/env python3
"""Builds round48: .eml files + labels.jsonl.

Run with the r48 venv:  /work/rounds/.venv-r48/bin/python build.py
Labels: fields are written by hand below (normal form, INTAKE.md section 3);
missing / signature / outcome / flags / filing_date / due_date are derived from them
by the rules of INTAKE.md sections 3-5 (functions at the bottom), then reviewed by hand.
"""
import datetime as dt
import email.utils
import glob
import json
import logging
import os
import sys
from email import policy
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs_lib as L  # noqa: E402

logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)

HERE = os.path.dirname(os.path.abspath(__file__))
S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
UTC = dt.timezone.utc


def lima(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=L.LIMA)


MSGS = []


def msg(**kw):
    MSGS.append(kw)


# ============================================================== messages
# ---------------------------------------------------------------- 001
msg(slug="001-ht-actualizacion-datos-kreyol", mailbox=S,
    frm=("Ti Jean", "jeanrobert.pierre509@gmail.com"),
    subject="Actualización de datos", received=lima(2026, 10, 1, 10, 12, 33),
    body="""Bonjou,

Mwen rele Jean Robert Pierre, mwen se ayisyen. Mwen fè demann refij la depi 2024.
Mwen vle aktyalize done kontak mwen yo: nouvo nimewo telefòn ak nouvo adrès.

Paspò: RE1457829
Nouvo nimewo (WhatsApp): +51 912 345 678
Nouvo adrès: Jr. Huancavelica 455, Cercado de Lima
Imèl: se menm imèl sa a

Mèsi anpil.
Jean Robert
""",
    proc="actualizacion_datos",
    fields={"nombres": "Jean Robert Pierre", "nacionalidad": "HT",
            "documento_identidad": "RE1457829", "telefono": "+51912345678",
            "correo": "jeanrobert.pierre509@gmail.com"})

# ---------------------------------------------------------------- 002
msg(slug="002-br-atualizacao-dados-sem-documento", mailbox=S,
    frm=("Lu \U0001F33B", "lu.santos.rocha@hotmail.com"),
    subject="atualizaçao de dados", received=lima(2026, 10, 3, 18, 40, 5),
    date_tz=-3,
    body="""oi bom dia \U0001F64F sou brasileira, meu nome é luciana santos rocha, quero atualizar meu número de celular: novo cel 9 8123 4567 (tb whatsapp). obg!!

Enviado do meu iPhone
""",
    proc="actualizacion_datos",
    fields={"nombres": "luciana santos rocha", "nacionalidad": "BR",
            "telefono": "+51981234567", "correo": "lu.santos.rocha@hotmail.com"})

# ---------------------------------------------------------------- 003
msg(slug="003-ng-update-contact-recognised-no-ce-derivado", mailbox=R,
    frm=("Chinedu O.", "chinedu.okafor.eze@yahoo.com"),
    subject="Update of contact details", received=lima(2026, 10, 6, 11, 5, 40),
    body="""Good day Sir/Ma,

I am writing to update my contact details with your office. I am a recognised refugee in Peru since 2023.

Full name: Chinedu Okafor Eze
Nationality: Nigerian
Passport No: A09876543
New phone number: +51 945 678 123
New address: Av. Brasil 1420, Dpto 302, Jesus Maria

Kindly effect the change.
Thank you and God bless.

Chinedu
""",
    proc="actualizacion_datos", recognised=True,
    fields={"nombres": "Chinedu Okafor Eze", "nacionalidad": "NG",
            "documento_identidad": "A09876543", "telefono": "+51945678123",
            "correo": "chinedu.okafor.eze@yahoo.com"})

# ---------------------------------------------------------------- 004
msg(slug="004-ve-actualizacion-run-on-refugiada", mailbox=S,
    frm=("", "yorgelis.m.23@gmail.com"),
    subject="ACTUALIZACION DE DATOS - YORGELIS MARTINEZ",
    received=lima(2026, 10, 12, 16, 45, 12),
    body="""buenas tardes mi nombre es Yorgelis Andreina Martinez Parra venezolana cedula V-24.556.781 carnet de extranjeria 001845672 soy refugiada reconocida y mi nuevo numero es 924 117 830 y mi correo nuevo es yorgelis.martinez.parra@outlook.com gracias de antemano
""",
    proc="actualizacion_datos", recognised=True,
    fields={"nombres": "Yorgelis Andreina Martinez Parra", "nacionalidad": "VE",
            "documento_identidad": "V24556781", "carne_extranjeria": "001845672",
            "telefono": "+51924117830", "correo": "yorgelis.martinez.parra@outlook.com"})

# ---------------------------------------------------------------- 005
msg(slug="005-ht-changement-mot-de-passe", mailbox=S,
    frm=("Marie-Claude", "mc.joseph1991@gmail.com"),
    subject="Changement de mot de passe", received=lima(2026, 10, 7, 9, 20, 3),
    body="""Bonjour Madame, Monsieur,

Je m'appelle Marie-Claude Joseph, de nationalité haïtienne. Je vous écris pour demander le changement de mon mot de passe du Système des Réfugiés.

Numéro de passeport : OH2384756
Téléphone : +51 936 402 118
Courriel : mc.joseph1991@gmail.com

Dans l'attente de votre réponse, veuillez agréer mes salutations distinguées.

Marie-Claude Joseph
""",
    html=True,
    proc="cambio_clave",
    fields={"nombres": "Marie-Claude Joseph", "nacionalidad": "HT",
            "documento_identidad": "OH2384756", "telefono": "+51936402118",
            "correo": "mc.joseph1991@gmail.com"})

# ---------------------------------------------------------------- 006
msg(slug="006-in-password-reset-one-liner", mailbox=S,
    frm=("raj", "rajesh.kumar.sharma88@gmail.com"),
    subject="password reset pls", received=lima(2026, 10, 11, 7, 55, 0),
    body="pls reset my password for refugee system. Rajesh Kumar Sharma, passport M4567812. thx\n",
    proc="cambio_clave",
    fields={"nombres": "Rajesh Kumar Sharma", "documento_identidad": "M4567812",
            "correo": "rajesh.kumar.sharma88@gmail.com"})

# ---------------------------------------------------------------- 007
msg(slug="007-ve-cambio-d-clave-emoji-derivado", mailbox=M,
    frm=("yeli \U0001F495", "yelitza.rg@gmail.com"),
    subject="cambio d clave", received=lima(2026, 10, 9, 10, 0, 44),
    body="""hola buenas \U0001F60A necesito el cambio de clave y contraseña xfa

nombre: yelitza del valle rojas guevara
pasaporte 134567890
cel 987 006 543
correo yelitza.rg@gmail.com

graciasss \U0001F64F\U0001F64F
""",
    proc="cambio_clave",
    fields={"nombres": "yelitza del valle rojas guevara", "documento_identidad": "134567890",
            "telefono": "+51987006543", "correo": "yelitza.rg@gmail.com"})

# ---------------------------------------------------------------- 008
msg(slug="008-ao-mudanca-de-senha-sem-documento", mailbox=S,
    frm=("Domingos", "domingos.kiala.ao@gmail.com"),
    subject="Pedido de mudança de senha", received=lima(2026, 10, 15, 14, 30, 9),
    body="""Exmos. Senhores,

Venho por meio deste solicitar a mudança da minha senha do Sistema de Refugiados.

Nome completo: Domingos Kiala Manuel
Nacionalidade: angolano
Telemóvel: +51 951 220 487
E-mail: domingos.kiala.ao@gmail.com

Sem mais de momento, os meus cumprimentos.
Domingos Kiala Manuel
""",
    proc="cambio_clave",
    fields={"nombres": "Domingos Kiala Manuel", "nacionalidad": "AO",
            "telefono": "+51951220487", "correo": "domingos.kiala.ao@gmail.com"})

# ---------------------------------------------------------------- 009
MOT009 = ("La resolución no valoró que fui desplazado por un grupo armado en el Cauca y que "
          "mi nombre figura en un panfleto amenazante que adjunté en la solicitud; además "
          "presento como nueva prueba la constancia de la Defensoría del Pueblo de Colombia.")
msg(slug="009-co-reconsideracion-pdf-firmado-en-plazo", mailbox=M,
    frm=("Andrés F.", "andresfelipe.cardona@gmail.com"),
    subject="Recurso de Reconsideración - Andrés Felipe Cardona Ríos",
    received=lima(2026, 10, 19, 15, 10, 27),
    body="""Buenas tardes,

adjunto mi recurso de reconsideración firmado digitalmente.

Quedo atento.
Andrés Felipe Cardona Ríos
""",
    attachments=[("recurso_reconsideracion_firmado.pdf", "signed", dict(
        title="RECURSO DE RECONSIDERACIÓN",
        lines=["Señores",
               "Comisión Especial para los Refugiados",
               "Expediente N° 2025-0045127",
               "",
               "Nombres y apellidos: Andrés Felipe Cardona Ríos",
               "Nacionalidad: colombiana",
               "Cédula de ciudadanía: C.C. 1.020.345.678",
               "Teléfono: 976 543 210",
               "Correo electrónico: andresfelipe.cardona@gmail.com",
               "",
               "Interpongo recurso de reconsideración contra la resolución que deniega mi "
               "solicitud de refugio, notificada el 5 de octubre de 2026.",
               "",
               "Motivo: " + MOT009,
               "",
               "Lima, 19 de octubre de 2026",
               "Andrés Felipe Cardona Ríos"])),
    ],
    proc="reconsideracion", notif=dt.date(2026, 10, 5),
    fields={"nombres": "Andrés Felipe Cardona Ríos", "nacionalidad": "CO",
            "documento_identidad": "1020345678", "telefono": "+51976543210",
            "correo": "andresfelipe.cardona@gmail.com", "motivo": MOT009})

# ---------------------------------------------------------------- 010
MOT010 = ("Mwen pa dakò ak desizyon an paske lavi m an danje si m retounen nan peyi m, gang "
          "yo te menase m e yo boule kay fanmi m. Komisyon an pa t konsidere prèv mwen yo.")
msg(slug="010-ht-rekou-rekonsiderasyon-scan", mailbox=M,
    frm=("", "wilner.desrosiers@gmail.com"),
    subject="Recurso de reconsideracion", received=lima(2026, 10, 21, 17, 45, 51),
    body=f"""Bonswa,

Mwen voye rekou rekonsiderasyon mwen an. Mwen siyen l ak men m, li nan PDF la.

Non: Wilner Desrosiers
Paspò: RD4581263
Telefòn: 943 876 120
Imèl: wilner.desrosiers@gmail.com
Rezon: {MOT010}

Mèsi
""",
    attachments=[("rekou.pdf", "scan_pdf", dict(lines=[
        "Señores Comision Especial para los Refugiados",
        "Recurso de Reconsideracion",
        "Yo Wilner Desrosiers, pasaporte RD4581263",
        "pido reconsiderar la decision.",
        "Mi vida esta en peligro si regreso.",
        "Lima 21 octubre 2026", "Firma:"]))],
    proc="reconsideracion",
    fields={"nombres": "Wilner Desrosiers", "documento_identidad": "RD4581263",
            "telefono": "+51943876120", "correo": "wilner.desrosiers@gmail.com",
            "motivo": MOT010})

# ---------------------------------------------------------------- 011
MOT011 = ("I was not able to present the documents proving that I was called for military "
          "service and that I deserted. I now have the official call-up paper and a "
          "statement from my former unit.")
msg(slug="011-sy-reconsideration-body-only-late", mailbox=M,
    frm=("Omar", "omar.alhaddad.sy@gmail.com"),
    subject="Request for reconsideration", received=lima(2026, 11, 20, 11, 30, 0),
    body=f"""Dear Sirs,

I, Omar Al-Haddad, Syrian national, passport N011234567, hereby request reconsideration of the resolution that denied my refugee status, which was notified to me on 15/10/2026.

Reason: {MOT011}

Phone: +51 962 118 430
Email: omar.alhaddad.sy@gmail.com

Best regards,
Omar Al-Haddad
""",
    proc="reconsideracion", notif=dt.date(2026, 10, 15),
    fields={"nombres": "Omar Al-Haddad", "nacionalidad": "SY",
            "documento_identidad": "N011234567", "telefono": "+51962118430",
            "correo": "omar.alhaddad.sy@gmail.com", "motivo": MOT011})

# ---------------------------------------------------------------- 012
MOT012 = ("No se tomó en cuenta la constancia de persecución política emitida por el "
          "partido ni el informe médico de las lesiones que sufrí en la detención de 2024.")
msg(slug="012-ve-reconsideracion-pdf-alterado", mailbox=M,
    frm=("Carlos Rengifo", "carlosjrengifo@gmail.com"),
    subject="RV: Recurso de Reconsideración", received=lima(2026, 10, 27, 9, 5, 18),
    body="""Buen día, reenvío mi recurso de reconsideración. En el PDF van mis datos y el motivo.

Carlos José Rengifo Blanco
""",
    attachments=[("Reconsideracion_CRengifo.pdf", "altered", dict(
        title="RECURSO DE RECONSIDERACION",
        old="atentamente", new="ATENTAMENTE",
        lines=["Señores de la Comisión Especial para los Refugiados:",
               "",
               "Yo, Carlos José Rengifo Blanco, de nacionalidad venezolana,",
               "cédula de identidad V-19.876.543, teléfono 954 300 219,",
               "correo carlosjrengifo@gmail.com, me dirijo a ustedes atentamente.",
               "",
               "Interpongo recurso de reconsideración contra la resolución denegatoria "
               "notificado con fecha 20/10/2026.",
               "",
               "Motivo: " + MOT012,
               "",
               "Lima, 26 de octubre de 2026"])),
    ],
    proc="reconsideracion", notif=dt.date(2026, 10, 20),
    fields={"nombres": "Carlos José Rengifo Blanco", "nacionalidad": "VE",
            "documento_identidad": "V19876543", "telefono": "+51954300219",
            "correo": "carlosjrengifo@gmail.com", "motivo": MOT012})

# ---------------------------------------------------------------- 013
MOT013 = ("As a former interpreter for foreign forces in Kandahar I face persecution by the "
          "Taliban; the first-instance decision did not consider the threat letter and the "
          "certificate of my employment that I submitted.")
msg(slug="013-af-apelacion-ong-en-nombre-extemporanea", mailbox=M,
    frm=("Asesoría Legal - Refugio y Ayuda", "asesoria.legal@refugioayuda.org"),
    subject="Recurso de Apelación - Sr. Ahmad Zaki Rahimi",
    received=lima(2026, 11, 26, 12, 40, 2),
    body="""Señores
Comisión Especial para los Refugiados

En representación del Sr. Ahmad Zaki Rahimi, de nacionalidad afgana, pasaporte P02345678, remitimos adjunto su recurso de apelación firmado digitalmente contra la resolución que confirmó la denegatoria, notificada el 22 de octubre de 2026.

El Sr. Rahimi no habla español; para coordinaciones puede contactarse a su celular +51 955 410 782 o a su correo ahmad.rahimi.af@gmail.com.

Atentamente,

Rosa Elvira Quispe Mamani
Abogada - DNI 45678912
Asociación Refugio y Ayuda
Telf. (01) 426 7788
""",
    attachments=[("Appeal_A_Rahimi_signed.pdf", "signed", dict(
        title="APPEAL - RECURSO DE APELACION",
        lines=["To the Special Commission for Refugees (CEPR), Lima",
               "",
               "I, Ahmad Zaki Rahimi, Afghan national, passport No. P02345678,",
               "mobile +51 955 410 782, e-mail ahmad.rahimi.af@gmail.com,",
               "file this appeal against the resolution that confirmed the denial",
               "of my refugee status, notified on 22 October 2026.",
               "",
               "Grounds of appeal: " + MOT013,
               "",
               "Lima, 25 November 2026",
               "Ahmad Zaki Rahimi"])),
    ],
    proc="apelacion", notif=dt.date(2026, 10, 22),
    fields={"nombres": "Ahmad Zaki Rahimi", "nacionalidad": "AF",
            "documento_identidad": "P02345678", "telefono": "+51955410782",
            "correo": "ahmad.rahimi.af@gmail.com", "motivo": MOT013})

# ---------------------------------------------------------------- 014
MOT014 = ("a Comissão não levou em conta que sou perseguido por milicianos no Rio de Janeiro "
          "por ter testemunhado contra o grupo, e minha vida corre perigo se eu voltar.")
msg(slug="014-br-apelacao-foto-sem-telefone", mailbox=M,
    frm=("Thiago", "thiago.nascimento.bra@gmail.com"),
    subject="Recurso de Apelação", received=lima(2026, 10, 31, 20, 15, 33),
    received_utc=True, date_tz=-3,
    body=f"""Boa noite.
Segue em anexo a foto do meu recurso de apelação assinado à mão.

Nome: Thiago Nascimento Alves
Nacionalidade: brasileiro
Passaporte: FX123456
E-mail: thiago.nascimento.bra@gmail.com
Motivo: {MOT014}

Att, Thiago
""",
    attachments=[("apelacao_assinada.jpg", "image", dict(lines=[
        "Recurso de Apelacao", "Eu, Thiago Nascimento Alves,", "passaporte FX123456,",
        "apresento recurso de apelacao.", "Lima, 31/10/2026"]))],
    proc="apelacion",
    fields={"nombres": "Thiago Nascimento Alves", "nacionalidad": "BR",
            "documento_identidad": "FX123456", "correo": "thiago.nascimento.bra@gmail.com",
            "motivo": MOT014})

# ---------------------------------------------------------------- 015
MOT015 = ("Fundamentos: la resolución confirmatoria repite la primera sin analizar que fui "
          "expulsada de mi centro de trabajo y citada por la Seguridad del Estado por mis "
          "publicaciones en redes sociales.")
msg(slug="015-cu-apelacion-pdf-solo-texto", mailbox=M,
    frm=("", "yusnavy.perez.cu@gmail.com"),
    subject="apelacion", received=lima(2026, 11, 4, 10, 0, 17),
    body="Adjunto recurso.\n",
    attachments=[("recurso_apelacion.pdf", "text_pdf", dict(
        title="RECURSO DE APELACIÓN",
        lines=["Señor Presidente de la Comisión Especial para los Refugiados:",
               "",
               "Yusnavy Pérez Castillo, ciudadana cubana,",
               "carnet de identidad 88041512345,",
               "teléfono 989 654 320, correo yusnavy.perez.cu@gmail.com,",
               "interpongo recurso de apelación.",
               "",
               MOT015,
               "",
               "Lima, 3 de noviembre de 2026",
               "Firma: ______________________"])),
    ],
    proc="apelacion",
    fields={"nombres": "Yusnavy Pérez Castillo", "nacionalidad": "CU",
            "documento_identidad": "88041512345", "telefono": "+51989654320",
            "correo": "yusnavy.perez.cu@gmail.com", "motivo": MOT015})

# ---------------------------------------------------------------- 016
MOT016 = ("ma demande a été rejetée alors que j'ai été victime de violences de la part d'un "
          "gang armé à Port-au-Prince; les preuves médicales n'ont pas été examinées.")
msg(slug="016-ht-recours-appel-fr-derivado-viernes", mailbox=S,
    frm=("Fabiola", "fabiola.estime@yahoo.fr"),
    subject="Recours d'appel - Recurso de Apelación", received=lima(2026, 11, 6, 18, 5, 0),
    received_utc=True,
    body=f"""Bonsoir,

Je vous prie de trouver ci-joint mon recours d'appel signé numériquement.
Je m'appelle Fabiola Estimé, haïtienne, passeport RE3098124.
Téléphone/WhatsApp : +509 3456 7812
Mon adresse e-mail : fabiola.estime@yahoo.fr
Motif : {MOT016}

Cordialement
""",
    attachments=[("recours_appel_signe.pdf", "signed", dict(
        title="RECURSO DE APELACION / RECOURS D'APPEL",
        lines=["Fabiola Estimé, haïtienne, passeport RE3098124",
               "Tel. +509 3456 7812 - fabiola.estime@yahoo.fr",
               "",
               "Motif : " + MOT016,
               "",
               "Lima, le 6 novembre 2026"])),
    ],
    proc="apelacion",
    fields={"nombres": "Fabiola Estimé", "nacionalidad": "HT",
            "documento_identidad": "RE3098124", "telefono": "+50934567812",
            "correo": "fabiola.estime@yahoo.fr", "motivo": MOT016})

# ---------------------------------------------------------------- 017
MOT017 = "he obtenido la nacionalidad española por ascendencia y me radicaré en Madrid."
msg(slug="017-ve-renuncia-refugiado-firmada", mailbox=M,
    frm=("Jose G.", "josegregorio.lunar@gmail.com"),
    subject="Renuncia", received=lima(2026, 11, 9, 9, 40, 0),
    body="""Buenos días, adjunto mi carta de renuncia a la condición de refugiado, firmada digitalmente.
Saludos.
""",
    attachments=[("carta_renuncia.pdf", "signed", dict(
        title="RENUNCIA A LA CONDICIÓN DE REFUGIADO",
        lines=["Yo, José Gregorio Lunar Díaz, de nacionalidad venezolana,",
               "con cédula de identidad V-12.345.678 y carné de extranjería N° 000987654,",
               "refugiado reconocido, comunico mi decisión de renunciar a dicha condición.",
               "",
               "Motivo: " + MOT017,
               "",
               "Teléfono: 998 123 456",
               "",
               "Lima, 6 de noviembre de 2026"])),
    ],
    proc="renuncia", recognised=True,
    fields={"nombres": "José Gregorio Lunar Díaz", "nacionalidad": "VE",
            "documento_identidad": "V12345678", "carne_extranjeria": "000987654",
            "telefono": "+51998123456", "correo": "josegregorio.lunar@gmail.com",
            "motivo": MOT017})

# ---------------------------------------------------------------- 018
MOT018 = ("my family situation in Kumasi has changed and I have decided to go back home to "
          "take care of my mother.")
msg(slug="018-gh-renuncia-withdrawal-sin-firma", mailbox=M,
    frm=("Kwame", "kwame.asante.gh@gmail.com"),
    subject="Renuncia / Withdrawal", received=lima(2026, 11, 10, 13, 15, 45),
    body=f"""Dear Sir/Madam,

I, Kwame Mensah Asante, a Ghanaian, wish to renounce my request for refugee status in Peru.
Reason: {MOT018}
Ghana Card No: GHA-723456789-1
Passport No: G2345678
Tel: +51 940 556 781

Thank you.
""",
    proc="renuncia",
    fields={"nombres": "Kwame Mensah Asante", "nacionalidad": "GH",
            "documento_identidad": "GHA7234567891", "telefono": "+51940556781",
            "correo": "kwame.asante.gh@gmail.com", "motivo": MOT018})

# ---------------------------------------------------------------- 019
MOT019 = "mwen jwenn yon viza travay pou Brezil e m ap kite Pewou."
msg(slug="019-ht-renonsyasyon-foto-png", mailbox=M,
    frm=("", "mackenson.louis@gmail.com"),
    subject="Renonsyasyon / Renuncia", received=lima(2026, 11, 12, 11, 0, 30),
    body=f"""Bonjou.
Mwen se Mackenson Louis, nasyonalite ayisyen. Mwen vle renonse ak demann refij mwen an.
Rezon: {MOT019}
Paspò mwen: PP2238471
Nimewo: 9 1234 9876
Lèt siyen an nan foto a.
""",
    attachments=[("let_renonsyasyon.png", "image", dict(lines=[
        "Renuncia", "Yo Mackenson Louis renuncio a mi solicitud de refugio.",
        "Pasaporte PP2238471", "Lima 12/11/2026"]))],
    proc="renuncia",
    fields={"nombres": "Mackenson Louis", "nacionalidad": "HT",
            "documento_identidad": "PP2238471", "telefono": "+51912349876",
            "correo": "mackenson.louis@gmail.com", "motivo": MOT019})

# ---------------------------------------------------------------- 020
MOT020 = "regresso voluntário a Luanda, já que a situação que motivou a minha saída mudou."
msg(slug="020-ao-renuncia-reconhecida-sem-ce-derivado", mailbox=R,
    frm=("Esperança", "esperanca.tchipa@gmail.com"),
    subject="Renúncia à condição de refugiada", received=lima(2026, 11, 16, 16, 20, 0),
    body=f"""Exmos. Senhores,

Eu, Esperança Tchipa Bento, de nacionalidade angolana, refugiada reconhecida pelo Estado peruano, venho apresentar a minha renúncia à condição de refugiada, conforme carta assinada digitalmente em anexo.

Motivo: {MOT020}
BI n.º 005678912LA045
Contacto: +244 923 456 789

Com os melhores cumprimentos.
""",
    attachments=[("renuncia_esperanca.pdf", "signed", dict(
        title="RENÚNCIA / RENUNCIA",
        lines=["Eu, Esperança Tchipa Bento, angolana, BI n.º 005678912LA045,",
               "refugiada reconhecida, renuncio à condição de refugiada.",
               "Motivo: " + MOT020,
               "Contacto: +244 923 456 789",
               "Lima, 16 de novembro de 2026"])),
    ],
    proc="renuncia", recognised=True,
    fields={"nombres": "Esperança Tchipa Bento", "nacionalidad": "AO",
            "documento_identidad": "005678912LA045", "telefono": "+244923456789",
            "correo": "esperanca.tchipa@gmail.com", "motivo": MOT020})

# ---------------------------------------------------------------- 021
msg(slug="021-sy-prorroga-html-tabla", mailbox=R,
    frm=("Rania", "rania.khoury.sy@outlook.com"),
    subject="Prórroga de residencia", received=lima(2026, 11, 18, 10, 25, 0),
    html_only="""<html><body>
<p>Dear CEPR,</p>
<p>I am a recognized refugee and I need the annual extension of my residence. My data:</p>
<table border="1">
<tr><td>Full name</td><td>Rania Khoury</td></tr>
<tr><td>Sex</td><td>Female</td></tr>
<tr><td>Nationality</td><td>Syria</td></tr>
<tr><td>Passport</td><td>N012987654</td></tr>
<tr><td>Carn&eacute; de Extranjer&iacute;a</td><td>001234908</td></tr>
<tr><td>Date of birth</td><td>1988-07-22</td></tr>
<tr><td>Mobile</td><td>+51 967 345 201</td></tr>
<tr><td>Email</td><td>rania.khoury.sy@outlook.com</td></tr>
</table>
<p>Thank you,<br>Rania</p>
</body></html>
""",
    proc="prorroga_residencia",
    fields={"nombres": "Rania Khoury", "sexo": "F", "nacionalidad": "SY",
            "documento_identidad": "N012987654", "carne_extranjeria": "001234908",
            "fecha_nacimiento": "1988-07-22", "telefono": "+51967345201",
            "correo": "rania.khoury.sy@outlook.com"})

# ---------------------------------------------------------------- 022
msg(slug="022-ve-renovacion-residencia-run-on-incompleta", mailbox=R,
    frm=("", "darwin.mendoza1985@hotmail.com"),
    subject="renovacion de residencia", received=lima(2026, 11, 22, 22, 10, 0),
    body="buenas noches quiero hacer la prorroga de residencia anual soy refugiado mi nombre es darwin alexander mendoza suarez venezolano pasaporte 112233445 carnet de extranjeria 002345671 telefono 975-310-422 gracias\n",
    proc="prorroga_residencia",
    fields={"nombres": "darwin alexander mendoza suarez", "nacionalidad": "VE",
            "documento_identidad": "112233445", "carne_extranjeria": "002345671",
            "telefono": "+51975310422", "correo": "darwin.mendoza1985@hotmail.com"})

# ---------------------------------------------------------------- 023
msg(slug="023-ht-renouvellement-residence-fr", mailbox=R,
    frm=("Pierre-Louis S.", "ps.pierrelouis@gmail.com"),
    subject="Renouvellement de résidence (Prórroga de residencia)",
    received=lima(2026, 12, 1, 8, 50, 0),
    body="""Bonjour,

Je sollicite la prorogation annuelle de ma résidence en tant que réfugié reconnu.

Nom complet : Samuel Pierre-Louis
Sexe : masculin
Nationalité : haïtienne
Passeport : RD7712045
Carné de Extranjería : 001122334
Date de naissance : 03/09/79
Téléphone : 956 781 003

Merci d'avance.
Samuel Pierre-Louis
""",
    proc="prorroga_residencia",
    fields={"nombres": "Samuel Pierre-Louis", "sexo": "M", "nacionalidad": "HT",
            "documento_identidad": "RD7712045", "carne_extranjeria": "001122334",
            "fecha_nacimiento": "1979-09-03", "telefono": "+51956781003",
            "correo": "ps.pierrelouis@gmail.com"})

# ---------------------------------------------------------------- 024
msg(slug="024-br-prorrogacao-sem-ce-derivado", mailbox=S,
    frm=("Camila", "camila.ferreira.lima@gmail.com"),
    subject="Prorrogação de residência", received=lima(2026, 12, 3, 17, 5, 0),
    date_tz=-3,
    body="""Olá! Sou refugiada reconhecida e preciso fazer a prorrogação anual da residência. Nome completo: Camila Ferreira Lima; sexo: feminino; nacionalidade: brasileira; RG MG-12.345.678; nascida em 14-02-1995; celular +55 (11) 98765-4321 (WhatsApp). Desculpa, não encontro o número do carné de extranjería agora. Obrigada!
""",
    proc="prorroga_residencia",
    fields={"nombres": "Camila Ferreira Lima", "sexo": "F", "nacionalidad": "BR",
            "documento_identidad": "MG12345678", "fecha_nacimiento": "1995-02-14",
            "telefono": "+5511987654321", "correo": "camila.ferreira.lima@gmail.com"})

# ---------------------------------------------------------------- 025
msg(slug="025-ve-duplicado-ce-completo-denuncia-pdf", mailbox=R,
    frm=("Marielba Sánchez", "marielba.sanchez.v@gmail.com"),
    subject="Duplicado de carné de extranjería", received=lima(2026, 12, 7, 10, 30, 0),
    body="""Señores de la CEPR:

Solicito el duplicado de mi carné de extranjería. Adjunto la denuncia policial.

Nombres y apellidos: Marielba Josefina Sánchez Villarroel
Sexo: F
Nacionalidad: Venezuela
Cédula: V-17.654.321
Carné de extranjería: 000765432
Fecha de nacimiento: 15 de marzo de 1986
Teléfono: (01) 456-7890

Atentamente
""",
    attachments=[("denuncia_policial_comisaria_lince.pdf", "text_pdf", dict(
        title="POLICÍA NACIONAL DEL PERÚ - COMISARÍA LINCE",
        lines=["CONSTANCIA DE DENUNCIA POLICIAL N° 4471-2026",
               "Denunciante: Marielba Josefina Sánchez Villarroel",
               "Hecho: pérdida de carné de extranjería",
               "Fecha: 04/12/2026"])),
    ],
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Marielba Josefina Sánchez Villarroel", "sexo": "F",
            "nacionalidad": "VE", "documento_identidad": "V17654321",
            "carne_extranjeria": "000765432", "fecha_nacimiento": "1986-03-15",
            "telefono": "+5114567890", "correo": "marielba.sanchez.v@gmail.com"})

# ---------------------------------------------------------------- 026
msg(slug="026-ng-duplicate-card-no-denuncia-cc", mailbox=R, no_delivered_to=True,
    to=[("Tola", "tola.friend.ng@gmail.com")], cc=[("", R)],
    frm=("Blessing", "blessing.adeyemi@gmail.com"),
    subject="duplicate of foreigner card", received=lima(2026, 12, 2, 12, 0, 0),
    body="""Good afternoon,

Please I want to request for duplicate of my carné de extranjería. I have already made the report at the comisaria of San Martin de Porres.

My details:
Name: Blessing Oluwaseun Adeyemi
Sex: Female
Nationality: Nigeria
Passport: A12345678
CE No: 001987650
DOB: 21/06/1992
Phone: 923 450 781 (WhatsApp)

Thanks
""",
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Blessing Oluwaseun Adeyemi", "sexo": "F", "nacionalidad": "NG",
            "documento_identidad": "A12345678", "carne_extranjeria": "001987650",
            "fecha_nacimiento": "1992-06-21", "telefono": "+51923450781",
            "correo": "blessing.adeyemi@gmail.com"})

# ---------------------------------------------------------------- 027
msg(slug="027-ht-duplicado-carnet-ce-foto-denuncia", mailbox=R,
    frm=("", "rosemene.charles@gmail.com"),
    subject="Duplicado de carnet", received=lima(2026, 12, 12, 9, 0, 0),
    body="""Bonjou, mwen bezwen duplicado carné de extranjería mwen. Mwen se refijye rekonèt. Foto denuncia a atache.

Non: Rosemène Charles
Sèks: fanm
Nasyonalite: ayisyèn
Paspò: RF5590123
Kat etranje (CE): 002233118
Dat nesans: 1990-11-05
Tel: +51 934 221 760
""",
    attachments=[("denuncia.jpg", "image", dict(lines=[
        "POLICIA NACIONAL DEL PERU", "Comisaria San Juan de Lurigancho",
        "Constancia de denuncia", "Rosemene Charles"]))],
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Rosemène Charles", "sexo": "F", "nacionalidad": "HT",
            "documento_identidad": "RF5590123", "carne_extranjeria": "002233118",
            "fecha_nacimiento": "1990-11-05", "telefono": "+51934221760",
            "correo": "rosemene.charles@gmail.com"})

# ---------------------------------------------------------------- 028
msg(slug="028-ht-duplicata-carte-etranger-sin-sexo", mailbox=R,
    frm=("JN Baptiste", "jn.baptiste.r@gmail.com"),
    subject="Demande de duplicata de la carte d'étranger",
    received=lima(2026, 12, 14, 16, 55, 0),
    body="""Bonjour,
je demande un duplicata de mon carné de extranjería. Vous trouverez ci-joint le rapport de police.

Nom :\tJean Nesly Baptiste
Nationalité :\tHaïti
Passeport :\tRE6621904
Carné de extranjería :\t001456789
Date de naissance :\t30/12/1984
Tél :\t941 003 552

Merci
""",
    attachments=[("rapport_police.pdf", "text_pdf", dict(
        title="POLICÍA NACIONAL DEL PERÚ",
        lines=["COMISARÍA PNP SAN MARTÍN DE PORRES",
               "DENUNCIA POR PÉRDIDA DE DOCUMENTOS N° 8812",
               "Denunciante: Jean Nesly Baptiste",
               "Documento perdido: carné de extranjería",
               "Fecha: 12/12/2026"])),
    ],
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Jean Nesly Baptiste", "nacionalidad": "HT",
            "documento_identidad": "RE6621904", "carne_extranjeria": "001456789",
            "fecha_nacimiento": "1984-12-30", "telefono": "+51941003552",
            "correo": "jn.baptiste.r@gmail.com"})

# ---------------------------------------------------------------- 029
MOT029 = "mi padre está hospitalizado en estado grave"
msg(slug="029-ve-autorizacion-viaje-firmada-completa", mailbox=R,
    frm=("Gregory M.", "gregorymarquez.v@gmail.com"),
    subject="Autorización de Viaje - URGENTE", received=lima(2026, 12, 15, 9, 30, 0),
    body=f"""Buenos días, adjunto solicitud firmada. Datos:

Nombre: Gregory Antonio Márquez Peña
C.E.: 001654987
Destino: Caracas, Venezuela
Salida: 22/12/26
Retorno: 10/01/27
Motivo: {MOT029}
Cel: 962 884 105
""",
    attachments=[("solicitud_autorizacion_viaje.pdf", "signed", dict(
        title="SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        lines=["Nombre: Gregory Antonio Márquez Peña",
               "Carné de extranjería: 001654987",
               "Destino: Caracas, Venezuela",
               "Fecha de salida: 22/12/2026",
               "Fecha de retorno: 10/01/2027",
               "Motivo: " + MOT029,
               "Celular: 962 884 105",
               "Lima, 14 de diciembre de 2026"])),
    ],
    proc="autorizacion_viaje",
    fields={"nombres": "Gregory Antonio Márquez Peña", "carne_extranjeria": "001654987",
            "destino": "Caracas, Venezuela", "fecha_salida": "2026-12-22",
            "fecha_retorno": "2027-01-10", "motivo": MOT029, "telefono": "+51962884105",
            "correo": "gregorymarquez.v@gmail.com"})

# ---------------------------------------------------------------- 030
MOT030 = "my mother had a stroke and is in the ICU"
msg(slug="030-in-urgent-travel-permission-sin-firma-ni-ce", mailbox=R,
    frm=("Priya", "priya.nair.kl@gmail.com"),
    subject="Urgent travel permission", received=lima(2026, 12, 16, 19, 20, 0),
    received_utc=True,
    body=f"""Respected Sir/Madam,

I am Priya Lakshmi Nair, recognised refugee. I request urgent authorization to travel to Kochi, India because {MOT030}. I will depart on 20-12-2026 and return on 15-01-2027.

My mobile (WhatsApp): +91 98765 43210

Kindly do the needful.
Priya
""",
    proc="autorizacion_viaje",
    fields={"nombres": "Priya Lakshmi Nair", "destino": "Kochi, India",
            "fecha_salida": "2026-12-20", "fecha_retorno": "2027-01-15",
            "motivo": MOT030, "telefono": "+919876543210",
            "correo": "priya.nair.kl@gmail.com"})

# ---------------------------------------------------------------- 031
MOT031 = "funeral do meu pai."
msg(slug="031-ao-autorizacao-viagem-scan-derivado", mailbox=M,
    frm=("Manuel S.", "manuel.sebastiao.ao@gmail.com"),
    subject="Autorização de viagem", received=lima(2026, 12, 18, 10, 10, 0),
    body=f"""Bom dia.
Envio em anexo o pedido assinado (digitalizado).

Nome: Manuel Sebastião Nzinga
Cartão de estrangeiro (carné de extranjería): 002765431
Destino: Luanda, Angola
Partida: 28/12/2026
Regresso: 18/01/2027
Motivo: {MOT031}
Telefone: 947 556 012

Obrigado.
""",
    attachments=[("pedido_viagem_assinado.pdf", "scan_pdf", dict(lines=[
        "Pedido de autorizacao de viagem", "Manuel Sebastiao Nzinga", "CE 002765431",
        "Luanda 28/12/2026 - 18/01/2027", "Lima 17/12/2026"]))],
    proc="autorizacion_viaje",
    fields={"nombres": "Manuel Sebastião Nzinga", "carne_extranjeria": "002765431",
            "destino": "Luanda, Angola", "fecha_salida": "2026-12-28",
            "fecha_retorno": "2027-01-18", "motivo": MOT031, "telefono": "+51947556012",
            "correo": "manuel.sebastiao.ao@gmail.com"})

# ---------------------------------------------------------------- 032
MOT032 = "assister au mariage de ma soeur"
msg(slug="032-ht-autorisation-voyage-sans-retour", mailbox=R,
    frm=("Guerline", "guerline.jeanbaptiste@gmail.com"),
    subject="TR: Autorisation de voyage", received=lima(2026, 12, 21, 11, 45, 0),
    body=f"""Bonjour,

Ci-joint ma demande d'autorisation de voyage signée.
Je suis Guerline Jean-Baptiste, réfugiée reconnue, carné de extranjería 001998877.
Destination : Santiago de Chile
Motif : {MOT032}
Départ : 04/01/2027
Je ne connais pas encore la date de mon retour, je vous l'enverrai plus tard.
Tél : +51 918 556 230

Merci
""",
    attachments=[("demande_voyage.pdf", "signed", dict(
        title="DEMANDE D'AUTORISATION DE VOYAGE",
        lines=["Guerline Jean-Baptiste - CE 001998877",
               "Destination : Santiago de Chile",
               "Motif : " + MOT032,
               "Départ : 04/01/2027",
               "Tél : +51 918 556 230"])),
    ],
    proc="autorizacion_viaje",
    fields={"nombres": "Guerline Jean-Baptiste", "carne_extranjeria": "001998877",
            "destino": "Santiago de Chile", "fecha_salida": "2027-01-04",
            "motivo": MOT032, "telefono": "+51918556230",
            "correo": "guerline.jeanbaptiste@gmail.com"})

# ---------------------------------------------------------------- 033
msg(slug="033-ve-carne-solicitante-suspendido", mailbox=S,
    frm=("Oriana", "oriana.blanco.v@gmail.com"),
    subject="Carné de solicitante", received=lima(2026, 10, 13, 10, 0, 0),
    body="""Buenos dias, quisiera saber cuando puedo sacar mi carné de solicitante de refugio, ya hice mi entrevista de registro.

Oriana Blanco Herrera
pasaporte 098765432
telf 913 456 780
""",
    proc="carne_solicitante",
    fields={"nombres": "Oriana Blanco Herrera", "documento_identidad": "098765432",
            "telefono": "+51913456780", "correo": "oriana.blanco.v@gmail.com"})

# ---------------------------------------------------------------- 034
msg(slug="034-ht-duplicado-carnet-solicitante-derivado", mailbox=R,
    frm=("Dieula F.", "dieula.francois@gmail.com"),
    subject="duplicado de carnet", received=lima(2026, 10, 16, 20, 0, 0),
    received_utc=True,
    body="""Bonjou,
Mwen bezwen yon duplicado kat demandè refij mwen (carné de solicitante).
Mwen rele Dieula François, paspò RD3345120.
WhatsApp +509 3712 0456
Mèsi
""",
    proc="carne_solicitante",
    fields={"nombres": "Dieula François", "documento_identidad": "RD3345120",
            "telefono": "+50937120456", "correo": "dieula.francois@gmail.com"})

# ---------------------------------------------------------------- 035
msg(slug="035-af-asylum-application-portal", mailbox=M,
    frm=("Farid", "farid.noori1995@gmail.com"),
    subject="Asylum application", received=lima(2026, 10, 5, 8, 15, 0),
    body="""Hello.
I am Farid Ahmad Noori, I am Afghan. I arrived in Lima last week.
I want to apply for asylum (refugee status) in Peru. How can I apply?
My phone: +93 70 234 5678 (whatsapp)
Thank you.
""",
    proc="solicitud_refugio",
    fields={"nombres": "Farid Ahmad Noori", "nacionalidad": "AF",
            "telefono": "+93702345678", "correo": "farid.noori1995@gmail.com"})

# ---------------------------------------------------------------- 036
msg(slug="036-br-pedido-de-refugio-portal", mailbox=S,
    frm=("Rafa", "rafael.oliveira.souza@gmail.com"),
    subject="pedido de refúgio", received=lima(2026, 10, 18, 15, 0, 0),
    body="oi, como faço pra pedir refúgio no peru? sou brasileiro, tô em lima. rafael oliveira souza, RG 23.456.789-1 vlw \U0001F44D\n",
    proc="solicitud_refugio",
    fields={"nombres": "rafael oliveira souza", "nacionalidad": "BR",
            "documento_identidad": "234567891", "correo": "rafael.oliveira.souza@gmail.com"})

# ---------------------------------------------------------------- 037
msg(slug="037-ht-autorisation-travail-portal-feriado", mailbox=S,
    frm=("", "ketly.augustin@gmail.com"),
    subject="Autorisation de travail", received=lima(2026, 10, 8, 11, 0, 0),
    body="Bonjour, comment puis-je renouveler mon autorisation de travail? Ketly Augustin, passeport RE7783210. Merci.\n",
    proc="autorizacion_trabajo",
    fields={"nombres": "Ketly Augustin", "documento_identidad": "RE7783210",
            "correo": "ketly.augustin@gmail.com"})

# ---------------------------------------------------------------- 038
msg(slug="038-ve-permiso-d-trabajo-portal", mailbox=R,
    frm=("kevin", "kev.ramirez.99@gmail.com"),
    subject="permiso d trabajo", received=lima(2026, 11, 3, 16, 45, 0),
    body="hola necesito renovar la autorizacion de trabajo virtual, como hago? soy kevin jose ramirez, venezolano, mi numero 9 4455 6677\n",
    proc="autorizacion_trabajo",
    fields={"nombres": "kevin jose ramirez", "nacionalidad": "VE",
            "telefono": "+51944556677", "correo": "kev.ramirez.99@gmail.com"})

# ---------------------------------------------------------------- 039
msg(slug="039-gh-registration-interview-portal", mailbox=S,
    frm=("Ama", "ama.owusu.boateng@gmail.com"),
    subject="Registration interview date", received=lima(2026, 11, 7, 10, 0, 0),
    body="""Hello,
I submitted my refugee application online in September but I have not received the date for my registration interview. Kindly assist.

Ama Owusu Boateng
Ghanaian, passport G3456789
WhatsApp: +233 24 456 7890
""",
    proc="entrevista_registro",
    fields={"nombres": "Ama Owusu Boateng", "nacionalidad": "GH",
            "documento_identidad": "G3456789", "telefono": "+233244567890",
            "correo": "ama.owusu.boateng@gmail.com"})

# ---------------------------------------------------------------- 040
msg(slug="040-cu-entrevista-de-registro-portal", mailbox=M,
    frm=("Yoandry", "yoandry.glez@nauta.cu"),
    subject="Fwd: Entrevista de registro", received=lima(2026, 11, 30, 9, 10, 0),
    body="""Buen día. Me llamo Yoandry González Rivero, cubano, carnet de identidad 91020345678. Quería saber cómo reprogramar la entrevista de registro. Teléfono 966 778 120. Gracias.
""",
    proc="entrevista_registro",
    fields={"nombres": "Yoandry González Rivero", "nacionalidad": "CU",
            "documento_identidad": "91020345678", "telefono": "+51966778120",
            "correo": "yoandry.glez@nauta.cu"})

# ---------------------------------------------------------------- 041
msg(slug="041-ht-ed-triage", mailbox=S,
    frm=("Jameson", "jameson.val@gmail.com"),
    subject="Èd \U0001F64F", received=lima(2026, 11, 29, 21, 30, 0),
    body="""Bonswa, sa fè 8 mwa depi m depoze dosye m nan e m pa janm resevwa repons. Kisa m dwe fè?
Jameson Valcourt
WhatsApp +509 4890 1234
""",
    proc=None,
    fields={"nombres": "Jameson Valcourt", "telefono": "+50948901234",
            "correo": "jameson.val@gmail.com"})

# ---------------------------------------------------------------- 042
msg(slug="042-in-urgent-dos-tramites-triage", mailbox=S,
    frm=("Arjun", "arjun.mehta.work@gmail.com"),
    subject="URGENT", received=lima(2026, 12, 10, 10, 40, 0),
    body="""Sir, I need to update my phone number and also I need to change my password of the refugee system.
Arjun Mehta, Indian, passport T7654321, new no. 944 120 338
""",
    proc=None,
    fields={"nombres": "Arjun Mehta", "nacionalidad": "IN",
            "documento_identidad": "T7654321", "telefono": "+51944120338",
            "correo": "arjun.mehta.work@gmail.com"})

# ---------------------------------------------------------------- 043
msg(slug="043-ec-actualizacion-y-cambio-clave-triage", mailbox=S,
    frm=("Luisa F.", "luisa.fdez.ec@gmail.com"),
    subject="Actualización de datos y cambio de clave", received=lima(2026, 12, 23, 12, 0, 0),
    body="""Hola, quiero actualizar mi número y también cambiar la clave del sistema.
Luisa Fernández Ortega, ecuatoriana, cédula 0923456781, 957 884 320.
""",
    proc=None,
    fields={"nombres": "Luisa Fernández Ortega", "nacionalidad": "EC",
            "documento_identidad": "0923456781", "telefono": "+51957884320",
            "correo": "luisa.fdez.ec@gmail.com"})

# ---------------------------------------------------------------- 044
msg(slug="044-fr-reponse-automatique-ignorado", mailbox=R,
    frm=("Samuel Pierre-Louis", "ps.pierrelouis@gmail.com"),
    subject="Réponse automatique : RE: Renouvellement de résidence (Prórroga de residencia)",
    received=lima(2026, 12, 1, 8, 52, 10),
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    body="""Je suis absent jusqu'au 15 décembre avec un accès limité à mes courriels.
Je répondrai à votre message à mon retour.
""",
    proc="prorroga_residencia", ignorado=True,
    fields={"correo": "ps.pierrelouis@gmail.com"})

# ---------------------------------------------------------------- 045
msg(slug="045-bounce-cambio-clave-ignorado", mailbox=S, kind="bounce",
    frm=("Microsoft Outlook", "postmaster@outlook.com"),
    subject="Undeliverable: RE: Cambio de clave y contraseña",
    received=lima(2026, 10, 22, 10, 5, 0),
    bounce_to="yelitza.rg@outlook.com",
    proc="cambio_clave", ignorado=True,
    fields={"correo": "postmaster@outlook.com"})

# ---------------------------------------------------------------- 046
msg(slug="046-institucional-rv-apelacion-ignorado", mailbox=M,
    frm=("Unidad de Refugiados - CEPR", R),
    subject="RV: Recurso de Apelación", received=lima(2026, 11, 23, 9, 0, 0),
    body="""Colegas de Mesa de Partes:

Se les reenvía por corresponder a su unidad. El correo original quedó registrado en nuestra casilla.

Saludos cordiales,
Unidad de Refugiados
""",
    proc="apelacion", ignorado=True,
    fields={})

# ---------------------------------------------------------------- 047
msg(slug="047-boletin-bulk-ignorado", mailbox=R,
    frm=("Boletín Migración Hoy", "boletin@migracionhoy-news.com"),
    subject="Boletín semanal: novedades de diciembre", received=lima(2026, 12, 19, 6, 0, 0),
    received_utc=True,
    extra_headers=[("Precedence", "bulk"),
                   ("List-Id", "Boletin Migracion Hoy <semanal.migracionhoy-news.com>"),
                   ("List-Unsubscribe", "<mailto:baja@migracionhoy-news.com>")],
    body="""BOLETÍN MIGRACIÓN HOY - Edición 51

* Horarios de atención por fiestas de fin de año en las sedes de Lima y Callao.
* Nuevo canal de consultas en línea para trámites consulares.
* Agenda cultural: feria gastronómica intercultural en Jesús María.

Para dejar de recibir este boletín responda con la palabra BAJA.
""",
    proc=None, ignorado=True,
    fields={"correo": "boletin@migracionhoy-news.com"})

# ---------------------------------------------------------------- 048
MOT048 = ("no se valoró el informe psicológico ni las amenazas de colectivos que documenté "
          "con capturas y denuncia ante el Ministerio Público venezolano.")
msg(slug="048-ve-re-reconsideracion-firmada-dia-no-laborable", mailbox=M,
    frm=("Nairobis", "nairobis.c@gmail.com"),
    subject="RE: reconsideracion", received=lima(2026, 12, 24, 11, 20, 0),
    body=f"""Buenos días, les envío nuevamente el recurso ahora con firma digital, y una foto de mi pasaporte.

Nairobis Coromoto Silva
pasaporte 145236987
tlf +58 414 555 1234 (whatsapp)
correo nairobis.c@gmail.com
Motivo: {MOT048}

El mar, 22 dic 2026 a las 10:14, Mesa de Partes <mesadepartes@rree.gob.pe> escribió:
> Estimada usuaria: su recurso no lleva firma. Sírvase subsanar.
> Mesa de Partes Digital
""",
    attachments=[
        ("reconsideracion_NCS_firmado.pdf", "signed", dict(
            title="RECURSO DE RECONSIDERACIÓN",
            lines=["Nairobis Coromoto Silva, pasaporte 145236987",
                   "Teléfono +58 414 555 1234 - correo nairobis.c@gmail.com",
                   "Motivo: " + MOT048,
                   "Lima, 23 de diciembre de 2026"])),
        ("pasaporte.jpg", "image", dict(lines=["REPUBLICA BOLIVARIANA DE VENEZUELA",
                                               "PASAPORTE 145236987",
                                               "SILVA NAIROBIS COROMOTO"])),
    ],
    proc="reconsideracion",
    fields={"nombres": "Nairobis Coromoto Silva", "documento_identidad": "145236987",
            "telefono": "+584145551234", "correo": "nairobis.c@gmail.com",
            "motivo": MOT048})

# ---------------------------------------------------------------- 049
msg(slug="049-sy-cambio-clave-viernes-tarde", mailbox=S,
    frm=("Yara H.", "yara.hamdan.92@gmail.com"),
    subject="Cambio de clave y contraseña", received=lima(2026, 10, 23, 16, 31, 0),
    body="""Hello, I need a new password for the Refugee System.
Name: Yara Hamdan Al-Masri / Nationality: Syrian / Passport: N009876543 / Mobile: 926 445 190 / Email: yara.hamdan.new@hotmail.com
""",
    proc="cambio_clave",
    fields={"nombres": "Yara Hamdan Al-Masri", "nacionalidad": "SY",
            "documento_identidad": "N009876543", "telefono": "+51926445190",
            "correo": "yara.hamdan.new@hotmail.com"})

# ---------------------------------------------------------------- 050
msg(slug="050-af-actualizacion-voluntaria-en-nombre", mailbox=S,
    frm=("Programa de Apoyo", "voluntariado.apoyo@refugioayuda.org"),
    subject="Actualización de datos - Sra. Zarghona Ahmadi",
    received=lima(2027, 1, 5, 10, 15, 0),
    body="""Estimados:

Escribo en nombre de la Sra. Zarghona Ahmadi, solicitante de refugio de nacionalidad afgana, que no habla español. Sus datos actualizados:

- pasaporte afgano P04567123
- nuevo celular 901 234 567
- correo zarghona.ahmadi@gmail.com

Yo soy Carmen Lucía Vargas Tello, voluntaria (DNI 41234567, cel. 999 888 777).

Gracias.
""",
    proc="actualizacion_datos",
    fields={"nombres": "Zarghona Ahmadi", "nacionalidad": "AF",
            "documento_identidad": "P04567123", "telefono": "+51901234567",
            "correo": "zarghona.ahmadi@gmail.com"})

# ---------------------------------------------------------------- 051
MOT051 = ("La Comisión no consideró mi militancia en Voluntad Popular ni la orden de "
          "captura dictada en mi contra en Maracaibo.")
msg(slug="051-ve-apelacion-31-dic-firmada", mailbox=M,
    frm=("Jhonny", "jhonny.perozo@gmail.com"),
    subject="Recurso de apelacion - Jhonny Perozo", received=lima(2026, 12, 31, 15, 0, 0),
    body="""Adjunto recurso de apelación firmado digitalmente contra la resolución notificada el 14/12/2026.

Jhonny Alberto Perozo Urdaneta
C.I. V-15.987.321
telf 948 221 776
""",
    attachments=[("apelacion_JPerozo.pdf", "signed", dict(
        title="RECURSO DE APELACIÓN",
        lines=["Jhonny Alberto Perozo Urdaneta, C.I. V-15.987.321, telf. 948 221 776",
               "Resolución notificada el 14/12/2026.",
               "Motivo: " + MOT051,
               "Lima, 30 de diciembre de 2026"])),
    ],
    proc="apelacion", notif=dt.date(2026, 12, 14),
    fields={"nombres": "Jhonny Alberto Perozo Urdaneta", "documento_identidad": "V15987321",
            "telefono": "+51948221776", "correo": "jhonny.perozo@gmail.com",
            "motivo": MOT051})

# ---------------------------------------------------------------- 052
msg(slug="052-ht-espanol-basico-cambio-clave", mailbox=S,
    frm=("", "wisline.dorcelus@gmail.com"),
    subject="cambio clave", received=lima(2027, 1, 11, 8, 0, 0),
    body="""buenos dia señor. yo wisline dorcelus, yo haitiana. yo kiere cambio mi clave porfavo. mi pasaporte RE8812093. mi telefono 9 5566 4433. grasias
""",
    proc="cambio_clave",
    fields={"nombres": "wisline dorcelus", "nacionalidad": "HT",
            "documento_identidad": "RE8812093", "telefono": "+51955664433",
            "correo": "wisline.dorcelus@gmail.com"})

# ---------------------------------------------------------------- 053
MOT053 = ("I was attacked by herdsmen militia in Benue State and the police refused to "
          "protect me; the Commission wrongly held that I could relocate inside Nigeria.")
msg(slug="053-ng-appeal-pdf-firma-imagen", mailbox=M,
    frm=("Emeka", "emeka.nwosu.law@gmail.com"),
    subject="APPEAL (Recurso de Apelación)", received=lima(2027, 1, 13, 14, 0, 0),
    body="""Good afternoon.
Find attached my appeal letter which I signed.
Thank you.
""",
    attachments=[("appeal_letter.pdf", "text_img_pdf", dict(
        title="APPEAL / RECURSO DE APELACION",
        signer="Emeka C. Nwosu",
        lines=["I, Emeka Chukwuemeka Nwosu, Nigerian, Passport No. A07654321,",
               "Tel +234 803 456 7890, email emeka.nwosu.law@gmail.com,",
               "appeal against the resolution notified on 28/12/2026.",
               "",
               "Grounds: " + MOT053,
               "",
               "Lima, 12/01/2027"])),
    ],
    proc="apelacion", notif=dt.date(2026, 12, 28),
    fields={"nombres": "Emeka Chukwuemeka Nwosu", "nacionalidad": "NG",
            "documento_identidad": "A07654321", "telefono": "+2348034567890",
            "correo": "emeka.nwosu.law@gmail.com", "motivo": MOT053})

# ---------------------------------------------------------------- 054
MOT054 = ("to meet my wife and children, who are refugees in Turkey, after 3 years "
          "of separation")
msg(slug="054-af-travel-authorization-pdf-alterado", mailbox=R,
    frm=("M. Nabi", "m.nabi.sultani@gmail.com"),
    subject="Travel authorization request", received=lima(2027, 1, 16, 9, 0, 0),
    body=f"""Salam.
Please find attached my signed travel authorization request.

Name: Mohammad Nabi Sultani
Carné de extranjería: 002468135
Destination: Istanbul, Turkey
Departure 25/01/27, return 08/02/27
Reason: {MOT054}
Phone +51 976 112 093
""",
    attachments=[("travel_request_signed.pdf", "altered", dict(
        title="SOLICITUD DE AUTORIZACION DE VIAJE",
        old="Respectfully", new="RESPECTFULLY",
        lines=["Mohammad Nabi Sultani - CE 002468135",
               "Destination: Istanbul, Turkey",
               "Departure 25/01/2027 - Return 08/02/2027",
               "Reason: " + MOT054,
               "Phone +51 976 112 093",
               "Respectfully, Lima 15/01/2027"])),
    ],
    proc="autorizacion_viaje",
    fields={"nombres": "Mohammad Nabi Sultani", "carne_extranjeria": "002468135",
            "destino": "Istanbul, Turkey", "fecha_salida": "2027-01-25",
            "fecha_retorno": "2027-02-08", "motivo": MOT054, "telefono": "+51976112093",
            "correo": "m.nabi.sultani@gmail.com"})

# ---------------------------------------------------------------- 055
MOT055 = "Je renonce parce que je retourne vivre en France auprès de mon mari."
msg(slug="055-ht-renonciation-fr-sans-nationalite", mailbox=M,
    frm=("Nadège", "nadege.toussaint@gmail.com"),
    subject="Renonciation", received=lima(2027, 1, 20, 17, 10, 0),
    body=f"""Bonsoir,
ci-joint ma lettre de renonciation signée électroniquement.
Motif : {MOT055}
Nadège Toussaint
passeport RE2019384
tel 9 3322 1100
""",
    attachments=[("renonciation_signee.pdf", "signed", dict(
        title="RENUNCIA / RENONCIATION",
        lines=["Je soussignée Nadège Toussaint, passeport RE2019384,",
               "renonce à ma demande de refuge au Pérou.",
               "Motif : " + MOT055,
               "Lima, le 20 janvier 2027"])),
    ],
    proc="renuncia",
    fields={"nombres": "Nadège Toussaint", "documento_identidad": "RE2019384",
            "telefono": "+51933221100", "correo": "nadege.toussaint@gmail.com",
            "motivo": MOT055})

# ---------------------------------------------------------------- 056
msg(slug="056-gh-prorroga-residence-extension-completa", mailbox=R,
    frm=("Kofi", "kofi.agyeman.gh@yahoo.com"),
    subject="Residence extension / prorroga de residencia", received=lima(2027, 1, 26, 11, 0, 0),
    body="""Hello CEPR team, I am a recognised refugee, kindly process my annual residence extension. Kofi Agyeman Darko, male, Ghanaian, passport G1122334, carné de extranjería 000554433, born 09-10-1983, tel +51 987 321 654. Thanks 🙏
""",
    proc="prorroga_residencia",
    fields={"nombres": "Kofi Agyeman Darko", "sexo": "M", "nacionalidad": "GH",
            "documento_identidad": "G1122334", "carne_extranjeria": "000554433",
            "fecha_nacimiento": "1983-10-09", "telefono": "+51987321654",
            "correo": "kofi.agyeman.gh@yahoo.com"})


# ============================================================== rules
REQ = {
    "solicitud_refugio": [], "autorizacion_trabajo": [], "entrevista_registro": [],
    "carne_solicitante": [],
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad",
                            "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono",
                        "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad",
                 "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad",
                            "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad",
                                    "documento_identidad", "carne_extranjeria",
                                    "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno",
                           "nombres", "carne_extranjeria", "telefono"],
}
HOME = {"carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
        "reconsideracion": M, "apelacion": M, "renuncia": M,
        "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15,
         "apelacion": 30, "renuncia": 15, "prorroga_residencia": 15,
         "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}
FIRMA_PROCS = {p for p, r in REQ.items() if "firma" in r}


def attachment_bytes(kind, spec):
    if kind == "signed":
        return L.signed_pdf(spec["lines"], spec.get("title")), "application", "pdf"
    if kind == "altered":
        return (L.altered_pdf(spec["lines"], spec["old"], spec["new"], spec.get("title")),
                "application", "pdf")
    if kind == "text_pdf":
        return L.text_pdf(spec["lines"], spec.get("title")), "application", "pdf"
    if kind == "text_img_pdf":
        return (L.text_pdf_with_signature_image(spec["lines"], spec.get("title"),
                                                spec.get("signer", "x")),
                "application", "pdf")
    if kind == "scan_pdf":
        return L.scan_pdf(spec["lines"]), "application", "pdf"
    if kind == "image":
        return L.scan_jpeg(spec["lines"]), "image", "jpeg"
    raise ValueError(kind)


def firma_status(atts):
    """atts: list of (filename, kind, bytes). INTAKE 3: first of valid, invalid,
    manuscrita, absent that applies to any attachment."""
    kinds = set()
    for fn, kind, data in atts:
        if kind == "signed":
            assert L.sig_status(data) is True, fn
            kinds.add("valid")
        elif kind == "altered":
            assert L.sig_status(data) is False, fn
            kinds.add("invalid")
        elif kind in ("scan_pdf", "image"):
            if kind == "scan_pdf":
                assert L.pdf_text(data).strip() == "" and L.sig_status(data) is None
            kinds.add("manuscrita")
        elif kind == "text_img_pdf":
            assert L.pdf_has_image(data) and L.sig_status(data) is None
            kinds.add("manuscrita")
        elif kind == "text_pdf":
            assert not L.pdf_has_image(data) and L.sig_status(data) is None
    for s in ("valid", "invalid", "manuscrita"):
        if s in kinds:
            return s
    return "absent"


def has_denuncia(atts):
    for fn, kind, data in atts:
        if "denuncia" in fn.lower():
            return True
        if fn.lower().endswith(".pdf") and "denuncia" in L.pdf_text(data).lower():
            return True
    return False


def label_for(m, atts):
    proc = m["proc"]
    fields = dict(m["fields"])
    received = m["received"]
    filing = L.filing_day(received)
    ignorado = m.get("ignorado", False)
    if proc in FIRMA_PROCS:
        sig = firma_status(atts)
    else:
        sig = "not_required"
    missing, flags = [], []
    if ignorado:
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        for r in REQ[proc]:
            if r == "firma":
                if sig in ("invalid", "absent"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not has_denuncia(atts):
                    missing.append(r)
            elif r.endswith("*"):
                if m.get("recognised") and r[:-1] not in fields:
                    missing.append(r[:-1])
            elif r not in fields:
                missing.append(r)
        if missing:
            outcome = "subsanar"
        elif proc in RECURSOS:
            outcome = "cargo"
        else:
            outcome = "acuse"
    if outcome not in ("ignorado", "portal", "triage"):
        if HOME[proc] != m["mailbox"]:
            flags.append("derivado")
        if sig == "manuscrita" and proc in FIRMA_PROCS:
            flags.append("verificar_firma")
        if proc in RECURSOS and m.get("notif"):
            if filing > L.add_bd(m["notif"], 15):
                flags.append("extemporaneo")
    if outcome == "subsanar":
        due = L.add_bd(filing, 2)
    elif outcome in ("cargo", "acuse"):
        due = L.add_bd(filing, PLAZO[proc])
    else:
        due = None
    return {
        "file": m["slug"] + ".eml",
        "mailbox": m["mailbox"],
        "received": received.astimezone(L.LIMA).isoformat(),
        "procedure": proc,
        "fields": fields,
        "missing": missing,
        "signature": sig,
        "outcome": outcome,
        "flags": flags,
        "filing_date": filing.isoformat(),
        "due_date": due.isoformat() if due else None,
    }


# ============================================================== e-mail
def addr(pair):
    name, a = pair
    return email.utils.formataddr((name, a)) if name else a


def received_headers(m, n):
    rcv = m["received"]
    top_dt = rcv.astimezone(UTC) if m.get("received_utc") else rcv
    dom = m["frm"][1].split("@")[1]
    hop = rcv - dt.timedelta(seconds=3 + n % 5)
    tz2 = dt.timezone(dt.timedelta(hours=m.get("date_tz", -5)))
    return [
        f"from mail-out{n % 7}.{dom} (mail-out{n % 7}.{dom} [198.51.100.{10 + n}]) "
        f"by mx1.rree.gob.pe (Postfix) with ESMTPS id 4R{n:03d}xQ7 "
        f"for <{m['mailbox']}>; {email.utils.format_datetime(top_dt)}",
        f"by mail-out{n % 7}.{dom} with SMTP id r48m{n:03d}; "
        f"{email.utils.format_datetime(hop.astimezone(tz2))}",
    ]


def build_bounce(m, n):
    """A DSN (multipart/report) built as text and parsed, so that the
    message/delivery-status part has its proper structure."""
    bnd = f"r48bounce{n:03d}"
    orig_date = email.utils.format_datetime(m["received"] - dt.timedelta(minutes=1))
    raw = f"""MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{bnd}"

--{bnd}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Your message to {m['bounce_to']} couldn't be delivered.

The recipient's mailbox is full and can't accept messages now.
Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:
Generating server: DM6PR02MB4444.namprd02.prod.outlook.com
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

--{bnd}
Content-Type: message/delivery-status

Reporting-MTA: dns; DM6PR02MB4444.namprd02.prod.outlook.com

Final-Recipient: rfc822; {m['bounce_to']}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 554 5.2.2 mailbox full

--{bnd}
Content-Type: message/rfc822

From: {S}
To: {m['bounce_to']}
Subject: RE: Cambio de clave y =?utf-8?q?contrase=C3=B1a?=
Date: {orig_date}
Message-ID: <acuse.2026-S-004512@rree.gob.pe>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Estimada usuaria: su solicitud fue registrada con el N° 2026-S-004512.

--{bnd}--
"""
    return email.message_from_bytes(raw.encode("utf-8"), policy=policy.default)


def build_message(m, n):
    if m.get("kind") == "bounce":
        em = build_bounce(m, n)
        atts = []
    else:
        em = EmailMessage()
        atts = []
        if m.get("html_only"):
            em.set_content(m["html_only"], subtype="html")
        else:
            em.set_content(m["body"])
            if m.get("html"):
                paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>"
                                for p in m["body"].split("\n\n"))
                em.add_alternative(f"<html><body>{paras}</body></html>", subtype="html")
        for fn, kind, spec in m.get("attachments", []):
            data, mt, st = attachment_bytes(kind, spec)
            if fn.endswith(".png"):
                data, st = L.scan_png(spec["lines"]), "png"
            atts.append((fn, kind, data))
            em.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    hdrs = []
    for r in received_headers(m, n):
        hdrs.append(("Received", r))
    if not m.get("no_delivered_to"):
        hdrs.append(("Delivered-To", m["mailbox"]))
    tz = dt.timezone(dt.timedelta(hours=m.get("date_tz", -5)))
    sent = (m["received"] - dt.timedelta(seconds=20 + 7 * n)).astimezone(tz)
    hdrs.append(("Date", email.utils.format_datetime(sent)))
    hdrs.append(("From", addr(m["frm"])))
    to = m.get("to") or [("", m["mailbox"])]
    hdrs.append(("To", ", ".join(addr(t) for t in to)))
    if m.get("cc"):
        hdrs.append(("Cc", ", ".join(addr(t) for t in m["cc"])))
    hdrs.append(("Subject", m["subject"]))
    hdrs.append(("Message-ID", f"<r48.{n:03d}.{sent.strftime('%Y%m%d%H%M%S')}@"
                               f"{m['frm'][1].split('@')[1].lower()}>"))
    for k, v in m.get("extra_headers", []):
        hdrs.append((k, v))
    # put our headers first, in order, keeping MIME headers after them
    mime = [(k, v) for k, v in em.items()]
    for k in list(em.keys()):
        del em[k]
    for k, v in hdrs + mime:
        em[k] = v
    return em, atts


def main():
    for f in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(f)
    labels = []
    for n, m in enumerate(MSGS, 1):
        assert m["slug"].startswith(f"{n:03d}-"), m["slug"]
        em, atts = build_message(m, n)
        with open(os.path.join(HERE, m["slug"] + ".eml"), "wb") as f:
            f.write(em.as_bytes(policy=policy.default))
        labels.append(label_for(m, atts))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
