"""贫困残疾人家庭 as a hardship group (a poor household with a disabled member: within 低收入家庭,
never the graduate's own 残疾), read from the 困难类别 cell, stored and shown as the other groups
are, and decided by policies (samples/policies.csv P01); and a 防返贫 monitored household whose
risk is eliminated (「监测对象（风险已消除）」), which is no 防返贫监测对象 any more."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from features.education import EducationLevel
from features.hardship import parse_hardship_group_list, read_hardship
from features.policies import Policy, parse_hardship_requirement
from features.records import Graduate, Hardship, HardshipGroup, hardship_labels
from matching.policies import check_policy
from matching.rules import RulesEngine
from matching.verdict import Status
from service.importers import read_graduates
from service.storage import repository as repo
from service.storage.db import make_session_factory, upgrade
from tests.test_api_fixtures import GRADUATES, Api, start_api
from tests.test_storage import empty_engine, full_graduate  # noqa: F401

LOW, POOR, DISABLED = Hardship.LOW_INCOME_FAMILY, Hardship.POVERTY_ALLEVIATION, Hardship.DISABILITY
FAMILY, MONITORED = HardshipGroup.POOR_DISABLED_FAMILY, HardshipGroup.RELAPSE_MONITORING
#: The sample's 一次性求职创业补贴 (samples/policies.csv P01).
SUBSIDY = "低保家庭、特困人员、脱贫家庭、残疾；或贫困残疾人家庭；或获得国家助学贷款"


# --- reading the sheet -----------------------------------------------------------------


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("贫困残疾人家庭", {LOW}, {FAMILY}),
    ("残疾人家庭", {LOW}, set()),  # the family, on a hardship sheet: not the graduate's 残疾, and not said poor
    ("重度残疾人家庭", {LOW}, set()),
    ("残疾人贫困家庭", {LOW}, {FAMILY}),
    ("困难残疾人家庭", {LOW}, {FAMILY}),
    ("城乡低保、贫困残疾人家庭", {LOW}, {HardshipGroup.SUBSISTENCE_ALLOWANCE, FAMILY}),
    ("残疾；贫困残疾人家庭", {DISABLED, LOW}, {FAMILY}),  # both: the graduate and the household
    ("非贫困残疾人家庭", set(), set()),
    ("残疾", {DISABLED}, set()),  # the graduate's own disability is unchanged
])
def test_a_poor_family_with_a_disabled_member_is_a_group_of_low_income(cell, categories, groups):
    assert read_hardship(cell) == (frozenset(categories), frozenset(groups))


@pytest.mark.parametrize("cell", ["父母残疾", "残疾军人子女", "家庭成员残疾"])
def test_a_relatives_disability_is_still_refused_and_the_message_names_the_group(cell):
    with pytest.raises(ValueError, match="亲属的情况.*可写「贫困残疾人家庭」"):
        read_hardship(cell)


def test_the_group_is_stated_in_its_category_and_listed_as_a_group():
    assert FAMILY.category is LOW
    assert hardship_labels(frozenset({LOW}), frozenset({FAMILY})) == ["低收入家庭（贫困残疾人家庭）"]
    assert parse_hardship_group_list(["贫困残疾人家庭"]) == frozenset({FAMILY})
    with pytest.raises(ValueError, match="属于低收入家庭"):
        Graduate(id="X", hardship=frozenset({DISABLED}), hardship_groups=frozenset({FAMILY}))


def test_the_importer_reads_it_from_the_hardship_cell(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("学号,困难类别\nA1,贫困残疾人家庭\nA2,残疾\n", encoding="utf-8-sig")
    by_id = {g.id: g for g in read_graduates(path).records}
    assert (by_id["A1"].hardship, by_id["A1"].hardship_groups) == (frozenset({LOW}), frozenset({FAMILY}))
    assert (by_id["A2"].hardship, by_id["A2"].hardship_groups) == (frozenset({DISABLED}), None)


def test_the_group_round_trips_as_text_without_a_migration(empty_engine):  # noqa: F811
    """``hardship_groups`` is a JSON list of the groups' names: a new name needs no migration."""
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    graduate = full_graduate(hardship_groups=frozenset({FAMILY}))
    with factory() as session:
        repo.upsert_graduates(session=session, graduates=[graduate])
        session.commit()
    with factory() as session:
        assert repo.get_graduate(session=session, graduate_id="G001") == graduate


# --- policies ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def engine():
    from service.resources import load_major_catalog

    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6))


GRADUATE = Graduate(id="G", education=EducationLevel.BACHELOR, graduation_year=2026, hardship=frozenset(),
                    student_loan=False)


def verdict(engine, graduate, wanted: str):
    return check_policy(engine, graduate, Policy(id="P", name="政策", hardship=parse_hardship_requirement(wanted)))


def test_the_policy_names_the_group_rather_than_an_open_alternative():
    req = parse_hardship_requirement(SUBSIDY)
    assert req.alternatives == ("获得国家助学贷款",)
    assert FAMILY in req.groups and (LOW, "贫困残疾人家庭") in req.partial


def test_the_subsidy_admits_the_group_and_refuses_a_record_without_it(engine):
    family = replace(GRADUATE, hardship=frozenset({LOW}), hardship_groups=frozenset({FAMILY}))
    found = verdict(engine, family, SUBSIDY)
    assert found.status is Status.ELIGIBLE and found.reasons[0].endswith("您登记为贫困残疾人家庭")
    assert found.discloses == ("hardship", "hardship_groups", "student_loan")
    # Was 待核实 (「请核实是否属于贫困残疾人家庭的情形」) for every graduate with no listed category.
    none = verdict(engine, GRADUATE, SUBSIDY)
    assert none.status is Status.NOT_ELIGIBLE
    # 低收入家庭 stated broadly may be any of its groups: reviewed, naming them.
    broad = verdict(engine, replace(GRADUATE, hardship=frozenset({LOW})), SUBSIDY)
    assert broad.status is Status.NEEDS_REVIEW and "请核实是否属于低保家庭、特困人员、贫困残疾人家庭" in broad.reasons[0]


def test_a_disabled_household_not_said_poor_is_reviewed_not_admitted(engine, tmp_path):
    """「残疾人家庭」 does not say the household is under the 低保 or 低收入 line (贫困残疾人家庭): a
    subsidy for that group reviews it, naming the group, rather than paying on a guess."""
    path = tmp_path / "g.csv"
    path.write_text("学号,学历,毕业年份,困难类别,助学贷款\nA1,本科,2026,残疾人家庭,否\nA2,本科,2026,贫困残疾人家庭,否\n",
                    encoding="utf-8-sig")
    bare, poor = read_graduates(path).records
    found = verdict(engine, bare, SUBSIDY)
    assert found.status is Status.NEEDS_REVIEW
    assert "请核实是否属于低保家庭、特困人员、贫困残疾人家庭" in found.reasons[0]
    assert verdict(engine, poor, SUBSIDY).status is Status.ELIGIBLE


# --- the service -------------------------------------------------------------------------


@pytest.fixture
def api(tmp_path):
    g1 = replace(GRADUATES[0], hardship=frozenset({LOW}), hardship_groups=frozenset({FAMILY}))
    app, tokens = start_api(tmp_path, graduates=[g1, *GRADUATES[1:]])
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_officers_read_the_group_audited_and_organisers_never(api):
    body = api.get("/api/graduates/G1", "officer").json()
    assert body["hardship_groups"] == ["贫困残疾人家庭"]
    (row,) = [r for r in api.audit_rows() if r.action == "read" and r.record_id == "G1"]
    assert "hardship_groups" in row.fields
    hidden = api.get("/api/graduates/G1", "organiser").json()
    assert "hardship_groups" not in hidden and "hardship" not in hidden
    created = api.post("/api/graduates", "officer", json={
        "id": "G9", "hardship": ["低收入家庭"], "hardship_groups": ["贫困残疾人家庭"]})
    assert created.status_code == 201 and created.json()["hardship_groups"] == ["贫困残疾人家庭"]


# --- monitoring whose risk is eliminated --------------------------------------------------


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("边缘易致贫户（风险已消除）", set(), set()),  # never a 脱贫户
    ("脱贫不稳定户（风险已消除）", {POOR}, set()),  # a 脱贫户 still
    ("脱贫户；监测对象（风险已消除）", {POOR}, set()),
    ("监测对象（风险未消除）", {POOR}, {MONITORED}),  # still monitored
    ("未消除风险的监测户", {POOR}, {MONITORED}),
    ("防返贫监测户", {POOR}, {MONITORED}),
])
def test_a_household_whose_risk_is_eliminated_is_not_monitored(cell, categories, groups):
    assert read_hardship(cell) == (frozenset(categories), frozenset(groups))


@pytest.mark.parametrize("cell", ["监测对象（风险已消除）", "防返贫监测户(已消除风险)", "风险已消除监测户",
                                  "突发严重困难户（风险已消除）", "低保、监测对象（风险已消除）"])
def test_a_monitoring_ended_without_saying_whether_a_poverty_household_is_refused(cell):
    """A monitored household may be a 脱贫户 or not: read as none it would be refused a 脱贫家庭
    subsidy (求职创业补贴 said 不符合), read as 脱贫家庭 admitted on a guess; the clerk is asked."""
    with pytest.raises(ValueError, match="未写明是否为脱贫户.*原为脱贫户的请写「脱贫家庭」"):
        read_hardship(cell)


def test_listed_as_a_group_it_is_refused_saying_why():
    with pytest.raises(ValueError, match="风险已消除，已不属于防返贫监测对象"):
        parse_hardship_group_list(["监测对象（风险已消除）"])


def test_a_monitoring_policy_does_not_admit_it(engine, tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("学号,学历,毕业年份,困难类别\nA1,本科,2026,边缘易致贫户（风险已消除）\n", encoding="utf-8-sig")
    (graduate,) = read_graduates(path).records
    found = verdict(engine, graduate, "防返贫监测对象")
    assert found.status is Status.NOT_ELIGIBLE
    assert found.reasons[0].endswith("您的登记信息中没有政策所列的困难类别")
