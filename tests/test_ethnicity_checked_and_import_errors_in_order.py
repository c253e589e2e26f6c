"""民族 is one of the 56 groups (族 may be left off) or an entry a 户口 states outside them (其他/未识别民族,
穿青人, 外国血统中国籍人士): 「火星族」 is refused by the API (422 naming the field) and by the importers (the row
skipped, naming the column), never stored. And an import's skipped rows are reported in row order, with a
validator's sentence said after a colon."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from features.records import Graduate
from features.values import parse_ethnicity
from service.importers import read_graduates
from tests.test_api_fixtures import GRADUATES, JOBS, Api, start_api

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(first17: str) -> str:
    """``first17`` with its GB 11643 check digit."""
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


@pytest.mark.parametrize(("cell", "stored"), [
    ("维吾尔", "维吾尔族"), ("维吾尔族", "维吾尔族"), (" 汉 族", "汉族"), ("土", "土族"), ("穿青人", "穿青人"),
    ("其他", "其他"), ("未识别民族", "未识别民族"), ("外国血统中国籍人士", "外国血统中国籍人士"), ("未知", None), ("", None),
    ("维族", "维吾尔族"), ("哈族", "哈萨克族"), ("蒙族", "蒙古族")])
def test_the_56_groups_and_the_registers_other_entries_are_taken(cell, stored):
    assert parse_ethnicity(cell) == stored


@pytest.mark.parametrize("cell", ["火星族", "中国", "族", "汉人", "塔族"])
def test_anything_else_is_refused_naming_the_field(cell):
    with pytest.raises(ValueError, match=f"^民族「{cell}」不是 56 个民族之一"):
        parse_ethnicity(cell)


def test_the_api_refuses_an_unknown_ethnicity_and_a_stored_one_blocks_no_other_edit(tmp_path):
    stored_before = [Graduate(id="G1", name="阿依古丽", ethnicity="火星族", hardship=frozenset()), *GRADUATES[1:]]
    app, tokens = start_api(tmp_path, jobs=JOBS, graduates=stored_before)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        refused = api.patch("/api/graduates/G2", "officer", json={"ethnicity": "火星族"})
        assert refused.status_code == 422 and refused.json()["errors"][0]["loc"] == ["body", "ethnicity"]
        assert re.search("^字段「[^：]+[」）]：民族「火星族」不是 56 个民族之一", refused.json()["detail"])
        assert api.get("/api/graduates/G2", "officer").json()["ethnicity"] == "汉族"
        assert api.post("/api/graduates", "officer", json={"id": "N1", "ethnicity": "外星"}).status_code == 422
        made = api.post("/api/graduates", "officer", json={"id": "N2", "ethnicity": "外国血统中国籍人士"})
        assert made.status_code == 201 and made.json()["ethnicity"] == "外国血统中国籍人士"
        # A 民族 stored before the check is refused only when sent: the graduate's own edit goes through.
        own = api.patch("/api/graduates/G1", "g1", json={"intention": "想去克拉玛依做会计"})
        assert own.status_code == 200, own.text
        assert api.get("/api/graduates/G1", "officer").json()["ethnicity"] == "火星族"


def test_a_check_digit_error_is_said_after_a_colon(tmp_path):
    app, tokens = start_api(tmp_path)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        good = id_number("65010020030501002")
        wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
        refused = api.patch("/api/graduates/G2", "officer", json={"id_number": wrong})
        assert refused.status_code == 422
        assert re.search("^字段「[^：]+[」）]：身份证号校验位不正确", refused.json()["detail"])


def test_an_imported_row_with_an_unknown_ethnicity_is_skipped_naming_its_column(tmp_path):
    sheet = tmp_path / "graduates.csv"
    sheet.write_text("编号,姓名,民族\nG1,张三,火星族\nG2,李四,回\n", encoding="utf-8")
    result = read_graduates(sheet, strict=False, catalog=None)
    assert [g.id for g in result.records] == ["G2"] and result.records[0].ethnicity == "回族"
    [error] = result.skipped
    assert (error.row, error.column) == (2, "民族") and "民族「火星族」不是 56 个民族之一" in error.message


def test_rows_refused_by_a_whole_file_check_are_reported_in_row_order(tmp_path):
    """Row 3 repeats row 2's 身份证号 (refused once the whole file is read), row 4 is refused as read:
    the report lists 第 3 行 before 第 4 行."""
    number = id_number("65010020030501001")
    sheet = tmp_path / "graduates.csv"
    sheet.write_text(f"编号,姓名,性别,身份证号\nG1,张三,男,{number}\nG2,李四,男,{number}\nG3,王五,外星人,\n"
                     "G4,赵六,女,\n", encoding="utf-8")
    result = read_graduates(sheet, strict=False, catalog=None)
    assert [g.id for g in result.records] == ["G1", "G4"]
    assert [e.row for e in result.skipped] == [3, 4]


def test_every_row_refused_quotes_the_first_rows(tmp_path):
    """A file whose every row is bad, the first refused by the store's check (its 身份证号 is a stored
    graduate's): the answer quotes rows 2, 3 and 4, and says there are more, as ``skipped`` lists them."""
    app, tokens = start_api(tmp_path)
    stored = GRADUATES[0].id_number
    data = (f"编号,姓名,性别,身份证号\nN1,张三,男,{stored}\nN2,李四,外星人,\nN3,王五,月亮人,\nN4,赵六,火星人,\n"
            ).encode("utf-8")
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        answer = api.post("/api/graduates/import", "officer", files={"file": ("g.csv", data)})
        assert answer.status_code == 422, answer.text
        body = answer.json()
        assert [row["row"] for row in body["skipped"]] == [2, 3, 4, 5]
        detail = body["detail"]
        assert "全部 4 行有错误（第 2 行" in detail and detail.index("第 3 行") < detail.index("第 4 行")
        assert "第 5 行" not in detail and detail.endswith("等）")
