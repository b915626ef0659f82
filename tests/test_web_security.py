"""Security of the staff web application: login, CSRF, inert mail, safe downloads."""
from __future__ import annotations

import re
from email.message import EmailMessage

import pytest
from fastapi.routing import APIRoute
from sqlmodel import Session, func, select

from mailbot.store.models import AuditEvent, Message, Registro
from tests.test_web_support import (  # noqa: F401 - fixtures
    client, corpus_store_template, csrf_of, file_messages, login, page_csrf, web_app, web_settings,
)

PUBLIC = {"/login", "/"}
HOSTILE_HTML = """<html><head><style>@import url(https://tracker.example/css);</style>
<script>alert('xss')</script></head><body onload="alert(1)">
<p onclick="steal()">Solicito cambio de clave. Mi teléfono es 987654321.</p>
<img src="https://tracker.example/pixel.png?u=1" onerror="alert(2)">
<a href="javascript:alert(3)">ver</a> <a href="https://portal.example/ok">portal</a>
<iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name=x></form>
<div style="background:url(https://tracker.example/bg.png)">fondo</div>
<svg><script>alert(4)</script></svg><object data="https://evil.example/x.swf"></object>
</body></html>"""


def hostile_message() -> bytes:
    message = EmailMessage()
    message["From"] = "Atacante <atacante@example.com>"
    message["To"] = "solicitantesrefugio@rree.gob.pe"
    message["Subject"] = "Consulta"
    message["Date"] = "Mon, 07 Dec 2026 10:00:00 -0500"
    message["Message-ID"] = "<hostile-1@example.com>"
    message.set_content("Solicito cambio de clave.")
    message.add_alternative(HOSTILE_HTML, subtype="html")
    message.add_attachment(b"<html><script>alert('adjunto')</script></html>", maintype="text", subtype="html",
                           filename="../../x.html")
    return message.as_bytes()


@pytest.fixture
def hostile(web_app, web_settings):
    """The hostile message filed by the real runner; returns (registro number, message id)."""
    file_messages(web_settings, web_app.state.db, {"hostile.eml": hostile_message()})
    with Session(web_app.state.db) as session:
        message = session.exec(select(Message).where(Message.message_id == "<hostile-1@example.com>")).one()
        number = session.get(Registro, message.registro_id).number
    return number, message.id


def api_routes(routes) -> list[APIRoute]:
    """Every APIRoute, including those of included routers (FastAPI wraps them)."""
    found = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        elif hasattr(route, "original_router"):
            found += api_routes(route.original_router.routes)
    return found


def concrete_paths(web_app, number: str, message_id: int) -> list[tuple[str, str]]:
    values = {"number": number, "message_pk": str(message_id), "index": "0", "document_id": "1",
              "quarantine_id": "1", "code": "triage"}
    paths = []
    for route in api_routes(web_app.routes):
        if route.path in PUBLIC:
            continue
        path = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], route.path)
        for method in route.methods:
            paths.append((method, path))
    return sorted(paths)


def test_every_personal_data_route_refuses_an_anonymous_request(client, web_app, hostile):
    number, message_id = hostile
    paths = concrete_paths(web_app, number, message_id)
    assert len(paths) >= 20
    for method, path in paths:
        response = client.request(method, path, follow_redirects=False)
        assert response.status_code in (303, 401), (method, path, response.status_code)
        if response.status_code == 303:
            assert response.headers["location"].startswith("/login"), path
        assert "atacante@example.com" not in response.text and number not in response.text, path


def test_a_form_without_the_csrf_token_is_refused(client, web_app, hostile):
    number, message_id = hostile
    login(client, "root")
    with Session(web_app.state.db) as session:
        before = session.exec(select(func.count()).select_from(AuditEvent)).one()
    posts = [path for method, path in concrete_paths(web_app, number, message_id) if method == "POST"]
    assert len(posts) >= 10
    for path in posts:
        for data in ({}, {"csrf_token": "forged"}):
            response = client.post(path, data={**data, "reason": "x", "unit": "refugiados@rree.gob.pe",
                                               "procedure": "apelacion"}, follow_redirects=False)
            assert response.status_code == 403, (path, data, response.status_code)
    with Session(web_app.state.db) as session:
        assert session.exec(select(func.count()).select_from(AuditEvent)).one() == before
        assert session.exec(select(Registro).where(Registro.number == number)).one().status != "closed"


def test_hostile_html_is_shown_inert(client, hostile):
    number, message_id = hostile
    login(client, "ana")
    page = client.get(f"/registro/{number}")
    assert page.status_code == 200
    assert "tracker.example" not in page.text and "alert(" not in page.text
    iframe = re.search(r"<iframe[^>]*/mensaje/%d/cuerpo[^>]*>" % message_id, page.text).group(0)
    assert re.search(r"\bsandbox\b(?!=)", iframe) and "allow-scripts" not in iframe
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "remota(s) bloqueada(s)" in page.text

    body = client.get(f"/mensaje/{message_id}/cuerpo")
    csp = body.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "sandbox" in csp and "script-src" not in csp
    html = body.text.lower()
    for forbidden in ("<script", "onload", "onclick", "onerror", "javascript:", "tracker.example", "<iframe",
                      "<form", "<object", "evil.example", "url("):
        assert forbidden not in html, forbidden
    assert "solicito cambio de clave" in html and 'href="https://portal.example/ok"' in html


def test_an_attachment_named_like_a_path_downloads_as_a_file(client, hostile):
    number, message_id = hostile
    login(client, "ana")
    page = client.get(f"/registro/{number}").text
    assert f"/mensaje/{message_id}/adjunto/0" in page and "x.html" in page
    assert re.search(r"SHA-256 [0-9a-f]{64}", page)
    response = client.get(f"/mensaje/{message_id}/adjunto/0")
    assert response.status_code == 200
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and 'filename="x.html"' in disposition
    assert ".." not in disposition and "/" not in disposition.split("filename")[1]
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in response.headers["content-security-policy"]
    assert client.get(f"/mensaje/{message_id}/adjunto/7").status_code == 404


def test_a_tampered_session_cookie_is_refused(client, web_app):
    login(client, "ana")
    value = client.cookies.get("mailbot_session")
    client.cookies.set("mailbot_session", value[:-3] + "abc")
    assert client.get("/colas/triage", follow_redirects=False).status_code == 303


def test_login_needs_its_csrf_cookie_and_never_redirects_offsite(client):
    page = client.get("/login")
    token = csrf_of(page.text)
    client.cookies.clear()
    assert client.post("/login", data={"username": "ana", "password": "x" * 12, "csrf_token": token}).status_code == 403
    page = client.get("/login?next=//evil.example/")
    response = client.post("/login", data={"username": "ana", "password": "una-clave-bien-larga",
                                           "csrf_token": csrf_of(page.text), "next": "//evil.example/"},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"


def test_security_headers_on_every_page(client):
    response = client.get("/login")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
    # same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on our own forms
    assert response.headers["referrer-policy"] == "same-origin"


def test_repeated_failed_logins_are_throttled(client):
    for _ in range(5):
        assert client.post("/login", data={"username": "ana", "password": "mala-clave-000",
                                           "csrf_token": csrf_of(client.get("/login").text)}).status_code == 401
    blocked = client.post("/login", data={"username": "ana", "password": "una-clave-bien-larga",
                                          "csrf_token": csrf_of(client.get("/login").text)})
    assert blocked.status_code == 401
