"""Mechanisms that round 19 (docs/generality.md) showed were missing, each with made-up
wording: an organisation named after the on-behalf phrase, a friend who writes for
someone, a closing and a name on one line without a comma, English demonyms, reasons
that are an illness or new evidence, a disagreement followed by its reason, travel fields
only in a travel request.

GIVEN a text as people write it WHEN the extractor reads it THEN the field holds the
applicant's value (or nothing)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mailbot.core.countries import country_code
from mailbot.core.extract import FieldExtractor, TextSource
from mailbot.core.rules import load_rules
from mailbot.settings import INSTITUTIONAL_MAILBOXES

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
EXTRACTOR = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES, load_rules(RULES_DIR).vocabulary)


def read(text: str, procedure: str | None = None, attachment: str = "") -> dict:
    found = EXTRACTOR.extract([TextSource("body", text), TextSource("subject", "")], "", received=dt.date(2026, 12, 4),
                              procedure=procedure)
    found = EXTRACTOR.extract([TextSource("adjunto:a.pdf", attachment)] if attachment else [], "remitente@gmail.com",
                              known=found, received=dt.date(2026, 12, 4), procedure=procedure)
    return {name: value.value for name, value in found.items()}


def test_an_organisation_after_the_on_behalf_phrase_is_not_the_applicant():
    values = read("Me dirijo a ustedes en representación de la Asociación Puentes de Esperanza, que acompaña "
                  "al señor MBALLA ESSOMBA Thierry, de nacionalidad camerunesa, pasaporte AB0451122.\n\n"
                  "Atentamente,\nRosa Quispe Llanos\nAbogada\nAsociación Puentes de Esperanza", procedure="apelacion")
    assert values.get("nombres") == "MBALLA ESSOMBA Thierry"


def test_a_friend_writes_for_someone_of_another_nationality():
    values = read("Hola. Escribo por un amigo congoleño, Patrick KABILA MUTOMBO, que no habla español. "
                  "Él quiere solicitar refugio. Su número es +51 902 117 351.\nGracias,\nMilagros")
    assert values.get("nombres") == "Patrick KABILA MUTOMBO"
    assert values.get("nacionalidad") == "CD"


def test_a_closing_and_the_name_on_one_line_without_a_comma():
    values = read("Hola, mi autorización de trabajo venció. Cómo la renuevo?\nAtte Yurimar Gonzalez (venezolana)\nV-27.118.901")
    assert values.get("nombres") == "Yurimar Gonzalez"
    assert values.get("nacionalidad") == "VE"
    assert "nombres" not in read("Buenas.\nAtentamente Quedo A La Espera De Su Respuesta")


@pytest.mark.parametrize("written, code", [("Sri Lankan", "LK"), ("Nigerian", "NG"), ("Pakistani", "PK"),
                                            ("Cameroonian", "CM"), ("Lebanese", "LB")])
def test_english_demonyms(written, code):
    assert country_code(written) == code
    assert read(f"Name: Tharindu Perera\nNationality: {written}\n").get("nacionalidad") == code


@pytest.mark.parametrize("text, procedure", [
    ("Necesito viajar a Guayaquil el 26/12/2026. Mi papá tuvo un infarto y está en la UCI.", "autorizacion_viaje"),
    ("Please find attached my appeal. I have obtained new evidence: a letter from my community leader.", "reconsideracion"),
    ("Yo recibí la resolución. Yo no estoy de acuerdo. Cuando hice la entrevista no tuve intérprete.", "reconsideracion"),
])
def test_reasons_that_are_events_or_follow_a_disagreement(text, procedure):
    assert read(text, procedure=procedure).get("motivo")


def test_a_place_in_a_police_report_is_no_trip():
    values = read("Solicito el duplicado de mi carné de extranjería.", procedure="duplicado_carne_extranjeria",
                  attachment="DENUNCIA POLICIAL\nLugar: paradero Plaza Norte, Independencia\nFecha: 10/11/2026")
    assert "destino" not in values


@pytest.mark.parametrize("text", [
    "Solicito permiso de viaje a Lima del 3 al 20 de enero. Voy a visitar a mi abuela que está sola.",
    "Quiero ir a Cusco a conocer a mi sobrino que nació en diciembre.",
    "I need to travel to Toronto from January 3 to 10 to attend my son's graduation.",
    "Je dois voyager à Lyon du 3 au 17 janvier pour rendre visite à mon père.",
])
def test_what_a_trip_is_for_is_its_reason(text):
    assert read(text, procedure="autorizacion_viaje").get("motivo")


def test_a_trip_purpose_word_is_no_reason_in_another_procedure():
    assert "motivo" not in read("Quiero visitar la oficina para cambiar mi clave.", procedure="cambio_clave")


def test_a_renuncia_presented_then_its_reason():
    assert read("Presento mi renuncia a la condición de refugiado. Me mudo a Chile con mi esposa.",
                procedure="renuncia").get("motivo")


@pytest.mark.parametrize("text", ["Je pars le 4 janvier 2027 et je reviens le 21 janvier 2027.",
                                  "Saio dia 4 de janeiro de 2027 e regresso dia 21 de janeiro de 2027."])
def test_travel_dates_with_french_and_portuguese_verbs(text):
    values = read(text, procedure="autorizacion_viaje")
    assert (values.get("fecha_salida"), values.get("fecha_retorno")) == ("2027-01-04", "2027-01-21")


@pytest.mark.parametrize("text, sex", [("Soy mujer, venezolana, y pido la prórroga.", "F"),
                                        ("I am a 41-year-old man from Syria.", "M"),
                                        ("Je suis une femme haïtienne.", "F"),
                                        ("Soy una persona honrada.", None)])
def test_sex_said_of_oneself(text, sex):
    assert read(text, procedure="prorroga_residencia").get("sexo") == sex


def test_where_a_person_comes_from_is_no_part_of_the_name():
    values = read("Buen día, mi nombre es Fabiola Saint-Louis de Haití, tengo mi expediente desde marzo.")
    assert (values.get("nombres"), values.get("nacionalidad")) == ("Fabiola Saint-Louis", "HT")
    assert read("Nombre: María de la Cruz Pérez").get("nombres") == "María de la Cruz Pérez"


@pytest.mark.parametrize("text, procedure", [
    ("buenos dias no puedo ingresar al sistema me sale clave incorrecta, solicito cambio.", "cambio_clave"),
    ("necesito el permiso de trabajo para que me contraten en una tienda.", "autorizacion_trabajo"),
    ("En mi país las pandillas quemaron nuestra casa. Quiero pedir refugio.", "solicitud_refugio"),
])
def test_a_reason_said_in_passing_in_any_procedure(text, procedure):
    assert read(text, procedure=procedure).get("motivo")


def test_arrows_and_abbreviated_labels():
    values = read("NOMBRE -> Yoandry Cabrera Fonseca\nCARNET IDENTIDAD -> 85071234561\nNACIO -> 12-07-1985\n"
                  "carne ext = 001456231", procedure="duplicado_carne_extranjeria")
    assert values.get("documento_identidad") == "85071234561"
    assert values.get("fecha_nacimiento") == "1985-07-12"
    assert values.get("carne_extranjeria") == "001456231"


@pytest.mark.parametrize("text, reason", [
    ("I hereby withdraw my asylum application. I have been granted residence in Chile.", True),
    ("Desisto de mi solicitud. Conseguí la residencia por convenio.", True),
    ("Renuncio a la condición de refugiado. Sin otro particular, me despido.", False),
    ("Renuncio al refugio. Muchas gracias por todo.", False),
])
def test_a_short_reason_after_the_petition_and_a_closing_that_is_none(text, reason):
    assert bool(read(text, procedure="renuncia").get("motivo")) is reason


@pytest.mark.parametrize("text, procedure", [
    ("necesito el carné, en el trabajo me lo piden.", "carne_solicitante"),
    ("Solicito mi carné de solicitante, lo necesito para abrir una cuenta.", "carne_solicitante"),
    ("Quiero reprogramar mi cita, ese día tengo un examen médico.", "entrevista_registro"),
    ("Necesito la autorización de trabajo, me ofrecieron un empleo en una panadería.", "autorizacion_trabajo"),
])
def test_what_others_ask_of_the_applicant_or_offer_is_a_reason(text, procedure):
    assert read(text, procedure=procedure).get("motivo")


@pytest.mark.parametrize("text, name", [
    ("Señores: Mi esposo Rubén Darío Salas Mena no puede ingresar al sistema. Sus datos: pasaporte 987654320.\n"
     "Atte. Ana López", "Rubén Darío Salas Mena"),
    ("Mi hermano Luis Alfredo Mora Paz olvidó su contraseña. Su cédula es V-12345670.\n\nGracias,\nRosa Mora",
     "Luis Alfredo Mora Paz"),
])
def test_a_relative_whose_own_trouble_is_told_is_the_applicant(text, name):
    assert read(text, procedure="cambio_clave").get("nombres") == name


@pytest.mark.parametrize("text", ["Nombre: ROJAS PAREDES, Ana Lucía\nPasaporte: 123456781",
                                  "Buenos días.\n\nAtentamente,\nROJAS PAREDES, Ana Lucía"])
def test_surnames_in_capitals_a_comma_then_the_given_names(text):
    assert read(text).get("nombres") == "ROJAS PAREDES, Ana Lucía"
