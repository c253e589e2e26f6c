"""Review of the 2026-12-06 (session 3) follow-up forms: the majors-cell parser reads a second level said bare
(「，或研究生X专业」「；研究生阶段X」「，或统招本科X」「本科生：」), so those posts no longer quote a misread list in the
new 「只列出本科专业」 review; and the 绍兴 hukou reason names the city proper as the table does."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from features.major_requirements import parse_major_requirement
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2023, 3, 1),
                       major_tables=load_major_code_tables())


def _levels(text: str) -> list[tuple[str | None, str]]:
    req = parse_major_requirement(text, load_major_catalog(), tables=load_major_code_tables())
    assert req.unparsed == ()
    return [(r.level.value if r.level else None, r.name) for r in req.refs]


@pytest.mark.parametrize(("cell", "expected"), [
    ("本科：公共事业管理专业，或研究生公共卫生专业，", [("本科", "公共事业管理"), ("研究生", "公共卫生")]),
    ("本科：政治学类专业，或研究生马克思主义哲学、中国语言文学专业。",
     [("本科", "政治学"), ("研究生", "马克思主义哲学"), ("研究生", "中国语言文学")]),
    ("本科：眼视光学专业，或研究生专业眼科学专业，", [("本科", "眼视光学"), ("研究生", "眼科学")]),
    ("专科：助产专业，或统招本科助产学专业，研究生：护理学，", [("专科", "助产"), ("本科", "助产学"), ("研究生", "护理学")]),
    ("本科阶段为体育教育专业；研究生阶段体育教育，运动训练学。",
     [("本科", "体育教育"), ("研究生", "体育教育"), ("研究生", "运动训练学")]),
    ("本科生：会计学（120203K）、财务管理（120204）研究生：工商管理（1202）",
     [("本科", "会计学"), ("本科", "财务管理"), ("研究生", "工商管理")]),
])
def test_a_second_level_said_bare_is_read_as_that_level(cell, expected):
    assert _levels(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("本科阶段与研究生阶段均为旅游管理、酒店管理", [(None, "旅游管理"), (None, "酒店管理")]),  # both levels: open
    ("本科或研究生阶段为数学类，课程与教学论", [(None, "数学类"), (None, "课程与教学论")]),
])
def test_levels_joined_before_one_list_stay_open(cell, expected):
    assert _levels(cell) == expected


def _major(engine, graduate: Graduate, conditions):
    job = Job(id="j1", title="综合管理", conditions=tuple(conditions))
    (r,) = [r for r in engine.check(graduate, job).results if r.kind == "major"]
    return r


_PUBLIC_HEALTH = [("学历要求", "本科及以上"), ("专业要求", "本科：公共事业管理专业，或研究生公共卫生专业，")]


def test_a_master_of_the_listed_graduate_major_is_admitted(engine):
    master = Graduate(id="g", education=EducationLevel.MASTER, major="公共卫生", graduation_year=2023)
    r = _major(engine, master, _PUBLIC_HEALTH)
    assert r.status is Status.ELIGIBLE, r.reason  # was 待核实 quoting 「本科：研究生公共卫生」


def test_a_master_of_another_major_is_refused_without_a_misread_list(engine):
    master = Graduate(id="g", education=EducationLevel.MASTER, major="企业管理", graduation_year=2023)
    r = _major(engine, master, _PUBLIC_HEALTH)
    assert r.status is not Status.ELIGIBLE and "未列出研究生专业" not in r.reason and "研究生公共卫生" not in r.reason
    # The reason quotes the master's list as read (公共卫生) against the graduate's major: not an empty or stray reason.
    assert r.reason.startswith("专业") and "岗位要求 公共卫生" in r.reason and "企业管理" in r.reason


def test_the_shaoxing_reason_names_the_city_proper_as_the_table_does(engine):
    g = Graduate(id="g", hukou="浙江省绍兴市诸暨市", graduation_year=2023)
    job = Job(id="j1", title="综合管理", location="浙江省绍兴市越城区",
              conditions=(("户籍地", "绍兴市区（越城区、柯桥区、上虞区）户籍"),))
    (r,) = [r for r in engine.check(g, job).results if r.kind == "hukou"]
    assert r.status is Status.NOT_ELIGIBLE
    assert r.reason == "户籍不符：岗位要求绍兴市区（越城区、柯桥区、上虞区）户籍，您的户籍为浙江省绍兴市诸暨市"
