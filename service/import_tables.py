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

The formats are read by ``service.import_xlsx`` and ``service.import_json`` (CSV here), on the raw
tables of ``service.import_raw``; their names used elsewhere are re-exported here.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePath

from service.columns import map_columns
from service.errors import InputFileError
from service.import_json import MAX_JSON_DEPTH, non_object_problem, read_json
from service.import_raw import (
    CSV_SUFFIXES,
    EXCEL_SUFFIXES,
    HEADER_SEARCH_ROWS,
    JSON_SUFFIXES,
    SUPPORTED,
    UNCOMPUTED_FORMULA,
    BadCell,
    RawFile,
    RawTable,
    cell_problem,
    decode_text,
    locate_header,
    require_columns,
    table_from_rows,
)
from service.import_xlsx import read_xlsx


def read_table_file(data: bytes, filename: str, kind: str) -> RawFile:
    """Parse ``data`` (the bytes of ``filename``) into tables for ``kind`` (jobs|graduates)."""
    name = filename  # as the user gave it: a path on the command line, a name on upload
    suffix = PurePath(filename).suffix.lower()
    if not data or not data.strip():
        raise InputFileError("文件为空", file=name)
    if suffix in EXCEL_SUFFIXES:
        return read_xlsx(data, name, kind)
    if suffix in CSV_SUFFIXES:
        return _read_csv(data, name, kind)
    if suffix in JSON_SUFFIXES:
        return read_json(data, name, kind)
    if suffix == ".xls":
        raise InputFileError("不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入", file=name)
    raise InputFileError(f"不支持的文件类型「{suffix or '无扩展名'}」，请使用 {SUPPORTED}", file=name)


# --- CSV ------------------------------------------------------------------------------


def _read_csv(data: bytes, name: str, kind: str) -> RawFile:
    text = decode_text(data, name)
    delimiter = _choose_delimiter(text, kind)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise InputFileError(f"CSV 格式错误：{error}", file=name) from error
    rows = [(number, list(values)) for number, values in enumerate(records, start=1)]
    table = table_from_rows(rows, None, kind, min_score=1)
    if table is None:
        table = RawTable(None, 1, map_columns(rows[0][1] if rows else [], kind))
    require_columns(table, name, kind)
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
        located = locate_header(rows, kind)
        if located is not None and located[1].score() > best_score:
            best, best_score = delimiter, located[1].score()
    return best


__all__ = ["CSV_SUFFIXES", "EXCEL_SUFFIXES", "JSON_SUFFIXES", "MAX_JSON_DEPTH", "SUPPORTED", "UNCOMPUTED_FORMULA",
           "BadCell", "RawFile", "RawTable", "cell_problem", "decode_text", "non_object_problem", "read_table_file"]
