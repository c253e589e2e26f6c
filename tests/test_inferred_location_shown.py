"""The place a post's names say (``Job.inferred_location``) where its table states none is shown
wherever a post's place is: the API's job records and suggestions (``location_inferred``,
additive; ``location`` stays the stated place), the job page, the graduate's and the officer's
suggestion lists, the organiser's list, the fairs' places and their split by place, and the
list-wide 缺工作地点 finding (which says how many places were inferred). Before, those read only
the stated ``location``: the page said 未注明 where `jobmatch recommend` said 「乌鲁木齐市（据单位名称）」."""

from __future__ import annotations

import pytest

from features.records import Job
from matching.fairs import FairBy, FairLimits, plan_fairs
from matching.job_checks import Check, check_jobs
from matching.ranker import Ranker
from tests.factories import graduate
from tests.test_api_fixtures import JOBS_WITH_INFERRED_PLACE, running_api
from tests.test_api_pages import login

HENAN = "河南省2026年度统一考试录用公务员职位表（省辖市以下）"
PLACE = "新疆维吾尔自治区乌鲁木齐市"


@pytest.fixture
def api(tmp_path):
    with running_api(tmp_path, jobs=JOBS_WITH_INFERRED_PLACE) as api:
        yield api


def test_the_job_record_gives_the_inferred_place_apart_from_the_stated_one(api):
    body = api.get("/api/jobs/J-SOFT", "organiser").json()
    assert (body["location"], body["location_inferred"], body["location_inferred_from"]) == (None, PLACE, "单位名称")
    stated = api.get("/api/jobs/J-ACC", "organiser").json()
    assert (stated["location"], stated["location_inferred"], stated["location_inferred_from"]) == ("伊宁市", None, None)
    listed = {j["id"]: j for j in api.get("/api/jobs?limit=100", "organiser").json()["items"]}
    assert listed["J-SOFT"]["location_inferred"] == PLACE


def test_a_suggestion_carries_the_inferred_place(api):
    body = api.get("/api/graduates/G1/recommendations", "g1").json()
    job = next(x["job"] for x in body["suggestions"] if x["job_id"] == "J-SOFT")
    assert (job["location"], job["location_inferred"], job["location_inferred_from"]) == (None, PLACE, "单位名称")
    schemas = api.client.get("/openapi.json").json()["components"]["schemas"]
    assert "以招聘公告为准" in schemas["JobPublic"]["properties"]["location_inferred"]["description"]


def test_the_job_page_shows_the_place_as_inferred(api):
    login(api, "g1")
    page = api.client.get("/job/J-SOFT").text
    assert f'<dt>工作地点</dt><dd id="location">{PLACE}（据单位名称推断，以招聘公告为准）</dd>' in page
    assert '<dd id="location">伊宁市</dd>' in api.client.get("/job/J-ACC").text


def test_the_graduate_page_lists_the_place_as_inferred(api):
    login(api, "g1")
    table = api.client.get("/graduate/G1").text.split('id="suggestions"')[1].split("</table>")[0]
    assert f'<td data-label="地点" class="words">新疆维吾尔自治区<wbr>乌鲁木齐市<wbr>（据单位名称推断）</td>' in table


def test_the_officers_support_list_names_the_place_as_inferred(api):
    login(api, "officer")
    page = api.client.get("/officer").text
    assert f"（{PLACE}（据单位名称推断），7000-10000元/月，编号 J-SOFT）" in page


def test_the_organisers_list_shows_the_place_as_inferred(api):
    login(api, "organiser")
    assert '<td data-label="地点">乌鲁木齐市（据单位名称）</td>' in api.client.get("/organiser").text


def _legal_post(id_: str, employer: str) -> Job:
    return Job(id=id_, title="一级科员", employer=employer, majors_text="法学", announcement=HENAN, headcount=1)


def test_a_split_fair_keeps_one_citys_employers_together_and_shows_their_places(catalog, segmenter):
    """Four employers, two a fair: by name alone 「中共…」 came first, one 洛阳 and one 郑州 in each part."""
    jobs = [_legal_post("L1", "中共洛阳市西工区委组织部"), _legal_post("Z1", "中共郑州市金水区委组织部"),
            _legal_post("L2", "洛阳市西工区人民法院"), _legal_post("Z2", "郑州市金水区人民法院")]
    people = [graduate(f"G{i}", "法学", catalog=catalog) for i in range(4)]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    plan = plan_fairs(ranker, people, ranker.rank(people, k=len(jobs), rejected_k=0), by=FairBy.MAJOR,
                      limits=FairLimits(min_positions=1, min_graduates=1, max_employers=2))
    assert [sorted(p.job_id for p in fair.positions) for fair in plan.fairs] == [["L1", "L2"], ["Z1", "Z2"]]
    assert [fair.places for fair in plan.fairs] == [("洛阳市西工区（据单位名称）",), ("郑州市金水区（据单位名称）",)]
    assert all(job.location is None for job in jobs)  # nothing was written into the posts


def test_the_list_wide_missing_location_says_how_many_places_were_inferred(catalog):
    jobs = [Job(id="1", title="一级科员", employer="洛阳市西工区人民法院", announcement=HENAN, category="法院"),
            Job(id="2", title="一级科员", employer="综合执法大队", parent_unit="淇县人民政府", announcement=HENAN,
                category="执法"),
            Job(id="3", title="会计", employer="某公司", category="财务")]
    (finding,) = [f for f in check_jobs(jobs, catalog=catalog).findings if f.check is Check.LOCATION_MISSING]
    assert finding.job_id is None and finding.jobs == 3
    assert finding.message == (
        "3 / 3 个岗位未注明工作地点：全部岗位如此，按整表报告一次；已据单位名称等推断了 2 个岗位的地点"
        "（据单位名称 1 个、据上级单位 1 个；仅用于排序和显示，不用于资格审查），请核实后补充工作地点列")


def test_a_list_wide_missing_location_nobody_could_place_keeps_its_fix(catalog):
    jobs = [Job(id=str(i), title="会计", employer="某公司", category="财务") for i in range(3)]
    (finding,) = [f for f in check_jobs(jobs, catalog=catalog).findings if f.check is Check.LOCATION_MISSING]
    assert finding.message.endswith("请逐行填写（表中没有该列的，先补上该列）")
