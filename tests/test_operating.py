"""Failures an operator can act on (issue 10): a mailbox that cannot log in says why,
and `mailbot run --once` exits non-zero when a mailbox could not be read."""
from __future__ import annotations

import dataclasses
import io
import logging

from mailbot import service
from tests.intake_support import deliver_corpus, intake_settings

MESA = "mesadepartes"


def _run_once(settings, caplog) -> tuple[int, str, str]:
    out = io.StringIO()
    with caplog.at_level(logging.ERROR, logger="mailbot.scheduler"):
        code = service.run(settings, once=True, out=out)
    return code, out.getvalue(), caplog.text


def test_wrong_password_is_reported_with_the_servers_answer(db_url, dovecot, smtp_server, corpus_settings, caplog):
    """GIVEN a real Dovecot and a mailbox configured with a wrong password WHEN the
    worker runs once THEN it exits 1, and both its output and its log say the login was
    refused (not only "SourceError")."""
    settings = intake_settings(corpus_settings, dovecot, smtp_server, db_url, users=[MESA])
    wrong = dataclasses.replace(settings.mailboxes[0], password_file="")
    wrong = dataclasses.replace(wrong, password_env="MAILBOT_TEST_WRONG_PW")
    settings = dataclasses.replace(settings, mailboxes=(wrong,))
    import os

    os.environ["MAILBOT_TEST_WRONG_PW"] = "not-the-password"
    try:
        code, out, logged = _run_once(settings, caplog)
    finally:
        del os.environ["MAILBOT_TEST_WRONG_PW"]
    assert code == 1, out
    assert "no se pudo leer" in out and "login" in out.lower(), out
    assert "poll failed: SourceError" not in logged
    assert "login" in logged.lower() and "authentication failed" in logged.lower(), logged


def test_missing_password_variable_is_a_different_message(db_url, dovecot, smtp_server, corpus_settings, caplog):
    """GIVEN a mailbox whose password variable is not set WHEN the worker runs once THEN
    it exits 1 and names the variable (distinct from a refused login)."""
    settings = intake_settings(corpus_settings, dovecot, smtp_server, db_url, users=[MESA])
    missing = dataclasses.replace(settings.mailboxes[0], password_file="", password_env="MAILBOT_TEST_UNSET_PW")
    settings = dataclasses.replace(settings, mailboxes=(missing,))
    code, out, logged = _run_once(settings, caplog)
    assert code == 1, out
    assert "MAILBOT_TEST_UNSET_PW is not set" in out and "MAILBOT_TEST_UNSET_PW is not set" in logged
    assert "authentication failed" not in logged.lower()


def test_a_readable_mailbox_exits_zero(db_url, dovecot, smtp_server, corpus_settings, caplog):
    """The control: the right password, mail delivered, everything answered -> exit 0."""
    settings = intake_settings(corpus_settings, dovecot, smtp_server, db_url, users=[MESA])
    deliver_corpus(dovecot, [])
    code, out, _ = _run_once(settings, caplog)
    assert code == 0, out


# -- configuration checked at load, by every command ------------------------------------

import pytest  # noqa: E402

from mailbot.cli import main  # noqa: E402

BAD_CONFIGS = {
    "bad kind": ('[[mailboxes]]\naddress = "a@rree.gob.pe"\nkind = "imapp"\nhost = "localhost"\n',
                 "unknown kind 'imapp'"),
    "mysql": ('database_url = "mysql://u:secreto@localhost/mailbot"\n', "mysql is not supported"),
    "bare file name": ('database_url = "state.db"\n', "is not a database URL"),
    "missing driver": ('database_url = "postgresql+pg8000://u:secreto@localhost/mailbot"\n',
                       "driver 'pg8000' is not installed"),
}


@pytest.mark.parametrize("command", [["status"], ["run", "--once"], ["check", "."]])
@pytest.mark.parametrize("case", sorted(BAD_CONFIGS))
def test_bad_config_is_refused_by_every_command_in_one_line(tmp_path, capsys, case, command):
    """GIVEN a config with one mistake WHEN any command loads it THEN exit 2 and one line
    on stderr that names the mistake (and never shows the database password)."""
    text, expected = BAD_CONFIGS[case]
    config = tmp_path / "config.toml"
    config.write_text(text, encoding="utf-8")
    assert main(["--config", str(config), *command]) == 2
    err = capsys.readouterr().err.strip()
    assert expected in err and len(err.splitlines()) == 1, err
    assert "secreto" not in err
    assert not (tmp_path / "state.db").exists()


@pytest.mark.postgres
def test_postgres_database_that_does_not_exist_is_one_line(tmp_path, capsys):
    """GIVEN a PostgreSQL server without the configured database WHEN `status` THEN exit
    1 and one line naming the database and what to check (no traceback)."""
    config = tmp_path / "config.toml"
    config.write_text('database_url = "postgresql+psycopg://postgres@127.0.0.1:5432/mailbot_no_such_db"\n')
    assert main(["--config", str(config), "status"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "mailbot_no_such_db" in err and "does not exist" in err and "database exists" in err


def test_database_server_down_is_one_line(tmp_path, capsys):
    from tests.dovecot import free_port

    config = tmp_path / "config.toml"
    config.write_text(f'database_url = "postgresql+psycopg://postgres:secreto@127.0.0.1:{free_port()}/mailbot"\n')
    assert main(["--config", str(config), "status"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "server is running" in err and "secreto" not in err, err


def test_status_shows_the_mailbox_error_since_when_and_how_many(db_url, dovecot, smtp_server, corpus_settings,
                                                               caplog, monkeypatch):
    """GIVEN a real Dovecot and a wrong password WHEN two passes fail THEN `status` shows
    the login error with since when (Lima time) and 2 in a row; WHEN the password is
    right again THEN the error is cleared."""
    from mailbot.store import open_store
    from mailbot.store.models import MailboxState
    from sqlmodel import Session

    settings = intake_settings(corpus_settings, dovecot, smtp_server, db_url, users=[MESA])
    right = settings.mailboxes[0]
    wrong = dataclasses.replace(right, password_file="", password_env="MAILBOT_TEST_WRONG_PW")
    monkeypatch.setenv("MAILBOT_TEST_WRONG_PW", "not-the-password")
    broken = dataclasses.replace(settings, mailboxes=(wrong,))
    assert _run_once(broken, caplog)[0] == 1
    assert _run_once(broken, caplog)[0] == 1
    text = service.status_text(broken)
    line = next(line for line in text.splitlines() if wrong.address in line)
    assert "ERROR desde" in line and "(2 lectura(s) seguidas)" in line and "authentication failed" in line.lower(), line
    db = open_store(db_url)
    try:
        with Session(db) as session:
            state = session.get(MailboxState, wrong.address)
            assert state.error_count == 2 and state.error_since is not None
        assert _run_once(settings, caplog)[0] == 0
        with Session(db) as session:
            state = session.get(MailboxState, wrong.address)
            assert (state.error_count, state.error_since, state.last_error) == (0, None, "")
    finally:
        db.dispose()
    assert "ERROR" not in service.status_text(settings)
