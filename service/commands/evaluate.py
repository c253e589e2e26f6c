"""``jobmatch evaluate``: rank jobs for the graduates of a qrels file and print the metrics.

The qrels file (CSV: ``graduate_id,job_id,relevance``) judges which jobs suit which
graduate; every graduate that appears in it counts in the averages (a graduate missing
from the graduates file, or with no suggestion, scores 0). Judgements of jobs that the
jobs file lacks cannot be retrieved, so they lower recall; their count is printed, as are
the rows of the jobs and graduates files that were skipped (``--strict`` stops at the first).
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import sys
import time
from pathlib import Path

from service.commands.options import (add_judging_day, add_strict, day_from, report_skipped, require_records,
                                      upload_limit)
from service.errors import InputFileError, JobmatchError

QRELS_COLUMNS = ("graduate_id", "job_id", "relevance")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "evaluate", help="按人工/标准答案评估推荐效果",
        description="对 qrels 中的每位毕业生排序岗位，输出 NDCG@10、P@10、MAP@100、Recall@100 的平均值。",
    )
    parser.add_argument("--jobs", required=True, type=Path, help="岗位文件（.csv/.xlsx/.json/.jsonl）")
    parser.add_argument("--graduates", required=True, type=Path, help="毕业生文件（.csv/.xlsx/.json/.jsonl）")
    parser.add_argument("--qrels", required=True, type=Path, help="相关性判断 CSV：graduate_id,job_id,relevance")
    parser.add_argument("--no-model", action="store_true", help="不使用专业匹配模型")
    add_judging_day(parser)
    add_strict(parser)
    parser.set_defaults(func=run)


def read_qrels(path: Path, *, max_bytes: int) -> dict[str, dict[str, float]]:
    """graduate id → job id → relevance (> 0 relevant). Errors name file, row and column."""
    from service.importers import read_file_bytes

    raw = read_file_bytes(path, max_bytes=max_bytes)  # 文件不存在, not the system's English 「No such file or directory」
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputFileError("无法识别文件编码（请使用 UTF-8 或 GB18030）", file=str(path))
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in QRELS_COLUMNS if c not in header]
    if missing:
        raise InputFileError(f"缺少必需的列：{'、'.join(missing)}", file=str(path))
    qrels: dict[str, dict[str, float]] = {}
    for row_number, row in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        graduate, job = row["graduate_id"], row["job_id"]
        if not graduate or not job:
            raise InputFileError("graduate_id 与 job_id 不能为空", file=str(path), row=row_number,
                                 column="graduate_id" if not graduate else "job_id")
        try:
            relevance = float(row["relevance"])
        except ValueError:
            relevance = math.nan
        if not math.isfinite(relevance):
            raise InputFileError(f"相关性「{row['relevance']}」不是数字", file=str(path), row=row_number,
                                 column="relevance")
        qrels.setdefault(graduate, {})[job] = relevance
    if not qrels:
        raise InputFileError("没有任何相关性判断", file=str(path))
    return qrels


def run(args: argparse.Namespace) -> int:
    from matching.evaluation import Metric, mean_metrics
    from service.engine import build_ranker
    from service.importers import read_graduates, read_jobs
    from service.resources import load_major_catalog

    started = time.perf_counter()
    limit = upload_limit()
    qrels = read_qrels(args.qrels, max_bytes=limit)
    catalog = load_major_catalog()
    job_file = read_jobs(args.jobs, strict=args.strict, catalog=catalog, max_bytes=limit)
    graduate_file = read_graduates(args.graduates, strict=args.strict, catalog=catalog, max_bytes=limit)
    jobs = job_file.records
    graduates = [g for g in graduate_file.records if g.id in qrels]
    require_records(job_file, "岗位")
    if not graduates:
        raise JobmatchError("毕业生文件中没有 qrels 里的毕业生")
    ranker = build_ranker(jobs, use_model=not args.no_model, reference_date=day_from(args))
    results = ranker.rank(graduates, k=100, rejected_k=0)
    runs = {r.graduate_id: [s.job_id for s in r.suggestions] for r in results}
    metrics = mean_metrics(runs, qrels)
    absent = len(set(qrels) - {g.id for g in graduates})
    job_ids = {job.id for job in jobs}
    unknown_jobs = sum(1 for judged in qrels.values() for job_id, rel in judged.items()
                       if rel > 0 and job_id not in job_ids)
    print(f"评估 {len(qrels)} 位毕业生、{len(jobs)} 个岗位" + (f"（其中 {absent} 位不在毕业生文件中，按 0 分计）" if absent else ""))
    if unknown_jobs:
        print(f"注意：有 {unknown_jobs} 条相关判断指向岗位文件中没有的岗位，无法被推荐，召回率因此偏低")
    print("| " + " | ".join(m.value for m in Metric) + " |")
    print("|" + "---|" * len(Metric))
    print("| " + " | ".join(f"{metrics[m.value]:.3f}" for m in Metric) + " |")
    print(f"用时 {time.perf_counter() - started:.1f} 秒", file=sys.stderr)
    return report_skipped([job_file, graduate_file])
