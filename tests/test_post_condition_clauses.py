"""How a post's conditions (备注, 职称, 学位) become reasons (2026-12-07 graduate review): a connective
standing between numbered routes is no condition (「条件待人工核实：或」), a consequence (否则予以辞退) stays with
the obligation it follows, the 职称 column a post states is read and decided, and a met degree says why it
is met. Strings written in the gkld / Henan tables' style."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.parser import parse_cell
from matching.verdict import Status
from service.importers import read_jobs

DAY = dt.date(2022, 6, 1)  # within the 2022 season of these posts

ROUTES = ("1.具有研究生学历、硕士及以上学位的，可不要求职称；或2.具有大学本科及以上学历、相应系列高级及以上职称，"
          "学位无要求，年龄可放宽到45周岁。")
TEACHER = (("学历要求", "本科及以上"), ("学位要求", "学士及以上"), ("年龄要求", "18-40周岁"),
           ("备注", ROUTES), ("职称", "中级及以上"))
LICENCE = "具备执业护士资格者优先，无执业资格的需在两年内考取，否则予以辞退。"
BARE = {"或", "或者", "和", "且", "并", "否则予以辞退", "否则解除聘用合同"}


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def check(engine, cells, level=EducationLevel.BACHELOR, degree=Degree.BACHELOR, year=2022):
    graduate = Graduate(id="G10", education=level, degree=degree, graduation_year=year, birth_date=dt.date(2000, 3, 3))
    return engine.check(graduate, Job(id="9104924", title="初中政治教师", conditions=cells))


def test_connective_between_numbered_routes_is_no_condition():
    texts = [c.text for c in parse_cell("备注", ROUTES)]
    assert "或" not in texts
    assert not any(c.kind.value == "needs_review" for c in parse_cell("备注", ROUTES))


def test_each_route_of_the_remark_is_read():
    conds = parse_cell("备注", ROUTES)
    assert any(c.text == "具有研究生学历、硕士及以上学位的，可不要求职称" for c in conds)
    second = [c for c in conds if c.text.startswith("具有大学本科及以上学历")]
    assert second and all(c.kind.value == "note" for c in second)


def test_title_column_is_a_title_no_fresh_graduate_holds():
    [cond] = parse_cell("other:职称", "中级及以上")
    assert cond.kind.value == "certificate" and cond.payload.name == "中级及以上职称" and cond.payload.senior
    [cond] = parse_cell("职称", "副主任医师")
    assert cond.payload.senior
    [cond] = parse_cell("职称", "医师及以上")
    assert not cond.payload.senior  # a licence a graduate may hold after a year: confirmed, not refused


def test_fresh_bachelor_is_refused_on_a_title_post_naming_the_waiver(engine):
    verdict = check(engine, TEACHER)
    assert verdict.status is Status.NOT_ELIGIBLE
    refusal = [r for r in verdict.reasons(Status.NOT_ELIGIBLE) if r.startswith("职称不符")]
    assert refusal == ["职称不符：岗位要求具有中级及以上职称，您为2022年应届毕业生，尚无该职称"
                       "（岗位注明「具有研究生学历、硕士及以上学位的，可不要求职称」，您的学历为本科，不适用）"]
    assert not any(r.endswith("：或") for r in verdict.reasons())


def test_master_is_spared_the_title_by_the_waiver(engine):
    verdict = check(engine, TEACHER, level=EducationLevel.MASTER, degree=Degree.MASTER)
    assert verdict.status is not Status.NOT_ELIGIBLE
    assert any(r.startswith("职称要求不适用：岗位要求中级及以上职称，并注明「具有研究生学历、硕士及以上学位的，可不要求职称」")
               for r in verdict.reasons(Status.ELIGIBLE))


def test_consequence_stays_with_its_obligation_as_a_notice(engine):
    conds = parse_cell("备注", LICENCE)
    assert [c.text for c in conds if c.kind.value == "needs_review"] == []
    assert "无执业资格的需在两年内考取，否则予以辞退" in [c.text for c in conds]
    verdict = check(engine, (("备注", LICENCE),), level=EducationLevel.JUNIOR_COLLEGE, degree=Degree.NONE)
    assert verdict.status is Status.ELIGIBLE
    assert "证书提示：岗位注明「无执业资格的需在两年内考取，否则予以辞退」，报名时不要求，聘用后须按期取得" in verdict.reasons()


def test_consequence_after_a_read_condition_is_quoted_with_it():
    text = "但须在规定时间内取得相应教师资格证，否则解除聘用合同。"
    [cond] = parse_cell("备注", text)
    assert cond.kind.value == "note" and cond.text == "但须在规定时间内取得相应教师资格证，否则解除聘用合同"


def test_no_reason_is_a_bare_connective_or_consequence(engine):
    for cells in (TEACHER, (("备注", LICENCE),)):
        for reason in check(engine, cells).reasons():
            assert reason.split("：", 1)[-1] not in BARE


def test_met_degree_of_a_junior_college_graduate_says_why(engine):
    cells = (("学历", "大专及以上"), ("学位", "与学历相对应的学位"))
    verdict = check(engine, cells, level=EducationLevel.JUNIOR_COLLEGE, degree=Degree.NONE, year=2026)
    [reason] = [r for r in verdict.reasons() if r.startswith("学位")]
    assert reason == "学位符合：岗位要求与学历相对应的学位，大专学历不授予学位，对您无学位要求"
    assert "没有学位" not in reason


def test_gkld_reader_keeps_the_title_column(tmp_path):
    row = {"jobId": 9104924, "position": "初中政治教师", "workCompany": "某民族中学", "education": "本科及以上",
           "cond:学历要求": "本科及以上", "cond:备注": ROUTES, "other:职称": "中级及以上"}
    path = tmp_path / "gkld.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    result = read_jobs(path)
    assert "other:职称" not in result.ignored_columns
    assert ("职称", "中级及以上") in result.records[0].conditions
