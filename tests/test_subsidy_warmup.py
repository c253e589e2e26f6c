"""The officers' section of graduates off the support list who may claim the 求职创业补贴 finds its
verdicts ready: they are judged in the background at start-up, on a new judging day and after a
graduate is written (``subsidy_verdicts.SubsidyWarmup``), without an audit entry; a view during
the warm-up still answers the whole list; the kept verdicts hold more than 200,000 graduates
without starting over on each view. The warm-up is triggered explicitly (``warm()``) or awaited
(``wait()``); nothing sleeps."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from service.api import subsidy_hints
from service.api.caches import VerdictCache
from service.api.policy_views import PolicyState
from service.engine import DailyRulesEngine, load_rules_engine
from service.policy_file import read_policies
from tests.test_api_fixtures import policy_api
from tests.test_api_followups import login
from tests.test_subsidy_section_costs import Record
from tests.test_subsidy_unclaimed import OFF_LIST, POLICIES_CSV, STARTED, _api_ids, _counted, _section_ids
from tests.test_subsidy_unclaimed import api  # noqa: F401  (the fixture: warm-ups off)

SECTION = ["G4", "G5", "G6"]


# --- the kept verdicts ------------------------------------------------------------------------


def test_more_than_200000_graduates_off_the_list_are_judged_once():
    cache: VerdictCache[bool] = VerdictCache()
    records = [Record(f"G{i:06d}", i % 2 == 0) for i in range(200_001)]
    judged = [0]

    def judge(record: Record) -> bool:
        judged[0] += 1
        return record.student_loan

    assert cache.judge(records, key="day", judge=judge)[:3] == [True, False, True]
    assert cache.judge(records, key="day", judge=judge)[-1] is True
    assert judged[0] == 200_001  # the second view judged nobody (a bound of 200,000 emptied it)
    assert len(cache) == 200_001


def test_every_record_asked_for_drops_the_verdicts_of_the_others():
    cache: VerdictCache[bool] = VerdictCache()
    records = [Record("G1", True), Record("G2", False), Record("G3", True)]
    cache.judge(records, key="day", judge=lambda r: r.student_loan, every=True)
    cache.judge(records[:1], key="day", judge=lambda r: r.student_loan)  # a filtered view keeps the rest
    assert len(cache) == 3
    cache.judge(records[1:], key="day", judge=lambda r: r.student_loan, every=True)  # G1 deleted or now listed
    assert len(cache) == 2
    cache.retain([records[2]], key="day")
    assert len(cache) == 1
    cache.retain([], key="another day")  # a stale key leaves today's verdicts alone
    assert len(cache) == 1


# --- the warm-up, triggered explicitly --------------------------------------------------------


def test_after_the_warm_up_the_first_view_judges_nobody(api, monkeypatch):  # noqa: F811
    warmup = api.app.state.subsidy_warmup
    assert warmup.warm() == len(OFF_LIST)
    judged: list[str] = []
    monkeypatch.setattr(subsidy_hints, "check_policy", _counted(subsidy_hints.check_policy, judged))
    login(api, "officer")
    assert _section_ids(api.client.get("/officer").text) == SECTION
    assert _api_ids(api) == SECTION
    assert judged == []
    assert warmup.warm() == 0  # nothing left to judge


def test_the_warm_up_writes_no_audit_entry_and_a_view_still_does(api):  # noqa: F811
    before = len(api.audit_rows())
    api.app.state.subsidy_warmup.warm()
    assert len(api.audit_rows()) == before
    assert _api_ids(api) == SECTION
    reads = [r for r in api.audit_rows() if r.action == "read" and r.role == "officer" and r.record_id == "G5"]
    assert reads and "student_loan" in reads[-1].fields


def test_a_new_day_is_warmed_again_and_judged_on_that_day(api, tmp_path, monkeypatch):  # noqa: F811
    day = [dt.date(2026, 6, 1)]
    api.app.state.policies = PolicyState(policies=read_policies(tmp_path / "policies.csv"),
                                         engine=DailyRulesEngine(load_rules_engine(day[0]), clock=lambda: day[0]))
    warmup = api.app.state.subsidy_warmup
    assert not warmup.is_current()
    warmup.warm()
    assert warmup.is_current()
    assert _api_ids(api) == SECTION
    day[0] = dt.date(2028, 1, 1)  # 毕业年度内 (2026 graduates): none may claim it any more
    assert not warmup.is_current()  # what the background loop checks every minute
    assert warmup.warm() == len(OFF_LIST)
    judged: list[str] = []
    monkeypatch.setattr(subsidy_hints, "check_policy", _counted(subsidy_hints.check_policy, judged))
    assert _api_ids(api) == []
    assert judged == []


def test_a_warm_up_crossing_midnight_stops_and_the_next_judges_the_new_day(api, tmp_path, monkeypatch):  # noqa: F811
    day = [dt.date(2026, 6, 1)]
    api.app.state.policies = PolicyState(policies=read_policies(tmp_path / "policies.csv"),
                                         engine=DailyRulesEngine(load_rules_engine(day[0]), clock=lambda: day[0]))
    check = subsidy_hints.check_policy

    def midnight_after_g4(engine, graduate, policy):
        if graduate.id == "G4":
            day[0] = dt.date(2028, 1, 1)
        return check(engine, graduate, policy)

    monkeypatch.setattr(subsidy_hints, "check_policy", midnight_after_g4)
    warmup = api.app.state.subsidy_warmup
    warmup.block = 1
    assert warmup.warm() == 2  # G2 and G4 of the old day; G5 and G6 left for the new one
    assert not warmup.is_current()
    monkeypatch.setattr(subsidy_hints, "check_policy", check)
    assert warmup.warm() == len(OFF_LIST)
    assert warmup.is_current() and _api_ids(api) == []


def test_a_view_during_the_warm_up_answers_the_whole_list(api, monkeypatch):  # noqa: F811
    reached, release = threading.Event(), threading.Event()
    check = subsidy_hints.check_policy

    def held_check(engine, graduate, policy):
        if threading.current_thread().name == "test-warm-up" and graduate.id == "G5":
            reached.set()
            release.wait(timeout=30)
        return check(engine, graduate, policy)

    monkeypatch.setattr(subsidy_hints, "check_policy", held_check)
    warmup = api.app.state.subsidy_warmup
    warmup.block = 1
    thread = threading.Thread(target=warmup.warm, name="test-warm-up")
    thread.start()
    try:
        assert reached.wait(timeout=30)  # the warm-up has judged G2 and G4, not G5 and G6
        assert _api_ids(api) == SECTION
        login(api, "officer")
        assert _section_ids(api.client.get("/officer").text) == SECTION
    finally:
        release.set()
        thread.join(timeout=30)
    assert _api_ids(api) == SECTION


def test_without_a_policy_list_the_warm_up_judges_nothing(tmp_path, monkeypatch):
    with policy_api(tmp_path, monkeypatch, None, graduates=STARTED) as bare:
        assert bare.app.state.subsidy_warmup.warm() == 0
        assert bare.app.state.subsidy_warmup.is_current()


# --- the warm-up in the background ------------------------------------------------------------


@pytest.fixture
def warm_api(tmp_path, monkeypatch):
    with policy_api(tmp_path, monkeypatch, POLICIES_CSV, graduates=STARTED, warm=True) as api:
        yield api


def test_the_service_judges_the_section_when_it_starts(warm_api, monkeypatch):
    warmup = warm_api.app.state.subsidy_warmup
    assert warmup.wait(timeout=60)
    assert warmup.is_current() and len(warm_api.app.state.subsidy_verdicts) == len(OFF_LIST)
    assert not [r for r in warm_api.audit_rows() if r.action == "read"]  # nobody read anything yet
    judged: list[str] = []
    monkeypatch.setattr(subsidy_hints, "check_policy", _counted(subsidy_hints.check_policy, judged))
    assert _api_ids(warm_api) == SECTION
    assert judged == []
    assert [r for r in warm_api.audit_rows() if r.action == "read" and r.record_id == "G5"]  # the view's read


def test_a_graduate_edit_wakes_the_warm_up_and_the_section_follows_it(warm_api, monkeypatch):
    warmup = warm_api.app.state.subsidy_warmup
    assert warmup.wait(timeout=60)
    warm_api.patch("/api/graduates/G6", "officer", json={"student_loan": False}).raise_for_status()
    warm_api.patch("/api/graduates/G2", "officer", json={"student_loan": True}).raise_for_status()
    assert warmup.wait(timeout=60)
    judged: list[str] = []
    monkeypatch.setattr(subsidy_hints, "check_policy", _counted(subsidy_hints.check_policy, judged))
    assert _api_ids(warm_api) == ["G2", "G4", "G5"]
    assert judged == []  # the edited records were judged again in the background


def test_a_failed_warm_up_after_an_edit_is_tried_again_without_another_edit(api, caplog):  # noqa: F811
    """A read failing in the background (the database away a moment after an import) is logged and
    the verdicts are no longer taken for warm: the next day check warms again, not only the next edit."""
    from service.api.subsidy_verdicts import SubsidyWarmup

    people = [g for g in STARTED if g.id != "G6"]
    calls, retried = [0], threading.Event()

    def graduates():
        calls[0] += 1
        if calls[0] == 2:
            raise OSError("数据库暂时不可用")
        if calls[0] == 3:
            retried.set()
        return people

    verdicts: VerdictCache = VerdictCache()
    warmup = SubsidyWarmup(verdicts=verdicts, graduates=graduates, policies=lambda: api.app.state.policies,
                           day_check_seconds=0.02)
    warmup.start()
    try:
        assert warmup.wait(timeout=30) and warmup.is_current()
        people = list(STARTED)  # G6 imported: the warm-up woken reads the graduates and fails
        warmup.wake()
        assert warmup.wait(timeout=30)
        assert "judging the 求职创业补贴 verdicts failed" in caplog.text
        assert not warmup.is_current()
        assert retried.wait(timeout=10)  # no edit and no new day: the day check saw it was not warm
        assert warmup.wait(timeout=30) and warmup.is_current()
        assert len(verdicts) == len(OFF_LIST)
    finally:
        warmup.stop()


def test_stop_without_waiting_returns_while_the_thread_is_busy_and_stop_waits_for_it(api):  # noqa: F811
    # The app asks both background threads to stop before waiting for either, so that shutdown
    # waits for the slower one, not for both in turn (each may be inside a read of every graduate).
    from service.api.subsidy_verdicts import SubsidyWarmup

    reading, release = threading.Event(), threading.Event()

    def graduates():
        reading.set()
        release.wait(timeout=30)
        return list(STARTED)

    warmup = SubsidyWarmup(verdicts=VerdictCache(), graduates=graduates, policies=lambda: api.app.state.policies,
                           day_check_seconds=0.02)
    warmup.start()
    assert reading.wait(timeout=30)
    warmup.stop(wait=False)
    assert warmup._thread.is_alive()  # still inside the read: not waited for
    release.set()
    warmup.stop()
    assert not warmup._thread.is_alive()


def test_the_matcher_warming_stops_without_waiting_too():
    from service.api.matching import Matcher

    reading, release = threading.Event(), threading.Event()

    def graduates():
        reading.set()
        release.wait(timeout=30)
        return []

    matcher = Matcher()
    matcher.start_warming(graduates)
    assert reading.wait(timeout=30)
    matcher.stop_warming(wait=False)
    assert matcher._warm_thread.is_alive()
    release.set()
    matcher.stop_warming()
    assert not matcher._warm_thread.is_alive()
