# -*- coding: utf-8 -*-
"""Message definitions for round8 (text + what a careful clerk reads from them)."""

def define(M, MESA, SOLI, REFU):
    # 1 grandmother dictating to grandchild
    M("abuela-actualizacion-datos", SOLI, "2026-10-05 10:12:40",
      "Valeria Páez <valeria.paez.r17@gmail.com>", "Actualizacion de datos",
      """Buenos días señores de refugio

escribo por mi abuela que no sabe manejar el correo, ella me va dictando y yo escribo.
Dice mi abuela que ella se llama Carmen Teresa Rondón de Páez, que es solicitante de refugio desde el 2019 y que se le perdió el celular viejo, por eso quiere actualizar su número.
Ella es de Venezuela, su cédula es V-4.567.890 y nació el 12/04/1948.
El número nuevo de ella es 924 113 587 (es un claro, le pueden escribir por whatsapp también)
También dice que ahora vive en San Juan de Lurigancho con mi mamá, Av. Próceres 1456.

Mi abuela les manda bendiciones y dice que disculpen la molestia.
Valeria (la nieta)""",
      "actualizacion_datos",
      {"nombres": "Carmen Teresa Rondón de Páez", "nacionalidad": "VE",
       "documento_identidad": "V4567890", "fecha_nacimiento": "1948-04-12",
       "telefono": "+51924113587", "correo": "valeria.paez.r17@gmail.com"})

    # 2 parish volunteer, list, on the non-working Friday
    M("parroquia-lista-prorroga", REFU, "2026-10-09 11:40:05",
      "Pastoral de Movilidad Humana - Parroquia Santa Rosa <movilidad.santarosa@parroquiasantarosa.org.pe>",
      "Prórroga de residencia - Sr. Yonathan Briceño",
      """Estimados señores de la Comisión:

Por encargo del señor Briceño, quien se acercó esta mañana a nuestro punto de atención y no cuenta con correo propio, les hacemos llegar sus datos para la prórroga anual de su residencia como refugiado reconocido:

- Nombres y apellidos: Yonathan José Briceño Lugo
- Sexo: masculino
- Nacionalidad: venezolano
- Cédula de identidad: V-19.876.543
- Carné de extranjería: 4561237
- F. nacimiento: 07-08-1991
- Cel. del señor: 9 5162 3487

Cualquier comunicación puede dirigirse a este correo, nosotros le avisamos.

Atentamente,
Hna. Rosa Quispe Mamani
Voluntaria - Pastoral de Movilidad Humana
Parroquia Santa Rosa de Lima, Callao
Tel. parroquia: 01 429 3310""",
      "prorroga_residencia",
      {"nombres": "Yonathan José Briceño Lugo", "sexo": "M", "nacionalidad": "VE",
       "documento_identidad": "V19876543", "carne_extranjeria": "4561237",
       "fecha_nacimiento": "1991-08-07", "telefono": "+51951623487",
       "correo": "movilidad.santarosa@parroquiasantarosa.org.pe"}, ref=True)

    # 3 recognised refugee, all in English (Feb 3-style date)
    M("english-refugee-prorroga", REFU, "2026-10-18 20:03:51",
      "Omar Khaled Al-Hassan <omar.alhassan.lima@gmail.com>",
      "Prorroga de residencia",
      """Dear Sir or Madam,

I am a recognized refugee in Peru since 2022 and my yearly residence permit is about to expire, so I kindly request the annual extension (prorroga de residencia).

My details:
Full name: Omar Khaled Al-Hassan
Sex: Male
Nationality: Syrian
Passport No.: N009876543
Foreigner ID card (Carne de Extranjeria): 5012347
Date of birth: Feb 3, 1985
Mobile: (+51) 987 654 321

Please let me know if you need any other document. I apologize for writing in English, my Spanish is still basic.

Kind regards,
Omar""",
      "prorroga_residencia",
      {"nombres": "Omar Khaled Al-Hassan", "sexo": "M", "nacionalidad": "SY",
       "documento_identidad": "N009876543", "carne_extranjeria": "5012347",
       "fecha_nacimiento": "1985-02-03", "telefono": "+51987654321",
       "correo": "omar.alhassan.lima@gmail.com"}, ref=True)

    # 4 Haitian Creole with Spanish words
    M("kreyol-actualizacion", SOLI, "2026-10-13 09:22:10",
      "wilner dorvil <wdorvil509@yahoo.fr>", "actualizacion de datos",
      """Bonjou senyè,

Mwen rele Wilner Jean-Baptiste Dorvil, mwen se solicitante de refugio isit nan Perou. Mwen chanje nimewo telefòn mwen, se poutèt sa mwen ekri pou actualización de datos.

nasyonalite: haitiano
paspò: RD4521876
nouvo nimewo celular: +51-951234876

Mwen rete nan Los Olivos kounye a. Mèsi anpil pou atansyon an, Bondye beni nou.

Wilner""",
      "actualizacion_datos",
      {"nombres": "Wilner Jean-Baptiste Dorvil", "nacionalidad": "HT",
       "documento_identidad": "RD4521876", "telefono": "+51951234876",
       "correo": "wdorvil509@yahoo.fr"})

    # 5 Brazilian Portuguese, after office close
    M("portugues-cambio-clave", SOLI, "2026-10-21 18:05:33",
      "Luana B. <luanabfs@gmail.com>", "Cambio de clave y contraseña",
      """Bom dia,

não consigo entrar no Sistema de Refugiados, a senha que recebi não funciona mais e já tentei várias vezes. Gostaria de pedir a troca da senha.

Meu nome completo é Luana Beatriz Ferreira dos Santos, passaporte nº FZ482913.
Meu telefone (WhatsApp) é 912 345 678.
Meu e-mail é luana.fsantos@hotmail.com

Desculpem escrever em português, ainda estou aprendendo espanhol.
Obrigada!
Luana""",
      "cambio_clave",
      {"nombres": "Luana Beatriz Ferreira dos Santos", "documento_identidad": "FZ482913",
       "telefono": "+51912345678", "correo": "luana.fsantos@hotmail.com"})

    # 6 Colombian lawyer, sumilla style, signed PDF
    ap6 = ["SUMILLA: INTERPONE RECURSO DE APELACION",
           "Expediente: 2026-0456-SECPR",
           "",
           "SEÑOR PRESIDENTE DE LA COMISION ESPECIAL PARA LOS REFUGIADOS",
           "",
           "Recurrente: ANDRES FELIPE CARDONA RIOS, C.C. 1.036.654.321",
           "",
           "FUNDAMENTOS: La resolución apelada no valoró las amenazas del grupo armado",
           "que opera en Tuluá, Valle del Cauca, ni el informe de la Defensoría del Pueblo",
           "de Colombia que acredita el riesgo del recurrente.",
           "",
           "Lima, 10 de noviembre de 2026",
           "Firmado digitalmente por Martha Lucía Ospina Vélez, abogada, CAL 87654"]
    M("abogada-sumilla-apelacion", MESA, "2026-11-10 15:20:44",
      "Dra. Martha L. Ospina <mospina.abogada@outlook.com>",
      "RECURSO DE APELACIÓN – Exp. 2026-0456-SECPR – Cardona Ríos",
      """SUMILLA: INTERPONE RECURSO DE APELACIÓN

DATOS DEL RECURRENTE
Nombres y apellidos:   Andrés Felipe Cardona Ríos
Nacionalidad:          Colombia
Documento:             C.C. 1.036.654.321
Teléfono:              +51 945 667 889
Correo electrónico:    afcardona.rios@gmail.com

SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:

MARTHA LUCÍA OSPINA VÉLEZ, abogada, identificada con C.C. 43.210.987 e inscrita en el Colegio de Abogados de Lima con registro N° 87654, en representación del recurrente arriba identificado, ante usted respetuosamente digo:

Que interpongo RECURSO DE APELACIÓN contra la Resolución N° 1187-2026-CEPR/SE, notificada el 29 de octubre de 2026, que confirma la denegatoria de la condición de refugiado, por los siguientes fundamentos: la resolución no valoró las amenazas del grupo armado que opera en Tuluá, Valle del Cauca, acreditadas con las denuncias ante la Fiscalía colombiana, ni el informe de la Defensoría del Pueblo sobre el riesgo actual del recurrente.

Adjunto el escrito firmado digitalmente.

POR TANTO: Pido a usted tener por interpuesto el recurso y elevarlo al superior.

Lima, 10 de noviembre de 2026

Martha Lucía Ospina Vélez
Abogada – CAL 87654""",
      "apelacion",
      {"nombres": "Andrés Felipe Cardona Ríos", "nacionalidad": "CO",
       "documento_identidad": "1036654321", "telefono": "+51945667889",
       "correo": "afcardona.rios@gmail.com",
       "motivo": "la resolución no valoró las amenazas del grupo armado que opera en Tuluá, Valle del Cauca, acreditadas con las denuncias ante la Fiscalía colombiana, ni el informe de la Defensoría del Pueblo sobre el riesgo actual del recurrente"},
      atts=[("pdf_signed", "Apelacion_Cardona_Rios.pdf", ap6, "Martha Lucia Ospina Velez")],
      notif="2026-10-29")

    # 7 data only in text PDF, body says 'adjunto' -> firma absent
    rc7 = ["RECURSO DE RECONSIDERACION",
           "",
           "Señores Comisión Especial para los Refugiados",
           "",
           "Yo, Yorgelis Andreína Mendoza Carrasco, de nacionalidad venezolana,",
           "con pasaporte N° 136547892, teléfono 933 221 478 y correo",
           "yorgelis.mendoza92@gmail.com, interpongo recurso de reconsideración",
           "contra la resolución que deniega mi solicitud de refugio.",
           "",
           "Motivo: presento nueva prueba, la constancia de la Fiscalía de Maracaibo",
           "sobre la denuncia por amenazas contra mi familia, que no pude obtener antes.",
           "",
           "Lima, 3 de noviembre de 2026",
           "Yorgelis Mendoza"]
    M("solo-adjunto-pdf-sin-firma", MESA, "2026-11-03 12:48:02",
      "yorgelis mendoza <yorgelis.mendoza92@gmail.com>", "Recurso de reconsideracion",
      "Buenas tardes, adjunto.\n\nEnviado desde mi Galaxy", "reconsideracion",
      {"nombres": "Yorgelis Andreína Mendoza Carrasco", "nacionalidad": "VE",
       "documento_identidad": "136547892", "telefono": "+51933221478",
       "correo": "yorgelis.mendoza92@gmail.com",
       "motivo": "presento nueva prueba, la constancia de la Fiscalía de Maracaibo sobre la denuncia por amenazas contra mi familia"},
      atts=[("pdf_text", "reconsideracion.pdf", rc7)])

    # 8 data only in signed PDF, late (extemporaneo)
    ap8 = ["RECURSO DE APELACIÓN",
           "",
           "Nombres y apellidos: Reinaldo Antonio Guzmán Pérez",
           "Pasaporte: 098765432",
           "Teléfono: 987-112-334",
           "Correo: reinaldo.guzman.p@hotmail.com",
           "",
           "Interpongo recurso de apelación contra la Resolución que confirma la",
           "denegatoria de mi solicitud, notificada el 14 de octubre de 2026.",
           "",
           "Motivo: no se tomó en cuenta que fui perseguido por participar en",
           "protestas en Barquisimeto y que mi nombre figura en listas del SEBIN.",
           "",
           "Lima, 20 de noviembre de 2026"]
    M("adjunto-pdf-firmado-apelacion-tardia", MESA, "2026-11-20 09:05:12",
      "Reinaldo Guzman <reinaldo.guzman.p@hotmail.com>", "apelacion",
      "adjunto", "apelacion",
      {"nombres": "Reinaldo Antonio Guzmán Pérez", "documento_identidad": "098765432",
       "telefono": "+51987112334", "correo": "reinaldo.guzman.p@hotmail.com",
       "motivo": "no se tomó en cuenta que fui perseguido por participar en protestas en Barquisimeto"},
      atts=[("pdf_signed", "APELACION GUZMAN.pdf", ap8, "Reinaldo Antonio Guzman Perez")],
      notif="2026-10-14")

    # 9 reply quoting office's message; phone only in office's quoted text
    M("respuesta-cita-oficina-sin-telefono", SOLI, "2026-10-27 11:31:09",
      "Kelvin Mora <kelvinmora.ccs@gmail.com>", "RE: Cambio de clave y contraseña",
      """Buenos dias, gracias por responder. Aqui van mis datos:

Kelvin Alexander Mora Villegas
cedula V-24.331.908

saludos

El lun, 26 oct 2026 a las 15:02, Solicitantes Refugio <solicitantesrefugio@rree.gob.pe> escribió:
> Estimado usuario:
> Para atender su pedido de Cambio de clave y contraseña envíe por este medio:
> nombres y apellidos completos, N° de pasaporte o cédula, teléfono de contacto
> y correo electrónico.
> Para consultas: central telefónica (01) 204-2400, anexo 3321.
> Atentamente,
> Secretaría Ejecutiva - Comisión Especial para los Refugiados
> solicitantesrefugio@rree.gob.pe""",
      "cambio_clave",
      {"nombres": "Kelvin Alexander Mora Villegas", "documento_identidad": "V24331908",
       "correo": "kelvinmora.ccs@gmail.com"}, date_delta=5)

    # 10 reply quoting office with example data; applicant gives everything
    M("respuesta-cita-oficina-ejemplo", SOLI, "2026-11-04 16:10:00",
      "Nelly Chirinos <nellychirinos@gmail.com>", "Re: Actualización de datos",
      """Hola buenas tardes, disculpe, ahora sí con todo:

Nombres y Apellidos: Nelly Josefina Chirinos Arteaga
Nacionalidad: Venezuela
Pasaporte: 114589632
Teléfono: 51 956 778 120

Gracias

-----Mensaje original-----
De: Solicitantes Refugio <solicitantesrefugio@rree.gob.pe>
Enviado: martes, 3 de noviembre de 2026 10:14
Para: nellychirinos@gmail.com
Asunto: RE: Actualización de datos

Señora, su mensaje no indica los datos requeridos. Envíelos así, por ejemplo:
Nombres y Apellidos: Juan Pérez García
Nacionalidad: peruana
Pasaporte: 000000000
Teléfono: 999 999 999
Saludos cordiales, Unidad de Refugiados""",
      "actualizacion_datos",
      {"nombres": "Nelly Josefina Chirinos Arteaga", "nacionalidad": "VE",
       "documento_identidad": "114589632", "telefono": "+51956778120",
       "correo": "nellychirinos@gmail.com"})

    # 11 renuncia by refugee, odd phone grouping, signed PDF
    rn11 = ["RENUNCIA A LA CONDICION DE REFUGIADO",
            "",
            "Yo, Héctor Luis Villalobos Anzola, venezolano, cédula V-11.223.344,",
            "carné de extranjería N° 3344556, renuncio a mi condición de refugiado.",
            "Motivo: regreso definitivo a Venezuela para cuidar a mi madre enferma.",
            "Teléfono: 98-765-4321",
            "Trujillo, 16 de noviembre de 2026"]
    M("renuncia-telefono-agrupado", MESA, "2026-11-16 08:47:29",
      "hector villalobos <hlvillalobos@gmail.com>", "RENUNCIA",
      """Señores CEPR
soy refugiado reconocido y presento mi renuncia, va el documento firmado.
Nombre: Héctor Luis Villalobos Anzola
Nacionalidad: venezolana
C.I. V-11.223.344
C.E. 3344556
tlf 98-765-4321
Motivo: regreso definitivo a Venezuela para cuidar a mi madre enferma.
Hector""",
      "renuncia",
      {"nombres": "Héctor Luis Villalobos Anzola", "nacionalidad": "VE",
       "documento_identidad": "V11223344", "carne_extranjeria": "3344556",
       "telefono": "+51987654321", "correo": "hlvillalobos@gmail.com",
       "motivo": "regreso definitivo a Venezuela para cuidar a mi madre enferma"},
      atts=[("pdf_signed", "renuncia_villalobos.pdf", rn11, "Hector Luis Villalobos Anzola")],
      ref=True)

    # 12 Ecuadorian cedula with dash, weekend
    M("ecuador-cedula-guion-clave", SOLI, "2026-10-31 10:55:00",
      "Jhon Quiñónez <jhonqn88@outlook.es>", "cambio de contraseña",
      """buenas, necesito cambio de clave del sistema de refugiados porque no me llega el correo para recuperar

nombre: Jhon Byron Quiñónez Cortez
nacionalidad: Ecuador
cédula: 092345678-1
cel: +51 976 543 210
correo: jhonqn88@outlook.es

gracias""",
      "cambio_clave",
      {"nombres": "Jhon Byron Quiñónez Cortez", "nacionalidad": "EC",
       "documento_identidad": "0923456781", "telefono": "+51976543210",
       "correo": "jhonqn88@outlook.es"})

    # 13 travel, two-digit years d/m/yy, signed PDF
    av13 = ["SOLICITUD DE AUTORIZACION DE VIAJE",
            "",
            "Nombres y apellidos: Dayerlin Carolina Sulbarán Ortiz",
            "Carné de extranjería N° 6677889",
            "Destino: Santiago de Chile",
            "Fecha de salida: 3/1/27   Fecha de retorno: 17/1/27",
            "Motivo: operación de mi hijo menor en el Hospital Luis Calvo Mackenna.",
            "Teléfono: 940 552 113",
            "Lima, 14/12/26"]
    M("viaje-fechas-dos-digitos", REFU, "2026-12-14 17:12:45",
      "Dayerlin Sulbaran <dayerlin.sulbaran@gmail.com>", "Autorizacion de viaje URGENTE",
      """Buenas tardes, soy refugiada reconocida y necesito viajar de urgencia.
Adjunto mi solicitud firmada.

Dayerlin Carolina Sulbarán Ortiz
CE 6677889
Viajo a Santiago de Chile, salida 3/1/27 y retorno 17/1/27
Motivo: operación de mi hijo menor en el Hospital Luis Calvo Mackenna
Cel 940 552 113

Dayerlin""",
      "autorizacion_viaje",
      {"nombres": "Dayerlin Carolina Sulbarán Ortiz", "carne_extranjeria": "6677889",
       "destino": "Santiago de Chile", "fecha_salida": "2027-01-03",
       "fecha_retorno": "2027-01-17", "telefono": "+51940552113",
       "correo": "dayerlin.sulbaran@gmail.com",
       "motivo": "operación de mi hijo menor en el Hospital Luis Calvo Mackenna"},
      atts=[("pdf_signed", "solicitud_viaje.pdf", av13, "Dayerlin Carolina Sulbaran Ortiz")],
      ref=True)

    # 14 travel '1ro de febrero', scanned JPEG
    jp14 = ["Lima, 18 de enero de 2027",
            "Señores Comisión Especial para los Refugiados",
            "Solicito autorización de viaje a Quito, Ecuador",
            "salida 1ro de febrero de 2027, retorno 15 de febrero de 2027",
            "Motivo: sepelio de mi padre",
            "Yusmary Coromoto Linares Pino - CE 7788990 - cel 923 456 781"]
    M("viaje-1ro-febrero-foto", REFU, "2027-01-18 13:30:00",
      "Yusmary Linares <yusmary.linares@gmail.com>", "Autorización de Viaje",
      """Señores buenas tardes
Les escribo con mucha urgencia, falleció mi papá en Ecuador y quiero ir al sepelio. Mando foto de la carta firmada a mano porque no tengo impresora.

Me llamo Yusmary Coromoto Linares Pino, refugiada reconocida, CE 7788990.
Destino: Quito, Ecuador
Salgo el 1ro de febrero de 2027 y regreso el 15 de febrero de 2027.
Motivo: sepelio de mi padre
Número: 923 456 781

Dios los bendiga
Yusmary""",
      "autorizacion_viaje",
      {"nombres": "Yusmary Coromoto Linares Pino", "carne_extranjeria": "7788990",
       "destino": "Quito, Ecuador", "fecha_salida": "2027-02-01",
       "fecha_retorno": "2027-02-15", "telefono": "+51923456781",
       "correo": "yusmary.linares@gmail.com", "motivo": "sepelio de mi padre"},
      atts=[("jpg", "WhatsApp Image 2027-01-18 at 13.21.04.jpeg", jp14)], ref=True)

    # 15 travel in English, Feb 3, 2027, altered signed PDF -> invalid
    av15 = ["REQUEST FOR TRAVEL AUTHORIZATION (AUTORIZACION DE VIAJE)",
            "",
            "Name: Mariam Tesfaye Gebremedhin",
            "Carne de Extranjeria: 5566778",
            "Destination: Bogota, Colombia",
            "Departure: Feb 3, 2027 - Return: Feb 24, 2027",
            "Reason: UNHCR resettlement interview at the embassy",
            "Phone: +51 955 443 221",
            "Signed digitally, Lima, January 12, 2027"]
    M("viaje-english-pdf-alterado", REFU, "2027-01-12 10:02:18",
      "Mariam T. Gebremedhin <mariam.tg@protonmail.com>", "Autorizacion de viaje - urgent",
      """Hello,

I am a recognized refugee (Eritrean) and I have to travel urgently. Please find my signed request attached.

Full name: Mariam Tesfaye Gebremedhin
Carne de Extranjeria: 5566778
Destination: Bogotá, Colombia
Departure: Feb 3, 2027
Return: Feb 24, 2027
Reason: UNHCR resettlement interview at the embassy
Phone: +51 955 443 221

Thank you,
Mariam""",
      "autorizacion_viaje",
      {"nombres": "Mariam Tesfaye Gebremedhin", "nacionalidad": "ER",
       "carne_extranjeria": "5566778", "destino": "Bogotá, Colombia",
       "fecha_salida": "2027-02-03", "fecha_retorno": "2027-02-24",
       "telefono": "+51955443221", "correo": "mariam.tg@protonmail.com",
       "motivo": "UNHCR resettlement interview at the embassy"},
      atts=[("pdf_altered", "travel_request_signed.pdf", av15, "Mariam Tesfaye Gebremedhin",
             "January 12", "January 19")], ref=True)

    # 16 renuncia from applicant (not refugee), 'nacionalidad: Colombia', scanned PDF
    sc16 = ["RENUNCIA AL TRAMITE DE SOLICITUD DE REFUGIO",
            "Yo Luz Dary Castaño Giraldo, C.C. 52.478.963, desisto de mi solicitud.",
            "Motivo: obtuve la residencia por vínculo familiar (matrimonio).",
            "Firma:"]
    M("renuncia-solicitante-escaneada", MESA, "2026-11-25 16:45:10",
      "luz dary castaño <luzdary.cg@gmail.com>", "Renuncia – Luz Dary Castaño",
      """Buenas tardes.
Envío escaneada mi renuncia firmada.

nombre completo: Luz Dary Castaño Giraldo
nacionalidad: Colombia
cédula de ciudadanía: 52.478.963
celular: 9 1234 5670
motivo: ya obtuve la residencia por vínculo familiar (me casé con peruano)

muchas gracias""",
      "renuncia",
      {"nombres": "Luz Dary Castaño Giraldo", "nacionalidad": "CO",
       "documento_identidad": "52478963", "telefono": "+51912345670",
       "correo": "luzdary.cg@gmail.com",
       "motivo": "ya obtuve la residencia por vínculo familiar (me casé con peruano)"},
      atts=[("pdf_scan", "scan_renuncia_0001.pdf", sc16)])

    # 17 two documents (passport first, then cedula), +58 WhatsApp
    M("dos-documentos-actualizacion", SOLI, "2026-11-07 21:14:03",
      "Rafael Ugueto <rafaugueto@gmail.com>", "ACTUALIZACIÓN DE DATOS - UGUETO",
      """Saludos cordiales, solicito actualizar mi número de contacto ya que el anterior fue robado.
Soy Rafael Ignacio Ugueto Salazar, venezolano, con pasaporte N° 154872369 y cédula V-20.123.456.
Mi WhatsApp nuevo es +58 412-555-0199 (línea de mi país, es la que uso en Perú).
Atte. Rafael""",
      "actualizacion_datos",
      {"nombres": "Rafael Ignacio Ugueto Salazar", "nacionalidad": "VE",
       "documento_identidad": "154872369", "telefono": "+584125550199",
       "correo": "rafaugueto@gmail.com"})

    # 18 spouse and children data in same message
    M("familia-prorroga-residencia", REFU, "2026-11-12 10:40:00",
      "Gerardo Salcedo <gsalcedo.familia@gmail.com>", "Prorroga de Residencia",
      """Buenos días,

Solicito la prórroga de mi residencia como refugiado reconocido. Mis datos:
Nombre: Gerardo Enrique Salcedo Montilla
Sexo: M
Nacionalidad: venezolana
Pasaporte: 087654321
Carné de extranjería: 4455667
Fecha de nacimiento: 22/09/1979
Teléfono: 981 223 344

Mi esposa también es refugiada y enviará su propia solicitud, pero les dejo sus datos por si acaso: Paola Andrea Gómez Rincón, colombiana, C.C. 1.098.765.432, CE 4455668, nacida el 02/02/1984, cel 981 223 355.
Nuestros hijos: Sofía Salcedo Gómez (nacida 10/06/2012, pasaporte 176543210) y Mateo Salcedo Gómez (nacido 15/01/2016, pasaporte 176543211).

Gracias,
Gerardo""",
      "prorroga_residencia",
      {"nombres": "Gerardo Enrique Salcedo Montilla", "sexo": "M", "nacionalidad": "VE",
       "documento_identidad": "087654321", "carne_extranjeria": "4455667",
       "fecha_nacimiento": "1979-09-22", "telefono": "+51981223344",
       "correo": "gsalcedo.familia@gmail.com"}, ref=True)

    # 19 full name earlier, signs with first name only; late reconsideracion
    rc19 = ["RECURSO DE RECONSIDERACIÓN",
            "María Fernanda Quintero Salas - pasaporte 145236987",
            "Motivo: la entrevista se hizo sin intérprete y mi declaración quedó incompleta.",
            "Firmado digitalmente"]
    M("firma-solo-nombre-reconsideracion", MESA, "2026-12-15 11:05:40",
      "Mafe Q <mafequintero.s@gmail.com>", "Recurso de Reconsideración",
      """Señores de la Comisión:

Mi nombre es María Fernanda Quintero Salas, venezolana, identificada con pasaporte N° 145236987. Interpongo recurso de reconsideración contra la resolución que me deniega el refugio, notificada el 5 de noviembre de 2026.

Motivo: la entrevista se hizo sin intérprete de señas (soy sorda) y mi declaración quedó incompleta.

Mi teléfono es 9-4455-6677 (solo mensajes) y mi correo mafequintero.s@gmail.com.

Adjunto el recurso firmado.

María""",
      "reconsideracion",
      {"nombres": "María Fernanda Quintero Salas", "nacionalidad": "VE",
       "documento_identidad": "145236987", "telefono": "+51944556677",
       "correo": "mafequintero.s@gmail.com",
       "motivo": "la entrevista se hizo sin intérprete de señas (soy sorda) y mi declaración quedó incompleta"},
      atts=[("pdf_signed", "reconsideracion_quintero.pdf", rc19, "Maria Fernanda Quintero Salas")],
      notif="2026-11-05")

    # 20 prorroga sent to mesadepartes (derivado), complete
    M("prorroga-a-mesa-derivado", MESA, "2026-10-22 09:15:27",
      "Anyelo Pacheco <anyelopacheco77@yahoo.com>", "prorroga de residencia anual",
      """Buen día. Soy refugiado reconocido, pido mi prórroga de residencia anual.
Anyelo Rafael Pacheco Bermúdez / masculino / venezolano / pasaporte 123987456 / CE 3322114 / nacido el 30 de junio de 1988 / tel. 955-667-788
Gracias""",
      "prorroga_residencia",
      {"nombres": "Anyelo Rafael Pacheco Bermúdez", "sexo": "M", "nacionalidad": "VE",
       "documento_identidad": "123987456", "carne_extranjeria": "3322114",
       "fecha_nacimiento": "1988-06-30", "telefono": "+51955667788",
       "correo": "anyelopacheco77@yahoo.com"}, ref=True)

    # 21 cambio clave sent to refugiados (derivado), no document
    M("clave-a-refugiados-sin-documento", REFU, "2026-10-06 14:02:11",
      "Oriana Blanco <orianablanco.b@gmail.com>", "Cambio de clave",
      """Hola, olvidé la contraseña del sistema de refugio, me pueden dar una nueva?
Soy Oriana Valentina Blanco Blanco, mi celular es 941 002 336.
Gracias""",
      "cambio_clave",
      {"nombres": "Oriana Valentina Blanco Blanco", "telefono": "+51941002336",
       "correo": "orianablanco.b@gmail.com"})

    # 22 out-of-office auto reply
    M("respuesta-automatica", SOLI, "2026-11-02 08:01:00",
      "Jorge Peña <jpena.consultor@gmail.com>", "Respuesta automática: Actualización de datos",
      """Gracias por su mensaje. Estaré fuera de la oficina hasta el 9 de noviembre con acceso limitado al correo.
Jorge""",
      "actualizacion_datos", {},
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, ignorado=True)

    # 23 bounce (multipart/report)
    M("rebote-mailer-daemon", SOLI, "2026-11-18 13:44:50",
      "Mail Delivery System <MAILER-DAEMON@mx1.rree.gob.pe>",
      "Undelivered Mail Returned to Sender: Cambio de clave y contraseña",
      """This is the mail system at host mx1.rree.gob.pe.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<carlos.perozo1990@gmial.com>: Host or domain name not found. Name service error for name=gmial.com type=A: Host not found""",
      "cambio_clave", {}, ignorado=True, date_delta=0,
      report=("Reporting-MTA: dns; mx1.rree.gob.pe\n\nFinal-Recipient: rfc822; carlos.perozo1990@gmial.com\nAction: failed\nStatus: 5.4.4\n",
              "From: solicitantesrefugio@rree.gob.pe\nTo: carlos.perozo1990@gmial.com\nSubject: RE: Cambio de clave y contraseña\n"))

    # 24 from an institutional mailbox (internal forward)
    M("interno-desde-mesa", REFU, "2026-11-19 10:20:00",
      "Mesa de Partes RREE <mesadepartes@rree.gob.pe>",
      "RV: Prórroga de residencia - derivación",
      """Se deriva a la Unidad de Refugiados el correo adjunto recibido en Mesa de Partes por corresponder a su competencia.

Mesa de Partes Virtual
Ministerio de Relaciones Exteriores""",
      "prorroga_residencia", {}, ignorado=True)

    # 25 bulk newsletter
    M("boletin-lista-bulk", MESA, "2026-12-01 07:00:00",
      "Boletín Red de Protección <boletin@redproteccion-migrantes.org>",
      "Boletín mensual diciembre: novedades en protección internacional",
      """Boletín de diciembre
- Taller virtual sobre derechos laborales de personas refugiadas
- Nuevas tarifas de Migraciones
Para dejar de recibir este boletín haga clic aquí.""",
      None, {}, headers={"Precedence": "bulk",
                         "List-Id": "Boletin Red Proteccion <boletin.redproteccion-migrantes.org>",
                         "List-Unsubscribe": "<mailto:baja@redproteccion-migrantes.org>"},
      ignorado=True)

    # 26 portal: asylum application sent by e-mail
    M("portal-solicitud-refugio", MESA, "2026-10-02 19:33:00",
      "Freddy Olivares <freddyolivares.v@gmail.com>", "Solicitud de refugio",
      """Buenas noches, llegué a Perú hace 2 semanas por Tumbes y quiero pedir refugio para mí y mi familia. Soy Freddy José Olivares Vera, de Venezuela, cédula V-17.654.321. Cómo hago?
Mi número 902 345 671""",
      "solicitud_refugio",
      {"nombres": "Freddy José Olivares Vera", "nacionalidad": "VE",
       "documento_identidad": "V17654321", "telefono": "+51902345671",
       "correo": "freddyolivares.v@gmail.com"})

    # 27 portal: work permit, Creole + Spanish
    M("portal-autorizacion-trabajo-kreyol", SOLI, "2026-10-16 12:10:30",
      "Marie-Ange Pierre <marieange.pierre@gmail.com>", "autorizacion de trabajo",
      """Bonjou, mwen bezwen autorización de trabajo pou mwen ka travay. Mwen gen solicitud de refugio deja. Kisa pou mwen fè?
Marie-Ange Pierre
paspò HA2233445
tel +51 963 852 741""",
      "autorizacion_trabajo",
      {"nombres": "Marie-Ange Pierre", "documento_identidad": "HA2233445",
       "telefono": "+51963852741", "correo": "marieange.pierre@gmail.com"})

    # 28 portal: registration interview, English
    M("portal-entrevista-english", SOLI, "2026-11-28 09:45:00",
      "Ibrahim Diallo <ibrahim.diallo.gn@gmail.com>", "Entrevista de registro - date?",
      """Hello, I submitted my asylum application online in September and I still have no date for the registration interview (entrevista de registro). When will I receive it?
Ibrahim Diallo""",
      "entrevista_registro",
      {"nombres": "Ibrahim Diallo", "correo": "ibrahim.diallo.gn@gmail.com"})

    # 29 triage: vague subject, vague body
    M("triage-consulta-estado", SOLI, "2026-10-29 15:40:12",
      "Ana Karina Toro <anakarinatoro@gmail.com>", "Consulta",
      """Buenas tardes, quisiera saber en qué estado está mi expediente, ya pasaron 2 años y no me llaman. Gracias.
Ana Karina Toro Méndez""",
      None, {"nombres": "Ana Karina Toro Méndez", "correo": "anakarinatoro@gmail.com"})

    # 30 triage: urgent, two procedures mentioned
    M("triage-urgente-dos-tramites", REFU, "2026-12-26 22:10:05",
      "Deivis Rangel <deivisrangel@hotmail.com>", "URGENTE ayuda",
      """Señores necesito ayuda urgente, se me venció el carné de extranjería y además tengo que viajar a Venezuela en enero porque mi mamá está grave. No sé si pedir primero la prórroga de residencia o el permiso de viaje, o si se puede hacer las dos cosas juntas. Por favor oriénteme.
Deivis Alberto Rangel Mota""",
      None, {"nombres": "Deivis Alberto Rangel Mota", "correo": "deivisrangel@hotmail.com"})

    # 31 suspended: carne de solicitante
    M("carne-solicitante-suspendido", SOLI, "2026-11-09 10:05:00",
      "Yohana Escalona <yohana.escalona@gmail.com>", "Carné de solicitante",
      """Buenos días, quiero sacar mi carné de solicitante de refugio, ya hice la entrevista.
Yohana Beatriz Escalona Rivas, pasaporte 132654987, cel 987 001 234""",
      "carne_solicitante",
      {"nombres": "Yohana Beatriz Escalona Rivas", "documento_identidad": "132654987",
       "telefono": "+51987001234", "correo": "yohana.escalona@gmail.com"})

    # 32 duplicate CE with police report, landline
    dn32 = ["POLICIA NACIONAL DEL PERU - COMISARIA PNP SAN MARTIN DE PORRES",
            "DENUNCIA POLICIAL N° 24587-2026",
            "Denunciante: Carlos Eduardo Perozo Lira",
            "Hecho: pérdida de carné de extranjería N° 2233445",
            "Fecha: 20/11/2026"]
    M("duplicado-carne-con-denuncia", REFU, "2026-11-23 11:00:45",
      "Carlos Perozo <carlos.perozo1990@gmail.com>", "Duplicado de carné de extranjería",
      """Estimados, solicito el duplicado de mi carné de extranjería por pérdida. Adjunto la denuncia policial.

Nombres y apellidos: Carlos Eduardo Perozo Lira
Sexo: masculino
Nacionalidad: venezolana
Pasaporte: 109876543
Carné de extranjería: 2233445
Fecha de nacimiento: 1990-05-14
Teléfono fijo: (01) 425-7788

Carlos""",
      "duplicado_carne_extranjeria",
      {"nombres": "Carlos Eduardo Perozo Lira", "sexo": "M", "nacionalidad": "VE",
       "documento_identidad": "109876543", "carne_extranjeria": "2233445",
       "fecha_nacimiento": "1990-05-14", "telefono": "+5114257788",
       "correo": "carlos.perozo1990@gmail.com"},
      atts=[("pdf_text", "denuncia_policial_perozo.pdf", dn32)], ref=True, denuncia=True)

    # 33 duplicate CE on a holiday, no police report, no sex
    M("duplicado-sin-denuncia-feriado", REFU, "2026-12-08 12:30:00",
      "Eglis Marcano <eglismarcano@gmail.com>", "duplicado de carnet de extranjeria",
      """Hola me robaron la cartera con el carnet de extranjeria, necesito el duplicado.
Eglis Josefina Marcano Rojas
venezolana
pasaporte 118822334
CE 5544332
f. nac 19-11-1993
cel 956 887 412""",
      "duplicado_carne_extranjeria",
      {"nombres": "Eglis Josefina Marcano Rojas", "nacionalidad": "VE",
       "documento_identidad": "118822334", "carne_extranjeria": "5544332",
       "fecha_nacimiento": "1993-11-19", "telefono": "+51956887412",
       "correo": "eglismarcano@gmail.com"}, ref=True)

    # 34 vague subject, body decides prorroga; missing birth date
    M("asunto-vago-cuerpo-prorroga", REFU, "2026-10-26 10:18:00",
      "Nairobi Salas <nairobisalas.ve@gmail.com>", "Solicitud",
      """Buenos días, por medio del presente solicito la prórroga de residencia anual en mi condición de refugiada.
Nairobi del Valle Salas Peraza
Sexo: femenino
Nacionalidad: venezolana
Cédula: V-21.456.789
Carné de extranjería: 6655443
Teléfono: 997 334 556""",
      "prorroga_residencia",
      {"nombres": "Nairobi del Valle Salas Peraza", "sexo": "F", "nacionalidad": "VE",
       "documento_identidad": "V21456789", "carne_extranjeria": "6655443",
       "telefono": "+51997334556", "correo": "nairobisalas.ve@gmail.com"}, ref=True)

    # 35 reconsideracion body only, no phone
    M("reconsideracion-sin-adjunto-sin-telefono", MESA, "2026-12-02 16:55:00",
      "Alí Khouri <ali.khouri.pe@gmail.com>", "Reconsideración",
      """Señores,
Me dirijo a ustedes para pedir reconsideración de la decisión que negó mi refugio. Mi nombre es Alí Hassan Khouri, de Líbano, pasaporte LR1234567. Motivo: tengo un nuevo documento del ACNUR sobre la situación en el sur del Líbano que no fue evaluado.
Mi correo: ali.khouri.pe@gmail.com
Gracias""",
      "reconsideracion",
      {"nombres": "Alí Hassan Khouri", "nacionalidad": "LB", "documento_identidad": "LR1234567",
       "correo": "ali.khouri.pe@gmail.com",
       "motivo": "tengo un nuevo documento del ACNUR sobre la situación en el sur del Líbano que no fue evaluado"})

    # 36 apelacion with altered signature
    ap36 = ["RECURSO DE APELACION",
            "Nombres: Kimberly Dayana Ochoa Zambrano",
            "Pasaporte: 165432198",
            "Telefono: +51 912 876 543",
            "Correo: kimochoa.z@gmail.com",
            "Motivo: la Comision no consideró el informe psicológico presentado.",
            "Lima, 1 de diciembre de 2026"]
    M("apelacion-firma-alterada", MESA, "2026-12-01 10:30:00",
      "Kimberly Ochoa <kimochoa.z@gmail.com>", "Fwd: Recurso de apelación",
      """---------- Forwarded message ---------
De: Kimberly Ochoa <kimochoa.z@gmail.com>
Date: mar, 1 dic 2026 a las 10:20
Subject: Recurso de apelación
To: <kimochoa.z@gmail.com>

Adjunto mi recurso de apelación firmado digitalmente.
Kimberly Dayana Ochoa Zambrano
Pasaporte 165432198
Tel +51 912 876 543
Motivo: la Comisión no consideró el informe psicológico presentado.""",
      "apelacion",
      {"nombres": "Kimberly Dayana Ochoa Zambrano", "documento_identidad": "165432198",
       "telefono": "+51912876543", "correo": "kimochoa.z@gmail.com",
       "motivo": "la Comisión no consideró el informe psicológico presentado"},
      atts=[("pdf_altered", "apelacion_ochoa_firmado.pdf", ap36, "Kimberly Dayana Ochoa Zambrano",
             "diciembre", "noviembre")])

    # 37 renuncia by refugee without CE number
    rn37 = ["RENUNCIA", "Yo, Luis Alberto Ferrer Campos, renuncio a la condición de refugiado.",
            "Motivo: me voy a vivir a España con mi familia.", "Firmado digitalmente"]
    M("renuncia-refugiado-sin-carne", MESA, "2027-01-08 12:12:12",
      "Luis Ferrer <lferrer.campos@gmail.com>", "Renuncia",
      """Buenas tardes. Soy refugiado reconocido y renuncio a la condición de refugiado.
Luis Alberto Ferrer Campos, venezolano, pasaporte 099887766, teléfono +51-956112233.
Motivo: me voy a vivir a España con mi familia.
Adjunto el documento firmado.""",
      "renuncia",
      {"nombres": "Luis Alberto Ferrer Campos", "nacionalidad": "VE",
       "documento_identidad": "099887766", "telefono": "+51956112233",
       "correo": "lferrer.campos@gmail.com",
       "motivo": "me voy a vivir a España con mi familia"},
      atts=[("pdf_signed", "renuncia_ferrer.pdf", rn37, "Luis Alberto Ferrer Campos")], ref=True)

    # 38 refugee update after close on Friday before the long weekend
    M("actualizacion-refugiado-viernes-tarde", SOLI, "2026-12-04 16:52:00",
      "Mónica Ayala <monica.ayala.h@gmail.com>", "Actualización de datos",
      """Estimados, soy refugiada reconocida y cambié de número.
Nombre completo\tMónica Alejandra Ayala Herrera
Nacionalidad\tVenezuela
Pasaporte\t128374650
Carné de Extranjería\t5678123
Nuevo teléfono\t+51 (944) 321-765
Gracias""",
      "actualizacion_datos",
      {"nombres": "Mónica Alejandra Ayala Herrera", "nacionalidad": "VE",
       "documento_identidad": "128374650", "carne_extranjeria": "5678123",
       "telefono": "+51944321765", "correo": "monica.ayala.h@gmail.com"}, ref=True)

    # 39 NGO sumilla reconsideracion on non-working day, PNG signature
    pg39 = ["Señores CEPR", "Recurso de reconsideración",
            "Wendy Carolina Urbina Lozada - Pasaporte 157896423",
            "Motivo: presento certificado médico forense de las agresiones sufridas.",
            "Firma:"]
    M("ong-reconsideracion-png", MESA, "2026-12-24 10:15:00",
      "Área Legal - Asociación Manos Unidas por el Refugio <legal@manosunidasrefugio.org>",
      "RECONSIDERACION - Wendy Urbina",
      """Señores Mesa de Partes:

Remitimos, en apoyo de la señora indicada, su recurso de reconsideración firmado a mano (imagen adjunta). Detalle:

1. Recurrente: Wendy Carolina Urbina Lozada
2. Nacionalidad: venezolana
3. Documento: Pasaporte 157896423 (también tiene cédula V-23.987.654)
4. Contacto de la recurrente: 978 665 443 / wendyurbina.l@gmail.com
5. Motivo: presenta certificado médico forense de las agresiones sufridas, no evaluado en primera instancia.

Nuestra voluntaria de contacto: Lucía Ramírez (legal@manosunidasrefugio.org, 01 555 8899).

Saludos,
Área Legal - Asociación Manos Unidas por el Refugio""",
      "reconsideracion",
      {"nombres": "Wendy Carolina Urbina Lozada", "nacionalidad": "VE",
       "documento_identidad": "157896423", "telefono": "+51978665443",
       "correo": "wendyurbina.l@gmail.com",
       "motivo": "presenta certificado médico forense de las agresiones sufridas, no evaluado en primera instancia"},
      atts=[("png", "recurso_wendy_firmado.png", pg39)])

    # 40 prorroga with two-digit birth year, 31 Dec (a working day in this calendar)
    M("prorroga-anio-dos-digitos", REFU, "2026-12-31 10:00:00",
      "yenifer rojas <yeni.rojas.gil@gmail.com>", "RENOVACION DE RESIDENCIA",
      """buenos dias, quiero hacer la renovación anual de mi residencia (refugiada)
nombres: Yenifer Andrea Rojas Gil
sexo femenino, nacionalidad venezolana
pasaporte: 143256789
carne de extranjeria: 7766554
nacimiento: 15/03/90
telefono: 962 114 558
feliz año""",
      "prorroga_residencia",
      {"nombres": "Yenifer Andrea Rojas Gil", "sexo": "F", "nacionalidad": "VE",
       "documento_identidad": "143256789", "carne_extranjeria": "7766554",
       "fecha_nacimiento": "1990-03-15", "telefono": "+51962114558",
       "correo": "yeni.rojas.gil@gmail.com"}, ref=True)

    # 41 travel without return date, Cuban carnet de identidad
    av41 = ["SOLICITUD DE AUTORIZACIÓN DE VIAJE",
            "Yo, Osniel Rodríguez Cabrera, CE 8899001, solicito autorización para",
            "viajar a La Habana, Cuba, con salida el 20/01/2027.",
            "Motivo: trámite de documentos de mi hija en el Registro Civil.",
            "Firmado digitalmente"]
    M("viaje-sin-retorno-cubano", REFU, "2027-01-09 09:30:00",
      "Osniel Rodriguez <osnielrc@nauta.cu>", "Permiso de viaje",
      """Saludos. Soy refugiado reconocido, cubano, carnet de identidad 85031512345, carné de extranjería 8899001.
Osniel Rodríguez Cabrera
Necesito viajar a La Habana, Cuba. Salida: 20/01/2027. El regreso todavía no lo sé, depende del trámite.
Motivo: trámite de documentos de mi hija en el Registro Civil.
Cel. 987 650 443
Adjunto solicitud firmada.""",
      "autorizacion_viaje",
      {"nombres": "Osniel Rodríguez Cabrera", "nacionalidad": "CU",
       "documento_identidad": "85031512345", "carne_extranjeria": "8899001",
       "destino": "La Habana, Cuba", "fecha_salida": "2027-01-20",
       "telefono": "+51987650443", "correo": "osnielrc@nauta.cu",
       "motivo": "trámite de documentos de mi hija en el Registro Civil"},
      atts=[("pdf_signed", "solicitud_viaje_osniel.pdf", av41, "Osniel Rodriguez Cabrera")],
      ref=True)

    # 42 HTML-only table
    M("html-tabla-actualizacion", SOLI, "2027-01-21 11:25:00",
      "Sandra Milena Vargas <sandramvargas@hotmail.com>", "Actualización de datos de contacto",
      None, "actualizacion_datos",
      {"nombres": "Sandra Milena Vargas Ortiz", "nacionalidad": "CO",
       "documento_identidad": "1013654789", "telefono": "+51939101202",
       "correo": "sandravargas.nuevo@gmail.com"},
      html="""<html><body><p>Buenos días, solicito actualizar mis datos de contacto:</p>
<table border="1">
<tr><td>Nombres y apellidos</td><td>Sandra Milena Vargas Ortiz</td></tr>
<tr><td>Nacionalidad</td><td>colombiana</td></tr>
<tr><td>C.C.</td><td>1.013.654.789</td></tr>
<tr><td>Celular</td><td>939&nbsp;101&nbsp;202</td></tr>
<tr><td>Correo nuevo</td><td>sandravargas.nuevo@gmail.com</td></tr>
</table><p>Gracias,<br>Sandra</p></body></html>""")

    # 43 relative forwards applicant's message (Fwd:, encoded subject)
    M("fwd-hermano-prorroga", REFU, "2027-01-16 15:05:00",
      "Jesús Mujica <jesusmujica.r@gmail.com>", "Fwd: Prórroga de residencia",
      """Buenas tardes, reenvío el correo de mi hermana que no le llegó a ustedes porque lo mandó a otra dirección.

---------- Forwarded message ---------
De: Rosangela Mujica <rosangela.mujica@gmail.com>
Date: vie, 15 ene 2027 a las 20:11
Subject: Prórroga de residencia
To: <refugiado@rree.gob.pe>

Solicito prórroga de residencia, soy refugiada reconocida.
Rosangela Mujica Rivas, mujer, venezolana, cédula V-18.765.432, CE 3456789, nacida el 4 de diciembre de 1987, cel 945 678 123, mi correo es rosangela.mujica@gmail.com""",
      "prorroga_residencia",
      {"nombres": "Rosangela Mujica Rivas", "sexo": "F", "nacionalidad": "VE",
       "documento_identidad": "V18765432", "carne_extranjeria": "3456789",
       "fecha_nacimiento": "1987-12-04", "telefono": "+51945678123",
       "correo": "rosangela.mujica@gmail.com"}, ref=True)

    # 44 apelacion complete sent to solicitantesrefugio (derivado), Haitian passport
    ap44 = ["RECURSO DE APELACION",
            "Mwen menm / Yo: Jean Robert Louis-Jacques, pasaporte OK3456712",
            "Motivo: mwen pa t gen tradiktè nan entrevista a / no tuve traductor en la entrevista.",
            "Telefono: 924 350 871  Correo: jrlouisjacques@gmail.com",
            "Firmado digitalmente"]
    M("apelacion-kreyol-a-solicitantes", SOLI, "2027-01-25 09:12:00",
      "Jean Robert Louis-Jacques <jrlouisjacques@gmail.com>", "Recurso de apelacion",
      """Bonjou, mwen voye recurso de apelación mwen siyen.
Non: Jean Robert Louis-Jacques
Nasyonalite: Haití
Paspò: OK3456712
Telefòn: 924 350 871
Imèl: jrlouisjacques@gmail.com
Motivo: mwen pa t gen tradiktè nan entrevista a, no tuve traductor en la entrevista.
Mèsi""",
      "apelacion",
      {"nombres": "Jean Robert Louis-Jacques", "nacionalidad": "HT",
       "documento_identidad": "OK3456712", "telefono": "+51924350871",
       "correo": "jrlouisjacques@gmail.com",
       "motivo": "mwen pa t gen tradiktè nan entrevista a, no tuve traductor en la entrevista"},
      atts=[("pdf_signed", "apelasyon.pdf", ap44, "Jean Robert Louis-Jacques")])

    # 45 cambio clave on Sunday, NGO list for applicant, contact given for applicant
    M("ong-lista-cambio-clave", SOLI, "2027-01-31 18:40:00",
      "Voluntariado Encuentro <voluntarios.encuentro@gmail.com>", "Cambio de clave y contraseña - Sra. Gómez",
      """Buenas noches. Desde el voluntariado ayudamos a la señora a enviar su pedido:
* Nombre completo: Johana Patricia Gómez Arrieta
* Cédula de ciudadanía: 1.143.258.369
* Teléfono de la señora: 51-955-001-234
* Correo de la señora: johanagomez.arrieta@gmail.com
La señora no recuerda su contraseña y el sistema no le envía el enlace.
Gracias, Voluntariado Encuentro (Pedro)""",
      "cambio_clave",
      {"nombres": "Johana Patricia Gómez Arrieta",
       "documento_identidad": "1143258369", "telefono": "+51955001234",
       "correo": "johanagomez.arrieta@gmail.com"})
