"""County-level places a province or region runs directly (省直辖县级行政区划) lie at the 县城 level (2026-12-07):
济源市 (Henan; county-level by rank and size, though its offices hold a prefecture's powers), the 兵团 cities
(石河子市 … 白杨市, codes 659xxx), 仙桃市 and Hainan's counties. No prefecture stands before their name, so they
had no level: 「想回县城」 never met a post there, 「不去县城」 never refused one. Their towns stay 乡镇.
"""

from __future__ import annotations

import pytest

from features.data.places import XINJIANG_DIRECT_CITIES
from features.place_levels import post_place_level
from tests.factories import graduate, job


@pytest.mark.parametrize(("place", "employer", "name"), [
    ("河南省济源市", "济源产城融合示范区司法局", "济源市"),
    ("河南省济源市", "济源市人民检察院", "济源市"),
    ("河南济源市", None, "济源市"),
    ("新疆维吾尔自治区石河子市", "石河子大学", "石河子市"),
    ("新疆维吾尔自治区北屯市", "北屯市教育局", "北屯市"),
    ("新疆图木舒克市", None, "图木舒克市"),
    ("湖北省仙桃市", None, "仙桃市"),
    ("海南省琼中黎族苗族自治县", None, "琼中黎族苗族自治县"),
    (None, "石河子市第一中学", "石河子市"),
])
def test_a_directly_run_county_level_place_is_the_county_town(place, employer, name):
    assert post_place_level(place, employer) == ("县城", name)


@pytest.mark.parametrize("city", XINJIANG_DIRECT_CITIES)
def test_every_bingtuan_city_is_the_county_town(city):
    assert post_place_level(f"新疆维吾尔自治区{city}", None) == ("县城", city)


@pytest.mark.parametrize(("place", "employer", "level"), [
    ("河南省济源市", "济源市承留镇人民政府", ("乡镇", "承留镇")),  # its towns are townships
    ("河南省郑州市", "郑州市财政局", None),  # a prefecture stays no level
    ("新疆维吾尔自治区乌鲁木齐市", "新星市场管理办公室", None),  # a market, not 新星市
    ("广东省广州市", "东方市政建设有限公司", None),  # 市政 (municipal works), not 东方市 (final read)
    ("湖北省天门市", "天门市政府办公室", ("县城", "天门市")),  # but 市政府 is the city's government
])
def test_towns_and_prefectures_keep_their_level(place, employer, level):
    assert post_place_level(place, employer) == level


JOBS = [
    job("city", "一级科员", employer="洛阳市财政局", location="河南省洛阳市", description="财务 预算管理"),
    job("jiyuan", "一级科员", employer="济源市财政局", location="河南省济源市", description="财务 预算管理"),
    job("shihezi", "一级科员", employer="石河子市财政局", location="新疆维吾尔自治区石河子市", description="财务 预算管理"),
]


def test_a_county_town_wish_meets_jiyuan_and_a_bingtuan_city(ranker, catalog):
    [result] = ranker.rank([graduate("g", "会计学", catalog=catalog, intention="想回县城做财务")], k=3)
    reasons = {s.job_id: s.reasons for s in result.suggestions}
    assert "意向：县城（岗位在济源市）" in reasons["jiyuan"]
    assert "意向：县城（岗位在石河子市）" in reasons["shihezi"]
    assert result.suggestions[-1].job_id == "city"


def test_refusing_the_county_town_refuses_jiyuan_and_a_bingtuan_city(ranker, catalog):
    [plain] = ranker.rank([graduate("g", "会计学", catalog=catalog, intention="想做财务")], k=3)
    [result] = ranker.rank([graduate("g", "会计学", catalog=catalog, intention="想做财务，不去县城")], k=3)
    before = {s.job_id: s.score for s in plain.suggestions}
    ranked = {s.job_id: s for s in result.suggestions}
    assert "工作地点是您表示不考虑的地方：县城（岗位在济源市），排序已相应下调" in ranked["jiyuan"].reasons
    assert "工作地点是您表示不考虑的地方：县城（岗位在石河子市），排序已相应下调" in ranked["shihezi"].reasons
    assert ranked["jiyuan"].score < before["jiyuan"] and ranked["shihezi"].score < before["shihezi"]
    assert ranked["city"].score == pytest.approx(before["city"])
    assert result.suggestions[0].job_id == "city"
