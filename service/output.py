"""Write ranked suggestions to CSV, XLSX or JSON, atomically.

One row per (graduate, job): suggested jobs with ``rank`` 1 = best and status
符合/待核实, then the best jobs the graduate may not apply for with status 不符合 and
an empty rank. The file appears only when complete (written to a temporary file in
the same folder, then renamed), so an interrupted run leaves nothing half-written.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from features.records import Job
from matching.results import GraduateSuggestions
from service.errors import JobmatchError

COLUMNS = ("graduate_id", "job_id", "rank", "score", "status", "reasons", "job_title", "employer", "location")
HEADERS_ZH = ("毕业生编号", "岗位编号", "排名", "得分", "状态", "理由", "职位名称", "用人单位", "工作地点")
SUFFIXES = (".csv", ".xlsx", ".json")


def suggestion_rows(results: Sequence[GraduateSuggestions], jobs: Mapping[str, Job]) -> list[dict]:
    rows = []
    for result in results:
        for s in result.suggestions:
            rows.append(_row(result.graduate_id, jobs[s.job_id], s.rank, s.score, s.status.label, s.reasons))
        for r in result.rejected:
            rows.append(_row(result.graduate_id, jobs[r.job_id], None, r.score, "不符合", r.reasons))
    return rows


def _row(graduate_id, job: Job, rank, score, status, reasons) -> dict:
    return {
        "graduate_id": graduate_id, "job_id": job.id, "rank": rank, "score": score, "status": status,
        "reasons": "；".join(reasons), "job_title": job.title, "employer": job.employer or "", "location": job.location or "",
    }


def write_suggestions(path: str | os.PathLike, results: Sequence[GraduateSuggestions], jobs: Mapping[str, Job]) -> int:
    """Write the rows to ``path`` (format from its suffix); returns the number of rows."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise JobmatchError(f"不支持的输出格式「{path.suffix or '无扩展名'}」：请使用 .csv、.xlsx 或 .json")
    if not path.parent.exists():
        raise JobmatchError(f"输出目录不存在：{path.parent}")
    rows = suggestion_rows(results, jobs)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        {".csv": _write_csv, ".xlsx": _write_xlsx, ".json": _write_json}[suffix](Path(tmp), rows, results, jobs)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(rows)


def _write_csv(path: Path, rows, results, jobs) -> None:
    # utf-8-sig so that Excel on Chinese Windows opens it without mojibake
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in rows)


def _write_xlsx(path: Path, rows, results, jobs) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("推荐结果")
    sheet.append(list(COLUMNS))
    sheet.append(list(HEADERS_ZH))
    for row in rows:
        sheet.append([row[c] for c in COLUMNS])
    workbook.save(path)


def _write_json(path: Path, rows, results, jobs) -> None:
    payload = [
        {
            "graduate_id": r.graduate_id,
            "suggestions": [
                {"job_id": s.job_id, "rank": s.rank, "score": s.score, "status": s.status.value,
                 "reasons": list(s.reasons), "job_title": jobs[s.job_id].title}
                for s in r.suggestions
            ],
            "not_eligible": [
                {"job_id": x.job_id, "score": x.score, "reasons": list(x.reasons), "job_title": jobs[x.job_id].title}
                for x in r.rejected
            ],
        }
        for r in results
    ]
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
