"""Text helpers for the rules parser: width folding that keeps offsets, clause splitting,
Chinese numerals and dates.

Every transformation here maps one character to one character, so a match found in the
folded text has the same ``start``/``end`` in the original cell: spans stay exact.
"""

from __future__ import annotations

import datetime as dt
import re

# Full-width ASCII and the punctuation variants tables use, folded 1:1.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FOLD.update(
    {
        ord("（"): "(",
        ord("）"): ")",
        ord("，"): ",",
        ord("；"): ";",
        ord("："): ":",
        ord("　"): " ",
        ord("\u2002"): " ",
        ord("\u00a0"): " ",
        ord("—"): "-",
        ord("–"): "-",
        ord("－"): "-",
        ord("~"): "-",
        ord("～"): "-",
        ord("“"): '"',
        ord("”"): '"',
        ord("‘"): "'",
        ord("’"): "'",
        ord("〔"): "(",
        ord("〕"): ")",
        ord("【"): "(",
        ord("】"): ")",
        ord("《"): "<",
        ord("》"): ">",
        ord("．"): ".",
    }
)
_FOLD[ord("（")] = "("
_FOLD[ord("）")] = ")"
# C1 control characters (a stray U+0081 after a list marker in a gkld 说明) are debris of a
# wrong decoding: read as spaces, which clause splitting trims, one character for one.
_FOLD.update({c: " " for c in range(0x80, 0xA0)})


def fold(text: str) -> str:
    """Full-width to half-width, one character for one (offsets are preserved)."""
    out = text.translate(_FOLD)
    if len(out) != len(text):  # pragma: no cover - the table maps 1:1 by construction
        raise ValueError("fold changed the text length")
    return out


# Clause boundaries: sentence ends, semicolons, new lines and list markers (1. 2、（1） ①).
# A number then a dot is a list marker where no decimal can be meant: before a sentence, an
# age (1.35周岁以下) or a year (1.1982年1月1日以后出生, 1.2023届毕业生).
_DOTTED = r"\.(?!\d)|、|\.(?=\d{2}\s*周?岁)|\.(?=\d{4}\s*[年届])"
_STRONG = re.compile(
    r"[;。\n\r!?]+|(?<!\d)\.(?!\d)|(?<=[\u4e00-\u9fff)])\.(?=\d{1,2}[.、](?!\d))"
    rf"|(?<![\d.])(?=\d{{1,2}}(?:{_DOTTED}))|(?=\((?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})\))|(?=[①-⑩])"
    r"|(?:(?<=[\s;。:,])|^)(?=[一二三四五六七八九十]{1,2}、)"
)
_MARKER = re.compile(rf"\s*(?:\d{{1,2}}(?:{_DOTTED})|\((?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})\)|[①-⑩]|[一二三四五六七八九十]{{1,2}}、)\s*")
# At the start of a sentence only, tables also number items with a bare number (1熟悉…；2具有本科
# 及以上学历) or a closing bracket alone (1)具有博士学位；2)研究方向…). A number followed by a unit
# or a counter is a quantity, not a marker: 2年以上工作经历, 35周岁, 3人, 1名, 2本专著 (but 2本科).
_QUANTITY = "年月日周岁人名个次篇项门级类万千百份所家届位种部台套倍小分元米公斤克吨亩层号期批轮天至到或对型余多张件例条页首度"
_BARE_MARKER = re.compile(rf"\s*\d{{1,2}}(?:\)\s*|(?=[\u4e00-\u9fff])(?![{_QUANTITY}]|本(?!科)))")
_WEAK = re.compile(r"[,，]+")
_ENUMERATION = re.compile(r"、+")


def _split(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    pos = start
    depth_safe = _paren_free(text, start, end)
    for m in pattern.finditer(text, start, end):
        if not depth_safe[m.start() - start]:
            continue  # never split inside brackets: birth-date ranges live there
        if m.start() > pos:
            pieces.append((pos, m.start()))
        pos = max(pos, m.end())
    if pos < end:
        pieces.append((pos, end))
    return [_trim(text, s, e) for s, e in pieces if text[s:e].strip(" .、,:")]


def _paren_free(text: str, start: int, end: int) -> list[bool]:
    depth = 0
    out = []
    for ch in text[start:end]:
        out.append(depth == 0)
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    out.append(depth == 0)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    m = _MARKER.match(text, start, end)
    if m:
        start = m.end()
    while start < end and text[start] in " ,.、:":
        start += 1
    while end > start and text[end - 1] in " ,.、:":
        end -= 1
    return start, end


#: A word that only joins two items (「…；或2.具有…」): no clause of its own.
_CONNECTIVE = re.compile(r"\s*(?:或者?|或是|和|及|以及|且|并且?|而且)\s*")
#: A consequence (「，否则予以辞退」) belongs to the part before it, of which it says what failing it costs.
CONSEQUENCE = re.compile(r"\s*(?:否则|不然|逾期(?:未|不))")


#: The connectives among them that make the items on either side alternatives (any one suffices).
_EITHER = re.compile(r"\s*(?:或者?|或是)\s*")


def clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a folded cell (split at ; 。 new lines and list markers), each
    without its item number (1. 2、 (3) ④, and at a sentence start 2具有… or 2)…). A connective
    standing alone between numbered items (「1.…；或2.…」) is left out: each item is read on its own,
    and ``clause_runs`` says which items a lone 或 joined."""
    return [span for run in clause_runs(text) for span in run]


def clause_runs(text: str) -> list[list[tuple[int, int]]]:
    """The clauses of ``clauses`` in runs: items a lone 或 / 或者 stands between (「1.具有A证；或2.具有B证」)
    are one run, alternatives any one of which suffices; every other clause is a run of its own."""
    runs: list[list[tuple[int, int]]] = []
    joined = False
    for start, end in _split(text, 0, len(text), _STRONG):
        if (m := _BARE_MARKER.match(text, start, end)) and m.end() < end:
            start = m.end()
        if _CONNECTIVE.fullmatch(text, start, end):
            joined = joined or (bool(runs) and _EITHER.fullmatch(text, start, end) is not None)
            continue
        if joined:
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
        joined = False
    return runs


def sub_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the comma-separated parts of one clause; a consequence (「无执业资格的需在两年内考取，否则予以
    辞退」) stays with the part it follows."""
    out: list[tuple[int, int]] = []
    for a, b in _split(text, start, end, _WEAK):
        if out and CONSEQUENCE.match(text, a, b):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the items of an enumeration (甲、乙), outside brackets."""
    return _split(text, start, end, _ENUMERATION)


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
NUMBER = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"


def number(text: str) -> int:
    """``'5'``, ``'五'``, ``'两'``, ``'十'``, ``'十二'`` → int."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)
    return _DIGITS[text]


DATE = r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?"
_DATE = re.compile(DATE)


def date_of(year: str, month: str, day: str | None, *, end_of_month: bool = False) -> dt.date:
    """A date from matched parts; a month without a day means its first (or last) day."""
    y, m = int(year), int(month)
    if day:
        return dt.date(y, m, int(day))
    if end_of_month:
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(y, m, 1)


CJK = re.compile(r"[\u4e00-\u9fff]")
