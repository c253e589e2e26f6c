"""Schemas of the records that cross HTTP, jobs and graduates, split Create / Update / Public,
and their conversions to and from the core records (``features.records``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Annotated, Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from features.announcements import season_year
from features.education import (
    EducationRequirement,
    parse_degree,
    parse_degree_requirement,
    parse_education_level,
    parse_education_requirement,
)
from features.intentions import preferences_after_intention_change, preferences_with_intention
from features.records import (
    GRADUATE_TEXT_LIMITS,
    JOB_TEXT_LIMITS,
    MAX_SEASON_YEAR,
    MIN_SEASON_YEAR,
    PREFERENCE_ITEM_LENGTH,
    PREFERENCE_ITEMS,
    RESERVED_JOB_IDS,
    SENSITIVE_GRADUATE_FIELDS,
    EmployerType,
    Gender,
    Graduate,
    Hardship,
    HardshipGroup,
    Job,
    Preferences,
    SalaryRange,
    shown_headcount,
    shown_pay,
)
from features.salary import parse_salary
from features.values import parse_birth_date, parse_ethnicity
from service.api import request_day
from service.api.schemas.common import OPEN_HEADCOUNT, Day, Money, RecordId, Short, StatedHeadcount, Year, _Strict


# --- jobs -----------------------------------------------------------------------------

#: Longest pay text and contact the API takes, as for a condition's text: both are unbounded
#: columns, and gkld's longest pay cell has 125 characters, its longest contact 102.
PAY_TEXT_LENGTH = CONTACT_LENGTH = 5000


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
    degree: str | None = Field(default=None, max_length=100, description="学位要求，如「学士」「不限」")
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
        degree=degree, majors_text=data.majors_text, salary=_salary(data),
        headcount=None if data.headcount == OPEN_HEADCOUNT else data.headcount,
        headcount_open=data.headcount == OPEN_HEADCOUNT,
        description=data.description or "", conditions=tuple(data.conditions.items()), apply_by=data.apply_by,
        announcement=data.announcement or None,
        season_year=data.season_year if data.season_year is not None else season_year(data.announcement),
        pay_text=data.pay_text, contact=data.contact or None,
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
        "education": _education_text(job.education), "degree": None if job.degree is None else job.degree.requirement_label,
        "majors_text": job.majors_text, "salary_min": job.salary.minimum, "salary_max": job.salary.maximum,
        "headcount": shown_headcount(job), "description": job.description, "conditions": dict(job.conditions),
        "apply_by": job.apply_by, "announcement": job.announcement, "season_year": job.season_year,
        "pay_text": job.pay_text, "contact": job.contact,
    }


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


class JobPublic(BaseModel):
    id: str
    title: str
    employer: str | None
    employer_type: EmployerType | None
    category: str | None
    industry: str | None
    location: str | None
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

    @classmethod
    def of(cls, job: Job) -> JobPublic:
        values = job_to_create(job)
        return cls(**values, salary=shown_pay(job))


class JobSummary(BaseModel):
    id: str
    title: str
    employer: str | None
    location: str | None
    education: str | None
    salary: str

    @classmethod
    def of(cls, job: Job) -> JobSummary:
        return cls(id=job.id, title=job.title, employer=job.employer, location=job.location,
                   education=_education_text(job.education), salary=shown_pay(job))


# --- graduates ------------------------------------------------------------------------


_Item = Annotated[str, Field(max_length=PREFERENCE_ITEM_LENGTH)]


class PreferencesModel(_Strict):
    locations: list[_Item] = Field(default_factory=list, max_length=PREFERENCE_ITEMS)
    categories: list[_Item] = Field(default_factory=list, max_length=PREFERENCE_ITEMS)
    industries: list[_Item] = Field(default_factory=list, max_length=PREFERENCE_ITEMS)
    min_salary: Money | None = None


class _GraduateFields(_Strict):
    name: str | None = Field(default=None, max_length=GRADUATE_TEXT_LIMITS["name"])
    school: str | None = Field(default=None, max_length=GRADUATE_TEXT_LIMITS["school"])
    major: str | None = Field(default=None, max_length=GRADUATE_TEXT_LIMITS["major"])
    major_code: str | None = Field(default=None, pattern=r"^\d{6}[TK]{0,2}$", description="本科专业目录代码，如 080901、120203K")
    education: str | None = Field(default=None, max_length=50, description="学历，如「本科」「硕士研究生」")
    degree: str | None = Field(default=None, max_length=50)
    graduation_year: Year | None = None
    gender: Gender | None = None
    birth_date: Day | None = None
    political_status: str | None = Field(default=None, max_length=GRADUATE_TEXT_LIMITS["political_status"])
    hukou: str | None = Field(default=None, max_length=GRADUATE_TEXT_LIMITS["hukou"])
    intention: str = Field(default="", max_length=5000)
    preferences: PreferencesModel = Field(default_factory=PreferencesModel)
    # sensitive
    ethnicity: str | None = Field(default=None, max_length=GRADUATE_TEXT_LIMITS["ethnicity"])
    hardship: list[Hardship] | None = Field(default=None, description="困难类别；null 表示未知，[] 表示无")
    hardship_groups: list[HardshipGroup] | None = Field(
        default=None, description="困难类别中登记的细分类别（低保家庭、特困人员、防返贫监测对象、贫困残疾人家庭），须属于所列困难类别；"
                                  "null 或 [] 表示未登记细分类别")
    student_loan: bool | None = Field(default=None, description="是否获得国家助学贷款；null 表示未登记")
    id_number: str | None = Field(default=None, pattern=r"^\d{17}[\dXx]$")
    phone: str | None = Field(default=None, pattern=r"^\+?[\d\- ]{5,20}$")

    @field_validator("education")
    @classmethod
    def _level_known(cls, value: str | None) -> str | None:
        if value and parse_education_level(value) is None:
            raise ValueError(f"无法识别的学历「{value}」")
        return value or None

    @field_validator("degree")
    @classmethod
    def _degree_known(cls, value: str | None) -> str | None:
        if value and parse_degree(value) is None:
            raise ValueError(f"无法识别的学位「{value}」")
        return value or None

    @field_validator("birth_date")
    @classmethod
    def _birth_date_plausible(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        # Checked against the app's day (its clock, the one the matcher judges on: Beijing's
        # in production); ``model_validate(..., context={"today": day})`` freezes it.
        today = (info.context or {}).get("today") or request_day.today()
        return parse_birth_date(value, today=today)

    @field_validator("ethnicity")
    @classmethod
    def _ethnicity_named(cls, value: str | None) -> str | None:
        return parse_ethnicity(value)  # 维吾尔 → 维吾尔族, as the importers store it


class GraduateCreate(_GraduateFields):
    id: RecordId

    @field_validator("hardship_groups")
    @classmethod
    def _groups_in_categories(cls, value: list[HardshipGroup] | None, info: ValidationInfo):
        """Checked here, not only by ``Graduate``, so that the 422 names the field (a PATCH too:
        ``graduate_apply_update`` validates the stored record with the fields sent)."""
        categories = set(info.data.get("hardship") or ())
        for group in value or ():
            if group.category not in categories:
                raise ValueError(f"须属于所列困难类别：{group.value}属于{group.category.value}，"
                                 f"hardship 中没有{group.category.value}")
        return value


class GraduateUpdate(_GraduateFields):
    intention: str | None = Field(default=None, max_length=5000)
    preferences: PreferencesModel | None = None

    @model_validator(mode="after")
    def _something(self) -> GraduateUpdate:
        if not self.model_fields_set:
            raise ValueError("没有要修改的字段")
        return self


def sensitive_fields_sent(data: BaseModel) -> list[str]:
    return [f for f in SENSITIVE_GRADUATE_FIELDS if f in data.model_fields_set]


def _stated_preferences(prefs: PreferencesModel | None) -> dict[str, object]:
    """The preference fields the body sent, as ``Preferences`` values (lists become tuples)."""
    if prefs is None:
        return {}
    return {name: tuple(value) if isinstance(value, list) else value
            for name in prefs.model_fields_set for value in (getattr(prefs, name),)}


def graduate_from_create(data: GraduateCreate, *, major_code: str | None = None) -> Graduate:
    """A preference field the body leaves out is read from ``intention``, as the importers do."""
    return Graduate(
        id=data.id, name=data.name, school=data.school, major=data.major, major_code=data.major_code or major_code,
        education=parse_education_level(data.education), degree=parse_degree(data.degree),
        graduation_year=data.graduation_year, gender=data.gender, ethnicity=data.ethnicity, birth_date=data.birth_date,
        political_status=data.political_status, hukou=data.hukou, intention=data.intention or "",
        preferences=preferences_with_intention(data.intention, _stated_preferences(data.preferences)),
        hardship=None if data.hardship is None else frozenset(data.hardship),
        hardship_groups=frozenset(data.hardship_groups) if data.hardship_groups else None,
        student_loan=data.student_loan,
        id_number=data.id_number.upper() if data.id_number else None, phone=data.phone,
    )


def _preferences_body(prefs: Preferences) -> dict:
    return {"locations": list(prefs.locations), "categories": list(prefs.categories),
            "industries": list(prefs.industries), "min_salary": prefs.min_salary}


def graduate_to_create(graduate: Graduate) -> dict:
    return {
        "id": graduate.id, "name": graduate.name, "school": graduate.school, "major": graduate.major,
        "major_code": graduate.major_code,
        "education": None if graduate.education is None else graduate.education.label,
        "degree": None if graduate.degree is None else graduate.degree.label,
        "graduation_year": graduate.graduation_year, "gender": graduate.gender, "birth_date": graduate.birth_date,
        "political_status": graduate.political_status, "hukou": graduate.hukou, "intention": graduate.intention,
        "preferences": _preferences_body(graduate.preferences),
        "ethnicity": graduate.ethnicity,
        "hardship": None if graduate.hardship is None else sorted(graduate.hardship, key=lambda h: h.value),
        "hardship_groups": None if graduate.hardship_groups is None else sorted(graduate.hardship_groups,
                                                                                key=lambda h: h.value),
        "student_loan": graduate.student_loan,
        "id_number": graduate.id_number, "phone": graduate.phone,
    }


def graduate_apply_update(graduate: Graduate, update: GraduateUpdate, *, major_code: str | None) -> Graduate:
    """A merge patch: fields left out keep their values, within ``preferences`` too. When the
    intention changes, preferences read from the old text follow the new one; ``"preferences":
    null`` reads them all from the intention again."""
    values = graduate_to_create(graduate)
    changes = update.model_dump(exclude_unset=True)
    if "major" in changes and "major_code" not in changes:
        values["major_code"] = None  # re-resolved from the new major name
    values.update(changes)
    if "hardship" in changes and "hardship_groups" not in changes and values["hardship_groups"]:
        # Groups go with their category: a category taken off takes its groups with it.
        kept = set(values["hardship"] or ())
        values["hardship_groups"] = [g for g in values["hardship_groups"] if g.category in kept] or None
    values["intention"] = values.get("intention") or ""
    if "preferences" in changes and update.preferences is None:
        preferences = preferences_with_intention(values["intention"], {})
    elif "intention" in changes:
        preferences = preferences_after_intention_change(graduate.preferences, graduate.intention, values["intention"],
                                                         _stated_preferences(update.preferences))
    else:
        preferences = replace(graduate.preferences, **_stated_preferences(update.preferences))
    values["preferences"] = _preferences_body(preferences)
    return graduate_from_create(GraduateCreate.model_validate(values), major_code=major_code)


class GraduatePublic(BaseModel):
    """What organisers may see: no sensitive field."""

    id: str
    name: str | None
    school: str | None
    major: str | None
    major_code: str | None
    education: str | None
    degree: str | None
    graduation_year: int | None
    gender: Gender | None
    birth_date: dt.date | None
    political_status: str | None
    hukou: str | None
    intention: str
    preferences: PreferencesModel

    @classmethod
    def of(cls, graduate: Graduate) -> GraduatePublic:
        values = graduate_to_create(graduate)
        return cls(**{k: v for k, v in values.items() if k in cls.model_fields})


class GraduateFull(GraduatePublic):
    """Officers (and the graduate themself): every field, reads audited."""

    ethnicity: str | None
    hardship: list[Hardship] | None
    hardship_groups: list[HardshipGroup] | None = Field(description="困难类别中登记的细分类别；null 表示未登记")
    student_loan: bool | None = Field(description="是否获得国家助学贷款；null 表示未登记")
    needs_support: bool
    id_number: str | None
    phone: str | None

    @classmethod
    def of(cls, graduate: Graduate) -> GraduateFull:
        values = graduate_to_create(graduate)
        return cls(**values, needs_support=graduate.needs_support)
