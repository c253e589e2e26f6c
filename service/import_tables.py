"""Read an uploaded or local table file into header-mapped raw rows.

Formats: CSV (UTF-8, UTF-8 with BOM, GB18030, UTF-16 with BOM; comma, tab or semicolon),
XLSX (every sheet; the header row is found among the first rows, since official tables put
one or two title rows above it) and JSON (a list of objects, ``{"jobs": [...]}`` /
``{"graduates": [...]}``, or JSON Lines). Merged Excel cells take their top-left value, so
a 招录机关 merged over several positions reaches each of them and a two-row header
(学历要求 over 学历/学位) is read at its lower row. A title row above the header that names a
table of posts (「河南省2026年度统一考试录用公务员职位表（省辖市以下）」, merged across the columns or
in one cell; ``features.announcements.table_title``) is kept as the table's ``title``: the
announcement of each post whose row names none. A file's or sheet's name is not read: it is
the user's choice (``henan_2026.xlsx``), not the publisher's. Cell values are returned as read;
turning them into records is ``service.importers``' job.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePath

from features.announcements import table_title
from features.values import control_character
from service.columns import ColumnMap, map_columns, normalise_header
from service.errors import InputFileError

#: Header rows are looked for among this many first rows of a sheet.
HEADER_SEARCH_ROWS = 10
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
SUPPORTED = "、".join(s.lstrip(".") for s in (*EXCEL_SUFFIXES, ".csv", ".json", ".jsonl"))


@dataclass(slots=True)
class RawTable:
    """One sheet (or the whole CSV/JSON file): its column map and numbered data rows.

    ``rows`` holds ``(row number as the user sees it, cell values)``; fully blank rows and
    the rows above the header are not in it. ``title`` is the title row above the header
    that names the table of posts (at row ``title_row``), when there is one.
    """

    sheet: str | None
    header_row: int | None
    columns: ColumnMap
    rows: list[tuple[int, list[object]]] = field(default_factory=list)
    title: str | None = None
    title_row: int | None = None


@dataclass(slots=True)
class RawFile:
    source: str
    tables: list[RawTable]
    ignored_sheets: list[str] = field(default_factory=list)


def read_table_file(data: bytes, filename: str, kind: str) -> RawFile:
    """Parse ``data`` (the bytes of ``filename``) into tables for ``kind`` (jobs|graduates)."""
    name = filename  # as the user gave it: a path on the command line, a name on upload
    suffix = PurePath(filename).suffix.lower()
    if not data or not data.strip():
        raise InputFileError("文件为空", file=name)
    if suffix in EXCEL_SUFFIXES:
        return _read_xlsx(data, name, kind)
    if suffix in CSV_SUFFIXES:
        return _read_csv(data, name, kind)
    if suffix in JSON_SUFFIXES:
        return _read_json(data, name, kind)
    if suffix == ".xls":
        raise InputFileError("不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入", file=name)
    raise InputFileError(f"不支持的文件类型「{suffix or '无扩展名'}」，请使用 {SUPPORTED}", file=name)


def _is_blank(values: list[object] | tuple[object, ...]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _locate_header(rows: list[tuple[int, list[object]]], kind: str) -> tuple[int, ColumnMap] | None:
    """The row among the first ones that names the most known columns (ties: the first)."""
    best: tuple[int, ColumnMap] | None = None
    for position, (_, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapped = map_columns(list(values), kind)
        if mapped.score() > (best[1].score() if best else (0, 0)):
            best = (position, mapped)
    return best


def _title_above(rows: list[tuple[int, list[object]]]) -> tuple[int, str] | None:
    """(row number, text) of the first row above a header that holds one text only (merged
    across the columns it reads the same in each) naming a table of posts."""
    for number, values in rows:
        texts = {v.strip() for v in values if isinstance(v, str) and v.strip()}
        others = [v for v in values if v is not None and not isinstance(v, str)]
        if len(texts) == 1 and not others and (title := table_title(texts.pop())) is not None:
            return number, title
    return None


def _repeats_header(values: list[object], columns: ColumnMap, expected: dict[int, str]) -> bool:
    """A second header row (under a merged two-row header, or repeated on every printed
    page) is not data. ``expected`` maps recognised columns to their normalised header."""
    same = 0
    for i, header in expected.items():
        value = values[i] if i < len(values) else None
        # Cheap test first: only short text cells can be a header.
        if isinstance(value, str) and len(value) <= 40 and normalise_header(value) == header:
            same += 1
    return same >= min(2, len(expected))


def _table_from_rows(
    rows: list[tuple[int, list[object]]], sheet: str | None, kind: str, *, min_score: int
) -> RawTable | None:
    """Find the header among ``rows`` and keep the non-blank rows below it."""
    located = _locate_header(rows, kind)
    if located is None or sum(located[1].score()) < min_score:
        return None
    position, columns = located
    expected = {i: normalise_header(columns.headers[i]) for i in columns.recognised()}
    data = [
        (number, values)
        for number, values in rows[position + 1 :]
        if not _is_blank(values) and not _repeats_header(values, columns, expected)
    ]
    title = _title_above(rows[:position])
    return RawTable(sheet=sheet, header_row=rows[position][0], columns=columns, rows=data,
                    title=title[1] if title else None, title_row=title[0] if title else None)


def _require_columns(table: RawTable, name: str, kind: str) -> None:
    missing = table.columns.missing(kind)
    if missing:
        spec = missing[0]
        where = f"工作表「{table.sheet}」" if table.sheet else ""
        examples = "、".join(spec.spellings[:6])
        raise InputFileError(
            f"{where}缺少必需的列「{spec.label}」（可用的列名如：{examples}）",
            file=name,
            row=table.header_row,
            column=spec.label,
        )


# --- XLSX -----------------------------------------------------------------------------


def _read_xlsx(data: bytes, name: str, kind: str) -> RawFile:
    import openpyxl  # imported here: only Excel imports pay for it

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputFileError("无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式", file=name)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for damaged archives
        raise InputFileError(f"无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式（{type(error).__name__}）", file=name) from error
    try:
        sheets: list[tuple[str, list[tuple[int, list[object]]]]] = []
        for sheet in workbook.worksheets:
            try:
                rows = [(number, list(values)) for number, values in _sheet_rows(sheet)]
                xml = _sheet_xml(workbook, sheet)
                _mark_uncomputed_formulas(rows, _uncomputed_formulas(xml))
                _fill_merged_cells(rows, _merged_ranges(xml))
            except Exception as error:
                raise InputFileError(f"工作表「{sheet.title}」已损坏，无法读取（{type(error).__name__}）", file=name) from error
            sheets.append((sheet.title, rows))
    finally:
        workbook.close()
    non_empty = [(title, rows) for title, rows in sheets if any(not _is_blank(v) for _, v in rows)]
    if not non_empty:
        raise InputFileError("Excel 文件中没有任何数据", file=name)

    def collect(min_score: int) -> RawFile:
        result = RawFile(source=name, tables=[])
        for title, rows in non_empty:
            table = _table_from_rows(rows, title if len(non_empty) > 1 else None, kind, min_score=min_score)
            if table is None:
                result.ignored_sheets.append(title)
            else:
                result.tables.append(table)
        return result

    # With several sheets, a lone word such as 备注 on an instructions sheet must not make it
    # a data sheet: ask for two recognised columns there, unless no sheet has two.
    result = collect(1 if len(non_empty) == 1 else 2)
    if not result.tables and len(non_empty) > 1:
        result = collect(1)
    if not result.tables:
        _require_columns(RawTable(None, None, map_columns([], kind)), name, kind)
    for table in result.tables:
        _require_columns(table, name, kind)
    return result


def _sheet_rows(sheet) -> Iterator[tuple[int, tuple[object, ...]]]:
    """Rows with their real sheet row numbers (read-only mode skips absent rows)."""
    # Some writers store a wrong sheet size (A1:A1); read to the real end instead.
    sheet.reset_dimensions()
    for row in sheet.iter_rows():
        number = next((getattr(c, "row", None) for c in row if getattr(c, "row", None)), None)
        if number is None:
            continue  # a row of empty cells
        yield number, tuple(c.value for c in row)


def _sheet_xml(workbook, sheet) -> bytes:
    """The sheet's own XML, for what read-only mode does not give (merges, formulas);
    empty for a workbook without that internal layout."""
    archive, path = getattr(workbook, "_archive", None), getattr(sheet, "_worksheet_path", None)
    if archive is None or path is None:
        return b""
    with archive.open(path) as source:
        return source.read()


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


def _merged_ranges(xml: bytes) -> list[tuple[int, int, int, int]]:
    """Merged ranges ``(min_col, min_row, max_col, max_row)`` of a sheet's XML.

    Read-only mode does not load merges, but official tables merge cells (one 招录机关
    over several positions, a header group over 学历/学位), so they are read from the
    sheet's XML directly.
    """
    from openpyxl.utils.cell import range_boundaries

    if b"mergeCell" not in xml:
        return []
    return [range_boundaries(ref.decode()) for ref in _MERGE_REF.findall(xml)]


_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _uncomputed_formulas(xml: bytes) -> set[tuple[int, int]]:
    """``(row, column)`` of the formula cells saved without a computed value.

    Excel saves each formula's last result, which ``data_only`` reading returns; openpyxl
    and some report generators write ``<c r="B2"><f>…</f><v/></c>`` with none, which would
    read as an empty cell. Excel's own empty-text result is typed ``t="str"`` and is a value.
    The sheet is parsed a second time only when it holds a formula at all.
    """
    if not _FORMULA_TAG.search(xml):
        return set()
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.xml.functions import iterparse  # the parser openpyxl reads the sheet with

    found: set[tuple[int, int]] = set()
    for _, element in iterparse(io.BytesIO(xml)):
        tag = element.tag.rpartition("}")[2]
        if tag == "row":
            element.clear()  # keeps memory flat on long sheets
        if tag != "c" or element.get("r") is None or element.get("t") == "str":
            continue
        children = {child.tag.rpartition("}")[2]: child for child in element}
        value = children.get("v")
        if "f" in children and (value is None or not value.text):
            found.add(coordinate_to_tuple(element.get("r")))
    return found


def _mark_uncomputed_formulas(rows: list[tuple[int, list[object]]], cells: set[tuple[int, int]]) -> None:
    """Replace the empty value read for each formula without a result by a ``BadCell``."""
    if not cells:
        return
    by_number = {number: values for number, values in rows}
    for number, column in cells:
        values = by_number.get(number)
        if values is not None and column <= len(values) and values[column - 1] is None:
            values[column - 1] = UNCOMPUTED_FORMULA


def _fill_merged_cells(rows: list[tuple[int, list[object]]], ranges: list[tuple[int, int, int, int]]) -> None:
    """Give every cell of a merged range the value of its top-left cell, as a reader sees it."""
    if not ranges:
        return
    by_number = {number: values for number, values in rows}
    for min_col, min_row, max_col, max_row in ranges:
        top = by_number.get(min_row)
        if top is None or len(top) < min_col or top[min_col - 1] is None:
            continue
        value = top[min_col - 1]
        for number in range(min_row, max_row + 1):
            values = by_number.get(number)
            if values is None:
                continue  # a row with nothing but the merged cell stays out
            if len(values) < max_col:
                values.extend([None] * (max_col - len(values)))
            for col in range(min_col - 1, max_col):
                if values[col] is None:
                    values[col] = value


# --- CSV ------------------------------------------------------------------------------


def decode_text(data: bytes, name: str) -> str:
    """UTF-16 (with BOM), UTF-8 (with or without BOM) or GB18030, in that order."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" in data:
        raise InputFileError("不是文本文件（含有二进制内容），无法按 CSV 读取", file=name)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputFileError("无法识别文件编码，请另存为 UTF-8 或 GB18030 编码的 CSV", file=name)


def _read_csv(data: bytes, name: str, kind: str) -> RawFile:
    text = decode_text(data, name)
    delimiter = _choose_delimiter(text, kind)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise InputFileError(f"CSV 格式错误：{error}", file=name) from error
    rows = [(number, list(values)) for number, values in enumerate(records, start=1)]
    table = _table_from_rows(rows, None, kind, min_score=1)
    if table is None:
        table = RawTable(None, 1, map_columns(rows[0][1] if rows else [], kind))
    _require_columns(table, name, kind)
    return RawFile(source=name, tables=[table])


def _choose_delimiter(text: str, kind: str) -> str:
    """The delimiter under which the first lines show the best header (ties: comma).

    Chosen by header recognition rather than ``csv.Sniffer``, which free-text cells full of
    semicolons and full stops can mislead."""
    head = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    best, best_score = ",", (0, 0)
    for delimiter in (",", "\t", ";", "|"):
        try:
            rows = [(i, list(r)) for i, r in enumerate(csv.reader(io.StringIO(head), delimiter=delimiter), 1)]
        except csv.Error:
            continue
        located = _locate_header(rows, kind)
        if located is not None and located[1].score() > best_score:
            best, best_score = delimiter, located[1].score()
    return best


# --- JSON -----------------------------------------------------------------------------


def _read_json(data: bytes, name: str, kind: str) -> RawFile:
    text = decode_text(data, name)
    records: list[tuple[int, object]]
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as whole_error:
        records = _json_lines(text, name, whole_error)
    except RecursionError:  # brackets nested deeper than the parser's stack
        raise InputFileError("JSON 格式错误：括号嵌套层数过深，无法解析", file=name) from None
    else:
        records = _json_records(parsed, name, kind)
    headers: list[str] = []
    for _, record in records:
        if isinstance(record, dict):
            headers.extend(k for k in record if k not in headers)
    table = RawTable(sheet=None, header_row=None, columns=map_columns(headers, kind))
    _require_columns(table, name, kind)
    for number, record in records:
        if isinstance(record, dict):
            values = [record.get(h) for h in headers]
            if any(isinstance(v, (list, dict)) for v in record.values()):
                values = [_json_cell(v) for v in values]
            table.rows.append((number, values))
        else:
            # Kept as a row so the importer reports it instead of dropping it.
            table.rows.append((number, [_NotAnObject(record)]))
    return RawFile(source=name, tables=[table])


@dataclass(frozen=True, slots=True)
class BadCell:
    """Stands for a cell whose value could not be read; the importer reports ``problem``
    with the cell's row and column when the column feeds a field."""

    problem: str


UNCOMPUTED_FORMULA = BadCell("该单元格是公式但没有计算结果，请在 Excel 中打开并保存后再导入")


def cell_problem(value: object) -> str | None:
    """Why a cell's value cannot be imported (a ``BadCell``, an invisible control
    character in its text or in a JSON list's items, as the API refuses), or ``None``."""
    if isinstance(value, str):
        found = control_character(value)
        return None if found is None else f"含有不可见的控制字符（{found}）"
    if isinstance(value, BadCell):
        return value.problem
    if isinstance(value, (list, tuple)):  # JSON lists: their depth is bounded by _read_json
        return next((p for p in map(cell_problem, value) if p is not None), None)
    return None


#: Deepest nesting of lists and objects that one JSON field may hold (a list of majors is 1).
MAX_JSON_DEPTH = 20


def _json_cell(value: object) -> object:
    """A JSON field's value, or a ``BadCell`` when it nests too deeply to be read safely."""
    if not isinstance(value, (list, dict)):
        return value
    stack = [(value, 1)]
    while stack:  # iterative: a nesting of any depth cannot overflow the stack here
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return BadCell(f"嵌套层数过深（一个字段最多 {MAX_JSON_DEPTH} 层）")
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, (list, dict)))
    return value


class _NotAnObject:
    """Marks a JSON record that is not an object; the importer reports it as a bad row."""

    def __init__(self, value: object):
        self.value = value


def non_object_problem(values: list[object]) -> str | None:
    """Why a JSON row is not a record, or ``None`` when it is an object."""
    if len(values) == 1 and isinstance(values[0], _NotAnObject):
        inner = values[0].value
        if isinstance(inner, _BadLine):
            return f"无法解析的 JSON（{inner.reason}）"
        return f"记录应为 JSON 对象，实际为 {type(inner).__name__}"
    return None


def _json_records(parsed: object, name: str, kind: str) -> list[tuple[int, object]]:
    if isinstance(parsed, dict):
        for key in (kind, "records", "data", "items"):
            if isinstance(parsed.get(key), list):
                parsed = parsed[key]
                break
        else:
            raise InputFileError(f"JSON 顶层应为对象列表，或含有「{kind}」列表的对象", file=name)
    if not isinstance(parsed, list):
        raise InputFileError("JSON 顶层应为对象列表", file=name)
    return [(number, record) for number, record in enumerate(parsed, start=1) if record is not None]


def _json_lines(text: str, name: str, whole_error: json.JSONDecodeError) -> list[tuple[int, object]]:
    """JSON Lines: one object a line, numbered by line. Decided by the first non-blank line."""
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    try:
        first = json.loads(lines[0][1]) if lines else None
    except (json.JSONDecodeError, RecursionError):
        first = None
    if not isinstance(first, dict) or len(lines) < 2:
        raise InputFileError(
            f"JSON 格式错误：第 {whole_error.lineno} 行第 {whole_error.colno} 列（{whole_error.msg}）", file=name
        ) from whole_error
    records: list[tuple[int, object]] = []
    for number, line in lines:
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            records.append((number, _BadLine(error.msg)))
        except RecursionError:
            records.append((number, _BadLine("括号嵌套层数过深")))
    return records


class _BadLine:
    """A JSON Lines line that does not parse; reported as a bad row, not dropped."""

    def __init__(self, reason: str):
        self.reason = reason

