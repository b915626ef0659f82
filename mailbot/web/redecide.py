"""Decide a filed message again with what staff set: the procedure and corrected fields.

`redecide` runs the decision core on the stored bytes with the staff's corrections as
`Overrides`; the core decides again everything that depends on them (missing
requirements, flags, outcome, due date, reply). A corrected field is recorded with
``source = "personal:<user>"`` and ``rule = "corrección manual"``; a procedure set by
staff adds the rule hit ``personal/<user>``. Both come back from the stored decision
(`Corrections.from_stored`), so a later re-decision keeps them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mailbot.core.model import Decision, FieldValue, Overrides, RuleHit

STAFF_SOURCE = "personal:"
STAFF_RULE = "corrección manual"
STAFF_HIT = "personal/"


@dataclass(frozen=True)
class Corrections:
    """What staff set on a registro: a procedure (or None) and field values ("" deletes)."""

    procedure: str | None = None
    procedure_by: str = ""
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (value, user)

    @classmethod
    def from_stored(cls, hits: list, field_sources: list) -> "Corrections":
        """Read back the corrections recorded with a stored decision (rule hits, field sources)."""
        procedure, by = None, ""
        for hit in hits:
            if hit.rule.startswith(STAFF_HIT):
                procedure, by = hit.procedure, hit.rule[len(STAFF_HIT):]
        fields = {fs.name: (fs.value, fs.source[len(STAFF_SOURCE):])
                  for fs in field_sources if fs.source.startswith(STAFF_SOURCE)}
        return cls(procedure, by, fields)

    def overrides(self) -> Overrides | None:
        """The corrections as the decision core takes them."""
        if not self.procedure and not self.fields:
            return None
        hit = RuleHit(f"{STAFF_HIT}{self.procedure_by}", self.procedure, "personal", "") if self.procedure else None
        fields = {name: FieldValue(name, value, f"{STAFF_SOURCE}{user}", STAFF_RULE, value) if value else None
                  for name, (value, user) in self.fields.items()}
        return Overrides(self.procedure, hit, fields)

    def merged(self, user: str, procedure: str | None, values: dict[str, str]) -> "Corrections":
        """These corrections plus a new procedure and new values from `user`."""
        fields = dict(self.fields)
        for name, value in values.items():
            fields[name] = (" ".join(value.split()), user)
        if procedure:
            return Corrections(procedure, user, fields)
        return Corrections(self.procedure, self.procedure_by, fields)


def redecide(decider: Any, raw: bytes, corrections: Corrections, *, mailbox: str,
             received: dt.datetime, known_refugee: bool = False) -> Decision:
    """The decision for `raw` with the staff's corrections applied (the core's `overrides`),
    taken in the decide process (`mailbot.decider`) within the budget per message;
    `UndecidedError` with the reason when it could not be decided."""
    from mailbot.decider import DecideFailure

    result = decider.decide_one(raw, file="", mailbox=mailbox, received=received, known_refugee=known_refugee,
                                overrides=corrections.overrides())
    if isinstance(result, DecideFailure):
        raise UndecidedError(result.error)
    return result


class UndecidedError(Exception):
    """The message could not be decided again (the budget ran out, or the decision failed)."""
