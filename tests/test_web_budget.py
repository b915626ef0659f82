"""The staff pages decide within the budget per message, and never on the event loop.

GIVEN the corpus filed by the real runner plus the slow message (`tests.slow_case`: a
subject an operator's catastrophic regex never finishes with), and a budget of 2 s,
WHEN an operator explains it (stored or uploaded), replays edited rules over it, or staff
decide it again, THEN the page says in Spanish that the decision ran out of time, within
the budget plus the decide process's start-up, other requests are served meanwhile, and
the next message is explained as before.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlmodel import Session, select

from mailbot.decider import TIMEOUT_ERROR
from mailbot.settings import PROJECT_ROOT
from mailbot.store.models import Message, Registro
from tests.conftest_store import CORPUS
from tests.slow_case import SLOW_MESSAGE_ID, SLOW_RULE, slow_message, slow_settings_of
from tests.test_web_support import (  # noqa: F401 - fixtures
    PASSWORD, USERS, corpus_store_template, csrf_of, file_messages, login, web_settings,
)

BUDGET = 2.0
SLACK = 15.0  # a decide process's start-up (imports, rules, the PDF worker), on a busy machine
SLOW_RECEIVED = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.timezone.utc)  # before the corpus: replayed first
TIMED_OUT = f"{TIMEOUT_ERROR} (más de 2 s); se detuvo el análisis."


def _app(settings, monkeypatch):
    from mailbot.store.db import session_scope
    from mailbot.web.accounts import create_user
    from mailbot.web.app import create_app

    monkeypatch.setenv("MAILBOT_SECRET_KEY", "test-secret-key-0123456789")
    app = create_app(settings)
    with session_scope(app.state.db) as session:
        for name, role in USERS.items():
            create_user(session, name, role, PASSWORD)
    return app


@pytest.fixture
def stored_slow(web_settings) -> int:
    """The slow message filed with the corpus (under the rules in force it is decided at once)."""
    from mailbot.store import open_store

    db = open_store(web_settings.database_url)
    file_messages(web_settings, db, {"lento.eml": slow_message()}, received=SLOW_RECEIVED)
    with Session(db) as session:
        message_pk = session.exec(select(Message.id).where(Message.message_id == SLOW_MESSAGE_ID)).one()
    db.dispose()
    return message_pk


def _client(app):
    from fastapi.testclient import TestClient

    return TestClient(app)


@pytest.fixture
def slow_client(web_settings, stored_slow, tmp_path, monkeypatch):
    """The staff pages with the catastrophic regex in force and a budget of 2 s."""
    app = _app(slow_settings_of(web_settings, tmp_path / "rules", seconds=BUDGET), monkeypatch)
    with _client(app) as client:
        yield client
    app.state.db.dispose()


@pytest.fixture
def budget_client(web_settings, stored_slow, monkeypatch):
    """The staff pages with the rules in force (the corpus's) and a budget of 2 s."""
    limits = dataclasses.replace(web_settings.limits, decision_seconds=BUDGET)
    app = _app(dataclasses.replace(web_settings, limits=limits), monkeypatch)
    with _client(app) as client:
        yield client
    app.state.db.dispose()


def timed(call, *args, **kwargs):
    began = time.monotonic()
    result = call(*args, **kwargs)
    return result, time.monotonic() - began


def test_explain_of_a_stored_message_over_its_budget_says_so_and_the_next_is_explained(slow_client, stored_slow):
    """GIVEN an operator WHEN the stored slow message is explained THEN the page says it could
    not be explained, "tiempo de decisión excedido", within the budget; a corpus message is
    explained next (a new decide process), its trail shown as before."""
    login(slow_client, "oscar")
    slow_client.get("/operadores/explicar?mensaje=1")  # the decide process is up
    page, elapsed = timed(slow_client.get, f"/operadores/explicar?mensaje={stored_slow}")
    assert page.status_code == 200
    assert f"No se pudo explicar el mensaje {stored_slow}: {TIMED_OUT}" in page.text
    assert BUDGET <= elapsed < BUDGET + SLACK
    after = slow_client.get("/operadores/explicar?mensaje=1")
    assert after.status_code == 200 and "No se pudo explicar" not in after.text
    assert "Reglas probadas" in after.text and "prueba/regex-catastrofica" in after.text


def test_explain_of_an_uploaded_message_over_its_budget_says_so(slow_client):
    login(slow_client, "oscar")
    form = slow_client.get("/operadores/explicar").text
    page, elapsed = timed(slow_client.post, "/operadores/explicar", data={"csrf_token": csrf_of(form)},
                          files={"eml": ("mio.eml", io.BytesIO(slow_message()), "message/rfc822")})
    assert page.status_code == 200 and f"No se pudo explicar mio.eml: {TIMED_OUT}" in page.text
    assert elapsed < BUDGET + SLACK
    eml = (CORPUS / "026-apelacion-pdf-firmado-html.eml").read_bytes()
    explained = slow_client.post("/operadores/explicar", data={"csrf_token": csrf_of(form)},
                                 files={"eml": ("m.eml", io.BytesIO(eml), "message/rfc822")}).text
    assert "apelacion/asunto" in explained and "✓" in explained and "No se pudo explicar" not in explained


def test_the_event_loop_serves_other_requests_while_a_message_is_explained(slow_client):
    """GIVEN an upload of the slow message being explained (2 s) WHEN other pages are asked
    for meanwhile THEN each is served at once: the decision is waited for in a worker
    thread, not on the event loop."""
    login(slow_client, "oscar")
    form = slow_client.get("/operadores/explicar").text
    with ThreadPoolExecutor(max_workers=1) as pool:
        slow = pool.submit(slow_client.post, "/operadores/explicar", data={"csrf_token": csrf_of(form)},
                           files={"eml": ("mio.eml", io.BytesIO(slow_message()), "message/rfc822")})
        waits = []
        while not slow.done():
            _, elapsed = timed(slow_client.get, "/login")
            waits.append(elapsed)
        assert TIMED_OUT in slow.result().text
    assert len(waits) > 3 and max(waits) < 1.0, waits


def test_redecide_over_its_budget_says_so_and_changes_nothing(slow_client, stored_slow):
    """GIVEN staff correcting the slow message's registro WHEN it is decided again THEN the
    refusal says the decision ran out of time; the registro is as it was."""
    from mailbot.store import open_store

    login(slow_client, "ana")
    db = open_store(slow_client.app.state.settings.database_url)
    with Session(db) as session:
        message = session.get(Message, stored_slow)
        before = session.get(Registro, message.registro_id)
    page = slow_client.get(f"/registro/{before.number}").text
    response, elapsed = timed(slow_client.post, f"/registro/{before.number}/decidir",
                              data={"csrf_token": csrf_of(page), "procedure": "renuncia"})
    assert response.status_code == 400
    assert f"No se pudo decidir de nuevo el mensaje: {TIMED_OUT}" in response.text
    assert elapsed < BUDGET + SLACK
    with Session(db) as session:
        after = session.get(Registro, before.id)
        assert (after.procedure, after.current_decision_pk) == (before.procedure, before.current_decision_pk)
    db.dispose()


def test_replay_lists_a_message_over_its_budget_and_replays_the_rest(budget_client, stored_slow):
    """GIVEN edited rules uploaded with the catastrophic regex WHEN replayed over the first 20
    stored messages (the slow one first) THEN the page lists it with the reason and the
    other 19 are replayed as before: nothing changes."""
    login(budget_client, "oscar")
    asunto = (PROJECT_ROOT / "rules" / "asunto.toml").read_text(encoding="utf-8") + SLOW_RULE
    form = budget_client.get("/operadores/replay").text
    page, elapsed = timed(budget_client.post, "/operadores/replay", data={"csrf_token": csrf_of(form), "limit": "20"},
                          files={"asunto": ("asunto.toml", io.BytesIO(asunto.encode()), "text/plain")})
    assert page.status_code == 200
    text = page.text
    assert "No se pudieron decidir 1 mensajes" in text and f"reglas editadas: {TIMED_OUT}" in text
    assert "Cambiarían 0 de 19 mensajes" in text
    assert elapsed < BUDGET + SLACK + 60.0  # and 19 ordinary decisions
