"""Form lines in the writer's own layout (mailbot/core/extract/layout.py): a label of the
vocabulary with any separator, and several data run into one line or paragraph, read as
the list they are. Made-up wording, found by `bench/perturb.py` (the same messages with
other separators or each paragraph on one line scored lower than as written).

GIVEN a text as people write it WHEN the extractor reads it THEN the fields hold the
applicant's values, each one alone."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mailbot.core.extract import FieldExtractor, TextSource
from mailbot.core.extract.layout import label_lines
from mailbot.core.rules import load_rules
from mailbot.core.textclean import tidy_layout
from mailbot.settings import INSTITUTIONAL_MAILBOXES

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
VOCABULARY = load_rules(RULES_DIR).vocabulary
EXTRACTOR = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES, VOCABULARY)
LABELS = (VOCABULARY.labels, VOCABULARY.roles)


def read(text: str) -> dict:
    found = EXTRACTOR.extract([TextSource("body", text), TextSource("subject", "")], "anyone@gmail.com",
                              received=dt.date(2026, 12, 4))
    return {name: value.value for name, value in found.items()}


@pytest.mark.parametrize("separator", [" - ", " – ", " / ", "     ", " = ", " => ", " ........ ", " | "])
def test_a_label_with_any_separator_under_an_introduction(separator):
    """The line above ends with a colon ("mis datos:"): it is not joined to a form line
    whatever separates the label from the value."""
    values = read("Buenos días.\n\nPara el trámite, consigno mis datos:\n"
                  f"Nombre completo{separator}Yurbelis Andreína Carpio Lugo\n"
                  f"N° de Pasaporte{separator}139204417\n"
                  f"Celular{separator}962 114 870\n\nGracias.\n")
    assert values.get("nombres") == "Yurbelis Andreína Carpio Lugo"
    assert values.get("documento_identidad") == "139204417"
    assert values.get("telefono") == "+51962114870"


def test_a_name_label_and_spaces_do_not_become_the_name():
    values = read("NOMBRES Y APELLIDOS     Teodoro Villasmil Acosta\nCEDULA     V-17.223.904\n")
    assert values.get("nombres") == "Teodoro Villasmil Acosta"
    assert values.get("documento_identidad") == "V17223904"


def test_data_run_into_one_paragraph_are_read_one_by_one():
    values = read("Solicito la prórroga de mi residencia. Mis datos: Nombres: Eudomar Rafael Pinto Salas "
                  "Fecha de nacimiento: 02/07/1984 Sexo: masculino Nacionalidad: venezolana "
                  "Carné de extranjería: 001928374 Teléfono: 941 227 305 Atentamente")
    assert values.get("nombres") == "Eudomar Rafael Pinto Salas"
    assert values.get("fecha_nacimiento") == "1984-07-02"
    assert values.get("sexo") == "M"
    assert values.get("nacionalidad") == "VE"
    assert values.get("carne_extranjeria") == "001928374"


def test_a_typed_form_flattened_with_dot_leaders():
    values = read("Buenas, pido la prórroga. NOMBRE ......... Osniel Ferrer Duany SEXO ......... masculino "
                  "NACIONALIDAD ..... cubana CEL ........ 944 785 211 Saludos Osniel")
    assert values.get("nombres") == "Osniel Ferrer Duany"
    assert values.get("nacionalidad") == "CU"
    assert values.get("telefono") == "+51944785211"


def test_an_apposition_stays_one_line():
    """"Ana Pérez, nacionalidad: ..." is a name followed by its data, not a list."""
    text = "Necesito renovar. Marisela Tovar Guzmán, nacionalidad: Colombia, pasaporte AU482911."
    assert label_lines(text, LABELS) == text
    assert read(text).get("nombres") == "Marisela Tovar Guzmán"


@pytest.mark.parametrize("text", [
    "y mi teléfono: 987 654 321",  # a label after "mi" is part of the sentence
    "Teléfono / WhatsApp: 987 654 321",  # a label of two parts keeps its colon
    "Hora: 10:30 - Lugar de la cita: Lima",  # "Hora" is no label: nothing before the cut
    "ana.cel@gmail.com",
])
def test_lines_that_stay_as_they_are(text):
    assert label_lines(text, LABELS) == text


def test_a_label_only_line_is_not_joined_to_a_form_line_with_a_dash():
    assert tidy_layout("Mis datos:\nNombre - Ana Ruiz\n") == "Mis datos:\nNombre - Ana Ruiz\n"
    assert tidy_layout("Nombres y apellidos:\nAna Ruiz\n") == "Nombres y apellidos: Ana Ruiz\n"


def test_closing_words_in_capitals_are_no_name():
    """"DIOS LES BENDIGA", "SIN OTRO PARTICULAR, ME DESPIDO": what a closing says, never a person."""
    assert "nombres" not in read("NECESITO CAMBIAR MI CLAVE. PASAPORTE RD5703373. DIOS LES BENDIGA")
    assert "nombres" not in read("PRESENTO MI RENUNCIA.\n\nSIN OTRO PARTICULAR, ME DESPIDO.\n\nATENTAMENTE,\n")


def test_a_place_in_lower_case_keeps_its_country():
    found = EXTRACTOR.extract([TextSource("body", "destino: lisboa, portugal\nfecha de salida: 21/01/2027")],
                              "a@gmail.com", received=dt.date(2026, 12, 4), procedure="autorizacion_viaje")
    assert found["destino"].value == "lisboa, portugal"
    found = EXTRACTOR.extract([TextSource("body", "Destino: Guayaquil, mi hermana está enferma")],
                              "a@gmail.com", received=dt.date(2026, 12, 4), procedure="autorizacion_viaje")
    assert found["destino"].value == "Guayaquil"


@pytest.mark.parametrize("written, code", [("ven", "VE"), ("Col", "CO"), ("per", "PE")])
def test_a_labelled_nationality_as_a_code_in_any_case(written, code):
    assert read(f"nacionalidad: {written}\nsexo: femenino").get("nacionalidad") == code


@pytest.mark.parametrize("text, name", [
    ("Mis datos son: Wilfrido Antonio Chirinos Gómez Cédula V- 19 332 615 Tel 9 6655 3321", "Wilfrido Antonio Chirinos Gómez"),
    ("Solicito mi prórroga.\n\nZulay Josefina Hernández Ortega sexo: femenino nacionalidad venezolana", "Zulay Josefina Hernández Ortega"),
    ("quisiera saber cómo va mi expediente. Solmary Rivero, V-19.003.441. Gracias", "Solmary Rivero"),
])
def test_a_name_that_runs_into_the_applicants_data(text, name):
    assert read(text).get("nombres") == name


def test_a_document_abbreviation_is_not_part_of_the_name_before_it():
    values = read("Mis datos son los siguientes: Jhon Edinson Cárdenas Ríos C.C. 1.098.765.431\n\n"
                  "Atentamente, Jhon E. Cárdenas")
    assert values.get("nombres") == "Jhon Edinson Cárdenas Ríos"
    assert values.get("documento_identidad") == "1098765431"


def test_prose_before_data_is_no_name():
    """Only a name starts the clause: "Adjunto Copia" is not one, and a sentence is not."""
    assert "nombres" not in read("Buenas tardes. Adjunto copia del pasaporte 123456789.")


def test_a_text_in_capitals_has_no_case_to_tell_a_name():
    """Written all in capitals, words that join a sentence, greetings and closings are no
    name, and "DE" is a word, not Germany."""
    values = read("BUENAS TARDES, SOY DE VENEZUELA Y QUIERO ACTUALIZAR MIS DATOS. MI PASAPORTE ES 123456789.\n\n"
                  "QUEDO ATENTO\n")
    assert "nombres" not in values
    assert values.get("nacionalidad") in (None, "VE")
    assert read("MI ABUELA NO TIENE INTERNET. ELLA SE LLAMA CARMEN ROSA PÁEZ DE LUGO.\n\nMÈSI ANPIL\n"
                ).get("nombres") == "CARMEN ROSA PÁEZ DE LUGO"


def test_a_place_in_capitals_ends_before_a_clause():
    found = EXTRACTOR.extract([TextSource("body", "DESTINO: GUAYAQUIL, MI HERMANA TUVO UN ACCIDENTE")],
                              "a@gmail.com", received=dt.date(2026, 12, 4), procedure="autorizacion_viaje")
    assert found["destino"].value == "GUAYAQUIL"


def read_from(text: str, sender: str) -> dict:
    found = EXTRACTOR.extract([TextSource("body", text), TextSource("subject", "")], sender,
                              received=dt.date(2026, 12, 4), sender=sender)
    return {name: value.value for name, value in found.items()}


@pytest.mark.parametrize("text", [
    "buenas tardes, cuándo recojo mi carné?\n\ndayra vera cedeño, ecuatoriana, ci 171845239-6, teléfono 976 540 211",
    "necesito actualizar mi telefono.\ndayra karina vera rojas / venezolana / cedula v-24.519.881 / telefono 974-062-311",
    "hola, quería saber cómo va mi expediente.\n\ndayra vera\ngracias.",
])
def test_a_name_in_lower_case_is_believed_when_the_sender_confirms_it(text):
    assert read_from(text, "dayra.vera.c@hotmail.com").get("nombres", "").startswith("dayra")
    assert "nombres" not in read_from(text, "someone.else@hotmail.com")


@pytest.mark.parametrize("text, document", [("my passport number is rd3390121", "RD3390121"),
                                             ("passeport: aa0987341", "AA0987341")])
def test_a_document_with_its_letters_in_lower_case(text, document):
    assert read(text).get("documento_identidad") == document


def test_a_phone_footer_does_not_hide_the_writers_signature():
    """A daughter writes for her mother and signs with her own carné; "Enviado desde mi
    iPhone" below is no longer the end of the text: her carné is still hers."""
    values = read("Les escribe Daniela, hija de la señora Carmen Rojas de Blanco, solicitante de refugio. "
                  "Solicito el cambio de clave a su nombre.\n\nSus datos:\n- Nombre completo: Carmen Rojas de Blanco\n"
                  "- Pasaporte: 118834561\n\nGracias.\n\nDaniela Blanco Rojas\nC.E. 002231871 · cel. 987 001 221\n\n"
                  "Enviado desde mi iPhone\n")
    assert values.get("nombres") == "Carmen Rojas de Blanco"
    assert "carne_extranjeria" not in values


@pytest.mark.parametrize("written, place", [
    ("Destino: Quito, Ecuador Salgo el 1ro de febrero y regreso el 15.", "Quito, Ecuador"),
    ("Destino: Santiago, Chili Date de départ : 15/12/2026", "Santiago, Chili"),
    ("Destino: San José, Costa Rica", "San José, Costa Rica"),
])
def test_a_place_ends_with_its_country(written, place):
    found = EXTRACTOR.extract([TextSource("body", written)], "a@gmail.com", received=dt.date(2026, 12, 4),
                              procedure="autorizacion_viaje")
    assert found["destino"].value == place


def test_a_label_alone_on_its_line_and_the_value_under_it():
    values = read("Nombre y apellido\nAna Lucía Torres Vega\n\nDocumento\n12345671\nCelular\n987 654 329\n")
    assert values.get("nombres") == "Ana Lucía Torres Vega"
    assert values.get("documento_identidad") == "12345671"
    assert values.get("telefono") == "+51987654329"


def test_att_with_a_colon_is_a_closing():
    assert read("Necesito mi clave.\nAtt: Pedro Pablo Rengifo\nCel: 987654321").get("nombres") == "Pedro Pablo Rengifo"
