"""How the names in the real tables' 专科 lists resolve against the 2021 高职专科 catalog.

Run: ``.venv/bin/python -m benchmarks.junior_list_names [--data ../shared/data] [--show 40]``.

Every major a requirement cell lists under a stated 专科 level (「专科：会计、物流管理」) is counted once per
cell, by how ``parse_major_requirement`` resolved it: a 2021 catalog major, 专业类 or 大类 (``junior_majors_2021.json``);
a 专科 code that catalog lacks (a table-printed 2004/2015 code, ``junior_majors.json``); another level's name (a 本科
or 研究生 major listed under 专科); no code. Names left without a 2021 code are what a 2015→2021 correspondence
(教育部's 新旧专业对照表, not shipped: see ``features/data/README.md``) would have to place; the list shows them
with whether the civil-service reference table files them under a 本科 class (so that a class list still places them).
"""

from __future__ import annotations

import argparse
from collections import Counter

from features.major_lookup import StudyLevel
from features.major_requirements import parse_major_requirement
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog
from service.training_data import DEFAULT_DATA, gkld_jobs, henan_jobs

JC = StudyLevel.JUNIOR_COLLEGE
KINDS = ("2021 major", "2021 class/大类", "older 专科 code", "other level", "no code")


def kind_of(ref, tables) -> str:
    if ref.code is None:
        return "no code"
    if ref.catalog not in (JC, None):
        return "other level"
    if ref.code in tables.junior_catalog:
        return "2021 major" if len(ref.code) == 6 else "2021 class/大类"
    return "older 专科 code"


def main() -> None:
    parser = argparse.ArgumentParser(description="专科名单的专业名在2021年专科目录中的解析情况")
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--show", type=int, default=40, help="列出最常见的未得到2021年代码的专业名")
    args = parser.parse_args()
    catalog, tables = load_major_catalog(), load_major_code_tables()
    print("| source | 专科 entries | " + " | ".join(KINDS) + " | without a 2021 code: distinct names | … of which the reference table files under a 本科 class |")
    print("|---|---|" + "---|" * len(KINDS) + "---|---|")
    for label, jobs in (("henan_2026", henan_jobs(args.data)), ("gkld_2021_2023", gkld_jobs(args.data))):
        kinds, missing = Counter(), Counter()
        for text in sorted({job.majors_text for job, _ in jobs if job.majors_text}):
            req = parse_major_requirement(text, catalog, tables=tables)
            for ref in req.refs:
                if ref.level is not JC or ref.name == "不限":
                    continue
                kind = kind_of(ref, tables)
                kinds[kind] += 1
                if kind not in ("2021 major", "2021 class/大类"):
                    missing[(ref.name, kind)] += 1
        total = max(sum(kinds.values()), 1)
        print(f"| {label} (distinct cells) | {sum(kinds.values())} | "
              + " | ".join(f"{kinds[k]} ({kinds[k] / total:.0%})" for k in KINDS)
              + f" | {len({name for name, _ in missing})} | {len({n for n, _ in missing if n in tables.reference_by_name})} |")
        if args.show:
            shown = [f"{name} [{kind}{'; reference ' + ','.join(tables.reference_by_name.get(name, ())) if name in tables.reference_by_name else ''}] ×{n}"
                     for (name, kind), n in missing.most_common(args.show)]
            print(f"\n{label}: " + "; ".join(shown) + "\n")


if __name__ == "__main__":
    main()
