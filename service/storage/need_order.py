"""The order of who most needs follow-up, as SQL: the officer page, ``GET /api/support`` and
``GET /api/graduates?needs_support=true`` all list hardship-support graduates in it.

A module of its own because both halves of the repository use it (``repository`` lists
graduates in it, ``follow_ups`` reads each pair's current state) and neither may import
the other's private parts.
"""

from __future__ import annotations

from sqlalchemy import Select, and_, case, exists, func, or_, select

from features.records import Hardship
from service.outcomes import FollowUpStatus
from service.roles import Role
from service.storage.models import FollowUpRow, GraduateRow, RecommendationRow, UserRow


def current_per_job() -> Select:
    """Ids of the newest row of every push (graduate, job, ``push_id``): each push's current state. A job id
    another post took after the pushed one was deleted holds two pushes, each with its own state; rows
    without a push id group by graduate and job alone."""
    return select(func.max(FollowUpRow.id)).group_by(FollowUpRow.graduate_id, FollowUpRow.job_id,
                                                     FollowUpRow.push_id)


def officer_viewed(graduate_id):
    """Whether an officer was served suggestions for ``graduate_id`` (a column or a value): a row of
    the recommendation log written for an officer's request. Every view of the suggestions writes a
    row, the graduate's own view of their page too; counting those, a graduate nobody had served but who
    looked at their own suggestions fell behind graduates no one had looked at, while the officer's
    question is who nobody has served yet. An organiser's view (planning fairs) serves no one either;
    a row whose account was deleted (``user_id`` NULL) cannot be told an officer's and does not count."""
    return exists().where(RecommendationRow.graduate_id == graduate_id, RecommendationRow.user_id == UserRow.id,
                          UserRow.role == Role.OFFICER.value)


def registered_beyond_minority():
    """SQL: the stored 困难类别 name one other than 少数民族 (零就业家庭, 低收入家庭, 残疾 …). Since the list
    takes in every minority 民族 (``Graduate.minority_by_ethnicity``; 152 of the samples' 185), a 低保 or
    残疾 graduate would otherwise wait among many listed for their 民族 alone. The column is a JSON list
    with no repeats (``convert``); NULL, ``null`` and ``[]`` hold no first item."""
    first, second = GraduateRow.hardship[0].as_string(), GraduateRow.hardship[1].as_string()
    return and_(first.is_not(None), or_(first != Hardship.ETHNIC_MINORITY.value, second.is_not(None)))


def by_need(query: Select) -> tuple[Select, tuple]:
    """``query`` (a ``select(GraduateRow)``, filtered, not ordered) joined to what its order
    needs, and that order: those who most need follow-up first.

    1. no follow-up, and no officer has been served their suggestions; 2. no follow-up, an officer
    has looked at their suggestions (``officer_viewed``; the graduate's own views do not count);
    3. followed up, the longest ago first (by the graduate's newest record); 4. hired for
    some job (that job's current state is 已录用), last. Within each, those with a 困难类别 other than
    少数民族 (``registered_beyond_minority``) come before those listed only as 少数民族 (most by their
    民族), then the order above; ties by id. Each join gives at most
    one row per graduate, so counting the joined query counts graduates. A subsidy-only record
    (no job) is no follow-up of a job: it leaves the graduate where they were.
    """
    last = (select(FollowUpRow.graduate_id.label("graduate_id"), func.max(FollowUpRow.at).label("at"))
            .where(FollowUpRow.job_id.is_not(None)).group_by(FollowUpRow.graduate_id).subquery())
    hired = (select(FollowUpRow.graduate_id.label("graduate_id"))
             .where(FollowUpRow.id.in_(current_per_job()), FollowUpRow.status == FollowUpStatus.HIRED.value)
             .distinct().subquery())
    recommended = officer_viewed(GraduateRow.id)
    registered_first = case((registered_beyond_minority(), 0), else_=1)
    group = case((hired.c.graduate_id.is_not(None), 3), (last.c.at.is_not(None), 2), (recommended, 1), else_=0)
    joined = (query.outerjoin(last, last.c.graduate_id == GraduateRow.id)
              .outerjoin(hired, hired.c.graduate_id == GraduateRow.id))
    # In groups 0 and 1 ``at`` is NULL throughout: no NULL is compared (databases sort NULLs differently).
    return joined, (group, registered_first, last.c.at, GraduateRow.id)
