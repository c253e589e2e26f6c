"""A 困难类别 cell whose category is followed by a clause of detail (「零就业家庭，父亲已退休」) still
states the category; a detail alone, a cell contradicting itself, and states that are no hardship
category (单亲家庭, 退役军人) are refused in Chinese naming file, row and column; 孤儿 reads as
低收入家庭 stated broadly, which reaches the officers' support list and a 特困人员 subsidy's review."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from features.education import EducationLevel
from features.hardship import read_hardship_cell
from features.policies import Policy, parse_hardship_requirement
from features.records import Graduate, Hardship, HardshipGroup
from service.importers import read_graduates


@pytest.fixture(scope="module")
def engine():
    from matching.rules import RulesEngine
    from service.resources import load_major_catalog

    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6))

ZERO, LOW, DISABLED = Hardship.ZERO_EMPLOYMENT_FAMILY, Hardship.LOW_INCOME_FAMILY, Hardship.DISABILITY
DIBAO, TEKUN = HardshipGroup.SUBSISTENCE_ALLOWANCE, HardshipGroup.EXTREME_POVERTY
#: The sample's 一次性求职创业补贴 (samples/policies.csv P01).
SUBSIDY = "低保家庭、特困人员、脱贫家庭、残疾；或贫困残疾人家庭；或获得国家助学贷款"


def read(cell):
    found = read_hardship_cell(cell)
    return set(found.categories), set(found.groups)


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("零就业家庭，父亲已退休", {ZERO}, set()),
    ("零就业家庭；母亲常年生病", {ZERO}, set()),
    ("低保户，家中有老人需赡养", {LOW}, {DIBAO}),
    ("父亲已退休，零就业家庭", {ZERO}, set()),
    ("残疾、家庭人口多", {DISABLED}, set()),
])
def test_a_category_followed_by_a_clause_of_detail_still_counts(cell, categories, groups):
    assert read(cell) == (categories, groups)


@pytest.mark.parametrize(("cell", "message"), [
    ("父亲已退休", "「父亲已退休」只写了家庭情况，没有写困难类别"),
    ("家庭困难", "「家庭困难」只写了家庭情况"),
    ("零就业家庭，母亲已就业", "前后矛盾"),  # a detail that contradicts the category
    ("零就业家庭，父亲未失业", "前后矛盾"),
    ("零就业家庭，某某情况", "无法识别的困难类别：「某某情况」"),  # not a detail: no relative or household
])
def test_a_detail_alone_a_contradiction_or_an_unknown_item_is_still_refused(cell, message):
    with pytest.raises(ValueError, match=message):
        read_hardship_cell(cell)


def test_the_importer_keeps_the_detailed_row_and_names_file_row_and_column_of_the_others(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("学号,困难类别\nA1,零就业家庭，父亲已退休\nA2,父亲已退休\nA3,单亲家庭\nA4,零就业家庭，母亲已就业\n",
                    encoding="utf-8-sig")
    result = read_graduates(path)
    assert [(g.id, g.hardship) for g in result.records] == [("A1", {ZERO})]
    assert [(e.row, e.column) for e in result.skipped] == [(3, "困难类别"), (4, "困难类别"), (5, "困难类别")]
    assert "只写了家庭情况" in result.skipped[0].message and "单亲家庭本身不是困难类别" in result.skipped[1].message
    assert str(result.skipped[0]).startswith(f"文件 {path}，第 3 行，列「困难类别」：")


@pytest.mark.parametrize(("cell", "why"), [
    ("单亲家庭", "单亲家庭本身不是困难类别"),
    ("单亲", "单亲家庭本身不是困难类别"),
    ("退役军人", "退役军人不是困难类别"),
    ("退役大学生士兵", "退役军人不是困难类别"),
])
def test_states_that_are_no_hardship_category_are_refused_alone_saying_why(cell, why):
    with pytest.raises(ValueError, match=why):
        read_hardship_cell(cell)


def test_beside_a_category_they_state_nothing_more():
    assert read("低保户、单亲家庭") == ({LOW}, {DIBAO})
    assert read("残疾、退役军人") == ({DISABLED}, set())


def test_an_orphan_is_low_income_in_no_group_and_the_named_groups_read_as_before():
    assert read("孤儿") == ({LOW}, set())
    assert read("孤儿、残疾") == ({LOW, DISABLED}, set())
    assert read("非孤儿") == (set(), set())
    assert read("特困人员") == ({LOW}, {TEKUN})
    assert read("城乡低保家庭") == ({LOW}, {DIBAO})


def test_an_orphan_reaches_the_support_list_and_a_tekun_subsidy_reviews_it(tmp_path, engine):
    from matching.policies import check_policy
    from matching.verdict import Status

    path = tmp_path / "g.csv"
    path.write_text("学号,学历,毕业年份,困难类别,助学贷款\nA1,本科,2026,孤儿,否\n", encoding="utf-8-sig")
    [orphan] = read_graduates(path).records
    assert orphan.hardship == {LOW} and orphan.needs_support
    found = check_policy(engine, orphan, Policy(id="P01", name="一次性求职创业补贴",
                                                hardship=parse_hardship_requirement(SUBSIDY)))
    assert found.status is Status.NEEDS_REVIEW and "特困人员" in found.reasons[0]
    # registered as 特困人员 it is admitted
    registered = replace(orphan, hardship_groups=frozenset({TEKUN}))
    assert check_policy(engine, registered, Policy(id="P01", name="一次性求职创业补贴",
                                                   hardship=parse_hardship_requirement(SUBSIDY))).status is Status.ELIGIBLE
    assert Graduate(id="X", education=EducationLevel.BACHELOR).needs_support is False


def test_a_policy_for_orphans_reviews_a_low_income_graduate_rather_than_admits_every_one(engine):
    from matching.policies import check_policy
    from matching.verdict import Status

    requirement = parse_hardship_requirement("孤儿、残疾")
    assert requirement.categories == {LOW, DISABLED} and (LOW, "孤儿") in requirement.partial
    low = Graduate(id="G", education=EducationLevel.BACHELOR, graduation_year=2026, hardship=frozenset({LOW}))
    found = check_policy(engine, low, Policy(id="P", name="孤儿补贴", hardship=requirement))
    assert found.status is Status.NEEDS_REVIEW and "孤儿" in found.reasons[0]
