"""Rows that repeat an earlier row: read once, and said as a note rather than refused.

A scraped posting list (and many a merged export) repeats a row whole, differing at most
in a column the importer does not read (a 列表url, a crawl time) or in the update time it reads
(招聘信息更新时间: the board refreshed the post between two scrapes). Refusing the repeat as a
duplicate id made an officer see the table fail over rows that lose nothing when dropped;
``service.import_rows.import_records`` keeps the first (with the latest update day of the rows) and
records the others here. A repeated id whose record differs stays an error: which of the two is right
is the officer's call. The notes say which of the two kinds of difference there may be.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.record_sources import is_updated_header

#: Repeated rows a note quotes by number before it says 等.
QUOTED_REPEATS = 3


@dataclass(frozen=True, slots=True)
class RepeatedRow:
    """A row read as the same record as an earlier row with the same id, and not read again."""

    file: str
    row: int
    first_row: int
    record_id: str
    #: What the id is called in messages (岗位编号, 毕业生编号).
    what: str
    sheet: str | None = None
    first_sheet: str | None = None
    #: Headers of the (unread) columns whose cells differ from the earlier row's (a crawl time, a 列表url):
    #: ``check-jobs`` says where the two rows differ (``service.duplicate_columns``).
    differs: tuple[str, ...] = ()

    def where(self) -> str:
        return _where(self.sheet, self.row)

    def first(self) -> str:
        """The earlier row, its sheet named only when it is another sheet's."""
        return _where(self.first_sheet if self.first_sheet != self.sheet else None, self.first_row)

    def updated_header(self) -> str | None:
        """The update-time column (招聘信息更新时间) the two rows differ in, which the importer reads: the
        post keeps the later day."""
        return next((h for h in self.differs if is_updated_header(h)), None)

    def describe(self) -> str:
        """「第 12 行与第 5 行内容相同（岗位编号「J1」），只读入一次」; rows differing in the update time say so."""
        if (header := self.updated_header()) is not None:
            return (f"{self.where()}与{self.first()}除「{header}」外内容相同（{self.what}「{self.record_id}」），"
                    "只读入一次，更新时间取较晚的")
        return f"{self.where()}与{self.first()}内容相同（{self.what}「{self.record_id}」），只读入一次"


def _where(sheet: str | None, row: int) -> str:
    return f"工作表「{sheet}」第 {row} 行" if sheet else f"第 {row} 行"


def repeat_notes(repeated: Sequence[RepeatedRow], *, quoted: int = QUOTED_REPEATS) -> list[str]:
    """Chinese notes for the repeated rows of one file: each row while there are few,
    else one line with the count and the first ``quoted`` rows (a scraped list repeats
    a hundred rows; a hundred notes would bury the rest of the report)."""
    if len(repeated) <= quoted:
        return [r.describe() for r in repeated]
    shown = "、".join(f"{r.where()}（同{r.first()}）" for r in repeated[:quoted])
    # The update time is read (``Job.updated_on``) and may differ too: 「只有未读入的列可能不同」 was untrue then.
    updated = list(dict.fromkeys(h for r in repeated if (h := r.updated_header()) is not None))
    if updated:
        refreshed = sum(r.updated_header() is not None for r in repeated)
        return [f"{len(repeated)} 行与前面编号相同的行读入的内容相同（未读入的列可能不同；其中 {refreshed} 行的"
                f"「{'」「'.join(updated)}」不同，取最晚的），各只读入一次：{shown}等"]
    return [f"{len(repeated)} 行与前面编号相同的行内容完全相同（只有未读入的列可能不同），各只读入一次：{shown}等"]
