"""A post restricted to graduates of a household in hardship (「限低保家庭毕业生」「限零就业家庭毕业生报考」
「限建档立卡贫困家庭毕业生」) is read as the post's 困难类别 (``matching.rules.hardship_targets``), not
「条件待人工核实：…」: an officer's full view decides 符合/不符合 naming the category (audited); the graduate's own view
reads 待核实 「该信息仅就业服务专员可见，请由专员核实」. A preference (…优先) stays a note. The disabled graduate's
strict-standard review (``physical_standards``) is checked over the API here too: officers only, audited."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from features.education import EducationLevel
from features.records import Graduate, Hardship, HardshipGroup, Job
from matching.rules.conditions import Kind
from matching.rules.parser import parse_cell
from matching.verdict import Status
from service.api.withheld import redact
from tests.factories import rules_engine
from tests.test_api_fixtures import GRADUATES, JOBS, Api, start_api
from tests.test_api_matching import rules_ranker_factory

WITHHELD = "该信息仅就业服务专员可见，请由专员核实"


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


def _post(cell: str) -> Job:
    return Job(id="J-LB", title="社区服务", conditions=(("专业", "本科：法学类"), ("其他要求", cell)))


def _graduate(hardship=frozenset(), groups=None) -> Graduate:
    return Graduate(id="G1", education=EducationLevel.BACHELOR, major="法学", hardship=frozenset(hardship),
                    hardship_groups=groups)


@pytest.mark.parametrize(("cell", "categories"), [
    ("限低保家庭毕业生", {Hardship.LOW_INCOME_FAMILY}),
    ("限零就业家庭毕业生报考", {Hardship.ZERO_EMPLOYMENT_FAMILY}),
    ("限建档立卡贫困家庭毕业生", {Hardship.POVERTY_ALLEVIATION}),
    ("仅限脱贫家庭、低保家庭的毕业生", {Hardship.POVERTY_ALLEVIATION, Hardship.LOW_INCOME_FAMILY}),
    ("低保家庭毕业生", {Hardship.LOW_INCOME_FAMILY}),
])
def test_a_household_restriction_is_read_as_the_posts_hardship_category(cell, categories):
    found = [c for c in parse_cell("其他要求", cell) if c.kind is not Kind.NOTE]
    assert [c.kind for c in found] == [Kind.HARDSHIP]  # was NEEDS_REVIEW (条件待人工核实)
    assert found[0].payload.requirement.categories == categories and found[0].payload.subject == "岗位"


def test_a_preference_stays_a_note():
    assert [c.kind for c in parse_cell("其他要求", "低保家庭毕业生优先")] == [Kind.NOTE]


def test_the_officer_view_decides_and_the_graduates_own_view_is_withheld(engine):
    job = _post("限低保家庭毕业生")
    subsistence = _graduate({Hardship.LOW_INCOME_FAMILY}, frozenset({HardshipGroup.SUBSISTENCE_ALLOWANCE}))
    met = engine.check(subsistence, job)
    assert met.status is Status.ELIGIBLE
    assert "困难类别符合：岗位面向困难类别为低保家庭的毕业生，您登记为低保家庭" in met.reasons()
    assert ("hardship",) == next(r.discloses[:1] for r in met.results if r.kind == "hardship")
    refused = engine.check(_graduate({Hardship.DISABILITY}), job)
    assert refused.status is Status.NOT_ELIGIBLE
    assert "困难类别不符：岗位面向困难类别为低保家庭的毕业生，您登记的困难类别为残疾" in refused.reasons()
    own = engine.check(redact(subsistence), job)
    assert own.status is Status.NEEDS_REVIEW
    assert f"困难类别待核实：岗位面向困难类别为低保家庭的毕业生，{WITHHELD}" in own.reasons()
    assert not any(r.discloses for r in own.results) and not any("条件待人工核实" in r for r in own.reasons())


POSTS = {
    "J-LB": (("其他要求", "限低保家庭毕业生"),),
    "J-POLICE": (("体检标准", "按照招录人民警察要求开展体检"), ("是否进行体能测评", "是")),
}
#: G2 registered 低保 and 残疾 (officer-only facts).
GRADUATE = replace(GRADUATES[1], hardship=frozenset({Hardship.LOW_INCOME_FAMILY, Hardship.DISABILITY}),
                   hardship_groups=frozenset({HardshipGroup.SUBSISTENCE_ALLOWANCE}))
LEAKS = ("残疾", "低保家庭毕业生，您登记", "您登记", "困难类别符合", "困难类别不符")


@pytest.fixture
def api(tmp_path):
    from service.api import create_app

    posts = [replace(JOBS[1], id=job_id, conditions=conditions) for job_id, conditions in POSTS.items()]
    app, tokens = start_api(tmp_path, jobs=[*JOBS, *posts], graduates=[GRADUATES[0], GRADUATE])
    app = create_app(app.state.settings, ranker_factory=rules_ranker_factory)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def _posts(api: Api, who: str) -> dict[str, dict]:
    response = api.get("/api/graduates/G2/recommendations?k=20&rejected_k=5", who)
    assert response.status_code == 200, response.text
    body = response.json()
    return {x["job_id"]: x for x in body["suggestions"] + body["rejected"] if x["job_id"] in POSTS}


def _audited(api: Api) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.role, tuple(r.fields)) for r in api.audit_rows() if r.record_id == "G2" and "hardship" in r.fields]


def test_over_the_api_only_officers_read_the_hardship_and_disability_verdicts_audited(api):
    own = _posts(api, "g2")
    assert set(own) == set(POSTS)
    assert own["J-LB"]["status"] == "needs_review" and any(WITHHELD in r for r in own["J-LB"]["reasons"])
    assert own["J-POLICE"]["status"] == "eligible"  # the tips only: nothing tells the graduate of the registration
    for post in own.values():
        text = json.dumps(post, ensure_ascii=False)
        assert not [w for w in LEAKS if w in text], post["reasons"]
    assert not _audited(api)
    officer = _posts(api, "officer")
    assert officer["J-LB"]["status"] == "eligible"
    assert "困难类别符合：岗位面向困难类别为低保家庭的毕业生，该毕业生登记为低保家庭" in officer["J-LB"]["reasons"]
    assert officer["J-POLICE"]["status"] == "needs_review"
    assert any(r.startswith("身体条件待核实：") and "该毕业生登记为残疾人" in r for r in officer["J-POLICE"]["reasons"])
    assert [role for role, _ in _audited(api)] == ["officer"]
