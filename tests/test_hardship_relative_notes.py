"""A relative's state written with a word between (「父亲肢体残疾」「父母都已失业」), a note that says
nobody works (「没有工作」「不在职」), and a bracket's note holding a list or parted by a space."""

import pytest

from features.hardship import read_hardship_cell
from features.records import Hardship, HardshipGroup

LOW, ZERO = Hardship.LOW_INCOME_FAMILY, Hardship.ZERO_EMPLOYMENT_FAMILY


@pytest.mark.parametrize("cell", ["低保户（父亲肢体残疾）", "低保户（母亲二级残疾）", "低保户（父亲持有残疾证）",
                                  "低保户（哥哥残疾）", "低保户（妈妈精神残疾）", "低保户（爷爷残疾）"])
def test_a_relatives_disability_with_a_word_between_is_the_households(cell):
    read = read_hardship_cell(cell)
    assert read.categories == {LOW}  # not the graduate's own 残疾
    assert read.groups == {HardshipGroup.SUBSISTENCE_ALLOWANCE, HardshipGroup.POOR_DISABLED_FAMILY}


def test_a_relatives_disability_beside_a_poverty_household_is_not_the_graduates():
    assert read_hardship_cell("脱贫户（父亲视力残疾）").categories == {LOW, Hardship.POVERTY_ALLEVIATION}


@pytest.mark.parametrize("cell", ["零就业家庭（父亲已失业）", "零就业家庭（父母均下岗失业）", "零就业家庭（父母都已失业）",
                                  "零就业家庭（爸爸失业）", "零就业家庭（父母双方均失业）"])
def test_a_relatives_unemployment_with_a_word_between_is_no_long_term_unemployment_of_the_graduate(cell):
    assert read_hardship_cell(cell).categories == {ZERO}


@pytest.mark.parametrize("cell", ["零就业家庭（父亲没有工作）", "零就业家庭（父母均没有固定工作）", "零就业家庭（母亲不在职）",
                                  "零就业家庭（父亲未在岗）"])
def test_a_note_that_nobody_works_is_no_contradiction(cell):
    assert read_hardship_cell(cell).categories == {ZERO}


@pytest.mark.parametrize("cell", ["零就业家庭（父亲失业、母亲无业）", "零就业家庭（父母均失业，已登记）", "零就业家庭 (父母均失业)",
                                  "零就业家庭　（父母均失业）"])
def test_a_brackets_note_is_one_item_with_what_it_notes(cell):
    assert read_hardship_cell(cell).categories == {ZERO}


def test_the_graduates_own_disability_and_a_working_relative_still_read_as_before():
    assert read_hardship_cell("低保户；本人残疾").categories == {LOW, Hardship.DISABILITY}
    assert read_hardship_cell("肢体残疾 低保户").categories == {LOW, Hardship.DISABILITY}
    with pytest.raises(ValueError, match="前后矛盾.*「有工作」"):
        read_hardship_cell("零就业家庭（父亲有工作）")
    with pytest.raises(ValueError, match="前后矛盾.*「在职」"):
        read_hardship_cell("零就业家庭（父亲在职）")
