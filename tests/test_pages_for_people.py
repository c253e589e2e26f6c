"""The pages as a graduate or an officer reads them: reasons in words rather than codes and
figures, jobs of the same title told apart, a graduate's own verdict on a job's page, and a
page address with a wrong value answered by a page naming the field, not by JSON."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from tests.test_api_fixtures import JOBS, Api, assert_problem, start_api
from tests.test_api_followups import login

SOFT = next(job for job in JOBS if job.id == "J-SOFT")
#: The same title at another employer and place (导游、导游、导游 on the sample's pages).
TWIN = replace(SOFT, id="J-SOFT-KS", employer="喀什丝路软件有限公司", location="喀什市")


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=[*JOBS, TWIN])
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def _table(page: str, table_id: str) -> str:
    return page.split(f'id="{table_id}"')[1].split("</table>")[0]


def test_a_graduates_reasons_name_majors_without_codes_or_figures(api):
    """「岗位要求 080801 自动化」 and 「相似度 0.18」 meant nothing to a graduate."""
    login(api, "g1")
    page = api.client.get("/graduate/G1").text
    suggestions = _table(page, "suggestions")
    assert "专业对口：岗位要求含 计算机科学与技术，您的专业为 计算机科学与技术" in suggestions
    reasons = re.findall(r"<li>([^<]*)</li>", suggestions)
    assert reasons and not [r for r in reasons if re.search(r"\d{4,6} ?[\u4e00-\u9fff]", r)]
    assert "相似度" not in page and "匹配度为" not in page


def test_the_officer_sees_employer_and_place_beside_each_title(api):
    login(api, "officer")
    page = api.client.get("/graduate/G1").text
    history = _table(page, "history")
    for job in (SOFT, TWIN):
        assert f'{job.title} <span class="muted">{job.employer}（{job.location}）</span>' in history
    form = page.split('id="follow-up-form"')[1]
    for job in (SOFT, TWIN):
        assert f'<option value="{job.id}">{job.title} · {job.employer} · {job.location}</option>' in form


def test_a_graduate_sees_on_a_jobs_page_whether_they_may_apply_and_a_way_back(api):
    login(api, "g1")
    page = api.client.get("/job/J-SOFT").text
    verdict = page.split('id="my-verdict"')[1].split("</section>")[0]
    assert '您能否报考：<span class="status eligible">符合</span>' in verdict
    assert "学历符合" in verdict and "专业对口" in verdict
    assert '<a href="/graduate/G1" id="back-to-suggestions">' in page
    # A job not among their suggestions still answers: the doctoral post, and why not.
    refused = api.client.get("/job/J-PHD").text.split('id="my-verdict"')[1].split("</section>")[0]
    assert '<span class="status not_eligible">不符合</span>' in refused and "学历不符：岗位要求博士" in refused
    for who in ("officer", "organiser"):
        login(api, who)
        page = api.client.get("/job/J-SOFT").text
        assert 'id="my-verdict"' not in page and 'id="back-to-suggestions"' not in page, who


@pytest.mark.parametrize(("who", "path", "params", "fragments"), [
    ("organiser", "/organiser", {"page": "0"}, ("页码（收到「0」）：数值过小（不能小于 1）",)),
    ("officer", "/officer", {"page": ""}, ("页码：应为整数",)),
    ("officer", "/job-checks", {"severity": "x"}, ("级别（收到「x」）：取值无效，可选：错误、警告、提示",)),
    ("officer", "/job-checks", {"check": "nonsense"}, ("检查项（收到「nonsense」）：不是可选的值，请用页面上的选项",)),
    ("officer", "/fairs", {"by": "city"}, ("分场方式（收到「city」）：不是可选的值，请用页面上的选项",)),
])
def test_a_page_address_with_a_wrong_value_is_answered_by_a_page_naming_the_field(api, who, path, params, fragments):
    login(api, who)
    response = api.client.get(path, params=params)
    assert response.status_code == 422 and response.headers["content-type"].startswith("text/html")
    assert "页面地址中的参数有误" in response.text and all(f in response.text for f in fragments), response.text
    assert "查询参数" not in response.text and not re.search(r"「(page|severity|check|by)」", response.text)
    assert f'<a href="{path}">返回上一页</a>' in response.text  # the page without the wrong value
    assert "退出" in response.text and response.headers["cache-control"] == "no-store"  # the visitor's own menu


def test_an_unknown_page_address_is_a_page_and_the_api_keeps_its_json(api):
    login(api, "g1")
    response = api.client.get("/graduates/G1")
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert "页面不存在" in response.text and "没有 /graduates/G1 这个页面" in response.text
    assert_problem(api.get("/api/nowhere", "officer"), 404, "地址 /api/nowhere 不存在")
    body = assert_problem(api.get("/api/jobs", "officer", params={"limit": "0"}), 422, "查询参数「limit」")
    assert "不能小于 1" in body["detail"]
    assert api.client.get("/openapi.json").headers["content-type"].startswith("application/json")
