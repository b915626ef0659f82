"""`mailbot status` (and `doctor`) against the demo's store: the staff pages' deadline
queues under their names and counts, and no store created where there is none (issue 10)."""
from __future__ import annotations

import io
import re

import pytest

from mailbot import service
from mailbot.core.calendar import BusinessCalendar
from mailbot.store import open_store, read_session, sqlite_file
from mailbot.web.queues import Filters, Queues


@pytest.fixture(scope="module")
def demo_settings(tmp_path_factory, corpus_settings):
    base = tmp_path_factory.mktemp("status") / "demo"
    assert service.demo(corpus_settings, base=base, out=io.StringIO()) == 0
    return service.demo_settings(corpus_settings, base)


def _web_rows(settings, code):
    db = open_store(settings.database_url)
    queues = Queues(BusinessCalendar(settings.calendar), settings.scheduler.due_soon_business_days)
    with read_session(db) as session:
        counts = queues.counts(session)
        rows = queues.rows(session, code, Filters())
    db.dispose()
    return counts[code], rows


def _section(text: str, title: str) -> tuple[int, list[str]]:
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(title))
    count = int(re.search(r": (\d+)$", lines[index]).group(1))
    return count, [line.split()[0] for line in lines[index + 1:index + 1 + count]]


def test_status_vencen_pronto_is_the_web_queue(demo_settings):
    """GIVEN the demo (subsanar replies sent today: the applicant's 2 business days are
    due soon) WHEN `status` THEN its "Vencen pronto" lists what the staff page's
    "Vencen pronto" lists, subsanación deadlines included, and "Vencidos" agrees too."""
    text = service.status_text(demo_settings)
    assert "Por vencer" not in text
    count, numbers = _section(text, "Vencen pronto")
    web_count, web_rows = _web_rows(demo_settings, "vence_pronto")
    assert count == web_count and numbers == [row.number for row in web_rows]
    assert any(row.deadline_kind == "subsanar" for row in web_rows)
    assert "(subsanar) vence" in text
    overdue, overdue_numbers = _section(text, "Vencidos")
    web_overdue, web_overdue_rows = _web_rows(demo_settings, "vencidos")
    assert overdue == web_overdue and overdue_numbers == [row.number for row in web_overdue_rows]


@pytest.mark.parametrize("command", [["status"], ["retry"], ["users", "list"], ["users", "role", "ana", "admin"],
                                     ["rules", "replay"], ["serve"]])
def test_a_command_that_reads_the_store_does_not_create_it(tmp_path, monkeypatch, capsys, command):
    """GIVEN the default config (sqlite:///state.db) in a folder without state.db WHEN a
    command that only reads or changes an existing store runs THEN it exits 1 with one
    line naming the missing file and how a store is created, and creates nothing."""
    from mailbot.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(command) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert str(tmp_path / "state.db") in err and "no existe" in err and "mailbot run" in err and "demo" in err
    assert list(tmp_path.iterdir()) == []


def test_doctor_passes_on_the_demo(demo_settings, capsys):
    """GIVEN the demo's config (Maildirs, outbox, store) WHEN `mailbot doctor` THEN every
    line is OK and it exits 0."""
    from mailbot.cli import main

    config = sqlite_file(demo_settings.database_url).parent / "config.toml"
    assert main(["--config", str(config), "doctor"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith("OK ") for line in lines), lines
    assert sum(line.startswith("OK buzón ") for line in lines) == len(demo_settings.mailboxes)
