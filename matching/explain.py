"""Chinese reasons for the soft (non-eligibility) parts of a score."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Collection
from dataclasses import fields, is_dataclass

from features.catalog import MajorCatalog
from features.major_similarity import NearestMajor
from features.place_levels import post_place_level, wished_place_levels
from features.intentions import rejected_categories, rejected_employer_kinds
from features.records import Graduate, Job, shown_location
from features.unread_place_refusals import unread_place_refusals
from features.vocabulary import industry_text, job_kind_text, names_industry, names_job_kind, same_job_kind
from matching.pair_scores import refused_levels, wished_locations
from matching.preferences import employer_types_wanted, wished_work
from matching.scoring import place_keys
from matching.verdict import Status
from matching.wished_place_fit import bingtuan_city_in_wish, coarser_wishes, title_place_elsewhere

#: How a non-catalog major was placed (``NearestMajor.via``), in the graduate's words: the name
#: finder and the model both read the name, and 「由模型推断」「本科专业目录」 told 大专 graduates
#: nothing they could use (user review of the graduate page).
_PLACED_BY = {"reference": "按公务员录用专业参考目录归入", "name": "按名称归入", "model": "按名称归入"}

#: Below these, a component is too weak to be worth a reason.
FIT_REASON_MIN = 0.3
TEXT_REASON_MIN = 0.12
#: From these on, the reason calls the fit or the likeness 较高, else 一般. A figure such as
#: 「相似度 0.18」 means nothing to a graduate; the score column carries the numbers. Chosen on the
#: sample's suggestions (`jobmatch recommend … --top 20`): about the top third of the major fits shown
#: (median 0.49) and the top fifth of the likenesses shown (median 0.17) read 较高.
FIT_STRONG = 0.6
TEXT_STRONG = 0.25


def _degree(value: float, strong: float, weak: float = 0.0) -> str:
    return "较高" if value >= strong else "一般" if value >= weak else "较低"


def fit_degree(fit: float) -> str:
    """The learned major fit in words, as graduates and fair organisers read it: 较高 from
    ``FIT_STRONG``, 一般 from ``FIT_REASON_MIN``, else 较低."""
    return _degree(fit, FIT_STRONG, FIT_REASON_MIN)


#: A span the reason quotes (a job's or a record's own text, 「…」): kept as written.
_QUOTED = r"「[^」]*」"
_QUOTED_ONLY = re.compile(f"({_QUOTED})")
_PERSON = "您"
#: Shortest record value ``about_candidate`` keeps as written (see there).
_KEPT_MIN = 3
#: Phrases a reason says to the graduate about their own list that would read otherwise on a job's list of
#: candidates: 「排序已相应下调」 (``matching.rules.experience_gap``: this post is weighed lower among your
#: suggestions) read there as if the candidate were placed lower among the post's candidates (browser review).
_STAFF_PHRASES = (("排序已相应下调", "该岗位在其推荐中的排序已相应下调"),)


def record_texts(*records) -> frozenset[str]:
    """The text values of ``records`` (a graduate, a job, a policy: frozen dataclasses, with
    their tuples, sets and nested records) that hold 您: what ``about_candidate`` must keep as
    written. Reasons embed record values as they are, quoted (专业「…」) or not (意向地点一致：…,
    a job's title, an employer, 户籍, 学校 …), so the text alone cannot tell a value's 您 from the
    reason's own; the records it was written from can."""
    found: set[str] = set()
    for record in records:
        try:
            found |= _texts_of_record(record)
        except TypeError:  # a record holding a list or dict cannot be a cache key
            found |= _walk_texts(record)
    return frozenset(found)


@functools.lru_cache(maxsize=65_536)
def _texts_of_record(record) -> frozenset[str]:
    """``_walk_texts`` of one record, kept: a staff answer asks it of the same graduate and
    jobs for every reason shown, and walking a job's fields costs ~20 µs where hashing the
    frozen record costs ~1 µs (api_latency p50 19.9 → 57.8 ms without this). Records are
    frozen and equal records hold equal texts, so a hit is always right."""
    return _walk_texts(record)


def _walk_texts(record) -> frozenset[str]:
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            if _PERSON in value:
                found.add(value)
        elif isinstance(value, (tuple, list, set, frozenset)):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif is_dataclass(value) and not isinstance(value, type):
            for name in _field_names(type(value)):
                walk(getattr(value, name))

    walk(record)
    return frozenset(found)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def about_candidate(reason: str, data: Collection[str] = ()) -> str:
    """A reason written to the graduate (「您的学历为本科」), reworded for the organiser or
    officer reading a job's list of candidates (「该毕业生的学历为本科」). Quoted text is the
    job's or the record's own words (岗位要求「欢迎您报考」) and is left as it is, and so is every
    occurrence of a value of ``data`` (``record_texts`` of the graduate and the job or policy the
    reason is about: 意向地点一致：您好路, a title 为您服务专员). A value as short as a phrase of
    the reason's own (「您」, 「您的」, 「于您」) would keep that phrase too, so values shorter than
    ``_KEPT_MIN`` characters are not kept (a place, title or employer is hardly ever so short).
    A remark on the graduate's own list names it (``_STAFF_PHRASES``: 「该岗位在其推荐中的排序已相应下调」)."""
    values = sorted((v for v in data if len(v) >= _KEPT_MIN), key=len, reverse=True) if data else ()
    # A value holding another is kept whole (longest first); ``re`` keeps compiled patterns.
    kept = re.compile("(" + "|".join([_QUOTED, *map(re.escape, values)]) + ")") if values else _QUOTED_ONLY
    # ``split`` with a group: the kept spans are the odd parts.
    return "".join(part if i % 2 else _to_staff(part) for i, part in enumerate(kept.split(reason)))


def _to_staff(part: str) -> str:
    """An unquoted span of a reason as staff read it: about the graduate, the graduate's list named."""
    part = part.replace(_PERSON, "该毕业生")
    for own, staff in _STAFF_PHRASES:
        part = part.replace(own, staff)
    return part


#: ``major_note`` of a graduate whose record holds no major.
NO_MAJOR_NOTE = ("您的专业未登记，岗位只按学历、就业意向和岗位内容排序，列出专业要求的岗位都须核实；"
                 "请联系学校就业部门补登专业")


def major_note(graduate: Graduate, approximate: NearestMajor | None, *, graduate_code: str | None = None) -> str | None:
    """The graduate's major as the answer reads it, said once for the whole list of suggestions
    rather than in each job's reasons (20 times the same sentence, rank 1 included, in the user
    review): where a major the catalog does not hold (most 大专 and 研究生 names) was placed, or
    that nothing placed it and the jobs are ranked by likeness of text instead; ``None`` for a
    catalog major or none given. Worded to the graduate, like the reasons (``about_candidate``
    rewords it for staff). A graduate with no major on record (a roster imported before the
    majors) is told so once, or a list ranked without it and 20 「专业待核实」 give no reason why.
    ``graduate_code``: the 研究生 catalog code of a 硕士/博士 graduate's major (``Ranker.major_note_of``)."""
    if not (graduate.major or "").strip():
        return NO_MAJOR_NOTE
    if graduate.major_code:
        return None
    if graduate_code is not None:
        # A 研究生 major the 研究生 catalog holds (``graduate_code``: its code there, found for a 硕士/博士
        # graduate only): the rules read the posts' lists by that catalog, so it is not 「未能找到」 (a 计算机技术
        # master was told so, 2026-12-07 rules review). Only the learned fit knows 本科 classes alone: say so.
        if approximate is None:
            return None
        return (f"您的专业「{graduate.major}」按研究生专业目录核对岗位的专业要求；专业匹配模型只分本科专业类，"
                f"与岗位的相关程度{_PLACED_BY[approximate.via]}{approximate.class_name}来估计")
    if approximate is None:
        return (f"您的专业「{graduate.major}」未能在专业目录中找到，"
                "岗位按专业名称与岗位内容的相近程度和您的其他意向排序")
    return f"您的专业「{graduate.major}」{_PLACED_BY[approximate.via]}{approximate.class_name}来估计与岗位的相关程度"


def _wished_places(graduate: Graduate) -> list[str]:
    """The 意向地点 items that name a place: not a refusal (``wished_locations``), nor a level (县城, 乡镇)."""
    return [p for p in wished_locations(graduate) if p.strip() and not wished_place_levels(p)]


def missing_place_note(graduate: Graduate, posted: Collection[str]) -> str | None:
    """Said once above the suggestions when a wished place (意向地点) has no post among the loaded ones
    (``posted``: the place keys of the jobs): a 北京 wish on the Henan table was met by nothing and the
    list did not say so (2026-12-07 graduate review). A level wish (县城, 乡镇: ``features.place_levels``)
    is no place. ``None`` when every wished place has a post."""
    wished = _wished_places(graduate)
    missing = [p for p in wished if not place_keys(p) & posted]
    if not missing:
        return None
    rest = "，以下按其他条件推荐" if len(missing) == len(wished) else ""
    return f"当前岗位中没有位于 {'、'.join(missing)} 的岗位{rest}"


def unread_place_note(graduate: Graduate) -> str | None:
    """Said once above the suggestions when a refusal of a place in the intention or 意向地点 names no place or
    level the tool reads (「不去远郊区」: ``features.unread_place_refusals``), so nothing was filtered by it;
    ``None`` when every such refusal was read."""
    unread = unread_place_refusals(graduate.intention, graduate.preferences.locations)
    return f"未能识别的地点意向：{'、'.join(unread)}（未据此筛选）" if unread else None


def _place_reasons(graduate: Graduate, job: Job, location: float, outside: bool) -> list[str]:
    """What the post's place is to the graduate's wished and refused places (``location``: the score's
    place term, 1 met, −1 refused). A post stated only as a place containing the wish (「新疆」 for
    喀什地区) meets it in the score, as it may lie there, but 「意向地点一致」 of it was false: it is said to
    be checked (``matching.wished_place_fit``), as is a post in a 兵团 city inside a wished prefecture."""
    if location < 0:
        level = post_place_level(job.ranking_location, job.employer)
        if level and level[0] in refused_levels(graduate):  # 「不去县城」: the level, not the place, is refused
            return [f"工作地点是您表示不考虑的地方：{level[0]}（岗位在{level[1]}），排序已相应下调"]
        return [f"工作地点是您表示不考虑的地方：{shown_location(job)}，排序已相应下调"]
    if outside:
        return []
    if location > 0 and (named := title_place_elsewhere(job)):  # 「记者（佛山办公）」 stated as 武汉 江汉
        return [f"岗位地点写为{shown_location(job)}，但岗位名称写明在{named}（「{job.title}」），是否在意向地点请核实"]
    if coarse := coarser_wishes(graduate, job):
        return [f"岗位地点只写到{shown_location(job)}，是否在意向地点（{'、'.join(coarse)}）请核实"]
    if location > 0:
        return [f"意向地点一致：{shown_location(job)}"]
    if found := bingtuan_city_in_wish(graduate, job):
        city, around = found
        return [f"岗位在{city}，为兵团城市，地处{'、'.join(around)}境内但不属其管辖，是否符合意向地点请核实"]
    return []


def _searched_for(graduate: Graduate) -> str:
    """What of the graduate the text likeness compares (``matching.pair_scores.query_text``), as
    the record has it: 「专业和意向」 said to a graduate with no major on record (or no intention)
    claimed what was not there."""
    has_major = bool((graduate.major or "").strip())
    has_wish = bool((graduate.intention or "").strip()) or bool(
        graduate.preferences.categories or graduate.preferences.industries)
    return "专业和意向" if has_major and has_wish else "专业" if has_major else "意向" if has_wish else "专业和意向"


def major_listed(verdict) -> bool:
    """Did the post's own major list admit the graduate (``ConditionResult.by_list``, set by the rules'
    major check; not 「专业不限」)? Then the list decides the major, and no estimate of it is said
    (``soft_reasons``). Read from the result's flag, not its wording, which reasons may change."""
    return any(r.kind == "major" and r.status is Status.ELIGIBLE and r.by_list for r in verdict.results)


def soft_reasons(graduate: Graduate, job: Job, scores, row: int, col: int, catalog: MajorCatalog,
                 approximate: NearestMajor | None = None, *, listed: bool = False) -> tuple[str, ...]:
    """Reasons from the learned major fit, text similarity and stated preferences.

    ``approximate`` is the catalog major a non-catalog major name was placed near; the fit is
    then said as that major's class (where it was placed: ``major_note``). ``listed``: the rules
    found the graduate's major in the post's own list (「专业符合：岗位要求 …」), which decides it.
    """
    reasons: list[str] = []
    # ``admitted`` reads the list by (level, code) at the graduate's level (``matching.level_lists``),
    # but not every way the rules admit (a 专科 name placed under a class, 仅限 names): a graduate the
    # rules admit by their list was told 「按专业类估计」 beside 「专业符合：岗位要求 …」 (2026-12-07 review).
    admitted = bool(scores.admitted[row, col]) or listed
    # A post naming the major among those it prefers (``专业优先``) has said how the major fits: an estimate
    # beside it made three lines of one major (「专业不限（优先：机械设计制造及其自动化…）」「按专业类估计，
    # 机械类…较高」「专业优先：…」, 2026-12-07 graduate review).
    preferred = scores.preferred[row, col] > 0
    if not admitted and not preferred and scores.fit is not None:
        fit = float(scores.fit[row, col])
        # A major nothing placed has no fit (NaN): that is the graduate's, said once
        # (``major_note``); per job only the likeness below, when there is one.
        if not math.isnan(fit) and fit >= FIT_REASON_MIN:
            # A placed major reads as its class, as a catalog major does; where it was placed is
            # said once per answer (``major_note``), and a weak fit, as for any major, not at all.
            major = catalog.major(graduate.major_code) if graduate.major_code else None
            label = (approximate.class_name if approximate is not None
                     else major.class_name if major else (graduate.major or ""))
            # The model scores classes: every major of 工商管理类 gets the same figure for 会计.
            reasons.append(f"专业相关：按专业类估计，{label}与该岗位的匹配程度{fit_degree(fit)}")
    if preferred:
        reasons.append("专业优先：您的专业属于岗位优先考虑的专业")
    text = float(scores.text[row, col])
    if text >= TEXT_REASON_MIN:
        reasons.append(f"岗位内容与您的{_searched_for(graduate)}相近（相近程度{_degree(text, TEXT_STRONG)}）")
    outside = getattr(scores, "outside_place", None)
    is_outside = outside is not None and bool(outside[row, col])
    reasons += _place_reasons(graduate, job, float(scores.location[row, col]), is_outside)
    if is_outside:  # ranked at ``ScoreWeights.outside_place`` of its score
        wished = "、".join(_wished_places(graduate))
        reasons.append(f"不在意向地点（{wished}）：{shown_location(job)}")
    level = getattr(scores, "place_level", None)
    if level is not None and level[row, col] > 0 and scores.location[row, col] >= 0:
        wished, place = post_place_level(job.ranking_location, job.employer) or ("", "")
        reasons.append(f"意向：{wished}（岗位在{place}）")
    kind = job_kind_text(job.title, job.category, job.employer)
    if scores.category[row, col] < 0:
        shunned = [c for c in rejected_categories(graduate.intention) if names_job_kind(c, kind)]
        employers = [c for c in rejected_employer_kinds(graduate.intention) if job.employer_type in employer_types_wanted(c)]
        if shunned or not employers:
            reasons.append(f"岗位类别是您表示不做的：{'、'.join(shunned) or job.title}")
        if employers:  # 「不想进体制内」 against a 机关 post
            reasons.append(f"用人单位类型是您表示不考虑的：{'、'.join(employers)}")
    work = wished_work(graduate.intention, graduate.major)
    if scores.work is not None and scores.work[row, col] > 0:
        named = '、'.join(k for k in work if names_job_kind(k, kind)) or job.title
        stood_in = getattr(scores, "work_for_major", None)
        # Said only of a post outside the major: not where its list admits the graduate or the model
        # reads the major as fitting (a 护理学 graduate's 护士 post, fit 0.88, was called 专业以外).
        of_the_major = admitted or (scores.fit is not None and float(scores.fit[row, col]) >= FIT_REASON_MIN)
        if stood_in is not None and stood_in[row, col] and not of_the_major:
            # Why a post outside the major ranks among those of the major (``matching.pair_scores``).
            reasons.append(f"您表示愿意从事专业以外的工作：{named}，此类岗位与专业对口岗位同等排序")
        else:
            reasons.append(f"意向工作一致：{named}")
    if scores.category[row, col] > 0:
        wanted = [c for c in graduate.preferences.categories if not any(same_job_kind(c, k) for k in work)
                  and (names_job_kind(c, kind) or job.employer_type in employer_types_wanted(c))]
        reasons.append(f"意向类别一致：{'、'.join(wanted) or job.category or job.title}")
    if scores.industry[row, col] > 0:
        text = industry_text(job.industry, job.category, job.employer, job.title)
        wanted = [c for c in graduate.preferences.industries if names_industry(c, text)]
        reasons.append(f"意向行业一致：{'、'.join(wanted) or job.industry}")
    salary = scores.salary[row, col]
    if salary >= 1:
        reasons.append(f"薪酬符合期望：{job.salary.describe()}（期望不低于{graduate.preferences.min_salary}元/月）")
    elif salary > 0:
        reasons.append(f"薪酬上限可达期望：{job.salary.describe()}（期望不低于{graduate.preferences.min_salary}元/月）")
    elif salary < 0:
        reasons.append(f"薪酬低于期望：{job.salary.describe()}（期望不低于{graduate.preferences.min_salary}元/月）")
    return tuple(reasons)
