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
