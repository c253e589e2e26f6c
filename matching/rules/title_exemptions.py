"""A lower education for holders of a professional title: 具有副教授及以上职称的人员，学历可放宽至硕士 /
若取得副高级及以上专业技术职称的，学历可放宽至本科及以上、学位学士及以上 / 具有高级职称者学历、年龄适当放宽.

Read as a note (``NoteCategory.EDUCATION_EXEMPTION``, its words kept): the graduate record holds no
title, so an education or degree refusal the relaxation may lift is reviewed instead (``relaxed``),
naming the title; a graduate below the relaxed level itself is still refused. 学历、年龄适当放宽 relaxes
the age as well (an open ``AgeRelaxation`` joining the job's age limits, as ``extra``'s relaxations).
Tested in ``tests/test_rules_residue_forms.py``.
"""

from __future__ import annotations

import re

from features.education import Degree, EducationLevel
from features.records import Graduate
from matching.rules.conditions import AgeRelaxation, Condition, Kind, Note, NoteCategory
from matching.rules.patterns import _rule
from matching.rules.seasons import is_fresh
from matching.verdict import Status

_WHO = r"(?P<who>(?:具有|取得|具备)[\u4e00-\u9fff、]{2,20}?(?:职称|职务|资格)(?:且任职满?\d+年(?:及以上|以上)?)?)"
#: 「符合紧缺师资-艺术类或双师双能型资的，若具有高级专业技术职务且任职满2年及以上的，学历学位可放宽至硕士研究生」:
#: the group the title holders belong to, said first.
_AMONG = r"(?:符合[^,;。]{2,40}?的,)?"


def _exemption(m: re.Match[str]) -> list[tuple[Kind, object]]:
    out: list[tuple[Kind, object]] = [(Kind.NOTE, Note(NoteCategory.EDUCATION_EXEMPTION))]
    if m.group("age"):
        out.append((Kind.NOTE, AgeRelaxation(maximum=999, who=m.group("who"))))
    return out


def _education_and_age(m: re.Match[str]) -> list[tuple[Kind, object]]:
    """具有卫生高级专业技术职称的，要求…本科及以上学历，年龄可放宽至45周岁: their own education floor
    (``_relaxed_to`` reads it after 要求) and a higher age limit for them (a title: reviewed)."""
    who = re.sub(r"的$", "", m.group("who"))
    return [(Kind.NOTE, Note(NoteCategory.EDUCATION_EXEMPTION)), (Kind.NOTE, AgeRelaxation(maximum=int(m.group("n")), who=who))]


RULES = (
    _rule("title_education_and_age", Kind.NOTE,
          rf"(?:若|如)?{_WHO}(?:的)?(?:人员|者)?,?要求(?:国家承认的)?[\u4e00-\u9fff]{{2,8}}?学历,?年龄(?:可|可以)?(?:适当)?"
          r"放宽[至到](?P<n>\d{2})(?:周岁|岁)(?:及以下|以下|以内)?",
          _education_and_age, whole=True),
    # 具有大学本科及以上学历、相应系列高级及以上职称，学位无要求，年龄可放宽到45周岁 (a route of a numbered 备注
    # beside 「具有研究生学历、硕士及以上学位的，可不要求职称」): no degree and a higher age for the title holders.
    _rule("title_degree_and_age", Kind.NOTE,
          rf"(?:若|如)?{_WHO}(?:的)?(?:人员|者)?,学位(?:无要求|不作要求|不限),年龄(?:可|可以)?(?:适当)?"
          r"放宽[至到](?P<n>\d{2})(?:周岁|岁)(?:及以下|以下|以内)?",
          _education_and_age, whole=True),
    _rule("title_education_exemption", Kind.NOTE,
          rf"{_AMONG}(?:若|如)?{_WHO}(?:的)?(?:人员|者)?,?(?:其)?学历(?:、?学位)?(?P<age>、年龄)?(?:要求)?(?:可|可以)?(?:适当)?放宽"
          r"(?:[至到](?:[\u4e00-\u9fff]{2,8}?)(?:及以上)?(?:、学位(?:[\u4e00-\u9fff]{2,4}?)(?:及以上)?)?)?",
          _exemption, whole=True),
)

_LEVELS = (("博士", EducationLevel.DOCTOR), ("硕士", EducationLevel.MASTER), ("研究生", EducationLevel.MASTER),
           ("本科", EducationLevel.BACHELOR), ("学士", EducationLevel.BACHELOR), ("大专", EducationLevel.JUNIOR_COLLEGE),
           ("专科", EducationLevel.JUNIOR_COLLEGE))
_DEGREE_OF = {EducationLevel.BACHELOR: Degree.BACHELOR, EducationLevel.MASTER: Degree.MASTER, EducationLevel.DOCTOR: Degree.DOCTOR}


def _relaxed_to(text: str) -> EducationLevel | None:
    """The lowest level the relaxation names after 放宽至 / 放宽到, or else the level it asks of the title
    holders (「…的，要求…本科及以上学历，年龄可放宽至45周岁」); None: 适当放宽, no level named."""
    after = re.split(r"放宽[至到]", text, maxsplit=1)[1:]  # 学历可放宽到硕士 as 放宽至
    after = after[0] if after else ""
    found = [level for word, level in _LEVELS if word in after]
    if not found and (asked := re.search(r"要求([^,，;；]*?)学历", text)):
        found = [level for word, level in _LEVELS if word in asked.group(1)]
    return min(found) if found else None


#: A senior title (副高 and above): years of work after graduating, which no fresh graduate has. Named
#: titles only: 高级中学教师资格 (a teaching licence), 高级工 (a skill level) and 助理研究员 (a junior
#: title) are held by graduates of the season, whose refusal the relaxation may then lift.
_SENIOR = re.compile(r"副高|正高|高级(?:及以上)?(?:专业技术)?(?:职称|职务|资格)|高级(?:工程|会计|经济|统计|审计|农艺|畜牧|兽医|实验|政工|规划|建筑)师"
                     r"|高级(?:讲师|教师|记者|编辑)|主任(?:医|药|护|技)师|(?<!助理)(?:研究员|教授)")


def relaxed(kind: Kind, status: Status, reason: str, graduate: Graduate, conds, ctx=None) -> tuple[Status, str]:
    """An education or degree refusal under a title holders' relaxation the graduate's level meets:
    reviewed, naming the relaxation; any other result unchanged. 适当放宽 with no level named opens
    the post to any level, but only for holders of the title: a graduate of this season holds no senior
    title, so their refusal stands and says why (``ctx``: the reference date's season)."""
    if status is not Status.NOT_ELIGIBLE or kind not in (Kind.EDUCATION, Kind.DEGREE):
        return status, reason
    note: Condition | None = next((c for c in conds if c.kind is Kind.NOTE and isinstance(c.payload, Note)
                                   and c.payload.category is NoteCategory.EDUCATION_EXEMPTION), None)
    if note is None:
        return status, reason
    level = _relaxed_to(note.text)
    text = note.text.rstrip("。.;；")
    if (level is None and ctx is not None and _SENIOR.search(text) and graduate.graduation_year is not None
            and is_fresh(graduate, ctx, ())):
        return status, f"{reason}（岗位注明{text}，应届毕业生尚无高级职称，不适用）"
    if level is not None:
        held = graduate.education if kind is Kind.EDUCATION else graduate.degree
        floor = level if kind is Kind.EDUCATION else _DEGREE_OF.get(level)
        if held is None or floor is None or held < floor:
            return status, reason
    head = "学历" if kind is Kind.EDUCATION else "学位"
    return Status.NEEDS_REVIEW, (reason.replace(f"{head}不符：", f"{head}待核实：", 1)
                                 + f"（岗位注明{text}，如您具有该职称请核实）")
