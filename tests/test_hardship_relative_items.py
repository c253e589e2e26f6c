"""A relative's state written as an item of its own beside the category it explains
(「零就业家庭，父母均失业」「低保户，母亲残疾」「低保、父亲已就业」) reads as the same note in brackets
(「零就业家庭（父母均失业）」) does: officers import forms that list them so, and refusing them
dropped the graduate from the support list. A cell that truly contradicts itself
(「零就业家庭，父亲已就业」) and a relative's state alone (「父母均失业」) are still refused, saying why."""

from __future__ import annotations

import pytest

from features.hardship import read_hardship_cell
from features.records import Hardship, HardshipGroup
from service.importers import read_graduates
from tests.test_api_fixtures import policy_api

ZERO, LOW, POOR = Hardship.ZERO_EMPLOYMENT_FAMILY, Hardship.LOW_INCOME_FAMILY, Hardship.POVERTY_ALLEVIATION
DISABLED = Hardship.DISABILITY
DIBAO, FAMILY = HardshipGroup.SUBSISTENCE_ALLOWANCE, HardshipGroup.POOR_DISABLED_FAMILY


def read(cell):
    found = read_hardship_cell(cell)
    return set(found.categories), set(found.groups)


@pytest.mark.parametrize(("cell", "bracketed"), [
    ("零就业家庭，父母均失业", "零就业家庭（父母均失业）"),
    ("零就业家庭、父亲失业，母亲务农", "零就业家庭（父亲失业）"),
    ("父母均失业，零就业家庭", "零就业家庭（父母均失业）"),  # before the category too
    ("低保户，母亲残疾", "低保户（母亲残疾）"),
    ("低保、父母残疾", "低保（父母残疾）"),
    ("零就业家庭，父亲残疾", "零就业家庭（父亲残疾）"),
    ("建档立卡户，父亲残疾", "建档立卡户（父亲残疾）"),
    ("低保、父亲已就业", "低保户（父亲已就业）"),
    ("长期失业，父亲已就业", "长期失业（父亲已就业）"),
])
def test_a_relatives_state_as_its_own_item_reads_as_the_bracketed_note(cell, bracketed):
    assert read(cell) == read(bracketed)


def test_the_officers_forms_read_with_their_categories():
    assert read("零就业家庭，父母均失业") == ({ZERO}, set())
    assert read("低保户，母亲残疾") == ({LOW}, {DIBAO, FAMILY})
    assert read("低保、父亲已就业") == ({LOW}, {DIBAO})


@pytest.mark.parametrize(("cell", "message"), [
    ("零就业家庭，父亲已就业", "「零就业家庭，父亲已就业」前后矛盾：零就业家庭指"),  # truly contradicts itself
    ("零就业家庭，父母均失业，母亲已就业", "前后矛盾.*「母亲已就业」中的「已就业」说有家庭成员在业"),
    ("父母均失业", "「父母均失业」写的是亲属的情况，不是毕业生本人的类别"),  # alone
    ("父亲已就业", "「父亲已就业」写的是亲属的情况"),
    ("非低保，父亲残疾", "「父亲残疾」写的是亲属的情况"),
    ("低保、已就业", "「已就业」写的是就业情况，不是困难类别"),  # the graduate's own work
])
def test_a_contradiction_or_a_state_explaining_nothing_is_still_refused(cell, message):
    with pytest.raises(ValueError, match=message):
        read_hardship_cell(cell)


GRADUATES_CSV = """学号,姓名,学校,专业,学历,毕业年份,困难类别,助学贷款
R1,甲,新疆大学,会计学,本科,2026,零就业家庭，父母均失业,否
R2,乙,新疆大学,会计学,本科,2026,低保户（母亲残疾）,否
R3,丙,新疆大学,会计学,本科,2026,低保、父亲已就业,否
R4,丁,新疆大学,会计学,本科,2026,零就业家庭，父亲已就业,否
"""
POLICIES_CSV = """政策编号,政策名称,类别,学历,毕业年份或离校年限,困难类别,申请方式
P-SUB,一次性求职创业补贴,就业补贴,大专及以上,毕业年度内,低保家庭、零就业家庭、残疾；或贫困残疾人家庭,向学校申请
"""


def test_imported_rows_reach_the_officers_support_list_and_the_contradiction_names_its_row(tmp_path, monkeypatch):
    path = tmp_path / "g.csv"
    path.write_text(GRADUATES_CSV, encoding="utf-8-sig")
    result = read_graduates(path)
    assert [g.id for g in result.records] == ["R1", "R2", "R3"]
    [bad] = result.skipped
    assert (bad.row, bad.column) == (5, "困难类别") and "前后矛盾" in bad.message
    with policy_api(tmp_path, monkeypatch, POLICIES_CSV, graduates=result.records) as api:
        support = api.get("/api/support", "officer")
        assert support.status_code == 200, support.text
        listed = {item["graduate"]["id"]: item["graduate"]["hardship"] for item in support.json()["items"]}
        assert listed == {"R1": ["零就业家庭"], "R2": ["低收入家庭"], "R3": ["低收入家庭"]}
        policies = api.get("/api/graduates/R1/policies", "officer").json()
        assert [v["policy"]["id"] for v in policies["eligible"]] == ["P-SUB"]
        assert api.get("/api/support", "organiser").status_code in (401, 403)
        assert {r.record_id for r in api.audit_rows() if r.action == "read" and r.role == "officer"} >= {"R1", "R2", "R3"}
