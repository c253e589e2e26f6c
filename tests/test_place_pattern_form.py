"""The place patterns keep the form ``re`` can scan quickly: every branch starts with a literal
(a guard on the character before is checked after the spelling, 「眉山(?<![峨]眉山)」), and the
guards still hold wherever a spelling stands (start of text, after a guard character, after others)."""

import re

import pytest

from features.intentions import _TEXT_PLACES
from features.place_keys import PLACE_ALIASES, alias_pattern, guarded_spelling


@pytest.mark.parametrize("pattern", [alias_pattern(PLACE_ALIASES), _TEXT_PLACES], ids=["job_places", "wish_places"])
def test_no_branch_starts_with_a_lookbehind(pattern):
    # A lookbehind leading a branch stops ``re`` from skipping positions by first character
    # (about ten times slower over wishes); the guards sit after the spelling instead.
    assert re.search(r"(?:^|\|)\(\?<", pattern.pattern) is None


def test_guard_after_the_spelling():
    assert guarded_spelling("眉山").startswith("眉山(?<![")


@pytest.mark.parametrize(("text", "found"), [
    ("眉山", ["眉山"]),  # a guard at the very start of the text does not refuse
    ("四川眉山", ["四川", "眉山"]),
    ("四川省乐山市峨眉山市", ["四川省", "乐山市峨眉山市"]),  # 峨眉山市 holds 眉山市: the county, with its city
    ("吉林省辽源市西安区", ["吉林省", "辽源市西安区"]),  # 西安区 is no 西安
    ("想去西安工作", ["西安"]),
])
def test_guards_read_as_before(text, found):
    assert [m.group() for m in alias_pattern(PLACE_ALIASES).finditer(text)] == found
