"""Mechanisms that the sixth session's rounds (docs/generality.md) showed were missing,
each with made-up wording.

GIVEN a text as people write it WHEN the extractor reads it THEN the field holds the
applicant's value (or nothing)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from mailbot.core.extract import FieldExtractor, TextSource
from mailbot.core.rules import load_rules
from mailbot.settings import INSTITUTIONAL_MAILBOXES

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
EXTRACTOR = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES, load_rules(RULES_DIR).vocabulary)


def read(text: str, procedure: str | None = None, subject: str = "", sender: str = "remitente@gmail.com") -> dict:
    found = EXTRACTOR.extract([TextSource("body", text), TextSource("subject", subject)], sender,
                              received=dt.date(2026, 12, 4), procedure=procedure)
    return {name: value.value for name, value in found.items()}


# -- round 25 --------------------------------------------------------------------------

def test_a_relatives_phone_on_their_line_of_a_list_yields_to_the_applicants():
    values = read("Yo Carmen Rosa Ibarra Duque, venezolana, desisto de mi solicitud.\n\n"
                  "La renuncia comprende a mis familiares:\n"
                  "- Luis Alfonso Ibarra Pérez (padre), V-9.876.543, cel. 951 777 888\n\n"
                  "Mi celular: +51 962 333 444\n", procedure="renuncia")
    assert values.get("telefono") == "+51962333444"
    assert values.get("nombres") == "Carmen Rosa Ibarra Duque"


def test_a_relation_in_parentheses_marks_the_line_as_someone_elses():
    values = read("Solicito la renovación.\nNombre: Ana Teresa Moya Ruiz\n"
                  "Pedro Moya Ruiz (hermano) tel. 955 101 202\nTeléfono: 966 303 404", procedure="prorroga_residencia")
    assert values.get("telefono") == "+51966303404"


def test_a_relatives_phone_is_kept_when_the_applicant_gives_none():
    values = read("Solicito la renovación de mi carné. Soy Ana Teresa Moya Ruiz.\n"
                  "Pedro Moya Ruiz (hermano), tel. 955 101 202", procedure="prorroga_residencia")
    assert values.get("telefono") == "+51955101202"


def test_a_landline_after_a_label_and_its_qualifier():
    for line in ("Tel. fijo (01) 467-2290", "Tel fijo 01 4672290", "Teléfono fijo: (01) 467 2290"):
        values = read(f"Solicito duplicado de mi carné.\n\nRoberto Ilich Salas Mena\n{line}\n",
                      procedure="duplicado_carne_extranjeria")
        assert values.get("telefono") == "+5114672290", line


def test_a_signature_with_a_middle_initial_is_a_name():
    values = read("Buenas tardes, adjunto lo que faltaba.\n\nSaludos,\nMarisol E. Quintero\nCel: 944 555 666\n",
                  procedure="actualizacion_datos")
    assert values.get("nombres") == "Marisol E. Quintero"


def test_a_name_in_the_subject_followed_by_its_document_number():
    values = read("Complemento lo pedido: soy de nacionalidad colombiana.\n\nSaludos,\nWilmer A. Ospina\n",
                  procedure="actualizacion_datos",
                  subject="RE: Actualización de datos - Wilmer Andrés Ospina Correa C.C. 1.032.456.789")
    assert values.get("nombres") == "Wilmer Andrés Ospina Correa"
    assert values.get("documento_identidad") == "1032456789"


def test_a_hyphenated_surname_in_the_subject():
    values = read("Adjunto mis datos.", procedure="cambio_clave", subject="Cambio de clave - Mirlande Pierre-Louis")
    assert values.get("nombres") == "Mirlande Pierre-Louis"
