"""Two officers sending conflicting follow-ups at the same moment, on a SQLite file database: one is
written, the other gets the answer it would get a moment later (409 naming ``last_seen_id``, or 422
naming ``subsidy``).

``follow_ups.lock_graduate`` compiled to a plain SELECT on SQLite (no ``FOR UPDATE``) and pysqlite
began the transaction only at the INSERT: both requests read the stored record, both passed the check
and both wrote (two pushes of one post; 已录用 and 放弃 after the same record; 未获批 after 已发放).
Each test holds a request after its check's read until the other has read too (a barrier): unlocked,
both have read the old record before either writes, every time; locked, the second request waits for
the lock, the first gives up waiting for it, commits, and the second then reads the first one's row.
Each race is run three times, each on a record where it starts afresh."""

from __future__ import annotations

import threading

import pytest

from service.auth import Role, issue_user
from service.storage import follow_ups as follow_up_store
from tests.test_api_fixtures import api  # noqa: F401  (fixture)
from tests.test_api_followups import record, recorded, stored


@pytest.fixture
def officers(api):  # noqa: F811
    """The fixture's officer and another one, 李老师, who send at the same moment."""
    with api.app.state.session_factory() as session:
        api.tokens["officer2"] = issue_user(session=session, name="李老师", role=Role.OFFICER).token
        session.commit()
    return api, ("officer", "officer2")


class HoldAfterReading:
    """Makes ``follow_up_store.<name>`` (a read the check makes) wait, after it read, until the other request
    of the race has made it too; locked, the other cannot get there, and after a second this one goes on alone."""

    def __init__(self, monkeypatch, name: str) -> None:
        self.real = getattr(follow_up_store, name)
        self.both_read = threading.Barrier(2)
        monkeypatch.setattr(follow_up_store, name, self.read_then_wait)

    def read_then_wait(self, **kwargs):
        found = self.real(**kwargs)
        try:
            self.both_read.wait(timeout=1)
        except threading.BrokenBarrierError:
            pass  # the other request waits for this one's lock (or has passed it already)
        return found


def at_once(running, hold: HoldAfterReading, graduate_id: str, sent: list[tuple[str, dict]]) -> list[int]:
    """The status codes of the follow-ups ``sent`` ((officer, body) each) posted at the same moment."""
    hold.both_read = threading.Barrier(len(sent))  # a new race: a barrier broken by the last one passes nobody
    statuses: list[int | None] = [None] * len(sent)

    def send(index: int, who: str, body: dict) -> None:
        statuses[index] = record(running, graduate_id, who, **body).status_code

    threads = [threading.Thread(target=send, args=(i, who, body)) for i, (who, body) in enumerate(sent)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return statuses


def test_the_same_push_sent_by_two_officers_at_once_is_written_once(officers, monkeypatch):
    running, (first, second) = officers
    hold = HoldAfterReading(monkeypatch, "recorded_since")
    seen = 0
    for job_id in ("J-SOFT", "J-NET", "J-ACC"):
        push = {"job_id": job_id, "status": "已推送", "last_seen_id": seen}
        assert sorted(at_once(running, hold, "G1", [(first, push), (second, push)])) == [201, 409], job_id
        rows = [r for r in stored(running, "G1") if r.job_id == job_id]
        assert [r.status for r in rows] == ["已推送"], job_id  # one push, not two
        seen = rows[0].id


def test_two_results_sent_against_the_same_record_at_once_write_one(officers, monkeypatch):
    running, (first, second) = officers
    for job_id in ("J-SOFT", "J-NET", "J-ACC"):
        recorded(running, "G1", job_id=job_id, status="已推送")
    hold = HoldAfterReading(monkeypatch, "recorded_since")
    for job_id in ("J-SOFT", "J-NET", "J-ACC"):
        seen = stored(running, "G1")[0].id
        statuses = at_once(running, hold, "G1", [(first, {"job_id": job_id, "status": "已录用", "last_seen_id": seen}),
                                       (second, {"job_id": job_id, "status": "放弃", "last_seen_id": seen})])
        assert sorted(statuses) == [201, 409], job_id
        assert len([r for r in stored(running, "G1") if r.job_id == job_id]) == 2, job_id


def test_conflicting_subsidy_moves_sent_at_once_write_one(officers, monkeypatch):
    running, (first, second) = officers
    for graduate_id in ("G1", "G2", "G3"):
        recorded(running, graduate_id, subsidy="已申请")
    hold = HoldAfterReading(monkeypatch, "newest_subsidy")
    for graduate_id in ("G1", "G2", "G3"):
        statuses = at_once(running, hold, graduate_id, [(first, {"subsidy": "未获批"}), (second, {"subsidy": "已发放"})])
        assert sorted(statuses) == [201, 422], graduate_id
        states = [r.subsidy for r in stored(running, graduate_id)]  # newest first
        assert len(states) == 2 and states[1] == "已申请" and states[0] in ("未获批", "已发放"), graduate_id
