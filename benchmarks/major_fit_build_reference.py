"""Build ``features/data/reference_majors.json``: 研究生 and 专科 major names → undergraduate classes.

The civil-service major reference table (``../shared/data/catalogs/civil_service_major_reference.xlsx``,
a 公务员录用专业参考目录-style table: 大类 → 研究生/本科/专科 major names) says which undergraduate
class a 专科 or 研究生 major name belongs with. Only names and class codes are written (no rows).
The ranker uses the map for graduates whose major is not in the undergraduate catalog.
Run: ``.venv/bin/python -m benchmarks.major_fit_build_reference [--data ../shared/data]``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from service.resources import load_major_catalog
from service.training_data import DEFAULT_DATA, reference_name_map

OUT = Path(__file__).resolve().parents[1] / "features" / "data" / "reference_majors.json"
SOURCE = ("研究生/专科 major names → undergraduate class codes, from the civil-service major reference table "
          "(repository ellopqq/score_line, database/guokao_major.xlsx, commit 14de683; sheet 汇总, columns "
          "学科类别, 研究生专业, 专科专业)")


def main() -> None:
    parser = argparse.ArgumentParser(description="生成研究生/专科专业名称到本科专业类的对照表")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    catalog = load_major_catalog()
    names = reference_name_map(args.data, catalog)
    # Names that are undergraduate majors resolve through the catalog already.
    names = {n: sorted(c) for n, c in sorted(names.items()) if catalog.major_by_name(n) is None}
    body = ",\n".join(f"{json.dumps(n, ensure_ascii=False)}: {json.dumps(c)}" for n, c in names.items())
    OUT.write_text(f'{{"source": {json.dumps(SOURCE, ensure_ascii=False)},\n"names": {{\n{body}\n}}}}\n', encoding="utf-8")
    print(f"{len(names)} names written to {OUT}")


if __name__ == "__main__":
    main()
