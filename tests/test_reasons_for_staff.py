"""Reasons are written to the graduate (「您的学历为本科」); officers and organisers read them
about the graduate (「该毕业生的学历为本科」), as a job's candidate list always said: on the
graduate's page, in the API's answers for each role (also when served from the cache of
serialised answers, which the graduate and an officer share), in the policy verdicts and in
``jobmatch recommend``'s files, which staff run and read."""

from __future__ import annotations

import csv
import time

import pytest
from fastapi.testclient import TestClient

from service.cli import main
from tests.test_api_fixtures import Api, start_api
from tests.test_api_followups import login
from tests.test_cli import GRADUATES_CSV, JOBS_CSV, write_inputs

#: G1 (本科) and the doctoral post J-PHD of the fixtures: the refusal every reader sees.
REFUSED_TO_GRADUATE = "您的学历为本科"
REFUSED_FOR_STAFF = "该毕业生的学历为本科"

POLICIES_CSV = """政策编号,政策名称,学历,困难类别
P-SUB,求职创业补贴,大专及以上,低收入家庭、残疾
P-PHD,博士后专项,博士研究生,
"""


@pytest.fixture
def api(tmp_path, monkeypatch):
    path = tmp_path / "policies.csv"
    path.write_text(POLICIES_CSV, encoding="utf-8-sig")
    monkeypatch.setenv("JOBMATCH_POLICIES", str(path))
    app, tokens = start_api(tmp_path, warm=True)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def _reasons(body: dict) -> list[str]:
    return [r for x in body["suggestions"] + body["rejected"] for r in x["reasons"]]


def _table(page: str, table_id: str) -> str:
    return page.split(f'id="{table_id}"')[1].split("</table>")[0]


def _wait_warm(api: Api) -> None:
    deadline = time.monotonic() + 30
    while not api.get("/api/health", "officer").json()["warm"]:
        assert time.monotonic() < deadline, "cache not warm"
        time.sleep(0.05)


def test_the_graduate_reads_you_on_their_own_page(api):
    login(api, "g1")
    page = api.client.get("/graduate/G1").text
    rejected = _table(page, "rejected")
    assert REFUSED_TO_GRADUATE in rejected and "该毕业生" not in rejected
    assert "您" in _table(page, "suggestions") and "该毕业生" not in _table(page, "suggestions")


@pytest.mark.parametrize("who", ["officer", "organiser"])
def test_staff_read_the_graduate_in_the_third_person_on_the_graduates_page(api, who):
    login(api, who)
    page = api.client.get("/graduate/G1").text
    rejected, suggestions = _table(page, "rejected"), _table(page, "suggestions")
    assert REFUSED_FOR_STAFF in rejected
    assert "该毕业生" in suggestions
    assert "您" not in rejected and "您" not in suggestions


@pytest.mark.parametrize(("who", "person", "not_person"), [
    ("g1", "您", "该毕业生"), ("officer", "该毕业生", "您"), ("organiser", "该毕业生", "您"),
])
def test_the_api_words_reasons_for_who_asks(api, who, person, not_person):
    body = api.get("/api/graduates/G1/recommendations?rejected_k=5", who).json()
    reasons = _reasons(body)
    assert any(person in r for r in reasons) and not any(not_person in r for r in reasons)
    refusal = next(x for x in body["rejected"] if x["job_id"] == "J-PHD")["reasons"]
    assert any((REFUSED_TO_GRADUATE if who == "g1" else REFUSED_FOR_STAFF) in r for r in refusal)


def test_a_cached_answer_is_not_served_in_the_other_readers_wording(api):
    """The graduate and an officer read the same cached ranking; each gets their own body."""
    _wait_warm(api)  # both answers come from memory, not from a new ranking
    answers = [(who, _reasons(api.get("/api/graduates/G1/recommendations", who).json()))
               for who in ("g1", "officer", "g1", "officer")]
    for who, reasons in answers:
        if who == "g1":
            assert any("您" in r for r in reasons) and not any("该毕业生" in r for r in reasons)
        else:
            assert any("该毕业生" in r for r in reasons) and not any("您" in r for r in reasons)
    # The ranker's own cache keeps one wording (the graduate's): it is reworded when shown.
    graduate = api.app.state.graduate_cache.peek("G1")
    cached = api.app.state.matcher.peek(graduate, k=10, rejected_k=5)
    assert cached is not None and any("您" in r for x in cached.rejected for r in x.reasons)


def test_the_officers_support_queue_reads_the_graduate_in_the_third_person(api):
    body = api.get("/api/support?k=3", "officer").json()
    row = next(item for item in body["items"] if item["graduate"]["id"] == "G1")
    reasons = [r for x in row["suggestions"] for r in x["reasons"]]
    assert reasons and any("该毕业生" in r for r in reasons) and not any("您" in r for r in reasons)


@pytest.mark.parametrize(("who", "person", "not_person"), [("g1", "您", "该毕业生"), ("officer", "该毕业生", "您")])
def test_policy_verdicts_are_worded_for_who_asks(api, who, person, not_person):
    body = api.get("/api/graduates/G1/policies", who).json()
    reasons = [r for key in ("eligible", "needs_review", "not_eligible") for v in body[key] for r in v["reasons"]]
    assert any(person in r for r in reasons) and not any(not_person in r for r in reasons)


def _recommend_rows(tmp_path, jobs_csv: str) -> list[dict[str, str]]:
    """The rows ``jobmatch recommend --out`` writes for ``jobs_csv`` and the fixture graduates."""
    jobs, graduates = write_inputs(tmp_path, jobs_csv, GRADUATES_CSV)
    out = tmp_path / "out.csv"
    assert main(["recommend", "--jobs", str(jobs), "--graduates", str(graduates), "--out", str(out), "--no-model",
                 "--data-dir", str(tmp_path / "data")]) == 0
    with out.open(encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def test_recommend_files_for_staff_read_the_graduate_in_the_third_person(tmp_path, capsys):
    rows = _recommend_rows(tmp_path, JOBS_CSV)
    refusal = next(r for r in rows if r["graduate_id"] == "G3" and r["job_id"] == "ACC1")
    assert refusal["status"] == "不符合" and "该毕业生的学历为大专" in refusal["reasons"]
    assert not any("您" in r["reasons"] for r in rows)
    # The terminal too.
    jobs, graduates = tmp_path / "jobs.csv", tmp_path / "graduates.csv"  # as ``_recommend_rows`` wrote them
    assert main(["recommend", "--jobs", str(jobs), "--graduates", str(graduates), "--no-model",
                 "--data-dir", str(tmp_path / "data")]) == 0
    printed = capsys.readouterr().out
    assert "该毕业生" in printed and "您" not in printed


@pytest.mark.parametrize("reason, for_staff", [
    ("学历不符：岗位要求博士研究生，您的学历为本科", "学历不符：岗位要求博士研究生，该毕业生的学历为本科"),
    # A job's or a record's own words, quoted, stay as written: only the reason's own 您 changes.
    ("附加条件：岗位要求「您好，欢迎您报考」，请核实", "附加条件：岗位要求「您好，欢迎您报考」，请核实"),
    ("专业相关：您的专业「为您服务」不在本科专业目录中", "专业相关：该毕业生的专业「为您服务」不在本科专业目录中"),
    ("「您」与「您们」之间，您的学历为本科", "「您」与「您们」之间，该毕业生的学历为本科"),
    ("一个未闭合的「引号，您的学历为本科", "一个未闭合的「引号，该毕业生的学历为本科"),
])
def test_about_candidate_rewords_the_reason_and_never_the_text_it_quotes(reason, for_staff):
    from matching.explain import about_candidate

    assert about_candidate(reason) == for_staff


# A record value holding 您 as data (a street, an employer), embedded unquoted in a reason
# (「意向地点一致：乌鲁木齐市您好路」): staff read it as the table wrote it.
YOU_IN_DATA = JOBS_CSV.replace("会计,乌鲁木齐市财政局,乌鲁木齐市", "会计,您好财务服务中心,乌鲁木齐市您好路")


def test_about_candidate_keeps_record_values_holding_you_as_written():
    from features.records import Job
    from matching.explain import about_candidate, record_texts

    job = Job(id="J1", title="为您服务专员", employer="您好家政公司", location="乌鲁木齐市您好路",
              conditions=(("其他要求", "您需持有驾驶证"),))
    data = record_texts(job)
    assert data == {"为您服务专员", "您好家政公司", "乌鲁木齐市您好路", "您需持有驾驶证"}
    reason = "意向地点一致：乌鲁木齐市您好路；岗位类别是您表示不做的：为您服务专员"
    assert about_candidate(reason, data) == "意向地点一致：乌鲁木齐市您好路；岗位类别是该毕业生表示不做的：为您服务专员"
    # Without the records the text cannot tell the street's 您 from the reason's own.
    assert "乌鲁木齐市该毕业生好路" in about_candidate(reason)
    # Quoted text stays as written too, and a value as short as a phrase of the reason is not kept.
    assert about_candidate("您的专业「为您」，您的学历为本科", {"您的"}) == "该毕业生的专业「为您」，该毕业生的学历为本科"


def test_record_texts_are_kept_per_record_and_still_read_an_unhashable_one():
    from features.records import Job
    from matching.explain import record_texts

    job = Job(id="J1", title="为您服务专员", employer="您好家政公司")
    twin = Job(id="J1", title="为您服务专员", employer="您好家政公司")
    assert record_texts(job) == record_texts(twin) == {"为您服务专员", "您好家政公司"}
    # An edited record is a new value: its texts are read again, not taken from the old one.
    assert record_texts(Job(id="J1", title="会计", employer="您好家政公司")) == {"您好家政公司"}
    # A record that cannot be a cache key (it holds a dict) is walked as before.
    assert record_texts({"title": "为您服务专员", "note": ["您需持证", "无"]}, job) == {
        "为您服务专员", "您需持证", "您好家政公司"}


def test_recommend_files_keep_a_place_and_an_employer_holding_you_as_written(tmp_path):
    rows = _recommend_rows(tmp_path, YOU_IN_DATA)
    g1 = next(r for r in rows if r["graduate_id"] == "G1" and r["job_id"] == "ACC1")["reasons"]
    assert "意向地点一致：乌鲁木齐市您好路" in g1 and "该毕业生的学历为本科" in g1
    assert not any("该毕业生好" in r["reasons"] for r in rows)


@pytest.mark.parametrize("who", ["g1", "officer", "organiser"])
def test_the_api_keeps_a_place_holding_you_as_written_for_every_reader(tmp_path, who):
    from dataclasses import replace

    from tests.test_api_fixtures import JOBS as API_JOBS

    jobs = [replace(j, location="乌鲁木齐市您好路") if j.id == "J-SOFT" else j for j in API_JOBS]
    app, tokens = start_api(tmp_path, jobs=jobs)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        body = api.get("/api/graduates/G1/recommendations", who).json()
        listed = None if who == "g1" else api.get("/api/jobs/J-SOFT/candidates", who).json()
    soft = next(x for x in body["suggestions"] if x["job_id"] == "J-SOFT")["reasons"]
    assert "意向地点一致：乌鲁木齐市您好路" in soft, soft
    if listed is not None:  # the job's list of candidates, worded for staff by the ranker itself
        g1 = next(c for c in listed["candidates"] if c["graduate_id"] == "G1")["reasons"]
        assert "意向地点一致：乌鲁木齐市您好路" in g1, g1
        for reasons in (soft, g1):
            assert any("该毕业生" in r for r in reasons) and not any("该毕业生好" in r for r in reasons)
