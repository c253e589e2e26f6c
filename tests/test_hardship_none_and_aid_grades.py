"""How forms write "no category" (「暂无」「无。」「—」), and the school's aid grades (「一般困难」), which name
no household category: the first reads as stated none, the second is refused with what to write."""
import pytest

from features.hardship import read_hardship_cell


@pytest.mark.parametrize("cell", ["暂无", "无。", "否。", "没有。", "均无", "都没有", "不属于", "非困难生",
                                  "无此情况", "无特殊情况", "不困难", "-", "—", "－－"])
def test_a_cell_saying_none_as_forms_write_it_states_no_category(cell):
    read = read_hardship_cell(cell)
    assert read is not None, "a stated none is not an empty cell"
    assert read.categories == frozenset() and read.groups == frozenset()


@pytest.mark.parametrize("cell", ["暂无、低保", "低保；—", "不属于、残疾"])
def test_none_beside_a_category_is_still_a_contradiction(cell):
    with pytest.raises(ValueError, match="前后矛盾"):
        read_hardship_cell(cell)


@pytest.mark.parametrize("cell", ["一般困难", "特别困难", "比较困难学生", "困难生", "家庭经济困难学生"])
def test_an_aid_grade_is_refused_with_what_to_write(cell):
    with pytest.raises(ValueError) as caught:
        read_hardship_cell(cell)
    message = str(caught.value)
    assert f"「{cell}」" in message
    assert "家庭经济困难学生的认定结果" in message and "不是就业帮扶的困难类别" in message
    assert "低保家庭" in message


def test_an_aid_grade_beside_a_category_adds_nothing():
    read = read_hardship_cell("低保、特别困难")
    assert {c.value for c in read.categories} == {"低收入家庭"}


@pytest.mark.parametrize("cell", ["不属于低保", "无残疾"])
def test_a_negated_category_still_names_none(cell):
    assert read_hardship_cell(cell).categories == frozenset()
