"""Salary cells → a monthly ``SalaryRange`` in yuan.

Pure functions. ``parse_salary`` returns an unknown range when the cell states no amount
(``面议``, prose without a number), and raises ``ValueError`` with a Chinese message when a
short cell has numbers that do not form a salary, so the importer can name the row and
column. Unknown is never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from features.records import SalaryRange


#: Official average number of working days a month (劳社部发〔2008〕3号: 21.75 days).
WORK_DAYS_PER_MONTH = 21.75
_PERIOD_FACTORS = {  # multiply a per-period amount by this to get a monthly amount
    "month": 1.0,
    "year": 1 / 12,
    "week": 52 / 12,
    "day": WORK_DAYS_PER_MONTH,
    "hour": 8 * WORK_DAYS_PER_MONTH,
}
_UNIT_FACTORS = {"": 1, "千": 1000, "k": 1000, "万": 10000, "w": 10000}
_NUMBER = r"(\d+(?:\.\d+)?)\s*(千|k|万|w)?"
_DASH = r"(?:-|~|～|至|到|—|–)"  # between the bounds of a range
_SALARY = re.compile(
    r"^(?:税前)?(?:月薪|年薪|薪资|薪酬|工资|底薪|基本工资|综合年薪|年收入|月收入|每年|每月)?(?:税前)?[:：]?\s*"
    + _NUMBER
    + r"\s*(?:元)?\s*(?:" + _DASH + r"\s*"
    + _NUMBER
    # The bound may stand before the period (「6000元以上/月」「6000+/月」) or after it.
    + r")?\s*(元|人民币)?\s*(以上|起|以下|\+)?\s*(?:元)?\s*(/|每)?\s*(月|年|周|天|日|小时|时)?"
    + r"\s*(?:[·•*x×]\s*\d{2}\s*薪)?\s*(以上|起|以下|左右|上下|\+)?$"
)
#: ``3000元/月-5000元/月``: the period written on the lower bound too, dropped before matching.
_REPEATED_PERIOD = re.compile(
    r"(?<=[\d千kw万])元?(?:/|每)(月|年|周|天|日|小时|时)(?=" + _DASH + r"\d+(?:\.\d+)?(?:千|k|万|w)?元?(?:/|每)\1)"
)
#: 面议 beside an amount (「面议，4000-6000」「4000-6000，面议」「面议（3000起）」), with its punctuation: the
#: amount is the pay, as in 「5000-7000元/月，面议」 (the form the job check recommends). The bare range was
#: unreadable when 面议 came first or the range had no 元: the post showed no pay and the check said
#: 「读不出月薪」 of a cell stating one.
_NEGOTIATED = re.compile(r"(?:薪资|薪酬|工资|待遇)?可?(?:面议|协商|商议)")
_AROUND = "()[]【】,;、，；（）"
_NEGOTIABLE = re.compile(r"面议|协商|商议|详见|按.*规定|按.*标准|待遇从优|优厚|另行")
#: What is left of a cell after removing salary tokens; two CJK characters or sentence
#: punctuation left over mean prose (``大专3000元本科3500元``), which is searched for amounts.
_SALARY_TOKENS = re.compile(r"[\d.\-~～—–/·•*x×kw元千万月年天日周时薪起到至每]|小时|税前|以上|以下|左右|月薪|年薪")
_PROSE = re.compile(r"[,，。；;：:（）()、“”]|[\u4e00-\u9fff].*[\u4e00-\u9fff]")
_EMBEDDED = re.compile(
    r"(\d+(?:\.\d+)?)\s*(千|k|万|w)?\s*(?:(?:-|~|～|至|到|—)\s*(\d+(?:\.\d+)?)\s*(千|k|万|w)?)?\s*(元)?\s*(?:/|每)?(月|年)?"
)
_ANNUAL_CONTEXT = re.compile(r"年薪|年收入|年均|每年|全年|年工资")
#: An amount in 万 with no period, from this much up, is an annual package.
_ANNUAL_ONLY = 100_000
#: A range in 万 with no period and a bare lower bound (「8-12万」) whose lower bound, read as a month's
#: pay, would be this much or more is read as annual too: 50,000 a month is the job check's 「高得不合常理」
#: bar (``matching.pay_checks``), and a graduate post's 「8-12万」 is a year's package. Before, only from
#: 10万 up: 「8-12万」 read as 80,000-120,000 a month (flagged too high) where 「10-15万」 was annual. The job
#: sites write a month's pay with the unit on each bound (「5万-6万」 of Wuhan's 湖北频道总编辑): that form
#: stays a month's below 10万, and the check asks which is meant.
_ANNUAL_FROM = 50_000
#: From this much up (below ``_ANNUAL_ONLY``) a 万 amount without a period reads both ways: 2万 a month
#: is a senior's pay, 2万 a year (1,667 a month) a low wage; below it, a year's pay would be under any
#: minimum wage, so the month is meant (「1万-1.5万」 of the job sites).
_AMBIGUOUS_FROM = 20_000
#: A clause about a bonus or an allowance: its amounts are not the pay (「年终奖2万，月薪5000」).
#: So is what the employer pays for insurance and the housing fund (「单位缴交“五险一金”部分及
#: 服装购买、意外险约1.1万元」): a cost of the job, not money the graduate is paid. Public: the
#: reading of a wished minimum pay (``features.wished_pay``) skips the same clauses.
NOT_PAY = re.compile(r"奖|补贴|补助|津贴|安家费|绩效|提成|五险|一金|公积金|社保|保险|意外险|缴交|缴纳")
#: A trainee's allowance named first (「见习补贴2000元/月」「实习补贴：150元/天」) is the post's pay: a
#: 见习 or 实习 post pays an allowance, not a wage, and states nothing else. Read as a pay word, not
#: skipped as an allowance beside the pay (``NOT_PAY``): the check of a job list called the sample's
#: six 见习 posts 「薪酬无法识别」 and a graduate's wished pay was never weighed against them.
_TRAINEE_ALLOWANCE = re.compile(r"^(?:就业)?(?:见习|实习)(?:生活)?(?:补贴|补助|津贴)(?:标准)?(?:为|是)?[:：]?")
#: A bare number right after one of these is an amount (「月薪5000」); elsewhere it may be a year or an index.
_PAY_WORD = re.compile(r"(?:月薪|年薪|薪资|薪酬|工资|底薪|收入)(?:约|为|是)?$")
#: Monthly amounts outside this range are not monthly salaries (typos, codes, years).
_PLAUSIBLE = (300, 500_000)


def _period(marker: str | None, text: str) -> str:
    if marker in ("年",) or "年薪" in text or "年收入" in text or text.startswith("每年"):
        return "year"
    if marker == "周":
        return "week"
    if marker in ("天", "日"):
        return "day"
    if marker in ("小时", "时"):
        return "hour"
    return "month"


def _lower_unit(lo_n: str, lo_u: str | None, hi_n: str | None, hi_u: str | None) -> str | None:
    """The unit of a range's lower bound: 「8-12K」「1-1.5万」 write it on the upper bound only.

    Not when the bare lower number is the larger one: 「8000-1万」 is 8000 yuan to 1万.
    """
    if lo_u is None and hi_n is not None and float(lo_n) <= float(hi_n):
        return hi_u
    return lo_u


def _amount(number: str, unit: str | None) -> float:
    return float(number) * _UNIT_FACTORS[(unit or "").lower()]


_WHITESPACE = re.compile(r"\s+")
_THOUSANDS_SEPARATOR = re.compile(r"(?<=\d),(?=\d{3})")


def _normalized(text: str) -> str:
    """A pay text as written, made comparable: NFKC (full-width digits and punctuation), no whitespace,
    lower case (K, W), no thousands separators (「12,000」 → 12000)."""
    text = _WHITESPACE.sub("", unicodedata.normalize("NFKC", text)).lower()
    return _THOUSANDS_SEPARATOR.sub("", text)


def _cleaned(text: str) -> str:
    """The text ``_SALARY`` is matched against: ``_normalized``, less the period repeated on a lower bound
    (``_REPEATED_PERIOD``) and a trainee allowance's name (``_TRAINEE_ALLOWANCE``). The one clean-up of
    ``parse_salary`` and ``unstated_period``: when each had its own, 「60,000-8万」 was read as a year's pay
    but not asked about (the separator was kept by one), and 「实习补贴每年6万」 was read as a year's pay
    and said to be read as a month's (the allowance's name was kept for the period)."""
    text = _REPEATED_PERIOD.sub("", _normalized(text), count=1)
    return _TRAINEE_ALLOWANCE.sub("", text, count=1)


def parse_salary(value: object, *, column: str = "薪酬待遇") -> SalaryRange:
    """A salary cell → monthly ``SalaryRange`` in yuan.

    ``1万-1.4万`` → 10000–14000; ``6-8K`` → 6000–8000 (the unit of the upper bound applies to
    a bare lower bound); ``年薪10-15万`` → 8333–12500; ``150元/天`` → ×21.75 working days;
    ``8千-1万·13薪`` → 8000–10000 (the base monthly pay: the 13th month is a bonus, not part
    of the monthly figure a graduate compares); ``6000以上``, ``6000+/月`` → 6000–open;
    ``8000-1万`` → 8000–10000 (a bare lower bound larger than the upper number is yuan).
    ``面议``, texts without any number and all-zero placeholders (``0千-0千元/月``) → unknown range. Prose (``个人年均收入约12万元（含五险一金）``) is
    searched for amounts; prose without one is unknown. A short cell with numbers that do
    not form a salary raises ``ValueError``, naming the pay as ``column`` (the file's header, where the
    caller knows it: 「无法识别的薪资：「abc123」」 for a column headed 薪资); a range written high to low
    also says how to write it.
    """
    try:
        return _parse(value)
    except _Reversed:
        fix = _reordered(value)
        advice = f"，请写成 {fix}" if fix else "，请把较小的数写在前面"
        raise ValueError(f"{column}「{value}」的上限低于下限{advice}") from None
    except _Unread as error:
        # 「12-8万/年」: the bare 12, larger than 8, reads as yuan (as 「8000-1万」's 8000), so the cell is refused as
        # 折合月薪 1 元 though it is a range written high to low; say so when the two amounts swapped read.
        if (fix := _reordered(value)) is not None:
            raise ValueError(f"{column}「{value}」的上限低于下限，请写成 {fix}") from None
        raise ValueError(error.worded(column)) from None


class _Reversed(ValueError):
    """A range whose upper bound is below its lower one; ``parse_salary`` words it with the fix."""


class _Unread(ValueError):
    """A pay cell not read; ``parse_salary`` names the pay as the file's column does (``worded``),
    as it names a reversed range, so a clerk finds the cell the message speaks of."""

    def __init__(self, words: Callable[[str], str]) -> None:
        super().__init__(words("薪酬待遇"))
        self.worded = words  # a function, not str.format: the cell quoted may hold braces


def _reordered(value: object) -> str | None:
    """``value`` with its two amounts swapped, when that reads as the same range low to high:
    「3000-2000」 → 「2000-3000」, 「12-8万/年」 → 「8-12万/年」, 「1.2万-8000」 → 「8000-1.2万」."""
    text = str(value)
    for token in (r"\d+(?:\.\d+)?", r"\d+(?:\.\d+)?\s*[kK千万wW]?"):  # bare numbers first, then with their unit
        found = list(re.finditer(token, text))
        if len(found) < 2:
            return None
        a, b = found[0], found[1]
        swapped = text[: a.start()] + b.group() + text[a.end() : b.start()] + a.group() + text[b.end() :]
        try:
            read = _parse(swapped)
        except ValueError:
            continue
        if read.minimum is not None and read.maximum is not None and read.minimum < read.maximum:
            return swapped
    return None


def _parse(value: object) -> SalaryRange:
    if value is None:
        return SalaryRange(None, None)
    if isinstance(value, bool):
        raise _Unread(lambda column: f"无法识别的{column}：{value!r}")
    if isinstance(value, (int, float)):
        if value == 0:
            return SalaryRange(None, None)  # as the text 「0」 below: a placeholder for 面议
        return _checked(float(value), float(value), value)
    text = _cleaned(str(value))
    if not text or not re.search(r"\d", text):
        return SalaryRange(None, None)
    m = _SALARY.match(text)
    if m:
        lo_n, lo_u, hi_n, hi_u, _yuan, early_bound, _per, period_marker, late_bound = m.groups()
        if early_bound and late_bound:
            raise _Unread(lambda column: f"无法识别的{column}：「{value}」")
        bound = early_bound or late_bound
        if float(lo_n) == 0 and (hi_n is None or float(hi_n) == 0):
            return SalaryRange(None, None)  # 「0千-0千元/月」: a job board's placeholder for 面议
        lo_u = _lower_unit(lo_n, lo_u, hi_n, hi_u)
        period = _period(period_marker, text)
        if (period == "month" and period_marker is None and "月" not in text and lo_u is None
                and (hi_u or "") in ("万", "w") and _amount(hi_n, hi_u) >= _ANNUAL_ONLY):
            # 「8000-15万」: a monthly lower bound and an annual-sized upper bound; which is meant?
            raise _Unread(lambda column: f"{column}「{value}」的下限像月薪、上限像年薪，请写明单位和周期")
        if (reading := _wan_reading(m, text)) is not None:
            period = reading.period  # 「8-12万」「20-30万」 a year's (no graduate's monthly pay), 「2万-3万」 a month's
        factor = _PERIOD_FACTORS[period]
        if hi_n is None:
            amount = _amount(lo_n, lo_u) * factor
            if bound in ("以上", "起", "+"):
                return _checked(amount, None, value)
            if bound == "以下":
                return _checked(None, amount, value)
            return _checked(amount, amount, value)
        low = _amount(lo_n, lo_u) * factor
        high = _amount(hi_n, hi_u) * factor
        return _checked(low, high, value)
    if re.search(r"元/次|/次|每次", text):
        return SalaryRange(None, None)  # a piece rate has no monthly equivalent
    if (amount := _NEGOTIATED.sub("", text).strip(_AROUND)) != text and amount and _SALARY.match(amount):
        try:  # 「面议，4000-6000」「面议（3000起）」: an amount and a word that it may move
            return _parse(amount)
        except ValueError:
            pass  # 「面议（2020年）」: no pay beside the word; read as before
    if _NEGOTIABLE.search(text) or _PROSE.search(_SALARY_TOKENS.sub("", text)):
        return _embedded_salary(text)
    raise _Unread(lambda column: f"无法识别的{column}：「{value}」")


def unstated_period(value: object) -> str | None:
    """How a pay cell in 万 that names no period (「8-12万」「2-3万」) was read, when the other reading
    is plausible too: ``"year"`` (a bare lower bound from 5万 up, ``_ANNUAL_FROM``) or ``"month"`` (a bare
    lower bound from 2万 up to 5万; the job sites' 「5万-6万」 or a single 「6万」 from 5万 up); ``None``
    for a cell naming its period (年薪, 元/月), not in 万, or whose lower bound settles it (below 2万 a
    year's pay would be under any minimum wage; from 10万 up no month's). The job check asks the
    employer to write 月薪 or 年薪 (``matching.pay_checks``)."""
    if not isinstance(value, str):
        return None
    text = _cleaned(value)
    m = _SALARY.match(text)
    reading = _wan_reading(m, text) if m else None
    return reading.period if reading is not None and reading.ambiguous else None


class WanReading(NamedTuple):
    """How an amount in 万 naming no period is read (``wan_reading``): ``period`` is ``"year"`` or
    ``"month"``; ``ambiguous`` when the other reading is plausible too, so the job check asks."""

    period: str
    ambiguous: bool


def wan_reading(low: float, *, bare_low: bool) -> WanReading:
    """The one decision of when a pay in 万 that names no period is a year's and when a month's, from its
    lower bound in yuan (``low``) and whether that bound is bare (「8-12万」, the unit on the upper bound only;
    not the job sites' 「8万-12万」 nor a single 「6万」). Read by ``parse_salary`` (the period) and
    ``unstated_period`` (whether to ask). A year's from 10万 up (``_ANNUAL_ONLY``), or from 5万 up with a
    bare lower bound (``_ANNUAL_FROM``); else a month's. Ambiguous from 2万 (``_AMBIGUOUS_FROM``) up to 10万
    with a bare lower bound; with the unit on each bound (「2万-3万」, Wuhan's 24 senior posts) only from 5万
    a month up, the too-high bar."""
    period = "year" if low >= (_ANNUAL_FROM if bare_low else _ANNUAL_ONLY) else "month"
    ambiguous = _AMBIGUOUS_FROM <= low < _ANNUAL_ONLY and (bare_low or low >= _ANNUAL_FROM)
    return WanReading(period, ambiguous)


def _wan_reading(m: re.Match, text: str) -> WanReading | None:
    """``wan_reading`` of a ``_SALARY`` match of ``text`` (``_cleaned``) in 万 that names no period (no 月,
    年薪, /年 …); ``None`` for any other."""
    if "月" in text or m.group(8) is not None or _period(None, text) != "month":
        return None
    lo_n, lo_u, hi_n, hi_u = m.group(1, 2, 3, 4)
    lo_u = _lower_unit(lo_n, lo_u, hi_n, hi_u)
    if (hi_u or lo_u or "") not in ("万", "w"):
        return None
    return wan_reading(_amount(lo_n, lo_u), bare_low=hi_n is not None and m.group(2) is None)


def _embedded_salary(text: str) -> SalaryRange:
    """Amounts named inside a sentence; the range spans all of them; none → unknown."""
    amounts: list[float] = []
    whole_annual = bool(_ANNUAL_CONTEXT.search(text)) and "月" not in text
    for m in _EMBEDDED.finditer(text):
        lo_n, lo_u, hi_n, hi_u, yuan, period = m.groups()
        if lo_u is None and hi_u is None and yuan is None and period is None and not _PAY_WORD.search(text[: m.start()]):
            continue  # a bare number in prose (a list index, a year) is not an amount
        # A sentence that speaks of annual pay and never of months states annual amounts;
        # so does the clause before the amount (年薪约10万元，按月发放).
        clause = re.split(r"[,，。;；:：()（）+＋]", text[: m.start()])[-1]
        if NOT_PAY.search(clause):
            continue
        local_annual = bool(_ANNUAL_CONTEXT.search(clause)) and "月" not in clause
        annual = period == "年" or (period is None and (whole_annual or local_annual))
        factor = 1 / 12 if annual else 1.0
        amounts.append(_amount(lo_n, _lower_unit(lo_n, lo_u, hi_n, hi_u)) * factor)
        if hi_n is not None:
            amounts.append(_amount(hi_n, hi_u) * factor)
    amounts = [a for a in amounts if _PLAUSIBLE[0] <= a <= _PLAUSIBLE[1]]
    if not amounts:
        return SalaryRange(None, None)
    return SalaryRange(round(min(amounts)), round(max(amounts)))


#: What a pay text may hold besides its amounts and still say only what the monthly range says
#: (「7.5-10.5K」「7500-10500元/月」「7千-1万」「6000元/月以上」): units, the month, separators and an
#: open bound. Anything else left over (年薪, 元/天, 13薪, 税前, 五险一金, 左右) says more.
_RESTATED = re.compile(r"\d+(?:\.\d+)?|人民币|月薪|每月|以上|以下|最高|[千kw万元/月\-~～—–至到起+]")


def pay_text_adds(pay_text: str | None, salary: SalaryRange) -> bool:
    """Whether the pay as written (薪酬待遇) says more than ``salary``, the monthly range shown as
    薪资: it does when the range is unknown, when the text reads as another range or not as one
    (面议, prose), or when words are left beside its amounts (年薪10-15万, 8千-1万·13薪, 五险一金).
    A text that only restates the range is not shown twice (every sample post showed 薪资
    7500-10500元/月 and 薪酬待遇 7.5-10.5K)."""
    if not pay_text or not pay_text.strip():
        return False
    if salary.minimum is None and salary.maximum is None:
        return True
    try:
        if parse_salary(pay_text) != salary:
            return True
    except ValueError:
        return True
    text = _normalized(pay_text)
    # The amounts must be the range's own: 「20-30万」 is read as a year's pay, which the monthly
    # range does not show (16667-25000元/月), though no word is left beside it.
    numbers = re.findall(_NUMBER, text)
    if len(numbers) == 2:
        numbers[0] = (numbers[0][0], _lower_unit(numbers[0][0], numbers[0][1] or None, *numbers[1]))
    amounts = {round(_amount(number, unit)) for number, unit in numbers}
    if amounts != {bound for bound in (salary.minimum, salary.maximum) if bound is not None}:
        return True
    return bool(_RESTATED.sub("", text))


def _checked(low: float | None, high: float | None, original: object) -> SalaryRange:
    for amount in (low, high):
        if amount is not None and not _PLAUSIBLE[0] <= amount <= _PLAUSIBLE[1]:
            raise _Unread(lambda column: f"{column}「{original}」折合月薪 {round(amount)} 元，不在合理范围内")
    low_i = round(low) if low is not None else None
    high_i = round(high) if high is not None else None
    if low_i is not None and high_i is not None and high_i < low_i:
        raise _Reversed(f"薪资「{original}」的上限低于下限")
    return SalaryRange(low_i, high_i)
