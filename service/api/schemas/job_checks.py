"""Schemas of ``GET /api/job-checks``: the job-list check over the stored jobs."""

from __future__ import annotations

from pydantic import BaseModel, Field


class JobCheckCoveredJobPublic(BaseModel):
    """One post a finding of one announcement covers."""

    job_id: str
    title: str | None = None


class JobCheckFindingPublic(BaseModel):
    """One finding: of a job (``job_id``), of one announcement (``job_id`` null, its ``jobs`` posts
    listed in ``covered``), or of the whole list (``job_id`` null, ``covered`` empty)."""

    job_id: str | None
    title: str | None = None
    employer: str | None = None
    field: str = Field(description="岗位记录的字段（salary、location、majors_text、conditions …）")
    key: str | None = Field(default=None, description="field 为 conditions 时：条件所在的列名（如 备注）")
    severity: str = Field(description="错误 / 警告 / 提示")
    check: str = Field(description="检查项代码（如 pay_missing）")
    check_label: str
    message: str
    jobs: int = Field(description="涉及的岗位数（整表问题为多个）")
    # Every post, uncapped: a post is in at most one announcement's group, so a page of
    # findings lists no more posts than the list holds; an officer who must take down a batch
    # needs all of them.
    covered: list[JobCheckCoveredJobPublic] = Field(
        default_factory=list, description="按公告汇总的问题（往年度公告、报名已截止）涉及的全部岗位，按表中顺序；其他问题为空")


class JobCheckSummaryPublic(BaseModel):
    check: str
    check_label: str
    severity: str
    jobs: int = Field(description="该项检查发现问题的岗位数")
    share: float = Field(description="占全部岗位的比例")


class JobChecksPublic(BaseModel):
    """The findings that pass the filters, one page of them, and the summary of all findings."""

    jobs_checked: int
    summary: list[JobCheckSummaryPublic]
    items: list[JobCheckFindingPublic]
    total: int = Field(description="通过筛选的结果条数")
    offset: int
    limit: int
