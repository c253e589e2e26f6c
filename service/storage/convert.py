"""Rows ↔ core records (``features.records.Job`` / ``Graduate``).

Unknown stays unknown in both directions: a ``None`` column becomes a ``None`` field and
``hardship`` keeps the difference between ``None`` (not stated) and ``[]`` (stated none);
``hardship_groups`` and ``student_loan`` are ``NULL`` in rows written before they existed, and so are
a job's ``parent_unit`` and ``exam_type`` (revision 0005). A job's ``headcount_open`` keeps
「若干」 apart from an empty cell, both a ``NULL`` headcount (revision 0007; false before); its
``apply_by`` (报名截止日期) is ``NULL`` before revision 0008, as for a job that states none, and
its ``announcement`` and ``season_year`` before revision 0010 (unknown: the post is not closed by them),
its ``pay_text`` and ``contact`` before revision 0011 (a job stored before reads as stating neither:
re-import its table to keep its pay as written and its contact), its ``work_type`` (工作类型) before
revision 0016 (a post stored before reads as stating none: job checks then judge it by its title, as
before; re-import its table to check it by its 工作类型), its ``position_code`` (职位代码) and ``department``
(内设机构/科室) before revision 0017 (read as stating none: the duplicate check compares them as before;
re-import the table to tell its posts apart by them), its ``updated_on`` (招聘信息更新时间) before revision 0020
(read as stating none: not asked about as 信息更新已久; re-import the table to check it).

``location_inferred`` is written, never read: it holds the post's place from the province down as read
(``inferred_place_column``) so that the place filter can query it, and the API's ``location_inferred``
comes from the record (``Job.inferred_location``), not from it. ``refresh_inferred_places``, at the
service's start, fills it for rows written before revision 0012 added it and rewrites it after the
inference changes.
"""

from __future__ import annotations

from typing import Any

from features.education import Degree, EducationLevel, EducationRequirement
from features.place_inference import stated_place
from features.records import EmployerType, Gender, Graduate, Hardship, HardshipGroup, Job, Preferences, SalaryRange
from service.storage.models import GraduateRow, JobRow


def _level(value: int | None) -> EducationLevel | None:
    return None if value is None else EducationLevel(value)


def _degree(value: int | None) -> Degree | None:
    return None if value is None else Degree(value)


def inferred_place_column(job: Job) -> str | None:
    """What ``jobs.location_inferred`` holds for ``job``: its place from the province down as read, of
    its stated location (「武汉 洪山」 → 「湖北省武汉市」, ``stated_place``: the filter by 湖北 or 武汉市 then finds
    it) or, stating none, of its names (「兰考县人民法院」 → 「河南省开封市兰考县」); ``None`` when they say no
    place. A stated location is read alone: its employer's name never places the post elsewhere."""
    if job.location:
        return stated_place(job.location)
    inferred = job.inferred_location
    return inferred.place if inferred else None


def job_to_columns(job: Job) -> dict[str, Any]:
    return {
        "id": job.id,
        "title": job.title,
        "employer": job.employer,
        "employer_type": None if job.employer_type is None else job.employer_type.value,
        "category": job.category,
        "industry": job.industry,
        "location": job.location,
        "location_inferred": inferred_place_column(job),
        "parent_unit": job.parent_unit,
        "exam_type": job.exam_type,
        "education_min": None if job.education.minimum is None else int(job.education.minimum),
        "education_max": None if job.education.maximum is None else int(job.education.maximum),
        "education_any": job.education.any_level,
        "degree": None if job.degree is None else int(job.degree),
        "degree_matching": job.degree_matching,
        "majors_text": job.majors_text,
        "salary_min": job.salary.minimum,
        "salary_max": job.salary.maximum,
        "headcount": job.headcount,
        "headcount_open": job.headcount_open,
        "description": job.description,
        "conditions": [[key, value] for key, value in job.conditions],
        "apply_by": job.apply_by,
        "announcement": job.announcement,
        "season_year": job.season_year,
        "pay_text": job.pay_text,
        "contact": job.contact,
        "work_type": job.work_type,
        "position_code": job.position_code,
        "department": job.department,
        "updated_on": job.updated_on,
    }


def job_from_row(row: JobRow) -> Job:
    return Job(
        id=row.id,
        title=row.title,
        employer=row.employer,
        employer_type=None if row.employer_type is None else EmployerType(row.employer_type),
        category=row.category,
        industry=row.industry,
        location=row.location,
        parent_unit=row.parent_unit,
        exam_type=row.exam_type,
        education=EducationRequirement(
            minimum=_level(row.education_min), maximum=_level(row.education_max), any_level=bool(row.education_any)
        ),
        degree=_degree(row.degree),
        degree_matching=bool(row.degree_matching),
        majors_text=row.majors_text,
        salary=SalaryRange(row.salary_min, row.salary_max),
        headcount=row.headcount,
        headcount_open=bool(row.headcount_open),
        description=row.description or "",
        conditions=tuple((str(k), str(v)) for k, v in (row.conditions or [])),
        apply_by=row.apply_by,
        announcement=row.announcement,
        season_year=row.season_year,
        pay_text=row.pay_text,
        contact=row.contact,
        work_type=row.work_type,
        position_code=row.position_code,
        department=row.department,
        updated_on=row.updated_on,
    )


def graduate_to_columns(graduate: Graduate) -> dict[str, Any]:
    hardship = None if graduate.hardship is None else sorted(h.value for h in graduate.hardship)
    return {
        "id": graduate.id,
        "name": graduate.name,
        "school": graduate.school,
        "major": graduate.major,
        "major_code": graduate.major_code,
        "education": None if graduate.education is None else int(graduate.education),
        "degree": None if graduate.degree is None else int(graduate.degree),
        "graduation_year": graduate.graduation_year,
        "gender": None if graduate.gender is None else graduate.gender.value,
        "birth_date": graduate.birth_date,
        "political_status": graduate.political_status,
        "hukou": graduate.hukou,
        "origin_place": graduate.origin_place,
        "intention": graduate.intention,
        "pref_locations": list(graduate.preferences.locations),
        "pref_categories": list(graduate.preferences.categories),
        "pref_industries": list(graduate.preferences.industries),
        "pref_min_salary": graduate.preferences.min_salary,
        "ethnicity": graduate.ethnicity,
        "hardship": hardship,
        "hardship_groups": None if graduate.hardship_groups is None else sorted(g.value for g in graduate.hardship_groups),
        "student_loan": graduate.student_loan,
        "needs_support": graduate.needs_support,
        "id_number": graduate.id_number,
        "phone": graduate.phone,
    }


def graduate_from_row(row: GraduateRow) -> Graduate:
    return Graduate(
        id=row.id,
        name=row.name,
        school=row.school,
        major=row.major,
        major_code=row.major_code,
        education=_level(row.education),
        degree=_degree(row.degree),
        graduation_year=row.graduation_year,
        gender=None if row.gender is None else Gender(row.gender),
        ethnicity=row.ethnicity,
        birth_date=row.birth_date,
        political_status=row.political_status,
        hukou=row.hukou,
        origin_place=row.origin_place,
        intention=row.intention or "",
        preferences=Preferences(
            locations=tuple(row.pref_locations or ()),
            categories=tuple(row.pref_categories or ()),
            industries=tuple(row.pref_industries or ()),
            min_salary=row.pref_min_salary,
        ),
        hardship=None if row.hardship is None else frozenset(Hardship(h) for h in row.hardship),
        # NULL in rows written before migration 0004: no group named, loan not stated.
        hardship_groups=None if row.hardship_groups is None else frozenset(HardshipGroup(h) for h in row.hardship_groups),
        student_loan=row.student_loan,
        id_number=row.id_number,
        phone=row.phone,
    )
