"""`mailbot check` (INTAKE.md section 6): one JSON object per input, exit statuses."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mailbot.cli import main
from tests.mailfactory import MESA, REFUGIADOS, eml

KEYS = {"file", "message_id", "mailbox", "received", "procedure", "fields", "missing", "signature",
        "outcome", "flags", "filing_date", "due_date", "reply", "errors"}


def run_inprocess(args: list[str], capsys) -> tuple[int, list[dict], str]:
    status = main(["check", *args, "--json"])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines() if line.strip()], err


def run_subprocess(args: list[str]) -> tuple[int, list[dict], str]:
    done = subprocess.run([sys.executable, "-m", "mailbot", "check", *args, "--json"],
                          capture_output=True, text=True, timeout=120)
    return done.returncode, [json.loads(line) for line in done.stdout.splitlines() if line.strip()], done.stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "b.eml").write_bytes(eml(subject="Consulta", body="Hola"))
    (tmp_path / "a.eml").write_bytes(eml(subject="Renuncia", body="Renuncio.", to=MESA))
    (tmp_path / "notas.txt").write_text("no es correo")
    return tmp_path


@pytest.mark.parametrize("runner", ["inprocess", "subprocess"])
def test_folder_gives_one_object_per_eml_sorted(folder: Path, runner: str, capsys) -> None:
    """GIVEN a folder with two .eml files and a .txt
    WHEN `mailbot check FOLDER --json` runs
    THEN it prints one object per .eml, sorted by name, with the keys of section 6, exit 0."""
    status, objects, err = run_inprocess([str(folder)], capsys) if runner == "inprocess" else run_subprocess([str(folder)])
    assert status == 0, err
    assert [o["file"] for o in objects] == ["a.eml", "b.eml"]
    for obj in objects:
        assert KEYS <= set(obj)
    assert objects[0]["procedure"] == "renuncia" and objects[1]["outcome"] == "triage"
    assert "Traceback" not in err


def test_options_mailbox_and_received(tmp_path: Path, capsys) -> None:
    """GIVEN --mailbox and --received
    WHEN checking one file THEN both are used as given."""
    path = tmp_path / "m.eml"
    path.write_bytes(eml(subject="Consulta", body="x", to=MESA))
    status, objects, _ = run_inprocess([str(path), "--mailbox", REFUGIADOS, "--received", "2026-11-10T09:00:00-05:00"], capsys)
    assert status == 0
    assert objects[0]["mailbox"] == REFUGIADOS
    assert objects[0]["received"] == "2026-11-10T09:00:00-05:00"
    assert objects[0]["filing_date"] == "2026-11-10"


def test_config_changes_the_calendar(tmp_path: Path, capsys) -> None:
    """GIVEN a config whose office closes at 09:00
    WHEN a message received at 10:15 is checked THEN its filing day is the next business day."""
    config = tmp_path / "config.toml"
    config.write_text('[calendar]\noffice_close = "09:00"\n')
    path = tmp_path / "m.eml"
    path.write_bytes(eml(subject="Consulta", body="x"))
    status, objects, _ = run_inprocess([str(path), "--config", str(config)], capsys)
    assert status == 0 and objects[0]["filing_date"] == "2026-11-10"


USAGE_ERRORS = [
    ("missing path", lambda tmp: [str(tmp / "no-existe.eml")], "no-existe.eml"),
    ("config not found", lambda tmp: [str(tmp), "--config", str(tmp / "nada.toml")], "nada.toml"),
    ("config not TOML", lambda tmp: [str(tmp), "--config", str(_write(tmp / "roto.toml", "[calendar\n"))], "roto.toml"),
    ("config unknown key", lambda tmp: [str(tmp), "--config", str(_write(tmp / "k.toml", "[calendar]\ncolor = 1\n"))], "color"),
    ("config bad time", lambda tmp: [str(tmp), "--config", str(_write(tmp / "t.toml", '[calendar]\noffice_close = "5pm"\n'))], "office_close"),
    ("bad --received", lambda tmp: [str(tmp), "--received", "ayer"], "--received"),
]


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


@pytest.mark.parametrize("runner", ["inprocess", "subprocess"])
@pytest.mark.parametrize("case, build, named", USAGE_ERRORS, ids=[row[0] for row in USAGE_ERRORS])
def test_usage_errors_exit_2_with_one_line(tmp_path: Path, case: str, build, named: str, runner: str, capsys) -> None:
    """GIVEN a missing path, a bad config file or a bad option
    WHEN `mailbot check` runs
    THEN it prints one line on stderr naming the problem and exits 2, with no traceback."""
    args = build(tmp_path)
    status, objects, err = run_inprocess(args, capsys) if runner == "inprocess" else run_subprocess(args)
    assert status == 2
    assert objects == []
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and named in lines[0]


def test_bad_rules_folder_exit_2(tmp_path: Path, capsys) -> None:
    """GIVEN a config pointing at a rules folder with a broken asunto.toml
    WHEN `mailbot check` runs THEN one line on stderr names the file, exit 2."""
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", rules)
    (rules / "asunto.toml").write_text('[[rule]]\nname = "x"\nprocedure = "nada"\nwhere = ["subject"]\nphrases = ["x"]\n')
    config = _write(tmp_path / "c.toml", f'rules_dir = "{rules}"\n')
    message = tmp_path / "m.eml"
    message.write_bytes(eml())
    status, _, err = run_inprocess([str(message), "--config", str(config)], capsys)
    assert status == 2 and "asunto.toml" in err and "nada" in err
