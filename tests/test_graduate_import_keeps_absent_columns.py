"""An import updates a stored graduate only in the columns its file has: a file of 学号 and 姓名
alone no longer wipes 就业意向, 意向地点, 户籍 or 困难类别 (the officer's data); a column present
with an empty cell clears its field; a new graduate is read as before. The API import, the storage
path and the graduate cache (which the warm-up re-judges from) all see the merged record."""

from __future__ import annotations

import pytest

from features.records import Hardship, Preferences
from service.importers import read_graduates_bytes
from service.storage import repository as repo
from service.storage.db import make_session_factory, upgrade
from tests.test_api_fixtures import GRADUATES, api  # noqa: F401
from tests.test_api_import import upload
from tests.test_storage import empty_engine, full_graduate  # noqa: F401


def _import(factory, csv: str):
    result = read_graduates_bytes(csv.encode(), "g.csv")
    with factory() as session:
        repo.upsert_graduates(session=session, graduates=result.records, columns=result.columns)
        session.commit()
    return result


def test_absent_columns_keep_their_stored_values_on_every_database(empty_engine):  # noqa: F811
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    stored = full_graduate(origin_place="新疆喀什地区", student_loan=True)
    with factory() as session:
        repo.upsert_graduates(session=session, graduates=[stored])
        session.commit()
    _import(factory, "学号,姓名,学校\nG001,阿依古丽·买买提,新疆师范大学\n")
    with factory() as session:
        after = repo.get_graduate(session=session, graduate_id="G001")
    assert (after.name, after.school) == ("阿依古丽·买买提", "新疆师范大学")
    for kept in ("intention", "preferences", "hukou", "origin_place", "hardship", "student_loan", "id_number",
                 "phone", "major", "major_code", "education", "birth_date", "ethnicity"):
        assert getattr(after, kept) == getattr(stored, kept), kept


def test_a_present_empty_cell_clears_its_field_and_an_intention_column_moves_the_preferences(empty_engine):  # noqa: F811
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    with factory() as session:
        repo.upsert_graduates(session=session, graduates=[full_graduate()])
        session.commit()
    _import(factory, "学号,户籍,就业意向,意向行业\nG001,,想去伊犁做会计,\n")
    with factory() as session:
        after = repo.get_graduate(session=session, graduate_id="G001")
    assert after.hukou is None and after.intention == "想去伊犁做会计"
    assert after.preferences.locations == ("伊犁",) and after.preferences.industries == ()
    assert after.hardship == full_graduate().hardship and after.name == "阿依古丽"


def test_a_new_graduate_is_read_whole_and_one_without_an_id_is_refused_naming_file_row_and_column(empty_engine):  # noqa: F811
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    result = _import(factory, "学号,姓名\nN1,新同学\n,无编号\n")
    with factory() as session:
        new = repo.get_graduate(session=session, graduate_id="N1")
    assert new.name == "新同学" and new.hardship is None and new.preferences == Preferences()
    (error,) = result.skipped
    assert (error.file, error.row, error.column) == ("g.csv", 3, "学号")


def test_the_api_import_keeps_what_the_file_lacks_and_the_cache_holds_the_merged_record(api):  # noqa: F811
    cache = api.app.state.graduate_cache
    with api.app.state.session_factory() as session:
        cache.get(session=session)  # loaded: the import puts its records into this copy
    before = api.get("/api/graduates/G1", "officer").json()
    assert before["intention"] and before["preferences"]["locations"] == ["乌鲁木齐"]
    report = upload(api, "/api/graduates/import", "officer", "g.csv", "学号,姓名\nG1,阿依古丽二\n".encode())
    assert report.status_code == 200, report.text
    after = api.get("/api/graduates/G1", "officer").json()
    assert after["name"] == "阿依古丽二"
    assert {k: v for k, v in after.items() if k != "name"} == {k: v for k, v in before.items() if k != "name"}
    cached = cache.peek("G1")  # the copy the warm-up re-judges from, not a fresh read
    assert cached.name == "阿依古丽二" and cached.intention == GRADUATES[0].intention
    assert cached.hardship == frozenset({Hardship.LOW_INCOME_FAMILY}) and cached.preferences == GRADUATES[0].preferences


@pytest.mark.parametrize("columns", ["学号,姓名,就业意向,意向地点\nG2,王磊,,\n"])
def test_the_api_import_clears_a_present_empty_column(api, columns):  # noqa: F811
    assert upload(api, "/api/graduates/import", "officer", "g.csv", columns.encode()).status_code == 200
    after = api.get("/api/graduates/G2", "officer").json()
    assert after["intention"] == "" and after["preferences"]["locations"] == []
    assert after["hardship"] == [] and after["phone"] == "13900000002"  # absent: kept
