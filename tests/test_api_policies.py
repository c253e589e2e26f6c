"""``GET /api/policies``, ``GET /api/graduates/{id}/policies`` and the graduate page's
「可申请的政策」, per role, with and without a policy file."""

from __future__ import annotations

import pytest

from service.api import create_app
from service.policy_file import PolicyFileError
from service.settings import Settings
from tests.test_api_fixtures import assert_problem, policy_api, policy_api_fixture
from tests.test_api_pages import login

POLICIES_CSV = """示例数据：仅供测试
政策编号,政策名称,类别,内容/待遇,学历,毕业年份或离校年限,困难类别,其他条件,申请方式
P-SUB,求职创业补贴,就业补贴,一次性补贴,大专及以上,毕业年度内,低收入家庭、残疾,,向学校申请
P-INT,就业见习,就业见习,见习补贴,大专及以上,离校2年内未就业,,,向公共就业服务机构报名
P-PHD,博士后专项,人才引进,生活补贴,博士研究生,,,,向人社局申请
"""
# Nothing here rests on a sensitive field.
PLAIN_CSV = """政策编号,政策名称,学历
P-INT,就业见习,大专及以上
"""


api = policy_api_fixture(POLICIES_CSV)
bare = policy_api_fixture(None)


def policy_audits(api) -> list[tuple]:
    return sorted((r.record_id, r.role, tuple(r.fields)) for r in api.audit_rows() if r.action == "policies")


@pytest.mark.parametrize("who", ["officer", "organiser", "g1"])
def test_every_signed_in_user_gets_the_list(api, who):
    body = api.get("/api/policies", who).json()
    assert body["loaded"] is True and body["total"] == 3 and body["source"] == "policies.csv"  # not the server path
    assert [(p["id"], p["name"], p["graduation"]) for p in body["items"]][:2] == [
        ("P-SUB", "求职创业补贴", "毕业年度内"), ("P-INT", "就业见习", "离校2年内未就业")]
    assert body["items"][0]["hardship"] == "低收入家庭、残疾" and body["items"][2]["education"] == "博士研究生及以上"


def test_the_list_needs_a_token(api):
    assert_problem(api.client.get("/api/policies"), 401)


def test_a_graduate_gets_their_own_verdicts_grouped_with_hardship_left_to_officers(api):
    response = api.get("/api/graduates/G1/policies", "g1")
    assert response.status_code == 200, response.text
    body = response.json()
    # judged on the record without the officers' fields: the category is neither named nor read
    # (tests/test_graduate_own_suggestions_private.py)
    assert body["eligible"] == []
    review = {v["policy"]["id"]: v["reasons"] for v in body["needs_review"]}
    assert set(review) == {"P-SUB", "P-INT"}
    assert any("该信息仅就业服务专员可见，请由专员核实" in r for r in review["P-SUB"])
    assert not any("低收入家庭，" in r or "您登记为" in r for r in review["P-SUB"])
    assert review["P-INT"][0].startswith("就业状态待核实")
    assert body["not_eligible"][0]["status_label"] == "不符合" and body["not_eligible"][0]["reasons"] == [
        "学历不符：政策要求博士研究生及以上，您的学历为本科"]
    assert policy_audits(api) == []


def test_officers_see_any_graduate_and_their_read_is_audited(api):
    body = api.get("/api/graduates/G2/policies", "officer").json()
    assert "该毕业生的登记信息中没有政策所列的困难类别" in body["not_eligible"][0]["reasons"][0]  # about, not to, them
    assert policy_audits(api) == [("G2", "officer", ("hardship",))]


def test_a_graduate_without_hardship_on_record_is_reviewed_and_nothing_is_audited(api):
    body = api.get("/api/graduates/G4/policies", "officer").json()  # G4's record states no hardship column
    assert [v["policy"]["id"] for v in body["needs_review"]] == ["P-SUB", "P-INT"]
    assert policy_audits(api) == []


def test_organisers_are_refused_and_another_graduate_is_not_found(api):
    assert_problem(api.get("/api/graduates/G1/policies", "organiser"), 403, "组织者")
    assert_problem(api.get("/api/graduates/G2/policies", "g1"), 404)
    assert_problem(api.get("/api/graduates/NOPE/policies", "officer"), 404)
    assert policy_audits(api) == []


def test_reasons_on_no_sensitive_field_leave_no_audit_entry(tmp_path, monkeypatch):
    with policy_api(tmp_path, monkeypatch, PLAIN_CSV) as api:
        assert api.get("/api/graduates/G1/policies", "officer").json()["eligible"][0]["policy"]["id"] == "P-INT"
        assert policy_audits(api) == []


def test_without_a_policy_file_the_endpoints_say_so(bare):
    body = bare.get("/api/policies", "g1").json()
    assert body["loaded"] is False and body["items"] == [] and "未载入政策清单" in body["message"]
    mine = bare.get("/api/graduates/G1/policies", "g1").json()
    assert mine["loaded"] is False and "未载入政策清单" in mine["message"] and mine["eligible"] == []
    assert_problem(bare.get("/api/graduates/G1/policies", "organiser"), 403)


def test_the_graduate_page_lists_eligible_then_review_then_refused_folded(api):
    login(api, "officer")  # G1's subsidy is 符合 on the full record, which only officers' pages judge on
    page = api.client.get("/graduate/G1")
    assert page.status_code == 200
    text = page.text
    assert "可申请的政策" in text
    eligible, review, refused = (text.index(x) for x in ('id="policies-eligible"', 'id="policies-review"',
                                                        'id="policies-not-eligible"'))
    assert eligible < review < refused
    assert "<details" in text[refused - 20:refused] and "不符合条件的政策（1 项）" in text
    assert "求职创业补贴" in text[eligible:review] and "就业状态待核实" in text[review:refused]
    assert "博士后专项" in text[refused:]
    assert ("G1", "officer", ("hardship",)) in policy_audits(api)


def test_a_graduate_without_a_category_reads_that_an_officer_checks_it_on_their_page(api):
    login(api, "g2")  # G2's record states 无: that they are in no category is the officers' to read too
    text = api.client.get("/graduate/G2").text
    assert "该信息仅就业服务专员可见，请由专员核实" in text
    assert "您的登记信息中没有政策所列的困难类别" not in text and "未登记" not in text
    assert ("G2", "graduate", ("hardship",)) not in policy_audits(api)


def test_an_officer_reading_a_graduates_page_is_audited(api):
    login(api, "officer")
    page = api.client.get("/graduate/G1")
    assert page.status_code == 200 and "该毕业生登记为低收入家庭" in page.text
    assert policy_audits(api) == [("G1", "officer", ("hardship",))]


def test_organisers_page_has_no_policy_section(api):
    login(api, "organiser")
    page = api.client.get("/graduate/G1")
    assert page.status_code == 200 and "可申请的政策" not in page.text
    assert "困难类别" not in page.text and policy_audits(api) == []


def test_without_a_policy_file_the_page_says_none_is_loaded(bare):
    login(bare, "g1")
    page = bare.client.get("/graduate/G1")
    assert page.status_code == 200 and 'id="policies-not-loaded"' in page.text and "未载入政策清单" in page.text


def test_a_bad_policy_file_stops_start_up_naming_row_and_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(POLICIES_CSV.replace("低收入家庭、残疾", "单亲家庭"), encoding="utf-8-sig")
    with pytest.raises(PolicyFileError, match="第 3 行，列「困难类别」"):
        create_app(Settings(data_dir=tmp_path / "data", policies=path))


def test_an_empty_policies_setting_means_no_list(monkeypatch, tmp_path):
    monkeypatch.setenv("JOBMATCH_POLICIES", " ")
    assert Settings(data_dir=tmp_path).policies is None
