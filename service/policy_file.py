"""Read and check a bureau's policy list (政策清单): ``.xlsx`` or ``.csv`` (UTF-8, UTF-8 with BOM
or GB18030), the header row found under title rows, Chinese headers or English aliases
(``service.columns.POLICY_FIELDS``), through the same table reader and row driver as the job
and graduate importers.

Unlike those imports, a policy list is all or nothing: every bad row is collected (its first
bad cell, naming file, row and column in Chinese), and if there is any, ``PolicyFileError``
lists them and no policy is loaded (a service must not start with half of a bureau's list). Structured
condition cells are read by the parsers that will check them (the rules engine's age and
hukou rules, the education, hardship and graduation-window parsers), so a cell they could
not read is refused here rather than left for review on every graduate.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath

from features.education import parse_education_requirement
from features.place_keys import PLACE_ALIASES
from features.policies import Policy, parse_graduation_window, parse_hardship_requirement
from features.values import parse_deadline
from matching.rules import Kind, parse_cell
from matching.rules.conditions import Note, NoteCategory
from matching.scoring import specific_place_keys
from service.errors import InputFileError, JobmatchError
from service.import_tables import CSV_SUFFIXES, EXCEL_SUFFIXES, read_table_file
from service.import_rows import SourceRow, cell_text, import_records, read_file_bytes, record_id
from service.settings import DEFAULT_MAX_BODY_BYTES

SUFFIXES = (*EXCEL_SUFFIXES, *CSV_SUFFIXES)
#: Errors listed in the message of a refused file (all are in ``PolicyFileError.errors``).
SHOWN_ERRORS = 20


class PolicyFileError(JobmatchError):
    """A policy file that cannot be loaded: every bad row, each with file, row and column."""

    def __init__(self, source: str, errors: list[InputFileError]):
        self.source = source
        self.errors = errors
        lines = [f"政策文件 {source} 有 {len(errors)} 行有错误，未载入任何政策："]
        lines.extend(f"  - {e.describe()}" for e in errors[:SHOWN_ERRORS])
        if len(errors) > SHOWN_ERRORS:
            lines.append(f"  ……另有 {len(errors) - SHOWN_ERRORS} 行")
        super().__init__("\n".join(lines))


@dataclass(frozen=True, slots=True)
class PolicyList:
    """The policies of one file, in its order."""

    source: str
    policies: tuple[Policy, ...]


def read_policies(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BODY_BYTES) -> PolicyList:
    """The policy list of a file; ``InputFileError`` for an unreadable file, a missing column or a
    file over ``max_bytes`` (the caller's upload limit: the service's own settings, or the command
    line's; by default the settings' default), ``PolicyFileError`` for bad rows."""
    return read_policies_bytes(read_file_bytes(path, max_bytes=max_bytes), str(path))


def read_policies_bytes(data: bytes, filename: str) -> PolicyList:
    suffix = PurePath(filename).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputFileError(f"政策文件须为 .xlsx 或 .csv，收到「{suffix or '无扩展名'}」", file=filename)
    raw = read_table_file(data, filename, "policies")
    # A PolicyList carries no notes: a repeated row is refused rather than dropped unsaid.
    result = import_records(raw, _policy, strict=False, catalog=None, what="政策编号", read_repeats_once=False)
    if result.skipped:
        raise PolicyFileError(raw.source, list(result.skipped))
    if not result.records:
        raise InputFileError("文件中没有任何政策", file=raw.source)
    return PolicyList(source=raw.source, policies=tuple(result.records))


# --- one row ------------------------------------------------------------------------------


def _policy(row: SourceRow, catalog) -> Policy:
    policy_id = row.required("id", "政策编号", record_id)
    name = row.required("name", "政策名称", cell_text)
    try:
        return Policy(
            id=policy_id, name=name, category=row.text("category"), content=row.text("content"),
            audience=row.text("audience"), education=_education(row),
            graduation=row.parse("graduation", _text_then(parse_graduation_window)),
            age=_read_by_rules(row, "age", "年龄", Kind.AGE, "16-24周岁、35周岁以下、不限"),
            hardship=row.parse("hardship", _text_then(parse_hardship_requirement)),
            hukou=_read_by_rules(row, "hukou", "户籍", Kind.HUKOU, "新疆、乌鲁木齐市、某某县户籍、不限"),
            other=row.text("other"), how_to_apply=row.text("how_to_apply"), deadline=row.parse("deadline", _deadline),
            issuer=row.text("issuer"), basis=row.text("basis"),
        )
    except ValueError as error:
        raise row.error(str(error), None) from None


def _text_then(parser: Callable[[object], object]) -> Callable[[object], object]:
    return lambda value: parser(cell_text(value))


def _only(found, kind: Kind) -> bool:
    """Every condition the rules read in a cell is of ``kind`` or says 不限."""
    return all(c.kind is kind or (c.kind is Kind.NOTE and isinstance(c.payload, Note)
                                  and c.payload.category is NoteCategory.NO_REQUIREMENT) for c in found)


def _read_by_rules(row: SourceRow, field: str, column: str, kind: Kind, examples: str) -> str | None:
    """The cell as written, once the rules engine reads it wholly as a condition of ``kind``
    (or as 不限: then ``None``)."""
    text = row.text(field)
    if text is None:
        return None
    found = parse_cell(column, text)
    places = [place for c in found if c.kind is Kind.HUKOU for place in c.payload.places]
    if not _only(found, kind) or not all(_is_place(place, text) for place in places):
        raise row.error(f"无法识别的{column}条件「{text}」（可写如：{examples}）；其他要求请写在「其他条件」列", row.header(field))
    return text if any(c.kind is kind for c in found) else None


#: A place of no table, written with its suffix: a name of two characters or more (某某县,
#: 郑州市), a county of one (献县), or 本 + the suffix (本市); 「外省」「城镇」「社区」 are no place.
_SUFFIXED_PLACE = re.compile(r"^(?:本|[^本]{2,}?)(?:省|市|区|县|州|盟|旗|镇|乡|地区)$|^[^本外]县$")
#: Every place key the place tables know (provinces, Xinjiang to the county, regions).
_KNOWN_PLACE_KEYS = frozenset(key for keys in PLACE_ALIASES.values() for key in keys)


def _is_place(place: str, cell: str) -> bool:
    """A place the hukou rule can compare: one the place tables know (北京, 新疆或西藏, 伊犁州), one
    written with its suffix (某某县), one the cell calls a hukou (「南平户籍」「沁水籍」「怀柔生源」),
    or 本地. The hukou rule takes any words for a place, which in a table column is right, but
    a bureau's 「身体健康」 there is a misplaced condition."""
    if place in ("本地", "当地") or _SUFFIXED_PLACE.match(place):
        return True
    if re.search(re.escape(place) + r"(?:户籍|籍|生源|户口|常住户口)", cell):
        return True
    keys = specific_place_keys(place)
    return bool(keys) and keys <= _KNOWN_PLACE_KEYS


def _education(row: SourceRow):
    text = row.text("education")
    if text is None:
        return None
    requirement = parse_education_requirement(text)
    if not _only(parse_cell("学历", text), Kind.EDUCATION) or (requirement.minimum is None and not requirement.any_level):
        raise row.error(f"无法识别的学历条件「{text}」（可写如：大专及以上、本科及以上、仅限硕士、不限）；"
                        "「全日制」等其他要求请写在「其他条件」列", row.header("education"))
    return requirement


def _deadline(value: object) -> dt.date | None:
    """The last day to apply: a date, a month (its last day), or 长期 / empty (none)."""
    return parse_deadline(value)
