# -*- coding: utf-8 -*-
"""The messages of round24: text, headers, attachments and the facts a clerk reads.

`fields` is what the clerk labels (normal form).  `correo` is added by build.py from
From when the message gives no address of the applicant's own (not for ignorado).
`recognised`: the message says the applicant is a recognised refugee.
`notif`: the notification date the text of a recurso states.
`expect`: (outcome, flags) asserted by build.py as a cross-check.
"""

S = "solicitantesrefugio@rree.gob.pe"
M = "mesadepartes@rree.gob.pe"
R = "refugiados@rree.gob.pe"

MESSAGES = []


def add(**kw):
    MESSAGES.append(kw)


# 001 ------------------------------------------------------------------------
add(slug="aktyalizasyon-done-kreyol", mailbox=S, received="2026-10-05 10:12:33",
    from_=None, **{"from": ("Wideline", "wide.pierrelouis@hotmail.com")},
    subject="Aktyalizasyon done - Actualización de datos",
    body="""Bonjou Komisyon,

Mwen ekri nou pou m fè aktyalizasyon done kontak mwen yo (Actualización de datos).

Non ak siyati: PIERRE-LOUIS Wideline
Nasyonalite: Ayisyèn
Nimewo paspò: RD4471203
Nouvo telefòn: 951 224 870
Nouvo imel: wideline.pl2026@gmail.com

Mwen se demandè azil sèlman, mwen poko gen kat etranje.
Mèsi anpil, Bondye beni nou.

Wideline
""",
    proc="actualizacion_datos",
    fields={"nombres": "PIERRE-LOUIS Wideline", "nacionalidad": "HT", "documento_identidad": "RD4471203",
            "telefono": "+51951224870", "correo": "wideline.pl2026@gmail.com"},
    expect=("acuse", []))

# 002 ------------------------------------------------------------------------
add(slug="mise-a-jour-refugiee-sans-carte", mailbox=S, received="2026-10-14 17:45:10",
    **{"from": ("Marie-Carmel J.", "mcjoseph.lima@yahoo.fr")},
    subject="Mise à jour de mes coordonnées (Actualización de datos)",
    body="""Madame, Monsieur,

Je me permets de vous écrire afin de mettre à jour mes coordonnées dans votre système.
Je suis réfugiée reconnue (refugiada reconocida) par la Commission depuis mars 2022.

Nom et prénoms : JOSEPH Marie-Carmel
Date de naissance : 12 avril 1985
Sexe : féminin
Nationalité : haïtienne
Passeport n° : PP 0912334
Téléphone : +51 987 112 093

Quant au numéro de ma carte d'étranger, je ne l'ai pas sous la main : la carte est restée
chez ma sœur à Trujillo et je vous l'enverrai dès que possible.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Marie-Carmel JOSEPH
""",
    proc="actualizacion_datos", recognised=True,
    fields={"nombres": "JOSEPH Marie-Carmel", "fecha_nacimiento": "1985-04-12", "sexo": "F",
            "nacionalidad": "HT", "documento_identidad": "PP0912334", "telefono": "+51987112093"},
    expect=("subsanar", []), expect_missing=["carne_extranjeria"])

# 003 ------------------------------------------------------------------------
add(slug="spanglish-update-wrong-box", mailbox=R, received="2026-10-17 11:03:52",
    **{"from": ("Jhonny R", "jhonnyrivas.ve@gmail.com")},
    subject="actualizacion de datos",
    body="""Hi buenas!!

I need to do the actualización de datos please, tengo new phone. Soy solicitante todavía, not refugee yet.

- Full name: Jhonny Alexander Rivas Colmenares
- Nationality: venezolano
- Cédula V-19.884.302 (el pasaporte se me venció)
- New cell: 936-448-120 (WhatsApp too)

Email is the same one I'm writing from.
Thanks a lot, have a nice weekend
""",
    proc="actualizacion_datos",
    fields={"nombres": "Jhonny Alexander Rivas Colmenares", "nacionalidad": "VE",
            "documento_identidad": "V19884302", "telefono": "+51936448120"},
    expect=("acuse", ["derivado"]))

# 004 ------------------------------------------------------------------------
add(slug="change-of-password-nigeria", mailbox=S, received="2026-10-20 18:22:05",
    **{"from": ("Chinedu Okonkwo", "chinedu.okonkwo88@gmail.com")},
    subject="Change of password / Cambio de clave y contraseña",
    body="""Good evening Sir/Ma,

I humbly write to request for the change of my password (cambio de clave y contraseña) for the
Sistema de Refugiados, as I have not been able to log in since last week.

Below are my particulars:

NAME: OKONKWO Chinedu Emmanuel
NATIONALITY: Nigerian
PASSPORT NO: A09876543
PHONE: +51 923 118 455
EMAIL: chinedu.okonkwo88@gmail.com

I will be very grateful. Thank you and God bless.

Yours faithfully,
Chinedu
""",
    proc="cambio_clave",
    fields={"nombres": "OKONKWO Chinedu Emmanuel", "nacionalidad": "NG", "documento_identidad": "A09876543",
            "telefono": "+51923118455", "correo": "chinedu.okonkwo88@gmail.com",
            "motivo": "I have not been able to log in since last week"},
    expect=("acuse", []))

# 005 ------------------------------------------------------------------------
add(slug="teen-cambio-clave-sin-documento", mailbox=S, received="2026-10-25 23:41:19",
    sent_before_min=3,
    **{"from": ("kath \U0001F49C", "kathe.mrz07@gmail.com")},
    subject="cambio de clave",
    body="""hola buenas noches

olvide la contraseña del sistema de refugiados y no me llega nada al correo 😭😭 necesito cambio de clave porfa

soy katherine mariana ruiz zambrano
mi cel 957 30 22 14

graciasss

Enviado desde mi iPhone
""",
    proc="cambio_clave",
    fields={"nombres": "katherine mariana ruiz zambrano", "telefono": "+51957302214",
            "motivo": "olvide la contraseña del sistema de refugiados y no me llega nada al correo"},
    expect=("subsanar", []), expect_missing=["documento_identidad"])

# 006 ------------------------------------------------------------------------
add(slug="india-request-do-the-needful", mailbox=M, received="2026-10-29 09:05:40",
    **{"from": ("Harpreet Singh", "harpreet.singh.lima@outlook.com")},
    subject="Request",
    body="""Respected Sir/Madam,

With due respect I am Harpreet Singh S/O Gurmeet Singh, Indian national, presently residing at
Surquillo, Lima. Kindly do the needful for Cambio de clave y contraseña of my account in the
Sistema de Refugiados as the system is not accepting my password.

Passport No. - Z4410923
Mobile - +51 944 207 316
Email id - harpreet.singh.lima@outlook.com

Thanking you in anticipation,
Harpreet Singh
""",
    proc="cambio_clave",
    fields={"nombres": "Harpreet Singh", "nacionalidad": "IN", "documento_identidad": "Z4410923",
            "telefono": "+51944207316", "correo": "harpreet.singh.lima@outlook.com",
            "motivo": "the system is not accepting my password"},
    expect=("acuse", ["derivado"]))

# 007 ------------------------------------------------------------------------
add(slug="recours-reconsideration-pdf-signe", mailbox=M, received="2026-11-03 11:20:44",
    **{"from": ("Jean-Robert Désir", "jrdesir509@gmail.com")},
    subject="Recours en reconsidération - Recurso de Reconsideración",
    body="""Bonjour,

Je vous transmets ci-joint mon Recurso de Reconsideración, signé électroniquement, contre la
résolution qui m'a refusé le statut de réfugié, laquelle m'a été notifiée par courrier
électronique le 22 octobre 2026 alors que je me trouvais encore à l'hôpital Loayza après
une opération, raison pour laquelle je n'ai pu préparer le document que cette semaine.

Mon téléphone : +51 962 540 118
Mon courriel : jrdesir509@gmail.com

Cordialement,
DÉSIR Jean-Robert
""",
    attachments=[dict(kind="pdf_signed", name="Recurso_reconsideracion_DESIR.pdf", cn="DESIR Jean-Robert", lines=[
        "# RECURSO DE RECONSIDERACIÓN",
        "Señores de la Comisión Especial para los Refugiados",
        "",
        "Yo, DÉSIR Jean-Robert, de nacionalidad haitiana, con pasaporte N° RD3306719, con domicilio "
        "en San Juan de Lurigancho, Lima, ante ustedes me presento y digo:",
        "",
        "La Comisión consideró que mi relato no era creíble porque no presenté pruebas del ataque a mi "
        "casa en Cité Soleil. Adjunto ahora el informe del hospital de Port-au-Prince y la declaración "
        "jurada de mi vecino, que no pude conseguir antes porque la oficina del hospital estuvo cerrada "
        "durante meses por la violencia de las bandas.",
        "",
        "Por lo expuesto, pido que se reconsidere la resolución y se me reconozca la condición de refugiado.",
        "",
        "Teléfono: +51 962 540 118",
        "Correo: jrdesir509@gmail.com",
        "",
        "Lima, 2 de noviembre de 2026",
        "(firmado digitalmente)",
    ])],
    proc="reconsideracion", notif="2026-10-22",
    fields={"nombres": "DÉSIR Jean-Robert", "nacionalidad": "HT", "documento_identidad": "RD3306719",
            "telefono": "+51962540118", "correo": "jrdesir509@gmail.com",
            "motivo": "La Comisión consideró que mi relato no era creíble porque no presenté pruebas del ataque a mi casa en Cité Soleil. Adjunto ahora el informe del hospital de Port-au-Prince y la declaración jurada de mi vecino"},
    expect=("cargo", []))

# 008 ------------------------------------------------------------------------
add(slug="ghana-reconsideracion-late", mailbox=M, received="2026-11-16 10:40:02",
    **{"from": ("Kwame Asante", "kwame.asante.gh@gmail.com")},
    subject="RECURSO DE RECONSIDERACION - ASANTE Kwame Boateng",
    body="""Dear Sirs,

Please accept the attached Recurso de Reconsideración which I have signed digitally with the
help of a friend from church; I apologise that it comes only now and not earlier, the thing is
that the resolution denying my application, which was notified to me on 20/10/2026 at an e-mail
address that I rarely open, only came to my knowledge when my cousin opened the account for me,
and by then I was working in the fields in Chincha without signal and without any possibility
of coming back to Lima before this week.

All my particulars are written in the document.

Kwame
""",
    attachments=[dict(kind="pdf_signed", name="reconsideracion_asante.pdf", cn="ASANTE Kwame Boateng", lines=[
        "# RECURSO DE RECONSIDERACIÓN",
        "To the Comisión Especial para los Refugiados",
        "",
        "I, ASANTE Kwame Boateng, Ghanaian, holder of passport number G2287104, respectfully submit "
        "this request for reconsideration of the resolution that denied my application.",
        "",
        "I was not given an interpreter at my interview and the answers written in the record are not "
        "what I said about the land dispute and the threats from my uncle's people in Kumasi, who "
        "burned my shop and said they will kill me if I come back.",
        "",
        "Telephone: 981 330 472",
        "E-mail: kwame.asante.gh@gmail.com",
        "",
        "Signed digitally, Lima, 15 November 2026",
    ])],
    proc="reconsideracion", notif="2026-10-20",
    fields={"nombres": "ASANTE Kwame Boateng", "nacionalidad": "GH", "documento_identidad": "G2287104",
            "telefono": "+51981330472", "correo": "kwame.asante.gh@gmail.com",
            "motivo": "I was not given an interpreter at my interview and the answers written in the record are not what I said about the land dispute and the threats from my uncle's people in Kumasi"},
    expect=("cargo", ["extemporaneo"]))

# 009 ------------------------------------------------------------------------
add(slug="bangladesh-reconsideracion-escaneada", mailbox=M, received="2026-11-18 16:30:00",
    sent_before_min=0,
    **{"from": ("Md. Rafiqul Islam", "rafiq.islam.bd@gmail.com")},
    subject="Recurso de Reconsideracion",
    body="""Estimado señor/señora,

Yo soy Mohammad Rafiqul ISLAM, nacionalidad de Bangladesh, número de pasaporte EB0452287. Por
la presente presento el recurso de reconsideración contra la resolución de mi solicitud de
refugio. El documento firmado por mi mano está adjunto como escaneado.

La resolución dice que yo puedo vivir en otra ciudad de mi país de manera segura. Pero el
partido político que me busca tiene gente en todos los distritos y mi hermano menor que se
mudó a Sylhet fue golpeado allí en el mes de agosto, por lo tanto no existe lugar seguro
para mí en mi país.

Número de teléfono móvil: +51 940 118 562
Correo electrónico: rafiq.islam.bd@gmail.com

Gracias por su amable cooperación.
Atentamente
""",
    attachments=[dict(kind="pdf_scan", name="scan0001.pdf", lines=[
        "Señores Comisión Especial para los Refugiados",
        "Recurso de Reconsideración",
        "Yo Mohammad Rafiqul Islam pasaporte EB0452287",
        "presento reconsideración contra la resolución...",
        "no existe lugar seguro para mí en Bangladesh",
        "Lima 18/11/2026",
    ])],
    proc="reconsideracion",
    fields={"nombres": "Mohammad Rafiqul ISLAM", "nacionalidad": "BD", "documento_identidad": "EB0452287",
            "telefono": "+51940118562", "correo": "rafiq.islam.bd@gmail.com",
            "motivo": "La resolución dice que yo puedo vivir en otra ciudad de mi país de manera segura. Pero el partido político que me busca tiene gente en todos los distritos"},
    expect=("cargo", ["verificar_firma"]))

# 010 ------------------------------------------------------------------------
add(slug="afghan-handwritten-photo-no-reason", mailbox=M, received="2026-11-21 08:02:51",
    sent_before_min=587,
    **{"from": ("Farid", "farid.ahmadzai1990@yahoo.com")},
    subject="Recurso de reconsideracion (handwritten)",
    body="""Salam,

I am sending the photo of my letter for the Recurso de Reconsideración. I wrote it by hand
and signed it, I have no printer at home.

Name: AHMADZAI Farid
Passport: P01928374
Phone (WhatsApp): +51 973 604 219

Thank you
""",
    attachments=[dict(kind="jpeg", name="IMG_20261120_221455.jpg", lines=[
        "To: Comision Especial para los Refugiados",
        "Recurso de Reconsideracion",
        "I Farid Ahmadzai, passport P01928374,",
        "ask you to look again at my case.",
        "Lima, 20 November 2026",
    ])],
    proc="reconsideracion",
    fields={"nombres": "AHMADZAI Farid", "documento_identidad": "P01928374", "telefono": "+51973604219"},
    expect=("subsanar", ["verificar_firma"]), expect_missing=["motivo"])

# 011 ------------------------------------------------------------------------
add(slug="apelacao-portugues-assinada", mailbox=M, received="2026-11-09 09:30:12",
    date_tz=-3,
    **{"from": ("Yusmary", "yusmary.gonzalez.bv@gmail.com")},
    subject="Recurso de Apelacion / Recurso de Apelação",
    body="""Bom dia,

Segue em anexo o meu Recurso de Apelação assinado digitalmente, contra a resolução que confirmou
a negativa do meu refúgio, a qual foi notificada em 28 de outubro de 2026 pelo e-mail que tenho
cadastrado no sistema.

Morei seis anos em Boa Vista e escrevo melhor em português, desculpem.

Telefone: +51 991 027 364
E-mail: yusmary.gonzalez.bv@gmail.com

Atenciosamente,
Yusmary del Valle González Pérez
""",
    attachments=[dict(kind="pdf_signed", name="apelacao_yusmary_gonzalez.pdf", cn="Yusmary del Valle Gonzalez Perez", lines=[
        "# RECURSO DE APELAÇÃO",
        "À Comissão Especial para os Refugiados",
        "",
        "Eu, Yusmary del Valle González Pérez, de nacionalidade venezuelana, portadora da cédula de "
        "identidade V-21.557.903, venho interpor recurso de apelação contra a resolução que confirmou "
        "a denegação do meu pedido de refúgio.",
        "",
        "Na entrevista não me deixaram explicar que os coletivos marcaram a minha casa em Maracaibo "
        "depois que meu irmão foi preso por participar dos protestos, e que a minha filha foi seguida "
        "na saída da escola duas vezes. A resolução fala apenas da situação econômica, que não é o "
        "motivo pelo qual saí.",
        "",
        "Telefone: +51 991 027 364   E-mail: yusmary.gonzalez.bv@gmail.com",
        "Lima, 8 de novembro de 2026. Assinado digitalmente.",
    ])],
    proc="apelacion", notif="2026-10-28",
    fields={"nombres": "Yusmary del Valle González Pérez", "nacionalidad": "VE", "documento_identidad": "V21557903",
            "telefono": "+51991027364", "correo": "yusmary.gonzalez.bv@gmail.com",
            "motivo": "Na entrevista não me deixaram explicar que os coletivos marcaram a minha casa em Maracaibo depois que meu irmão foi preso por participar dos protestos"},
    expect=("cargo", []))

# 012 ------------------------------------------------------------------------
add(slug="cameroun-appel-signature-alteree", mailbox=M, received="2026-11-25 14:05:31",
    **{"from": ("Ngono Aurélie", "aurelie.ngono.cm@gmail.com")},
    subject="Recurso de Apelación - NGONO ESSOMBA Aurélie",
    body="""Bonjour Mesdames et Messieurs,

Veuillez trouver en pièce jointe mon recours en appel (Recurso de Apelación) signé avec mon
certificat numérique.

Je suis camerounaise, née le 4 juin 1993, titulaire du passeport n° AA0451287.
Pour me joindre : 955 718 302 ou aurelie.ngono.cm@gmail.com

Bien à vous,
NGONO ESSOMBA Aurélie
""",
    attachments=[dict(kind="pdf_altered", name="Apelacion_NGONO.pdf", cn="NGONO ESSOMBA Aurelie",
                      old="Bamenda", new="Bamendo", lines=[
        "# RECURSO DE APELACIÓN",
        "Madame, Monsieur les membres de la Commission,",
        "",
        "Je soussignée NGONO ESSOMBA Aurélie, passeport AA0451287, forme appel contre la résolution "
        "qui confirme le rejet de ma demande.",
        "",
        "La Commission n'a pas tenu compte de ce qui se passe dans les régions anglophones : mon mari "
        "enseignait à Bamenda et il a disparu en 2023, et les militaires sont venus deux fois chez nous "
        "me demander où il se cachait. Ma situation ne relève pas d'une simple migration économique.",
        "",
        "Téléphone : 955 718 302 - Courriel : aurelie.ngono.cm@gmail.com",
        "Lima, le 24 novembre 2026",
    ])],
    proc="apelacion",
    fields={"nombres": "NGONO ESSOMBA Aurélie", "nacionalidad": "CM", "fecha_nacimiento": "1993-06-04",
            "documento_identidad": "AA0451287", "telefono": "+51955718302", "correo": "aurelie.ngono.cm@gmail.com",
            "motivo": "La Commission n'a pas tenu compte de ce qui se passe dans les régions anglophones"},
    expect=("subsanar", []), expect_missing=["firma"])

# 013 ------------------------------------------------------------------------
add(slug="abuelo-dicta-apelacion-tarde", mailbox=M, received="2026-12-01 19:50:26",
    sent_before_min=2,
    **{"from": ("Sofi", "sofiaa.marquez2009@gmail.com")},
    subject="apelacion de mi abuelo",
    body="""Buenas noches, le escribe Sofía, la nieta, porque mi abuelo no sabe usar el correo y él me va dictando:

"Señores de la Comisión, yo Ramón Antonio MÁRQUEZ BRICEÑO, venezolano, cédula 3.912.448, presento
mi recurso de apelación. La carta donde me niegan me la notificaron el 14 de octubre de 2026 pero yo
estuve hospitalizado en el Dos de Mayo todo octubre y parte de noviembre y no pude hacer nada antes.
Yo no puedo volver a Barquisimeto, allá me quitaron la casa y a mi hijo lo mataron los del colectivo,
eso lo dije en la entrevista y no lo pusieron en el papel. Tengo 81 años y aquí está toda mi familia."

Le adjunto la foto de la carta que él firmó a mano.

El teléfono de mi abuelo es el mismo mío: 989 441 073. Y este correo pueden usarlo para él.

Gracias, bendiciones
""",
    attachments=[dict(kind="jpeg", name="carta abuelo.jpeg", lines=[
        "Señores Comisión de Refugiados",
        "Yo Ramón Márquez presento apelación",
        "no puedo volver a Venezuela",
        "Lima 30 de noviembre 2026",
    ])],
    proc="apelacion", notif="2026-10-14",
    fields={"nombres": "Ramón Antonio MÁRQUEZ BRICEÑO", "nacionalidad": "VE", "documento_identidad": "3912448",
            "telefono": "+51989441073", "correo": "sofiaa.marquez2009@gmail.com",
            "motivo": "Yo no puedo volver a Barquisimeto, allá me quitaron la casa y a mi hijo lo mataron los del colectivo"},
    expect=("cargo", ["extemporaneo", "verificar_firma"]))

# 014 ------------------------------------------------------------------------
add(slug="nigeria-re-apelacion-pdf-sin-firma", mailbox=M, received="2026-12-03 08:15:09",
    **{"from": ("Blessing Eze", "blessingeze.ng@gmail.com")},
    subject="RE: Recurso de Apelación",
    body="""Good morning,

I am resending my appeal as you asked, it is attached. Thank you.

Blessing

On Mon, 30 Nov 2026 at 10:02, Mesa de Partes <mesadepartes@rree.gob.pe> wrote:
> Estimada usuaria:
> Para tramitar su recurso sírvase adjuntar el documento correspondiente.
> Atentamente,
> Mesa de Partes
""",
    attachments=[dict(kind="pdf_text", name="APPEAL BLESSING EZE.pdf", lines=[
        "# RECURSO DE APELACIÓN",
        "",
        "I, EZE Blessing Chiamaka, a Nigerian citizen, holder of passport number B50219874, hereby appeal "
        "against the resolution which confirmed the refusal of my refugee application.",
        "",
        "The resolution did not look at the medical report showing the scars on my arms and back from the "
        "attack by the Eastern Security Network men in my village in Imo State, it only said that the "
        "situation in Nigeria is generalised violence.",
        "",
        "Telephone: +51 926 337 801",
        "Email: blessingeze.ng@gmail.com",
        "",
        "Signature: ______________________",
    ])],
    proc="apelacion",
    fields={"nombres": "EZE Blessing Chiamaka", "nacionalidad": "NG", "documento_identidad": "B50219874",
            "telefono": "+51926337801", "correo": "blessingeze.ng@gmail.com",
            "motivo": "The resolution did not look at the medical report showing the scars on my arms and back"},
    expect=("subsanar", []), expect_missing=["firma"])

# 015 ------------------------------------------------------------------------
add(slug="spanglish-recurso-wrong-box", mailbox=S, received="2026-12-06 12:48:33",
    **{"from": ("Dani Pérez", "danielperez.ccs@hotmail.com")},
    subject="recurso",
    body="""Hello, good morning.

Les mando my Recurso de Apelación firmado digitalmente (attached pdf). La resolución me la
notificaron el 20 de noviembre de 2026, so I'm on time I think.

Basically la Comisión says que Venezuela ya no es peligroso para mí, but they didn't consider
que yo fui funcionario del ministerio, renuncié y ahora me acusan de traición a la patria, tengo
orden de captura allá.

Mis datos:
Daniel Eduardo Pérez Lugo
Pasaporte 143556721, cédula V-17.223.654
cel 924 660 193
daniel.perez.lugo@gmail.com (use this one please, el hotmail casi no lo reviso)

Thanks!!
""",
    attachments=[dict(kind="pdf_signed", name="Apelacion_DPerez_firmada.pdf", cn="Daniel Eduardo Perez Lugo", lines=[
        "# RECURSO DE APELACIÓN",
        "",
        "Daniel Eduardo Pérez Lugo, pasaporte 143556721, interpongo recurso de apelación contra la "
        "resolución que confirma la denegatoria de mi solicitud.",
        "",
        "Fui funcionario del ministerio, renuncié en 2024 y ahora me acusan de traición a la patria; existe "
        "una orden de captura en mi contra que adjunto. La resolución no la menciona.",
        "",
        "Lima, 6 de diciembre de 2026 - firmado digitalmente",
    ])],
    proc="apelacion", notif="2026-11-20",
    fields={"nombres": "Daniel Eduardo Pérez Lugo", "documento_identidad": "143556721",
            "telefono": "+51924660193", "correo": "daniel.perez.lugo@gmail.com",
            "motivo": "la Comisión says que Venezuela ya no es peligroso para mí, but they didn't consider que yo fui funcionario del ministerio"},
    expect=("cargo", ["derivado"]))

# 016 ------------------------------------------------------------------------
add(slug="renuncia-portugues-volta-brasil", mailbox=M, received="2026-12-08 10:00:41",
    date_tz=-3,
    **{"from": ("Nadège Belizaire", "nadege.belizaire@gmail.com")},
    subject="Renúncia / Renuncia",
    body="""Prezados senhores,

Envio em anexo o documento assinado da minha renúncia ao trâmite de solicitação de refúgio.

Consegui a residência permanente no Brasil pela reunião familiar com meu esposo, que é brasileiro,
e vou voltar a morar em Curitiba com ele no mês que vem.

Meus dados:
Nome completo: BELIZAIRE Nadège
Nacionalidade: haitiana
Passaporte: RD2094571
Celular/WhatsApp: +55 41 99812-4407

Obrigada por tudo
""",
    attachments=[dict(kind="pdf_signed", name="renuncia_belizaire.pdf", cn="BELIZAIRE Nadege", lines=[
        "# RENÚNCIA",
        "À Comissão Especial para os Refugiados",
        "",
        "Eu, BELIZAIRE Nadège, haitiana, passaporte RD2094571, renuncio ao trâmite da minha solicitação de "
        "refúgio no Peru.",
        "",
        "Consegui a residência permanente no Brasil pela reunião familiar com meu esposo e vou voltar a "
        "morar em Curitiba.",
        "",
        "Celular: +55 41 99812-4407",
        "Lima, 7 de dezembro de 2026. Assinado digitalmente.",
    ])],
    proc="renuncia",
    fields={"nombres": "BELIZAIRE Nadège", "nacionalidad": "HT", "documento_identidad": "RD2094571",
            "telefono": "+5541998124407",
            "motivo": "Consegui a residência permanente no Brasil pela reunião familiar com meu esposo, que é brasileiro, e vou voltar a morar em Curitiba"},
    expect=("acuse", []))

# 017 ------------------------------------------------------------------------
add(slug="renonsiasyon-refijye-san-kat", mailbox=R, received="2026-12-14 12:00:08",
    **{"from": ("Frantz Augustin", "frantzaugustin77@gmail.com")},
    subject="Renonsiasyon - Renuncia",
    body="""Bonjou,

Mwen se Frantz AUGUSTIN, mwen se refijye rekonèt (soy refugiado reconocido) isit nan Perou depi 2021.

Mwen vle renonse estati refijye a. Mwen jwenn yon travay nan Monterrey, Meksik, e mwen pral viv la
ak madanm mwen ak pitit mwen yo nan mwa janvye.

Nasyonalite: ayisyen
Paspò: HA1187234
Telefòn: 944 019 387

Mwen voye foto lèt la ke m siyen.
Mèsi pou tout sa nou fè pou nou.
""",
    attachments=[dict(kind="png", name="let renonsiasyon.png", lines=[
        "Komisyon Espesyal pou Refijye yo",
        "Mwen Frantz Augustin renonse estati refijye",
        "Lima 13 desanm 2026",
    ])],
    proc="renuncia", recognised=True,
    fields={"nombres": "Frantz AUGUSTIN", "nacionalidad": "HT", "documento_identidad": "HA1187234",
            "telefono": "+51944019387",
            "motivo": "Mwen jwenn yon travay nan Monterrey, Meksik, e mwen pral viv la ak madanm mwen ak pitit mwen yo"},
    expect=("subsanar", ["derivado", "verificar_firma"]), expect_missing=["carne_extranjeria"])

# 018 ------------------------------------------------------------------------
add(slug="afghan-renuncia-refugee-canada", mailbox=M, received="2026-12-18 15:10:55",
    **{"from": ("Zahra Rahimi", "zahra.rahimi.af@gmail.com")},
    subject="Renuncia a la condición de refugiada",
    body="""Dear Commission,

I attach my signed letter. Since last year my husband and my two daughters are in Canada under the
government resettlement programme, and in November the Canadian embassy in Lima finally issued my
permanent resident visa, so I will travel to join them in January and I will not need the
protection of Peru any more.

Full name: RAHIMI Zahra
Nationality: Afghan
Passport: P02736651
Carné de Extranjería: 001254873
Phone: +51 916 402 558

With gratitude for everything,
Zahra
""",
    attachments=[dict(kind="pdf_signed", name="Renuncia_RAHIMI_Zahra_signed.pdf", cn="RAHIMI Zahra", lines=[
        "# RENUNCIA A LA CONDICIÓN DE REFUGIADA",
        "",
        "I, RAHIMI Zahra, Afghan, passport P02736651, Carné de Extranjería 001254873, renounce my refugee "
        "status in Peru from the date of my departure.",
        "",
        "I am joining my husband and daughters, who were resettled in Canada; I hold a Canadian permanent "
        "resident visa.",
        "",
        "Phone: +51 916 402 558",
        "Lima, 18 December 2026 - digitally signed",
    ])],
    proc="renuncia",
    fields={"nombres": "RAHIMI Zahra", "nacionalidad": "AF", "documento_identidad": "P02736651",
            "carne_extranjeria": "001254873", "telefono": "+51916402558",
            "motivo": "Since last year my husband and my two daughters are in Canada under the government resettlement programme"},
    expect=("acuse", []))

# 019 ------------------------------------------------------------------------
add(slug="afghan-prorroga-complete", mailbox=R, received="2026-10-12 09:15:27",
    **{"from": ("A. W. Noori", "awnoori.kabul@gmail.com")},
    subject="Prorroga de residencia - annual extension",
    body="""Hello,

I am recognized refugee and I need the annual Prórroga de Residencia for Migraciones.

Full Name:		NOORI Abdul Wahid
Gender:			Male
Nationality:		Afghanistan
Passport No.:		P01655093
Carne de Extranjeria:	000987612
Date of birth:		March 3, 1979
Phone:			0051 965 223 740

Best regards
""",
    proc="prorroga_residencia",
    fields={"nombres": "NOORI Abdul Wahid", "sexo": "M", "nacionalidad": "AF", "documento_identidad": "P01655093",
            "carne_extranjeria": "000987612", "fecha_nacimiento": "1979-03-03", "telefono": "+51965223740"},
    expect=("acuse", []))

# 020 ------------------------------------------------------------------------
add(slug="prorogation-cameroun-incomplete", mailbox=R, received="2026-10-22 16:45:50",
    **{"from": ("Stéphanie Mbarga", "steph.mbarga@gmail.com")},
    subject="Demande de prorogation - Prórroga de residencia",
    body="""Bonsoir,

Je souhaite faire la prorogation annuelle de ma résidence (prórroga de residencia) en tant que
personne réfugiée reconnue au Pérou.

MBARGA ONANA Stéphanie
Nationalité : Cameroun
Passeport : AA0219384
Carte d'étranger (CE) : 001387205
Tél : (01) 480-2231

Merci d'avance pour votre aide.
""",
    proc="prorroga_residencia",
    fields={"nombres": "MBARGA ONANA Stéphanie", "nacionalidad": "CM", "documento_identidad": "AA0219384",
            "carne_extranjeria": "001387205", "telefono": "+5114802231"},
    expect=("subsanar", []), expect_missing=["sexo", "fecha_nacimiento"])

# 021 ------------------------------------------------------------------------
add(slug="abuela-cubana-dicta-prorroga", mailbox=R, received="2026-10-31 10:20:14",
    **{"from": ("Yoandri", "yoandri.cu.lima@gmail.com")},
    subject="PRORROGA DE RESIDENCIA ABUELA",
    body="""Buenos días. Escribo de parte de mi abuela que ya no ve bien para escribir, ella me dicta:

"Yo, Caridad de la Caridad FUENTES ROJAS, mujer, cubana, de 81 años, nacida el 8/8/45 en Camagüey,
con carnet de identidad cubano número 45080812754 y carné de extranjería número 000643118, solicito
la prórroga de mi residencia como refugiada, como todos los años. Mi teléfono es el de la casa:
(01) 562-0913."

Cualquier cosa me escriben a mí a este correo que yo se lo leo.
Yoandri (el nieto)
""",
    proc="prorroga_residencia",
    fields={"nombres": "Caridad de la Caridad FUENTES ROJAS", "sexo": "F", "nacionalidad": "CU",
            "fecha_nacimiento": "1945-08-08", "documento_identidad": "45080812754",
            "carne_extranjeria": "000643118", "telefono": "+5115620913"},
    expect=("acuse", []))

# 022 ------------------------------------------------------------------------
add(slug="ghana-prorroga-mesa-partes-sin-ce", mailbox=M, received="2026-11-06 11:30:00",
    **{"from": ("Ama Owusu", "ama.owusu.accra@gmail.com")},
    subject="Prórroga de Residencia",
    body="""Good day,

Please I am writing to apply for the extension of my residence (Prórroga de Residencia) as a
recognized refugee. My carné got soaked in the rain and I cannot read the number well, I will send
it when I get the copy from Migraciones.

Name: OWUSU Ama Serwaa
Sex: Female
Nationality: Ghanaian
Passport No: G3019482
DOB: 21/09/88
Tel: +51 987 006 215

Thank you.
""",
    proc="prorroga_residencia", recognised=True,
    fields={"nombres": "OWUSU Ama Serwaa", "sexo": "F", "nacionalidad": "GH", "documento_identidad": "G3019482",
            "fecha_nacimiento": "1988-09-21", "telefono": "+51987006215"},
    expect=("subsanar", ["derivado"]), expect_missing=["carne_extranjeria"])

# 023 ------------------------------------------------------------------------
add(slug="prorroga-recidencia-tabela-html", mailbox=R, received="2026-11-10 21:14:36",
    date_tz=-3,
    **{"from": ("Leidis Rodríguez", "leidis.rodriguez.cu@gmail.com")},
    subject="Prorroga de recidencia anual",
    html="""<html><body>
<p>Olá, boa noite!</p>
<p>Solicito a prorroga de residência anual como refugiada. Seguem meus dados:</p>
<table border="1" cellpadding="4">
<tr><td>Nome completo</td><td>Leidis María RODRÍGUEZ CASTILLO</td></tr>
<tr><td>Sexo</td><td>Feminino</td></tr>
<tr><td>Nacionalidade</td><td>Cuba</td></tr>
<tr><td>Passaporte</td><td>L347801</td></tr>
<tr><td>Carnê de estrangeiro</td><td>001102934</td></tr>
<tr><td>Data de nascimento</td><td>15 de março de 1990</td></tr>
<tr><td>Telefone</td><td>958 114 620</td></tr>
</table>
<p>Muito obrigada!<br>Leidis</p>
</body></html>
""",
    proc="prorroga_residencia",
    fields={"nombres": "Leidis María RODRÍGUEZ CASTILLO", "sexo": "F", "nacionalidad": "CU",
            "documento_identidad": "L347801", "carne_extranjeria": "001102934",
            "fecha_nacimiento": "1990-03-15", "telefono": "+51958114620"},
    expect=("acuse", []))

# 024 ------------------------------------------------------------------------
add(slug="duplicado-ce-kreyol-denuncia-pdf", mailbox=R, received="2026-11-11 10:05:19",
    **{"from": ("Jeanty", "m.jeanty.ht@gmail.com")},
    subject="Duplicado de carné de extranjería",
    body="""Bonjou / Buenos días,

Yo perdí mi carné de extranjería en el bus de la Vía Expresa, mwen te fè denonsyasyon nan komisarya a,
adjunto la denuncia.

Nombre: JEANTY Michelet
Sexo: masculino
Nacionalidad: haitiano
Pasaporte: RD1734095
Carné de extranjería: 000871245
Fecha de nacimiento: 02-02-1984
Teléfono: 926 115 804

Mèsi anpil.
""",
    attachments=[dict(kind="pdf_text", name="constancia_PNP.pdf", lines=[
        "# POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP SURQUILLO",
        "COPIA CERTIFICADA DE DENUNCIA POLICIAL POR PÉRDIDA DE DOCUMENTO",
        "",
        "Denunciante: JEANTY Michelet",
        "Documento perdido: Carné de Extranjería N° 000871245",
        "Hechos: refiere haber extraviado su documento en un bus de transporte público el 07/11/2026.",
        "Lima, 09 de noviembre de 2026",
    ])],
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "JEANTY Michelet", "sexo": "M", "nacionalidad": "HT", "documento_identidad": "RD1734095",
            "carne_extranjeria": "000871245", "fecha_nacimiento": "1984-02-02", "telefono": "+51926115804",
            "motivo": "Yo perdí mi carné de extranjería en el bus de la Vía Expresa"},
    expect=("acuse", []))

# 025 ------------------------------------------------------------------------
add(slug="bangladesh-duplicado-de-carnet", mailbox=R, received="2026-11-30 13:45:03",
    **{"from": ("Shahidul Alam", "shahidul.alam.dhaka@gmail.com")},
    subject="Duplicado de carnet",
    body="""Dear Sir,

My carné de extranjería was stolen from my pocket at Gamarra market on 21 November. I need the
duplicate of the Carné de Extranjería. Police report (denuncia) picture is attached.

Name: ALAM Md Shahidul
Gender: M
Nationality: Bangladeshi
Passport No: EF0836125
CE No: 000915376
Date of Birth: 10/12/1982
Mobile: +51 977 231 408

Thanks and regards
""",
    attachments=[dict(kind="jpeg", name="denuncia.jpg", lines=[
        "POLICIA NACIONAL DEL PERU",
        "DENUNCIA POR HURTO",
        "Comisaria La Victoria 22/11/2026",
    ])],
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "ALAM Md Shahidul", "sexo": "M", "nacionalidad": "BD", "documento_identidad": "EF0836125",
            "carne_extranjeria": "000915376", "fecha_nacimiento": "1982-12-10", "telefono": "+51977231408",
            "motivo": "My carné de extranjería was stolen from my pocket at Gamarra market on 21 November"},
    expect=("acuse", []))

# 026 ------------------------------------------------------------------------
add(slug="nigeria-duplicado-sin-denuncia", mailbox=R, received="2026-12-02 17:05:44",
    **{"from": ("Ifeanyi Obi", "ifeanyi.obi.lagos@yahoo.com")},
    subject="Duplicado de carne de extranjeria",
    body="""Hello,

Please my CE got lost when I was moving house to Chorrillos. I want to do the duplicado. I have not
been able to go to the police station yet because of work, I will send the police report after.

OBI Ifeanyi Paul
Nigeria
Passport A11873420
CE 001439026
D.O.B 30 June 1990
+51 935 770 614

Thanks
""",
    proc="duplicado_carne_extranjeria",
    fields={"nombres": "OBI Ifeanyi Paul", "nacionalidad": "NG", "documento_identidad": "A11873420",
            "carne_extranjeria": "001439026", "fecha_nacimiento": "1990-06-30", "telefono": "+51935770614",
            "motivo": "my CE got lost when I was moving house to Chorrillos"},
    expect=("subsanar", []), expect_missing=["denuncia_policial", "sexo"])

# 027 ------------------------------------------------------------------------
add(slug="india-travel-dubai-signed", mailbox=R, received="2026-11-13 10:30:21",
    **{"from": ("Irfan", "irfan.sheikh.pe@gmail.com")},
    subject="Autorización de Viaje - URGENT",
    body="""Respected Sir/Madam,

Please find attached my signed application for Autorización de Viaje.

My father is admitted in Rashid Hospital in Dubai where he is working since 15 years, he had a
stroke on 8th November and the doctors have asked that family should come as early as possible.

Kindly process at the earliest.

Regards,
SHEIKH Mohammed Irfan
+51 982 447 150
""",
    attachments=[dict(kind="pdf_signed", name="travel_authorisation_request.pdf", cn="SHEIKH Mohammed Irfan", lines=[
        "# SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "",
        "Name: SHEIKH Mohammed Irfan",
        "Carné de Extranjería: 001320458",
        "Lugar de viaje: Dubai, Emiratos Árabes Unidos",
        "Fecha de salida: 20/11/2026",
        "Fecha de retorno: 04/12/2026",
        "Reason: my father had a stroke and is in intensive care in Rashid Hospital, Dubai.",
        "Phone: +51 982 447 150",
        "",
        "Digitally signed, Lima, 13/11/2026",
    ])],
    proc="autorizacion_viaje",
    fields={"nombres": "SHEIKH Mohammed Irfan", "carne_extranjeria": "001320458",
            "destino": "Dubai, Emiratos Árabes Unidos", "fecha_salida": "2026-11-20", "fecha_retorno": "2026-12-04",
            "telefono": "+51982447150",
            "motivo": "My father is admitted in Rashid Hospital in Dubai where he is working since 15 years, he had a stroke on 8th November"},
    expect=("acuse", []))

# 028 ------------------------------------------------------------------------
add(slug="autorisation-voyage-gabon-scan", mailbox=R, received="2026-12-21 09:40:37",
    **{"from": ("Estelle Fotso", "estelle.fotso@gmail.com")},
    subject="Demande d'autorisation de voyage (Autorización de Viaje)",
    body="""Bonjour,

Ci-joint ma demande signée à la main et scannée.

Ma mère vit à Libreville depuis dix ans ; elle doit être opérée du cœur le 5 mars et je suis sa
seule fille, il n'y a personne d'autre pour rester avec elle à l'hôpital.

Nom complet : FOTSO Estelle Laure
Carte d'étranger n° : 001298344
Destination : Libreville (Gabon)
Départ : le 3 mars 2027
Retour : 17/03/27
Téléphone : +51 964 551 207

Merci de votre compréhension.
""",
    attachments=[dict(kind="pdf_scan", name="demande_voyage_scan.pdf", lines=[
        "Commission Spéciale pour les Réfugiés",
        "Demande d'autorisation de voyage",
        "Fotso Estelle Laure - CE 001298344",
        "Libreville, du 03/03/27 au 17/03/27",
        "Lima, le 20 décembre 2026",
    ])],
    proc="autorizacion_viaje",
    fields={"nombres": "FOTSO Estelle Laure", "carne_extranjeria": "001298344", "destino": "Libreville (Gabon)",
            "fecha_salida": "2027-03-03", "fecha_retorno": "2027-03-17", "telefono": "+51964551207",
            "motivo": "Ma mère vit à Libreville depuis dix ans ; elle doit être opérée du cœur le 5 mars"},
    expect=("acuse", ["verificar_firma"]))

# 029 ------------------------------------------------------------------------
add(slug="teen-permiso-viaje-sin-retorno", mailbox=R, received="2026-12-26 15:22:10",
    **{"from": ("luisito", "luis.andres.vp@gmail.com")},
    subject="permiso de viaje urgente!!",
    body="""hola q tal, necesito autorizacion de viaje xq mi mama esta en bogota y se cayo y se rompio la cadera, me voy el 04/01/27

soy luis andres villegas paz, refugiado, CE 001511872
cel 913 882 045

graciasss
""",
    proc="autorizacion_viaje",
    fields={"nombres": "luis andres villegas paz", "carne_extranjeria": "001511872", "destino": "bogota",
            "fecha_salida": "2027-01-04", "telefono": "+51913882045",
            "motivo": "mi mama esta en bogota y se cayo y se rompio la cadera"},
    expect=("subsanar", []), expect_missing=["firma", "fecha_retorno"])

# 030 ------------------------------------------------------------------------
add(slug="autorizacao-viagem-sao-paulo-caixa-errada", mailbox=S, received="2026-12-24 10:00:03",
    date_tz=-3,
    **{"from": ("Oriana Salazar", "orianasalazar.ve@gmail.com")},
    subject="Autorização de viagem / Autorizacion de viaje",
    body="""Bom dia, senhores,

Envio a minha solicitação de Autorización de Viaje assinada com certificado digital.

Minha filha de 9 anos mora com a avó em São Paulo e vai ser operada das amígdalas no dia 12 de
janeiro; a juíza da vara de família exige a minha presença para assinar a autorização da cirurgia.

Nome: Oriana Beatriz SALAZAR MONTES
Carnê de estrangeiro: 000734519
Destino: São Paulo, Brasil
Data de saída: 10 de janeiro de 2027
Data de retorno: 24 de janeiro de 2027
Telefone: +51 940 662 318

Feliz Natal!
""",
    attachments=[dict(kind="pdf_signed", name="autorizacion_viaje_salazar.pdf", cn="Oriana Beatriz SALAZAR MONTES", lines=[
        "# SOLICITAÇÃO DE AUTORIZAÇÃO DE VIAGEM",
        "",
        "Nome: Oriana Beatriz SALAZAR MONTES",
        "Carnê de estrangeiro: 000734519",
        "Destino: São Paulo, Brasil",
        "Saída: 10 de janeiro de 2027   Retorno: 24 de janeiro de 2027",
        "Motivo: cirurgia da minha filha menor; a juíza exige a presença da mãe.",
        "Telefone: +51 940 662 318",
        "Lima, 23 de dezembro de 2026. Assinado digitalmente.",
    ])],
    proc="autorizacion_viaje",
    fields={"nombres": "Oriana Beatriz SALAZAR MONTES", "carne_extranjeria": "000734519",
            "destino": "São Paulo, Brasil", "fecha_salida": "2027-01-10", "fecha_retorno": "2027-01-24",
            "telefono": "+51940662318",
            "motivo": "Minha filha de 9 anos mora com a avó em São Paulo e vai ser operada das amígdalas"},
    expect=("acuse", ["derivado"]))

# 031 ------------------------------------------------------------------------
add(slug="kat-demande-carne-solicitante", mailbox=S, received="2026-10-08 08:30:15",
    **{"from": ("Roselaure", "roselaure.charles@gmail.com")},
    subject="Carné de solicitante",
    body="""Bonjou,

Mwen bezwen kat demandè azil mwen an (carné de solicitante). Kilè mwen ka vin chèche l?

Non: CHARLES Roselaure
Paspò: RD0923418
Telefòn: 925 776 031

Mèsi
""",
    proc="carne_solicitante",
    fields={"nombres": "CHARLES Roselaure", "documento_identidad": "RD0923418", "telefono": "+51925776031"},
    expect=("suspendido", []))

# 032 ------------------------------------------------------------------------
add(slug="afghan-carnet-solicitante-wrong-box", mailbox=R, received="2026-10-09 14:00:29",
    **{"from": ("Tariq H.", "tariq.hussaini@outlook.com")},
    subject="carnet de solicitante de refugio",
    body="""Hello,

I am applicant of refuge since July and I did the fingerprints and photo in your office in
September. When I can receive my carné de solicitante?

My name is HUSSAINI Tariq, Afghan, passport P03318740, tel 968 300 512.

Regards
""",
    proc="carne_solicitante",
    fields={"nombres": "HUSSAINI Tariq", "nacionalidad": "AF", "documento_identidad": "P03318740",
            "telefono": "+51968300512"},
    expect=("suspendido", ["derivado"]))

# 033 ------------------------------------------------------------------------
add(slug="asylum-request-english-mesa", mailbox=M, received="2026-10-19 08:00:47",
    **{"from": ("Gul Ahmad Safi", "gulahmad.safi@gmail.com")},
    subject="Solicitud de Refugio - asylum request",
    body="""Hello,

I arrived to Lima two weeks ago with my wife and I want to ask for asylum in Peru. How can I make
the solicitud de refugio? Do I need to come to your office?

My name: SAFI Gul Ahmad
Passport: P02219873
Phone: +51 951 006 447

Thank you very much
""",
    proc="solicitud_refugio",
    fields={"nombres": "SAFI Gul Ahmad", "documento_identidad": "P02219873", "telefono": "+51951006447"},
    expect=("portal", []))

# 034 ------------------------------------------------------------------------
add(slug="demann-refij-kreyol", mailbox=S, received="2026-11-14 19:31:02",
    **{"from": ("Mackenson", "mackensonpaul93@gmail.com")},
    subject="Demann refij (solicitud de refugio)",
    body="""Bonjou,

Mwen fèk rive Lima semèn pase, mwen se ayisyen. Mwen vle fè yon demann refij. Ki kote pou m ale
oswa ki sa pou m fè?

Nimewo mwen: +51 929 441 560

Mackenson PAUL
""",
    proc="solicitud_refugio",
    fields={"nombres": "Mackenson PAUL", "nacionalidad": "HT", "telefono": "+51929441560"},
    expect=("portal", []))

# 035 ------------------------------------------------------------------------
add(slug="spanglish-work-permit", mailbox=S, received="2026-11-19 17:30:40",
    **{"from": ("Ale Rojas", "alerojas.ccs@gmail.com")},
    subject="Autorizacion de trabajo - work permit renewal",
    body="""Hi!

My autorización de trabajo virtual expired last week, how do I renew it?? I tried in the page
pero me sale error.

Alejandra Rojas Mendoza, pasaporte 121998765

Thx!!
""",
    proc="autorizacion_trabajo",
    fields={"nombres": "Alejandra Rojas Mendoza", "documento_identidad": "121998765"},
    expect=("portal", []))

# 036 ------------------------------------------------------------------------
add(slug="consulta-traduccion-automatica-trabajo", mailbox=R, received="2026-11-24 09:00:11",
    **{"from": ("Mamadou Diallo", "mamadousaliou.diallo@yahoo.fr")},
    subject="Consulta",
    body="""Buen día señores.

Me gustaría saber cómo es posible obtener la autorización de trabajo virtual. Yo soy ciudadano de
Guinea, mi nombre es DIALLO Mamadou Saliou, el número de pasaporte R0452199, mi teléfono 986 220 417.

Le agradezco de antemano su respuesta y le ruego que acepte mis distinguidos saludos.
""",
    proc="autorizacion_trabajo",
    fields={"nombres": "DIALLO Mamadou Saliou", "nacionalidad": "GN", "documento_identidad": "R0452199",
            "telefono": "+51986220417"},
    expect=("portal", []))

# 037 ------------------------------------------------------------------------
add(slug="bangladesh-entrevista-date-please", mailbox=S, received="2026-11-02 10:00:58",
    **{"from": ("Nusrat Jahan", "nusrat.jahan.bd@gmail.com")},
    subject="Entrevista de Registro - date please",
    body="""Respected Madam/Sir,

I have submitted my online application on 15 September and got my expediente number, but I have
not received the date for the Entrevista de Registro yet. Please inform me.

JAHAN Nusrat
Passport EC0917735
+51 917 006 332
""",
    proc="entrevista_registro",
    fields={"nombres": "JAHAN Nusrat", "documento_identidad": "EC0917735", "telefono": "+51917006332"},
    expect=("portal", []))

# 038 ------------------------------------------------------------------------
add(slug="teen-entrevista-registro-xfa", mailbox=M, received="2026-12-13 20:12:44",
    **{"from": ("valeee ✨", "vale.gutierrez.2008@gmail.com")},
    subject="entrevista de registro xfa",
    body="""hola!! ya hice todo en linea hace un mes y nada de la entrevista de registro, me pueden dar fecha?? 

soy valentina gutierrez, mi correo es este

graciasss 🙏🙏
""",
    proc="entrevista_registro",
    fields={"nombres": "valentina gutierrez"},
    expect=("portal", []))

# 039 ------------------------------------------------------------------------
add(slug="ayuda-kreyol-estado-expediente", mailbox=S, received="2026-10-07 12:00:36",
    **{"from": ("Guerline", "guerlinemetellus@gmail.com")},
    subject="Ayuda",
    body="""Bonjou,

Mwen depoze dosye m depi de (2) lane e mwen pa janm resevwa okenn repons. Èske nou ka di m kote
dosye a ye kounye a?

METELLUS Guerline, paspò RD3372018, tel 936 002 174

Mèsi
""",
    proc=None,
    fields={"nombres": "METELLUS Guerline", "documento_identidad": "RD3372018", "telefono": "+51936002174"},
    expect=("triage", []))

# 040 ------------------------------------------------------------------------
add(slug="renuncia-y-actualizacion-dos-tramites", mailbox=M, received="2026-11-23 16:31:00",
    **{"from": ("Carlos Bermúdez", "cbermudez.ve@gmail.com")},
    subject="Renuncia y actualización de datos",
    body="""Buenas tardes.

Quiero saber si para presentar la renuncia tengo que hacer primero la actualización de datos o si
puedo mandar las dos cosas en el mismo correo.

Carlos Bermúdez
V-14.552.908
922 604 551
""",
    proc=None,
    fields={"nombres": "Carlos Bermúdez", "documento_identidad": "V14552908", "telefono": "+51922604551"},
    expect=("triage", []))

# 041 ------------------------------------------------------------------------
add(slug="urgent-airport-english", mailbox=R, received="2027-01-02 06:14:25",
    **{"from": ("Emeka N", "emeka.nwosu@gmail.com")},
    subject="URGENT!!!",
    body="""Please I need help. The immigration officer at the airport told me my documents are not okay
and I don't know what to do. Can somebody call me please?

NWOSU Emeka
+234 806 443 2219 (WhatsApp)
""",
    proc=None,
    fields={"nombres": "NWOSU Emeka", "telefono": "+2348064432219"},
    expect=("triage", []))

# 042 ------------------------------------------------------------------------
add(slug="bounce-actualizacion-datos", mailbox=S, received="2026-10-27 03:12:09",
    recv_utc=False, ignorado=True, bounce=True, sent_before_min=0,
    **{"from": ("Mail Delivery System", "MAILER-DAEMON@buzon.rree.gob.pe")},
    subject="Undeliverable: Actualización de datos",
    body="""This is the mail system at host buzon.rree.gob.pe.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients.

<kerline.st@hotmial.com>: Host or domain name not found. Name service error for
    name=hotmial.com type=MX: Host not found
""",
    dsn="""Reporting-MTA: dns; buzon.rree.gob.pe

Final-Recipient: rfc822; kerline.st@hotmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found
""",
    orig_headers="""From: solicitantesrefugio@rree.gob.pe
To: kerline.st@hotmial.com
Subject: =?utf-8?q?Actualizaci=C3=B3n_de_datos?=
Date: Tue, 27 Oct 2026 03:11:31 -0500
""",
    proc="actualizacion_datos",
    fields={},
    expect=("ignorado", []))

# 043 ------------------------------------------------------------------------
add(slug="automatic-reply-cambio-clave", mailbox=S, received="2026-11-27 10:00:19",
    ignorado=True, headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    **{"from": ("Patrick Mukendi", "p.mukendi@yahoo.fr")},
    subject="Automatic reply: Cambio de clave y contraseña",
    body="""Merci pour votre message. Je suis en déplacement jusqu'au 4 décembre avec un accès limité à
mes courriels. Je vous répondrai dès mon retour.
""",
    proc="cambio_clave",
    fields={"correo": "p.mukendi@yahoo.fr"},
    expect=("ignorado", []))

# 044 ------------------------------------------------------------------------
add(slug="interno-relacion-semanal", mailbox=M, received="2026-11-30 08:05:00",
    ignorado=True,
    **{"from": ("Refugiados - Cancillería", "refugiados@rree.gob.pe")},
    to="mesadepartes@rree.gob.pe",
    subject="Relación de expedientes derivados - semana 48",
    body="""Estimados colegas de Mesa de Partes:

Se remite la relación de expedientes derivados durante la semana 48 para su registro en el
sistema de trámite documentario. Total: 37 expedientes.

Atentamente,
Unidad de Refugiados
""",
    proc=None,
    fields={},
    expect=("ignorado", []))

# 045 ------------------------------------------------------------------------
add(slug="boletin-lista-noreply", mailbox=S, received="2026-12-20 07:00:00",
    ignorado=True, headers=[("Precedence", "bulk"), ("List-Id", "Boletin Red Migrante <boletin.redmigrante.example.org>"),
                            ("List-Unsubscribe", "<mailto:baja@redmigrante.example.org>")],
    **{"from": ("Red Migrante", "noreply@redmigrante.example.org")},
    subject="Boletín semanal: novedades para la comunidad migrante",
    body="""Boletín semanal de la Red Migrante

- Ferias de empleo en Lima Norte
- Cursos gratuitos de español para personas haitianas
- Horario de atención de fin de año de las organizaciones de la red

Para dejar de recibir este boletín responda BAJA.
""",
    proc=None,
    fields={},
    expect=("ignorado", []))

# 046 ------------------------------------------------------------------------
add(slug="actualizacion-refugiado-utc-received", mailbox=S, received="2026-12-15 21:40:07",
    recv_utc=True,
    **{"from": ("Abdur Rahman Khan", "arkhan.bd.lima@gmail.com")},
    subject="Actualización de datos de contacto",
    body="""Buenas noches respetado señor.

Por favor actualice mis datos de contacto en su sistema. Yo soy refugiado reconocido desde el año 2020.

Nombre y apellido: KHAN Abdur Rahman
Nacionalidad: Bangladesh
Pasaporte No.: BW0472916
Carné de Extranjería No.: 000588241
Nuevo número de teléfono: +51 948 337 205
Nueva dirección: Jr. Huallaga 845, Cercado de Lima

Gracias y saludos.
""",
    proc="actualizacion_datos", recognised=True,
    fields={"nombres": "KHAN Abdur Rahman", "nacionalidad": "BD", "documento_identidad": "BW0472916",
            "carne_extranjeria": "000588241", "telefono": "+51948337205"},
    expect=("acuse", []))

# 047 ------------------------------------------------------------------------
add(slug="changement-mot-de-passe-rdc-feriado", mailbox=S, received="2026-12-08 19:00:12",
    **{"from": ("Patrick M.", "patrick.mukendi.lima@gmail.com")},
    subject="Changement de mot de passe - cambio de clave",
    body="""Bonsoir,

Je vous écris pour demander le changement de mon mot de passe (cambio de clave y contraseña) du
Système des Réfugiés.

Nom complet : MUKENDI KABONGO Patrick
Nationalité : congolaise (RDC)
Passeport : OP0519832
Téléphone : +51 921 550 876
Adresse e-mail enregistrée dans le système : p.mukendi@yahoo.fr

Je vous écris depuis l'adresse de mon cousin parce que je n'arrive plus à ouvrir la mienne.

Merci infiniment.
""",
    proc="cambio_clave",
    fields={"nombres": "MUKENDI KABONGO Patrick", "nacionalidad": "CD", "documento_identidad": "OP0519832",
            "telefono": "+51921550876", "correo": "p.mukendi@yahoo.fr"},
    expect=("acuse", []))

# 048 ------------------------------------------------------------------------
add(slug="india-reconsideracion-late-unsigned", mailbox=M, received="2027-01-06 11:00:30",
    **{"from": ("Rajesh Kumar Yadav", "rajeshyadav.pe@gmail.com")},
    subject="Recurso de Reconsideración - YADAV Rajesh Kumar",
    body="""Respected Sir,

I am submitting herewith my Recurso de Reconsideración in PDF against the Resolution which was
notified to me through e-mail on 03-12-2026, and the delay in filing is regretted as I was not
knowing the Spanish language and had to search for a translator who could explain me the contents
of the Resolution which is written in legal language.

Kindly accept the same.

Yours obediently,
Rajesh Kumar Yadav
""",
    attachments=[dict(kind="pdf_text", name="Reconsideracion_Rajesh.pdf", lines=[
        "# RECURSO DE RECONSIDERACIÓN",
        "",
        "Name of applicant: Rajesh Kumar Yadav",
        "Nationality: Indian",
        "Passport No.: Z5530871",
        "Mobile: +51 972 118 036",
        "E-mail: rajeshyadav.pe@gmail.com",
        "",
        "The Commission has held that the threats from the money lenders are a private matter, however "
        "the police station of my district refused to register my complaint because the lender is the "
        "brother of the local MLA, therefore protection of the State is not available to me.",
        "",
        "Place: Lima          Date: 05/01/2027",
        "Signature of applicant: Rajesh Kumar Yadav",
    ])],
    proc="reconsideracion", notif="2026-12-03",
    fields={"nombres": "Rajesh Kumar Yadav", "nacionalidad": "IN", "documento_identidad": "Z5530871",
            "telefono": "+51972118036", "correo": "rajeshyadav.pe@gmail.com",
            "motivo": "The Commission has held that the threats from the money lenders are a private matter"},
    expect=("subsanar", ["extemporaneo"]), expect_missing=["firma"])

# 049 ------------------------------------------------------------------------
add(slug="fwd-apelacao-assinatura-imagem", mailbox=M, received="2026-12-29 16:10:45",
    date_tz=-3,
    **{"from": ("Yunior Pérez", "yunior.perez.almeida@gmail.com")},
    subject="Fwd: Recurso de Apelacion",
    body="""Bom dia. Encaminho o recurso que tentei enviar ontem do meu outro e-mail e voltou.

---------- Forwarded message ---------
De: Yunior Pérez <yunior.pa@hotmial.com>
Date: seg., 28 de dez. de 2026 às 18:20
Subject: Recurso de Apelacion
To: <mesadepartes@rree.gob.pe>

Senhores, segue meu recurso de apelação contra a resolução que me foi notificada em 10/12/2026,
com a minha assinatura.
""",
    attachments=[dict(kind="pdf_sigimg", name="apelacao_yunior.pdf", cn="Yunior Alberto PEREZ ALMEIDA", lines=[
        "# RECURSO DE APELAÇÃO",
        "",
        "Yunior Alberto PÉREZ ALMEIDA, de nacionalidade cubana, passaporte L502916, telefone 953 118 624, "
        "e-mail yunior.perez.almeida@gmail.com, apresenta recurso de apelação.",
        "",
        "Em Cuba fui detido três vezes depois das manifestações de julho de 2021 e o meu nome está na lista "
        "de pessoas regulamentadas que não podem sair nem entrar do país; a resolução diz que não há risco "
        "porque eu saí com passaporte, mas saí pela Nicarágua antes de me regulamentarem.",
        "",
        "Lima, 28 de dezembro de 2026",
        "Assinatura:",
    ])],
    proc="apelacion", notif="2026-12-10",
    fields={"nombres": "Yunior Alberto PÉREZ ALMEIDA", "nacionalidad": "CU", "documento_identidad": "L502916",
            "telefono": "+51953118624", "correo": "yunior.perez.almeida@gmail.com",
            "motivo": "Em Cuba fui detido três vezes depois das manifestações de julho de 2021"},
    expect=("cargo", ["verificar_firma"]))

# 050 ------------------------------------------------------------------------
add(slug="ghana-renuncia-solo-texto", mailbox=M, received="2026-12-31 09:30:18",
    **{"from": ("Abena Mensah", "abena.mensah.gh@gmail.com")},
    subject="RENUNCIA",
    body="""Dear Sir/Madam,

I, MENSAH Abena Pokua, a Ghanaian national with passport number G1847732, wish to withdraw my
application for refugee status (renuncia). My mother in Tema is now very old and alone since my
brother travelled, and the problem with my ex-husband's family has been settled by the chiefs,
so I will go back home in February.

Telephone: +51 967 402 881

Thank you for the help you gave me. Happy new year.
""",
    proc="renuncia",
    fields={"nombres": "MENSAH Abena Pokua", "nacionalidad": "GH", "documento_identidad": "G1847732",
            "telefono": "+51967402881",
            "motivo": "My mother in Tema is now very old and alone since my brother travelled, and the problem with my ex-husband's family has been settled by the chiefs"},
    expect=("subsanar", []), expect_missing=["firma"])

# 051 ------------------------------------------------------------------------
add(slug="spanglish-viaje-miami-firma-alterada", mailbox=R, received="2027-01-07 12:30:16",
    **{"from": ("Mariela Contreras", "marielacontreras.us@gmail.com")},
    subject="Autorizacion de Viaje",
    body="""Hola good afternoon, attached va la solicitud de Autorización de Viaje firmada con mi firma digital.

Mi hija mayor vive en Miami y tiene parto de alto riesgo programado para el 18 de enero, the doctor
wants a family member there y soy la única.

Datos:
Nombre: Mariela Alejandra CONTRERAS ÁVILA
CE: 001187603
Destino: Miami, Florida (USA)
Salida: January 15, 2027
Retorno: January 29, 2027
Cel: 955 203 611

Thanks!!
""",
    attachments=[dict(kind="pdf_altered", name="Solicitud_viaje_firmada.pdf", cn="Mariela Alejandra CONTRERAS AVILA",
                      old="Celular", new="Telular", lines=[
        "# SOLICITUD DE AUTORIZACIÓN DE VIAJE",
        "",
        "Mariela Alejandra CONTRERAS ÁVILA, CE 001187603, solicito autorización para viajar a Miami, "
        "Florida (USA) del 15/01/2027 al 29/01/2027 por el parto de alto riesgo de mi hija.",
        "Celular: 955 203 611",
        "Lima, 7 de enero de 2027 - firmado digitalmente",
    ])],
    proc="autorizacion_viaje",
    fields={"nombres": "Mariela Alejandra CONTRERAS ÁVILA", "carne_extranjeria": "001187603",
            "destino": "Miami, Florida (USA)", "fecha_salida": "2027-01-15", "fecha_retorno": "2027-01-29",
            "telefono": "+51955203611",
            "motivo": "Mi hija mayor vive en Miami y tiene parto de alto riesgo programado para el 18 de enero"},
    expect=("subsanar", []), expect_missing=["firma"])

for _m in MESSAGES:
    _m.pop("from_", None)
