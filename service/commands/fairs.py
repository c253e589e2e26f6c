"""``jobmatch fairs``: propose small industry- or major-specialised fairs from a job table
and a graduate table (``matching.fairs``)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from matching.fair_limits import FairLimits
from service.commands.options import add_judging_day, add_strict, day_from, non_negative_int, positive_int, read_inputs, report_skipped
from service.errors import JobmatchError
from service.fair_sizes import SIZE_FIELDS

#: Positions and graduates of each fair the terminal shows (all are in ``--out``).
PRINTED = 5


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "fairs", help="规划行业化、专业化小型招聘会",
        description="读取岗位表和毕业生表，按行业或专业类提出小型招聘会方案：每场的用人单位、岗位（含招聘人数）"
                    "和可参加的毕业生，均附理由。按毕业生去除敏感信息后的记录计算（与招聘活动组织者所见一致），"
                    "结果可交给组织者使用。",
    )
    parser.add_argument("--jobs", required=True, type=Path, help="岗位文件（.csv/.xlsx/.json/.jsonl）")
    parser.add_argument("--graduates", required=True, type=Path, help="毕业生文件（.csv/.xlsx/.json/.jsonl）")
    parser.add_argument("--by", choices=("industry", "major"), default="major",
                        help="按行业（industry）或专业类（major，默认）分场")
    parser.add_argument("--out", type=Path, help="输出文件（.csv/.xlsx/.json）；省略时在终端显示")
    # The sizes, their wording and defaults are the API's and the /fairs form's (one table);
    # the command keeps no upper bound: a file run may ask for any size.
    for name, size in SIZE_FIELDS.items():
        parser.add_argument("--" + name.replace("_", "-"), type=positive_int, default=size.default,
                            help=f"{size.description}（默认 {size.default}）")
    parser.add_argument("--max-rank", type=positive_int, default=FairLimits().max_rank,
                        help=f"行业场：本场岗位须在毕业生推荐的前几位（默认 {FairLimits().max_rank}）")
    parser.add_argument("--top", type=positive_int, default=20, help="每位毕业生参与判断的推荐岗位数（默认 20）")
    parser.add_argument("--show", type=non_negative_int, default=10, help="终端显示的场次数（未指定 --out 时，默认 10）")
    add_judging_day(parser)
    add_strict(parser)
    parser.add_argument("--no-model", action="store_true", help="不使用专业匹配模型（未列专业的岗位不归入专业类）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from matching.fair_limits import FairLimitsError
    from matching.fairs import plan_fairs
    from service.api.withheld import redact
    from service.engine import build_ranker
    from service.fair_report import summary
    from service.output import write_fairs

    try:
        limits = FairLimits(max_employers=args.max_employers, max_positions=args.max_positions,
                            min_positions=args.min_positions, min_graduates=args.min_graduates,
                            max_graduates=args.max_graduates, max_rank=args.max_rank,
                            max_fairs_per_graduate=args.max_fairs_per_graduate)
    except FairLimitsError as error:
        options = " 与 ".join("--" + name.replace("_", "-") for name in error.fields)
        raise JobmatchError(f"参数 {options}：{error}") from None
    started = time.perf_counter()
    jobs, graduates = read_inputs(args)

    # As organisers see them: no verdict, hence no place in a fair, rests on ethnicity,
    # disability or hardship (those conditions read 待核实), so the plan can be handed on.
    people = [redact(g) for g in graduates.records]
    ranker = build_ranker(jobs.records, use_model=not args.no_model, reference_date=day_from(args))
    results = ranker.rank(people, k=args.top, rejected_k=0)
    plan = plan_fairs(ranker, people, results, by=args.by, limits=limits)
    by_id = {g.id: g for g in people}
    if args.out is not None:
        contacts = {job.id: job.contact for job in jobs.records}
        rows = write_fairs(args.out, plan, by_id, contact_of=contacts.get)
        # A JSON file holds one entry per fair, which the summary has counted already.
        rows_note = "" if args.out.suffix.lower() == ".json" else f"共 {rows} 行，"
        print(f"{summary(plan)}；{rows_note}写入 {args.out}")
    else:
        _print(plan, by_id, args.show)
        print(f"{summary(plan)}；使用 --out 保存完整名单。")
    print(f"用时 {time.perf_counter() - started:.1f} 秒", file=sys.stderr)
    return report_skipped([jobs, graduates])


def _print(plan, graduates, show: int) -> None:
    from features.place_inference import places_said
    from features.records import shown_headcount

    for number, fair in enumerate(plan.fairs[:show], start=1):
        unknown = f"，{fair.headcount_unknown} 个岗位未注明人数" if fair.headcount_unknown else ""
        unknown += f"，{fair.headcount_open} 个岗位人数若干" if fair.headcount_open else ""
        print(f"\n== {number}. {fair.title}｜{len(fair.employers)} 家单位｜{len(fair.positions)} 个岗位"
              f"（招聘 {fair.headcount} 人{unknown}）｜{len(fair.graduates)} 位毕业生 ==")
        print(f"   地点：{places_said(fair.places[:5])}{f'等 {len(fair.places)} 处' if len(fair.places) > 5 else ''}" + (
            f"；移入单位所在地：{places_said(fair.moved_places[:3])}{f'等 {len(fair.moved_places)} 处' if len(fair.moved_places) > 3 else ''}"
            if fair.moved_places else ""))
        for p in fair.positions[:PRINTED]:
            print(f"   岗位 {p.job_id} {p.title}｜{p.employer or ''}｜{'人数未注明' if (shown := shown_headcount(p)) is None else shown}"
                  f"｜可报考 {p.graduates} 人：{p.reason}")
        for g in fair.graduates[:PRINTED]:
            record = graduates.get(g.graduate_id)
            print(f"   毕业生 {g.graduate_id} {record.name if record and record.name else ''}：{g.reason}")
        hidden = max(0, len(fair.positions) - PRINTED) + max(0, len(fair.graduates) - PRINTED)
        if hidden:
            print(f"   ……另有 {hidden} 条")
    if len(plan.fairs) > show:
        print(f"\n……另有 {len(plan.fairs) - show} 场（--show 调整）")
    if plan.notes:
        print("\n说明：")
        for note in plan.notes:
            print(f"  - {note}")
    if plan.absent:
        print(f"\n未列入招聘会的毕业生（{len(plan.absent)} 位）：")
        for a in plan.absent[:PRINTED]:
            record = graduates.get(a.graduate_id)
            print(f"  - {a.graduate_id} {record.name if record and record.name else ''}：{a.reason}")
        if len(plan.absent) > PRINTED:
            print(f"  ……另有 {len(plan.absent) - PRINTED} 位（使用 --out 保存全部毕业生的原因）")
    if plan.unplaced:
        print(f"\n未列入招聘会的岗位（{len(plan.unplaced)} 个）：")
        for u in plan.unplaced[:PRINTED]:
            print(f"  - {u.job_id} {u.title}｜{u.employer or ''}：{u.reason}")
        if len(plan.unplaced) > PRINTED:
            print(f"  ……另有 {len(plan.unplaced) - PRINTED} 个（使用 --out 保存全部岗位的原因）")
