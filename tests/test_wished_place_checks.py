"""Wished places a post's place cannot simply meet or miss (2026-12-07 review of the wished-place ordering):
a post stated only at a coarser place than the wish (「新疆」 for 喀什地区, 「河南省」 for 郑州) may lie there, so
it is not ranked outside, but it is not 「意向地点一致」 either; a refused level of place (「不去县城」「不下乡」)
counts against posts at that level as a refused place does, and is no wished place; a post in a 兵团 city
inside a wished prefecture's land (图木舒克 in 喀什地区) is neither in the wish nor outside it."""

from __future__ import annotations

import pytest

from features.place_levels import COUNTY, TOWNSHIP, wished_place_levels
from matching.pair_scores import wished_locations
from matching.ranker import Ranker
from matching.scoring import ScoreWeights
from tests.factories import graduate, job

_PLACES = {"XJ": "新疆", "XJF": "新疆维吾尔自治区", "KS": "新疆喀什地区疏附县", "UR": "新疆乌鲁木齐市",
           "TMSK": "新疆图木舒克市", "HN": "河南省", "ZZ": "河南省郑州市"}


@pytest.fixture(scope="module")
def place_ranker(catalog, segmenter):
    posts = [job(i, "会计", employer=f"第{i}会计服务有限公司", majors="会计学", location=where) for i, where in _PLACES.items()]
    return Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(posts)


def _ranked(ranker, catalog, locations=(), intention="服从分配"):
    person = graduate("g", "会计学", catalog=catalog, intention=intention, locations=locations)
    [result] = ranker.rank([person], k=20)
    return {s.job_id: s for s in result.suggestions}


def _starts(suggestion, prefix: str) -> bool:
    return any(r.startswith(prefix) for r in suggestion.reasons)


@pytest.mark.parametrize(("post", "shown"), [("XJ", "新疆"), ("XJF", "新疆维吾尔自治区")])
def test_a_province_only_post_is_not_said_to_meet_a_prefecture_wish(place_ranker, catalog, post, shown):
    ranked = _ranked(place_ranker, catalog, ("喀什地区",))
    assert f"岗位地点只写到{shown}，是否在意向地点（喀什地区）请核实" in ranked[post].reasons
    assert not _starts(ranked[post], "意向地点一致")
    assert not _starts(ranked[post], "不在意向地点")
    # Its ranking stays that of a post that may lie in the wish: above one known to lie elsewhere.
    assert ranked[post].score > ranked["UR"].score
    assert "意向地点一致：新疆喀什地区疏附县" in ranked["KS"].reasons


def test_a_province_post_for_a_city_wish_is_to_be_checked_and_a_province_wish_is_met(place_ranker, catalog):
    ranked = _ranked(place_ranker, catalog, ("郑州",))
    assert "岗位地点只写到河南省，是否在意向地点（郑州）请核实" in ranked["HN"].reasons
    assert "意向地点一致：河南省郑州市" in ranked["ZZ"].reasons
    # A wish for the whole province is met by a post stated as the province.
    assert "意向地点一致：新疆" in _ranked(place_ranker, catalog, ("新疆",))["XJ"].reasons


def test_a_bingtuan_city_inside_the_wished_prefecture_is_not_outside_it(place_ranker, catalog):
    ranked = _ranked(place_ranker, catalog, ("喀什地区",))
    tmsk = ranked["TMSK"]
    assert not _starts(tmsk, "不在意向地点") and not _starts(tmsk, "意向地点一致")
    assert "岗位在图木舒克市，为兵团城市，地处喀什地区境内但不属其管辖，是否符合意向地点请核实" in tmsk.reasons
    assert tmsk.score > ranked["UR"].score
    assert ranked["KS"].score > tmsk.score  # a post in the prefecture itself still comes first
    # A county wish is not the prefecture around the city; 南疆 holds the city itself.
    assert _starts(_ranked(place_ranker, catalog, ("疏附县",))["TMSK"], "不在意向地点")
    assert _starts(_ranked(place_ranker, catalog, ("南疆",))["TMSK"], "意向地点一致")


def test_bingtuan_cities_name_the_prefecture_around_them():
    from features.bingtuan_cities import bingtuan_city, surrounding_prefecture_keys

    assert bingtuan_city("图木舒克") == "图木舒克市"
    assert surrounding_prefecture_keys({"图木舒克", "阿拉尔"}) == {"喀什", "阿克苏"}
    assert bingtuan_city("喀什") is None
    # 石河子 lies between 塔城地区 and 昌吉州, inside neither: a wish for either does not reach it.
    assert surrounding_prefecture_keys({"石河子"}) == frozenset()


@pytest.mark.parametrize(("text", "refused"), [
    ("不去县城", (COUNTY, TOWNSHIP)), ("想去乌鲁木齐，不想回县城", (COUNTY, TOWNSHIP)), ("不回县城", (COUNTY, TOWNSHIP)),
    ("不想去乡镇", (TOWNSHIP,)), ("不下乡", (TOWNSHIP,)), ("不去农村", (TOWNSHIP,)), ("乡镇不考虑", (TOWNSHIP,)),
    ("不去县城，乡镇可以", (COUNTY,)), ("不想离开县城", ()), ("想去县城当老师", ()), ("想去农村信用社", ()),
])
def test_refused_levels_are_read_and_never_as_a_wish(text, refused):
    from features.place_levels import refused_place_levels

    assert refused_place_levels(text) == refused
    assert not set(wished_place_levels(text)) & set(refused)


#: Henan-style posts at each level: a city office, a city district's, a county's, a township's.
_LEVEL_POSTS = [
    job("city", "一级科员", employer="洛阳市财政局", location="河南省洛阳市", description="财务 预算管理"),
    job("district", "一级科员", employer="郑州市金水区财政局", location="河南省郑州市金水区", description="财务 预算管理"),
    job("county", "一级科员", employer="新安县财政局", location="河南省洛阳市新安县", description="财务 预算管理"),
    job("town", "一级科员", employer="扶沟县崔桥镇人民政府", location="河南省周口市扶沟县", description="财务 预算管理"),
]


@pytest.fixture(scope="module")
def level_ranker(catalog, segmenter):
    return Ranker(catalog=catalog, segmenter=segmenter).fit(_LEVEL_POSTS)


def _level_ranked(ranker, catalog, intention, locations=()):
    [result] = ranker.rank([graduate("g", "会计学", catalog=catalog, intention=intention, locations=locations)], k=4)
    return result, {s.job_id: s for s in result.suggestions}


def test_a_refused_county_town_counts_against_county_and_township_posts_not_a_district(level_ranker, catalog):
    _, plain = _level_ranked(level_ranker, catalog, "想做财务")
    _, refused = _level_ranked(level_ranker, catalog, "想做财务，不去县城")
    assert "工作地点是您表示不考虑的地方：县城（岗位在新安县），排序已相应下调" in refused["county"].reasons
    assert "工作地点是您表示不考虑的地方：乡镇（岗位在崔桥镇），排序已相应下调" in refused["town"].reasons
    assert refused["county"].score < plain["county"].score and refused["town"].score < plain["town"].score
    for post in ("city", "district"):  # a city's district is no 县城
        assert refused[post].score == pytest.approx(plain[post].score)
        assert not _starts(refused[post], "工作地点是您表示不考虑的地方")


def test_refusing_the_countryside_spares_the_county_town(level_ranker, catalog):
    _, plain = _level_ranked(level_ranker, catalog, "想做财务")
    _, refused = _level_ranked(level_ranker, catalog, "想做财务，不下乡")
    assert "工作地点是您表示不考虑的地方：乡镇（岗位在崔桥镇），排序已相应下调" in refused["town"].reasons
    assert refused["county"].score == pytest.approx(plain["county"].score)
    assert not any(r.startswith("意向：") for s in refused.values() for r in s.reasons)


def test_a_level_refused_in_the_place_column_is_no_wished_place(level_ranker, catalog):
    person = graduate("g", "会计学", catalog=catalog, locations=("洛阳", "不去县城"))
    assert wished_locations(person) == ("洛阳",)
    result, ranked = _level_ranked(level_ranker, catalog, "想做财务", ("洛阳", "不去县城"))
    assert result.major_note is None  # not 「当前岗位中没有位于 不去县城 的岗位」
    assert "不在意向地点（洛阳）：河南省郑州市金水区" in ranked["district"].reasons
    # 新安县 lies in 洛阳, but at the refused level: the refusal wins, as 「乌鲁木齐，不去天山区」 would.
    assert "工作地点是您表示不考虑的地方：县城（岗位在新安县），排序已相应下调" in ranked["county"].reasons
    assert "意向地点一致：河南省洛阳市" in ranked["city"].reasons


def test_a_refused_post_outside_the_wished_places_ranks_below_one_merely_elsewhere(level_ranker, catalog):
    """At −1 alone a refused post ranked ×0.6 and a post merely elsewhere ×0.5: refusing 县城 lifted the county's
    posts over the rest (gkld, 「乌鲁木齐、不去县城」: 抚远市's posts led)."""
    _, ranked = _level_ranked(level_ranker, catalog, "想做财务，不去县城", ("郑州",))
    county, city = ranked["county"], ranked["city"]
    assert "工作地点是您表示不考虑的地方：县城（岗位在新安县），排序已相应下调" in county.reasons
    assert "不在意向地点（郑州）：河南省洛阳市新安县" in county.reasons
    assert "不在意向地点（郑州）：河南省洛阳市" in city.reasons
    assert county.score < city.score
