"""Service functions of the follow-up record (what came of each job put to a graduate),
of its report across graduates, and of the officer page's list of hardship-support
graduates, ordered by who needs it.

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
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from features.records import SENSITIVE_GRADUATE_FIELDS, Graduate
from service import audit
from service.api import answers, request_day, subsidy_hints, subsidy_moves, subsidy_verdicts
from service.api import schemas as s
from service.api.caches import VerdictCache
from service.api.matching import Matcher
from service.api.policy_views import PolicyState
from service.api.problems import ApiProblem, forbidden, not_found
from service.auth import Role, User
from service.outcomes import REQUEST_KEY_MAX_LENGTH, REQUEST_KEY_PATTERN
from service.storage import follow_up_report, follow_ups
from service.storage import repository as repo
from service.storage.models import FollowUpRequestKeyRow, FollowUpRow, utcnow


def _officers_only(user: User) -> None:
    if user.role is not Role.OFFICER:
        raise forbidden("只有就业服务专员可以查看或记录跟进情况")


def _field_problem(field: str, message: str, kind: str) -> ApiProblem:
    return ApiProblem(422, f"字段「{field}」：{message}",
                      errors=[{"loc": ["body", field], "type": kind, "message": message}])


def _check_shape(data: s.FollowUpCreate) -> None:
    """A job's follow-up names the job and its status; a subsidy-only record names neither and
    states the subsidy. Anything else is refused naming the field that is missing."""
    if data.job_id is not None and data.status is None:
        raise _field_problem("status", "缺少必填字段：填写了岗位编号时须填写跟进结果", "missing")
    if data.job_id is None and (data.status is not None or data.subsidy is None):
        raise _field_problem("job_id", "缺少必填字段：登记某岗位的跟进须填写岗位编号与跟进结果；只登记求职创业补贴申领"
                             "（不涉及具体岗位）时两者都不填，但须填写求职创业补贴状态", "missing")


def _public(row: FollowUpRow, *, job_exists: bool) -> s.FollowUpPublic:
    return s.FollowUpPublic(
        id=row.id, at=row.at, graduate_id=row.graduate_id, job_id=row.job_id, job_title=row.job_title,
        job_employer=row.job_employer, job_exists=job_exists, status=row.status, subsidy=row.subsidy, note=row.note,
        user_id=row.user_id, user_name=row.user_name,
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
    canonical = json.dumps(data.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)
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
    not existing is refused). A 求职创业补贴 state must be a move ``outcomes.subsidy_move_problem`` allows.

    Returns the row and whether this call wrote it. With a ``request_key`` (the
    ``Idempotency-Key``; the page form sends a fresh one with each rendering) the call is
    idempotent: a retry by the same officer for the same graduate under the same key and
    with the same body writes nothing and gets the first answer back as it was, even when
    both arrive at once (a double click: the key's primary key lets one of them in). A key
    older than ``key_ttl`` has expired: the request is new, and writing it deletes every
    expired key."""
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
    if repo.get_graduate(session=session, graduate_id=graduate_id) is None:
        raise not_found("毕业生", graduate_id)
    job = None if data.job_id is None else repo.get_job(session=session, job_id=data.job_id)
    title, employer = (job.title, job.employer) if job is not None else (None, None)
    if data.job_id is not None and job is None:
        # A job deleted after it was pushed still needs its result (已投递, 已录用, 放弃), or the push
        # stays 「尚无结果」 forever: recorded under the title and employer kept with the push.
        pushed = follow_ups.latest_for_job(session=session, graduate_id=graduate_id, job_id=data.job_id)
        if pushed is None:
            raise _field_problem("job_id", f"岗位「{data.job_id}」不存在", "not_found")
        title, employer = pushed.job_title, pushed.job_employer
    if data.subsidy is not None:  # a refusal tells of the stored state: audited there
        subsidy_moves.refuse_bad_move(session=session, user=user, graduate_id=graduate_id, new=data.subsidy)
    row = follow_ups.add(session=session, row=FollowUpRow(
        user_id=user.id, user_name=user.name, graduate_id=graduate_id,
        job_id=job.id if job is not None else data.job_id,
        job_title=title, job_employer=employer,
        status=None if data.status is None else data.status.value,
        subsidy=None if data.subsidy is None else data.subsidy.value, note=data.note,
    ))
    public = _public(row, job_exists=job is not None)
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


def history(*, session: Session, user: User, graduate_id: str, offset: int, limit: int) -> s.Page:
    """One graduate's follow-ups, newest first. Like the recommendation log, the history
    outlives the graduate's record; an id that never had one answers 404."""
    _officers_only(user)
    rows, total = follow_ups.list_for_graduate(session=session, graduate_id=graduate_id, offset=offset, limit=limit)
    if total == 0 and repo.get_graduate(session=session, graduate_id=graduate_id) is None:
        raise not_found("毕业生", graduate_id)
    existing = follow_ups.about_listed_jobs(session=session, rows=rows)  # row ids: an id reused by another post is not
    if audit.record_follow_ups(session=session, user=user, rows=rows):
        session.commit()
    return s.Page(items=[_public(r, job_exists=r.id in existing) for r in rows], total=total, offset=offset,
                  limit=limit)


@dataclass(frozen=True, slots=True)
class SupportRow:
    """One line of the officer page: the graduate, their top eligible jobs, where their
    follow-up stands (``None``: none yet), whether anything was recommended to them and the
    求职创业补贴 they may claim and have not (``None``: none, or no policy list loaded)."""

    graduate: Graduate
    suggestions: list[s.SuggestionPublic]
    state: follow_ups.GraduateState | None
    recommended: bool
    subsidy_hint: subsidy_hints.SubsidyHint | None = None


def as_listed(graduate: Graduate) -> Graduate:
    """``graduate`` holding only the sensitive values the officers' list (``/officer``) shows:
    困难类别 (with its groups), 国家助学贷款 when taken and the phone; not 民族 or 身份证号, nor a
    loan not taken (the list says nothing of it). What is left is what the view reads and audits."""
    return replace(graduate, ethnicity=None, id_number=None, hardship=graduate.hardship or None,
                   student_loan=True if graduate.student_loan else None, phone=graduate.phone or None)


def support_overview(*, session: Session, matcher: Matcher, user: User, offset: int, limit: int, k: int = 3,
                     filters: repo.GraduateFilters = repo.GraduateFilters(),
                     as_shown: Callable[[Graduate], Graduate] | None = None,
                     policies: PolicyState | None = None) -> tuple[list[SupportRow], int]:
    """Hardship-support graduates passing ``filters`` (school, major), those who most need
    follow-up first (the order of ``follow_ups.support_graduates_by_need``), with their top
    eligible jobs. ``as_shown``: the record as the caller shows it (``as_listed`` on the page;
    ``None``: the full record, as the API answers with it); the rows hold that record, so nothing
    else can be shown, and the audit names its sensitive fields that hold a value, with the fields
    the statuses of the jobs shown rest on (a post for 少数民族 listed as open reads 民族) and
    those the 求职创业补贴 hint rests on (``policies``: the loaded list; none, no hints)."""
    if user.role is not Role.OFFICER:
        raise forbidden("只有就业服务专员可以查看困难帮扶名单")
    graduates, total = follow_ups.support_graduates_by_need(session=session, filters=filters, offset=offset,
                                                            limit=limit)
    ids = [g.id for g in graduates]
    states = follow_ups.states(session=session, graduate_ids=ids)
    recommended = follow_ups.recommended(session=session, graduate_ids=ids)
    ranked = matcher.rank_many(graduates, k=k, rejected_k=0)  # on the full records: the same ranking as elsewhere
    hints = _subsidy_hints(graduates, states, policies)  # on the full records too, as on the graduate's page
    if as_shown is not None:
        graduates = [as_shown(g) for g in graduates]
    read = [tuple(f for f in SENSITIVE_GRADUATE_FIELDS
                  if getattr(g, f) is not None or any(f in x.discloses for x in result.suggestions)
                  or (hint is not None and f in hint.discloses))
            for g, result, hint in zip(graduates, ranked, hints)]
    audit.record_disclosures(session=session, user=user, action="read",
                             disclosed=[(g.id, fields) for g, fields in zip(graduates, read)])
    # The page shows each graduate's newest subsidy state (not the notes).
    audit.record_follow_ups(session=session, user=user, shown=("subsidy",),
                            rows=[state.subsidy for state in states.values() if state.subsidy is not None])
    session.commit()
    rows = [SupportRow(graduate, answers.suggestions_public(matcher=matcher, user=user, suggestions=result.suggestions,
                                                                 graduate=graduate),
                       states.get(graduate.id), graduate.id in recommended, hint)
            for graduate, result, hint in zip(graduates, ranked, hints)]
    return rows, total


@dataclass(frozen=True, slots=True)
class SubsidyOnlyRow:
    """A graduate off the support list (no hardship category) who may claim the 求职创业补贴 and
    has not, e.g. with only a 国家助学贷款: the officer page lists them below the list."""

    graduate: Graduate
    hint: subsidy_hints.SubsidyHint


#: At most this many of ``subsidy_outside_support`` are shown (and audited) on one page: a table
#: imported without a 困难类别 column leaves every graduate off the list and 待核实 for the subsidy;
#: the school and major filters narrow it.
SUBSIDY_OUTSIDE_SHOWN = 50


def subsidy_outside_support(*, session: Session, user: User, graduates: list[Graduate],
                            filters: repo.GraduateFilters = repo.GraduateFilters(),
                            policies: PolicyState | None = None, offset: int = 0,
                            limit: int = SUBSIDY_OUTSIDE_SHOWN,
                            verdicts: VerdictCache[subsidy_hints.SubsidyHint | None] | None = None,
                            ) -> tuple[list[SubsidyOnlyRow], int]:
    """Of ``graduates`` (all, as the ``GraduateCache`` holds them), those not on the support list
    and passing the list's school/major filter (the same SQL, ``repo.graduate_conditions``: case
    does not matter) whose 求职创业补贴 hint is 符合 or 待核实 with no application recorded; by id,
    ``limit`` from ``offset`` with the count of all. Nothing without a policy list.

    ``verdicts`` keeps each record's verdict for the day and the list (``VerdictCache``): a view
    then judges only the records edited since, instead of every graduate off the list against the
    policies (5,000 synthetic graduates: 253 → 7 ms of a view, ``benchmarks/officer_subsidy_section.py``);
    ``subsidy_verdicts.SubsidyWarmup`` judges them in the background at start-up and on each new day,
    and a view during that warm-up judges what it has not reached (never a partial list).
    The recorded subsidy states are read on every view (one query, two columns; the rows of
    those returned only), so 已申请 takes a graduate off at once. The fields each returned hint rests on (e.g.
    ``student_loan``) and the subsidy states returned are audited as read, those only."""
    if user.role is not Role.OFFICER:
        raise forbidden("只有就业服务专员可以查看困难帮扶名单")
    today = subsidy_verdicts.judging(policies)
    if today is None:
        return [], 0
    outside = subsidy_verdicts.off_list(graduates)
    every = True
    if filters.school or filters.major:
        # The list's own condition (ILIKE), so that 「Python」 finds what 「python」 finds in both.
        passing = set(repo.graduate_ids(session=session, filters=repo.GraduateFilters(
            school=filters.school, major=filters.major, needs_support=False)))
        outside, every = [g for g in outside if g.id in passing], False
    claims = ([today.judge(g) for g in outside] if verdicts is None
              else verdicts.judge(outside, key=today.key, judge=today.judge, every=every))
    recorded = follow_ups.subsidy_states(session=session) if any(claims) else {}
    eligible = []
    for graduate, claim in zip(outside, claims):
        state = recorded.get(graduate.id)
        hint = subsidy_hints.still_unclaimed(claim, state and state.subsidy)
        if hint is not None:
            eligible.append(SubsidyOnlyRow(graduate, hint))
    found = eligible[offset:offset + limit]
    if found:
        audit.record_disclosures(session=session, user=user, action="read",
                                 disclosed=[(r.graduate.id, r.hint.discloses) for r in found])
        audit.record_follow_ups(session=session, user=user, shown=("subsidy",), rows=follow_ups.rows(
            session=session, row_ids=[recorded[r.graduate.id].row_id for r in found if r.hint.recorded is not None]))
        session.commit()
    return found, len(eligible)


def subsidy_unclaimed(*, session: Session, user: User, graduates: list[Graduate], filters: repo.GraduateFilters,
                      policies: PolicyState | None, offset: int, limit: int,
                      verdicts: VerdictCache[subsidy_hints.SubsidyHint | None] | None = None) -> s.Page:
    """The officer page's section of graduates off the support list who may claim the 求职创业补贴
    and have not, through the API (``GET /api/support/subsidy-unclaimed``): a page of them by id,
    each with the hint and only the record's name, school and major (the list shows no more);
    audited as on the page, the rows returned only."""
    rows, total = subsidy_outside_support(session=session, user=user, graduates=graduates, filters=filters,
                                          policies=policies, offset=offset, limit=limit, verdicts=verdicts)
    items = [s.SubsidyUnclaimedEntry(graduate_id=r.graduate.id, name=r.graduate.name, school=r.graduate.school,
                                     major=r.graduate.major, subsidy_hint=_hint_public(r.hint)) for r in rows]
    return s.Page(items=items, total=total, offset=offset, limit=limit)


def _subsidy_hints(graduates: list[Graduate], states: dict[str, follow_ups.GraduateState],
                   policies: PolicyState | None) -> list[subsidy_hints.SubsidyHint | None]:
    found = subsidy_verdicts.subsidy_policies_of(policies)
    if not found:
        return [None] * len(graduates)
    engine = policies.engine.today()
    recorded = {gid: state.subsidy.subsidy for gid, state in states.items() if state.subsidy is not None}
    return [subsidy_hints.unclaimed(engine, g, found, recorded.get(g.id)) for g in graduates]


def _state(row: FollowUpRow | None) -> s.FollowUpStatePublic | None:
    return None if row is None else s.FollowUpStatePublic(at=row.at, job_id=row.job_id, job_title=row.job_title,
                                                          status=row.status)


def support_queue(*, session: Session, matcher: Matcher, user: User, offset: int, limit: int, k: int,
                  filters: repo.GraduateFilters = repo.GraduateFilters(), policies: PolicyState | None = None) -> s.Page:
    """The officer page's list through the API: hardship-support graduates, those who most
    need follow-up first, each with where it stands and their top ``k`` eligible jobs. Reads
    are audited as on the page (the records, and the subsidy states shown)."""
    rows, total = support_overview(session=session, matcher=matcher, user=user, offset=offset, limit=limit, k=k,
                                   filters=filters, policies=policies)
    items = [s.SupportEntryPublic(
        graduate=s.GraduateFull.of(row.graduate), recommended=row.recommended,
        latest=_state(row.state and row.state.latest), hired=_state(row.state and row.state.hired),
        subsidy=None if row.state is None or row.state.subsidy is None else row.state.subsidy.subsidy,
        suggestions=row.suggestions, subsidy_hint=_hint_public(row.subsidy_hint)) for row in rows]
    return s.Page(items=items, total=total, offset=offset, limit=limit)


def _hint_public(hint: subsidy_hints.SubsidyHint | None) -> s.SubsidyHintPublic | None:
    return None if hint is None else s.SubsidyHintPublic(
        policy_id=hint.policy_id, policy_name=hint.policy_name, status=hint.status.value,
        status_label=hint.status.label, recorded=hint.recorded)


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
