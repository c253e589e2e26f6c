"""Server-rendered pages (Jinja2, Simplified Chinese, no build step): login, the graduate's,
organiser's, job and officer pages (the fairs' are ``service.api.fair_pages``).

The token from the login form is kept in an HttpOnly cookie. Pages read data; changes go
through the JSON API, which accepts bearer tokens only, so a cross-site form cannot make a
change with a visitor's cookie. The two exceptions are the officers' follow-up form and the
graduate's own wishes form (``service.api.intention_form``): each carries a CSRF token (an HMAC
of the visitor's own cookie token, see ``csrf_token``) that the submission must return, which a
page on another site can neither read nor compute.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from features.records import Graduate, hardship_labels, post_label
from features.salary import pay_text_adds
from matching.deadlines import job_closed, season_stale, written_day
from service import audit
from service.api import (follow_up_conflicts, follow_up_form, followups, guidance_views, policy_views, pushed_jobs,
                         request_day, services, support_list, unpushed, wish_section)
from service.api import schemas as s
from service.api.deps import GraduateCacheDep, MatcherDep, RecLogDep, SegmenterDep, SessionDep, SettingsDep
from service.api.follow_up_form import FORM_LABELS, form_detail
from service.api.page_kit import PAGE_SIZE, csrf_ok, csrf_token, error_page, page_user, render, to_login
from service.api.problems import ApiProblem, describe_validation
from service.auth import Role, User, authenticate, stale_token_notice
from service.outcomes import NOTE_MAX_LENGTH, FollowUpStatus, SubsidyState
from service.storage import follow_ups
from service.storage import repository as repo

router = APIRouter(include_in_schema=False)


def _home_of(user: User) -> str:
    if user.role is Role.GRADUATE:
        return f"/graduate/{user.graduate_id}"
    return "/officer" if user.role is Role.OFFICER else "/organiser"


@router.get("/")
def home(request: Request, session: SessionDep):
    user = page_user(request, session)
    return RedirectResponse(_home_of(user) if user else "/login", status_code=303)


@router.get("/login")
def login_form(request: Request, session: SessionDep, settings: SettingsDep):
    """A cookie that no longer logs in (its account deactivated or its token reissued; the pages
    send its visitor here) is said and dropped, so the notice shows once."""
    user = page_user(request, session)
    stale = None if user else request.cookies.get(settings.cookie_name)
    response = render(request, "login.html", user, notice=stale_token_notice(session=session, token=stale))
    if stale is not None:
        response.delete_cookie(settings.cookie_name)
    return response


@router.post("/login")
def login(request: Request, session: SessionDep, settings: SettingsDep,
          token: Annotated[str, Form(max_length=200)] = ""):
    user = authenticate(session=session, token=token.strip())
    if user is None:
        return render(request, "login.html", None, status=401, error="令牌无效，请检查后重新输入")
    response = RedirectResponse(_home_of(user), status_code=303)
    response.set_cookie(settings.cookie_name, token.strip(), httponly=True, samesite="lax",
                        secure=settings.cookie_secure, max_age=12 * 3600)
    return response


@router.post("/logout")
def logout(settings: SettingsDep):
    response = to_login()
    response.delete_cookie(settings.cookie_name)
    return response


@router.get("/graduate/{graduate_id}")
def graduate_page(graduate_id: str, request: Request, session: SessionDep, matcher: MatcherDep, settings: SettingsDep,
                  reclog: RecLogDep, cache: GraduateCacheDep, job: Annotated[str, Query(max_length=64)] = "",
                  subsidy_only: Annotated[bool, Query()] = False, push: Annotated[str, Query(max_length=12)] = ""):
    """``job``: the post the officer's follow-up form starts with, from a 「登记跟进」 link beside a
    suggested post (here or on the support list) or a follow-up row, so that recording 已投递 for
    it is a status and one click rather than scrolling to the form and typing the post's id.
    ``subsidy_only``: the form starts set to record the 求职创业补贴 alone (the list's 「登记申领」).
    ``push``: with ``job``, the push the form starts with (``push_id``): a deleted post whose id another post
    took, from the 「更新」 link of its row."""
    user = page_user(request, session)
    if user is None:
        return to_login()
    form = {"job_id": job.strip(), "push_id": push.strip()} if job.strip() else {}
    if subsidy_only:
        form = {"subsidy_only": "1"}
    return graduate_view(request=request, session=session, matcher=matcher, settings=settings, reclog=reclog,
                         cache=cache, user=user, graduate_id=graduate_id, form=form or None)


def graduate_view(*, request: Request, session, matcher, settings, reclog, cache, user: User, graduate_id: str,
                  form: dict[str, str] | None = None, form_problem: ApiProblem | None = None,
                  wish_form: dict[str, str] | None = None, wish_problem: ApiProblem | None = None):
    """A graduate's page; with ``form`` and ``form_problem``, the officer's follow-up form as they
    filled it in, with what is wrong next to it (422), so that a typo does not cost the rest; with
    ``wish_form`` and ``wish_problem`` the same of the graduate's own form (``service.api.intention_form``).

    Only a view of the page is a view of the suggestions for the recommendation record (推荐记录):
    the form brought back after a mistake shows them again without logging them, or each typo (and
    each reload of that answer, which re-sends the POST) would count as one more recommendation."""
    log = reclog if form_problem is None and wish_problem is None else None
    try:
        graduate = services.get_graduate(session=session, user=user, graduate_id=graduate_id)
        result = services.recommendations(session=session, matcher=matcher, user=user, graduate_id=graduate_id,
                                          k=settings.default_top_k, rejected_k=5, log=log, cache=cache)
        history = follow = csrf = support = None
        # The graduate's follow-ups, read once: the pushed jobs, the record shown and the reused ids come from it.
        record = (follow_ups.graduate_record(session=session, graduate_id=graduate_id)
                  if pushed_jobs.may_see(user, graduate_id) else None)
        if user.role is Role.OFFICER:  # the follow-up record is the officers' alone
            support = _support_facts(session=session, user=user, graduate=graduate)
            reclog.flush()
            history = services.recommendation_log(session=session, graduate_id=graduate_id, offset=0, limit=10)
            follow = followups.history_of(session=session, user=user, record=record, offset=0, limit=20)
            csrf = csrf_token(request.cookies[settings.cookie_name])
        elif wish_section.may_edit_wishes(user, graduate_id):  # the graduate's own form (intention_form)
            csrf = csrf_token(request.cookies[settings.cookie_name])
        # Ids a deleted post was followed up under: the post now under one names it in the form (below).
        # Read with the pushed posts' jobs, in one query.
        of_jobs = [f for f in (follow.items if follow else ()) if f.job_id is not None]
        reused = {f.job_id for f in of_jobs if not f.job_exists}
        if follow is not None:  # every push of a post no longer listed, not only those of the rows shown
            reused |= {r.job_id for r in record.rows if r.job_id is not None and r.id not in record.listed}
        pushed, jobs = pushed_jobs.for_page(session=session, user=user, graduate_id=graduate_id, also=sorted(reused),
                                            record=record)
    except ApiProblem as problem:
        return error_page(request, user, problem)
    # Jobs the follow-up form offers (any other id may be typed): suggested now, or followed up before;
    # each named with its employer and place, since many posts share a title (导游, 会计).
    offered = {x.job_id: post_label(x.job.title, x.job.employer, x.job.location) for x in result.suggestions if x.job}
    # A job deleted since it was pushed is offered too, under its kept title: its result is still recorded. Its id
    # may name another post now (follow_ups.about_listed_jobs): a result sent under it is that post's, so named so.
    for f in of_jobs:
        job = jobs.get(f.job_id) if f.job_id in reused else None
        offered.setdefault(f.job_id, post_label(job.title, job.employer, job.location) if job else
                           post_label(f.job_title, f.job_employer, None if f.job_exists else "岗位已下架"))
    # An id the graduate was pushed more than one post under (one deleted since, another under it now or
    # none): the form asks which of them the result is for (``push_id``), in words.
    choices = follow_up_form.push_choices(record, jobs) if follow is not None else {}
    # A post given by ?job= (or typed) that the list does not offer is named too, or said not to exist:
    # the officer sees which post the form holds before recording anything for it.
    job_missing = None
    wanted = (form or {}).get("job_id")
    if follow is not None and wanted and wanted not in offered:
        if (job := repo.get_job(session=session, job_id=wanted)) is not None:
            offered[job.id] = post_label(job.title, job.employer, job.location)
        elif record is not None and (kept := follow_ups.latest_of_job(record, wanted)) is not None:
            offered[wanted] = post_label(kept.job_title, kept.job_employer, "岗位已下架")
        elif form_problem is None:
            job_missing = f"岗位「{wanted}」不存在，请核对编号"
    # A fresh key per rendering of the form: a double click or a resent POST writes one row.
    request_key = secrets.token_urlsafe(18) if follow is not None else None
    invalid = {str(e["loc"][-1]) for e in form_problem.extensions.get("errors", ()) if e.get("loc")} if form_problem else set()
    status = (form_problem or wish_problem).status if form_problem or wish_problem else 200
    return render(request, "graduate.html", user, status=status,
                  graduate=graduate, support=support, result=result, history=history, pushed=pushed,
                  follow=follow, csrf=csrf, request_key=request_key, offered=offered, statuses=list(FollowUpStatus),
                  subsidies=list(SubsidyState), note_max=NOTE_MAX_LENGTH, form=form or {},
                  form_error=form_problem.detail if form_problem else None, invalid=invalid, job_missing=job_missing,
                  choices=choices,
                  **wish_section.page_context(user=user, graduate=graduate, form=wish_form, problem=wish_problem),
                  policies=policy_views.page_section(request=request, session=session, user=user, graduate_id=graduate_id),
                  guidance=guidance_views.page_section(request=request, session=session, user=user, graduate_id=graduate_id))


def support_shown(graduate: Graduate) -> Graduate:
    """``graduate`` holding only the sensitive values the officer's view of its page shows: the
    record as the officers' list shows it (``support_list.as_listed``: no 民族 or 身份证号, no loan
    not taken, no empty phone), except that a hardship stated as none stays: the page says
    「困难类别：无」, and that the graduate is in no hardship category is itself sensitive."""
    return replace(support_list.as_listed(graduate), hardship=graduate.hardship)


def _support_facts(*, session, user: User, graduate: Graduate) -> dict:
    """Hardship categories (with the groups the sheet named), the student loan and the phone, as
    the officers' list shows them: the officer records follow-ups and subsidies on this page, and
    should not have to go back to the list to see why the graduate is supported. Audited: the
    facts are read from ``support_shown``, and exactly its fields that hold a value are logged."""
    shown = support_shown(graduate)
    if audit.record_disclosures(session=session, user=user, disclosed=[(graduate.id, audit.present_fields(shown))],
                                action="read"):
        session.commit()
    derived = ["少数民族（据民族）"] if shown.minority_by_ethnicity else []  # as the officers' list shows it
    return {"hardship": hardship_labels(shown.hardship, shown.hardship_groups) + derived,
            "hardship_unknown": shown.hardship is None, "student_loan": shown.student_loan,
            "phone": shown.phone}


@router.post("/graduate/{graduate_id}/follow-ups")
def record_follow_up(graduate_id: str, request: Request, session: SessionDep, matcher: MatcherDep,
                     settings: SettingsDep, reclog: RecLogDep, cache: GraduateCacheDep,
                     csrf: Annotated[str, Form()] = "", job_id: Annotated[str, Form()] = "",
                     status: Annotated[str, Form()] = "", subsidy: Annotated[str, Form()] = "",
                     note: Annotated[str, Form()] = "", request_key: Annotated[str, Form()] = "",
                     subsidy_only: Annotated[str, Form()] = "", last_seen_id: Annotated[str, Form()] = "",
                     push_id: Annotated[str, Form()] = ""):
    """The officer's follow-up form on a graduate's page: checked, stored, back to the page.

    A field filled in wrong (an unknown job id, a note too long) brings the page back with the form
    as filled in and the message next to it, rather than an error page that loses what was typed.
    With 「只登记补贴申领（不涉及具体岗位）」 ticked (``subsidy_only``) the post and the status are
    not sent on: the row records the subsidy state alone, which must then be chosen.

    ``last_seen_id``: the newest follow-up of the graduate the page showed (``follow_up_conflicts``);
    brought back after a typo as it was sent, so a record written meanwhile still refuses the
    resubmission, and after that refusal as the newest one, which the page now shows."""
    user = page_user(request, session)
    if user is None:
        return to_login()
    back = f"/graduate/{quote(graduate_id, safe='')}"
    if not csrf_ok(request, csrf):
        return error_page(request, user, ApiProblem(403, "表单已失效或并非来自本站，请回到毕业生页面重新填写"), back=back)

    def form_again(problem: ApiProblem, *, seen: str = last_seen_id, push: str = push_id):
        if user.role is not Role.OFFICER:  # only officers have the form to show it in
            return error_page(request, user, problem, back=back)
        return graduate_view(request=request, session=session, matcher=matcher, settings=settings, reclog=reclog,
                             cache=cache, user=user, graduate_id=graduate_id, form_problem=problem,
                             form={"job_id": job_id, "status": status, "subsidy": subsidy, "note": note,
                                   "subsidy_only": subsidy_only, "last_seen_id": seen, "push_id": push})

    if subsidy_only and not subsidy:  # the one field this kind of record holds
        message = "只登记补贴申领时请选择求职创业补贴状态"
        return form_again(ApiProblem(422, f"{FORM_LABELS['subsidy']}：{message}", errors=[
            {"loc": ["body", "subsidy"], "type": "missing", "message": message}]))
    # A job id the graduate was pushed more than one post under: which one, chosen in words, never guessed.
    choices = [] if subsidy_only or not job_id.strip() else follow_up_form.choices_of_job(
        session=session, graduate_id=graduate_id, job_id=job_id.strip())
    if (unchosen := follow_up_form.refuse_unchosen(job_id=job_id.strip(), push_id=push_id, choices=choices)) is not None:
        return form_again(unchosen)
    try:
        data = s.FollowUpCreate.model_validate(
            {"job_id": None if subsidy_only else job_id or None, "status": None if subsidy_only else status or None,
             "subsidy": subsidy or None, "note": note or None, "last_seen_id": last_seen_id or None,
             "push_id": None if subsidy_only or push_id == follow_up_form.CURRENT else push_id or None})
    except ValidationError as error:
        items = describe_validation(list(error.errors()))[1]
        return form_again(ApiProblem(422, form_detail(items), errors=items))
    try:
        followups.record(session=session, user=user, graduate_id=graduate_id, data=data, request_key=request_key or None,
                         key_ttl=settings.request_key_ttl)
    except ApiProblem as problem:
        kinds = {e["type"] for e in problem.extensions.get("errors", ()) if e["loc"] == followups.KEY_LOC}
        if kinds:  # the form's hidden key, not a field the officer filled in
            problem.detail = ("这份表单已提交过不同的内容" if "idempotency_key_reused" in kinds else "表单已失效"
                              ) + "，请回到毕业生页面重新填写"
        elif any(e["type"] == follow_up_conflicts.UNSEEN for e in problem.extensions.get("errors", ())):
            # The form's hidden id names no record of the graduate (a form of another page, edited): the page
            # again, its form carrying the newest record shown, or every resend would be refused the same.
            problem.detail = form_detail(problem.extensions["errors"])
            return form_again(problem, seen="")
        elif any(e["type"] == follow_up_conflicts.CONFLICT for e in problem.extensions.get("errors", ())):
            # Recorded meanwhile: the page again, showing that record, the form as sent.
            # The page heads the message 「未记录：」 (graduate.html) and shows that record already, while a reload
            # re-sends this refused form: the bare sentence, not the API's 「本次未记录：…请刷新页面…」.
            problem.detail = (problem.extensions["recorded_since"]
                              + "该记录已列在上方「跟进记录」中，请先查看；如仍要登记本次结果，再点一次「记录跟进」")
            return form_again(problem, seen="")
        elif any(e["loc"] == ["body", "push_id"] and e["type"] == "not_found" for e in problem.extensions.get("errors", ())):
            # A push of another job or graduate (an edited link): said in words, the choice cleared.
            message = follow_up_form.unknown_push_message(job_id=job_id.strip(), choices=choices)
            return form_again(ApiProblem(422, f"{FORM_LABELS['push_id']}：{message}", errors=[
                {"loc": ["body", "push_id"], "type": "not_found", "message": message}]), push="")
        elif "errors" in problem.extensions:
            problem.detail = form_detail(problem.extensions["errors"])
            return form_again(problem)
        return error_page(request, user, problem, back=back)
    return RedirectResponse(f"{back}#follow-ups", status_code=303)


@router.get("/organiser")
def organiser_page(request: Request, session: SessionDep, matcher: MatcherDep, segmenter: SegmenterDep,
                   q: Annotated[str, Query(max_length=200)] = "", location: Annotated[str, Query(max_length=100)] = "",
                   page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    user = page_user(request, session)
    if user is None:
        return to_login()
    if user.role is Role.GRADUATE:
        return error_page(request, user, ApiProblem(403, "毕业生账号不能浏览岗位管理页面"))
    offset = (page - 1) * PAGE_SIZE
    filters = repo.JobFilters(location=location or None, terms=services.search_terms(q, segmenter))
    if q.strip():
        jobs, total = services.search_jobs(session=session, matcher=matcher, query=q, filters=filters,
                                           offset=offset, limit=PAGE_SIZE)
    else:
        jobs, total = repo.list_jobs(session=session, filters=filters, offset=offset, limit=PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))
    link = lambda n: "/organiser?" + urlencode({"q": q, "location": location, "page": n})  # noqa: E731
    return render(request, "organiser.html", user, jobs=jobs, total=total, q=q, location=location, page=page,
                   pages=pages, link=link)


@router.get("/job/{job_id}")
def job_page(job_id: str, request: Request, session: SessionDep, matcher: MatcherDep, cache: GraduateCacheDep,
             settings: SettingsDep):
    user = page_user(request, session)
    if user is None:
        return to_login()
    try:
        job = services.get_job(session=session, job_id=job_id)
        found = verdict = None
        if user.role is not Role.GRADUATE:
            found = services.candidates(session=session, matcher=matcher, cache=cache, user=user, job_id=job_id, k=10)
        else:  # may I apply? The graduate's own verdict, whether or not the job is among their suggestions
            verdict = services.own_verdict(session=session, matcher=matcher, cache=cache, user=user, job_id=job_id)
    except ApiProblem as problem:
        return error_page(request, user, problem)
    from service.api import job_check_results

    checks = job_check_results.findings_of_job(user=user, job=job, settings=settings)
    # The deadline and the season on the day the matcher judges (the app's clock), as the verdict reads them.
    apply_by = None if job.apply_by is None else written_day(job.apply_by)
    today = request_day.today()
    closed = job_closed(job, today)
    return render(request, "job.html", user, job=job, candidates=found, checks=checks, verdict=verdict,
                  apply_by=apply_by, closed=closed, closes_today=job.apply_by == today,
                  season_closed=closed and job.apply_by is None, season_stale=season_stale(job, today),
                  pay_text_adds=pay_text_adds(job.pay_text, job.salary))


@router.get("/officer")
def officer_page(request: Request, session: SessionDep, matcher: MatcherDep, cache: GraduateCacheDep,
                 school: Annotated[str, Query(max_length=100)] = "", major: Annotated[str, Query(max_length=100)] = "",
                 page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    user = page_user(request, session)
    if user is None:
        return to_login()
    filters = repo.GraduateFilters(school=school.strip() or None, major=major.strip() or None)
    try:
        rows, total = support_list.support_overview(session=session, matcher=matcher, user=user, filters=filters,
                                                    offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE,
                                                    as_shown=support_list.as_listed, policies=request.app.state.policies)
        # Graduates with only a 国家助学贷款 may claim the subsidy too, yet are on no list.
        outside, outside_total = support_list.subsidy_outside_support(
            session=session, user=user, graduates=cache.get(session=session), filters=filters,
            policies=request.app.state.policies, limit=support_list.SUBSIDY_OUTSIDE_SHOWN,
            verdicts=request.app.state.subsidy_verdicts)
        never_pushed = unpushed.count(session=session, user=user, filters=filters)  # the most urgent, counted
    except ApiProblem as problem:
        return error_page(request, user, problem)
    # A row's 「登记跟进」 opens the form on its post; one deleted since (its id perhaps another post's now) by its push.
    shown = [r for row in rows if row.state for r in (row.state.hired, row.state.latest) if r is not None]
    listed = follow_ups.about_listed_jobs(session=session, rows=shown)
    old_posts = {r.id for r in shown if r.id not in listed}
    pages = max(1, -(-total // PAGE_SIZE))
    link = lambda n: "/officer?" + urlencode({"school": school, "major": major, "page": n})  # noqa: E731
    return render(request, "officer.html", user, rows=rows, total=total, page=page, pages=pages, school=school,
                  major=major, link=link, outside=outside, outside_total=outside_total, never_pushed=never_pushed,
                  old_posts=old_posts)
