"""The staff pages driven in headless Chromium (Playwright, Debian's chromium).

Marker `browser`; the test fails (never skips) when Chromium or Playwright is missing.
"""
from __future__ import annotations

import re

import pytest
from sqlmodel import Session, select

from mailbot.store.models import OutboxMessage, Registro
from tests.test_web import MINIMAL_PDF
from tests.test_web_security import hostile, hostile_message  # noqa: F401 - fixture
from tests.test_web_support import (  # noqa: F401 - fixtures
    PASSWORD, LiveServer, corpus_store_template, launch_chromium, web_app, web_settings,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def browser_page(web_app):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        pytest.fail(f"playwright is not installed: {exc}", pytrace=False)
    with LiveServer(web_app) as server, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.base_url = server.url
        outside: list[str] = []
        page.on("request", lambda request: outside.append(request.url)
                if not request.url.startswith(server.url) and not request.url.startswith("data:") else None)
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.outside_requests, page.dialogs = outside, dialogs
        yield page
        browser.close()


def sign_in(page, name: str = "ana") -> None:
    page.goto(page.base_url + "/colas/triage")
    assert "/login" in page.url
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit].primary")
    page.wait_for_url(re.compile(r"/colas/triage"))


def test_staff_works_a_triage_item_to_a_sent_reply_confirms_a_signature_and_answers(browser_page, web_app, hostile):
    """GIVEN the corpus filed and a clerk account
    WHEN the clerk logs in, takes the oldest undecided item, sets its procedure, previews and sends
    the reply, confirms a handwritten signature and uploads a final response
    THEN the reply is in the outbox, the flag is gone, the registro is closed with its oficio queued,
    and the audit log shows all three actions by the clerk; a hostile mail runs no script and
    loads nothing from outside."""
    page = browser_page
    sign_in(page)
    count_before = int(page.locator("a.active .count").inner_text())
    page.locator("table.list a[href^='/registro/']").first.click()
    number = page.locator("header.record h1").inner_text().split()[0]
    page.select_option("#procedure", "cambio_clave")
    page.click("#decidir")
    page.wait_for_selector("p.notice")
    assert "Cambio de clave y contraseña" in page.locator("header.record").inner_text()  # its title

    page.click("#vista-previa")
    page.wait_for_selector("#enviar")
    assert number in page.input_value("input[name=subject]")
    assert len(page.input_value("textarea[name=body]")) > 50
    page.click("#enviar")
    page.wait_for_selector("p.notice")
    assert "Respuesta puesta en la bandeja de salida" in page.inner_text("p.notice")
    with Session(web_app.state.db) as session:
        registro = session.exec(select(Registro).where(Registro.number == number)).one()
        staff_replies = session.exec(select(OutboxMessage).where(
            OutboxMessage.registro_id == registro.id, OutboxMessage.idempotency_key.like(f"{number}.p%"))).all()
    assert len(staff_replies) == 1 and staff_replies[0].status == "pending"
    page.goto(page.base_url + "/colas/triage")
    assert int(page.locator("a.active .count").inner_text()) == count_before - 1

    page.goto(page.base_url + "/colas/verificar_firma")
    page.locator("table.list a[href^='/registro/']").first.click()
    signed = page.locator("header.record h1").inner_text().split()[0]
    page.click("#confirmar-firma")
    page.wait_for_selector("p.notice")
    assert "verificar firma" not in page.locator("header.record").inner_text()

    page.set_input_files("input[name=oficio]", files=[{"name": "Oficio 0042-2026.pdf", "mimeType": "application/pdf",
                                                        "buffer": MINIMAL_PDF}])
    page.click("#respuesta-final")
    page.wait_for_selector("p.notice")
    assert "cerrado" in page.locator("header.record").inner_text()
    assert "Oficio 0042-2026.pdf" in page.content()

    page.click("text=Auditoría")
    log = page.inner_text("table.audit-log")
    for action, subject in (("respuesta en cola", number), ("firma confirmada", signed),
                            ("respuesta final enviada", signed)):
        assert re.search(rf"ana \(personal\)\s+{action}\s+{subject}", log), action

    number_h, _ = hostile
    page.goto(page.base_url + f"/registro/{number_h}")
    frame = page.frame_locator("iframe.mail")
    assert "Solicito cambio de clave" in frame.locator("body").inner_text()
    page.wait_for_load_state("load")  # the frame has loaded: a script or remote load would have run
    assert page.dialogs == []
    assert page.outside_requests == []


# codes of the store that must never reach a clerk's eyes (the JSON API keeps them)
CODE_WORDS = (
    "not_required", "open", "sent", "pending", "sending", "failed", "queued", "deadline_opened", "deadline_moved",
    "decided", "filed", "created", "subject", "body", "None", "null", "valid", "invalid", "absent", "triage",
    "answered_portal", "no_presentado", "documento_identidad", "carne_extranjeria", "fecha_nacimiento",
    "fecha_salida", "fecha_retorno", "denuncia_policial", "signature_confirmed", "procedure_set", "final_response",
    "reply_queued", "staff", "operator", "admin", "cli", "reply", "notice", "digest", "resolver_plazo",
)
_CODE = re.compile(r"(?<![\w/.@-])(" + "|".join(CODE_WORDS) + r")(?![\w/.@-])")


def visible_words(page) -> str:
    """The text a person reads in the page's main part, without operators' identifiers
    written as code (rule names such as "cambio_clave/asunto", hashes, commands)."""
    return page.evaluate("""() => {
        const main = document.querySelector('main');
        const hidden = [...main.querySelectorAll('code, pre, iframe, select')];
        hidden.forEach(e => { e.dataset.display = e.style.display; e.style.display = 'none'; });
        const text = main.innerText;  // as laid out: cells and lines apart
        hidden.forEach(e => { e.style.display = e.dataset.display; });
        return text;
    }""")


def test_no_code_word_on_any_staff_page(browser_page, web_app):
    """GIVEN the corpus filed (every outcome, signatures, deadlines, replies, audit rows)
    WHEN an administrator opens every page of the staff application in Chromium
    THEN no page shows a store code (not_required, open, sent, deadline_opened, subject,
    body, None, ...) where a Spanish word belongs."""
    page = browser_page
    sign_in(page, "root")
    with Session(web_app.state.db) as session:
        registros = session.exec(select(Registro).order_by(Registro.id)).all()
        messages = [r.first_message_pk for r in registros if r.first_message_pk][:3]
    samples = {}
    for r in registros:  # one registro of each outcome and of each status
        samples.setdefault(("outcome", r.outcome), r.number)
        samples.setdefault(("status", r.status), r.number)
        for flag in r.flags or []:
            samples.setdefault(("flag", flag), r.number)
    paths = [f"/colas/{code}" for code in ("triage", "verificar_firma", "extemporaneo", "derivado", "subsanar",
                                           "vence_pronto", "vencidos", "cuarentena")]
    paths += [f"/registro/{number}" for number in sorted(set(samples.values()))]
    paths += ["/buscar?q=REG", "/auditoria", "/auditoria?page=1", "/auditoria?page=5", "/auditoria?page=9",
              "/operadores/reglas?semanas=520", "/operadores/replay",
              "/operadores/explicar"]
    paths += [f"/operadores/explicar?mensaje={pk}" for pk in messages]
    found: dict[str, list[str]] = {}
    for path in paths:
        response = page.goto(page.base_url + path)
        assert response.status == 200, path
        words = sorted(set(_CODE.findall(visible_words(page))))
        if words:
            found[path] = words
    assert found == {}, found
