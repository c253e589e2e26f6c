"""Certificates a post's words take off some applicants (2026-12-07 review of 6dfe57b's leftovers). A clause sparing
应届 研究生 the certificates at application (「应届毕业研究生…暂不要求提供教师资格证书和普通话等级证书，但在聘用后一年内…必须
取得」, gkld 13540036–13540127) leaves them the post-hire tip only, not 「证书待核实」 beside it; others still confirm. A
certificate of another named post, the title clearly naming a post of that kind (高中物理教师 for 语文教师岗位), concerns no
applicant here; a title of another vocabulary (呼吸内科 for 医疗岗位) still asks 「请核实本岗位是否适用」. A title of 中级 or above
written in a 备注 (「具有中级及以上专业技术职称」) is a title, as in gkld's 职称 column; one beside another way is not. Strings
in gkld's style."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status

DAY = dt.date(2023, 3, 1)
COLUMN = ("资格证书", "取得中学相应学科教师资格证,普通话二乙及以上")
SPARED = ("说明", "应届毕业研究生可根据所学专业报考教师岗位，暂不要求提供教师资格证书和普通话等级证书，但在聘用后一年内"
                  "（2024年7月底前，下同）必须取得适用的教师资格证和普通话等级证书。")
TIP = (f"证书提示：岗位注明「{SPARED[1].rstrip('。')}」，报名时不要求，聘用后须按期取得")


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def graduate(level, degree, year=2023):
    return Graduate(id="G1", education=level, degree=degree, graduation_year=year, birth_date=dt.date(year - 25, 3, 3))


MASTER = (EducationLevel.MASTER, Degree.MASTER)
DOCTOR = (EducationLevel.DOCTOR, Degree.DOCTOR)
BACHELOR = (EducationLevel.BACHELOR, Degree.BACHELOR)


@pytest.mark.parametrize("who", [MASTER, DOCTOR])
def test_a_spared_postgraduate_reads_the_tip_only(engine, who):
    verdict = engine.check(graduate(*who), Job(id="1", title="数学", conditions=(COLUMN, SPARED)))
    assert verdict.reasons() == (TIP,)
    assert verdict.status is Status.ELIGIBLE
    spared = [r for r in verdict.results if r.kind == "certificate"]
    assert len(spared) == 2 and all(r.status is Status.ELIGIBLE and r.folded for r in spared)


def test_a_bachelor_the_clause_does_not_spare_still_confirms(engine):
    verdict = engine.check(graduate(*BACHELOR), Job(id="1", title="数学", conditions=(COLUMN, SPARED)))
    assert verdict.status is Status.NEEDS_REVIEW
    assert verdict.reasons() == ("证书待核实：岗位要求中学相应学科教师资格证、普通话二级乙等及以上，请核实是否已取得",)


def test_a_postgraduate_of_an_earlier_year_is_no_应届_and_still_confirms(engine):
    verdict = engine.check(graduate(*MASTER, year=2019), Job(id="1", title="数学", conditions=(COLUMN, SPARED)))
    assert "证书待核实：岗位要求中学相应学科教师资格证、普通话二级乙等及以上，请核实是否已取得" in verdict.reasons()


def test_a_certificate_the_clause_does_not_name_is_still_confirmed(engine):
    cells = (("资格证书", "取得中学相应学科教师资格证,机动车驾驶证"), SPARED)
    verdict = engine.check(graduate(*MASTER), Job(id="1", title="数学", conditions=cells))
    assert verdict.reasons() == ("证书待核实：岗位要求机动车驾驶证，请核实是否已取得", TIP)


CHINESE = ("资格证书", "报考语文教师岗位的考生须具备普通话二级甲等及以上水平")


def test_another_named_posts_certificate_concerns_no_one_on_a_post_of_its_kind(engine):
    verdict = engine.check(graduate(*BACHELOR), Job(id="1", title="高中物理教师", conditions=(CHINESE,)))
    assert verdict.status is Status.ELIGIBLE and verdict.reasons() == ()


@pytest.mark.parametrize("title", ["初中语文教师3", "高中语文"])
def test_the_named_post_or_a_title_that_may_be_it_still_confirms(engine, title):
    verdict = engine.check(graduate(*BACHELOR), Job(id="1", title=title, conditions=(CHINESE,)))
    assert verdict.status is Status.NEEDS_REVIEW
    assert verdict.reasons() == ("证书待核实：报考语文教师岗位须具有普通话二级甲等及以上水平，请核实本岗位是否适用及您是否已取得",)


@pytest.mark.parametrize(("title", "post"), [("英语教师", "小学英语教师"), ("中学语文教师", "初中语文教师")])
def test_a_title_naming_the_post_more_generally_still_confirms(engine, title, post):
    cells = (("资格证书", f"报考{post}岗位的考生须具备普通话二级甲等及以上水平"),)
    verdict = engine.check(graduate(*BACHELOR), Job(id="1", title=title, conditions=cells))
    assert verdict.status is Status.NEEDS_REVIEW  # was dropped as another post's: the title may be that post
    assert any("请核实本岗位是否适用" in r for r in verdict.reasons())


def test_a_title_of_another_vocabulary_is_not_told_apart(engine):
    cells = (("备注", "医疗岗位要求具有医师资格证书（八年制临床医学博士不作要求）"),)
    verdict = engine.check(graduate(*BACHELOR), Job(id="1", title="呼吸内科", conditions=cells))
    assert verdict.status is Status.NEEDS_REVIEW
    assert any("请核实本岗位是否适用" in r for r in verdict.reasons())


@pytest.mark.parametrize("text,name", [("具有中级及以上专业技术职称", "中级及以上专业技术职称"), ("中级职称", "中级职称"),
                                       ("具有副高级及以上职称；具有丰富的科研项目研究和管理经验。", "副高级及以上职称")])
def test_a_title_written_in_a_note_refuses_a_fresh_bachelor(engine, text, name):
    verdict = engine.check(graduate(*BACHELOR), Job(id="1", title="临床医生", conditions=(("备注", text),)))
    assert verdict.status is Status.NOT_ELIGIBLE
    assert f"职称不符：岗位要求具有{name}，您为2023年应届毕业生，尚无该职称" in verdict.reasons()


def test_a_middle_title_in_a_note_is_to_check_for_a_fresh_doctor(engine):
    verdict = engine.check(graduate(*DOCTOR), Job(id="1", title="临床医生", conditions=(("备注", "具有中级及以上专业技术职称"),)))
    assert verdict.status is Status.NEEDS_REVIEW
    assert verdict.reasons() == ("职称待核实：岗位要求具有中级及以上专业技术职称，博士毕业生可按当地规定认定中级职称，请核实",)


@pytest.mark.parametrize("cells", [
    (("备注", "具有硕士研究生及以上学历和学位；具有副高级及以上职称的专业技术人才，学历不限"),),
    (("备注", "具有中级及以上专业技术职称资格和本科及以上学历;或具有硕士学位及以上学历."),),
    (("备注", "1.具有副高及以上专业技术职称"), ("说明", "社会在职人员须具有博士研究生学历学位或者副高及以上职称")),
])
def test_a_title_beside_another_way_is_not_refused(engine, cells):
    verdict = engine.check(graduate(*BACHELOR), Job(id="1", title="专业技术", conditions=cells))
    assert not any(r.startswith("职称不符") for r in verdict.reasons())
