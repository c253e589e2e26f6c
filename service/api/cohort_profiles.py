"""The graduate cohort profile of ``GET /api/profile`` and the ``/profile`` page: every stored
graduate (after the year and school filters) against every stored job.

Officers and organisers see the same profile, computed on the graduates' redacted copies. The
sensitive section (hardship, disability, ethnic minority) is for officers only and only on
request: it is computed on the full records, and one audit entry per graduate whose fields were
counted is written in the request's transaction before the answer leaves. Its counts are exact,
small ones too, since officers may read each record anyway; organisers never get the section
(403), so nothing in what they see rests on those fields.
"""

from __future__ import annotations

from functools import partial

from sqlalchemy.orm import Session

from features.catalog import MajorCatalog
from features.records import Graduate
from matching.cohort_majors import catalog_class, graduate_category, unplaced_reason
from matching.cohort_profile import STAND_IN_JOB, profile_cohort, select
from matching.cohort_supply import ranker_supply
from matching.fair_themes import ThemeLink
from service import audit
from service.api import schemas as s
from service.api.caches import GraduateCache
from service.api.matching import Matcher
from service.api.problems import forbidden
from service.auth import Role, User


def cohort_profile(*, session: Session, matcher: Matcher, cache: GraduateCache, user: User, year: int | None,
                   school: str | None, sensitive: bool = False) -> s.CohortProfilePublic:
    from service.profile_report import profile_dict

    if user.role is Role.GRADUATE:
        raise forbidden("毕业生账号不能查看毕业生画像")
    if sensitive and user.role is not Role.OFFICER:
        raise forbidden("只有就业服务专员可以查看困难类别、残疾、少数民族等敏感信息统计；招聘活动组织者请去掉 sensitive 参数")
    graduates = cache.get(session=session) if sensitive else cache.redacted(session=session)
    cohort = select(graduates, year=year, school=school)
    # The positions' classes depend on the jobs alone and cost 0.2–0.4 s at 11,720 jobs under
    # the matcher's lock: kept per version of the job index. Placing the cohort's majors needs
    # the lock too (it fills the ranker's caches) but takes milliseconds; counting needs neither.
    supply_from = matcher.with_ranker(ranker_supply, keep="cohort_supply")
    if supply_from is not None:  # kept across days: the posts open are counted on today's
        supply_from = partial(supply_from, day=matcher.day)
    placed = matcher.with_ranker(partial(_place, cohort))
    if supply_from is None or placed is None:  # no job stored: majors placed by a ranker holding no real job
        supply_from, placed = None, _place(cohort, matcher.factory([STAND_IN_JOB]))
    catalog, classes, why, categories = placed
    profile = profile_cohort(cohort, catalog=catalog, place=lambda graduate: classes[graduate.id], year=year,
                             school=school, supply_from=supply_from, sensitive=sensitive, unplaced_why=why.get,
                             unplaced_category=categories.get)
    if profile.sensitive is not None and profile.sensitive.counted:
        audit.record_disclosures(session=session, user=user, disclosed=profile.sensitive.counted, action="profile")
        session.commit()
    return s.CohortProfilePublic.model_validate(profile_dict(profile))


def _place(cohort: list[Graduate], ranker) -> tuple[MajorCatalog, dict[str, ThemeLink | None], dict[str, str],
                                                    dict[str, tuple[str, str] | None]]:
    """The ranker's catalog, each graduate's major class by the catalogs (``catalog_class``: no
    guessed class in an official count), why each major in none is there and its 门类 (a 研究生 major's,
    ``graduate_category``), by name."""
    classes = {graduate.id: catalog_class(ranker, graduate) for graduate in cohort}
    names = {g.major.strip() for g in cohort if classes[g.id] is None and g.major and g.major.strip()}
    return (ranker.catalog, classes, {name: unplaced_reason(ranker, name) for name in names},
            {name: graduate_category(ranker, name) for name in names})
