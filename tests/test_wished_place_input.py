"""意向地点 sent through the API is checked as 生源地 is: 「火星」 was stored and the graduate read 「当前岗位中
没有位于 火星、abc 的岗位」 (2026-12-07 graduate review), while the same word as 生源地 is a 422."""

from __future__ import annotations

import pytest

from service.preference_items import parse_wished_places
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_import import upload


def _note(api, graduate_id: str) -> str:
    return api.get(f"/api/graduates/{graduate_id}/recommendations", "officer").json()["major_note"] or ""


def test_a_graduates_own_patch_of_no_place_is_refused_naming_the_field_and_the_items(api):
    response = api.patch("/api/graduates/G1", "g1", json={"preferences": {"locations": ["火星", "abc", "洛阳"]}})
    body = assert_problem(response, 422, "preferences.locations", "意向地点「火星」「abc」不是可识别的地名")
    assert body["errors"][0]["loc"] == ["body", "preferences", "locations"]
    assert "洛阳" not in body["detail"]  # a place is not named as wrong
    assert api.get("/api/graduates/G1", "g1").json()["preferences"]["locations"] == ["乌鲁木齐"]
    assert "火星" not in _note(api, "G1")


def test_a_new_graduate_with_a_wished_place_that_is_no_place_is_refused(api):
    response = api.post("/api/graduates", "officer", json={"id": "G9", "preferences": {"locations": ["待定"]}})
    assert_problem(response, 422, "preferences.locations", "意向地点「待定」", "不限地点请留空")
    assert api.get("/api/graduates/G9", "officer").status_code == 404


def test_places_levels_and_refusals_are_taken_as_the_ranker_reads_them(api):
    wished = ["郑州", "河南省洛阳市", "全疆", "县城", "乡镇", "不去南疆", "除喀什外", "不去县城", "不去远郊区"]
    response = api.patch("/api/graduates/G1", "g1", json={"preferences": {"locations": wished}})
    assert response.status_code == 200, response.text
    assert response.json()["preferences"]["locations"] == wished
    # The one refusal no reader places is still said unread, as before.
    assert "未能识别的地点意向：不去远郊区（未据此筛选）" in _note(api, "G1")


def test_a_wished_place_of_bu_xian_means_no_place_and_is_named_in_no_note(api):
    response = api.patch("/api/graduates/G1", "g1", json={"preferences": {"locations": ["不限"]}})
    assert response.status_code == 200, response.text
    assert response.json()["preferences"]["locations"] == []  # as an imported 「不限」 cell
    assert "不限" not in _note(api, "G1")


def test_a_wished_place_imported_before_the_check_does_not_block_a_change_of_the_intention(api):
    csv = "编号,姓名,就业意向,意向地点\nG-OLD,旧记录,想做会计,火星\n".encode()
    assert upload(api, "/api/graduates/import", "officer", "g.csv", csv).status_code == 200
    changed = api.patch("/api/graduates/G-OLD", "officer", json={"intention": "想做出纳"})
    assert changed.status_code == 200, changed.text
    assert changed.json()["preferences"]["locations"] == ["火星"]  # kept, as a stored ID number is
    assert api.get("/api/graduates/G-OLD", "officer").status_code == 200  # and the record stays readable


@pytest.mark.parametrize("item", ["火星", "abc", "全国", "珠三角", "老家", "待定"])
def test_the_check_refuses_what_the_ranker_would_not_read_as_a_place(item):
    with pytest.raises(ValueError, match=f"意向地点「{item}」不是可识别的地名"):
        parse_wished_places([item])


def test_the_check_drops_a_bu_xian_and_keeps_the_rest_as_written():
    assert parse_wished_places([" 武汉 ", "不限", "", "北上广", "第八师"]) == ["武汉", "北上广", "第八师"]
