"""Benchmark of the decision core (`mailbot check`) against a baseline measured in
the same run.

Baseline: parse each message with mail-parser and extract its PDFs' text with pypdf,
nothing else. Measured: `DecisionEngine.decide` on the same bytes (parsing, document
inspection in the bounded worker, signatures, classification, fields, dates, reply).
Start-up (imports, rules, templates) is excluded from both. The target is a ratio of
at most 3x.

    .venv/bin/python bench/bench_check.py [FOLDER] [--rounds 7]

Each round times one baseline pass and one decision pass, one after the other; the
ratio is that of the medians (on a shared, noisy machine a median of seven passes moves
far less than one of three). The ratio of the fastest passes is printed too: noise only
adds time, so it shows what the code costs when the machine lets it run.

FOLDER defaults to ../shared/corpus. Figures go to standard output.
"""
from __future__ import annotations

import argparse
import base64
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def baseline(raws: list[bytes]) -> None:
    import mailparser
    import pypdf

    for raw in raws:
        parsed = mailparser.parse_from_bytes(raw)
        for attachment in parsed.attachments:
            if not attachment.get("binary"):
                continue
            data = base64.b64decode(attachment["payload"])
            if data[:5] != b"%PDF-":
                continue
            try:
                reader = pypdf.PdfReader(io.BytesIO(data))
                for page in reader.pages:
                    page.extract_text()
            except Exception:  # noqa: BLE001 - the baseline only needs to try
                pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--config", default=None, help="settings file (default: FOLDER/config.toml if present)")
    args = parser.parse_args()

    folder = Path(args.folder)
    files = sorted(folder.glob("*.eml"))
    if not files:
        print(f"no .eml files in {folder}", file=sys.stderr)
        return 2
    raws = [path.read_bytes() for path in files]
    total_mb = sum(len(r) for r in raws) / 1e6

    sys.path.insert(0, str(ROOT))
    from mailbot.core.decision import DecisionEngine
    from mailbot.settings import load_settings

    config = args.config or (folder / "config.toml" if (folder / "config.toml").exists() else None)
    engine = DecisionEngine.from_settings(load_settings(config) if config else load_settings(None))

    # warm-up: imports inside the libraries, the PDF worker, template compilation
    baseline(raws[:5])
    for raw in raws[:5]:
        engine.decide(raw)

    base_times, bot_times = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        baseline(raws)
        base_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for path, raw in zip(files, raws):
            engine.decide(raw, file=path.name)
        bot_times.append(time.perf_counter() - start)

    base = statistics.median(base_times)
    bot = statistics.median(bot_times)
    count = len(raws)
    print(f"messages: {count} ({total_mb:.1f} MB) from {folder}, {args.rounds} rounds, medians")
    print(f"baseline (mail-parser + pypdf text): {base:.3f} s  {count / base:8.1f} msg/s")
    print(f"mailbot decide (whole decision):     {bot:.3f} s  {count / bot:8.1f} msg/s")
    print(f"ratio decide/baseline: {bot / base:.2f}x  (target <= 3.00x)")
    print(f"ratio of the fastest passes: {min(bot_times) / min(base_times):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
