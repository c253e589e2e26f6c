"""Rows of an input table turned into records: what every importer of this project shares.

``import_records`` drives one file's rows through a ``build`` function (a job, a graduate,
a policy), collecting each bad row as an ``InputFileError`` that names file, row and
column, refusing an id differing from an earlier row's in letter case alone (``case_twin_message``)
and a repeated id whose record differs (one whose record is the same is read
once and noted: ``service.import_repeats``), and keeping where each record came from. ``SourceRow``
gives ``build`` the row's cells by field name. ``cell_text``/``exact_text``/``record_id``
read single cells. Job and graduate fields are in ``service.importers``; policies in
``service.policy_file``.
"""

from __future__ import annotations

import datetime as dt
import heapq
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Generic, TypeVar

from features.catalog import MajorCatalog
from features.records import RECORD_ID_PATTERN
from features.values import control_character
from service.duplicate_columns import differing_columns
from service.errors import InputFileError, too_large
from service.import_repeats import RepeatedRow, repeat_notes
from service.import_tables import RawFile, RawTable, cell_problem, non_object_problem
from service import record_sources
from service.record_sources import RecordSource, record_source

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ImportResult(Generic[T]):
    """Records read from one file, the rows skipped (each an ``InputFileError``), and
    what was not used: columns that feed no field, sheets without a recognisable header."""

    records: list[T]
    skipped: list[InputFileError]
    source: str
    ignored_columns: tuple[str, ...] = ()
    ignored_sheets: tuple[str, ...] = ()
    #: Where each record came from (file, sheet, row, headers), aligned with ``records``.
    sources: tuple[RecordSource, ...] = ()
    #: The fields each record's table has a column for, aligned with ``records``: an import
    #: updates a stored graduate in these alone (``service.import_merge``).
    columns: tuple[frozenset[str], ...] = ()
    #: Rows that repeat an earlier row's id with the same record, read once (not errors).
    repeated: tuple[RepeatedRow, ...] = ()

    def notes(self) -> list[str]:
        """Chinese notes on what was read once though written several times."""
        return repeat_notes(self.repeated)

    def summary(self, *, limit: int = 20) -> list[str]:
        """Chinese report lines: counts, then up to ``limit`` skipped rows."""
        lines = [f"{self.source}：读入 {len(self.records)} 条，跳过 {len(self.skipped)} 行"]
        if self.ignored_sheets:
            lines.append("未识别表头、已忽略的工作表：" + "、".join(self.ignored_sheets))
        lines.extend(f"  提示：{note}" for note in self.notes())
        lines.extend(f"  跳过：{error.describe()}" for error in self.skipped[:limit])
        if len(self.skipped) > limit:
            lines.append(f"  ……另有 {len(self.skipped) - limit} 行被跳过")
        return lines


# --- cells ----------------------------------------------------------------------------


def cell_text(value: object) -> str | None:
    """A cell as text; ``None`` when empty. Excel numbers lose a spurious ``.0``."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        parts = [t for t in (cell_text(v) for v in value) if t]
        return "、".join(parts) or None
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    text = str(value).strip()
    return text or None


#: Excel keeps 15 significant digits; a longer number typed into a number cell has lost its end.
_EXACT_DIGITS = 15


def exact_text(value: object) -> str | None:
    """Text of an identifier cell; refuses a number Excel has already rounded."""
    if isinstance(value, float) and abs(value) >= 10**_EXACT_DIGITS:
        raise ValueError("数字超过 15 位，Excel 已丢失末几位，请把该列设置为“文本”格式后重新填写")
    return cell_text(value)


#: An id is one segment of an API address (``features.records.RECORD_ID_PATTERN``); the length limit is
#: in ``features.records``' text limits.
_ADDRESSABLE_ID = re.compile(RECORD_ID_PATTERN)
#: Nor may it hold < > " ': a page, a link or a spreadsheet formula that shows the id would read them as
#: markup or quoting (an id 「XSS<1>"'」 was taken by the API).
_MARKUP_CHARACTERS = frozenset('<>"\'')


def id_problem(text: str) -> str | None:
    """What keeps ``text`` from being a record id, in Chinese; ``None`` when it may be one. The one rule of
    the importers (``record_id``) and the API (``service.api.schemas.common.RecordId``)."""
    if (found := control_character(text)) is not None:
        return f"编号不能含有不可见的控制字符（{found}）"
    if not _ADDRESSABLE_ID.match(text) or not _MARKUP_CHARACTERS.isdisjoint(text):
        return "编号不能含有空格、“/”、“?”、“#”、“<”、“>” 或引号"
    return None


def record_id(value: object) -> str | None:
    """Text of an id cell that the API can address; ``None`` when empty."""
    if isinstance(value, bool):  # a JSON true or an Excel TRUE, which would read as 是
        raise ValueError("编号应为文字或数字，不能是逻辑值（TRUE/FALSE）")
    text = exact_text(value)
    if text is not None and (problem := id_problem(text)) is not None:
        raise ValueError(problem)
    return text


class SourceRow:
    """One data row with access to its cells by field name; errors name row and column."""

    def __init__(self, file: str, table: RawTable, number: int, values: list[object], prefix: str):
        self.file, self.table, self.number, self.values, self.prefix = file, table, number, values, prefix
        self._cells: Mapping[str, str] | None = None

    def cells(self) -> Mapping[str, str]:
        """Every non-empty cell by its header (``service.record_sources.row_cells``), built on first use and kept:
        a job's post keys and update time (``service.importers``) and the row's ``RecordSource`` read the one map."""
        if self._cells is None:
            self._cells = record_sources.row_cells(self)
        return self._cells

    def error(self, message: str, column: str | None) -> InputFileError:
        return InputFileError(self.prefix + message, file=self.file, row=self.number, column=column)

    def check_cells(self, columns: Sequence[int]) -> None:
        """Refuse the row when a cell of ``columns`` holds what no field may store."""
        for index in columns:
            value = self.values[index] if index < len(self.values) else None
            problem = None if value is None else cell_problem(value)
            if problem is not None:
                raise self.error(problem, self.table.columns.headers[index])

    def cell(self, index: int) -> object:
        """The value of column ``index`` (stripped text, ``None`` when empty or absent)."""
        value = self.values[index] if index < len(self.values) else None
        return value.strip() or None if isinstance(value, str) else value

    def _source(self, name: str) -> int | None:
        """The column a single-valued field is read from in this row: the preferred
        column, or the next one when the preferred cell is empty."""
        columns = self.table.columns.candidates(name)
        for index in columns:
            if self.cell(index) is not None:
                return index
        return columns[0] if columns else None

    def header(self, name: str) -> str | None:
        index = self._source(name)
        return None if index is None else self.table.columns.headers[index]

    def has(self, name: str) -> bool:
        return self.table.columns.first(name) is not None

    def raw(self, name: str) -> object:
        index = self._source(name)
        return None if index is None else self.cell(index)

    def text(self, name: str) -> str | None:
        return cell_text(self.raw(name))

    def texts(self, name: str) -> list[str]:
        """Non-empty texts of every column feeding a multi-column field."""
        columns = self.table.columns.fields.get(name, [])
        return [t for t in (cell_text(self.cell(i)) for i in columns) if t]

    def parse(self, name: str, parser: Callable[[object], T]) -> T:
        try:
            return parser(self.raw(name))
        except ValueError as error:
            raise self.error(str(error), self.header(name)) from None

    def required(self, name: str, label: str, parser: Callable[[object], str | None] = exact_text) -> str:
        text = self.parse(name, parser)
        if text is None:
            raise self.error(f"{label}为空", self.header(name))
        return text



def import_records(
    raw: RawFile, build: Callable[[SourceRow, MajorCatalog | None], T], *, strict: bool, catalog: MajorCatalog | None, what: str,
    read_repeats_once: bool = True, updated_field: str | None = None,
) -> ImportResult[T]:
    """Every row of ``raw`` through ``build``. A row repeating an earlier row's id with the same
    record is read once (``ImportResult.repeated``), unless ``read_repeats_once`` is false: a
    file with no report to carry the note in (a policy list) refuses it as any repeated id.
    ``updated_field``: the record's field saying when its posting was last updated (a job's ``updated_on``), for
    the kinds that have one: a repeat differing in it alone is the same record, read once with the later day."""
    records: list[T] = []
    sources: list[RecordSource] = []
    columns: list[frozenset[str]] = []
    skipped: list[InputFileError] = []
    repeated: list[RepeatedRow] = []
    seen: dict[str, tuple[str | None, int, T, frozenset[str]]] = {}  # id → sheet, row, record, fields of its first row
    folded: dict[str, str] = {}  # id case-folded → the id as first written (G001 and g001 are one id)
    at: dict[str, int] = {}  # id → its record's index (its source's)
    first_sources: dict[str, RecordSource] = {}  # id → its first row's source, when a later row's replaced it
    ignored: list[str] = []
    for table in raw.tables:
        prefix = f"工作表「{table.sheet}」" if table.sheet else ""
        ignored.extend(h for h in table.columns.ignored if h and h not in ignored)
        used = table.columns.recognised()  # a bad cell elsewhere feeds nothing and harms nothing
        fed = frozenset(table.columns.fields)
        for number, values in table.rows:
            row = SourceRow(raw.source, table, number, values, prefix + "：" if prefix else "")
            try:
                problem = non_object_problem(values)
                if problem is not None:
                    raise row.error(problem, None)
                row.check_cells(used)
                record = build(row, catalog)
                key = str(record.id)
                if key in seen:
                    first_sheet, first_row, first, first_fed = seen[key]
                    if read_repeats_once and _same_post(record, first, updated_field) and fed == first_fed:
                        source = record_source(row)
                        # Against the first row, which the note on the repeat names (「同第 3 行」), though a later one's is kept.
                        differs = differing_columns(source.cells, first_sources.get(key, sources[at[key]]).cells)
                        repeated.append(RepeatedRow(raw.source, number, first_row, key, what, table.sheet, first_sheet,
                                                    tuple(differs)))
                        if (latest := _latest_update(first, record, updated_field)) is not first:  # a refresh
                            records[at[key]], seen[key] = latest, (first_sheet, first_row, latest, first_fed)
                            # The kept record is this row's, so findings cite this row (its update day among them).
                            first_sources.setdefault(key, sources[at[key]])
                            sources[at[key]] = source
                        continue
                    where = f"工作表「{first_sheet}」" if first_sheet else ""
                    raise row.error(f"{what}「{key}」与{where}第 {first_row} 行重复", row.header("id"))
                if (twin := folded.get(key.casefold())) is not None:
                    raise row.error(case_twin_message(what, key, twin, seen[twin][:2]), row.header("id"))
                seen[key], folded[key.casefold()], at[key] = (table.sheet, number, record, fed), key, len(records)
                records.append(record)
                sources.append(record_source(row))
                columns.append(fed)
            except InputFileError as error:
                if strict:
                    raise
                skipped.append(error)
    return ImportResult(records, skipped, raw.source, tuple(ignored), tuple(raw.ignored_sheets), tuple(sources),
                        tuple(columns), tuple(repeated))


def _same_post(record: T, first: T, updated_field: str | None) -> bool:
    """Two rows read to one record (nothing to choose between), but for unread columns or, of a kind stating one,
    the update time (``updated_field``: ``Job.updated_on``): a scraped list repeats a posting the board refreshed
    in between, one post, not a clash of ids (``_latest_update``)."""
    if record == first:
        return True
    return updated_field is not None and replace(record, **{updated_field: getattr(first, updated_field)}) == first


def _latest_update(first: T, repeat: T, updated_field: str | None) -> T:
    """Of two rows read as one post (``_same_post``), the one stating the later update day (``updated_field``),
    ``first`` on a tie, when ``repeat`` states none or the kind has no such field. Not simply the first row's day:
    a board's refresh scraped after the old copy would leave the post dated before the refresh, and 信息更新已久
    would ask about a post updated last week."""
    if updated_field is None:
        return first
    later, earlier = getattr(repeat, updated_field), getattr(first, updated_field)
    return repeat if later is not None and (earlier is None or later > earlier) else first


def record_error(result: ImportResult, index: int, message: str, *, field: str,
                 default: str | None = None) -> InputFileError:
    """An error about the record at ``index`` naming its sheet, row and the column read as ``field``
    (``default`` when the file has none): what a check over the whole file or the store refuses it with."""
    source = result.sources[index]
    return InputFileError(source.sheet_prefix() + message, file=result.source, row=source.row,
                          column=source.headers.get(field, default))


def without_records(result: ImportResult[T], refused: Mapping[int, InputFileError]) -> ImportResult[T]:
    """``result`` with the records at the indexes of ``refused`` moved to ``skipped``, merged with the
    rows skipped before by row (a report listing 第 41 行 before 第 38 行, or quoting rows 3–5 of a file
    whose rows 2–5 are bad, leaves the reader to sort): a check that needs the whole file, or the store.
    Each list keeps its own (file) order; rows are numbered per sheet, so in a workbook of several sheets
    the merge may set one sheet's refused row among another sheet's (each message names its sheet)."""
    if not refused:
        return result
    kept = [i for i in range(len(result.records)) if i not in refused]

    def pick(items: Sequence) -> tuple:
        return tuple(items[i] for i in kept)

    added = [refused[i] for i in sorted(refused)]  # the records' order: the file's
    skipped = list(heapq.merge(result.skipped, added, key=lambda error: error.row or 0))
    return replace(result, records=list(pick(result.records)), skipped=skipped,
                   sources=pick(result.sources), columns=pick(result.columns))


def case_twin_message(what: str, key: str, twin: str, where: tuple[str | None, int] | None = None) -> str:
    """Why ``key`` is refused when ``twin`` (an earlier row's at ``where``, else a stored record's)
    differs from it in letter case alone: a reader takes the two for one id, so neither a second
    record nor a silent merge into the first; the file is to write it one way."""
    if where is None:
        return f"{what}「{key}」与已保存的记录「{twin}」只有大小写不同：若是同一条记录，请写作「{twin}」"
    place = (f"工作表「{where[0]}」" if where[0] else "") + f"第 {where[1]} 行"
    return f"{what}「{key}」与{place}的「{twin}」只有大小写不同：编号不区分大小写，请统一写法"


def check_file_size(path: str | Path, *, max_bytes: int) -> None:
    """``InputFileError`` when the file is larger than ``max_bytes``: the caller's upload limit (the
    service's ``Settings.max_body_bytes``; a command's ``service.commands.options.upload_limit``), so a
    file the service refuses is refused here too, before it is read (one of 50 MB took 654 MB and 3.5
    minutes). Passed in, not read here: an app started with settings of its own keeps its limit."""
    try:
        too_big = Path(path).stat().st_size > max_bytes
    except OSError:
        return  # missing or unreadable: ``read_file_bytes`` says which
    if too_big:
        raise InputFileError(too_large(max_bytes, "文件") + "（与网页上传相同，可用环境变量 JOBMATCH_MAX_BODY_BYTES 调整），"
                             "请拆分后分批导入", file=str(path))


def read_file_bytes(path: str | Path, *, max_bytes: int) -> bytes:
    """The file's bytes; ``InputFileError`` in Chinese when it is missing, a folder, unreadable or
    larger than ``max_bytes`` (``check_file_size``)."""
    p = Path(path)
    if not p.exists():
        raise InputFileError("文件不存在", file=str(path))
    if p.is_dir():
        raise InputFileError("这是一个文件夹，不是文件", file=str(path))
    check_file_size(p, max_bytes=max_bytes)
    try:
        return p.read_bytes()
    except PermissionError:
        raise InputFileError("没有读取权限", file=str(path)) from None
    except OSError as error:
        raise InputFileError(f"无法读取文件（{error.strerror}）", file=str(path)) from error
