"""A certificate the post lets an applicant without it promise to obtain by a date is no condition of applying: the
graduate reads a 「证书提示」 quoting the deadline, not 「证书待核实」 (2026-12-07 review: 233 gkld posts 「暂未取得的，须承诺于
…前取得」, 12 whose item 2 is the route of those without it and said both). A 中级 title asked of a fresh 博士 is to check
(many provinces recognise 中级 for a 博士 on hiring), not refused; 副高 and 本科/硕士 stay refused. Strings in gkld's style."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status

DAY = dt.date(2022, 3, 1)
TEACHER = ("考生须具备报考岗位相应的教师资格证（暂未取得的，须承诺于2022年7月31日前取得相应教师资格证；“双一流”高校非教育类研究生"
           "须承诺于入职之日起1年内取得相应教师资格证）")
CHINESE = "报考语文教师岗位的考生须具备普通话二级甲等及以上水平（暂未取得的，须承诺于2022年7月31日前取得）"
ROUTE = ("1、具有相应教师资格证书；2、未取得相应教师资格证书的，必须符合教师资格考试报名条件和教师资格认定关于思想政治素质、普通话水平、"
         "身体条件等要求。在一年内须取得与报考岗位相应的教师资格证书，未按时取得的，解除劳动合同。3、35周岁及以下")
TAIL = "，暂未取得的可先报考，须按期取得"


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def graduate(level=EducationLevel.BACHELOR, degree=Degree.BACHELOR):
    return Graduate(id="G1", education=level, degree=degree, graduation_year=2022, birth_date=dt.date(1996, 3, 3))


def check(engine, cells, title="初中语文教师3", **who):
    return engine.check(graduate(**who), Job(id="1", title=title, conditions=cells))


def test_a_commitment_option_is_a_tip_quoting_the_deadline_not_a_review(engine):
    verdict = check(engine, (("学历要求", "本科及以上"), ("资格证书", f"{TEACHER}。{CHINESE}")))
    assert verdict.status is Status.ELIGIBLE
    assert verdict.reasons() == (
        "学历符合：岗位要求本科及以上，您的学历为本科",
        "证书提示：岗位要求报考岗位相应的教师资格证，并注明「暂未取得的，须承诺于2022年7月31日前取得相应教师资格证；“双一流”高校"
        f"非教育类研究生须承诺于入职之日起1年内取得相应教师资格证」{TAIL}",
        f"证书提示：报考语文教师岗位须具有普通话二级甲等及以上水平，并注明「暂未取得的，须承诺于2022年7月31日前取得」{TAIL}")
    assert not any("待核实" in r for r in verdict.reasons())


def test_another_posts_certificate_with_a_commitment_concerns_no_one_here(engine):
    verdict = check(engine, (("资格证书", CHINESE),), title="高中物理")
    assert verdict.status is Status.ELIGIBLE and verdict.reasons() == ()


def test_a_certificate_asked_without_a_commitment_is_still_to_confirm(engine):
    verdict = check(engine, (("资格证书", "具有教师资格证"),))
    assert verdict.status is Status.NEEDS_REVIEW
    assert verdict.reasons() == ("证书待核实：岗位要求教师资格证，请核实是否已取得",)


def test_an_item_that_is_the_route_of_those_without_it_says_one_thing(engine):
    verdict = check(engine, (("备注", ROUTE),), title="语文教师")
    reasons = verdict.reasons()
    assert not any(r.startswith("证书待核实") for r in reasons)
    assert [r for r in reasons if r.startswith("证书提示")] == [
        "证书提示：岗位要求相应教师资格证书，并注明「未取得相应教师资格证书的，必须符合教师资格考试报名条件和教师资格认定关于思想政治素质、"
        f"普通话水平、身体条件等要求」「在一年内须取得与报考岗位相应的教师资格证书，未按时取得的，解除劳动合同」{TAIL}"]


def test_a_middle_title_is_to_check_for_a_fresh_doctor_refused_for_others(engine):
    cells = (("职称", "中级及以上"),)
    doctor = check(engine, cells, title="研究员", level=EducationLevel.DOCTOR, degree=Degree.DOCTOR)
    assert doctor.status is Status.NEEDS_REVIEW
    assert doctor.reasons() == ("职称待核实：岗位要求具有中级及以上职称，博士毕业生可按当地规定认定中级职称，请核实",)
    for level, degree in ((EducationLevel.BACHELOR, Degree.BACHELOR), (EducationLevel.MASTER, Degree.MASTER)):
        other = check(engine, cells, title="研究员", level=level, degree=degree)
        assert other.status is Status.NOT_ELIGIBLE
        assert other.reasons() == ("职称不符：岗位要求具有中级及以上职称，您为2022年应届毕业生，尚无该职称",)


@pytest.mark.parametrize("title", ["副高级及以上", "主治医师及以上"])
def test_a_title_above_middle_stays_refused_for_a_doctor(engine, title):
    verdict = check(engine, (("职称", title),), title="研究员", level=EducationLevel.DOCTOR, degree=Degree.DOCTOR)
    assert verdict.status is Status.NOT_ELIGIBLE
    assert verdict.reasons()[0].startswith(f"职称不符：岗位要求具有{title}")
