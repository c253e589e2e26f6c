"""The lowest monthly pay a graduate's free-text intention asks for.

「月薪6000以上」, 「6-8K」, 「不低于5千」, 「期望薪资：5000」, 「4000以下不考虑」, Chinese numerals
(年薪十万, 两千五百, 8千5). A bonus or an allowance (「年终奖2万」「有五千元以上的补贴」), a count or a
distance (「一千人以上的企业」) and a ceiling (「一万以内」) give no minimum. Used by
``features.intentions.extract_preferences``.
"""

from __future__ import annotations

import re

# NOT_PAY: the same test parse_salary applies to a clause about a bonus or an allowance.
from features.salary import NOT_PAY, parse_salary

_PAY_KEY = r"(?:期望|希望|要求)?(?:月薪|年薪|薪资|薪水|工资|薪酬|待遇|年收入|收入|底薪|月入|税前|税后|到手|实发)|期望"
_SALARY = re.compile(
    rf"(?P<key>{_PAY_KEY})?\s*[:：]?\s*(?:在|为|是|约|大概|大约|能|要|达到)?\s*"
    r"(?P<floor>不低于|不少于|不能低于|不要低于|不得低于|不小于|最低|至少|起码|最少)?(?P<below>低于|少于)?"
    r"(?P<ceiling>不超过|不高于|不多于|最多|最高)?\s*"
    r"(?P<amount>\d+(?:\.\d+)?\s*[千kKwW万]?(?:\s*[-~～至到]\s*\d+(?:\.\d+)?\s*[千kKwW万]?)?)\s*(?P<yuan>元|块钱|块)?\s*"
    r"(?P<period>/月|每月|/年|每年)?\s*(?P<bound>以上|起|左右|上下|以下|以内|之内|\+)?"
)
#: 「4000以下不考虑」「低于4000的不要」: a refused ceiling is a floor.
_REFUSED = re.compile(r"\s*(?:的|都|也|就|一律)*(?:不考虑|不接受|不要|不行|免谈|不去|不干|不做|不予考虑)")
#: A bare amount followed by one of these is a year, an age or a count (2026届, 35岁以下).
_NOT_AMOUNT = re.compile(r"\s*(?:届|级|岁|年|人|个|名|号|%|％|天|小时|周|次)")
#: An amount, even with a unit, followed by one of these counts people or measures a distance
#: (「一千人以上的企业」「离家一千公里以内」), not pay.
_COUNTED = re.compile(r"\s*(?:多|余|来)?\s*(?:人|个|名|家|位|天|小时|周|次|岁|届|级|公里|千米|米|里|亩|%|％)")
#: An amount followed by what it is an amount of, when that is not pay (「五千元以上的补贴」).
_ALLOWANCE_AFTER = re.compile(r"\s*(?:的|元的)?\s*(?:住房|租房|交通|餐|通讯|安家|人才)?(?:补贴|补助|津贴|安家费|奖金|年终奖|提成|绩效)")
#: 「8千5」「1万5」「8千5百」: a digit after the unit counts in the next lower one, as in 八千五.
_MIXED = re.compile(r"(?<![\d.])(\d+)\s*([千万])\s*(\d)(?:百|(?<=万\d)千)?(?![\d.百千万kKwW])")
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
#: 五千, 十万, 两万, 一万五, 两千五百, 一万二千: a run of Chinese numerals with 千 or 万 in it.
_CN_AMOUNT = re.compile(r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*")


def _cn_number(numeral: str) -> int | None:
    """The value of a Chinese numeral (两千五百 → 2500, 一万二千 → 12000); a digit after the last
    unit counts in the next lower one (一万五 → 15000, 五千五 → 5500; after 零 it counts as
    itself: 一千零五 → 1005). ``None`` for what is not one number (三四千 is a range, 十十 nothing)."""
    total = section = 0
    digit: int | None = None
    unit = None  # the last unit read, for the descending-order check and a trailing digit
    zero = False  # a 零 since that unit
    for char in numeral:
        if char in "零〇":
            zero = True
        elif char in _CN_DIGIT:
            if digit is not None:
                return None  # two digits in a row: 三四千
            digit = _CN_DIGIT[char]
        elif char in _CN_UNIT:
            value = _CN_UNIT[char]
            if (unit is not None and unit != 10000 and value >= unit) or (digit is None and (char != "十" or section)):
                return None
            section += (1 if digit is None else digit) * value
            digit, unit, zero = None, value, False
        else:  # 万
            if (digit is None and not section) or total:
                return None
            total, section, digit, unit, zero = (section + (digit or 0)) * 10000, 0, None, 10000, False
    if digit is not None:
        section += digit * (unit // 10 if unit and not zero else 1)
    return total + section


def _arabic(text: str) -> str:
    """Chinese-numeral amounts as digits (年薪十万 → 年薪10万, 两千五百 → 2.5千);
    月入过万 → 1万以上. Only runs with 千 or 万 are read: 十 and 百 alone are not pay."""
    def digits(m: re.Match[str]) -> str:
        number = _cn_number(m.group()) if re.search("[千万]", m.group()) else None
        if number is None:
            return m.group()
        # With its unit, so that 「一万五」 alone still reads as an amount and not as a bare number.
        return f"{number / 10000:g}万" if number >= 10000 else f"{number / 1000:g}千"

    text = _MIXED.sub(lambda m: f"{m[1]}.{m[3]}{m[2]}", _CN_AMOUNT.sub(digits, text))
    return re.sub(r"[过上]万", "1万以上", text)


def extract_min_salary(text: str) -> int | None:
    """The lowest monthly pay the text asks for: 「月薪6000以上」, 「6-8K」, 「不低于5千」,
    「期望薪资：5000」, 「4000以下不考虑」, 「年薪十万」. Amounts in a clause about a bonus or an
    allowance (「年终奖2万」「租房补贴1000元」) are not pay."""
    text = _arabic(text)
    for m in _SALARY.finditer(text):
        key, amount, yuan, period, bound = m.group("key", "amount", "yuan", "period", "bound")
        floor, below = m.group("floor", "below")
        if m.group("ceiling") or _COUNTED.match(text, m.end("amount")):
            continue  # 「不超过一万」 states no minimum; 「一千人以上」 is no pay
        if bound in ("以内", "之内"):
            bound = "以下"  # 「月薪一万以内」: a ceiling
        unit = re.search(r"[千kKwW万]", amount)
        if not (key or floor or below or unit or yuan or period or bound):
            continue  # a bare number (2026届, 3年) is not a salary
        if not (unit or yuan or period or bound) and _NOT_AMOUNT.match(text, m.end()):
            continue
        if NOT_PAY.search(re.split(r"[,，。;；()（）+＋]", text[: m.start("amount")])[-1]):
            continue  # 「年终奖2万」「租房补贴1000元以上」
        if not key and _ALLOWANCE_AFTER.match(text, m.end()):
            continue  # 「有五千元以上的补贴」: the amount of an allowance, named after it
        refused = _REFUSED.match(text, m.end())
        if below:
            if not refused:
                continue  # 「低于4000也行」 states no minimum
            floor, bound = "低于", None
        elif bound == "以下" and refused:
            floor, bound = "以下", None
        annual = (key and "年" in key) or period in ("/年", "每年")
        cell = ("年薪" if annual else "") + amount + ("元" if yuan else "") + ("" if period in ("/年", "每年") else period or "")
        cell += "以上" if floor or bound == "+" else (bound or "")
        try:
            salary = parse_salary(cell)
        except ValueError:
            continue
        if salary.minimum is not None:
            return salary.minimum
    return None
