"""Every exported workbook reads as opened (``service.xlsx_layout``): an organiser found the fairs
file's 理由 column 13 characters wide, unwrapped, holding 300-character reasons. Columns are now
as wide as their content (CJK counted double) up to 60, longer text wraps, the header row is
bold, frozen and filterable, and every cell value is what it was. The /fairs page links its
「见「未受邀毕业生」」 to the list of that name."""

from __future__ import annotations

import csv

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from service import output
from service.api.page_kit import see_uninvited
from service.fair_report import HEADERS_ZH
from service.xlsx_layout import MAX_WIDTH, display_width
from tests.test_api_fairs import SMALL, api  # noqa: F401  (api: the fixture)
from tests.test_api_pages import login
from tests.test_fair_invitations import _split
from tests.test_output import JOBS, RESULTS

LONG = "可报考本场岗位，但本场已满 3 人（见「未受邀毕业生」）；" * 12  # ~300 characters


def _values(path) -> dict[str, list[tuple]]:
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in load_workbook(path, read_only=True).worksheets}


def _column(sheet, header: str) -> str:
    return get_column_letter([c.value for c in sheet[1]].index(header) + 1)


def test_width_counts_cjk_characters_double_and_stops_at_the_cap():
    assert display_width("J001") == 4 and display_width("软件工程") == 8 and display_width("会计 A") == 6
    assert display_width(LONG) == MAX_WIDTH and display_width(None) == 0 and display_width(0.123456789012) == 11
    assert display_width("短\n较长的一行") == 10  # the longest line


def test_a_long_text_column_wraps_at_the_cap_and_a_code_column_fits(tmp_path):
    rows = [{"id": f"G{i}", "reasons": LONG if i == 1 else "符合", "n": i} for i in range(3)]
    output.write_table(tmp_path / "t.xlsx", rows, ("id", "reasons", "n"), ("毕业生编号", "理由", "排名"), sheet="表")
    assert _values(tmp_path / "t.xlsx")["表"] == [("毕业生编号", "理由", "排名"),
                                                  *((r["id"], r["reasons"], r["n"]) for r in rows)]
    sheet = load_workbook(tmp_path / "t.xlsx")["表"]
    assert sheet.column_dimensions["B"].width == MAX_WIDTH + 2
    assert sheet["B3"].alignment.wrap_text and not sheet["B2"].alignment.wrap_text  # only the long text wraps
    assert 10 <= sheet.column_dimensions["A"].width <= 14  # 毕业生编号: 10 wide, the ids shorter
    assert not sheet["A2"].alignment.wrap_text
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:C4"
    assert all(c.font.b for c in sheet[1]) and not sheet["A2"].font.b


def test_the_fairs_workbook_is_readable_and_holds_the_same_values(catalog, segmenter, tmp_path):
    result, graduates = _split(catalog, segmenter, 12, max_graduates=3)
    by_id = {g.id: g for g in graduates}
    book = tmp_path / "fairs.xlsx"
    output.write_fairs(book, result, by_id)
    output.write_fairs(tmp_path / "fairs.csv", result, by_id)
    workbook = load_workbook(book)
    fairs = workbook["招聘会"]
    reasons = _column(fairs, "理由")
    longest = max(display_width(c.value, cap=10_000) for c in fairs[reasons][1:])
    assert longest > MAX_WIDTH  # the fixture has reasons too long for one line
    assert fairs.column_dimensions[reasons].width == MAX_WIDTH + 2
    assert all(c.alignment.wrap_text for c in fairs[reasons][1:] if display_width(c.value, cap=10_000) > MAX_WIDTH)
    assert fairs.freeze_panes == "A2" and fairs.auto_filter.ref.startswith("A1:")
    assert [c.value for c in fairs[1]] == list(HEADERS_ZH) and fairs["A1"].font.b
    assert fairs.column_dimensions[_column(fairs, "场次")].width < 15
    unplaced = workbook["未列入岗位"]  # its first row is its header: set out as one
    if unplaced.max_row > 1:
        assert unplaced.freeze_panes == "A2" and unplaced["A1"].font.b
    notes = workbook["说明"]
    assert notes.freeze_panes is None and notes.column_dimensions["A"].width > 13
    # The same values as the CSV's rows (which go on with the 未列入岗位 and 说明 rows).
    table = _values(book)["招聘会"]
    with (tmp_path / "fairs.csv").open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))[:len(table)]
    assert [["" if v is None else str(output.csv_safe(v)) for v in row] for row in table] == written
    assert _values(book)["说明"] == [(row[HEADERS_ZH.index("理由")],) for row in written_notes(tmp_path / "fairs.csv")]


def written_notes(path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [row for row in csv.reader(f) if row[HEADERS_ZH.index("类型")] == "说明"]


def test_the_suggestions_workbook_is_readable(tmp_path):
    output.write_suggestions(tmp_path / "s.xlsx", RESULTS, JOBS)
    sheet = load_workbook(tmp_path / "s.xlsx")["推荐结果"]
    assert sheet.freeze_panes == "A2" and sheet["F1"].value == "理由" and sheet["F1"].font.b
    assert sheet["A2"].value == "=1+1" and sheet["A2"].data_type == "s"  # formula-like text stays text
    assert all(sheet.column_dimensions[get_column_letter(i)].width >= 6 for i in range(1, 11))


def test_see_uninvited_links_the_phrase_and_escapes_the_rest():
    text = "<b>1 位</b>已满（见「未受邀毕业生」）"
    assert str(see_uninvited(text)) == '&lt;b&gt;1 位&lt;/b&gt;已满（见「<a href="#uninvited">未受邀毕业生</a>」）'
    assert str(see_uninvited(text, False)) == "&lt;b&gt;1 位&lt;/b&gt;已满（见「未受邀毕业生」）"
    assert str(see_uninvited(None)) == ""


def test_the_fairs_page_links_its_pointer_to_the_uninvited_list(api):  # noqa: F811
    login(api, "organiser")
    page = api.client.get("/fairs", params={**SMALL, "max_graduates": 2}).text
    assert '<h2 id="uninvited">未受邀毕业生</h2>' in page
    assert '见「<a href="#uninvited">未受邀毕业生</a>」' in page
    assert "（见「未受邀毕业生」）" not in page  # every pointer is a link
