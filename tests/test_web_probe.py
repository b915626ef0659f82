"""The holes an automated probe found in the staff web (issue 9, finding 3), each closed.

GIVEN the app over the corpus filed by the real runner (TestClient, or uvicorn on a
real socket where the server's own behaviour matters: the access log, the body read),
WHEN a request does what the probe did, THEN it is refused the way the docstring says.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from mailbot.store.models import AuditEvent, Message, Registro
from mailbot.web.guard import ANONYMOUS_BODY_BYTES
from tests.pdfkit import sign_pdf, signing_identity, text_pdf
from tests.test_web import MINIMAL_PDF
from tests.test_web_security import api_routes, concrete_paths, hostile, hostile_message  # noqa: F401 - fixture
from tests.test_web_support import (  # noqa: F401 - fixtures
    PASSWORD, LiveServer, client, corpus_store_template, csrf_of, file_messages, login, page_csrf, web_app,
    web_settings,
)

PROJECT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy", "cache-control",
                    "x-frame-options")


def assert_security_headers(response) -> None:
    for header in SECURITY_HEADERS:
        assert header in response.headers, (response.status_code, header)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"


def audit_count(web_app) -> int:
    with Session(web_app.state.db) as session:
        return session.exec(select(func.count()).select_from(AuditEvent)).one()


def some_open_registro(web_app) -> str:
    with Session(web_app.state.db) as session:
        return session.exec(select(Registro.number).where(Registro.status != "closed").order_by(Registro.id)).first()


def try_login(client, name: str, password: str):
    return client.post("/login", data={"username": name, "password": password,
                                       "csrf_token": csrf_of(client.get("/login").text)}, follow_redirects=False)


# -- login throttle -------------------------------------------------------------------------------

def test_the_throttle_counts_a_user_name_the_way_login_reads_it(client):
    """GIVEN five wrong passwords for ana, typed with spaces and capitals as login accepts
    WHEN the right password follows, in any spelling, THEN it is refused; another user is not."""
    for spelling in ("ana", " ana", "ANA ", "Ana", "\tana "):
        assert try_login(client, spelling, "mala-clave-000").status_code == 401
    for spelling in ("ana", " ANA "):
        refused = try_login(client, spelling, PASSWORD)
        assert refused.status_code == 401 and "demasiados intentos" in refused.text
    assert try_login(client, "root", PASSWORD).status_code == 303


def test_the_throttle_limits_one_client_address_across_user_names(web_app):
    """GIVEN 20 failed logins from one address, each for a different name
    THEN that address cannot log in (even with a right password); another address can."""
    from fastapi.testclient import TestClient

    limit = web_app.state.settings.web.login_failures_per_address
    with TestClient(web_app, client=("203.0.113.7", 40000)) as guesser, \
            TestClient(web_app, client=("198.51.100.9", 40001)) as colleague:
        for n in range(limit):
            assert try_login(guesser, f"usuario{n}", "mala-clave-000").status_code == 401
        assert try_login(guesser, "ana", PASSWORD).status_code == 401
        assert try_login(colleague, "ana", PASSWORD).status_code == 303


def test_the_throttle_forgets_after_its_window_and_stays_small():
    from mailbot.web.security import LoginThrottle

    now = [1000.0]
    throttle = LoginThrottle(per_user=2, per_address=3, window_seconds=60, clock=lambda: now[0])
    throttle.failed("Ana", "10.0.0.1")
    throttle.failed(" ana ", "10.0.0.2")
    assert throttle.blocked("ANA", "10.0.0.3") and not throttle.blocked("root", "10.0.0.1")
    now[0] += 61
    assert not throttle.blocked("ana", "10.0.0.3")
    assert throttle.users == {}  # an expired entry is dropped when read
    throttle.MAX_KEYS = 2
    throttle.failed("eva", "10.0.0.4")  # the tables are full: the expired entries go
    assert set(throttle.addresses) == {"10.0.0.4"} and set(throttle.users) == {"eva"}
    for n in range(3):
        throttle.failed(f"user{n}", "10.0.0.9")
    assert throttle.blocked("root", "10.0.0.9")
    throttle.succeeded("user0")
    assert throttle.blocked("root", "10.0.0.9")  # a good login does not buy the address more guesses


def test_web_limits_must_be_positive():
    from mailbot.settings import ConfigError, settings_from_dict

    assert settings_from_dict({"web": {"max_request_mb": 8}}).web.max_request_mb == 8
    with pytest.raises(ConfigError, match="max_request_mb"):
        settings_from_dict({"web": {"max_request_mb": 0}})


# -- access log -------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_access_log_of_mailbot_serve_has_no_query_strings(tmp_path):
    """GIVEN `mailbot serve` started as in production (its own process, INFO logs)
    WHEN a search for a document number is requested (and redirected to the login)
    THEN the access log has the request line without the query: no search term."""
    port = free_port()
    config = tmp_path / "config.toml"
    config.write_text(f'database_url = "sqlite:///{tmp_path}/state.db"\nrules_dir = "{PROJECT}/rules"\n'
                      f'templates_dir = "{PROJECT}/templates"\n[web]\nhost = "127.0.0.1"\nport = {port}\n')
    environment = {**os.environ, "MAILBOT_SECRET_KEY": "test-secret-key-0123456789", "PYTHONUNBUFFERED": "1"}
    from mailbot.store import open_store

    open_store(f"sqlite:///{tmp_path}/state.db").dispose()  # `serve` reads the store `run` made
    log_path = tmp_path / "serve.log"
    with open(log_path, "wb") as log_file:
        server = subprocess.Popen([sys.executable, "-m", "mailbot", "--config", str(config), "serve"],
                                  stdout=log_file, stderr=subprocess.STDOUT, env=environment, cwd=tmp_path)
        try:
            import httpx

            deadline = time.monotonic() + 90
            while True:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1):
                        break
                except OSError:
                    assert server.poll() is None, log_path.read_text()
                    assert time.monotonic() < deadline, "mailbot serve did not start"
                    time.sleep(0.2)
            base = f"http://127.0.0.1:{port}"
            assert httpx.get(f"{base}/buscar?q=AR709415", follow_redirects=True).status_code == 200
            assert httpx.get(f"{base}/login?next=/buscar%3Fq%3Dana.perez%40gmail.com").status_code == 200
            time.sleep(0.5)
        finally:
            server.terminate()
            server.wait(timeout=30)
    log = log_path.read_text()
    assert '"GET /buscar HTTP/1.1" 303' in log and '"GET /login HTTP/1.1" 200' in log, log
    for term in ("AR709415", "ana.perez", "gmail", "q=", "next="):
        assert term not in log, (term, log)


# -- explain on stored mail -------------------------------------------------------------------------

PERSONAL = {"nombres": "Rosalía Quispe Mamani", "documento": "47251836", "correo": "rosalia.quispe@example.pe",
            "celular": "912345678", "archivo": "Apelacion_Rosalia_Quispe"}


@pytest.fixture
def personal_message(web_app, web_settings) -> int:
    message = EmailMessage()
    message["From"] = f"Rosalía Quispe Mamani <{PERSONAL['correo']}>"
    message["To"] = "refugiados@rree.gob.pe"
    message["Subject"] = f"Recurso de apelación - Rosalía Quispe Mamani DNI {PERSONAL['documento']}"
    message["Date"] = "Mon, 07 Dec 2026 10:00:00 -0500"
    message["Message-ID"] = "<personal-1@example.pe>"
    message.set_content(f"Señores:\nPresento recurso de apelación.\nNombres: {PERSONAL['nombres']}\n"
                        f"DNI: {PERSONAL['documento']}\nCorreo: {PERSONAL['correo']}\n"
                        "Motivo: no estoy de acuerdo con la decisión.\n")
    signed = sign_pdf(text_pdf(["Recurso de apelación", f"Celular: {PERSONAL['celular']}", "Firmo: Rosalía Quispe Mamani"]),
                      signing_identity("Rosalía Quispe Mamani"))
    message.add_attachment(signed, maintype="application", subtype="pdf", filename=f"{PERSONAL['archivo']}.pdf")
    file_messages(web_settings, web_app.state.db, {"personal.eml": message.as_bytes()})
    with Session(web_app.state.db) as session:
        return session.exec(select(Message.id).where(Message.message_id == "<personal-1@example.pe>")).one()


def test_explain_shows_an_operator_the_trail_of_stored_mail_without_personal_data(client, personal_message):
    """GIVEN a stored message full of personal data WHEN an operator (no casework) explains it
    THEN the rules, fields' names, sources and patterns show, and no personal value does;
    an admin (who may read the case) sees the values."""
    login(client, "oscar")
    page = client.get(f"/operadores/explicar?mensaje={personal_message}")
    assert page.status_code == 200
    text = page.text
    assert "datos personales se muestran ocultos" in text
    assert "apelacion/" in text and "pasaporte o cédula" in text and "•••" in text  # rule names, field names
    assert "teléfono" in text and "adjunto «•••»" in text  # the phone was found in the attachment
    for value in (*PERSONAL.values(), "Quispe", "Rosal", "rosalia", "2518", "example.pe"):
        assert value not in text, value
    client.cookies.clear()
    login(client, "root")
    full = client.get(f"/operadores/explicar?mensaje={personal_message}").text
    assert PERSONAL["documento"] in full and "ocultos" not in full


def test_explain_of_an_uploaded_file_stays_complete_for_the_operator(client):
    login(client, "oscar")
    page = client.get("/operadores/explicar").text
    raw = hostile_message()
    explained = client.post("/operadores/explicar", data={"csrf_token": csrf_of(page)},
                            files={"eml": ("mio.eml", raw, "message/rfc822")})
    assert explained.status_code == 200 and "mio.eml" in explained.text and "ocultos" not in explained.text


# -- Origin / Referer -------------------------------------------------------------------------------

FOREIGN = ({"origin": "https://evil.example"}, {"origin": "null"}, {"origin": "http://testserver:8081"},
           {"origin": "https://testserver"}, {"referer": "https://evil.example/form.html"})


def test_a_post_with_a_valid_token_from_another_site_is_refused_everywhere(client, web_app, hostile):
    """GIVEN a signed-in admin and the right CSRF token WHEN any state-changing request
    comes with a foreign Origin (or Referer) THEN it is 403 and nothing changes."""
    number, message_id = hostile
    login(client, "root")
    token = page_csrf(client)
    before = audit_count(web_app)
    posts = [path for method, path in concrete_paths(web_app, number, message_id) if method == "POST"]
    assert len(posts) >= 10 and "/logout" in posts
    for path in posts:
        for headers in FOREIGN:
            response = client.post(path, headers=headers, follow_redirects=False,
                                   data={"csrf_token": token, "reason": "x", "unit": "refugiados@rree.gob.pe",
                                         "procedure": "apelacion", "subject": "s", "body": "b", "nonce": "n"},
                                   files={"oficio": ("o.pdf", MINIMAL_PDF, "application/pdf")})
            assert response.status_code == 403, (path, headers, response.status_code)
            assert "otro sitio web" in response.text
            assert_security_headers(response)
    assert audit_count(web_app) == before
    assert client.get("/colas/triage").status_code == 200  # still signed in: /logout was refused too
    with Session(web_app.state.db) as session:
        assert session.exec(select(Registro).where(Registro.number == number)).one().status != "closed"
    same_site = client.post(f"/registro/{number}/cerrar", headers={"origin": "http://testserver"},
                            data={"csrf_token": token, "reason": "duplicado"}, follow_redirects=False)
    assert same_site.status_code == 303


def test_the_login_form_from_another_site_is_refused(client):
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", headers={"origin": "https://evil.example"}, follow_redirects=False,
                           data={"username": "ana", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 403 and "mailbot_session" not in response.headers.get("set-cookie", "")


# -- search input -------------------------------------------------------------------------------------

def test_a_nul_in_the_search_is_refused_not_matched_against_everything(client):
    login(client, "ana")
    for query in ("%00abc", "abc%00", "%00", "Rosa%01"):
        response = client.get(f"/buscar?q={query}")
        assert response.status_code == 400, query
        assert "caracteres no permitidos" in response.text and "href=\"/registro/" not in response.text
        assert_security_headers(response)
    assert client.get("/colas/triage?mailbox=x%00y").status_code == 400
    assert client.get("/auditoria?entidad=%00").status_code == 400


def test_an_over_long_search_is_refused_with_a_clear_message(client):
    login(client, "ana")
    response = client.get("/buscar", params={"q": "a" * 201})
    assert response.status_code == 400 and "como máximo 200" in response.text
    assert client.get("/buscar", params={"q": "Quispe " * 28}).status_code == 200  # 196 characters


# -- ids and error pages --------------------------------------------------------------------------------

BAD_IDS = ("99999999999999999999", "2147483648", "-1", "abc", "1e3", "%00")


def id_routes(web_app) -> list[tuple[str, str]]:
    """(method, path template) of every route taking an integer from its path."""
    found = []
    for route in api_routes(web_app.routes):
        if any(field.field_info.annotation is int for field in route.dependant.path_params):
            found += [(method, route.path) for method in route.methods]
    return found


def test_an_id_that_cannot_exist_is_404_on_every_route(client, web_app, hostile):
    number, message_id = hostile
    login(client, "root")
    token = page_csrf(client)
    routes = id_routes(web_app)
    assert {path for _, path in routes} >= {"/mensaje/{message_pk}/cuerpo", "/mensaje/{message_pk}/adjunto/{index}",
                                            "/documento/{document_id}", "/cuarentena/{quarantine_id}",
                                            "/cuarentena/{quarantine_id}/reintentar"}
    for method, template in routes:
        for bad in BAD_IDS:
            # each integer in turn is bad, the others real
            for name in re.findall(r"\{(\w+)\}", template):
                path = re.sub(r"\{(\w+)\}", lambda m: bad if m.group(1) == name else (
                    str(message_id) if m.group(1) == "message_pk" else "0"), template)
                response = client.request(method, path, data={"csrf_token": token} if method == "POST" else None)
                assert response.status_code == 404, (method, path, response.status_code)
                assert "No existe" in response.text
                assert_security_headers(response)
    for bad in BAD_IDS:
        assert client.get(f"/operadores/explicar?mensaje={bad}").status_code == 404
    assert client.get("/registro/REG-9999-99999999999999999999").status_code == 404


def test_every_error_page_carries_the_security_headers(client, web_app):
    from fastapi.testclient import TestClient

    @web_app.get("/prueba-de-error")
    def broken():
        raise RuntimeError("fallo de prueba")

    assert client.get("/no-existe").status_code == 404
    assert_security_headers(client.get("/no-existe"))
    assert "No existe esa página" in client.get("/no-existe").text
    login(client, "ana")
    forbidden = client.get("/operadores/replay")
    assert forbidden.status_code == 403
    assert_security_headers(forbidden)
    wrong_method = client.get("/logout")
    assert wrong_method.status_code == 405
    assert_security_headers(wrong_method)
    too_large = client.post("/logout", content=b"x" * 100, headers={"content-length": str(40 * MB)})
    assert too_large.status_code == 413
    assert_security_headers(too_large)
    with TestClient(web_app, raise_server_exceptions=False) as quiet:
        failed = quiet.get("/prueba-de-error")
    assert failed.status_code == 500 and "error interno" in failed.text and "fallo de prueba" not in failed.text
    assert_security_headers(failed)


# -- request size and anonymous uploads -------------------------------------------------------------

def test_a_body_over_the_limit_is_refused_declared_or_streamed(client, web_app):
    """GIVEN a signed-in clerk WHEN an oficio over `web.max_request_mb` is sent, with its
    size declared or streamed in chunks, THEN 413 with a Spanish message; nothing is recorded."""
    limit = web_app.state.settings.web.max_request_mb * MB
    login(client, "ana")
    number = some_open_registro(web_app)
    token = csrf_of(client.get(f"/registro/{number}").text)
    before = audit_count(web_app)
    declared = client.post(f"/registro/{number}/respuesta-final", data={"csrf_token": token},
                           files={"oficio": ("o.pdf", MINIMAL_PDF + b"0" * (limit + MB), "application/pdf")})
    assert declared.status_code == 413 and "tamaño máximo permitido (32 MB)" in declared.text
    # refused on the declaration alone: the 100 bytes sent are never waited for
    declared_only = client.post(f"/registro/{number}/respuesta-final", content=b"x" * 100,
                                headers={"content-length": str(limit + 1), "content-type": "multipart/form-data; boundary=b"})
    assert declared_only.status_code == 413

    def chunks():
        yield (f"--b\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n--b\r\n"
               "Content-Disposition: form-data; name=\"oficio\"; filename=\"o.pdf\"\r\n"
               "Content-Type: application/pdf\r\n\r\n").encode() + MINIMAL_PDF
        for _ in range(limit // MB + 2):
            yield b"0" * MB

    streamed = client.post(f"/registro/{number}/respuesta-final", content=chunks(),
                           headers={"content-type": "multipart/form-data; boundary=b"})
    assert streamed.status_code == 413 and "tamaño máximo" in streamed.text
    assert_security_headers(streamed)
    assert audit_count(web_app) == before
    anonymous_login = client.post("/login", content=b"a" * (ANONYMOUS_BODY_BYTES + 1),
                                  headers={"content-type": "application/x-www-form-urlencoded"})
    assert anonymous_login.status_code == 413


def files_open_under(folder: Path) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
def test_an_anonymous_200_mb_upload_is_refused_before_anything_is_spooled(web_app, tmp_path, monkeypatch, framing):
    """GIVEN the app on a real socket (uvicorn) and an empty temporary directory
    WHEN an anonymous client starts a 200 MB upload of a final response
    THEN the refusal (401) comes before the body is read, and no temporary file is opened."""
    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    number = some_open_registro(web_app)
    total = 200 * MB
    seen: list[str] = []
    sent = [0]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            seen.extend(files_open_under(spool))
            time.sleep(0.002)

    with LiveServer(web_app) as server:
        sock = socket.create_connection(("127.0.0.1", server.port))
        framing_header = f"Content-Length: {total}" if framing == "content-length" else "Transfer-Encoding: chunked"
        sock.sendall((f"POST /registro/{number}/respuesta-final HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                      f"Content-Type: multipart/form-data; boundary=b\r\n{framing_header}\r\n\r\n").encode())

        def send_body() -> None:
            part = (b'--b\r\nContent-Disposition: form-data; name="oficio"; filename="big.pdf"\r\n'
                    b"Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
            chunk = part + b"0" * (MB - len(part))
            try:
                while sent[0] < total:
                    data = chunk if sent[0] == 0 else b"0" * MB
                    sock.sendall(data if framing == "content-length" else b"%x\r\n%s\r\n" % (len(data), data))
                    sent[0] += len(data)
                if framing == "chunked":
                    sock.sendall(b"0\r\n\r\n")
            except OSError:
                pass  # the server stopped reading and closed the connection: as it should

        watcher = threading.Thread(target=watch, daemon=True)
        sender = threading.Thread(target=send_body, daemon=True)
        watcher.start()
        sender.start()
        sock.settimeout(120)
        answer = b""
        while b"\r\n\r\n" not in answer:
            piece = sock.recv(65536)
            if not piece:
                break
            answer += piece
        sent_when_answered = sent[0]
        sock.close()
        sender.join(timeout=60)
        done.set()
        watcher.join(timeout=5)
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]
    assert sent_when_answered < total, "the server read the whole upload before refusing it"
    assert seen == [], f"a temporary file was opened for an anonymous upload: {sorted(set(seen))}"
    assert list(spool.iterdir()) == []
