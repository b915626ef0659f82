"""Replies rendered from templates/reply/ and Spanish dates (INTAKE.md section 5)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from pathlib import Path

import jinja2
import pytest

from mailbot.core.dates_es import fecha, fecha_hora, fecha_larga, hora
from mailbot.core.model import DocumentInfo
from mailbot.core.reply import (
    REPLY_TEMPLATES,
    REQUIREMENT_LABELS,
    ReplyContext,
    ReplyRenderer,
    requirement_labels,
)
from mailbot.notified import DUE_PHRASE
from mailbot.settings import OfficeSettings
from tests.conftest_store import CORPUS

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
UTC = dt.timezone.utc
REG = "REG-2026-000123"


def document(name: str, pages: int, kind: str = "pdf") -> DocumentInfo:
    data = f"contenido de {name}".encode()
    return DocumentInfo(
        filename=name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        kind=kind,
        media_type="application/pdf" if kind == "pdf" else "image/jpeg",
        pages=pages,
    )


DOCUMENTS = (
    document("recurso-apelacion.pdf", 3),
    document("resolucion-denegatoria.pdf", 1),
    document("foto-firma.jpg", 0, kind="image"),
)

BASE = dict(
    sender_address="mjperez@gmail.com",
    mailbox="mesadepartes@rree.gob.pe",
    received=dt.datetime(2026, 11, 23, 21, 58, tzinfo=UTC),  # 16:58 in Lima
    applicant_name="María José Pérez Rondón",
    original_subject="Recurso de apelación",
    registration_number=REG,
)

CONTEXTS = {
    "cargo": dict(
        outcome="cargo", procedure_code="apelacion", procedure_title="Recurso de Apelación",
        procedure_kind="recurso", filing_date=dt.date(2026, 11, 23),
        due_date=dt.date(2027, 1, 12), plazo_days=30, documents=DOCUMENTS,
    ),
    "acuse": dict(
        outcome="acuse", procedure_code="cambio_clave",
        procedure_title="Cambio de clave y contraseña", procedure_kind="solicitud",
        filing_date=dt.date(2026, 11, 23), due_date=dt.date(2026, 12, 11), plazo_days=15,
    ),
    "subsanar": dict(
        outcome="subsanar", procedure_code="renuncia", procedure_title="Renuncia",
        procedure_kind="solicitud", filing_date=dt.date(2026, 11, 23),
        due_date=dt.date(2026, 11, 25), plazo_days=2, missing=("firma", "telefono"),
        signature_status="absent",
    ),
    "closed_not_presented": dict(
        outcome="closed_not_presented", procedure_code="renuncia", procedure_title="Renuncia",
        procedure_kind="solicitud", filing_date=dt.date(2026, 11, 23),
        due_date=dt.date(2026, 11, 25), missing=("firma",),
    ),
    "portal": dict(
        outcome="portal", procedure_code="solicitud_refugio",
        procedure_title="Presentar una Solicitud de Refugio", procedure_kind="portal",
    ),
    "triage": dict(outcome="triage"),
    "suspendido": dict(
        outcome="suspendido", procedure_code="carne_solicitante",
        procedure_title="Carné de Solicitante de Refugio y duplicado",
    ),
}


@pytest.fixture(scope="module")
def renderer() -> ReplyRenderer:
    return ReplyRenderer(TEMPLATES, OfficeSettings())


def context(outcome: str, **changes) -> ReplyContext:
    return ReplyContext(**{**BASE, **CONTEXTS[outcome], **changes})


def flat(text: str) -> str:
    """The text with every run of whitespace made one space (lines may wrap anywhere)."""
    return " ".join(text.split())


# -- Spanish dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "short", "long"),
    [
        (dt.date(2026, 12, 11), "11 de diciembre de 2026", "viernes 11 de diciembre de 2026"),
        (dt.date(2026, 12, 1), "1 de diciembre de 2026", "martes 1 de diciembre de 2026"),
        (dt.date(2027, 1, 6), "6 de enero de 2027", "miércoles 6 de enero de 2027"),
        (dt.date(2026, 9, 5), "5 de septiembre de 2026", "sábado 5 de septiembre de 2026"),
        (dt.date(2026, 8, 30), "30 de agosto de 2026", "domingo 30 de agosto de 2026"),
    ],
)
def test_dates_are_written_in_spanish(day, short, long):
    """GIVEN a date
    WHEN it is formatted for a reply
    THEN it reads as people write it: day without zero, month in words, lower case."""
    assert fecha(day) == short
    assert fecha_larga(day) == long


@pytest.mark.parametrize(
    ("moment", "expected_time", "expected_day"),
    [
        (dt.datetime(2026, 11, 23, 21, 58, tzinfo=UTC), "16:58", "23 de noviembre de 2026"),
        (dt.datetime(2026, 12, 1, 3, 30, tzinfo=UTC), "22:30", "30 de noviembre de 2026"),
        (dt.datetime(2027, 1, 1, 4, 59), "23:59", "31 de diciembre de 2026"),  # naive = UTC
    ],
)
def test_times_are_written_in_lima_time(moment, expected_time, expected_day):
    """GIVEN an instant in UTC (aware or naive)
    WHEN its time and day are formatted
    THEN they are Lima's 24-hour time and Lima's calendar day."""
    assert hora(moment) == expected_time
    assert fecha(moment) == expected_day
    assert fecha_hora(moment).endswith(f"{expected_time} (hora de Lima)")


# -- every outcome -------------------------------------------------------------------


@pytest.mark.parametrize("outcome", REPLY_TEMPLATES)
def test_each_outcome_renders_without_leaks(renderer, outcome):
    """GIVEN a complete context for each outcome
    WHEN the reply is rendered
    THEN subject and body are filled, greet the applicant, are signed by the unit,
    leak no template syntax, Python values or staff-only flags."""
    reply = renderer.render(context(outcome, flags=("extemporaneo", "verificar_firma")))
    assert reply.template == outcome
    assert reply.subject and "\n" not in reply.subject
    assert reply.body.startswith("Estimado(a) María José Pérez Rondón:\n")
    assert "Mesa de Partes Virtual" in reply.body
    assert "mesadepartes@rree.gob.pe" in reply.body
    for leak in ("{{", "}}", "{%", "%}", "{#", "None", "Undefined", "()", "[]", "  \n"):
        assert leak not in reply.body, leak
        assert leak not in reply.subject, leak
    assert "extemporáneo" not in reply.body.lower() and "extemporaneo" not in reply.body
    assert "verificar_firma" not in reply.body
    assert "\n\n\n" not in reply.body


# Lines of a reply that are not running text: a list item (numbered or indented), a
# "Label: value" line, a line that introduces what follows ("Falta lo siguiente:"), a
# bare address.
_LIST_ITEM = re.compile(r"^(\d+\.\s|\s)")
_LABEL_LINE = re.compile(r"^[A-ZÁÉÍÓÚÑ][^:.]{0,40}: \S")
_BARE_ADDRESS = re.compile(r"^\S+(://|@)\S+$")

LONG_CONTENT = dict(
    applicant_name="maría de los ángeles gutiérrez de la cruz",
    original_subject="Solicito renovación de mi carné y actualización de datos de mi familia",
    flags=("derivado",), forwarded_to="solicitantesrefugio@rree.gob.pe",
    signature_status="invalid",
)


def broken_short(body: str) -> list[tuple[str, str]]:
    """Pairs of lines where running text under 72 characters goes on in the next line.

    The signature block (from "Atentamente,") is an address block and is not read."""
    text = body.split("\nAtentamente,\n")[0]
    lines = text.splitlines()

    def structured(line: str) -> bool:
        return bool(_LIST_ITEM.match(line) or _LABEL_LINE.match(line) or _BARE_ADDRESS.match(line))

    return [(line, following) for line, following in zip(lines, lines[1:])
            if line.strip() and following.strip() and len(line) < 72
            and not line.endswith(":") and not structured(line) and not structured(following)]


@pytest.mark.parametrize("variant", ["plain", "long"])
@pytest.mark.parametrize("outcome", REPLY_TEMPLATES)
def test_paragraphs_are_not_broken_short_of_72(renderer, outcome, variant):
    """GIVEN every outcome, plain and with long content (name, subject, forwarding note,
    altered signature, every missing item)
    WHEN the reply is rendered
    THEN no paragraph is broken short of 72 characters: it is one line, which the mail
    client wraps to the screen; lists and "label: value" lines keep a line each."""
    changes = {} if variant == "plain" else dict(LONG_CONTENT)
    if variant == "long" and outcome in ("subsanar", "closed_not_presented"):
        changes["missing"] = tuple(REQUIREMENT_LABELS)
    body = renderer.render(context(outcome, **changes)).body
    assert broken_short(body) == []
    footer = body.split("\n--\n")[1]
    assert len(footer.strip().splitlines()) == 1


def test_the_line_check_finds_a_paragraph_wrapped_short():
    """GIVEN text wrapped at 45 characters, as the replies were WHEN checked THEN each
    mid-paragraph break is found; lists, label lines and lines ending in ':' are not."""
    body = ("Hemos recibido su correo sobre el trámite\n«Renuncia», pero está incompleto.\n\n"
            "Número de registro: REG-2026-000123\nFecha de presentación: 23 de noviembre\n\n"
            "Falta lo siguiente:\n1. Su nacionalidad.\n2. Un número de teléfono.\n")
    assert broken_short(body) == [("Hemos recibido su correo sobre el trámite", "«Renuncia», pero está incompleto.")]


@pytest.mark.parametrize(
    ("outcome", "subject"),
    [
        ("cargo", f"Cargo de recepción – Recurso de Apelación – {REG}"),
        ("acuse", f"Acuse de recibo – Cambio de clave y contraseña – {REG}"),
        ("subsanar", f"Falta información – Renuncia – {REG}"),
        ("closed_not_presented", f"Trámite no presentado – Renuncia – {REG}"),
        ("portal", "Trámite en línea – Presentar una Solicitud de Refugio"),
        ("suspendido", "Trámite suspendido – Carné de Solicitante de Refugio y duplicado"),
        ("triage", f"Acuse de recibo – Mesa de Partes Virtual – {REG}"),
    ],
)
def test_subject_lines(renderer, outcome, subject):
    """GIVEN a context with registration number REG-2026-000123
    WHEN the reply is rendered
    THEN the subject names the kind of reply, the procedure and the number."""
    assert renderer.render(context(outcome)).subject == subject


@pytest.mark.parametrize("outcome", ["cargo", "acuse", "subsanar", "triage", "suspendido"])
def test_no_registration_number_yet_never_invents_one(renderer, outcome):
    """GIVEN no registration number assigned (e.g. `mailbot check`)
    WHEN the reply is rendered
    THEN it says the number will be communicated and shows no number at all."""
    reply = renderer.render(context(outcome, registration_number=None))
    assert "Número de registro: se le comunicará en un próximo correo." in reply.body
    assert "REG-" not in reply.body + reply.subject
    assert not reply.subject.endswith("–") and " –  " not in reply.subject


@pytest.mark.parametrize("outcome", REPLY_TEMPLATES)
def test_on_paper_the_mail_only_sentences_are_left_out(renderer, outcome):
    """GIVEN any outcome WHEN rendered for paper (the cargo's PDF copy) THEN the subject
    is the mail's, the text is the mail's up to its footer, which is left out (how the
    mail came, how to answer it), and the cargo calls itself a document, not a mail."""
    mail = renderer.render(context(outcome))
    paper = renderer.render(context(outcome), medium="paper")
    text, footer = mail.body.split("\n\n--\n")
    assert "Si responde, no cambie el asunto de este correo." in footer
    assert paper.subject == mail.subject
    if outcome == "cargo":
        assert "Este correo es su CARGO DE RECEPCIÓN" in text
        text = text.replace("Este correo es su CARGO", "Este documento es su CARGO")
    assert paper.body == text + "\n"


def test_an_unknown_medium_is_refused(renderer):
    """GIVEN a medium other than mail or paper WHEN rendering THEN ValueError."""
    with pytest.raises(ValueError, match="medium"):
        renderer.render(context("cargo"), medium="fax")


# -- cargo -------------------------------------------------------------------------


def test_cargo_states_what_the_law_asks(renderer):
    """GIVEN a complete apelación with three attachments
    WHEN the cargo is rendered
    THEN it states number, procedure, date and time received, filing day, sender,
    receiving unit and mailbox, and the plazo to resolve."""
    body = renderer.render(context("cargo")).body
    assert "CARGO DE RECEPCIÓN" in body
    assert f"Número de registro: {REG}" in body
    assert "Trámite: Recurso de Apelación" in body
    assert "Recibido: lunes 23 de noviembre de 2026, a las 16:58 (hora de Lima)" in body
    assert "Fecha de presentación: lunes 23 de noviembre de 2026" in body
    assert "Remitente: mjperez@gmail.com" in body
    assert "Secretaría Ejecutiva de la Comisión Especial para los Refugiados" in body
    assert "(mesadepartes@rree.gob.pe)" in body
    assert "30 días hábiles" in body and "martes 12 de enero de 2027" in body


def test_cargo_lists_every_document_with_fojas_and_sha256_in_order(renderer):
    """GIVEN three documents (3 pages, 1 page, and an image with no page count)
    WHEN the cargo is rendered
    THEN each appears, in order, with its fojas and its full SHA-256 under it."""
    body = renderer.render(context("cargo")).body
    assert "Documentos recibidos (3):" in body
    expected = [("1.", "3 fojas"), ("2.", "1 foja"), ("3.", "1 foja")]
    position = 0
    for doc, (number, fojas) in zip(DOCUMENTS, expected):
        block = f"{number} {doc.filename}\n   {fojas.capitalize()}\n   SHA-256: {doc.sha256}\n"
        found = body.find(block, position)
        assert found > position, block
        position = found
    assert len(re.findall(r"SHA-256: [0-9a-f]{64}\n", body)) == 3


def test_cargo_without_attachments_says_so(renderer):
    """GIVEN a recurso written in the message body only
    WHEN the cargo is rendered
    THEN it says no documents were attached rather than an empty list, and says
    nothing of codes that identify files."""
    body = renderer.render(context("cargo", documents=())).body
    assert "Documentos adjuntos: ninguno (el escrito consta en el texto de su correo)." in body
    assert "SHA-256" not in body


@pytest.mark.parametrize("outcome", ["cargo", "acuse", "subsanar"])
def test_derivado_note_only_with_the_flag(renderer, outcome):
    """GIVEN a message received in a mailbox that does not handle its procedure
    WHEN the reply is rendered with and without the derivado flag
    THEN only the flagged one says it was forwarded to the competent unit."""
    flagged = renderer.render(
        context(outcome, flags=("derivado",), forwarded_to="refugiados@rree.gob.pe")
    ).body
    plain = renderer.render(context(outcome)).body
    assert "derivado a la unidad competente (refugiados@rree.gob.pe)" in flagged
    assert "derivado" not in plain


# -- acuse, subsanar, closed_not_presented ----------------------------------------------


def test_acuse_carries_number_and_due_date(renderer):
    """GIVEN a complete cambio de clave due 11 December 2026
    WHEN the acuse is rendered
    THEN it gives the registration number, the plazo and the due date in words, and
    says what comes next."""
    body = renderer.render(context("acuse")).body
    assert f"Número de registro: {REG}" in body
    assert "Plazo de atención: 15 días hábiles, hasta el viernes 11 de diciembre de 2026." in body
    assert "Fecha de presentación: 23 de noviembre de 2026" in body
    assert "Le enviaremos la respuesta por correo electrónico dentro de ese plazo." in body


@pytest.mark.parametrize("outcome", REPLY_TEMPLATES)
def test_only_subsanar_states_the_date_the_sender_moves(renderer, outcome):
    """GIVEN the phrase before the due date that the sender rewrites when a subsanar reply
    goes out late (mailbot.notified) WHEN any reply is rendered THEN only subsanar has
    it, with the date in words on the same line: no other date can be moved."""
    body = renderer.render(context(outcome)).body
    if outcome == "subsanar":
        assert any(DUE_PHRASE.format("miércoles 25 de noviembre de 2026") in line for line in body.splitlines())
    else:
        assert DUE_PHRASE.format("") not in body


def test_subsanar_lists_missing_labels_in_order(renderer):
    """GIVEN three missing requirements in the table's order
    WHEN the subsanar reply is rendered
    THEN each Spanish label is listed, numbered, one a line, in that order, and nothing else is."""
    missing = ("nombres", "telefono", "firma")
    body = renderer.render(context("subsanar", missing=missing)).body
    text = flat(body)
    items = [f"{index}. {REQUIREMENT_LABELS[code][0].upper()}{REQUIREMENT_LABELS[code][1:]}."
             for index, code in enumerate(missing, start=1)]
    lines = body.splitlines()
    assert all(item in lines for item in items), items  # one item a line, never wrapped
    positions = [lines.index(item) for item in items]
    assert positions == list(range(positions[0], positions[0] + len(items)))
    assert "4. " not in text
    assert REQUIREMENT_LABELS["correo"] not in text


def test_subsanar_gives_due_date_and_keeps_filing_day(renderer):
    """GIVEN an incomplete renuncia filed 23 November, to be completed by 25 November
    WHEN the subsanar reply is rendered
    THEN it gives the due date and says the original filing day is kept if in time."""
    text = flat(renderer.render(context("subsanar")).body)
    assert "a más tardar el miércoles 25 de noviembre de 2026" in text
    assert "se mantiene como fecha de presentación el 23 de noviembre de 2026" in text
    assert "no presentado" in text


def test_subsanar_explains_an_altered_digital_signature(renderer):
    """GIVEN firma missing because the digital signature no longer verifies
    WHEN the subsanar reply is rendered
    THEN it says the file was modified after signing; not when the signature is absent."""
    invalid = renderer.render(context("subsanar", signature_status="invalid")).body
    absent = renderer.render(context("subsanar", signature_status="absent")).body
    assert "modificado después de firmarse" in invalid
    assert "modificado" not in absent


def test_missing_labels_given_by_the_caller_are_used(renderer):
    """GIVEN explicit missing_labels
    WHEN the reply is rendered
    THEN those texts are shown instead of the defaults."""
    body = renderer.render(
        context("subsanar", missing=("motivo",), missing_labels=("el motivo de la renuncia",))
    ).body
    assert "1. El motivo de la renuncia." in body


def test_closed_not_presented_cites_article_136(renderer):
    """GIVEN a subsanar that was not completed in time
    WHEN the closing reply is rendered
    THEN it says the filing is deemed not presented under art. 136 TUO Ley 27444."""
    text = flat(renderer.render(context("closed_not_presented")).body)
    assert "NO PRESENTADO" in text
    assert "art. 136 del TUO de la Ley N.° 27444" in text
    assert "venció el miércoles 25 de noviembre de 2026" in text


# -- portal, triage, suspendido ---------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "title", "expected"),
    [
        ("solicitud_refugio", "Presentar una Solicitud de Refugio",
         "«Presentar una solicitud de Refugio»"),
        ("autorizacion_trabajo", "Autorización de Trabajo Virtual",
         "«Emisión de Autorización de Trabajo virtual»"),
        ("entrevista_registro", "Entrevista de Registro", "fecha y hora de su cita"),
    ],
)
def test_portal_explains_where_on_the_portal(renderer, code, title, expected):
    """GIVEN a portal procedure
    WHEN the reply is rendered
    THEN it gives the portal address and the steps the seed describes for it."""
    text = flat(renderer.render(context("portal", procedure_code=code, procedure_title=title)).body)
    assert "http://portal.rree.gob.pe/refugiados/" in text
    assert expected in text


def test_a_portal_procedure_without_steps_of_its_own_shows_the_rules_hint(renderer):
    """GIVEN a portal procedure the template has no steps for, with a hint in the rules
    WHEN the reply is rendered THEN the hint stands in the body, before the signature;
    a procedure with steps of its own shows its steps only."""
    hint = "Use la pestaña «Constancias» del Sistema de Refugiados."
    body = renderer.render(context("portal", procedure_code="constancia", portal_hint=hint)).body
    assert f"\n\n{hint}\n\nAtentamente," in body
    steps = renderer.render(context("portal", portal_hint=hint)).body
    assert hint not in steps and "Cómo hacerlo:" in steps


def test_a_portal_reply_ends_with_its_footer(engine):
    """GIVEN a corpus message for a portal procedure whose rules carry a hint
    WHEN decided THEN the reply's last line is its footer: nothing follows it, and the
    steps are not told twice."""
    path = CORPUS / "020-autorizacion-trabajo.eml"
    decision = engine.decide(path.read_bytes(), file=path.name, mailbox="solicitantesrefugio@rree.gob.pe",
                             received=dt.datetime(2026, 11, 10, 22, 0, tzinfo=UTC))
    body = decision.reply.body
    assert decision.outcome == "portal"
    assert body.splitlines()[-1].endswith("Si responde, no cambie el asunto de este correo.")
    assert flat(body).count("Emisión de Autorización de Trabajo virtual") == 1


def test_triage_is_a_plain_acknowledgment(renderer):
    """GIVEN no procedure decided and no name found
    WHEN the triage reply is rendered
    THEN it acknowledges receipt, says a person will review it (no need to send it
    again) and how to name a procedure next time, and greets generically."""
    body = renderer.render(context("triage", applicant_name=None)).body
    assert body.startswith("Estimado(a) señor(a):")
    assert "Una persona de nuestra oficina lo revisará y le responderá; no necesita enviarlo otra vez." in body
    assert "En sus próximos correos, escriba en el asunto el nombre del trámite" in body


def test_suspendido_says_suspended_until_further_notice(renderer):
    """GIVEN the carné de solicitante procedure
    WHEN the suspendido reply is rendered
    THEN it says the procedure is suspended until further notice."""
    assert "SUSPENDIDO HASTA NUEVO AVISO" in renderer.render(context("suspendido")).body


# -- contract -----------------------------------------------------------------------


def test_requirement_labels_cover_every_requirement():
    """GIVEN the requirement codes of INTAKE.md section 1
    WHEN their labels are looked up
    THEN each has one, and an unknown code is an error, not a blank line."""
    codes = {
        "nombres", "nacionalidad", "documento_identidad", "carne_extranjeria", "telefono",
        "correo", "sexo", "fecha_nacimiento", "destino", "fecha_salida", "fecha_retorno",
        "motivo", "firma", "denuncia_policial",
    }
    assert set(REQUIREMENT_LABELS) == codes
    assert REQUIREMENT_LABELS["firma"] == (
        "el documento escrito debidamente firmado (firma manuscrita escaneada o firma digital)"
    )
    with pytest.raises(KeyError):
        requirement_labels(("huella_digital",))


@pytest.mark.parametrize(
    ("outcome", "field"),
    [("cargo", "filing_date"), ("acuse", "due_date"), ("subsanar", "missing"),
     ("portal", "procedure_code"), ("closed_not_presented", "due_date")],
)
def test_incomplete_context_is_refused(renderer, outcome, field):
    """GIVEN a context lacking a value its outcome needs
    WHEN it is rendered
    THEN ValueError names the field instead of a reply with a gap."""
    empty = () if field == "missing" else None
    with pytest.raises(ValueError, match=field):
        renderer.render(dataclasses.replace(context(outcome), **{field: empty}))


def test_ignorado_is_never_answered(renderer):
    """GIVEN outcome ignorado
    WHEN a reply is requested
    THEN ValueError: machine mail gets no answer."""
    with pytest.raises(ValueError, match="ignorado"):
        renderer.render(dataclasses.replace(context("triage"), outcome="ignorado"))


def test_strict_undefined_catches_a_misspelt_key(tmp_path):
    """GIVEN a template that uses a variable the context does not have
    WHEN it is rendered
    THEN jinja2.UndefinedError is raised instead of an empty string in the mail."""
    (tmp_path / "reply").mkdir()
    (tmp_path / "reply" / "triage.txt").write_text(
        "{% block subject %}Hola{% endblock %}Número: {{ numero_registro }}\n", encoding="utf-8"
    )
    broken = ReplyRenderer(tmp_path, OfficeSettings())
    with pytest.raises(jinja2.UndefinedError, match="numero_registro"):
        broken.render(context("triage"))


@pytest.mark.parametrize("typed, greeted", [
    ("juan camilo agudelo valencia", "Juan Camilo Agudelo Valencia"),
    ("MARÍA JOSÉ DE LA CRUZ DEL CASTILLO", "María José de la Cruz del Castillo"),
    ("ana pérez-rondón o'neil", "Ana Pérez-Rondón O'Neil"),
    ("De la Torre Luis", "De la Torre Luis"),
])
def test_greeting_writes_the_name_in_title_case(renderer, typed, greeted):
    """GIVEN a name typed in lower or upper case WHEN a reply is rendered THEN the greeting
    writes it in title case with particles lower-case; the context's name is unchanged."""
    ctx = context("acuse", applicant_name=typed)
    assert renderer.render(ctx).body.startswith(f"Estimado(a) {greeted}:\n")
    assert ctx.applicant_name == typed
