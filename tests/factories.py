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


def wish_met(ranker, catalog, intention: str, *, k: int) -> set[str]:
    """Ids of the posts in a 汉语言文学 graduate's top ``k`` (wishing ``intention``) whose reasons
    say 意向工作一致: which posts a ranker reads as the kind of work wished."""
    [result] = ranker.rank([graduate("g", "汉语言文学", catalog=catalog, intention=intention)], k=k)
    return {s.job_id for s in result.suggestions if any(r.startswith("意向工作一致") for r in s.reasons)}
