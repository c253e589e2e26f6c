"""What a place filter (``location`` of ``/api/jobs``, ``/organiser``) looks for when it names more than one
level of a place: 「江西南昌」「湖北恩施」「青海海南」「河南兰考」 are read as a location cell is
(``place_inference.stated_place``) and searched as that place, not as letters no post writes so.

A filter naming one level (「南昌」「恩施州」「兰考县」「湖北」) is searched as written, as before; so is one
the reader does not read whole (「新疆巴州」, 「郑州市中原路」: a road), never widened to
the place read from part of it, but also as the name left within the levels read (``place_filter_head``:
「新疆巴州」 is 巴州 within 新疆). 「北京朝阳」 (北京 has no 朝阳 but its 朝阳区), 「辽宁朝阳」 (辽宁's 朝阳市) and 「巴州库尔勒」
the reader reads whole, as it does in a post's cell and in a wish (``features.place_gazetteer``).
"""

from __future__ import annotations

import functools
import re

from features.data.places import PROVINCES
from features.place_gazetteer import gazetteer, prefecture_spellings
from features.place_inference import stated_place
from features.place_names import name_stem, new_area_short_name, prefecture_short_name, province_full_name

_PROVINCE_SHORT = {province_full_name(short): short for short in PROVINCES}
_PROVINCES_LONGEST_FIRST = sorted(_PROVINCE_SHORT, key=len, reverse=True)


def _levels(place: str) -> tuple[str, ...]:
    """「河南省开封市兰考县」 → (河南省, 开封市, 兰考县): the province's full name, then the prefecture (or a
    county-level place the province runs) the gazetteer names, then the rest (the county)."""
    province = next((full for full in _PROVINCES_LONGEST_FIRST if place.startswith(full)), None)
    if province is None:
        return ()
    rest = place[len(province):]
    names = gazetteer()[0]
    for end in range(len(rest), 1, -1):
        division = names.get(rest[:end])
        if division is not None and division.county is None:
            return tuple(level for level in (province, rest[:end], rest[end:]) if level)
    return (province, rest) if rest else (province,)


def _spellings(level: str) -> list[str]:
    """How a filter may write ``level``: whole, without its suffix, by its short name (恩施, 恩施州, 巴州)."""
    found = {name_stem(level), _PROVINCE_SHORT.get(level, level)} | prefecture_spellings(level)
    if new_area := new_area_short_name(level):  # 浦东新区 → 浦东
        found.add(new_area)
    return sorted(found, key=len, reverse=True)


#: What a filter may write between its levels (「河南 郑州」「河南-郑州」「河南/郑州」), as the reader reads them;
#: not 、 ，, which list places rather than nest them.
_LEVEL_SEPARATORS = re.compile(r"[\s\-－—–/／·]+")


def _levels_written(text: str, levels: tuple[str, ...]) -> int:
    """How many of ``levels`` ``text`` writes, in order and nothing else (a level may be left out:
    「河南兰考」 skips 开封市); 0 when something else is left. A level whose spelling begins the text may
    still be left out: in 「湖北恩施市」 恩施 is not 恩施州 but the start of the county-level city 恩施市."""
    return _written(_LEVEL_SEPARATORS.sub("", text), levels) or 0


def _written(rest: str, levels: tuple[str, ...]) -> int | None:
    """The most of ``levels`` ``rest`` writes with nothing else left; ``None`` when something is left."""
    if not levels:
        return None if rest else 0
    level, below = levels[0], levels[1:]
    found = [_written(rest, below)]  # the level left out
    found += [None if (written := _written(rest[len(spelling):], below)) is None else written + 1
              for spelling in _spellings(level) if rest.startswith(spelling)]
    return max((written for written in found if written is not None), default=None)


@functools.lru_cache(maxsize=1024)
def place_filter_levels(text: str) -> tuple[str, ...] | None:
    """The place a filter naming more than one level stands for, from the province down (「江西南昌」 →
    (江西省, 南昌市), 「河南南乐」 → (河南省, 濮阳市, 南乐县)), for the filter to look for its most specific
    level within the others; ``None`` for a filter to search as written (one level, or not read whole)."""
    place = stated_place(text.strip())
    if place is None:
        return None
    levels = _levels(place)
    return levels if len(levels) > 1 and _levels_written(text, levels) > 1 else None


def level_spellings(level: str, within: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The spellings a filter looks for the most specific level of ``place_filter_levels`` by: its full
    name (which the place read from every post holds) and its short name, which a post stating its place
    in words the reader reads less of may write (「武汉 洪山」); not a province's name (海南 of 海南藏族自治州),
    nor a name of a level ``within`` which it lies (恩施 of 恩施市 is 恩施州's: 「湖北恩施市」 is not the whole 州)."""
    short = prefecture_short_name(level)
    above = {spelling for upper in within for spelling in _spellings(upper)}
    keep = short != level and len(short) >= 2 and short not in PROVINCES and short not in above
    return (level, short) if keep else (level,)


@functools.lru_cache(maxsize=1024)
def place_filter_head(text: str) -> tuple[tuple[str, ...], str] | None:
    """A filter writing a place's levels and then a name the reader does not read after them (「新疆巴州」,
    「伊犁伊宁」: 伊宁市 or 伊宁县): those levels and that name, for the
    filter to look for the name within them, besides its letters as written; ``None`` otherwise (a filter
    ``place_filter_levels`` reads, one level, or nothing read before the name)."""
    if place_filter_levels(text) is not None or (place := stated_place(text.strip())) is None:
        return None
    rest, written = _LEVEL_SEPARATORS.sub("", text), []
    for level in _levels(place):
        spelling = next((s for s in _spellings(level) if rest.startswith(s)), None)
        if spelling is not None:
            rest = rest[len(spelling):]
            written.append(level)
    if not written or len(rest) < 2 or not re.fullmatch(r"[一-鿿]+", rest):
        return None
    return tuple(written), rest
