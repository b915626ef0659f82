"""Mechanisms that the seventh session's rounds (docs/generality.md) showed were
missing, each with made-up wording.

GIVEN a text as people write it WHEN the extractor reads it THEN the field holds the
applicant's value (or nothing)."""
from __future__ import annotations

import datetime as dt

import pytest

from mailbot.core.extract import FieldExtractor, TextSource, notified_on
from mailbot.core.rules import load_rules
from mailbot.settings import INSTITUTIONAL_MAILBOXES
from tests.extract_helpers import EXTRACTOR, RULES_DIR, read


# -- rounds 45 and 46 --------------------------------------------------------------------

def test_a_dotted_form_keeps_its_lines_apart_and_a_qualified_label_leads_its_line():
    values = read("Buenas tardes, pido actualizar mis datos.\n\n"
                  "* Apellidos y nombres ...... Rengifo Tello, Ana Lucía\n"
                  "* Nacionalidad ............. Colombiana\n"
                  "* Nuevo celular ............ 955 210 887\n"
                  "* Nueva dirección .......... Calle Los Pinos 12, Surco\n\n"
                  "Gracias de antemano por la atención y la ayuda que siempre me dan ustedes.\n",
                  procedure="actualizacion_datos")
    assert values.get("nombres") == "Rengifo Tello, Ana Lucía"  # as written (INTAKE.md section 3)
    assert values.get("nacionalidad") == "CO"
    assert values.get("telefono") == "+51955210887"


def test_an_abbreviated_label_with_its_period_before_an_odd_separator():
    values = read("Envío mis datos, soy refugiada reconocida.\n\nNombre » Rosa Elvira Nieto Parra\n"
                  "Carnet Ext. » 000551902\nTelf. » 961 334 220\n", procedure="actualizacion_datos")
    assert values.get("carne_extranjeria") == "000551902"
    assert values.get("telefono") == "+51961334220"


@pytest.mark.parametrize("sentence", [
    "Pido el duplicado, se me cayó al río cuando cruzaba el puente.",
    "Necesito otro carné porque se quemó en un incendio en mi casa.",
    "I need a new card, I dropped it in the sea last week.",
])
def test_an_accident_that_destroyed_the_card_is_a_reason(sentence):
    values = read(f"{sentence}\nMarcos Ortega Lenz\nCE 001998221\nCel 944 101 010\n",
                  procedure="duplicado_carne_extranjeria")
    assert values.get("motivo")


@pytest.mark.parametrize("text, expected", [
    ("El 3 de noviembre de 2026 se me notificó la resolución; interpongo apelación.", dt.date(2026, 11, 3)),
    ("Con fecha 05/11/2026 fui notificado de la denegatoria.", dt.date(2026, 11, 5)),
    ("On 2 November 2026 I was notified of the decision.", dt.date(2026, 11, 2)),
])
def test_a_date_right_before_the_notifying_words(text, expected):
    assert notified_on([TextSource("body", text)], dt.date(2026, 12, 4)) == expected


def test_a_date_further_back_in_the_sentence_is_no_notification():
    text = "El 3 de noviembre de 2026 presenté mi solicitud y luego de muchas semanas me notificaron."
    assert notified_on([TextSource("body", text)], dt.date(2026, 12, 4)) is None


def test_we_are_says_the_nationality_of_the_writer_with_the_relatives():
    values = read("Quiero pedir refugio para mí y mis dos hijos, somos venezolanos. "
                  "Yo soy Carla Duarte Pino, cédula V-20.111.222.", procedure="solicitud_refugio")
    assert values.get("nacionalidad") == "VE"


def test_the_relatives_nationality_alone_is_still_theirs():
    values = read("Quiero pedir refugio. Mi esposo y mis hijos son colombianos. "
                  "Yo soy Carla Duarte Pino, cédula 1.020.333.444.", procedure="solicitud_refugio")
    assert "nacionalidad" not in values


@pytest.mark.parametrize("phrase", [
    "mi whatsapp es +58 412 555 0192 (es de Venezuela pero lo uso aquí)",
    "el número +57 310 222 3344 es de Colombia",
    "mi celular es de Venezuela, +58 414 222 1100",
])
def test_where_a_phone_comes_from_is_no_nationality(phrase):
    values = read(f"Olvidé mi contraseña. Soy Karina Ruiz Mata, {phrase}. Gracias", procedure="cambio_clave")
    assert "nacionalidad" not in values


def test_a_person_who_is_from_a_country_still_has_that_nationality():
    values = read("Olvidé mi contraseña. Soy Karina Ruiz Mata y soy de Venezuela, cel 944 222 111.",
                  procedure="cambio_clave")
    assert values.get("nacionalidad") == "VE"


# -- the words of who speaks are the operators' data ([writer] in rules/vocabulary.toml) --

def _vocabulary_without(section: str, key: str):
    import tomllib

    from mailbot.core.extract import parse_vocabulary

    data = tomllib.loads((RULES_DIR / "vocabulary.toml").read_text(encoding="utf-8"))
    data[section][key] = []
    return parse_vocabulary(data, "vocabulary.toml")


def test_we_are_comes_from_the_vocabulary_file():
    text = ("Quiero pedir refugio para mí y mis dos hijos, somos venezolanos. "
            "Yo soy Carla Duarte Pino, cédula V-20.111.222.")
    extractor = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES, _vocabulary_without("writer", "we_are"))
    found = extractor.extract([TextSource("body", text)], "a@gmail.com", received=dt.date(2026, 12, 4),
                              procedure="solicitud_refugio")
    assert "nacionalidad" not in found  # without the operators' words, the relatives' context wins
    assert read(text, procedure="solicitud_refugio").get("nacionalidad") == "VE"


def test_a_promised_reason_comes_from_the_vocabulary_file():
    text = "Interpongo recurso de apelación. Los fundamentos los enviaré la próxima semana.\nAna Ruiz Soto"
    assert "motivo" not in read(text, procedure="apelacion")
    extractor = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES, _vocabulary_without("reasons", "promises"))
    found = extractor.extract([TextSource("body", text)], "a@gmail.com", received=dt.date(2026, 12, 4),
                              procedure="apelacion")
    assert "motivo" in found


@pytest.mark.parametrize("key", ["first_person", "third_person", "reach_me", "third_person_copulas"])
def test_a_writer_word_list_holds_single_words(key):
    import tomllib

    from mailbot.core.extract import parse_vocabulary

    data = tomllib.loads((RULES_DIR / "vocabulary.toml").read_text(encoding="utf-8"))
    data["writer"][key] = ["dos palabras"]
    with pytest.raises(ValueError, match=key):
        parse_vocabulary(data, "vocabulary.toml")


# -- rounds 47 and 48 --------------------------------------------------------------------

def test_an_on_behalf_phrase_before_an_indefinite_article_names_no_one():
    values = read("Bonsoir,\nJe m'appelle Roseline Pierre Louis, haïtienne, passeport RE1203344.\n"
                  "Motif : j'ai été menacée de la part d'un groupe armé à Port-au-Prince.\n", procedure="apelacion")
    assert values.get("nombres") == "Roseline Pierre Louis"
    assert values.get("documento_identidad") == "RE1203344"
    assert values.get("nacionalidad") == "HT"


def test_a_relative_clause_of_an_organisation_points_back_to_the_person_named_before_it():
    values = read("Señores:\n\nQuisiéramos saber cómo renueva su permiso la Sra. Yenifer Andrea Lugo Paz, "
                  "solicitante de refugio, con pasaporte N° 158334201, a quien acompañamos en nuestro programa.\n\n"
                  "Atte.\n\nLic. Marta Solís\nÁrea Legal – Asociación Puentes\ncel. 987 000 111\n",
                  procedure="autorizacion_trabajo", sender="legal@puentes.org")
    assert values.get("nombres") == "Yenifer Andrea Lugo Paz"
    assert values.get("documento_identidad") == "158334201"


@pytest.mark.parametrize("line, number", [
    ("Ghana Card No: GHA-712345678-2", "GHA7123456782"),
    ("BI n.º 004512345LA032", "004512345LA032"),
    ("NIN: 12345678901", "12345678901"),
])
def test_national_identity_cards_by_their_own_names(line, number):
    values = read(f"I, Kofi Boateng Mensah, wish to withdraw my application.\n{line}\nTel: +51 940 111 222\n",
                  procedure="renuncia")
    assert values.get("documento_identidad") == number


def test_an_article_between_the_name_and_the_demonym():
    values = read("Dear Sir,\nI, Kofi Boateng Mensah, a Ghanaian, wish to withdraw my application.\n",
                  procedure="renuncia")
    assert values.get("nacionalidad") == "GH"


def test_a_comma_and_a_space_end_a_document_number():
    values = read("Hola, quiero cambiar mi clave.\nRosa Elena Mite Pazmiño, ecuatoriana, cédula 0912345678, 957 111 222.",
                  procedure="cambio_clave")
    assert values.get("documento_identidad") == "0912345678"
    assert values.get("telefono") == "+51957111222"


def test_a_lower_case_message_with_a_capitalised_code_is_still_written_without_case():
    values = read("buenos dia. yo rosemene jean louis, yo haitiana. yo kiere cambio mi clave. "
                  "mi pasaporte RE5512093. mi telefono 9 5566 1100. grasias",
                  procedure="cambio_clave", sender="rosemene.jeanlouis@gmail.com")
    assert values.get("nombres") == "rosemene jean louis"
    assert values.get("nacionalidad") == "HT"


@pytest.mark.parametrize("subject, body", [
    ("duplicate of foreigner card", "Please I need a duplicate of my foreigner card, it was stolen."),
    ("Demande de duplicata de la carte d'étranger", "Je demande un duplicata de mon carné de extranjería."),
    ("Duplicate", "I lost my carné de extranjería, please a new one."),
])
def test_a_duplicate_card_asked_in_english_or_french(subject, body):
    from mailbot.core.classify import classify

    assert classify(load_rules(RULES_DIR), subject, body).procedure == "duplicado_carne_extranjeria"


# -- rounds 49 and 50 --------------------------------------------------------------------

def test_an_organisation_asking_in_favour_of_someone_keeps_its_coordinators_dni_out():
    values = read("Por la presente, la Asociación Camino, representada por su directora Irma Salas (DNI 40112233), "
                  "solicita en favor de la Sra. Yuleisi Carolina Pérez Mora el duplicado de su carné. Sus datos:\n\n"
                  "Cédula de identidad: V-18.223.344\nCarné de extranjería N°: 000812345\n",
                  procedure="duplicado_carne_extranjeria", sender="info@camino.org")
    assert values.get("documento_identidad") == "V18223344"
    assert values.get("nombres") == "Yuleisi Carolina Pérez Mora"


def test_a_relative_named_as_the_subject_of_the_first_sentence_is_the_applicant():
    values = read("Buenas tardes,\n\nmi esposo Ramiro José Lugo Peña (pasaporte 144 556 778) registró su solicitud "
                  "y todavía no le llega la cita. ¿Pueden revisar?\n\nGracias,\nMaría", procedure="entrevista_registro")
    assert values.get("nombres") == "Ramiro José Lugo Peña"
    assert values.get("documento_identidad") == "144556778"


def test_we_are_a_family_of_a_nationality():
    values = read("Buenos días. Somos una familia venezolana (mi esposo, mi hija y yo) y queremos pedir refugio.\n"
                  "Mi nombre es Ana Lucía Rojas Paz, pasaporte 155667788.", procedure="solicitud_refugio")
    assert values.get("nacionalidad") == "VE"


def test_a_demonym_in_parentheses_after_the_document_number():
    values = read("necesito cambio de clave\nmi nombre es jhon fredy ruiz\ncc 1.093.111.222 (colombiano)\ncel 913 000 111",
                  procedure="cambio_clave", sender="jhonfredyruiz@gmail.com")
    assert values.get("nacionalidad") == "CO"


def test_the_applicants_address_in_a_lawyers_brief_over_the_lawyers_own():
    text = ("JUAN PÉREZ SOLANO, abogado con Registro CAL N° 11111, con domicilio procesal en Av. Lima 100, "
            "teléfono (01) 444 5555, correo jperez@perezabogados.pe, en representación de CARLOS ANDRÉS MORA "
            "LÓPEZ, de nacionalidad colombiana, a usted digo:\nI. PETITORIO\nInterpongo recurso de apelación.\n"
            "III. DATOS DE CONTACTO DEL RECURRENTE\nTeléfono: +51 976 000 111\nCorreo electrónico: carlosmora.co@gmail.com\n")
    values = read(text, procedure="apelacion", sender="jperez@perezabogados.pe")
    assert values.get("correo") == "carlosmora.co@gmail.com"


def test_a_gender_identity_says_nothing_of_the_sex_on_record():
    assert "sexo" not in read("Soy mujer trans y fui agredida en Valencia por la policía.", procedure="reconsideracion")
    assert read("Soy mujer y fui agredida en Valencia por la policía.", procedure="reconsideracion").get("sexo") == "F"


def test_a_name_a_blank_line_and_a_closing():
    values = read("Estimados:\n\nMi hijo nació en Lima. Yo soy ecuatoriano, ¿debe hacer algún trámite?\n\n"
                  "Jorge Iván Mera Castro\n\nGracias.\n")
    assert values.get("nombres") == "Jorge Iván Mera Castro"


# -- round 51 ----------------------------------------------------------------------------

def test_a_demonym_of_two_countries_takes_the_country_in_parentheses():
    values = read("Olá, preciso da minha autorização de trabalho.\n\nAmadu Djaló\n"
                  "Nacionalidade: guineense (Guiné-Bissau)\nPassaporte: AB0452100\n", procedure="autorizacion_trabajo")
    assert values.get("nacionalidad") == "GW"


# -- older fresh rounds (40, 44), after this session's rounds ---------------------------

def test_a_name_after_a_comma_runs_into_the_document_in_a_one_liner():
    values = read("buenas noches necesito cambio de clave porfa, Mario José Ruiz Vera V-18.221.330 cel 962000111 gracias",
                  procedure="cambio_clave")
    assert values.get("nombres") == "Mario José Ruiz Vera"


def test_a_name_alone_on_its_line_over_a_list_that_opens_with_the_sex():
    values = read("Hola, me robaron el carné en el micro, quiero el duplicado.\n\nJosé Luis Parra Nieto\n"
                  "masculino / venezolano / pasaporte 098000114 / CE 002000785\ncel 945 000 330\n",
                  procedure="duplicado_carne_extranjeria")
    assert values.get("nombres") == "José Luis Parra Nieto"


def test_a_card_number_after_was():
    values = read("Me llamo Rubén Pinto Salas. Mi carné de extranjería (perdido) era el 001440000. Pido el duplicado.",
                  procedure="duplicado_carne_extranjeria")
    assert values.get("carne_extranjeria") == "001440000"


def test_a_date_alone_in_a_list_of_data_is_the_birth_date_only_when_long_past():
    values = read("Prórroga de residencia: Yanet Pupo Almaguer / F / cubana / pasaporte K123400 / 22-09-1992 / 955 443 000",
                  procedure="prorroga_residencia")
    assert values.get("fecha_nacimiento") == "1992-09-22"
    values = read("Prórroga de residencia: Yanet Pupo Almaguer / F / cubana / pasaporte K123400 / 22-09-2020 / 955 443 000",
                  procedure="prorroga_residencia")
    assert "fecha_nacimiento" not in values


def test_a_social_worker_who_accompanies_someone_writes_on_their_behalf():
    values = read("Buenos días:\n\nSoy Marta Quispe Rojas (DNI 45000012), trabajadora social de la Asociación Puentes. "
                  "Acompaño al Sr. Pedro Antonio Lugo Rivas, quien no tiene computadora, y remito su recurso.\n\n"
                  "Saludos cordiales,\nMarta Quispe Rojas\nAsociación Puentes\n", procedure="reconsideracion")
    assert values.get("nombres") == "Pedro Antonio Lugo Rivas"
    assert "documento_identidad" not in values


@pytest.mark.parametrize("closing", ["Mèsi,", "Merci beaucoup,", "Cordialement,"])
def test_a_name_under_a_french_or_creole_closing(closing):
    values = read(f"Bonjou,\n\nMwen bezwen otorizasyon travay pou m ka travay.\n\n{closing}\nJacquelin Saint-Fleur\n",
                  procedure="autorizacion_trabajo")
    assert values.get("nombres") == "Jacquelin Saint-Fleur"


def test_a_signature_with_initials_yields_to_the_name_presented_in_another_order():
    body = "Je vous prie de trouver ci-joint mon recours.\n\nCordialement,\nM. S. Bah\n"
    found = EXTRACTOR.extract([TextSource("body", body)], "", received=dt.date(2026, 12, 4), procedure="apelacion")
    found = EXTRACTOR.extract([TextSource("adjunto:recours.pdf", "Je soussigné BAH Mamadou Saliou, de nationalité "
                                          "guinéenne, forme recours.")],
                              "a@b.fr", known=found, received=dt.date(2026, 12, 4), procedure="apelacion")
    assert found["nombres"].value == "BAH Mamadou Saliou"


# -- rounds 53 and 54 (after their first run) --------------------------------------------

@pytest.mark.parametrize("text, sender, name", [
    ("pls update my phone no. to 904 118 000. emeka chukwu obi, nigerian. thanks", "emeka.obi90@yahoo.com",
     "emeka chukwu obi"),
    ("hello i want to file apelacion. kofi asare mensah, im ghanaian, tel 941882000. thanks", "kofi.mensah@gmail.com",
     "kofi asare mensah"),
])
def test_a_lower_case_name_before_a_comma_and_a_nationality(text, sender, name):
    values = read(text, procedure="actualizacion_datos", sender=sender)
    assert values.get("nombres") == name


def test_a_status_or_a_team_is_no_name():
    values = read("bonjou mwen ekri pou madanm mwen, li se refijye rekonèt, li bezwen prorroga: "
                  "non li se Rose Marie Pierre paspò RE5510000", procedure="prorroga_residencia")
    assert values.get("nombres") == "Rose Marie Pierre"
    assert "nombres" not in read("Les escribimos para coordinar una reunión.\n\nSaludos,\nEquipo de Coordinación\n")
