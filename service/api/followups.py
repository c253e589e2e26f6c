"""Service functions of the follow-up record (what came of each job put to a graduate)
and of the officer page's list of hardship-support graduates, ordered by who needs it.

Officers only. Each call is one unit of work that owns its transaction, as in
``service.api.services`` (a module of its own, so that one stays under ~400 lines). A
record names any existing job, not only one that was recommended: an officer also puts
jobs found by search to a graduate.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from features.records import Graduate
from service import audit
from service.api import schemas as s
from service.api import services
from service.api.matching import Matcher
from service.api.problems import ApiProblem, forbidden, not_found
from service.auth import Role, User
from service.storage import follow_ups
from service.storage import repository as repo
from service.storage.models import FollowUpRow


def _officers_only(user: User) -> None:
    if user.role is not Role.OFFICER:
        raise forbidden("只有就业服务专员可以查看或记录跟进情况")


def _public(row: FollowUpRow, *, job_exists: bool) -> s.FollowUpPublic:
    return s.FollowUpPublic(
        id=row.id, at=row.at, graduate_id=row.graduate_id, job_id=row.job_id, job_title=row.job_title,
        job_employer=row.job_employer, job_exists=job_exists, status=row.status, subsidy=row.subsidy, note=row.note,
        user_id=row.user_id, user_name=row.user_name,
    )


def record(*, session: Session, user: User, graduate_id: str, data: s.FollowUpCreate) -> s.FollowUpPublic:
    """Append one follow-up; the job's title and employer are copied in as they are now."""
    _officers_only(user)
    if repo.get_graduate(session=session, graduate_id=graduate_id) is None:
        raise not_found("毕业生", graduate_id)
    job = repo.get_job(session=session, job_id=data.job_id)
    if job is None:
        message = f"岗位「{data.job_id}」不存在"
        raise ApiProblem(422, f"字段「job_id」：{message}",
                         errors=[{"loc": ["body", "job_id"], "type": "not_found", "message": message}])
    row = follow_ups.add(session=session, row=FollowUpRow(
        user_id=user.id, user_name=user.name, graduate_id=graduate_id, job_id=job.id, job_title=job.title,
        job_employer=job.employer, status=data.status.value,
        subsidy=None if data.subsidy is None else data.subsidy.value, note=data.note,
    ))
    audit.record_follow_ups(session=session, user=user, rows=[row], action="create")
    session.commit()
    return _public(row, job_exists=True)


def history(*, session: Session, user: User, graduate_id: str, offset: int, limit: int) -> s.Page:
    """One graduate's follow-ups, newest first. Like the recommendation log, the history
    outlives the graduate's record; an id that never had one answers 404."""
    _officers_only(user)
    rows, total = follow_ups.list_for_graduate(session=session, graduate_id=graduate_id, offset=offset, limit=limit)
    if total == 0 and repo.get_graduate(session=session, graduate_id=graduate_id) is None:
        raise not_found("毕业生", graduate_id)
    existing = repo.get_jobs(session=session, job_ids=[r.job_id for r in rows])
    if audit.record_follow_ups(session=session, user=user, rows=rows):
        session.commit()
    return s.Page(items=[_public(r, job_exists=r.job_id in existing) for r in rows], total=total, offset=offset,
                  limit=limit)


@dataclass(frozen=True, slots=True)
class SupportRow:
    """One line of the officer page: the graduate, their top eligible jobs, where their
    follow-up stands (``None``: none yet) and whether anything was recommended to them."""

    graduate: Graduate
    suggestions: list[s.SuggestionPublic]
    state: follow_ups.GraduateState | None
    recommended: bool


def support_overview(*, session: Session, matcher: Matcher, user: User, offset: int, limit: int,
                     k: int = 3) -> tuple[list[SupportRow], int]:
    """Hardship-support graduates, those who most need follow-up first (the order of
    ``follow_ups.support_graduates_by_need``), with their top eligible jobs."""
    if user.role is not Role.OFFICER:
        raise forbidden("只有就业服务专员可以查看困难帮扶名单")
    graduates, total = follow_ups.support_graduates_by_need(session=session, offset=offset, limit=limit)
    ids = [g.id for g in graduates]
    states = follow_ups.states(session=session, graduate_ids=ids)
    recommended = follow_ups.recommended(session=session, graduate_ids=ids)
    ranked = matcher.rank_many(graduates, k=k, rejected_k=0)
    audit.record_reads(session=session, user=user, graduates=graduates)
    # The page shows each graduate's newest subsidy state (not the notes).
    audit.record_follow_ups(session=session, user=user, shown=("subsidy",),
                            rows=[state.subsidy for state in states.values() if state.subsidy is not None])
    session.commit()
    rows = [SupportRow(graduate, services.suggestions_public(matcher=matcher, suggestions=result.suggestions),
                       states.get(graduate.id), graduate.id in recommended)
            for graduate, result in zip(graduates, ranked)]
    return rows, total


def _state(row: FollowUpRow | None) -> s.FollowUpStatePublic | None:
    return None if row is None else s.FollowUpStatePublic(at=row.at, job_id=row.job_id, job_title=row.job_title,
                                                          status=row.status)


def support_queue(*, session: Session, matcher: Matcher, user: User, offset: int, limit: int, k: int) -> s.Page:
    """The officer page's list through the API: hardship-support graduates, those who most
    need follow-up first, each with where it stands and their top ``k`` eligible jobs. Reads
    are audited as on the page (the records, and the subsidy states shown)."""
    rows, total = support_overview(session=session, matcher=matcher, user=user, offset=offset, limit=limit, k=k)
    items = [s.SupportEntryPublic(
        graduate=s.GraduateFull.of(row.graduate), recommended=row.recommended,
        latest=_state(row.state and row.state.latest), hired=_state(row.state and row.state.hired),
        subsidy=None if row.state is None or row.state.subsidy is None else row.state.subsidy.subsidy,
        suggestions=row.suggestions) for row in rows]
    return s.Page(items=items, total=total, offset=offset, limit=limit)
