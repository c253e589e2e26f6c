"""Schemas of the graduates that cross HTTP, split Create / Update / Public / Full (the officers'
view, with the sensitive fields), and their conversions to and from the core record
(``features.records.Graduate``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Annotated

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from features.education import parse_degree, parse_education_level
from features.intentions import preferences_after_intention_change, preferences_with_intention
from features.records import (
    GRADUATE_TEXT_LIMITS,
    PREFERENCE_ITEM_LENGTH,
    PREFERENCE_ITEMS,
    SENSITIVE_GRADUATE_FIELDS,
    Gender,
    Graduate,
    Hardship,
    HardshipGroup,
    Preferences,
)
from features.registered_place import parse_hukou_place, parse_origin_place
from features.values import parse_birth_date, parse_ethnicity
from service.api import request_day
from service.api.schemas.common import Day, Money, RecordId, Year, _Strict
from service.id_numbers import parse_id_number
from service.preference_items import parse_wished_places


_Item = Annotated[str, Field(max_length=PREFERENCE_ITEM_LENGTH)]


class PreferencesModel(_Strict):
    locations: list[_Item] = Field(default_factory=list, max_length=PREFERENCE_ITEMS)
    categories: list[_Item] = Field(default_factory=list, max_length=PREFERENCE_ITEMS)
    industries: list[_Item] = Field(default_factory=list, max_length=PREFERENCE_ITEMS)
    min_salary: Money | None = None


#: Set in the context of a record validated again with its stored values (``graduate_apply_update``): its
#: 意向地点 were checked when sent, or read from the intention; one stored before the check, or imported,
#: must not block an edit of another field (the intention), as a stored ID number does not.
STORED_LOCATIONS = "stored_locations"


class PreferencesInput(PreferencesModel):
    """``PreferencesModel`` as a body sends it: each 意向地点 item read as a place, a level or a refusal,
    a 不限 dropped (``service.preference_items``). Answers keep ``PreferencesModel``: a record stored before
    the check must stay readable."""

    @field_validator("locations")
    @classmethod
    def _locations_places(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if (info.context or {}).get(STORED_LOCATIONS):
            return value
        return parse_wished_places(value)  # 「火星」 refused as 生源地 「火星」 is


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
    origin_place: str | None = Field(default=None, max_length=GRADUATE_TEXT_LIMITS["origin_place"],
                                     description="生源地（入学时登记的生源所在地），如「河南省郑州市」")
    intention: str = Field(default="", max_length=5000)
    preferences: PreferencesInput = Field(default_factory=PreferencesInput)
    # sensitive
    ethnicity: str | None = Field(default=None, max_length=GRADUATE_TEXT_LIMITS["ethnicity"])
    hardship: list[Hardship] | None = Field(default=None, description="困难类别；null 表示未知，[] 表示无")
    hardship_groups: list[HardshipGroup] | None = Field(
        default=None, description="困难类别中登记的细分类别（低保家庭、特困人员、防返贫监测对象、贫困残疾人家庭），须属于所列困难类别；"
                                  "null 或 [] 表示未登记细分类别")
    student_loan: bool | None = Field(default=None, description="是否获得国家助学贷款；null 表示未登记")
    id_number: str | None = Field(default=None, max_length=GRADUATE_TEXT_LIMITS["id_number"])
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

    @field_validator("id_number")
    @classmethod
    def _id_number_valid(cls, value: str | None) -> str | None:
        # The importers' check (``service.id_numbers``): a number a file may not bring, the API may not take.
        return None if value is None else parse_id_number(value)

    @field_validator("ethnicity")
    @classmethod
    def _ethnicity_named(cls, value: str | None) -> str | None:
        return parse_ethnicity(value)  # 维吾尔 → 维吾尔族, as the importers store it

    @field_validator("origin_place")
    @classmethod
    def _origin_a_place(cls, value: str | None) -> str | None:
        return parse_origin_place(value)  # 「火星」 refused as the importers refuse it

    @field_validator("hukou")
    @classmethod
    def _hukou_not_a_type(cls, value: str | None) -> str | None:
        return parse_hukou_place(value)  # 「农村」「本地」 refused as the importers refuse them


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
    preferences: PreferencesInput | None = None

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
        political_status=data.political_status, hukou=data.hukou, origin_place=data.origin_place, intention=data.intention or "",
        preferences=preferences_with_intention(data.intention, _stated_preferences(data.preferences), major=data.major),
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
        "political_status": graduate.political_status, "hukou": graduate.hukou, "origin_place": graduate.origin_place,
        "intention": graduate.intention,
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
        preferences = preferences_with_intention(values["intention"], {}, major=values.get("major"))
    elif "intention" in changes:
        preferences = preferences_after_intention_change(graduate.preferences, graduate.intention, values["intention"],
                                                         _stated_preferences(update.preferences),
                                                         major=values.get("major"))
    else:
        preferences = replace(graduate.preferences, **_stated_preferences(update.preferences))
    values["preferences"] = _preferences_body(preferences)
    # A number stored before the check (a file's 15-digit one, a wrong check digit) must not block
    # an edit of other fields (a graduate's own intention, who cannot see it): checked when sent.
    kept_id_number = None if "id_number" in changes else values.pop("id_number")
    # So with a 民族 stored before the check of the 56 groups (「火星族」): refused only when sent.
    kept_ethnicity = None if "ethnicity" in changes else values.pop("ethnicity")
    updated = graduate_from_create(GraduateCreate.model_validate(values, context={STORED_LOCATIONS: True}),
                                   major_code=major_code)
    updated = updated if "ethnicity" in changes else replace(updated, ethnicity=kept_ethnicity)
    return updated if "id_number" in changes else replace(updated, id_number=kept_id_number)


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
    origin_place: str | None
    intention: str
    preferences: PreferencesModel

    @classmethod
    def of(cls, graduate: Graduate) -> GraduatePublic:
        values = graduate_to_create(graduate)
        return cls(**{k: v for k, v in values.items() if k in cls.model_fields})


class GraduateOwn(GraduatePublic):
    """What a graduate sees of their own record: the public fields and their phone (a reader checks
    it is right). Hardship, the student loan, 民族 and the ID number are the officers' alone, the
    graduate's own included (a shared or borrowed screen shows them too); the phone read is audited."""

    phone: str | None

    @classmethod
    def of(cls, graduate: Graduate) -> GraduateOwn:
        return cls(**GraduatePublic.of(graduate).model_dump(), phone=graduate.phone)


class GraduateFull(GraduatePublic):
    """Officers: every field, reads audited."""

    ethnicity: str | None
    hardship: list[Hardship] | None
    hardship_groups: list[HardshipGroup] | None = Field(description="困难类别中登记的细分类别；null 表示未登记")
    student_loan: bool | None = Field(description="是否获得国家助学贷款；null 表示未登记")
    needs_support: bool
    support_categories: list[Hardship] = Field(
        description="帮扶类别：困难类别，民族为 55 个少数民族之一时加上「少数民族」（困难类别中未写也算）；"
                    "非空即列入困难帮扶名单（needs_support）")
    id_number: str | None
    phone: str | None

    @classmethod
    def of(cls, graduate: Graduate) -> GraduateFull:
        values = graduate_to_create(graduate)
        return cls(**values, needs_support=graduate.needs_support,
                   support_categories=sorted(graduate.support_categories, key=lambda h: h.value))
