"""Errors raised at the service edge, each with a Chinese message for users."""

from __future__ import annotations


class JobmatchError(Exception):
    """Base of every error ``jobmatch`` reports to a user instead of a traceback."""


class InputFileError(JobmatchError):
    """A file, or one cell of it, that cannot be read. Names file, row and column.

    ``row`` is the 1-based row number as a spreadsheet shows it (for JSON: the 1-based
    record number); ``column`` the header as written in the file (or the JSON field).
    """

    def __init__(self, message: str, *, file: str, row: int | None = None, column: str | None = None):
        self.message = message
        self.file = file
        self.row = row
        self.column = column
        super().__init__(self.describe())

    def describe(self, *, with_file: bool = True) -> str:
        where = [f"文件 {self.file}"] if with_file else []
        if self.row is not None:
            where.append(f"第 {self.row} 行")
        if self.column is not None:
            where.append(f"列「{self.column}」")
        return "，".join(where) + f"：{self.message}" if where else self.message


def size_text(size: int) -> str:
    """``size`` bytes as a reader says it: whole MB or KB as such (「20 MB」「512 KB」), else in the
    largest unit it reaches with one decimal cut down (「1.5 MB」「97.6 KB」 for 100000), never up: a file
    smaller than the figure said always fits. Under 1 KB: in bytes."""
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= factor:
            return f"{size // factor} {unit}" if size % factor == 0 else f"{size * 10 // factor / 10:.1f} {unit}"
    return f"{size} 字节"


def too_large(limit: int, what: str) -> str:
    """「{what}超过 20 MB 的上限」: the words of the service's 413 (``what`` 请求内容) and of the
    command line's refusal of a file (``what`` 文件), so that both name one limit alike."""
    return f"{what}超过 {size_text(limit)} 的上限"
