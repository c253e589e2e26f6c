"""The records of a job-list check (``matching.job_checks``): what a check is called and how
grave it is (``Check``, ``Severity``), one finding (``JobFinding``) and a list's report
(``JobCheckReport``). Apart from the checks so that each group of checks (``matching.pay_checks``,
``matching.closing_checks``) and the grouping of findings (``matching.finding_groups``) can
build findings without importing the checker."""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass


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
    #: 「8-12万」: an amount in 万 that reads as a month's pay or a year's (``features.salary.unstated_period``).
    PAY_PERIOD_UNSTATED = "pay_period_unstated"
    #: A pay in the title (「产品助理 4k-8k」) that the pay cell contradicts (``matching.post_terms_checks``).
    TITLE_PAY_DIFFERS = "title_pay_differs"
    #: 兼职/临时 or 实习 by the 工作类型 column or the title (``matching.post_terms_checks``).
    NOT_FULL_TIME = "not_full_time"
    #: A title saying 实习生/兼职 beside a 工作类型 of 全职 (``matching.post_terms_checks``).
    TITLE_WORK_TYPE_DIFFERS = "title_work_type_differs"
    #: A 博士后 title whose 学历要求 admits less than a doctorate (``matching.post_terms_checks``).
    TITLE_EDUCATION_DIFFERS = "title_education_differs"
    #: 限男性, 女性优先 … in a post's conditions or title (``matching.post_terms_checks``).
    GENDER_LIMIT = "gender_limit"
    LOCATION_UNKNOWN = "location_unknown"
    #: A city with districts named, no district (``matching.place_checks``).
    LOCATION_CITY_ONLY = "location_city_only"
    #: A province named, nothing below it (``matching.place_checks``).
    LOCATION_PROVINCE_ONLY = "location_province_only"
    #: 工作地点 and a remark's 「工作地点：…」 name different places (``matching.place_checks``).
    LOCATION_REMARK_DIFFERS = "location_remark_differs"
    #: A place naming a county or city inside another it does not lie in (``matching.place_checks``).
    LOCATION_CONTRADICTS = "location_contradicts"
    MAJORS_UNREADABLE = "majors_unreadable"
    #: A certificate or experience written in the majors cell: read by no check there.
    MAJORS_OTHER_CONDITION = "majors_other_condition"
    CONDITIONS_UNREAD = "conditions_unread"
    SERVICE_YEARS_DIFFER = "service_years_differ"
    #: Years of work no graduate of the season has (``matching.experience_checks``).
    EXPERIENCE_YEARS = "experience_years"
    HEADCOUNT_ZERO = "headcount_zero"
    HEADCOUNT_ABSURD = "headcount_absurd"
    DUPLICATE = "duplicate"
    VAGUE_TITLE = "vague_title"
    CLOSED = "closed"
    SEASON_PAST = "season_past"
    #: A posting the file says was last updated long before the day checked (``matching.closing_checks``).
    UPDATE_STALE = "update_stale"
    #: A row the importer could not read (reported by the caller, not by ``check_jobs``).
    ROW_UNREADABLE = "row_unreadable"
    #: A row repeating an earlier row (same id, same record), read once (reported by the caller).
    ROW_REPEATED = "row_repeated"

    @property
    def label(self) -> str:
        return CHECK_LABELS[self]

    @property
    def severity(self) -> Severity:
        return CHECK_SEVERITY[self]

    @property
    def file_only(self) -> bool:
        """A check of a file's rows (``FILE_ONLY_CHECKS``), never found among stored jobs."""
        return self in FILE_ONLY_CHECKS


#: Checks of a file's rows, not of its jobs: said by the caller reading the file (``service.job_check_report``),
#: never by ``check_jobs``, so the check of stored jobs (``/job-checks``) cannot find them and offers no filter by them.
FILE_ONLY_CHECKS = frozenset({Check.ROW_UNREADABLE, Check.ROW_REPEATED})
CHECK_LABELS: Mapping[Check, str] = {
    Check.CATEGORY_MISSING: "缺职位类别", Check.LOCATION_MISSING: "缺工作地点", Check.PAY_MISSING: "缺薪酬待遇",
    Check.PAY_NEGOTIABLE: "薪酬面议", Check.EDUCATION_MISSING: "缺学历要求", Check.HEADCOUNT_MISSING: "缺招聘人数", Check.PAY_UNREADABLE: "薪酬无法识别",
    Check.PAY_PLACEHOLDER: "薪酬为占位值", Check.PAY_BELOW_FLOOR: "薪酬低于最低工资", Check.PAY_TOO_HIGH: "薪酬高得不合常理",
    Check.PAY_PERIOD_UNSTATED: "薪酬未写明月薪或年薪", Check.TITLE_PAY_DIFFERS: "岗位名称与薪酬栏的薪酬不一致",
    Check.NOT_FULL_TIME: "非全职岗位", Check.TITLE_WORK_TYPE_DIFFERS: "岗位名称与工作类型不一致",
    Check.TITLE_EDUCATION_DIFFERS: "岗位名称与学历要求不一致",
    Check.GENDER_LIMIT: "限定性别",
    Check.LOCATION_UNKNOWN: "工作地点无法识别", Check.LOCATION_CITY_ONLY: "工作地点只写到市",
    Check.LOCATION_PROVINCE_ONLY: "工作地点只写到省", Check.LOCATION_REMARK_DIFFERS: "工作地点与备注不一致",
    Check.LOCATION_CONTRADICTS: "工作地点前后矛盾",
    Check.MAJORS_UNREADABLE: "专业要求无法识别",
    Check.MAJORS_OTHER_CONDITION: "专业栏中有其他条件",
    Check.CONDITIONS_UNREAD: "报考条件无法识别", Check.SERVICE_YEARS_DIFFER: "服务年限前后不一",
    Check.EXPERIENCE_YEARS: "要求多年工作经验", Check.HEADCOUNT_ZERO: "招聘人数为 0",
    Check.HEADCOUNT_ABSURD: "招聘人数过大", Check.DUPLICATE: "疑似重复岗位", Check.VAGUE_TITLE: "岗位名称笼统且无描述",
    Check.CLOSED: "报名已截止", Check.SEASON_PAST: "招聘公告为往年度", Check.UPDATE_STALE: "信息更新已久", Check.ROW_UNREADABLE: "无法读入的行",
    Check.ROW_REPEATED: "重复的行（只读入一次）",
}  # fmt: skip
CHECK_SEVERITY: Mapping[Check, Severity] = {
    Check.CATEGORY_MISSING: Severity.HINT, Check.LOCATION_MISSING: Severity.WARNING,
    Check.PAY_MISSING: Severity.WARNING, Check.PAY_NEGOTIABLE: Severity.HINT, Check.EDUCATION_MISSING: Severity.WARNING,
    Check.HEADCOUNT_MISSING: Severity.HINT, Check.PAY_UNREADABLE: Severity.WARNING,
    Check.PAY_PLACEHOLDER: Severity.WARNING, Check.PAY_BELOW_FLOOR: Severity.ERROR,
    Check.PAY_TOO_HIGH: Severity.WARNING, Check.LOCATION_UNKNOWN: Severity.HINT,
    # 提示: the pay is read (as the message says), only perhaps not as meant.
    Check.PAY_PERIOD_UNSTATED: Severity.HINT, Check.TITLE_PAY_DIFFERS: Severity.HINT,
    # 提示: a part-time or intern post is lawful on a list; graduates and the school's 就业 statistics
    # must only not take it for employment.
    Check.NOT_FULL_TIME: Severity.HINT,
    Check.TITLE_WORK_TYPE_DIFFERS: Severity.HINT,
    # 提示: the post is read by its 学历要求 as stated; only which of the two is right needs the employer.
    Check.TITLE_EDUCATION_DIFFERS: Severity.HINT,
    # 提示, not 错误: a gender limit is lawful where state rules make the post unsuitable for one sex; the
    # checker cannot tell, the employer can (``matching.post_terms_checks``).
    Check.GENDER_LIMIT: Severity.HINT,
    # 提示: the post is found by a wish for its city all the same; only the graduate's choice needs more.
    Check.LOCATION_CITY_ONLY: Severity.HINT,
    # 提示 as a city alone: a wish for the province finds the post; the graduate cannot tell the city.
    Check.LOCATION_PROVINCE_ONLY: Severity.HINT,
    # 警告: wishes and the place filter read 工作地点 (a stated place wins), which the remark contradicts.
    Check.LOCATION_REMARK_DIFFERS: Severity.WARNING,
    # 警告: a wish for either place meets the post, and a graduate cannot tell which one it lies in.
    Check.LOCATION_CONTRADICTS: Severity.WARNING,
    Check.MAJORS_UNREADABLE: Severity.WARNING, Check.CONDITIONS_UNREAD: Severity.WARNING,
    # 警告: a graduate is neither refused nor told to confirm a certificate the majors cell asks.
    Check.MAJORS_OTHER_CONDITION: Severity.WARNING,
    # 警告: the post is not wrong to suggest (graduates are told the longer term), but they read
    # two commitments and the employer must say which one holds.
    Check.SERVICE_YEARS_DIFFER: Severity.WARNING,
    # 警告, not 错误: the post is not wrong (a graduate who worked before a master's may meet it), but
    # on a campus list graduates are suggested a post they can only get 「待核实」 on, and apply in vain.
    Check.EXPERIENCE_YEARS: Severity.WARNING,
    Check.HEADCOUNT_ZERO: Severity.ERROR, Check.HEADCOUNT_ABSURD: Severity.HINT,
    Check.DUPLICATE: Severity.WARNING, Check.VAGUE_TITLE: Severity.WARNING, Check.ROW_UNREADABLE: Severity.ERROR,
    # 警告, not 错误: the row is not wrong (the service already stops suggesting the post), and the
    # same file must not fail ``check-jobs`` (exit 1) tomorrow for passing today (a season's list).
    Check.CLOSED: Severity.WARNING, Check.SEASON_PAST: Severity.WARNING,
    # 警告 as a past season with no deadline: the post is still suggested, and a graduate applying to a post
    # filled months ago loses the application; only the employer knows, so the officer asks (no 错误: the
    # same file must not fail tomorrow for passing today).
    Check.UPDATE_STALE: Severity.WARNING,
    # 提示: nothing is lost (the row is the earlier row again), the file need only be tidied.
    Check.ROW_REPEATED: Severity.HINT,
}  # fmt: skip

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


def short(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut at ``limit`` characters with 「…」: a cell quoted in a message."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit] + "…"


__all__ = ["CHECK_LABELS", "CHECK_SEVERITY", "Check", "FILE_ONLY_CHECKS", "JobCheckReport", "JobFinding", "Severity",
           "short"]
