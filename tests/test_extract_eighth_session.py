"""Mechanisms that the eighth session's rounds (docs/generality.md) showed were missing,
each with made-up wording.

GIVEN a text as people write it WHEN the extractor reads it THEN the field holds the
applicant's value (or nothing)."""
from __future__ import annotations

import pytest

from mailbot.core.textclean import applicant_text, own_quoted_text
from tests.extract_helpers import read


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
