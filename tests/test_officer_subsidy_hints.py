"""The officers' list says which listed graduate may claim a 求职创业补贴 (the policy list's
verdict 符合 or 待核实) and has not (no state recorded, or 未申请), on /officer and in
/api/support; and the follow-up form names the post ``?job=`` gives even when it is not
among the suggestions, or says it does not exist."""

from __future__ import annotations

import re

from tests.test_api_fixtures import policy_api_fixture
from tests.test_api_followups import form_token, login, page_post

POLICIES_CSV = """政策编号,政策名称,类别,学历,毕业年份或离校年限,困难类别,申请方式
P-SUB,一次性求职创业补贴,就业补贴,大专及以上,毕业年度内,低收入家庭、残疾,向学校申请
P-INT,就业见习,就业见习,大专及以上,离校2年内未就业,,向公共就业服务机构报名
"""


api = policy_api_fixture(POLICIES_CSV)
bare = policy_api_fixture(None)


def _states(page: str) -> dict[str, str]:
    """Each listed graduate's 跟进情况 cell, tags removed, by graduate id."""
    rows = re.findall(r'<a href="/graduate/([^"?#]+)">.*?<td class="follow-state"[^>]*>(.*?)</td>', page, re.S)
    return {gid: re.sub(r"<[^>]+>|\s+", "", cell) for gid, cell in rows}


def test_the_list_says_who_may_claim_the_subsidy_and_has_not(api):
    login(api, "officer")
    page = api.client.get("/officer").text
    states = _states(page)
    assert set(states) == {"G1", "G3"}
    # G1 is of a 低收入家庭: eligible, nothing recorded yet.
    assert "可申领：一次性求职创业补贴（符合）—尚未登记申领登记申领" in states["G1"]
    assert 'aria-label="登记求职创业补贴申领情况：阿依古丽"' in page
    # G3 (零就业家庭, 少数民族) is in no category the policy names: no hint.
    assert "可申领" not in states["G3"]

    # Recorded as not applied: still a hint, now saying so; applied for: none.
    page_post(api, csrf=form_token(api.client.get("/graduate/G1").text), job_id="J-SOFT", status="已推送",
              subsidy="未申请")
    cell = _states(api.client.get("/officer").text)["G1"]
    assert "求职创业补贴：未申请" in cell and "可申领：一次性求职创业补贴（符合）—尚未申请" in cell
    # The hint's link opens the form set to record the subsidy alone (it is no post's).
    assert re.search(r'<a class="follow-link" href="/graduate/G1\?subsidy_only=1#follow-up-form"\s+aria-label="登记求职创业补贴',
                     api.client.get("/officer").text)
    page_post(api, csrf=form_token(api.client.get("/graduate/G1").text), job_id="J-SOFT", status="已投递",
              subsidy="已申请")
    assert "可申领" not in _states(api.client.get("/officer").text)["G1"]


def test_the_support_api_carries_the_hint(api):
    items = {x["graduate"]["id"]: x for x in api.get("/api/support", "officer").json()["items"]}
    assert items["G1"]["subsidy_hint"] == {"policy_id": "P-SUB", "policy_name": "一次性求职创业补贴",
                                           "status": "eligible", "status_label": "符合", "recorded": None}
    assert items["G3"]["subsidy_hint"] is None
    # The list's reads stay audited as before: G1's hardship, which the verdict rests on, among them.
    reads = [r for r in api.audit_rows() if r.action == "read" and r.record_id == "G1" and r.role == "officer"]
    assert reads and "hardship" in reads[-1].fields


def test_without_a_policy_list_there_is_no_hint(bare):
    items = bare.get("/api/support", "officer").json()["items"]
    assert [x["subsidy_hint"] for x in items] == [None, None]
    login(bare, "officer")
    assert "可申领" not in bare.client.get("/officer").text


def _job_field(page: str) -> str:
    form = page.split('id="follow-up-form"')[1].split("</form>")[0]
    return re.search(r'<input id="fu-job"[^>]*>\s*(<span[^>]*>[^<]*</span>)?', form).group(0)


def test_the_form_names_a_post_given_by_its_id_that_is_not_suggested_or_says_it_does_not_exist(api):
    login(api, "officer")
    # J-PHD (博士研究生) is not among G1's suggestions.
    field = _job_field(api.client.get("/graduate/G1?job=J-PHD").text)
    assert 'value="J-PHD"' in field and 'aria-describedby="fu-job-name"' in field
    assert '<span class="muted" id="fu-job-name">人工智能研究员 · 新疆某研究院 · 乌鲁木齐市</span>' in field

    response = api.client.get("/graduate/G1?job=NOPE")
    assert response.status_code == 200
    field = _job_field(response.text)
    assert 'value="NOPE"' in field and 'aria-invalid="true"' in field
    assert '<span class="error" id="fu-job-name">岗位「NOPE」不存在，请核对编号</span>' in field
