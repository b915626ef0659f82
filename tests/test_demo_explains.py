"""The demo shows every outcome, a recurso in time and one out of time with its reason."""
from __future__ import annotations

import io
import re


def test_demo_shows_a_recurso_in_time_and_says_why_the_other_is_late(tmp_path, corpus_settings):
    """GIVEN the sample mail WHEN `demo` runs (on any day) THEN the apelación is in time,
    and the reconsideración is extemporáneo with one line giving notification, last day and filing day."""
    from mailbot import service

    out = io.StringIO()
    assert service.demo(corpus_settings, base=tmp_path / "demo", out=out) == 0
    lines = out.getvalue().splitlines()
    rows = {line.split()[2]: (index, line) for index, line in enumerate(lines) if line.startswith("REG-")}
    outcomes = {line.split()[3] for _, line in rows.values()}
    assert {"cargo", "acuse", "subsanar", "triage", "portal", "suspendido"} <= outcomes
    assert "extemporaneo" not in rows["apelacion"][1]
    index, line = rows["reconsideracion"]
    assert "[extemporaneo]" in line
    assert re.fullmatch(r"\s+↳ extemporáneo: notificado el \d\d/\d\d/\d{4}, el plazo de 15 días hábiles "
                        r"venció el \d\d/\d\d/\d{4} y se presentó el \d\d/\d\d/\d{4}", lines[index + 1])
