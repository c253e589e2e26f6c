"""Defects found walking through the pages as each role: a job needing no degree, and the
hardship facts on the officer's view of a graduate's page."""

from __future__ import annotations

import dataclasses

import pytest
from fastapi.testclient import TestClient

from features.education import Degree
from features.records import HardshipGroup
from tests.test_api_fixtures import GRADUATES, JOBS, Api, start_api


@pytest.fixture
def api(tmp_path):
    jobs = [dataclasses.replace(j, degree=Degree.NONE) if j.id == "J-SOFT" else j for j in JOBS]
    # G1: 低收入家庭 stated as 低保家庭, with the national student loan.
    graduates = [dataclasses.replace(g, hardship_groups=frozenset({HardshipGroup.SUBSISTENCE_ALLOWANCE}),
                                     student_loan=True) if g.id == "G1" else g for g in GRADUATES]
    app, tokens = start_api(tmp_path, jobs=jobs, graduates=graduates)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def login(api, who: str) -> None:
    assert api.client.post("/login", data={"token": api.tokens[who]}, follow_redirects=False).status_code == 303


def test_a_job_needing_no_degree_says_so_rather_than_no_degree(api):
    # The sheet says 学位要求「不限」; 「无学位」 under 学位要求 reads as "only those without one".
    login(api, "g1")
    page = api.client.get("/job/J-SOFT").text
    assert "<dt>学位要求</dt><dd>不限</dd>" in page and "无学位" not in page
    body = api.get("/api/jobs/J-SOFT", "g1").json()
    assert body["degree"] == "不限"


def test_the_officer_sees_hardship_groups_loan_and_phone_on_a_graduates_page_audited(api):
    login(api, "officer")
    before = len(api.audit_rows())
    page = api.client.get("/graduate/G1").text
    facts = page.split('id="support-facts"')[1].split("</p>")[0]
    assert "低收入家庭（低保家庭）" in facts and "国家助学贷款" in facts and "13900000001" in facts
    rows = api.audit_rows()  # newest first
    new = rows[: len(rows) - before]
    read = [r for r in new if r.action == "read" and r.record_id == "G1"]
    assert read and set(read[0].fields) == {"hardship", "hardship_groups", "student_loan", "phone"}
    # Nothing registered reads as such, not as an empty cell.
    assert "困难类别：未登记" in api.client.get("/graduate/G4").text


@pytest.mark.parametrize("who", ["g1", "organiser"])
def test_only_the_officer_sees_them(api, who):
    login(api, who)
    page = api.client.get("/graduate/G1").text
    assert 'id="support-facts"' not in page and "低保家庭" not in page and "13900000001" not in page
