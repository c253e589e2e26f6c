"""The age check (``Kind.AGE``): an age limit, a birth-date range or both, counted on the day
the announcement states (else the reference date), with relaxations for some applicants.
``age_on`` and ``how_old`` also serve the 失业青年 target group's age (``checks``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from features.records import Graduate
from matching.deadlines import written_day
from matching.rules.age_groups import oldest_birth, scope_levels
from matching.rules.conditions import AgeCond, AgeRelaxation
from matching.rules.describe import birth_day, requirement
from matching.rules.seasons import is_fresh, of_post_season, years_named
from matching.verdict import Status

if TYPE_CHECKING:
    from matching.rules.checks import Context

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def how_old(age: int, as_of: dt.date | None, note: str | None = None) -> str:
    """How old the graduate is, and on which day when the announcement states one."""
    if as_of is not None:
        return f"按{written_day(as_of)}计算，您为{age}周岁"
    if note is not None:
        # 截止报名首日: the cell gives no date, so the reference day stands in for it.
        return f"您现年{age}周岁（岗位注明年龄计算截止{note}，请按该日核实）"
    return f"您现年{age}周岁"


def _born(birth: dt.date, side: str, bound: dt.date) -> str:
    """The birth date that failed a stated birth-date bound (``side``: 晚于 / 早于), dated as the
    requirement writes it. Said instead of the age when the age is within the age limit (23 in
    18至40周岁 yet born after 2002年11月30日): 「您现年23周岁」 there read as a contradiction. The
    birth date is no sensitive field (organisers read it on the graduate's record). Both days
    zero-padded (``birth_day``), as the requirement quoted before them writes the bound."""
    return f"您出生于{birth_day(birth)}，{side}{birth_day(bound)}"


#: A stated day this many years or more before the reference day is no day ages are counted
#: on for graduates now: it is a birth date written in cut-off words (「18周岁以上（时间截止到
#: 2012年10月31日）」, 18 years before its announcement), which the parser's fixed guard
#: (``age._EARLIEST_CUT_OFF``) stops catching once announcements are 18 years past it.
CUT_OFF_MAX_YEARS = 15


def _implausible_day(p: AgeCond, ctx: Context) -> dt.date | None:
    days = [d for d in (p.as_of, *(r.as_of for r in p.relaxations)) if d is not None]
    oldest = min(days, default=None)
    ref = ctx.reference_date
    limit = ref.replace(year=ref.year - CUT_OFF_MAX_YEARS, day=28 if (ref.month, ref.day) == (2, 29) else ref.day)
    return oldest if oldest is not None and oldest <= limit else None


def _said_to(p: AgeCond, g: Graduate) -> AgeCond:
    """The limit as said to this graduate: a relaxation for a level above theirs (硕士、博士研究生为35周岁以下
    to a 大专 graduate) can never apply to them and is left unsaid (2026-12-07 graduate review: Henan
    30075031 quoted it to every 大专 and 本科 applicant); one for a group the record cannot tell stays."""
    if g.education is None:
        return p
    mine = tuple(r for r in p.relaxations if r.level is None or r.gender is not None or g.education >= r.level)
    return p if len(mine) == len(p.relaxations) else replace(p, relaxations=mine)


def check_age(p: AgeCond, g: Graduate, ctx: Context, want: str | None = None) -> tuple[Status, str]:
    want = want or requirement(_said_to(p, g))
    if g.birth_date is None:
        return REVIEW, f"年龄待核实：岗位要求{want}，您的出生日期未填写"
    if (day := _implausible_day(p, ctx)) is not None:
        return REVIEW, f"年龄待核实：岗位要求{want}，所注日期{written_day(day)}早于今天{CUT_OFF_MAX_YEARS}年以上，可能是出生日期而非年龄计算日"
    p = _decided_by_day(p, ctx)  # said as written (``want``), checked as the day reads it
    # Ages (以下 includes the number) count on the day the announcement states, else on the
    # reference date; a stated birth-date bound is the announcement's own reading of the
    # same limit and takes precedence.
    age = age_on(g.birth_date, p.as_of or ctx.reference_date)
    aged = how_old(age, p.as_of, p.as_of_note)
    dated = f"，{aged}" if p.as_of or p.as_of_note else ""  # an admission names the day it counted on
    # A refusal names what decided: the age when the age bound fails, else the birth date.
    if p.minimum is not None and age < p.minimum:
        return FAIL, f"年龄不符：岗位要求{want}，{aged}"
    if p.born_to is not None and g.birth_date > p.born_to:
        return FAIL, f"年龄不符：岗位要求{want}，{_born(g.birth_date, '晚于', p.born_to)}"
    too_old = g.birth_date < p.born_from if p.born_from is not None else p.maximum is not None and age > p.maximum
    if not too_old:
        return _within_group_limits(p, g, ctx, want, dated)
    # Too old: said as the age when the age bound fails too, else as the birth date that decided.
    why = aged if p.born_from is None or (p.maximum is not None and age > p.maximum) else _born(g.birth_date, "早于", p.born_from)
    pending = False
    open_for_level = False  # a relaxation for the graduate's level by an unstated amount
    for r in p.relaxations:
        # A relaxation counts on its own stated day, else on the limit's.
        r_as_of = r.as_of or p.as_of
        r_age = age_on(g.birth_date, r_as_of or ctx.reference_date)
        r_dated = f"，{how_old(r_age, r_as_of, p.as_of_note)}" if r_as_of or p.as_of_note else ""
        # Like the base limit, a relaxation's own birth date decides over its age.
        if (g.birth_date < r.born_from) if r.born_from is not None else (r.maximum is None or r_age > r.maximum):
            continue
        if r.gender is not None:
            if g.gender is None:
                pending = True
            elif g.gender == r.gender:
                return OK, f"年龄符合：岗位要求{want}{r_dated}"
            continue
        if r.level is None or (r.fresh_only and g.graduation_year is None) or g.education is None:
            pending = True
            continue
        # A past season's post (2022年度) relaxes for that season's 应届 too, as its 应届 check admits them.
        if g.education >= r.level and (not r.fresh_only or is_fresh(g, ctx, years_named(r.who))
                                       or of_post_season(g, ctx, years_named(r.who))):
            if r.unrecorded:
                pending = True
                continue
            if r.open_ended:
                # 硕士研究生以上可适当放宽: the post may relax the limit for this level but says not
                # by how much (2026-12-07 review: read as no limit, it admitted a 硕士 of any age).
                # Reviewed as an experience relaxation is, unless a stated one admits them.
                open_for_level = True
                continue
            return OK, f"年龄符合：岗位要求{want}{r_dated}"
    if open_for_level:
        # Said of the graduate's own level: the qualifier may list others (硕士、博士及有工作经验者).
        return REVIEW, (f"年龄待核实：岗位要求{want}，{why}，岗位对{g.education.label}可适当放宽年龄但未注明放宽至多少周岁，"
                        f"请向招聘单位确认")
    if p.scope is not None:
        # A limit for 应届 graduates of a level binds a graduate of that level only when fresh.
        fresh_scope = "应届" in p.scope and "非应届" not in p.scope
        in_scope = g.education is not None and g.education in p.scope_levels
        if in_scope and (not fresh_scope or (g.graduation_year is not None and is_fresh(g, ctx, years_named(p.scope)))):
            return FAIL, f"年龄不符：岗位要求{want}，{why}"
        return REVIEW, f"年龄待核实：岗位要求{want}（仅针对{p.scope}），{why}"
    if pending:
        return REVIEW, f"年龄待核实：岗位要求{want}，{why}，请核实是否适用放宽条件"
    return FAIL, f"年龄不符：岗位要求{want}，{why}"


def _in_group(r: AgeRelaxation, g: Graduate, ctx: Context) -> bool | None:
    """Whether the graduate is of the group a limit names: by level (the levels named; 及以上 the
    levels from the lowest up), 应届 by the graduation year, gender by gender; ``None`` where the
    record cannot tell (no level or year stated, a title or experience it does not hold)."""
    if r.gender is not None:
        return None if g.gender is None else g.gender == r.gender
    if r.level is None and (season := _SEASON_ONLY.fullmatch(r.who)):
        # 应届毕业生 / 往届生 name no level: the graduation year alone tells the group.
        if g.graduation_year is None:
            return None
        return is_fresh(g, ctx, years_named(r.who)) == (season.group("fresh") == "应届")
    if r.level is None or g.education is None:
        return None
    named = scope_levels(r.who) or (r.level,)
    if not (g.education >= r.level if "及以上" in r.who else g.education in named):
        return False
    if r.fresh_only or _EARLIER.search(r.who):
        # 硕士应届 / 硕士历届: the season as well as the level tells the group.
        if g.graduation_year is None:
            return None
        if is_fresh(g, ctx, years_named(r.who)) != r.fresh_only:
            return False
    return None if r.unrecorded else True


def _within_group_limits(p: AgeCond, g: Graduate, ctx: Context, want: str, dated: str) -> tuple[Status, str]:
    """Within the general limit: a lower limit for the graduate's group (应届硕士研究生30周岁以下)
    refuses them when past it, and is reviewed when the record cannot tell the group."""
    if p.groups:
        return _own_group_limit(p, g, ctx, want, dated)
    pending: list[tuple[str, str, str]] = []  # (why, the group's limit, who)
    for r in p.stricter:
        past, why, limit = _past_group_limit(r, p, g, ctx)
        if not past:
            continue
        member = _in_group(r, g, ctx)
        if member:
            return FAIL, f"年龄不符：岗位要求{want}，{why}，{_holders(r.who)}须{limit}"
        if member is None:
            pending.append((why, f"{_holders(r.who)}须{limit}", r.who))
    if pending:
        # Said once each: the age (or birth date) and the limits of the groups the record cannot tell.
        asked = "，".join(dict.fromkeys([why for why, _, _ in pending] + [limit for _, limit, _ in pending]))
        return REVIEW, f"年龄待核实：岗位要求{want}，{asked}，请核实您是否{'或'.join(_member_of(who) for _, _, who in pending)}"
    return OK, f"年龄符合：岗位要求{want}{dated}"


#: A group named by the season alone (应届毕业生, 2026年应届生, 往届生, 非应届高校毕业生).
_SEASON_ONLY = re.compile(r"(?:20\d\d年)?(?P<fresh>应届|往届|非应届)(?:高校)?(?:毕业)?生?")
#: A group of earlier graduates (本科历届, 硕士往届): a fresh graduate is not of it.
_EARLIER = re.compile(r"历届|往届|非应届")
#: A group named by what its members hold (具有副高职称, 取得执业资格): not a noun of people.
_HOLDING = re.compile(r"(?:具有|具备|取得|持有)")


def _holders(who: str) -> str:
    """The group as the subject of 须…: 「具有副高职称者」, where 「具有副高职称须30周岁以下」 has none."""
    return f"{who}者" if _HOLDING.match(who) and not who.endswith(("的", "者", "人员")) else who


def _member_of(who: str) -> str:
    """What to confirm: 「属于应届硕士研究生」, but 「具有副高职称」 (「属于具有副高职称」 is no Chinese)."""
    return who.removesuffix("的") if _HOLDING.match(who) else f"属于{who}"


def _past_group_limit(r: AgeRelaxation, p: AgeCond, g: Graduate, ctx: Context) -> tuple[bool, str, str]:
    """(past it, how old or when born, the limit) for a group's limit, counted on its day."""
    r_as_of = r.as_of or p.as_of
    r_age = age_on(g.birth_date, r_as_of or ctx.reference_date)
    past = g.birth_date < r.born_from if r.born_from is not None else r.maximum is not None and r_age > r.maximum
    # A birth-date limit is said with the birth date, as the base limit's is, and so is the limit
    # it failed: 「出生于1985年05月01日，…须35周岁以下」 named an age the birth date did not decide on.
    if r.born_from is not None:
        return past, f"您出生于{birth_day(g.birth_date)}", f"{birth_day(r.born_from)}以后出生"
    return past, how_old(r_age, r_as_of, p.as_of_note), f"{r.maximum}周岁以下"


def _decided_by_day(p: AgeCond, ctx: Context) -> AgeCond:
    """Group limits an age against a birth-date bound (1990年1月1日以后出生，硕士研究生30周岁以下)
    compared on the day ages count on: a group's limit admitting later births than the general
    one binds that group (a master of 32 is refused); one admitting earlier births relaxes it."""
    if not p.undecided:
        return p
    day = p.as_of or ctx.reference_date
    general = oldest_birth(p.maximum, p.born_from, day)
    stricter = [r for r in p.undecided if general is not None
                and oldest_birth(r.maximum, r.born_from, r.as_of or day) > general]
    relaxed = [r for r in p.undecided if r not in stricter]
    return replace(p, stricter=(*p.stricter, *stricter), relaxations=(*p.relaxations, *relaxed), undecided=())


def _specificity(r: AgeRelaxation) -> tuple[int, bool]:
    """Fewer levels named, then 应届: the more specific group (博士 within 研究生, 应届硕士 within 硕士)."""
    return len(scope_levels(r.who) or (r.level,)), not r.fresh_only


def _own_group_limit(p: AgeCond, g: Graduate, ctx: Context, want: str, dated: str) -> tuple[Status, str]:
    """Limits each for a group (本科生23周岁以下，硕士研究生27周岁以下): the graduate's own group's
    binds (its most specific, 博士 over 研究生); a graduate of no group named is not told by the
    post, and one whose group the record cannot tell is reviewed unless every group agrees."""
    member = [(r, _in_group(r, g, ctx)) for r in p.groups]
    sure = sorted((r for r, m in member if m), key=_specificity)
    maybe = [r for r, m in member if m is None]
    if not sure and not maybe:
        return _in_no_group(p, g, ctx, want, dated)
    chosen = sure[:1] + maybe
    verdicts = [(r, *_past_group_limit(r, p, g, ctx)) for r in chosen]
    if all(not past for _, past, _, _ in verdicts):
        return OK, f"年龄符合：岗位要求{want}{dated}"
    if sure and (not maybe or all(past for _, past, _, _ in verdicts)):
        r, _, why, limit = next(v for v in verdicts if v[1])
        if p.relaxations:
            # A relaxation said in another cell (备注: 具有高级职称的可放宽至40周岁) lifts the
            # group's own limit as it lifts a general one; one naming another level does not
            # (本科：…（有中级资格证放宽至40岁）硕士：应届35岁及以下: a fresh 硕士 of 38 is refused).
            mine = tuple(x for x in p.relaxations if _in_group(x, g, ctx) is not False)
            own = replace(p, maximum=r.maximum, born_from=r.born_from, as_of=r.as_of or p.as_of, groups=(), relaxations=mine)
            return check_age(own, g, ctx, want)
        return FAIL, f"年龄不符：岗位要求{want}，{why}，{_holders(r.who)}须{limit}"
    asked = "，".join(dict.fromkeys([why for _, past, why, _ in verdicts if past]
                                    + [f"{_holders(r.who)}须{limit}" for r, past, _, limit in verdicts if past]))
    return REVIEW, f"年龄待核实：岗位要求{want}，{asked}，请核实您是否{'或'.join(_member_of(r.who) for r, past, _, _ in verdicts if past)}"


def _in_no_group(p: AgeCond, g: Graduate, ctx: Context, want: str, dated: str) -> tuple[Status, str]:
    """A graduate of no group listed (a 往届 master under 应届硕士/应届博士 limits, a doctor under
    本科/硕士 ones): the post states no limit for them, yet no listed limit refuses one within
    all of them. Past some, the review says how old they are and which limits they pass, so the
    graduate and the organiser can ask the employer with the figures in hand."""
    verdicts = [(r, *_past_group_limit(r, p, g, ctx)) for r in p.groups]
    past = [(r, why) for r, is_past, why, _ in verdicts if is_past]
    if not past:
        return OK, f"年龄符合：岗位要求{want}，您不属于所列人员，年龄在所列各项要求以内{dated}"
    over = "、".join(dict.fromkeys(r.who for r, _ in past))
    return REVIEW, (f"年龄待核实：岗位要求{want}，您不属于所列人员，岗位未注明对您的年龄要求，{past[0][1]}，"
                    f"超出{over}的年龄要求，请向招聘单位核实")
