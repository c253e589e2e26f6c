"""生源地 (``Graduate.origin_place``): read from a sheet under its usual headers, stored on every
database, written and read through the API like 户籍 (not a sensitive field), and read by the
rules: 「XX户籍或生源」 refuses a graduate whose 户籍 and 生源地 both lie elsewhere, admits one
through either (naming which), and 「XX生源」 is decided by the 生源地 alone."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import SENSITIVE_GRADUATE_FIELDS, Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.importers import read_graduates_bytes
from service.storage import repository as repo
from service.storage.db import make_session_factory, upgrade
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_storage import empty_engine, full_graduate  # noqa: F401


@pytest.mark.parametrize("header", ["生源地", "生源所在地", "生源省份", "origin_place"])
def test_the_importer_reads_the_origin_under_its_usual_headers(header):
    data = f"学号,户籍,{header}\nA1,广东省广州市,河南省郑州市\nA2,广东省广州市,\n".encode()
    first, second = read_graduates_bytes(data, "g.csv").records
    assert (first.hukou, first.origin_place) == ("广东省广州市", "河南省郑州市")
    assert second.origin_place is None


def test_an_origin_longer_than_its_column_is_refused_naming_the_column():
    result = read_graduates_bytes(f"学号,生源地\nA1,{'河' * 201}\n".encode(), "g.csv")
    (error,) = result.skipped
    assert error.column == "生源地" and error.row == 2


def test_the_origin_is_not_sensitive_as_the_hukou_is_not():
    assert "origin_place" not in SENSITIVE_GRADUATE_FIELDS and "hukou" not in SENSITIVE_GRADUATE_FIELDS


def test_the_origin_round_trips_on_every_database(empty_engine):  # noqa: F811
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    graduate = full_graduate(origin_place="河南省信阳市")
    with factory() as session:
        repo.upsert_graduates(session=session, graduates=[graduate])
        session.commit()
    with factory() as session:
        assert repo.get_graduate(session=session, graduate_id="G001") == graduate


def test_officers_write_it_and_organisers_read_it_as_they_read_the_hukou(api):  # noqa: F811
    created = api.post("/api/graduates", "officer", json={"id": "G9", "hukou": "广东省广州市", "origin_place": "河南省郑州市"})
    assert created.status_code == 201, created.text
    assert created.json()["origin_place"] == "河南省郑州市"
    patched = api.patch("/api/graduates/G9", "officer", json={"origin_place": "河南省洛阳市"})
    assert patched.json()["origin_place"] == "河南省洛阳市" and patched.json()["hukou"] == "广东省广州市"
    seen = api.get("/api/graduates/G9", "organiser").json()
    assert (seen["hukou"], seen["origin_place"]) == ("广东省广州市", "河南省洛阳市")
    too_long = api.patch("/api/graduates/G9", "officer", json={"origin_place": "河" * 201})
    assert too_long.status_code == 422


# --- the rules -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def engine():
    from service.resources import load_major_catalog

    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 1, 10))


def _hukou(engine, column: str, text: str, *, hukou: str | None, origin: str | None):
    g = Graduate(id="g1", major="法学", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR,
                 graduation_year=2026, hukou=hukou, origin_place=origin)
    results = engine.check(g, Job(id="j1", title="综合管理", conditions=((column, text),))).results
    (r,) = [r for r in results if r.kind == "hukou"]
    return r.status, r.reason


HENAN_EITHER = [("户籍要求", "河南省户籍或生源"), ("其他要求", "河南省户籍或生源地为河南省"),
                ("其他要求", "生源地或户籍为河南省"), ("其他要求", "户籍或生源地为河南省")]


@pytest.mark.parametrize(("column", "text"), HENAN_EITHER)
def test_both_elsewhere_is_refused_naming_both(engine, column, text):
    assert _hukou(engine, column, text, hukou="广东省广州市", origin="湖北省武汉市") == (
        Status.NOT_ELIGIBLE, "户籍不符：岗位要求河南省户籍或生源，您的户籍为广东省广州市、生源地为湖北省武汉市，均不在其内")


@pytest.mark.parametrize(("column", "text"), HENAN_EITHER)
def test_either_inside_admits_naming_which(engine, column, text):
    assert _hukou(engine, column, text, hukou="广东省广州市", origin="河南省郑州市") == (
        Status.ELIGIBLE, "户籍符合：岗位要求河南省户籍或生源，您的生源地为河南省郑州市")
    assert _hukou(engine, column, text, hukou="河南省洛阳市", origin="湖北省武汉市") == (
        Status.ELIGIBLE, "户籍符合：岗位要求河南省户籍或生源，您的户籍为河南省洛阳市")


@pytest.mark.parametrize(("column", "text"), HENAN_EITHER)
def test_one_unknown_and_the_other_elsewhere_is_reviewed_naming_both(engine, column, text):
    assert _hukou(engine, column, text, hukou=None, origin="湖北省武汉市") == (
        Status.NEEDS_REVIEW, "户籍待核实：岗位要求河南省户籍或生源，您的生源地为湖北省武汉市，不在其内；户籍未填写，请核实户籍是否符合")
    assert _hukou(engine, column, text, hukou="广东省广州市", origin=None)[0] is Status.NEEDS_REVIEW


@pytest.mark.parametrize(("column", "text"), [("生源地", "河南省"), ("其他要求", "河南省生源"), ("其他要求", "生源地为河南省"),
                                              ("户籍要求", "河南生源")])
def test_a_post_asking_the_origin_alone_is_decided_by_the_origin(engine, column, text):
    want = text if text.endswith("生源") else "河南省生源"
    assert _hukou(engine, column, text, hukou="河南省郑州市", origin="湖北省武汉市") == (
        Status.NOT_ELIGIBLE, f"生源地不符：岗位要求{want}，您的生源地为湖北省武汉市，不在其内")
    assert _hukou(engine, column, text, hukou="湖北省武汉市", origin="河南省郑州市") == (
        Status.ELIGIBLE, f"生源地符合：岗位要求{want}，您的生源地为河南省郑州市")
    assert _hukou(engine, column, text, hukou="河南省郑州市", origin=None) == (
        Status.NEEDS_REVIEW, f"生源地待核实：岗位要求{want}，您的生源地未填写")


def test_a_hukou_post_still_reads_the_hukou_alone(engine):
    assert _hukou(engine, "户籍要求", "河南省户籍", hukou="广东省广州市", origin="河南省郑州市")[0] is Status.NOT_ELIGIBLE


def test_a_bare_place_before_or_keeps_its_hukou_column(engine):
    # 「邳州或邳州生源」 under 户籍地: 邳州 户籍 or 邳州 生源, not the 生源地 alone
    assert _hukou(engine, "户籍地", "邳州或邳州生源", hukou="江苏省徐州市邳州市", origin="河南省郑州市")[0] is Status.ELIGIBLE
    assert _hukou(engine, "户籍地", "邳州或邳州生源", hukou="河南省郑州市", origin="江苏省徐州市邳州市")[0] is Status.ELIGIBLE


def test_a_hukou_asked_of_beijing_graduates_is_not_met_by_the_origin(engine):
    text = "北京生源具有北京市常住户口，需学习成绩全部及格"
    assert _hukou(engine, "备注", text, hukou="河南省郑州市", origin="北京市")[0] is Status.NEEDS_REVIEW
    assert _hukou(engine, "备注", text, hukou="北京市海淀区", origin=None)[0] is Status.ELIGIBLE


def test_the_sample_graduates_carry_an_origin_some_outside_their_hukou():
    from pathlib import Path

    graduates = read_graduates_bytes((Path(__file__).parents[1] / "samples" / "graduates.csv").read_bytes(),
                                     "graduates.csv").records
    assert all(g.origin_place for g in graduates)
    assert 0 < sum(g.origin_place != g.hukou for g in graduates) < len(graduates) // 5
