"""Numbered items a lone 或 stands between (「1.具有A证；或2.具有B证」): alternatives, any one of which
suffices, never requirements each.

``text.clause_runs`` finds the runs; each item is read on its own first (``parser._generic``), then the
run is settled here: items read only as notes (a waiver 「具有研究生学历…的，可不要求职称」 and a title holders'
route, which ``title_exemptions`` / ``title_columns`` already weigh) are kept as read; items read as one
condition each become one ``EitherCond`` (checked as 博士或教授 is: the best option stands, ``checks._either``);
anything else (an item of several conditions, or one not understood) is reviewed whole as 「A；或B」, so no
alternative is ever refused for lacking the other item. Tested in ``tests/test_post_condition_alternatives.py``.
"""

from __future__ import annotations

from matching.rules.conditions import Condition, EitherCond, Kind, Span, Unparsed
from matching.rules.text import clause_runs


def with_alternative_items(text: str, raw: str, column: str, found: list[Condition]) -> list[Condition]:
    """``found`` (the conditions of the cell ``raw``, folded ``text``) with every run of alternative
    items settled as the module says; conditions outside such runs are unchanged."""
    out = list(found)
    for run in clause_runs(text):
        if len(run) < 2:
            continue
        start, end = run[0][0], run[-1][1]
        inside = [c for c in out if c.span.column == column and start <= c.span.start < end]
        if not inside or any(c.span.end > end for c in inside):
            continue  # read across the run (a list of routes read whole): already alternatives
        items = [[c for c in inside if a <= c.span.start < b] for a, b in run]
        if all(c.kind is Kind.NOTE for c in inside):
            continue
        at = out.index(inside[0])
        rest = [c for c in out if c not in inside]
        span, words = Span(column, start, end), raw[start:end]
        if all(len(item) == 1 and item[0].kind not in (Kind.NOTE, Kind.NEEDS_REVIEW) for item in items):
            joined = Condition(Kind.TARGET_GROUP, EitherCond(tuple((i[0].kind, i[0].payload) for i in items)), span, words)
        else:
            joined = Condition(Kind.NEEDS_REVIEW, Unparsed(words), span, words)
        out = rest[:at] + [joined] + rest[at:]
    return out
