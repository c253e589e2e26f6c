"""Posts filled by a 遴选: choosing among people who already serve, never graduates of the season.

A civil servants' 遴选 (《公务员公开遴选办法》: 「…市直机关公开遴选公务员」) picks among serving civil
servants and staff managed under the civil-service law (参照公务员法管理); a unit's own 遴选 picks
among the staff of the units its announcement names (「福建医科大学关于面向直属附属医院遴选专任教师的
通知」). Both are a status (``Kind.STATUS``, ``DetailCond.selection``) that ``detail_checks.check_status``
refuses to a graduate of this season and asks an earlier one about. A 遴选 naming no pool
(「台江县2021年公开遴选医务人员实施方案」) is left alone: only the words say who may apply.
``matching.experience_checks`` reads the same recognition for its advice to employers.
"""

from __future__ import annotations

import re

from features.records import EmployerType, Job
from matching.rules.conditions import Condition, DetailCond, Kind, Span

#: ``DetailCond.selection`` of a civil servants' 遴选, as reasons name the pool.
CIVIL_SERVANTS = "在职公务员（参照公务员法管理人员）"

_SELECTION = re.compile(r"遴选")
#: 「面向直属附属医院遴选」「面向全省教育系统公开遴选」: the pool the announcement names, when it is
#: units or their staff (面向社会, 面向全国, 面向高校毕业生 open the post to others: not read).
_POOL = re.compile(r"面向(?P<pool>[\u4e00-\u9fff、]{2,20}?(?:医院|单位|学校|院校|机关|部门|企业|系统|机构|中心"
                   r"|在职人员|在编人员|工作人员|职工))(?:中)?(?:公开)?(?:选拔|遴选)")


def _texts(job: Job) -> tuple[tuple[str, str], ...]:
    """Where a 遴选 is named, with the column a condition read from it quotes."""
    return (("招聘公告", job.announcement or ""), ("考试类型", job.exam_type or ""), ("职位名称", job.title or ""))


#: Words saying the post is open to graduates or to anyone (「面向部分高校遴选选调生」「面向社会公开遴选社区
#: 工作者」「面向部属师范院校公开选拔优秀毕业生」): whatever else it says, no pool of serving staff.
_OPEN = re.compile(r"选调生|毕业生|大学生|学生|面向社会|面向海内外|面向全国|社区工作者")


def _opened(job: Job) -> bool:
    return any(_OPEN.search(text) for _, text in _texts(job))


def civil_service_selection(job: Job) -> bool:
    """The post is filled by a civil servants' 遴选: a text naming 遴选 names 公务员 (「…机关公开遴选
    公务员」, gkld: 43 posts), or 考试类型 says 遴选 of an organ (机关). A title's 「遴选」 at an organ
    (「项目遴选岗」) is a duty, and a 遴选 of 选调生 or graduates (「面向部分高校遴选选调生」) takes this
    season's graduates: neither is one; nor a unit's 「遴选」 of its own (「面向直属附属医院遴选专任教师」)."""
    if _opened(job):
        return False
    said = [text for _, text in _texts(job) if _SELECTION.search(text)]
    return any("公务员" in t for t in said) or (
        job.employer_type is EmployerType.GOVERNMENT and _SELECTION.search(job.exam_type or "") is not None)


def selection_condition(job: Job) -> Condition | None:
    """The status a 遴选 asks of whoever applies, quoting where the table says it; ``None`` for any
    other post, and for a 遴选 whose announcement names no pool of serving staff."""
    if civil_service_selection(job):
        column, text = next((c, t) for c, t in _texts(job) if _SELECTION.search(t))
        return Condition(Kind.STATUS, DetailCond(text, selection=CIVIL_SERVANTS), Span(column, 0, len(text)), text)
    if _opened(job):
        return None
    for column, text in _texts(job):
        if (m := _POOL.search(text)) is not None:
            said = m.group(0)
            return Condition(Kind.STATUS, DetailCond(said, selection=m.group("pool")), Span(column, m.start(), m.end()), said)
    return None


__all__ = ["CIVIL_SERVANTS", "civil_service_selection", "selection_condition"]
