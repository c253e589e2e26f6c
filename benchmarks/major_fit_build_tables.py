"""Build the code tables of ``features/data`` that the official catalogs we hold lack.

Position tables often print a major's name next to its code in a stated catalog edition
(``临床医学100301（98版）100201K（12版）``, ``内科学（100201）`` under 研究生,
``学前教育（C040102）``). Collecting these (name, code) pairs over every table and keeping
each code's majority name rebuilds the parts of the official catalogs we need: the 研究生
second-level list, the 1998 → 2012 undergraduate code map, 专科 names. Only codes and names
are written (no rows). Run: ``.venv/bin/python benchmarks/major_fit_build_tables.py``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from service.training_data import DEFAULT_DATA, all_jobs
from features.major_items import clean_major_name, level_items
from features.major_requirements import _LETTER_LEVEL, StudyLevel, _segments
from service.resources import load_major_catalog

OUT = Path(__file__).resolve().parents[1] / "features" / "data"


def collect(texts):
    """(level, name, digits, version) for every coded item."""
    for text in texts:
        norm = text.translate(__import__("features.major_requirements", fromlist=["_HALF"])._HALF)
        for level, start, end, skip in _segments(norm):
            if skip:
                continue
            for item in level_items(norm, start, end):
                if isinstance(item, str) or not item.name:
                    continue
                name = clean_major_name(item.name)
                for raw, letter, version, _ in item.codes:
                    lvl = _LETTER_LEVEL.get(letter) if letter else level
                    yield lvl, name, re.match(r"\d+", raw).group(), version, item


def majority(pairs, min_count=2, share=0.6):
    out = {}
    for key, counter in pairs.items():
        (best, n), total = counter.most_common(1)[0], sum(counter.values())
        if n >= min_count and n / total >= share:
            out[key] = best
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    catalog = load_major_catalog()
    texts = [job.majors_text for job, _ in all_jobs(args.data) if job.majors_text]
    grad, junior, old98, renamed = defaultdict(Counter), defaultdict(Counter), defaultdict(Counter), defaultdict(Counter)
    for lvl, name, digits, version, item in collect(texts):
        if lvl is StudyLevel.GRADUATE and len(digits) == 6 and "01" <= digits[:2] <= "14":
            grad[digits][name] += 1
        elif lvl is StudyLevel.JUNIOR_COLLEGE and len(digits) == 6:
            junior[digits][name] += 1
        elif version == "98" and len(digits) == 6:
            newer = [re.match(r"\d+", c[0]).group() for c in item.codes if c[2] == "12"]
            for code in newer:
                if catalog.major(code):
                    old98[digits][code] += 1
        elif lvl is StudyLevel.UNDERGRADUATE and len(digits) == 6 and version in (None, "12"):
            major = catalog.major(digits)
            if major and name != major.name and len(name) >= 2:
                renamed[name][digits] += 1
    # Renames between the 2024 list (rrkia/guokao_major_helper) and the 2026 catalog.
    old_names: dict[str, str] = {}
    with (args.data / "catalogs" / "undergrad_majors_2024.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["代码"][:6]
            if len(code) == 6 and not catalog.major(code) or (catalog.major(code) and catalog.major(code).name != row["专业"]):
                target = catalog.major_by_name(row["专业"])
                if target:
                    old_names[row["专业"]] = target.code
    old_codes = majority(old98)
    with (args.data / "catalogs" / "undergrad_majors_2024.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["代码"][:6]
            target = catalog.major_by_name(row["专业"])
            if len(row["代码"]) >= 6 and target and target.code != code and not catalog.major(code):
                old_codes.setdefault(code, target.code)
    for name, code in majority(renamed, min_count=3, share=0.8).items():
        if catalog.major_by_name(name) is None and catalog.class_by_name(name) is None:
            old_names.setdefault(name, code)
    second = majority(grad)
    tables = {
        "graduate_second_level.json": ("研究生 second-level disciplines (学科、专业目录 1997 and later additions): "
                                       "code → name, majority over coded 研究生 entries of the position tables", second),
        "junior_majors.json": ("专科 (高职) majors: code → name (2004, 2015 and 2021 catalogs as cited), "
                               "majority over coded 专科 entries of the position tables", majority(junior)),
        "undergrad_old_codes.json": ("1998/2020–2024 undergraduate codes → 2026 code (tables citing both 98版 and 12版 codes; "
                                     "majors moved between the 2024 and 2026 catalogs)", old_codes),
        "undergrad_old_names.json": ("old or renamed undergraduate major names → 2026 code", old_names),
    }
    for filename, (source, mapping) in tables.items():
        body = ",\n".join(f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                          for k, v in sorted(mapping.items()))
        (OUT / filename).write_text(f'{{"source": {json.dumps(source, ensure_ascii=False)},\n"codes": {{\n{body}\n}}}}\n',
                                    encoding="utf-8")
        print(f"{filename}: {len(mapping)} entries")


if __name__ == "__main__":
    main()
