"""A graduate reading their own record (``GET /api/graduates/{id}``, and the answer to their own
``PATCH``) sees the public fields and their phone, not the officers' fields: hardship category and
groups, the student loan, whether they need support, 民族 and the ID number. The phone read is
audited as theirs; the officer still sees everything."""

from __future__ import annotations

from tests.test_api_fixtures import api, assert_problem  # noqa: F401

OFFICERS_ONLY = {"ethnicity", "hardship", "hardship_groups", "student_loan", "needs_support", "id_number"}


def test_a_graduate_does_not_see_the_officers_fields_of_their_own_record(api):
    body = api.get("/api/graduates/G1", "g1").json()
    assert body["id"] == "G1" and body["phone"] == "13900000001"
    assert OFFICERS_ONLY.isdisjoint(body), sorted(OFFICERS_ONLY & set(body))
    reads = [r for r in api.audit_rows() if r.record_id == "G1" and r.action == "read"]
    assert [(r.role, tuple(r.fields)) for r in reads] == [("graduate", ("phone",))]


def test_the_answer_to_a_graduates_own_edit_holds_no_officers_field(api):
    changed = api.patch("/api/graduates/G1", "g1", json={"intention": "想去克拉玛依做网络运维"})
    assert changed.status_code == 200, changed.text
    assert OFFICERS_ONLY.isdisjoint(changed.json())


def test_the_officer_still_reads_every_field(api):
    body = api.get("/api/graduates/G1", "officer").json()
    assert OFFICERS_ONLY <= set(body) and body["hardship"] == ["低收入家庭"]
