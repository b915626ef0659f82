"""Mechanisms that rounds 10-12 (docs/generality.md) showed were missing, each with
made-up wording: names at the end of a dictated sentence, a bare "Yo" before a
document, initials in a signature, a relative's own phone, a hard-wrapped body, a
representative's contact when the PDF gives the applicant's, a city of the trip.

GIVEN a text as people write it WHEN the extractor reads it THEN the field holds the
applicant's value (or nothing)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mailbot.core.countries import country_code, demonym_code
from mailbot.core.extract import FieldExtractor, TextSource
from mailbot.core.extract.places import city_country
from mailbot.core.rules import load_rules
from mailbot.settings import INSTITUTIONAL_MAILBOXES

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
EXTRACTOR = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES, load_rules(RULES_DIR).vocabulary)


def read(*texts: str, procedure: str | None = None, sender: str = "remitente@gmail.com") -> dict:
    sources = [TextSource("body", texts[0]), TextSource("subject", "")]
    found = EXTRACTOR.extract(sources, "", received=dt.date(2026, 12, 4), procedure=procedure)
    found = EXTRACTOR.extract([TextSource(f"adjunto:{n}.pdf", t) for n, t in enumerate(texts[1:])], sender,
                              known=found, received=dt.date(2026, 12, 4), procedure=procedure)
    return {name: value.value for name, value in found.items()}


@pytest.mark.parametrize("body, expected", [
    # a sentence that ends in the name, then the applicant's data as cells
    ("Hola, ¿dónde veo mi cita? Marisol Ochoa Pérez, V-21.334.556, cel 912 000 111", "Marisol Ochoa Pérez"),
    ("Se me perdió el carné en el mercado. Mis datos: Aníbal del Carmen Ruiz Soto / masculino / "
     "C.I. 17.222.333 / CE 000111222", "Aníbal del Carmen Ruiz Soto"),
    ("Solicito mi prórroga porque vence pronto, mis datos son Gerardo Antonio Paz Lugo, sexo masculino, "
     "nacionalidad venezolana, cédula V11222333", "Gerardo Antonio Paz Lugo"),
    # a line of a name and an identity
    ("Buenas, ¿en qué estado está mi trámite?\nTeodora Lima Ruiz, V-12.444.555.\nGracias", "Teodora Lima Ruiz"),
    # a bare "Yo" before a document
    ("Yo Ramiro Andrés Soto Vega con pasaporte N° 112233445 apelo la resolución.", "Ramiro Andrés Soto Vega"),
    # "Eu, NAME," in Portuguese, a surname that is also a city
    ("Eu, Tiago Lemos Lima, solicitante de refúgio, portador do passaporte FX112233,", "Tiago Lemos Lima"),
    # a signature with initials, the full name above it
    ("Mis datos son los siguientes:\nHernán Darío Quiroga Paz\nC.C. 1.020.304.050\nAtentamente,\nHernán D. Quiroga",
     "Hernán Darío Quiroga Paz"),
])
def test_names_written_in_dictated_prose(body, expected):
    assert read(body).get("nombres") == expected


def test_a_heading_or_subject_in_another_language_is_no_name():
    values = read("Bonjou,\nMwen voye rekou a.\n", "REQUEST FOR RECONSIDERATION\n"
                  "Surname and given names: KARIMI Ahmad Zaki\nPassport: P0011223\n")
    assert values.get("nombres") == "KARIMI Ahmad Zaki"


def test_a_relatives_own_phone_after_su_is_not_the_applicants():
    body = ("Soy Lorenzo Díaz Mena, refugiado. Escribo para actualizar mi teléfono, ahora es el "
            "944-100-200. Mi hijo Mateo vive conmigo y su celular es 944-100-201.")
    assert read(body, procedure="actualizacion_datos")["telefono"] == "+51944100200"


def test_a_hard_wrapped_body_keeps_a_sentence_across_its_line_break():
    body = ("Buenas tardes, les escribo en nombre de mi papá, el señor Ovidio Rangel Mora, venezolano,\n"
            "cédula de identidad V-4.555.666, que ya no puede escribir por su vista y vive conmigo hace años.\n"
            "Él desea renunciar a su solicitud de refugio porque regresa a su país con mi hermana mayor.\n"
            "El teléfono de él ahora es el +58 412 555 6677, allá lo pueden llamar a cualquier hora del día.\n"
            "Yo soy su hija, Belkis Rangel Soto, C.I. V-19.888.777, y vivo en Lima (cel. 987 000 111).\n")
    values = read(body, procedure="renuncia")
    assert values["documento_identidad"] == "V4555666"
    assert values["telefono"] == "+584125556677"  # not the daughter's, in her own presentation


def test_a_representatives_contact_gives_way_to_the_applicants_in_the_pdf():
    body = ("Adjunto el recurso de mi patrocinada.\nAtentamente,\n--\nElsa Marín Ortiz\nAbogada - CAL 11223\n"
            "Cel. 987 654 000\nelsa.marin@estudio.pe\n")
    pdf = ("RECURSO DE APELACIÓN\nCELIA NÚÑEZ ROJAS, identificada con pasaporte N° 123123123, "
           "teléfono +51 955 111 222 y correo celia.nr@gmail.com, con el patrocinio del abogado que suscribe:\n"
           "Interpongo apelación.\nDeclaración jurada de la hermana de la recurrente.\n")
    values = read(body, pdf, procedure="apelacion", sender="elsa.marin@estudio.pe")
    assert values["telefono"] == "+51955111222"
    assert values["correo"] == "celia.nr@gmail.com"


def test_the_representatives_contact_counts_when_no_other_is_given():
    body = "Adjunto el escrito.\nAtentamente,\n--\nElsa Marín Ortiz\nAbogada - CAL 11223\nCel. 987 654 000\n"
    assert read(body, "RECURSO\nCelia Núñez Rojas\n", procedure="apelacion")["telefono"] == "+51987654000"


@pytest.mark.parametrize("body, expected", [
    ("Mi hermano está internado en Barranquilla y necesito viajar urgente para cuidarlo.", "Barranquilla"),
    ("Lugar de viaje: Santiago de Chile\nFecha de salida: 3 de marzo de 2027", "Santiago de Chile"),
    ("Saldría el 3 de marzo de 2027 a Cuenca, Ecuador, para la boda de mi hija.", "Cuenca, Ecuador"),
])
def test_the_city_of_the_trip(body, expected):
    assert read(body, procedure="autorizacion_viaje")["destino"] == expected


def test_a_city_at_home_or_in_a_request_that_is_not_a_trip_is_no_destination():
    assert read("Vivo en Arequipa y necesito viajar pronto.", procedure="autorizacion_viaje").get("destino") != "Arequipa"
    assert "destino" not in read("Mi madre está enferma en Caracas.", procedure="renuncia")


def test_cities_and_nationalities_in_the_languages_applicants_write():
    assert (city_country("Bogotá"), city_country("Port-au-Prince"), city_country("Lima")) == ("CO", "HT", "PE")
    assert city_country("Mayor") is None
    assert (demonym_code("brasileira"), demonym_code("haïtienne"), demonym_code("afegão")) == ("BR", "HT", "AF")
    assert (country_code("Colômbia"), country_code("Colombie"), country_code("Etazini")) == ("CO", "CO", "US")


def test_the_applicants_own_earlier_message_quoted_below_a_reply_counts_after_the_new_text():
    """GIVEN a reply whose new text corrects the phone, over the office's quoted reply,
    over the applicant's own first message WHEN the quoted text is read THEN only the
    applicant's own message is kept (not the office's phone), and none from a third."""
    from mailbot.core.textclean import own_quoted_text

    body = ("Mi celular correcto es 977 000 111.\n\n"
            "El mar, 3 nov 2026, Mesa de Partes (<mesadepartes@rree.gob.pe>) escribió:\n"
            "> Le pedimos su teléfono. Central telefónica: (01) 204-2400\n>\n"
            "> El lun, 2 nov 2026, Ana Ruiz (<ana.ruiz@gmail.com>) escribió:\n"
            ">> Nombres: Ana Ruiz Soto\n>> Pasaporte: 123456789\n")
    quoted = own_quoted_text(body, "ana.ruiz@gmail.com")
    assert quoted == "Nombres: Ana Ruiz Soto\nPasaporte: 123456789"
    assert own_quoted_text(body, "otra@gmail.com") == ""
    apple = "Corrijo el dato.\n\n> El 16 nov 2026, Ana <ana.ruiz@gmail.com> escribió:\n>\n> Celular: 977 241 560\n"
    assert own_quoted_text(apple, "ana.ruiz@gmail.com") == "Celular: 977 241 560"
