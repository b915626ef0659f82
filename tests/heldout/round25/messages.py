# -*- coding: utf-8 -*-
"""Message texts and hand-written field labels for round25 (imported by build.py)."""
import datetime as dt
import email
from email import policy


def define(add, D, lima, S, M, R, att_signed, att_altered, att_text, att_textimg, att_scan,
           att_jpg, att_png, text_pdf):
    d = dt.date

    # ------------------------------------------------------------ 001
    pdf = [
        "**Señores de la COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "Secretaría Ejecutiva - Ministerio de Relaciones Exteriores",
        "Expediente N° 2024-11873",
        "SUMILLA: Interpone Recurso de Reconsideración contra la Resolución N° 03412-2026/CEPR-SE",
        "",
        "LUIS ALBERTO MARCANO RIVAS, de nacionalidad venezolana, identificado con Cédula de Identidad "
        "N° V-19.876.543, con domicilio real en Jr. Huallaga 1250, Cercado de Lima, teléfono celular "
        "987 112 233 y correo electrónico lamarcano.rivas@gmail.com, a ustedes atentamente digo:",
        "**I. PETITORIO",
        "Que, dentro del plazo de ley, interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución "
        "N° 03412-2026/CEPR-SE de fecha 21 de setiembre de 2026, notificada el 5 de octubre de 2026, que "
        "declara improcedente mi solicitud de reconocimiento de la condición de refugiado, a fin de que "
        "se declare fundada y se me reconozca dicha condición.",
        "**II. FUNDAMENTOS DE HECHO",
        "1. Ingresé al Perú en marzo de 2019 huyendo de las amenazas de colectivos armados en el estado "
        "Carabobo, por mi participación como dirigente sindical.",
        "2. La resolución impugnada sostiene que no acredité un temor fundado; sin embargo, no valoró las "
        "denuncias que presenté en Venezuela ni el informe de la ONG Provea que ahora ofrezco como nueva prueba.",
        "3. Mi hermano Carlos Marcano Rivas (C.I. V-21.004.332) fue detenido arbitrariamente el 14 de agosto "
        "de 2026, hecho que confirma que el riesgo es actual.",
        "**III. FUNDAMENTOS DE DERECHO",
        "Artículos 218 y 219 del TUO de la Ley N° 27444; Ley N° 27891, Ley del Refugiado, y su Reglamento.",
        "**IV. ANEXOS",
        "1-A Copia de la cédula de identidad. 1-B Informe de Provea (nueva prueba). "
        "1-C Constancia de detención de Carlos Marcano Rivas.",
        "**POR TANTO:",
        "A ustedes pido admitir el presente recurso y declararlo fundado en su oportunidad.",
        "OTROSÍ DIGO: Que otorgo facultades generales de representación a la abogada Rosa Elena Quispe "
        "Huamán, CAL N° 45872, con domicilio procesal en Av. Arequipa 2450 of. 603, Lince, teléfono (01) 441-7788.",
        "",
        "Lima, 16 de octubre de 2026",
        "Luis Alberto Marcano Rivas                Rosa Elena Quispe Huamán - Abogada CAL 45872",
    ]
    add("reconsideracion-abogada-sumilla-pdf-firmado", mailbox=M, received=lima(2026, 10, 19, 10, 12, 33),
        frm="Rosa Quispe <rquispe@quispeasociados.pe>", cc="lamarcano.rivas@gmail.com",
        subject="Recurso de Reconsideración - Exp. 2024-11873 - MARCANO RIVAS LUIS ALBERTO",
        body=D("""
            Señores
            Mesa de Partes Virtual - Cancillería
            Presente.-

            Por encargo de mi patrocinado, el Sr. Luis Alberto Marcano Rivas, remito en archivo PDF
            firmado digitalmente el recurso de reconsideración contra la Resolución N° 03412-2026/CEPR-SE,
            con sus anexos.

            Agradeceré se sirvan remitir el cargo de recepción a este correo y al del recurrente.

            Atentamente,

            Dra. Rosa Elena Quispe Huamán
            Abogada - CAL 45872
            Quispe & Asociados Abogados
            Av. Arequipa 2450 of. 603, Lince
            T. (01) 441-7788 | Cel. 998 765 001
            rquispe@quispeasociados.pe
        """),
        atts=[att_signed("Recurso_Reconsideracion_Marcano_firmado.pdf", pdf, "Luis Alberto Marcano Rivas")],
        procedure="reconsideracion", notif=d(2026, 10, 5), expect="cargo",
        fields={"nombres": "Luis Alberto Marcano Rivas", "nacionalidad": "VE",
                "documento_identidad": "V19876543", "telefono": "+51987112233",
                "correo": "lamarcano.rivas@gmail.com",
                "motivo": "no valoró las denuncias que presenté en Venezuela ni el informe de la ONG Provea que ahora ofrezco como nueva prueba"})

    # ------------------------------------------------------------ 002
    pdf = [
        "Señores",
        "COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "SUMILLA: RECURSO DE APELACIÓN",
        "",
        "GÉNESIS CAROLINA ROJAS BERMÚDEZ, venezolana, con Pasaporte N° 145236987 y C.I. V-24.118.390, "
        "celular +51 924 556 781, correo genesis.rojasb@hotmail.com, respetuosamente digo:",
        "Que interpongo RECURSO DE APELACIÓN contra la resolución que declaró infundado mi recurso de "
        "reconsideración, notificada con fecha 02/10/2026, para que se eleve el expediente al superior.",
        "FUNDAMENTOS: La Comisión no tomó en cuenta que fui víctima de violencia de género por parte de un "
        "funcionario policial en Barquisimeto y que la Defensoría del Pueblo de mi país no dio trámite a mi "
        "queja, por lo que no cuento con protección del Estado venezolano.",
        "POR TANTO: pido se conceda la apelación.",
        "Lima, 4 de noviembre de 2026",
        "Génesis Carolina Rojas Bermúdez",
    ]
    add("apelacion-extemporanea-pdf-firmado", mailbox=M, received=lima(2026, 11, 5, 11, 40, 2), recv_utc=True,
        frm="Genesis Rojas <genesis.rojasb@hotmail.com>", subject="RECURSO DE APELACION",
        body=D("""
            Buenos días,

            Yo, Génesis Carolina Rojas Bermúdez, venezolana, Pasaporte N° 145236987 (C.I. V-24.118.390),
            presento mi recurso de apelación contra la Resolución que declaró infundado mi recurso de
            reconsideración, la cual me fue notificada con fecha 02/10/2026.

            Les pido disculpas por la demora, estuve hospitalizada y recién pude preparar el escrito,
            que va adjunto firmado digitalmente.

            Celular: +51 924 556 781
            Correo: genesis.rojasb@hotmail.com

            Gracias de antemano.
        """),
        atts=[att_signed("apelacion_genesis_rojas.pdf", pdf, "Genesis Carolina Rojas Bermudez")],
        procedure="apelacion", notif=d(2026, 10, 2), expect="cargo", flags_expect=["extemporaneo"],
        fields={"nombres": "Génesis Carolina Rojas Bermúdez", "nacionalidad": "VE",
                "documento_identidad": "145236987", "telefono": "+51924556781",
                "correo": "genesis.rojasb@hotmail.com",
                "motivo": "La Comisión no tomó en cuenta que fui víctima de violencia de género por parte de un funcionario policial en Barquisimeto"})

    # ------------------------------------------------------------ 003
    pdf = [
        "Lima, 16 de noviembre de 2026",
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "SUMILLA: RECURSO DE APELACIÓN",
        "",
        "Yo, WILMER JOSÉ PACHECO SALAZAR, venezolano, con cédula de identidad N° 20.456.789, ante ustedes "
        "me presento y digo:",
        "Que interpongo recurso de apelación contra la Resolución N° 05120-2026/CEPR, notificada el 26 de "
        "octubre de 2026, para que sea elevada a la Comisión Revisora para Asuntos de Refugiados.",
        "FUNDAMENTOS: La resolución apelada se basa en una interpretación errada de los hechos: no soy un "
        "migrante económico; fui amenazado de muerte por denunciar actos de corrupción en la alcaldía de mi "
        "municipio, como consta en los mensajes que obran en el expediente.",
        "POR TANTO: Solicito se conceda la apelación y se eleve el expediente al superior.",
        "Teléfono: 944556677 - Correo: wpacheco88@gmail.com",
        "",
        "Firma:",
    ]
    add("apelacion-ultimo-dia-antes-cierre-firma-imagen", mailbox=M, received=lima(2026, 11, 16, 16, 29, 10),
        frm="Wilmer Pacheco <wpacheco88@gmail.com>", subject="Recurso de apelación - Wilmer Pacheco",
        body=D("""
            Señores Comisión Especial para los Refugiados:

            Adjunto mi recurso de apelación con mi firma escaneada. Hoy es el último día de plazo según
            me indicaron, por favor confirmar recepción.

            Wilmer José Pacheco Salazar
            C.I. 20.456.789
            Cel 9 4455 6677
            wpacheco88@gmail.com
        """),
        atts=[att_textimg("apelacion_pacheco.pdf", pdf)],
        procedure="apelacion", notif=d(2026, 10, 26), expect="cargo", flags_expect=["verificar_firma"],
        fields={"nombres": "Wilmer José Pacheco Salazar", "nacionalidad": "VE",
                "documento_identidad": "20456789", "telefono": "+51944556677",
                "correo": "wpacheco88@gmail.com",
                "motivo": "no soy un migrante económico; fui amenazado de muerte por denunciar actos de corrupción en la alcaldía de mi municipio"})

    # ------------------------------------------------------------ 004
    img = ["Señores de la Comisión Especial para los Refugiados",
           "RECURSO DE RECONSIDERACIÓN",
           "Yo Ana Milena Torres Gutiérrez, C.C. 1.098.765.432, interpongo recurso de reconsideración "
           "contra la resolución que me niega el refugio, notificada el 20/11/26.",
           "Presento como prueba nueva la constancia de la Fiscalía y los panfletos.",
           "Lima, 16 de diciembre de 2026", "", "Ana Milena Torres G."]
    add("reconsideracion-ultimo-dia-despues-cierre-foto", mailbox=M, received=lima(2026, 12, 16, 18, 40, 51),
        frm="Ana Milena Torres <anamilenatorres@yahoo.com>", subject="Reconsideracion",
        body=D("""
            Señores de la Comisión Especial para los Refugiados
            Presente

            Asunto: recurso de reconsideracion contra la denegatoria de mi solicitud

            Yo ANA MILENA TORRES GUTIERREZ, de nacionalidad colombiana, identificada con C.C. 1.098.765.432
            expedida en Bucaramanga, me dirijo a ustedes para interponer recurso de reconsideración contra la
            resolución que me niega el refugio, la cual me notificaron el 20/11/26.

            Motivo: en la entrevista no se me permitió explicar que el grupo armado que me amenazó en Cúcuta
            sigue buscándome; ahora adjunto la constancia de la Fiscalía de Colombia y fotos de los panfletos,
            que son pruebas nuevas.

            Tambien solicito que se considere a mis hijos Samuel David Torres (T.I. 1.023.456.789) y
            Mariana Torres (R.C. 1.100.222.333), que dependen de mí.

            Para notificaciones:
            WhatsApp: +57 310 456 7890
            correo: anamilenatorres@yahoo.com

            Adjunto foto del escrito firmado.

            Atentamente
            Ana Milena Torres G.
        """),
        atts=[att_jpg("IMG_20261216_183512.jpg", img)],
        procedure="reconsideracion", notif=d(2026, 11, 20), expect="cargo",
        flags_expect=["extemporaneo", "verificar_firma"],
        fields={"nombres": "ANA MILENA TORRES GUTIERREZ", "nacionalidad": "CO",
                "documento_identidad": "1098765432", "telefono": "+573104567890",
                "correo": "anamilenatorres@yahoo.com",
                "motivo": "en la entrevista no se me permitió explicar que el grupo armado que me amenazó en Cúcuta sigue buscándome"})

    # ------------------------------------------------------------ 005
    pdf = [
        "Lima, 26 de octubre de 2026",
        "Señores",
        "Comisión Especial para los Refugiados",
        "Asunto: Recurso de Reconsideración",
        "",
        "YORMAN ALEXIS BLANCO DÍAZ, venezolano, cédula de identidad V-26.334.120, teléfono 951 203 344, "
        "correo yorman.blanco@gmail.com, me presento y digo:",
        "Que el día 13 de octubre del 2026 fui notificado con la resolución que declara infundada mi "
        "solicitud de refugio, y dentro del plazo interpongo recurso de reconsideración.",
        "Motivo: presento como nueva prueba la partida de defunción de mi padre, asesinado por miembros "
        "del Tren de Aragua que me extorsionaban, documento que no pude obtener antes de la entrevista.",
        "Por lo expuesto pido se reconsidere la decisión.",
        "Yorman Alexis Blanco Díaz",
    ]
    add("reconsideracion-pdf-firmado-alterado", mailbox=M, received=lima(2026, 10, 27, 9, 5, 40),
        frm="yorman blanco <yorman.blanco@gmail.com>",
        subject="Recurso de Reconsideracion - Yorman Blanco",
        body="Buen dia adjunto mi recurso de reconsideracion firmado digitalmente con mis datos.\nSaludos.\nYorman\n",
        atts=[att_altered("reconsideracion_yorman.pdf", pdf, "Yorman Alexis Blanco Diaz",
                          b"Lima, 26 de octubre", b"Lima, 23 de octubre")],
        procedure="reconsideracion", notif=d(2026, 10, 13), expect="subsanar",
        fields={"nombres": "YORMAN ALEXIS BLANCO DÍAZ", "nacionalidad": "VE",
                "documento_identidad": "V26334120", "telefono": "+51951203344",
                "correo": "yorman.blanco@gmail.com",
                "motivo": "presento como nueva prueba la partida de defunción de mi padre, asesinado por miembros del Tren de Aragua"})

    # ------------------------------------------------------------ 006
    img = ["Señores Comisión Especial para los Refugiados",
           "RECURSO DE APELACIÓN",
           "Rosa Virginia Lugo Chirinos, V-11.222.333",
           "Teléfono 973 456 120",
           "Apelo la resolución que confirma la denegatoria de mi refugio.",
           "Lima, 9 de noviembre de 2026", "", "Rosa V. Lugo"]
    add("apelacion-escaneada-sin-texto-falta-telefono", mailbox=M, received=lima(2026, 11, 9, 20, 15, 5),
        frm="Rosa Lugo <rosalugo.ch@gmail.com>", subject="APELACIÓN",
        body=D("""
            Buenas noches
            Envío escaneado mi recurso de apelación contra la resolución que confirma la denegatoria de mi
            refugio (notificado el jueves 29/10/2026).
            Nombre: Rosa Virginia Lugo Chirinos
            Cédula: V-11.222.333
            No estoy de acuerdo con la decisión porque no se valoraron las pruebas de la persecución política
            que sufrí en Mérida ni la constancia médica de las lesiones.
            Los demás datos están en el escrito.
            Dios les bendiga
        """),
        atts=[att_scan("apelacion_rosa_lugo.pdf", img)],
        procedure="apelacion", notif=d(2026, 10, 29), expect="subsanar", flags_expect=["verificar_firma"],
        fields={"nombres": "Rosa Virginia Lugo Chirinos", "documento_identidad": "V11222333",
                "correo": "rosalugo.ch@gmail.com",
                "motivo": "no se valoraron las pruebas de la persecución política que sufrí en Mérida ni la constancia médica de las lesiones"})

    # ------------------------------------------------------------ 007
    pdf = [
        "Señores de la Comisión Especial para los Refugiados",
        "SUMILLA: RECURSO DE RECONSIDERACIÓN",
        "",
        "KERVIN DANIEL MORA PINEDA, de nacionalidad venezolana, con Pasaporte N° 118293746, celular "
        "+51 987-001-223, correo kervin.mora@outlook.com, a ustedes digo:",
        "PETITORIO: Interpongo recurso de reconsideración contra la resolución que deniega mi solicitud de "
        "refugio, notificada el 19 de octubre de 2026.",
        "FUNDAMENTOS DE HECHO: Fui funcionario del CICPC y me negué a participar en ejecuciones "
        "extrajudiciales; desde entonces soy considerado traidor. Adjunto como prueba nueva mi constancia "
        "de baja y la orden de captura emitida en mi contra.",
        "POR TANTO: Pido declarar fundado el recurso.",
        "Lima, 30 de octubre de 2026",
        "Kervin Daniel Mora Pineda",
    ]
    add("reconsideracion-pdf-texto-sin-firma", mailbox=M, received=lima(2026, 10, 31, 14, 2, 18),
        frm="Kervin Mora <kervin.mora@outlook.com>", subject="Recurso de reconsideración",
        body="Buenas tardes, adjunto mi recurso de reconsideración. Quedo atento.\n\nKervin\n",
        atts=[att_text("Recurso reconsideracion.pdf", pdf)],
        procedure="reconsideracion", notif=d(2026, 10, 19), expect="subsanar",
        fields={"nombres": "KERVIN DANIEL MORA PINEDA", "nacionalidad": "VE",
                "documento_identidad": "118293746", "telefono": "+51987001223",
                "correo": "kervin.mora@outlook.com",
                "motivo": "Fui funcionario del CICPC y me negué a participar en ejecuciones extrajudiciales; desde entonces soy considerado traidor"})

    # ------------------------------------------------------------ 008 (follow-up of 007)
    pdf = [
        "RECURSO DE RECONSIDERACIÓN - escrito firmado",
        "Kervin Daniel Mora Pineda",
        "Motivo: fui funcionario del CICPC y me negué a participar en ejecuciones extrajudiciales; por ello "
        "se emitió una orden de captura en mi contra, que adjunto como prueba nueva.",
        "Lima, 3 de noviembre de 2026",
    ]
    add("re-reconsideracion-subsana-firma-datos-repartidos", mailbox=M, received=lima(2026, 11, 3, 15, 40, 9),
        frm="Kervin Mora <kervin.mora@outlook.com>",
        subject="RE: Recurso de reconsideración - Kervin Daniel Mora Pineda - Pasaporte 118293746",
        body=D("""
            Buenas tardes, adjunto el escrito ya firmado digitalmente como me indicaron.
            Quedo atento al cargo.

            --
            Kervin Daniel Mora Pineda
            Tel. +51 987 001 223

            El lun, 2 nov 2026 a las 10:14, Mesa de Partes Virtual (<mesadepartes@rree.gob.pe>) escribió:
            > Registro N° MP-2026-0418822
            > Su escrito no cumple con los requisitos. Falta:
            > - Documento firmado (firma)
            > Plazo para subsanar: 2 días hábiles.
            > Central telefónica: (01) 204-2400
        """),
        atts=[att_signed("reconsideracion_firmada_KMora.pdf", pdf, "Kervin Daniel Mora Pineda")],
        procedure="reconsideracion", expect="cargo",
        fields={"nombres": "Kervin Daniel Mora Pineda", "documento_identidad": "118293746",
                "telefono": "+51987001223", "correo": "kervin.mora@outlook.com",
                "motivo": "fui funcionario del CICPC y me negué a participar en ejecuciones extrajudiciales"})

    # ------------------------------------------------------------ 009
    add("apelacion-escrito-formal-en-cuerpo-sin-firma", mailbox=M, received=lima(2026, 12, 2, 12, 30, 44),
        frm="MERCEDES OCHOA <mercedes.ochoa.parra@gmail.com>",
        subject="Recurso de Apelación - Mercedes Ochoa",
        body=D("""
            SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS
            MINISTERIO DE RELACIONES EXTERIORES
            S.D.

            SUMILLA: INTERPONGO RECURSO DE APELACIÓN

            MERCEDES ALEJANDRA OCHOA PARRA, de nacionalidad venezolana, identificada con cédula de identidad
            N° V-9.876.012, con domicilio en Calle Los Pinos 345, San Juan de Lurigancho, con teléfono
            0051 912 345 678 y correo electrónico mercedes.ochoa.parra@gmail.com, ante ustedes con el debido
            respeto me presento y digo:

            I. PETITORIO
            Que, al amparo del artículo 220 del TUO de la Ley 27444, interpongo RECURSO DE APELACIÓN contra
            la Resolución N° 06233-2026/CEPR-SE, notificada mediante correo electrónico el 18 de noviembre de
            2026, que declaró infundado mi recurso de reconsideración, solicitando que se eleven los actuados
            al superior jerárquico.

            II. FUNDAMENTOS DE HECHO
            1. Soy madre de un periodista detenido desde 2024; tras su detención fui hostigada y amenazada
               por funcionarios del SEBIN en mi propia casa.
            2. La resolución apelada afirma que mi relato es "genérico", pero omite las constancias del
               Colegio Nacional de Periodistas que obran en el expediente.
            3. He intentado comunicarme con la central telefónica de la Cancillería, (01) 204-2400, sin
               obtener respuesta sobre el estado de mi expediente.

            III. FUNDAMENTOS DE DERECHO
            Artículo 220 del TUO de la Ley N° 27444; Ley N° 27891 y su Reglamento.

            POR TANTO:
            Solicito a ustedes conceder el recurso y elevar el expediente.

            Lima, 2 de diciembre de 2026

            Mercedes Alejandra Ochoa Parra
            V-9.876.012
        """),
        procedure="apelacion", notif=d(2026, 11, 18), expect="subsanar",
        fields={"nombres": "MERCEDES ALEJANDRA OCHOA PARRA", "nacionalidad": "VE",
                "documento_identidad": "V9876012", "telefono": "+51912345678",
                "correo": "mercedes.ochoa.parra@gmail.com",
                "motivo": "Soy madre de un periodista detenido desde 2024; tras su detención fui hostigada y amenazada por funcionarios del SEBIN"})

    # ------------------------------------------------------------ 010
    pdf = [
        "Señores de la Comisión Especial para los Refugiados",
        "RECURSO DE APELACIÓN",
        "Jhonny Rafael Suárez Medina, cédula V-18.004.556, teléfono 922 334 455, "
        "correo jhonnysuarez@gmail.com.",
        "Apelo la resolución notificada el 28.12.2026 que confirmó la denegatoria de mi refugio.",
        "Motivo: la resolución no consideró que mi esposa y yo fuimos desplazados por la minería ilegal "
        "armada en el estado Bolívar y que mi hermano fue desaparecido en 2025.",
        "Lima, 10 de enero de 2027",
        "Jhonny Rafael Suárez Medina",
    ]
    add("consulta-cuerpo-pide-apelacion-pdf-firmado", mailbox=M, received=lima(2027, 1, 11, 9, 45, 0),
        frm="Jhonny Suarez <jhonnysuarez@gmail.com>", subject="Consulta",
        body=D("""
            buenos dias disculpen la molestia
            quisiera saber si asi esta bien presentado, les mando en adjunto mi recurso de apelacion contra
            la resolucion que me confirmo la denegatoria, me la notificaron el 28.12.2026.
            el documento esta firmado digital con mi certificado.
            jhonny rafael suarez medina
            V-18.004.556
            cel 922 334 455
        """),
        atts=[att_signed("APELACION.pdf", pdf, "Jhonny Rafael Suarez Medina")],
        procedure="apelacion", notif=d(2026, 12, 28), expect="cargo",
        fields={"nombres": "jhonny rafael suarez medina", "documento_identidad": "V18004556",
                "telefono": "+51922334455", "correo": "jhonnysuarez@gmail.com",
                "motivo": "la resolución no consideró que mi esposa y yo fuimos desplazados por la minería ilegal armada en el estado Bolívar"})

    # ------------------------------------------------------------ 011
    pdf = [
        "Bogotá-Lima, 9 de diciembre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "Recurso de Apelación",
        "Daniela Fernanda Quintero León, Pasaporte AV123456",
        "Motivo: la resolución que confirma la denegatoria ignora que soy lideresa social amenazada por "
        "disidencias de las FARC en el Cauca, según la alerta temprana de la Defensoría del Pueblo de Colombia.",
        "Solicito se eleve el expediente al superior.",
        "Daniela Fernanda Quintero León",
    ]
    add("apelacion-buzon-equivocado-refugiados", mailbox=R, received=lima(2026, 12, 10, 15, 0, 12),
        frm="Daniela Quintero <dani.quintero.leon@gmail.com>", subject="Recurso de apelación",
        body=D("""
            Señores
            Comisión Especial para los Refugiados

            Por medio del presente remito mi Recurso de Apelación (archivo PDF con firma digital).

            Datos de la recurrente
            Nombres y apellidos: Daniela Fernanda Quintero León
            Nacionalidad: Colombia
            Pasaporte: AV123456
            Cédula de ciudadanía: 52.345.678
            Teléfono: 956 778 899
            Correo: dani.quintero.leon@gmail.com

            La resolución fue notificada el 01 de diciembre de 2026.

            Cordialmente,
            Daniela F. Quintero L.
        """),
        atts=[att_signed("Apelacion_DQuintero.pdf", pdf, "Daniela Fernanda Quintero Leon")],
        procedure="apelacion", notif=d(2026, 12, 1), expect="cargo", flags_expect=["derivado"],
        fields={"nombres": "Daniela Fernanda Quintero León", "nacionalidad": "CO",
                "documento_identidad": "AV123456", "telefono": "+51956778899",
                "correo": "dani.quintero.leon@gmail.com",
                "motivo": "la resolución que confirma la denegatoria ignora que soy lideresa social amenazada por disidencias de las FARC en el Cauca"})

    # ------------------------------------------------------------ 012
    img = ["Señores Comisión Especial para los Refugiados",
           "Yo, Andrés Eduardo Rangel Villalobos, V-27.890.123, interpongo",
           "RECURSO DE RECONSIDERACIÓN contra la resolución notificada el 01/10/2026.",
           "Pido se reconsidere por las pruebas nuevas que adjunto.",
           "Lima, 12 de octubre de 2026", "", "Andrés E. Rangel V."]
    add("reconsideracion-madre-escribe-por-hijo-foto", mailbox=M, received=lima(2026, 10, 13, 11, 0, 26),
        frm="Carmen Villalobos <carmenvillalobos@hotmail.com>",
        subject="Rv: recurso de reconsideracion de mi hijo Andres Rangel",
        body=D("""
            Buenos días señores de la Comisión

            Les escribo en nombre de mi hijo ANDRÉS EDUARDO RANGEL VILLALOBOS, venezolano, cédula V-27.890.123,
            él no tiene computadora. Yo soy su madre, Carmen Teresa Villalobos de Rangel, C.I. V-6.543.210,
            mi número es 944 000 111.

            A mi hijo le negaron el refugio y la resolución le fue notificada el 01/10/2026. Él presenta
            reconsideración porque en la entrevista no tuvo intérprete de confianza y no pudo explicar que fue
            reclutado a la fuerza por un grupo irregular en Apure y escapó; ahora tiene la constancia de la
            parroquia y el testimonio de dos vecinos.

            El escrito lo firmó él de puño y letra, va en foto adjunta.
            Contacto de Andrés: celular 963 852 741, correo andres.rangel27@gmail.com

            Muchas gracias, Dios los bendiga
            Carmen
        """),
        atts=[att_png("recurso_andres.png", img)],
        procedure="reconsideracion", notif=d(2026, 10, 1), expect="cargo", flags_expect=["verificar_firma"],
        fields={"nombres": "ANDRÉS EDUARDO RANGEL VILLALOBOS", "nacionalidad": "VE",
                "documento_identidad": "V27890123", "telefono": "+51963852741",
                "correo": "andres.rangel27@gmail.com",
                "motivo": "en la entrevista no tuvo intérprete de confianza y no pudo explicar que fue reclutado a la fuerza por un grupo irregular en Apure"})

    # ------------------------------------------------------------ 013
    pdf = [
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "SUMILLA: RECURSO DE RECONSIDERACIÓN",
        "YEISON ANDRÉS CASTAÑO MEJÍA, colombiano, C.C. N° 1.036.654.321, Cel. 935 114 227, "
        "correo yeisoncastano@gmail.com, me presento y digo:",
        "Que interpongo recurso de reconsideración contra la resolución que me deniega la condición de "
        "refugiado, notificada el 23.11.26.",
        "FUNDAMENTOS: Tras mi entrevista, el Clan del Golfo asesinó a mi primo en Medellín y dejó un "
        "mensaje con mi nombre; adjunto la noticia y el acta de levantamiento como prueba nueva.",
        "POR TANTO: pido declarar fundado el recurso.",
        "Lima, 29 de noviembre de 2026",
    ]
    add("urgente-cuerpo-reconsideracion-domingo-noche", mailbox=M, received=lima(2026, 11, 29, 22, 10, 37),
        frm="Yeison Castaño <yeisoncastano@gmail.com>", subject="URGENTE!!", date_tz=-4,
        body=D("""
            Buenas noches señores, por favor es urgente.
            Envío mi recurso de reconsideración firmado digitalmente contra la resolución que me deniega la
            condición de refugiado. Me notificaron el 23.11.26 y tengo miedo de que se me pase el plazo.
            Todos mis datos están en el documento.
            Gracias
            Yeison
        """),
        atts=[att_signed("reconsideracion_castaño.pdf", pdf, "Yeison Andres Castaño Mejia")],
        procedure="reconsideracion", notif=d(2026, 11, 23), expect="cargo",
        fields={"nombres": "YEISON ANDRÉS CASTAÑO MEJÍA", "nacionalidad": "CO",
                "documento_identidad": "1036654321", "telefono": "+51935114227",
                "correo": "yeisoncastano@gmail.com",
                "motivo": "Tras mi entrevista, el Clan del Golfo asesinó a mi primo en Medellín y dejó un mensaje con mi nombre"})

    # ------------------------------------------------------------ 014
    pdf = [
        "Señores Comisión Especial para los Refugiados",
        "SUMILLA: Recurso de Apelación",
        "KELVIN JOHAN ARRIETA SÁNCHEZ, venezolano, pasaporte N° 123987456, ante ustedes digo:",
        "Que apelo la resolución notificada el día 12 de enero de 2027 que confirma la denegatoria.",
        "FUNDAMENTOS: soy activista LGBTI y fui detenido y golpeado por la policía municipal de Valencia en "
        "2023; la Comisión aplicó mal el criterio de alternativa de huida interna.",
        "Celular +51 901 234 567 / kelvin.arrieta@gmail.com",
        "Lima, 19 de enero de 2027",
    ]
    ong_txt = D("""
        Estimados señores:

        En el marco del acompañamiento legal que brindamos a personas refugiadas, remitimos adjunto el
        Recurso de Apelación del Sr. Kelvin Johan Arrieta Sánchez, de nacionalidad venezolana, pasaporte
        N° 123987456, contra la resolución notificada el día 12 de enero de 2027. El escrito está firmado
        digitalmente por el recurrente.

        Datos de contacto del recurrente:
        - Celular: +51 901 234 567
        - Correo: kelvin.arrieta@gmail.com

        Para coordinaciones con nuestra institución puede comunicarse al (01) 330-2211 anexo 104.

        Saludos cordiales,

        Lic. Patricia Gómez Salas
        Coordinadora del Área Legal
        Asociación Manos Solidarias
        RUC 20512345678 | (01) 330-2211 | legal@manossolidarias.org.pe
    """)
    ong_html = ("<html><body><p>Estimados señores:</p><p>En el marco del acompañamiento legal que brindamos "
                "a personas refugiadas, remitimos adjunto el Recurso de Apelación del <b>Sr. Kelvin Johan "
                "Arrieta Sánchez</b>, de nacionalidad venezolana, pasaporte N° 123987456, contra la "
                "resolución notificada el día 12 de enero de 2027. El escrito está firmado digitalmente por "
                "el recurrente.</p><p>Datos de contacto del recurrente:</p><ul><li>Celular: +51 901 234 567"
                "</li><li>Correo: <a href=\"mailto:kelvin.arrieta@gmail.com\">kelvin.arrieta@gmail.com</a>"
                "</li></ul><p>Para coordinaciones con nuestra institución puede comunicarse al (01) 330-2211 "
                "anexo 104.</p><p>Saludos cordiales,</p><p>Lic. Patricia Gómez Salas<br>Coordinadora del "
                "Área Legal<br>Asociación Manos Solidarias<br>RUC 20512345678 | (01) 330-2211 | "
                "legal@manossolidarias.org.pe</p></body></html>")
    add("apelacion-ong-en-nombre-html", mailbox=M, received=lima(2027, 1, 20, 10, 0, 3),
        frm="Área Legal - Manos Solidarias <legal@manossolidarias.org.pe>",
        subject="Recurso de Apelación - Sr. Kelvin Johan Arrieta Sánchez", body=ong_txt, html=ong_html,
        atts=[att_signed("Apelacion_Arrieta.pdf", pdf, "Kelvin Johan Arrieta Sanchez")],
        procedure="apelacion", notif=d(2027, 1, 12), expect="cargo",
        fields={"nombres": "Kelvin Johan Arrieta Sánchez", "nacionalidad": "VE",
                "documento_identidad": "123987456", "telefono": "+51901234567",
                "correo": "kelvin.arrieta@gmail.com",
                "motivo": "soy activista LGBTI y fui detenido y golpeado por la policía municipal de Valencia en 2023"})

    # ------------------------------------------------------------ 015
    pdf = [
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "Expediente: 2025-04417                      Escrito: 01",
        "SUMILLA: Recurso de reconsideración",
        "",
        "ORIANA VALENTINA PÉREZ GUZMÁN, de nacionalidad venezolana, identificada con cédula de identidad "
        "V-25.678.901, debidamente representada por su abogado MARTÍN SALAZAR VEGA, con registro CAL "
        "N° 60123, señalando como domicilio procesal para efectos de notificación el correo electrónico "
        "msalazar.abogado@gmail.com y el celular 999 888 123 del abogado que suscribe, a ustedes decimos:",
        "**I. PETITORIO",
        "Interponemos recurso de reconsideración contra la Resolución N° 07011-2026/CEPR-SE, notificada con "
        "fecha 3 de diciembre de 2026, que deniega la condición de refugiada.",
        "**II. FUNDAMENTOS DE HECHO",
        "La recurrente fue víctima de violencia de género por parte de su expareja, oficial de la FANB, "
        "quien la amenazó con su arma de reglamento; las autoridades de su país se negaron a protegerla.",
        "**III. NUEVA PRUEBA",
        "Informe psicológico del Centro Emergencia Mujer de Los Olivos, de fecha 10 de diciembre de 2026.",
        "**POR TANTO:",
        "Solicitamos se declare fundado el recurso.",
        "Lima, 21 de diciembre de 2026",
        "Martín Salazar Vega - Abogado CAL 60123",
    ]
    add("reconsideracion-abogado-solo-contacto-abogado", mailbox=M, received=lima(2026, 12, 21, 16, 45, 20),
        frm="Martín Salazar Vega <msalazar.abogado@gmail.com>",
        subject="Reconsideración - Oriana Valentina Pérez Guzmán",
        body=D("""
            Señores:
            Adjunto recurso de reconsideración a favor de mi patrocinada, firmado digitalmente.
            Solicito que toda notificación se dirija a este correo.
            Atte.
            Abog. Martín Salazar Vega
            CAL 60123
            Cel. 999 888 123
        """),
        atts=[att_signed("RECONSIDERACION_PEREZ_GUZMAN.pdf", pdf, "Martin Salazar Vega", "Abogado CAL 60123")],
        procedure="reconsideracion", notif=d(2026, 12, 3), expect="cargo",
        fields={"nombres": "ORIANA VALENTINA PÉREZ GUZMÁN", "nacionalidad": "VE",
                "documento_identidad": "V25678901", "telefono": "+51999888123",
                "correo": "msalazar.abogado@gmail.com",
                "motivo": "La recurrente fue víctima de violencia de género por parte de su expareja, oficial de la FANB"})

    # ------------------------------------------------------------ 016
    pdf = [
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "Exp. N° 2025-08812",
        "Sumilla: Interpone Recurso de Apelación",
        "",
        "YOANDY HERNÁNDEZ CASTILLO, de nacionalidad cubana, identificado con Carnet de Identidad "
        "N° 90041523487 y Pasaporte cubano N° K123456, con teléfono celular 946 802 113 y correo "
        "electrónico yoandyhc90@gmail.com; con domicilio procesal en Calle Schell 343, oficina 1102, "
        "Miraflores, patrocinado por el abogado Gonzalo Valdivia Ruiz, CAL 38765, a ustedes atentamente decimos:",
        "**I. PETITORIO",
        "Interponemos recurso de apelación contra la Resolución N° 04418-2026/CEPR-SE del 24 de setiembre "
        "de 2026, notificada con fecha 30 de setiembre de 2026, que declaró infundado el recurso de "
        "reconsideración, a fin de que el superior la revoque y reconozca la condición de refugiado.",
        "**II. FUNDAMENTOS DE HECHO",
        "1. El recurrente fue procesado en Cuba por 'propaganda enemiga' por sus publicaciones en redes "
        "sociales y cumplió arresto domiciliario; a su regreso sería encarcelado.",
        "2. La resolución apelada no motiva por qué descarta la sentencia que obra en autos.",
        "**III. FUNDAMENTOS DE DERECHO",
        "Artículo 220 del TUO de la Ley N° 27444; Convención de 1951 sobre el Estatuto de los Refugiados.",
        "**IV. ANEXOS",
        "4-A Copia de la sentencia del Tribunal Municipal de Centro Habana.",
        "**POR TANTO:",
        "Pedimos conceder la apelación y elevar los actuados.",
        "Lima, 23 de octubre de 2026",
        "Yoandy Hernández Castillo          Gonzalo Valdivia Ruiz - CAL 38765",
    ]
    add("apelacion-estudio-juridico-ultimo-dia", mailbox=M, received=lima(2026, 10, 23, 16, 10, 48),
        frm="Estudio Valdivia Abogados <mesadepartes@valdiviaabogados.pe>",
        subject="Interpone Recurso de Apelación - Exp. N° 2025-08812 - Yoandy Hernández Castillo",
        body=D("""
            Señores:

            Por especial encargo de nuestro cliente, Sr. Yoandy Hernández Castillo, adjuntamos recurso de
            apelación firmado digitalmente, presentado dentro del plazo legal.

            Sírvanse acusar recibo.

            Estudio Valdivia Abogados
            Calle Schell 343, of. 1102, Miraflores
            Central: (01) 242-5566
        """),
        atts=[att_signed("Apelacion_Hernandez_Castillo.pdf", pdf, "Yoandy Hernandez Castillo")],
        procedure="apelacion", notif=d(2026, 9, 30), expect="cargo",
        fields={"nombres": "YOANDY HERNÁNDEZ CASTILLO", "nacionalidad": "CU",
                "documento_identidad": "90041523487", "telefono": "+51946802113",
                "correo": "yoandyhc90@gmail.com",
                "motivo": "El recurrente fue procesado en Cuba por 'propaganda enemiga' por sus publicaciones en redes sociales"})

    # ------------------------------------------------------------ 017
    pdf = [
        "Señores de la Comisión Especial para los Refugiados",
        "RECURSO DE RECONSIDERACIÓN",
        "",
        "LUZ MARINA OCHOA RUEDA, colombiana, C.C. 63.456.789, celular 925 874 136, correo "
        "luzmarina.ochoa@gmail.com, interpongo recurso de reconsideración contra la resolución que deniega "
        "mi solicitud de refugio.",
        "Motivo: mi hija fue amenazada por el ELN en Arauca por negarse a ser reclutada; presento la "
        "denuncia ante la Fiscalía y el certificado del colegio como prueba nueva.",
        "Lima, 25 de enero de 2027",
        "(firma en hoja adjunta)",
    ]
    img = ["HOJA DE FIRMAS", "Recurso de reconsideración", "Luz Marina Ochoa Rueda", "C.C. 63.456.789",
           "", "Lima, 25 de enero de 2027"]
    add("reconsideracion-buzon-solicitantes-tardia-hoja-firmas", mailbox=S, received=lima(2027, 1, 26, 10, 20, 0),
        frm="Luz Marina Ochoa <luzmarina.ochoa@gmail.com>",
        subject="Recurso de Reconsideración - Luz Marina Ochoa Rueda",
        body=D("""
            Buenos días,
            Remito mi recurso de reconsideración (escrito en PDF) y la hoja de firmas escaneada.
            Me notificaron el lunes 4 de enero de 2027.
            Atentamente,
            Luz Marina Ochoa Rueda
        """),
        atts=[att_text("recurso_reconsideracion_LMOR.pdf", pdf), att_jpg("hoja_firmas.jpg", img)],
        procedure="reconsideracion", notif=d(2027, 1, 4), expect="cargo",
        flags_expect=["derivado", "extemporaneo", "verificar_firma"],
        fields={"nombres": "Luz Marina Ochoa Rueda", "nacionalidad": "CO",
                "documento_identidad": "63456789", "telefono": "+51925874136",
                "correo": "luzmarina.ochoa@gmail.com",
                "motivo": "mi hija fue amenazada por el ELN en Arauca por negarse a ser reclutada"})

    # ------------------------------------------------------------ 018 renuncia
    pdf = [
        "Lima, 21 de octubre de 2026",
        "Señores",
        "Secretaría Ejecutiva de la Comisión Especial para los Refugiados",
        "Asunto: RENUNCIA A LA CONDICIÓN DE REFUGIADO",
        "",
        "Yo, HÉCTOR MANUEL BASTIDAS ORTEGA, de nacionalidad venezolana, con pasaporte N° 109876543 y "
        "carné de extranjería N° 001234567, reconocido como refugiado mediante Resolución N° 00871-2022/CEPR, "
        "por medio del presente comunico mi decisión libre y voluntaria de renunciar a la condición de refugiado.",
        "Motivo: he decidido retornar voluntariamente a Venezuela para reunirme con mis padres, que son "
        "adultos mayores y requieren mi cuidado.",
        "Teléfono de contacto: 987 654 320",
        "Correo: hbastidas.ortega@gmail.com",
        "",
        "Héctor Manuel Bastidas Ortega",
    ]
    add("renuncia-refugiado-pdf-firmado", mailbox=M, received=lima(2026, 10, 22, 10, 30, 14),
        frm="Hector Bastidas <hbastidas.ortega@gmail.com>", subject="Renuncia a la condición de refugiado",
        body="Buenos días:\n\nAdjunto carta de renuncia firmada digitalmente.\n\nAtentamente,\nHéctor Bastidas\n",
        atts=[att_signed("carta_renuncia.pdf", pdf, "Hector Manuel Bastidas Ortega")],
        procedure="renuncia", refugee=True, expect="acuse",
        fields={"nombres": "HÉCTOR MANUEL BASTIDAS ORTEGA", "nacionalidad": "VE",
                "documento_identidad": "109876543", "carne_extranjeria": "001234567",
                "telefono": "+51987654320", "correo": "hbastidas.ortega@gmail.com",
                "motivo": "he decidido retornar voluntariamente a Venezuela para reunirme con mis padres"})

    # ------------------------------------------------------------ 019
    img = ["Lima, 4 de diciembre de 2026", "Señores Comisión Especial para los Refugiados",
           "Yo, Mariela Josefina Uzcátegui Rondón, V-17.234.560, renuncio a mi trámite",
           "de solicitud de refugio y al de mis dependientes.", "", "Mariela Uzcátegui"]
    add("renuncia-solicitante-con-familia-foto-firmada", mailbox=M, received=lima(2026, 12, 4, 14, 0, 55),
        frm="Mariela Uzcategui <marielauzcategui@gmail.com>", subject="renuncia",
        body=D("""
            Señores de la Comisión Especial para los Refugiados:

            Por medio de la presente, yo Mariela Josefina Uzcátegui Rondón, nacionalidad venezolana,
            cédula V-17.234.560, nacida el 12/03/1985, solicitante de refugio, les comunico que renuncio a mi
            trámite de solicitud de refugio.

            Motivo de la renuncia: obtuve la Calidad Migratoria Especial Residente y ya no necesito continuar
            el trámite.

            Mi renuncia incluye a mis dependientes:
            - José Gregorio Peña Salas (esposo), V-15.111.222, tel. 940 222 333
            - Sofía Valentina Peña Uzcátegui (hija), V-32.000.111, nacida el 04/05/2012

            Mi teléfono: +51 940 111 222

            Adjunto la carta firmada (foto).

            Atte.
            Mariela Uzcátegui
        """),
        atts=[att_jpg("carta renuncia firmada.jpg", img)],
        procedure="renuncia", expect="acuse", flags_expect=["verificar_firma"],
        fields={"nombres": "Mariela Josefina Uzcátegui Rondón", "nacionalidad": "VE",
                "documento_identidad": "V17234560", "fecha_nacimiento": "1985-03-12",
                "telefono": "+51940111222", "correo": "marielauzcategui@gmail.com",
                "motivo": "obtuve la Calidad Migratoria Especial Residente y ya no necesito continuar el trámite"})

    # ------------------------------------------------------------ 020
    add("renuncia-refugiado-sin-carne-sin-firma-buzon-refugiados", mailbox=R, received=lima(2026, 11, 18, 8, 10, 31),
        frm="Edgar Lozada <edgarlozada.cu@gmail.com>", subject="Renuncia - Edgar Lozada Prieto",
        body=D("""
            Buenos días.
            Mi nombre es Edgar Alfonso Lozada Prieto, soy de nacionalidad cubana y soy refugiado reconocido
            en el Perú desde el año 2021. Carnet de identidad cubano 85031245678.
            Deseo renunciar a mi condición de refugiado ya que me voy a residir a España con mi esposa, que
            obtuvo allí un contrato de trabajo.
            Mi teléfono es 976 543 210.
            Por favor indíquenme los pasos a seguir.
            Saludos cordiales.
        """),
        procedure="renuncia", refugee=True, expect="subsanar", flags_expect=["derivado"],
        fields={"nombres": "Edgar Alfonso Lozada Prieto", "nacionalidad": "CU",
                "documento_identidad": "85031245678", "telefono": "+51976543210",
                "correo": "edgarlozada.cu@gmail.com",
                "motivo": "me voy a residir a España con mi esposa, que obtuvo allí un contrato de trabajo"})

    # ------------------------------------------------------------ 021 prorroga
    html = ("<html><body><p>Buenos días, solicito la prórroga anual de mi residencia como refugiado. "
            "Mis datos:</p><table border=\"1\" cellpadding=\"4\">"
            "<tr><td>Nombres y Apellidos</td><td>Nelson Enrique Guerrero Azuaje</td></tr>"
            "<tr><td>Sexo</td><td>Masculino</td></tr>"
            "<tr><td>Nacionalidad</td><td>Venezuela</td></tr>"
            "<tr><td>Pasaporte</td><td>087654321</td></tr>"
            "<tr><td>Carné de Extranjería</td><td>000987654</td></tr>"
            "<tr><td>Fecha de nacimiento</td><td>30-08-1979</td></tr>"
            "<tr><td>Teléfono</td><td>989 321 654</td></tr>"
            "</table><p>Gracias.</p><p>Nelson Guerrero</p></body></html>")
    add("prorroga-residencia-tabla-html-completa", mailbox=R, received=lima(2026, 10, 6, 9, 30, 0),
        frm="Nelson Guerrero <nelsonguerrero.a@gmail.com>", subject="Prórroga de Residencia", html=html,
        procedure="prorroga_residencia", refugee=True, expect="acuse",
        fields={"nombres": "Nelson Enrique Guerrero Azuaje", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "087654321", "carne_extranjeria": "000987654",
                "fecha_nacimiento": "1979-08-30", "telefono": "+51989321654",
                "correo": "nelsonguerrero.a@gmail.com"})

    # ------------------------------------------------------------ 022
    add("prorroga-falta-sexo-y-nacimiento-despues-cierre", mailbox=R, received=lima(2026, 11, 24, 17, 5, 19),
        frm="Yaneth Morales <yanethmorales.ib@hotmail.com>", subject="prorroga de residencia anual",
        body=D("""
            Buenas tardes
            Solicito la prórroga de residencia anual.
            Nombre: Yaneth Cristina Morales Ibáñez
            Nacionalidad: colombiana
            C.C. 43.567.890
            Carné de Extranjería N° 000456789
            Cel: 912 876 543
            Gracias
        """),
        procedure="prorroga_residencia", refugee=True, expect="subsanar",
        fields={"nombres": "Yaneth Cristina Morales Ibáñez", "nacionalidad": "CO",
                "documento_identidad": "43567890", "carne_extranjeria": "000456789",
                "telefono": "+51912876543", "correo": "yanethmorales.ib@hotmail.com"})

    # ------------------------------------------------------------ 023
    add("renovacion-residencia-haitiano-buzon-mesadepartes", mailbox=M, received=lima(2027, 1, 5, 11, 11, 11),
        frm="Jean-Baptiste Pierre Louis <jbpierrelouis@yahoo.fr>", subject="Renovación de residencia - refugié",
        body=D("""
            Bonjour / Buenos días,

            Yo solicito la renovación de mi residencia de refugiado (prórroga anual).
            Nom / Nombre: Jean-Baptiste Pierre Louis
            Sexe / Sexo: masculino
            Nationalité: haïtienne (Haití)
            Passeport N°: PP4567891
            Carné de extranjería: 001122334
            Date de naissance: 5 de julio de 1988
            Tél: +51 955 443 221

            Merci beaucoup, gracias.
        """),
        procedure="prorroga_residencia", refugee=True, expect="acuse", flags_expect=["derivado"],
        fields={"nombres": "Jean-Baptiste Pierre Louis", "sexo": "M", "nacionalidad": "HT",
                "documento_identidad": "PP4567891", "carne_extranjeria": "001122334",
                "fecha_nacimiento": "1988-07-05", "telefono": "+51955443221",
                "correo": "jbpierrelouis@yahoo.fr"})

    # ------------------------------------------------------------ 024
    add("prorroga-sabado-prosa-anio-dos-digitos", mailbox=R, received=lima(2026, 12, 26, 10, 4, 0),
        frm="Luisa Arias <luisafer.arias@gmail.com>", subject="PRORROGA DE RESIDENCIA - ARIAS CARDENAS",
        body=("Señores Refugiados Cancillería, buenos días. Les escribe Luisa Fernanda Arias Cárdenas, sexo "
              "femenino, de nacionalidad ecuatoriana, con cédula ecuatoriana 171234567-8 y carné de extranjería "
              "000765432, nacida el 07/11/91, para solicitar la prórroga de mi residencia de este año. Pueden "
              "llamarme al 987-456-123. Muchas gracias y felices fiestas.\n"),
        procedure="prorroga_residencia", refugee=True, expect="acuse",
        fields={"nombres": "Luisa Fernanda Arias Cárdenas", "sexo": "F", "nacionalidad": "EC",
                "documento_identidad": "1712345678", "carne_extranjeria": "000765432",
                "fecha_nacimiento": "1991-11-07", "telefono": "+51987456123",
                "correo": "luisafer.arias@gmail.com"})

    # ------------------------------------------------------------ 025 duplicado CE
    den = ["POLICÍA NACIONAL DEL PERÚ", "COMISARÍA PNP CAQUETÁ", "CONSTANCIA DE DENUNCIA",
           "N° 20261108-1123", "Denunciante: Orlando José Contreras Pinto", "Hecho: hurto de documentos"]
    add("duplicado-carnet-cuerpo-extranjeria-con-denuncia", mailbox=R, received=lima(2026, 11, 11, 10, 0, 40),
        frm="Orlando Contreras <orlandocontreras75@gmail.com>", subject="Duplicado de carnet",
        body=D("""
            Buenos días,
            Solicito el duplicado de mi carné de extranjería. Adjunto la denuncia policial.
            Nombres y Apellidos: Orlando José Contreras Pinto
            Sexo: M
            Nacionalidad: venezolano
            Cédula: V-14.555.666
            N° Carné de Extranjería: 000334455
            Fecha de nacimiento: 22/02/1975
            Teléfono: 991 234 567
            Atentamente,
            Orlando Contreras
        """),
        atts=[att_jpg("denuncia_policial_comisaria.jpg", den)],
        procedure="duplicado_carne_extranjeria", refugee=True, expect="acuse",
        fields={"nombres": "Orlando José Contreras Pinto", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "V14555666", "carne_extranjeria": "000334455",
                "fecha_nacimiento": "1975-02-22", "telefono": "+51991234567",
                "correo": "orlandocontreras75@gmail.com"})

    # ------------------------------------------------------------ 026
    add("duplicado-carne-extranjeria-falta-denuncia", mailbox=R, received=lima(2027, 1, 14, 12, 0, 7),
        frm="Zuleima Perez <zuleimaperez.c@gmail.com>", subject="Duplicado de Carné de Extranjería",
        body=D("""
            Buenas tardes, solicito duplicado de carné de extranjería.

            Nombre completo - Zuleima Andreína Pérez Colmenares
            Sexo - femenino
            Nacionalidad - venezolana
            Pasaporte - 138765432
            CE - 000889900
            F. de nacimiento - 15 de junio de 1990
            Celular - +51 944 332 110

            Ya hice la denuncia en la comisaría de Surquillo, apenas me la entreguen se las envío.
        """),
        procedure="duplicado_carne_extranjeria", refugee=True, expect="subsanar",
        fields={"nombres": "Zuleima Andreína Pérez Colmenares", "sexo": "F", "nacionalidad": "VE",
                "documento_identidad": "138765432", "carne_extranjeria": "000889900",
                "fecha_nacimiento": "1990-06-15", "telefono": "+51944332110",
                "correo": "zuleimaperez.c@gmail.com"})

    # ------------------------------------------------------------ 027
    add("duplicado-de-carnet-ambiguo-triage", mailbox=R, received=lima(2026, 10, 29, 15, 0, 2),
        frm="Freddy Alvarado <freddyalv1990@gmail.com>", subject="duplicado de carnet",
        body="buenas tardes perdi mi carnet en el bus y necesito sacar otro, que tengo que hacer? gracias\nFreddy Alvarado\n",
        procedure=None, expect="triage",
        fields={"nombres": "Freddy Alvarado", "correo": "freddyalv1990@gmail.com"})

    # ------------------------------------------------------------ 028
    den = ["POLICÍA NACIONAL DEL PERÚ", "COMISARÍA PNP SAN MARTÍN DE PORRES",
           "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 20261207-0456",
           "Fecha: 07/12/2026",
           "Denunciante: Gustavo Adolfo Rincón Mendoza",
           "Hecho: pérdida de carné de extranjería N° 000112233",
           "Lugar: Av. Perú cdra. 30, San Martín de Porres"]
    add("duplicado-ce-denuncia-dentro-pdf-buzon-solicitantes", mailbox=S, cc=R,
        received=lima(2026, 12, 15, 9, 0, 30),
        frm="Gustavo Rincón <gus.rincon.m@hotmail.com>", subject="duplicado de carne de extranjeria",
        body=D("""
            Sres. buen día

            Solicito duplicado de mi carné de extranjería. Adjunto documentos.

            Gustavo Adolfo Rincón Mendoza
            Sexo masculino / venezolano
            Cédula: V-12.987.654
            C.E.: 000112233
            F. nac.: 03-09-1970
            Tel. fijo (01) 567-8901
        """),
        atts=[att_text("documentos.pdf", den)],
        procedure="duplicado_carne_extranjeria", refugee=True, expect="acuse", flags_expect=["derivado"],
        fields={"nombres": "Gustavo Adolfo Rincón Mendoza", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "V12987654", "carne_extranjeria": "000112233",
                "fecha_nacimiento": "1970-09-03", "telefono": "+5115678901",
                "correo": "gus.rincon.m@hotmail.com"})

    # ------------------------------------------------------------ 029 autorizacion viaje
    pdf = [
        "Lima, 30 de noviembre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "Asunto: Solicitud de Autorización de Viaje (urgencia)",
        "",
        "Yo, RAFAEL ANTONIO CHACÓN LUGO, refugiado reconocido, con carné de extranjería N° 000556677, "
        "solicito autorización para viajar por motivo de urgencia:",
        "Motivo: mi madre se encuentra hospitalizada en estado grave (se adjunta informe médico).",
        "Lugar de destino: Bogotá, Colombia",
        "Fecha de salida: 15/12/26",
        "Fecha de retorno: 05/01/27",
        "Teléfono: 987 222 333",
        "Correo: rafachacon.lugo@gmail.com",
        "",
        "Rafael Antonio Chacón Lugo",
    ]
    add("autorizacion-viaje-pdf-firmado-completa", mailbox=R, received=lima(2026, 12, 1, 10, 0, 0),
        frm="Rafael Chacón <rafachacon.lugo@gmail.com>", subject="Autorización de Viaje",
        body="Buenos días, adjunto mi solicitud de autorización de viaje por urgencia, firmada digitalmente.\n\nRafael Chacón - 987 222 333\n",
        atts=[att_signed("autorizacion_viaje_chacon.pdf", pdf, "Rafael Antonio Chacon Lugo")],
        procedure="autorizacion_viaje", refugee=True, expect="acuse",
        fields={"nombres": "RAFAEL ANTONIO CHACÓN LUGO", "carne_extranjeria": "000556677",
                "motivo": "mi madre se encuentra hospitalizada en estado grave",
                "destino": "Bogotá, Colombia", "fecha_salida": "2026-12-15",
                "fecha_retorno": "2027-01-05", "telefono": "+51987222333",
                "correo": "rafachacon.lugo@gmail.com"})

    # ------------------------------------------------------------ 030
    img = ["Señores Comisión Especial para los Refugiados",
           "Solicito autorización de viaje a Maracaibo por el fallecimiento de mi padre.",
           "Yusmary del Carmen Ruiz Paredes - CE 000998877", "", "Lima, 25 de enero de 2027"]
    add("permiso-viaje-sin-fecha-retorno-foto", mailbox=R, received=lima(2027, 1, 25, 13, 0, 16),
        frm="Yusmary Ruiz <yusmaryruiz@gmail.com>", subject="permiso de viaje urgente",
        body=D("""
            Señores buenas tardes, les escribo con mucho dolor: falleció mi papá en Maracaibo y necesito
            viajar para el sepelio.
            Nombre: Yusmary del Carmen Ruiz Paredes
            Carné de extranjería 000998877
            Destino: Maracaibo, Venezuela
            Salida: 30 de enero de 2027
            Regreso: apenas terminen los actos funerarios, aún no tengo fecha
            Tel +51 966 554 433
            Adjunto la solicitud firmada (foto).
        """),
        atts=[att_png("solicitud_viaje.png", img)],
        procedure="autorizacion_viaje", refugee=True, expect="subsanar", flags_expect=["verificar_firma"],
        fields={"nombres": "Yusmary del Carmen Ruiz Paredes", "carne_extranjeria": "000998877",
                "motivo": "falleció mi papá en Maracaibo y necesito viajar para el sepelio",
                "destino": "Maracaibo, Venezuela", "fecha_salida": "2027-01-30",
                "telefono": "+51966554433", "correo": "yusmaryruiz@gmail.com"})

    # ------------------------------------------------------------ 031
    add("urgente-ayuda-cuerpo-autorizacion-viaje-feriado", mailbox=R, received=lima(2026, 10, 8, 19, 30, 45),
        frm="Wilfredo Yanez <wilfredoyanez@gmail.com>", subject="Urgente - ayuda",
        body=D("""
            Buenas noches, necesito con urgencia la autorización de viaje, mi hijo Matías (CE 000443399)
            tiene una cirugía programada en Santiago de Chile y debo acompañarlo.
            Mis datos:
            Wilfredo Antonio Yánez Colina, refugiado reconocido, CE 000443322
            Destino: Santiago de Chile
            Salida 20/10/2026 - retorno 03/11/26
            Cel. 912 000 999
            Agradezco su pronta respuesta.
        """),
        procedure="autorizacion_viaje", refugee=True, expect="subsanar",
        fields={"nombres": "Wilfredo Antonio Yánez Colina", "carne_extranjeria": "000443322",
                "motivo": "mi hijo Matías tiene una cirugía programada en Santiago de Chile y debo acompañarlo",
                "destino": "Santiago de Chile", "fecha_salida": "2026-10-20",
                "fecha_retorno": "2026-11-03", "telefono": "+51912000999",
                "correo": "wilfredoyanez@gmail.com"})

    # ------------------------------------------------------------ 032 actualizacion
    add("actualizacion-datos-solicitante-completa", mailbox=S, received=lima(2026, 10, 1, 9, 0, 22),
        frm="Gaby Linares <gaby_linares85@hotmail.com>", subject="Actualización de datos",
        body=D("""
            Buenos días, por medio del presente solicito actualizar mis datos de contacto en el sistema de
            refugio.

            Nombres y Apellidos: María Gabriela Linares Soto
            Nacionalidad: Venezolana
            N° Pasaporte: 158741236
            Fecha de nacimiento: 14/02/1985
            Nuevo teléfono: 933 221 100
            Nuevo correo electrónico: mgabriela.linares@gmail.com
            Nueva dirección: Av. Los Próceres 1234, Dpto. 302, Santiago de Surco

            Quedo atenta, gracias.
        """),
        procedure="actualizacion_datos", expect="acuse",
        fields={"nombres": "María Gabriela Linares Soto", "nacionalidad": "VE",
                "documento_identidad": "158741236", "fecha_nacimiento": "1985-02-14",
                "telefono": "+51933221100", "correo": "mgabriela.linares@gmail.com"})

    # ------------------------------------------------------------ 033
    add("actualizacion-refugiado-sin-carne-un-minuto-tarde", mailbox=S, received=lima(2026, 10, 14, 16, 31, 0),
        frm="Pedro Aguilar <pedroaguilar.g@gmail.com>", subject="actualizacion de datos",
        body=D("""
            buenas tardes, soy refugiado reconocido y quiero actualizar mi telefono.
            PEDRO LUIS AGUILAR GOMEZ
            nacionalidad: VEN
            cedula V 16 789 012
            telefono nuevo 987 654 999
            gracias
        """),
        procedure="actualizacion_datos", refugee=True, expect="subsanar",
        fields={"nombres": "PEDRO LUIS AGUILAR GOMEZ", "nacionalidad": "VE",
                "documento_identidad": "V16789012", "telefono": "+51987654999",
                "correo": "pedroaguilar.g@gmail.com"})

    # ------------------------------------------------------------ 034
    add("re-actualizacion-datos-repartidos-asunto-firma", mailbox=S, received=lima(2026, 11, 15, 11, 3, 9),
        frm="Jesus Nieves <jesusnieves.21@gmail.com>",
        subject="RE: Actualización de datos - Jesús Alberto Nieves Mendoza V-21.345.678",
        body=D("""
            Buenos días, complemento lo solicitado: soy de nacionalidad venezolana. El número nuevo va en
            mi firma.

            Saludos,
            Jesús A. Nieves
            Cel/WhatsApp: +51 923 456 789

            -----Mensaje original-----
            De: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
            Enviado: viernes, 13 de noviembre de 2026 11:02
            Para: jesusnieves.21@gmail.com
            Asunto: RE: Actualización de datos

            Estimado(a) usuario(a):
            Para atender su pedido debe indicar su nacionalidad y un teléfono de contacto.
            Consultas: (01) 204-2400 anexo 3311.
        """),
        procedure="actualizacion_datos", expect="acuse",
        fields={"nombres": "Jesús Alberto Nieves Mendoza", "nacionalidad": "VE",
                "documento_identidad": "V21345678", "telefono": "+51923456789",
                "correo": "jesusnieves.21@gmail.com"})

    # ------------------------------------------------------------ 035
    add("asunto-solo-nombre-actualizacion-falta-nacionalidad", mailbox=S, received=lima(2026, 12, 9, 10, 0, 5),
        frm="Yuli Castillo <yulicastillo.p@gmail.com>", subject="Yulimar Castillo Pérez",
        body=D("""
            Hola buenas, quiero actualizar mis datos de contacto, ya tengo otro número de celular.
            Mi pasaporte es 149632587 y el número nuevo es 9 5678 1234.
            Gracias
            Yulimar Castillo Pérez
        """),
        procedure="actualizacion_datos", expect="subsanar",
        fields={"nombres": "Yulimar Castillo Pérez", "documento_identidad": "149632587",
                "telefono": "+51956781234", "correo": "yulicastillo.p@gmail.com"})

    # ------------------------------------------------------------ 036
    add("actualizacion-datos-familia-buzon-mesadepartes-a-la-hora-cierre", mailbox=M,
        received=lima(2027, 1, 27, 16, 30, 0),
        frm="Franklin Briceño <franklinbt@gmail.com>", subject="ACTUALIZACIÓN DE DATOS - BRICEÑO TORREALBA",
        body=D("""
            Señores de la Comisión, buenas tardes.

            Soy solicitante de refugio y por medio de este correo actualizo mis datos y los de mi grupo
            familiar:

            Titular: Franklin Ramón Briceño Torrealba
            Nacionalidad: venezolana
            Cédula: V-13.579.246
            Teléfono: 975 310 864

            Hijos:
            1. Luis Ángel Briceño Mora - cédula V-32.111.222
            2. Valeria Briceño Mora - pasaporte 160000123

            Esposa: Yelitza Mora de Briceño, teléfono 981 234 000

            Nueva dirección: Mz. F Lote 12, AA.HH. Los Olivos de Pro, Los Olivos.

            Gracias por su atención.
        """),
        procedure="actualizacion_datos", expect="acuse", flags_expect=["derivado"],
        fields={"nombres": "Franklin Ramón Briceño Torrealba", "nacionalidad": "VE",
                "documento_identidad": "V13579246", "telefono": "+51975310864",
                "correo": "franklinbt@gmail.com"})

    # ------------------------------------------------------------ 037 cambio clave
    add("cambio-clave-completo-correo-distinto", mailbox=S, received=lima(2026, 11, 3, 8, 30, 50),
        frm="Ronald Matute <r.matute.f@gmail.com>", subject="Cambio de clave y contraseña",
        body=D("""
            Buen día. Solicito el cambio de clave y contraseña del Sistema de Refugiados.
            Nombres completos: Ronald Javier Matute Ferrer
            Pasaporte N°: 127364591
            Teléfono: 958 741 236
            Correo: ronald.matute@gmail.com
            Atte.
        """),
        procedure="cambio_clave", expect="acuse",
        fields={"nombres": "Ronald Javier Matute Ferrer", "documento_identidad": "127364591",
                "telefono": "+51958741236", "correo": "ronald.matute@gmail.com"})

    # ------------------------------------------------------------ 038
    add("cambio-contrasena-buzon-refugiados-falta-documento", mailbox=R, received=lima(2026, 12, 31, 10, 0, 33),
        frm="Jhoana Restrepo <jhoanarestrepo@gmail.com>", subject="cambio de contraseña",
        body=D("""
            Buenos dias, necesito el cambio de contraseña del sistema de refugiados.
            Jhoana Paola Restrepo Gil
            +51 987 321 000
            jhoanarestrepo@gmail.com
        """),
        procedure="cambio_clave", expect="subsanar", flags_expect=["derivado"],
        fields={"nombres": "Jhoana Paola Restrepo Gil", "telefono": "+51987321000",
                "correo": "jhoanarestrepo@gmail.com"})

    # ------------------------------------------------------------ 039
    add("ayuda-cuerpo-cambio-clave-haitiana-sabado", mailbox=S, received=lima(2026, 10, 24, 12, 0, 18),
        frm="Wideline Joseph <wideline.joseph@yahoo.fr>", subject="Ayuda",
        body=D("""
            Bonjour señores,
            Por favor ayuda, necesito cambio de clave y contraseña para entrar al sistema de refugiados.
            Me llamo Wideline Joseph, nacionalidad haitiana, pasaporte haitiano N° PH2345678.
            Mi teléfono 944 556 677
            Mi correo wideline.joseph@yahoo.fr
            Merci
        """),
        procedure="cambio_clave", expect="acuse",
        fields={"nombres": "Wideline Joseph", "nacionalidad": "HT", "documento_identidad": "PH2345678",
                "telefono": "+51944556677", "correo": "wideline.joseph@yahoo.fr"})

    # ------------------------------------------------------------ 040
    add("cambio-clave-hermana-escribe-por-hermano", mailbox=S, received=lima(2027, 1, 18, 11, 20, 40),
        frm="Katherine Ramírez <kathe.ramirez@gmail.com>", subject="Cambio de clave - Luis Miguel Ramírez Ortiz",
        body=D("""
            Buenos días. Soy Katherine Ramírez, cédula V-22.333.444, hermana de Luis Miguel Ramírez Ortiz.
            Les escribo por él: necesita el cambio de clave y contraseña del Sistema de Refugiados.

            Datos de mi hermano:
            Nombre: Luis Miguel Ramírez Ortiz
            Cédula: V-20.111.999
            Celular: 913 579 246
            Su correo registrado es luismiguel.ro@gmail.com

            Muchas gracias.
        """),
        procedure="cambio_clave", expect="acuse",
        fields={"nombres": "Luis Miguel Ramírez Ortiz", "documento_identidad": "V20111999",
                "telefono": "+51913579246", "correo": "luismiguel.ro@gmail.com"})

    # ------------------------------------------------------------ 041 carne solicitante
    add("carne-solicitante-suspendido", mailbox=S, received=lima(2026, 10, 16, 10, 40, 0),
        frm="Yorbis Diaz <yorbisdiaz23@gmail.com>", subject="Carné de solicitante",
        body=("Buenos días, quisiera saber cuándo me pueden dar cita para sacar mi carné de solicitante de "
              "refugio. Yorbis Manuel Díaz, V-23.456.789, tlf 989 898 989.\n"),
        procedure="carne_solicitante", expect="suspendido",
        fields={"nombres": "Yorbis Manuel Díaz", "documento_identidad": "V23456789",
                "telefono": "+51989898989", "correo": "yorbisdiaz23@gmail.com"})

    # ------------------------------------------------------------ 042
    den = ["POLICÍA NACIONAL DEL PERÚ", "CONSTANCIA DE DENUNCIA", "Denunciante: Leidy Johana Cárdenas Ruiz"]
    add("duplicado-carne-solicitante-con-denuncia-suspendido", mailbox=S, received=lima(2026, 12, 17, 9, 20, 3),
        frm="Leidy Cardenas <leidycardenas.r@gmail.com>", subject="Duplicado de carné de solicitante",
        body=("Buenos días: necesito el duplicado del carné de solicitante de refugio. Adjunto la denuncia "
              "policial. Leidy Johana Cárdenas Ruiz, colombiana, C.C. 1.112.223.334, celular 987 000 321.\n"),
        atts=[att_jpg("denuncia.jpg", den)],
        procedure="carne_solicitante", expect="suspendido",
        fields={"nombres": "Leidy Johana Cárdenas Ruiz", "nacionalidad": "CO",
                "documento_identidad": "1112223334", "telefono": "+51987000321",
                "correo": "leidycardenas.r@gmail.com"})

    # ------------------------------------------------------------ 043 portal
    add("solicitud-refugio-a-mesadepartes-portal", mailbox=M, received=lima(2026, 10, 2, 10, 0, 0),
        frm="Dayerlin Mendoza <dayerlinmendoza@gmail.com>", subject="Solicitud de refugio",
        body=("Buenos días, llegué al Perú hace dos semanas por Tumbes y quiero solicitar refugio para mí y "
              "mi hija de 4 años. Mi nombre es Dayerlin Carolina Mendoza Paz, venezolana, pasaporte 170012345. "
              "Mi número 951 753 852. ¿Qué debo hacer?\n"),
        procedure="solicitud_refugio", expect="portal",
        fields={"nombres": "Dayerlin Carolina Mendoza Paz", "nacionalidad": "VE",
                "documento_identidad": "170012345", "telefono": "+51951753852",
                "correo": "dayerlinmendoza@gmail.com"})

    # ------------------------------------------------------------ 044
    add("consulta-cuerpo-solicitud-refugio-sabado", mailbox=S, received=lima(2026, 11, 21, 20, 48, 12),
        frm="Alexis Rivas <alexisrivas.ve@outlook.com>", subject="Consulta",
        body="hola, como hago para presentar una solicitud de refugio? soy venezolano y estoy en Arequipa.\nAlexis Rivas\n",
        procedure="solicitud_refugio", expect="portal",
        fields={"nombres": "Alexis Rivas", "nacionalidad": "VE", "correo": "alexisrivas.ve@outlook.com"})

    # ------------------------------------------------------------ 045
    add("autorizacion-trabajo-portal", mailbox=R, received=lima(2026, 12, 14, 12, 0, 0),
        frm="Carlos Eduardo Peña <cepena1992@gmail.com>", subject="Autorización de trabajo",
        body=("Buenas, necesito que me emitan la autorización de trabajo. Carlos Eduardo Peña Rojas, "
              "V-25.999.000, celular 914 725 836.\n"),
        procedure="autorizacion_trabajo", expect="portal",
        fields={"nombres": "Carlos Eduardo Peña Rojas", "documento_identidad": "V25999000",
                "telefono": "+51914725836", "correo": "cepena1992@gmail.com"})

    # ------------------------------------------------------------ 046
    add("permiso-trabajo-vencido-portal-viernes-noche", mailbox=S, received=lima(2027, 1, 8, 18, 0, 0),
        frm="Milagros Fuentes <milafuentes@gmail.com>", subject="permiso de trabajo vencido",
        body="Señores mi permiso de trabajo venció el 31 de diciembre, como lo renuevo?\nMilagros Fuentes Ochoa\npasaporte 133445566\n+51 999 111 444\n",
        procedure="autorizacion_trabajo", expect="portal",
        fields={"nombres": "Milagros Fuentes Ochoa", "documento_identidad": "133445566",
                "telefono": "+51999111444", "correo": "milafuentes@gmail.com"})

    # ------------------------------------------------------------ 047
    add("entrevista-registro-portal", mailbox=S, received=lima(2026, 11, 26, 9, 50, 0),
        frm="Josue Blanco <josueblanco.r@gmail.com>", subject="Entrevista de registro",
        body=("Buenos días, hice mi registro en línea en julio y aún no me llega la cita para la entrevista "
              "de registro. Mi expediente es 2026-33781. Josué Blanco Rangel, cédula V-28.765.432.\n"),
        procedure="entrevista_registro", expect="portal",
        fields={"nombres": "Josué Blanco Rangel", "documento_identidad": "V28765432",
                "correo": "josueblanco.r@gmail.com"})

    # ------------------------------------------------------------ 048
    add("urgente-cuerpo-entrevista-registro", mailbox=M, received=lima(2027, 1, 29, 11, 0, 0),
        frm="Ruth Sequera <ruthsequera@gmail.com>", subject="Urgente",
        body=("Buenas, no me ha llegado la cita para la entrevista de registro, ya pasaron 5 meses desde que "
              "me registré en línea. Ruth Sequera, teléfono 987 111 000.\n"),
        procedure="entrevista_registro", expect="portal",
        fields={"nombres": "Ruth Sequera", "telefono": "+51987111000", "correo": "ruthsequera@gmail.com"})

    # ------------------------------------------------------------ 049 triage
    add("consulta-estado-expediente-triage", mailbox=M, received=lima(2026, 10, 20, 10, 10, 0),
        frm="Ender Paredes <enderparedes@gmail.com>", subject="Consulta",
        body=("Buenos días, quisiera saber el estado de mi expediente N° 2025-10452, presenté todo hace un año "
              "y no sé nada. Ender José Paredes Lara, C.I. V-19.222.888, cel 956 321 789.\n"),
        procedure=None, expect="triage",
        fields={"nombres": "Ender José Paredes Lara", "documento_identidad": "V19222888",
                "telefono": "+51956321789", "correo": "enderparedes@gmail.com"})

    # ------------------------------------------------------------ 050
    add("ayuda-reconsideracion-o-apelacion-triage", mailbox=M, received=lima(2026, 12, 7, 9, 0, 0),
        frm="Maryuri Gonzalez <maryurigonzalez@gmail.com>", subject="Ayuda",
        body=("Buenos días, me llegó la resolución que deniega mi refugio y no sé si debo presentar "
              "reconsideración o apelación, ¿cuál me corresponde y hasta cuándo tengo plazo? La resolución me "
              "la notificaron el 27 de noviembre. Maryuri González, pasaporte 145000999.\n"),
        procedure=None, expect="triage",
        fields={"nombres": "Maryuri González", "documento_identidad": "145000999",
                "correo": "maryurigonzalez@gmail.com"})

    # ------------------------------------------------------------ 051
    add("asunto-solo-nombre-pide-llamada-triage", mailbox=R, received=lima(2027, 1, 6, 14, 30, 0),
        frm="Marcos Villegas <marcosvillegas.a@gmail.com>", subject="Marcos Antonio Villegas",
        body="Buenas, necesito información sobre mi caso, por favor me pueden llamar al 987 333 444. Gracias.\n",
        procedure=None, expect="triage",
        fields={"nombres": "Marcos Antonio Villegas", "telefono": "+51987333444",
                "correo": "marcosvillegas.a@gmail.com"})

    # ------------------------------------------------------------ 052 machine mail
    add("respuesta-automatica-vacaciones", mailbox=S, received=lima(2026, 11, 6, 9, 12, 0),
        frm="José Herrera <jose.herrera@logisticaandina.pe>",
        subject="Respuesta automática: RE: Actualización de datos",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body=("Gracias por su mensaje. Me encuentro de vacaciones hasta el 16 de noviembre. Para temas "
              "urgentes comunicarse con Marisol Cárdenas al (01) 615-8800 anexo 220.\n"),
        procedure="actualizacion_datos", machine=True, expect="ignorado", fields={})

    # ------------------------------------------------------------ 053
    def bounce():
        raw = (
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status;\n"
            " boundary=\"=_bnc_7731\"\n"
            "\n"
            "--=_bnc_7731\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n"
            "\n"
            "No se pudo entregar el mensaje a estos destinatarios:\n"
            "\n"
            "ronnymejias1988@outlook.com\n"
            "El buzón de correo del destinatario está lleno y no puede aceptar mensajes en este momento.\n"
            "\n"
            "--=_bnc_7731\n"
            "Content-Type: message/delivery-status\n"
            "\n"
            "Reporting-MTA: dns;AM9PR01MB7000.eurprd01.prod.outlook.com\n"
            "\n"
            "Final-Recipient: rfc822;ronnymejias1988@outlook.com\n"
            "Action: failed\n"
            "Status: 5.2.2\n"
            "Diagnostic-Code: smtp;554 5.2.2 mailbox full\n"
            "\n"
            "--=_bnc_7731\n"
            "Content-Type: text/rfc822-headers\n"
            "\n"
            "From: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>\n"
            "To: ronnymejias1988@outlook.com\n"
            "Subject: =?utf-8?q?Cambio_de_clave_y_contrase=C3=B1a?=\n"
            "Date: Fri, 13 Nov 2026 15:20:11 -0500\n"
            "\n"
            "--=_bnc_7731--\n")
        return email.message_from_bytes(raw.encode("utf-8"), policy=policy.SMTP)

    add("rebote-undeliverable-cambio-clave", mailbox=S, received=lima(2026, 11, 13, 15, 22, 40),
        frm="Microsoft Outlook <postmaster@outlook.com>",
        subject="Undeliverable: Cambio de clave y contraseña", report=bounce,
        procedure="cambio_clave", machine=True, expect="ignorado", fields={})

    # ------------------------------------------------------------ 054
    news = ("<html><body><h2>Boletín Red Migrante - Diciembre 2026</h2>"
            "<p>Feria de empleo para personas migrantes: 12 de diciembre en el Parque de la Exposición.</p>"
            "<p>Talleres gratuitos de emprendimiento y educación financiera. Inscripciones abiertas.</p>"
            "<p>Campaña de vacunación en Comas y San Juan de Lurigancho.</p>"
            "<p style=\"font-size:11px\">Recibes este correo porque te suscribiste a nuestro boletín. "
            "<a href=\"https://redmigrante.org/baja\">Darse de baja</a></p></body></html>")
    add("boletin-lista-correo", mailbox=R, received=lima(2026, 12, 3, 7, 0, 0),
        frm="Red Migrante <boletin@redmigrante.org>", subject="Boletín Red Migrante | Diciembre 2026",
        html=news, headers=[("List-Id", "Boletin Red Migrante <boletin.redmigrante.org>"),
                            ("List-Unsubscribe", "<https://redmigrante.org/baja>"),
                            ("Precedence", "bulk")],
        procedure=None, machine=True, expect="ignorado", fields={})

    # ------------------------------------------------------------ 055
    pdf = [
        "Señores Comisión Especial para los Refugiados",
        "RECURSO DE APELACIÓN",
        "Brayan Stiven Torres Ríos, C.C. 1.001.234.567, cel 924 680 135, brayantorres@gmail.com",
        "Motivo: la resolución desconoce las amenazas de los paramilitares en Tumaco.",
        "Lima, 17 de noviembre de 2026",
    ]
    add("reenvio-interno-desde-refugiados", mailbox=M, received=lima(2026, 11, 19, 10, 5, 0),
        frm="Refugiados - Cancillería <refugiados@rree.gob.pe>", subject="RV: Recurso de Apelación",
        body=D("""
            Se remite por competencia el correo recibido en esta casilla.
            Atte.,
            Área de Refugiados

            ---------- Mensaje reenviado ----------
            De: Brayan Torres <brayantorres@gmail.com>
            Fecha: mar, 17 nov 2026 a las 21:40
            Asunto: Recurso de Apelación
            Para: <refugiados@rree.gob.pe>

            Adjunto mi apelación firmada.
        """),
        atts=[att_signed("apelacion_brayan_torres.pdf", pdf, "Brayan Stiven Torres Rios")],
        procedure="apelacion", machine=True, expect="ignorado", fields={})

    # ------------------------------------------------------------ 056
    add("automatic-reply-fuera-oficina-prorroga", mailbox=R, received=lima(2027, 1, 4, 8, 1, 0),
        frm="Claudia Rengifo <claudia.rengifo@ong-amparo.org>",
        subject="Automatic reply: Prórroga de residencia",
        headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
        body=("Estaré fuera de la oficina hasta el 11 de enero. Para casos urgentes escriba a "
              "atencion@ong-amparo.org.\n\nI am out of the office until January 11th.\n"),
        procedure="prorroga_residencia", machine=True, expect="ignorado", fields={})

    # ------------------------------------------------------------ 057
    add("no-reply-confirmacion-sistema", mailbox=S, received=lima(2026, 10, 10, 3, 14, 0),
        frm="Sistema de Refugio en Línea <no-reply@refugioenlinea.pe>",
        subject="Confirmación de registro - Solicitud de Refugio",
        body=("Este es un mensaje automático, por favor no responda.\n\nSe ha registrado una nueva solicitud "
              "de refugio en línea. Código de registro: SR-2026-091133.\n"),
        procedure="solicitud_refugio", machine=True, expect="ignorado", fields={})
