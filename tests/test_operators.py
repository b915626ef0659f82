"""`mailbot rules explain` and `mailbot rules replay` over the corpus filed by the real runner."""
from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import time
from pathlib import Path

from sqlmodel import Session, select

from mailbot.core.rules import load_rules
from mailbot.decider import TIMEOUT_ERROR
from mailbot.operators import explain, replay, replay_stored
from mailbot.settings import PROJECT_ROOT
from mailbot.store import open_store
from mailbot.store.models import SourceReceipt
from tests.conftest_store import CORPUS
from tests.slow_case import slow_message, slow_settings_of, with_slow_rule
from tests.test_web_support import corpus_settings_for, corpus_store_template, file_messages, web_settings  # noqa: F401


def edited_rules(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of rules/ with one synonym of cambio_clave/asunto changed."""
    folder = tmp_path / "rules"
    shutil.copytree(PROJECT_ROOT / "rules", folder)
    path = folder / "asunto.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('name = "cambio_clave/asunto"')
    end = text.index("[[rule]]", start)
    block = text[start:end]
    assert f'"{old}"' in block, f"the synonym {old!r} is no longer in cambio_clave/asunto"
    path.write_text(text[:start] + block.replace(f'"{old}"', f'"{new}"') + text[end:], encoding="utf-8")
    return folder


def test_replay_shows_exactly_the_messages_a_changed_synonym_affects(web_settings, tmp_path, capsys):
    """GIVEN the corpus filed AND the synonym "password" of cambio_clave changed to "consulta"
    WHEN replayed THEN exactly the messages whose subject says "consulta" and names no other
    procedure change: two undecided ones and one decided by its body become cambio_clave, and the
    bounce about a "consulta" (ignored, still classified) changes procedure; "consulta sobre recurso
    de reconsideración o apelación" names several procedures and stays undecided. Nothing is written."""
    rules = load_rules(edited_rules(tmp_path, "password", "consulta"))
    db = open_store(web_settings.database_url)
    before_rows = _row_counts(db)
    report = replay_stored(db, web_settings, rules)
    with Session(db) as session:
        files = {r.message_pk: r.uid for r in session.exec(select(SourceReceipt)) if r.message_pk}
    changed = {files[change.message_pk]: change for change in report.changes}
    assert sorted(changed) == [
        "059-no-se-puede-entregar.eml",
        "084-actualizacion-datos-asunto-generico-html.eml",  # subject "Consulta", was decided by its body
        "123-consulta-asunto-generico-html.eml",
        "155-consulta-asunto-generico-html.eml",
    ]
    assert all(change.after.procedure == "cambio_clave" for change in changed.values())
    assert changed["123-consulta-asunto-generico-html.eml"].before.outcome == "triage"
    assert changed["059-no-se-puede-entregar.eml"].after.outcome == "ignorado"
    assert report.total == 160 and report.drift == 0
    assert report.procedures_after["cambio_clave"] - report.procedures_before["cambio_clave"] == 4
    assert report.outcomes_before["triage"] - report.outcomes_after["triage"] == 2
    assert _row_counts(db) == before_rows  # nothing stored, nothing queued
    db.dispose()

    # the command line prints the same, with a progress bar on stderr
    code = replay(web_settings, rules, since="2026-01-01", until="2027-12-31", limit=None)
    out, err = capsys.readouterr()
    assert code == 0
    assert "Cambiarían: 4" in out and "(ninguno)/triage -> cambio_clave/subsanar" in out
    assert "[##############################] 160/160" in err


def test_replay_with_unchanged_rules_changes_nothing(web_settings):
    db = open_store(web_settings.database_url)
    report = replay_stored(db, web_settings, load_rules(web_settings.rules_dir), limit=40)
    assert report.total == 40 and report.changes == []
    db.dispose()


def test_replay_period_and_bad_dates(web_settings, capsys):
    rules = load_rules(PROJECT_ROOT / "rules")
    assert replay(web_settings, rules, since="2026-13-01") == 2
    assert "no es una fecha" in capsys.readouterr().err
    assert replay(web_settings, rules, since="2030-01-01") == 0
    assert "Mensajes reproducidos: 0" in capsys.readouterr().out


def test_explain_lists_every_rule_tried_and_where_fields_were_found(capsys):
    """GIVEN an apelación with a signed PDF WHEN explained THEN the matching rule is marked used,
    the other rules are listed as tried, and each field says where it was found."""
    settings = corpus_settings_for("sqlite:///unused.db")
    rules = load_rules(PROJECT_ROOT / "rules")
    code = explain(settings, rules, CORPUS / "026-apelacion-pdf-firmado-html.eml")
    out = capsys.readouterr().out
    assert code == 0
    assert "✓ apelacion/asunto" in out
    assert "· cambio_clave/asunto" in out and "no coincide" in out
    assert len([line for line in out.splitlines() if line.startswith("  ")]) > len(rules.subject_rules)
    assert "Clasificación: apelacion" in out and "Resultado: CARGO" in out
    assert "nombres:" in out and "[body" in out or "[adjunto:" in out


def test_explain_refuses_a_missing_file(capsys):
    settings = corpus_settings_for("sqlite:///unused.db")
    assert explain(settings, load_rules(PROJECT_ROOT / "rules"), Path("/nonexistent.eml")) == 2


# -- the budget per message --------------------------------------------------------------------

def test_explain_of_a_message_over_its_budget_prints_the_reason_and_exits_1(tmp_path, capsys):
    """GIVEN rules with a catastrophic regex and a budget of 2 s WHEN the message it never
    ends on is explained THEN the reason is printed and the exit status is 1, within the
    budget plus the decide process's start-up; a normal message is still explained (0)."""
    settings = slow_settings_of(corpus_settings_for("sqlite:///unused.db"), tmp_path / "rules")
    rules = load_rules(settings.rules_dir)
    path = tmp_path / "lento.eml"
    path.write_bytes(slow_message())
    began = time.monotonic()
    code = explain(settings, rules, path)
    elapsed = time.monotonic() - began
    out = capsys.readouterr().out
    assert code == 1
    assert out.splitlines() == ["== lento.eml", f"! No se pudo explicar: {TIMEOUT_ERROR} (más de 2 s); se detuvo el análisis."]
    assert 2.0 <= elapsed < 2.0 + 15.0
    assert explain(settings, rules, CORPUS / "026-apelacion-pdf-firmado-html.eml") == 0
    assert "✓ apelacion/asunto" in capsys.readouterr().out


SLOW_RECEIVED = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.timezone.utc)  # before the corpus: replayed first


def test_replay_reports_a_message_over_its_budget_and_goes_on(web_settings, tmp_path, capsys):
    """GIVEN the corpus and the slow message filed (under the rules in force it is decided at
    once) AND edited rules with a regex that never ends on it, a budget of 2 s WHEN replayed
    THEN that message is listed with the reason "tiempo de decisión excedido", within the
    budget plus a new decide process's start-up, and every other message is replayed as
    before (nothing changes); the command prints a line for it and exits 1."""
    db = open_store(web_settings.database_url)
    file_messages(web_settings, db, {"lento.eml": slow_message()}, received=SLOW_RECEIVED)
    settings = dataclasses.replace(web_settings, limits=dataclasses.replace(web_settings.limits, decision_seconds=2.0))
    rules = load_rules(with_slow_rule(PROJECT_ROOT / "rules", tmp_path / "rules"))
    moments = [time.monotonic()]
    report = replay_stored(db, settings, rules, limit=20, progress=lambda done, total: moments.append(time.monotonic()))
    db.dispose()
    assert len(report.undecided) == 1 and report.total == 19 and report.changes == []
    failure = report.undecided[0]
    assert failure.subject.startswith("aaaa") and failure.registro
    assert failure.error == f"reglas editadas: {TIMEOUT_ERROR} (más de 2 s); se detuvo el análisis."
    assert 2.0 <= moments[1] - moments[0] < 2.0 + 15.0  # the slow one, after the decide process started
    assert max(later - earlier for earlier, later in zip(moments[1:], moments[2:])) < 15.0  # a new child's start-up

    code = replay(settings, rules, limit=5)
    out = capsys.readouterr().out
    assert code == 1
    assert "Mensajes reproducidos: 4" in out and "No se pudieron decidir: 1" in out and "Cambiarían: 0" in out
    line = next(line for line in out.splitlines() if TIMEOUT_ERROR in line)
    assert line.startswith(f"  {failure.registro}  2026-11-01  «aaaa") and line.endswith("se detuvo el análisis.")


def _row_counts(db) -> dict:
    from sqlmodel import func

    from mailbot.store.models import AuditEvent, DecisionRecord, OutboxMessage

    with Session(db) as session:
        return {model.__name__: session.exec(select(func.count()).select_from(model)).one()
                for model in (DecisionRecord, OutboxMessage, AuditEvent)}
