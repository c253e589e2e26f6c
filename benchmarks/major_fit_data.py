"""Read the shared position tables (``../shared/data``) into ``Job`` records for the
major-fit benchmarks and training. Benchmark/training helper only: the service never
needs these files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from features.records import EmployerType, Job

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _str(value) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text.lower() == "nan" else text


def gkld_jobs(data: Path = DEFAULT_DATA) -> Iterator[tuple[Job, str]]:
    """(job, region) for each gkld record; region = the 报考地区 string."""
    path = Path(data) / "positions" / "gkld_2021_2023.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            title = _str(row.get("position")) or _str(row.get("data:职位名称")) or "岗位"
            category = " ".join(x for x in (_str(row.get("data:考试类型")), _str(row.get("other:职位类别"))) if x)
            job = Job(
                id=f"gkld-{row['jobId']}",
                title=title,
                employer=" ".join(x for x in (_str(row.get("workCompany")), _str(row.get("data:上级单位"))) if x) or None,
                employer_type=EmployerType.PUBLIC_INSTITUTION,
                category=category or None,
                location=_str(row.get("data:报考地区")) or None,
                majors_text=_str(row.get("cond:专业要求")) or None,
                description=_str(row.get("data:职位介绍")),
            )
            yield job, _str(row.get("data:报考地区"))


def henan_jobs(data: Path = DEFAULT_DATA) -> Iterator[tuple[Job, str]]:
    import pandas as pd

    sheets = pd.read_excel(Path(data) / "positions" / "henan_2026.xlsx", sheet_name=None, header=2, dtype=str)
    n = 0
    for sheet, frame in sheets.items():
        for row in frame.to_dict("records"):
            n += 1
            title = _str(row.get("职位名称"))
            if not title:
                continue
            job = Job(
                id=f"henan-{_str(row.get('职位代码')) or n}",
                title=title,
                employer=_str(row.get("招录机关（单位）")) or None,
                employer_type=EmployerType.GOVERNMENT,
                category=f"公务员 {sheet}",
                location="河南省",
                majors_text=_str(row.get("专业")) or None,
                description="",
            )
            yield job, "河南省"


def all_jobs(data: Path = DEFAULT_DATA) -> list[tuple[Job, str]]:
    return [*henan_jobs(data), *gkld_jobs(data)]


def is_beijing(region: str) -> bool:
    return bool(re.match(r"北京", region))
