"""Recognisers and context (mailbot/core/extract): values read where no labelled line
holds them -- in prose, in other layouts, in other languages -- and values that belong to
someone else left out. Each row is one way people write; a failure names it.

GIVEN a text as an applicant (or someone on their behalf) writes it
WHEN the extractor reads it with the vocabulary of rules/vocabulary.toml
THEN the field holds the applicant's value in normal form (or nothing), with the label or
cue that placed it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mailbot.core.extract import FieldExtractor, TextSource, notified_on, parse_vocabulary
from mailbot.core.rules import RulesError, load_rules
from mailbot.settings import INSTITUTIONAL_MAILBOXES

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
VOCABULARY = load_rules(RULES_DIR).vocabulary
EXTRACTOR = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES, VOCABULARY)
RECEIVED = dt.date(2026, 12, 4)


def fields(body: str, procedure: str | None = None) -> dict:
    found = EXTRACTOR.extract([TextSource("body", body), TextSource("subject", "")], "remitente@gmail.com",
                              received=RECEIVED, procedure=procedure)
    return {name: value.value for name, value in found.items() if name != "correo"}


@pytest.mark.parametrize("body, field, expected", [
    # phones in prose and with other separators
    ("me pueden ubicar por WhatsApp al 987 654 321 a cualquier hora", "telefono", "+51987654321"),
    ("cel 9 8765 4321", "telefono", "+51987654321"),
    ("Móvil - +51 987 654 321", "telefono", "+51987654321"),
    ("Teléfono\t987654321", "telefono", "+51987654321"),
    ("Telefòn: +509 3712 3456", "telefono", "+50937123456"),
    ("Nimewo telefòn mwen se +509 3712 3456", "telefono", "+50937123456"),
    ("mi numero de celular 987654321 y mi cedula 12345678", "telefono", "+51987654321"),
    ("teléfono (01) 330-4512", "telefono", "+5113304512"),
    # not a Peruvian number, a valid one of the country the applicant comes from
    ("mi cel 0414-1234567", "telefono", "+584141234567"),
    ("cel 312 445 9087", "telefono", "+573124459087"),
    # documents introduced in prose or by local names, misspelt labels
    ("Yo, Ana María Ruiz Paz, identificada con pasaporte N.º 123456789, venezolana", "documento_identidad", "123456789"),
    ("Me llamo Carlos Pérez, C.C. 1.020.345.678", "documento_identidad", "1020345678"),
    ("mi carnet de identidad cubano es 85010112345", "documento_identidad", "85010112345"),
    ("Cedula de indentidad: V-14.567.890", "documento_identidad", "V14567890"),
    ("Carné de extrangeria 001234567", "carne_extranjeria", "001234567"),
    ("Bonjou, mwen se Jean Robert Louis, mwen gen paspò haitien PP1234567", "documento_identidad", "PP1234567"),
    ("Hi, I am Peter Smith and my passport number is AB1234567", "documento_identidad", "AB1234567"),
    # names: run-on lower case, role words, other languages
    ("soy maria perez lopez pasaporte 145678901 quiero cambiar mi clave", "nombres", "maria perez lopez"),
    ("hola buenas noches mi nombre es luis alberto rojas mendez y necesito cambiar la clave", "nombres", "luis alberto rojas mendez"),
    ("TITULAR - José Gregorio Mata Ruiz\nDNI: 44556677", "nombres", "José Gregorio Mata Ruiz"),
    ("El solicitante: Pedro Páramo Ruiz", "nombres", "Pedro Páramo Ruiz"),
    ("Mwen rele Jean Baptiste Pierre, paspò RD1234567", "nombres", "Jean Baptiste Pierre"),
    ("Olá, meu nome é João Carlos da Silva, sou venezuelano", "nombres", "João Carlos da Silva"),
    ("Nombre completo\tLuisa Fernanda Gómez\nPasaporte\t134567890", "nombres", "Luisa Fernanda Gómez"),
    ("La señora Roseline Pierre-Louis solicita que se revise su caso", "nombres", "Roseline Pierre-Louis"),
    ("I, Ahmad Shah Noori, Afghan national, passport P03815527", "nombres", "Ahmad Shah Noori"),
    # a nationality said of the applicant in passing
    ("soy maria alejandra rojas pereira venezolana cedula 25.876.114", "nacionalidad", "VE"),
    ("Sou angolana, refugiada reconhecida no Peru", "nacionalidad", "AO"),
    ("I, Ahmad Shah Noori, Afghan national, passport P03815527", "nacionalidad", "AF"),
    # nationality labels with any separator and in other languages
    ("Nationalité / haïtienne", "nacionalidad", "HT"),
    ("Nacionalidad   Venezolana", "nacionalidad", "VE"),
    # two-digit years: a birth date in the past, a travel date in the coming months
    ("Fecha de nacimiento: 05/03/90", "fecha_nacimiento", "1990-03-05"),
    ("Fecha de salida: 05/03/27", "fecha_salida", "2027-03-05"),
    # reasons in prose
    ("Buenas, lo pido porque mi madre está enferma en Caracas y debo verla.", "motivo", "mi madre está enferma en Caracas y debo verla"),
    ("FUNDAMENTOS\n1. No se evaluó mi caso.\n2. Hay nuevas pruebas.", "motivo", "No se evaluó mi caso"),
    ("Solicito el duplicado de mi carné, me lo robaron en el bus el fin de semana.", "motivo", "me lo robaron en el bus el fin de semana"),
    ("les escribo xq cambie de numero", "motivo", "cambie de numero"),
    ("Motivo / mi madre fue operada de emergencia", "motivo", "mi madre fue operada de emergencia"),
    ("Motif du voyage : décès de mon père", "motivo", "décès de mon père"),
    ("Destino / Guayaquil, Ecuador", "destino", "Guayaquil, Ecuador"),
    ("Nombres..............: Héctor Luis Salcedo Vivas\nPasaporte............: 109876543", "nombres", "Héctor Luis Salcedo Vivas"),
    ("Buenas, quisiera saber de mi carné.\nGénesis Alvarado Molina\nCédula V-28.445.610", "nombres", "Génesis Alvarado Molina"),
    ("My name is Samuel Kwame Osei, I am from Ghana.", "nacionalidad", "GH"),
    # the applicant's data as a list of cells, or of short lines
    ("Pido mi prórroga.\nAnyelo Rafael Pacheco Bermúdez / masculino / venezolano / pasaporte 123987456 / tel. 955-667-788",
     "nombres", "Anyelo Rafael Pacheco Bermúdez"),
    ("Pido mi prórroga.\nAnyelo Rafael Pacheco Bermúdez / masculino / venezolano / pasaporte 123987456", "sexo", "M"),
    ("Necesito el duplicado.\nEglis Josefina Marcano Rojas\nvenezolana\npasaporte 118822334\ncel 956 887 412",
     "nacionalidad", "VE"),
    ("Dice mi abuela que ella se llama Carmen Teresa Rondón de Páez y que es de Venezuela.", "nombres",
     "Carmen Teresa Rondón de Páez"),
    ("I am a recognized refugee (Eritrean) and I have to travel.", "nacionalidad", "ER"),
    ("hola quiero apelar\n\nyorman daniel chirinos\nced 27.118.450\ncel 9 2634 1187", "nombres", "yorman daniel chirinos"),
    ("hola quiero apelar\n\nyorman daniel chirinos\nced 27.118.450\ncel 9 2634 1187", "documento_identidad", "27118450"),
    ("Rafael Aponte Rengifo\nmasculino, de Venezuela\npasaporte 129384756", "sexo", "M"),
    ("Nationality: from Haiti", "nacionalidad", "HT"),
    ("Yo, Rosa Camacho Duarte, con cedula de ciudadania colombiana 52.908.114", "nacionalidad", "CO"),
    ("por los siguientes fundamentos:\nPRIMERO.- Fui expulsada de mi trabajo por mis opiniones.", "motivo",
     "Fui expulsada de mi trabajo por mis opiniones"),
    ("soy madre de un menor con discapacidad", "nombres", None),
])
def test_value_read_from_context(body, field, expected):
    assert fields(body).get(field) == expected


def test_travel_range_in_one_sentence():
    found = fields("viajo a Quito del 3 al 20 de marzo por la boda de mi hermana", procedure="autorizacion_viaje")
    assert (found["destino"], found["fecha_salida"], found["fecha_retorno"]) == ("Quito", "2027-03-03", "2027-03-20")


@pytest.mark.parametrize("body, salida, retorno", [
    ("viajo a Caracas el 3 de marzo y regreso el 20 de marzo", "2027-03-03", "2027-03-20"),
    ("Salgo el 03/03 y vuelvo el 20/03", "2027-03-03", "2027-03-20"),
    ("Fecha de viaje: 3 de marzo\nRegreso: 20 de marzo", "2027-03-03", "2027-03-20"),
])
def test_travel_dates_without_a_year_are_the_next_such_days(body, salida, retorno):
    found = fields(body, procedure="autorizacion_viaje")
    assert (found.get("fecha_salida"), found.get("fecha_retorno")) == (salida, retorno)


def test_travel_plans_are_not_read_in_a_renuncia():
    """A renuncia saying "viajaré a Canadá" asks for no trip: no destino, no dates."""
    found = fields("Renuncio porque viajaré a Canadá del 3 al 20 de marzo.", procedure="renuncia")
    assert "destino" not in found and "fecha_salida" not in found


@pytest.mark.parametrize("body, field, expected", [
    # a spouse's or child's data is theirs
    ("mi esposo es peruano y yo soy venezolana", "nacionalidad", "VE"),
    ("Soy venezolana. Mi esposo, de nacionalidad peruana, con DNI 45678912, me acompaña.", "nacionalidad", "VE"),
    ("Soy venezolana. Mi esposo, de nacionalidad peruana, con DNI 45678912, me acompaña.", "documento_identidad", None),
    ("Mi hija María, de 5 años, tiene pasaporte 123456. Mi pasaporte es 555666777", "documento_identidad", "555666777"),
    ("Mi grupo familiar: mi esposo, Hernán Ospina, de nacionalidad colombiana, C.C. 80.123.456. Mis datos: soy "
     "venezolana, cédula V-17.902.334", "documento_identidad", "V17902334"),
    ("Les escribe Ricardo Palomino Vargas, peruano, DNI 45678912, esposo de la solicitante Andreína Gómez Pacheco.\n"
     "Cédula de identidad: V-24.118.905", "documento_identidad", "V24118905"),
    # a resolution's number is not a document
    ("Resolución N° 0123-2026 del expediente 4567. Mi pasaporte es 987654321", "documento_identidad", "987654321"),
])
def test_someone_elses_data_is_left_out(body, field, expected):
    assert fields(body).get(field) == expected


LAWYER = (
    "Estimados:\n\nYo, Pedro Salas Quispe, abogado, identificado con DNI 40123456, en representación de mi "
    "cliente la señora Ana Lucía Torres Vega, identificada con pasaporte 123456789, interpongo recurso de "
    "apelación.\n\nAtentamente,\nAbg. Pedro Salas Quispe\nCAL 12345\n"
)


def test_writer_on_behalf_is_not_the_applicant():
    found = fields(LAWYER)
    assert found["nombres"] == "Ana Lucía Torres Vega"
    assert found["documento_identidad"] == "123456789"


def test_writers_signature_phone_is_not_the_applicants():
    body = ("La Fundación remite el recurso de la Sra. Rosa Díaz Mora. La Sra. Díaz puede ser contactada al "
            "+51 921 448 093.\n\nAtentamente,\n\nAbg. Lucía Fernández Mejía\nCoordinadora del Servicio Jurídico\nTel. 01 265 7780\n")
    assert fields(body)["telefono"] == "+51921448093"


def test_forwarding_relative_is_not_the_applicant():
    body = ("Buenas tardes, les reenvío el correo de mi hermano que no tiene internet.\nRosalba Méndez, C.I. 11.203.448\n\n"
            "Nombre: Ramón Enrique Méndez Sulbarán\nCédula: 13.775.902\n")
    assert fields(body)["documento_identidad"] == "13775902"


def test_lower_case_signature_needs_the_senders_address():
    body = "hola como hago para renovar mi autorizacion de trabajo, soy solicitante.\nluisa fernanda arteaga gil"
    confirmed = EXTRACTOR.extract([TextSource("body", body)], "", received=RECEIVED, sender="luisafer.arteaga@hotmail.com")
    assert confirmed["nombres"].value == "luisa fernanda arteaga gil"
    unconfirmed = EXTRACTOR.extract([TextSource("body", body)], "", received=RECEIVED, sender="otra.persona@gmail.com")
    assert "nombres" not in unconfirmed


def test_a_lawyers_signature_block_is_not_a_record_of_the_applicant():
    body = ("En mi calidad de abogado defensor del Sr. Frank Yordi Pérez Almeida, cubano, presento recurso.\n\n"
            "Víctor Hugo Lazo Cárdenas\nAbogado – CAL 70118\nDNI 10457732\n")
    assert fields(body)["nombres"] == "Frank Yordi Pérez Almeida"


def test_a_short_signature_gives_way_to_the_full_name_in_the_pdf():
    body = "Buenos días adjunto apelación firmada.\nCarlos Pinto"
    pdf = "Yo, Carlos Eduardo Pinto Arvelo, con pasaporte 123456789, presento recurso de apelación."
    found = EXTRACTOR.extract([TextSource("body", body), TextSource("adjunto:apelacion.pdf", pdf)], "", received=RECEIVED)
    assert found["nombres"].value == "Carlos Eduardo Pinto Arvelo"


def test_pdf_lines_wrapped_mid_sentence_are_one_sentence():
    pdf = ("Yo, Katherine Pulido, solicito autorización para viajar a Santiago de\nChile del 10 al 17 de enero, "
           "para rendir un examen.\nCon carnet de identidad\nN° 79110408536.")
    found = EXTRACTOR.extract([TextSource("adjunto:x.pdf", pdf)], "", received=RECEIVED, procedure="autorizacion_viaje")
    values = {name: value.value for name, value in found.items()}
    assert values["destino"] == "Santiago de Chile"
    assert (values["fecha_salida"], values["fecha_retorno"]) == ("2027-01-10", "2027-01-17")
    assert values["documento_identidad"] == "79110408536"


def test_job_title_line_is_not_a_name():
    assert "nombres" not in fields("Gracias.\n\nAtentamente,\n\nCoordinadora de Protección\nAsociación Ayuda Refugio")


def test_evidence_names_the_label_or_cue():
    found = EXTRACTOR.extract([TextSource("body", "me pueden ubicar por WhatsApp al 987 654 321")], "", received=RECEIVED)
    assert found["telefono"].evidence == "señal «whatsap*»"
    found = EXTRACTOR.extract([TextSource("body", "Móvil - +51 987 654 321")], "", received=RECEIVED)
    assert "movil" in found["telefono"].evidence


@pytest.mark.parametrize("text, expected", [
    ("me la notificaron por correo electrónico el 2 de octubre de 2026", dt.date(2026, 10, 2)),
    ("fui notificado mediante casilla electrónica con fecha 02/10/2026.", dt.date(2026, 10, 2)),
    ("la resolución me fue notificada el 5 de noviembre", dt.date(2026, 11, 5)),
    ("Resolución del 1 de septiembre. Nada más.", None),
])
def test_notification_date_in_a_longer_phrase(text, expected):
    assert notified_on([TextSource("body", text)], RECEIVED) == expected


def test_without_vocabulary_only_patterns_read():
    bare = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES)
    found = bare.extract([TextSource("body", "me pueden ubicar por WhatsApp al 987 654 321")], "", received=RECEIVED)
    assert "telefono" not in found


@pytest.mark.parametrize("data, message", [
    ({"labels": {"telefono": "cel"}}, "expected a list of strings"),
    ({"labels": {"telephone": ["cel"]}}, "unknown key(s) telephone"),
    ({"vocab": {}}, "unknown table(s) vocab"),
    ({"names": {"introductions": ["  "]}}, "an empty phrase"),
    ({"writer": {"inverse_relations": ["madre"]}}, "two words, the writer's relation and the applicant's"),
    ({"writer": {"copulas": ["soy yo"]}}, "one word, without *"),
])
def test_vocabulary_errors_say_what_is_wrong(data, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_vocabulary(data, "vocabulary.toml")


def test_bad_vocabulary_file_refuses_the_rules(tmp_path):
    for name in ("procedures.toml", "asunto.toml", "ignore.toml"):
        (tmp_path / name).write_text((RULES_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "vocabulary.toml").write_text('[labels]\ntelefono = "cel"\n', encoding="utf-8")
    with pytest.raises(RulesError, match="vocabulary.toml.*telefono"):
        load_rules(tmp_path)


def test_check_reply_and_explain_show_the_evidence(capsys):
    """GIVEN a message whose phone and reason sit behind labels WHEN `mailbot check --reply`
    and `mailbot rules explain` print it THEN each such field names the label that placed it."""
    from mailbot.cli import main
    folder = Path(__file__).resolve().parent / "heldout" / "round6"
    message = next(folder.glob("007-*.eml"))
    assert main(["--config", str(folder / "config.toml"), "check", str(message), "--reply"]) == 0
    printed = capsys.readouterr().out
    assert "motivo: mi madre fue operada" in printed and "etiqueta «motivo»" in printed
    assert main(["--config", str(folder / "config.toml"), "rules", "explain", str(message)]) == 0
    assert "etiqueta «destino»" in capsys.readouterr().out


def test_a_huge_text_layer_is_read_within_bounds():
    """GIVEN a 54 MB text layer WHEN fields are extracted THEN it answers in seconds, from its start."""
    import time
    big = "Nombre: Ana Ruiz, pasaporte 123456789, tel 987654321. " * 1_000_000
    started = time.monotonic()
    found = EXTRACTOR.extract([TextSource("adjunto:x.pdf", big)], "", received=RECEIVED)
    assert time.monotonic() - started < 10
    assert found["documento_identidad"].value == "123456789"
