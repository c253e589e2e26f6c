"""The 联系电话 column of /officer and /follow-ups/unpushed: an empty cell reads 「未登记」, and when no graduate
listed has a phone the page says once how phones get on record instead of showing a column empty for all.
The phone stays officer-only and audited as before: only a phone shown is logged."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from tests.test_api_fixtures import GRADUATES, Api, start_api
from tests.test_api_pages import login

PAGES = ("/officer", "/follow-ups/unpushed")


def _api(tmp_path, phones: dict[str, str | None]):
    graduates = [replace(g, phone=phones[g.id]) if g.id in phones else g for g in GRADUATES]
    app, tokens = start_api(tmp_path, graduates=graduates)
    client = TestClient(create_app(app.state.settings))
    return client, Api(client=client, app=client.app, tokens=tokens)


def _row(html: str, graduate_id: str) -> str:
    start = html.index(f'href="/graduate/{graduate_id}"')
    return html[start:html.index("</tr>", start)]


@pytest.mark.parametrize("path", PAGES)
def test_a_graduate_without_a_phone_reads_not_on_record(tmp_path, path):
    client, api = _api(tmp_path, {"G3": None})
    with client:
        login(api, "officer")
        page = api.client.get(path).text
        entries = {r.record_id: tuple(r.fields) for r in api.audit_rows() if r.action == "read"}
    assert '<th scope="col">联系电话</th>' in page and "13900000001" in _row(page, "G1")
    # Before: an empty cell.
    assert '<span class="muted">未登记</span>' in _row(page, "G3")
    assert 'id="no-phones"' not in page
    # Audited as before, but G1's 民族 (维吾尔族), which the list reads to tag 「少数民族（据民族）」.
    assert entries["G1"] == ("ethnicity", "hardship", "phone") and entries["G3"] == ("hardship",)


@pytest.mark.parametrize("path", PAGES)
def test_no_phone_on_record_says_once_how_to_record_them_instead_of_an_empty_column(tmp_path, path):
    client, api = _api(tmp_path, {"G1": None, "G2": None, "G3": None})
    with client:
        login(api, "officer")
        page = api.client.get(path).text
        entries = {r.record_id: tuple(r.fields) for r in api.audit_rows() if r.action == "read"}
    # Before: a 联系电话 column with an empty cell for every graduate, and no word on why.
    assert "联系电话</th>" not in page and 'data-label="联系电话"' not in page and "未登记</span>" not in page
    assert page.count('id="no-phones"') == 1
    note = page[page.index('id="no-phones"'):page.index("</p>", page.index('id="no-phones"'))]
    assert "都未登记联系电话" in note and "「联系电话」列" in note and "「手机号」" in note and "重新导入" in note
    assert "/graduate/G1" in page and "/graduate/G3" in page
    assert all("phone" not in fields for fields in entries.values())


@pytest.mark.parametrize("path", PAGES)
def test_the_phone_column_and_its_note_are_the_officers_only(tmp_path, path):
    client, api = _api(tmp_path, {"G1": None, "G2": None, "G3": None})
    with client:
        for who in ("organiser", "g1"):
            login(api, who)
            response = api.client.get(path, follow_redirects=False)
            assert response.status_code in (303, 403) and 'id="no-phones"' not in response.text
