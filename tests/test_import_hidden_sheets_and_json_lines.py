"""Broken files a bureau produces (import review): a hidden sheet of drop-down lists in front of the
list, a truncated JSON Lines line reported in Chinese, an old .xls uploaded."""

from __future__ import annotations

import io

from openpyxl import Workbook

from service.importers import read_graduates_bytes
from tests.test_api_fixtures import api, assert_problem  # noqa: F401

HEADER = ["学号", "姓名", "专业", "学历", "学位", "毕业年份"]
ROWS = [["S1", "李明", "会计学", "本科", "学士", 2026], ["S2", "王芳", "统计学", "硕士研究生", "硕士", 2026]]


def _workbook(*, hidden_rows, hidden_state="hidden", data=True) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "名单"
    if data:
        for row in [HEADER, *ROWS]:
            sheet.append(row)
    lists = book.create_sheet("字典", 0)  # first, as the template makers put it
    for row in hidden_rows:
        lists.append(row)
    lists.sheet_state = hidden_state
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


DROP_DOWN_LISTS = [["学历", "学位", "政治面貌"], ["本科", "学士", "群众"], ["硕士研究生", "硕士", "共青团员"]]


def test_a_hidden_sheet_of_drop_down_lists_does_not_refuse_the_list():
    result = read_graduates_bytes(_workbook(hidden_rows=DROP_DOWN_LISTS), "名单.xlsx", strict=True)
    assert [g.id for g in result.records] == ["S1", "S2"]
    assert result.ignored_sheets == ("字典（隐藏）",)
    assert any("字典（隐藏）" in line for line in result.summary())


def test_a_very_hidden_sheet_is_not_read_either():
    data = _workbook(hidden_rows=[["编号", "学历"], ["X9", "本科"]], hidden_state="veryHidden")
    assert [g.id for g in read_graduates_bytes(data, "名单.xlsx").records] == ["S1", "S2"]


def test_a_hidden_sheet_is_read_when_no_visible_sheet_holds_data():
    data = _workbook(hidden_rows=[HEADER, *ROWS], data=False)
    assert [g.id for g in read_graduates_bytes(data, "名单.xlsx").records] == ["S1", "S2"]


LINES = ['{"学号": "S1", "姓名": "李明", "学历": "本科"}', '{"学号": "S2", "姓名": "王芳", "学历": "本科"}',
         '{"学号": "S3", "姓名": "张伟", "学历": "本科"}']


def test_a_truncated_jsonl_line_is_said_in_chinese_with_its_line():
    data = "\n".join([*LINES[:2], LINES[2][:20]]).encode()
    result = read_graduates_bytes(data, "名单.jsonl")
    assert [g.id for g in result.records] == ["S1", "S2"]
    (error,) = result.skipped
    assert error.row == 3
    assert "字符串没有结束引号（该行可能被截断）" in error.describe() and "Unterminated" not in error.describe()


def test_a_jsonl_file_whose_first_line_is_cut_short_keeps_the_other_lines():
    data = "\n".join([LINES[0][:25], *LINES[1:]]).encode()
    result = read_graduates_bytes(data, "名单.jsonl")
    assert [g.id for g in result.records] == ["S2", "S3"]
    assert [e.row for e in result.skipped] == [1]


def test_a_broken_json_document_names_line_and_column_in_chinese():
    import pytest

    from service.errors import InputFileError

    with pytest.raises(InputFileError) as caught:
        read_graduates_bytes(b'[{"\xe5\xad\xa6\xe5\x8f\xb7": "S1"},\n {"\xe5\xad\xa6\xe5\x8f\xb7" "S2"}]', "名单.json")
    message = caught.value.describe()
    assert "第 2 行" in message and "缺少冒号「:」" in message and "Expecting" not in message


def test_an_old_xls_upload_says_to_save_it_as_xlsx_and_stores_nothing(api):
    before = api.get("/api/graduates", "officer").json()["total"]
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    response = api.post("/api/graduates/import", "officer", files={"file": ("名单.xls", ole)})
    assert_problem(response, 415, "名单.xls", "另存为 .xlsx")
    assert api.get("/api/graduates", "officer").json()["total"] == before
