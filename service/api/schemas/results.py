"""Schemas of what the API answers beyond the records: pages, suggestions, candidates, import
reports, the audit and recommendation logs, follow-ups and fair plans."""

from __future__ import annotations

import datetime as dt
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field, field_validator

from features.records import Job
from service.api.schemas.common import RecordId, _Strict
from service.api.schemas.graduates import GraduateFull, GraduatePublic
from service.api.schemas.jobs import JobSummary
from service.outcomes import NOTE_MAX_LENGTH, FollowUpStatus, SubsidyState

T = TypeVar("T")


# --- results --------------------------------------------------------------------------


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    offset: int
    limit: int


class SuggestedJob(JobSummary):
    """A suggested post's summary with what applying takes (a graduate made one more call per
    post to learn it): the announcement, the deadline, the employer's contact, the pay as written."""

    announcement: str | None = Field(description="招聘公告（简章）名称；null 表示原表未列")
    apply_by: dt.date | None = Field(description="报名截止日期（YYYY-MM-DD）；null 表示未注明")
    contact: str | None = Field(description="用人单位联系方式（单位网站、联系人、咨询电话等，按原表所写）；null 表示未注明")
    pay_text: str | None = Field(description="薪酬待遇原文（如「面议」「年薪10-15万」）；null 表示原表未填写")

    @classmethod
    def of(cls, job: Job) -> SuggestedJob:
        return cls(**JobSummary.of(job).model_dump(), announcement=job.announcement, apply_by=job.apply_by,
                   contact=job.contact, pay_text=job.pay_text)


class SuggestionPublic(BaseModel):
    rank: int
    job_id: str
    score: float
    status: str
    status_label: str
    reasons: list[str]
    job: SuggestedJob | None


class RejectionPublic(BaseModel):
    job_id: str
    score: float
    reasons: list[str]
    job: JobSummary | None


class RecommendationsPublic(BaseModel):
    graduate_id: str
    suggestions: list[SuggestionPublic]
    rejected: list[RejectionPublic]
    #: How a major the catalog does not hold was read, said once for all suggestions.
    major_note: str | None = None
    closed_unlisted: int = Field(
        default=0, ge=0,
        description="报名早已结束（招聘年度已过，或报名截止已超过 7 天）、既未推荐也未列入 rejected 的岗位数；"
                    "对所有毕业生相同（按服务当天判断）")


class CandidatePublic(BaseModel):
    rank: int
    graduate_id: str
    score: float
    status: str
    status_label: str
    reasons: list[str]
    graduate: GraduatePublic | None


class CandidatesPublic(BaseModel):
    job_id: str
    candidates: list[CandidatePublic]


class SkippedRow(BaseModel):
    row: int | None
    column: str | None
    message: str

    @classmethod
    def of(cls, error) -> SkippedRow:
        """The row an ``InputFileError`` names, with its whole description (file, row, column)."""
        return cls(row=error.row, column=error.column, message=error.describe())


class ImportReport(BaseModel):
    source: str
    kind: str
    created: int
    updated: int
    skipped: list[SkippedRow]
    #: In Chinese: rows read once as repeats of an earlier row; written rows that still
    #: cannot be matched (a graduate stored with no 专业).
    notes: list[str] = []


class AuditPublic(BaseModel):
    id: int
    at: dt.datetime
    user_id: int | None
    user_name: str
    role: str
    action: str
    record_type: str
    record_id: str
    fields: list[str]


class LoggedJob(BaseModel):
    job_id: str
    title: str | None = Field(description="岗位已删除时为空")
    employer: str | None
    location: str | None = Field(default=None, description="工作地点；同名岗位以单位和地点区分。未注明时为据单位名称等"
                                                           "推断的地点并注明来源（如「乌鲁木齐市（据单位名称）」）")


class RecommendationLogEntry(BaseModel):
    """One recommendation served: when, at whose request, which jobs in rank order."""

    id: int
    at: dt.datetime
    user_id: int | None
    user_name: str | None = Field(description="请求者账号；账号已删除时为空")
    jobs: list[LoggedJob]


class MePublic(BaseModel):
    id: int
    name: str
    role: str
    role_label: str
    graduate_id: str | None


# --- follow-ups -----------------------------------------------------------------------


class FollowUpCreate(_Strict):
    """One step of what came of a job for a graduate; each is kept (the newest is current). Or,
    without ``job_id`` and ``status``, only the graduate's 求职创业补贴 state (``subsidy``): it is
    the graduate's, not a post's. Which fields go together is checked by ``followups.record``,
    which names the missing one."""

    job_id: RecordId | None = Field(default=None, description="岗位编号：任一现有岗位，不限于推荐过的；已向该毕业生"
                                                               "推送过、后来删除的岗位也可登记其结果；"
                                                               "只登记求职创业补贴（不涉及具体岗位）时不填")
    status: FollowUpStatus | None = Field(default=None, description="跟进结果：填写岗位时必填；只登记补贴时不填。"
                                                                    "岗位已下架（已删除，或编号已被另一岗位使用）时"
                                                                    "不能再登记 `已推送`（422 指明 `job_id` 或 "
                                                                    "`push_id`），可登记其结果")
    note: str | None = Field(default=None, max_length=NOTE_MAX_LENGTH, description="备注")
    subsidy: SubsidyState | None = Field(default=None, description="求职创业补贴办理情况；未获批（申请未获批准）"
                                                                  "只能在已申请之后登记，未获批之后须重新登记已申请才能登记已发放")
    push_id: int | None = Field(
        default=None, ge=1, le=2**31 - 1,
        description="可选：本次结果所属的推送（该推送跟进记录的 `push_id`）。只在岗位编号已被另一岗位使用时需要："
                    "向该毕业生推送过的岗位删除后，其编号又给了新的岗位，此时按编号登记的结果属于新岗位；"
                    "要登记原岗位（已下架）的结果，填写原岗位推送记录的 `push_id`，并填写相同的 `job_id`。"
                    "不填时：岗位存在则登记现岗位，岗位已下架则登记最近一次推送的原岗位")
    last_seen_id: int | None = Field(
        default=None, ge=0, le=2**31 - 1,
        description="可选：登记者看到的该毕业生最新一条跟进记录的编号（id；一条都没有时为 0）。此后若同一岗位"
                    "（填写 subsidy 时还包括任何求职创业补贴状态）已写入新的记录（其他专员或另一窗口），本次不写入，返回 409 并说明那条记录；"
                    "不是该毕业生跟进记录的编号（其他毕业生的、不存在的）不写入，返回 422 指明 last_seen_id；"
                    "不填则不作此检查（与以前相同）")

    @field_validator("note")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value or None


class FollowUpPublic(BaseModel):
    id: int
    at: dt.datetime = Field(description="记录时间（UTC，带时区）")
    graduate_id: str
    job_id: str | None = Field(description="岗位编号；只登记求职创业补贴（不涉及具体岗位）的记录为 null")
    job_title: str | None = Field(description="记录时的职位名称（岗位删除后仍保留）；只登记补贴的记录为 null")
    job_employer: str | None
    job_exists: bool = Field(description="岗位是否仍然存在（只登记补贴的记录为 false）")
    push_id: int | None = Field(default=None, description="所属推送的编号（该推送第一条跟进记录的编号），同一推送的记录相同；"
                                                          "岗位编号被另一岗位沿用时，新旧岗位的推送编号不同。只登记补贴的记录为 null")
    status: FollowUpStatus | None = Field(description="跟进结果；只登记补贴的记录为 null")
    subsidy: SubsidyState | None
    note: str | None
    user_id: int | None
    user_name: str = Field(description="记录人")


class FollowUpStatePublic(BaseModel):
    """Where one follow-up stands, without its note (a note is read on the graduate's history)."""

    at: dt.datetime = Field(description="记录时间（UTC，带时区）")
    job_id: str
    job_title: str
    status: FollowUpStatus
    push_id: int | None = Field(default=None, description="所属推送的编号；登记该推送的结果时随 `job_id` 一起填写"
                                                          "（岗位编号已被另一岗位沿用时用以指明原岗位）")


class SubsidyHintPublic(BaseModel):
    """A 求职创业补贴 the graduate may claim and has not (``service.api.subsidy_hints``)."""

    policy_id: str
    policy_name: str
    status: Literal["eligible", "needs_review"]
    status_label: Literal["符合", "待核实"]
    recorded: SubsidyState | None = Field(description="最近登记的补贴状态（未登记则为 null，或为「未申请」）")


class SupportEntryPublic(BaseModel):
    """One hardship-support graduate in the officers' queue."""

    graduate: GraduateFull
    recommended: bool = Field(description="是否已有就业服务专员查看过的推荐（推荐记录中为专员请求的一条；毕业生本人查看自己的推荐不算）")
    latest: FollowUpStatePublic | None = Field(description="最近一条跟进记录；无则为 null")
    hired: FollowUpStatePublic | None = Field(description="当前状态为已录用的岗位；无则为 null")
    subsidy: SubsidyState | None = Field(description="最近填写的求职创业补贴状态")
    suggestions: list[SuggestionPublic] = Field(description="排名最前的可报岗位")
    subsidy_hint: SubsidyHintPublic | None = Field(
        default=None, description="可申领但尚未申领的求职创业补贴（政策核对为符合或待核实，且未登记已申请、已发放或未获批）；"
                                  "无则为 null（未载入政策清单时亦为 null）")


class SubsidyUnclaimedEntry(BaseModel):
    """A graduate off the support list (no hardship category) who may claim the 求职创业补贴 and
    has not (``GET /api/support/subsidy-unclaimed``)."""

    graduate_id: str
    name: str | None
    school: str | None
    major: str | None
    subsidy_hint: SubsidyHintPublic = Field(description="可申领但尚未申领的求职创业补贴（政策核对为符合或待核实）")


# --- fairs ----------------------------------------------------------------------------


class FairPositionPublic(BaseModel):
    job_id: str
    title: str
    employer: str | None
    location: str | None
    headcount: int | Literal["若干"] | None = Field(description="招聘人数；「若干」表示人数不定，岗位表未注明时为空")
    reason: str = Field(description="该岗位归入本场的理由")
    graduates: int = Field(description="本场可报考该岗位的毕业生人数")
    also_in: list[str] = Field(default_factory=list, description="同一岗位也列入的其他场（招聘会名称）")
    employer_also_in: list[str] = Field(default_factory=list, description="该岗位的用人单位也参加的其他场（招聘会名称）")


class FairGraduatePublic(BaseModel):
    """A graduate of a fair, with non-sensitive fields only (for organisers too)."""

    graduate_id: str
    name: str | None
    school: str | None
    major: str | None
    education: str | None
    status: str = Field(description="eligible：至少一个岗位符合；needs_review：均待核实")
    status_label: str
    job_ids: list[str] = Field(description="本场可报考的岗位，推荐名次靠前的在前")
    reason: str = Field(description="该毕业生列入本场的理由")


class FairPublic(BaseModel):
    number: int = Field(description="场次序号，从 1 开始")
    key: str = Field(description="主题代码；同一主题分为多场时带 -2、-3 …")
    theme: str
    title: str
    part: int
    parts: int
    employers: list[str]
    places: list[str] = Field(description="按地点分场时本场单位的所在地（移入的单位除外）")
    moved_places: list[str] = Field(default_factory=list, description="从同主题其他场移入本场的单位所在地（不在 places 中的）")
    headcount: int = Field(description="已注明的招聘人数之和")
    headcount_unknown: int = Field(description="未注明招聘人数的岗位数")
    headcount_open: int = Field(description="招聘人数为「若干」的岗位数（不计入 headcount）")
    positions_shared: int = Field(default=0, description="本场岗位中也列入其他场的岗位数（其人数计入各场的 headcount）")
    positions: list[FairPositionPublic]
    graduates: list[FairGraduatePublic]


class FairDroppedPublic(BaseModel):
    theme: str
    positions: int
    graduates: int
    reason: str


class FairUnplacedCountPublic(BaseModel):
    """How many positions no fair holds for one kind of reason."""

    reason: str = Field(description="原因类别，如「没有毕业生的推荐中有此岗位」「未归入任何主题」")
    positions: int


class FairUnplacedPublic(BaseModel):
    """A position no fair holds, and why, so that the organiser can act on it."""

    job_id: str
    title: str
    employer: str | None
    location: str | None
    headcount: int | Literal["若干"] | None = Field(description="招聘人数；「若干」表示人数不定，岗位表未注明时为空")
    reason: str = Field(description="未列入任何招聘会的原因（归入的每个主题及其未能举办或未列入的原因）")


class FairUninvitedPublic(BaseModel):
    """A graduate who may apply for posts of a theme whose fairs were all full (每场毕业生上限)."""

    graduate_id: str
    name: str | None
    school: str | None
    major: str | None
    theme: str
    reason: str = Field(description="未受邀参加该主题招聘会的原因")


class FairAbsentPublic(BaseModel):
    """A graduate no fair of the plan invites."""

    graduate_id: str
    name: str | None
    school: str | None
    major: str | None
    reason: str = Field(description="未受邀参加任何招聘会的原因（简短，多数不超过 60 字）")
    detail: str = Field(default="", description="详细原因：推荐岗位按未列入原因计数，及排名最前者的原因；原因已说尽时为空")


class FairLimitsPublic(BaseModel):
    max_employers: int
    max_positions: int
    min_positions: int
    min_graduates: int
    max_graduates: int
    max_rank: int
    min_fit: float
    max_classes: int
    max_fairs_per_graduate: int


class FairPlanPublic(BaseModel):
    """Proposed small fairs: employers, positions and the graduates each is for, with reasons."""

    by: str = Field(description="major：专业化；industry：行业化")
    by_label: str
    limits: FairLimitsPublic
    positions_total: int
    positions_placed: int
    graduates_total: int
    graduates_placed: int
    headcount_distinct: int = Field(default=0, description="全方案招聘人数，列入几场的岗位只计一次（各场 headcount 相加会重复计）")
    fairs: list[FairPublic]
    dropped: list[FairDroppedPublic] = Field(description="规模不足、未单独举办的主题")
    notes: list[str] = Field(description="合并、分场、删减和未归类情况的说明")
    unthemed_positions: list[str] = Field(description="未归入任何主题的岗位编号")
    unplaced_total: int = Field(description="未列入任何招聘会的岗位总数")
    unplaced_reasons: list[FairUnplacedCountPublic] = Field(
        description="未列入的岗位按原因计数（多者在前）；一个岗位因不同原因未列入多个主题时分别计入，合计可大于总数")
    unplaced_offset: int = Field(description="unplaced_positions 从第几个岗位起（从 0 计）")
    unplaced_limit: int = Field(description="unplaced_positions 最多列出的岗位数")
    unplaced_positions: list[FairUnplacedPublic] = Field(
        default_factory=list, description="未列入任何招聘会的岗位及原因，按岗位编号排列；只列出从 unplaced_offset 起的 "
                                          "unplaced_limit 个，完整名单用 unplaced_offset 翻页，或 jobmatch fairs --out 导出")
    uninvited_graduates: list[FairUninvitedPublic] = Field(
        default_factory=list, description="可报考某主题的岗位、但该主题各场都已邀请满 max_graduates 人，"
                                          "或本人已受邀 max_fairs_per_graduate 场（推荐名次更靠前）而未受邀的毕业生（每个主题一行）")
    absent_graduates: list[FairAbsentPublic] = Field(
        default_factory=list, description="未受邀参加任何招聘会的毕业生及原因（graduates_total − graduates_placed 人），按编号排列")
    employer_contacts: dict[str, str] = Field(
        default_factory=dict, description="各场用人单位的联系方式（单位网站、联系人、咨询电话等，按岗位表所写）：每家单位一个，"
                                          "取其在各场岗位中注明最多的一个（与导出文件的「联系方式」列相同）；未注明的单位不列出")
