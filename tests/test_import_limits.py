"""Importers refuse what the database or the API could not hold: over-long text, invisible
control characters, ids that cannot be part of an address, JSON nested too deeply, and
Excel formulas saved without a result. Each is a bad cell naming file, row and column."""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile

import openpyxl
import pytest
from pydantic import TypeAdapter, ValidationError

from features.records import GRADUATE_TEXT_LIMITS, JOB_TEXT_LIMITS, Graduate, Job
from service.errors import InputFileError
from service.import_tables import MAX_JSON_DEPTH
from service.importers import read_graduates_bytes, read_jobs, read_jobs_bytes

UNCOMPUTED = "该单元格是公式但没有计算结果，请在 Excel 中打开并保存后再导入"


def jobs_csv(*rows: list[str], header: tuple[str, ...] = ("岗位编号", "职位名称", "用人单位")) -> bytes:
    return "\n".join(",".join(row) for row in (header, *rows)).encode("utf-8")


def skipped(result) -> list[tuple[int | None, str | None, str]]:
    return [(e.row, e.column, e.message) for e in result.skipped]


# --- text longer than its database column ---------------------------------------------------


def test_the_limits_name_fields_of_the_records():
    assert set(JOB_TEXT_LIMITS) <= {f.name for f in dataclasses.fields(Job)}
    assert set(GRADUATE_TEXT_LIMITS) <= {f.name for f in dataclasses.fields(Graduate)}


def test_a_title_at_its_limit_is_read_and_one_character_more_is_a_bad_cell():
    limit = JOB_TEXT_LIMITS["title"]
    result = read_jobs_bytes(jobs_csv(["J1", "岗" * limit, "某单位"], ["J2", "岗" * (limit + 1), "某单位"]), "jobs.csv")
    assert [j.id for j in result.records] == ["J1"]
    assert skipped(result) == [(3, "职位名称", f"职位名称超过 {limit} 字")]


def test_an_over_long_employer_is_reported_with_its_column():
    result = read_jobs_bytes(jobs_csv(["J1", "会计", "单位" * 200], ["J2", "出纳", "财政局"]), "jobs.csv")
    assert [j.id for j in result.records] == ["J2"]
    assert skipped(result) == [(2, "用人单位", "用人单位超过 300 字")]


def test_an_over_long_id_is_a_bad_cell_and_strict_mode_stops_there():
    data = jobs_csv(["A" * 65, "会计", ""], ["J2", "出纳", ""])
    assert skipped(read_jobs_bytes(data, "jobs.csv")) == [(2, "岗位编号", "岗位编号超过 64 字")]
    with pytest.raises(InputFileError) as info:
        read_jobs_bytes(data, "jobs.csv", strict=True)
    assert (info.value.file, info.value.row, info.value.column) == ("jobs.csv", 2, "岗位编号")


def test_a_location_joined_from_city_and_district_must_fit_too():
    data = jobs_csv(["J1", "会计", "市" * 150, "区" * 60], header=("岗位编号", "职位名称", "工作地点", "行政区域"))
    assert skipped(read_jobs_bytes(data, "jobs.csv")) == [(2, "工作地点", "工作地点超过 200 字")]
    # Without a 工作地点 column the place comes from 行政区域, which the error then names.
    alone = jobs_csv(["J1", "会计", "区" * 201], header=("岗位编号", "职位名称", "行政区域"))
    assert skipped(read_jobs_bytes(alone, "jobs.csv")) == [(2, "行政区域", "工作地点超过 200 字")]


@pytest.mark.parametrize(
    ("column", "field", "label"),
    [("姓名", "name", "姓名"), ("学校", "school", "学校"), ("户籍", "hukou", "户籍"), ("政治面貌", "political_status", "政治面貌"),
     ("联系电话", "phone", "联系电话")],
)  # fmt: skip
def test_over_long_graduate_texts_are_bad_cells(column, field, label):
    limit = GRADUATE_TEXT_LIMITS[field]
    data = f"学号,{column}\nG1,{'1' * limit}\nG2,{'1' * (limit + 1)}\n".encode()
    result = read_graduates_bytes(data, "g.csv")
    assert [g.id for g in result.records] == ["G1"]
    assert skipped(result) == [(3, column, f"{label}超过 {limit} 字")]


# --- invisible control characters -----------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x0b", "\x1f", "\x7f"])
def test_a_control_character_in_any_used_cell_is_a_bad_cell(char):
    records = [
        {"id": "J1", "title": f"会计{char}"},
        {"id": "J2", "title": "出纳", "description": f"负责{char}出纳"},  # joined from several columns
        {"id": "J3", "title": "司机", "其他要求": f"驾照{char}"},  # kept as a condition
        {"id": "J4", "title": "文员", "majors": ["汉语言文学", f"秘书学{char}"]},  # a JSON list
        {"id": "J5", "title": "保安", "备用字段": f"x{char}"},  # feeds nothing: harmless
    ]
    result = read_jobs_bytes(json.dumps(records, ensure_ascii=False).encode(), "jobs.json")
    assert [j.id for j in result.records] == ["J5"]
    message = f"含有不可见的控制字符（\\x{ord(char):02x}）"
    assert skipped(result) == [(1, "title", message), (2, "description", message), (3, "其他要求", message), (4, "majors", message)]


def test_a_control_character_in_a_graduate_intention_is_a_bad_cell():
    data = json.dumps([{"编号": "G1", "就业意向": "希望\x00在乌鲁木齐"}, {"编号": "G2", "姓名": "张三"}], ensure_ascii=False)
    result = read_graduates_bytes(data.encode(), "g.json")
    assert [g.id for g in result.records] == ["G2"]
    assert skipped(result) == [(1, "就业意向", "含有不可见的控制字符（\\x00）")]


def test_tabs_and_line_breaks_are_ordinary_text():
    records = [{"id": "J1", "title": "会计", "description": "负责：\n1.\t预算\r\n2. 核算"}]
    result = read_jobs_bytes(json.dumps(records, ensure_ascii=False).encode(), "jobs.json")
    assert result.skipped == [] and result.records[0].description == "负责：\n1.\t预算\r\n2. 核算"


def test_a_nul_in_a_utf16_csv_is_a_bad_cell():
    data = "岗位编号,职位名称\nJ1,会\x00计\nJ2,出纳\n".encode("utf-16")
    result = read_jobs_bytes(data, "jobs.csv")
    assert [j.id for j in result.records] == ["J2"]
    assert skipped(result) == [(2, "职位名称", "含有不可见的控制字符（\\x00）")]


# --- ids the API can address -----------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["A/B", "C D", "a?b", "a#b", "甲\u3000乙", "a\tb"])
def test_an_id_that_cannot_be_part_of_an_address_is_a_bad_cell(bad):
    data = json.dumps([{"id": bad, "title": "会计"}, {"id": "J2", "title": "出纳"}], ensure_ascii=False)
    result = read_jobs_bytes(data.encode(), "jobs.json")
    assert [j.id for j in result.records] == ["J2"]
    assert skipped(result) == [(1, "id", "编号不能含有空格、“/”、“?”、“#”、“<”、“>” 或引号")]


@pytest.mark.parametrize("value", ["J-001", "2026;001", "甲乙", "A" * 64, "A" * 65, "A/B", "C D", "x?", "a#", "甲\u3000乙", True])
def test_the_importer_accepts_exactly_the_ids_the_api_accepts(value):
    from service.api.schemas import RecordId

    data = json.dumps([{"id": value, "title": "会计"}], ensure_ascii=False).encode()
    imported = [job.id for job in read_jobs_bytes(data, "jobs.json").records]
    try:
        api = [TypeAdapter(RecordId).validate_python(value)]
    except ValidationError:
        api = []
    assert imported == api


def test_a_reserved_job_id_is_refused_with_the_reason():
    result = read_jobs_bytes(jobs_csv(["search", "会计", ""], ["Search", "出纳", ""]), "jobs.csv")
    assert [j.id for j in result.records] == ["Search"]  # addresses are case-sensitive
    [(row, column, message)] = skipped(result)
    assert (row, column) == (2, "岗位编号") and "「search」是保留字" in message


def test_a_reserved_word_is_a_fine_graduate_id():
    assert [g.id for g in read_graduates_bytes(b"id\nsearch\n", "g.csv").records] == ["search"]


def test_a_boolean_id_is_a_bad_cell_in_json_and_xlsx():
    data = json.dumps([{"id": True, "title": "会计"}, {"id": "J2", "title": "出纳"}])
    result = read_jobs_bytes(data.encode(), "jobs.json")
    assert [j.id for j in result.records] == ["J2"]
    assert skipped(result) == [(1, "id", "编号应为文字或数字，不能是逻辑值（TRUE/FALSE）")]
    workbook = openpyxl.Workbook()
    for row in (["学号", "姓名"], [True, "张三"], ["G2", "李四"]):
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = read_graduates_bytes(buffer.getvalue(), "g.xlsx")
    assert [g.id for g in result.records] == ["G2"]
    assert skipped(result) == [(2, "学号", "编号应为文字或数字，不能是逻辑值（TRUE/FALSE）")]


# --- JSON nested too deeply ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["jobs.json", "jobs.jsonl"])
def test_a_document_nested_beyond_the_parser_is_a_json_error_naming_the_file(name):
    with pytest.raises(InputFileError) as info:
        read_jobs_bytes(b"[" * 100_000 + b"]" * 100_000, name)
    assert info.value.file == name and info.value.message == "JSON 格式错误：括号嵌套层数过深，无法解析"


def test_a_json_lines_line_nested_beyond_the_parser_is_a_bad_row():
    deep = b'{"id": "J2", "title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    data = b'{"id": "J1", "title": "a"}\n' + deep + b'\n{"id": "J3", "title": "c"}\n'
    result = read_jobs_bytes(data, "jobs.jsonl")
    assert [j.id for j in result.records] == ["J1", "J3"]
    assert skipped(result) == [(2, None, "无法解析的 JSON（括号嵌套层数过深）")]


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 500, 900])
def test_a_field_nested_too_deeply_is_a_bad_cell(depth):
    # Deep enough to parse, but its text would be built by recursion: refused before that.
    title = "[" * depth + '"x"' + "]" * depth
    data = f'[{{"id": "J1", "title": {title}}}, {{"id": "J2", "title": ["出纳"]}}]'.encode()
    result = read_jobs_bytes(data, "jobs.json")
    assert [(j.id, j.title) for j in result.records] == [("J2", "出纳")]
    assert skipped(result) == [(1, "title", f"嵌套层数过深（一个字段最多 {MAX_JSON_DEPTH} 层）")]


def test_a_field_at_the_depth_limit_is_read():
    title = "[" * MAX_JSON_DEPTH + '"会计"' + "]" * MAX_JSON_DEPTH
    result = read_jobs_bytes(f'[{{"id": "J1", "title": {title}}}]'.encode(), "jobs.json")
    assert result.skipped == [] and result.records[0].title == "会计"


# --- Excel formulas saved without a result ---------------------------------------------------------


def formula_workbook(tmp_path):
    """As openpyxl writes it: formulas with no cached result."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["岗位编号", "职位名称", "用人单位", "合计"], ['="J1"', "会计", "财政局"], ["J2", '=A3&"岗"', "财政局", "=1+1"],
                ["J3", "出纳", "财政局", "=1+1"]):  # fmt: skip
        sheet.append(row)
    path = tmp_path / "jobs.xlsx"
    workbook.save(path)
    return path


def test_a_formula_without_a_result_is_a_bad_cell_naming_row_and_column(tmp_path):
    result = read_jobs(formula_workbook(tmp_path))
    assert [j.id for j in result.records] == ["J3"]  # 合计 feeds no field: its formula harms nothing
    assert skipped(result) == [(2, "岗位编号", UNCOMPUTED), (3, "职位名称", UNCOMPUTED)]


def with_sheet_xml(path, change) -> bytes:
    """The workbook at ``path`` with its first sheet's XML passed through ``change``."""
    source, out = zipfile.ZipFile(path), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, change(data) if item.filename == "xl/worksheets/sheet1.xml" else data)
    return out.getvalue()


def test_formulas_that_excel_computed_are_read_as_their_results(tmp_path):
    # As Excel saves them: a text result typed t="str" (empty text too), a number in <v>.
    def computed(xml: bytes) -> bytes:
        xml = xml.replace(b'<c r="A2"><f>"J1"</f><v /></c>', b'<c r="A2" t="str"><f>"J1"</f><v>J1</v></c>')
        xml = xml.replace(b'<c r="B3"><f>A3&amp;"\xe5\xb2\x97"</f><v /></c>', b'<c r="B3" t="str"><f>A3</f><v></v></c>')
        return xml.replace(b"<f>1+1</f><v />", b"<f>1+1</f><v>2</v>")

    result = read_jobs_bytes(with_sheet_xml(formula_workbook(tmp_path), computed), "jobs.xlsx")
    assert [j.id for j in result.records] == ["J1", "J3"]
    assert skipped(result) == [(3, "职位名称", "职位名称为空")]  # an empty result is a value, not a formula
