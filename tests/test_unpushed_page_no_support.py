"""``/follow-ups/unpushed`` with a filter that lists nobody told 「都已推送过岗位」 even when no support graduate
matches the filter at all (a mistyped major): it now tells the two apart, as ``/follow-ups`` (``count_support``)
and ``jobmatch follow-ups export --unpushed`` do (review of the pages, 2026-12-07)."""

from __future__ import annotations

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import login
from tests.test_follow_ups_unpushed_and_waiting import _support_graduates


def _empty_row(api, **params) -> str:
    page = api.client.get("/follow-ups/unpushed", params=params)
    assert page.status_code == 200 and "共 0 人" in page.text, page.text
    table = page.text[page.text.index('id="unpushed"'):]
    return table[table.index('class="empty"'):table.index("</td>")]


def test_a_filter_matching_no_support_graduate_says_so_not_all_pushed(api):
    _support_graduates(api)  # unpushed: G3, G5, G6; G1 (新疆大学, 计算机…) pushed
    login(api, "officer")
    said = _empty_row(api, major=" 不存在专业 ")
    assert "困难帮扶名单中没有专业含「不存在专业」的毕业生" in said and "都已推送过" not in said
    said = _empty_row(api, school="清华", major="计算机")
    assert "困难帮扶名单中没有学校名称含「清华」、专业含「计算机」的毕业生" in said and "都已推送过" not in said


def test_support_graduates_matching_the_filter_all_pushed_are_said_to_be(api):
    _support_graduates(api)
    login(api, "officer")
    said = _empty_row(api, school="新疆大学", major="计算机")
    assert "没有符合筛选条件的毕业生：都已推送过岗位" in said and "名单中没有" not in said
