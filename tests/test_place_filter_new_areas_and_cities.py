"""A place filter writing a 新区 division without 新区 (「浦东」) finds its posts, as 「浦东新区」 does; before, 浦东
was no whole name in 「上海市浦东新区」 and the filter found nothing. A filter writing a province and a
county-level city named like its prefecture (「湖北恩施市」「云南大理市」「河南濮阳县」) finds that city's posts,
not the whole prefecture's; before, 恩施 was read as 恩施州 and the 市 left over made the filter be searched
as written, which no post writes. SQLite and PostgreSQL (the latter when the test server answers)."""

from __future__ import annotations

import pytest

from features.place_names import spellings_of_a_place
from features.records import Job
from tests.factories import found_by_place_filter
from tests.test_storage import empty_engine  # noqa: F401


def _post(id_: str, employer: str, location: str) -> Job:
    return Job(id=id_, title="一级科员", employer=employer, location=location, headcount=1)


POSTS = [
    _post("PD", "浦东新区教育局", "上海市浦东新区"),
    _post("PD_SHORT", "某某中学", "上海浦东"),  # read 上海市浦东新区
    _post("HP", "黄浦区教育局", "上海市黄浦区"),
    _post("BH_TJ", "滨海新区卫生健康委", "天津市滨海新区"),
    _post("BH_JS", "滨海县人民医院", "江苏省盐城市滨海县"),
    _post("SB", "沈北新区人民法院", "辽宁省沈阳市沈北新区"),
    _post("ES_PREF", "恩施州中心医院", "恩施州"),
    _post("ES_SHORT", "某某医院", "湖北恩施"),  # read 湖北省恩施土家族苗族自治州
    _post("ES_CITY", "恩施市第一中学", "湖北省恩施市"),
    _post("ES_CITY_FULL", "恩施市人民医院", "湖北省恩施土家族苗族自治州恩施市"),
    _post("LC", "利川市人民医院", "湖北省恩施州利川市"),
    _post("DL_CITY", "大理市第一中学", "云南省大理市"),
    _post("DL_PREF", "大理州人民医院", "云南省大理白族自治州"),
    _post("PY_COUNTY", "濮阳县人民医院", "河南省濮阳市濮阳县"),
    _post("PY_CITY", "濮阳市人民医院", "河南省濮阳市"),
]

EXPECTED = {
    "浦东": {"PD", "PD_SHORT"},
    "浦东新区": {"PD", "PD_SHORT"},
    "上海浦东": {"PD", "PD_SHORT"},
    "沈北": {"SB"},
    "滨海": {"BH_TJ", "BH_JS"},  # a name two divisions hold finds both, as 「朝阳」 does
    "滨海新区": {"BH_TJ"},
    # The county-level city the text names, not its prefecture's other posts.
    "湖北恩施市": {"ES_CITY", "ES_CITY_FULL"},
    "湖北省恩施市": {"ES_CITY", "ES_CITY_FULL"},
    "湖北 恩施市": {"ES_CITY", "ES_CITY_FULL"},
    "恩施州恩施市": {"ES_CITY", "ES_CITY_FULL"},
    "云南大理市": {"DL_CITY"},
    "河南濮阳县": {"PY_COUNTY"},
    # As before.
    "恩施市": {"ES_CITY", "ES_CITY_FULL"},
    "湖北恩施": {"ES_PREF", "ES_SHORT", "ES_CITY", "ES_CITY_FULL", "LC"},
    "恩施州": {"ES_PREF", "ES_SHORT", "ES_CITY", "ES_CITY_FULL", "LC"},
    "河南濮阳": {"PY_COUNTY", "PY_CITY"},
}


@pytest.mark.parametrize("empty_engine", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_new_areas_written_short_and_cities_named_like_their_prefecture_on_both_databases(empty_engine):  # noqa: F811
    assert found_by_place_filter(empty_engine, POSTS, EXPECTED) == EXPECTED


@pytest.mark.parametrize(("place", "spellings"), [
    ("浦东", ("浦东", "浦东新区")),
    ("滨海", ("滨海", "滨海新区")),
    ("沈北", ("沈北", "沈北新区")),
    ("清", ("清",)),  # 清新区 is 清新 and 区, no 新区
    ("两江", ("两江",)),  # 两江新区 is no division: no post's place is read as it
    ("海南州", ("海南州", "海南藏族自治州")),
])
def test_a_new_area_written_short_is_looked_for_by_its_full_name(place, spellings):
    assert spellings_of_a_place(place) == spellings
