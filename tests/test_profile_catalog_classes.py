"""The profile counts a major into a class only where the catalogs put it (2026-12-07 profile review).

8 graduates of a made-up major 「量子炼金术」 were counted as 0702 物理学类 and 07 理学 (the model's guess,
``fair_themes.graduate_class``), and 供需对比 showed physics supply that did not exist. The fairs keep the
guess (it helps an invitation) but their reason now says it is one. Wished places are counted as 生源地
is (「海淀区」 with 「北京」, 「昆山」 under 江苏 苏州市). The policy verdict files name each graduate.
"""

from __future__ import annotations

import csv

import pytest

from features.education import Degree, EducationLevel, EducationRequirement
from features.policies import Policy
from features.records import Gender, Graduate, Job, Preferences
from matching.cohort_profile import UNPLACED, profile_cohort, ranker_profile
from matching.fair_themes import graduate_class
from matching.policies import GraduatePolicies, PolicyMatch
from matching.verdict import Status
from service.policy_report import write_policy_results
from service.profile_text import summary_lines
from tests.profile_guess import guessing_ranker
from tests.test_cohort_profile import counts

BACHELOR = EducationRequirement(minimum=EducationLevel.BACHELOR)


def _graduate(id, major, code=None, *, locations=()):
    return Graduate(id=id, name=f"学生{id}", school="新疆大学", major=major, major_code=code,
                    education=EducationLevel.BACHELOR, degree=Degree.BACHELOR, graduation_year=2026,
                    gender=Gender.FEMALE, preferences=Preferences(locations=tuple(locations)))


GRADUATES = ([_graduate(f"Q{i}", "量子炼金术") for i in range(8)]
             + [_graduate("P1", "物理学", "070201"), _graduate("P2", "物理学", "070201"),
                _graduate("J1", "大数据与会计"),  # 专科 catalog name, filed under 1202 by the tables
                _graduate("O1", "水利与交通工程"),  # an old undergraduate name: 081010, 土木类
                _graduate("X1", None)])
JOBS = [Job(id="PHY", title="物理教师", employer="某中学", majors_text="物理学", education=BACHELOR, headcount=8),
        Job(id="ACC", title="会计", employer="某公司", majors_text="会计学", education=BACHELOR, headcount=2)]


@pytest.fixture(scope="module")
def ranker(catalog, segmenter):
    return guessing_ranker(catalog, segmenter, JOBS)


def test_an_unknown_major_is_listed_apart_not_counted_in_the_class_a_model_guesses(ranker):
    profile = ranker_profile(GRADUATES, ranker)
    assert counts(profile.by_class) == {"0702 物理学类": 2, "1202 工商管理类": 1, "0810 土木类": 1, UNPLACED: 9}
    assert counts(profile.by_category)["07 理学"] == 2
    assert profile.unplaced == 9
    assert [(c.key, c.label, c.count) for c in profile.unplaced_majors] == [
        ("量子炼金术", "量子炼金术（不在专业目录中）", 8), ("", "未填写专业", 1)]
    text = "\n".join(summary_lines(profile))
    assert "未归入本科专业类的专业（9 人）：量子炼金术 8 人（不在专业目录中）、未填写专业 1 人" in text


def test_supply_against_demand_counts_the_same_catalog_classes(ranker):
    supply = ranker_profile(GRADUATES, ranker).supply
    physics = next(c for c in supply.classes if c.key == "0702")
    assert (physics.graduates, physics.openings) == (2, 8)
    assert physics.ratio == pytest.approx(4.0)
    assert supply.graduates_unplaced == 9


def test_the_fairs_keep_the_guess_and_say_it_is_one(ranker):
    link = graduate_class(ranker, GRADUATES[0])
    assert link.key == "0702"  # invitations still reach the nearest class
    assert link.reason == "专业：量子炼金术（不在本科专业目录中，由模型按专业名称估计归入物理学类）"


def test_wished_places_are_counted_by_province_and_city_as_origins_are(catalog):
    cohort = [_graduate("A", "物理学", "070201", locations=("北京", "海淀区")),  # one graduate, one line
              _graduate("B", "物理学", "070201", locations=("海淀区",)),
              _graduate("C", "物理学", "070201", locations=("昆山", "江苏苏州")),
              _graduate("D", "物理学", "070201", locations=("南疆", "乌市"))]
    profile = profile_cohort(cohort, catalog=catalog, place=lambda graduate: None)
    assert counts(profile.intentions.places) == {"北京 北京市": 2, "江苏 苏州市": 1, "南疆": 1, "新疆 乌鲁木齐市": 1}
    by_level = profile.wishes_by_education[0]
    assert dict(by_level.places)["北京 北京市"] == 2


def test_policy_verdict_files_name_each_graduate_by_name_and_school(tmp_path):
    policy = Policy(id="P1", name="求职创业补贴")
    results = [GraduatePolicies(graduate_id=g, matches=(
        PolicyMatch(policy_id="P1", status=Status.ELIGIBLE, reasons=("学历符合",), discloses=()),)) for g in ("G1", "G2")]
    people = {"G1": Graduate(id="G1", name="古丽", school="新疆大学"), "G2": Graduate(id="G2")}
    write_policy_results(tmp_path / "r.csv", results, {"P1": policy}, people)
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["graduate_id", "name", "school", "policy_id", "policy_name", "status", "reasons"]
    assert rows[1:] == [["G1", "古丽", "新疆大学", "P1", "求职创业补贴", "符合", "学历符合"],
                        ["G2", "", "", "P1", "求职创业补贴", "符合", "学历符合"]]


def test_jobmatch_policies_out_names_each_graduate_from_the_graduates_file(tmp_path):
    from openpyxl import load_workbook

    from service.cli import main

    policies, graduates = tmp_path / "policies.csv", tmp_path / "graduates.csv"
    policies.write_text("政策编号,政策名称,学历\nP1,就业见习,大专及以上\n", encoding="utf-8")
    graduates.write_text("学号,姓名,学校,专业,学历,毕业年份\nA1,古丽,新疆大学,会计学,本科,2026\n", encoding="utf-8")
    for name in ("out.csv", "out.xlsx"):
        assert main(["policies", "--policies", str(policies), "--graduates", str(graduates), "--out",
                     str(tmp_path / name), "--data-dir", str(tmp_path / "state")]) == 0
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as f:
        row = next(csv.DictReader(f))
    assert (row["graduate_id"], row["name"], row["school"], row["policy_id"]) == ("A1", "古丽", "新疆大学", "P1")
    sheet = list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    assert sheet[0][:4] == ("毕业生编号", "姓名", "学校", "政策编号") and sheet[1][:4] == ("A1", "古丽", "新疆大学", "P1")
