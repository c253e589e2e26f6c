"""Names tables use for a group of majors that the catalog a graduate is read against does not
hold as such: 「财务会计类」 (a class of the 高职专科 catalog, used by provinces' 专业参考目录 for
every level), 「气象类」 read for a 专科 graduate (the 高职 class; for 本科 and 研究生 graduates it is
read as the 专业学位 类别 气象, ``features.major_lookup``), 「教师教育」 (no discipline of the 学科目录:
a 二级学科 some universities set up themselves under 教育学).

Each names the majors surely inside it (the catalog's members of the class, listed by the civil-service
major reference table's 专科 sheet and the 2015/2021 高职 catalogs; hand-made, not official) and
the classes or disciplines whose other majors may be inside (reviewed, not refused): a post's own
directory decides, so only a major outside all of them is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from features.catalog import normalise_major_name
from features.major_lookup import StudyLevel


@dataclass(frozen=True, slots=True)
class NamedField:
    """A group of majors known by a name no catalog of the graduate's level holds.

    ``what`` says what the name is, in reasons; ``members`` are majors surely inside (normalised
    names); ``kin`` 4-digit 本科 class or 研究生 discipline codes whose other majors may be inside;
    ``levels`` the graduates' levels it is read for.
    """

    name: str
    what: str
    members: frozenset[str]
    kin: frozenset[str]
    levels: frozenset[StudyLevel]

    def holds(self, *names: str | None) -> bool:
        """Whether one of these names (the graduate's, its catalog name) is surely inside; a bracketed
        track or school note (「会计学（ACCA方向）」「会计学（中外合作办学）」) does not change the major."""
        return any(normalise_major_name(n) in self.members or normalise_major_name(_NOTE.sub("", n)) in self.members
                   for n in names if n)


_ALL_LEVELS = frozenset(StudyLevel)
_NOTE = re.compile(r"[（(][^（）()]{1,16}[）)]")

_FIELDS = (
    NamedField(
        "财务会计类",
        "为高职专科专业目录的类名（含会计、财务管理、审计等专业），本科、研究生专业目录无此类",
        frozenset({
            # 高职 财务会计类 (2015: 6303; 2021: 5303) and its older names
            "会计", "财务管理", "审计", "会计信息管理", "大数据与会计", "大数据与财务管理", "大数据与审计",
            "会计电算化", "财务信息管理", "会计与审计", "审计实务", "财务会计",
            # 本科 and 研究生 majors of the same content
            "会计学", "审计学", "财务会计教育", "会计硕士", "审计硕士",
        }),
        # 工商管理类 / 工商管理, 财政学类 / 应用经济学, 审计 (0257, 1257), 会计 (1253), 工商管理硕士 (1251:
        # a MBA's 财务 track is as open as the 会计学 of the 一级学科 工商管理)
        frozenset({"1202", "0202", "0257", "1257", "1253", "1251"}),
        _ALL_LEVELS,
    ),
    NamedField(
        "气象类",
        "为高职专科专业目录的类名（含大气科学技术、大气探测技术、应用气象技术、防雷技术等专业）",
        frozenset({"大气科学技术", "大气探测技术", "应用气象技术", "防雷技术", "气象服务技术"}),
        frozenset({"0706"}),  # 大气科学类
        frozenset({StudyLevel.JUNIOR_COLLEGE}),
    ),
    NamedField(
        "教师教育",
        "不是研究生学科目录中的学科（部分高校在教育学一级学科下自设的二级学科）",
        frozenset({"教师教育", "教师教育学"}),
        frozenset({"0401", "0451"}),  # 教育学类 / 教育学, 教育 (专业学位)
        _ALL_LEVELS,
    ),
)
_BY_NAME = {f.name: f for f in _FIELDS}


def named_field(name: str | None, level: StudyLevel | None) -> NamedField | None:
    """The field a list entry names (「财务会计类」「财务会计类专业」 → 财务会计类) for a graduate of
    ``level``, or ``None``."""
    if not name or level is None:
        return None
    key = normalise_major_name(name)
    field = _BY_NAME.get(key) or _BY_NAME.get(key.removesuffix("专业"))
    return field if field is not None and level in field.levels else None
