"""Review of the officers' follow-up pages (2026-12-06, session 3).

``/follow-ups`` answers an organiser or a graduate 403 whatever its filters hold. It checked the role
only after reading the filters, so an odd filter got them the page's 422 instead, echoing the value
and listing the follow-up statuses, where ``GET /api/follow-ups`` and ``/follow-ups/unpushed`` refuse first.

One graduate (``graduate_id``, the page's ``graduate``) and a subsidy state asked: the total says that
graduate's 求职创业补贴 state, hence that they are on the support list, even on a page past the last, which
shows no line and so logged nothing."""

from __future__ import annotations

import pytest

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import login, recorded

ODD_FILTERS = ({"status": "x<b>probe"}, {"subsidy": "x<b>probe"}, {"since": "x<b>probe"},
               {"waiting": "1", "status": "已录用"})


@pytest.mark.parametrize("who", ["organiser", "g1"])
def test_a_non_officer_gets_403_from_the_follow_up_page_whatever_the_filters(api, who):
    login(api, who)
    for params in ODD_FILTERS:
        page = api.client.get("/follow-ups", params=params)
        assert page.status_code == 403, (who, params, page.status_code)
        assert "只有就业服务专员" in page.text and "probe" not in page.text and "已推送" not in page.text, params


def test_an_officer_still_gets_the_filters_422(api):
    login(api, "officer")
    for params in ODD_FILTERS:
        assert api.client.get("/follow-ups", params=params).status_code == 422, params


def _subsidy_reads(api, graduate_id: str) -> int:
    return sum(1 for r in api.audit_rows() if r.record_type == "follow_up" and r.action == "read"
               and r.record_id == graduate_id and "subsidy" in r.fields)


def test_a_count_that_names_one_graduates_subsidy_state_is_logged_even_with_no_line_shown(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送", subsidy="已申请")
    before = _subsidy_reads(api, "G1")
    body = api.get("/api/follow-ups", "officer", params={"graduate_id": "G1", "subsidy": "已申请", "offset": 50}).json()
    assert body["total"] == 1 and body["items"] == []
    assert _subsidy_reads(api, "G1") == before + 1
    login(api, "officer")
    page = api.client.get("/follow-ups", params={"graduate": "G1", "subsidy": "已申请", "page": 9})
    assert page.status_code == 200 and "共 1 条" in page.text
    assert _subsidy_reads(api, "G1") == before + 2
    # A count over every graduate names nobody, and a state the graduate does not have tells nothing logged.
    api.get("/api/follow-ups", "officer", params={"subsidy": "已申请", "offset": 50})
    api.get("/api/follow-ups", "officer", params={"graduate_id": "G1", "subsidy": "已发放", "offset": 50})
    assert _subsidy_reads(api, "G1") == before + 2
