"""Employment policies that graduates can use (政策清单): the typed ``Policy`` record and the
two condition values that only policies state, read from text.

A bureau keeps its list in a spreadsheet (``service.policy_file`` reads it). Each policy
has text shown to people (content, 适用对象, how to apply, basis) and structured
conditions that the rules engine (``matching.rules``) checks against a graduate: education
level, a window of graduation years, age, hardship categories, hukou and other conditions
in free text. Age, hukou and other conditions are kept as written and read by the rules
engine's own parsers, as a job's condition columns are.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from features.education import EducationRequirement
from features.hardship import parse_hardship, parse_hardship_groups
from features.records import Hardship, HardshipGroup

#: Longest 离校 window a policy may state, in years (a larger number is a typing error).
MAX_WINDOW_YEARS = 10


@dataclass(frozen=True, slots=True)
class GraduationWindow:
    """Which graduates a policy admits by the year they graduate, counted from the year of
    the rules engine's reference date (R):

    - ``current_year`` (毕业年度内, 应届): graduating in R or in R + 1. Bureaus take these
      applications in the graduating school year (毕业学年), which straddles two calendar
      years, and the rules engine reads 应届 the same way.
    - ``years_after`` N (离校N年内, 毕业N年内): left school in the last N years. The record holds
      the graduation year, not the day: R - N < year ≤ R certainly qualifies, year = R - N
      depends on the month and is reviewed, an earlier year does not qualify, and a later one
      has not left school yet.
    - ``unemployed`` (未就业): also asked, and not on the record: reviewed.

    Either window admits (毕业年度内或离校2年内).
    """

    current_year: bool = False
    years_after: int | None = None
    unemployed: bool = False
    text: str = ""

    def __post_init__(self) -> None:
        if not self.current_year and self.years_after is None:
            raise ValueError("毕业年份条件须写明「毕业年度内」「应届」或「离校N年内」")
        if self.years_after is not None and not 1 <= self.years_after <= MAX_WINDOW_YEARS:
            raise ValueError(f"离校年限须为 1–{MAX_WINDOW_YEARS} 年，收到 {self.years_after} 年")


@dataclass(frozen=True, slots=True)
class HardshipRequirement:
    """Hardship categories a policy is for, any one of which qualifies.

    ``alternatives`` are other ways to qualify (「或获得国家助学贷款」「或在校期间获得省级奖励」): a
    graduate in none of the categories is then reviewed, not refused, unless the record
    decides the alternative (the student loan, ``loan_alternative``, has a field of its own)."""

    categories: frozenset[Hardship]
    alternatives: tuple[str, ...] = ()
    text: str = ""
    #: (category, item as written) for a category the policy names only through a narrower
    #: group (「低保家庭」「特困人员」「贫困残疾人家庭」 lie in 低收入家庭, 「防返贫监测对象」 in 脱贫家庭): a graduate
    #: registered in the category is admitted only through the group.
    partial: tuple[tuple[Hardship, str], ...] = ()
    #: The groups the partial items name that the record can hold (``features.records.HardshipGroup``);
    #: a partial item without one (「低保边缘家庭」) is always reviewed.
    groups: frozenset[HardshipGroup] = frozenset()

    @property
    def whole(self) -> frozenset[Hardship]:
        """The categories the policy admits whole (named by a word for the whole category)."""
        return self.categories - {category for category, _ in self.partial}

    @property
    def loan_alternative(self) -> str | None:
        """The alternative that is 获得国家助学贷款, as written, if the policy names one."""
        return next((a for a in self.alternatives if _LOAN_ALTERNATIVE.match(a)), None)


@dataclass(frozen=True, slots=True)
class Policy:
    """One policy of the list. ``None`` in a condition field: the policy states none.

    ``age``, ``hukou`` and ``other`` are the cells as written; the rules engine reads them
    (its age parser, its hukou rule, its clause rules) and keeps what it cannot read for
    review. ``deadline``: the last day to apply (``None``: not stated, or 长期).
    """

    id: str
    name: str
    category: str | None = None
    content: str | None = None
    audience: str | None = None  # 适用对象, shown to people as written
    education: EducationRequirement | None = None
    graduation: GraduationWindow | None = None
    age: str | None = None
    hardship: HardshipRequirement | None = None
    hukou: str | None = None
    other: str | None = None
    how_to_apply: str | None = None
    deadline: dt.date | None = None
    issuer: str | None = None
    basis: str | None = None

    def __post_init__(self) -> None:
        if not str(self.id).strip():
            raise ValueError("政策编号不能为空")
        if not str(self.name).strip():
            raise ValueError("政策名称不能为空")


# --- reading the two policy-only conditions ---------------------------------------------

_NO_CONDITION = re.compile(r"^(?:不限|无|无要求|无限制|/|-|—)$")
_CN_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_NUMBER = r"(\d{1,2}|[一二两三四五六七八九十])"
_CURRENT = re.compile(r"毕业年度内?|毕业当年|毕业学年|应届(?:毕业生|高校毕业生)?")
_AFTER = re.compile(rf"(?:离校|毕业)(?:后)?{_NUMBER}\s*(?:年|周年)(?:以内|内)")
_UNEMPLOYED = re.compile(r"未就业|未落实(?:工作|就业)|尚未就业")
#: What may stand between and around the parts (「毕业年度内或离校2年内未就业高校毕业生」).
_GLUE = re.compile(r"[\s,，、;；和及或与以的]|及以内|高校毕业生|毕业生|高校|人员|青年")


def parse_graduation_window(text: object) -> GraduationWindow | None:
    """「毕业年度内」「应届」「离校2年内未就业」「毕业年度内或离校2年内」 → a window; 「不限」 or an
    empty cell → ``None``. Anything else raises ``ValueError`` with the accepted forms."""
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip()
    if _NO_CONDITION.match(raw):
        return None
    current = bool(_CURRENT.search(raw))
    after = _AFTER.search(raw)
    unemployed = bool(_UNEMPLOYED.search(raw))
    rest = _GLUE.sub("", _UNEMPLOYED.sub("", _AFTER.sub("", _CURRENT.sub("", raw))))
    if rest or not (current or after):
        raise ValueError(f"无法识别的毕业年份条件「{raw}」（可写：毕业年度内、应届、离校2年内、离校2年内未就业、"
                         "毕业年度内或离校2年内、不限）")
    years = None
    if after:
        word = after.group(1)
        years = int(word) if word.isdigit() else _CN_NUMBERS[word]
    return GraduationWindow(current_year=current, years_after=years, unemployed=unemployed, text=raw)


_HARDSHIP_ITEMS = re.compile(r"[;；,，、/|\n]+")
#: An alternative that names the national student loan (「获得国家助学贷款」「享受生源地信用助学贷款的毕业生」).
_LOAN_ALTERNATIVE = re.compile(r"^(?:获得|享受|申请|办理)?了?(?:国家|生源地(?:信用)?|校园地)?(?:国家)?助学贷款"
                               r"(?:的)?(?:高校)?(?:毕业生|学生)?$")
#: Words of ``features.hardship.parse_hardship`` that name only a part of their category, and
#: the words that name all of it: an item with the first and none of the second names a part.
#: 孤儿 is read as 低收入家庭 (``features.hardship_words``) but names only orphans: a policy for 孤儿 reviews
#: a 低收入家庭 graduate rather than admits every one.
_NARROWER = {Hardship.LOW_INCOME_FAMILY: (re.compile(r"低保|最低生活保障|特困|五保|孤儿|残疾人?(?:贫困|困难)?家庭"),
                                          re.compile(r"低收入|城乡困难")),
             Hardship.POVERTY_ALLEVIATION: (re.compile(r"防返贫|防止返贫|监测|易致贫|易返贫致贫|突发严重困难|脱贫不稳定"),
                                            re.compile(r"脱贫(?!不稳定)|建档立卡|贫困户"))}


def _named_in_part(item: str, found: frozenset[Hardship]) -> set[Hardship]:
    """The categories of ``found`` that ``item`` names only through a narrower group."""
    return {category for category, (part, whole) in _NARROWER.items()
            if category in found and part.search(item) and not whole.search(item)}


def parse_hardship_requirement(text: object) -> HardshipRequirement | None:
    """「低收入家庭、脱贫家庭、残疾；或获得国家助学贷款」 → any of the three categories, with one
    alternative the record cannot hold. Each item is read by the graduate importer's hardship
    parser (``features.hardship.parse_hardship``: 低保 and 特困 are 低收入家庭, 建档立卡 脱贫家庭);
    an item naming a category only in part (「低保家庭」) is kept in ``partial`` (with its group
    in ``groups`` when the record can hold it), and an item starting with 「或」 that names no
    category is an alternative, as is 获得国家助学贷款 however written. 「不限」 or an empty cell →
    ``None``; an unknown item raises ``ValueError``."""
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip()
    if _NO_CONDITION.match(raw):
        return None
    categories: set[Hardship] = set()
    named_whole: set[Hardship] = set()
    in_part: dict[Hardship, list[str]] = {}
    alternatives: list[str] = []
    for item in (part.strip() for part in _HARDSHIP_ITEMS.split(raw)):
        if not item:
            continue
        if item.startswith("或") or _LOAN_ALTERNATIVE.match(item):  # the loan is no category either way
            item = item.removeprefix("或").strip()
            try:
                found = parse_hardship(item)
            except ValueError:
                found = None
            if not found:
                alternatives.append(item)
                continue
        else:
            found = parse_hardship(item)  # raises on an unknown item, naming the categories
            if not found:
                raise ValueError(f"困难类别条件「{item}」没有写出任何类别：不限时请写「不限」或留空")
        categories.update(found)
        narrow = _named_in_part(item, found)
        named_whole.update(found - narrow)
        for category in narrow:
            in_part.setdefault(category, []).append(item)
    if not categories and not alternatives:
        return None
    # A category that another item names whole (「低保、低收入家庭」) is admitted whole.
    partial = tuple((c, item) for c, items in in_part.items() if c not in named_whole for item in items)
    groups = frozenset(group for _, item in partial for group in parse_hardship_groups(item) or ())
    return HardshipRequirement(categories=frozenset(categories), alternatives=tuple(alternatives), text=raw,
                               partial=partial, groups=groups)
