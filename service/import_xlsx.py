"""XLSX files for ``service.import_tables``: every visible sheet (a hidden one, such as the lists a drop-down
offers, only when no visible sheet holds data), the header row found among the first rows,
merged cells given their top-left value (a 招录机关 merged over several positions reaches each; a
two-row header is read at its lower row), a formula saved without its computed value marked as a
``BadCell``. Split from ``service.import_tables``."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from service.columns import map_columns
from service.errors import InputFileError
from service.import_raw import UNCOMPUTED_FORMULA, RawFile, RawTable, is_blank, require_columns, table_from_rows


def read_xlsx(data: bytes, name: str, kind: str) -> RawFile:
    import openpyxl  # imported here: only Excel imports pay for it

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputFileError("无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式", file=name)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for damaged archives
        raise InputFileError(f"无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式（{type(error).__name__}）", file=name) from error
    try:
        sheets: list[tuple[str, list[tuple[int, list[object]]]]] = []
        hidden: set[str] = set()
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible":
                hidden.add(sheet.title)
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
    non_empty = [(title, rows) for title, rows in sheets if any(not is_blank(v) for _, v in rows)]
    if not non_empty:
        raise InputFileError("Excel 文件中没有任何数据", file=name)
    # A hidden sheet holds what the clerk does not see (the lists a 学历 drop-down offers): read
    # only the visible ones, unless no visible sheet holds data; the others are named as ignored.
    shown = [(title, rows) for title, rows in non_empty if title not in hidden]
    skipped_hidden = [f"{title}（隐藏）" for title, _ in non_empty if title in hidden] if shown else []
    non_empty = shown or non_empty

    def collect(min_score: int) -> RawFile:
        result = RawFile(source=name, tables=[], ignored_sheets=list(skipped_hidden))
        for title, rows in non_empty:
            table = table_from_rows(rows, title if len(non_empty) > 1 else None, kind, min_score=min_score)
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
        require_columns(RawTable(None, None, map_columns([], kind)), name, kind)
    for table in result.tables:
        require_columns(table, name, kind)
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
