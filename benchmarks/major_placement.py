"""How the sample's graduates without a catalog major are placed for the learned fit.

Run: ``.venv/bin/python benchmarks/major_placement.py [--graduates samples/graduates.csv]``

Compares ``NearestMajorFinder`` by name alone with the same finder asking the shipped
reference table (``features/data/reference_majors.json``) first: how many graduates each
places, how many by the table, and which names change class; then which of the rest the
shipped major-fit model places by reading the name (``place_major_name``), as the ranker
does. Needs no ``../shared/data``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from features.major_similarity import NearestMajorFinder  # noqa: E402
from matching.major_fit import NAME_MIN_PROBABILITY, place_major_name  # noqa: E402
from service.engine import load_major_fit  # noqa: E402
from service.importers import read_graduates  # noqa: E402
from service.resources import load_major_catalog, load_major_reference  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description="非本科目录专业的归类情况")
    parser.add_argument("--graduates", type=Path, default=ROOT / "samples" / "graduates.csv")
    args = parser.parse_args()
    catalog = load_major_catalog()
    graduates = [g for g in read_graduates(args.graduates, catalog=catalog).records if g.major and not g.major_code]
    by_name = NearestMajorFinder().fit(catalog)
    with_table = NearestMajorFinder(reference=load_major_reference()).fit(catalog)
    before = [by_name.find(g.major) for g in graduates]
    after = [with_table.find(g.major) for g in graduates]
    print(f"{len(graduates)} graduates without a catalog major")
    print(f"by name alone: {sum(b is not None for b in before)} placed")
    print(f"with the reference table: {sum(a is not None for a in after)} placed "
          f"({sum(a is not None and a.via == 'reference' for a in after)} by the table, "
          f"{sum(a is not None and a.via == 'name' for a in after)} by name)")
    moved = sorted({(g.major, b.class_name, a.class_name) for g, b, a in zip(graduates, before, after)
                    if a is not None and b is not None and a.class_code != b.class_code})
    print(f"{sum(1 for b, a in zip(before, after) if a and b and a.class_code != b.class_code)} graduates change class:")
    for name, old, new in moved:
        print(f"  {name}: {old} → {new}")
    model = load_major_fit()
    if model is not None:
        read = {g.major: place_major_name(model, g.major, catalog) for g, a in zip(graduates, after) if a is None}
        placed = [g for g, a in zip(graduates, after) if a is None and read[g.major] is not None]
        print(f"with the shipped model reading the rest (probability ≥ {NAME_MIN_PROBABILITY}): "
              f"{len(placed)} more graduates placed:")
        for name, near in sorted(read.items()):
            if near is not None:
                print(f"  {name}: {near.class_name} ({near.similarity:.2f})")
        after = [a or read.get(g.major) for g, a in zip(graduates, after)]
    unplaced = sorted({g.major for g, a in zip(graduates, after) if a is None})
    print(f"not placed: {'、'.join(unplaced)}")


if __name__ == "__main__":
    main()
