"""Shared fixtures for the API tests: a real app on a temporary SQLite file, a few
hand-written jobs and graduates, and one account per role. (No tests in this module;
the ``test_api_*`` files import the fixtures by name.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

import pytest
from fastapi.testclient import TestClient

from features.education import Degree, EducationLevel, EducationRequirement
from features.records import EmployerType, Gender, Graduate, Hardship, Job, Preferences, SalaryRange
from service.api import create_app
from service.api.ranker_factories import basic_ranker_factory
from service.auth import Role, issue_user
from service.settings import Settings
from service.storage import repository as repo

JOBS = [
    Job(id="J-SOFT", title="软件开发工程师", employer="乌鲁木齐云端科技有限公司", employer_type=EmployerType.ENTERPRISE,
        category="信息技术", location="乌鲁木齐市", education=EducationRequirement(minimum=EducationLevel.BACHELOR),
        majors_text="计算机科学与技术、软件工程", salary=SalaryRange(7000, 10000), headcount=3,
        description="负责后端服务开发，使用 Python 和数据库"),
    Job(id="J-ACC", title="会计", employer="伊犁商贸集团", employer_type=EmployerType.STATE_ENTERPRISE,
        category="财务", location="伊宁市", education=EducationRequirement(minimum=EducationLevel.BACHELOR),
        majors_text="会计学、财务管理", salary=SalaryRange(5000, 7000), headcount=2, description="财务核算与报表编制"),
    Job(id="J-TEACH", title="小学数学教师", employer="喀什市第一小学", employer_type=EmployerType.PUBLIC_INSTITUTION,
        category="教育", location="喀什地区", education=EducationRequirement(minimum=EducationLevel.BACHELOR),
        majors_text="数学与应用数学", salary=SalaryRange(5500, 6500), headcount=4, description="承担小学数学教学工作"),
    Job(id="J-PHD", title="人工智能研究员", employer="新疆某研究院", employer_type=EmployerType.RESEARCH_ASSISTANT,
        category="科研", location="乌鲁木齐市", education=EducationRequirement(minimum=EducationLevel.DOCTOR),
        majors_text="计算机科学与技术", salary=SalaryRange(15000, 25000), headcount=1, description="机器学习算法研究与软件开发"),
    Job(id="J-NET", title="网络运维工程师", employer="克拉玛依信息公司", employer_type=EmployerType.ENTERPRISE,
        category="信息技术", location="克拉玛依市", education=EducationRequirement(minimum=EducationLevel.JUNIOR_COLLEGE),
        salary=SalaryRange(6000, 8000), headcount=2, description="服务器与网络设备运维，软件部署"),
    Job(id="J-INTERN", title="行政见习岗", employer="乌鲁木齐市人社局", employer_type=EmployerType.INTERNSHIP,
        category="行政", location="乌鲁木齐市", education=EducationRequirement(minimum=None, any_level=True),
        salary=SalaryRange(2500, None), headcount=5, description="协助办公室日常事务"),
]

GRADUATES = [
    Graduate(id="G1", name="阿依古丽", school="新疆大学", major="计算机科学与技术", major_code="080901",
             education=EducationLevel.BACHELOR, degree=Degree.BACHELOR, graduation_year=2026, gender=Gender.FEMALE,
             ethnicity="维吾尔族", intention="希望在乌鲁木齐从事软件开发",
             preferences=Preferences(locations=("乌鲁木齐",), categories=("信息技术",)),
             hardship=frozenset({Hardship.LOW_INCOME_FAMILY}), id_number="650100200305010019", phone="13900000001",
             birth_date=dt.date(2003, 5, 1)),
    Graduate(id="G2", name="王磊", school="石河子大学", major="会计学", major_code="120203",
             education=EducationLevel.BACHELOR, degree=Degree.BACHELOR, graduation_year=2026, gender=Gender.MALE,
             ethnicity="汉族", intention="财务相关工作，伊犁优先", preferences=Preferences(locations=("伊犁",)),
             hardship=frozenset(), phone="13900000002"),
    Graduate(id="G3", name="古丽娜", school="喀什大学", major="数学与应用数学", major_code="070101",
             education=EducationLevel.BACHELOR, graduation_year=2026, gender=Gender.FEMALE,
             ethnicity="维吾尔族", intention="回喀什当老师", preferences=Preferences(locations=("喀什",)),
             hardship=frozenset({Hardship.ZERO_EMPLOYMENT_FAMILY, Hardship.ETHNIC_MINORITY})),
    Graduate(id="G4", name="李强", school="新疆农业职业技术学院", major="计算机网络技术",
             education=EducationLevel.JUNIOR_COLLEGE, graduation_year=2026, intention="网络运维"),
]

#: J-SOFT's employer as a table without a location column would give it: its name places the post.
PLACE_NAMING_EMPLOYER = "乌鲁木齐市云端科技有限公司"
#: ``JOBS`` with J-SOFT stating no place, so the one it is shown with is inferred from its employer.
JOBS_WITH_INFERRED_PLACE = [
    replace(j, location=None, employer=PLACE_NAMING_EMPLOYER) if j.id == "J-SOFT" else j for j in JOBS]


@dataclass
class Api:
    """A running app with its client and one token per role."""

    client: TestClient
    app: object
    tokens: dict[str, str]

    def headers(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}

    def get(self, path: str, who: str, **kwargs):
        return self.client.get(path, headers=self.headers(who), **kwargs)

    def post(self, path: str, who: str, **kwargs):
        return self.client.post(path, headers=self.headers(who), **kwargs)

    def patch(self, path: str, who: str, **kwargs):
        return self.client.patch(path, headers=self.headers(who), **kwargs)

    def delete(self, path: str, who: str, **kwargs):
        return self.client.delete(path, headers=self.headers(who), **kwargs)

    def audit_rows(self) -> list:
        with self.app.state.session_factory() as session:
            return repo.list_audit(session=session, limit=1000)[0]


def start_api(tmp_path, *, jobs=JOBS, graduates=GRADUATES, max_body_bytes: int = 2 * 1024 * 1024, warm: bool = False,
              clock=None):
    """Seed a fresh database, then start the app on it (the ranker is fitted at startup); ``clock``: the
    app's day (``create_app``), today in Beijing when ``None``."""
    from service.storage.db import make_engine, make_session_factory, upgrade

    settings = Settings(data_dir=tmp_path / "data", max_body_bytes=max_body_bytes, warm_recommendations=warm,
                        warm_subsidy_section=warm)
    settings.prepare()
    engine = make_engine(settings.resolved_database_url)
    upgrade(engine)
    tokens = {}
    with make_session_factory(engine)() as session:
        repo.upsert_jobs(session=session, jobs=list(jobs))
        repo.upsert_graduates(session=session, graduates=list(graduates))
        tokens["officer"] = issue_user(session=session, name="王老师", role=Role.OFFICER).token
        tokens["organiser"] = issue_user(session=session, name="招聘会张", role=Role.ORGANISER).token
        tokens["g1"] = issue_user(session=session, name="阿依古丽", role=Role.GRADUATE, graduate_id="G1").token
        tokens["g2"] = issue_user(session=session, name="王磊", role=Role.GRADUATE, graduate_id="G2").token
        session.commit()
    engine.dispose()
    app = create_app(settings, ranker_factory=basic_ranker_factory, clock=clock)
    return app, tokens


@contextmanager
def policy_api(tmp_path, monkeypatch, policies: str | None, **start) -> Iterator[Api]:
    """The app started (``start_api(**start)``) with ``policies`` as its policy list file
    (``JOBMATCH_POLICIES``), or with none when ``policies`` is ``None``; a client on it."""
    if policies is None:
        monkeypatch.delenv("JOBMATCH_POLICIES", raising=False)
    else:
        path = tmp_path / "policies.csv"
        path.write_text(policies, encoding="utf-8-sig")
        monkeypatch.setenv("JOBMATCH_POLICIES", str(path))
    with running_api(tmp_path, **start) as api:
        yield api


def policy_api_fixture(policies: str | None):
    """A test module's fixture: ``policy_api`` on ``policies`` (``None``: no policy file). Assign it
    to the fixture's name, e.g. ``bare = policy_api_fixture(None)``."""

    @pytest.fixture
    def fixture(tmp_path, monkeypatch):
        with policy_api(tmp_path, monkeypatch, policies) as api:
            yield api

    return fixture


@contextmanager
def running_api(tmp_path, **start) -> Iterator[Api]:
    """The app started (``start_api(**start)``) and a client on it."""
    app, tokens = start_api(tmp_path, **start)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


@pytest.fixture
def api(tmp_path):
    with running_api(tmp_path) as api:
        yield api


def assert_problem(response, status: int, *fragments: str) -> dict:
    """The response is problem+json with this status and a Chinese title/detail containing the fragments."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    body = response.json()
    assert body["status"] == status
    assert any("\u4e00" <= ch <= "\u9fff" for ch in body["title"]), body
    for fragment in fragments:
        assert fragment in body["title"] + body["detail"], body
    return body
