"""Fixtures and helpers of the web and operators tests (imported by tests/test_web*.py).

- `corpus_store_template`: once per session, the development corpus filed by the real
  intake runner into a SQLite file (each message through the mailbox its label names,
  at its labelled receipt time).
- `web_settings`: the corpus settings on a fresh copy of that file.
- `web_app`, `client`: the FastAPI app on that store, with users ana (staff),
  oscar (operator) and root (admin); `login(client, name)` signs one in.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest_store import CORPUS, ListSource

PASSWORD = "una-clave-bien-larga"
USERS = {"ana": "staff", "oscar": "operator", "root": "admin"}
LABELS = {row["file"]: row for row in map(json.loads, (CORPUS / "labels.jsonl").read_text().splitlines())}


def corpus_settings_for(url: str, **changes):
    from mailbot.settings import load_settings

    return dataclasses.replace(load_settings(CORPUS / "config.toml"), database_url=url, **changes)


def file_messages(settings, db, messages: dict[str, bytes], received=None) -> None:
    """File `messages` (uid -> bytes) through the real runner, grouped by their labelled mailbox."""
    from mailbot.core.decision import DecisionEngine
    from mailbot.runner import IntakeRunner

    runner = IntakeRunner(settings, db, DecisionEngine.from_settings(settings))
    by_mailbox: dict[str, list] = defaultdict(list)
    for uid, raw in messages.items():
        mailbox = LABELS.get(uid, {}).get("mailbox") or "mesadepartes@rree.gob.pe"
        by_mailbox[mailbox].append((uid, raw))

    def when(uid: str):
        if received is not None:
            return received
        return dt.datetime.fromisoformat(LABELS[uid]["received"]) if uid in LABELS else None

    for mailbox, items in by_mailbox.items():
        runner.poll(ListSource(mailbox, items, internaldate=when))


@pytest.fixture(scope="session")
def corpus_store_template(tmp_path_factory) -> Path:
    from mailbot.store import open_store

    path = tmp_path_factory.mktemp("corpus-store") / "state.db"
    settings = corpus_settings_for(f"sqlite:///{path}")
    db = open_store(settings.database_url)
    file_messages(settings, db, {name: (CORPUS / name).read_bytes() for name in sorted(LABELS)})
    db.dispose()
    return path


@pytest.fixture
def web_settings(tmp_path, corpus_store_template):
    path = tmp_path / "state.db"
    shutil.copy(corpus_store_template, path)
    return corpus_settings_for(f"sqlite:///{path}")


@pytest.fixture
def web_app(web_settings, monkeypatch):
    from mailbot.store.db import session_scope
    from mailbot.web.accounts import create_user
    from mailbot.web.app import create_app

    monkeypatch.setenv("MAILBOT_SECRET_KEY", "test-secret-key-0123456789")
    app = create_app(web_settings)
    with session_scope(app.state.db) as session:
        for name, role in USERS.items():
            create_user(session, name, role, PASSWORD)
    yield app
    app.state.db.dispose()


@pytest.fixture
def client(web_app):
    from fastapi.testclient import TestClient

    with TestClient(web_app) as test_client:
        yield test_client


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def login(client, name: str, password: str = PASSWORD):
    page = client.get("/login")
    response = client.post("/login", data={"username": name, "password": password,
                                           "csrf_token": csrf_of(page.text), "next": "/"},
                           follow_redirects=False)
    return response


def page_csrf(client, path: str = "/auditoria") -> str:
    return csrf_of(client.get(path).text)


def registro_numbers(html: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r'href="/registro/(REG-\d{4}-\d{6})"', html)))


class LiveServer:
    """The app served by uvicorn in a thread on a free port (for the browser)."""

    def __init__(self, app) -> None:
        import socket
        import threading

        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        from tests.conftest_store import wait_until

        self.thread.start()
        assert wait_until(lambda: self.server.started, timeout=15), "uvicorn did not start"
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-dev-shm-usage"]


def launch_chromium(playwright):
    """Headless Debian Chromium; the test FAILS (never skips) when it is missing."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium", pytrace=False)
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
