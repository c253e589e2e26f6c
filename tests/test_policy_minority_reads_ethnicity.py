"""A policy for 「困难类别：少数民族」 reads the 民族 field (a 维吾尔族 graduate registered 零就业家庭 is
one), hides it from readers who may not see it and names it for the audit; a met age limit
says how old the graduate is (``matching.policies``, ``matching.rules.policy_checks``)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.policies import Policy, parse_hardship_requirement
from features.records import Graduate, Hardship
from matching.policies import check_policy
from matching.rules import RulesEngine
from matching.verdict import Status
from service.api.withheld import redact

DAY = dt.date(2026, 12, 7)
MINORITY = Policy(id="P1", name="少数民族毕业生补贴", hardship=parse_hardship_requirement("少数民族"))
EITHER = Policy(id="P2", name="困难毕业生补贴", hardship=parse_hardship_requirement("零就业家庭、少数民族"))
ZERO = frozenset({Hardship.ZERO_EMPLOYMENT_FAMILY})


@pytest.fixture(scope="module")
def engine():
    from service.resources import load_major_catalog

    return RulesEngine(catalog=load_major_catalog(), reference_date=DAY)


def test_a_uyghur_graduate_registered_zero_employment_meets_a_minority_policy(engine):
    found = check_policy(engine, Graduate(id="G", ethnicity="维吾尔族", hardship=ZERO), MINORITY)
    assert found.status is Status.ELIGIBLE
    assert found.reasons == ("困难类别符合：政策面向困难类别为少数民族的毕业生，您登记的民族为维吾尔族",)
    assert "ethnicity" in found.discloses  # the reason names the 民族: audited before it is shown


def test_a_minority_graduate_with_no_hardship_column_meets_it_too(engine):
    assert check_policy(engine, Graduate(id="G", ethnicity="哈萨克"), MINORITY).status is Status.ELIGIBLE


def test_a_han_graduate_without_the_category_does_not_meet_it_and_is_told_why(engine):
    found = check_policy(engine, Graduate(id="G", ethnicity="汉族", hardship=ZERO), MINORITY)
    assert found.status is Status.NOT_ELIGIBLE
    assert found.reasons == ("困难类别不符：政策面向困难类别为少数民族的毕业生，您登记的困难类别为零就业家庭，登记的民族为汉族",)
    assert "ethnicity" in found.discloses
    # Nothing else could admit them: 汉族 with the hardship column missing is refused too.
    assert check_policy(engine, Graduate(id="G", ethnicity="汉族"), MINORITY).status is Status.NOT_ELIGIBLE


def test_a_han_graduate_is_admitted_by_another_category_the_policy_names(engine):
    found = check_policy(engine, Graduate(id="G", ethnicity="汉族", hardship=ZERO), EITHER)
    assert found.status is Status.ELIGIBLE and "您登记为零就业家庭" in found.reasons[0]


@pytest.mark.parametrize(("ethnicity", "said"), [(None, "您的民族未填写"), ("穿青人", "您登记的民族「穿青人」不是 56 个民族之一")])
def test_an_unknown_ethnicity_is_reviewed_not_refused(engine, ethnicity, said):
    found = check_policy(engine, Graduate(id="G", ethnicity=ethnicity, hardship=ZERO), MINORITY)
    assert found.status is Status.NEEDS_REVIEW
    assert found.reasons[0].startswith("困难类别待核实") and f"{said}，请核实是否为少数民族" in found.reasons[0]


def test_the_graduates_own_view_hides_the_ethnicity_and_says_an_officer_checks(engine):
    full = Graduate(id="G", ethnicity="维吾尔族", hardship=ZERO)
    found = check_policy(engine, redact(full), MINORITY)
    assert found.status is Status.NEEDS_REVIEW
    assert "该信息仅就业服务专员可见" in found.reasons[0] and "维吾尔" not in "".join(found.reasons)
    assert found.discloses == ()


def test_a_met_age_limit_says_how_old_the_graduate_is(engine):
    graduate = Graduate(id="G", birth_date=dt.date(2003, 5, 1))
    found = check_policy(engine, graduate, Policy(id="P", name="就业见习", age="16至24周岁"))
    assert found.status is Status.ELIGIBLE
    assert found.reasons == ("年龄符合：政策要求16至24周岁，按2026年12月7日计算，您为23周岁",)
    assert found.discloses == ()  # age is no sensitive field
    # A refusal already said it, and says it once.
    older = check_policy(engine, Graduate(id="G", birth_date=dt.date(1990, 5, 1)), Policy(id="P", name="见习", age="16至24周岁"))
    assert older.reasons == ("年龄不符：政策要求16至24周岁，您现年36周岁",)
