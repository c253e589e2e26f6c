"""The places a review of Henan 2026 found ``features.place_inference`` missing: a county named
by its short name inside the name (「开封市医疗保障局兰考分局」), an office kept in another city
(「信阳市人民政府驻郑州办事处」), a county-level name with nothing else to go by (「兰考县人民法院」
without an announcement). Each test also holds the names that must still say no more than before."""

from __future__ import annotations

import pytest

from features.place_inference import FROM_EMPLOYER, FROM_PARENT_UNIT, infer_location
from features.records import Job, shown_location

HENAN = "河南省2026年度统一考试录用公务员职位表（省辖市以下）"
HENAN_ORGANS = "河南省2026年度统一考试录用公务员职位表（省直机关）"


def _place(employer, parent_unit=None, announcement=HENAN):
    inferred = infer_location(employer, parent_unit, announcement)
    return inferred and inferred.place


@pytest.mark.parametrize(("employer", "expected"), [
    ("开封市医疗保障局兰考分局", "河南省开封市兰考县"),
    ("洛阳市公安局孟津分局", "河南省洛阳市孟津区"),
    ("安阳市市场监管综合行政执法支队殷都大队", "河南省安阳市殷都区"),
    ("南阳市市场监督管理局卧龙分局龙王沟风景区市场监督管理所", "河南省南阳市卧龙区"),
    # 新华区 is also 石家庄's: under 平顶山 it is 平顶山's.
    ("平顶山市生态环境局新华分局", "河南省平顶山市新华区"),
    ("洛阳市自然资源和规划局瀍河分局", "河南省洛阳市瀍河回族区"),
])
def test_a_branch_named_after_a_county_of_its_prefecture_lies_in_that_county(employer, expected):
    assert _place(employer) == expected


def test_a_county_short_name_counts_only_as_a_branch_or_zone_beside_its_province():
    assert _place("河南省内黄监狱") == "河南省安阳市内黄县"
    assert _place("新安经济技术开发区管理委员会") == "河南省洛阳市新安县"
    assert _place("河南管城经济技术开发区管理委员会") == "河南省郑州市管城回族区"
    # Nothing says which 新安 without the province; a town's 新安镇 is not 新安县.
    assert _place("新安经济技术开发区管理委员会", announcement=None) is None
    assert _place("新安镇人民政府") == "河南省"
    # A short name that is also a prefecture's (安阳县, 濮阳县) names the prefecture.
    assert _place("河南省地方经济社会调查队濮阳分队") == "河南省濮阳市"
    # 新华区 of another prefecture, under 洛阳: not 平顶山's.
    assert _place("洛阳市市场监督管理局新华分局") == "河南省洛阳市"


def test_a_branch_named_after_a_county_of_another_prefecture_stays_at_what_holds_both():
    # Never a guess between 郑州 and 兰考: the province holds both.
    assert _place("郑州市生态环境局兰考分局") == "河南省"
    assert _place("开封市医疗保障局兰考分局") == "河南省开封市兰考县"


def test_an_office_kept_in_another_city_works_where_it_is_stationed():
    assert _place("信阳市人民政府驻郑州办事处（参公）") == "河南省郑州市"
    # 信阳 tells which 郑州 is meant when no announcement does.
    assert _place("信阳市人民政府驻郑州办事处", announcement=None) == "河南省郑州市"
    assert _place("驻郑州办事处", "信阳市人民政府", None) == "河南省郑州市"
    assert infer_location("驻郑州办事处", "信阳市人民政府").source == FROM_EMPLOYER
    # In another province: the announcement's 河南 is the body that keeps the office, not the place.
    assert _place("河南省人民政府驻北京办事处", announcement=HENAN_ORGANS) == "北京市"
    assert _place("新疆维吾尔自治区人民政府驻北京办事处", announcement=None) == "北京市"
    # 驻马店 is a city, 派驻机构 names no place.
    assert _place("驻马店市驿城区人民法院", announcement=None) == "河南省驻马店市驿城区"
    assert _place("中共安阳市纪律检查委员会安阳市监察委员会派驻机构") == "河南省安阳市"


def test_a_county_name_no_other_division_has_says_its_place_alone():
    assert _place("兰考县人民法院", announcement=None) == "河南省开封市兰考县"
    assert _place("中共舞阳县委组织部", announcement=None) == "河南省漯河市舞阳县"
    assert _place("新源县人民政府", announcement=None) == "新疆维吾尔自治区伊犁哈萨克自治州新源县"
    assert infer_location(None, "淇县人民政府", None).source == FROM_PARENT_UNIT
    # A two-character one only at the head of a name: 范县 is inside 示范县; 阳新县 is 湖北's, read as
    # itself (features.data.places.DIVISIONS_HOLDING_LISTED_NAMES), never as the 新县 inside it.
    assert _place("叶县人民法院", announcement=None) == "河南省平顶山市叶县"
    assert _place("中共新县纪律检查委员会", announcement=None) == "河南省信阳市新县"
    assert _place("阳新县人民法院", announcement=None) == "湖北省黄石市阳新县"
    assert _place("国家级示范县创建工作办公室", announcement=None) is None


def test_county_names_other_divisions_share_or_words_hold_still_need_their_place_named():
    assert _place("兰考县人民法院", announcement=None) == "河南省开封市兰考县"
    for employer in ("鼓楼区人民政府", "新华区人民法院", "老城区街道办事处", "新市区管理委员会", "解放区纪念馆",
                     "城关镇人民政府"):
        assert _place(employer, announcement=None) is None, employer
    # 「中原区域」 is a region, not 郑州's 中原区.
    assert _place("郑州市中原区域协同发展中心", announcement=None) == "河南省郑州市"
    # A county of 河南 beside a province that is not: names of two provinces say nothing.
    assert _place("兰考县人民法院", announcement="江苏省2026年度考试录用公务员职位表") is None


def test_a_post_shows_the_county_read_from_a_branch_name():
    job = Job(id="1", title="一级科员", employer="开封市医疗保障局兰考分局", announcement=HENAN)
    assert job.location is None  # the rules still read no place
    assert shown_location(job) == "开封市兰考县（据单位名称）"
    assert job.ranking_location == "河南省开封市兰考县"
