"""Guidance and training needs in the service: the cohort's topics (``GET /api/guidance``, the
``/guidance`` page; officers and organisers) and one graduate's gaps
(``GET /api/graduates/{id}/guidance``, the graduate's page; the graduate themself and officers).

The cohort view is computed on the graduates' redacted copies (``redact``), as the fairs are:
no topic rests on ethnicity, disability or hardship, so officers and organisers see the same and
nothing needs an audit entry. It ranks every graduate of the cohort against every job, so it is
kept until the job index changes (``Matcher.with_ranker(..., keep=...)`` holds one store per
index version), the day changes (``Matcher.version``: ages and 应届 are judged on it) or a graduate
changes (``GraduateCache`` returns the same list until then). Each graduate's guidance for the
default ``top`` is also kept (``service.api.guidance_kept``), so that another filter only adds up
what is kept, and the warm-up computes it for everyone in the background after the
recommendations; what is still missing is ranked in blocks sized as the matcher's warm-up
blocks (``Matcher.next_block``), the matcher's lock taken per block, so that other requests never
wait long behind it.

A graduate's own guidance is computed on the full record: gaps on ethnicity or disability
conditions are shown to them and to officers, and the fields they rest on are audited (action
``guidance``) in the request's transaction, as recommendations are. Organisers get 403.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from sqlalchemy.orm import Session

from features.records import Graduate
from matching.guidance import (DEFAULT_TOP, CohortGuidance, cohort_guidance, guide_graduates, ranker_cohort,
                               ranker_job_lookup)
from matching.guidance_topics import Reader
from service import audit
from service.api import guidance_kept
from service.api import schemas as s
from service.api.caches import GraduateCache
from service.api.matching import Matcher
from service.api.problems import forbidden
from service.api.services import get_graduate
from service.api.withheld import judged_for
from service.auth import Role, User

#: Cohorts (filters × top) kept per version of the job index.
KEPT_COHORTS = 32
NO_JOBS = "还没有岗位，无法分析求职差距"


def cohort(*, session: Session, matcher: Matcher, cache: GraduateCache, user: User, year: int | None = None,
           school: str | None = None, major_class: str | None = None, top: int = DEFAULT_TOP) -> s.CohortGuidancePublic:
    """Per topic, how many of the selected graduates' best-fitting jobs ask for it."""
    from service.guidance_report import cohort_dict

    if user.role is Role.GRADUATE:
        raise forbidden("毕业生账号不能查看群体的就业指导与培训需求")
    school = (school or "").strip() or None
    major_class = (major_class or "").strip() or None
    graduates = cache.redacted(session=session)
    result = _cohort(matcher, graduates, year=year, school=school, major_class=major_class, top=top)
    if result is None:
        return s.CohortGuidancePublic(year=year, school=school, major_class=major_class, filters="", total=0, top=top,
                                      topics=[], message=NO_JOBS)
    return s.CohortGuidancePublic.model_validate(cohort_dict(result, with_graduates=False))


def _cohort(matcher: Matcher, graduates: Sequence[Graduate], *, top: int, **filters) -> CohortGuidance | None:
    # One dict per version of the job index: a job change gives a fresh, empty one. Verdicts also
    # depend on the day (ages, 应届), which ``Matcher.version`` follows: an entry names its version.
    store = matcher.with_ranker(lambda _ranker: {}, keep="guidance")
    if store is None:
        return None
    key = (tuple(sorted(filters.items())), top)
    version = matcher.version
    hit = store.get(key)
    if hit is not None and hit[0] == version and hit[1] is graduates:
        return hit[2]
    chosen = matcher.with_ranker(partial(ranker_cohort, graduates=graduates, **filters))
    if chosen is None:
        return None
    for _attempt in range(3):  # a job edit during the ranking: again, so that no answer mixes versions
        version = matcher.version
        guidance = guidance_kept.guide(matcher, chosen, top=top)  # kept per graduate for the default top
        if guidance is None:
            return None
        if matcher.version == version:
            break
    result = matcher.with_ranker(lambda ranker: cohort_guidance(guidance, chosen, job=ranker_job_lookup(ranker),
                                                                top=top, **filters))
    if result is not None and matcher.version == version:  # else a job changed meanwhile: keep no mixed answer
        if len(store) >= KEPT_COHORTS:
            store.clear()
        store[key] = (version, graduates, result)
    return result


def for_graduate(*, session: Session, matcher: Matcher, cache: GraduateCache | None, user: User, graduate_id: str,
                 top: int = DEFAULT_TOP) -> s.GraduateGuidancePublic:
    """One graduate's gaps: the graduate themself (on ``judged_for``'s copy) and officers (the full record) only."""
    from service.guidance_report import graduate_dict

    if user.role is Role.ORGANISER:
        raise forbidden("招聘活动组织者不能查看毕业生个人的求职建议（其中可能涉及民族、残疾等敏感信息）")
    # 404 for another graduate; the graduate's own gaps on the record without the officers' fields
    graduate = judged_for(user, get_graduate(session=session, user=user, graduate_id=graduate_id, cache=cache))
    done = matcher.with_ranker(partial(guide_graduates, graduates=[graduate], top=top))
    if done is None:
        return s.GraduateGuidancePublic(graduate_id=graduate.id, top=top, examined=0, gaps=[], message=NO_JOBS)
    guidance = done[0]
    if audit.record_disclosures(session=session, user=user, disclosed=[(graduate.id, guidance.discloses())],
                                action="guidance"):
        session.commit()
    # The graduate reads 「您…」; an officer reads about the graduate (「该毕业生…」, 请核实…).
    reader = Reader.GRADUATE if user.role is Role.GRADUATE else Reader.STAFF
    return s.GraduateGuidancePublic.model_validate(graduate_dict(guidance.for_reader(reader)))


def page_section(*, request, session: Session, user: User, graduate_id: str) -> s.GraduateGuidancePublic | None:
    """The graduate page's 「求职建议」: ``None`` (no section) for organisers."""
    if user.role is Role.ORGANISER:
        return None
    return for_graduate(session=session, matcher=request.app.state.matcher, cache=request.app.state.graduate_cache,
                        user=user, graduate_id=graduate_id)
