"""Do suggestions follow the kind of work graduates name, and how is 待核实 weighed against 符合?

Ranks the sample (``samples/jobs.xlsx`` × ``samples/graduates.csv``, top 10, judged on
``--on``) as ``jobmatch recommend`` does and measures, with a table of kinds of work written
here independently of the ranker's reading of intentions (``KINDS``):

- for graduates whose 就业意向 names a kind of work (开发、运维、教师、会计 …): the share of their
  top 3 and top 10 whose title (or title or description) is that kind of work;
- among pairs of a graduate's top 10 where a 待核实 post and a 符合 post score within 10 % of
  each other (raw score, before any weighing of 待核实): the share where the 待核实 post is
  ranked above; and the share of 待核实 posts in the top 3 and top 10.

Run: ``.venv/bin/python -m benchmarks.work_kind_fit`` (about 10 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent

#: kind of work: (how an intention names it, how a job's title or description names it)
KINDS = {
    "开发": (r"(?<!招商|土地)开发|程序员", r"开发工程师|软件开发|前端|后端|Java|Python|程序员|软件工程师"),
    "运维": (r"运维", r"运维"),
    "数据分析": (r"数据分析", r"数据分析|数据挖掘|大数据"),
    "测试": (r"测试(?!工程)", r"测试"),
    "教师": (r"教师|任教|老师", r"教师|老师"),
    "会计": (r"会计|出纳|财务", r"会计|出纳|财务"),
    "销售": (r"销售|营销|客户经理|柜员", r"销售|营销|客户经理|柜员"),
    "设计": (r"设计", r"设计"),
    "护士": (r"护士", r"护士|护理"),
    "翻译": (r"翻译", r"翻译"),
    "医学检验": (r"医学检验", r"检验"),
    "施工造价": (r"施工|造价", r"施工|造价"),
    "审计税务": (r"审计|税务", r"审计|税务"),
}


def wished_kinds(intention: str | None) -> list[str]:
    return [kind for kind, (wish, _) in KINDS.items() if intention and re.search(wish, intention)]


def is_kind(kind: str, text: str | None) -> bool:
    return bool(text) and re.search(KINDS[kind][1], text) is not None


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=Path, default=ROOT / "samples" / "jobs.xlsx")
    parser.add_argument("--graduates", type=Path, default=ROOT / "samples" / "graduates.csv")
    parser.add_argument("--on", type=dt.date.fromisoformat, default=dt.date(2026, 12, 6))
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args(argv)

    from matching.verdict import Status
    from service.engine import build_ranker
    from service.importers import read_graduates, read_jobs

    jobs = read_jobs(args.jobs).records
    graduates = read_graduates(args.graduates, today=args.on).records
    ranker = build_ranker(jobs, reference_date=args.on)
    results = ranker.rank(graduates, k=args.top, rejected_k=0)
    raw = ranker.score(graduates).total
    position = {job.id: i for i, job in enumerate(ranker.jobs)}
    by_id = {job.id: job for job in jobs}

    hits = {3: [0, 0, 0], args.top: [0, 0, 0]}  # shown, title names the kind, title or description
    wishing = 0
    close_pairs = review_above = 0
    review_in = {3: [0, 0], args.top: [0, 0]}
    for row, (graduate, result) in enumerate(zip(graduates, results)):
        kinds = wished_kinds(graduate.intention)
        suggestions = result.suggestions
        if kinds:
            wishing += 1
            for cut, counts in hits.items():
                for s in suggestions[:cut]:
                    job = by_id[s.job_id]
                    counts[0] += 1
                    counts[1] += any(is_kind(k, job.title) for k in kinds)
                    counts[2] += any(is_kind(k, f"{job.title} {job.description or ''}") for k in kinds)
        for cut, counts in review_in.items():
            counts[0] += len(suggestions[:cut])
            counts[1] += sum(s.status is Status.NEEDS_REVIEW for s in suggestions[:cut])
        score = [float(raw[row, position[s.job_id]]) for s in suggestions]
        for a, first in enumerate(suggestions):
            for b, second in enumerate(suggestions):
                if {first.status, second.status} != {Status.NEEDS_REVIEW, Status.ELIGIBLE} or a >= b:
                    continue
                if abs(score[a] - score[b]) <= 0.1 * max(score[a], score[b]):
                    close_pairs += 1
                    review_above += first.status is Status.NEEDS_REVIEW

    print(f"graduates {len(graduates)}, of them naming a kind of work {wishing}")
    for cut, (shown, title, either) in hits.items():
        print(f"  top {cut}: {shown} suggestions, title is the kind {title / shown:.1%}, "
              f"title or description {either / shown:.1%}")
    for cut, (shown, review) in review_in.items():
        print(f"待核实 among all top {cut}: {review}/{shown} = {review / shown:.1%}")
    print(f"待核实 above 符合 within 10% raw score: {review_above}/{close_pairs} = "
          f"{review_above / max(close_pairs, 1):.1%}")


if __name__ == "__main__":
    main()
