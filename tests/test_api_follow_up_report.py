"""``GET /api/follow-ups``: every graduate's follow-up record at once, for reports to the
bureau — the current state of each (graduate, job) by default, every row on request; its
filters, paging, roles and audit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from service.storage.models import FollowUpRow
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import follow_up_audit, recorded

URL = "/api/follow-ups"
UTC = dt.timezone.utc


def seed(api) -> list[int]:
    """Five rows over three graduates, one a day from 1 September (at 12:00 UTC)."""
    ids = [
        recorded(api, "G1", job_id="J-SOFT", status="已推送", subsidy="已申请")["id"],
        recorded(api, "G1", job_id="J-SOFT", status="已投递")["id"],  # states no subsidy: 已申请 still holds
        recorded(api, "G1", job_id="J-NET", status="已推送", note="电话告知")["id"],
        recorded(api, "G2", job_id="J-ACC", status="已录用")["id"],
        recorded(api, "G3", job_id="J-TEACH", status="面试中", subsidy="已发放")["id"],
    ]
    with api.app.state.session_factory() as session:
        for day, row_id in enumerate(ids, start=1):
            session.execute(update(FollowUpRow).where(FollowUpRow.id == row_id)
                            .values(at=dt.datetime(2026, 9, day, 12, tzinfo=UTC)))
        session.commit()
    return ids


def lines(api, **params) -> list[tuple]:
    body = api.get(URL, "officer", params=params).json()
    return [(i["graduate_id"], i["job_id"], i["status"], i["subsidy"]) for i in body["items"]]


def test_by_default_each_graduate_and_job_is_listed_once_in_its_current_state(api):
    seed(api)
    assert lines(api) == [("G1", "J-SOFT", "已投递", "已申请"), ("G1", "J-NET", "已推送", "已申请"),
                          ("G2", "J-ACC", "已录用", None), ("G3", "J-TEACH", "面试中", "已发放")]
    first = api.get(URL, "officer").json()["items"][1]
    assert (first["note"], first["job_title"], first["user_name"], first["graduate_name"], first["school"],
            first["major"], first["graduate_exists"]) == ("电话告知", "网络运维工程师", "王老师", "阿依古丽", "新疆大学",
                                                         "计算机科学与技术", True)
    assert "hardship" not in first  # no sensitive field of the graduate's record


def test_all_rows_lists_every_row_with_its_own_subsidy(api):
    ids = seed(api)
    body = api.get(URL, "officer", params={"all_rows": True}).json()
    assert [i["id"] for i in body["items"]] == ids and body["total"] == 5
    assert [i["subsidy"] for i in body["items"]] == ["已申请", None, None, None, "已发放"]


@pytest.mark.parametrize(("params", "expected"), [
    ({"status": "已推送"}, [("G1", "J-NET")]),
    ({"subsidy": "已申请"}, [("G1", "J-SOFT"), ("G1", "J-NET")]),
    ({"subsidy": "已申请", "all_rows": True}, [("G1", "J-SOFT")]),
    ({"school": "石河子"}, [("G2", "J-ACC")]),
    ({"since": "2026-09-04"}, [("G2", "J-ACC"), ("G3", "J-TEACH")]),
    ({"since": "2026-09-02", "all_rows": True, "status": "已推送"}, [("G1", "J-NET")]),
])
def test_the_filters(api, params, expected):
    seed(api)
    assert [line[:2] for line in lines(api, **params)] == expected


def test_since_is_a_day_in_beijing_time(api):
    """16:30 UTC on 1 September is already 2 September in Beijing; 15:59 UTC is not."""
    ids = seed(api)
    with api.app.state.session_factory() as session:
        for row_id, at in ((ids[3], dt.datetime(2026, 9, 1, 16, 30, tzinfo=UTC)),
                           (ids[4], dt.datetime(2026, 9, 1, 15, 59, tzinfo=UTC))):
            session.execute(update(FollowUpRow).where(FollowUpRow.id == row_id).values(at=at))
        session.commit()
    found = [line[0] for line in lines(api, since="2026-09-02", all_rows=True)]
    assert "G2" in found and "G3" not in found


def test_since_the_first_day_of_the_calendar_lists_everything(api):
    """Midnight of 0001-01-01 in Beijing is before the first UTC moment Python can hold:
    it reads as 'since the beginning', not as a 500."""
    seed(api)
    response = api.get(URL, "officer", params={"since": "0001-01-01", "all_rows": True})
    assert response.status_code == 200, response.text
    assert response.json()["total"] == 5


def test_pages_are_slices_of_one_order(api):
    seed(api)
    whole = lines(api)
    pieces = [api.get(URL, "officer", params={"offset": o, "limit": 2}).json() for o in (0, 2)]
    assert {p["total"] for p in pieces} == {4}
    assert [(i["graduate_id"], i["job_id"]) for p in pieces for i in p["items"]] == [w[:2] for w in whole]
    assert_problem(api.get(URL, "officer", params={"limit": 501}), 422, "limit")


def test_a_deleted_graduate_keeps_their_lines_without_the_record(api):
    seed(api)
    assert api.delete("/api/graduates/G3", "officer").status_code == 204
    (line,) = [i for i in api.get(URL, "officer").json()["items"] if i["graduate_id"] == "G3"]
    assert (line["graduate_exists"], line["graduate_name"], line["school"]) == (False, None, None)
    assert "G3" not in [x[0] for x in lines(api, school="喀什")]


def test_the_subsidy_states_and_notes_shown_are_audited_as_on_a_graduates_history(api):
    seed(api)
    api.get(URL, "officer")
    reads = {g: [r.fields for r in follow_up_audit(api, g) if r.action == "read"] for g in ("G1", "G2", "G3")}
    assert reads == {"G1": [["subsidy", "note"]], "G2": [], "G3": [["subsidy"]]}


@pytest.mark.parametrize("who", ["organiser", "g1"])
def test_only_officers_read_the_report(api, who):
    assert_problem(api.get(URL, who), 403)


@pytest.mark.parametrize(("params", "fragment"), [
    ({"since": "2026-13-01"}, "since"), ({"since": "0"}, "since"), ({"status": "录取了"}, "status"), ({"subsidy": "发了"}, "subsidy"),
    ({"school": "校" * 101}, "school"),
])
def test_bad_parameters_are_a_422_naming_them(api, params, fragment):
    assert_problem(api.get(URL, "officer", params=params), 422, f"查询参数「{fragment}」")
