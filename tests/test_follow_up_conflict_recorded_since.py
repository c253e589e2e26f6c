"""The 409 of a follow-up written against an older record carries what was recorded meanwhile as its own
member, ``recorded_since``: the sentence without the API's 「本次未记录：」 and 「请刷新页面……」. The graduate's
page shows that member in its own words; before, it cut the API's wording off the message by string
prefix and suffix, so any change to that wording silently leaked into the page."""

from __future__ import annotations

from service.api import follow_up_conflicts, pages
from service.api.problems import ApiProblem
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import login, page_post, record, recorded
from tests.test_follow_ups_concurrent_results import _form


def test_the_409_carries_the_recorded_sentence_beside_the_unchanged_detail(api):
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    hired = recorded(api, "G1", job_id="J-SOFT", status="已录用", last_seen_id=pushed["id"])
    body = assert_problem(record(api, "G1", job_id="J-SOFT", status="放弃", last_seen_id=pushed["id"]), 409)
    sentence = body["recorded_since"]
    assert sentence.startswith("在您看到的记录之后，王老师 于 ") and "（北京时间）" in sentence
    assert sentence.endswith("已将该岗位（软件开发工程师 · 乌鲁木齐云端科技有限公司）登记为「已录用」。")
    assert "本次未记录" not in sentence and "刷新" not in sentence
    # The detail callers rely on is as it was: the same sentence in the API's wording.
    assert body["detail"] == ("字段「last_seen_id」：本次未记录：" + sentence
                              + "请刷新页面查看最新的跟进记录，再决定是否重新登记")
    assert body["errors"][0]["message"] == body["detail"].removeprefix("字段「last_seen_id」：")
    assert body["latest_id"] == hired["id"]


def test_the_sentence_tells_two_posts_of_one_title_apart_by_their_employer(api):
    # A graduate pushed two 软件开发工程师 posts: 「该岗位（软件开发工程师）」 did not say over which the officer
    # was refused. The detail is built from the same sentence, so it names the employer too.
    created = api.post("/api/jobs", "officer", json={"id": "J-SOFT2", "title": "软件开发工程师", "employer": "喀什数码有限公司"})
    assert created.status_code == 201, created.text
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    pushed = recorded(api, "G1", job_id="J-SOFT2", status="已推送")
    recorded(api, "G1", job_id="J-SOFT2", status="未录用", last_seen_id=pushed["id"])
    body = assert_problem(record(api, "G1", job_id="J-SOFT2", status="已录用", last_seen_id=pushed["id"]), 409)
    assert body["recorded_since"].endswith("已将该岗位（软件开发工程师 · 喀什数码有限公司）登记为「未录用」。")
    assert "本次未记录：" + body["recorded_since"] in body["detail"]


def test_a_subsidy_conflict_names_the_graduate_in_the_sentence(api):
    applied = recorded(api, "G1", subsidy="已申请")
    recorded(api, "G1", subsidy="未获批", last_seen_id=applied["id"])
    body = assert_problem(record(api, "G1", subsidy="已申请", last_seen_id=applied["id"]), 409)
    assert body["recorded_since"].endswith("已将该毕业生登记为求职创业补贴「未获批」。")


def test_the_page_shows_the_sentence_of_the_answer_whatever_the_apis_wording(api, monkeypatch):
    # The conflict as the service function raises it, its message in other words than today's: the page
    # shows the ``recorded_since`` member, not the message with today's wording cut off.
    sentence = "在您看到的记录之后，李老师 于 2026-12-07 14:05（北京时间）已将该岗位（软件开发工程师 · 乌鲁木齐云端科技有限公司）登记为「已录用」。"

    def conflict(**_):
        message = f"【另一种说法】{sentence}请另行核对"
        raise ApiProblem(409, f"字段「last_seen_id」：{message}", latest_id=1, recorded_since=sentence,
                         errors=[{"loc": ["body", "last_seen_id"], "type": follow_up_conflicts.CONFLICT,
                                  "message": message}])

    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    login(api, "officer")
    form = _form(api.client.get("/graduate/G1").text)
    monkeypatch.setattr(pages.followups, "record", conflict)
    answer = page_post(api, **form, job_id="J-SOFT", status="放弃", subsidy="", note="")
    assert answer.status_code == 409
    error = answer.text.split('id="fu-error">')[1].split("</p>")[0]
    assert error == ("未记录：" + sentence + "该记录已列在上方「跟进记录」中，请先查看；如仍要登记本次结果，"
                     "再点一次「记录跟进」")


def test_the_openapi_document_describes_the_409_and_its_members(api):
    document = api.client.get("/openapi.json").json()
    answer = document["paths"]["/api/graduates/{graduate_id}/follow-ups"]["post"]["responses"]["409"]
    schema = answer["content"]["application/problem+json"]["schema"]["$ref"].rsplit("/", 1)[1]
    members = document["components"]["schemas"][schema]["properties"]
    assert {"detail", "latest_id", "recorded_since"} <= members.keys()
    assert "本次未记录" in members["recorded_since"]["description"]
    assert "recorded_since" in document["paths"]["/api/graduates/{graduate_id}/follow-ups"]["post"]["description"]
