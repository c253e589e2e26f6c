"""「艺术硕士（音乐/美术）」: the 艺术 专业学位 (1351) with the directions a post admits named in brackets.

The 2011 catalog made 艺术 one 类别 with fields 音乐 135101, 戏剧 135102, 戏曲 135103, 电影 135104, 广播电视 135105,
舞蹈 135106, 美术 135107, 艺术设计 135108; the 2022 catalog made them 类别 of their own, 音乐 1352, 舞蹈 1353, 戏剧与影视
1354, 戏曲与曲艺 1355, 美术与书法 1356, 设计 1357 (``features/data/graduate_disciplines.json``). The directions were
dropped and the list read as 1351 alone, so a 音乐 master (1352) was refused on 「艺术硕士（音乐/美术）」 and a bare
艺术硕士 admitted whatever the directions (2026-12-07 rules review). A direction is admitted by its codes of either
catalog; a 2022 类别 holding it with others (戏剧与影视 for 戏剧, 美术与书法 for 美术) and a bare 艺术硕士 are asked; any
other 艺术 direction is refused.
"""

from __future__ import annotations

import re

ARTS = "1351"
#: direction → (codes that are it, codes holding it among others)
_DIRECTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "音乐": (("135101", "1352"), ()),
    "戏剧": (("135102",), ("1354",)),
    "戏曲": (("135103", "1355"), ()),
    "戏曲与曲艺": (("135103", "1355"), ()),
    "电影": (("135104",), ("1354",)),
    "广播电视": (("135105",), ("1354",)),
    "戏剧与影视": (("1354", "135102", "135104", "135105"), ()),
    "舞蹈": (("135106", "1353"), ()),
    "美术": (("135107",), ("1356",)),
    "美术与书法": (("1356", "135107"), ()),
    "艺术设计": (("135108", "1357"), ()),
    "设计": (("1357", "135108"), ()),
}
_BRACKET = re.compile(r"[(（]([^()（）]+)[)）]$")
_PARTS = re.compile(r"[、/,，；;]|和|及")


def named_directions(code: str | None, name: str | None) -> tuple[str, ...] | None:
    """The directions a 1351 ref names in its closing bracket (「艺术硕士(音乐、美术)」 → 音乐, 美术); ``None`` when
    it is not 1351 or any part is no direction this module knows (the ref is then read as before)."""
    if code != ARTS or not name or not (m := _BRACKET.search(name)):
        return None
    parts = tuple(p.strip() for p in _PARTS.split(m.group(1)) if p.strip())
    return parts if parts and all(p in _DIRECTIONS for p in parts) else None


def admits(directions: tuple[str, ...], held: str | None, name: str | None = None) -> bool:
    """A graduate whose 研究生 code is ``held``, or whose major is named as a direction (「美术」「美术硕士」: 135107 is
    not in the code tables), studied one of ``directions``."""
    bare = (name or "").strip().removesuffix("硕士")
    return bare in directions or (bool(held) and any(held.startswith(c) for d in directions for c in _DIRECTIONS[d][0]))


def unsure(directions: tuple[str, ...], held: str | None) -> bool:
    """``held`` may or may not be one of ``directions``: a bare 艺术/艺术硕士 (1351), or a 2022 类别 holding a
    named direction among others (美术与书法 for 美术); no code at all says nothing either."""
    if not held:
        return True
    return held == ARTS or any(held.startswith(c) for d in directions for c in _DIRECTIONS[d][1])
