"""The proposed small fairs of ``GET /api/fairs`` and the ``/fairs`` page: size rules from
the query, and the plan over every stored job and the graduates' redacted copies."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import Query
from sqlalchemy.orm import Session

from matching.fair_limits import FairLimits, FairLimitsError
from features.records import Graduate
from matching.fairs import FairBy, FairPlan
from service.api import schemas as s
from service.api.caches import GraduateCache
from service.api.matching import Matcher
from service.api.problems import ApiProblem, forbidden
from service.auth import Role, User
from service.fair_sizes import SIZE_FIELDS


def size_query(name: str):
    """The API's query parameter for the size rule ``name``, with its bounds."""
    return Query(ge=1, le=SIZE_FIELDS[name].high, description=SIZE_FIELDS[name].description)


def fair_limits(*, by_label: bool = False, **values) -> FairLimits:
    """The size rules of a fair plan; a contradictory set (more positions required than a
    fair may hold) is the client's mistake, named by its query parameters, or by the form's
    labels (``by_label``)."""
    try:
        return FairLimits(**values)
    except FairLimitsError as error:
        names = ("、".join(SIZE_FIELDS[name].label for name in error.fields) if by_label
                 else "查询参数" + "、".join(f"「{name}」" for name in error.fields))
        raise ApiProblem(422, f"{names}：{error}", errors=[
            {"loc": ["query", name], "type": "value_error", "message": str(error)} for name in error.fields]) from None


def form_limits(form: dict[str, str]) -> FairLimits:
    """The ``/fairs`` form's size fields read as a person typed them: a field left empty, not a whole
    number, out of bounds, or contradicting another is named by its label (422; ``errors`` lists the
    fields at fault), not by its query parameter as the API names it."""
    values, wrong = {}, []
    for name, field in SIZE_FIELDS.items():
        text = form[name].strip()
        if text.isascii() and text.isdigit() and 1 <= int(text) <= field.high:
            values[name] = int(text)
        else:
            wrong.append((name, f"{field.label}：请填写 1–{field.high} 之间的整数" + (f"（填的是「{text}」）" if text else "")))
    if wrong:
        raise ApiProblem(422, "；".join(m for _, m in wrong),
                         errors=[{"loc": ["query", n], "type": "value_error", "message": m} for n, m in wrong])
    return fair_limits(by_label=True, **values)


def fair_plan(*, session: Session, matcher: Matcher, cache: GraduateCache, user: User, by: FairBy, limits: FairLimits,
              k: int, unplaced_offset: int = 0, unplaced_limit: int) -> s.FairPlanPublic:
    """Small industry- or major-specialised fairs over every stored job and graduate, with the
    positions no fair holds from ``unplaced_offset``, at most ``unplaced_limit`` (gkld's 11,720
    posts left 10,882 out, 3.3 MB of a 4 MB answer), counted in full per reason.

    Officers and organisers get the same plan, computed on the graduates' redacted copies
    (``redact``): no place in a fair rests on ethnicity, disability or hardship (such
    conditions read 待核实), so nothing in it needs an audit entry."""
    from service import fair_report

    plan, graduates = _plan(session=session, matcher=matcher, cache=cache, user=user, by=by, limits=limits, k=k)
    # The contact the downloaded file gives each employer (one per employer), where organisers plan.
    rows = fair_report.with_contacts(fair_report.plan_rows(plan, graduates), _contact_of(matcher))
    return s.FairPlanPublic.model_validate({
        **fair_report.plan_dict(plan, graduates, unplaced_offset=unplaced_offset, unplaced_limit=unplaced_limit),
        "employer_contacts": fair_report.employer_contacts(rows)})


def _contact_of(matcher: Matcher):
    """A job id's ``Job.contact`` (the employer's public contact), ``None`` for none."""
    return lambda job_id: getattr(matcher.job(job_id), "contact", None)


def _plan(*, session: Session, matcher: Matcher, cache: GraduateCache, user: User, by: FairBy, limits: FairLimits,
          k: int) -> tuple[FairPlan, dict[str, Graduate]]:
    if user.role is Role.GRADUATE:
        raise forbidden("毕业生账号不能查看招聘会方案")
    graduates = cache.redacted(session=session)
    plan = matcher.fair_plan(graduates, by=by, limits=limits, k=k)
    if plan is None:
        plan = FairPlan(by=by, limits=limits, fairs=(), dropped=(), notes=("还没有岗位，无法提出招聘会方案",),
                        unthemed_positions=(), positions_total=0, graduates_total=len(graduates))
    return plan, {g.id: g for g in graduates}


#: The plan's downloadable files and their media types.
FILE_TYPES = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "csv": "text/csv; charset=utf-8"}


def plan_file(*, session: Session, matcher: Matcher, cache: GraduateCache, user: User, by: FairBy,
              limits: FairLimits, k: int, suffix: str) -> bytes:
    """The plan as the file ``jobmatch fairs --out fairs.xlsx|csv`` writes: one row per position
    and per graduate of each fair, and every position no fair holds with its reason, so that an
    organiser who plans on the ``/fairs`` page can print each fair's invitation lists (the page
    lists the first 100 posts left out, the API pages them). Built from the same redacted copies."""
    from service.output import write_fairs

    plan, graduates = _plan(session=session, matcher=matcher, cache=cache, user=user, by=by, limits=limits, k=k)
    with tempfile.TemporaryDirectory(prefix="jobmatch-fairs-") as folder:
        path = Path(folder) / f"fairs.{suffix}"
        write_fairs(path, plan, graduates, contact_of=_contact_of(matcher))
        return path.read_bytes()


def fair_form(by: FairBy = FairBy.MAJOR,
              max_employers: Annotated[str, Query(max_length=20)] = str(SIZE_FIELDS["max_employers"].default),
              max_positions: Annotated[str, Query(max_length=20)] = str(SIZE_FIELDS["max_positions"].default),
              min_positions: Annotated[str, Query(max_length=20)] = str(SIZE_FIELDS["min_positions"].default),
              min_graduates: Annotated[str, Query(max_length=20)] = str(SIZE_FIELDS["min_graduates"].default),
              max_graduates: Annotated[str, Query(max_length=20)] = str(SIZE_FIELDS["max_graduates"].default),
              max_fairs_per_graduate: Annotated[str, Query(max_length=20)] = str(
                  SIZE_FIELDS["max_fairs_per_graduate"].default)) -> dict[str, str]:
    """The ``/fairs`` form as typed (the page and its downloads): the size fields are taken as
    text and read by ``form_limits``, so that one left empty or mistyped is named by its label."""
    return {"by": by.value, "max_employers": max_employers, "max_positions": max_positions,
            "min_positions": min_positions, "min_graduates": min_graduates, "max_graduates": max_graduates,
            "max_fairs_per_graduate": max_fairs_per_graduate}
