"""A graduate's 生源地 cell read: kept as written, refused when it names no place in China.

An officer's sheet holds 「河南省郑州市」「郑州市」「河南」「喀什地区」「第八师」; a value such as
「火星」 or 「不详」 is a typing slip that would leave every 生源 post to review without saying why,
so the importer refuses the row naming file, row and column, and the API answers 422. 户籍 is not
checked here: its cells carry street addresses the gazetteer does not hold. Pure.
"""

from __future__ import annotations

import re

from features.place_inference import infer_location
from features.place_names import provinces_named, xinjiang_prefecture

#: A 兵团 division or the corps itself (「第八师」「兵团第十三师」): places the gazetteer does not hold.
_CORPS = re.compile(r"兵团|第[一二三四五六七八九十]{1,3}师")


def names_a_place(text: str) -> bool:
    """``text`` names a province, a prefecture or county the gazetteer knows, or a 兵团 division."""
    return bool(provinces_named(text) or xinjiang_prefecture(text) or _CORPS.search(text)
                or infer_location(text) is not None)


def parse_origin_place(value: object) -> str | None:
    """The 生源地 as written (spaces trimmed); ``None`` for an empty cell; ``ValueError`` with a
    Chinese message when it names no place."""
    if value is None or not (text := str(value).strip()):
        return None
    if not names_a_place(text):
        raise ValueError(f"生源地「{text[:20]}」不是可识别的地名，请填写省、市或县，如「河南省郑州市」")
    return text


__all__ = ("names_a_place", "parse_origin_place")
