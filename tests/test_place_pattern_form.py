"""The place patterns keep the form ``re`` can scan quickly: every top-level branch starts with a
literal (a guard on the character before is checked after the spelling, 「眉山(?<![峨]眉山)」) and
names are nested by shared prefix (``features.literal_trie``), and the guards still hold wherever
a spelling stands (start of text, after a guard character, after others)."""

import re

import pytest

from features.intentions import _TEXT_PLACES
from features.place_keys import PLACE_ALIASES, alias_pattern, spelling_guard


@pytest.mark.parametrize("pattern", [alias_pattern(PLACE_ALIASES), _TEXT_PLACES], ids=["job_places", "wish_places"])
def test_every_top_level_branch_starts_with_one_literal_character(pattern):
    # A lookbehind leading a branch stops ``re`` from skipping positions by first character
    # (about ten times slower over wishes); the guards sit after the spelling instead. And one
    # branch per first character: a flat alternation of ~4,000 names tried each in turn at every
    # position was again ten times slower (2026-12-06).
    parsed = re._parser.parse(pattern.pattern)
    assert len(parsed) == 1 and parsed[0][0] is re._constants.BRANCH
    firsts = [branch[0] for branch in parsed[0][1][1]]
    assert all(op is re._constants.LITERAL for op, _ in firsts)
    assert len({value for _, value in firsts}) == len(firsts) > 500


def test_guard_after_the_spelling():
    assert spelling_guard("眉山").startswith("(?<![")
    assert alias_pattern(["眉山"]).pattern.startswith("眉山(?<![峨]眉山)")


@pytest.mark.parametrize(("text", "found"), [
    ("眉山", ["眉山"]),  # a guard at the very start of the text does not refuse
    ("四川眉山", ["四川", "眉山"]),
    ("四川省乐山市峨眉山市", ["四川省", "乐山市峨眉山市"]),  # 峨眉山市 holds 眉山市: the county, with its city
    ("吉林省辽源市西安区", ["吉林省", "辽源市西安区"]),  # 西安区 is no 西安
    ("想去西安工作", ["西安"]),
])
def test_guards_read_as_before(text, found):
    assert [m.group() for m in alias_pattern(PLACE_ALIASES).finditer(text)] == found
