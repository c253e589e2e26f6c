"""``jobmatch check-jobs``: check a job list before it goes to graduates (``matching.job_checks``).

Exit code: 0 when no finding is an 错误, 1 when some are (a row that cannot be read, pay
below the minimum wage, a headcount of 0; a row repeating an earlier one whole is a 提示), 2 when the file cannot be read at all (or, with
``--strict``, at its first unreadable row), as the other commands.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from service.commands.options import add_judging_day, add_strict, day_from, non_negative_int, positive_int, upload_limit

#: Findings the terminal shows by default (all are in ``--out``).
SHOWN = 20


def register(subparsers) -> None:
    from matching.job_checks import DEFAULT_MIN_PAY, DEFAULT_STALE_AFTER_DAYS

    parser = subparsers.add_parser(
        "check-jobs", help="核验岗位表：需求特征、职位类别、工作地点、薪酬待遇是否齐全有效",
        description="逐行检查岗位表在交给毕业生之前是否可用。" + checks_listed() + "每条结果注明文件、行和列。"
                    "退出码：0 无错误，1 有「错误」级别的问题，2 文件无法读取。",
    )
    parser.add_argument("--jobs", required=True, type=Path, help="岗位文件（.csv/.xlsx/.json/.jsonl）")
    parser.add_argument("--out", type=Path, help="把全部结果写入文件（.csv/.xlsx/.json）；省略时在终端显示")
    parser.add_argument("--min-pay", type=_min_pay, default=DEFAULT_MIN_PAY,
                        help=f"月最低工资标准（元），月薪低于此数报错；请按岗位所在地现行的最低工资标准文件设定"
                             f"（默认 {DEFAULT_MIN_PAY}，是新疆最低一档的月标准，未经核实是否仍现行）")
    parser.add_argument("--stale-after-days", type=positive_int, default=DEFAULT_STALE_AFTER_DAYS,
                        help=f"文件有「招聘信息更新时间」等列时，最后更新早于判断日这么多天、又未注明报名截止日期的岗位报「信息更新已久」"
                             f"（默认 {DEFAULT_STALE_AFTER_DAYS} 天，约一个招聘季：秋招、春招各约半年）")
    parser.add_argument("--show", type=non_negative_int, default=SHOWN, help=f"终端显示的结果条数（默认 {SHOWN}）")
    add_judging_day(parser)  # the day deadlines and seasons are checked on
    add_strict(parser)
    parser.set_defaults(func=run)


def checks_listed() -> str:
    """Every finding the command reports, by severity, from the checks' own labels
    (``matching.job_findings.CHECK_LABELS``): a hand-written list missed the checks added after it."""
    from matching.job_findings import Check, Severity

    groups = "；".join(f"{severity.value}：" + "、".join(c.label for c in Check if c.severity is severity)
                      for severity in Severity)
    return f"检查项（按级别）——{groups}。"


def _not_read(result) -> str:
    """Why the rows read are fewer than the rows: each cause, so the difference adds up."""
    from matching.job_findings import Check

    causes = []
    if result.skipped:
        causes.append(f"{len(result.skipped)} 行无法读入，见下方「{Check.ROW_UNREADABLE.label}」")
    if result.repeated:
        causes.append(f"{len(result.repeated)} 行与前面的行内容相同，只读入一次")
    return f"（{'；'.join(causes)}）" if causes else ""


def _min_pay(text: str) -> int:
    """A monthly minimum wage: positive, and below the pay the check calls implausibly high
    (a larger floor is a typo, and would make every row an error)."""
    from matching.job_checks import DEFAULT_MAX_PAY

    value = positive_int(text)
    if value >= DEFAULT_MAX_PAY:
        raise argparse.ArgumentTypeError(f"月最低工资标准 {value} 元不合常理，须小于 {DEFAULT_MAX_PAY}")
    return value


def run(args: argparse.Namespace) -> int:
    from matching.job_checks import check_jobs
    from service.model_store import load_major_code_tables
    from service.resources import load_major_catalog
    from service.errors import InputFileError
    from service.duplicate_columns import duplicates_note
    from service.importers import read_jobs
    from matching.job_findings import Check
    from service.job_check_report import SHARE_BASE, place_findings, street_note, summary_rows, write_job_checks
    from service.output import check_output_path

    if args.out is not None:
        check_output_path(args.out)
    started = time.perf_counter()
    result = read_jobs(args.jobs, strict=args.strict, max_bytes=upload_limit())
    if not result.records and not result.skipped:
        raise InputFileError("没有任何岗位记录", file=str(args.jobs))
    texts = {job.id: source.texts for job, source in zip(result.records, result.sources, strict=True)}
    report = check_jobs(result.records, catalog=load_major_catalog(), major_tables=load_major_code_tables(),
                        texts=texts, min_pay=args.min_pay, today=day_from(args),
                        stale_after=args.stale_after_days)
    placed = place_findings(report, result.records, result.sources, result.skipped, result.repeated)
    total = len(result.records) + len(result.skipped) + len(result.repeated)
    summary = summary_rows(placed, total)
    errors = sum(1 for f in placed if f.severity.value == "错误")
    print(f"{args.jobs}：共 {total} 行岗位，读入 {len(result.records)} 行{_not_read(result)}；"
          f"发现 {len(placed)} 条问题，其中错误 {errors} 条")
    for row in summary:
        # The count's unit and its share's base said with it: posts checked (as a list-wide finding's
        # 「2 / 2 个岗位」), the file's rows for 无法读入的行 and 重复的行.
        unit = "行" if Check(row["代码"]).file_only else "个岗位"
        print(f"  [{row['级别']}] {row['检查项']}：{row['行数']} {unit}（占{row[SHARE_BASE]}的 {row['占比']}）")
    if streets := street_note(result.records, result.sources):
        print(f"  {streets}")
    by_id = {job.id: source for job, source in zip(result.records, result.sources, strict=True)}
    if note := duplicates_note(report.findings, by_id, result.ignored_columns):
        print(f"  （疑似重复岗位：{note}）")
    if args.out is not None:
        written = write_job_checks(args.out, placed, summary, file=str(args.jobs), jobs=total)
        print(f"共 {written} 条，写入 {args.out}")
    else:
        for f in placed[: args.show]:
            job = f"（岗位 {f.job_id} {f.title}）" if f.job_id else ""
            print(f"- {f.where(str(args.jobs))}：[{f.severity.value}] {f.check.label}{job}：{f.message}")
        if len(placed) > args.show:
            print(f"……另有 {len(placed) - args.show} 条；使用 --out 保存全部结果。")
    print(f"用时 {time.perf_counter() - started:.1f} 秒", file=sys.stderr)
    return 1 if errors else 0
