"""A graduate's 生源地 and 户籍 cells read, kept as written.

An officer's sheet holds 「河南省郑州市」「郑州市」「成都市武侯区」「河南」「喀什地区」「第八师」, and for 户籍 a
street address. A 生源地 such as 「火星」 or 「不详」 is a typing slip that would leave every 生源 post to
review without saying why, so the importer refuses the row naming file, row and column, and the API
answers 422. 户籍 is refused only when it is surely no place: a 户口性质 (「农村」「城镇」「非农业户口」:
a roster's 户口 column may hold the type, not the place) or a word that names none (「本地」「外地」
「不详」); anything else is kept as typed, since the gazetteer's county list dates from before 2020 and is read
strictly (a shared 鼓楼区 only with its city) and a hukou of 「某市新区」 or a street address must not be refused. Pure.
"""

from __future__ import annotations

import re

from features.data.places import ABBREVIATIONS, CITY_SHORT_NAMES_NOT_ALONE
from features.place_inference import infer_location, stated_place
from features.place_keys import PLACE_ALIASES
from features.place_names import provinces_named, xinjiang_prefecture

#: A 兵团 division or the corps itself (「第八师」「兵团第十三师」): places the gazetteer does not hold
#: (read by ``matching.cohort_origins`` too, as Xinjiang).
CORPS = re.compile(r"兵团|第[一二三四五六七八九十]{1,3}师")
#: A place written with its division's suffix (成都市, 鼓楼区, 昆山市, 延边朝鲜族自治州), of any province:
#: the gazetteer lists prefectures and counties of Henan and Xinjiang only.
_WRITTEN_PLACE = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,12}?)(?:自治州|自治县|自治旗|地区|市|县|区|州|盟|旗)")
#: Words that stand where a place should and name none (「本地」「外省」「不详」), alone or as a stem.
_NO_PLACE_WORDS = "本地 外地 本市 外市 本省 外省 省内 省外 本县 本区 其他 其它 不详 未知 暂无 待定".split()
#: A stem before such a suffix that names no place (其他地区, 外省市, 本省各市, 农村地区, 不清楚地区):
#: a province's own name was read before this (``provinces_named``), so 省 or 各 in a stem is no name.
_NO_PLACE_STEM = re.compile(rf"^(?:{'|'.join(_NO_PLACE_WORDS)}|不清楚|不知道|全国|农村|城镇|城乡|偏远|贫困)|省|各")
#: A known place's spelling (「武汉」「恩施州」「朝阳」), not a group of places (「北上广」「南疆四地州」).
_ONE_PLACE_SPELLINGS = (PLACE_ALIASES.keys() - ABBREVIATIONS.keys()) | CITY_SHORT_NAMES_NOT_ALONE
#: 户口性质 (the kind of registration, not where): what a 户口 column of a roster may hold instead.
_HUKOU_TYPE = re.compile(r"^(?:农村|城镇|农业|非农业|非农|城市|居民|农村居民|城镇居民|城乡居民|家庭|集体|"
                         r"学校集体|统一居民)(?:户口|户籍|户)?$")
#: A cell that is such a word (or 市区, 无 …), with 户口 or 户籍 or 生源 after it or not.
_NAMES_NO_PLACE = re.compile(rf"^(?:{'|'.join(_NO_PLACE_WORDS)}|市内|市外|市区|城区|县城|无)(?:户口|户籍|生源)?$")


def names_a_place(text: str) -> bool:
    """``text`` names a province, a prefecture or county the gazetteer knows, a 兵团 division, is a
    known place's spelling by itself (「武汉」「恩施州」: any province's prefecture by its short name; 「朝阳」,
    a place whichever of its divisions is meant), a place as a location cell spells it (「深圳南山」, a county's
    short name alone: 「昆山」「义乌」, ``stated_place``), or
    begins with a place written with its division's suffix (成都市武侯区)."""
    if _NAMES_NO_PLACE.match(text) or _HUKOU_TYPE.match(text):
        return False
    return bool(provinces_named(text) or xinjiang_prefecture(text) or CORPS.search(text)
                or text in _ONE_PLACE_SPELLINGS
                or infer_location(text) is not None or stated_place(text) is not None
                or ((written := _WRITTEN_PLACE.match(text)) is not None and not _NO_PLACE_STEM.search(written["stem"])))


def parse_origin_place(value: object) -> str | None:
    """The 生源地 as written (spaces trimmed); ``None`` for an empty cell; ``ValueError`` with a
    Chinese message when it names no place."""
    if value is None or not (text := str(value).strip()):
        return None
    if not names_a_place(text):
        raise ValueError(f"生源地「{text[:20]}」不是可识别的地名，请填写省、市或县，如「河南省郑州市」")
    return text


def parse_hukou_place(value: object) -> str | None:
    """The 户籍 as written (spaces trimmed); ``None`` for an empty cell; ``ValueError`` with a Chinese
    message when it is a 户口性质 or a word naming no place. Other text is kept: see the module."""
    if value is None or not (text := str(value).strip()):
        return None
    if _HUKOU_TYPE.match(text):
        raise ValueError(f"户籍「{text[:20]}」是户口性质，不是户籍所在地：请填写户籍所在地，如「河南省郑州市」"
                         "（户口性质无需导入，可删去该列或改列名为「户口性质」）")
    if _NAMES_NO_PLACE.match(text):
        raise ValueError(f"户籍「{text[:20]}」没有说明是哪里：请填写户籍所在地，如「河南省郑州市」；不清楚的请留空")
    return text


__all__ = ("names_a_place", "parse_hukou_place", "parse_origin_place")
