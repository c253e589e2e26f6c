"""Clauses of a policy's 其他条件 that are not the graduate's to check as written: who applies when
it is not the graduate (「由招用单位申请」) and a kind of university only an official list decides
(「中央部门所属高校毕业生」) — ``matching.policies.policy_clauses``, on the graduate's page and in the
officers' views."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from features.education import EducationLevel, EducationRequirement
from features.policies import Policy, parse_graduation_window
from features.records import Graduate
from matching.policies import check_policy
from matching.rules import RulesEngine
from matching.verdict import Status
from service.cli import main
from service.policy_file import read_policies
from tests.test_api_fixtures import policy_api

DAY = dt.date(2026, 12, 6)
GRADUATE = Graduate(id="G", name="古丽", school="新疆大学", education=EducationLevel.BACHELOR, graduation_year=2026)
COLLEGE = EducationRequirement(minimum=EducationLevel.JUNIOR_COLLEGE)
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def engine():
    from service.resources import load_major_catalog

    return RulesEngine(catalog=load_major_catalog(), reference_date=DAY)


def verdict(engine, graduate=GRADUATE, **conditions):
    return check_policy(engine, graduate, Policy(id="P", name="吸纳就业补贴", education=COLLEGE, **conditions))


# --- who applies --------------------------------------------------------------------------------


def test_an_employer_applied_subsidy_is_eligible_with_who_applies_as_information(engine):
    found = verdict(engine, other="由招用单位申请")
    assert found.status is Status.ELIGIBLE
    assert found.reasons == ("由招用单位申请：您被录用后，单位可申领此补贴", "学历符合：政策要求大专及以上，您的学历为本科")
    assert not any("待人工核实" in r for r in found.reasons)


@pytest.mark.parametrize(("other", "note"), [
    ("由用人单位申请", "由用人单位申请：您被录用后，单位可申领此补贴"),
    ("用人单位向当地人社部门申请，毕业生本人不直接申领", "用人单位向当地人社部门申请：您被录用后，单位可申领此补贴"),
    ("由见习单位申请", "由见习单位申请：您参加见习后，见习单位可申领此补贴"),
    ("毕业生本人不直接申领", "毕业生本人不直接申领：此项由单位申请，您本人无需申领"),
])
def test_other_ways_of_saying_who_applies(engine, other, note):
    found = verdict(engine, other=other)
    assert found.status is Status.ELIGIBLE and found.reasons[0] == note
    assert len([r for r in found.reasons if "申领" in r]) == 1  # 「本人不直接申领」 beside the party adds nothing


def test_who_applies_does_not_lift_the_graduates_own_conditions(engine):
    window = parse_graduation_window("毕业年度内或离校2年内未就业")
    old = verdict(engine, replace(GRADUATE, graduation_year=2020), graduation=window, other="由招用单位申请")
    assert old.status is Status.NOT_ELIGIBLE and old.reasons == (
        "离校年限不符：政策面向毕业年度内或离校2年内未就业的毕业生，您2020年毕业，离校已超过2年",)
    # 未就业 is the graduate's own to confirm: reviewed for that, and only for that.
    fresh = verdict(engine, graduation=window, other="由招用单位申请")
    assert fresh.status is Status.NEEDS_REVIEW
    assert [r for r in fresh.reasons if "待" in r] == [
        "就业状态待核实：政策面向毕业年度内或离校2年内未就业的毕业生，您2026年毕业，请核实目前是否未就业"]
    assert "由招用单位申请：您被录用后，单位可申领此补贴" in fresh.reasons


def test_a_condition_that_only_mentions_the_employer_is_still_reviewed(engine):
    found = verdict(engine, other="用人单位须与毕业生签订1年以上劳动合同")
    assert found.status is Status.NEEDS_REVIEW
    assert found.reasons[0] == "条件待人工核实：用人单位须与毕业生签订1年以上劳动合同"


# --- 中央部门所属高校 -------------------------------------------------------------------------------


@pytest.mark.parametrize(("other", "group"), [
    ("中央部门所属高校毕业生", "中央部门所属高校"),
    ("部属高校毕业生", "部属高校"),
    ("教育部直属高校毕业生", "教育部直属高校"),
])
def test_a_central_university_clause_asks_the_graduate_about_their_school(engine, other, group):
    found = verdict(engine, other=other)
    assert found.status is Status.NEEDS_REVIEW  # no official list ships with the project: not decided
    assert found.reasons[0] == f"毕业院校待核实：政策面向{other}，您的学校为新疆大学，请核实您的学校是否为{group}"
    unknown = verdict(engine, replace(GRADUATE, school=None), other=other)
    assert unknown.reasons[0] == f"毕业院校待核实：政策面向{other}，您的学校未填写，请核实您的学校是否为{group}"


def test_the_sample_list_no_longer_asks_graduates_to_verify_who_applies_or_a_bare_clause(engine):
    policies = {p.id: p for p in read_policies(ROOT / "samples" / "policies.csv").policies}
    p08, p09 = check_policy(engine, GRADUATE, policies["P08"]), check_policy(engine, GRADUATE, policies["P09"])
    assert "由招用单位申请：您被录用后，单位可申领此补贴" in p08.reasons
    assert "毕业院校待核实：政策面向中央部门所属高校毕业生，您的学校为新疆大学，请核实您的学校是否为中央部门所属高校" in p09.reasons
    assert not [r for r in p08.reasons + p09.reasons if ("由招用单位申请" in r and "待" in r) or "条件待人工核实：中央" in r]


# --- the views -------------------------------------------------------------------------------------

POLICIES_CSV = """政策编号,政策名称,学历,其他条件
P-HIRE,吸纳就业补贴,大专及以上,由招用单位申请
P-CEN,学费补偿,大专及以上,中央部门所属高校毕业生
"""


def test_the_graduate_reads_who_applies_and_officers_read_the_exact_clause(tmp_path, monkeypatch):
    with policy_api(tmp_path, monkeypatch, POLICIES_CSV) as api:
        mine = api.get("/api/graduates/G1/policies", "g1").json()
        staff = api.get("/api/graduates/G1/policies", "officer").json()
    assert [v["policy"]["id"] for v in mine["eligible"]] == ["P-HIRE"]
    assert mine["eligible"][0]["reasons"][0] == "由招用单位申请：您被录用后，单位可申领此补贴"
    assert mine["needs_review"][0]["reasons"][0] == (
        "毕业院校待核实：政策面向中央部门所属高校毕业生，您的学校为新疆大学，请核实您的学校是否为中央部门所属高校")
    assert staff["eligible"][0]["reasons"][0] == "由招用单位申请：该毕业生被录用后，单位可申领此补贴"
    assert staff["needs_review"][0]["reasons"][0].startswith("毕业院校待核实：政策面向中央部门所属高校毕业生，该毕业生的学校为新疆大学")


def test_the_policies_command_counts_the_employer_subsidy_eligible(tmp_path, capsys):
    policies, graduates, out = tmp_path / "p.csv", tmp_path / "g.csv", tmp_path / "out.csv"
    policies.write_text(POLICIES_CSV, encoding="utf-8")
    graduates.write_text("学号,姓名,学校,专业,学历,毕业年份\nA1,古丽,新疆大学,会计学,本科,2026\n", encoding="utf-8")
    assert main(["policies", "--policies", str(policies), "--graduates", str(graduates), "--out", str(out)]) == 0
    assert "P-HIRE 吸纳就业补贴：1 / 0 / 0" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig") as f:
        rows = {r["policy_id"]: r for r in csv.DictReader(f)}
    assert rows["P-HIRE"]["status"] == "符合"
    assert rows["P-HIRE"]["reasons"].startswith("由招用单位申请：该毕业生被录用后，单位可申领此补贴")
