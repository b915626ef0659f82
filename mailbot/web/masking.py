"""What an operator sees of a *stored* message on ``/operadores/explicar?mensaje=N``.

Operators work the rules, not the cases: every other page denies them the mail's
personal data, and message ids can be counted. So for a user without the casework
permission the explanation of a stored message keeps the decision's trail (each rule
tried and the rule words it matched, the procedure and why, the outcome and flags,
each field's *name*, where it was found and by which pattern, what is missing, the
signature's status) and masks every personal value with ``•••``:

- field values, the signer and the document names (an attachment named as the place a
  field was found reads ``adjunto:•••``);
- the subject, except the words a rule phrase matched and filler words ("de", "la");
- in any other text shown (reasons, errors, the detail of the signature): the values
  above, every word holding an ``@`` or a digit (addresses, document and phone numbers);
- what a *regex* rule matched (a regex can match anything); the reply and the list of
  documents are dropped.

An uploaded ``.eml`` (the POST form) is the operator's own file and is shown in full,
as ``mailbot rules explain`` does. When a stored message could not be explained (the
budget ran out), the decide process's own reason is shown whole and any other error
text (an exception's message may quote the mail) is masked (`masked_failure`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from mailbot.core.explain import Explanation, RuleTrial
from mailbot.core.model import FieldValue
from mailbot.core.rules import FILLER_WORDS, fold
from mailbot.decider import CRASH_ERROR, TIMEOUT_ERROR, UNAVAILABLE_ERROR

MASK = "•••"
MAX_TEXT = 2000
REPLY_PREFIXES = frozenset({"re", "rv", "fw", "fwd", "reenviar", "respuesta"})
DECIDER_REASONS = (TIMEOUT_ERROR, CRASH_ERROR, UNAVAILABLE_ERROR, "El mensaje pesa ")  # carry no mail


def _collapse(words: list[str]) -> str:
    kept: list[str] = []
    for word in words:
        if not (word == MASK and kept and kept[-1] == MASK):
            kept.append(word)
    return " ".join(kept)


def mask_text(text: str | None, personal: set[str]) -> str:
    """`text` with each personal value, and every word holding an ``@`` or a digit, masked."""
    text = (text or "")[:MAX_TEXT]
    for value in sorted(personal, key=len, reverse=True):
        text = re.sub(re.escape(value), MASK, text, flags=re.IGNORECASE)
    return _collapse([MASK if "@" in word or any(ch.isdigit() for ch in word) else word for word in text.split()])


def _phrase_match(trial: RuleTrial) -> bool:
    return trial.matched and not trial.pattern.startswith("regex ")


def mask_subject(subject: str, vocabulary: set[str]) -> str:
    """Only the words a rule phrase matched (and filler words) are left readable."""
    allowed = vocabulary | FILLER_WORDS | REPLY_PREFIXES
    words = []
    for word in (subject or "")[:MAX_TEXT].split():
        folded = fold(word).split()
        words.append(word if all(token in allowed for token in folded) else MASK)
    return _collapse(words)


def _masked_field(field: FieldValue, personal: set[str]) -> FieldValue:
    """The value masked; where it was found kept, but an attachment's name masked (it
    often carries the applicant's name); the evidence (the label that placed it) masked
    like any other text."""
    source = f"adjunto:{MASK}" if field.source.startswith("adjunto:") else field.source
    return replace(field, value=MASK, raw=MASK if field.raw else "", source=source,
                   evidence=mask_text(field.evidence, personal) if field.evidence else "")


def masked_explanation(explanation: Explanation) -> Explanation:
    decision = explanation.decision
    signature = decision.signature
    personal = {value.strip() for field in decision.fields.values() for value in (field.value, field.raw)
                if value and len(value.strip()) >= 3}
    personal |= {value for value in (signature.signer, signature.document) if value and len(value) >= 3}
    vocabulary = {token for trial in explanation.trials if _phrase_match(trial) for token in fold(trial.text).split()}
    trials = tuple(replace(trial, text=trial.text if _phrase_match(trial) else (MASK if trial.matched else ""))
                   for trial in explanation.trials)
    regex_rules = {trial.rule for trial in explanation.trials if trial.matched and not _phrase_match(trial)}
    classification = decision.classification
    masked = replace(
        decision,
        message_id="",
        fields={name: _masked_field(field, personal) for name, field in decision.fields.items()},
        signature=replace(signature, signer=MASK if signature.signer else None,
                          document=MASK if signature.document else None,
                          detail=mask_text(signature.detail, personal)),
        classification=replace(classification, reason=mask_text(classification.reason, personal), hits=tuple(
            replace(hit, matched=MASK if hit.rule in regex_rules else mask_text(hit.matched, personal))
            for hit in classification.hits)),
        ignored_because=mask_text(decision.ignored_because, personal) if decision.ignored_because else None,
        errors=tuple(mask_text(error, personal) for error in decision.errors),
        reply=None, documents=(), expediente_refs=(),
    )
    return Explanation(masked, mask_subject(explanation.subject, vocabulary), trials)


def masked_failure(error: str) -> str:
    """Why a stored message could not be explained, as an operator may read it: the
    decide process's own reasons whole, any other text masked like the trail."""
    if error.startswith(DECIDER_REASONS):
        return error
    return mask_text(error, set())
