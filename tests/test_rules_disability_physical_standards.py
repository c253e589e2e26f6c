"""A post requiring a strict physical standard (the 人民警察 体检 and 体能测评, 特警, the 体检特殊标准, 无残疾) is
待核实 for a graduate whose record registers 残疾, as an officer reads it, with one reason naming the
registration against the standard (audited: ``discloses`` ``hardship``), and ranks as 待核实 posts do; a record
without the officer-only fields (the graduate's own view, the organisers') keeps the tips and says nothing of it
(``matching.rules.physical_standards``). Henan 30096011 河南省洛阳女子监狱 was 符合 with a generic 体检提示."""

from __future__ import annotations

import pytest

from features.education import EducationLevel
from features.records import Graduate, Hardship, Job
from matching.verdict import Status
from service.api.withheld import redact
from tests.factories import rules_engine

#: The reviewer's Henan row (30096011), as the table states it.
PRISON = Job(id="30096011", title="执法勤务类四级警长及以下", employer="河南省洛阳女子监狱", conditions=(
    ("专业", "本科：法学类（0301）"), ("其他要求", "限女性；限主修专业报考"),
    ("体检标准", "按照招录人民警察要求开展体检"), ("是否进行体能测评", "是")))
REVIEW = ("身体条件待核实：岗位体检标准为「按照招录人民警察要求开展体检」，须参加体能测评，您登记为残疾人，"
          "请核实您的残疾类别和等级能否达到该岗位的标准")


def _graduate(*hardship: Hardship) -> Graduate:
    return Graduate(id="G1", education=EducationLevel.BACHELOR, major="法学", gender=None,
                    hardship=frozenset(hardship))


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


def test_a_disabled_graduate_is_reviewed_for_a_police_post_naming_the_standard(engine):
    verdict = engine.check(_graduate(Hardship.DISABILITY), PRISON)
    assert verdict.status is Status.NEEDS_REVIEW  # was 符合 with a 体检提示
    assert REVIEW in verdict.reasons(Status.NEEDS_REVIEW)
    review = next(r for r in verdict.results if r.reason == REVIEW)
    assert review.kind == "physical" and review.discloses == ("hardship",)
    # One reason names both columns: their two tips are not said beside it.
    assert not [r for r in verdict.reasons() if r.startswith(("体检提示", "体能测评提示"))]


def test_other_graduates_and_records_without_officer_fields_keep_the_tips(engine):
    for graduate in (_graduate(), _graduate(Hardship.LOW_INCOME_FAMILY), redact(_graduate(Hardship.DISABILITY))):
        verdict = engine.check(graduate, PRISON)
        reasons = verdict.reasons()
        assert not any("残疾" in r for r in reasons), reasons
        assert any(r.startswith("体检提示") for r in reasons) and any(r.startswith("体能测评提示") for r in reasons)
        assert not any(r.discloses for r in verdict.results)


@pytest.mark.parametrize(("column", "cell", "said"), [
    ("cond:备注", "二、考生须达到公安机关录用人民警察的各项标准（见单位网站）：1.达到特警队员体能测评标准",
     "注明「考生须达到公安机关录用人民警察的各项标准（见单位网站）」「达到特警队员体能测评标准」"),
    ("cond:备注", "行政执法职位专业能力测试：体能测试", "注明「行政执法职位专业能力测试：体能测试」"),
    ("cond:备注", "身体健康，无残疾(参照公务员录用体检标准)", "注明「无残疾(参照公务员录用体检标准)」"),
    ("体检标准", "《公务员录用体检特殊标准（试行）》", "体检标准为「《公务员录用体检特殊标准（试行）》」"),
])
def test_other_strict_standards_are_reviewed_for_a_disabled_graduate(engine, column, cell, said):
    job = Job(id="J1", title="岗位", conditions=(("专业", "本科：法学类"), (column, cell)))
    verdict = engine.check(_graduate(Hardship.DISABILITY), job)
    assert verdict.status is Status.NEEDS_REVIEW
    assert f"身体条件待核实：岗位{said}，您登记为残疾人，请核实您的残疾类别和等级能否达到该岗位的标准" in verdict.reasons()
    assert engine.check(_graduate(), job).status is Status.ELIGIBLE


def test_the_general_standard_and_a_plain_medical_pass_are_not_strict(engine):
    job = Job(id="J2", title="综合管理", conditions=(("专业", "本科：法学类"), ("体检标准", "《公务员录用体检通用标准（试行）》"),
                                                  ("是否进行体能测评", "否"), ("cond:备注", "体检合格")))
    assert engine.check(_graduate(Hardship.DISABILITY), job).status is Status.ELIGIBLE

