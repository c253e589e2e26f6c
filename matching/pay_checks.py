"""The pay checks of a job list (薪酬待遇真实有效): pay missing, stated without an amount (面议; pay by
a public scale, 按事业单位工资标准执行, is stated and valid, not reported), a placeholder, unreadable,
below the legal floor or implausibly high. One job at a time, from the pay as written
(``Job.pay_text``) and the monthly range read from it (``Job.salary``); ``matching.job_checks`` runs
them with the other checks."""

from __future__ import annotations

import re
from collections.abc import Iterable

from features.records import EmployerType, Job
from features.salary import WORK_DAYS_PER_MONTH, unstated_period
from matching.civil_service import PAY_BY_SCALE, civil_service_recruitment
from matching.job_findings import Check, JobFinding
from matching.job_findings import short as _short

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

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: An amount in Chinese numerals (「三千到五千」「月薪两千五」): a cell that states pay the reader cannot read is
#: 薪酬无法识别 (write it in digits), not 缺薪酬待遇's 「没有金额」, which told the employer the cell said nothing.
_CHINESE_AMOUNT = re.compile(r"[一二两三四五六七八九十]+[十百千万]")
#: An internship or a traineeship (实习, 见习) named in a title or a 工作类型 cell: its allowance is not a
#: wage, and ``matching.post_terms_checks`` says the post is not full-time employment.
TRAINEE = re.compile(r"实习|见习")
#: A 工作类型 (``work_type``) of part-time or temporary work (兼职/临时, 非全日制, 小时工): the monthly
#: minimum wage binds full-time work; part-time work has an hourly minimum (非全日制用工小时最低工资),
#: which a pay per day or week cannot be checked against without the hours. ``matching.post_terms_checks``
#: says the post is not full-time instead.
PART_TIME = re.compile(r"兼职|临时|非全日制|小时工|钟点工")
#: The pay as written per day, week or hour: the message says how it was made a month's.
_PER_PERIOD = tuple((re.compile(rf"(?:/|每)\s*(?:小)?{unit}"), how) for unit, how in (
    ("[天日]", f"按每月 {WORK_DAYS_PER_MONTH} 个工作日折合"), ("周", "按每月 52/12 周折合"),
    ("时", f"按每天 8 小时、每月 {WORK_DAYS_PER_MONTH} 个工作日折合")))


#: A pay cell without an amount that leaves it to be agreed (面议, 协商) or to a rule the cell does not
#: name (按相关规定执行 of a company): the post answered the question, lawfully and commonly; graduates
#: only cannot compare it, so it is a 提示 (``PAY_NEGOTIABLE``), not the 警告 of a cell left empty or
#: prose with no terms (待遇从优, 详见公告).
_TO_BE_AGREED = r"面议|面谈|协商|商议|商定"
_STATED_TERMS = re.compile(_TO_BE_AGREED + r"|按.{0,12}(?:规定|标准|政策)")
#: Pay by a public scale (按事业单位工资标准执行, 按国家相关规定执行, 按公务员工资标准, 参照公务员法管理): how
#: public posts state their pay, whose amount the post's grade and the place's scale fix. It is stated
#: and valid (薪酬待遇真实有效), and nothing is left to negotiate: no finding. Telling the employer to write
#: 「…，面议」, as ``PAY_NEGOTIABLE`` did, asked a 事业单位 to misstate its pay; 提示, the design's lowest
#: level, is no softer note. On ``samples/jobs.xlsx`` 64 of its 109 薪酬面议 were such cells.
_PUBLIC_SCALE = re.compile(
    r"(?:按|依照|参照|执行|实行|享受).{0,6}(?:国家|省|自治区|事业单位|事业编制|公务员|机关|参公)"
    r".{0,10}(?:规定|标准|政策|管理|执行|待遇)")
#: 按有关规定执行 names no scale: a public employer's scale (机关, 事业单位, 基层服务项目) when it writes it.
_UNNAMED_RULE = re.compile(r"^(?:按|按照|依照|参照)(?:有关|相关)?(?:规定|政策)(?:执行)?$")
_PUBLIC_EMPLOYERS = frozenset({EmployerType.GOVERNMENT, EmployerType.PUBLIC_INSTITUTION, EmployerType.GRASSROOTS})


def by_public_scale(raw: str, employer_type: EmployerType | None = None) -> bool:
    """Whether a pay cell without an amount states pay by a public scale (``_PUBLIC_SCALE``), not to be
    agreed: 「按事业单位工资标准执行」「参照公务员法管理」 yes, 「面议」「按公司规定」 no, 「按相关规定执行」 only
    of a public employer."""
    text = re.sub(r"\s+", "", raw)
    if re.search(_TO_BE_AGREED, text):
        return False
    if _PUBLIC_SCALE.search(text):
        return True
    return employer_type in _PUBLIC_EMPLOYERS and bool(_UNNAMED_RULE.match(text.rstrip("。")))


def pay_findings(job: Job, raw: str | None, min_pay: int, max_pay: int,
                 work_type: str | None = None) -> Iterable[JobFinding]:
    """``raw``: the pay cell as written (``Job.pay_text``, read from the file and stored with the job);
    ``None``: empty, so an unknown pay of 「面议」 and of an empty cell are told apart. ``work_type``: the
    工作类型 cell (全职, 兼职/临时, 实习), when the file has one."""
    low, high = job.salary.minimum, job.salary.maximum
    if low is None and high is None:
        if raw is None:
            # A civil-service post's pay is the public scale: no row of its table need state an amount.
            fix = PAY_BY_SCALE if civil_service_recruitment(job) else "请填写月薪范围（如 5000-7000 元/月）"
            yield JobFinding(job.id, "salary", Check.PAY_MISSING, f"未注明薪酬待遇：{fix}")
        elif (numbers := _NUMBER.findall(raw)) and all(float(n) == 0 for n in numbers):
            yield JobFinding(job.id, "salary", Check.PAY_PLACEHOLDER,
                             f"薪酬「{_short(raw)}」是占位值，不是实际待遇：请填写月薪范围", value=raw)
        elif numbers or _CHINESE_AMOUNT.search(raw):
            yield JobFinding(job.id, "salary", Check.PAY_UNREADABLE,
                             f"薪酬「{_short(raw)}」中读不出月薪：请写成「5000-7000元/月」或「年薪10万」这样的金额",
                             value=raw)
        elif by_public_scale(raw, job.employer_type):
            pass  # stated by the scale: valid, see ``_PUBLIC_SCALE``
        elif _STATED_TERMS.search(raw):
            yield JobFinding(job.id, "salary", Check.PAY_NEGOTIABLE,
                             f"薪酬写的是「{_short(raw)}」，没有金额：毕业生无法按期望薪酬比较和筛选，"
                             "建议注明月薪范围（可写「5000-7000元/月，面议」）", value=raw)
        else:
            yield JobFinding(job.id, "salary", Check.PAY_MISSING,
                             f"薪酬「{_short(raw)}」没有金额，毕业生无从比较：请填写月薪范围", value=raw)
        return
    said = f"「{_short(raw)}」" if raw else job.salary.describe()
    said += next((f"（{how}）" for per, how in _PER_PERIOD if raw and per.search(raw)), "")
    top = high if high is not None else low
    if (TRAINEE.search(job.title) or job.employer_type is EmployerType.INTERNSHIP
            or TRAINEE.search(work_type or "")):
        pass  # deliberate: an intern's allowance is not a wage (no labour contract), the minimum wage does not bind it
    elif PART_TIME.search(work_type or ""):
        pass  # part-time work: the monthly minimum does not bind it (see ``PART_TIME``)
    elif top is not None and top < min_pay:
        yield JobFinding(job.id, "salary", Check.PAY_BELOW_FLOOR,
                         f"薪酬{said}折合月薪最高 {top} 元，低于最低工资标准 {min_pay} 元：请核对金额和单位（日薪、时薪须注明）")
    elif low is not None and low < min_pay:
        yield JobFinding(job.id, "salary", Check.PAY_BELOW_FLOOR,
                         f"薪酬{said}折合月薪最低 {low} 元，低于最低工资标准 {min_pay} 元：请核对下限")
    too_high = low is not None and low > max_pay
    if too_high:
        yield JobFinding(job.id, "salary", Check.PAY_TOO_HIGH,
                         f"薪酬{said}折合月薪至少 {low} 元，高得不合常理：若是年薪请注明「年薪」，否则请核对位数")
    if raw and not too_high and (reading := unstated_period(raw)) is not None:  # too high asks it already
        as_read = "年薪" if reading == "year" else "月薪"
        yield JobFinding(job.id, "salary", Check.PAY_PERIOD_UNSTATED,
                         f"薪酬「{_short(raw)}」未写明是月薪还是年薪，系统按{as_read}理解（折合月薪 {job.salary.describe()}）："
                         f"请写明「年薪…万」或「月薪…万」", value=raw)


__all__ = ["DEFAULT_MAX_PAY", "DEFAULT_MIN_PAY", "PART_TIME", "TRAINEE", "by_public_scale", "pay_findings"]
