"""A wish for a level of place (「想去县城当老师」「乡镇」) ranks posts at that level first, with the reason
「意向：县城（岗位在××县）」, and a wished place no loaded post lies in is said once above the list
(2026-12-07 graduate review on the Henan table: a 县城 wish ranked city offices as if met; a 硕士 wishing
北京 on Henan-only posts was not told)."""

from __future__ import annotations

import pytest

from features.education import EducationLevel
from tests.factories import graduate, job

#: Henan-style posts (employer names as the table writes them; the place is read from the name); the ``ranker``
#: fixture (tests/conftest.py) is fitted on them.
JOBS = [
    job("city", "一级科员", employer="洛阳市财政局", location="河南省洛阳市", description="财务 预算管理"),
    job("county", "一级科员", employer="新安县财政局", location="河南省洛阳市新安县", description="财务 预算管理"),
    job("town", "一级科员", employer="扶沟县崔桥镇人民政府", location="河南省周口市扶沟县", description="财务 预算管理"),
]


def _ranked(ranker, catalog, intention: str = "", locations: tuple[str, ...] = (), **fields):
    [result] = ranker.rank([graduate("g", "会计学", catalog=catalog, intention=intention, locations=locations,
                                     **fields)], k=3)
    return result


@pytest.mark.parametrize("intention", ["想去县城当会计", "想回县里工作"])
def test_county_wish_puts_the_county_post_first_with_its_reason(ranker, catalog, intention):
    result = _ranked(ranker, catalog, intention)
    first = result.suggestions[0]
    assert first.job_id == "county"
    assert "意向：县城（岗位在新安县）" in first.reasons
    # The city office and the township's post are not at the county level the wish names.
    others = {s.job_id: s.reasons for s in result.suggestions[1:]}
    assert not any(r.startswith("意向：") for r in others["city"] + others["town"])


def test_township_wish_puts_the_township_post_first(ranker, catalog):
    result = _ranked(ranker, catalog, "愿意去乡镇工作")
    assert result.suggestions[0].job_id == "town"
    assert "意向：乡镇（岗位在崔桥镇）" in result.suggestions[0].reasons


def test_a_refused_level_is_no_wish(ranker, catalog):
    plain = _ranked(ranker, catalog, "想做财务")
    refused = _ranked(ranker, catalog, "想做财务，不想去县城")
    assert [s.job_id for s in refused.suggestions] == [s.job_id for s in plain.suggestions]
    assert not any(r.startswith("意向：") for s in refused.suggestions for r in s.reasons)


def test_a_wished_place_without_posts_is_said_once(ranker, catalog):
    result = _ranked(ranker, catalog, "想去北京工作", ("北京",), education=EducationLevel.MASTER)
    assert result.major_note == "当前岗位中没有位于 北京 的岗位，以下按其他条件推荐"
    assert not any("北京" in r for s in result.suggestions for r in s.reasons)


def test_a_wished_place_with_posts_gets_no_note(ranker, catalog):
    assert _ranked(ranker, catalog, "想去洛阳", ("洛阳",)).major_note is None
    # Of two wished places, only the one without posts is named (the other still ranks).
    assert _ranked(ranker, catalog, "", ("洛阳", "北京")).major_note == "当前岗位中没有位于 北京 的岗位"
    # A level in 意向地点 is no place: no note for 县城.
    assert _ranked(ranker, catalog, "", ("县城",)).major_note is None


def test_a_city_district_is_not_a_county_town_and_a_county_keeps_its_whole_name():
    from features.place_levels import COUNTY, post_place_level

    # 金水区 is 郑州 itself: a 县城 wish turns from the city, so a district post does not meet it.
    assert post_place_level("河南省郑州市金水区", "郑州市金水区人民法院") is None
    assert post_place_level("河南省南阳市社旗县", "") == (COUNTY, "社旗县")
    assert post_place_level("河南省郑州市新密市", "") == (COUNTY, "新密市")


def test_a_county_in_the_wished_place_ranks_above_a_county_elsewhere(catalog, fit_ranker):
    """「方城县、南阳」 with 「想回县城」: a county post of 南阳 meets place and level, one of 洛阳 the level
    only; it ranked first on a likelier text (Henan table: 新安县 #1, 南阳's 淅川县 #13, 2026-12-07 review)."""
    jobs = [
        job("elsewhere", "一级科员", employer="新安县文学艺术界联合会", location="河南省洛阳市新安县",
            majors="中国语言文学类", description="文艺 创作 组织 活动"),
        job("wished", "一级科员", employer="淅川县史志研究室", location="河南省南阳市淅川县",
            majors="中国语言文学类", description="地方志 编纂"),
    ]
    ranker = fit_ranker(jobs)
    [result] = ranker.rank([graduate("g", "汉语言文学", catalog=catalog, intention="想回县城当语文老师",
                                     locations=("方城县", "南阳"))], k=2)
    assert [s.job_id for s in result.suggestions] == ["wished", "elsewhere"]
    # Without a wished place that has posts, the level alone still counts as fully met.
    [alone] = ranker.rank([graduate("g", "汉语言文学", catalog=catalog, intention="想回县城当语文老师")], k=2)
    assert alone.suggestions[0].job_id == "elsewhere"
