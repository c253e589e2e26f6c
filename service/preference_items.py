"""The items of a graduate's 意向地点, 意向类别 and 意向行业 as every path that stores them reads them: a word
saying 不限 is no item (file imports in ``service.importers``), and a 意向地点 item must be something the
ranker reads as a place (the API's ``preferences.locations`` in ``service.api.schemas`` and the graduate's
own form, ``service.api.intention_form``).

「火星」 or 「abc」 as a wished place was stored, and the graduate read 「当前岗位中没有位于 火星、abc 的岗位」,
while the same word as 生源地 is refused (2026-12-07 graduate review). A 意向地点 item is checked with the
生源地's gazetteer (``features.registered_place.names_a_place``) and the wish readers, never read anew here:
besides a place it may be what the product reads in that column today (README, *Suggestions for graduates*):
a place the wish reader knows (「全疆」「北上广」), a level (「县城」「乡镇」, ``features.place_levels``) or a
refusal (「不去南疆」「除南疆外」「不去县城」, and one naming no known place, 「不去远郊区」, which the page then
says was not read, ``features.unread_place_refusals``). Pure: imports only ``features``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from features.intentions import extract_places, rejected_places
from features.place_levels import refused_place_levels, wished_place_levels
from features.registered_place import names_a_place
from features.unread_place_refusals import unread_place_refusals

#: An item that says the graduate has no wish of that kind: read as 不限 (no item), as an empty list is.
NO_PREFERENCE = re.compile(r"^(不限|无|无要求|任意|均可|都可以|皆可|服从分配|服从安排|不限地点|不限类别)$")

#: How to write a wished place, said after the items refused.
PLACE_ADVICE = ("请填写省、市或县（如「郑州」「河南省郑州市」「喀什地区」），或「县城」「乡镇」；"
                "不考虑的地方可写「不去喀什」；不限地点请留空")


def reads_as_wished_place(item: str) -> bool:
    """``item`` (one 意向地点 entry, trimmed) is read by the ranker: a place, a level or a refusal."""
    return bool(names_a_place(item) or extract_places(item) or wished_place_levels(item)
                or rejected_places(item) or refused_place_levels(item) or unread_place_refusals(None, (item,)))


def parse_wished_places(items: Iterable[str]) -> list[str]:
    """The 意向地点 items, trimmed, without empty ones or a 不限 (``NO_PREFERENCE``); ``ValueError`` in
    Chinese naming every item that is no place (``reads_as_wished_place``)."""
    kept = [text for item in items if (text := item.strip()) and not NO_PREFERENCE.match(text)]
    unread = [text for text in kept if not reads_as_wished_place(text)]
    if unread:
        named = "".join(f"「{text[:20]}」" for text in unread[:5])
        raise ValueError(f"意向地点{named}不是可识别的地名：{PLACE_ADVICE}")
    return kept


__all__ = ("NO_PREFERENCE", "PLACE_ADVICE", "parse_wished_places", "reads_as_wished_place")
