"""Options that several ``jobmatch`` sub-commands share."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from service.settings import DEFAULT_MAX_BODY_BYTES, Settings


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="数据目录（默认 $JOBMATCH_DATA_DIR 或 ./data）")


def settings_from(args: argparse.Namespace) -> Settings:
    """The service settings, with ``--data-dir`` (when given) over the environment."""
    settings = Settings(data_dir=args.data_dir) if getattr(args, "data_dir", None) else Settings()
    settings.prepare()
    return settings


def add_judging_day(parser: argparse.ArgumentParser) -> None:
    """``--on``: the day verdicts are judged on (ages, 应届 status, 报名截止日期, a post's season,
    policy deadlines), for every command whose output depends on it. Default: today in Beijing,
    the service's day; a past season's table is read as it was with ``--on 2023-03-01``."""
    parser.add_argument("--on", type=judging_day, dest="day", metavar="YYYY-MM-DD",
                        help="判断日期：按这一天判断年龄、应届身份、报名是否截止和招聘年度（默认今天，北京时间）")


def day_from(args: argparse.Namespace) -> dt.date:
    """The judging day of ``--on``, else today in Beijing (read once per run)."""
    from service.beijing import beijing_today

    day = getattr(args, "day", None)
    return day if day is not None else beijing_today()


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def judging_day(text: str) -> dt.date:
    """An ``argparse`` type: a calendar day written YYYY-MM-DD, refused in Chinese otherwise
    (``date.fromisoformat`` alone would also take 20230301 and 2023-W09-3)."""
    text = text.strip()
    if _ISO_DAY.fullmatch(text) is None:
        raise argparse.ArgumentTypeError(f"判断日期「{text}」须写成 YYYY-MM-DD（如 2023-03-01）")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"判断日期「{text}」不是有效的日期") from None


def add_strict(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--strict", action="store_true", help="遇到第一行错误即停止（默认跳过错误行并在最后报告）")


def positive_int(text: str) -> int:
    """An ``argparse`` type: an integer of at least 1, refused in Chinese otherwise."""
    value = non_negative_int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("必须为正整数")
    return value


def non_negative_int(text: str) -> int:
    """An ``argparse`` type: an integer of at least 0, refused in Chinese otherwise."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"「{text}」不是整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError("不能为负数")
    return value


def upload_limit() -> int:
    """``Settings.max_body_bytes`` (``JOBMATCH_MAX_BODY_BYTES``), the largest file a command reads, as
    the service's upload limit; for a command that needs no other setting: another variable the
    service would refuse (``JOBMATCH_MIN_PAY=abc``) must not stop a ``recommend`` that never reads
    it, and this one, when unreadable, is named in Chinese. The readers take it as ``max_bytes``."""
    from pydantic import ValidationError

    from service.errors import JobmatchError

    try:
        return Settings().max_body_bytes
    except ValidationError as error:
        wrong = {str(e["loc"][0]) for e in error.errors() if e["loc"]}
    if "max_body_bytes" in wrong:
        raise JobmatchError("环境变量 JOBMATCH_MAX_BODY_BYTES 应为整数（文件大小上限，单位字节），请改正或删除后重试")
    try:  # the others at their defaults: their values are the service's business, not this command's
        return Settings(**{n: Settings.model_fields[n].default for n in wrong if n in Settings.model_fields}).max_body_bytes
    except ValidationError:
        return DEFAULT_MAX_BODY_BYTES


def read_inputs(args: argparse.Namespace):
    """The ``ImportResult``s of ``--jobs`` and ``--graduates``, after checking ``--out``
    (before any work: a bad path must not cost a full ranking); a file without a usable
    record stops the run, naming the file."""
    from service.import_rows import check_file_size
    from service.importers import read_graduates, read_jobs
    from service.output import check_output_path
    from service.resources import load_major_catalog

    if getattr(args, "out", None) is not None:
        check_output_path(args.out)
    limit = upload_limit()
    for path in (args.jobs, args.graduates):  # both before either is read: a refusal costs no parse
        check_file_size(path, max_bytes=limit)
    catalog = load_major_catalog()
    jobs = read_jobs(args.jobs, strict=args.strict, catalog=catalog, max_bytes=limit)
    graduates = read_graduates(args.graduates, strict=args.strict, catalog=catalog, max_bytes=limit)
    require_records(jobs, "岗位")
    require_records(graduates, "毕业生")
    return jobs, graduates


#: Skipped rows a "no usable record" error quotes.
QUOTED_ROWS = 3


def require_records(result, what: str) -> None:
    """Stop the run when the ``ImportResult`` holds no usable record, naming the file and,
    when every row was refused, why the first ones were: the rows' own report would come
    only at the end of a run that now never gets there."""
    from service.errors import InputFileError

    if result.records:
        return
    message = f"没有可用的{what}记录"
    if result.skipped:
        reasons = "；".join(error.describe(with_file=False) for error in result.skipped[:QUOTED_ROWS])
        more = "等" if len(result.skipped) > QUOTED_ROWS else ""
        message += f"：全部 {len(result.skipped)} 行有错误（{reasons}{more}）"
    raise InputFileError(message, file=result.source)


def report_skipped(results: Iterable) -> int:
    """Print the rows of the ``ImportResult``s read once as repeats (a note per file), then
    every skipped row with its file, row and column, to stderr."""
    results = list(results)
    for result in results:
        for note in result.notes():
            print(f"\n提示：文件 {result.source}：{note}", file=sys.stderr)
    skipped = [error for result in results for error in result.skipped]
    if skipped:
        print(f"\n已跳过 {len(skipped)} 行有错误的数据：", file=sys.stderr)
        for error in skipped:
            print(f"  - {error.describe()}", file=sys.stderr)
    return 0
