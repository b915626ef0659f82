"""Which procedure a message names (INTAKE.md section 2).

The subject decides when exactly one procedure matches; when it matches none or
several, the body may pick, but only when it clearly names exactly one procedure
(and, when the subject matched several, one of those).
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Classification, RuleHit
from .rules import RuleSet, SubjectRule, fold, strip_reply_prefixes, tokens


@dataclass(frozen=True)
class _Match:
    rule: SubjectRule
    start: int
    end: int
    matched: str


# whether a rule word matches a text word (a typo one letter away costs a comparison):
# the same pairs come back in message after message
_MATCHES: dict[tuple[object, str], bool] = {}


def _matches(rule_word, word: str) -> bool:
    if rule_word.prefix or rule_word.exact:
        return rule_word.matches(word)  # cheap: no typo to compare
    key = (rule_word, word)
    known = _MATCHES.get(key)
    if known is None:
        if len(_MATCHES) > 200_000:
            _MATCHES.clear()
        known = _MATCHES[key] = rule_word.matches(word)
    return known


def _variants(word: str) -> set[str]:
    """The word and the word with one letter left out: two words one typo apart share one."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _first_word_index(rules: RuleSet, where: str, by_first: dict) -> tuple[dict, dict, dict]:
    """Index of the phrases' first words for `where`: by the word itself, by the first
    three letters of a prefix ("carne*"), by the typo variants of a word of five letters
    or more. Built once per rule set."""
    key = ("first-words", where)
    cached = rules._indexes.get(key)
    if cached is None:
        exact: dict[str, list] = {}
        prefix: dict[str, list] = {}
        fuzzy: dict[str, list] = {}
        for rule_word in by_first:
            if rule_word.prefix:
                if len(rule_word.text) >= 3:
                    prefix.setdefault(rule_word.text[:3], []).append(rule_word)
                continue
            exact.setdefault(rule_word.text, []).append(rule_word)
            if not rule_word.exact and len(rule_word.text) >= 5:
                for variant in _variants(rule_word.text) - {rule_word.text}:
                    fuzzy.setdefault(variant, []).append(rule_word)
                fuzzy.setdefault(rule_word.text, []).append(rule_word)
        cached = rules._indexes[key] = (exact, prefix, fuzzy)
    return cached


def _short_prefixes(rules: RuleSet, where: str, by_first: dict) -> tuple:
    """The phrases' first words that are prefixes of fewer than three letters ("c*"),
    which the first-word index does not hold."""
    key = ("short-prefixes", where)
    cached = rules._indexes.get(key)
    if cached is None:
        cached = rules._indexes[key] = tuple(w for w in by_first if w.prefix and len(w.text) < 3)
    return cached


def _find(rules: RuleSet, where: str, text: str) -> list[_Match]:
    """Every phrase and regex of the rules for `where` found in `text`, in rule order."""
    ordered, by_first = rules.phrase_index(where)
    words = tokens(text)
    # where each distinct word of the text stands; a rule word is compared with each
    # distinct text word once (typo matching is the costly part)
    positions: dict[str, list[int]] = {}
    for index, word in enumerate(words):
        positions.setdefault(word, []).append(index)
    by_length: dict[int, list[str]] = {}
    by_start: dict[str, list[str]] = {}  # by their first three letters, for prefix words
    for word in positions:
        by_length.setdefault(len(word), []).append(word)
        by_start.setdefault(word[:3], []).append(word)
    matching: dict[object, frozenset[str]] = {}

    def words_matching(rule_word) -> frozenset[str]:
        known = matching.get(rule_word)
        if known is None:
            if rule_word.prefix:
                candidates = by_start.get(rule_word.text[:3], ()) if len(rule_word.text) >= 3 else positions.keys()
            elif rule_word.exact or len(rule_word.text) < 5:
                candidates = (rule_word.text,) if rule_word.text in positions else ()
            else:  # a typo changes the length by one at most
                size = len(rule_word.text)
                candidates = [w for n in (size - 1, size, size + 1) for w in by_length.get(n, ())]
            known = matching[rule_word] = frozenset(w for w in candidates if _matches(rule_word, w))
        return known

    # the phrases' first words each distinct text word may match, from an index (one
    # look-up per text word instead of one scan of the text per first word)
    exact_firsts, prefix_firsts, fuzzy_firsts = _first_word_index(rules, where, by_first)
    first_matches: dict[object, set[str]] = {}
    for word in positions:
        candidates = list(exact_firsts.get(word, ()))
        candidates += prefix_firsts.get(word[:3], ())
        if len(word) >= 5 and fuzzy_firsts:
            for variant in _variants(word):
                candidates += fuzzy_firsts.get(variant, ())
        for rule_word in candidates:
            if _matches(rule_word, word):
                first_matches.setdefault(rule_word, set()).add(word)
    for rule_word, matched in first_matches.items():
        matching.setdefault(rule_word, frozenset(matched))

    found: list[tuple[tuple[int, int, int, int], _Match]] = []
    # only the first words that matched a text word (from the index), and the short
    # prefixes the index leaves out; the matches are put in rule order below
    matched_firsts = [(first, words) for first, words in first_matches.items()]
    matched_firsts += [(first, words_matching(first)) for first in _short_prefixes(rules, where, by_first)]
    for first, firsts in matched_firsts:
        entries = by_first.get(first)
        if not firsts or not entries:
            continue  # no phrase starting with this word can match
        starts = sorted(i for w in firsts for i in positions[w])
        for rule_index, phrase_index in entries:
            rule = ordered[rule_index]
            phrase = rule.phrases[phrase_index]
            size = len(phrase.words)
            for start in starts:
                if start + size > len(words):
                    continue
                if all(words[start + k] in words_matching(phrase.words[k]) for k in range(1, size)):
                    if where == "body" and _labels_a_number(words, start + size):
                        continue  # "Carné de solicitante 2025-0112233": a datum's label, no request
                    found.append(((rule_index, 0, phrase_index, start),
                                  _Match(rule, start, start + size, " ".join(words[start:start + size]))))
    folded = None
    for rule_index, rule in enumerate(ordered):
        if rule.regexes:
            folded = folded if folded is not None else fold(text)
            for pattern_index, pattern in enumerate(rule.regexes):
                hit = pattern.search(folded)
                if hit:
                    # regex hits have no word span; they never shadow nor get shadowed
                    found.append(((rule_index, 1, pattern_index, 0), _Match(rule, -1, -1, hit.group(0))))
    found.sort(key=lambda item: item[0])
    return [match for _, match in found]


_NUMBER_MARKS = frozenset({"n", "no", "nro", "num", "numero", "nr"})


def _labels_a_number(words: list[str], after: int) -> bool:
    """The phrase is followed by a number (maybe after "N°"): it labels a datum."""
    if after < len(words) and words[after] in _NUMBER_MARKS:
        after += 1
    return after < len(words) and words[after][:1].isdigit()


def _maximal(matches: list[_Match]) -> list[_Match]:
    """Drop a match whose words lie inside a longer match of another rule."""
    kept = []
    for match in matches:
        if match.start < 0:
            kept.append(match)
            continue
        shadowed = any(
            other is not match and other.start >= 0
            and other.start <= match.start and match.end <= other.end
            and (other.end - other.start) > (match.end - match.start)
            for other in matches
        )
        if not shadowed:
            kept.append(match)
    return kept


def _procedures(matches: list[_Match]) -> set[str]:
    codes: set[str] = set()
    for match in matches:
        codes.update(match.rule.procedures)
    # an ambiguous rule (several procedures) adds nothing when a specific rule already
    # names one of its procedures elsewhere in the text
    specific = {m.rule.procedures[0] for m in matches if len(m.rule.procedures) == 1}
    for match in matches:
        if len(match.rule.procedures) > 1 and specific & set(match.rule.procedures):
            codes -= set(match.rule.procedures) - specific
    return codes


def _hits(matches: list[_Match], where: str) -> list[RuleHit]:
    return [RuleHit(m.rule.name, ",".join(m.rule.procedures), where, m.matched) for m in matches]


def classify(rules: RuleSet, subject: str, body: str) -> Classification:
    subject_matches = _maximal(_find(rules, "subject", strip_reply_prefixes(subject)))
    subject_codes = _procedures(subject_matches)
    hits = _hits(subject_matches, "subject")
    if len(subject_codes) == 1:
        return Classification(next(iter(subject_codes)), tuple(hits), "el asunto nombra un solo trámite")

    body_matches = _maximal(_find(rules, "body", body))
    body_codes = _procedures(body_matches)
    hits += _hits(body_matches, "body")
    if subject_codes:
        candidates = body_codes & subject_codes
        if len(candidates) == 1 and len(body_codes) == 1:
            return Classification(next(iter(candidates)), tuple(hits),
                                  "el asunto nombra varios trámites y el cuerpo elige uno")
        if not body_codes:
            choose_matches = _maximal(_find(rules, "choose", body))
            chosen = _procedures(choose_matches) & subject_codes
            if len(chosen) == 1:
                hits += _hits(choose_matches, "choose")
                return Classification(next(iter(chosen)), tuple(hits),
                                      "el asunto nombra varios trámites y el cuerpo dice cuál")
        return Classification(None, tuple(hits),
                              f"el asunto nombra varios trámites ({', '.join(sorted(subject_codes))}) y el cuerpo no elige uno")
    if len(body_codes) == 1:
        return Classification(next(iter(body_codes)), tuple(hits), "el asunto no nombra un trámite; el cuerpo nombra uno")
    if body_codes:
        return Classification(None, tuple(hits),
                              f"el asunto no nombra un trámite y el cuerpo nombra varios ({', '.join(sorted(body_codes))})")
    return Classification(None, tuple(hits), "ni el asunto ni el cuerpo nombran un trámite")
