"""The experience check of a job list: a post asking for years of work that no graduate of this
year has (「3-5年」「具有五年以上三甲医院相关工作经历」). On a list used for campus recruitment such a
post is suggested to graduates who can only get 「待核实」 on it (``matching.rules.checks``' work
experience check) and apply in vain; the employer should say whether graduates are welcome, or the
post belongs on a social-recruitment list. ``matching.job_checks`` runs it with the other checks.

The experience is read as the rules engine reads it (``parse_cell`` cell by cell, ``ExperienceCond``;
the description when a job has no condition cells), never re-parsed here. No finding when:

- fewer than ``MIN_YEARS_FOR_GRADUATES`` years are asked (see there);
- only others need it (``ExperienceCond.scope``: 「非应届生须具有3年以上工作经历」), or the cell speaks of
  graduates itself (「应届毕业生除外」「应届毕业生不限」), or the experience is one way among others
  (「有3年以上工作经验或硕士研究生学历」), or it only gives preference (「3年以上经验者优先」: a note, no
  ``ExperienceCond``), or the cell waives it (「对工作经验可不作要求」);
- the post is reserved for people who are not this year's graduates (社会人员, 服务基层项目人员): the
  engine already refuses graduates, and the experience is what those people have;
- 基层工作经历 (or years in the organ itself) asked by a civil-service post (a 机关, or an exam of 公务员 / 遴选 / 选调): the
  《公务员录用规定》 makes 2 years of grassroots work a condition of posts of provincial and higher
  organs (Henan's 103 省直机关 posts of 2026 write 「具有两年以上基层工作经历」; gkld's Beijing 公务员
  posts 「二年」 under 基层工作经验 or the same words in 备注, 928); so does 「一般应当在本级机关工作2年以上」
  of a 遴选 post (《公务员公开遴选办法》, serving civil servants only; gkld: 29). The table states a
  lawful condition that neither the employer nor the officer can change, and the exam table goes
  out whole; graduates are told 「待核实」 with the reason. The same column of an aggregator (gkld's
  基层工作经验 「三年」 of a bank or a hospital) is the employer's own requirement and is checked like
  any other, as is a civil-service post's own (「具有五年及以上高校财务工作经历」).

A civil-service exam's post (``civil_service_recruitment``: 公务员, 参公, 选调 by 考试类型 or announcement) that
asks years of its own (gkld's Beijing posts: 「具有2年以上相关工作经历」) is reported, but not told to write that
graduates are welcome or to move to social recruitment: the organ set the condition with the exam and the
table goes out whole, as for 基层工作经历. Unlike that statutory condition (on every provincial post: 928 of
gkld's rows, noise) it is the post's own and rules out this season's graduates; what is left to do is the
officer's, who puts the table before graduates: to say that such a post needs the years (graduates of
earlier years who have them may apply).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from features.records import Job
from matching.civil_service import civil_service_exam, civil_service_recruitment
from matching.job_findings import Check, JobFinding
from matching.job_findings import short as _short
from matching.rules import Condition
from matching.rules.conditions import ExperienceCond, TargetCond, TargetGroup
from matching.rules.parser import MAJOR_COLUMNS, column_key, parse_posting_text
from matching.rules.selection import civil_service_selection, selection_condition

#: From this many years a post is flagged. Full-time work of two years is beyond any graduate of
#: the season (internships do not count as 工作经历); one year is not flagged: job sites' lowest band
#: 「1-3年」 (258 of Wuhan's 706 posts) is routinely opened to graduates with internships, and
#: flagging it would bury the posts that truly need experienced hands.
MIN_YEARS_FOR_GRADUATES = 2

#: The cell says itself what holds for graduates (「应届毕业生除外」「应届毕业生不限」「接受应届生」);
#: 非应届 names the others (read as ``ExperienceCond.scope``).
_GRADUATES_NAMED = re.compile(r"(?<!非)应届|毕业生|在校生")
#: The experience waived or relaxed in the same cell (「对工作经验可不作要求」「工作经历可放宽」).
_WAIVED = re.compile(r"经[验历][^。；;]{0,8}(?:不作要求|不做要求|不限|可放宽|放宽)")
#: Posts reserved for people who are not this year's graduates: the engine refuses graduates already.
_NOT_GRADUATES = frozenset({TargetGroup.NON_FRESH, TargetGroup.GRASSROOTS_PROJECT})


#: Service a civil-service rule asks (besides ``ExperienceCond.grassroots``): years in the organ itself.
_STATUTORY_SERVICE = re.compile(r"本级机关")


def _statutory(job: Job, cond: Condition) -> bool:
    """Experience the civil-service rules ask of a civil-service post (see the module's docstring)."""
    return (cond.payload.grassroots or bool(_STATUTORY_SERVICE.search(cond.text))) and civil_service_exam(job)


def _alternative(cell: str, cond: Condition) -> bool:
    """「有3年以上工作经验或硕士研究生学历」: the experience is one way to qualify (the parser reads the
    two apart). 或 inside the clause (「3年以上商业银行或5年以上非银行…」) joins two kinds of experience."""
    before, after = cell[:cond.span.start].rstrip(" ，,、"), cell[cond.span.end:].lstrip(" ，,、")
    return before.endswith(("或", "或者")) or after.startswith("或")


def experience_findings(job: Job, read: Callable[[str, str], Sequence[Condition]]) -> Iterable[JobFinding]:
    """At most one finding per post: the longest experience asked that no graduate of the season has.
    ``read``: ``parse_cell`` (cached by the caller)."""
    cells = [(column, text) for column, text in job.conditions if column_key(column) not in MAJOR_COLUMNS]
    read_cells = [(text, cond) for column, text in cells for cond in read(column, text)]
    if not job.conditions and job.description:
        read_cells = [(job.description, cond) for cond in parse_posting_text(job.description)]
    if any(isinstance(c.payload, TargetCond) and c.payload.group in _NOT_GRADUATES for _, c in read_cells):
        return
    asked = [(cell, c) for cell, c in read_cells
             if isinstance(c.payload, ExperienceCond) and c.payload.scope is None
             and (c.payload.years or 0) >= MIN_YEARS_FOR_GRADUATES
             and not _statutory(job, c)
             and not _GRADUATES_NAMED.search(cell) and not _WAIVED.search(cell) and not _alternative(cell, c)]
    if not asked:
        return
    cell, cond = max(asked, key=lambda pair: pair[1].payload.years)
    years = cond.payload.years
    column = column_key(cond.span.column)
    asked_text = f"要求{years}年以上工作经验（{column}「{_short(cond.text, 40)}」）"
    if civil_service_selection(job):
        # A 遴选 picks serving civil servants: no employer can open it to graduates, so the employer's
        # advice (write that graduates are welcome, or list it for social recruitment) does not apply.
        message = (f"公务员遴选岗位，{asked_text}：遴选从在职公务员（含参照公务员法管理的工作人员）中选拔，"
                   "不面向应届毕业生（应届毕业生对此岗位得到「不符合」，往届生「待核实」）；请从面向应届毕业生的校园招聘岗位表中移出")
    elif (pool := selection_condition(job)) is not None:
        # A unit's own 遴选 (「面向直属附属医院遴选」): the rules refuse this season's graduates, so the
        # generic 「只能得到「待核实」」 would be untrue; the unit may still open it to graduates in writing.
        message = (f"{asked_text}，岗位面向{pool.payload.selection}遴选，从其在职人员中选拔：应届毕业生对此岗位得到「不符合」，"
                   "往届生「待核实」；如也接收应届毕业生，请在公告中写明，否则请从面向应届毕业生的校园招聘岗位表中移出，列入社会招聘")
    elif civil_service_recruitment(job):
        # The exam's condition: neither the employer nor the officer can open the post or move it (see above).
        exam = _short(job.exam_type or "公务员（参公）", 10)
        message = (f"{exam}考试职位，{asked_text}：资格条件由招录机关随考试公告确定，职位表整体发布，不能改为接收应届毕业生或移作社会招聘；"
                   "应届毕业生一般不具备，对此岗位只能得到「待核实」：向应届毕业生推介此职位表时，"
                   f"请提示此职位须有{years}年以上工作经历（具备的往届毕业生可以报考）")
    else:
        message = (f"{asked_text}，应届毕业生一般不具备，对此岗位只能得到「待核实」："
                   "岗位接收应届毕业生的，请写明（如「应届毕业生不限工作经验」）；不接收的，请移出面向应届毕业生的校园招聘岗位表，"
                   "列入社会招聘")
    yield JobFinding(job.id, "conditions", Check.EXPERIENCE_YEARS, message, key=cond.span.column, value=cond.text)


__all__ = ["MIN_YEARS_FOR_GRADUATES", "experience_findings"]
