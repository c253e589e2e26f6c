"""The place filter (``location`` of ``/api/jobs``, ``/api/jobs/search``, ``/organiser``; the keyword
``q``) reads a stated place as a place, from the province down: 「湖北」「湖北省」「武汉市」 find a post stating
「武汉 洪山」 (as the Wuhan 2024 postings state them), 「河南」 one stating 「郑州市金水区」. Before, a stated
place was matched by its own letters only: 湖北 and 武汉市 found none of the 706 Wuhan posts. Whole
names still (新县 not 阳新县), and a stated place still wins over the employer's name."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from features.records import Job
from service.settings import Settings
from service.storage import repository as repo
from service.storage.db import make_engine
from tests.test_api_fixtures import Api, running_api, start_api
from tests.test_api_pages import login
from tests.test_storage import empty_engine, engine, session  # noqa: F401

HENAN = "河南省2026年度统一考试录用公务员职位表（省辖市以下）"


def _post(id_: str, employer: str, location: str | None = None, announcement: str | None = None) -> Job:
    return Job(id=id_, title="管理培训生", employer=employer, location=location, announcement=announcement,
               headcount=1)


POSTS = [
    _post("WH-HS", "某某科技有限公司", location="武汉 洪山"),
    _post("WH-JX", "某某物流有限公司", location="武汉 江夏"),
    _post("WH-FULL", "某某设计院", location="湖北省武汉市洪山区"),
    _post("YANG", "阳新县人民医院", location="黄石市阳新县"),  # in 湖北省, not 信阳市新县
    _post("ZZ-JS", "开封市文化旅游投资集团有限公司", location="郑州市金水区"),  # states 郑州, its name says 开封
    _post("KF", "开封市市场监督管理局", announcement=HENAN),  # states none: inferred 河南省开封市
    _post("XIN", "中共新县纪律检查委员会", announcement=HENAN),  # inferred 河南省信阳市新县
    _post("TWO", "某某连锁有限公司", location="武汉 长沙"),  # two provinces: read as no one place
]

EXPECTED = {
    "湖北": {"WH-HS", "WH-JX", "WH-FULL", "YANG"},
    "湖北省": {"WH-HS", "WH-JX", "WH-FULL", "YANG"},
    "武汉": {"WH-HS", "WH-JX", "WH-FULL", "TWO"},  # TWO: its own words say 武汉
    "武汉市": {"WH-HS", "WH-JX", "WH-FULL"},
    "洪山": {"WH-HS", "WH-FULL"},
    "江夏": {"WH-JX"},
    "黄石": {"YANG"},
    "河南": {"ZZ-JS", "KF", "XIN"},
    "河南省": {"ZZ-JS", "KF", "XIN"},
    "郑州": {"ZZ-JS"},
    "开封": {"KF"},  # not ZZ-JS: a stated place wins over the employer's name
    "新县": {"XIN"},  # not 阳新县
    "湖南": set(),  # 长沙 of 「武汉 长沙」: read as no one place (two provinces), and its words say no 湖南
}


@pytest.mark.parametrize("empty_engine", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_a_province_or_city_finds_posts_stating_a_place_in_it_on_both_databases(session):  # noqa: F811
    repo.upsert_jobs(session=session, jobs=POSTS)
    session.flush()
    assert {place: set(repo.job_ids(session=session, filters=repo.JobFilters(location=place)))
            for place in EXPECTED} == EXPECTED


def test_a_stated_place_is_read_from_the_province_down():
    from features.place_inference import stated_place  # new with this change

    assert stated_place("武汉 洪山") == "湖北省武汉市洪山区"
    assert stated_place("郑州市金水区") == "河南省郑州市金水区"
    assert stated_place("湖北 武汉") == "湖北省武汉市"
    assert stated_place("武汉 长沙") is None  # places of two provinces
    assert stated_place("洪山") == "湖北省武汉市洪山区"  # a county's short name alone, no other division's
    assert stated_place("鼓楼") is None  # 开封's, 南京's, 福州's …
    assert stated_place("") is None


@pytest.fixture
def api(tmp_path):
    with running_api(tmp_path, jobs=POSTS) as api:
        yield api


def _ids(api, path: str = "/api/jobs", **params) -> set[str]:
    body = api.get(path, "organiser", params={"limit": 100, **params}).json()
    assert body["total"] == len(body["items"])
    return {item["id"] for item in body["items"]}


def test_the_api_search_and_organiser_page_find_a_stated_city_by_its_province(api):
    assert _ids(api, location="湖北") == EXPECTED["湖北"]
    assert _ids(api, location="武汉市") == EXPECTED["武汉市"]
    assert _ids(api, "/api/jobs/search", location="湖北省", q="管理培训生") == EXPECTED["湖北"]
    listed = api.get("/api/jobs", "organiser", params={"location": "湖北"}).json()["items"]
    stated = next(item for item in listed if item["id"] == "WH-HS")
    assert (stated["location"], stated["location_inferred"]) == ("武汉 洪山", None)  # the record is unchanged
    login(api, "organiser")
    page = api.client.get("/organiser", params={"location": "湖北"}).text
    assert "共 4 个岗位" in page and "武汉 洪山" in page


def test_a_keyword_naming_the_province_finds_a_post_stating_its_city(api):
    assert _ids(api, q="湖北") == EXPECTED["湖北"]
    assert _ids(api, q="河南") == {"ZZ-JS", "KF", "XIN"}


def test_the_start_up_reads_the_stated_places_of_rows_written_before(tmp_path):
    """Rows stored while the column held inferred places only (NULL for a stated place) are read at start."""
    app, tokens = start_api(tmp_path, jobs=POSTS)
    engine = make_engine(Settings(data_dir=tmp_path / "data").resolved_database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE jobs SET location_inferred = NULL WHERE location IS NOT NULL"))
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        assert _ids(api, location="湖北") == EXPECTED["湖北"]
    with engine.connect() as connection:
        stored = dict(connection.execute(text("SELECT id, location_inferred FROM jobs")).all())
    engine.dispose()
    assert (stored["WH-HS"], stored["ZZ-JS"], stored["TWO"]) == ("湖北省武汉市洪山区", "河南省郑州市金水区", None)


def test_a_place_written_without_its_suffixes_is_found_by_the_place_read_from_it():
    """「河南郑州金水区」: the whole-name patterns do not read 河南 or 郑州 in the text (a name with its suffix
    left off before a lower one), the place read from it (河南省郑州市金水区) finds it."""
    from service.storage.convert import inferred_place_column

    assert inferred_place_column(_post("X", "某某公司", location="河南郑州金水区")) == "河南省郑州市金水区"
