"""A work place a post states in words (「工作地点：三门峡市」 in 备注, ``features.place_statements``)
decides its place above the employer's name, below a location column. Before, Henan 2026's 30024021
(「河南省工业和信息化厅洛阳无线电中心」, 备注 「工作地点：三门峡市」) showed 洛阳市（据单位名称） and met a
洛阳 wish; the 平顶山 / 焦作 / 三门峡 / 驻马店 社会保险中心 posts stating their county showed only the city.
Snippets are the real 备注 texts."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from features.records import Job, shown_location
from matching.job_checks import check_jobs
from matching.job_findings import Check
from service.storage.convert import inferred_place_column
from tests.test_inferred_location import HENAN, _meets

LUOYANG_RADIO = "河南省工业和信息化厅洛阳无线电中心（参公）"
#: 17240013's 备注, as written (its first condition shortened).
YUANYANG_REMARK = ("1.符合人民警察政治考察标准，曾连续六个月以上在国（境）外留学、工作、生活，国（境）外期间经历和政治表现难以"
                   "进行考察的，不得报考;2.工作地点：新乡市平原城乡一体化示范区")


def _post(employer: str, remark: str | None, *, location: str | None = None, description: str = "") -> Job:
    conditions = (("备注", remark),) if remark else ()
    return Job(id="P", title="一级科员", employer=employer, location=location, announcement=HENAN,
               conditions=conditions, description=description)


@functools.cache
def _catalog():
    from service.resources import load_major_catalog

    return load_major_catalog()


def _placed(job: Job) -> tuple[str, str] | None:
    inferred = job.inferred_location
    return inferred and (inferred.place, inferred.source)


@pytest.mark.parametrize(("employer", "remark", "expected"), [
    (LUOYANG_RADIO, "工作地点：三门峡市", ("河南省三门峡市", "备注")),  # was 河南省洛阳市 据单位名称
    ("平顶山市社会保险中心（参公）", "工作地点：宝丰县", ("河南省平顶山市宝丰县", "备注")),  # was 平顶山市
    ("平顶山市社会保险中心（参公）", "工作地点：平顶山市石龙区", ("河南省平顶山市石龙区", "备注")),
    ("焦作市社会保险中心（参公）", "工作地点：孟州市", ("河南省焦作市孟州市", "备注")),
    ("三门峡市社会保险中心（参公）", "工作地点：义马市", ("河南省三门峡市义马市", "备注")),
    # The zone is no county: its city, not the 原阳县 the employer's name says.
    ("原阳县公安局", YUANYANG_REMARK, ("河南省新乡市", "备注")),
    # Several places of one province: the province, as the remark says it.
    ("河南省生态环境厅生态环境保护督察办公室",
     "工作地点为郑州市、洛阳市、平顶山市、鹤壁市、驻马店市、航空港区，录用后根据工作需要统筹安排", ("河南省", "备注")),
    # No one place: 各省辖市 is not 济源; the employer's name places the post.
    ("河南省药品监督管理局派出机构", "工作地点为各省辖市和济源示范区，录用后根据工作需要进行统一调配、轮换",
     ("河南省", "单位名称")),
    # No listed place named: the employer's name.
    ("巩义市司法局", "工作地点：乡镇司法所", ("河南省郑州市巩义市", "单位名称")),
    # Work done somewhere is no place of the post.
    ("平顶山市社会保险中心（参公）", "上级纪检监察机关重点监督对象或在本级纪检监察机关工作的不得报考",
     ("河南省平顶山市", "单位名称")),
])
def test_a_remark_stating_the_work_place_places_the_post(employer, remark, expected):
    assert _placed(_post(employer, remark)) == expected


def test_other_statements_and_columns():
    from features.place_statements import stated_work_place

    # 「在…工作」 ending the clause, in the description; 「岗位位于」 in another condition column.
    assert _placed(_post("某公司", None, description="岗位职责：销售。须在孝感市工作。")) == ("湖北省孝感市", "岗位描述")
    located = Job(id="P", title="会计", employer="某公司", conditions=(("其他要求", "岗位位于武汉市洪山区"),))
    assert _placed(located) == ("湖北省武汉市洪山区", "其他要求")
    # Experience somewhere is not where the post is (gkld 备注).
    assert stated_work_place((("备注", "在仓山区有一年以上社会救助工作经验的，年龄可以放宽"),)) is None
    # Two statements of different places: neither.
    assert stated_work_place((("备注", "工作地点：三门峡市"), ("其他要求", "工作地点：洛阳市"))) is None


def test_what_a_graduate_and_an_organiser_read():
    post = _post(LUOYANG_RADIO, "工作地点：三门峡市")
    assert shown_location(post) == "三门峡市（据备注）"
    assert _meets("三门峡", post) and not _meets("洛阳", post)  # 意向地点一致 only for 三门峡
    assert post.location is None  # the rules read what the table stated
    assert inferred_place_column(post) == "河南省三门峡市"  # what the place filter searches
    baofeng = _post("平顶山市社会保险中心（参公）", "工作地点：宝丰县")
    assert _meets("宝丰县", baofeng) and _meets("平顶山", baofeng) and not _meets("舞钢", baofeng)


def test_a_location_column_stays_above_a_remark_and_a_check_says_they_differ():
    # gkld 5710219: 「上海分中心」 stating 北京北京市, 备注 「工作地点：上海市」.
    post = Job(id="5710219", title="业务岗", employer="上海分中心", location="北京北京市", headcount=1,
               conditions=(("备注", "工作地点：上海市。"),))
    assert post.inferred_location is None and shown_location(post) == "北京北京市"
    assert _meets("北京", post) and not _meets("上海", post)
    found = [f for f in check_jobs([post], catalog=_catalog()).findings
             if f.check is Check.LOCATION_REMARK_DIFFERS]
    assert [f.message for f in found] == [
        "工作地点「北京北京市」与备注所写的工作地点「上海市」不一致：毕业生的意向地点和按地点筛选都按工作地点栏；请核实后改正其中之一"]
    same = Job(id="9104429", title="技术员", employer="某站", location="广东省湛江市", conditions=(("备注", "工作地点在广东省湛江市。"),))
    assert not [f for f in check_jobs([same], catalog=_catalog()).findings if f.check is Check.LOCATION_REMARK_DIFFERS]


def test_the_missing_location_check_says_the_remark_states_it():
    post = _post("平顶山市社会保险中心（参公）", "工作地点：宝丰县")
    (finding,) = [f for f in check_jobs([post], catalog=_catalog()).findings if f.check is Check.LOCATION_MISSING]
    assert finding.message == "未在工作地点栏注明工作地点，备注写明为平顶山市宝丰县：请写入工作地点栏，写明到县（市、区）"


def test_the_ranker_says_where_the_place_was_read():
    from matching.ranker import Ranker
    from service.engine import load_rules_engine
    from service.resources import load_segmenter
    from tests.factories import graduate

    catalog = _catalog()
    jobs = [Job(id="J0", title="一级科员", employer=LUOYANG_RADIO, majors_text="法学", announcement=HENAN,
                conditions=(("备注", "工作地点：三门峡市"),)),
            Job(id="J1", title="一级科员", employer="洛阳市西工区人民法院", majors_text="法学", announcement=HENAN)]
    ranker = Ranker(catalog=catalog, segmenter=load_segmenter(), checker=load_rules_engine(dt.date(2026, 1, 10))).fit(jobs)
    wishes = {"洛阳": None, "三门峡": None}
    for wish in wishes:
        (result,) = ranker.rank([graduate("g", "法学", catalog=catalog, intention=f"想去{wish}工作", locations=(wish,))],
                                k=2, rejected_k=0)
        wishes[wish] = {s.job_id: [r for r in s.reasons if r.startswith("意向地点一致")] for s in result.suggestions}
    assert wishes["洛阳"]["J0"] == [] and wishes["洛阳"]["J1"] == ["意向地点一致：洛阳市西工区（据单位名称）"]
    assert wishes["三门峡"]["J0"] == ["意向地点一致：三门峡市（据备注）"]


def test_the_api_the_filter_and_the_job_page_read_the_remark(tmp_path):
    from tests.test_api_fixtures import running_api
    from tests.test_api_pages import login

    posts = [Job(id="R-SMX", title="一级科员", employer=LUOYANG_RADIO, announcement=HENAN, headcount=1,
                 conditions=(("备注", "工作地点：三门峡市"),)),
             Job(id="R-LY", title="一级科员", employer=LUOYANG_RADIO, announcement=HENAN, headcount=1)]
    with running_api(tmp_path, jobs=posts) as api:
        body = api.get("/api/jobs/R-SMX", "organiser").json()
        assert (body["location"], body["location_inferred"], body["location_inferred_from"]) == (
            None, "河南省三门峡市", "备注")
        for place, expected in [("三门峡", {"R-SMX"}), ("洛阳", {"R-LY"})]:
            found = api.get("/api/jobs", "organiser", params={"location": place, "limit": 100}).json()["items"]
            assert {item["id"] for item in found} == expected
        login(api, "g1")
        page = api.client.get("/job/R-SMX").text
        assert '<dt>工作地点</dt><dd id="location">河南省三门峡市（据备注，以招聘公告为准）</dd>' in page
