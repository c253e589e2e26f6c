"""A graduate changes their own 就业意向, 意向地点, 意向类别 and 期望薪酬 on their page (2026-12-07 graduate
review: only ``PATCH /api/graduates/{id}`` with a bearer token could), and the page says what the ranker
read from their wishes (「系统理解的意向」)."""

from __future__ import annotations

import re

from service.api.pages import csrf_token
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_pages import login

G1_FORM = {"intention": "希望在乌鲁木齐从事软件开发", "locations": "乌鲁木齐", "categories": "信息技术", "min_salary": ""}


def _send(api, graduate_id: str = "G1", *, who: str = "g1", csrf: str | None = None, **fields):
    data = {"csrf": csrf_token(api.tokens[who]) if csrf is None else csrf, **G1_FORM, **fields}
    return api.client.post(f"/graduate/{graduate_id}/intentions", data=data, follow_redirects=False)


def _record(api, graduate_id: str) -> dict:
    return api.get(f"/api/graduates/{graduate_id}", "officer").json()


def _wish_form(html: str) -> str:
    return html.split('id="wish-form"')[1].split("</form>")[0]


def _understood(html: str) -> list[str]:
    block = html.split('id="understood-list"')[1].split("</ul>")[0]
    return [" ".join(item.split()) for item in re.findall(r"<li>(.*?)</li>", block, re.S)]


def _updates(api) -> list:
    return [(r.action, r.record_id, r.fields) for r in api.audit_rows() if r.action == "update"]


def test_the_graduates_page_shows_their_form_filled_in_with_what_is_stored(api):
    login(api, "g1")
    page = api.client.get("/graduate/G1")
    assert page.status_code == 200
    form = _wish_form(page.text)
    assert 'action="/graduate/G1/intentions"' in page.text
    assert f'name="csrf" value="{csrf_token(api.tokens["g1"])}"' in form
    assert ">希望在乌鲁木齐从事软件开发</textarea>" in form
    assert 'name="locations" maxlength="2000" value="乌鲁木齐"' in form and 'value="信息技术"' in form
    for label in ("就业意向", "意向地点", "意向类别", "期望薪酬"):
        assert f">{label}（" in form
    # Only the four fields: nothing the officers alone may change.
    assert set(re.findall(r'name="([^"]+)"', form)) == {"csrf", "intention", "locations", "categories", "min_salary"}


def test_an_officer_reads_what_was_understood_but_has_no_wishes_form(api):
    login(api, "officer")
    page = api.client.get("/graduate/G1")
    assert page.status_code == 200 and 'id="understood-wishes"' in page.text
    assert 'id="wish-form"' not in page.text
    refused = _send(api, who="officer", intention="想去伊犁")
    assert refused.status_code == 403 and "只有毕业生本人" in refused.text
    assert _record(api, "G1")["intention"] == "希望在乌鲁木齐从事软件开发"


def test_saving_the_form_stores_the_wishes_audits_them_and_ranks_the_suggestions_again(api):
    login(api, "g1")
    before = api.client.get("/graduate/G1").text
    assert "意向地点一致：克拉玛依市" not in before
    response = _send(api, locations="克拉玛依", min_salary="6000以上")
    assert response.status_code == 303 and response.headers["location"] == "/graduate/G1#understood-wishes"
    stored = _record(api, "G1")["preferences"]
    assert stored["locations"] == ["克拉玛依"] and stored["min_salary"] == 6000
    assert stored["categories"] == ["信息技术"]  # left as shown: not sent, kept
    # Written by the PATCH's own service (services.update_graduate): as for the PATCH, a change of no sensitive
    # field leaves no audit entry (audit.changed_fields); the test below shows a sensitive one is never taken.
    assert _updates(api) == []
    after = api.client.get("/graduate/G1").text
    assert "意向地点一致：克拉玛依市" in after  # J-NET, in 克拉玛依: ranked on the new wish
    assert "意向地点：克拉玛依" in _understood(after) and "期望最低月薪：6000 元" in _understood(after)
    assert 'value="克拉玛依"' in _wish_form(after)


def test_a_new_intention_alone_moves_the_wishes_read_from_the_old_one(api):
    login(api, "g1")
    assert _send(api, intention="想去伊犁做会计").status_code == 303
    stored = _record(api, "G1")
    # 乌鲁木齐 was read from the old text and left as shown: it follows the text, as a PATCH of the intention does.
    assert stored["intention"] == "想去伊犁做会计" and stored["preferences"]["locations"] == ["伊犁"]


def test_a_submission_without_the_sessions_csrf_token_changes_nothing(api):
    login(api, "g1")
    for token in ("", "0" * 64, csrf_token(api.tokens["g2"]), csrf_token(api.tokens["g1"])[:-1]):
        response = _send(api, csrf=token, locations="克拉玛依")
        assert response.status_code == 403 and "表单已失效或并非来自本站" in response.text, token
    assert _record(api, "G1")["preferences"]["locations"] == ["乌鲁木齐"] and _updates(api) == []


def test_a_wished_place_that_is_no_place_is_shown_next_to_its_field_and_nothing_is_saved(api):
    login(api, "g1")
    response = _send(api, intention="想去伊犁做会计", locations="火星、郑州", min_salary="5000")
    assert response.status_code == 422
    form = _wish_form(response.text)
    assert 'role="alert"' in form and "未保存：请改正标出的栏目：意向地点" in form
    field = re.search(r'<input id="wish-locations"[^>]*>', form).group()
    assert 'value="火星、郑州"' in field and 'aria-invalid="true"' in field
    assert 'aria-describedby="wish-locations-error"' in field
    said = re.search(r'<span class="error" id="wish-locations-error">([^<]*)</span>', form).group(1)
    assert "意向地点「火星」不是可识别的地名" in said and "郑州" not in said.split("：")[0]
    # The rest comes back as typed, and nothing of it was written: not even the valid intention or pay.
    assert ">想去伊犁做会计</textarea>" in form and 'value="5000"' in form
    stored = _record(api, "G1")
    assert stored["intention"] == "希望在乌鲁木齐从事软件开发" and stored["preferences"]["locations"] == ["乌鲁木齐"]
    assert stored["preferences"]["min_salary"] is None and _updates(api) == []


def test_a_pay_not_read_is_named_beside_its_field(api):
    login(api, "g1")
    response = _send(api, min_salary="面谈")
    assert response.status_code == 422
    said = re.search(r'id="wish-min_salary-error">([^<]*)<', response.text).group(1)
    assert "期望薪酬" in said and "最低月薪" in said and _updates(api) == []


def test_another_graduates_record_cannot_be_changed(api):
    login(api, "g1")
    response = _send(api, "G2", intention="想去喀什")
    # As the API answers it (404, not 403: a graduate cannot probe which ids exist), on a page naming the record.
    assert response.status_code == 404 and "毕业生「G2」不存在" in response.text
    assert _record(api, "G2")["intention"] == "财务相关工作，伊犁优先" and _updates(api) == []
    assert _send(api, "G1", intention="想去喀什").status_code == 303  # their own record, with the same token


def test_officer_only_fields_sent_with_the_form_refuse_it_whole(api):
    login(api, "g1")
    for extra in ({"hardship": "低保家庭"}, {"phone": "13800000000"}, {"ethnicity": "汉族"}, {"name": "张三"},
                  {"id_number": "650100200305010019"}):
        response = _send(api, intention="想去伊犁", **extra)
        assert response.status_code == 403, extra
        assert f"不能修改：{next(iter(extra))}" in response.text and "本次未保存" in response.text
    full = _record(api, "G1")
    assert full["intention"] == "希望在乌鲁木齐从事软件开发" and full["phone"] == "13900000001"
    assert full["name"] == "阿依古丽" and full["hardship"] == ["低收入家庭"] and _updates(api) == []


def test_the_page_says_what_the_ranker_read_from_the_wishes(api):
    intention = "想去伊犁或者县城做会计，不去喀什，不想做销售，不去远郊区，月薪5000以上"
    changed = api.patch("/api/graduates/G1", "g1", json={"intention": intention, "preferences": None})
    assert changed.status_code == 200, changed.text
    login(api, "g1")
    said = _understood(api.client.get("/graduate/G1").text)
    assert said == ["意向地点：伊犁、县城", "不考虑的地点：喀什", "想做的工作或单位：会计", "不考虑的工作或单位：销售",
                    "期望最低月薪：5000 元", "未能识别的地点意向：不去远郊区（未据此筛选）"]


def test_an_intention_read_for_nothing_is_said_so(api):
    assert api.patch("/api/graduates/G1", "g1", json={"intention": "好好工作", "preferences": None}).status_code == 200
    login(api, "g1")
    page = api.client.get("/graduate/G1").text
    assert "意向地点：不限" in _understood(page) and 'id="nothing-read"' in page


def test_a_stored_pay_the_form_would_not_read_does_not_block_saving_another_field(api):
    # 0 is a pay the PATCH takes (min_salary ≥ 0) but the 期望薪资 reader does not (no lowest pay stated): shown
    # as 「0」 and left so, it is no change, and the new intention is saved (it was 422 on 期望薪酬).
    changed = api.patch("/api/graduates/G1", "g1", json={"preferences": {"min_salary": 0}})
    assert changed.status_code == 200, changed.text
    login(api, "g1")
    assert 'value="0"' in _wish_form(api.client.get("/graduate/G1").text)
    response = _send(api, intention="想去伊犁做会计", min_salary="0")
    assert response.status_code == 303, response.text
    stored = _record(api, "G1")
    assert stored["intention"] == "想去伊犁做会计" and stored["preferences"]["min_salary"] == 0

