"""Narrower hardship groups (低保家庭, 特困人员, 防返贫监测对象) and the national student loan
(获得国家助学贷款): read from the sheet, stored, shown as ``hardship`` is (officers and the
graduate themself, audited; organisers never), and the policy check that decides with them
(一次性求职创业补贴)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from features.education import EducationLevel
from features.hardship import parse_hardship_groups, read_hardship
from features.policies import Policy, parse_hardship_requirement
from features.records import Graduate, Hardship, HardshipGroup, hardship_labels
from features.student_loan import parse_student_loan
from features.values import parse_hardship
from matching.policies import check_policy
from matching.rules import RulesEngine
from matching.verdict import Status
from service.api.withheld import redact
from service.importers import read_graduates
from service.storage import repository as repo
from service.storage.db import make_session_factory, upgrade
from tests.test_api_fixtures import GRADUATES, Api, assert_problem, start_api
from tests.test_storage import empty_engine, full_graduate  # noqa: F401

LOW, POOR = Hardship.LOW_INCOME_FAMILY, Hardship.POVERTY_ALLEVIATION
DIBAO, TEKUN, MONITORED = HardshipGroup.SUBSISTENCE_ALLOWANCE, HardshipGroup.EXTREME_POVERTY, HardshipGroup.RELAPSE_MONITORING
#: The sample's 一次性求职创业补贴 (samples/policies.csv P01).
SUBSIDY = "低保家庭、特困人员、脱贫家庭、残疾；或贫困残疾人家庭；或获得国家助学贷款"


# --- reading the sheet -----------------------------------------------------------------


@pytest.mark.parametrize(("cell", "categories", "groups"), [
    ("低保户", {LOW}, {DIBAO}),
    ("城乡低保", {LOW}, {DIBAO}),
    ("农村低保对象", {LOW}, {DIBAO}),
    ("特困供养", {LOW}, {TEKUN}),
    ("特困人员", {LOW}, {TEKUN}),
    ("防返贫监测户", {POOR}, {MONITORED}),
    ("城乡低保、少数民族", {LOW, Hardship.ETHNIC_MINORITY}, {DIBAO}),
    ("低收入家庭；低保", {LOW}, {DIBAO}),
    ("低收入家庭", {LOW}, set()),  # broad only: the group is unknown
    ("低保边缘户", {LOW}, set()),  # 低收入 but not 低保
    ("特困职工家庭", {LOW}, set()),  # a trade-union list, not 特困人员
    ("特困生", {LOW}, set()),  # a school's 家庭经济特别困难 level of student aid, not 特困人员
    ("特困学生", {LOW}, set()),
    ("城乡低保户", {LOW}, {DIBAO}),
    ("享受城乡居民最低生活保障家庭", {LOW}, {DIBAO}),  # the official name of 低保
    ("最低生活保障边缘家庭", {LOW}, set()),
    ("特困供养人员", {LOW}, {TEKUN}),
    ("五保户", {LOW}, {TEKUN}),  # 农村五保, merged into 特困人员救助供养 in 2014
    ("脱贫户（防返贫监测）", {POOR}, {MONITORED}),
    ("防止返贫监测对象", {POOR}, {MONITORED}),
    ("非最低生活保障；残疾", {Hardship.DISABILITY}, set()),
    ("建档立卡贫困户", {POOR}, set()),
    ("非低保；残疾", {Hardship.DISABILITY}, set()),
    ("无", set(), set()),
])
def test_the_cell_keeps_the_narrower_group_beside_the_broad_category(cell, categories, groups):
    assert read_hardship(cell) == (frozenset(categories), frozenset(groups))
    assert parse_hardship(cell) == frozenset(categories)  # every broad use reads what it read before
    assert parse_hardship_groups(cell) == (frozenset(groups) or None)


def test_an_empty_cell_states_nothing_and_a_loan_in_the_hardship_cell_is_no_category():
    assert read_hardship("") is None and parse_hardship_groups(None) is None
    # The loan named in the cell goes to its own field (tests/test_hardship_cell_loan.py), never a category.
    assert parse_hardship("低保、国家助学贷款") == frozenset({LOW})


@pytest.mark.parametrize(("cell", "loan"), [
    ("是", True), ("有", True), ("已获得", True), ("生源地信用助学贷款", True), ("Y", True), (True, True),
    ("是（生源地）", True), ("有(校园地)", True),
    ("否", False), ("无", False), ("未获得", False), ("N", False), (False, False),
    ("未申请", False), ("否（未申请）", False), ("无贷款", False),
    ("", None), (None, None), (" ", None),
])
def test_the_loan_cell_reads_yes_no_or_unstated(cell, loan):
    assert parse_student_loan(cell) is loan


@pytest.mark.parametrize("cell", ["不清楚", "（是）", "是否"])
def test_an_unreadable_loan_cell_is_refused(cell):
    with pytest.raises(ValueError, match=f"无法识别的助学贷款情况「{cell}」"):
        parse_student_loan(cell)


@pytest.mark.parametrize(("item", "group"), [("享受城乡居民最低生活保障家庭", DIBAO), ("五保供养人员", TEKUN),
                                             ("防止返贫监测对象", MONITORED)])
def test_a_policy_naming_a_group_by_another_name_names_the_group_not_the_category(item, group):
    """Read whole, 「享受最低生活保障家庭」 would admit every 低收入家庭."""
    req = parse_hardship_requirement(item)
    assert not req.whole and req.groups == {group}


def test_the_importer_reads_both_columns_and_names_a_bad_cell(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("学号,姓名,困难类别,是否获得国家助学贷款\n"
                    "A1,甲,低保户,是\nA2,乙,低收入家庭,否\nA3,丙,无,\nA4,丁,特困供养,不清楚\n", encoding="utf-8-sig")
    result = read_graduates(path)
    by_id = {g.id: g for g in result.records}
    assert (by_id["A1"].hardship, by_id["A1"].hardship_groups, by_id["A1"].student_loan) == (
        frozenset({LOW}), frozenset({DIBAO}), True)
    assert by_id["A1"].needs_support  # still a 低收入家庭 hardship-support case
    assert (by_id["A2"].hardship_groups, by_id["A2"].student_loan) == (None, False)
    assert (by_id["A3"].hardship, by_id["A3"].student_loan) == (frozenset(), None)
    (skipped,) = result.skipped
    assert skipped.column == "是否获得国家助学贷款" and "不清楚" in skipped.message


def test_without_a_loan_column_the_loan_is_unknown(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("学号,困难类别\nA1,城乡低保\n", encoding="utf-8-sig")
    (graduate,) = read_graduates(path).records
    assert graduate.student_loan is None and graduate.hardship_groups == frozenset({DIBAO})


def test_a_group_needs_its_category_and_an_empty_set_means_none_named():
    with pytest.raises(ValueError, match="低保家庭」属于低收入家庭"):
        Graduate(id="X", hardship=frozenset({Hardship.DISABILITY}), hardship_groups=frozenset({DIBAO}))
    with pytest.raises(ValueError, match="属于脱贫家庭"):
        Graduate(id="X", hardship=None, hardship_groups=frozenset({MONITORED}))
    assert Graduate(id="X", hardship=frozenset({LOW}), hardship_groups=frozenset()).hardship_groups is None
    assert hardship_labels(frozenset({LOW, Hardship.DISABILITY}), frozenset({DIBAO})) == ["低收入家庭（低保家庭）", "残疾"]


# --- storage ---------------------------------------------------------------------------


def test_groups_and_loan_round_trip_on_every_database(empty_engine):  # noqa: F811
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    graduate = full_graduate(hardship_groups=frozenset({DIBAO}), student_loan=True)
    unstated = full_graduate("G002", hardship_groups=None, student_loan=False)
    with factory() as session:
        repo.upsert_graduates(session=session, graduates=[graduate, unstated])
        session.commit()
    with factory() as session:
        assert repo.get_graduate(session=session, graduate_id="G001") == graduate
        assert repo.get_graduate(session=session, graduate_id="G002") == unstated


def test_rows_written_before_the_migration_read_as_no_group_and_loan_unstated(empty_engine):  # noqa: F811
    from alembic import command

    from service.storage.db import alembic_config

    upgrade(empty_engine, "0003")
    assert "student_loan" not in {c["name"] for c in inspect(empty_engine).get_columns("graduates")}
    with empty_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO graduates (id, name, intention, pref_locations, pref_categories, pref_industries, hardship, "
            "needs_support, created_at, updated_at) VALUES ('OLD', '旧记录', '', '[]', '[]', '[]', :hardship, :yes, "
            ":now, :now)"), {"hardship": '["低收入家庭"]', "yes": True, "now": dt.datetime(2026, 9, 1)})
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    with factory() as session:
        old = repo.get_graduate(session=session, graduate_id="OLD")
        assert (old.hardship, old.hardship_groups, old.student_loan) == (frozenset({LOW}), None, None)
        repo.create_graduate(session=session, graduate=full_graduate(hardship_groups=frozenset({DIBAO}),
                                                                     student_loan=True))
        session.commit()
    config = alembic_config()
    with empty_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    assert "hardship_groups" not in {c["name"] for c in inspect(empty_engine).get_columns("graduates")}
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM graduates")).scalar() == 2
    upgrade(empty_engine)
    with factory() as session:  # the downgrade dropped the new fields, and kept the rows
        again = repo.get_graduate(session=session, graduate_id="G001")
        assert (again.hardship_groups, again.student_loan, again.hardship) == (None, None, full_graduate().hardship)


# --- the policy check ------------------------------------------------------------------


@pytest.fixture(scope="module")
def engine():
    from service.resources import load_major_catalog

    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6))


GRADUATE = Graduate(id="G", education=EducationLevel.BACHELOR, graduation_year=2026, hardship=frozenset({LOW}))


def verdict(engine, graduate, wanted: str):
    return check_policy(engine, graduate, Policy(id="P", name="政策", hardship=parse_hardship_requirement(wanted)))


def test_a_sheet_that_said_dibao_meets_a_dibao_policy(engine):
    found = verdict(engine, replace(GRADUATE, hardship_groups=frozenset({DIBAO})), "低保家庭")
    assert found.status is Status.ELIGIBLE
    assert found.reasons == ("困难类别符合：政策面向困难类别为低保家庭的毕业生，您登记为低保家庭",)
    assert found.discloses == ("hardship", "hardship_groups")


def test_low_income_stated_only_broadly_is_still_reviewed(engine):
    found = verdict(engine, GRADUATE, "低保家庭")
    assert found.status is Status.NEEDS_REVIEW and found.discloses == ("hardship",)
    assert found.reasons[0] == ("困难类别待核实：政策面向困难类别为低保家庭的毕业生，您登记为低收入家庭，"
                                "这一类别比政策所列的低保家庭范围更宽，请核实是否属于低保家庭")


def test_another_group_named_is_reviewed_not_refused(engine):
    """A sheet that says 特困供养 names what the school recorded, not every scheme the
    household is in: whether it is also 低保 is for an officer to check."""
    found = verdict(engine, replace(GRADUATE, hardship_groups=frozenset({TEKUN})), "低保家庭")
    assert found.status is Status.NEEDS_REVIEW
    assert found.reasons == ("困难类别待核实：政策面向困难类别为低保家庭的毕业生，您登记为低收入家庭（特困人员），"
                             "请核实是否也属于低保家庭",)
    assert verdict(engine, replace(GRADUATE, hardship_groups=frozenset({DIBAO})), "特困人员").status \
        is Status.NEEDS_REVIEW
    # A group the record cannot hold (低保边缘) stays reviewed whatever the sheet named.
    assert verdict(engine, replace(GRADUATE, hardship_groups=frozenset({TEKUN})), "低保边缘家庭").status \
        is Status.NEEDS_REVIEW
    monitored = replace(GRADUATE, hardship=frozenset({POOR}), hardship_groups=frozenset({MONITORED}))
    assert verdict(engine, monitored, "防返贫监测对象").status is Status.ELIGIBLE
    assert verdict(engine, replace(monitored, hardship_groups=None), "防返贫监测对象").status is Status.NEEDS_REVIEW


def test_a_reason_naming_the_group_is_audited_as_naming_it_whatever_the_policy_asks(engine):
    found = verdict(engine, replace(GRADUATE, hardship_groups=frozenset({TEKUN})), "残疾")
    assert found.status is Status.NOT_ELIGIBLE and "低收入家庭（特困人员）" in found.reasons[0]
    assert found.discloses == ("hardship", "hardship_groups")


def test_the_loan_decides_the_loan_alternative(engine):
    none = replace(GRADUATE, hardship=frozenset())
    with_loan = verdict(engine, replace(none, student_loan=True), "残疾；或获得国家助学贷款")
    assert with_loan.status is Status.ELIGIBLE and with_loan.discloses == ("hardship", "student_loan")
    assert with_loan.reasons == ("困难类别符合：政策面向困难类别为残疾的毕业生（或获得国家助学贷款），您登记为获得国家助学贷款",)
    without = verdict(engine, replace(none, student_loan=False), "残疾；或获得国家助学贷款")
    assert without.status is Status.NOT_ELIGIBLE and "登记未获得国家助学贷款" in without.reasons[0]
    unknown = verdict(engine, none, "残疾；或获得国家助学贷款")
    assert unknown.status is Status.NEEDS_REVIEW and unknown.discloses == ("hardship",)
    # Unknown hardship, but a loan on record: the loan alone admits.
    assert verdict(engine, replace(GRADUATE, hardship=None, student_loan=True), "残疾；或获得国家助学贷款").status \
        is Status.ELIGIBLE


def test_the_subsidy_of_the_sample_list(engine):
    """P01: 符合 through a group or the loan; 贫困残疾人家庭 is a group the record holds
    (``tests/test_hardship_disabled_family.py``), so a graduate with neither is refused."""
    assert verdict(engine, replace(GRADUATE, hardship_groups=frozenset({DIBAO})), SUBSIDY).status is Status.ELIGIBLE
    assert verdict(engine, replace(GRADUATE, hardship_groups=frozenset({TEKUN})), SUBSIDY).status is Status.ELIGIBLE
    neither = verdict(engine, replace(GRADUATE, hardship=frozenset(), student_loan=False), SUBSIDY)
    assert neither.status is Status.NOT_ELIGIBLE and neither.reasons[0].endswith(
        "您的登记信息中没有政策所列的困难类别，登记未获得国家助学贷款")
    broad = verdict(engine, replace(GRADUATE, student_loan=False), SUBSIDY)
    assert broad.status is Status.NEEDS_REVIEW and "请核实是否属于低保家庭、特困人员、贫困残疾人家庭" in broad.reasons[0]


def test_the_organisers_copy_tells_neither_field(engine):
    hidden = redact(replace(GRADUATE, hardship_groups=frozenset({DIBAO}), student_loan=True))
    assert hidden.hardship_groups is None and hidden.student_loan is None and hidden.hardship is None
    assert {"hardship_groups", "student_loan"} <= hidden.withheld


# --- the service -----------------------------------------------------------------------

POLICIES_CSV = f"""政策编号,政策名称,学历,困难类别
P-SUB,求职创业补贴,大专及以上,{SUBSIDY}
"""


@pytest.fixture
def api(tmp_path, monkeypatch):
    path = tmp_path / "policies.csv"
    path.write_text(POLICIES_CSV, encoding="utf-8-sig")
    monkeypatch.setenv("JOBMATCH_POLICIES", str(path))
    g1 = replace(GRADUATES[0], hardship_groups=frozenset({DIBAO}), student_loan=True)  # 低收入家庭 (低保)
    app, tokens = start_api(tmp_path, graduates=[g1, *GRADUATES[1:]])
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_officers_read_both_fields_and_the_read_is_audited(api):
    body = api.get("/api/graduates/G1", "officer").json()
    assert body["hardship_groups"] == ["低保家庭"] and body["student_loan"] is True
    (row,) = [r for r in api.audit_rows() if r.action == "read" and r.record_id == "G1"]
    assert {"hardship_groups", "student_loan"} <= set(row.fields)
    listed = api.get("/api/graduates?needs_support=true", "officer").json()["items"]
    assert [g["hardship_groups"] for g in listed if g["id"] == "G1"] == [["低保家庭"]]


def test_the_graduate_themself_reads_neither_field(api):
    # Officers' fields, the graduate's own record included (2026-12-06 session 3; ``GraduateOwn``).
    body = api.get("/api/graduates/G1", "g1").json()
    assert {"hardship", "hardship_groups", "student_loan"}.isdisjoint(body)
    (row,) = [r for r in api.audit_rows() if r.action == "read" and r.record_id == "G1"]
    assert row.role == "graduate" and {"hardship", "hardship_groups", "student_loan"}.isdisjoint(row.fields)


@pytest.mark.parametrize("who", ["organiser", "g1"])
def test_only_officers_write_them_and_organisers_never_see_them(api, who):
    if who == "organiser":
        body = api.get("/api/graduates/G1", who).json()
        assert "hardship_groups" not in body and "student_loan" not in body and "hardship" not in body
        assert not [r for r in api.audit_rows() if r.record_id == "G1"]
        listed = api.get("/api/graduates", who).json()["items"]
        assert listed and not any("student_loan" in g or "hardship_groups" in g for g in listed)
    for field, value in (("student_loan", False), ("hardship_groups", [])):
        assert_problem(api.patch("/api/graduates/G1", who, json={field: value}), 403, field)
    assert "hardship_groups" in api.client.get("/openapi.json").text  # documented


def test_the_officer_reads_the_groups_verdict_audited_and_the_graduate_reads_it_left_to_officers(api):
    officer = api.get("/api/graduates/G1/policies", "officer").json()
    own = api.get("/api/graduates/G1/policies", "g1").json()
    assert [v["policy"]["id"] for v in officer["eligible"]] == ["P-SUB"]
    assert "该毕业生登记为低保家庭" in officer["eligible"][0]["reasons"][-1]
    # The graduate's own verdict is judged without the officers' fields: no group named, 待核实
    # (tests/test_graduate_own_suggestions_private.py).
    mine = next(v for v in own["needs_review"] if v["policy"]["id"] == "P-SUB")
    assert any("该信息仅就业服务专员可见，请由专员核实" in r for r in mine["reasons"])
    assert "您登记" not in str(own) and "P-SUB" not in str(own["eligible"])
    assert [tuple(r.fields) for r in api.audit_rows() if r.action == "policies" and r.role == "officer"] == [
        ("hardship", "hardship_groups", "student_loan")]
    assert not [r for r in api.audit_rows() if r.action == "policies" and r.role == "graduate"]
    assert api.get("/api/graduates/G1/policies", "organiser").status_code == 403


def test_officers_create_and_patch_them_and_a_category_taken_off_takes_its_groups(api):
    created = api.post("/api/graduates", "officer", json={
        "id": "G9", "hardship": ["低收入家庭", "残疾"], "hardship_groups": ["特困人员"], "student_loan": False})
    assert created.status_code == 201 and created.json()["hardship_groups"] == ["特困人员"]
    patched = api.patch("/api/graduates/G9", "officer", json={"hardship": ["残疾"]}).json()
    assert patched["hardship_groups"] is None and patched["student_loan"] is False
    refused = api.post("/api/graduates", "officer", json={"id": "G8", "hardship": ["残疾"], "hardship_groups": ["低保家庭"]})
    assert_problem(refused, 422, "字段「困难细分类别」（hardship_groups）：须属于所列困难类别：低保家庭属于低收入家庭")
    assert refused.json()["errors"][0]["loc"] == ["body", "hardship_groups"]
    assert_problem(api.patch("/api/graduates/G9", "officer", json={"hardship_groups": ["防返贫监测对象"]}), 422,
                   "字段「困难细分类别」（hardship_groups）：须属于所列困难类别：防返贫监测对象属于脱贫家庭")  # the stored categories
    assert_problem(api.post("/api/graduates", "organiser", json={"id": "G7", "student_loan": True}), 403)


def test_the_officer_page_shows_the_group_and_the_loan(api):
    from tests.test_api_pages import login

    login(api, "officer")
    page = api.client.get("/officer").text
    assert "低收入家庭（低保家庭）" in page and "国家助学贷款" in page


def test_the_follow_up_export_names_the_group_and_the_loan(api, tmp_path, monkeypatch):
    from service.cli import main
    from service.commands.follow_ups import COLUMNS

    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    assert api.post("/api/graduates/G1/follow-ups", "officer", json={"job_id": "J-SOFT", "status": "已推送"}).status_code == 201
    out = tmp_path / "f.csv"
    assert main(["follow-ups", "export", "--out", str(out), "--data-dir", str(tmp_path / "data")]) == 0
    import csv

    (row,) = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert list(row) == list(COLUMNS) and (row["hardship"], row["student_loan"]) == ("低收入家庭（低保家庭）", "是")
    (entry,) = [r for r in api.audit_rows() if r.action == "follow_up_export"]
    assert entry.fields == ["hardship", "hardship_groups", "student_loan"]


def test_the_sample_sheet_demonstrates_both(tmp_path):
    """Every sample graduate whose sheet says 低保 or 特困, or 助学贷款 是, meets the sample's
    subsidy; those said 低收入家庭 only without a loan are reviewed."""
    from pathlib import Path

    from matching.policies import graduate_policies
    from service.policy_file import read_policies
    from service.resources import load_major_catalog

    root = Path(__file__).resolve().parents[1]
    graduates = read_graduates(root / "samples" / "graduates.csv").records
    (subsidy,) = [p for p in read_policies(root / "samples" / "policies.csv").policies if p.id == "P01"]
    rules = RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6))
    status = {g.id: graduate_policies(rules, g, [subsidy]).matches[0].status for g in graduates}
    grouped = [g for g in graduates if g.hardship_groups]
    assert len(grouped) >= 5 and all(status[g.id] is Status.ELIGIBLE for g in grouped)
    assert all(status[g.id] is Status.ELIGIBLE for g in graduates if g.student_loan)
    broad = [g for g in graduates if g.hardship == frozenset({LOW}) and not g.hardship_groups and not g.student_loan]
    assert broad and all(status[g.id] is Status.NEEDS_REVIEW for g in broad)
