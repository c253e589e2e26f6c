"""The conflict check of the follow-up record as an officer meets it. The form brought back after a
conflict (409) says 「未记录」 once: the page heads every refusal 「未记录：」, so the API's 「本次未记录：…」
read 「未记录：本次未记录：在您看到的记录之后…」. A ``last_seen_id`` that is no record of the graduate is
refused rather than trusted: it switched the check off."""

from __future__ import annotations

from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import login, page_post, record, recorded, stored
from tests.test_follow_ups_concurrent_results import _form, second_tab_refused


def test_the_conflict_on_the_page_says_not_recorded_once(api):
    _, error = second_tab_refused(api)
    assert error.startswith("未记录：在您看到的记录之后，")
    assert error.count("未记录") == 1


def test_a_last_seen_id_that_is_no_record_of_the_graduate_is_refused_not_trusted(api):
    """An id the caller cannot have seen (not written yet, or another graduate's) switched the check off:
    a result recorded meanwhile was silently overruled, as before the check existed."""
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    hired = recorded(api, "G1", job_id="J-SOFT", status="已录用", last_seen_id=pushed["id"])
    other = recorded(api, "G2", job_id="J-ACC", status="已推送")
    for seen in (hired["id"] + 1000, other["id"]):
        body = assert_problem(record(api, "G1", job_id="J-SOFT", status="放弃", last_seen_id=seen), 422,
                              f"该毕业生没有编号为 {seen} 的跟进记录")
        assert [e["loc"] for e in body["errors"]] == [["body", "last_seen_id"]]
    assert [r.status for r in stored(api, "G1")] == ["已录用", "已推送"]  # nothing written
    # 0 (nothing seen) and the graduate's own rows are taken as before.
    assert_problem(record(api, "G1", job_id="J-SOFT", status="放弃", last_seen_id=0), 409, "已录用")
    assert recorded(api, "G1", job_id="J-SOFT", status="放弃", last_seen_id=hired["id"])["status"] == "放弃"


def test_the_page_brings_an_edited_form_back_carrying_the_newest_record(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    login(api, "officer")
    form = {**_form(api.client.get("/graduate/G1").text), "last_seen_id": "987654"}
    answer = page_post(api, **form, job_id="J-SOFT", status="已投递", subsidy="", note="保留备注")
    assert answer.status_code == 422
    assert "表单：该毕业生没有编号为 987654 的跟进记录" in answer.text and 'value="保留备注"' in answer.text
    again = _form(answer.text)
    assert again["last_seen_id"] == str(stored(api, "G1")[0].id)
    assert page_post(api, **again, job_id="J-SOFT", status="已投递", subsidy="", note="").status_code == 303
