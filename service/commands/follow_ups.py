"""``jobmatch follow-ups export``: the officers' follow-up record of every graduate, to a file
for the bureau (follow-up and subsidy progress).

It reads the service's database (``--data-dir``, ``$JOBMATCH_DATA_DIR`` or ``DATABASE_URL``,
as ``jobmatch users`` does). The file names each graduate's hardship categories and their
subsidy states and notes, so before it is written one audit entry per graduate it discloses
goes to the same database (role ``cli``, action ``follow_up_export``); if that fails,
nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from service.errors import JobmatchError
from service.outcomes import FollowUpStatus, SubsidyState

if TYPE_CHECKING:  # imported where used: the command's --help loads no storage
    from service.storage.follow_up_report import ReportFilters
    from service.storage.repository import GraduateFilters

#: Columns of the file (the CSV's header, the JSON's keys), and their Chinese headers (the XLSX's one header row).
COLUMNS = ("graduate_id", "name", "school", "major", "hardship", "student_loan", "job_id", "job_title", "employer",
           "status", "subsidy", "note", "officer", "at", "job_listed", "first_at")
# ``job_listed`` and ``first_at`` come last, after the columns readers already rely on: a job id another post
# took holds two lines (one per push), told apart by whether their post is still stored and when it was pushed.
HEADERS_ZH = ("毕业生编号", "姓名", "学校", "专业", "困难类别", "国家助学贷款", "岗位编号", "职位名称", "用人单位",
              "跟进结果", "求职创业补贴", "备注", "记录人", "记录时间（北京时间）", "岗位状态", "首次推送时间（北京时间）")
#: The audit log's action for this export (fits its 16-character column).
ACTION = "follow_up_export"


def register(subparsers) -> None:
    parser = subparsers.add_parser("follow-ups", help="导出跟进记录（报送上级）", description="跟进记录")
    actions = parser.add_subparsers(dest="follow_ups_command", metavar="操作", required=True)
    export = actions.add_parser(
        "export", help="把跟进与求职创业补贴办理情况导出为文件",
        description="导出服务数据库中的跟进记录：默认每位毕业生的每个岗位一行（当前状态，求职创业补贴为该毕业生"
                    "最近填写的状态），--all-rows 导出全部记录。文件含困难类别、补贴与备注，写出前先为每位毕业生"
                    "记录一条审计日志；日志写不进则不输出。")
    export.add_argument("--out", required=True, type=Path, help="输出文件（.csv/.xlsx/.json）")
    export.add_argument("--since", type=day, help="只导出该日（北京时间）及以后记录的，如 2026-09-01（也可写 2026/09/01）；留空不按日期筛选")
    export.add_argument("--school", help="只导出学校名称包含此文字的毕业生")
    export.add_argument("--status", choices=[s.value for s in FollowUpStatus], help="只导出此跟进结果")
    export.add_argument("--subsidy", choices=[s.value for s in SubsidyState], help="只导出此补贴办理情况")
    export.add_argument("--all-rows", action="store_true", help="导出全部记录，而不只是每个岗位的当前状态")
    export.add_argument("--waiting", action="store_true",
                        help="只导出尚无结果的岗位（已推送、已投递、面试中），距最近记录最久的在前，供回访；"
                             "不能与 --status 已录用/未录用/放弃 同用")
    export.add_argument("--graduate", help="只导出该毕业生（编号）的跟进记录；留空（如 --graduate \"\"）不按毕业生筛选，"
                                           "与 --unpushed 同用时也一样")
    export.add_argument("--unpushed", action="store_true",
                        help="改为导出尚未推送过任何岗位的困难帮扶毕业生（每人一行，岗位与跟进各列为空，最需要跟进的在前）；"
                             "只可与 --school、--major 同用")
    export.add_argument("--major", help="与 --unpushed 同用：只导出专业名称包含此文字的毕业生（不区分大小写，与页面相同）")
    from service.commands.options import add_data_dir

    add_data_dir(export)
    export.set_defaults(func=run_export)


def day(text: str) -> dt.date | None:
    """An ``argparse`` type: a day written YYYY-MM-DD (or YYYY/MM/DD), refused in Chinese otherwise;
    blank is no filter (``--since ""``: a shell variable left empty), as on the API and the pages."""
    from service.beijing import parse_day  # the API's and the pages' reading of a day

    if not text.strip():
        return None
    try:
        return parse_day(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"「{text}」不是日期，请写成 YYYY-MM-DD，如 2026-09-01") from None


def run_export(args: argparse.Namespace) -> int:
    from service.commands.local_audit import write_local_audit
    from service.output import check_output_path, write_table
    from service.beijing import beijing_today
    from service.storage.follow_up_report import ReportFilters

    out = check_output_path(args.out)  # before any work: a bad path must not cost a read
    # Nor an audit entry: the log would record an export whose file could never be written.
    if not os.access(out.parent, os.W_OK | os.X_OK):
        raise JobmatchError(f"不能写入输出目录（没有写权限）：{out.parent}")
    # Blank is no filter, here as on the API and the page (a shell variable left empty): said, since
    # the file then holds every graduate's record rather than one.
    graduate = (args.graduate or "").strip() or None
    if args.graduate is not None and graduate is None:
        print("--graduate 为空：不按毕业生筛选（空白即不筛选）", file=sys.stderr)
    args.graduate = graduate
    if args.unpushed:
        return _export_unpushed(args)
    if args.major:  # the follow-up record has no major filter: refused, not silently ignored
        raise JobmatchError("--major 只可与 --unpushed 同用：跟进记录的导出不按专业筛选")
    filters = ReportFilters(since=args.since, status=args.status and FollowUpStatus(args.status),
                            # Trimmed as the page and the API read it (and as --unpushed does): 「 新疆大学 」
                            # pasted with a space exported an empty file, which reads as 「none」.
                            subsidy=args.subsidy and SubsidyState(args.subsidy),
                            school=(args.school or "").strip() or None,
                            all_rows=args.all_rows, waiting=args.waiting,
                            graduate_id=args.graduate)
    # Before any read or audit entry: such filters would write an empty file that reads as 「none」.
    if (contradiction := filters.contradiction()) is not None:
        raise JobmatchError(f"--waiting 与 --status {args.status}：{contradiction}")
    if (future := filters.future_since(beijing_today())) is not None:
        raise JobmatchError(f"--since {args.since.isoformat()}：{future}")
    from service.storage.follow_up_report import report
    from service.storage.follow_ups import about_listed_jobs, graduate_known

    def read(session):
        found = report(session=session, filters=filters)[0]
        listed = about_listed_jobs(session=session, rows=[line.follow_up for line in found])
        # One session for both: each ``_read`` opens the database and checks its revision.
        unknown = not found and args.graduate is not None and not graduate_known(session=session,
                                                                                 graduate_id=args.graduate)
        return found, listed, unknown

    lines, listed, unknown = _read(args, read)
    if unknown:
        # A mistyped 学号 wrote an empty file that reads as 「no follow-up」, as a future --since would.
        raise JobmatchError(f"--graduate {args.graduate}：没有编号为「{args.graduate}」的毕业生，也没有其跟进记录；"
                            "请核对毕业生编号（学号）")
    # The log comes first: if it cannot be written, no file is.
    write_local_audit(args, disclosed(lines), action=ACTION, what="导出的跟进记录含困难类别、求职创业补贴或备注")
    rows = write_table(args.out, [export_row(line, listed=line.follow_up.id in listed) for line in lines], COLUMNS,
                       HEADERS_ZH, sheet="跟进记录")
    if not lines:  # the file is still written (「none」 is an answer), but said, not left to read as a glitch
        print(_nothing_matched(args, filters), file=sys.stderr)
    graduates = len({line.graduate_id for line in lines})
    what = "全部记录" if args.all_rows else "当前状态"
    print(f"已导出 {graduates} 位毕业生的跟进记录（{what}），共 {rows} 行，写入 {args.out}")
    return 0


def _nothing_matched(args: argparse.Namespace, filters: ReportFilters | GraduateFilters, *, support: int = 0) -> str:
    """The warning of an export that matched no record, naming the filters as they were read (``--subsidy 已发放``
    on a database where no graduate's newest subsidy state is 已发放 wrote an empty file and only
    「共 0 行」 on stdout). From ``filters``, not ``args``: 「--school  喀什大学 」 is read trimmed, a blank one not at all.

    With ``--unpushed``, ``filters`` are its ``GraduateFilters`` and ``support`` how many hardship-support
    graduates pass them, pushed or not: 「all were pushed a job」 is not 「none on the list」 (a mistyped
    ``--major``), as the /follow-ups page tells them apart."""
    applied = ((("--school", filters.school), ("--major", filters.major)) if args.unpushed else
               (("--since", filters.since and filters.since.isoformat()),
                ("--status", filters.status), ("--subsidy", filters.subsidy),
                ("--school", filters.school), ("--waiting", filters.waiting),
                ("--graduate", filters.graduate_id), ("--all-rows", filters.all_rows)))
    given = [f"{option} {value}" if value is not True else option for option, value in applied if value]
    empty = f"写出的 {args.out} 中没有数据行"
    if args.unpushed and support:
        who = f"符合条件（{'、'.join(given)}）的困难帮扶毕业生" if given else "困难帮扶名单中的毕业生"
        return f"注意：{who}都已推送过岗位，{empty}"
    if args.unpushed:
        return (f"注意：没有符合条件（{'、'.join(given)}）的困难帮扶毕业生，{empty}" if given
                else f"注意：服务数据库中还没有困难帮扶毕业生，{empty}")
    if not given:
        return f"注意：服务数据库中还没有跟进记录，{empty}"
    why = ""
    if filters.subsidy:  # the reading this export used, not both
        why = ("（--all-rows 时 --subsidy 按每条记录自己填写的求职创业补贴状态筛选）" if filters.all_rows
               else "（--subsidy 按每位毕业生最近填写的求职创业补贴状态筛选）")
    return f"注意：没有符合条件（{'、'.join(given)}）的跟进记录{why}，{empty}"


def _export_unpushed(args: argparse.Namespace) -> int:
    """Hardship-support graduates no job was ever pushed to (``follow_ups.unpushed_support``), one row
    each in the file's columns with the job and follow-up columns empty; audited as the follow-up export
    (their hardship categories, groups and loan), before the file is written."""
    from service.commands.local_audit import write_local_audit
    from service.output import write_table
    from service.storage.follow_ups import count_support, unpushed_support
    from service.storage.repository import GraduateFilters

    asked = [option for option, value in (("--since", args.since), ("--status", args.status),
                                          ("--subsidy", args.subsidy), ("--all-rows", args.all_rows),
                                          ("--waiting", args.waiting), ("--graduate", args.graduate)) if value]
    if asked:
        raise JobmatchError(f"--unpushed 与 {'、'.join(asked)} 互相矛盾：尚未推送过岗位的毕业生没有跟进记录，"
                            "不能按跟进结果、补贴、日期或毕业生筛选；--unpushed 只可与 --school、--major 同用")
    # As the page and the API read them (trimmed, blank is no filter).
    filters = GraduateFilters(school=(args.school or "").strip() or None,
                              major=(args.major or "").strip() or None)

    def read(session):
        found = unpushed_support(session=session, filters=filters, offset=0, limit=None)[0]
        # A number naming nobody, unaudited: only to say why nothing was written.
        return found, (0 if found else count_support(session=session, filters=filters))

    graduates, support = _read(args, read)
    fields = ("hardship", "hardship_groups", "student_loan")
    # The 民族 of one listed for it alone (``Graduate.minority_by_ethnicity``) is read: its cell says 少数民族.
    write_local_audit(args, [(g.id, tuple(f for f in fields if getattr(g, f) is not None)
                              + (("ethnicity",) if g.minority_by_ethnicity else ())) for g in graduates],
                      action=ACTION, what="导出的名单即困难帮扶名单，含困难类别")
    rows = write_table(args.out, [_unpushed_row(g) for g in graduates], COLUMNS, HEADERS_ZH, sheet="尚未推送")
    if not graduates:  # as the record's export: 「none」 is written, and said
        print(_nothing_matched(args, filters, support=support), file=sys.stderr)
    print(f"已导出 {rows} 位尚未推送过任何岗位的困难帮扶毕业生，写入 {args.out}")
    return 0


def _unpushed_row(graduate) -> dict:
    loan = graduate.student_loan
    return {column: "" for column in COLUMNS} | {
        "graduate_id": graduate.id, "name": graduate.name or "", "school": graduate.school or "",
        "major": graduate.major or "", "hardship": _support_cell(graduate),
        "student_loan": "" if loan is None else "是" if loan else "否"}


def _support_cell(graduate) -> str:
    """The 困难类别 cell of the unpushed list, with 「少数民族（据民族）」 as the officer page tags one listed
    for their 民族 (「无」 then gives way to it: it is why the graduate is listed)."""
    cell = hardship_cell(graduate)
    if not graduate.minority_by_ethnicity:
        return cell
    return "、".join(part for part in ("" if cell == "无" else cell, "少数民族（据民族）") if part)


def _read(args: argparse.Namespace, query):
    """What ``query`` (a function of a session) reads from the service's database."""
    from sqlalchemy.engine import make_url

    from service.settings import Settings
    from service.storage.db import open_database

    # Not ``settings_from``: it creates the data directory, and opening the database would
    # create an empty one, so a mistyped --data-dir would export an empty record.
    settings = Settings(data_dir=args.data_dir) if args.data_dir else Settings()
    where = (f"数据库 {make_url(settings.database_url).render_as_string(hide_password=True)}"
             if settings.database_url else f"数据目录 {settings.data_dir}")
    if not settings.database_url and not Path(make_url(settings.resolved_database_url).database).is_file():
        raise JobmatchError(f"{where} 中没有服务数据库：请用 --data-dir（或 $JOBMATCH_DATA_DIR、DATABASE_URL）"
                            "指向 jobmatch serve 使用的数据")
    try:
        engine, sessions = open_database(settings.resolved_database_url)
        try:
            with sessions() as session:
                return query(session)
        finally:
            engine.dispose()
    except Exception as error:  # any connection, migration or query failure
        raise JobmatchError(f"无法读取服务数据库（{where}）：{error}") from error


def disclosed(lines) -> list[tuple[str, tuple[str, ...]]]:
    """(graduate id, fields) for each graduate the lines disclose something about: their
    hardship categories (and the groups named in them), student loan, a subsidy state, a note."""
    found: dict[str, set[str]] = {}
    for line in lines:
        fields = found.setdefault(line.graduate_id, set())
        # A recorded 「无」 (an empty set) is written as 无, a statement about hardship: audited as the
        # graduate page's 「困难类别：无」 is (``audit.present_fields``); only "not stated" (None) is not.
        if line.graduate is not None and line.graduate.hardship is not None:
            fields.add("hardship")
        if line.graduate is not None:
            fields.update(f for f in ("hardship_groups", "student_loan") if getattr(line.graduate, f) is not None)
        fields.update(f for f in ("subsidy", "note") if getattr(line, f) is not None)
    order = ("hardship", "hardship_groups", "student_loan", "subsidy", "note")
    return [(graduate_id, tuple(f for f in order if f in fields)) for graduate_id, fields in found.items()]


def hardship_cell(graduate) -> str:
    """The 困难类别 cell: the categories with their groups; 「无」 for a graduate recorded as in none (as
    the graduate page's 「困难类别：无」); blank only when not stated, or the record is deleted. A blank for
    both read the same: was the graduate checked and found in no category, or never asked?"""
    from features.records import hardship_labels

    if graduate is None or graduate.hardship is None:
        return ""
    return "、".join(hardship_labels(graduate.hardship, graduate.hardship_groups)) or "无"


def export_row(line, *, listed: bool | None = None) -> dict:
    """One ``ReportLine`` as a row of the file. ``at`` and ``first_at`` (the push's first record) are in Beijing
    time: CSV and JSON write them as text with the offset, XLSX as date-time values (``output.xlsx_value``).
    ``listed``: the line's post is the one stored under its job id now (``follow_ups.about_listed_jobs``),
    written 在招 / 已下架 (blank when not known, and on a subsidy-only line)."""
    from service.beijing import BEIJING

    row, graduate = line.follow_up, line.graduate
    loan = None if graduate is None else graduate.student_loan
    return {
        "graduate_id": row.graduate_id, "name": _text(graduate, "name"), "school": _text(graduate, "school"),
        "major": _text(graduate, "major"), "hardship": hardship_cell(graduate),
        "student_loan": "" if loan is None else "是" if loan else "否",
        # A subsidy-only record names no post: its job columns are empty, the subsidy says it all.
        "job_id": row.job_id or "", "job_title": row.job_title or "", "employer": row.job_employer or "",
        "status": row.status or "",
        "subsidy": line.subsidy or "", "note": row.note or "", "officer": row.user_name,
        "at": row.at.astimezone(BEIJING),
        "job_listed": "" if row.job_id is None or listed is None else "在招" if listed else "已下架",
        "first_at": "" if row.job_id is None or line.first_at is None else line.first_at.astimezone(BEIJING),
    }


def _text(graduate, field: str) -> str:
    """A field of the graduate's record; empty once the record is deleted (the lines stay)."""
    return (getattr(graduate, field) or "") if graduate is not None else ""
