"""After a graduate is written through the API, the officers' subsidy warm-up judges that graduate
again (or drops their verdict: deleted, now on the support list), not every graduate off the list;
an import, a new day, a failed pass or more written graduates waiting than ``written_limit`` still
make a full pass. ``wait()`` returns at once when no background warm-up runs. Nothing sleeps: the
warm-up is awaited or held on events."""

from __future__ import annotations

import threading

import pytest

from service.api import subsidy_hints
from service.api.caches import VerdictCache
from service.api.subsidy_verdicts import SubsidyWarmup
from tests.test_subsidy_unclaimed import OFF_LIST, POLICIES_CSV, STARTED, _api_ids, _counted
from tests.test_subsidy_unclaimed import api  # noqa: F401  (the fixture: warm-ups off)
from tests.test_api_fixtures import policy_api

WARM_THREAD = "jobmatch-subsidy-warm"


@pytest.fixture
def warm_api(tmp_path, monkeypatch):
    with policy_api(tmp_path, monkeypatch, POLICIES_CSV, graduates=STARTED, warm=True) as api:
        assert api.app.state.subsidy_warmup.wait(timeout=60)
        yield api


def _asked_by_the_warm_up(verdicts: VerdictCache, monkeypatch) -> list[list[str]]:
    """The ids of each ``verdicts.judge`` call the warm-up's thread makes from now on."""
    asked: list[list[str]] = []
    judge = verdicts.judge

    def recorded(graduates, **kwargs):
        if threading.current_thread().name == WARM_THREAD:
            asked.append([g.id for g in graduates])
        return judge(graduates, **kwargs)

    monkeypatch.setattr(verdicts, "judge", recorded)
    return asked


def test_a_patch_is_judged_again_alone_and_an_import_judges_everyone(warm_api, monkeypatch):
    warmup, verdicts = warm_api.app.state.subsidy_warmup, warm_api.app.state.subsidy_verdicts
    asked = _asked_by_the_warm_up(verdicts, monkeypatch)
    warm_api.patch("/api/graduates/G6", "officer", json={"student_loan": False}).raise_for_status()
    assert warmup.wait(timeout=60)
    assert asked == [["G6"]]  # not G2, G4 and G5 read again
    assert warmup.is_current() and len(verdicts) == len(OFF_LIST)
    judged: list[str] = []
    monkeypatch.setattr(subsidy_hints, "check_policy", _counted(subsidy_hints.check_policy, judged))
    assert _api_ids(warm_api) == ["G4", "G5"]
    assert judged == []  # G6 judged again in the background
    asked.clear()
    warm_api.app.state.graduate_cache.invalidate()  # what an import does: any record may have changed
    assert warmup.wait(timeout=60)
    assert sorted(i for ids in asked for i in ids) == sorted(OFF_LIST)


def test_a_deleted_graduate_and_one_now_on_the_list_leave_the_verdicts_without_a_full_pass(warm_api, monkeypatch):
    warmup, verdicts = warm_api.app.state.subsidy_warmup, warm_api.app.state.subsidy_verdicts
    asked = _asked_by_the_warm_up(verdicts, monkeypatch)
    assert warm_api.delete("/api/graduates/G5", "officer").status_code == 204
    warm_api.patch("/api/graduates/G6", "officer", json={"hardship": ["低收入家庭"]}).raise_for_status()
    assert warmup.wait(timeout=60)
    assert len(verdicts) == len(OFF_LIST) - 2  # G5's and G6's verdicts dropped
    assert all(ids == [] for ids in asked)  # nobody judged, nobody re-read
    assert warmup.is_current()
    assert _api_ids(warm_api) == ["G4"]


@pytest.mark.parametrize(("written_limit", "full"), [(1, True), (2, False)])
def test_more_written_graduates_waiting_than_the_limit_make_a_full_pass(api, written_limit, full):  # noqa: F811
    reads, looked_up = [0], []
    reading, release = threading.Event(), threading.Event()

    def graduates():
        reads[0] += 1
        if reads[0] == 1:  # the start-up pass, held while two edits come
            reading.set()
            release.wait(timeout=30)
        return list(STARTED)

    def graduate(graduate_id):
        looked_up.append(graduate_id)
        return next((g for g in STARTED if g.id == graduate_id), None)

    warmup = SubsidyWarmup(verdicts=VerdictCache(), graduates=graduates, graduate=graduate,
                           policies=lambda: api.app.state.policies, written_limit=written_limit)
    warmup.start()
    try:
        assert reading.wait(timeout=30)
        warmup.wake({"G2"})
        warmup.wake({"G6"})
        release.set()
        assert warmup.wait(timeout=30) and warmup.is_current()
        assert (reads[0], sorted(looked_up)) == ((2, []) if full else (1, ["G2", "G6"]))
    finally:
        warmup.stop()


def test_a_failed_pass_after_a_write_is_tried_again_in_full(api, caplog):  # noqa: F811
    failed, reads = [False], [0]

    def graduates():
        reads[0] += 1
        return list(STARTED)

    def graduate(graduate_id):
        if not failed[0]:
            failed[0] = True
            raise OSError("数据库暂时不可用")
        return next((g for g in STARTED if g.id == graduate_id), None)

    verdicts: VerdictCache = VerdictCache()
    warmup = SubsidyWarmup(verdicts=verdicts, graduates=graduates, graduate=graduate,
                           policies=lambda: api.app.state.policies, day_check_seconds=0.02)
    warmup.start()
    try:
        assert warmup.wait(timeout=30) and reads[0] == 1
        warmup.wake({"G6"})
        assert warmup.wait(timeout=30)
        assert "judging the 求职创业补贴 verdicts failed" in caplog.text
        # No edit and no new day: the day check sees the section is not warm and reads everyone again.
        with warmup._idle:
            assert warmup._idle.wait_for(lambda: reads[0] == 2, timeout=30)
        assert warmup.wait(timeout=30) and warmup.is_current()
        assert len(verdicts) == len(OFF_LIST)
    finally:
        warmup.stop()


def test_wait_returns_at_once_when_the_warm_up_is_off_and_a_write_woke_it(api):  # noqa: F811
    # ``api`` runs without the background warm-up (``warm_subsidy_section`` off): nothing will run.
    warmup = api.app.state.subsidy_warmup
    api.patch("/api/graduates/G6", "officer", json={"student_loan": False}).raise_for_status()
    assert warmup.wait(timeout=0)
    assert _api_ids(api) == ["G4", "G5"]


def test_wait_returns_at_once_after_the_warm_up_stopped(api):  # noqa: F811
    warmup = SubsidyWarmup(verdicts=VerdictCache(), graduates=lambda: list(STARTED),
                           policies=lambda: api.app.state.policies)
    warmup.start()
    assert warmup.wait(timeout=30)
    warmup.stop()
    warmup.wake({"G6"})
    assert warmup.wait(timeout=0)
