"""One 身份证号, one graduate, kept by the database too (migration 0018: a unique index on
upper(id_number), NULLs many times). The service checks, then writes; a request that checked at the
same moment as another (simulated here: the number stored directly, past the check) meets the index and
gets the check's 409 naming the other graduate, never the number, with nothing of it written. A
database already holding one number twice is not upgraded: the upgrade names the ids and changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from features.records import Graduate
from service.api import services, upload_checks, uploads
from service.id_numbers import check_char
from service.storage import repository as repo
from service.storage.db import make_session_factory, upgrade
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_storage import downgrade, empty_engine, head_revision  # noqa: F401

G1_NUMBER = "650100200305010019"  # the fixture's G1 (tests.test_api_fixtures)
NUMBER = "11010519491231002" + check_char("11010519491231002")
OTHER = "65010119990101122X"


def _graduate_row(connection, graduate_id: str, number: str | None) -> None:
    connection.execute(text(
        "INSERT INTO graduates (id, intention, pref_locations, pref_categories, pref_industries, needs_support, "
        "id_number, created_at, updated_at) VALUES (:id, '', '[]', '[]', '[]', :no, :number, '2026-09-01', "
        "'2026-09-01')"), {"id": graduate_id, "number": number, "no": False})


def _version(engine) -> str:
    with engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _index_names(engine) -> set[str]:
    with engine.connect() as connection:  # reflection skips expression indexes: ask the catalogue
        if engine.dialect.name == "sqlite":
            rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
        else:
            rows = connection.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'graduates'"))
        return set(rows.scalars())


@pytest.mark.parametrize("start", ["0017_job_post_keys", "0016"])
def test_an_upgrade_over_shared_numbers_stops_naming_the_ids_and_changes_nothing(empty_engine, start):  # noqa: F811
    upgrade(empty_engine, start)
    with empty_engine.begin() as connection:
        for graduate_id, number in (("G2", NUMBER), ("G1", NUMBER.lower()), ("G3", None), ("G4", None), ("G5", OTHER)):
            _graduate_row(connection, graduate_id, number)
    columns = {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    with pytest.raises(RuntimeError) as stopped:
        upgrade(empty_engine)
    message = str(stopped.value)
    assert "「G1」、「G2」" in message and "共 1 组" in message and "数据库未作任何修改" in message
    assert NUMBER not in message.upper() and "G3" not in message and "G5" not in message
    # nothing of the upgrade is kept, from ``start`` on: a later start upgrades again from there
    assert _version(empty_engine) == start
    assert {c["name"] for c in inspect(empty_engine).get_columns("jobs")} == columns
    assert "uq_graduates_id_number" not in _index_names(empty_engine)
    with empty_engine.begin() as connection:
        connection.execute(text("UPDATE graduates SET id_number = NULL WHERE id = 'G2'"))
    upgrade(empty_engine)
    assert _version(empty_engine) == head_revision() and "uq_graduates_id_number" in _index_names(empty_engine)


def test_the_index_refuses_a_second_holder_in_either_case_takes_nulls_and_goes_back(empty_engine):  # noqa: F811
    upgrade(empty_engine)
    with empty_engine.begin() as connection:
        for graduate_id, number in (("G1", NUMBER), ("G3", None), ("G4", None)):
            _graduate_row(connection, graduate_id, number)
    for number in (NUMBER, NUMBER.lower()):
        with pytest.raises(IntegrityError), empty_engine.begin() as connection:
            _graduate_row(connection, "G2", number)
    downgrade(empty_engine, "0017_job_post_keys")
    assert "uq_graduates_id_number" not in _index_names(empty_engine)
    with empty_engine.begin() as connection:
        _graduate_row(connection, "G2", NUMBER)
        assert connection.execute(text("SELECT count(*) FROM graduates")).scalar() == 4


def test_a_file_moving_a_number_to_a_new_graduate_is_written(empty_engine):  # noqa: F811
    """Rows are inserted before stored ones are rewritten: the index must not see G1's old number twice."""
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    with factory() as session:
        repo.upsert_graduates(session=session, graduates=[Graduate(id="G1", id_number=NUMBER)])
        session.commit()
        repo.upsert_graduates(session=session, graduates=[Graduate(id="G9", id_number=NUMBER),
                                                          Graduate(id="G1", id_number=OTHER)])
        session.commit()
        assert repo.id_number_holders(session=session, id_numbers=[NUMBER, OTHER]) == {NUMBER: ["G9"], OTHER: ["G1"]}


def _stored_meanwhile(api, graduate_id: str, number: str):  # noqa: F811
    """Another request's graduate, committed after this request's check and before its write."""
    def store() -> None:
        with api.app.state.session_factory() as other:
            repo.upsert_graduates(session=other, graduates=[Graduate(id=graduate_id, id_number=number)])
            other.commit()
    return store


def test_a_post_racing_another_gets_the_checks_409(api, monkeypatch):  # noqa: F811
    store = _stored_meanwhile(api, "G50", NUMBER)
    monkeypatch.setattr(services, "refuse_shared_id_number", lambda **kwargs: store())
    created = api.post("/api/graduates", "officer", json={"id": "G51", "name": "李明", "id_number": NUMBER})
    body = assert_problem(created, 409, "与已保存的毕业生「G50」相同", "一个身份证号只属于一人")
    assert (body["field"], body["other_id"]) == ("id_number", "G50") and NUMBER not in created.text
    assert api.get("/api/graduates/G51", "officer").status_code == 404


def test_a_patch_racing_another_gets_the_checks_409_and_changes_nothing(api, monkeypatch):  # noqa: F811
    store = _stored_meanwhile(api, "G50", NUMBER)
    monkeypatch.setattr(services, "refuse_shared_id_number", lambda **kwargs: store())
    patched = api.patch("/api/graduates/G2", "officer", json={"id_number": NUMBER, "name": "王磊磊"})
    body = assert_problem(patched, 409, "「G50」")
    assert body["other_id"] == "G50" and NUMBER not in patched.text
    assert api.get("/api/graduates/G2", "officer").json()["name"] == "王磊"


def test_an_import_racing_another_gets_409_and_writes_nothing(api, monkeypatch):  # noqa: F811
    checked = upload_checks.checked_against_stored_graduates
    store = _stored_meanwhile(api, "G50", NUMBER)

    def check_then_race(result, **kwargs):
        kept = checked(result, **kwargs)
        store()
        return kept

    monkeypatch.setattr(uploads, "checked_against_stored_graduates", check_then_race)
    rows = f"学号,姓名,身份证号\nG60,张三,{OTHER}\nG61,李四,{NUMBER}\nG1,阿依,{G1_NUMBER}\n"
    answer = api.post("/api/graduates/import", "officer", files={"file": ("名单.csv", rows.encode())})
    body = assert_problem(answer, 409, "第 3 行", "「G50」")
    assert body["field"] == "id_number" and NUMBER not in answer.text
    assert api.get("/api/graduates/G60", "officer").status_code == 404  # nothing half-written
    assert api.get("/api/graduates/G1", "officer").json()["name"] == "阿依古丽"
