"""``jobmatch guidance``: what stands between graduates and their best-fitting jobs, per topic
for the cohort (training needs) and per graduate (advice) (``matching.guidance``)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from service.commands.options import add_data_dir, add_judging_day, add_strict, day_from, positive_int, read_inputs, report_skipped
from service.errors import JobmatchError


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "guidance", help="就业指导与培训需求：毕业生与最匹配岗位之间的差距",
        description="读取岗位表和毕业生表，对每位毕业生最匹配的前 N 个岗位（含不符合条件的岗位）逐条核对条件，"
                    "按专题（教师资格证等证书、工作经历、学历学位、专业、年龄、户籍等）汇总：每个专题涉及多少毕业生、"
                    "多少岗位和招聘人数、哪些专业较多，并给出每位毕业生的建议。默认按去除敏感信息后的记录计算，"
                    "结果可交给招聘活动组织者；--sensitive 按完整记录计算（含民族、残疾人专设岗位等条件），先按人写入审计日志。",
    )
    parser.add_argument("--jobs", required=True, type=Path, help="岗位文件（.csv/.xlsx/.json/.jsonl）")
    parser.add_argument("--graduates", required=True, type=Path, help="毕业生文件（.csv/.xlsx/.json/.jsonl）")
    parser.add_argument("--top", type=positive_int, default=20, help="每位毕业生核对的最匹配岗位数（默认 20）")
    parser.add_argument("--year", type=positive_int, help="只统计该毕业年份（如 2026）")
    parser.add_argument("--school", help="只统计该学校（与毕业生表中的学校名称完全一致）")
    parser.add_argument("--major-class", help="只统计该本科专业类（4 位代码，如 0401 教育学类）")
    parser.add_argument("--out", type=Path, help="输出文件（.csv/.xlsx/.json）；省略时在终端显示")
    parser.add_argument("--sensitive", action="store_true",
                        help="按完整记录计算，个人建议含民族、残疾人专设岗位等条件（敏感信息，按人写入审计日志；仅限就业服务专员）")
    add_judging_day(parser)
    add_strict(parser)
    parser.add_argument("--no-model", action="store_true", help="不使用专业匹配模型")
    add_data_dir(parser)  # its database holds the audit log of --sensitive
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from matching.guidance import cohort_guidance, guide_graduates, ranker_cohort, ranker_job_lookup
    from service.api.withheld import redact
    from service.commands.local_audit import write_local_audit
    from service.engine import build_ranker
    from service.guidance_report import PRINTED_GRADUATES, summary_lines, write_guidance

    major_class = (args.major_class or "").strip() or None
    if major_class is not None and not (len(major_class) == 4 and major_class.isdigit()):
        raise JobmatchError(f"参数 --major-class：「{args.major_class}」不是 4 位本科专业类代码（如 0401）")
    started = time.perf_counter()
    jobs, graduates = read_inputs(args)
    # As organisers see them unless asked: no gap then rests on ethnicity, disability or hardship.
    people = graduates.records if args.sensitive else [redact(g) for g in graduates.records]
    ranker = build_ranker(jobs.records, use_model=not args.no_model, reference_date=day_from(args))
    cohort = ranker_cohort(ranker, people, year=args.year, school=args.school, major_class=major_class)
    if not cohort:
        raise JobmatchError(_nobody(args, people, major_class))
    guidance = guide_graduates(ranker, cohort, top=args.top)
    result = cohort_guidance(guidance, cohort, job=ranker_job_lookup(ranker), top=args.top, year=args.year,
                             school=args.school, major_class=major_class, sensitive_gaps=args.sensitive)
    if args.sensitive:
        # The log comes first: if it cannot be written, nothing is shown or written.
        shown = result.graduates if args.out is not None else result.graduates[:PRINTED_GRADUATES]
        write_local_audit(args, [(g.graduate_id, g.discloses()) for g in shown], action="guidance",
                          what="求职建议涉及民族、残疾等敏感信息")
    by_id = {g.id: g for g in people}
    if args.out is not None:
        written = write_guidance(args.out, result, by_id)
        rows = "" if args.out.suffix.lower() == ".json" else f"共 {written} 行，"  # JSON: ``written`` is the topics again
        print(f"就业指导与培训需求：{result.total} 位毕业生，{len(result.topics)} 个专题；{rows}写入 {args.out}")
    else:
        print("\n".join(summary_lines(result, by_id)))
    print(f"用时 {time.perf_counter() - started:.1f} 秒", file=sys.stderr)
    return report_skipped([jobs, graduates])


def _nobody(args: argparse.Namespace, graduates, major_class: str | None) -> str:
    """Why the filters leave no graduate, with the years and schools the file does hold."""
    asked = "、".join(part for part in (f"{args.year} 届" if args.year is not None else "",
                                        f"学校「{args.school}」" if args.school else "",
                                        f"专业类 {major_class}" if major_class else "") if part)
    years = sorted({g.graduation_year for g in graduates if g.graduation_year})
    schools = sorted({g.school for g in graduates if g.school})
    held = [f"毕业年份 {'、'.join(map(str, years[:10]))}" if years else "未注明毕业年份",
            f"学校 {'、'.join(schools[:5])}{' 等' if len(schools) > 5 else ''}" if schools else "未注明学校"]
    # The class is the profile's (by the catalogs): a name outside them is in none, however near a class it reads.
    basis = "（专业类按专业目录归类，与毕业生画像的本科专业类相同；目录外的专业不属于任何专业类）" if major_class else ""
    return f"毕业生表 {args.graduates} 中没有符合条件（{asked}）的毕业生{basis}；表中有：{'；'.join(held)}"
