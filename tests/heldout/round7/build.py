#!/usr/bin/env python3
"""Round 7 (writer r7): builds the .eml files and labels.jsonl of this folder.

Run with the round's venv:  /work/rounds/.venv-r7/bin/python build.py
"""
import datetime as dt
import email.utils
import json
import os
import sys
from email.message import EmailMessage
from email import policy
from zoneinfo import ZoneInfo

import holidays

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_helpers as H  # noqa: E402

LIMA = ZoneInfo("America/Lima")
OFFICE_CLOSE = dt.time(16, 30)
NON_WORKING = {dt.date(2026, 10, 9), dt.date(2026, 12, 7), dt.date(2026, 12, 24)}
PE_HOLIDAYS = holidays.country_holidays("PE", years=[2026, 2027])

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"

# ---------------------------------------------------------------- the contract
PROC = {
    "solicitud_refugio": ("portal", [], None),
    "autorizacion_trabajo": ("portal", [], None),
    "entrevista_registro": ("portal", [], None),
    "carne_solicitante": (S, [], None),
    "actualizacion_datos": (S, ["nombres", "nacionalidad", "documento_identidad",
                                "carne_extranjeria*", "telefono"], 15),
    "cambio_clave": (S, ["nombres", "documento_identidad", "telefono", "correo"], 15),
    "reconsideracion": (M, ["firma", "motivo", "nombres", "documento_identidad",
                            "telefono", "correo"], 15),
    "apelacion": (M, ["firma", "motivo", "nombres", "documento_identidad", "telefono",
                      "correo"], 30),
    "renuncia": (M, ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad",
                     "carne_extranjeria*", "telefono"], 15),
    "prorroga_residencia": (R, ["nombres", "sexo", "nacionalidad", "documento_identidad",
                                "carne_extranjeria", "fecha_nacimiento", "telefono"], 15),
    "duplicado_carne_extranjeria": (R, ["denuncia_policial", "nombres", "sexo",
                                        "nacionalidad", "documento_identidad",
                                        "carne_extranjeria", "fecha_nacimiento",
                                        "telefono"], 15),
    "autorizacion_viaje": (R, ["firma", "motivo", "destino", "fecha_salida",
                               "fecha_retorno", "nombres", "carne_extranjeria",
                               "telefono"], 5),
}
PORTAL = {"solicitud_refugio", "autorizacion_trabajo", "entrevista_registro"}
RECURSOS = {"reconsideracion", "apelacion"}


def is_business(d):
    return d.weekday() < 5 and d not in PE_HOLIDAYS and d not in NON_WORKING


def next_business(d):
    d += dt.timedelta(days=1)
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def filing_day(ts):
    d = ts.date()
    if is_business(d) and (OFFICE_CLOSE is None or ts.time() < OFFICE_CLOSE):
        return d
    return next_business(d)


def add_business(d, n):
    for _ in range(n):
        d = next_business(d)
    return d


def label_for(m):
    ts = m["ts"]
    proc = m["proc"]
    fields = dict(m.get("fields", {}))
    filing = filing_day(ts)
    firma = m.get("firma")
    needs_firma = proc in PROC and "firma" in PROC[proc][1]
    signature = (firma or "absent") if needs_firma else "not_required"
    if m.get("ignorado"):
        outcome = "ignorado"
    elif proc in PORTAL:
        outcome = "portal"
    elif proc is None:
        outcome = "triage"
    elif proc == "carne_solicitante":
        outcome = "suspendido"
    else:
        outcome = None
    missing, flags = [], []
    if outcome is None:
        recognised = m.get("recognised", False) or "carne_extranjeria" in fields
        for req in PROC[proc][1]:
            if req == "firma":
                if signature in ("invalid", "absent"):
                    missing.append("firma")
            elif req == "denuncia_policial":
                if not m.get("denuncia"):
                    missing.append(req)
            elif req == "carne_extranjeria*":
                if recognised and "carne_extranjeria" not in fields:
                    missing.append("carne_extranjeria")
            elif req not in fields:
                missing.append(req)
        if missing:
            outcome = "subsanar"
        elif proc in RECURSOS:
            outcome = "cargo"
        else:
            outcome = "acuse"
    if outcome in ("suspendido", "subsanar", "cargo", "acuse"):
        if PROC[proc][0] != m["mailbox"]:
            flags.append("derivado")
        if signature == "manuscrita":
            flags.append("verificar_firma")
        if proc in RECURSOS and m.get("notified"):
            limit = add_business(m["notified"], 15)
            if filing > limit:
                flags.append("extemporaneo")
    if outcome in ("suspendido", "portal", "triage", "ignorado"):
        due = None
    elif outcome == "subsanar":
        due = add_business(filing, 2)
    else:
        due = add_business(filing, PROC[proc][2])
    if outcome in ("ignorado", "portal", "triage"):
        missing, flags = [], []
    return {
        "file": m["file"], "mailbox": m["mailbox"], "received": ts.isoformat(),
        "procedure": proc, "fields": fields, "missing": missing,
        "signature": signature, "outcome": outcome, "flags": flags,
        "filing_date": filing.isoformat(), "due_date": due.isoformat() if due else None,
    }


# ---------------------------------------------------------------- message writers
MSGS = []


def add(**kw):
    kw["file"] = "%03d-%s.eml" % (len(MSGS) + 1, kw.pop("slug"))
    kw["ts"] = dt.datetime.fromisoformat(kw.pop("rcv")).replace(tzinfo=LIMA)
    MSGS.append(kw)


def pdf(name, data):
    return (name, data, "application", "pdf")


def jpg(name, data):
    return (name, data, "image", "jpeg")


def png(name, data):
    return (name, data, "image", "png")


def signed(text, cn, title=None):
    return H.sign_pdf(H.text_pdf(text, title=title), cn)


def altered(text, cn, old, new, title=None):
    s = signed(text, cn, title=title)
    a = H.alter_signed(s, old, new)
    assert H.sig_intact(a) is False
    return a


# ============================================================================
# 1
add(slug="cambio-clave-celular", mailbox=S, rcv="2026-10-01 08:12:40",
    frm=("Maria \U0001F495", "mariaperezl.1990@gmail.com"),
    subject="cambio de clave",
    body="hola buenas soy maria perez lopez pasaporte 134567890 necesito cambio de "
         "clave del sistema de refugiados porfa \U0001F64F mi numero 987654321\n\n"
         "Enviado desde mi iPhone\n",
    proc="cambio_clave",
    fields={"nombres": "maria perez lopez", "documento_identidad": "134567890",
            "telefono": "+51987654321", "correo": "mariaperezl.1990@gmail.com"})

# 2
add(slug="actualizacion-kreyol", mailbox=S, rcv="2026-10-02 17:05:10",
    frm=("wesner jb", "wesner.jeanbaptiste@yahoo.fr"),
    subject="Actualizacion de datos",
    body="""Bonjou,

Mwen rele Wesner Jean-Baptiste. Mwen se moun ki fè demann refij isit la nan Peyi Pewou.
Mwen vle aktyalize done kontak mwen yo:

Nacionalidad: haitiana
Pasaporte N° RH4512378
Nuevo teléfono: 931 204 587
Nuevo correo: wesnerjb@hotmail.com
Dirección: Jr. Huánuco 1245, La Victoria

Mèsi anpil, Bondye beni nou.
""",
    proc="actualizacion_datos",
    fields={"nombres": "Wesner Jean-Baptiste", "nacionalidad": "HT",
            "documento_identidad": "RH4512378", "telefono": "+51931204587",
            "correo": "wesnerjb@hotmail.com"})

# 3
add(slug="actualizacion-refugiado-carne-en-prosa", mailbox=S, rcv="2026-10-03 11:20:05",
    frm=("Carlos Mejía", "carlos.mejia.rios@outlook.com"),
    subject="Actualización de datos",
    body="""Buenos días señores de la Comisión,

Me dirijo a ustedes para actualizar mis datos de contacto. Soy Carlos Andrés Mejía Ríos, de nacionalidad colombiana, identificado con cédula de ciudadanía 1.094.567.321, y fui reconocido como refugiado en el año 2022; el número de mi carné de extranjería es el 000587412.

Desde este mes mi teléfono es el fijo (01) 442-8765, ya no uso el celular que tenían registrado. Mi nueva dirección es Av. Los Próceres 1780, San Juan de Lurigancho.

Quedo atento.

Carlos Andrés Mejía Ríos
Jefe de cocina – Restaurante El Tambo Norteño
""",
    proc="actualizacion_datos",
    fields={"nombres": "Carlos Andrés Mejía Ríos", "nacionalidad": "CO",
            "documento_identidad": "1094567321", "carne_extranjeria": "000587412",
            "telefono": "+5114428765", "correo": "carlos.mejia.rios@outlook.com"})

# 4
add(slug="actualizacion-reconocida-sin-carne", mailbox=S, rcv="2026-10-07 16:45:51",
    frm=("YURBELIS MORA", "yurbelis.mora21@gmail.com"),
    subject="ACTUALIZACION DE DATOS",
    body="""Buenas tardes. Soy refugiada reconocida desde el 2021 y cambie de numero de telefono.

NOMBRE: YURBELIS CAROLINA MORA PINTO
NACIONALIDAD: VENEZOLANA
CEDULA: V-19.876.543
TELF NUEVO: 9 5123 4870

Gracias de antemano
""",
    proc="actualizacion_datos", recognised=True,
    fields={"nombres": "YURBELIS CAROLINA MORA PINTO", "nacionalidad": "VE",
            "documento_identidad": "V19876543", "telefono": "+51951234870",
            "correo": "yurbelis.mora21@gmail.com"})

# 5
APEL5 = """SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS
Atención: Mesa de Partes

HÉCTOR LUIS BARRIOS GIL, de nacionalidad venezolana, identificado con pasaporte N° 118457392, con domicilio en Calle Las Gardenias 455, Los Olivos, teléfono +51 976 218 430 y correo electrónico hlbarriosgil@gmail.com, ante ustedes me presento y digo:

Que, dentro del plazo de ley, interpongo RECURSO DE APELACIÓN contra la Resolución que confirma la denegatoria de mi solicitud de refugio (Expediente N° 2024-03356), notificada el 28 de septiembre de 2026, por los siguientes fundamentos:

I. FUNDAMENTOS DE HECHO
1. En mi entrevista declaré que fui detenido y golpeado en dos ocasiones por funcionarios del SEBIN por haber participado como testigo de mesa de la oposición en 2024.
2. La resolución apelada afirma que mi relato es "genérico", pero no valoró el informe médico ni la constancia de la ONG Foro Penal que presenté en su oportunidad.
3. Mi hermano menor, que permaneció en Maracay, fue detenido en julio de 2026, lo que confirma que el riesgo persiste.

II. FUNDAMENTOS DE DERECHO
1. Convención sobre el Estatuto de los Refugiados de 1951, artículo 1 A (2), y Ley N° 27891, Ley del Refugiado, artículo 3.
2. Artículo 220 del TUO de la Ley N° 27444, que regula el recurso de apelación.
3. Principio de no devolución (artículo 33 de la Convención).

POR TANTO:
Solicito se conceda el recurso y se eleve al superior jerárquico para que revoque la resolución y me reconozca la condición de refugiado.

ANEXO 1-A: el presente escrito firmado digitalmente (PDF).

Lima, 8 de octubre de 2026
"""
add(slug="apelacion-fundamentos-firmada", mailbox=M, rcv="2026-10-08 10:02:14",
    frm=("Héctor Luis Barrios Gil", "hlbarriosgil@gmail.com"),
    subject="Recurso de Apelación - Expediente N° 2024-03356",
    body=APEL5 + "\nHÉCTOR LUIS BARRIOS GIL\nPasaporte N° 118457392\n",
    atts=lambda: [pdf("Apelacion_Barrios_Gil.pdf",
                      signed(APEL5 + "\n\nHECTOR LUIS BARRIOS GIL", "HECTOR LUIS BARRIOS GIL",
                             title="RECURSO DE APELACION"))],
    proc="apelacion", firma="valid", notified=dt.date(2026, 9, 28),
    fields={"nombres": "HÉCTOR LUIS BARRIOS GIL", "nacionalidad": "VE",
            "documento_identidad": "118457392", "telefono": "+51976218430",
            "correo": "hlbarriosgil@gmail.com",
            "motivo": "la resolución no valoró las detenciones por el SEBIN, el informe "
                      "médico ni la constancia de Foro Penal; el riesgo persiste"})

# 6
RECO6 = """Señores
COMISIÓN ESPECIAL PARA LOS REFUGIADOS
Presente.-

Yo, LISBETH JOHANA ROJAS URBINA, de nacionalidad venezolana, con cédula de identidad V-24.331.908, con número de celular +51 945 667 120 y correo electrónico lisbeth.rojasurbina@hotmail.com, al amparo del artículo 219 del TUO de la Ley N° 27444 interpongo RECURSO DE RECONSIDERACIÓN contra la resolución que declaró improcedente mi solicitud de refugio, notificada con fecha 01/10/2026.

FUNDAMENTOS
1. La resolución sostiene que no acredité amenazas personales. Presento como NUEVA PRUEBA la constancia de la Fiscalía Municipal de Barquisimeto (junio de 2025) sobre la denuncia que formulé por amenazas del colectivo que controla mi sector.
2. Adjunto también dos mensajes de voz transcritos y certificados en los que se me amenaza de muerte por negarme a entregar mi vivienda.
3. Estos hechos configuran un temor fundado de persecución en los términos de la Ley N° 27891.

Por lo expuesto, solicito se reconsidere la resolución y se me reconozca la condición de refugiada.

Lima, 12 de octubre de 2026

LISBETH JOHANA ROJAS URBINA
V-24.331.908
"""
add(slug="reconsideracion-datos-solo-en-pdf", mailbox=M, rcv="2026-10-13 09:31:27",
    frm=("Lisbeth", "lisbeth.rojas88@gmail.com"),
    subject="RECURSO DE RECONSIDERACION",
    body="Buenos días, adjunto mi recurso de reconsideración firmado digitalmente.\n\n"
         "Saludos cordiales\n",
    atts=lambda: [pdf("RECONSIDERACION LJRU.pdf",
                      signed(RECO6, "LISBETH JOHANA ROJAS URBINA"))],
    proc="reconsideracion", firma="valid", notified=dt.date(2026, 10, 1),
    fields={"nombres": "LISBETH JOHANA ROJAS URBINA", "nacionalidad": "VE",
            "documento_identidad": "V24331908", "telefono": "+51945667120",
            "correo": "lisbeth.rojasurbina@hotmail.com",
            "motivo": "nueva prueba: constancia de la Fiscalía y mensajes de amenaza"})

# 7
add(slug="reconsideracion-foto-extemporanea", mailbox=M, rcv="2026-10-14 12:10:09",
    frm=("Jhon Fredy", "jhonfredy.osorio@gmail.com"),
    subject="Reconsideracion",
    body="""Señores CEPR buenas tardes

yo Jhon Fredy Osorio Cardona con C.C. 71.845.220 de Medellín, colombiano, presento recurso de reconsideración de la resolución que me negó el refugio, la cual me fue notificada el 20 de agosto de 2026. Pido que se reconsidere porque ahora tengo pruebas nuevas: la constancia de Fiscalía de Colombia por las amenazas del grupo armado y una carta de la Junta de Acción Comunal de mi vereda.
No lo mandé antes porque estuve hospitalizado casi un mes.

Adjunto foto del escrito firmado a mano.

celular/whatsapp 924 118 605
correo jhonfredy.osorio@gmail.com
""",
    atts=lambda: [jpg("IMG_20261014_115902.jpg", H.scan_image(
        "Señores Comisión Especial para los Refugiados\n\n"
        "RECURSO DE RECONSIDERACIÓN\n\n"
        "Presento recurso de reconsideración contra la\n"
        "resolución que me negó el refugio, por existir\n"
        "pruebas nuevas que adjunto.\n\n"
        "Lima, 13 de octubre de 2026\n", seed=7))],
    proc="reconsideracion", firma="manuscrita", notified=dt.date(2026, 8, 20),
    fields={"nombres": "Jhon Fredy Osorio Cardona", "nacionalidad": "CO",
            "documento_identidad": "71845220", "telefono": "+51924118605",
            "correo": "jhonfredy.osorio@gmail.com",
            "motivo": "pruebas nuevas: constancia de Fiscalía y carta de la Junta de "
                      "Acción Comunal"})

# 8
APEL8 = """RECURSO DE APELACIÓN

Yo, Domingos Manuel Kiala, de nacionalidad angoleña, pasaporte N2398145, interpongo recurso de apelación contra la resolución que confirmó la denegatoria de mi solicitud de refugio.

Motivos:
1. En Cabinda fui detenido por pertenecer a una asociación que defiende la autonomía de la provincia; la resolución no consideró los informes de Amnistía Internacional sobre la detención de activistas.
2. La traducción de mi entrevista tuvo errores: no hubo intérprete de portugués y se anotó que viajé por motivos económicos, lo que nunca dije.

Teléfono: +51 962 003 417
Correo: domingos.kiala@gmail.com

Lima, 16 de octubre de 2026
Domingos Manuel Kiala
"""
add(slug="apelacion-portugues-pdf-sin-firma", mailbox=M, rcv="2026-10-16 18:40:33",
    frm=("Domingos Manuel", "domingos.kiala@gmail.com"),
    subject="Recurso de apelación",
    body="""Boa noite,

Meu nome é Domingos Manuel Kiala, sou de nacionalidade angolana, passaporte N2398145. Escrevo para apresentar o recurso de apelação contra a decisão que negou o meu pedido de refúgio. Envio em anexo o documento em espanhol com os motivos.

Telefone: +51 962 003 417

Obrigado pela atenção.
Domingos Manuel Kiala
""",
    atts=lambda: [pdf("apelacao_domingos.pdf", H.text_pdf(APEL8))],
    proc="apelacion", firma="absent",
    fields={"nombres": "Domingos Manuel Kiala", "nacionalidad": "AO",
            "documento_identidad": "N2398145", "telefono": "+51962003417",
            "correo": "domingos.kiala@gmail.com",
            "motivo": "detenido en Cabinda por activismo; errores de traducción en la "
                      "entrevista"})

# 9
APEL9 = """RECURSO DE APELACIÓN

Señores de la Comisión Especial para los Refugiados:

YOANDRI CASTILLO PÉREZ, de nacionalidad cubana, identificado con carnet de identidad N° 85031412345, con celular 912 345 678 y correo yoandri.cp@gmail.com, con el patrocinio de la abogada que suscribe la presentación, interpongo recurso de apelación contra la resolución que confirmó la denegatoria de mi solicitud de refugio.

FUNDAMENTOS
1. Fui detenido en La Habana tras las protestas de julio de 2021 y condenado por "desórdenes públicos"; la resolución no valoró la sentencia que obra en el expediente.
2. Tras salir en libertad condicional fui citado reiteradamente por la Seguridad del Estado; mi salida del país fue una huida.
3. La Comisión aplicó un estándar de prueba excesivo, contrario al principio del beneficio de la duda.

Lima, 18 de octubre de 2026

YOANDRI CASTILLO PÉREZ
"""
add(slug="apelacion-abogada-buzon-refugiados", mailbox=R, rcv="2026-10-19 11:15:44",
    frm=("Patricia Salas Ugarte", "psalas@clinicajuridica-dh.org.pe"),
    subject="Recurso de Apelación – Yoandri Castillo Pérez",
    body="""Señores:

Por medio del presente, en mi calidad de abogada patrocinante del señor Yoandri Castillo Pérez, de nacionalidad cubana, identificado con carnet de identidad N° 85031412345, cumplo con remitir el recurso de apelación debidamente firmado por mi patrocinado (archivo adjunto), contra la resolución que confirmó la denegatoria de su solicitud.

En síntesis, la apelación sostiene que la Comisión no valoró la sentencia por las protestas de julio de 2021 ni las citaciones posteriores de la Seguridad del Estado, y que aplicó un estándar de prueba excesivo.

Datos de contacto del recurrente: celular 912 345 678; correo yoandri.cp@gmail.com.

Atentamente,

Dra. Patricia Salas Ugarte
Abogada – Reg. CAL N° 45872
Clínica Jurídica de Derechos Humanos
Telf. (01) 619-7000 anexo 2231
""",
    atts=lambda: [pdf("Apelacion_YCP_firmada.pdf", signed(APEL9, "YOANDRI CASTILLO PEREZ"))],
    proc="apelacion", firma="valid",
    fields={"nombres": "Yoandri Castillo Pérez", "nacionalidad": "CU",
            "documento_identidad": "85031412345", "telefono": "+51912345678",
            "correo": "yoandri.cp@gmail.com",
            "motivo": "no se valoró la sentencia por las protestas de 2021 ni las "
                      "citaciones de la Seguridad del Estado"})

# 10
REN10 = """Lima, 20 de octubre de 2026

Señores
Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores

Asunto: RENUNCIA A LA CONDICIÓN DE REFUGIADA

Yo, MARIE-CLAIRE NSIMBA MBUYI, de nacionalidad congoleña (República Democrática del Congo), con pasaporte N° OB0412345 y carné de extranjería N° 001245789, teléfono +51 987 120 455, me dirijo a ustedes para comunicar mi decisión libre y voluntaria de RENUNCIAR a la condición de refugiada que me fue reconocida en el Perú.

Motivo: he obtenido la residencia permanente en Canadá, donde viven mi esposo y mis hijos, y viajaré a ese país de manera definitiva.

Agradezco la protección brindada por el Estado peruano.

Atentamente,
"""
add(slug="renuncia-frances-firma-imagen", mailbox=M, rcv="2026-10-20 15:00:02",
    frm=("Marie-Claire Nsimba", "mc.nsimba@gmail.com"),
    subject="Renuncia",
    body="""Bonjour Madame, Monsieur,

Je m'appelle Marie-Claire Nsimba Mbuyi, de nationalité congolaise (République démocratique du Congo). Je suis réfugiée reconnue au Pérou et je vous écris pour renoncer à mon statut de réfugiée, car j'ai obtenu la résidence permanente au Canada où vit ma famille.

Vous trouverez ci-joint ma lettre de renonciation signée, en espagnol.

Passeport : OB0412345
Carné de extranjería : 001245789
Téléphone : +51 987 120 455

Cordialement,

Marie-Claire Nsimba Mbuyi
Infirmière auxiliaire
""",
    atts=lambda: [pdf("renuncia_nsimba.pdf", H.text_pdf(
        REN10, sig_image=H.signature_png("mc", 10),
        sig_name="MARIE-CLAIRE NSIMBA MBUYI\nCE 001245789"))],
    proc="renuncia", firma="manuscrita",
    fields={"nombres": "Marie-Claire Nsimba Mbuyi", "nacionalidad": "CD",
            "documento_identidad": "OB0412345", "carne_extranjeria": "001245789",
            "telefono": "+51987120455", "correo": "mc.nsimba@gmail.com",
            "motivo": "residencia permanente en Canadá, donde vive su familia"})

# 11
add(slug="renuncia-sin-firma-esposa", mailbox=M, rcv="2026-10-24 09:40:18",
    frm=("Richard Quintero", "richardq.1984@gmail.com"),
    subject="renuncia a solicitud de refugio",
    body="""buenos dias

mi nombre es Richard Alexander Quintero Salas venezolano cedula 17.555.902, quiero renunciar a mi solicitud de refugio porque nos vamos a vivir a Chile donde mi hermano nos consiguio trabajo.
mi esposa Ana Rosa Castillo de Quintero, tambien venezolana C.I. 20.111.222, tiene su propia solicitud y ella les escribira aparte.

mi numero es el 940-556-218
gracias
""",
    proc="renuncia", firma="absent",
    fields={"nombres": "Richard Alexander Quintero Salas", "nacionalidad": "VE",
            "documento_identidad": "17555902", "telefono": "+51940556218",
            "correo": "richardq.1984@gmail.com",
            "motivo": "se van a vivir a Chile, donde el hermano les consiguió trabajo"})

# 12
TAB12 = [("Nombres y Apellidos", "Génesis Alejandra Rondón Vargas"), ("Sexo", "Femenino"),
         ("Nacionalidad", "Venezuela"), ("Pasaporte", "098765432"),
         ("Carné de Extranjería", "000912345"), ("Fecha de nacimiento", "14/02/87"),
         ("Teléfono", "+51 955 310 284")]
add(slug="prorroga-webmail-tabla", mailbox=R, rcv="2026-10-26 09:05:47",
    frm=("Génesis Rondón", "genesis.rondon87@yahoo.com"),
    subject="Prórroga de Residencia",
    body="Buenos días, solicito la prórroga anual de mi residencia como refugiada.\n\n"
         + "\n".join("%s\t%s" % r for r in TAB12) + "\n\nGracias,\nGénesis\n",
    html="""<html><body><div style="font-family:Arial">Buenos días, solicito la prórroga anual de mi residencia como refugiada.<br><br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
""" + "\n".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % r for r in TAB12) + """
</table><br>Gracias,<br>Génesis</div></body></html>""",
    proc="prorroga_residencia",
    fields={"nombres": "Génesis Alejandra Rondón Vargas", "sexo": "F", "nacionalidad": "VE",
            "documento_identidad": "098765432", "carne_extranjeria": "000912345",
            "fecha_nacimiento": "1987-02-14", "telefono": "+51955310284",
            "correo": "genesis.rondon87@yahoo.com"})

# 13
add(slug="prorroga-respuesta-citada-incompleta", mailbox=R, rcv="2026-10-28 20:30:12",
    frm=("Yonaiker Perdomo", "yperdomo.ve@gmail.com"),
    subject="RE: Prórroga de residencia",
    body="""Buenas noches, aqui les envio los datos que me pidieron

Yonaiker José Perdomo Alvarado
Nacionalidad: Venezuela
cedula V-21.456.778
carne de extranjeria 000734561
cel 993 214 660

El mar, 20 oct 2026 a las 11:02, Refugiados (<refugiados@rree.gob.pe>) escribió:
> Estimado usuario:
>
> Para tramitar la prórroga de residencia envíe por este medio: nombres y
> apellidos completos, sexo, nacionalidad, N° de pasaporte y/o cédula, N° de
> carné de extranjería, fecha de nacimiento y teléfono.
>
> Atentamente,
> Secretaría Ejecutiva - Comisión Especial para los Refugiados
> Telf. (01) 204-2400
""",
    headers={"In-Reply-To": "<cepr-20261020-1102@rree.gob.pe>",
             "References": "<cepr-20261020-1102@rree.gob.pe>"},
    proc="prorroga_residencia",
    fields={"nombres": "Yonaiker José Perdomo Alvarado", "nacionalidad": "VE",
            "documento_identidad": "V21456778", "carne_extranjeria": "000734561",
            "telefono": "+51993214660", "correo": "yperdomo.ve@gmail.com"})

# 14
add(slug="duplicado-ce-con-denuncia-pdf", mailbox=R, rcv="2026-10-30 10:00:31",
    frm=("Abdel Rahman", "abdelrahman.alhussein@gmail.com"),
    subject="Duplicado de carné de extranjería",
    body="""Estimados señores,

Solicito el duplicado de mi carné de extranjería. Adjunto la denuncia policial.

Nombre completo: Abdel Rahman Al-Hussein
Sexo: masculino
Nacionalidad: siria
Pasaporte: N012345678
Carné de extranjería: 000456123
Fecha de nacimiento: 3 de junio de 1979
Teléfono: 981 402 336
Motivo: extravío

Gracias.
""",
    atts=lambda: [pdf("denuncia_policial_PNP.pdf", H.text_pdf(
        "POLICÍA NACIONAL DEL PERÚ\nCOMISARÍA PNP SAN ISIDRO\n\n"
        "CONSTANCIA DE DENUNCIA POLICIAL N° 24781-2026\n\n"
        "Con fecha 27 de octubre de 2026 se presentó el ciudadano ABDEL RAHMAN AL-HUSSEIN, "
        "de nacionalidad siria, con carné de extranjería N° 000456123, denunciando la "
        "pérdida de su carné de extranjería en la vía pública.\n\n"
        "Se expide la presente a solicitud del interesado para los fines que estime "
        "conveniente.", title="CONSTANCIA"))],
    proc="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Abdel Rahman Al-Hussein", "sexo": "M", "nacionalidad": "SY",
            "documento_identidad": "N012345678", "carne_extranjeria": "000456123",
            "fecha_nacimiento": "1979-06-03", "telefono": "+51981402336",
            "correo": "abdelrahman.alhussein@gmail.com", "motivo": "extravío"})

# 15
add(slug="duplicado-carnet-asunto-ambiguo-sin-denuncia", mailbox=R,
    rcv="2026-11-02 08:55:03",
    frm=("Luis Parra", "luisparra.nieves@hotmail.com"),
    subject="Duplicado de carnet",
    body="""Buen día, necesito sacar duplicado de mi carné de extranjería (soy refugiado reconocido).

Nombres: Luis Eduardo Parra Nieves
Sexo: M
Nacionalidad: Venezuela
Cédula: V-15.220.781
CE: 000381276
F. nac.: 09-09-1975
Teléfono: 954 771 093

Adjunto foto del carné como estaba.
""",
    atts=lambda: [jpg("foto_carne.jpg", H.scan_image(
        "REPÚBLICA DEL PERÚ\nCARNÉ DE EXTRANJERÍA\n(foto deteriorada)", seed=15,
        with_sig=False))],
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "Luis Eduardo Parra Nieves", "sexo": "M", "nacionalidad": "VE",
            "documento_identidad": "V15220781", "carne_extranjeria": "000381276",
            "fecha_nacimiento": "1975-09-09", "telefono": "+51954771093",
            "correo": "luisparra.nieves@hotmail.com"})

# 16
VIAJE16 = """SOLICITUD DE AUTORIZACIÓN DE VIAJE

Señores Comisión Especial para los Refugiados:

Yo, NELSON RAFAEL GUAITA BLANCO, refugiado reconocido, con carné de extranjería N° 000612874 y teléfono +51 936 440 125, solicito autorización para viajar a Quito (Ecuador) del 16 al 28 de noviembre de 2026.

Motivo: mi madre será operada del corazón en el Hospital Metropolitano de Quito y soy el único familiar que puede acompañarla.

Lima, 2 de noviembre de 2026
"""
add(slug="autorizacion-viaje-quito-firmada", mailbox=R, rcv="2026-11-03 11:00:26",
    frm=("Nelson Guaita", "nelsonguaita@gmail.com"),
    subject="Autorización de viaje",
    body="""Buenos días. Soy refugiado reconocido y necesito viajar de urgencia a Quito del 16 al 28 de noviembre de 2026 porque mi madre será operada del corazón y soy el único familiar que puede acompañarla.

Nelson Rafael Guaita Blanco
CE 000612874
Telf. +51 936 440 125

Adjunto solicitud firmada digitalmente.
""",
    atts=lambda: [pdf("solicitud_viaje_NGuaita.pdf",
                      signed(VIAJE16 + "\nNELSON RAFAEL GUAITA BLANCO",
                             "NELSON RAFAEL GUAITA BLANCO"))],
    proc="autorizacion_viaje", firma="valid",
    fields={"motivo": "operación de corazón de su madre", "destino": "Quito",
            "fecha_salida": "2026-11-16", "fecha_retorno": "2026-11-28",
            "nombres": "Nelson Rafael Guaita Blanco", "carne_extranjeria": "000612874",
            "telefono": "+51936440125", "correo": "nelsonguaita@gmail.com"})

# 17
add(slug="permiso-viaje-bogota-escaneado-sin-anio", mailbox=R, rcv="2026-11-20 22:15:40",
    frm=("Diana Torres", "dianamtorresgil@gmail.com"),
    subject="permiso de viaje urgente",
    body="Buenas noches, soy Diana Marcela Torres Gil, refugiada reconocida, carné de "
         "extranjería N° 000529834. Viajo a Bogotá del 18 al 30 de diciembre por el "
         "fallecimiento de mi padre (velorio y trámites de la sucesión). Mi celular es "
         "998 003 251. Adjunto la solicitud firmada escaneada.\n\nDiana\n",
    atts=lambda: [pdf("scan0001.pdf", H.image_only_pdf(
        "Lima, 20 de noviembre de 2026\n\nSeñores\nComisión Especial para los "
        "Refugiados\n\nSolicito autorización de viaje a Bogotá, Colombia,\n"
        "del 18 al 30 de diciembre, por el fallecimiento\nde mi padre.\n\n"
        "Atentamente,", seed=17))],
    proc="autorizacion_viaje", firma="manuscrita",
    fields={"nombres": "Diana Marcela Torres Gil", "carne_extranjeria": "000529834",
            "destino": "Bogotá", "fecha_salida": "2026-12-18",
            "fecha_retorno": "2026-12-30", "motivo": "fallecimiento de su padre",
            "telefono": "+51998003251", "correo": "dianamtorresgil@gmail.com"})

# 18
add(slug="autorizacion-viaje-anios-2-digitos-sin-firma-familia", mailbox=R,
    rcv="2026-12-05 10:20:55",
    frm=("Edwin Carrillo", "edwin.carrillo.m@gmail.com"),
    subject="Autorizacion de Viaje",
    body="""Sres. Refugiados

Solicito autorización de viaje.
Destino: Santa Cruz, Bolivia
Motivo: mi suegra está grave hospitalizada y mi esposa debe acompañarla
Salida: 23/01/27
Retorno: 06/02/27

Viajo con mi esposa María Fernanda Lugo (venezolana, pasaporte 145667012) y nuestro hijo Santiago de 4 años (peruano, DNI 81234567).

Mis datos: Edwin José Carrillo Méndez, carné de extranjería 000701559, teléfono 985 660 114.

Gracias
""",
    proc="autorizacion_viaje", firma="absent",
    fields={"destino": "Santa Cruz, Bolivia",
            "motivo": "suegra grave hospitalizada", "fecha_salida": "2027-01-23",
            "fecha_retorno": "2027-02-06", "nombres": "Edwin José Carrillo Méndez",
            "carne_extranjeria": "000701559", "telefono": "+51985660114",
            "correo": "edwin.carrillo.m@gmail.com"})

# 19
VIAJE19 = """Lima, 4 de noviembre de 2026

Señores
Comisión Especial para los Refugiados

Yo, WILFRID NOËL, refugiado reconocido, carné de extranjería N° 000844120, teléfono +51 927 331 864, solicito AUTORIZACIÓN DE VIAJE a Santo Domingo (República Dominicana), con salida el 14 de noviembre de 2026 y retorno el 21 de noviembre de 2026.

Motivo: mi hijo de 9 años, que vive con su madre en Santo Domingo, será operado de apendicitis y debo firmar la autorización médica.

Atentamente,
WILFRID NOËL
"""
add(slug="autorizacion-viaje-en-mesa-firma-alterada", mailbox=M, rcv="2026-11-05 14:20:19",
    frm=("Wilfrid Noel", "wilfridnoel509@gmail.com"),
    subject="Autorización de Viaje",
    body="""Bonjou / Buenas tardes,

Mwen rele Wilfrid Noël. Soy refugiado reconocido, carné de extranjería N° 000844120.
Solicito autorización de viaje a Santo Domingo del 14 al 21 de noviembre de 2026: mi hijo de 9 años será operado de apendicitis y debo estar presente.
Teléfono: +51 927 331 864

Adjunto mi solicitud firmada.
Wilfrid
""",
    atts=lambda: [pdf("autorizacion_viaje_wnoel.pdf",
                      altered(VIAJE19, "WILFRID NOEL", b"4 de noviembre", b"3 de noviembre"))],
    proc="autorizacion_viaje", firma="invalid",
    fields={"nombres": "Wilfrid Noël", "carne_extranjeria": "000844120",
            "destino": "Santo Domingo", "fecha_salida": "2026-11-14",
            "fecha_retorno": "2026-11-21", "motivo": "operación de su hijo",
            "telefono": "+51927331864", "correo": "wilfridnoel509@gmail.com"})

# 20
add(slug="solicitud-refugio-portal", mailbox=S, rcv="2026-11-07 23:50:08",
    frm=("kelly", "kellyjohana.p@gmail.com"),
    subject="solicitud de refugio",
    body="buenas noches como hago para pedir refugio acabo de llegar a lima con mis 2 "
         "hijos \U0001F64F\U0001F64F por favor ayuda\n\nKelly Johana Pérez\n",
    proc="solicitud_refugio",
    fields={"nombres": "Kelly Johana Pérez", "correo": "kellyjohana.p@gmail.com"})

# 21
add(slug="autorizacion-trabajo-portugues", mailbox=R, rcv="2026-11-09 10:12:37",
    frm=("Francisca Mbala", "franciscambala@hotmail.com"),
    subject="Autorización de trabajo",
    body="""Olá, bom dia.

Meu nome é Francisca Mbala, sou angolana e solicitante de refúgio. Preciso renovar a minha autorização de trabalho porque venceu e a empresa de limpeza onde trabalho está pedindo o documento novo. Como faço?

Obrigada
""",
    proc="autorizacion_trabajo",
    fields={"nombres": "Francisca Mbala", "nacionalidad": "AO",
            "correo": "franciscambala@hotmail.com",
            "motivo": "venció y la empresa pide el documento nuevo"})

# 22
add(slug="entrevista-registro-en-mesa", mailbox=M, rcv="2026-11-10 09:40:00",
    frm=("Oriana Salcedo", "orianasalcedo.b@gmail.com"),
    subject="Entrevista de registro",
    body="""Buenos días,

Presenté mi solicitud en línea hace 5 meses y todavía no me llega la cita para la entrevista de registro. ¿Me pueden indicar cuándo me programarán?

Oriana Salcedo Bermúdez
Pasaporte 127733410
""",
    proc="entrevista_registro",
    fields={"nombres": "Oriana Salcedo Bermúdez", "documento_identidad": "127733410",
            "correo": "orianasalcedo.b@gmail.com"})

# 23
add(slug="carne-solicitante-suspendido", mailbox=S, rcv="2026-11-11 12:00:45",
    frm=("Jesús Manuel Rivas", "jesusm.rivas@gmail.com"),
    subject="Carné de solicitante",
    body="""Buenas tardes

Quisiera saber cuándo puedo recoger mi carné de solicitante, ya completé el registro con foto y huellas en julio.

Jesús Manuel Rivas Ochoa
C.I. V-26.004.318
Cel. 967 225 190
""",
    proc="carne_solicitante",
    fields={"nombres": "Jesús Manuel Rivas Ochoa", "documento_identidad": "V26004318",
            "telefono": "+51967225190", "correo": "jesusm.rivas@gmail.com"})

# 24
add(slug="duplicado-carne-solicitante-en-refugiados", mailbox=R, rcv="2026-11-12 16:50:13",
    frm=("Mileidy Cárdenas", "mileidycardenas.co@gmail.com"),
    subject="duplicado carnet de solicitante",
    body="""Buenas tardes, se me perdió mi carné de solicitante de refugio y necesito que me den otro, por favor me indican cómo hago.

Mileidy Cárdenas Arango - C.C. 1.036.998.125 - cel 989 414 027
""",
    proc="carne_solicitante",
    fields={"nombres": "Mileidy Cárdenas Arango", "documento_identidad": "1036998125",
            "telefono": "+51989414027", "correo": "mileidycardenas.co@gmail.com"})

# 25
add(slug="consulta-estado-expediente", mailbox=S, rcv="2026-11-14 08:30:22",
    frm=("Ramón Colmenares", "ramoncolmenares@gmail.com"),
    subject="Consulta",
    body="""Buenos días,

Quisiera saber en qué estado está mi expediente N° 2023-08812. Hace dos años presenté mi caso y desde que me atendieron no he tenido ninguna noticia.

Nombre: Ramón Antonio Colmenares Díaz
Pasaporte: 109922871

Gracias de antemano.
""",
    proc=None,
    fields={"nombres": "Ramón Antonio Colmenares Díaz", "documento_identidad": "109922871",
            "correo": "ramoncolmenares@gmail.com"})

# 26
add(slug="urgente-dos-tramites", mailbox=R, rcv="2026-11-16 13:05:59",
    frm=("Y. Betancourt", "ybetancourt1979@gmail.com"),
    subject="URGENTE!!",
    body="""buenas tardes necesito hacer la prorroga de residencia que se me vence este mes y ademas pedir autorizacion de viaje porque tengo que ir a Caracas en diciembre, que hago primero???

Yolanda Betancourt Ruiz
CE 000556781
987 002 613
""",
    proc=None,
    fields={"nombres": "Yolanda Betancourt Ruiz", "carne_extranjeria": "000556781",
            "telefono": "+51987002613", "correo": "ybetancourt1979@gmail.com"})

# 27
add(slug="buzon-equivocado-apostilla", mailbox=M, rcv="2026-11-17 10:00:48",
    frm=("Gustavo Reátegui", "greategui@gmail.com"),
    subject="Solicitud",
    body="""Señores Cancillería:

Necesito apostillar el título universitario de mi hija para que estudie en España. ¿Debo sacar cita en la sede de Lima o puedo enviarlo por este correo?

Atte.
Gustavo Reátegui Paredes
Cel. 999 104 382
""",
    proc=None,
    fields={"nombres": "Gustavo Reátegui Paredes", "telefono": "+51999104382",
            "correo": "greategui@gmail.com"})

# 28
add(slug="respuesta-automatica-actualizacion", mailbox=S, rcv="2026-11-18 11:32:06",
    frm=("Rosa Villanueva", "rvillanueva@encuentros-sjm.org"),
    subject="Respuesta automática: RE: Actualización de datos",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el lunes 23/11/2026 sin acceso al correo. Para casos urgentes escriba a atencion@encuentros-sjm.org.

Rosa Villanueva
Coordinadora de Protección
""",
    proc="actualizacion_datos", ignorado=True, fields={})

# 29 bounce (raw)
add(slug="rebote-mailer-daemon", mailbox=R, rcv="2026-11-19 03:14:27", raw="bounce_postfix",
    subject="Undelivered Mail Returned to Sender", proc=None, ignorado=True, fields={})

# 30 Exchange NDR (raw)
add(slug="undeliverable-cambio-clave", mailbox=S, rcv="2026-11-21 09:02:10",
    raw="bounce_exchange", subject="Undeliverable: Cambio de clave y contraseña",
    proc="cambio_clave", ignorado=True, fields={})

# 31
add(slug="reenvio-interno-desde-mesa", mailbox=R, rcv="2026-11-23 08:05:33",
    frm=("Mesa de Partes - RREE", "mesadepartes@rree.gob.pe"),
    subject="TR: Duplicado de carné de extranjería",
    body="""Estimados colegas:

Se deriva a su unidad el correo recibido por error en Mesa de Partes; el remitente ya fue informado.

Saludos cordiales,
Mesa de Partes Digital
Ministerio de Relaciones Exteriores
""",
    proc="duplicado_carne_extranjeria", ignorado=True, fields={})

# 32
add(slug="boletin-lista", mailbox=S, rcv="2026-11-25 06:00:00",
    frm=("Boletín Plataforma R4V", "boletin@r4v-noticias.info"),
    subject="Boletín semanal: novedades sobre regularización migratoria",
    headers={"List-Id": "Boletin R4V <boletin.r4v-noticias.info>",
             "List-Unsubscribe": "<mailto:baja@r4v-noticias.info>",
             "Precedence": "bulk"},
    body="""BOLETÍN SEMANAL

- Migraciones amplía el plazo del PTP para niñas, niños y adolescentes.
- Ferias de orientación legal gratuitas en Lima Norte este sábado.
- Nueva guía sobre acceso a salud para personas refugiadas y solicitantes.

Para dejar de recibir este boletín responda con la palabra BAJA.
""",
    proc=None, ignorado=True, fields={})

# 33
add(slug="automatic-reply-consulta", mailbox=M, rcv="2026-11-26 14:48:51",
    frm=("Thomas Becker", "t.becker@ngo-legalaid.org"),
    subject="Automatic reply: Consulta",
    headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
    body="""Thank you for your email. I am out of the office until 7 December 2026 with limited access to email. For urgent matters please contact the Lima office front desk.

Best regards,
Thomas Becker
Programme Officer
""",
    proc=None, ignorado=True, fields={})

# 34
add(slug="cambio-clave-sargento-en-mesa-sin-telefono", mailbox=M, rcv="2026-11-23 07:55:40",
    frm=("Luis Perez", "luisalbertoperezg@gmail.com"),
    subject="Cambio de clave y contraseña",
    body="""Buenos días,

Solicito respetuosamente el cambio de clave y contraseña de mi usuario en el Sistema de Refugiados.

Nombres y apellidos: Luis Alberto Pérez Guevara
Pasaporte: 112903447
Correo: luisalbertoperezg@gmail.com

Sin otro particular,

Luis Alberto Pérez Guevara
Sargento Segundo (r) – FANB
""",
    proc="cambio_clave",
    fields={"nombres": "Luis Alberto Pérez Guevara", "documento_identidad": "112903447",
            "correo": "luisalbertoperezg@gmail.com"})

# 35
add(slug="cambio-clave-kreyol-datos-en-asunto", mailbox=S, rcv="2026-11-24 19:10:03",
    frm=("Jean Robert", "jrpierre509@gmail.com"),
    subject="Cambio de clave - Jean Robert Pierre - Pasaporte RH0987765",
    body="""Bonswa,

Mwen rele Jean Robert Pierre, mwen se ayisyen. Mwen bezwen chanje kle ak modpas mwen nan sistèm refijye a.

Telefòn: +51 913 882 047 (WhatsApp)
Imèl: jrpierre509@gmail.com

Mèsi
""",
    proc="cambio_clave",
    fields={"nombres": "Jean Robert Pierre", "nacionalidad": "HT",
            "documento_identidad": "RH0987765", "telefono": "+51913882047",
            "correo": "jrpierre509@gmail.com"})

# 36
APEL36 = """SEÑORES
COMISIÓN ESPECIAL PARA LOS REFUGIADOS

ROSA ELVIRA CAMPOS VILLEGAS, con C.I. V-17.456.789, ante ustedes respetuosamente digo:

Que interpongo RECURSO DE APELACIÓN contra la resolución que declaró infundada mi reconsideración, notificado con fecha 02/10/2026, en base a lo siguiente:

1. Soy enfermera y fui despedida y amenazada por denunciar públicamente la falta de insumos en el Hospital Central de San Cristóbal.
2. La Comisión consideró que se trataba de un conflicto laboral, sin valorar las amenazas posteriores de grupos afectos al gobierno.
3. No se me permitió presentar la grabación de la amenaza recibida en marzo de 2025.

Contacto: WhatsApp +58 414 556 2390

Lima, 19 de noviembre de 2026
ROSA ELVIRA CAMPOS VILLEGAS
"""
add(slug="apelacion-datos-en-asunto-extemporanea", mailbox=M, rcv="2026-11-20 09:15:37",
    frm=("rosa campos", "rosaelvira.campos@gmail.com"),
    subject="APELACION - Rosa Elvira Campos Villegas - C.I. V-17.456.789",
    body="""Señores, adjunto escrito de apelación firmado digitalmente contra la Resolución que declaró infundada mi reconsideración, notificado con fecha 02/10/2026. Me demoré porque no sabía que debía hacerlo por correo.

Motivo: la Comisión trató mi caso como un conflicto laboral y no valoró las amenazas que recibí por denunciar la falta de insumos en el hospital donde trabajaba.

Mi WhatsApp es +58 414 556 2390.
""",
    atts=lambda: [pdf("apelacion_rosa_campos.pdf",
                      signed(APEL36, "ROSA ELVIRA CAMPOS VILLEGAS"))],
    proc="apelacion", firma="valid", notified=dt.date(2026, 10, 2),
    fields={"nombres": "Rosa Elvira Campos Villegas", "documento_identidad": "V17456789",
            "telefono": "+584145562390", "correo": "rosaelvira.campos@gmail.com",
            "motivo": "no se valoraron las amenazas por denunciar la falta de insumos"})

# 37
RECO37 = """RECURSO DE RECONSIDERACIÓN

Señores Comisión Especial para los Refugiados:

Yo, MARTHA LUCÍA GÓMEZ ARIZA, colombiana, identificada con C.C. No. 52.778.341, celular 9 7312 5580, correo marthalgomez@yahoo.com, presento recurso de reconsideración contra la resolución que denegó mi solicitud de refugio.

Fundamento: presento como prueba nueva el certificado de la Unidad para las Víctimas que me reconoce como víctima de desplazamiento forzado en el Cauca (2024), documento que no tenía al momento de la entrevista.

Lima, 24 de noviembre de 2026
MARTHA LUCÍA GÓMEZ ARIZA
"""
add(slug="reconsideracion-firma-alterada", mailbox=M, rcv="2026-11-25 11:40:29",
    frm=("Martha Lucía Gómez", "marthalgomez@yahoo.com"),
    subject="Recurso de Reconsideración",
    body="""Cordial saludo,

Me permito enviar recurso de reconsideración firmado digitalmente.

Martha Lucía Gómez Ariza
C.C. No. 52.778.341
Celular 9 7312 5580
Motivo: prueba nueva — certificado de la Unidad para las Víctimas (desplazamiento forzado).
""",
    atts=lambda: [pdf("Reconsideracion_MLGA.pdf",
                      altered(RECO37, "MARTHA LUCIA GOMEZ ARIZA",
                              b"24 de noviembre", b"23 de noviembre"))],
    proc="reconsideracion", firma="invalid",
    fields={"nombres": "Martha Lucía Gómez Ariza", "nacionalidad": "CO",
            "documento_identidad": "52778341", "telefono": "+51973125580",
            "correo": "marthalgomez@yahoo.com",
            "motivo": "prueba nueva: certificado de la Unidad para las Víctimas"})

# 38
RECO38 = """Señores
Comisión Especial para los Refugiados
Ministerio de Relaciones Exteriores

Expediente N° 2025-01177

YUSLEIDY HERNÁNDEZ RÍOS, de nacionalidad cubana, con pasaporte N° L381204 y carnet de identidad N° 91072256718, con correo yusleidyhr91@gmail.com, interpongo RECURSO DE RECONSIDERACIÓN contra la resolución que denegó mi solicitud de refugio, por los siguientes fundamentos:

PRIMERO.- Soy madre de un menor con discapacidad y fui expulsada de mi centro de trabajo y hostigada por el CDR de mi cuadra tras negarme a participar en actos de repudio.
SEGUNDO.- Adjunto como nueva prueba la carta de expulsión laboral y tres citaciones policiales recibidas entre 2023 y 2024.
TERCERO.- Mi hijo, de nacionalidad cubana, pasaporte N° L502913, depende de mí para su tratamiento.

Lima, 23 de diciembre de 2026
YUSLEIDY HERNÁNDEZ RÍOS
"""
add(slug="reconsideracion-24dic-sin-telefono", mailbox=M, rcv="2026-12-24 10:30:14",
    frm=("Yusleidy Hernández", "yusleidyhr91@gmail.com"),
    subject="Recurso de Reconsideracion - Exp. 2025-01177",
    body="Buenos días, adjunto el recurso de reconsideración firmado. Feliz Navidad.\n\n"
         "Yusleidy Hernández Ríos\n",
    atts=lambda: [pdf("reconsideracion_yhr.pdf", signed(RECO38, "YUSLEIDY HERNANDEZ RIOS"))],
    proc="reconsideracion", firma="valid",
    fields={"nombres": "YUSLEIDY HERNÁNDEZ RÍOS", "nacionalidad": "CU",
            "documento_identidad": "L381204", "correo": "yusleidyhr91@gmail.com",
            "motivo": "expulsión laboral y hostigamiento del CDR; nuevas pruebas"})

# 39
add(slug="prorroga-frances-31dic", mailbox=R, rcv="2026-12-31 18:45:09",
    frm=("Jean-Marc Délice", "jmdelice@gmail.com"),
    subject="Prorroga de recidencia",
    body="""Bonsoir,

Je m'appelle Jean-Marc Délice, je suis haïtien et réfugié reconnu au Pérou. Je souhaite demander la prórroga de ma résidence pour l'année 2027.

Sexe : masculin
Né le 12/08/84
Passeport : RH2034418
Carné de extranjería : 000398777
Téléphone : 944 215 630

Merci d'avance et bonne année !
Jean-Marc
""",
    proc="prorroga_residencia",
    fields={"nombres": "Jean-Marc Délice", "sexo": "M", "nacionalidad": "HT",
            "documento_identidad": "RH2034418", "carne_extranjeria": "000398777",
            "fecha_nacimiento": "1984-08-12", "telefono": "+51944215630",
            "correo": "jmdelice@gmail.com"})

# 40
add(slug="prorroga-portugues-en-solicitantes", mailbox=S, rcv="2027-01-05 10:00:17",
    frm=("António Mavinga", "antonio.mavinga@gmail.com"),
    subject="Prórroga de residencia",
    body="""Bom dia,

Meu nome é António Kiala Mavinga e sou refugiado reconhecido no Peru. Venho pedir a prorrogação anual da minha residência.

Sexo: masculino
Nacionalidade: angolana
Passaporte: N1187723
Carné de extranjería: 000220914
Data de nascimento: 30 de abril de 1981
Telefone: 956 118 402

A minha esposa é peruana (DNI 45678912) e já tem os documentos dela em ordem.

Atenciosamente,
António Kiala Mavinga
""",
    proc="prorroga_residencia",
    fields={"nombres": "António Kiala Mavinga", "sexo": "M", "nacionalidad": "AO",
            "documento_identidad": "N1187723", "carne_extranjeria": "000220914",
            "fecha_nacimiento": "1981-04-30", "telefono": "+51956118402",
            "correo": "antonio.mavinga@gmail.com"})

# 41
add(slug="duplicado-ce-denuncia-foto", mailbox=R, rcv="2027-01-06 15:20:51",
    frm=("Daymara Fonseca", "daymara.fonseca@nauta.cu"),
    subject="DUPLICADO DE CARNE DE EXTRANJERIA",
    body="""Buenas tardes, me robaron la cartera en el Metropolitano y necesito duplicado de mi carné de extranjería, les mando la foto de la denuncia.

Daymara Fonseca Quesada
Sexo: femenino
Cubana
Carnet de identidad: 90052234561
Carné de extranjería: 000667102
Fecha de nacimiento: 22/05/1990
Telf: 924 551 308
""",
    atts=lambda: [jpg("denuncia.jpg", H.scan_image(
        "POLICÍA NACIONAL DEL PERÚ\nCOMISARÍA PNP CERCADO DE LIMA\n\n"
        "DENUNCIA POR HURTO\n\nSe deja constancia de la denuncia presentada\n"
        "por DAYMARA FONSECA QUESADA por el hurto de\nsus documentos personales.",
        seed=41, with_sig=False))],
    proc="duplicado_carne_extranjeria", denuncia=True,
    fields={"nombres": "Daymara Fonseca Quesada", "sexo": "F", "nacionalidad": "CU",
            "documento_identidad": "90052234561", "carne_extranjeria": "000667102",
            "fecha_nacimiento": "1990-05-22", "telefono": "+51924551308",
            "correo": "daymara.fonseca@nauta.cu",
            "motivo": "le robaron la cartera en el Metropolitano"})

# 42
VIAJE42 = """Lima, 7 de enero de 2027

Señores Comisión Especial para los Refugiados

Yo, ALEXANDER JOSÉ MEDINA TORO, refugiado reconocido con carné de extranjería N° 000478215 y celular 951 640 777, solicito autorización de viaje urgente a Caracas, Venezuela, del 25 de enero al 5 de febrero de 2027.

Motivo: mi padre sufrió un accidente cerebrovascular y se encuentra en cuidados intensivos.

ALEXANDER JOSÉ MEDINA TORO
"""
add(slug="autorizacion-viaje-re-citado-firmado", mailbox=R, rcv="2027-01-08 12:00:44",
    frm=("Alexander Medina", "alexmedinatoro@outlook.com"),
    subject="RE: Autorización de viaje",
    body="""Buenas tardes, ahora sí adjunto el documento firmado digitalmente como me indicaron.

Alexander José Medina Toro
CE 000478215
Cel 951 640 777
Viaje a Caracas del 25 de enero al 5 de febrero de 2027. Motivo: mi padre está en cuidados intensivos por un ACV.

________________________________
De: Refugiados <refugiados@rree.gob.pe>
Enviado: jueves, 7 de enero de 2027 10:41
Para: alexmedinatoro@outlook.com
Asunto: RE: Autorización de viaje

Estimado señor:
La autorización de viaje requiere un documento escrito firmado. Un mensaje de correo sin firma no es válido. Sírvase adjuntar su solicitud firmada.
Atentamente,
Secretaría Ejecutiva - CEPR
""",
    headers={"In-Reply-To": "<cepr-20270107-1041@rree.gob.pe>"},
    atts=lambda: [pdf("Solicitud_viaje_firmada.pdf",
                      signed(VIAJE42, "ALEXANDER JOSE MEDINA TORO"))],
    proc="autorizacion_viaje", firma="valid",
    fields={"nombres": "Alexander José Medina Toro", "carne_extranjeria": "000478215",
            "telefono": "+51951640777", "destino": "Caracas",
            "fecha_salida": "2027-01-25", "fecha_retorno": "2027-02-05",
            "motivo": "su padre está en cuidados intensivos por un ACV",
            "correo": "alexmedinatoro@outlook.com"})

# 43
REN43 = """Lima, 11 de enero de 2027

Señores
Comisión Especial para los Refugiados

Yo, FREDDY ANTONIO ZAMBRANO LEAL, de nacionalidad venezolana, con cédula de identidad V-12.904.337, refugiado reconocido, presento mi RENUNCIA a la condición de refugiado.

Motivo: he decidido regresar a Venezuela para hacerme cargo de mi madre, quien es adulta mayor y vive sola en Mérida.

FREDDY ANTONIO ZAMBRANO LEAL
"""
add(slug="rv-renuncia-reconocido-sin-carne-ni-telefono", mailbox=M,
    rcv="2027-01-11 16:40:02",
    frm=("Freddy Zambrano", "fzambrano.leal@gmail.com"),
    subject="RV: Renuncia",
    body="""Reenvío porque creo que lo mandé a otro correo. Adjunto renuncia firmada.

-----Mensaje original-----
De: Freddy Zambrano <fzambrano.leal@gmail.com>
Enviado el: lunes, 11 de enero de 2027 16:31
Asunto: Renuncia

Buenas tardes, soy refugiado reconocido y presento mi renuncia porque regreso a Venezuela a cuidar a mi madre. Adjunto el documento firmado.
Freddy Antonio Zambrano Leal
""",
    atts=lambda: [pdf("RENUNCIA FAZL.pdf", signed(REN43, "FREDDY ANTONIO ZAMBRANO LEAL"))],
    proc="renuncia", firma="valid", recognised=True,
    fields={"nombres": "FREDDY ANTONIO ZAMBRANO LEAL", "nacionalidad": "VE",
            "documento_identidad": "V12904337", "correo": "fzambrano.leal@gmail.com",
            "motivo": "regresa a Venezuela para cuidar a su madre"})

# 44
TAB44 = [("Nombres completos", "Yohana Carolina Salazar Briceño"),
         ("Nacionalidad", "venezolana"), ("N° Pasaporte", "141002376"),
         ("Teléfono", "+51 902 337 615"), ("Correo nuevo", "yohanasalazar.b@gmail.com"),
         ("Dirección", "Mz. F Lt. 12, AA.HH. Villa El Salvador")]
add(slug="actualizacion-html-solo-en-refugiados", mailbox=R, rcv="2027-01-12 09:20:38",
    frm=("Yohana Salazar", "yohana_csb@yahoo.com"),
    subject="Actualizacion de datos",
    html_only="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p>Buenos d&iacute;as, quiero actualizar mis datos de contacto. Soy solicitante de refugio.</p>
<table style="border:1px solid #999">
""" + "\n".join("<tr><th align=left>%s</th><td>%s</td></tr>" % r for r in TAB44) + """
</table>
<p>Gracias,<br>Yohana</p>
<p style="color:#888;font-size:10px">Enviado desde Yahoo Mail para Android</p>
</body></html>""",
    proc="actualizacion_datos",
    fields={"nombres": "Yohana Carolina Salazar Briceño", "nacionalidad": "VE",
            "documento_identidad": "141002376", "telefono": "+51902337615",
            "correo": "yohanasalazar.b@gmail.com"})

# 45
add(slug="cambio-clave-ong-en-nombre-de", mailbox=S, rcv="2027-01-13 11:00:09",
    frm=("Andrea Gutiérrez Soto", "agutierrez@manosabiertas.org.pe"),
    subject="Cambio de clave y contraseña – Sra. Yesenia Marcano",
    body="""Buenos días:

Escribo en nombre de la señora Yesenia del Valle Marcano Rivas, a quien acompañamos en nuestro programa de orientación legal, y que no tiene acceso a computadora. Solicitamos el cambio de clave y contraseña de su usuario en el Sistema de Refugiados.

Datos de la solicitante:
- Pasaporte: 152330998
- Celular: 966 002 184
- Correo: yeseniamarcano@gmail.com

Agradeceremos enviar la nueva clave al correo de la señora Marcano.

Saludos cordiales,

Andrea Gutiérrez Soto
Asistente Legal
Asociación Manos Abiertas
Tel. (01) 265-9876
""",
    proc="cambio_clave",
    fields={"nombres": "Yesenia del Valle Marcano Rivas", "documento_identidad": "152330998",
            "telefono": "+51966002184", "correo": "yeseniamarcano@gmail.com"})

# 46
add(slug="apelacion-png-sin-documento", mailbox=M, rcv="2027-01-16 08:30:52",
    frm=("Kleiver", "kleiver.rangel@gmail.com"),
    subject="apelacion",
    body="buenos dias mando mi apelacion firmada en la foto. me negaron el refugio pero yo "
         "sí tengo miedo de volver porque los del colectivo ya fueron a buscarme a la "
         "casa de mi mamá en noviembre\n\nKleiver Alexis Rangel Mora\n"
         "tlf 931 006 552\n\nEnviado desde mi Galaxy\n",
    atts=lambda: [png("apelacion_firmada.png", H.scan_image(
        "RECURSO DE APELACIÓN\n\nSeñores Comisión Especial para los Refugiados\n\n"
        "Apelo la resolución que me negó el refugio porque\nlos del colectivo me "
        "siguen buscando.\n\nLima, 15 de enero de 2027", seed=46, fmt="PNG"))],
    proc="apelacion", firma="manuscrita",
    fields={"nombres": "Kleiver Alexis Rangel Mora", "telefono": "+51931006552",
            "correo": "kleiver.rangel@gmail.com",
            "motivo": "miedo de volver: el colectivo fue a buscarlo a casa de su madre"})

# 47
VIAJE47 = """SOLICITUD DE AUTORIZACIÓN DE VIAJE

Señores de la Comisión Especial para los Refugiados:

Yo, KATHERINE ANDREA PULIDO SARMIENTO, colombiana, refugiada reconocida, carné de extranjería N° 000590443, teléfono 947 802 116, solicito autorización para viajar a Santiago de Chile del 10 al 17 de enero, para rendir el examen presencial de revalidación de mi título de odontóloga, que solo se toma en esas fechas.

Agradezco su atención.

KATHERINE ANDREA PULIDO SARMIENTO
Lima, 13 de diciembre de 2026
"""
add(slug="autorizacion-viaje-todo-en-pdf-sin-anio", mailbox=R, rcv="2026-12-14 10:00:11",
    frm=("Katherine Pulido", "kathepulido.odont@gmail.com"),
    subject="Autorización de viaje",
    body="Buenos días, adjunto mi solicitud de autorización de viaje firmada "
         "digitalmente.\n\nMuchas gracias\nKatherine\n",
    atts=lambda: [pdf("autorizacion_viaje_KAPS.pdf",
                      signed(VIAJE47, "KATHERINE ANDREA PULIDO SARMIENTO"))],
    proc="autorizacion_viaje", firma="valid",
    fields={"nombres": "KATHERINE ANDREA PULIDO SARMIENTO", "nacionalidad": "CO",
            "carne_extranjeria": "000590443", "telefono": "+51947802116",
            "destino": "Santiago de Chile", "fecha_salida": "2027-01-10",
            "fecha_retorno": "2027-01-17",
            "motivo": "examen presencial de revalidación de su título",
            "correo": "kathepulido.odont@gmail.com"})

# 48
add(slug="ayuda-actualizacion-sin-cierre", mailbox=S, rcv="2026-12-13 21:00:30",
    frm=("Byron Quishpe", "byron.quishpe92@gmail.com"),
    subject="Ayuda",
    body="Buenas noches, quiero hacer la actualización de datos de contacto. Me llamo "
         "Byron Patricio Quishpe Tixe, ecuatoriano, cédula 0926543187, nací el 05-11-92, "
         "mi nuevo número es 0051 962 447 310\n",
    proc="actualizacion_datos",
    fields={"nombres": "Byron Patricio Quishpe Tixe", "nacionalidad": "EC",
            "documento_identidad": "0926543187", "fecha_nacimiento": "1992-11-05",
            "telefono": "+51962447310", "correo": "byron.quishpe92@gmail.com"})

# 49
add(slug="consulta-cambio-clave-en-cuerpo", mailbox=S, rcv="2027-01-18 17:30:45",
    frm=("Anyelo Bracho", "anyelo.bracho@gmail.com"),
    subject="Consulta",
    body="""Buenas tardes, les escribo para solicitar el cambio de clave y contraseña de mi cuenta del sistema de refugiados.

Anyelo David Bracho Pirela
C.I. 25.118.093
Teléfono: +51 935-778-201

Saludos
""",
    proc="cambio_clave",
    fields={"nombres": "Anyelo David Bracho Pirela", "documento_identidad": "25118093",
            "telefono": "+51935778201", "correo": "anyelo.bracho@gmail.com"})

# 50
RECO50 = """SUMILLA: INTERPONGO RECURSO DE RECONSIDERACIÓN

SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS

DAYANA ISABEL OCHOA FERRER, de nacionalidad venezolana, identificada con pasaporte N° 131144209, con teléfono 986 330 471 y correo electrónico dayanaochoaf@gmail.com, a usted digo:

I. PETITORIO
Interpongo recurso de reconsideración contra la resolución que declaró improcedente mi solicitud de refugio, notificada el 5 de enero de 2027, a fin de que se declare fundada mi solicitud.

II. FUNDAMENTOS
1. Mi esposo, Luis Ernesto Pinto, de nacionalidad colombiana, identificado con C.C. 80.221.904, fue asesinado en Cúcuta en diciembre de 2025; adjunto el acta de defunción como nueva prueba.
2. Mi hija Valentina, de 6 años, con pasaporte venezolano N° 161200448, depende exclusivamente de mí.
3. Las personas responsables me han buscado en Lima, según la constancia policial que adjunto.

III. MEDIOS PROBATORIOS
1-A Acta de defunción. 1-B Constancia policial.

Lima, 19 de enero de 2027
DAYANA ISABEL OCHOA FERRER
"""
add(slug="reconsideracion-familia-firmada-enero", mailbox=M, rcv="2027-01-20 10:10:10",
    frm=("Dayana Ochoa", "dayanaochoaf@gmail.com"),
    subject="Recurso de Reconsideración",
    to_extra={"Cc": "refugiados@rree.gob.pe"},
    body="""Señores, buenos días.

Adjunto mi recurso de reconsideración firmado digitalmente. Mis datos: Dayana Isabel Ochoa Ferrer, pasaporte N° 131144209, teléfono 986 330 471.

El motivo es la nueva prueba: el acta de defunción de mi esposo, asesinado en Cúcuta, y la constancia de que me buscan en Lima.

Atentamente,
Dayana Ochoa
""",
    atts=lambda: [pdf("RECONSIDERACION DIOF.pdf", signed(RECO50, "DAYANA ISABEL OCHOA FERRER"))],
    proc="reconsideracion", firma="valid", notified=dt.date(2027, 1, 5),
    fields={"nombres": "Dayana Isabel Ochoa Ferrer", "nacionalidad": "VE",
            "documento_identidad": "131144209", "telefono": "+51986330471",
            "correo": "dayanaochoaf@gmail.com",
            "motivo": "nueva prueba: acta de defunción del esposo y constancia policial"})


# ---------------------------------------------------------------- raw machine mail
def raw_bounce_postfix(m):
    ts = m["ts"]
    d = email.utils.format_datetime(ts)
    return f"""Return-Path: <>
Delivered-To: {m['mailbox']}
Received: by mx1.rree.gob.pe (Postfix) id 4Vb7Qk0Zz9z1x2; {d}
Date: {d}
From: MAILER-DAEMON@mx1.rree.gob.pe (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: {m['mailbox']}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4Vb7Qk0Zz9z1x2.1795588467/mx1.rree.gob.pe"
Message-Id: <20261119081427.4Vb7Qk0Zz9z1x2@mx1.rree.gob.pe>

This is a MIME-encapsulated message.

--4Vb7Qk0Zz9z1x2.1795588467/mx1.rree.gob.pe
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<jlmorales.1977@hotmial.com>: Host or domain name not found. Name service error
    for name=hotmial.com type=MX: Host not found

--4Vb7Qk0Zz9z1x2.1795588467/mx1.rree.gob.pe
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.rree.gob.pe
X-Postfix-Queue-ID: 4Vb7Qk0Zz9z1x2
Arrival-Date: {d}

Final-Recipient: rfc822; jlmorales.1977@hotmial.com
Original-Recipient: rfc822;jlmorales.1977@hotmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=hotmial.com type=MX: Host not found

--4Vb7Qk0Zz9z1x2.1795588467/mx1.rree.gob.pe
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Refugiados <{m['mailbox']}>
To: jlmorales.1977@hotmial.com
Subject: Respuesta a su comunicacion
Date: Wed, 18 Nov 2026 17:02:11 -0500
Message-ID: <cepr-20261118-1702@rree.gob.pe>

--4Vb7Qk0Zz9z1x2.1795588467/mx1.rree.gob.pe--
"""


def raw_bounce_exchange(m):
    ts = m["ts"]
    d = email.utils.format_datetime(ts)
    du = email.utils.format_datetime(ts.astimezone(dt.timezone.utc))
    return f"""Delivered-To: {m['mailbox']}
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05.outbound.protection.outlook.com [40.107.22.51])
\tby mx1.rree.gob.pe (Postfix) with ESMTPS id 4Vc1Lm2Tq8z9k;
\t{d}
Received: from DB9PR02MB7001.eurprd02.prod.outlook.com ([fe80::1]) by
 DB9PR02MB7001.eurprd02.prod.outlook.com with mapi id 15.20.8000.010; {du}
From: postmaster@outlook.com
To: {m['mailbox']}
Date: {du}
Subject: =?utf-8?q?Undeliverable=3A_Cambio_de_clave_y_contrase=C3=B1a?=
Message-ID: <b1f3a0c2-0d43-4d2b-9f7e-6a1d0c9e2e11@DB9PR02MB7001.eurprd02.prod.outlook.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="NDR_b1f3a0c2_boundary"

--NDR_b1f3a0c2_boundary
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Delivery has failed to these recipients or groups:

ronald.c.farias@outlook.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

--NDR_b1f3a0c2_boundary
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7001.eurprd02.prod.outlook.com
Received-From-MTA: dns;mx1.rree.gob.pe
Arrival-Date: {du}

Final-Recipient: rfc822;ronald.c.farias@outlook.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--NDR_b1f3a0c2_boundary
Content-Type: text/rfc822-headers

From: Solicitantes Refugio <{m['mailbox']}>
To: ronald.c.farias@outlook.com
Subject: =?utf-8?q?RE=3A_Cambio_de_clave_y_contrase=C3=B1a?=
Date: Fri, 20 Nov 2026 16:58:40 -0500
Message-ID: <cepr-20261120-1658@rree.gob.pe>

--NDR_b1f3a0c2_boundary--
"""


RAW = {"bounce_postfix": raw_bounce_postfix, "bounce_exchange": raw_bounce_exchange}


# ---------------------------------------------------------------- build
def build_message(m, n):
    if m.get("raw"):
        return RAW[m["raw"]](m).replace("\n", "\r\n").encode("utf-8")
    ts = m["ts"]
    name, addr = m["frm"]
    domain = addr.split("@")[1]
    msg = EmailMessage()
    msg["Delivered-To"] = m["mailbox"]
    # newest Received first; it carries the reception time
    msg["Received"] = ("from mail-out.%s (mail-out.%s [203.0.113.%d]) by mx1.rree.gob.pe "
                       "(Postfix) with ESMTPS id 4V%05dQ for <%s>; %s"
                       % (domain, domain, 10 + n, n * 7919 % 99999, m["mailbox"],
                          email.utils.format_datetime(ts)))
    sent = ts - dt.timedelta(seconds=4 + n % 50)
    msg["Received"] = ("by 2002:a05:6a10:%x with SMTP id x%d; %s"
                       % (0x1000 + n, n, email.utils.format_datetime(sent)))
    msg["From"] = email.utils.formataddr((name, addr))
    msg["To"] = m.get("to", m["mailbox"])
    for k, v in (m.get("to_extra") or {}).items():
        msg[k] = v
    msg["Subject"] = m["subject"]
    # sender clocks: some in other zones, same instant
    tzs = [dt.timezone(dt.timedelta(hours=-5)), dt.timezone(dt.timedelta(hours=-4)),
           dt.timezone(dt.timedelta(hours=-3)), dt.timezone.utc]
    msg["Date"] = email.utils.format_datetime(sent.astimezone(tzs[n % 4]))
    msg["Message-ID"] = email.utils.make_msgid(idstring="r7n%03d" % n, domain=domain)
    for k, v in (m.get("headers") or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if m.get("html_only"):
        msg.set_content(m["html_only"], subtype="html")
    else:
        msg.set_content(m["body"])
        if m.get("html"):
            msg.add_alternative(m["html"], subtype="html")
    for fname, data, maint, subt in (m["atts"]() if m.get("atts") else []):
        msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    return msg.as_bytes(policy=policy.SMTP)


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    for n, m in enumerate(MSGS, 1):
        data = build_message(m, n)
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(data)
        labels.append(label_for(m))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d messages" % len(MSGS))


if __name__ == "__main__":
    main()
