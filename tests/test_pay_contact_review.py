"""Review of the pay as written and the employer's contact: an empty pay is 「未注明」 in the API and in
lists (not the 「面议」 ``SalaryRange.describe`` says of any unknown range), so a job exported from the
API and imported again keeps an empty pay apart from 「面议」; fair organisers get each employer's
contact where they plan (``GET /api/fairs``, the ``/fairs`` page), not only in the downloaded file."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from features.records import Job, SalaryRange
from matching.job_checks import Check, check_jobs
from service.api.schemas import JobPublic
from service.importers import read_jobs
from tests.test_api_fixtures import JOBS, Api, start_api
from tests.test_api_pages import login
from tests.test_job_checks import CLEAN, rules  # noqa: F401

BASE = {job.id: job for job in JOBS}["J-ACC"]
PLANTED = [
    replace(BASE, id="J-TALK", title="审计员", salary=SalaryRange(None, None), pay_text="面议"),
    replace(BASE, id="J-BLANK", title="统计员", salary=SalaryRange(None, None), pay_text=None),
    replace(BASE, id="J-SCALE", title="出纳", salary=SalaryRange(None, None), pay_text="按事业单位工资标准执行"),
]


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=[*JOBS, *PLANTED])
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_the_api_says_an_empty_pay_is_not_stated_and_gives_other_unknown_pay_as_written(api):
    said = {job: api.get(f"/api/jobs/{job}", "officer").json()["salary"] for job in ("J-TALK", "J-BLANK", "J-SCALE")}
    assert said == {"J-TALK": "面议", "J-BLANK": "未注明", "J-SCALE": "按事业单位工资标准执行"}
    assert api.get("/api/jobs/J-ACC", "officer").json()["salary"] == BASE.salary.describe()  # a known range as before
    listed = {j["id"]: j["salary"] for j in api.get("/api/jobs", "officer", params={"limit": 500}).json()["items"]}
    assert listed["J-BLANK"] == "未注明" and listed["J-TALK"] == "面议"


def test_a_job_exported_from_the_api_with_no_pay_comes_back_not_stated_not_negotiable(tmp_path, rules):  # noqa: F811
    """The builder's note: an exported job's ``salary`` said 「面议」 for an empty pay, and a check of the
    file read that as the pay cell (薪酬面议) though its ``pay_text`` was null."""
    others = [replace(CLEAN, id=f"C{i}", title=f"会计{i}") for i in range(2, 6)]  # nothing list-wide
    jobs = [*others, replace(CLEAN, id="E-BLANK", salary=SalaryRange(None, None)),
            replace(CLEAN, id="E-TALK", title="出纳", salary=SalaryRange(None, None), pay_text="面议")]
    path = tmp_path / "jobs.json"
    path.write_text(json.dumps([JobPublic.of(j).model_dump(mode="json") for j in jobs], ensure_ascii=False),
                    encoding="utf-8")
    result = read_jobs(path)
    back = {job.id: job for job in result.records}
    assert (back["E-BLANK"].pay_text, back["E-TALK"].pay_text) == (None, "面议")
    texts = {job.id: source.texts for job, source in zip(result.records, result.sources, strict=True)}
    report = check_jobs(result.records, **rules, texts=texts)
    (blank,) = [f for f in report.for_job("E-BLANK") if f.field == "salary"]
    assert (blank.check, blank.message) == (Check.PAY_MISSING, "未注明薪酬待遇：请填写月薪范围（如 5000-7000 元/月）")
    (talk,) = [f for f in report.for_job("E-TALK") if f.field == "salary"]
    assert talk.check is Check.PAY_NEGOTIABLE


def test_a_graduates_suggestions_do_not_call_an_empty_pay_negotiable():
    from service.api.schemas import JobSummary

    assert JobSummary.of(PLANTED[1]).salary == "未注明"
    assert JobSummary.of(PLANTED[0]).salary == "面议"


# --- fair organisers ---------------------------------------------------------------------

@pytest.fixture
def fair_api(tmp_path):
    from tests.test_api_fairs import GRADUATES
    from tests.test_api_fairs import JOBS as FAIR_JOBS

    contacts = {"NUR1": "咨询电话：0998-2345678", "ACC2": '单位网站：<a href="javascript:alert(1)">x</a>'}
    jobs = [replace(j, contact=contacts.get(j.id)) for j in FAIR_JOBS]
    app, tokens = start_api(tmp_path, jobs=jobs, graduates=GRADUATES)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_the_fair_plan_gives_each_employer_its_contact_as_the_file_does(fair_api):
    from tests.test_api_fairs import SMALL

    body = fair_api.get("/api/fairs", "organiser", params=SMALL).json()
    placed = {p["employer"] for f in body["fairs"] for p in f["positions"]}
    assert "喀什地区第一人民医院" in placed and "天山会计师事务所" in placed
    assert body["employer_contacts"] == {"喀什地区第一人民医院": "咨询电话：0998-2345678",
                                         "天山会计师事务所": '单位网站：<a href="javascript:alert(1)">x</a>'}
    assert fair_api.get("/api/fairs", "officer", params=SMALL).json()["employer_contacts"] == body["employer_contacts"]
    text = json.dumps(body, ensure_ascii=False)
    assert "13900001111" not in text  # a graduate's phone is never a contact


def test_the_fairs_page_lists_the_contacts_escaped(fair_api):
    from tests.test_api_fairs import SMALL

    login(fair_api, "organiser")
    page = fair_api.client.get("/fairs", params=SMALL).text
    assert "<li>喀什地区第一人民医院：咨询电话：0998-2345678</li>" in page
    assert "单位网站：&lt;a href=&#34;javascript:alert(1)&#34;&gt;x&lt;/a&gt;" in page
    assert 'href="javascript:' not in page
    assert "家单位未注明联系方式" in page  # the fair's other employers stated none
