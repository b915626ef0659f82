#!/usr/bin/env python3
"""Round 31: writes the .eml files and labels.jsonl of this folder.

Run with /work/rounds/.venv-r31/bin/python build.py
Emphasis: hurried phone mail (lower case, "xq", "q", "tmb", "cel", "wsp", "nro",
emoji), one-liners, Haitian Creole, French, Brazilian Portuguese, English from West
Africa / South Asia / the Middle East, Spanglish, mixed with ordinary Venezuelan and
Colombian mail.
"""
import datetime as dt
import hashlib
import json
import logging
import os
import re
import sys
import unicodedata
from email import policy
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import holidays
import phonenumbers

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdfkit  # noqa: E402

logging.disable(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
LIMA = ZoneInfo("America/Lima")

# ---------------------------------------------------------------- calendar
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 11, 2), dt.date(2026, 12, 24),
               dt.date(2026, 12, 31)}
PE_HOL = holidays.country_holidays("PE", years=[2026, 2027])


def is_bd(d):
    return d.weekday() < 5 and d not in PE_HOL and d not in NON_WORKING


def next_bd(d):
    d += dt.timedelta(days=1)
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(received):
    d = received.date()
    if is_bd(d) and (OFFICE_CLOSE is None or received.time() < OFFICE_CLOSE):
        return d
    return next_bd(d)


def add_bd(d, n):
    for _ in range(n):
        d = next_bd(d)
    return d


# ---------------------------------------------------------------- procedures
MB_SOL = "solicitantesrefugio@rree.gob.pe"
MB_MP = "mesadepartes@rree.gob.pe"
MB_REF = "refugiados@rree.gob.pe"
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
HOME = {"carne_solicitante": MB_SOL, "actualizacion_datos": MB_SOL, "cambio_clave": MB_SOL,
        "reconsideracion": MB_MP, "apelacion": MB_MP, "renuncia": MB_MP,
        "prorroga_residencia": MB_REF, "duplicado_carne_extranjeria": MB_REF,
        "autorizacion_viaje": MB_REF}
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

# ---------------------------------------------------------------- attachments
SIG_RANK = {"signed": "valid", "altered": "invalid", "scan": "manuscrita",
            "image": "manuscrita", "textpdf_img": "manuscrita", "textpdf": "absent",
            "other": None}


class Att:
    def __init__(self, kind, filename, data, mime):
        self.kind, self.filename, self.data, self.mime = kind, filename, data, mime


def att_signed(fn, lines, title=None):
    data = pdfkit.sign(pdfkit.text_pdf(lines, title=title))
    assert pdfkit.check_sig(data) is True
    return Att("signed", fn, data, "application/pdf")


def att_altered(fn, lines, old, new, title=None):
    signed = pdfkit.sign(pdfkit.text_pdf(lines, title=title))
    assert signed.count(old.encode("latin-1")) == 1, old
    data = pdfkit.tamper(signed, old, new)
    assert pdfkit.check_sig(data) is False
    return Att("altered", fn, data, "application/pdf")


def att_scan(fn, lines):
    data = pdfkit.scanned_pdf(lines)
    assert pdfkit.pdf_text(data).strip() == ""
    return Att("scan", fn, data, "application/pdf")


def att_image(fn, lines, fmt="JPEG"):
    data = pdfkit.letter_image(lines, fmt=fmt, rotate=1.2)
    return Att("image", fn, data, "image/jpeg" if fmt == "JPEG" else "image/png")


def att_textpdf(fn, lines, title=None, kind="textpdf"):
    img = pdfkit.scrawl_png() if kind == "textpdf_img" else None
    data = pdfkit.text_pdf(lines, sig_image=img, title=title)
    return Att(kind, fn, data, "application/pdf")


def att_other_pdf(fn, lines, title=None):
    return Att("other", fn, pdfkit.text_pdf(lines, title=title), "application/pdf")


def att_other_img(fn, lines):
    return Att("other_img", fn, pdfkit.letter_image(lines), "image/jpeg")


def signature_status(atts):
    order = ["valid", "invalid", "manuscrita"]
    found = set()
    for a in atts:
        k = a.kind
        if k == "other_img":
            found.add("manuscrita")
        elif SIG_RANK.get(k):
            found.add(SIG_RANK[k])
    for s in order:
        if s in found:
            return s
    return "absent"


# ---------------------------------------------------------------- messages
MESSAGES = []


def add(slug, *, mailbox, received, frm, subject, body=None, html=None, to=None, cc=None,
        delivered=True, sent_tz="-05:00", sent_delta=2, rx_utc=False, extra_rx=None,
        headers=None, attachments=(), charset="utf-8", procedure, fields, refugee=False,
        denuncia=False, notified=None, machine=False, raw=None):
    MESSAGES.append(dict(slug=slug, mailbox=mailbox,
                         received=dt.datetime.fromisoformat(received).replace(tzinfo=LIMA),
                         frm=frm, subject=subject, body=body, html=html, to=to, cc=cc,
                         delivered=delivered, sent_tz=sent_tz, sent_delta=sent_delta,
                         rx_utc=rx_utc, extra_rx=extra_rx, headers=headers or {},
                         attachments=list(attachments), charset=charset,
                         procedure=procedure, fields=fields, refugee=refugee,
                         denuncia=denuncia, notified=notified, machine=machine, raw=raw))


# ======================================================================
# 1  phone mail, Venezuelan, actualización (reason given)
add("actualizacion-cel-minusculas", mailbox=MB_SOL, received="2026-10-03 21:14:07",
    frm='"Yorge 💕" <yorgelis.pr94@gmail.com>', subject="actualizacion d datos",
    sent_tz="-04:00",
    body="""buenas noches disculpen la molestia xq cambie de cel y no me llegan los msj
nombre yorgelis carolina peña rivas
venezolana cedula v 24.567.890
mi nro nuevo es 923 456 781 tmb es wsp 🙏
gracias bendiciones

Enviado desde mi Galaxy""",
    procedure="actualizacion_datos",
    fields={"nombres": "yorgelis carolina peña rivas", "nacionalidad": "VE",
            "documento_identidad": "V24567890", "telefono": "+51923456781",
            "correo": "yorgelis.pr94@gmail.com",
            "motivo": "cambie de cel y no me llegan los msj"})

# 2  Haitian Creole, cambio de clave, complete
add("chanje-modpas-kreyol", mailbox=MB_SOL, received="2026-10-07 10:22:41",
    frm="Marie Claudette <mclaudettejoseph@gmail.com>", subject="Chanje modpas - Cambio de clave",
    body="""Bonjou Mesye Dam,

Mwen se yon solisitan refij. Mwen pa ka konekte nan Sistèm Refijye a paske mwen bliye modpas mwen. Tanpri chanje kle mwen.

Non ak siyati: JOSEPH Marie Claudette
Nasyonalite: ayisyèn
Nimewo paspò: RD4051988
Telefòn: +51 951 220 487
Imèl: mclaudettejoseph@gmail.com

Mèsi anpil,
Marie Claudette JOSEPH""",
    procedure="cambio_clave",
    fields={"nombres": "JOSEPH Marie Claudette", "nacionalidad": "HT",
            "documento_identidad": "RD4051988", "telefono": "+51951220487",
            "correo": "mclaudettejoseph@gmail.com", "motivo": "mwen bliye modpas mwen"})

# 3  Guinea, French, apelación, signed PDF, own address only in the PDF
APPEL_DIALLO = [
    "Lima, le 9 novembre 2026",
    "",
    "A Madame la Présidente de la Comisión Especial para los Refugiados (CEPR)",
    "Objet : Recurso de Apelación / Recours en appel",
    "",
    "Je soussigné DIALLO Mamadou Saliou, de nationalité guinéenne, titulaire du passeport "
    "n° R0874421, forme par la présente un recours en appel contre la résolution confirmant "
    "le rejet de ma demande de statut de réfugié, qui m'a été notifiée le 29 octobre 2026.",
    "",
    "Motifs : la Commission n'a pas tenu compte de mon appartenance à l'ethnie peule ni des "
    "persécutions subies par ma famille à Conakry après les manifestations de 2023. Mon oncle "
    "a été arrêté et n'est jamais revenu. Je joindrai les témoignages écrits.",
    "",
    "Téléphone : +51 987 110 342",
    "Courriel : msdiallo.gn@yahoo.fr",
    "",
    "Signé électroniquement : Mamadou Saliou DIALLO",
]
add("recours-appel-guinee-pdf-signe", mailbox=MB_MP, received="2026-11-10 15:40:12",
    frm="saliou diallo <diallo.saliou88@gmail.com>",
    subject="Recurso de apelación – DIALLO Mamadou Saliou",
    charset="iso-8859-1",
    body="""Bonjour,

Veuillez trouver ci-joint mon recours d'appel signé électroniquement.

Cordialement,
M. S. Diallo""",
    attachments=[att_signed("recours_appel_DIALLO.pdf", APPEL_DIALLO)],
    procedure="apelacion", notified="2026-10-29",
    fields={"nombres": "DIALLO Mamadou Saliou", "nacionalidad": "GN",
            "documento_identidad": "R0874421", "telefono": "+51987110342",
            "correo": "msdiallo.gn@yahoo.fr",
            "motivo": "la Commission n'a pas tenu compte de mon appartenance à l'ethnie peule"})

# 4  Nigeria, English, reconsideración after office hours on a Friday
RECON_OKONKWO = [
    "REQUEST FOR RECONSIDERATION (RECURSO DE RECONSIDERACION)",
    "",
    "To: Comision Especial para los Refugiados - CEPR, Lima",
    "",
    "I, OKONKWO Chinedu Emmanuel, Nigerian national, holder of Passport No. A09876543, "
    "respectfully file this request for reconsideration of the resolution denying my "
    "application for refugee status, which was notified to me on 2 October 2026.",
    "",
    "GROUNDS: The Commission did not consider the letter from my parish in Enugu which "
    "confirms the attacks against my family. I now submit new evidence: the police extract "
    "from Enugu State Command and the medical report of the injuries I received in 2024.",
    "",
    "Phone: +51 944 318 207",
    "Email: chinedu.okonkwo@outlook.com",
    "",
    "Lima, 16 October 2026",
    "Digitally signed by the applicant",
]
add("reconsideration-nigeria-viernes-noche", mailbox=MB_MP, received="2026-10-16 18:05:33",
    frm="Chinedu Okonkwo <chinedu.okonkwo@outlook.com>",
    subject="Reconsideracion recourse - OKONKWO", rx_utc=True,
    body="""Good evening Sir/Ma,

Please find attached my signed request for reconsideration of the resolution denying my refugee status. Kindly acknowledge receipt.

Thank you and God bless.
Chinedu""",
    attachments=[att_signed("Reconsideration_Okonkwo_signed.pdf", RECON_OKONKWO)],
    procedure="reconsideracion", notified="2026-10-02",
    fields={"nombres": "OKONKWO Chinedu Emmanuel", "nacionalidad": "NG",
            "documento_identidad": "A09876543", "telefono": "+51944318207",
            "correo": "chinedu.okonkwo@outlook.com",
            "motivo": "The Commission did not consider the letter from my parish in Enugu"})

# 5  Haitian via Brazil, Portuguese, renuncia, scanned letter (image-only PDF)
add("renuncia-portugues-escaneada", mailbox=MB_MP, received="2026-10-22 09:12:50",
    frm='"Wilner" <wilnerdorval.br@hotmail.com>', subject="Renúncia ao pedido de refúgio",
    sent_tz="-03:00",
    body="""Prezados senhores,

Venho por meio deste comunicar a minha renúncia ao pedido de refúgio no Peru, porque vou voltar para o Brasil onde minha esposa conseguiu trabalho e temos residência lá.
Segue em anexo a carta assinada (escaneada).

Nome completo: DORVAL Wilner
Nacionalidade: haitiana
Passaporte nº: PP1938274
Telefone / WhatsApp: +55 11 98765-4321

Obrigado,
Wilner DORVAL""",
    attachments=[att_scan("carta_renuncia_assinada.pdf",
                          ["Lima, 21 de outubro de 2026", "", "Senhores CEPR",
                           "Eu, DORVAL Wilner, haitiano, passaporte PP1938274,",
                           "renuncio ao meu pedido de refugio no Peru.", "", "Assinatura:"])],
    procedure="renuncia",
    fields={"nombres": "DORVAL Wilner", "nacionalidad": "HT", "documento_identidad": "PP1938274",
            "telefono": "+5511987654321", "correo": "wilnerdorval.br@hotmail.com",
            "motivo": "vou voltar para o Brasil onde minha esposa conseguiu trabalho"})

# 6  Venezuelan, prórroga, home-made form with arrows, complete
add("prorroga-flechas", mailbox=MB_REF, received="2026-10-13 11:47:02",
    frm="Rafael Ángel Contreras <rafacontreras.ve@gmail.com>",
    subject="PRORROGA DE RESIDENCIA 2026-2027",
    body="""Buenos días, solicito la prórroga anual de mi residencia como refugiado reconocido.

NOMBRES Y APELLIDOS -> CONTRERAS MÉNDEZ Rafael Ángel
SEXO -> Masculino
NACIONALIDAD -> Venezolana
CÉDULA -> V-17.845.302
CARNÉ DE EXTRANJERÍA -> 000845127
F. NACIMIENTO -> 07/11/1983
TELÉFONO -> 981 447 205

Atte.""",
    procedure="prorroga_residencia", refugee=True,
    fields={"nombres": "CONTRERAS MÉNDEZ Rafael Ángel", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V17845302", "carne_extranjeria": "000845127",
            "fecha_nacimiento": "1983-11-07", "telefono": "+51981447205",
            "correo": "rafacontreras.ve@gmail.com"})

# 7  Colombian, prórroga with pipes, no birth date, wrong mailbox, 16:29
add("renovacion-residencia-pipes-derivado", mailbox=MB_SOL, received="2026-10-28 16:29:10",
    frm="JHON FREDY RESTREPO <jfrestrepo.g@hotmail.com>", subject="renovacion de residencia",
    body="""buenas tardes señores cepr, para la renovacion de residencia anual

nombre | RESTREPO GIRALDO Jhon Fredy
sexo | M
nacionalidad | colombiana
C.C. | 1.036.654.987
CE | 001203998
cel | 940 318 556

quedo atento""",
    procedure="prorroga_residencia", refugee=True,
    fields={"nombres": "RESTREPO GIRALDO Jhon Fredy", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "1036654987", "carne_extranjeria": "001203998",
            "telefono": "+51940318556", "correo": "jfrestrepo.g@hotmail.com"})

# 8  Venezuelan, duplicado CE, tabs, denuncia PDF attached, complete
add("duplicado-ce-tabs-denuncia", mailbox=MB_REF, received="2026-11-05 08:03:19",
    frm="María Gabriela Sulbarán <mgsulbaran91@gmail.com>",
    subject="Duplicado de carné de extranjería",
    body="""Buenos días,
Me robaron la cartera en el Metropolitano el domingo 1 de noviembre, adjunto la denuncia policial.

Nombres y apellidos:\tMaría Gabriela Sulbarán Ochoa
Sexo:\tFemenino
Nacionalidad:\tVenezuela
Pasaporte:\t148823976
Carné de Extranjería:\t001377420
Fecha de nacimiento:\t23-04-1991
Teléfono:\t+51 912 608 334

Gracias de antemano.""",
    attachments=[att_other_pdf("denuncia_pnp_comisaria_alfonso_ugarte.pdf", [
        "POLICIA NACIONAL DEL PERU - COMISARIA ALFONSO UGARTE",
        "DENUNCIA POLICIAL N. 2026-11-00452",
        "Denunciante: Maria Gabriela Sulbaran Ochoa",
        "Hecho: sustraccion de cartera con documentos personales (carne de extranjeria) "
        "en la estacion Central del Metropolitano, 01/11/2026."], title="CONSTANCIA")],
    procedure="duplicado_carne_extranjeria", refugee=True, denuncia=True,
    fields={"nombres": "María Gabriela Sulbarán Ochoa", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "148823976", "carne_extranjeria": "001377420",
            "fecha_nacimiento": "1991-04-23", "telefono": "+51912608334",
            "correo": "mgsulbaran91@gmail.com",
            "motivo": "Me robaron la cartera en el Metropolitano"})

# 9  Syrian, English, duplicado, no police report yet, no sex; Saturday
add("lost-carnet-english-siria", mailbox=MB_REF, received="2026-11-14 12:30:44",
    frm="Omar Alhassan <omar.alhassan.sy@gmail.com>",
    subject="Duplicate carne de extranjeria",
    body="""Dear Sir,

I am recognized refugee in Peru since 2023. I lost my carnet de extranjeria last week in a taxi, so I request a duplicate.

Full name: AL-HASSAN Omar
Nationality: Syrian
Passport No: N011458723
Carnet No: 000912456
Date of birth: 14/02/1979
Mobile: 955 102 660

I have not yet gone to the police station. Can I send the police paper later?

Best regards
Omar""",
    procedure="duplicado_carne_extranjeria", refugee=True,
    fields={"nombres": "AL-HASSAN Omar", "nacionalidad": "SY", "documento_identidad": "N011458723",
            "carne_extranjeria": "000912456", "fecha_nacimiento": "1979-02-14",
            "telefono": "+51955102660", "correo": "omar.alhassan.sy@gmail.com",
            "motivo": "I lost my carnet de extranjeria last week in a taxi"})

# 10  phone mail, travel, no document at all; Friday night
add("permiso-viaje-cel-sin-firma", mailbox=MB_REF, received="2026-12-11 22:40:05",
    frm="leo ferrer <leoferrer.mcbo@gmail.com>", subject="permiso d viaje urgente",
    sent_tz="-04:00",
    body="""buenas noches necesito permiso d viaje urgente xq mi mama esta hospitalizada en maracaibo 😢
viajo el 18/12/26 y regreso 10/01/27
leonardo jose ferrer urdaneta
ce 001566093
cel 964 221 870
gracias""",
    procedure="autorizacion_viaje", refugee=True,
    fields={"motivo": "mi mama esta hospitalizada en maracaibo", "destino": "maracaibo",
            "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-10",
            "nombres": "leonardo jose ferrer urdaneta", "carne_extranjeria": "001566093",
            "telefono": "+51964221870", "correo": "leoferrer.mcbo@gmail.com"})

# 11  Senegal, French, travel, signed PDF, dates "3 février 2027" / "3 mars 2027"
VOYAGE_NDIAYE = [
    "Lima, le 11 janvier 2027",
    "",
    "Objet : Demande d'autorisation de voyage urgente (Autorización de Viaje)",
    "",
    "Je soussigné NDIAYE Cheikh Tidiane, de nationalité sénégalaise, réfugié reconnu au "
    "Pérou, titulaire du carné de extranjería n° 001902377, sollicite l'autorisation de "
    "voyager en urgence.",
    "",
    "Motif du voyage : décès de mon père et cérémonies funéraires en famille.",
    "Destination : Dakar, Sénégal",
    "Date de départ : 3 février 2027",
    "Date de retour : 3 mars 2027",
    "Téléphone : +51 933 780 214",
    "Courriel : ctndiaye@gmail.com",
    "",
    "Document signé numériquement.",
]
add("autorisation-voyage-senegal-signe", mailbox=MB_REF, received="2027-01-12 10:05:27",
    frm="Cheikh T. Ndiaye <ctndiaye@gmail.com>",
    subject="Autorisation de voyage / Autorización de viaje",
    body="""Bonjour,

Ci-joint ma demande d'autorisation de voyage, signée. Je reste à votre disposition.

Cheikh Tidiane NDIAYE""",
    attachments=[att_signed("autorisation_voyage_NDIAYE.pdf", VOYAGE_NDIAYE)],
    procedure="autorizacion_viaje", refugee=True,
    fields={"nombres": "NDIAYE Cheikh Tidiane", "nacionalidad": "SN",
            "carne_extranjeria": "001902377",
            "motivo": "décès de mon père et cérémonies funéraires en famille",
            "destino": "Dakar, Sénégal", "fecha_salida": "2027-02-03",
            "fecha_retorno": "2027-03-03", "telefono": "+51933780214",
            "correo": "ctndiaye@gmail.com"})

# 12  Pakistan, English, travel, JPEG letter, sent to mesa de partes
add("travel-pakistan-jpg-derivado", mailbox=MB_MP, received="2026-11-26 14:10:58",
    frm="Ahmed Raza Malik <ahmedraza.malik@yahoo.com>",
    subject="Request for urgent travel authorisation",
    body="""Respected Sir/Madam,

With due respect it is stated that I am a recognised refugee in Peru and I need to travel urgently to Lahore because my mother is seriously ill. Kindly grant me travel authorization. My signed application is attached herewith.

Name: MALIK Ahmed Raza
Carnet de extranjeria: 001245880
Date of departure: December 5, 2026
Date of return: January 9, 2027
Cell: +51 947 552 018
Email: ahmedraza.malik@yahoo.com

Thanking you in anticipation.
Regards""",
    attachments=[att_image("application_signed.jpg",
                           ["To: CEPR Lima", "Subject: Travel authorization",
                            "I, Ahmed Raza Malik, request permission to", "travel to Lahore.",
                            "", "Signature:"])],
    procedure="autorizacion_viaje", refugee=True,
    fields={"motivo": "my mother is seriously ill", "destino": "Lahore",
            "fecha_salida": "2026-12-05", "fecha_retorno": "2027-01-09",
            "nombres": "MALIK Ahmed Raza", "carne_extranjeria": "001245880",
            "telefono": "+51947552018", "correo": "ahmedraza.malik@yahoo.com"})

# 13  carné de solicitante (suspended)
add("carne-solicitante", mailbox=MB_SOL, received="2026-10-20 09:30:16",
    frm="Andreína Villalobos <andreinavillalobos.23@gmail.com>", subject="Carné de solicitante",
    body="""Buenos días, quisiera saber cuándo puedo sacar mi carné de solicitante, ya hice la entrevista en setiembre.

Andreína Villalobos
pasaporte 135002871
cel 926 115 402""",
    procedure="carne_solicitante",
    fields={"nombres": "Andreína Villalobos", "documento_identidad": "135002871",
            "telefono": "+51926115402", "correo": "andreinavillalobos.23@gmail.com"})

# 14  Creole, carné de solicitante, Saturday
add("kat-solisitan-kreyol", mailbox=MB_SOL, received="2026-12-05 11:58:37",
    frm="wesner saint-fleur <wesnersf@gmail.com>", subject="carne de solicitante",
    body="""Bonswa, mwen vle konnen kilè m ka jwenn kat solisitan mwen (carné de solicitante). Mwen fin fè antretyen an depi 3 mwa.
SAINT-FLEUR Jean Wesner, paspò RD3877120, tel 9 7013 4456
Mèsi""",
    procedure="carne_solicitante",
    fields={"nombres": "SAINT-FLEUR Jean Wesner", "documento_identidad": "RD3877120",
            "telefono": "+51970134456", "correo": "wesnersf@gmail.com"})

# 15  Bangladesh, how to apply (portal), sent to mesa de partes at night
add("how-to-apply-bangladesh", mailbox=MB_MP, received="2026-10-26 03:12:09",
    frm="Habibur Rahman <habib.rahman.bd92@gmail.com>", subject="Apply for refugee status",
    sent_tz="+06:00", sent_delta=1,
    body="""Dear Sir,

I am Bangladeshi national and I arrived in Lima two weeks ago. How can I submit application for refugee (solicitud de refugio)? Please guide me.

RAHMAN Md. Habibur
Passport BX0453321
Phone +51 902 314 765""",
    procedure="solicitud_refugio",
    fields={"nombres": "RAHMAN Md. Habibur", "nacionalidad": "BD",
            "documento_identidad": "BX0453321", "telefono": "+51902314765",
            "correo": "habib.rahman.bd92@gmail.com"})

# 16  one line, Sunday
add("refugio-una-linea", mailbox=MB_SOL, received="2026-11-08 19:45:00",
    frm='"kelly ♡" <kellyjohana.m@hotmail.com>', subject="solicitud de refugio",
    body="como hago para pedir refugio estoy en tumbes",
    procedure="solicitud_refugio", fields={"correo": "kellyjohana.m@hotmail.com"})

# 17  autorización de trabajo (portal), after office close
add("permiso-trabajo-vencido", mailbox=MB_SOL, received="2026-11-19 17:10:31",
    frm="Carlos Blanco <cblanco.pina@gmail.com>", subject="Autorizacion de trabajo",
    body="""Buenas tardes, mi autorización de trabajo venció ayer. ¿Cómo hago para sacar la nueva?

Atte. Carlos Eduardo Blanco Piña, V-20.114.873, 984 330 127""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "Carlos Eduardo Blanco Piña", "documento_identidad": "V20114873",
            "telefono": "+51984330127", "correo": "cblanco.pina@gmail.com"})

# 18  Angolan, Portuguese, autorização de trabalho (portal), on a holiday
add("autorizacao-trabalho-angola", mailbox=MB_REF, received="2026-12-09 10:00:14",
    frm="Lucas Ferreira <lucasferreira.lda@gmail.com>", subject="Autorização de trabalho virtual",
    body="""Boa tarde,

Não consigo gerar a autorização de trabalho virtual no sistema, aparece erro na tela. Como faço?

Att,
Lucas Ferreira — angolano, passaporte N2245781, cel 975 880 143""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "Lucas Ferreira", "nacionalidad": "AO", "documento_identidad": "N2245781",
            "telefono": "+51975880143", "correo": "lucasferreira.lda@gmail.com"})

# 19  Cameroon, French, entrevista de registro (portal), after close
add("entretien-enregistrement-cameroun", mailbox=MB_SOL, received="2027-01-06 16:45:52",
    frm="Odile Mballa <odile.mballa@yahoo.fr>",
    subject="Entretien d'enregistrement (entrevista de registro)", charset="iso-8859-1",
    sent_tz="+01:00",
    body="""Bonjour,

J'ai déposé ma demande en ligne il y a deux mois et je n'ai pas encore reçu la date de mon entrevista de registro. Pouvez-vous m'aider ?

Mme MBALLA Odile Christelle
camerounaise, passeport n° 01554782
WhatsApp : +237 6 77 45 21 09""",
    procedure="entrevista_registro",
    fields={"nombres": "MBALLA Odile Christelle", "nacionalidad": "CM",
            "documento_identidad": "01554782", "telefono": "+237677452109",
            "correo": "odile.mballa@yahoo.fr"})

# 20  Spanglish, entrevista de registro, Saturday, HTML only
add("entrevista-spanglish-html", mailbox=MB_MP, received="2027-01-16 11:11:11",
    frm="Dani R <daniruiz.mia@icloud.com>", subject="entrevista de registro pls",
    html="""<div dir="ltr">hi!! soy venezolana pero lived in Miami for years, so sorry my spanish 🙈<div><br></div>
<div>I need the date for my <b>entrevista de registro</b>, the link no me abre y no sé qué hacer.</div>
<div><br></div><div>thanks!!</div><div>Daniela Ruiz</div></div>""",
    procedure="entrevista_registro",
    fields={"nombres": "Daniela Ruiz", "nacionalidad": "VE", "correo": "daniruiz.mia@icloud.com"})

# 21  triage: URGENTE about the expediente
add("urgente-expediente-wsp", mailbox=MB_SOL, received="2026-10-30 12:00:03",
    frm="yusmary diaz <yusmarydiaz.c@gmail.com>", subject="URGENTE",
    body="""q paso con mi expediente?? tengo 2 años esperando respuesta y nadie me dice nada 😡😡
wsp 927 004 118
yusmary coromoto díaz""",
    procedure=None,
    fields={"nombres": "yusmary coromoto díaz", "telefono": "+51927004118",
            "correo": "yusmarydiaz.c@gmail.com"})

# 22  triage: "duplicado de carnet", body does not say which carné
add("duplicado-carnet-ambiguo", mailbox=MB_REF, received="2026-12-21 08:45:29",
    frm="Jhonatan Pérez <jhonatanperez.0497@gmail.com>", subject="duplicado de carnet",
    body="""se me perdio el carnet q tengo q hacer para sacar otro?? gracias
Jhonatan Pérez 9 3321 0045""",
    procedure=None,
    fields={"nombres": "Jhonatan Pérez", "telefono": "+51933210045",
            "correo": "jhonatanperez.0497@gmail.com"})

# 23  triage: subject only a name, body names two procedures
add("solo-nombre-dos-tramites", mailbox=MB_REF, received="2026-11-23 15:20:47",
    frm="LUIS MORENO <lamoreno.tovar@gmail.com>", subject="MORENO TOVAR Luis Alfredo",
    body="""Buenas tardes.

Necesito hacer la prórroga de residencia y también la actualización de datos de contacto. ¿Se pueden hacer las dos en un solo correo o mando dos?

CE 001100245
Atte. LM""",
    procedure=None,
    fields={"nombres": "MORENO TOVAR Luis Alfredo", "carne_extranjeria": "001100245",
            "correo": "lamoreno.tovar@gmail.com"})

# 24  triage: Yemen, English, "Help"
add("help-yemen", mailbox=MB_MP, received="2026-12-28 09:00:40",
    frm="Fuad Alshamiri <fuad.alshamiri@gmail.com>", subject="Help",
    sent_tz="+03:00",
    body="""Dear Sir/Madam,
Peace be upon you.

I am AL-SHAMIRI Fuad Abdullah, Yemeni national, file number 2025-04417. Since eight months I have no news about my case. Also my wife and children are still in Sana'a and I want to know if they can come to Peru. Please advise me what to do.

Mobile 0051 961 774 320
Best regards""",
    procedure=None,
    fields={"nombres": "AL-SHAMIRI Fuad Abdullah", "nacionalidad": "YE",
            "telefono": "+51961774320", "correo": "fuad.alshamiri@gmail.com"})

# 25  machine: out-of-office of an applicant's work address
add("respuesta-automatica-cambio-clave", mailbox=MB_SOL, received="2026-10-14 11:02:55",
    frm='"Ing. Ricardo Salas" <rsalas@constructoralima.pe>',
    subject="Respuesta automática: Cambio de clave y contraseña",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 19 de octubre con acceso limitado al correo.
Para temas urgentes comuníquese con recepcion@constructoralima.pe""",
    procedure="cambio_clave", fields={}, machine=True)

# 26  machine: bounce (multipart/report)
add("mailer-daemon-bounce", mailbox=MB_REF, received="2026-11-30 07:15:22",
    frm="Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>",
    subject="Undelivered Mail Returned to Sender", raw="bounce",
    procedure=None, fields={}, machine=True)

# 27  machine: NGO bulletin with List-Id
add("boletin-lista-ong", mailbox=MB_MP, received="2026-11-04 06:00:10",
    frm='"Boletín Red de Apoyo Migrante" <boletin@redapoyomigrante.org>',
    subject="Boletín noviembre: talleres gratuitos de emprendimiento",
    to='"Lista de aliados" <aliados@redapoyomigrante.org>',
    headers={"List-Id": "Aliados RAM <aliados.redapoyomigrante.org>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@redapoyomigrante.org>"},
    html="""<html><body><h2>Boletín de noviembre</h2><p>Este mes ofrecemos talleres gratuitos de
emprendimiento y educación financiera para personas migrantes y refugiadas en Lima Norte.</p>
<p>Inscripciones por WhatsApp al 999 888 777.</p></body></html>""",
    procedure=None, fields={}, machine=True)

# 28  machine: no-reply appointment system
add("noreply-confirmacion-cita", mailbox=MB_REF, received="2027-01-08 05:30:00",
    frm="Sistema de Citas <no-reply@citas-tramites.pe>", subject="Confirmación de cita N° 88231",
    body="""Estimado usuario:
Su cita ha sido confirmada para el 12/01/2027 a las 09:40.
Este es un mensaje automático, por favor no responda.""",
    procedure=None, fields={}, machine=True)

# 29  machine: internal forward from another institutional mailbox
add("reenvio-interno-refugiados", mailbox=MB_SOL, received="2026-12-02 10:40:18",
    frm="Refugiados CEPR <refugiados@rree.gob.pe>",
    subject="RV: Actualización de datos - GONZÁLEZ",
    body="""Se remite por corresponder a su unidad.

-----Mensaje original-----
De: Pedro González <pgonzalez.ve@gmail.com>
Enviado el: martes, 1 de diciembre de 2026 18:20
Para: refugiados@rree.gob.pe
Asunto: Actualización de datos

Buenas noches, cambié mi número de teléfono.""",
    procedure="actualizacion_datos", fields={}, machine=True)

# 30  machine: French out-of-office with X-Autoreply
add("absence-bureau-fr", mailbox=MB_MP, received="2026-12-23 14:47:09",
    frm="Pascal Étienne <p.etienne@solidarite-migrants.fr>",
    subject="Réponse automatique : Absent jusqu'au 4 janvier",
    headers={"X-Autoreply": "yes"}, charset="iso-8859-1",
    body="""Bonjour,
Je suis absent du bureau jusqu'au 4 janvier 2027. Votre message ne sera pas transféré.
Cordialement,
Pascal Étienne""",
    procedure=None, fields={}, machine=True)

# 31  Ghana, English, actualización, recognised refugee with CE, HTML from Outlook, non-working day
add("update-contact-ghana-html", mailbox=MB_SOL, received="2026-10-09 10:30:21",
    frm="Kwame M <kkmensah77@yahoo.com>", subject="Update of contact details (actualizacion de datos)",
    html="""<html><body style="font-family:Calibri">
<p>Good day,</p>
<p>I write to update my contact details with the Commission. I am a recognised refugee.</p>
<table border="1" cellpadding="3">
<tr><td>Full name</td><td>MENSAH Kwame Kofi</td></tr>
<tr><td>Nationality</td><td>Ghanaian</td></tr>
<tr><td>Passport number</td><td>G2837165</td></tr>
<tr><td>Carnet de extranjeria</td><td>001622408</td></tr>
<tr><td>New telephone</td><td>+51 916 442 093</td></tr>
<tr><td>New email</td><td>kwame.mensah.gh@gmail.com</td></tr>
<tr><td>New address</td><td>Jr. Huallaga 452, Cercado de Lima</td></tr>
</table>
<p>Thank you.</p></body></html>""",
    procedure="actualizacion_datos", refugee=True,
    fields={"nombres": "MENSAH Kwame Kofi", "nacionalidad": "GH", "documento_identidad": "G2837165",
            "carne_extranjeria": "001622408", "telefono": "+51916442093",
            "correo": "kwame.mensah.gh@gmail.com"})

# 32  RE: with quoted office text; recognised refugee without CE number; after close
add("re-actualizacion-puntos-sin-ce", mailbox=MB_SOL, received="2026-11-11 16:31:40",
    frm="Génesis Márquez <genesismarquez2001@gmail.com>", subject="RE: Actualizacion de datos",
    body="""Nombres y apellidos.......... Génesis Alejandra Márquez Soto
Nacionalidad.................. venezolana
Pasaporte..................... 156034287
Teléfono...................... 987 223 651

Soy refugiada reconocida desde marzo 2025. Cambié de número y de correo, mi correo nuevo es genesis.marquez.soto@outlook.com

El mié., 4 nov. 2026 a las 10:12, Solicitantes Refugio (<solicitantesrefugio@rree.gob.pe>) escribió:
> Estimada usuaria:
> Para actualizar sus datos envíe: nombres y apellidos, nacionalidad, N° de
> pasaporte y/o cédula, N° de carné de extranjería (en caso de refugiados) y
> teléfono de contacto.
> Atentamente,
> Secretaría Ejecutiva CEPR""",
    procedure="actualizacion_datos", refugee=True,
    fields={"nombres": "Génesis Alejandra Márquez Soto", "nacionalidad": "VE",
            "documento_identidad": "156034287", "telefono": "+51987223651",
            "correo": "genesis.marquez.soto@outlook.com"})

# 33  Creole, actualización, no nationality
add("aktyalizasyon-done-kreyol", mailbox=MB_SOL, received="2026-12-14 13:05:12",
    frm="Rosemene PL <rosemenepl@gmail.com>", subject="aktyalizasyon done / actualización de datos",
    body="""Bonjou, mwen chanje nimewo telefòn mwen.
Non: PIERRE-LOUIS Rosemène
Paspò: RD3110452
Nouvo nimewo: 9 4028 7716
Mèsi""",
    procedure="actualizacion_datos",
    fields={"nombres": "PIERRE-LOUIS Rosemène", "documento_identidad": "RD3110452",
            "telefono": "+51940287716", "correo": "rosemenepl@gmail.com"})

# 34  one line, cambio de clave without document, Saturday midnight
add("cambio-clave-una-linea", mailbox=MB_SOL, received="2026-10-24 23:58:30",
    frm="jose gregorio <josegregorio.salazar@hotmail.com>", subject="cambio d clave",
    body="no puedo entrar al sistema cambio de clave porfa. jose gregorio salazar 930 556 201",
    procedure="cambio_clave",
    fields={"nombres": "jose gregorio salazar", "telefono": "+51930556201",
            "correo": "josegregorio.salazar@hotmail.com",
            "motivo": "no puedo entrar al sistema"})

# 35  Cuban, cambio de contraseña, two documents, wrong mailbox
add("cambio-contrasena-cuba-derivado", mailbox=MB_MP, received="2026-11-17 09:50:08",
    frm="yoandy castellanos <ycastellanos.ferrer@gmail.com>", subject="Solicitud cambio de contraseña",
    body="""Saludos.

Soy solicitante de refugio cubano, no recuerdo la contraseña del Sistema de Refugiados.
Mis datos:
Nombre: Yoandy Castellanos Ferrer / Carnet de identidad: 88051234567 / Pasaporte: K457812 / Tel: 958 774 302 / Correo: yoandy.cf88@nauta.cu

Gracias""",
    procedure="cambio_clave",
    fields={"nombres": "Yoandy Castellanos Ferrer", "nacionalidad": "CU",
            "documento_identidad": "88051234567", "telefono": "+51958774302",
            "correo": "yoandy.cf88@nauta.cu", "motivo": "no recuerdo la contraseña"})

# 36  Angolan, Portuguese, troca de senha, complete
add("troca-senha-portugues", mailbox=MB_SOL, received="2027-01-19 10:15:45",
    frm="Manuel Kiala <m.kiala@outlook.com>", subject="Troca de senha - cambio de clave",
    body="""Bom dia,

Solicito a troca de senha do sistema de refugiados.

Nome: Manuel António Kiala | Passaporte: N1876543 | Tel: 912 447 380 | E-mail: manuelkiala.ao@gmail.com

Obrigado""",
    procedure="cambio_clave",
    fields={"nombres": "Manuel António Kiala", "documento_identidad": "N1876543",
            "telefono": "+51912447380", "correo": "manuelkiala.ao@gmail.com"})

# 37  phone mail, reconsideración without any document
add("reconsideracion-cel-sin-pdf", mailbox=MB_MP, received="2026-11-20 13:40:02",
    frm="Wilmer Colmenarez <wilmercolmenarez@gmail.com>", subject="reconsideracion",
    body="""buenas tardes me llego la resolucion q me niega el refugio y quiero pedir reconsideracion xq no tomaron en cuenta q a mi hermano lo mataron los colectivos en barquisimeto
mi nombre es wilmer antonio colmenarez perdomo
cedula 19.334.087
cel 951 006 213
correo wilmercolmenarez@gmail.com
me notificaron el 12/11/26""",
    procedure="reconsideracion", notified="2026-11-12",
    fields={"motivo": "no tomaron en cuenta q a mi hermano lo mataron los colectivos en barquisimeto",
            "nombres": "wilmer antonio colmenarez perdomo", "documento_identidad": "19334087",
            "telefono": "+51951006213", "correo": "wilmercolmenarez@gmail.com"})

# 38  Colombian, RV:, reconsideración PDF altered after signing
RECON_CASTANO = [
    "Lima, 02 de diciembre de 2026",
    "",
    "Señores",
    "COMISION ESPECIAL PARA LOS REFUGIADOS",
    "Asunto: Recurso de Reconsideración",
    "",
    "Yo, LUZ DARY CASTAÑO RÍOS, identificada con C.C. 43.987.120 de Medellín, "
    "interpongo recurso de reconsideración contra la resolución que deniega mi solicitud.",
    "",
    "FUNDAMENTOS: presento como prueba nueva la certificación de la Unidad para las "
    "Víctimas que me reconoce como víctima de desplazamiento forzado y las amenazas "
    "recibidas por mensaje de texto en agosto de 2026.",
    "",
    "Teléfono: +51 946 112 874",
    "Correo: luzdary.castano@gmail.com",
    "",
    "Firmado digitalmente",
]
add("rv-reconsideracion-pdf-alterado", mailbox=MB_MP, received="2026-12-03 11:25:36",
    frm="Luz Dary Castaño <ldcastano@fundacionsemillas.org.co>",
    subject="RV: Recurso de Reconsideración - CASTAÑO RÍOS, Luz Dary", sent_tz="-05:00",
    body="""Respetados señores, reenvío desde mi correo del trabajo porque el otro no adjunta.

Cordialmente,
Luz Dary Castaño Ríos

________________________________
De: Luz Dary Castaño <luzdary.castano@gmail.com>
Enviado: miércoles, 2 de diciembre de 2026 21:03
Para: Mesa de Partes <mesadepartes@rree.gob.pe>
Asunto: Recurso de Reconsideración - CASTAÑO RÍOS, Luz Dary

Adjunto recurso de reconsideración firmado digitalmente.""",
    attachments=[att_altered("Recurso_Reconsideracion_LDCR_firmado.pdf", RECON_CASTANO,
                             "02 de diciembre", "01 de diciembre")],
    procedure="reconsideracion",
    fields={"nombres": "LUZ DARY CASTAÑO RÍOS", "documento_identidad": "43987120",
            "telefono": "+51946112874", "correo": "luzdary.castano@gmail.com",
            "motivo": "presento como prueba nueva la certificación de la Unidad para las Víctimas"})

# 39  Cuban, reconsideración, signed, late (notified 18 Sept)
RECON_RODRIGUEZ = [
    "RECURSO DE RECONSIDERACIÓN",
    "",
    "Yo, Yanelis Rodríguez Batista, de nacionalidad cubana, con pasaporte N° L298145, "
    "domiciliada en San Juan de Lurigancho, Lima, me dirijo a ustedes para interponer "
    "recurso de reconsideración contra la resolución que me fue notificada el 18 de "
    "setiembre de 2026.",
    "",
    "Motivo: en Cuba fui detenida tres veces por participar en las protestas del 11J y "
    "mi caso no fue valorado con las constancias que ahora adjunto.",
    "",
    "Teléfono fijo: (01) 425-1180",
    "Correo: yanelis.rb@gmail.com",
    "",
    "Lima, 28 de octubre de 2026",
]
add("reconsideracion-cuba-extemporanea", mailbox=MB_MP, received="2026-10-29 10:00:48",
    frm="Yanelis Rodriguez <yanelis.rb@gmail.com>", subject="Recurso de reconsideracion",
    body="""Buenos días, adjunto mi recurso firmado. Sé que está fuera de plazo pero estuve hospitalizada.
Yanelis""",
    attachments=[att_signed("reconsideracion_yanelis.pdf", RECON_RODRIGUEZ)],
    procedure="reconsideracion", notified="2026-09-18",
    fields={"nombres": "Yanelis Rodríguez Batista", "nacionalidad": "CU",
            "documento_identidad": "L298145", "telefono": "+5114251180",
            "correo": "yanelis.rb@gmail.com",
            "motivo": "en Cuba fui detenida tres veces por participar en las protestas del 11J"})

# 40  Haitian, Creole body, French text-only PDF (typed name, no signature); before two holidays
APPEL_LJ = [
    "Objet : Recours en appel (Recurso de Apelación)",
    "",
    "Nom : LOUIS-JEUNE Fritznel",
    "Passeport haïtien n° RD2894417",
    "Téléphone : +51 925 330 641",
    "E-mail : fritznel.lj@gmail.com",
    "",
    "Motifs : je fais appel de la décision qui confirme le refus de ma demande car les "
    "gangs de Croix-des-Bouquets ont brûlé ma maison et menacé ma famille ; la Commission "
    "n'a pas examiné les articles de presse que j'ai présentés.",
    "",
    "Fritznel LOUIS-JEUNE",
]
add("apelasyon-pdf-sin-firma", mailbox=MB_MP, received="2026-12-07 17:02:19",
    frm="Fritznel Louis-Jeune <fritznel.lj@gmail.com>", subject="Apelasyon / Recurso de apelación",
    body="""Bonswa, mwen voye apèl mwen an nan PDF la.
Mèsi""",
    attachments=[att_textpdf("apel_Fritznel.pdf", APPEL_LJ)],
    procedure="apelacion",
    fields={"nombres": "LOUIS-JEUNE Fritznel", "nacionalidad": "HT",
            "documento_identidad": "RD2894417", "telefono": "+51925330641",
            "correo": "fritznel.lj@gmail.com",
            "motivo": "les gangs de Croix-des-Bouquets ont brûlé ma maison"})

# 41  Venezuelan, apelación, text PDF with pasted image of handwritten signature, 24 Dec
APEL_MARCANO = [
    "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
    "",
    "MARCANO BELLO Oriana Valentina, de nacionalidad venezolana, identificada con cédula de "
    "identidad V-22.876.014, con teléfono 913 887 402 y correo orianamarcano.b@gmail.com, "
    "ante ustedes me presento y digo:",
    "",
    "Que interpongo RECURSO DE APELACIÓN contra la resolución que confirma la denegatoria de "
    "mi solicitud de refugio, notificada el 10 de diciembre de 2026.",
    "",
    "FUNDAMENTOS: la resolución no valoró que fui funcionaria pública destituida y perseguida "
    "por negarme a participar en actos políticos, lo que consta en los documentos ofrecidos.",
    "",
    "Lima, 23 de diciembre de 2026",
]
add("apelacion-firma-pegada-24dic", mailbox=MB_MP, received="2026-12-24 09:15:04",
    frm="Oriana Marcano <orianamarcano.b@gmail.com>", subject="Recurso de Apelación",
    body="""Señores CEPR:

Remito adjunto mi recurso de apelación con mi firma. Mis datos de contacto están en el escrito.

Feliz Navidad.""",
    attachments=[att_textpdf("APELACION_MARCANO_BELLO.pdf", APEL_MARCANO, kind="textpdf_img")],
    procedure="apelacion", notified="2026-12-10",
    fields={"nombres": "MARCANO BELLO Oriana Valentina", "nacionalidad": "VE",
            "documento_identidad": "V22876014", "telefono": "+51913887402",
            "correo": "orianamarcano.b@gmail.com",
            "motivo": "la resolución no valoró que fui funcionaria pública destituida"})

# 42  Afghan, English, appeal sent to refugiados, late (notified 02/12/26)
APPEAL_AHMADI = [
    "APPEAL (RECURSO DE APELACION)",
    "",
    "Name: AHMADI Mohammad Nasir",
    "Nationality: Afghan",
    "Passport No.: P01987345",
    "Phone: +51 960 225 817",
    "Email: nasir.ahmadi.af@gmail.com",
    "",
    "I appeal the resolution confirming the denial of my refugee claim, notified on 02/12/26.",
    "",
    "Grounds of appeal: I worked as interpreter for foreign forces in Helmand and the "
    "Taliban search for me; the Commission wrongly said that my fear is not current.",
    "",
    "Lima, 20 January 2027",
]
add("appeal-afghan-tarde-derivado", mailbox=MB_REF, received="2027-01-21 14:00:26",
    frm="Nasir Ahmadi <nasir.ahmadi.af@gmail.com>",
    subject="Appeal – Recurso de Apelación – AHMADI",
    body="""Dear Sir,

Please find attached my signed appeal. I am sorry for the delay, I was sick.

Regards,
Nasir""",
    attachments=[att_signed("appeal_ahmadi.pdf", APPEAL_AHMADI)],
    procedure="apelacion", notified="2026-12-02",
    fields={"nombres": "AHMADI Mohammad Nasir", "nacionalidad": "AF",
            "documento_identidad": "P01987345", "telefono": "+51960225817",
            "correo": "nasir.ahmadi.af@gmail.com",
            "motivo": "I worked as interpreter for foreign forces in Helmand"})

# 43  Venezuelan recognised refugee, renuncia, signed PDF with CE
RENUNCIA_VILLARROEL = [
    "RENUNCIA A LA CONDICIÓN DE REFUGIADO",
    "",
    "Yo, Héctor Luis Villarroel Guzmán, de nacionalidad venezolana, titular del pasaporte "
    "N° 118347265 y del Carné de Extranjería N° 000733914, refugiado reconocido por la CEPR, "
    "declaro mi voluntad de renunciar a la condición de refugiado.",
    "",
    "Motivo: he obtenido la nacionalidad española por ser nieto de español y me trasladaré "
    "a Valencia (España) en febrero de 2027.",
    "",
    "Teléfono: +51 999 214 508",
    "",
    "Lima, 24 de noviembre de 2026",
]
add("renuncia-refugiado-pdf-firmado", mailbox=MB_MP, received="2026-11-25 12:20:09",
    frm="Héctor Villarroel <hvillarroelg@gmail.com>", subject="Renuncia a la condición de refugiado",
    body="Adjunto documento de renuncia firmado digitalmente. Saludos cordiales, Héctor Villarroel.",
    attachments=[att_signed("renuncia_HVG.pdf", RENUNCIA_VILLARROEL)],
    procedure="renuncia", refugee=True,
    fields={"nombres": "Héctor Luis Villarroel Guzmán", "nacionalidad": "VE",
            "documento_identidad": "118347265", "carne_extranjeria": "000733914",
            "telefono": "+51999214508", "correo": "hvillarroelg@gmail.com",
            "motivo": "he obtenido la nacionalidad española por ser nieto de español"})

# 44  Guinea, French, renunciation, recognised refugee without CE number, photo of letter
add("renonciation-guinee-photo-sin-ce", mailbox=MB_MP, received="2027-01-25 16:10:33",
    frm="Aissatou Camara <aissatoucamara.gn@gmail.com>",
    subject="Renonciation au statut de réfugié (Renuncia)", charset="iso-8859-1",
    body="""Madame, Monsieur,

Je soussignée CAMARA Aïssatou, de nationalité guinéenne, passeport n° R1277450, réfugiée reconnue au Pérou, déclare renoncer à mon statut de réfugiée car je rentre définitivement en Guinée auprès de ma famille.

Ci-joint la lettre signée (photo).
Tél : 989 443 120

Aïssatou CAMARA""",
    attachments=[att_image("IMG_20270125_153012.jpg",
                           ["Lima, le 25 janvier 2027", "Objet : renonciation",
                            "Je soussignée Aissatou CAMARA renonce", "a mon statut de refugiee.",
                            "", "Signature :"])],
    procedure="renuncia", refugee=True,
    fields={"nombres": "CAMARA Aïssatou", "nacionalidad": "GN", "documento_identidad": "R1277450",
            "telefono": "+51989443120", "correo": "aissatoucamara.gn@gmail.com",
            "motivo": "je rentre définitivement en Guinée auprès de ma famille"})

# 45  Creole, prórroga, complete, Creole birth date
add("pwolongasyon-rezidans-kreyol", mailbox=MB_REF, received="2026-12-16 08:40:57",
    frm="Wisly Charles <wislycharles509@gmail.com>",
    subject="Pwolongasyon rezidans / Prórroga de residencia",
    body="""Bonjou,

Mwen se refijye rekonèt. Mwen vin mande pwolongasyon rezidans mwen pou ane sa a.

Non: CHARLES Jean-Baptiste Wisly
Sèks: gason
Nasyonalite: ayisyen
Paspò: RD2650339
Kat etranje (CE): 001455871
Dat nesans: 14 jiyè 1990
Telefòn: +51 922 671 405

Mèsi""",
    procedure="prorroga_residencia", refugee=True,
    fields={"nombres": "CHARLES Jean-Baptiste Wisly", "sexo": "M", "nacionalidad": "HT",
            "documento_identidad": "RD2650339", "carne_extranjeria": "001455871",
            "fecha_nacimiento": "1990-07-14", "telefono": "+51922671405",
            "correo": "wislycharles509@gmail.com"})

# 46  Sri Lanka, English, Fwd:, residence renewal, two-digit birth year, Friday after close
add("fwd-renewal-residence-srilanka", mailbox=MB_REF, received="2027-01-29 16:35:14",
    frm="Tharshan S <tharshan.s@gmail.com>",
    subject="Fwd: Renewal of residence (prorroga de residencia)",
    extra_rx="2027-01-29 16:34:58",
    body="""---------- Forwarded message ---------
From: Tharshan S <tharshan.s@gmail.com>
Date: Fri, 29 Jan 2027 at 16:20
Subject: Renewal of residence (prorroga de residencia)
To: <refugiados@rre.gob.pe>

Dear Madam/Sir,
Kindly process annual extension of my residence.
Name: SIVAKUMAR Tharshan, Male, Sri Lankan, passport N8841207, CE 001733562, DOB 21/08/87, contact +51 907 318 244.
Thanking you""",
    procedure="prorroga_residencia", refugee=True,
    fields={"nombres": "SIVAKUMAR Tharshan", "sexo": "M", "nacionalidad": "LK",
            "documento_identidad": "N8841207", "carne_extranjeria": "001733562",
            "fecha_nacimiento": "1987-08-21", "telefono": "+51907318244",
            "correo": "tharshan.s@gmail.com"})

# 47  Haitian, French, duplicado CE with photo of the denuncia, complete
add("duplicata-carte-etranger-fr", mailbox=MB_REF, received="2027-01-05 09:05:33",
    frm="Nadège Baptiste <nadegebaptiste.ht@yahoo.com>",
    subject="Duplicata carte d'étranger – Duplicado de carné de extranjería",
    body="""Bonjour,

Suite à la perte de mon carnet d'étranger, je sollicite un duplicata. Je joins la denuncia policial.

Nom et prénom : BAPTISTE Nadège
Sexe : F
Nationalité : haïtienne
Passeport : RD3098811
Carné de extranjería : 001512940
Date de naissance : 02/09/1985
Tél : +51 941 700 366

Merci d'avance.""",
    attachments=[att_other_img("denuncia_policial.jpg",
                               ["POLICIA NACIONAL DEL PERU", "DENUNCIA POR PERDIDA",
                                "Denunciante: BAPTISTE Nadege", "Documento: carne de extranjeria"])],
    procedure="duplicado_carne_extranjeria", refugee=True, denuncia=True,
    fields={"nombres": "BAPTISTE Nadège", "sexo": "F", "nacionalidad": "HT",
            "documento_identidad": "RD3098811", "carne_extranjeria": "001512940",
            "fecha_nacimiento": "1985-09-02", "telefono": "+51941700366",
            "correo": "nadegebaptiste.ht@yahoo.com",
            "motivo": "la perte de mon carnet d'étranger"})

# 48  Venezuelan, travel, signed PDF altered after signing, "03/03/27"
VIAJE_GUERRERO = [
    "Lima, 26/01/2027",
    "",
    "Señores: Comisión Especial para los Refugiados",
    "Asunto: Autorización de Viaje",
    "",
    "Nombre: GUERRERO LANDAETA Kleiver José",
    "Carné de extranjería: 001688215",
    "Motivo: cirugía de mi padre en Bogotá, soy el único familiar que puede acompañarlo.",
    "Destino: Bogotá, Colombia",
    "Fecha de salida: 03/02/27",
    "Fecha de retorno: 03/03/27",
    "Teléfono: 963 554 019",
    "",
    "Firmado digitalmente por Kleiver José Guerrero Landaeta",
]
add("viaje-pdf-alterado-030327", mailbox=MB_REF, received="2027-01-27 15:00:03",
    frm="Kleiver Guerrero <kleiverguerrero95@gmail.com>", subject="Autorizacion de Viaje",
    body="""Buenas tardes, adjunto solicitud de autorización de viaje firmada.
Saludos""",
    attachments=[att_altered("solicitud_viaje_firmada.pdf", VIAJE_GUERRERO,
                             "mi padre", "mi madre")],
    procedure="autorizacion_viaje", refugee=True,
    fields={"nombres": "GUERRERO LANDAETA Kleiver José", "carne_extranjeria": "001688215",
            "motivo": "cirugía de mi madre en Bogotá", "destino": "Bogotá, Colombia",
            "fecha_salida": "2027-02-03", "fecha_retorno": "2027-03-03",
            "telefono": "+51963554019", "correo": "kleiverguerrero95@gmail.com"})

# 49  Spanglish, actualización with CE, To: sister + mailbox, after close before two non-working days
add("update-mis-datos-spanglish", mailbox=MB_SOL, received="2026-12-30 20:00:41",
    frm="Stephanie Ríos <stephrios.aponte@gmail.com>", subject="Actualización de datos / update",
    to='"Sis" <carolrios.ap@gmail.com>, solicitantesrefugio@rree.gob.pe',
    body="""Hola! Les escribo para update my contact info 😊

Full name: Stephanie Carolina Ríos Aponte
nationality: venezolana
passport 139845771
carnet de extranjeria 001288350
new phone +51 958 004 719
email: same, this one

Thanks so much!! Happy new year 🎉""",
    procedure="actualizacion_datos", refugee=True,
    fields={"nombres": "Stephanie Carolina Ríos Aponte", "nacionalidad": "VE",
            "documento_identidad": "139845771", "carne_extranjeria": "001288350",
            "telefono": "+51958004719", "correo": "stephrios.aponte@gmail.com"})

# 50  phone mail, renuncia by an applicant, no document, wrong mailbox
add("renuncia-cel-derivado", mailbox=MB_SOL, received="2026-10-19 10:30:26",
    frm="keiber arrieta <keiber.arrieta27@gmail.com>", subject="renuncia",
    body="""buenos dias quiero renunciar a mi solicitud de refugio xq ya me voy a chile con mi familia
nombre: keiber josue arrieta molina
venezolano
cedula 27.445.109
cel 956 330 778""",
    procedure="renuncia",
    fields={"motivo": "ya me voy a chile con mi familia", "nombres": "keiber josue arrieta molina",
            "nacionalidad": "VE", "documento_identidad": "27445109",
            "telefono": "+51956330778", "correo": "keiber.arrieta27@gmail.com"})

# 51  Palestine, English, cambio de clave one-liner from the phone, no phone number
add("password-palestine-oneliner", mailbox=MB_SOL, received="2026-11-29 08:12:40",
    frm="Yousef Odeh <yousef.odeh.ps@gmail.com>", subject="Cambio de clave y contraseña",
    body="pls reset my password. ODEH Yousef Khalil, passport 0987412, palestinian. sent from my iphone",
    procedure="cambio_clave",
    fields={"nombres": "ODEH Yousef Khalil", "documento_identidad": "0987412",
            "nacionalidad": "PS", "correo": "yousef.odeh.ps@gmail.com"})

# 52  Colombian, duplicado (body picks the CE duplicate), slashes, no denuncia, HTML+text
add("duplicado-carnet-cuerpo-ce-slashes", mailbox=MB_SOL, received="2026-10-15 11:40:00",
    frm="Yeison Mosquera <yeisonmosquera.cali@gmail.com>", subject="Duplicado de carnet",
    body="""Buen día, solicito el duplicado de mi carné de extranjería porque se me mojó y quedó ilegible.
Datos: MOSQUERA PALACIOS Yeison Andrés / masculino / colombiano / C.C. 1.144.205.367 / CE 001399011 / nacido el 5 de mayo de 1996 / celular +51 916 870 244
Gracias""",
    procedure="duplicado_carne_extranjeria", refugee=True,
    fields={"nombres": "MOSQUERA PALACIOS Yeison Andrés", "sexo": "M", "nacionalidad": "CO",
            "documento_identidad": "1144205367", "carne_extranjeria": "001399011",
            "fecha_nacimiento": "1996-05-05", "telefono": "+51916870244",
            "correo": "yeisonmosquera.cali@gmail.com",
            "motivo": "se me mojó y quedó ilegible"})


# 53  vague subject "Consulta", body names the prórroga; two-digit birth year; after close
add("consulta-cuerpo-prorroga", mailbox=MB_REF, received="2026-10-05 16:58:20",
    frm='"Yenny Z" <yennyzambrano.o@gmail.com>', subject="Consulta",
    body="""Buenos días, escribo para pedir la prórroga de residencia de este año, soy refugiada reconocida.

Nombre completo: Yenny Carolina Zambrano Ortiz
Sexo: F
Nacionalidad: venezolana
Cédula: V-18.902.441
C.E. 000977316
Fecha de nac.: 15/03/90
Celular: (+51) 976-540-118

Bendiciones""",
    procedure="prorroga_residencia", refugee=True,
    fields={"nombres": "Yenny Carolina Zambrano Ortiz", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "V18902441", "carne_extranjeria": "000977316",
            "fecha_nacimiento": "1990-03-15", "telefono": "+51976540118",
            "correo": "yennyzambrano.o@gmail.com"})

# 54  subject only a name; Creole body names the travel authorisation; signed Creole PDF
VWAYAJ_PIERRE = [
    "Lima, 12 janvye 2027",
    "",
    "Bay: Komisyon Espesyal pou Refijye yo (CEPR)",
    "Sijè: Otorizasyon vwayaj ijan (Autorización de Viaje)",
    "",
    "Mwen menm, PIERRE Jean Robert, refijye rekonèt, kat etranje (CE) nimewo 001577302, "
    "mande otorizasyon pou m vwayaje.",
    "",
    "Destinasyon: Port-au-Prince, Ayiti",
    "Rezon: manman m mouri, mwen dwe ale nan antèman an.",
    "Dat depa: 20/01/27",
    "Dat retou: 10/02/27",
    "Telefòn: +51 934 006 178",
    "",
    "(siyen dijitalman)",
]
add("non-selman-vwayaj-kreyol", mailbox=MB_REF, received="2027-01-13 09:20:00",
    frm="Jean Robert Pierre <jrpierre.ht@gmail.com>", subject="PIERRE Jean Robert",
    body="""Bonjou, mwen bezwen yon otorizasyon vwayaj (autorización de viaje) ijan. Mwen mete lèt la siyen an PDF.
Mèsi""",
    attachments=[att_signed("otorizasyon_vwayaj_PIERRE.pdf", VWAYAJ_PIERRE)],
    procedure="autorizacion_viaje", refugee=True,
    fields={"nombres": "PIERRE Jean Robert", "carne_extranjeria": "001577302",
            "destino": "Port-au-Prince, Ayiti",
            "motivo": "manman m mouri, mwen dwe ale nan antèman an",
            "fecha_salida": "2027-01-20", "fecha_retorno": "2027-02-10",
            "telefono": "+51934006178", "correo": "jrpierre.ht@gmail.com"})

# ---------------------------------------------------------------- building
def norm_text(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def build_bounce(m):
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(MIMEText(
        "This is the mail system at host mx1.rree.gob.pe.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<jdelgado.ve@gmial.com>: Host or domain name not found. Name service error\n"
        "    for name=gmial.com type=MX: Host not found\n", "plain", "us-ascii"))
    from email.message import Message
    ds = MIMEBase("message", "delivery-status")
    b1, b2 = Message(), Message()
    b1["Reporting-MTA"] = "dns; mx1.rree.gob.pe"
    b2["Final-Recipient"] = "rfc822; jdelgado.ve@gmial.com"
    b2["Action"] = "failed"
    b2["Status"] = "5.4.4"
    b2["Diagnostic-Code"] = "X-Postfix; Host or domain name not found"
    ds.set_payload([b1, b2])
    outer.attach(ds)
    hdrs = MIMEBase("text", "rfc822-headers")
    hdrs.set_payload("From: Refugiados CEPR <refugiados@rree.gob.pe>\n"
                     "To: jdelgado.ve@gmial.com\n"
                     "Subject: Acuse de recibo - Registro 2026-004512\n"
                     "Date: Mon, 30 Nov 2026 07:14:50 -0500\n")
    outer.attach(hdrs)
    return outer


def rx_header(mailbox, when, utc, hop="mx1.rree.gob.pe", src="mail-sor-f41.google.com [209.85.220.41]"):
    t = when.astimezone(dt.timezone.utc) if utc else when
    return (f"from {src.split()[0]} ({src}) by {hop} (Postfix) with ESMTPS id "
            f"{hashlib.sha1((hop + mailbox + when.isoformat()).encode()).hexdigest()[:10].upper()} for <{mailbox}>; "
            f"{format_datetime(t)}")


def build(m, idx):
    if m["raw"] == "bounce":
        msg = build_bounce(m)
    else:
        msg = EmailMessage()
        if m["body"] is not None:
            msg.set_content(m["body"], charset=m["charset"])
            if m["html"]:
                msg.add_alternative(m["html"], subtype="html")
        elif m["html"]:
            msg.set_content(m["html"], subtype="html", charset=m["charset"])
        for a in m["attachments"]:
            maint, subt = a.mime.split("/")
            msg.add_attachment(a.data, maintype=maint, subtype=subt, filename=a.filename)
    rec = m["received"]
    hdr = []
    hdr.append(("Received", rx_header(m["mailbox"], rec, m["rx_utc"], hop="buzon.rree.gob.pe",
                                      src="mx1.rree.gob.pe [10.20.1.5]")))
    if m["extra_rx"]:
        earlier = dt.datetime.fromisoformat(m["extra_rx"]).replace(tzinfo=LIMA)
        hdr.append(("Received", rx_header(m["mailbox"], earlier, True)))
    if m["delivered"]:
        hdr.append(("Delivered-To", m["mailbox"]))
    sent = (rec - dt.timedelta(minutes=m["sent_delta"], seconds=17)).astimezone(
        dt.timezone(dt.timedelta(hours=int(m["sent_tz"][:3]), minutes=int(m["sent_tz"][0] + m["sent_tz"][4:]))))
    dom = m["frm"].split("@")[-1].rstrip(">").strip()
    hdr += [("Date", format_datetime(sent)), ("From", m["frm"]),
            ("To", m["to"] or m["mailbox"]), ("Subject", m["subject"]),
            ("Message-ID", f"<{hashlib.sha1((m['slug'] + m['subject']).encode()).hexdigest()[:20]}.r31.{idx:03d}@{dom}>")]
    if m["cc"]:
        hdr.append(("Cc", m["cc"]))
    for k, v in m["headers"].items():
        hdr.append((k, v))
    if "MIME-Version" not in msg:
        hdr.append(("MIME-Version", "1.0"))
    # put our headers first, keep content headers after
    existing = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in existing):
        del msg[k]
    for k, v in hdr:
        msg[k] = v
    for k, v in existing:
        if k.lower() == "mime-version" and "MIME-Version" in msg:
            continue
        msg[k] = v
    return msg


def label(m, fname):
    proc = m["procedure"]
    rec = m["received"]
    fd = filing_day(rec)
    f = dict(m["fields"])
    if m["machine"]:
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        outcome = None
    reqs = REQ.get(proc, [])
    needs_firma = "firma" in reqs
    if needs_firma:
        sig = signature_status(m["attachments"])
        assert not m["machine"], "avoid signature status on machine mail"
    else:
        sig = "not_required"
    missing = []
    if outcome is None:
        for r in reqs:
            if r == "firma":
                if sig not in ("valid", "manuscrita"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not m["denuncia"]:
                    missing.append(r)
            elif r.endswith("*"):
                r0 = r[:-1]
                if (m["refugee"] or r0 in f) and r0 not in f:
                    missing.append(r0)
            elif r not in f:
                missing.append(r)
        outcome = "subsanar" if missing else ("cargo" if proc in RECURSOS else "acuse")
    flags = []
    if outcome not in ("ignorado", "portal", "triage"):
        if HOME[proc] != m["mailbox"]:
            flags.append("derivado")
        if sig == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and m["notified"]:
            lim = add_bd(dt.date.fromisoformat(m["notified"]), 15)
            if fd > lim:
                flags.append("extemporaneo")
    if outcome == "subsanar":
        due = add_bd(fd, 2)
    elif outcome in ("acuse", "cargo"):
        due = add_bd(fd, PLAZO[proc])
    else:
        due = None
    return {"file": fname, "mailbox": m["mailbox"], "received": rec.isoformat(),
            "procedure": proc, "fields": f, "missing": missing, "signature": sig,
            "outcome": outcome, "flags": flags, "filing_date": fd.isoformat(),
            "due_date": due.isoformat() if due else None}


def sanity(m, msg_bytes):
    """Light check that each labelled value is present in what the bot can read."""
    texts = [m["subject"], m["body"] or "", re.sub(r"<[^>]+>", " ", m["html"] or "")]
    for a in m["attachments"]:
        if a.mime == "application/pdf":
            texts.append(pdfkit.pdf_text(a.data))
    blob = norm_text(" ".join(texts))
    blob_sp = re.sub(r"\s+", " ", blob)
    digits = re.sub(r"\D", "", blob)
    alnum = re.sub(r"[^a-z0-9]", "", blob)
    for k, v in m["fields"].items():
        if k in ("nombres", "destino"):
            assert norm_text(v) in blob_sp, (m["slug"], k, v)
        elif k == "motivo":
            assert norm_text(v)[:30] in blob_sp, (m["slug"], k, v)
        elif k == "correo":
            frm = m["frm"].split("<")[-1].rstrip(">").lower()
            assert v in blob or v == frm, (m["slug"], k, v)
        elif k == "documento_identidad":
            assert v.lower() in alnum, (m["slug"], k, v)
        elif k == "carne_extranjeria":
            assert v in digits, (m["slug"], k, v)
        elif k == "telefono":
            pn = phonenumbers.parse(v)
            assert phonenumbers.is_valid_number(pn), v
            assert str(pn.national_number)[-7:] in digits, (m["slug"], k, v)


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    ordered = sorted(MESSAGES, key=lambda m: m["received"])
    slugs = set()
    out = []
    for i, m in enumerate(ordered, 1):
        assert m["slug"] not in slugs
        slugs.add(m["slug"])
        fname = f"{i:03d}-{m['slug']}.eml"
        msg = build(m, i)
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        sanity(m, data)
        out.append(label(m, fname))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in out:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(out), "messages")


if __name__ == "__main__":
    main()
