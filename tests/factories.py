"""Small builders for hand-made jobs and graduates in tests."""

from __future__ import annotations

import datetime as dt

from features.education import Degree, EducationLevel, parse_education_requirement
from features.records import Graduate, Job, Preferences, SalaryRange
from matching.rules import RulesEngine
from service.model_store import load_major_code_tables

# (education, degree) of a graduate in ``major_result``
BACHELOR = (EducationLevel.BACHELOR, Degree.BACHELOR)
MASTER = (EducationLevel.MASTER, Degree.MASTER)
JUNIOR = (EducationLevel.JUNIOR_COLLEGE, None)


def job(id: str, title: str, *, employer: str = "", education: str | None = None, majors: str | None = None,
        location: str | None = None, description: str = "", category: str | None = None, industry: str | None = None,
        salary: tuple[int | None, int | None] = (None, None), conditions: tuple[tuple[str, str], ...] = ()) -> Job:
    return Job(
        id=id, title=title, employer=employer or None, education=parse_education_requirement(education),
        majors_text=majors, location=location, description=description, category=category, industry=industry,
        salary=SalaryRange(*salary), conditions=conditions,
    )


#: Henan 2026's list of its 护理 posts (condition text of 30075031): every level, codes of three catalogs.
HENAN_NURSING_MAJORS = ("专科：护理（520201），医学技术类（5205）；本科：医学技术类（1010），护理学（101101），护理（320201），"
                        "医学技术类（3205）；研究生：护理学（1011），护理（1054），医学技术（1058）")


def listed_and_open(prefix: str, majors: str, education: str) -> list:
    """Two posts alike in everything but the major list: ``{prefix}-LIST`` naming ``majors``, ``{prefix}-OPEN`` 不限专业."""
    said = dict(employer="某县人民医院", education=education, location="河南省开封市", description="从事相关工作")
    return [job(f"{prefix}-LIST", "工作人员", majors=majors, **said),
            job(f"{prefix}-OPEN", "工作人员", majors="不限", **said)]


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


def rules_engine(catalog, tables=None, *, on: dt.date = dt.date(2023, 3, 1)) -> RulesEngine:
    """The rules as of ``on`` (2023-03-01: inside the gkld 2023 recruitment) with the shipped major code tables."""
    tables = load_major_code_tables() if tables is None else tables
    return RulesEngine(catalog=catalog, major_tables=tables, reference_date=on)


def major_result(engine, catalog, cell: str, name: str, level=BACHELOR, title: str = "岗位"):
    """(status, reason) of the 专业要求 ``cell`` on a post titled ``title`` for a 2023 graduate of ``name`` at
    ``level``. A ``BACHELOR`` is recorded with the catalog's code for ``name``; other levels by the name alone."""
    code = catalog.resolve(name)
    graduate = Graduate(id="G1", major=name, major_code=code.code if code and level is BACHELOR else None,
                        education=level[0], degree=level[1], graduation_year=2023)
    verdict = engine.check(graduate, Job(id="J1", title=title, conditions=(("专业要求", cell),)))
    (result,) = [r for r in verdict.results if r.kind == "major"]
    return result.status, result.reason


def listed_majors_result(engine, catalog, majors: str, major: str, level: EducationLevel = EducationLevel.BACHELOR):
    """The major ``ConditionResult`` of a 科员 post whose major list (``Job.majors_text``) is ``majors`` for a
    graduate of ``major`` at ``level``, born 2000-01-01, recorded with the catalog's code for ``major``
    (unlike ``major_result``: a 专业要求 cell, (status, reason), a 2023 graduate)."""
    g = graduate("g", major, catalog=catalog, education=level, birth_date=dt.date(2000, 1, 1))
    return next(r for r in engine.check(g, job("j", "科员", majors=majors)).results if r.kind == "major")


def found_by_place_filter(engine, posts, places) -> dict[str, set[str]]:
    """Migrate the empty database ``engine``, store ``posts`` and the ids the place filter
    (``JobFilters(location=…)``) finds for each of ``places``: one check on SQLite and PostgreSQL."""
    from service.storage import repository as repo
    from service.storage.db import make_session_factory, upgrade

    upgrade(engine)
    with make_session_factory(engine)() as session:
        repo.upsert_jobs(session=session, jobs=posts)
        session.commit()
        return {place: set(repo.job_ids(session=session, filters=repo.JobFilters(location=place))) for place in places}
