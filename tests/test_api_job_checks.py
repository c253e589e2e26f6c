"""``GET /api/job-checks``, the ``/job-checks`` page and the note on a job's page, per role."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from features.records import SalaryRange
from tests.test_api_fixtures import JOBS, Api, assert_problem, start_api
from tests.test_api_pages import login

BY_ID = {job.id: job for job in JOBS}
PLANTED = [
    replace(BY_ID["J-ACC"], id="J-ZERO", title="出纳", headcount=0),  # 错误
    replace(BY_ID["J-ACC"], id="J-NOPAY", title="审计员", salary=SalaryRange(None, None)),  # 警告
    replace(BY_ID["J-ACC"], id="J-TWIN"),  # the same position as J-ACC
    replace(BY_ID["J-SOFT"], id="J-WUHAN", title="前端开发工程师", location="光谷 洪山"),  # 提示
]


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=[*JOBS, *PLANTED])
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def found(body) -> set[tuple[str | None, str]]:
    return {(item["job_id"], item["check"]) for item in body["items"]}


def test_officers_and_organisers_get_the_findings_of_the_stored_jobs(api):
    bodies = []
    for who in ("officer", "organiser"):
        response = api.get("/api/job-checks", who)
        assert response.status_code == 200, response.text
        bodies.append(response.json())
    assert bodies[0] == bodies[1]
    body = bodies[0]
    assert body["jobs_checked"] == 10 and body["total"] == 7
    # The fixture's two companies placed in 乌鲁木齐市 and 克拉玛依市 only (a 提示 since 2026-12-06); its
    # 就业见习基地's 行政见习岗 is no full-time employment (a 提示 since 2026-12-07).
    assert found(body) == {("J-ZERO", "headcount_zero"), ("J-NOPAY", "pay_missing"), ("J-TWIN", "duplicate"),
                           ("J-WUHAN", "location_unknown"), ("J-SOFT", "location_city_only"),
                           ("J-NET", "location_city_only"), ("J-INTERN", "not_full_time")}
    zero = next(item for item in body["items"] if item["job_id"] == "J-ZERO")
    assert zero == {"job_id": "J-ZERO", "title": "出纳", "employer": "伊犁商贸集团", "field": "headcount", "key": None,
                    "severity": "错误", "check": "headcount_zero", "check_label": "招聘人数为 0",
                    "message": "招聘人数为 0：岗位不招人或漏填人数，请填写实际人数或删除该岗位", "jobs": 1,
                    "covered": []}
    twin = next(item for item in body["items"] if item["job_id"] == "J-TWIN")
    assert "「J-ACC」" in twin["message"]
    assert {row["check"]: (row["jobs"], row["share"]) for row in body["summary"]}["pay_missing"] == (1, 0.1)


def test_filters_and_paging(api):
    errors = api.get("/api/job-checks", "officer", params={"severity": "错误"}).json()
    assert found(errors) == {("J-ZERO", "headcount_zero")} and errors["total"] == 1
    assert len(errors["summary"]) == 6  # the summary covers every finding, whatever the filter
    dup = api.get("/api/job-checks", "officer", params={"check": "duplicate"}).json()
    assert found(dup) == {("J-TWIN", "duplicate")}
    first = api.get("/api/job-checks", "officer", params={"limit": 3}).json()
    rest = api.get("/api/job-checks", "officer", params={"limit": 4, "offset": 3}).json()
    assert (len(first["items"]), len(rest["items"]), first["total"]) == (3, 4, 7)
    assert found(first) | found(rest) == found(api.get("/api/job-checks", "officer").json())
    assert_problem(api.get("/api/job-checks", "officer", params={"check": "nonsense"}), 422)
    assert_problem(api.get("/api/job-checks", "officer", params={"severity": "严重"}), 422)


def test_a_change_to_the_jobs_changes_the_findings(api):
    assert api.client.delete("/api/jobs/J-ZERO", headers=api.headers("officer")).status_code == 204
    body = api.get("/api/job-checks", "officer").json()
    assert ("J-ZERO", "headcount_zero") not in found(body) and body["jobs_checked"] == 9


def test_an_edit_or_import_that_keeps_the_number_of_jobs_still_renews_the_report(api):
    from tests.test_api_import import upload

    assert ("J-ZERO", "headcount_zero") in found(api.get("/api/job-checks", "officer").json())  # cached now
    response = api.client.patch("/api/jobs/J-ZERO", json={"headcount": 3}, headers=api.headers("officer"))
    assert response.status_code == 200, response.text
    body = api.get("/api/job-checks", "officer").json()
    assert ("J-ZERO", "headcount_zero") not in found(body) and body["jobs_checked"] == 10
    csv = "岗位编号,职位名称,用人单位,工作地点,学历要求,招聘人数,薪酬待遇,职位描述\nJ-ZERO,出纳,伊犁商贸集团,伊宁市,本科及以上,0,5000-6000,负责现金\n"
    assert upload(api, "/api/jobs/import", "officer", "j.csv", csv.encode()).status_code == 200
    body = api.get("/api/job-checks", "officer").json()
    assert ("J-ZERO", "headcount_zero") in found(body) and body["jobs_checked"] == 10


def test_a_graduate_may_not_see_the_checks(api):
    assert_problem(api.get("/api/job-checks", "g1"), 403, "无权")
    assert_problem(api.client.get("/api/job-checks"), 401)


def test_the_page_lists_findings_with_filters_and_links(api):
    login(api, "organiser")
    page = api.client.get("/job-checks")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    assert "岗位信息核验" in page.text and 'href="/job-checks"' in page.text  # the nav link
    assert 'href="/job/J-ZERO"' in page.text and "招聘人数为 0：岗位不招人" in page.text
    filtered = api.client.get("/job-checks", params={"check": "location_unknown"})
    assert "J-WUHAN" in filtered.text and "J-ZERO" not in filtered.text.split('id="findings"')[1]
    # Past the last page, or a filter that matches nothing, is not 「没有发现问题」.
    beyond = api.client.get("/job-checks", params={"page": 9}).text
    assert "没有发现问题" not in beyond and "第 9 页没有结果（共 7 条）" in beyond and 'href="/job-checks?page=1"' in beyond
    none = api.client.get("/job-checks", params={"check": "pay_too_high"}).text
    assert "没有符合筛选条件的问题" in none and "没有发现问题" not in none


def test_a_graduate_gets_a_403_page(api):
    login(api, "g1")
    page = api.client.get("/job-checks")
    assert page.status_code == 403 and "毕业生账号不能查看岗位核验结果" in page.text
    assert "岗位核验" not in api.client.get("/graduate/G1").text  # no nav link for graduates


def test_a_jobs_page_notes_its_findings_for_staff_only(api):
    login(api, "officer")
    page = api.client.get("/job/J-ZERO").text
    assert 'id="job-checks"' in page and '<span class="tag">错误</span> 招聘人数为 0：岗位不招人' in page
    assert 'id="job-checks"' not in api.client.get("/job/J-ACC").text  # a clean job has no note
    login(api, "g1")
    assert 'id="job-checks"' not in api.client.get("/job/J-ZERO").text


def test_the_pay_floor_is_the_services_setting(tmp_path, monkeypatch):
    # A region whose lowest minimum wage is higher than the checker's default sets its own.
    monkeypatch.setenv("JOBMATCH_MIN_PAY", "5500")
    app, tokens = start_api(tmp_path, jobs=JOBS)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        body = api.get("/api/job-checks", "officer", params={"check": "pay_below_floor"}).json()
        assert found(body) == {("J-ACC", "pay_below_floor")} and "5500 元" in body["items"][0]["message"]
        login(api, "officer")
        assert "低于最低工资标准 5500 元" in api.client.get("/job/J-ACC").text


def test_a_pay_floor_setting_out_of_range_is_refused(monkeypatch):
    from pydantic import ValidationError

    from service.settings import Settings

    monkeypatch.setenv("JOBMATCH_MIN_PAY", "99999")
    with pytest.raises(ValidationError, match="min_pay"):
        Settings()


def test_a_jobs_page_says_each_finding_once_and_calls_an_empty_pay_unstated(api):
    """The note read 「缺薪酬待遇：未注明薪酬待遇：…」 beside 薪资 面议. A stored job keeps its pay as written
    (``pay_text``): with none, its pay is 未注明 on the page and in the finding, said once."""
    login(api, "officer")
    page = api.client.get("/job/J-NOPAY").text
    assert "<dt>薪资</dt><dd>未注明</dd>" in page
    note = page.split('id="job-checks"')[1].split("</aside>")[0]
    assert '<span class="tag">警告</span> 未注明薪酬待遇：请填写月薪范围' in note
    assert "缺薪酬待遇" not in note and note.count("未注明薪酬待遇") == 1


def test_the_api_documentation_names_every_check_it_can_run_and_no_file_only_one(api):
    # The description once named half of the checks (no 非全职岗位, 限定性别, 工作地点与备注不一致 …), then named
    # 无法读入的行 and 重复的行 among them, which the API answers with 422.
    from matching.job_checks import Check

    operation = api.client.get("/openapi.json").json()["paths"]["/api/job-checks"]["get"]
    listed = operation["description"].split("检查项：")[1].split("。")[0].split("、")
    assert listed == [c.label for c in Check if not c.file_only]
    assert "无法读入的行" not in listed and "重复的行（只读入一次）" not in listed
    for c in (Check.ROW_UNREADABLE, Check.ROW_REPEATED):
        refused = api.get("/api/job-checks", "officer", params={"check": c.value})
        assert refused.status_code == 422 and c.label not in operation["description"]
    check = next(p for p in operation["parameters"] if p["name"] == "check")
    assert "`row_unreadable`、`row_repeated`" in check["description"]
