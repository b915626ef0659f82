# -*- coding: utf-8 -*-
"""The 44 messages of round55 (a busy fortnight, 30 Nov - 13 Dec 2026)."""

def define(msg, P, SR, MP, RF):
    PDF, JPG, PNG = 'application/pdf', 'image/jpeg', 'image/png'

    # 1 actualizacion_datos, Venezuelan applicant, labelled list with tabs
    msg('actualizacion-datos-lista', SR, (2026, 11, 30, 9, 14, 5), 'Yusmary Colmenares <yusmary.colmenares91@gmail.com>',
        'Actualización de datos',
        "Buenos días, solicito la actualización de mis datos de contacto porque cambié de número.\n\n"
        "Nombres y apellidos:\tYusmary Alejandra Colmenares Rivas\n"
        "Nacionalidad:\tvenezolana\n"
        "Cédula:\tV-19.874.332\n"
        "Teléfono nuevo:\t951 224 870\n"
        "Dirección: Jr. Huáscar 1420, Jesús María\n\nGracias de antemano.\nYusmary\n",
        {'nombres': 'Yusmary Alejandra Colmenares Rivas', 'nacionalidad': 'VE', 'documento_identidad': 'V19874332',
         'telefono': '+51951224870', 'correo': 'yusmary.colmenares91@gmail.com'}, 'actualizacion_datos')

    # 2 cambio_clave, Haitian, prose, mentions nationality
    msg('cambio-clave-haitiano-prosa', SR, (2026, 11, 30, 11, 2, 40), 'Jean-Robert Pierre-Louis <jrpierrelouis@hotmail.com>',
        'Cambio de clave y contraseña',
        "Señores de la Comisión,\n\nMi nombre es Jean Robert Pierre Louis, soy de nacionalidad haitiana y tengo mi "
        "pasaporte numero HB3381207. No puedo entrar al sistema de refugiados porque olvide la contraseña y el "
        "sistema no me manda el enlace. Les pido por favor el cambio de clave. Mi telefono es 924 118 603 y mi correo "
        "es el mismo de este mensaje jrpierrelouis@hotmail.com\n\nMesi anpil / muchas gracias\n",
        {'nombres': 'Jean Robert Pierre Louis', 'nacionalidad': 'HT', 'documento_identidad': 'HB3381207',
         'telefono': '+51924118603', 'correo': 'jrpierrelouis@hotmail.com'}, 'cambio_clave')

    # 3 portal: solicitud de refugio, after hours
    msg('portal-solicitud-refugio', SR, (2026, 11, 30, 18, 40, 12), 'Andrés Felipe <afmosquera.cali@gmail.com>',
        'quiero solicitar refugio',
        "buenas noches yo soy colombiano llegue a Lima hace dos semanas y quiero presentar una solicitud de refugio, "
        "que tengo que hacer? me amenazaron en Cali. mi nombre es Andrés Felipe Mosquera Angulo, cel +57 315 402 7781\n",
        {'nombres': 'Andrés Felipe Mosquera Angulo', 'nacionalidad': 'CO', 'telefono': '+573154027781',
         'correo': 'afmosquera.cali@gmail.com'}, 'solicitud_refugio')

    # 4 reconsideracion, signed PDF, data only in PDF, on time
    rec4 = P.signed_pdf([
        "SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS",
        "RECURSO DE RECONSIDERACIÓN",
        "Yo, Luis Gerardo Parra Quintero, identificado con pasaporte N° 143207788, de nacionalidad venezolana,",
        "con domicilio en Av. Túpac Amaru 3310, Comas, interpongo recurso de reconsideración contra la",
        "Resolución N° 2026-0918/CEPR que deniega mi solicitud de refugio, notificada el 16 de noviembre de 2026.",
        "FUNDAMENTO: presento nueva prueba, la constancia de la Fiscalía de Barquisimeto que acredita la denuncia",
        "por persecución que no pude adjuntar en la entrevista porque aún no me había sido entregada.",
        "Teléfono: 987 330 114    Correo: lgparra.q@gmail.com",
        "Lima, 30 de noviembre de 2026",
        "(firmado digitalmente)"], 'CN=Luis Gerardo Parra Quintero')
    msg('reconsideracion-pdf-firmado', MP, (2026, 11, 30, 15, 55, 30), 'Luis Parra <lgparra.q@gmail.com>',
        'Recurso de Reconsideración',
        "Buenas tardes, adjunto mi recurso de reconsideración firmado digitalmente. Quedo atento al cargo.\n\nLuis Parra\n",
        {'nombres': 'Luis Gerardo Parra Quintero', 'nacionalidad': 'VE', 'documento_identidad': '143207788',
         'telefono': '+51987330114', 'correo': 'lgparra.q@gmail.com',
         'motivo': 'presento nueva prueba, la constancia de la Fiscalía de Barquisimeto que acredita la denuncia por persecución'},
        'reconsideracion', atts=[('reconsideracion_parra.pdf', rec4, PDF)], sig='valid', notif=(2026, 11, 16))

    # 5 ignorado: out of office
    msg('fuera-de-oficina', MP, (2026, 11, 30, 10, 0, 3), 'Carla Benítez <cbenitez@encuentros-sjm.org>',
        'Fuera de la oficina',
        "Estaré fuera de la oficina hasta el 9 de diciembre sin acceso al correo. Para temas urgentes escriba a "
        "coordinacion@encuentros-sjm.org\n",
        {}, None, machine=True, headers={'Auto-Submitted': 'auto-replied'})

    # 6 prorroga_residencia, Venezuelan refugee, two-digit birth year
    msg('prorroga-residencia-completa', RF, (2026, 12, 1, 8, 47, 0), 'Daniel Brito <danielbrito.ccs@gmail.com>',
        'Prorroga de residencia',
        "Buen día. Soy refugiado reconocido y solicito la prórroga anual de mi residencia.\n\n"
        "- Nombre completo: Daniel Eduardo Brito Salazar\n- Sexo: masculino\n- Nacionalidad: Venezuela\n"
        "- Pasaporte: 112845930\n- Carné de extranjería: 001874325\n- Fecha de nacimiento: 07/09/88\n"
        "- Celular: 955-601-238\n\nAtte. Daniel\n",
        {'nombres': 'Daniel Eduardo Brito Salazar', 'sexo': 'M', 'nacionalidad': 'VE', 'documento_identidad': '112845930',
         'carne_extranjeria': '001874325', 'fecha_nacimiento': '1988-09-07', 'telefono': '+51955601238',
         'correo': 'danielbrito.ccs@gmail.com'}, 'prorroga_residencia', refugee=True)

    # 7 apelacion by a lawyer, signed PDF, late
    ap7 = P.signed_pdf([
        "RECURSO DE APELACIÓN",
        "Señor Presidente de la Comisión Especial para los Refugiados:",
        "MARÍA FERNANDA OSPINA CARDONA, de nacionalidad colombiana, identificada con cédula de ciudadanía",
        "N° 1.037.624.118, solicitante de refugio, interpone recurso de apelación contra la resolución que",
        "confirma la denegatoria de su solicitud, notificada con fecha 29/10/2026.",
        "MOTIVO: la resolución no valoró los informes sobre reclutamiento forzado en el Bajo Cauca ni el riesgo",
        "actual que enfrenta la recurrente por ser lideresa comunitaria.",
        "Datos de contacto de la recurrente: teléfono 913 442 075, correo mafeospina.c@outlook.com",
        "Firma de la recurrente y de su abogado.",
        "Lima, 1 de diciembre de 2026"], 'CN=Maria Fernanda Ospina Cardona')
    msg('apelacion-abogado-extemporanea', MP, (2026, 12, 1, 16, 29, 10), 'Estudio Jurídico Valdivia <rvaldivia@valdivia-abogados.pe>',
        'RECURSO DE APELACION - Ospina Cardona',
        "Señores Mesa de Partes:\n\nEn representación de mi patrocinada, la Sra. María Fernanda Ospina Cardona, adjunto el "
        "recurso de apelación debidamente firmado. Soy el Abg. Rodrigo Valdivia Núñez, CAL 48211, DNI 41230987, "
        "teléfono del estudio (01) 422-9031.\n\nPara cualquier comunicación con la recurrente: 913 442 075 / "
        "mafeospina.c@outlook.com\n\nLa resolución fue notificada a la recurrente el 29 de octubre de 2026.\n\nAtentamente,\nRodrigo Valdivia Núñez\nAbogado\n",
        {'nombres': 'María Fernanda Ospina Cardona', 'nacionalidad': 'CO', 'documento_identidad': '1037624118',
         'telefono': '+51913442075', 'correo': 'mafeospina.c@outlook.com',
         'motivo': 'la resolución no valoró los informes sobre reclutamiento forzado en el Bajo Cauca'},
        'apelacion', atts=[('Apelacion_Ospina_firmada.pdf', ap7, PDF)], sig='valid', notif=(2026, 10, 29))

    # 8 duplicado carne extranjeria with denuncia PDF
    den8 = P.text_pdf(["POLICÍA NACIONAL DEL PERÚ - COMISARÍA SAN MARTÍN DE PORRES",
                       "DENUNCIA POLICIAL N° 21884-2026 por pérdida de documentos",
                       "Denunciante: Katherine Lucía Rondón Méndez",
                       "Documento perdido: carné de extranjería N° 000912447", "Fecha: 28/11/2026"])
    msg('duplicado-ce-con-denuncia', RF, (2026, 12, 1, 12, 20, 45), 'Katherine Rondón <kathe.rondon@yahoo.com>',
        'Duplicado de carné de extranjería',
        "Buenas tardes,\nsolicito el duplicado de mi carné de extranjería que perdí en el transporte público. "
        "Adjunto la denuncia policial.\n\nNombres: Katherine Lucía Rondón Méndez\nSexo: F\nNacionalidad: venezolana\n"
        "Cédula venezolana: V-24.551.908\nCarné de extranjería: 000912447\nFecha de nacimiento: 3 de febrero de 1994\n"
        "Teléfono: +51 982 047 316\n\nSaludos\n",
        {'nombres': 'Katherine Lucía Rondón Méndez', 'sexo': 'F', 'nacionalidad': 'VE', 'documento_identidad': 'V24551908',
         'carne_extranjeria': '000912447', 'fecha_nacimiento': '1994-02-03', 'telefono': '+51982047316',
         'correo': 'kathe.rondon@yahoo.com'}, 'duplicado_carne_extranjeria',
        atts=[('denuncia_policial_perdida.pdf', den8, PDF)], denuncia=True, refugee=True)

    # 9 cambio_clave from a phone, vague subject, no document -> subsanar; filed next day
    msg('cambio-clave-celular-sin-documento', SR, (2026, 12, 1, 21, 13, 0), 'yorbis <yorbis.gtz@gmail.com>',
        'Ayuda',
        "hola necesito cambio de clave del sistema de refugiados no me acuerdo la contraseña. "
        "Yorbis Gutierrez Pacheco whatsapp +58 414 820 1175\n\nEnviado desde mi iPhone\n",
        {'nombres': 'Yorbis Gutierrez Pacheco', 'telefono': '+584148201175', 'correo': 'yorbis.gtz@gmail.com'}, 'cambio_clave')

    # 10 carne_solicitante (suspended)
    msg('carne-solicitante', SR, (2026, 12, 1, 14, 5, 22), 'Nelson Ferrer <nferrer.ve@gmail.com>',
        'Carné de solicitante',
        "Buenas tardes. Ya hice mi entrevista de registro en octubre y quería saber cuándo me pueden dar el carné de "
        "solicitante de refugio, lo necesito para abrir una cuenta en el banco.\nNelson José Ferrer Ugas\n"
        "Pasaporte 098712345\nTlf 940 773 219\n",
        {'nombres': 'Nelson José Ferrer Ugas', 'documento_identidad': '098712345', 'telefono': '+51940773219',
         'correo': 'nferrer.ve@gmail.com'}, 'carne_solicitante')

    # 11 autorizacion_viaje with signed PDF, two-digit travel years
    v11 = P.signed_pdf([
        "SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "Nombres y apellidos: Rosa Elena Quintana Pérez",
        "Carné de extranjería N° 001562904",
        "Motivo del viaje: mi madre está hospitalizada en estado grave en Cúcuta y debo acompañarla.",
        "Destino: Cúcuta, Colombia",
        "Fecha de salida: 14/12/26        Fecha de retorno: 08/01/27",
        "Teléfono de contacto: 961 025 447",
        "Firma: Rosa Elena Quintana Pérez"], 'CN=Rosa Elena Quintana Perez')
    msg('autorizacion-viaje-pdf-firmado', RF, (2026, 12, 2, 10, 10, 0), 'Rosa Quintana <rosaequintana@gmail.com>',
        'Autorización de Viaje',
        "Estimados, por urgencia familiar adjunto mi solicitud de autorización de viaje firmada digitalmente.\nRosa Quintana\n",
        {'nombres': 'Rosa Elena Quintana Pérez', 'carne_extranjeria': '001562904',
         'motivo': 'mi madre está hospitalizada en estado grave en Cúcuta y debo acompañarla.', 'destino': 'Cúcuta, Colombia',
         'fecha_salida': '2026-12-14', 'fecha_retorno': '2027-01-08', 'telefono': '+51961025447',
         'correo': 'rosaequintana@gmail.com'}, 'autorizacion_viaje',
        atts=[('autorizacion_viaje_RQuintana.pdf', v11, PDF)], sig='valid', refugee=True)

    # 12 triage: consulta on expediente status
    msg('consulta-estado-expediente', SR, (2026, 12, 2, 13, 30, 0), 'Gleidys Mora <gleidysmora@gmail.com>',
        'Consulta',
        "Buenas tardes, quisiera saber en qué estado está mi expediente, presenté hace un año y no he tenido "
        "respuesta. Gleidys Carolina Mora Lugo, cédula V-20.117.645.\n",
        {'nombres': 'Gleidys Carolina Mora Lugo', 'documento_identidad': 'V20117645', 'correo': 'gleidysmora@gmail.com'}, None)

    # 13 renuncia, Venezuelan applicant, signed PDF, after close
    ren13 = P.signed_pdf([
        "Lima, 2 de diciembre de 2026",
        "Señores Secretaría Ejecutiva de la Comisión Especial para los Refugiados",
        "Asunto: RENUNCIA al trámite de solicitud de refugio",
        "Yo, Wilmer Antonio Sequera Díaz, de nacionalidad venezolana, con pasaporte N° 151093672, solicitante",
        "de refugio, comunico mi decisión de renunciar a mi solicitud de refugio.",
        "Motivo: he obtenido el Permiso Temporal de Permanencia y deseo regularizarme por esa vía.",
        "Teléfono: 934 610 508",
        "Firma digital: Wilmer Antonio Sequera Díaz"], 'CN=Wilmer Antonio Sequera Diaz')
    msg('renuncia-solicitante-firmada', MP, (2026, 12, 2, 16, 45, 0), 'Wilmer Sequera <wsequera83@gmail.com>',
        'Renuncia',
        "Buenas tardes, envío mi carta de renuncia firmada. Saludos cordiales.\n",
        {'nombres': 'Wilmer Antonio Sequera Díaz', 'nacionalidad': 'VE', 'documento_identidad': '151093672',
         'motivo': 'he obtenido el Permiso Temporal de Permanencia y deseo regularizarme por esa vía.',
         'telefono': '+51934610508', 'correo': 'wsequera83@gmail.com'}, 'renuncia',
        atts=[('carta_renuncia.pdf', ren13, PDF)], sig='valid')

    # 14 actualizacion_datos from recognised refugee without CE, sent to refugiados -> derivado + subsanar
    msg('actualizacion-refugiado-sin-ce', RF, (2026, 12, 2, 9, 5, 0), 'Jhon Jairo Cárdenas <jhonjairo.cardenas@gmail.com>',
        'actualizacion de datos',
        "Buenos días señores CEPR\n\nSoy refugiado reconocido desde 2023 y me mudé a Arequipa, les escribo para actualizar mis datos:\n"
        "Nombre: Jhon Jairo Cárdenas Restrepo / Nacionalidad: colombiana / C.C. 71.845.302 / celular 958 114 702 / "
        "dirección nueva: Calle Mercaderes 318, Arequipa\n\nGracias\n",
        {'nombres': 'Jhon Jairo Cárdenas Restrepo', 'nacionalidad': 'CO', 'documento_identidad': '71845302',
         'telefono': '+51958114702', 'correo': 'jhonjairo.cardenas@gmail.com'}, 'actualizacion_datos', refugee=True)

    # 15 portal: autorizacion de trabajo
    msg('portal-permiso-trabajo', SR, (2026, 12, 2, 19, 22, 0), 'Milagros Peña <milagrospena.88@hotmail.com>',
        'Autorizacion de trabajo',
        "Buenas noches, mi autorización de trabajo vence la próxima semana y no sé cómo renovarla, "
        "el empleador me la está pidiendo. Milagros del Valle Peña Rojas, cel 976 330 812.\n",
        {'nombres': 'Milagros del Valle Peña Rojas', 'telefono': '+51976330812', 'correo': 'milagrospena.88@hotmail.com'},
        'autorizacion_trabajo')

    # 16 reconsideracion late, handwritten letter photographed (JPEG)
    img16 = P.image_bytes(["Lima 2 de diciembre 2026", "Señores CEPR", "Recurso de reconsideración",
                           "Yo Odalys Fernández Castillo, carnet de identidad cubano 79061412875,",
                           "pido que reconsideren mi caso porque soy perseguida por ser opositora",
                           "y tengo nuevas pruebas (citaciones de la Seguridad del Estado).",
                           "Tel 902 771 340  correo odalysfc79@gmail.com", "Firma:"])
    msg('reconsideracion-foto-extemporanea', MP, (2026, 12, 3, 11, 11, 0), 'Odalys <odalysfc79@gmail.com>',
        'reconsideracion',
        "Buenos dias, mando foto de mi recurso de reconsideracion firmado a mano porque no tengo impresora.\n\n"
        "Nombre: Odalys Fernández Castillo\nCarnet de identidad (Cuba): 79061412875\n"
        "Motivo: soy perseguida por ser opositora y tengo nuevas pruebas, las citaciones de la Seguridad del Estado\n"
        "Tel: 902 771 340\nCorreo: odalysfc79@gmail.com\n\nLa resolución me la notificaron el 10/11/2026.\n",
        {'nombres': 'Odalys Fernández Castillo', 'documento_identidad': '79061412875',
         'motivo': 'soy perseguida por ser opositora y tengo nuevas pruebas, las citaciones de la Seguridad del Estado',
         'telefono': '+51902771340', 'correo': 'odalysfc79@gmail.com'}, 'reconsideracion',
        atts=[('recurso_firmado.jpg', img16, JPG)], sig='manuscrita', notif=(2026, 11, 10))

    # 17 apelacion with altered signed PDF -> invalid -> subsanar
    ap17 = P.altered_pdf([
        "RECURSO DE APELACION",
        "Yo, Kervin Alexander Mujica Torrealba, con pasaporte venezolano N° 130572291, apelo la resolucion",
        "que confirma la denegatoria de mi solicitud de refugio.",
        "Motivo: no se tomo en cuenta que mi hermano fue detenido por el SEBIN y que mi vida corre peligro.",
        "Telefono: 943 806 221 - Correo: kmujica.t@gmail.com",
        "Solicito se eleve el expediente al superior.",
        "Firmado digitalmente por Kervin Alexander Mujica Torrealba"], 'CN=Kervin Alexander Mujica Torrealba',
        'eleve el expediente', 'ELEVE EL EXPEDIENTE')
    assert not P.intact(ap17)
    msg('apelacion-firma-alterada', MP, (2026, 12, 3, 15, 20, 0), 'Kervin Mujica <kmujica.t@gmail.com>',
        'Recurso de Apelación',
        "Adjunto recurso de apelación. Kervin Mujica\n",
        {'nombres': 'Kervin Alexander Mujica Torrealba', 'nacionalidad': 'VE', 'documento_identidad': '130572291',
         'motivo': 'no se tomo en cuenta que mi hermano fue detenido por el SEBIN y que mi vida corre peligro.',
         'telefono': '+51943806221', 'correo': 'kmujica.t@gmail.com'}, 'apelacion',
        atts=[('apelacion_kmujica.pdf', ap17, PDF)], sig='invalid')

    # 18 prorroga, Colombian, missing sexo and fecha_nacimiento, after close
    msg('prorroga-faltan-datos', RF, (2026, 12, 3, 17, 5, 0), 'LUZ MARINA ARBELAEZ <luzmarinaarbelaez@gmail.com>',
        'PRORROGA DE RESIDENCIA 2027',
        "BUENAS TARDES, SOLICITO LA PRORROGA DE RESIDENCIA COMO REFUGIADA.\nLUZ MARINA ARBELAEZ GIRALDO\n"
        "COLOMBIANA\nCEDULA 43.512.880\nCARNE EXTRANJERIA 001390276\nTEL 997 215 034\n",
        {'nombres': 'LUZ MARINA ARBELAEZ GIRALDO', 'nacionalidad': 'CO', 'documento_identidad': '43512880',
         'carne_extranjeria': '001390276', 'telefono': '+51997215034', 'correo': 'luzmarinaarbelaez@gmail.com'},
        'prorroga_residencia', refugee=True)

    # 19 bounce (multipart/report is built below by replacing the body)
    msg('rebote-mailer-daemon', MP, (2026, 12, 3, 17, 6, 0), 'Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>',
        'Undelivered Mail Returned to Sender',
        None, {}, None, machine=True, headers={'Auto-Submitted': 'auto-replied'},
        html="<p>This is the mail system at host mx1.rree.gob.pe. Your message could not be delivered to "
             "<b>jcastro.ven@gmial.com</b>: host not found.</p>")

    # 20 duplicado with ambiguous subject, body clear; no denuncia -> subsanar
    msg('duplicado-carnet-sin-denuncia', RF, (2026, 12, 4, 8, 31, 0), 'Jhoan Pineda <jhoanpineda1990@gmail.com>',
        'duplicado de carnet',
        "Buenos días, me robaron la billetera con mi carné de extranjería y necesito el duplicado del carné de "
        "extranjería. Todavía no he ido a la comisaría.\n\nJhoan Manuel Pineda Suárez\nmasculino\nvenezolano\n"
        "pasaporte 121198457\nCE 001677310\nnacido el 1990-06-21\n(+51) 915 608 442\n",
        {'nombres': 'Jhoan Manuel Pineda Suárez', 'sexo': 'M', 'nacionalidad': 'VE', 'documento_identidad': '121198457',
         'carne_extranjeria': '001677310', 'fecha_nacimiento': '1990-06-21', 'telefono': '+51915608442',
         'correo': 'jhoanpineda1990@gmail.com'}, 'duplicado_carne_extranjeria', refugee=True)

    # 21 portal: entrevista de registro
    msg('portal-entrevista-registro', SR, (2026, 12, 4, 10, 0, 0), 'Franklin Zambrano <fzambrano.ec@gmail.com>',
        'Entrevista de Registro',
        "Saludos cordiales. Presenté mi solicitud en línea en septiembre y todavía no me llega la cita para la "
        "entrevista de registro. ¿Cuándo me la programan?\nFranklin Zambrano Vera, ecuatoriano, cédula 1309874521\n",
        {'nombres': 'Franklin Zambrano Vera', 'nacionalidad': 'EC', 'documento_identidad': '1309874521',
         'correo': 'fzambrano.ec@gmail.com'}, 'entrevista_registro')

    # 22 autorizacion_viaje, photographed signed request, Saturday
    img22 = P.image_bytes(["SOLICITUD DE AUTORIZACION DE VIAJE", "Nombre: Yonaiker José Rangel Briceño",
                           "Carne de extranjeria: 001448093", "Motivo: fallecimiento de mi padre, sepelio",
                           "Destino: Maracaibo, Venezuela", "Salida: 12/12/2026  Retorno: 27/12/2026",
                           "Telefono: 989 551 076", "Firma:"])
    msg('autorizacion-viaje-foto-sabado', RF, (2026, 12, 5, 11, 40, 0), 'Yonaiker Rangel <yonarangel@gmail.com>',
        'Permiso de viaje urgente',
        "Buen día. Falleció mi papá en Venezuela y necesito viajar. Adjunto la solicitud firmada a mano (foto).\n\n"
        "Nombre: Yonaiker José Rangel Briceño\nCarné de extranjería: 001448093\n"
        "Motivo: fallecimiento de mi padre, asistir al sepelio\nDestino: Maracaibo, Venezuela\n"
        "Fecha de salida: 12 de diciembre de 2026\nFecha de retorno: 27 de diciembre de 2026\nTeléfono: 989 551 076\n",
        {'nombres': 'Yonaiker José Rangel Briceño', 'carne_extranjeria': '001448093',
         'motivo': 'fallecimiento de mi padre, asistir al sepelio', 'destino': 'Maracaibo, Venezuela',
         'fecha_salida': '2026-12-12', 'fecha_retorno': '2026-12-27', 'telefono': '+51989551076',
         'correo': 'yonarangel@gmail.com'}, 'autorizacion_viaje',
        atts=[('solicitud_viaje.jpg', img22, JPG)],
        sig='manuscrita', refugee=True)

    # 23 actualizacion_datos, Cuban refugee, HTML-only mail, Sunday night
    msg('actualizacion-cubana-html', SR, (2026, 12, 6, 20, 15, 0), 'Yanelis Rodríguez <yanelisrv@nauta.cu>',
        'Actualizacion de datos de contacto', None,
        {'nombres': 'Yanelis Rodríguez Valdés', 'nacionalidad': 'CU', 'documento_identidad': '88112307654',
         'carne_extranjeria': '001205983', 'telefono': '+51922407731', 'correo': 'yanelis.rodriguez.v@gmail.com'},
        'actualizacion_datos', refugee=True,
        html="<html><body><p>Buenas noches,</p><p>Soy refugiada y les escribo para actualizar mi correo y mi "
             "tel&eacute;fono. Ya no uso la cuenta de nauta.</p><table border='1'>"
             "<tr><td>Nombres y apellidos</td><td>Yanelis Rodr&iacute;guez Vald&eacute;s</td></tr>"
             "<tr><td>Nacionalidad</td><td>cubana</td></tr>"
             "<tr><td>Carnet de identidad</td><td>88112307654</td></tr>"
             "<tr><td>Carn&eacute; de extranjer&iacute;a</td><td>001205983</td></tr>"
             "<tr><td>Tel&eacute;fono nuevo</td><td>922 407 731</td></tr>"
             "<tr><td>Correo nuevo</td><td>yanelis.rodriguez.v@gmail.com</td></tr></table>"
             "<p>Gracias,<br>Yanelis</p></body></html>")

    # 24 apelacion, scanned image-only PDF, sent to refugiados (derivado), on a non-working day, on time
    sc24 = P.scanned_pdf(["RECURSO DE APELACIÓN", "Yo, Wisner Jean-Baptiste, pasaporte haitiano RD4471029,",
                          "apelo la resolución notificada el 25/11/2026.",
                          "Motivo: las bandas armadas controlan mi barrio en Puerto Príncipe",
                          "Teléfono 917 302 665   correo wisnerjb@gmail.com", "Firma:"])
    msg('apelacion-escaneada-buzon-equivocado', RF, (2026, 12, 7, 9, 30, 0), 'Wisner Jean-Baptiste <wisnerjb@gmail.com>',
        'Recurso de apelacion',
        "Bonjour / Buenos días.\nEnvío mi recurso de apelación escaneado y firmado.\n"
        "Nombre: Wisner Jean-Baptiste\nPasaporte: RD4471029\nNotificado el 25 de noviembre de 2026.\n"
        "Motivo: las bandas armadas controlan mi barrio en Puerto Príncipe y amenazaron a mi familia\n"
        "Teléfono: 917 302 665\n",
        {'nombres': 'Wisner Jean-Baptiste', 'documento_identidad': 'RD4471029',
         'motivo': 'las bandas armadas controlan mi barrio en Puerto Príncipe y amenazaron a mi familia',
         'telefono': '+51917302665', 'correo': 'wisnerjb@gmail.com'}, 'apelacion',
        atts=[('scan_apelacion.pdf', sc24, PDF)], sig='manuscrita', notif=(2026, 11, 25))

    # 25 cambio_clave, Colombian, wrong mailbox (mesadepartes)
    msg('cambio-contrasena-mesa-partes', MP, (2026, 12, 7, 12, 0, 0), 'Diana Marcela Rueda <dmrueda@outlook.com>',
        'Solicitud cambio de contraseña',
        "Cordial saludo,\n\nRequiero el cambio de contraseña de mi usuario en el Sistema de Refugiados.\n\n"
        "Nombre completo - Diana Marcela Rueda Sanabria\nDocumento - pasaporte AV512093\n"
        "Teléfono - +57 310 552 8819\nCorreo - dmrueda@outlook.com\n\nMil gracias\n",
        {'nombres': 'Diana Marcela Rueda Sanabria', 'documento_identidad': 'AV512093', 'telefono': '+573105528819',
         'correo': 'dmrueda@outlook.com'}, 'cambio_clave')

    # 26 renuncia, Cuban recognised refugee, handwritten JPG, holiday
    img26 = P.image_bytes(["RENUNCIA A LA CONDICIÓN DE REFUGIADO", "Yo, Reinier Alfonso Pupo, cubano,",
                           "pasaporte K492017, carné de extranjería 001033874,",
                           "renuncio a mi condición de refugiado porque me voy a vivir a España",
                           "con mi familia. Tel. 921 660 483", "Firma:"])
    msg('renuncia-refugiado-cubano-foto', MP, (2026, 12, 8, 10, 45, 0), 'Reinier Alfonso <reinier.alfonso@gmail.com>',
        'RENUNCIA',
        "Saludos. Envío la carta de renuncia firmada (foto).\n\nNombre: Reinier Alfonso Pupo\nNacionalidad: cubano\n"
        "Pasaporte: K492017\nCarné de extranjería: 001033874\n"
        "Motivo: me voy a vivir a España con mi familia\nTeléfono: 921660483\n",
        {'nombres': 'Reinier Alfonso Pupo', 'nacionalidad': 'CU', 'documento_identidad': 'K492017',
         'carne_extranjeria': '001033874', 'motivo': 'me voy a vivir a España con mi familia',
         'telefono': '+51921660483', 'correo': 'reinier.alfonso@gmail.com'}, 'renuncia',
        atts=[('renuncia_firmada.jpeg', img26, JPG)], sig='manuscrita', refugee=True)

    # 27 newsletter (List-Id)
    msg('boletin-lista', RF, (2026, 12, 8, 7, 0, 0), 'Boletín Movilidad Humana <boletin@redmovilidad.org>',
        'Boletín semanal: novedades sobre movilidad humana en la región',
        "Esta semana: nuevas cifras de desplazamiento, talleres para organizaciones y convocatorias.\n"
        "Para darse de baja responda BAJA.\n",
        {}, None, machine=True,
        headers={'List-Id': 'Boletin Movilidad <boletin.redmovilidad.org>', 'Precedence': 'list',
                 'List-Unsubscribe': '<mailto:baja@redmovilidad.org>'})

    # 28 portal: solicitud de refugio sent to mesadepartes (portal is never derivado)
    msg('portal-refugio-mesa-partes', MP, (2026, 12, 9, 15, 10, 0), 'Mackenson Dorvil <mdorvil.ht@gmail.com>',
        'Solicitud de Refugio',
        "Buenas tardes,\nSoy haitiano, llegué a Tumbes el mes pasado. Quiero presentar una solicitud de refugio para "
        "mí. Mi nombre: Mackenson Dorvil. Pasaporte haitiano: RB2207845. Teléfono 904 228 516.\n",
        {'nombres': 'Mackenson Dorvil', 'nacionalidad': 'HT', 'documento_identidad': 'RB2207845',
         'telefono': '+51904228516', 'correo': 'mdorvil.ht@gmail.com'}, 'solicitud_refugio')

    # 29 reconsideracion, text-only PDF (no signature) -> subsanar firma; holiday late night
    rec29 = P.text_pdf(["RECURSO DE RECONSIDERACIÓN",
                        "Yo, Edgar Humberto Villamizar Ortega, con cédula de ciudadanía N° 88.250.614,",
                        "solicito se reconsidere la resolución que denegó mi solicitud de refugio.",
                        "Motivo: adjunto el certificado de la Unidad para las Víctimas que acredita mi desplazamiento forzado.",
                        "Teléfono: 968 002 357 / Correo: edgarvillamizar@hotmail.com", "Atentamente,", "Edgar H. Villamizar O."])
    msg('reconsideracion-pdf-sin-firma', MP, (2026, 12, 9, 22, 0, 0), 'Edgar Villamizar <edgarvillamizar@hotmail.com>',
        'Recurso de Reconsideracion',
        "Buenas noches. Adjunto el recurso de reconsideración en PDF.\nEdgar\n",
        {'nombres': 'Edgar Humberto Villamizar Ortega', 'documento_identidad': '88250614',
         'motivo': 'adjunto el certificado de la Unidad para las Víctimas que acredita mi desplazamiento forzado.',
         'telefono': '+51968002357', 'correo': 'edgarvillamizar@hotmail.com'}, 'reconsideracion',
        atts=[('reconsideracion.pdf', rec29, PDF)], sig='absent')

    # 30 prorroga, Cuban, HTML table with text part, sent to solicitantesrefugio -> derivado
    msg('prorroga-cubano-buzon-equivocado', SR, (2026, 12, 10, 10, 20, 0), 'Alexei Cabrera <alexcabrera.cu@gmail.com>',
        'Renovación de residencia',
        "Buenos días. Solicito la prórroga de residencia anual. Soy refugiado reconocido.\n"
        "Nombres: Alexei Cabrera Montes de Oca | Sexo: M | Nacionalidad: Cuba | Pasaporte: L308841 | "
        "Carné de extranjería: 001118560 | Fecha de nacimiento: 15-03-1985 | Teléfono: 01 471 3390\n",
        {'nombres': 'Alexei Cabrera Montes de Oca', 'sexo': 'M', 'nacionalidad': 'CU', 'documento_identidad': 'L308841',
         'carne_extranjeria': '001118560', 'fecha_nacimiento': '1985-03-15', 'telefono': '+5114713390',
         'correo': 'alexcabrera.cu@gmail.com'}, 'prorroga_residencia', refugee=True,
        html="<p>Buenos días. Solicito la prórroga de residencia anual. Soy refugiado reconocido.</p><table>"
             "<tr><th>Nombres</th><td>Alexei Cabrera Montes de Oca</td></tr><tr><th>Sexo</th><td>M</td></tr>"
             "<tr><th>Nacionalidad</th><td>Cuba</td></tr><tr><th>Pasaporte</th><td>L308841</td></tr>"
             "<tr><th>Carné de extranjería</th><td>001118560</td></tr>"
             "<tr><th>Fecha de nacimiento</th><td>15-03-1985</td></tr><tr><th>Teléfono</th><td>01 471 3390</td></tr></table>")

    # 31 triage: two procedures in body
    msg('urgente-dos-tramites', SR, (2026, 12, 10, 11, 50, 0), 'Oriana Salcedo <orianasalcedo@gmail.com>',
        'URGENTE',
        "Hola, necesito dos cosas: que me cambien la clave del sistema porque está bloqueada, y además "
        "actualizar mis datos porque cambié de teléfono (ahora 981 663 205). Oriana Salcedo Linares, V-26.004.118\n",
        {'nombres': 'Oriana Salcedo Linares', 'documento_identidad': 'V26004118', 'telefono': '+51981663205',
         'correo': 'orianasalcedo@gmail.com'}, None)

    # 32 duplicado, Haitian, denuncia as JPG, wrong mailbox, 1 min after close
    img32 = P.image_bytes(["POLICIA NACIONAL DEL PERU", "DENUNCIA POR ROBO", "Comisaria de Surquillo", "28/11/2026"])
    msg('duplicado-ce-haitiano-mesa-partes', MP, (2026, 12, 10, 16, 31, 0), 'Fritznel Augustin <fritznelaugustin@yahoo.fr>',
        'Duplicado Carne de Extranjeria',
        "Señores,\nme robaron el carné de extranjería. Adjunto foto de la denuncia.\n"
        "Nombre completo: Fritznel Augustin\nSexo: masculino\nNacionalidad: haitiana\nPasaporte: RD3015567\n"
        "Carné de extranjería: 001590032\nFecha de nacimiento: 02/11/1987\nTeléfono: +51 930 117 648\n",
        {'nombres': 'Fritznel Augustin', 'sexo': 'M', 'nacionalidad': 'HT', 'documento_identidad': 'RD3015567',
         'carne_extranjeria': '001590032', 'fecha_nacimiento': '1987-11-02', 'telefono': '+51930117648',
         'correo': 'fritznelaugustin@yahoo.fr'}, 'duplicado_carne_extranjeria',
        atts=[('denuncia.jpg', img32, JPG)], denuncia=True, refugee=True)

    # 33 autorizacion_viaje body only, no retorno -> subsanar (firma, fecha_retorno)
    msg('permiso-viaje-sin-firma', RF, (2026, 12, 10, 14, 0, 0), 'Ángela Beltrán <angelabeltran.co@gmail.com>',
        'autorizacion de viaje',
        "Buenas tardes, soy refugiada reconocida y debo viajar con urgencia a Bogotá porque mi hija será operada. "
        "Saldría el 18/12/26, la fecha de regreso todavía no la sé. Ángela Patricia Beltrán Osorio, "
        "carné de extranjería 001711945, cel. 956 402 118.\n",
        {'nombres': 'Ángela Patricia Beltrán Osorio', 'carne_extranjeria': '001711945',
         'motivo': 'mi hija será operada', 'destino': 'Bogotá', 'fecha_salida': '2026-12-18',
         'telefono': '+51956402118', 'correo': 'angelabeltran.co@gmail.com'}, 'autorizacion_viaje',
        sig='absent', refugee=True)

    # 34 carne_solicitante duplicate, non-working day
    msg('duplicado-carne-solicitante', SR, (2026, 12, 11, 9, 0, 0), 'Génesis Marcano <genesismarcano@gmail.com>',
        'Carne de solicitante - duplicado',
        "Buenos días, perdí mi carné de solicitante de refugio y quisiera sacar el duplicado del carné de solicitante. "
        "Mis datos: Génesis Marcano Villarroel, pasaporte 139982104, teléfono 949 517 030.\n",
        {'nombres': 'Génesis Marcano Villarroel', 'documento_identidad': '139982104', 'telefono': '+51949517030',
         'correo': 'genesismarcano@gmail.com'}, 'carne_solicitante')

    # 35 renuncia, Ecuadorian applicant, body only -> firma, nacionalidad missing
    msg('renuncia-ecuatoriano-sin-firma', MP, (2026, 12, 11, 13, 13, 0), 'Byron Cedeño <byroncedeno77@gmail.com>',
        'Renuncia al trámite',
        "Buenas tardes. Yo Byron Patricio Cedeño Mendoza con cédula 131045678-2 quiero renunciar a mi trámite de "
        "refugio porque voy a regresar a mi país a cuidar a mi madre. Mi número es +593 99 876 5432.\n",
        {'nombres': 'Byron Patricio Cedeño Mendoza', 'documento_identidad': '1310456782',
         'motivo': 'voy a regresar a mi país a cuidar a mi madre', 'telefono': '+593998765432',
         'correo': 'byroncedeno77@gmail.com'}, 'renuncia', sig='absent')

    # 36 apelacion body only, no document -> firma, documento_identidad missing; Saturday
    msg('apelacion-texto-sin-documento', MP, (2026, 12, 12, 9, 9, 0), 'carlos eduardo <carloslinarez22@gmail.com>',
        'apelacion',
        "buenos dias quiero apelar la decision de la comision porque no estoy de acuerdo, en mi pais me persiguen "
        "por haber sido funcionario y denuncie corrupcion. carlos eduardo linarez bolivar. tlf 966 804 417\n",
        {'nombres': 'carlos eduardo linarez bolivar',
         'motivo': 'en mi pais me persiguen por haber sido funcionario y denuncie corrupcion',
         'telefono': '+51966804417', 'correo': 'carloslinarez22@gmail.com'}, 'apelacion', sig='absent')

    # 37 ignorado: internal mail from an institutional mailbox
    msg('interno-refugiados', MP, (2026, 12, 11, 8, 0, 0), 'Refugiados CEPR <refugiados@rree.gob.pe>',
        'Reporte semanal de expedientes derivados',
        "Estimados colegas de Mesa de Partes:\nSe adjunta el resumen de expedientes derivados la semana pasada. "
        "Favor confirmar recepción.\n", {}, None, machine=True)

    # 38 reconsideracion forwarded by an aid organisation, signed PDF
    rec38 = P.signed_pdf([
        "RECURSO DE RECONSIDERACIÓN",
        "Nombres y apellidos: Mayerlin Andreína Torres Guédez",
        "Pasaporte: 146339018",
        "Resolución notificada el 01/12/2026.",
        "Motivo: la entrevista se hizo sin intérprete adecuado y no se registró que fui víctima de violencia de género.",
        "Teléfono: 929 440 817",
        "Correo electrónico: mayerlintorres.g@gmail.com",
        "Firma digital de la recurrente"], 'CN=Mayerlin Andreina Torres Guedez')
    msg('rv-reconsideracion-ong', MP, (2026, 12, 13, 18, 0, 0), 'Asistencia Legal Encuentros <legal@encuentros-sjm.org>',
        'RV: Recurso de Reconsideración - Mayerlin Torres',
        "Buenas noches,\n\nReenviamos el recurso de reconsideración de la Sra. Mayerlin Torres, a quien acompañamos. "
        "El documento va firmado digitalmente por ella. Para contactarla: 929 440 817.\n\n"
        "Paola Huamán\nÁrea Legal - Encuentros SJM\nTel. (01) 330-2211\n\n"
        "---------- Mensaje reenviado ---------\nDe: Mayerlin Torres <mayerlintorres.g@gmail.com>\n"
        "Fecha: sáb, 12 dic 2026 a las 20:14\nAsunto: Recurso de Reconsideración\nPara: legal@encuentros-sjm.org\n\n"
        "Paola, te mando el recurso firmado para que lo envíen, gracias.\n",
        {'nombres': 'Mayerlin Andreína Torres Guédez', 'documento_identidad': '146339018',
         'motivo': 'la entrevista se hizo sin intérprete adecuado y no se registró que fui víctima de violencia de género.',
         'telefono': '+51929440817', 'correo': 'mayerlintorres.g@gmail.com'}, 'reconsideracion',
        atts=[('Reconsideracion_MTorres.pdf', rec38, PDF)], sig='valid', notif=(2026, 12, 1))

    # 39 portal: autorizacion de trabajo, Saturday night
    msg('portal-trabajo-sabado', SR, (2026, 12, 12, 23, 50, 0), 'Kelly Johanna <kellyjo.bq@gmail.com>',
        'permiso de trabajo virtual',
        "hola buenas noches como hago para generar el permiso de trabajo? ya tengo usuario y clave. "
        "Kelly Johanna Barrios Pérez\n",
        {'nombres': 'Kelly Johanna Barrios Pérez', 'correo': 'kellyjo.bq@gmail.com'}, 'autorizacion_trabajo')

    # 40 portal: entrevista, Sunday
    msg('portal-cita-entrevista', SR, (2026, 12, 13, 8, 15, 0), 'Yoel Hernández <yoelhdz.cu@gmail.com>',
        'Re: cita entrevista de registro',
        "Buenos días, no pude conectarme a la entrevista de registro del jueves por un problema de internet. "
        "¿Me pueden reprogramar la cita? Yoel Hernández Quesada, cubano. Teléfono 952 880 614.\n",
        {'nombres': 'Yoel Hernández Quesada', 'nacionalidad': 'CU', 'telefono': '+51952880614',
         'correo': 'yoelhdz.cu@gmail.com'}, 'entrevista_registro')

    # 41 actualizacion, Ecuadorian applicant, forwards her own earlier message
    msg('fwd-actualizacion-ecuatoriana', SR, (2026, 12, 4, 16, 20, 0), 'Jessenia Quiñónez <jessenia.quinonez@hotmail.com>',
        'Fwd: Actualización de datos',
        "Reenvío porque no tuve respuesta.\n\n---------- Forwarded message ---------\n"
        "From: Jessenia Quiñónez <jessenia.quinonez@hotmail.com>\nDate: lun, 23 nov 2026\nSubject: Actualización de datos\n\n"
        "Nombres y apellidos completos: Jessenia Maribel Quiñónez Cortez\nNacionalidad: ecuatoriana\n"
        "Cédula: 0803345671\nTeléfono: 9 7345 2108\nCorreo: jessenia.quinonez@hotmail.com\n",
        {'nombres': 'Jessenia Maribel Quiñónez Cortez', 'nacionalidad': 'EC', 'documento_identidad': '0803345671',
         'telefono': '+51973452108', 'correo': 'jessenia.quinonez@hotmail.com'}, 'actualizacion_datos')

    # 42 prorroga reply with quoted institutional header; complete
    msg('re-prorroga-con-cita', RF, (2026, 12, 4, 12, 40, 0), 'Ronald Guerrero <ronald.guerrero.m@gmail.com>',
        'RE: Prórroga de residencia',
        "Buenas tardes, completo lo que me pidieron:\n\nNombres y apellidos: Ronald Alexis Guerrero Medina\n"
        "Sexo: Masculino\nNacionalidad: VEN\nCédula: V-17.602.994\nCarné de extranjería: 001266417\n"
        "Fecha de nacimiento: 30 de agosto de 1979\nTeléfono: 944 018 552\n\n"
        "El mié, 2 dic 2026 a las 10:12, Refugiados <refugiados@rree.gob.pe> escribió:\n"
        "> Estimado señor, para atender su prórroga de residencia envíe los datos completos indicados.\n",
        {'nombres': 'Ronald Alexis Guerrero Medina', 'sexo': 'M', 'nacionalidad': 'VE', 'documento_identidad': 'V17602994',
         'carne_extranjeria': '001266417', 'fecha_nacimiento': '1979-08-30', 'telefono': '+51944018552',
         'correo': 'ronald.guerrero.m@gmail.com'}, 'prorroga_residencia', refugee=True)

    # 43 autorizacion_viaje, altered signed PDF -> subsanar firma
    v43 = P.altered_pdf([
        "SOLICITUD DE AUTORIZACION DE VIAJE",
        "Nombres y apellidos: Jesus Alberto Piñango Rosales",
        "Carne de extranjeria: 001502281",
        "Motivo: tramite urgente de la herencia de mi abuela ante notario",
        "Destino: Caracas, Venezuela",
        "Salida: 20/12/2026 - Retorno: 10/01/2027",
        "Telefono: 931 225 870",
        "Firmado digitalmente"], 'CN=Jesus Alberto Pinango Rosales', 'ante notario', 'ANTE NOTARIO')
    assert not P.intact(v43)
    msg('autorizacion-viaje-firma-invalida', RF, (2026, 11, 30, 13, 30, 0), 'Jesús Piñango <jpinango.r@gmail.com>',
        'Autorizacion de Viaje - urgencia',
        "Adjunto solicitud de autorización de viaje firmada. Gracias.\n",
        {'nombres': 'Jesus Alberto Piñango Rosales', 'carne_extranjeria': '001502281',
         'motivo': 'tramite urgente de la herencia de mi abuela ante notario', 'destino': 'Caracas, Venezuela',
         'fecha_salida': '2026-12-20', 'fecha_retorno': '2027-01-10', 'telefono': '+51931225870',
         'correo': 'jpinango.r@gmail.com'}, 'autorizacion_viaje',
        atts=[('viaje_JPinango.pdf', v43, PDF)], sig='invalid', refugee=True)

    # 44 triage: "Solicitud", family reunification question
    msg('solicitud-reunificacion', RF, (2026, 12, 1, 10, 10, 0), 'Luisa Fernanda Correa <lfcorrea.med@gmail.com>',
        'Solicitud',
        "Buenos días. Soy refugiada y quiero traer a mis dos hijos que están en Medellín con mi mamá. "
        "¿Qué debo hacer para que ellos también tengan protección aquí? Luisa Fernanda Correa Zapata, "
        "celular 914 306 227.\n",
        {'nombres': 'Luisa Fernanda Correa Zapata', 'telefono': '+51914306227', 'correo': 'lfcorrea.med@gmail.com'}, None)
