"""A test-only message that no budget is enough for: an operator's catastrophic regex.

`with_slow_rule(rules_dir, folder)` copies a rules folder and adds an ASUNTO rule whose
pattern backtracks for hours on `SLOW_SUBJECT` (40 "a" and no "b") and matches no
other subject (it is anchored: the subject would have to be "a…ab"); `slow_message()`
is a message with that subject. The decision of that message under those rules never
ends: the decide process must stop it (`mailbot.decider`, `[limits] decision_seconds`).
"""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from tests.mailfactory import eml

SLOW_RULE = """
[[rule]]
name = "prueba/regex-catastrofica"
procedure = "renuncia"
where = ["subject"]
regex = ["^(a+)+b$"]
"""
# folded, this subject is 40 "a" and no "b": the rule's pattern backtracks for hours
SLOW_SUBJECT = "a" * 40 + "!"
SLOW_MESSAGE_ID = "<lento-1@example.test>"


def with_slow_rule(rules_dir: Path, folder: Path) -> Path:
    """A copy of `rules_dir` in `folder` with the catastrophic rule added to asunto.toml."""
    shutil.copytree(rules_dir, folder)
    with (folder / "asunto.toml").open("a", encoding="utf-8") as handle:
        handle.write(SLOW_RULE)
    return folder


def slow_settings_of(settings, folder: Path, seconds: float = 2.0):
    """`settings` with the catastrophic rule in force and a budget of `seconds` per message."""
    limits = dataclasses.replace(settings.limits, decision_seconds=seconds)
    return dataclasses.replace(settings, rules_dir=with_slow_rule(Path(settings.rules_dir), folder), limits=limits)


def slow_message(**headers) -> bytes:
    return eml(subject=SLOW_SUBJECT, body="Hola.", message_id=SLOW_MESSAGE_ID, **headers)
