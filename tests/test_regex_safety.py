"""Every compiled pattern of the decision core and of the rules is safe on long input.

The patterns are discovered, not listed: every module-level `re.Pattern` (also inside
tuples, lists, dicts and dataclass instances) of every module under `mailbot/core`,
subpackages included, and every pattern the rules loader compiles from `rules/*.toml`.
Each runs (`search` and `finditer`, as the core uses them) against adversarial strings
of 100 KB and must finish within 50 ms.
"""
from __future__ import annotations

import dataclasses
import importlib
import multiprocessing
import pkgutil
import re
import shutil
import time
from pathlib import Path

import pytest

import mailbot.core
from mailbot.core.rules import load_rules
from mailbot.settings import Settings

LIMIT_SECONDS = 0.050  # 100 KB in 50 ms: any pattern this fast passes outright
CEILING_SECONDS = 1.0  # and none may take longer than this on 100 KB, however it scales
SIZE = 100_000

ADVERSARIAL = {
    "one character": "a" * SIZE,
    "spaces": " " * SIZE,
    "digits with separators": ("1234-5678." * (SIZE // 10)),
    "digits and spaces": ("12 " * (SIZE // 3)),
    "a colon repeated": "a: " * (SIZE // 3),
    "letters without @": ("abcdefghij" * (SIZE // 10)),
    "dots and letters": ("a." * (SIZE // 2)),
    "upper case": "A" * SIZE,
    "newlines": "a\n" * (SIZE // 2),
}


def _patterns_in(value: object, seen: set[int], depth: int = 0):
    if id(value) in seen or depth > 4:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, seen, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _patterns_in(item, seen, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _patterns_in(getattr(value, field.name), seen, depth + 1)


def core_modules() -> list[str]:
    names = [mailbot.core.__name__]
    for info in pkgutil.walk_packages(mailbot.core.__path__, prefix="mailbot.core."):
        names.append(info.name)
    return names


def discovered(rules_dir: Path | None = None) -> list[tuple[str, re.Pattern]]:
    found: dict[tuple[str, int], tuple[str, re.Pattern]] = {}
    seen: set[int] = set()
    for name in core_modules():
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if isinstance(value, type) or callable(value) and not isinstance(value, re.Pattern):
                continue
            for pattern in _patterns_in(value, seen):
                found.setdefault((pattern.pattern if isinstance(pattern.pattern, str) else repr(pattern.pattern),
                                  pattern.flags), (f"{name}.{attribute}", pattern))
    rules = load_rules(rules_dir or Settings().rules_dir)  # the patterns the loader compiles from rules/*.toml
    for rule in rules.subject_rules:
        for pattern in _patterns_in(rule, set()):
            found.setdefault((pattern.pattern, pattern.flags), (f"rules:{rule.name}", pattern))
    for pattern in _patterns_in(rules, set()):
        found.setdefault((pattern.pattern, pattern.flags), ("rules", pattern))
    # and the line patterns the extractor builds from the vocabulary (the signature's closings)
    from mailbot.core.extract.patterns import closing_line_pattern

    closing = closing_line_pattern(tuple(term.words for term in rules.vocabulary.closings.terms)).regex
    found.setdefault((closing.pattern, closing.flags), ("rules:nombres/firma", closing))
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = discovered()


def test_the_discovery_finds_the_core_and_the_rules(tmp_path: Path):
    """GIVEN the rules with a `regex` added to one rule WHEN discovered THEN the core's
    module patterns and that rule's compiled pattern are all found."""
    rules = tmp_path / "rules"
    shutil.copytree(Settings().rules_dir, rules)
    with (rules / "asunto.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[rule]]\nname = "prueba/regex"\nprocedure = "renuncia"\n'
                     'where = ["subject"]\nregex = ["renuncia\\\\s+voluntaria"]\n')
    found = discovered(rules)
    names = {name.rsplit(".", 1)[0] for name, _ in found}
    assert {"mailbot.core.parse", "mailbot.core.rules"} <= names
    assert any(name.count(".") >= 3 for name in names)  # a module of a subpackage (mailbot.core.extract)
    assert ("rules:prueba/regex", r"renuncia\s+voluntaria") in {(name, p.pattern) for name, p in found}


def _subject(pattern: re.Pattern, text: str) -> str | bytes:
    return text.encode("latin-1") if isinstance(pattern.pattern, bytes) else text


def _timings(pattern: re.Pattern, connection, scale: int = 1) -> None:  # runs in a forked child
    result = {}
    for kind, text in ADVERSARIAL.items():
        text = _subject(pattern, text[: len(text) // scale])
        began = time.perf_counter()
        pattern.search(text)
        # every match, scanned in C: a pattern that matches at each of 50,000 newlines is
        # linear, and the Python loop around a finditer would be what the clock measured
        pattern.findall(text)
        result[kind] = time.perf_counter() - began
        connection.send((kind, result[kind]))
    connection.send(None)


def measure(pattern: re.Pattern, timeout: float = 5.0, scale: int = 1) -> dict[str, float]:
    """Seconds per adversarial string; a string still running after `timeout` (a
    pattern that backtracks for hours) counts as `timeout`: the child is killed."""
    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe(duplex=False)
    child = context.Process(target=_timings, args=(pattern, theirs, scale), daemon=True)
    child.start()
    theirs.close()
    result: dict[str, float] = {}
    deadline = time.monotonic() + timeout * len(ADVERSARIAL)
    try:
        while True:
            if not ours.poll(max(0.0, min(timeout, deadline - time.monotonic()))):
                missing = next(kind for kind in ADVERSARIAL if kind not in result)
                result[missing] = timeout
                break
            item = ours.recv()
            if item is None:
                break
            result[item[0]] = item[1]
    finally:
        child.kill()
        child.join()
        ours.close()
    return result


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[f"{name}:{p.pattern!s:.40}" for name, p in PATTERNS])
def test_pattern_is_fast_on_long_input(name: str, pattern: re.Pattern):
    """GIVEN a compiled pattern of the core or the rules WHEN searched over 100 KB of each
    adversarial string THEN it answers within 50 ms; or, a pattern with a large alternation
    on a loaded machine, it scans linearly (100 KB takes at most 40x what 10 KB takes,
    where a quadratic scan takes 100x) and within a second (no quadratic or exponential
    scan)."""
    big = measure(pattern)
    slow = {kind: seconds for kind, seconds in big.items() if seconds > LIMIT_SECONDS}
    if slow:
        small = measure(pattern, scale=10)
        slow = {kind: f"{seconds * 1000:.0f} ms on 100 KB, {small.get(kind, 0) * 1000:.1f} ms on 10 KB"
                for kind, seconds in slow.items()
                if seconds > CEILING_SECONDS or seconds > 40 * max(small.get(kind, 0.0), LIMIT_SECONDS / 12.5)}
    assert not slow, f"{name} /{pattern.pattern!s}/ is slow on: {slow}"
