"""The officer records what came of a post in one or two clicks: a 「登记跟进」 link beside each post
(on the support list, among a graduate's suggestions, on a follow-up row) opens the graduate's
page with the follow-up form holding that post; and the page's support facts say what they mean."""

from __future__ import annotations

import dataclasses
import re

import pytest
from fastapi.testclient import TestClient

from tests.test_api_fixtures import GRADUATES, Api, api, start_api  # noqa: F401
from tests.test_api_followups import form_token, login, page_post, stored


def _form(page: str) -> str:
    return page.split('id="follow-up-form"')[1].split("</form>")[0]


def _job_field(page: str) -> str:
    return re.search(r'<input id="fu-job"[^>]*>', _form(page)).group(0)


def test_each_post_on_the_support_list_links_to_the_follow_up_form_with_it_filled_in(api):
    login(api, "officer")
    listed = api.client.get("/officer").text
    assert 'href="/graduate/G1?job=J-SOFT#follow-up-form"' in listed
    assert 'aria-label="登记跟进：阿依古丽，软件开发工程师（编号 J-SOFT）"' in listed
    # Nobody followed up yet: the row's own link opens the empty form.
    assert 'href="/graduate/G3#follow-up-form"' in listed

    page = api.client.get("/graduate/G1?job=J-SOFT").text
    assert 'value="J-SOFT"' in _job_field(page)
    # The post is named as the form's list names it, so the officer sees which one is filled in.
    assert '<span class="muted" id="fu-job-name">软件开发工程师 · 乌鲁木齐云端科技有限公司 · 乌鲁木齐市</span>' in _form(page)

    # Then a status and one click.
    response = page_post(api, csrf=form_token(page), job_id="J-SOFT", status="已投递")
    assert response.status_code == 303 and response.headers["location"] == "/graduate/G1#follow-ups"
    assert [(r.job_id, r.status) for r in stored(api, "G1")] == [("J-SOFT", "已投递")]
    # The list's row now links to the form with that post, to record the interview or the hire.
    states = re.findall(r'<td class="follow-state"[^>]*>(.*?)</td>', api.client.get("/officer").text, re.S)
    followed = [s for s in states if "已投递" in s]
    assert len(followed) == 1 and 'href="/graduate/G1?job=J-SOFT#follow-up-form"' in followed[0]


def test_a_graduates_page_links_each_suggestion_and_each_follow_up_to_the_form(api):
    login(api, "officer")
    page = api.client.get("/graduate/G1").text
    suggestions = page.split('id="suggestions"')[1].split("</table>")[0]
    assert 'href="/graduate/G1?job=J-SOFT#follow-up-form"' in suggestions
    assert 'href="#follow-ups"' in page.split("<h2>推荐岗位</h2>")[0]  # near the top, not only 6,000 px down
    assert 'value=""' in _job_field(page)  # without ?job the form starts empty, as before

    page_post(api, csrf=form_token(page), job_id="J-NET", status="已投递")
    rows = api.client.get("/graduate/G1").text.split('id="follow-up-list"')[1].split("</table>")[0]
    assert 'href="/graduate/G1?job=J-NET#follow-up-form"' in rows and ">更新</a>" in rows


@pytest.mark.parametrize("who", ["g1", "organiser"])
def test_others_get_no_follow_up_links_or_form(api, who):
    login(api, who)
    page = api.client.get("/graduate/G1?job=J-SOFT").text
    assert "follow-link" not in page and 'id="follow-up-form"' not in page


def test_a_post_id_too_long_for_the_form_is_named_by_its_label(api):
    login(api, "officer")
    page = api.client.get("/graduate/G1?job=" + "J" * 65)
    assert page.status_code == 422 and "岗位编号" in page.text and "query" not in page.text


@pytest.fixture
def api_loan_only(tmp_path):
    # G2: in no hardship category, but took the national student loan (so may get 求职创业补贴).
    graduates = [dataclasses.replace(g, student_loan=True) if g.id == "G2" else g for g in GRADUATES]
    app, tokens = start_api(tmp_path, graduates=graduates)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_a_loan_without_a_hardship_category_does_not_read_as_no_loan(api_loan_only):
    login(api_loan_only, "officer")
    page = api_loan_only.client.get("/graduate/G2").text
    facts = re.sub(r"<[^>]+>|\s+", "", page.split('id="support-facts">')[1].split("</p>")[0])
    # Before: 「困难类别：无国家助学贷款」 (the loan a tag right after 「无」), read as "no student loan".
    assert facts.startswith("困难类别：无·国家助学贷款：已获得·联系电话：13900000002")
    assert "无国家助学贷款" not in facts
