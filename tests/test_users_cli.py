"""`mailbot users add|passwd|role|disable|enable|list` (issue 10): an existing name is
refused, every change is audited with its state before and after, and a password
change or a disable ends the user's open web sessions at once."""
from __future__ import annotations

import io

from sqlmodel import Session, select

from mailbot.cli import main
from mailbot.store.models import AuditEvent
from mailbot.web.accounts import StaffUser, WebSession, authenticate
from tests.test_web_support import (  # noqa: F401 - fixtures
    PASSWORD, client, corpus_store_template, login, web_app, web_settings,
)

NEW_PASSWORD = "otra-clave-bastante-larga"


def _config(web_settings) -> str:
    path = web_settings.database_url.replace("sqlite:///", "") + ".toml"
    with open(path, "w") as handle:
        handle.write(f'database_url = "{web_settings.database_url}"\n')
    return path


def _users(config: str, monkeypatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--config", config, "users", *args])


def _last_audit(db, entity_id: str) -> AuditEvent:
    with Session(db) as session:
        return session.exec(select(AuditEvent).where(AuditEvent.entity_id == entity_id)
                            .order_by(AuditEvent.id.desc())).first()


def _signed_in(client) -> bool:
    response = client.get("/colas/triage", follow_redirects=False)
    return not (response.status_code == 303 and response.headers["location"].startswith("/login"))


def test_add_refuses_an_existing_name(web_settings, web_app, monkeypatch, capsys):
    """GIVEN the admin root WHEN `users add root` (role staff by default) THEN it is
    refused with a message naming the commands that change an account, and root is
    still an admin with its password."""
    config = _config(web_settings)
    assert _users(config, monkeypatch, "add", "root", "--password-stdin", stdin=NEW_PASSWORD + "\n") == 1
    assert "ya existe" in capsys.readouterr().err
    with Session(web_app.state.db) as session:
        root = session.exec(select(StaffUser).where(StaffUser.username == "root")).one()
        assert root.role == "admin"
        assert authenticate(session, "root", PASSWORD) is not None


def test_role_change_is_audited_with_before_and_after(web_settings, web_app, monkeypatch, capsys):
    config = _config(web_settings)
    assert _users(config, monkeypatch, "role", "ana", "operator") == 0
    event = _last_audit(web_app.state.db, "ana")
    assert event.action == "user_role_changed"
    assert event.detail["before"] == {"role": "staff"} and event.detail["after"] == {"role": "operator"}
    assert _users(config, monkeypatch, "role", "nadie", "admin") == 1
    assert "no existe" in capsys.readouterr().err


def test_password_change_ends_open_sessions(web_settings, web_app, client, monkeypatch):
    """GIVEN ana signed in on the web WHEN `users passwd ana` THEN her next request goes
    to the login page, the old password no longer works, the new one does, and the
    audit row says how many sessions were open before."""
    config = _config(web_settings)
    login(client, "ana")
    assert _signed_in(client)
    assert _users(config, monkeypatch, "passwd", "ana", "--password-stdin", stdin=NEW_PASSWORD + "\n") == 0
    assert not _signed_in(client)
    event = _last_audit(web_app.state.db, "ana")
    assert event.action == "user_password_changed"
    assert event.detail["before"] == {"open_sessions": 1} and event.detail["after"] == {"open_sessions": 0}
    assert NEW_PASSWORD not in str(event.detail)
    with Session(web_app.state.db) as session:
        assert authenticate(session, "ana", PASSWORD) is None
        assert authenticate(session, "ana", NEW_PASSWORD) is not None


def test_disable_ends_sessions_and_blocks_login(web_settings, web_app, client, monkeypatch, capsys):
    config = _config(web_settings)
    login(client, "ana")
    assert _signed_in(client)
    assert _users(config, monkeypatch, "disable", "ana") == 0
    assert not _signed_in(client)
    with Session(web_app.state.db) as session:
        assert session.exec(select(WebSession)).all() == []
    login(client, "ana")
    assert not _signed_in(client)
    event = _last_audit(web_app.state.db, "ana")
    assert event.detail["before"] == {"active": True} and event.detail["after"] == {"active": False}
    capsys.readouterr()
    assert _users(config, monkeypatch, "list") == 0
    listed = capsys.readouterr().out
    assert "ana" in listed and "desactivado" in listed and "root" in listed and "admin" in listed
    assert _users(config, monkeypatch, "enable", "ana") == 0
    login(client, "ana")
    assert _signed_in(client)
