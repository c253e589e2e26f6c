"""A post with no location is placed where its names say (``features.place_inference``): for
wishes, ranking and lists, marked as inferred, never for the eligibility rules."""

from __future__ import annotations

import datetime as dt

import pytest

from features.intentions import extract_places
from features.place_inference import FROM_ANNOUNCEMENT, FROM_EMPLOYER, FROM_PARENT_UNIT, infer_location
from features.records import Job, shown_location
from matching.scoring import incidence, job_place_keys, overlap, place_keys

HENAN = "河南省2026年度统一考试录用公务员职位表（省辖市以下）"


def _place(employer, parent_unit=None, announcement=HENAN):
    inferred = infer_location(employer, parent_unit, announcement)
    return inferred and (inferred.place, inferred.source)


@pytest.mark.parametrize(("employer", "parent_unit", "announcement", "expected"), [
    ("洛阳市西工区市场监督管理局", None, HENAN, ("河南省洛阳市西工区", FROM_EMPLOYER)),
    ("兰考县人民法院", None, HENAN, ("河南省开封市兰考县", FROM_EMPLOYER)),  # the county's prefecture added
    ("中共舞阳县委组织部", None, HENAN, ("河南省漯河市舞阳县", FROM_EMPLOYER)),
    ("郑州市中级人民法院", None, None, ("河南省郑州市", FROM_EMPLOYER)),  # a prefecture's full name says it alone
    # A provincial organ gets the province, not the capital: the table does not say where it sits.
    ("河南省教育厅", None, HENAN, ("河南省", FROM_EMPLOYER)),
    ("河南省洛阳监狱", None, HENAN, ("河南省洛阳市", FROM_EMPLOYER)),
    # An office kept in another place works where it is stationed (tests/test_inferred_location_misses.py).
    ("信阳市人民政府驻郑州办事处", None, HENAN, ("河南省郑州市", FROM_EMPLOYER)),
    # A street or a town named after a place is inside the place named before it.
    ("洛阳市涧西区司法局湖北路司法所", None, HENAN, ("河南省洛阳市涧西区", FROM_EMPLOYER)),
    ("焦作市马村区安阳城街道办事处", None, HENAN, ("河南省焦作市马村区", FROM_EMPLOYER)),
    ("综合执法大队", "淇县人民政府", HENAN, ("河南省鹤壁市淇县", FROM_PARENT_UNIT)),
    ("省人民检察院", None, HENAN, ("河南省", FROM_ANNOUNCEMENT)),
    # not 开封's 鼓楼区; Jiangsu's prefectures are listed, its counties not
    ("南京市鼓楼区教育局", "江苏省", None, ("江苏省南京市鼓楼区", FROM_EMPLOYER)),
])
def test_the_place_a_post_names(employer, parent_unit, announcement, expected):
    assert _place(employer, parent_unit, announcement) == expected


@pytest.mark.parametrize(("employer", "parent_unit", "announcement"), [
    ("鼓楼区人民政府", None, None),  # 南京 徐州 福州 开封 all have one
    ("哈密瓜种植合作社", None, None),  # a prefecture's bare name needs its province
    ("乌鲁木齐市财政局", None, HENAN),  # names of two provinces
])
def test_names_that_say_no_place_below_what_is_certain(employer, parent_unit, announcement):
    inferred = infer_location(employer, parent_unit, announcement)
    assert inferred is None or inferred.province_only and inferred.province == "江苏省"


def test_a_shared_district_name_counts_under_its_prefecture():
    assert _place("开封市鼓楼区人民政府", None, None) == ("河南省开封市鼓楼区", FROM_EMPLOYER)


def test_a_stated_location_is_never_overridden_and_an_inferred_one_is_shown_marked():
    stated = Job(id="1", title="一级科员", employer="洛阳市西工区人民法院", location="河南省郑州市", announcement=HENAN)
    assert stated.inferred_location is None and shown_location(stated) == "河南省郑州市"
    inferred = Job(id="2", title="一级科员", employer="洛阳市西工区人民法院", announcement=HENAN)
    assert inferred.location is None  # what the eligibility rules read
    assert shown_location(inferred) == "洛阳市西工区（据单位名称）"
    assert inferred.ranking_location == "河南省洛阳市西工区"
    organ = Job(id="3", title="一级主任科员", employer="省人民检察院", announcement=HENAN)
    assert shown_location(organ) == "河南省（据招聘公告）"
    assert shown_location(Job(id="4", title="会计", employer="某公司")) is None


def _meets(wish: str, job: Job) -> bool:
    keys = job_place_keys(job)
    vocabulary = {k: i for i, k in enumerate(sorted(keys))}
    return bool(overlap(incidence([place_keys(wish)], vocabulary), incidence([keys], vocabulary))[0, 0])


def test_a_henan_wish_meets_the_posts_of_its_place():
    assert extract_places("想回洛阳工作") == ("洛阳",)
    assert extract_places("希望在郑州或开封，兰考县也行") == ("郑州", "开封", "兰考县")
    xigong = Job(id="1", title="一级科员", employer="洛阳市西工区人民法院", announcement=HENAN)
    lankao = Job(id="2", title="一级科员", employer="兰考县人民法院", announcement=HENAN)
    organ = Job(id="3", title="一级科员", employer="河南省教育厅", announcement=HENAN)
    assert _meets("洛阳", xigong) and _meets("河南", xigong) and not _meets("郑州", xigong)
    assert _meets("开封", lankao) and not _meets("洛阳", lankao)
    # Placed in the province only: it meets a wish for the province, not one for each of its cities.
    assert _meets("河南", organ) and not _meets("洛阳", organ)
    # A stated 南京市鼓楼区 is not 开封's 鼓楼区.
    assert not _meets("开封", Job(id="4", title="会计", location="江苏省南京市鼓楼区"))


@pytest.fixture(scope="module")
def catalog():
    from service.resources import load_major_catalog

    return load_major_catalog()


def test_the_ranker_puts_the_wished_city_first_and_says_where_the_place_was_read(catalog):
    from matching.ranker import Ranker
    from service.engine import load_rules_engine
    from service.resources import load_segmenter
    from tests.factories import graduate

    jobs = [Job(id=f"J{i}", title="一级科员", employer=employer, majors_text="法学", announcement=HENAN)
            for i, employer in enumerate(["南阳市宛城区人民法院", "洛阳市西工区人民法院", "商丘市睢阳区人民法院"])]
    ranker = Ranker(catalog=catalog, segmenter=load_segmenter(), checker=load_rules_engine(dt.date(2026, 1, 10))).fit(jobs)
    (result,) = ranker.rank([graduate("g", "法学", catalog=catalog, intention="想回洛阳工作",
                                            locations=("洛阳",))], k=3, rejected_k=0)
    first = result.suggestions[0]
    assert first.job_id == "J1"
    assert "意向地点一致：洛阳市西工区（据单位名称）" in first.reasons


def test_an_inferred_place_tells_which_hukou_place_the_post_means_and_refuses_by_the_posts_words(catalog):
    from matching.rules.engine import RulesEngine
    from matching.verdict import Status
    from tests.factories import graduate, job

    engine = RulesEngine(catalog=catalog, reference_date=dt.date(2026, 1, 10))
    outsider = graduate("g", "法学", hukou="江苏省南京市")
    cells = (("其他要求", "限西工区户籍"),)
    stated = job("s", "一级科员", employer="洛阳市西工区人民法院", location="河南省洛阳市西工区", conditions=cells)
    inferred = job("i", "一级科员", employer="洛阳市西工区人民法院", conditions=cells)
    assert inferred.inferred_location is not None
    assert engine.check(outsider, stated).status is Status.NOT_ELIGIBLE  # the stated place locates 西工区
    verdict = engine.check(outsider, inferred)  # so does the inferred one (and the place list: one 西工区 in China)
    assert verdict.status is Status.NOT_ELIGIBLE
    assert "岗位要求西工区户籍（位于河南省洛阳市）" in verdict.results[0].reason
    # A place neither the inferred place nor the place list locates stays unknown: refused by nobody.
    elsewhere = job("e", "一级科员", employer="洛阳市西工区人民法院", conditions=(("其他要求", "限通州区户籍"),))
    assert engine.check(graduate("n", "法学", hukou="江苏省南通市通州区"), elsewhere).status is Status.NEEDS_REVIEW


def test_the_job_check_still_asks_for_the_location_and_says_the_place_read(catalog):
    from matching.job_checks import Check, check_jobs

    job = Job(id="1", title="一级科员", employer="洛阳市西工区人民法院", announcement=HENAN, category="法院")
    other = Job(id="2", title="会计", employer="乌鲁木齐市财政局", location="乌鲁木齐市", category="财务")
    (missing,) = [f for f in check_jobs([job, other], catalog=catalog).for_job("1") if f.check is Check.LOCATION_MISSING]
    assert missing.message == "未注明工作地点，据单位名称推断为洛阳市西工区：请核实后写明到县（市、区）"
