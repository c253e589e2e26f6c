"""Check a job list before it goes to graduates: are its key elements there, readable and
plausible (需求特征、职位类别、工作地点、薪酬待遇真实有效)?

``check_jobs(jobs, catalog=...)`` returns a ``JobCheckReport`` of typed findings, each naming
the job, the ``Job`` attribute, a severity (错误 / 警告 / 提示), a check code and a Chinese
message that says what is wrong and what to fix. Pure: no file, database or network; the
major catalog and code tables and the cells' original texts are handed in.

Each check exists for a loss to graduates or officers:

- a key element missing (category, location, pay, education, headcount): the ranker cannot
  weigh a graduate's wishes against it, and a graduate cannot judge the job;
- pay stated without an amount (面议, 按国家有关规定执行): a stated term, so only a 提示;
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
- headcount 0 (nobody is recruited) or absurd (a typo or a total of many posts);
- the same position under two ids: graduates apply twice, officers count it twice;
- a generic title (科员, 综合管理, 工作人员) without a description: nobody can tell the work;
- a deadline (报名截止日期) before the day checked: the post is no longer valid, and graduates
  are no longer suggested it (``matching.deadlines``); take it down or correct the date;
- no deadline, and an announcement of a past season (招聘公告为2021年度): two years or more before
  the day's year the post is closed as by a deadline, the year before graduates see it 待核实;
  either way the list should state this season's deadline or drop the post.

A check of a missing or unknown element that fires on more than half of a list is reported
once for the whole list (``job_id=None``, ``jobs`` = how many it covers): the table lacks the
column, or fills it for few rows, and the fix is the table's (the Henan civil-service table
has no pay, location or description column; flagging each of its 7,509 rows helps nobody).
Likewise a past season shared by most posts of one announcement (two or more) is reported once for
that announcement (``job_id=None``; ``job_ids`` names the posts, for a file's per-row detail): the
fix is the announcement's (its table is of a past season): gkld's 10,912 such rows read as 285
announcements and 75 single posts, not 10,912 lines.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from features.catalog import MajorCatalog
from features.intentions import PLACE_ALIASES
from features.major_codes import MajorCodeTables
from features.major_requirements import MajorRequirement, parse_major_requirement
from features.records import EmployerType, Job
from features.sectors import sector_of
from matching.deadlines import job_closed, season_closed_reason, season_stale
from matching.rules import Condition, Kind, parse_cell
from matching.rules.parser import MAJOR_COLUMNS, column_key
from matching.scoring import specific_place_keys

#: Lowest monthly pay, in yuan, that a full-time job may state. Default: the lowest of
#: Xinjiang's four tiers of the monthly minimum wage (1,900 / 1,700 / 1,620 / 1,540 yuan,
#: in force since 1 April 2021, as known when this was written): a lower figure is unlawful
#: for full-time work or a wrong unit (a daily or hourly rate written as monthly) wherever
#: in the region the job lies. Unconfirmed against a current notice (tiers are revised every
#: few years): set it from the notice in force where the jobs are (``--min-pay``).
DEFAULT_MIN_PAY = 1540
#: A monthly minimum from this much up is most likely annual pay or a typo (an extra 0):
#: 50,000 a month is far above what any graduate post in the real tables offers (the
#: highest monthly minimum of the 694 Wuhan postings with pay is 50,000, a 营销总监).
DEFAULT_MAX_PAY = 50_000
#: More than this many hires for one position is most likely a typo or a total over posts
#: (the gkld records: 99.9 % of positions hire 50 or fewer).
DEFAULT_MAX_HEADCOUNT = 500
#: A missing or unknown element on more than this share of a list is reported once for it; a
#: past season on more than this share of one announcement's posts, once for the announcement.
LIST_LEVEL_SHARE = 0.5


class Severity(enum.StrEnum):
    """错误: fix before the list goes out (exit code 1 of ``jobmatch check-jobs``);
    警告: graduates lose something; 提示: worth a look."""

    ERROR = "错误"
    WARNING = "警告"
    HINT = "提示"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class Check(enum.StrEnum):
    CATEGORY_MISSING = "category_missing"
    LOCATION_MISSING = "location_missing"
    PAY_MISSING = "pay_missing"
    PAY_NEGOTIABLE = "pay_negotiable"
    EDUCATION_MISSING = "education_missing"
    HEADCOUNT_MISSING = "headcount_missing"
    PAY_UNREADABLE = "pay_unreadable"
    PAY_PLACEHOLDER = "pay_placeholder"
    PAY_BELOW_FLOOR = "pay_below_floor"
    PAY_TOO_HIGH = "pay_too_high"
    LOCATION_UNKNOWN = "location_unknown"
    MAJORS_UNREADABLE = "majors_unreadable"
    CONDITIONS_UNREAD = "conditions_unread"
    HEADCOUNT_ZERO = "headcount_zero"
    HEADCOUNT_ABSURD = "headcount_absurd"
    DUPLICATE = "duplicate"
    VAGUE_TITLE = "vague_title"
    CLOSED = "closed"
    SEASON_PAST = "season_past"
    #: A row the importer could not read (reported by the caller, not by ``check_jobs``).
    ROW_UNREADABLE = "row_unreadable"

    @property
    def label(self) -> str:
        return CHECK_LABELS[self]

    @property
    def severity(self) -> Severity:
        return CHECK_SEVERITY[self]


CHECK_LABELS: Mapping[Check, str] = {
    Check.CATEGORY_MISSING: "缺职位类别", Check.LOCATION_MISSING: "缺工作地点", Check.PAY_MISSING: "缺薪酬待遇",
    Check.PAY_NEGOTIABLE: "薪酬面议", Check.EDUCATION_MISSING: "缺学历要求", Check.HEADCOUNT_MISSING: "缺招聘人数", Check.PAY_UNREADABLE: "薪酬无法识别",
    Check.PAY_PLACEHOLDER: "薪酬为占位值", Check.PAY_BELOW_FLOOR: "薪酬低于最低工资", Check.PAY_TOO_HIGH: "薪酬高得不合常理",
    Check.LOCATION_UNKNOWN: "工作地点无法识别", Check.MAJORS_UNREADABLE: "专业要求无法识别",
    Check.CONDITIONS_UNREAD: "报考条件无法识别", Check.HEADCOUNT_ZERO: "招聘人数为 0",
    Check.HEADCOUNT_ABSURD: "招聘人数过大", Check.DUPLICATE: "疑似重复岗位", Check.VAGUE_TITLE: "岗位名称笼统且无描述",
    Check.CLOSED: "报名已截止", Check.SEASON_PAST: "招聘公告为往年度", Check.ROW_UNREADABLE: "无法读入的行",
}  # fmt: skip
CHECK_SEVERITY: Mapping[Check, Severity] = {
    Check.CATEGORY_MISSING: Severity.HINT, Check.LOCATION_MISSING: Severity.WARNING,
    Check.PAY_MISSING: Severity.WARNING, Check.PAY_NEGOTIABLE: Severity.HINT, Check.EDUCATION_MISSING: Severity.WARNING,
    Check.HEADCOUNT_MISSING: Severity.HINT, Check.PAY_UNREADABLE: Severity.WARNING,
    Check.PAY_PLACEHOLDER: Severity.WARNING, Check.PAY_BELOW_FLOOR: Severity.ERROR,
    Check.PAY_TOO_HIGH: Severity.WARNING, Check.LOCATION_UNKNOWN: Severity.HINT,
    Check.MAJORS_UNREADABLE: Severity.WARNING, Check.CONDITIONS_UNREAD: Severity.WARNING,
    Check.HEADCOUNT_ZERO: Severity.ERROR, Check.HEADCOUNT_ABSURD: Severity.HINT,
    Check.DUPLICATE: Severity.WARNING, Check.VAGUE_TITLE: Severity.WARNING, Check.ROW_UNREADABLE: Severity.ERROR,
    # 警告, not 错误: the row is not wrong (the service already stops suggesting the post), and the
    # same file must not fail ``check-jobs`` (exit 1) tomorrow for passing today (a season's list).
    Check.CLOSED: Severity.WARNING, Check.SEASON_PAST: Severity.WARNING,
}  # fmt: skip
#: Checks reported once for the whole list when they fire on most of it (see the module docstring).
LIST_LEVEL_CHECKS = frozenset({Check.CATEGORY_MISSING, Check.LOCATION_MISSING, Check.PAY_MISSING, Check.PAY_NEGOTIABLE,
                               Check.EDUCATION_MISSING, Check.HEADCOUNT_MISSING, Check.LOCATION_UNKNOWN,
                               Check.VAGUE_TITLE})


@dataclass(frozen=True, slots=True)
class JobFinding:
    """One problem of one job (``job_id``), or of the whole list (``job_id=None``, covering
    ``jobs`` jobs). ``field`` is the ``Job`` attribute; ``key`` the condition's column name
    when ``field`` is ``conditions``; ``value`` the text found wanting, when there is one
    (a list-wide finding quotes a few). ``job_ids``: the jobs a finding of one announcement
    covers (empty for the others: a list-wide finding covers most of the list)."""

    job_id: str | None
    field: str
    check: Check
    message: str
    key: str | None = None
    jobs: int = 1
    value: str | None = None
    job_ids: tuple[str, ...] = ()

    @property
    def severity(self) -> Severity:
        return self.check.severity


@dataclass(frozen=True, slots=True)
class JobCheckReport:
    """The findings of one list, list-wide findings first, then in the jobs' order."""

    findings: tuple[JobFinding, ...]
    jobs_checked: int

    def affected(self) -> dict[Check, int]:
        """Jobs each check fired on (a job counts once per check), in ``Check`` order."""
        counts: Counter[Check] = Counter()
        seen: set[tuple[Check, str]] = set()
        for f in self.findings:
            if f.job_id is None:
                counts[f.check] += f.jobs
            elif (f.check, f.job_id) not in seen:
                seen.add((f.check, f.job_id))
                counts[f.check] += 1
        return {check: counts[check] for check in Check if counts[check]}

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def for_job(self, job_id: str) -> tuple[JobFinding, ...]:
        return tuple(f for f in self.findings if f.job_id == job_id)


# --- the checks, one job at a time ----------------------------------------------------

_KNOWN_PLACES = frozenset(key for keys in PLACE_ALIASES.values() for key in keys)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_INTERNSHIP = re.compile(r"实习|见习")
_EXEMPTION = re.compile(r"不限|均可|除外")
#: Titles that say nothing of the work: a civil-service grade (一级科员, 四级主任科员及以下) or a
#: generic post (综合管理岗, 工作人员), with the numbering tables add (综合管理岗一, 工作人员2, 专技（3）).
#: A bracket that names the work (专技（中医科）, 专技人员（政治教师）) tells it: not vague.
_VAGUE_TITLE = re.compile(
    r"^(?:[一二三四]级)?(?:主任)?(?:科员|办事员|职员|文员|工作人员|综合管理|综合业务|综合|管理|业务|专业技术|专技|"
    r"普通|综合文字|综合事务|综合服务|行政管理)(?:岗位?|人员|职位)?(?:及以下)?"
    r"[一二三四五六七八九十0-9A-Za-z]*(?:岗位?)?(?:[（(][一二三四五六七八九十0-9A-Za-z]*[）)])?$"
)


def _short(text: str, limit: int = 40) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit] + "…"


#: A pay cell without an amount that still states the terms: 面议 (to be agreed), or pay by the
#: state's scales (按国家有关规定执行, as public institutions write). Such a post answered the
#: question, lawfully and commonly; graduates only cannot compare it, so it is a 提示 (``PAY_NEGOTIABLE``),
#: not the 警告 of a cell left empty or prose with no terms (待遇从优, 详见公告).
_STATED_TERMS = re.compile(r"面议|面谈|协商|商议|商定|按.{0,12}(?:规定|标准|政策)")


def _pay(job: Job, raw: str | None, min_pay: int, max_pay: int) -> Iterable[JobFinding]:
    """``raw``: the pay cell as written (``Job.pay_text``, read from the file and stored with the job);
    ``None``: empty, so an unknown pay of 「面议」 and of an empty cell are told apart."""
    low, high = job.salary.minimum, job.salary.maximum
    if low is None and high is None:
        if raw is None:
            yield JobFinding(job.id, "salary", Check.PAY_MISSING, "未注明薪酬待遇：请填写月薪范围（如 5000-7000 元/月）")
        elif (numbers := _NUMBER.findall(raw)) and all(float(n) == 0 for n in numbers):
            yield JobFinding(job.id, "salary", Check.PAY_PLACEHOLDER,
                             f"薪酬「{_short(raw)}」是占位值，不是实际待遇：请填写月薪范围", value=raw)
        elif numbers:
            yield JobFinding(job.id, "salary", Check.PAY_UNREADABLE,
                             f"薪酬「{_short(raw)}」中读不出月薪：请写成「5000-7000元/月」或「年薪10万」这样的金额",
                             value=raw)
        elif _STATED_TERMS.search(raw):
            yield JobFinding(job.id, "salary", Check.PAY_NEGOTIABLE,
                             f"薪酬写的是「{_short(raw)}」，没有金额：毕业生无法按期望薪酬比较和筛选，"
                             "建议注明月薪范围（可写「5000-7000元/月，面议」）", value=raw)
        else:
            yield JobFinding(job.id, "salary", Check.PAY_MISSING,
                             f"薪酬「{_short(raw)}」没有金额，毕业生无从比较：请填写月薪范围", value=raw)
        return
    said = f"「{_short(raw)}」" if raw else job.salary.describe()
    top = high if high is not None else low
    if _INTERNSHIP.search(job.title) or job.employer_type is EmployerType.INTERNSHIP:
        pass  # an intern's allowance is not a wage: the minimum wage does not bind it
    elif top is not None and top < min_pay:
        yield JobFinding(job.id, "salary", Check.PAY_BELOW_FLOOR,
                         f"薪酬{said}折合月薪最高 {top} 元，低于最低工资标准 {min_pay} 元：请核对金额和单位（日薪、时薪须注明）")
    elif low is not None and low < min_pay:
        yield JobFinding(job.id, "salary", Check.PAY_BELOW_FLOOR,
                         f"薪酬{said}折合月薪最低 {low} 元，低于最低工资标准 {min_pay} 元：请核对下限")
    if low is not None and low > max_pay:
        yield JobFinding(job.id, "salary", Check.PAY_TOO_HIGH,
                         f"薪酬{said}折合月薪至少 {low} 元，高得不合常理：若是年薪请注明「年薪」，否则请核对位数")


def _elements(job: Job, texts: Mapping[str, str], max_headcount: int) -> Iterable[JobFinding]:
    # A post with neither still joins the industry fair of the system its employer's name, the
    # unit above it, its 考试类型 or its title tells (``matching.fair_themes``): no finding then.
    if not job.category and not job.industry and sector_of(job.employer, job.title, parent_unit=job.parent_unit,
                                                           exam_type=job.exam_type) is None:
        yield JobFinding(job.id, "category", Check.CATEGORY_MISSING,
                         "未注明职位类别（也未注明行业）：毕业生无法按类别筛选，按行业办招聘会时也归不进任何一场；"
                         "请填写（如 教师、医生、会计、管理岗）")
    if not job.location:
        yield JobFinding(job.id, "location", Check.LOCATION_MISSING, "未注明工作地点：请写明到县（市、区）")
    elif not specific_place_keys(job.location) & _KNOWN_PLACES:
        yield JobFinding(job.id, "location", Check.LOCATION_UNKNOWN,
                         f"工作地点「{_short(job.location)}」中没有可识别的地名（新疆各县市、各省份），意向为所在省份或地区的毕业生"
                         "匹配不到：请写明省份和市县，如「湖北省武汉市」「喀什地区疏附县」", value=job.location)
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


def _closed(job: Job, today: dt.date | None) -> Iterable[JobFinding]:
    """A post closed on ``today`` (``matching.deadlines.job_closed``), or one whose season, with
    no deadline stated, may have closed (graduates see it 待核实)."""
    if today is None:
        return
    if job.apply_by is not None:
        if job_closed(job, today):
            yield JobFinding(job.id, "apply_by", Check.CLOSED, f"报名已截止（{job.apply_by.isoformat()}）：请下架或更新截止日期",
                             value=job.apply_by.isoformat())
    elif job_closed(job, today):
        yield JobFinding(job.id, "season_year", Check.SEASON_PAST,
                         f"{season_closed_reason(job.season_year)}，已不再推荐给毕业生：请下架，或填写本期的报名截止日期",
                         value=str(job.season_year))
    elif season_stale(job, today):
        yield JobFinding(job.id, "season_year", Check.SEASON_PAST,
                         f"招聘公告为{job.season_year}年度，报名可能已经结束（毕业生看到「待核实」）：请核实后填写报名截止日期或下架",
                         value=str(job.season_year))


def _announcement_level(announcement: str | None, year: int, members: Sequence[Job], of: int,
                        today: dt.date) -> JobFinding:
    """The past-season finding of ``members``, posts of one announcement (``of`` posts in the list)."""
    named = f"招聘公告「{_short(announcement, 60)}」（{year}年度）" if announcement else f"招聘年度为{year}年（未注明招聘公告）"
    count = f"{len(members):,} 个岗位" if len(members) == of else f"{of:,} 个岗位中的 {len(members):,} 个"
    if job_closed(members[0], today):
        verdict = "报名早已结束，已不再推荐给毕业生：请整批下架，或填写本期的报名截止日期"
    else:
        verdict = "报名可能已经结束（毕业生看到「待核实」）：请核实后填写报名截止日期或整批下架"
    return JobFinding(None, "season_year", Check.SEASON_PAST, f"{named}：{count}未注明报名截止日期，{verdict}",
                      jobs=len(members), value=str(year), job_ids=tuple(job.id for job in members))


def _dated(jobs: Sequence[Job], today: dt.date | None) -> tuple[list[JobFinding], dict[str, list[JobFinding]]]:
    """The findings that depend on ``today`` (``_closed``): one per announcement whose posts are
    (nearly) all of a past season, and each job's own (job id → findings)."""
    own = {job.id: found for job in jobs if (found := list(_closed(job, today)))}
    past: dict[tuple[str | None, int], list[Job]] = {}
    for job in jobs:
        if any(f.check is Check.SEASON_PAST for f in own.get(job.id, ())):
            past.setdefault((job.announcement, job.season_year), []).append(job)
    if not past:
        return [], own
    sizes = Counter((job.announcement, job.season_year) for job in jobs)
    head = []
    for (announcement, year), members in past.items():
        if len(members) < 2 or len(members) <= LIST_LEVEL_SHARE * sizes[announcement, year]:
            continue
        head.append(_announcement_level(announcement, year, members, sizes[announcement, year], today))
        for job in members:
            own[job.id] = [f for f in own[job.id] if f.check is not Check.SEASON_PAST]
    return head, own


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
    # An exemption written among the majors (澳大利亚留学毕业生不限专业) is not a failed name.
    unread = [p for p in requirement.unparsed if not _EXEMPTION.search(p)]
    if unread:
        pieces = "」「".join(_short(p, 20) for p in unread[:3])
        yield JobFinding(job.id, "majors_text", Check.MAJORS_UNREADABLE,
                         f"专业要求中「{pieces}」读不出专业，所学专业属于此处的毕业生匹配不到：请改用专业目录中的名称或代码")


def _conditions(job: Job, read: Callable[[str, str], Sequence[Condition]]) -> Iterable[JobFinding]:
    """Condition cells with a needs-review part, one finding per column: read cell by cell
    with ``parse_cell``, as the rules engine reads them and ``benchmarks.rules_coverage``
    counts them (a cell is fully parsed when no condition is ``NEEDS_REVIEW``). Major
    columns are ``_majors``' concern."""
    unread: dict[str, list[str]] = {}
    for column, text in job.conditions:
        if column_key(column) in MAJOR_COLUMNS:
            continue
        for cond in read(column, text):
            if cond.kind is Kind.NEEDS_REVIEW:
                unread.setdefault(column, []).append(cond.text)
    for column, pieces in unread.items():
        shown = "」「".join(_short(p, 30) for p in pieces[:3]) + ("」等" if len(pieces) > 3 else "」")
        yield JobFinding(job.id, "conditions", Check.CONDITIONS_UNREAD,
                         f"{column_key(column)}中「{shown}系统无法自动判断，符合其他条件的毕业生对此岗位都只能得到「待核实」："
                         "请人工核对；能改写的请写成明确条件（如「35周岁以下」「限应届毕业生」），不是报考条件的说明请移入岗位描述",
                         key=column)


def _duplicates(jobs: Sequence[Job]) -> Iterable[JobFinding]:
    """Jobs of one employer with the same title, location and requirements as an earlier one."""
    first: dict[tuple, str] = {}
    for job in jobs:
        if not job.employer:
            continue
        key = (job.employer.strip(), job.title.strip(), job.location, job.education, job.degree, job.majors_text,
               tuple(sorted(job.conditions)), job.salary, job.description.strip())
        if key in first:
            # On the gkld records 12 of 20 such pairs differ in a column the importer does not
            # read (科室, 内设机构, 考点, the announcement): say so, lest a real post be deleted.
            yield JobFinding(job.id, "id", Check.DUPLICATE,
                             f"与岗位「{first[key]}」在系统读入的各项（单位、名称、地点、学历学位、专业、报考条件、薪酬、描述）上完全相同，"
                             "毕业生分不清；原表中系统未读入的列（如科室、内设机构、考点、所属公告）可能写有二者的区别，请先核对原表，"
                             "不要直接删除：确是同一岗位的请合并（人数相加），不同岗位请在名称或描述中写明区别")
        else:
            first[key] = job.id


def _list_level(check: Check, findings: list[JobFinding], total: int) -> JobFinding:
    what = {
        Check.CATEGORY_MISSING: "未注明职位类别", Check.LOCATION_MISSING: "未注明工作地点",
        Check.PAY_MISSING: "未注明薪酬金额", Check.PAY_NEGOTIABLE: "的薪酬只写了面议或按规定执行，没有金额",
        Check.EDUCATION_MISSING: "学历要求缺失或无法识别",
        Check.HEADCOUNT_MISSING: "未注明招聘人数", Check.LOCATION_UNKNOWN: "工作地点中没有可识别的地名（新疆各县市、各省份）",
        Check.VAGUE_TITLE: "的名称看不出做什么工作（科员、综合管理、工作人员等），又没有岗位描述",
    }[check]
    samples = list(dict.fromkeys(_short(f.value, 20) for f in findings if f.value))[:3]
    example = f"，如「{'」「'.join(samples)}」" if samples else ""
    fix = {
        Check.LOCATION_UNKNOWN: "请写明省份和市县",
        Check.VAGUE_TITLE: "请补充岗位描述（主要职责）",
        Check.PAY_NEGOTIABLE: "建议注明月薪范围",
    }.get(check, "请逐行填写（表中没有该列的，先补上该列）")
    return JobFinding(None, findings[0].field, check,
                      f"{len(findings)} / {total} 个岗位{what}{example}：{'全部' if len(findings) == total else '多数'}岗位如此，"
                      f"按整表报告一次；{fix}",
                      jobs=len(findings))


def check_jobs(jobs: Sequence[Job], *, catalog: MajorCatalog, major_tables: MajorCodeTables | None = None,
               texts: Mapping[str, Mapping[str, str]] | None = None,
               min_pay: int = DEFAULT_MIN_PAY, max_pay: int = DEFAULT_MAX_PAY,
               max_headcount: int = DEFAULT_MAX_HEADCOUNT, today: dt.date | None = None) -> JobCheckReport:
    """Every finding of ``jobs``.

    ``catalog`` and ``major_tables`` read the major lists, as the rules engine does
    (``service.engine.load_rules_engine`` loads the same). ``texts`` maps a job id to the original cell texts of its typed
    fields (``service.record_sources.TYPED_FIELDS``: salary, headcount, education …), when
    the jobs come from a file: they name what could not be read. A job's pay as written
    (``Job.pay_text``, kept by stored jobs too, ``None`` for an empty cell) tells 「面议」 from an
    empty cell; the file's salary cell does not stand in for it, as a file in the API's shape
    states the pay apart (``pay_text``) and its ``salary`` is the pay in words. ``min_pay`` / ``max_pay``: the plausible monthly pay, in yuan. ``today``: the day
    deadlines and seasons are checked on (the service's day, as the rules engine's); ``None`` checks none."""
    texts = texts or {}
    # Tables repeat cells (one 备注 over hundreds of posts): each distinct cell is read once.
    read_majors = functools.lru_cache(maxsize=None)(
        lambda text: parse_major_requirement(text, catalog, tables=major_tables))
    read_cell = functools.lru_cache(maxsize=None)(parse_cell)
    by_job: list[list[JobFinding]] = []
    for job in jobs:
        own = texts.get(job.id, {})
        found = [*_elements(job, own, max_headcount), *_pay(job, job.pay_text, min_pay, max_pay),
                 *_majors(job, read_majors), *_conditions(job, read_cell)]
        by_job.append(found)
    duplicates = {f.job_id: f for f in _duplicates(jobs)}
    per_check: dict[Check, list[JobFinding]] = {}
    for found in by_job:
        for f in found:
            per_check.setdefault(f.check, []).append(f)
    collapsed = {check for check, found in per_check.items()
                 if check in LIST_LEVEL_CHECKS and len(jobs) > 1 and len(found) > LIST_LEVEL_SHARE * len(jobs)}
    head = [_list_level(check, per_check[check], len(jobs)) for check in Check if check in collapsed]
    by_announcement, closed = _dated(jobs, today) if today is not None else ([], {})
    rest = []
    for job, found in zip(jobs, by_job):
        rest.extend(f for f in found if f.check not in collapsed)
        if job.id in duplicates:
            rest.append(duplicates[job.id])
        rest.extend(closed.get(job.id, ()))  # last, as ``with_closed`` adds it to a report kept across days
    return JobCheckReport(findings=tuple(head + by_announcement + rest), jobs_checked=len(jobs))


def with_closed(report: JobCheckReport, jobs: Sequence[Job], today: dt.date) -> JobCheckReport:
    """``report`` (of ``jobs``, checked without a day) with the postings closed on ``today``, each
    after its job's other findings. Nothing else in a report depends on the day, so a service
    keeps the report across days and adds these: a date comparison a job, not seconds of
    reading conditions again."""
    by_announcement, closed = _dated(jobs, today)
    if not closed and not by_announcement:
        return report
    own: dict[str, list[JobFinding]] = {}
    for f in report.findings:
        if f.job_id is not None:
            own.setdefault(f.job_id, []).append(f)
    rest = []
    for job in jobs:
        rest.extend(own.pop(job.id, ()))
        rest.extend(closed.pop(job.id, ()))
    rest.extend(f for found in own.values() for f in found)  # none: every finding names one of ``jobs``
    return JobCheckReport(findings=tuple(f for f in report.findings if f.job_id is None) + tuple(by_announcement)
                          + tuple(rest),
                          jobs_checked=report.jobs_checked)


__all__ = ["CHECK_LABELS", "CHECK_SEVERITY", "Check", "DEFAULT_MAX_HEADCOUNT", "DEFAULT_MAX_PAY", "DEFAULT_MIN_PAY",
           "JobCheckReport", "JobFinding", "Severity", "check_jobs", "with_closed"]
