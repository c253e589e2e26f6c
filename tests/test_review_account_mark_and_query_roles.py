"""Review of 7f4ca0c: a caller of the wrong role naming a stray query parameter is answered 403 (the
route's own answer), not the 422 listing the route's parameters; and the graduate accounts' mark
(``account_watch``) moves when an account is deactivated as one with a lower id than the highest appears."""

from __future__ import annotations

from sqlalchemy import update

from service.api.account_watch import AccountWatch
from service.storage.models import UserRow
from tests.test_api_fixtures import api, assert_problem  # noqa: F401


def test_a_role_the_route_refuses_gets_403_not_the_list_of_its_parameters(api):
    for who in ("organiser", "g1"):  # /api/audit: officers only
        body = assert_problem(api.get("/api/audit", who, params={"foo": "1"}), 403, "无权执行此操作")
        assert "accepted" not in body and "record_id" not in body["detail"]
    body = assert_problem(api.get("/api/graduates", "g1", params={"foo": "1"}), 403, "毕业生")  # staff only
    assert "accepted" not in body
    # The roles the route takes still get the stray parameter named, as before.
    assert_problem(api.get("/api/audit", "officer", params={"foo": "1"}), 422, "未知的查询参数：foo", "record_id")
    assert_problem(api.get("/api/graduates", "organiser", params={"foo": "1"}), 422, "未知的查询参数：foo")
    assert api.get("/api/audit", "officer", params={"_": "1"}).status_code == 200


def test_the_mark_moves_when_an_account_is_deactivated_as_a_lower_id_is_issued(api):
    sessions = api.app.state.session_factory
    with sessions() as session:
        # A graduate account with a high id, as PostgreSQL draws ids at insert: another transaction
        # may hold a lower one and commit after this one.
        session.add(UserRow(id=10, name="李强", role="graduate", graduate_id="G3", token_hash="a" * 64, active=True))
        session.commit()
    watch = AccountWatch(sessions)
    with sessions() as session:
        assert "G3" in watch.read(session=session)
    assert not watch.check()
    with sessions() as session:
        session.execute(update(UserRow).where(UserRow.graduate_id == "G1").values(active=False))
        session.add(UserRow(id=7, name="张敏", role="graduate", graduate_id="G4", token_hash="b" * 64, active=True))
        session.commit()  # as many accounts as before, the same highest id
    assert watch.check()  # and reads the accounts again
    with sessions() as session:
        assert watch.read(session=session) == {"G2", "G3", "G4"}
    assert not watch.check()
