"""The follow-up page filtered by a 毕业生编号 that names no graduate and no follow-up says so, as
``follow-ups export --graduate`` refuses it: 「没有符合筛选条件的记录」 read as 「this graduate has no follow-up」,
and a mistyped 学号 sent the officer to push a job already pushed."""

from __future__ import annotations

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import login, recorded

NOTICE = "也没有其跟进记录：请核对毕业生编号（学号）"


def test_a_mistyped_graduate_id_is_said_to_name_nobody(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    login(api, "officer")
    page = api.client.get("/follow-ups", params={"graduate": "G1X<b>"})
    assert page.status_code == 200
    assert "没有编号为「G1X&lt;b&gt;」的毕业生，" + NOTICE in page.text
    assert "没有符合筛选条件的记录" not in page.text


def test_a_known_graduate_with_nothing_matching_reads_as_before(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    login(api, "officer")
    for params in ({"graduate": "G1", "status": "已录用"}, {"graduate": "G2"}):  # G2: a graduate, no follow-up
        page = api.client.get("/follow-ups", params=params)
        assert "没有符合筛选条件的记录" in page.text and NOTICE not in page.text
    assert "G1" in api.client.get("/follow-ups", params={"graduate": "G1"}).text
