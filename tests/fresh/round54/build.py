#!/usr/bin/env python3
"""Writes round 54's .eml files and labels.jsonl.

Run with the round's venv:  /work/rounds/.venv-r54/bin/python build.py
Every label is written by hand below (procedure, fields, expected missing /
outcome / flags); the script recomputes missing, outcome, flags, filing_date
and due_date from INTAKE.md's rules and stops if a hand label disagrees.
"""
import datetime as dt
import hashlib
import json
import sys
from email import policy
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

import pdfkit as K
from calendar_pe import LIMA, add_business, filing_day, is_late

OUT = Path(__file__).parent
SOL = "solicitantesrefugio@rree.gob.pe"
MDP = "mesadepartes@rree.gob.pe"
REF = "refugiados@rree.gob.pe"

HOME = {
    "solicitud_refugio": None, "autorizacion_trabajo": None, "entrevista_registro": None,
    "carne_solicitante": SOL, "actualizacion_datos": SOL, "cambio_clave": SOL,
    "reconsideracion": MDP, "apelacion": MDP, "renuncia": MDP,
    "prorroga_residencia": REF, "duplicado_carne_extranjeria": REF, "autorizacion_viaje": REF,
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
SUSPENDED = {"carne_solicitante"}
RECURSOS = {"reconsideracion", "apelacion"}
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
FIELD_KEYS = {"nombres", "nacionalidad", "documento_identidad", "carne_extranjeria", "telefono",
              "correo", "sexo", "fecha_nacimiento", "fecha_salida", "fecha_retorno", "destino",
              "motivo"}

MESSAGES = []


def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)


def msg(file, mailbox, recv, frm, subject, body, *, proc, fields, expect_missing=(),
        outcome, flags=(), sig="not_required", refugee=False, denuncia=False, notified=None,
        to=None, delivered=True, html=None, html_only=False, atts=(), headers=None,
        date_offset_min=1, date_tz=None, received_utc=False, kind="plain", extra=None):
    MESSAGES.append(dict(file=file, mailbox=mailbox, recv=recv, frm=frm, subject=subject,
                         body=body, proc=proc, fields=fields,
                         expect_missing=list(expect_missing), outcome=outcome,
                         flags=sorted(flags), sig=sig, refugee=refugee, denuncia=denuncia,
                         notified=notified, to=to or mailbox, delivered=delivered, html=html,
                         html_only=html_only, atts=list(atts), headers=headers or {},
                         date_offset_min=date_offset_min, date_tz=date_tz,
                         received_utc=received_utc, kind=kind, extra=extra or {}))


def pdf_att(name, data):
    return (name, "application", "pdf", data)


def jpg_att(name, data):
    return (name, "image", "jpeg", data)


def png_att(name, data):
    return (name, "image", "png", data)


# ---------------------------------------------------------------------------
# 001-005  Actualización de datos
# ---------------------------------------------------------------------------
msg("001-actualizacion-kreyol-complete.eml", SOL, T(2026, 10, 1, 9, 12, 7),
    "Wesner JB <wesnerjb509@gmail.com>", "Actualizacion de datos",
    """Bonjou,

Mwen rele Wesner Jean-Baptiste, mwen se ayisyen. Mwen vle chanje nimewo telefòn mwen nan sistèm refijye a.

Paspò: RD4417820
Nouvo nimewo: 951 337 204

Mèsi anpil
Wesner
""",
    proc="actualizacion_datos",
    fields={"nombres": "Wesner Jean-Baptiste", "nacionalidad": "HT",
            "documento_identidad": "RD4417820", "telefono": "+51951337204",
            "correo": "wesnerjb509@gmail.com"},
    outcome="acuse")

msg("002-actualizacion-nigeria-oneliner-sin-doc.eml", SOL, T(2026, 10, 3, 22, 40, 51),
    "Chuks <chuks.okafor88@yahoo.com>", "actualizacion de datos",
    "pls update my phone no. to 904 118 362. chukwuemeka okafor, nigerian. thanks\n\nSent from Yahoo Mail for iPhone\n",
    proc="actualizacion_datos",
    fields={"nombres": "chukwuemeka okafor", "nacionalidad": "NG",
            "telefono": "+51904118362", "correo": "chuks.okafor88@yahoo.com"},
    expect_missing=["documento_identidad"], outcome="subsanar", date_tz=dt.timezone.utc)

msg("003-actualizacion-francais-refugiee-sin-ce-derivado.eml", REF, T(2026, 10, 8, 11, 5, 12),
    "Marie-Claude <marieclaude.desir@yahoo.fr>",
    "Mise à jour de mes coordonnées - Actualización de datos",
    """Madame, Monsieur,

Je suis Marie-Claude Désir, de nationalité haïtienne, réfugiée reconnue au Pérou depuis 2023. Je vous écris pour mettre à jour mes coordonnées : j'ai un nouveau numéro de téléphone et une nouvelle adresse e-mail.

Passeport haïtien n° HB0932157
Nouveau téléphone : +51 936 820 114
Nouvelle adresse e-mail : mcdesir.lima@outlook.fr

Je vous remercie par avance.

Cordialement,
Marie-Claude Désir
""",
    proc="actualizacion_datos",
    fields={"nombres": "Marie-Claude Désir", "nacionalidad": "HT",
            "documento_identidad": "HB0932157", "telefono": "+51936820114",
            "correo": "mcdesir.lima@outlook.fr"},
    refugee=True, expect_missing=["carne_extranjeria"], outcome="subsanar", flags=["derivado"])

msg("004-actualizacion-portugues-corrido.eml", SOL, T(2026, 10, 13, 17, 45, 30),
    "Yoselin Páez <yoselinpaez@gmail.com>", "Atualização de dados / Actualización de datos",
    "boa tarde, peço por favor a atualização dos meus dados de contato, sou refugiada reconhecida, "
    "meu nome é Yoselin Carolina Páez Rondón nacionalidade venezuelana cédula V-19.874.332 carnê de "
    "estrangeiro 000874512 meu novo celular é 947 552 018 e o e-mail continua o mesmo, obrigada\n",
    proc="actualizacion_datos",
    fields={"nombres": "Yoselin Carolina Páez Rondón", "nacionalidad": "VE",
            "documento_identidad": "V19874332", "carne_extranjeria": "000874512",
            "telefono": "+51947552018", "correo": "yoselinpaez@gmail.com"},
    refugee=True, outcome="acuse")

msg("005-actualizacion-cubano-sin-telefono.eml", SOL, T(2026, 12, 7, 9, 0, 44),
    "Yunieski Castellanos <yunieski.castellanos@gmail.com>", "ACTUALIZACION DE DATOS - DIRECCION",
    """Buenos días, mi nombre es Yunieski Castellanos Rodríguez, cubano, carnet de identidad 85041512345, carné de extranjería 001203394.

Solicito actualizar mi dirección domiciliaria: ahora vivo en Jr. Huánuco 1450, dpto. 302, Breña, Lima.

Saludos.
""",
    proc="actualizacion_datos",
    fields={"nombres": "Yunieski Castellanos Rodríguez", "nacionalidad": "CU",
            "documento_identidad": "85041512345", "carne_extranjeria": "001203394",
            "correo": "yunieski.castellanos@gmail.com"},
    refugee=True, expect_missing=["telefono"], outcome="subsanar", delivered=False)

# ---------------------------------------------------------------------------
# 006-009  Cambio de clave
# ---------------------------------------------------------------------------
msg("006-cambio-clave-oneliner-haiti.eml", SOL, T(2026, 10, 4, 8, 3, 19),
    "jr <jrsf.1990@hotmail.com>", "cambio de clave",
    "buenas, cambio de clave porfa. jean robert saint-fleur, pasaporte PP2208761, cel 9 5512 7730, correo jrsaintfleur@gmail.com\n",
    proc="cambio_clave",
    fields={"nombres": "jean robert saint-fleur", "documento_identidad": "PP2208761",
            "telefono": "+51955127730", "correo": "jrsaintfleur@gmail.com"},
    outcome="acuse")

msg("007-cambio-clave-india-sin-telefono.eml", SOL, T(2026, 10, 21, 16, 45, 2),
    "Harpreet Singh <harpreet.gill.pe@gmail.com>", "Change of password / Cambio de clave y contraseña",
    """Respected Sir/Madam,

I am Harpreet Singh Gill, Indian national, having applied for refugee status in Peru. Kindly reset the password (cambio de clave) of my account in the Refugee System.

Passport No.: Z4567123
Email: harpreet.gill.pe@gmail.com

Kindly do the needful.

Thanking you,
Harpreet Singh Gill
""",
    proc="cambio_clave",
    fields={"nombres": "Harpreet Singh Gill", "nacionalidad": "IN",
            "documento_identidad": "Z4567123", "correo": "harpreet.gill.pe@gmail.com"},
    expect_missing=["telefono"], outcome="subsanar")

msg("008-cambio-clave-siria-re-derivado.eml", MDP, T(2026, 11, 6, 10, 20, 33),
    "Rami <rami.alhassan@protonmail.com>", "RE: Cambio de clave",
    """Dear Sir,

As you asked, here is my information for the password change:

Full name: Rami Al-Hassan
Nationality: Syrian
Passport: N012458763
Mobile: +51 987 120 455
Email: rami.alhassan@protonmail.com

Thank you very much.
Rami

On Thu, 5 Nov 2026 at 15:02, Mesa de Partes <mesadepartes@rree.gob.pe> wrote:
> Estimado usuario:
> Para el cambio de clave debe enviar sus nombres y apellidos completos, N° de
> pasaporte o cédula, teléfono y correo electrónico al buzón
> solicitantesrefugio@rree.gob.pe.
> Atentamente,
> Mesa de Partes
""",
    proc="cambio_clave",
    fields={"nombres": "Rami Al-Hassan", "nacionalidad": "SY",
            "documento_identidad": "N012458763", "telefono": "+51987120455",
            "correo": "rami.alhassan@protonmail.com"},
    outcome="acuse", flags=["derivado"],
    headers={"In-Reply-To": "<mdp-20261105150212@rree.gob.pe>"})

msg("009-cambio-clave-angola-sin-documento.eml", SOL, T(2026, 11, 14, 13, 30, 0),
    "Domingos Mbemba <dkmbemba@hotmail.com>", "Pedido de mudança de senha",
    """Bom dia senhores,

Chamo-me Domingos Kiala Mbemba, sou angolano. Venho por este meio solicitar a mudança da palavra-passe (cambio de clave y contraseña) do Sistema de Refugiados.

Telemóvel: +51 958 304 771
E-mail: dkmbemba@hotmail.com

Sem outro assunto de momento, os meus cumprimentos.
Domingos
""",
    proc="cambio_clave",
    fields={"nombres": "Domingos Kiala Mbemba", "nacionalidad": "AO",
            "telefono": "+51958304771", "correo": "dkmbemba@hotmail.com"},
    expect_missing=["documento_identidad"], outcome="subsanar")

# ---------------------------------------------------------------------------
# 010-015  Reconsideración
# ---------------------------------------------------------------------------
R1_MOTIVO = ("Je présente de nouvelles preuves : le certificat de décès de mon frère, assassiné à "
             "Port-au-Prince en septembre 2026 par le même gang qui m'a menacée.")
R1_PDF = K.sign(K.text_pdf([
    "Nom et prénoms : Roseline Michel",
    "Nationalité : haïtienne",
    "Passeport : RH2219834",
    "Téléphone : +51 912 604 338",
    "Courriel : roseline.michel@gmail.com",
    "",
    "Objet : Recours en reconsidération contre la Résolution N° 0876-2026-CEPR, notifiée le 15/10/2026.",
    "",
    "Motif : " + R1_MOTIVO,
    "",
    "Je demande que la Commission réexamine ma demande de statut de réfugiée.",
    "",
    "Lima, le 29 octobre 2026",
    "Roseline Michel (signature numérique)",
], title="RECURSO DE RECONSIDERACIÓN / RECOURS EN RECONSIDÉRATION"), "Roseline Michel")
msg("010-reconsideracion-francais-pdf-firmado.eml", MDP, T(2026, 10, 30, 15, 10, 41),
    "Rosie M <rosiemichel509@hotmail.com>",
    "Recours en reconsidération - Recurso de Reconsideración",
    """Bonjour,

Veuillez trouver ci-joint mon recours en reconsidération (Recurso de Reconsideración), signé électroniquement, contre la résolution qui a rejeté ma demande de statut de réfugiée.

Je reste à votre disposition.

Cordialement,
Roseline Michel
""",
    proc="reconsideracion",
    fields={"nombres": "Roseline Michel", "nacionalidad": "HT",
            "documento_identidad": "RH2219834", "telefono": "+51912604338",
            "correo": "roseline.michel@gmail.com", "motivo": R1_MOTIVO},
    sig="valid", notified=dt.date(2026, 10, 15), outcome="cargo",
    atts=[pdf_att("recours_reconsideration_signe.pdf", R1_PDF)])

R2_MOTIVO = ("I was not given the chance to present the medical report that shows the injuries "
             "I received from the attack in Enugu. The report is now attached.")
msg("011-reconsideracion-nigeria-foto-jpg.eml", MDP, T(2026, 11, 10, 20, 15, 9),
    "Blessing <blessingnwosu@yahoo.com>", "Recurso de Reconsideracion",
    f"""Good evening,

Please find attached my signed request for reconsideration (Recurso de Reconsideración) against the decision denying my refugee claim. I am a Nigerian citizen.

Full name: Blessing Adaeze Nwosu
Passport: A09871245
Phone: +51 976 330 812
Email: blessingnwosu@yahoo.com
Reason: {R2_MOTIVO}

Thank you
Blessing
""",
    proc="reconsideracion",
    fields={"nombres": "Blessing Adaeze Nwosu", "nacionalidad": "NG",
            "documento_identidad": "A09871245", "telefono": "+51976330812",
            "correo": "blessingnwosu@yahoo.com", "motivo": R2_MOTIVO},
    sig="manuscrita", outcome="cargo", flags=["verificar_firma"], received_utc=True,
    atts=[jpg_att("reconsideration_signed.jpg", K.handwritten_image([
        "To the Comision Especial para los Refugiados", "",
        "I, Blessing Adaeze Nwosu, ask for reconsideration", "of the decision on my refugee claim.",
        "Please see the medical report.", "", "Lima, 10 November 2026"], seed=11))])

R3_MOTIVO = ("no se valoró la constancia de amenazas emitida por el consejo comunal de mi sector, "
             "ni la denuncia que hice ante el CICPC por el atentado contra mi vivienda")
R3_PDF = K.text_pdf([
    "SEÑORES COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
    "",
    "Yo, Carlos Eduardo Mendoza Rivas, de nacionalidad venezolana, titular de la cédula de identidad "
    "V-20.441.987, con teléfono 963 214 570 y correo carlosmendoza.rivas@gmail.com, ante ustedes me "
    "presento y expongo:",
    "",
    "Que interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución N° 1120-2026/CEPR, por cuanto "
    + R3_MOTIVO + ".",
    "",
    "Por lo expuesto, pido se declare fundado mi recurso.",
    "",
    "Lima, 18 de noviembre de 2026",
    "",
    "_______________________________",
    "Carlos Eduardo Mendoza Rivas",
])
msg("012-reconsideracion-venezuela-pdf-sin-firma.eml", MDP, T(2026, 11, 19, 11, 0, 27),
    "Carlos Mendoza <carlos.mendoza.r1987@hotmail.com>", "reconsideracion",
    "buenos dias adjunto mi recurso de reconsideracion, gracias\n",
    proc="reconsideracion",
    fields={"nombres": "Carlos Eduardo Mendoza Rivas", "nacionalidad": "VE",
            "documento_identidad": "V20441987", "telefono": "+51963214570",
            "correo": "carlosmendoza.rivas@gmail.com", "motivo": R3_MOTIVO},
    sig="absent", expect_missing=["firma"], outcome="subsanar",
    atts=[pdf_att("RECURSO RECONSIDERACION CARLOS MENDOZA.pdf", R3_PDF)])

R4_MOTIVO = ("la Comisión no tuvo en cuenta la nueva amenaza recibida de parte de las disidencias de "
             "las FARC en el Catatumbo, de la cual aporto prueba documental (panfleto y denuncia ante "
             "la Fiscalía)")
R4_PDF = K.sign(K.text_pdf([
    "Señores",
    "Comisión Especial para los Refugiados",
    "",
    "ANDRÉS FELIPE RUIZ CASTAÑO, colombiano, identificado con C.C. 1.098.765.432, interpongo Recurso "
    "de Reconsideración contra la Resolución N° 0954-2026/CEPR-SE, notificada con fecha 02/10/2026.",
    "",
    "FUNDAMENTO: " + R4_MOTIVO + ".",
    "",
    "Celular: 9 8120 3347 - Correo: andresruiz.castano@gmail.com",
    "",
    "Lima, 26 de octubre de 2026",
    "Firmado digitalmente por Andrés Felipe Ruiz Castaño",
], title="RECURSO DE RECONSIDERACIÓN"), "Andres Felipe Ruiz Castano")
R4_TEXT = f"""Señores
Comisión Especial para los Refugiados – Mesa de Partes
Presente.-

Por medio del presente, yo ANDRÉS FELIPE RUIZ CASTAÑO, identificado con C.C. 1.098.765.432 de Bucaramanga, de nacionalidad colombiana, remito adjunto mi Recurso de Reconsideración debidamente firmado con firma digital, contra la Resolución N° 0954-2026/CEPR-SE, la cual me fue notificada con fecha 02/10/2026.

El motivo del recurso es que {R4_MOTIVO}.

Datos de contacto:
Celular: 9 8120 3347
Correo: andresruiz.castano@gmail.com

Atentamente,
Andrés Felipe Ruiz Castaño
"""
msg("013-reconsideracion-colombia-plazo-justo.eml", MDP, T(2026, 10, 27, 14, 20, 15),
    "Andres Ruiz <aruizc@outlook.com>",
    "RECURSO DE RECONSIDERACION - ANDRES FELIPE RUIZ CASTAÑO - EXP. 2025-04418",
    R4_TEXT,
    html="<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in R4_TEXT.split("\n\n")) + "</body></html>",
    proc="reconsideracion",
    fields={"nombres": "ANDRÉS FELIPE RUIZ CASTAÑO", "nacionalidad": "CO",
            "documento_identidad": "1098765432", "telefono": "+51981203347",
            "correo": "andresruiz.castano@gmail.com", "motivo": R4_MOTIVO},
    sig="valid", notified=dt.date(2026, 10, 2), outcome="cargo",
    atts=[pdf_att("Recurso_Reconsideracion_ARuiz_firmado.pdf", R4_PDF)])

R5_MOTIVO = ("no se tomó en cuenta que soy madre soltera y que las pandillas de Martissant quemaron "
             "mi casa y mataron a mi pareja en 2025")
R5_SIGNED = K.sign(K.text_pdf([
    "Señores de la CEPR:",
    "",
    "Yo, Rosemène Pierre-Louis, de nacionalidad haitiana, con pasaporte N° RF3376015, interpongo "
    "recurso de reconsideración contra la Resolución N° 1187-2026-CEPR.",
    "",
    "Motivo: " + R5_MOTIVO + ".",
    "",
    "Correo: rosemenepl@gmail.com",
    "",
    "Lima, 4 de diciembre de 2026",
    "Firma digital: Rosemène Pierre-Louis",
], title="RECURSO DE RECONSIDERACIÓN"), "Rosemene Pierre-Louis")
R5_PDF = K.alter(R5_SIGNED, b"1187-2026", b"1181-2026")
msg("014-reconsideracion-kreyol-firma-alterada.eml", MDP, T(2026, 12, 5, 18, 44, 0),
    "Rosemène <rosemenepl@gmail.com>", "Rekou rekonsiderasyon / Recurso de reconsideración",
    """Bonswa,

Mwen voye rekou rekonsiderasyon mwen an (Recurso de Reconsideración) ak siyati elektwonik mwen.
Mwen rele Rosemène Pierre-Louis, mwen se ayisyèn.

Paspò: RF3376015
Imèl: rosemenepl@gmail.com

Mèsi davans.
""",
    proc="reconsideracion",
    fields={"nombres": "Rosemène Pierre-Louis", "nacionalidad": "HT",
            "documento_identidad": "RF3376015", "correo": "rosemenepl@gmail.com",
            "motivo": R5_MOTIVO},
    sig="invalid", expect_missing=["firma", "telefono"], outcome="subsanar",
    atts=[pdf_att("rekou_rekonsiderasyon.pdf", R5_PDF)])

R6_MOTIVO = ("The Commission did not consider that I was arrested and tortured by the military in "
             "Bamenda for taking part in the teachers' strike in the Anglophone regions, as shown in "
             "the medical certificate I attach again.")
R6_PDF = K.text_pdf([
    "To: Comisión Especial para los Refugiados",
    "",
    "I, Ebai Tabe Nkongho, Cameroonian, CNI No. 114529837, request the reconsideration of "
    "Resolution N° 1302-2026-CEPR.",
    "",
    "Grounds: " + R6_MOTIVO,
    "",
    "Lima, 2 December 2026",
], title="REQUEST FOR RECONSIDERATION", embed_image=K.scribble(15))
msg("015-reconsideracion-camerun-extemporanea.eml", MDP, T(2026, 12, 3, 10, 2, 56),
    "Ebai T. <ebai.tabe@yahoo.com>", "Request for reconsideration - Recurso de Reconsideración",
    f"""Dear Sirs,

I, Ebai Tabe Nkongho, a Cameroonian national, National ID card (CNI) No. 114529837, passport No. AA0713456, hereby submit my request for reconsideration of Resolution N° 1302-2026-CEPR (notificada el 09/11/2026), which rejected my application for refugee status.

Grounds: {R6_MOTIVO}

Contact: WhatsApp 9 4411 2093 / ebai.tabe@yahoo.com

The signed letter is attached.

Yours faithfully,
Ebai Tabe Nkongho
""",
    proc="reconsideracion",
    fields={"nombres": "Ebai Tabe Nkongho", "nacionalidad": "CM",
            "documento_identidad": "114529837", "telefono": "+51944112093",
            "correo": "ebai.tabe@yahoo.com", "motivo": R6_MOTIVO},
    sig="manuscrita", notified=dt.date(2026, 11, 9), outcome="cargo",
    flags=["verificar_firma", "extemporaneo"],
    atts=[pdf_att("reconsideration_letter_signed.pdf", R6_PDF)])

# ---------------------------------------------------------------------------
# 016-020, 055  Apelación
# ---------------------------------------------------------------------------
P1_MOTIVO = ("Como mujer afgana que trabajaba como maestra de niñas en Herat, me encuentro en riesgo "
             "de persecución por parte del régimen talibán, que prohíbe la educación de las mujeres; "
             "la Comisión no valoró los informes de país que presenté.")
P1_PDF = K.sign(K.text_pdf([
    "Señores de la Comisión Especial para los Refugiados:",
    "",
    "Yo, FARIDA AHMADI, de nacionalidad afgana, con pasaporte N° P02468135, teléfono +51 964 550 218, "
    "ante ustedes interpongo RECURSO DE APELACIÓN contra la Resolución que confirma la denegatoria "
    "de mi solicitud de refugio.",
    "",
    "MOTIVO: " + P1_MOTIVO,
    "",
    "Para notificaciones: correo de mi hermano a.z.noori@gmail.com",
    "",
    "Lima, 16 de octubre de 2026",
    "Firmado digitalmente por Farida Ahmadi",
], title="RECURSO DE APELACIÓN"), "Farida Ahmadi")
msg("016-apelacion-afganistan-hermano.eml", MDP, T(2026, 10, 19, 12, 0, 10),
    "Ahmad Zia Noori <a.z.noori@gmail.com>", "Recurso de Apelación - Farida Ahmadi",
    """Dear Sir or Madam,

My name is Ahmad Zia Noori (passport P01357924). I am writing on behalf of my sister, Farida Ahmadi, who does not speak Spanish or English well. She is filing an appeal (Recurso de Apelación) against the resolution that confirmed the denial of her refugee application.

Her details:
- Full name: Farida Ahmadi
- Nationality: Afghan
- Passport No.: P02468135
- Her mobile phone: +51 964 550 218

She does not have an e-mail address, so please send the cargo and any notification to this e-mail address (mine).

The appeal letter, signed by her with a digital signature, and a copy of her passport are attached.

Kind regards,
Ahmad Zia Noori
""",
    proc="apelacion",
    fields={"nombres": "Farida Ahmadi", "nacionalidad": "AF",
            "documento_identidad": "P02468135", "telefono": "+51964550218",
            "correo": "a.z.noori@gmail.com", "motivo": P1_MOTIVO},
    sig="valid", outcome="cargo",
    atts=[pdf_att("Recurso_Apelacion_Farida_Ahmadi.pdf", P1_PDF),
          jpg_att("passport_farida.jpg", K.handwritten_image([
              "ISLAMIC REPUBLIC OF AFGHANISTAN", "PASSPORT", "Surname: AHMADI",
              "Given names: FARIDA", "No. P02468135"], seed=16, size=(1200, 800)))])

P2_MOTIVO = ("sou natural de Cabinda e fui perseguida pela minha participação em manifestações "
             "pacíficas; a resolução não considerou o relatório da Human Rights Watch sobre a "
             "repressão em Cabinda que juntei ao processo.")
msg("017-apelacao-angola-escaneada.eml", MDP, T(2026, 12, 11, 16, 20, 5),
    "Esperança Tchissola <esperanca.tchissola@gmail.com>", "Recurso de Apelação",
    f"""Exmos. Senhores da Comissão Especial para os Refugiados,

Eu, Esperança Nzinga Tchissola, de nacionalidade angolana, portadora do passaporte n.º N2345678, venho por este meio interpor recurso de apelação contra a Resolução que confirmou o indeferimento do meu pedido de refúgio, a qual me foi notificada em 20/11/2026.

Motivo: {P2_MOTIVO}

Contactos: telemóvel 925 448 107, e-mail esperanca.tchissola@gmail.com.

Segue em anexo o recurso assinado à mão e digitalizado.

Com os melhores cumprimentos,
Esperança N. Tchissola
""",
    proc="apelacion",
    fields={"nombres": "Esperança Nzinga Tchissola", "nacionalidad": "AO",
            "documento_identidad": "N2345678", "telefono": "+51925448107",
            "correo": "esperanca.tchissola@gmail.com", "motivo": P2_MOTIVO},
    sig="manuscrita", notified=dt.date(2026, 11, 20), outcome="cargo",
    flags=["verificar_firma"],
    atts=[pdf_att("recurso_apelacao_assinado.pdf", K.image_only_pdf([
        "Exmos. Senhores da CEPR", "", "Recurso de apelacao", "Esperanca Nzinga Tchissola",
        "Passaporte N2345678", "", "Lima, 10 de dezembro de 2026"], seed=17))])

msg("018-apelacion-ghana-oneliner.eml", MDP, T(2026, 12, 20, 23, 55, 40),
    "kwame <kwame.boateng@gmail.com>", "apelacion",
    "hello i want to file apelacion against my refugee decision. kwame mensah boateng, im ghanaian, ghana card GHA-712345678-3, tel 941882610, kwame.boateng@gmail.com. thanks\n",
    proc="apelacion",
    fields={"nombres": "kwame mensah boateng", "nacionalidad": "GH",
            "documento_identidad": "GHA7123456783", "telefono": "+51941882610",
            "correo": "kwame.boateng@gmail.com"},
    sig="absent", expect_missing=["firma", "motivo"], outcome="subsanar")

P4_MOTIVO = ("fui perseguida por mi participación en las protestas del 11 de julio y posteriormente "
             "expulsada de mi centro de trabajo; la Comisión no valoró el acta de la Seguridad del "
             "Estado que presenté.")
P4_PDF = K.sign(K.text_pdf([
    "A la Comisión Especial para los Refugiados",
    "",
    "Yanelis Fonseca Marrero, cubana, carné de identidad 92061834572, interpone RECURSO DE APELACIÓN "
    "contra la Resolución N° 0811-2026/CEPR, notificada el 5 de octubre de 2026.",
    "",
    "Motivo: " + P4_MOTIVO,
    "",
    "Teléfono: (01) 480 2231. Correo: yanelis.fonseca@gmail.com",
    "",
    "Lima, 16 de noviembre de 2026",
], title="RECURSO DE APELACIÓN"), "Yanelis Fonseca Marrero")
msg("019-apelacion-cuba-extemporanea-derivado.eml", REF, T(2026, 11, 17, 9, 5, 18),
    "Yanelis Fonseca <yanelis.fonseca@gmail.com>", "Recurso de Apelación - Yanelis Fonseca Marrero",
    f"""Estimados señores:

Por este medio les hago llegar mi Recurso de Apelación firmado digitalmente contra la Resolución N° 0811-2026/CEPR, que me fue notificada el 5 de octubre de 2026. Pido disculpas por la demora en presentarlo.

Mis datos:
Nombre completo: Yanelis Fonseca Marrero
Nacionalidad: cubana
Carné de identidad: 92061834572
Pasaporte: K318842
Teléfono fijo: (01) 480 2231
Correo electrónico: yanelis.fonseca@gmail.com

Motivo: {P4_MOTIVO}

Saludos cordiales,
Yanelis
""",
    proc="apelacion",
    fields={"nombres": "Yanelis Fonseca Marrero", "nacionalidad": "CU",
            "documento_identidad": "92061834572", "telefono": "+5114802231",
            "correo": "yanelis.fonseca@gmail.com", "motivo": P4_MOTIVO},
    sig="valid", notified=dt.date(2026, 10, 5), outcome="cargo",
    flags=["derivado", "extemporaneo"],
    atts=[pdf_att("apelacion_yfonseca.pdf", P4_PDF)])

P5_MOTIVO = ("je suis menacée de mort par ma belle-famille à Yaoundé pour avoir refusé le lévirat "
             "après le décès de mon mari ; la Commission n'a pas tenu compte des menaces écrites que "
             "j'ai produites.")
P5_SIGNED = K.sign(K.text_pdf([
    "A l'attention de la Commission Spéciale pour les Réfugiés (CEPR)",
    "",
    "Je soussignée NGONO EBOGO Marie-Thérèse, de nationalité camerounaise, CNI n° 113456789, "
    "introduis un recours en appel contre la décision confirmant le rejet de ma demande d'asile.",
    "",
    "Motif : " + P5_MOTIVO,
    "",
    "Téléphone : +51 933 007 415 - E-mail : ngono.ebogo@yahoo.fr",
    "",
    "Lima, le 22 décembre 2026",
], title="RECURSO DE APELACIÓN / RECOURS EN APPEL"), "Ngono Ebogo Marie-Therese")
P5_PDF = K.alter(P5_SIGNED, b"le 22 d", b"le 23 d")
msg("020-appel-cameroun-firma-alterada.eml", MDP, T(2026, 12, 24, 10, 0, 0),
    "Marie-Thérèse N. <ngono.ebogo@yahoo.fr>", "Recours en appel / Recurso de Apelación",
    f"""Madame, Monsieur,

Je soussignée NGONO EBOGO Marie-Thérèse, de nationalité camerounaise, titulaire de la CNI n° 113456789, ai l'honneur d'introduire un recours en appel (Recurso de Apelación) contre la décision confirmant le rejet de ma demande d'asile.

Motif : {P5_MOTIVO}

Téléphone : +51 933 007 415
E-mail : ngono.ebogo@yahoo.fr

Je joins le recours signé électroniquement.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
""",
    proc="apelacion",
    fields={"nombres": "NGONO EBOGO Marie-Thérèse", "nacionalidad": "CM",
            "documento_identidad": "113456789", "telefono": "+51933007415",
            "correo": "ngono.ebogo@yahoo.fr", "motivo": P5_MOTIVO},
    sig="invalid", expect_missing=["firma"], outcome="subsanar",
    atts=[pdf_att("recours_appel_signe.pdf", P5_PDF)])

# ---------------------------------------------------------------------------
# 021-024  Renuncia
# ---------------------------------------------------------------------------
N1_MOTIVO = "vou voltar a morar no Brasil com a minha família e não preciso mais do refúgio."
N1_PDF = K.sign(K.text_pdf([
    "À Comissão Especial para os Refugiados",
    "",
    "Eu, Thaís Cristina Oliveira Santos, brasileira, passaporte FZ482913, declaro que renuncio ao "
    "meu pedido de refúgio no Peru.",
    "",
    "Motivo: " + N1_MOTIVO,
    "",
    "Telefone: +55 11 97314-2268",
    "",
    "Lima, 24 de outubro de 2026",
], title="RENUNCIA / RENÚNCIA"), "Thais Cristina Oliveira Santos")
N1_TEXT = f"""Olá, bom dia!

Meu nome é Thaís Cristina Oliveira Santos, sou brasileira, passaporte FZ482913. Quero renunciar ao meu pedido de refúgio (trâmite de solicitação de refúgio).

O motivo é que {N1_MOTIVO}

Meu telefone/WhatsApp: +55 11 97314-2268

Em anexo está a carta de renúncia assinada digitalmente.

Obrigada!
Thaís
"""
msg("021-renuncia-brasil-firmada.eml", MDP, T(2026, 10, 26, 9, 40, 22),
    "Thaís Oliveira <thais.oliveira.santos@gmail.com>", "Renúncia ao pedido de refúgio (Renuncia)",
    N1_TEXT,
    html="<div dir=\"ltr\">" + N1_TEXT.replace("\n", "<br>") + "</div>",
    proc="renuncia",
    fields={"nombres": "Thaís Cristina Oliveira Santos", "nacionalidad": "BR",
            "documento_identidad": "FZ482913", "telefono": "+5511973142268",
            "correo": "thais.oliveira.santos@gmail.com", "motivo": N1_MOTIVO},
    sig="valid", outcome="acuse",
    atts=[pdf_att("carta_renuncia_assinada.pdf", N1_PDF)])

N2_MOTIVO = "me regreso a Venezuela porque mi mamá esta enferma y no hay quien la cuide"
msg("022-renuncia-venezuela-png.eml", MDP, T(2026, 10, 10, 19, 2, 11),
    "JHONNY G <jhonnyguevara_17@hotmail.com>", "renuncia",
    f"""Buenas noches. Por medio de la presente yo Jhonny Alexander Guevara Pérez venezolano con cedula V 17.332.908 y carnet de extranjeria 000561239, refugiado reconocido, les informo que renuncio a la condicion de refugiado. el motivo es que {N2_MOTIVO}. Mi telefono es +58 414-5532198 (ya estoy alla). Anexo la carta firmada en foto. Gracias
""",
    proc="renuncia",
    fields={"nombres": "Jhonny Alexander Guevara Pérez", "nacionalidad": "VE",
            "documento_identidad": "V17332908", "carne_extranjeria": "000561239",
            "telefono": "+584145532198", "correo": "jhonnyguevara_17@hotmail.com",
            "motivo": N2_MOTIVO},
    refugee=True, sig="manuscrita", outcome="acuse", flags=["verificar_firma"],
    atts=[png_att("carta renuncia.png", K.handwritten_image([
        "Señores CEPR", "Yo Jhonny Alexander Guevara Perez", "renuncio a la condicion de refugiado",
        "", "Lima 10 de octubre 2026"], seed=22, fmt="PNG", size=(1000, 1200)))])

N3_MOTIVO = "j'ai obtenu la résidence permanente au Canada, où je rejoins mon épouse."
msg("023-renonciation-haiti-sin-firma-sin-ce.eml", MDP, T(2026, 12, 31, 8, 0, 3),
    "Jean-Claude Baptiste <jcbaptiste.ht@gmail.com>", "Renonciation au statut de réfugié",
    f"""Madame, Monsieur,

Je soussigné Jean-Claude Baptiste, de nationalité haïtienne, réfugié reconnu par la Commission Spéciale pour les Réfugiés, passeport n° RJ4410983, déclare renoncer à mon statut de réfugié au Pérou (Renuncia).

Motif : {N3_MOTIVO}

Téléphone : +51 955 213 078

Je vous prie d'agréer mes salutations distinguées.
Jean-Claude Baptiste
""",
    proc="renuncia",
    fields={"nombres": "Jean-Claude Baptiste", "nacionalidad": "HT",
            "documento_identidad": "RJ4410983", "telefono": "+51955213078",
            "correo": "jcbaptiste.ht@gmail.com", "motivo": N3_MOTIVO},
    refugee=True, sig="absent", expect_missing=["firma", "carne_extranjeria"],
    outcome="subsanar")

N4_MOTIVO = ("I have been granted a family reunification visa by Germany, where my husband lives, "
             "and I will travel there next month.")
N4_PDF = K.sign(K.text_pdf([
    "To the Comisión Especial para los Refugiados",
    "",
    "I, Lina Haddad, holder of passport No. N011223344, hereby withdraw my application for refugee "
    "status in Peru (expediente 2024-11250).",
    "",
    "Reason: " + N4_MOTIVO,
    "",
    "E-mail: lina.haddad@gmx.de",
    "",
    "Lima, 13 January 2027",
    "Digitally signed: Lina Haddad",
], title="RENUNCIA / WITHDRAWAL"), "Lina Haddad")
msg("024-renuncia-siria-sin-nacionalidad.eml", MDP, T(2027, 1, 13, 19, 30, 45),
    "Lina H <lina.haddad@gmx.de>", "Renuncia - withdrawal of asylum application",
    """Dear Sir/Madam,

Please find attached my signed letter of withdrawal (Renuncia) of my application for refugee status.

Best regards,
Lina Haddad
""",
    proc="renuncia",
    fields={"nombres": "Lina Haddad", "documento_identidad": "N011223344",
            "correo": "lina.haddad@gmx.de", "motivo": N4_MOTIVO},
    sig="valid", expect_missing=["nacionalidad", "telefono"], outcome="subsanar",
    received_utc=True, atts=[pdf_att("withdrawal_signed.pdf", N4_PDF)])

# ---------------------------------------------------------------------------
# 025-029  Prórroga de residencia
# ---------------------------------------------------------------------------
E1_ROWS = [("Nombres y Apellidos", "María Gabriela Rondón Salazar"), ("Sexo", "Femenino"),
           ("Nacionalidad", "Venezolana"), ("Cédula", "V-16.789.234"),
           ("Carné de Extranjería", "000398201"), ("Fecha de nacimiento", "22/07/1984"),
           ("Teléfono", "998 461 230"), ("Correo", "mgrondon84@gmail.com")]
msg("025-prorroga-venezuela-html-tabla.eml", REF, T(2026, 10, 2, 10, 10, 10),
    "Gaby <gabyrondon@hotmail.com>", "Prórroga de Residencia",
    None,
    html=("<html><body><p>Buenos días, solicito la prórroga anual de mi residencia como refugiada "
          "reconocida. Mis datos:</p><table border=\"1\" cellpadding=\"4\">"
          + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in E1_ROWS)
          + "</table><p>Quedo atenta.<br>Saludos</p></body></html>"),
    html_only=True,
    proc="prorroga_residencia",
    fields={"nombres": "María Gabriela Rondón Salazar", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "V16789234", "carne_extranjeria": "000398201",
            "fecha_nacimiento": "1984-07-22", "telefono": "+51998461230",
            "correo": "mgrondon84@gmail.com"},
    outcome="acuse")

msg("026-prorroga-kreyol-esposo-derivado.eml", SOL, T(2026, 10, 16, 16, 30, 0),
    "Ricardo Joseph <ricardojoseph509@gmail.com>", "prorroga de residencia",
    "bonjou mwen ekri pou madanm mwen ki pa konn ekri panyòl, li se refijye rekonèt, li bezwen "
    "prorroga de residencia: non li se Nadège Joseph fanm ayisyèn paspò RE5510273 kat etranje "
    "000712845 li fèt 03-05-1991 telefòn li se 9 3344 1278 mèsi, Ricardo Joseph\n",
    proc="prorroga_residencia",
    fields={"nombres": "Nadège Joseph", "sexo": "F", "nacionalidad": "HT",
            "documento_identidad": "RE5510273", "carne_extranjeria": "000712845",
            "fecha_nacimiento": "1991-05-03", "telefono": "+51933441278",
            "correo": "ricardojoseph509@gmail.com"},
    refugee=True, outcome="acuse", flags=["derivado"])

msg("027-prorroga-cameroon-sin-sexo-fnac.eml", REF, T(2026, 11, 24, 8, 15, 37),
    "Enow <enow.takang@gmail.com>", "Residence extension (Prórroga de residencia)",
    """Good morning,

I am a recognised refugee and I wish to apply for the annual extension of my residence (Prórroga de Residencia).

Name: Enow Ashu Takang; Nationality: Cameroonian; Passport: AA0456812; Carné de Extranjería: 000923117; Tel: 965-210-447.

Regards,
Enow
""",
    proc="prorroga_residencia",
    fields={"nombres": "Enow Ashu Takang", "nacionalidad": "CM",
            "documento_identidad": "AA0456812", "carne_extranjeria": "000923117",
            "telefono": "+51965210447", "correo": "enow.takang@gmail.com"},
    refugee=True, expect_missing=["sexo", "fecha_nacimiento"], outcome="subsanar",
    to=f"{REF}, {MDP}")

msg("028-prorrogacao-angola-sin-ce.eml", REF, T(2027, 1, 10, 21, 8, 0),
    "Manuel Nzau <manuelnzau@hotmail.com>", "Prorrogação de residência",
    """Boa noite.

Sou refugiado reconhecido e preciso da prorrogação da residência (prórroga de residencia).

Nome completo: Manuel Sebastião Nzau
Sexo: masculino
Nacionalidade: angolana
Bilhete de Identidade n.º 004512378LA041
Data de nascimento: 12/08/1979
Telemóvel: +51 952 870 346

O número do carnê não tenho agora comigo, mando depois.

Cumprimentos,
Manuel
""",
    proc="prorroga_residencia",
    fields={"nombres": "Manuel Sebastião Nzau", "sexo": "M", "nacionalidad": "AO",
            "documento_identidad": "004512378LA041", "fecha_nacimiento": "1979-08-12",
            "telefono": "+51952870346", "correo": "manuelnzau@hotmail.com"},
    refugee=True, expect_missing=["carne_extranjeria"], outcome="subsanar")

msg("029-prorroga-india-anio-dos-digitos.eml", REF, T(2027, 1, 25, 11, 11, 11),
    "Gurpreet Kaur <gurpreet.kaur.lima@gmail.com>", "Prorroga de Residencia - Gurpreet Kaur",
    """Respected Sir/Madam,

Kindly process the annual extension of residence (prórroga de residencia) for me as a recognized refugee. My particulars are:

Name: Gurpreet Kaur
Sex: Female
Nationality: Indian
Passport No: T7821456
Carne de Extranjeria No: 000667120
Date of Birth: 05/11/88
Phone: +91 98140 22561 (WhatsApp)

Thanking you,
Gurpreet Kaur
""",
    proc="prorroga_residencia",
    fields={"nombres": "Gurpreet Kaur", "sexo": "F", "nacionalidad": "IN",
            "documento_identidad": "T7821456", "carne_extranjeria": "000667120",
            "fecha_nacimiento": "1988-11-05", "telefono": "+919814022561",
            "correo": "gurpreet.kaur.lima@gmail.com"},
    refugee=True, outcome="acuse", delivered=False)

# ---------------------------------------------------------------------------
# 030-033  Duplicado de carné de extranjería
# ---------------------------------------------------------------------------
D1_DEN = K.text_pdf([
    "POLICÍA NACIONAL DEL PERÚ",
    "COMISARÍA PNP SAN JUAN DE LURIGANCHO",
    "",
    "CONSTANCIA DE DENUNCIA POLICIAL N° 21458931",
    "",
    "Denunciante: Fabienne Augustin",
    "Documento: Carné de Extranjería N° 000845126",
    "Fecha de la denuncia: 05/10/2026",
    "",
    "Se expide la presente a solicitud de la interesada.",
], title="CONSTANCIA")
msg("030-duplicado-ce-francais-tr-denuncia.eml", REF, T(2026, 10, 7, 15, 0, 49),
    "Fabienne A. <fabienne.augustin509@gmail.com>", "TR: Duplicado de carné de extranjería",
    """Bonjour, je vous transfère ma demande, je crois que je l'avais envoyée à la mauvaise adresse.

-------- Message transféré --------
De : Fabienne Augustin <fabi.augustin@hotmail.fr>
Date : 6 oct. 2026 à 21:14
À : cepr.refugio@gmail.com
Objet : Duplicado de carné de extranjería

Bonjour,

Je sollicite un duplicata de mon carné de extranjería (Duplicado de carné de extranjería).

Nom et prénom : Fabienne Augustin
Sexe : féminin
Nationalité : haïtienne
Passeport : RG7723014
Carné de extranjería : 000845126
Date de naissance : 12/01/1991
Téléphone : 944 602 318

Ci-joint la dénonciation policière (denuncia).
Merci d'avance.
""",
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Fabienne Augustin", "sexo": "F", "nacionalidad": "HT",
            "documento_identidad": "RG7723014", "carne_extranjeria": "000845126",
            "fecha_nacimiento": "1991-01-12", "telefono": "+51944602318",
            "correo": "fabienne.augustin509@gmail.com"},
    refugee=True, denuncia=True, outcome="acuse",
    atts=[pdf_att("denuncia_policial.pdf", D1_DEN)])

msg("031-duplicado-ce-india-sin-denuncia.eml", REF, T(2026, 11, 30, 17, 5, 26),
    "Rajinder Sharma <rajinder.sharma1982@gmail.com>", "Duplicado de carné de extranjería",
    """Dear Sir/Madam,

I request a duplicate of my carné de extranjería. Details:
Name - Rajinder Kumar Sharma / Gender - Male / Nationality - Indian / Passport - M3341872 / CE No - 000556781 / DOB - 1982-02-14 / Mobile - 989 451 227

I will send the police report (denuncia) as soon as I receive it from the police station.

Regards,
Rajinder
""",
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Rajinder Kumar Sharma", "sexo": "M", "nacionalidad": "IN",
            "documento_identidad": "M3341872", "carne_extranjeria": "000556781",
            "fecha_nacimiento": "1982-02-14", "telefono": "+51989451227",
            "correo": "rajinder.sharma1982@gmail.com"},
    refugee=True, denuncia=False, expect_missing=["denuncia_policial"], outcome="subsanar")

D3_DEN = K.text_pdf([
    "POLICÍA NACIONAL DEL PERÚ - REGIÓN POLICIAL LIMA",
    "COMISARÍA PNP LINCE",
    "",
    "CERTIFICADO DE DENUNCIA N° 30077415",
    "",
    "Denunciante: Luisa Fernanda Ortiz Cárdenas (C.C. 1020456789)",
    "Documento materia de la denuncia: Carné de Extranjería N° 000611843",
    "Fecha: 11/12/2026",
], title="DENUNCIA POLICIAL")
msg("032-duplicado-ce-colombia-fwd.eml", REF, T(2026, 12, 15, 9, 45, 0),
    "Luisa Fernanda Ortiz <luisaf.ortiz93@gmail.com>", "Fwd: Duplicado de carné de extranjería",
    """Reenvío, me equivoqué de correo.

---------- Forwarded message ---------
De: Luisa Fernanda Ortiz <luisaf.ortiz93@gmail.com>
Date: dom, 13 dic 2026 a las 20:41
Subject: Duplicado de carné de extranjería
To: <refugiados.cepr@gmail.com>


Cordial saludo,

Me dirijo a ustedes para solicitar el duplicado de mi carné de extranjería. Mis datos son:

Nombre: Luisa Fernanda Ortiz Cárdenas
Sexo: femenino
Nacionalidad: colombiana
C.C. 1.020.456.789
Carné de extranjería: 000611843
Fecha de nacimiento: 15 de marzo de 1993
Celular: (+51) 977-031-552

Adjunto la constancia.

Muchas gracias.
""",
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Luisa Fernanda Ortiz Cárdenas", "sexo": "F", "nacionalidad": "CO",
            "documento_identidad": "1020456789", "carne_extranjeria": "000611843",
            "fecha_nacimiento": "1993-03-15", "telefono": "+51977031552",
            "correo": "luisaf.ortiz93@gmail.com"},
    refugee=True, denuncia=True, outcome="acuse",
    atts=[pdf_att("scan0001.pdf", D3_DEN)])

msg("033-duplicado-carnet-kreyol-incompleto.eml", REF, T(2027, 1, 16, 7, 20, 14),
    "Louiness Charles <louinesscharles@gmail.com>", "duplicado de carnet",
    "bonjou, mwen bezwen duplikata kat etranje mwen (carnet de extranjeria), mwen se refijye "
    "rekonèt. non: Louiness Charles, gason, ayisyen, paspò RK6630147, dat nesans 25/12/1987, "
    "tel 9 2206 4410. mèsi\n",
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Louiness Charles", "sexo": "M", "nacionalidad": "HT",
            "documento_identidad": "RK6630147", "fecha_nacimiento": "1987-12-25",
            "telefono": "+51922064410", "correo": "louinesscharles@gmail.com"},
    refugee=True, denuncia=False,
    expect_missing=["denuncia_policial", "carne_extranjeria"], outcome="subsanar")

# ---------------------------------------------------------------------------
# 034-037  Autorización de viaje
# ---------------------------------------------------------------------------
V1_MOTIVO = "to attend the funeral of my father, who died in Kumasi last week."
V1_PDF = K.sign(K.text_pdf([
    "To: Secretaría Ejecutiva de la CEPR",
    "",
    "I, Abena Serwaa Owusu, Ghanaian, recognised refugee, Carné de Extranjería No. 000734552, "
    "passport G2231409, respectfully request authorization to travel.",
    "",
    "Reason for travel: " + V1_MOTIVO,
    "Destination: Accra, Ghana",
    "Date of departure: 05/11/2026",
    "Date of return: 20/11/2026",
    "Contact phone: +51 982 004 719",
    "",
    "Lima, 21 October 2026",
    "Signed digitally: Abena Serwaa Owusu",
], title="REQUEST FOR URGENT TRAVEL AUTHORIZATION (AUTORIZACIÓN DE VIAJE)"), "Abena Serwaa Owusu")
msg("034-viaje-ghana-pdf-firmado.eml", REF, T(2026, 10, 22, 10, 30, 55),
    "Abena Owusu <abena.owusu@gmail.com>", "Autorización de Viaje - Abena Owusu",
    "Good morning,\n\nPlease find attached my signed request for an urgent travel authorization.\n\nThank you.\nAbena\n",
    proc="autorizacion_viaje",
    fields={"nombres": "Abena Serwaa Owusu", "nacionalidad": "GH",
            "documento_identidad": "G2231409", "carne_extranjeria": "000734552",
            "telefono": "+51982004719", "correo": "abena.owusu@gmail.com",
            "motivo": V1_MOTIVO, "destino": "Accra, Ghana",
            "fecha_salida": "2026-11-05", "fecha_retorno": "2026-11-20"},
    refugee=True, sig="valid", outcome="acuse",
    atts=[pdf_att("travel_authorization_request_signed.pdf", V1_PDF)])

V2_MOTIVO = "cirugia de mi hija en la clinica de Bogotá, ella vive alla con su abuela"
msg("035-viaje-venezuela-foto-anio-corto.eml", REF, T(2026, 12, 19, 12, 12, 12),
    "Luis Carrasquel <luiscarrasquel.m@gmail.com>", "Solicitud autorizacion de viaje URGENTE",
    f"""Buenas tardes solicito autorizacion de viaje urgente.
Nombre: Luis Alfredo Carrasquel Mota
CE 000489130
Destino: Bogotá, Colombia
Sale: 23/01/27   Regreso: 06/02/27
Motivo: {V2_MOTIVO}
Tlf 912-553-880
Adjunto la solicitud firmada (foto).
""",
    proc="autorizacion_viaje",
    fields={"nombres": "Luis Alfredo Carrasquel Mota", "carne_extranjeria": "000489130",
            "destino": "Bogotá, Colombia", "fecha_salida": "2027-01-23",
            "fecha_retorno": "2027-02-06", "motivo": V2_MOTIVO,
            "telefono": "+51912553880", "correo": "luiscarrasquel.m@gmail.com"},
    refugee=True, sig="manuscrita", outcome="acuse", flags=["verificar_firma"],
    atts=[jpg_att("IMG_20261219_115804.jpg", K.handwritten_image([
        "Sres. CEPR", "Solicito autorizacion de viaje a Bogota", "del 23/01/27 al 06/02/27",
        "Luis A. Carrasquel M.", "CE 000489130"], seed=35))])

V3_MOTIVO = "assister aux obsèques de ma mère"
msg("036-voyage-cameroun-sin-retorno.eml", REF, T(2026, 10, 9, 12, 0, 38),
    "Armel Fotso <armel.fotso@yahoo.fr>", "Autorisation de voyage urgente - Autorización de Viaje",
    f"""Bonjour,

Je m'appelle Tchoupo Armel Fotso, réfugié reconnu, carné de extranjería n° 000812244. Je dois me rendre à Douala, Cameroun, pour {V3_MOTIVO}. Départ prévu le 20/10/2026, date de retour à confirmer.

Tél : +51 939 118 406

Merci de votre compréhension.
""",
    proc="autorizacion_viaje",
    fields={"nombres": "Tchoupo Armel Fotso", "carne_extranjeria": "000812244",
            "destino": "Douala, Cameroun", "motivo": V3_MOTIVO, "fecha_salida": "2026-10-20",
            "telefono": "+51939118406", "correo": "armel.fotso@yahoo.fr"},
    refugee=True, sig="absent", expect_missing=["firma", "fecha_retorno"], outcome="subsanar")

V4_MOTIVO = "audiência no tribunal do trabalho, no processo contra a empresa onde trabalhei em São Paulo."
V4_SIGNED = K.sign(K.text_pdf([
    "À Comissão Especial para os Refugiados - CEPR",
    "",
    "Eu, Dieuseul Fleurimond, haitiano, passaporte RM2017743, solicito autorização de viagem.",
    "Destino: São Paulo, Brasil",
    "Saída: 14/11/2026 - Retorno: 28/11/2026",
    "Motivo: " + V4_MOTIVO,
    "Celular/WhatsApp: +55 92 99134-5520",
    "",
    "Lima, 2 de novembro de 2026",
], title="AUTORIZACIÓN DE VIAJE / AUTORIZAÇÃO DE VIAGEM"), "Dieuseul Fleurimond")
V4_PDF = K.alter(V4_SIGNED, b"Lima, 2 de", b"Lima, 1 de")
msg("037-viagem-haiti-firma-alterada-derivado.eml", MDP, T(2026, 11, 2, 18, 0, 9),
    "Dieuseul F. <dieuseul.fleurimond@gmail.com>", "Autorização de viagem (Autorización de Viaje)",
    f"""Boa noite, senhores.

Sou haitiano, morei 6 anos em Manaus antes de vir ao Peru. Preciso viajar com urgência e segue em anexo o pedido de autorização de viagem assinado digitalmente.

Nome: Dieuseul Fleurimond
Passaporte: RM2017743
Destino: São Paulo, Brasil
Saída: 14/11/2026
Retorno: 28/11/2026
Motivo: {V4_MOTIVO}
Celular/WhatsApp: +55 92 99134-5520

Obrigado.
""",
    proc="autorizacion_viaje",
    fields={"nombres": "Dieuseul Fleurimond", "nacionalidad": "HT",
            "documento_identidad": "RM2017743", "destino": "São Paulo, Brasil",
            "fecha_salida": "2026-11-14", "fecha_retorno": "2026-11-28", "motivo": V4_MOTIVO,
            "telefono": "+5592991345520", "correo": "dieuseul.fleurimond@gmail.com"},
    sig="invalid", expect_missing=["firma", "carne_extranjeria"], outcome="subsanar",
    flags=["derivado"], atts=[pdf_att("autorizacao_viagem_assinada.pdf", V4_PDF)])

# ---------------------------------------------------------------------------
# 038-043  Portal procedures
# ---------------------------------------------------------------------------
msg("038-asylum-afghanistan-portal.eml", MDP, T(2026, 10, 6, 7, 50, 0),
    "Ahmad Shah <ahmadshah.rahimi@gmail.com>", "Asylum application - Solicitud de refugio",
    """Hello,

I am Ahmad Shah Rahimi, an Afghan citizen (passport P04411987). I arrived in Lima last week and I want to apply for refugee status (solicitud de refugio). What should I do?

Phone: +51 917 225 603

Thank you.
""",
    proc="solicitud_refugio",
    fields={"nombres": "Ahmad Shah Rahimi", "nacionalidad": "AF",
            "documento_identidad": "P04411987", "telefono": "+51917225603",
            "correo": "ahmadshah.rahimi@gmail.com"},
    outcome="portal")

msg("039-azil-kreyol-portal.eml", SOL, T(2026, 11, 29, 21, 14, 33),
    "mack <mackdorvil@gmail.com>", "solicitud de refugio",
    "bonswa kijan pou m fè demann azil la (solicitud de refugio)? mwen rive lima semèn pase. Mackenson Dorvil\n",
    proc="solicitud_refugio",
    fields={"nombres": "Mackenson Dorvil", "correo": "mackdorvil@gmail.com"},
    outcome="portal")

msg("040-autorisacion-travajo-portal.eml", REF, T(2026, 12, 9, 10, 0, 2),
    "yorman pacheco <yormanpacheco2000@gmail.com>", "autorisacion de travajo",
    "ola buenas quiero sacar la autorizacion de trabajo virtual y no se como, mi nombre es Yorman Jose "
    "Pacheco cedula 24.887.190, soy venesolano. grasias\n",
    proc="autorizacion_trabajo",
    fields={"nombres": "Yorman Jose Pacheco", "nacionalidad": "VE",
            "documento_identidad": "24887190", "correo": "yormanpacheco2000@gmail.com"},
    outcome="portal")

msg("041-autorisation-travail-portal.eml", SOL, T(2027, 1, 21, 14, 0, 17),
    "Jules Mbarga <jules.mbarga@yahoo.fr>", "Demande d'autorisation de travail",
    """Bonjour,

Je souhaite renouveler mon autorisation de travail (Autorización de Trabajo Virtual). Je suis MBARGA ESSOMBA Jules, camerounais, CNI 112 908 447, tél. 958 774 031.

Merci de m'indiquer la procédure.
""",
    proc="autorizacion_trabajo",
    fields={"nombres": "MBARGA ESSOMBA Jules", "nacionalidad": "CM",
            "documento_identidad": "112908447", "telefono": "+51958774031",
            "correo": "jules.mbarga@yahoo.fr"},
    outcome="portal")

msg("042-entrevista-portugues-portal.eml", SOL, T(2026, 10, 12, 8, 30, 40),
    "Génesis Tovar <genesistovar.l@gmail.com>", "Entrevista de registro",
    """Oi, tudo bem?

Fiz minha solicitação online em setembro e até agora não recebi a data da entrevista de registro. Sou venezuelana mas morei 4 anos no Brasil. Meu nome é Génesis Mariana Tovar Lugo, cédula V-27.110.456, WhatsApp +58 424 118 9076.

Obrigada!
""",
    proc="entrevista_registro",
    fields={"nombres": "Génesis Mariana Tovar Lugo", "nacionalidad": "VE",
            "documento_identidad": "V27110456", "telefono": "+584241189076",
            "correo": "genesistovar.l@gmail.com"},
    outcome="portal")

msg("043-interview-nigeria-portal.eml", MDP, T(2026, 12, 26, 9, 0, 21),
    "Emeka <emeka.eze.ng@gmail.com>", "registration interview",
    "good day pls when is my registration interview (entrevista de registro)? i applied online 3 weeks ago. emeka nnamdi eze, passport A11223344, +51 976 541 302\n",
    proc="entrevista_registro",
    fields={"nombres": "emeka nnamdi eze", "documento_identidad": "A11223344",
            "telefono": "+51976541302", "correo": "emeka.eze.ng@gmail.com"},
    outcome="portal")

# ---------------------------------------------------------------------------
# 044-045  Carné de solicitante (suspended)
# ---------------------------------------------------------------------------
msg("044-carne-solicitante-ecuador.eml", SOL, T(2026, 11, 3, 11, 30, 8),
    "Byron Guaman <byron.guaman.lema@gmail.com>", "Carné de solicitante",
    """Buenos días, quisiera saber cómo obtener mi carné de solicitante de refugio.
Soy ecuatoriano, cédula 1714567892, celular 984 117 530.

Atte.
Byron Patricio Guamán Lema
""",
    proc="carne_solicitante",
    fields={"nombres": "Byron Patricio Guamán Lema", "nacionalidad": "EC",
            "documento_identidad": "1714567892", "telefono": "+51984117530",
            "correo": "byron.guaman.lema@gmail.com"},
    outcome="suspendido")

msg("045-carne-solicitante-kreyol-derivado.eml", REF, T(2027, 1, 29, 17, 30, 30),
    "Guerline <guerlinesaintlouis@gmail.com>", "duplicado carne de solicitante",
    "bonjou, mwen bezwen yon duplicado carné de solicitante de refugio. Non mwen: Guerline Saint-Louis, paspò RL1180325, tel 925 331 806. mèsi anpil\n",
    proc="carne_solicitante",
    fields={"nombres": "Guerline Saint-Louis", "documento_identidad": "RL1180325",
            "telefono": "+51925331806", "correo": "guerlinesaintlouis@gmail.com"},
    outcome="suspendido", flags=["derivado"])

# ---------------------------------------------------------------------------
# 046-049  Triage (no procedure decided)
# ---------------------------------------------------------------------------
msg("046-ayuda-kreyol.eml", REF, T(2026, 10, 5, 13, 0, 0),
    "Wilner <wilnermetellus@gmail.com>", "Ayuda",
    """Bonjou, mwen rele Wilner Métellus. Mwen bezwen èd tanpri, mwen pa konprann papye yo te voye ban mwen an. Èske yon moun ka rele m? 912 348 870.
Mèsi.
""",
    proc=None,
    fields={"nombres": "Wilner Métellus", "telefono": "+51912348870",
            "correo": "wilnermetellus@gmail.com"},
    outcome="triage")

msg("047-urgent-two-procedures.eml", REF, T(2026, 10, 25, 19, 0, 12),
    "Omar Khalil <omar.khalil.sy@gmail.com>", "URGENT",
    """Dear Sir,

I need to know two things urgently: how to get the travel authorization (autorización de viaje), and what to send for my residence extension (prórroga de residencia). Please advise.

Omar Khalil, Syrian, passport N010554321, +51 955 402 187
""",
    proc=None,
    fields={"nombres": "Omar Khalil", "nacionalidad": "SY",
            "documento_identidad": "N010554321", "telefono": "+51955402187",
            "correo": "omar.khalil.sy@gmail.com"},
    outcome="triage")

msg("048-duplicado-carnet-ambiguo.eml", SOL, T(2026, 12, 29, 16, 31, 0),
    "Ana Karina <anakarina.lozada@gmail.com>", "Duplicado de carnet",
    "Buenas, necesito el duplicado de mi carnet, ¿qué debo enviar? Gracias.\nAna Karina Lozada\n",
    proc=None,
    fields={"nombres": "Ana Karina Lozada", "correo": "anakarina.lozada@gmail.com"},
    outcome="triage")

msg("049-consulta-angola.eml", MDP, T(2027, 1, 5, 10, 45, 10),
    "Adelino Luvualu <adelino.luvualu@gmail.com>", "Consulta",
    "Bom dia, gostaria de saber em que pé está o meu processo (expediente n.º 2025-07731). Obrigado.\n"
    "Adelino Cassoma Luvualu, telemóvel 921 406 553\n",
    proc=None,
    fields={"nombres": "Adelino Cassoma Luvualu", "telefono": "+51921406553",
            "correo": "adelino.luvualu@gmail.com"},
    outcome="triage")

# ---------------------------------------------------------------------------
# 050-054  Machine mail (ignorado)
# ---------------------------------------------------------------------------
msg("050-auto-reply-francais.eml", SOL, T(2026, 11, 11, 3, 12, 9),
    "Pierre Etienne <p.etienne@orange.fr>", "Réponse automatique : RE: Actualización de datos",
    """Bonjour,

Je suis absent jusqu'au 15 novembre 2026 avec un accès limité à mes e-mails. Je vous répondrai dès mon retour.

Cordialement,
Pierre Etienne
""",
    proc="actualizacion_datos", fields={}, outcome="ignorado",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

msg("051-bounce-cambio-clave.eml", SOL, T(2026, 11, 16, 10, 2, 44),
    "Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>", "Undeliverable: RE: Cambio de clave",
    None, proc="cambio_clave", fields={}, outcome="ignorado", kind="bounce")

msg("052-boletin-lista.eml", REF, T(2026, 11, 1, 6, 0, 0),
    "Red Migrante Lima <boletin@redmigrantelima.org>",
    "Boletín mensual – Noviembre 2026 | Red de apoyo a personas migrantes",
    """BOLETÍN MENSUAL – NOVIEMBRE 2026

En este número:
- Cómo renovar la autorización de trabajo en el portal.
- Charla gratuita: prórroga de residencia y carné de extranjería.
- Feria de empleo para personas refugiadas (Lima, 20 de noviembre).

Para darse de baja de esta lista, responda con la palabra BAJA.
""",
    proc=None, fields={}, outcome="ignorado",
    headers={"List-Id": "Boletin Red Migrante <boletin.redmigrantelima.org>",
             "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:boletin-baja@redmigrantelima.org>"})

msg("053-interno-refugiados.eml", MDP, T(2027, 1, 7, 9, 15, 31),
    "Refugiados CEPR <refugiados@rree.gob.pe>", "RV: Prórroga de residencia",
    """Colegas de Mesa de Partes:

Se reenvía para su registro el correo recibido en este buzón.

Atentamente,
Unidad de Refugiados

-----Mensaje original-----
Asunto: Prórroga de residencia
Buenas tardes, adjunto mis datos para la prórroga de residencia.
""",
    proc="prorroga_residencia", fields={}, outcome="ignorado")

msg("054-automatic-reply-subject.eml", REF, T(2027, 1, 23, 14, 0, 0),
    "Jorge Morales <jmorales@estudiomorales.pe>",
    "Automatic reply: Duplicado de carné de extranjería",
    """Thank you for your message. I am out of the office until 1 February 2027.
Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 1 de febrero de 2027.
""",
    proc="duplicado_carne_extranjeria", fields={}, outcome="ignorado")

# ---------------------------------------------------------------------------
# 055  Apelación, photo, no document number
# ---------------------------------------------------------------------------
P6_MOTIVO = "en venezuela me persiguen los colectivos por ser dirigente vecinal en petare"
msg("055-apelacion-venezuela-foto-sin-cedula.eml", MDP, T(2027, 1, 31, 10, 0, 0),
    "keiber blanco <keiberblanco17@gmail.com>", "APELACION URGENTE",
    f"buenas tardes mando la apelacion que firme a mano porque no tengo firma digital, me negaron "
    f"el refugio y no estoy de acuerdo porque {P6_MOTIVO}. mi nombre es Keiber Antonio Blanco Sosa, "
    f"venezolano, mi numero 961 204 588. dios les bendiga\n",
    proc="apelacion",
    fields={"nombres": "Keiber Antonio Blanco Sosa", "nacionalidad": "VE", "telefono": "+51961204588",
            "correo": "keiberblanco17@gmail.com", "motivo": P6_MOTIVO},
    sig="manuscrita", expect_missing=["documento_identidad"], outcome="subsanar",
    flags=["verificar_firma"],
    atts=[png_att("apelacion.png", K.handwritten_image([
        "Señores de la Comision", "yo apelo la resolucion", "Keiber Blanco",
        "Lima 30 enero 2027"], seed=55, fmt="PNG", size=(900, 1100)))])


# ---------------------------------------------------------------------------
# Checks and writing
# ---------------------------------------------------------------------------
def present(m, req):
    if req == "firma":
        return m["sig"] in ("valid", "manuscrita")
    if req == "denuncia_policial":
        return m["denuncia"]
    return req.rstrip("*") in m["fields"]


def decide(m):
    proc = m["proc"]
    if m["outcome"] == "ignorado":
        return [], "ignorado", []
    if proc in PORTAL:
        return [], "portal", []
    if proc is None:
        return [], "triage", []
    flags = []
    home = HOME[proc]
    if home and home != m["mailbox"]:
        flags.append("derivado")
    if proc in SUSPENDED:
        return [], "suspendido", sorted(flags)
    missing = []
    for r in REQ[proc]:
        if r.endswith("*") and not m["refugee"]:
            continue
        if not present(m, r):
            missing.append(r.rstrip("*"))
    if m["sig"] == "manuscrita":
        flags.append("verificar_firma")
    fd = filing_day(m["recv"])
    if proc in RECURSOS and m["notified"] and is_late(m["notified"], fd):
        flags.append("extemporaneo")
    if missing:
        return missing, "subsanar", sorted(flags)
    return [], ("cargo" if proc in RECURSOS else "acuse"), sorted(flags)


def check_signature_label(m):
    needs = m["proc"] in REQ and "firma" in REQ[m["proc"]] and m["outcome"] != "ignorado"
    if not needs:
        assert m["sig"] == "not_required", m["file"]
        return
    statuses = []
    for name, maintype, subtype, data in m["atts"]:
        if maintype == "image":
            statuses.append("manuscrita")
        elif subtype == "pdf":
            s = K.check_signature(data)
            if s:
                statuses.append(s)
            elif not K.pdf_text(data).strip() or K.pdf_has_image(data):
                statuses.append("manuscrita")
            else:
                statuses.append("absent")
    got = "absent"
    for st in ("valid", "invalid", "manuscrita"):
        if st in statuses:
            got = st
            break
    assert got == m["sig"], (m["file"], got, m["sig"])


def build_bounce(m):
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(MIMEText(
        "Delivery has failed to these recipients or groups:\n\n"
        "jean.pierre.valcourt@gmial.com\n"
        "The email address you entered couldn't be found. Please check the recipient's email "
        "address and try to resend the message.\n", "plain", "utf-8"))
    from email.message import Message
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; mx1.rree.gob.pe"
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; jean.pierre.valcourt@gmial.com"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Diagnostic-Code"] = ("smtp; 550 5.1.1 <jean.pierre.valcourt@gmial.com>: "
                                   "Recipient address rejected: User unknown")
    ds = MIMEBase("message", "delivery-status")
    ds.set_payload([per_msg, per_rcpt])
    outer.attach(ds)
    orig = EmailMessage()
    orig["From"] = "Solicitantes de Refugio <solicitantesrefugio@rree.gob.pe>"
    orig["To"] = "jean.pierre.valcourt@gmial.com"
    orig["Subject"] = "RE: Cambio de clave"
    orig["Date"] = format_datetime(m["recv"] - dt.timedelta(minutes=2))
    orig.set_content("Acuse de recibo - Cambio de clave y contraseña.\n"
                     "Su solicitud ha sido registrada.\n")
    outer.attach(MIMEMessage(orig))
    return outer


def _h(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


def received_header(m, when, hop):
    mb = m["mailbox"]
    dom = m["frm"].split("@")[-1].rstrip(">")
    if m["received_utc"]:
        when = when.astimezone(dt.timezone.utc)
    if hop == 0:
        return (f"from mail-{_h(m['file']) % 97}.{dom} ({dom} [198.51.100.{_h(m['file']) % 250 + 1}]) "
                f"by mx1.rree.gob.pe (Postfix) with ESMTPS id {hashlib.md5(m['file'].encode()).hexdigest()[:10].upper()} "
                f"for <{mb}>; {format_datetime(when)}")
    return (f"from [10.{hop}.0.{_h(m['file']) % 200 + 2}] by smtp.{dom} with ESMTPSA id "
            f"{hashlib.md5((m['file'] + 'b').encode()).hexdigest()[:12]}; {format_datetime(when)}")


def build(m):
    if m["kind"] == "bounce":
        em = build_bounce(m)
    else:
        em = EmailMessage()
        if m["html_only"]:
            em.set_content(m["html"], subtype="html")
        else:
            em.set_content(m["body"])
            if m["html"]:
                em.add_alternative(m["html"], subtype="html")
        for name, maintype, subtype, data in m["atts"]:
            em.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    # headers, newest Received first
    hdrs = []
    hdrs.append(("Received", received_header(m, m["recv"], 0)))
    hdrs.append(("Received", received_header(m, m["recv"] - dt.timedelta(seconds=7), 1)))
    if m["delivered"]:
        hdrs.append(("Delivered-To", m["mailbox"]))
    sent = m["recv"] - dt.timedelta(minutes=m["date_offset_min"], seconds=13)
    if m["date_tz"]:
        sent = sent.astimezone(m["date_tz"])
    hdrs.append(("Date", format_datetime(sent)))
    hdrs.append(("From", m["frm"]))
    hdrs.append(("To", m["to"]))
    hdrs.append(("Subject", m["subject"]))
    dom = m["frm"].split("@")[-1].rstrip(">")
    hdrs.append(("Message-ID", f"<{hashlib.sha1(m['file'].encode()).hexdigest()[:20]}@{dom}>"))
    for k, v in m["headers"].items():
        hdrs.append((k, v))
    existing = [(k, v) for k, v in em.items()]
    for k in list(em.keys()):
        del em[k]
    for k, v in hdrs:
        em[k] = v
    if "MIME-Version" not in [k for k, _ in existing]:
        em["MIME-Version"] = "1.0"
    for k, v in existing:
        em[k] = v
    return em.as_bytes(policy=policy.SMTP.clone(linesep="\n"))


def main():
    files = set()
    labels = []
    for m in MESSAGES:
        assert m["file"] not in files
        files.add(m["file"])
        assert set(m["fields"]) <= FIELD_KEYS, m["file"]
        if m["outcome"] not in ("ignorado",) and m["frm"].split("<")[-1].rstrip(">") not in (SOL, MDP, REF):
            assert "correo" in m["fields"], m["file"]
        assert dt.datetime(2026, 10, 1, tzinfo=LIMA) <= m["recv"] < dt.datetime(2027, 2, 1, tzinfo=LIMA)
        missing, outcome, flags = decide(m)
        assert (missing, outcome, flags) == (m["expect_missing"], m["outcome"], m["flags"]), \
            (m["file"], missing, outcome, flags)
        check_signature_label(m)
        fd = filing_day(m["recv"])
        if outcome == "subsanar":
            due = add_business(fd, 2)
        elif outcome in ("acuse", "cargo"):
            due = add_business(fd, PLAZO[m["proc"]])
        else:
            due = None
        raw = build(m)
        (OUT / m["file"]).write_bytes(raw)
        labels.append({
            "file": m["file"], "mailbox": m["mailbox"],
            "received": m["recv"].isoformat(), "procedure": m["proc"],
            "fields": m["fields"], "missing": missing, "signature": m["sig"],
            "outcome": outcome, "flags": flags, "filing_date": fd.isoformat(),
            "due_date": due.isoformat() if due else None,
        })
    labels.sort(key=lambda x: x["file"])
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(labels)} messages written", file=sys.stderr)


if __name__ == "__main__":
    main()
