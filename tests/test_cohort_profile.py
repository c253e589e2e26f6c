"""The cohort profile (``matching.cohort_profile``) on a handful of graduates written here, with
a ranker without the learned model, so that every class comes from the catalog or a major list."""

from __future__ import annotations

import pytest

from features.education import Degree, EducationLevel, EducationRequirement
from features.records import Gender, Graduate, Hardship, Job, Preferences
from matching.cohort_profile import (STAND_IN_JOB, UNPLACED, UNPLACED_CATEGORY, UNSTATED, pay_wishes, profile_cohort,
                                     ranker_profile)
from matching.cohort_supply import SHORTAGE, SURPLUS, BalanceLimits, supply_demand
from matching.fair_themes import ThemeLink
from matching.ranker import Ranker

BACHELOR = EducationRequirement(minimum=EducationLevel.BACHELOR)


def _graduate(id, major, code, *, school="新疆大学", year=2026, education=EducationLevel.BACHELOR,
              degree=Degree.BACHELOR, gender=Gender.FEMALE, intention="", preferences=Preferences(), **fields):
    return Graduate(id=id, name=f"毕业生{id}", school=school, major=major, major_code=code, education=education,
                    degree=degree, graduation_year=year, gender=gender, intention=intention, preferences=preferences,
                    **fields)


GRADUATES = [
    _graduate("A1", "会计学", "120203", intention="想去乌鲁木齐做会计，不去喀什",
              preferences=Preferences(locations=("乌鲁木齐", "乌鲁木齐"), categories=("会计",), min_salary=4000),
              ethnicity="维吾尔族", hardship=frozenset({Hardship.LOW_INCOME_FAMILY})),
    _graduate("A2", "财务管理", "120204", gender=Gender.MALE, preferences=Preferences(locations=("乌鲁木齐", "伊犁"),
              min_salary=5000), ethnicity="汉族", hardship=frozenset()),
    _graduate("A3", "审计学", "120207", school="石河子大学", preferences=Preferences(min_salary=6000),
              ethnicity="哈萨克族", hardship=frozenset({Hardship.DISABILITY, Hardship.ZERO_EMPLOYMENT_FAMILY})),
    _graduate("A4", "会计学", "120203", year=2025, preferences=Preferences(min_salary=8000), ethnicity="其他"),
    _graduate("A5", "会计学", "120203", gender=None, degree=None),
    _graduate("N1", "护理学", "101101", intention="护理工作，销售除外"),
    _graduate("W1", "风力发电工程技术", None, education=EducationLevel.JUNIOR_COLLEGE, degree=Degree.NONE),
    _graduate("W2", "风力发电工程技术", None, education=EducationLevel.JUNIOR_COLLEGE, degree=Degree.NONE),
    _graduate("X1", None, None, education=None),
]

JOBS = [
    Job(id="ACC1", title="会计", employer="乌鲁木齐市财政局", majors_text="会计学、财务管理", education=BACHELOR, headcount=1),
    Job(id="NUR1", title="护士", employer="喀什地区第一人民医院", majors_text="护理学", education=BACHELOR, headcount=8),
    Job(id="NUR2", title="社区护士", employer="天山区社区卫生服务中心", majors_text="护理学", education=BACHELOR),
    Job(id="ANY1", title="综合管理", employer="某公司", education=BACHELOR, headcount=3),  # no list, no model: no class
]


@pytest.fixture(scope="module")
def ranker(catalog, segmenter):
    return Ranker(catalog=catalog, segmenter=segmenter).fit(JOBS)


def counts(items):
    return {c.label: c.count for c in items}


def test_size_and_structure_are_counted_with_unstated_values_last(ranker):
    profile = ranker_profile(GRADUATES, ranker)
    assert profile.total == 9
    assert [(c.label, c.count) for c in profile.by_year] == [("2025", 1), ("2026", 8)]
    assert counts(profile.by_school) == {"新疆大学": 8, "石河子大学": 1}
    assert [(c.label, c.count) for c in profile.by_education] == [("大专", 2), ("本科", 6), (UNSTATED, 1)]
    assert [c.label for c in profile.by_degree] == ["无学位", "学士", UNSTATED]
    assert [(c.label, c.count) for c in profile.by_gender] == [("女", 7), ("男", 1), (UNSTATED, 1)]
    assert profile.by_gender[0].share == pytest.approx(7 / 9)
    assert [(c.label, c.count) for c in profile.by_category] == [("12 管理学", 5), ("10 医学", 1), (UNPLACED_CATEGORY, 3)]
    assert [(c.label, c.count) for c in profile.by_class] == [("1202 工商管理类", 5), ("1011 护理学类", 1), (UNPLACED, 3)]
    assert profile.top_majors[0].label == "会计学" and profile.top_majors[0].count == 3


def test_majors_no_class_takes_are_counted_and_listed_by_stated_name(ranker):
    profile = ranker_profile(GRADUATES, ranker)
    assert profile.unplaced == 3
    assert [(c.label, c.count) for c in profile.unplaced_majors] == [("风力发电工程技术（不在本科专业目录中）", 2),
                                                                       ("未填写专业", 1)]


def test_a_major_outside_the_catalog_is_placed_as_the_fairs_place_it(catalog):
    """The placement is the one given (``graduate_class`` bound to a ranker in the service): a
    专科 name the ranker places in a class is counted there, not as unplaced."""
    wind = ThemeLink("0805", "能源动力类", "")
    place = lambda g: wind if g.major == "风力发电工程技术" else None  # noqa: E731
    profile = profile_cohort(GRADUATES, catalog=catalog, place=place)
    assert counts(profile.by_class) == {"0805 能源动力类": 2, UNPLACED: 7}
    assert counts(profile.by_category) == {"08 工学": 2, UNPLACED_CATEGORY: 7}


def test_year_and_school_filters(ranker):
    profile = ranker_profile(GRADUATES, ranker, year=2026, school=" 新疆大学 ")
    assert (profile.year, profile.school, profile.total) == (2026, "新疆大学", 7)
    assert {c.label for c in profile.by_school} == {"新疆大学"}
    assert ranker_profile(GRADUATES, ranker, year=2024).total == 0


def test_wishes_count_each_graduate_once_and_refusals_come_from_the_intention(ranker):
    wishes = ranker_profile(GRADUATES, ranker).intentions
    assert wishes.stated == 5  # A1–A4 by preferences or text, N1 by text; A5, W1, W2, X1 state nothing
    assert wishes.share == pytest.approx(5 / 9)
    assert [(c.label, c.count) for c in wishes.places] == [("新疆 乌鲁木齐市", 2), ("新疆 伊犁哈萨克自治州", 1)]
    assert wishes.places[0].share == pytest.approx(2 / 5)
    assert counts(wishes.kinds) == {"会计": 1}
    assert counts(wishes.refused_places) == {"喀什": 1}
    assert counts(wishes.refused_kinds) == {"销售": 1}


def test_a_place_is_one_line_however_it_was_written(ranker):
    """A city written 乌鲁木齐, 乌鲁木齐市 or 乌市 (the 意向地点 column keeps what was typed) is one
    place, as the ranker's place keys read it; so are 喀什地区 and 喀什 refused."""
    cohort = [_graduate(f"P{n}", "会计学", "120203", preferences=Preferences(locations=places))
              for n, places in enumerate((("乌鲁木齐",), ("乌鲁木齐市", "乌市"), ("乌市",), ("伊犁哈萨克自治州",)))]
    cohort += [_graduate("R1", "会计学", "120203", intention="不去喀什地区"),
               _graduate("R2", "会计学", "120203", intention="不考虑喀什和南疆")]
    wishes = ranker_profile(cohort, ranker).intentions
    assert [(c.label, c.count) for c in wishes.places] == [("新疆 乌鲁木齐市", 3), ("新疆 伊犁哈萨克自治州", 1)]
    assert [(c.label, c.count) for c in wishes.refused_places] == [("喀什", 2), ("南疆", 1)]


def test_pay_median_quartiles_and_bands():
    pay = pay_wishes([8000, 4000, 6000, 5000])
    assert (pay.stated, pay.lowest, pay.highest) == (4, 4000, 8000)
    assert (pay.lower_quartile, pay.median, pay.upper_quartile) == (4750, 5500, 6500)  # QUARTILE.INC
    assert {c.label: c.count for c in pay.bands if c.count} == {"4000–4999元": 1, "5000–5999元": 1, "6000–7999元": 1,
                                                               "8000–9999元": 1}
    assert pay_wishes([]).median is None and pay_wishes([5000]).median == 5000


def test_supply_against_positions_flags_both_ways(ranker):
    supply = ranker_profile(GRADUATES, ranker).supply
    rows = {c.key: c for c in supply.classes}
    business, nursing = rows["1202"], rows["1011"]
    assert (business.graduates, business.positions, business.openings, business.flag) == (5, 1, 1, SURPLUS)
    assert business.ratio == pytest.approx(0.2)
    # NUR2 states no headcount: counted as one opening and said so.
    assert (nursing.graduates, nursing.positions, nursing.headcount, nursing.headcount_unknown, nursing.openings) == \
        (1, 2, 8, 1, 9)
    assert nursing.flag == SHORTAGE and [c.key for c in supply.shortage] == ["1011"]
    assert (supply.positions_total, supply.positions_unplaced, supply.graduates_unplaced) == (4, 1, 3)
    assert "未使用专业匹配模型" in supply.basis and "未注明招聘人数的岗位按 1 人计" in supply.basis


def test_a_class_with_positions_and_no_graduates_has_no_ratio():
    link = ThemeLink("0809", "计算机类", "")
    supply = supply_demand({}, jobs=[Job(id="D", title="开发", headcount=6)], links={"D": (link,)}, basis="",
                           limits=BalanceLimits(min_side=5))
    (row,) = supply.classes
    assert (row.graduates, row.openings, row.ratio, row.flag) == (0, 6, None, SHORTAGE)


def test_without_jobs_there_is_no_supply_section(catalog, segmenter):
    stand_in = Ranker(catalog=catalog, segmenter=segmenter).fit([STAND_IN_JOB])
    profile = ranker_profile(GRADUATES, stand_in, with_jobs=False)
    assert profile.supply is None and counts(profile.by_class)["1202 工商管理类"] == 5


def test_the_sensitive_section_is_absent_unless_asked(ranker):
    assert ranker_profile(GRADUATES, ranker).sensitive is None
    sensitive = ranker_profile(GRADUATES, ranker, sensitive=True).sensitive
    assert counts(sensitive.hardship) == {"零就业家庭": 1, "低收入家庭": 1, "残疾": 1, "少数民族": 0, "脱贫家庭": 0,
                                          "长期失业": 0}
    assert (sensitive.hardship_any, sensitive.hardship_none, sensitive.hardship_unknown) == (2, 1, 6)
    assert (sensitive.disability, sensitive.ethnic_minority, sensitive.ethnicity_unknown) == (1, 2, 6)  # 其他 unknown
    assert dict(sensitive.counted) == {"A1": ("ethnicity", "hardship"), "A2": ("ethnicity", "hardship"),
                                       "A3": ("ethnicity", "hardship"), "A4": ("ethnicity",)}


def test_filters_apply_to_the_sensitive_counts_and_their_audit_list(ranker):
    sensitive = ranker_profile(GRADUATES, ranker, school="石河子大学", sensitive=True).sensitive
    assert [graduate for graduate, _ in sensitive.counted] == ["A3"] and sensitive.disability == 1
