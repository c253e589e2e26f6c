"""``jobmatch recommend``: ranked job suggestions for every graduate of a file."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path

from tqdm import tqdm

from service.commands.options import (add_data_dir, add_strict, non_negative_int, positive_int, read_inputs,
                                      report_skipped, settings_from)
from service.errors import JobmatchError


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "recommend", help="为每位毕业生推荐岗位",
        description="读取岗位表和毕业生表，为每位毕业生给出排序后的推荐岗位及理由，并列出不符合报考条件的岗位及原因。",
    )
    parser.add_argument("--jobs", required=True, type=Path, help="岗位文件（.csv/.xlsx/.json）")
    parser.add_argument("--graduates", required=True, type=Path, help="毕业生文件（.csv/.xlsx/.json）")
    parser.add_argument("--top", type=positive_int, default=20, help="每位毕业生推荐的岗位数（默认 20）")
    parser.add_argument("--not-eligible", type=non_negative_int, default=5, dest="rejected",
                        help="每位毕业生列出的不符合条件岗位数（默认 5）")
    parser.add_argument("--out", type=Path, help="输出文件（.csv/.xlsx/.json）；省略时在终端显示")
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

    ranker = build_ranker(jobs.records, use_model=not args.no_model)
    with tqdm(total=len(graduates.records), desc="匹配", unit="人", file=sys.stderr, disable=None) as bar:
        results = ranker.rank(graduates.records, k=args.top, rejected_k=args.rejected, progress=bar.update)
    by_id = {job.id: job for job in jobs.records}
    shown = results if args.out is not None else results[: args.show]
    # The log comes first: if it cannot be written, nothing is shown or written.
    _audit(args, [(r.graduate_id, _disclosed(r, printed=args.out is None)) for r in shown])

    if args.out is not None:
        rows = write_suggestions(args.out, results, by_id)
        print(f"已为 {len(results)} 位毕业生生成推荐（{len(jobs.records)} 个岗位），共 {rows} 行，写入 {args.out}")
    else:
        _print(shown, by_id, {g.id: g for g in graduates.records})
        print(f"共为 {len(results)} 位毕业生生成推荐（{len(jobs.records)} 个岗位）；使用 --out 保存全部结果。")
    print(f"用时 {time.perf_counter() - started:.1f} 秒", file=sys.stderr)
    return report_skipped([jobs, graduates])


#: Suggestions per graduate that the terminal shows.
PRINTED_SUGGESTIONS = 10


def _disclosed(result, *, printed: bool) -> tuple[str, ...]:
    """Sensitive fields that the reasons about to be shown for one graduate rest on."""
    suggestions = result.suggestions[:PRINTED_SUGGESTIONS] if printed else result.suggestions
    return tuple(sorted({f for item in (*suggestions, *result.rejected) for f in item.discloses}))


def _audit(args: argparse.Namespace, disclosed: list[tuple[str, tuple[str, ...]]]) -> None:
    """Write one audit entry per graduate whose shown reasons rest on sensitive fields
    (「民族不符：…」), in the service's database, before anything is shown."""
    disclosed = [(graduate_id, fields) for graduate_id, fields in disclosed if fields]
    if not disclosed:
        return  # no database is opened for output that discloses nothing
    from sqlalchemy.engine import make_url

    from service import audit
    from service.storage.db import open_database

    where = f"数据目录 {args.data_dir}" if args.data_dir else "数据目录 $JOBMATCH_DATA_DIR 或 ./data"
    try:
        settings = settings_from(args)
        where = (f"数据库 {make_url(settings.database_url).render_as_string(hide_password=True)}"
                 if settings.database_url else f"数据目录 {settings.data_dir}")
        engine, sessions = open_database(settings.resolved_database_url)
        try:
            with sessions() as session:
                audit.record_local_disclosures(session=session, login=_login(), disclosed=disclosed)
                session.commit()
        finally:
            engine.dispose()
    except Exception as error:  # any database failure: refuse to show unaudited reasons
        raise JobmatchError(f"无法写入审计日志（{where}）：{error}。"
                            "推荐理由涉及民族、残疾等敏感信息，未记录审计日志前不输出结果。") from error
    print(f"已记录 {len(disclosed)} 条敏感信息审计日志（推荐理由涉及民族、残疾等信息）", file=sys.stderr)


def _login() -> str:
    """The operating-system account running the command (who read the data)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry and no LOGNAME/USER (some containers)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def _print(results, jobs, graduates) -> None:
    for result in results:
        g = graduates[result.graduate_id]
        level = g.education.label if g.education is not None else "学历未知"
        print(f"\n== {g.id} {g.name or ''}｜{g.school or ''}｜{g.major or '专业未知'}｜{level} ==")
        for s in result.suggestions[:PRINTED_SUGGESTIONS]:
            job = jobs[s.job_id]
            mark = "［待核实］" if s.status.value == "needs_review" else ""
            print(f"{s.rank:>3}. {mark}{job.title}｜{job.employer or ''}｜{job.location or ''}  得分 {s.score:.3f}")
            print(f"     理由：{'；'.join(s.reasons)}")
        if result.rejected:
            print("   不符合报考条件的岗位：")
            for r in result.rejected:
                job = jobs[r.job_id]
                print(f"     × {job.title}｜{job.employer or ''}：{'；'.join(r.reasons)}")
