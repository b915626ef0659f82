# The messages of round27. Executed by build.py (which provides add, text_pdf, sign_pdf, ...).
# Each add(...) call is one .eml; its "label" holds what a registry clerk reads in it.
# Computed by build.py from the label: signature, missing, outcome, flags, filing_date, due_date.

OUTLOOK_HEAD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
                'table.t td{border:solid #A6A6A6 1.0pt;padding:2pt 6pt;} --></style></head>'
                '<body lang="ES-PE"><div class="WordSection1">')
OUTLOOK_TAIL = '</div></body></html>'
GMAIL_HEAD = '<div dir="ltr">'
GMAIL_TAIL = '</div>'


def P(*lines):
    return "".join('<p class="MsoNormal">%s</p>' % (l if l else "&nbsp;") for l in lines)


def table(rows, cls="t"):
    out = ['<table class="%s" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' % cls]
    for r in rows:
        out.append("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


# ------------------------------------------------------------------ 001
add(file="001-actualizacion-html-tabla-hijos.eml", tz="UTC", mailbox=S, recv="2026-10-05 10:12:44",
    from_=("Yoli Castillo", "yolimar.castillo88@hotmail.com"), to=[S],
    subject="Actualización de datos", mid="<SN6PR01MB4327A1B2C3D4E5F60718@SN6PR01MB4327.prod.outlook.com>",
    kind="html", cte="qp", hops=True,
    html=OUTLOOK_HEAD + P(
        "Buenos días, señores de la Comisión Especial para los Refugiados:", "",
        "Por medio del presente solicito la actualización de mis datos de contacto, ya que cambié de "
        "domicilio y de número de celular. Mis datos son los siguientes:", "") +
    table([["<b>Nombres y apellidos</b>", "Yolimar Andreína Castillo Rengifo"],
           ["<b>Nacionalidad</b>", "Venezolana"],
           ["<b>Cédula de identidad</b>", "V-19.884.207"],
           ["<b>Teléfono celular (nuevo)</b>", "944 318 052"],
           ["<b>Correo electrónico</b>", "Yolimar.Castillo.R@gmail.com"],
           ["<b>Dirección</b>", "Jr. Huánuco 1432, dpto. 302, La Victoria, Lima"]]) +
    P("", "También declaro a mis hijos menores, que forman parte de mi expediente:", "") +
    table([["<b>Nombre</b>", "<b>Documento</b>", "<b>Fecha de nacimiento</b>"],
           ["Santiago José Parra Castillo", "V-32.118.904", "04/06/2014"],
           ["Valentina Parra Castillo", "Pasaporte 158774392", "21/09/2017"]]) +
    P("", "Agradezco de antemano su atención.", "", "Yolimar Castillo") + OUTLOOK_TAIL,
    label=dict(procedure="actualizacion_datos", fields=dict(
        nombres="Yolimar Andreína Castillo Rengifo", nacionalidad="VE", documento_identidad="V19884207",
        telefono="+51944318052", correo="yolimar.castillo.r@gmail.com",
        motivo="cambié de domicilio y de número de celular")))

# ------------------------------------------------------------------ 002
add(file="002-actualizacion-refugiado-sin-carne-latin1-derivado.eml", mailbox=R, recv="2026-10-10 11:20:05",
    from_=("Hernán Darío Ospina", "hdospina@yahoo.com"), to=[R],
    subject="Actualizacion de datos de contacto", subj_cs="iso-8859-1",
    mid="<1284467391.2210458.1791649188765@mail.yahoo.com>", cs="iso-8859-1", cte="qp",
    body="""Señores
Secretaría Ejecutiva CEPR
Presente.-

Yo, Hernán Darío Ospina Quintero, de nacionalidad colombiana, identificado con cédula de ciudadanía C.C. 79.654.321, refugiado reconocido desde el año 2021, les escribo para actualizar mis datos de contacto pues me mudé a Arequipa.

Nuevo celular:    +51 958 771 246
Nuevo domicilio:  Calle Mercaderes 215, Cercado, Arequipa
Correo:           el mismo de siempre (hdospina@yahoo.com)

Quedo atento a su confirmación.

Hernán D. Ospina Q.
""",
    label=dict(procedure="actualizacion_datos", refugee=True, fields=dict(
        nombres="Hernán Darío Ospina Quintero", nacionalidad="CO", documento_identidad="79654321",
        telefono="+51958771246", correo="hdospina@yahoo.com", motivo="me mudé a Arequipa")))

# ------------------------------------------------------------------ 003
_t003 = """Estimados señores:

Reciban un cordial saludo de la Pastoral de Movilidad Humana de la Parroquia Nuestra Señora de la Merced (Callao).

Acompañamos al señor Wilner Jean-Baptiste, solicitante de refugio de nacionalidad haitiana, pasaporte N° RD4471923, quien nos ha pedido hacerles llegar la actualización de sus datos de contacto:

- Nuevo teléfono del Sr. Jean-Baptiste: 987 120 455 (también WhatsApp)
- Dirección: Av. Sáenz Peña 880, Callao

Su esposa, la Sra. Marie-Claude Pierre (pasaporte RD5580137), y sus hijos Kervens (10 años) y Daphnée (6 años) mantienen la misma dirección.

Para cualquier coordinación pueden escribirnos a este correo.

Atentamente,

Hna. Rosa Elvira Quispe Mamani
Coordinadora - Pastoral de Movilidad Humana
Parroquia Nuestra Señora de la Merced - Callao
DNI 41226873
Tel. parroquial: (01) 429-3316 | Cel. 956 004 118
movilidadhumana.merced@gmail.com
"""
add(file="003-actualizacion-parroquia-familia-haitiana.eml", mailbox=S, recv="2026-10-14 17:45:10",
    from_=("Pastoral de Movilidad Humana - Parroquia N.S. de la Merced", "movilidadhumana.merced@gmail.com"),
    to=[S], subject="ACTUALIZACION DE DATOS - FAMILIA JEAN-BAPTISTE",
    mid="<CAK7pQ2vH8mX1=Rt0wQp3z9B6fN4u@mail.gmail.com>", kind="alt", cte="qp", hops=True,
    body=_t003,
    html=GMAIL_HEAD + "".join("<div>%s</div>" % (l or "<br>") for l in _t003.split("\n")) + GMAIL_TAIL,
    label=dict(procedure="actualizacion_datos", fields=dict(
        nombres="Wilner Jean-Baptiste", nacionalidad="HT", documento_identidad="RD4471923",
        telefono="+51987120455", correo="movilidadhumana.merced@gmail.com")))

# ------------------------------------------------------------------ 004
add(file="004-cambio-contrasena-iphone.eml", mailbox=S, recv="2026-10-18 21:07:33",
    from_=("kari", "karinagmz.0291@gmail.com"), to=[S], subject="cambio de contraseña",
    mid="<6E2B1F0A-93C4-4D7E-A1B2-0C9D8E7F6A51@gmail.com>", cte="qp",
    body="""buenas noches necesito cambio de contraseña del sistema de refugiados porque no puedo entrar desde hace una semana me sale clave incorrecta
mi nombre es karina alejandra gomez peña
pasaporte 134529876
cel 929 441 873
gracias

Enviado desde mi iPhone""",
    label=dict(procedure="cambio_clave", fields=dict(
        nombres="karina alejandra gomez peña", documento_identidad="134529876", telefono="+51929441873",
        correo="karinagmz.0291@gmail.com", motivo="no puedo entrar desde hace una semana me sale clave incorrecta")))

# ------------------------------------------------------------------ 005
_t005 = """Buen día,

Escribo en nombre de mi hermana, Andrea Carolina Brito Salazar, para solicitar el cambio de su clave y contraseña del Sistema de Refugiados.

Sus datos:
Nombres y apellidos: Andrea Carolina Brito Salazar
Cédula: V-24.310.558
Teléfono de ella: +51 913 208 774
Correo registrado en el sistema: andreabrito.salazar@gmail.com

Mi cédula es V-22.117.903 por si la necesitan. Cualquier cosa me pueden ubicar al 987 663 201.

Saludos,
Luis Fernando Brito S.
"""
add(file="005-cambio-clave-hermano-mesa-partes-derivado.eml", mailbox=M, recv="2026-10-22 09:03:12",
    from_=("Luis Fernando Brito", "lfbrito.ve@outlook.com"), to=[M],
    subject="Cambio de clave y contraseña - Andrea Brito",
    mid="<BY5PR14MB3511F0E9D8C7B6A5@BY5PR14MB3511.namprd14.prod.outlook.com>", kind="alt", cte="qp",
    body=_t005,
    html=OUTLOOK_HEAD + P(*_t005.split("\n")) + OUTLOOK_TAIL,
    label=dict(procedure="cambio_clave", fields=dict(
        nombres="Andrea Carolina Brito Salazar", documento_identidad="V24310558", telefono="+51913208774",
        correo="andreabrito.salazar@gmail.com")))

# ------------------------------------------------------------------ 006
add(file="006-cambio-clave-sin-documento-base64-no-laborable.eml", mailbox=S, recv="2026-12-07 11:00:27",
    from_=("Yaima", "yaimarodriguez.cu@nauta.cu"), to=[S], subject="Cambio de clave y contraseña",
    mid="<20261207155943.7f3a21@nauta.cu>", cte="b64",
    body="""Saludos cordiales.

Solicito por favor el cambio de clave y contraseña de mi cuenta en el Sistema de Refugiados, pues el correo con la clave inicial nunca me llegó.

Mi teléfono de contacto es el +51 960 552 119 y mi correo es yaima.rodriguez.perez@gmail.com (el de nauta casi no lo reviso).

Muchas gracias de antemano.

--
Yaima Rodríguez Pérez
Cubana, solicitante de refugio
""",
    label=dict(procedure="cambio_clave", fields=dict(
        nombres="Yaima Rodríguez Pérez", nacionalidad="CU", telefono="+51960552119",
        correo="yaima.rodriguez.perez@gmail.com", motivo="el correo con la clave inicial nunca me llegó")))

# ------------------------------------------------------------------ 007
_pdf007 = text_pdf([
    "#SUMILLA: INTERPONE RECURSO DE RECONSIDERACIÓN",
    "Expediente N° 2025-04471 - Resolución N° 1187-2026/CEPR",
    "",
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
    "",
    "EDUARDO JOSÉ MARCANO VILLALOBOS,",
    "de nacionalidad venezolana, identificado con pasaporte N° 128847561,",
    "con teléfono celular 951 337 802 y correo electrónico eduardomarcano.v@gmail.com,",
    "con domicilio real en Av. Los Próceres 1180, San Juan de Lurigancho, Lima, debidamente representado por su "
    "abogado Gonzalo Paredes Ruiz, con Reg. CAL N° 58214 y DNI N° 10228841, con domicilio procesal en "
    "Av. Javier Prado Este 2465, of. 702, San Borja, a usted respetuosamente digo:",
    "",
    "#I. PETITORIO",
    "Que, dentro del plazo de ley, interpongo RECURSO DE RECONSIDERACIÓN contra la Resolución N° 1187-2026/CEPR, "
    "notificada el 28 de septiembre de 2026, que declaró infundada mi solicitud de reconocimiento de la condición "
    "de refugiado, a fin de que sea revocada y se me reconozca dicha condición.",
    "",
    "#II. FUNDAMENTOS DE HECHO",
    "1. La resolución impugnada sostiene que no acredité un temor fundado de persecución. Sin embargo, con "
    "posterioridad a mi entrevista obtuve la copia certificada de la orden de captura emitida en mi contra por "
    "un tribunal militar en el estado Zulia, por mi participación como dirigente sindical en PDVSA.",
    "2. Dicho documento constituye nueva prueba, que no pudo ser valorada por la Comisión y que acredita que mi "
    "retorno me expondría a detención arbitraria y tortura.",
    "3. Asimismo, mi hermano menor fue detenido en agosto de 2026 por los mismos hechos, según la constancia del "
    "Foro Penal que se adjunta.",
    "",
    "#III. FUNDAMENTOS DE DERECHO",
    "Artículos 217, 218 y 219 del TUO de la Ley N° 27444; artículo 3 de la Ley N° 27891, Ley del Refugiado; "
    "Convención sobre el Estatuto de los Refugiados de 1951 y Declaración de Cartagena de 1984.",
    "",
    "#IV. ANEXOS",
    "1-A Copia del pasaporte.",
    "1-B Copia certificada de la orden de captura (nueva prueba).",
    "1-C Constancia del Foro Penal.",
    "",
    "POR TANTO: Solicito a usted admitir el presente recurso y resolverlo conforme a ley.",
    "",
    "Lima, 6 de octubre de 2026",
    "",
    "Eduardo José Marcano Villalobos                    Gonzalo Paredes Ruiz",
    "Recurrente                                                      Abogado - Reg. CAL N° 58214",
])
add(file="007-reconsideracion-estudio-sumilla-pdf-firmado.eml", mailbox=M, recv="2026-10-06 15:20:11",
    utc=True, hops=True,
    from_=("Estudio Paredes & Linares Abogados", "notificaciones@paredeslinares.pe"), to=[M],
    subject="Recurso de Reconsideración – Eduardo José Marcano Villalobos",
    mid="<a1c09f3e-22d1-4b7e-9c55-0e8b2f6d1a47@paredeslinares.pe>", cte="qp",
    body="""Señores
Mesa de Partes Virtual
Ministerio de Relaciones Exteriores

Por encargo de nuestro patrocinado, remitimos adjunto el recurso de reconsideración firmado digitalmente, con sus anexos, para su trámite ante la Comisión Especial para los Refugiados.

Solicitamos se sirvan remitir el cargo de recepción a este correo.

Atentamente,

Gonzalo Paredes Ruiz
Abogado - Reg. CAL N° 58214
Estudio Paredes & Linares Abogados
Av. Javier Prado Este 2465, of. 702, San Borja - Lima
T. (01) 445-2210 | C. 998 112 430
gparedes@paredeslinares.pe

Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.
""",
    atts=[dict(name="Reconsideracion_Marcano_firmado.pdf", kind="signed",
               data=sign_pdf(_pdf007, "Eduardo Jose Marcano Villalobos"))],
    label=dict(procedure="reconsideracion", notif="2026-09-28", fields=dict(
        nombres="EDUARDO JOSÉ MARCANO VILLALOBOS", nacionalidad="VE", documento_identidad="128847561",
        telefono="+51951337802", correo="eduardomarcano.v@gmail.com",
        motivo="nueva prueba: orden de captura emitida en mi contra por un tribunal militar")))

# ------------------------------------------------------------------ 008
_pdf008 = text_pdf([
    "#RECURSO DE RECONSIDERACIÓN",
    "",
    "Señores de la Comisión Especial para los Refugiados",
    "",
    "Yo, Rosa Elena Tovar Guédez,",
    "venezolana, cédula de identidad V-15.902.336,",
    "teléfono 977 450 128, correo rosaelenatovar@hotmail.com,",
    "me presento ante ustedes para interponer recurso de reconsideración contra la resolución que denegó mi "
    "solicitud de refugio, notificada el 01/10/2026.",
    "",
    "Motivo: en la resolución no se valoró que fui amenazada por el grupo que controla la mina donde trabajaba "
    "mi esposo en El Callao (estado Bolívar), quien sigue desaparecido desde 2023. Presento como nueva prueba la "
    "denuncia de desaparición ante el CICPC.",
    "",
    "Atentamente,",
    "",
    "Rosa Elena Tovar Guédez",
])
add(file="008-reconsideracion-pdf-sin-firma-extemporaneo.eml", mailbox=M, recv="2026-11-10 12:30:48",
    from_=("Rosa Elena Tovar", "rosaelenatovar@hotmail.com"), to=[M], subject="Reconsideracion",
    mid="<DM4PR17MB6012C9AE77B1C0E2@DM4PR17MB6012.namprd17.prod.outlook.com>", cs="iso-8859-1", cte="qp",
    body="""Buenas tardes,

Adjunto mi recurso de reconsideración contra la resolución que me negó el refugio, la cual me notificaron el 1 de octubre de 2026. Disculpen la demora, estuve hospitalizada.

Rosa Tovar
""",
    atts=[dict(name="recurso.pdf", kind="textpdf", data=_pdf008)],
    label=dict(procedure="reconsideracion", notif="2026-10-01", fields=dict(
        nombres="Rosa Elena Tovar Guédez", nacionalidad="VE", documento_identidad="V15902336",
        telefono="+51977450128", correo="rosaelenatovar@hotmail.com",
        motivo="no se valoró que fui amenazada por el grupo que controla la mina")))

# ------------------------------------------------------------------ 009
add(file="009-reconsideracion-clinica-juridica-escaneado.eml", mailbox=M, recv="2026-11-14 10:05:51",
    from_=("Clínica Jurídica de Migración y Refugio", "cjmr@facderecho-uvl.edu.pe"), to=[M],
    subject="RECURSO DE RECONSIDERACIÓN - Exp. N° 2025-03318",
    mid="<b7f2e1c0d9a84f11a3d6@facderecho-uvl.edu.pe>", cte="qp",
    body="""Señores
Mesa de Partes - Ministerio de Relaciones Exteriores

La Clínica Jurídica de Migración y Refugio de la Facultad de Derecho, en el marco de su labor de asistencia legal gratuita, remite el recurso de reconsideración de la Sra. Génesis Mariana Aponte Ruiz, venezolana, titular de la cédula de identidad N° 21.337.640, contra la resolución denegatoria notificada el 5 de noviembre de 2026.

El escrito, firmado a puño y letra por la recurrente, se adjunta escaneado. En síntesis, la recurrente sostiene que la Comisión no valoró las amenazas recibidas de un colectivo armado en su barrio de Petare, ni los informes de país que acreditan la persecución a familiares de opositores.

Teléfono de la recurrente: 912 556 083.
Para notificaciones, la Clínica señala este correo.

Atentamente,

Abg. Milagros Castañeda Huamán
Supervisora - Clínica Jurídica de Migración y Refugio
Colegio de Abogados de Lima, Reg. 71902
Telf. (01) 619-7000 anexo 2214 | 994 780 311
cjmr@facderecho-uvl.edu.pe
""",
    atts=[dict(name="escrito_reconsideracion_firmado.pdf", kind="scan", data=scan_pdf([
        "Lima, 13 de noviembre de 2026",
        "Señores Comisión Especial para los Refugiados",
        "Yo, Génesis Mariana Aponte Ruiz, C.I. 21.337.640,",
        "interpongo recurso de reconsideración contra la",
        "resolución que deniega mi solicitud, porque no se",
        "valoraron las amenazas del colectivo en Petare.",
        "Atentamente,"]))],
    label=dict(procedure="reconsideracion", notif="2026-11-05", fields=dict(
        nombres="Génesis Mariana Aponte Ruiz", nacionalidad="VE", documento_identidad="21337640",
        telefono="+51912556083", correo="cjmr@facderecho-uvl.edu.pe",
        motivo="la Comisión no valoró las amenazas recibidas de un colectivo armado")))

# ------------------------------------------------------------------ 010
_pdf010 = text_pdf([
    "#RECURSO DE RECONSIDERACIÓN",
    "Resolución N° 1402-2026/CEPR",
    "",
    "Nombres y apellidos: Jhon Freddy Mosquera Palacios",
    "Nacionalidad: colombiana",
    "Documento: C.C. 1.077.435.882",
    "Correo electrónico: jhonfmosquera@gmail.com",
    "",
    "Interpongo recurso de reconsideración contra la Resolución N° 1402-2026/CEPR, notificada el 18/11/2026.",
    "",
    "Motivo: soy líder comunitario afrodescendiente en Quibdó (Chocó) y fui declarado objetivo militar por "
    "un grupo armado. Aporto como nueva prueba el certificado de la Defensoría del Pueblo de Colombia sobre "
    "mi situación de riesgo, que no obraba en el expediente.",
    "",
    "Firmado digitalmente por Jhon Freddy Mosquera Palacios",
])
add(file="010-re-reconsideracion-subsanacion-cita-oficina.eml", mailbox=M, recv="2026-12-09 18:40:02",
    from_=("Jhon Freddy Mosquera", "jhonfmosquera@gmail.com"), to=[("Mesa de Partes Virtual", M)],
    subject="RE: Recurso de Reconsideración - Registro MP-2026-004187 - SUBSANAR",
    mid="<CAF3x+Uq0Yt7d_kR2mLw8aS1nJ5pE=Zc@mail.gmail.com>",
    irt="<mp-2026-004187.reply@rree.gob.pe>", kind="alt", cte="qp",
    body="""Buenas noches, adjunto nuevamente el recurso ya firmado digitalmente como me indicaron, y agrego mi número de teléfono: +57 312 448 9021 (WhatsApp). Estoy usando mi número colombiano porque perdí el chip peruano.

Jhon Freddy Mosquera Palacios
C.C. 1.077.435.882

El vie, 4 dic 2026 a las 10:15, Mesa de Partes Virtual <mesadepartes@rree.gob.pe> escribió:
> Estimado(a) administrado(a):
>
> Se ha recibido su escrito (Registro MP-2026-004187). Para continuar con el trámite debe subsanar lo siguiente en el plazo de dos (2) días hábiles:
>  - Documento firmado (firma)
>  - Teléfono
>
> Consultas: Central (01) 204-2400 / mesadepartes@rree.gob.pe
> Mesa de Partes Virtual - Ministerio de Relaciones Exteriores
>
> El jue, 3 dic 2026 a las 22:51, Jhon Freddy Mosquera <jhonfmosquera@gmail.com> escribió:
>> Presento recurso de reconsideración contra la Resolución 1402-2026/CEPR notificada el 18/11/2026. Adjunto el escrito.
""",
    html=GMAIL_HEAD + "<div>Buenas noches, adjunto nuevamente el recurso ya firmado digitalmente como me indicaron, "
    "y agrego mi número de teléfono: +57 312 448 9021 (WhatsApp). Estoy usando mi número colombiano porque perdí "
    "el chip peruano.</div><div><br></div><div>Jhon Freddy Mosquera Palacios</div><div>C.C. 1.077.435.882</div>"
    "<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">El vie, 4 dic 2026 a las 10:15, Mesa de "
    "Partes Virtual &lt;<a href=\"mailto:mesadepartes@rree.gob.pe\">mesadepartes@rree.gob.pe</a>&gt; escribió:<br>"
    "</div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
    "padding-left:1ex\">Estimado(a) administrado(a):<br><br>Se ha recibido su escrito (Registro MP-2026-004187). "
    "Para continuar con el trámite debe subsanar lo siguiente en el plazo de dos (2) días hábiles:<br>"
    "&nbsp;- Documento firmado (firma)<br>&nbsp;- Teléfono<br><br>Consultas: Central (01) 204-2400 / "
    "mesadepartes@rree.gob.pe<br>Mesa de Partes Virtual - Ministerio de Relaciones Exteriores<br><br>"
    "El jue, 3 dic 2026 a las 22:51, Jhon Freddy Mosquera &lt;jhonfmosquera@gmail.com&gt; escribió:<br>"
    "<blockquote class=\"gmail_quote\">Presento recurso de reconsideración contra la Resolución 1402-2026/CEPR "
    "notificada el 18/11/2026. Adjunto el escrito.</blockquote></blockquote></div>" + GMAIL_TAIL,
    atts=[dict(name="reconsideracion_firmada.pdf", kind="signed",
               data=sign_pdf(_pdf010, "Jhon Freddy Mosquera Palacios"))],
    label=dict(procedure="reconsideracion", notif="2026-11-18", fields=dict(
        nombres="Jhon Freddy Mosquera Palacios", nacionalidad="CO", documento_identidad="1077435882",
        telefono="+573124489021", correo="jhonfmosquera@gmail.com",
        motivo="fui declarado objetivo militar por un grupo armado")))

# ------------------------------------------------------------------ 011
_pdf011 = text_pdf([
    "#SUMILLA: RECURSO DE APELACIÓN",
    "Expediente N° 2024-11873",
    "Resolución N° 0951-2026/CEPR",
    "",
    "SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:",
    "",
    "MARÍA FERNANDA ROJAS ÁLAMO,",
    "de nacionalidad venezolana, con pasaporte N° 140223871 y cédula de identidad V-17.445.290,",
    "domiciliada en Calle Las Begonias 340, Santa Anita,",
    "teléfono 964 021 557, correo mf.rojasalamo@gmail.com,",
    "ante usted me presento y digo:",
    "",
    "#PETITORIO",
    "Interpongo RECURSO DE APELACIÓN contra la Resolución N° 0951-2026/CEPR, notificada el 13 de octubre de "
    "2026, que declaró infundado mi recurso de reconsideración y confirmó la denegatoria de mi solicitud, a fin "
    "de que el superior jerárquico la revoque y me reconozca la condición de refugiada.",
    "",
    "#FUNDAMENTOS DE HECHO",
    "1. Fui funcionaria del Consejo Nacional Electoral en el estado Lara y me negué a alterar actas en 2024; "
    "desde entonces recibí amenazas de muerte y fui despedida.",
    "2. La Comisión consideró que se trataba de un conflicto laboral, sin valorar el carácter político de la "
    "persecución ni el informe de la Misión Internacional Independiente de la ONU.",
    "3. La resolución carece de motivación suficiente respecto de la prueba ofrecida.",
    "",
    "#FUNDAMENTOS DE DERECHO",
    "Artículos 218 y 220 del TUO de la Ley N° 27444; Ley N° 27891 y su Reglamento.",
    "",
    "#ANEXOS",
    "1-A Copia del pasaporte. 1-B Carta de despido. 1-C Capturas de las amenazas recibidas.",
    "",
    "Lima, 26 de octubre de 2026",
    "",
    "María Fernanda Rojas Álamo",
])
add(file="011-apelacion-ong-outlook-datos-solo-en-pdf.eml", tz="UTC", mailbox=M, recv="2026-10-26 16:45:30",
    from_=("Área Legal - Asociación Caminos de Acogida", "legal@caminosdeacogida.org.pe"), to=[M],
    subject="Recurso de Apelación", mid="<PH0PR10MB5588E7D2B1A9C0F3@PH0PR10MB5588.namprd10.prod.outlook.com>",
    kind="html", cte="b64",
    html=OUTLOOK_HEAD + P(
        "Señores", "Mesa de Partes del Ministerio de Relaciones Exteriores", "",
        "Por encargo de nuestra usuaria, remitimos adjunto el recurso de apelación firmado digitalmente, con sus "
        "anexos, para su trámite ante la Comisión Especial para los Refugiados.", "",
        "Agradeceremos remitir el cargo a este correo y al correo de la recurrente indicado en el escrito.", "",
        "Saludos cordiales,", "") +
    table([["<b>Paola Vílchez Ramos</b><br>Abogada - Área Legal", "Asociación Caminos de Acogida<br>"
            "Av. Arequipa 2450, Lince - Lima"],
           ["T. (01) 265-8890<br>M. +51 981 440 276", "legal@caminosdeacogida.org.pe<br>"
            "www.caminosdeacogida.org.pe"]], cls="sig") + OUTLOOK_TAIL,
    atts=[dict(name="Apelacion_firmada.pdf", kind="signed", data=sign_pdf(_pdf011, "Maria Fernanda Rojas Alamo"))],
    label=dict(procedure="apelacion", notif="2026-10-13", fields=dict(
        nombres="MARÍA FERNANDA ROJAS ÁLAMO", nacionalidad="VE", documento_identidad="140223871",
        telefono="+51964021557", correo="mf.rojasalamo@gmail.com",
        motivo="la Comisión consideró que se trataba de un conflicto laboral, sin valorar el carácter político")))

# ------------------------------------------------------------------ 012
_pdf012 = text_pdf([
    "#RECURSO DE APELACIÓN",
    "",
    "Señor Presidente de la Comisión Especial para los Refugiados",
    "",
    "Darwin Steven Castro Mendoza, ecuatoriano, cédula 0926384715, interpongo recurso de apelación contra la "
    "resolución que confirmó la denegatoria de mi solicitud, notificada con fecha 16/11/2026.",
    "",
    "Motivo: la Comisión confirmó la denegatoria sin evaluar las extorsiones de la banda que controla el barrio "
    "Socio Vivienda en Guayaquil, que asesinó a mi primo en 2025.",
    "",
    "Guayaquil / Lima, 24 de noviembre de 2026",
    "Darwin Steven Castro Mendoza",
])
add(file="012-apelacion-pdf-alterado-despues-de-firmar.eml", mailbox=M, recv="2026-11-25 14:02:19",
    from_=("Darwin Castro", "darwin.castro.ec@gmail.com"), to=[M], subject="Recurso de Apelacion - Darwin Castro",
    mid="<CAL9w2_0pT4fZ7+xQ8=mKd1sRy6@mail.gmail.com>", cte="8bit",
    body="""Señores de la Mesa de Partes:

Presento mi recurso de apelación. Mis datos:

Nombre: Darwin Steven Castro Mendoza
Nacionalidad: ecuatoriana
Cédula: 0926384715
Teléfono: 975-331-604
Correo: darwin.castro.ec@gmail.com
Motivo de la apelación: la Comisión confirmó la denegatoria sin evaluar las extorsiones de la banda que controla mi barrio en Guayaquil.

Adjunto el documento firmado.

Darwin Castro
""",
    atts=[dict(name="apelacion_darwin_castro.pdf", kind="altered",
               data=alter(sign_pdf(_pdf012, "Darwin Steven Castro Mendoza"), b"asesin", b"ASESIN"))],
    label=dict(procedure="apelacion", notif="2026-11-16", fields=dict(
        nombres="Darwin Steven Castro Mendoza", nacionalidad="EC", documento_identidad="0926384715",
        telefono="+51975331604", correo="darwin.castro.ec@gmail.com",
        motivo="la Comisión confirmó la denegatoria sin evaluar las extorsiones")))

# ------------------------------------------------------------------ 013
add(file="013-rv-apelacion-reenvio-propio-foto-firmada.eml", mailbox=M, recv="2026-12-31 10:00:09",
    from_=("Nelson Guerrero", "nelsonguerrero1975@gmail.com"), to=[M], subject="RV: Recurso de Apelación",
    mid="<CAB2kq7=Nw0oE3sG9vTf1xYd@mail.gmail.com>", cte="qp",
    body="""Buenos días, reenvío mi apelación porque por error la mandé al correo de refugiados y me dijeron que va a mesa de partes.

________________________________
De: Nelson Guerrero <nelsonguerrero1975@gmail.com>
Enviado: martes, 22 de diciembre de 2026 19:33
Para: refugiados@rree.gob.pe
Asunto: Recurso de Apelación

Señores CEPR

Yo Nelson Enrique Guerrero Lugo, venezolano, pasaporte 093348127, presento recurso de apelación contra la resolución que confirmó la denegatoria de mi refugio, notificada el 14 de diciembre de 2026.

Motivo: en mi país fui detenido dos veces por participar en protestas y eso no fue tomado en cuenta en la resolución.

Teléfono: 9 2278 4410

Adjunto el escrito firmado (foto).

Nelson Guerrero
""",
    atts=[dict(name="apelacion_firmada.jpg", kind="image", data=img_bytes(letter_image([
        "Lima 22 de diciembre de 2026",
        "Señores Comision Especial para los Refugiados",
        "Yo Nelson Enrique Guerrero Lugo pasaporte 093348127",
        "presento recurso de apelacion contra la resolucion",
        "que confirmo la denegatoria de mi refugio.",
        "Atentamente"], size=(1000, 1300), fsize=26), "JPEG"))],
    label=dict(procedure="apelacion", notif="2026-12-14", fields=dict(
        nombres="Nelson Enrique Guerrero Lugo", nacionalidad="VE", documento_identidad="093348127",
        telefono="+51922784410", correo="nelsonguerrero1975@gmail.com",
        motivo="fui detenido dos veces por participar en protestas")))

# ------------------------------------------------------------------ 014
_pdf014 = text_pdf([
    "#RECURSO DE APELACIÓN",
    "",
    "Yo, Mirlanda Joseph,",
    "de nacionalidad haitiana, pasaporte N° RD2847710,",
    "interpongo recurso de apelación contra la resolución de la Comisión Especial para los Refugiados que "
    "confirmó la denegatoria de mi solicitud.",
    "",
    "Motivo: la Comisión no tomó en cuenta que las pandillas quemaron mi casa en Croix-des-Bouquets y "
    "asesinaron a mi padre; no existe protección del Estado haitiano.",
    "",
    "Lima, 5 de noviembre de 2026",
    "Mirlanda Joseph",
])
add(file="014-apelacion-a-solicitantes-sin-telefono-derivado.eml", mailbox=S, recv="2026-11-06 16:29:40",
    from_=("Mirlanda Joseph", "mirlandajoseph@yahoo.fr"), to=[S], subject="Apelación",
    mid="<987654321.1122334.1794000580123@mail.yahoo.fr>", kind="html", cte="qp",
    html=GMAIL_HEAD + "<div>Bonjour / Buenos días,</div><div><br></div>"
    "<div>Envío mi recurso de apelación firmado.</div><div><br></div>"
    "<div>Mi esposo, Luis Manuel Peña Familia, de nacionalidad dominicana (cédula 402-2215874-3), también está "
    "incluido en mi expediente como dependiente.</div><div><br></div>"
    "<div>Correo: mirlandajoseph@yahoo.fr</div><div><br></div><div>Merci / Gracias</div>" + GMAIL_TAIL,
    atts=[dict(name="Apelacion Mirlanda Joseph.pdf", kind="signed", data=sign_pdf(_pdf014, "Mirlanda Joseph"))],
    label=dict(procedure="apelacion", fields=dict(
        nombres="Mirlanda Joseph", nacionalidad="HT", documento_identidad="RD2847710",
        correo="mirlandajoseph@yahoo.fr", motivo="las pandillas quemaron mi casa y asesinaron a mi padre")))

# ------------------------------------------------------------------ 015
_pdf015 = text_pdf([
    "Lima, 2 de noviembre de 2026",
    "",
    "Señores",
    "Comisión Especial para los Refugiados",
    "Ministerio de Relaciones Exteriores",
    "",
    "#Asunto: Renuncia a la condición de refugiado",
    "",
    "Yo, Alexis Rafael Montenegro Díaz,",
    "de nacionalidad venezolana, con cédula de identidad V-14.552.098",
    "y carné de extranjería N° 001764320,",
    "refugiado reconocido, comunico mi decisión libre y voluntaria de RENUNCIAR a la condición de refugiado "
    "que me fue reconocida por el Estado peruano.",
    "",
    "Motivo: he decidido retornar voluntariamente a Venezuela para reunirme con mi madre, que se encuentra "
    "gravemente enferma en Valencia.",
    "",
    "Teléfono de contacto: 945 880 216",
    "",
    "Agradezco al Perú por la protección brindada durante estos años.",
    "",
    "Alexis Rafael Montenegro Díaz",
])
add(file="015-renuncia-refugiado-retorno-pdf-firmado.eml", mailbox=M, recv="2026-11-03 09:30:00",
    from_=("Alexis Montenegro", "alexis.montenegro.ve@gmail.com"), to=[M],
    subject="Renuncia a la condición de refugiado", mid="<CAH1m0nT3n3gR0-8fQ2z@mail.gmail.com>", cte="qp",
    body="""Buenos días,

Adjunto mi carta de renuncia firmada digitalmente. Me despido agradecido con el Perú.

Alexis
""",
    atts=[dict(name="carta_renuncia.pdf", kind="signed", data=sign_pdf(_pdf015, "Alexis Rafael Montenegro Diaz"))],
    label=dict(procedure="renuncia", refugee=True, fields=dict(
        nombres="Alexis Rafael Montenegro Díaz", nacionalidad="VE", documento_identidad="V14552098",
        carne_extranjeria="001764320", telefono="+51945880216", correo="alexis.montenegro.ve@gmail.com",
        motivo="retornar voluntariamente a Venezuela para reunirme con mi madre")))

# ------------------------------------------------------------------ 016
add(file="016-renuncia-hija-por-padre-png-derivado.eml", mailbox=S, recv="2026-11-23 16:31:02",
    from_=("Daniela Suárez", "danisuarez.m@gmail.com"), to=[S],
    subject="Renuncia - Ramón Antonio Suárez Blanco", mid="<CAD5u4r3z_hQ1x9b@mail.gmail.com>", cte="qp",
    body="""Buenas tardes.

Les escribo en representación de mi padre, el señor Ramón Antonio Suárez Blanco, de nacionalidad venezolana, cédula V-5.447.910, solicitante de refugio, quien desea renunciar a su solicitud porque regresa a Venezuela, a Barquisimeto, a vivir con mi hermano. Él no maneja correo.

Adjunto la carta de renuncia que él firmó de su puño y letra.

Para cualquier contacto mi número es 933 507 268.

Atte. Daniela Suárez Mendoza (hija)
CE 002214785

Enviado desde mi teléfono Huawei
""",
    atts=[dict(name="carta_renuncia_firmada.png", kind="image", data=img_bytes(letter_image([
        "Lima, 20 de noviembre de 2026",
        "Señores de la Comision de Refugiados:",
        "Yo Ramon Antonio Suarez Blanco, C.I. 5.447.910",
        "renuncio a mi solicitud de refugio porque",
        "regreso a mi pais.",
        "Atentamente"], size=(900, 1200), fsize=24), "PNG"))],
    label=dict(procedure="renuncia", fields=dict(
        nombres="Ramón Antonio Suárez Blanco", nacionalidad="VE", documento_identidad="V5447910",
        telefono="+51933507268", correo="danisuarez.m@gmail.com",
        motivo="regresa a Venezuela, a Barquisimeto, a vivir con mi hermano")))

# ------------------------------------------------------------------ 017
add(file="017-renuncia-cubano-sin-adjunto-sin-carne.eml", mailbox=M, recv="2026-10-09 10:45:18",
    from_=("Osmany Ferrer", "osmanyferrer@gmail.com"), to=[M], subject="RENUNCIA",
    mid="<CAO5m4nY_Fe77r3r+Cb@mail.gmail.com>", cte="qp",
    body="""Por este medio yo Osmany Ferrer Cabrera, ciudadano cubano, carnet de identidad 86041209783, refugiado reconocido por el Perú, quiero renunciar a mi condición de refugiado ya que obtuve la residencia en España y me mudo el mes próximo.

Mi teléfono es +51 940 117 362.

Gracias.
""",
    label=dict(procedure="renuncia", refugee=True, fields=dict(
        nombres="Osmany Ferrer Cabrera", nacionalidad="CU", documento_identidad="86041209783",
        telefono="+51940117362", correo="osmanyferrer@gmail.com",
        motivo="obtuve la residencia en España y me mudo el mes próximo")))

# ------------------------------------------------------------------ 018
add(file="018-prorroga-residencia-completa.eml", mailbox=R, recv="2026-11-02 08:15:37",
    from_=("Carolina Bermúdez", "carobermudez_24@hotmail.com"), to=[R], subject="Prórroga de residencia",
    mid="<AM0PR02MB5571D2E8C0A1B93F@AM0PR02MB5571.eurprd02.prod.outlook.com>", cte="qp",
    body="""Señores Comisión Especial para los Refugiados

Solicito la prórroga anual de mi residencia como refugiada. Mis datos:

Nombres y apellidos: Carolina Isabel Bermúdez Ochoa
Sexo: Femenino
Nacionalidad: Venezuela
Pasaporte: 115209874
Carné de extranjería: 000918273
Fecha de nacimiento: 07/11/88
Teléfono: 962 154 337

Gracias
""",
    label=dict(procedure="prorroga_residencia", fields=dict(
        nombres="Carolina Isabel Bermúdez Ochoa", sexo="F", nacionalidad="VE", documento_identidad="115209874",
        carne_extranjeria="000918273", fecha_nacimiento="1988-11-07", telefono="+51962154337",
        correo="carobermudez_24@hotmail.com")))

# ------------------------------------------------------------------ 019
_rows019 = [["Nombres y apellidos", "Wilmer Agudelo Restrepo"], ["Sexo", "Masculino"],
            ["Nacionalidad", "colombiana"], ["Cédula de ciudadanía", "1.036.627.441"],
            ["Carné de extranjería", "002109836"], ["Fecha de nacimiento", "1984-02-29"],
            ["Celular", "+51 955 602 144"]]
add(file="019-prorroga-esposa-por-esposo-gmail-tabla.eml", mailbox=R, recv="2026-12-24 15:00:55",
    from_=("Luz Marina Cárdenas", "luzmarinacardenas@gmail.com"), to=[R],
    subject="Prórroga de residencia - Wilmer Agudelo", mid="<CAE8lUz_m4r1n4+c4rD3n4s@mail.gmail.com>",
    kind="alt", cte="qp",
    body="Buenas tardes, les escribo por encargo de mi esposo Wilmer Agudelo Restrepo para enviar su solicitud "
    "de prórroga de residencia. Sus datos:\n\n" +
    "\n".join("%s\t%s" % (a, b) for a, b in _rows019) +
    "\n\nYo también soy refugiada, mi carné es 002109851 y mi prórroga la enviaré aparte.\n\n"
    "Luz Marina Cárdenas de Agudelo\n",
    html=GMAIL_HEAD + "<div>Buenas tardes, les escribo por encargo de mi esposo Wilmer Agudelo Restrepo para "
    "enviar su solicitud de prórroga de residencia. Sus datos:</div><br>" + table(_rows019, cls="") +
    "<br><div>Yo también soy refugiada, mi carné es 002109851 y mi prórroga la enviaré aparte.</div><br>"
    "<div>Luz Marina Cárdenas de Agudelo</div>" + GMAIL_TAIL,
    label=dict(procedure="prorroga_residencia", fields=dict(
        nombres="Wilmer Agudelo Restrepo", sexo="M", nacionalidad="CO", documento_identidad="1036627441",
        carne_extranjeria="002109836", fecha_nacimiento="1984-02-29", telefono="+51955602144",
        correo="luzmarinacardenas@gmail.com")))

# ------------------------------------------------------------------ 020
add(file="020-renovacion-residencia-mesa-partes-incompleta.eml", mailbox=M, recv="2026-12-01 17:10:44",
    from_=("Byron Quiñónez", "byronq.1979@gmail.com"), to=[M], subject="Renovación de residencia",
    mid="<CAJ7b9r0n_Qz1979@mail.gmail.com>", cte="qp",
    body="""Hola buenas tardes quisiera renovar mi residencia de refugiado.

Byron Alfredo Quiñónez Cortez
ecuatoriano
cedula 0803517264
CE 001488206
telf 981 227 604
""",
    label=dict(procedure="prorroga_residencia", fields=dict(
        nombres="Byron Alfredo Quiñónez Cortez", nacionalidad="EC", documento_identidad="0803517264",
        carne_extranjeria="001488206", telefono="+51981227604", correo="byronq.1979@gmail.com")))

# ------------------------------------------------------------------ 021
add(file="021-re-prorroga-cita-respuesta-oficina.eml", mailbox=R, recv="2027-01-09 09:12:26",
    from_=("Ana Lucía Prieto", "analuprieto@gmail.com"), to=[R], subject="Re: Prórroga de residencia",
    mid="<CAN4lu_pr13t0G+x@mail.gmail.com>", irt="<r-2027-000031.reply@rree.gob.pe>", cte="qp",
    body="""Buenos días, completo lo que me pidieron:

Sexo: F
Fecha de nacimiento: 12 de agosto de 1991

El resto de mis datos van abajo en mi primer correo.

Ana Lucía

El mié, 6 ene 2027 a las 11:02, <refugiados@rree.gob.pe> escribió:
> Estimada Sra. Prieto:
>
> Hemos recibido su solicitud de Prórroga de Residencia (Registro R-2027-000031). Para atenderla, sírvase completar su sexo y su fecha de nacimiento en un plazo de dos (2) días hábiles.
>
> Atentamente,
> Secretaría Ejecutiva - Comisión Especial para los Refugiados
> Teléfono (01) 204-2638
>
> El lun, 4 ene 2027 a las 20:45, Ana Lucía Prieto <analuprieto@gmail.com> escribió:
>> Solicito prórroga de residencia.
>> Nombre completo: Ana Lucía Prieto Garcés
>> Nacionalidad: venezolana
>> Cédula: V-18.220.457
>> Carné de extranjería: 001902266
>> Celular: 924 650 318
""",
    label=dict(procedure="prorroga_residencia", fields=dict(
        nombres="Ana Lucía Prieto Garcés", sexo="F", nacionalidad="VE", documento_identidad="V18220457",
        carne_extranjeria="001902266", fecha_nacimiento="1991-08-12", telefono="+51924650318",
        correo="analuprieto@gmail.com")))

# ------------------------------------------------------------------ 022
_pdf022 = text_pdf([
    "#POLICÍA NACIONAL DEL PERÚ",
    "Región Policial Lima - Comisaría PNP Petit Thouars",
    "",
    "#COPIA CERTIFICADA DE DENUNCIA POLICIAL N° 21447-2026",
    "",
    "Fecha y hora del registro: 16/10/2026 20:40",
    "Denunciante: Gregorio José Lanz Urbina, de nacionalidad venezolana, pasaporte 102774519",
    "Hecho denunciado: hurto de billetera conteniendo carné de extranjería N° 001320775 y tarjetas bancarias,",
    "ocurrido en la estación Canaval y Moreyra del Metropolitano.",
    "",
    "Se expide la presente a solicitud del interesado para los fines que estime conveniente.",
    "",
    "SO2 PNP Julio César Huamán Ríos - Instructor",
])
add(file="022-duplicado-carne-extranjeria-denuncia-pdf.eml", mailbox=R, recv="2026-10-21 11:45:03",
    from_=("Gregorio Lanz", "gregoriolanz@gmail.com"), to=[R], subject="Duplicado de carné de extranjería",
    mid="<CAG1r3g_L4nz+Urb@mail.gmail.com>", cte="qp",
    body="""Buenos días.

Me robaron la billetera con mi carné de extranjería en el Metropolitano el 16/10. Adjunto la denuncia policial.

Nombres y apellidos: Gregorio José Lanz Urbina
Sexo: masculino
Nacionalidad: venezolano
N° de pasaporte: 102774519
N° de carné de extranjería: 001320775
Fecha de nacimiento: 3 de febrero de 1979
Teléfono: 991 045 378

Atentamente,
Gregorio Lanz
""",
    atts=[dict(name="denuncia_policial_PNP.pdf", kind="textpdf", data=_pdf022)],
    label=dict(procedure="duplicado_carne_extranjeria", fields=dict(
        nombres="Gregorio José Lanz Urbina", sexo="M", nacionalidad="VE", documento_identidad="102774519",
        carne_extranjeria="001320775", fecha_nacimiento="1979-02-03", telefono="+51991045378",
        correo="gregoriolanz@gmail.com", motivo="Me robaron la billetera con mi carné de extranjería")))

# ------------------------------------------------------------------ 023
add(file="023-duplicado-carnet-denuncia-solo-mencionada.eml", mailbox=R, recv="2026-11-16 16:29:12",
    from_=("Yusmary", "yusmary.pacheco@gmail.com"), to=[R], subject="duplicado de carnet",
    mid="<CAY9u5m_P4ch3c0@mail.gmail.com>", cte="qp",
    body="""Buenas tardes, solicito duplicado de mi carné de extranjería de refugiada porque se me dañó (se mojó y se borró la foto). Ya puse la denuncia en la comisaría de San Juan de Lurigancho pero todavía no me la entregan. Adjunto foto del carné dañado.

Yusmary Coromoto Pacheco Linares
Sexo F
Venezolana
Cédula V-20.118.653
CE 001655049
Nacida el 25-06-1992
Cel. 906 332 781
""",
    atts=[dict(name="foto_carne_antiguo.jpg", kind="image", data=img_bytes(letter_image(
        ["CARNÉ DE EXTRANJERÍA", "N° 001655049", "PACHECO LINARES", "YUSMARY COROMOTO"], scribble=False,
        size=(860, 540), font=_SANS, fsize=34), "JPEG"))],
    label=dict(procedure="duplicado_carne_extranjeria", fields=dict(
        nombres="Yusmary Coromoto Pacheco Linares", sexo="F", nacionalidad="VE", documento_identidad="V20118653",
        carne_extranjeria="001655049", fecha_nacimiento="1992-06-25", telefono="+51906332781",
        correo="yusmary.pacheco@gmail.com", motivo="se me dañó (se mojó y se borró la foto)")))

# ------------------------------------------------------------------ 024
_t024 = """Estimados:

Escribimos a pedido del Sr. Kelvin Alexander Rivas Tovar, refugiado reconocido, quien extravió su carné de extranjería el pasado fin de semana.

Sus datos son los siguientes: sexo masculino; nacionalidad venezolana; pasaporte 155908342; carné de extranjería 002006717; fecha de nacimiento 30 de diciembre de 1995; teléfono del Sr. Rivas: 987 554 019; correo del Sr. Rivas: kelvinrivas95@gmail.com.

Adjuntamos la denuncia policial escaneada.

Saludos,

Jimena Torres Alvarado
Trabajadora social
Fundación Puentes - Oficina de Atención al Refugiado
T. 01 7198844 | atencion@fundacionpuentes.org
"""
add(file="024-duplicado-ong-denuncia-jpg-derivado.eml", mailbox=S, recv="2026-12-15 10:10:21",
    from_=("Oficina de Atención al Refugiado - Fundación Puentes", "atencion@fundacionpuentes.org"), to=[S],
    subject="Duplicado de carné de extranjería – Sr. Kelvin Rivas", mid="<5f0e3a.20261215.101000@fundacionpuentes.org>",
    kind="alt", cte="b64", body=_t024,
    html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in _t024.split("\n\n")) +
    "</body></html>",
    atts=[dict(name="denuncia_comisaria_Surquillo.jpg", kind="image", data=img_bytes(letter_image(
        ["POLICIA NACIONAL DEL PERU - COMISARIA SURQUILLO", "Denuncia N. 8841-2026",
         "Perdida de documentos: carne de extranjeria", "Denunciante: RIVAS TOVAR KELVIN ALEXANDER"],
        scribble=False, size=(1100, 700), font=_SANS, fsize=26), "JPEG"))],
    label=dict(procedure="duplicado_carne_extranjeria", refugee=True, fields=dict(
        nombres="Kelvin Alexander Rivas Tovar", sexo="M", nacionalidad="VE", documento_identidad="155908342",
        carne_extranjeria="002006717", fecha_nacimiento="1995-12-30", telefono="+51987554019",
        correo="kelvinrivas95@gmail.com", motivo="extravió su carné de extranjería")))

# ------------------------------------------------------------------ 025
_pdf025 = text_pdf([
    "#SOLICITUD DE AUTORIZACIÓN DE VIAJE (URGENCIA)",
    "",
    "Nombres y apellidos: Marbelis del Carmen Ortega Silva",
    "Carné de extranjería: 001877342",
    "Teléfono: 915 660 279",
    "Destino: Quito, Ecuador",
    "Fecha de salida: 10/01/27",
    "Fecha de retorno: 24/01/27",
    "",
    "Motivo: mi padre, Sr. Ramiro Ortega, será sometido a una cirugía cardíaca en el Hospital Metropolitano "
    "de Quito y soy su única hija; necesito acompañarlo durante la operación y la recuperación.",
    "",
    "Menores que viajan conmigo (bajo mi responsabilidad):",
    "- Sofía Valentina Ortega Silva, carné de extranjería 002331904",
    "- Camila Andrea Ortega Silva, carné de extranjería 002331912",
    "",
    "Lima, 15 de diciembre de 2026",
    "Marbelis del Carmen Ortega Silva",
])
add(file="025-autorizacion-viaje-firmada-quito-hijas.eml", mailbox=R, recv="2026-12-16 09:50:13",
    from_=("Marbelis Ortega", "marbelisortega@gmail.com"), to=[R], subject="Autorización de Viaje",
    mid="<CAM4rb3l1s_0rt3g4@mail.gmail.com>", cte="qp",
    body="""Buenos días,

Adjunto mi solicitud de autorización de viaje firmada. Viajo con mis dos hijas, Sofía (CE 002331904) y Camila (CE 002331912), cuyos datos también van en el documento.

Muchas gracias,
Marbelis
""",
    atts=[dict(name="solicitud_viaje_firmada.pdf", kind="signed",
               data=sign_pdf(_pdf025, "Marbelis del Carmen Ortega Silva"))],
    label=dict(procedure="autorizacion_viaje", fields=dict(
        nombres="Marbelis del Carmen Ortega Silva", carne_extranjeria="001877342", telefono="+51915660279",
        destino="Quito, Ecuador", fecha_salida="2027-01-10", fecha_retorno="2027-01-24",
        correo="marbelisortega@gmail.com", motivo="mi padre será sometido a una cirugía cardíaca")))

# ------------------------------------------------------------------ 026
add(file="026-autorizacion-viage-escaneado-sin-retorno.eml", mailbox=R, recv="2026-11-29 20:00:40",
    from_=("Jorge Luis Pérez", "jlperez.cu@gmail.com"), to=[R], subject="Autorizacion de viage",
    mid="<CAJ0rg3_Lu1s+P3r3z@mail.gmail.com>", cte="qp",
    body="""Saludos, adjunto la solicitud firmada a mano y escaneada.

Necesito viajar a La Habana, Cuba por el fallecimiento de mi abuela, salgo el 4 de diciembre de 2026. El regreso todavía no lo sé, depende de los trámites del sepelio.

Jorge Luis Pérez Almeida
Carné de extranjería 001599460
Teléfono 998 664 120
""",
    atts=[dict(name="solicitud_autorizacion_viaje.pdf", kind="scan", data=scan_pdf([
        "Lima, 29 de noviembre de 2026",
        "Señores Comision Especial para los Refugiados",
        "Solicito autorizacion de viaje a La Habana, Cuba,",
        "por el fallecimiento de mi abuela.",
        "Jorge Luis Perez Almeida - CE 001599460",
        "Atentamente"]))],
    label=dict(procedure="autorizacion_viaje", fields=dict(
        nombres="Jorge Luis Pérez Almeida", carne_extranjeria="001599460", telefono="+51998664120",
        destino="La Habana, Cuba", fecha_salida="2026-12-04", correo="jlperez.cu@gmail.com",
        motivo="el fallecimiento de mi abuela")))

# ------------------------------------------------------------------ 027
add(file="027-permiso-viaje-mesa-partes-sin-firma-derivado.eml", tz="UTC", mailbox=M, recv="2027-01-08 13:00:58",
    from_=("Rosmery Villegas", "rosmery.villegas@outlook.es"), to=[M], subject="Permiso de viaje urgente",
    mid="<VI1PR07MB6230A8B7C6D5E4F3@VI1PR07MB6230.eurprd07.prod.outlook.com>", kind="html", cte="b64",
    html=OUTLOOK_HEAD + P(
        "Señores:", "",
        "Por medio de la presente solicito autorización de viaje urgente a Santiago de Chile, motivo: audiencia de "
        "custodia de mi hija, que vive con su padre allá, programada por el Juzgado de Familia.", "",
        "Fecha de salida: 20/01/2027", "Fecha de retorno: 03/02/2027", "",
        "Nombre: Rosmery Alejandra Villegas Mora", "Carné de Extranjería: 002417566",
        "Teléfono: +51 970 312 884", "", "Gracias de antemano.", "", "Rosmery V.") + OUTLOOK_TAIL,
    label=dict(procedure="autorizacion_viaje", fields=dict(
        nombres="Rosmery Alejandra Villegas Mora", carne_extranjeria="002417566", telefono="+51970312884",
        destino="Santiago de Chile", fecha_salida="2027-01-20", fecha_retorno="2027-02-03",
        correo="rosmery.villegas@outlook.es", motivo="audiencia de custodia de mi hija")))

# ------------------------------------------------------------------ 028
add(file="028-carne-solicitante-suspendido.eml", mailbox=S, recv="2026-10-29 10:40:17",
    from_=("Edgar Linares", "edgarlinares.r@gmail.com"), to=[S], subject="Carné de solicitante",
    mid="<CAE6d9r_L1n4r3s@mail.gmail.com>", cte="qp",
    body="""Buenos días, ya completé mi registro con foto y huellas en agosto y quisiera saber cuándo me programan la cita para recoger mi carné de solicitante.

Edgar Rafael Linares Rojas, pasaporte 117733092, cel 947 226 501.

Gracias.
""",
    label=dict(procedure="carne_solicitante", fields=dict(
        nombres="Edgar Rafael Linares Rojas", documento_identidad="117733092", telefono="+51947226501",
        correo="edgarlinares.r@gmail.com")))

# ------------------------------------------------------------------ 029
_t029 = """Hola, se me perdió mi carné de solicitante de refugio en el bus y necesito el duplicado. Ya hice la denuncia.

Mi nombre es Keyla Mendoza Guerra, cédula V-27.340.118, teléfono 951 882 047.

Gracias
"""
add(file="029-duplicado-carnet-de-solicitante-suspendido.eml", mailbox=S, recv="2027-01-16 12:33:09",
    from_=("Keyla Mendoza", "keylamendozag@hotmail.com"), to=[S], subject="Duplicado de carnet",
    mid="<PA4PR08MB7281B3C2D1E0F9A8@PA4PR08MB7281.eurprd08.prod.outlook.com>", kind="alt", cte="qp",
    body=_t029, html=OUTLOOK_HEAD + P(*_t029.split("\n")) + OUTLOOK_TAIL,
    label=dict(procedure="carne_solicitante", fields=dict(
        nombres="Keyla Mendoza Guerra", documento_identidad="V27340118", telefono="+51951882047",
        correo="keylamendozag@hotmail.com", motivo="se me perdió mi carné de solicitante de refugio en el bus")))

# ------------------------------------------------------------------ 030
add(file="030-solicitud-refugio-portal-a-mesa-partes.eml", mailbox=M, recv="2026-10-13 19:22:45",
    from_=("Wilfredo Parra", "wparra1990@gmail.com"), to=[M], subject="Solicitud de refugio",
    mid="<CAW1lfr3d0_P4rr4@mail.gmail.com>", cte="qp",
    body="""Buenas noches, soy venezolano, llegué al Perú hace dos semanas y quiero pedir refugio porque en mi país me amenazaron por denunciar corrupción en mi trabajo. ¿Cómo hago la solicitud?

Mi nombre es Wilfredo José Parra Núñez, cédula 23.556.019, teléfono 912 003 588.
""",
    label=dict(procedure="solicitud_refugio", fields=dict(
        nombres="Wilfredo José Parra Núñez", nacionalidad="VE", documento_identidad="23556019",
        telefono="+51912003588", correo="wparra1990@gmail.com",
        motivo="en mi país me amenazaron por denunciar corrupción en mi trabajo")))

# ------------------------------------------------------------------ 031
add(file="031-solicitud-refugio-ong-familia-tabla.eml", mailbox=R, recv="2026-11-09 11:30:32",
    from_=("Servicio de Acogida - Red Solidaria Migrante", "acogida@redsolidariamigrante.org"), to=[R],
    subject="Solicitud de refugio - familia Ortiz Lemus", mid="<20261109163005.3ab1@redsolidariamigrante.org>",
    kind="html", cte="qp",
    html="<html><body><p>Estimados señores:</p>"
    "<p>La familia Ortiz Lemus, de nacionalidad hondureña, llegó a Lima la semana pasada y desea solicitar "
    "refugio. El titular es el Sr. Marvin Alexis Ortiz Lemus. Los integrantes son:</p>" +
    table([["<b>Nombre</b>", "<b>Parentesco</b>", "<b>Documento</b>", "<b>Fecha de nacimiento</b>"],
           ["Marvin Alexis Ortiz Lemus", "Titular", "Pasaporte G4418207", "14/05/1987"],
           ["Dilcia Marisol Cruz Banegas", "Esposa", "Pasaporte G4418299", "02/09/1989"],
           ["Ángel Ortiz Cruz", "Hijo", "-", "11/01/2016"]], cls="") +
    "<p>Contacto del Sr. Ortiz: WhatsApp +504 9876-5432.</p>"
    "<p>¿Podrían indicarnos cómo registrar la solicitud? Les agradecemos de antemano.</p>"
    "<p>Patricia Salas Guerrero<br>Coordinadora - Servicio de Acogida<br>Red Solidaria Migrante<br>"
    "Cel. 955 210 344 | acogida@redsolidariamigrante.org</p></body></html>",
    label=dict(procedure="solicitud_refugio", fields=dict(
        nombres="Marvin Alexis Ortiz Lemus", nacionalidad="HN", documento_identidad="G4418207",
        fecha_nacimiento="1987-05-14", telefono="+50498765432", correo="acogida@redsolidariamigrante.org")))

# ------------------------------------------------------------------ 032
add(file="032-autorizacion-trabajo-portal-android.eml", mailbox=S, recv="2026-11-19 12:12:12",
    from_=("Johana Rincón", "johanarincon@gmail.com"), to=[S], subject="Autorización de trabajo",
    mid="<DS0PR12MB7654.android.4417@outlook.com>", cte="qp",
    body="""Buenas tardes, mi autorización de trabajo vence el 30 de noviembre y quiero renovarla porque en mi trabajo me la piden actualizada.

Johana Paola Rincón Vargas, colombiana, CC 1.098.765.432, cel +57 315 220 8841

Obtener Outlook para Android
""",
    label=dict(procedure="autorizacion_trabajo", fields=dict(
        nombres="Johana Paola Rincón Vargas", nacionalidad="CO", documento_identidad="1098765432",
        telefono="+573152208841", correo="johanarincon@gmail.com",
        motivo="en mi trabajo me la piden actualizada")))

# ------------------------------------------------------------------ 033
add(file="033-fwd-permiso-trabajo-tia-reenvia.eml", mailbox=S, recv="2026-12-20 08:55:19",
    from_=("Gladys Hurtado", "gladyshurtado58@hotmail.com"), to=[S], subject="Fwd: permiso de trabajo",
    mid="<MW4PR03MB6651C1D2E3F4A5B6@MW4PR03MB6651.namprd03.prod.outlook.com>", cte="qp",
    body="""Les reenvío el mensaje de mi sobrina. Por favor ayúdenla.
Gladys

---------- Forwarded message ---------
De: Eliana Hurtado <elianahurtado.2000@gmail.com>
Date: sáb, 19 dic 2026 a las 18:05
Subject: permiso de trabajo
To: Gladys Hurtado <gladyshurtado58@hotmail.com>


Tía porfa envía esto a refugio:

Soy Eliana Sofía Hurtado Ramos, pasaporte 149003276. Quiero sacar la nueva autorización de trabajo pero el sistema no me deja. Mi número 923 118 064.
""",
    label=dict(procedure="autorizacion_trabajo", fields=dict(
        nombres="Eliana Sofía Hurtado Ramos", documento_identidad="149003276", telefono="+51923118064",
        correo="gladyshurtado58@hotmail.com")))

# ------------------------------------------------------------------ 034
add(file="034-entrevista-registro-reprogramar-latin1.eml", mailbox=S, recv="2026-12-08 09:00:03",
    from_=("Daniel Ferreira", "danielferreira.gil@gmail.com"), to=[S],
    subject="Entrevista de registro - reprogramación", subj_cs="iso-8859-1",
    mid="<CAD4n13l_F3rr31r4@mail.gmail.com>", cs="iso-8859-1", cte="b64",
    body="""Estimados,

Tengo mi entrevista de registro programada para el 11/12/2026 a las 10:00, pero ese día tengo una cirugía en el Hospital Loayza. ¿Es posible reprogramarla?

Daniel Eduardo Ferreira Gil
V-26.004.118
tel. 959 337 210
""",
    label=dict(procedure="entrevista_registro", fields=dict(
        nombres="Daniel Eduardo Ferreira Gil", documento_identidad="V26004118", telefono="+51959337210",
        correo="danielferreira.gil@gmail.com", motivo="ese día tengo una cirugía en el Hospital Loayza")))

# ------------------------------------------------------------------ 035
add(file="035-consulta-entrevista-cuerpo-decide.eml", mailbox=M, recv="2027-01-22 10:00:00",
    from_="mari.c.lopez@gmail.com", to=[M], subject="Consulta",
    mid="<CAM4r1_cL0p3z@mail.gmail.com>", cte="qp",
    body="""Hola, quería preguntar cuánto demora que me llegue la fecha de la entrevista de registro.

Gracias,
María Cristina López Duarte
""",
    label=dict(procedure="entrevista_registro", fields=dict(
        nombres="María Cristina López Duarte", correo="mari.c.lopez@gmail.com")))

# ------------------------------------------------------------------ 036
add(file="036-consulta-estado-expediente-triage.eml", mailbox=R, recv="2026-10-28 16:50:31",
    from_=("Ramiro Gutiérrez", "ramirogutierrez77@gmail.com"), to=[R], subject="Consulta",
    mid="<CAR4m1r0_Gt77@mail.gmail.com>", cte="qp",
    body="""Buenas tardes, quisiera saber en qué estado se encuentra mi caso, Exp. N° 2023-08841.

Ramiro Antonio Gutiérrez Pinto
venezolano, pasaporte 098812455
teléfono +58 414 552 3190 (WhatsApp)
""",
    label=dict(procedure=None, fields=dict(
        nombres="Ramiro Antonio Gutiérrez Pinto", nacionalidad="VE", documento_identidad="098812455",
        telefono="+584145523190", correo="ramirogutierrez77@gmail.com")))

# ------------------------------------------------------------------ 037
add(file="037-reconsideracion-o-apelacion-abogado-triage.eml", mailbox=M, recv="2026-11-30 11:11:11",
    from_=("Estudio Jurídico Salinas", "esalinas.abogado@gmail.com"), to=[M],
    subject="Reconsideración / Apelación - consulta sobre plazo", mid="<CAE5s4l1n4s_4b0g@mail.gmail.com>",
    cte="qp",
    body="""Señores:

Mi patrocinado, el Sr. Franklin Ramón Torrealba Mujica (pasaporte 131178045), recibió la resolución de su expediente la semana pasada. Antes de presentar el recurso que corresponda, quisiera confirmar si procede interponer reconsideración o directamente apelación, y cuál es el plazo en cada caso.

Atte.,

Abg. Ernesto Salinas Chávez
CAL 44107
cel. 999 208 117
""",
    label=dict(procedure=None, fields=dict(
        nombres="Franklin Ramón Torrealba Mujica", documento_identidad="131178045", telefono="+51999208117",
        correo="esalinas.abogado@gmail.com")))

# ------------------------------------------------------------------ 038
add(file="038-urgente-sin-tramite-triage.eml", mailbox=S, recv="2026-12-26 14:48:50",
    from_=("Carmen Delia Rondón", "carmendrondon@yahoo.com"), to=[S], subject="URGENTE!!!",
    mid="<1733001122.3344556.1798321730000@mail.yahoo.com>", cte="qp",
    body="""Por favor necesito que alguien me llame urgente para una consulta sobre mi caso!! Gracias.

Carmen Delia Rondón
961 442 090

Enviado desde Yahoo Mail para Android
""",
    label=dict(procedure=None, fields=dict(
        nombres="Carmen Delia Rondón", telefono="+51961442090", correo="carmendrondon@yahoo.com")))

# ------------------------------------------------------------------ 039
add(file="039-respuesta-automatica-abogada-ignorado.eml", mailbox=S, recv="2026-10-16 08:00:07",
    from_=("Dra. Patricia Núñez", "pnunez@nunezabogados.pe"), to=[S],
    subject="Respuesta automática: Cambio de clave y contraseña", mid="<autoreply.7731.20261016@nunezabogados.pe>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], cte="qp",
    body="""Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 26 de octubre, con acceso limitado al correo.

Para asuntos urgentes, comunicarse con mi asistente al 998 776 554.

Dra. Patricia Núñez
Núñez Abogados
""",
    label=dict(procedure="cambio_clave", ignorado=True, fields={}))

# ------------------------------------------------------------------ 040
_recv040 = "2026-11-17 13:30:22"
_r040 = lima(_recv040)
_bnd = "----=_NDR_9f3c2a71b5e04d"
RAW040 = ("Delivered-To: refugiados@rree.gob.pe\r\n"
          "Received: from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2070.outbound.protection.outlook.com [40.107.243.70])\r\n"
          "\tby mx1.rree.gob.pe (Postfix) with ESMTPS id 4Tq8Zk2m\r\n"
          "\tfor <refugiados@rree.gob.pe>; %s\r\n"
          "From: postmaster@outlook.com\r\n"
          "To: refugiados@rree.gob.pe\r\n"
          "Date: %s\r\n"
          "Subject: =?utf-8?q?Undeliverable=3A_Pr=C3=B3rroga_de_residencia?=\r\n"
          "Message-ID: <ndr.5c1e0b7a-2f44-4b1d-9a8e-3f2c71d0e6aa@outlook.com>\r\n"
          "Auto-Submitted: auto-replied\r\n"
          "MIME-Version: 1.0\r\n"
          "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n"
          "\r\n"
          "--%s\r\n"
          "Content-Type: text/plain; charset=\"utf-8\"\r\n"
          "Content-Transfer-Encoding: 7bit\r\n"
          "\r\n"
          "Delivery has failed to these recipients or groups:\r\n"
          "\r\n"
          "wilmer.agudelo.r84@hotmail.com\r\n"
          "The email address you entered couldn't be found. Please check the recipient's email address and try\r\n"
          "to resend the message.\r\n"
          "\r\n"
          "--%s\r\n"
          "Content-Type: message/delivery-status\r\n"
          "\r\n"
          "Reporting-MTA: dns;DM6PR12MB4417.namprd12.prod.outlook.com\r\n"
          "Arrival-Date: %s\r\n"
          "\r\n"
          "Final-Recipient: rfc822;wilmer.agudelo.r84@hotmail.com\r\n"
          "Action: failed\r\n"
          "Status: 5.1.10\r\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n"
          "\r\n"
          "--%s\r\n"
          "Content-Type: text/rfc822-headers\r\n"
          "\r\n"
          "From: refugiados@rree.gob.pe\r\n"
          "To: wilmer.agudelo.r84@hotmail.com\r\n"
          "Subject: =?utf-8?q?Pr=C3=B3rroga_de_residencia?=\r\n"
          "Date: %s\r\n"
          "\r\n"
          "--%s--\r\n") % (format_datetime(_r040), format_datetime(_r040.astimezone(dt.timezone.utc)), _bnd, _bnd,
                           _bnd, format_datetime(_r040), _bnd, format_datetime(_r040 - dt.timedelta(minutes=1)), _bnd)
add(file="040-undeliverable-prorroga-ignorado.eml", mailbox=R, recv=_recv040, from_="postmaster@outlook.com",
    to=[R], subject="Undeliverable: Prórroga de residencia", mid="-", raw=RAW040.encode("ascii"),
    label=dict(procedure="prorroga_residencia", ignorado=True, fields={}))

# ------------------------------------------------------------------ 041
add(file="041-boletin-lista-correo-ignorado.eml", mailbox=M, recv="2026-11-22 07:00:00",
    from_=("Boletín Red Migrante", "boletin@redmigrante.org"), to=[M],
    subject="Boletín informativo N° 47 - noviembre 2026", mid="<bol47.20261122.0700@lists.redmigrante.org>",
    headers=[("List-Id", "Boletin Red Migrante <boletin.lists.redmigrante.org>"), ("Precedence", "bulk"),
             ("List-Unsubscribe", "<mailto:leave-boletin@lists.redmigrante.org>")],
    kind="html", cte="qp",
    html="<html><body><h2>Boletín Red Migrante N° 47</h2>"
    "<p>En este número: novedades sobre la autorización de trabajo virtual, el recurso de apelación ante la "
    "Comisión, la prórroga de residencia y el duplicado de carné de extranjería. Además, la agenda de talleres "
    "de diciembre en Lima, Trujillo y Arequipa.</p>"
    "<p>Si no desea recibir más este boletín, responda con la palabra BAJA.</p></body></html>",
    label=dict(procedure=None, ignorado=True, fields={}))

# ------------------------------------------------------------------ 042
add(file="042-reenvio-interno-desde-refugiados-ignorado.eml", mailbox=S, recv="2027-01-11 09:40:44",
    from_=("Refugiados CEPR", R), to=[S], subject="RV: Actualización de datos",
    mid="<SA1PR09MB8800A0B1C2D3E4F5@SA1PR09MB8800.namprd09.prod.outlook.com>", cte="qp",
    body="""Se deriva por corresponder.

Unidad de Refugiados

________________________________
De: Jesús Salazar <jesus.salazar.m@gmail.com>
Enviado: viernes, 8 de enero de 2027 18:20
Para: refugiados@rree.gob.pe
Asunto: Actualización de datos

Buenas, quiero actualizar mi teléfono: 934 778 201. Soy Jesús Manuel Salazar Méndez, venezolano, pasaporte 126604498.
""",
    label=dict(procedure="actualizacion_datos", ignorado=True, fields={}))

# ------------------------------------------------------------------ 043
_h043 = (OUTLOOK_HEAD + P(
    "<b>SUMILLA:</b> Interpone recurso de apelación", "<b>Expediente:</b> N° 2025-02231", "",
    "<b>SEÑOR PRESIDENTE DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS:</b>", "",
    "RICARDO ZEVALLOS PEÑA, abogado con Reg. CAL N° 39112, identificado con DNI N° 09876543, con domicilio "
    "procesal en Jr. Lampa 1115, of. 304, Cercado de Lima, y casilla electrónica rzevallos.abogado@gmail.com, "
    "teléfono 01 447-1122, en representación de YONATHAN ALEXANDER HERRERA CAMPOS, de nacionalidad venezolana, "
    "identificado con cédula de identidad N° V-25.663.401, con domicilio real en Mz. K Lt. 8, AA.HH. Santa Rosa, "
    "Puente Piedra, teléfono 978 445 210, correo yonathanherrera.c@gmail.com, a usted digo:", "",
    "<b>I. PETITORIO</b>",
    "Interpongo RECURSO DE APELACIÓN contra la Resolución N° 1050-2026/CEPR, notificada el 15/10/2026, que "
    "declaró infundado el recurso de reconsideración de mi patrocinado, solicitando que sea revocada y se le "
    "reconozca la condición de refugiado.", "",
    "<b>II. FUNDAMENTOS DE HECHO</b>",
    "1. Mi patrocinado fue funcionario de la Guardia Nacional Bolivariana y desertó en 2019 tras negarse a "
    "reprimir manifestaciones; por ello es considerado traidor y tiene abierto un proceso en la jurisdicción "
    "militar.",
    "2. La resolución impugnada afirma que la deserción es un delito común; no obstante, la pena desproporcionada "
    "y el contexto de persecución política configuran persecución por opinión política imputada.",
    "3. La Comisión no valoró los informes del ACNUR sobre desertores venezolanos.", "",
    "<b>III. FUNDAMENTOS DE DERECHO</b>",
    "Artículos 218, 220 y 221 del TUO de la Ley N° 27444; artículo 3 de la Ley N° 27891; Directrices del ACNUR "
    "sobre objetores de conciencia.", "",
    "<b>IV. MEDIOS PROBATORIOS Y ANEXOS</b>",
    "1-A Copia de la cédula. 1-B Acta de deserción. 1-C Informes de país.", "",
    "<b>POR TANTO:</b> A usted pido elevar el presente recurso al superior jerárquico.", "",
    "Lima, 20 de noviembre de 2026", "",
    "Ricardo Zevallos Peña", "Abogado - CAL 39112") + OUTLOOK_TAIL)
add(file="043-apelacion-abogado-cuerpo-largo-sin-firma-extemporaneo.eml", mailbox=M, recv="2026-11-20 17:30:15",
    from_=("Abg. Ricardo Zevallos Peña", "rzevallos.abogado@gmail.com"), to=[M],
    subject="Recurso de apelación - Exp. 2025-02231 - Sr. Yonathan Herrera",
    mid="<CAR1c4rd0_Z3v4ll0s@mail.gmail.com>", kind="html", cte="qp", html=_h043,
    label=dict(procedure="apelacion", notif="2026-10-15", fields=dict(
        nombres="YONATHAN ALEXANDER HERRERA CAMPOS", nacionalidad="VE", documento_identidad="V25663401",
        telefono="+51978445210", correo="yonathanherrera.c@gmail.com",
        motivo="desertó en 2019 tras negarse a reprimir manifestaciones")))

# ------------------------------------------------------------------ 044
_pdf044 = text_pdf([
    "#Sumilla: Recurso de reconsideración",
    "",
    "Señor Presidente de la Comisión Especial para los Refugiados",
    "",
    "Nathalie Beauvoir,",
    "de nacionalidad haitiana, pasaporte N° HA1186403,",
    "teléfono 936 771 502,",
    "señalo como correo para notificaciones migrantes.psmp@gmail.com (Parroquia San Martín de Porres),",
    "ante usted me presento y digo:",
    "",
    "Que interpongo recurso de reconsideración contra la resolución que denegó mi solicitud, notificada con "
    "fecha 22/12/2026.",
    "",
    "Fundamento: presento como nueva prueba el certificado médico legal y la constancia de la Oficina de "
    "Protección Ciudadana de Haití que acreditan la violencia sexual sufrida por parte de la pandilla que "
    "controla Martissant, hecho que no pude relatar en la entrevista.",
    "",
    "Lima, 14 de enero de 2027",
    "Nathalie Beauvoir",
])
add(file="044-reconsideracion-parroquia-pdf-firmado-ultimo-dia.eml", mailbox=M, recv="2027-01-15 11:00:36",
    from_=("Parroquia San Martín de Porres - Oficina de Migrantes", "migrantes.psmp@gmail.com"), to=[M],
    subject="Recurso de reconsideración - Sra. Nathalie Beauvoir", mid="<CAP4rr0q_SMP+m1gr4nt3s@mail.gmail.com>",
    kind="alt", cte="qp",
    body="""Señores de Mesa de Partes:

Desde la Oficina de Migrantes de la Parroquia San Martín de Porres remitimos el recurso de reconsideración de la Sra. Nathalie Beauvoir, firmado digitalmente con nuestro apoyo, y copia de su pasaporte.

La señora no tiene correo propio; por ello ha señalado el de esta oficina para las notificaciones.

Dios les bendiga,

P. Julio César Mendoza Farfán
Párroco
Parroquia San Martín de Porres - Oficina de Migrantes
Av. Perú 3320, San Martín de Porres
Cel. 999 410 225 | migrantes.psmp@gmail.com
""",
    html=GMAIL_HEAD + "<div>Señores de Mesa de Partes:</div><br><div>Desde la Oficina de Migrantes de la Parroquia "
    "San Martín de Porres remitimos el recurso de reconsideración de la Sra. Nathalie Beauvoir, firmado "
    "digitalmente con nuestro apoyo, y copia de su pasaporte.</div><br><div>La señora no tiene correo propio; por "
    "ello ha señalado el de esta oficina para las notificaciones.</div><br><div>Dios les bendiga,</div><br>"
    "<div>-- <br><b>P. Julio César Mendoza Farfán</b><br>Párroco<br>Parroquia San Martín de Porres - Oficina de "
    "Migrantes<br>Av. Perú 3320, San Martín de Porres<br>Cel. 999 410 225 | migrantes.psmp@gmail.com</div>"
    + GMAIL_TAIL,
    atts=[dict(name="Reconsideracion_Beauvoir.pdf", kind="signed", data=sign_pdf(_pdf044, "Nathalie Beauvoir")),
          dict(name="pasaporte.jpg", kind="image", data=img_bytes(letter_image(
              ["REPUBLIQUE D'HAITI - PASSEPORT", "HA1186403", "BEAUVOIR", "NATHALIE"], scribble=False,
              size=(900, 600), font=_SANS, fsize=32), "JPEG"))],
    label=dict(procedure="reconsideracion", notif="2026-12-22", fields=dict(
        nombres="Nathalie Beauvoir", nacionalidad="HT", documento_identidad="HA1186403", telefono="+51936771502",
        correo="migrantes.psmp@gmail.com",
        motivo="nueva prueba: certificado médico legal que acredita la violencia sufrida")))

# ------------------------------------------------------------------ 045
_fwd045 = table([["Nombres y apellidos", "Oriana Valentina Salcedo Medina"], ["Pasaporte", "136620984"],
                 ["Teléfono", "902 118 345"], ["Correo", "oriana.salcedo@outlook.com"]])
add(file="045-tr-canbio-clave-outlook-tabla-reenvio-propio.eml", tz="UTC", mailbox=S, recv="2026-10-27 16:31:20",
    from_=("Oriana Salcedo", "oriana.salcedo@outlook.com"), to=[S], subject="TR: Canbio de clave",
    mid="<LV3PR11MB8601F1E2D3C4B5A6@LV3PR11MB8601.namprd11.prod.outlook.com>", kind="html", cte="b64",
    html=OUTLOOK_HEAD + P("Buenas tardes,", "", "Reenvío mi pedido del día de ayer.", "",
                          "Oriana", "") +
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
    P("<b>De:</b> Oriana Salcedo &lt;oriana.salcedo@outlook.com&gt;",
      "<b>Enviado:</b> lunes, 26 de octubre de 2026 22:14",
      "<b>Para:</b> refugio.peru.ayuda@gmail.com",
      "<b>Asunto:</b> Cambio de clave") + "</div>" +
    P("", "Buenas noches, necesito el cambio de clave del sistema de refugio. Mis datos:", "") + _fwd045 +
    P("", "Gracias.") + OUTLOOK_TAIL,
    label=dict(procedure="cambio_clave", fields=dict(
        nombres="Oriana Valentina Salcedo Medina", documento_identidad="136620984", telefono="+51902118345",
        correo="oriana.salcedo@outlook.com")))

# ------------------------------------------------------------------ 046
add(file="046-fwd-actualisacion-datos-ce-en-asunto.eml", mailbox=S, recv="2026-11-11 15:15:49",
    from_=("Freddy Colmenares", "fcolmenares71@gmail.com"), to=[S],
    subject="Fwd: Actualisacion de datos - CE 001245873", mid="<CAF7r3dd_C0lm3n4r3s+2@mail.gmail.com>",
    cte="qp",
    body="""Olvidé poner mi teléfono, es el 984 203 617. Gracias.

---------- Forwarded message ---------
From: Freddy Colmenares <fcolmenares71@gmail.com>
Date: mié, 11 nov 2026 a las 14:50
Subject: Actualisacion de datos - CE 001245873
To: <solicitantesrefugio@rree.gob.pe>


Buenas tardes, soy refugiado reconocido, les envío mis datos actualizados.

Nacionalidad venezolana, pasaporte 077812340.
Nueva dirección: Urb. Santa Rosa Mz. F Lt. 12, Trujillo, La Libertad.

Atentamente,
Freddy José Colmenares Ávila
""",
    label=dict(procedure="actualizacion_datos", refugee=True, fields=dict(
        nombres="Freddy José Colmenares Ávila", nacionalidad="VE", documento_identidad="077812340",
        carne_extranjeria="001245873", telefono="+51984203617", correo="fcolmenares71@gmail.com")))

# ------------------------------------------------------------------ 047
_pdf047 = text_pdf([
    "#RENUNCIA A LA CONDICIÓN DE REFUGIADO",
    "",
    "Señores",
    "Comisión Especial para los Refugiados",
    "",
    "Yo, Álvaro Enrique Duque Salamanca,",
    "de nacionalidad colombiana,",
    "identificado con cédula de ciudadanía N° 80.114.529",
    "y carné de extranjería N° 000653981,",
    "en mi condición de refugiado reconocido, manifiesto mi voluntad libre e informada de renunciar a dicha "
    "condición, por cuanto he obtenido la residencia permanente en Canadá, a donde me trasladaré con mi familia.",
    "",
    "Teléfono de contacto: (+51) 942 876 311",
    "",
    "Lima, 1 de diciembre de 2026",
    "Álvaro Enrique Duque Salamanca",
])
add(file="047-renuncia-abogada-datos-solo-en-pdf.eml", mailbox=M, recv="2026-12-02 10:20:05",
    from_=("Lucía Paz Vargas - Abogada", "luciapaz.abogada@gmail.com"), to=[M],
    subject="Renuncia - escrito de renuncia a la condición de refugiado", mid="<CAL8uc14_P4z+V4rg4s@mail.gmail.com>",
    cte="qp",
    body="""Buenos días,

En representación de mi cliente remito el escrito de renuncia firmado digitalmente por él.

Saludos cordiales,

Lucía Paz Vargas
Abogada - CAL 66120
Cel. 989 005 147
""",
    atts=[dict(name="Escrito_renuncia.pdf", kind="signed", data=sign_pdf(_pdf047, "Alvaro Enrique Duque Salamanca"))],
    label=dict(procedure="renuncia", refugee=True, fields=dict(
        nombres="Álvaro Enrique Duque Salamanca", nacionalidad="CO", documento_identidad="80114529",
        carne_extranjeria="000653981", telefono="+51942876311", correo="luciapaz.abogada@gmail.com",
        motivo="he obtenido la residencia permanente en Canadá")))

# ------------------------------------------------------------------ 048
_pdf048 = text_pdf([
    "#POLICÍA NACIONAL DEL PERÚ - COMISARÍA PNP SAN MARTÍN DE PORRES",
    "",
    "#DENUNCIA POR HURTO N° 1187-2027",
    "",
    "Fecha: 18/01/2027 - Hora: 13:20",
    "Denunciante: Neida Josefina Bracho Urdaneta (cédula venezolana V-12.908.334)",
    "Hechos: refiere que en el mercado de Caquetá le sustrajeron un bolso con su carné de extranjería",
    "N° 001044587 y el pasaporte de su menor hijo Luis Ángel Bracho, N° 168820431.",
    "",
    "S3 PNP Miluska Torres Vela - Instructora",
])
add(file="048-duplicado-latin1-menciona-hijo-sin-sexo.eml", mailbox=R, recv="2027-01-22 16:40:10",
    from_=("Neida Bracho", "neidabracho@hotmail.com"), to=[R],
    subject="Duplicado de carné de extranjería", subj_cs="iso-8859-1",
    mid="<CH3PR04MB9922E1F0A2B3C4D5@CH3PR04MB9922.namprd04.prod.outlook.com>", cs="iso-8859-1", cte="qp",
    body="""Señores CEPR:

El 18 de enero me robaron el bolso en el mercado de Caquetá y allí estaba mi carné de extranjería. Solicito el duplicado. Adjunto la denuncia.

En el bolso también estaba el pasaporte de mi hijo Luis Ángel Bracho, N° 168820431, que ya reporté al consulado.

Nombre: Neida Josefina Bracho Urdaneta
Nacionalidad: Venezolana
Cédula: V-12.908.334
Carné de extranjería: 001044587
Fecha de nacimiento: 09/04/1974
Teléfono: 987 110 642

Atentamente
Neida Bracho
""",
    atts=[dict(name="denuncia_robo.pdf", kind="textpdf", data=_pdf048)],
    label=dict(procedure="duplicado_carne_extranjeria", fields=dict(
        nombres="Neida Josefina Bracho Urdaneta", nacionalidad="VE", documento_identidad="V12908334",
        carne_extranjeria="001044587", fecha_nacimiento="1974-04-09", telefono="+51987110642",
        correo="neidabracho@hotmail.com", motivo="me robaron el bolso en el mercado de Caquetá")))

# ------------------------------------------------------------------ 049
_pdf049 = text_pdf([
    "#SOLICITUD DE AUTORIZACIÓN DE VIAJE POR URGENCIA",
    "",
    "Señores Comisión Especial para los Refugiados:",
    "",
    "Yo, Henry Rafael Villalba Oropeza,",
    "con carné de extranjería N° 001366219,",
    "refugiado reconocido, solicito autorización de viaje por razones de urgencia.",
    "",
    "Motivo: fallecimiento de mi madre, Sra. Carmen Oropeza, ocurrido el 26 de enero de 2027.",
    "Lugar de destino: Caracas, Venezuela",
    "Fecha de salida: 30 de enero de 2027",
    "Fecha de retorno: 14 de febrero de 2027",
    "Teléfono: 917 338 402",
    "",
    "Lima, 27 de enero de 2027",
    "Henry Rafael Villalba Oropeza",
])
_t049 = """Estimados:

Remitimos la solicitud firmada digitalmente por el Sr. Henry Villalba, refugiado reconocido, quien necesita viajar de urgencia.

Sus datos de contacto: celular +51 917 338 402, correo henryvillalba.r@gmail.com.

Saludos cordiales,

Verónica Chumpitaz Rojas
Programa de Protección - Asociación Caminos de Acogida
(01) 265-8890 anexo 12 | proteccion@caminosdeacogida.org.pe
"""
add(file="049-autorizacion-viaje-ong-firmado-caracas.eml", mailbox=R, recv="2027-01-27 17:05:29",
    from_=("Programa de Protección - Asociación Caminos de Acogida", "proteccion@caminosdeacogida.org.pe"),
    to=[R], cc=[("Henry Villalba", "henryvillalba.r@gmail.com")],
    subject="AUTORIZACIÓN DE VIAJE - URGENTE - Sr. Henry Villalba",
    mid="<BN0PR10MB5030D4C3B2A1F0E9@BN0PR10MB5030.namprd10.prod.outlook.com>", kind="alt", cte="qp",
    body=_t049, html=OUTLOOK_HEAD + P(*_t049.split("\n")) + OUTLOOK_TAIL,
    atts=[dict(name="Solicitud_viaje_Villalba.pdf", kind="signed",
               data=sign_pdf(_pdf049, "Henry Rafael Villalba Oropeza"))],
    label=dict(procedure="autorizacion_viaje", refugee=True, fields=dict(
        nombres="Henry Rafael Villalba Oropeza", carne_extranjeria="001366219", telefono="+51917338402",
        correo="henryvillalba.r@gmail.com", destino="Caracas, Venezuela", fecha_salida="2027-01-30",
        fecha_retorno="2027-02-14", motivo="fallecimiento de mi madre")))

# ------------------------------------------------------------------ 050
add(file="050-prorroga-outlook-html-tabla-cubano.eml", tz="UTC", mailbox=R, recv="2027-01-29 10:05:16",
    from_=("Deivis Manrique", "deivis.manrique@outlook.com"), to=[R], subject="PRORROGA DE RESIDENCIA 2027",
    mid="<SJ0PR05MB7700E9F8A7B6C5D4@SJ0PR05MB7700.namprd05.prod.outlook.com>", kind="html", cte="qp",
    html=OUTLOOK_HEAD + P("Buenos días,", "", "Solicito la prórroga anual de mi residencia. Datos:", "") +
    table([["Nombre completo", "Deivis Manrique Rodríguez"], ["Sexo", "Masculino"], ["Nacionalidad", "CUB"],
           ["Carnet de identidad", "90062845117"], ["Carné de extranjería", "002198450"],
           ["Fecha de nacimiento", "28 de junio de 1990"], ["Teléfono", "(01) 715-4433"]]) +
    P("", "Mi esposa, de nacionalidad peruana, no requiere este trámite.", "", "Saludos,", "Deivis") +
    OUTLOOK_TAIL,
    label=dict(procedure="prorroga_residencia", fields=dict(
        nombres="Deivis Manrique Rodríguez", sexo="M", nacionalidad="CU", documento_identidad="90062845117",
        carne_extranjeria="002198450", fecha_nacimiento="1990-06-28", telefono="+5117154433",
        correo="deivis.manrique@outlook.com")))

# ------------------------------------------------------------------ 051
add(file="051-ayuda-cambio-clave-sin-telefono.eml", mailbox=S, recv="2026-10-31 13:27:41",
    from_=("Wendy Márquez", "wendymarquez.z@gmail.com"), to=[S], subject="Ayuda",
    mid="<A3C1E2F4-7B9D-4E0A-8C6B-2D1F0E9A8B7C@gmail.com>", cs="iso-8859-1", cte="qp",
    body="""Necesito el cambio de clave y contraseña por favor, porque no puedo ingresar al sistema.

Mi pasaporte es el 112094557.

Wendy Carolina Márquez Zambrano

Enviado desde mi iPhone
""",
    label=dict(procedure="cambio_clave", fields=dict(
        nombres="Wendy Carolina Márquez Zambrano", documento_identidad="112094557",
        correo="wendymarquez.z@gmail.com", motivo="no puedo ingresar al sistema")))
