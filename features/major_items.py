"""Group one level's text of a major requirement into items: a name, its codes (with their
letter and catalog-version tags) and its parenthesised notes (仅限…, qualifiers); residue as str."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r"(?P<ver>\(\s*(?:19|20)?\d{2}\s*版\s*\))"
    r"|(?P<code>(?<![A-Za-z0-9])[ABC]?\d{2,12}(?:TK|KT|[TKW*])?(?![0-9年届岁周月日号名人个]))"
    r"|(?P<open>\()|(?P<close>\))"
    r"|(?P<sep>[,;、/|。.\s]+|或者|或)"
    r"|(?P<text>(?:(?!或|[ABC]\d)[^,;、/|。.\s()0-9])+)"
    r"|(?P<other>.)"
)
_ONLY_PREFIX = re.compile(r"^(?:仅限|只限|限于|限)")
_INCLUDES = re.compile(r"^(?:含|包括|包含|不含)")
_LEVEL_OF_NAME = re.compile(r"^(?:一级学科|二级学科)(?:专业)?$")
_IGNORED_QUALIFIER = re.compile(r"^(?:含|包括|包含|不含|学硕|专硕|学术型|专业型|全日制|方向)")
# 「公共卫生与预防医学相关类专业」「气象相关类」 name a discipline and what is near it: the name
# is what comes before 相关类, a major near it admitted as 相关专业 is.
_SUFFIXES = ("一级学科", "二级学科", "专业学位", "及相关专业", "等相关专业", "及相近专业", "相关类专业", "相关类", "相关专业", "相近专业",
             "等专业", "类专业", "专业", "等", "方向", "背景", "相关")


@dataclass
class MajorItem:
    name: str = ""
    qualifiers: list[str] = field(default_factory=list)
    codes: list[list] = field(default_factory=list)  # [digits+suffix, letter, version, (start, end)]
    only: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0


def level_items(norm: str, start: int, end: int) -> list[MajorItem | str]:
    """Group tokens into items (name + codes + parenthesised notes); residue as str."""
    out: list[MajorItem | str] = []
    cur: MajorItem | None = None
    depth, in_only, in_includes = 0, False, False

    def close_item():
        nonlocal cur
        if cur is not None:
            out.append(cur)
        cur = None

    for m in _TOKEN.finditer(norm, start, end):
        kind, tok = m.lastgroup, m.group()
        if depth > 0:
            if kind == "close":
                depth -= 1
                in_only = False if depth == 0 else in_only
                in_includes = False if depth == 0 else in_includes
                if cur is not None:
                    cur.end = m.end()
            elif kind == "open":
                depth += 1
            elif cur is None:
                continue
            elif kind == "code":
                cur.codes.extend(_split_codes(tok, m.start()))
            elif kind == "ver" and cur.codes:
                cur.codes[-1][2] = re.sub(r"\D", "", tok)[-2:]
            elif kind == "text":
                if in_includes or _INCLUDES.match(tok):
                    # 「内科学(含：心血管病、血液病…)」 lists what the name holds, no narrowing of it.
                    in_includes = True
                    continue
                only = _ONLY_PREFIX.match(tok)
                if only:
                    in_only = True
                    tok = tok[only.end():]
                if in_only:
                    if tok:
                        cur.only.append(clean_major_name(tok))
                elif not _IGNORED_QUALIFIER.match(tok):
                    cur.qualifiers.append(tok)
            continue
        if kind == "ver":
            if cur is not None and cur.codes:
                cur.codes[-1][2] = re.sub(r"\D", "", tok)[-2:]
                cur.end = m.end()
        elif kind == "code":
            if cur is None:
                cur = MajorItem(start=m.start())
            cur.codes.extend(_split_codes(tok, m.start()))
            cur.end = m.end()
        elif kind == "text":
            if cur is not None and not cur.codes and cur.qualifiers and _LEVEL_OF_NAME.match(tok):
                # 「内科学（呼吸系病、传染病）二级学科」: the note sits between the name and what it is.
                cur.name += tok
                cur.end = m.end()
                continue
            if cur is not None and (cur.codes or cur.qualifiers):
                close_item()
            if cur is None:
                cur = MajorItem(start=m.start())
            cur.name += tok
            cur.end = m.end()
        elif kind == "open":
            depth = 1
        elif kind == "sep":
            close_item()
        elif kind == "close":
            continue  # a stray closing bracket
        else:
            close_item()
            out.append(tok)
    close_item()
    return out


def _split_codes(tok: str, offset: int) -> list[list]:
    letter = tok[0] if tok[0] in "ABC" else None
    digits = re.match(r"[ABC]?(\d+)", tok).group(1)
    suffix = tok[len(digits) + (1 if letter else 0):]
    n = len(digits)
    if n in (2, 4, 6):
        parts = [digits]
    elif n % 6 == 0:
        parts = [digits[i:i + 6] for i in range(0, n, 6)]
    elif n == 8:
        parts = [digits[:4], digits[4:]]
    else:
        return [[digits, None, "bad", (offset, offset + len(tok))]]
    out = [[p, letter, None, (offset, offset + len(tok))] for p in parts]
    out[-1][0] += suffix
    return out


def clean_major_name(name: str) -> str:
    name = name.strip()
    changed = True
    while changed and name:
        changed = False
        for suffix in _SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                name = name[: -len(suffix)]
                changed = True
    return name
