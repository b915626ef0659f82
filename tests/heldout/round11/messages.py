# -*- coding: utf-8 -*-
"""Round 11 message definitions and hand labels (imported by build.py)."""
from email.utils import parseaddr

SOL = "solicitantesrefugio@rree.gob.pe"
MDP = "mesadepartes@rree.gob.pe"
REF = "refugiados@rree.gob.pe"

PROC = {
    "solicitud_refugio": {"home": "portal", "req": [], "plazo": None, "complete": "portal"},
    "autorizacion_trabajo": {"home": "portal", "req": [], "plazo": None, "complete": "portal"},
    "entrevista_registro": {"home": "portal", "req": [], "plazo": None, "complete": "portal"},
    "carne_solicitante": {"home": SOL, "req": [], "plazo": None, "complete": "suspendido", "suspended": True},
    "actualizacion_datos": {"home": SOL, "plazo": 15, "complete": "acuse",
                            "req": ["nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"]},
    "cambio_clave": {"home": SOL, "plazo": 15, "complete": "acuse",
                     "req": ["nombres", "documento_identidad", "telefono", "correo"]},
    "reconsideracion": {"home": MDP, "plazo": 15, "complete": "cargo",
                        "req": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"]},
    "apelacion": {"home": MDP, "plazo": 30, "complete": "cargo",
                  "req": ["firma", "motivo", "nombres", "documento_identidad", "telefono", "correo"]},
    "renuncia": {"home": MDP, "plazo": 15, "complete": "acuse",
                 "req": ["firma", "motivo", "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria*", "telefono"]},
    "prorroga_residencia": {"home": REF, "plazo": 15, "complete": "acuse",
                            "req": ["nombres", "sexo", "nacionalidad", "documento_identidad", "carne_extranjeria",
                                    "fecha_nacimiento", "telefono"]},
    "duplicado_carne_extranjeria": {"home": REF, "plazo": 15, "complete": "acuse",
                                    "req": ["denuncia_policial", "nombres", "sexo", "nacionalidad", "documento_identidad",
                                            "carne_extranjeria", "fecha_nacimiento", "telefono"]},
    "autorizacion_viaje": {"home": REF, "plazo": 5, "complete": "acuse",
                           "req": ["firma", "motivo", "destino", "fecha_salida", "fecha_retorno", "nombres",
                                   "carne_extranjeria", "telefono"]},
}

MESSAGES = []


def M(n, slug, mailbox, received, frm, subject, body, procedure, fields, missing, signature, outcome,
      flags=(), **kw):
    m = dict(n=n, slug=slug, mailbox=mailbox, received=received, subject=subject, body=body, **kw)
    m["from"] = frm
    m["from_addr"] = parseaddr(frm)[1].lower()
    m["label"] = dict(procedure=procedure, fields=fields, missing=list(missing), signature=signature,
                      outcome=outcome, flags=list(flags))
    MESSAGES.append(m)


# ============================================================ 001
M(1, "actualizacion-datos-kreyol", SOL, "2026-10-05 10:12:07",
  "Jean Robert <jeanrobert.pierrelouis@gmail.com>",
  "Actualización de datos",
  """Bonjou,

Mwen ekri pou m mete ajou done kontak mwen yo (actualización de datos).
Mwen se demandè refij, mwen poko gen kanè etranje.

Non konplè: PIERRE-LOUIS Jean Robert
Nasyonalite: ayisyen
Nimewo paspò: RD4471093
Telefòn: 912 448 307
Nouvo adrès: Jr. Huáscar 1320, Jesús María, Lima

Mèsi anpil, Bondye beni nou.
""",
  "actualizacion_datos",
  {"nombres": "PIERRE-LOUIS Jean Robert", "nacionalidad": "HT", "documento_identidad": "RD4471093",
   "telefono": "+51912448307", "correo": "jeanrobert.pierrelouis@gmail.com"},
  [], "not_required", "acuse")

# ============================================================ 002
M(2, "cambio-clave-francais", SOL, "2026-10-07 18:45:30",
  "marie joseph <mariecjoseph1990@hotmail.com>",
  "Changement de mot de passe - Cambio de clave y contraseña",
  """Bonsoir Madame, Monsieur,

Je n'arrive plus à me connecter au Système des réfugiés en ligne : j'ai oublié mon mot de passe
et le compte est bloqué. Je vous prie de bien vouloir procéder au cambio de clave y contraseña.

Nom complet : Marie-Claude JOSEPH
Nationalité : haïtienne
Numéro de passeport : RD0825461
Téléphone : +51 987 120 554
Courriel : mc.joseph.ht@yahoo.fr

Je vous remercie d'avance et vous prie d'agréer mes salutations distinguées.
M.-C. Joseph
""",
  "cambio_clave",
  {"nombres": "Marie-Claude JOSEPH", "nacionalidad": "HT", "documento_identidad": "RD0825461",
   "telefono": "+51987120554", "correo": "mc.joseph.ht@yahoo.fr"},
  [], "not_required", "acuse", date_tz=-5)

# ============================================================ 003
M(3, "apelacao-pdf-assinado", MDP, "2026-10-20 11:03:12",
  "Larissa F. O. Costa <larissa.foc@gmail.com>",
  "Recurso de Apelação",
  """Prezados senhores,

Segue em anexo o meu recurso de apelação, assinado digitalmente, contra a Resolução
nº 0412-2026-CEPR.

Atenciosamente,
Larissa
""",
  "apelacion",
  {"nombres": "Larissa Fernandes de Oliveira Costa", "nacionalidad": "BR", "documento_identidad": "FZ482913",
   "telefono": "+51940332118", "correo": "larissa.foc@gmail.com",
   "motivo": "a decisão não avaliou as ameaças de morte que recebi de uma milícia no Rio de Janeiro nem os boletins de ocorrência que apresentei"},
  [], "valid", "cargo", notified="2026-10-06", date_tz=-3,
  attachments=[{"kind": "signed", "name": "recurso_apelacao_LFOC.pdf", "args": ([
      "RECURSO DE APELACAO",
      "Senhor Presidente da Comissao Especial para os Refugiados",
      "",
      "Nome completo: Larissa Fernandes de Oliveira Costa",
      "Nacionalidade: brasileira",
      "Passaporte n.: FZ482913",
      "Telefone: +51 940 332 118",
      "E-mail: larissa.foc@gmail.com",
      "",
      "Venho interpor recurso de apelação contra a Resolução nº 0412-2026-CEPR, que me foi "
      "notificada em 6 de outubro de 2026 e que confirmou a denegação do meu pedido de refúgio.",
      "",
      "Motivo: a decisão não avaliou as ameaças de morte que recebi de uma milícia no Rio de "
      "Janeiro nem os boletins de ocorrência que apresentei.",
      "",
      "Peço que o recurso seja elevado ao superior e que a decisão seja revogada.",
      "",
      "Lima, 19 de outubro de 2026",
      "Assinado digitalmente: Larissa Fernandes de Oliveira Costa",
  ], "Larissa Fernandes de Oliveira Costa")}])

# ============================================================ 004
M(4, "reconsideration-ghana-no-signature", MDP, "2026-10-14 09:20:44",
  "Kwame Boateng <kwame.boateng.gh@gmail.com>",
  "Request for Reconsideration (Recurso de Reconsideración)",
  """Dear Sir/Madam,

I am writing to file a Recurso de Reconsideración against the decision denying my refugee
status, which was notified to me on 2 October 2026.

Full name: Kwame Asante BOATENG
Nationality: Ghanaian
Passport number: G2817465
Phone number: +233 24 415 9921 (WhatsApp)
Email: kwame.boateng.gh@gmail.com

Reason: I have new evidence. My family in Kumasi sent me a letter from the assembly member
confirming that the men who attacked me in 2024 came to our house again in September asking
for me. I will bring the original letter to the office.

Yours faithfully,
Kwame A. Boateng
""",
  "reconsideracion",
  {"nombres": "Kwame Asante BOATENG", "nacionalidad": "GH", "documento_identidad": "G2817465",
   "telefono": "+233244159921", "correo": "kwame.boateng.gh@gmail.com",
   "motivo": "I have new evidence. My family in Kumasi sent me a letter from the assembly member confirming that the men who attacked me in 2024 came to our house again in September asking for me."},
  ["firma"], "absent", "subsanar", notified="2026-10-02")

# ============================================================ 005
M(5, "prorroga-spanglish", REF, "2026-10-17 13:40:02",
  "Yusmary Rondon <yusmaryrondon91@gmail.com>",
  "prorroga de residencia",
  """Hi, buenas tardes!!

I need to do la prórroga de residencia anual, my carnet is expiring next month and
I don't want problems with Migraciones. Here my data:

Name: Yusmary Carolina Rondón Pacheco
Sex: female
Nationality: venezolana
Cédula: V-19.874.332
Carnet de extranjería: 000512874
Birthday: 14/07/1991
Cel: 9 5123 8876

Thanks so much, bendiciones!!
Yusmary
""",
  "prorroga_residencia",
  {"nombres": "Yusmary Carolina Rondón Pacheco", "sexo": "F", "nacionalidad": "VE",
   "documento_identidad": "V19874332", "carne_extranjeria": "000512874", "fecha_nacimiento": "1991-07-14",
   "telefono": "+51951238876", "correo": "yusmaryrondon91@gmail.com"},
  [], "not_required", "acuse", recognised=True)

# ============================================================ 006
M(6, "duplicado-ce-angola-denuncia", REF, "2026-10-22 16:45:19",
  "Manuel Kiala <mdkiala84@yahoo.com>",
  "Duplicado de carné de extranjería",
  """Bom dia,

Venho por este meio solicitar o duplicado do meu carné de extranjería, que me foi roubado
no dia 18 de outubro no Cercado de Lima. Anexo a denúncia policial.

Nome completo: Manuel Domingos KIALA
Sexo: masculino
Nacionalidade: angolano
Passaporte: N2094417
Carné de extranjería nº 001287455
Data de nascimento: 9 de setembro de 1984
Telemóvel: 962 005 781

Sem outro assunto, os meus cumprimentos.
""",
  "duplicado_carne_extranjeria",
  {"nombres": "Manuel Domingos KIALA", "sexo": "M", "nacionalidad": "AO", "documento_identidad": "N2094417",
   "carne_extranjeria": "001287455", "fecha_nacimiento": "1984-09-09", "telefono": "+51962005781",
   "correo": "mdkiala84@yahoo.com"},
  [], "not_required", "acuse", recognised=True, denuncia=True,
  attachments=[{"kind": "text", "name": "denuncia_policial_PNP.pdf", "args": ([
      "POLICIA NACIONAL DEL PERU",
      "COMISARIA PNP MONSERRATE - CERCADO DE LIMA",
      "",
      "COPIA CERTIFICADA DE DENUNCIA POLICIAL N. 2281-2026",
      "",
      "Fecha y hora del registro: 18/10/2026 21:40",
      "Denunciante: Manuel Domingos Kiala, pasaporte N2094417",
      "Hecho: hurto de documentos personales (carne de extranjeria y tarjeta bancaria) en la",
      "Av. Abancay, a la altura del Mercado Central.",
      "",
      "Se expide la presente a solicitud del interesado para los fines que estime conveniente.",
  ],)}])

# ============================================================ 007
M(7, "autorisation-voyage-signee", REF, "2026-12-02 10:15:00",
  "Wideline Saint-Fleur <wsaintfleur@gmail.com>",
  "Autorisation de voyage (Autorización de Viaje)",
  """Bonjour,

Veuillez trouver ci-joint ma demande d'autorisation de voyage, signée électroniquement.
C'est urgent, merci de votre compréhension.

Cordialement,
Wideline
""",
  "autorizacion_viaje",
  {"nombres": "SAINT-FLEUR Wideline", "carne_extranjeria": "001345920", "telefono": "+51955612404",
   "destino": "Port-au-Prince, Haïti", "fecha_salida": "2026-12-19", "fecha_retorno": "2027-01-09",
   "motivo": "ma mère est hospitalisée à l'Hôpital de l'Université d'État d'Haïti et son état est grave",
   "correo": "wsaintfleur@gmail.com"},
  [], "valid", "acuse", recognised=True,
  attachments=[{"kind": "signed", "name": "demande_autorisation_voyage.pdf", "args": ([
      "DEMANDE D'AUTORISATION DE VOYAGE (AUTORIZACION DE VIAJE)",
      "",
      "Nom : SAINT-FLEUR Wideline",
      "Carte d'étranger (Carné de Extranjería) N° : 001345920",
      "Téléphone : 955 612 404",
      "Destination : Port-au-Prince, Haïti",
      "Date de départ : le 19 décembre 2026",
      "Date de retour : le 9 janvier 2027",
      "",
      "Motif : ma mère est hospitalisée à l'Hôpital de l'Université d'État d'Haïti et son état "
      "est grave. Je suis sa seule fille et je dois être à ses côtés.",
      "",
      "Fait à Lima, le 1er décembre 2026",
      "Signé électroniquement",
  ], "Wideline Saint-Fleur")}])

# ============================================================ 008
M(8, "travel-permit-nigeria-scan", REF, "2027-01-08 15:10:51",
  "Chinedu Okonkwo <chinedu.okonkwo@yahoo.com>",
  "TRAVEL PERMIT REQUEST",
  """Good afternoon,

Please find attached my signed letter requesting an urgent Autorización de Viaje.

Name: OKONKWO Chinedu Emmanuel
Carné de Extranjería No: 001198346
Phone: 0051 987 443 210
Destination: Lagos, Nigeria
Departure: 03.02.27
Return: 24.02.27
Reason: my father passed away on 2 January and as the first son I must be present for the
burial rites in our village.

Thank you for your kind consideration.
""",
  "autorizacion_viaje",
  {"nombres": "OKONKWO Chinedu Emmanuel", "carne_extranjeria": "001198346", "telefono": "+51987443210",
   "destino": "Lagos, Nigeria", "fecha_salida": "2027-02-03", "fecha_retorno": "2027-02-24",
   "motivo": "my father passed away on 2 January and as the first son I must be present for the burial rites in our village",
   "correo": "chinedu.okonkwo@yahoo.com"},
  [], "manuscrita", "acuse", ["verificar_firma"], recognised=True,
  attachments=[{"kind": "scan", "name": "travel_letter_signed.pdf", "args": ([
      "Lima, 7 January 2027",
      "To: Comision Especial para los Refugiados",
      "I, Chinedu Emmanuel Okonkwo, CE 001198346, request",
      "an urgent travel authorization to Lagos, Nigeria,",
      "from 03.02.27 to 24.02.27 for my father's burial.",
      "Yours faithfully,",
  ],)}])

# ============================================================ 009
M(9, "reponse-automatique", SOL, "2026-10-13 07:58:40",
  "Jean Robert Pierre-Louis <jr.pierrelouis@andinaconstruye.pe>",
  "Réponse automatique : RE: Actualización de datos",
  """Bonjour,

Je suis absent du bureau jusqu'au lundi 19 octobre, avec un accès limité à ma messagerie.
Pour toute urgence, veuillez contacter le service administratif.

Merci,
J.R. Pierre-Louis
""",
  "actualizacion_datos", {}, [], "not_required", "ignorado",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("In-Reply-To", "<acuse-2026-001@rree.gob.pe>")])

# ============================================================ 010
M(10, "resposta-automatica", REF, "2026-11-14 22:03:11",
  "Thaís Albuquerque <thais.albuquerque.br@gmail.com>",
  "Resposta automática: Prórroga de residencia",
  """Olá! Estou de férias até 30/11 e sem acesso ao e-mail.
Responderei assim que possível. Obrigada!
""",
  "prorroga_residencia", {}, [], "not_required", "ignorado", date_tz=-3,
  headers=[("X-Autoreply", "yes"), ("In-Reply-To", "<acuse-2026-777@rree.gob.pe>")])

# ============================================================ 011
M(11, "bounce-cambio-clave", SOL, "2026-10-12 09:02:17",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to kwesi.mensah.gh@gmial.com because the domain gmial.com
couldn't be found. Check for typos or unnecessary spaces and try again.
""",
  "cambio_clave", {}, [], "not_required", "ignorado",
  return_path="", relay="mail-sor-f69.google.com [209.85.220.69]",
  report="""Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 12 Oct 2026 07:02:15 -0700 (PDT)

Final-Recipient: rfc822; kwesi.mensah.gh@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; The recipient domain was not found
""",
  report_headers="""From: solicitantesrefugio@rree.gob.pe
To: kwesi.mensah.gh@gmial.com
Subject: =?utf-8?q?RE=3A_Cambio_de_clave_y_contrase=C3=B1a?=
Date: Mon, 12 Oct 2026 09:01:22 -0500
Message-ID: <acuse-2026-0311@rree.gob.pe>
""")

# ============================================================ 012
M(12, "reenvio-interno-institucional", REF, "2026-12-09 11:20:00",
  "Mesa de Partes RREE <mesadepartes@rree.gob.pe>",
  "RV: Duplicado de carné de extranjería",
  """Estimados colegas de la Dirección de Refugiados:

Se remite para su atención el correo recibido en esta mesa de partes.

-----Mensaje original-----
De: Abena Owusu <abena.owusu@gmail.com>
Enviado el: martes, 8 de diciembre de 2026 10:02
Para: mesadepartes@rree.gob.pe
Asunto: Duplicado de carné de extranjería

Good morning, I lost my carné de extranjería on the bus and need a duplicate.
""",
  "duplicado_carne_extranjeria", {}, [], "not_required", "ignorado",
  relay="mesadepartes.rree.gob.pe [10.10.4.21]", delay=5)

# ============================================================ 013
M(13, "newsletter-list", MDP, "2026-11-01 06:00:00",
  "Refugee Rights Network <bulletin@refugeerights-network.org>",
  "Refugee Rights Network - Monthly bulletin, November 2026",
  """REFUGEE RIGHTS NETWORK - MONTHLY BULLETIN

In this issue:
- Regional meeting of legal aid clinics, Quito, 18-19 November
- New guide on access to health services for displaced families
- Volunteer spotlight: our interpreters for French and Haitian Creole

You are receiving this e-mail because you subscribed to our mailing list.
To unsubscribe, visit https://refugeerights-network.org/unsubscribe
""",
  None, {}, [], "not_required", "ignorado",
  headers=[("List-Id", "Refugee Rights Network bulletin <bulletin.refugeerights-network.org>"),
           ("List-Unsubscribe", "<https://refugeerights-network.org/unsubscribe>"),
           ("Precedence", "list")])

# ============================================================ 014
M(14, "demann-refij-portal", MDP, "2026-10-26 20:30:05",
  "Dieunord <dieunordmetellus@gmail.com>",
  "Demann refij",
  """Bonswa,

Mwen rele Dieunord MÉTELLUS, mwen ayisyen, mwen rive Lima semèn pase ak madanm mwen.
Mwen vle prezante yon demann refij (solicitud de refugio). Kijan pou m fè l?
Èske m dwe vini nan biwo a?

Telefòn mwen: 924 118 036

Mèsi
""",
  "solicitud_refugio",
  {"nombres": "Dieunord MÉTELLUS", "nacionalidad": "HT", "telefono": "+51924118036",
   "correo": "dieunordmetellus@gmail.com"},
  [], "not_required", "portal")

# ============================================================ 015
M(15, "work-permit-afghan-portal", SOL, "2026-11-03 09:00:26",
  "Ahmad Zia Rahimi <azrahimi.kbl@gmail.com>",
  "Work permit renewal",
  """Hello,

My name is Ahmad Zia Rahimi, from Afghanistan, I am asylum seeker in Peru since March 2025.
My Autorización de Trabajo Virtual is expired last week and the restaurant where I work ask
me for the new one. How can I renew it please?

Passport: P04418273
Phone: 993 402 115

Best regards
""",
  "autorizacion_trabajo",
  {"nombres": "Ahmad Zia Rahimi", "nacionalidad": "AF", "documento_identidad": "P04418273",
   "telefono": "+51993402115", "correo": "azrahimi.kbl@gmail.com"},
  [], "not_required", "portal")

# ============================================================ 016
M(16, "entrevista-registro-brasil-portal", REF, "2026-11-21 15:22:48",
  "Rafael Nogueira <rafanogueira.rj@gmail.com>",
  "Entrevista de registro",
  """Olá, boa tarde.

Fiz a minha solicitação de refúgio online em setembro e até agora não recebi a data da
entrevista de registro. Já olhei o spam também. Vocês podem me informar quando vai ser?

Rafael Nogueira Batista
passaporte GB118724
whats +55 21 99812-4470
""",
  "entrevista_registro",
  {"nombres": "Rafael Nogueira Batista", "documento_identidad": "GB118724", "telefono": "+5521998124470",
   "correo": "rafanogueira.rj@gmail.com"},
  [], "not_required", "portal", date_tz=-3)

# ============================================================ 017
M(17, "demande-information-triage", MDP, "2026-11-09 12:40:33",
  "Jude Etienne <jude.etienne509@gmail.com>",
  "Demande d'information",
  """Bonjour,

Je m'appelle Jude ÉTIENNE, de nationalité haïtienne. J'ai déposé mon dossier il y a huit mois
et je n'ai reçu aucune nouvelle depuis. Pourriez-vous me dire où en est mon dossier ?
Expediente nº 2025-00871.

Merci d'avance.
""",
  None,
  {"nombres": "Jude ÉTIENNE", "nacionalidad": "HT", "correo": "jude.etienne509@gmail.com"},
  [], "not_required", "triage")

# ============================================================ 018
M(18, "help-two-procedures-triage", REF, "2026-10-09 10:00:00",
  "Daniela Fuenmayor <dani.fuenmayor@hotmail.com>",
  "Help please!!",
  """Hola!! So I need two things: renew mi residencia (la prórroga anual) and also a
permiso de viaje porque my grandma is sick. Which one do I send first? Can I do both in
one email?? Sorry, I'm super confused with the forms.

Soy Daniela Fuenmayor, cel +51 946 227 019
""",
  None,
  {"nombres": "Daniela Fuenmayor", "telefono": "+51946227019", "correo": "dani.fuenmayor@hotmail.com"},
  [], "not_required", "triage")

# ============================================================ 019
M(19, "question-family-syria-triage", MDP, "2027-01-01 19:10:10",
  "Omar Al-Khatib <omar.alkhatib.sy@outlook.com>",
  "Question",
  """Dear CEPR,

My name is Omar Al-Khatib, I am Syrian and recognised refugee in Peru, my carné de
extranjería is 001022871. My wife and my two children are still in Gaziantep, Türkiye.
What do I need to do to bring them to Peru? Is there a form for family reunification?

Thank you and happy new year.
""",
  None,
  {"nombres": "Omar Al-Khatib", "nacionalidad": "SY", "carne_extranjeria": "001022871",
   "correo": "omar.alkhatib.sy@outlook.com"},
  [], "not_required", "triage")

# ============================================================ 020
M(20, "duplicado-carnet-ambiguo-triage", SOL, "2026-11-25 14:05:00",
  "Thiago Moreira <thiagomlopes@gmail.com>",
  "Duplicado de carnet",
  """Boa tarde,

perdi o meu carnê e preciso de um duplicado, o que devo fazer?

Att,
Thiago Moreira Lopes
tel 981 555 302
""",
  None,
  {"nombres": "Thiago Moreira Lopes", "telefono": "+51981555302", "correo": "thiagomlopes@gmail.com"},
  [], "not_required", "triage", date_tz=-3)

# ============================================================ 021
M(21, "carne-solicitante-francais", SOL, "2026-10-29 11:11:11",
  "Fabiola Louis-Jeune <fabiolalj@yahoo.fr>",
  "Carné de solicitante",
  """Bonjour,

Je souhaite obtenir mon carné de solicitante de refugio. J'ai fait mon entretien
d'enregistrement au mois d'août et on m'a dit d'écrire à cette adresse.

Nom : LOUIS-JEUNE Fabiola
Passeport : RD3390127
Tél. : +509 3445 2218 (WhatsApp)

Merci beaucoup.
""",
  "carne_solicitante",
  {"nombres": "LOUIS-JEUNE Fabiola", "documento_identidad": "RD3390127", "telefono": "+50934452218",
   "correo": "fabiolalj@yahoo.fr"},
  [], "not_required", "suspendido")

# ============================================================ 022
M(22, "asylum-card-spouse-derivado", REF, "2026-12-15 08:30:00",
  "Jennifer Haddad <jen.haddad.us@gmail.com>",
  "Asylum seeker ID card (carné de solicitante)",
  """Hi,

I'm writing on behalf of my husband, Yousef Haddad, a Syrian national, who doesn't read
Spanish or English well yet. He completed his registration interview in October and he
needs his carné de solicitante de refugio so he can open a bank account.
His passport number is N011842237.

I'm a U.S. citizen myself (passport 568123407) and I help him with all the paperwork.
You can reach us at 945 118 620 or at this email.

Thanks so much,
Jennifer Haddad
""",
  "carne_solicitante",
  {"nombres": "Yousef Haddad", "nacionalidad": "SY", "documento_identidad": "N011842237",
   "telefono": "+51945118620", "correo": "jen.haddad.us@gmail.com"},
  [], "not_required", "suspendido", ["derivado"])

# ============================================================ 023
M(23, "atualizacao-dados-angola-html", SOL, "2026-11-05 10:00:41",
  "Esperança Muanza <esperanca.muanza@outlook.com>",
  "Atualização de dados",
  None,
  "actualizacion_datos",
  {"nombres": "Esperança Nzinga Muanza", "nacionalidad": "AO", "documento_identidad": "N1758342",
   "carne_extranjeria": "001402266", "telefono": "+51956781430", "correo": "esperanca.muanza@outlook.com"},
  [], "not_required", "acuse", recognised=True,
  html="""<html><head><meta charset="utf-8"></head><body>
<p>Exmos. Senhores,</p>
<p>Sou refugiada reconhecida e venho solicitar a <b>actualización de datos</b> de contacto, pois mudei de
número de telefone e de morada.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Nome completo</td><td>Esperança Nzinga Muanza</td></tr>
<tr><td>Nacionalidade</td><td>Angola</td></tr>
<tr><td>Passaporte</td><td>N1758342</td></tr>
<tr><td>Carné de extranjería</td><td>001402266</td></tr>
<tr><td>Telefone novo</td><td>+51 956 781 430</td></tr>
<tr><td>Nova morada</td><td>Av. Túpac Amaru 4410, Comas</td></tr>
</table>
<p>Com os melhores cumprimentos,<br>Esperança</p>
<p style="color:#888;font-size:9pt">Enviado do Outlook para Android</p>
</body></html>
""")

# ============================================================ 024
M(24, "actualizacion-refijye-sin-ce", SOL, "2026-11-11 17:20:09",
  "Rose-Andree Charles <roseandreecharles@gmail.com>",
  "actualizacion de datos",
  """Bonjou,
mwen se refijye rekonèt (refugiada reconocida) depi 2024. Mwen chanje nimewo telefòn mwen,
tanpri mete l ajou.

Non: Rose-Andrée CHARLES
Nasyonalite: Ayiti
Paspò: RD2211884
Nouvo nimewo: 9 7133 4082

Mèsi
""",
  "actualizacion_datos",
  {"nombres": "Rose-Andrée CHARLES", "nacionalidad": "HT", "documento_identidad": "RD2211884",
   "telefono": "+51971334082", "correo": "roseandreecharles@gmail.com"},
  ["carne_extranjeria"], "not_required", "subsanar", recognised=True)

# ============================================================ 025
M(25, "update-details-nigeria-derivado", REF, "2026-11-19 09:45:00",
  "Grace Adebayo <gadebayo.lagos@gmail.com>",
  "Update of contact details / Actualización de datos",
  """Good morning,

Kindly update my contact details in your system as follows:

Full name: ADEBAYO Oluwaseun Grace
Passport: A09184462
New phone: 912-305-644
New email: grace.adebayo@outlook.com

I am an asylum applicant.
Thank you.
""",
  "actualizacion_datos",
  {"nombres": "ADEBAYO Oluwaseun Grace", "documento_identidad": "A09184462", "telefono": "+51912305644",
   "correo": "grace.adebayo@outlook.com"},
  ["nacionalidad"], "not_required", "subsanar", ["derivado"])

# ============================================================ 026
M(26, "cambio-clave-spanglish-derivado", MDP, "2026-11-27 13:13:13",
  "Luis Marcano <luisamb88@gmail.com>",
  "RE: cambio de clave",
  """Hello! I forgot my password del sistema de refugiados, I tried like 3 times and now it's
blocked 😩 please help me with the cambio de clave y contraseña.

My info:
Nombre: Luis Alfredo Marcano Briceño
Pasaporte 145588219
cel (whatsapp) +58 414 551 2389
email: luisamb88@gmail.com

Thanks!!

> El 20 nov 2026, a las 10:02, mesadepartes@rree.gob.pe escribió:
> Estimado usuario, su correo ha sido recibido y será atendido por la unidad competente.
""",
  "cambio_clave",
  {"nombres": "Luis Alfredo Marcano Briceño", "documento_identidad": "145588219", "telefono": "+584145512389",
   "correo": "luisamb88@gmail.com"},
  [], "not_required", "acuse", ["derivado"])

# ============================================================ 027
M(27, "cambio-clave-traduccion-automatica", SOL, "2026-12-04 08:05:55",
  "Zahra Hosseini <zahra.h.1996@gmail.com>",
  "Cambio de clave y contraseña",
  """Señor estimado,

Yo querer hacer el cambio de la clave y contraseña porque la contraseña mía no funciona
en el sistema de los refugiados.
Mi nombre completo es Zahra HOSSEINI.
El pasaporte mío número P03318492.
Mi número del teléfono es 965 331 870.
El correo mío electrónico: zahra.hosseini.af@gmail.com

Gracias para su ayuda.
""",
  "cambio_clave",
  {"nombres": "Zahra HOSSEINI", "documento_identidad": "P03318492", "telefono": "+51965331870",
   "correo": "zahra.hosseini.af@gmail.com"},
  [], "not_required", "acuse")

# ============================================================ 028
M(28, "cambio-clave-sans-telephone", SOL, "2026-12-24 09:00:00",
  "Wesner Dorval <wesnerdorval@gmail.com>",
  "TR: Cambio de clave y contraseña",
  """Bonjour,

Je vous renvoie ma demande car je n'ai pas reçu de réponse. Je voudrais changer mon mot de
passe (cambio de clave) pour accéder au système.

Nom et prénom : DORVAL Jean-Baptiste Wesner
Passeport n° RD1920334
Adresse e-mail : wesnerdorval@gmail.com

Joyeux Noël.
""",
  "cambio_clave",
  {"nombres": "DORVAL Jean-Baptiste Wesner", "documento_identidad": "RD1920334",
   "correo": "wesnerdorval@gmail.com"},
  ["telefono"], "not_required", "subsanar")

# ============================================================ 029
M(29, "reconsideracion-kreyol-tardif", MDP, "2026-11-16 10:00:18",
  "Guerline Francois <guerline.francois@gmail.com>",
  "Rekou Rekonsiderasyon - Recurso de Reconsideración",
  """Bonjou,

Mwen voye rekou rekonsiderasyon mwen an, li siyen ak siyati elektwonik. Tout enfòmasyon yo
nan dokiman PDF la.

Mèsi anpil.
Guerline
""",
  "reconsideracion",
  {"nombres": "Guerline FRANÇOIS", "nacionalidad": "HT", "documento_identidad": "RD3318745",
   "telefono": "+51948553207", "correo": "guerline.francois@gmail.com",
   "motivo": "je n'ai pas pu présenter lors de l'entretien le certificat médical et la plainte déposée à Port-au-Prince, que je joins maintenant comme preuves nouvelles"},
  [], "valid", "cargo", ["extemporaneo"], notified="2026-10-14",
  attachments=[{"kind": "signed", "name": "recours_reconsideration_FRANCOIS.pdf", "args": ([
      "RECOURS EN RECONSIDERATION (RECURSO DE RECONSIDERACION)",
      "",
      "Nom complet : Guerline FRANÇOIS",
      "Nationalité : haïtienne",
      "Numéro de passeport : RD3318745",
      "Téléphone : 948 553 207",
      "Courriel : guerline.francois@gmail.com",
      "",
      "Je forme un recours en reconsidération contre la résolution qui a refusé ma demande de "
      "statut de réfugiée, notifiée le 14 octobre 2026.",
      "",
      "Motif : je n'ai pas pu présenter lors de l'entretien le certificat médical et la plainte "
      "déposée à Port-au-Prince, que je joins maintenant comme preuves nouvelles.",
      "",
      "Lima, le 15 novembre 2026",
      "Signature électronique : Guerline François",
  ], "Guerline Francois")}])

# ============================================================ 030
M(30, "appeal-syria-altered-pdf", MDP, "2026-11-18 15:00:00",
  "Rami Darwish <rami.darwish.sy@gmail.com>",
  "Recurso de Apelación",
  """Dear Commission,

Attached is my appeal (Recurso de Apelación), digitally signed. I corrected my phone number
in the PDF after signing because it had a mistake.

Regards,
Rami
""",
  "apelacion",
  {"nombres": "Rami DARWISH", "nacionalidad": "SY", "documento_identidad": "N014477290",
   "telefono": "+51976218430", "correo": "rami.darwish.sy@gmail.com",
   "motivo": "the Commission did not consider that I will be forced into military service if I am returned to Syria"},
  ["firma"], "invalid", "subsanar", notified="2026-11-03",
  attachments=[{"kind": "altered", "name": "appeal_Darwish_signed.pdf", "args": ([
      "APPEAL - RECURSO DE APELACION",
      "",
      "Full name: Rami DARWISH",
      "Nationality: Syrian",
      "Passport No.: N014477290",
      "Phone: 976 218 431",
      "E-mail: rami.darwish.sy@gmail.com",
      "",
      "I appeal the resolution confirming the denial of my refugee status, which I was notified "
      "of on November 3rd, 2026.",
      "",
      "Reason: the Commission did not consider that I will be forced into military service if I "
      "am returned to Syria.",
      "",
      "Lima, November 17th, 2026",
      "Digitally signed by Rami Darwish",
  ], "Rami Darwish", "976 218 431", "976 218 430")}])

# ============================================================ 031
M(31, "apelacion-spanglish-jpg-tarde", MDP, "2026-12-11 17:05:00",
  "Kleiber Hernandez <kleiberhdz@gmail.com>",
  "Recurso de apelacion",
  """Buenas tardes, good afternoon,

Les mando my Recurso de Apelación against the resolución que me negaron el refugio.
Me notificaron el 10/11/2026, sorry for the delay, I was sick. Attached the letter
firmada a mano (foto).

Nombre completo: Kleiber José Hernández Ochoa
Cédula: V-24.118.605
Teléfono: 934 720 118
Correo: kleiberhdz@gmail.com
Motivo: they said my case is only economic pero I was persecuted by the colectivos in
Barquisimeto for participating in the protests, I have the denuncia from the Fiscalía.

Gracias, thank you.
""",
  "apelacion",
  {"nombres": "Kleiber José Hernández Ochoa", "documento_identidad": "V24118605", "telefono": "+51934720118",
   "correo": "kleiberhdz@gmail.com",
   "motivo": "they said my case is only economic pero I was persecuted by the colectivos in Barquisimeto for participating in the protests, I have the denuncia from the Fiscalía."},
  [], "manuscrita", "cargo", ["verificar_firma", "extemporaneo"], notified="2026-11-10",
  attachments=[{"kind": "jpg", "name": "IMG_20261211_165512.jpg", "args": ([
      "Lima, 11 de diciembre de 2026",
      "Señores CEPR",
      "Yo, Kleiber José Hernández Ochoa, V-24.118.605,",
      "presento recurso de apelación contra la",
      "resolución que me deniega el refugio.",
      "Atentamente,",
  ],)}])

# ============================================================ 032
M(32, "apelacao-angola-pdf-sem-assinatura", MDP, "2026-12-03 12:30:27",
  "Domingos Baptista <dbaptista.ao@gmail.com>",
  "Recurso de Apelacao",
  """Excelentíssimos Senhores,

Junto envio o meu recurso de apelação em PDF.

Domingos Baptista
""",
  "apelacion",
  {"nombres": "Domingos Kalunga Baptista", "nacionalidad": "AO", "documento_identidad": "N0992316",
   "correo": "dbaptista.ao@gmail.com",
   "motivo": "fui perseguido em Cabinda por pertencer a uma associação cívica e a decisão ignorou os documentos que o provam"},
  ["firma", "telefono"], "absent", "subsanar", notified="2026-11-23",
  attachments=[{"kind": "text", "name": "Recurso_Apelacao_Domingos.pdf", "args": ([
      "RECURSO DE APELACAO",
      "",
      "Nome completo: Domingos Kalunga Baptista",
      "Nacionalidade: angolana",
      "Passaporte n.: N0992316",
      "Correio electronico: dbaptista.ao@gmail.com",
      "",
      "Venho apresentar recurso de apelação contra a resolução que confirmou a denegação do meu "
      "pedido de refúgio, notificada em 23 de novembro de 2026.",
      "",
      "Motivo: fui perseguido em Cabinda por pertencer a uma associação cívica e a decisão "
      "ignorou os documentos que o provam.",
      "",
      "Lima, 2 de dezembro de 2026",
      "Domingos Kalunga Baptista",
  ],)}])

# ============================================================ 033
M(33, "recours-appel-signe-derivado", REF, "2027-01-04 09:30:00",
  "Stanley Desir <stanley.desir@hotmail.fr>",
  "Recours en appel - Recurso de Apelación",
  """Bonjour,

Ci-joint mon recours en appel (Recurso de Apelación) signé numériquement.

Bien à vous,
Stanley
""",
  "apelacion",
  {"nombres": "DÉSIR Stanley", "nacionalidad": "HT", "documento_identidad": "RD2750091",
   "telefono": "+51917003522", "correo": "stanley.desir@hotmail.fr",
   "motivo": "la Commission n'a pas tenu compte des menaces des gangs de Martissant contre ma famille"},
  [], "valid", "cargo", ["derivado"], notified="2026-12-18",
  attachments=[{"kind": "signed", "name": "recours_appel_DESIR.pdf", "args": ([
      "RECOURS EN APPEL (RECURSO DE APELACION)",
      "",
      "Nom complet : DÉSIR Stanley",
      "Nationalité : Haïti",
      "Numéro de passeport : RD2750091",
      "Téléphone : 917 003 522",
      "Courriel : stanley.desir@hotmail.fr",
      "",
      "Je fais appel de la résolution qui confirme le refus de ma demande, qui m'a été notifiée "
      "le 18 décembre 2026.",
      "",
      "Motif : la Commission n'a pas tenu compte des menaces des gangs de Martissant contre ma "
      "famille, malgré les articles de presse que j'ai fournis.",
      "",
      "Lima, le 3 janvier 2027",
  ], "Stanley Desir")}])

# ============================================================ 034
M(34, "reconsideration-afghan-pdf-firma-imagen", MDP, "2026-12-22 16:29:00",
  "Farid Noori <farid.noori.af@gmail.com>",
  "Reconsideration",
  """Hello dear sir or madam,

I am sending my Recurso de Reconsideración, the letter is attached with my signature.

Thank you very much,
Farid
""",
  "reconsideracion",
  {"nombres": "NOORI Mohammad Farid", "nacionalidad": "AF", "documento_identidad": "P01879935",
   "telefono": "+51927640815", "correo": "farid.noori.af@gmail.com",
   "motivo": "I worked as an interpreter for a foreign organisation in Herat and the Taliban are searching for former interpreters"},
  [], "manuscrita", "cargo", ["verificar_firma"],
  attachments=[{"kind": "textimg", "name": "Reconsideration_Noori.pdf", "args": ([
      "REQUEST FOR RECONSIDERATION - RECURSO DE RECONSIDERACION",
      "",
      "Surname and given names: NOORI Mohammad Farid",
      "Nationality: Afghanistan",
      "Passport: P01879935",
      "Telephone: 927 640 815",
      "E-mail: farid.noori.af@gmail.com",
      "",
      "I respectfully ask the Commission to reconsider the decision on my refugee application.",
      "",
      "Reason: I worked as an interpreter for a foreign organisation in Herat and the Taliban are "
      "searching for former interpreters. I attach new letters from my former employer.",
      "",
      "Lima, 22 December 2026",
  ],)}])

# ============================================================ 035
M(35, "reconsideration-haiti-png-sans-passeport", MDP, "2026-12-01 11:00:00",
  "Nadège Pierre <nadegepierre@yahoo.fr>",
  "recurso de reconsideracion",
  """Bonjour Madame, Monsieur,

Je vous envoie ma demande de reconsidération (recurso de reconsideración), la lettre signée
à la main est en pièce jointe (photo).

La résolution m'a été notifiée le 5 novembre 2026. Je m'excuse du retard.

Nom complet : PIERRE Nadège
Téléphone : 981 227 460
E-mail : nadegepierre@yahoo.fr
Motif : mon entretien a été fait sans interprète en créole et mes réponses ont été mal
comprises.

Cordialement,
Nadège
""",
  "reconsideracion",
  {"nombres": "PIERRE Nadège", "telefono": "+51981227460", "correo": "nadegepierre@yahoo.fr",
   "motivo": "mon entretien a été fait sans interprète en créole et mes réponses ont été mal comprises."},
  ["documento_identidad"], "manuscrita", "subsanar", ["verificar_firma", "extemporaneo"],
  notified="2026-11-05",
  attachments=[{"kind": "png", "name": "lettre_signee.png", "args": ([
      "Lima, le 30 novembre 2026",
      "Objet : recours en reconsidération",
      "Je soussignée Nadège Pierre demande la",
      "reconsidération de la résolution.",
      "Signature :",
  ],)}])

# ============================================================ 036
M(36, "renuncia-brasil-assinada", MDP, "2026-10-28 10:40:00",
  "Bruno Tavares <brunotavares.sp@gmail.com>",
  "Renuncia",
  """Bom dia,

Em anexo envio o documento de renúncia ao meu pedido de refúgio, assinado digitalmente.
Vou retornar ao Brasil no próximo mês.

Abraço,
Bruno
""",
  "renuncia",
  {"nombres": "Bruno Henrique Tavares Lima", "nacionalidad": "BR", "documento_identidad": "FY903382",
   "telefono": "+5511987654301", "correo": "brunotavares.sp@gmail.com",
   "motivo": "a situação que me fez sair de São Paulo foi resolvida e vou voltar para junto da minha família"},
  [], "valid", "acuse", date_tz=-3,
  attachments=[{"kind": "signed", "name": "renuncia_Bruno_Tavares.pdf", "args": ([
      "RENUNCIA AO PEDIDO DE REFUGIO",
      "",
      "Eu, Bruno Henrique Tavares Lima, solicitante de refúgio, de nacionalidade brasileira,",
      "portador do passaporte FY903382, telefone +55 11 98765-4301,",
      "venho comunicar a minha decisão de renunciar ao trâmite de solicitação de refúgio.",
      "",
      "Motivo: a situação que me fez sair de São Paulo foi resolvida e vou voltar para junto da "
      "minha família.",
      "",
      "Lima, 27 de outubro de 2026",
  ], "Bruno Henrique Tavares Lima")}])

# ============================================================ 037
M(37, "renunciation-ghana-scan-urgent", MDP, "2026-11-24 14:50:12",
  "Akosua Mensah <akosua.mensah22@gmail.com>",
  "URGENT",
  """Good afternoon,

I am a recognised refugee and I wish to present my Renuncia (renunciation of my refugee
status). My signed letter is attached as a scanned PDF.

Full Name: MENSAH Akosua Serwaa
Nationality: Ghana
Passport: G1450378
Carné de Extranjería: 001376604
Mobile: 944 180 562
Reason: I have been offered a job in Accra and I want to return home permanently.

Kind regards
""",
  "renuncia",
  {"nombres": "MENSAH Akosua Serwaa", "nacionalidad": "GH", "documento_identidad": "G1450378",
   "carne_extranjeria": "001376604", "telefono": "+51944180562", "correo": "akosua.mensah22@gmail.com",
   "motivo": "I have been offered a job in Accra and I want to return home permanently."},
  [], "manuscrita", "acuse", ["verificar_firma"], recognised=True,
  attachments=[{"kind": "scan", "name": "scan0042.pdf", "args": ([
      "Lima, 23 November 2026",
      "To the Comision Especial para los Refugiados",
      "I, Akosua Serwaa Mensah, CE 001376604, hereby",
      "renounce my refugee status in Peru.",
      "Signed:",
  ],)}])

# ============================================================ 038
M(38, "renonsiasyon-kreyol-derivado", REF, "2027-01-13 18:00:00",
  "Fritznel Augustin <fritznelaugustin@gmail.com>",
  "Renuncia",
  """Bonjou,

Mwen se refijye rekonèt nan Perou. Mwen vle renonse a estati refijye mwen (renuncia) paske
mwen pral viv Chili ak fanmi m.

Non: AUGUSTIN Fritznel
Nasyonalite: ayisyen
Paspò: RD0067381
Telefòn: 960 414 227

Mèsi
""",
  "renuncia",
  {"nombres": "AUGUSTIN Fritznel", "nacionalidad": "HT", "documento_identidad": "RD0067381",
   "telefono": "+51960414227", "correo": "fritznelaugustin@gmail.com",
   "motivo": "mwen pral viv Chili ak fanmi m"},
  ["firma", "carne_extranjeria"], "absent", "subsanar", ["derivado"], recognised=True)

# ============================================================ 039
M(39, "prolongation-residence-francais", REF, "2026-11-30 16:31:00",
  "Mirlande Jean-Baptiste <mirlande.jb@gmail.com>",
  "Prórroga de residencia",
  """Bonjour,

Je suis réfugiée reconnue et je sollicite la prorogation annuelle de ma résidence.

Nom complet : JEAN-BAPTISTE Mirlande
Sexe : F
Nationalité : haïtienne
Numéro de passeport : RD1185260
Carte d'étranger n° 001156733
Date de naissance : le 3 mars 1988
Téléphone : 953 880 147

Merci beaucoup.
""",
  "prorroga_residencia",
  {"nombres": "JEAN-BAPTISTE Mirlande", "sexo": "F", "nacionalidad": "HT", "documento_identidad": "RD1185260",
   "carne_extranjeria": "001156733", "fecha_nacimiento": "1988-03-03", "telefono": "+51953880147",
   "correo": "mirlande.jb@gmail.com"},
  [], "not_required", "acuse", recognised=True)

# ============================================================ 040
M(40, "renewal-residence-nigeria-incompleto", SOL, "2026-12-10 10:10:10",
  "Emeka Nwosu <emeka.nwosu@gmail.com>",
  "Renewal of residence - Prórroga de residencia",
  """Dear Sir/Ma,

I write to request the annual extension of my residence as a recognised refugee.

Name: NWOSU Emeka Chukwudi
Nationality: Nigerian
International passport: A10673398
Carné de extranjería: 001264019
Phone number: +51 912 774 380

Thanks and God bless.
""",
  "prorroga_residencia",
  {"nombres": "NWOSU Emeka Chukwudi", "nacionalidad": "NG", "documento_identidad": "A10673398",
   "carne_extranjeria": "001264019", "telefono": "+51912774380", "correo": "emeka.nwosu@gmail.com"},
  ["sexo", "fecha_nacimiento"], "not_required", "subsanar", ["derivado"], recognised=True)

# ============================================================ 041
M(41, "prorroga-prosa-spanglish", REF, "2027-01-16 11:00:00",
  "Andres Chirinos <andreschirinos79@hotmail.com>",
  "Fwd: Prorroga residencia",
  """Good morning / buenos días,

Soy Andrés Eloy Chirinos Salas, male, venezuelan, born on 22-11-1979, C.I. 11.456.902 and
carnet de extranjeria 001087214. I'm refugiado reconocido and I need the annual prórroga de
residencia, please. My phone is (01) 426 7781, I'm there after 6pm.

Have a nice weekend!
""",
  "prorroga_residencia",
  {"nombres": "Andrés Eloy Chirinos Salas", "sexo": "M", "nacionalidad": "VE", "documento_identidad": "11456902",
   "carne_extranjeria": "001087214", "fecha_nacimiento": "1979-11-22", "telefono": "+5114267781",
   "correo": "andreschirinos79@hotmail.com"},
  [], "not_required", "acuse", recognised=True)

# ============================================================ 042
M(42, "prorroga-esposa-estadounidense", REF, "2027-01-19 09:00:00",
  "Sarah Mansour <sarah.mansour.nyc@gmail.com>",
  "Prórroga de residencia - Khaled Mansour",
  """Hello,

I am writing on behalf of my husband, Khaled Mansour, to request the annual Prórroga de
Residencia. He is a recognised refugee.

Applicant: Khaled Mansour
Sex: male
Nationality: Syria
Passport: N008812345
Carné de extranjería: 001233901
Date of birth: May 1st, 1983

I'm American (born in New York), my own passport is 548812290, in case you need it.
Please contact us at 987 002 311 or reply to this email.

Best,
Sarah Mansour
""",
  "prorroga_residencia",
  {"nombres": "Khaled Mansour", "sexo": "M", "nacionalidad": "SY", "documento_identidad": "N008812345",
   "carne_extranjeria": "001233901", "fecha_nacimiento": "1983-05-01", "telefono": "+51987002311",
   "correo": "sarah.mansour.nyc@gmail.com"},
  [], "not_required", "acuse", recognised=True)

# ============================================================ 043
M(43, "duplicado-kreyol-sin-denuncia", REF, "2026-10-30 12:00:00",
  "Ketly Noel <ketlynoel77@gmail.com>",
  "Duplicado de carné de extranjería",
  """Bonjou,

Mwen pèdi kanè etranje mwen (carné de extranjería) nan bis la. Mwen bezwen yon dipikata.
Mwen mete foto paspò m nan atachman.

Non konplè: NOËL Ketly
Sèks: fi
Nasyonalite: ayisyèn
Paspò: RD1472209
Kanè etranje: 001301178
Dat nesans: 12/08/1977
Telefòn: 958 006 134

Mèsi
""",
  "duplicado_carne_extranjeria",
  {"nombres": "NOËL Ketly", "sexo": "F", "nacionalidad": "HT", "documento_identidad": "RD1472209",
   "carne_extranjeria": "001301178", "fecha_nacimiento": "1977-08-12", "telefono": "+51958006134",
   "correo": "ketlynoel77@gmail.com"},
  ["denuncia_policial"], "not_required", "subsanar", recognised=True,
  attachments=[{"kind": "jpg", "name": "foto_pasaporte.jpg", "args": ([
      "REPUBLIQUE D'HAITI - PASSEPORT",
      "Nom: NOEL   Prenom: KETLY",
      "No: RD1472209",
  ],)}])

# ============================================================ 044
M(44, "duplicate-ce-ghana-police-report-derivado", MDP, "2026-12-31 10:00:00",
  "Yaw Darko <yawdarko.gh@gmail.com>",
  "Duplicate of Carné de Extranjería",
  """Hello,

My carné de extranjería was stolen in Miraflores on 26 December. I attach the police report.
I request a duplicate (duplicado de carné de extranjería).

Full name: DARKO Yaw Kofi
Gender: Male
Nationality: Ghanaian
Passport No: G0981127
CE No: 001210873
DOB: 03.03.85
Phone: +51 973 551 086

Thank you and happy new year.
""",
  "duplicado_carne_extranjeria",
  {"nombres": "DARKO Yaw Kofi", "sexo": "M", "nacionalidad": "GH", "documento_identidad": "G0981127",
   "carne_extranjeria": "001210873", "fecha_nacimiento": "1985-03-03", "telefono": "+51973551086",
   "correo": "yawdarko.gh@gmail.com"},
  [], "not_required", "acuse", ["derivado"], recognised=True, denuncia=True,
  attachments=[{"kind": "text", "name": "police_report.pdf", "args": ([
      "POLICIA NACIONAL DEL PERU",
      "COMISARIA PNP MIRAFLORES",
      "",
      "DENUNCIA POLICIAL N. 5540-2026",
      "",
      "Fecha: 26/12/2026",
      "Denunciante: Yaw Kofi Darko, pasaporte G0981127",
      "Hecho: robo de billetera conteniendo carne de extranjeria, en la Av. Larco.",
  ],)}])

# ============================================================ 045
M(45, "viagem-brasil-pdf-sem-assinatura", REF, "2027-01-20 14:00:00",
  "Juliana Prado <juliprado.sp@gmail.com>",
  "Autorização de viagem",
  """Boa tarde,

Sou refugiada reconhecida e preciso de uma autorización de viaje com urgência. O pedido vai
em PDF anexo.

Obrigada,
Juliana
""",
  "autorizacion_viaje",
  {"nombres": "Juliana Prado Siqueira", "carne_extranjeria": "001389044", "telefono": "+51999314028",
   "destino": "Belo Horizonte, Brasil", "fecha_salida": "2027-03-03", "fecha_retorno": "2027-03-28",
   "motivo": "cirurgia do meu filho no Hospital das Clínicas, onde ele está internado",
   "correo": "juliprado.sp@gmail.com"},
  ["firma"], "absent", "subsanar", recognised=True, date_tz=-3,
  attachments=[{"kind": "text", "name": "pedido_autorizacao_viagem.pdf", "args": ([
      "PEDIDO DE AUTORIZACAO DE VIAGEM",
      "",
      "Nome completo: Juliana Prado Siqueira",
      "Carné de extranjería: 001389044",
      "Telefone: 999 314 028",
      "Destino: Belo Horizonte, Brasil",
      "Data de saída: 3 de março de 2027",
      "Data de retorno: 28 de março de 2027",
      "Motivo: cirurgia do meu filho no Hospital das Clínicas, onde ele está internado.",
      "",
      "Lima, 19 de janeiro de 2027",
      "Juliana Prado Siqueira",
  ],)}])

# ============================================================ 046
M(46, "travel-spanglish-sin-retorno", REF, "2027-01-22 17:10:00",
  "Yohanna Perez <yohannaperez.ccs@gmail.com>",
  "Autorizacion de viaje URGENTE",
  """Hi, buenas noches,

Attached my signed solicitud de Autorización de Viaje. My mom had a stroke in Caracas and
I need to leave on Jan 30th, 2027. The return date I don't know yet, depends on how she
evolves, I will tell you later.

Nombre: Yohanna Beatriz Pérez Linares
Carnet de extranjería: 001299357
Phone: 946 557 203
Destino: Caracas, Venezuela
Motivo: my mother had a stroke and is in the ICU of the Hospital Universitario de Caracas

Thanks!!!
""",
  "autorizacion_viaje",
  {"nombres": "Yohanna Beatriz Pérez Linares", "carne_extranjeria": "001299357", "telefono": "+51946557203",
   "destino": "Caracas, Venezuela", "fecha_salida": "2027-01-30",
   "motivo": "my mother had a stroke and is in the ICU of the Hospital Universitario de Caracas",
   "correo": "yohannaperez.ccs@gmail.com"},
  ["fecha_retorno"], "valid", "subsanar", recognised=True,
  attachments=[{"kind": "signed", "name": "solicitud_viaje_YPerez.pdf", "args": ([
      "SOLICITUD DE AUTORIZACION DE VIAJE",
      "",
      "Yo, Yohanna Beatriz Pérez Linares, refugiada reconocida, carné de extranjería 001299357,",
      "solicito autorización de viaje a Caracas, Venezuela, por motivo de salud de mi madre.",
      "",
      "Lima, 22 de enero de 2027",
  ], "Yohanna Beatriz Perez Linares")}])

# ============================================================ 047
M(47, "vwayaj-kreyol-signe-derivado", SOL, "2027-01-11 10:30:00",
  "Frantz Celestin <frantzcelestin@gmail.com>",
  "Otorizasyon vwayaj / Autorización de Viaje",
  """Bonjou,

Mwen voye demann otorizasyon vwayaj mwen (autorización de viaje), siyen elektwonikman,
nan PDF la. Manman m malad anpil.

Mèsi
Frantz
""",
  "autorizacion_viaje",
  {"nombres": "CÉLESTIN Frantz", "carne_extranjeria": "001318262", "telefono": "+51968225017",
   "destino": "Cap-Haïtien, Haïti", "fecha_salida": "2027-02-15", "fecha_retorno": "2027-03-01",
   "motivo": "manman m malad anpil epi li bezwen m bò kote l pou operasyon an",
   "correo": "frantzcelestin@gmail.com"},
  [], "valid", "acuse", ["derivado"], recognised=True,
  attachments=[{"kind": "signed", "name": "otorizasyon_vwayaj.pdf", "args": ([
      "DEMANN OTORIZASYON VWAYAJ (AUTORIZACION DE VIAJE)",
      "",
      "Non: CÉLESTIN Frantz",
      "Kanè etranje (carné de extranjería): 001318262",
      "Telefòn: 968 225 017",
      "Destinasyon: Cap-Haïtien, Haïti",
      "Dat depa: 15/02/27",
      "Dat retou: 01/03/27",
      "Rezon: manman m malad anpil epi li bezwen m bò kote l pou operasyon an.",
      "",
      "Lima, 10 janvye 2027",
  ], "Frantz Celestin")}])

# ============================================================ 048
M(48, "update-details-afghan-prose", SOL, "2026-12-08 09:15:00",
  "M. Nasir Sultani <nasir.sultani.kbl@gmail.com>",
  "Actualizacion de datos",
  """Respected Sir/Madam,

I, Mohammad Nasir Sultani, an Afghan national holding passport number P02297741 and asylum
applicant in Peru, would like to inform you that my new phone number is 951 664 209, and I
moved to Los Olivos. Please update my record.

With respect,
""",
  "actualizacion_datos",
  {"nombres": "Mohammad Nasir Sultani", "nacionalidad": "AF", "documento_identidad": "P02297741",
   "telefono": "+51951664209", "correo": "nasir.sultani.kbl@gmail.com"},
  [], "not_required", "acuse")

# ============================================================ 049
M(49, "cambio-senha-angola-derivado", REF, "2027-01-06 15:45:00",
  "Helena Cassoma <helenacassoma@gmail.com>",
  "Cambio de clave y contraseña",
  """Bom dia,

Sou angolana, solicitante de refúgio, e esqueci a senha do sistema. Peço a mudança de senha.

Nome completo: Helena Nzuzi Cassoma
Telefone: 955 043 781
E-mail: helenacassoma@gmail.com

Obrigada.
""",
  "cambio_clave",
  {"nombres": "Helena Nzuzi Cassoma", "nacionalidad": "AO", "telefono": "+51955043781",
   "correo": "helenacassoma@gmail.com"},
  ["documento_identidad"], "not_required", "subsanar", ["derivado"])

# ============================================================ 050
M(50, "reconsideracion-traduccion-automatica-limite", MDP, "2027-01-27 11:30:00",
  "Hassan Al-Masri <hassan.almasri@outlook.com>",
  "Recurso de Reconsideración",
  """Señores de la Comisión,

Yo envío adjunto el recurso de reconsideración mío firmado con la firma digital.
Todos los datos míos están dentro del documento.

Con respeto,
Hassan
""",
  "reconsideracion",
  {"nombres": "Hassan AL-MASRI", "nacionalidad": "SY", "documento_identidad": "N013390452",
   "telefono": "+51986412730", "correo": "hassan.almasri.sy@gmail.com",
   "motivo": "la comisión no tomó en cuenta que la casa de la familia mía en Homs fue destruida y el hermano mío fue detenido"},
  [], "valid", "cargo", notified="2027-01-06",
  attachments=[{"kind": "signed", "name": "reconsideracion_AlMasri.pdf", "args": ([
      "RECURSO DE RECONSIDERACION",
      "",
      "El nombre mío completo es: Hassan AL-MASRI",
      "La nacionalidad mía: siria",
      "El pasaporte mío número N013390452",
      "Mi número del teléfono es 986 412 730",
      "El correo electrónico mío: hassan.almasri.sy@gmail.com",
      "",
      "Yo presento recurso de reconsideración contra la resolución que niega el refugio mío, la "
      "cual fue notificada a mí el día 6 de enero de 2027.",
      "",
      "Motivo: la comisión no tomó en cuenta que la casa de la familia mía en Homs fue destruida "
      "y el hermano mío fue detenido.",
      "",
      "Lima, 26 de enero de 2027",
  ], "Hassan Al-Masri")}])

# ============================================================ 051
M(51, "appeal-lawyer-nigeria-late", MDP, "2027-01-28 16:00:00",
  '"Adaeze Okafor, Esq." <a.okafor@okaforlegal.com.pe>',
  "Recurso de Apelación - Blessing Chiamaka EZE",
  """Dear Sirs,

On behalf of my client, Ms. Blessing Chiamaka EZE, a Nigerian national holding passport
No. A11928834, I hereby file the attached Recurso de Apelación, digitally signed by her.
The resolution confirming the denial was notified to her on 4 January 2027.

Ms. Eze can be reached directly at 934 551 208 and at blessing.eze.ng@gmail.com.

Yours faithfully,
Adaeze Okafor
Okafor Legal - Abogados
Av. Javier Prado Este 1040, San Isidro - Tel. (01) 441 2200
""",
  "apelacion",
  {"nombres": "Blessing Chiamaka EZE", "nacionalidad": "NG", "documento_identidad": "A11928834",
   "telefono": "+51934551208", "correo": "blessing.eze.ng@gmail.com",
   "motivo": "the decision ignored the medical reports on the harm I suffered and the risk of trafficking if I return to Benin City"},
  [], "valid", "cargo", ["extemporaneo"], notified="2027-01-04",
  attachments=[{"kind": "signed", "name": "Appeal_EZE_signed.pdf", "args": ([
      "RECURSO DE APELACION (APPEAL)",
      "",
      "Appellant: Blessing Chiamaka EZE",
      "Nationality: Nigerian",
      "Passport: A11928834",
      "",
      "I appeal against the resolution confirming the denial of my application for refugee status.",
      "",
      "Reason: the decision ignored the medical reports on the harm I suffered and the risk of "
      "trafficking if I return to Benin City.",
      "",
      "Lima, 27 January 2027",
  ], "Blessing Chiamaka Eze")}])

# ============================================================ 052
M(52, "pedido-refugio-angola-portal", REF, "2026-10-08 12:00:00",
  "Nkosi Mbemba <nkosi.mbemba@gmail.com>",
  "Pedido de refúgio",
  """Boa tarde,

Chamo-me Nkosi Mbemba, sou angolano e cheguei ao Peru há duas semanas. Quero fazer um
pedido de refúgio (solicitud de refugio). Como posso fazer? Preciso de marcar atendimento?

Telefone: 989 221 640

Obrigado
""",
  "solicitud_refugio",
  {"nombres": "Nkosi Mbemba", "nacionalidad": "AO", "telefono": "+51989221640",
   "correo": "nkosi.mbemba@gmail.com"},
  [], "not_required", "portal")
