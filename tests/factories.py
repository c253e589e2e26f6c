"""Small builders for hand-made jobs and graduates in tests."""

from __future__ import annotations

from features.education import EducationLevel, parse_education_requirement
from features.records import Graduate, Job, Preferences, SalaryRange


def job(id: str, title: str, *, employer: str = "", education: str | None = None, majors: str | None = None,
        location: str | None = None, description: str = "", category: str | None = None, industry: str | None = None,
        salary: tuple[int | None, int | None] = (None, None), conditions: tuple[tuple[str, str], ...] = ()) -> Job:
    return Job(
        id=id, title=title, employer=employer or None, education=parse_education_requirement(education),
        majors_text=majors, location=location, description=description, category=category, industry=industry,
        salary=SalaryRange(*salary), conditions=conditions,
    )


def graduate(id: str, major: str | None, *, catalog=None, education: EducationLevel | None = EducationLevel.BACHELOR,
             intention: str = "", locations: tuple[str, ...] = (), categories: tuple[str, ...] = (),
             industries: tuple[str, ...] = (), min_salary: int | None = None, **fields) -> Graduate:
    code = None
    if catalog is not None and major:
        resolved = catalog.resolve(major)
        code = resolved.code if resolved else None
    return Graduate(
        id=id, major=major, major_code=code, education=education, intention=intention,
        preferences=Preferences(locations=locations, categories=categories, industries=industries, min_salary=min_salary),
        **fields,
    )
