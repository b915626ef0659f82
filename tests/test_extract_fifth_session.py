"""Mechanisms that the fifth session's rounds (docs/generality.md) showed were missing,
each with made-up wording.

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


def read(text: str, procedure: str | None = None, sender: str = "remitente@gmail.com") -> dict:
    found = EXTRACTOR.extract([TextSource("body", text), TextSource("subject", "")], sender,
                              received=dt.date(2026, 12, 4), procedure=procedure)
    return {name: value.value for name, value in found.items()}


# -- round 20 --------------------------------------------------------------------------

def test_a_country_right_after_the_name_in_a_comma_list_is_the_nationality():
    values = read("Necesito renovar mi carné.\nYelitza Marcano Rondón, Colombia, pasaporte AV447120, cel 944 120 377",
                  procedure="prorroga_residencia")
    assert values.get("nacionalidad") == "CO"
    assert values.get("nombres") == "Yelitza Marcano Rondón"


def test_a_country_after_a_city_in_a_comma_list_is_no_nationality():
    values = read("Vivo en Trujillo, Ecuador queda lejos.\nMis datos: Rubén Tapia Ochoa, Quito, Ecuador, "
                  "cédula 1718220457, cel 987 221 004", procedure="prorroga_residencia")
    assert values.get("nacionalidad") is None


def test_my_data_without_a_colon_then_a_lower_case_name_and_the_documents():
    values = read("buenas tardes quiero renovar\nmis datos yorgelis andreina paez lugo, carnet de extranjeria "
                  "002331847, cel 955 204 118", procedure="prorroga_residencia", sender="ypaez77@hotmail.com")
    assert values.get("nombres") == "yorgelis andreina paez lugo"
    assert values.get("carne_extranjeria") == "002331847"


def test_a_childs_passport_after_my_two_children_is_not_the_applicants():
    values = read("Quiero pedir refugio para mí y mis tres hijas, Ámbar (6 años, pasaporte 164 003 215), Luna y Sol. "
                  "Me llamo Gleidys Carolina Tovar Pinto, cédula V-20.331.448, cel 951 330 207.")
    assert values.get("documento_identidad") == "V20331448"
    assert values.get("nombres") == "Gleidys Carolina Tovar Pinto"


# -- found by bench/perturb.py on round 20 ---------------------------------------------

def test_two_phone_footers_do_not_hide_the_name_that_ends_the_text():
    values = read("Cuándo me dan la cita? Ya van 3 meses. Yohana Patricia Gil Rondón\n\n"
                  "Enviado desde mi Galaxy\n\nEnviado desde mi iPhone\n")
    assert values.get("nombres") == "Yohana Patricia Gil Rondón"


def test_a_lower_case_name_ending_the_text_is_believed_when_the_sender_confirms_it():
    text = "cuando me dan la cita? ya van 3 meses. yohana patricia gil rondón"
    assert read(text, sender="yohana.gil88@gmail.com").get("nombres") == "yohana patricia gil rondón"
    assert read(text, sender="cuenta123@gmail.com").get("nombres") is None
    assert read("ya les mande todo. muchas gracias por todo", sender="todo.gracias@gmail.com").get("nombres") is None


def test_a_destination_keeps_a_country_in_brackets_as_written():
    values = read("Solicito autorización para viajar a Montevideo (Uruguay). Salida: 2 de febrero de 2027.",
                  procedure="autorizacion_viaje")
    assert values.get("destino") == "Montevideo (Uruguay)"
    values = read("Solicito autorización para viajar a Montevideo (por trabajo). Salida: 2 de febrero de 2027.",
                  procedure="autorizacion_viaje")
    assert values.get("destino") == "Montevideo"


def test_a_lower_case_destination_keeps_its_country():
    values = read("necesito permiso para viajar a cuenca, ecuador, donde mi mama esta enferma",
                  procedure="autorizacion_viaje")
    assert values.get("destino") == "cuenca, ecuador"


def test_a_lower_case_name_before_its_sex_and_nationality_cells():
    values = read("Datos:\nyorman jose paez lugo / masculino / venezolano / pasaporte 124 908 337 / tlf 931 227 604",
                  procedure="duplicado_carne", sender="yorman.paez@gmail.com")
    assert values.get("nombres") == "yorman jose paez lugo"
    assert values.get("nacionalidad") == "VE"


# -- found by bench/perturb.py ("one line per paragraph") -------------------------------

def test_labelled_data_run_on_after_a_sentence_end_are_read_one_by_one():
    values = read("Buenos días. Solicito permiso de viaje. Motivo: el bautizo de mi nieto. "
                  "Destino: La Paz, Bolivia Salida: 04/02/27 Retorno: 20/02/27 Nombre: Elvis Ramón TORO DÍAZ "
                  "CE: 000 771 204 Cel: 955 310 447 Adjunto la solicitud.", procedure="autorizacion_viaje")
    assert values.get("destino") == "La Paz, Bolivia"
    assert values.get("fecha_salida") == "2027-02-04"
    assert values.get("nombres") == "Elvis Ramón TORO DÍAZ"


def test_a_country_before_a_document_label_and_a_number_mark_before_the_colon():
    values = read("Please find my request attached. Name: OKAFOR Chinedu Emeka Nigeria passport no.: A07719342 "
                  "Tel: +51 955 118 204", procedure="reconsideracion")
    assert values.get("nombres") == "OKAFOR Chinedu Emeka"
    assert values.get("documento_identidad") == "A07719342"


def test_a_name_ends_where_a_labelled_number_starts():
    values = read("¿Puedo pedir las dos cosas en un correo? Luis Fernando ARANGO MEJÍA CE 000 412 558",
                  sender="lfarango@gmail.com")
    assert values.get("nombres") == "Luis Fernando ARANGO MEJÍA"
    assert values.get("carne_extranjeria") == "000412558"


# -- found by bench/perturb.py (a message written all in capitals) ----------------------

def test_in_capitals_a_relative_named_without_a_name_does_not_make_it_a_letter_on_behalf():
    values = read("BUENAS NOCHES. MI PAPÁ ESTÁ INTERNADO EN QUITO Y NECESITO VIAJAR A VERLO. SOY REFUGIADA, "
                  "ME LLAMO ROSMERY TALAVERA LUGO Y MI CARNÉ DE EXTRANJERÍA ES EL 000733019.",
                  procedure="autorizacion_viaje")
    assert values.get("nombres") == "ROSMERY TALAVERA LUGO"
    assert values.get("carne_extranjeria") == "000733019"
    assert values.get("destino") == "QUITO"


def test_in_capitals_words_of_a_sentence_are_no_name_and_no_place():
    values = read("HELLO,\n\nI AM SENDING MY APPEAL, SIGNED.\n\nTHANK YOU VERY MUCH,\nAHMAD", procedure="apelacion")
    assert values.get("nombres") in (None, "AHMAD")
    values = read("ENVÍO MI APELACIÓN. MI NOMBRE COMPLETO Y MIS DATOS ESTÁN EN EL DOCUMENTO ADJUNTO.\nSALUDOS,\nYOLI",
                  procedure="apelacion")
    assert values.get("nombres") in (None, "YOLI")
    values = read("PRECISO VIAJAR: VIAJARÍA A LIMA NORTE, LUEGO A MEDELLÍN, COLOMBIA, DEL 3 AL 20 DE MARZO. "
                  "CARNÉ DE EXTRANJERÍA 001204577", procedure="autorizacion_viaje")
    assert values.get("nombres") is None


def test_in_capitals_a_place_is_read_without_the_sentence_before_it():
    values = read("NECESITO VIAJAR PORQUE TENGO UNA CIRUGÍA EN BOGOTÁ, COLOMBIA. SALGO EL 3 DE MARZO.",
                  procedure="autorizacion_viaje")
    assert values.get("destino") == "BOGOTÁ, COLOMBIA"
    values = read("NECESITO VIAJAR A SANTIAGO DE CHILE, SALIENDO EL 3 DE MARZO.", procedure="autorizacion_viaje")
    assert values.get("destino") == "SANTIAGO DE CHILE"


def test_a_child_under_age_is_named_after_the_words_said_of_them():
    values = read("Presento el recurso en representación de mi hijo menor de edad Luis Ángel Parra Soto, "
                  "pasaporte 151 200 318.", procedure="reconsideracion")
    assert values.get("nombres") == "Luis Ángel Parra Soto"


def test_a_lower_case_name_over_its_labelled_sex_and_nationality_lines():
    text = ("me robaron la cartera y necesito el duplicado.\n\nyanelis fonseca ortiz\nsexo: femenino\ncubana\n"
            "carné de extranjería: 000667102\ntelf: 924 551 308")
    assert read(text, procedure="duplicado_carne", sender="yanelis.fonseca@nauta.cu").get("nombres") == "yanelis fonseca ortiz"
    assert read(text, procedure="duplicado_carne", sender="otra.cuenta@nauta.cu").get("nombres") is None


def test_in_capitals_only_a_known_place_is_a_destination():
    values = read("FALLECIÓ MI PAPÁ Y NECESITO VIAJAR PARA EL SEPELIO, SOY REFUGIADO.\n"
                  "SALDRÍA EL 3 DE ENERO A CÚCUTA, COLOMBIA, TODAVÍA NO SÉ CUÁNDO REGRESO", procedure="autorizacion_viaje")
    assert values.get("destino") == "CÚCUTA, COLOMBIA"
    values = read("VIAJO A QUITO DEL 18 AL 30 DE DICIEMBRE POR EL FALLECIMIENTO DE MI PADRE.", procedure="autorizacion_viaje")
    assert values.get("destino") == "QUITO"


def test_in_a_text_without_capitals_the_relative_a_mother_writes_for_is_the_applicant():
    values = read("buenas tardes, les escribe rosa elena díaz de mora, madre de kelly johana mora díaz "
                  "(cédula v-29.331.870).\n\nmi hija quiere apelar la resolución porque la amenazaron en su barrio. "
                  "ella no tiene internet, por eso escribo yo. mi cédula es v-8.120.334.", procedure="apelacion")
    assert values.get("nombres") == "kelly johana mora díaz"
    assert values.get("documento_identidad") == "V29331870"


# -- round 22 --------------------------------------------------------------------------

def test_a_daughter_who_forwards_her_fathers_message_gives_her_own_phone_not_his():
    values = read("Buenas tardes, les reenvío el correo de mi papá Ramiro Soto Díaz, él me pidió que lo mandara.\n"
                  "Cualquier cosa mi cel es 987 331 200.\n\nYaritza\n\n---------- Forwarded message ---------\n"
                  "De: Ramiro Soto <ramirosoto@yahoo.com>\nDate: lun, 12 oct 2026 a las 21:14\nSubject: Renuncia\n\n"
                  "Yo, Ramiro Soto Díaz, renuncio a la condición de refugiado porque regreso a mi país.\n"
                  "Mi teléfono: 963 114 500", procedure="renuncia")
    assert values.get("telefono") == "+51963114500"
    assert values.get("nombres") == "Ramiro Soto Díaz"


def test_a_husband_writes_for_his_wife_named_with_a_title():
    values = read("Soy Julio César Peña Mora (CE 000911223), esposo de la Sra. Karla Beatriz Ruiz Téllez, refugiada "
                  "reconocida con carné de extranjería 001220334. Ella necesita viajar a Quito.",
                  procedure="autorizacion_viaje")
    assert values.get("nombres") == "Karla Beatriz Ruiz Téllez"
    assert values.get("carne_extranjeria") == "001220334"


def test_a_national_of_the_republic_of_a_country():
    values = read("I represent Mr. Mamadou Bah, a national of the Republic of Guinea, who wishes to apply for asylum.")
    assert values.get("nacionalidad") == "GN"


def test_a_neighbour_forwards_the_applicants_own_message():
    values = read("Buenos días, les reenvío el mensaje de mi vecino Wilfredo, él no tiene internet.\n\nPedro Ríos\n\n"
                  "________________________________\nDe: Wilfredo Antonio Mata <wmata90@gmail.com>\n"
                  "Enviado: domingo, 20 de diciembre de 2026 19:02\nAsunto: entrevista\n\n"
                  "Soy Wilfredo Antonio Mata Ruiz, pasaporte 156600112, no sé si me llamaron para la entrevista de "
                  "registro. Mi número nuevo es 913 220 871.", procedure="entrevista_registro")
    assert values.get("nombres") == "Wilfredo Antonio Mata Ruiz"
    assert values.get("telefono") == "+51913220871"


def test_an_outlook_quoted_office_reply_with_enviado_el_is_not_the_applicants_text():
    from mailbot.core.textclean import applicant_text
    body = ("Buenas tardes, reenvío mi recurso firmado como me indicaron.\n\nLeidy Mosquera\n\n"
            "-----Mensaje original-----\nDe: Mesa de Partes Virtual <mesadepartes@rree.gob.pe>\n"
            "Enviado el: miércoles, 30 de diciembre de 2026 09:40\nPara: leidy@gmail.com\nAsunto: Recurso\n\n"
            "Señora: puede comunicarse con la central (511) 204-2400 anexo 3301.")
    text = applicant_text(body, lambda address: address.endswith("@rree.gob.pe"))
    assert "204-2400" not in text and "Leidy Mosquera" in text


def test_a_numbered_list_run_into_one_line():
    values = read("Solicito el cambio de clave. Mis datos: 1. Nombres y apellidos: Edwin José Lara Pinto 2. N° de "
                  "pasaporte: 141 552 987 3. Teléfono: 934 100 222 4. Correo electrónico: elara@hotmail.com Gracias.",
                  procedure="cambio_clave")
    assert values.get("nombres") == "Edwin José Lara Pinto"
    assert values.get("documento_identidad") == "141552987"
    assert values.get("telefono") == "+51934100222"


# -- round 24 --------------------------------------------------------------------------

@pytest.mark.parametrize("text, procedure", [
    ("Kindly change my password as the system is not accepting my password.", "cambio_clave"),
    ("I request the change of my password, as I have not been able to log in for days.", "cambio_clave"),
    ("Je fais appel. La Commission n'a pas tenu compte de la situation dans ma région.", "apelacion"),
    ("Mwen renonse a kondisyon refijye a. Mwen jwenn yon travay nan Chili.", "renuncia"),
    ("Necesito viajar a Miami, mi hija tiene un parto de alto riesgo en enero.", "autorizacion_viaje"),
])
def test_reasons_said_in_other_words_and_languages(text, procedure):
    assert read(text, procedure=procedure).get("motivo")


def test_creole_name_label_and_a_french_passport_with_a_space():
    assert read("Non ak siyati: JEAN-BAPTISTE Rosemie\nNasyonalite: Ayisyèn").get("nombres") == "JEAN-BAPTISTE Rosemie"
    assert read("Passeport n° : RD 4471203").get("documento_identidad") == "RD4471203"


def test_the_senders_address_confirms_a_lower_case_name_by_its_start_or_initials():
    text = "olvide mi clave\n\nsoy yaneth carolina mora ruiz\nmi cel 957 30 22 14"
    assert read(text, sender="yane.cmr07@gmail.com").get("nombres") == "yaneth carolina mora ruiz"
    assert read(text, sender="mora.ruiz@gmail.com").get("nombres") == "yaneth carolina mora ruiz"
    assert read(text, sender="xx.ab07@gmail.com").get("nombres") is None


def test_words_the_applicant_dictated_in_quotes_are_the_applicants():
    values = read('Buenos días. Escribo de parte de mi abuelo que ya no ve bien, él me dicta:\n\n'
                  '"Yo, Ernesto José PARRA LEÓN, hombre, venezolano, nacido el 3/4/41, con cédula 2.110.334, solicito la '
                  'prórroga de mi residencia. Mi teléfono es el de la casa:\n(01) 562-0913."\n\nCarla (la nieta)',
                  procedure="prorroga_residencia")
    assert values.get("nombres") == "Ernesto José PARRA LEÓN"
    assert values.get("documento_identidad") == "2110334"
    assert values.get("sexo") == "M"
    assert values.get("telefono") == "+5115620913"


def test_an_english_demonym_before_national_and_portuguese_and_english_labels():
    assert read("I am Harpreet Kaur, Indian national, residing in Lima.").get("nacionalidad") == "IN"
    values = read("Carnê de estrangeiro: 000734519\nD.O.B 30 June 1990")
    assert values.get("carne_extranjeria") == "000734519"
    assert values.get("fecha_nacimiento") == "1990-06-30"


# -- found by bench/perturb.py on rounds 22 and 24 (capitals) ----------------------------

def test_in_capitals_weak_introductions_headings_and_labels_are_no_names():
    assert read("RESPECTED SIR,\n\nI AM SUBMITTING HEREWITH MY APPEAL AGAINST THE RESOLUTION.\n\nYOURS OBEDIENTLY,\n"
                "RAVI KUMAR SINGH", procedure="apelacion").get("nombres") != "SUBMITTING HEREWITH"
    values = read("ENVÍO MI RECURSO.\n\nMIS DATOS:\nPASAPORTE 143556721\nCEL 924 660 193", procedure="apelacion")
    assert values.get("nombres") is None
    values = read("JE SOUHAITE LA PROROGATION.\n\nMBARGA ONANA STÉPHANIE\nNATIONALITÉ : CAMEROUN\n"
                  "PASSEPORT : AA0219384\nCARTE D'ÉTRANGER (CE) : 001387205", procedure="prorroga_residencia")
    assert values.get("nombres") == "MBARGA ONANA STÉPHANIE"
    values = read("BUENAS NOCHES, ESCRIBE LA NIETA PORQUE MI ABUELO NO SABE USAR EL CORREO.", procedure="apelacion")
    assert values.get("nombres") is None


def test_a_writers_signature_run_into_the_closing_line_is_the_writers():
    values = read("Ayer llegó la señora Nadège Célestin, de nacionalidad haitiana. Quiere pedir refugio. "
                  "Su celular es 902 118 457.\n\nBendiciones, Pastor Rubén Ochoa Lama Coordinador – Red Solidaria "
                  "Piura Cel. 972 551 008")
    assert values.get("nombres") == "Nadège Célestin"
    assert values.get("telefono") == "+51902118457"


def test_a_name_that_ends_the_prose_without_a_stop():
    assert read("Je voudrais demander refuge. Mon numéro: +51 931 006 778 Patrick Mukendi Kabasele").get("nombres") \
        == "Patrick Mukendi Kabasele"
    text = "llevo semanas escribiendo y nadie me contesta, que pasa con mi tramite Wuilmer Rangel"
    assert read(text, sender="wuilmer_r@hotmail.com").get("nombres") == "Wuilmer Rangel"
    assert read(text, sender="otra.cuenta@hotmail.com").get("nombres") is None
    assert read("necesito la cita, vivo en Villa El Salvador", sender="villa.salvador@gmail.com").get("nombres") is None


def test_a_label_with_a_qualifier_or_in_two_languages_before_an_odd_separator():
    assert read("APELLIDOS Y NOMBRES - HERRERA PACHECO LUIS\nTELF. FIJO - (01) 485-1236").get("telefono") == "+5114851236"
    assert read("Nom complet / Nombre completo     Marie-Ange Pierre\nPasaporte     RD2265019").get("nombres") \
        == "Marie-Ange Pierre"


def test_a_lower_case_destination_of_several_words_the_gazetteer_knows():
    values = read("tengo que ir a ciudad de panamá porque a mi hijo lo operan. salgo el 19/12/26.",
                  procedure="autorizacion_viaje")
    assert values.get("destino") == "ciudad de panamá"


def test_lower_case_names_after_weak_introductions_confirmed_by_the_sender():
    text = "bonjou,\n\nmwen se wesley dorsainvil. mwen bezwen chanje modpas mwen.\n\npaspò mwen: ra0915542"
    assert read(text, sender="wesleydorsainvil@gmail.com").get("nombres") == "wesley dorsainvil"
    assert read(text, sender="cuenta@gmail.com").get("nombres") is None
    text = "yo ramiro josé ríos valderrama con pasaporte n° 098765432 vengo a apelar la resolución."
    assert read(text, procedure="apelacion", sender="rrios1979@gmail.com").get("nombres") == "ramiro josé ríos valderrama"


# -- round 23 --------------------------------------------------------------------------

def test_an_academic_title_before_a_signature_name_is_no_part_of_it():
    values = read("Solicito el cambio de clave. Mi pasaporte es el N° 163027845.\n\nCordialmente,\n\n"
                  "Lic. Yuraima Josefina Blanco Paz\nCel. 974-301-228", procedure="cambio_clave")
    assert values.get("nombres") == "Yuraima Josefina Blanco Paz"


def test_the_lines_under_a_heading_naming_my_children_are_theirs():
    values = read("Nombres y apellidos.......... Wilmer José Pacheco Rangel\nPasaporte.................... 086631904\n\n"
                  "Mis hijos menores, que dependen de mí:\nSantiago Pacheco Mendoza - pasaporte 170223344 - nacido el "
                  "12/05/2015\n\nAtte.\nWilmer", procedure="actualizacion_datos")
    assert values.get("documento_identidad") == "086631904"
    assert values.get("fecha_nacimiento") is None


def test_a_form_with_arrows_run_into_one_line():
    values = read("Solicito la actualización de mis datos: Nombre completo --> Luis Alfredo Márquez Pernía "
                  "Nacionalidad --> venezolana Cédula --> V-20.145.887 Celular nuevo --> 936 214 587",
                  procedure="actualizacion_datos")
    assert values.get("nombres") == "Luis Alfredo Márquez Pernía"
    assert values.get("nacionalidad") == "VE"
    assert values.get("documento_identidad") == "V20145887"


def test_in_capitals_a_destination_and_its_country_before_the_sentence_goes_on():
    values = read("NECESITO VIAJAR URGENTEMENTE A MARACAIBO, VENEZUELA PORQUE MI PAPÁ FALLECIÓ.",
                  procedure="autorizacion_viaje")
    assert values.get("destino") == "MARACAIBO, VENEZUELA"


# -- round 21 --------------------------------------------------------------------------

def test_round21_kinds():
    values = read("Motivo: el entierro de mi padre.\nDestino: Puerto Príncipe, Haití\nFechas: del 12/12/2026 al "
                  "28/12/2026", procedure="autorizacion_viaje")
    assert (values.get("fecha_salida"), values.get("fecha_retorno")) == ("2026-12-12", "2026-12-28")
    values = read("Les escribo porque mi vecino, el señor Emile Tshisekedi Mbuyi, de la República Democrática del "
                  "Congo, llegó hace poco y quiere presentar una solicitud de refugio. Yo soy Rosa Quispe, su vecina.")
    assert values.get("nombres") == "Emile Tshisekedi Mbuyi"
    assert values.get("nacionalidad") == "CD"
    assert read("hola necesito cambio de clave xfa. soy yaritza gonzalez tlf 917 845 002",
                sender="yaritzag.94@gmail.com").get("nombres") == "yaritza gonzalez"
    assert read("acompañamos a la señora\nYelitza Coromoto Morales Arteaga, solicitante de refugio.").get("nombres") \
        == "Yelitza Coromoto Morales Arteaga"
    assert read("necesito que me llamen urgente es sobre mi tramite, 9 4433 2110").get("telefono") == "+51944332110"
    assert read("Mi nombre es Ahmad Khalil, pasaporte N 011245873.").get("documento_identidad") == "011245873"
    assert read("Passport No.: N 01234567").get("documento_identidad") == "N01234567"
