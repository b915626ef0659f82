"""Rules as data (rules/*.toml): validated as a whole, errors name file, rule and key."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mailbot.core.rules import Phrase, RulesError, load_rules, strip_reply_prefixes, tokens

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"

GOOD_RULE = '''
[[rule]]
name = "prueba/asunto"
procedure = "apelacion"
where = ["subject"]
phrases = ["apelacion"]
'''

BAD_ASUNTO = [
    ("unknown key", GOOD_RULE.replace('where = ["subject"]', 'where = ["subject"]\ncolour = "red"'),
     ["asunto.toml", "prueba/asunto", "colour"]),
    ("bad regex", GOOD_RULE + 'regex = ["(apel"]\n',
     ["asunto.toml", "prueba/asunto", "regex", "(apel"]),
    ("unknown procedure", GOOD_RULE.replace('procedure = "apelacion"', 'procedure = "apelasion"'),
     ["asunto.toml", "prueba/asunto", "procedure", "apelasion"]),
    ("duplicate name", GOOD_RULE + GOOD_RULE,
     ["asunto.toml", "prueba/asunto", "twice"]),
    ("bad where", GOOD_RULE.replace('["subject"]', '["asunto"]'),
     ["asunto.toml", "prueba/asunto", "where", "asunto"]),
    ("both procedure and procedures", GOOD_RULE.replace('procedure = "apelacion"', 'procedure = "apelacion"\nprocedures = ["renuncia"]'),
     ["asunto.toml", "prueba/asunto", "procedure"]),
    ("no phrases", GOOD_RULE.replace('phrases = ["apelacion"]', ''),
     ["asunto.toml", "prueba/asunto", "phrases"]),
    ("filler-only phrase", GOOD_RULE.replace('["apelacion"]', '["de la"]'),
     ["asunto.toml", "prueba/asunto", "phrases", "de la"]),
    ("not TOML", "[[rule]\nname = ", ["asunto.toml", "TOML"]),
]


def _copy_rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    return target


@pytest.mark.parametrize("case, text, expected", BAD_ASUNTO, ids=[row[0] for row in BAD_ASUNTO])
def test_bad_asunto_rule_is_refused(tmp_path: Path, case: str, text: str, expected: list[str]) -> None:
    """GIVEN a rules folder whose asunto.toml has one bad rule
    WHEN the rules are loaded
    THEN loading fails with an error naming the file, the rule and the key."""
    rules = _copy_rules(tmp_path)
    (rules / "asunto.toml").write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_rules(rules)
    for fragment in expected:
        assert fragment in str(error.value), (fragment, str(error.value))


BAD_PROCEDURES = [
    ("unknown requirement", 'requirements = ["nombres", "huella"]', ["procedures.toml", "huella", "requirements"]),
    ("unknown status", 'status = "paused"', ["procedures.toml", "status", "paused"]),
    ("negative plazo", "plazo = -3", ["procedures.toml", "plazo"]),
    ("unknown key", 'colour = "red"', ["procedures.toml", "colour"]),
]


@pytest.mark.parametrize("case, line, expected", BAD_PROCEDURES, ids=[row[0] for row in BAD_PROCEDURES])
def test_bad_procedure_is_refused(tmp_path: Path, case: str, line: str, expected: list[str]) -> None:
    """GIVEN a procedures.toml whose renuncia entry holds one bad key
    WHEN the rules are loaded
    THEN loading fails naming the file, the procedure and the key."""
    rules = _copy_rules(tmp_path)
    path = rules / "procedures.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('code = "renuncia"')
    key = line.split("=")[0].strip()
    block_end = text.find("[[procedure]]", start)
    block = text[start:block_end if block_end > 0 else len(text)]
    lines = [ln for ln in block.splitlines() if not ln.startswith(key + " ")]
    new_block = "\n".join(lines[:1] + [line] + lines[1:]) + "\n\n"
    path.write_text(text[:start] + new_block + text[start + len(block):], encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_rules(rules)
    message = str(error.value)
    assert "renuncia" in message
    for fragment in expected:
        assert fragment in message, (fragment, message)


def test_missing_rules_folder(tmp_path: Path) -> None:
    """GIVEN a rules folder that does not exist WHEN loaded THEN the error names it."""
    with pytest.raises(RulesError, match="does not exist"):
        load_rules(tmp_path / "nada")


def test_shipped_rules_load() -> None:
    """GIVEN the rules shipped under rules/ WHEN loaded THEN 12 procedures, every rule named once."""
    rules = load_rules(RULES_DIR)
    assert len(rules.procedures) == 12
    names = [rule.name for rule in rules.subject_rules]
    assert len(names) == len(set(names))


def test_operator_adds_a_synonym(tmp_path: Path) -> None:
    """GIVEN an operator who adds the phrase "impugnacion" to the apelacion rule
    WHEN the rules are reloaded
    THEN a subject using it is classified as apelacion, with no code change."""
    from mailbot.core.classify import classify

    rules_dir = _copy_rules(tmp_path)
    path = rules_dir / "asunto.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"apelar", "apelo"]', '"apelar", "apelo", "impugnacion"]'), encoding="utf-8")
    before = classify(load_rules(RULES_DIR), "Impugnación de resolución", "")
    after = classify(load_rules(rules_dir), "Impugnación de resolución", "")
    assert (before.procedure, after.procedure) == (None, "apelacion")


@pytest.mark.parametrize("subject, expected", [
    ("RE: Renuncia", "Renuncia"), ("Re: RV: Fwd: Renuncia", "Renuncia"), ("TR: Renuncia", "Renuncia"),
    ("AW: Renuncia", "Renuncia"), ("RE[2]: Renuncia", "Renuncia"), ("Renuncia", "Renuncia"),
])
def test_reply_prefixes_are_stripped(subject: str, expected: str) -> None:
    """GIVEN a subject with reply/forward prefixes WHEN stripped THEN only the subject is left."""
    assert strip_reply_prefixes(subject) == expected


@pytest.mark.parametrize("phrase, words, matches", [
    ("residencia", ["recidencia"], True),
    ("=residencia", ["recidencia"], False),
    ("carne*", ["carnet"], True),
    ("prorroga residencia", tokens("Prórroga de la Residencia"), True),
    ("apelacion", ["apelasion"], True),
    ("renuncia", ["renta"], False),
])
def test_phrase_matching(phrase: str, words: list[str], matches: bool) -> None:
    """GIVEN a rule phrase and folded subject words
    WHEN matched THEN typos one letter away match unless the word is marked exact."""
    parsed = Phrase.parse(phrase)
    result = len(words) == len(parsed.words) and all(w.matches(t) for w, t in zip(parsed.words, words))
    assert result is matches
