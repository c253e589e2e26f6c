"""The audit log's ``record_type`` filter: account changes (``jobmatch users deactivate|reissue``,
``record_type`` ``account``) share ``record_id`` values with graduates (account #3, graduate "3"),
so 「只看此账号」 asks for account records only and the 毕业生编号 filter keeps to graduate records."""

from __future__ import annotations

import datetime as dt
import re

from service.storage.models import AuditRow
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import login

UTC = dt.timezone.utc


def _plant_graduate_3_and_account_3(api) -> None:
    rows = [
        {"action": "read", "record_type": "graduate", "record_id": "3", "fields": ["ethnicity"],
         "at": dt.datetime(2026, 9, 1, 1, 0, tzinfo=UTC)},
        {"action": "read", "record_type": "follow_up", "record_id": "3", "fields": ["note"],
         "at": dt.datetime(2026, 9, 1, 2, 0, tzinfo=UTC)},
        {"action": "deactivate", "record_type": "account", "record_id": "3", "fields": [],
         "role": "cli", "user_name": "root", "at": dt.datetime(2026, 9, 1, 3, 0, tzinfo=UTC)},
    ]
    with api.app.state.session_factory() as session:
        for row in rows:
            session.add(AuditRow(**{"user_id": None, "user_name": "王老师", "role": "officer", **row}))
        session.commit()


def _table(page: str) -> str:
    return page[page.index('id="audit"'):page.index("</table>", page.index('id="audit"'))]


def _actions(page: str) -> list[str]:
    return re.findall(r'<td data-label="操作">([^<]*)</td>', _table(page))


def _api(api, **params) -> list[tuple[str, str]]:
    answer = api.get("/api/audit", "officer", params=params)
    assert answer.status_code == 200, answer.text
    return [(e["record_type"], e["action"]) for e in answer.json()["items"]]


def test_the_account_link_shows_only_the_account_change_and_the_graduate_filter_only_the_reads(api):
    _plant_graduate_3_and_account_3(api)
    login(api, "officer")
    everything = api.client.get("/audit").text
    account_link = re.search(r'<a href="([^"]+)" class="muted only-link" title="只看此账号的变更">只看此账号</a>', everything)
    assert account_link is not None
    href = account_link.group(1).replace("&amp;", "&")
    assert "record_type=account" in href and "record_id=3" in href
    only_account = api.client.get(href)
    assert only_account.status_code == 200
    assert _actions(only_account.text) == ["停用账号"]
    assert 'name="record_type" value="account"' in only_account.text and "被变更账号编号" in only_account.text

    # The 毕业生编号 filter (and the graduate's 「只看此人」 link) keep to graduate records.
    by_graduate = api.client.get("/audit", params={"record_id": "3"})
    assert _actions(by_graduate.text) == ["查看", "查看"] and "账号 #3" not in _table(by_graduate.text)
    person_link = re.search(r'<a href="([^"]+)" class="muted only-link" title="只看此毕业生的记录">只看此人</a>', everything)
    assert person_link is not None and "record_type" not in person_link.group(1)
    assert _actions(api.client.get(person_link.group(1).replace("&amp;", "&")).text) == ["查看", "查看"]


def test_the_api_filters_by_record_type_and_without_it_lists_all_as_before(api):
    _plant_graduate_3_and_account_3(api)
    assert _api(api, record_id="3") == [("account", "deactivate"), ("follow_up", "read"), ("graduate", "read")]
    assert _api(api, record_id="3", record_type="account") == [("account", "deactivate")]
    assert _api(api, record_id="3", record_type="graduate") == [("graduate", "read")]
    assert _api(api, record_type="follow_up") == [("follow_up", "read")]


def test_an_unknown_record_type_is_refused_in_chinese(api):
    answer = api.get("/api/audit", "officer", params={"record_type": "graduates"})
    assert answer.status_code == 422 and "查询参数「record_type」格式不正确" in answer.json()["detail"]
    login(api, "officer")
    page = api.client.get("/audit", params={"record_type": "accounts", "record_id": "3"})
    assert page.status_code == 422 and "记录类型「accounts」无效" in page.text


def test_the_api_documents_the_record_type_values_in_chinese(api):
    schema = api.client.get("/openapi.json").json()
    params = {p["name"]: p for p in schema["paths"]["/api/audit"]["get"]["parameters"]}
    description = params["record_type"]["description"]
    assert "记录类型" in description and "account（账号变更）" in description and "不填为全部" in description
