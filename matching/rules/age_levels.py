"""Age limits by level and by season, written level after level with no sentence between them:
本科：应届30岁及以下（1990年11月11日（含）以后出生），历届35岁及以下（1985年11月11日（含）以后出生）
（有中级资格证放宽至40岁，1980年11月11日（含）以后出生）硕士：应届35岁及以下（…），历届40岁及以下（…）
博士：45岁及以下（…）.

Each limit binds one group, its level and its season (``AgeRelaxation`` records as ``AgeCond.groups``,
who = 本科应届, 本科历届, 博士): a 历届 本科 graduate of 33 passes where an 应届 one is refused, and one whose
graduation year is not stated is reviewed when the two limits disagree (``age_checks._in_group``). A
bracketed relaxation names what no record holds (有中级资格证): a relaxation of that level's graduates,
reviewed. ``None`` for any other text, which the general age reader then tries.
"""

from __future__ import annotations

import datetime as dt
import re

from matching.rules.age_groups import relaxations_for
from matching.rules.conditions import AgeCond, AgeRelaxation
from matching.rules.text import DATE, date_of

_LEVEL = r"(?:大专|专科|本科|硕士研究生|博士研究生|硕士|博士|研究生)"
_SECTION = re.compile(rf"(?P<level>{_LEVEL})(?:\((?:学士|硕士|博士)\))?:")
_BORN = rf"\({DATE}\s*(?:\((?P<x>不)?含\))?(?:及)?(?:以后|之后|后)出生\)"
_LIMIT = re.compile(rf"(?P<season>应届|历届|往届|非应届)?(?:毕业生|生)?(?P<n>\d{{2}})(?:周岁|岁)(?:及以下|以下)?(?:{_BORN})?")
_RELAX = re.compile(
    rf"\((?P<who>(?:具有|持有|有|取得)[\u4e00-\u9fff]{{2,12}}?)(?:的)?(?:可)?放宽至(?P<n>\d{{2}})(?:周岁|岁),?"
    rf"{DATE}\s*(?:\((?P<x>不)?含\))?(?:及)?(?:以后|之后|后)出生\)"
)


def _born(m: re.Match[str], first: int) -> dt.date | None:
    if m.group(first) is None:
        return None
    return date_of(m.group(first), m.group(first + 1), m.group(first + 2)) + dt.timedelta(days=bool(m.group("x")))


def _section(level: str, body: str) -> tuple[list[AgeRelaxation], list[AgeRelaxation]] | None:
    """(group limits, relaxations) of one level's text, or ``None`` if any of it is not read."""
    groups: list[AgeRelaxation] = []
    relax: list[AgeRelaxation] = []
    pos, body = 0, body.rstrip(",;.。")
    while pos < len(body):
        if body[pos] in ",;":
            pos += 1
            continue
        if m := _LIMIT.match(body, pos):
            who = level + (m.group("season") or "")
            groups += relaxations_for(who, int(m.group("n")), _born(m, 3))
        elif (m := _RELAX.match(body, pos)) and groups:
            relax.append(AgeRelaxation(maximum=int(m.group("n")), who=f"{level}{m.group('who')}",
                                       level=groups[0].level, born_from=_born(m, 3), unrecorded=True))
        else:
            return None
        pos = m.end()
    return (groups, relax) if groups else None


def parse_level_season_ages(chunk: str) -> AgeCond | None:
    """The limits of a folded cell written 「本科:应届30岁及以下(…),历届35岁及以下(…)硕士:…」, or ``None``."""
    if not re.search(r"应届|历届|往届", chunk):
        return None
    heads = list(_SECTION.finditer(chunk))
    if len(heads) < 2 or heads[0].start() != 0:
        return None
    groups: list[AgeRelaxation] = []
    relax: list[AgeRelaxation] = []
    for head, after in zip(heads, [*heads[1:], None]):
        read = _section(head.group("level"), chunk[head.end(): after.start() if after else len(chunk)])
        if read is None:
            return None
        groups += read[0]
        relax += read[1]
    if len({r.who for r in groups}) != len(groups) or any(r.level is None for r in groups):
        return None
    return AgeCond(groups=tuple(groups), relaxations=tuple(relax))
