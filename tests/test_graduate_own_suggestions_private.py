"""A graduate's own suggestions, job verdicts, policies and guidance are judged on their record
without the officers' fields (``withheld.judged_for``): no reason or status tells them their
hardship category, disability, ethnicity or student loan, which only officers see. Officers still
read full verdicts, audited; the recommendation cache keeps the two results apart."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from features.records import Hardship
from service.api.withheld import redact
from tests.test_api_fixtures import GRADUATES, JOBS, Api, start_api
from tests.test_api_followups import login
from tests.test_api_matching import rules_ranker_factory

POLICIES = (
    "政策编号,政策名称,类别,内容/待遇,适用对象,学历,毕业年份或离校年限,年龄,困难类别,户籍或地区,其他条件,申请方式,截止日期,发布单位,政策依据\n"
    "P-LOAN,求职创业补贴,就业补贴,一次性补贴,困难毕业生,大专及以上,,,获得国家助学贷款,,,向学校申请,长期,人社局,\n"
    "P-POOR,脱贫家庭补贴,就业补贴,补贴,困难毕业生,大专及以上,,,脱贫家庭,,,向学校申请,长期,人社局,\n"
)
#: G2 with every officer-only fact on record: a 低收入家庭 with a disability, 土家族, a student loan.
GRADUATE = replace(GRADUATES[1], ethnicity="土家族", hukou="湖北省恩施土家族苗族自治州咸丰县",
                   hardship=frozenset({Hardship.LOW_INCOME_FAMILY, Hardship.DISABILITY}), student_loan=True)
#: One post restricted by each: hardship status (with the hukou), disability, ethnicity.
POSTS = {
    "J-XF": (("户籍地", "咸丰县户籍建档立卡贫困户家庭成员"),),
    "J-DIS": (("其他要求", "残疾人专设岗位"),),
    "J-MIN": (("其他要求", "限少数民族"),),
}
#: What would tell the graduate an officer-only fact of theirs (or its verdict).
LEAKS = ("低收入家庭", "土家族", "您登记", "您为", "登记的困难类别", "民族符合", "民族不符", "困难类别符合",
         "困难类别不符", "残疾人专设岗位：")
WITHHELD = "该信息仅就业服务专员可见，请由专员核实"


@pytest.fixture(params=[False, True], ids=["cold", "warm"])
def api(request, tmp_path, monkeypatch):
    from service.api import create_app

    path = tmp_path / "policies.csv"
    path.write_text(POLICIES, encoding="utf-8-sig")
    monkeypatch.setenv("JOBMATCH_POLICIES", str(path))
    posts = [replace(JOBS[1], id=job_id, conditions=conditions) for job_id, conditions in POSTS.items()]
    app, tokens = start_api(tmp_path, jobs=[*JOBS, *posts], graduates=[GRADUATES[0], GRADUATE], warm=request.param)
    app = create_app(app.state.settings, ranker_factory=rules_ranker_factory)
    with TestClient(app) as client:
        if request.param:  # the full records ranked into the cache first: the fast path must not serve them
            app.state.matcher.warm([GRADUATES[0], GRADUATE])
        yield Api(client=client, app=app, tokens=tokens)


def _json(api: Api, path: str, who: str) -> dict:
    response = api.get(path, who)
    assert response.status_code == 200, response.text
    return response.json()


def _suggested(api: Api, who: str) -> dict[str, dict]:
    # within the cache's bounds (20 and 5): a second answer may come from memory
    body = _json(api, "/api/graduates/G2/recommendations?k=20&rejected_k=5", who)
    return {x["job_id"]: x for x in body["suggestions"] + body["rejected"] if x["job_id"] in POSTS}


def _policies(api: Api, who: str) -> dict[str, dict]:
    body = _json(api, "/api/graduates/G2/policies", who)
    return {v["policy"]["id"]: v for key in ("eligible", "needs_review", "not_eligible") for v in body[key]}


def _leaks(text: str) -> list[str]:
    return [word for word in LEAKS if word in text]


def _sensitive_audit(api: Api) -> list[tuple[str, str, tuple[str, ...]]]:
    """(role, action, fields) of G2's audit entries that name a hardship, ethnicity or loan read."""
    rows = [r for r in api.audit_rows() if r.record_id == "G2"]
    return [(r.role, r.action, tuple(r.fields)) for r in rows
            if {"hardship", "ethnicity", "student_loan"} & set(r.fields)]


def test_the_graduates_suggestions_hold_none_of_their_officer_only_facts(api):
    for _ in range(2):  # the second answer may come from the cache: the same
        posts = _suggested(api, "g2")
        assert set(posts) == set(POSTS)
        for job_id, post in posts.items():
            assert post["status"] == "needs_review", (job_id, post)
            assert not _leaks(json.dumps(post, ensure_ascii=False)), (job_id, post["reasons"])
            assert any(WITHHELD in r for r in post["reasons"]), (job_id, post["reasons"])
    assert "困难类别待核实：岗位面向困难类别为脱贫家庭的毕业生，" + WITHHELD in posts["J-XF"]["reasons"]
    assert not _sensitive_audit(api)  # nothing sensitive was read for the graduate


def test_the_graduates_policies_say_neither_their_loan_nor_their_category(api):
    policies = _policies(api, "g2")
    for policy_id in ("P-LOAN", "P-POOR"):
        assert policies[policy_id]["status"] == "needs_review"
        assert not _leaks(json.dumps(policies[policy_id], ensure_ascii=False))
        assert any(WITHHELD in r for r in policies[policy_id]["reasons"])
    assert not _sensitive_audit(api)


def test_the_graduates_pages_and_guidance_show_no_officer_only_fact(api):
    guidance = _json(api, "/api/graduates/G2/guidance", "g2")
    assert not _leaks(json.dumps(guidance, ensure_ascii=False))
    login(api, "g2")
    page = api.client.get("/graduate/G2")
    assert page.status_code == 200 and "残疾人专设岗位待核实" in page.text
    assert not _leaks(page.text) and WITHHELD in page.text
    for job_id in POSTS:  # 「我能报吗？」 on the job's own page
        job_page = api.client.get(f"/job/{job_id}")
        assert job_page.status_code == 200
        assert not _leaks(job_page.text) and WITHHELD in job_page.text, job_id
    assert not _sensitive_audit(api)


def test_officers_still_read_full_verdicts_and_each_read_is_audited(api):
    _suggested(api, "g2")  # the graduate's own view first: it must not stand in for the officer's
    posts = _suggested(api, "officer")
    assert posts["J-XF"]["reasons"] == ["困难类别不符：岗位面向困难类别为脱贫家庭的毕业生，该毕业生登记的困难类别为低收入家庭、残疾"]
    assert posts["J-DIS"]["status"] == "eligible" and "残疾人专设岗位：该毕业生登记为残疾人" in posts["J-DIS"]["reasons"]
    assert posts["J-MIN"]["status"] == "eligible" and "民族符合：岗位要求少数民族" in posts["J-MIN"]["reasons"]
    policies = _policies(api, "officer")
    assert policies["P-LOAN"]["status"] == "eligible"
    assert any("该毕业生登记为获得国家助学贷款" in r for r in policies["P-LOAN"]["reasons"])
    assert policies["P-POOR"]["status"] == "not_eligible"
    audit = {action: (role, fields) for role, action, fields in _sensitive_audit(api)}
    assert len(_sensitive_audit(api)) == 2 and set(audit) == {"recommend", "policies"}
    assert audit["recommend"][0] == audit["policies"][0] == "officer"
    assert {"hardship", "ethnicity"} <= set(audit["recommend"][1]) and "student_loan" in audit["policies"][1]
    assert _suggested(api, "g2")["J-XF"]["status"] == "needs_review"  # and the graduate still gets their own


def test_the_result_cache_keeps_the_graduates_result_apart_from_the_officers(api):
    matcher = api.app.state.matcher
    _suggested(api, "officer")
    _suggested(api, "g2")
    full = matcher.peek(GRADUATE, k=20, rejected_k=5)
    own = matcher.peek(redact(GRADUATE), k=20, rejected_k=5)
    assert full is not None and own is not None  # both kept: neither replaced the other
    def status(result) -> str:
        if any(x.job_id == "J-XF" for x in result.rejected):
            return "not_eligible"
        return next(x.status.value for x in result.suggestions if x.job_id == "J-XF")

    assert status(own) == "needs_review" and status(full) == "not_eligible"
