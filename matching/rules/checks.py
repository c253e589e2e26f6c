"""One small pure function per condition kind: (payload, graduate, context) → status and a
Chinese reason. A graduate field that is unknown (``None``) gives NEEDS_REVIEW, never a
pass or a fail; a requirement the graduate record cannot express (certificates, work
experience, languages) gives NEEDS_REVIEW with what to verify.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from features.education import Degree, EducationLevel
from features.records import Graduate, Hardship
from features.values import ethnic_group
from matching.rules.age_groups import scope_levels
from matching.rules.age_checks import age_on, check_age, how_old
from matching.rules.conditions import (
    CertificateCond,
    DegreeCond,
    EducationCond,
    EitherCond,
    EthnicityCond,
    ExperienceCond,
    GenderCond,
    Kind,
    LanguageCond,
    NatureCond,
    PostScopedCond,
    RouteCond,
    ServiceYearsCond,
    TargetCond,
    TargetGroup,
    Unparsed,
)
from matching.rules.certificate_commitments import commitment_tip
from matching.rules.cohort_forms import COHORT_GROUPS, check_cohort, check_service_project, senior_title
from matching.rules.describe import requirement
from matching.rules.detail_checks import DETAIL_LABELS, check_detail, check_school, check_status
from matching.rules.experience_gap import fresh_gap, gap_reason
from matching.rules.hukou_checks import check_hukou
from matching.rules.policy_checks import check_graduation, check_hardship
from matching.rules.political import check_political
from matching.rules.seasons import is_fresh, last_leaving_year, of_post_season
from matching.verdict import Status

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE
Outcome = tuple[Status, str]

_DEGREE_OF_LEVEL = {
    EducationLevel.BACHELOR: Degree.BACHELOR,
    EducationLevel.MASTER: Degree.MASTER,
    EducationLevel.DOCTOR: Degree.DOCTOR,
}


@dataclass(frozen=True, slots=True)
class Context:
    reference_date: dt.date
    # The job's season (``Job.season_year``; ``None``: not stated or a policy): a plain 应届 condition
    # of a past season's post (2022年度, read on 2023-03-01) means that season's graduates too.
    season_year: int | None = None
    # The job's 报名截止日期 (``Job.apply_by``): with the season, the last year an applicant may have
    # left school in (``seasons.last_leaving_year``).
    apply_by: dt.date | None = None
    # The post's own text takes this season's graduates (「应届毕业生亦可」: ``experience_gap.welcomes_graduates``).
    graduates_welcome: bool = False


def _education(p: EducationCond, g: Graduate, ctx: Context) -> Outcome:
    req = p.requirement
    want = req.describe()
    if req.any_level:
        return OK, "学历符合：岗位学历不限"
    if g.education is None:
        return REVIEW, f"学历待核实：岗位要求{want}，您的学历未填写"
    if req.admits(g.education):
        return OK, f"学历符合：岗位要求{want}，您的学历为{g.education.label}"
    if p.scope is not None:
        return REVIEW, f"学历待核实：岗位要求{p.scope}{want}，您的学历为{g.education.label}，请核实该要求是否适用于您"
    return FAIL, f"学历不符：岗位要求{want}，您的学历为{g.education.label}"


def _nature(p: NatureCond, g: Graduate, ctx: Context) -> Outcome:
    if p.scope_levels and g.education is not None and g.education not in p.scope_levels:
        return OK, f"学历性质要求不适用：岗位仅要求{p.scope}{requirement(replace(p, scope=None))}，您的学历为{g.education.label}"
    return REVIEW, f"学历性质待核实：岗位要求{requirement(p)}，请核实您的学历性质"


def _degree(p: DegreeCond, g: Graduate, ctx: Context) -> Outcome:
    if p.scope is not None:
        return _scoped_degree(p, g, ctx)
    if p.matching_level:
        if g.education is None or g.degree is None:
            return REVIEW, "学位待核实：岗位要求取得与学历相对应的学位，您的学历或学位未填写"
        needed = _DEGREE_OF_LEVEL.get(g.education, Degree.NONE)
    else:
        if g.degree is None:
            return REVIEW, f"学位待核实：岗位要求{_degree_wanted(p)}，您的学位未填写"
        needed = p.minimum if p.minimum is not None else Degree.NONE
    if g.degree < needed:
        # 与学历相对应的学位 is quoted as the post words it, with the degree it asks of this graduate.
        want = (f"与学历相对应的学位（{g.education.label}须取得{needed.label}学位）" if p.matching_level
                else _degree_wanted(p) if p.wording else f"{needed.label}及以上学位")
        return FAIL, f"学位不符：岗位要求{want}，{_your_degree(g.degree)}"
    if p.matching_level and needed is Degree.NONE and g.degree is Degree.NONE:
        # Met because a 大专 level carries no degree: 「…与学历相对应的学位，您没有学位」 read as a contradiction.
        return OK, f"学位符合：岗位要求{_degree_wanted(p)}，{g.education.label}学历不授予学位，对您无学位要求"
    if p.all_stages:
        return REVIEW, f"学位待核实：岗位要求各学习阶段均取得学历和学位，请核实您各阶段的学位（{_your_degree(g.degree)}）"
    if p.field:
        # 医学硕士: the level is met; the degree type is not on the graduate record.
        return REVIEW, f"学位类型（{p.field}）待核实：岗位要求{_degree_wanted(p)}，{_your_degree(g.degree)}，请核实学位类型"
    return OK, f"学位符合：岗位要求{_degree_wanted(p)}，{_your_degree(g.degree)}"


def _your_degree(degree: Degree) -> str:
    """The graduate's degree in a reason: 「您的学位为学士」, but 「您没有学位」 (not 「您的学位为无学位」)."""
    return "您没有学位" if degree is Degree.NONE else f"您的学位为{degree.label}"


def _scoped_degree(p: DegreeCond, g: Graduate, ctx: Context) -> Outcome:
    """研究生需取得硕士及以上学位: a 本科 graduate is not concerned; 公费师范生需取得学士学位: a
    degree below it is reviewed, since no record says who is a 公费师范生."""
    want = f"{p.scope}须取得{_degree_wanted(replace(p, scope=None))}"
    if p.scope_levels and g.education is not None and g.education not in p.scope_levels:
        return OK, f"学位要求不适用：岗位仅要求{want}，您的学历为{g.education.label}"
    if p.scope_levels and g.education is None:
        return REVIEW, f"学位待核实：岗位要求{want}，您的学历未填写"
    outcome, reason = _degree(replace(p, scope=None, scope_levels=()), g, ctx)
    if outcome == FAIL and not p.scope_levels:
        return REVIEW, f"学位待核实：岗位要求{want}，{_your_degree(g.degree)}，请核实您是否属于{p.scope}"
    return outcome, reason.replace("岗位要求", f"岗位要求{p.scope}须取得", 1)


def _degree_wanted(p: DegreeCond) -> str:
    """The requirement as the table words it when it names a type or alternatives."""
    if p.wording:
        return p.wording if p.wording.endswith("学位") else f"{p.wording}学位"
    return requirement(p)


def _gender(p: GenderCond, g: Graduate, ctx: Context) -> Outcome:
    if g.gender is None:
        return REVIEW, f"性别待核实：岗位{requirement(p)}，您的性别未填写"
    if g.gender == p.gender:
        return OK, f"性别符合：岗位{requirement(p)}"
    return FAIL, f"性别不符：岗位{requirement(p)}"


def _ethnicity(p: EthnicityCond, g: Graduate, ctx: Context) -> Outcome:
    want = requirement(p)
    if not g.ethnicity:
        return REVIEW, f"民族待核实：岗位要求{want}，{_unstated(g, 'ethnicity', '您的民族未填写')}"
    mine = ethnic_group(g.ethnicity)
    if mine is None:
        return REVIEW, f"民族待核实：岗位要求{want}，您登记的民族「{g.ethnicity}」不是 56 个民族之一"
    ok = mine != "汉族" if p.minority else mine in p.names
    return (OK, f"民族符合：岗位要求{want}") if ok else (FAIL, f"民族不符：岗位要求{want}，您为{mine}")


def _unstated(g: Graduate, field: str, text: str) -> str:
    """Why a field is missing: not filled in, or hidden from whoever reads this verdict."""
    return "该信息仅就业服务专员可见，请由专员核实" if field in g.withheld else text


def _last_fresh_year(p: TargetCond, ctx: Context) -> int:
    """The latest graduation year a 应届 condition admits (``seasons.is_fresh``)."""
    return max(p.years) if p.years else ctx.reference_date.year + 1


def _fresh_of_season(p: TargetCond, g: Graduate, ctx: Context) -> bool:
    """A plain 应届 condition (no year named) of a post whose season is before the reference date's
    year: that season's graduates are the ones it means (a 2022年度 post read on 2023-03-01 still
    takes 2022's), besides the reference date's own (``seasons.is_fresh``)."""
    return of_post_season(g, ctx, p.years, p.job_seeking_years)


def _target(p: TargetCond, g: Graduate, ctx: Context) -> Outcome:
    want = requirement(p)
    if p.group is TargetGroup.FRESH_GRADUATE:
        if g.graduation_year is None:
            return REVIEW, f"应届身份待核实：岗位面向{want}，您的毕业年份未填写"
        if is_fresh(g, ctx, p.years, p.job_seeking_years):
            return OK, f"应届身份符合：岗位面向{want}，您{g.graduation_year}年毕业"
        if _fresh_of_season(p, g, ctx):
            return OK, f"应届身份符合：岗位面向{want}（{ctx.season_year}年度招聘），您{g.graduation_year}年毕业"
        if p.any_year_levels and g.graduation_year <= _last_fresh_year(p, ctx):
            # 博士生不受择业期限制 lifts the window's start, not its end: a later year has no diploma yet.
            levels = "、".join(level.label for level in p.any_year_levels)
            if g.education is None:
                return REVIEW, f"应届身份待核实：岗位面向{want}（{levels}不受择业期限制），您{g.graduation_year}年毕业，您的学历未填写"
            if g.education in p.any_year_levels:
                return OK, f"应届身份符合：岗位面向{want}，{levels}不受择业期限制，您为{g.education.label}"
        return FAIL, f"应届身份不符：岗位面向{want}，您{g.graduation_year}年毕业"
    if p.group is TargetGroup.NON_FRESH and p.graduated_by is not None:
        if g.graduation_year is None:
            return REVIEW, f"毕业年份待核实：岗位面向{want}，您的毕业年份未填写"
        if g.graduation_year <= p.graduated_by:
            return OK, f"毕业年份符合：岗位面向{want}，您{g.graduation_year}年毕业"
        return FAIL, f"毕业年份不符：岗位面向{want}，您{g.graduation_year}年毕业"
    if p.group is TargetGroup.UNEMPLOYED_YOUTH and p.ages is not None:
        return _unemployed_youth(p, g, ctx)
    if p.group is TargetGroup.GRASSROOTS_PROJECT and (served := check_service_project(p, g, ctx)) is not None:
        return served
    if p.group in COHORT_GROUPS:
        return check_cohort(p, g, want, ctx.season_year, last_leaving_year(ctx))
    if p.group is TargetGroup.NON_FRESH:
        return REVIEW, "报考身份待核实：岗位面向社会人员，请核实应届毕业生能否报考"
    if p.group is TargetGroup.MINORITY:
        return _ethnicity(EthnicityCond(minority=True), g, ctx)
    if p.group is TargetGroup.DISABLED:
        # The type is the post's, said to whoever reads; whether the graduate is disabled only as before.
        kinds = f"岗位限残疾类型为{p.disability}，" if p.disability else ""
        if g.hardship is None:
            return REVIEW, f"残疾人专设岗位待核实：{kinds}{_unstated(g, 'hardship', '您的困难类别未填写')}"
        if Hardship.DISABILITY in g.hardship and p.disability:
            return REVIEW, f"残疾类型待核实：{kinds}您登记为残疾人，请核实您的残疾类别和等级是否相符"
        if Hardship.DISABILITY in g.hardship:
            return OK, "残疾人专设岗位：您登记为残疾人"
        return FAIL, f"不符：残疾人专设岗位，{kinds}您未登记为残疾人"
    return REVIEW, f"报考身份待核实：岗位面向{want}，请核实是否具有该身份"


def _unemployed_youth(p: TargetCond, g: Graduate, ctx: Context) -> Outcome:
    """16-24岁失业青年: the age is checked on the day the announcement counts ages on, else on
    the reference day (as ``age_checks.check_age``); being unemployed (失业登记) is not on the
    record, so a graduate of the right age is reviewed."""
    want = requirement(p)
    if g.birth_date is None:
        return REVIEW, f"年龄待核实：岗位面向{want}，您的出生日期未填写"
    age = age_on(g.birth_date, p.as_of or ctx.reference_date)
    aged = how_old(age, p.as_of, p.as_of_note)
    youngest, oldest = p.ages
    if not youngest <= age <= oldest:
        return FAIL, f"年龄不符：岗位面向{want}，{aged}"
    return REVIEW, f"就业状态待核实：岗位面向{want}，{aged}，请核实目前是否处于失业状态（如已办理失业登记）"


_RANK = {OK: 0, REVIEW: 1, FAIL: 2}
#: The head of an option's reason (「就业状态待核实：岗位面向16-24岁失业青年，」), which the
#: combined reason states once for all options.
_OPTION_HEAD = re.compile(r"^[^：]+：岗位面向[^，]+，")


def _either(p: EitherCond, g: Graduate, ctx: Context) -> Outcome:
    """Any group admits: the best outcome of the options; reasons of every option that ties
    with it, each after its group's name, so a graduate reviewed on two groups reads what to
    check for each."""
    outcomes = [(payload, *CHECKS[kind](payload, g, ctx)) for kind, payload in p.options]
    best = min((status for _, status, _ in outcomes), key=_RANK.get)
    if best is OK:
        return next((status, reason) for _, status, reason in outcomes if status is OK)
    # A route of a list is named by its number there (第2项), the list having just been quoted.
    reasons = "；".join(_OPTION_HEAD.sub(lambda _: f"{getattr(payload, 'short', '') or requirement(payload)}：", reason, count=1)
                       for payload, status, reason in outcomes if status is best)
    # Routes of other kinds (博士或教授) are conditions to meet, not groups one belongs to.
    groups = all(kind in (Kind.TARGET_GROUP, Kind.GRADUATION, Kind.STATUS) for kind, _ in p.options)
    label = ("报考身份" if groups else "报考条件") + ("待核实" if best is REVIEW else "不符")
    head = f"{label}：岗位{'面向' if groups else '要求'}{requirement(p)}（符合其一即可）"
    tied = [reason for _, status, reason in outcomes if status is best]
    tails = {_OPTION_HEAD.sub("", reason, count=1) for reason in tied}
    if len(tied) > 1 and len(tails) == 1 and all(_OPTION_HEAD.match(reason) for reason in tied):
        # 「2021年毕业生：您2016年毕业；2021年毕业免费师范生：您2016年毕业」: one fact for every option, said once.
        return best, f"{head}，{tails.pop()}"
    return best, f"{head}。{reasons}"


def _route(p: RouteCond, g: Graduate, ctx: Context) -> Outcome:
    """A route of a list (2021届、2022届硕博士研究生): every part must be met, the worst outcome
    stands, its reason saying only what decides it (「您2023年毕业」, 「请核实是否为…毕业生」)."""
    outcomes = [CHECKS[kind](payload, g, ctx) for kind, payload in p.parts]
    worst = max((status for status, _ in outcomes), key=_RANK.get)
    said = [_PART_HEAD.sub("", reason, count=1).replace("毕业院校待核实：岗位要求", "请核实是否为", 1)
            for status, reason in outcomes if status is worst]
    label = "报考身份" + {OK: "符合", REVIEW: "待核实", FAIL: "不符"}[worst]
    return worst, f"{label}：岗位面向{p.label}，{'，'.join(said)}"


_PART_HEAD = re.compile(r"^[^：]+：岗位(?:面向|要求)[^，（]+，")


def _target_group(p: TargetCond | EitherCond | RouteCond, g: Graduate, ctx: Context) -> Outcome:
    if isinstance(p, RouteCond):
        return _route(p, g, ctx)
    return _either(p, g, ctx) if isinstance(p, EitherCond) else _target(p, g, ctx)


def _experience(p: ExperienceCond, g: Graduate, ctx: Context) -> Outcome:
    if p.scope is not None and g.graduation_year is not None and is_fresh(g, ctx, ()):
        return OK, f"工作经历要求不适用：岗位要求{requirement(p)}，您为应届毕业生"
    if ctx.graduates_welcome and g.graduation_year is not None and is_fresh(g, ctx, ()):
        # 「一年以上工作经验，应届生也可」: the post itself takes this season's graduates (``welcomes_graduates``).
        return OK, f"工作经历要求不适用：岗位要求{requirement(p)}，也写明接收应届毕业生，您为应届毕业生"
    if years := fresh_gap(p, g, ctx):
        return REVIEW, gap_reason(requirement(p), years, p.grassroots)
    return REVIEW, f"工作经历待核实：岗位要求{requirement(p)}，请核实您的工作经历"


def _language(p: LanguageCond, g: Graduate, ctx: Context) -> Outcome:
    return REVIEW, f"语言能力待核实：岗位要求{requirement(p)}，请核实您的语言能力"


def _certificate(p: CertificateCond, g: Graduate, ctx: Context) -> Outcome:
    if (senior := senior_title(p, g, ctx)) is not None:
        return senior
    levels = scope_levels(p.scope) if p.scope is not None else ()
    if levels and g.education is not None and g.education not in levels:
        return OK, f"证书要求不适用：岗位仅要求{p.scope}具有{p.name}"
    not_fresh_only = p.scope is not None and re.search(r"社会人员|非应届|往届|毕业[\d一二三四五]年(?:及)?以上", p.scope) is not None
    if not_fresh_only and not levels and g.graduation_year is not None and is_fresh(g, ctx, ()):
        # 社会人员具有中级及以上职称, 毕业3年及以上的历届生具有…职称: not asked of this season's graduates.
        return OK, f"证书要求不适用：岗位仅要求{p.scope}具有{p.name}，您为应届毕业生"
    years = _graduated_in(p.scope)
    if years is not None and g.graduation_year is not None and not years[0] <= g.graduation_year <= years[1]:
        # 2019年及之前毕业的须具有执业医师资格: asked of the graduates of those years only.
        return OK, f"证书要求不适用：岗位仅要求{p.scope}人员具有{p.name}，您{g.graduation_year}年毕业"  # 「毕业的具有」 lacked its noun
    who = f"{p.scope}须具有" if p.scope else ""
    if p.commitment:  # 暂未取得的，须承诺于…前取得: no condition of applying (``certificate_commitments``)
        return commitment_tip(p, who)
    if p.post:
        # The table lists several posts; which one this job is, the officer checks.
        return REVIEW, f"证书待核实：报考{p.post}须具有{p.name}，请核实本岗位是否适用及您是否已取得"
    return REVIEW, f"证书待核实：岗位要求{who}{p.name}，请核实是否已取得"


_GRADUATED_IN = re.compile(r"(20\d\d)年(?P<side>及之前|及以前|以前|之前|及之后|及以后|以后|之后)?毕业的?")


def _graduated_in(scope: str | None) -> tuple[int, int] | None:
    """(first, last) graduation year a scope names (2019年及之前毕业的 → (0, 2019)), else ``None``."""
    m = _GRADUATED_IN.fullmatch(scope or "")
    if m is None:
        return None
    year, side = int(m.group(1)), m.group("side") or ""
    return (0, year) if "前" in side else (year, 9999) if "后" in side else (year, year)


def _service(p: ServiceYearsCond, g: Graduate, ctx: Context) -> Outcome:
    # A commitment made on appointment, not a qualification: it restricts nobody.
    return OK, f"服务年限：录用后须在岗服务满{p.years}年"


def _unparsed(p: Unparsed, g: Graduate, ctx: Context) -> Outcome:
    return REVIEW, f"条件待人工核实：{p.text}"


def disclosed_fields(kind: Kind, payload, g: Graduate) -> tuple[str, ...]:
    """Sensitive fields of ``g`` whose value the check of this condition reads (and its
    reason may state): 民族 conditions read ``ethnicity``, 残疾人专设岗位 reads ``hardship``, a
    policy's 困难类别 also ``hardship_groups``, when it names the loan ``student_loan`` and when it
    names 少数民族 ``ethnicity``."""
    if isinstance(payload, EitherCond | RouteCond):
        options = payload.options if isinstance(payload, EitherCond) else payload.parts
        return tuple(dict.fromkeys(f for k, option in options for f in disclosed_fields(k, option, g)))
    group = getattr(payload, "group", None) if kind is Kind.TARGET_GROUP else None
    if (kind is Kind.ETHNICITY or group is TargetGroup.MINORITY) and g.ethnicity:
        return ("ethnicity",)
    if kind is Kind.HARDSHIP:  # a policy's: any reason may name the groups (「低收入家庭（特困人员）」), the loan when asked
        req = payload.requirement  # and the 民族 when it names 少数民族 (``policy_checks.check_hardship``)
        read = (("hardship", True), ("hardship_groups", True), ("student_loan", req.loan_alternative is not None),
                ("ethnicity", Hardship.ETHNIC_MINORITY in req.whole))
        return tuple(name for name, asked in read if asked and getattr(g, name) is not None)
    if group is TargetGroup.DISABLED and g.hardship is not None:
        return ("hardship",)
    return ()


def _post_scoped(p: PostScopedCond, g: Graduate, ctx: Context) -> Outcome:
    """Reached only where no job title decides the post (``RulesEngine`` reads it by title)."""
    return Status.NEEDS_REVIEW, f"岗位条件待核实：{p.post}岗位须{p.requirement}，请核实所报岗位是否为{p.post}岗位"


CHECKS: dict[Kind, Callable[..., Outcome]] = {
    Kind.EDUCATION: _education,
    Kind.EDUCATION_NATURE: _nature,
    Kind.DEGREE: _degree,
    Kind.GENDER: _gender,
    Kind.AGE: check_age,
    Kind.POLITICAL: check_political,
    Kind.ETHNICITY: _ethnicity,
    Kind.HUKOU: check_hukou,
    Kind.WORK_EXPERIENCE: _experience,
    Kind.TARGET_GROUP: _target_group,
    Kind.LANGUAGE: _language,
    Kind.CERTIFICATE: _certificate,
    Kind.SERVICE_YEARS: _service,
    Kind.SCHOOL: check_school,
    Kind.NEEDS_REVIEW: _unparsed,
    Kind.HARDSHIP: check_hardship,
    Kind.GRADUATION: check_graduation,
    Kind.POST_SCOPED: _post_scoped,
    **{kind: check_detail(kind) for kind in DETAIL_LABELS},
    Kind.STATUS: check_status,
}
