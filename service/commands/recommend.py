"""``jobmatch recommend``: ranked job suggestions for every graduate of a file."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tqdm import tqdm

from service.errors import InputFileError, JobmatchError


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "recommend", help="为每位毕业生推荐岗位",
        description="读取岗位表和毕业生表，为每位毕业生给出排序后的推荐岗位及理由，并列出不符合报考条件的岗位及原因。",
    )
    parser.add_argument("--jobs", required=True, type=Path, help="岗位文件（.csv/.xlsx/.json）")
    parser.add_argument("--graduates", required=True, type=Path, help="毕业生文件（.csv/.xlsx/.json）")
    parser.add_argument("--top", type=_positive, default=20, help="每位毕业生推荐的岗位数（默认 20）")
    parser.add_argument("--not-eligible", type=_non_negative, default=5, dest="rejected",
                        help="每位毕业生列出的不符合条件岗位数（默认 5）")
    parser.add_argument("--out", type=Path, help="输出文件（.csv/.xlsx/.json）；省略时在终端显示")
    parser.add_argument("--strict", action="store_true", help="遇到第一行错误即停止（默认跳过错误行并在最后报告）")
    parser.add_argument("--no-model", action="store_true", help="不使用专业匹配模型（仅文本相似度与规则）")
    parser.add_argument("--show", type=_non_negative, default=3, help="终端显示的毕业生人数（未指定 --out 时，默认 3）")
    parser.set_defaults(func=run)


def _positive(text: str) -> int:
    value = _non_negative(text)
    if value < 1:
        raise argparse.ArgumentTypeError("必须为正整数")
    return value


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"「{text}」不是整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError("不能为负数")
    return value


def run(args: argparse.Namespace) -> int:
    from service.engine import build_ranker
    from service.importers import read_graduates, read_jobs
    from service.output import SUFFIXES, write_suggestions
    from service.resources import load_major_catalog

    if args.out is not None and args.out.suffix.lower() not in SUFFIXES:
        raise JobmatchError(f"不支持的输出格式「{args.out.suffix or '无扩展名'}」：请使用 .csv、.xlsx 或 .json")
    started = time.perf_counter()
    catalog = load_major_catalog()
    jobs = read_jobs(args.jobs, strict=args.strict, catalog=catalog)
    graduates = read_graduates(args.graduates, strict=args.strict, catalog=catalog)
    if not jobs.records:
        raise InputFileError("没有可用的岗位记录", file=str(args.jobs))
    if not graduates.records:
        raise InputFileError("没有可用的毕业生记录", file=str(args.graduates))

    ranker = build_ranker(jobs.records, use_model=not args.no_model)
    with tqdm(total=len(graduates.records), desc="匹配", unit="人", file=sys.stderr, disable=None) as bar:
        results = ranker.rank(graduates.records, k=args.top, rejected_k=args.rejected, progress=bar.update)
    by_id = {job.id: job for job in jobs.records}

    if args.out is not None:
        rows = write_suggestions(args.out, results, by_id)
        print(f"已为 {len(results)} 位毕业生生成推荐（{len(jobs.records)} 个岗位），共 {rows} 行，写入 {args.out}")
    else:
        _print(results[: args.show], by_id, {g.id: g for g in graduates.records})
        print(f"共为 {len(results)} 位毕业生生成推荐（{len(jobs.records)} 个岗位）；使用 --out 保存全部结果。")
    print(f"用时 {time.perf_counter() - started:.1f} 秒", file=sys.stderr)
    return _report_skipped([jobs, graduates])


def _print(results, jobs, graduates) -> None:
    for result in results:
        g = graduates[result.graduate_id]
        level = g.education.label if g.education is not None else "学历未知"
        print(f"\n== {g.id} {g.name or ''}｜{g.school or ''}｜{g.major or '专业未知'}｜{level} ==")
        for s in result.suggestions[:10]:
            job = jobs[s.job_id]
            mark = "［待核实］" if s.status.value == "needs_review" else ""
            print(f"{s.rank:>3}. {mark}{job.title}｜{job.employer or ''}｜{job.location or ''}  得分 {s.score:.3f}")
            print(f"     理由：{'；'.join(s.reasons)}")
        if result.rejected:
            print("   不符合报考条件的岗位：")
            for r in result.rejected:
                job = jobs[r.job_id]
                print(f"     × {job.title}｜{job.employer or ''}：{'；'.join(r.reasons)}")


def _report_skipped(results) -> int:
    skipped = [error for result in results for error in result.skipped]
    if skipped:
        print(f"\n已跳过 {len(skipped)} 行有错误的数据：", file=sys.stderr)
        for error in skipped:
            print(f"  - {error.describe()}", file=sys.stderr)
    return 0
