"""The running service judges on the day of the request (Beijing time), not on its start day:
ages, 应届 status, the 毕业年度 window and policy deadlines move with a clock the tests control,
without restarting; the recommendation cache is dropped once when the day changes and reused
while it does not."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from fastapi.testclient import TestClient

from features.education import Degree
from matching.fairs import FairLimits
from matching.ranker import Ranker
from matching.rules import RulesEngine
from service.api import create_app
from service.api.matching import Matcher
from service.auth import Role, issue_user
from service.engine import DailyRulesEngine, load_rules_engine
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog, load_segmenter
from service.settings import Settings
from service.storage import repository as repo
from tests.factories import graduate, job

JOBS = [
    job("J-AGE", "软件开发工程师", employer="乌鲁木齐云端科技有限公司", education="本科及以上", majors="计算机科学与技术",
        location="乌鲁木齐市", description="后端服务开发", conditions=(("年龄", "35周岁及以下"),)),
    job("J-FRESH", "软件测试工程师", employer="克拉玛依信息公司", education="本科及以上", majors="计算机科学与技术",
        location="克拉玛依市", description="软件测试", conditions=(("招聘对象", "应届毕业生"),)),
    job("J-OPEN", "网络运维工程师", employer="伊犁网络公司", education="本科及以上", majors="计算机科学与技术",
        location="伊宁市", description="服务器运维"),
]


def _graduates(catalog):
    # Turns 36 on 2026-06-15; a 2026 graduate (应届 until New Year).
    return [graduate("GA", "计算机科学与技术", catalog=catalog, name="阿依古丽", school="新疆大学", degree=Degree.BACHELOR,
                     graduation_year=2026, birth_date=dt.date(1990, 6, 15), hardship=frozenset())]


POLICIES_CSV = """政策编号,政策名称,学历,毕业年份或离校年限,截止日期
P-DUE,求职创业补贴,大专及以上,,2026-06-30
P-YEAR,一次性吸纳就业补贴,大专及以上,毕业年度内,长期
"""


class Clock:
    """The service's day, moved by the test."""

    def __init__(self, day: dt.date):
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


class CountingRanker(Ranker):
    """The production ranker (rules engine, no learned model), counting the graduates it ranks."""

    def rank_bounded(self, graduates, *args, **kwargs):
        self.ranked.extend(g.id for g in graduates)
        return super().rank_bounded(graduates, *args, **kwargs)


def counting_factory(ranked: list[str]):
    def factory(jobs):
        ranker = CountingRanker(catalog=load_major_catalog(), segmenter=load_segmenter(),
                                checker=load_rules_engine(), major_tables=load_major_code_tables())
        ranker.ranked = ranked
        return ranker.fit(jobs)
    return factory


class DayApi:
    def __init__(self, client: TestClient, clock: Clock, token: str, ranked: list[str]):
        self.client, self.clock, self.token, self.ranked = client, clock, token, ranked

    def get(self, path: str) -> dict:
        response = self.client.get(path, headers={"Authorization": f"Bearer {self.token}"})
        assert response.status_code == 200, response.text
        return response.json()

    def recommendations(self) -> dict:
        return self.get("/api/graduates/GA/recommendations?rejected_k=5")

    def policies(self) -> dict:
        return self.get("/api/graduates/GA/policies")


@pytest.fixture
def start(tmp_path, catalog):
    """``start(day)``: the app on a seeded database, its clock on ``day``."""
    from service.storage.db import make_engine, make_session_factory, upgrade

    clients = []

    def start(day: dt.date) -> DayApi:
        path = tmp_path / "policies.csv"
        path.write_text(POLICIES_CSV, encoding="utf-8-sig")
        settings = Settings(data_dir=tmp_path / "data", warm_recommendations=False, policies=path)
        settings.prepare()
        engine = make_engine(settings.resolved_database_url)
        upgrade(engine)
        with make_session_factory(engine)() as session:
            repo.upsert_jobs(session=session, jobs=JOBS)
            repo.upsert_graduates(session=session, graduates=_graduates(catalog))
            token = issue_user(session=session, name="阿依古丽", role=Role.GRADUATE, graduate_id="GA").token
            session.commit()
        engine.dispose()
        clock, ranked = Clock(day), []
        client = TestClient(create_app(settings, ranker_factory=counting_factory(ranked), clock=clock))
        clients.append(client.__enter__())
        return DayApi(client, clock, token, ranked)

    yield start
    for client in clients:
        client.__exit__(None, None, None)


def _suggested(body: dict) -> dict[str, list[str]]:
    return {s["job_id"]: s["reasons"] for s in body["suggestions"]}


def _rejected(body: dict) -> dict[str, list[str]]:
    return {r["job_id"]: r["reasons"] for r in body["rejected"]}


def _policy(body: dict, group: str, policy_id: str) -> list[str] | None:
    return next((v["reasons"] for v in body[group] if v["policy"]["id"] == policy_id), None)


def test_a_birthday_between_two_requests_ends_an_age_limit(start):
    api = start(dt.date(2026, 6, 14))
    first = api.recommendations()
    assert "J-AGE" in _suggested(first) and "J-AGE" not in _rejected(first)
    assert any(r.startswith("年龄符合：岗位要求35周岁") for r in _suggested(first)["J-AGE"])

    api.clock.day = dt.date(2026, 6, 15)  # the graduate's 36th birthday; the service keeps running
    second = api.recommendations()
    assert "J-AGE" not in _suggested(second)
    assert any(r.startswith("年龄不符：岗位要求35周岁") and "36周岁" in r for r in _rejected(second)["J-AGE"])


def test_new_year_ends_the_fresh_graduate_status(start):
    api = start(dt.date(2026, 12, 31))
    assert any(r.startswith("应届身份符合") for r in _suggested(api.recommendations())["J-FRESH"])

    api.clock.day = dt.date(2027, 1, 1)
    after = api.recommendations()
    assert "J-FRESH" not in _suggested(after)
    assert _rejected(after)["J-FRESH"] == ["应届身份不符：岗位面向应届毕业生，您2026年毕业"]


def test_new_year_closes_the_graduation_year_window_of_a_policy(start):
    api = start(dt.date(2026, 12, 31))
    assert _policy(api.policies(), "eligible", "P-YEAR") is not None

    api.clock.day = dt.date(2027, 1, 1)
    reasons = _policy(api.policies(), "not_eligible", "P-YEAR")
    assert reasons is not None and reasons[0].startswith("毕业年份不符") and "您2026年毕业" in reasons[0]


def test_a_policy_is_closed_the_day_after_its_deadline(start):
    api = start(dt.date(2026, 6, 30))
    assert "申请截止日期：2026年6月30日" in _policy(api.policies(), "eligible", "P-DUE")

    api.clock.day = dt.date(2026, 7, 1)
    assert _policy(api.policies(), "not_eligible", "P-DUE") == ["申请已截止：截止日期为2026年6月30日"]


def test_the_recommendation_cache_is_reused_within_a_day_and_dropped_once_when_it_changes(start):
    api = start(dt.date(2026, 6, 14))
    first = api.recommendations()
    assert api.recommendations() == first
    assert api.ranked == ["GA"]  # the second request of the day came from the cache

    api.clock.day = dt.date(2026, 6, 15)
    changed = api.recommendations()
    assert api.ranked == ["GA", "GA"]  # not the cached answer of the day before
    assert changed != first
    assert api.recommendations() == changed
    assert api.ranked == ["GA", "GA"]  # dropped once, not on every request of the new day


# --- the matcher and the engine, without the API ---------------------------------------


def test_a_new_day_ranks_every_graduate_again_in_the_warm_up_and_replans_fairs(catalog):
    clock, ranked = Clock(dt.date(2026, 6, 14)), []
    matcher = Matcher(factory=counting_factory(ranked), clock=clock)
    matcher.load(JOBS)
    graduates = _graduates(catalog)
    assert matcher.warm(graduates) == 1 and matcher.warm(graduates) == 0
    plan = matcher.fair_plan(graduates, by="major", limits=FairLimits(min_positions=1), k=5)
    assert matcher.fair_plan(graduates, by="major", limits=FairLimits(min_positions=1), k=5) is plan

    clock.day = dt.date(2026, 6, 15)
    assert matcher.peek(graduates[0], k=5, rejected_k=5) is None  # no lock taken on the event loop; misses
    assert matcher.warm(graduates) == 1
    assert matcher.fair_plan(graduates, by="major", limits=FairLimits(min_positions=1), k=5) is not plan
    assert matcher.day == dt.date(2026, 6, 15)


def test_a_request_that_read_the_clock_before_midnight_does_not_move_the_day_back(catalog):
    # A request reads the clock at 23:59:59.999 and loses the CPU; meanwhile another request
    # moves the service to the new day. Resumed, the first must not take the day it read for a
    # new one: moving back would drop every cached result again, judge after midnight on the
    # day before, and the next request would drop them a third time moving forward.
    clock, ranked = Clock(dt.date(2026, 6, 14)), []
    read, resume = threading.Event(), threading.Event()

    def held_clock() -> dt.date:
        day = clock()
        if threading.current_thread().name == "late" and not read.is_set():
            read.set()  # the late request holds the 14th and waits here
            resume.wait(timeout=10)
        return day

    matcher = Matcher(factory=counting_factory(ranked), clock=held_clock)
    matcher.load(JOBS)
    person = _graduates(catalog)[0]
    late = threading.Thread(target=matcher.rank, args=(person,), kwargs={"k": 5, "rejected_k": 5}, name="late")
    late.start()
    assert read.wait(timeout=10)
    clock.day = dt.date(2026, 6, 15)
    after_midnight = matcher.rank(person, k=5, rejected_k=5)
    version = matcher.version
    resume.set()
    late.join(timeout=10)
    assert not late.is_alive()
    assert matcher.day == dt.date(2026, 6, 15) and matcher.version == version
    assert matcher.rank(person, k=5, rejected_k=5) == after_midnight
    assert ranked == ["GA"]  # ranked once for the new day, by whichever request came first


def test_the_engine_for_another_day_shares_what_it_parsed(catalog):
    engine = RulesEngine(catalog=catalog, reference_date=dt.date(2026, 6, 14))
    assert engine.on(dt.date(2026, 6, 14)) is engine
    conds = engine.parse(JOBS[0])
    later = engine.on(dt.date(2026, 6, 15))
    assert later.reference_date == dt.date(2026, 6, 15) and engine.reference_date == dt.date(2026, 6, 14)
    assert later.parse(JOBS[0]) is conds  # parsed once, not again for the new day
    person = _graduates(catalog)[0]
    assert engine.check(person, JOBS[0]).status.value == "eligible"
    assert later.check(person, JOBS[0]).status.value == "not_eligible"


def test_the_policies_engine_follows_its_clock(catalog):
    clock = Clock(dt.date(2026, 6, 14))
    daily = DailyRulesEngine(RulesEngine(catalog=catalog, reference_date=clock.day), clock=clock)
    first = daily.today()
    assert daily.today() is first
    clock.day = dt.date(2026, 6, 15)
    assert daily.today().reference_date == dt.date(2026, 6, 15)


def test_the_job_check_report_outlives_a_new_day(start, monkeypatch):
    # Only deadlines read the date, and they are added to the kept report: a new day must not
    # cost the first officer after midnight a re-check of the whole list (seconds on a large one).
    from service.api import job_check_results

    api = start(dt.date(2026, 6, 14))
    with api.client.app.state.session_factory() as session:
        officer = issue_user(session=session, name="王老师", role=Role.OFFICER).token
        session.commit()
    checked = []
    real = job_check_results.check_jobs
    monkeypatch.setattr(job_check_results, "check_jobs", lambda jobs, **kw: checked.append(len(jobs)) or real(jobs, **kw))

    def report() -> dict:
        response = api.client.get("/api/job-checks", headers={"Authorization": f"Bearer {officer}"})
        assert response.status_code == 200, response.text
        return response.json()

    first = report()
    api.clock.day = dt.date(2026, 6, 15)
    api.recommendations()  # a request that moves the service to the new day
    assert report() == first and checked == [len(JOBS)]
