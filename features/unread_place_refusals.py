"""Refusals of a place the readers cannot place: 「不去远郊区」「不去偏远山区」「不考虑外地」.

A refused place is read by ``features.intentions.rejected_places`` (a place the tables know: 南疆, 喀什) and a
refused level by ``features.place_levels.refused_place_levels`` (县城, 乡镇). A refusal naming neither filtered
nothing, and the graduate was not told (「北京，财政局税务局之类，不去远郊区」: every 远郊区 post ranked as any
other, 2026-12-07 graduate review). This module finds such refusals so the answer can say once that they
were not read (``matching.explain.unread_place_note``).

A refusal is about a place when it stands in the 意向地点 column, or, in the 就业意向 text, when what it refuses
ends in a word of place (远郊区, 偏远山区, 外地, 太远的地方); 「不加班」「不做销售」「不去私企」 are not.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from features.intention_rejections import refusals
from features.intentions import rejected_employer_kinds, rejected_places
from features.place_levels import refused_place_levels

#: What a refused place ends in, once the fillers (的, 工作, 那边 …) are dropped; not 超市 (a kind of employer),
#: nor 社区 (「不做社区工作」 refuses a kind of work: ``features.intentions.rejected_categories``).
_PLACE_END = re.compile(r"(?:省|(?<!超)市|县|(?<!社)区|州|郊|乡|镇|村|疆|地区|地方|山区|外地|外省|省外|老家|附近|周边)$")
_FILLER_END = re.compile(r"(?:的|了|啦|呀|吧|工作|岗位|单位|那边|那里|这边|这里|一带)+$")


def _reads_nothing(span: str) -> bool:
    return not (rejected_places(span) or refused_place_levels(span) or rejected_employer_kinds(span))


@functools.lru_cache(maxsize=50_000)
def _unread_in(text: str, *, place_column: bool) -> tuple[str, ...]:
    out = []
    for start, end in refusals(text):
        span = text[start:end].strip()
        if not span or not _reads_nothing(span):
            continue
        if place_column or _PLACE_END.search(_FILLER_END.sub("", span)):
            out.append(span)
    return tuple(out)


def unread_place_refusals(intention: str | None, locations: Iterable[str] = ()) -> tuple[str, ...]:
    """The refusals of a place (as written, each once) in the intention or the 意向地点 items that name no
    place or level the readers know (「不去远郊区」)."""
    found = list(_unread_in(intention, place_column=False)) if intention else []
    for item in locations:
        if item:
            found += _unread_in(item, place_column=True)
    return tuple(dict.fromkeys(found))
