# -*- coding: utf-8 -*-
"""The messages of round58, in the order they are numbered.

Each entry: slug, mailbox (receiving institutional address), received (Lima time),
from, subject, body (or html / raw_builder), attachments, procedure, fields (raw as
written; normalised by build.py), recognised, notificado, machine, and `expect`
(outcome, flags, signature status) written by hand and checked by build.py.
"""
import datetime as dt
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.message import Message
from email import policy

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"
D = dt.datetime


def bounce_builder(m, received, date):
    outer = MIMEMultipart("report", policy=policy.SMTP)
    outer.set_param("report-type", "delivery-status")
    outer.attach(MIMEText(
        "Este es el sistema de correo de mx1.rree.gob.pe.\n\n"
        "No se pudo entregar su mensaje a uno o más destinatarios.\n\n"
        "<kelvis.m@gmial.com>: Host or domain name not found. Name service error for\n"
        "    name=gmial.com type=MX: Host not found, try again\n", "plain", "utf-8", policy=policy.SMTP))
    ds = MIMEBase("message", "delivery-status", policy=policy.SMTP)
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx1.rree.gob.pe"
    b1["Arrival-Date"] = "Tue, 6 Oct 2026 09:40:58 -0500"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; kelvis.m@gmial.com"
    b2["Action"] = "failed"
    b2["Status"] = "5.4.4"
    b2["Diagnostic-Code"] = "X-Postfix; Host or domain name not found"
    ds.set_payload([b1, b2])
    outer.attach(ds)
    outer.attach(MIMEText(
        "From: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>\n"
        "To: kelvis.m@gmial.com\n"
        "Subject: RE: =?utf-8?q?Actualizaci=C3=B3n_de_datos?=\n"
        "Date: Tue, 6 Oct 2026 09:40:51 -0500\n", "rfc822-headers", "us-ascii", policy=policy.SMTP))
    return outer


MESSAGES = [
    # ------------------------------------------------------------------ 001
    dict(
        slug="cambio-clave-whatsapp-corrido",
        mailbox=S, received=D(2026, 10, 1, 10, 14, 22),
        **{"from": "Yorgelis \U0001F495 <yorgelis.marin25@gmail.com>"},
        subject="cambio de clave",
        body=("hola buenas tardes disculpen la molestia es q no puedo entrar al sistema d refugiados me sale "
              "clave incorrecta y ya lo intente como 5 veces y nada \U0001F625 mi nombre es yorgelis carolina marin "
              "paez cedula v 25.847.331 mi cel 951 284 763 y el correo es este mismo yorgelis.marin25@gmail.com "
              "porfa necesito q me cambien la clave xq tengo q sacar el permiso de trabajo gracias bendiciones\n\n"
              "Enviado desde mi Galaxy\n"),
        procedure="cambio_clave",
        fields=dict(nombres="yorgelis carolina marin paez", documento_identidad="v 25.847.331",
                    telefono="951 284 763", correo="yorgelis.marin25@gmail.com",
                    motivo="no puedo entrar al sistema d refugiados me sale clave incorrecta"),
        expect=("acuse", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 002
    dict(
        slug="actualizacion-datos-portunol",
        mailbox=S, received=D(2026, 10, 2, 18, 40, 5),
        **{"from": "\"wilmer b.\" <wbriceno.ortega@hotmail.com>"},
        subject="Atualização de dados / Actualizacion de datos",
        body=("Boa tarde / buenas tardes\n\n"
              "Perdón pelo portuñol, vivi 3 anos em Boa Vista antes de venir a Lima. Escribo para actualizar mis "
              "datos de contacto porque mudei de número e de endereço.\n\n"
              "Nome completo: Wilmer José Briceño Ortega\n"
              "Nacionalidade: venezuelana\n"
              "Passaporte: 148392017\n"
              "Telefone novo: 924 615 038\n"
              "Endereço novo: Jr. Huallaga 455, int. 3, Cercado de Lima\n\n"
              "Obrigado, muchas gracias.\nWilmer\n"),
        procedure="actualizacion_datos",
        fields=dict(nombres="Wilmer José Briceño Ortega", nacionalidad=("venezuelana", "VE"),
                    documento_identidad="148392017", telefono="924 615 038", correo=None,
                    motivo="porque mudei de número e de endereço"),
        expect=("acuse", [], "not_required"), expect_filing="2026-10-05",
    ),
    # ------------------------------------------------------------------ 003
    dict(
        slug="apelacion-abogada-pdf-firmado",
        mailbox=M, received=D(2026, 10, 27, 11, 20, 41),
        **{"from": "Estudio Quispe & Asociados <rquispe@quispeabogados.pe>"},
        subject="Recurso de Apelación - Marie-Claude Joseph",
        body=("Señores\nSecretaría Ejecutiva de la Comisión Especial para los Refugiados\n"
              "Ministerio de Relaciones Exteriores\nPresente.-\n\n"
              "De mi consideración:\n\n"
              "Rosa Elvira Quispe Mamani, abogada con Registro CAL N° 58214 e identificada con DNI N° 41235678, "
              "en representación de Marie-Claude Joseph, me dirijo a ustedes para interponer, dentro del plazo de "
              "ley, recurso de apelación contra la resolución que confirmó la denegatoria de su solicitud de "
              "refugio, notificada el 14 de octubre de 2026.\n\n"
              "Adjunto el escrito de apelación firmado digitalmente, que contiene los fundamentos del recurso y los "
              "datos de identificación y contacto de mi patrocinada.\n\n"
              "Atentamente,\n\n"
              "Rosa Elvira Quispe Mamani\nAbogada - CAL 58214\nEstudio Quispe & Asociados\n"
              "Av. Arequipa 2450, of. 702, Lince\nTel. (01) 421-7730\n"),
        attachments=[dict(kind="signed_pdf", name="apelacion_MCJoseph_firmado.pdf", signer="Marie-Claude Joseph",
                          lines=["RECURSO DE APELACIÓN", "",
                                 "Señores de la Comisión Especial para los Refugiados:", "",
                                 "Marie-Claude Joseph, de nacionalidad haitiana, con pasaporte N° RH4471923, con "
                                 "domicilio en Jr. Cangallo 812, La Victoria, teléfono celular +51 987 220 415 y correo "
                                 "electrónico mcjoseph.ht@gmail.com, ante ustedes respetuosamente digo:", "",
                                 "I. PETITORIO: Interpongo recurso de apelación contra la resolución que confirmó la "
                                 "denegatoria de mi solicitud de refugio, a fin de que sea revocada.", "",
                                 "II. FUNDAMENTOS: La resolución no valoró que fui víctima de persecución por una "
                                 "pandilla armada en Croix-des-Bouquets por mi participación en una organización de "
                                 "mujeres, ni el informe psicológico presentado; la situación en Haití hace imposible "
                                 "mi retorno seguro.", "",
                                 "Lima, 26 de octubre de 2026", "", "Marie-Claude Joseph", "Pasaporte RH4471923"])],
        procedure="apelacion", notificado=dt.date(2026, 10, 14),
        fields=dict(nombres="Marie-Claude Joseph", nacionalidad=("haitiana", "HT"),
                    documento_identidad="RH4471923", telefono="+51 987 220 415",
                    correo="mcjoseph.ht@gmail.com",
                    motivo="La resolución no valoró que fui víctima de persecución por una pandilla armada en "
                           "Croix-des-Bouquets"),
        expect=("cargo", [], "valid"),
    ),
    # ------------------------------------------------------------------ 004
    dict(
        slug="reconsideracion-whatsapp-foto-extemporanea",
        mailbox=M, received=D(2026, 11, 5, 21, 12, 9),
        **{"from": "jhon el parcero <jhonfredy.ospina87@gmail.com>"},
        subject="recurso de reconsideracion",
        body=("buenas noches señores de la comision les escribo xq me llego la resolucion donde me niegan el "
              "refugio y yo quiero q la vuelvan a revisar xq no tomaron en cuenta q a mi me desplazaron los del "
              "clan del golfo de mi finca en tarazá y mataron a mi primo eso esta en lo q declare en la fiscalia "
              "de caucasia, la resolucion me la notificaron el 1 de octubre de 2026 pero no sabia q habia plazo y "
              "un amigo me dijo q igual lo mande\n"
              "mi nombre completo es jhon fredy ospina cardona soy colombiano de antioquia cedula 1.038.412.776 "
              "celular 9 3345 1120 correo jhonfredy.ospina87@gmail.com\n"
              "les mando la foto de la carta firmada a mano xq no tengo impresora\n"
              "gracias dios les pague\n"),
        attachments=[dict(kind="jpeg", name="carta_reconsideracion.jpg",
                          lines=["Señores Comision de Refugiados", "pido reconsideracion de mi caso",
                                 "jhon fredy ospina cardona", "cedula 1.038.412.776"])],
        procedure="reconsideracion", notificado=dt.date(2026, 10, 1),
        fields=dict(nombres="jhon fredy ospina cardona", nacionalidad=("colombiano", "CO"),
                    documento_identidad="1.038.412.776", telefono="9 3345 1120",
                    correo="jhonfredy.ospina87@gmail.com",
                    motivo="no tomaron en cuenta q a mi me desplazaron los del clan del golfo de mi finca en tarazá "
                           "y mataron a mi primo"),
        expect=("cargo", ["verificar_firma", "extemporaneo"], "manuscrita"), expect_filing="2026-11-06",
    ),
    # ------------------------------------------------------------------ 005
    dict(
        slug="consulta-estado-sabado",
        mailbox=S, received=D(2026, 10, 3, 8, 55, 30),
        **{"from": "Mari <marielbys.gonzalez.r@gmail.com>"},
        subject="Consulta",
        body=("buenos dias una consulta ya van 8 meses q me registre y no me dicen nada, como hago para saber en q "
              "va mi expediente?? soy marielbys gonzalez rivas mi numero 987 115 402 whatsapp. gracias\n"),
        procedure=None,
        fields=dict(nombres="marielbys gonzalez rivas", telefono="987 115 402", correo=None),
        expect=("triage", [], "not_required"), expect_filing="2026-10-05",
    ),
    # ------------------------------------------------------------------ 006
    dict(
        slug="rv-cambio-clave-cubana-reenviado",
        mailbox=S, received=D(2026, 10, 10, 12, 3, 44),
        **{"from": "Ana Gabriela <anagabriela.rdz@hotmail.com>"},
        subject="RV: Cambio de clave y contraseña",
        body=("Buenas tardes, reenvío mi solicitud porque la mandé a otro correo y nadie me contestó. Por favor "
              "ayúdenme.\n\n"
              "________________________________\n"
              "De: Ana Gabriela Rodríguez <anagabriela.rdz@hotmail.com>\n"
              "Enviado: lunes, 28 de septiembre de 2026 19:22\n"
              "Para: refugiados@rree.gob.pe <refugiados@rree.gob.pe>\n"
              "Asunto: Cambio de clave y contraseña\n\n"
              "Buenas noches, solicito el cambio de clave y contraseña del Sistema de Refugiados porque olvidé la "
              "contraseña y el correo de recuperación no me llega.\n\n"
              "Nombres y apellidos: Ana Gabriela Rodríguez Lazo\n"
              "Nacionalidad: cubana\n"
              "Carnet de identidad: 85031204567\n"
              "Teléfono: 955 630 218\n"
              "Correo: anagabriela.rdz@hotmail.com\n\n"
              "Gracias de antemano.\n"),
        procedure="cambio_clave",
        fields=dict(nombres="Ana Gabriela Rodríguez Lazo", nacionalidad=("cubana", "CU"),
                    documento_identidad="85031204567", telefono="955 630 218",
                    correo="anagabriela.rdz@hotmail.com",
                    motivo="porque olvidé la contraseña y el correo de recuperación no me llega"),
        expect=("acuse", [], "not_required"), expect_filing="2026-10-12",
    ),
    # ------------------------------------------------------------------ 007
    dict(
        slug="rebote-mailer-daemon",
        mailbox=S, received=D(2026, 10, 6, 9, 41, 10),
        **{"from": "Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>"},
        subject="No se puede entregar: RE: Actualización de datos",
        raw_builder=bounce_builder, inner_received=False, hop="localhost",
        procedure="actualizacion_datos", machine=True, fields={},
        extra_headers=[("Auto-Submitted", "auto-replied")],
        expect=("ignorado", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 008
    dict(
        slug="prorroga-residencia-tabulada",
        mailbox=R, received=D(2026, 10, 12, 16, 45, 12),
        **{"from": "Leidy Carrasquel <leidy.carrasquel@yahoo.com>"},
        subject="Prórroga de residencia",
        body=("Señores Comisión Especial para los Refugiados:\n\n"
              "Por medio del presente solicito la prórroga anual de mi residencia como refugiada reconocida. "
              "Mis datos:\n\n"
              "Nombres y apellidos:\tLeidy Johana Carrasquel Bermúdez\n"
              "Sexo:\tFemenino\n"
              "Nacionalidad:\tVenezolana\n"
              "Pasaporte:\t131562098\n"
              "Carné de extranjería:\tN° 001482736\n"
              "Fecha de nacimiento:\t07/11/1988\n"
              "Teléfono:\t(+51) 976 302 551\n\n"
              "Quedo atenta a su respuesta.\nLeidy Carrasquel\n"),
        procedure="prorroga_residencia",
        fields=dict(nombres="Leidy Johana Carrasquel Bermúdez", sexo=("Femenino", "F"),
                    nacionalidad=("Venezolana", "VE"), documento_identidad="131562098",
                    carne_extranjeria="001482736", fecha_nacimiento="07/11/1988",
                    telefono="(+51) 976 302 551", correo=None),
        expect=("acuse", [], "not_required"), expect_filing="2026-10-13",
    ),
    # ------------------------------------------------------------------ 009
    dict(
        slug="prorroga-kreyol-buzon-equivocado",
        mailbox=S, received=D(2026, 10, 14, 9, 5, 50),
        **{"from": "jrdesrosiers <jeanrobert.desrosiers@gmail.com>"},
        subject="Prorroga de residencia",
        body=("Bonjou, buenos días\n\n"
              "Mwen se refijye rekonèt nan Perou depi 2022. Mwen bezwen fè prórroga de residencia mwen paske kat "
              "la ap fini nan mwa desanm.\n"
              "(Soy refugiado reconocido, necesito la prórroga de residencia porque mi carné vence en diciembre.)\n\n"
              "Non konplè / nombre: Jean Robert Desrosiers\n"
              "Sèks / sexo: gason (masculino)\n"
              "Nasyonalite: ayisyen (haitiano)\n"
              "Paspò / pasaporte: RF0927341\n"
              "Kat etranje / carné de extranjería: 000917254\n"
              "Telefòn / WhatsApp: +51 913 442 870\n\n"
              "Mèsi anpil, muchas gracias\n"),
        procedure="prorroga_residencia", recognised=True,
        fields=dict(nombres="Jean Robert Desrosiers", sexo=("masculino", "M"),
                    nacionalidad=("haitiano", "HT"), documento_identidad="RF0927341",
                    carne_extranjeria="000917254", telefono="+51 913 442 870", correo=None,
                    motivo="porque mi carné vence en diciembre"),
        expect=("subsanar", ["derivado"], "not_required"), expect_missing=["fecha_nacimiento"],
    ),
    # ------------------------------------------------------------------ 010
    dict(
        slug="carne-solicitante-suspendido",
        mailbox=S, received=D(2026, 10, 15, 11, 30, 0),
        **{"from": "Kari <karinaesther.v@gmail.com>"},
        subject="carne de solicitante",
        body=("buen dia quisiera saber como hago para sacar mi carne de solicitante de refugio ya tengo mi "
              "registro completo hice la entrevista en agosto. karina esther villalobos nuñez, pasaporte "
              "142887305, cel 944 218 660\n"),
        procedure="carne_solicitante",
        fields=dict(nombres="karina esther villalobos nuñez", documento_identidad="142887305",
                    telefono="944 218 660", correo=None),
        expect=("suspendido", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 011
    dict(
        slug="work-permit-spanglish-portal",
        mailbox=M, received=D(2026, 10, 19, 14, 22, 10),
        **{"from": "\"Carlos A.\" <carlosandres.pena@outlook.com>"},
        subject="Work permit - permiso de trabajo",
        body=("Hello / hola, sorry my spanish is not so good, I lived many years in Miami.\n"
              "I need the work permit (autorización de trabajo) para poder trabajar en un restaurante en "
              "Miraflores, they ask me the document.\n"
              "my name Carlos Andrés Peña Suárez, I am venezuelan, passport 151204877.\nThanks!!\n"),
        procedure="autorizacion_trabajo",
        fields=dict(nombres="Carlos Andrés Peña Suárez", nacionalidad=("venezuelan", "VE"),
                    documento_identidad="151204877", correo=None,
                    motivo="para poder trabajar en un restaurante en Miraflores"),
        expect=("portal", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 012
    dict(
        slug="demande-asile-frances-portal",
        mailbox=R, received=D(2026, 10, 24, 19, 48, 3),
        **{"from": "Patrick <patrick.mbuyi.k@gmail.com>"},
        subject="Demande d'asile / solicitud de refugio",
        body=("Bonjour Madame, Monsieur,\n\n"
              "Je m'appelle Patrick Mbuyi Kalala, je suis de nationalité congolaise (République Démocratique du "
              "Congo). Je suis arrivé à Lima il y a deux semaines par l'aéroport. Quisiera pedir refugio en el "
              "Perú parce que je suis menacé dans mon pays à cause de mon activité de journaliste.\n\n"
              "Mon passeport: OP0451278\nWhatsApp: +51 960 118 274\n\n"
              "Je ne parle pas bien espagnol, merci de me répondre en français si possible.\n"
              "Cordialement,\nPatrick\n"),
        procedure="solicitud_refugio",
        fields=dict(nombres="Patrick Mbuyi Kalala", nacionalidad=("congolaise (République Démocratique du Congo)", "CD"),
                    documento_identidad="OP0451278", telefono="+51 960 118 274", correo=None,
                    motivo="parce que je suis menacé dans mon pays à cause de mon activité de journaliste"),
        expect=("portal", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 013
    dict(
        slug="renuncia-ong-escaneada",
        mailbox=M, received=D(2026, 10, 29, 10, 5, 31),
        **{"from": "Asociación Caminos de Acogida - Área Legal <legal@caminosdeacogida.org.pe>"},
        subject="Renuncia a la condición de refugiado - Yusleidy Pérez Almeida",
        body=("Lima, 29 de octubre de 2026\n\n"
              "Señores\nSecretaría Ejecutiva de la Comisión Especial para los Refugiados\nMesa de Partes Virtual\n\n"
              "Asunto: Renuncia a la condición de refugiada\n\n"
              "De nuestra consideración:\n\n"
              "La Asociación Caminos de Acogida, que brinda orientación legal gratuita a personas refugiadas, "
              "remite por encargo de la ciudadana cubana Yusleidy Pérez Almeida su escrito de renuncia a la "
              "condición de refugiada, suscrito a mano por ella y escaneado.\n\n"
              "Datos de la solicitante:\n"
              "- Nombres y apellidos: Yusleidy Pérez Almeida\n"
              "- Nacionalidad: cubana\n"
              "- Pasaporte: K471209\n"
              "- Carné de extranjería: 002115847\n"
              "- Teléfono: 962 507 318\n\n"
              "Motivo expresado: ha obtenido la residencia en España por reagrupación familiar con su esposo, de "
              "nacionalidad española, y viajará a Madrid en diciembre.\n\n"
              "Para cualquier coordinación puede comunicarse con la suscrita al 01 330-1945 anexo 12 o responder "
              "a este correo.\n\n"
              "Atentamente,\n\n"
              "Lucía Fernanda Chávez Ríos\nCoordinadora del Área Legal\nDNI 44120398\n"),
        attachments=[dict(kind="scan_pdf", name="renuncia_firmada_YPA.pdf",
                          lines=["Lima, 27 de octubre de 2026", "Señores CEPR",
                                 "Yo, Yusleidy Pérez Almeida, renuncio a la condición",
                                 "de refugiada reconocida en el Perú."])],
        procedure="renuncia",
        fields=dict(nombres="Yusleidy Pérez Almeida", nacionalidad=("cubana", "CU"),
                    documento_identidad="K471209", carne_extranjeria="002115847", telefono="962 507 318",
                    correo=None,
                    motivo="ha obtenido la residencia en España por reagrupación familiar con su esposo"),
        expect=("acuse", ["verificar_firma"], "manuscrita"),
    ),
    # ------------------------------------------------------------------ 014
    dict(
        slug="autorizacion-viaje-pdf-firmado-ingles",
        mailbox=R, received=D(2026, 11, 9, 9, 12, 0),
        **{"from": "Oriana Salcedo <oriana.salcedo.m@gmail.com>"},
        subject="Autorización de viaje URGENTE",
        body=("Good morning / buenos días,\n"
              "please find attached my signed request (adjunto solicitud firmada digitalmente). My mom is in the "
              "ICU en Cúcuta and I need to travel asap.\nThanks, gracias\nOriana\n"),
        attachments=[dict(kind="signed_pdf", name="solicitud_viaje_firmada.pdf", signer="Oriana Beatriz Salcedo Marin",
                          lines=["SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)", "",
                                 "Yo, Oriana Beatriz Salcedo Marín, refugiada reconocida, con carné de extranjería "
                                 "N° 001903377, teléfono 998 412 065, solicito autorización de viaje por el siguiente "
                                 "motivo: mi madre se encuentra internada en cuidados intensivos y debo acompañarla.",
                                 "", "Destino: Cúcuta, Colombia", "Fecha de salida: 18/11/26",
                                 "Fecha de retorno: 02/12/26", "", "Lima, 8 de noviembre de 2026", "",
                                 "Oriana Beatriz Salcedo Marín"])],
        procedure="autorizacion_viaje",
        fields=dict(nombres="Oriana Beatriz Salcedo Marín", carne_extranjeria="001903377",
                    telefono="998 412 065", correo=None, destino="Cúcuta, Colombia",
                    fecha_salida="18/11/26", fecha_retorno="02/12/26",
                    motivo="mi madre se encuentra internada en cuidados intensivos y debo acompañarla"),
        expect=("acuse", [], "valid"), expect_due="2026-11-16",
    ),
    # ------------------------------------------------------------------ 015
    dict(
        slug="permiso-viaje-whatsapp-mesa-sin-firma",
        mailbox=M, received=D(2026, 11, 14, 23, 40, 17),
        **{"from": "Edgar <edgarjose.rondon@gmail.com>"},
        subject="permiso de viaje",
        body=("buenas noches disculpen la hora necesito permiso de viaje urgente xq mi papa fallecio ayer en "
              "maracaibo y quiero ir al entierro y ver a mi mama q quedo sola, soy refugiado reconocido mi carne de "
              "extranjeria es 001377820 me voy el 17/11/26 y vuelvo el 30/11/26 a maracaibo venezuela, mi nombre "
              "edgar jose rondon villasmil tlf 981 640 227 por favor es urgente\n"),
        procedure="autorizacion_viaje", recognised=True,
        fields=dict(nombres="edgar jose rondon villasmil", carne_extranjeria="001377820", telefono="981 640 227",
                    correo=None, destino="maracaibo venezuela", fecha_salida="17/11/26", fecha_retorno="30/11/26",
                    motivo="mi papa fallecio ayer en maracaibo y quiero ir al entierro y ver a mi mama q quedo sola"),
        expect=("subsanar", ["derivado"], "absent"), expect_missing=["firma"],
        expect_filing="2026-11-16", expect_due="2026-11-18",
    ),
    # ------------------------------------------------------------------ 016
    dict(
        slug="apelacion-pdf-texto-sin-firma",
        mailbox=M, received=D(2026, 11, 10, 15, 2, 48),
        **{"from": "Deivis Mendoza <deivis.mendoza.apure@gmail.com>"},
        subject="RECURSO DE APELACION",
        body="buenas tardes adjunto mi recurso de apelacion, quedo atento\n",
        attachments=[dict(kind="text_pdf", name="apelacion.pdf",
                          lines=["RECURSO DE APELACIÓN", "", "Señores Comisión Especial para los Refugiados", "",
                                 "Yo, DEIVIS ALEXANDER MENDOZA TOVAR, venezolano, titular de la cédula de identidad "
                                 "V-19.552.804, con teléfono 934 771 209 y correo deivis.mendoza.apure@gmail.com, "
                                 "interpongo recurso de apelación contra la resolución que confirma la denegatoria de "
                                 "mi solicitud de refugio.", "",
                                 "Motivo: en mi estado (Apure) los grupos armados irregulares me reclutaron a la fuerza "
                                 "y escapé; regresar significa que me maten. La Comisión no valoró las pruebas de "
                                 "amenazas que presenté.", "", "Lima, 9 de noviembre de 2026", "",
                                 "DEIVIS A. MENDOZA T."])],
        procedure="apelacion",
        fields=dict(nombres="DEIVIS ALEXANDER MENDOZA TOVAR", nacionalidad=("venezolano", "VE"),
                    documento_identidad="V-19.552.804", telefono="934 771 209",
                    correo="deivis.mendoza.apure@gmail.com",
                    motivo="en mi estado (Apure) los grupos armados irregulares me reclutaron a la fuerza y escapé"),
        expect=("subsanar", [], "absent"), expect_missing=["firma"],
    ),
    # ------------------------------------------------------------------ 017
    dict(
        slug="apelacion-abogado-firma-alterada",
        mailbox=M, received=D(2026, 11, 18, 12, 44, 9),
        **{"from": "\"Dr. Marco Antonio Vílchez\" <mvilchez.abogado@gmail.com>"},
        to=M, cc=R,
        subject="Apelación – expediente 2025-004417",
        body=("Señores de la Comisión Especial para los Refugiados:\n\n"
              "Marco Antonio Vílchez Torres, abogado con registro CAL 61337, en calidad de representante legal de "
              "Neyla Daniela Carrasco Uzcátegui, de nacionalidad venezolana, con cédula de identidad V-27.310.955, "
              "presento recurso de apelación contra la resolución notificada con fecha 11/11/2026. Adjunto el "
              "escrito firmado digitalmente por la recurrente.\n\n"
              "Datos de contacto de la recurrente: celular +51 949 303 117, correo neyla.carrasco97@gmail.com.\n\n"
              "Atentamente,\n\nMarco Antonio Vílchez Torres\nAbogado - CAL 61337\nCel. 997 550 412\n"),
        attachments=[dict(kind="altered_pdf", name="apelacion_NCarrasco.pdf", signer="Neyla Daniela Carrasco Uzcategui",
                          old="noviembre", new="diciembre",
                          lines=["RECURSO DE APELACIÓN", "",
                                 "Neyla Daniela Carrasco Uzcátegui, cédula de identidad V-27.310.955, interpongo "
                                 "recurso de apelación.", "",
                                 "Fundamento: soy activista LGBTI; fui detenida arbitrariamente en Valencia y "
                                 "amenazada por grupos armados afines al gobierno, hechos que la resolución no "
                                 "analizó.", "", "Lima, 17 de noviembre de 2026"])],
        procedure="apelacion", notificado=dt.date(2026, 11, 11),
        fields=dict(nombres="Neyla Daniela Carrasco Uzcátegui", nacionalidad=("venezolana", "VE"),
                    documento_identidad="V-27.310.955", telefono="+51 949 303 117",
                    correo="neyla.carrasco97@gmail.com",
                    motivo="soy activista LGBTI; fui detenida arbitrariamente en Valencia"),
        expect=("subsanar", [], "invalid"), expect_missing=["firma"],
    ),
    # ------------------------------------------------------------------ 018
    dict(
        slug="respuesta-automatica-institucional",
        mailbox=M, received=D(2026, 10, 20, 8, 0, 12),
        **{"from": "Oficina de Refugiados <refugiados@rree.gob.pe>"},
        subject="Respuesta automática: Prórroga de residencia",
        body=("Gracias por escribir a la Oficina de Refugiados. Su mensaje ha sido recibido y será atendido en el "
              "orden de llegada. Horario de atención: lunes a viernes de 08:30 a 16:30.\n"),
        procedure="prorroga_residencia", machine=True, fields={}, inner_received=False, hop="mx1.rree.gob.pe",
        extra_headers=[("Auto-Submitted", "auto-replied")],
        expect=("ignorado", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 019
    dict(
        slug="boletin-lista-correo",
        mailbox=S, received=D(2026, 11, 2, 7, 30, 0),
        **{"from": "Boletín Red de Movilidad <noticias@redmovilidad.org>"},
        subject="Boletín noviembre: novedades sobre regularización migratoria",
        body=("Red de Movilidad Humana - Boletín de noviembre 2026\n\n"
              "* Nuevas jornadas de orientación gratuita en Lima Norte y Callao.\n"
              "* Calendario de ferias de empleo para personas migrantes.\n"
              "* Taller virtual: derechos laborales de las personas migrantes.\n\n"
              "Para dejar de recibir este boletín, responda con la palabra BAJA.\n"),
        procedure=None, machine=True, fields={},
        extra_headers=[("List-Id", "Boletin Red de Movilidad <boletin.redmovilidad.org>"),
                       ("Precedence", "list"),
                       ("List-Unsubscribe", "<mailto:baja@redmovilidad.org>")],
        expect=("ignorado", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 020
    dict(
        slug="duplicado-ce-denuncia-pdf",
        mailbox=R, received=D(2026, 11, 23, 10, 48, 33),
        **{"from": "\"Sandra M.\" <sandramilena.quintero@gmail.com>"},
        subject="Duplicado de carné de extranjería",
        body=("Buenos días:\n"
              "Solicito duplicado de mi carné de extranjería porque me lo robaron en el bus el sábado 21. Adjunto "
              "la denuncia policial.\n\n"
              "NOMBRES Y APELLIDOS - Sandra Milena Quintero Arias\n"
              "SEXO - mujer\n"
              "NACIONALIDAD - colombiana\n"
              "C.C. - 52.918.604\n"
              "CARNÉ DE EXTRANJERÍA - 001266094\n"
              "FECHA DE NACIMIENTO - 3 de febrero de 1979\n"
              "CELULAR - 966 081 735\n\nGracias.\n"),
        attachments=[dict(kind="text_pdf", name="denuncia_policial_comisaria_surquillo.pdf",
                          lines=["POLICÍA NACIONAL DEL PERÚ - COMISARÍA SURQUILLO",
                                 "COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 2026-11-0452", "",
                                 "Denunciante: Sandra Milena Quintero Arias",
                                 "Hecho: sustracción de documentos personales (carné de extranjería) en vehículo de "
                                 "transporte público, 21/11/2026.", "", "Instructor: SO2 PNP Julio Ramos Apaza"])],
        procedure="duplicado_carne_extranjeria",
        fields=dict(nombres="Sandra Milena Quintero Arias", sexo=("mujer", "F"),
                    nacionalidad=("colombiana", "CO"), documento_identidad="52.918.604",
                    carne_extranjeria="001266094", fecha_nacimiento="3 de febrero de 1979",
                    telefono="966 081 735", correo=None,
                    motivo="porque me lo robaron en el bus el sábado 21"),
        expect=("acuse", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 021
    dict(
        slug="duplicado-ce-sin-denuncia-whatsapp",
        mailbox=R, received=D(2026, 11, 26, 16, 29, 40),
        **{"from": "Yoel <yoelcastillo.ve@gmail.com>"},
        subject="duplicado de carnet de extranjeria",
        body=("buenas tardes se me perdio el carnet de extranjeria en el mercado de caqueta y necesito el duplicado "
              "pq sin eso no me pagan en el trabajo. datos: yoel enrique castillo mora / masculino / venezolano / "
              "pasaporte 139027761 / CE 001155903 / nacido 22-08-1993 / telf 902 118 447. mando foto del carnet "
              "viejo q tenia en el celular\n"),
        attachments=[dict(kind="jpeg", name="IMG-20261126-WA0012.jpg", lines=["REPUBLICA DEL PERU", "CARNE"])],
        procedure="duplicado_carne_extranjeria",
        fields=dict(nombres="yoel enrique castillo mora", sexo=("masculino", "M"),
                    nacionalidad=("venezolano", "VE"), documento_identidad="139027761",
                    carne_extranjeria="001155903", fecha_nacimiento="22-08-1993", telefono="902 118 447",
                    correo=None, motivo="se me perdio el carnet de extranjeria en el mercado de caqueta"),
        expect=("subsanar", [], "not_required"), expect_missing=["denuncia_policial"],
        expect_filing="2026-11-26",
    ),
    # ------------------------------------------------------------------ 022
    dict(
        slug="duplicado-carnet-ambiguo-cuerpo-decide",
        mailbox=R, received=D(2026, 12, 1, 9, 30, 0),
        **{"from": "Rosa Elena Pacheco <rosaelenapacheco@yahoo.es>"},
        subject="Duplicado de carnet",
        body=("Señores refugiados buenos días, solicito duplicado de mi carné de extranjería (soy refugiada "
              "reconocida) porque se deterioró con el agua en la inundación de mi casa. Envío foto de la denuncia "
              "policial.\n"
              "Nombre: Rosa Elena Pacheco Guédez\n"
              "Sexo: F\n"
              "Nacionalidad: Venezuela\n"
              "Cédula: V-14.662.093\n"
              "Carné de Extranjería: 000844512\n"
              "F. Nac.: 12/06/85\n"
              "Teléfono fijo: (01) 523-9876\n"
              "Atentamente, Rosa\n"),
        attachments=[dict(kind="jpeg", name="denuncia.jpg", lines=["PNP - COMISARIA", "CONSTANCIA"])],
        procedure="duplicado_carne_extranjeria",
        fields=dict(nombres="Rosa Elena Pacheco Guédez", sexo=("Sexo: F", "F"), nacionalidad=("Venezuela", "VE"),
                    documento_identidad="V-14.662.093", carne_extranjeria="000844512",
                    fecha_nacimiento="12/06/85", telefono="(01) 523-9876", correo=None,
                    motivo="porque se deterioró con el agua en la inundación de mi casa"),
        expect=("acuse", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 023
    dict(
        slug="duplicado-carnet-ambiguo-triage",
        mailbox=S, received=D(2026, 12, 2, 13, 15, 0),
        **{"from": "luisa <luisafernanda.rm@hotmail.com>"},
        subject="duplicado de carnet",
        body="hola buenas, como hago para sacar el duplicado de mi carnet? que papeles necesito? gracias\n",
        procedure=None,
        fields=dict(correo=None),
        expect=("triage", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 024
    dict(
        slug="urgente-renuncia-en-cuerpo",
        mailbox=M, received=D(2026, 12, 3, 20, 5, 10),
        **{"from": "Yonathan <yonathan.guerra.p@gmail.com>"},
        subject="URGENTE!!!",
        body=("buenas noches quiero renunciar a mi tramite de refugio xq me voy a chile con mi familia el mes q "
              "viene y me dijeron q tengo q renunciar aqui primero para no tener problemas. yonathan david guerra "
              "paredes pasaporte 156677012 numero 963 884 105 gracias q tengan buena noche\n"),
        procedure="renuncia",
        fields=dict(nombres="yonathan david guerra paredes", documento_identidad="156677012",
                    telefono="963 884 105", correo=None,
                    motivo="xq me voy a chile con mi familia el mes q viene"),
        expect=("subsanar", [], "absent"), expect_missing=["firma", "nacionalidad"],
        expect_filing="2026-12-04", expect_due="2026-12-11",
    ),
    # ------------------------------------------------------------------ 025
    dict(
        slug="ayuda-dos-tramites-triage",
        mailbox=S, received=D(2026, 12, 5, 10, 10, 10),
        **{"from": "Franklin <franklin.azocar@gmail.com>"},
        subject="Ayuda",
        body=("buenos dias necesito ayuda con dos cosas: la actualizacion de datos y el cambio de clave, q tengo q "
              "mandar para cada una? franklin azocar, 987 002 614\n"),
        procedure=None,
        fields=dict(nombres="franklin azocar", telefono="987 002 614", correo=None),
        expect=("triage", [], "not_required"), expect_filing="2026-12-10",
    ),
    # ------------------------------------------------------------------ 026
    dict(
        slug="entrevista-registro-kreyol-portal",
        mailbox=S, received=D(2026, 12, 10, 11, 0, 0),
        **{"from": "Wideline <widelinecharles509@gmail.com>"},
        subject="entrevista de registro",
        body=("Bonjou, mwen rele Wideline Charles, mwen poko resevwa randevou pou entrevista de registro a. "
              "Kilè yo ap ban m randevou? Mèsi.\n"
              "/ Hola, todavía no me dan cita para la entrevista de registro.\n"
              "WhatsApp +509 3712 4408\n"),
        procedure="entrevista_registro",
        fields=dict(nombres="Wideline Charles", telefono="+509 3712 4408", correo=None),
        expect=("portal", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 027
    dict(
        slug="reconsideracion-consultorio-extemporanea",
        mailbox=M, received=D(2026, 12, 4, 9, 58, 27),
        **{"from": "Consultorio Jurídico Puente Sur <consultorio@puentesur.org>"},
        subject="RECURSO DE RECONSIDERACIÓN – Kervens Pierre-Louis",
        body=("Señores\nComisión Especial para los Refugiados\nPresente.-\n\n"
              "Daniela Soto Cárdenas, abogada del Consultorio Jurídico Puente Sur (CAL 70219), remite el recurso de "
              "reconsideración de Kervens Pierre-Louis, de nacionalidad haitiana, contra la resolución que denegó "
              "su solicitud de refugio, notificado con fecha 02/11/2026.\n\n"
              "Somos conscientes de que el plazo de quince días hábiles ha vencido; el retraso se debió a que el "
              "recurrente recién pudo obtener la nueva prueba la semana pasada. Solicitamos que el recurso sea "
              "tramitado.\n\n"
              "Contacto del recurrente: teléfono 921 667 340, correo kervens.pl@gmail.com.\n\n"
              "Atentamente,\nDaniela Soto Cárdenas\nConsultorio Jurídico Puente Sur\nTelf. (01) 619-3300 anexo 4\n"),
        attachments=[dict(kind="signed_pdf", name="reconsideracion_KPL.pdf", signer="Kervens Pierre-Louis",
                          lines=["RECURSO DE RECONSIDERACIÓN", "",
                                 "Kervens Pierre-Louis, pasaporte N° RJ2208156, teléfono 921 667 340, correo "
                                 "kervens.pl@gmail.com, interpongo recurso de reconsideración.", "",
                                 "Nueva prueba y motivo: adjunto la constancia de la Office de Protection du Citoyen "
                                 "de Haití que acredita las amenazas de muerte recibidas de la banda que controla mi "
                                 "barrio en Martissant, hecho que la Comisión consideró no probado.", "",
                                 "Lima, 3 de diciembre de 2026"])],
        procedure="reconsideracion", notificado=dt.date(2026, 11, 2),
        fields=dict(nombres="Kervens Pierre-Louis", nacionalidad=("haitiana", "HT"),
                    documento_identidad="RJ2208156", telefono="921 667 340", correo="kervens.pl@gmail.com",
                    motivo="adjunto la constancia de la Office de Protection du Citoyen de Haití que acredita las "
                           "amenazas de muerte"),
        expect=("cargo", ["extemporaneo"], "valid"),
    ),
    # ------------------------------------------------------------------ 028
    dict(
        slug="re-actualizacion-datos-cita-respuesta",
        mailbox=S, received=D(2026, 11, 4, 17, 30, 0), rcv_tz="UTC",
        **{"from": "\"Yelitza R.\" <yelitzaramos.68@gmail.com>"},
        subject="RE: Actualización de datos",
        body=("Buenas noches, aquí completo lo que me pidieron:\n\n"
              "Nombres y apellidos completos: Yelitza Coromoto Ramos de Acosta\n"
              "Nacionalidad: venezolana\n"
              "Pasaporte: 097715342\n"
              "Carné de extranjería: 000622981\n"
              "Teléfono de contacto: 0051 951 777 064\n\n"
              "Gracias.\n\n"
              "El mar, 3 nov 2026 a las 09:12, Solicitantes Refugio (<solicitantesrefugio@rree.gob.pe>) escribió:\n"
              "> Estimada usuaria:\n"
              "> Para atender su solicitud de Actualización de datos debe enviar:\n"
              "> a) Nombres y Apellidos completos\n"
              "> b) Nacionalidad\n"
              "> c) N° Pasaporte y/o Cédula\n"
              "> d) N° Carné de Extranjería (en caso de refugiados)\n"
              "> e) Teléfono de contacto\n"
              "> Consultas: (01) 204-2400\n"
              ">\n"
              "> -----Mensaje original-----\n"
              "> De: yelitzaramos.68@gmail.com\n"
              "> Enviado: lunes, 2 de noviembre de 2026 20:01\n"
              "> Para: solicitantesrefugio@rree.gob.pe\n"
              "> Asunto: Actualización de datos\n"
              ">\n"
              "> buenas noches quiero actualizar mi numero de telefono\n"),
        procedure="actualizacion_datos",
        fields=dict(nombres="Yelitza Coromoto Ramos de Acosta", nacionalidad=("venezolana", "VE"),
                    documento_identidad="097715342", carne_extranjeria="000622981",
                    telefono="0051 951 777 064", correo=None),
        expect=("acuse", [], "not_required"), expect_filing="2026-11-05",
    ),
    # ------------------------------------------------------------------ 029
    dict(
        slug="mise-a-jour-refugie-sin-carne",
        mailbox=S, received=D(2026, 11, 12, 10, 22, 0),
        **{"from": "Frantz <frantz.bellegarde@yahoo.fr>"},
        subject="Mise à jour / Actualizacion de datos",
        body=("Bonjour, buenos días,\n\n"
              "Je suis réfugié reconnu au Pérou (soy refugiado reconocido) et je voudrais mettre à jour mes "
              "coordonnées: nouveau numéro de téléphone et nouvelle adresse à San Juan de Lurigancho.\n\n"
              "Nom: Frantz Bellegarde\nNationalité: haïtienne\nPasseport: RD3390471\n"
              "Nouveau téléphone: 923-550-871\n\n"
              "Merci beaucoup,\nFrantz Bellegarde\n"),
        procedure="actualizacion_datos", recognised=True,
        fields=dict(nombres="Frantz Bellegarde", nacionalidad=("haïtienne", "HT"),
                    documento_identidad="RD3390471", telefono="923-550-871", correo=None),
        expect=("subsanar", [], "not_required"), expect_missing=["carne_extranjeria"],
    ),
    # ------------------------------------------------------------------ 030
    dict(
        slug="password-change-ingles-mesa",
        mailbox=M, received=D(2026, 11, 16, 8, 15, 0),
        **{"from": "Gabo <gabriel.urbina.dev@gmail.com>"},
        subject="Password change / cambio de contraseña",
        body=("Hi, good morning.\n"
              "Can you please reset my password for the Sistema de Refugiados? I need it because I forgot my "
              "password and the reset link never arrives.\n"
              "My full name is Gabriel Enrique Urbina Lugo, passport 153390218. My email is "
              "gabriel.urbina.dev@gmail.com.\nThank you!\n"),
        procedure="cambio_clave",
        fields=dict(nombres="Gabriel Enrique Urbina Lugo", documento_identidad="153390218",
                    correo="gabriel.urbina.dev@gmail.com",
                    motivo="because I forgot my password and the reset link never arrives"),
        expect=("subsanar", ["derivado"], "not_required"), expect_missing=["telefono"],
    ),
    # ------------------------------------------------------------------ 031
    dict(
        slug="renovacion-residencia-dia-no-laborable",
        mailbox=R, received=D(2026, 12, 7, 10, 0, 0),
        **{"from": "Mayerlin <mayerlin.torrealba@gmail.com>"},
        subject="renovacion de residencia",
        body=("buen dia soy refugiada reconocida y necesito la prorroga de residencia anual xq ya se me vence, mis "
              "datos mayerlin andreina torrealba suarez, sexo femenino, nacionalidad venezolana, cedula V "
              "20.118.445, carnet de extranjeria 001044762, naci el 30 de enero de 1991, mi whatsapp es 995 223 190 "
              "gracias de antemano\n"),
        procedure="prorroga_residencia",
        fields=dict(nombres="mayerlin andreina torrealba suarez", sexo=("sexo femenino", "F"),
                    nacionalidad=("venezolana", "VE"), documento_identidad="V 20.118.445",
                    carne_extranjeria="001044762", fecha_nacimiento="30 de enero de 1991",
                    telefono="995 223 190", correo=None, motivo="xq ya se me vence"),
        expect=("acuse", [], "not_required"), expect_filing="2026-12-10", expect_due="2027-01-05",
    ),
    # ------------------------------------------------------------------ 032
    dict(
        slug="autorizacao-viagem-portugues-foto",
        mailbox=R, received=D(2026, 12, 28, 11, 40, 0),
        **{"from": "Luzmary <luzmary.bastidas@gmail.com>"},
        subject="Autorização de viagem / Autorizacion de viaje",
        body=("Bom dia / buenos días,\n"
              "Sou refugiada reconhecida no Peru. Preciso viajar com urgência para Boa Vista, Brasil, porque minha "
              "filha vai fazer uma cirurgia e não tem ninguém com ela (mi hija será operada y está sola).\n"
              "Nome: Luzmary del Valle Bastidas Rengifo\n"
              "Carné de extranjería: 001588213\n"
              "Saída / salida: 05-01-2027\n"
              "Retorno: 20-01-2027\n"
              "Telefone: 940 661 582\n"
              "Anexo a solicitude assinada à mão (foto).\nObrigada!\n"),
        attachments=[dict(kind="jpeg", name="solicitud_viaje_assinada.jpg",
                          lines=["Solicitud de autorizacion de viaje", "Luzmary del Valle Bastidas Rengifo",
                                 "CE 001588213"])],
        procedure="autorizacion_viaje",
        fields=dict(nombres="Luzmary del Valle Bastidas Rengifo", carne_extranjeria="001588213",
                    telefono="940 661 582", correo=None, destino="Boa Vista, Brasil",
                    fecha_salida="05-01-2027", fecha_retorno="20-01-2027",
                    motivo="porque minha filha vai fazer uma cirurgia e não tem ninguém com ela"),
        expect=("acuse", ["verificar_firma"], "manuscrita"), expect_due="2027-01-06",
    ),
    # ------------------------------------------------------------------ 033
    dict(
        slug="autorizacion-viaje-sin-fecha-retorno",
        mailbox=R, received=D(2027, 1, 5, 8, 3, 0),
        **{"from": "Nelson Ibarra <nelson.ibarra.co@gmail.com>"},
        subject="AUTORIZACION DE VIAJE (urgente)",
        body=("Buenos días, adjunto solicitud de autorización de viaje firmada. Todavía no tengo fecha de regreso "
              "porque depende del tratamiento de mi padre; la enviaré apenas la sepa.\n"),
        attachments=[dict(kind="signed_pdf", name="autorizacion_viaje_NIbarra.pdf", signer="Nelson Javier Ibarra Munoz",
                          lines=["SOLICITUD DE AUTORIZACIÓN DE VIAJE", "",
                                 "Yo, Nelson Javier Ibarra Muñoz, con carné de extranjería N° 001720345, teléfono "
                                 "+51 912 008 736, solicito autorización para viajar a Pasto (Nariño, Colombia) por el "
                                 "siguiente motivo: mi padre fue diagnosticado con cáncer y debe iniciar "
                                 "quimioterapia, soy su único hijo.", "",
                                 "Fecha de salida: 12 de enero de 2027", "Fecha de retorno: por definir", "",
                                 "Lima, 4 de enero de 2027"])],
        procedure="autorizacion_viaje", recognised=True,
        fields=dict(nombres="Nelson Javier Ibarra Muñoz", carne_extranjeria="001720345",
                    telefono="+51 912 008 736", correo=None, destino="Pasto (Nariño, Colombia)",
                    fecha_salida="12 de enero de 2027",
                    motivo="mi padre fue diagnosticado con cáncer y debe iniciar quimioterapia"),
        expect=("subsanar", [], "valid"), expect_missing=["fecha_retorno"],
    ),
    # ------------------------------------------------------------------ 034
    dict(
        slug="fwd-cambio-clave-reenvia-esposo",
        mailbox=S, received=D(2026, 12, 14, 12, 0, 0),
        **{"from": "Luis Herrera <luis.herrera.ve@gmail.com>"},
        subject="Fwd: cambio de clave y contraseña",
        body=("Buenos días, les reenvío el correo de mi esposa porque ella no tiene acceso a su correo "
              "(justamente por eso pide el cambio de clave). Pueden responder a este correo.\n"
              "Luis Herrera\n\n"
              "---------- Forwarded message ---------\n"
              "De: Daniela Sosa <danisosa.92@gmail.com>\n"
              "Date: vie, 11 dic 2026 a las 21:47\n"
              "Subject: cambio de clave y contraseña\n"
              "To: Luis Herrera <luis.herrera.ve@gmail.com>\n\n"
              "Luis mándalo tú porfa q a mi no me abre el correo en el cel\n\n"
              "Cambio de clave y contraseña\n"
              "Nombres y apellidos: Daniela Alejandra Sosa Pineda\n"
              "Cédula: V-26.004.318\n"
              "Teléfono: 916 402 557\n"),
        procedure="cambio_clave",
        fields=dict(nombres="Daniela Alejandra Sosa Pineda", documento_identidad="V-26.004.318",
                    telefono="916 402 557", correo=None,
                    motivo="porque ella no tiene acceso a su correo"),
        expect=("acuse", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 035
    dict(
        slug="renuncia-refugiada-pdf-firmado-nochebuena",
        mailbox=M, received=D(2026, 12, 24, 17, 10, 0),
        **{"from": "Adriana Zambrano <adri.zambrano.m@gmail.com>"},
        subject="Renuncia",
        body=("hola buenas tardes mando mi renuncia firmada digital como me explicaron en la ong, todos los datos "
              "estan en el pdf. feliz navidad\n"),
        attachments=[dict(kind="signed_pdf", name="renuncia_AZambrano.pdf", signer="Adriana Carolina Zambrano Melendez",
                          lines=["ESCRITO DE RENUNCIA A LA CONDICIÓN DE REFUGIADA", "",
                                 "Yo, Adriana Carolina Zambrano Meléndez, de nacionalidad venezolana, con cédula de "
                                 "identidad V-18.993.220 y carné de extranjería N° 000733519, teléfono 947 210 386, "
                                 "declaro mi decisión libre y voluntaria de renunciar a la condición de refugiada "
                                 "reconocida en el Perú.", "",
                                 "Motivo: he decidido retornar a Venezuela para cuidar a mis padres, que son adultos "
                                 "mayores y viven solos en Barquisimeto.", "", "Lima, 23 de diciembre de 2026"])],
        procedure="renuncia",
        fields=dict(nombres="Adriana Carolina Zambrano Meléndez", nacionalidad=("venezolana", "VE"),
                    documento_identidad="V-18.993.220", carne_extranjeria="000733519", telefono="947 210 386",
                    correo=None, motivo="he decidido retornar a Venezuela para cuidar a mis padres"),
        expect=("acuse", [], "valid"), expect_filing="2026-12-28", expect_due="2027-01-20",
    ),
    # ------------------------------------------------------------------ 036
    dict(
        slug="appeal-ngo-english-firma-imagen-en-pdf",
        mailbox=M, received=D(2026, 11, 20, 10, 30, 0),
        **{"from": "Refugee Legal Aid Network - Lima <casework@rlan-lima.org>"},
        subject="Recurso de Apelación / Appeal – Abdoulaye Diallo",
        body=("Dear Sir or Madam / Estimados señores:\n\n"
              "On behalf of our client Abdoulaye Diallo, we submit his appeal (recurso de apelación) against the "
              "resolution confirming the denial of his refugee claim, notified to him on 13 November 2026 "
              "(notificada el 13 de noviembre de 2026). The appeal, signed by hand by Abdoulaye Diallo, is attached "
              "as a PDF.\n\n"
              "Contact of the applicant / contacto del apelante: WhatsApp +51 908 337 164, email "
              "adiallo.gn@gmail.com.\n\n"
              "For any question you may contact our caseworker, Emily Hartmann, at +51 981 000 245.\n\n"
              "Kind regards,\nEmily Hartmann\nCaseworker, Refugee Legal Aid Network - Lima\n"),
        attachments=[dict(kind="text_img_pdf", name="apelacion_ADiallo.pdf",
                          lines=["RECURSO DE APELACIÓN", "",
                                 "Abdoulaye Diallo, de nacionalidad guineana, pasaporte N° R0213874, interpongo "
                                 "recurso de apelación contra la resolución que confirma la denegatoria de mi "
                                 "solicitud de refugio.", "",
                                 "Motivo: soy perseguido en Guinea por mi pertenencia a la etnia peul y mi militancia "
                                 "en un partido de oposición; la Comisión no tomó en cuenta el informe de Amnistía "
                                 "Internacional que presenté.", "", "Lima, 19 de noviembre de 2026", "",
                                 "Firma:"])],
        procedure="apelacion", notificado=dt.date(2026, 11, 13),
        fields=dict(nombres="Abdoulaye Diallo", nacionalidad=("guineana", "GN"), documento_identidad="R0213874",
                    telefono="+51 908 337 164", correo="adiallo.gn@gmail.com",
                    motivo="soy perseguido en Guinea por mi pertenencia a la etnia peul"),
        expect=("cargo", ["verificar_firma"], "manuscrita"),
    ),
    # ------------------------------------------------------------------ 037
    dict(
        slug="reconsideracion-sin-motivo",
        mailbox=M, received=D(2026, 12, 15, 10, 10, 0),
        **{"from": "Eduardo Lanz <eduardo.lanz.r@hotmail.com>"},
        subject="Reconsideración",
        body=("Buenos días, envío adjunto mi recurso de reconsideración firmado digitalmente.\n\nSaludos,\n"
              "Eduardo José Lanz Rivero\n"),
        attachments=[dict(kind="signed_pdf", name="reconsideracion.pdf", signer="Eduardo Jose Lanz Rivero",
                          lines=["RECURSO DE RECONSIDERACIÓN", "",
                                 "Eduardo José Lanz Rivero, identificado con pasaporte N° 118834506, teléfono 989 334 "
                                 "012, correo eduardo.lanz.r@hotmail.com, interpongo recurso de reconsideración contra "
                                 "la Resolución N° 2214-2026-CEPR, notificada el 3 de diciembre de 2026, y solicito se "
                                 "declare fundado.", "", "Lima, 14 de diciembre de 2026"])],
        procedure="reconsideracion", notificado=dt.date(2026, 12, 3),
        fields=dict(nombres="Eduardo José Lanz Rivero", documento_identidad="118834506",
                    telefono="989 334 012", correo="eduardo.lanz.r@hotmail.com"),
        expect=("subsanar", [], "valid"), expect_missing=["motivo"],
    ),
    # ------------------------------------------------------------------ 038
    dict(
        slug="solicitud-estado-expediente-feriado",
        mailbox=R, received=D(2026, 12, 9, 17, 45, 0),
        **{"from": "Marbelis <marbelis.c@gmail.com>"},
        subject="Solicitud",
        body=("Buenas tardes, quisiera saber el estado de mi expediente N° 2025-0012345, lo presenté hace un año y no "
              "tengo respuesta. Marbelis Chirinos, cel. 924 100 553.\n"),
        procedure=None,
        fields=dict(nombres="Marbelis Chirinos", telefono="924 100 553", correo=None),
        expect=("triage", [], "not_required"), expect_filing="2026-12-10",
    ),
    # ------------------------------------------------------------------ 039
    dict(
        slug="x-autoreply-vacaciones",
        mailbox=R, received=D(2026, 12, 18, 9, 0, 0),
        **{"from": "Kelly Mendez <kellymendez.viajes@gmail.com>"},
        subject="Re: Prórroga de residencia",
        body="Estoy de viaje sin acceso al correo hasta el 4 de enero. Gracias.\n",
        procedure="prorroga_residencia", machine=True, fields={},
        extra_headers=[("X-Autoreply", "yes")],
        expect=("ignorado", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 040
    dict(
        slug="prorroga-congolesa-domingo",
        mailbox=R, received=D(2027, 1, 10, 15, 20, 0),
        **{"from": "Grâce Ilunga <grace.ilunga.m@gmail.com>"},
        subject="Prórroga de Residencia 2027 / Prolongation de résidence",
        body=("Bonjour,\n\n"
              "Je suis réfugiée reconnue au Pérou et je demande la prórroga de residencia annuelle.\n\n"
              "Nom complet : Grâce Mwamba Ilunga\n"
              "Sexe : féminin\n"
              "Nationalité : congolaise (RDC)\n"
              "Passeport : OB0778125\n"
              "Carné de extranjería : 001299458\n"
              "Date de naissance : 1990-04-21\n"
              "Téléphone : +51 918 224 769\n\n"
              "Merci d'avance.\n"),
        procedure="prorroga_residencia",
        fields=dict(nombres="Grâce Mwamba Ilunga", sexo=("féminin", "F"), nacionalidad=("congolaise (RDC)", "CD"),
                    documento_identidad="OB0778125", carne_extranjeria="001299458",
                    fecha_nacimiento="1990-04-21", telefono="+51 918 224 769", correo=None),
        expect=("acuse", [], "not_required"), expect_filing="2027-01-11",
    ),
    # ------------------------------------------------------------------ 041
    dict(
        slug="actualizacion-datos-html-tabla-ecuador",
        mailbox=S, received=D(2027, 1, 12, 11, 11, 11),
        **{"from": "Jefferson Caicedo <jcaicedo.quinonez@outlook.com>"},
        subject="ACTUALIZACION DE DATOS",
        html=("<html><body><p>Buenos días,</p><p>Solicito la actualización de mis datos de contacto:</p>"
              "<table border=\"1\" cellpadding=\"4\">"
              "<tr><td>Nombres y Apellidos</td><td>Jefferson Stalin Caicedo Quiñónez</td></tr>"
              "<tr><td>Nacionalidad</td><td>Ecuatoriana</td></tr>"
              "<tr><td>Cédula</td><td>0804567321</td></tr>"
              "<tr><td>Teléfono</td><td>9 7531 0864</td></tr>"
              "<tr><td>Correo</td><td>jcaicedo.quinonez@outlook.com</td></tr>"
              "<tr><td>Dirección nueva</td><td>Av. Los Próceres 1180, San Juan de Lurigancho</td></tr>"
              "</table><p>Atentamente,<br>Jefferson Caicedo</p></body></html>"),
        procedure="actualizacion_datos",
        fields=dict(nombres="Jefferson Stalin Caicedo Quiñónez", nacionalidad=("Ecuatoriana", "EC"),
                    documento_identidad="0804567321", telefono="9 7531 0864",
                    correo="jcaicedo.quinonez@outlook.com"),
        expect=("acuse", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 042
    dict(
        slug="reconsideracion-a-refugiados-derivada",
        mailbox=R, received=D(2027, 1, 13, 9, 45, 0),
        **{"from": "Yaneth Orozco <yanethorozco.v@gmail.com>"},
        to="refugiados@rree.gob.pe, mesadepartes@rree.gob.pe",
        subject="Recurso de reconsideracion",
        body=("Buenos días, presento mi recurso de reconsideración firmado. Mis datos: Yaneth Patricia Orozco Villa, "
              "C.C. 1.045.776.230, celular 957 440 019, correo yanethorozco.v@gmail.com. El motivo es que tengo un "
              "nuevo documento: la constancia de la Defensoría del Pueblo de Colombia sobre las amenazas que recibí "
              "como lideresa social en Barrancabermeja, que no pude presentar antes.\n"),
        attachments=[dict(kind="signed_pdf", name="reconsideracion_YOrozco.pdf", signer="Yaneth Patricia Orozco Villa",
                          lines=["RECURSO DE RECONSIDERACIÓN", "",
                                 "Yaneth Patricia Orozco Villa, C.C. 1.045.776.230, celular 957 440 019, correo "
                                 "yanethorozco.v@gmail.com.", "",
                                 "Nueva prueba: constancia de la Defensoría del Pueblo de Colombia sobre las amenazas "
                                 "recibidas como lideresa social en Barrancabermeja.", "",
                                 "Lima, 12 de enero de 2027"])],
        procedure="reconsideracion",
        fields=dict(nombres="Yaneth Patricia Orozco Villa", documento_identidad="1.045.776.230",
                    telefono="957 440 019", correo="yanethorozco.v@gmail.com",
                    motivo="tengo un nuevo documento: la constancia de la Defensoría del Pueblo de Colombia sobre "
                           "las amenazas que recibí como lideresa social en Barrancabermeja"),
        expect=("cargo", ["derivado"], "valid"),
    ),
    # ------------------------------------------------------------------ 043
    dict(
        slug="apelacion-foto-png-telefono-venezolano",
        mailbox=M, received=D(2027, 1, 8, 16, 31, 0),
        **{"from": "Jose Gregorio <josegregorio.rangel@gmail.com>"},
        subject="apelacion",
        body=("buenas tardes mando la apelacion escrita a mano y firmada en la foto, la resolucion q me negaron otra "
              "vez el refugio me la notificaron el 22 de diciembre de 2026. el motivo es q yo si soy perseguido "
              "politico estuve preso en el helicoide por protestar en 2024 y eso no lo creyeron. mis datos jose "
              "gregorio rangel peña, cedula 17.220.918, tlf +58 412 7788341 (whatsapp xq no tengo chip peruano), "
              "correo josegregorio.rangel@gmail.com\n"),
        attachments=[dict(kind="png", name="IMG_20270108_1624.png",
                          lines=["Apelacion", "jose gregorio rangel peña", "cedula 17.220.918"])],
        procedure="apelacion", notificado=dt.date(2026, 12, 22),
        fields=dict(nombres="jose gregorio rangel peña", documento_identidad="17.220.918",
                    telefono="+58 412 7788341", correo="josegregorio.rangel@gmail.com",
                    motivo="yo si soy perseguido politico estuve preso en el helicoide por protestar en 2024"),
        expect=("cargo", ["verificar_firma"], "manuscrita"), expect_filing="2027-01-11",
    ),
    # ------------------------------------------------------------------ 044
    dict(
        slug="renuncia-fundacion-solicitante-firmado",
        mailbox=M, received=D(2027, 1, 18, 10, 20, 0), delivered_to=False,
        **{"from": "Fundación Manos Unidas por el Migrante <orientacion@manosunidasmigrante.org>"},
        subject="Renuncia al trámite de refugio",
        body=("Lima, 18 de enero de 2027\n\n"
              "Señores\nComisión Especial para los Refugiados - Mesa de Partes\n\n"
              "De nuestra consideración:\n\n"
              "Por especial encargo de nuestro usuario Héctor Luis Pinto Aguilar, de nacionalidad venezolana, "
              "solicitante de refugio con pasaporte N° 160223917, remitimos su escrito de renuncia al trámite de "
              "solicitud de refugio, firmado digitalmente por él.\n\n"
              "El motivo de la renuncia es que ha obtenido una visa de trabajo en Chile y se trasladará a Santiago "
              "en febrero.\n\n"
              "Teléfono del interesado: 993 117 520. Correo del interesado: hector.pinto.aguilar@gmail.com.\n\n"
              "Atentamente,\n\nMg. Carmen Rosa Villanueva Ortiz\nCoordinadora de Orientación Legal\n"
              "Fundación Manos Unidas por el Migrante\nCentral (01) 265-8800\n"),
        attachments=[dict(kind="signed_pdf", name="renuncia_HPinto.pdf", signer="Hector Luis Pinto Aguilar",
                          lines=["RENUNCIA AL TRÁMITE DE SOLICITUD DE REFUGIO", "",
                                 "Yo, Héctor Luis Pinto Aguilar, venezolano, pasaporte N° 160223917, renuncio de "
                                 "manera libre y voluntaria a mi solicitud de refugio en el Perú.", "",
                                 "Lima, 16 de enero de 2027"])],
        procedure="renuncia",
        fields=dict(nombres="Héctor Luis Pinto Aguilar", nacionalidad=("venezolana", "VE"),
                    documento_identidad="160223917", telefono="993 117 520",
                    correo="hector.pinto.aguilar@gmail.com",
                    motivo="ha obtenido una visa de trabajo en Chile y se trasladará a Santiago"),
        expect=("acuse", [], "valid"),
    ),
    # ------------------------------------------------------------------ 045
    dict(
        slug="troca-de-senha-portugues",
        mailbox=S, received=D(2027, 1, 19, 13, 5, 0),
        **{"from": "Thaís <thaisvs.ss@gmail.com>"},
        subject="troca de senha / cambio de clave",
        body=("oi boa tarde, preciso trocar a senha do sistema de refugiados pq bloqueou depois de 3 tentativas. sou "
              "venezuelana mas morei 5 anos no brasil por isso escrevo assim desculpa. nome: thaís valentina suárez "
              "lópez, cedula V-28.441.097, celular 926 551 304, email thaisvs.ss@gmail.com\n"),
        procedure="cambio_clave",
        fields=dict(nombres="thaís valentina suárez lópez", nacionalidad=("venezuelana", "VE"),
                    documento_identidad="V-28.441.097", telefono="926 551 304", correo="thaisvs.ss@gmail.com",
                    motivo="pq bloqueou depois de 3 tentativas"),
        expect=("acuse", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 046
    dict(
        slug="rv-rv-apelacion-reenvia-hermana",
        mailbox=M, received=D(2027, 1, 13, 19, 30, 0),
        **{"from": "Génesis <genesis.aponte.22@gmail.com>"},
        subject="RV: RV: Recurso de Apelación",
        body=("Buenas noches, reenvío el recurso de mi hermana Anyelis porque a ella le rebotó el correo (creo que "
              "escribió mal la dirección). El PDF firmado va adjunto.\n"
              "Génesis Aponte\nCel. 981 339 002\n\n"
              "-----Mensaje original-----\n"
              "De: Anyelis Aponte <anyelis.aponte@gmail.com>\n"
              "Enviado el: martes, 12 de enero de 2027 22:10\n"
              "Para: Génesis Aponte <genesis.aponte.22@gmail.com>\n"
              "Asunto: RV: Recurso de Apelación\n\n"
              "Gene porfa mándalo tú\n\n"
              "-----Mensaje original-----\n"
              "De: Anyelis Aponte <anyelis.aponte@gmail.com>\n"
              "Enviado el: martes, 12 de enero de 2027 21:58\n"
              "Para: mesadepartes@rre.gob.pe\n"
              "Asunto: Recurso de Apelación\n\n"
              "Señores CEPR, presento recurso de apelación contra la resolución notificada el 30 de diciembre de "
              "2026.\n"
              "Motivo: mi caso es de violencia de género; mi expareja es funcionario policial en Venezuela y me "
              "amenazó de muerte, y la Comisión no lo consideró porque no tenía pruebas escritas.\n"
              "Nombres: Anyelis Carolina Aponte Ríos\n"
              "Pasaporte: 144509673\n"
              "Teléfono: 964 020 877\n"
              "Correo: anyelis.aponte@gmail.com\n"),
        attachments=[dict(kind="signed_pdf", name="Recurso_Apelacion_AAponte.pdf", signer="Anyelis Carolina Aponte Rios",
                          lines=["RECURSO DE APELACIÓN", "",
                                 "Anyelis Carolina Aponte Ríos, pasaporte 144509673, interpongo recurso de apelación "
                                 "contra la resolución notificada el 30 de diciembre de 2026.", "",
                                 "Lima, 12 de enero de 2027"])],
        procedure="apelacion", notificado=dt.date(2026, 12, 30),
        fields=dict(nombres="Anyelis Carolina Aponte Ríos", documento_identidad="144509673",
                    telefono="964 020 877", correo="anyelis.aponte@gmail.com",
                    motivo="mi caso es de violencia de género; mi expareja es funcionario policial en Venezuela y me "
                           "amenazó de muerte"),
        expect=("cargo", [], "valid"), expect_filing="2027-01-14",
    ),
    # ------------------------------------------------------------------ 047
    dict(
        slug="duplicado-ce-comisaria-buzon-solicitantes",
        mailbox=S, received=D(2027, 1, 20, 15, 0, 0),
        **{"from": "Moises <moises.dorante@gmail.com>"},
        subject="duplicado carne extranjeria",
        body=("buenas tardes necesito el duplicado de mi carne de extranjeria xq me lo robaron con la cartera. va "
              "adjunto el documento de la comisaria. moises daniel dorante campos - venezolano - pasaporte "
              "127780451 - CE 000991376 - cel 968 447 213\n"),
        attachments=[dict(kind="text_pdf", name="documento_comisaria.pdf",
                          lines=["POLICÍA NACIONAL DEL PERÚ", "COMISARÍA PNP SAN MARTÍN DE PORRES",
                                 "CONSTANCIA DE DENUNCIA POLICIAL N° 00318-2027", "",
                                 "Se deja constancia que Moises Daniel Dorante Campos denunció la sustracción de su "
                                 "billetera con documentos personales el 18/01/2027."])],
        procedure="duplicado_carne_extranjeria",
        fields=dict(nombres="moises daniel dorante campos", nacionalidad=("venezolano", "VE"),
                    documento_identidad="127780451", carne_extranjeria="000991376", telefono="968 447 213",
                    correo=None, motivo="xq me lo robaron con la cartera"),
        expect=("subsanar", ["derivado"], "not_required"), expect_missing=["sexo", "fecha_nacimiento"],
    ),
    # ------------------------------------------------------------------ 048
    dict(
        slug="otorizasyon-vwayaj-kreyol-escaneo",
        mailbox=R, received=D(2027, 1, 16, 10, 5, 0),
        **{"from": "Rose-Berline <roseberline.toussaint@gmail.com>"},
        subject="Otorizasyon vwayaj / Autorización de viaje",
        body=("Bonjou,\n"
              "Mwen se refijye rekonèt. Mwen bezwen vwayaje an ijans paske manman m mouri e m dwe òganize antèman "
              "an. (mi mamá falleció y debo organizar el entierro)\n"
              "Non: Rose-Berline Toussaint\n"
              "Destinasyon / destino: Port-au-Prince, Haití\n"
              "Kat etranje / carné de extranjería: 001611084\n"
              "Dat depa / salida: 25/01/27\n"
              "Dat retou / retorno: 08/02/27\n"
              "Telefòn: +51 935 870 112\n"
              "Mwen voye lèt la siyen an PDF (escaneado).\n"
              "Mèsi\n"),
        attachments=[dict(kind="scan_pdf", name="lèt_siyen.pdf",
                          lines=["Lima, 15 janvye 2027", "Rose-Berline Toussaint", "CE 001611084"])],
        procedure="autorizacion_viaje",
        fields=dict(nombres="Rose-Berline Toussaint", carne_extranjeria="001611084", telefono="+51 935 870 112",
                    correo=None, destino="Port-au-Prince, Haití", fecha_salida="25/01/27",
                    fecha_retorno="08/02/27", motivo="mi mamá falleció y debo organizar el entierro"),
        expect=("acuse", ["verificar_firma"], "manuscrita"), expect_filing="2027-01-18", expect_due="2027-01-25",
    ),
    # ------------------------------------------------------------------ 049
    dict(
        slug="fuera-de-oficina-ong",
        mailbox=S, received=D(2027, 1, 21, 8, 30, 0),
        **{"from": "Carmen Rosa Villanueva <cvillanueva@manosunidasmigrante.org>"},
        subject="Fuera de la oficina: Actualización de datos",
        body=("Estaré fuera de la oficina hasta el 1 de febrero. Para casos urgentes escriba a "
              "orientacion@manosunidasmigrante.org.\n"),
        procedure="actualizacion_datos", machine=True, fields={},
        extra_headers=[("Auto-Submitted", "auto-replied")],
        expect=("ignorado", [], "not_required"),
    ),
    # ------------------------------------------------------------------ 050
    dict(
        slug="apelacion-abogado-31-diciembre-dos-adjuntos",
        mailbox=M, received=D(2026, 12, 31, 10, 15, 0),
        **{"from": "\"Abog. Jorge Luis Paredes\" <jlparedes@paredesdefensa.pe>"},
        subject="Interpongo Recurso de Apelación – Wilfredo Ángel Gutiérrez Briceño",
        body=("Señores\nComisión Especial para los Refugiados\n\n"
              "Jorge Luis Paredes Salas, abogado (CAL 45890), con DNI 10293847 y domicilio procesal en Jr. Ica 341, "
              "Lima, en representación de Wilfredo Ángel Gutiérrez Briceño, interpongo recurso de apelación contra la "
              "resolución notificada con fecha 15/12/2026.\n\n"
              "Se adjuntan: (1) escrito de apelación firmado digitalmente por mi patrocinado; (2) copia de la "
              "resolución impugnada.\n\n"
              "Para notificaciones de mi patrocinado: celular 951 603 228, correo wilfredo.gutierrez.b@gmail.com.\n\n"
              "Atentamente,\nJorge Luis Paredes Salas\nAbogado\n"),
        attachments=[dict(kind="text_pdf", name="anexo_resolucion_impugnada.pdf",
                          lines=["Copia de la resolución impugnada", "Resolución N° 3310-2026-CEPR/SE", "",
                                 "SE RESUELVE: Confirmar la denegatoria de la solicitud de refugio."]),
                     dict(kind="signed_pdf", name="apelacion_WGutierrez_firmada.pdf",
                          signer="Wilfredo Angel Gutierrez Briceno",
                          lines=["RECURSO DE APELACIÓN", "",
                                 "Wilfredo Ángel Gutiérrez Briceño, venezolano, pasaporte N° 128876450, interpongo "
                                 "recurso de apelación.", "",
                                 "Fundamentos: trabajé como periodista en Barinas y fui amenazado por denunciar "
                                 "corrupción; la Comisión consideró que la amenaza no era actual sin valorar los "
                                 "mensajes recibidos en 2026.", "", "Lima, 30 de diciembre de 2026"])],
        procedure="apelacion", notificado=dt.date(2026, 12, 15),
        fields=dict(nombres="Wilfredo Ángel Gutiérrez Briceño", nacionalidad=("venezolano", "VE"),
                    documento_identidad="128876450", telefono="951 603 228",
                    correo="wilfredo.gutierrez.b@gmail.com",
                    motivo="trabajé como periodista en Barinas y fui amenazado por denunciar corrupción"),
        expect=("cargo", [], "valid"), expect_filing="2027-01-04",
    ),
    # ------------------------------------------------------------------ 051
    dict(
        slug="renovar-residencia-corto-incompleto",
        mailbox=R, received=D(2027, 1, 22, 21, 40, 0),
        **{"from": "RM <rmarcano1980@gmail.com>"},
        subject="renovación residencia",
        body=("buenas noches quiero renovar mi residencia soy refugiado reconocido desde el 2021, ramon eduardo "
              "marcano, venezolano, V-13.775.402, 9 4488 1270\n"),
        procedure="prorroga_residencia", recognised=True,
        fields=dict(nombres="ramon eduardo marcano", nacionalidad=("venezolano", "VE"),
                    documento_identidad="V-13.775.402", telefono="9 4488 1270", correo=None),
        expect=("subsanar", [], "not_required"),
        expect_missing=["sexo", "carne_extranjeria", "fecha_nacimiento"],
        expect_filing="2027-01-25", expect_due="2027-01-27",
    ),
    # ------------------------------------------------------------------ 052
    dict(
        slug="rekou-reconsideracion-tiff-ultimo-dia",
        mailbox=M, received=D(2027, 1, 26, 11, 0, 0),
        **{"from": "Ketly <ketly.joseph.ht@gmail.com>"},
        subject="Rekou / Recurso de reconsideración",
        body=("Bonjour / Bonjou,\n\n"
              "Je présente mon recurso de reconsideración contre la résolution qui m'a été notifiée le 05/01/2027 "
              "(notificada el 05/01/2027).\n\n"
              "Motif / motivo: je n'ai pas eu d'interprète en créole pendant l'entretien et mes réponses ont été "
              "mal comprises; j'ajoute le certificat médical de mes blessures.\n\n"
              "Nom / nombres: Ketly Joseph Saint-Fleur\n"
              "Passeport / pasaporte: RK5520918\n"
              "Téléphone: 961 774 203\n"
              "Courriel / correo: ketly.joseph.ht@gmail.com\n\n"
              "La lettre signée à la main est jointe (scan TIFF).\n"),
        attachments=[dict(kind="tiff", name="reconsideracion_firmada.tif",
                          lines=["Recurso de reconsideracion", "Ketly Joseph Saint-Fleur", "RK5520918"])],
        procedure="reconsideracion", notificado=dt.date(2027, 1, 5),
        fields=dict(nombres="Ketly Joseph Saint-Fleur", documento_identidad="RK5520918", telefono="961 774 203",
                    correo="ketly.joseph.ht@gmail.com",
                    motivo="je n'ai pas eu d'interprète en créole pendant l'entretien et mes réponses ont été mal "
                           "comprises"),
        expect=("cargo", ["verificar_firma"], "manuscrita"),
    ),
    # ------------------------------------------------------------------ 053
    dict(
        slug="tr-actualizacion-cubano-feriado-mesa",
        mailbox=M, received=D(2026, 10, 8, 12, 0, 0),
        **{"from": "Yadiel <yadiel.fonseca@nauta.cu>"},
        subject="TR: actualizacion de datos",
        body=("saludos, mande esto hace dias y nadie me contesto, lo reenvio aqui a ver si me responden\n\n"
              "> De: Yadiel Fonseca\n"
              "> Asunto: actualizacion de datos\n"
              ">\n"
              "> buenas, necesito actualizar mi direccion y telefono xq me mude a arequipa. yadiel fonseca marrero, "
              "cubano, carnet de identidad 91072308125, whatsapp nuevo 977 604 118\n"),
        procedure="actualizacion_datos",
        fields=dict(nombres="yadiel fonseca marrero", nacionalidad=("cubano", "CU"),
                    documento_identidad="91072308125", telefono="977 604 118", correo=None,
                    motivo="xq me mude a arequipa"),
        expect=("acuse", ["derivado"], "not_required"), expect_filing="2026-10-12",
    ),
]
