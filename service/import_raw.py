"""The raw tables the readers of ``service.import_tables`` return, and what the readers share:
finding the header row among the first rows (official tables put title rows above it), the title
row above it that names a table of posts, the columns a kind of file needs, a cell that could not be
read (``BadCell``), and decoding text. Split from ``service.import_tables`` (one module per format:
``service.import_xlsx``, ``service.import_json``; CSV stays there)."""

from __future__ import annotations

from dataclasses import dataclass, field

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


def is_blank(values: list[object] | tuple[object, ...]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def locate_header(rows: list[tuple[int, list[object]]], kind: str) -> tuple[int, ColumnMap] | None:
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


def table_from_rows(
    rows: list[tuple[int, list[object]]], sheet: str | None, kind: str, *, min_score: int
) -> RawTable | None:
    """Find the header among ``rows`` and keep the non-blank rows below it."""
    located = locate_header(rows, kind)
    if located is None or sum(located[1].score()) < min_score:
        return None
    position, columns = located
    expected = {i: normalise_header(columns.headers[i]) for i in columns.recognised()}
    data = [
        (number, values)
        for number, values in rows[position + 1 :]
        if not is_blank(values) and not _repeats_header(values, columns, expected)
    ]
    title = _title_above(rows[:position])
    return RawTable(sheet=sheet, header_row=rows[position][0], columns=columns, rows=data,
                    title=title[1] if title else None, title_row=title[0] if title else None)


def require_columns(table: RawTable, name: str, kind: str) -> None:
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
    if isinstance(value, (list, tuple)):  # JSON lists: their depth is bounded by service.import_json
        return next((p for p in map(cell_problem, value) if p is not None), None)
    return None


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
