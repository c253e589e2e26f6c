"""Two officers recording conflicting 求职创业补贴 moves at once, on PostgreSQL: only one is accepted.

The graduate's stated state is 已申请; 未获批 and 已发放 may each follow it, but not each other
(``outcomes.subsidy_move_problem``). Without a lock both requests read 已申请 and both were written.
The test holds each request at its read of the stored state until the other one arrives there too
(a barrier): unlocked, both arrive and both pass; locked, the second waits for the first to commit,
so the first gives up waiting for it, and the second then reads the first one's state."""

from __future__ import annotations

import threading

import pytest

from service.api import followups
from service.api.problems import ApiProblem
from service.api.schemas import FollowUpCreate
from service.auth import Role, issue_user
from service.storage import follow_ups
from service.storage.db import make_session_factory
from tests.test_api_postgres import pg_app  # noqa: F401  (fixture)

pytestmark = pytest.mark.postgres


def test_conflicting_subsidy_moves_at_once_only_one_is_accepted(pg_app, monkeypatch):  # noqa: F811
    client, headers, app = pg_app
    response = client.post("/api/graduates", headers=headers, json={
        "id": "S1", "name": "阿依古丽", "major": "会计学", "hardship": ["低收入家庭"]})
    assert response.status_code == 201, response.text
    response = client.post("/api/graduates/S1/follow-ups", headers=headers, json={"subsidy": "已申请"})
    assert response.status_code == 201, response.text
    factory = make_session_factory(app.state.engine)
    with factory() as session:
        officer = issue_user(session=session, name="李老师", role=Role.OFFICER).user
        session.commit()

    both_read = threading.Barrier(2)
    real_newest = follow_ups.newest_subsidy

    def newest_when_both_read(**kwargs):
        try:
            both_read.wait(timeout=3)  # unlocked, the other request reads now too
        except threading.BrokenBarrierError:
            pass  # locked: the other request waits for this one's commit
        return real_newest(**kwargs)

    monkeypatch.setattr(follow_ups, "newest_subsidy", newest_when_both_read)
    outcomes: dict[str, object] = {}

    def move(state: str) -> None:
        with factory() as session:
            try:
                followups.record(session=session, user=officer, graduate_id="S1",
                                 data=FollowUpCreate(subsidy=state))
                outcomes[state] = "accepted"
            except ApiProblem as problem:
                outcomes[state] = problem.status

    threads = [threading.Thread(target=move, args=(state,)) for state in ("未获批", "已发放")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(map(str, outcomes.values())) == ["422", "accepted"], outcomes
    history = client.get("/api/graduates/S1/follow-ups", headers=headers).json()
    assert [item["subsidy"] for item in history["items"]][1:] == ["已申请"]
    assert history["total"] == 2
