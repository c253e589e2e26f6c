"""Compare the two segmenter backends on real job texts: agreement and speed.

    .venv/bin/python benchmarks/segmenter.py [--data ../shared/data] [--n 5000]

Reads job texts (title + employer + description) from the gkld position records and the
Wuhan postings in ../shared/data; prints how many texts both backends cut identically
and each backend's time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from features.segment import Segmenter  # noqa: E402
from features.vocabulary import domain_words  # noqa: E402
from service.resources import load_major_catalog  # noqa: E402


def job_texts(data: Path, n: int) -> list[str]:
    texts = []
    with (data / "positions" / "gkld_2021_2023.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            texts.append(" ".join(str(row.get(k) or "") for k in ("position", "workCompany", "data:职位介绍")))
    try:
        import openpyxl

        sheet = openpyxl.load_workbook(data / "postings" / "wuhan_2024.xlsx", read_only=True).active
        rows = sheet.iter_rows(values_only=True)
        header = list(next(rows))
        pick = [header.index(c) for c in ("岗位名称", "企业名称", "工作简介") if c in header]
        texts += [" ".join(str(r[i] or "") for i in pick) for r in rows]
    except (ImportError, FileNotFoundError):
        pass
    return texts[:n]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--n", type=int, default=5000)
    args = parser.parse_args()
    texts = job_texts(args.data, args.n)
    words = domain_words(load_major_catalog())
    cuts = {}
    for backend in ("jieba", "rjieba"):
        segmenter = Segmenter(words=words, backend=backend)
        segmenter.cut("预热")  # build the dictionary outside the timing
        start = time.perf_counter()
        cuts[backend] = [segmenter.raw_cut(t) for t in texts]
        print(f"{backend:7s} {len(texts)} texts in {time.perf_counter() - start:.2f} s")
    same = sum(a == b for a, b in zip(cuts["jieba"], cuts["rjieba"]))
    print(f"identical cuts: {same}/{len(texts)} ({same / len(texts):.1%})")


if __name__ == "__main__":
    main()
