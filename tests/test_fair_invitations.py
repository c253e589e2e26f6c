"""Whom each fair invites: a graduate whose posts lie in several parts of a split theme is invited
once, to the part of the post they rank best (not to every part: 「计算机类专场之一、之二、之三」
inviting the same 30), a second part only when a post there would have no one to meet or the part
too few graduates, said so (「已受邀参加…（之一），另邀请参加本场」); and no fair invites more than ``max_graduates``, a
graduate over it going to another part of the theme or listed as not invited, with the reason."""

from __future__ import annotations

from collections import Counter

import pytest

from matching.fair_limits import FairLimits, FairLimitsError
from service import fair_report
from tests.factories import graduate, job
from tests.test_api_fairs import SENSITIVE_VALUES, SMALL, api  # noqa: F401
from tests.test_api_pages import login
from tests.test_fair_organiser_files import fair_rows
from tests.test_fairs import plan


def _accounting(job_id, place):
    return job(job_id, "会计", employer=f"会计师事务所{job_id}", education="本科及以上", majors="会计学", location=place)


PLACES = ["乌鲁木齐市", "昌吉市", "喀什市"]


def _split(catalog, segmenter, people: int, **limits):
    jobs = [_accounting(f"F{i}", PLACES[i % 3]) for i in range(9)]
    graduates = [graduate(f"G{i:02}", "会计学", catalog=catalog) for i in range(people)]
    defaults = {"max_employers": 3, "min_positions": 1, "min_graduates": 1}
    return plan(catalog, segmenter, jobs, graduates, limits=FairLimits(**{**defaults, **limits}), k=9), graduates


def test_parts_of_a_split_theme_do_not_invite_the_same_graduates(catalog, segmenter):
    result, graduates = _split(catalog, segmenter, 12)
    assert len(result.fairs) == 3
    seen = Counter(g.graduate_id for f in result.fairs for g in f.graduates)
    assert set(seen) == {g.id for g in graduates}  # everyone who may apply is invited somewhere
    twice = [g for f in result.fairs for g in f.graduates if seen[g.graduate_id] > 1]
    assert all("已受邀参加工商管理类专场（之" in g.reason for g in twice if "另邀请参加本场" in g.reason)
    assert sum(seen.values()) < 2 * len(graduates)  # before: 36 invitations, each graduate three times
    once = next(g for f in result.fairs for g in f.graduates if seen[g.graduate_id] == 1)
    assert "按其推荐名次只邀请参加本场" in once.reason and "工商管理类专场（之" in once.reason


def test_a_fair_invites_at_most_max_graduates_and_the_rest_go_to_another_part(catalog, segmenter):
    result, graduates = _split(catalog, segmenter, 12, max_graduates=5)
    assert all(len(f.graduates) <= 5 for f in result.fairs)
    assert {g.graduate_id for f in result.fairs for g in f.graduates} == {g.id for g in graduates}
    assert result.uninvited == ()


def test_graduates_no_part_has_room_for_are_listed_with_the_reason(catalog, segmenter):
    result, graduates = _split(catalog, segmenter, 12, max_graduates=3)
    assert [len(f.graduates) for f in result.fairs] == [3, 3, 3]
    invited = {g.graduate_id for f in result.fairs for g in f.graduates}
    assert {u.graduate_id for u in result.uninvited} == {g.id for g in graduates} - invited and len(result.uninvited) == 3
    reason = result.uninvited[0].reason
    assert reason.startswith("可报考工商管理类专场（之") and reason.endswith("已满 3 人（每场毕业生上限，推荐名次靠前者优先）")
    assert any(n.startswith("每场最多邀请 3 位毕业生：3 人次未受邀") and "3 位毕业生未受邀参加任何招聘会" in n
               for n in result.notes)
    by_id = {g.id: g for g in graduates}
    rows = fair_report.uninvited_rows(result, by_id)
    assert [r["row_type"] for r in rows] == ["未受邀毕业生"] * 3 and rows[0]["reason"] == reason
    assert fair_report.plan_dict(result, by_id)["uninvited_graduates"][0]["reason"] == reason
    assert len(fair_report.plan_rows(result, by_id)) == 9 + 9  # posts and invited graduates only


def test_a_single_fair_over_the_cap_lists_the_rest(catalog, segmenter):
    jobs = [_accounting(f"F{i}", "乌鲁木齐市") for i in range(3)]
    graduates = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(6)]
    # Two posts a fair: three posts cannot make a second session (``tests/test_fair_sessions.py``).
    result = plan(catalog, segmenter, jobs, graduates, limits=FairLimits(min_positions=2, min_graduates=2, max_graduates=4))
    (fair,) = result.fairs
    assert len(fair.graduates) == 4 and len(result.uninvited) == 2
    # One fair: named as its title, with no part number (「工商管理类专场」, not 「（之一）」).
    assert result.uninvited[0].reason.startswith("可报考工商管理类专场的岗位（在其推荐中最高排第 ")
    assert result.uninvited[0].reason.endswith("但该场已满 4 人（每场毕业生上限，推荐名次靠前者优先）")


def test_the_invitations_do_not_depend_on_input_order(catalog, segmenter):
    jobs = [_accounting(f"F{i}", PLACES[i % 3]) for i in range(9)]
    graduates = [graduate(f"G{i:02}", "会计学", catalog=catalog) for i in range(10)]
    limits = FairLimits(max_employers=3, min_positions=1, min_graduates=2, max_graduates=4)
    one = plan(catalog, segmenter, jobs, graduates, limits=limits, k=9)
    two = plan(catalog, segmenter, jobs[::-1], graduates[::-1], limits=limits, k=9)
    assert one.fairs == two.fairs and one.uninvited == two.uninvited


def test_the_minimum_cannot_exceed_the_cap():
    with pytest.raises(FairLimitsError, match="每场最少毕业生人数（10）不能大于每场毕业生上限（5）"):
        FairLimits(min_graduates=10, max_graduates=5)


def test_the_cap_is_a_form_field_an_api_parameter_and_in_the_download(api):
    login(api, "organiser")
    page = api.client.get("/fairs", params=SMALL).text
    assert 'name="max_graduates"' in page and "每场最多毕业生" in page
    answer = api.get("/api/fairs", "organiser", params={**SMALL, "max_graduates": 2}).json()
    assert answer["limits"]["max_graduates"] == 2
    assert all(len(f["graduates"]) <= 2 for f in answer["fairs"])
    wrong = api.get("/api/fairs", "organiser", params={**SMALL, "max_graduates": 1}).json()
    assert "max_graduates" in str(wrong) and "不能大于每场毕业生上限" in str(wrong)
    response = api.client.get("/fairs/download", params={**SMALL, "max_graduates": 2, "format": "csv"})
    rows = fair_rows(response.content.decode("utf-8-sig"))
    left = [r for r in rows if r["row_type"] == "未受邀毕业生"]
    assert [r["id"] for r in left] == [u["graduate_id"] for u in answer["uninvited_graduates"]]
    assert not any(value in response.text for value in SENSITIVE_VALUES)


def test_the_reasons_name_other_parts_as_their_fairs_are_titled(catalog, segmenter):
    """「计算机类专场之二」 was nowhere in the file: the fairs are titled 「计算机类专场（之二）」."""
    result, _ = _split(catalog, segmenter, 12)
    titles = {f.title for f in result.fairs}
    named = [title for f in result.fairs for g in f.graduates for title in titles if title in g.reason]
    assert named and not any("专场之" in g.reason or "可同时参加" in g.reason for f in result.fairs for g in f.graduates)


def test_a_graduate_sent_on_from_a_full_part_reads_why_in_plain_words(catalog, segmenter):
    result, _ = _split(catalog, segmenter, 12, max_graduates=5)
    moved = [g.reason for f in result.fairs for g in f.graduates if "改邀请参加本场" in g.reason]
    assert moved and all("工商管理类专场（之" in r and "有其推荐名次更靠前的岗位，但已满 5 人，改邀请参加本场" in r
                         for r in moved)
    assert not any("其推荐名次更靠前的工商管理类专场" in r for r in moved)  # the old, garbled order


def test_the_files_an_organiser_opens_have_one_chinese_header_row(catalog, segmenter, tmp_path):
    """Excel and WPS show the first row as the header: it was 「fair, fair_title, …」 with the
    Chinese one under it in XLSX, and the only one in CSV."""
    from openpyxl import load_workbook

    from service.fair_report import COLUMNS, HEADERS_ZH
    from service.output import write_fairs

    result, graduates = _split(catalog, segmenter, 12, max_graduates=3)
    by_id = {g.id: g for g in graduates}
    book, table = tmp_path / "fairs.xlsx", tmp_path / "fairs.csv"
    rows = write_fairs(book, result, by_id)
    assert write_fairs(table, result, by_id) == rows + len(result.unplaced) + 1 + len(result.notes)  # + 说明 rows
    sheet = [list(r) for r in load_workbook(book, read_only=True)["招聘会"].iter_rows(values_only=True)]
    assert sheet[0] == list(HEADERS_ZH) and len(sheet) == 1 + rows
    assert not any(name in cell for row in sheet[1:] for cell in row if isinstance(cell, str) for name in COLUMNS[:4])
    kinds = Counter(row[HEADERS_ZH.index("类型")] for row in sheet[1:])
    assert kinds == {"岗位": 9, "毕业生": 9, "未受邀毕业生": 3, "未列入毕业生": 3}  # the same 3, invited nowhere
    text = table.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == ",".join(HEADERS_ZH) and "fair_title" not in text


def test_the_page_lists_the_graduates_its_note_says_were_not_invited(api):
    """The note said 「见「未受邀毕业生」」 and the page had no such list: only the file and the API did."""
    login(api, "organiser")
    params = {**SMALL, "max_graduates": 2}
    answer = api.get("/api/fairs", "organiser", params=params).json()
    assert answer["uninvited_graduates"]
    page = api.client.get("/fairs", params=params).text
    assert '（见「<a href="#uninvited">未受邀毕业生</a>」）' in page and '<h2 id="uninvited">未受邀毕业生</h2>' in page
    section = page.split('id="uninvited"')[1]
    for left in answer["uninvited_graduates"]:
        assert left["graduate_id"] in section and left["reason"] in section
    assert not any(value in page for value in SENSITIVE_VALUES)
    assert 'id="uninvited"' not in api.client.get("/fairs", params=SMALL).text  # none left out, no section
