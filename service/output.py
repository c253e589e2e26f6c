"""Write ranked suggestions (and fair plans, ``write_fairs``) to CSV, XLSX or JSON, atomically.

One row per (graduate, job): suggested jobs with ``rank`` 1 = best and status
符合/待核实, then the best jobs the graduate may not apply for with status 不符合 and
an empty rank. The file appears only when complete (written to a temporary file in
the same folder, then renamed), so an interrupted run leaves nothing half-written.

The file is readable by its owner only (mode 0600, whatever the umask): a reason may rest
on a graduate's ethnicity or disability (「民族不符：…」), which only officers may read
(``features.records.SENSITIVE_GRADUATE_FIELDS``). Text that a spreadsheet would run as a
formula is written as text: a string cell in XLSX, a leading ``'`` in CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from features.records import Graduate, Job, shown_location
from matching.fairs import FairPlan
from matching.results import GraduateSuggestions
from service.errors import JobmatchError

#: ``major_note`` last: a graduate's, repeated on each of their rows as graduate_id is (a flat table).
COLUMNS = ("graduate_id", "job_id", "rank", "score", "status", "reasons", "job_title", "employer", "location",
           "major_note")
HEADERS_ZH = ("毕业生编号", "岗位编号", "排名", "得分", "状态", "理由", "职位名称", "用人单位", "工作地点", "专业说明")
SUFFIXES = (".csv", ".xlsx", ".json")


def suggestion_rows(results: Sequence[GraduateSuggestions], jobs: Mapping[str, Job]) -> list[dict]:
    rows = []
    for result in results:
        for s in result.suggestions:
            rows.append(_row(result, jobs[s.job_id], s.rank, s.score, s.status.label, s.reasons))
        for r in result.rejected:
            rows.append(_row(result, jobs[r.job_id], None, r.score, "不符合", r.reasons))
    return rows


def _row(result: GraduateSuggestions, job: Job, rank, score, status, reasons) -> dict:
    return {
        "graduate_id": result.graduate_id, "job_id": job.id, "rank": rank, "score": score, "status": status,
        "reasons": "；".join(reasons), "job_title": job.title, "employer": job.employer or "", "location": shown_location(job) or "",
        "major_note": result.major_note or "",
    }


def check_output_path(path: str | os.PathLike) -> Path:
    """``path`` when suggestions can be written there; checked before any work is done."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise JobmatchError(f"不支持的输出格式「{path.suffix or '无扩展名'}」：请使用 .csv、.xlsx 或 .json")
    if path.is_dir():
        raise JobmatchError(f"输出路径是一个文件夹，请写出文件名：{path}")
    if not path.parent.exists():
        raise JobmatchError(f"输出目录不存在：{path.parent}")
    if not path.parent.is_dir():
        raise JobmatchError(f"输出路径的上一级不是文件夹：{path.parent}")
    return path


def write_suggestions(path: str | os.PathLike, results: Sequence[GraduateSuggestions], jobs: Mapping[str, Job]) -> int:
    """Write the rows to ``path`` (format from its suffix); returns the number of rows."""
    path = check_output_path(path)
    rows = suggestion_rows(results, jobs)
    write = {".csv": lambda tmp: write_csv_table(tmp, rows, COLUMNS),
             ".xlsx": lambda tmp: write_xlsx_tables(tmp, {"推荐结果": rows}, COLUMNS, HEADERS_ZH),
             ".json": lambda tmp: _write_json(tmp, rows, results, jobs)}[path.suffix.lower()]
    write_atomically(path, write)
    return len(rows)


def write_fairs(path: str | os.PathLike, plan: FairPlan, graduates: Mapping[str, Graduate], *,
                contact_of: Callable[[str], str | None] = lambda job_id: None) -> int:
    """Write a fair plan to ``path``: CSV/XLSX (one header row, ``fair_report.HEADERS_ZH``) one
    row per position and per graduate of each fair, then one per graduate a theme had no room
    for (类型 未受邀毕业生), one per graduate no fair invites (未列入毕业生), one per position no fair
    holds with the reason (CSV: row type 未列入岗位; XLSX: sheet 未列入岗位), and the plan's summary
    and notes, what was merged, split, trimmed, moved or dropped (CSV: rows of type 说明 at the end,
    the text in 理由; XLSX: sheet 说明); JSON the nested plan the API answers. A fair's positions
    carry their employer's contact (column 联系方式, one per employer; JSON: ``employer_contacts``),
    ``contact_of`` giving a job id's ``Job.contact``. Returns the number of rows (fairs for JSON)."""
    from service import fair_report

    path = check_output_path(path)
    rows = (fair_report.plan_rows(plan, graduates) + fair_report.uninvited_rows(plan, graduates)
            + fair_report.absent_rows(plan, graduates))
    notes = [{"note": note} for note in (fair_report.summary(plan), *plan.notes)]
    if path.suffix.lower() == ".csv":
        rows += fair_report.unplaced_rows(plan) + fair_report.note_rows(plan)
    rows = fair_report.with_contacts(rows, contact_of)
    unplaced = fair_report.unplaced_sheet(plan)
    # Organisers open these in Excel or WPS to print invitation lists, the CSV too (the
    # download /fairs offers): one header row, in Chinese, in both. Programs read the JSON
    # (the API's plan), which keeps the identifiers.
    headers = fair_report.HEADERS_ZH
    table = [dict(zip(headers, (row.get(c, "") if c in fair_report.OPTIONAL else row[c] for c in fair_report.COLUMNS)))
             for row in rows]
    write = {
        ".csv": lambda tmp: write_csv_table(tmp, table, headers),
        ".xlsx": lambda tmp: write_xlsx_sheets(tmp, [
            ("招聘会", headers, [list(row.values()) for row in table]),
            # The sheet's first row is its header: written as one, bold, frozen and filterable.
            ("未列入岗位", list(unplaced[0].values()) if unplaced else None, [list(r.values()) for r in unplaced[1:]]),
            ("说明", None, [[n["note"]] for n in notes])]),
        ".json": lambda tmp: tmp.write_text(json.dumps(
            {**fair_report.plan_dict(plan, graduates), "employer_contacts": fair_report.employer_contacts(rows)},
            ensure_ascii=False, indent=1), encoding="utf-8"),
    }[path.suffix.lower()]
    write_atomically(path, write)
    return len(plan.fairs) if path.suffix.lower() == ".json" else len(rows)


def write_table(path: str | os.PathLike, rows: Sequence[dict], columns: Sequence[str], headers: Sequence[str], *,
                sheet: str) -> int:
    """Any table of ``rows`` (dicts keyed by ``columns``) to ``path``, as the writers above
    write theirs: atomically, mode 0600, formula-safe; CSV under ``columns``, XLSX in sheet
    ``sheet`` under their Chinese ``headers`` (one header row), JSON a list of the rows.
    Returns the number of rows."""
    path = check_output_path(path)
    write = {".csv": lambda tmp: write_csv_table(tmp, rows, columns),
             ".xlsx": lambda tmp: write_xlsx_tables(tmp, {sheet: rows}, columns, headers),
             ".json": lambda tmp: tmp.write_text(json.dumps(list(rows), ensure_ascii=False, indent=1,
                                                            default=_json_moment),
                                                 encoding="utf-8")}[path.suffix.lower()]
    write_atomically(path, write)
    return len(rows)


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """``write`` a temporary file beside ``path``, then rename it into place."""
    tmp: Path | None = None
    try:
        # mkstemp creates the file with mode 0600: kept on purpose (see the module docstring).
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        tmp = Path(name)
        write(tmp)
        os.replace(tmp, path)
    except BaseException as error:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise JobmatchError(f"无法写入输出文件 {path}（{error.strerror or error}）") from error
        raise


#: A leading character that makes a spreadsheet read a cell as a formula (CSV injection).
_FORMULA_START = ("=", "+", "@", "\t", "\r", "-")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$")


#: How an XLSX cell shows a date-time (``xlsx_value``): to the minute, as the pages show times.
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def as_text(value: object) -> object:
    """A date-time as CSV and JSON write it: ISO 8601 to the second, with its offset when it has one
    (「2026-12-07T15:23:22+08:00」); any other value unchanged. XLSX writes a date-time value
    instead (``xlsx_value``), which Excel sorts and filters as a time."""
    return value.isoformat(timespec="seconds") if isinstance(value, dt.datetime) else value


def _json_moment(value: object) -> str:
    """``json.dumps``'s fallback: a date-time as ``as_text`` writes it; nothing else is expected."""
    if isinstance(value, dt.datetime):
        return as_text(value)
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def csv_safe(value: object) -> object:
    """``value`` for a CSV cell: text that Excel would run as a formula gets a leading ``'``
    (OWASP's advice); numbers, and text such as ``-5`` that reads as one, are kept."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def write_csv_table(path: Path, rows: Sequence[dict], columns: Sequence[str]) -> None:
    """``rows`` under ``columns``, formula-safe (``csv_safe``); a building block for
    ``write_atomically``, as are ``write_xlsx_tables`` and ``xlsx_value``."""
    # utf-8-sig so that Excel on Chinese Windows opens it without mojibake
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows({k: ("" if v is None else csv_safe(as_text(v))) for k, v in row.items()} for row in rows)


def write_xlsx_tables(path: Path, sheets: Mapping[str, Sequence[dict]], columns: Sequence[str],
                      headers: Sequence[str]) -> None:
    """The first sheet: its rows' ``columns`` under one header row, their Chinese ``headers``;
    any further sheet (notes) the values of its rows, in their keys' order, with no header."""
    tables = []
    for number, (title, rows) in enumerate(sheets.items()):
        keys = list(columns) if number == 0 else list(rows[0]) if rows else []
        tables.append((title, headers if number == 0 else None, [[row[c] for c in keys] for row in rows]))
    write_xlsx_sheets(path, tables)


def write_xlsx_sheets(path: Path, tables: Sequence[tuple[str, Sequence[str] | None, Sequence[Sequence]]]) -> None:
    """One sheet per (title, header, rows): ``header`` its one header row (None: no header row),
    then the rows, formula-safe (``xlsx_value``). Every workbook the commands write goes
    through here. People open them in Excel or WPS to sort, filter and print, so a table has
    one header row, in Chinese: a second one (the English identifiers above the Chinese
    headers, as the first writer had, read by nothing but tests) sorts in among the data.
    Programs read the CSV or JSON (README, *Output files*, says which names each carries).
    Each sheet is laid out to be read as opened (``service.xlsx_layout``): columns as wide as
    their content up to 60, longer text wrapped, the header bold, frozen and filterable."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from service.xlsx_layout import apply_layout, sheet_layout, wraps

    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    workbook = Workbook(write_only=True)
    for title, header, rows in tables:
        sheet = workbook.create_sheet(title)
        layout = sheet_layout(header, rows)
        apply_layout(sheet, layout, header=header is not None, rows=len(rows))
        if header is not None:
            sheet.append([xlsx_value(sheet, value, font=bold) for value in header])
        for row in rows:
            sheet.append([xlsx_value(sheet, value, alignment=wrap if layout.wraps[i] and wraps(value) else None)
                          for i, value in enumerate(row)])
    workbook.save(path)


def xlsx_value(sheet, value: object, *, font=None, alignment=None) -> object:
    """``value`` for an XLSX cell: openpyxl stores a string starting with ``=`` as a formula,
    so such a string goes in a cell typed as text; with ``font`` or ``alignment`` a styled
    cell holding the same value. A date-time is written as Excel's date-time value, shown
    ``DATETIME_FORMAT``, in its own zone's wall-clock time: Excel has no time zones, so the
    offset is dropped and the header names the zone (「记录时间（北京时间）」). As text
    (「2026-12-07T15:23:22+08:00」) an officer could not sort or filter it by date."""
    formula_like = isinstance(value, str) and value.startswith("=")
    moment = isinstance(value, dt.datetime)
    if not (formula_like or moment or font or alignment):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value.replace(tzinfo=None) if moment else value)
    if formula_like:
        cell.data_type = "s"
    if moment:
        cell.number_format = DATETIME_FORMAT
    if font:
        cell.font = font
    if alignment:
        cell.alignment = alignment
    return cell


def _job_fields(job: Job) -> dict[str, str]:
    """The post as the CSV and XLSX name it: on the Henan table every title is 一级科员, so a JSON
    entry with the title alone did not say which post or where (2026-12-07 graduate review)."""
    return {"job_title": job.title, "employer": job.employer or "", "location": shown_location(job) or ""}


def _write_json(path: Path, rows, results, jobs) -> None:
    payload = [
        {
            "graduate_id": r.graduate_id,
            "major_note": r.major_note,
            "suggestions": [
                {"job_id": s.job_id, "rank": s.rank, "score": s.score, "status": s.status.value,
                 "reasons": list(s.reasons), **_job_fields(jobs[s.job_id])}
                for s in r.suggestions
            ],
            "not_eligible": [
                {"job_id": x.job_id, "score": x.score, "reasons": list(x.reasons), **_job_fields(jobs[x.job_id])}
                for x in r.rejected
            ],
        }
        for r in results
    ]
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
