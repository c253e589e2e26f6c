"""``RulesEngine``: parse a job's conditions once, check graduates against them.

``check(graduate, job)`` returns a ``matching.verdict.Verdict`` with one Chinese reason per
imposing condition; notes (不限, 咨询电话, 优先 …) are parsed but restrict nobody and give
no reason. The engine is the Ranker's ``checker`` (``__call__ = check``).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections import OrderedDict
from dataclasses import replace

from features.catalog import MajorCatalog
from features.education import MATCHING_DEGREE, Degree, EducationLevel
from features.major_codes import MajorCodeTables
from features.records import Graduate, Job
from matching.deadlines import job_result
from matching.rules.certificate_commitments import with_commitments
from matching.rules.checks import CHECKS, Context, disclosed_fields
from matching.rules.cohort_forms import returnee_option, with_cohort_alternatives
from matching.rules.disability_forms import with_disability_types
from matching.rules.experience_gap import fresh_gap, welcomes_graduates
from matching.rules.age_joins import with_age_relaxations, with_one_age_day
from matching.rules.conditions import (Condition, DegreeCond, EducationCond, EitherCond, Kind, MajorCond, Note,
                                       NoteCategory, PoliticalCond, Span, TargetCond, TargetGroup)
from matching.rules.major_kin import list_far_from, namesake_professional, professional_kin, unlisted_level, unplaced_far
from matching.rules.major_restated import with_restated_majors_met
from matching.rules.majors import MajorChecker, parse_major_cell
from matching.rules.places import seat_of_post
from matching.rules.physical_standards import disability_review
from matching.rules.post_hire import post_hire_notice, spares
from matching.rules.post_notices import post_notice
from matching.rules.post_scoped import with_post_scopes
from matching.rules.said_once import said_once
from matching.rules.seasons import is_fresh
from matching.rules.selection import selection_condition
from matching.rules.title_exemptions import relaxed as title_relaxed
from matching.rules.title_columns import with_free_text_titles, with_title_waivers
from matching.rules.parser import DEGREE_COLUMNS, EDU_COLUMNS, MAJOR_COLUMNS, column_key, parse_cell, parse_posting_text
from matching.verdict import ConditionResult, Status, Verdict

_CACHE_SIZE = 50_000


class RulesEngine:
    """Parses and checks eligibility conditions.

    ``reference_date``: the day ages, 应届 status and graduation windows are judged on
    (required: the caller's day, the service's being Beijing's, ``service.beijing``, never
    the server's local date; ``on(day)`` gives the engine for another day). ``major_tables``: the 研究生/专科/old-catalog code tables
    (``service.model_store.load_major_code_tables()``); without them only the 2026
    undergraduate catalog is used for majors.
    """

    def __init__(
        self,
        *,
        catalog: MajorCatalog,
        reference_date: dt.date,
        major_tables: MajorCodeTables | None = None,
    ):
        self.catalog = catalog
        self.reference_date = reference_date
        self.major_tables = major_tables
        self._majors = MajorChecker(catalog, major_tables)
        self._context = Context(self.reference_date)
        self._cache: OrderedDict[tuple, tuple[Condition, ...]] = OrderedDict()

    def on(self, day: dt.date) -> RulesEngine:
        """This engine judging on ``day``, for a service that outlives its start day.

        Only the checks read the date (``Context``); parsing does not (an announcement's own
        days are in its text), nor does the major checker. The returned engine therefore
        shares the parsed conditions and the major checker with this one, and costs nothing
        to make; ``self`` when ``day`` is already its reference date."""
        if day == self.reference_date:
            return self
        other = copy.copy(self)  # shallow: ``_cache`` and ``_majors`` are shared, not copied
        other.reference_date = day
        other._context = Context(day)
        return other

    # -- parsing ---------------------------------------------------------------------------
    def parse(self, job: Job) -> tuple[Condition, ...]:
        """Every condition of ``job``, cached per job id and texts."""
        key = (job.id, job.title, job.location, job.employer, job.employer_type, job.parent_unit, job.announcement,
               job.exam_type, job.conditions,
               job.majors_text, job.education, job.degree, job.degree_matching, job.description if not job.conditions else "")
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        conds = self._parse(job)
        self._cache[key] = conds
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return conds

    def _parse(self, job: Job) -> tuple[Condition, ...]:
        out: list[Condition] = []
        columns = {column_key(c) for c, _ in job.conditions}
        if not columns & EDU_COLUMNS and (job.education.minimum is not None or job.education.any_level):
            text = job.education.describe()
            out.append(Condition(Kind.EDUCATION, EducationCond(job.education), Span("学历要求", 0, len(text)), text))
        if not columns & DEGREE_COLUMNS and job.degree_matching:
            # 「与学历相对应的学位」: a 硕士 applicant's own level, not the lowest degree (学士及以上).
            text = MATCHING_DEGREE
            out.append(Condition(Kind.DEGREE, DegreeCond(matching_level=True), Span("学位要求", 0, len(text)), text))
        elif not columns & DEGREE_COLUMNS and job.degree is not None and job.degree is not Degree.NONE:
            text = f"{job.degree.label}及以上"
            out.append(Condition(Kind.DEGREE, DegreeCond(minimum=job.degree), Span("学位要求", 0, len(text)), text))
        if job.majors_text and not columns & MAJOR_COLUMNS:
            out.extend(parse_major_cell("专业", job.majors_text, self.catalog, self.major_tables, title=job.title or ""))
        for column, text in job.conditions:
            key = column_key(column)
            if key in MAJOR_COLUMNS:
                out.extend(parse_major_cell(key, text, self.catalog, self.major_tables, title=job.title or ""))
            else:
                out.extend(parse_cell(column, text))
        if not job.conditions and job.description:
            out.extend(parse_posting_text(job.description))
        out = with_post_scopes(out, job.title, parse_cell)  # first: what applies is the job's own condition
        out = with_free_text_titles(with_commitments(out, job.title or ""), job.conditions)
        out = _with_fresh_alternatives(with_cohort_alternatives(with_disability_types(out)))
        out = _with_party_limits(_with_seeking_exemptions(_with_hukou_seats(_with_hukou_exemptions(with_title_waivers(out)), job)))
        # A 遴选 is said of the post, not in a condition cell: its status comes last.
        selection = selection_condition(job)
        out = _with_target_alternatives(with_one_age_day(with_age_relaxations(out)))
        return tuple(out if selection is None else [*out, selection])

    # -- checking --------------------------------------------------------------------------
    def check(self, graduate: Graduate, job: Job) -> Verdict:
        """The job's conditions and, on ``reference_date``, whether it is open (``matching.deadlines``:
        closed from the day after ``Job.apply_by``, or with none two years after its season; a close
        deadline gives a reminder, the season's next year 待核实)."""
        # The job's season: a plain 应届 condition of a past season's post means its graduates too.
        ctx = self._context if job.season_year is None else Context(self.reference_date, job.season_year, job.apply_by)
        if welcomes_graduates(job):
            ctx = replace(ctx, graduates_welcome=True)
        verdict = self.check_conditions(graduate, self.parse(job), ctx=ctx)
        deadline = job_result(job, self.reference_date)
        if deadline is None:
            return verdict
        if deadline.status is Status.NOT_ELIGIBLE:
            # A closed post says it is closed: what is left to check (就业状态待核实, 请核实…) asks the
            # graduate questions about a post they can no longer apply for (2026-12-07 review).
            return Verdict.combine((*(r for r in verdict.results if r.status is not Status.NEEDS_REVIEW), deadline))
        return Verdict.combine((*verdict.results, deadline))

    def check_conditions(self, graduate: Graduate, conds: tuple[Condition, ...], *, ctx: Context | None = None) -> Verdict:
        """Parsed conditions (a job's, or a policy's: ``matching.policies``) against one graduate
        (``ctx``: the job's context, ``check``; default the reference date's)."""
        ctx = ctx or self._context
        results, checked = [], []
        doctors_free = any(c.kind is Kind.NOTE and isinstance(c.payload, Note) and c.payload.category is NoteCategory.MAJOR_EXEMPTION for c in conds)
        post_hire = post_hire_notice(conds, graduate)
        strict = disability_review(conds, graduate)  # a strict 体检/体能 standard against a registered 残疾
        for cond in conds:
            if strict is not None and any(cond is m for m in strict.members):
                if cond is strict.first:  # one review names them all, in place of their tips (officers only)
                    checked.append(cond)
                    results.append(ConditionResult(kind=Kind.PHYSICAL.value, status=Status.NEEDS_REVIEW, reason=strict.reason,
                                                   source=f"{cond.span.column}：{cond.text}", discloses=("hardship",)))
                continue
            if not cond.imposes:
                # A note the graduate should read, not a condition: certificates due after appointment (said
                # once for the post, where the first is), the post's 体能测评, special 体检标准, 限主修专业报考.
                if post_hire is not None and any(cond is m for m in post_hire.members):
                    due = post_hire.reason if cond is post_hire.first else None
                else:
                    due = post_notice(cond, conds)
                if due is not None:
                    checked.append(cond)
                    results.append(ConditionResult(kind=Kind.NOTE.value, status=Status.ELIGIBLE, reason=due,
                                                   source=f"{cond.span.column}：{cond.text}"))
                continue
            far, missing, spared = False, 0, False
            if cond.kind is Kind.MAJOR:
                status, reason, by_list = self._majors.decide(cond.payload.requirement, graduate)
                if status is Status.NOT_ELIGIBLE and doctors_free and graduate.education is EducationLevel.DOCTOR:
                    reason = reason.replace("专业不符：", "专业待核实：", 1) + "（岗位注明博士不受招聘专业限制，请核实）"
                    status = Status.NEEDS_REVIEW
                elif status is Status.NOT_ELIGIBLE and (namesake := namesake_professional(self._majors,
                        cond.payload.requirement, graduate)):
                    status, reason = namesake
                elif status is Status.NOT_ELIGIBLE and (kin := professional_kin(self._majors,
                        cond.payload.requirement, graduate, _education_requirements(conds))):
                    status, reason = kin
                elif status is Status.NOT_ELIGIBLE and (unlisted := unlisted_level(self._majors,
                        cond.payload.requirement, graduate, _education_requirements(conds))):
                    status, reason = unlisted
                    far = list_far_from(self._majors, cond.payload.requirement, graduate)
                elif status is Status.NEEDS_REVIEW:
                    far = unplaced_far(self._majors, cond.payload.requirement, graduate)
                elif status is Status.NOT_ELIGIBLE and (overseas := _note_text(conds, NoteCategory.OVERSEAS_MAJOR_EXEMPTION)):
                    # The record does not say where the graduate studied: the exemption may admit them.
                    reason = reason.replace("专业不符：", "专业待核实：", 1) + f"（岗位注明{overseas}，如您属于此类请核实）"
                    status = Status.NEEDS_REVIEW
            else:
                by_list = False
                status, reason = CHECKS[cond.kind](cond.payload, graduate, ctx)
                status, reason = title_relaxed(cond.kind, status, reason, graduate, conds, ctx)
                if cond.kind is Kind.CERTIFICATE and status is Status.NEEDS_REVIEW and spares(
                        post_hire, cond, graduate, graduate.graduation_year is not None and is_fresh(graduate, ctx, ())):
                    # 「应届毕业研究生…暂不要求提供教师资格证书…，但在聘用后一年内…必须取得」: not asked of them at
                    # application; the post-hire tip alone says it (2026-12-07: 证书待核实 beside it contradicted it).
                    status, spared = Status.ELIGIBLE, True
                    reason = f"证书要求不适用：岗位注明报名时暂不要求{cond.payload.name}，聘用后须按期取得"
                if cond.kind is Kind.WORK_EXPERIENCE and status is Status.NEEDS_REVIEW:
                    missing = fresh_gap(cond.payload, graduate, ctx)
            checked.append(cond)
            results.append(ConditionResult(kind=cond.kind.value, status=status, reason=reason, source=f"{cond.span.column}：{cond.text}",
                                           discloses=disclosed_fields(cond.kind, cond.payload, graduate), by_list=by_list,
                                           far_list=far, missing_years=missing, folded=spared))
        return Verdict.combine(said_once(checked, with_restated_majors_met(checked, results, graduate), graduate))

    __call__ = check

    def explain(self, graduate: Graduate, job: Job, status: Status | None = None) -> tuple[str, ...]:
        return self.check(graduate, job).reasons(status)


def _note_text(conds: tuple[Condition, ...], category: NoteCategory) -> str | None:
    """The words of the job's first note of ``category``, or ``None``."""
    return next((c.text for c in conds if c.kind is Kind.NOTE and isinstance(c.payload, Note) and c.payload.category is category), None)


def _education_requirements(conds: tuple[Condition, ...]) -> list:
    """The education requirements the job states for every applicant (not a group's: 非北京生源…须本科)."""
    return [c.payload.requirement for c in conds if c.kind is Kind.EDUCATION and isinstance(c.payload, EducationCond)
            and c.payload.scope is None and c.imposes]


def _with_target_alternatives(conds: list[Condition]) -> list[Condition]:
    """A post for 离校2年内未就业高校毕业生 and 16-24岁失业青年 (the two groups of 就业见习, said as
    separate items) is open to either: a 25-year-old graduate of last year, or a 22-year-old who
    left school three years ago, may apply. The groups become one condition any of whose options
    admits, placed where the first was said; alone, each is a condition of its own."""
    def is_group(c: Condition) -> bool:
        return c.kind is Kind.GRADUATION or (
            isinstance(c.payload, TargetCond) and c.payload.group is TargetGroup.UNEMPLOYED_YOUTH)

    groups = [c for c in conds if is_group(c)]
    if len({c.kind for c in groups}) < 2:
        return conds
    first = groups[0]
    same_column = all(c.span.column == first.span.column for c in groups)
    span = Span(first.span.column, min(c.span.start for c in groups), max(c.span.end for c in groups)) if same_column else first.span
    # Said in another column, a group keeps that column's name in the source shown.
    text = "；".join(c.text if c.span.column == first.span.column else f"{c.span.column}：{c.text}" for c in groups)
    either = Condition(Kind.TARGET_GROUP, EitherCond(tuple((c.kind, c.payload) for c in groups)), span, text)
    return [either if c is first else c for c in conds if c is first or not is_group(c)]


def _with_fresh_alternatives(conds: list[Condition]) -> list[Condition]:
    """Others the job lets in as 应届 graduates (…取得国（境）外学位…的留学回国人员，未落实工作单位的，可以报考
    面向应届毕业生招聘的岗位): each 应届 limit becomes a choice between the season and them, whom no
    record tells apart, so a graduate of another year is reviewed in the note's words, not refused."""
    notes = [c for c in conds if c.kind is Kind.NOTE and isinstance(c.payload, Note) and c.payload.category is NoteCategory.FRESH_ALTERNATIVE]
    if not notes:
        return conds
    who = re.sub(r"[，,]\s*未落实工作单位的[，,]\s*可以报考面向应届毕业生招聘的岗位[。.]?$", "（未落实工作单位）", notes[0].text)
    other = returnee_option(who, notes[0].text)
    return [replace(c, payload=EitherCond(((Kind.TARGET_GROUP, c.payload), other)))
            if isinstance(c.payload, TargetCond) and c.payload.group is TargetGroup.FRESH_GRADUATE else c for c in conds]


def _with_seeking_exemptions(conds: list[Condition]) -> list[Condition]:
    """博士生不受择业期限制, said beside the job's 应届 limit (2021年和2022年择业期内毕业生): a 博士
    who graduated before the years it names meets every 应届 condition of the job, as a 博士
    outside a major list is reviewed under 博士不受招聘专业限制 (a note alone restricts nobody)."""
    if not any(c.kind is Kind.NOTE and isinstance(c.payload, Note) and c.payload.category is NoteCategory.SEEKING_EXEMPTION
               for c in conds):
        return conds
    return [c if (lifted := _doctors_any_year(c.payload)) is c.payload else replace(c, payload=lifted) for c in conds]


def _doctors_any_year(payload: object) -> object:
    """A 应届 condition admitting 博士 of earlier years; inside an ``EitherCond`` (a group any one of
    which admits), its 应届 options likewise. Any other payload is returned as it is."""
    if isinstance(payload, TargetCond) and payload.group is TargetGroup.FRESH_GRADUATE:
        return replace(payload, any_year_levels=(EducationLevel.DOCTOR,))
    if isinstance(payload, EitherCond):
        options = tuple((kind, _doctors_any_year(option)) for kind, option in payload.options)
        return payload if all(a is b for (_, a), (_, b) in zip(options, payload.options)) else EitherCond(options)
    return payload


def _with_party_limits(conds: list[Condition]) -> list[Condition]:
    """非中共党员；若是民主党派成员仅限民革党员: the party limit joins the job's one other political
    condition, so the graduate reads one reason for one requirement (「岗位要求非中共党员（民主党派
    成员仅限民革党员）」) rather than two, the second of which concerns few."""
    limits = [c for c in conds if isinstance(c.payload, PoliticalCond) and c.payload.parties
              and not c.payload.accepted and not c.payload.excluded]
    others = [c for c in conds if isinstance(c.payload, PoliticalCond) and c not in limits]
    if len(limits) != 1 or len(others) != 1:
        return conds
    (limit,), (other,) = limits, others
    text = other.text + "；" + (limit.text if limit.span.column == other.span.column else f"{limit.span.column}：{limit.text}")
    span = (Span(other.span.column, min(other.span.start, limit.span.start), max(other.span.end, limit.span.end))
            if limit.span.column == other.span.column else other.span)
    joined = Condition(Kind.POLITICAL, replace(other.payload, parties=limit.payload.parties), span, text)
    return [joined if c is other else c for c in conds if c is not limit]


def _with_hukou_exemptions(conds: list[Condition]) -> list[Condition]:
    """A note that opens the hukou limit to some graduates (符合以下条件的毕业生户籍不限：…)
    becomes an exception of every hukou condition of the job: a graduate from elsewhere is
    then reviewed, not rejected."""
    exemptions = tuple(
        c.text for c in conds if c.kind is Kind.NOTE and isinstance(c.payload, Note) and c.payload.category is NoteCategory.HUKOU_EXEMPTION
    )
    if not exemptions:
        return conds
    return [
        replace(c, payload=replace(c.payload, exceptions=c.payload.exceptions + exemptions)) if c.kind is Kind.HUKOU else c
        for c in conds
    ]


def _with_hukou_seats(conds: list[Condition], job: Job) -> list[Condition]:
    """A hukou place that names no province (户籍地 仪征市, 「限宜阳县户籍」) gets what contains it from
    the job's place (报考地区 江苏省扬州市仪征市, else the place its employer's name or announcement
    says: 河南省…) or the place list (``places.seat``), so a graduate of another province is refused,
    not reviewed. The inferred place only tells which 宜阳县 the post means; the post's own words
    still decide who is refused, and where it names neither the place nor its province's list holds
    it (an office 驻北京 of a county), the list places a name the only one in China
    (``places.seat_of_post``)."""
    out = []
    for c in conds:
        if c.kind is Kind.HUKOU and not c.payload.seats:
            inferred = None if job.location else job.ranking_location  # read only for a hukou place
            seats = tuple(seat_of_post(place, job.location, inferred) or place for place in c.payload.places)
            if seats != c.payload.places:
                c = replace(c, payload=replace(c.payload, seats=seats))
        out.append(c)
    return out


__all__ = ["RulesEngine", "MajorCond"]
