"""The officers' section of graduates off the support list who may claim the 求职创业补贴 and have
not: its school/major filter is the list's (case does not matter), it is in the API
(``GET /api/support/subsidy-unclaimed``, audited like the page: the rows returned only), and each
record's verdict is kept between views without going stale (a recorded 已申请, an edited record,
another day and another policy list are followed at once)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from features.records import Hardship
from service.api import subsidy_hints
from service.api.policy_views import PolicyState
from service.engine import DailyRulesEngine, load_rules_engine
from service.policy_file import read_policies
from tests.test_api_fixtures import GRADUATES, policy_api
from tests.test_api_followups import login

POLICIES_CSV = """政策编号,政策名称,类别,学历,毕业年份或离校年限,困难类别,申请方式
P-SUB,一次性求职创业补贴,就业补贴,大专及以上,毕业年度内,低收入家庭、残疾；或获得国家助学贷款,向学校申请
"""
# The same subsidy for disabled graduates only: a loan no longer qualifies.
DISABLED_ONLY_CSV = """政策编号,政策名称,类别,学历,毕业年份或离校年限,困难类别,申请方式
P-DIS,求职创业补贴（残疾人）,就业补贴,大专及以上,毕业年度内,残疾,向学校申请
"""

URL = "/api/support/subsidy-unclaimed"
# G5, G6: no hardship category, a 国家助学贷款 only (off the list, 符合). G2 and G4 hold no loan.
LOAN_ONLY = replace(GRADUATES[1], id="G5", name="马晓燕", school="新疆师范大学", major="汉语言文学",
                    major_code="050101", student_loan=True, phone=None)
UI_LOAN_ONLY = replace(GRADUATES[1], id="G6", name="赵敏", school="新疆艺术学院", major="UI设计", major_code=None,
                       student_loan=True, phone=None)
# On the list (a hardship category), with the same major in other letters.
UI_LISTED = replace(GRADUATES[0], id="G7", name="热依拉", major="ui交互设计", major_code=None,
                    hardship=frozenset({Hardship.LOW_INCOME_FAMILY}), id_number=None)  # G1's is G1's alone
STARTED = [*(replace(g, student_loan=False) if g.id in {"G2", "G4"} else g for g in GRADUATES),
           LOAN_ONLY, UI_LOAN_ONLY, UI_LISTED]


@pytest.fixture
def api(tmp_path, monkeypatch):
    with policy_api(tmp_path, monkeypatch, POLICIES_CSV, graduates=STARTED) as api:
        yield api


def _section_ids(page: str) -> list[str]:
    if 'id="subsidy-outside"' not in page:
        return []
    section = page.split('id="subsidy-outside"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<a href="/graduate/([^"?#]+)">', section)


def _listed_ids(page: str) -> list[str]:
    support = page.split('id="support"', 1)[1].split("</table>", 1)[0]
    return list(dict.fromkeys(re.findall(r'href="/graduate/([^"?#]+)"', support)))


def _api_ids(api, query: str = "") -> list[str]:
    answer = api.get(URL + query, "officer")
    assert answer.status_code == 200, answer.text
    return [item["graduate_id"] for item in answer.json()["items"]]


def _reads(api, graduate_id: str) -> list:
    return [r for r in api.audit_rows() if r.action == "read" and r.record_id == graduate_id and r.role == "officer"]


# --- the filter ------------------------------------------------------------------------


@pytest.mark.parametrize(("major", "listed"), [("ui", ["G7"]), ("UI", ["G7"]), ("Ui设计", [])])
def test_the_major_filter_ignores_case_in_the_section_as_in_the_list(api, major, listed):
    login(api, "officer")
    page = api.client.get("/officer", params={"major": major}).text
    assert _listed_ids(page) == listed
    assert _section_ids(page) == ["G6"]
    assert _api_ids(api, f"?major={major}") == ["G6"]


def test_the_school_filter_ignores_case_too(tmp_path, monkeypatch):
    latin = replace(LOAN_ONLY, school="XJNU 新疆师范大学")
    with policy_api(tmp_path, monkeypatch, POLICIES_CSV, graduates=[*STARTED[:-3], latin]) as api:
        login(api, "officer")
        assert _section_ids(api.client.get("/officer?school=xjnu").text) == ["G5"]
        assert _api_ids(api, "?school=xjnu") == ["G5"]
        assert _api_ids(api, "?school=新疆大学") == []  # a filter still filters


# --- the API ---------------------------------------------------------------------------


def test_the_api_lists_the_section_by_id_with_the_hint(api):
    answer = api.get(URL, "officer").json()
    assert answer["total"] == 3 and answer["offset"] == 0
    assert answer["items"][1] == {
        "graduate_id": "G5", "name": "马晓燕", "school": "新疆师范大学", "major": "汉语言文学",
        "subsidy_hint": {"policy_id": "P-SUB", "policy_name": "一次性求职创业补贴", "status": "eligible",
                         "status_label": "符合", "recorded": None}}
    assert [x["graduate_id"] for x in answer["items"]] == ["G4", "G5", "G6"]
    assert answer["items"][0]["subsidy_hint"]["status_label"] == "待核实"  # hardship not stated
    # The page holds the same graduates.
    login(api, "officer")
    assert _section_ids(api.client.get("/officer").text) == ["G4", "G5", "G6"]


def test_the_api_pages_and_audits_only_the_rows_it_returns(api):
    answer = api.get(URL + "?offset=1&limit=1", "officer").json()
    assert (answer["total"], answer["offset"], answer["limit"]) == (3, 1, 1)
    assert [x["graduate_id"] for x in answer["items"]] == ["G5"]
    reads = _reads(api, "G5")
    assert reads and "student_loan" in reads[-1].fields
    assert not _reads(api, "G4") and not _reads(api, "G6")


def test_the_api_is_for_officers_only(api):
    for who in ("organiser", "g1"):
        answer = api.get(URL, who)
        assert answer.status_code == 403, answer.text
        assert answer.headers["content-type"].startswith("application/problem+json")
    assert api.client.get(URL).status_code == 401


def test_the_support_queue_answers_as_before(api):
    answer = api.get("/api/support", "officer").json()
    assert set(answer) == {"items", "total", "offset", "limit"}
    assert "G5" not in [x["graduate"]["id"] for x in answer["items"]]


def test_without_a_policy_list_the_api_answers_an_empty_page(tmp_path, monkeypatch):
    with policy_api(tmp_path, monkeypatch, None, graduates=STARTED) as api:
        answer = api.get(URL, "officer")
        assert answer.status_code == 200 and (answer.json()["items"], answer.json()["total"]) == ([], 0)


def test_the_api_states_an_unclaimed_subsidy_recorded_as_not_applied(api):
    api.post("/api/graduates/G5/follow-ups", "officer", json={"subsidy": "未申请"}).raise_for_status()
    items = {x["graduate_id"]: x for x in api.get(URL, "officer").json()["items"]}
    assert items["G5"]["subsidy_hint"]["recorded"] == "未申请"


# --- kept verdicts, never stale -------------------------------------------------------------


OFF_LIST = {"G2", "G4", "G5", "G6"}


def test_verdicts_are_judged_once_per_record_and_day(api, monkeypatch):
    # (The list's own hints, 20 graduates a page at most, are judged on each view as before.)
    judged: list[str] = []
    monkeypatch.setattr(subsidy_hints, "check_policy", _counted(subsidy_hints.check_policy, judged))
    login(api, "officer")
    first = _section_ids(api.client.get("/officer").text)
    judged_first = len(judged)
    assert first == ["G4", "G5", "G6"] and judged_first > 0
    assert _section_ids(api.client.get("/officer").text) == first
    assert _api_ids(api) == first
    assert len(judged) == judged_first  # nothing judged again


def _counted(check, judged: list[str]):
    def check_policy(engine, graduate, policy):
        if graduate.id in OFF_LIST:
            judged.append(graduate.id)
        return check(engine, graduate, policy)
    return check_policy


def test_a_recorded_application_removes_the_graduate_at_once(api):
    assert _api_ids(api) == ["G4", "G5", "G6"]  # verdicts kept from here on
    api.post("/api/graduates/G5/follow-ups", "officer", json={"subsidy": "已申请"}).raise_for_status()
    assert _api_ids(api) == ["G4", "G6"]
    login(api, "officer")
    assert _section_ids(api.client.get("/officer").text) == ["G4", "G6"]


def test_an_edited_record_is_judged_again(api):
    assert _api_ids(api) == ["G4", "G5", "G6"]
    api.patch("/api/graduates/G6", "officer", json={"student_loan": False}).raise_for_status()
    assert _api_ids(api) == ["G4", "G5"]
    api.patch("/api/graduates/G2", "officer", json={"student_loan": True}).raise_for_status()
    assert _api_ids(api) == ["G2", "G4", "G5"]


def test_another_policy_list_or_day_is_followed(api, tmp_path):
    assert _api_ids(api) == ["G4", "G5", "G6"]
    path = tmp_path / "disabled.csv"
    path.write_text(DISABLED_ONLY_CSV, encoding="utf-8")
    day = [dt.date(2026, 6, 1)]
    api.app.state.policies = PolicyState(policies=read_policies(path),
                                         engine=DailyRulesEngine(load_rules_engine(day[0]), clock=lambda: day[0]))
    assert _api_ids(api) == ["G4"]  # a loan no longer qualifies; G4's hardship is not stated
    api.app.state.policies = PolicyState(policies=read_policies(tmp_path / "policies.csv"),
                                         engine=api.app.state.policies.engine)
    assert _api_ids(api) == ["G4", "G5", "G6"]
    # 毕业年度内 (2026 graduates): on the first day of 2028 none of them may claim it any more.
    day[0] = dt.date(2028, 1, 1)
    assert _api_ids(api) == []

