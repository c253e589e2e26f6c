"""Notes on whether someone is in work in the 困难类别 cell, and a space inside the household
phrase 「残疾人低保家庭」.

零就业家庭 says every member of working age is out of work: a note that one is in work
(「父亲未失业」「母亲未下岗」「父亲已就业」) contradicts it and the row is refused, naming the note,
never read as 长期失业 (the graduate's own) as it was. 未 negates 失业 only: 「未就业」 is out of
work and 「未脱贫户」 still a 脱贫家庭's. A space between a bare 「残疾人」 and a household word is
the household phrase; the graduate's own disability is its own item (「残疾人、低保家庭」)."""

from __future__ import annotations

import re

import pytest

from features.hardship import read_hardship
from features.records import Hardship, HardshipGroup
from service.importers import read_graduates

ZERO, LOW, DISABLED = Hardship.ZERO_EMPLOYMENT_FAMILY, Hardship.LOW_INCOME_FAMILY, Hardship.DISABILITY
POOR, UNEMPLOYED, MINORITY = Hardship.POVERTY_ALLEVIATION, Hardship.LONG_TERM_UNEMPLOYED, Hardship.ETHNIC_MINORITY
DIBAO, FAMILY = HardshipGroup.SUBSISTENCE_ALLOWANCE, HardshipGroup.POOR_DISABLED_FAMILY
CONTRADICTS_ZERO = "前后矛盾：零就业家庭指家庭中法定劳动年龄内有劳动能力和就业意愿的成员均处于失业状态"


def read(cell: str) -> tuple[set[Hardship], set[HardshipGroup]]:
    categories, groups = read_hardship(cell)
    return set(categories), set(groups)


# --- a note that someone is in work ------------------------------------------------------


@pytest.mark.parametrize(("cell", "note"), [
    ("零就业家庭（父亲未失业）", "未失业"),  # was 零就业家庭 + 长期失业
    ("零就业家庭(父亲没有失业)", "没有失业"),
    ("零就业家庭（母亲未下岗）", "未下岗"),
    ("零就业家庭（父亲已就业）", "已就业"),  # was 零就业家庭, the note ignored
    ("零就业家庭（父母均已再就业）", "已再就业"),
])
def test_a_note_that_a_member_works_contradicts_a_zero_employment_household(cell, note):
    with pytest.raises(ValueError, match=re.escape(f"困难类别「{cell}」{CONTRADICTS_ZERO}，而其中的「{note}」说有家庭成员在业")):
        read_hardship(cell)


@pytest.mark.parametrize(("cell", "item"), [
    ("零就业家庭，父亲已就业", "父亲已就业"),
    ("零就业家庭 母亲未失业", "母亲未失业"),
    ("低保户；零就业家庭（父亲未下岗）", "零就业家庭（父亲未下岗）"),
])
def test_the_note_contradicts_it_after_a_separator_too(cell, item):
    with pytest.raises(ValueError, match=re.escape(f"{CONTRADICTS_ZERO}，而「{item}」中的")):
        read_hardship(cell)


@pytest.mark.parametrize("cell", ["零就业家庭(母亲未就业)", "零就业家庭（父母均未就业）", "零就业家庭（父母均失业）",
                                  "零就业家庭（父亲下岗）"])
def test_a_note_that_members_are_out_of_work_explains_a_zero_employment_household(cell):
    assert read(cell) == ({ZERO}, set())


def test_the_graduates_own_work_contradicts_long_term_unemployment_but_a_relatives_does_not():
    with pytest.raises(ValueError, match=re.escape("「长期失业（已就业）」前后矛盾：长期失业指毕业生本人长期处于失业状态，而其中的「已就业」说本人在业")):
        read_hardship("长期失业（已就业）")
    assert read("长期失业（父亲已就业）") == ({UNEMPLOYED}, set())


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("低保户（父亲未失业）", {LOW}, {DIBAO}),  # was 低收入家庭 + 长期失业
    ("低保户（母亲已就业）", {LOW}, {DIBAO}),
    ("非零就业家庭（父母均已就业）", set(), set()),  # a consistent "not 零就业"
    ("未脱贫户", {POOR}, set()),  # 未 is no negation of 脱贫
    ("无失业", set(), set()),
])
def test_a_note_beside_a_category_it_does_not_contradict_is_kept(cell, categories, groups):
    assert read(cell) == (categories, groups)


@pytest.mark.parametrize(("cell", "message"), [
    ("父亲未失业", "「父亲未失业」写的是亲属的情况，不是毕业生本人的类别"),  # was 长期失业
    ("母亲未下岗", "「母亲未下岗」写的是亲属的情况"),
    ("父亲已就业", "「父亲已就业」写的是亲属的情况"),
    ("非低保、父亲已就业", "「父亲已就业」写的是亲属的情况"),  # beside a category it is a note (test_hardship_relative_items)
    ("未失业", "「未失业」写的是就业情况，不是困难类别"),  # was 长期失业
    ("已就业", "「已就业」写的是就业情况，不是困难类别"),
])
def test_a_note_alone_is_refused_not_read_as_a_category_or_as_none(cell, message):
    with pytest.raises(ValueError, match=message):
        read_hardship(cell)


def test_the_importer_names_row_and_column_of_a_contradicted_household(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("学号,困难类别\nA1,零就业家庭（父亲未失业）\nA2,零就业家庭（母亲未就业）\n", encoding="utf-8-sig")
    result = read_graduates(path)
    assert [(g.id, g.hardship) for g in result.records] == [("A2", {ZERO})]
    [error] = result.skipped
    assert (error.row, error.column) == (2, "困难类别") and "零就业家庭（父亲未失业）」前后矛盾" in error.message


# --- a space inside 「残疾人低保家庭」 -------------------------------------------------------


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("残疾人 低保家庭", {LOW}, {DIBAO, FAMILY}),  # was 残疾 + 低收入家庭
    ("残疾人\u3000低保家庭", {LOW}, {DIBAO, FAMILY}),  # a full-width space
    ("残疾人  低保户", {LOW}, {DIBAO, FAMILY}),
    ("残疾 建档立卡户", {LOW, POOR}, set()),  # as 「残疾建档立卡户」
    ("残疾人 家庭", {LOW}, set()),  # as 「残疾人家庭」
    ("残疾人低保家庭", {LOW}, {DIBAO, FAMILY}),
])
def test_a_space_inside_the_household_phrase_is_the_same_household(cell, categories, groups):
    assert read(cell) == (categories, groups)


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("残疾人、低保家庭", {DISABLED, LOW}, {DIBAO}),
    ("残疾人，低保家庭", {DISABLED, LOW}, {DIBAO}),
    ("残疾；低保户", {DISABLED, LOW}, {DIBAO}),
    ("本人残疾 低保家庭", {DISABLED, LOW}, {DIBAO}),  # says whose disability
    ("肢体残疾 低保户", {DISABLED, LOW}, {DIBAO}),
    ("残疾 低保", {DISABLED, LOW}, {DIBAO}),  # no household word: as 「残疾低保」
    ("残疾人 少数民族", {DISABLED, MINORITY}, set()),
])
def test_the_graduates_own_disability_beside_a_household_is_its_own_item(cell, categories, groups):
    assert read(cell) == (categories, groups)
