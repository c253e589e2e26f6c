"""``jobmatch profile``: the graduating cohort's profile (毕业生画像: size, structure, majors,
employment intentions and, with a job table, supply against demand per major class)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from service.commands.options import (add_data_dir, add_judging_day, add_strict, day_from, positive_int, report_skipped,
                                      require_records, upload_limit)
from service.errors import JobmatchError

def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "profile", help="毕业生画像：规模、结构、专业、就业意向",
        description="读取毕业生表（及岗位表），统计毕业生的规模与结构（届别、学校、学历、学位、性别）、"
                    "专业分布（门类、本科专业类、人数最多的专业）、就业意向（地点、岗位类别、行业、期望月薪），"
                    "给出岗位表时按本科专业类对比毕业生人数与可报考岗位的招聘人数（只计判断日期仍在报名的岗位）。"
                    "--sensitive 另统计困难类别、残疾和少数民族人数，先按人写入审计日志。",
    )
    parser.add_argument("--graduates", required=True, type=Path, help="毕业生文件（.csv/.xlsx/.json/.jsonl）")
    parser.add_argument("--jobs", type=Path, help="岗位文件（.csv/.xlsx/.json/.jsonl）；给出时对比各专业类的供需")
    parser.add_argument("--year", type=positive_int, help="只统计该毕业年份（如 2026）")
    parser.add_argument("--school", help="只统计该学校（与毕业生表中的学校名称完全一致）")
    parser.add_argument("--sensitive", action="store_true",
                        help="另统计困难类别、残疾、少数民族人数（敏感信息，按人写入审计日志；仅限就业服务专员）")
    parser.add_argument("--out", type=Path, help="输出文件（.json/.xlsx/.csv）；省略时在终端显示")
    add_judging_day(parser)  # supply counts the posts still open on it
    add_strict(parser)
    parser.add_argument("--no-model", action="store_true",
                        help="不使用专业匹配模型（未列专业的岗位不归类；毕业生的专业总是只按专业目录和参照表归类）")
    add_data_dir(parser)  # its database holds the audit log of --sensitive
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from matching.cohort_profile import STAND_IN_JOB, ranker_profile, select
    from service.commands.local_audit import write_local_audit
    from service.engine import build_ranker
    from service.importers import read_graduates, read_jobs
    from service.output import check_output_path
    from service.profile_report import write_profile
    from service.profile_text import summary_lines
    from service.resources import load_major_catalog

    started = time.perf_counter()
    if args.out is not None:
        check_output_path(args.out)  # before any work
    catalog = load_major_catalog()
    limit = upload_limit()
    graduates = read_graduates(args.graduates, strict=args.strict, catalog=catalog, max_bytes=limit)
    require_records(graduates, "毕业生")
    if not select(graduates.records, year=args.year, school=args.school):
        raise JobmatchError(_nobody(args, graduates.records))
    imports = [graduates]
    if args.jobs is not None:
        jobs = read_jobs(args.jobs, strict=args.strict, catalog=catalog, max_bytes=limit)
        require_records(jobs, "岗位")
        imports.append(jobs)
        ranker = build_ranker(jobs.records, use_model=not args.no_model, reference_date=day_from(args))
    else:
        ranker = build_ranker([STAND_IN_JOB], use_model=not args.no_model)

    profile = ranker_profile(graduates.records, ranker, with_jobs=args.jobs is not None, year=args.year,
                             school=args.school, sensitive=args.sensitive)
    if profile.sensitive is not None:
        # The log comes first: if it cannot be written, nothing is shown or written.
        write_local_audit(args, profile.sensitive.counted, action="profile",
                          what="毕业生画像含困难类别、残疾、民族统计")
    if args.out is not None:
        written = write_profile(args.out, profile)
        unit = {".csv": "行", ".xlsx": "张工作表"}.get(args.out.suffix.lower())
        print(f"毕业生画像：共 {profile.total} 人" + (f"，{written} {unit}" if unit else "") + f"，写入 {args.out}")
    else:
        print("\n".join(summary_lines(profile)))
    print(f"用时 {time.perf_counter() - started:.1f} 秒", file=sys.stderr)
    return report_skipped(imports)


def _nobody(args: argparse.Namespace, graduates) -> str:
    """Why the filters leave no graduate, with the years and schools the file does hold."""
    asked = "、".join(part for part in (f"{args.year} 届" if args.year is not None else "",
                                        f"学校「{args.school}」" if args.school else "") if part)
    years = sorted({g.graduation_year for g in graduates if g.graduation_year})
    schools = sorted({g.school for g in graduates if g.school})
    held = [f"毕业年份 {'、'.join(map(str, years[:10]))}" if years else "未注明毕业年份",
            f"学校 {'、'.join(schools[:5])}{' 等' if len(schools) > 5 else ''}" if schools else "未注明学校"]
    return f"毕业生表 {args.graduates} 中没有符合条件（{asked}）的毕业生；表中有：{'；'.join(held)}"
