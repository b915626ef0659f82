"""The decision for one message (INTAKE.md sections 1-5), built from mailfactory messages
through `DecisionEngine.from_settings` exactly as `mailbot check` builds it."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from mailbot.core.decision import DecisionEngine
from mailbot.settings import settings_from_dict
from tests.mailfactory import MESA, MONDAY_MORNING, REFUGIADOS, SOLICITANTES, bounce, eml
from tests.pdfkit import image_pdf, sign_pdf, signing_identity, tamper, text_pdf

LIMA = dt.timezone(dt.timedelta(hours=-5))


@lru_cache(maxsize=1)
def engine() -> DecisionEngine:
    settings = settings_from_dict({"calendar": {"office_close": "17:00", "non_working_days": ["2026-12-24"]}})
    return DecisionEngine.from_settings(settings)


@lru_cache(maxsize=1)
def signed_pdf() -> bytes:
    return sign_pdf(text_pdf(["Recurso firmado por Ana Perez Rondon"]), signing_identity())


def decide(raw: bytes, **kwargs):
    return engine().decide(raw, file="prueba.eml", **kwargs)


RECURSO_BODY = (
    "Yo, Ana Pérez Rondón, identificada con pasaporte N° 123456789, interpongo recurso de apelación "
    "porque la resolución no valoró mis pruebas.\nCelular: 987 654 321\n"
)
CAMBIO_CLAVE_BODY = "Nombres: Ana Pérez Rondón\nDNI: 45678912\nCelular: 987654321\nCorreo: ana.perez.r@gmail.com"
PRORROGA_BODY = (
    "Nombres y apellidos: Ana Pérez Rondón\nSexo: Femenino\nNacionalidad: venezolana\n"
    "Pasaporte: 123456789\nCarné de extranjería: 001234567\nFecha de nacimiento: 15/03/1990\n"
    "Celular: 987654321\n"
)


# --- ignorado ------------------------------------------------------------------------------

IGNORED = [
    ("Auto-Submitted: auto-replied", dict(headers={"Auto-Submitted": "auto-replied"})),
    ("Auto-Submitted: auto-generated", dict(headers={"Auto-Submitted": "auto-generated"})),
    ("Precedence: bulk", dict(headers={"Precedence": "bulk"})),
    ("Precedence: junk", dict(headers={"Precedence": "junk"})),
    ("Precedence: list", dict(headers={"Precedence": "list"})),
    ("List-Id", dict(headers={"List-Id": "<boletin.example.test>"})),
    ("X-Autoreply", dict(headers={"X-Autoreply": "yes"})),
    ("X-Autorespond", dict(headers={"X-Autorespond": "vacation"})),
    ("MAILER-DAEMON", dict(from_addr="MAILER-DAEMON@mx.example.test")),
    ("postmaster", dict(from_addr="postmaster@example.test")),
    ("no-reply", dict(from_addr="no-reply@banco.example.test")),
    ("noreply", dict(from_addr="noreply@example.test")),
    ("Respuesta automática", dict(subject="Respuesta automática: Recurso de apelación")),
    ("Automatic reply", dict(subject="Automatic reply: Recurso de apelación")),
    ("Out of office", dict(subject="Out of Office: Recurso de apelación")),
    ("Fuera de la oficina", dict(subject="Fuera de la oficina")),
    ("Resposta automática (pt)", dict(subject="Resposta automática: Recurso de apelação")),
    ("Réponse automatique (fr)", dict(subject="Réponse automatique : Recurso de apelación")),
    ("institutional sender", dict(from_addr=REFUGIADOS)),
]


@pytest.mark.parametrize("case, kwargs", IGNORED, ids=[row[0] for row in IGNORED])
def test_machine_mail_is_ignored(case: str, kwargs: dict) -> None:
    """GIVEN machine-generated or looping mail (one rule of section 5.1 each)
    WHEN decided
    THEN the outcome is ignorado, with no reply, no missing and no flags."""
    message = dict(subject="Recurso de apelación", body=RECURSO_BODY)
    message.update(kwargs)
    decision = decide(eml(**message))
    assert decision.outcome == "ignorado"
    assert decision.reply is None and decision.missing == () and decision.flags == ()
    assert decision.ignored_because


def test_bounce_is_ignored_but_names_its_procedure() -> None:
    """GIVEN a delivery report (multipart/report) about an apelación
    WHEN decided THEN it is ignorado and the procedure is still decided."""
    decision = decide(bounce("Recurso de apelación"))
    assert decision.outcome == "ignorado"
    assert decision.procedure == "apelacion"


@pytest.mark.parametrize("headers", [{"Auto-Submitted": "no"}, {"Precedence": "first-class"}, {}])
def test_person_mail_is_not_ignored(headers: dict) -> None:
    """GIVEN a person's message (Auto-Submitted: no, or no machine headers)
    WHEN decided THEN it is not ignorado."""
    decision = decide(eml(subject="Cambio de clave", body=CAMBIO_CLAVE_BODY, to=SOLICITANTES, headers=headers))
    assert decision.outcome == "acuse"


@pytest.mark.parametrize("subject", ["RE: Respuesta automática: Recurso de apelación",
                                     "Re: Automatic reply: Recurso de apelación"])
def test_a_person_answering_an_out_of_office_reply_is_not_ignored(subject: str) -> None:
    """GIVEN a reply (RE:) to someone's out-of-office message, with no machine headers
    WHEN decided THEN it is a person's mail: decided on its content, not ignorado."""
    decision = decide(eml(subject=subject, body=RECURSO_BODY))
    assert decision.outcome != "ignorado"
    assert decision.procedure == "apelacion"


# --- portal, triage, suspendido ------------------------------------------------------------

@pytest.mark.parametrize("subject, mailbox, outcome, flags", [
    ("Solicitud de refugio", MESA, "portal", ()),
    ("Autorización de trabajo", REFUGIADOS, "portal", ()),
    ("Entrevista de registro", SOLICITANTES, "portal", ()),
    ("Consulta", MESA, "triage", ()),
    ("", REFUGIADOS, "triage", ()),
    ("Carné de solicitante", SOLICITANTES, "suspendido", ()),
    ("Carné de solicitante", MESA, "suspendido", ("derivado",)),
])
def test_outcomes_without_requirements(subject: str, mailbox: str, outcome: str, flags: tuple) -> None:
    """GIVEN a portal, unnamed or suspended procedure
    WHEN decided
    THEN the outcome follows section 5, with no missing and no due date (a portal
    procedure is never derivado; a suspended one is when it came to another mailbox)."""
    decision = decide(eml(subject=subject, body="Buenos días, quisiera información.", to=mailbox))
    assert (decision.outcome, decision.flags, decision.missing, decision.due_date) == (outcome, flags, (), None)
    assert decision.reply is not None


# --- subsanar, cargo, acuse and their flags --------------------------------------------------

def test_complete_recurso_gets_cargo() -> None:
    """GIVEN a complete apelación with a digitally signed PDF, in its home mailbox
    WHEN decided THEN the outcome is cargo, the signature valid, due in 30 business days."""
    raw = eml(subject="Recurso de apelación", body=RECURSO_BODY, to=MESA,
              attachments=[("apelacion.pdf", signed_pdf(), "application/pdf")])
    decision = decide(raw)
    assert (decision.outcome, decision.missing, decision.flags) == ("cargo", (), ())
    assert decision.signature.status == "valid"
    assert decision.filing_date == dt.date(2026, 11, 9)
    assert decision.due_date == dt.date(2026, 12, 23)  # 30 business days (8 and 9 Dec are holidays)


@pytest.mark.parametrize("attachments, missing, flags, status", [
    ([], ("firma",), (), "absent"),
    ([("recurso.pdf", text_pdf(["Recurso sin firma"]), "application/pdf")], ("firma",), (), "absent"),
    ([("firma.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64, "image/jpeg")], (), ("verificar_firma",), "manuscrita"),
    ([("escaneado.pdf", image_pdf(), "application/pdf")], (), ("verificar_firma",), "manuscrita"),
])
def test_recurso_signature_cases(attachments: list, missing: tuple, flags: tuple, status: str) -> None:
    """GIVEN an apelación whose only signed document is absent, text-only, a photo or a scan
    WHEN decided
    THEN firma is missing when absent; a photo or scan is manuscrita with verificar_firma."""
    decision = decide(eml(subject="Recurso de apelación", body=RECURSO_BODY, attachments=attachments))
    assert (decision.signature.status, decision.missing, decision.flags) == (status, missing, flags)
    assert decision.outcome == ("subsanar" if missing else "cargo")


def test_altered_signed_pdf_is_invalid() -> None:
    """GIVEN an apelación whose signed PDF was altered after signing
    WHEN decided THEN the signature is invalid and firma is missing (subsanar)."""
    altered = tamper(signed_pdf(), b"Ana Perez", b"Eva Perez")
    decision = decide(eml(subject="Recurso de apelación", body=RECURSO_BODY,
                          attachments=[("apelacion.pdf", altered, "application/pdf")]))
    assert decision.signature.status == "invalid"
    assert (decision.outcome, decision.missing) == ("subsanar", ("firma",))


def test_late_recurso_is_extemporaneo_but_gets_cargo() -> None:
    """GIVEN a complete apelación stating a notification months before filing
    WHEN decided THEN it still gets its cargo, with the flag extemporaneo."""
    body = RECURSO_BODY + "La resolución me fue notificada el 1 de julio de 2026.\n"
    decision = decide(eml(subject="Recurso de apelación", body=body,
                          attachments=[("apelacion.pdf", signed_pdf(), "application/pdf")]))
    assert decision.outcome == "cargo"
    assert "extemporaneo" in decision.flags


@pytest.mark.parametrize("notified, late", [("el 1 de julio", True), ("el 2/11", False)])
def test_a_notification_date_without_a_year_is_read_against_the_received_day(notified: str, late: bool) -> None:
    """GIVEN an apelación saying it was notified "el 1 de julio" (no year) WHEN decided
    THEN that is this year's 1 July, months before filing: extemporaneo; "el 2/11", three
    weeks before the filing (23 November), is in time."""
    body = RECURSO_BODY + f"La resolución me fue notificada {notified} por correo.\n"
    decision = decide(eml(subject="Recurso de apelación", body=body,
                          attachments=[("apelacion.pdf", signed_pdf(), "application/pdf")]))
    assert decision.notified_on is not None and decision.notified_on.year == decision.received.year
    assert ("extemporaneo" in decision.flags) is late


def test_timely_recurso_is_not_extemporaneo() -> None:
    """GIVEN an apelación notified a week before filing WHEN decided THEN no extemporaneo."""
    body = RECURSO_BODY + "Notificado con fecha 02/11/2026.\n"
    decision = decide(eml(subject="Recurso de apelación", body=body,
                          attachments=[("apelacion.pdf", signed_pdf(), "application/pdf")]))
    assert "extemporaneo" not in decision.flags


@pytest.mark.parametrize("mailbox, flags", [(SOLICITANTES, ()), (MESA, ("derivado",)), (REFUGIADOS, ("derivado",))])
def test_acuse_and_derivado(mailbox: str, flags: tuple) -> None:
    """GIVEN a complete cambio de clave received by one mailbox or another
    WHEN decided THEN the outcome is acuse; derivado when not in its home mailbox."""
    decision = decide(eml(subject="Cambio de clave", body=CAMBIO_CLAVE_BODY, to=mailbox))
    assert (decision.outcome, decision.flags, decision.missing) == ("acuse", flags, ())
    assert decision.due_date == dt.date(2026, 11, 30)  # 15 business days after Mon 9 Nov


def test_missing_in_table_order() -> None:
    """GIVEN a prórroga de residencia that states nothing
    WHEN decided
    THEN missing lists every requirement in the table's order and the due date is 2 days."""
    decision = decide(eml(subject="Prórroga de residencia", body="Solicito la prórroga.", to=REFUGIADOS))
    assert decision.outcome == "subsanar"
    assert decision.missing == ("nombres", "sexo", "nacionalidad", "documento_identidad",
                                "carne_extranjeria", "fecha_nacimiento", "telefono")
    assert decision.due_date == dt.date(2026, 11, 11)


def test_complete_prorroga_gets_acuse() -> None:
    """GIVEN a prórroga de residencia stating every field WHEN decided THEN acuse."""
    decision = decide(eml(subject="Prórroga de residencia", body=PRORROGA_BODY, to=REFUGIADOS))
    assert (decision.outcome, decision.missing) == ("acuse", ())


@pytest.mark.parametrize("extra, carne_missing", [
    ("", False),
    ("Soy refugiada reconocida.\n", True),
    ("Carné de extranjería: 001234567\n", False),
])
def test_carne_required_only_from_recognised_refugee(extra: str, carne_missing: bool) -> None:
    """GIVEN an actualización de datos from an applicant, a recognised refugee without
    carné number, or one who states it
    WHEN decided THEN carne_extranjeria is missing only for the refugee who omits it."""
    body = "Nombres: Ana Pérez Rondón\nNacionalidad: venezolana\nPasaporte: 123456789\nCelular: 987654321\n" + extra
    decision = decide(eml(subject="Actualización de datos", body=body, to=SOLICITANTES))
    assert ("carne_extranjeria" in decision.missing) is carne_missing


@pytest.mark.parametrize("attachments, denuncia_missing", [
    ([], True),
    ([("denuncia-policial.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64, "image/jpeg")], False),
    ([("documento.pdf", text_pdf(["DENUNCIA POLICIAL por perdida de documentos"]), "application/pdf")], False),
    ([("foto.pdf", text_pdf(["Constancia de domicilio"]), "application/pdf")], True),
])
def test_denuncia_policial_by_name_or_text(attachments: list, denuncia_missing: bool) -> None:
    """GIVEN a duplicado de carné de extranjería with or without a police report
    WHEN decided THEN denuncia_policial is found by file name or by the PDF's text."""
    decision = decide(eml(subject="Duplicado de carné de extranjería", body=PRORROGA_BODY, to=REFUGIADOS,
                          attachments=attachments))
    assert ("denuncia_policial" in decision.missing) is denuncia_missing


# --- mailbox and received ---------------------------------------------------------------------

@pytest.mark.parametrize("kwargs, option, expected", [
    (dict(to=MESA), None, MESA),
    (dict(to="otra@example.test", cc=[REFUGIADOS]), None, REFUGIADOS),
    (dict(to=MESA, delivered_to=SOLICITANTES), None, SOLICITANTES),
    (dict(to=MESA), REFUGIADOS, REFUGIADOS),
    (dict(to="Mesa de Partes <MesaDePartes@RREE.gob.pe>"), None, MESA),
])
def test_mailbox(kwargs: dict, option: str | None, expected: str) -> None:
    """GIVEN a message addressed in some way, with or without --mailbox
    WHEN decided THEN the mailbox is --mailbox, else the first institutional
    address among Delivered-To, To, Cc."""
    assert decide(eml(subject="Consulta", body="x", **kwargs), mailbox=option).mailbox == expected


def test_received_prefers_received_header_over_date() -> None:
    """GIVEN a Date: on Friday evening and a Received: stamp on Monday morning
    WHEN decided THEN received is the Received: time and the filing day Monday."""
    friday = dt.datetime(2026, 11, 6, 20, 0, tzinfo=LIMA)
    decision = decide(eml(subject="Cambio de clave", body=CAMBIO_CLAVE_BODY, to=SOLICITANTES,
                          date=friday, received=MONDAY_MORNING))
    assert decision.received == MONDAY_MORNING
    assert decision.filing_date == dt.date(2026, 11, 9)


@pytest.mark.parametrize("moment, filing", [
    (dt.datetime(2026, 11, 9, 16, 59, tzinfo=LIMA), dt.date(2026, 11, 9)),
    (dt.datetime(2026, 11, 9, 17, 0, tzinfo=LIMA), dt.date(2026, 11, 10)),
    (dt.datetime(2026, 11, 7, 10, 0, tzinfo=LIMA), dt.date(2026, 11, 9)),  # Saturday
    (dt.datetime(2026, 12, 23, 18, 0, tzinfo=LIMA), dt.date(2026, 12, 28)),  # 24 decreed, 25 holiday
])
def test_received_from_date_header_and_filing_day(moment: dt.datetime, filing: dt.date) -> None:
    """GIVEN a message with only a Date: header
    WHEN decided THEN received is that Date: and the filing day follows closing time,
    weekends, holidays and decreed non-working days."""
    decision = decide(eml(subject="Consulta", body="x", date=moment))
    assert decision.received == moment
    assert decision.filing_date == filing


def test_received_option_wins() -> None:
    """GIVEN --received WHEN decided THEN it is the reception time, whatever the headers say."""
    moment = dt.datetime(2026, 11, 10, 9, 0, tzinfo=LIMA)
    assert decide(eml(subject="Consulta", body="x", received=MONDAY_MORNING), received=moment).received == moment


def test_fields_read_from_html_table() -> None:
    """GIVEN an HTML-only prórroga whose data sit in a label/value table
    WHEN decided THEN every field is found and the outcome is acuse."""
    rows = [("Nombres y apellidos", "Ana Pérez Rondón"), ("Sexo", "Femenino"), ("Nacionalidad", "Venezolana"),
            ("Pasaporte N°", "123456789"), ("Carné de extranjería", "001234567"),
            ("Fecha de nacimiento", "15/03/1990"), ("Teléfono", "987 654 321")]
    html = "<table>" + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows) + "</table>"
    decision = decide(eml(subject="Prórroga de residencia", body=None, html=html, to=REFUGIADOS))
    assert (decision.outcome, decision.missing) == ("acuse", ())
    assert decision.fields["fecha_nacimiento"].value == "1990-03-15"


def test_recognised_refugee_in_other_words_must_give_the_carne() -> None:
    """GIVEN a renuncia from someone who "tiene reconocida la condición de refugiado" but
    states no carné number WHEN decided THEN carne_extranjeria is missing (subsanar)."""
    body = ("Desde 2021 tengo reconocida la condición de refugiado. Renuncio a dicha condición porque regreso a mi país.\n"
            "Nombres y apellidos: Gustavo Adolfo Peraza Lugo\nNacionalidad: venezolana\nPasaporte: 134598712\n"
            "Teléfono: 927 664 310\n")
    raw = eml(subject="Renuncia a la condición de refugiado", body=body, to=MESA,
              attachments=[("renuncia.pdf", signed_pdf(), "application/pdf")])
    decision = decide(raw)
    assert (decision.outcome, decision.missing) == ("subsanar", ("carne_extranjeria",))


def test_english_travel_permit_is_decided() -> None:
    """GIVEN a travel permit request written in English with a signed letter
    WHEN decided THEN it is a complete autorizacion_viaje (acuse)."""
    body = ("I need a travel authorization to leave Peru.\nName: Ibrahim Moussa Diallo\n"
            "Foreigner ID card: 001234567\nDestination: Dakar, Senegal\nDeparture date: 12/02/2027\n"
            "Return date: 26/02/2027\nReason: my father's surgery\nMobile: 982 110 765\n")
    raw = eml(subject="Travel permit request", body=body, to=REFUGIADOS,
              attachments=[("travel.pdf", signed_pdf(), "application/pdf")])
    decision = decide(raw)
    assert (decision.procedure, decision.outcome, decision.missing) == ("autorizacion_viaje", "acuse", ())
