"""The held-out fixture (tests/heldout/): messages written in other hands than the
development corpus, labelled by hand from INTAKE.md, must all be decided fully right.

`mailbot check` runs in-process over the folder with the fixture's calendar config
(the corpus's), and each message is compared with labels.jsonl by the rules of the
corpus's score.py: procedure (not for `ignorado`), outcome, missing and flags (not for
`ignorado`/`portal`/`triage`), signature status (when the procedure requires one),
filing and due dates, and the fields (names and places compared case- and
accent-insensitively with a length tolerance, `motivo` by presence only; no field may
be reported that the label does not hold, `motivo` excepted).

To change a message, edit tests/heldout/build.py and run it; labels.jsonl is written
by hand.
"""
from __future__ import annotations

import contextlib
import io
import json
import unicodedata
from pathlib import Path

import pytest

from mailbot.cli import main

HELDOUT = Path(__file__).resolve().parent / "heldout"
# the first rounds at the top of the folder; each later fresh round in a folder of its
# own, with the calendar config its writer labelled it with (docs/generality.md)
SETS = [HELDOUT] + sorted(path for path in HELDOUT.glob("round*") if path.is_dir())


def _labels(folder: Path) -> list[dict]:
    rows = [json.loads(line) for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{**row, "_set": folder.name} for row in rows]


LABELS = [row for folder in SETS for row in _labels(folder)]
KEYS = ["procedure", "outcome", "missing", "signature", "flags", "filing_date", "due_date"]
UNJUDGED = ("ignorado", "portal", "triage")


def fold(text) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def same_field(name: str, want, got) -> bool:
    if got is None:
        return False
    if name == "motivo":
        return bool(str(got).strip())
    if name in ("nombres", "destino"):
        w, g = fold(want), fold(got)
        return (w in g or g in w) and 0.6 * len(w) <= len(g) <= 1.6 * len(w)
    return str(want) == str(got)


def differences(want: dict, have: dict) -> list[str]:
    diffs = []
    for key in KEYS:
        w, h = want.get(key), have.get(key)
        if key == "procedure" and want["outcome"] == "ignorado":
            continue
        if key == "signature":
            if want["signature"] == "not_required" or want["outcome"] in UNJUDGED:
                continue
            h = (h or {}).get("status") if isinstance(h, dict) else h
        if key in ("missing", "flags"):
            if want["outcome"] in UNJUDGED:
                continue
            w, h = sorted(w or []), sorted(h or [])
        if w != h:
            diffs.append(f"{key}: want {w!r} got {h!r}")
    if want["outcome"] != "ignorado":
        found = have.get("fields") or {}
        for name, w in want["fields"].items():
            if not same_field(name, w, found.get(name)):
                diffs.append(f"field {name}: want {w!r} got {found.get(name)!r}")
        for name, h in found.items():
            if name not in want["fields"] and name != "motivo":
                diffs.append(f"extra field {name}: {h!r}")
    return diffs


@pytest.fixture(scope="module")
def decisions() -> dict[tuple[str, str], dict]:
    found = {}
    for folder in SETS:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = main(["check", str(folder), "--json", "--config", str(folder / "config.toml")])
        assert status == 0
        objects = [json.loads(line) for line in out.getvalue().splitlines() if line.strip().startswith("{")]
        found.update({(folder.name, Path(obj["file"]).name): obj for obj in objects})
    return found


@pytest.mark.parametrize("folder", SETS, ids=[folder.name for folder in SETS])
def test_fixture_is_complete(folder: Path) -> None:
    """GIVEN a held-out folder THEN every .eml has exactly one label and vice versa."""
    files = sorted(path.name for path in folder.glob("*.eml"))
    assert files == sorted(row["file"] for row in _labels(folder))
    assert len(files) >= 40


@pytest.mark.parametrize("want", LABELS, ids=[f"{row['_set']}/{row['file']}" for row in LABELS])
def test_heldout_message_fully_right(want: dict, decisions: dict[str, dict]) -> None:
    """GIVEN a message written in other hands and its label from INTAKE.md
    WHEN `mailbot check` decides it
    THEN procedure, outcome, missing, signature, flags, dates and fields all agree."""
    have = decisions.get((want["_set"], want["file"]))
    assert have is not None, "no decision for this file"
    assert differences(want, have) == []
