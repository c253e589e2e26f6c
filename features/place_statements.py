"""Where a post says it works, in words, when its table has no location column for it.

Some tables keep the work place in a remark: Henan 2026's 「平顶山市社会保险中心」 posts say
「工作地点：宝丰县」「工作地点：舞钢市」 in 备注, one of 「河南省工业和信息化厅洛阳无线电中心」 says
「工作地点：三门峡市」, 「原阳县公安局」's post 「工作地点：新乡市平原城乡一体化示范区」. Such a statement is
the post's own word on its place, so it decides the place above the employer's name
(``features.place_inference.infer_location``): read from the employer's name, these posts were
平顶山市, 洛阳市 and 原阳县, and a graduate wishing for 洛阳 read 意向地点一致 of a post in 三门峡.

A table's location column stays above a remark (``Job.inferred_location`` reads neither when it
states one): it is the field the table keeps for the place, a remark may say where the office sits
(「办公地点」) or where one is sent for a time, and the rules never read an inferred or remarked place.

A statement is read only where it names the post's place plainly: 「工作地点：…」「工作地点为…」
「工作地点在…」「工作地址：…」「岗位位于…」, or 「在…市（县、区）工作」 ending the clause. The words up to the
end of the clause are read as a location cell is (``stated_place``); several places of one province
give the province (「工作地点为郑州市、洛阳市、…」 → 河南省). Nothing is read where the clause does
not fix one place: 「工作地点为各省辖市和济源示范区」 (not 济源), 「根据工作需要统筹安排」, 「服从分配」; nor where
it names no listed place (「工作地点：乡镇司法所」: the employer's name then places the post). Statements
of different places in one post place it nowhere by them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from features.data.places import PROVINCES
from features.place_inference import InferredLocation, stated_place
from features.place_names import province_full_name

#: Where a statement was read, as lists show it (「三门峡市（据备注）」): the column it stood in,
#: the job's description as 岗位描述.
FROM_DESCRIPTION = "岗位描述"
_PROVINCE_FULL_NAMES = tuple(map(province_full_name, PROVINCES))

#: What introduces a work place (「工作地点：」「工作地点为」「工作地点在」「岗位位于」), then the place up to
#: the clause's end.
_INTRODUCED = re.compile(r"(?:工作(?:地点|地址)|岗位(?:工作)?地点|岗位位于|工作单位位于)\s*(?:[：:]|为|在|是|设在|位于)?\s*"
                         r"(?P<place>[^，。；;,\n]+)")
#: 「在新乡市平原示范区工作」: a place ending in a division's suffix, then 工作 ending the clause (not
#: 「在本级机关工作」「在仓山区有…工作经验」「曾在…工作」).
_WORKS_IN = re.compile(r"(?<![曾已现])在(?P<place>[一-鿿]{2,20}?[省市县区旗州盟])(?:工作|上班)(?=$|[，。；;,\n])")
#: A clause that names where the post may be, not where it is.
_NOT_ONE_PLACE = re.compile(r"各|等地|分布|根据|服从|待定|另行|轮换|调配|统筹|周边|附近|全[省市国区]|[省市]内|之一|或|不限|不定")


def _statement_places(text: str) -> Iterable[str]:
    for pattern in (_INTRODUCED, _WORKS_IN):
        for match in pattern.finditer(text):
            clause = match.group("place").strip()
            if clause and not _NOT_ONE_PLACE.search(clause) and (place := stated_place(clause)):
                yield place


def _as_location(place: str, source: str) -> InferredLocation | None:
    """``place`` as ``stated_place`` writes it (「河南省三门峡市」) split into province and the rest."""
    full = next((name for name in _PROVINCE_FULL_NAMES if place.startswith(name)), None)
    return None if full is None else InferredLocation(full, place[len(full):], source)


@functools.lru_cache(maxsize=16_384)
def stated_work_place(conditions: tuple[tuple[str, str], ...], description: str = "") -> InferredLocation | None:
    """The place a post's remark, other condition column or description states in words (see the
    module), from the province down, its ``source`` the column's name (「备注」; 岗位描述 for the
    description); ``None`` when none states one, or they state different places."""
    found: dict[str, str] = {}
    texts = sorted(conditions, key=lambda item: item[0] != "备注")  # 备注 first: where tables put it
    for source, text in [*texts, (FROM_DESCRIPTION, description)]:
        for place in _statement_places(text or ""):
            found.setdefault(place, source.removeprefix("other:"))
    if len(found) != 1:
        return None
    (place, source), = found.items()
    return _as_location(place, source)
