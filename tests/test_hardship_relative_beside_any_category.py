"""A relative's state beside a category that does not name it (「低保户，父亲失业」「低保户（父亲失业）」
「少数民族，父亲残疾」) is a note on the household: it was refused only lest a father's 失业 be read as the
graduate's own 长期失业. Alone it is still refused, and so are true contradictions (零就业家庭 with a
relative in work). A cell writing 「无」 as an item beside a category (「无、低保」) is refused as
contradictory, in Chinese naming file, row and column; before, it was read as 低保 without a word."""

from __future__ import annotations

import pytest

from features.hardship import read_hardship_cell
from features.records import Hardship, HardshipGroup
from service.importers import read_graduates

ZERO, LOW, DISABLED = Hardship.ZERO_EMPLOYMENT_FAMILY, Hardship.LOW_INCOME_FAMILY, Hardship.DISABILITY
MINORITY = Hardship.ETHNIC_MINORITY
DIBAO = HardshipGroup.SUBSISTENCE_ALLOWANCE


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("低保户，父亲失业", {LOW}, {DIBAO}),
    ("低保户（父亲失业）", {LOW}, {DIBAO}),
    ("父亲失业，低保户", {LOW}, {DIBAO}),
    ("低保户、父母均失业", {LOW}, {DIBAO}),
    ("少数民族，父亲残疾", {MINORITY}, set()),
    ("零就业家庭，父母均失业", {ZERO}, set()),  # as before
])
def test_a_relatives_state_beside_a_category_is_a_note(cell, categories, groups):
    found = read_hardship_cell(cell)
    assert (set(found.categories), set(found.groups)) == (categories, groups)


@pytest.mark.parametrize(("cell", "why"), [
    ("父亲失业", "写的是亲属的情况"),
    ("父母残疾", "写的是亲属的情况"),
    ("零就业家庭，母亲已就业", "前后矛盾"),
    ("零就业家庭（父亲已就业）", "前后矛盾"),
    ("无、低保", "前后矛盾"),
    ("低保；无", "前后矛盾"),
    ("无，零就业家庭", "前后矛盾"),
])
def test_still_refused(cell, why):
    with pytest.raises(ValueError, match=why):
        read_hardship_cell(cell)


@pytest.mark.parametrize(("cell", "categories"), [("无", set()), ("无残疾", set()), ("非低保；残疾", {DISABLED})])
def test_none_alone_or_a_negation_is_not_a_contradiction(cell, categories):
    found = read_hardship_cell(cell)
    assert (set(found.categories), set(found.groups)) == (categories, set())


def test_none_beside_a_category_is_refused_naming_file_row_and_column(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("学号,困难类别\nA1,\"无、低保\"\nA2,\"低保户，父亲失业\"\n", encoding="utf-8-sig")
    result = read_graduates(path)
    assert [(g.id, g.hardship) for g in result.records] == [("A2", {LOW})]
    [refused] = result.skipped
    assert (refused.row, refused.column) == (2, "困难类别")
    assert str(refused).startswith(f"文件 {path}，第 2 行，列「困难类别」：")
    assert "既写「无」又写了困难类别（低收入家庭）" in str(refused)
