"""Who may apply, said as a cohort, a status or a list of routes (``clause_reader.EXPLICIT``
continued): 限2018年以来离校未就业毕业生, 2021年毕业免费师范生, 面向返乡高校毕业生, 博士或教授,
具有高级专业技术职称，或获得博士研究生学历学位人员，或经认证的…留学回国人员, a residence permit asked of
外省市社会人员, and 一流学科建设高校毕业生须为研究生学历…

The record tells a graduate's year, level and degree, never an employment status, a 免费师范生
contract, a study abroad or a hometown: what it tells can refuse (a graduate of 2016 for 2018年以来),
what it cannot is 待核实 naming what to check. A senior title (高级职称, 教授) takes years of work after
graduating, so a graduate of this season holds none: that route is closed to them, and the reason says
so. Routes are an ``EitherCond`` (any one admits, ``checks._either``). Tested in
``tests/test_rules_cohort_forms.py``.
"""

from __future__ import annotations

import re

from features.education import Degree, EducationLevel, parse_education_requirement
from features.records import Graduate
from matching.rules.conditions import (CertificateCond, Condition, DetailCond, EducationCond, EitherCond, Kind, Note, NoteCategory,
                                       RouteCond, SchoolCond, Span, TargetCond, TargetGroup)
from matching.rules.patterns import _rule
from matching.rules.seasons import is_fresh, last_leaving_year
from matching.rules.text import DATE
from matching.rules.title_columns import title_waiver, waiver_note
from matching.verdict import Status

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE
_DOCTOR = (Kind.EDUCATION, EducationCond(parse_education_requirement("博士研究生")))
#: Titles a fresh graduate cannot hold: senior (副高 and above) professional titles.
_SENIOR = r"(?:正|副)?高级(?:专业技术)?职称|正高级职称|副高级职称|(?:副)?教授(?:职称)?|(?:副)?研究员"


def _senior(title: str) -> tuple[Kind, CertificateCond]:
    name = title if title.endswith(("职称", "研究员")) else f"{title}职称"
    return Kind.CERTIFICATE, CertificateCond(name, senior=True)


def _routes(m: re.Match[str]) -> EitherCond:
    """具有高级专业技术职称，或获得博士研究生学历学位人员，或经认证的获得硕士及以上学位的留学回国人员: any one admits."""
    options = [_senior(m.group("title")), _DOCTOR]
    if m.group("abroad"):
        options.append((Kind.TARGET_GROUP, TargetCond(TargetGroup.RETURNEE, degree=Degree.MASTER)))
    return EitherCond(tuple(options))


#: Where a degree was taken: 国(境)外, 境外, 国外 (text folded: ``(境)``).
_ABROAD = r"(?:国\(境\)外|境外|国外)"
#: 2019年11月27日至2020年11月26日 (期间): the first and last day a degree was taken.
_PERIOD = rf"{DATE}\s*(?:至|到|-|—)\s*{DATE}(?:期间|之间)?"


def degree_years(text: str) -> tuple[int, int] | None:
    """The years a returnee's degree period spans (「2019年11月27日至2020年11月26日取得国（境）外学位」 → (2019,
    2020)), ``None`` when the text states none. A graduation year outside them cannot fall in it."""
    m = re.search(_PERIOD, text)
    return None if m is None else (int(m.group(1)), int(m.group(4)))


def returnee_option(who: str, text: str) -> tuple[Kind, object]:
    """The returnees an announcement also admits (``engine._with_fresh_alternatives``), in its words:
    with the years of their degree stated, a route whose years the record checks (a graduate of
    another year is refused on it); else a status the officer checks (``DetailCond``)."""
    years = degree_years(text)
    if years is None:
        return Kind.STATUS, DetailCond(who)
    return Kind.TARGET_GROUP, RouteCond(who, ((Kind.TARGET_GROUP, TargetCond(TargetGroup.RETURNEE, graduated_in=years)),),
                                        "留学回国人员")


RULES = (
    # 取得国(境)外学历学位认证的2022年毕业的留学人员; 2021年7月1日至2022年12月31日期间取得国(境)外学位并完成教育部留学
    # 服务中心认证的留学回国人员: the years are the graduate's graduation year (``check_cohort``).
    _rule("returnee_of_year", Kind.TARGET_GROUP,
          rf"(?:限|面向)?(?:取得|获得)(?:经)?{_ABROAD}学历学位认证的(?P<y>20\d\d)年(?:应届)?毕业的?留学(?:回国)?人员",
          lambda m: TargetCond(TargetGroup.RETURNEE, graduated_in=(int(m.group("y")),) * 2), whole=True),
    _rule("returnee_degree_period", Kind.TARGET_GROUP,
          rf"(?:限|面向)?{_PERIOD}(?:取得|获得){_ABROAD}(?:学历)?(?:学位|学历)(?:证书)?"
          r"(?:,?(?:并|且)?(?:完成|取得|通过|经)?教育部(?:留学服务中心|门)?的?(?:学历)?(?:学位)?认证)?的留学(?:回国)?人员",
          lambda m: TargetCond(TargetGroup.RETURNEE, graduated_in=degree_years(m.group(0))), whole=True),
    _rule("left_school_unemployed", Kind.TARGET_GROUP,
          r"(?:限|面向)?(?P<y>20\d\d)年(?:以来|以后|及以后|之后)离校(?:未就业|尚未就业|未落实工作单位)的?(?:普通)?(?:高校)?毕业生",
          lambda m: TargetCond(TargetGroup.LEFT_UNEMPLOYED, graduated_from=int(m.group("y"))), whole=True),
    _rule("free_normal_cohort", Kind.TARGET_GROUP,
          r"(?:限|面向)?(?P<y>20\d\d)(?:年|届)(?:毕业的?)?(?:免费|公费)师范(?:毕业)?生",
          lambda m: TargetCond(TargetGroup.FREE_NORMAL, years=(int(m.group("y")),)), whole=True),
    _rule("homecoming_graduates", Kind.TARGET_GROUP, r"(?:限|面向)?返乡(?:的)?(?:高校)?毕业生",
          lambda m: TargetCond(TargetGroup.HOMECOMING), whole=True),
    # 博士或教授: two routes, a level the record tells and a title no fresh graduate holds.
    _rule("doctor_or_title", Kind.TARGET_GROUP,
          rf"(?:限|具有)?博士(?:研究生)?(?:学历|学位)?(?:或者|或)(?:具有)?(?P<title>{_SENIOR})(?:及以上)?",
          lambda m: EitherCond((_DOCTOR, _senior(m.group("title")))), whole=True),
    _rule("title_doctor_returnee_routes", Kind.TARGET_GROUP,
          rf"具有(?P<title>{_SENIOR})(?:的人员)?,?(?:或者|或)(?:获得|具有)博士研究生学历(?:和|及)?学位(?:的)?人员"
          r"(?P<abroad>,?(?:或者|或)经认证的获得硕士及以上学位的留学回国人员)?",
          _routes, whole=True),
    # 外省市社会人员，须持有上海市居住证一年以上（在有效期内），计算截止时间为2020年12月13日: asked of
    # 社会人员 only (``checks._certificate``: a graduate of this season is not concerned).
    _rule("outside_residents_permit", Kind.CERTIFICATE,
          r"外省市社会人员,(?:须|需)(?:已)?(?:持有|获得)\"?(?P<card>[\u4e00-\u9fff]{2,6}居住证)\"?(?:满)?(?P<term>[一二三四五\d]年以上)?"
          r"(?:,?且?在有效期内|\(在有效期内\))?(?:,计算截止时间为(?P<day>20\d\d年\d{1,2}月\d{1,2}日))?",
          lambda m: CertificateCond(m.group("card") + "（" + "，".join(
              p for p in (m.group("term"), "在有效期内", m.group("day") and f"计算截止{m.group('day')}") if p) + "）",
              scope="外省市社会人员"), whole=True),
    # Asked of the graduates of one kind of school, which no record tells: the officer checks it.
    _rule("first_class_discipline_postgraduate", Kind.SCHOOL,
          r"一流学科建设高校毕业生(?:须|需|应)为研究生学历且所学专业为一流学科(?:专业)?",
          lambda m: SchoolCond("一流学科建设高校毕业生须为研究生学历且所学专业为一流学科专业"), whole=True),
    # 此条件应届生不需要, after a condition asked of 社会人员: it restates whom that condition spares.
    _rule("spares_fresh", Kind.NOTE, r"此条件应届(?:毕业)?生不(?:需要|作要求|要求)", lambda m: Note(NoteCategory.NOTICE), whole=True),
)


#: A 中级 title (中级及以上职称, 中级专业技术职称), and words of one above it (副高, 高级, 主任医师, 主治医师: a medical
#: 中级 is an exam's, never granted for a degree).
_MIDDLE_TITLE = re.compile(r"中级")
_ABOVE_MIDDLE = re.compile(r"副高|正高|(?<!中)高级|主任|主治|研究员|教授")


def senior_title(p: CertificateCond, g: Graduate, ctx) -> tuple[Status, str] | None:
    """A title of 中级 or above asked of a graduate of this season: refused, saying why; a title the
    post waives for the graduate's level and degree: met (``title_columns``); else ``None`` (the usual
    certificate review)."""
    if (waived := title_waiver(p, g)) is not None:
        return waived
    if not p.senior or g.graduation_year is None or not is_fresh(g, ctx, ()):
        return None
    if g.education is EducationLevel.DOCTOR and _MIDDLE_TITLE.search(p.name) and not _ABOVE_MIDDLE.search(p.name):
        # Many provinces grant or recognise 中级 to a 博士 on hiring (初次认定): the officer checks the local rule.
        return REVIEW, f"职称待核实：岗位要求具有{p.name}，博士毕业生可按当地规定认定中级职称，请核实"
    return FAIL, f"职称不符：岗位要求具有{p.name}，您为{g.graduation_year}年应届毕业生，尚无该职称{waiver_note(p, g)}"


def check_cohort(p: TargetCond, g: Graduate, want: str, season: int | None = None,
                 left_by: int | None = None) -> tuple[Status, str]:
    """The groups of this module: what the record tells decides, the rest is named to check.
    ``season``: the post's recruitment season (``Context.season_year``); ``left_by``: the last year an
    applicant may have left school in (``seasons.last_leaving_year``; default the season)."""
    year = g.graduation_year
    if p.group is TargetGroup.LEFT_UNEMPLOYED:
        if year is None:
            return REVIEW, f"毕业年份待核实：岗位面向{want}，您的毕业年份未填写"
        if year < p.graduated_from:
            return FAIL, f"毕业年份不符：岗位面向{want}，您{year}年毕业"
        if season is not None and year > (season if left_by is None else left_by):
            # 离校 is read in the post's season: a 2020年度 post's 离校未就业 graduates left school by 2020,
            # so a graduate of 2023 was still studying then, not one to ask about employment since. Not a
            # graduate of the year its stated deadline falls in, after the season (review 2026-12-07).
            return FAIL, f"毕业年份不符：岗位为{season}年度招聘，面向{want}，您{year}年毕业，当时尚未离校"
        return REVIEW, f"就业状态待核实：岗位面向{want}，您{year}年毕业，请核实离校后是否尚未就业"
    if p.group is TargetGroup.FREE_NORMAL:
        if year is not None and p.years and year not in p.years:
            return FAIL, f"毕业年份不符：岗位面向{want}，您{year}年毕业"
        when = f"您{year}年毕业" if year is not None else "您的毕业年份未填写"
        return REVIEW, f"报考身份待核实：岗位面向{want}，{when}，请核实您是否为免费师范生（公费师范生）"
    if p.group is TargetGroup.RETURNEE:
        if p.degree is not None and g.degree is not None and g.degree < p.degree:
            return FAIL, f"报考身份不符：岗位面向{want}，您的学位为{g.degree.label}"
        if p.graduated_in is not None and year is not None and not p.graduated_in[0] <= year <= p.graduated_in[1]:
            # The years the text sets (2022年毕业的, …至…期间取得学位) are on the record: outside them no review helps.
            return FAIL, f"毕业年份不符：岗位面向{want}，您{year}年毕业"
        return REVIEW, f"报考身份待核实：岗位面向{want}，请核实您的学位是否在境外取得并经教育部留学服务中心认证"
    return REVIEW, f"报考身份待核实：岗位面向{want}，请核实您是否属于返乡高校毕业生（以招聘公告的界定为准）"


#: Projects a graduate joins after graduating and serves out (two or three years); 服务基层项目人员 are those who did.
#: Not 选调生 or 退役士兵 (a soldier may have served before or during study).
_SERVICE_PROJECTS = re.compile(r"三支一扶|西部志愿者|(?:大学生志愿服务)?西部计划|大学生村官|特岗(?:计划)?教师|农村义务教育阶段学校教师特设岗位计划"
                               r"|服务基层项目(?:人员)?")


def check_service_project(p: TargetCond, g: Graduate, ctx) -> tuple[Status, str] | None:
    """A 服务基层项目 post to a graduate still at school when judged (a 2027 graduate on 2026-12-07, or after the
    post's season, ``seasons.last_leaving_year``): refused, as a student applies as no project's member (in-school
    students may not apply on another status). ``None`` (the usual 待核实) for one who has graduated, who may have
    served after an earlier degree, and where the post also takes 退役士兵 or 选调生."""
    year = g.graduation_year
    if year is None or not p.projects or not all(_SERVICE_PROJECTS.fullmatch(name) for name in p.projects):
        return None
    left_by = last_leaving_year(ctx)
    bound = ctx.reference_date.year if left_by is None else min(ctx.reference_date.year, left_by)
    if year <= bound:
        return None
    want = "、".join(p.projects) + "人员" if p.projects != ("服务基层项目",) else "服务基层项目人员"
    return FAIL, f"报考身份不符：岗位面向服务期满的{want}，您{year}年毕业，报考时尚在校，不能以该身份报考"


COHORT_GROUPS = frozenset({TargetGroup.LEFT_UNEMPLOYED, TargetGroup.FREE_NORMAL, TargetGroup.RETURNEE, TargetGroup.HOMECOMING})


def with_cohort_alternatives(conds: list[Condition]) -> list[Condition]:
    """「2021年毕业生，2021年毕业免费师范生」 in one cell lists whom the post is open to: any one admits
    (a graduate of 2021 is not asked whether they are a 免费师范生). The groups become one
    ``EitherCond`` where the first was said; a 免费师范生 cohort alone stays its own condition."""
    def group(c: Condition) -> TargetGroup | None:
        return c.payload.group if isinstance(c.payload, TargetCond) else None

    normal = [c for c in conds if group(c) is TargetGroup.FREE_NORMAL]
    if not normal:
        return conds
    column = normal[0].span.column
    listed = [c for c in conds if c.span.column == column and group(c) in (TargetGroup.FRESH_GRADUATE, TargetGroup.FREE_NORMAL)]
    if len(listed) < 2 or len(listed) == len(normal):
        return conds
    first = listed[0]
    span = Span(column, min(c.span.start for c in listed), max(c.span.end for c in listed))
    either = Condition(Kind.TARGET_GROUP, EitherCond(tuple((c.kind, c.payload) for c in listed)), span, "；".join(c.text for c in listed))
    return [either if c is first else c for c in conds if c is first or c not in listed]
