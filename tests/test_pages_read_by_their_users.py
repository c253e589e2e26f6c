"""Pages read as their users read them (review of the pages in Chromium, 2026-12-06): a graduate is
not told a server's start option, an organiser is not sent to API field names or a command, and a
refused post is told apart from a suggested post of the same title and employer by its place."""

from __future__ import annotations

import re

import service.api.fair_pages as fair_pages
from tests.test_api_fairs import SMALL, api  # noqa: F401
from tests.test_api_fixtures import policy_api_fixture
from tests.test_api_pages import login
from tests.test_page_accessibility import parse, problems

bare = policy_api_fixture(None)

# What only staff may be told: how the service was started, the API's field names, the commands.
STAFF_WORDS = re.compile(r"jobmatch|JOBMATCH_|--policies|/api/|unplaced_")


def _visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_a_graduate_without_a_policy_list_is_told_whom_to_ask_not_how_to_start_the_server(bare):
    login(bare, "g1")
    page = bare.client.get("/graduate/G1")
    assert page.status_code == 200
    note = parse(page.text)
    found = [n for n in note.walk() if n.attrs.get("id") == "policies-not-loaded"]
    assert len(found) == 1
    said = found[0].text()
    assert "尚未载入政策清单" in said and "咨询" in said
    assert not STAFF_WORDS.search(_visible_text(page.text)), STAFF_WORDS.findall(_visible_text(page.text))


def test_an_officer_still_reads_how_to_load_the_policy_list(bare):
    login(bare, "officer")
    text = bare.client.get("/graduate/G1").text
    assert "jobmatch serve --policies" in text and "JOBMATCH_POLICIES" in text


def test_the_refused_posts_name_their_place_as_the_suggestions_do(bare):
    login(bare, "g1")
    page = bare.client.get("/graduate/G1")
    doc = parse(page.text)
    table = [n for n in doc.walk() if n.attrs.get("id") == "rejected"]
    assert len(table) == 1
    heads = [th.text().strip() for th in table[0].find_all("th")]
    assert heads == ["岗位", "单位", "地点", "不符合的原因"]
    rows = table[0].find_all("tbody")[0].find_all("tr")
    assert rows
    headers = {"Authorization": f"Bearer {bare.tokens['officer']}"}
    for row in rows:
        job_id = row.find_all("a")[0].attrs["href"].rsplit("/", 1)[1]
        job = bare.client.get(f"/api/jobs/{job_id}", headers=headers).json()
        cells = {td.attrs["data-label"]: td.text().strip() for td in row.find_all("td")}
        assert job["location"] and cells["地点"] == job["location"]
    assert problems(page.text) == []


def test_the_fair_page_points_an_organiser_to_its_download_for_every_unplaced_post(api, monkeypatch):  # noqa: F811
    monkeypatch.setattr(fair_pages, "_UNPLACED_SHOWN", 1)
    login(api, "organiser")
    # Fairs of at most two posts leave three of the fixture's posts out, one of them listed.
    query = "&".join(f"{k}={v}" for k, v in {**SMALL, "max_positions": 2}.items())
    page = api.client.get(f"/fairs?{query}")
    assert page.status_code == 200
    text = _visible_text(page.text)
    summary = re.search(r"每个岗位未列入的原因（[^）]*）", text)
    assert summary, "more unplaced posts than shown: the summary must say where the rest are"
    assert "按岗位编号显示第 1–1 个，共 3 个" in summary.group(0) and "下载" in summary.group(0)
    body = text[text.index("跳到主要内容"):] if "跳到主要内容" in text else text
    assert not STAFF_WORDS.search(body.replace("/fairs/download", "")), STAFF_WORDS.findall(body)


def test_the_upload_note_on_a_graduate_without_a_major_agrees_with_their_page(bare):
    from tests.test_api_import import upload

    report = upload(bare, "/api/graduates/import", "officer", "g.csv", "学号,姓名\nG9X,新同学\n".encode())
    (note,) = report.json()["notes"]
    login(bare, "officer")
    page = bare.client.get("/graduate/G9X")
    rows = parse(page.text).find_all("tbody")[0].find_all("tr")
    # The page ranks posts for them, each major requirement 待核实 or 不限: the note must not say none can be matched.
    assert rows and "专业未知" in _visible_text(page.text)
    assert "无法匹配" not in note and note.startswith("G9X：记录中没有专业") and "待核实" in note
    assert "补充姓名" not in note  # the file gave the name
