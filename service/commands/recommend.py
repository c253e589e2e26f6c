"""``jobmatch recommend``: ranked job suggestions for every graduate of a file."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

from tqdm import tqdm

from features.records import shown_location
from service.commands.options import (add_data_dir, add_judging_day, add_strict, day_from, non_negative_int, positive_int,
                                      read_inputs, report_skipped)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "recommend", help="为每位毕业生推荐岗位",
        description="读取岗位表和毕业生表，为每位毕业生给出排序后的推荐岗位及理由，并列出不符合报考条件的岗位及原因。",
    )
    parser.add_argument("--jobs", required=True, type=Path, help="岗位文件（.csv/.xlsx/.json/.jsonl）")
    parser.add_argument("--graduates", required=True, type=Path, help="毕业生文件（.csv/.xlsx/.json/.jsonl）")
    parser.add_argument("--top", type=positive_int, default=20, help="每位毕业生推荐的岗位数（默认 20）")
    parser.add_argument("--not-eligible", type=non_negative_int, default=5, dest="rejected",
                        help="每位毕业生列出的不符合条件岗位数（默认 5）")
    parser.add_argument("--out", type=Path, help="输出文件（.csv/.xlsx/.json）；省略时在终端显示")
    add_judging_day(parser)
    add_strict(parser)
    parser.add_argument("--no-model", action="store_true", help="不使用专业匹配模型（仅文本相似度与规则）")
    parser.add_argument("--show", type=non_negative_int, default=3, help="终端显示的毕业生人数（未指定 --out 时，默认 3）")
    add_data_dir(parser)  # its database holds the audit log of reasons resting on sensitive fields
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from service.engine import build_ranker
    from service.output import write_suggestions

    started = time.perf_counter()
    jobs, graduates = read_inputs(args)

    day = day_from(args)
    ranker = build_ranker(jobs.records, use_model=not args.no_model, reference_date=day)
    with tqdm(total=len(graduates.records), desc="匹配", unit="人", file=sys.stderr, disable=None) as bar:
        results = ranker.rank(graduates.records, k=args.top, rejected_k=args.rejected, progress=bar.update)
    by_id = {job.id: job for job in jobs.records}
    people = {g.id: g for g in graduates.records}
    results = [_about_graduate(r, people[r.graduate_id], by_id) for r in results]
    shown = results if args.out is not None else results[: args.show]
    # The log comes first: if it cannot be written, nothing is shown or written.
    _audit(args, [(r.graduate_id, _disclosed(r, printed=args.out is None)) for r in shown])

    if args.out is not None:
        rows = write_suggestions(args.out, results, by_id)
        print(f"已为 {len(results)} 位毕业生生成推荐（{len(jobs.records)} 个岗位），共 {rows} 行，写入 {args.out}")
    else:
        _print(shown, by_id, {g.id: g for g in graduates.records})
        print(f"共为 {len(results)} 位毕业生生成推荐（{len(jobs.records)} 个岗位）；使用 --out 保存全部结果。")
    if note := _closed_note(jobs.records, day):
        print(note)
    print(f"用时 {time.perf_counter() - started:.1f} 秒", file=sys.stderr)
    return report_skipped([jobs, graduates])


def _closed_note(jobs, day) -> str:
    """Posts closed long ago on ``day`` are neither suggested nor listed as rejected
    (``matching.deadlines.rejection_listed_until``): say how many, once for the list (the same
    posts for every graduate), so that a short list of rejections is not read as the whole."""
    from matching.deadlines import RECENTLY_CLOSED_DAYS, rejection_unlisted

    count = sum(rejection_unlisted(job, day) for job in jobs)
    if not count:
        return ""
    return (f"另有 {count} 个岗位报名早已结束（招聘年度已过，或报名截止已超过 {RECENTLY_CLOSED_DAYS} 天），"
            f"未推荐，也未列入不符合报考条件的岗位（判断日期 {day.isoformat()}，--on 可改）")


#: Suggestions per graduate that the terminal shows.
PRINTED_SUGGESTIONS = 10


def _about_graduate(result, graduate, jobs):
    """The result with its reasons worded for the staff who run this command and read its
    files (「该毕业生的学历为本科」), not to the graduate (「您…」), as a job's candidate list and
    the service's pages for officers word them (``about_candidate``); the graduate's and the
    job's own words stay as written."""
    from matching.explain import about_candidate, record_texts

    def about(item):
        data = record_texts(graduate, jobs.get(item.job_id))
        return replace(item, reasons=tuple(about_candidate(r, data) for r in item.reasons))

    note = result.major_note and about_candidate(result.major_note, record_texts(graduate))
    return replace(result, suggestions=tuple(map(about, result.suggestions)), rejected=tuple(map(about, result.rejected)),
                   major_note=note)


def _disclosed(result, *, printed: bool) -> tuple[str, ...]:
    """Sensitive fields that the reasons about to be shown for one graduate rest on."""
    suggestions = result.suggestions[:PRINTED_SUGGESTIONS] if printed else result.suggestions
    return tuple(sorted({f for item in (*suggestions, *result.rejected) for f in item.discloses}))


def _audit(args: argparse.Namespace, disclosed: list[tuple[str, tuple[str, ...]]]) -> None:
    """Write one audit entry per graduate whose shown reasons rest on sensitive fields
    (「民族不符：…」), in the service's database, before anything is shown."""
    from service.commands.local_audit import write_local_audit

    write_local_audit(args, disclosed, action="recommend", what="推荐理由涉及民族、残疾等敏感信息")


def _print(results, jobs, graduates) -> None:
    for result in results:
        g = graduates[result.graduate_id]
        level = g.education.label if g.education is not None else "学历未知"
        print(f"\n== {g.id} {g.name or ''}｜{g.school or ''}｜{g.major or '专业未知'}｜{level} ==")
        if result.major_note:
            print(f"   说明：{result.major_note}")
        for s in result.suggestions[:PRINTED_SUGGESTIONS]:
            job = jobs[s.job_id]
            mark = "［待核实］" if s.status.value == "needs_review" else ""
            print(f"{s.rank:>3}. {mark}{job.title}｜{job.employer or ''}｜{shown_location(job) or ''}  得分 {s.score:.3f}")
            print(f"     理由：{'；'.join(s.reasons)}")
        if result.rejected:
            print("   不符合报考条件的岗位：")
            for r in result.rejected:
                job = jobs[r.job_id]
                print(f"     × {job.title}｜{job.employer or ''}：{'；'.join(r.reasons)}")
