"""Below the support list, /officer names the graduates who are not on it (no hardship
category) but may claim the 求职创业补贴 and have not, e.g. with only a 国家助学贷款; their
reads are audited; with no policy list there is no such section."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from tests.test_api_fixtures import GRADUATES, policy_api
from tests.test_api_followups import form_token, login, page_post

POLICIES_CSV = """政策编号,政策名称,类别,学历,毕业年份或离校年限,困难类别,申请方式
P-SUB,一次性求职创业补贴,就业补贴,大专及以上,毕业年度内,低收入家庭、残疾；或获得国家助学贷款,向学校申请
"""

TITLE = "可申领求职创业补贴、不在帮扶名单的毕业生"
# G5: no hardship category, a 国家助学贷款 only. G2: no category, no loan; G4: no loan, hardship not stated.
LOAN_ONLY = replace(GRADUATES[1], id="G5", name="马晓燕", school="新疆师范大学", major="汉语言文学",
                    major_code="050101", student_loan=True, phone=None)
NO_LOAN = [replace(g, student_loan=False) if g.id in {"G2", "G4"} else g for g in GRADUATES]


@pytest.fixture
def api(tmp_path, monkeypatch):
    with policy_api(tmp_path, monkeypatch, POLICIES_CSV, graduates=[*NO_LOAN, LOAN_ONLY]) as api:
        yield api


@pytest.fixture
def bare(tmp_path, monkeypatch):
    with policy_api(tmp_path, monkeypatch, None, graduates=[*NO_LOAN, LOAN_ONLY]) as api:
        yield api


def _section(page: str) -> str:
    return page.split('id="subsidy-outside"', 1)[1].split("</section>", 1)[0]


def test_a_loan_only_graduate_is_listed_below_the_support_list(api):
    login(api, "officer")
    page = api.client.get("/officer").text
    assert page.index('id="support"') < page.index('id="subsidy-outside"')
    section = _section(page)
    assert f"{TITLE}（2 人）" in section
    # Not G1 or G3 (on the list), nor G2 (no category, no loan: not eligible).
    assert re.findall(r'<a href="/graduate/([^"?#]+)">', section) == ["G4", "G5"]
    text = re.sub(r"<[^>]+>|\s+", "", section)
    assert "马晓燕新疆师范大学汉语言文学可申领：一次性求职创业补贴（符合）—尚未登记申领登记申领" in text
    assert "李强新疆农业职业技术学院计算机网络技术可申领：一次性求职创业补贴（待核实）—尚未登记申领" in text
    assert re.search(r'<a class="follow-link" href="/graduate/G5\?subsidy_only=1#follow-up-form"\s+'
                     r'aria-label="登记求职创业补贴申领情况：马晓燕">登记申领</a>', section)
    # The loan the verdict rests on is a sensitive field: the read is audited.
    reads = [r for r in api.audit_rows() if r.action == "read" and r.record_id == "G5" and r.role == "officer"]
    assert reads and "student_loan" in reads[-1].fields
    # The list's filter applies to the section too.
    assert 'id="subsidy-outside"' not in api.client.get("/officer?school=新疆大学").text

    # Recorded as not applied: still there; applied for: gone, and so is the section.
    page_post(api, csrf=form_token(api.client.get("/graduate/G5").text), graduate_id="G5", subsidy_only="1",
              subsidy="未申请")
    assert "（符合）—尚未申请" in re.sub(r"<[^>]+>|\s+", "", _section(api.client.get("/officer").text))
    page_post(api, csrf=form_token(api.client.get("/graduate/G5").text), graduate_id="G5", subsidy_only="1",
              subsidy="已申请")
    assert ['G4'] == re.findall(r'<a href="/graduate/([^"?#]+)">', _section(api.client.get("/officer").text))


def test_without_a_policy_list_there_is_no_section(bare):
    login(bare, "officer")
    assert TITLE not in bare.client.get("/officer").text


def test_others_do_not_see_it(api):
    login(api, "organiser")
    assert TITLE not in api.client.get("/officer").text


def test_a_long_section_shows_the_first_rows_with_the_count_and_audits_only_those(api, monkeypatch):
    # A table imported without a 困难类别 column leaves everyone off the list: the page must stay short.
    from service.api import support_list

    monkeypatch.setattr(support_list, "SUBSIDY_OUTSIDE_SHOWN", 1)
    login(api, "officer")
    section = _section(api.client.get("/officer").text)
    assert f"{TITLE}（2 人）" in section
    assert "此处列出前 1 人，共 2 人" in section
    (shown,) = re.findall(r'href="/graduate/([^"?]+)\?subsidy_only=1', section)
    assert shown == "G4"  # by id
    # The row not shown was not read: no audit entry for G5 by this page.
    assert not [r for r in api.audit_rows() if r.action == "read" and r.record_id == "G5" and r.role == "officer"]
