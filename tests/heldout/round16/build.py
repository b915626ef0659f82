#!/usr/bin/env python3
"""Writes round16: one fortnight (Mon 30 Nov - Sun 13 Dec 2026) of the CEPR's three
mailboxes, as .eml files, plus labels.jsonl.  Run with /work/rounds/.venv-r16/bin/python."""
import datetime as dt
import json
import random
from email import policy
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

import calendar_util as cal
import pdfkit as pk

HERE = Path(__file__).parent
LIMA = ZoneInfo("America/Lima")
S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
INSTITUTIONAL = {S, M, R}

HOME = {
    "solicitud_refugio": "portal", "autorizacion_trabajo": "portal", "entrevista_registro": "portal",
    "carne_solicitante": S, "actualizacion_datos": S, "cambio_clave": S,
    "reconsideracion": M, "apelacion": M, "renuncia": M,
    "prorroga_residencia": R, "duplicado_carne_extranjeria": R, "autorizacion_viaje": R,
}
REQ = {
    "carne_solicitante": [],
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
PLAZO = {"actualizacion_datos": 15, "cambio_clave": 15, "reconsideracion": 15, "apelacion": 30,
         "renuncia": 15, "prorroga_residencia": 15, "duplicado_carne_extranjeria": 15,
         "autorizacion_viaje": 5}
RECURSOS = {"reconsideracion", "apelacion"}
NEEDS_FIRMA = {p for p, r in REQ.items() if "firma" in r}

MESSAGES = []


def msg(**kw):
    MESSAGES.append(kw)


# --------------------------------------------------------------------------- attachments
def A_signed(name, title, lines, cn, seed):
    return dict(name=name, kind="signed", data=pk.signed_text_pdf(lines, title, cn, seed), text="\n".join(lines))


def A_altered(name, title, lines, cn, seed, old, new):
    return dict(name=name, kind="altered", data=pk.altered_signed_pdf(lines, title, cn, seed, old, new),
                text="\n".join(lines))


def A_text(name, title, lines):
    return dict(name=name, kind="text", data=pk.text_pdf(lines, title=title), text="\n".join(lines))


def A_textimg(name, title, lines, seed):
    return dict(name=name, kind="textimg", data=pk.text_pdf(lines, title=title, signature_png=pk.scribble_png(seed)),
                text="\n".join(lines))


def A_scan(name, lines, seed):
    return dict(name=name, kind="scan", data=pk.scanned_pdf(lines, seed), text="")


def A_jpg(name, lines, seed):
    return dict(name=name, kind="jpg", data=pk.page_image(lines, seed, "JPEG"), text="")


def A_png(name, lines, seed):
    return dict(name=name, kind="png", data=pk.page_image(lines, seed, "PNG"), text="")


# =========================================================================== the fortnight
# ---- Monday 30 November 2026 ---------------------------------------------------------
msg(n=1, slug="actualizacion-celular-minusculas", mailbox=S, recv="2026-11-30 08:12:31",
    frm=("Yorbe", "yorbelis.mendez93@gmail.com"), subject="actualizacion de datos",
    body="""buenos dias, quiero actualizar mi numero de telefono en el sistema. el nuevo es 912 345 678
soy yorbelis carolina mendez paez venezolana cedula 24.567.890
gracias

Enviado desde mi iPhone""",
    procedure="actualizacion_datos",
    fields=dict(nombres="yorbelis carolina mendez paez", nacionalidad="VE", documento_identidad="24567890",
                telefono="+51912345678", correo="yorbelis.mendez93@gmail.com"))

msg(n=2, slug="apelacion-pdf-firmado-colombiano", mailbox=M, recv="2026-11-30 09:40:12",
    frm=("Luis F. Ocampo", "luisfer.ocampo@hotmail.com"), subject="Recurso de Apelación - Exp. 2025-00873",
    body="""Señores Mesa de Partes:

Remito en archivo adjunto mi recurso de apelación, firmado digitalmente, contra la resolución que confirmó la denegatoria de mi solicitud.

Quedo atento al cargo.

Luis F. Ocampo""",
    atts=[lambda: A_signed("apelacion_ocampo_firmado.pdf", "RECURSO DE APELACIÓN", [
        "Expediente N° 2025-00873",
        "",
        "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
        "",
        "LUIS FERNANDO OCAMPO RESTREPO, de nacionalidad colombiana, identificado con Cédula de "
        "Ciudadanía N° 1.094.876.543, con teléfono celular 951 203 884 y correo electrónico para "
        "notificaciones lf.ocampo.r@gmail.com, ante usted me presento y digo:",
        "",
        "Que interpongo recurso de apelación contra la Resolución N° 0451-2026-CEPR, que declaró "
        "infundado mi recurso de reconsideración y confirmó la denegatoria de mi solicitud de refugio.",
        "",
        "La Comisión no valoró que el grupo armado que controla la zona rural de Tuluá me declaró "
        "objetivo militar por negarme a entregarles la finca de mi familia, ni la alerta temprana que "
        "la Defensoría del Pueblo de Colombia emitió para esa zona en julio de 2026. Mi temor es actual "
        "y el Estado colombiano no ha podido protegerme.",
        "",
        "Por lo expuesto, pido que se revoque la resolución y se me reconozca la condición de refugiado.",
        "",
        "Lima, 29 de noviembre de 2026",
        "",
        "Luis Fernando Ocampo Restrepo",
        "(firmado digitalmente)",
    ], "Luis Fernando Ocampo Restrepo", 2)],
    procedure="apelacion",
    fields=dict(nombres="Luis Fernando Ocampo Restrepo", nacionalidad="CO", documento_identidad="1094876543",
                telefono="+51951203884", correo="lf.ocampo.r@gmail.com",
                motivo="La Comisión no valoró que el grupo armado que controla la zona rural de Tuluá me declaró objetivo militar"))

msg(n=3, slug="cambio-clave-hija-por-madre", mailbox=S, recv="2026-11-30 10:05:44",
    frm=("Daniela Blanco", "danielablanco.r@gmail.com"),
    subject="Cambio de clave y contraseña - Sra. Carmen Elena Rojas de Blanco",
    body="""Buenos días,

Les escribe Daniela Blanco, hija de la señora Carmen Elena Rojas de Blanco (74 años), quien es solicitante de refugio. Mi mamá no maneja bien la computadora y olvidó la contraseña del Sistema de Refugiados, por lo que solicito el cambio de clave a su nombre.

Sus datos:
- Nombre completo: Carmen Elena Rojas de Blanco
- Nacionalidad: venezolana
- Pasaporte: 118834567
- Celular de ella: 956 112 340

Ella no tiene correo propio; el que tiene registrado en el sistema es este mismo, así que pueden responder aquí.

Muchas gracias por su ayuda.

Daniela Blanco Rojas
C.E. 002231876 · cel. 987 001 223""",
    procedure="cambio_clave",
    fields=dict(nombres="Carmen Elena Rojas de Blanco", nacionalidad="VE", documento_identidad="118834567",
                telefono="+51956112340", correo="danielablanco.r@gmail.com",
                motivo="olvidó la contraseña del Sistema de Refugiados"))

msg(n=4, slug="prorroga-lista-puntos-cubano", mailbox=R, recv="2026-11-30 11:30:05",
    frm=("yunier castellanos", "yunier.castellanos87@gmail.com"), subject="PRORROGA DE RESIDENCIA",
    body="""Buenos dias, solicito la prorroga anual de mi residencia como refugiado. Mis datos:

NOMBRE ........... Yunier Alberto Castellanos Pupo
SEXO ............. masculino
NACIONALIDAD ..... cubana
CARNET IDENT. .... 87021409863
CARNE EXTRANJ. ... 000458721
F. NACIMIENTO .... 14/02/87
CEL .............. 944 785 210

Saludos
Yunier""",
    procedure="prorroga_residencia",
    fields=dict(nombres="Yunier Alberto Castellanos Pupo", sexo="M", nacionalidad="CU",
                documento_identidad="87021409863", carne_extranjeria="000458721", fecha_nacimiento="1987-02-14",
                telefono="+51944785210", correo="yunier.castellanos87@gmail.com"))

msg(n=5, slug="reconsideracion-haitiano-foto-correo-amiga", mailbox=M, recv="2026-11-30 12:47:19",
    frm=("Marisol Quispe", "marisol.quispe.h@gmail.com"), subject="reconsideracion",
    body="""Buenas tardes señores.

Mi nombre es Jean-Robert Pierre-Louis, soy haitiano, pasaporte RD4471902. Escribo desde el correo de una amiga peruana porque mi correo no abre en el celular. Mi correo es jrpierrelouis@yahoo.fr

La resolución que negó mi refugio me fue notificada el 20 de noviembre de 2026. Adjunto foto de mi carta de reconsideración, firmada por mí.

Yo pido reconsiderar porque en la entrevista no tuve intérprete de creole y no pude explicar bien que las bandas armadas quemaron mi casa en Croix-des-Bouquets y amenazaron a mi familia. Ahora tengo la declaración de mi vecino que lo confirma.

Mi teléfono: +51 923 450 118

Gracias, Dios les bendiga.""",
    atts=[lambda: A_jpg("carta_reconsideracion.jpg", [
        "Lima 28 de noviembre 2026", "", "Señores Comision de Refugiados", "",
        "Yo Jean-Robert Pierre-Louis pido reconsideracion", "de la resolucion que niega mi refugio.",
        "No tuve interprete en la entrevista.", "", "Jean-Robert Pierre-Louis"], 5)],
    procedure="reconsideracion", notif="2026-11-20",
    fields=dict(nombres="Jean-Robert Pierre-Louis", nacionalidad="HT", documento_identidad="RD4471902",
                telefono="+51923450118", correo="jrpierrelouis@yahoo.fr",
                motivo="en la entrevista no tuve intérprete de creole y no pude explicar bien que las bandas armadas quemaron mi casa"))

msg(n=6, slug="carne-solicitante-ecuatoriana", mailbox=S, recv="2026-11-30 15:02:50",
    frm=("Dayana Vera", "dayana.vera.c@hotmail.com"), subject="Carné de solicitante",
    body="""Buenas tardes, me gustaría saber cuándo puedo recoger mi carné de solicitante de refugio, ya completé mi registro en septiembre.

Dayana Vera Cedeño, ecuatoriana, CI 171845239-6, teléfono 976 540 213""",
    procedure="carne_solicitante",
    fields=dict(nombres="Dayana Vera Cedeño", nacionalidad="EC", documento_identidad="1718452396",
                telefono="+51976540213", correo="dayana.vera.c@hotmail.com"))

msg(n=7, slug="solicitud-refugio-portal-tras-cierre", mailbox=S, recv="2026-11-30 16:45:08",
    frm=("Jhonny Parra", "jhonnyparra.1990@gmail.com"), subject="Solicitud de refugio",
    body="""Buenas tardes. Llegué a Lima hace un mes con mi esposa y mis dos hijos. Quiero presentar una solicitud de refugio, ¿puedo enviar los documentos por este correo o tengo que ir a alguna oficina?

Mi nombre es Jhonny Alexander Parra Urdaneta, soy venezolano, cédula V-19.876.543, celular 924 118 760.

Gracias.""",
    procedure="solicitud_refugio",
    fields=dict(nombres="Jhonny Alexander Parra Urdaneta", nacionalidad="VE", documento_identidad="V19876543",
                telefono="+51924118760", correo="jhonnyparra.1990@gmail.com"))

msg(n=8, slug="viaje-urgente-pdf-firmado-noche", mailbox=R, recv="2026-11-30 21:15:33",
    date="Tue, 01 Dec 2026 02:15:10 +0000",
    frm=("Génesis Aular", "genesis.aular@gmail.com"), subject="Autorización de viaje URGENTE",
    body="""Buenas noches,
Adjunto mi solicitud de autorización de viaje firmada digitalmente. Es urgente, mi mamá está hospitalizada.
Gracias de antemano.""",
    atts=[lambda: A_signed("solicitud_autorizacion_viaje.pdf", "SOLICITUD DE AUTORIZACIÓN DE VIAJE", [
        "Señores",
        "Secretaría Ejecutiva de la Comisión Especial para los Refugiados",
        "",
        "Yo, Génesis Carolina Aular Mora, de nacionalidad venezolana, refugiada reconocida, con Carné de "
        "Extranjería N° 000612398, teléfono +51 913 554 027, solicito autorización para viajar a "
        "Cúcuta, Colombia.",
        "",
        "Mi madre, de 68 años, sufrió un accidente cerebrovascular la semana pasada y está internada en "
        "el Hospital Universitario Erasmo Meoz de Cúcuta; soy su única hija y debo acompañarla en la "
        "primera etapa de su recuperación.",
        "",
        "Fecha de salida: 18/12/26",
        "Fecha de retorno: 08/01/27",
        "",
        "Lima, 30 de noviembre de 2026",
        "Génesis Carolina Aular Mora",
    ], "Genesis Carolina Aular Mora", 8)],
    procedure="autorizacion_viaje", refugee=True,
    fields=dict(nombres="Génesis Carolina Aular Mora", nacionalidad="VE", carne_extranjeria="000612398",
                telefono="+51913554027", destino="Cúcuta, Colombia", fecha_salida="2026-12-18",
                fecha_retorno="2027-01-08", correo="genesis.aular@gmail.com",
                motivo="Mi madre, de 68 años, sufrió un accidente cerebrovascular la semana pasada y está internada en el Hospital Universitario Erasmo Meoz de Cúcuta"))

# ---- Tuesday 1 December 2026 -----------------------------------------------------------
msg(n=9, slug="renuncia-pdf-sin-firma-colombiano", mailbox=M, recv="2026-12-01 07:55:02",
    frm=("Camilo Herrera", "camiloherrera.g@gmail.com"), subject="Renuncia",
    body="""Señores
Comisión Especial para los Refugiados
Presente.-

Yo, Camilo Andrés Herrera Gómez, de nacionalidad colombiana, identificado con C.C. N° 80.123.456, solicitante de refugio, me dirijo a ustedes para comunicar mi decisión de renunciar al trámite de mi solicitud de refugio. Mi padre falleció en Bogotá el mes pasado y debo regresar a hacerme cargo de mi madre y de la finca familiar.

Teléfono de contacto: 987-604-321.

Adjunto la carta en PDF.

Atentamente,
Camilo Andrés Herrera Gómez""",
    atts=[lambda: A_text("renuncia_camilo_herrera.pdf", "CARTA DE RENUNCIA", [
        "Lima, 30 de noviembre de 2026", "",
        "Señores Comisión Especial para los Refugiados", "",
        "Yo, Camilo Andrés Herrera Gómez, de nacionalidad colombiana, C.C. N° 80.123.456, renuncio al "
        "trámite de mi solicitud de refugio porque debo regresar a Colombia a cuidar de mi madre tras "
        "el fallecimiento de mi padre.", "",
        "Teléfono: 987-604-321", "", "Camilo Andrés Herrera Gómez"])],
    procedure="renuncia",
    fields=dict(nombres="Camilo Andrés Herrera Gómez", nacionalidad="CO", documento_identidad="80123456",
                telefono="+51987604321", correo="camiloherrera.g@gmail.com",
                motivo="Mi padre falleció en Bogotá el mes pasado y debo regresar a hacerme cargo de mi madre"))

msg(n=10, slug="cambio-clave-una-frase", mailbox=S, recv="2026-12-01 09:20:47",
    frm=("Ori", "ori.vale94@gmail.com"), subject="cambio de contraseña",
    body="""Buen día, solicito por favor el cambio de clave y contraseña del sistema de refugiados, mi nombre es Oriana Valentina Pacheco Lugo, venezolana, pasaporte N° 145.882.301, telf 0051 987 220 431 y el correo que tengo registrado en el sistema es Oriana.Pacheco.Lugo@outlook.com, muchas gracias

Ori""",
    procedure="cambio_clave",
    fields=dict(nombres="Oriana Valentina Pacheco Lugo", nacionalidad="VE", documento_identidad="145882301",
                telefono="+51987220431", correo="oriana.pacheco.lugo@outlook.com"))

msg(n=11, slug="duplicado-ce-robo-con-denuncia", mailbox=R, recv="2026-12-01 10:10:30",
    frm=("Rosangela Tovar", "rosangela.tovar@gmail.com"), subject="Duplicado de carné de extranjería",
    body="""Buenos días. El sábado me robaron la cartera en el Metropolitano y dentro estaba mi carné de extranjería. Solicito el duplicado; adjunto la denuncia policial.

Nombres y apellidos: Rosangela Tovar Briceño
Sexo: F
Nacionalidad: Venezolana
Cédula: V-16.543.210
Carné de extranjería: 000529874
Fecha de nacimiento: 3 de julio de 1979
Teléfono/WhatsApp: +51 940 321 765

Gracias.""",
    atts=[lambda: A_text("denuncia_policial_comisaria_san_isidro.pdf", "POLICÍA NACIONAL DEL PERÚ", [
        "COMISARÍA PNP SAN ISIDRO", "",
        "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 24871-2026", "",
        "Fecha y hora del hecho: 28/11/2026 18:40", "Modalidad: robo al paso",
        "Denunciante: Rosangela Tovar Briceño, CE 000529874", "",
        "Se sustrajo una cartera con documentos personales (carné de extranjería) y dinero en efectivo.",
    ])],
    procedure="duplicado_carne_extranjeria", refugee=True,
    fields=dict(nombres="Rosangela Tovar Briceño", sexo="F", nacionalidad="VE", documento_identidad="V16543210",
                carne_extranjeria="000529874", fecha_nacimiento="1979-07-03", telefono="+51940321765",
                correo="rosangela.tovar@gmail.com",
                motivo="me robaron la cartera en el Metropolitano y dentro estaba mi carné de extranjería"))

msg(n=12, slug="entrevista-registro-consulta", mailbox=S, recv="2026-12-01 11:02:15",
    frm=("Wilfredo Castro", "wilfre.castro@yahoo.com"), subject="Entrevista de registro - consulta",
    body="""Buenos días, presenté mi solicitud en línea en agosto y todavía no me llega la fecha de la entrevista de registro. ¿Me podrían decir cuándo me toca? Mi expediente es el 2026-04417.

Wilfredo Castro Peña
Cel 933 870 112""",
    procedure="entrevista_registro",
    fields=dict(nombres="Wilfredo Castro Peña", telefono="+51933870112", correo="wilfre.castro@yahoo.com"))

msg(n=13, slug="apelacion-abogada-ong-por-recurrente", mailbox=M, recv="2026-12-01 12:30:00",
    frm=("Dra. Rosa Huamán - Asociación Camino Seguro", "rhuaman@caminoseguro.org.pe"),
    subject="RECURSO DE APELACIÓN – ANA KARINA SALAZAR MÉNDEZ",
    body="""Señores
Mesa de Partes Virtual
Ministerio de Relaciones Exteriores
Presente.-

Asunto: Recurso de Apelación
Referencia: Expediente N° 2024-09911

De mi consideración:

Me dirijo a ustedes en mi calidad de abogada de la señora Ana Karina Salazar Méndez, de nacionalidad venezolana, identificada con pasaporte N° 132547896, para remitir el recurso de apelación que ella ha suscrito digitalmente contra la resolución que confirma la denegatoria de su solicitud de refugio, notificada el 17 de noviembre de 2026.

Como se detalla en el escrito adjunto, la Comisión no tomó en cuenta que la señora Salazar fue detenida arbitrariamente en 2024 por haber actuado como testigo de mesa, y que su hermano sigue preso por los mismos hechos, lo que demuestra un temor fundado de persecución por opinión política.

Para notificaciones a la recurrente: teléfono 961 447 530, correo anakarina.salazar.m@gmail.com.

Sin otro particular, quedo de ustedes.

Atentamente,

Rosa Elvira Huamán Cárdenas
Abogada – CAL 45821 – DNI 41236587
Asociación Camino Seguro
Telf. (01) 427-1133""",
    atts=[lambda: A_signed("apelacion_salazar_mendez.pdf", "RECURSO DE APELACIÓN", [
        "Expediente N° 2024-09911", "",
        "Ana Karina Salazar Méndez, venezolana, pasaporte N° 132547896, teléfono 961 447 530, correo "
        "anakarina.salazar.m@gmail.com, interpongo recurso de apelación contra la resolución que "
        "confirma la denegatoria de mi solicitud de refugio, notificada el 17 de noviembre de 2026.", "",
        "Fui detenida arbitrariamente en 2024 por haber actuado como testigo de mesa y mi hermano sigue "
        "preso por los mismos hechos. Temo ser perseguida por mi opinión política si regreso.", "",
        "Lima, 30 de noviembre de 2026", "Ana Karina Salazar Méndez"], "Ana Karina Salazar Mendez", 13)],
    procedure="apelacion", notif="2026-11-17",
    fields=dict(nombres="Ana Karina Salazar Méndez", nacionalidad="VE", documento_identidad="132547896",
                telefono="+51961447530", correo="anakarina.salazar.m@gmail.com",
                motivo="la Comisión no tomó en cuenta que la señora Salazar fue detenida arbitrariamente en 2024"))

msg(n=14, slug="prorroga-hijo-por-padre-sin-fecha-nac", mailbox=R, recv="2026-12-01 14:48:22",
    frm=("José Rafael Guédez", "jrguedez.ramos@gmail.com"),
    subject="Prorroga de residencia - Rafael Guédez (padre)",
    body="""Buenas tardes,

Escribo por mi papá, el señor Rafael Antonio Guédez Lozada, refugiado reconocido, de 81 años, que ya no puede hacer estos trámites solo. Necesitamos la prórroga anual de su residencia.

Sus datos: venezolano, sexo masculino, cédula V-3.456.789, carné de extranjería 000398112.

Como él casi no escucha por teléfono, por favor comuníquense conmigo al 998 234 567.

Atentamente,
José Rafael Guédez Ramos""",
    procedure="prorroga_residencia",
    fields=dict(nombres="Rafael Antonio Guédez Lozada", sexo="M", nacionalidad="VE", documento_identidad="V3456789",
                carne_extranjeria="000398112", telefono="+51998234567", correo="jrguedez.ramos@gmail.com"))

msg(n=15, slug="actualizacion-tabla-html-refugiada", mailbox=S, recv="2026-12-01 16:20:55",
    frm=("Nelly Ramírez", "nellyramirez.co@gmail.com"), subject="Actualización de datos",
    html="""<html><body>
<p>Buenas tardes, soy refugiada reconocida y tengo nuevo domicilio y nuevo teléfono. Envío mis datos actualizados:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Nombres y apellidos</b></td><td>Nelly Johana Ramírez Ospina</td></tr>
<tr><td><b>Nacionalidad</b></td><td>Colombia</td></tr>
<tr><td><b>C.C.</b></td><td>1.152.334.908</td></tr>
<tr><td><b>Carné de Extranjería</b></td><td>000701245</td></tr>
<tr><td><b>Teléfono nuevo</b></td><td>+51 999 310 442</td></tr>
<tr><td><b>Correo</b></td><td>nellyramirez.co@gmail.com</td></tr>
<tr><td><b>Dirección nueva</b></td><td>Jr. Huáscar 1420, Jesús María, Lima</td></tr>
</table>
<p>Gracias,<br>Nelly</p>
</body></html>""",
    procedure="actualizacion_datos", refugee=True,
    fields=dict(nombres="Nelly Johana Ramírez Ospina", nacionalidad="CO", documento_identidad="1152334908",
                carne_extranjeria="000701245", telefono="+51999310442", correo="nellyramirez.co@gmail.com"))

msg(n=16, slug="reconsideracion-extemporanea-tras-cierre", mailbox=M, recv="2026-12-01 16:41:09",
    date="Tue, 01 Dec 2026 16:28:50 -0500",
    frm=("Pedro Luis Bracho", "pedrobracho78@gmail.com"), subject="Recurso de reconsideracion - Pedro Bracho",
    body="""Buenas tardes.

Yo, Pedro Luis Bracho Urbina, venezolano, con cédula de identidad V-14.220.981, presento recurso de reconsideración contra la resolución que denegó mi solicitud de refugio, notificada el 30 de octubre de 2026. Adjunto el escrito firmado digitalmente.

Pido que se reconsidere porque aporto una prueba nueva: la constancia de una organización de derechos humanos de Barquisimeto que registra las amenazas que el colectivo de mi barrio hizo contra mí y mis hijos después de que denuncié el cobro de "vacunas" a los comerciantes.

Celular 982 117 640

Pedro Bracho""",
    atts=[lambda: A_signed("reconsideracion_bracho.pdf", "RECURSO DE RECONSIDERACIÓN", [
        "Pedro Luis Bracho Urbina, cédula V-14.220.981, celular 982 117 640.", "",
        "Interpongo recurso de reconsideración contra la resolución que denegó mi solicitud de refugio, "
        "notificada el 30 de octubre de 2026.", "",
        "Nueva prueba: constancia de una organización de derechos humanos que registra las amenazas del "
        "colectivo de mi barrio contra mí y mis hijos.", "",
        "Lima, 1 de diciembre de 2026", "Pedro Luis Bracho Urbina"], "Pedro Luis Bracho Urbina", 16)],
    procedure="reconsideracion", notif="2026-10-30",
    fields=dict(nombres="Pedro Luis Bracho Urbina", nacionalidad="VE", documento_identidad="V14220981",
                telefono="+51982117640", correo="pedrobracho78@gmail.com",
                motivo="aporto una prueba nueva: la constancia de una organización de derechos humanos"))

msg(n=17, slug="cambio-clave-celular-sin-documento", mailbox=S, recv="2026-12-01 22:03:40",
    date="Tue, 1 Dec 2026 21:58:02 -0500",
    frm=("kelvin arrieta", "kelvinarrieta.02@gmail.com"), subject="olvide mi clave",
    body="""hola buenas noches no puedo entrar al sistema de refugiados porque olvide la clave, necesito el cambio de clave y contraseña por favor. soy kelvin jose arrieta, mi cel es 935667201""",
    procedure="cambio_clave",
    fields=dict(nombres="kelvin jose arrieta", telefono="+51935667201", correo="kelvinarrieta.02@gmail.com",
                motivo="olvide la clave"))

# ---- Wednesday 2 December 2026 ---------------------------------------------------------
msg(n=18, slug="permiso-viaje-haitiana-carta-escaneada", mailbox=R, recv="2026-12-02 08:30:11",
    frm=("Wideline Joseph", "wideline.joseph@gmail.com"), subject="Permiso de viaje",
    body="""Bonjour / Buenos días,

Soy Wideline Joseph, haitiana, refugiada reconocida, carné de extranjería 000587310. Solicito autorización de viaje a Santo Domingo, República Dominicana, porque mi padre murió el domingo y el entierro es allá, donde vive mi familia. Salida el 12-12-2026 y regreso el 22-12-2026.

Adjunto mi carta firmada (escaneada).

WhatsApp: +51 916 203 448""",
    atts=[lambda: A_scan("carta_viaje_escaneada.pdf", [
        "Lima, 1 de diciembre de 2026", "", "Señores CEPR", "",
        "Yo Wideline Joseph, CE 000587310, solicito", "autorizacion de viaje a Santo Domingo",
        "por el entierro de mi padre.", "Salida 12-12-2026  Retorno 22-12-2026", "", "Wideline Joseph"], 18)],
    procedure="autorizacion_viaje", refugee=True,
    fields=dict(nombres="Wideline Joseph", nacionalidad="HT", carne_extranjeria="000587310",
                destino="Santo Domingo, República Dominicana", fecha_salida="2026-12-12",
                fecha_retorno="2026-12-22", telefono="+51916203448", correo="wideline.joseph@gmail.com",
                motivo="mi padre murió el domingo y el entierro es allá"))

msg(n=19, slug="apelacion-cubano-pdf-alterado", mailbox=M, recv="2026-12-02 09:15:37",
    frm=("Yoandry Leyva", "yoandry.leyva@gmail.com"), subject="Apelacion - Yoandry Leyva Soto",
    body="""Buenos días:

Adjunto recurso de apelación firmado con mi certificado digital.

Yoandry Leyva Soto
cubano · carnet de identidad 91051234567 · cel +51 930 118 224""",
    atts=[lambda: A_altered("apelacion_leyva.pdf", "RECURSO DE APELACIÓN", [
        "Señores Comisión Especial para los Refugiados", "",
        "Yoandry Leyva Soto, ciudadano cubano, carnet de identidad 91051234567, interpongo recurso de "
        "apelación contra la resolución que confirmó la denegatoria de mi solicitud.", "",
        "Fui expulsado de la universidad y detenido tres veces por participar en las protestas del 11 "
        "de julio; al volver a Cuba sería encarcelado. La Comisión consideró mi caso solo como migración "
        "económica.", "",
        "Lima, 1 de diciembre de 2026", "Yoandry Leyva Soto"],
        "Yoandry Leyva Soto", 19, old="denegatoria", new="aprobatoria")],
    procedure="apelacion",
    fields=dict(nombres="Yoandry Leyva Soto", nacionalidad="CU", documento_identidad="91051234567",
                telefono="+51930118224", correo="yoandry.leyva@gmail.com",
                motivo="Fui expulsado de la universidad y detenido tres veces por participar en las protestas"))

msg(n=20, slug="renovacion-permiso-trabajo-portal", mailbox=S, recv="2026-12-02 10:00:03",
    frm=("María José", "maria.jose.linares@gmail.com"), subject="Renovacion permiso de trabajo",
    body="""Hola, buenos días. Mi autorización de trabajo virtual venció ayer y la empresa me pide la nueva. ¿Cómo la renuevo? No encuentro la opción en la página.

Saludos,
María José Linares
solicitante de refugio - pasaporte 109887234""",
    procedure="autorizacion_trabajo",
    fields=dict(nombres="María José Linares", documento_identidad="109887234",
                correo="maria.jose.linares@gmail.com",
                motivo="Mi autorización de trabajo virtual venció ayer y la empresa me pide la nueva"))

msg(n=21, slug="respuesta-automatica-vacaciones", mailbox=S, recv="2026-12-02 11:45:00",
    frm=("Andrea Colmenares", "andrea.colmenares@logisticaandina.pe"),
    subject="Respuesta automática: Actualización de datos",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Gracias por su mensaje. Me encuentro de vacaciones hasta el 14 de diciembre con acceso limitado al correo.
Para asuntos urgentes escriba a recepcion@logisticaandina.pe.""",
    procedure="actualizacion_datos", machine=True, fields={})

msg(n=22, slug="prorroga-carta-formal-nicaraguense", mailbox=R, recv="2026-12-02 12:10:45",
    frm=("Xiomara Blandón", "xiomarablandon@yahoo.com"), subject="Solicitud de prórroga de residencia anual",
    body="""Lima, 2 de diciembre de 2026

Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores
Presente.-

Asunto: Prórroga de residencia

De mi mayor consideración:

Por medio de la presente, yo, Xiomara del Carmen Blandón Aráuz, de nacionalidad nicaragüense, sexo femenino, nacida el 15-03-90, identificada con cédula de identidad N° 001-150390-0012K y pasaporte C01234567, en mi condición de refugiada reconocida con Carné de Extranjería N° 001023456, solicito la prórroga anual de mi residencia.

Mi número de contacto es el (01) 562-3390.

Agradeciendo de antemano su atención, quedo de ustedes.

Atentamente,

Xiomara Blandón""",
    procedure="prorroga_residencia",
    fields=dict(nombres="Xiomara del Carmen Blandón Aráuz", sexo="F", nacionalidad="NI",
                documento_identidad="0011503900012K", carne_extranjeria="001023456", fecha_nacimiento="1990-03-15",
                telefono="+5115623390", correo="xiomarablandon@yahoo.com"))

msg(n=23, slug="duplicado-carnet-buzon-equivocado-sin-sexo", mailbox=S, recv="2026-12-02 13:30:14",
    frm=("Alí Rondón", "ali.rondon.v@gmail.com"), subject="Duplicado de carnet",
    body="""Buenas tardes

Se me extravió el carné de extranjería en una mudanza y necesito sacar el duplicado del carné de extranjería. Adjunto foto de la denuncia que puse en la comisaría de Breña.

Nombre: Alí José Rondón Villegas
Nacionalidad: venezolana
Pasaporte: 098765123
CE: 000634719
Fecha de nac.: 21/06/1983
Cel.: 951-776-402

Gracias""",
    atts=[lambda: A_jpg("denuncia.jpg", [
        "POLICIA NACIONAL DEL PERU", "COMISARIA BREÑA", "", "DENUNCIA POR PERDIDA DE DOCUMENTOS",
        "Denunciante: Ali Jose Rondon Villegas", "Documento perdido: carne de extranjeria 000634719",
        "Fecha: 29/11/2026"], 23)],
    procedure="duplicado_carne_extranjeria",
    fields=dict(nombres="Alí José Rondón Villegas", nacionalidad="VE", documento_identidad="098765123",
                carne_extranjeria="000634719", fecha_nacimiento="1983-06-21", telefono="+51951776402",
                correo="ali.rondon.v@gmail.com",
                motivo="Se me extravió el carné de extranjería en una mudanza"))

msg(n=24, slug="renuncia-refugiado-pdf-firmado", mailbox=M, recv="2026-12-02 15:05:59",
    frm=("Franklin Mujica", "franklin.mujica@outlook.com"), subject="RENUNCIA A LA CONDICIÓN DE REFUGIADO",
    body="""Estimados señores,

Adjunto mi carta de renuncia a la condición de refugiado, firmada digitalmente. Mis datos de contacto están en la carta.

Saludos cordiales,
Franklin Mujica""",
    atts=[lambda: A_signed("carta_renuncia_mujica.pdf", "CARTA DE RENUNCIA", [
        "Señores", "Comisión Especial para los Refugiados", "",
        "Yo, Franklin Rafael Mujica Salcedo, de nacionalidad venezolana, con cédula V-12.908.334 y Carné "
        "de Extranjería N° 000245901, refugiado reconocido, comunico mi decisión de renunciar a la "
        "condición de refugiado.", "",
        "En marzo contraje matrimonio con una ciudadana peruana y he iniciado ante Migraciones el cambio "
        "a la calidad migratoria de residente por vínculo familiar, por lo que ya no requiero la "
        "protección internacional.", "",
        "Teléfono: 968 114 502", "Correo: franklin.mujica@outlook.com", "",
        "Lima, 1 de diciembre de 2026", "Franklin Rafael Mujica Salcedo"], "Franklin Rafael Mujica Salcedo", 24)],
    procedure="renuncia", refugee=True,
    fields=dict(nombres="Franklin Rafael Mujica Salcedo", nacionalidad="VE", documento_identidad="V12908334",
                carne_extranjeria="000245901", telefono="+51968114502", correo="franklin.mujica@outlook.com",
                motivo="En marzo contraje matrimonio con una ciudadana peruana y he iniciado ante Migraciones el cambio a la calidad migratoria de residente por vínculo familiar"))

msg(n=25, slug="re-cambio-clave-cita-oficina-buzon-refugiados", mailbox=R, recv="2026-12-02 17:20:26",
    frm=("Luisana Peña", "luisanapena22@gmail.com"), subject="RE: Cambio de clave y contraseña",
    body="""Buenas tardes, aquí van mis datos como me pidieron:

Luisana Margarita Peña Ortiz
Pasaporte: 154220781
Teléfono 925 330 917
correo: luisanapena22@gmail.com

Gracias

El mar., 1 dic. 2026 a las 11:04, Refugiados CEPR (<refugiados@rree.gob.pe>) escribió:
> Estimada usuaria:
> Para el cambio de clave y contraseña indique nombres y apellidos completos,
> número de pasaporte o cédula, teléfono de contacto y correo electrónico.
> Para consultas llame al (01) 204-2400.
> Secretaría Ejecutiva - CEPR""",
    procedure="cambio_clave",
    fields=dict(nombres="Luisana Margarita Peña Ortiz", documento_identidad="154220781", telefono="+51925330917",
                correo="luisanapena22@gmail.com"))

# ---- Thursday 3 December 2026 ----------------------------------------------------------
msg(n=26, slug="reconsideracion-solo-texto-sin-telefono", mailbox=M, recv="2026-12-03 08:05:33",
    frm=("Andrés Felipe Mosquera", "afmosquera@gmail.com"), subject="Recurso de Reconsideración",
    charset="iso-8859-1",
    body="""Señores CEPR,

Mi nombre es Andrés Felipe Mosquera Palacios, colombiano, cédula de ciudadanía 1.077.456.221. Presento recurso de reconsideración contra la resolución que me negó el refugio. Tengo una nueva prueba: la certificación de la Unidad para las Víctimas que me reconoce como víctima de desplazamiento forzado en Quibdó, documento que no tenía cuando hice la entrevista.

Quedo atento a su respuesta por este medio.

Andrés Felipe Mosquera Palacios""",
    procedure="reconsideracion",
    fields=dict(nombres="Andrés Felipe Mosquera Palacios", nacionalidad="CO", documento_identidad="1077456221",
                correo="afmosquera@gmail.com",
                motivo="Tengo una nueva prueba: la certificación de la Unidad para las Víctimas"))

msg(n=27, slug="actualizar-datos-refugiado-sin-carne", mailbox=S, recv="2026-12-03 09:12:48",
    frm=("Stanley JB", "stanleyjeanbaptiste@gmail.com"), subject="actualizar datos",
    body="""Buenos días. Soy Stanley Jean-Baptiste, de nacionalidad haitiana, refugiado reconocido desde 2023. Quiero actualizar mi número de teléfono: ahora es 9 8123 4567. Mi pasaporte es HT0932187.
Gracias.""",
    procedure="actualizacion_datos", refugee=True,
    fields=dict(nombres="Stanley Jean-Baptiste", nacionalidad="HT", documento_identidad="HT0932187",
                telefono="+51981234567", correo="stanleyjeanbaptiste@gmail.com"))

msg(n=28, slug="autorizacion-viage-sin-fecha-retorno", mailbox=R, recv="2026-12-03 10:40:20",
    frm=("Katiuska Ferrer", "katiuskaferrer@gmail.com"), subject="Solicitud autorizacion de viage",
    body="""Buenos días,

Necesito viajar de urgencia a Bogotá, Colombia, porque a mi hija de 6 años, que vive con su papá allá, la van a operar del corazón y debo estar con ella. Saldría el 15/12/2026; el regreso todavía no lo sé, depende de cómo salga la operación.

Adjunto la solicitud firmada.

Katiuska Ferrer Blanco
C.E. 000677120
Cel. +51 987 332 615""",
    atts=[lambda: A_signed("solicitud_viaje_ferrer.pdf", "SOLICITUD DE AUTORIZACIÓN DE VIAJE", [
        "Katiuska Ferrer Blanco, Carné de Extranjería 000677120, celular +51 987 332 615.", "",
        "Solicito autorización para viajar a Bogotá, Colombia, por la operación de corazón de mi hija.", "",
        "Salida: 15/12/2026", "Retorno: por confirmar", "",
        "Lima, 2 de diciembre de 2026", "Katiuska Ferrer Blanco"], "Katiuska Ferrer Blanco", 28)],
    procedure="autorizacion_viaje", refugee=True,
    fields=dict(nombres="Katiuska Ferrer Blanco", carne_extranjeria="000677120", telefono="+51987332615",
                destino="Bogotá, Colombia", fecha_salida="2026-12-15", correo="katiuskaferrer@gmail.com",
                motivo="a mi hija de 6 años, que vive con su papá allá, la van a operar del corazón y debo estar con ella"))

msg(n=29, slug="apelacion-escaneada-apodo-firma", mailbox=M, recv="2026-12-03 11:55:02",
    frm=("Mayi Contreras", "mayicontreras@hotmail.com"), subject="Recurso de apelacion",
    body="""Buenos días,

Yo María Isabel Contreras Vielma, venezolana, C.I. V-22.345.908, presento recurso de apelación contra la resolución de la Comisión que confirmó la denegatoria de mi solicitud, notificado con fecha 19/11/2026.

Apelo porque la Comisión consideró que no corro riesgo en Venezuela, pero no tomó en cuenta que soy enfermera y fui despedida y amenazada por denunciar la falta de insumos en el hospital de Barquisimeto; adjunto las publicaciones y la citación que recibí.

Adjunto mi recurso escaneado y firmado a mano.

Tel: 943 220 716
Mayi""",
    atts=[lambda: A_scan("apelacion_escaneada.pdf", [
        "RECURSO DE APELACION", "", "Yo Maria Isabel Contreras Vielma", "C.I. V-22.345.908",
        "apelo la resolucion notificada el 19/11/2026", "", "Lima, 2 de diciembre de 2026", "",
        "Maria Isabel Contreras Vielma"], 29)],
    procedure="apelacion", notif="2026-11-19",
    fields=dict(nombres="María Isabel Contreras Vielma", nacionalidad="VE", documento_identidad="V22345908",
                telefono="+51943220716", correo="mayicontreras@hotmail.com",
                motivo="soy enfermera y fui despedida y amenazada por denunciar la falta de insumos"))

msg(n=30, slug="duplicado-carne-solicitante-a-refugiados", mailbox=R, recv="2026-12-03 14:20:16",
    frm=("Darwin Quintero", "darwinquintero.97@gmail.com"), subject="Duplicado carné de solicitante",
    body="""Buenas tardes, perdí mi carné de solicitante de refugio y quisiera saber cómo saco el duplicado. Ya hice la denuncia en la comisaría.

Darwin Quintero, cel 912-008-334""",
    procedure="carne_solicitante",
    fields=dict(nombres="Darwin Quintero", telefono="+51912008334", correo="darwinquintero.97@gmail.com",
                motivo="perdí mi carné de solicitante de refugio"))

msg(n=31, slug="duplicado-ce-sin-denuncia-nombre-en-firma", mailbox=R, recv="2026-12-03 16:29:40",
    frm=("", "odalys.rg@gmail.com"), subject="duplicado de carne de extranjeria",
    body="""Buenas tardes, solicito duplicado de mi carné de extranjería porque se me deterioró (se partió en dos). La denuncia todavía no la tengo, en la comisaría me dijeron que eso es solo para pérdida.

Datos:
sexo femenino / nacionalidad cubana / pasaporte K0781234 / CE 000512678 / nacida el 30-09-1972 / teléfono 941 556 208

Odalys Rodríguez Gómez""",
    procedure="duplicado_carne_extranjeria",
    fields=dict(nombres="Odalys Rodríguez Gómez", sexo="F", nacionalidad="CU", documento_identidad="K0781234",
                carne_extranjeria="000512678", fecha_nacimiento="1972-09-30", telefono="+51941556208",
                correo="odalys.rg@gmail.com", motivo="se me deterioró (se partió en dos)"))

msg(n=32, slug="urgente-no-entiendo-resolucion", mailbox=M, recv="2026-12-03 19:50:12",
    frm=("Yelitza", "yelitza.montilla@gmail.com"), subject="Urgente",
    body="""Buenas noches, hoy me llegó al correo un documento de la Comisión y no entiendo bien qué dice, si me aceptaron o no. ¿Me pueden explicar qué tengo que hacer? Mi expediente es 2025-01877.

Yelitza Montilla Rangel
953 008 441""",
    procedure=None,
    fields=dict(nombres="Yelitza Montilla Rangel", telefono="+51953008441", correo="yelitza.montilla@gmail.com"))

# ---- Friday 4 December 2026 ------------------------------------------------------------
msg(n=33, slug="cambio-clave-ecuatoriano-html-documento-en-asunto", mailbox=S, recv="2026-12-04 08:45:30",
    frm=("Bolívar Chávez", "bolivar.chavez.m@gmail.com"), subject="Cambio de clave y contraseña – C.I. 0923456781",
    body="""Señores
Secretaría Ejecutiva de la CEPR

Yo, Bolívar Enrique Chávez Mendoza, ciudadano ecuatoriano, con cédula de identidad N.° 0923456781, solicitante de refugio, solicito el cambio de clave y contraseña de mi usuario en el Sistema de Refugiados.

Teléfono de contacto: +593 98 765 4321 / correo: bolivar.chavez.m@gmail.com

Atentamente,
Bolívar Enrique Chávez Mendoza""",
    html="""<div style="font-family:Calibri,sans-serif">
<p>Señores<br><b>Secretaría Ejecutiva de la CEPR</b></p>
<p>Yo, <b>Bolívar Enrique Chávez Mendoza</b>, ciudadano ecuatoriano, con cédula de identidad N.° 0923456781, solicitante de refugio, solicito el cambio de clave y contraseña de mi usuario en el Sistema de Refugiados.</p>
<p>Teléfono de contacto: +593 98 765 4321 / correo: <a href="mailto:bolivar.chavez.m@gmail.com">bolivar.chavez.m@gmail.com</a></p>
<p>Atentamente,<br>Bolívar Enrique Chávez Mendoza</p>
</div>""",
    procedure="cambio_clave",
    fields=dict(nombres="Bolívar Enrique Chávez Mendoza", nacionalidad="EC", documento_identidad="0923456781",
                telefono="+593987654321", correo="bolivar.chavez.m@gmail.com"))

msg(n=34, slug="apelacion-solo-pdf-extemporanea", mailbox=M, recv="2026-12-04 10:15:44",
    frm=("", "ehernandez.2019@gmail.com"), subject="Apelación",
    body="""Buenos días, adjunto.

--
Enviado desde Outlook para Android""",
    atts=[lambda: A_signed("APELACION.pdf", "RECURSO DE APELACIÓN", [
        "Señores Comisión Especial para los Refugiados", "",
        "Eduardo José Hernández Rivas, venezolano, con pasaporte N° 112.450.987, ante ustedes interpongo "
        "recurso de apelación contra la resolución que declaró infundada mi reconsideración, notificada "
        "el 06/11/2026.", "",
        "La Comisión desestimó mi caso diciendo que mi temor no es actual, pero en octubre mi hermano fue "
        "detenido y todavía me buscan en mi antigua dirección de Valencia por haberme negado, como "
        "funcionario electoral, a alterar actas.", "",
        "Datos de contacto: celular 970-445-118; correo ehernandez.2019@gmail.com", "",
        "Lima, 3 de diciembre de 2026", "Eduardo José Hernández Rivas"], "Eduardo Jose Hernandez Rivas", 34)],
    procedure="apelacion", notif="2026-11-06",
    fields=dict(nombres="Eduardo José Hernández Rivas", nacionalidad="VE", documento_identidad="112450987",
                telefono="+51970445118", correo="ehernandez.2019@gmail.com",
                motivo="en octubre mi hermano fue detenido y todavía me buscan en mi antigua dirección"))

msg(n=35, slug="prorroga-una-frase-sin-carne", mailbox=R, recv="2026-12-04 11:30:18",
    frm=("Gaby", "gabriela.osorio.v@gmail.com"), subject="Prórroga de Residencia",
    body="""Buenos días, necesito la prórroga de residencia, soy Gabriela Alejandra Osorio Villalobos, sexo F, venezolana, cédula 18.334.902, nací el 1985-07-22 y mi número es +51 902 117 338, el número del carné de extranjería no lo tengo a la mano, se los paso luego. Gracias, Gaby""",
    procedure="prorroga_residencia",
    fields=dict(nombres="Gabriela Alejandra Osorio Villalobos", sexo="F", nacionalidad="VE",
                documento_identidad="18334902", fecha_nacimiento="1985-07-22", telefono="+51902117338",
                correo="gabriela.osorio.v@gmail.com"))

msg(n=36, slug="renuncia-cubano-carta-foto", mailbox=M, recv="2026-12-04 13:05:50",
    frm=("Reinier Fonseca", "reinierfonseca@gmail.com"), subject="renuncia al tramite de refugio",
    body="""Buenas tardes. Me llamo Reinier Fonseca Almaguer, soy de nacionalidad cubana, pasaporte L412876. Quiero renunciar al trámite de refugio: mi esposa consiguió trabajo en España y nos vamos con visa de reagrupación familiar en enero. Adjunto la carta firmada (foto). Mi teléfono es el 989 220 614.""",
    atts=[lambda: A_png("carta_renuncia.png", [
        "Lima 3/12/2026", "", "Señores Comision Especial para los Refugiados", "",
        "Yo Reinier Fonseca Almaguer renuncio a mi", "solicitud de refugio porque me voy a España",
        "con mi familia.", "", "Reinier Fonseca A."], 36)],
    procedure="renuncia",
    fields=dict(nombres="Reinier Fonseca Almaguer", nacionalidad="CU", documento_identidad="L412876",
                telefono="+51989220614", correo="reinierfonseca@gmail.com",
                motivo="mi esposa consiguió trabajo en España y nos vamos con visa de reagrupación familiar"))

msg(n=37, slug="cita-entrevista-feriado", mailbox=S, recv="2026-12-04 15:40:27",
    frm=("", "fmarcano@gmail.com"), subject="Cita entrevista de registro",
    body="""Hola, me llegó un correo con la cita para la entrevista de registro virtual el 9 de diciembre, pero ese día es feriado. ¿Se mantiene la cita o la cambian?

Francisco Marcano
WhatsApp 978 004 551""",
    procedure="entrevista_registro",
    fields=dict(nombres="Francisco Marcano", telefono="+51978004551", correo="fmarcano@gmail.com"))

msg(n=38, slug="reconsideracion-viernes-noche-extemporanea", mailbox=M, recv="2026-12-04 18:10:09",
    frm=("Ruth Delgado", "ruthdelgado.p@gmail.com"), subject="Recurso de Reconsideración - Ruth Noemí Delgado",
    body="""Señores:

Remito mi recurso de reconsideración firmado digitalmente. La resolución me fue notificada el 13/11/26.

Atte.
Ruth Noemí Delgado Pineda
Pasaporte 140229876 – Celular 947 661 230""",
    atts=[lambda: A_signed("reconsideracion_delgado.pdf", "RECURSO DE RECONSIDERACIÓN", [
        "Ruth Noemí Delgado Pineda, de nacionalidad venezolana, pasaporte 140229876.", "",
        "Solicito que se reconsidere la resolución notificada el 13/11/26, porque adjunto como prueba "
        "nueva la sentencia que condenó en ausencia a mi esposo por rebelión, lo que me expone a "
        "represalias a mí también.", "",
        "Lima, 4 de diciembre de 2026", "Ruth Noemí Delgado Pineda"], "Ruth Noemi Delgado Pineda", 38)],
    procedure="reconsideracion", notif="2026-11-13",
    fields=dict(nombres="Ruth Noemí Delgado Pineda", nacionalidad="VE", documento_identidad="140229876",
                telefono="+51947661230", correo="ruthdelgado.p@gmail.com",
                motivo="adjunto como prueba nueva la sentencia que condenó en ausencia a mi esposo"))

# ---- Weekend 5-6 December ---------------------------------------------------------------
msg(n=39, slug="viaje-sabado-pdf-sin-firma", mailbox=R, recv="2026-12-05 09:30:44",
    frm=("Jhon Jairo Cárdenas", "jhonjairocardenas@gmail.com"), subject="autorización de viaje",
    body="""Buenos días

Soy Jhon Jairo Cárdenas Mejía, colombiano, refugiado, carné de extranjería número 000559031. Solicito autorización de viaje para ir a Guayaquil, Ecuador, del 22/12/26 al 03/01/27, porque mi mamá está en etapa terminal de cáncer y la familia se reúne allá para despedirla. Adjunto la solicitud.

Celular: 921 664 870""",
    atts=[lambda: A_text("solicitud_viaje.pdf", "SOLICITUD DE AUTORIZACIÓN DE VIAJE", [
        "Jhon Jairo Cárdenas Mejía - CE 000559031", "",
        "Destino: Guayaquil, Ecuador", "Salida: 22/12/26", "Retorno: 03/01/27", "",
        "Lima, 5 de diciembre de 2026"])],
    procedure="autorizacion_viaje", refugee=True,
    fields=dict(nombres="Jhon Jairo Cárdenas Mejía", nacionalidad="CO", carne_extranjeria="000559031",
                destino="Guayaquil, Ecuador", fecha_salida="2026-12-22", fecha_retorno="2027-01-03",
                telefono="+51921664870", correo="jhonjairocardenas@gmail.com",
                motivo="mi mamá está en etapa terminal de cáncer y la familia se reúne allá para despedirla"))

msg(n=40, slug="boletin-lista-correo", mailbox=S, recv="2026-12-05 15:12:00",
    frm=("Boletín Red de Apoyo Migrante", "boletin@redapoyomigrante.org"),
    subject="Boletín de diciembre: ferias de empleo y talleres",
    headers={"List-Id": "Boletin Red de Apoyo <boletin.redapoyomigrante.org>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@redapoyomigrante.org>"},
    body="""BOLETÍN DE DICIEMBRE

- Feria de empleo para personas refugiadas y migrantes: 12 de diciembre, Parque de la Exposición.
- Taller gratuito: cómo abrir una cuenta bancaria con carné de extranjería.
- Orientación legal los martes de 9:00 a 13:00.

Para dejar de recibir este boletín responda BAJA.""",
    procedure=None, machine=True, fields={})

msg(n=41, slug="actualizacion-domingo-correo-vecina", mailbox=S, recv="2026-12-06 20:40:31",
    date="Sun, 06 Dec 2026 20:10:12 -0500",
    frm=("Rosa Huanca", "rosahuanca.lima@hotmail.com"), subject="Actualizacion de datos de contacto",
    body="""buenas noches, les escribe Edixon Rafael Peraza Colina desde el correo de mi vecina. quiero actualizar mis datos de contacto: mi nuevo celular es 955 871 302 y pueden responder a este mismo correo mientras recupero el mio.
soy venezolano, solicitante de refugio, cedula V- 20.554.781
gracias""",
    procedure="actualizacion_datos",
    fields=dict(nombres="Edixon Rafael Peraza Colina", nacionalidad="VE", documento_identidad="V20554781",
                telefono="+51955871302", correo="rosahuanca.lima@hotmail.com"))

# ---- Monday 7 December (día no laborable) -----------------------------------------------
msg(n=42, slug="apelacion-haitiano-firma-alterada-dia-no-laborable", mailbox=M, recv="2026-12-07 10:20:05",
    frm=("Marc-Kenson Dorvil", "mkdorvil@gmail.com"), subject="Recurso de Apelación",
    body="""Señores de la Comisión,

Yo Marc-Kenson Dorvil, de nacionalidad haitiana, pasaporte N° PP5512034, vengo a presentar mi recurso de apelación. La Comisión dice que en Haití hay violencia general y no persecución contra mí, pero yo era profesor y las pandillas de Martissant me secuestraron en 2023 porque no quise pagar, y después mataron a mi colega. Adjunto recurso firmado.

Teléfono: +51 964 008 127
Correo: mkdorvil@gmail.com

Merci beaucoup.""",
    atts=[lambda: A_altered("recurso_apelacion_dorvil.pdf", "RECURSO DE APELACIÓN", [
        "Marc-Kenson Dorvil, pasaporte PP5512034.", "",
        "Apelo la resolución que confirma la denegatoria de mi solicitud de refugio. Fui secuestrado por "
        "las pandillas de Martissant en 2023 y mi colega fue asesinado.", "",
        "Lima, 6 de diciembre de 2026", "Marc-Kenson Dorvil"],
        "Marc-Kenson Dorvil", 42, old="secuestrado", new="amenazado  ")],
    procedure="apelacion",
    fields=dict(nombres="Marc-Kenson Dorvil", nacionalidad="HT", documento_identidad="PP5512034",
                telefono="+51964008127", correo="mkdorvil@gmail.com",
                motivo="yo era profesor y las pandillas de Martissant me secuestraron en 2023"))

msg(n=43, slug="re-prorroga-cita-oficina-anio-dos-digitos", mailbox=R, recv="2026-12-07 11:00:57",
    frm=("Yusmary Gil", "yusmarygil01@gmail.com"), subject="RE: Prórroga de residencia",
    body="""Buenos días, reenvío con todos los datos:

Nombre / Apellidos: Yusmary Andreína / Gil Sequera
Sexo: mujer
Nacionalidad: VEN
Pasaporte / Cédula: 152334876 / V-20.111.222
Carné de extranjería: 000744209
F. nac.: 09/11/01
Teléfono: 9 1234 0087

Saludos

-----Mensaje original-----
De: Refugiados CEPR <refugiados@rree.gob.pe>
Enviado el: viernes, 4 de diciembre de 2026 10:12
Para: yusmarygil01@gmail.com
Asunto: RE: Prórroga de residencia

Estimada usuaria: su solicitud está incompleta. Por favor indique sexo, fecha de nacimiento y número de carné de extranjería.
Secretaría Ejecutiva CEPR - Telf. (01) 204-2400""",
    procedure="prorroga_residencia",
    fields=dict(nombres="Yusmary Andreína Gil Sequera", sexo="F", nacionalidad="VE", documento_identidad="152334876",
                carne_extranjeria="000744209", fecha_nacimiento="2001-11-09", telefono="+51912340087",
                correo="yusmarygil01@gmail.com"))

# ---- Tuesday 8 December (feriado) -------------------------------------------------------
msg(n=44, slug="quiero-pedir-refugio-feriado-apodo", mailbox=S, recv="2026-12-08 12:00:22",
    frm=("Chucho Medina", "chuchomedina.col@gmail.com"), subject="quiero pedir refugio",
    body="""Buenas, mi nombre es Jesús Antonio Medina Rincón, colombiano, C.C. 1.090.443.876. Llegué hace dos semanas con mi familia por Tumbes. Quiero saber cómo presento la solicitud de refugio, si es por este correo o en persona.

Celular 917 320 554

Gracias,
Chucho""",
    procedure="solicitud_refugio",
    fields=dict(nombres="Jesús Antonio Medina Rincón", nacionalidad="CO", documento_identidad="1090443876",
                telefono="+51917320554", correo="chuchomedina.col@gmail.com"))

msg(n=45, slug="duplicado-ce-hijo-por-madre-denuncia-pnp", mailbox=R, recv="2026-12-08 19:30:18",
    frm=("Víctor Salas", "victorsalas.ing@gmail.com"),
    subject="Duplicado de Carné de Extranjería - Sra. Ana Teresa Marcano de Salas",
    body="""Buenas noches,

Les escribo en nombre de mi madre, la señora Ana Teresa Marcano de Salas, de 77 años, refugiada reconocida, a quien le sustrajeron la cartera con su carné de extranjería en un mercado de Surquillo. Solicitamos el duplicado del carné. Adjunto el documento de la comisaría.

Datos de mi madre:
• Sexo: femenino
• Nacionalidad: venezolana
• Cédula de identidad: V-4.112.390
• Carné de extranjería: 000318455
• Fecha de nacimiento: 12 de enero de 1949
• Teléfono de ella: (01) 448-2071

Cualquier consulta, también pueden escribirme a este correo.

Víctor Salas Marcano
C.E. 000902114 – Cel. 996 118 320""",
    atts=[lambda: A_text("documento_PNP.pdf", "POLICÍA NACIONAL DEL PERÚ", [
        "COMISARÍA PNP SURQUILLO", "", "CERTIFICADO DE DENUNCIA POLICIAL N° 31190-2026", "",
        "Agraviada: Ana Teresa Marcano de Salas, CE 000318455",
        "Hecho: hurto de cartera con documentos personales en el Mercado N° 1 de Surquillo.",
        "Fecha del hecho: 05/12/2026"])],
    procedure="duplicado_carne_extranjeria", refugee=True,
    fields=dict(nombres="Ana Teresa Marcano de Salas", sexo="F", nacionalidad="VE", documento_identidad="V4112390",
                carne_extranjeria="000318455", fecha_nacimiento="1949-01-12", telefono="+5114482071",
                correo="victorsalas.ing@gmail.com",
                motivo="le sustrajeron la cartera con su carné de extranjería en un mercado de Surquillo"))

# ---- Wednesday 9 December (feriado) -----------------------------------------------------
msg(n=46, slug="consulta-reconsideracion-o-apelacion", mailbox=M, recv="2026-12-09 09:00:40",
    frm=("Leonel Cañizales", "leonelcanizales@gmail.com"), subject="Consulta",
    body="""Buenos días. Me negaron el refugio y no sé si me corresponde presentar un recurso de reconsideración o uno de apelación, ni cuántos días tengo. ¿Me pueden orientar?

Leonel Cañizales, cel. 944 301 882""",
    procedure=None,
    fields=dict(nombres="Leonel Cañizales", telefono="+51944301882", correo="leonelcanizales@gmail.com"))

msg(n=47, slug="autorizacion-trabajo-minusculas", mailbox=S, recv="2026-12-09 16:00:09",
    frm=("", "anyelo_rivas@hotmail.com"), subject="autorizacion de trabajo",
    body="""como descargo la autorizacion de trabajo virtual? entro al sistema y no me sale el boton
anyelo rivas 962 117 845""",
    procedure="autorizacion_trabajo",
    fields=dict(nombres="anyelo rivas", telefono="+51962117845", correo="anyelo_rivas@hotmail.com"))

# ---- Thursday 10 December ---------------------------------------------------------------
msg(n=48, slug="renuncia-sirio-buzon-refugiados", mailbox=R, recv="2026-12-10 08:20:40",
    frm=("Omar Haddad", "omar.haddad.lima@gmail.com"), subject="Renuncia",
    body="""Estimados señores:

Adjunto mi carta de renuncia a la condición de refugiado, firmada con certificado digital.

Omar Haddad
Tel. +51 955 602 118""",
    atts=[lambda: A_signed("renuncia_haddad.pdf", "RENUNCIA A LA CONDICIÓN DE REFUGIADO", [
        "Yo, Omar Haddad Al-Khatib, de nacionalidad siria, con pasaporte N° N014523789 y Carné de "
        "Extranjería N° 000210987, refugiado reconocido en el Perú, renuncio a la condición de refugiado.", "",
        "He sido aceptado en el programa de patrocinio familiar de Canadá a través de mi hermano y me "
        "establezco allí con mi esposa e hijos en enero de 2027.", "",
        "Teléfono: +51 955 602 118", "",
        "Lima, 9 de diciembre de 2026", "Omar Haddad Al-Khatib"], "Omar Haddad Al-Khatib", 48)],
    procedure="renuncia", refugee=True,
    fields=dict(nombres="Omar Haddad Al-Khatib", nacionalidad="SY", documento_identidad="N014523789",
                carne_extranjeria="000210987", telefono="+51955602118", correo="omar.haddad.lima@gmail.com",
                motivo="He sido aceptado en el programa de patrocinio familiar de Canadá"))

msg(n=49, slug="cambio-clave-formulario-pdf", mailbox=S, recv="2026-12-10 10:45:13",
    frm=("Lis", "lisbeth.carrasquel@gmail.com"), subject="Cambio de clave",
    body="""Buenos días, adjunto formulario con mis datos para el cambio de clave. Gracias.""",
    atts=[lambda: A_text("formulario_cambio_clave.pdf", "SOLICITUD DE CAMBIO DE CLAVE Y CONTRASEÑA", [
        "Nombres y apellidos: Lisbeth Coromoto Carrasquel Díaz",
        "Documento: Pasaporte 129004563",
        "Teléfono: 948 335 617",
        "Correo electrónico: lisbeth.carrasquel@gmail.com", "",
        "Lima, 10 de diciembre de 2026"])],
    procedure="cambio_clave",
    fields=dict(nombres="Lisbeth Coromoto Carrasquel Díaz", documento_identidad="129004563",
                telefono="+51948335617", correo="lisbeth.carrasquel@gmail.com"))

msg(n=50, slug="rebote-mailer-daemon", mailbox=S, recv="2026-12-10 15:30:02",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx1.rree.gob.pe"),
    subject="Undeliverable: Cambio de clave y contraseña",
    bounce=dict(rcpt="kelvinarrieta.02@gmial.com",
                orig_subject="Cambio de clave y contraseña"),
    procedure="cambio_clave", machine=True, fields={})

msg(n=51, slug="actualizacion-ecuatoriana-foto-cedula-tras-cierre", mailbox=S, recv="2026-12-10 17:05:27",
    frm=("Maritza Zambrano", "maritza.zambrano.l@gmail.com"), subject="ACTUALIZACIÓN DE DATOS",
    body="""Señores:
Secretaría Ejecutiva de la Comisión Especial para los Refugiados

Yo, Maritza Alexandra Zambrano Loor, ecuatoriana, con cédula 130987654-2, solicito la actualización de mis datos de contacto:

Nuevo teléfono: 914 882 306
Nuevo correo: maritza.zambrano.l@gmail.com
Nueva dirección: Av. Perú 2210, San Martín de Porres

Adjunto copia de mi cédula.

Atentamente,
Maritza Zambrano Loor""",
    atts=[lambda: A_jpg("cedula.jpg", ["REPUBLICA DEL ECUADOR", "CEDULA DE IDENTIDAD", "No. 130987654-2",
                                        "ZAMBRANO LOOR MARITZA ALEXANDRA"], 51)],
    procedure="actualizacion_datos",
    fields=dict(nombres="Maritza Alexandra Zambrano Loor", nacionalidad="EC", documento_identidad="1309876542",
                telefono="+51914882306", correo="maritza.zambrano.l@gmail.com"))

# ---- Friday 11 December -----------------------------------------------------------------
msg(n=52, slug="autorizacion-viaje-cc-dos-buzones", mailbox=R, recv="2026-12-11 09:10:36",
    to=M, cc=R,
    frm=("Lázaro Benítez", "lazarobenitez.cu@gmail.com"), subject="AUTORIZACIÓN DE VIAJE - CE 000498765",
    body="""Buenos días,

Solicito autorización de viaje. Mi nombre es Lázaro Ernesto Benítez Roque, cubano, refugiado reconocido, carné de extranjería 000498765. Viajo a Santiago de Chile, saliendo el 26/12/26 y regresando el 10/01/27. Mi hija menor, que vive en Santiago con su madre, tiene programada una cirugía de columna el 28 de diciembre y debo firmar el consentimiento como padre.

Cel: +51 990 445 213

Adjunto solicitud firmada digitalmente.""",
    atts=[lambda: A_signed("autorizacion_viaje_benitez.pdf", "SOLICITUD DE AUTORIZACIÓN DE VIAJE", [
        "Lázaro Ernesto Benítez Roque, cubano, CE 000498765, cel. +51 990 445 213.", "",
        "Solicito autorización para viajar a Santiago de Chile del 26/12/26 al 10/01/27 por la cirugía "
        "de columna de mi hija menor.", "",
        "Lima, 10 de diciembre de 2026", "Lázaro Ernesto Benítez Roque"], "Lazaro Ernesto Benitez Roque", 52)],
    procedure="autorizacion_viaje", refugee=True,
    fields=dict(nombres="Lázaro Ernesto Benítez Roque", nacionalidad="CU", carne_extranjeria="000498765",
                destino="Santiago de Chile", fecha_salida="2026-12-26", fecha_retorno="2027-01-10",
                telefono="+51990445213", correo="lazarobenitez.cu@gmail.com",
                motivo="Mi hija menor, que vive en Santiago con su madre, tiene programada una cirugía de columna el 28 de diciembre y debo firmar el consentimiento como padre"))

msg(n=53, slug="reconsideracion-nacionalidad-en-asunto-firma-pegada", mailbox=M, recv="2026-12-11 12:40:03",
    frm=("Henry Rangel", "henryrangel.v@gmail.com"),
    subject="Recurso de reconsideración (venezolano) - Henry José Rangel",
    body="""Buenas tardes,

Adjunto recurso de reconsideración con mi firma. Mis datos de contacto: cel 939 774 105 / henryrangel.v@gmail.com

Henry José Rangel Toro""",
    atts=[lambda: A_textimg("reconsideracion_rangel.pdf", "RECURSO DE RECONSIDERACIÓN", [
        "Henry José Rangel Toro, con cédula de identidad V-17.882.430, interpongo recurso de "
        "reconsideración contra la resolución que denegó mi solicitud de refugio.", "",
        "Solicito que se reconsidere porque presento como nueva prueba la partida de defunción de mi "
        "primo, asesinado en Maracay por el mismo grupo que me amenazó, y el informe policial del hecho.", "",
        "Lima, 10 de diciembre de 2026", "Henry José Rangel Toro"], 53)],
    procedure="reconsideracion",
    fields=dict(nombres="Henry José Rangel Toro", nacionalidad="VE", documento_identidad="V17882430",
                telefono="+51939774105", correo="henryrangel.v@gmail.com",
                motivo="presento como nueva prueba la partida de defunción de mi primo"))

msg(n=54, slug="ayuda-bebe-nacido-en-lima", mailbox=S, recv="2026-12-11 16:50:44",
    frm=("Yurimar Sánchez", "yurimar.sanchez@gmail.com"), subject="Ayuda",
    body="""Buenas tardes, mi bebé nació aquí en Lima hace un mes y no sé qué tengo que hacer con la Comisión para que quede registrado en mi expediente. ¿Me pueden orientar?

Yurimar Sánchez. 937 551 660""",
    procedure=None,
    fields=dict(nombres="Yurimar Sánchez", telefono="+51937551660", correo="yurimar.sanchez@gmail.com"))

msg(n=55, slug="reenvio-interno-mesa-de-partes", mailbox=R, recv="2026-12-11 10:02:18",
    frm=("Mesa de Partes MRE", M), to=R, subject="RV: Prórroga de residencia",
    body="""Se remite para su atención, por corresponder a esa unidad.

Mesa de Partes Virtual - MRE

-----Mensaje original-----
De: Ricardo Almeida <ricardoalmeida.ve@gmail.com>
Enviado el: jueves, 10 de diciembre de 2026 18:44
Para: mesadepartes@rree.gob.pe
Asunto: Prórroga de residencia

Buenas noches, solicito la prórroga de mi residencia. Ricardo Almeida, CE 000377214, cel 918 220 645.""",
    procedure="prorroga_residencia", machine=True, fields={})

# ---- Weekend 12-13 December -------------------------------------------------------------
msg(n=56, slug="prorroga-sabado-sin-sexo-ni-nacimiento", mailbox=R, recv="2026-12-12 11:00:29",
    frm=("William Ospina", "wospina.refugio@gmail.com"), subject="Prorroga residencia",
    body="""Buenos días
Pido la prórroga de mi residencia.

William Ospina Cárdenas
colombiano
CC 79.845.112
Carné de Extranjería 000366540
Cel 976-223-019""",
    procedure="prorroga_residencia",
    fields=dict(nombres="William Ospina Cárdenas", nacionalidad="CO", documento_identidad="79845112",
                carne_extranjeria="000366540", telefono="+51976223019", correo="wospina.refugio@gmail.com"))

msg(n=57, slug="apelacion-hija-por-padre-escaneada-domingo", mailbox=M, recv="2026-12-13 22:45:11",
    date="Mon, 14 Dec 2026 03:45:02 +0000",
    frm=("Andreína Márquez", "andreinamarquez@gmail.com"), subject="Recurso de Apelación - Sr. Ramón Márquez",
    body="""Buenas noches,

Envío en nombre de mi padre, el señor Ramón Antonio Márquez Fuentes, de 79 años, venezolano, pasaporte N° 089456123, su recurso de apelación contra la resolución que confirmó la denegatoria de su refugio. El escrito está firmado a mano por él y lo escaneé.

Mi padre apela porque la Comisión no consideró que fue dirigente sindical en la empresa estatal de aluminio en Ciudad Guayana y que por eso lo tienen señalado; además sufre una enfermedad renal que en Venezuela no puede tratarse.

Él no usa celular ni correo; para cualquier notificación comuníquense conmigo al 986 553 720 o a este correo.

Andreína Márquez Rivas
C.I. V-18.990.334""",
    atts=[lambda: A_scan("apelacion_ramon_marquez.pdf", [
        "RECURSO DE APELACION", "", "Ramon Antonio Marquez Fuentes", "Pasaporte 089456123", "",
        "Apelo la resolucion que confirma la denegatoria", "de mi solicitud de refugio.", "",
        "Lima, 12 de diciembre de 2026", "", "Ramon A. Marquez F."], 57)],
    procedure="apelacion",
    fields=dict(nombres="Ramón Antonio Márquez Fuentes", nacionalidad="VE", documento_identidad="089456123",
                telefono="+51986553720", correo="andreinamarquez@gmail.com",
                motivo="la Comisión no consideró que fue dirigente sindical en la empresa estatal de aluminio"))


# =========================================================================== labelling
def signature_status(procedure, atts):
    if procedure not in NEEDS_FIRMA:
        return "not_required"
    kinds = {a["kind"] for a in atts}
    if "signed" in kinds:
        return "valid"
    if "altered" in kinds:
        return "invalid"
    if kinds & {"scan", "jpg", "png", "textimg"}:
        return "manuscrita"
    return "absent"


def has_denuncia(atts):
    return any("denuncia" in a["name"].lower() or "denuncia" in a["text"].lower() for a in atts)


def label(m, atts, received):
    proc = m["procedure"]
    fields = m["fields"]
    sig = signature_status(proc, atts)
    fd = cal.filing_date(received)
    out = dict(file=m["file"], mailbox=m["mailbox"], received=received.isoformat(), procedure=proc,
               fields=fields, missing=[], signature=sig, outcome=None, flags=[],
               filing_date=fd.isoformat(), due_date=None)
    if m.get("machine"):
        out["outcome"] = "ignorado"
        return out
    if proc is None:
        out["outcome"] = "triage"
        return out
    if HOME[proc] == "portal":
        out["outcome"] = "portal"
        return out
    flags = []
    if HOME[proc] != m["mailbox"]:
        flags.append("derivado")
    if proc == "carne_solicitante":
        out.update(outcome="suspendido", flags=flags)
        return out
    refugee = m.get("refugee") or "carne_extranjeria" in fields
    missing = []
    for req in REQ[proc]:
        star = req.endswith("*")
        key = req.rstrip("*")
        if star and not refugee:
            continue
        if key == "firma":
            ok = sig in ("valid", "manuscrita")
        elif key == "denuncia_policial":
            ok = has_denuncia(atts)
        else:
            ok = key in fields
        if not ok:
            missing.append(key)
    if sig == "manuscrita":
        flags.append("verificar_firma")
    if proc in RECURSOS and m.get("notif"):
        if fd > cal.recurso_deadline(dt.date.fromisoformat(m["notif"])):
            flags.append("extemporaneo")
    if missing:
        outcome, due = "subsanar", cal.add_business(fd, 2)
    elif proc in RECURSOS:
        outcome, due = "cargo", cal.add_business(fd, PLAZO[proc])
    else:
        outcome, due = "acuse", cal.add_business(fd, PLAZO[proc])
    out.update(missing=missing, outcome=outcome, flags=flags, due_date=due.isoformat())
    return out


# =========================================================================== writing .eml
_ips = random.Random(16)


def relay_for(addr):
    dom = addr.split("@")[1].lower()
    if dom.endswith("rree.gob.pe"):
        return "localhost", "127.0.0.1"
    if dom in ("gmail.com",):
        return "mail-{}.google.com".format(_ips.choice(["qk1-f177", "pl1-f182", "yw1-f170", "oi1-f169"])), "209.85.{}.{}".format(_ips.randint(128, 250), _ips.randint(2, 250))
    if dom in ("hotmail.com", "outlook.com"):
        return "mail-{}.outbound.protection.outlook.com".format(_ips.choice(["bn8nam12on2045", "dm6nam10on2081"])), "40.107.{}.{}".format(_ips.randint(1, 250), _ips.randint(2, 250))
    if dom.startswith("yahoo"):
        return "sonic{}.consmr.mail.ne1.yahoo.com".format(_ips.randint(300, 330)), "66.163.{}.{}".format(_ips.randint(180, 199), _ips.randint(2, 250))
    return "mail.{}".format(dom), "190.{}.{}.{}".format(_ips.randint(40, 240), _ips.randint(1, 250), _ips.randint(2, 250))


def add_transport(msgobj, m, received):
    host, ip = relay_for(m["frm"][1])
    qid = "".join(_ips.choice("0123456789ABCDEF") for _ in range(10))
    msgobj["Received"] = (f"from {host} ({host} [{ip}]) by mx1.rree.gob.pe (Postfix) with ESMTPS id {qid} "
                          f"for <{m['mailbox']}>; {format_datetime(received)}")
    earlier = (received - dt.timedelta(seconds=_ips.randint(1, 9))).astimezone(dt.timezone.utc)
    msgobj["Received"] = f"by {host} with SMTP id {qid.lower()}x; {format_datetime(earlier)}"


def build_eml(m, atts, received):
    name, addr = m["frm"]
    to = m.get("to", m["mailbox"])
    if m.get("bounce"):
        b = m["bounce"]
        outer = MIMEMultipart("report", policy=policy.SMTP, report_type="delivery-status")
        outer["Delivered-To"] = m["mailbox"]
        add_transport(outer, m, received)
        outer["From"] = f"{name} <{addr}>"
        outer["To"] = m["mailbox"]
        outer["Subject"] = m["subject"]
        outer["Date"] = format_datetime(received - dt.timedelta(seconds=2))
        outer["Message-ID"] = make_msgid(domain="mx1.rree.gob.pe")
        outer["Auto-Submitted"] = "auto-replied"
        outer.attach(MIMEText(
            f"This is the mail system at host mx1.rree.gob.pe.\n\nI'm sorry to have to inform you that your "
            f"message could not be delivered to one or more recipients.\n\n<{b['rcpt']}>: host or domain "
            f"name not found. Name service error for name=gmial.com type=A: Host not found\n", "plain", "utf-8"))
        from email.message import Message
        ds = MIMEBase("message", "delivery-status")
        per_msg = Message()
        per_msg["Reporting-MTA"] = "dns; mx1.rree.gob.pe"
        per_msg["Arrival-Date"] = format_datetime(received)
        per_rcpt = Message()
        per_rcpt["Final-Recipient"] = f"rfc822; {b['rcpt']}"
        per_rcpt["Action"] = "failed"
        per_rcpt["Status"] = "5.4.4"
        per_rcpt["Diagnostic-Code"] = "X-Postfix; Host or domain name not found"
        ds.set_payload([per_msg, per_rcpt])
        outer.attach(ds)
        hdrs = MIMEText(f"From: {m['mailbox']}\nTo: {b['rcpt']}\nSubject: {b['orig_subject']}\n"
                        f"Date: {format_datetime(received - dt.timedelta(minutes=1))}\n", "rfc822-headers", "utf-8")
        outer.attach(hdrs)
        return outer.as_bytes(policy=policy.SMTP)

    em = EmailMessage()
    em["Delivered-To"] = m["mailbox"]
    add_transport(em, m, received)
    em["From"] = f"{name} <{addr}>" if name else addr
    em["To"] = to
    if m.get("cc"):
        em["Cc"] = m["cc"]
    em["Subject"] = m["subject"]
    em["Date"] = m.get("date") or format_datetime(received - dt.timedelta(seconds=_ips.randint(3, 40)))
    em["Message-ID"] = make_msgid(domain=addr.split("@")[1].lower())
    em["MIME-Version"] = "1.0"
    for k, v in m.get("headers", {}).items():
        em[k] = v
    if m["subject"].upper().startswith("RE:"):
        em["In-Reply-To"] = make_msgid(domain="rree.gob.pe")
    charset = m.get("charset", "utf-8")
    if m.get("body") is not None:
        em.set_content(m["body"], charset=charset)
        if m.get("html"):
            em.add_alternative(m["html"], subtype="html")
    else:
        em.set_content(m["html"], subtype="html")
    for a in atts:
        if a["name"].endswith(".pdf"):
            em.add_attachment(a["data"], maintype="application", subtype="pdf", filename=a["name"])
        elif a["name"].endswith(".jpg"):
            em.add_attachment(a["data"], maintype="image", subtype="jpeg", filename=a["name"])
        elif a["name"].endswith(".png"):
            em.add_attachment(a["data"], maintype="image", subtype="png", filename=a["name"])
    return em.as_bytes(policy=policy.SMTP)


def main():
    for old in HERE.glob("*.eml"):
        old.unlink()
    labels = []
    seen = set()
    for m in MESSAGES:
        assert m["n"] not in seen
        seen.add(m["n"])
        m["file"] = f"{m['n']:03d}-{m['slug']}.eml"
        received = dt.datetime.fromisoformat(m["recv"]).replace(tzinfo=LIMA)
        atts = [f() for f in m.get("atts", [])]
        m["_atts"] = atts
        (HERE / m["file"]).write_bytes(build_eml(m, atts, received))
        labels.append(label(m, atts, received))
    labels.sort(key=lambda x: x["file"])
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
