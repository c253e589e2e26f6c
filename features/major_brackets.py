"""Brackets a major list leaves open, read as the table meant them (pure text, length kept: spans stay exact)."""

from __future__ import annotations

import re

#: 「地理学（0705/测绘科学与技术（0816）/…」 (gkld 13540249): the bracket after the first name holds its code and is
#: never closed, so the whole list read as 地理学's directions, 「地理学(测绘科学与技术、计算机科学与技术、…)」, and no
#: name was read (a 计算机技术 master was asked in general words, a 软件工程 one not refused as on 「0812」 alone).
_OPEN_CODE = re.compile(r"\((\d{2,6})(?=[/、])")


def close_open_code_brackets(norm: str) -> str:
    """``norm`` (half-width brackets) with each 「(」 that opens a code followed by 「/」 or 「、」 and is closed before no
    other 「(」 opens (nor at all) blanked: 「地理学(0705/测绘…」 reads as 「地理学 0705/测绘…」. 「(0775/0812)」 stays."""
    out = list(norm)
    for m in _OPEN_CODE.finditer(norm):
        close, reopen = norm.find(")", m.end()), norm.find("(", m.end())
        if close < 0 or (0 <= reopen < close):
            out[m.start()] = " "
    return "".join(out)
