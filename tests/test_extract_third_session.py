"""Mechanisms that rounds 13 and 15 (docs/generality.md) showed were missing, each with
made-up wording: a name over a bare phone line, a lower-case name ending a question, a
persecution as the stated reason, a country cell in the applicant's list of data, a
closing word never part of a name, a relative named first who asks for the procedure,
a representative who signs without a closing, a writer who introduces themself after
the on-behalf phrase.

GIVEN a text as people write it WHEN the extractor reads it THEN the field holds the
applicant's value (or nothing)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mailbot.core.extract import FieldExtractor, TextSource
from mailbot.core.rules import load_rules
from mailbot.settings import INSTITUTIONAL_MAILBOXES

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
EXTRACTOR = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES, load_rules(RULES_DIR).vocabulary)


def read(*texts: str, sender: str = "remitente@gmail.com") -> dict:
    sources = [TextSource("body", texts[0]), TextSource("subject", "")]
    found = EXTRACTOR.extract(sources, "", received=dt.date(2026, 12, 4))
    found = EXTRACTOR.extract([TextSource(f"adjunto:{n}.pdf", t) for n, t in enumerate(texts[1:])], sender,
                              known=found, received=dt.date(2026, 12, 4))
    return {name: value.value for name, value in found.items()}


def test_a_name_line_over_a_bare_phone_line_is_a_signature():
    values = read("necesito cambiar mi clave porque no me deja entrar\n\nRosaura Peña Lira\n951 330 442\n")
    assert values.get("nombres") == "Rosaura Peña Lira"
    assert values.get("telefono") == "+51951330442"


def test_a_lower_case_name_ending_a_question_before_the_phone_cell():
    values = read("buenas se me vencio el carne como lo renuevo?? maria jose tovar, cel 944 120 887")
    assert values.get("nombres") == "maria jose tovar"


def test_a_lower_case_run_without_a_sentence_end_is_no_name():
    values = read("buenas se me vencio el carne y necesito renovar la residencia, cel 944 120 887")
    assert "nombres" not in values


def test_a_persecution_said_in_prose_is_the_reason():
    assert read("Quiero apelar. A mi hermano lo mataron y a mí me amenazaron de muerte en Tumaco.").get("motivo")
    assert read("Llegué hace un mes por la guerra en mi región, quemaron nuestra casa.").get("motivo")


def test_a_country_cell_in_the_applicants_record_is_the_nationality():
    values = read("Solicito la prórroga.\n\nEsther Noemí Salas Vidal - Colombia - pasaporte AX1122334 - cel 940 110 220\n")
    assert values.get("nacionalidad") == "CO"


def test_a_country_after_a_city_is_not_the_nationality():
    values = read("Viajo a Caracas, Venezuela, por el entierro de mi padre. Carné 000112233, cel 940 110 220")
    assert values.get("nacionalidad") is None


def test_a_closing_and_a_nickname_are_no_name_when_the_pdf_gives_the_full_one():
    values = read("Reenvío mi recurso, no sé si llegó.\n\nAtte. Pocho\n",
                  "RECURSO DE RECONSIDERACIÓN\nOsvaldo José Pérez Lanz, cédula V-17.000.111, interpongo recurso.")
    assert values.get("nombres") == "Osvaldo José Pérez Lanz"


def test_a_relative_named_first_who_asks_for_the_procedure_is_the_applicant():
    values = read("Hola, mi prima Daniela Fernanda Ruiz Castro llegó ayer y quiere solicitar refugio.\n\n"
                  "Ella es colombiana, su cédula 1.020.333.444.\n\nYo soy Marta, mi número es 987 111 222.")
    assert values.get("nombres") == "Daniela Fernanda Ruiz Castro"


def test_a_relative_mentioned_later_who_will_write_is_not_the_applicant():
    values = read("Solicito la prórroga de mi residencia, mis datos son Hugo Andrés Mena Lara, cédula V11222333. "
                  "Mi esposa Carla Mena también es refugiada pero ella quiere mandar su correo aparte.")
    assert values.get("nombres") == "Hugo Andrés Mena Lara"


def test_a_lawyer_signing_without_a_closing_keeps_their_dni_and_phone():
    values = read("Señores:\n\nEn representación del Sr. Rubén Darío Alfonso Ruiz, adjunto su recurso de apelación.\n\n"
                  "Abg. Patricia León Vidal\nCAL 55123 - DNI 40111222\nCel. 999 555 444\n",
                  "Solicitante: Rubén Darío Alfonso Ruiz, cubano, pasaporte L123456.\n"
                  "Teléfono del solicitante: 942 000 111.")
    assert values.get("documento_identidad") == "L123456"
    assert values.get("telefono") == "+51942000111"


def test_a_writer_who_introduces_themself_after_writing_for_someone_keeps_their_carne():
    values = read("Escribo en nombre de mi hermana, que está internada. Yo soy Elías Bravo, CE 000998800.\n\n"
                  "Datos de ella:\nNombres: Lucía Bravo Nieto\nCarné de extranjería: 000815000\n")
    assert values.get("carne_extranjeria") == "000815000"
    assert values.get("nombres") == "Lucía Bravo Nieto"


def test_a_demonym_right_before_the_applicants_document_is_the_nationality():
    values = read("hola tengo 72 años venezolana mi cedula es 5.123.456 necesito renovar")
    assert values.get("nacionalidad") == "VE"


def test_a_name_label_with_a_full_stop_and_a_dash():
    assert read("Nombre completo.- Luis Alberto Mora\nCarné N°.- 000123456").get("nombres") == "Luis Alberto Mora"


def test_a_closing_inside_a_line_then_the_name():
    values = read("Adjunto mi apelación. Atentamente, Pedro Pablo León Ruiz. Pasaporte 123456789. Cel: 912-345-678")
    assert values.get("nombres") == "Pedro Pablo León Ruiz"


def read_for(body: str, procedure: str) -> dict:
    found = EXTRACTOR.extract([TextSource("body", body)], "remitente@gmail.com", received=dt.date(2026, 12, 4),
                              procedure=procedure)
    return {name: value.value for name, value in found.items()}


def test_a_trip_whose_first_date_leaves_out_the_year():
    values = read_for("Quiero viajar a Lima Norte... no: a Bogotá desde el 15/12 hasta el 05/01/27 para ver a mi mamá.",
                      "autorizacion_viaje")
    assert (values.get("fecha_salida"), values.get("fecha_retorno")) == ("2026-12-15", "2027-01-05")


def test_a_birth_date_with_the_month_in_words_and_a_two_digit_year():
    assert read_for("Fecha de nacimiento: 5 de mayo del 88", "prorroga_residencia").get("fecha_nacimiento") == "1988-05-05"


def test_labels_in_the_cells_of_a_line_of_prose():
    values = read_for("Necesito permiso de viaje, salgo el 14 de diciembre y regreso el 2 de enero 2027, "
                      "destino Caracas, motivo: boda de mi hija", "autorizacion_viaje")
    assert values.get("destino") == "Caracas" and values.get("motivo") == "boda de mi hija"


@pytest.mark.parametrize("body, expected", [
    ("DATOS DEL SOLICITANTE\nNOMBRES: JOSE GREGORIO\nAPELLIDOS: PEREZ MARIN\nCEDULA: 18.456.123", "JOSE GREGORIO PEREZ MARIN"),
    ("Apellidos: Rodríguez Pérez\nNombres: María José\nCelular: 987 654 321", "María José Rodríguez Pérez"),
    ("First name: Grace Ama\nLast name: Owusu\nPassport: G1234567", "Grace Ama Owusu"),
    ("Prénom : Marie Claude\nNom : DORVAL\nPasseport : HA1234567", "Marie Claude DORVAL"),
    # a full name under "Nombre" is not doubled by a surname line that repeats it
    ("Nombre: Ana Lucía Pérez Soto\nApellidos: Pérez Soto", "Ana Lucía Pérez Soto"),
])
def test_given_names_and_surnames_on_their_own_labelled_lines(body, expected):
    assert read(body).get("nombres") == expected


def test_a_word_before_the_digits_is_no_document_prefix():
    values = read("soy Yuleidy, venezolana, mi pasaporte es el 123456789 y mi número 987-654-321.\nYuleidy Carolina Mendoza")
    assert values.get("documento_identidad") == "123456789"
    assert values.get("nombres") == "Yuleidy Carolina Mendoza"


@pytest.mark.parametrize("body", [
    "mi telefono es nueve ocho siete seis cinco cuatro tres dos uno",
    "celular: nueve, ocho, siete, 654 321",
    "my phone is nine eight seven six five four three two one",
    "téléphone : neuf huit sept six cinq quatre trois deux un",
])
def test_a_phone_spelt_out_digit_by_digit(body):
    assert read(body).get("telefono") == "+51987654321"


def test_counting_words_in_prose_are_no_phone():
    assert read("tengo dos hijos y tres nietos, uno de ellos vive en Lima, cuatro o cinco veces vine").get("telefono") is None


@pytest.mark.parametrize("text, expected", [
    ("la resolución me la entregaron el día 2 de diciembre y no estoy de acuerdo", dt.date(2026, 12, 2)),
    ("I received the decision on November 30, 2026. I disagree.", dt.date(2026, 11, 30)),
    ("me llegó la resolución denegatoria el 15 de noviembre", dt.date(2026, 11, 15)),
    # receiving something else is no notification
    ("recibí un correo el 3 de diciembre con mi clave", None),
])
def test_receiving_the_resolution_is_its_notification(text, expected):
    from mailbot.core.extract import notified_on

    assert notified_on([TextSource("body", text)], dt.date(2026, 12, 4)) == expected


@pytest.mark.parametrize("body, field, expected", [
    ("Nac.: 03/05/1990\nSexo: M", "fecha_nacimiento", "1990-05-03"),
    ("Nac.: Venezolana", "nacionalidad", "VE"),
    ("D.N.I.: 12345678", "documento_identidad", "12345678"),
])
def test_a_label_two_fields_share_goes_with_the_values_shape(body, field, expected):
    assert read(body).get(field) == expected


def test_a_lower_case_name_after_soy_the_sender_confirms():
    def name(body: str, sender: str):
        found = EXTRACTOR.extract([TextSource("body", body)], sender, received=dt.date(2026, 12, 4))
        return found["nombres"].value if "nombres" in found else None

    body = "hola soy maria perez lopez necesito cambiar mi clave mi cel 987654321"
    assert name(body, "mariaperez@gmail.com") == "maria perez lopez"
    assert name(body, "xyz.123@gmail.com") is None  # nothing but the shape says it is a name


def test_a_lower_case_name_after_me_llamo_ends_where_the_sentence_goes_on():
    assert read("buenas noches me llamo jose luis paredes y quiero renovar mi carnet").get("nombres") == "jose luis paredes"
    assert read("Saludos, les habla Yolimar Castillo, solicitante de refugio").get("nombres") == "Yolimar Castillo"


def test_a_relative_who_cannot_write_is_the_applicant_and_the_writers_own_id_is_not():
    values = read("Buenos días, escribo desde mi correo porque mi madre no tiene internet. Ella es Rosa Amelia "
                  "Duarte Gil, con pasaporte número 098 765 432, y les envía su recurso.\n\n"
                  "El número de ella es 941 000 875.\nYo me llamo Inés Duarte, C.I. V-15.000.002.")
    assert values.get("nombres") == "Rosa Amelia Duarte Gil"
    assert values.get("documento_identidad") == "098765432"
    assert values.get("telefono") == "+51941000875"


def test_a_lower_case_name_line_over_a_phone_line_the_sender_confirms():
    def name(body: str, sender: str):
        found = EXTRACTOR.extract([TextSource("body", body)], sender, received=dt.date(2026, 12, 4))
        return found["nombres"].value if "nombres" in found else None

    body = ("ola como saco la autorizacion de trabajo virtual? no encuentro donde hacerlo en la pagina web\n"
            "kevin rodriguez\n907 332 118\n")
    assert name(body, "kevin.r.2008@hotmail.com") == "kevin rodriguez"
    assert name(body, "qwerty@hotmail.com") is None


def test_a_cedula_with_a_dash_and_spaces():
    assert read("Mis datos son:\nWilmer Chirinos Gómez\nCédula V- 19 332 615").get("documento_identidad") == "V19332615"


@pytest.mark.parametrize("body, procedure", [
    ("Que interpongo recurso de apelación contra la Resolución N° 0451-2026-CEPR. La Comisión no valoró que el "
     "grupo armado de la zona me declaró objetivo militar.\nLima, 1 de diciembre de 2026", "apelacion"),
    ("Quiero renunciar al trámite de refugio: mi esposa consiguió trabajo en España y nos vamos en enero.", "renuncia"),
])
def test_the_reason_said_right_after_the_petition(body, procedure):
    assert read_for(body, procedure).get("motivo")


def test_an_attachment_note_after_the_petition_is_no_reason():
    body = "Interpongo recurso de apelación contra la resolución.\nAdjunto el escrito firmado y mis documentos."
    assert read_for(body, "apelacion").get("motivo") is None


@pytest.mark.parametrize("body, field, expected", [
    ("NOMBRE ........... Yunier Castellanos Pupo\nCARNET IDENT. .... 87021409863\nCARNE EXTRANJ. ... 000458721",
     "carne_extranjeria", "000458721"),
    ("Escribo por mi papá, el señor Rafael Guédez Lozada.\n\nSus datos: venezolano, sexo masculino, cédula V-3.456.789, "
     "carné 000398112.", "nacionalidad", "VE"),
    ("Nombre / Apellidos: Yusmary Andreína / Gil Sequera\nSexo: mujer", "nombres", "Yusmary Andreína Gil Sequera"),
    ("Buenas tardes, ¿qué hago para registrar a mi bebé en mi expediente?\n\nYurimar Sánchez. 937 551 660",
     "nombres", "Yurimar Sánchez"),
])
def test_forms_people_write_their_data_in(body, field, expected):
    assert read(body).get(field) == expected


def test_a_demonym_alone_in_a_part_of_the_subject():
    found = EXTRACTOR.extract([TextSource("body", "Adjunto mi recurso."),
                               TextSource("subject", "Recurso de reconsideración (venezolano) - Henry Rangel")],
                              "x@gmail.com", received=dt.date(2026, 12, 4))
    assert found["nacionalidad"].value == "VE"


def test_the_writers_own_signature_block_under_a_message_for_someone_else():
    values = read("Les escribe Daniela Blanco, hija de la señora Carmen Rojas de Blanco. Mi mamá no maneja bien la "
                  "computadora y olvidó su clave.\n\n"
                  "Sus datos:\n- Nombre completo: Carmen Rojas de Blanco\n- Pasaporte: 118834567\n\n"
                  "Muchas gracias por su ayuda.\n\nDaniela Blanco Rojas\nC.E. 002231876 · cel. 987 001 223\n")
    assert values.get("carne_extranjeria") is None
    assert values.get("documento_identidad") == "118834567"


def test_a_presentation_after_the_petition_is_no_reason():
    body = "Interpongo recurso de apelación contra la resolución.\nMi nombre es Juan Carlos Pérez y soy venezolano de Maracay."
    assert read_for(body, "apelacion").get("motivo") is None
