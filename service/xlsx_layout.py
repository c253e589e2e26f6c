"""How an exported workbook's sheet looks when opened: column widths from the content, long
text wrapped, the header row bold, frozen and filterable. Values are left alone:
``service.output.write_xlsx_sheets`` (every workbook the commands and pages write) lays out
each sheet here before it appends the rows.

An organiser opened the fairs file and found 理由 13 characters wide, unwrapped, holding
300-character reasons: every column had Excel's default width. Widths are counted in
Excel's units, one per Latin character and two per CJK (East Asian wide or full-width)
character, as Excel and WPS draw them in the default fonts.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

#: The widest a column gets; longer text wraps within it (about 30 Chinese characters,
#: so a printed A4 landscape page still holds the short columns beside it).
MAX_WIDTH = 60
#: The narrowest: a one-character code column still shows its filter button beside the header.
MIN_WIDTH = 6
#: Excel's default cell padding and the filter button's room.
PADDING = 2
#: Excel's General format shows a number in at most 11 characters (0.123456789 → 0.123456789).
_NUMBER_WIDTH = 11


@dataclass(frozen=True)
class SheetLayout:
    """The widths (Excel units, one per column) and which columns wrap (their text is wider
    than ``MAX_WIDTH``)."""

    widths: tuple[float, ...]
    wraps: tuple[bool, ...]


def text_width(text: str) -> int:
    """Columns ``text`` takes in a terminal or a spreadsheet: 2 per CJK (East Asian wide or
    full-width) character, 1 per other (also the terminal tables of ``service.profile_text``)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def display_width(value: object, *, cap: int = MAX_WIDTH) -> int:
    """The width ``value`` needs, at most ``cap``: two per CJK character, one otherwise; the
    longest line of a text with line breaks."""
    if value is None:
        return 0
    if isinstance(value, bool):
        return 5
    if isinstance(value, (int, float)):
        return min(len(str(value)), _NUMBER_WIDTH)
    if isinstance(value, dt.datetime):  # shown as output.DATETIME_FORMAT: 2026-12-07 15:23
        return 16
    text = str(value)
    if len(text) >= cap and "\n" not in text:  # every character is at least 1 wide: capped anyway
        return cap
    if text.isascii():
        return min(max(map(len, text.split("\n"))), cap)
    return min(max(map(text_width, text.split("\n"))), cap)


def wraps(value: object) -> bool:
    """Whether ``value`` is wider than ``MAX_WIDTH``: only such a cell gets the wrapping style
    (a styled cell costs an object; most 理由 of suggestions fit on one line)."""
    return isinstance(value, str) and display_width(value, cap=MAX_WIDTH + 1) > MAX_WIDTH


def sheet_layout(header: Sequence | None, rows: Sequence[Sequence]) -> SheetLayout:
    """Each column's width from its widest cell (header included), between ``MIN_WIDTH`` and
    ``MAX_WIDTH`` plus padding; a column wraps when a cell would pass ``MAX_WIDTH``."""
    count = max([len(header or ())] + [len(row) for row in rows])
    # One more than the cap marks "wider than the cap" without measuring the whole text.
    widest = [0] * count
    for row in ([header] if header is not None else []) + list(rows):
        for i, value in enumerate(row):
            if widest[i] <= MAX_WIDTH:
                widest[i] = max(widest[i], display_width(value, cap=MAX_WIDTH + 1))
    wraps = tuple(w > MAX_WIDTH for w in widest)
    widths = tuple(float(min(max(w, MIN_WIDTH), MAX_WIDTH) + PADDING) for w in widest)
    return SheetLayout(widths=widths, wraps=wraps)


def apply_layout(sheet, layout: SheetLayout, *, header: bool, rows: int) -> None:
    """Set ``layout``'s widths on a write-only ``sheet`` (before any row is appended), and, when
    it has a header row, freeze the panes below it and put the filter buttons on it."""
    from openpyxl.utils import get_column_letter  # here: the terminal's text_width needs no openpyxl

    for i, width in enumerate(layout.widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    if header and layout.widths:
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(layout.widths))}{rows + 1}"
