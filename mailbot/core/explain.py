"""The explanation of one decision: every ASUNTO rule tried, which matched, which was used.

`explain_message` decides a message and tries every ASUNTO rule on its subject and on
its body, saying which matched (with the phrase and the words it matched) and which of
those the decision used. Like the decision it is pure (bytes and an engine in, an
`Explanation` out) and it runs where decisions run: in the decide process, within the
budget per message (`mailbot.decider.ProcessDecider.explain_one`). `mailbot rules
explain` and the operators' page print it (`mailbot.operators`, `mailbot.web`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .model import Decision
from .parse import parse_message
from .rules import RuleSet, SubjectRule, fold, strip_reply_prefixes, tokens
from .textclean import applicant_text


@dataclass(frozen=True)
class RuleTrial:
    rule: str
    procedures: tuple[str, ...]
    where: str
    matched: bool
    pattern: str = ""
    text: str = ""
    used: bool = False


@dataclass(frozen=True)
class Explanation:
    decision: Decision
    subject: str
    trials: tuple[RuleTrial, ...]


def _try_rule(rule: SubjectRule, text: str) -> tuple[str, str] | None:
    """The first phrase (or regex) of `rule` found in `text`, and the words it matched."""
    words = tokens(text)
    for phrase in rule.phrases:
        size = len(phrase.words)
        for start in range(len(words) - size + 1):
            if all(phrase.words[k].matches(words[start + k]) for k in range(size)):
                return phrase.source, " ".join(words[start:start + size])
    if rule.regexes:
        folded = fold(text)
        for pattern in rule.regexes:
            hit = pattern.search(folded)
            if hit:
                return f"regex {pattern.pattern}", hit.group(0)
    return None


def rule_trials(rules: RuleSet, subject: str, body: str, decision: Decision) -> tuple[RuleTrial, ...]:
    used = {(hit.rule, hit.where) for hit in decision.classification.hits}
    trials = []
    for where, text in (("subject", strip_reply_prefixes(subject)), ("body", body), ("choose", body)):
        for rule in rules.rules_for(where):
            found = _try_rule(rule, text)
            trials.append(RuleTrial(rule.name, rule.procedures, where, found is not None,
                                    found[0] if found else "", found[1] if found else "",
                                    (rule.name, where) in used))
    return tuple(trials)


def explain_message(engine: Any, raw: bytes, *, file: str = "", mailbox: str | None = None,
                    received: dt.datetime | None = None) -> Explanation:
    """Decide `raw` with `engine` (a `DecisionEngine`) and try every rule on what the
    decision read: the subject and body as cut by `[limits]`."""
    decision = engine.decide(raw, file=file, mailbox=mailbox, received=received)
    message = parse_message(raw, limits=engine.settings.limits)
    institutional = {a.lower() for a in engine.settings.office.institutional_addresses}
    body = applicant_text(message.text, lambda address: address.lower() in institutional)
    return Explanation(decision, message.subject, rule_trials(engine.rules, message.subject, body, decision))
