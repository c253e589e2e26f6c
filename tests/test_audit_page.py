"""The officers' ``/audit`` page over the sensitive-field audit log: who may open it, what an
entry shows (never a value), newest first, paged, and filtered as ``GET /api/audit`` filters."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from service.storage.models import AuditRow
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import login

UTC = dt.timezone.utc
#: G1's sensitive values in the fixture (ethnicity, hardship, ID number, phone).
G1_VALUES = ("维吾尔族", "低收入家庭", "650100200305010019", "13900000001")


def _plant(api, *entries: dict) -> None:
    """Audit rows with chosen times (the service writes ``now``)."""
    with api.app.state.session_factory() as session:
        for entry in entries:
            session.add(AuditRow(**{"user_id": None, "user_name": "王老师", "role": "officer", "action": "read",
                                    "record_type": "graduate", "record_id": "G1", "fields": ["ethnicity"], **entry}))
        session.commit()


def _user_id(api, name: str) -> int:
    from service.auth import authenticate

    key = {"王老师": "officer", "招聘会张": "organiser"}[name]
    with api.app.state.session_factory() as session:
        return authenticate(session=session, token=api.tokens[key]).id


def _times(page: str) -> list[str]:
    return re.findall(r'<td data-label="时间">([^<]*)</td>', page)


def _table(page: str) -> str:
    return page[page.index('id="audit"'):page.index("</table>", page.index('id="audit"'))]


def test_only_officers_have_the_audit_page_in_their_menu_and_may_open_it(api):
    assert api.client.get("/audit", follow_redirects=False).headers["location"] == "/login"
    for who in ("organiser", "g1"):
        login(api, who)
        assert 'href="/audit"' not in api.client.get("/job/J-SOFT").text
        page = api.client.get("/audit")
        assert page.status_code == 403 and page.headers["content-type"].startswith("text/html"), who
        assert "只有就业服务专员可以查看敏感信息访问审计日志" in page.text and 'id="audit"' not in page.text
    login(api, "officer")
    assert 'href="/audit">审计日志</a>' in api.client.get("/officer").text
    assert api.client.get("/audit").status_code == 200


def test_an_entry_names_reader_time_action_graduate_and_fields_but_no_value(api):
    login(api, "officer")
    assert api.client.get("/officer").status_code == 200  # the support list: a read of G1's fields
    before = len(api.audit_rows())
    assert before >= 1
    page = api.client.get("/audit", params={"record_id": "G1", "action": "read"})
    assert page.status_code == 200
    table = _table(page.text)
    assert "王老师" in table and "就业服务专员" in table and "查看" in table
    assert '<a href="/graduate/G1">阿依古丽</a>' in table
    # The list shows hardship and the phone, and 少数民族 read from G1's 民族 (not the group), never the
    # 身份证号: only what it shows is logged.
    for label in ("困难类别", "联系电话", "民族"):
        assert f'<span class="tag">{label}</span>' in table, label
    for label in ("身份证号",):
        assert f'<span class="tag">{label}</span>' not in table, label
    assert not any(value in page.text for value in G1_VALUES)
    # Showing the log is no read of the fields it names.
    assert len(api.audit_rows()) == before


def test_times_are_beijing_time_and_command_line_readers_are_named(api):
    _plant(api, {"at": dt.datetime(2026, 9, 1, 16, 30, tzinfo=UTC), "user_name": "zhang", "role": "cli",
                 "action": "recommend", "record_type": "follow_up", "record_id": "G9", "fields": ["subsidy", "note"]})
    login(api, "officer")
    table = _table(api.client.get("/audit", params={"record_id": "G9"}).text)
    assert _times(table) == ["2026-09-02 00:30"]
    assert "zhang" in table and "命令行" in table and "推荐理由中披露" in table
    assert "跟进记录：" in table and "求职创业补贴" in table and "跟进备注" in table
    assert "（已不在库中）" in table  # G9 is no graduate of the database


def test_entries_are_newest_first_and_paged_by_twenty(api):
    start = dt.datetime(2026, 9, 1, 0, 0, tzinfo=UTC)
    _plant(api, *({"at": start + dt.timedelta(hours=n), "record_id": "P1"} for n in range(25)))
    login(api, "officer")
    first = api.client.get("/audit", params={"record_id": "P1"}).text
    times = _times(first)
    assert len(times) == 20 and times[0] == "2026-09-02 08:00" and times == sorted(times, reverse=True)
    assert "共 25 条，第 1 / 2 页" in first
    next_link = re.search(r'<a href="([^"]+)">下一页</a>', first).group(1).replace("&amp;", "&")
    assert "record_id=P1" in next_link and "page=2" in next_link  # the filter goes along
    second = api.client.get(next_link).text
    assert _times(second) == ["2026-09-01 12:00", "2026-09-01 11:00", "2026-09-01 10:00", "2026-09-01 09:00",
                              "2026-09-01 08:00"]
    assert "上一页" in second and "下一页" not in second
    beyond = api.client.get("/audit", params={"record_id": "P1", "page": 9})
    assert beyond.status_code == 200 and "没有第 9 页" in beyond.text and _times(beyond.text) == []


def test_filters_are_those_of_the_api_and_give_the_same_entries(api):
    officer = _user_id(api, "王老师")
    _plant(api,
           {"at": dt.datetime(2026, 9, 1, 15, 30, tzinfo=UTC), "user_id": officer, "record_id": "F1"},  # 09-01 23:30
           {"at": dt.datetime(2026, 9, 1, 17, 0, tzinfo=UTC), "user_id": officer, "record_id": "F2",
            "action": "update"},  # 09-02 01:00 in Beijing
           {"at": dt.datetime(2026, 9, 3, 0, 0, tzinfo=UTC), "user_id": None, "user_name": "import-bot",
            "role": "cli", "record_id": "F1", "action": "import"})
    login(api, "officer")
    cases = [({"record_id": "F1"}, {"record_id": "F1"}, 2),
             ({"user_id": str(officer), "since": "2026-09-01"}, {"user_id": officer, "since": "2026-08-31T16:00:00Z"}, 2),
             ({"action": "update"}, {"action": "update"}, 1),
             ({"since": "2026-09-02", "record_id": "F1"}, {"since": "2026-09-01T16:00:00Z", "record_id": "F1"}, 1),
             ({"since": "2026-09-02", "action": "read"}, {"since": "2026-09-02T00:00:00+08:00", "action": "read"}, 0)]
    for form, query, count in cases:
        page = api.client.get("/audit", params=form)
        assert page.status_code == 200, form
        shown = re.findall(r'<span class="muted">(F\d)', _table(page.text))
        listed = [r["record_id"] for r in api.get("/api/audit", "officer", params=query).json()["items"]]
        assert shown == listed and len(shown) == count, (form, shown, listed)
    # A reader's name filters by their account; the form shows the filter it applied.
    page = api.client.get("/audit", params={"record_id": "F1"}).text
    assert f'href="/audit?record_id=F1&amp;user_id={officer}&amp;page=1"' in page
    assert 'name="record_id" value="F1"' in page and "清除筛选" in page
    assert "没有符合筛选条件的记录" in api.client.get("/audit", params={"record_id": "NOBODY"}).text


@pytest.mark.parametrize(("params", "message"), [
    ({"user_id": "abc"}, "账号编号「abc」无效"),
    ({"action": "peek"}, "操作「peek」无效"),
    ({"since": "2026-13-01"}, "起始日期「2026-13-01」无效"),
    ({"record_id": "G" * 65}, "毕业生编号"),
    ({"page": "0"}, "页码"),
])
def test_a_bad_filter_is_a_chinese_error_page_naming_it(api, params, message):
    login(api, "officer")
    page = api.client.get("/audit", params=params)
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert message in page.text and 'href="/audit"' in page.text


@pytest.mark.parametrize("action, label", [("policies", "政策匹配理由中披露"), ("profile", "画像统计中披露"),
                                           ("guidance", "求职建议中披露"), ("follow_up_export", "导出跟进记录")])
def test_every_action_the_service_and_the_command_line_write_can_be_shown_and_filtered(api, action, label):
    """Policies, profiles, guidance and follow-up exports write entries too: the page names them
    in Chinese and offers them, and it and ``GET /api/audit`` filter on them (one list,
    ``service.audit.ACTIONS``)."""
    _plant(api, {"action": action, "record_id": "G2", "at": dt.datetime(2026, 9, 2, tzinfo=UTC)},
           {"action": "read", "record_id": "G1", "at": dt.datetime(2026, 9, 3, tzinfo=UTC)})
    login(api, "officer")
    assert f'<option value="{action}" >{label}</option>' in api.client.get("/audit").text
    page = api.client.get("/audit", params={"action": action})
    assert page.status_code == 200 and len(_times(page.text)) == 1
    assert f'<td data-label="操作">{label}</td>' in _table(page.text) and ">G2<" in _table(page.text)
    answer = api.client.get("/api/audit", params={"action": action},
                            headers={"Authorization": f"Bearer {api.tokens['officer']}"})
    assert answer.status_code == 200 and [e["record_id"] for e in answer.json()["items"]] == ["G2"]


def test_an_entry_with_an_unlisted_action_is_refused_before_it_is_written(api):
    from service import audit
    from service.storage.repository import AuditEntry

    entry = AuditEntry(user_id=None, user_name="x", role="cli", action="exported", record_id="G1", fields=("phone",))
    with api.app.state.session_factory() as session, pytest.raises(ValueError, match="exported"):
        audit._add(session=session, entries=[entry])


def _readers(page: str) -> list[str]:
    """The reader cells as a browser shows them: tags dropped, white space runs read as one space."""
    cells = re.findall(r'<td data-label="查阅人">(.*?)</td>', _table(page), re.S)
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", cell)).strip() for cell in cells]


def test_the_reader_cell_has_no_space_before_its_role(api):
    """The line break between the name's link and the role showed as 「王老师 （就业服务专员，账号 1）」."""
    _plant(api, {"at": dt.datetime(2026, 9, 1, 8, 0, tzinfo=UTC), "user_name": "zhang", "role": "cli", "record_id": "G9"})
    login(api, "officer")
    assert api.client.get("/officer").status_code == 200
    officer = _user_id(api, "王老师")
    readers = _readers(api.client.get("/audit").text)
    assert f"王老师（就业服务专员，账号 {officer}）" in readers
    assert "zhang（命令行）" in readers


def test_the_graduate_id_field_gives_an_example_shaped_like_a_student_number(api):
    # 「如 G1」 was the test fixture's id; graduates are filed by 学号 (the sample's 202200000017).
    login(api, "officer")
    page = api.client.get("/audit").text
    assert 'placeholder="如 202200000017"' in page and "如 G1" not in page
