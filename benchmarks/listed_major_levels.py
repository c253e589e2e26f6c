"""Where the posts whose own major list names a graduate's major rank, per degree level.

Run: ``.venv/bin/python -m benchmarks.listed_major_levels --table henan [--on 2026-03-01]``
(``--table gkld --on 2023-03-01``; ``--data`` defaults to ``../shared/data``).

A set of 专科, 本科, 硕士 and 博士 graduates of common majors (no intention, so the major and
the text decide) is ranked against the table with the rules engine and the shipped model. For
each graduate, the posts whose list names their major are those the rules admit with
「专业符合：岗位要求 …」 (``ConditionResult.by_list``, read by ``matching.explain.major_listed``). Per level: how many such posts a
graduate has, their mean rank by score among the posts the pre-filter leaves open, the share
of them ranked in the open top 100, and their share of the graduate's 10 suggestions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matching.explain import major_listed  # noqa: E402
from matching.verdict import Status  # noqa: E402
from service.engine import build_ranker  # noqa: E402
from service.importers import read_graduates_bytes, read_jobs  # noqa: E402
from service.resources import load_major_catalog  # noqa: E402

GRADUATES = {
    "专科": ["护理", "会计", "计算机应用技术", "临床医学", "学前教育", "药学", "建筑工程技术", "电子商务", "机电一体化技术",
             "大数据与会计"],
    "本科": ["计算机科学与技术", "护理学", "会计学", "法学", "临床医学", "汉语言文学", "数学与应用数学",
             "机械设计制造及其自动化", "土木工程", "财务管理"],
    "硕士": ["计算机科学与技术", "护理", "会计", "法学", "临床医学", "中国语言文学", "数学", "机械工程", "工商管理",
             "土木工程"],
    "博士": ["计算机科学与技术", "临床医学", "化学", "中国语言文学"],
}
_DEGREE = {"专科": "", "本科": "学士", "硕士": "硕士", "博士": "博士"}
_EDUCATION = {"专科": "大专", "本科": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}


def _graduates(catalog):
    rows = ["学号,姓名,专业,学历,学位,毕业年份"]
    for level, majors in GRADUATES.items():
        rows += [f"{level}{n},{level}{n},{m},{_EDUCATION[level]},{_DEGREE[level]},2026" for n, m in enumerate(majors)]
    return read_graduates_bytes("\n".join(rows).encode("utf-8"), "g.csv", catalog=catalog).records


def main() -> None:
    parser = argparse.ArgumentParser(description="按学历层次：岗位专业目录列明其专业的岗位排在哪里")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--table", choices=("henan", "gkld"), default="henan")
    parser.add_argument("--on", type=dt.date.fromisoformat, default=None)
    args = parser.parse_args()
    path = args.data / "positions" / ("henan_2026.xlsx" if args.table == "henan" else "gkld_2021_2023.jsonl")
    catalog = load_major_catalog()
    jobs = read_jobs(path, catalog=catalog).records
    ranker = build_ranker(jobs, reference_date=args.on)
    graduates = _graduates(catalog)
    listed_jobs = [i for i, j in enumerate(ranker.jobs) if (r := ranker.majors_.requirement(j)) and not r.unrestricted]
    by_level: dict[str, list[tuple[int, float, float, float]]] = {}
    for graduate in graduates:
        scores = ranker.score([graduate])
        open_ = ~scores.blocked[0]
        listed = [i for i in listed_jobs if open_[i] and major_listed(v := ranker.checker(graduate, ranker.jobs[i]))
                  and v.status is not Status.NOT_ELIGIBLE]
        order = np.argsort(-np.where(open_, scores.total[0], -np.inf), kind="stable")
        rank_of = np.empty(len(order), dtype=np.int64)
        rank_of[order] = np.arange(1, len(order) + 1)
        ranks = [int(rank_of[i]) for i in listed]
        top = ranker.rank([graduate], k=10, rejected_k=0)[0].suggestions
        wanted = {ranker.jobs[i].id for i in listed}
        share10 = sum(s.job_id in wanted for s in top) / max(len(top), 1)
        level = graduate.id.rstrip("0123456789")
        if listed:
            by_level.setdefault(level, []).append((len(listed), statistics.mean(ranks),
                                                   sum(r <= 100 for r in ranks) / len(ranks), share10))
        print(f"{graduate.id} {graduate.major} listed={len(listed)} mean_rank="
              f"{statistics.mean(ranks) if ranks else float('nan'):.0f} in_top100={sum(r <= 100 for r in ranks)} "
              f"top10_share={share10:.1f}")
    print(f"{args.table} on {ranker.judging_day}: {len(ranker.jobs)} posts")
    for level, rows in by_level.items():
        n, mean_rank, top100, share = zip(*rows)
        print(f"{level}: {len(rows)} graduates with listed posts, {statistics.mean(n):.0f} such posts each; "
              f"mean rank {statistics.mean(mean_rank):.0f}, in top 100 {statistics.mean(top100):.1%}, "
              f"share of top 10 suggestions {statistics.mean(share):.1%}")


if __name__ == "__main__":
    main()
