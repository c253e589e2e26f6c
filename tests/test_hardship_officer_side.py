"""The officer side of the narrower hardship groups and the student loan: a 困难类别 cell that
also names the loan, the 防返贫 monitoring groups by their names, a graduate file in the API's
shape (``hardship_groups``, ``student_loan``), the officers' cohort profile counting groups and
loan holders (audited per graduate), and the support list stacked on a phone."""

from __future__ import annotations

import csv
import getpass
import json
import re
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from features.hardship import read_hardship_cell
from features.policies import parse_hardship_requirement
from features.records import Graduate, Hardship, HardshipGroup
from matching.cohort_profile import profile_cohort
from service.cli import main
from service.importers import read_graduates
from tests.test_api_fixtures import GRADUATES, JOBS, Api, start_api
from tests.test_api_pages import login
from tests.test_cli import audit_rows

LOW, POOR, DISABLED = Hardship.LOW_INCOME_FAMILY, Hardship.POVERTY_ALLEVIATION, Hardship.DISABILITY
DIBAO, TEKUN, MONITORED = HardshipGroup.SUBSISTENCE_ALLOWANCE, HardshipGroup.EXTREME_POVERTY, HardshipGroup.RELAPSE_MONITORING


# --- the 困难类别 cell -------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "categories", "groups", "loan"), [
    ("建档立卡、助学贷款", {POOR}, set(), True),
    ("低保；国家助学贷款", {LOW}, {DIBAO}, True),
    ("残疾，生源地信用助学贷款", {DISABLED}, set(), True),
    ("特困供养 已获得国家助学贷款", {LOW}, {TEKUN}, True),
    ("低保户；未获得国家助学贷款", {LOW}, {DIBAO}, False),
    ("脱贫户、助学贷款（生源地）", {POOR}, set(), True),  # a note, not an answer
    ("残疾、助学贷款（否）", {DISABLED}, set(), False),  # a bracketed answer decides
    ("国家助学贷款", set(), set(), True),  # the clerk listed what applies: no category
    ("低收入家庭", {LOW}, set(), None),  # no loan named: the cell says nothing of it
])
def test_a_hardship_cell_naming_the_loan_gives_the_categories_and_the_loan(cell, categories, groups, loan):
    read = read_hardship_cell(cell)
    assert (read.categories, read.groups, read.student_loan) == (frozenset(categories), frozenset(groups), loan)


@pytest.mark.parametrize(("cell", "message"), [
    ("脱贫户助学贷款", "「脱贫户助学贷款」中的助学贷款请与困难类别分开写"),
    ("助学贷款、无助学贷款", "对助学贷款的说法前后矛盾"),
    ("低保、申请助学贷款", "无法识别的助学贷款情况「申请助学贷款」"),  # applied is not obtained
    ("是否助学贷款", "是一个问句"),
])
def test_a_loan_the_cell_words_unclearly_is_refused(cell, message):
    with pytest.raises(ValueError, match=message):
        read_hardship_cell(cell)


@pytest.mark.parametrize("cell", ["边缘易致贫户", "突发严重困难户", "脱贫不稳定户", "监测对象", "监测户",
                                  "防返贫监测户", "防止返贫监测对象", "边缘易致贫户（防返贫监测）", "易返贫致贫户"])
def test_the_monitoring_groups_by_their_names_are_monitored_within_poverty_alleviation(cell):
    """防返贫监测户 was already read as 脱贫家庭 and 防返贫监测对象; its groups by their official
    names are read the same way (突发严重困难户 was refused as unknown, the others lost the group)."""
    read = read_hardship_cell(cell)
    assert (read.categories, read.groups) == ({POOR}, {MONITORED})


@pytest.mark.parametrize("cell", ["非边缘易致贫户", "不是监测对象"])
def test_a_negated_monitoring_group_is_stated_none(cell):
    read = read_hardship_cell(cell)
    assert (read.categories, read.groups) == (frozenset(), frozenset())


@pytest.mark.parametrize("item", ["边缘易致贫户", "脱贫不稳定户", "突发严重困难户"])
def test_a_policy_naming_a_monitoring_group_admits_the_group_not_every_poverty_alleviation_family(item):
    requirement = parse_hardship_requirement(item)
    assert not requirement.whole and requirement.groups == {MONITORED}


def test_the_importer_reads_the_loan_from_the_cell_and_refuses_a_row_the_loan_column_contradicts(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("学号,困难类别,是否获得国家助学贷款\n"
                    "A1,建档立卡、助学贷款,\n"
                    "A2,低保；国家助学贷款,是\n"
                    "A3,低保；国家助学贷款,否\n"
                    "A4,边缘易致贫户,否\n"
                    "A5,无助学贷款,是\n", encoding="utf-8-sig")
    result = read_graduates(path)
    by_id = {g.id: g for g in result.records}
    assert (by_id["A1"].hardship, by_id["A1"].hardship_groups, by_id["A1"].student_loan) == ({POOR}, None, True)
    assert (by_id["A2"].hardship, by_id["A2"].hardship_groups, by_id["A2"].student_loan) == ({LOW}, {DIBAO}, True)
    assert (by_id["A4"].hardship, by_id["A4"].hardship_groups, by_id["A4"].student_loan) == ({POOR}, {MONITORED}, False)
    assert sorted(by_id) == ["A1", "A2", "A4"]
    first, second = result.skipped
    assert (first.row, first.column) == (4, "困难类别")
    assert "写明获得助学贷款" in first.message and "「是否获得国家助学贷款」列的「否」矛盾" in first.message
    assert second.row == 6 and "写明未获得助学贷款" in second.message and "列的「是」矛盾" in second.message


def test_without_a_loan_column_the_cell_states_the_loan(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("学号,困难类别\nA1,低保；国家助学贷款\nA2,低保\n", encoding="utf-8-sig")
    loans = {g.id: g.student_loan for g in read_graduates(path).records}
    assert loans == {"A1": True, "A2": None}


# --- a graduate file in the API's shape -------------------------------------------------


COHORT = [replace(GRADUATES[0], hardship_groups=frozenset({DIBAO}), student_loan=True),  # G1 低收入家庭
          replace(GRADUATES[1], student_loan=False),  # G2 stated no hardship: []
          *GRADUATES[2:]]


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=JOBS, graduates=COHORT)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_graduates_exported_by_the_api_import_with_their_groups_and_loan(api, tmp_path):
    """The API writes ``hardship_groups`` and ``hardship: []``; the importer ignored the first
    (the group was lost) and refused the second (「无法识别的困难类别：「[]」」, the row skipped)."""
    exported = api.get("/api/graduates", "officer").json()
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    result = read_graduates(path)
    assert result.skipped == [] and "hardship_groups" not in result.ignored_columns
    by_id = {g.id: g for g in result.records}
    for original in COHORT:
        read = by_id[original.id]
        assert (read.hardship, read.hardship_groups, read.student_loan) == (
            original.hardship, original.hardship_groups, original.student_loan), original.id


def test_a_json_group_outside_its_category_is_refused_naming_the_field(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps([
        {"id": "A1", "hardship": ["低收入家庭"], "hardship_groups": ["低保家庭", "特困人员"]},
        {"id": "A2", "hardship": ["残疾"], "hardship_groups": ["防返贫监测对象"]},
        {"id": "A3", "hardship": ["低收入家庭"], "hardship_groups": ["低收入家庭"]},
        {"id": "A4", "hardship_groups": []},
    ], ensure_ascii=False), encoding="utf-8")
    result = read_graduates(path)
    assert {g.id: g.hardship_groups for g in result.records} == {"A1": {DIBAO, TEKUN}, "A4": None}
    bad = {error.row: error for error in result.skipped}
    assert bad[2].column == "hardship_groups" and "「防返贫监测对象」属于脱贫家庭，但「hardship」中没有脱贫家庭" in bad[2].message
    assert bad[3].column == "hardship_groups" and "「低收入家庭」不是困难类别中的细分类别" in bad[3].message


# --- the officers' cohort profile --------------------------------------------------------


def test_the_sensitive_profile_counts_groups_and_loan_holders_and_audits_those_fields(catalog):
    cohort = [Graduate(id="A", hardship=frozenset({LOW}), hardship_groups=frozenset({DIBAO}), student_loan=True),
              Graduate(id="B", hardship=frozenset({LOW, POOR}), hardship_groups=frozenset({TEKUN, MONITORED}),
                       student_loan=False),
              Graduate(id="C", hardship=frozenset({LOW}), student_loan=True),
              Graduate(id="D", hardship=frozenset()),
              Graduate(id="E")]
    counts = profile_cohort(cohort, catalog=catalog, place=lambda g: None, sensitive=True).sensitive
    assert {c.label: c.count for c in counts.hardship_groups} == {"低保家庭": 1, "特困人员": 1, "防返贫监测对象": 1,
                                                                         "贫困残疾人家庭": 0}
    assert (counts.student_loan, counts.student_loan_none, counts.student_loan_unknown) == (2, 1, 2)
    assert dict(counts.counted) == {"A": ("hardship", "hardship_groups", "student_loan"),
                                    "B": ("hardship", "hardship_groups", "student_loan"),
                                    "C": ("hardship", "student_loan"), "D": ("hardship",)}


def test_officers_get_group_and_loan_counts_audited_and_the_page_shows_them(api):
    body = api.get("/api/profile", "officer", params={"sensitive": "true"}).json()["sensitive"]
    assert {c["label"]: c["count"] for c in body["hardship_groups"]} == {"低保家庭": 1, "特困人员": 0, "防返贫监测对象": 0,
                                                                          "贫困残疾人家庭": 0}
    assert (body["student_loan"], body["student_loan_none"], body["student_loan_unknown"]) == (1, 1, 2)
    fields = {r.record_id: tuple(r.fields) for r in api.audit_rows()}
    assert fields["G1"] == ("ethnicity", "hardship", "hardship_groups", "student_loan")
    assert fields["G2"] == ("ethnicity", "hardship", "student_loan")
    assert api.get("/api/profile", "organiser").json()["sensitive"] is None
    login(api, "officer")
    page = api.client.get("/profile", params={"sensitive": "true"}).text
    assert "细分类别（登记表写明的）" in page and "<dt>获得国家助学贷款</dt><dd>1 人</dd>" in page


GRADUATES_CSV = """学号,姓名,学校,专业,学历,毕业年份,民族,困难类别,助学贷款
A1,张三,新疆财经大学,会计学,本科,2026,汉族,低保；国家助学贷款,
A2,李四,新疆财经大学,财务管理,本科,2026,维吾尔族,边缘易致贫户,否
A3,王五,石河子大学,审计学,本科,2026,哈萨克族,无,是
A4,赵六,新疆大学,会计学,本科,2026,汉族,,
"""


def test_the_command_line_profile_prints_and_writes_the_group_and_loan_counts(tmp_path, capsys):
    graduates, data_dir = tmp_path / "g.csv", tmp_path / "state"
    graduates.write_text(GRADUATES_CSV, encoding="utf-8")
    assert main(["profile", "--graduates", str(graduates), "--sensitive", "--data-dir", str(data_dir), "--no-model"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"低保家庭\s+1", out) and re.search(r"防返贫监测对象\s+1", out)
    assert "获得国家助学贷款 2 人，登记未获得 1 人，未登记 1 人" in out
    login_name = getpass.getuser()
    assert audit_rows(data_dir) == [
        ("A1", "profile", "cli", login_name, ("ethnicity", "hardship", "hardship_groups", "student_loan")),
        ("A2", "profile", "cli", login_name, ("ethnicity", "hardship", "hardship_groups", "student_loan")),
        ("A3", "profile", "cli", login_name, ("ethnicity", "hardship", "student_loan")),
        ("A4", "profile", "cli", login_name, ("ethnicity",))]
    table = tmp_path / "p.csv"
    assert main(["profile", "--graduates", str(graduates), "--sensitive", "--data-dir", str(data_dir), "--no-model",
                 "--out", str(table)]) == 0
    with table.open(encoding="utf-8-sig") as f:
        rows = {r["item"]: r["count"] for r in csv.DictReader(f) if r["section"] == "敏感信息"}
    assert (rows["细分类别：低保家庭"], rows["细分类别：特困人员"], rows["获得国家助学贷款"]) == ("1", "0", "2")


# --- the support list on a phone -----------------------------------------------------------


def test_the_officers_support_list_stacks_each_cell_under_its_columns_name(api):
    login(api, "officer")
    page = api.client.get("/officer").text
    table = page.split('id="support"')[0].rsplit("<table", 1)[1] + page.split('id="support"')[1].split("</table>")[0]
    assert re.search(r'class="[^"]*\bstack\b', table)
    headers = re.findall(r"<th\b[^>]*>([^<]*)</th>", table)
    rows = re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], re.S)
    assert len(rows) == 2  # G1 and G3, the hardship-support cases
    for row in rows:
        assert re.findall(r'<td[^>]*data-label="([^"]*)"', row) == headers
        assert len(re.findall(r"<td\b", row)) == len(headers)
