"""Fuzzing of parse + decide with atheris, for a fixed time (a bench, not in CI).

The decision core promises never to raise on bad input (problems go to `errors`):
any exception out of `parse_message` or `DecisionEngine.decide` is a finding, and so
is an input that takes longer than `--timeout` seconds (libFuzzer's -timeout).
Seeds: the development corpus and the small cases of the hostile corpus.

    .venv/bin/pip install atheris          # not a dependency of the package
    .venv/bin/python bench/fuzz_decide.py --seconds 300 [--out bench/fuzz-findings]

Findings are written to OUT as crash-*/timeout-* files (the input that failed); add
each to the hostile corpus (`tests/hostile.py`) with the fix.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def seeds(folder: Path, corpus: Path) -> None:
    from tests import hostile

    for path in sorted(corpus.glob("*.eml"))[:40]:
        (folder / path.name).write_bytes(path.read_bytes())
    for name, build in hostile.CASES.items():
        data = build()
        if len(data) <= 64 * 1024:
            (folder / f"hostil-{name}.eml").write_bytes(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=300)
    parser.add_argument("--timeout", type=int, default=10)
    parser.add_argument("--out", default=str(ROOT / "bench" / "fuzz-findings"))
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    args = parser.parse_args()

    import atheris

    with atheris.instrument_imports():
        from mailbot.core.decision import DecisionEngine
        from mailbot.core.parse import parse_message
    from mailbot.settings import load_settings

    settings = load_settings(None)
    engine = DecisionEngine.from_settings(settings)
    engine.inspector.start()

    def one_input(data: bytes) -> None:
        parse_message(data, limits=settings.limits)
        engine.decide(data, file="fuzz.eml")

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        seeds(Path(work), Path(args.corpus))
        atheris.Setup([sys.argv[0], work, f"-max_total_time={args.seconds}", f"-timeout={args.timeout}",
                       f"-artifact_prefix={out}/", "-max_len=262144", "-rss_limit_mb=2048"], one_input)
        atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
