"""Mechanisms that the eighth session's rounds (docs/generality.md) showed were missing,
each with made-up wording.

GIVEN a text as people write it WHEN the extractor reads it THEN the field holds the
applicant's value (or nothing)."""
from __future__ import annotations

import datetime as dt

import pytest

from mailbot.core.extract import FieldExtractor, TextSource
from mailbot.core.textclean import applicant_text, own_quoted_text
from mailbot.settings import INSTITUTIONAL_MAILBOXES
from tests.extract_helpers import RULES_DIR, read


# -- round 58 ----------------------------------------------------------------------------

@pytest.mark.parametrize("after", ["mi numero 944 210 318", "mi cel 944 210 318", "mi cedula 24.118.903 y mi cel 944 210 318"])
def test_a_lower_case_name_after_soy_then_mi_and_a_datum(after):
    text = f"hola una pregunta, cuanto demora la respuesta? soy dariana mejias colmenares {after} gracias"
    confirmed = read(text, sender="dariana.mejias@gmail.com")
    assert confirmed.get("nombres") == "dariana mejias colmenares"
    assert confirmed.get("telefono") == "+51944210318"
    # a name read by its shape alone is believed only when the sender's address confirms it
    assert "nombres" not in read(text, sender="ventas.lima@gmail.com")


def test_a_lower_case_name_that_opens_a_list_going_on_with_the_sex():
    text = ("se me perdio el carnet en el bus y necesito otro pq sin eso no puedo cobrar. aqui van: "
            "wilfredo jose salas pino / masculino / venezolano / CE 001442871 / cel 951 330 447")
    assert read(text, procedure="duplicado_carne_extranjeria",
                sender="wilfredo.salas.p@gmail.com").get("nombres") == "wilfredo jose salas pino"


QUOTED = ("les vuelvo a mandar esto porque nadie me respondio\n\n"
          "> De: {who}\n> Asunto: actualizacion\n>\n"
          "> necesito cambiar mi telefono. odalys perez ruiz, cubana, carnet de identidad 85030412291, "
          "whatsapp nuevo 933 108 552\n")


def test_a_quoted_earlier_message_whose_header_names_the_sender_counts_as_theirs():
    body = QUOTED.format(who="Odalys Pérez")
    quoted = own_quoted_text(body, "odalys.perez@nauta.cu")
    assert "933 108 552" in quoted and "Asunto" not in quoted
    # the header names someone whose name the sender's address does not spell: not theirs
    assert own_quoted_text(QUOTED.format(who="Ramón Castro"), "odalys.perez@nauta.cu") == ""


@pytest.mark.parametrize("label", ["Motivo indicado", "Motivo invocado", "Reason stated", "Motif invoqué"])
def test_a_label_qualified_by_a_participle_before_its_colon(label):
    text = f"Remitimos su escrito.\n{label}: se casó con un ciudadano chileno y vivirá en Santiago.\nAtentamente"
    assert read(text, procedure="renuncia").get("motivo", "").startswith("se casó con un ciudadano chileno")


def test_the_destination_takes_the_country_written_after_the_place_elsewhere():
    text = ("necesito permiso urgente xq mi abuela murio en cucuta y quiero ir al velorio, salgo el 3/2/27 y "
            "vuelvo el 20/2/27 a cucuta colombia, soy refugiada reconocida carne 001234998")
    assert read(text, procedure="autorizacion_viaje").get("destino") == "cucuta colombia"


def test_the_destination_keeps_a_region_and_country_in_parentheses():
    text = ("Solicito autorización para viajar a Cuenca (Azuay, Ecuador) por el siguiente motivo: "
            "mi madre será operada. Salida: 12/03/2027. Retorno: 30/03/2027.")
    assert read(text, procedure="autorizacion_viaje").get("destino") == "Cuenca (Azuay, Ecuador)"


def test_a_forwarders_name_and_phone_right_under_their_note_are_theirs():
    raw = ("Buenas tardes, reenvío la solicitud de mi cuñado Rafael porque su correo no sale. Va todo abajo.\n"
           "Maribel Toro Ugas\nCel. 922 880 143\n\n"
           "-----Mensaje original-----\nDe: Rafael Lugo <rafael.lugo@gmail.com>\n"
           "Enviado el: lunes, 11 de enero de 2027 20:15\nPara: mesadepartes@rree.gob.pe\n"
           "Asunto: Actualización de datos\n\n"
           "Buenas noches, pido actualizar mis datos porque cambié de número.\n"
           "Nombres: Rafael Antonio Lugo Peña\nPasaporte: 139220871\nNacionalidad: venezolana\n"
           "Teléfono: 955 017 624\n")
    values = read(applicant_text(raw, lambda address: address.endswith("rree.gob.pe")),
                  procedure="actualizacion_datos", sender="maribel.toro@gmail.com")
    assert values.get("nombres") == "Rafael Antonio Lugo Peña"
    assert values.get("telefono") == "+51955017624"


# -- the signature's closings are the operators' data ([names] closings) -----------------

def _vocabulary_with_closing(closing: str):
    import tomllib

    from mailbot.core.extract import parse_vocabulary

    data = tomllib.loads((RULES_DIR / "vocabulary.toml").read_text(encoding="utf-8"))
    data["names"]["closings"] = [*data["names"]["closings"], closing]
    return parse_vocabulary(data, "vocabulary.toml")


def _read_with(vocabulary, text: str) -> dict:
    extractor = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES, vocabulary)
    found = extractor.extract([TextSource("body", text)], "a@gmail.com", received=dt.date(2026, 12, 4),
                              procedure="renuncia")
    return {name: (value.value, value.rule) for name, value in found.items()}


def test_the_signature_closings_come_from_the_vocabulary_file():
    text = "Renuncio a la condición de refugiado porque regreso a mi país.\n\nHasta prontito,\nLeonel Bastidas Ríos\n"
    assert _read_with(_vocabulary_with_closing("hasta prontito"), text).get("nombres") == (
        "Leonel Bastidas Ríos", "nombres/firma")
    assert _read_with(_vocabulary_with_closing("otra cosa"), text).get("nombres", (None, ""))[1] != "nombres/firma"


@pytest.mark.parametrize("closing", ["Respetuosamente,", "Mèsi anpil!", "Sin otro particular,", "Yours truly,"])
def test_a_closing_of_the_vocabulary_on_its_line_then_the_name(closing):
    text = f"Renuncio a la condición de refugiado porque regreso a mi país.\n\n{closing}\nLeonel Bastidas Ríos\n"
    assert read(text, procedure="renuncia").get("nombres") == "Leonel Bastidas Ríos"


# -- a message forwarded for another person ------------------------------------------------

def _decide(body: str, sender: str, sender_name: str):
    from mailbot.core.decision import DecisionEngine
    from mailbot.settings import settings_from_dict
    from tests.mailfactory import eml

    engine = DecisionEngine.from_settings(settings_from_dict({}))
    return engine.decide(eml(subject="Fwd: actualización de datos", body=body, from_addr=sender, from_name=sender_name))


FORWARDED = ("---------- Forwarded message ---------\n"
             "De: Yorman Pacheco <yorman.pacheco77@gmail.com>\nDate: lun, 9 nov 2026 a las 20:10\n"
             "Subject: actualizacion\nTo: <{to}>\n\n"
             "buenas noches, quiero actualizar mi celular porque me robaron el anterior\n"
             "nombre: Yorman José Pacheco Lugo\nnacionalidad: venezolana\npasaporte 151002398\n"
             "celular nuevo 944 310 277\n")


def test_the_note_of_someone_who_forwards_anothers_message_is_theirs():
    body = ("Buenas tardes, les reenvío el mensaje del señor Yorman, que vino a la oficina de la parroquia.\n\n"
            "Hna. Rosa Quintana Vela\nPastoral de Movilidad Humana\nCel. 999 123 456\n\n"
            + FORWARDED.format(to="rosa.quintana@parroquia.org"))
    fields = {name: value.value for name, value in _decide(body, "rosa.quintana@parroquia.org", "Rosa Quintana").fields.items()}
    assert fields.get("nombres") == "Yorman José Pacheco Lugo"
    assert fields.get("telefono") == "+51944310277"


def test_an_applicants_own_note_over_someone_elses_forwarded_message_stays_theirs():
    body = ("Hola, quiero actualizar mis datos, mi primo me pasó este mensaje pero no entiendo. Soy Liliana Ortiz "
            "Bravo, colombiana, cédula 1.034.556.778, celular 933 887 120.\n\n"
            "---------- Forwarded message ---------\n"
            "De: Yorman Pacheco <yorman.pacheco77@gmail.com>\nDate: lun, 9 nov 2026 a las 20:10\n"
            "Subject: actualizacion\nTo: <liliana.ortiz@gmail.com>\n\n"
            "prima escribe al correo de refugio con tus datos, cualquier cosa me llamas al 944 310 277\n")
    fields = {name: value.value for name, value in _decide(body, "liliana.ortiz@gmail.com", "Liliana Ortiz").fields.items()}
    assert fields.get("nombres") == "Liliana Ortiz Bravo"
    assert fields.get("telefono") == "+51933887120"


def test_a_phone_label_with_a_few_words_and_a_note_before_its_colon():
    text = ("Datos de mi papá:\nNombres: Ramón Ernesto Peña Lugo\n"
            "Teléfono fijo de su casa (donde lo pueden llamar): (01) 444-2210\n\n"
            "Yo soy su hija Carla Peña, mi cel 987 333 222.")
    assert read(text, procedure="actualizacion_datos").get("telefono") == "+5114442210"


@pytest.mark.parametrize(("line", "code"), [("Nationalité : République Démocratique du Congo", "CD"),
                                             ("Nacionalidad - República Dominicana", "DO"),
                                             ("Nationalité : Congo", "CG")])
def test_a_labelled_country_of_several_words(line, code):
    text = f"Bonjour, je veux mettre à jour mes coordonnées.\nNom complet : Jean Ilunga Mwamba\n{line}\nPasseport : OP1122334\n"
    assert read(text, procedure="actualizacion_datos").get("nacionalidad") == code


def test_a_lower_case_name_right_before_the_phone_that_ends_a_one_line_message():
    text = "buenas tardes necesito el duplicado de mi carnet de extranjeria yeferson ávila 951-220-734"
    values = read(text, procedure="duplicado_carne_extranjeria", sender="yeferson.av@gmail.com")
    assert values.get("nombres") == "yeferson ávila"
    assert values.get("telefono") == "+51951220734"
    assert "nombres" not in read(text, procedure="duplicado_carne_extranjeria", sender="tramites.lima@gmail.com")


@pytest.mark.parametrize("opening", ["I represent Mr.", "We represent Mr.", "Represento al señor"])
def test_a_lawyer_who_says_whom_they_represent(opening):
    text = (f"Dear team,\n\n{opening} Tomás Andrés Vega Ruiz, a Venezuelan national, who wishes to apply for "
            "refugee status. His phone is +51 952 111 222.\n\nKind regards,\nLaura Mitchell, Esq.\n"
            "Mitchell Law Office\n+1 (212) 555-0100\n")
    assert read(text, procedure="solicitud_refugio").get("nombres") == "Tomás Andrés Vega Ruiz"


def test_the_writers_own_data_after_an_on_behalf_phrase_and_the_applicants():
    text = ("Estimados señores:\n\nPor encargo de mi esposa solicito la prórroga de residencia de ella.\n\n"
            "Sus datos:\nNombre completo: Yelitza Carolina Ramos de Pinto\nSexo: femenino\nNacionalidad: venezolana\n"
            "Cédula: V-17.222.333\nCarné de extranjería: 000331122\nCelular: 923-444-555\n\n"
            "Mis datos, por si acaso: Luis Alberto Pinto Mora, CE 000331123, nacido el 03/05/79, cel. 923-444-556.\n\n"
            "Saludos.")
    values = read(text, procedure="prorroga_residencia")
    assert values.get("nombres") == "Yelitza Carolina Ramos de Pinto"
    assert "fecha_nacimiento" not in values  # the husband's, not hers
    assert values.get("carne_extranjeria") == "000331122"


def test_someone_who_accompanied_the_writer_is_no_one_they_write_for():
    text = ("Buenas tardes.\n\nMi hermano Pedro Luis Vera (CE 000555111) me acompañó a la comisaría a denunciar "
            "la pérdida de mi carné. Adjunto la denuncia.\n\nMis datos son:\nNombre completo: Ana Vera Salas\n"
            "Cédula: V-21.000.111\nFecha de nacimiento: 17/04/1993\nCelular: 956 000 111\n")
    values = read(text, procedure="duplicado_carne_extranjeria")
    assert values.get("nombres") == "Ana Vera Salas"
    assert values.get("fecha_nacimiento") == "1993-04-17"


@pytest.mark.parametrize(("name", "code"), [("Turkey", "TR"), ("Russia", "RU"), ("Ivory Coast", "CI"), ("Burma", "MM"),
                                            ("DR Congo", "CD")])
def test_country_names_in_common_english_use_that_iso_spells_otherwise(name, code):
    from mailbot.core.countries import country_code

    assert country_code(name) == code


def test_a_travel_destination_in_english_keeps_its_country():
    text = ("I request a travel permit. I am a recognized refugee, CE 001200300. I will travel to Istanbul, "
            "Turkey from 10/03/2027 to 24/03/2027 to visit my sick mother.")
    assert read(text, procedure="autorizacion_viaje").get("destino") == "Istanbul, Turkey"
