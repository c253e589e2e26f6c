"""Text for conditions: the Chinese requirement shown in reasons (``requirement``) and a
compact canonical label used by the hand-labelled fixture (``describe_condition``)."""

from __future__ import annotations

import datetime as dt
import re

from features.education import Degree
from matching.rules.conditions import (
    AgeCond,
    AgeRelaxation,
    CertificateCond,
    Condition,
    DegreeCond,
    DetailCond,
    EducationCond,
    EitherCond,
    EthnicityCond,
    ExperienceCond,
    GenderCond,
    GraduationCond,
    HukouCond,
    LanguageCond,
    MajorCond,
    NatureCond,
    Note,
    PoliticalCond,
    PostScopedCond,
    RouteCond,
    SchoolCond,
    ServiceYearsCond,
    TargetCond,
    TargetGroup,
    Unparsed,
)
from matching.rules.political import political_text

#: A loosely read experience clause that already says how long or what was done
#: (「2年以上…」「从事…」「一般应当在本级机关工作2年以上」); any other (「团队管理经验」) reads after 具有.
_STATES_HOW = re.compile(r"[0-9一二两三四五六七八九十]|具有|具备|有|从事|曾|在|一般|累计|连续")


def requirement(payload: object) -> str:
    """What the job asks, in Chinese (岗位要求 …)."""
    match payload:
        case EducationCond(requirement=req, scope=str(scope)):
            return f"{scope}须{req.describe()}"
        case EducationCond(requirement=req):
            return req.describe()
        case NatureCond():
            parts = [w for w, on in (("全日制", payload.full_time), ("普通高校统招", payload.regular), ("国民教育序列", payload.national_series)) if on]
            text = "学历性质为" + "、".join(parts or ["指定类型"])
            return f"{payload.scope}{text}" if payload.scope else text
        case DegreeCond():
            text = "与学历相对应的学位" if payload.matching_level else f"{payload.minimum.label}及以上学位" if payload.minimum else "学位"
            text = "各学习阶段均取得学历和学位" if payload.all_stages else text
            return f"{payload.scope}须取得{text}" if payload.scope else text
        case GenderCond(gender=g):
            return f"限{g.value}性"
        case AgeCond():
            return age_text(payload)
        case PoliticalCond():
            return political_text(payload)
        case EthnicityCond(names=names, minority=minority):
            return "少数民族" if minority else "、".join(names)
        case HukouCond(places=places, outside=True):
            return "、".join(places) + "以外生源"
        case HukouCond(places=places, origin=origin, hukou=hukou, label=label):
            return (label or "、".join(places)) + (("户籍或生源" if hukou else "生源") if origin else "户籍")
        case ExperienceCond(wording=str(wording), scope=scope):
            text = wording if _STATES_HOW.match(wording) else f"具有{wording}"
            return f"{scope}须{text}" if scope else text
        case ExperienceCond(years=years, grassroots=grassroots, field=field, scope=scope):
            # 「从事法律事务相关工作」 ends with its 工作 already
            what = "基层工作经历" if grassroots else f"{(field or '').removesuffix('工作')}工作经历"
            text = f"{years}年以上{what}" if years else f"具有{what}"
            return f"{scope}须具有{text.removeprefix('具有')}" if scope else text
        case TargetCond(group=TargetGroup.UNEMPLOYED_YOUTH, ages=(youngest, oldest)):
            return f"{youngest}-{oldest}岁失业青年"
        case TargetCond(graduated_by=int(last)):
            return f"{last}年及以前毕业生"
        case TargetCond(group=TargetGroup.LEFT_UNEMPLOYED, graduated_from=int(first)):
            return f"{first}年以来离校未就业高校毕业生"
        case TargetCond(group=TargetGroup.FREE_NORMAL, years=years) if years:
            return "、".join(str(y) for y in years) + "年毕业免费师范生"
        case TargetCond(group=TargetGroup.RETURNEE, degree=Degree() as degree):
            return f"经认证的获得{degree.label}及以上学位的留学回国人员"
        case TargetCond(group=TargetGroup.RETURNEE, graduated_in=(int(first), int(last))):
            when = f"{first}年毕业" if first == last else f"{first}年至{last}年间取得境外学位"
            return f"{when}并经认证的留学回国人员"
        case TargetCond(group=TargetGroup.DISABLED, disability=str(kinds)):
            return f"残疾人（残疾类型为{kinds}）"
        case TargetCond(group=group, years=years, projects=projects):
            if group is TargetGroup.FRESH_GRADUATE and years:
                return "、".join(str(y) for y in years) + "年毕业生"
            if projects:
                return "、".join(projects) + "人员"
            return group.value
        case GraduationCond(window=window):
            return window.text
        case RouteCond(label=label):
            return label
        case EitherCond(options=options):
            # 岗位面向… already says whom: an option's own 面向 (「面向现任村“两委”班子成员」) is dropped
            return "或".join(re.sub(r"^(?:面向|仅限|限)", "", requirement(payload)) for _, payload in options)
        case LanguageCond(languages=langs):
            return "掌握" + "、".join(langs)
        case CertificateCond(name=name, post=str(post)):
            return f"报考{post}须具有{name}"
        case CertificateCond(name=name, scope=scope):
            return f"{scope}须具有{name}" if scope else f"具有{name}"
        case ServiceYearsCond(years=years):
            return f"最低服务年限{years}年"
        case SchoolCond(requirement=req):
            return f"毕业院校：{req}"
        case MajorCond(requirement=req):
            return f"专业：{req.text}"
        case DetailCond(text=text):
            return text
        case Note(category=cat):
            return cat.value
        case PostScopedCond(post=post, requirement=req):
            return f"提示：仅{post}岗位须{req}"
        case AgeRelaxation(who=who):
            text = relaxation_text(payload)
            return f"年龄放宽：{who}" + (text if text.startswith("可") else f"可{text}")
        case Unparsed(text=text):
            return text
    return str(payload)


def birth_day(day: dt.date) -> str:
    """A birth-date bound as requirements say it, zero-padded (「2002年06月01日以前出生」), unlike
    other days (``matching.deadlines.written_day``: 「2026年12月6日」): a refusal naming the
    graduate's birth date beside the bound (``age_checks._born``) writes both so, to read alike."""
    return f"{day:%Y年%m月%d日}"


def age_text(cond: AgeCond) -> str:
    if cond.minimum is not None and cond.maximum is not None:
        text = f"{cond.minimum}至{cond.maximum}周岁"
    elif cond.maximum is not None:
        text = f"{cond.maximum}周岁以下"
    elif cond.minimum is not None:
        text = f"{cond.minimum}周岁以上"
    else:
        text = ""
    born = []
    if cond.born_from:
        born.append(f"{birth_day(cond.born_from)}以后出生")
    if cond.born_to:
        born.append(f"{birth_day(cond.born_to)}以前出生")
    if born:
        text += ("（" + "、".join(born) + "）") if text else "、".join(born)
    # A qualifier naming a level or a title (具有博士研究生学历或中级职称) is two relaxations
    # (``age_groups.relaxations_for``: the level decides, the others are reviewed) in one wording: said once.
    relaxed = "".join(dict.fromkeys(f"，{r.who}{relaxation_text(r)}" for r in cond.relaxations))
    # Group limits as the announcement writes them: stricter ones, those the day decides, and a
    # list of per-group limits (本科生23周岁以下，硕士研究生27周岁以下), which says no general limit.
    groups = "，".join(dict.fromkeys(f"{r.who}{group_limit_text(r)}" for r in cond.groups))
    # With no general limit the relaxations follow the groups' limits they lift: 「岗位要求，本科有中级资格证
    # 放宽至40周岁…，本科应届30周岁以下…」 began with a comma and relaxed a limit not yet said.
    text = "，".join(t for t in (text + relaxed if text else "", groups) if t) + ("" if text else relaxed)
    text = text.lstrip("，")
    text += "".join(dict.fromkeys(f"，{r.who}{group_limit_text(r)}" for r in (*cond.stricter, *cond.undecided)))
    return f"{cond.scope}{text}" if cond.scope else text


def group_limit_text(r: AgeRelaxation) -> str:
    """A group's own limit: 「30周岁以下」, 「1990年01月01日以后出生」, or both as the cell gives them."""
    if r.maximum is None:
        return f"{birth_day(r.born_from)}以后出生"
    return f"{r.maximum}周岁以下" + (f"（{birth_day(r.born_from)}以后出生）" if r.born_from is not None else "")


def relaxation_text(r: AgeRelaxation) -> str:
    """放宽至40周岁（1981年01月01日以后出生）, 可适当放宽 …: what a relaxation allows."""
    if r.open_ended:
        return r.wording or "可适当放宽"
    text = "放宽" if r.maximum is None else f"放宽至{r.maximum}周岁"
    if r.born_from is not None:
        text += f"（{birth_day(r.born_from)}以后出生）" if r.maximum is not None else f"至{birth_day(r.born_from)}以后出生"
    return text


def _ref_label(ref) -> str:
    level = ref.level.value if ref.level else "?"
    return f"{level}:{ref.code or ref.name}"


def describe_condition(c: Condition) -> str:
    """Canonical one-line label of a parsed condition (stable across runs; for fixtures)."""
    p = c.payload
    match p:
        case EducationCond(requirement=req):
            body = req.describe() + (f"; only {p.scope}" if p.scope else "")
        case NatureCond():
            body = ",".join(k for k, on in (("全日制", p.full_time), ("普通高校", p.regular), ("国民教育", p.national_series)) if on)
            body += f"; only {p.scope}({','.join(lv.name for lv in p.scope_levels)})" if p.scope else ""
        case DegreeCond():
            body = ",".join(x for x in (p.minimum.label if p.minimum is not None else "", "相应" if p.matching_level else "", "各阶段" if p.all_stages else "") if x)
            body += f"; only {p.scope}({','.join(lv.name for lv in p.scope_levels)})" if p.scope else ""
        case AgeCond():
            parts = [f"{p.minimum or ''}-{p.maximum or ''}"]
            if p.born_from or p.born_to:
                parts.append(f"born {p.born_from or ''}..{p.born_to or ''}")
            parts += [f"relax {r.who}≤{r.maximum}{' born ' + str(r.born_from) + '..' if r.born_from else ''}"
                      f"({r.level.name if r.level else '-'}{'+?' if r.unrecorded else ''}{',应届' if r.fresh_only else ''}{',' + r.gender.name if r.gender else ''})"
                      f"{' as of ' + str(r.as_of) if r.as_of else ''}"
                      for r in p.relaxations]
            parts += [f"{name} {r.who}≤{r.maximum}{' born ' + str(r.born_from) + '..' if r.born_from else ''}"
                      + (f"({r.level.name if r.level else '-'}{',应届' if r.fresh_only else ''})" if name == "group" else "")
                      for name, rs in (("stricter", p.stricter), ("by day", p.undecided), ("group", p.groups)) for r in rs]
            if p.scope:
                parts.append(f"only {p.scope}({','.join(lv.name for lv in p.scope_levels)})")
            if p.as_of or p.as_of_note:
                parts.append(f"as of {p.as_of or p.as_of_note}")
            body = "; ".join(parts)
        case HukouCond():
            body = "、".join(p.places) + (",以外" if p.outside else "") + ((",生源" if p.hukou else ",仅生源") if p.origin else "") + "".join(f"; 例外 {e}" for e in p.exceptions)
        case ExperienceCond():
            body = f"{p.years or ''}年,{'基层' if p.grassroots else ''},{p.field or ''}" + (f"; only {p.scope}" if p.scope else "")
        case TargetCond():
            body = p.group.value + (f" {','.join(map(str, p.years))}" if p.years else "") + (f" {','.join(p.projects)}" if p.projects else "")
            body += f" +择业期{p.job_seeking_years}年" if p.job_seeking_years else ""
            body += f" ≤{p.graduated_by}届" if p.graduated_by is not None else ""
            body += f" ≥{p.graduated_from}届" if p.graduated_from is not None else ""
            body += f" {p.ages[0]}-{p.ages[1]}岁" if p.ages is not None else ""
            body += f" as of {p.as_of or p.as_of_note}" if p.as_of or p.as_of_note else ""
            body += f" {p.disability}" if p.disability else ""
        case MajorCond(requirement=req):
            body = "不限" if req.unrestricted else " ".join(_ref_label(r) for r in req.refs)
        case SchoolCond() | DetailCond():
            body = requirement(p) + (f"; only {p.scope}({','.join(lv.name for lv in p.scope_levels)})" if p.scope else "")
        case AgeRelaxation():
            body = f"放宽 {p.who}≤{p.maximum}" + (f"; as of {p.as_of}" if p.as_of else "")
        case _:
            body = requirement(p)
    return f"{c.kind.value}[{body}]"
