"""Where each imported record came from: file, sheet, row, and the header of each field.

The importer turns cells into typed values (a salary cell into a ``SalaryRange``, a
headcount cell into an int) and keeps no trace of the cell. A report about a record
(``jobmatch check-jobs``) must still send its reader to the cell, and say what the cell
held when the typed value lost it (「0千-0千元/月」 and 「面议」 both read as an unknown
pay). ``record_source`` records that for one row; ``service.importers`` calls it for every
record it keeps (``ImportResult.sources``, aligned with ``records``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

#: Fields whose cell text the record keeps only as a typed value; their text is kept here.
#: And the street (街道区域), which ``jobmatch check-jobs`` reports as added to 工作地点, and the 工作类型
#: (全职, 兼职/临时, 实习) job checks read (``matching.post_terms_checks``).
TYPED_FIELDS = ("salary", "headcount", "education", "degree", "street", "work_type")
#: Columns that tell one post of an exam table from another though the importer reads neither (职位代码 beside
#: the row's own id, the 内设机构 or 科室 a post is assigned to): kept in ``texts`` as ``position_code`` and
#: ``department`` (several such cells joined by 「；」), so a 疑似重复岗位 is never two posts the table numbers
#: or assigns apart (``matching.job_checks``). Normalised as ``service.columns`` compares headers.
POST_KEY_HEADERS = {
    # The English names are the job API's fields: a file in the API's shape (a saved list) reads back.
    "position_code": ("position_code", "职位代码", "岗位代码", "职位编码", "岗位编码", "职位编号", "岗位编号", "部门代码"),
    "department": ("department", "内设机构名称", "内设机构", "拟分配科室/部门", "科室", "部门", "用人部门", "工作部门", "所属部门",
                   "所属机构", "招聘科室", "需求部门", "部门(科室)", "系(专业)、教研室(部)、科室"),
}
#: When a job board last updated or published a posting (智联's 招聘信息更新时间): kept in ``texts`` as ``updated``
#: (the first such cell in this order: an update is later than the publishing), for the check of a post not
#: updated for long (``matching.closing_checks``), and by the job as its day (``Job.updated_on``, stored since
#: revision 0020), so ``/job-checks`` reports it too. ``updated_on`` is the job API's field: a file in the API's
#: shape (a saved list) reads back. Normalised as ``service.columns`` compares headers.
UPDATED_HEADERS = ("updated_on", "updated", "招聘信息更新时间", "信息更新时间", "更新时间", "更新日期", "最近更新", "刷新时间",
                   "招聘信息发布时间", "信息发布时间", "发布时间", "发布日期")
_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class RecordSource:
    """One record's origin.

    ``row`` is the row number as a spreadsheet shows it (for JSON: the record or line
    number); ``sheet`` is ``None`` for a one-sheet file. ``headers`` maps each importer field
    (``service.columns`` names: ``salary``, ``majors``, ``district`` …) and each condition name
    (``备注``, ``年龄要求`` …) to the header, as written, of the column it was read from in this
    row (the first non-empty one when several columns feed it; a condition name stated again in
    another column is keyed 「备注（2）」, in the order of ``Job.conditions``). ``texts`` holds the cell
    text of the ``TYPED_FIELDS`` that were not empty, the row's ``position_code`` and ``department``
    (``POST_KEY_HEADERS``) and ``updated`` (``UPDATED_HEADERS``) when it states them.
    """

    file: str
    sheet: str | None
    row: int
    headers: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    texts: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    #: Every non-empty cell of the row by its header, read or not (a header written twice: 「备注（2）」), so a
    #: report can say in which columns two posts read as one differ (``service.duplicate_columns``).
    cells: Mapping[str, str] = field(default_factory=lambda: _EMPTY)

    def sheet_prefix(self) -> str:
        """「工作表「省直机关」：」 before a message about this row of a workbook's sheet; empty for a one-sheet file."""
        return f"工作表「{self.sheet}」：" if self.sheet else ""

    def where(self) -> str:
        """「工作表「省直机关」第 12 行」 / 「第 12 行」."""
        sheet = f"工作表「{self.sheet}」" if self.sheet else ""
        return f"{sheet}第 {self.row} 行"


def record_source(row) -> RecordSource:
    """The origin of the record built from ``row`` (a ``service.import_rows.SourceRow``)."""
    from service.import_rows import cell_text

    columns = row.table.columns
    headers: dict[str, str] = {}
    for name in columns.fields:
        header = row.header(name)
        if header:
            headers[name] = header
    seen: dict[str, int] = {}
    for index, name in columns.conditions:
        value = row.values[index] if index < len(row.values) else None
        if cell_text(value) is not None:
            # A name stated again (gkld's cond:备注 and other:说明 are both 备注) is keyed 「备注（2）」, as
            # ``service.columns.condition_keys`` keys it: a finding about that cell names its own header.
            seen[name] = seen.get(name, 0) + 1
            headers[name if seen[name] == 1 else f"{name}（{seen[name]}）"] = columns.headers[index]
    if row.table.title is not None and row.text("announcement") is None:
        # The announcement came from the title row above the header: a report points there.
        headers["announcement"] = f"表格标题（第 {row.table.title_row} 行）"
    texts = {name: text for name in TYPED_FIELDS if name in columns.fields and (text := row.text(name)) is not None}
    cells = row.cells()
    texts.update(post_keys(cells, id_header=headers.get("id")))
    if (updated := updated_cell(cells)) is not None:  # a finding about it names the column it was read from
        headers["updated"], texts["updated"] = updated
    return RecordSource(row.file, row.table.sheet, row.number, MappingProxyType(headers),
                        MappingProxyType(texts) if texts else _EMPTY, MappingProxyType(cells))


def row_updated(row) -> str | None:
    """The text of ``row``'s update time (``updated_cell``), as its ``RecordSource`` keeps it in ``texts``."""
    found = updated_cell(row.cells())
    return found[1] if found else None


def is_updated_header(header: str) -> bool:
    """Whether a column of this header says when the posting was updated (``UPDATED_HEADERS``)."""
    return _normalised(header) in _updated_headers()


def row_post_keys(row) -> dict[str, str]:
    """``post_keys`` of ``row`` (a ``service.import_rows.SourceRow``): what its job keeps (``Job.position_code``,
    ``Job.department``), as its ``RecordSource`` keeps them in ``texts``."""
    return post_keys(row.cells(), id_header=row.header("id"))


def post_keys(cells: Mapping[str, str], *, id_header: str | None = None) -> dict[str, str]:
    """``position_code`` and ``department`` of a row's cells (``POST_KEY_HEADERS``), those it states; not the
    column the row's id was read from (a table numbering its rows by 岗位编号 has no other code: each id
    differs, and a twin under two ids is what the check is for)."""
    found: dict[str, list[str]] = {}
    for header, text in cells.items():
        if header != id_header and (name := post_key_name(header)) is not None:
            found.setdefault(name, []).append(text)
    return {name: "；".join(texts) for name, texts in found.items()}


def post_key_name(header: str) -> str | None:
    """``position_code`` or ``department`` when a column of this header is read into a job's
    (``POST_KEY_HEADERS``), else ``None``: such a column is read, though no ``service.columns`` field
    maps it, so a report of unread columns (``ImportResult.ignored_columns``) leaves it out. A trailing
    note is read past as ``service.columns`` reads field headers: 「内设机构(科室)」 is 内设机构."""
    from service.columns import without_note

    key, names = _normalised(header), _post_key_names()
    return names.get(key) or names.get(without_note(key))


def updated_cell(cells: Mapping[str, str]) -> tuple[str, str] | None:
    """(header as written, text) of the first ``UPDATED_HEADERS`` column a row states, else ``None``."""
    by_header = {_normalised(header): (header, text) for header, text in cells.items()}
    return next((by_header[h] for h in _updated_headers() if h in by_header), None)


@cache
def _updated_headers() -> tuple[str, ...]:
    return tuple(_normalised(h) for h in UPDATED_HEADERS)


@cache
def _post_key_names() -> dict[str, str]:
    return {_normalised(h): name for name, headers in POST_KEY_HEADERS.items() for h in headers}


def _normalised(header: str) -> str:
    from service.columns import normalise_header

    return normalise_header(header)


def row_cells(row) -> dict[str, str]:
    """The row's non-empty cells by header; a header met again keyed 「备注（2）」 as ``headers`` keys conditions.
    Built once a row (``SourceRow.cells``): its job's post keys and update time and its ``RecordSource`` share it."""
    from service.import_rows import cell_text

    cells: dict[str, str] = {}
    seen: dict[str, int] = {}
    for index, header in enumerate(row.table.columns.headers):
        seen[header] = seen.get(header, 0) + 1
        text = cell_text(row.values[index]) if header and index < len(row.values) else None
        if text is not None:
            cells[header if seen[header] == 1 else f"{header}（{seen[header]}）"] = text
    return cells
