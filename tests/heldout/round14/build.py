#!/usr/bin/env python3
"""Builds round14: NNN-slug.eml files and labels.jsonl (labels per shared/spec/INTAKE.md).

Run with the round's venv:  /work/rounds/.venv-r14/bin/python build.py
"""
import datetime as dt
import json
import logging
import sys
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.message import Message
from email.policy import compat32
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
logging.disable(logging.CRITICAL)

import cal  # noqa: E402
import pdfkit as K  # noqa: E402
from mailkit import (LIMA, UTC, T, addr, alt, att, esc, finish, gmail_html, h, logo_png,  # noqa: E402
                     mso_p, mso_table, outlook_html, subj)

OUT = Path(__file__).parent
S = "solicitantesrefugio@rree.gob.pe"
P = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"

HOME = {
    "carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
    "reconsideracion": P, "apelacion": P, "renuncia": P,
    "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R,
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
REQ = {
    "actualizacion_datos": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "cambio_clave": ["nombres", "documento_identidad", "telefono", "correo"],
    "reconsideracion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "apelacion": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"],
    "renuncia": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"],
    "prorroga_residencia": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria",
                            "fecha_nacimiento", "telefono"],
    "duplicado_carne_extranjeria": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad",
                                    "carne_extranjeria", "fecha_nacimiento", "telefono"],
    "autorizacion_viaje": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres",
                           "carne_extranjeria", "telefono"],
}
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30, "renuncia": 15,
         "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15, "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}

MESSAGES = []


def msg(fn):
    MESSAGES.append(fn)
    return fn


def L(y, mo, d, hh, mi, ss=0, tz=LIMA):
    return dt.datetime(y, mo, d, hh, mi, ss, tzinfo=tz)


def mid(seed, dom="mail.gmail.com"):
    if dom == "mail.gmail.com":
        return f"<CA{h(seed, 2).upper()}+{h(seed + 'g', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}@mail.gmail.com>"
    if dom == "outlook":
        p = h(seed, 36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return f"<{p[:4]}PR{p[4:6]}MB{p[6:10]}{p[10:28]}@{p[:4]}PR{p[4:6]}MB{p[6:10]}.namprd{p[30:32]}.prod.outlook.com>"
    if dom == "icloud":
        u = h(seed, 32, "0123456789ABCDEF")
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@icloud.com>"
    return f"<{h(seed, 24)}@{dom}>"


# ----------------------------------------------------------------------------------------------
# 001  actualizacion_datos, Gmail HTML-only
@msg
def m001():
    fn = "001-actualizacion-gmail-solo-html.eml"
    html = gmail_html([
        "Buenos días señores de la Comisión,", "",
        "Les escribo para actualizar mis datos de contacto, son los siguientes:", "",
        "<b>Nombre completo:</b> Yelitza Carolina Bracho Urdaneta",
        "<b>Nacionalidad:</b> Venezolana",
        "<b>C&eacute;dula:</b> V-19.874.332",
        "<b>Celular nuevo:</b> 924 118 305",
        "<b>Dirección:</b> Jr. Huallaga 512, dpto. 3, Cercado de Lima", "",
        "Gracias de antemano."], sig="<div>Yelitza B.</div>")
    m = T(html, "html")
    rec = L(2026, 10, 1, 9, 14, 22)
    finish(m, mailbox=S, received=rec, frm=addr("Yelitza Bracho", "yelitza.bracho91@gmail.com"), to=S,
           subject=subj("Actualización de datos", mode="q"), date=rec - dt.timedelta(seconds=4),
           msgid=mid(fn), hops=2)
    return fn, m, dict(mailbox=S, received=rec, procedure="actualizacion_datos", fields=dict(
        nombres="Yelitza Carolina Bracho Urdaneta", nacionalidad="VE", documento_identidad="V19874332",
        telefono="+51924118305", correo="yelitza.bracho91@gmail.com"), expect="acuse")


# 002  cambio_clave, Outlook with a data table, work address; personal address in text; after close Friday
@msg
def m002():
    fn = "002-cambio-clave-outlook-tabla.eml"
    plain = ("Buenas tardes:\n\nSolicito por favor el cambio de clave y contraseña de mi usuario en el Sistema de "
             "Refugiados. Mis datos:\n\n"
             "Nombres y apellidos\tJhon Fredy Cardona Restrepo\nNacionalidad\tColombiana\nPasaporte\tAT482913\n"
             "Teléfono\t+57 315 402 7781\nCorreo personal\tJFCardona.R@outlook.com\n\n"
             "Por favor enviar la nueva clave a mi correo personal, no a este (es del trabajo).\n\n"
             "Saludos,\n\nJhon F. Cardona\nAsistente de Operaciones | Transportes Andinos S.A.C.\n")
    inner = (mso_p("Buenas tardes:") + mso_p("") +
             mso_p("Solicito por favor el cambio de clave y contrase&ntilde;a de mi usuario en el Sistema de Refugiados. Mis datos:") +
             mso_p("") +
             mso_table([("Nombres y apellidos", "Jhon Fredy Cardona Restrepo"), ("Nacionalidad", "Colombiana"),
                        ("Pasaporte", "AT482913"), ("Tel&eacute;fono", "+57 315 402 7781"),
                        ("Correo personal", '<a href="mailto:JFCardona.R@outlook.com">JFCardona.R@outlook.com</a>')]) +
             mso_p("") +
             mso_p("Por favor enviar la nueva clave a mi correo personal, no a este (es del trabajo).") + mso_p("") +
             mso_p("Saludos,") + mso_p("") +
             mso_p('<b><span style="color:#1F3864">Jhon F. Cardona</span></b>') +
             mso_p('<span style="font-size:9.0pt;color:gray">Asistente de Operaciones | Transportes Andinos S.A.C.</span>'))
    m = alt(plain, outlook_html(inner), cte="b64")
    rec = L(2026, 10, 2, 17, 5, 41)
    finish(m, mailbox=S, received=rec, frm=addr("Cardona Restrepo, Jhon Fredy", "jcardona@transportesandinos.com.pe"),
           to=f"Solicitantes Refugio <{S}>", subject=subj("Cambio de clave y contraseña", mode="b"),
           date=rec - dt.timedelta(seconds=3), msgid=mid(fn, "outlook"),
           hop_from="mail-dm6nam10on2090.outbound.protection.outlook.com [40.107.93.90]",
           extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", subj("Cambio de clave y contraseña", mode="b")),
                  ("Content-Language", "es-PE")])
    return fn, m, dict(mailbox=S, received=rec, procedure="cambio_clave", fields=dict(
        nombres="Jhon Fredy Cardona Restrepo", nacionalidad="CO", documento_identidad="AT482913",
        telefono="+573154027781", correo="jfcardona.r@outlook.com"), expect="acuse")


# 003  apelacion, all data only in a digitally signed PDF
@msg
def m003():
    fn = "003-apelacion-datos-en-pdf-firmado.eml"
    motivo = ("La resolución no valoró la constancia de mi detención arbitraria de 2023 ni los informes sobre la "
              "persecución a opositores en Cuba que presenté con mi solicitud.")
    pdf = K.sign(K.text_pdf([
        "SUMILLA: Interpongo recurso de apelación", "",
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS", "",
        "YOANDRI PÉREZ CASTELLANOS, de nacionalidad cubana, identificado con pasaporte N° L487215, con domicilio "
        "en Av. Túpac Amaru 1450, Comas, teléfono 987 220 415, correo electrónico yoandriperez.c@gmail.com, ante "
        "ustedes me presento y digo:", "",
        "Que interpongo RECURSO DE APELACIÓN contra la Resolución N° 0412-2026-CEPR, notificada el 28 de "
        "septiembre de 2026, que confirmó la denegatoria de mi solicitud.", "",
        "FUNDAMENTOS: " + motivo, "",
        "Lima, 6 de octubre de 2026", "", "Firmado digitalmente por YOANDRI PÉREZ CASTELLANOS"]),
        "YOANDRI PEREZ CASTELLANOS")
    m = MIMEMultipart("mixed")
    m.attach(T("Buenos días,\n\nAdjunto mi recurso de apelación firmado digitalmente contra la resolución "
               "que confirmó la denegatoria.\n\nSaludos,\nYoandri\n"))
    m.attach(att(pdf, "application/pdf", "Apelacion_YPC_firmado.pdf"))
    rec = L(2026, 10, 7, 11, 40, 3)
    finish(m, mailbox=P, received=rec, frm=addr("Yoandri Pérez", "yoandriperez.c@gmail.com"), to=P,
           subject=subj("Recurso de Apelación - Expediente N° 2025-0781-CEPR"), date=rec - dt.timedelta(seconds=6),
           msgid=mid(fn), hops=2)
    return fn, m, dict(mailbox=P, received=rec, procedure="apelacion", fields=dict(
        nombres="YOANDRI PÉREZ CASTELLANOS", nacionalidad="CU", documento_identidad="L487215",
        telefono="+51987220415", correo="yoandriperez.c@gmail.com", motivo=motivo),
        sig="valid", notif=dt.date(2026, 9, 28), expect="cargo")


# 004  reconsideracion from iPhone, no attachment, Saturday
@msg
def m004():
    fn = "004-reconsideracion-iphone-sin-firma.eml"
    motivo = ("la resolucion que me nego el refugio no considero que mi vida esta en peligro en Haiti por las "
              "bandas armadas que quemaron mi casa en Croix-des-Bouquets")
    body = ("Buenos dias señor\n\nmi nombre es Jean Robert Pierre-Louis, soy haitiano, mi pasaporte es RD3915742. "
            "Yo quiero presentar recurso de reconsideracion porque " + motivo + ". Tengo nueva prueba, la denuncia "
            "que hice a la policia de mi pais.\n\nmi telefono 941 330 218\n\ngracias\n\nEnviado desde mi iPhone\n")
    m = T(body, cte="qp")
    rec = L(2026, 10, 10, 8, 22, 10)
    finish(m, mailbox=P, received=rec, frm=addr("Jean Robert", "jeanrobert.pl@icloud.com"), to=P,
           subject="Reconsideracion", date=rec - dt.timedelta(seconds=9), msgid=mid(fn, "icloud"),
           hop_from="qs51p00im-qukt01080502.me.com [17.57.155.23]",
           extra=[("X-Mailer", "iPhone Mail (21H221)")])
    return fn, m, dict(mailbox=P, received=rec, procedure="reconsideracion", fields=dict(
        nombres="Jean Robert Pierre-Louis", nacionalidad="HT", documento_identidad="RD3915742",
        telefono="+51941330218", correo="jeanrobert.pl@icloud.com", motivo=motivo),
        sig="absent", expect="subsanar")


# 005  prorroga, ISO-8859-1 quoted-printable body and subject
@msg
def m005():
    fn = "005-prorroga-latin1-qp.eml"
    body = ("Señores Refugiados,\n\nSolicito la prórroga de mi residencia correspondiente al periodo 2026-2027.\n\n"
            "Nombres y apellidos: Luis Alberto Guzmán Ortega\nSexo: masculino\nNacionalidad: venezolano\n"
            "Pasaporte: 147258369\nCarné de extranjería: 001458772\nFecha de nacimiento: 07/11/1979\n"
            "Teléfono: 998 102 447\n\nAtentamente,\nLuis A. Guzmán\n")
    m = T(body, cs="iso-8859-1", cte="qp")
    rec = L(2026, 10, 12, 10, 5, 55)
    finish(m, mailbox=R, received=rec, frm=addr("Luis Guzman", "lguzman_ortega@hotmail.com"), to=R,
           subject="=?iso-8859-1?Q?Pr=F3rroga_de_residencia?=", date=rec - dt.timedelta(seconds=5),
           msgid=mid(fn, "outlook"), hop_from="mail-bn8nam12olkn2051.outbound.protection.outlook.com [40.92.21.51]")
    return fn, m, dict(mailbox=R, received=rec, procedure="prorroga_residencia", fields=dict(
        nombres="Luis Alberto Guzmán Ortega", sexo="M", nacionalidad="VE", documento_identidad="147258369",
        carne_extranjeria="001458772", fecha_nacimiento="1979-11-07", telefono="+51998102447",
        correo="lguzman_ortega@hotmail.com"), expect="acuse")


# 006  duplicado CE, denuncia PDF with RFC 2231 non-ASCII file name
@msg
def m006():
    fn = "006-duplicado-ce-denuncia-rfc2231.eml"
    plain = ("Buenas tardes,\n\nPor medio del presente solicito el duplicado de mi carné de extranjería. "
             "Adjunto la denuncia policial.\n\n"
             "- Nombres y apellidos: Mayra Alejandra Quiñónez Estupiñán\n- Sexo: F\n- Nacionalidad: ecuatoriana\n"
             "- Cédula de identidad: 0803456712\n- Carné de extranjería N° 000987321\n"
             "- Fecha de nacimiento: 29 de febrero de 1988\n- Teléfono fijo: (01) 471-2290\n"
             "- Motivo: pérdida del carné\n\nQuedo atenta.\n")
    html = gmail_html(["Buenas tardes,", "",
                       "Por medio del presente solicito el duplicado de mi carné de extranjería. Adjunto la denuncia policial.", "",
                       "<ul><li>Nombres y apellidos: Mayra Alejandra Quiñónez Estupiñán</li><li>Sexo: F</li>"
                       "<li>Nacionalidad: ecuatoriana</li><li>Cédula de identidad: 0803456712</li>"
                       "<li>Carné de extranjería N° 000987321</li><li>Fecha de nacimiento: 29 de febrero de 1988</li>"
                       "<li>Teléfono fijo: (01) 471-2290</li><li>Motivo: pérdida del carné</li></ul>",
                       "Quedo atenta."])
    den = K.text_pdf(["POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP SAN ISIDRO", "",
                      "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 4471-2026", "",
                      "Fecha y hora del hecho: 10/10/2026, 19:30 aprox.", "Modalidad: Pérdida de documentos",
                      "Denunciante: Mayra Alejandra Quiñónez Estupiñán",
                      "Documento perdido: Carné de Extranjería N° 000987321", "",
                      "Se expide la presente a solicitud de la interesada para los fines que estime conveniente."])
    m = MIMEMultipart("mixed")
    m.attach(alt(plain, html))
    m.attach(att(den, "application/pdf", "Denuncia policía pérdida.pdf", style="rfc2231"))
    rec = L(2026, 10, 13, 15, 10, 9)
    finish(m, mailbox=R, received=rec, frm=addr("Mayra Quiñónez", "mayra.quinonez.e@gmail.com"), to=R,
           subject=subj("Duplicado de carné de extranjería"), date=rec - dt.timedelta(seconds=7), msgid=mid(fn), hops=2)
    return fn, m, dict(mailbox=R, received=rec, procedure="duplicado_carne_extranjeria", fields=dict(
        nombres="Mayra Alejandra Quiñónez Estupiñán", sexo="F", nacionalidad="EC", documento_identidad="0803456712",
        carne_extranjeria="000987321", fecha_nacimiento="1988-02-29", telefono="+5114712290",
        correo="mayra.quinonez.e@gmail.com", motivo="pérdida del carné"), denuncia=True, expect="acuse")


# 007  autorizacion_viaje, complete with a signed PDF, Huawei footer, after office hours
@msg
def m007():
    fn = "007-viaje-firmado-android-noche.eml"
    motivo = ("mi padre está en terapia intensiva en el Hospital Universitario de Maracaibo, con pronóstico reservado")
    body = ("Buenas noches, solicito con carácter de urgencia autorización de viaje. Adjunto la solicitud firmada.\n\n"
            "Nombre: Ramón Antonio Echeverría Villasmil\nCarné de extranjería: 002871465\n"
            f"Motivo: {motivo}\nDestino: Maracaibo, Venezuela\nFecha de salida: 20/10/2026\n"
            "Fecha de retorno: 03/11/2026\nCelular: 955 601 238\n\n"
            "Soy venezolano, refugiado reconocido desde 2020.\n\nEnviado desde mi Huawei\n")
    pdf = K.sign(K.text_pdf([
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE", "",
        "Yo, Ramón Antonio Echeverría Villasmil, refugiado reconocido, con carné de extranjería N° 002871465, "
        "solicito autorización de viaje por el siguiente motivo: " + motivo + ".", "",
        "Destino: Maracaibo, Venezuela", "Fecha de salida: 20/10/2026", "Fecha de retorno: 03/11/2026",
        "Teléfono: 955 601 238", "", "Lima, 14 de octubre de 2026"]), "RAMON ECHEVERRIA VILLASMIL")
    m = MIMEMultipart("mixed")
    m.attach(T(body, cte="b64"))
    m.attach(att(pdf, "application/pdf", "solicitud viaje.pdf"))
    rec = L(2026, 10, 14, 19, 45, 30)
    finish(m, mailbox=R, received=rec, frm=addr("Ramón Echeverría", "ramonecheverria1975@gmail.com"), to=R,
           subject=subj("Autorización de viaje urgente"), date=rec - dt.timedelta(seconds=12), msgid=mid(fn))
    return fn, m, dict(mailbox=R, received=rec, procedure="autorizacion_viaje", fields=dict(
        nombres="Ramón Antonio Echeverría Villasmil", nacionalidad="VE", carne_extranjeria="002871465",
        motivo=motivo, destino="Maracaibo, Venezuela", fecha_salida="2026-10-20", fecha_retorno="2026-11-03",
        telefono="+51955601238", correo="ramonecheverria1975@gmail.com"), sig="valid", expect="acuse")


# 008  renuncia (applicant) with image-only scanned PDF, Yahoo Android footer
@msg
def m008():
    fn = "008-renuncia-pdf-escaneado.eml"
    motivo = ("he decidido regresar a Colombia con mi familia, pues la situación en mi municipio ha mejorado")
    body = ("Señores Comisión Especial para los Refugiados:\n\n"
            "Yo, Diana Marcela Rincón Ocampo, colombiana, identificada con C.C. 1.023.456.789, solicitante de "
            "refugio, presento mi renuncia a la solicitud que tengo en trámite. El motivo es que " + motivo + ".\n\n"
            "Adjunto el escrito firmado y escaneado.\n\nTeléfono: +57 300 555 1290 (WhatsApp)\n\n"
            "Atentamente,\nDiana Rincón\n\nEnviado desde Yahoo Mail para Android\n")
    scan = K.scanned_pdf(["Lima, 14 de octubre de 2026", "", "Señores CEPR", "",
                          "Yo, Diana Marcela Rincón Ocampo, C.C. 1.023.456.789, presento mi renuncia a mi solicitud.",
                          "Motivo: " + motivo + ".", "Teléfono: +57 300 555 1290"], "Diana Rincon")
    m = MIMEMultipart("mixed")
    m.attach(T(body, cte="qp"))
    m.attach(att(scan, "application/pdf", "Escaneo0001.PDF"))
    rec = L(2026, 10, 15, 9, 0, 12)
    finish(m, mailbox=P, received=rec, frm=addr("Diana Marcela Rincón", "dianamrincon@yahoo.com"), to=P,
           subject="RENUNCIA", date=rec - dt.timedelta(seconds=20), msgid=mid(fn, "mail.yahoo.com"),
           hop_from="sonic310-21.consmr.mail.ne1.yahoo.com [66.163.187.251]")
    return fn, m, dict(mailbox=P, received=rec, procedure="renuncia", fields=dict(
        nombres="Diana Marcela Rincón Ocampo", nacionalidad="CO", documento_identidad="1023456789",
        telefono="+573005551290", correo="dianamrincon@yahoo.com", motivo=motivo), sig="manuscrita", expect="acuse")


# 009  entrevista_registro (portal), Outlook for Android
@msg
def m009():
    fn = "009-entrevista-portal-outlook-android.eml"
    body = ("Buenas tardes, hace 4 meses registré mi solicitud en línea y todavía no me llega la cita para la "
            "entrevista de registro. ¿Me podrían indicar cuándo me toca?\n\nMi nombre es Wilmer José Azuaje "
            "Colmenares, pasaporte 121456987, teléfono 986 330 712.\n\nGracias.\n\n"
            "Obtener <https://aka.ms/AAb9ysg> Outlook para Android\n")
    m = T(body, cte="qp")
    rec = L(2026, 10, 16, 12, 30, 44)
    finish(m, mailbox=S, received=rec, frm=addr("Wilmer Azuaje", "wilmer.azuaje@outlook.es"), to=S,
           subject="Entrevista de registro", date=rec - dt.timedelta(seconds=3), msgid=mid(fn, "outlook"),
           hop_from="mail-co1nam11olkn2012.outbound.protection.outlook.com [40.92.18.12]")
    return fn, m, dict(mailbox=S, received=rec, procedure="entrevista_registro", fields=dict(
        nombres="Wilmer José Azuaje Colmenares", documento_identidad="121456987", telefono="+51986330712",
        correo="wilmer.azuaje@outlook.es"), expect="portal")


# 010  solicitud_refugio (portal) in English, to mesadepartes (portal is never derivado)
@msg
def m010():
    fn = "010-solicitud-refugio-ingles.eml"
    body = ("Dear Sir or Madam,\n\nI arrived in Lima two weeks ago. I would like to apply for refugee status "
            "(solicitud de refugio) and I do not know where to start.\n\nMy name is Ahmad Khalil Haddad, I am "
            "Syrian, passport number N012345678.\nPhone / WhatsApp: +51 960 214 877\n\n"
            "Could you please tell me how to apply?\n\nBest regards,\nAhmad\n")
    m = MIMEText(body, "plain", "us-ascii")
    rec = L(2026, 10, 17, 14, 2, 18)
    finish(m, mailbox=P, received=rec, frm=addr("Ahmad Haddad", "ahmad.k.haddad@gmail.com"), to=P,
           subject="Solicitud de refugio", date=rec.astimezone(UTC) - dt.timedelta(seconds=5), msgid=mid(fn))
    return fn, m, dict(mailbox=P, received=rec, procedure="solicitud_refugio", fields=dict(
        nombres="Ahmad Khalil Haddad", nacionalidad="SY", documento_identidad="N012345678",
        telefono="+51960214877", correo="ahmad.k.haddad@gmail.com"), expect="portal")


# 011  apelacion by a lawyer: Outlook HTML with inline logo + signed PDF; applicant's contact given
@msg
def m011():
    fn = "011-apelacion-abogado-logo-pdf-firmado.eml"
    motivo = ("la Comisión no valoró que la recurrente fue víctima de amenazas directas por denunciar actos de "
              "corrupción en la alcaldía de su municipio, hechos acreditados con las capturas y la constancia "
              "de la Defensoría que obran en el expediente")
    inner = (mso_p("Señores:") + mso_p("") +
             mso_p("Por encargo de mi cliente, Mariela Alejandra Contreras Silva, identificada con pasaporte "
                   "N&deg; 132987654, remito adjunto el recurso de apelaci&oacute;n contra la Resoluci&oacute;n "
                   "N&deg; 0588-2026-CEPR, notificada el 2 de octubre de 2026, debidamente firmado digitalmente.") +
             mso_p("") +
             mso_p("Para efectos de notificaci&oacute;n, los datos de contacto de la recurrente son: celular 982 441 907 "
                   'y correo <a href="mailto:marielacontreras.s@gmail.com">marielacontreras.s@gmail.com</a>.') +
             mso_p("") + mso_p("Atentamente,") + mso_p("") +
             mso_p('<b><span style="color:#002060">Renato Villar Ospina</span></b>') +
             mso_p('<span style="font-size:9pt">Abogado &ndash; CAL 45872</span>') +
             mso_p('<img width="180" height="60" style="width:1.875in;height:.625in" id="Imagen_x0020_1" '
                   'src="cid:image001.png@01DD2F3A.6B1C2E40" alt="Villar &amp; Asociados">') +
             mso_p('<span style="font-size:9pt;color:gray">Villar &amp; Asociados Abogados | Av. Javier Prado Este 560, '
                   'of. 1102, San Isidro | Telf. (01) 422-3344</span>'))
    plain = ("Señores:\n\nPor encargo de mi cliente, Mariela Alejandra Contreras Silva, identificada con pasaporte "
             "N° 132987654, remito adjunto el recurso de apelación contra la Resolución N° 0588-2026-CEPR, "
             "notificada el 2 de octubre de 2026, debidamente firmado digitalmente.\n\n"
             "Para efectos de notificación, los datos de contacto de la recurrente son: celular 982 441 907 y correo "
             "marielacontreras.s@gmail.com.\n\nAtentamente,\n\nRenato Villar Ospina\nAbogado – CAL 45872\n"
             "[Villar & Asociados]\nVillar & Asociados Abogados | Av. Javier Prado Este 560, of. 1102, San Isidro | "
             "Telf. (01) 422-3344\n")
    pdf = K.sign(K.text_pdf([
        "Expediente: 2025-1140-CEPR", "Sumilla: Recurso de apelación", "",
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS", "",
        "MARIELA ALEJANDRA CONTRERAS SILVA, identificada con pasaporte N° 132987654, con domicilio procesal en "
        "Av. Javier Prado Este 560, of. 1102, San Isidro, a ustedes digo:", "",
        "Que interpongo recurso de apelación contra la Resolución N° 0588-2026-CEPR, notificada el 2 de octubre "
        "de 2026, por cuanto " + motivo + ".", "",
        "Por tanto: solicito se eleve el recurso y se revoque la resolución.", "",
        "San Isidro, 16 de octubre de 2026"]), "MARIELA ALEJANDRA CONTRERAS SILVA")
    rel = MIMEMultipart("related", type="multipart/alternative")
    rel.attach(alt(plain, outlook_html(inner), cte="b64"))
    rel.attach(att(logo_png("Villar & Asociados"), "image/png", "image001.png", inline=True,
                   cid="image001.png@01DD2F3A.6B1C2E40"))
    m = MIMEMultipart("mixed")
    m.attach(rel)
    m.attach(att(pdf, "application/pdf", "Recurso de apelación - M. Contreras (firmado).pdf", style="ew"))
    rec = L(2026, 10, 19, 16, 29, 40)
    finish(m, mailbox=P, received=rec, frm=addr("Renato Villar Ospina", "rvillar@villarabogados.pe"),
           to=f'"Mesa de Partes" <{P}>', subject=subj("Recurso de Apelación – MARIELA CONTRERAS SILVA", mode="q"),
           date=rec - dt.timedelta(seconds=15), msgid=mid(fn, "outlook"),
           hop_from="mail-sn1nam02on2121.outbound.protection.outlook.com [40.107.96.121]",
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "es-PE")])
    return fn, m, dict(mailbox=P, received=rec, procedure="apelacion", fields=dict(
        nombres="Mariela Alejandra Contreras Silva", documento_identidad="132987654", telefono="+51982441907",
        correo="marielacontreras.s@gmail.com", motivo=motivo), sig="valid", notif=dt.date(2026, 10, 2),
        expect="cargo")


# 012  reconsideracion, late (notified 15/09/2026), signed PDF + a second unsigned PDF
@msg
def m012():
    fn = "012-reconsideracion-extemporanea-firmada.eml"
    motivo = ("aporto como nueva prueba la constancia de la Asociación Nicaragüense Pro Derechos Humanos sobre "
              "la persecución a mi familia por su participación en las protestas de 2018")
    body = ("Estimados señores:\n\nYo Kenia Lucía Martínez Obando, nicaragüense, pasaporte C01938475, presento "
            "recurso de reconsideración contra la resolución que denegó mi solicitud, notificado con fecha "
            "15/09/2026.\nMe disculpo por la demora, estuve hospitalizada y no pude presentarlo antes.\n\n"
            f"Motivo: {motivo}.\n\nTeléfono: 951 047 886\nCorreo: keniamartinez.ni@gmail.com\n\n"
            "Adjunto el recurso firmado digitalmente y la constancia.\n\nKenia Martínez\n")
    rec_pdf = K.sign(K.text_pdf([
        "RECURSO DE RECONSIDERACIÓN", "",
        "Kenia Lucía Martínez Obando, pasaporte C01938475, teléfono 951 047 886, correo "
        "keniamartinez.ni@gmail.com, interpongo recurso de reconsideración contra la resolución denegatoria "
        "notificada con fecha 15/09/2026.", "", "Nueva prueba: " + motivo + ".", "",
        "Lima, 19 de octubre de 2026"]), "KENIA LUCIA MARTINEZ OBANDO")
    const = K.text_pdf(["CONSTANCIA", "",
                        "La Asociación hace constar que la familia Martínez Obando ha sido objeto de hostigamiento "
                        "y detenciones desde 2018.", "", "Managua, 2 de septiembre de 2026"])
    m = MIMEMultipart("mixed")
    m.attach(T(body))
    m.attach(att(rec_pdf, "application/pdf", "Reconsideracion_KMartinez_firmado.pdf"))
    m.attach(att(const, "application/pdf", "constancia ANPDH.pdf"))
    rec = L(2026, 10, 20, 10, 10, 10)
    finish(m, mailbox=P, received=rec, frm=addr("Kenia Martínez", "keniamartinez.ni@gmail.com"), to=P,
           subject=subj("Recurso de Reconsideración"), date=rec - dt.timedelta(seconds=8), msgid=mid(fn), hops=2)
    return fn, m, dict(mailbox=P, received=rec, procedure="reconsideracion", fields=dict(
        nombres="Kenia Lucía Martínez Obando", nacionalidad="NI", documento_identidad="C01938475",
        telefono="+51951047886", correo="keniamartinez.ni@gmail.com", motivo=motivo),
        sig="valid", notif=dt.date(2026, 9, 15), expect="cargo")


# 013  RE: cambio_clave - the missing phone comes above; name and passport are in the applicant's own quoted
#      first message, below the office's quoted reply (office phone in the quote must not be taken)
@msg
def m013():
    fn = "013-cambio-clave-respuesta-con-historial.eml"
    plain = ("Buenos días, mi número de teléfono es el 913 582 046.\nQuedo atento, gracias.\n\n"
             "El mar, 20 oct 2026 a las 15:02, Solicitantes de Refugio (<solicitantesrefugio@rree.gob.pe>) escribió:\n"
             "> Estimado(a) solicitante:\n>\n> Para atender su pedido de cambio de clave y contraseña, le pedimos "
             "completar el\n> siguiente dato: teléfono de contacto.\n>\n> Atentamente,\n> Secretaría Ejecutiva - CEPR\n"
             "> Central telefónica: (01) 204-2400\n>\n"
             "> El lun, 19 oct 2026 a las 22:40, Edgar Villalobos (<edgarvillalobos88@gmail.com>) escribió:\n"
             ">\n>> Buenas noches, solicito el cambio de clave y contraseña del sistema.\n>>\n"
             ">> Nombres: Edgar Alfonso Villalobos Prieto\n>> Pasaporte: 158340927\n>>\n>> Gracias\n")
    html = ('<div dir="ltr"><div>Buenos días, mi número de teléfono es el 913 582 046.</div><div>Quedo atento, gracias.</div></div><br>'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">El mar, 20 oct 2026 a las 15:02, Solicitantes de Refugio '
            '(&lt;<a href="mailto:solicitantesrefugio@rree.gob.pe">solicitantesrefugio@rree.gob.pe</a>&gt;) escribió:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '<div>Estimado(a) solicitante:<br><br>Para atender su pedido de cambio de clave y contraseña, le pedimos completar el '
            'siguiente dato: teléfono de contacto.<br><br>Atentamente,<br>Secretaría Ejecutiva - CEPR<br>Central telefónica: (01) 204-2400<br><br>'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">El lun, 19 oct 2026 a las 22:40, Edgar Villalobos '
            '(&lt;<a href="mailto:edgarvillalobos88@gmail.com">edgarvillalobos88@gmail.com</a>&gt;) escribió:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '<div dir="ltr">Buenas noches, solicito el cambio de clave y contraseña del sistema.<br><br>'
            'Nombres: Edgar Alfonso Villalobos Prieto<br>Pasaporte: 158340927<br><br>Gracias</div></blockquote></div>'
            '</div></blockquote></div>\n')
    m = alt(plain, html)
    rec = L(2026, 10, 21, 8, 50, 0)
    finish(m, mailbox=S, received=rec, frm=addr("Edgar Villalobos", "edgarvillalobos88@gmail.com"), to=S,
           subject=subj("RE: Cambio de clave y contraseña"), date=rec - dt.timedelta(seconds=2), msgid=mid(fn),
           extra=[("In-Reply-To", "<cepr-20261020150212-5521@rree.gob.pe>"),
                  ("References", "<CAKf3x9P1=edgar19oct@mail.gmail.com> <cepr-20261020150212-5521@rree.gob.pe>")])
    return fn, m, dict(mailbox=S, received=rec, procedure="cambio_clave", fields=dict(
        nombres="Edgar Alfonso Villalobos Prieto", documento_identidad="158340927", telefono="+51913582046",
        correo="edgarvillalobos88@gmail.com"), expect="acuse")


# 014  prorroga written by the daughter for her mother (writer's own passport is not the applicant's)
@msg
def m014():
    fn = "014-prorroga-hija-escribe-por-madre.eml"
    body = ("Buenos días. Escribo en nombre de mi mamá, que no maneja el correo. Yo soy Andrea Valentina Rojas "
            "Pineda, pasaporte 155667788. Los datos de ella para la prórroga de residencia son:\n\n"
            "Nombres: Gladys Josefina Pineda de Rojas\nSexo: Femenino\nNacionalidad: Venezolana\n"
            "Cédula: V-6.543.210\nC.E.: 000612874\nNacimiento: 03-05-1958\nTeléfono de mi mamá: 947 003 118\n\n"
            "Cualquier cosa me pueden escribir a este correo.\nGracias\nAndrea\n")
    m = T(body, cte="qp")
    rec = L(2026, 10, 22, 11, 20, 33)
    finish(m, mailbox=R, received=rec, frm=addr("Andrea Rojas", "andrearojaspineda@gmail.com"), to=R,
           subject=subj("renovacion de residencia de mi mamá"), date=rec - dt.timedelta(seconds=4), msgid=mid(fn))
    return fn, m, dict(mailbox=R, received=rec, procedure="prorroga_residencia", fields=dict(
        nombres="Gladys Josefina Pineda de Rojas", sexo="F", nacionalidad="VE", documento_identidad="V6543210",
        carne_extranjeria="000612874", fecha_nacimiento="1958-05-03", telefono="+51947003118",
        correo="andrearojaspineda@gmail.com"), expect="acuse")


# 015  autorizacion_viaje: WhatsApp photo of the signed letter, return date missing; Friday night
@msg
def m015():
    fn = "015-viaje-foto-whatsapp-sin-retorno.eml"
    motivo = "mi hermana tuvo un accidente y está grave"
    body = ("Buenas noches, necesito autorización para viajar a Guayaquil, " + motivo + ". Salgo el 02/11/26 "
            "por tierra, el regreso depende de cómo evolucione ella.\n\nStalin Javier Cedeño Mera\nCE 003124578\n"
            "cel 9 6521 0743\n\nAdjunto foto de la solicitud firmada.\n")
    jpg = K.letter_image(["Lima, 23 de octubre de 2026", "Señores CEPR - Refugiados",
                          "Solicito autorización de viaje a Guayaquil por accidente de mi hermana.",
                          "Salida 02/11/26.", "Stalin Javier Cedeño Mera - CE 003124578"], "Stalin Cedeno")
    m = MIMEMultipart("mixed")
    m.attach(T(body, cte="qp"))
    m.attach(att(jpg, "image/jpeg", "WhatsApp Image 2026-10-23 at 21.58.11.jpeg"))
    rec = L(2026, 10, 23, 22, 15, 47)
    finish(m, mailbox=R, received=rec, frm=addr("Stalin Cedeño", "stalin.cedeno@hotmail.com"), to=R,
           subject="Permiso de viaje", date=rec - dt.timedelta(seconds=6), msgid=mid(fn, "outlook"),
           hop_from="mail-dm3nam02olkn2033.outbound.protection.outlook.com [40.92.15.33]")
    return fn, m, dict(mailbox=R, received=rec, procedure="autorizacion_viaje", fields=dict(
        nombres="Stalin Javier Cedeño Mera", carne_extranjeria="003124578", motivo=motivo, destino="Guayaquil",
        fecha_salida="2026-11-02", telefono="+51965210743", correo="stalin.cedeno@hotmail.com"),
        sig="manuscrita", expect="subsanar")


# 016  carne_solicitante: suspended
@msg
def m016():
    fn = "016-carne-solicitante-suspendido.eml"
    body = ("Buen día, quisiera saber cómo obtener mi carné de solicitante de refugio.\n\n"
            "Nombre: Keylin Yaneth Rosales Mejía\nhondureña\npasaporte F123987\ntel. 920 004 517\n\nBendiciones\n")
    m = T(body, cte="qp")
    rec = L(2026, 10, 26, 9, 30, 5)
    finish(m, mailbox=S, received=rec, frm=addr("Keylin Rosales", "keylin.rosales.hn@gmail.com"), to=S,
           subject=subj("Carné de solicitante"), date=rec - dt.timedelta(seconds=5), msgid=mid(fn))
    return fn, m, dict(mailbox=S, received=rec, procedure="carne_solicitante", fields=dict(
        nombres="Keylin Yaneth Rosales Mejía", nacionalidad="HN", documento_identidad="F123987",
        telefono="+51920004517", correo="keylin.rosales.hn@gmail.com"), expect="suspendido")


# 017  bounce (multipart/report) of an office reply
@msg
def m017():
    fn = "017-rebote-mailer-daemon.eml"
    m = MIMEMultipart("report")
    m.set_param("report-type", "delivery-status")
    m.attach(MIMEText(
        "This is the mail system at host mx1.rree.gob.pe.\n\nI'm sorry to have to inform you that your message could "
        "not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "<wendyp.ramirez@gmial.com>: Host or domain name not found. Name service error\n"
        "    for name=gmial.com type=A: Host not found\n", "plain", "us-ascii"))
    ds = Message()
    ds.set_type("message/delivery-status")
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx1.rree.gob.pe"
    b1["Arrival-Date"] = "Tue, 27 Oct 2026 03:12:04 -0500 (PET)"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; wendyp.ramirez@gmial.com"
    b2["Action"] = "failed"
    b2["Status"] = "5.4.4"
    b2["Diagnostic-Code"] = "X-Postfix; Host or domain name not found."
    ds.set_payload([b1, b2])
    m.attach(ds)
    hdrs = MIMEText("Date: Tue, 27 Oct 2026 03:12:03 -0500\nFrom: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>\n"
                    "To: wendyp.ramirez@gmial.com\nSubject: =?utf-8?q?Re=3A_Actualizaci=C3=B3n_de_datos_-_Registro_N=C2=B0_S-2026-004417?=\n"
                    "Message-ID: <cepr-20261027031203-4417@rree.gob.pe>\n", "rfc822-headers", "us-ascii")
    m.attach(hdrs)
    rec = L(2026, 10, 27, 3, 12, 9)
    finish(m, mailbox=S, received=rec, frm="MAILER-DAEMON@mx1.rree.gob.pe (Mail Delivery System)", to=S,
           subject="Undelivered Mail Returned to Sender", date=rec - dt.timedelta(seconds=1),
           msgid="<20261027081209.3F1A2C0412@mx1.rree.gob.pe>", hop_from="localhost [127.0.0.1]",
           return_path="", extra=[("Auto-Submitted", "auto-replied")])
    return fn, m, dict(mailbox=S, received=rec, procedure=None, fields={}, machine=True, expect="ignorado")


# 018  renuncia of a recognised refugee: typed letter as text-only PDF (no signature) -> firma missing
@msg
def m018():
    fn = "018-renuncia-refugiado-pdf-solo-texto.eml"
    motivo = "he decidido acogerme al retorno voluntario a Venezuela para reunirme con mis hijos"
    pdf = K.text_pdf(["Lima, 27 de octubre de 2026", "", "Señores", "Comisión Especial para los Refugiados", "",
                      "Yo, Orlando José Briceño Lugo, de nacionalidad venezolana, con pasaporte N° 108765432 y carné "
                      "de extranjería N° 002345190, refugiado reconocido, presento mi RENUNCIA a la condición de "
                      "refugiado.", "", "Motivo: " + motivo + ".", "", "Teléfono: 976 540 221", "",
                      "Atentamente,", "", "Orlando José Briceño Lugo"])
    m = MIMEMultipart("mixed")
    m.attach(T("Adjunto mi carta de renuncia.\nSaludos.\nOrlando Briceño\n"))
    m.attach(att(pdf, "application/pdf", "carta_renuncia.pdf"))
    rec = L(2026, 10, 28, 13, 0, 27)
    finish(m, mailbox=P, received=rec, frm=addr("Orlando Briceño", "orlandobriceno@gmail.com"), to=P,
           subject=subj("Renuncia a la condición de refugiado"),
           date=rec - dt.timedelta(seconds=5), msgid=mid(fn))
    return fn, m, dict(mailbox=P, received=rec, procedure="renuncia", fields=dict(
        nombres="Orlando José Briceño Lugo", nacionalidad="VE", documento_identidad="108765432",
        carne_extranjeria="002345190", telefono="+51976540221", correo="orlandobriceno@gmail.com", motivo=motivo),
        sig="absent", refugee=True, expect="subsanar")


# 019  actualizacion in English from a recognised refugee without carné number
@msg
def m019():
    fn = "019-actualizacion-ingles-refugiada-sin-ce.eml"
    body = ("Hello,\n\nI am a recognised refugee in Peru since 2023 and I need to update my contact details.\n\n"
            "Full name: Fatima Zahra Ahmadi\nNationality: Afghan\nPassport: P03456789\n"
            "New mobile number: +51 999 014 382\nNew address: Calle Los Pinos 245, Miraflores\n\nThank you,\nFatima\n")
    m = alt(body, gmail_html([esc(x) if x else "" for x in body.strip().split("\n")]))
    rec = L(2026, 10, 29, 10, 45, 0)
    finish(m, mailbox=S, received=rec, frm=addr("Fatima Ahmadi", "fatima.ahmadi.lima@gmail.com"), to=S,
           subject=subj("Actualización de datos / Update of contact details"), date=rec - dt.timedelta(seconds=3),
           msgid=mid(fn))
    return fn, m, dict(mailbox=S, received=rec, procedure="actualizacion_datos", fields=dict(
        nombres="Fatima Zahra Ahmadi", nacionalidad="AF", documento_identidad="P03456789", telefono="+51999014382",
        correo="fatima.ahmadi.lima@gmail.com"), refugee=True, expect="subsanar")


# 020  autorizacion_trabajo (portal), Saturday, WhatsApp number with country code
@msg
def m020():
    fn = "020-autorizacion-trabajo-portal-sabado.eml"
    body = ("hola buenas tardes como hago para renovar mi autorizacion de trabajo?? no "
            "encuentro donde en la pagina\nmi nombre Yorman Enrique Gutierrez Salas, mi whatsapp +58 412 555 0193\n"
            "gracias\n")
    m = MIMEText(body, "plain", "us-ascii")
    rec = L(2026, 10, 31, 16, 0, 0)
    finish(m, mailbox=S, received=rec, frm=addr("Yorman Gutiérrez", "yormangutierrez2024@gmail.com"), to=S,
           subject="renovar autorizacion de trabajo", date=rec - dt.timedelta(seconds=2), msgid=mid(fn))
    return fn, m, dict(mailbox=S, received=rec, procedure="autorizacion_trabajo", fields=dict(
        nombres="Yorman Enrique Gutierrez Salas", telefono="+584125550193", correo="yormangutierrez2024@gmail.com"),
        expect="portal")


# 021  apelacion with a signed PDF altered after signing -> invalid; received on a día no laborable
@msg
def m021():
    fn = "021-apelacion-pdf-alterado.eml"
    motivo = ("la Comisión no evaluó las amenazas del grupo armado que controla mi vereda en el Cauca, "
              "documentadas en la denuncia ante la Fiscalía de Popayán que adjunté en la reconsideración")
    plain = ("Señores de Mesa de Partes:\n\nRemito mi recurso de apelación con firma digital.\n\n"
             "Nombres y apellidos: Luz Marina Ocampo Giraldo\nPasaporte: AV309112\nCelular: 961 872 330\n"
             "Correo: luzmarina.ocampo@outlook.com\nMotivo: " + motivo + ".\n\nCordialmente,\nLuz Marina Ocampo\n")
    inner = "".join(mso_p(esc(x)) for x in plain.split("\n"))
    pdf = K.sign(K.text_pdf(["RECURSO DE APELACIÓN", "",
                             "Luz Marina Ocampo Giraldo, pasaporte AV309112, interpongo recurso de apelación contra "
                             "la resolución que confirmó la denegatoria de mi solicitud.", "",
                             "Fundamento: " + motivo + ".", "", "Lima, 30 de octubre de 2026"]),
                 "LUZ MARINA OCAMPO GIRALDO")
    pdf = K.alter(pdf, "30 de octubre de 2026", "31 de octubre de 2026")
    m = MIMEMultipart("mixed")
    m.attach(alt(plain, outlook_html(inner), cte="b64"))
    m.attach(att(pdf, "application/pdf", "Apelacion_LMOcampo_firmado.pdf"))
    rec = L(2026, 11, 2, 10, 0, 19)
    finish(m, mailbox=P, received=rec, frm=addr("Luz Marina Ocampo", "luzmarina.ocampo@outlook.com"), to=P,
           subject="Recurso de Apelacion", date=rec - dt.timedelta(seconds=10), msgid=mid(fn, "outlook"),
           hop_from="mail-mw2nam12olkn2101.outbound.protection.outlook.com [40.92.23.101]",
           extra=[("X-MS-Has-Attach", "yes")])
    return fn, m, dict(mailbox=P, received=rec, procedure="apelacion", fields=dict(
        nombres="Luz Marina Ocampo Giraldo", documento_identidad="AV309112", telefono="+51961872330",
        correo="luzmarina.ocampo@outlook.com", motivo=motivo), sig="invalid", expect="subsanar")


# 022  Fwd: prorroga from a new address; data in the forwarded (own) message; old address only in quoted header
@msg
def m022():
    fn = "022-prorroga-reenvio-cuenta-antigua.eml"
    body = ("Buenos días, les reenvío la solicitud que mandé hace un mes desde mi correo anterior, que ya no uso. "
            "No he recibido respuesta.\nGracias\n\n"
            "---------- Forwarded message ---------\nDe: Yusimi Castañeda <yusimi.cr79@hotmail.com>\n"
            "Date: sáb, 3 oct 2026 a las 18:22\nSubject: Prórroga de residencia\nTo: <refugiados@rree.gob.pe>\n\n\n"
            "Buenas tardes, solicito la prórroga anual de residencia.\n\nNombre completo: Yusimí Castañeda Rabí\n"
            "Sexo: F\nNacionalidad: cubana\nPasaporte: K0812345\nCarné de Extranjería: 002998114\n"
            "Fecha de nacimiento: 14/08/1979\nTeléfono: 935 667 201\n\nSaludos cordiales\n")
    html = gmail_html(["Buenos días, les reenvío la solicitud que mandé hace un mes desde mi correo anterior, que ya "
                       "no uso. No he recibido respuesta.", "Gracias"],
                      quote_html=('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                                  'De: <strong class="gmail_sendername" dir="auto">Yusimi Castañeda</strong> <span dir="auto">&lt;'
                                  '<a href="mailto:yusimi.cr79@hotmail.com">yusimi.cr79@hotmail.com</a>&gt;</span><br>'
                                  'Date: sáb, 3 oct 2026 a las 18:22<br>Subject: Prórroga de residencia<br>To: &lt;'
                                  '<a href="mailto:refugiados@rree.gob.pe">refugiados@rree.gob.pe</a>&gt;<br></div><br><br>'
                                  '<div dir="ltr">Buenas tardes, solicito la prórroga anual de residencia.<br><br>'
                                  'Nombre completo: Yusimí Castañeda Rabí<br>Sexo: F<br>Nacionalidad: cubana<br>'
                                  'Pasaporte: K0812345<br>Carné de Extranjería: 002998114<br>Fecha de nacimiento: 14/08/1979<br>'
                                  'Teléfono: 935 667 201<br><br>Saludos cordiales</div></div>\n'))
    m = alt(body, html)
    rec = L(2026, 11, 3, 9, 5, 33)
    finish(m, mailbox=R, received=rec, frm=addr("Yusimí Castañeda", "yusimi.castaneda@gmail.com"), to=R,
           subject=subj("Fwd: Prórroga de residencia"), date=rec - dt.timedelta(seconds=5), msgid=mid(fn), hops=2)
    return fn, m, dict(mailbox=R, received=rec, procedure="prorroga_residencia", fields=dict(
        nombres="Yusimí Castañeda Rabí", sexo="F", nacionalidad="CU", documento_identidad="K0812345",
        carne_extranjeria="002998114", fecha_nacimiento="1979-08-14", telefono="+51935667201",
        correo="yusimi.castaneda@gmail.com"), expect="acuse")


# 023  cambio_clave written in Portuguese
@msg
def m023():
    fn = "023-cambio-clave-portugues.eml"
    body = ("Bom dia,\n\nVenho solicitar a mudança da minha senha no Sistema de Refugiados (cambio de clave y "
            "contraseña).\n\nNome completo: Manuel Domingos Sebastião\nNacionalidade: angolana\n"
            "Passaporte: N2345678\nTelefone: +51 928 114 603\nE-mail: manuelsebastiao.ao@gmail.com\n\n"
            "Obrigado pela atenção.\nManuel\n")
    m = T(body, cte="b64")
    rec = L(2026, 11, 4, 12, 12, 12)
    finish(m, mailbox=S, received=rec, frm=addr("Manuel Sebastião", "manuelsebastiao.ao@gmail.com"), to=S,
           subject=subj("Cambio de clave y contraseña"), date=rec - dt.timedelta(seconds=3), msgid=mid(fn))
    return fn, m, dict(mailbox=S, received=rec, procedure="cambio_clave", fields=dict(
        nombres="Manuel Domingos Sebastião", nacionalidad="AO", documento_identidad="N2345678",
        telefono="+51928114603", correo="manuelsebastiao.ao@gmail.com"), expect="acuse")


# 024  subject "Duplicado de carnet" (two procedures); body says carné de extranjería; denuncia as JPG
@msg
def m024():
    fn = "024-duplicado-carnet-asunto-ambiguo.eml"
    motivo = "me lo robaron junto con la billetera el 3 de noviembre en el Centro de Lima"
    body = ("Buenas tardes, solicito duplicado de mi carné de extranjería, " + motivo + ". Adjunto foto de la "
            "denuncia policial.\n\nDatos:\nRicardo Andrés Lozada Vielma / masculino / venezolano\n"
            "Pasaporte 139874561 / CE 002765432\nNací el 21/06/85\nTelefono 987-612-340\n")
    jpg = K.letter_image(["POLICÍA NACIONAL DEL PERÚ", "DENUNCIA POLICIAL - ROBO", "Agraviado: Ricardo Andrés Lozada Vielma"],
                         "PNP")
    m = MIMEMultipart("mixed")
    m.attach(T(body, cs="windows-1252", cte="qp"))
    m.attach(att(jpg, "image/jpeg", "denuncia_robo.jpg"))
    rec = L(2026, 11, 5, 17, 40, 2)
    finish(m, mailbox=R, received=rec, frm=addr("Ricardo Lozada", "ricardolozada_v@hotmail.com"), to=R,
           subject="Duplicado de carnet", date=rec - dt.timedelta(seconds=9), msgid=mid(fn, "outlook"),
           hop_from="mail-bl2nam02olkn2080.outbound.protection.outlook.com [40.92.3.80]")
    return fn, m, dict(mailbox=R, received=rec, procedure="duplicado_carne_extranjeria", fields=dict(
        nombres="Ricardo Andrés Lozada Vielma", sexo="M", nacionalidad="VE", documento_identidad="139874561",
        carne_extranjeria="002765432", fecha_nacimiento="1985-06-21", telefono="+51987612340",
        correo="ricardolozada_v@hotmail.com", motivo=motivo), denuncia=True, expect="acuse")


# 025  duplicado: says "adjunto denuncia" but nothing attached; no birth date; Yahoo HTML-only
@msg
def m025():
    fn = "025-duplicado-sin-adjunto-yahoo-html.eml"
    motivo = "deterioro (se mojo y no se lee)"
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, '
            'sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Buenos dias,</div><div dir="ltr" '
            'data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Solicito duplicado de carne de extranjeria '
            f'por {motivo}.</div><div dir="ltr" data-setdir="false"><br></div>'
            '<div dir="ltr" data-setdir="false">Nombre: Nadège Joseph<br>Sexo: femenino<br>Nacionalidad: haitiana<br>'
            'Pasaporte: RC2298811<br>Carne de extranjeria: 002457789<br>Telefono: 968 225 104</div>'
            '<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Adjunto denuncia.</div>'
            '<div dir="ltr" data-setdir="false">Merci / gracias</div></div></body></html>\n')
    m = T(html, "html", cte="qp")
    rec = L(2026, 11, 6, 8, 30, 50)
    finish(m, mailbox=R, received=rec, frm=addr("Nadège Joseph", "nadegejoseph@yahoo.fr"), to=R,
           subject="DUPLICADO CARNE DE EXTRANJERIA", date=rec - dt.timedelta(seconds=11),
           msgid=mid(fn, "mail.yahoo.com"), hop_from="sonic306-19.consmr.mail.ir2.yahoo.com [77.238.176.98]",
           extra=[("X-Mailer", "WebService/1.1.22789 YMailNorrin")])
    return fn, m, dict(mailbox=R, received=rec, procedure="duplicado_carne_extranjeria", fields=dict(
        nombres="Nadège Joseph", sexo="F", nacionalidad="HT", documento_identidad="RC2298811",
        carne_extranjeria="002457789", telefono="+51968225104", correo="nadegejoseph@yahoo.fr", motivo=motivo),
        denuncia=False, expect="subsanar")


# 026  RE: reconsideracion after an office "subsanar" reply (quoted, with office phone); Saturday; signed PDF
@msg
def m026():
    fn = "026-reconsideracion-re-subsanacion-sabado.eml"
    motivo = ("no se tomó en cuenta que fui amenazada por un colectivo armado en Barquisimeto por mi trabajo como "
              "periodista; adjunto nuevas pruebas")
    new = ["Buenos días, en atención a su correo, adjunto el recurso firmado digitalmente. Reitero mis datos:", "",
           "Nombres y apellidos: Rosmery Fuentes Barrios", "Cédula: V-24.519.063", "Teléfono: 904 338 751",
           "Correo: rosmeryfuentes.b@gmail.com", "Motivo: " + motivo + ".", "",
           "Fui notificada de la resolución el 21/10/2026.", "", "Atentamente,", "Rosmery Fuentes"]
    quote = ["Señor(a):", "",
             "Su escrito de reconsideración no cuenta con firma. El documento sin firma no es válido. Sírvase "
             "subsanar en el plazo de 2 días hábiles.", "", "Mesa de Partes - Ministerio de Relaciones Exteriores",
             "Jr. Lampa 545, Lima - Teléfono: (01) 204-2400"]
    attr = "El vie, 6 nov 2026 a las 12:31, Mesa de Partes Virtual &lt;mesadepartes@rree.gob.pe&gt; escribió:"
    plain = "\n".join(new) + "\n\n" + attr.replace("&lt;", "<").replace("&gt;", ">") + "\n" + \
        "\n".join("> " + x if x else ">" for x in quote) + "\n"
    html = gmail_html([esc(x) for x in new], quote_html=(
        f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attr}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + "<br>".join(esc(x) for x in quote) + "</blockquote></div>\n"))
    pdf = K.sign(K.text_pdf(["RECURSO DE RECONSIDERACIÓN", "",
                             "Rosmery Fuentes Barrios, cédula V-24.519.063, teléfono 904 338 751, correo "
                             "rosmeryfuentes.b@gmail.com, interpongo recurso de reconsideración contra la resolución "
                             "que deniega mi solicitud, notificada el 21/10/2026.", "", "Motivo: " + motivo + ".", "",
                             "Lima, 7 de noviembre de 2026"]), "ROSMERY FUENTES BARRIOS")
    m = MIMEMultipart("mixed")
    m.attach(alt(plain, html))
    m.attach(att(pdf, "application/pdf", "reconsideracion-firmada.pdf"))
    rec = L(2026, 11, 7, 11, 5, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Rosmery Fuentes", "rosmeryfuentes.b@gmail.com"), to=P,
           subject=subj("RE: Recurso de Reconsideración", mode="b"), date=rec - dt.timedelta(seconds=4),
           msgid=mid(fn), extra=[("In-Reply-To", "<mdp-20261106123107-8841@rree.gob.pe>")])
    return fn, m, dict(mailbox=P, received=rec, procedure="reconsideracion", fields=dict(
        nombres="Rosmery Fuentes Barrios", documento_identidad="V24519063", telefono="+51904338751",
        correo="rosmeryfuentes.b@gmail.com", motivo=motivo), sig="valid", notif=dt.date(2026, 10, 21),
        expect="cargo")


# 027  triage: "Consulta" about a file's status, no procedure named
@msg
def m027():
    fn = "027-triage-consulta-estado-expediente.eml"
    body = ("Buenos días, quisiera saber en qué estado se encuentra mi expediente N° 2024-018832.\n\n"
            "Mi nombre es Gerson David Paredes Rangel, pasaporte 117230998, "
            "celular 902 118 765.\n\nGracias.\n")
    m = T(body)
    rec = L(2026, 11, 9, 11, 0, 31)
    finish(m, mailbox=S, received=rec, frm=addr("Gerson Paredes", "gersonparedes.r@gmail.com"), to=S,
           subject="Consulta", date=rec - dt.timedelta(seconds=3), msgid=mid(fn))
    return fn, m, dict(mailbox=S, received=rec, procedure=None, fields=dict(
        nombres="Gerson David Paredes Rangel", documento_identidad="117230998", telefono="+51902118765",
        correo="gersonparedes.r@gmail.com"), expect="triage")


# 028  out-of-office reply from an applicant's work address
@msg
def m028():
    fn = "028-respuesta-automatica-vacaciones.eml"
    body = ("Gracias por su mensaje. Me encuentro de vacaciones hasta el 16 de noviembre, con acceso limitado al "
            "correo. Para temas urgentes comuníquese con recepción.\n\nDaniela Contreras\nClínica San Borja\n")
    m = T(body)
    rec = L(2026, 11, 10, 9, 1, 15)
    finish(m, mailbox=S, received=rec, frm=addr("Daniela Contreras", "dcontreras@clinicasanborja.com.pe"), to=S,
           subject=subj("Respuesta automática: Actualización de datos"), date=rec - dt.timedelta(seconds=1),
           msgid=mid(fn, "outlook"), hop_from="mail-sa2nam11on2104.outbound.protection.outlook.com [40.107.236.104]",
           extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "dcontreras@clinicasanborja.com.pe")])
    return fn, m, dict(mailbox=S, received=rec, procedure="actualizacion_datos", fields={}, machine=True,
                       expect="ignorado")


# 029  autorizacion_viaje in French, "TR:" forward of own message, signed PDF
@msg
def m029():
    fn = "029-viaje-frances-tr-firmado.eml"
    motivo = "décès de ma mère, les funérailles ont lieu le 18 novembre"
    body = ("Bonjour,\n\nJe vous transfère ma demande d'autorisation de voyage, que j'avais envoyée par erreur à une "
            "autre adresse. La lettre signée électroniquement est en pièce jointe.\n\nMerci d'avance,\nWilner\n\n"
            "-----Message d'origine-----\nDe : Wilner Augustin <wilner.augustin@hotmail.fr>\n"
            "Envoyé : mardi 10 novembre 2026 09:12\nÀ : refugiado@rree.gob.pe\nObjet : Autorización de Viaje\n\n"
            "Nom et prénoms : Wilner Augustin\nNationalité : haïtienne\n"
            "Carte d'étranger (carné de extranjería) : 002118734\nMotif : " + motivo + "\n"
            "Destination : Port-au-Prince, Haïti\nDate de départ : 15/11/2026\nDate de retour : 29/11/2026\n"
            "Téléphone : +51 939 402 617\n")
    pdf = K.sign(K.text_pdf(["DEMANDE D'AUTORISATION DE VOYAGE / SOLICITUD DE AUTORIZACIÓN DE VIAJE", "",
                             "Je soussigné Wilner Augustin, carné de extranjería N° 002118734, sollicite "
                             "l'autorisation de voyager à Port-au-Prince, Haïti, du 15/11/2026 au 29/11/2026.",
                             "Motif : " + motivo + ".", "Téléphone : +51 939 402 617", "",
                             "Lima, le 10 novembre 2026"]), "WILNER AUGUSTIN")
    m = MIMEMultipart("mixed")
    m.attach(T(body, cs="iso-8859-1", cte="qp"))
    m.attach(att(pdf, "application/pdf", "Autorisation voyage signée.pdf", style="ew"))
    rec = L(2026, 11, 10, 14, 20, 8)
    finish(m, mailbox=R, received=rec, frm=addr("Wilner Augustin", "wilner.augustin@hotmail.fr"), to=R,
           subject=subj("TR: Autorización de Viaje", cs="iso-8859-1", mode="q"), date=rec.astimezone(UTC) - dt.timedelta(seconds=7),
           msgid=mid(fn, "outlook"), hop_from="mail-am6eur05olkn2011.outbound.protection.outlook.com [40.92.91.11]",
           extra=[("Content-Language", "fr-FR")])
    return fn, m, dict(mailbox=R, received=rec, procedure="autorizacion_viaje", fields=dict(
        nombres="Wilner Augustin", nacionalidad="HT", carne_extranjeria="002118734", motivo=motivo,
        destino="Port-au-Prince, Haïti", fecha_salida="2026-11-15", fecha_retorno="2026-11-29",
        telefono="+51939402617", correo="wilner.augustin@hotmail.fr"), sig="valid", expect="acuse")


# 030  prorroga, Outlook table, missing sexo and birth date; after close
@msg
def m030():
    fn = "030-prorroga-outlook-tabla-incompleta.eml"
    rows = [("Nombres y Apellidos", "Josué Ernesto Hernández Portillo"), ("Nacionalidad", "Salvadoreña"),
            ("Pasaporte", "B04567123"), ("Carné de Extranjería", "002553901"), ("Teléfono", "981 230 664")]
    plain = ("Buenas tardes,\n\nSolicito la prórroga de residencia. Adjunto mis datos:\n\n" +
             "\n".join(f"{a}: {b}" for a, b in rows) + "\n\nSin otro particular, quedo a la espera.\n\nJosué Hernández\n")
    inner = (mso_p("Buenas tardes,") + mso_p("") + mso_p("Solicito la pr&oacute;rroga de residencia. Adjunto mis datos:") +
             mso_p("") + mso_table([(esc(a), esc(b)) for a, b in rows]) + mso_p("") +
             mso_p("Sin otro particular, quedo a la espera.") + mso_p("") + mso_p("Josu&eacute; Hern&aacute;ndez"))
    m = alt(plain, outlook_html(inner), cte="b64")
    rec = L(2026, 11, 11, 16, 45, 10)
    finish(m, mailbox=R, received=rec, frm=addr("Josué Hernández", "josue.hernandez.sv@outlook.com"), to=R,
           subject="PRORROGA DE RESIDENCIA 2027", date=rec - dt.timedelta(seconds=6), msgid=mid(fn, "outlook"),
           hop_from="mail-dm6nam12olkn2020.outbound.protection.outlook.com [40.92.22.20]")
    return fn, m, dict(mailbox=R, received=rec, procedure="prorroga_residencia", fields=dict(
        nombres="Josué Ernesto Hernández Portillo", nacionalidad="SV", documento_identidad="B04567123",
        carne_extranjeria="002553901", telefono="+51981230664", correo="josue.hernandez.sv@outlook.com"),
        expect="subsanar")


# 031  no-reply notification
@msg
def m031():
    fn = "031-no-reply-notificacion.eml"
    html = ("<html><body><table width='600'><tr><td><h2>Tiene una nueva notificación</h2>"
            "<p>Se ha depositado un documento en su casilla electrónica. Ingrese a la plataforma para revisarlo.</p>"
            "<p style='font-size:10px'>Este correo se generó automáticamente, por favor no responda.</p></td></tr></table>"
            "</body></html>\n")
    m = T(html, "html", cte="b64")
    rec = L(2026, 11, 12, 6, 0, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Casilla Electrónica", "no-reply@casilla-notificaciones.pe"), to=P,
           subject=subj("Tiene una nueva notificación"), date=rec - dt.timedelta(seconds=1),
           msgid=mid(fn, "casilla-notificaciones.pe"), hop_from="smtp.casilla-notificaciones.pe [200.48.12.7]")
    return fn, m, dict(mailbox=P, received=rec, procedure=None, fields={}, machine=True, expect="ignorado")


# 032  apelacion, late, scanned letter as TIFF
@msg
def m032():
    fn = "032-apelacion-extemporanea-tiff.eml"
    motivo = ("se denegó mi solicitud sin valorar el informe psicológico que acredita las torturas que sufrí "
              "durante mi detención en 2019")
    body = ("Señores Mesa de Partes\n\nPresento recurso de apelación. Sé que la resolución me fue notificada el 15 "
            "de octubre de 2026 y que ya pasó el plazo, pero les pido que lo reciban.\n\n"
            "Nombre: Alexis Daniel Montilla Peña\nPasaporte N° 144903218\nTeléfono: 950 773 129\n"
            "Correo: alexis.montilla@gmail.com\nMotivo de la apelación: " + motivo + ".\n\n"
            "Adjunto escrito escaneado con mi firma.\n")
    tif = K.letter_image(["RECURSO DE APELACIÓN", "Alexis Daniel Montilla Peña - Pasaporte 144903218",
                          "Motivo: " + motivo + ".", "Lima, 12 de noviembre de 2026"], "Alexis Montilla", fmt="TIFF")
    m = MIMEMultipart("mixed")
    m.attach(T(body))
    m.attach(att(tif, "image/tiff", "SCAN_20261113_114502.tif"))
    rec = L(2026, 11, 13, 12, 0, 45)
    finish(m, mailbox=P, received=rec, frm=addr("Alexis Montilla", "alexis.montilla@gmail.com"), to=P,
           subject="recurso de apelacion (fuera de plazo)", date=rec - dt.timedelta(seconds=8), msgid=mid(fn))
    return fn, m, dict(mailbox=P, received=rec, procedure="apelacion", fields=dict(
        nombres="Alexis Daniel Montilla Peña", documento_identidad="144903218", telefono="+51950773129",
        correo="alexis.montilla@gmail.com", motivo=motivo), sig="manuscrita", notif=dt.date(2026, 10, 15),
        expect="cargo")


# 033  renuncia sent to solicitantesrefugio (derivado); data in a signed PDF
@msg
def m033():
    fn = "033-renuncia-buzon-equivocado-pdf-firmado.eml"
    motivo = "he obtenido una visa de trabajo en otro país y me trasladaré allí en diciembre"
    pdf = K.sign(K.text_pdf(["RENUNCIA", "",
                             "Yo, Dmitri Alexandrovich Volkov, de nacionalidad rusa, con pasaporte N° 751234567, "
                             "solicitante de refugio, por medio del presente renuncio a mi solicitud en trámite.", "",
                             "Motivo: " + motivo + ".", "", "Teléfono de contacto: +51 947 581 203", "",
                             "Lima, 15 de noviembre de 2026"]), "DMITRI VOLKOV")
    m = MIMEMultipart("mixed")
    m.attach(T("Buenos días.\nAdjunto documento firmado con mi renuncia.\nGracias.\nDmitri Volkov\n"))
    m.attach(att(pdf, "application/pdf", "renuncia_volkov_signed.pdf"))
    rec = L(2026, 11, 16, 10, 30, 30)
    finish(m, mailbox=S, received=rec, frm=addr("Dmitri Volkov", "d.volkov.lima@gmail.com"), to=S,
           subject="Renuncia", date=rec - dt.timedelta(seconds=4), msgid=mid(fn))
    return fn, m, dict(mailbox=S, received=rec, procedure="renuncia", fields=dict(
        nombres="Dmitri Alexandrovich Volkov", nacionalidad="RU", documento_identidad="751234567",
        telefono="+51947581203", correo="d.volkov.lima@gmail.com", motivo=motivo), sig="valid", expect="acuse")


# 034  Re: actualizacion from iPhone: corrected phone above, own earlier message (old phone) quoted below
@msg
def m034():
    fn = "034-actualizacion-re-corrige-telefono.eml"
    body = ("Corrijo el número de celular que les envié: el correcto es 977 214 560. Los demás datos están bien.\n\n"
            "Marisol\n\nEnviado desde mi iPhone\n\n"
            "> El 16 nov 2026, a las 21:03, Marisol Peñaloza <marisolpenaloza@gmail.com> escribió:\n>\n"
            "> Buenas noches, solicito actualizar mis datos de contacto.\n> Nombres: Marisol Andreína Peñaloza Zambrano\n"
            "> Nacionalidad: venezolana\n> Cédula: V-20.112.847\n> Celular: 977 241 560\n"
            "> Nueva dirección: Av. Los Próceres 1120, San Juan de Lurigancho\n>\n> Gracias\n")
    m = T(body, cte="qp")
    rec = L(2026, 11, 17, 9, 40, 12)
    finish(m, mailbox=S, received=rec, frm=addr("Marisol Peñaloza", "marisolpenaloza@gmail.com"), to=S,
           subject=subj("Re: Actualización de datos"), date=rec - dt.timedelta(seconds=6), msgid=mid(fn, "icloud"),
           extra=[("X-Mailer", "iPhone Mail (22B83)"), ("In-Reply-To", mid("034-first", "icloud"))])
    return fn, m, dict(mailbox=S, received=rec, procedure="actualizacion_datos", fields=dict(
        nombres="Marisol Andreína Peñaloza Zambrano", nacionalidad="VE", documento_identidad="V20112847",
        telefono="+51977214560", correo="marisolpenaloza@gmail.com"), expect="acuse")


# 035  autorizacion_viaje, Gmail HTML-only, no attachment (firma absent), two-digit years, evening
@msg
def m035():
    fn = "035-viaje-html-sin-firma.eml"
    motivo = "operación de mi hijo en el Hospital Infantil de San José, Bogotá"
    html = gmail_html(["Buenas noches,", "", "Solicito autorización de viaje con los siguientes datos:", "",
                       "<table border=\"0\" cellpadding=\"2\"><tbody>"
                       "<tr><td>Nombres y apellidos</td><td>Yenifer Carolina Salcedo Ramírez</td></tr>"
                       "<tr><td>Carné de extranjería N°</td><td>003045617</td></tr>"
                       f"<tr><td>Motivo del viaje</td><td>{motivo}</td></tr>"
                       "<tr><td>Lugar de destino</td><td>Bogotá, Colombia</td></tr>"
                       "<tr><td>Fecha de salida</td><td>28/11/26</td></tr>"
                       "<tr><td>Fecha de retorno</td><td>12/12/26</td></tr>"
                       "<tr><td>Teléfono</td><td>962 418 005</td></tr></tbody></table>", "",
                       "Muchas gracias."], sig="<div>Yenifer Salcedo R.</div>")
    m = T(html, "html", cte="qp")
    rec = L(2026, 11, 18, 20, 30, 0)
    finish(m, mailbox=R, received=rec, frm=addr("Yenifer Salcedo", "yenifer.salcedo@gmail.com"), to=R,
           subject=subj("Autorización de viaje - Yenifer Salcedo", mode="b"), date=rec - dt.timedelta(seconds=3),
           msgid=mid(fn))
    return fn, m, dict(mailbox=R, received=rec, procedure="autorizacion_viaje", fields=dict(
        nombres="Yenifer Carolina Salcedo Ramírez", carne_extranjeria="003045617", motivo=motivo,
        destino="Bogotá, Colombia", fecha_salida="2026-11-28", fecha_retorno="2026-12-12", telefono="+51962418005",
        correo="yenifer.salcedo@gmail.com"), sig="absent", expect="subsanar")


# 036  French, subject "Demande d'asile", body names the Solicitud de Refugio -> portal
@msg
def m036():
    fn = "036-solicitud-refugio-frances.eml"
    body = ("Bonjour,\n\nJe m'appelle Patrick Ilunga Mukendi, de nationalité congolaise (RDC), passeport OP0123456. "
            "Je suis arrivé au Pérou le mois dernier et je voudrais présenter une demande de refuge "
            "(« Solicitud de Refugio »). Comment dois-je faire ?\n\nMon numéro : +51 958 002 736\n\nMerci beaucoup.\n"
            "Patrick\n")
    m = T(body, cte="qp")
    rec = L(2026, 11, 19, 10, 0, 0)
    finish(m, mailbox=R, received=rec, frm=addr("Patrick Mukendi", "patrick.mukendi@gmail.com"), to=R,
           subject="Demande d'asile", date=rec - dt.timedelta(seconds=2), msgid=mid(fn))
    return fn, m, dict(mailbox=R, received=rec, procedure="solicitud_refugio", fields=dict(
        nombres="Patrick Ilunga Mukendi", nacionalidad="CD", documento_identidad="OP0123456",
        telefono="+51958002736", correo="patrick.mukendi@gmail.com"), expect="portal")


# 037  cambio_clave, base64 body, no document; one minute after close on a Friday
@msg
def m037():
    fn = "037-cambio-clave-base64-sin-documento.eml"
    body = ("Buenas tardes necesito cambiar la contraseña del sistema de refugiados\n"
            "soy Hilda Margarita Barrios de León\ntelf 955 140 283\ncorreo hildabarrios_62@yahoo.com\ngracias\n")
    m = T(body, cte="b64")
    rec = L(2026, 11, 20, 16, 31, 5)
    finish(m, mailbox=S, received=rec, frm=addr("Hilda Barrios", "hildabarrios_62@yahoo.com"), to=S,
           subject=subj("cambio de contraseña"), date=rec - dt.timedelta(seconds=14), msgid=mid(fn, "mail.yahoo.com"),
           hop_from="sonic317-28.consmr.mail.bf2.yahoo.com [74.6.129.83]")
    return fn, m, dict(mailbox=S, received=rec, procedure="cambio_clave", fields=dict(
        nombres="Hilda Margarita Barrios de León", telefono="+51955140283", correo="hildabarrios_62@yahoo.com"),
        expect="subsanar")


# 038  apelacion: data only in the PDF text layer; PDF unsigned but with an embedded handwritten signature image
@msg
def m038():
    fn = "038-apelacion-pdf-texto-con-firma-imagen.eml"
    motivo = ("la resolución apelada no tomó en cuenta que soy miembro activo de un partido político de oposición "
              "y que fui detenido arbitrariamente en 2024")
    pdf = K.text_pdf(["SUMILLA: Recurso de apelación", "",
                      "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS", "",
                      "JESÚS ALBERTO COLMENARES ARTEAGA, identificado con pasaporte N° 129004563, teléfono "
                      "949 662 310, correo electrónico jesuscolmenares77@gmail.com, ante usted respetuosamente digo:", "",
                      "Que, dentro del plazo de ley, interpongo recurso de apelación contra la Resolución "
                      "N° 0799-2026-CEPR, que me fue notificada el 9 de noviembre de 2026, por los siguientes "
                      "fundamentos:", "", "1. " + motivo.capitalize() + ".",
                      "2. Los informes de país citados en la resolución están desactualizados.", "",
                      "POR TANTO: pido se conceda el recurso.", "", "Lima, 21 de noviembre de 2026"],
                     signature_png=K.handwriting_png("Jesus Colmenares"))
    m = MIMEMultipart("mixed")
    m.attach(T("Buen día.\nEnvío adjunto mi recurso de apelación.\nAtte.\n"))
    m.attach(att(pdf, "application/pdf", "Recurso apelación - Jesús Colmenares (1).pdf", style="ew"))
    rec = L(2026, 11, 23, 11, 11, 11)
    finish(m, mailbox=P, received=rec, frm=addr("Jesús Colmenares", "jesuscolmenares77@gmail.com"), to=P,
           subject=subj("APELACIÓN", mode="b"), date=rec - dt.timedelta(seconds=5), msgid=mid(fn))
    return fn, m, dict(mailbox=P, received=rec, procedure="apelacion", fields=dict(
        nombres="JESÚS ALBERTO COLMENARES ARTEAGA", documento_identidad="129004563", telefono="+51949662310",
        correo="jesuscolmenares77@gmail.com", motivo=motivo), sig="manuscrita", notif=dt.date(2026, 11, 9),
        expect="cargo")


# 039  carne_solicitante duplicate sent to refugiados: suspended + derivado
@msg
def m039():
    fn = "039-duplicado-carne-solicitante-derivado.eml"
    body = ("Buenas tardes, solicito el duplicado de mi carné de solicitante de refugio. Adjunto la denuncia "
            "policial correspondiente.\n\nLuisa Fernanda Arias Quintero\npasaporte AS771204\ncelular 913 004 862\n")
    den = K.text_pdf(["DENUNCIA POLICIAL", "Comisaría PNP Breña", "Denunciante: Luisa Fernanda Arias Quintero",
                      "Hecho: pérdida de carné de solicitante de refugio"])
    m = MIMEMultipart("mixed")
    m.attach(T(body))
    m.attach(att(den, "application/pdf", "denuncia.pdf"))
    rec = L(2026, 11, 24, 15, 0, 0)
    finish(m, mailbox=R, received=rec, frm=addr("Luisa Fernanda Arias", "luisaf.arias@gmail.com"), to=R,
           subject=subj("Duplicado de carné de solicitante"), date=rec - dt.timedelta(seconds=2), msgid=mid(fn))
    return fn, m, dict(mailbox=R, received=rec, procedure="carne_solicitante", fields=dict(
        nombres="Luisa Fernanda Arias Quintero", documento_identidad="AS771204", telefono="+51913004862",
        correo="luisaf.arias@gmail.com"), denuncia=True, expect="suspendido")


# 040  newsletter (List-Id, Precedence: bulk)
@msg
def m040():
    fn = "040-boletin-lista.eml"
    plain = ("Boletín N° 47 – Noticias sobre movilidad humana\n\n1. Nuevas rutas de atención en Tumbes.\n"
             "2. Taller gratuito de emprendimiento para personas migrantes.\n\nPara darse de baja: "
             "https://movilidadhumana-noticias.org/baja\n")
    html = ("<html><body><h1>Boletín N° 47</h1><p>Noticias sobre movilidad humana</p><ol><li>Nuevas rutas de "
            "atención en Tumbes.</li><li>Taller gratuito de emprendimiento.</li></ol>"
            "<img src='https://movilidadhumana-noticias.org/pixel.gif' width='1' height='1'></body></html>\n")
    m = alt(plain, html)
    rec = L(2026, 11, 25, 7, 30, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Boletín Movilidad Humana", "boletin@movilidadhumana-noticias.org"),
           to=P, subject=subj("Boletín N° 47 – Noticias sobre movilidad humana"), date=rec - dt.timedelta(seconds=30),
           msgid=mid(fn, "movilidadhumana-noticias.org"), hop_from="mta7.movilidadhumana-noticias.org [198.51.100.27]",
           extra=[("List-Id", "Boletin Movilidad Humana <boletin.movilidadhumana-noticias.org>"),
                  ("List-Unsubscribe", "<https://movilidadhumana-noticias.org/baja>"), ("Precedence", "bulk")])
    return fn, m, dict(mailbox=P, received=rec, procedure=None, fields={}, machine=True, expect="ignorado")


# 041  prorroga in English sent to mesadepartes (derivado)
@msg
def m041():
    fn = "041-prorroga-ingles-mesa-de-partes.eml"
    body = ("Dear Sirs,\n\nI kindly request the annual extension of my residence (prórroga de residencia) as a "
            "recognised refugee.\n\nFull name: Oksana Petrivna Kovalenko\nSex: female\nNationality: Ukrainian\n"
            "Passport: FT123456\nForeigner's card (carné de extranjería): 002987345\nDate of birth: 1994-06-30\n"
            "Phone: +51 944 207 815\n\nKind regards,\nOksana\n")
    m = T(body, cte="qp")
    rec = L(2026, 11, 26, 10, 20, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Oksana Kovalenko", "oksana.kovalenko.ua@gmail.com"), to=P,
           subject=subj("Residence extension - Prórroga de residencia"), date=rec - dt.timedelta(seconds=3),
           msgid=mid(fn))
    return fn, m, dict(mailbox=P, received=rec, procedure="prorroga_residencia", fields=dict(
        nombres="Oksana Petrivna Kovalenko", sexo="F", nacionalidad="UA", documento_identidad="FT123456",
        carne_extranjeria="002987345", fecha_nacimiento="1994-06-30", telefono="+51944207815",
        correo="oksana.kovalenko.ua@gmail.com"), refugee=True, expect="acuse")


# 042  reconsideracion filed by the mother for her son; her own cedula comes first; JPG scan
@msg
def m042():
    fn = "042-reconsideracion-madre-por-hijo-jpg.eml"
    motivo = ("en la entrevista no le preguntaron por las amenazas que recibió de la banda que extorsiona a los "
              "comerciantes en su barrio de Valencia; presenta como nueva prueba la denuncia que hizo en la fiscalía")
    body = ("Buenas tardes.\n\nYo, Carmen Elena Sosa de Tovar, titular de la cédula V-5.678.901, madre de Kevin "
            "Andrés Tovar Sosa, envío el recurso de reconsideración de mi hijo, quien está trabajando en provincia y "
            "no tiene acceso a computadora. El escrito lleva su firma, lo escaneé con el celular.\n\n"
            "Datos de mi hijo: pasaporte 118273645.\n\nMotivo: " + motivo + ".\n\n"
            "Pueden comunicarse conmigo al 964 551 230 para cualquier coordinación.\n\nAtentamente,\nCarmen Sosa\n")
    jpg = K.letter_image(["RECURSO DE RECONSIDERACIÓN", "Kevin Andrés Tovar Sosa - pasaporte 118273645",
                          "Motivo: " + motivo + "."], "Kevin Tovar")
    m = MIMEMultipart("mixed")
    m.attach(T(body, cs="iso-8859-1", cte="qp"))
    m.attach(att(jpg, "image/jpeg", "IMG_20261127_131502.jpg"))
    rec = L(2026, 11, 27, 13, 45, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Carmen Sosa", "carmenelenasosa@hotmail.com"), to=P,
           subject=subj("Reconsideración de mi hijo", cs="iso-8859-1", mode="q"), date=rec - dt.timedelta(seconds=9),
           msgid=mid(fn, "outlook"), hop_from="mail-ch2nam10olkn2045.outbound.protection.outlook.com [40.92.19.45]")
    return fn, m, dict(mailbox=P, received=rec, procedure="reconsideracion", fields=dict(
        nombres="Kevin Andrés Tovar Sosa", documento_identidad="118273645", telefono="+51964551230",
        correo="carmenelenasosa@hotmail.com", motivo=motivo), sig="manuscrita", expect="cargo")


# 043  triage: "Urgente!!" asking about two procedures at once; Saturday
@msg
def m043():
    fn = "043-triage-urgente-dos-tramites.eml"
    body = ("Buenos días, necesito hacer dos cosas: la prórroga de residencia y también "
            "pedir permiso de viaje para ir a Colombia en enero. ¿Puedo hacer las dos en el mismo correo o cómo es?\n\n"
            "Eduardo José Parra Medina, carné de extranjería 002678123, teléfono 970 335 418.\n")
    m = T(body, cte="qp")
    rec = L(2026, 11, 28, 12, 14, 0)
    finish(m, mailbox=R, received=rec, frm=addr("Eduardo Parra", "eduardoparra.m@gmail.com"), to=R,
           subject="Urgente!!", date=rec - dt.timedelta(seconds=4), msgid=mid(fn))
    return fn, m, dict(mailbox=R, received=rec, procedure=None, fields=dict(
        nombres="Eduardo José Parra Medina", carne_extranjeria="002678123", telefono="+51970335418",
        correo="eduardoparra.m@gmail.com"), expect="triage")


# 044  actualizacion from iPhone: Cuban carnet de identidad first, then passport; new e-mail address given
@msg
def m044():
    fn = "044-actualizacion-cubana-dos-documentos-iphone.eml"
    body = ("Buenos días\n\nSolicito la actualización de mis datos de contacto en el sistema:\n\n"
            "Yadira Fonseca Labrada\nCubana\nCarnet de identidad: 85042312345\nPasaporte: L902345\n"
            "Nuevo teléfono: 916 552 084\nNuevo correo: yadira.fonseca.l@gmail.com\n\nGracias\n\n"
            "Enviado desde mi iPhone\n")
    m = T(body, cte="qp")
    rec = L(2026, 11, 30, 8, 5, 0)
    finish(m, mailbox=S, received=rec, frm=addr("Yadira Fonseca", "yadira.fonseca@icloud.com"), to=S,
           subject="Actualizacion de datos personales", date=rec - dt.timedelta(seconds=7), msgid=mid(fn, "icloud"),
           hop_from="qs51p00im-qukt01072101.me.com [17.57.155.11]", extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return fn, m, dict(mailbox=S, received=rec, procedure="actualizacion_datos", fields=dict(
        nombres="Yadira Fonseca Labrada", nacionalidad="CU", documento_identidad="85042312345",
        telefono="+51916552084", correo="yadira.fonseca.l@gmail.com"), expect="acuse")


# 045  autorizacion_viaje: Outlook HTML with an image signature + signed PDF holding all the data
@msg
def m045():
    fn = "045-viaje-outlook-firma-imagen-pdf-firmado.eml"
    motivo = ("audiencia de custodia de mi hija ante el tribunal de familia de Buenos Aires, a la que debo asistir "
              "personalmente")
    pdf = K.sign(K.text_pdf(["SOLICITUD DE AUTORIZACIÓN DE VIAJE", "",
                             "Nombres y apellidos: Gustavo Enrique Lugo Bermúdez",
                             "Carné de extranjería N°: 002456701", "Motivo del viaje: " + motivo + ".",
                             "Lugar de destino: Buenos Aires, Argentina", "Fecha de salida: 10 de diciembre de 2026",
                             "Fecha de retorno: 04/01/2027", "Teléfono: 991 603 257", "",
                             "Lima, 30 de noviembre de 2026"]), "GUSTAVO ENRIQUE LUGO BERMUDEZ")
    inner = (mso_p("Buenos d&iacute;as,") + mso_p("") +
             mso_p("Adjunto mi solicitud de autorizaci&oacute;n de viaje debidamente firmada.") + mso_p("") +
             mso_p("Quedo atento.") + mso_p("") +
             mso_p('<img width="240" height="80" id="Imagen_x0020_2" src="cid:image001.jpg@01DD4A10.22F6E3B0" '
                   'alt="Gustavo Lugo">'))
    plain = ("Buenos días,\n\nAdjunto mi solicitud de autorización de viaje debidamente firmada.\n\nQuedo atento.\n\n"
             "[Gustavo Lugo]\n")
    import io
    from PIL import Image
    card = Image.open(io.BytesIO(logo_png("Gustavo Lugo", 240, 80, (90, 90, 90)))).convert("RGB")
    b = io.BytesIO()
    card.save(b, "JPEG")
    rel = MIMEMultipart("related", type="multipart/alternative")
    rel.attach(alt(plain, outlook_html(inner), cte="b64"))
    rel.attach(att(b.getvalue(), "image/jpeg", "image001.jpg", inline=True, cid="image001.jpg@01DD4A10.22F6E3B0"))
    m = MIMEMultipart("mixed")
    m.attach(rel)
    m.attach(att(pdf, "application/pdf", "Solicitud_Viaje_GLugo.pdf"))
    rec = L(2026, 12, 1, 9, 30, 0)
    finish(m, mailbox=R, received=rec, frm=addr("Gustavo Lugo", "gustavo.lugo@outlook.com"), to=R,
           subject=subj("Solicitud de Autorización de Viaje - URGENTE"), date=rec - dt.timedelta(seconds=12),
           msgid=mid(fn, "outlook"), hop_from="mail-dm3nam11olkn2077.outbound.protection.outlook.com [40.92.20.77]",
           extra=[("X-MS-Has-Attach", "yes")])
    return fn, m, dict(mailbox=R, received=rec, procedure="autorizacion_viaje", fields=dict(
        nombres="Gustavo Enrique Lugo Bermúdez", carne_extranjeria="002456701", motivo=motivo,
        destino="Buenos Aires, Argentina", fecha_salida="2026-12-10", fecha_retorno="2027-01-04",
        telefono="+51991603257", correo="gustavo.lugo@outlook.com"), sig="valid", expect="acuse")


# 046  internal forward from another institutional mailbox
@msg
def m046():
    fn = "046-interno-desde-refugiados.eml"
    body = ("Se deriva para registro en Mesa de Partes el documento recibido en esta casilla.\n\n"
            "Atte.,\nSecretaría Ejecutiva - CEPR\n")
    m = T(body)
    rec = L(2026, 12, 2, 11, 0, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Refugiados - CEPR", R), to=P,
           subject=subj("RV: Prórroga de residencia - derivación"), date=rec - dt.timedelta(seconds=1),
           msgid=mid(fn, "rree.gob.pe"), hop_from="exch01.rree.gob.pe [10.10.4.21]")
    return fn, m, dict(mailbox=P, received=rec, procedure="prorroga_residencia", fields={}, machine=True,
                       expect="ignorado")


# 047  apelacion on a national holiday, Gmail HTML with a table + signed PDF
@msg
def m047():
    fn = "047-apelacion-feriado-gmail-tabla.eml"
    motivo = ("la resolución confirmatoria repite los argumentos de la primera y no responde a mis alegatos sobre "
              "el reclutamiento forzado de menores en mi región")
    rows = [("Nombre", "Paola Andrea Moreno Cárdenas"), ("Documento", "C.C. 52.876.431"),
            ("Nacionalidad", "colombiana"), ("Teléfono", "+51 923 447 190"), ("Correo", "paolamoreno.c@gmail.com")]
    table = ('<table style="border-collapse:collapse" border="1" cellpadding="4"><tbody>' +
             "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows) + "</tbody></table>")
    html = gmail_html(["Buenos días,", "", "Adjunto recurso de apelación firmado con certificado digital.", "",
                       table, "", "<b>Motivo:</b> " + esc(motivo) + ".", "",
                       "La resolución me fue notificada el 20/11/2026.", "", "Cordialmente,"],
                      sig="<div>Paola A. Moreno C.</div>")
    plain = ("Buenos días,\n\nAdjunto recurso de apelación firmado con certificado digital.\n\n" +
             "\n".join(f"{a}\t{b}" for a, b in rows) + "\n\nMotivo: " + motivo +
             ".\n\nLa resolución me fue notificada el 20/11/2026.\n\nCordialmente,\n-- \nPaola A. Moreno C.\n")
    pdf = K.sign(K.text_pdf(["RECURSO DE APELACIÓN", "",
                             "Paola Andrea Moreno Cárdenas, C.C. 52.876.431, interpongo recurso de apelación contra "
                             "la resolución notificada el 20/11/2026.", "", "Fundamento: " + motivo + ".", "",
                             "Lima, 7 de diciembre de 2026"]), "PAOLA ANDREA MORENO CARDENAS")
    m = MIMEMultipart("mixed")
    m.attach(alt(plain, html))
    m.attach(att(pdf, "application/pdf", "apelacion pmoreno.pdf"))
    rec = L(2026, 12, 8, 10, 0, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Paola Andrea Moreno", "paolamoreno.c@gmail.com"), to=P,
           subject=subj("Recurso de Apelación"), date=rec - dt.timedelta(seconds=5), msgid=mid(fn), hops=2)
    return fn, m, dict(mailbox=P, received=rec, procedure="apelacion", fields=dict(
        nombres="Paola Andrea Moreno Cárdenas", nacionalidad="CO", documento_identidad="52876431",
        telefono="+51923447190", correo="paolamoreno.c@gmail.com", motivo=motivo), sig="valid",
        notif=dt.date(2026, 11, 20), expect="cargo")


# 048  renuncia of a recognised refugee, signed, but no carné de extranjería number; after close
@msg
def m048():
    fn = "048-renuncia-refugiado-sin-carne.eml"
    motivo = "me reasentaré en Canadá con mi familia bajo un programa de patrocinio privado"
    pdf = K.sign(K.text_pdf(["RENUNCIA A LA CONDICIÓN DE REFUGIADO", "",
                             "Yo, Mohammed Hassan Al-Rashid, de nacionalidad iraquí, pasaporte N° A14567892, "
                             "refugiado reconocido por la CEPR, renuncio a la condición de refugiado.", "",
                             "Motivo: " + motivo + ".", "", "Teléfono: 958 223 441", "",
                             "Lima, 10 de diciembre de 2026"]), "MOHAMMED HASSAN AL-RASHID")
    m = MIMEMultipart("mixed")
    m.attach(T("Buenas tardes.\n\nSoy refugiado reconocido en el Perú y envío mi renuncia firmada digitalmente.\n\n"
               "Gracias.\nMohammed Al-Rashid\n"))
    m.attach(att(pdf, "application/pdf", "Renuncia.pdf"))
    rec = L(2026, 12, 10, 17, 20, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Mohammed Al-Rashid", "m.alrashid.lima@gmail.com"), to=P,
           subject=subj("Renuncia - condición de refugiado"), date=rec - dt.timedelta(seconds=4), msgid=mid(fn))
    return fn, m, dict(mailbox=P, received=rec, procedure="renuncia", fields=dict(
        nombres="Mohammed Hassan Al-Rashid", nacionalidad="IQ", documento_identidad="A14567892",
        telefono="+51958223441", correo="m.alrashid.lima@gmail.com", motivo=motivo), sig="valid", refugee=True,
        expect="subsanar")


# 049  RE: autorizacion_trabajo (portal) with a quoted office reply mentioning another procedure
@msg
def m049():
    fn = "049-autorizacion-trabajo-re-respuesta-oficina.eml"
    body = ("Buenas tardes, ya intenté lo que me indicaron pero el sistema me dice que mi usuario no existe. ¿Qué hago?\n\n"
            "Nelson Aponte, pasaporte 126554390\n\n"
            "El jue, 10 dic 2026 a las 09:15, Refugiados CEPR (<refugiados@rree.gob.pe>) escribió:\n"
            "> Estimado usuario:\n> La Autorización de Trabajo Virtual se genera en el Sistema de Refugiados, en\n"
            "> http://portal.rree.gob.pe/refugiados/ con el usuario y contraseña que recibió.\n"
            "> Si no recuerda su clave, solicite el cambio de clave y contraseña a\n> solicitantesrefugio@rree.gob.pe.\n"
            "> Atentamente,\n> Secretaría Ejecutiva CEPR\n")
    m = T(body, cte="qp")
    rec = L(2026, 12, 11, 12, 0, 0)
    finish(m, mailbox=R, received=rec, frm=addr("Nelson Aponte", "nelsonaponte.v@gmail.com"), to=R,
           subject=subj("RE: Autorización de trabajo"), date=rec - dt.timedelta(seconds=3), msgid=mid(fn),
           extra=[("In-Reply-To", "<ref-20261210091500-2230@rree.gob.pe>")])
    return fn, m, dict(mailbox=R, received=rec, procedure="autorizacion_trabajo", fields=dict(
        nombres="Nelson Aponte", documento_identidad="126554390", correo="nelsonaponte.v@gmail.com"),
        expect="portal")


# 050  duplicado: denuncia only recognisable from the PDF's text (file name says "constancia_PNP")
@msg
def m050():
    fn = "050-duplicado-constancia-pnp-texto.eml"
    body = ("Buenos días,\n\nSolicito duplicado de carné de extranjería.\n\n"
            "Nombres y apellidos: Guerline Saint-Fleur\nSexo: F\nNacionalidad: haitiana\nPasaporte: RE4471203\n"
            "CE: 003001188\nF. de nacimiento: 02/02/1992\nCel: 927 550 613\n\nAdjunto constancia de la comisaría.\n\n"
            "Guerline\n")
    den = K.text_pdf(["POLICÍA NACIONAL DEL PERÚ", "COMISARÍA PNP SAN JUAN DE MIRAFLORES", "",
                      "DENUNCIA POLICIAL POR PÉRDIDA DE DOCUMENTOS N° 8830-2026", "",
                      "Denunciante: Guerline Saint-Fleur", "Documento: Carné de Extranjería N° 003001188",
                      "Fecha: 12/12/2026"])
    m = MIMEMultipart("mixed")
    m.attach(T(body))
    m.attach(att(den, "application/pdf", "constancia_PNP_14122026.pdf"))
    rec = L(2026, 12, 14, 9, 0, 0)
    finish(m, mailbox=R, received=rec, frm=addr("Guerline Saint-Fleur", "guerline.stfleur@gmail.com"), to=R,
           subject=subj("Duplicado carné extranjería"), date=rec - dt.timedelta(seconds=6), msgid=mid(fn))
    return fn, m, dict(mailbox=R, received=rec, procedure="duplicado_carne_extranjeria", fields=dict(
        nombres="Guerline Saint-Fleur", sexo="F", nacionalidad="HT", documento_identidad="RE4471203",
        carne_extranjeria="003001188", fecha_nacimiento="1992-02-02", telefono="+51927550613",
        correo="guerline.stfleur@gmail.com"), denuncia=True, expect="acuse")


# 051  RE: cambio de contraseña sent to mesadepartes (derivado); subject fully encoded incl. the prefix
@msg
def m051():
    fn = "051-cambio-clave-re-mesa-de-partes.eml"
    new = ["Buenos días, envío los datos solicitados:", "", "Nombres completos: Alí Rafael Benítez Suárez",
           "Cédula: V-17.345.008", "Teléfono: +58 414 332 1098", "Correo: ali.benitez@gmail.com", "", "Saludos"]
    quote = ["Para el cambio de clave, envíe sus nombres completos, N° de pasaporte o cédula, teléfono y correo "
             "electrónico a solicitantesrefugio@rree.gob.pe.", "Mesa de Partes Virtual"]
    plain = ("\n".join(new) + "\n\nEl lun, 14 dic 2026 a las 16:05, <mesadepartes@rree.gob.pe> escribió:\n" +
             "\n".join("> " + x for x in quote) + "\n")
    html = gmail_html([esc(x) for x in new], quote_html=(
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">El lun, 14 dic 2026 a las 16:05, &lt;'
        '<a href="mailto:mesadepartes@rree.gob.pe">mesadepartes@rree.gob.pe</a>&gt; escribió:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex">' + "<br>".join(esc(x) for x in quote) + "</blockquote></div>\n"))
    m = alt(plain, html)
    rec = L(2026, 12, 15, 10, 10, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Alí Benítez", "ali.benitez@gmail.com"), to=P,
           subject="=?utf-8?Q?RE=3A_Cambio_de_contrase=C3=B1a?=", date=rec - dt.timedelta(seconds=2), msgid=mid(fn))
    return fn, m, dict(mailbox=P, received=rec, procedure="cambio_clave", fields=dict(
        nombres="Alí Rafael Benítez Suárez", documento_identidad="V17345008", telefono="+584143321098",
        correo="ali.benitez@gmail.com"), expect="acuse")


# 052  prorroga in running prose, received on a día no laborable (24 Dec)
@msg
def m052():
    fn = "052-prorroga-prosa-24-diciembre.eml"
    body = ("Buenos días, me dirijo a ustedes para solicitar la prórroga de mi residencia como refugiada reconocida. "
            "Mi nombre completo es Oriana Isabel Mendoza Paredes, de sexo femenino, nacionalidad venezolana, nacida "
            "el 9 de enero de 1990, pasaporte 135002718, carné de extranjería 002612390, y mi número de contacto es "
            "el +51 934 778 021.\n\nFeliz Navidad.\nOriana\n")
    m = T(body, cte="qp")
    rec = L(2026, 12, 24, 10, 0, 0)
    finish(m, mailbox=R, received=rec, frm=addr("Oriana Mendoza", "orianamendoza.p@gmail.com"), to=R,
           subject="Prorroga residencia", date=rec - dt.timedelta(seconds=3), msgid=mid(fn))
    return fn, m, dict(mailbox=R, received=rec, procedure="prorroga_residencia", fields=dict(
        nombres="Oriana Isabel Mendoza Paredes", sexo="F", nacionalidad="VE", documento_identidad="135002718",
        carne_extranjeria="002612390", fecha_nacimiento="1990-01-09", telefono="+51934778021",
        correo="orianamendoza.p@gmail.com"), refugee=True, expect="acuse")


# 053  RV: (Outlook forward of own unanswered message); signed PDF; no document number, no phone
@msg
def m053():
    fn = "053-reconsideracion-rv-outlook-incompleta.eml"
    motivo = ("no se valoró el certificado médico legal que acredita las lesiones causadas por la agresión de "
              "agentes de la policía de mi país")
    plain = ("Reenvío, no sé si llegó.\n\nFreddy\n\n________________________________\n"
             "De: Freddy Ortiz <freddy.ortiz.g@hotmail.com>\nEnviado: lunes, 28 de diciembre de 2026 19:40\n"
             "Para: mesadepartes@rree.gob.pe <mesadepartes@rree.gob.pe>\nAsunto: RECURSO DE RECONSIDERACIÓN\n\n"
             "Buenas noches, adjunto mi recurso de reconsideración firmado digitalmente. Mi nombre es Freddy "
             "Alexander Ortiz Guevara.\nMotivo: " + motivo + ".\n\nAtentamente\n")
    inner = (mso_p("Reenv&iacute;o, no s&eacute; si lleg&oacute;.") + mso_p("") + mso_p("Freddy") + mso_p("") +
             '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
             '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
             '<b>De:</b> Freddy Ortiz &lt;freddy.ortiz.g@hotmail.com&gt;<br><b>Enviado:</b> lunes, 28 de diciembre de 2026 19:40<br>'
             '<b>Para:</b> mesadepartes@rree.gob.pe &lt;mesadepartes@rree.gob.pe&gt;<br>'
             '<b>Asunto:</b> RECURSO DE RECONSIDERACI&Oacute;N</font><div>&nbsp;</div></div>'
             '<div dir="ltr">Buenas noches, adjunto mi recurso de reconsideraci&oacute;n firmado digitalmente. Mi nombre es '
             'Freddy Alexander Ortiz Guevara.<br>Motivo: ' + esc(motivo) + '.<br><br>Atentamente</div>')
    pdf = K.sign(K.text_pdf(["RECURSO DE RECONSIDERACIÓN", "",
                             "Freddy Alexander Ortiz Guevara interpone recurso de reconsideración contra la "
                             "resolución denegatoria de su solicitud.", "", "Fundamento: " + motivo + ".", "",
                             "Lima, 28 de diciembre de 2026"]), "FREDDY ALEXANDER ORTIZ GUEVARA")
    m = MIMEMultipart("mixed")
    m.attach(alt(plain, outlook_html(inner), cte="b64"))
    m.attach(att(pdf, "application/pdf", "RECONSIDERACION FOG.pdf"))
    rec = L(2026, 12, 30, 16, 0, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Freddy Ortiz", "freddy.ortiz.g@hotmail.com"), to=P,
           subject=subj("RV: RECURSO DE RECONSIDERACIÓN", mode="b"), date=rec - dt.timedelta(seconds=8),
           msgid=mid(fn, "outlook"), hop_from="mail-bn1nam02olkn2090.outbound.protection.outlook.com [40.92.7.90]",
           extra=[("X-MS-Has-Attach", "yes")])
    return fn, m, dict(mailbox=P, received=rec, procedure="reconsideracion", fields=dict(
        nombres="Freddy Alexander Ortiz Guevara", correo="freddy.ortiz.g@hotmail.com", motivo=motivo),
        sig="valid", expect="subsanar")


# 054  autorizacion_viaje on a Sunday in January, image-only scanned PDF, two-digit years
@msg
def m054():
    fn = "054-viaje-domingo-pdf-escaneado.eml"
    motivo = "fallecimiento de mi abuela, el sepelio es en Caracas"
    body = ("Buenas noches, adjunto solicitud firmada (escaneada).\n\nMaryori Alejandra Castillo Pérez\n"
            "C.E. 002890456\nMotivo: " + motivo + "\nDestino: Caracas, Venezuela\nSalida: 08/01/27\n"
            "Retorno: 22/01/27\nTlf: 945 120 678\n")
    scan = K.scanned_pdf(["SOLICITUD DE AUTORIZACIÓN DE VIAJE", "Maryori Alejandra Castillo Pérez - C.E. 002890456",
                          "Motivo: " + motivo, "Destino: Caracas, Venezuela", "Salida: 08/01/27 - Retorno: 22/01/27"],
                         "Maryori Castillo")
    m = MIMEMultipart("mixed")
    m.attach(T(body))
    m.attach(att(scan, "application/pdf", "Escaneo 03-01-2027 17.52.pdf"))
    rec = L(2027, 1, 3, 18, 0, 0)
    finish(m, mailbox=R, received=rec, frm=addr("Maryori Castillo", "maryoricastillo@gmail.com"), to=R,
           subject="permiso de viaje urgente", date=rec - dt.timedelta(seconds=6), msgid=mid(fn))
    return fn, m, dict(mailbox=R, received=rec, procedure="autorizacion_viaje", fields=dict(
        nombres="Maryori Alejandra Castillo Pérez", carne_extranjeria="002890456", motivo=motivo,
        destino="Caracas, Venezuela", fecha_salida="2027-01-08", fecha_retorno="2027-01-22",
        telefono="+51945120678", correo="maryoricastillo@gmail.com"), sig="manuscrita", expect="acuse")


# 055  X-Autoreply vacation responder
@msg
def m055():
    fn = "055-x-autoreply.eml"
    body = ("Este es un mensaje automático. Estaré fuera de la ciudad hasta el 15 de enero y responderé su correo "
            "a mi regreso.\n\nHéctor Rangel\n")
    m = T(body)
    rec = L(2027, 1, 5, 11, 0, 0)
    finish(m, mailbox=R, received=rec, frm=addr("Héctor Rangel", "hrangel.contador@gmail.com"), to=R,
           subject=subj("Re: Prórroga de residencia"), date=rec - dt.timedelta(seconds=1), msgid=mid(fn),
           extra=[("X-Autoreply", "yes")])
    return fn, m, dict(mailbox=R, received=rec, procedure="prorroga_residencia", fields={}, machine=True,
                       expect="ignorado")


# 056  actualizacion written by an aid-organisation worker, Outlook with logo; applicant's own contact given
@msg
def m056():
    fn = "056-actualizacion-ong-representante-logo.eml"
    lines = ["Estimados, les saluda Sofía Landa Quispe, trabajadora social de la Red de Apoyo al Migrante.",
             "Escribo a pedido de nuestra beneficiaria, quien no cuenta con acceso a internet, para actualizar sus "
             "datos de contacto:", "", "Nombres: Noemí Josefina Aranguren Blanco", "Nacionalidad: venezolana",
             "Pasaporte: 162003457", "Teléfono nuevo: 918 336 540", "Correo: noemi.aranguren@gmail.com", "",
             "Es solicitante de refugio (aún no tiene carné de extranjería).", "", "Saludos cordiales,"]
    sig_plain = "Sofía Landa Quispe | Trabajadora Social | Red de Apoyo al Migrante | Tel. (01) 265-4410\n[Red de Apoyo al Migrante]\n"
    plain = "\n".join(lines) + "\n\n" + sig_plain
    inner = ("".join(mso_p(esc(x)) for x in lines) + mso_p("") +
             mso_p('<b>Sof&iacute;a Landa Quispe</b> | Trabajadora Social | Red de Apoyo al Migrante | Tel. (01) 265-4410') +
             mso_p('<img width="180" height="60" src="cid:image001.png@01DD5F0B.9AE1C7D0" alt="Red de Apoyo al Migrante">'))
    rel = MIMEMultipart("related", type="multipart/alternative")
    rel.attach(alt(plain, outlook_html(inner), cte="b64"))
    rel.attach(att(logo_png("Red de Apoyo al Migrante", color=(150, 30, 60)), "image/png", "image001.png",
                   inline=True, cid="image001.png@01DD5F0B.9AE1C7D0"))
    rec = L(2027, 1, 7, 15, 20, 0)
    finish(rel, mailbox=S, received=rec, frm=addr("Sofía Landa", "slanda@redapoyomigrante.org"), to=S,
           subject=subj("Actualización de datos - beneficiaria Noemí Aranguren"), date=rec - dt.timedelta(seconds=10),
           msgid=mid(fn, "outlook"), hop_from="mail-cy4nam02on2099.outbound.protection.outlook.com [40.107.76.99]")
    return fn, rel, dict(mailbox=S, received=rec, procedure="actualizacion_datos", fields=dict(
        nombres="Noemí Josefina Aranguren Blanco", nacionalidad="VE", documento_identidad="162003457",
        telefono="+51918336540", correo="noemi.aranguren@gmail.com"), expect="acuse")


# 057  apelacion written in Portuguese, signed PDF, in time
@msg
def m057():
    fn = "057-apelacion-portugues-firmada.eml"
    motivo = ("a decisão não considerou a perseguição que sofri em Cabinda por pertencer a uma associação de "
              "defesa dos direitos humanos")
    body = ("Exmos. Senhores,\n\nVenho apresentar recurso de apelação (Recurso de Apelación) contra a decisão que "
            "confirmou o indeferimento do meu pedido de refúgio, da qual fui notificado em 28/12/2026.\n\n"
            "Nome completo: Joaquim António Mateus\nPassaporte: N1987654\nTelefone: 907 664 213\n"
            "E-mail: joaquim.mateus.ao@gmail.com\nMotivo: " + motivo + ".\n\n"
            "Segue em anexo o recurso assinado digitalmente.\n\nAtenciosamente,\nJoaquim António Mateus\n")
    pdf = K.sign(K.text_pdf(["RECURSO DE APELACIÓN", "",
                             "Joaquim António Mateus, pasaporte N1987654, teléfono 907 664 213, correo "
                             "joaquim.mateus.ao@gmail.com, interpone recurso de apelación.", "",
                             "Motivo: " + motivo + ".", "", "Lima, 8 de enero de 2027"]), "JOAQUIM ANTONIO MATEUS")
    m = MIMEMultipart("mixed")
    m.attach(T(body, cte="qp"))
    m.attach(att(pdf, "application/pdf", "recurso_apelacao_assinado.pdf"))
    rec = L(2027, 1, 11, 10, 0, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Joaquim Mateus", "joaquim.mateus.ao@gmail.com"), to=P,
           subject=subj("Recurso de Apelación"), date=rec - dt.timedelta(seconds=4), msgid=mid(fn))
    return fn, m, dict(mailbox=P, received=rec, procedure="apelacion", fields=dict(
        nombres="Joaquim António Mateus", documento_identidad="N1987654", telefono="+51907664213",
        correo="joaquim.mateus.ao@gmail.com", motivo=motivo), sig="valid", notif=dt.date(2026, 12, 28),
        expect="cargo")


# 058  reconsideracion, late AND without phone, signed
@msg
def m058():
    fn = "058-reconsideracion-tardia-sin-telefono.eml"
    motivo = ("existen hechos nuevos: mi expareja, de quien huí, fue liberado y me ha vuelto a amenazar por redes "
              "sociales")
    lines = ["Buenas tardes,", "", "Adjunto mi recurso de reconsideración firmado digitalmente.", "",
             "Nombre: Wendy Paola Guerrero Hidalgo", "Cédula: 0915347762",
             "Fui notificada con la resolución denegatoria el 10 de diciembre de 2026.",
             "Motivo: " + motivo + ".", "", "Gracias"]
    pdf = K.sign(K.text_pdf(["RECURSO DE RECONSIDERACIÓN", "",
                             "Wendy Paola Guerrero Hidalgo, cédula 0915347762, interpongo recurso de "
                             "reconsideración.", "", "Motivo: " + motivo + ".", "", "Guayaquil / Lima, enero de 2027"]),
                 "WENDY PAOLA GUERRERO HIDALGO")
    m = MIMEMultipart("mixed")
    m.attach(alt("\n".join(lines) + "\n", gmail_html([esc(x) for x in lines])))
    m.attach(att(pdf, "application/pdf", "Reconsideración WGuerrero.pdf", style="rfc2231"))
    rec = L(2027, 1, 15, 13, 0, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Wendy Guerrero", "wendyguerrero.h@gmail.com"), to=P,
           subject="Recurso de reconsideracion - Wendy Guerrero", date=rec - dt.timedelta(seconds=5), msgid=mid(fn))
    return fn, m, dict(mailbox=P, received=rec, procedure="reconsideracion", fields=dict(
        nombres="Wendy Paola Guerrero Hidalgo", documento_identidad="0915347762", correo="wendyguerrero.h@gmail.com",
        motivo=motivo), sig="valid", notif=dt.date(2026, 12, 10), expect="subsanar")


# 059  triage: "Ayuda por favor", no procedure; Saturday
@msg
def m059():
    fn = "059-triage-ayuda-bebe.eml"
    body = ("Buenas, mi bebé nació aquí en Lima en diciembre y no sé qué tengo que hacer para que figure en mi "
            "expediente. Yo soy venezolana, me llamo Rosa Elena Quintero Díaz. Mi número 948 305 117.\n"
            "Gracias por su ayuda\n")
    m = T(body, cs="iso-8859-1", cte="qp")
    rec = L(2027, 1, 16, 9, 45, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Rosa Quintero", "rosaquintero1985@hotmail.com"), to=P,
           subject="Ayuda por favor", date=rec - dt.timedelta(seconds=5), msgid=mid(fn, "outlook"),
           hop_from="mail-mw2nam10olkn2019.outbound.protection.outlook.com [40.92.41.19]")
    return fn, m, dict(mailbox=P, received=rec, procedure=None, fields=dict(
        nombres="Rosa Elena Quintero Díaz", nacionalidad="VE", telefono="+51948305117",
        correo="rosaquintero1985@hotmail.com"), expect="triage")


# 060  cambio_clave, To lists two institutional addresses; Delivered-To decides; Galaxy footer
@msg
def m060():
    fn = "060-cambio-clave-dos-destinatarios-galaxy.eml"
    body = ("Buen dia solicito cambio de clave y contraseña\n\nNOMBRE: ELIÉCER ANTONIO MARÍN OSORIO\n"
            "PASAPORTE: AR561200\nTEL: +57 312 445 8790\n\nEnviado desde mi Galaxy\n")
    m = T(body, cte="qp")
    rec = L(2027, 1, 20, 9, 15, 0)
    finish(m, mailbox=S, received=rec, frm=addr("Eliecer Marin", "eliecer.marin.o@gmail.com"),
           to=f"{R}, {S}", subject=subj("Cambio de clave y contraseña"), date=rec - dt.timedelta(seconds=3),
           msgid=mid(fn))
    return fn, m, dict(mailbox=S, received=rec, procedure="cambio_clave", fields=dict(
        nombres="ELIÉCER ANTONIO MARÍN OSORIO", documento_identidad="AR561200", telefono="+573124458790",
        correo="eliecer.marin.o@gmail.com"), expect="acuse")


# 061  prorroga with Received headers in UTC: 00:05 UTC is 19:05 Lima the previous day (after close)
@msg
def m061():
    fn = "061-prorroga-received-utc-despues-cierre.eml"
    body = ("Señores CEPR, buenas noches.\n\nSolicito prórroga de residencia (trámite anual).\n\n"
            "Nombres y Apellidos: Hernán Darío Zapata Mejía\nSexo: M\nNacionalidad: Colombia\n"
            "Cédula de ciudadanía: 71.845.220\nCarné de Extranjería: 002734561\nFecha de nacimiento: 1976-12-03\n"
            "Teléfono: 964-118-302\n\nMil gracias.\n")
    m = T(body, cte="qp")
    rec = dt.datetime(2027, 1, 27, 0, 5, 0, tzinfo=UTC)
    finish(m, mailbox=R, received=rec, frm=addr("Hernán Zapata", "hernanzapata76@gmail.com"), to=R,
           subject=subj("Prórroga de residencia"), date=L(2027, 1, 26, 19, 4, 51), msgid=mid(fn), hops=2,
           recv_tz=UTC)
    return fn, m, dict(mailbox=R, received=rec, procedure="prorroga_residencia", fields=dict(
        nombres="Hernán Darío Zapata Mejía", sexo="M", nacionalidad="CO", documento_identidad="71845220",
        carne_extranjeria="002734561", fecha_nacimiento="1976-12-03", telefono="+51964118302",
        correo="hernanzapata76@gmail.com"), expect="acuse")


# 062  renuncia of a recognised refugee, complete, signed; Date 16:29 but reception (Received) 16:30:05
@msg
def m062():
    fn = "062-renuncia-completa-recibida-al-cierre.eml"
    motivo = "he obtenido la residencia permanente en Chile, donde vive mi esposa, y me trasladaré allí"
    plain = ("Señores de la Comisión:\n\nPresento mi renuncia a la condición de refugiado. Adjunto escrito firmado "
             "digitalmente.\n\nNombres y apellidos: Yonathan Alexis Rivas Colmenárez\nNacionalidad: venezolana\n"
             "Pasaporte: 140556782\nCarné de extranjería: 002199087\nTeléfono: 936 447 120\n"
             "Motivo: " + motivo + ".\n\nAtentamente,\nYonathan Rivas\n")
    inner = "".join(mso_p(esc(x)) for x in plain.split("\n"))
    pdf = K.sign(K.text_pdf(["RENUNCIA A LA CONDICIÓN DE REFUGIADO", "",
                             "Yonathan Alexis Rivas Colmenárez, venezolano, pasaporte 140556782, carné de extranjería "
                             "002199087, teléfono 936 447 120, renuncio a la condición de refugiado.", "",
                             "Motivo: " + motivo + ".", "", "Lima, 29 de enero de 2027"]), "YONATHAN ALEXIS RIVAS")
    m = MIMEMultipart("mixed")
    m.attach(alt(plain, outlook_html(inner), cte="b64"))
    m.attach(att(pdf, "application/pdf", "renuncia firmada.pdf"))
    rec = L(2027, 1, 29, 16, 30, 5)
    finish(m, mailbox=P, received=rec, frm=addr("Yonathan Rivas", "yonathan.rivas@outlook.com"), to=P,
           subject="Renuncia", date=L(2027, 1, 29, 16, 29, 48), msgid=mid(fn, "outlook"), hops=2,
           hop_from="mail-sj2nam12olkn2031.outbound.protection.outlook.com [40.92.30.31]")
    return fn, m, dict(mailbox=P, received=rec, procedure="renuncia", fields=dict(
        nombres="Yonathan Alexis Rivas Colmenárez", nacionalidad="VE", documento_identidad="140556782",
        carne_extranjeria="002199087", telefono="+51936447120", correo="yonathan.rivas@outlook.com", motivo=motivo),
        sig="valid", refugee=True, expect="acuse")


# 063  reconsideracion filed on the 15th business day after notification, before close (in time)
@msg
def m063():
    fn = "063-reconsideracion-ultimo-dia-antes-cierre.eml"
    motivo = ("la resolución afirma que puedo reubicarme dentro de mi país, pero el grupo que me persigue opera en "
              "todo el territorio, como consta en el informe de ACNUR que cito en el escrito")
    lines = ["Señores de Mesa de Partes:", "",
             "Adjunto mi recurso de reconsideración con firma digital, dentro del plazo, ya que la resolución me "
             "fue notificada el 30/11/2026.", "",
             "<b>Nombre completo:</b> Daniela Alejandra Uzcátegui Ferrer",
             "<b>Pasaporte:</b> 150998123", "<b>Celular / WhatsApp:</b> 940 512 377",
             "<b>Correo:</b> daniela.uzcategui.f@gmail.com", "<b>Motivo:</b> " + esc(motivo) + ".", "",
             "Muchas gracias."]
    html = gmail_html(lines, sig="<div>Daniela U.</div>")
    plain = "\n".join(l.replace("<b>", "").replace("</b>", "") for l in lines) + "\n\n-- \nDaniela U.\n"
    pdf = K.sign(K.text_pdf(["RECURSO DE RECONSIDERACIÓN", "",
                             "Daniela Alejandra Uzcátegui Ferrer, pasaporte 150998123, teléfono 940 512 377, correo "
                             "daniela.uzcategui.f@gmail.com, interpongo recurso de reconsideración contra la "
                             "resolución notificada el 30/11/2026.", "", "Motivo: " + motivo + ".", "",
                             "Lima, 23 de diciembre de 2026"]), "DANIELA ALEJANDRA UZCATEGUI FERRER")
    m = MIMEMultipart("mixed")
    m.attach(alt(plain.replace("&lt;", "<").replace("&gt;", ">"), html))
    m.attach(att(pdf, "application/pdf", "Reconsideracion DAUF firmada digitalmente.pdf"))
    rec = L(2026, 12, 23, 16, 10, 0)
    finish(m, mailbox=P, received=rec, frm=addr("Daniela Uzcátegui", "daniela.uzcategui.f@gmail.com"), to=P,
           subject=subj("Recurso de Reconsideración - plazo", mode="q"), date=rec - dt.timedelta(seconds=5),
           msgid=mid(fn), hops=2)
    return fn, m, dict(mailbox=P, received=rec, procedure="reconsideracion", fields=dict(
        nombres="Daniela Alejandra Uzcátegui Ferrer", documento_identidad="150998123", telefono="+51940512377",
        correo="daniela.uzcategui.f@gmail.com", motivo=motivo), sig="valid", notif=dt.date(2026, 11, 30),
        expect="cargo")


# 064  apelacion notified the same day as 063 but received after close on the last day -> filing day is the
#      next business day (28 Dec) -> extemporaneo; photo from an Android phone
@msg
def m064():
    fn = "064-apelacion-ultimo-dia-despues-cierre-foto.eml"
    motivo = ("no se valoraron las pruebas de que fui desplazado por la guerrilla en Arauca y de que mi hermano "
              "fue asesinado en 2025")
    body = ("Buenas tardes señores, les mando mi recurso de apelacion, la resolucion me la notificaron el "
            "30/11/2026.\n\nNombres: Brayan Stiven Ortega Rincón\nCédula de ciudadanía: 1.098.765.432\n"
            "Celular: +57 320 441 7788 (WhatsApp)\nCorreo: brayanortega.r@gmail.com\n\n"
            "Motivo: " + motivo + ".\n\nAdjunto foto del escrito firmado a mano.\n\n"
            "Obtener Outlook para Android\n")
    jpg = K.letter_image(["RECURSO DE APELACIÓN", "Brayan Stiven Ortega Rincón - C.C. 1.098.765.432",
                          "Motivo: " + motivo + "."], "Brayan Ortega")
    m = MIMEMultipart("mixed")
    m.attach(T(body, cte="b64"))
    m.attach(att(jpg, "image/jpeg", "20261223_163915.jpg"))
    rec = L(2026, 12, 23, 16, 52, 30)
    finish(m, mailbox=P, received=rec, frm=addr("Brayan Ortega", "brayanortega.r@gmail.com"), to=P,
           subject="Recurso de apelacion", date=rec - dt.timedelta(seconds=20), msgid=mid(fn, "outlook"),
           hop_from="mail-dm6nam04olkn2066.outbound.protection.outlook.com [40.92.45.66]")
    return fn, m, dict(mailbox=P, received=rec, procedure="apelacion", fields=dict(
        nombres="Brayan Stiven Ortega Rincón", documento_identidad="1098765432", telefono="+573204417788",
        correo="brayanortega.r@gmail.com", motivo=motivo), sig="manuscrita", notif=dt.date(2026, 11, 30),
        expect="cargo")


# ----------------------------------------------------------------------------------------------
def decide(spec):
    proc = spec["procedure"]
    fields = spec["fields"]
    mailbox = spec["mailbox"]
    rec = spec["received"]
    filing = cal.filing_date(rec)
    needs_firma = proc in REQ and "firma" in REQ[proc]
    signature = spec.get("sig", "absent") if needs_firma else "not_required"
    if not needs_firma:
        assert "sig" not in spec, spec
    missing, flags, due = [], [], None
    if spec.get("machine"):
        outcome = "ignorado"
        assert not fields
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
        if mailbox != HOME[proc]:
            flags.append("derivado")
    else:
        refugee = spec.get("refugee", False) or "carne_extranjeria" in fields
        for r in REQ[proc]:
            if r == "firma":
                if signature in ("absent", "invalid"):
                    missing.append("firma")
            elif r == "denuncia_policial":
                if not spec.get("denuncia"):
                    missing.append(r)
            elif r.endswith("*"):
                if refugee and r[:-1] not in fields:
                    missing.append(r[:-1])
            elif r not in fields:
                missing.append(r)
        if mailbox != HOME[proc]:
            flags.append("derivado")
        if proc in RECURSOS and spec.get("notif") and cal.extemporaneo(spec["notif"], filing):
            flags.append("extemporaneo")
        if signature == "manuscrita":
            flags.append("verificar_firma")
        if missing:
            outcome, due = "subsanar", cal.add_business(filing, 2)
        else:
            outcome = "cargo" if proc in RECURSOS else "acuse"
            due = cal.add_business(filing, PLAZO[proc])
    return dict(procedure=proc, fields=fields, missing=missing, signature=signature, outcome=outcome,
                flags=flags, filing_date=filing.isoformat(), due_date=due.isoformat() if due else None)


def main():
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = []
    seen = set()
    for fn in MESSAGES:
        name, m, spec = fn()
        assert name not in seen
        seen.add(name)
        d = decide(spec)
        assert d["outcome"] == spec["expect"], (name, d["outcome"], spec["expect"], d["missing"])
        (OUT / name).write_bytes(m.as_bytes(policy=compat32.clone(max_line_length=100)))
        labels.append(dict(file=name, mailbox=spec["mailbox"],
                           received=spec["received"].astimezone(LIMA).isoformat(), **{
                               k: d[k] for k in ("procedure", "fields", "missing", "signature", "outcome", "flags",
                                                 "filing_date", "due_date")}))
        if spec.get("notif"):
            labels[-1]["_notified"] = spec["notif"].isoformat()  # stripped below, kept for the checker
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            lab.pop("_notified", None)
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
