"""Metamorphic check of the decision core: rewrite a labelled round's bodies in ways
that do not change what they say (accents dropped, one case, another separator between
a label and its value, each paragraph on one line, a phone's footer, the office's earlier
reply quoted below, an HTML-only body), then score the
rewritten round against the *same* labels. A fall in the score is a reading that leans
on the surface of the writing, not on what it says: the kind of miss a fresh round finds.

    .venv/bin/python bench/perturb.py tests/heldout/round16 [--only accents,tabs] [--show 5]

Each variant is written to a temporary folder (the round's labels and config.toml
beside it) and scored with ../shared/corpus/score.py, as a fresh round would be.
"""
from __future__ import annotations

import argparse
import email
import email.policy
import html
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "corpus" / "score.py"

# "Label: value" at the start of a line: a few words, then a colon
_LABELLED = re.compile(r"(?m)^([ \t]*[^\W\d][^:\n]{0,38}?)[ \t]*:[ \t]*(?=\S)")


def _no_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c)).replace("ñ", "n").replace("Ñ", "N")


def _one_line_paragraphs(text: str) -> str:
    return "\n\n".join(" ".join(line.strip() for line in block.splitlines() if line.strip())
                       for block in re.split(r"\n[ \t]*\n", text))


VARIANTS: dict[str, Callable[[str], str]] = {
    "accents": _no_accents,
    "upper": str.upper,
    "lower": str.lower,
    "tabs": lambda text: _LABELLED.sub(lambda m: m.group(1) + "\t", text),
    "dashes": lambda text: _LABELLED.sub(lambda m: m.group(1) + " - ", text),
    "slashes": lambda text: _LABELLED.sub(lambda m: m.group(1) + " / ", text),
    "spaces": lambda text: _LABELLED.sub(lambda m: m.group(1) + "     ", text),
    "paragraphs": _one_line_paragraphs,
    # what mail programs add below the writer's own text
    "footer": lambda text: text.rstrip() + "\n\nEnviado desde mi iPhone\n",
    "quoted": lambda text: text.rstrip() + (
        "\n\nEl lun., 30 nov. 2026 a las 10:15, Mesa de Partes CEPR (<mesadepartes@rree.gob.pe>) escribió:\n"
        "> Estimado(a) usuario(a):\n> Para atender su trámite indique sus nombres y apellidos completos,\n"
        "> número de documento, teléfono y correo electrónico.\n> Atentamente,\n> Secretaría Ejecutiva - CEPR\n"),
}


def _rewrite(raw: bytes, change: Callable[[str], str], as_html: bool) -> bytes:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    has_html = any(part.get_content_type() == "text/html" for part in message.walk())
    for part in message.walk():
        if part.is_multipart() or part.get_content_type() != "text/plain" or part.get_filename():
            continue
        if has_html and len(part.get_content().strip()) < 60:
            return raw  # "(Este mensaje está en formato HTML)": the HTML holds the text; left as sent
        text = change(part.get_content())
        if as_html:
            paragraphs = "".join(f"<p>{html.escape(block).replace(chr(10), '<br>')}</p>"
                                 for block in re.split(r"\n[ \t]*\n", text))
            part.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html", charset="utf-8")
            part["X-Perturbed"] = "html"
        else:
            part.set_content(text, charset="utf-8")
    if as_html:  # HTML-only: the sender's own HTML alternative goes, the rewritten text stays
        for part in message.walk():
            if part.get_content_type() == "multipart/alternative":
                kept = [sub for sub in part.get_payload() if sub.get_content_type() != "text/html" or sub["X-Perturbed"]]
                part.set_payload(kept)
    return message.as_bytes()


def _score(folder: Path, show: int) -> str:
    config = folder / "config.toml"
    command = f"{ROOT / '.venv' / 'bin' / 'mailbot'} --config {config} check"
    out = subprocess.run([sys.executable, str(SCORE), str(folder), "--cmd", command, "--show", str(show)],
                         capture_output=True, text=True, check=False).stdout
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round", help="a labelled folder: *.eml, labels.jsonl, config.toml")
    parser.add_argument("--only", default="", help="comma-separated variants (default: all, and html)")
    parser.add_argument("--show", type=int, default=0, help="differences to show per variant")
    args = parser.parse_args()
    source = Path(args.round)
    names = [n for n in args.only.split(",") if n] or [*VARIANTS, "html"]
    for name in names:
        change = VARIANTS.get(name, lambda text: text)
        with tempfile.TemporaryDirectory(prefix=f"perturb-{name}-") as tmp:
            folder = Path(tmp)
            for path in source.glob("*.eml"):
                (folder / path.name).write_bytes(_rewrite(path.read_bytes(), change, as_html=name == "html"))
            shutil.copy(source / "labels.jsonl", folder)
            config = source / "config.toml"
            shutil.copy(config if config.exists() else SCORE.parent / "config.toml", folder / "config.toml")
            out = _score(folder, args.show)
        summary = next((line for line in out.splitlines() if line.startswith("score:")), out.strip()[-200:])
        print(f"{name:10s} {summary}")
        if args.show:
            print("\n".join(line for line in out.splitlines() if not line.startswith("score:")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
