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


def report_skipped(results: Iterable) -> int:
    """Print every skipped row of the ``ImportResult``s to stderr, with its file, row and column."""
    skipped = [error for result in results for error in result.skipped]
    if skipped:
        print(f"\n已跳过 {len(skipped)} 行有错误的数据：", file=sys.stderr)
        for error in skipped:
            print(f"  - {error.describe()}", file=sys.stderr)
    return 0
