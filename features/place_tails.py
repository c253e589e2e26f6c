"""A known place's spelling at the end of a longer, unknown place name is not that place.

义乌市 holds 乌市 (乌鲁木齐), 阜新市 holds 新市 (乌鲁木齐's 新市区) and 阜新市区 holds 新市区. One rule
serves location cells (「辽宁省阜新市」) and intention prose (「想去义乌市工作」), where a place
may follow any word (去乌市, 在乌市, 或者乌市), so a Chinese character before a spelling cannot
by itself make it a tail. What can: a place name has two or more characters before its
市/县/区, so a spelling whose first character is followed at once by 市/县/区 (乌市, 新市, 新市区)
is, right after a character that may start a name, the end of a two-character name. Only
those spellings are ever read as tails; every other one (喀什, 乌鲁木齐市, 广州) stands wherever
it is written. The characters that end the words standing before a place in prose
(``_LEADS``) and the suffixes that close a containing place (``_CLOSING``) are not the start of
a name. Both ``matching.scoring`` (job locations) and ``features.intentions`` (wishes,
refusals) read places through ``whole_names``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_CJK = re.compile(r"[\u4e00-\u9fff]")
#: The suffix after a one-character stem that makes a spelling possibly the tail of a name.
_STEM_SUFFIX = frozenset("市县区")
#: A suffix that closes the place containing the next one (新疆维吾尔自治区|乌市, 第八师|石河子市).
_CLOSING = frozenset("省市区县州盟旗师")
#: Last characters of the words that stand before a place in intention prose (去/到/在/回/留/赴/
#: 往/来/进/驻/住 …, 扎根, 定居, 选择/首选, 喜欢, 希望/期望, 倾向, 优先, 考虑, 靠近, 是/为, 比如/例如,
#: 包括, 本地/当地, 老家/家乡, 首府, 省会, 和/与/或/及/或者/还是/以及/同, 最好, 主要, 除了, 打算,
#: 计划, 目标, 愿意, 可以, 仅限, 离). None is the first character of a name that ends in 乌 or
#: 新 before 市/县/区 (义乌, 阜新).
_LEADS = frozenset("去到在回留赴往来进驻住入返根居择选欢爱望向先虑近是为如括地点家乡府会和与或及者同跟也还就的"
                   "好要了算划标意以限离想但即至于从")


def is_tail(text: str, start: int, *, after_place: bool) -> bool:
    """Whether the known spelling at ``text[start]`` ends a longer, unknown place name
    (see the module): its first character is followed by 市/县/区, and it is neither at the
    text's start, nor right after another known place (``after_place``: 新疆乌市), nor after a
    closing suffix, a non-Chinese character or a word that leads to a place (去乌市)."""
    if after_place or start == 0 or start + 1 >= len(text) or text[start + 1] not in _STEM_SUFFIX:
        return False
    before = text[start - 1]
    return bool(_CJK.match(before)) and before not in _CLOSING and before not in _LEADS


def whole_names(text: str, matches: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """``matches`` (known place spellings in ``text``, in order) without the tails of longer
    names: 「浙江省金华市义乌市」 keeps 浙江 and drops 乌市; 「想去乌市」 keeps 乌市."""
    kept: list[re.Match[str]] = []
    end = -1
    for m in matches:
        if not is_tail(text, m.start(), after_place=m.start() == end):
            kept.append(m)
            end = m.end()
    return kept
