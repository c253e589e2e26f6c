"""The hukou check (``Kind.HUKOU``): whether a graduate's registered hukou names a place the
post admits, where that place lies (``places.apart``), and whether the post's exceptions
(「2021年应届不限户籍」) can lift the limit for this graduate.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from features.data.places import ABBREVIATIONS, MUNICIPALITIES
from features.place_inference import stated_place
from features.place_names import (
    ends_with_province,
    name_stem,
    province_read_at,
    province_written_whole,
)
from features.records import Graduate
from matching.rules.conditions import HukouCond
from matching.rules.describe import requirement
# ``provinces_of``: the province a hukou lies in as ``apart`` reads it (its own, else its city's), so that a
# province post admits exactly the hukou it would otherwise refuse as another province's.
from matching.rules.places import apart, outside_city_proper, place_heads, provinces_of, same_prefecture
from matching.rules.seasons import years_named
from matching.verdict import Status

if TYPE_CHECKING:
    from matching.rules.checks import Context

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE

#: Last characters of a place name (省, 市, 县 …): what may stand before a name in a hukou.
_PLACE_END = "省市区县州盟旗镇乡村"
#: Regions that tables name as one place, and abbreviations: (province, member places).
_PLACE_GROUPS = {"南疆四地州": ("新疆", ABBREVIATIONS["南疆四地州"]), "阿盟": ("内蒙古", ("阿拉善盟",))}


@lru_cache(maxsize=1 << 16)
def _names_place(hukou: str, place: str) -> bool:
    """``place`` is named in ``hukou`` as a whole name: it starts the hukou or follows a
    place suffix or a province (河南省信阳市新县, 河南新县, not 福建省漳州市平和县 for 和县);
    a suffix right after it must be its own (和平区 is not 广东省河源市和平县). A province is named where
    the place reading reads it (``provinces_named``: 吉林市船营区 lies in 吉林省, 青海海南 not in 海南省); a place
    below one that bears its name (吉林市) only with its own suffix where the reading takes the bare name
    as the province (「吉林」「吉林长春」 are 吉林省, as 「吉林省」 is). A hukou naming no province lies in
    its city's where the place reader knows that city (「郑州市」「郑州市金水区」「昆山市」「巩义市」 are in 河南省,
    江苏省); a name several divisions share (朝阳区, 鼓楼区, 南山区, 昌江) names none."""
    if province := province_written_whole(place):
        return province in provinces_of(hukou)
    name = name_stem(place)
    suffix = place.strip()[len(name):]
    for m in re.finditer(re.escape(name), hukou):
        before, after = hukou[: m.start()], hukou[m.end():]
        if before and before[-1] not in _PLACE_END and not ends_with_province(before):
            continue
        if suffix and after[:1] and after[0] in _PLACE_END and not after.startswith(suffix):
            continue
        if province_read_at(hukou, m.start()) == name and not (suffix and after.startswith(suffix)):
            continue
        if suffix and not after and _read_as_other(hukou, name, suffix):
            continue
        return True
    return False


def _read_as_other(hukou: str, name: str, suffix: str) -> bool:
    """The hukou ends with the bare name and the place reading (``stated_place``) gives it another suffix
    there: 「辽宁朝阳」 is 辽宁省朝阳市 (辽宁 has no 朝阳区), so it is not the 朝阳区 of 「限朝阳区户籍」, as 「辽宁省
    朝阳市」 is not (2026-12-07 rules review: was 符合). A reading that does not name the place is not counted on."""
    held = stated_place(hukou) or ""
    at = held.rfind(name)
    rest = held[at + len(name):] if at >= 0 else ""
    return bool(rest) and rest[0] in _PLACE_END and not rest.startswith(suffix)


def _named(p: HukouCond) -> tuple[tuple[str, str], ...]:
    """Each place the post admits, with where it lies (南疆四地州 → 新疆和田 …; 通州区 → 北京市通州区)."""
    seats = p.seats or p.places
    named = [(member, f"{_PLACE_GROUPS[place][0]}{member}") for place in p.places if place in _PLACE_GROUPS
             for member in _PLACE_GROUPS[place][1]]
    # A tuple: ``_inside``/``_outside`` are cached per (post's places, hukou text).
    return tuple(named + [(place, seat) for place, seat in zip(p.places, seats) if place not in _PLACE_GROUPS])


@lru_cache(maxsize=1 << 16)
def _inside(named: tuple[tuple[str, str], ...], registered: str) -> bool:
    # A county name matches only where its province and city agree: 北京市通州区 is not 江苏省南通市通州区,
    # nor Beijing's 朝阳 辽宁省朝阳市, nor 南京's 鼓楼区 徐州's. An unknown province or city (either side)
    # does not stop the match. A city matches however either spells it (恩施州, 恩施土家族苗族自治州).
    return any(not outside_city_proper(name, registered)
               and ((_names_place(registered, name) and not apart(where, registered, implied_province_counts=True))
                    or same_prefecture(name, where, registered) or _read_within(name, registered)
                    or (_village_named(name, registered) and not apart(where, registered, implied_province_counts=True)))
               for name, where in named)


def _village_named(name: str, registered: str) -> bool:
    """A village or town after its county (台山市长塘村) that the hukou names with a town between
    (「广东省江门市台山市水步镇长塘村」): the hukou names the village and lies in the county heading it."""
    heads = place_heads(name) if name.endswith(_BELOW_COUNTY) else []
    if not heads:
        return False
    head, tail = heads[0], name[len(heads[0]):]
    return len(tail) >= 2 and _names_place(registered, tail) and (
        _names_place(registered, head) or _read_within(head, registered))


def _read_within(name: str, registered: str) -> bool:
    """The place reading (``stated_place``) puts the hukou inside the post's place below a province: 「北京朝阳」 is
    北京市朝阳区 there (朝阳 after 北京 is its 朝阳区), which the letters of 「北京市朝阳区」 do not show. Not a province
    (「朝阳市」 read as 辽宁's may be written for 北京's 朝阳区), nor a name the reading does not place alone (河南县)."""
    if province_written_whole(name) or name.endswith(_BELOW_COUNTY) or not (wanted := stated_place(name)):
        return False
    return bool((held := stated_place(registered)) and held.startswith(wanted))


#: A village or town (台山市长塘村): the reading places only its county, which holds other villages too, so a
#: hukou of that county is not read as inside (2026-12-07 review: 「广东省江门市台山市」 was 符合).
_BELOW_COUNTY = ("村", "镇", "乡", "街道", "社区")


@lru_cache(maxsize=1 << 16)
def _outside(named: tuple[tuple[str, str], ...], registered: str) -> bool:
    # Another province, or another prefecture-level city, for every place: a county name whose
    # province or city is unknown decides nothing (it may lie inside the graduate's city).
    return bool(named) and all(apart(where, registered) for _, where in named)


def check_hukou(p: HukouCond, g: Graduate, ctx: Context) -> tuple[Status, str]:
    if p.outside:
        return _check_origin_outside(p, g)
    if p.origin:
        return _check_hukou_or_origin(p, g)
    want = requirement(p)
    if not g.hukou:
        return REVIEW, f"户籍待核实：岗位要求{want}，您的户籍未填写"
    named = _named(p)
    if _inside(named, g.hukou):
        return OK, f"户籍符合：岗位要求{want}"
    elsewhere = _outside(named, g.hukou)
    if elsewhere and not p.exceptions:
        return FAIL, f"户籍不符：岗位要求{want}{_where_said(p)}，您的户籍为{g.hukou}"
    extra = _exceptions_said(p)
    if elsewhere and (years := _seasons_passed(p.exceptions, g)):
        return FAIL, (f"户籍不符：岗位要求{want}{extra}，您的户籍为{g.hukou}；"
                      f"例外只适用于{'、'.join(map(str, years))}年应届毕业生，您{g.graduation_year}年毕业")
    return REVIEW, f"户籍待核实：岗位要求{want}{extra}，您的户籍为{g.hukou}"


def _where_said(p: HukouCond) -> str:
    """「（位于江苏省扬州市）」 after 「仪征市户籍」: the table did not say where, the job's place or the
    place list did (``places.seat``); empty when every place names its province itself, or the post's own
    name for its places says it (「绍兴市区（越城区、柯桥区、上虞区）」)."""
    if p.label:
        return ""
    seats = p.seats or p.places
    where = "、".join(f"{place}位于{_seat_said(s, place)}" if len(p.places) > 1 else f"位于{_seat_said(s, place)}"
                     for place, s in zip(p.places, seats) if s != place)
    return f"（{where}）" if where else ""


def _seat_said(seat: str, place: str) -> str:
    """Where ``place`` lies, as a graduate reads it: tables write a municipality twice (「北京北京市」)
    and separate a county with a space (「江苏省扬州市 仪征市」); said 「北京市」, 「江苏省扬州市」."""
    return _MUNICIPALITY_TWICE.sub(r"\1市", seat.removesuffix(place).strip())


_MUNICIPALITY_TWICE = re.compile(rf"^({'|'.join(MUNICIPALITIES)})(?:市)?\1市")


def _exceptions_said(p: HukouCond) -> str:
    return f"（另有例外：{'；'.join(p.exceptions)}）" if p.exceptions else ""


def _check_hukou_or_origin(p: HukouCond, g: Graduate) -> tuple[Status, str]:
    """「XX户籍或生源」 (either way in) and 「XX生源」 (``hukou`` False: the 生源地 alone): each
    registered place the post reads is judged as a hukou is; one inside admits, naming which,
    all stated and outside refuse naming each, an unstated one leaves the post to review."""
    want, named = requirement(p), _named(p)
    head = "户籍" if p.hukou else "生源地"
    ways = [("户籍", g.hukou)] if p.hukou else []
    ways.append(("生源地", g.origin_place))
    for label, registered in ways:
        if registered and _inside(named, registered):
            return OK, f"{head}符合：岗位要求{want}，您的{label}为{registered}"
    stated = [(label, registered) for label, registered in ways if registered]
    said = "、".join(f"{label}为{registered}" for label, registered in stated)
    unknown = "、".join(label for label, registered in ways if not registered)
    if not stated:
        return REVIEW, f"{head}待核实：岗位要求{want}，您的{unknown}未填写"
    extra = _exceptions_said(p)
    if all(_outside(named, registered) for _, registered in stated):
        if unknown:
            return REVIEW, (f"{head}待核实：岗位要求{want}{extra}，您的{said}，不在其内；"
                            f"{unknown}未填写，请核实{unknown}是否符合")
        both = "均" if len(stated) > 1 else ""
        if not p.exceptions:
            return FAIL, f"{head}不符：岗位要求{want}{_where_said(p)}，您的{said}，{both}不在其内"
        if years := _seasons_passed(p.exceptions, g):
            return FAIL, (f"{head}不符：岗位要求{want}{extra}，您的{said}，{both}不在其内；"
                          f"例外只适用于{'、'.join(map(str, years))}年应届毕业生，您{g.graduation_year}年毕业")
    return REVIEW, f"{head}待核实：岗位要求{want}{extra}，您的{said}" + (f"；{unknown}未填写" if unknown else "")


def _check_origin_outside(p: HukouCond, g: Graduate) -> tuple[Status, str]:
    """「京外生源」: a 生源地 inside the named places refuses, one surely elsewhere admits, an
    unstated or undecidable one (a county name alone) leaves the post to review."""
    want, named = requirement(p), _named(p)
    if not g.origin_place:
        return REVIEW, f"生源地待核实：岗位要求{want}，您的生源地未填写"
    if _inside(named, g.origin_place):
        return FAIL, f"生源地不符：岗位要求{want}，您的生源地为{g.origin_place}"
    if _outside(named, g.origin_place):
        return OK, f"生源地符合：岗位要求{want}，您的生源地为{g.origin_place}"
    return REVIEW, f"生源地待核实：岗位要求{want}，您的生源地为{g.origin_place}"


#: The longest 择业期 tables grant (「含择业期两年内毕业生」): how far before a season its 应届 reach.
_SEEKING_YEARS = 2
#: An exception that names one or a few seasons' graduates and nothing else (「2021年应届不限户籍」
#: 「2025年、2026年应届毕业生不限户籍」「符合面向2023年应届毕业生招考职位条件的人员」). Whatever else
#: it says may admit the graduate: 「2023年7月31日前毕业的」 reaches back, 「2020年以后毕业生」
#: forward, 「…应届毕业生、研究生学历不限户籍」 adds a group.
_ONE_SEASON = re.compile(r"(?:[(（][^()（）]*[)）])?(?:符合面向)?(?:20\d\d\s*[年届]?[、,和]?)+(?:本科及以上|高校)?"
                         r"(?:应届(?:高校)?(?:毕业生|生)?|毕业生)(?:招考职位条件的人员)?(?:不限户籍|不限)?")


def _seasons_passed(exceptions: tuple[str, ...], g: Graduate) -> tuple[int, ...]:
    """The years named when every exception opens the post to one season's graduates only
    (「2021年应届不限户籍」「符合面向2023年应届毕业生招考职位条件的人员」) and the graduate finishes
    outside all of those seasons, so none can lift the limit; empty otherwise (「详见备注」, a year not passed).
    A later graduate is never that season's 应届; an earlier one may be, within a 择业期 of
    ``_SEEKING_YEARS``, and no earlier."""
    named = [years_named(e) if _ONE_SEASON.fullmatch(re.sub(r"\s+", "", e)) else () for e in exceptions]
    if g.graduation_year is None or not all(named):
        return ()
    years = tuple(sorted({y for ys in named for y in ys}))
    # 择业期: a season's 应届 counts graduates of the two years before it at most
    return years if not years[0] - _SEEKING_YEARS <= g.graduation_year <= years[-1] else ()
