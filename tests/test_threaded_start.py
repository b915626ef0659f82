"""Start-up is thread-safe: pypdf and pyHanko are imported once, under one lock, and
`documents` and `pdfworker` no longer import each other."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]

# A fresh interpreter: three threads, released together, each with its own inspector
# (its own PDF worker), decide a signed-looking PDF at the same moment: each loads the
# PDF modules (the race the watcher threads of `mailbot run` had).
SCRIPT = r"""
import threading
from mailbot.core.documents import DocumentInspector
from mailbot.core.model import Attachment
from mailbot.settings import LimitSettings
from tests import pdfkit
import hashlib

data = pdfkit.text_pdf(["Solicitud", "Firmo: Ana"])
attachment = Attachment("carta.pdf", "application/pdf", "application/pdf", data, hashlib.sha256(data).hexdigest(), "carta.pdf")
barrier = threading.Barrier(3)
results, errors = [], []

def watcher():
    inspector = DocumentInspector(LimitSettings())
    try:
        barrier.wait()
        info = inspector.inspect(attachment)
        results.append((info.pages, info.error))
    except BaseException as exc:
        errors.append(repr(exc))
    finally:
        inspector.close()

threads = [threading.Thread(target=watcher) for _ in range(3)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(results, errors)
assert not errors and results == [(1, None)] * 3, (results, errors)
"""


def test_watchers_started_together_each_decide_a_pdf():
    """GIVEN three watcher threads started together in a fresh process, ten times over
    WHEN each inspects a PDF at once THEN every one gets its pages, no import deadlock."""
    for attempt in range(10):
        done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=PROJECT, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, (attempt, done.stdout[-2000:], done.stderr[-3000:])


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_pdfworker_does_not_import_documents():
    """The worker is given its job by `documents`: no import cycle between the two."""
    imported = imported_modules(PROJECT / "mailbot" / "core" / "pdfworker.py")
    assert not {name for name in imported if "documents" in name}, imported
