"""Age requirements, written as ages (18周岁以上、35周岁以下), birth-date ranges
(1990年1月1日以后出生) or both, with relaxations for some applicants (博士放宽至40周岁), and
the day ages are counted on when the cell states it (年龄计算截止日期为2026年3月1日).

``parse_age(text, start, end)`` reads a run of comma-separated parts of a folded cell and
returns an ``AgeCond`` only when every part is understood; otherwise ``None`` (the caller
then tries other readings or keeps the text for review).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from matching.rules.age_groups import GENDER_WHO, per_group, relaxations_for, scope_levels, split_group_limits
from matching.rules.age_levels import parse_level_season_ages
from matching.rules.conditions import AgeCond
from matching.rules.text import CJK, DATE, NUMBER, _split, _STRONG, date_of, number, sub_clauses


# A bracketed relaxation, or a bracketed group limit (35周岁以下（应届硕士研究生30周岁以下）).
_PAREN_RELAX = re.compile(r"\(([^()]*放宽[^()]*|(?:其中)?[^()\d]*?(?:本科|硕士|博士|研究生|应届|大专|专科)[^()\d]*\d+\s*周?岁[^()]*)\)")
# Limits for different levels written one after another: 研究生35周岁及以下本科30周岁及以下.
_GLUED = re.compile(
    r"(?<=[岁)])、(?=大学本科|本科生|硕士研究生|博士研究生|硕士生|博士生)|(?<=以下)、(?=大学本科|本科生|硕士研究生|博士研究生|硕士生|博士生)|(?<=岁及以下)(?=大学本科|本科|研究生|硕士|博士|大专)|(?<=岁以下)(?=大学本科|本科|研究生|硕士|博士|大专)"
)


def _pieces(text: str, start: int, end: int) -> list[str]:
    """Comma/semicolon parts; a bracketed relaxation (具有中级证的放宽至45周岁) is a part of its own."""
    out: list[str] = []
    for s, e in _split(text, start, end, _STRONG):
        for a, b in sub_clauses(text, s, e):
            for piece in _GLUED.split(text[a:b]):
                inner = [p for m in _PAREN_RELAX.finditer(piece) for p in m.group(1).split(",") if p.strip()]
                out.append(_PAREN_RELAX.sub("", piece))
                out.extend(inner)
    return out


_N = rf"({NUMBER})"
_SUI = r"(?:周岁|岁|周(?=\())"
_DATE_RANGE = re.compile(
    rf"(?:即|指)?:?{DATE}\s*(?:\((?:不)?含\))?\s*(?:至|到|-{{1,2}}|—)\s*{DATE}\s*(?:\((?:不)?含\))?\s*(?:期间|之间)?(?:出生)?(?:的)?"
)
# (不含): the day itself is excluded (1984年11月30日(不含)以后出生 starts on 12月1日).
_DATE_AFTER = re.compile(
    rf"(?:即|指)?:?{DATE}\s*(?:\((?P<x1>不)?含\))?\s*(?:及|或)?(?:以后|之后|后)(?:\((?P<x2>不)?含\))?(?:出生)?(?:的)?"
)
_DATE_BEFORE = re.compile(rf"(?:即)?{DATE}\s*(?:\((?P<x1>不)?含\))?\s*(?:及|或)?(?:以前|之前|前)(?:\((?P<x2>不)?含\))?(?:出生)?")
_RANGE = re.compile(rf"{_N}\s*(?:{_SUI})?\s*(?:\(含\))?\s*(?:至|到|-{{1,2}})\s*{_N}\s*{_SUI}\s*(?:\(含\))?(?:以下|以内)?")
_MIN = re.compile(rf"(?:年满){_N}\s*{_SUI}(?:\s*(?:\(含\))?\s*(?:及|或)?以上)?|{_N}\s*{_SUI}\s*(?:\(含\))?\s*(?:及|或)?以上")
_MAX = re.compile(
    rf"(?:不超过|不得超过|不大于|上限|未满|不满|小于|≤)?{_N}\s*(?:\(含\))?\s*{_SUI}\s*(?:\(含\)|\(不含\))?\s*(?:\([^()]*\))?\s*(?:及|或)?(?:以下|以内)?"
)
_RELAX = re.compile(r"(?:经学校研究后)?(?:年龄)?(?:条件|限制)?(?:可|可以)?(?:适当)?放宽(?:至|到)?")
# 可适当放宽 with no number; 可适当放宽至40周岁 is a bounded relaxation (_RELAX + _MAX).
_OPEN_RELAX = re.compile(r"(?:年龄)?(?:可|可以)?适当放宽(?!\s*(?:至|到))(?:年龄)?(?:条件|限制)?|不受年龄限制")
_AGE_NOTE = re.compile(
    rf"(?:年龄)?(?:条件)?(?:计算)?(?:的)?(?:截止|截至)?(?:时间|日期)?(?:为|是|至|截止至|截至)?\s*{DATE}|以身份证(?:上的)?出生日期为准"
)  # read after ``_CUT_OFF``: what is left is a date that is not a day to count ages on
# The day ages are counted on: note words naming it (at least one of 截止/截至/计算/基准, see
# ``_cut_off``), then a date (2026年3月1日, 2026-03-01, 2026.3.1; 截至2026年6月 is the month's
# last day, as 截至 includes the month) or a day relative to the recruitment (报名首日), which
# may carry its date in brackets (公告发布之日（2021年11月11日）). Read after the birth-date
# patterns, so a date followed by 以后/以前/出生 (基准日期为1976年10月1日后出生) stays a bound.
_NOTE_WORD = r"(?:本次招聘岗位中|报考|年龄|条件|的|计算|基准|截止|截至|时间|日期|结点|为|是|至|到)"
_RELATIVE_DAY = r"(?:招聘公告|招聘启事|公告)发布之日|报名(?:首日|开始当天|第一天|前一天)"
_DAY = rf"(?:{DATE}|(\d{{4}})[-./](\d{{1,2}})[-./](\d{{1,2}})日?)"
_CUT_OFF = re.compile(
    rf"(?P<lead>{_NOTE_WORD}+)[:：]?\s*(?:(?P<rel>{_RELATIVE_DAY})\s*(?:\(\s*(?P<day1>{_DAY})\s*\))?|(?P<day2>{_DAY}))\s*止?"
)
_CUT_OFF_WORD = re.compile(r"截止|截至|计算|基准")
_DAY_PARTS = re.compile(_DAY)
# A "cut-off" before this is a birth date in cut-off words (35周岁以下（时间截止到1986年10月
# 31日）: 35 years before the announcement; 18周岁以上（时间截止到2003年10月31日）: 18 years
# before), not a day to count ages on; left for review. No table this service reads counts
# ages on a day before 2010, and an 18-year-old of an announcement up to 2028 was born before it.
_EARLIEST_CUT_OFF = dt.date(2010, 1, 1)


def _cut_off(m: re.Match[str]) -> tuple[dt.date | None, str | None] | None:
    """(day, relative day) a cut-off note states, or ``None`` if the match is not one."""
    if not _CUT_OFF_WORD.search(m.group("lead")):
        return None
    stated = m.group("day1") or m.group("day2")
    day = None
    if stated:
        g = _DAY_PARTS.fullmatch(stated).groups()
        day = date_of(*g[:3], end_of_month=True) if g[0] else date_of(*g[3:])
        if day < _EARLIEST_CUT_OFF:
            return None
    return day, None if day else m.group("rel")


def stated_age_day(text: str) -> tuple[dt.date | None, str | None] | None:
    """(day, relative day) when ``text`` is only a note of the day ages count on (年龄计算截至
    2026年6月30日, 截至报名首日), read as an age limit's note is; ``None`` otherwise. For other
    conditions that count an age (16-24岁失业青年（年龄计算截至…）)."""
    m = _CUT_OFF.fullmatch(text.strip())
    return _cut_off(m) if m is not None else None


# Who a limit applies to. Longest first; level words decide which graduates it covers.
_WHO = re.compile(
    r"博士\(后\)|博士后|(?:具有|获得|取得)?(?:2\d{3}年)?(?:应届|非应届)?(?:全日制)?(?:统招|普通高校)?(?:硕士研究生|博士研究生|硕士|博士|研究生|本科(?:毕业)?生?|本科)"
    r"(?:生|毕业生|学历|学位|研究生)?(?:(?:、|和|及|与)(?:硕士研究生|博士研究生|硕士|博士|研究生|本科生|本科))*"
    r"(?:及以上)?(?:学历|学位)?(?:\((?:学位|学历|学士|硕士|博士)\))?(?:及学位)?(?:的)?(?:人员|者)?(?:\((?:非在职|全日制)\))?(?:人员)?"
    r"|(?:2\d{3}年)?(?:应届毕业生|应届生|应届|非应届生|非应届毕业生|非应届|往届毕业生|往届生|历届生|历届|社会人员)"
    r"|(?:大专生|专科生|大学本科|本科生|本科)(?:、(?:大专生|本科生|硕士研究生|博士研究生))*"
    r"|(?:具有|具备|取得)?[^,;()]{0,14}?(?:职称|职务|资格证?|资格|人才|中级证|医师证)(?:的|人员|者|医疗人员)*"
    r"|(?:报考人员为)?依法退出现役的退役军人|从事过[^,;()]{1,20}?工作的|(?:正高级职称|学科带头人|急需紧缺岗位)[、或]*"
    r"|(?:副)?教授|博士\(后\)|博士后|(?:省级及以上)?名中医"
    r"|(?:具有)?(?:副高|正高|中级|高级|副高级|正高级)(?:及以上)?(?:专业技术)?(?:职称|职务|资格|人才)?(?:资格)?(?:的)?(?:人员|者)?"
    r"|退役军人|退役士兵|条件优秀者|(?:特别)?优秀者|(?:特殊|部分)[\u4e00-\u9fff]{0,8}?岗位"
    r"|(?P<gender>男性|女性|男教师|女教师|男|女)(?=年龄|\d|□)"
)
_FILLER = re.compile(
    r"[\s,、()\"'.:\-]|其中|本次招聘岗位中计算年龄的基准日期为|之间|任职要求|年龄条件|年龄|一般|原则上|要求|应聘的?|报考|报名|的|为|在|即|指|期间|出生|生人|人员|均|可|者|含|不超过|以下|以上|及|或|周岁|岁|须|需|且|应|限|可以|经学校研究后|考生|\(含\d+周岁\)"
)

# Whom a relaxation is for when it names neither a level nor a title: experience (有相关经验者,
# 有公安、法院等单位工作经历的, 基层党建工作经验丰富的), merit (条件优异者, 特别优秀的, 表现特别优秀或有
# 重大研究成果的) or 特殊情况下. The record holds none of them: an older graduate is reviewed.
_RELAXED_WHO = re.compile(
    r"(?:对)?(?:(?:具有|具备|有)[^,;()\d□]{0,30}?(?:经验|经历)(?:丰富)?|[^,;()\d□或]{1,16}?(?:经验|经历)丰富"
    r"|(?:条件|表现|工作实绩|工作业绩|业绩|实绩)?(?:特别|十分|非常)?(?:优秀|优异|突出)(?:人才)?"
    r"(?:或(?:有|取得)?[^,;()\d□]{0,12}?(?:成果|业绩|贡献))?"
    r"|特殊情况下?)(?:的|者)?"
)


class _Part:
    __slots__ = ("who", "minimum", "maximum", "born_from", "born_to", "as_of", "as_of_note")

    def __init__(self) -> None:
        self.who: str | None = None
        self.minimum: int | None = None
        self.maximum: int | None = None
        self.born_from: dt.date | None = None
        self.born_to: dt.date | None = None
        self.as_of: dt.date | None = None
        self.as_of_note: str | None = None


_ONE_DAY = dt.timedelta(days=1)


def _excluded(m: re.Match[str]) -> bool:
    return bool(m.group("x1") or m.group("x2"))


def _blank(text: str, m: re.Match[str]) -> str:
    return text[: m.start()] + "□" * (m.end() - m.start()) + text[m.end() :]


def _read_part(text: str) -> _Part | None:
    original = text
    text = re.sub(r"\(含\d+周?岁\)", "", text)
    # Typing slips seen in real tables: 1975年12月5日日以后, 35周岁及以(1985年…), <含>.
    text = text.replace("日日", "日").replace("及以(", "及以下(").replace("<含>", "(含)")
    part = _Part()
    seen = False
    for m in list(_DATE_RANGE.finditer(text)):
        a = date_of(m.group(1), m.group(2), m.group(3))
        b = date_of(m.group(4), m.group(5), m.group(6), end_of_month=True)
        part.born_from, part.born_to = min(a, b), max(a, b)
        text, seen = _blank(text, m), True
    for m in list(_DATE_AFTER.finditer(text)):
        part.born_from = date_of(m.group(1), m.group(2), m.group(3)) + _ONE_DAY * _excluded(m)
        text, seen = _blank(text, m), True
    for m in list(_DATE_BEFORE.finditer(text)):
        part.born_to = date_of(m.group(1), m.group(2), m.group(3), end_of_month=True) - _ONE_DAY * _excluded(m)
        text, seen = _blank(text, m), True
    # Before the ages: 35周岁（计算时间截至2021年4月30日）以下 puts the note inside the limit.
    for m in list(_CUT_OFF.finditer(text)):
        if (found := _cut_off(m)) is not None:
            part.as_of, part.as_of_note = found[0] or part.as_of, found[1] or part.as_of_note
            text, seen = _blank(text, m), True
    for m in list(_RANGE.finditer(text)):
        part.minimum, part.maximum = number(m.group(1)), number(m.group(2))
        text, seen = _blank(text, m), True
    mins = list(_MIN.finditer(text))
    if len(mins) > 1:
        return None  # two lower bounds in one part: a qualified limit hides in it
    for m in mins:
        part.minimum = number(m.group(1) or m.group(2))
        text, seen = _blank(text, m), True
    maxes = list(_MAX.finditer(text))
    if len(maxes) > 1:
        return None  # 40周岁以下(具有中级证的放宽至45周岁): needs review, not a guess
    for m in maxes:
        value = number(m.group(1))
        # 未满/不满 35 周岁 means at most 34.
        part.maximum = value - 1 if m.group(0).startswith(("未满", "不满", "小于")) else value
        text, seen = _blank(text, m), True
    for m in list(_AGE_NOTE.finditer(text)):
        text, seen = _blank(text, m), True
    for m in list(_OPEN_RELAX.finditer(text)):
        part.maximum = 999  # 可适当放宽: no stated limit, so older applicants need review
        text, seen = _blank(text, m), True
    for m in list(_RELAX.finditer(text)):
        text = _blank(text, m)
    spans = []
    if "放宽" in original:
        # Whom only a relaxation names (有相关经验者年龄可适当放宽, 特别优秀的可放宽至40周岁): read as
        # a qualifier only there, so that 35周岁以下具有2年工作经历 stays a limit and a requirement.
        for m in list(_RELAXED_WHO.finditer(text)):
            spans.append((m.start(), m.end()))
            text = _blank(text, m)
    while (who := _WHO.search(text)) is not None and who.end() > who.start():
        spans.append((who.start(), who.end()))
        text = _blank(text, who)
    if spans:
        # The qualifier as written: from its first word to its last.
        part.who = original[min(s for s, _ in spans) : max(e for _, e in spans)].strip(" ,")
    residue = _FILLER.sub("", text.replace("□", ""))
    if residue or not seen:
        return None
    return part


def _take_day(into: _Part, note: _Part) -> None:
    into.as_of = note.as_of or into.as_of
    into.as_of_note = note.as_of_note or into.as_of_note


_RELAX_START = re.compile(r"^\s*(?:年龄)?(?:条件|限制)?(?:可|可以)?(?:适当)?放宽")
_LIMIT_START = re.compile(r"^\s*年龄(?:要求|条件)?(?:为|在)?\s*\d")
_LEVEL_ONLY = re.compile(r"(?:(?:全日制)?(?:大专|专科|本科|硕士研究生|博士研究生|硕士|博士|研究生)(?:毕业生|学历|生)?(?:[、及和或]|及以上)*)+")


def _who_only(piece: str, next_piece: str | None = None) -> bool:
    """A part that only says who (具有博士学历的人员或具有中级职称的人员，…放宽至40周岁).

    Without a closing 的/者/人员 the part must be followed by a relaxation
    (全日制统招硕士研究生及以上学历，年龄可放宽至35周岁)."""
    if re.search(r"岁|出生", piece):
        return False
    before_relaxation = bool(next_piece and _RELAX_START.match(next_piece))
    if next_piece and _LIMIT_START.match(next_piece) and _LEVEL_ONLY.fullmatch(piece.strip(" ,")):
        # 本科毕业生，年龄30周岁以下。硕士研究生，年龄要求35周岁以下: a level, then its limit.
        return True
    if before_relaxation and re.search(r"(?:经历|经验|的|者)\s*$", piece) and not re.search(r"\d{4}", piece):
        # 具有5年及以上相关工作经历的，年龄条件可放宽至40周岁: whoever this names, the
        # relaxation is for them (a condition the record cannot check: no level).
        return True
    if re.search(r"\d", piece):
        return False
    if not re.search(r"(?:的|者|人员|人才)\s*$", piece) and not before_relaxation:
        return False
    rest, found = piece, False
    while (who := _WHO.search(rest)) is not None and who.end() > who.start():
        rest, found = _blank(rest, who), True
    return found and not _FILLER.sub("", rest.replace("□", ""))


def parse_age(text: str, start: int, end: int) -> AgeCond | None:
    """An ``AgeCond`` from ``text[start:end]`` (folded), or ``None`` if any part is not understood."""
    chunk = text[start:end]
    if not re.search(r"岁|出生", chunk) or not CJK.search(chunk):
        return None
    if (by_level := parse_level_season_ages(chunk)) is not None:
        return by_level  # 本科:应届30岁及以下(…),历届35岁及以下(…)硕士:…
    parts: list[_Part] = []
    notes = _Part()  # the day a leading note states (年龄计算截止时间为…。硕士研究生32周岁以下…)
    pending_who: str | None = None
    pieces = _pieces(text, start, end)
    for i, piece in enumerate(pieces):
        if _who_only(piece, pieces[i + 1] if i + 1 < len(pieces) else None):
            # 对其中具有中级职称的: 对/其中 only lead into whom it names.
            pending_who = re.sub(r"^(?:对)?(?:其中)?", "", piece.strip(" ,的"))
            continue
        part = _read_part(piece)
        if part is None:
            return None
        if pending_who and part.who is None:
            part.who, pending_who = pending_who, None
        if part.who is None and part.minimum is None and part.maximum is None and not parts:
            if part.born_from is None and part.born_to is None:
                _take_day(notes, part)
                continue  # a leading note (年龄计算截止时间为…)
        elif part.who is None and part.minimum is None and part.maximum is None:
            # A note (计算截止日期) or a date (即1974年12月20日以后出生) continuing the part before.
            prev = parts[-1]
            prev.born_from = part.born_from or prev.born_from
            prev.born_to = part.born_to or prev.born_to
            _take_day(prev, part)
            continue
        parts.append(part)
    if pending_who or not parts:
        return None
    # A part with only a date (…前、…后出生) continues the previous one.
    base = [p for p in parts if p.who is None]
    qualified = [p for p in parts if p.who is not None and (p.maximum is not None or p.born_from is not None)]
    if len(base) + len(qualified) != len(parts):
        return None
    genders = [GENDER_WHO.get(p.who) for p in qualified]
    if any(genders) and not all(genders):
        # 正高职称男性55周岁、女性50周岁: the bare 女性 inherits words it does not repeat.
        return None
    days = {p.as_of for p in (notes, *parts) if p.as_of}
    # An announcement counts every age on one day: a day stated once anywhere in the cell
    # (研究生35周岁以下，博士40周岁以下（计算截止至…）) holds for every limit in it.
    shared = next(iter(days)) if len(days) == 1 else None
    relative = next((p.as_of_note for p in (notes, *parts) if p.as_of_note), None)
    if not base and len(qualified) == 1:
        # One qualified limit alone (本科生28周岁以下) binds only those applicants.
        (p,) = qualified
        as_of = shared or p.as_of or notes.as_of
        return AgeCond(minimum=p.minimum, maximum=p.maximum, born_from=p.born_from, born_to=p.born_to,
                       scope=p.who, scope_levels=scope_levels(p.who), as_of=as_of,
                       as_of_note=None if as_of else relative)
    if not base:
        if (groups := _per_group(qualified, shared)) is not None:
            as_of = shared or notes.as_of
            return replace(groups, as_of=as_of, as_of_note=None if as_of else relative)
        # Every limit is qualified but some name no level (男性50周岁，女性45周岁): the lowest is the base.
        if any(p.maximum is None for p in qualified):
            return None
        qualified.sort(key=lambda p: p.maximum)
        first = qualified.pop(0)
        first.who = None
        base = [first]
    minimum = maximum = None
    born_from = born_to = None
    as_of = shared or notes.as_of
    for p in base:
        minimum = p.minimum if p.minimum is not None else minimum
        maximum = p.maximum if p.maximum is not None else maximum
        born_from = p.born_from or born_from
        born_to = p.born_to or born_to
        as_of = as_of or p.as_of
    # Days that differ within a cell stay with their limits; a relaxation without one counts
    # on the base limit's day (``AgeRelaxation.as_of`` None).
    limits = tuple(r for p in qualified
                   for r in relaxations_for(p.who, p.maximum, p.born_from, None if shared else p.as_of))
    if maximum is None and born_from is None and per_group(limits):
        # 18周岁以上，本科生23周岁以下，硕士研究生27周岁以下: the general part sets no upper bound.
        return AgeCond(minimum=minimum, born_to=born_to, groups=limits, as_of=as_of, as_of_note=None if as_of else relative)
    relax, stricter, undecided = split_group_limits(limits, maximum, born_from)
    cond = AgeCond(minimum=minimum, maximum=maximum, born_from=born_from, born_to=born_to, relaxations=relax,
                   stricter=stricter, undecided=undecided, as_of=as_of, as_of_note=None if as_of else relative)
    if cond.minimum is None and cond.maximum is None and cond.born_from is None and cond.born_to is None:
        return None
    return cond


def _per_group(qualified: list[_Part], shared: dt.date | None) -> AgeCond | None:
    """Limits each naming a level (本科生23周岁以下，硕士研究生27周岁以下) as limits of those groups
    alone, when their lower bounds agree; ``None`` for a list read as a base and relaxations."""
    if len({(p.minimum, p.born_to) for p in qualified}) != 1:
        return None
    limits = tuple(r for p in qualified
                   for r in relaxations_for(p.who, p.maximum, p.born_from, None if shared else p.as_of))
    if not per_group(limits) or any(r.maximum is None and r.born_from is None for r in limits):
        return None
    return AgeCond(minimum=qualified[0].minimum, born_to=qualified[0].born_to, groups=limits)
