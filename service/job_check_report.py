"""The job-list check of a file, as people read it: each finding of ``matching.job_checks``
placed at its file, sheet, row and column (``ImportResult.sources``), the rows the importer
could not read added as errors, a summary per check, and the atomic CSV/XLSX/JSON file
(``service.output``'s writers) of ``jobmatch check-jobs --out``. A finding of one announcement
(a past season or a deadline gone by, one line for its thousands of rows) keeps its rows: the XLSX lists them on a
sheet of their own, the JSON under the finding; a CSV, one table, has the one line."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from features.records import Job
from matching.job_checks import Check, JobCheckReport, JobFinding, Severity
from service.columns import JOB_FIELDS
from service.duplicate_columns import pair_note, repeat_note
from service.errors import InputFileError
from service.import_repeats import RepeatedRow
from service.record_sources import RecordSource

#: Columns of the findings file (CSV and XLSX), as the officers' spreadsheets name them.
COLUMNS = ("行", "列", "岗位编号", "岗位名称", "用人单位", "级别", "检查项", "说明")
#: The XLSX sheet listing the rows each finding of one announcement covers.
COVERED_SHEET = "按公告汇总的岗位"
#: The importer fields a ``Job`` attribute is read from, preferred first.
_FIELD_SOURCES: Mapping[str, tuple[str, ...]] = {
    "majors_text": ("majors", "majors_bachelor", "majors_master", "majors_college"),
    "location": ("location", "district"),
    "season_year": ("season_year", "announcement"),  # a 年度 column, else the title naming the year
}
_LABELS = {spec.name: spec.label for spec in JOB_FIELDS} | {"majors_text": "专业", "conditions": "报考条件"}


@dataclass(frozen=True, slots=True)
class CoveredRow:
    """A row a finding of one announcement covers, where the file has it."""

    job_id: str
    title: str
    employer: str | None
    announcement: str | None
    season_year: int | None
    sheet: str | None
    row: int | None
    apply_by: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PlacedFinding:
    """A finding with the cell it is about (``row``/``column`` ``None`` when not known)."""

    check: Check
    message: str
    job_id: str | None = None
    title: str | None = None
    employer: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    jobs: int = 1
    covered: tuple[CoveredRow, ...] = ()

    @property
    def severity(self) -> Severity:
        return self.check.severity

    def where(self, file: str) -> str:
        parts = [f"文件 {file}"]
        if self.sheet:
            parts.append(f"工作表「{self.sheet}」")
        if self.row is not None:
            parts.append(f"第 {self.row} 行")
        if self.column:
            parts.append(f"列「{self.column}」")
        return "，".join(parts)


def _condition_key(finding: JobFinding, job: Job | None) -> str:
    """The ``RecordSource.headers`` key of the condition cell a finding is about: its name, or 「备注（2）」
    when a second column read under that name holds the finding's text (``value``)."""
    key = finding.key or ""
    cells = [text for name, text in (job.conditions if job else ()) if name == key]
    if len(cells) < 2 or not finding.value:
        return key
    wanted = re.sub(r"\s+", "", finding.value)
    texts = [re.sub(r"\s+", "", text) for text in cells]
    # The cell itself, else the cell holding the text quoted, else one the value joins with others
    # (two service terms); in that order, so 「男」 is not taken for 「男性（需要全年从事外业工作）」.
    for holds in (str.__eq__, lambda cell, value: value in cell, lambda cell, value: cell in value):
        for count, cell in enumerate(texts, start=1):
            if holds(cell, wanted):
                return key if count == 1 else f"{key}（{count}）"
    return key


def _column(finding: JobFinding, source: RecordSource | None, fallback: Mapping[str, str], job: Job | None = None) -> str:
    """The header the finding's field was read from, else the one other rows used, else its label."""
    if finding.field == "conditions" and finding.key:
        # A second column of the name, unknown to this row's source (not in its headers), falls back to the name.
        names = tuple(dict.fromkeys((_condition_key(finding, job), finding.key)))
    else:
        names = _FIELD_SOURCES.get(finding.field, (finding.field,))
    for headers in ((source.headers if source else {}), fallback):
        for name in names:
            if name in headers:
                return headers[name]
    label = finding.key or _LABELS.get(finding.field, finding.field)
    return f"{label}（表中无此列）"


def place_findings(report: JobCheckReport, jobs: Sequence[Job], sources: Sequence[RecordSource],
                   skipped: Sequence[InputFileError] = (), repeated: Sequence[RepeatedRow] = ()) -> list[PlacedFinding]:
    """Every finding at its row and column: the list-wide findings first, then the rows in
    file order: the rows the importer skipped (lost to graduates), the rows it read once
    as repeats of an earlier row (a 提示), each row's own findings."""
    by_id = {job.id: (job, source) for job, source in zip(jobs, sources, strict=True)}
    fallback: dict[str, str] = {}
    for source in sources:
        for name, header in source.headers.items():
            fallback.setdefault(name, header)
    placed = []
    for error in skipped:
        sheet, message = _sheet_of(error.message)
        placed.append(PlacedFinding(Check.ROW_UNREADABLE, f"此行未能读入：{message}", row=error.row, column=error.column,
                                    sheet=sheet))
    for repeat in repeated:
        job, source = by_id.get(repeat.record_id, (None, None))
        # job_id stays None: the summary counts this check's rows, and one id may repeat twice
        placed.append(PlacedFinding(Check.ROW_REPEATED, repeat.describe() + repeat_note(repeat.differs),
                                    title=job.title if job else None, employer=job.employer if job else None,
                                    sheet=repeat.sheet, row=repeat.row, column=source.headers.get("id") if source else None))
    for finding in report.findings:
        job, source = by_id.get(finding.job_id, (None, None)) if finding.job_id is not None else (None, None)
        placed.append(PlacedFinding(
            finding.check, _with_twin(finding, source, by_id), job_id=finding.job_id, title=job.title if job else None,
            employer=job.employer if job else None, sheet=source.sheet if source else None,
            row=source.row if source else None, column=_column(finding, source, fallback, job), jobs=finding.jobs,
            covered=tuple(_covered(by_id[job_id]) for job_id in finding.job_ids if job_id in by_id)))
    sheets = {name: order for order, name in enumerate(dict.fromkeys(source.sheet for source in sources))}
    # List-wide findings first, then the rows in file order (sheet by sheet), each row's own in check order.
    return sorted(placed, key=lambda f: (f.row is not None, sheets.get(f.sheet, len(sheets)), f.row or 0))


def _with_twin(finding: JobFinding, source: RecordSource | None, by_id: Mapping[str, tuple[Job, RecordSource]]) -> str:
    """A 疑似重复岗位's message, with the columns its row and its twin's (``value``) differ in when both rows'
    cells were read (a file's; the stored jobs keep none)."""
    twin = by_id.get(finding.value or "") if finding.check is Check.DUPLICATE else None
    if twin is None or source is None or not twin[1].cells or not source.cells:
        return finding.message
    return f"{finding.message}。{pair_note(source.cells, twin[1].cells, ids=(finding.job_id or '', twin[0].id))}"


def _covered(pair: tuple[Job, RecordSource]) -> CoveredRow:
    job, source = pair
    return CoveredRow(job.id, job.title, job.employer, job.announcement, job.season_year, source.sheet, source.row,
                      job.apply_by)


def _sheet_of(message: str) -> tuple[str | None, str]:
    """(sheet, rest) of an importer message 「工作表「省直机关」：…」: its error names the sheet only there."""
    m = re.match(r"工作表「([^」]*)」：", message)
    return (m.group(1), message[m.end():]) if m else (None, message)


#: The summary's column saying what a share is of (检查的岗位 or 全表的行).
SHARE_BASE = "占比的基数"


def summary_rows(placed: Sequence[PlacedFinding], total_rows: int) -> list[dict]:
    """Per check: severity, rows it fired on (a list-wide finding counts the rows it covers), share,
    and what the share is of (``SHARE_BASE``). A check of the posts counts each post once, so its share
    is of the posts checked, the rows read once, as its list-wide finding's 「2 / 2 个岗位」 and the web
    page's are: a row repeating another whole is no post of its own (Wuhan's 193 posts asking years of
    work were 23.7% of its 814 rows and 27.3% of its 706 posts on the page), nor is a row not read (4
    rows, 2 unreadable: 缺薪酬待遇 on both posts read was 「2 行（50.0%）」 beside 「2 / 2 个岗位」). 无法读入的行
    and 重复的行 are of the file's rows."""
    repeats = sum(f.jobs for f in placed if f.check is Check.ROW_REPEATED)
    unreadable = sum(f.jobs for f in placed if f.check is Check.ROW_UNREADABLE)
    posts = total_rows - repeats - unreadable
    listed: dict[Check, int] = {}
    own: dict[Check, set[str]] = {}
    for f in placed:
        if f.job_id is None:
            listed[f.check] = listed.get(f.check, 0) + f.jobs
        else:
            own.setdefault(f.check, set()).add(f.job_id)
    rows = []
    for check in Check:
        if check in listed or check in own:
            n = listed.get(check, 0) + len(own.get(check, ()))
            of_rows = check.file_only
            base = total_rows if of_rows else posts
            rows.append({"检查项": check.label, "代码": check.value, "级别": check.severity.value, "行数": n,
                         "占比": f"{n / base:.1%}" if base else "",
                         SHARE_BASE: f"全表 {total_rows:,} 行" if of_rows else f"检查的 {posts:,} 个岗位"})
    return rows


def finding_rows(placed: Sequence[PlacedFinding]) -> list[dict]:
    """One row per finding under ``COLUMNS`` (plus 工作表 first when the file has several)."""
    with_sheet = any(f.sheet for f in placed)
    rows = []
    for f in placed:
        row = {"工作表": f.sheet or ""} if with_sheet else {}
        row |= {"行": f.row if f.row is not None else "", "列": f.column or "", "岗位编号": f.job_id or "",
                "岗位名称": f.title or "", "用人单位": f.employer or "", "级别": f.severity.value,
                "检查项": f.check.label, "说明": f.message}
        rows.append(row)
    return rows


def covered_rows(placed: Sequence[PlacedFinding]) -> list[dict]:
    """The rows each finding of one announcement covers, one a row (工作表 first when a file has several;
    报名截止日期 after 年度 when a row covered states one: a deadline gone by is said once too)."""
    with_sheet = any(f.sheet or any(c.sheet for c in f.covered) for f in placed)
    with_deadline = any(c.apply_by for f in placed for c in f.covered)
    rows = []
    for f in placed:
        for c in f.covered:
            row = {"工作表": c.sheet or ""} if with_sheet else {}
            rows.append(row | {"行": c.row if c.row is not None else "", "岗位编号": c.job_id, "岗位名称": c.title,
                               "用人单位": c.employer or "", "招聘公告": c.announcement or "",
                               "年度": c.season_year if c.season_year is not None else ""}
                        | ({"报名截止日期": c.apply_by.isoformat() if c.apply_by else ""} if with_deadline else {})
                        | {"检查项": f.check.label})
    return rows


def write_job_checks(path: str | os.PathLike, placed: Sequence[PlacedFinding], summary: Sequence[dict], *,
                     file: str, jobs: int) -> int:
    """Write every finding to ``path`` (CSV/XLSX: one row each, XLSX with a sheet 汇总 and, when a
    finding covers one announcement's rows, a sheet listing them; JSON: the summary and the
    findings, each with the rows it covers); atomically and readable by its owner only, as every
    output of the command line. Returns the number of findings."""
    from service import output

    path = output.check_output_path(path)
    rows = finding_rows(placed)
    columns = (("工作表",) if rows and "工作表" in rows[0] else ()) + COLUMNS
    payload = {"file": file, "jobs": jobs, "summary": list(summary), "findings": [
        {"sheet": f.sheet, "row": f.row, "column": f.column, "job_id": f.job_id, "title": f.title,
         "employer": f.employer, "severity": f.severity.value, "check": f.check.value, "check_label": f.check.label,
         "message": f.message, "jobs": f.jobs}
        | ({"covered": [{"sheet": c.sheet, "row": c.row, "job_id": c.job_id} for c in f.covered]} if f.covered else {})
        for f in placed]}
    covered = covered_rows(placed)
    # Each sheet a table under its own header row, laid out as every workbook (bold, frozen, filterable):
    # 汇总 and the covered rows are tables too, not notes (before, their header was a plain first row).
    tables = [("检查结果", columns, [[row[c] for c in columns] for row in rows])]
    for title, table in (("汇总", summary), (COVERED_SHEET, covered)):
        if table or title == "汇总":
            keys = list(table[0]) if table else []
            tables.append((title, keys or None, [[row[key] for key in keys] for row in table]))
    write = {
        ".csv": lambda tmp: output.write_csv_table(tmp, rows, columns),
        ".xlsx": lambda tmp: output.write_xlsx_sheets(tmp, tables),
        ".json": lambda tmp: tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8"),
    }[path.suffix.lower()]
    output.write_atomically(path, write)
    return len(rows)


def street_note(jobs: Sequence[Job], sources: Sequence[RecordSource]) -> str | None:
    """The line ``jobmatch check-jobs`` prints when streets (街道区域) were added to 工作地点 for want of a
    district (``service.importers``): how many rows, an example, and that the district is still unsaid."""
    added = [(job, street) for job, source in zip(jobs, sources, strict=True)
             if (street := source.texts.get("street")) and job.location and job.location.endswith(" " + street)]
    if not added:
        return None
    job, street = added[0]
    header = next((s.headers["street"] for s in sources if s.headers.get("street")), "街道区域")
    return (f"（{len(added)} 行未写区县，已把「{header}」列的街道并入工作地点，如「{job.location}」；"
            f"街道属于哪个区本系统无法确定，请写明区县）")
