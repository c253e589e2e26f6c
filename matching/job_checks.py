"""Check a job list before it goes to graduates: are its key elements there, readable and
plausible (需求特征、职位类别、工作地点、薪酬待遇真实有效)?

``check_jobs(jobs, catalog=...)`` returns a ``JobCheckReport`` of typed findings, each naming
the job, the ``Job`` attribute, a severity (错误 / 警告 / 提示), a check code and a Chinese
message that says what is wrong and what to fix. Pure: no file, database or network; the
major catalog and code tables and the cells' original texts are handed in.

Each check exists for a loss to graduates or officers:

- a key element missing (category, location, pay, education, headcount): the ranker cannot
  weigh a graduate's wishes against it, and a graduate cannot judge the job;
- pay stated without an amount (面议): a stated term, so only a 提示; pay by a public scale
  (按事业单位工资标准执行, 参照公务员法管理) is stated and valid: no finding;
- pay unreadable, a placeholder, below the legal floor or implausibly high: graduates
  compare pay, and a wrong figure misleads them (a minimum above the maximum, or a number
  that is no pay at all, already stops the importer: such rows are reported as unreadable
  by the caller, see ``service.job_check_report``);
- a location no place table knows: a wish for the province or region never meets it;
- a major list the parser cannot read, or that reads to no major: graduates of the majors
  meant are not told they fit (a name the catalogs do not resolve is not reported: the
  engine still compares it by name, and on the gkld records most such names are catalog
  names under a level whose table lacks them, 运动训练 or 企业管理, not the list's mistake);
- conditions the rules engine leaves unread: every graduate gets 待核实 on that job;
- two different service terms (服务年限不少于3年；最低服务期5年): graduates are told the longer
  binds (``matching.rules.said_once``), but the employer must say which one holds;
- years of work no graduate of the season has (3-5年; ``matching.experience_checks``, which says
  when not: 非应届生须…, 应届毕业生除外, a civil-service post's statutory 基层工作经历);
- headcount 0 (nobody is recruited) or absurd (a typo or a total of many posts);
- the same position under two ids: graduates apply twice, officers count it twice;
- a generic title (科员, 综合管理, 工作人员) without a description: nobody can tell the work;
- a post that is not full-time employment (兼职/临时, 实习 by 工作类型 or title), a gender limit
  without a lawful ground the table shows, a pay in the title the pay cell contradicts
  (``matching.post_terms_checks``): 提示, graduates would read the post wrongly;
- a deadline (报名截止日期) before the day checked: the post is no longer valid, and graduates
  are no longer suggested it (``matching.deadlines``); take it down or correct the date;
- no deadline, and an announcement of a past season (招聘公告为2021年度): two years or more before
  the day's year the post is closed as by a deadline, the year before graduates see it 待核实;
  either way the list should state this season's deadline or drop the post;
- no deadline, and a posting last updated long ago (招聘信息更新时间, ``Job.updated_on``, more than
  ``stale_after`` days, 180 by default, before the day): the officer asks the employer whether it still hires.

A check of a missing or unknown element that fires on more than half of a list is reported
once for the whole list (``job_id=None``, ``jobs`` = how many it covers): the table lacks the
column, or fills it for few rows, and the fix is the table's (the Henan civil-service table
has no pay, location or description column; flagging each of its 7,509 rows helps nobody).
Likewise a past season shared by most posts of one announcement (two or more) is reported once for
that announcement (``job_id=None``; ``job_ids`` names the posts, for a file's per-row detail): the
fix is the announcement's (its table is of a past season): gkld's 10,912 such rows read as 285
announcements and 75 single posts, not 10,912 lines. So is one deadline gone by (报名已截止) on most
posts of one announcement (of the posts naming none: the table's), counted among all its posts.

The records are ``matching.job_findings``'; the pay checks ``matching.pay_checks``'; the checks that
depend on the day ``matching.closing_checks``'; saying a finding once for a list or an announcement
``matching.finding_groups``'. Their public names are importable from here too.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from features.catalog import MajorCatalog
from features.major_codes import MajorCodeTables
from features.major_requirements import MajorRequirement, parse_major_requirement
from features.place_inference import FROM_ANNOUNCEMENT, FROM_EMPLOYER, FROM_PARENT_UNIT
from features.place_keys import PLACE_ALIASES
from features.records import Job
from features.sectors import sector_of
from matching.civil_service import category_fix, civil_service_recruitment
from matching.closing_checks import DEFAULT_STALE_AFTER_DAYS, dated_findings, with_closed
from matching.experience_checks import experience_findings
from matching.finding_groups import LIST_LEVEL_CHECKS, LIST_LEVEL_SHARE, list_level
from matching.job_findings import CHECK_LABELS, CHECK_SEVERITY, Check, JobCheckReport, JobFinding, Severity
from matching.job_findings import short as _short
from matching.pay_checks import DEFAULT_MAX_PAY, DEFAULT_MIN_PAY, pay_findings
from matching.place_checks import contradiction_findings, place_precision_findings, remark_place_findings
from matching.post_terms_checks import gender_findings, not_full_time_findings, title_education_findings, title_pay_findings
from matching.rules import Condition, Kind, parse_cell
from matching.rules.parser import MAJOR_COLUMNS, column_key, parse_posting_text
from matching.rules.post_scoped import with_post_scopes
from matching.scoring import specific_place_keys

#: More than this many hires for one position is most likely a typo or a total over posts
#: (the gkld records: 99.9 % of positions hire 50 or fewer).
DEFAULT_MAX_HEADCOUNT = 500


# --- the checks, one job at a time ----------------------------------------------------

_KNOWN_PLACES = frozenset(key for keys in PLACE_ALIASES.values() for key in keys)
_EXEMPTION = re.compile(r"不限|均可|除外")
#: A tail that widens the names before it (「会计学（120203K）及相关专业」「…神经病学等相关专业」), left
#: over after a bracketed code or a list: no failed name. 7 of gkld's 154 专业要求无法识别 were these.
_WIDENING_TAIL = re.compile(r"^(?:及|等|和|或|与)?(?:其他)?(?:相关|相近)(?:的)?(?:专业|学科)?$")
#: A certificate or experience written in the majors cell (「具有执业医师资格证书」「或者具备3年及以上
#: 软硬件开发工作经历的其他专业」): a requirement of another kind, no failed major name.
_NOT_A_MAJOR = re.compile(r"^(?:具有|具备|取得|持有)|资格证|证书$|工作经[历验]")
#: Titles that say nothing of the work: a civil-service grade (一级科员, 四级主任科员及以下) or a
#: generic post (综合管理岗, 工作人员), with the numbering tables add (综合管理岗一, 工作人员2, 专技（3）).
#: A bracket that names the work (专技（中医科）, 专技人员（政治教师）) tells it: not vague.
_VAGUE_TITLE = re.compile(
    r"^(?:[一二三四]级)?(?:主任)?(?:科员|办事员|职员|文员|工作人员|综合管理|综合业务|综合|管理|业务|专业技术|专技|"
    r"普通|综合文字|综合事务|综合服务|行政管理)(?:岗位?|人员|职位)?(?:及以下)?"
    r"[一二三四五六七八九十0-9A-Za-z]*(?:岗位?)?(?:[（(][一二三四五六七八九十0-9A-Za-z]*[）)])?$"
)


def _elements(job: Job, texts: Mapping[str, str], max_headcount: int) -> Iterable[JobFinding]:
    # A post with neither still joins the industry fair of the system its employer's name, the
    # unit above it, its 考试类型 or its title tells (``matching.fair_themes``): no finding then.
    if not job.category and not job.industry and sector_of(job.employer, job.title, parent_unit=job.parent_unit,
                                                           exam_type=job.exam_type) is None:
        # A civil-service post's category is one of the three the law names, not a kind of work.
        yield JobFinding(job.id, "category", Check.CATEGORY_MISSING,
                         "未注明职位类别（也未注明行业）：毕业生无法按类别筛选，按行业办招聘会时也归不进任何一场；"
                         + category_fix(job))
    if not job.location:
        # Still missing: a key element must be stated; the place the names say is given so the
        # officer confirms it rather than looks it up (it ranks, never refuses: features.place_inference).
        inferred = job.inferred_location
        if inferred is not None and inferred.stated_in_words:  # 「工作地点：宝丰县」 in 备注: move it, not confirm a guess
            yield JobFinding(job.id, "location", Check.LOCATION_MISSING,
                             f"未在工作地点栏注明工作地点，{inferred.source}写明为{inferred.local or inferred.province}："
                             "请写入工作地点栏，写明到县（市、区）")
        else:
            yield JobFinding(job.id, "location", Check.LOCATION_MISSING,
                             f"未注明工作地点，据{inferred.source}推断为{inferred.local or inferred.province}：请核实后写明到县（市、区）"
                             if inferred else "未注明工作地点：请写明到县（市、区）")
    elif not specific_place_keys(job.location) & _KNOWN_PLACES:
        yield JobFinding(job.id, "location", Check.LOCATION_UNKNOWN,
                         f"工作地点「{_short(job.location)}」中没有可识别的地名（各省份、地级市，新疆和河南的县市），意向为所在省份或地区的毕业生"
                         "匹配不到：请写明省份和市县，如「湖北省武汉市」「喀什地区疏附县」", value=job.location)
    else:
        yield from contradiction_findings(job)
        yield from place_precision_findings(job)
        yield from remark_place_findings(job)
    if job.education.minimum is None and not job.education.any_level:
        raw = texts.get("education")
        yield JobFinding(job.id, "education", Check.EDUCATION_MISSING,
                         f"学历要求「{_short(raw)}」无法识别：请写成「本科及以上」「大专」「不限」等" if raw
                         else "未注明学历要求：请填写最低学历，不限请写「不限」", value=raw)
    if job.headcount is None:
        if not job.headcount_open:  # 「若干」 is a stated answer; an empty cell or 「/」「—」 is not
            yield JobFinding(job.id, "headcount", Check.HEADCOUNT_MISSING, "未注明招聘人数：请填写人数，人数不定请写「若干」")
    elif job.headcount == 0:
        yield JobFinding(job.id, "headcount", Check.HEADCOUNT_ZERO, "招聘人数为 0：岗位不招人或漏填人数，请填写实际人数或删除该岗位")
    elif job.headcount > max_headcount:
        yield JobFinding(job.id, "headcount", Check.HEADCOUNT_ABSURD,
                         f"招聘人数 {job.headcount} 超过 {max_headcount}：一个岗位很少招这么多人，请核对是否多写了位数或把多个岗位合计在一行")
    if not job.description.strip() and _VAGUE_TITLE.match(re.sub(r"\s+", "", job.title)):
        yield JobFinding(job.id, "description", Check.VAGUE_TITLE,
                         f"岗位名称「{_short(job.title)}」看不出做什么工作，又没有岗位描述：请补充主要职责", value=job.title)



def _majors(job: Job, read: Callable[[str], MajorRequirement]) -> Iterable[JobFinding]:
    if not job.majors_text or not job.majors_text.strip():
        return
    requirement = read(job.majors_text)
    if requirement.unrestricted or requirement.preferred:
        return
    text = _short(job.majors_text, 60)
    if not requirement.refs:
        yield JobFinding(job.id, "majors_text", Check.MAJORS_UNREADABLE,
                         f"专业要求「{text}」中读不出任何专业，系统无法判断哪些毕业生符合：请写专业目录中的名称或代码"
                         "（如 会计学、1202 工商管理类），不限请写「不限」")
        return
    # An exemption written among the majors (澳大利亚留学毕业生不限专业) is not a failed name, nor is a
    # widening tail (及相关专业), nor a certificate or experience asked in the same cell.
    unread = [p for p in requirement.unparsed
              if not _EXEMPTION.search(p) and not _WIDENING_TAIL.match(p.strip()) and not _NOT_A_MAJOR.search(p.strip())]
    other = [p for p in requirement.unparsed if not _EXEMPTION.search(p) and _NOT_A_MAJOR.search(p.strip())]
    if other:
        pieces = "」「".join(_short(p.strip(), 20) for p in other[:3])
        yield JobFinding(job.id, "majors_text", Check.MAJORS_OTHER_CONDITION,
                         f"专业要求中「{pieces}」是证书或经历要求，不是专业：写在专业栏时系统不核对它，"
                         "请移到其他要求栏")
    if unread:
        pieces = "」「".join(_short(p, 20) for p in unread[:3])
        yield JobFinding(job.id, "majors_text", Check.MAJORS_UNREADABLE,
                         f"专业要求中「{pieces}」读不出专业，所学专业属于此处的毕业生匹配不到：请改用专业目录中的名称或代码")


def _conditions(job: Job, read: Callable[[str, str], Sequence[Condition]]) -> Iterable[JobFinding]:
    """Condition cells with a needs-review part, one finding per column: read cell by cell
    with ``parse_cell``, as the rules engine reads them and ``benchmarks.rules_coverage``
    counts them (a cell is fully parsed when no condition is ``NEEDS_REVIEW``). Major
    columns are ``_majors``' concern."""
    # One finding per cell, its text as ``value``: two columns read under one name (gkld's cond:备注 and
    # other:说明, both 备注) are two cells, and a report names the one holding the text quoted.
    unread: dict[int, list[str]] = {}
    for index, (column, text) in enumerate(job.conditions):
        if column_key(column) in MAJOR_COLUMNS:
            continue
        for cond in read(column, text):
            if cond.kind is Kind.NEEDS_REVIEW:
                unread.setdefault(index, []).append(cond.text)
    for index, pieces in unread.items():
        column, text = job.conditions[index]
        shown = "」「".join(_short(p, 30) for p in pieces[:3]) + ("」等" if len(pieces) > 3 else "」")
        yield JobFinding(job.id, "conditions", Check.CONDITIONS_UNREAD,
                         f"{column_key(column)}中「{shown}系统无法自动判断，符合其他条件的毕业生对此岗位都只能得到「待核实」："
                         "请人工核对；能改写的请写成明确条件（如「35周岁以下」「限应届毕业生」），不是报考条件的说明请移入岗位描述",
                         key=column, value=text)


def _service_terms(job: Job, read: Callable[[str, str], Sequence[Condition]]) -> Iterable[JobFinding]:
    """A post stating two different service terms, in one cell or two (cells read as
    ``_conditions`` reads them; a job with no condition cells, in its description as the rules
    engine reads it). One finding per post, naming the terms and the cells they are in."""
    cells = [(c, t) for c, t in job.conditions if column_key(c) not in MAJOR_COLUMNS]
    conds = [cond for column, text in cells for cond in read(column, text)]
    if not job.conditions and job.description:
        conds = list(parse_posting_text(job.description))
    # A term for one named post (其中会计岗位须服务满5年) is this post's when its title names that post,
    # and compared; another post's term is no contradiction, and one the title leaves open is not counted.
    conds = with_post_scopes(conds, job.title, read)
    terms = [c for c in conds if c.kind is Kind.SERVICE_YEARS]
    years = sorted({c.payload.years for c in terms})
    if len(years) < 2:
        return
    columns = "、".join(dict.fromkeys(column_key(c.span.column) for c in terms))
    yield JobFinding(job.id, "conditions", Check.SERVICE_YEARS_DIFFER,
                     f"{columns}中写有不同的服务年限（{'、'.join(f'{n}年' for n in years)}：「"
                     f"{'」「'.join(dict.fromkeys(_short(c.text, 30) for c in terms))}」），毕业生按较长的{years[-1]}年理解："
                     "请只写一个服务年限；不同人员的年限不同的，请分别写明适用对象",
                     key=terms[0].span.column, value="；".join(dict.fromkeys(c.text for c in terms)))


def _duplicates(jobs: Sequence[Job], texts: Mapping[str, Mapping[str, str]]) -> Iterable[JobFinding]:
    """Jobs of one employer with the same title, location and requirements as an earlier one.

    A post the table gives its own 职位代码, or assigns to another 内设机构/科室 or 上级单位, is another post
    by the table's own word (gkld: 93 of 143 pairs differed in 职位代码 alone): those are compared too,
    the unit as ``Job.parent_unit`` and the code and department as the job keeps them (``Job.position_code``,
    ``Job.department``: stored jobs too, revision 0017), else as a file's cells (``texts``: ``position_code``,
    ``department``, ``service.record_sources.POST_KEY_HEADERS``)."""
    first: dict[tuple, str] = {}
    for job in jobs:
        if not job.employer:
            continue
        own = texts.get(job.id, {})
        code = job.position_code or own.get("position_code")
        key = (job.employer.strip(), job.title.strip(), job.location, job.education, job.degree, job.degree_matching, job.majors_text,
               tuple(sorted(job.conditions)), job.salary, job.description.strip(), (job.parent_unit or "").strip(),
               code, job.department or own.get("department"))
        if key in first:
            # Rows may still differ in a column not compared (考点, unread; the announcement, read for
            # 往年度公告 but not compared): say so, lest a real post be deleted. One 职位代码 is one post listed
            # twice (gkld: a police post in two announcements, 招录人数 15 in each): adding the headcounts up
            # would double it.
            merge = (f"二者职位代码相同（{code}），应是同一岗位重复列出的，请只保留一条，招聘人数不相加；" if code else
                     "确是同一岗位的请合并（人数相加），")
            yield JobFinding(job.id, "id", Check.DUPLICATE,
                             f"与岗位「{first[key]}」在系统读入的各项（单位、上级单位、名称、地点、学历学位、专业、报考条件、薪酬、描述，及原表的职位代码、科室）上完全相同，"
                             "毕业生分不清；系统未比较的列（如所属公告、招聘人数，及原表中未读入的考点、岗位标签）可能写有二者的区别，请先核对原表，"
                             f"不要直接删除：{merge}不同岗位请在名称或描述中写明区别",
                             value=first[key])  # the twin: a file's report names the columns the two differ in
        else:
            first[key] = job.id


def check_jobs(jobs: Sequence[Job], *, catalog: MajorCatalog, major_tables: MajorCodeTables | None = None,
               texts: Mapping[str, Mapping[str, str]] | None = None,
               min_pay: int = DEFAULT_MIN_PAY, max_pay: int = DEFAULT_MAX_PAY,
               max_headcount: int = DEFAULT_MAX_HEADCOUNT, today: dt.date | None = None,
               stale_after: int = DEFAULT_STALE_AFTER_DAYS) -> JobCheckReport:
    """Every finding of ``jobs``.

    ``catalog`` and ``major_tables`` read the major lists, as the rules engine does
    (``service.engine.load_rules_engine`` loads the same). ``texts`` maps a job id to the original cell texts of its typed
    fields (``service.record_sources.TYPED_FIELDS``: salary, headcount, education …), when
    the jobs come from a file: they name what could not be read; a row's ``position_code`` and ``department``
    cells tell its post from a twin (``_duplicates``). A job's pay as written
    (``Job.pay_text``, kept by stored jobs too, ``None`` for an empty cell) tells 「面议」 from an
    empty cell; the file's salary cell does not stand in for it, as a file in the API's shape
    states the pay apart (``pay_text``) and its ``salary`` is the pay in words. ``min_pay`` / ``max_pay``: the plausible monthly pay, in yuan. ``today``: the day
    deadlines and seasons are checked on (the service's day, as the rules engine's); ``None`` checks none.
    ``stale_after``: days after a post's update time (``Job.updated_on``, else ``texts``' ``updated``) a post with no
    deadline is asked about."""
    texts = texts or {}
    # Tables repeat cells (one 备注 over hundreds of posts): each distinct cell is read once.
    read_majors = functools.lru_cache(maxsize=None)(
        lambda text: parse_major_requirement(text, catalog, tables=major_tables))
    read_cell = functools.lru_cache(maxsize=None)(parse_cell)
    by_job: list[list[JobFinding]] = []
    for job in jobs:
        own = texts.get(job.id, {})
        # 工作类型 (全职, 兼职/临时, 实习): kept with the job (stored ones too), else the file's cell.
        work_type = job.work_type or own.get("work_type")
        found = [*_elements(job, own, max_headcount), *pay_findings(job, job.pay_text, min_pay, max_pay, work_type),
                 *title_pay_findings(job), *not_full_time_findings(job, work_type), *gender_findings(job),
                 *title_education_findings(job),
                 *_majors(job, read_majors), *_conditions(job, read_cell), *_service_terms(job, read_cell),
                 *experience_findings(job, read_cell)]
        by_job.append(found)
    duplicates = {f.job_id: f for f in _duplicates(jobs, texts)}
    per_check: dict[Check, list[JobFinding]] = {}
    for found in by_job:
        for f in found:
            per_check.setdefault(f.check, []).append(f)
    collapsed = {check for check, found in per_check.items()
                 if check in LIST_LEVEL_CHECKS and len(jobs) > 1 and len(found) > LIST_LEVEL_SHARE * len(jobs)}
    civil = {job.id for job in jobs if civil_service_recruitment(job)}
    head = [list_level(check, per_check[check], len(jobs),
                       inferred=_inferred_places(jobs) if check is Check.LOCATION_MISSING else None,
                       civil_service=sum(f.job_id in civil for f in per_check[check]))
            for check in Check if check in collapsed]
    updated = {job_id: own["updated"] for job_id, own in texts.items() if "updated" in own}
    by_announcement, closed = (dated_findings(jobs, today, updated=updated, stale_after=stale_after)
                               if today is not None else ([], {}))
    rest = []
    for job, found in zip(jobs, by_job):
        rest.extend(f for f in found if f.check not in collapsed)
        if job.id in duplicates:
            rest.append(duplicates[job.id])
        rest.extend(closed.get(job.id, ()))  # last, as ``with_closed`` adds it to a report kept across days
    return JobCheckReport(findings=tuple(head + by_announcement + rest), jobs_checked=len(jobs))


def _inferred_places(jobs: Sequence[Job]) -> dict[str, int]:
    """Jobs stating no location that their names place, by where the place was read (in the
    order the names are read), then those a remark places (「备注」, by the column it stood in)."""
    counts = dict.fromkeys((FROM_EMPLOYER, FROM_PARENT_UNIT, FROM_ANNOUNCEMENT), 0)
    for job in jobs:
        if not job.location and (inferred := job.inferred_location) is not None:
            counts[inferred.source] = counts.get(inferred.source, 0) + 1
    return counts


__all__ = ["CHECK_LABELS", "CHECK_SEVERITY", "Check", "DEFAULT_MAX_HEADCOUNT", "DEFAULT_MAX_PAY", "DEFAULT_MIN_PAY",
           "DEFAULT_STALE_AFTER_DAYS",
           "LIST_LEVEL_CHECKS", "LIST_LEVEL_SHARE", "JobCheckReport", "JobFinding", "Severity", "check_jobs",
           "with_closed"]
