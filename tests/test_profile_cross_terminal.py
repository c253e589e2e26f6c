"""The terminal's cross-tables (``jobmatch profile``): rows past the ones shown are said before the
合计 line, which counts every row, not after it."""

from __future__ import annotations

from types import SimpleNamespace

from matching.cohort_cross import CrossTable
from service.profile_text import SHOWN, cross_lines


def _schools(n: int) -> CrossTable:
    rows = tuple(f"学校{i:02d}" for i in range(n))
    cells = tuple((1, i) for i in range(n))
    return CrossTable(rows=rows, columns=("本科", "硕士研究生"), cells=cells,
                      row_totals=tuple(1 + i for i in range(n)), column_totals=(n, sum(range(n))))


def test_the_rows_left_out_are_said_above_the_total_that_counts_them():
    n = SHOWN + 3
    lines = cross_lines(SimpleNamespace(category_by_education=None, school_by_education=_schools(n)))
    assert lines[0] == "学校×学历（人）："
    total = sum(1 + i for i in range(n))
    assert lines[-1].split() == ["合计", str(total), str(n), str(sum(range(n)))]
    assert lines[-2] == "  ……另有 3 项（--out 保存全部）"
    assert [line.split()[0] for line in lines[2:-2]] == [f"学校{i:02d}" for i in range(SHOWN)]


def test_a_table_shown_whole_ends_on_its_total():
    lines = cross_lines(SimpleNamespace(category_by_education=None, school_by_education=_schools(2)))
    assert [line.split()[0] for line in lines[1:]] == ["学校", "学校00", "学校01", "合计"]
    assert not any("另有" in line for line in lines)
