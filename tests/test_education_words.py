"""Education requirements with an upper bound, an exclusive lower bound, or no requirement."""

from __future__ import annotations

import pytest

from features.education import EducationLevel, EducationRequirement, parse_education_requirement

L = EducationLevel


@pytest.mark.parametrize(
    ("text", "maximum", "described"),
    [("本科及以下", L.BACHELOR, "本科及以下"), ("本科（含）以下", L.BACHELOR, "本科及以下"),
     ("本科以下", L.JUNIOR_COLLEGE, "大专及以下"), ("硕士研究生以下", L.BACHELOR, "本科及以下"),
     ("大专及以下学历", L.JUNIOR_COLLEGE, "大专及以下"), ("高中及以下", L.SECONDARY, "仅限高中/中专")],
)  # fmt: skip
def test_yixia_is_an_upper_bound_not_a_lower_one(text, maximum, described):
    requirement = parse_education_requirement(text)
    assert requirement == EducationRequirement(minimum=L.SECONDARY, maximum=maximum)
    assert requirement.describe() == described
    assert requirement.admits(maximum) and requirement.admits(L.SECONDARY)
    assert not requirement.admits(EducationLevel(maximum + 1))


def test_a_floor_and_a_ceiling_together():
    assert parse_education_requirement("大专以上、硕士以下") == EducationRequirement(L.JUNIOR_COLLEGE, L.BACHELOR)


def test_below_the_lowest_level_is_unknown_not_inverted():
    assert parse_education_requirement("高中以下") == EducationRequirement(minimum=None)


def test_an_age_limit_is_not_an_education_ceiling():
    assert parse_education_requirement("本科及以上（35周岁以下）") == EducationRequirement(minimum=L.BACHELOR)


@pytest.mark.parametrize(
    ("text", "minimum"), [("大专（不含）以上", L.BACHELOR), ("本科(不含)以上", L.MASTER), ("大专（含）以上", L.JUNIOR_COLLEGE)]
)
def test_buhan_yishang_excludes_the_named_level(text, minimum):
    assert parse_education_requirement(text) == EducationRequirement(minimum=minimum)


@pytest.mark.parametrize("text", ["不限学历", "学历不限", "不要求", "学历无要求", "无学历要求"])
def test_no_requirement_in_every_spelling_is_any_level(text):
    requirement = parse_education_requirement(text)
    assert requirement.any_level and requirement.describe() == "学历不限"
