"""``jobmatch``: the command-line entry point.

Sub-commands live in ``service.commands`` (one module each) so that each stays small
and the CLI imports only what the chosen command needs.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from service.commands import COMMAND_MODULES
from service.errors import JobmatchError


#: argparse's own messages, in the order tried; ``{}`` holds a translated inner message.
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern, re.S), chinese) for pattern, chinese in (
    (r"argument (?P<a>\S+): (?P<inner>.*)", "参数 {a}：{inner}"),
    (r"the following arguments are required: (?P<a>.*)", "缺少必需的参数：{a}"),
    (r"unrecognized arguments: (?P<a>.*)", "无法识别的参数：{a}"),
    (r"invalid choice: (?P<a>.*) \(choose from (?P<b>.*)\)", "无效的选择 {a}（可选：{b}）"),
    (r"invalid (?P<a>\w+) value: (?P<b>.*)", "无效的值 {b}（{a}）"),
    (r"expected one argument", "需要给出一个值"),
    (r"expected at least one argument", "至少需要给出一个值"),
    (r"expected at most one argument", "最多只能给出一个值"),
    (r"expected (?P<a>\d+) arguments?", "需要给出 {a} 个值"),
    (r"not allowed with argument (?P<a>.*)", "不能与参数 {a} 同时使用"),
    (r"one of the arguments (?P<a>.*) is required", "参数 {a} 中须给出一个"),
    (r"ambiguous option: (?P<a>\S+) could match (?P<b>.*)", "选项 {a} 有歧义，可能是：{b}"),
    (r"ignored explicit argument (?P<a>.*)", "此选项不接受值：{a}"),
    (r"can't open '(?P<a>.*)': (?P<b>.*)", "无法打开「{a}」：{b}"),
))
#: Type names in 「invalid int value」.
_TYPE_NAMES = {"int": "须为整数", "float": "须为数字", "Path": "须为路径"}


def chinese_message(message: str) -> str:
    """An argparse error message in Chinese; one this table does not know is returned as is."""
    for pattern, chinese in _MESSAGES:
        if (m := pattern.fullmatch(message.strip())) is not None:
            parts = m.groupdict()
            if "inner" in parts:
                parts["inner"] = chinese_message(parts["inner"])
            if pattern.pattern.startswith("invalid (?P<a>"):
                parts["a"] = _TYPE_NAMES.get(parts["a"], "格式不对")
            return chinese.format(**parts)
    return message


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with its usage, headings, help option and errors in Chinese, as every other
    message of the command line is. Sub-command parsers are of the same class (argparse
    creates them with ``type(parent)``)."""

    def __init__(self, *args, add_help: bool = True, **kwargs) -> None:
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", "用法：", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage: ", "用法：", 1)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{chinese_message(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseArgumentParser(
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
