"""``jobmatch``: the command-line entry point.

Sub-commands live in ``service.commands`` (one module each) so that each stays small
and the CLI imports only what the chosen command needs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from service.commands import COMMAND_MODULES
from service.errors import JobmatchError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jobmatch",
        description="公共就业服务进校园：岗位与毕业生智能匹配",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="命令", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"service.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except JobmatchError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
