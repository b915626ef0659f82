"""What the made-up-wording tests of the extractor share: the operators' vocabulary as
`rules/` holds it, and `read` (a text through the extractor, the values it found)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from mailbot.core.extract import FieldExtractor, TextSource
from mailbot.core.rules import load_rules
from mailbot.settings import INSTITUTIONAL_MAILBOXES

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
EXTRACTOR = FieldExtractor(("rree.gob.pe",), INSTITUTIONAL_MAILBOXES, load_rules(RULES_DIR).vocabulary)


def read(text: str, procedure: str | None = None, subject: str = "", sender: str = "remitente@gmail.com") -> dict:
    """The fields the extractor reads in a body (and subject), received 4 December 2026."""
    found = EXTRACTOR.extract([TextSource("body", text), TextSource("subject", subject)], sender,
                              received=dt.date(2026, 12, 4), procedure=procedure)
    return {name: value.value for name, value in found.items()}
