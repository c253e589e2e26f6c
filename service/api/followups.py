"""Service functions of the follow-up record (what came of each job put to a graduate): writing
it, one graduate's history and the report across graduates. The officers' list of
hardship-support graduates is ``service.api.support_list``; the check that nobody recorded the
same push meanwhile is ``service.api.follow_up_conflicts``.

Officers only. Each call is one unit of work that owns its transaction, as in
``service.api.services`` (a module of its own, so that one stays under ~400 lines). A
record names any existing job, not only one that was recommended: an officer also puts
jobs found by search to a graduate. Or it names no job and records only the graduate's
求职创业补贴 state (the subsidy is the graduate's, not a post's).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from features.records import post_label
from service import audit
from service.api import follow_up_conflicts, request_day, subsidy_moves
from service.api import schemas as s
from service.api.body_fields import field_words
from service.api.problems import ApiProblem, forbidden, not_found
from service.auth import Role, User
from service.outcomes import REQUEST_KEY_MAX_LENGTH, REQUEST_KEY_PATTERN, FollowUpStatus
from service.storage import follow_up_report, follow_ups
from service.storage import repository as repo
from service.storage.models import FollowUpRequestKeyRow, FollowUpRow, utcnow


def _officers_only(user: User) -> None:
    if user.role is not Role.OFFICER:
        raise forbidden("只有就业服务专员可以查看或记录跟进情况")


def _field_problem(field: str, message: str, kind: str) -> ApiProblem:
    return ApiProblem(422, f"{field_words([field], s.FollowUpCreate)}：{message}",
                      errors=[{"loc": ["body", field], "type": kind, "message": message}])


def _check_shape(data: s.FollowUpCreate) -> None:
    """A job's follow-up names the job and its status; a subsidy-only record names neither and
    states the subsidy. Anything else is refused naming the field that is missing."""
    if data.job_id is not None and data.status is None:
        raise _field_problem("status", "缺少必填字段：填写了岗位编号时须填写跟进结果", "missing")
    if data.push_id is not None and data.job_id is None:
        raise _field_problem("job_id", "缺少必填字段：填写了推送编号（push_id）时须填写该推送的岗位编号", "missing")
    if data.job_id is None and (data.status is not None or data.subsidy is None):
        raise _field_problem("job_id", "缺少必填字段：登记某岗位的跟进须填写岗位编号与跟进结果；只登记求职创业补贴申领"
                             "（不涉及具体岗位）时两者都不填，但须填写求职创业补贴状态", "missing")


def _public(row: FollowUpRow, *, job_exists: bool) -> s.FollowUpPublic:
    return s.FollowUpPublic(
        id=row.id, at=row.at, graduate_id=row.graduate_id, job_id=row.job_id, job_title=row.job_title,
        job_employer=row.job_employer, job_exists=job_exists, status=row.status, subsidy=row.subsidy, note=row.note,
        user_id=row.user_id, user_name=row.user_name, push_id=row.push_id,
    )


#: Where a request key comes from, for the errors about it (the API's header; the page
#: form's hidden field is reported by the page in its own words).
KEY_LOC = ["header", "Idempotency-Key"]


def _key_problem(message: str, kind: str) -> ApiProblem:
    return ApiProblem(422, f"请求头「Idempotency-Key」：{message}",
                      errors=[{"loc": KEY_LOC, "type": kind, "message": message}])


def _request_hash(data: s.FollowUpCreate) -> str:
    """What tells a retry from another request under the same key: the body as validated
    (so 「 备注 」 and 「备注」 are the same request, as they write the same row)."""
    # Without ``last_seen_id`` or ``push_id`` the body hashes as it did before the field existed: a key stored then
    # still replays.
    body = data.model_dump(mode="json", exclude={f for f in ("last_seen_id", "push_id") if getattr(data, f) is None})
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


#: How long a request key is kept unless the caller says (``Settings.request_key_ttl_hours``).
DEFAULT_KEY_TTL = dt.timedelta(hours=24)


def _replay(session: Session, user: User, graduate_id: str, key: str, body_hash: str,
            since: dt.datetime) -> s.FollowUpPublic | None:
    """The answer to this officer's earlier request for this graduate under ``key``, as it was
    given; ``None`` if there was none stored at or after ``since``; 422 if it had another body."""
    found = follow_ups.find_request_key(session=session, user_id=user.id, graduate_id=graduate_id, key=key,
                                        since=since)
    if found is None:
        return None
    if found.request_hash != body_hash:
        raise _key_problem("该键已用于内容不同的另一次提交：重试时请发送与第一次相同的内容，新的记录请使用新的键",
                           "idempotency_key_reused")
    row = follow_ups.get(session=session, follow_up_id=found.follow_up_id)
    # The answer shows the row's subsidy state and note again: a read like any other.
    if audit.record_follow_ups(session=session, user=user, rows=[row]):
        session.commit()
    if found.response_body is not None:
        return s.FollowUpPublic.model_validate_json(found.response_body)
    # A key stored before migration 0006 kept no answer: build it again from the row.
    return _public(row, job_exists=row.id in follow_ups.about_listed_jobs(session=session, rows=[row]))


def record(*, session: Session, user: User, graduate_id: str, data: s.FollowUpCreate,
           request_key: str | None = None, key_ttl: dt.timedelta = DEFAULT_KEY_TTL) -> tuple[s.FollowUpPublic, bool]:
    """Append one follow-up; the job's title and employer are copied in as they are now (for a job
    deleted since it was put to the graduate, as the push kept them; a job id never put to them and
    not existing is refused). The row joins the push it continues (``_push``; ``data.push_id`` names the
    push of a deleted post whose id another post took) or starts one (its ``push_id`` its own id).
    A 求职创业补贴 state must be a move ``outcomes.subsidy_move_problem`` allows.

    Returns the row and whether this call wrote it. With a ``request_key`` (the
    ``Idempotency-Key``; the page form sends a fresh one with each rendering) the call is
    idempotent: a retry by the same officer for the same graduate under the same key and
    with the same body writes nothing and gets the first answer back as it was, even when
    both arrive at once (a double click: the key's primary key lets one of them in). A key
    older than ``key_ttl`` has expired: the request is new, and writing it deletes every
    expired key.

    With ``data.last_seen_id`` (the page form always sends it) a row this one would overrule written
    since that record refuses the request, 409 (``follow_up_conflicts``); a retry under its key
    replays first, as its own row is such a row."""
    _officers_only(user)
    _check_shape(data)
    since = utcnow() - key_ttl
    body_hash = ""
    if request_key is not None:
        if not re.fullmatch(REQUEST_KEY_PATTERN, request_key):
            raise _key_problem(f"应为 1–{REQUEST_KEY_MAX_LENGTH} 个可见的 ASCII 字符（不含空格），如 UUID",
                               "string_pattern_mismatch")
        body_hash = _request_hash(data)
        if (earlier := _replay(session, user, graduate_id, request_key, body_hash, since)) is not None:
            return earlier, False
    if not repo.graduate_exists(session=session, graduate_id=graduate_id):
        raise not_found("毕业生", graduate_id)
    if data.job_id is not None or data.last_seen_id is not None or data.subsidy is not None:
        # The checks below read the stored record (which push a result continues, what was recorded since, the
        # subsidy state) and allow the write: one step per graduate, so held from here until the row is committed.
        follow_ups.lock_graduate(session=session, graduate_id=graduate_id)
    job = None if data.job_id is None else repo.get_job(session=session, job_id=data.job_id)
    title, employer = (job.title, job.employer) if job is not None else (None, None)
    push = None if data.job_id is None else _push(session=session, graduate_id=graduate_id, data=data,
                                                  listed=job is not None)
    listed = job is not None and (push is None or push.listed)
    if data.job_id is not None and not listed and data.status is FollowUpStatus.PUSHED:
        _refuse_pushing_again(data, push.row)
    if data.job_id is not None and not listed:
        # A job deleted after it was pushed (or a post whose id another post took since) still needs its result
        # (已投递, 已录用, 放弃), or the push stays 「尚无结果」 forever: recorded under the title and employer it kept.
        title, employer = push.row.job_title, push.row.job_employer
    try:
        follow_up_conflicts.refuse_if_recorded_since(session=session, user=user, graduate_id=graduate_id, data=data,
                                                     continued=None if push is None else push.row)
    except ApiProblem:
        # A double click: its twin under the same key wrote the newer row while this one waited for the lock.
        if request_key is not None and (earlier := _replay(session, user, graduate_id, request_key, body_hash,
                                                           since)) is not None:
            return earlier, False
        raise
    if data.subsidy is not None:  # a refusal tells of the stored state: audited there
        subsidy_moves.refuse_bad_move(session=session, user=user, graduate_id=graduate_id, new=data.subsidy)
    row = follow_ups.add(session=session, row=FollowUpRow(
        user_id=user.id, user_name=user.name, graduate_id=graduate_id,
        job_id=job.id if job is not None else data.job_id,
        job_title=title, job_employer=employer,
        status=None if data.status is None else data.status.value,
        subsidy=None if data.subsidy is None else data.subsidy.value, note=data.note,
        push_id=None if push is None else push.row.push_id,
    ))
    if data.job_id is not None and push is None:  # the first row of a push names it
        row.push_id = row.id
        session.flush()
    public = _public(row, job_exists=listed)
    if request_key is not None:
        try:
            follow_ups.add_request_key(session=session, expire_before=since, row=FollowUpRequestKeyRow(
                user_id=user.id, graduate_id=graduate_id, key=request_key, request_hash=body_hash,
                follow_up_id=row.id, response_body=public.model_dump_json()))
        except IntegrityError:
            session.rollback()  # the same key was stored meanwhile: keep nothing of this request
            if (earlier := _replay(session, user, graduate_id, request_key, body_hash, since)) is None:
                raise
            return earlier, False
    audit.record_follow_ups(session=session, user=user, rows=[row], action="create")
    session.commit()
    return public, True


def _refuse_pushing_again(data: s.FollowUpCreate, kept: FollowUpRow) -> None:
    """422: 已推送 for a post no longer stored (deleted, or its id another post's now) would reopen its push into
    the waiting counts, though nobody can apply to it any more; its results (已投递, 已录用, 放弃 …) stay allowed."""
    message = (f"岗位「{post_label(kept.job_title, kept.job_employer)}」（编号 {data.job_id}）已下架，不能再登记「已推送」；可登记此前推送的结果"
               f"（{'、'.join(x.value for x in FollowUpStatus if x is not FollowUpStatus.PUSHED)}）")
    raise _field_problem("push_id" if data.push_id is not None else "job_id", message, "job_not_listed")


@dataclass(frozen=True, slots=True)
class _Push:
    """The push a record continues: its newest row, and whether it is of the post stored under its job id now."""

    row: FollowUpRow
    listed: bool


def _push(*, session: Session, graduate_id: str, data: s.FollowUpCreate, listed: bool) -> _Push | None:
    """The push a record of ``data.job_id`` continues, ``None`` when it starts one (a job stored now and not yet
    put to the graduate). ``listed``: a job is stored under the id. Without ``data.push_id`` (a client that names no
    push): the post stored now, else the newest push of a post deleted since (a job id never put to the graduate and not
    existing is refused). With it, that push, which may be of a deleted post whose id another post took since:
    a result sent under the id alone is that post's."""
    if data.push_id is not None:
        newest = follow_ups.newest_of_push(session=session, graduate_id=graduate_id, push_id=data.push_id)
        if newest is None or newest.job_id != data.job_id:
            raise _field_problem("push_id", f"该毕业生没有编号为 {data.push_id} 的岗位「{data.job_id}」推送：应为该岗位"
                                 "推送记录的 push_id（见该毕业生的跟进记录），且 job_id 与之相同", "not_found")
        return _Push(newest, newest.id in follow_ups.about_listed_jobs(session=session, rows=[newest]))
    found = follow_ups.continued_push(session=session, graduate_id=graduate_id, job_id=data.job_id, listed=listed)
    if found is None and not listed:
        raise _field_problem("job_id", f"岗位「{data.job_id}」不存在", "not_found")
    return None if found is None else _Push(found, listed)


def history(*, session: Session, user: User, graduate_id: str, offset: int, limit: int) -> s.Page:
    """One graduate's follow-ups, newest first. Like the recommendation log, the history
    outlives the graduate's record; an id that never had one answers 404."""
    _officers_only(user)
    rows, total = follow_ups.list_for_graduate(session=session, graduate_id=graduate_id, offset=offset, limit=limit)
    if total == 0 and not repo.graduate_exists(session=session, graduate_id=graduate_id):
        raise not_found("毕业生", graduate_id)
    existing = follow_ups.about_listed_jobs(session=session, rows=rows)  # row ids: an id reused by another post is not
    return _shown(session=session, user=user, rows=rows, total=total, existing=existing, offset=offset, limit=limit)


def history_of(*, session: Session, user: User, record: follow_ups.GraduateRecord, offset: int, limit: int) -> s.Page:
    """``history`` from the graduate's record as already read (``follow_ups.graduate_record``): the
    graduate's page, which found the graduate and reads the record once for all its sections."""
    _officers_only(user)
    rows, total = follow_ups.newest_first(record, offset=offset, limit=limit)
    return _shown(session=session, user=user, rows=rows, total=total, existing=record.listed, offset=offset,
                  limit=limit)


def _shown(*, session: Session, user: User, rows, total: int, existing, offset: int, limit: int) -> s.Page:
    """The page of ``rows`` (``existing``: the ids of those about the listed post); exactly the rows shown audited."""
    if audit.record_follow_ups(session=session, user=user, rows=rows):
        session.commit()
    return s.Page(items=[_public(r, job_exists=r.id in existing) for r in rows], total=total, offset=offset,
                  limit=limit)


def report(*, session: Session, user: User, filters: follow_up_report.ReportFilters, offset: int,
           limit: int) -> s.Page:
    """Every graduate's follow-ups at once (``service.storage.follow_up_report``), a page of
    them; the subsidy states and notes shown are audited as on a graduate's history."""
    _officers_only(user)
    refuse_contradiction(filters)
    request_day.refuse_future_since(filters.since, parameter="since")
    lines, total = follow_up_report.report(session=session, filters=filters, offset=offset, limit=limit)
    existing = follow_ups.about_listed_jobs(session=session, rows=[line.follow_up for line in lines])
    # One graduate and a subsidy state asked: the count alone says that graduate's state (so their place on
    # the support list), even on a page past the last, which shows no line; logged as the line would be.
    told = ([FollowUpRow(graduate_id=filters.graduate_id, subsidy=filters.subsidy.value)]
            if filters.graduate_id is not None and filters.subsidy is not None and total and not lines else [])
    if audit.record_follow_ups(session=session, user=user, rows=[*lines, *told]):
        session.commit()
    items = [_report_entry(line, job_exists=line.follow_up.id in existing) for line in lines]
    return s.Page(items=items, total=total, offset=offset, limit=limit)


def refuse_contradiction(filters: follow_up_report.ReportFilters) -> None:
    """422 naming both query parameters when ``filters`` can match nothing (``ReportFilters.contradiction``)."""
    message = filters.contradiction()
    if message is not None:
        raise ApiProblem(422, f"查询参数「waiting」与「status」：{message}",
                         errors=[{"loc": ["query", field], "type": "contradiction", "message": message}
                                 for field in ("waiting", "status")])


def _report_entry(line: follow_up_report.ReportLine, *, job_exists: bool) -> s.FollowUpReportEntry:
    graduate = line.graduate
    return s.FollowUpReportEntry(
        **_public(line.follow_up, job_exists=job_exists).model_dump(exclude={"subsidy"}), subsidy=line.subsidy,
        first_at=line.first_at, graduate_exists=graduate is not None, graduate_name=graduate.name if graduate else None,
        school=graduate.school if graduate else None, major=graduate.major if graduate else None)
