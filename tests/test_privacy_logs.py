"""Ley 29733: the logs at INFO carry no personal data.

The whole corpus goes through the runner and the sender with every logger at INFO;
no applicant's name, document number, carné, phone, e-mail address or subject line
may appear in what was logged."""
from __future__ import annotations

import json
import logging

from mailbot.runner import IntakeRunner
from mailbot.sender import Sender
from mailbot.settings import Settings, SmtpSettings
from tests.conftest_store import CORPUS, ListSource

LABELS = [json.loads(line) for line in (CORPUS / "labels.jsonl").read_text().splitlines()]


def _personal_values() -> set[str]:
    values: set[str] = set()
    for row in LABELS:
        for name, value in row["fields"].items():
            if name in ("nombres", "documento_identidad", "carne_extranjeria", "telefono", "correo"):
                values.add(str(value).lower())
    return {value for value in values if len(value) >= 6}


def test_info_logs_carry_no_personal_data(store, corpus_settings, engine, caplog, tmp_path):
    """GIVEN the corpus WHEN filed and answered with logging at INFO
    THEN no name, document, carné, phone or address of an applicant is in the logs."""
    caplog.set_level(logging.INFO)
    runner = IntakeRunner(corpus_settings, store, engine)
    for mailbox in ("mesadepartes@rree.gob.pe", "refugiados@rree.gob.pe"):
        files = [row["file"] for row in LABELS if row["mailbox"] == mailbox]
        runner.poll(ListSource(mailbox, [(f, (CORPUS / f).read_bytes()) for f in files]))
    settings = Settings(smtp=SmtpSettings(kind="maildir", outbox_path=str(tmp_path / "outbox")))
    assert Sender(settings, store).send_due().sent > 50
    logged = "\n".join(record.getMessage() for record in caplog.records).lower()
    assert caplog.records, "nothing was logged at INFO: the test would prove nothing"
    leaked = sorted(value for value in _personal_values() if value in logged)
    assert leaked == []
