"""Training data for the major-fit model: the shared position tables (``../shared/data``).

Reads the Henan 2026 table and the gkld records into ``Job`` records (the major column
kept in ``majors_text``), the civil-service major reference table into a name → class
map, and turns each parsed requirement into weak per-class labels. Used by
``jobmatch train`` and the benchmarks; a fresh install never needs these files.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from features.catalog import MajorCatalog, normalise_major_name
from features.major_codes import MajorCodeTables
from features.major_requirements import MajorRequirement, parse_major_requirement
from features.records import EmployerType, Job
from matching.major_fit import catalog_pseudo_jobs, weak_labels

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


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


def reference_name_map(data: Path, catalog: MajorCatalog) -> dict[str, set[str]]:
    """研究生/专科 major name → undergraduate class codes, from the reference table's rows."""
    import pandas as pd

    path = Path(data) / "catalogs" / "civil_service_major_reference.xlsx"
    frame = pd.read_excel(path, sheet_name="汇总", dtype=str)
    out: dict[str, set[str]] = {}
    for row in frame.to_dict("records"):
        klass = catalog.class_by_name(_str(row.get("学科类别")))
        if klass is None:
            continue
        for column in ("研究生专业", "专科专业"):
            for name in re.split(r"[，,、；;\s]+", _str(row.get(column))):
                if name:
                    out.setdefault(normalise_major_name(name), set()).add(klass.code)
    return out


@dataclass(frozen=True)
class LabelledJob:
    job: Job
    region: str
    requirement: MajorRequirement
    labels: dict[str, float]  # undergraduate class → positive weight


def labelled_jobs(data: Path, catalog: MajorCatalog, tables: MajorCodeTables,
                  names: dict[str, set[str]] | None = None) -> list[LabelledJob]:
    """Every position with its parsed requirement and weak class labels (may be empty)."""
    names = reference_name_map(data, catalog) if names is None else names
    out = []
    for job, region in all_jobs(data):
        requirement = parse_major_requirement(job.majors_text, catalog, tables=tables)
        labels = weak_labels(requirement, catalog, tables=tables, other_level_names=names)
        out.append(LabelledJob(job, region, requirement, labels))
    return out


def load_labelled(data: Path) -> tuple[MajorCatalog, dict[str, set[str]], list[LabelledJob]]:
    """The shipped catalog, the reference name map and every labelled position of ``data``."""
    from service.model_store import load_major_code_tables
    from service.resources import load_major_catalog

    catalog = load_major_catalog()
    names = reference_name_map(data, catalog)
    return catalog, names, labelled_jobs(data, catalog, load_major_code_tables(), names)


def training_examples(rows: list[LabelledJob], catalog: MajorCatalog, names: dict[str, set[str]]
                      ) -> tuple[list[Job], list[set[str]], list[dict[str, float]]]:
    """(jobs, label sets, weights) for ``MajorFitModel.fit``: labelled positions + catalog documents."""
    pairs = [(r.job, r.labels) for r in rows if r.labels] + catalog_pseudo_jobs(catalog, names)
    return [j for j, _ in pairs], [set(w) for _, w in pairs], [w for _, w in pairs]


def data_hash(data: Path) -> str:
    """SHA-256 over the files training reads, so that a model names the data it saw."""
    digest = hashlib.sha256()
    for rel in TRAINING_FILES:
        path = Path(data) / rel
        digest.update(rel.encode())
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


TRAINING_FILES = (
    "positions/henan_2026.xlsx",
    "positions/gkld_2021_2023.jsonl",
    "catalogs/civil_service_major_reference.xlsx",
)
