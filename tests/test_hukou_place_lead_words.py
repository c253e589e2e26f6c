"""A hukou place is read without the words that ask for it (「限具有平谷户籍」 names 平谷)."""

from __future__ import annotations

import pytest

from matching.rules.conditions import HukouCond, Kind
from matching.rules.parser import parse_cell


def places(column: str, text: str) -> tuple[str, ...]:
    (cond,) = [c for c in parse_cell(column, text) if c.kind is Kind.HUKOU]
    assert isinstance(cond.payload, HukouCond)
    return cond.payload.places


@pytest.mark.parametrize(("column", "text", "want"), [
    ("备注", "限具有平谷户籍", ("平谷",)),
    ("户籍地", "限具有平谷户籍", ("平谷",)),
    ("备注", "须具有平谷区户籍", ("平谷区",)),
    ("备注", "须为平谷户籍", ("平谷",)),
])
def test_lead_words_are_not_part_of_the_place(column, text, want):
    assert places(column, text) == want


def test_a_place_without_lead_words_is_unchanged():
    assert places("备注", "限北京市户籍") == ("北京市",)
