"""One clause of a cell → conditions, or ``None`` when part of it is not understood.

A clause is read whole by the age parser (``age.parse_age``), else covered by the clause
rules (``patterns.RULES``): every meaningful character must fall in some rule's match, the
rest being filler; a clause the rules leave uncovered is tried against the whole-clause
readings (``EXPLICIT``: ``extra``, ``extra_groups``, ``political``, ``post_scoped``,
``announcement_forms``, ``title_exemptions``, ``cohort_forms``, ``disability_forms``,
``hardship_targets``, ``post_hire``). ``parser`` decides which clauses to read and what to do with those
this module leaves (``None``): split them further, or keep them for review.
"""

from __future__ import annotations

import re
from dataclasses import replace

from matching.rules.age import parse_age
from matching.rules.announcement_forms import RULES as _EXPLICIT_ANNOUNCEMENT
from matching.rules.cohort_forms import RULES as _EXPLICIT_COHORT
from matching.rules.conditions import Condition, Kind, Span, Unparsed
from matching.rules.disability_forms import RULES as _EXPLICIT_DISABILITY
from matching.rules.extra import RULES as _EXPLICIT
from matching.rules.extra_groups import RULES as _EXPLICIT_GROUPS
from matching.rules.hardship_targets import RULES as _EXPLICIT_HARDSHIP
from matching.rules.patterns import CONDITIONAL, FILLER, Rule
from matching.rules.text import CONSEQUENCE, sub_clauses
from matching.rules.political import RULES as _EXPLICIT_POLITICAL
from matching.rules.post_hire import RULES as _EXPLICIT_POST_HIRE, is_post_hire_clause
from matching.rules.post_scoped import RULES as _EXPLICIT_POST_SCOPED
from matching.rules.title_exemptions import RULES as _EXPLICIT_TITLE

EXPLICIT = _EXPLICIT + _EXPLICIT_GROUPS + _EXPLICIT_POLITICAL + _EXPLICIT_POST_SCOPED + _EXPLICIT_ANNOUNCEMENT + _EXPLICIT_TITLE + _EXPLICIT_COHORT
EXPLICIT += _EXPLICIT_DISABILITY + _EXPLICIT_HARDSHIP + _EXPLICIT_POST_HIRE


def condition(kind: Kind, payload: object, column: str, raw: str, start: int, end: int) -> Condition:
    """A condition read from ``raw[start:end]`` of ``column``, its span kept to quote it back."""
    return Condition(kind=kind, payload=payload, span=Span(column, start, end), text=raw[start:end])


def unparsed(column: str, raw: str, start: int, end: int) -> Condition:
    """A part no rule understood, kept with its text for review (nothing is dropped)."""
    return condition(Kind.NEEDS_REVIEW, Unparsed(raw[start:end]), column, raw, start, end)


def _cover(text: str, raw: str, start: int, end: int, rules: tuple[Rule, ...], column: str) -> list[Condition] | None:
    """Read ``text[start:end]`` entirely with ``rules``, else with one explicit whole-clause
    reading (``extra.RULES``); ``None`` if anything meaningful is left."""
    found = _cover_rules(text, raw, start, end, rules, column)
    return found if found is not None else explicit(text, raw, start, end, column)


def explicit(text: str, raw: str, start: int, end: int, column: str) -> list[Condition] | None:
    """The first whole-clause reading (``EXPLICIT``) of ``text[start:end]`` that yields conditions."""
    chunk = text[start:end]
    for rule in EXPLICIT:
        if m := rule.pattern.match(chunk):
            payload = rule.build(m)
            pairs = payload if isinstance(payload, list) else [(rule.kind, payload)]
            if pairs:
                return [condition(kind, item, column, raw, start, end) for kind, item in pairs]
    return None


def _cover_rules(text: str, raw: str, start: int, end: int, rules: tuple[Rule, ...], column: str) -> list[Condition] | None:
    chunk = text[start:end]
    for rule in rules:
        if rule.whole and not rule.fallback and rule.pattern.match(chunk):
            payload = rule.build(rule.pattern.match(chunk))
            pairs = payload if isinstance(payload, list) else [(rule.kind, payload)]
            return [condition(kind, item, column, raw, start, end) for kind, item in pairs]
    if CONDITIONAL.search(chunk):
        return None
    masked = chunk
    found: list[Condition] = []
    for rule in rules:
        if rule.whole:
            continue
        for m in rule.pattern.finditer(masked):
            if m.end() == m.start() or "□" in m.group(0):
                continue
            payload = rule.build(m)
            if payload is None:
                continue
            # A builder may return several (kind, payload) pairs read from one span.
            for kind, item in payload if isinstance(payload, list) else [(rule.kind, payload)]:
                found.append(condition(kind, item, column, raw, start + m.start(), start + m.end()))
            masked = masked[: m.start()] + "□" * (m.end() - m.start()) + masked[m.end() :]
    if found and _or_between_certificates(masked, found, start):
        found = []  # 甲证书或乙证书: one requirement with alternatives, read whole below
    if FILLER.sub("", masked) or not found:
        for rule in rules:
            if rule.fallback and (m := rule.pattern.match(chunk)):
                return [condition(rule.kind, rule.build(m), column, raw, start, end)]
        return None
    return sorted(found, key=lambda c: c.span.start)


def _or_between_certificates(masked: str, found: list[Condition], start: int) -> bool:
    certs = [c for c in found if c.kind is Kind.CERTIFICATE]
    for m in re.finditer(r"或", masked):
        pos = start + m.start()
        if any(c.span.end <= pos for c in certs) and any(c.span.start > pos for c in certs):
            return True
    return False


def read_clause(text: str, raw: str, start: int, end: int, rules: tuple[Rule, ...], column: str) -> list[Condition] | None:
    """``text[start:end]`` (``raw`` its unfolded text) as an age, else covered by ``rules`` or one
    whole-clause reading; ``None`` when part of it is left unread."""
    age = parse_age(text, start, end)
    if age is not None:
        return [condition(Kind.AGE, age, column, raw, start, end)]
    found = _cover(text, raw, start, end, rules, column)
    if found is None and (tail := _CONSEQUENCE_TAIL.search(text, start, end)) is not None and tail.start() > start:
        # 「须在规定时间内取得相应教师资格证，否则解除聘用合同」「三年内需取得相关专业教师资格证，否则解除合同并赔偿」:
        # a certificate due after appointment, read alone and quoted with what failing it costs (``post_hire``). Any
        # other reading would not show the consequence (a note no graduate reads): the clause is then reviewed whole.
        head = read_clause(text, raw, start, tail.start(), rules, column)
        if head and is_post_hire_clause(head[-1]):
            last = head[-1]
            found = [*head[:-1], replace(last, span=replace(last.span, end=end), text=raw[last.span.start:end])]
    return found


#: The comma before a consequence (``text.CONSEQUENCE``).
_CONSEQUENCE_TAIL = re.compile(r",\s*(?=" + CONSEQUENCE.pattern.removeprefix(r"\s*") + ")")


def read_relaxed_age_tail(text: str, raw: str, start: int, end: int, rules: tuple[Rule, ...],
                          column: str) -> list[Condition] | None:
    """本科及以上学历，年龄35周岁以下，条件优异者年龄可适当放宽: a conditional clause whose condition
    is an age relaxation closing it. The parts before the age limit are read alone, the limit and
    its relaxation together by the age parser; ``None`` unless every part is read."""
    subs = sub_clauses(text, start, end)
    for i in range(1, len(subs)):
        age = parse_age(text, subs[i][0], end)
        if age is None:
            continue
        if not age.relaxations or age.scope is not None:
            return None  # 40岁以下优先，特别优秀的可放宽至55岁: no limit it relaxes
        head: list[Condition] = []
        for a, b in subs[:i]:
            found = None if CONDITIONAL.search(text, a, b) else read_clause(text, raw, a, b, rules, column)
            if found is None or any(c.kind is Kind.NEEDS_REVIEW for c in found):
                return None
            head.extend(found)
        return head + [condition(Kind.AGE, age, column, raw, subs[i][0], end)]
    return None
