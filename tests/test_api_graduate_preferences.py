"""Preferences of graduates written through the API are read from the intention text as the
importers read them, and a PATCH merges them field by field."""

from __future__ import annotations

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_import import upload

INTENTION = "想去伊犁做会计，月薪5000以上"


def preferences(api, graduate_id: str) -> dict:
    return api.get(f"/api/graduates/{graduate_id}", "officer").json()["preferences"]


def test_a_created_graduate_gets_the_preferences_of_their_intention_as_an_imported_one_does(api):
    created = api.post("/api/graduates", "officer", json={"id": "G-API", "intention": INTENTION})
    assert created.status_code == 201, created.text
    csv = f"编号,姓名,就业意向\nG-CSV,新同学,{INTENTION}\n".encode()
    assert upload(api, "/api/graduates/import", "officer", "g.csv", csv).status_code == 200
    stated = preferences(api, "G-API")
    assert stated["locations"] == ["伊犁"] and "会计" in stated["categories"] and stated["min_salary"] == 5000
    assert stated == preferences(api, "G-CSV")


def test_a_preference_sent_with_the_record_wins_even_when_empty(api):
    body = {"id": "G-API", "intention": INTENTION, "preferences": {"locations": [], "min_salary": 4000}}
    assert api.post("/api/graduates", "officer", json=body).status_code == 201
    stated = preferences(api, "G-API")
    assert stated["locations"] == [] and stated["min_salary"] == 4000  # 不限, and the stated floor
    assert "会计" in stated["categories"]  # not sent: read from the intention


def test_a_new_intention_moves_the_preferences_read_from_the_old_one(api):
    api.post("/api/graduates", "officer", json={"id": "G-API", "intention": "想去喀什做会计"})
    assert preferences(api, "G-API")["locations"] == ["喀什"]
    changed = api.patch("/api/graduates/G-API", "officer", json={"intention": "想去伊犁做会计"})
    assert changed.status_code == 200, changed.text
    assert changed.json()["preferences"]["locations"] == ["伊犁"]


def test_a_new_intention_keeps_a_preference_set_on_its_own(api):
    body = {"id": "G-API", "intention": "想去喀什做会计", "preferences": {"locations": ["昌吉"]}}
    api.post("/api/graduates", "officer", json=body)
    api.patch("/api/graduates/G-API", "officer", json={"intention": "想去伊犁做教师"})
    stated = preferences(api, "G-API")
    assert stated["locations"] == ["昌吉"] and "教师" in stated["categories"] and "会计" not in stated["categories"]


def test_a_patch_of_one_preference_keeps_the_others(api):
    body = {"id": "G-API", "preferences": {"locations": ["昌吉"], "categories": ["会计"]}}
    api.post("/api/graduates", "officer", json=body)
    api.patch("/api/graduates/G-API", "officer", json={"preferences": {"min_salary": 6000}})
    assert preferences(api, "G-API") == {"locations": ["昌吉"], "categories": ["会计"], "industries": [],
                                         "min_salary": 6000}


def test_null_preferences_read_them_from_the_intention_again(api):
    body = {"id": "G-API", "intention": INTENTION, "preferences": {"locations": ["昌吉"]}}
    api.post("/api/graduates", "officer", json=body)
    api.patch("/api/graduates/G-API", "officer", json={"preferences": None})
    assert preferences(api, "G-API")["locations"] == ["伊犁"]


#: Every prefecture-level place of Xinjiang and more: 26 wished places, over the API's 20.
EVERYWHERE = ("想去乌鲁木齐、昌吉、伊犁、喀什、阿克苏、和田、克拉玛依、石河子、哈密、吐鲁番、库尔勒、博乐、阿勒泰、塔城、"
              "五家渠、北屯、奎屯、阿图什、图木舒克、阿拉尔、铁门关、可克达拉、双河、胡杨河、昆玉、新星工作")


def test_a_graduate_whose_intention_names_more_places_than_the_api_takes_can_still_be_read_and_changed(api):
    created = api.post("/api/graduates", "officer", json={"id": "G-API", "intention": EVERYWHERE})
    assert created.status_code == 201, created.text  # was a 500, with the record stored and unreadable
    csv = f"编号,姓名,就业意向\nG-CSV,新同学,{EVERYWHERE}\n".encode()
    assert upload(api, "/api/graduates/import", "officer", "g.csv", csv).status_code == 200
    for graduate_id in ("G-API", "G-CSV"):
        stated = preferences(api, graduate_id)
        assert len(stated["locations"]) == 20 and stated["locations"][:2] == ["乌鲁木齐", "昌吉"]
        changed = api.patch(f"/api/graduates/{graduate_id}", "officer", json={"name": "张三"})
        assert changed.status_code == 200, changed.text
