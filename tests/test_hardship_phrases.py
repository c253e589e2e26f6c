"""The 困难类别 cell read as the staff who write it mean it: a household described with a disabled
member is the household's hardship, never the graduate's own 残疾; a monitoring note after a
separator (「监测户，已解除监测」) qualifies the item before it, as a bracketed note does; and a
survey of phrasings staff put in the cell, each with its reading or its refusal."""

from __future__ import annotations

import pytest

from features.hardship import parse_hardship_group_list, read_hardship, read_hardship_cell
from features.records import Hardship, HardshipGroup
from service.importers import read_graduates

ZERO, LOW, DISABLED = Hardship.ZERO_EMPLOYMENT_FAMILY, Hardship.LOW_INCOME_FAMILY, Hardship.DISABILITY
MINORITY, POOR, UNEMPLOYED = Hardship.ETHNIC_MINORITY, Hardship.POVERTY_ALLEVIATION, Hardship.LONG_TERM_UNEMPLOYED
DIBAO, TEKUN = HardshipGroup.SUBSISTENCE_ALLOWANCE, HardshipGroup.EXTREME_POVERTY
MONITORED, FAMILY = HardshipGroup.RELAPSE_MONITORING, HardshipGroup.POOR_DISABLED_FAMILY


def read(cell: str) -> tuple[set[Hardship], set[HardshipGroup]]:
    categories, groups = read_hardship(cell)
    return set(categories), set(groups)


# --- a disabled member of the household ------------------------------------------------


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("残疾人低保家庭", {LOW}, {DIBAO, FAMILY}),  # was 残疾 + 低收入家庭
    ("残疾人低保户", {LOW}, {DIBAO, FAMILY}),
    ("残疾低保户", {LOW}, {DIBAO, FAMILY}),
    ("低保残疾人家庭", {LOW}, {DIBAO, FAMILY}),  # was 低保家庭 only
    ("残疾人低收入家庭", {LOW}, {FAMILY}),
    ("残疾人特困家庭", {LOW}, {TEKUN, FAMILY}),
    ("残疾人零就业家庭", {LOW, ZERO}, set()),  # read as 「残疾人家庭」 is: not said poor
    ("残疾人脱贫户", {LOW, POOR}, set()),
    ("低保家庭（父亲残疾）", {LOW}, {DIBAO, FAMILY}),  # was refused as a relative's category
    ("低收入家庭（父母残疾）", {LOW}, {FAMILY}),
    ("零就业家庭（父母均失业）", {ZERO}, set()),  # the relatives' 失业 is what 零就业 says
])
def test_a_disabled_member_makes_a_household_category_never_the_graduates_disability(cell, categories, groups):
    assert read(cell) == (categories, groups)


@pytest.mark.parametrize("cell", [
    "残疾", "本人残疾", "残疾（持证）", "持残疾人证", "持有残疾人证", "肢体残疾", "二级肢体残疾", "听力残疾二级",
    "残疾人", "残疾人（本人）", "残疾学生",
])
def test_the_graduates_own_disability_is_kept(cell):
    assert read(cell) == ({DISABLED}, set())


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("低保残疾人", {LOW, DISABLED}, {DIBAO}),  # a disabled person on 低保: no household word
    ("本人残疾，低保家庭", {LOW, DISABLED}, {DIBAO}),
    ("残疾；贫困残疾人家庭", {DISABLED, LOW}, {FAMILY}),
])
def test_a_disabled_person_with_a_household_category_keeps_both(cell, categories, groups):
    assert read(cell) == (categories, groups)


@pytest.mark.parametrize(("cell", "message"), [
    ("父母残疾", "亲属的情况.*可写「贫困残疾人家庭」"),
    ("非低保（父亲残疾）", "亲属的情况"),
])
def test_a_relatives_state_that_explains_no_household_is_still_refused(cell, message):
    with pytest.raises(ValueError, match=message):
        read_hardship(cell)


# --- a monitoring note after a separator -------------------------------------------------


@pytest.mark.parametrize("cell", ["监测户，已解除监测", "监测对象 已消除风险", "防返贫监测对象-风险已消除",
                                  "监测对象（风险已消除）", "监测对象、已退出监测"])
def test_a_monitoring_ended_reads_the_same_with_or_without_brackets(cell):
    with pytest.raises(ValueError, match=f"「{cell}」风险已消除，已不属于防返贫监测对象，但未写明是否为脱贫户"):
        read_hardship(cell)


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("脱贫监测户（已消除风险）", {POOR}, set()),
    ("脱贫户，已解除监测", {POOR}, set()),
    ("脱贫不稳定户 已消除风险", {POOR}, set()),
    ("脱贫户；监测对象，风险已消除", {POOR}, set()),
    ("边缘易致贫户，风险已消除", set(), set()),  # never a 脱贫户, as 「边缘易致贫户（风险已消除）」
    ("监测户 风险未消除", {POOR}, {MONITORED}),  # still monitored
    ("监测户，已解除监测，低保户", None, None),  # refused: the monitored item says nothing of 脱贫
])
def test_a_note_after_a_separator_qualifies_the_item_before_it(cell, categories, groups):
    if categories is None:
        with pytest.raises(ValueError, match="「监测户，已解除监测」风险已消除"):
            read_hardship(cell)
    else:
        assert read(cell) == (categories, groups)


def test_a_note_after_no_monitored_item_is_refused_not_dropped():
    with pytest.raises(ValueError, match="无法识别的困难类别：「已解除监测」"):
        read_hardship("低保，已解除监测")
    with pytest.raises(ValueError, match="无法识别的困难类别：「已消除风险」"):
        read_hardship("已消除风险")


def test_listed_as_groups_the_note_joins_its_item_too():
    with pytest.raises(ValueError, match="「监测户，已解除监测」风险已消除，已不属于防返贫监测对象"):
        parse_hardship_group_list("监测户，已解除监测")
    assert parse_hardship_group_list("监测户 风险未消除") == frozenset({MONITORED})


# --- a survey of what staff write -------------------------------------------------------


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("零就业家庭", {ZERO}, set()),
    ("家庭零就业", {ZERO}, set()),
    ("城乡低保", {LOW}, {DIBAO}),
    ("农村低保户", {LOW}, {DIBAO}),
    ("享受低保", {LOW}, {DIBAO}),
    ("低保对象", {LOW}, {DIBAO}),
    ("低收入家庭（低保）", {LOW}, {DIBAO}),
    ("低保边缘户", {LOW}, set()),
    ("特困供养", {LOW}, {TEKUN}),
    ("分散供养特困人员", {LOW}, {TEKUN}),
    ("五保户", {LOW}, {TEKUN}),
    ("孤儿（特困供养）", {LOW}, {TEKUN}),
    ("脱贫户", {POOR}, set()),
    ("建档立卡贫困户", {POOR}, set()),
    ("已脱贫建档立卡户", {POOR}, set()),
    ("脱贫不稳定户", {POOR}, {MONITORED}),
    ("防返贫监测户", {POOR}, {MONITORED}),
    ("少数民族", {MINORITY}, set()),  # a support group of this project, not a household's hardship
    ("少数民族（维吾尔族）", {MINORITY}, set()),
    ("长期失业", {UNEMPLOYED}, set()),
    ("低保、少数民族", {LOW, MINORITY}, {DIBAO}),
    ("低保，残疾", {LOW, DISABLED}, {DIBAO}),
    ("建档立卡；残疾", {POOR, DISABLED}, set()),
    ("低保/特困", {LOW}, {DIBAO, TEKUN}),
    ("零就业家庭 低保户", {ZERO, LOW}, {DIBAO}),
    ("残疾人家庭（低保户）", {LOW}, {DIBAO}),
    ("无残疾", set(), set()),
    ("无", set(), set()),
])
def test_survey_of_staff_phrasings(cell, categories, groups):
    assert read(cell) == (categories, groups)


@pytest.mark.parametrize("cell", ["烈士子女", "维吾尔族", "因病致贫"])
def test_survey_words_that_name_no_category_are_refused(cell):
    """Not one of the plan's categories: refused with the list, never silently read as 无.
    (孤儿 is read as 低收入家庭, 单亲家庭 and 家庭经济困难 are refused saying why:
    tests/test_hardship_details_and_other_states.py.)"""
    with pytest.raises(ValueError, match=f"无法识别的困难类别：「{cell}」"):
        read_hardship(cell)


@pytest.mark.parametrize(("cell", "message"), [("单亲家庭", "单亲家庭本身不是困难类别"),
                                               ("家庭经济困难", "只写了家庭情况，没有写困难类别")])
def test_survey_words_that_are_no_category_are_refused_saying_why(cell, message):
    with pytest.raises(ValueError, match=f"「{cell}」.*{message}"):
        read_hardship(cell)


def test_survey_loan_items_beside_categories():
    cell = read_hardship_cell("残疾人低保家庭；国家助学贷款")
    assert (cell.categories, cell.groups, cell.student_loan) == ({LOW}, {DIBAO, FAMILY}, True)


# --- through the importer ---------------------------------------------------------------


def test_the_importer_reads_the_household_and_names_row_and_column_of_a_refusal(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("学号,困难类别\nA1,残疾人低保家庭\nA2,监测户，已解除监测\nA3,本人残疾\n", encoding="utf-8-sig")
    result = read_graduates(path)
    by_id = {g.id: g for g in result.records}
    assert set(by_id) == {"A1", "A3"}
    assert (by_id["A1"].hardship, by_id["A1"].hardship_groups) == ({LOW}, {DIBAO, FAMILY})
    assert by_id["A3"].hardship == {DISABLED}
    [error] = result.skipped
    assert (error.row, error.column) == (3, "困难类别")
    assert "「监测户，已解除监测」风险已消除" in error.message


@pytest.mark.parametrize("cell", ["低保户（家中有残疾人）", "家中有残疾人的低保户", "低保家庭（家里有残疾人）"])
def test_a_disabled_member_of_the_household_is_not_the_graduates_disability(cell):
    """「家中有残疾人」 is a relative's 残疾, as 「父亲残疾」 is: the household's, never the graduate's own."""
    assert read(cell) == ({LOW}, {DIBAO, FAMILY})


def test_a_disabled_member_alone_is_refused_as_a_relatives_state():
    with pytest.raises(ValueError, match="写的是亲属的情况"):
        read_hardship("家里有残疾人")
