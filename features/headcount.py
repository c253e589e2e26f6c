"""Headcount cells: 「2」「2人」「招3名」「两名」「3-5人」 read as a number; 「若干」「不限」 say the number is
not fixed; 「/」「—」 and empty say nothing.

Pure functions, as ``features.values``: ``None`` when the cell says nothing, ``ValueError`` with a Chinese
message when it says something that cannot be read, so the importer can name the row and column.
"""

from __future__ import annotations

import re

# 「若干名」「招聘若干人」「不限」: the table says the number is not fixed (unknown, not an error).
_OPEN_COUNT = re.compile(r"^(?:招|招聘|招录)?(?:若干|不限|待定|不定|多)(?:名|人|个)?$")
# 「/」「-」「—」「n」: a placeholder for a cell left unfilled (unknown, not an error, not stated).
_PLACEHOLDER_COUNT = re.compile(r"^(?:n|/|-|—)$", re.IGNORECASE)


# No single post hires more; a larger figure is a typo (or a pasted ID) and would not fit
# the database's integer column either.
MAX_HEADCOUNT = 100_000


def parse_headcount(value: object) -> int | None:
    """``2``, ``2人``, ``招3名``, ``两名`` → int; ``若干``/empty → ``None``; ``3-5人`` → 5 (the most
    that may be hired, which is what a graduate weighs). At most ``MAX_HEADCOUNT``."""
    count = _headcount(value)
    if count is not None and count > MAX_HEADCOUNT:
        raise ValueError(f"招聘人数「{value}」超过上限 {MAX_HEADCOUNT:,}")
    return count


def states_open_headcount(value: object) -> bool:
    """Whether a headcount cell says the number is not fixed (「若干」「不限」「招聘若干人」), which
    is an answer (``Job.headcount_open``), unlike an empty cell or a placeholder (「/」「—」)."""
    return isinstance(value, str) and bool(_OPEN_COUNT.match(re.sub(r"\s+", "", value)))


def _headcount(value: object) -> int | None:
    if value is None or isinstance(value, bool):
        return None if value is None else _bad_count(value)
    if isinstance(value, int):
        return value if value >= 0 else _bad_count(value)
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else _bad_count(value)
    text = re.sub(r"\s+", "", str(value))
    if not text or _OPEN_COUNT.match(text) or _PLACEHOLDER_COUNT.match(text):
        return None
    m = re.fullmatch(rf"(?:招|招聘|招录)?(\d+|{_CN_COUNT})(?:(?:-|~|～|至|到)(\d+|{_CN_COUNT}))?(?:人|名|个)?", text)
    if not m:
        return _bad_count(value)
    return _count_number(m.group(2) or m.group(1))


# 「两名」「招聘十二人」: numbers written in characters, up to 99.
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_COUNT = "(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"


def _count_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    tens, ten, ones = text.rpartition("十")
    if not ten:
        return _CN_DIGITS[text]
    return _CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(ones, 0)


def _bad_count(value: object) -> int:
    raise ValueError(f"无法识别的招聘人数：「{value}」")
