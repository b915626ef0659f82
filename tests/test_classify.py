"""Classification by ASUNTO (INTAKE.md section 2) with the operators' rules under rules/.

Subjects are written as applicants write them: any case, with or without accents,
typos, reply/forward prefixes in several languages, names and numbers appended,
synonyms, MIME encoded-words (decoded by the parser, tested in test_parse.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.core.classify import classify
from mailbot.core.rules import load_rules

RULES = load_rules(Path(__file__).resolve().parent.parent / "rules")


def procedure_of(subject: str, body: str = "") -> str | None:
    return classify(RULES, subject, body).procedure


SUBJECTS = [
    # the seed's official ASUNTO and case / accent variants
    ("Recurso de Apelación", "apelacion"),
    ("RECURSO DE APELACION", "apelacion"),
    ("recurso de apelacion", "apelacion"),
    ("Apelación", "apelacion"),
    ("apelasion de resolucion", "apelacion"),
    ("Recurso de Reconsideración", "reconsideracion"),
    ("reconsideracion expediente 2026-1234", "reconsideracion"),
    ("Recurso de reconcideración", "reconsideracion"),
    ("Renuncia", "renuncia"),
    ("RENUNCIA A LA CONDICION DE REFUGIADO", "renuncia"),
    ("Actualización de datos de contacto", "actualizacion_datos"),
    ("ACTUALIZACION DE DATOS", "actualizacion_datos"),
    ("actualisacion de datos - Ana Pérez", "actualizacion_datos"),
    ("Cambio de clave y contraseña", "cambio_clave"),
    ("cambio de contraseña", "cambio_clave"),
    ("Cambio de contrasena", "cambio_clave"),
    ("olvidé mi contraseña", "cambio_clave"),
    ("Prórroga de Residencia", "prorroga_residencia"),
    ("prorroga de recidencia", "prorroga_residencia"),
    ("Renovación de residencia anual", "prorroga_residencia"),
    ("Duplicado de Carné de Extranjería", "duplicado_carne_extranjeria"),
    ("duplicado de carnet de extranjeria por perdida", "duplicado_carne_extranjeria"),
    ("Carné de Solicitante de Refugio", "carne_solicitante"),
    ("Autorización de viaje", "autorizacion_viaje"),
    ("permiso de viaje urgente", "autorizacion_viaje"),
    ("Autorizacion de Viaje (urgencia)", "autorizacion_viaje"),
    ("Solicitud de refugio", "solicitud_refugio"),
    ("Autorización de trabajo", "autorizacion_trabajo"),
    ("Entrevista de registro", "entrevista_registro"),
    # prefixes, names and numbers appended
    ("RE: Recurso de apelación", "apelacion"),
    ("RV: Renuncia", "renuncia"),
    ("Fwd: Cambio de clave", "cambio_clave"),
    ("TR: Prórroga de residencia", "prorroga_residencia"),
    ("AW: Recurso de reconsideración", "reconsideracion"),
    ("Re: RE: Fw: Actualización de datos", "actualizacion_datos"),
    ("RE:Apelación - Expediente N° 12345-2026", "apelacion"),
    ("Prórroga de residencia - JOSÉ PÉREZ - CE 001234567", "prorroga_residencia"),
    ("Recurso de apelación / Ana María Rondón / Exp. 4455", "apelacion"),
    ("[URGENTE] Autorización de viaje", "autorizacion_viaje"),
    # synonyms and context words that must not add a second procedure
    ("Cambio de clave - solicitante de refugio", "cambio_clave"),
    ("Actualización de datos (solicitante de refugio)", "actualizacion_datos"),
    ("Renuncia a mi solicitud de refugio", "renuncia"),
    ("Desistimiento de solicitud de refugio", "renuncia"),
    ("Pérdida de CE", "duplicado_carne_extranjeria"),
    ("Extravío de carnet de extranjería", "duplicado_carne_extranjeria"),
    ("Permiso para salir del país", "autorizacion_viaje"),
    ("Cambio de número de celular", "actualizacion_datos"),
    ("Recuperación de contraseña", "cambio_clave"),
    ("Renovación anual de residencia", "prorroga_residencia"),
    ("Carné de solicitante de refugio", "carne_solicitante"),
    # nothing
    ("", None),
    ("Consulta", None),
    ("Solicitud", None),
    ("URGENTE!!!", None),
    ("Buenos días", None),
]


@pytest.mark.parametrize("subject, expected", SUBJECTS, ids=[row[0] or "(vacío)" for row in SUBJECTS])
def test_subject_names_the_procedure(subject: str, expected: str | None) -> None:
    """GIVEN a subject written as applicants write it and a body that names nothing
    WHEN the message is classified
    THEN the procedure is the one the subject names (None when it names none)."""
    assert procedure_of(subject, "Adjunto lo solicitado. Saludos.") == expected


BODIES = [
    ("Consulta", "Quisiera presentar un recurso de apelación contra la resolución.", "apelacion"),
    ("Solicitud", "Solicito la prórroga de mi residencia anual.", "prorroga_residencia"),
    ("", "Necesito el cambio de contraseña del sistema, la olvidé.", "cambio_clave"),
    ("URGENTE", "Pido autorización de viaje por enfermedad de mi madre.", "autorizacion_viaje"),
    ("Consulta", "Buenos días, ¿cuánto demora mi trámite?", None),
    ("Consulta", "Quiero apelar la resolución y también pedir la prórroga de residencia.", None),
    ("Solicitud", "Deseo renunciar y además actualizar mis datos de contacto.", None),
]


@pytest.mark.parametrize("subject, body, expected", BODIES, ids=[row[1][:40] for row in BODIES])
def test_generic_subject_body_decides(subject: str, body: str, expected: str | None) -> None:
    """GIVEN a subject that names no procedure
    WHEN the message is classified
    THEN the body decides only when it clearly names exactly one procedure."""
    assert procedure_of(subject, body) == expected


AMBIGUOUS = [
    ("Duplicado de carnet", "Perdí mi carné de extranjería y pido su duplicado.", "duplicado_carne_extranjeria"),
    ("Duplicado de carnet", "Solicito el duplicado de mi carné de solicitante de refugio.", "carne_solicitante"),
    ("Duplicado de carnet", "Lo perdí ayer.", None),
    ("Apelación y renuncia", "Adjunto mis documentos.", None),
    ("Apelación y renuncia", "Presento mi recurso de apelación.", "apelacion"),
    ("Prórroga de residencia / Cambio de clave", "Adjunto.", None),
]


@pytest.mark.parametrize("subject, body, expected", AMBIGUOUS, ids=[row[0] + "|" + row[1][:25] for row in AMBIGUOUS])
def test_subject_naming_several_procedures(subject: str, body: str, expected: str | None) -> None:
    """GIVEN a subject that names two procedures (or a phrase shared by two)
    WHEN the message is classified
    THEN the body may pick one of them when it names exactly one; otherwise none."""
    assert procedure_of(subject, body) == expected


def test_classification_explains_itself() -> None:
    """GIVEN a subject matched by a rule
    WHEN the message is classified
    THEN the classification names the rule and the words it matched."""
    result = classify(RULES, "RE: Recurso de apelación", "")
    assert result.procedure == "apelacion"
    assert any(hit.rule.startswith("apelacion/") and hit.where == "subject" for hit in result.hits)
    assert result.reason


@pytest.mark.parametrize("subject, body, expected", [
    ("Travel permit request", "", "autorizacion_viaje"),
    ("Consulta", "I need a travel authorization to leave Peru.", "autorizacion_viaje"),
    ("Password reset", "", "cambio_clave"),
    ("Asylum application", "I would like to apply for asylum. What should I do?", "solicitud_refugio"),
    ("Lost foreigner ID card", "I lost my foreigner ID card and I need a duplicate.", "duplicado_carne_extranjeria"),
    ("Withdrawal of asylum application - Renuncia", "I withdraw my application.", "renuncia"),
    ("Atualização de dados de contato", "", "actualizacion_datos"),
    ("Solicitud de asilo", "", "solicitud_refugio"),
    ("Consulta", "Foreigner ID card: 001234567\nPassport: 123", None),
])
def test_english_and_portuguese_wordings(subject: str, body: str, expected: str | None) -> None:
    """GIVEN a subject or body in English or Portuguese WHEN classified THEN the synonym names
    the procedure (a carné number alone names none)."""
    assert procedure_of(subject, body) == expected


@pytest.mark.parametrize("subject, body, expected", [
    ("Perdí mi carné", "Me robaron la cartera con mi carné de extranjería en el micro. Necesito un duplicado.",
     "duplicado_carne_extranjeria"),
    ("Duplicado", "Se me perdió el carné de solicitante de refugio, ¿cómo saco otro?", "carne_solicitante"),
    # the body's choosing words alone classify nothing
    ("Consulta", "Mi carné de extranjería es 000123456, ¿cuándo me responden?", None),
])
def test_the_body_says_which_carne_an_ambiguous_subject_means(subject, body, expected):
    assert procedure_of(subject, body) == expected


@pytest.mark.parametrize("subject, body, expected", [
    ("ayuda", "no puedo entrar a mi cuenta de la plataforma, me dice usuario o contraseña incorrectos", "cambio_clave"),
    ("URGENTE", "tengo que salir del país por una emergencia familiar, mi mamá está hospitalizada", "autorizacion_viaje"),
    ("hola", "cambié de número de celular y quiero que lo registren", "actualizacion_datos"),
    ("Pedido", "Quiero retirar mi solicitud de refugio porque voy a regresar a mi país", "renuncia"),
    ("consulta", "necesito permiso para trabajar mientras sale mi refugio", "autorizacion_trabajo"),
    ("cita", "quiero saber cuándo es mi entrevista", "entrevista_registro"),
    ("ayuda", "se me venció la residencia y necesito renovarla", "prorroga_residencia"),
    ("help", "I can't log in to my account", "cambio_clave"),
])
def test_a_vague_subject_over_a_body_that_asks_in_plain_words(subject, body, expected):
    assert procedure_of(subject, body) == expected


@pytest.mark.parametrize("body, procedure", [
    ("Se me venció el carné de extranjería y necesito renovarlo por un año más.", "prorroga_residencia"),
    ("Tengo que viajar a Bolivia por una emergencia, ¿qué hago?", "autorizacion_viaje"),
    ("Quisiera pedir que reconsideren mi caso, por favor.", "reconsideracion"),
    ("Ya no quiero seguir con el trámite de refugio.", "renuncia"),
])
def test_a_vague_subject_and_a_body_that_asks_in_plain_words(body, procedure):
    assert classify(RULES, "Consulta", body).procedure == procedure


def test_a_past_resignation_told_in_an_appeal_does_not_name_a_renuncia():
    """GIVEN an appeal whose reason tells "renuncié" (I resigned from a job) WHEN the body
    decides THEN it is an appeal: "renuncio" is matched exactly, not one letter away."""
    body = ("Les mando mi Recurso de Apelación firmado. Fui funcionario del ministerio, renuncié y ahora me "
            "acusan de traición a la patria.")
    assert classify(RULES, "recurso", body).procedure == "apelacion"
