"""Review of 生源地 and the merging import, as an officer and a graduate use them: a 生源地 that
names no place (「火星」) is refused naming file, row and column and nothing of the row is written;
a 就业意向 column without 意向地点 keeps an 意向地点 an earlier file stated; a graduate stored with
no 专业 is named in the import report (matched to nothing); guidance on a 生源-only post whose
graduate has a 户籍 but no 生源地 asks for the 生源地, not the 户籍."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from features.records import Preferences
from matching.guidance import guide_graduates
from matching.guidance_topics import Topic
from matching.ranker import Ranker
from service.importers import read_graduates_bytes
from service.storage import repository as repo
from service.storage.db import make_session_factory, upgrade
from service.engine import load_rules_engine
from tests.factories import graduate, job
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_import import upload
from tests.test_storage import empty_engine, full_graduate  # noqa: F401


@pytest.mark.parametrize("value", ["火星", "不详"])
def test_an_origin_naming_no_place_is_refused_naming_file_row_and_column(value):
    result = read_graduates_bytes(f"学号,生源地\nA1,河南省郑州市\nA2,{value}\nA3,第八师\n".encode(), "g.csv")
    assert [g.origin_place for g in result.records] == ["河南省郑州市", "第八师"]
    (error,) = result.skipped
    assert (error.file, error.row, error.column) == ("g.csv", 3, "生源地")
    assert f"生源地「{value}」不是可识别的地名" in error.describe()


@pytest.mark.parametrize("value", ["郑州市", "河南", "喀什地区", "伊犁州", "新疆石河子市", "兵团第十三师"])
def test_usual_origins_are_read_as_written(value):
    (g,) = read_graduates_bytes(f"学号,生源地\nA1,{value}\n".encode(), "g.csv").records
    assert g.origin_place == value


def test_the_api_import_writes_nothing_of_a_refused_row_and_strict_refuses_the_file(api):  # noqa: F811
    assert api.patch("/api/graduates/G1", "officer", json={"origin_place": "河南省洛阳市"}).status_code == 200
    report = upload(api, "/api/graduates/import", "officer", "g.csv", "学号,姓名,生源地\nG1,改名,火星\n".encode())
    assert report.status_code == 422 and report.json()["skipped"][0]["column"] == "生源地"
    stored = api.get("/api/graduates/G1", "officer").json()
    assert (stored["name"], stored["origin_place"]) == ("阿依古丽", "河南省洛阳市")
    strict = upload(api, "/api/graduates/import", "officer", "g.csv", "学号,生源地\nG1,火星\n".encode(), strict="true")
    assert strict.status_code == 422 and (strict.json()["row"], strict.json()["column"]) == (2, "生源地")


def test_the_api_refuses_an_origin_naming_no_place(api):  # noqa: F811
    assert api.patch("/api/graduates/G1", "officer", json={"origin_place": "火星"}).status_code == 422
    assert api.post("/api/graduates", "officer", json={"id": "G8", "origin_place": "火星"}).status_code == 422


def _import(factory, csv: str):
    result = read_graduates_bytes(csv.encode(), "g.csv")
    with factory() as session:
        repo.upsert_graduates(session=session, graduates=result.records, columns=result.columns)
        session.commit()
    with factory() as session:
        return repo.get_graduate(session=session, graduate_id="G001")


def test_an_intention_column_keeps_a_place_an_earlier_file_stated_on_its_own(empty_engine):  # noqa: F811
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    with factory() as session:
        repo.upsert_graduates(session=session, graduates=[full_graduate(intention="", preferences=Preferences())])
        session.commit()
    assert _import(factory, "学号,意向地点\nG001,昌吉\n").preferences.locations == ("昌吉",)
    after = _import(factory, "学号,就业意向\nG001,想做会计\n")
    assert after.intention == "想做会计" and after.preferences.locations == ("昌吉",)
    # a place the old text said follows the new text, as an API edit of 就业意向 does
    _import(factory, "学号,意向地点\nG001,\n")
    _import(factory, "学号,就业意向\nG001,想去喀什做会计\n")
    assert _import(factory, "学号,就业意向\nG001,想去伊犁做会计\n").preferences.locations == ("伊犁",)


def test_the_import_report_names_graduates_stored_without_a_major(api):  # noqa: F811
    report = upload(api, "/api/graduates/import", "officer", "g.csv", "学号,困难类别\nG1,无\nG1X,低保家庭\n".encode())
    assert report.status_code == 200 and report.json()["created"] == 1
    (note,) = report.json()["notes"]
    assert note.startswith("G1X：记录中没有专业，推荐的岗位无法核对专业要求") and "G1：" not in note
    whole = upload(api, "/api/graduates/import", "officer", "g.csv", "学号,姓名,专业,学历\nG1X,新同学,会计学,本科\n".encode())
    assert whole.json()["notes"] == []


def test_guidance_on_an_origin_post_asks_for_the_missing_origin_not_the_stated_hukou(catalog, segmenter):
    engine = load_rules_engine(dt.date(2026, 6, 1))
    jobs = [job("B1", "文秘", employer="某县政府办", education="本科及以上", majors="汉语言文学", location="北京市",
                conditions=(("户籍要求", "北京生源"),))]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=engine).fit(jobs)
    someone = replace(graduate("Y1", "汉语言文学", catalog=catalog), hukou="北京市海淀区")
    gap = {g.topic: g for g in guide_graduates(ranker, [someone], top=5)[0].gaps}[Topic.HUKOU]
    assert gap.missing == ("生源地",)
    both = Ranker(catalog=catalog, segmenter=segmenter, checker=engine).fit(
        [replace(jobs[0], conditions=(("其他要求", "限北京市户籍或生源"),))])
    gap = {g.topic: g for g in guide_graduates(both, [replace(someone, hukou=None)], top=5)[0].gaps}[Topic.HUKOU]
    assert gap.missing == ("户籍", "生源地")
