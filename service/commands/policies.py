"""``jobmatch policies``: check a policy list (政策清单) and, given graduates, list for each the
policies they can use (符合) or should check (待核实), with reasons (``matching.policies``); the
files and ``--show-ineligible`` list those they cannot use (不符合) with why, too."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from service.commands.options import (add_data_dir, add_judging_day, add_strict, day_from, non_negative_int, report_skipped,
                                      require_records, upload_limit)

#: Policies shown per list in the terminal without ``--out``.
SHOWN_TEXT = 60


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "policies", help="检查政策清单；列出毕业生可申请的政策",
        description="读取政策清单（.xlsx/.csv）并检查每个单元格；给出毕业生表时，为每位毕业生列出符合条件和待核实的政策及理由，"
                    "输出文件还列出不符合的政策及原因（终端加 --show-ineligible 显示）。"
                    "理由涉及困难类别、残疾、民族等敏感信息时，先写入审计日志再输出。",
    )
    parser.add_argument("--policies", required=True, type=Path, help="政策清单文件（.xlsx/.csv）")
    parser.add_argument("--graduates", type=Path, help="毕业生文件（.csv/.xlsx/.json/.jsonl）；省略时只检查并显示政策清单")
    parser.add_argument("--out", type=Path, help="输出文件（.csv/.xlsx/.json）；省略时在终端显示")
    parser.add_argument("--show", type=non_negative_int, default=3, help="终端显示的毕业生人数（未指定 --out 时，默认 3）")
    parser.add_argument("--show-ineligible", action="store_true",
                        help="终端也列出不符合的政策及原因（默认每位毕业生只显示不符合的项数；输出文件总是包含）")
    add_judging_day(parser)  # policy deadlines (the list alone: which have closed) and graduates' ages
    add_strict(parser)
    add_data_dir(parser)  # its database holds the audit log of reasons resting on sensitive fields
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from service.output import check_output_path
    from service.policy_file import read_policies

    started = time.perf_counter()
    if args.out is not None:
        check_output_path(args.out)
    policies = read_policies(args.policies, max_bytes=upload_limit()).policies
    if args.graduates is None:
        return _list(args, policies)
    return _for_graduates(args, policies, started)


def _list(args: argparse.Namespace, policies) -> int:
    from service.policy_report import write_policy_list

    if args.out is not None:
        write_policy_list(args.out, policies)
        print(f"政策清单检查通过：共 {len(policies)} 项政策，写入 {args.out}")
        _say_closed(args, policies)
        return 0
    for p in policies:
        print(f"\n== {p.id} {p.name}{f'（{p.category}）' if p.category else ''} ==")
        for label, text in (("内容/待遇", p.content), ("适用对象", p.audience), ("核对条件", _conditions(p)),
                            ("申请方式", p.how_to_apply),
                            ("截止日期", p.deadline.isoformat() if p.deadline else None), ("发布单位", p.issuer),
                            ("政策依据", p.basis)):
            if text:  # the conditions in full: a cut one would hide who qualifies
                print(f"   {label}：{text if label == '核对条件' else _clip(text)}")
    print(f"\n政策清单检查通过：共 {len(policies)} 项政策。")
    _say_closed(args, policies)
    return 0


def _say_closed(args: argparse.Namespace, policies) -> None:
    """Names the policies whose deadline is already past on the judging day: every graduate
    reads them 不符合, and a list that 「passes」 unsaid would be published with them (a bureau
    copying last year's list, or a deadline mistyped)."""
    from matching.deadlines import is_closed, written_day

    day = day_from(args)
    closed = [p for p in policies if is_closed(p.deadline, day)]
    if closed:
        names = "、".join(f"{p.id} {p.name}（截止日期{written_day(p.deadline)}）" for p in closed)
        print(f"注意：按{written_day(day)}判断，{len(closed)} 项政策已过截止日期，每位毕业生都将列为不符合：{names}")


#: The engine's condition columns (``matching.policies``) and how the listing names each.
_COLUMN_LABELS = {"毕业年份或离校年限": "毕业年份", "户籍": "户籍或地区"}


def _conditions(policy) -> str:
    """What the tool checks for each graduate, as the engine reads the list's columns
    (``matching.policies.policy_conditions``): the 适用对象 text is for people and checked by
    nobody, so an officer should see which conditions stand behind 符合. A clause the engine
    cannot read is marked as left to staff; one that restricts nobody (「由招用单位申请」, a contact)
    is said to be no condition; the deadline is checked too."""
    from matching.policies import policy_clauses, policy_conditions
    from matching.rules.conditions import Kind

    parts: list[tuple[str, str]] = []
    for cond in policy_conditions(policy):
        if cond.kind is Kind.NOTE:
            continue  # restricts nobody (``matching.policies._HARMLESS_NOTES``)
        text = f"「{cond.text.strip()}」" + ("（读不出，须人工核实）" if cond.kind is Kind.NEEDS_REVIEW else "")
        parts.append((_COLUMN_LABELS.get(cond.span.column, cond.span.column), text))
    for kind, clause, _ in policy_clauses(policy):
        parts.append(("其他条件", f"「{clause}」（须人工核实是否属于）" if kind == "school_group"
                      else f"「{clause}」（说明由谁申请，不作条件）"))
    if policy.deadline is not None:
        parts.append(("截止日期", f"「{policy.deadline.isoformat()}」（已过则不符合）"))
    columns: dict[str, list[str]] = {}  # one label per column, each clause quoted (a text may hold 「；」)
    for label, text in parts:
        columns.setdefault(label, []).append(text)
    shown = [label + "、".join(texts) for label, texts in columns.items()]
    return "；".join(shown) if shown else "未列（每位毕业生都列为符合，请按适用对象把关）"


def _about_graduate(result, graduate, policies):
    """The result with its reasons worded for the staff who run this command and read its
    files (「该毕业生登记为低收入家庭」), not to the graduate (「您…」), as ``jobmatch recommend``
    and the service's answers for staff word them (``about_candidate``); the graduate's and the
    policy's own words stay as written."""
    from dataclasses import replace

    from matching.explain import about_candidate, record_texts

    by_id = {p.id: p for p in policies}

    def about(m):
        data = record_texts(graduate, by_id.get(m.policy_id))
        return replace(m, reasons=tuple(about_candidate(r, data) for r in m.reasons))

    return replace(result, matches=tuple(map(about, result.matches)))


def _for_graduates(args: argparse.Namespace, policies, started: float) -> int:
    from matching.policies import graduate_policies
    from matching.verdict import Status
    from service.commands.local_audit import write_local_audit
    from service.engine import load_rules_engine
    from service.importers import read_graduates
    from service.policy_report import ALL_STATUSES, LISTED, counts, write_policy_results
    from service.resources import load_major_catalog

    graduates = read_graduates(args.graduates, strict=args.strict, catalog=load_major_catalog(),
                               max_bytes=upload_limit())
    require_records(graduates, "毕业生")
    engine = load_rules_engine(day_from(args))
    results = [_about_graduate(graduate_policies(engine, g, policies), g, policies) for g in graduates.records]
    shown = results if args.out is not None else results[: args.show]
    # Files hold every verdict; the terminal 不符合 ones only when asked (their reasons may say 「登记的民族为汉族」).
    statuses = ALL_STATUSES if args.out is not None or args.show_ineligible else LISTED
    # The log comes first: if it cannot be written, nothing is shown or written.
    write_local_audit(args, [(r.graduate_id, r.discloses(statuses)) for r in shown], action="policies",
                      what="政策理由涉及困难类别、残疾、民族等敏感信息")
    by_id = {p.id: p for p in policies}
    if args.out is not None:
        rows = write_policy_results(args.out, results, by_id, {g.id: g for g in graduates.records})
        unit = "人" if args.out.suffix.lower() == ".json" else "行"
        print(f"已为 {len(results)} 位毕业生核对 {len(policies)} 项政策，共 {rows} {unit}，写入 {args.out}")
    else:
        names = {g.id: g.name for g in graduates.records}
        for r in shown:
            print(f"\n== {r.graduate_id} {names.get(r.graduate_id) or ''} ==")
            listed = r.with_status(*statuses)
            for m in listed:
                print(f"   ［{m.status.label}］{m.policy_id} {by_id[m.policy_id].name}")
                print(f"      {'原因' if m.status is Status.NOT_ELIGIBLE else '理由'}：{'；'.join(m.reasons)}")
            if not r.with_status(*LISTED):
                print("   没有符合或待核实的政策")
            if not args.show_ineligible and (failed := len(r.with_status(Status.NOT_ELIGIBLE))):
                print(f"   另有 {failed} 项政策不符合（加 --show-ineligible 显示原因）")
    print(f"\n{len(results)} 位毕业生中（符合 / 待核实 / 不符合）：")
    for policy_id, found in counts(results, policies).items():
        print(f"   {policy_id} {by_id[policy_id].name}：{found[Status.ELIGIBLE]} / {found[Status.NEEDS_REVIEW]}"
              f" / {found[Status.NOT_ELIGIBLE]}")
    print(f"用时 {time.perf_counter() - started:.1f} 秒", file=sys.stderr)
    return report_skipped([graduates])


def _clip(text: str) -> str:
    return text if len(text) <= SHOWN_TEXT else text[:SHOWN_TEXT] + "…"
