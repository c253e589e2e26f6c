"""各届对比 counts every graduate of a year under some 学历 column: one without a stated 学历 is
未注明 (as the 学历 table and the cross-tables put them), so each row's levels add up to its 人数."""

from __future__ import annotations

from features.education import EducationLevel
from features.records import Graduate
from matching.cohort_origins import year_rows


def _graduate(id: str, year: int, education: EducationLevel | None) -> Graduate:
    return Graduate(id=id, major="会计学", education=education, graduation_year=year)


def test_a_year_row_counts_graduates_without_a_stated_level_as_unstated():
    cohort = [_graduate("a", 2025, EducationLevel.BACHELOR), _graduate("b", 2025, None),
              _graduate("c", 2026, EducationLevel.JUNIOR_COLLEGE), _graduate("d", 2026, EducationLevel.BACHELOR)]
    rows = year_rows(cohort)
    assert [row.year for row in rows] == [2025, 2026]
    assert [dict(row.by_education) for row in rows] == [
        {"大专": 0, "本科": 1, "未注明": 1},
        {"大专": 1, "本科": 1, "未注明": 0},
    ]
    assert all(sum(n for _, n in row.by_education) == row.total for row in rows)


def test_no_unstated_column_when_every_level_is_stated():
    cohort = [_graduate("a", 2025, EducationLevel.BACHELOR), _graduate("c", 2026, EducationLevel.JUNIOR_COLLEGE)]
    assert [label for label, _ in year_rows(cohort)[0].by_education] == ["大专", "本科"]
