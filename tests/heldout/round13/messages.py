# -*- coding: utf-8 -*-
"""Message texts and hand labels (fields) for round13. build.py derives the rest
(missing, signature, outcome, flags, dates) and asserts it against `expect`."""
import datetime as dt
import email.utils

LIMA = dt.timezone(dt.timedelta(hours=-5))
CARACAS = dt.timezone(dt.timedelta(hours=-4))
MADRID = dt.timezone(dt.timedelta(hours=1))


def r(mo, d, h, mi, s=0, y=2026):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LIMA)


def D(y, mo, d):
    return dt.date(y, mo, d)


def define(add, SOL, MDP, REF):
    # ------------------------------------------------------------ Mon 30 Nov
    add(slug="actualizacion-correo-nuevo", mailbox=SOL, received=r(11, 30, 8, 47, 12),
        frm=("Yusleidy B.", "yusleidy_br@hotmail.com"), subject="Actualización de datos",
        body="""Buenos días, señores de la Comisión.

Por medio del presente solicito la actualización de mis datos de contacto.

Nombres y apellidos: Yusleidy Carolina Briceño Ramos
Nacionalidad: venezolana
Cédula: V-24.118.903
Teléfono nuevo: 936 552 140
Correo nuevo: yusleidy.briceno93@gmail.com
Dirección: Av. Los Próceres 1250, dpto. 302, San Juan de Lurigancho

Quedo atenta. Muchas gracias.
""",
        procedure="actualizacion_datos",
        fields={"nombres": "Yusleidy Carolina Briceño Ramos", "nacionalidad": "VE",
                "documento_identidad": "V24118903", "telefono": "+51936552140",
                "correo": "yusleidy.briceno93@gmail.com"},
        expect={"outcome": "acuse"})

    add(slug="reconsideracion-tarde-por-un-dia", mailbox=MDP, received=r(11, 30, 9, 0, 41),
        frm=("Angélica Duarte", "angeduarte.v@gmail.com"), subject="Recurso de Reconsideracion",
        body="""Buen día.

Adjunto mi recurso de reconsideración firmado digitalmente. Me notificaron el 6 de noviembre de 2026.

Angélica María Duarte Chirinos
Cédula V-20.118.532
Teléfono 947 552 301
Correo angeduarte.v@gmail.com
""",
        att=[("signed", "reconsideracion_duarte.pdf", ("Angelica Maria Duarte Chirinos", [
            "Señores de la Comisión Especial para los Refugiados",
            "RECURSO DE RECONSIDERACIÓN",
            "",
            "Angélica María Duarte Chirinos, con cédula de identidad V-20.118.532, me presento ante ustedes "
            "para interponer recurso de reconsideración contra la resolución que deniega mi solicitud de refugio.",
            "",
            "Motivo: en la entrevista no se tomó en cuenta que trabajé como enfermera en un hospital público "
            "y denuncié la falta de insumos, por lo que fui citada por el SEBIN y hostigada en mi vivienda. "
            "Adjunto la citación como prueba nueva.",
            "",
            "Teléfono: 947 552 301 - Correo: angeduarte.v@gmail.com",
            "",
            "Lima, 27 de noviembre de 2026",
        ]))],
        in_pdf=["SEBIN"],
        notified=D(2026, 11, 6),
        procedure="reconsideracion",
        fields={"nombres": "Angélica María Duarte Chirinos", "documento_identidad": "V20118532",
                "telefono": "+51947552301", "correo": "angeduarte.v@gmail.com",
                "motivo": "en la entrevista no se tomó en cuenta que trabajé como enfermera en un hospital "
                          "público y denuncié la falta de insumos, por lo que fui citada por el SEBIN"},
        expect={"outcome": "cargo", "flags": ["extemporaneo"], "signature": "valid"})

    add(slug="prorroga-renovacion-a-mesa-de-partes", mailbox=MDP, received=r(11, 30, 10, 10, 5),
        frm=("Pedro Luis Aguilar", "pedroluisaguilar@gmail.com"), subject="Prórroga de Residencia 2026",
        body="""Estimados, solicito prórroga de residencia anual.

Nombre completo: Pedro Luis Aguilar Salas
Sexo: M
Nacionalidad: VEN
Cédula de identidad: V 13.908.221
C.E.: 000 988 417
F. nacimiento: 1975-02-14
Tlf: +51 989 321 560

Saludos
""",
        procedure="prorroga_residencia",
        fields={"nombres": "Pedro Luis Aguilar Salas", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "V13908221", "carne_extranjeria": "000988417",
                "fecha_nacimiento": "1975-02-14", "telefono": "+51989321560",
                "correo": "pedroluisaguilar@gmail.com"},
        expect={"outcome": "acuse", "flags": ["derivado"]})

    add(slug="cambio-contrasena-colombiano-prosa", mailbox=SOL, received=r(11, 30, 11, 15, 40),
        frm=("Jhon Fredy", "jhonfredy.oc@gmail.com"), subject="cambio de contraseña",
        body="""buenos dias

mi nombre es Jhon Fredy Ospina Cardona soy colombiano, identificado con C.C. 1.087.654.321. les pido por favor el cambio de clave del sistema de refugiados. mi celular es el 951 204 377 (tambien whatsapp) y el correo es este mismo.

gracias dios les bendiga
""",
        procedure="cambio_clave",
        fields={"nombres": "Jhon Fredy Ospina Cardona", "nacionalidad": "CO", "documento_identidad": "1087654321",
                "telefono": "+51951204377", "correo": "jhonfredy.oc@gmail.com"},
        expect={"outcome": "acuse"})

    add(slug="respuesta-automatica-fuera-oficina", mailbox=SOL, received=r(11, 30, 12, 0, 3),
        frm=("Francis Omaña", "francis.omana@gmail.com"),
        subject="Respuesta automática: Actualización de datos",
        headers=[("Auto-Submitted", "auto-replied")],
        body="""Gracias por su mensaje. Estaré fuera hasta el 7 de diciembre con acceso limitado al correo.
Para temas urgentes escribir a mi hermana.
""",
        procedure="actualizacion_datos", ignorado=True, fields={},
        expect={"outcome": "ignorado"})

    add(slug="reconsideracion-pdf-firmado-datos-solo-pdf", mailbox=MDP, received=r(11, 30, 15, 2, 9),
        frm=("wilmer castillo", "wcastillo.arrieta@outlook.com"), subject="Recurso de Reconsideración",
        body="""Señores Mesa de Partes:

Adjunto en PDF mi recurso de reconsideración contra la resolución que denegó mi solicitud, firmado digitalmente.

Atte.
""",
        att=[("signed", "Recurso de reconsideración.pdf", ("Wilmer Jose Castillo Arrieta", [
            "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
            "RECURSO DE RECONSIDERACIÓN",
            "",
            "Yo, Wilmer José Castillo Arrieta, de nacionalidad venezolana, identificado con pasaporte "
            "N° 145287336, con domicilio en Jr. Huáscar 455, Jesús María, Lima, ante ustedes me presento y digo:",
            "",
            "Que interpongo recurso de reconsideración contra la Resolución N° 1843-2026/CEPR, que me fue "
            "notificada el 20 de noviembre de 2026, por los siguientes fundamentos:",
            "",
            "MOTIVO: La resolución no valoró las pruebas nuevas que presento: la constancia de la Fiscalía de "
            "Maracaibo por las amenazas del colectivo que extorsionaba mi negocio y las fotografías de los daños, "
            "documentos que obtuve después de la entrevista.",
            "",
            "Teléfono: +51 987 114 205",
            "Correo electrónico: wcastillo.arrieta@outlook.com",
            "",
            "Lima, 30 de noviembre de 2026",
            "Firmado digitalmente",
        ]))],
        in_pdf=["Wilmer José Castillo Arrieta", "145287336", "987 114 205"],
        notified=D(2026, 11, 20),
        procedure="reconsideracion",
        fields={"nombres": "Wilmer José Castillo Arrieta", "nacionalidad": "VE", "documento_identidad": "145287336",
                "telefono": "+51987114205", "correo": "wcastillo.arrieta@outlook.com",
                "motivo": "La resolución no valoró las pruebas nuevas que presento"},
        expect={"outcome": "cargo", "signature": "valid"})

    add(slug="viaje-lagos-foto-carta", mailbox=REF, received=r(11, 30, 16, 50, 22),
        frm=("Chinedu Okafor", "chinedu.okafor.lima@gmail.com"), subject="AUTORIZACIÓN DE VIAJE",
        body="""Good afternoon / Buenas tardes.

I am recognized refugee in Peru. I need to travel urgent to Lagos because my father died, the burial is on Saturday 19.

Nombre: Chinedu Emmanuel Okafor
Carnet de extranjería: 001511829
Destino: Lagos, Nigeria
Salida: 16/12/2026
Retorno: 10/01/2027
Teléfono: 981 447 203

I attach the letter signed (photo). Thank you very much.
""",
        att=[("png", "carta_viaje.png", ["Lima, 30 de noviembre de 2026", "", "Señores CEPR", "",
                                          "Solicito autorización de viaje", "por fallecimiento de mi padre.",
                                          "", "Atentamente"])],
        procedure="autorizacion_viaje",
        fields={"nombres": "Chinedu Emmanuel Okafor", "carne_extranjeria": "001511829", "destino": "Lagos, Nigeria",
                "fecha_salida": "2026-12-16", "fecha_retorno": "2027-01-10", "telefono": "+51981447203",
                "correo": "chinedu.okafor.lima@gmail.com", "motivo": "my father died"},
        expect={"outcome": "acuse", "flags": ["verificar_firma"], "signature": "manuscrita"})

    # ------------------------------------------------------------ Tue 1 Dec
    add(slug="prorroga-tabla-html", mailbox=REF, received=r(12, 1, 9, 5, 51),
        frm=("Maria Alejandra Guedez", "maleguedez@yahoo.com"), subject="PRORROGA DE RESIDENCIA",
        html="""<html><body>
<p>Estimados se&ntilde;ores, buenos d&iacute;as.</p>
<p>Solicito la pr&oacute;rroga anual de mi residencia como refugiada. Mis datos:</p>
<table border="1" cellpadding="4">
<tr><td>Nombres y apellidos</td><td>María Alejandra Guédez de Rivas</td></tr>
<tr><td>Sexo</td><td>Femenino</td></tr>
<tr><td>Nacionalidad</td><td>Venezuela</td></tr>
<tr><td>Pasaporte</td><td>118420967</td></tr>
<tr><td>Carn&eacute; de extranjer&iacute;a</td><td>000712458</td></tr>
<tr><td>Fecha de nacimiento</td><td>03/07/1979</td></tr>
<tr><td>Tel&eacute;fono</td><td>975-318-642</td></tr>
</table>
<p>Gracias de antemano.</p>
</body></html>
""",
        procedure="prorroga_residencia",
        fields={"nombres": "María Alejandra Guédez de Rivas", "sexo": "F", "nacionalidad": "VE",
                "documento_identidad": "118420967", "carne_extranjeria": "000712458",
                "fecha_nacimiento": "1979-07-03", "telefono": "+51975318642", "correo": "maleguedez@yahoo.com"},
        expect={"outcome": "acuse"})

    add(slug="apelacion-cubano-fuera-de-plazo", mailbox=MDP, received=r(12, 1, 10, 20, 33),
        frm=("Yoandry", "yoandrypa87@gmail.com"), subject="RECURSO DE APELACION",
        body="""Buenos días.

Mi nombre es Yoandry Pérez Almeida, ciudadano cubano, carnet de identidad 87041523486, teléfono 912 334 876. Adjunto mi recurso de apelación firmado.

La resolución que confirma la denegatoria me fue notificada con fecha 15/10/2026; sé que estoy fuera de tiempo pero estuve hospitalizado en el Hospital Loayza hasta el 20 de noviembre, adjunto también la constancia.

Saludos cordiales
""",
        att=[("signed", "apelacion_yoandry.pdf", ("Yoandry Perez Almeida", [
            "RECURSO DE APELACIÓN",
            "",
            "Señor Presidente de la Comisión Especial para los Refugiados:",
            "",
            "Yoandry Pérez Almeida, de nacionalidad cubana, carnet de identidad 87041523486, interpongo recurso "
            "de apelación contra la resolución que confirma la denegatoria de mi solicitud de refugio.",
            "",
            "Fundamento: en Cuba fui detenido tres veces por participar en las protestas del 11 de julio de 2021 "
            "y mi familia sigue recibiendo visitas de la Seguridad del Estado; la resolución considera que no hay "
            "riesgo actual sin haber revisado las citaciones que presenté.",
            "",
            "Teléfono: 912 334 876",
            "Correo: yoandrypa87@gmail.com",
            "",
            "Lima, 30 de noviembre de 2026",
        ])),
             ("textpdf", "constancia_hospital.pdf", [
                 "HOSPITAL NACIONAL ARZOBISPO LOAYZA",
                 "CONSTANCIA DE HOSPITALIZACIÓN",
                 "",
                 "Se deja constancia que el paciente Yoandry Pérez Almeida permaneció hospitalizado en el servicio "
                 "de Medicina Interna desde el 16/10/2026 hasta el 20/11/2026.",
                 "",
                 "Se expide la presente a solicitud del interesado.",
             ])],
        notified=D(2026, 10, 15),
        procedure="apelacion",
        fields={"nombres": "Yoandry Pérez Almeida", "nacionalidad": "CU", "documento_identidad": "87041523486",
                "telefono": "+51912334876", "correo": "yoandrypa87@gmail.com",
                "motivo": "en Cuba fui detenido tres veces por participar en las protestas del 11 de julio de 2021"},
        expect={"outcome": "cargo", "flags": ["extemporaneo"], "signature": "valid"})

    add(slug="carnet-solicitante-senegal", mailbox=SOL, received=r(12, 1, 10, 30, 18),
        frm=("Fatou Diop", "fatoudiop.lima@gmail.com"), subject="Carnet de solicitante",
        body="""Bonjour, buenos días.

Soy Fatou Diop, de Senegal, pasaporte A02917364. Hice mi entrevista en octubre.
¿Cuándo recibo mi carné de solicitante? Teléfono 9 7741 2256.

Merci, gracias
""",
        procedure="carne_solicitante",
        fields={"nombres": "Fatou Diop", "nacionalidad": "SN", "documento_identidad": "A02917364",
                "telefono": "+51977412256", "correo": "fatoudiop.lima@gmail.com"},
        expect={"outcome": "suspendido"})

    add(slug="renuncia-refugiado-colombiano-esposa-peruana", mailbox=MDP, received=r(12, 1, 11, 11, 0),
        frm=("Óscar Iván Restrepo", "oscarivan.restrepo@gmail.com"), subject="Renuncia a la condición de refugiado",
        body="""Buenos días.

Adjunto mi renuncia firmada digitalmente. Soy refugiado reconocido.

Datos: Óscar Iván Restrepo Giraldo, colombiano, C.C. 71.234.908, carné de extranjería 000845127, cel. 998 120 443.

El motivo es que me casé con una ciudadana peruana y tramitaré la residencia por vínculo familiar. Mi esposa, Lucía Fernández Torres, DNI 45678912, firma el documento como testigo.

Atte.
""",
        att=[("signed", "renuncia_restrepo.pdf", ("Oscar Ivan Restrepo Giraldo", [
            "RENUNCIA A LA CONDICIÓN DE REFUGIADO",
            "",
            "Yo, Óscar Iván Restrepo Giraldo, de nacionalidad colombiana, C.C. 71.234.908, carné de "
            "extranjería 000845127, declaro mi decisión de renunciar a la condición de refugiado.",
            "",
            "Motivo: he contraído matrimonio con ciudadana peruana y solicitaré la residencia por vínculo familiar.",
            "",
            "Teléfono: 998 120 443",
            "Lima, 1 de diciembre de 2026",
        ]))],
        refugiado=True,
        procedure="renuncia",
        fields={"nombres": "Óscar Iván Restrepo Giraldo", "nacionalidad": "CO", "documento_identidad": "71234908",
                "carne_extranjeria": "000845127", "telefono": "+51998120443",
                "correo": "oscarivan.restrepo@gmail.com",
                "motivo": "me casé con una ciudadana peruana y tramitaré la residencia por vínculo familiar"},
        expect={"outcome": "acuse", "signature": "valid"})

    add(slug="cambio-clave-nombre-en-asunto", mailbox=SOL, received=r(12, 1, 13, 0, 26),
        frm=("Andre V.", "andrevillalobos.95@gmail.com"),
        subject="Cambio de clave - ANDREINA DEL CARMEN VILLALOBOS",
        body="""Buenas tardes, solicito cambio de clave y contraseña.

Pasaporte: 129334871
Teléfono: +51 925 610 442

Saludos
""",
        procedure="cambio_clave",
        fields={"nombres": "ANDREINA DEL CARMEN VILLALOBOS", "documento_identidad": "129334871",
                "telefono": "+51925610442", "correo": "andrevillalobos.95@gmail.com"},
        expect={"outcome": "acuse"})

    add(slug="duplicado-ce-con-denuncia-fuera-hora", mailbox=REF, received=r(12, 1, 17, 48, 2),
        frm=("Andrés Felipe Mosquera", "afmosquera.refugio@gmail.com"),
        subject="Duplicado de carné de extranjería",
        body="""Cordial saludo.

Solicito el duplicado de mi carné de extranjería, adjunto la denuncia policial.

- Nombres y apellidos - Andrés Felipe Mosquera Rentería
- Sexo - masculino
- Nacionalidad - colombiana
- C.C. - 1.130.456.782
- Carné de extranjería - 001338215
- Fecha de nacimiento - 22-09-1991
- Celular - +51 968 407 231

Atentamente,
Andrés
""",
        att=[("textpdf", "denuncia_policial_comisaria_surquillo.pdf", [
            "POLICÍA NACIONAL DEL PERÚ",
            "COMISARÍA PNP SURQUILLO",
            "COPIA CERTIFICADA DE DENUNCIA N° 28871",
            "",
            "Siendo las 10:40 horas del 28 de noviembre de 2026 se presentó Andrés Felipe Mosquera Rentería, "
            "quien denuncia la pérdida de su carné de extranjería N° 001338215 en circunstancias que desconoce.",
            "",
            "Se expide la presente copia certificada para los fines que estime conveniente.",
        ])],
        procedure="duplicado_carne_extranjeria",
        fields={"nombres": "Andrés Felipe Mosquera Rentería", "sexo": "M", "nacionalidad": "CO",
                "documento_identidad": "1130456782", "carne_extranjeria": "001338215",
                "fecha_nacimiento": "1991-09-22", "telefono": "+51968407231",
                "correo": "afmosquera.refugio@gmail.com"},
        expect={"outcome": "acuse"})

    add(slug="actualizacion-adulto-mayor-con-copia", mailbox=SOL, received=r(12, 1, 20, 0, 14),
        delivered=False, to="Hijo <linares.junior@gmail.com>", cc=SOL, charset="iso-8859-1",
        frm=("jose gregorio", "josegregorio.linares51@hotmail.com"), subject="actualisacion de datos",
        body="""buenas noches señores de refugiados

les escribo para que me actualisen el numero de telefono que cambie, el nuevo es 9 4512 7788. mi nombre es Jose Gregorio Linares Mujica nacionalidad venezolano y mi cedula es 6.223.459

gracias hijo por ayudarme a mandar esto
jose
""",
        procedure="actualizacion_datos",
        fields={"nombres": "Jose Gregorio Linares Mujica", "nacionalidad": "VE", "documento_identidad": "6223459",
                "telefono": "+51945127788", "correo": "josegregorio.linares51@hotmail.com"},
        expect={"outcome": "acuse"})

    # ------------------------------------------------------------ Wed 2 Dec
    def bounce(rec):
        d = email.utils.format_datetime(rec)
        return f"""Received: by mx1.rree.gob.pe (Postfix) id 4F2A11C0B3; {d}
Delivered-To: {MDP}
Date: {d}
From: MAILER-DAEMON@mx1.rree.gob.pe (Mail Delivery System)
To: {MDP}
Subject: Undelivered Mail Returned to Sender
Message-ID: <20261202081455.4F2A11C0B3@mx1.rree.gob.pe>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4F2A11C0B3.1764663295/mx1.rree.gob.pe"

This is a MIME-encapsulated message.

--4F2A11C0B3.1764663295/mx1.rree.gob.pe
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<yeisonrr1990@hotmial.com>: Host or domain name not found. Name service error
    for name=hotmial.com type=A: Host not found

--4F2A11C0B3.1764663295/mx1.rree.gob.pe
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.rree.gob.pe
Arrival-Date: {d}

Final-Recipient: rfc822; yeisonrr1990@hotmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.

--4F2A11C0B3.1764663295/mx1.rree.gob.pe
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: {MDP}
To: yeisonrr1990@hotmial.com
Subject: RE: Consulta sobre mi expediente
Date: Tue, 01 Dec 2026 15:20:11 -0500

--4F2A11C0B3.1764663295/mx1.rree.gob.pe--
"""
    add(slug="rebote-mailer-daemon", mailbox=MDP, received=r(12, 2, 3, 14, 55), raw=bounce,
        frm=("Mail Delivery System", "MAILER-DAEMON@mx1.rree.gob.pe"),
        procedure=None, ignorado=True, fields={}, expect={"outcome": "ignorado"})

    add(slug="renuncia-texto-sin-firma-buzon-equivocado", mailbox=REF, received=r(12, 2, 8, 15, 30),
        frm=("Brayan", "brayanjsk@gmail.com"), subject="renuncia",
        body="""buenas, quiero renunciar a mi solicitud de refugio porque me voy a españa el mes que viene con mi tia. soy Brayan José Sánchez Key, venezolano, tel 955 018 337. gracias
""",
        procedure="renuncia",
        fields={"nombres": "Brayan José Sánchez Key", "nacionalidad": "VE", "telefono": "+51955018337",
                "correo": "brayanjsk@gmail.com", "motivo": "me voy a españa el mes que viene con mi tia"},
        expect={"outcome": "subsanar", "flags": ["derivado"], "missing": ["firma", "documento_identidad"],
                "signature": "absent"})

    add(slug="viaje-haitiano-firmado", mailbox=REF, received=r(12, 2, 10, 40, 18),
        frm=("Jean Robert PIERRE-LOUIS", "jrpierrelouis@gmail.com"), subject="Autorización de Viaje - urgente",
        body="""Bonjour / Buenos días,

Adjunto mi solicitud de autorización de viaje firmada. Mi madre está muy enferma en Haití (tuvo un derrame cerebral) y debo viajar con urgencia.

Nombre: Jean-Robert Pierre-Louis
Nacionalidad: haitiana
Pasaporte: RD4587123
Carné de extranjería: 001245873
Destino: Puerto Príncipe, Haití
Salida: 18 de diciembre de 2026
Retorno: 8 de enero de 2027
Teléfono: +51 940 221 783

Merci beaucoup / Muchas gracias
""",
        att=[("signed", "autorizacion_viaje_pierre-louis.pdf", ("Jean-Robert Pierre-Louis", [
            "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
            "",
            "Jean-Robert Pierre-Louis, refugiado reconocido, carné de extranjería 001245873, solicito autorización "
            "para viajar a Puerto Príncipe, Haití, del 18 de diciembre de 2026 al 8 de enero de 2027, porque mi "
            "madre se encuentra gravemente enferma.",
            "",
            "Teléfono: +51 940 221 783",
            "Lima, 2 de diciembre de 2026",
        ]))],
        procedure="autorizacion_viaje",
        fields={"nombres": "Jean-Robert Pierre-Louis", "nacionalidad": "HT", "documento_identidad": "RD4587123",
                "carne_extranjeria": "001245873", "destino": "Puerto Príncipe, Haití",
                "fecha_salida": "2026-12-18", "fecha_retorno": "2027-01-08", "telefono": "+51940221783",
                "correo": "jrpierrelouis@gmail.com",
                "motivo": "Mi madre está muy enferma en Haití (tuvo un derrame cerebral)"},
        expect={"outcome": "acuse", "signature": "valid"})

    add(slug="duplicado-carnet-asunto-ambiguo-falta-nacimiento", mailbox=REF, received=r(12, 2, 12, 12, 0),
        frm=("Kervin", "kervin.salazar.r@gmail.com"), subject="Duplicado de carnet",
        body="""Buen día. Solicito el duplicado de mi carné de extranjería, me lo robaron el sábado en el Metropolitano. Adjunto foto de la denuncia.

Kervin Rafael Salazar Rondón
Masculino
Venezolano
Pasaporte 114 552 089
Carné de extranjería 001276604
Cel. 912 003 554
""",
        att=[("jpg", "denuncia_robo.jpg", ["POLICÍA NACIONAL DEL PERÚ", "Comisaría Cotabambas",
                                            "Denuncia por hurto", "Carné de extranjería"])],
        procedure="duplicado_carne_extranjeria",
        fields={"nombres": "Kervin Rafael Salazar Rondón", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "114552089", "carne_extranjeria": "001276604", "telefono": "+51912003554",
                "correo": "kervin.salazar.r@gmail.com",
                "motivo": "me lo robaron el sábado en el Metropolitano"},
        expect={"outcome": "subsanar", "missing": ["fecha_nacimiento"]})

    add(slug="viaje-santiago-fechas-cortas-foto", mailbox=REF, received=r(12, 2, 19, 30, 44),
        frm=("Yorman", "yorman.rguez@gmail.com"), subject="permiso de viaje",
        body="""Buenas noches, les escribo para pedir permiso de viaje. soy refugiado reconocido, mi nombre completo es Yorman Alexis Rodríguez Bello, carnet de extranjeria 001587330.

Tengo que ir a Santiago de Chile porque a mi hijo lo operan del corazon el 21 de diciembre. Salgo el 19/12/26 y regreso el 04/01/27.

Mi whatsapp +51 921 886 045. Les mando la carta firmada en foto.

Yorman
""",
        att=[("jpg", "IMG_20261202_192201.jpg", ["Lima 2 de diciembre 2026", "", "Señores de la Comision",
                                                  "Solicito permiso de viaje a Chile", "por operacion de mi hijo",
                                                  "", "Atentamente,"])],
        procedure="autorizacion_viaje",
        fields={"nombres": "Yorman Alexis Rodríguez Bello", "carne_extranjeria": "001587330",
                "destino": "Santiago de Chile", "fecha_salida": "2026-12-19", "fecha_retorno": "2027-01-04",
                "telefono": "+51921886045", "correo": "yorman.rguez@gmail.com",
                "motivo": "a mi hijo lo operan del corazon el 21 de diciembre"},
        expect={"outcome": "acuse", "flags": ["verificar_firma"], "signature": "manuscrita"})

    add(slug="cambio-clave-bangladesh-sin-telefono", mailbox=SOL, received=r(12, 2, 22, 0, 9),
        frm=("Rafiqul Islam", "rafiq.islam.bd@gmail.com"), subject="Change password / cambio de clave",
        body="""Dear Sir,

Please change my password (clave) for the Sistema de Refugiados.

Full name: Md. Rafiqul Islam
Passport: BK0734521
Nationality: Bangladesh
Email: rafiq.islam.bd@gmail.com

Thank you
""",
        procedure="cambio_clave",
        fields={"nombres": "Md. Rafiqul Islam", "nacionalidad": "BD", "documento_identidad": "BK0734521",
                "correo": "rafiq.islam.bd@gmail.com"},
        expect={"outcome": "subsanar", "missing": ["telefono"]})

    # ------------------------------------------------------------ Thu 3 Dec
    add(slug="boletin-lista-ong", mailbox=REF, received=r(12, 3, 7, 0, 0),
        frm=("Boletín Red Migrante", "boletin@redmigrante-peru.org"),
        subject="Boletín de diciembre: ferias de empleo y orientación legal gratuita",
        headers=[("List-Id", "Boletin Red Migrante <boletin.redmigrante-peru.org>"),
                 ("List-Unsubscribe", "<mailto:baja@redmigrante-peru.org>"), ("Precedence", "bulk")],
        body="""BOLETÍN RED MIGRANTE - DICIEMBRE 2026

* Feria de empleo en Independencia: sábado 12, de 9 a 14 h.
* Orientación legal gratuita todos los martes en nuestra sede de Breña.
* Campaña de vacunación para niños y niñas migrantes en centros de salud de Lima Norte.

Si no desea recibir más este boletín, responda con la palabra BAJA.
""",
        procedure=None, ignorado=True, fields={}, expect={"outcome": "ignorado"})

    add(slug="portal-trabajo-consulta-vaga", mailbox=REF, received=r(12, 3, 8, 5, 0),
        frm=("Yulimar Bracho", "yulibracho@hotmail.com"), subject="Consulta",
        body="""Buenos días, necesito generar mi autorización de trabajo virtual porque la empresa me la pide para contratarme y no sé dónde sacarla.

Yulimar Bracho, pasaporte 150 667 209.
""",
        procedure="autorizacion_trabajo",
        fields={"nombres": "Yulimar Bracho", "documento_identidad": "150667209", "correo": "yulibracho@hotmail.com",
                "motivo": "la empresa me la pide para contratarme"},
        expect={"outcome": "portal"})

    add(slug="renuncia-ecuatoriana-datos-en-pdf", mailbox=MDP, received=r(12, 3, 9, 12, 5),
        frm=("Cristina Guamán", "cristina.guaman.v@hotmail.com"), subject="Renuncia",
        body="""Señores CEPR: mediante el documento adjunto, debidamente firmado, renuncio a mi solicitud de refugio.

Saludos.
Cristina
""",
        att=[("signed", "renuncia.pdf", ("Maria Cristina Guaman Villacis", [
            "Señores",
            "Comisión Especial para los Refugiados",
            "",
            "Yo, María Cristina Guamán Villacís, de nacionalidad ecuatoriana, con cédula de ciudadanía "
            "N° 1718456320, solicitante de refugio, comunico mi decisión de renunciar a mi solicitud de refugio.",
            "",
            "Motivo de la renuncia: he regularizado mi situación migratoria con la visa de residente del Estatuto "
            "Migratorio Permanente Peruano-Ecuatoriano y ya no requiero la protección internacional.",
            "",
            "Teléfono de contacto: 987 665 210",
            "Correo: cristina.guaman.v@hotmail.com",
            "",
            "Lima, 2 de diciembre de 2026",
        ]))],
        in_pdf=["María Cristina Guamán Villacís", "1718456320", "987 665 210"],
        procedure="renuncia",
        fields={"nombres": "María Cristina Guamán Villacís", "nacionalidad": "EC", "documento_identidad": "1718456320",
                "telefono": "+51987665210", "correo": "cristina.guaman.v@hotmail.com",
                "motivo": "he regularizado mi situación migratoria con la visa de residente"},
        expect={"outcome": "acuse", "signature": "valid"})

    add(slug="duplicado-ce-sin-denuncia-buzon-equivocado", mailbox=SOL, received=r(12, 3, 10, 0, 31),
        frm=("Wendy Paola Camacho", "wendycamacho.p@yahoo.com"), subject="DUPLICADO DE CARNE DE EXTRANJERIA",
        body="""Señores, buenos días:

Se me extravió el carné de extranjería. Aún no he podido sacar la denuncia en la comisaría, ¿es obligatoria?

Mis datos: Wendy Paola Camacho Ríos, femenino, nacionalidad colombiana, C.C. 1.019.887.432, CE 001355902, nacida el 30 de enero de 1995, celular 933 870 615.

Gracias.
""",
        procedure="duplicado_carne_extranjeria",
        fields={"nombres": "Wendy Paola Camacho Ríos", "sexo": "F", "nacionalidad": "CO",
                "documento_identidad": "1019887432", "carne_extranjeria": "001355902",
                "fecha_nacimiento": "1995-01-30", "telefono": "+51933870615", "correo": "wendycamacho.p@yahoo.com",
                "motivo": "Se me extravió el carné de extranjería"},
        expect={"outcome": "subsanar", "flags": ["derivado"], "missing": ["denuncia_policial"]})

    add(slug="actualizacion-reenviada-a-refugiados", mailbox=REF, received=r(12, 3, 11, 45, 12),
        frm=("Mariela Contreras", "marielacontreras.r@gmail.com"), subject="Fwd: Actualización de datos",
        body="""Les reenvío el correo que mandé la semana pasada a una dirección equivocada.
Mi correo nuevo es marielacontreras.r@gmail.com (ya no uso el de yahoo).

---------- Forwarded message ---------
De: Mariela Contreras <mariela_cr@yahoo.com>
Date: jue, 26 nov 2026 a las 18:02
Subject: Actualización de datos
To: <refugio@rree.gob.pe>

Nombre: Mariela Alejandra Contreras Rangel
Nacionalidad: venezolana
Pasaporte: 127 550 318
Teléfono: 963 002 775
""",
        procedure="actualizacion_datos",
        fields={"nombres": "Mariela Alejandra Contreras Rangel", "nacionalidad": "VE",
                "documento_identidad": "127550318", "telefono": "+51963002775",
                "correo": "marielacontreras.r@gmail.com"},
        expect={"outcome": "acuse", "flags": ["derivado"]})

    add(slug="renuncia-refugiado-escaneada-sin-carne", mailbox=MDP, received=r(12, 3, 12, 30, 27),
        frm=("Ramon Antonio Lugo", "ramonlugo1958@gmail.com"), subject="RENUNCIA A LA CONDICION DE REFUGIADO",
        body="""Buenas tardes.

Yo RAMON ANTONIO LUGO GUEVARA, venezolano, cedula de identidad V-5.412.876, soy refugiado reconocido en el Peru desde el año 2020. Por medio de la presente renuncio a mi condicion de refugiado porque regreso a Venezuela a vivir con mis hijos, ya estoy mayor y solo.

Mi telefono es 994 301 228. Adjunto la carta firmada escaneada.

Atentamente
""",
        att=[("scanpdf", "carta renuncia escaneada.pdf", ["Lima, 3 de diciembre de 2026", "",
                                                           "Señores Comision Especial para los Refugiados", "",
                                                           "Por la presente renuncio a mi condicion", "de refugiado.",
                                                           "", "Atentamente"])],
        refugiado=True,
        procedure="renuncia",
        fields={"nombres": "RAMON ANTONIO LUGO GUEVARA", "nacionalidad": "VE", "documento_identidad": "V5412876",
                "telefono": "+51994301228", "correo": "ramonlugo1958@gmail.com",
                "motivo": "regreso a Venezuela a vivir con mis hijos, ya estoy mayor y solo"},
        expect={"outcome": "subsanar", "missing": ["carne_extranjeria"], "flags": ["verificar_firma"],
                "signature": "manuscrita"})

    add(slug="cambio-clave-hermano-escribe-buzon-equivocado", mailbox=REF, received=r(12, 3, 14, 10, 48),
        frm=("Luis Suárez", "luissuarez.m88@gmail.com"), subject="Cambio de clave y contraseña",
        body="""Buenas tardes,

escribo por mi hermana Daniela Alejandra Suárez Montilla, cédula V-27.654.321, que no tiene computadora. Ella necesita el cambio de clave del sistema.

Su teléfono es +58 414 556 7823 (está usando el número de Venezuela todavía) y su correo es danisuarez.m@hotmail.com.

Yo soy Luis Suárez, mi cédula es V-25.110.442, por si necesitan verificar.

Gracias
""",
        procedure="cambio_clave",
        fields={"nombres": "Daniela Alejandra Suárez Montilla", "documento_identidad": "V27654321",
                "telefono": "+584145567823", "correo": "danisuarez.m@hotmail.com"},
        expect={"outcome": "acuse", "flags": ["derivado"]})

    add(slug="apelacion-abogada-patrocinado", mailbox=MDP, received=r(12, 3, 15, 30, 40),
        frm=("Estudio Cárdenas Vela Abogados", "rcardenas@cardenasvela-abogados.pe"),
        subject="Recurso de Apelación – Sr. Kelvin Andrés Montero Paz",
        body="""Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

En representación de mi patrocinado, señor Kelvin Andrés Montero Paz, identificado con pasaporte N° 152003448, adjunto el recurso de apelación contra la Resolución N° 2107-2026/CEPR, notificada el 26/11/2026, debidamente firmado digitalmente por el recurrente.

Para efectos de notificación, mi patrocinado puede ser contactado al celular 944 120 573 y al correo kelvinmontero.p@gmail.com.

Atentamente,

Dra. Rosa Elvira Cárdenas Vela
Abogada - CAL N° 45678
DNI 41234567
Av. Arequipa 2450, of. 501, Lince
Tel. (01) 427-8890
""",
        att=[("signed", "Apelacion_Montero_Paz.pdf", ("Kelvin Andres Montero Paz", [
            "RECURSO DE APELACIÓN",
            "",
            "Kelvin Andrés Montero Paz, de nacionalidad venezolana, pasaporte N° 152003448, interpongo recurso de "
            "apelación contra la Resolución N° 2107-2026/CEPR.",
            "",
            "Fundamentos: la resolución aplica indebidamente la alternativa de huida interna; fui perseguido en "
            "Caracas y en Barquisimeto por funcionarios de la DGCIM por haber sido militar disidente, por lo que "
            "no existe lugar seguro para mí en Venezuela.",
            "",
            "Celular: 944 120 573",
            "Correo: kelvinmontero.p@gmail.com",
            "",
            "Lima, 3 de diciembre de 2026",
        ]))],
        notified=D(2026, 11, 26),
        procedure="apelacion",
        fields={"nombres": "Kelvin Andrés Montero Paz", "nacionalidad": "VE", "documento_identidad": "152003448",
                "telefono": "+51944120573", "correo": "kelvinmontero.p@gmail.com",
                "motivo": "la resolución aplica indebidamente la alternativa de huida interna"},
        expect={"outcome": "cargo", "signature": "valid"})

    add(slug="cambio-clave-mayusculas-apellido-primero", mailbox=SOL, received=r(12, 3, 16, 40, 12),
        frm=("LUIS HERRERA", "lherrera_pacheco@yahoo.es"), subject="CAMBIO DE CLAVE",
        body="""SEÑORES:

SOLICITO CAMBIO DE CLAVE DEL SISTEMA DE REFUGIADOS.

APELLIDOS Y NOMBRES: HERRERA PACHECO LUIS ENRIQUE
PASAPORTE: 084512369
TELF. FIJO: (01) 485-1236
E-MAIL: luisenriqueherrera@gmail.com

GRACIAS.
""",
        procedure="cambio_clave",
        fields={"nombres": "HERRERA PACHECO LUIS ENRIQUE", "documento_identidad": "084512369",
                "telefono": "+5114851236", "correo": "luisenriqueherrera@gmail.com"},
        expect={"outcome": "acuse"})

    # ------------------------------------------------------------ Fri 4 Dec
    add(slug="duplicado-de-carnet-sin-precisar", mailbox=REF, received=r(12, 4, 9, 0, 7),
        frm=("Milagros", "milagros.rengifo.ve@gmail.com"), subject="duplicado de carnet",
        body="""Hola, perdí mi carnet, qué tengo que hacer para sacar otro? gracias
""",
        procedure=None,
        fields={"correo": "milagros.rengifo.ve@gmail.com", "motivo": "perdí mi carnet"},
        expect={"outcome": "triage"})

    add(slug="carne-solicitante-consulta", mailbox=SOL, received=r(12, 4, 10, 5, 37),
        frm=("Dayerlin Mora", "dayerlin.mora21@gmail.com"), subject="Carné de solicitante",
        body="""Hola buen día, quisiera saber cuándo me pueden dar mi carné de solicitante de refugio, ya completé mi registro con huellas y foto.

Mis datos son Dayerlin Sofía Mora Quintero, pasaporte 156 778 902, número 923 445 118.

Gracias!!
""",
        procedure="carne_solicitante",
        fields={"nombres": "Dayerlin Sofía Mora Quintero", "documento_identidad": "156778902",
                "telefono": "+51923445118", "correo": "dayerlin.mora21@gmail.com"},
        expect={"outcome": "suspendido"})

    add(slug="duplicado-carne-solicitante-a-mesa-de-partes", mailbox=MDP, received=r(12, 4, 11, 30, 0),
        frm=("Kelly Johana Vargas", "kellyjvargas@outlook.es"), subject="Duplicado carné de solicitante de refugio",
        body="""Buenos días.

Perdí mi carné de solicitante de refugio en el bus y necesito el duplicado del carné de solicitante. Adjunto la denuncia policial.

Soy Kelly Johana Vargas Londoño, colombiana, C.C. 1.002.345.678, celular +51 952 660 017.

Muchas gracias
""",
        att=[("jpg", "denuncia.jpg", ["COMISARÍA PNP SAN MARTÍN DE PORRES", "Denuncia por pérdida",
                                       "Carné de solicitante de refugio"])],
        procedure="carne_solicitante",
        fields={"nombres": "Kelly Johana Vargas Londoño", "nacionalidad": "CO", "documento_identidad": "1002345678",
                "telefono": "+51952660017", "correo": "kellyjvargas@outlook.es",
                "motivo": "Perdí mi carné de solicitante de refugio en el bus"},
        expect={"outcome": "suspendido", "flags": ["derivado"]})

    add(slug="solicitud-refugio-camerun", mailbox=REF, received=r(12, 4, 14, 0, 10),
        frm=("Emmanuel T. Fotso", "e.tchouadeu@yahoo.fr"), subject="Solicitud de refugio - demande d'asile",
        body="""Buenos dias.

Yo soy Emmanuel Tchouadeu Fotso, de Camerún, pasaporte número AA0457812. Llegué a Lima hace dos semanas por la guerra en la región anglófona, mi pueblo fue quemado. Quiero pedir refugio en Perú. ¿Cómo hago? No hablo bien español.

Mi teléfono 977 812 054.

Merci.
""",
        procedure="solicitud_refugio",
        fields={"nombres": "Emmanuel Tchouadeu Fotso", "nacionalidad": "CM", "documento_identidad": "AA0457812",
                "telefono": "+51977812054", "correo": "e.tchouadeu@yahoo.fr",
                "motivo": "por la guerra en la región anglófona, mi pueblo fue quemado"},
        expect={"outcome": "portal"})

    add(slug="apelacion-ultimo-dia-en-plazo", mailbox=MDP, received=r(12, 4, 15, 59, 2),
        frm=("Rafael Ángel Quintero", "rafaelquintero.a@gmail.com"), subject="Recurso de apelación",
        body="""Buenas tardes.

Presento recurso de apelación (adjunto, firmado). La resolución que confirma la denegatoria fue notificada el 13/11/2026.

Nombres: Rafael Ángel Quintero Lozada
Pasaporte: 133 872 004
Tel: 922-640-118
Correo: rafaelquintero.a@gmail.com
""",
        att=[("signed", "apelacion_RQL.pdf", ("Rafael Angel Quintero Lozada", [
            "RECURSO DE APELACIÓN",
            "",
            "Rafael Ángel Quintero Lozada, pasaporte 133 872 004, apelo la resolución que confirma la denegatoria "
            "de mi solicitud de refugio.",
            "",
            "Motivo: soy periodista y fui amenazado por publicar denuncias de corrupción en la gobernación de mi "
            "estado; la Comisión no valoró los reportes de la organización Espacio Público que acreditan las amenazas.",
            "",
            "Tel: 922-640-118 / rafaelquintero.a@gmail.com",
            "Lima, 4 de diciembre de 2026",
        ]))],
        notified=D(2026, 11, 13),
        procedure="apelacion",
        fields={"nombres": "Rafael Ángel Quintero Lozada", "documento_identidad": "133872004",
                "telefono": "+51922640118", "correo": "rafaelquintero.a@gmail.com",
                "motivo": "soy periodista y fui amenazado por publicar denuncias de corrupción"},
        expect={"outcome": "cargo", "signature": "valid"})

    add(slug="apelacion-madre-por-hija-sin-documento-firmado", mailbox=MDP, received=r(12, 4, 16, 20, 0),
        lag=1320,
        frm=("Carmen Peña", "carmenpenaderojas@hotmail.com"), subject="apelacion de mi hija",
        body="""Buenas tardes, les escribe Carmen Peña de Rojas, madre de Génesis Valentina Rojas Peña (cédula V-30.456.789).

Mi hija quiere apelar la resolución que le negó el refugio: ella fue amenazada por un grupo armado en el estado Zulia por negarse a trabajar para ellos y si regresa corre peligro. Ella está trabajando en Arequipa y casi no tiene señal, por eso escribo yo.

Pueden comunicarse a mi número 963 258 741. Mi cédula es V-9.876.543 por si la necesitan.

Gracias y bendiciones.
""",
        procedure="apelacion",
        fields={"nombres": "Génesis Valentina Rojas Peña", "documento_identidad": "V30456789",
                "telefono": "+51963258741", "correo": "carmenpenaderojas@hotmail.com",
                "motivo": "ella fue amenazada por un grupo armado en el estado Zulia por negarse a trabajar para ellos"},
        expect={"outcome": "subsanar", "missing": ["firma"], "signature": "absent"})

    add(slug="apelacion-escrita-antes-llego-despues-cierre", mailbox=MDP, received=r(12, 4, 16, 47, 10),
        date=r(12, 4, 16, 25, 3), date_tz=CARACAS,
        frm=("Wilfredo Camacaro", "wcamacaro@gmail.com"), subject="RE: RECURSO DE APELACIÓN",
        body="""Reenvío con el documento firmado (la vez pasada se me olvidó adjuntarlo). Resolución notificada el 13/11/2026.

WILFREDO ANTONIO CAMACARO PÉREZ
V-16.330.887
+58 412 664 3210
""",
        att=[("signed", "APELACION CAMACARO.pdf", ("Wilfredo Antonio Camacaro Perez", [
            "RECURSO DE APELACIÓN",
            "",
            "WILFREDO ANTONIO CAMACARO PÉREZ, cédula V-16.330.887, interpongo recurso de apelación.",
            "",
            "Motivo: mi hermano y yo fuimos detenidos arbitrariamente en 2024 por participar como testigos de mesa "
            "de la oposición; la resolución no consideró la constancia del Foro Penal que adjunté.",
            "",
            "Lima, 4 de diciembre de 2026",
        ]))],
        notified=D(2026, 11, 13),
        procedure="apelacion",
        fields={"nombres": "WILFREDO ANTONIO CAMACARO PÉREZ", "documento_identidad": "V16330887",
                "telefono": "+584126643210", "correo": "wcamacaro@gmail.com",
                "motivo": "mi hermano y yo fuimos detenidos arbitrariamente en 2024"},
        expect={"outcome": "cargo", "flags": ["extemporaneo"], "signature": "valid"})

    # ------------------------------------------------------------ Sat 5 / Sun 6 Dec
    add(slug="permiso-trabajo-renovacion-sabado", mailbox=SOL, received=r(12, 5, 9, 30, 0),
        frm=("Nelly", "nellyzambrano.v@gmail.com"), subject="renovacion de permiso de trabajo",
        body="""Buen día, mi autorización de trabajo vence el 15 de diciembre y quiero renovarla, ¿me la pueden enviar?

Nelly Zambrano, cédula V-19.884.301.
""",
        procedure="autorizacion_trabajo",
        fields={"nombres": "Nelly Zambrano", "documento_identidad": "V19884301", "correo": "nellyzambrano.v@gmail.com"},
        expect={"outcome": "portal"})

    add(slug="apelacion-sabado-plazo-salvado-por-feriados", mailbox=MDP, received=r(12, 5, 11, 20, 45),
        frm=("Yelitza Marcano", "yelitzamarcano@gmail.com"), subject="Apelacion",
        body="""Señores CEPR.

Envío recurso de apelación firmado, notificado con fecha 16 de noviembre de 2026. Mi nombre completo y mis datos están en el documento adjunto.

Saludos,
Yeli
""",
        att=[("signed", "apelacion.pdf", ("Yelitza Coromoto Marcano de Leon", [
            "RECURSO DE APELACIÓN",
            "",
            "Nombre completo: Yelitza Coromoto Marcano de León",
            "Cédula de identidad: V-18.443.092",
            "Teléfono: +51 957 889 031",
            "Correo: yelitzamarcano@gmail.com",
            "",
            "Motivo de la apelación: mi esposo fue asesinado por un colectivo en Valencia y los mismos hombres me "
            "buscaron en casa de mi madre; la Comisión consideró que se trataba de delincuencia común sin analizar "
            "el vínculo político de mi esposo.",
            "",
            "Lima, 5 de diciembre de 2026",
        ]))],
        in_pdf=["Yelitza Coromoto Marcano de León", "V-18.443.092", "957 889 031"],
        notified=D(2026, 11, 16),
        procedure="apelacion",
        fields={"nombres": "Yelitza Coromoto Marcano de León", "documento_identidad": "V18443092",
                "telefono": "+51957889031", "correo": "yelitzamarcano@gmail.com",
                "motivo": "mi esposo fue asesinado por un colectivo en Valencia"},
        expect={"outcome": "cargo", "signature": "valid"})

    add(slug="entrevista-registro-siria-ingles", mailbox=SOL, received=r(12, 6, 21, 10, 0),
        frm=("Mohammad Al-Khatib", "m.alkhatib.lima@gmail.com"), subject="Entrevista de registro",
        body="""Dear Sirs / Estimados,

I registered online in October and I am waiting the date for the entrevista de registro. Nobody sent me the appointment yet. Please help.

Name: Mohammad Al-Khatib
Nationality: Syrian
Passport: 011834562
Phone: +51 955 703 614

Best regards
""",
        procedure="entrevista_registro",
        fields={"nombres": "Mohammad Al-Khatib", "nacionalidad": "SY", "documento_identidad": "011834562",
                "telefono": "+51955703614", "correo": "m.alkhatib.lima@gmail.com"},
        expect={"outcome": "portal"})

    # ------------------------------------------------------------ Mon 7 Dec (día no laborable)
    add(slug="consulta-estado-expediente", mailbox=REF, received=r(12, 7, 10, 0, 0),
        frm=("Rosa Elena", "rosaelenaquiroz@gmail.com"), subject="Consulta",
        body="""Buenos días, quisiera saber en qué estado se encuentra mi expediente, presenté todo hace 8 meses y no me han respondido.

Mi nombre es Rosa Elena Quiroz Aponte, pasaporte 108934277.

Gracias de antemano.
""",
        procedure=None,
        fields={"nombres": "Rosa Elena Quiroz Aponte", "documento_identidad": "108934277",
                "correo": "rosaelenaquiroz@gmail.com"},
        expect={"outcome": "triage"})

    add(slug="cambio-clave-ecuatoriano-tabulado", mailbox=SOL, received=r(12, 7, 15, 0, 19),
        frm=("Byron Tenesaca", "byron.tenesaca@gmail.com"), subject="Cambio de Clave y Contraseña",
        body="Buenas tardes, solicito el cambio de clave y contraseña.\n\n"
             "Nombres y apellidos:\tByron Patricio Tenesaca Quishpe\n"
             "Cédula:\t0104567893\n"
             "Nacionalidad:\tEcuador\n"
             "Teléfono:\t+593 98 765 4321\n"
             "Correo:\tbyron.tenesaca@gmail.com\n\nAtentamente\n",
        procedure="cambio_clave",
        fields={"nombres": "Byron Patricio Tenesaca Quishpe", "documento_identidad": "0104567893",
                "nacionalidad": "EC", "telefono": "+593987654321", "correo": "byron.tenesaca@gmail.com"},
        expect={"outcome": "acuse"})

    # ------------------------------------------------------------ Tue 8 Dec (feriado)
    add(slug="urgente-dos-tramites", mailbox=MDP, received=r(12, 8, 8, 0, 55),
        frm=("gustavo", "gusta.mendez77@gmail.com"), subject="URGENTE!!!",
        body="""necesito la actualizacion de datos porque cambie de telefono y tambien el cambio de clave, ayudenme por favor

Gustavo Méndez
934 221 908
""",
        procedure=None,
        fields={"nombres": "Gustavo Méndez", "telefono": "+51934221908", "correo": "gusta.mendez77@gmail.com"},
        expect={"outcome": "triage"})

    add(slug="viaje-enviado-desde-iphone", mailbox=REF, received=r(12, 8, 19, 0, 31),
        frm=("Ronald", "ronald.paez.c@icloud.com"), subject="Autorización de viaje",
        body="""Adjunto solicitud.

Enviado desde mi iPhone
""",
        att=[("signed", "Solicitud viaje Ronald Paez.pdf", ("Ronald Enrique Paez Castillo", [
            "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
            "",
            "Nombres y apellidos: Ronald Enrique Páez Castillo",
            "Carné de extranjería: 001288540",
            "Lugar de destino: Bogotá, Colombia",
            "Fecha de salida: 20/12/2026",
            "Fecha de retorno: 27/12/2026",
            "Teléfono: 975 660 118",
            "",
            "Motivo del viaje: he sido citado a la audiencia de custodia de mi hija ante un juzgado de familia de "
            "Bogotá el 22 de diciembre.",
            "",
            "Lima, 8 de diciembre de 2026",
        ]))],
        in_pdf=["Ronald Enrique Páez Castillo", "001288540", "Bogotá, Colombia", "975 660 118"],
        procedure="autorizacion_viaje",
        fields={"nombres": "Ronald Enrique Páez Castillo", "carne_extranjeria": "001288540",
                "destino": "Bogotá, Colombia", "fecha_salida": "2026-12-20", "fecha_retorno": "2026-12-27",
                "telefono": "+51975660118", "correo": "ronald.paez.c@icloud.com",
                "motivo": "he sido citado a la audiencia de custodia de mi hija"},
        expect={"outcome": "acuse", "signature": "valid"})

    # ------------------------------------------------------------ Wed 9 Dec (feriado)
    add(slug="reconsideracion-apodo-en-firma", mailbox=MDP, received=r(12, 9, 10, 0, 14),
        frm=("Mayi", "mayi.urbina@gmail.com"), subject="Recurso de Reconsideración",
        body="""Buenas, les hago llegar mi recurso firmado. Feliz día!

Mayi
""",
        att=[("signed", "reconsideracion_firmada.pdf", ("Mayerlin Josefina Urbina de Goncalves", [
            "RECURSO DE RECONSIDERACIÓN",
            "",
            "Yo, Mayerlin Josefina Urbina de Goncalves, pasaporte 141 006 329, interpongo recurso de "
            "reconsideración contra la resolución notificada el 1 de diciembre de 2026.",
            "",
            "Motivo: presento como nueva prueba el informe psicológico del CAPS que acredita el trauma por la "
            "violencia sexual que sufrí a manos de miembros de un grupo irregular en la frontera, hecho que no pude "
            "relatar en la entrevista.",
            "",
            "Celular: 914-552-307",
            "Correo: mayi.urbina@gmail.com",
            "",
            "Lima, 9 de diciembre de 2026",
        ]))],
        in_pdf=["Mayerlin Josefina Urbina de Goncalves", "141 006 329", "914-552-307"],
        notified=D(2026, 12, 1),
        procedure="reconsideracion",
        fields={"nombres": "Mayerlin Josefina Urbina de Goncalves", "documento_identidad": "141006329",
                "telefono": "+51914552307", "correo": "mayi.urbina@gmail.com",
                "motivo": "presento como nueva prueba el informe psicológico del CAPS"},
        expect={"outcome": "cargo", "signature": "valid"})

    # ------------------------------------------------------------ Thu 10 Dec
    add(slug="recordatorio-no-reply", mailbox=REF, received=r(12, 10, 6, 30, 0),
        frm=("Sistema de Citas", "no-reply@citas-migrantes.org"), subject="Recordatorio: su cita es mañana",
        body="""Estimado(a) usuario(a):

Le recordamos que su cita de orientación es mañana a las 10:00 a. m. en nuestra sede de Jesús María.

Este es un mensaje automático, por favor no responda.
""",
        procedure=None, ignorado=True, fields={}, expect={"outcome": "ignorado"})

    add(slug="viaje-caracas-sin-retorno-sin-firma", mailbox=REF, received=r(12, 10, 8, 30, 16),
        frm=("Héctor Manuel Sulbarán", "hmsulbaran@gmail.com"), subject="Autorizacion de viaje",
        body="""Buenos días.

Soy Héctor Manuel Sulbarán Pérez, refugiado, CE N° 001199847. Solicito autorización para viajar a Caracas, Venezuela, por el fallecimiento de mi padre; salida el 22 de diciembre de 2026, el retorno aún no lo sé porque depende de los trámites de la sucesión.

Teléfono 956 441 082.

Gracias.
""",
        procedure="autorizacion_viaje",
        fields={"nombres": "Héctor Manuel Sulbarán Pérez", "carne_extranjeria": "001199847",
                "destino": "Caracas, Venezuela", "fecha_salida": "2026-12-22", "telefono": "+51956441082",
                "correo": "hmsulbaran@gmail.com", "motivo": "por el fallecimiento de mi padre"},
        expect={"outcome": "subsanar", "missing": ["firma", "fecha_retorno"], "signature": "absent"})

    add(slug="reenvio-interno-institucional", mailbox=MDP, received=r(12, 10, 9, 5, 0),
        frm=("Refugiados - RREE", REF), subject="TR: Prórroga de residencia - remisión de oficio",
        body="""Colegas de Mesa de Partes:

Se remite para su registro el oficio dirigido a Migraciones sobre la prórroga de residencia atendida ayer.

Saludos,
Unidad de Refugiados
""",
        procedure="prorroga_residencia", ignorado=True, fields={}, expect={"outcome": "ignorado"})

    add(slug="reconsideracion-pdf-alterado", mailbox=MDP, received=r(12, 10, 9, 40, 2),
        frm=("Oriana Salcedo", "orianasalcedo.m@gmail.com"),
        subject="Recurso de reconsideracion - Oriana Salcedo Marín",
        body="""Buenos días, adjunto mi recurso de reconsideración firmado digitalmente. Notificado el 30 de noviembre de 2026.

Mis datos: pasaporte 160 224 587, tel. 916 330 472.
""",
        att=[("altered", "reconsideracion_salcedo.pdf", ("Oriana Salcedo Marin", [
            "RECURSO DE RECONSIDERACIÓN",
            "",
            "Yo, Oriana Salcedo Marín, pasaporte 160 224 587, interpongo recurso de reconsideración.",
            "",
            "Motivo: la Comisión no tuvo en cuenta que soy activista LGBTI y que recibí amenazas de muerte en "
            "redes sociales que adjunto como nueva prueba.",
            "",
            "Teléfono: 916 330 472 - orianasalcedo.m@gmail.com",
            "Lima, 9 de diciembre de 2026. Atentamente,",
        ], "Atentamente", "ATENTAMENTE"))],
        notified=D(2026, 11, 30),
        procedure="reconsideracion",
        fields={"nombres": "Oriana Salcedo Marín", "documento_identidad": "160224587", "telefono": "+51916330472",
                "correo": "orianasalcedo.m@gmail.com",
                "motivo": "la Comisión no tuvo en cuenta que soy activista LGBTI"},
        expect={"outcome": "subsanar", "missing": ["firma"], "signature": "invalid"})

    add(slug="reconsideracion-pdf-texto-sin-firma-apodo", mailbox=MDP, received=r(12, 10, 11, 0, 40),
        frm=("Chuo", "chuocolmenares@gmail.com"), subject="RV: Recurso de Reconsideración",
        body="""Reenvío mi recurso porque no sé si llegó la primera vez.

Atte. Chuo
""",
        att=[("textpdf", "recurso reconsideracion.pdf", [
            "RECURSO DE RECONSIDERACIÓN",
            "",
            "Jesús Alberto Colmenares Rivas, cédula V-17.223.904, correo chuocolmenares@gmail.com, "
            "interpongo recurso de reconsideración.",
            "",
            "Motivo: fui funcionario de PDVSA y me despidieron y amenazaron por no votar por el partido de gobierno; "
            "presento la carta de despido como prueba nueva.",
            "",
            "Lima, 9 de diciembre de 2026",
        ])],
        in_pdf=["Jesús Alberto Colmenares Rivas", "V-17.223.904"],
        procedure="reconsideracion",
        fields={"nombres": "Jesús Alberto Colmenares Rivas", "documento_identidad": "V17223904",
                "correo": "chuocolmenares@gmail.com",
                "motivo": "fui funcionario de PDVSA y me despidieron y amenazaron"},
        expect={"outcome": "subsanar", "missing": ["firma", "telefono"], "signature": "absent"})

    add(slug="prorroga-cubano-fijo-lima", mailbox=REF, received=r(12, 10, 15, 0, 8),
        frm=("Osmany Reyes", "osmanyreyes68@gmail.com"), subject="prorroga residencia",
        body="""Buenas tardes compañeros,

Solicito la prórroga de residencia correspondiente a este año.

Nombre y apellidos: Osmany Reyes Castellanos
Sexo: M
Nacionalidad: cubano
Carnet de identidad: 68081209467
Carné de extranjería: 000651390
Fecha de nacimiento: 12 de agosto de 1968
Teléfono: 01-3307415

Saludos
""",
        procedure="prorroga_residencia",
        fields={"nombres": "Osmany Reyes Castellanos", "sexo": "M", "nacionalidad": "CU",
                "documento_identidad": "68081209467", "carne_extranjeria": "000651390",
                "fecha_nacimiento": "1968-08-12", "telefono": "+5113307415", "correo": "osmanyreyes68@gmail.com"},
        expect={"outcome": "acuse"})

    add(slug="re-cambio-clave-autorespuesta", mailbox=SOL, received=r(12, 10, 12, 0, 0),
        frm=("Yonaiker Blanco", "yonaikerblanco@gmail.com"), subject="Re: Cambio de clave",
        headers=[("X-Autoreply", "yes")],
        body="""Hola! En este momento no puedo responder, te escribo apenas pueda.
""",
        procedure="cambio_clave", ignorado=True, fields={}, expect={"outcome": "ignorado"})

    add(slug="consulta-entrevista-registro-despues-cierre", mailbox=MDP, received=r(12, 10, 17, 30, 3),
        frm=("Carlos Andrés Ruiz", "carlosandres.ruiz.m@gmail.com"), subject="consulta",
        body="""Buenas tardes. Ya me registré en línea hace un mes y todavía no me llega la fecha para la entrevista de registro. ¿La cita llega al correo?

Carlos Andrés Ruiz Montoya, C.C. 1.036.221.874, colombiano.
""",
        procedure="entrevista_registro",
        fields={"nombres": "Carlos Andrés Ruiz Montoya", "nacionalidad": "CO", "documento_identidad": "1036221874",
                "correo": "carlosandres.ruiz.m@gmail.com"},
        expect={"outcome": "portal"})

    # ------------------------------------------------------------ Fri 11 Dec
    add(slug="viaje-cali-a-mesa-de-partes", mailbox=MDP, received=r(12, 11, 9, 30, 50),
        frm=("Diana Marcela Gómez", "dianamgomez@gmail.com"), subject="Solicitud Autorización de Viaje",
        body="""Buen día, adjunto solicitud firmada.

Viajo del 15-12-2026 al 05-01-2027 a Cali, Colombia, por la cirugía de mi madre.

Diana Marcela Gómez Arango, carné de extranjería 001410256, cel 987 220 914.
""",
        att=[("signed", "autorizacion_viaje_DMGA.pdf", ("Diana Marcela Gomez Arango", [
            "SOLICITUD DE AUTORIZACIÓN DE VIAJE POR URGENCIA",
            "",
            "Diana Marcela Gómez Arango, carné de extranjería 001410256, solicito autorización para viajar a "
            "Cali, Colombia, del 15-12-2026 al 05-01-2027, para acompañar a mi madre en una cirugía.",
            "",
            "Celular: 987 220 914",
            "Lima, 10 de diciembre de 2026",
        ]))],
        procedure="autorizacion_viaje",
        fields={"nombres": "Diana Marcela Gómez Arango", "carne_extranjeria": "001410256", "destino": "Cali, Colombia",
                "fecha_salida": "2026-12-15", "fecha_retorno": "2027-01-05", "telefono": "+51987220914",
                "correo": "dianamgomez@gmail.com", "motivo": "por la cirugía de mi madre"},
        expect={"outcome": "acuse", "flags": ["derivado"], "signature": "valid"})

    add(slug="reconsideracion-escaneada-notificada-octubre", mailbox=MDP, received=r(12, 11, 10, 15, 27),
        frm=("FRANKLIN JOSE", "franklinjose.tovar@gmail.com"), subject="reconsideración",
        body="""Nombre / Franklin José Tovar Medina
Cédula / V-21.554.630
Teléfono / +58 412 775 3019
Correo / franklinjose.tovar@gmail.com
Motivo / no me dieron la oportunidad de presentar las pruebas de las amenazas que recibí por ser dirigente sindical en Guayana

La resolución me fue notificada el 02/10/2026, estuve sin internet trabajando en Puno. Adjunto carta firmada escaneada.
""",
        att=[("scanpdf", "scan0001.pdf", ["Señores CEPR", "", "Recurso de reconsideracion", "", "Franklin Tovar",
                                           "", "Firma:"])],
        notified=D(2026, 10, 2),
        procedure="reconsideracion",
        fields={"nombres": "Franklin José Tovar Medina", "documento_identidad": "V21554630",
                "telefono": "+584127753019", "correo": "franklinjose.tovar@gmail.com",
                "motivo": "no me dieron la oportunidad de presentar las pruebas de las amenazas que recibí por ser "
                          "dirigente sindical en Guayana"},
        expect={"outcome": "cargo", "flags": ["extemporaneo", "verificar_firma"], "signature": "manuscrita"})

    add(slug="prorroga-con-datos-de-esposa", mailbox=REF, received=r(12, 11, 10, 30, 44),
        frm=("Carlos Eduardo Pinto", "cepinto.ve@gmail.com"),
        subject="Prórroga de residencia - Carlos Eduardo Pinto Salazar",
        body="""Buenos días,

Solicito la prórroga anual de mi residencia. Mis datos: sexo masculino, venezolano, nacido el 04/11/82, pasaporte 098 221 457, carné de extranjería 001023876, teléfono 964 770 312.

Mi esposa, Rosmary Villegas de Pinto (carné 001023877, pasaporte 098 221 990), enviará su solicitud por separado.

Saludos cordiales,
Carlos
""",
        procedure="prorroga_residencia",
        fields={"nombres": "Carlos Eduardo Pinto Salazar", "sexo": "M", "nacionalidad": "VE",
                "documento_identidad": "098221457", "carne_extranjeria": "001023876",
                "fecha_nacimiento": "1982-11-04", "telefono": "+51964770312", "correo": "cepinto.ve@gmail.com"},
        expect={"outcome": "acuse"})

    add(slug="solicitud-refugio-haitiano", mailbox=SOL, received=r(12, 11, 11, 40, 6),
        frm=("Wesner Dorvil", "wesnerdorvil@gmail.com"), subject="Solicitud de refugio",
        body="""Bonjou. Buenos días.

Soy Wesner Dorvil, haitiano, pasaporte HA3308721. Entré al Perú por Tumbes la semana pasada y quiero presentar una solicitud de refugio. ¿Dónde lo hago?

Teléfono +51 934 660 218

Mèsi
""",
        procedure="solicitud_refugio",
        fields={"nombres": "Wesner Dorvil", "nacionalidad": "HT", "documento_identidad": "HA3308721",
                "telefono": "+51934660218", "correo": "wesnerdorvil@gmail.com"},
        expect={"outcome": "portal"})

    add(slug="apelacion-colombiana-a-refugiados", mailbox=REF, received=r(12, 11, 12, 0, 38),
        frm=("Luz Marina Echeverry", "luzmarina.echeverry@gmail.com"), subject="Apelación",
        body="""Señores, buenas tardes. No sé si este es el correo correcto; adjunto mi recurso de apelación firmado.

Dios les pague.
""",
        att=[("signed", "APELACION LUZ MARINA.pdf", ("Luz Marina Echeverry Salazar", [
            "RECURSO DE APELACIÓN",
            "",
            "Luz Marina Echeverry Salazar, de nacionalidad colombiana, identificada con C.C. 43.876.120, "
            "apelo la resolución que confirmó la denegatoria de mi solicitud de refugio.",
            "",
            "Motivo: soy lideresa social en el Bajo Cauca antioqueño y el Clan del Golfo me declaró objetivo "
            "militar; la resolución no revisó el informe de riesgo de la Unidad Nacional de Protección.",
            "",
            "Teléfono: 949 503 117",
            "Correo: luzmarina.echeverry@gmail.com",
            "",
            "Lima, 10 de diciembre de 2026",
        ]))],
        in_pdf=["Luz Marina Echeverry Salazar", "43.876.120", "949 503 117"],
        procedure="apelacion",
        fields={"nombres": "Luz Marina Echeverry Salazar", "nacionalidad": "CO", "documento_identidad": "43876120",
                "telefono": "+51949503117", "correo": "luzmarina.echeverry@gmail.com",
                "motivo": "soy lideresa social en el Bajo Cauca antioqueño y el Clan del Golfo me declaró objetivo militar"},
        expect={"outcome": "cargo", "flags": ["derivado"], "signature": "valid"})

    add(slug="actualizacion-haitiana-refugiada-despues-cierre", mailbox=SOL, received=r(12, 11, 16, 45, 0),
        frm=("Marie Lourdes Joseph", "mljoseph.ht@gmail.com"), subject="Actualizacion de datos",
        body="""Buenas tardes. Soy refugiada reconocida. Les envío mis datos para actualizar mi dirección y teléfono:

Nom complet / Nombre completo: Marie-Lourdes Joseph
Nacionalidad: Haití
Pasaporte: RD2265019
Carnet de extranjería: 001093346
Nuevo teléfono: 0051 953 118 260
Nueva dirección: Calle Las Begonias 310, San Isidro

Mèsi anpil
""",
        refugiado=True,
        procedure="actualizacion_datos",
        fields={"nombres": "Marie-Lourdes Joseph", "nacionalidad": "HT", "documento_identidad": "RD2265019",
                "carne_extranjeria": "001093346", "telefono": "+51953118260", "correo": "mljoseph.ht@gmail.com"},
        expect={"outcome": "acuse"})

    add(slug="ayuda-resolucion-denegatoria", mailbox=SOL, received=r(12, 11, 18, 0, 21),
        frm=("Naileth", "naileth.perozo@gmail.com"), subject="Ayuda",
        body="""Buenas tardes, me llegó una resolución que dice que me negaron el refugio. No entiendo qué tengo que hacer ahora ni cuánto tiempo tengo. Estoy muy preocupada porque tengo dos niños pequeños.

Naileth Perozo, cel 951 778 430
""",
        procedure=None,
        fields={"nombres": "Naileth Perozo", "telefono": "+51951778430", "correo": "naileth.perozo@gmail.com"},
        expect={"outcome": "triage"})

    # ------------------------------------------------------------ Sat 12 / Sun 13 Dec
    add(slug="actualizacion-cubana-falta-documento", mailbox=SOL, received=r(12, 12, 10, 0, 52),
        frm=("Lisandra", "lisandra.cb92@gmail.com"), subject="Actualizacion de datos de contacto",
        body="""Hola, me llamo Lisandra Cabrera Betancourt, soy cubana, solicitante de refugio.
Mi número nuevo es 925-114-370. Mi correo sigue siendo este.
Besos y gracias
""",
        procedure="actualizacion_datos",
        fields={"nombres": "Lisandra Cabrera Betancourt", "nacionalidad": "CU", "telefono": "+51925114370",
                "correo": "lisandra.cb92@gmail.com"},
        expect={"outcome": "subsanar", "missing": ["documento_identidad"]})

    add(slug="solicitud-refugio-para-hermano", mailbox=MDP, received=r(12, 12, 11, 0, 17),
        frm=("Ana Karina Lobo", "anakarinalobo@gmail.com"), subject="solicitud de refugio para mi hermano",
        body="""Hola, mi hermano Jorge Luis Lobo Azuaje acaba de llegar desde Cúcuta y quiere solicitar refugio. Él no tiene correo todavía, ¿puede hacerlo con el mío?

Él es venezolano, su cédula V-28.990.115.

Yo soy Ana Karina, mi número es 986 442 190.
""",
        procedure="solicitud_refugio",
        fields={"nombres": "Jorge Luis Lobo Azuaje", "nacionalidad": "VE", "documento_identidad": "V28990115",
                "telefono": "+51986442190", "correo": "anakarinalobo@gmail.com"},
        expect={"outcome": "portal"})

    add(slug="apelacion-foto-falta-documento", mailbox=MDP, received=r(12, 13, 9, 0, 35),
        frm=("Johana Patricia Meza", "johanameza.p@gmail.com"), subject="Re: Recurso de apelación",
        body="""Buenos días, les envío nuevamente la foto de mi apelación firmada a mano porque no tengo firma digital.

Johana Patricia Meza Arrieta
947-003-812

Motivo: fui víctima de desplazamiento forzado en el Catatumbo y las amenazas continúan contra mi familia, la resolución no consideró el informe de la Defensoría.

El vie, 4 dic 2026 a las 10:12, <mesadepartes@rree.gob.pe> escribió:
> Estimada usuaria:
> Su correo no adjuntaba el documento de apelación. Sírvase remitirlo firmado.
> Mesa de Partes Virtual
""",
        att=[("jpg", "apelacion_firmada.jpg", ["Recurso de Apelacion", "", "Johana Patricia Meza Arrieta",
                                               "", "Atentamente"])],
        procedure="apelacion",
        fields={"nombres": "Johana Patricia Meza Arrieta", "telefono": "+51947003812",
                "correo": "johanameza.p@gmail.com",
                "motivo": "fui víctima de desplazamiento forzado en el Catatumbo"},
        expect={"outcome": "subsanar", "missing": ["documento_identidad"], "flags": ["verificar_firma"],
                "signature": "manuscrita"})

    add(slug="prorroga-domingo-falta-sexo-y-nacimiento", mailbox=REF, received=r(12, 13, 20, 0, 4),
        frm=("Deisy Carolina Ochoa", "deisyochoa.c@gmail.com"), subject="Renovación de residencia",
        body="""Buenas noches, quiero tramitar la prórroga de mi residencia de refugiada de este año.

Deisy Carolina Ochoa Valera - Venezuela - pasaporte 139006512 - CE 001402783 - cel 940 556 217
""",
        procedure="prorroga_residencia",
        fields={"nombres": "Deisy Carolina Ochoa Valera", "nacionalidad": "VE", "documento_identidad": "139006512",
                "carne_extranjeria": "001402783", "telefono": "+51940556217", "correo": "deisyochoa.c@gmail.com"},
        expect={"outcome": "subsanar", "missing": ["sexo", "fecha_nacimiento"]})

    # ------------------------------------------------------------ late additions (same fortnight)
    add(slug="viaje-pdf-alterado-tras-firmar", mailbox=REF, received=r(12, 2, 15, 5, 33),
        frm=("Nohelia Zambrano", "nohe.zambrano.g@gmail.com"), subject="Autorizacion de Viaje (URGENCIA)",
        body="""Buenas tardes, adjunto mi solicitud de autorización de viaje firmada digitalmente.

Nohelia Zambrano Guerra
""",
        att=[("altered", "solicitud_autorizacion_viaje.pdf", ("Nohelia Zambrano Guerra", [
            "SOLICITUD DE AUTORIZACIÓN DE VIAJE POR URGENCIA",
            "",
            "Nombres y apellidos: Nohelia Zambrano Guerra",
            "Carné de extranjería: 001367718",
            "Destino: Ciudad de Panamá",
            "Fecha de salida: 12/12/2026",
            "Fecha de retorno: 19/12/2026",
            "Teléfono: 968 330 152",
            "",
            "Motivo: mi hermana menor fue hospitalizada en Panamá tras un accidente y soy su único familiar "
            "fuera de Venezuela.",
            "",
            "Lima, 2 de diciembre de 2026",
        ], "accidente", "ACCIDENTE"))],
        in_pdf=["001367718", "Ciudad de Panamá", "968 330 152"],
        procedure="autorizacion_viaje",
        fields={"nombres": "Nohelia Zambrano Guerra", "carne_extranjeria": "001367718", "destino": "Ciudad de Panamá",
                "fecha_salida": "2026-12-12", "fecha_retorno": "2026-12-19", "telefono": "+51968330152",
                "correo": "nohe.zambrano.g@gmail.com",
                "motivo": "mi hermana menor fue hospitalizada en Panamá tras un accidente"},
        expect={"outcome": "subsanar", "missing": ["firma"], "signature": "invalid"})

    add(slug="viaje-ecuatoriano-pdf-sin-firma", mailbox=REF, received=r(12, 4, 12, 48, 9),
        frm=("Segundo Chimbo", "segundochimbo@hotmail.com"), subject="autorizacion de viaje",
        body="""Señores:
Envío mi solicitud en PDF. Soy ecuatoriano, refugiado reconocido.
Atentamente,
Segundo Chimbo
""",
        att=[("textpdf", "viaje.pdf", [
            "Solicitud de autorización de viaje",
            "",
            "Yo, Segundo Aurelio Chimbo Yupanqui, carné de extranjería 000932205, teléfono 01 5627714,",
            "solicito autorización para viajar a Buenos Aires (Argentina).",
            "Salida: 20 de diciembre de 2026. Retorno: 6 de enero de 2027.",
            "Motivo: mi hijo se gradúa de la universidad y debo firmar como apoderado el contrato de su vivienda.",
        ])],
        in_pdf=["Segundo Aurelio Chimbo Yupanqui", "000932205", "Buenos Aires (Argentina)"],
        procedure="autorizacion_viaje",
        fields={"nombres": "Segundo Aurelio Chimbo Yupanqui", "nacionalidad": "EC", "carne_extranjeria": "000932205",
                "destino": "Buenos Aires (Argentina)", "fecha_salida": "2026-12-20", "fecha_retorno": "2027-01-06",
                "telefono": "+5115627714", "correo": "segundochimbo@hotmail.com",
                "motivo": "mi hijo se gradúa de la universidad"},
        expect={"outcome": "subsanar", "missing": ["firma"], "signature": "absent"})

    add(slug="permiso-trabajo-joven-informal", mailbox=MDP, received=r(12, 10, 13, 22, 0),
        frm=("kevin ✌️", "kevinalejandro.2003@gmail.com"), subject="permiso de trabajo",
        body="""holaaa buenas, como saco la autorizacion de trabajo?? ya hice la solicitud de refugio hace 2 semanas pero no encuentro donde sale el permiso

Kevin Alejandro Mújica
""",
        procedure="autorizacion_trabajo",
        fields={"nombres": "Kevin Alejandro Mújica", "correo": "kevinalejandro.2003@gmail.com"},
        expect={"outcome": "portal"})
