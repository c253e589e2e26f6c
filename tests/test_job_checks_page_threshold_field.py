"""The /job-checks form (review of the pages in a browser, 2026-12-07): sent with 级别 or 检查项 at 「全部」 (``severity=``,
``check=``) or 「更新超过（天）」 emptied (``stale_after_days=``) it answered a 422 page instead of all findings at the
default 180 days, as a blank filter is read elsewhere on the pages; a wrong threshold was named 「stale_after_days」,
not by its label."""

from __future__ import annotations

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_pages import login


def test_an_emptied_threshold_field_reads_as_the_default(api):
    login(api, "officer")
    page = api.client.get("/job-checks", params={"stale_after_days": " ", "severity": "提示"})
    assert page.status_code == 200, page.text
    assert 'name="stale_after_days" min="1" max="36500" value="180"' in page.text


def test_a_wrong_threshold_is_named_by_the_fields_label(api):
    login(api, "organiser")
    page = api.client.get("/job-checks", params={"stale_after_days": "0"})
    assert page.status_code == 422 and "更新超过（天）（收到「0」）" in page.text and "stale_after_days" not in page.text


def test_the_form_sent_with_every_level_and_check_lists_all(api):
    """The form's 「全部」 options send ``severity=`` and ``check=``: the page answered 「级别：取值无效」 (422)
    whenever 筛选 was pressed with 级别 left at 全部, so a check could only be picked through the summary links."""
    login(api, "officer")
    every = api.client.get("/job-checks", params={"severity": "", "check": "", "stale_after_days": "30"})
    assert every.status_code == 200, every.text
    assert 'value="30"' in every.text
    one = api.client.get("/job-checks", params={"severity": "", "check": "pay_missing", "stale_after_days": "180"})
    assert one.status_code == 200, one.text
