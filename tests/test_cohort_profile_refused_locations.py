"""The profile's 意向地点 counts (``matching.cohort_profile``): an item of the column that refuses a place
(「不去南疆」「除南疆外」) is a refusal, read as the ranker reads it (``matching.pair_scores.wished_locations``),
not a wish for that place."""

from __future__ import annotations

import pytest

from features.education import EducationLevel, EducationRequirement
from features.records import Graduate, Job, Preferences
from matching.cohort_profile import ranker_profile
from matching.ranker import Ranker

JOBS = [Job(id="ACC1", title="会计", employer="乌鲁木齐市财政局", majors_text="会计学",
            education=EducationRequirement(minimum=EducationLevel.BACHELOR), headcount=1)]


def _graduate(id, *places, intention=""):
    return Graduate(id=id, name=f"毕业生{id}", school="新疆大学", major="会计学", major_code="120203",
                    education=EducationLevel.BACHELOR, graduation_year=2026, intention=intention,
                    preferences=Preferences(locations=places))


@pytest.fixture(scope="module")
def ranker(catalog, segmenter):
    return Ranker(catalog=catalog, segmenter=segmenter).fit(JOBS)


def test_a_refusal_in_the_place_column_is_counted_as_refused_not_wished(ranker):
    cohort = [_graduate("W1", "南疆"), _graduate("R1", "不去南疆"), _graduate("R2", "乌鲁木齐", "除南疆外"),
              _graduate("R3", "除南疆外", intention="不去南疆")]  # the same refusal twice: one graduate
    profile = ranker_profile(cohort, ranker)
    wishes = profile.intentions
    assert wishes.stated == 4  # a refusal is an intention stated
    assert [(c.label, c.count) for c in wishes.places] == [("南疆", 1), ("新疆 乌鲁木齐市", 1)]
    assert [(c.label, c.count) for c in wishes.refused_places] == [("南疆", 3)]
    # The groupings by 学历 and 门类 read the same wished places.
    assert [row.places for row in profile.wishes_by_education] == [(("南疆", 1), ("新疆 乌鲁木齐市", 1))]
    assert all(dict(row.places).get("南疆", 0) <= 1 for row in profile.wishes_by_category)
