"""The staff web application over the corpus filed by the real runner (TestClient)."""
from __future__ import annotations

import datetime as dt
import email
import io
import re
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from email import policy

from pypdf import PdfReader
from sqlmodel import Session, select

from mailbot.sender import build_message
from mailbot.store import filing, session_scope
from mailbot.store.models import AuditEvent, Deadline, DecisionRecord, OutboxMessage, Registro
from mailbot.web.accounts import WebSession
from tests.test_web_support import (  # noqa: F401 - fixtures
    LABELS, PASSWORD, client, corpus_store_template, csrf_of, login, page_csrf, registro_numbers,
    web_app, web_settings,
)

MINIMAL_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
               b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 300]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def audit_actions(web_app, number: str) -> list[str]:
    with Session(web_app.state.db) as session:
        return [e.action for e in session.exec(select(AuditEvent).where(AuditEvent.entity_id == number).order_by(AuditEvent.id))]


def registro(web_app, number: str) -> Registro:
    with Session(web_app.state.db) as session:
        return session.exec(select(Registro).where(Registro.number == number)).one()


def test_login_logout_and_wrong_password(client):
    assert login(client, "ana", "mala-clave-123").status_code == 401
    response = login(client, "ana")
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("samesite", "SameSite")
    assert client.get("/colas/triage").status_code == 200
    client.post("/logout", data={"csrf_token": page_csrf(client)})
    assert client.get("/colas/triage", follow_redirects=False).status_code == 303


def test_session_expires(client, web_app):
    login(client, "ana")
    with Session(web_app.state.db) as session:
        for row in session.exec(select(WebSession)):
            row.expires_at = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1)
            session.add(row)
        session.commit()
    response = client.get("/colas/triage", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_roles(client):
    login(client, "oscar")  # operator: rules and metrics, no casework
    assert client.get("/colas/triage").status_code == 403
    assert client.get("/operadores/reglas").status_code == 200
    assert client.get("/metrics").status_code == 200
    client.cookies.clear()
    login(client, "ana")  # staff: casework, no rules
    assert client.get("/operadores/replay").status_code == 403
    assert client.get("/metrics").status_code == 401
    client.cookies.clear()
    login(client, "root")
    assert client.get("/colas/triage").status_code == 200 and client.get("/operadores/replay").status_code == 200


def test_queues_have_counts_and_oldest_first(client, web_app):
    login(client, "ana")
    page = client.get("/colas/triage").text
    triage = [name for name, row in LABELS.items() if row["outcome"] == "triage"]
    assert re.search(r"Por clasificar <span class=\"count\">(\d+)</span>", page).group(1) == str(len(triage))
    numbers = registro_numbers(page)
    assert len(numbers) == len(triage)
    received = [registro(web_app, number).received_at for number in numbers]
    assert received == sorted(received)
    for code in ("verificar_firma", "extemporaneo", "derivado", "subsanar", "vence_pronto", "vencidos", "cuarentena"):
        assert client.get(f"/colas/{code}").status_code == 200
    subsanar = client.get("/colas/subsanar").text
    assert re.search(r"(quedan \d+ d\.h\.|vencido hace \d+ d\.h\.|vence hoy)", subsanar)
    flagged = registro_numbers(client.get("/colas/verificar_firma").text)
    assert flagged and all("verificar_firma" in registro(web_app, n).flags for n in flagged)


def test_queue_filters(client, web_app):
    login(client, "ana")
    all_rows = registro_numbers(client.get("/colas/subsanar").text)
    mesa = registro_numbers(client.get("/colas/subsanar?mailbox=mesadepartes@rree.gob.pe").text)
    assert mesa and set(mesa) < set(all_rows)
    assert all(registro(web_app, n).mailbox == "mesadepartes@rree.gob.pe" for n in mesa)
    apelacion = registro_numbers(client.get("/colas/subsanar?procedure=apelacion").text)
    assert apelacion and all(registro(web_app, n).procedure == "apelacion" for n in apelacion)
    first = registro(web_app, all_rows[0]).received_at.date()
    dated = registro_numbers(client.get(f"/colas/subsanar?since={first}&until={first}").text)
    assert all_rows[0] in dated and len(dated) < len(all_rows)


def test_search_by_number_expediente_document_and_name(client, web_app):
    login(client, "ana")
    from mailbot.store.models import Expediente

    with Session(web_app.state.db) as session:
        expediente = session.exec(select(Expediente).where(Expediente.documento_identidad != None,  # noqa: E711
                                                           Expediente.nombres != None)).first()  # noqa: E711
        number = session.exec(select(Registro.number).where(Registro.expediente_id == expediente.id)).first()
    assert registro_numbers(client.get(f"/buscar?q={number.lower()}").text) == [number]
    assert number in registro_numbers(client.get(f"/buscar?q={expediente.number}").text)
    assert number in registro_numbers(client.get(f"/buscar?q={expediente.documento_identidad}").text)
    surname = expediente.nombres.split()[-1]
    assert number in registro_numbers(client.get(f"/buscar?q={surname}").text)
    assert registro_numbers(client.get("/buscar?q=Nadie%20Existe").text) == []


def triage_number(client) -> str:
    return registro_numbers(client.get("/colas/triage").text)[0]


def test_set_procedure_redecides_and_audits(client, web_app):
    """GIVEN an undecided registro WHEN staff sets the procedure and a corrected phone
    THEN a new decision is filed, the registro leaves triage, and the audit says who, before, after."""
    login(client, "ana")
    number = triage_number(client)
    page = client.get(f"/registro/{number}").text
    response = client.post(f"/registro/{number}/decidir", data={
        "csrf_token": csrf_of(page), "procedure": "cambio_clave", "campo_telefono": "987 654 321"},
        follow_redirects=False)
    assert response.status_code == 303
    after = registro(web_app, number)
    assert after.procedure == "cambio_clave" and after.status in ("open", "subsanar")
    assert number not in registro_numbers(client.get("/colas/triage").text)
    with Session(web_app.state.db) as session:
        decision = session.get(DecisionRecord, after.current_decision_pk)
        assert decision.data["fields"]["telefono"] == "+51987654321"
        event = session.exec(select(AuditEvent).where(AuditEvent.entity_id == number,
                                                      AuditEvent.action == "redecided")).one()
        assert event.detail["user"] == "ana" and event.detail["before"]["procedure"] is None
        assert event.detail["after"]["procedure"] == "cambio_clave"
        assert session.exec(select(Deadline).where(Deadline.registro_id == after.id, Deadline.status == "open")).first()
    page = client.get(f"/registro/{number}").text
    assert "personal/ana" in page and "personal:ana" in page
    # a second correction keeps the first (procedure) and refuses a bad value
    bad = client.post(f"/registro/{number}/decidir", data={"csrf_token": csrf_of(page), "campo_correo": "no-es-correo"})
    assert bad.status_code == 400


def test_reply_preview_then_send_goes_to_the_outbox(client, web_app):
    login(client, "ana")
    number = triage_number(client)
    page = client.get(f"/registro/{number}").text
    preview = client.post(f"/registro/{number}/respuesta/vista-previa", data={"csrf_token": csrf_of(page)})
    assert preview.status_code == 200 and number in preview.text
    nonce = re.search(r'name="nonce" value="([0-9a-f]+)"', preview.text).group(1)
    subject = re.search(r'name="subject" value="([^"]+)"', preview.text).group(1)
    data = {"csrf_token": csrf_of(preview.text), "nonce": nonce, "subject": subject, "body": "Texto de prueba de la respuesta."}
    assert client.post(f"/registro/{number}/respuesta/enviar", data=data, follow_redirects=False).status_code == 303
    client.post(f"/registro/{number}/respuesta/enviar", data=data)  # resubmitted: queued once
    with Session(web_app.state.db) as session:
        rows = session.exec(select(OutboxMessage).where(OutboxMessage.idempotency_key == f"{number}.p{nonce}")).all()
    assert len(rows) == 1 and rows[0].status == "pending" and rows[0].body.startswith("Texto de prueba")
    assert "reply_queued" in audit_actions(web_app, number)


def test_a_cargo_sent_from_the_web_carries_its_pdf(client, web_app):
    """GIVEN a registro whose decision is a cargo WHEN staff rewrite the text and send the
    reply from its page THEN the mail has their text, and the outbox row carries the cargo
    written for paper from the registro (letterhead, no mail-only sentence), as the
    preview page says."""
    login(client, "ana")
    with Session(web_app.state.db) as session:
        number = session.exec(select(Registro.number).where(Registro.outcome == "cargo").order_by(Registro.id)).first()
    page = client.get(f"/registro/{number}").text
    preview = client.post(f"/registro/{number}/respuesta/vista-previa", data={"csrf_token": csrf_of(page)}).text
    nonce = re.search(r'name="nonce" value="([0-9a-f]+)"', preview).group(1)
    subject = re.search(r'name="subject" value="([^"]+)"', preview).group(1)
    client.post(f"/registro/{number}/respuesta/enviar", data={
        "csrf_token": csrf_of(preview), "nonce": nonce, "subject": subject, "body": "Cargo de prueba, texto completo."})
    with Session(web_app.state.db) as session:
        row = session.exec(select(OutboxMessage).where(OutboxMessage.idempotency_key == f"{number}.p{nonce}")).one()
        files = filing.outbox_attachments(session, row.id)
    assert [f.filename for f in files] == [f"Cargo-{number}.pdf"] and files[0].data.startswith(b"%PDF-")
    assert row.body == "Cargo de prueba, texto completo.\n"
    assert "lo que corrija aquí va solo en el correo" in preview
    reader = PdfReader(io.BytesIO(files[0].data))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert text.startswith(f"{web_app.state.ctx.settings.office.ministry} {web_app.state.ctx.settings.office.name}")
    assert f"Número de registro: {number}" in text and "Este documento es su CARGO DE RECEPCIÓN" in text
    assert "Cargo de prueba" not in text and "Si responde" not in text


def test_pages_are_served_while_the_intake_holds_the_write_lock(client, web_app):
    """GIVEN a signed-in user whose session's sliding expiry is due, and another connection
    holding SQLite's write lock (as `mailbot run` does while it files a batch)
    WHEN staff open the queues, a flag queue, the search, a registro, its mail and the audit log
    THEN every page is served at once; the expiry is written once the lock is free."""
    login(client, "ana")
    number = triage_number(client)
    with session_scope(web_app.state.db) as session:
        row = session.exec(select(WebSession)).one()
        row.last_seen_at = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=2)
        session.add(row)
        old_seen = row.last_seen_at
    message_pk = registro(web_app, number).first_message_pk
    pages = ["/colas/triage", "/colas/verificar_firma", "/colas/vencidos", f"/buscar?q={number}",
             f"/registro/{number}", f"/mensaje/{message_pk}/cuerpo", "/auditoria"]
    holder = sqlite3.connect(web_app.state.db.url.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE registro SET updated_at = updated_at WHERE id = 1")
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            for path in pages:  # a page waiting for the lock would wait 30 s (busy timeout)
                response = pool.submit(client.get, path).result(timeout=10)
                assert response.status_code == 200, path
    finally:
        holder.rollback()
        holder.close()
    with Session(web_app.state.db) as session:
        assert session.exec(select(WebSession)).one().last_seen_at == old_seen  # skipped under the lock
    assert client.get("/colas/triage").status_code == 200
    with Session(web_app.state.db) as session:
        assert session.exec(select(WebSession)).one().last_seen_at > old_seen


def test_confirm_signature_final_response_close_and_reassign(client, web_app):
    login(client, "ana")
    flagged = registro_numbers(client.get("/colas/verificar_firma").text)[0]
    csrf = page_csrf(client)
    assert client.post(f"/registro/{flagged}/firma", data={"csrf_token": csrf}).status_code == 200
    assert "verificar_firma" not in registro(web_app, flagged).flags
    assert client.post(f"/registro/{flagged}/firma", data={"csrf_token": csrf}).status_code == 400

    response = client.post(f"/registro/{flagged}/respuesta-final", data={"csrf_token": csrf},
                           files={"oficio": ("Oficio 123.pdf", io.BytesIO(MINIMAL_PDF), "application/pdf")})
    assert response.status_code == 200 and "Respuesta final registrada" in response.text
    assert registro(web_app, flagged).status == "closed"
    with Session(web_app.state.db) as session:
        final = session.exec(select(OutboxMessage).where(OutboxMessage.kind == "respuesta_final")).one()
        files = filing.outbox_attachments(session, final.id)
    assert flagged in final.subject and "Oficio 123.pdf" in final.body
    # the oficio travels with the mail, as uploaded
    assert [(f.filename, f.media_type, f.data) for f in files] == [("Oficio 123.pdf", "application/pdf", MINIMAL_PDF)]
    sent = email.message_from_bytes(build_message(final, files), policy=policy.default)
    assert [(part.get_filename(), part.get_content()) for part in sent.iter_attachments()] == [
        ("Oficio 123.pdf", MINIMAL_PDF)]
    assert "Adjunto: Oficio 123.pdf" in client.get(f"/registro/{flagged}").text
    not_pdf = client.post(f"/registro/{triage_number(client)}/respuesta-final", data={"csrf_token": csrf},
                          files={"oficio": ("x.pdf", io.BytesIO(b"<html>"), "application/pdf")})
    assert not_pdf.status_code == 400

    derivado = registro_numbers(client.get("/colas/derivado").text)[0]
    home = [u for u in ("mesadepartes@rree.gob.pe", "refugiados@rree.gob.pe") if u != registro(web_app, derivado).mailbox][0]
    client.post(f"/registro/{derivado}/reasignar", data={"csrf_token": csrf, "unit": home})
    moved = registro(web_app, derivado)
    assert moved.mailbox == home and "derivado" not in moved.flags

    other = triage_number(client)
    assert client.post(f"/registro/{other}/cerrar", data={"csrf_token": csrf, "reason": ""}).status_code == 400
    client.post(f"/registro/{other}/cerrar", data={"csrf_token": csrf, "reason": "Consulta atendida por teléfono"})
    assert registro(web_app, other).status == "closed"
    audit = client.get("/auditoria").text
    # staff read the actions in Spanish; the codes stay in the store
    for action in ("firma confirmada", "respuesta final enviada", "reasignado a otra unidad", "cerrado"):
        assert action in audit
    for code in ("signature_confirmed", "final_response", "reassigned"):
        assert code not in audit
    assert "ana (personal)" in audit


def test_metrics_for_operators_and_token(client, monkeypatch):
    assert client.get("/metrics").status_code == 401
    monkeypatch.setenv("MAILBOT_METRICS_TOKEN", "scrape-token-123")
    assert client.get("/metrics", headers={"authorization": "Bearer wrong"}).status_code == 401
    text = client.get("/metrics", headers={"authorization": "Bearer scrape-token-123"}).text
    assert 'mailbot_queue_size{queue="triage"} 10.0' in text
    assert 'mailbot_messages_total{outcome="ignorado"} 10.0' in text
    for name in ("mailbot_queue_oldest_age_seconds", "mailbot_deadlines", "mailbot_outbox", "mailbot_send_failures"):
        assert name in text


def test_operator_pages(client):
    login(client, "oscar")
    rules = client.get("/operadores/reglas?semanas=520").text
    assert "apelacion/asunto" in rules
    page = client.get("/operadores/explicar").text
    from tests.conftest_store import CORPUS

    eml = (CORPUS / "026-apelacion-pdf-firmado-html.eml").read_bytes()
    explained = client.post("/operadores/explicar", data={"csrf_token": csrf_of(page)},
                            files={"eml": ("m.eml", io.BytesIO(eml), "message/rfc822")}).text
    assert "apelacion/asunto" in explained and "✓" in explained
    from mailbot.settings import PROJECT_ROOT

    asunto = (PROJECT_ROOT / "rules" / "asunto.toml").read_text().replace('"password"', '"consulta"', 1)
    replayed = client.post("/operadores/replay", data={"csrf_token": csrf_of(page)},
                           files={"asunto": ("asunto.toml", io.BytesIO(asunto.encode()), "text/plain")}).text
    assert "Cambiarían 4 de 160" in replayed
    broken = client.post("/operadores/replay", data={"csrf_token": csrf_of(page)},
                         files={"asunto": ("asunto.toml", io.BytesIO(b"[[rule]]\nname = 1\n"), "text/plain")})
    assert broken.status_code == 400 and "reglas subidas" in broken.text


def test_users_add_command(web_settings, monkeypatch, capsys):
    from mailbot.cli import main

    config = web_settings.database_url.replace("sqlite:///", "")
    path = f"{config}.toml"
    with open(path, "w") as handle:
        handle.write(f'database_url = "{web_settings.database_url}"\n')
    monkeypatch.setattr("sys.stdin", io.StringIO("clave-de-prueba-larga\n"))
    assert main(["--config", path, "users", "add", "Lucia", "--role", "operator", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("corta\n"))
    assert main(["--config", path, "users", "add", "pepe", "--password-stdin"]) == 1
    assert "al menos" in capsys.readouterr().err
    from mailbot.store import open_store
    from mailbot.web.accounts import StaffUser, authenticate

    db = open_store(web_settings.database_url)
    with Session(db) as session:
        user = session.exec(select(StaffUser).where(StaffUser.username == "lucia")).one()
        assert user.role == "operator" and user.password_hash.startswith("$argon2id$")
        assert authenticate(session, "lucia", "clave-de-prueba-larga") is not None
        assert authenticate(session, "lucia", PASSWORD) is None
    db.dispose()
