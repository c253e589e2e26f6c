"""A numbered list of whom a post is for, each item a combination: 「招聘对象及条件：1.2021届、2022届全日制
普通高校硕博士研究生毕业。2.2021届、2022届全日制一流大学建设高校、一流学科建设高校的“一流学科”（或原“985”
“211”高校）本科毕业生。3.2021届、2022届全日制普通高校第一段（批）录取的师范类本科毕业生。2020年、2021年获得
教育部留学服务中心认证的硕博士研究生，并符合报考条件的也可报考。」 (gkld, one announcement).

The items are routes, any one admits (as ``cohort_forms`` reads 博士或教授: an ``EitherCond``); each
route is a ``RouteCond`` whose parts must all be met: the 届 (a 应届 ``TargetCond``), the level
(``EducationCond``), a school kind no record tells (``SchoolCond``), an overseas degree
(``TargetCond`` RETURNEE). 全日制, said of the numbered routes but not of the overseas one, is left
to the post's 学历性质 column (gkld states it there): a part no record tells would keep a 硕士 of
2021 from 符合 for a requirement the post's own column already puts to review. The list is read
only when every item is understood; else the cell is read as before (each piece to review).
Tested in ``tests/test_rules_route_lists.py``.
"""

from __future__ import annotations

import re

from features.education import Degree, parse_education_requirement
from matching.rules.clause_reader import condition
from matching.rules.conditions import Condition, EducationCond, EitherCond, Kind, RouteCond, SchoolCond, TargetCond, TargetGroup
from matching.rules.text import clauses

_HEAD = re.compile(r"招聘对象(?:及|和)?(?:条件|范围)?:")
_LEVELS = {"硕博士研究生": "硕士研究生及以上", "博士研究生": "博士研究生", "硕士研究生": "硕士研究生及以上", "研究生": "硕士研究生及以上",
           "本科": "本科及以上"}
_LEVEL = "|".join(_LEVELS)
_ITEM = re.compile(rf"(?P<n>\d)[.、](?P<years>(?:20\d\d届、?)+)(?P<ft>全日制)?(?P<school>[^。;:]*?)(?P<level>{_LEVEL})毕业生?[。;]?")
_ABROAD = re.compile(r"(?P<years>(?:20\d\d年、?)+)获得教育部留学服务中心认证的(?P<level>硕博士研究生|博士研究生|硕士研究生)"
                     r"(?:,?并符合报考条件的)?(?:也|亦)?可(?:以)?报考[。;]?")
#: School words that say nothing beyond a level (any 普通高校 graduate).
_ANY_SCHOOL = re.compile(r"^(?:普通)?(?:高等院校|高等学校|高校)?的?$")


def _route(m: re.Match[str], raw: str, number: int) -> RouteCond:
    years = tuple(int(y) for y in re.findall(r"20\d\d", m.group("years")))
    level = m.group("level")
    parts: list[tuple[Kind, object]] = [
        (Kind.TARGET_GROUP, TargetCond(TargetGroup.FRESH_GRADUATE, years=years)),
        (Kind.EDUCATION, EducationCond(parse_education_requirement(_LEVELS[level]))),
    ]
    school = raw[m.start("school") : m.end("school")]
    school = re.sub(r"^普通(?:高校|高等学校)(?=.)", "", school)
    if not _ANY_SCHOOL.match(school):
        parts.append((Kind.SCHOOL, SchoolCond(f"{school}{level}毕业生")))
        named = school
    else:
        named = ""
    label = "、".join(str(y) for y in years) + f"届{named}{level}" + ("" if level.endswith("研究生") else "毕业生")
    return RouteCond(f"{label}（第{number}项）", tuple(parts), f"第{number}项")


def _abroad(m: re.Match[str], number: int) -> RouteCond:
    years = "、".join(re.findall(r"20\d\d", m.group("years")))
    degree = Degree.DOCTOR if m.group("level") == "博士研究生" else Degree.MASTER
    level = EducationCond(parse_education_requirement(_LEVELS[m.group("level")]))
    label = f"{years}年经教育部留学服务中心认证的{m.group('level')}（第{number}项）"
    # Certified in those years: a degree taken after the last was not (an earlier one may have been certified late).
    returnee = TargetCond(TargetGroup.RETURNEE, degree=degree, graduated_in=(0, max(int(y) for y in years.split("、"))))
    return RouteCond(label, ((Kind.EDUCATION, level), (Kind.TARGET_GROUP, returnee)),
                     f"第{number}项")


def read_route_list(text: str, raw: str, column: str) -> Condition | None:
    """The route list of a cell (``text`` folded, ``raw`` as written) as one condition any of whose
    routes admits, spanning from its head to its last item; ``None`` when there is none, when its
    items are not numbered 1, 2, … or when any is not understood (precision first: a route misread
    could refuse a graduate it admits)."""
    head = _HEAD.search(text)
    if head is None or head.start() not in {s for s, _ in clauses(text)}:
        return None
    routes: list[RouteCond] = []
    at = head.end()
    while (m := _ITEM.match(text, at)) and int(m.group("n")) == len(routes) + 1:
        routes.append(_route(m, raw, len(routes) + 1))
        at = m.end()
    if len(routes) < 2:
        return None
    if m := _ABROAD.match(text, at):
        routes.append(_abroad(m, len(routes) + 1))
        at = m.end()
    if text[at:].strip() and at not in {s for s, _ in clauses(text)}:
        return None  # the list runs on into words not read: leave the whole to review
    either = EitherCond(tuple((Kind.TARGET_GROUP, r) for r in routes))
    return condition(Kind.TARGET_GROUP, either, column, raw, head.start(), at)
