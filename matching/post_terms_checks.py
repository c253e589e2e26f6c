"""Job checks of what a post says of its terms beside the key elements: a post that is not full-time
employment (兼职/临时, 实习), a gender limit, a pay in the title that the pay cell contradicts, and a 博士后
title whose 学历要求 admits less than a doctorate. All are 提示: the post is not wrong to list, but graduates (and the school's 就业 statistics)
would read it wrongly, or the limit needs a lawful ground the checker cannot see. One job at a time;
``matching.job_checks`` runs them with the other checks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import NamedTuple

from features.education import EducationLevel
from features.records import EmployerType, Job, SalaryRange
from features.salary import parse_salary
from matching.civil_service import civil_service_exam
from matching.job_findings import Check, JobFinding
from matching.job_findings import short as _short
from matching.pay_checks import PART_TIME, TRAINEE

# --- not full-time -------------------------------------------------------------------------

#: A title saying the post is part-time or an internship. 「可兼职」「可招实习生」「应届生实习生」 offer it
#: beside a full-time post (Wuhan's 「SCI医学编辑（可兼职）」 is 全职 by its 工作类型): not read from a
#: title when the table's 工作类型 says 全职 or the title offers it (可/或/接受).
_TITLE_PART_TIME = re.compile(r"(?<![可或受])(?:兼职|临时工|小时工|钟点工)")
#: Not 研究实习员 or 实习研究员 (a research grade, 初级职称, full-time), nor 实习中心 / 实训实习 (a place).
_TITLE_TRAINEE = re.compile(r"(?<![可或受招训])(?:实习|见习)(?:生|岗位?|护士|医生|教师)?(?![员实]|研究|中心|基地|指导|管理|带教|转正)")


def not_full_time_findings(job: Job, work_type: str | None) -> Iterable[JobFinding]:
    """兼职/临时 or 实习 by the 工作类型 cell (``work_type``, when the file has the column), else by the
    title; a trainee employer (``EmployerType.INTERNSHIP``, 就业见习基地) too. 校园 (campus hiring) is full-time."""
    kind = None
    if work_type and work_type.strip():
        field = "work_type"  # the 工作类型 cell said it: a report names that column, not 岗位名称
        if PART_TIME.search(work_type):
            kind = "兼职/临时"
        elif TRAINEE.search(work_type):
            kind = "实习"
        else:
            yield from _title_against_work_type(job, work_type)
        said = f"工作类型为「{_short(work_type, 12)}」"
    else:
        title = re.sub(r"\s+", "", job.title)
        part_time, trainee = bool(_TITLE_PART_TIME.search(title)), bool(_TITLE_TRAINEE.search(title))
        if part_time:
            kind = "兼职/临时"
        elif trainee or job.employer_type is EmployerType.INTERNSHIP:
            kind = "实习/见习"
        said = (f"岗位名称「{_short(job.title, 24)}」" if part_time or trainee
                else f"单位性质为「{EmployerType.INTERNSHIP.value}」")
        field = "title" if part_time or trainee else "employer_type"
    if kind is None:
        return
    # The 工作类型 column alone says it: the post's own name and description should too. A title saying
    # it already tells graduates; the officer need only not count it among full-time posts.
    fix = ("请在岗位名称或描述中写明用工形式和工作时间，以免毕业生误作全职岗位签约" if work_type
           else "统计就业岗位时不宜计为全职岗位")
    yield JobFinding(job.id, field, Check.NOT_FULL_TIME,
                     f"{said}，是{kind}岗位，不是全职就业（毕业生据此登记毕业去向时须按实际用工形式核实）：{fix}",
                     value=work_type or job.title)


def _title_against_work_type(job: Job, work_type: str) -> Iterable[JobFinding]:
    """A title saying 实习生 or 兼职 (「新媒体运营实习生」「兼职写作」) beside a 工作类型 of 全职: the post is read as
    full-time (the column is the table's own statement), but a graduate reading the title takes it for the
    other, and which is right only the employer knows. Not 实习指导教师 or 可兼职 (``_TITLE_TRAINEE``,
    ``_TITLE_PART_TIME``)."""
    if "全职" not in work_type:
        return  # 校园 (campus hiring) names no form of work a title could contradict
    title = re.sub(r"\s+", "", job.title)
    said = "兼职" if _TITLE_PART_TIME.search(title) else "实习" if _TITLE_TRAINEE.search(title) else None
    if said is None:
        return
    yield JobFinding(job.id, "title", Check.TITLE_WORK_TYPE_DIFFERS,
                     f"岗位名称「{_short(job.title, 24)}」写的是{said}岗位，工作类型却为「{_short(work_type, 12)}」，"
                     f"毕业生分不清用工形式：请用人单位改正其一（确是{said}的，工作类型改为"
                     f"{'兼职/临时' if said == '兼职' else '实习'}；确是全职的，岗位名称去掉「{said}」字样）",
                     value=job.title)


# --- gender limits ------------------------------------------------------------------------

#: A limit or a preference by sex: 限男性, 仅限女, 只招男生, 男性优先, 女士优先. Not 「男性55周岁及以下、女性50周岁」
#: (an age per sex), 「看管男性罪犯」 (the work), 「适合男性报考」 (advice, no limit).
_GENDER_LIMIT = re.compile(r"(?:(?:仅|只)?限(?:于)?|只招|仅招|只要)(男|女)(?:性|生|士)?(?![性子]?罪犯|子监狱)"
                           r"|(男|女)(?:性|生|士)?优先")
#: Posts state rules make unsuitable for one sex, or whose limit is the exam's lawful condition: police
#: (公安, 特警, 司法警察), prisons and detention (监狱, 看守所, 戒毒, 拘留所). 《人民警察法》 and the
#: 公务员录用 rules let such tables state 限男性.
_LAWFUL_BY_POST = re.compile(r"公安|警察|特警|民警|警务|辅警|监狱|看守所|戒毒|拘留所|强制隔离|消防救援|武警")


def _exam_condition(job: Job) -> bool:
    names = (job.employer, job.title, job.parent_unit, job.category, job.exam_type)
    if any(_LAWFUL_BY_POST.search(text or "") for text in names):
        return True
    # A civil-service exam's table: the limit is set and approved with the exam's table by the
    # 组织部门/公务员主管部门, and goes out whole; the campus service cannot change it.
    return civil_service_exam(job)


def gender_findings(job: Job) -> Iterable[JobFinding]:
    """A gender limit in a condition cell or the title, except where ``_exam_condition`` says it is
    lawful or not the employer's to change. One finding per post, naming the first cell."""
    cells = [(column, text) for column, text in job.conditions] + [("岗位名称", job.title)]
    for column, text in cells:
        m = _GENDER_LIMIT.search(re.sub(r"\s+", "", text or ""))
        if m is None:
            continue
        if _exam_condition(job):
            return
        yield JobFinding(job.id, "conditions" if column != "岗位名称" else "title", Check.GENDER_LIMIT,
                         f"{column}中写有「{m.group(0)}」：《就业促进法》《妇女权益保障法》禁止以性别为由限制录用或提高录用标准，"
                         "国家规定不适合某一性别的工种、岗位除外：请用人单位确认该限制有法定依据并注明依据；"
                         "没有依据的请删去", key=column if column != "岗位名称" else None, value=text)
        return


# --- pay in the title ---------------------------------------------------------------------

#: A pay in a title: 「4k-8k」「10K-15K」「7K-13k/月」「12k+」「月入8000」「8000-10000」「8000起步」「年薪 7W 起」. An
#: amount needs a unit (k, 千, 万, w; 元), a pay word before it, four-digit bounds of a range or, bare, four or five
#: digits and 起 (「8000起步」); not an id 「(J10458)」. Matched in the title's NFKC form, as ``parse_salary`` reads a
#: cell (「年薪７Ｗ起」 is 「年薪7W起」); a space or colon may stand after the pay word and before 起/以上/+.
_AMOUNT = r"\d+(?:\.\d+)?\s*(?:[kK千万wW])?"
_TITLE_PAY = re.compile(
    r"(?<![A-Za-z0-9.])(?P<pay>(?:(?:月入|月薪|年薪|薪资|工资|综合|年|月)\s*[:：]?\s*)?" + _AMOUNT
    + r"(?:\s*[-~～—至到]\s*" + _AMOUNT + r")?(?:\s*元)?(?:/月)?(?:\s*(?:\+|起步?|以上))?)"
    r"(?![A-Za-z0-9.]|人|年|届|天|小时|个|岁)")
#: A bare amount that is a pay only because 起 follows it (「新媒体运营8000起步」): not 「1000+门店」 nor 「2000以上」.
_BARE_FROM = re.compile(r"^\d{4,5}起步?$")
#: Base pay (底薪, 无责, 保底) is part of the pay, a bonus (奖金) beside it: neither contradicts a range.
_NOT_THE_PAY = re.compile(r"(?:底薪|无责|保底|责任底薪|提成|奖[金励]?|补贴|\+)\s*$")
_TOLERANCE = 0.1


class _TitlePay(NamedTuple):
    """A pay read from a title: as written, its monthly bounds (``parse_salary``), and whether it was a year's."""

    text: str
    low: int | None
    high: int | None
    yearly: bool

    def reading(self) -> str:
        """How it was read, for the message: 「年薪7万起，折合月薪约5,833元起」「月薪4,000-8,000元」."""
        def bounds(low: int | None, high: int | None, money: Callable[[int], str]) -> str:
            if high is None:
                return f"{money(low)}起" if low is not None else ""
            if low is None:
                return f"最高{money(high)}"
            return money(low) if low == high else f"{money(low).removesuffix('元')}-{money(high)}"

        month = lambda n: f"{n:,}元"  # noqa: E731
        if not self.yearly:
            return "月薪" + bounds(self.low, self.high, month)
        wan = lambda n: f"{n * 12 / 10_000:.1f}".removesuffix(".0") + "万"  # noqa: E731
        return f"年薪{bounds(self.low, self.high, wan)}，折合月薪约{bounds(self.low, self.high, month)}"


def _title_pay(title: str) -> _TitlePay | None:
    title = unicodedata.normalize("NFKC", title)
    for m in _TITLE_PAY.finditer(title):
        text = m.group("pay")
        if _NOT_THE_PAY.search(title[: m.start()]) or re.match(r"\s*奖", title[m.end():]):
            continue
        unit = re.search(r"[kK千万wW元]", text) or _BARE_FROM.match(text)
        ranged = re.search(r"\d{4,}\s*[-~～—至到]\s*\d{4,}", text)
        worded = re.match(r"月入|月薪|年薪|薪资|工资", text)
        if not (unit or ranged or worded):
            continue
        try:
            # 「年15-25W+」「月1W+」: the period said before the amount, as a pay word would.
            said = re.sub(r"^年(?!薪)", "年薪", re.sub(r"^(?:月入|综合|月(?!薪))", "", text)).replace("起步", "起")
            read = parse_salary(said)
        except ValueError:
            continue
        if read.minimum is None and read.maximum is None:
            continue
        return _TitlePay(text, read.minimum, read.maximum, yearly=_yearly(said, read))
    return None


def _yearly(said: str, read: SalaryRange) -> bool:
    """Whether ``parse_salary`` read ``said`` as a year's pay: 年 in it, or (「20-30万」) an amount as written
    more than six times the monthly bound it gave (a year's is twelve times; the upper bound's amount: it carries
    its unit)."""
    if "年" in said:
        return True
    amounts = re.findall(r"(\d+(?:\.\d+)?)\s*([kK千万wW])?", said)
    bound = read.maximum if read.maximum is not None else read.minimum
    if not amounts or not bound:
        return False
    number, unit = amounts[-1] if read.maximum is not None else amounts[0]
    return float(number) * {"k": 1_000, "千": 1_000, "万": 10_000, "w": 10_000}.get(unit.lower(), 1) > 6 * bound


def _off(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and abs(a - b) > _TOLERANCE * b


def _outside(amount: int, low: int | None, high: int | None) -> bool:
    """``amount`` below the range ``low``-``high`` or above it, by more than a tenth."""
    return ((low is not None and amount < low * (1 - _TOLERANCE))
            or (high is not None and amount > high * (1 + _TOLERANCE)))


def title_pay_findings(job: Job) -> Iterable[JobFinding]:
    """A title's pay (``_title_pay``) against the pay read from the pay cell: a range whose bounds differ by
    more than a tenth; one amount, or an open lower bound (「年薪7w起」「月1W+」), outside the cell's range.

    An open bound inside the cell's range agrees with it: the title names where the pay starts for those it
    hopes to draw, the cell the whole band (Wuhan's 「小学数学编辑（年薪7w起）」, 5,833 a month, in 「5千-1万」).
    Before, it was held to the cell's lower bound and flagged as a contradiction. Against a cell that is open
    too (「5000元起」) the two lower bounds are compared, as before."""
    found = _title_pay(job.title)
    low, high = job.salary.minimum, job.salary.maximum
    if found is None or (low is None and high is None):
        return
    t_low, t_high = found.low, found.high
    if t_low is not None and (t_high == t_low or (t_high is None and high is not None)):  # inside the range
        differs = _outside(t_low, low, high)
    else:
        differs = _off(t_low, low) or _off(t_high, high)
    if not differs:
        return
    yield JobFinding(job.id, "salary", Check.TITLE_PAY_DIFFERS,
                     f"岗位名称写「{found.text}」（{found.reading()}），薪酬栏为「{_short(job.pay_text or job.salary.describe(), 20)}」"
                     f"（月薪 {job.salary.describe()}），二者不一致：毕业生按薪酬栏筛选和比较，请改成一致的金额",
                     value=job.title)


# --- title against education ----------------------------------------------------------------

#: A post-doctorate (博士后) is by definition held by a doctor. Not a post that serves postdocs
#: (「博士后管理专员」「博士后工作站秘书」): its own education is another matter. 「硕士」「研究生」 in a title
#: are not read: 「研究生辅导员」「专业硕士项目中心教务」 name whom the post serves, not its holder.
_TITLE_POSTDOC = re.compile(r"博士后")
#: Read after 「博士后」 only: 「工商管理博士后」「公共管理博士后」 are postdocs of a discipline, not their staff;
#: so are 「博士后（行政管理方向）」「博士后研究人员（公共管理）」「博士后-管理科学与工程」: a discipline in brackets,
#: a research post, or a word the discipline goes on with (方向, 学, 专业 …) serve no postdoc.
_SERVES_POSTDOCS = re.compile(r"博士后(?!研究)[^(（]*?(?:管理|秘书|专员|办公室|干事|教务|行政|服务|招生|联络)"
                              r"(?!方向|学|科学|专业|类|工程|与)")


def title_education_findings(job: Job) -> Iterable[JobFinding]:
    """A 博士后 title (「博士后研究员」「特别研究助理（博士后）」) whose 学历要求 admits less than a doctorate
    (「大专」「硕士研究生及以上」): graduates are matched by the 学历要求, so a 本科 or 硕士 graduate is told
    they fit a post they cannot hold; which of the two cells is wrong only the employer knows."""
    title = re.sub(r"\s+", "", job.title)
    lowest = job.education.minimum
    if (not _TITLE_POSTDOC.search(title) or _SERVES_POSTDOCS.search(title) or lowest is None
            or lowest >= EducationLevel.DOCTOR):
        return
    yield JobFinding(job.id, "education", Check.TITLE_EDUCATION_DIFFERS,
                     f"岗位名称「{_short(job.title, 24)}」是博士后岗位，学历要求却为「{job.education.describe()}」，"
                     f"{lowest.label}毕业生按学历要求会被当作符合条件：请用人单位改正其一（确是博士后岗位的，学历要求写"
                     f"「博士研究生」；不是的，岗位名称去掉「博士后」）", value=job.title)


__all__ = ["gender_findings", "not_full_time_findings", "title_education_findings", "title_pay_findings"]
