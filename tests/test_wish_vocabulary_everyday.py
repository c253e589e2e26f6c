"""Everyday wishes as graduates write them: the workplaces that name an industry (旅行社, 药企, 报社, 「在医院
工作」), kinds of employer (国企, 事业编, 外企, 政府部门), teaching at a school of no stage, and the phrasing of a
wish (希望从事…工作), which must not make a post alike in text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from features.intentions import extract_categories, extract_industries, rejected_categories
from features.records import EmployerType, Graduate, Preferences
from matching.pair_scores import query_text
from matching.preferences import employer_types_wanted, wished_work

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("intention", "industries"), [
    ("想到酒店或旅行社做管理培训生", {"酒店", "旅游"}),  # 旅行社 read as no industry
    ("想去旅行社当导游", {"旅游"}),
    ("希望在医院工作", {"医疗卫生"}),
    ("想去药企", {"医药"}),
    ("想去报社当记者", {"文化旅游"}),
    ("想去电视台", {"文化旅游"}),
    ("想去铁路局", {"交通运输"}),
    ("想去餐饮行业", {"酒店"}),
    ("想到幼儿园当老师", {"教育培训"}),
])
def test_everyday_workplaces_name_their_industry(intention, industries):
    assert set(extract_industries(intention)) == industries


@pytest.mark.parametrize("intention", ["在学校期间学过会计", "住在医院附近", "在医院实习过，想做会计"])
def test_a_workplace_after_zai_is_a_wish_only_before_work(intention):
    assert extract_industries(intention) == ()


@pytest.mark.parametrize(("intention", "kinds"), [
    ("去国企", {EmployerType.STATE_ENTERPRISE}),
    ("想去央企", {EmployerType.STATE_ENTERPRISE}),
    ("想去外企", {EmployerType.ENTERPRISE}),
    ("想去外国企业", {EmployerType.ENTERPRISE}),  # not the 国企 inside it
    ("想考事业编", {EmployerType.PUBLIC_INSTITUTION}),
    ("想在政府部门工作", {EmployerType.GOVERNMENT}),
])
def test_kinds_of_employer_in_everyday_words(intention, kinds):
    read = set().union(*(employer_types_wanted(c) for c in extract_categories(intention)))
    assert read == kinds
    assert wished_work(intention) == ()  # a kind of employer is no kind of work


@pytest.mark.parametrize("intention", ["愿意到南疆基层学校任教", "想去学校当老师", "希望到学校任教，教生物科学相关课程"])
def test_teaching_at_a_school_of_no_stage_is_a_teachers_wish(intention):
    assert wished_work(intention) == ("老师",)


def test_refusing_to_teach_at_a_school_refuses_teachers_posts():
    assert "老师" in rejected_categories("不想去学校当老师，想做会计")
    assert wished_work("不想去学校当老师，想做会计") == ("会计",)


def test_the_phrasing_of_a_wish_is_not_compared_with_job_texts(catalog):
    text = query_text(Graduate(id="g", intention="希望从事行政工作，意向工作地乌鲁木齐，最好留在昌吉"), catalog)
    for phrasing in ("希望", "从事", "工作", "意向", "最好", "留在"):
        assert phrasing not in text
    assert "行政" in text and "乌鲁木齐" in text and "昌吉" in text
    # 社会工作 and 社区工作者 are work, not phrasing.
    kept = query_text(Graduate(id="g", intention="想做社区工作者或社会工作服务"), catalog)
    assert "社区工作者" in kept and "社会工作服务" in kept


def test_kinds_of_employer_are_not_compared_as_text(catalog):
    """企业 of a 意向类别 column made a 哲学 graduate's query like a Java post's 「企业管理系统」; it is met by
    the employer's type instead."""
    grad = Graduate(id="g", major="哲学", intention="希望从事设计工作",
                    preferences=Preferences(categories=("企业", "机关事业单位", "文秘")))
    text = query_text(grad, catalog)
    assert "企业" not in text and "机关事业单位" not in text
    assert "文秘" in text and "设计" in text


@pytest.fixture(scope="module")
def sample_ranker():
    from service.engine import build_ranker
    from service.importers import read_jobs

    jobs = read_jobs(ROOT / "samples" / "jobs.xlsx").records
    return build_ranker(jobs, reference_date=dt.date(2026, 12, 6))


def test_a_wish_for_office_work_without_a_major_leads_with_office_posts(sample_ranker):
    """No major on record, 「希望从事行政工作」: 三支一扶 支医 posts (「在乡镇卫生院从事基本医疗」) led the sample
    on the shared 从事; now the 行政助理 posts do, and no 支医 post is in the top 5."""
    from features.intentions import extract_preferences

    intention = "希望从事行政工作"
    grad = Graduate(id="g", intention=intention, preferences=extract_preferences(intention))
    [result] = sample_ranker.rank([grad], k=5, rejected_k=0)
    title = {j.id: j.title for j in sample_ranker.jobs}
    titles = [title[s.job_id] for s in result.suggestions]
    assert len(titles) == 5 and all("行政" in t for t in titles[:3]), titles
    assert not any("支医" in t for t in titles), titles
