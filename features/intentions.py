"""Structured preferences from a graduate's free-text job intention.

「希望在乌鲁木齐或昌吉从事软件开发，月薪6000以上」 → places (乌鲁木齐, 昌吉), categories
(软件开发), minimum salary 6000. Only words of the domain vocabulary
(``features.vocabulary``) and a few fixed phrasings (从事X, 月薪N以上) are read: an
intention that names nothing known yields empty preferences, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from features.records import Preferences
from features.salary import parse_salary
from features.vocabulary import INDUSTRY_TERMS, JOB_TERMS, PLACE_TERMS

#: Words of ``JOB_TERMS`` that describe conditions or benefits, not a kind of job.
_NOT_CATEGORIES = frozenset("应届毕业生 全日制 普通高校 五险一金 绩效奖金 包吃住 双休 普通话 双语".split())
_CATEGORY_TERMS = tuple(t for t in JOB_TERMS if t not in _NOT_CATEGORIES)

_CLAUSE = re.compile(r"[，,。；;！!？?\n]")
_NEGATION = re.compile(r"不想|不要|不考虑|不去|不接受|除了|除|排除|不愿")
#: 从事软件开发、系统运维或数据分析工作 / 想找后端开发或测试岗位: the phrase between the
#: verb and 工作/岗位 or the clause end, split at 、/或/和 into job kinds.
_DOING = re.compile(
    r"(?:从事|想做|希望做|做|应聘|求职|意向为?|想找|找|当|担任|成为)"
    r"([\u4e00-\u9fffA-Za-z、或和及与/]{2,40}?)(?P<related>相关)?(?P<of>的)?(?:工作|岗位|职位|方面|类|等)?(?=$|[，,。；;\s])"
)
_ITEM_SPLIT = re.compile(r"[、或和及与/]+")
_SALARY = re.compile(
    r"(月薪|年薪|薪资|薪水|工资|薪酬|待遇|收入|底薪)?(不低于|不少于|最低|至少)?\s*"
    r"(\d+(?:\.\d+)?\s*[千kKwW万]?(?:\s*[-~～至到]\s*\d+(?:\.\d+)?\s*[千kKwW万]?)?)\s*(元)?\s*(/月|每月|/年)?\s*(以上|起|左右|以下)?"
)


def _pattern(terms: Iterable[str]) -> re.Pattern[str]:
    # Longest first, so 乌鲁木齐市 wins over 乌鲁木齐 at the same position.
    ordered = sorted(set(terms), key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in ordered))


_PLACES = _pattern(PLACE_TERMS)
_CATEGORIES = _pattern(_CATEGORY_TERMS)
_INDUSTRIES = _pattern(INDUSTRY_TERMS)
_PLACE_SET = frozenset(PLACE_TERMS)


def canonical_place(term: str) -> str:
    """The shortest vocabulary place that starts the term: 乌鲁木齐市 → 乌鲁木齐,
    伊犁哈萨克自治州 → 伊犁, 喀什地区 → 喀什 (so a preference matches every spelling)."""
    for end in range(2, len(term)):
        if term[:end] in _PLACE_SET:
            return term[:end]
    return term


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for item in items:
        if item and item not in out:
            out.append(item)
    # Drop a word inside a longer one found too (开发 inside 软件开发).
    return tuple(i for i in out if not any(i != j and i in j for j in out))


def _find(pattern: re.Pattern[str], text: str) -> list[str]:
    """Matches of ``pattern`` outside negated clause parts (「不去喀什」, 「除了销售」)."""
    found: list[str] = []
    for clause in _CLAUSE.split(text):
        negation = _NEGATION.search(clause)
        cut = negation.start() if negation else len(clause)
        found.extend(m.group() for m in pattern.finditer(clause) if m.start() < cut)
    return found


def extract_places(text: str) -> tuple[str, ...]:
    return _unique(canonical_place(p) for p in _find(_PLACES, text))


def extract_industries(text: str) -> tuple[str, ...]:
    return _unique(_find(_INDUSTRIES, text))


def extract_categories(text: str) -> tuple[str, ...]:
    found = _find(_CATEGORIES, text)
    for clause in _CLAUSE.split(text):
        if _NEGATION.search(clause):
            continue
        for m in _DOING.finditer(clause):
            if m.group("of") and not m.group("related") and not re.search(r"(方面|方向|类)$", m.group(1)):
                # 「离家近的工作」「轻松点的工作」: a wish about the job, not a kind of job
                # (「财务方面的工作」「直播带货相关的工作」 still name one).
                continue
            for item in _ITEM_SPLIT.split(m.group(1)):
                item = re.sub(r"(相关|方面|方向|类|工作|岗位|职位)+$", "", item)  # 直播带货类 → 直播带货
                # A place (「意向工作地石河子」), a bare industry (光伏) or a phrase with particles
                # is not a kind of job; vocabulary words inside an item were found above.
                if not 2 <= len(item) <= 12 or re.search(r"[的在去到地]", item):
                    continue
                if _PLACES.search(item) or _INDUSTRIES.fullmatch(item) or _CATEGORIES.search(item):
                    continue
                found.append(item)
    return _unique(found)


def extract_min_salary(text: str) -> int | None:
    """The lowest monthly pay the text asks for: 「月薪6000以上」, 「6-8K」, 「不低于5千」."""
    for m in _SALARY.finditer(text):
        keyword, floor, amount, yuan, period, bound = m.groups()
        unit = re.search(r"[千kKwW万]", amount)
        if not (keyword or floor or unit or yuan or period or bound):
            continue  # a bare number (2026届, 3年) is not a salary
        cell = ("年薪" if keyword == "年薪" else "") + amount + (yuan or "") + (period or "")
        cell += "以上" if floor else (bound or "")
        try:
            salary = parse_salary(cell)
        except ValueError:
            continue
        if salary.minimum is not None:
            return salary.minimum
    return None


def extract_preferences(text: str | None) -> Preferences:
    """All structured preferences stated in a free-text intention."""
    if not text or not str(text).strip():
        return Preferences()
    text = str(text)
    return Preferences(
        locations=extract_places(text),
        categories=extract_categories(text),
        industries=extract_industries(text),
        min_salary=extract_min_salary(text),
    )


def merge_preferences(explicit: Preferences, extracted: Preferences) -> Preferences:
    """Field by field, an explicit column wins; extraction fills only what it left empty."""
    return Preferences(
        locations=explicit.locations or extracted.locations,
        categories=explicit.categories or extracted.categories,
        industries=explicit.industries or extracted.industries,
        min_salary=explicit.min_salary if explicit.min_salary is not None else extracted.min_salary,
    )
