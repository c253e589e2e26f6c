"""Civil-service exam posts (公务员, 参照公务员法管理): what job checks tell them apart by, and the
wording their findings use. A civil-service table follows the exam's rules, not an employer's choice:
its pay is the public scale (《公务员法》: 国家统一的职务与职级工资制度), its 职位类别 one of the three
the law names (综合管理类、专业技术类、行政执法类). Pure."""

from __future__ import annotations

import re

from features.records import EmployerType, Job
from matching.job_findings import short

#: An exam of civil servants, as 考试类型 or the announcement names it (遴选, 选调 are such exams).
_CIVIL_SERVICE = re.compile(r"公务员|遴选|选调")
#: The same, or a unit managed as civil service (参公, 参照公务员法管理); not 编外 or 劳务派遣 hiring.
_RECRUITMENT = re.compile(r"^(?!.*(?:编外|劳务派遣|聘用人员|辅助人员|协管)).*(?:公务员|参公|参照公务员法|遴选|选调)", re.S)
#: An employer named as managed like civil service: 「郑州市党员干部教育中心（参公）」.
_PARTICIPATING = re.compile(r"[（(]参公[）)]|参照公务员法管理")
#: Titles of 行政执法类 posts (执法, 稽查, 监察大队 …); other civil-service titles say no category.
_ENFORCEMENT = re.compile(r"执法|稽查")
#: Titles of 专业技术类 posts: 法医, 技术侦查 and like specialist work the law lists.
_TECHNICAL = re.compile(r"法医|技术侦查|专业技术|鉴定")

#: The fix of a missing pay on a civil-service post: the scale states it, the table need not.
PAY_BY_SCALE = ("公务员（参公）职位按国家工资标准执行，不必逐行填写薪酬：可在公告中统一写明「按公务员工资标准执行」，"
                "或在薪酬栏填写这句话")
#: The civil-service 职位类别 (《公务员法》第十六条).
CATEGORIES = ("综合管理类", "行政执法类", "专业技术类")


def civil_service_exam(job: Job) -> bool:
    """A post of an organ (机关, incl. 参公 units the importer reads as such) or of a 公务员 / 遴选 / 选调
    exam by its 考试类型 or announcement: the Henan table's 7,509 posts, gkld's civil-service rows."""
    return job.employer_type is EmployerType.GOVERNMENT or any(
        _CIVIL_SERVICE.search(text or "") for text in (job.exam_type, job.announcement))


def civil_service_recruitment(job: Job) -> bool:
    """A post recruited by a civil-service exam, as its 考试类型 or announcement says (公务员, 参公,
    遴选, 选调) or a 参公 employer's name (「…中心（参公）」): its pay is the public scale and its 职位类别
    one of the three. Stricter than ``civil_service_exam``: an organ also hires outside the scale
    (gkld's 「海盐县部分单位公开招聘编外用工公告」 at 海盐县财政局), so an organ's name alone does not say it."""
    return any(_RECRUITMENT.search(text or "") for text in (job.exam_type, job.announcement)) or bool(
        _PARTICIPATING.search(job.employer or ""))


def civil_service_category(title: str) -> str:
    """The 职位类别 a civil-service post's title suggests: 行政执法类 or 专业技术类 when the title names
    such work, else 综合管理类 (一级科员, 四级主任科员及以下: the general grade posts)."""
    if _ENFORCEMENT.search(title):
        return "行政执法类"
    if _TECHNICAL.search(title):
        return "专业技术类"
    return "综合管理类"


def category_fix(job: Job) -> str:
    """What to fill in as 职位类别: for a civil-service post the category its title suggests, among the
    three; for any other examples of the kinds of work (教师、医生 …)."""
    if civil_service_recruitment(job):
        return (f"公务员职位请填写职位类别（{'、'.join(CATEGORIES)}），"
                f"如「{short(job.title, 16)}」可填「{civil_service_category(job.title)}」")
    return "请填写（如 教师、医生、会计、管理岗）"


__all__ = ["CATEGORIES", "PAY_BY_SCALE", "category_fix", "civil_service_category", "civil_service_exam",
           "civil_service_recruitment"]
