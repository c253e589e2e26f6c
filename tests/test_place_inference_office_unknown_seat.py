"""An office a body keeps in a place the place list does not hold (「新疆驻昆山办事处」 in 江苏's 昆山,
「…驻义乌联络处」; 汉中 and 西安 until every province's prefectures were listed) works there, not where its keeper is: its place is unknown, never the keeper's. Before,
the keeper's name was read as the post's place (新疆驻汉中办事处 → 新疆维吾尔自治区), so that a graduate
wishing to stay in 新疆 was told 「意向地点一致」 and ``/api/jobs?location=新疆`` listed a post in 汉中."""

from __future__ import annotations

import pytest

from features.place_inference import infer_location
from features.records import Job
from tests.test_api_fixtures import running_api

XINJIANG = "新疆维吾尔自治区2026年度考试录用公务员公告"


@pytest.mark.parametrize(("employer", "announcement"), [
    ("新疆驻昆山办事处", None),  # a county-level city of 江苏 (the list holds its prefectures only)
    ("喀什地区驻义乌办事处", XINJIANG),  # the keeper's announcement does not place it either
    ("喀什地区行政公署驻昆山联络处", None),
])
def test_an_office_kept_in_a_place_not_listed_is_not_placed_at_its_keeper(employer, announcement):
    assert infer_location(employer, None, announcement) is None


@pytest.mark.parametrize(("employer", "province", "local"), [
    ("信阳市人民政府驻郑州办事处", "河南省", "郑州市"),  # a seat the list holds: placed there
    ("喀什地区驻乌办事处", "新疆维吾尔自治区", "乌鲁木齐市"),  # a one-character seat
    ("新疆驻汉中办事处", "陕西省", "汉中市"),  # every province's prefectures are listed
    ("喀什地区行政公署驻西安联络处", "陕西省", "西安市"),
    ("伊犁州人民政府驻西安市办事处", "陕西省", "西安市"),
    ("河南省人民政府驻京办事处", "北京市", ""),
    ("开封市人民检察院驻兰考县看守所检察室", "河南省", "开封市兰考县"),  # 驻 a place, no office kept elsewhere
    ("河南省纪委监委驻省教育厅纪检监察组", "河南省", ""),  # 派驻: the body's own place
    ("新疆驻汉中办公室", "新疆维吾尔自治区", ""),  # 办公室 is not an office kept elsewhere
    ("北京市东城区纪委区监委驻区委办纪检监察组", "北京市", "东城区"),  # sent into 区委办(公室): the body's own place
    ("伊犁州人民政府驻义乌市办事处", "浙江省", "金华市义乌市"),  # every province's counties are listed
])
def test_offices_whose_seat_is_known_and_bodies_sent_in_keep_their_places(employer, province, local):
    place = infer_location(employer)
    assert (place.province, place.local) == (province, local)


def test_the_place_filter_does_not_list_the_office_at_its_keepers_place(tmp_path):
    jobs = [Job(id="HZ", title="科员", employer="新疆驻昆山办事处", headcount=1),
            Job(id="KS", title="科员", employer="喀什地区第一中学", headcount=1)]
    with running_api(tmp_path, jobs=jobs) as api:
        found = api.get("/api/jobs", "officer", params={"location": "新疆"}).json()["items"]
        assert [job["id"] for job in found] == ["KS"]
        shown = api.get("/api/jobs/HZ", "officer").json()
        assert shown["location_inferred"] is None
