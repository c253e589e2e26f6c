"""Review of the ``/follow-ups`` page: 「waiting=0」 or 「false」 in its address is no tick (the page
read any value as ticked, unlike ``GET /api/follow-ups?waiting=false``), a bad value is named in
Chinese, and a page past the last no longer says 「还没有跟进记录」 when there are records."""

from __future__ import annotations

import re

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import login
from tests.test_follow_ups_page import _table, seed


def _rows(page: str) -> list[str]:
    return re.findall(r'<tr>\s*<td data-label="毕业生">.*?</tr>', _table(page), flags=re.S)


def test_waiting_false_in_the_address_lists_every_current_state(api):
    seed(api)
    login(api, "officer")
    for value in ("0", "false", "off"):
        page = api.client.get("/follow-ups", params={"waiting": value})
        assert page.status_code == 200 and len(_rows(page.text)) == 4, value
        assert "按毕业生编号排列" in page.text and 'name="waiting" value="1" >' in page.text, value
    ticked = api.client.get("/follow-ups", params={"waiting": "1"})
    assert len(_rows(ticked.text)) == 2 and 'name="waiting" value="1" checked>' in ticked.text


def test_a_bad_waiting_value_is_named_as_the_checkbox(api):
    login(api, "officer")
    page = api.client.get("/follow-ups", params={"waiting": "也许"})
    assert page.status_code == 422 and "只看尚无结果的" in page.text


def test_a_page_past_the_last_does_not_say_there_are_no_records(api):
    seed(api)
    login(api, "officer")
    page = api.client.get("/follow-ups", params={"page": 9})
    assert page.status_code == 200 and "没有第 9 页" in page.text
    assert "还没有跟进记录" not in page.text and "没有符合筛选条件的记录" not in page.text
