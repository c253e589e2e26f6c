"""Service functions behind the routes: keyword-only, typed, one unit of work each.

They own the transaction (commit here, then update the in-memory ranker, so the index
never holds a job the database rolled back) and write the audit entries for sensitive
graduate fields in that same transaction.
"""

from __future__ import annotations

from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from features.catalog import MajorCatalog
from features.records import Graduate, Job, shown_location
from features.segment import Segmenter
from matching.results import Candidate
from service import audit
from service.api import schemas as s
from service.api.answers import recommendations_public
from service.api.body_fields import GRADUATE_EDITABLE, field_words
from service.api.caches import GraduateCache, RenderCache
from service.api.matching import Matcher
from service.api.problems import ApiProblem, describe_validation, forbidden, jsonable, not_found
from service.api.reclog import RecommendationLog
from service.api.upload_checks import refuse_shared_id_number, shared_id_number_refused
from service.api.withheld import judged_for
from service.auth import Role, User
from service.import_rows import case_twin_message
from service.storage import repository as repo


def _invalid(error: ValueError, model: type[BaseModel] | None = None) -> ApiProblem:
    if isinstance(error, ValidationError):  # a stored record re-validated (as ``model``) with the fields sent
        detail, items = describe_validation(list(error.errors()), model)
        return ApiProblem(422, detail, errors=jsonable(items))
    return ApiProblem(422, str(error))


# --- jobs -----------------------------------------------------------------------------


def get_job(*, session: Session, job_id: str) -> Job:
    job = repo.get_job(session=session, job_id=job_id)
    if job is None:
        raise not_found("岗位", job_id)
    return job


def _id_taken(what: str, key: str, twin: str | None = None) -> ApiProblem:
    """The 409 of a POST whose id is stored already (``twin``: stored in another letter case, which a
    reader takes for the same id): one wording for jobs and graduates."""
    if twin is not None:
        return ApiProblem(409, case_twin_message(what, key, twin))
    return ApiProblem(409, f"{what}「{key}」已存在，请改用 PATCH 修改")


def create_job(*, session: Session, matcher: Matcher, data: s.JobCreate) -> Job:
    try:
        job = s.job_from_create(data)
    except ValueError as error:
        raise _invalid(error, s.JobCreate) from None
    if twin := repo.job_case_twins(session=session, job_ids=[job.id]).get(job.id):
        raise _id_taken("岗位编号", job.id, twin)
    try:
        repo.create_job(session=session, job=job)
    except repo.DuplicateIdError:
        raise _id_taken("岗位编号", job.id) from None
    session.commit()
    matcher.upsert([job])
    return job


def update_job(*, session: Session, matcher: Matcher, job_id: str, data: s.JobUpdate) -> Job:
    current = get_job(session=session, job_id=job_id)
    try:
        job = s.job_apply_update(current, data)
    except ValueError as error:
        raise _invalid(error, s.JobCreate) from None
    repo.update_job(session=session, job=job)
    session.commit()
    matcher.upsert([job])
    return job


def delete_job(*, session: Session, matcher: Matcher, job_id: str) -> None:
    if not repo.delete_job(session=session, job_id=job_id):
        raise not_found("岗位", job_id)
    session.commit()
    matcher.remove([job_id])


def search_terms(query: str | None, segmenter: Segmenter) -> tuple[str, ...]:
    if not query or not query.strip():
        return ()
    terms = [t for t in segmenter.cut(query) if t.strip()]
    return tuple(dict.fromkeys(terms)) or (query.strip(),)


def search_jobs(*, session: Session, matcher: Matcher, query: str, filters: repo.JobFilters, offset: int,
                limit: int) -> tuple[list[Job], int]:
    """Jobs that contain every word of ``query`` and pass the filters: those whose title
    holds every word first (a searcher names the post), then by text similarity."""
    ids = repo.job_ids(session=session, filters=filters)
    scores = matcher.text_scores(query, ids)

    def in_title(job_id: str) -> bool:
        job = matcher.job(job_id)
        return job is not None and all(term in job.title for term in filters.terms)

    ids.sort(key=lambda i: (not in_title(i), -scores.get(i, 0.0), i))
    page = ids[offset : offset + limit]
    found = repo.get_jobs(session=session, job_ids=page)
    return [found[i] for i in page if i in found], len(ids)


# --- graduates ------------------------------------------------------------------------


def _major_code(catalog: MajorCatalog, major: str | None) -> str | None:
    if not major:
        return None
    found = catalog.resolve(major)
    return None if found is None else found.code


def _catalog_major_code(catalog: MajorCatalog, data: s.GraduateCreate | s.GraduateUpdate):
    """``data`` with a sent ``major_code`` checked against the catalog and written as the
    catalog writes it (``120203K`` → ``120203``): an unknown code would later read as a
    graduate of no major and fail every major list."""
    code = data.major_code
    if "major_code" not in data.model_fields_set or code is None:
        return data
    major = catalog.major(code)
    if major is None:
        raise ApiProblem(422, f"{field_words(['major_code'], s.GraduateCreate)}：专业代码「{code}」不在本科专业目录中")
    return data.model_copy(update={"major_code": major.code})


def check_visible(*, user: User, graduate_id: str) -> None:
    """A graduate account sees only its own record: any other id answers 404, not 403,
    so that a graduate cannot probe which ids exist."""
    if user.role is Role.GRADUATE and user.graduate_id != graduate_id:
        raise not_found("毕业生", graduate_id)


def get_graduate(*, session: Session, user: User, graduate_id: str, cache: GraduateCache | None = None) -> Graduate:
    check_visible(user=user, graduate_id=graduate_id)
    if cache is not None:
        graduate = cache.one(session=session, graduate_id=graduate_id)
    else:
        graduate = repo.get_graduate(session=session, graduate_id=graduate_id)
    if graduate is None:
        raise not_found("毕业生", graduate_id)
    return graduate


def recommendation_log(*, session: Session, graduate_id: str, offset: int, limit: int) -> s.Page:
    """What was recommended to one graduate, newest first. The history outlives the record:
    a deleted graduate's entries stay readable, so follow-up is not lost with it."""
    rows, total = repo.list_recommendation_log(session=session, graduate_id=graduate_id, offset=offset, limit=limit)
    if total == 0 and repo.get_graduate(session=session, graduate_id=graduate_id) is None:
        raise not_found("毕业生", graduate_id)
    jobs = repo.get_jobs(session=session, job_ids=[j for r in rows for j in r.job_ids])
    names = repo.user_names(session=session, user_ids=[r.user_id for r in rows if r.user_id is not None])

    def logged(job_id: str) -> s.LoggedJob:
        job = jobs.get(job_id)
        return s.LoggedJob(job_id=job_id, title=job.title if job else None, employer=job.employer if job else None,
                           location=shown_location(job) if job else None)

    items = [s.RecommendationLogEntry(id=r.id, at=r.at, user_id=r.user_id, user_name=names.get(r.user_id),
                                      jobs=[logged(j) for j in r.job_ids]) for r in rows]
    return s.Page(items=items, total=total, offset=offset, limit=limit)


def view_graduate(*, session: Session, user: User, graduate: Graduate) -> s.GraduatePublic:
    """The record as this user may see it; sensitive values shown are audited."""
    if user.role is Role.ORGANISER:
        return s.GraduatePublic.of(graduate)
    if user.role is Role.GRADUATE:  # their own record without the officers' fields (``GraduateOwn``)
        shown = ("phone",) if graduate.phone else ()
        if audit.record_disclosures(session=session, user=user, disclosed=[(graduate.id, shown)], action="read"):
            session.commit()
        return s.GraduateOwn.of(graduate)
    audit.record_reads(session=session, user=user, graduates=[graduate])
    session.commit()
    return s.GraduateFull.of(graduate)


def list_graduates(*, session: Session, user: User, filters: repo.GraduateFilters, offset: int,
                   limit: int) -> s.Page:
    if filters.needs_support is not None and user.role is not Role.OFFICER:
        raise forbidden("只有就业服务专员可以按困难类别筛选")
    graduates, total = repo.list_graduates(session=session, filters=filters, offset=offset, limit=limit)
    if user.role is Role.OFFICER:
        audit.record_reads(session=session, user=user, graduates=graduates)
        session.commit()
        items = [s.GraduateFull.of(g) for g in graduates]
    else:
        items = [s.GraduatePublic.of(g) for g in graduates]
    return s.Page(items=items, total=total, offset=offset, limit=limit)


def _refuse_sensitive(user: User, data) -> None:
    sent = s.sensitive_fields_sent(data)
    if sent and user.role is not Role.OFFICER:
        raise forbidden(f"只有就业服务专员可以填写或修改敏感字段：{'、'.join(sent)}")


def create_graduate(*, session: Session, cache: GraduateCache, catalog: MajorCatalog, user: User,
                    data: s.GraduateCreate) -> Graduate:
    _refuse_sensitive(user, data)
    data = _catalog_major_code(catalog, data)
    try:
        graduate = s.graduate_from_create(data, major_code=_major_code(catalog, data.major))
    except ValueError as error:
        raise _invalid(error, s.GraduateCreate) from None
    if twin := repo.graduate_case_twins(session=session, graduate_ids=[graduate.id]).get(graduate.id):
        raise _id_taken("毕业生编号", graduate.id, twin)
    refuse_shared_id_number(session=session, graduate=graduate)
    with shared_id_number_refused(session, [graduate]):  # stored since the check: the same 409
        try:
            repo.create_graduate(session=session, graduate=graduate)
        except repo.DuplicateIdError:
            raise _id_taken("毕业生编号", graduate.id) from None
        audit.record_change(session=session, user=user, action="create", before=None, after=graduate)
        session.commit()
    cache.put(graduate)
    return graduate




def update_graduate(*, session: Session, cache: GraduateCache, catalog: MajorCatalog, user: User, graduate_id: str,
                    data: s.GraduateUpdate) -> Graduate:
    current = get_graduate(session=session, user=user, graduate_id=graduate_id)  # 404 for another graduate
    if user.role is Role.GRADUATE and (other := sorted(data.model_fields_set - GRADUATE_EDITABLE)):
        raise forbidden(f"毕业生本人只能修改就业意向（intention）和求职偏好（preferences），不能修改：{'、'.join(other)}")
    _refuse_sensitive(user, data)
    data = _catalog_major_code(catalog, data)
    major = data.major if "major" in data.model_fields_set else current.major
    try:
        graduate = s.graduate_apply_update(current, data, major_code=_major_code(catalog, major))
    except ValueError as error:
        raise _invalid(error, s.GraduateCreate) from None
    refuse_shared_id_number(session=session, graduate=graduate)
    with shared_id_number_refused(session, [graduate]):
        repo.update_graduate(session=session, graduate=graduate)
        audit.record_change(session=session, user=user, action="update", before=current, after=graduate)
        session.commit()
    cache.put(graduate)
    return graduate


def delete_graduate(*, session: Session, cache: GraduateCache, user: User, graduate_id: str) -> None:
    current = get_graduate(session=session, user=user, graduate_id=graduate_id)
    repo.delete_graduate(session=session, graduate_id=graduate_id)
    audit.record_change(session=session, user=user, action="delete", before=current, after=None)
    session.commit()
    cache.remove(graduate_id)


# --- matching -------------------------------------------------------------------------


def recommendations(*, session: Session, matcher: Matcher, user: User, graduate_id: str, k: int,
                    rejected_k: int, log: RecommendationLog | None,
                    cache: GraduateCache | None = None) -> s.RecommendationsPublic:
    graduate = judged_for(user, get_graduate(session=session, user=user, graduate_id=graduate_id, cache=cache))
    if user.role is Role.ORGANISER:
        result = matcher.rank(graduate, k=k, rejected_k=rejected_k, cache=False)
    else:  # the graduate's withheld copy is cached apart from the full record (``matcher_warming.result_key``)
        result = matcher.rank(graduate, k=k, rejected_k=rejected_k)
        if audit.record_disclosures(session=session, user=user, disclosed=[(graduate.id, result.discloses())]):
            session.commit()
    return recommendations_public(matcher=matcher, user=user, result=result, graduate=graduate, log=log)


def cached_recommendations_json(*, matcher: Matcher, cache: GraduateCache, bodies: RenderCache, user: User,
                                graduate_id: str, k: int, rejected_k: int, log: RecommendationLog | None) -> bytes | None:
    """The answer from memory alone (no query, no lock), or ``None`` when something is not cached."""
    check_visible(user=user, graduate_id=graduate_id)
    graduate = cache.peek(graduate_id)
    if graduate is None or user.role is Role.ORGANISER:
        return None
    graduate = judged_for(user, graduate)  # a graduate is never served the officers' (full) result
    result = matcher.peek(graduate, k=k, rejected_k=rejected_k)
    if result is None or result.discloses():
        return None  # a reason resting on a sensitive field is audited, in the database: slow path
    # The reader is part of the body's key: the graduate reads their withheld copy's result in the
    # second person, an officer the full record's about the graduate (``reasons_for``). So is the count of posts
    # closed long ago, which a job edit may change while the result is kept (``kept_results``).
    key = (graduate_id, k, rejected_k, user.role is Role.GRADUATE, matcher.unlisted_count())
    body = bodies.get(key, result)
    if body is None:
        body = recommendations_public(matcher=matcher, user=user, result=result, graduate=graduate,
                                      log=None).model_dump_json().encode()
        bodies.put(key, result, body)
    if log is not None:
        log.add(user_id=user.id, graduate_id=graduate_id, job_ids=[x.job_id for x in result.suggestions])
    return body


def own_verdict(*, session: Session, matcher: Matcher, cache: GraduateCache, user: User, job_id: str) -> Candidate | None:
    """A graduate's own verdict on one job (符合 / 待核实 / 不符合, with reasons), for the job's page,
    judged on their record without the officers' fields (``judged_for``)."""
    graduate = judged_for(user, get_graduate(session=session, user=user, graduate_id=user.graduate_id, cache=cache))
    verdict = matcher.judge(graduate, job_id)
    if verdict is not None and audit.record_disclosures(session=session, user=user,
                                                        disclosed=[(graduate.id, verdict.discloses)]):
        session.commit()
    return verdict


def candidates(*, session: Session, matcher: Matcher, cache: GraduateCache, user: User, job_id: str,
               k: int) -> s.CandidatesPublic:
    get_job(session=session, job_id=job_id)
    graduates = cache.get(session=session) if user.role is Role.OFFICER else cache.redacted(session=session)
    found = matcher.candidates(job_id, graduates, k=k) or []
    if audit.record_disclosures(session=session, user=user, disclosed=[(c.graduate_id, c.discloses) for c in found]):
        session.commit()
    by_id = {g.id: g for g in graduates} if found else {}
    return s.CandidatesPublic(
        job_id=job_id,
        candidates=[
            s.CandidatePublic(rank=c.rank, graduate_id=c.graduate_id, score=c.score, status=c.status.value,
                              status_label=c.status.label, reasons=list(c.reasons),
                              graduate=s.GraduatePublic.of(by_id[c.graduate_id]) if c.graduate_id in by_id else None)
            for c in found
        ],
    )

