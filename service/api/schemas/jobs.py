"""Schemas of the jobs that cross HTTP, split Create / Update / Public / Summary, and their
conversions to and from the core record (``features.records.Job``)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator

from features.announcements import season_year
from features.education import EducationRequirement, asks_matching_degree, parse_degree_requirement, parse_education_requirement
from features.records import (
    JOB_TEXT_LIMITS,
    MAX_SEASON_YEAR,
    MIN_SEASON_YEAR,
    RESERVED_JOB_IDS,
    EmployerType,
    Job,
    SalaryRange,
    shown_degree,
    shown_headcount,
    shown_pay,
)
from features.place_inference import FROM_ANNOUNCEMENT, FROM_EMPLOYER, FROM_PARENT_UNIT
from features.salary import parse_salary
from service.columns import condition_keys, condition_names
from service.api.schemas.common import OPEN_HEADCOUNT, Day, Money, RecordId, Short, StatedHeadcount, _Strict


#: Longest pay text and contact the API takes, as for a condition's text: both are unbounded
#: columns, and gkld's longest pay cell has 125 characters, its longest contact 102.
PAY_TEXT_LENGTH = CONTACT_LENGTH = 5000
#: What the document says of a field the answers carry and a body may bring back unchanged.
READ_ONLY = "只读：岗位的回答（GET）中才有，由服务算出；请求中可原样带回（如把读到的岗位再提交），服务忽略，不会保存"
#: Longest 工作类型 the API takes (Wuhan's longest is 5 characters: 兼职/临时).
WORK_TYPE_LENGTH = 100
#: Longest 职位代码 and 内设机构/科室 the API takes (gkld: a few characters; several cells joined by 「；」).
POST_KEY_LENGTH = 200


class _JobFields(_Strict):
    employer: str | None = Field(default=None, max_length=JOB_TEXT_LIMITS["employer"])
    employer_type: EmployerType | None = None
    category: str | None = Field(default=None, max_length=JOB_TEXT_LIMITS["category"])
    industry: str | None = Field(default=None, max_length=JOB_TEXT_LIMITS["industry"])
    location: str | None = Field(default=None, max_length=JOB_TEXT_LIMITS["location"])
    parent_unit: str | None = Field(default=None, max_length=JOB_TEXT_LIMITS["parent_unit"],
                                    description="上级单位或主管部门，如「某区卫生健康委员会」；行业化招聘会按它判断所属系统")
    exam_type: str | None = Field(default=None, max_length=JOB_TEXT_LIMITS["exam_type"],
                                  description="考试类型，如「公务员」「事业单位」「教师」「医疗」")
    education: str | None = Field(default=None, max_length=100, description="学历要求，如「本科及以上」「学历不限」")
    degree: str | None = Field(default=None, max_length=100, description="学位要求，如「学士」「不限」；「与学历相对应的学位」表示各报考者须取得与本人学历相对应的学位（硕士研究生须取得硕士学位）")
    majors_text: str | None = Field(default=None, max_length=5000, description="专业要求原文")
    salary_min: Money | None = None
    salary_max: Money | None = None
    headcount: StatedHeadcount | None = Field(
        default=None, description="招聘人数；「若干」表示人数不定（已注明），null 表示未注明")
    description: str = Field(default="", max_length=20_000)
    conditions: dict[str, Annotated[str, Field(max_length=5000)]] = Field(default_factory=dict, max_length=50)
    apply_by: Day | None = Field(default=None, description="报名截止日期（YYYY-MM-DD），次日起岗位不再推荐；null 表示未注明")
    announcement: str | None = Field(default=None, max_length=JOB_TEXT_LIMITS["announcement"],
                                     description="招聘公告（简章）名称，如「某市2026年度事业单位公开招聘工作人员公告」")
    season_year: int | None = Field(
        default=None, ge=MIN_SEASON_YEAR, le=MAX_SEASON_YEAR,
        description="招聘年度；不填时从招聘公告名称中读出（读不出为 null）。未注明报名截止日期时，"
                    "早于当年两年及以上的岗位不再推荐，前一年的为「待核实」")
    pay_text: str | None = Field(
        default=None, max_length=PAY_TEXT_LENGTH,
        description="薪酬待遇原文，如「面议」「按国家有关规定执行」「年薪10-15万」；未填 salary_min 和 salary_max 时从中读出月薪范围，"
                    "读不出金额的（面议等）薪资为未知，但岗位页面和核验仍能看到所写的待遇")
    contact: str | None = Field(default=None, max_length=CONTACT_LENGTH,
                                description="用人单位联系方式（单位网站、联系人、咨询电话等），如「单位网站：http://…；咨询电话：0991-1234567」")
    work_type: str | None = Field(default=None, max_length=WORK_TYPE_LENGTH,
                                  description="工作类型（用工形式），如「全职」「兼职/临时」「实习」；岗位核验据此找出非全职岗位")
    position_code: str | None = Field(default=None, max_length=POST_KEY_LENGTH,
                                      description="原表的职位代码（岗位编号之外另列的），如「0101」；岗位核验不把职位代码不同的岗位视为重复")
    department: str | None = Field(default=None, max_length=POST_KEY_LENGTH,
                                   description="内设机构或科室，如「急诊科」；岗位核验不把科室不同的岗位视为重复")
    updated_on: Day | None = Field(
        default=None, description="招聘信息更新时间（YYYY-MM-DD）：招聘网站最后更新该岗位信息的日期；未注明报名截止日期、"
                                  "最后更新早于当天 stale_after_days（默认 180）天以上的岗位，岗位核验报「信息更新已久」；null 表示未注明")

    # Worked out by the service (``JobPublic``): a client that posts back a job it read sends them too.
    # Taken and ignored (``exclude``: never stored, never compared), not refused as unknown fields.
    location_inferred: str | None = Field(default=None, exclude=True, description=READ_ONLY + "（推断的工作地点）")
    location_inferred_from: str | None = Field(default=None, exclude=True, description=READ_ONLY + "（推断地点的依据）")
    salary: str | None = Field(default=None, exclude=True, description=READ_ONLY + "（薪资的文字说明）；"
                               "要修改薪资请用 salary_min、salary_max 或 pay_text")

    @field_validator("pay_text")
    @classmethod
    def _pay_readable(cls, value: str | None) -> str | None:
        if value:
            parse_salary(value)  # the importer's reading: a short cell of numbers that form no pay is refused
        return value or None

    @field_validator("education")
    @classmethod
    def _education_known(cls, value: str | None) -> str | None:
        if value:
            parsed = parse_education_requirement(value)
            if parsed.minimum is None and not parsed.any_level:
                raise ValueError(f"无法识别的学历要求「{value}」")
        return value or None


    @field_validator("salary_max")
    @classmethod
    def _max_not_below_min(cls, value: int | None, info: ValidationInfo) -> int | None:
        low = info.data.get("salary_min")
        if value is not None and low is not None and value < low:
            raise ValueError(f"薪资上限 {value} 低于下限 salary_min（{low}）")
        return value


class JobCreate(_JobFields):
    id: RecordId
    title: Short

    @field_validator("id")
    @classmethod
    def _not_reserved(cls, value: str) -> str:
        if value in RESERVED_JOB_IDS:
            raise ValueError(f"「{value}」是保留字（/api/jobs/{value} 是接口地址），不能用作岗位编号")
        return value


class JobUpdate(_JobFields):
    """Only the fields sent are changed (``null`` clears a field)."""

    title: Short | None = None
    description: str | None = Field(default=None, max_length=20_000)
    conditions: dict[str, Annotated[str, Field(max_length=5000)]] | None = Field(default=None, max_length=50)

    @field_validator("title")
    @classmethod
    def _title_kept(cls, value: str | None) -> str:
        # Only a sent value is validated: an explicit null would clear a required field.
        if value is None:
            raise ValueError("职位名称必填，不能设为 null")
        return value


def job_from_create(data: JobCreate) -> Job:
    """Build the core record; raises ``ValueError`` (Chinese message) when values contradict."""
    education = parse_education_requirement(data.education)
    degree = parse_degree_requirement(data.degree, education)
    if data.degree and degree is None:
        raise ValueError(f"无法识别的学位要求「{data.degree}」")
    return Job(
        id=data.id, title=data.title, employer=data.employer, employer_type=data.employer_type,
        category=data.category, industry=data.industry, location=data.location, parent_unit=data.parent_unit,
        exam_type=data.exam_type, education=education,
        degree=degree, degree_matching=asks_matching_degree(data.degree), majors_text=data.majors_text, salary=_salary(data),
        headcount=None if data.headcount == OPEN_HEADCOUNT else data.headcount,
        headcount_open=data.headcount == OPEN_HEADCOUNT,
        description=data.description or "", conditions=conditions_from_keys(data.conditions), apply_by=data.apply_by,
        announcement=data.announcement or None,
        season_year=data.season_year if data.season_year is not None else season_year(data.announcement),
        pay_text=data.pay_text, contact=data.contact or None, work_type=data.work_type or None,
        position_code=data.position_code or None, department=data.department or None, updated_on=data.updated_on,
    )


def _salary(data: _JobFields) -> SalaryRange:
    """The bounds sent; with neither, the range the pay text states (unknown for 「面议」)."""
    if data.salary_min is None and data.salary_max is None and data.pay_text:
        return parse_salary(data.pay_text)
    return SalaryRange(data.salary_min, data.salary_max)


def _education_text(requirement: EducationRequirement) -> str | None:
    if requirement.minimum is None and not requirement.any_level:
        return None
    return requirement.describe()


def job_to_create(job: Job) -> dict:
    return {
        "id": job.id, "title": job.title, "employer": job.employer, "employer_type": job.employer_type,
        "category": job.category, "industry": job.industry, "location": job.location,
        "parent_unit": job.parent_unit, "exam_type": job.exam_type,
        "education": _education_text(job.education), "degree": shown_degree(job),
        "majors_text": job.majors_text, "salary_min": job.salary.minimum, "salary_max": job.salary.maximum,
        "headcount": shown_headcount(job), "description": job.description, "conditions": condition_keys(job.conditions),
        "apply_by": job.apply_by, "announcement": job.announcement, "season_year": job.season_year,
        "pay_text": job.pay_text, "contact": job.contact, "work_type": job.work_type,
        "position_code": job.position_code, "department": job.department, "updated_on": job.updated_on,
    }


def conditions_from_keys(keyed: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The API's object back as ``Job.conditions``: 「备注（2）」 after 备注 is 备注 again."""
    return tuple(zip(condition_names(keyed), keyed.values()))


def job_apply_update(job: Job, update: JobUpdate) -> Job:
    values = job_to_create(job)
    changes = update.model_dump(exclude_unset=True)
    if changes.get("degree") is None and "degree" in changes:
        changes["degree"] = None
    if "announcement" in changes and "season_year" not in changes:
        values["season_year"] = None  # read again from the new title, not kept from the old one
    if "pay_text" in changes and not {"salary_min", "salary_max"} & changes.keys():
        values["salary_min"] = values["salary_max"] = None  # read again from the new text
    elif "pay_text" not in changes and {"salary_min", "salary_max"} & changes.keys():
        values["pay_text"] = None  # the old text no longer states the pay
    values.update(changes)
    if values.get("description") is None:
        values["description"] = ""
    if values.get("conditions") is None:
        values["conditions"] = {}
    if values.get("title") is None:
        raise ValueError("职位名称不能为空")
    return job_from_create(JobCreate.model_validate(values))


#: What ``location_inferred`` says, for both the full record and the summaries.
LOCATION_INFERRED = ("未注明工作地点时，备注（或其他条件、岗位描述）写明的工作地点（「工作地点：三门峡市」），否则据单位名称"
                     "（或上级单位、招聘公告）推断的地点，从省份写起，如「河南省洛阳市西工区」："
                     "用于排序和显示，以招聘公告为准，不用于资格审查；注明了工作地点（见 location）或推断不出时为 null")
LOCATION_INFERRED_FROM = ("地点的依据：写明它的栏目（「备注」、其他条件栏的栏名或「岗位描述」），或推断所据的「单位名称」"
                          "「上级单位」「招聘公告」；location_inferred 为 null 时为 null")
#: A column's name when a remark stated the place (「备注」「其他要求」), so not a closed list.
InferredFrom = str


class _ShowsPlace(BaseModel):
    """A job schema with ``location`` and, apart from it, ``location_inferred`` (the place the
    job's names say when it states none, ``Job.inferred_location``): a client shows the latter
    marked as inferred, and ``location`` stays what the table stated."""

    def shown_location(self, *, caveat: bool = False) -> str | None:
        """The place as a page shows it: stated, else inferred and marked (「河南省洛阳市西工区（据单位名称推断）」;
        with ``caveat``, 「…推断，以招聘公告为准）」), else ``None``."""
        if self.location or self.location_inferred is None:  # both fields are the subclass's
            return self.location
        said = self.location_inferred_from
        guessed = "推断" if said in (FROM_EMPLOYER, FROM_PARENT_UNIT, FROM_ANNOUNCEMENT) else ""  # 「据备注」 is a statement
        return f"{self.location_inferred}（据{said}{guessed}{'，以招聘公告为准' if caveat else ''}）"


def inferred_place(job: Job) -> dict[str, str | None]:
    """``location_inferred`` and ``location_inferred_from`` for ``job``."""
    inferred = job.inferred_location
    return {"location_inferred": inferred.place if inferred else None,
            "location_inferred_from": inferred.source if inferred else None}


class JobPublic(_ShowsPlace):
    id: str
    title: str
    employer: str | None
    employer_type: EmployerType | None
    category: str | None
    industry: str | None
    location: str | None
    location_inferred: str | None = Field(default=None, description=LOCATION_INFERRED)
    location_inferred_from: InferredFrom | None = Field(default=None, description=LOCATION_INFERRED_FROM)
    parent_unit: str | None = Field(description="上级单位或主管部门；null 表示原表未列")
    exam_type: str | None = Field(description="考试类型（公务员、事业单位、教师、医疗 …）；null 表示原表未列")
    education: str | None = Field(description="学历要求（规范化后的说明）；null 表示未知")
    degree: str | None
    majors_text: str | None
    salary_min: int | None
    salary_max: int | None
    salary: str = Field(description="薪资：已知月薪范围时为「5000-7000元/月」，否则为薪酬待遇原文（如「面议」），"
                                    "原表未填写时为「未注明」")
    headcount: int | Literal["若干"] | None = Field(description="招聘人数；「若干」表示人数不定，null 表示原表未注明")
    description: str
    conditions: dict[str, str]
    apply_by: dt.date | None = Field(description="报名截止日期（YYYY-MM-DD）；null 表示未注明")
    announcement: str | None = Field(description="招聘公告（简章）名称；null 表示原表未列")
    season_year: int | None = Field(description="招聘年度（公告名称或年度列所注）；null 表示未知")
    pay_text: str | None = Field(description="薪酬待遇原文（如「面议」「按国家有关规定执行」）；null 表示原表未填写")
    contact: str | None = Field(description="用人单位联系方式（单位网站、联系人、咨询电话等，按原表所写）；null 表示未注明")
    work_type: str | None = Field(default=None, description="工作类型（全职、兼职/临时、实习等，按原表所写）；null 表示未注明")
    position_code: str | None = Field(default=None, description="原表的职位代码（按原表所写）；null 表示未列")
    department: str | None = Field(default=None, description="内设机构或科室（按原表所写）；null 表示未列")
    updated_on: dt.date | None = Field(default=None, description="招聘信息更新时间（招聘网站最后更新该岗位信息的日期）；null 表示未注明")

    @classmethod
    def of(cls, job: Job) -> JobPublic:
        values = job_to_create(job)
        return cls(**values, salary=shown_pay(job), **inferred_place(job))


class JobSummary(_ShowsPlace):
    id: str
    title: str
    employer: str | None
    location: str | None
    location_inferred: str | None = Field(default=None, description=LOCATION_INFERRED)
    location_inferred_from: InferredFrom | None = Field(default=None, description=LOCATION_INFERRED_FROM)
    education: str | None
    salary: str

    @classmethod
    def of(cls, job: Job) -> JobSummary:
        return cls(id=job.id, title=job.title, employer=job.employer, location=job.location,
                   education=_education_text(job.education), salary=shown_pay(job), **inferred_place(job))
