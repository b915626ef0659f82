# -*- coding: utf-8 -*-
"""The 50 messages of round 28 (facts + hand-written field labels).

Each dict: file, mailbox (receiving institutional mailbox), recv (Lima local time),
from, subject, body/html, atts, procedure, fields (normal form, hand-written),
refugee (carné de extranjería required where starred), notif (recurso notification
date as stated), machine (ignorado), expect (hand-computed values cross-checked by
build.py).
"""
import datetime as _dt
from email.utils import format_datetime as _fmt

MESA = "mesadepartes@rree.gob.pe"
SOLI = "solicitantesrefugio@rree.gob.pe"
REFU = "refugiados@rree.gob.pe"

M = []


def add(**kw):
    M.append(kw)


# 001 -- Haitian Creole, actualización de datos, applicant, complete
add(file="001-kreyol-aktyalizasyon-done.eml", mailbox=SOLI, recv="2026-10-05T10:12:40",
    **{"from": "Wesner P. <wesnerpierre509@gmail.com>"},
    subject="Actualización de datos",
    body="""Bonjou,

Mwen ekri nou pou mete enfòmasyon kontak mwen yo ajou (actualización de datos).

Non ak siyati: PIERRE Jean Wesner
Nasyonalite: ayisyen
Nimewo paspò: PP3456712
Nouvo telefòn: 912 345 678 (WhatsApp)
Nouvo adrès: Jr. Huáscar 1450, Jesús María, Lima

Mwen chanje nimewo paske yo te vòlè telefòn mwen an nan bis la semèn pase.

Mèsi anpil, Bondye beni nou.
Wesner
""",
    procedure="actualizacion_datos",
    fields={"nombres": "PIERRE Jean Wesner", "nacionalidad": "HT", "documento_identidad": "PP3456712",
            "telefono": "+51912345678", "correo": "wesnerpierre509@gmail.com",
            "motivo": "paske yo te vòlè telefòn mwen an nan bis la semèn pase"},
    expect={"outcome": "acuse", "filing_date": "2026-10-05", "due_date": "2026-10-28"})

# 002 -- French, cambio de clave, Saturday, French-only subject
add(file="002-francais-mot-de-passe.eml", mailbox=SOLI, recv="2026-10-10T11:03:00",
    **{"from": "Marie-Claude <mcdorval@hotmail.com>"},
    subject="Changement de mot de passe",
    body="""Madame, Monsieur,

Je n'arrive plus à me connecter au Système des Réfugiés parce que j'ai oublié mon mot de passe et le lien de récupération ne fonctionne pas.
Je vous prie de bien vouloir effectuer le changement de ma clé et de mon mot de passe.

Nom et prénom : DORVAL Marie-Claude
Passeport n° : RD 0981234
Téléphone : +51 923 456 781
Courriel : mc.dorval@yahoo.fr

(J'écris en français car je ne parle pas encore bien l'espagnol, excusez-moi.)

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
M.-C. Dorval
""",
    procedure="cambio_clave",
    fields={"nombres": "DORVAL Marie-Claude", "documento_identidad": "RD0981234", "telefono": "+51923456781",
            "correo": "mc.dorval@yahoo.fr",
            "motivo": "parce que j'ai oublié mon mot de passe et le lien de récupération ne fonctionne pas"},
    expect={"outcome": "acuse", "filing_date": "2026-10-12"})

# 003 -- Angolan Portuguese, prórroga, received on a holiday, pipe-separated form
add(file="003-angola-prorrogacao-residencia.eml", mailbox=REFU, recv="2026-10-08T09:40:15",
    **{"from": "Domingos Kiala <dkiala.ao@gmail.com>"},
    subject="Prorrogação de residência",
    body="""Exmos. Senhores,

Venho por meio deste solicitar a prorrogação da minha residência anual, na qualidade de refugiado reconhecido.

NOME COMPLETO         | KIALA Domingos Manuel
SEXO                  | Masculino
NACIONALIDADE         | Angolana
PASSAPORTE            | N1948372
CARNÉ DE EXTRANJERÍA  | 000618274
DATA DE NASCIMENTO    | 07/11/1984
TELEMÓVEL             | 951 234 876

Sem outro assunto de momento, subscrevo-me com elevada estima e consideração.

Domingos Manuel Kiala
""",
    procedure="prorroga_residencia",
    fields={"nombres": "KIALA Domingos Manuel", "sexo": "M", "nacionalidad": "AO", "documento_identidad": "N1948372",
            "carne_extranjeria": "000618274", "fecha_nacimiento": "1984-11-07", "telefono": "+51951234876",
            "correo": "dkiala.ao@gmail.com"},
    expect={"outcome": "acuse", "filing_date": "2026-10-12", "due_date": "2026-11-02"})

# 004 -- Venezuelan who lived in Brazil, writes Portuguese; travel, signed PDF, after close
add(file="004-portugues-viagem-boa-vista.eml", mailbox=REFU, recv="2026-10-14T17:05:09",
    **{"from": "Yusmary Colmenares <yusmary.colmenares@gmail.com>"},
    subject="Autorização de viagem urgente / Autorización de Viaje",
    body="""Boa tarde senhores,

Sou venezuelana, refugiada reconhecida no Peru. Morei 3 anos em Boa Vista e escrevo melhor em português, desculpem.

Preciso viajar com urgência porque minha mãe vai ser operada do coração no Hospital Geral de Roraima e não tem ninguém com ela.

Segue em anexo a solicitação assinada digitalmente com todos os meus dados.

Obrigada,
Yusmary
""",
    atts=[{"name": "Solicitud_autorizacion_viaje_Colmenares.pdf", "kind": "signed",
           "cn": "Yusmary Andreina Colmenares Briceno",
           "lines": ["# SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)",
                     "Señores Comisión Especial para los Refugiados", "",
                     "Nombres y apellidos: Yusmary Andreína Colmenares Briceño",
                     "Nacionalidad: venezolana",
                     "Cédula de identidad: V-20.318.447",
                     "Carné de Extranjería N°: 001127456",
                     "Teléfono: +51 976 554 312",
                     "Destino: Boa Vista, Roraima (Brasil)",
                     "Fecha de salida: 22/10/2026",
                     "Fecha de retorno: 06/11/2026",
                     "Motivo del viaje: acompañar a mi madre, que será operada del corazón en el Hospital Geral de Roraima.",
                     "", "Firmado digitalmente."]}],
    procedure="autorizacion_viaje",
    fields={"motivo": "acompañar a mi madre, que será operada del corazón en el Hospital Geral de Roraima",
            "destino": "Boa Vista, Roraima (Brasil)", "fecha_salida": "2026-10-22", "fecha_retorno": "2026-11-06",
            "nombres": "Yusmary Andreína Colmenares Briceño", "nacionalidad": "VE", "documento_identidad": "V20318447",
            "carne_extranjeria": "001127456", "telefono": "+51976554312",
            "correo": "yusmary.colmenares@gmail.com"},
    expect={"outcome": "acuse", "signature": "valid", "filing_date": "2026-10-15", "due_date": "2026-10-22"})

# 005 -- Nigerian English, apelación, all data only in the signed PDF
add(file="005-nigeria-appeal-signed.eml", mailbox=MESA, recv="2026-10-20T09:15:44",
    **{"from": "Chinedu O. <chinedu.okonkwo88@yahoo.com>"},
    subject="Appeal - Recurso de Apelación",
    body="""Good day Sir/Ma,

Please find attached my appeal against the decision of the Commission confirming the denial of my refugee application. The appeal letter is signed digitally.

I was notified of the decision on 13/10/2026 through my email.

Kindly acknowledge receipt.

Thank you and God bless.
Chinedu
""",
    atts=[{"name": "APPEAL_OKONKWO.pdf", "kind": "signed", "cn": "Chinedu Emmanuel Okonkwo",
           "lines": ["# RECURSO DE APELACIÓN / APPEAL",
                     "To: Comisión Especial para los Refugiados - Secretaría Ejecutiva", "",
                     "Full name (surname first): OKONKWO Chinedu Emmanuel",
                     "Nationality: Nigerian",
                     "Passport No.: A08765432",
                     "Phone: 934 221 870",
                     "Email: chinedu.okonkwo88@yahoo.com", "",
                     "Grounds of appeal: I am appealing because the Commission did not consider the attacks "
                     "on my family in Anambra State and the medical reports I submitted in June. "
                     "My life is at risk if I return.", "",
                     "Date: 19/10/2026", "Signed (digital signature)"]}],
    procedure="apelacion", notif="2026-10-13",
    fields={"nombres": "OKONKWO Chinedu Emmanuel", "nacionalidad": "NG", "documento_identidad": "A08765432",
            "telefono": "+51934221870", "correo": "chinedu.okonkwo88@yahoo.com",
            "motivo": "I am appealing because the Commission did not consider the attacks on my family in Anambra State"},
    expect={"outcome": "cargo", "flags": [], "filing_date": "2026-10-20"})

# 006 -- Ghanaian English, reconsideración with a text-only PDF (no signature) -> firma absent
add(file="006-ghana-reconsideration-unsigned.eml", mailbox=MESA, recv="2026-10-22T15:20:03",
    **{"from": "Kwame Asante <kwame.asante.gh@gmail.com>"},
    subject="Request for Reconsideration (Recurso de Reconsideración)",
    body="""Dear Officer,

I humbly submit my request for reconsideration of the resolution that denied my refugee status. The letter is attached in PDF.

My details:
Name - ASANTE Kwame Boateng
Nationality - Ghanaian
Passport - G2874519
Tel - 987 332 104 (also WhatsApp)
Email - kwame.asante.gh@gmail.com

I ask for reconsideration because new evidence has come: a letter from the chief of my community confirming the threats against me after the land dispute in Ashanti region.

Yours faithfully,
Kwame
""",
    atts=[{"name": "reconsideration_letter.pdf", "kind": "textpdf",
           "lines": ["# REQUEST FOR RECONSIDERATION", "",
                     "I, ASANTE Kwame Boateng, passport G2874519, ask the Commission to reconsider its decision.",
                     "New evidence: letter from the chief of my community (attached later).",
                     "Lima, 22 October 2026", "", "Kwame B. Asante"]}],
    procedure="reconsideracion",
    fields={"nombres": "ASANTE Kwame Boateng", "nacionalidad": "GH", "documento_identidad": "G2874519",
            "telefono": "+51987332104", "correo": "kwame.asante.gh@gmail.com",
            "motivo": "because new evidence has come: a letter from the chief of my community confirming the threats"},
    expect={"outcome": "subsanar", "missing": ["firma"], "signature": "absent", "due_date": "2026-10-26"})

# 007 -- Indian English, renuncia (applicant) with a JPEG of the signed letter
add(file="007-india-renuncia-photo.eml", mailbox=MESA, recv="2026-10-26T16:29:50",
    **{"from": "Harpreet Singh <harpreet.singh.punjab@gmail.com>"},
    subject="Renuncia - withdrawal of refugee application",
    body="""Respected Sir/Madam,

I, Harpreet SINGH, Indian national, holding passport no. Z4417825, hereby withdraw (renuncia) my application for refugee status in Peru, because my employer in Lima has obtained a work visa for me and I no longer need international protection.

I am an applicant only, I do not have carné de extranjería.

Contact no.: +51 941 778 205

The signed renunciation letter is attached as photo (scan from mobile).

Kindly do the needful.

Thanking you,
Harpreet Singh
""",
    atts=[{"name": "renuncia_firmada.jpg", "kind": "jpeg",
           "lines": ["To: Comision Especial para los Refugiados", "",
                     "RENUNCIA / WITHDRAWAL", "",
                     "I, Harpreet Singh, passport Z4417825,", "withdraw my refugee application.",
                     "Reason: I have a work visa now.", "", "Lima, 26/10/2026", "Signature:"]}],
    procedure="renuncia",
    fields={"nombres": "Harpreet SINGH", "nacionalidad": "IN", "documento_identidad": "Z4417825",
            "telefono": "+51941778205", "correo": "harpreet.singh.punjab@gmail.com",
            "motivo": "because my employer in Lima has obtained a work visa for me and I no longer need international protection"},
    expect={"outcome": "acuse", "signature": "manuscrita", "flags": ["verificar_firma"], "filing_date": "2026-10-26"})

# 008 -- Syrian English, duplicado CE, tab-separated, denuncia PDF, after close on Friday
add(file="008-syria-duplicate-ce-stolen.eml", mailbox=REFU, recv="2026-10-30T16:31:05",
    **{"from": "Rami Haddad <rami.haddad.sy@outlook.com>"},
    subject="Duplicate of carné de extranjería - stolen",
    body="""Hello,

My carné de extranjería was stolen on 25 October in Gamarra (La Victoria). I made the police report at the comisaría and I attach it.

Full name:\tHADDAD Rami Khalil
Sex:\tMale
Nationality:\tSyrian
Passport:\tN 011482736
Carné de extranjería:\t000734512
Born on:\t12/04/1979
Mobile:\t+51 955 610 284

I need the duplicate please because without it I cannot work or open a bank account.

Best regards,
Rami Haddad
""",
    atts=[{"name": "denuncia_policial_PNP_Haddad.pdf", "kind": "textpdf",
           "lines": ["# POLICÍA NACIONAL DEL PERÚ - COMISARÍA LA VICTORIA",
                     "DENUNCIA POLICIAL N° 31452-2026",
                     "Denunciante: HADDAD Rami Khalil, de nacionalidad siria",
                     "Hecho: robo de documentos (carné de extranjería) el 25/10/2026 en el emporio de Gamarra.",
                     "Lima, 26 de octubre de 2026"]}],
    procedure="duplicado_carne_extranjeria",
    fields={"nombres": "HADDAD Rami Khalil", "sexo": "M", "nacionalidad": "SY", "documento_identidad": "N011482736",
            "carne_extranjeria": "000734512", "fecha_nacimiento": "1979-04-12", "telefono": "+51955610284",
            "correo": "rami.haddad.sy@outlook.com",
            "motivo": "because without it I cannot work or open a bank account"},
    expect={"outcome": "acuse", "filing_date": "2026-11-02", "due_date": "2026-11-23"})

# 009 -- Afghan English, prórroga sent to mesa de partes, lacks sex and birth date
add(file="009-afghan-residence-extension-wrong-box.eml", mailbox=MESA, recv="2026-11-02T08:05:31",
    **{"from": "Farid Ahmadi <f.ahmadi.kbl@gmail.com>"},
    subject="Residence extension / Prórroga de residencia",
    body="""Dear Sirs,

I am a recognized refugee in Peru since 2024 and my annual residence must be extended. Please process the prórroga de residencia.

Name: AHMADI Farid
Nationality: Afghan
Passport: P03318462
Carné de extranjería No: 000829113
Phone / WhatsApp: 961 004 527

Thank you very much.
Farid Ahmadi
""",
    procedure="prorroga_residencia",
    fields={"nombres": "AHMADI Farid", "nacionalidad": "AF", "documento_identidad": "P03318462",
            "carne_extranjeria": "000829113", "telefono": "+51961004527", "correo": "f.ahmadi.kbl@gmail.com"},
    expect={"outcome": "subsanar", "missing": ["sexo", "fecha_nacimiento"], "flags": ["derivado"]})

# 010 -- US-born husband writes for his Venezuelan wife; Received header in UTC (after close)
add(file="010-us-spouse-update-for-wife.eml", mailbox=SOLI, recv="2026-11-04T21:40:27", hdr_tz=0, date_tz=-6,
    **{"from": "John Miller <jmiller.tx@gmail.com>"},
    subject="Actualizacion de datos - my wife Daniela Rojas",
    body="""Hello,

Sorry, my Spanish is not good yet, so I am writing in English. I am writing on behalf of my wife, who is a refugee applicant. She asked me to send the update of her contact information (actualización de datos).

Her full name: Daniela Carolina ROJAS PÉREZ
Nationality: Venezuelan
Cédula: V-19.456.782
Her new cell phone: 987 120 455
Her email (same as before): daniela.rojasp@gmail.com
New address: Calle Los Pinos 233, Miraflores

For reference, I am a US citizen (passport 548392017) and we got married in Lima in August. My own number is +1 512 555 0143 if you need me.

Best,
John Miller
""",
    procedure="actualizacion_datos",
    fields={"nombres": "Daniela Carolina ROJAS PÉREZ", "nacionalidad": "VE", "documento_identidad": "V19456782",
            "telefono": "+51987120455", "correo": "daniela.rojasp@gmail.com"},
    expect={"outcome": "acuse", "filing_date": "2026-11-05", "due_date": "2026-11-26"})

# 011 -- Spanglish, cambio de clave, no phone, Saturday night
add(file="011-spanglish-password-reset.eml", mailbox=SOLI, recv="2026-11-07T23:10:18",
    **{"from": "Kelvin M. <kelvinmarquez.ve@gmail.com>"},
    subject="Cambio de clave / password reset pls",
    body="""Hi, buenas noches

Necesito un reset de mi clave del Sistema de Refugiados porque I forgot the password y el link de "olvidé mi contraseña" no me llega al email. Ya lo intenté like 5 times, so frustrating.

Mis datos:
Full name: Kelvin José Márquez Salazar
Pasaporte: 118273645
email: kelvinmarquez.ve@gmail.com

Thanks in advance!!
K.
""",
    procedure="cambio_clave",
    fields={"nombres": "Kelvin José Márquez Salazar", "documento_identidad": "118273645",
            "correo": "kelvinmarquez.ve@gmail.com",
            "motivo": "porque I forgot the password y el link de \"olvidé mi contraseña\" no me llega al email"},
    expect={"outcome": "subsanar", "missing": ["telefono"], "filing_date": "2026-11-09", "due_date": "2026-11-11"})

# 012 -- Haitian refugee, machine-translated Spanish, renuncia, signed PDF
add(file="012-traductor-renuncia-haitiano.eml", mailbox=MESA, recv="2026-11-09T11:00:52",
    **{"from": "Jn Robert Louis <jnrobertlouis@gmail.com>"},
    subject="Renuncia",
    body="""Buenos días señor o señora,

Por la presente yo quiero hacer la renuncia de mi condición de refugiado que el Perú me ha dado. Yo soy refugiado reconocido desde el año 2022. La razón es porque mi familia en Canadá hizo para mí el patrocinio y yo voy a viajar para vivir allá con mi esposa y mis niños.

Mi nombre y apellido es LOUIS Jean Robert
Nacionalidad: haitiana
Pasaporte número: RD2290417
Carnet de extranjero número: 000412990
Número de teléfono: 904 118 362

Yo adjunto la carta de renuncia firmada en manera electrónica.

Gracias por su atención y que Dios les bendiga.

(Este mensaje fue traducido con el traductor de Google, disculpe los errores)
""",
    atts=[{"name": "lettre_renonciation_LOUIS.pdf", "kind": "signed", "cn": "Jean Robert Louis",
           "lines": ["# CARTA DE RENUNCIA A LA CONDICIÓN DE REFUGIADO", "",
                     "Yo, LOUIS Jean Robert, haitiano, pasaporte RD2290417, carné de extranjería 000412990,",
                     "renuncio a mi condición de refugiado en el Perú porque me voy a vivir a Canadá con mi familia.",
                     "Teléfono: 904 118 362", "", "Lima, 9 de noviembre de 2026"]}],
    procedure="renuncia", refugee=True,
    fields={"motivo": "porque mi familia en Canadá hizo para mí el patrocinio y yo voy a viajar para vivir allá",
            "nombres": "LOUIS Jean Robert", "nacionalidad": "HT", "documento_identidad": "RD2290417",
            "carne_extranjeria": "000412990", "telefono": "+51904118362", "correo": "jnrobertlouis@gmail.com"},
    expect={"outcome": "acuse", "signature": "valid", "missing": []})

# 013 -- grandson types what his grandmother dictates; prórroga; landline; two-digit birth year
add(file="013-nieto-escribe-prorroga-abuela.eml", mailbox=REFU, recv="2026-11-11T19:45:00",
    **{"from": "Andrés Vielma <andresvielma.2009@gmail.com>"},
    subject="Prorroga de residencia de mi abuela",
    body="""Buenas noches, le escribe Andrés, nieto de la señora Carmen. Ella no maneja el correo y me pidió que le escribiera lo que ella me va dictando:

"Señores de la Cancillería, muy buenas noches. Yo soy Carmen Elena Vielma de Ochoa, venezolana, refugiada reconocida, y necesito hacer la prórroga de mi residencia de este año. Mi cédula es la V-3.456.789 y el carné de extranjería es el 000551208. Nací el 02/02/41 en Barquisimeto. Sexo femenino. El teléfono de la casa es el (01) 456-7890, ahí estoy siempre. Que Dios me los bendiga."

Eso es todo lo que me dijo. Cualquier cosa pueden responder a este mismo correo.
Atte. Andrés Vielma (nieto)
""",
    procedure="prorroga_residencia",
    fields={"nombres": "Carmen Elena Vielma de Ochoa", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "V3456789",
            "carne_extranjeria": "000551208", "fecha_nacimiento": "1941-02-02", "telefono": "+5114567890",
            "correo": "andresvielma.2009@gmail.com"},
    expect={"outcome": "acuse", "filing_date": "2026-11-12"})

# 014 -- teenager on phone, emoji, cambio de clave sent to refugiados (derivado), Sunday 23:58
add(file="014-teen-clave-emoji-wrong-box.eml", mailbox=REFU, recv="2026-11-15T23:58:31",
    **{"from": "vale ✨ <vale.gonzalez.2007@hotmail.com>"},
    subject="cambio d clave 🙏🙏",
    body="""holaaa buenas noches 😅 disculpen la hora
necesito cambiar mi clave del sistema de refugiados xq no me acuerdo y ya se me bloqueo 😭😭
soy Valentina Gonzalez Rivas
pasaporte 137 662 014
cel 9 8765 4321 (tmb tengo wsp ahi)
mi correo es este mismo 👉 vale.gonzalez.2007@hotmail.com
graciasss 💕🙏

Enviado desde mi iPhone
""",
    procedure="cambio_clave",
    fields={"nombres": "Valentina Gonzalez Rivas", "documento_identidad": "137662014", "telefono": "+51987654321",
            "correo": "vale.gonzalez.2007@hotmail.com", "motivo": "xq no me acuerdo y ya se me bloqueo"},
    expect={"outcome": "acuse", "flags": ["derivado"], "filing_date": "2026-11-16"})

# 015 -- Venezuelan, apelación, signed PDF, notified 15/10 -> extemporáneo
add(file="015-apelacion-venezolano-extemporanea.eml", mailbox=MESA, recv="2026-11-16T10:00:37",
    **{"from": "José Gregorio Parra <jgparra1979@gmail.com>"},
    subject="RECURSO DE APELACIÓN - JOSÉ GREGORIO PARRA",
    body="""Señores
Secretaría Ejecutiva de la Comisión Especial para los Refugiados
Presente.-

Adjunto mi Recurso de Apelación firmado digitalmente contra la Resolución que confirmó la denegatoria de mi solicitud de refugio, la cual me fue notificada el 15/10/2026. Pido disculpas por la demora, estuve hospitalizado.

Quedo atento.
José Gregorio Parra Mendoza
C.I. V-14.882.301
Telf. +51 999 481 226
""",
    atts=[{"name": "Apelacion_JGParra_firmado.pdf", "kind": "signed", "cn": "Jose Gregorio Parra Mendoza",
           "lines": ["# RECURSO DE APELACIÓN",
                     "Yo, José Gregorio Parra Mendoza, de nacionalidad venezolana, cédula V-14.882.301,",
                     "teléfono +51 999 481 226, correo jgparra1979@gmail.com, interpongo recurso de apelación.",
                     "",
                     "MOTIVO: apelo porque la Comisión no valoró la persecución que sufrí por colectivos armados "
                     "en San Cristóbal, Táchira, ni la constancia de la Defensoría que presenté.",
                     "", "Lima, 14 de noviembre de 2026"]}],
    procedure="apelacion", notif="2026-10-15",
    fields={"nombres": "José Gregorio Parra Mendoza", "documento_identidad": "V14882301", "telefono": "+51999481226",
            "correo": "jgparra1979@gmail.com", "nacionalidad": "VE",
            "motivo": "apelo porque la Comisión no valoró la persecución que sufrí por colectivos armados en San Cristóbal, Táchira"},
    expect={"outcome": "cargo", "flags": ["extemporaneo"], "filing_date": "2026-11-16"})

# 016 -- Colombian, reconsideración with a PDF altered after signing -> invalid
add(file="016-colombiana-reconsideracion-pdf-alterado.eml", mailbox=MESA, recv="2026-11-17T12:30:11",
    **{"from": "Sandra Milena Ospina <sandra.ospina.r@hotmail.com>"},
    subject="Rv: Recurso de reconsideracion",
    body="""Buenas tardes,

Reenvío el recurso de reconsideración que me ayudaron a preparar en la fundación, ya con mi firma digital. Me notificaron la resolución el 10 de noviembre de 2026.

Mis datos:
Nombre completo: Sandra Milena Ospina Rendón
C.C. 1.036.654.789
Celular: 912 004 377
Correo: sandra.ospina.r@hotmail.com

Motivo: solicito que se reconsidere la decisión porque no se tuvo en cuenta la denuncia ante la Fiscalía de Medellín por las amenazas de la banda del barrio.

Gracias, Dios los bendiga
""",
    atts=[{"name": "recurso_reconsideracion_SMOspina.pdf", "kind": "altered", "cn": "Sandra Milena Ospina Rendon",
           "alter": ("Medellin", "MEDELLIN"),
           "lines": ["# RECURSO DE RECONSIDERACIÓN",
                     "Sandra Milena Ospina Rendón, C.C. 1.036.654.789, celular 912 004 377,",
                     "correo sandra.ospina.r@hotmail.com.",
                     "Solicito se reconsidere la resolución notificada el 10/11/2026 porque no se consideró la "
                     "denuncia ante la Fiscalia de Medellin por amenazas.",
                     "", "Lima, 16 de noviembre de 2026"]}],
    procedure="reconsideracion", notif="2026-11-10",
    fields={"nombres": "Sandra Milena Ospina Rendón", "documento_identidad": "1036654789", "telefono": "+51912004377",
            "correo": "sandra.ospina.r@hotmail.com",
            "motivo": "solicito que se reconsidere la decisión porque no se tuvo en cuenta la denuncia ante la Fiscalía de Medellín"},
    expect={"outcome": "subsanar", "signature": "invalid", "missing": ["firma"], "flags": []})

# 017 -- out-of-office auto reply (ignorado)
add(file="017-respuesta-automatica-fuera-oficina.eml", mailbox=SOLI, recv="2026-11-18T08:00:04",
    **{"from": "Milagros Quispe <mquispe.asesoria@gmail.com>"},
    subject="Respuesta automática: RE: Actualización de datos",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 23 de noviembre, con acceso limitado al correo.
Para temas urgentes comuníquese al 01 719 4400.

Thank you for your message. I am out of the office until Monday, November 23rd.
""",
    procedure="actualizacion_datos", machine=True,
    expect={"outcome": "ignorado", "due_date": None})


def _bounce(m, recv, rcvd):
    sent = recv - _dt.timedelta(minutes=3)
    return f"""Received: {rcvd[0]}
Delivered-To: {MESA}
Date: {_fmt(recv)}
From: Mail Delivery System <MAILER-DAEMON@mx2.rree.gob.pe>
To: {MESA}
Subject: Undelivered Mail Returned to Sender
Message-ID: <20261119081244.7F1A2C0031@mx2.rree.gob.pe>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="7F1A2C0031.1795093964/mx2.rree.gob.pe"

This is a MIME-encapsulated message.

--7F1A2C0031.1795093964/mx2.rree.gob.pe
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.rree.gob.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<yeferson.linarez2001@gmial.com>: Host or domain name not found. Name service
    error for name=gmial.com type=MX: Host not found, try again

--7F1A2C0031.1795093964/mx2.rree.gob.pe
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.rree.gob.pe
Arrival-Date: {_fmt(sent)}

Final-Recipient: rfc822; yeferson.linarez2001@gmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.

--7F1A2C0031.1795093964/mx2.rree.gob.pe
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Mesa de Partes Virtual <{MESA}>
To: <yeferson.linarez2001@gmial.com>
Subject: Re: consulta sobre mi expediente
Date: {_fmt(sent)}

--7F1A2C0031.1795093964/mx2.rree.gob.pe--
"""


# 018 -- bounce (multipart/report) from MAILER-DAEMON
add(file="018-rebote-mailer-daemon.eml", mailbox=MESA, recv="2026-11-19T03:12:44",
    **{"from": "MAILER-DAEMON@mx2.rree.gob.pe"}, raw=_bounce,
    subject="Undelivered Mail Returned to Sender", procedure=None, machine=True,
    expect={"outcome": "ignorado", "filing_date": "2026-11-19"})

# 019 -- NGO newsletter, List-Id + Precedence bulk
add(file="019-boletin-ong-lista.eml", mailbox=REFU, recv="2026-11-20T07:00:00",
    **{"from": "Boletín Red de Apoyo Migrante <boletin@redapoyomigrante.org.pe>"},
    subject="Boletín N° 42 – Novedades para la comunidad migrante y refugiada",
    headers={"List-Id": "Boletin RAM <boletin.redapoyomigrante.org.pe>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@redapoyomigrante.org.pe>"},
    body="""BOLETÍN N° 42 - NOVIEMBRE 2026

1. Recuerda: la prórroga de residencia de las personas refugiadas reconocidas se pide cada año por correo.
2. Si perdiste tu carné de extranjería, primero haz la denuncia policial.
3. Taller gratuito: cómo actualizar tus datos de contacto ante la CEPR - sábado 28, 10:00 a.m.
4. Feria de empleo en el Callao, inscripciones abiertas.

Para dejar de recibir este boletín responde BAJA.
""",
    procedure=None, machine=True, expect={"outcome": "ignorado"})

# 020 -- French (Haitian), wants to apply for refuge -> portal, Saturday
add(file="020-francais-demande-refuge-portail.eml", mailbox=SOLI, recv="2026-11-21T14:00:22",
    **{"from": "Mackenson JB <mackensonjb@gmail.com>"},
    subject="Demande de refuge - Solicitud de Refugio",
    body="""Bonjour,

Je suis arrivé au Pérou il y a deux semaines par Tumbes avec ma femme. Je veux présenter une demande de refuge (solicitud de refugio) mais je ne sais pas comment faire. Est-ce qu'il faut venir au bureau ?

Nom : JEAN-BAPTISTE Mackenson
Nationalité : haïtienne
Passeport : PP5120937
Tél : +51 966 301 448

Merci de votre aide.
""",
    procedure="solicitud_refugio",
    fields={"nombres": "JEAN-BAPTISTE Mackenson", "nacionalidad": "HT", "documento_identidad": "PP5120937",
            "telefono": "+51966301448", "correo": "mackensonjb@gmail.com"},
    expect={"outcome": "portal", "due_date": None, "filing_date": "2026-11-23"})

# 021 -- Afghan English, asylum request sent to mesa de partes -> portal (never derivado)
add(file="021-afghan-asylum-request-mesa.eml", mailbox=MESA, recv="2026-11-23T10:20:09",
    **{"from": "Zahra Rahimi <zahra.rahimi.af@gmail.com>"},
    subject="Asylum request / Solicitud de refugio",
    body="""Hello,

My name is Zahra RAHIMI, I am from Afghanistan. I arrived in Lima from Brazil with my two daughters last week. We want to ask for asylum (refugio) in Peru. I do not speak Spanish, a friend helped me find this email.

What must I do? My phone is 933 781 250.

Thank you,
Zahra
""",
    procedure="solicitud_refugio",
    fields={"nombres": "Zahra RAHIMI", "nacionalidad": "AF", "telefono": "+51933781250",
            "correo": "zahra.rahimi.af@gmail.com"},
    expect={"outcome": "portal", "flags": []})

# 022 -- Portuguese, work authorisation renewal -> portal, just after close
add(file="022-portugues-autorizacao-trabalho.eml", mailbox=SOLI, recv="2026-11-24T16:45:40",
    **{"from": "Thiago Medina <thiago.medina.mao@gmail.com>"},
    subject="Autorización de trabajo virtual - renovação",
    body="""Olá, boa tarde.

Minha autorização de trabalho venceu no mês passado e não sei como renovar. Morei em Manaus muitos anos, por isso escrevo em português.
Já tenho a solicitação de refúgio registrada.

Nome: Thiago Alejandro Medina Ruiz
Cédula: V-24.507.118
WhatsApp: +51 947 220 631

Obrigado!
""",
    procedure="autorizacion_trabajo",
    fields={"nombres": "Thiago Alejandro Medina Ruiz", "documento_identidad": "V24507118",
            "telefono": "+51947220631", "correo": "thiago.medina.mao@gmail.com"},
    expect={"outcome": "portal", "filing_date": "2026-11-25"})

# 023 -- teen, "permiso de trabajo??" -> portal
add(file="023-teen-permiso-trabajo.eml", mailbox=REFU, recv="2026-11-28T01:30:55",
    **{"from": "dani 🦋 <danielitaa.rmz@gmail.com>"},
    subject="permiso de trabajo??",
    body="""hola 👋 cmo saco el permiso de trabajo virtual?? ya tengo mi solicitud de refugio hecha 🙏 pero no se donde generarlo 😩😩
xfa ayuda
""",
    procedure="autorizacion_trabajo",
    fields={"correo": "danielitaa.rmz@gmail.com"},
    expect={"outcome": "portal"})

# 024 -- Indian English, registration interview -> portal
add(file="024-india-registration-interview.eml", mailbox=SOLI, recv="2026-11-30T09:00:13",
    **{"from": "Rajesh Kumar <rajeshkumar.lima@gmail.com>"},
    subject="Entrevista de Registro - appointment date pending",
    body="""Dear Sir/Madam,

I registered my refugee application online two months back but till now I have not received the date for the registration interview (entrevista de registro). Kindly inform when my appointment will be scheduled.

Name: KUMAR Rajesh
Passport: M7731056
Mobile: +51 920 417 386

Regards,
Rajesh Kumar
""",
    procedure="entrevista_registro",
    fields={"nombres": "KUMAR Rajesh", "documento_identidad": "M7731056", "telefono": "+51920417386",
            "correo": "rajeshkumar.lima@gmail.com"},
    expect={"outcome": "portal"})

# 025 -- Venezuelan, cita de entrevista de registro, to mesa de partes -> portal
add(file="025-venezolana-cita-entrevista.eml", mailbox=MESA, recv="2026-12-01T13:13:13",
    **{"from": "Maria Alejandra Torres <mariaalejandra.torres.r@gmail.com>"},
    subject="cita para entrevista de registro",
    body="""Buenas tardes, disculpen la molestia.

Hice mi solicitud de refugio en línea en septiembre y todavía no me llega la cita para la entrevista de registro. ¿Me pueden decir si ya tengo fecha? Revisé el spam y nada.

María Alejandra Torres Rivero
Cédula V-22.613.940
Cel: 963 518 207
""",
    procedure="entrevista_registro",
    fields={"nombres": "María Alejandra Torres Rivero", "documento_identidad": "V22613940",
            "telefono": "+51963518207", "correo": "mariaalejandra.torres.r@gmail.com"},
    expect={"outcome": "portal"})

# 026 -- Haitian Creole, carné de solicitante -> suspendido
add(file="026-kreyol-kane-demande-suspendido.eml", mailbox=SOLI, recv="2026-12-02T10:45:27",
    **{"from": "Nadège Fleurimond <nadegefleurimond@gmail.com>"},
    subject="Carné de solicitante",
    body="""Bonjou,

Mwen bezwen kanè demandè refij mwen an (carné de solicitante). Mwen fè demann mwen depi mas e mwen pa gen okenn kat pou montre nan travay la.

Non: FLEURIMOND Nadège
Paspò: PP3907715
Telefòn: 997 040 118

Mèsi
""",
    procedure="carne_solicitante",
    fields={"nombres": "FLEURIMOND Nadège", "documento_identidad": "PP3907715", "telefono": "+51997040118",
            "correo": "nadegefleurimond@gmail.com",
            "motivo": "mwen pa gen okenn kat pou montre nan travay la"},
    expect={"outcome": "suspendido", "due_date": None, "flags": []})

# 027 -- Colombian, carné de solicitante sent to refugiados -> suspendido + derivado, after close
add(file="027-colombiano-carnet-solicitante-derivado.eml", mailbox=REFU, recv="2026-12-03T17:20:48",
    **{"from": "Jhon Freddy Cárdenas <jhonfreddy.cardenas@gmail.com>"},
    subject="SOLICITUD CARNET DE SOLICITANTE DE REFUGIO",
    body="""Cordial saludo.

Me dirijo a ustedes para pedir el carnet de solicitante de refugio, ya que en el banco no me reciben la hoja impresa.

Jhon Freddy Cárdenas Muñoz
C.C. 1.144.082.315
Cel. 985 773 026

Quedo atento, muchas gracias.
""",
    procedure="carne_solicitante",
    fields={"nombres": "Jhon Freddy Cárdenas Muñoz", "documento_identidad": "1144082315", "telefono": "+51985773026",
            "correo": "jhonfreddy.cardenas@gmail.com", "motivo": "ya que en el banco no me reciben la hoja impresa"},
    expect={"outcome": "suspendido", "flags": ["derivado"], "filing_date": "2026-12-04"})

# 028 -- Haitian Creole, general question, no procedure -> triage
add(file="028-kreyol-ed-triage.eml", mailbox=REFU, recv="2026-12-04T11:11:11",
    **{"from": "Rosemène St Fleur <rosemene.stfleur@gmail.com>"},
    subject="Ayuda / Èd",
    body="""Bonjou,

Pitit gason m nan fèt isit nan Lima mwa pase. Èske li dwe fè yon papye espesyal avèk nou, oswa se sèlman nan RENIEC? Mwen pa konprann sa yo di m nan lopital la.

Mèsi davans.
""",
    procedure=None, fields={"correo": "rosemene.stfleur@gmail.com"},
    expect={"outcome": "triage", "missing": [], "signature": "not_required"})

# 029 -- "Duplicado de carnet" without saying which carné -> null / triage
add(file="029-duplicado-carnet-ambiguo.eml", mailbox=SOLI, recv="2026-12-05T09:30:00",
    **{"from": "Maikel Rodríguez <maikelrodriguez22@gmail.com>"},
    subject="Duplicado de carnet",
    body="""Buen día,

Se me extravió el carnet en el Metropolitano y necesito sacar el duplicado. ¿Qué debo hacer?

Maikel Rodríguez
V-25.118.903
tlf 926 551 330
""",
    procedure=None,
    fields={"nombres": "Maikel Rodríguez", "documento_identidad": "V25118903", "telefono": "+51926551330",
            "correo": "maikelrodriguez22@gmail.com", "motivo": "Se me extravió el carnet en el Metropolitano"},
    expect={"outcome": "triage", "due_date": None, "filing_date": "2026-12-10"})

# 030 -- "Consulta" naming two procedures -> triage; received on a día no laborable
add(file="030-consulta-dos-tramites.eml", mailbox=REFU, recv="2026-12-07T10:00:02",
    **{"from": "Yelitza Carrasquel <yelicarrasquel@gmail.com>"},
    subject="Consulta",
    body="""Buenos días,

Una pregunta: ¿puedo pedir la prórroga de residencia y la actualización de datos en el mismo correo, o tengo que mandar dos correos separados? No quiero que se me pierda ninguno.

Gracias,
Yelitza Carrasquel
""",
    procedure=None, fields={"nombres": "Yelitza Carrasquel", "correo": "yelicarrasquel@gmail.com"},
    expect={"outcome": "triage", "filing_date": "2026-12-10"})

# 031 -- duplicado: subject "duplicado de carnet", body says carné de extranjería; denuncia not attached
add(file="031-duplicado-ce-sin-denuncia-adjunta.eml", mailbox=REFU, recv="2026-12-08T15:00:31",
    **{"from": "Oriana Blanco <orianablanco.m@gmail.com>"},
    subject="duplicado de carnet",
    body="""Buenas tardes. Soy refugiada reconocida y solicito el duplicado de mi carné de extranjería, lo perdí el sábado en el mercado. Ya hice la denuncia policial en la comisaría de Surquillo, se las mando después porque no la tengo escaneada.

Nombres: Oriana Valentina Blanco Mora
Sexo: F
Nacionalidad: Venezolana
Pasaporte: 143 220 871
C.E.: 001204377
F. Nac.: 30-06-1995
Tlf: +51 923 880 146

Gracias de antemano.
""",
    procedure="duplicado_carne_extranjeria",
    fields={"nombres": "Oriana Valentina Blanco Mora", "sexo": "F", "nacionalidad": "VE", "documento_identidad": "143220871",
            "carne_extranjeria": "001204377", "fecha_nacimiento": "1995-06-30", "telefono": "+51923880146",
            "correo": "orianablanco.m@gmail.com", "motivo": "lo perdí el sábado en el mercado"},
    expect={"outcome": "subsanar", "missing": ["denuncia_policial"], "filing_date": "2026-12-10",
            "due_date": "2026-12-14"})

# 032 -- Ghanaian English, travel, photo of signed letter, sent to solicitantes (derivado), holiday night
add(file="032-ghana-travel-funeral-photo.eml", mailbox=SOLI, recv="2026-12-09T20:00:19",
    **{"from": "Abena Mensah <abena.mensah.gh@gmail.com>"},
    subject="Travel authorization URGENT",
    body="""Good evening,

I am a recognised refugee in Peru. My father passed away in Kumasi and I must travel for the funeral because I am the eldest daughter and the rites cannot be done without me.

Destination: Kumasi, Ghana
Departure: 20/12/26
Return: 05/01/27
Name: MENSAH Abena Serwaa
Carné de extranjería: 000947218
Phone: 9 5512 3398

The signed request is attached (photo of the paper, I signed by hand).

Please help me, it is very urgent.
Abena
""",
    atts=[{"name": "travel_request_signed.jpg", "kind": "jpeg",
           "lines": ["SOLICITUD DE AUTORIZACION DE VIAJE", "",
                     "Name: MENSAH Abena Serwaa", "CE: 000947218",
                     "Destination: Kumasi, Ghana", "From 20/12/26 to 05/01/27",
                     "Reason: funeral of my father", "", "Signature:"]}],
    procedure="autorizacion_viaje",
    fields={"motivo": "because I am the eldest daughter and the rites cannot be done without me",
            "destino": "Kumasi, Ghana", "fecha_salida": "2026-12-20", "fecha_retorno": "2027-01-05",
            "nombres": "MENSAH Abena Serwaa", "carne_extranjeria": "000947218", "telefono": "+51955123398",
            "correo": "abena.mensah.gh@gmail.com"},
    expect={"outcome": "acuse", "signature": "manuscrita", "flags": ["derivado", "verificar_firma"],
            "filing_date": "2026-12-10", "due_date": "2026-12-17"})

# 033 -- Colombian, permiso de viaje, no document, no return date
add(file="033-colombiano-permiso-viaje-sin-firma.eml", mailbox=REFU, recv="2026-12-10T16:35:00",
    **{"from": "Carlos Andrés Mejía <camejia.co@gmail.com>"},
    subject="Permiso de viaje urgente",
    body="""Buenas tardes.

Soy refugiado reconocido y necesito viajar a Cali (Colombia) porque mi mamá está en cuidados intensivos. Salgo el 15 de diciembre de 2026; el regreso no lo sé todavía, depende de cómo siga ella.

Nombre: Carlos Andrés Mejía Zapata
C.E. 000388172
Cel 944 210 663

Agradezco su pronta respuesta.
""",
    procedure="autorizacion_viaje",
    fields={"motivo": "porque mi mamá está en cuidados intensivos", "destino": "Cali (Colombia)",
            "fecha_salida": "2026-12-15", "nombres": "Carlos Andrés Mejía Zapata", "carne_extranjeria": "000388172",
            "telefono": "+51944210663", "correo": "camejia.co@gmail.com"},
    expect={"outcome": "subsanar", "missing": ["firma", "fecha_retorno"], "signature": "absent",
            "filing_date": "2026-12-11", "due_date": "2026-12-15"})

# 034 -- Syrian English, apelación with a scanned (image-only) PDF
add(file="034-syria-appeal-scanned-pdf.eml", mailbox=MESA, recv="2026-12-11T09:50:40",
    **{"from": "Lina Al-Hassan <lina.alhassan90@gmail.com>"},
    subject="Recurso de Apelacion",
    body="""Dear Sir/Madam,

I submit my appeal (recurso de apelación) against the resolution confirming the denial of my application. I appeal because I cannot return to Syria: my brother was detained in 2023 and my name is on the same list.

Name: AL-HASSAN Lina
Nationality: Syrian
Passport: N 015527384
Phone: +51 987 004 219
Email: lina.alhassan90@gmail.com

The signed letter is attached (scanned).

Respectfully,
Lina Al-Hassan
""",
    atts=[{"name": "appeal_signed_scan.pdf", "kind": "imgpdf",
           "lines": ["RECURSO DE APELACION", "", "Lina Al-Hassan - Passport N 015527384",
                     "I appeal the resolution confirming the denial.", "", "Lima, 10/12/2026", "Signature:"]}],
    procedure="apelacion",
    fields={"motivo": "I appeal because I cannot return to Syria: my brother was detained in 2023",
            "nombres": "AL-HASSAN Lina", "nacionalidad": "SY", "documento_identidad": "N015527384", "telefono": "+51987004219",
            "correo": "lina.alhassan90@gmail.com"},
    expect={"outcome": "cargo", "signature": "manuscrita", "flags": ["verificar_firma"]})

# 035 -- Haitian Creole body, Spanish signed PDF with notification date -> extemporáneo
add(file="035-kreyol-rekonsiderasyon-pdf-espanol.eml", mailbox=MESA, recv="2026-12-14T14:00:05",
    **{"from": "Wilner Desir <wilnerdesir@gmail.com>"},
    subject="Recurso de reconsideración - DESIR Wilner",
    body="""Bonjou,

Mwen voye rekou rekonsiderasyon mwen an (recurso de reconsideración). Yon òganizasyon te ede m ekri l an panyòl epi m siyen l ak siyati dijital.

Mwen mande yo rekonsidere paske yo pa t gade papye lapolis Ayiti te ban m sou atak gang yo nan Matisan.

Mèsi.
Wilner
""",
    atts=[{"name": "Recurso_Reconsideracion_DESIR.pdf", "kind": "signed", "cn": "Wilner Desir",
           "lines": ["# RECURSO DE RECONSIDERACIÓN",
                     "Señores de la Comisión Especial para los Refugiados:",
                     "Yo, DESIR Wilner, de nacionalidad haitiana, con pasaporte N° PP2678140,",
                     "teléfono 951 442 063, correo wilnerdesir@gmail.com, presento recurso de reconsideración",
                     "contra la resolución que me fue notificada el 05/11/2026.",
                     "Fundamento: no se valoró la constancia de la Policía Nacional de Haití sobre el ataque "
                     "de pandillas en Martissant que adjunté.",
                     "", "Lima, 12 de diciembre de 2026"]}],
    procedure="reconsideracion", notif="2026-11-05",
    fields={"nombres": "DESIR Wilner", "nacionalidad": "HT", "documento_identidad": "PP2678140",
            "telefono": "+51951442063", "correo": "wilnerdesir@gmail.com",
            "motivo": "paske yo pa t gade papye lapolis Ayiti te ban m sou atak gang yo nan Matisan"},
    expect={"outcome": "cargo", "flags": ["extemporaneo"], "signature": "valid"})

# 036 -- Afghan English, renuncia of a recognised refugee without CE number, sent to refugiados
add(file="036-afghan-renunciation-no-ce.eml", mailbox=REFU, recv="2026-12-15T11:30:26",
    **{"from": "Mohammad Nazari <m.nazari.herat@gmail.com>"},
    subject="Renuncia / Renunciation of refugee status",
    body="""To the Commission,

I am a recognized refugee in Peru. I want to renounce my refugee status because I have received a humanitarian visa for Germany, where my brother lives, and I will travel in January.

Name: NAZARI Mohammad Reza
Nationality: Afghanistan
Passport: P02219384
Phone: +51 958 337 610

My signed letter is attached.

Thank you for the protection you gave me.
Mohammad Reza Nazari
""",
    atts=[{"name": "renunciation_Nazari_signed.pdf", "kind": "signed", "cn": "Mohammad Reza Nazari",
           "lines": ["# RENUNCIA A LA CONDICIÓN DE REFUGIADO",
                     "I, NAZARI Mohammad Reza, Afghan, passport P02219384, renounce my refugee status in Peru.",
                     "Reason: humanitarian visa for Germany.", "", "Lima, 14/12/2026"]}],
    procedure="renuncia", refugee=True,
    fields={"motivo": "because I have received a humanitarian visa for Germany, where my brother lives",
            "nombres": "NAZARI Mohammad Reza", "nacionalidad": "AF", "documento_identidad": "P02219384",
            "telefono": "+51958337610", "correo": "m.nazari.herat@gmail.com"},
    expect={"outcome": "subsanar", "missing": ["carne_extranjeria"], "flags": ["derivado"]})

# 037 -- Brazilian wife writes for Venezuelan husband (HTML table), actualización sent to refugiados
add(file="037-esposa-brasileira-atualizacao-html.eml", mailbox=REFU, recv="2026-12-17T18:00:41",
    **{"from": "Fernanda Souza <fernanda.souza.rj@gmail.com>"},
    subject="Atualização de dados - Actualización de datos",
    html="""<html><body>
<p>Prezados,</p>
<p>Eu sou brasileira (meu passaporte é FZ552190) e escrevo em nome do meu marido, que é refugiado reconhecido no Peru.
Ele pediu que eu enviasse a atualização dos dados de contato dele:</p>
<table border="1" cellpadding="4">
<tr><td>Nome completo</td><td>Rafael Antonio Hernández Oropeza</td></tr>
<tr><td>Nacionalidade</td><td>venezuelana</td></tr>
<tr><td>Cédula</td><td>V-17.990.245</td></tr>
<tr><td>Carné de extranjería</td><td>000702618</td></tr>
<tr><td>Novo telefone</td><td>989 447 120</td></tr>
<tr><td>Novo e-mail</td><td>rafa.hernandez.o@gmail.com</td></tr>
</table>
<p>Muito obrigada,<br>Fernanda Souza</p>
</body></html>
""",
    procedure="actualizacion_datos", refugee=True,
    fields={"nombres": "Rafael Antonio Hernández Oropeza", "nacionalidad": "VE", "documento_identidad": "V17990245",
            "carne_extranjeria": "000702618", "telefono": "+51989447120", "correo": "rafa.hernandez.o@gmail.com"},
    expect={"outcome": "acuse", "flags": ["derivado"], "filing_date": "2026-12-18"})

# 038 -- Indian English, cambio de clave to mesa de partes, no document number, Indian mobile
add(file="038-india-password-mesa-sin-documento.eml", mailbox=MESA, recv="2026-12-19T10:00:17",
    **{"from": "Priya Nair <priya.nair.kerala@gmail.com>"},
    subject="Cambio de clave y contraseña",
    body="""Dear Team,

Kindly change my key and password of the Refugee System because the system says the password has expired and it does not accept the new one.

Name: NAIR Priya Lakshmi
Mobile: +91 98470 22316
Email ID: priya.nair.kerala@gmail.com

Thanks & Regards,
Priya
""",
    procedure="cambio_clave",
    fields={"nombres": "NAIR Priya Lakshmi", "telefono": "+919847022316", "correo": "priya.nair.kerala@gmail.com",
            "motivo": "because the system says the password has expired and it does not accept the new one"},
    expect={"outcome": "subsanar", "missing": ["documento_identidad"], "flags": ["derivado"],
            "filing_date": "2026-12-21"})

# 039 -- Venezuelan home-made form with ">>" separators, after close
add(file="039-formulario-casero-prorroga.eml", mailbox=REFU, recv="2026-12-22T16:50:00",
    **{"from": "NELSON RANGEL <nelsonrangel1970@hotmail.com>"},
    subject="PRORROGA DE RESIDENCIA 2027",
    body="""PRORROGA DE RESIDENCIA ANUAL
================================
NOMBRE     >> RANGEL TORRES NELSON ENRIQUE
SEXO       >> M
NACIONALIDAD >> VEN
CEDULA     >> V-9.774.118
C.E.       >> 000215893
FECHA NAC  >> 1970-08-19
TELEFONO   >> 0051 976 338 201
================================
ENVIADO DESDE MI CELULAR
""",
    procedure="prorroga_residencia",
    fields={"nombres": "RANGEL TORRES NELSON ENRIQUE", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "V9774118",
            "carne_extranjeria": "000215893", "fecha_nacimiento": "1970-08-19", "telefono": "+51976338201",
            "correo": "nelsonrangel1970@hotmail.com"},
    expect={"outcome": "acuse", "filing_date": "2026-12-23"})

# 040 -- French (Haitian refugee), duplicado, dotted leaders, French month, denuncia only in PDF text
add(file="040-francais-duplicata-carne.eml", mailbox=REFU, recv="2026-12-23T09:05:36",
    **{"from": "Marie Lourdes Joseph <marielourdesjoseph@yahoo.fr>"},
    subject="Duplicata carte d'étranger - Duplicado de carné de extranjería",
    body="""Bonjour,

Objet : demande de duplicata de mon carné de extranjería. Je l'ai perdu dans le bus en rentrant du travail. Je suis réfugiée reconnue. Je joins le constat de la police.

Nom et prénoms ........ JOSEPH Marie Lourdes
Sexe .................. F
Nationalité ........... haïtienne
Passeport ............. PP4471208
Carné d'extranjería ... 000663019
Date de naissance ..... 12 mars 1985
Téléphone ............. 947-552-018

Merci d'avance.
Marie Lourdes JOSEPH
""",
    atts=[{"name": "constancia_PNP.pdf", "kind": "textpdf",
           "lines": ["# POLICÍA NACIONAL DEL PERÚ",
                     "COMISARÍA DE COMAS - CONSTANCIA DE DENUNCIA POLICIAL POR PÉRDIDA",
                     "Se deja constancia que JOSEPH Marie Lourdes (haitiana) denunció la pérdida de su "
                     "carné de extranjería el 21/12/2026."]}],
    procedure="duplicado_carne_extranjeria",
    fields={"nombres": "JOSEPH Marie Lourdes", "sexo": "F", "nacionalidad": "HT", "documento_identidad": "PP4471208",
            "carne_extranjeria": "000663019", "fecha_nacimiento": "1985-03-12", "telefono": "+51947552018",
            "correo": "marielourdesjoseph@yahoo.fr", "motivo": "Je l'ai perdu dans le bus en rentrant du travail"},
    expect={"outcome": "acuse", "missing": []})

# 041 -- Spanglish reconsideración, signed PDF + JPEG of passport; received on a día no laborable
add(file="041-spanglish-reconsideracion-firmada.eml", mailbox=MESA, recv="2026-12-31T12:00:09",
    **{"from": "Génesis Bracho <genesisbracho.mia@gmail.com>"},
    subject="Recurso de Reconsideracion - Genesis Bracho",
    body="""Hello!

Les envío my recurso de reconsideración attached, firmado digitally. Basically pido que reconsideren porque they didn't take into account que mi papá was a political prisoner en El Helicoide and they are looking for me too. Me notificaron el 21/12/2026.

Data:
- Génesis Carolina Bracho Urdaneta
- pasaporte 131009457
- cel +51 934 600 128
- email genesisbracho.mia@gmail.com

Also attached a pic of my passport just in case.
Thank u so much & happy new year!!
""",
    atts=[{"name": "reconsideracion_GBracho_signed.pdf", "kind": "signed", "cn": "Genesis Carolina Bracho Urdaneta",
           "lines": ["# RECURSO DE RECONSIDERACIÓN",
                     "Génesis Carolina Bracho Urdaneta, pasaporte 131009457, cel +51 934 600 128,",
                     "correo genesisbracho.mia@gmail.com.",
                     "Solicito la reconsideración porque no se consideró que mi padre fue preso político "
                     "en El Helicoide.", "", "Lima, 30/12/2026"]},
          {"name": "pasaporte.jpg", "kind": "jpeg",
           "lines": ["REPUBLICA BOLIVARIANA DE VENEZUELA", "PASAPORTE 131009457", "BRACHO URDANETA",
                     "GENESIS CAROLINA"]}],
    procedure="reconsideracion", notif="2026-12-21",
    fields={"motivo": "porque they didn't take into account que mi papá was a political prisoner en El Helicoide",
            "nombres": "Génesis Carolina Bracho Urdaneta", "documento_identidad": "131009457",
            "telefono": "+51934600128", "correo": "genesisbracho.mia@gmail.com"},
    expect={"outcome": "cargo", "signature": "valid", "flags": [], "filing_date": "2027-01-04",
            "due_date": "2027-01-25"})

# 042 -- granddaughter writes for Cuban grandfather, apelación, PNG of signed letter, Christmas day
add(file="042-nieta-apelacion-abuelo-cubano.eml", mailbox=MESA, recv="2026-12-25T19:00:00",
    **{"from": "Lianet Fernández <lianet.fdez03@gmail.com>"},
    subject="apelacion de mi abuelo",
    body="""Buenas noches y feliz Navidad.

Mi abuelo Rigoberto me pidió que mandara su apelación porque él no tiene correo ni sabe usar la computadora. Le tomé foto a la carta que él firmó a mano. Él me dictó esto:

"Yo, Rigoberto Fernández Cabrera, cubano, con carnet de identidad 45021312345, apelo la resolución que me negó el refugio porque en Cuba me metieron preso dos veces por hablar en la calle y si vuelvo me vuelven a encerrar. Ya tengo 81 años y aquí está mi familia."

El teléfono de él es 972 118 540. Pueden escribir a este mismo correo, es mío, él no tiene.

Gracias,
Lianet (nieta)
""",
    atts=[{"name": "carta_abuelo.png", "kind": "png",
           "lines": ["Senores de la Comision:", "", "Yo Rigoberto Fernandez Cabrera", "apelo la resolucion",
                     "carnet de identidad 45021312345", "", "Lima 24 de diciembre 2026", "Firma:"]}],
    procedure="apelacion",
    fields={"motivo": "porque en Cuba me metieron preso dos veces por hablar en la calle y si vuelvo me vuelven a encerrar",
            "nombres": "Rigoberto Fernández Cabrera", "nacionalidad": "CU", "documento_identidad": "45021312345",
            "telefono": "+51972118540", "correo": "lianet.fdez03@gmail.com"},
    expect={"outcome": "cargo", "signature": "manuscrita", "flags": ["verificar_firma"],
            "filing_date": "2026-12-28", "due_date": "2027-02-10"})

# 043 -- Syrian, machine-translated Spanish, travel to Istanbul, signed PDF, Saturday
add(file="043-traductor-viaje-estambul.eml", mailbox=REFU, recv="2027-01-09T12:00:30",
    **{"from": "Omar Khatib <omar.khatib.sy@gmail.com>"},
    subject="Solicitud de Autorización de Viaje de emergencia",
    body="""Hola querido señor.

Yo soy refugiado reconocido en Perú. Necesito la autorización de viaje por motivo urgente porque mi madre está enferma grave en el hospital de Estambul y la familia me llama para estar con ella.

Lugar de viaje: Estambul, Turquía
Fecha de salida: 18/01/2027
Fecha de regreso: 01/02/2027
Mi nombre: KHATIB Omar
Número de carnet de extranjería: 000871245
Teléfono: +51 951 700 342

Yo adjunto la carta con firma digital.
(Este texto fue traducido por traductor automático)
""",
    atts=[{"name": "solicitud_viaje_KHATIB.pdf", "kind": "signed", "cn": "Omar Khatib",
           "lines": ["# SOLICITUD DE AUTORIZACIÓN DE VIAJE",
                     "KHATIB Omar - Carné de Extranjería 000871245 - Tel. +51 951 700 342",
                     "Destino: Estambul, Turquía. Salida 18/01/2027, retorno 01/02/2027.",
                     "Motivo: enfermedad grave de mi madre.", "", "Lima, 08/01/2027"]}],
    procedure="autorizacion_viaje", refugee=True,
    fields={"motivo": "porque mi madre está enferma grave en el hospital de Estambul",
            "destino": "Estambul, Turquía", "fecha_salida": "2027-01-18", "fecha_retorno": "2027-02-01",
            "nombres": "KHATIB Omar", "carne_extranjeria": "000871245", "telefono": "+51951700342",
            "correo": "omar.khatib.sy@gmail.com"},
    expect={"outcome": "acuse", "filing_date": "2027-01-11", "due_date": "2027-01-18"})

# 044 -- Colombian refugee, actualización with CE but no nationality stated
add(file="044-colombiana-actualizacion-sin-nacionalidad.eml", mailbox=SOLI, recv="2027-01-12T09:30:18",
    **{"from": "Diana Patricia Valencia <dianap.valencia@gmail.com>"},
    subject="ACTUALIZACION DE DATOS DE CONTACTO",
    body="""Cordial saludo.

Soy refugiada reconocida y les escribo para actualizar mi número de celular y mi dirección.

Nombre: Diana Patricia Valencia Restrepo – C.C. 43.912.557 – Carné de extranjería 000590331 – Nuevo celular: 955 873 120 – Nueva dirección: Av. Arequipa 3450, San Isidro

Muchas gracias por su atención.
""",
    procedure="actualizacion_datos", refugee=True,
    fields={"nombres": "Diana Patricia Valencia Restrepo", "documento_identidad": "43912557",
            "carne_extranjeria": "000590331", "telefono": "+51955873120", "correo": "dianap.valencia@gmail.com"},
    expect={"outcome": "subsanar", "missing": ["nacionalidad"], "due_date": "2027-01-14"})


# 045 -- internal forward from another institutional mailbox (ignorado)
add(file="045-reenvio-interno-mesa-a-solicitantes.eml", mailbox=SOLI, recv="2027-01-13T10:00:00",
    **{"from": "Mesa de Partes Virtual <mesadepartes@rree.gob.pe>"},
    subject="RV: Cambio de clave",
    body="""Se deriva por ser de su competencia.

Mesa de Partes Virtual
Ministerio de Relaciones Exteriores

-----Mensaje original-----
De: Yohanna Sifontes <yohannasifontes@gmail.com>
Enviado el: martes, 12 de enero de 2027 18:22
Para: mesadepartes@rree.gob.pe
Asunto: Cambio de clave

Buenas noches, necesito cambio de clave. Yohanna Sifontes Arias, pasaporte 120448391, telf 981 220 734.
""",
    procedure="cambio_clave", machine=True,
    expect={"outcome": "ignorado", "flags": [], "missing": []})

# 046 -- teenager, actualización without document number, Saturday night
add(file="046-teen-actualizacion-sin-documento.eml", mailbox=SOLI, recv="2027-01-16T22:22:22",
    **{"from": "santi 🇻🇪⚽ <santiago.lopez.ve07@gmail.com>"},
    subject="actualizacion d datos 📱",
    body="""buenass 👋
cambie de numero xq se me cayo el cel al agua 💀💀
mi nuevo numero es +51 913 220 587 📲
nombre: Santiago Andrés López Peña
venezolano 🇻🇪
soy solicitante nomas (todavia no tengo carnet)
gracias!! 🙌
""",
    procedure="actualizacion_datos",
    fields={"telefono": "+51913220587", "nombres": "Santiago Andrés López Peña", "nacionalidad": "VE",
            "correo": "santiago.lopez.ve07@gmail.com", "motivo": "xq se me cayo el cel al agua"},
    expect={"outcome": "subsanar", "missing": ["documento_identidad"], "filing_date": "2027-01-18",
            "due_date": "2027-01-20"})

# 047 -- Nigerian English, prórroga without CE number, English birth date, at office close
add(file="047-nigeria-residence-extension-no-ce.eml", mailbox=REFU, recv="2027-01-18T16:30:12",
    **{"from": "Ngozi Eze <ngozi.eze.ng@gmail.com>"},
    subject="Extension of Residence - Prorroga de Residencia",
    body="""Good afternoon,

I write to apply for the annual extension of my residence as a recognised refugee.

Name: EZE Ngozi Adaeze
Sex: Female
Nationality: Nigerian
Passport number: A10927346
Date of birth: 14 July 1987
Phone: +51 913 554 071

My carné de extranjería is with Migraciones for the renewal of the card, I will send the number once I get it back.

Thank you.
Ngozi Eze
""",
    procedure="prorroga_residencia",
    fields={"nombres": "EZE Ngozi Adaeze", "sexo": "F", "nacionalidad": "NG", "documento_identidad": "A10927346",
            "fecha_nacimiento": "1987-07-14", "telefono": "+51913554071", "correo": "ngozi.eze.ng@gmail.com"},
    expect={"outcome": "subsanar", "missing": ["carne_extranjeria"], "filing_date": "2027-01-19",
            "due_date": "2027-01-21"})

# 048 -- Venezuelan apelación, signed, no phone anywhere, notified 10/12/2026 -> late
add(file="048-apelacion-sin-telefono-extemporanea.eml", mailbox=MESA, recv="2027-01-20T11:00:45",
    **{"from": "Ramón Eduardo Villalobos <rvillalobos.ve@gmail.com>"},
    subject="Re: Recurso de Apelación",
    body="""Buenas tardes,

Remito mi recurso de apelación firmado (adjunto PDF con firma digital). La resolución me fue notificada el 10/12/2026, pero estuve en Arequipa trabajando sin internet.

Atentamente,
Ramón Villalobos

El mar, 19 ene 2027 a las 09:12, Mesa de Partes Virtual <mesadepartes@rree.gob.pe> escribió:
> Estimado usuario: el documento enviado no contiene el recurso. Sírvase remitirlo nuevamente.
""",
    atts=[{"name": "APELACION_VILLALOBOS.pdf", "kind": "signed", "cn": "Ramon Eduardo Villalobos Perez",
           "lines": ["# RECURSO DE APELACIÓN",
                     "Ramón Eduardo Villalobos Pérez, pasaporte 108773215, correo rvillalobos.ve@gmail.com,",
                     "interpongo recurso de apelación contra la resolución notificada el 10/12/2026.",
                     "Motivo: la Comisión no consideró que fui despedido y amenazado por negarme a "
                     "participar en actos del partido de gobierno en Maracaibo.",
                     "", "Lima, 19 de enero de 2027"]}],
    procedure="apelacion", notif="2026-12-10",
    fields={"nombres": "Ramón Eduardo Villalobos Pérez", "documento_identidad": "108773215",
            "correo": "rvillalobos.ve@gmail.com",
            "motivo": "la Comisión no consideró que fui despedido y amenazado por negarme a participar en actos del partido de gobierno"},
    expect={"outcome": "subsanar", "missing": ["telefono"], "flags": ["extemporaneo"], "due_date": "2027-01-22"})

# 049 -- Venezuelan renuncia, PDF with text + embedded image of a signature -> manuscrita
add(file="049-renuncia-pdf-firma-imagen.eml", mailbox=MESA, recv="2027-01-25T08:30:02",
    **{"from": "Yorman Pérez <yormanperez1999@gmail.com>"},
    subject="renuncia al refugio",
    body="""hola buenos dias
quiero renunciar a mi solicitud de refugio porque ya me salio la residencia por el convenio MERCOSUR y no necesito seguir con el tramite
Yorman Alexander Pérez Gil, venezolano, cedula 26.114.903, telf 987 654 120
adjunto la carta firmada
""",
    atts=[{"name": "carta_renuncia.pdf", "kind": "textpdf_img",
           "lines": ["# CARTA DE RENUNCIA",
                     "Yo, Yorman Alexander Pérez Gil, cédula 26.114.903, renuncio a mi solicitud de refugio.",
                     "Lima, 24 de enero de 2027", "", "Firma:"]}],
    procedure="renuncia",
    fields={"motivo": "porque ya me salio la residencia por el convenio MERCOSUR y no necesito seguir con el tramite",
            "nombres": "Yorman Alexander Pérez Gil", "nacionalidad": "VE", "documento_identidad": "26114903",
            "telefono": "+51987654120", "correo": "yormanperez1999@gmail.com"},
    expect={"outcome": "acuse", "signature": "manuscrita", "flags": ["verificar_firma"]})

# 050 -- Nigerian English, duplicado sent to mesa de partes, JPEG named denuncia, no birth date, Friday evening
add(file="050-nigeria-duplicado-mesa-sin-nacimiento.eml", mailbox=MESA, recv="2027-01-29T17:45:19",
    **{"from": "Emeka Obi <emeka.obi.lagos@gmail.com>"},
    subject="Duplicado de Carné de Extranjería",
    body="""Hello,

I lost my carné de extranjería last week on the way to Callao. Attached is the police report (denuncia) I got from the comisaría.

Name: OBI Emeka Johnson
Gender: Male
Nationality: Nigeria
Passport: B05512873
CE number: 000918364
Phone: +51 962 310 775

Please process the duplicate.
Emeka
""",
    atts=[{"name": "denuncia_policial_OBI.jpg", "kind": "jpeg",
           "lines": ["POLICIA NACIONAL DEL PERU", "COMISARIA CALLAO", "DENUNCIA POR PERDIDA",
                     "OBI Emeka Johnson", "CE 000918364"]}],
    procedure="duplicado_carne_extranjeria",
    fields={"nombres": "OBI Emeka Johnson", "sexo": "M", "nacionalidad": "NG", "documento_identidad": "B05512873",
            "carne_extranjeria": "000918364", "telefono": "+51962310775", "correo": "emeka.obi.lagos@gmail.com",
            "motivo": "I lost my carné de extranjería last week on the way to Callao"},
    expect={"outcome": "subsanar", "missing": ["fecha_nacimiento"], "flags": ["derivado"],
            "filing_date": "2027-02-01", "due_date": "2027-02-03"})

for _m in M:
    _m.pop("frm", None)
MESSAGES = M
