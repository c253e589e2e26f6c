"""Page forms as their users meet them: a field filled in wrong keeps what was typed and says
which field is wrong, in the form's own words; every field has a name a screen reader reads."""

from __future__ import annotations

import re

from service.api.pages import csrf_token
from service.storage import repository
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import login, page_post, stored


def _form(page: str) -> str:
    return page.split('id="follow-up-form"')[1].split("</form>")[0]


def test_a_wrong_job_id_brings_back_the_follow_up_form_as_filled_in(api):
    login(api, "officer")
    response = page_post(api, csrf=csrf_token(api.tokens["officer"]), job_id="J-NOPE", status="已录用",
                         subsidy="已申请", note="已电话联系，下周面试")
    assert response.status_code == 422 and stored(api, "G1") == []
    form = _form(response.text)
    assert 'role="alert"' in form and "岗位编号：岗位「J-NOPE」不存在" in form
    assert 'value="J-NOPE"' in form and 'value="已电话联系，下周面试"' in form
    assert "<option selected>已录用</option>" in form and "<option selected>已申请</option>" in form
    job_input = re.search(r'<input id="fu-job"[^>]*>', form).group()
    assert 'aria-invalid="true"' in job_input and 'aria-describedby="fu-error"' in job_input
    assert 'aria-invalid' not in re.search(r'<input id="fu-note"[^>]*>', form).group()
    # The page around it is the graduate's page, still whole: suggestions and the record.
    assert 'id="suggestions"' in response.text and 'id="follow-ups"' in response.text


def test_a_note_too_long_keeps_the_job_and_marks_the_note(api):
    login(api, "officer")
    response = page_post(api, csrf=csrf_token(api.tokens["officer"]), job_id="J-NET", status="已投递", note="长" * 501)
    assert response.status_code == 422 and stored(api, "G1") == []
    form = _form(response.text)
    assert "备注：内容过长" in form and 'value="J-NET"' in form and "<option selected>已投递</option>" in form
    assert 'aria-invalid="true"' in re.search(r'<input id="fu-note"[^>]*>', form).group()


def test_the_form_brought_back_can_be_sent_again_and_records_once(api):
    login(api, "officer")
    again = page_post(api, csrf=csrf_token(api.tokens["officer"]), job_id="J-NOPE", status="已推送").text
    key = re.search(r'name="request_key" value="([^"]+)"', again).group(1)
    response = page_post(api, csrf=csrf_token(api.tokens["officer"]), job_id="J-NET", status="已推送", request_key=key)
    assert response.status_code == 303 and [r.job_id for r in stored(api, "G1")] == ["J-NET"]


def _recommendation_record(api, graduate_id: str) -> int:
    api.app.state.reclog.flush()
    with api.app.state.session_factory() as session:
        return repository.list_recommendation_log(session=session, graduate_id=graduate_id)[1]


def test_the_form_brought_back_after_a_mistake_adds_no_recommendation_record_entry(api):
    """The 推荐记录 counts views of the suggestions: the form shown again after a typo (and the
    reload of that answer, which re-sends the POST) is not one, whether the mistake is found by the
    form's checks (a note too long) or by the store (an unknown job); a real page view still is."""
    login(api, "officer")
    assert _recommendation_record(api, "G1") == 0
    for _ in range(2):  # the second time is the browser's reload of the 422 answer
        wrong_job = page_post(api, csrf=csrf_token(api.tokens["officer"]), job_id="J-NOPE", status="已推送")
        long_note = page_post(api, csrf=csrf_token(api.tokens["officer"]), job_id="J-NET", status="已推送",
                              note="长" * 501)
        assert wrong_job.status_code == long_note.status_code == 422
        assert 'id="suggestions"' in wrong_job.text and 'id="suggestions"' in long_note.text
    assert _recommendation_record(api, "G1") == 0
    assert api.client.get("/graduate/G1").status_code == 200
    assert _recommendation_record(api, "G1") == 1
    fixed = page_post(api, csrf=csrf_token(api.tokens["officer"]), job_id="J-NET", status="已推送")
    assert fixed.status_code == 303 and fixed.headers["location"] == "/graduate/G1#follow-ups"
    assert _recommendation_record(api, "G1") == 1  # the post itself shows nothing; the page it leads to will


def test_a_fair_size_field_left_empty_names_the_field_and_keeps_the_form(api):
    """An organiser who clears 每场最多单位 and presses 重新规划 got a JSON problem naming the query
    parameter (「max_employers」); now the page, its form as filled in, and the field's label."""
    login(api, "organiser")
    page = api.client.get("/fairs", params={"by": "industry", "max_employers": "", "max_positions": "12",
                                            "min_positions": "2", "min_graduates": "1"})
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    alert = re.search(r'<p class="error" role="alert" id="fairs-error">([^<]*)</p>', page.text).group(1)
    assert "每场最多单位：请填写 1–100 之间的整数" in alert and "max_employers" not in alert
    assert 'value="12"' in page.text and 'value="2"' in page.text and '<option value="industry" selected>' in page.text
    assert 'aria-invalid="true"' in re.search(r'<input name="max_employers"[^>]*>', page.text).group()
    assert 'aria-invalid' not in re.search(r'<input name="max_positions"[^>]*>', page.text).group()
    assert 'class="card fair"' not in page.text


def test_fair_size_fields_that_contradict_each_other_are_named_by_their_labels(api):
    login(api, "officer")
    page = api.client.get("/fairs", params={"min_positions": "30", "max_positions": "20"})
    assert page.status_code == 422 and "成场最少岗位、每场最多岗位：" in page.text and "不能大于每场岗位上限" in page.text
    assert "查询参数" not in page.text and 'value="30"' in page.text
    for bad in ("0", "abc", "3.5", "101"):
        response = api.client.get("/fairs", params={"max_employers": bad})
        assert response.status_code == 422 and "每场最多单位：请填写 1–100 之间的整数" in response.text, bad


def test_the_job_search_fields_have_labels(api):
    """A placeholder is no label: it is gone once something is typed, and not every screen reader reads it."""
    login(api, "organiser")
    form = api.client.get("/organiser").text.split('class="filters"')[1].split("</form>")[0]
    for name, label in (("q", "关键词"), ("location", "地点")):
        assert re.search(rf'<label[^>]*>{label} <input name="{name}"', form), name


def test_the_graduates_menu_does_not_link_the_api_documentation(api):
    """/docs is the API's Swagger UI (partly English), of no use to a graduate; staff keep the link."""
    login(api, "g1")
    assert 'href="/docs"' not in api.client.get("/graduate/G1").text
    for who in ("organiser", "officer"):
        login(api, who)
        assert 'href="/docs"' in api.client.get("/job/J-SOFT").text, who


def test_the_fairs_form_and_the_api_take_the_same_size_bounds_and_defaults(api):
    """One source (``fair_plans.SIZE_FIELDS``, defaults from ``FairLimits``): the page's fields, its
    messages and the API's query cannot drift apart (they were three copies of 1–100/1–200/1–10,000)."""
    from matching.fairs import FairLimits
    from service.api.fair_plans import SIZE_FIELDS

    query = {p["name"]: p["schema"] for p in api.client.get("/openapi.json").json()["paths"]["/api/fairs"]["get"]["parameters"]}
    login(api, "organiser")
    page = api.client.get("/fairs").text
    assert set(SIZE_FIELDS) == {"max_employers", "max_positions", "min_positions", "min_graduates", "max_graduates",
                                "max_fairs_per_graduate"}
    for name, field in SIZE_FIELDS.items():
        assert (query[name]["minimum"], query[name]["maximum"], query[name]["default"]) == (1, field.high, field.default)
        assert field.default == getattr(FairLimits(), name)
        assert f'{field.label} <input name="{name}" type="number" min="1" max="{field.high}" value="{field.default}"' in page
        too_big = api.client.get("/fairs", params={name: field.high + 1})
        assert too_big.status_code == 422 and f"{field.label}：请填写 1–{field.high} 之间的整数" in too_big.text
