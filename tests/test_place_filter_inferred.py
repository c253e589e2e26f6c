"""The place filters (``GET /api/jobs?location=``, ``/api/jobs/search``, the organiser page) find a
post that states no place by the place its names say (``Job.inferred_location``, stored as
``jobs.location_inferred``); a stated place always wins. Before, they read the stated place only:
a Henan table (no place column) filtered by 开封 gave nothing while the pages showed 开封.

The stored place is written wherever jobs are (import, create, edit), and filled for rows written
before revision 0012 added it, or brought up to date, at the service's start."""

from __future__ import annotations

import dataclasses
import io

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from features.records import Job
from service.settings import Settings
from service.storage import repository as repo
from service.storage.db import make_engine, make_session_factory, upgrade
from tests.test_api_fixtures import Api, running_api, start_api
from tests.test_api_pages import login
from tests.test_storage import downgrade, empty_engine, head_revision  # noqa: F401

HENAN = "河南省2026年度统一考试录用公务员职位表（省辖市以下）"


def _post(id_: str, employer: str, location: str | None = None) -> Job:
    return Job(id=id_, title="一级科员", employer=employer, location=location, announcement=HENAN, headcount=1)


#: Henan posts as a table without a place column gives them, and two that state their place.
POSTS = [
    _post("K-COUNTY", "兰考县人民法院"),  # inferred 河南省开封市兰考县
    _post("K-CITY", "开封市市场监督管理局"),  # inferred 河南省开封市
    _post("Z-CITY", "郑州市中级人民法院"),  # inferred 河南省郑州市
    _post("Z-COUNTY", "中牟县人民法院"),  # inferred 河南省郑州市中牟县
    _post("H-PROV", "河南省教育厅"),  # inferred 河南省 only
    _post("S-ZZ", "开封市文化旅游投资集团有限公司", location="郑州市金水区"),  # states 郑州, its name says 开封
    _post("S-XJ", "喀什地区第一中学", location="喀什地区"),
]


@pytest.fixture
def api(tmp_path):
    with running_api(tmp_path, jobs=POSTS) as api:
        yield api


def _found(api, location: str, path: str = "/api/jobs", **params) -> dict[str, dict]:
    body = api.get(path, "organiser", params={"location": location, "limit": 100, **params}).json()
    assert body["total"] == len(body["items"])
    return {item["id"]: item for item in body["items"]}


def test_a_prefecture_finds_the_posts_inferred_there_and_not_one_stating_another_place(api):
    found = _found(api, "开封")
    assert set(found) == {"K-COUNTY", "K-CITY"}  # not S-ZZ: it states 郑州市金水区
    assert set(_found(api, "郑州")) == {"Z-CITY", "Z-COUNTY", "S-ZZ"}


def test_a_filtered_answer_still_says_which_places_were_inferred(api):
    found = _found(api, "开封")
    county = found["K-COUNTY"]
    assert (county["location"], county["location_inferred"], county["location_inferred_from"]) == (
        None, "河南省开封市兰考县", "单位名称")
    stated = _found(api, "郑州")["S-ZZ"]
    assert (stated["location"], stated["location_inferred"], stated["location_inferred_from"]) == (
        "郑州市金水区", None, None)


def test_a_county_finds_only_the_post_inferred_in_it(api):
    assert set(_found(api, "兰考")) == {"K-COUNTY"}
    assert set(_found(api, "中牟县")) == {"Z-COUNTY"}


def test_a_province_finds_posts_inferred_anywhere_in_it_and_a_province_only_place_no_city(api):
    # S-ZZ states 郑州市金水区, in 河南省: an organiser filtering by the province wants every post in it
    # (before 2026-12-06 a stated place was matched by its letters only, and S-ZZ was left out).
    assert set(_found(api, "河南")) == {"K-COUNTY", "K-CITY", "Z-CITY", "Z-COUNTY", "H-PROV", "S-ZZ"}
    assert "H-PROV" not in _found(api, "开封") and set(_found(api, "喀什")) == {"S-XJ"}


def test_the_search_filters_by_the_inferred_place_too(api):
    found = _found(api, "开封", path="/api/jobs/search", q="科员")
    assert set(found) == {"K-COUNTY", "K-CITY"}
    assert found["K-CITY"]["location_inferred"] == "河南省开封市"


def test_the_organisers_place_filter_finds_inferred_places(api):
    login(api, "organiser")
    page = api.client.get("/organiser", params={"location": "开封"}).text
    assert "共 2 个岗位" in page
    table = page.split('id="jobs"')[1].split("</table>")[0]
    assert '<td data-label="地点">开封市兰考县（据单位名称）</td>' in table and '<td data-label="地点">开封市（据单位名称）</td>' in table
    assert "S-ZZ" not in table
    searched = api.client.get("/organiser", params={"location": "郑州", "q": "科员"}).text
    assert "共 3 个岗位" in searched and "郑州市金水区" in searched


def test_a_keyword_finds_a_post_by_the_place_the_list_shows_it_in(api):
    """The organiser's list shows 「开封市兰考县（据单位名称）」 as the place of 兰考县人民法院's post: a keyword
    that names the place finds it, as a keyword finds a stated place. Before, only the employer's name
    counted (its name says 兰考, not 开封)."""
    assert set(_found(api, "", q="开封")) == {"K-COUNTY", "K-CITY", "S-ZZ"}  # S-ZZ: 开封 in its employer's name
    assert set(_found(api, "", q="郑州")) == {"Z-CITY", "Z-COUNTY", "S-ZZ"}  # S-ZZ: its stated place
    assert set(_found(api, "", path="/api/jobs/search", q="开封 科员")) == {"K-COUNTY", "K-CITY", "S-ZZ"}
    login(api, "organiser")
    page = api.client.get("/organiser", params={"q": "郑州"}).text
    assert "共 3 个岗位" in page and '<td data-label="地点">郑州市中牟县（据单位名称）</td>' in page
    # A stated place wins for keywords too: the place stored for it is read from it alone.
    assert _found(api, "", q="周口") == {} and _found(api, "周口") == {}


def test_an_edit_moves_the_post_between_places(api):
    stated = api.patch("/api/jobs/K-CITY", "organiser", json={"location": "郑州市"})
    assert stated.status_code == 200, stated.text
    assert set(_found(api, "开封")) == {"K-COUNTY"}  # stating a place drops the inferred one
    assert "K-CITY" in _found(api, "郑州")
    renamed = api.patch("/api/jobs/Z-CITY", "organiser", json={"employer": "开封市中级人民法院"})
    assert renamed.status_code == 200, renamed.text
    assert set(_found(api, "开封")) == {"K-COUNTY", "Z-CITY"}
    created = api.post("/api/jobs", "organiser", json={"id": "K-NEW", "title": "法官助理", "employer": "尉氏县人民法院",
                                                       "announcement": HENAN})
    assert created.status_code == 201, created.text
    assert set(_found(api, "开封")) == {"K-COUNTY", "Z-CITY", "K-NEW"}


def test_a_table_without_a_place_column_is_found_by_place_once_imported(api):
    table = "岗位编号,职位名称,用人单位,招聘公告\nI-1,一级科员,杞县人民检察院,{0}\nI-2,一级科员,登封市人民法院,{0}\n".format(HENAN)
    response = api.client.post("/api/jobs/import", headers=api.headers("organiser"),
                               files={"file": ("henan.csv", io.BytesIO(table.encode()), "text/csv")})
    assert response.status_code == 200 and response.json()["created"] == 2, response.text
    assert set(_found(api, "开封")) == {"K-COUNTY", "K-CITY", "I-1"}
    assert {"I-2", "Z-CITY"} <= set(_found(api, "郑州"))


def test_the_service_brings_stale_stored_places_up_to_date_at_start(tmp_path):
    """A row whose stored place an older inference wrote (or none) is put right before the first request."""
    app, tokens = start_api(tmp_path, jobs=POSTS)
    engine = make_engine(Settings(data_dir=tmp_path / "data").resolved_database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE jobs SET location_inferred = NULL WHERE id = 'K-COUNTY'"))
        connection.execute(text("UPDATE jobs SET location_inferred = '河南省开封市' WHERE id = 'Z-CITY'"))
        before = dict(connection.execute(text("SELECT id, updated_at FROM jobs")).all())
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        assert set(_found(api, "开封")) == {"K-COUNTY", "K-CITY"}
        assert "Z-CITY" in _found(api, "郑州")
    with engine.connect() as connection:
        assert dict(connection.execute(text("SELECT id, updated_at FROM jobs")).all()) == before  # not an edit
    engine.dispose()


def test_refreshing_the_stored_places_changes_only_rows_that_differ(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    upgrade(engine)
    factory = make_session_factory(engine)
    with factory() as session:
        repo.upsert_jobs(session=session, jobs=POSTS)
        session.commit()
        assert repo.refresh_inferred_places(session=session, jobs=POSTS) == 0
        session.execute(text("UPDATE jobs SET location_inferred = '河南省' WHERE id IN ('K-CITY', 'S-ZZ')"))
        assert repo.refresh_inferred_places(session=session, jobs=POSTS) == 2
        stored = dict(session.execute(text("SELECT id, location_inferred FROM jobs")).all())
    assert (stored["K-CITY"], stored["S-ZZ"], stored["H-PROV"]) == ("河南省开封市", "河南省郑州市金水区", "河南省")
    engine.dispose()



def test_refreshing_keeps_an_edit_made_since_the_jobs_were_read(empty_engine):  # noqa: F811
    """Another service on the same database may edit a post between this one's start-up reading every
    job and its refresh: the edit wrote the place its new names say, and the refresh must not put back
    the place the old names said."""
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    with factory() as session:
        repo.upsert_jobs(session=session, jobs=POSTS)
        session.commit()
        read_at_start = repo.all_jobs(session=session)
    renamed = dataclasses.replace(next(j for j in POSTS if j.id == "Z-CITY"), employer="开封市中级人民法院")
    stated = dataclasses.replace(next(j for j in POSTS if j.id == "K-CITY"), location="郑州市")
    with factory() as other_service:
        repo.update_job(session=other_service, job=renamed)
        repo.update_job(session=other_service, job=stated)
        other_service.commit()
    with factory() as session:
        assert repo.refresh_inferred_places(session=session, jobs=read_at_start) == 0
        session.commit()
        stored = dict(session.execute(text("SELECT id, location_inferred FROM jobs")).all())
        found, _ = repo.list_jobs(session=session, filters=repo.JobFilters(location="开封"), offset=0, limit=10)
    assert (stored["Z-CITY"], stored["K-CITY"]) == ("河南省开封市", "河南省郑州市")
    assert {job.id for job in found} == {"K-COUNTY", "Z-CITY"}

def test_upgrading_to_0012_adds_the_column_the_start_up_fills_and_going_back_drops_it(empty_engine):  # noqa: F811
    """The migration only adds the column (it runs no feature code, see its docstring); the start-up's
    refresh of every stored job fills the rows written before."""
    upgrade(empty_engine, "0011")
    rows = [("K1", "兰考县人民法院", None), ("K2", "开封市市场监督管理局", ""),
            ("S1", "开封市文化旅游投资集团有限公司", "郑州市金水区"), ("N1", "某某有限公司", None)]
    with empty_engine.begin() as connection:
        for job_id, employer, location in rows:
            connection.execute(text(
                "INSERT INTO jobs (id, title, employer, location, announcement, education_any, headcount_open, "
                "description, conditions, created_at, updated_at) VALUES (:id, '一级科员', :employer, :location, "
                ":announcement, :no, :no, '', '[]', '2026-09-01', '2026-09-01')"),
                {"id": job_id, "employer": employer, "location": location, "announcement": HENAN, "no": False})
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert set(connection.execute(text("SELECT location_inferred FROM jobs")).scalars()) == {None}
    with make_session_factory(empty_engine)() as session:  # what the service's start-up does
        assert repo.refresh_inferred_places(session=session, jobs=repo.all_jobs(session=session)) == 4
        session.commit()
        stored = dict(session.execute(text("SELECT id, location_inferred FROM jobs")).all())
        jobs, total = repo.list_jobs(session=session, filters=repo.JobFilters(location="开封"), offset=0, limit=10)
    assert stored == {"K1": "河南省开封市兰考县", "K2": "河南省开封市", "S1": "河南省郑州市金水区",  # S1: its stated place
                      "N1": "河南省"}  # N1: by the announcement
    assert ([j.id for j in jobs], total) == (["K1", "K2"], 2)
    downgrade(empty_engine, "0011")
    assert "location_inferred" not in {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM jobs")).scalar() == 4
