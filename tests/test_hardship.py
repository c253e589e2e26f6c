"""Hardship cells: a negated category does not count; a relative's category is not the graduate's."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from features.records import Hardship
from features.values import parse_hardship
from service.importers import read_graduates


@pytest.mark.parametrize(
    "cell",
    ["无残疾", "非残疾", "没有残疾", "非低保", "不是低保户", "不属于低保户", "非少数民族", "非建档立卡户",
     "不是建档立卡贫困户", "否（非零就业）", "非零就业家庭", "无失业"],
)  # fmt: skip
def test_a_negated_category_is_stated_none(cell):
    assert parse_hardship(cell) == frozenset()


@pytest.mark.parametrize(
    ("cell", "flags"),
    [("非低保；残疾", {Hardship.DISABILITY}),
     ("非少数民族、建档立卡脱贫户", {Hardship.POVERTY_ALLEVIATION}),
     ("非低保残疾人", {Hardship.DISABILITY}),  # 非 covers 低保, not the next category
     ("残疾，非零就业", {Hardship.DISABILITY})],  # 「无；低收入家庭」 is refused: tests/test_hardship_relative_beside_any_category.py
)  # fmt: skip
def test_a_positive_category_beside_a_negated_one_is_kept(cell, flags):
    assert parse_hardship(cell) == flags


@pytest.mark.parametrize(
    ("cell", "flags"),
    [("残疾", {Hardship.DISABILITY}), ("残疾人", {Hardship.DISABILITY}), ("残疾退役军人", {Hardship.DISABILITY}),
     ("建档立卡贫困户", {Hardship.POVERTY_ALLEVIATION}), ("低保户子女", {Hardship.LOW_INCOME_FAMILY}),
     ("零就业家庭子女", {Hardship.ZERO_EMPLOYMENT_FAMILY}), ("非农户口低保户", {Hardship.LOW_INCOME_FAMILY})],
)  # fmt: skip
def test_categories_without_a_negation_still_count(cell, flags):
    # A family category (低保, 零就业) is the graduate's own when said of the family's child.
    assert parse_hardship(cell) == flags


@pytest.mark.parametrize("cell", ["残疾军人子女", "父母残疾", "父亲为残疾人", "残疾人家属", "母亲失业"])
def test_a_personal_category_of_a_relative_asks_for_the_graduates_own(cell):
    with pytest.raises(ValueError, match=f"「{cell}」写的是亲属的情况.*请写明本人的困难类别（可用：零就业家庭、"):
        parse_hardship(cell)


def test_a_question_is_not_an_answer():
    with pytest.raises(ValueError, match="「是否残疾：是」是一个问句"):
        parse_hardship("是否残疾：是")


def test_importer_names_row_and_column_of_a_relatives_category(tmp_path: Path):
    path = tmp_path / "g.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["编号", "困难类别"], ["G1", "残疾军人子女"], ["G2", "无残疾"], ["G3", "非低保；残疾"]])
    result = read_graduates(path)
    assert [(g.id, g.hardship) for g in result.records] == [("G2", frozenset()), ("G3", {Hardship.DISABILITY})]
    [error] = result.skipped
    assert (error.row, error.column) == (2, "困难类别") and "亲属" in error.message
