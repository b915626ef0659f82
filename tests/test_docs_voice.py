"""What staff read in the README matches what the pages show."""
from __future__ import annotations

import re
from pathlib import Path

from mailbot.web.queues import QUEUES

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_names_the_queues_as_the_pages_do():
    """GIVEN the README's list of queues on the home page THEN it names exactly the pages' queues, in order."""
    text = README.read_text(encoding="utf-8")
    paragraph = text[text.index("The home page lists the queues"):]
    paragraph = paragraph[:paragraph.index("Filter")]
    named = re.findall(r"\*([^*]+)\*", paragraph)
    assert named == [queue.title for queue in QUEUES]
