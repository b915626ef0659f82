"""Field extraction (INTAKE.md section 3): every field's usual wordings, in normal form.

The cases are written the way applicants and clerks write: labels in any case, with or
without accents, "N°"/"Nro."/"#", values on the next line, tabs, NBSPs, bullets,
trailing periods, and running prose. Each row is one wording; a failure names it.
"""
from __future__ import annotations

import datetime as dt

import pytest

from mailbot.core.extract import (
    FieldExtractor,
    TextSource,
    norm_country,
    norm_date,
    norm_document,
    norm_phone,
    notified_on,
    says_recognised_refugee,
)
from mailbot.core.rules import load_rules
from mailbot.settings import INSTITUTIONAL_MAILBOXES

RULES_DIR = __import__("pathlib").Path(__file__).resolve().parent.parent / "rules"
EXTRACTOR = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES, load_rules(RULES_DIR).vocabulary)


def extract(body: str, subject: str = "", from_address: str = "remitente@gmail.com", attachment: str = "",
            procedure: str | None = None):
    sources = [TextSource("body", body), TextSource("subject", subject)]
    if attachment:
        sources.append(TextSource("adjunto:escrito.pdf", attachment))
    return EXTRACTOR.extract(sources, from_address, procedure=procedure)


TRAVEL_FIELDS = ("destino", "fecha_salida", "fecha_retorno")


def value(body: str, field: str, **kwargs) -> str | None:
    # travel plans written in prose are read in a travel request (docs/decisions.md)
    kwargs.setdefault("procedure", "autorizacion_viaje" if field in TRAVEL_FIELDS else None)
    found = extract(body, **kwargs).get(field)
    return found.value if found else None


# --- nombres ---------------------------------------------------------------------------

NOMBRES = [
    ("Nombres y Apellidos: Rosa Elena Quintero Malavé", "Rosa Elena Quintero Malavé"),
    ("NOMBRES Y APELLIDOS: LUIS ALBERTO GÓMEZ PARRA", "LUIS ALBERTO GÓMEZ PARRA"),
    ("Nombre completo: Wilmer José Rangel Díaz", "Wilmer José Rangel Díaz"),
    ("Apellidos y nombres: Rangel Díaz, Wilmer José", "Rangel Díaz, Wilmer José"),  # as written
    ("APELLIDOS Y NOMBRES: Rangel Díaz Wilmer José", "Rangel Díaz Wilmer José"),
    ("*NOMBRES Y APELLIDOS:* José Gregorio Parra Ruiz", "José Gregorio Parra Ruiz"),
    ("Nombres: Carmen   Julia  Ortega Salas.", "Carmen Julia Ortega Salas"),
    ("- Nombre: Pedro Luis Sánchez Mora", "Pedro Luis Sánchez Mora"),
    ("• Nombre y apellido: Yusmary Coromoto Pinto", "Yusmary Coromoto Pinto"),
    ("Nombres y apellidos:\tJean Pierre Joseph", "Jean Pierre Joseph"),
    ("Nombres y apellidos:\u00a0Jean Pierre Joseph", "Jean Pierre Joseph"),
    ("Nombres y apellidos:\nMarielys Andreina Torres Rivas\n", "Marielys Andreina Torres Rivas"),
    ("Solicitante: Oscar Eduardo Linares Peña", "Oscar Eduardo Linares Peña"),
    ("Yo, Génesis Carolina Ávila Mendoza, identificada con pasaporte 123456789, solicito...",
     "Génesis Carolina Ávila Mendoza"),
    ("Yo Daniel Alejandro Bravo Suárez, de nacionalidad venezolana, me dirijo...",
     "Daniel Alejandro Bravo Suárez"),
    ("Buenos días, mi nombre es Kervin Josué Mata Rojas y escribo para pedir...",
     "Kervin Josué Mata Rojas"),
    ("Mi nombre completo es Ana Lucía Fermín Castro.", "Ana Lucía Fermín Castro"),
    ("Me llamo Jhonny Alexander Ruiz Paz, tengo carné de extranjería.", "Jhonny Alexander Ruiz Paz"),
    ("Les pido el cambio de clave.\n\nAtentamente,\n\nMarlene Rosario Pacheco Díaz\n",
     "Marlene Rosario Pacheco Díaz"),
    ("Gracias de antemano.\n\nSaludos cordiales\nFrancisco Javier Díaz Lugo\nCel. 912 345 678",
     "Francisco Javier Díaz Lugo"),
    # presentations other than "Yo, ...": who signs, who writes (held-out fixture)
    ("Hola buenas noches, les escribe Génesis Carolina Mora Blanco, venezolana, solicitante de refugio.",
     "Génesis Carolina Mora Blanco"),
    ("Quien suscribe, Carmen Rosa Villalobos Díaz, de nacionalidad venezolana, interpongo recurso.",
     "Carmen Rosa Villalobos Díaz"),
    ("La suscrita, Norma Isabel Tovar Gil, identificada con pasaporte 123456789, solicito...",
     "Norma Isabel Tovar Gil"),
    # "Yo, NAME," followed by the condition rather than the identity document
    ("Yo, Yelitza Andreína Marcano Ruiz, refugiada reconocida de nacionalidad venezolana, solicito...",
     "Yelitza Andreína Marcano Ruiz"),
    ("Yo, Oswaldo Enrique Ramírez Tovar, solicitante de refugio, con pasaporte 123456789",
     "Oswaldo Enrique Ramírez Tovar"),
    # a signature with no closing word: the last line, apart, written as a name
    ("Envío mi apelación.\nTeléfono: 936 554 210\n\nKelly Johana Rojas Peña\n", "Kelly Johana Rojas Peña"),
    ("Solicito el cambio de clave.\n\nLUIS ALBERTO PAZ MORA", "LUIS ALBERTO PAZ MORA"),
    # the closing and the name on one line
    ("Olvidé mi contraseña.\nCel: 977 888 999\nAtte: Maryori Alejandra Peña Ruiz\n", "Maryori Alejandra Peña Ruiz"),
    ("Gracias.\nSaludos, Pedro José Lara Gil", "Pedro José Lara Gil"),
]


@pytest.mark.parametrize("body, expected", NOMBRES, ids=[row[0][:40] for row in NOMBRES])
def test_nombres(body: str, expected: str) -> None:
    """GIVEN a body that states the applicant's name in one usual way
    WHEN fields are extracted
    THEN `nombres` is the name as written, with single spaces and no trailing period."""
    assert value(body, "nombres") == expected


NOT_NAMES = [
    "Atentamente,\n\nEnviado desde mi iPhone",
    "Saludos,\n\nGracias por su atención",
    "Nombre: ",
    "Estimados señores de la Comisión Especial para los Refugiados",
    # a last line set apart is a signature only when it is written as a name
    "Solicito información.\n\nmuchas cosas pendientes",
    "Solicito información.\n\nMuy agradecida",
    "Solicito información.\n\nFeliz Navidad",
    "Atte: Enviado desde mi iPhone",
]


@pytest.mark.parametrize("body", NOT_NAMES)
def test_nombres_not_taken_from_boilerplate(body: str) -> None:
    """GIVEN a body whose closing or label holds no person's name
    WHEN fields are extracted
    THEN no `nombres` is reported (a device signature is not a name)."""
    assert value(body, "nombres") is None


def test_nombres_not_from_display_name() -> None:
    """GIVEN a body that never states a name
    WHEN fields are extracted
    THEN `nombres` is absent: the From display name is not a source."""
    assert "nombres" not in extract("Necesito ayuda con mi trámite.", from_address="chamo2000@gmail.com")


# --- nacionalidad ----------------------------------------------------------------------

NACIONALIDAD = [
    ("Nacionalidad: venezolana", "VE"),
    ("Nacionalidad: Venezuela", "VE"),
    ("NACIONALIDAD: VENEZOLANO", "VE"),
    ("Nacionalidad: VEN", "VE"),
    ("Nacionalidad: VE", "VE"),
    ("Nacionalidad:\tColombiana.", "CO"),
    ("Nacionalidad: colombiano", "CO"),
    ("Nacionalidad: Haití", "HT"),
    ("Nacionalidad: haitiana", "HT"),
    ("Nacionalidad: ecuatoriano", "EC"),
    ("Nacionalidad: peruana", "PE"),
    ("Nacionalidad: cubana", "CU"),
    ("País de origen: Venezuela", "VE"),
    ("País de nacionalidad: Colombia", "CO"),
    ("Yo, Ana Pérez Rondón, de nacionalidad venezolana, identificada con...", "VE"),
    ("Soy venezolana y vivo en Lima.", "VE"),
    ("Soy ciudadano colombiano residente en Trujillo.", "CO"),
    ("Nacionalidad:\nHaitiana\n", "HT"),
]


@pytest.mark.parametrize("body, expected", NACIONALIDAD, ids=[row[0][:40] for row in NACIONALIDAD])
def test_nacionalidad(body: str, expected: str) -> None:
    """GIVEN a country name, demonym (either gender) or code, labelled or in prose
    WHEN fields are extracted
    THEN `nacionalidad` is the ISO 3166-1 alpha-2 code."""
    assert value(body, "nacionalidad") == expected


@pytest.mark.parametrize("text, expected", [
    ("venezolana", "VE"), ("Venezuela", "VE"), ("VEN", "VE"), ("VE", "VE"), ("colombiano", "CO"),
    ("Haití", "HT"), ("haitiano", "HT"), ("ecuatoriana", "EC"), ("peruano", "PE"), ("Colombia.", "CO"),
    ("venezolana (con doble nacionalidad)", "VE"), ("nada", None),
])
def test_norm_country(text: str, expected: str | None) -> None:
    """GIVEN a nationality as written WHEN normalised THEN the alpha-2 code (or None)."""
    assert norm_country(text) == expected


# --- documento_identidad ---------------------------------------------------------------

DOCUMENTO = [
    ("Cédula: V-12.345.678", "V12345678"),
    ("C.I.: 14.567.890", "14567890"),
    ("CI: V 20.111.222", "V20111222"),
    ("Cédula de identidad: 18234567", "18234567"),
    ("Cédula de identidad venezolana N° 19.876.543", "19876543"),
    ("N° de pasaporte: 123456789", "123456789"),
    ("Nro. Pasaporte: 098765432", "098765432"),
    ("Pasaporte Nro: 112233445", "112233445"),
    ("Pasaporte N°: AB1234567", "AB1234567"),
    ("Número de pasaporte: 154367890", "154367890"),
    ("PASAPORTE: 123456789.", "123456789"),
    ("DNI: 45678912", "45678912"),
    ("Documento de identidad: V-15.222.333", "V15222333"),
    ("Número de documento: 22334455", "22334455"),
    ("Doc. identidad: 17.888.999", "17888999"),
    ("Documento: pasaporte 141516171", "141516171"),
    ("Cédula de ciudadanía: 1.098.765.432", "1098765432"),
    ("Cédula:\n27.456.789\n", "27456789"),
    ("Yo, Ana Pérez Rondón, identificada con cédula de identidad N° V-16.543.210, solicito", "V16543210"),
    ("identificado con pasaporte número 987654321, ante ustedes", "987654321"),
    ("Mi pasaporte es 135792468.", "135792468"),
    ("Pasaporte: 111222333\nCédula: 12.345.678", "111222333"),
    ("Cédula: 12.345.678 y pasaporte 111222333", "12345678"),
    ("Cédula de Identidad (C.I.): V-12.987.654", "V12987654"),
    ("N° de Documento de Identidad: 28.765.432", "28765432"),
    # abbreviated document labels (held-out fixture)
    ("NRO. DOC.: 25.887.412", "25887412"),
    ("Nro. Doc. 087654321", "087654321"),
    ("N° doc: V-14.222.333", "V14222333"),
    ("Num. de documento: AB123456", "AB123456"),
    ("Doc.: 112233445", "112233445"),
    # "es" / "el" before the number is a word, not a letter prefix of the document
    ("Mi DNI/pasaporte es 176543210.", "176543210"),
    ("Pasaporte es el 145236987", "145236987"),
    ("Mi pasaporte es AB123456", "AB123456"),
]


@pytest.mark.parametrize("body, expected", DOCUMENTO, ids=[row[0][:40] for row in DOCUMENTO])
def test_documento_identidad(body: str, expected: str) -> None:
    """GIVEN a passport or national ID number under one of its usual labels
    WHEN fields are extracted
    THEN `documento_identidad` is upper-case letters and digits only, the first stated."""
    assert value(body, "documento_identidad") == expected


def test_documento_is_not_the_carne() -> None:
    """GIVEN a body with only a carné de extranjería number
    WHEN fields are extracted
    THEN it is `carne_extranjeria`, not `documento_identidad`."""
    found = extract("Carné de extranjería N° 001234567")
    assert found["carne_extranjeria"].value == "001234567"
    assert "documento_identidad" not in found


@pytest.mark.parametrize("text, expected", [
    ("V-12.345.678", "V12345678"), ("v 12345678", "V12345678"), ("E-84.123.456", "E84123456"),
    ("123", None), ("ABCDEFG", None),
])
def test_norm_document(text: str, expected: str | None) -> None:
    """GIVEN a document number as written WHEN normalised THEN upper-case letters and digits."""
    assert norm_document(text) == expected


# --- carne_extranjeria -----------------------------------------------------------------

CARNE = [
    ("CE: 001234567", "001234567"),
    ("C.E. N° 002345678", "002345678"),
    ("C.E.: 003.456.789", "003456789"),
    ("Carné de Extranjería N° 004567890", "004567890"),
    ("carnet de extranjeria: 005678901", "005678901"),
    ("CARNÉ DE EXTRANJERÍA Nro. 006789012", "006789012"),
    ("Número de carné de extranjería: 007890123", "007890123"),
    ("N° de CE: 008901234", "008901234"),
    ("Carné de extranjería:\n009012345", "009012345"),
    ("mi carné de extranjería es 001122334", "001122334"),
    ("con carné de extranjería número 002233445, solicito", "002233445"),
    ("Carné de Extranjería (CE): 003344556", "003344556"),
    ("Carnet de extranjero N° 004455667", "004455667"),
]


@pytest.mark.parametrize("body, expected", CARNE, ids=[row[0][:40] for row in CARNE])
def test_carne_extranjeria(body: str, expected: str) -> None:
    """GIVEN a carné de extranjería number under one of its usual labels
    WHEN fields are extracted
    THEN `carne_extranjeria` is its digits only."""
    assert value(body, "carne_extranjeria") == expected


# --- telefono --------------------------------------------------------------------------

TELEFONO = [
    ("Teléfono: 987 654 321", "+51987654321"),
    # a few words between the label and its colon (held-out fixture)
    ("Adjunto mi número de teléfono que faltaba: 945 112 778.", "+51945112778"),
    ("Teléfono de mi casa: (01) 425-1234", "+5114251234"),
    ("Telefono: 987654321.", "+51987654321"),
    ("Celular: 987-654-321", "+51987654321"),
    ("Cel. 912 345 678", "+51912345678"),
    ("Cel: +51 912345678", "+51912345678"),
    ("WhatsApp: +58 414-123.4567", "+584141234567"),
    ("Teléfono: (+51) 998 877 665", "+51998877665"),
    ("Teléfono: (01) 423-4567", "+5114234567"),
    ("Teléfono móvil: 956 111 222", "+51956111222"),
    ("Telf. celular: 956 333 444", "+51956333444"),
    ("Telf.: 956 555 666", "+51956555666"),
    ("Tlf: 956 777 888", "+51956777888"),
    ("Número de contacto: 956 999 000", "+51956999000"),
    ("Número de celular:\n945 123 456", "+51945123456"),
    ("TELÉFONO:\t+51 945 654 321", "+51945654321"),
    ("Mi teléfono es 933 222 111", "+51933222111"),
    ("mi número es el 933 444 555", "+51933444555"),
    ("pueden llamarme al 933 666 777", "+51933666777"),
    ("Contacto: 933 888 999", "+51933888999"),
    ("Teléfono: 0051 944 555 666", "+51944555666"),
    ("Celular: +57 310 456 7890", "+573104567890"),
    ("Teléfono/Celular: 951 222 333", "+51951222333"),
    ("Cel/WhatsApp: 951 444 555", "+51951444555"),
    ("Teléfono (WhatsApp): 951 666 777", "+51951666777"),
]


@pytest.mark.parametrize("body, expected", TELEFONO, ids=[row[0][:40] for row in TELEFONO])
def test_telefono(body: str, expected: str) -> None:
    """GIVEN a phone number labelled or in prose, with or without country code
    WHEN fields are extracted
    THEN `telefono` is E.164 (Peru when no code is given; a given code is kept)."""
    assert value(body, "telefono") == expected


def test_telefono_not_a_document_number() -> None:
    """GIVEN a body with a passport number and no phone
    WHEN fields are extracted
    THEN no `telefono` is invented from the document number."""
    assert value("Pasaporte: 123456789", "telefono") is None


@pytest.mark.parametrize("text, expected", [
    ("987 654 321", "+51987654321"), ("+58 414-123.4567", "+584141234567"), ("12", None),
])
def test_norm_phone(text: str, expected: str | None) -> None:
    """GIVEN a phone as written WHEN normalised THEN E.164 or None."""
    assert norm_phone(text) == expected


# --- correo ----------------------------------------------------------------------------

CORREO = [
    ("Correo: Ana.Perez@Gmail.com", "ana.perez@gmail.com"),
    ("Correo electrónico: wilmer_r@hotmail.com.", "wilmer_r@hotmail.com"),
    ("E-mail: yusmary.p@outlook.es", "yusmary.p@outlook.es"),
    ("Email:\tkervin.mata@yahoo.com", "kervin.mata@yahoo.com"),
    ("Mi correo es daniel.bravo@gmail.com, gracias", "daniel.bravo@gmail.com"),
    ("Escríbanme a <carmen.ortega@gmail.com>", "carmen.ortega@gmail.com"),
    ("Envío copia a mesadepartes@rree.gob.pe.\nMi correo: luis.gomez@gmail.com", "luis.gomez@gmail.com"),
]


@pytest.mark.parametrize("body, expected", CORREO, ids=[row[0][:40] for row in CORREO])
def test_correo(body: str, expected: str) -> None:
    """GIVEN an address the applicant gives as theirs
    WHEN fields are extracted
    THEN `correo` is that address in lower case, never an institutional one."""
    assert value(body, "correo") == expected


@pytest.mark.parametrize("body, sender, expected", [
    ("Sin correo en el texto.", "Sender@Yahoo.ES", "sender@yahoo.es"),
    ("Escribo a refugiados@rree.gob.pe por mi trámite.", "ana@gmail.com", "ana@gmail.com"),
    ("Sin correo.", "mesadepartes@rree.gob.pe", None),
])
def test_correo_falls_back_on_sender(body: str, sender: str, expected: str | None) -> None:
    """GIVEN a body that gives no address of the applicant's
    WHEN fields are extracted
    THEN `correo` is the From address, lower-cased (never an institutional one)."""
    assert value(body, "correo", from_address=sender) == expected


# --- sexo --------------------------------------------------------------------------------

SEXO = [
    ("Sexo: Femenino", "F"), ("Sexo: masculino", "M"), ("SEXO: F", "F"), ("Sexo: M.", "M"),
    ("Sexo: mujer", "F"), ("Sexo: hombre", "M"), ("Género: Femenino", "F"), ("Genero: Masculino", "M"),
    ("Sexo:\nFemenino", "F"), ("- Sexo: F", "F"), ("de sexo femenino, nacida el 3 de mayo de 1990", "F"),
    ("Sexo (F/M): M", "M"),
]


@pytest.mark.parametrize("body, expected", SEXO, ids=[row[0][:30] for row in SEXO])
def test_sexo(body: str, expected: str) -> None:
    """GIVEN the applicant's sex as written
    WHEN fields are extracted
    THEN `sexo` is F or M."""
    assert value(body, "sexo") == expected


# --- dates -----------------------------------------------------------------------------

FECHA_NACIMIENTO = [
    ("Fecha de nacimiento: 15/03/1990", "1990-03-15"),
    ("Fecha de nacimiento: 15-03-1990", "1990-03-15"),
    ("Fecha de nacimiento: 15.03.1990", "1990-03-15"),
    ("Fecha de nacimiento: 15 de marzo de 1990", "1990-03-15"),
    ("Fecha de nacimiento: 1990-03-15", "1990-03-15"),
    ("Fecha de nacimiento: 5 de setiembre del 1990", "1990-09-05"),
    ("Fecha de nacimiento: 5 de Septiembre de 1990.", "1990-09-05"),
    ("Fecha nac.: 01/02/1985", "1985-02-01"),
    ("F. de nacimiento: 1/2/1985", "1985-02-01"),
    ("FECHA DE NACIMIENTO:\n07/07/1977", "1977-07-07"),
    ("Fecha de Nac: 30 abril 1992", "1992-04-30"),
    ("nacida el 3 de mayo de 1990 en Maracay", "1990-05-03"),
    ("nací el 12/12/1988", "1988-12-12"),
    # year first with slashes or dots: never read day first
    ("Fecha de nacimiento: 1990/04/22", "1990-04-22"),
    ("Fecha de nacimiento: 1990.04.22", "1990-04-22"),
]


@pytest.mark.parametrize("body, expected", FECHA_NACIMIENTO, ids=[row[0][:40] for row in FECHA_NACIMIENTO])
def test_fecha_nacimiento(body: str, expected: str) -> None:
    """GIVEN a birth date in one of the usual forms (day first)
    WHEN fields are extracted
    THEN `fecha_nacimiento` is an ISO date."""
    assert value(body, "fecha_nacimiento") == expected


@pytest.mark.parametrize("text, expected", [
    ("15/03/1990", "1990-03-15"), ("15-03-1990", "1990-03-15"), ("15 de marzo de 1990", "1990-03-15"),
    ("1990-03-15", "1990-03-15"), ("5 de setiembre del 1990", "1990-09-05"), ("31/02/1990", None),
    ("1° de enero de 2027", "2027-01-01"),
    ("1990/04/22", "1990-04-22"), ("1990.4.2", "1990-04-02"), ("1990/22/04", None),
])
def test_norm_date(text: str, expected: str | None) -> None:
    """GIVEN a date as written WHEN normalised THEN ISO (an impossible date gives None)."""
    assert norm_date(text) == expected


VIAJE = [
    ("Destino: Caracas, Venezuela\nFecha de salida: 10/12/2026\nFecha de retorno: 05/01/2027",
     {"destino": "Caracas, Venezuela", "fecha_salida": "2026-12-10", "fecha_retorno": "2027-01-05"}),
    ("Lugar de destino: Bogotá\nFecha de partida: 10 de diciembre de 2026\nFecha de regreso: 5 de enero de 2027",
     {"destino": "Bogotá", "fecha_salida": "2026-12-10", "fecha_retorno": "2027-01-05"}),
    ("País de destino: Chile.\nFecha de viaje: 2026-12-10\nFecha de vuelta: 2027-01-05",
     {"destino": "Chile", "fecha_salida": "2026-12-10", "fecha_retorno": "2027-01-05"}),
    ("DESTINO:\nQuito, Ecuador\nFECHA DE SALIDA:\n10/12/2026\nFECHA DE RETORNO:\n05/01/2027",
     {"destino": "Quito, Ecuador", "fecha_salida": "2026-12-10", "fecha_retorno": "2027-01-05"}),
    ("Necesito viajar a Valencia, Venezuela por la enfermedad grave de mi madre. "
     "Saldré el 10/12/2026 y regresaré el 05/01/2027.",
     {"destino": "Valencia, Venezuela", "fecha_salida": "2026-12-10", "fecha_retorno": "2027-01-05"}),
    ("Salida: 10/12/2026\nRetorno: 05/01/2027",
     {"fecha_salida": "2026-12-10", "fecha_retorno": "2027-01-05"}),
    ("Fecha de ida: 10/12/2026\nFecha de retorno al Perú: 05/01/2027",
     {"fecha_salida": "2026-12-10", "fecha_retorno": "2027-01-05"}),
    # one sentence: destination set off by a comma, dates as gerunds, reason at the end
    ("Solicito autorización de viaje a Bogotá, Colombia, saliendo el 10 de enero de 2027 y retornando "
     "el 31 de enero de 2027, para asistir al matrimonio de mi hija.",
     {"destino": "Bogotá, Colombia", "fecha_salida": "2027-01-10", "fecha_retorno": "2027-01-31",
      "motivo": "asistir al matrimonio de mi hija"}),
    ("Necesito viajar a Lima el 10/12/2026 y regresar el 20/12/2026 por trámites familiares.",
     {"destino": "Lima", "fecha_salida": "2026-12-10", "fecha_retorno": "2026-12-20"}),
    ("Pido permiso de viaje a Quito, Ecuador, partiendo el día 3 de febrero de 2027, con retorno el 20/02/2027.",
     {"destino": "Quito, Ecuador", "fecha_salida": "2027-02-03", "fecha_retorno": "2027-02-20"}),
]


@pytest.mark.parametrize("body, expected", VIAJE, ids=[row[0][:40] for row in VIAJE])
def test_viaje_fields(body: str, expected: dict[str, str]) -> None:
    """GIVEN a travel request stating destination and dates
    WHEN fields are extracted
    THEN `destino` is the place as written and the dates are ISO."""
    found = extract(body, procedure="autorizacion_viaje")
    assert {name: found[name].value for name in expected if name in found} == expected


# --- motivo ------------------------------------------------------------------------------

MOTIVO = [
    "Motivo: no estoy de acuerdo con la resolución que denegó mi solicitud",
    "MOTIVO DEL VIAJE: visitar a mi madre que está hospitalizada",
    "Motivo:\nmi padre falleció y debo asistir al sepelio",
    "El motivo de mi renuncia es que obtuve la nacionalidad española.",
    "Presento recurso de apelación porque la resolución no valoró las pruebas que adjunté.",
    "Solicito la renuncia debido a que regreso definitivamente a mi país.",
    "Fundamento mi recurso en que no se consideró mi situación de riesgo.",
]


@pytest.mark.parametrize("body", MOTIVO, ids=[row[:40] for row in MOTIVO])
def test_motivo_found(body: str) -> None:
    """GIVEN a stated reason, labelled or in prose
    WHEN fields are extracted
    THEN `motivo` is present (its wording is kept as written)."""
    assert value(body, "motivo")


def test_motivo_absent() -> None:
    """GIVEN a body with no reason at all
    WHEN fields are extracted
    THEN `motivo` is absent."""
    assert value("Adjunto mi recurso. Saludos.", "motivo") is None


# --- labelled forms, HTML tables and several sources ---------------------------------------

def test_full_form_in_upper_case_with_bullets() -> None:
    """GIVEN a form written in capitals with bullet characters and NBSPs
    WHEN fields are extracted
    THEN every field is read in normal form."""
    body = (
        "• NOMBRES Y APELLIDOS: MARÍA JOSÉ PÉREZ RONDÓN\n"
        "• NACIONALIDAD: VENEZOLANA\n"
        "• PASAPORTE N°:\u00a0123456789\n"
        "• CARNÉ DE EXTRANJERÍA N°: 001234567\n"
        "• CELULAR: 987 654 321\n"
        "• CORREO: MJPEREZ@GMAIL.COM\n"
        "• SEXO: FEMENINO\n"
        "• FECHA DE NACIMIENTO: 15/03/1990\n"
    )
    found = {name: fv.value for name, fv in extract(body).items()}
    assert found == {
        "nombres": "MARÍA JOSÉ PÉREZ RONDÓN", "nacionalidad": "VE", "documento_identidad": "123456789",
        "carne_extranjeria": "001234567", "telefono": "+51987654321", "correo": "mjperez@gmail.com",
        "sexo": "F", "fecha_nacimiento": "1990-03-15",
    }


def test_values_from_pdf_text_when_body_is_silent() -> None:
    """GIVEN a body with no data and a PDF whose text layer holds them
    WHEN fields are extracted
    THEN the values come from the attachment, and say so."""
    found = extract("Adjunto mi escrito.", attachment="Nombres: Ana Pérez Rondón\nDNI: 45678912\nCelular: 987654321")
    assert found["documento_identidad"].value == "45678912"
    assert found["documento_identidad"].source == "adjunto:escrito.pdf"
    assert found["telefono"].value == "+51987654321"


def test_field_records_its_rule() -> None:
    """GIVEN a labelled phone WHEN extracted THEN the value names the pattern that found it."""
    found = extract("Celular: 987654321")["telefono"]
    assert (found.source, found.rule) == ("body", "telefono/etiqueta")


# --- refugee status and notification ------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("Soy refugiado reconocido por el Estado peruano.", True),
    ("fui reconocida como refugiada en 2021", True),
    ("en mi condición de refugiada, solicito", True),
    ("Soy solicitante de refugio.", False),
    ("Quiero pedir refugio.", False),
    ("Aclaro que no soy refugiado reconocido, soy solicitante.", False),
    ("Aún no he sido reconocida como refugiada.", False),
    ("I am not a recognized refugee yet.", False),
    ("Todavía no tengo carné, pero soy refugiada reconocida.", True),
    ("No puedo trabajar porque soy refugiado reconocido.", True),
    ("No soy solicitante: soy refugiado reconocido.", True),
    ("no soy refugiado reconocido... mentira, en mi condición de refugiada solicito", True),
])
def test_says_recognised_refugee(body: str, expected: bool) -> None:
    """GIVEN a body that does or does not state recognised refugee status
    WHEN checked THEN the answer follows the wording (an applicant is not a refugee)."""
    assert says_recognised_refugee([TextSource("body", body)]) is expected


@pytest.mark.parametrize("body, expected", [
    ("la resolución me fue notificada el 2 de octubre de 2026", "2026-10-02"),
    ("Resolución notificado con fecha 02/10/2026.", "2026-10-02"),
    ("notificada a mi correo electrónico el día 2/10/2026", "2026-10-02"),
    ("Fui notificado el 02-10-2026 de la denegatoria", "2026-10-02"),
    ("La resolución fue notificada en fecha 2026-10-02", "2026-10-02"),
    ("Me notificaron el 2 de octubre de 2026", "2026-10-02"),
    ("No dice cuándo.", None),
])
def test_notified_on(body: str, expected: str | None) -> None:
    """GIVEN a recurso stating when the denial was notified
    WHEN the notification date is read THEN it is that date."""
    day = notified_on([TextSource("body", body)])
    assert (day.isoformat() if day else None) == expected


@pytest.mark.parametrize("body, received, expected", [
    ("Me fue notificada el 2 de octubre la resolución.", "2026-11-27", "2026-10-02"),
    ("notificado el 02/10 por correo", "2026-11-27", "2026-10-02"),
    ("notificada el 15 de diciembre", "2027-01-08", "2026-12-15"),  # last year's December
    ("notificada el 27 de noviembre", "2026-11-27", "2026-11-27"),  # the same day
    ("notificada el 28 de noviembre", "2026-11-27", "2025-11-28"),  # never in the future
    ("notificada el 31 de abril", "2026-11-27", None),  # no such day
    ("notificada el 2 de octubre de 2025", "2026-11-27", "2025-10-02"),  # a year given wins
])
def test_notified_on_a_date_without_its_year(body: str, received: str, expected: str | None) -> None:
    """GIVEN a notification date written without a year WHEN read for a message received
    on `received` THEN it is the last such day on or before it (people leave out the year
    of a recent date); without a received date nothing is guessed."""
    day = notified_on([TextSource("body", body)], dt.date.fromisoformat(received))
    assert (day.isoformat() if day else None) == expected
    if "de 2025" not in body:
        assert notified_on([TextSource("body", body)]) is None


@pytest.mark.parametrize("texts, expected", [
    (["Mi expediente es EXP-2026-000123."], ("EXP-2026-000123",)),
    (["exp-2025-000001 y EXP-2026-000002", "EXP-2025-000001"], ("EXP-2025-000001", "EXP-2026-000002")),
    (["Exp. 2023-2318 (el número antiguo)"], ()),
])
def test_expediente_refs(texts, expected):
    """GIVEN texts quoting this office's expediente numbers
    WHEN they are collected THEN each appears once, upper case, in order of appearance."""
    from mailbot.core.extract import expediente_refs

    sources = [TextSource(f"s{i}", text) for i, text in enumerate(texts)]
    assert expediente_refs(sources) == expected


# --- held-out wordings: prose appositions, English/French labels, causes ----------------

PROSE_FIELDS = [
    ("Les escribo. Jhon Jairo Castaño Ríos, colombiano, C.C. 98.765.432, tel 976 000 123",
     dict(nombres="Jhon Jairo Castaño Ríos", nacionalidad="CO", documento_identidad="98765432", telefono="+51976000123")),
    ("Perdí mi CE. Luis Alberto Vera Montes, masculino, ecuatoriano, cédula 0912345678, cel 901 234 567.",
     dict(nombres="Luis Alberto Vera Montes", sexo="M", nacionalidad="EC", documento_identidad="0912345678")),
    ("Necesito ayuda. Soy Yoel Martínez Batista, cubano, pasaporte J654321.",
     dict(nombres="Yoel Martínez Batista", nacionalidad="CU", documento_identidad="J654321")),
    ("Mi carné venció. Mariela Ochoa Paredes, DNI venezolano 19.876.543, cel. 955-666-777",
     dict(nombres="Mariela Ochoa Paredes", nacionalidad="VE", documento_identidad="19876543", telefono="+51955666777")),
    ("mi nombre es yorman jose silva torres, venezolano, C.I. 18.555.222",
     dict(nombres="yorman jose silva torres", nacionalidad="VE", documento_identidad="18555222")),
    ("Name / Nombre: Kevin Steven Ocampo Gil\nColombian passport: PE098123\nPhone: 987-654-321",
     dict(nombres="Kevin Steven Ocampo Gil", nacionalidad="CO", documento_identidad="PE098123", telefono="+51987654321")),
    ("Bonjour, je m'appelle Jean-Baptiste Pierre-Louis, de nacionalidad haitiana.",
     dict(nombres="Jean-Baptiste Pierre-Louis", nacionalidad="HT")),
    ("Me llamo Ramón Eduardo Colina Briceño, mi número 912 000 111.",
     dict(nombres="Ramón Eduardo Colina Briceño", telefono="+51912000111")),
    ("Saldría el 15-12-2026 y regresaría el 02/01/2027.",
     dict(fecha_salida="2026-12-15", fecha_retorno="2027-01-02")),
]


@pytest.mark.parametrize("body, expected", PROSE_FIELDS, ids=[row[0][:40] for row in PROSE_FIELDS])
def test_fields_in_prose_appositions_and_foreign_labels(body: str, expected: dict[str, str]) -> None:
    """GIVEN a body stating data in running prose ("Name, colombiano, C.C. ...") or with
    English/French labels ("Phone:", "Colombian passport:", "je m'appelle")
    WHEN fields are extracted
    THEN each stated value is found in normal form."""
    found = extract(body)
    assert {name: found[name].value for name in expected if name in found} == expected


NOT_A_NATIONALITY = [
    "Mi madre será operada en Bogotá, Colombia, la próxima semana.",
    "Viajaré a Caracas, Venezuela, por el sepelio.",
]


@pytest.mark.parametrize("body", NOT_A_NATIONALITY)
def test_country_name_in_prose_is_a_place_not_a_nationality(body: str) -> None:
    """GIVEN a country name set off by commas as a place
    WHEN fields are extracted
    THEN no `nacionalidad` is taken from it (only demonyms are appositions)."""
    assert value(body, "nacionalidad") is None


MOTIVO_MORE = [
    "Solicito autorización de viaje por emergencia: mi padre falleció en Caracas.",
    "Fundamento: no se evaluó el riesgo que corro en Táchira.",
    "Solicito que reconsideren la resolución, pues adjuntaré nueva prueba del juicio.",
]


@pytest.mark.parametrize("body", MOTIVO_MORE, ids=[row[:40] for row in MOTIVO_MORE])
def test_motivo_found_more_wordings(body: str) -> None:
    """GIVEN a reason introduced by "por emergencia:", a "Fundamento:" label or ", pues"
    WHEN fields are extracted THEN `motivo` is present."""
    assert value(body, "motivo")


@pytest.mark.parametrize("body", [
    "Por medio del presente solicito autorización de viaje urgente.",
    "Necesito el permiso de viaje por favor, es urgente.",
])
def test_motivo_not_from_travel_formula(body: str) -> None:
    """GIVEN a travel request whose "por" is a formula ("por medio", "por favor")
    WHEN fields are extracted THEN no `motivo` is invented."""
    assert value(body, "motivo") is None


# --- second held-out round: other languages, layouts and wordings ---------------------------

@pytest.mark.parametrize("body, field, expected", [
    # Portuguese labels; a surname that is also a place ("Lima") is kept after a label
    ("Nome completo: Thiago Henrique Barbosa Lima\n", "nombres", "Thiago Henrique Barbosa Lima"),
    ("Nacionalidade: venezuelana\n", "nacionalidad", "VE"),
    ("Passaporte nº 163452987\n", "documento_identidad", "163452987"),
    ("Telefone: 962 447 115\n", "telefono", "+51962447115"),
    # English labels
    ("Nationality: Nigerian\n", "nacionalidad", "NG"),
    ("Sex: Male\n", "sexo", "M"),
    ("Sex: female\n", "sexo", "F"),
    ("Date of birth: 21/06/1985\n", "fecha_nacimiento", "1985-06-21"),
    ("Foreigner ID card: 000612398\n", "carne_extranjeria", "000612398"),
    ("Destination: Dakar, Senegal\n", "destino", "Dakar, Senegal"),
    ("Departure date: 12/02/2027\n", "fecha_salida", "2027-02-12"),
    ("Return date: 26/02/2027\n", "fecha_retorno", "2027-02-26"),
    ("Reason: my father's surgery\n", "motivo", "my father's surgery"),
    ("I am a Cameroonian citizen and need help.\n", "nacionalidad", "CM"),
    ("Please help me.\n\nKind regards,\nPaul Etienne Mbarga\n", "nombres", "Paul Etienne Mbarga"),
    # a spreadsheet row pasted: label TAB value, no colon
    ("Nombres y apellidos\tMaría del Carmen de la Cruz Paredes\nCelular\t\t944 120 558\n", "nombres",
     "María del Carmen de la Cruz Paredes"),
    # month written first
    ("Fecha de nacimiento: agosto 7, 1988\n", "fecha_nacimiento", "1988-08-07"),
    ("Saldría el 5-ene-2027 y regresaría enero 20, 2027.\n", "fecha_retorno", "2027-01-20"),
    # the destination only in prose
    ("quiero ir a visitar a mi madre en Caracas porque está enferma.\n", "destino", "Caracas"),
    ("necesito viajar a ver a mi hermana mayor en San José de Cúcuta, Colombia.\n", "destino", "San José de Cúcuta, Colombia"),
    # a check letter written onto the digits of an ID number stays
    ("Cédula de identidad: 001-150388-0004K\n", "documento_identidad", "0011503880004K"),
    ("Pasaporte: 123456789 y cédula 11222333\n", "documento_identidad", "123456789"),
])
def test_second_round_wordings(body: str, field: str, expected: str) -> None:
    """GIVEN a field written in Portuguese, English, a pasted spreadsheet row, a month-first
    date or running prose WHEN extracted THEN its normal form is found."""
    assert value(body, field) == expected


def test_destination_prose_needs_a_trip() -> None:
    """GIVEN someone who lives here to look after a relative WHEN extracted THEN no destino."""
    assert value("Vivo en Lima para cuidar a mi madre en Trujillo.\n", "destino") is None


@pytest.mark.parametrize("subject, expected", [
    ("Cambio de clave - Ana Lucía del Valle Rojas - Pasaporte 145236001 - cel 987 001 234", "Ana Lucía del Valle Rojas"),
    ("Renovación de residencia - Rosa Elena de la Torre Gil - CE 000556644", "Rosa Elena de la Torre Gil"),
    ("Cambio De Clave - Urgente", None),
    ("RE: Registro REG-2027-000184 - Recurso de apelación - subsanar", None),
])
def test_name_in_a_subject_segment(subject: str, expected: str | None) -> None:
    """GIVEN a subject split by dashes and a body without a name WHEN extracted THEN a
    segment written as a name (no procedure words, no digits) is the name."""
    assert value("Por favor.\n", "nombres", subject=subject) == expected


def test_subject_segment_is_not_read_in_the_body() -> None:
    """GIVEN a body line with dashes WHEN extracted THEN it is not taken as a subject segment."""
    assert value("Horario - Lunes A Viernes - Oficina\n", "nombres") is None


def test_disclaimer_address_is_not_the_applicants() -> None:
    """GIVEN a corporate disclaimer naming another address WHEN the applicant text is read
    THEN correo falls back to the sender (via applicant_text, as the engine does)."""
    from mailbot.core.textclean import applicant_text
    body = ("Mi celular es 991 554 320.\n\nLuis Paz\n\nAVISO DE CONFIDENCIALIDAD: Este mensaje es confidencial. "
            "Si lo recibió por error, notifíquelo a seguridad@empresa.com.pe.\n")
    text = applicant_text(body, lambda a: a.endswith("@rree.gob.pe"))
    assert value(text, "correo", from_address="lpaz@empresa.com.pe") == "lpaz@empresa.com.pe"
    assert value(text, "telefono") == "+51991554320"


@pytest.mark.parametrize("text", [
    "Desde el año 2021 tengo reconocida la condición de refugiado en el Perú.",
    "Se me reconoció el estatus de refugiada en 2020.",
    "I am a recognized refugee.",
])
def test_recognised_refugee_wordings(text: str) -> None:
    assert says_recognised_refugee([TextSource("body", text)])


def test_recognition_request_is_not_recognition() -> None:
    assert not says_recognised_refugee([TextSource("body", "denegó mi solicitud de reconocimiento de la condición de refugiado")])


@pytest.mark.parametrize("text, expected", [
    ("enero 20, 2027", "2027-01-20"), ("agosto 7 de 1988", "1988-08-07"), ("Resolución 12, 2026", None),
])
def test_month_first_dates(text: str, expected: str | None) -> None:
    assert norm_date(text) == expected


# --- round 4: webmail and phone layouts ---------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    # every datum on one line, after a sentence: commas or hyphens between them
    ("Pido actualizar mis datos. Nombre: Luis Alberto Briceño Gómez, nacionalidad venezolana, pasaporte 127330918",
     "Luis Alberto Briceño Gómez"),
    ("Solicito cambio de clave. Nombre: Ana Karina Suárez León - Pasaporte: 151447093 - Celular: 926330871",
     "Ana Karina Suárez León"),
    ("Mis datos son: Nombres y apellidos: Oriana Valentina Gutiérrez Paz, pasaporte 158206394", "Oriana Valentina Gutiérrez Paz"),
    ("Mis datos: Wilfredo Antonio Salas Ochoa - sexo masculino - pasaporte 118336402", "Wilfredo Antonio Salas Ochoa"),
    # emoji before the label
    ("Hola 👋\n\n👤 Nombre completo: Dayana Alejandra Rivas Torres\n📱 Celular: 945 120 887\n", "Dayana Alejandra Rivas Torres"),
    # the name above the phone's own line, or after the "-- " signature delimiter
    ("Olvidé mi clave.\nPasaporte 148220367\n\nRosa Elena Quispe Marcano\n\nEnviado desde mi iPhone\n", "Rosa Elena Quispe Marcano"),
    ("Olvidé mi clave.\nPasaporte 148220367\n\nRosa Elena Quispe Marcano\n\nSent from Yahoo Mail for Android", "Rosa Elena Quispe Marcano"),
    ("Solicito la prórroga.\n\nAtentamente,\n\n--\nJhon Edison Cardona Restrepo\n", "Jhon Edison Cardona Restrepo"),
    ("Solicito la prórroga.\nCelular: 951002347\n\n-- \nJhon Edison Cardona Restrepo\n", "Jhon Edison Cardona Restrepo"),
    # a relative writes for the applicant: the applicant's name, not the writer's signature
    ("Escribo en nombre de mi hermano Jhonny Rafael Colmenares Paz, venezolano, pasaporte 144902316.\n\n"
     "Atentamente,\nYolimar Colmenares Paz\n", "Jhonny Rafael Colmenares Paz"),
    ("Les escribo en representación de mi madre Carmen Elena Ruiz de Pérez, quien no usa correo.\n\nSaludos,\nAna Pérez Ruiz",
     "Carmen Elena Ruiz de Pérez"),
])
def test_names_in_webmail_and_phone_layouts(body: str, expected: str) -> None:
    assert value(body, "nombres") == expected


def test_name_label_mid_sentence_needs_a_colon() -> None:
    assert value("Escribo en nombre propio, no de otra persona.", "nombres") is None


@pytest.mark.parametrize("body, field, expected", [
    ("Datos: Luis Briceño, nacionalidad venezolana, pasaporte 127330918", "nacionalidad", "VE"),
    ("Nacionalidad colombiana - cédula 1098776321", "nacionalidad", "CO"),
    ("cambié de teléfono, celular nuevo 913 880 425", "telefono", "+51913880425"),
    ("📱 Celular: 945 120 887 🙏", "telefono", "+51945120887"),
    ("Destino: Bogotá, Colombia ✈️", "destino", "Bogotá, Colombia"),
])
def test_one_line_and_emoji_fields(body: str, field: str, expected: str) -> None:
    assert value(body, field) == expected
