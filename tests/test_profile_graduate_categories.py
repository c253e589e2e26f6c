"""A 研究生 major no table files under a 本科 class still counts in its 学科门类; guidance selects a class as the
profile counts it (2026-12-07 profile follow-up).

The sample profile left 学科教学（英语）, 学科教学（数学）, 学科教学（语文） and 纺织科学与工程 out of the 门类 table (04 教育学
16, 08 工学 113), though the 研究生 catalog gives their 门类 (0451 教育, 0821 纺织科学与工程). ``jobmatch guidance
--major-class 0702`` took the graduates of a made-up 「量子炼金术」 the model reads as physics, whom the profile
counts in no class.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from features.education import Degree, EducationLevel, EducationRequirement
from features.records import Gender, Graduate, Job
from matching.cohort_majors import NOT_IN_CATALOG, graduate_category, unplaced_reason
from matching.cohort_profile import UNPLACED, UNPLACED_CATEGORY, ranker_profile
from matching.guidance import ranker_cohort
from matching.ranker import Ranker
from service.model_store import load_major_code_tables
from service.profile_text import summary_lines
from tests.profile_guess import guessing_ranker
from tests.test_api_fixtures import Api, start_api
from tests.test_cohort_profile import counts

BACHELOR = EducationRequirement(minimum=EducationLevel.BACHELOR)


def _graduate(id, major, code=None, *, education=EducationLevel.MASTER):
    degree = Degree.MASTER if education is EducationLevel.MASTER else Degree.BACHELOR
    return Graduate(id=id, name=f"学生{id}", school="新疆师范大学", major=major, major_code=code, education=education,
                    degree=degree, graduation_year=2026, gender=Gender.FEMALE)


GRADUATES = [_graduate("E1", "学科教学（英语）"), _graduate("E2", "学科教学（英语）"), _graduate("E3", "学科教学(数学)"),
             _graduate("T1", "纺织科学与工程"), _graduate("A1", "农艺与种业"),
             _graduate("Q1", "量子炼金术", education=EducationLevel.BACHELOR),
             _graduate("Q2", "量子炼金术", education=EducationLevel.BACHELOR),
             _graduate("P1", "物理学", "070201", education=EducationLevel.BACHELOR),
             _graduate("D1", "教育学", "040101", education=EducationLevel.BACHELOR)]
JOBS = [Job(id="TEA", title="英语教师", employer="某中学", majors_text="教育学、英语", education=BACHELOR, headcount=6),
        Job(id="PHY", title="物理教师", employer="某中学", majors_text="物理学", education=BACHELOR, headcount=3)]


@pytest.fixture(scope="module")
def ranker(catalog, segmenter):
    return guessing_ranker(catalog, segmenter, JOBS)


def test_a_graduate_major_no_class_takes_counts_in_its_catalog_category_and_stays_apart_from_the_classes(ranker):
    profile = ranker_profile(GRADUATES, ranker)
    assert counts(profile.by_category) == {"04 教育学": 4, "08 工学": 1, "07 理学": 1, UNPLACED_CATEGORY: 3}
    assert counts(profile.by_class) == {"0702 物理学类": 1, "0401 教育学类": 1, UNPLACED: 7}
    assert profile.unplaced == 7
    why = {c.key: c.label for c in profile.unplaced_majors}
    assert why["学科教学（英语）"] == "学科教学（英语）（研究生专业，参照表未对应本科专业类；按研究生学科目录计入 04 教育学）"
    assert why["纺织科学与工程"] == "纺织科学与工程（研究生专业，参照表未对应本科专业类；按研究生学科目录计入 08 工学）"
    assert why["农艺与种业"] == "农艺与种业（不在专业目录中）"  # a 2022 农业 field the shipped catalog lacks
    # The cross-tables read the same 门类 lines.
    cross = profile.category_by_education
    assert list(cross.rows) == [c.label for c in profile.by_category]
    assert dict(zip(cross.rows, cross.row_totals))["04 教育学"] == 4
    assert [g.label for g in profile.wishes_by_category] == [c.label for c in profile.by_category]
    text = "\n".join(summary_lines(profile))
    assert "未归入学科门类" in text and "学科教学(数学) 1 人（研究生专业，参照表未对应本科专业类；按研究生学科目录计入 04 教育学）" in text


def test_supply_against_demand_stays_on_the_catalog_classes(ranker):
    supply = ranker_profile(GRADUATES, ranker).supply
    assert supply.graduates_unplaced == 7
    graduates = {c.key: c.graduates for c in supply.classes if c.graduates}
    assert graduates == {"0702": 1, "0401": 1}  # no 研究生 门类 enters a class row


@pytest.mark.parametrize(("name", "category"), [
    ("学科教学（英语）", ("04", "教育学")),
    ("纺织科学与工程", ("08", "工学")),
    ("纺织科学与工程0821", ("08", "工学")),
    ("农业硕士（农艺与种业）", ("09", "农学")),  # the 专业学位 category named with the field
    ("农艺与种业（农业）", ("09", "农学")),
    ("农艺与种业（095131）", ("09", "农学")),  # the code written with it: 0951 农业
    ("集成电路科学与工程", ("14", "交叉学科")),  # a 门类 the 本科 catalog lacks
    ("农艺与种业", None),
    ("物理学（师范）", None),  # a qualifier, not a 专业学位 category
    ("大数据与会计", None),  # a 专科 name: 专业大类 are no 门类
    ("量子炼金术", None),
])
def test_the_category_of_a_graduate_major_is_read_from_the_graduate_catalog(ranker, name, category):
    assert graduate_category(ranker, name) == category


def test_a_field_the_shipped_catalog_lacks_is_said_to_be_outside_it(ranker):
    assert unplaced_reason(ranker, "农艺与种业") == NOT_IN_CATALOG
    assert unplaced_reason(ranker, "农业硕士（农艺与种业）").endswith("按研究生学科目录计入 09 农学")


def test_guidance_selects_a_class_as_the_profile_counts_it_not_as_the_model_guesses(ranker):
    assert {g.id for g in ranker_cohort(ranker, GRADUATES, major_class="0702")} == {"P1"}  # no 量子炼金术
    profile = ranker_profile(GRADUATES, ranker)
    for line in profile.by_class:
        if line.key:
            assert len(ranker_cohort(ranker, GRADUATES, major_class=line.key)) == line.count, line.label


def test_the_profile_api_counts_a_graduate_major_in_its_category(tmp_path, monkeypatch, catalog, segmenter):
    """As the service's ranker (``service.engine.build_ranker``) reads majors: with the code tables."""
    import tests.test_api_fixtures as fixtures

    tables = load_major_code_tables()
    monkeypatch.setattr(fixtures, "basic_ranker_factory",
                        lambda jobs: Ranker(catalog=catalog, segmenter=segmenter, major_tables=tables).fit(jobs))
    app, tokens = start_api(tmp_path, jobs=JOBS, graduates=GRADUATES)
    with TestClient(app) as client:
        body = Api(client=client, app=app, tokens=tokens).get("/api/profile", "officer").json()
    categories = {c["label"]: c["count"] for c in body["by_category"]}
    assert categories["04 教育学"] == 4 and categories["08 工学"] == 1
    assert {c["label"]: c["count"] for c in body["by_class"]}[UNPLACED] == 7
