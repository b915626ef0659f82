"""Mechanisms that the sixth session's rounds (docs/generality.md) showed were missing,
each with made-up wording.

GIVEN a text as people write it WHEN the extractor reads it THEN the field holds the
applicant's value (or nothing)."""
from __future__ import annotations

import datetime as dt

from mailbot.core.extract import TextSource
from mailbot.core.rules import load_rules
from tests.extract_helpers import EXTRACTOR, RULES_DIR, read


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


# -- round 26 --------------------------------------------------------------------------

def test_a_document_on_a_short_line_of_its_own_does_not_run_into_the_phone_below():
    values = read("Les reenvío el recurso firmado.\n\nYuliana Andrea Ríos Pardo\nC.C. 1.045.778.210\n955 318 402\n",
                  procedure="apelacion")
    assert values.get("documento_identidad") == "1045778210"
    assert values.get("telefono") == "+51955318402"


def test_a_city_and_its_country_in_lower_case_after_a_space():
    values = read("hola necesito permiso de viaje a santiago de chile chile mi hermana se casa salgo el 3 de febrero de 2027",
                  procedure="autorizacion_viaje")
    assert values.get("destino") == "santiago de chile chile"


# -- round 27 --------------------------------------------------------------------------

def test_the_line_after_the_signature_delimiter_is_the_name_and_a_demonym_line_the_nationality():
    values = read("Buenas tardes.\n\nOlvidé mi clave del sistema, por favor envíenme una nueva.\n\n--\n"
                  "Odalys Fernández Quesada\nCubana, refugiada reconocida\n", procedure="cambio_clave")
    assert values.get("nombres") == "Odalys Fernández Quesada"
    assert values.get("nacionalidad") == "CU"


def test_the_writers_document_under_a_closing_and_name_on_one_line_is_not_the_applicants():
    values = read("Escribo en representación de mi madre, la señora Gladys Mercedes Toro Vivas, cédula V-6.221.409, "
                  "quien desea renunciar porque vuelve a Valencia.\n\nAtte. Karla Toro Vivas (hija)\nCE 001887432\n",
                  procedure="renuncia")
    assert values.get("carne_extranjeria") is None
    assert values.get("documento_identidad") == "V6221409"


def test_a_parish_signature_block_after_a_blessing_is_the_writers():
    values = read("Desde la parroquia remitimos el recurso del Sr. Wilfrid Jean-Baptiste. Él no tiene correo; "
                  "su celular es el 987 654 100.\n\nDios les bendiga,\n\n"
                  "P. Andrés Quispe Mamani\nPárroco\nParroquia Santa Rosa\nCel. 944 210 377\n", procedure="reconsideracion")
    assert values.get("telefono") == "+51987654100"
    assert values.get("nombres") == "Wilfrid Jean-Baptiste"


def test_a_heading_naming_children_then_a_blank_line_then_their_data():
    values = read("Mis datos:\nNombre: Rosa Elena Piña Mota\nCédula: V-18.334.201\n\n"
                  "Declaro también a mis hijos menores:\n\nNombre: Luis Piña Mota\nFecha de nacimiento: 03/02/2015\n",
                  procedure="actualizacion_datos")
    assert values.get("fecha_nacimiento") is None
    assert values.get("nombres") == "Rosa Elena Piña Mota"


# -- round 28 --------------------------------------------------------------------------

def test_a_note_in_parentheses_after_a_leading_label():
    values = read("Please find my appeal.\n\nFull name (surname first): MENSAH Kwame Kofi\nPassport No.: G01234567\n",
                  procedure="apelacion")
    assert values.get("nombres") == "MENSAH Kwame Kofi"


def test_a_label_line_is_no_name_over_the_next_data_line():
    values = read("Please find my appeal.\n\nNationality: Ghanaian\nPassport No.: G01234567\nPhone: 934 221 870\n",
                  procedure="apelacion")
    assert values.get("nombres") is None


def test_her_full_name_after_a_husband_writes_on_her_behalf_and_signs():
    values = read("I am writing on behalf of my wife, who is a refugee applicant.\n\nHer full name: Lucía Inés MORA DÍAZ\n"
                  "Her phone: 987 120 455\n\nBest,\nPeter Smith\n", procedure="actualizacion_datos",
                  sender="peter.smith.tx@gmail.com")
    assert values.get("nombres") == "Lucía Inés MORA DÍAZ"


def test_the_writers_passport_in_her_presentation_before_em_nome_do():
    values = read("Eu sou brasileira (meu passaporte é FY118200) e escrevo em nome do meu marido.\n\n"
                  "Nome completo: Carlos Eduardo Rivas Peña\nCédula: V-16.220.118\n", procedure="actualizacion_datos")
    assert values.get("documento_identidad") == "V16220118"


def test_double_arrows_between_label_and_value():
    values = read("RENOVACION\nNOMBRE     >> PAREDES LUGO JOSE GREGORIO\nSEXO       >> M\nNACIONALIDAD >> VEN\n",
                  procedure="prorroga_residencia")
    assert values.get("nombres") == "PAREDES LUGO JOSE GREGORIO"
    assert values.get("sexo") == "M"


def test_a_french_elision_in_a_label():
    values = read("Bonjour,\nCarné d'extranjería ... 000551902\n", procedure="duplicado_carne_extranjeria")
    assert values.get("carne_extranjeria") == "000551902"


# -- found by bench/perturb.py on rounds 26-28 (all in one case) ------------------------

def test_soy_a_lower_case_name_and_then_y_quisiera():
    values = read("buenas tardes, soy yenifer carolina maita rojas y quisiera saber como va mi solicitud\n\n"
                  "mi numero es 951 220 417\n", sender="yenifermaita@gmail.com")
    assert values.get("nombres") == "yenifer carolina maita rojas"


def test_a_lower_case_name_after_a_title_then_a_demonym():
    values = read("la clínica jurídica remite el recurso de la sra. dayerlin josefina pérez mora, venezolana, "
                  "titular de la cédula n° 19.880.214, contra la resolución notificada el 2 de noviembre de 2026.\n",
                  procedure="reconsideracion")
    assert values.get("nombres") == "dayerlin josefina pérez mora"


def test_a_lower_case_title_before_words_that_are_no_presentation_is_no_name():
    values = read("hablé con la sra. de la ventanilla y me dijo que escriba aquí para mi renovación\n",
                  procedure="prorroga_residencia")
    assert values.get("nombres") is None


def test_creole_yo_in_capitals_is_no_introduction():
    values = read("MWEN MANDE YO REKONSIDERE PASKE YO PA T GADE PAPYE LAPOLIS AYITI TE BAN M.\n\nMESI.\n",
                  procedure="reconsideracion")
    assert values.get("nombres") is None


def test_lower_case_letters_then_a_space_then_the_passport_digits():
    values = read("bonjour, j'ai oublié mon mot de passe.\nnom : dorval rose-andrée\npasseport n° : rd 0456123\n",
                  procedure="cambio_clave")
    assert values.get("documento_identidad") == "RD0456123"


# -- rounds 29-34 ----------------------------------------------------------------------

def test_an_outlook_signature_of_a_lawyer_yields_to_the_applicants_contact_in_the_pdf():
    from mailbot.core.htmltext import html_to_text
    body = html_to_text(
        '<p class="MsoNormal">Por encargo de mi patrocinado remito el recurso firmado.</p>'
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Atentamente,</p><p class="MsoNormal">&nbsp;</p>'
        '<p class="MsoNormal"><b>Rosa Huamán Ccori</b></p><p class="MsoNormal">Abogada – Reg. CAL N° 51234</p>'
        '<p class="MsoNormal">C. 998 700 111</p><p class="MsoNormal">rhuaman@estudio.pe</p>')
    found = EXTRACTOR.extract([TextSource("body", body), TextSource("subject", ""),
                               TextSource("adjunto:recurso.pdf", "Yo, DIEGO ARMANDO SOTO VERA, teléfono celular 951 333 222 "
                                                                 "y correo diego.soto.v@gmail.com, interpongo recurso.")],
                              "rhuaman@estudio.pe", received=dt.date(2026, 12, 4), procedure="apelacion")
    assert found["telefono"].value == "+51951333222"
    assert found["correo"].value == "diego.soto.v@gmail.com"


def test_an_empty_outlook_paragraph_is_a_blank_line_and_a_full_one_a_line():
    from mailbot.core.htmltext import html_to_text
    text = html_to_text('<p class="MsoNormal">Uno</p><p class="MsoNormal">Dos</p><p class="MsoNormal">&nbsp;</p>'
                        '<p class="MsoNormal">Tres</p>')
    assert text == "Uno\nDos\n\nTres"


def test_the_applicants_own_message_forwarded_below_an_office_reply_is_read():
    from mailbot.core.textclean import applicant_text
    body = ("Les reenvío mi pedido.\n\n---------- Forwarded message ---------\nDe: Mesa <mesadepartes@rree.gob.pe>\n"
            "Date: lun\nSubject: RE\n\nDebe escribir a otro buzón.\n\n---------- Forwarded message ---------\n"
            "De: Ana <ana@gmail.com>\nDate: vie\nSubject: Prórroga\n\nNombre: Ana Lucía Rey Paz\n")
    text = applicant_text(body, lambda address: address.endswith("@rree.gob.pe"))
    assert "Ana Lucía Rey Paz" in text and "otro buzón" not in text


def test_a_son_who_writes_for_his_father_gives_his_own_phone_to_call_him():
    values = read("Escribo en nombre de mi padre, que no sabe usar el correo. Sus datos:\n\nNombre: Ernesto Luis Vera Pinto\n"
                  "Teléfono de mi papá: 961 222 333\n\nCualquier cosa pueden llamarme al 980 444 555.\n",
                  procedure="prorroga_residencia")
    assert values.get("telefono") == "+51961222333"


def test_a_forwarded_message_where_the_applicant_speaks_gives_the_applicants_phone():
    values = read("Les reenvío el correo de mi mamá, ella no sabe usar el correo. Cualquier cosa mi cel es 987 000 111.\n\n"
                  "Yo, Gladys Teresa Rivas Mora, venezolana, les comunico mi renuncia.\nMi teléfono: 963 000 222\n",
                  procedure="renuncia")
    assert values.get("telefono") == "+51963000222"


def test_a_relative_who_cannot_write_named_in_the_opening_sentence_is_the_applicant():
    values = read("Les escribo porque mi hermano Luis Alfredo Campos Díaz, pasaporte 150222333, está hospitalizado y no "
                  "puede escribir él mismo. Quiere apelar.\n\nCualquier comunicación a mí: Rosa Campos Díaz, celular 976 000 444.\n",
                  procedure="apelacion")
    assert values.get("nombres") == "Luis Alfredo Campos Díaz"
    assert values.get("documento_identidad") == "150222333"


def test_a_heading_naming_the_family_group_and_the_writers_own_data():
    values = read("Actualizo mis datos y los de mi grupo\nfamiliar:\n\nTitular: Ramón Eduardo Gil Paz\nTeléfono: 975 000 111\n\n"
                  "Esposa: Ana Ruiz, teléfono 981 000 222\n", procedure="actualizacion_datos")
    assert values.get("nombres") == "Ramón Eduardo Gil Paz"
    assert values.get("telefono") == "+51975000111"


def test_a_heading_naming_only_the_family_group():
    values = read("Yo, Carmen Rosa Díaz Peña, venezolana, actualizo mis datos. Nuevo celular: 955 000 111\n\n"
                  "Les pido lo mismo para mi grupo familiar:\n\nNombre: Pedro Salas Ruiz\nNacionalidad: Colombiana\n",
                  procedure="actualizacion_datos")
    assert values.get("nombres") == "Carmen Rosa Díaz Peña"
    assert values.get("nacionalidad") == "VE"


def test_an_aid_group_signature_block_without_a_closing_is_the_writers():
    values = read("En nuestro albergue está el joven Samuel Louis, de nacionalidad haitiana, quien desea pedir refugio.\n\n"
                  "Hna. Rosa Mamani\nCasa de Acogida Santa Ana\nJr. Cusco 120, Barrios Altos, Lima\nTel. 985 000 127\n",
                  procedure="solicitud_refugio")
    assert values.get("nombres") == "Samuel Louis"


def test_a_name_after_my_data_without_a_colon_in_capitals():
    values = read("necesito cambiar la clave\nmis datos PAREDES LUGO ANA MARIA pasaporte 108000567\n", procedure="cambio_clave")
    assert values.get("nombres") == "PAREDES LUGO ANA MARIA"


def test_a_spaced_dash_ends_a_passport_number_before_the_phone():
    values = read("Hola, ¿se puede cambiar la fecha?\n\nMaría Paz Vera - pasaporte 159000123 - 944 000 677\n",
                  procedure="entrevista_registro")
    assert values.get("documento_identidad") == "159000123"


def test_a_colombian_cc_abbreviation_is_no_part_of_the_number():
    values = read("Nombre: Jairo Pineda Castaño\nDocumento: CC 79.000.112\n", procedure="renuncia")
    assert values.get("documento_identidad") == "79000112"


def test_a_pipe_table_of_a_plain_text_alternative():
    values = read("Solicito el duplicado.\n\n| Nombres y apellidos | Wilson Ardila Becerra |\n|---|---|\n"
                  "| Nacionalidad        | Colombia              |\n", procedure="duplicado_carne_extranjeria")
    assert values.get("nacionalidad") == "CO"
    assert values.get("nombres") == "Wilson Ardila Becerra"


def test_my_brother_then_he_wants_to_apply_in_the_next_sentence():
    values = read("My brother Karim Haidari arrived last week. He is Afghan and he wants to apply for refugee status.\n\n"
                  "You can call me: +51 906 000 781\n\nThank you,\nYusuf Haidari (brother)\n", procedure="solicitud_refugio")
    assert values.get("nombres") == "Karim Haidari"
    assert values.get("nacionalidad") == "AF"


def test_a_nationality_line_after_the_name_with_a_middle_dot():
    values = read("Actualizo mi número.\n\n--\nJorge Luis Ayala Cruz\nSalvadoreño · Solicitante de refugio\n",
                  procedure="actualizacion_datos")
    assert values.get("nacionalidad") == "SV"


def test_a_childs_nationality_after_mi_nino_is_not_the_applicants():
    values = read("lo necesito para el colegio de mi niño que es peruano.\n\nDayana Suárez\npasaporte 165 000 341\n",
                  procedure="carne_solicitante")
    assert values.get("nacionalidad") is None


def test_soy_demonym_then_the_name_between_commas():
    values = read("me negaron el refugio y no entiendo.\n\nsoy venezolano, Eduardo Salas Pérez, mi whatsapp es 0414-7700234\n")
    assert values.get("nombres") == "Eduardo Salas Pérez"


def test_je_soussigne_gives_the_name_as_presented_over_the_signature():
    values = read("Je soussignée TRAORE Awa, de nationalité malienne, déclare renoncer à ma demande.\n\nAwa TRAORE\n",
                  procedure="renuncia")
    assert values.get("nombres") == "TRAORE Awa"


def test_a_procedure_phrase_that_labels_a_number_in_the_body_names_no_procedure():
    from mailbot.core.classify import classify
    rules = load_rules(RULES_DIR)
    body = "Quisiera saber en qué estado está mi expediente.\n\nRonald Acosta\nCarné de solicitante 2025-0112233\n"
    assert classify(rules, "Consulta", body).procedure is None
    assert classify(rules, "Consulta", "Necesito mi carné de solicitante, ya hice la entrevista.").procedure == "carne_solicitante"


def test_procedures_named_in_portuguese_and_english_subjects():
    from mailbot.core.classify import classify
    rules = load_rules(RULES_DIR)
    assert classify(rules, "Renúncia ao pedido de refúgio", "").procedure == "renuncia"
    assert classify(rules, "Autorização de trabalho", "").procedure == "autorizacion_trabajo"
    assert classify(rules, "Apply for refugee status", "").procedure == "solicitud_refugio"


def test_a_mother_named_in_the_reason_after_the_writers_own_data_in_capitals_is_no_applicant():
    values = read("SEÑORES, ADJUNTO LA SOLICITUD FIRMADA. DATOS:\n\nMARIO LUIS PEÑA SOTO / CE 001100334 / CELULAR 967-800-123\n"
                  "DESTINO: LIMA\nMOTIVO: MI MADRE SERÁ OPERADA DEL CORAZÓN Y NECESITA ACOMPAÑANTE.\n", procedure="autorizacion_viaje")
    assert values.get("nombres") == "MARIO LUIS PEÑA SOTO"
    assert values.get("carne_extranjeria") == "001100334"


def test_a_lower_case_name_after_an_on_behalf_phrase_and_before_que():
    values = read("buenas tardes, escribo en nombre de mi papá hernán josé vera ospina que no maneja correo. "
                  "necesita la prórroga de residencia.\n", procedure="prorroga_residencia")
    assert values.get("nombres") == "hernán josé vera ospina"


# -- rounds 35-40 ----------------------------------------------------------------------

def test_a_mother_of_the_applicant_names_him_after_de_refugio():
    values = read("Buenos días, les escribe Carmen Ruiz Duarte, madre del solicitante de refugio Yasiel Pérez Ruiz. "
                  "Mi hijo es cubano, su carnet de identidad es el 95030045678. El teléfono de él es 912 300 678.\n",
                  procedure="actualizacion_datos")
    assert values.get("nombres") == "Yasiel Pérez Ruiz"
    assert values.get("nacionalidad") == "CU"
    assert values.get("documento_identidad") == "95030045678"


def test_the_mother_of_the_applicant_names_her_daughter_in_the_next_sentence():
    values = read("Mi nombre es Rosa Elena Márquez, cédula V-8.700.432, soy la mamá de la solicitante.\n\n"
                  "Mi hija Andrea Sofía Guerra Márquez, pasaporte 154200987, no puede entrar al sistema.\n",
                  procedure="cambio_clave")
    assert values.get("nombres") == "Andrea Sofía Guerra Márquez"
    assert values.get("documento_identidad") == "154200987"


def test_a_relative_named_between_commas_is_the_subject_of_the_opening_sentence():
    values = read("Hola, buenos días.\n\nMi mamá, Gladys Josefina Villegas, presentó su solicitud en línea y todavía no le "
                  "llega la cita.\n\nGracias,\nAndreína Lugo\n", procedure="entrevista_registro")
    assert values.get("nombres") == "Gladys Josefina Villegas"


def test_a_relative_named_between_commas_then_the_writer_speaks_of_themself():
    values = read("Mi esposa, Claudia Rincón (colombiana, C.C. 52.000.678), ya actualizó sus datos; ahora actualizo "
                  "los míos. Soy refugiado.\n\nNombre: Héctor Villalobos Urdaneta\nCédula de identidad N° 14.500.234\n",
                  procedure="actualizacion_datos")
    assert values.get("documento_identidad") == "14500234"


def test_creole_non_mwen_labels_the_name():
    values = read("Bonjou,\nMwen bezwen chanje kle a.\n\nNon mwen: LOUIS Jonas Makenson\nPaspò: RD3400789\n",
                  procedure="cambio_clave")
    assert values.get("nombres") == "LOUIS Jonas Makenson"


def test_a_country_in_parentheses_after_the_destination_as_written():
    values = read("Mi esposo necesita viajar a Cali (Colombia) porque falleció su papá. Sale el 8 de octubre de 2026.\n",
                  procedure="autorizacion_viaje")
    assert values.get("destino") == "Cali (Colombia)"


def test_an_arrest_is_a_reason():
    values = read("No pude explicar bien que en Cuba me detuvieron tres veces por publicar contra el gobierno.\n",
                  procedure="reconsideracion")
    assert values.get("motivo")


def test_a_one_line_list_after_what_it_is_for():
    values = read("Prórroga de residencia: Yanet Pupo Almaguer / F / cubana / pasaporte K120456 / CE 001100334 / 955 400 322\n",
                  procedure="prorroga_residencia")
    assert values.get("nombres") == "Yanet Pupo Almaguer"
    assert values.get("sexo") == "F"


def test_a_one_liner_with_the_name_and_phone_after_a_comma():
    values = read("cambio de clave porfa, Luis Alberto Rengifo Díaz 945600123\n\nEnviado desde mi iPhone\n",
                  procedure="cambio_clave")
    assert values.get("nombres") == "Luis Alberto Rengifo Díaz"


def test_a_nationality_obtained_later_is_not_the_one_of_record():
    values = read("Yo, Wilda Saint-Fleur, haitiana, pasaporte RH3300781, renuncio a mi condición de refugiada.\n"
                  "Motivo: obtuve la nacionalidad brasileña por matrimonio.\n", procedure="renuncia")
    assert values.get("nacionalidad") == "HT"


def test_a_place_with_its_country_in_the_sentence_that_says_when_i_leave():
    values = read("Necesito autorización de viaje. Me llamo Dayron Mesa Alfonso, carné de extranjería 001000003.\n"
                  "Salgo el 20 de diciembre de 2026 a Miami, Estados Unidos.\n", procedure="autorizacion_viaje")
    assert values.get("destino") == "Miami, Estados Unidos"


# -- rounds 41-42 (after their first run) ----------------------------------------------

def test_reasons_promised_for_later_are_no_reason():
    values = read("Adjunto mi recurso de apelación firmado.\n\nLos fundamentos los enviaré en los próximos días con mi abogado.\n",
                  procedure="apelacion")
    assert values.get("motivo") is None


def test_an_access_that_no_longer_works_is_the_reason_in_french():
    values = read("Bonsoir,\nJe n'arrive plus à accéder au système, mon mot de passe ne fonctionne plus.\n", procedure="cambio_clave")
    assert values.get("motivo")


# -- rounds 43-44 (after their first run) ----------------------------------------------

def test_a_friend_of_the_applicant_writes_for_him():
    values = read("Buenos días, soy amigo del señor Wesly Dorsainvil y le ayudo a enviar su recurso porque él no tiene "
                  "internet. Su teléfono es +51 939 600 204.\n\nGracias,\nPedro Castillo\n", procedure="apelacion")
    assert values.get("nombres") == "Wesly Dorsainvil"


def test_the_country_one_lives_in_said_in_creole_prose_is_no_nationality():
    values = read("Mwen rele Jean Paul Pierre-Louis. Mwen se ayisyen, mwen fè demann refij nan Peyi Pewou.\n",
                  procedure="actualizacion_datos")
    assert values.get("nacionalidad") == "HT"
