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
from types import MappingProxyType

#: Fields whose cell text the record keeps only as a typed value; their text is kept here.
#: And the street (街道区域), which ``jobmatch check-jobs`` reports as added to 工作地点, and the 工作类型
#: (全职, 兼职/临时, 实习) job checks read (``matching.post_terms_checks``).
TYPED_FIELDS = ("salary", "headcount", "education", "degree", "street", "work_type")
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
    text of the ``TYPED_FIELDS`` that were not empty.
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
    return RecordSource(row.file, row.table.sheet, row.number, MappingProxyType(headers),
                        MappingProxyType(texts) if texts else _EMPTY, MappingProxyType(_cells(row)))


def _cells(row) -> dict[str, str]:
    """The row's non-empty cells by header; a header met again keyed 「备注（2）」 as ``headers`` keys conditions."""
    from service.import_rows import cell_text

    cells: dict[str, str] = {}
    seen: dict[str, int] = {}
    for index, header in enumerate(row.table.columns.headers):
        seen[header] = seen.get(header, 0) + 1
        text = cell_text(row.values[index]) if header and index < len(row.values) else None
        if text is not None:
            cells[header if seen[header] == 1 else f"{header}（{seen[header]}）"] = text
    return cells
