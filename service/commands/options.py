"""Options that several ``jobmatch`` sub-commands share."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from service.settings import Settings


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="数据目录（默认 $JOBMATCH_DATA_DIR 或 ./data）")


def settings_from(args: argparse.Namespace) -> Settings:
    """The service settings, with ``--data-dir`` (when given) over the environment."""
    settings = Settings(data_dir=args.data_dir) if getattr(args, "data_dir", None) else Settings()
    settings.prepare()
    return settings


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


def read_inputs(args: argparse.Namespace):
    """The ``ImportResult``s of ``--jobs`` and ``--graduates``, after checking ``--out``
    (before any work: a bad path must not cost a full ranking); a file without a usable
    record stops the run, naming the file."""
    from service.importers import read_graduates, read_jobs
    from service.output import check_output_path
    from service.resources import load_major_catalog

    if getattr(args, "out", None) is not None:
        check_output_path(args.out)
    catalog = load_major_catalog()
    jobs = read_jobs(args.jobs, strict=args.strict, catalog=catalog)
    graduates = read_graduates(args.graduates, strict=args.strict, catalog=catalog)
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
    """Print every skipped row of the ``ImportResult``s to stderr, with its file, row and column."""
    skipped = [error for result in results for error in result.skipped]
    if skipped:
        print(f"\n已跳过 {len(skipped)} 行有错误的数据：", file=sys.stderr)
        for error in skipped:
            print(f"  - {error.describe()}", file=sys.stderr)
    return 0
