"""What a position or a graduate is about, for ``matching.fairs``: an industry, or an
undergraduate major class read as the ranker reads it (explicit list, else learned fit);
and ``Theme``, the positions of one theme as the planner groups them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.utils.validation import check_is_fitted

from features.major_lookup import StudyLevel
from features.records import Graduate, Job
from features.sectors import sector_of
from matching.explain import fit_degree


@dataclass(frozen=True, slots=True)
class ThemeLink:
    """A position's or graduate's tie to a theme, and why (Chinese, short)."""

    key: str  # "1202" (class) or the industry's name
    name: str  # "工商管理类"
    reason: str


@dataclass
class Theme:
    """A theme as ``matching.fairs`` plans it: its positions, each with the reason it joined
    and the graduate classes it is for (more than one in a merged class fair)."""

    key: str
    theme: str  # as shown: "1202 工商管理类"
    short: str  # for titles: "工商管理类"
    positions: dict[str, str] = field(default_factory=dict)  # job id → reason
    accepts: dict[str, frozenset[str]] = field(default_factory=dict)  # job id → graduate classes it is for


def merge_themes(group: Sequence[tuple[Theme, str]], category: str) -> Theme:
    """Small class themes of one 门类 as one theme; each position stays for its own classes."""
    themes = [theme for theme, _ in group]
    merged = Theme("+".join(t.key for t in themes), f"{category}（{'、'.join(t.theme for t in themes)}）",
                   f"{category}（{'、'.join(t.short for t in themes)}）")
    for theme in themes:
        for job_id, reason in theme.positions.items():
            merged.positions.setdefault(job_id, reason)
            merged.accepts[job_id] = merged.accepts.get(job_id, frozenset()) | theme.accepts[job_id]
    return merged


def industry_themes(ranker) -> dict[str, tuple[ThemeLink, ...]]:
    """Job id → its industry (行业), else the field of work its 职位类别 names
    (``industry_of_category``), else the public-sector system its employer's name, parent unit,
    职位类别, 考试类型 or title tells (``features.sectors``); empty when none of them does."""
    check_is_fitted(ranker, "index_")
    return {job.id: _industry_link(job) for job in ranker.index_.jobs}


def class_themes(ranker, *, min_fit: float, max_classes: int) -> dict[str, tuple[ThemeLink, ...]]:
    """Job id → the undergraduate classes its position is for: those its explicit major list
    names (the list the pre-filter and the rules read), else its preferred majors (「市场营销专业
    优先」), else the classes its 研究生 or 专科 majors are placed in as a graduate's would be, at
    most ``max_classes`` (the best by learned fit); without such a list, the classes the
    major-fit model gives ``min_fit``."""
    check_is_fitted(ranker, "index_")
    index = ranker.index_
    labels = {code: i for i, code in enumerate(ranker.major_fit.labels_)} if index.fit is not None else {}
    return {job.id: _class_links(ranker, job, None if index.fit is None else index.fit[row], labels, min_fit=min_fit,
                                 max_classes=max_classes)
            for row, job in enumerate(index.jobs)}


#: A class the graduates' vote places a post in holds at least this many of the graduates the
#: post was suggested to, and at least this share of them: one graduate is no group (a 安全环保专员
#: suggested to 16 graduates, one of them 计算机类, the model's first guess at 0.11, sat in the
#: 计算机类 fair), and a few of many are no group either (a 储能系统工程师 suggested to 76, 3 of them
#: 计算机类; three 台山 township office posts in a 水利类 fair on 2 of 32).
MIN_AUDIENCE = 2
MIN_AUDIENCE_SHARE = 0.1
#: Except the model's first guess when its fit is at least this many times the second's: a guess
#: that clear is unsure only in size (a short post text), not in which class, and one graduate of
#: the class among those it was suggested to confirms it (前端开发工程师 计算机类 0.20, 3.3 times
#: 电子信息类; 施工员 土木类 0.18, 2.6 times). The wrong first guesses one graduate placed were closer
#: (安全环保专员 计算机类 2.1 times, 消防战斗员 法学类 2.3, 写作课程兼职教师 计算机类 1.9).
MIN_LEAD_RATIO = 2.5


@dataclass(frozen=True, slots=True)
class AudienceVote:
    """The graduates the ranker suggested a post to, by the classes the model weakly guesses for
    it: ``counts`` (class → graduates of it, guessed classes only), of ``total`` suggested;
    ``lead``: the model's first guess when it is ``MIN_LEAD_RATIO`` times the second, with that ratio."""

    counts: Mapping[str, int]
    fits: Mapping[str, float]
    total: int
    lead: tuple[str, float] | None = None

    def group(self, code: str) -> bool:
        """Whether the graduates of class ``code`` are a group: ``MIN_AUDIENCE`` and ``MIN_AUDIENCE_SHARE`` of all."""
        n = self.counts.get(code, 0)
        return n >= MIN_AUDIENCE and n >= MIN_AUDIENCE_SHARE * self.total

    def chosen(self) -> list[str]:
        """The guessed classes holding the most graduates, if they are a group (``group``) or
        the model's clear first guess (``lead``, one graduate suffices); best model fit first."""
        led = self.lead[0] if self.lead else None
        found = {c: n for c, n in self.counts.items() if self.group(c) or (c == led and n >= 1)}
        most = max(found.values(), default=0)
        return sorted((c for c, n in found.items() if n == most), key=lambda c: (-self.fits[c], c))

    def shortfall(self, catalog) -> str:
        """Why the vote places the post nowhere, in Chinese, for the list of posts left out."""
        best = sorted(self.counts.items(), key=lambda item: (-item[1], -self.fits[item[0]], item[0]))
        need = (f"须至少 {MIN_AUDIENCE} 位且占推荐人数的 {MIN_AUDIENCE_SHARE:.0%}（模型估计的匹配程度达次高专业类 "
                f"{MIN_LEAD_RATIO:g} 倍的专业类有 1 位即可）")
        if not best:
            return f"推荐此岗位的 {self.total} 位毕业生都不属于模型估计可能相关的专业类"
        (code, n), more = best[0], sum(1 for _, k in best if k == best[0][1]) - 1
        return (f"推荐此岗位的 {self.total} 位毕业生中，同属模型估计可能相关的一个专业类的最多 {n} 位（"
                f"{catalog.classes[code].name}{'等' if more else ''}），{need}，不足以归入")


def audience_votes(ranker, job_ids: Sequence[str], offers: Mapping[str, Sequence], classes: Mapping[str, ThemeLink | None],
                   *, min_fit: float) -> dict[str, AudienceVote]:
    """Job id → how the graduates it was suggested to (``offers``: graduate → suggestions) fall into
    the classes the model gives at least a third of ``min_fit`` (its weaker guesses); ``classes``:
    graduate → class. Empty without the model."""
    index = ranker.index_
    if index.fit is None or not job_ids:
        return {}
    labels = {code: i for i, code in enumerate(ranker.major_fit.labels_)}
    rows = {job.id: row for row, job in enumerate(index.jobs)}
    floor = min_fit / 3
    every = {j: sorted(((float(index.fit[rows[j]][i]), c) for c, i in labels.items() if c in ranker.catalog.classes),
                       reverse=True) for j in job_ids}
    fits = {j: {c: f for f, c in every[j] if f >= floor} for j in job_ids}
    counts: dict[str, dict[str, int]] = {j: defaultdict(int) for j in job_ids}
    totals: dict[str, int] = defaultdict(int)
    for graduate_id in sorted(offers):
        link = classes.get(graduate_id)
        for suggestion in offers[graduate_id]:
            if suggestion.job_id not in counts:
                continue
            totals[suggestion.job_id] += 1
            if link is not None and link.key in fits[suggestion.job_id]:
                counts[suggestion.job_id][link.key] += 1
    return {j: AudienceVote(dict(counts[j]), fits[j], totals[j], _lead(every[j], fits[j])) for j in job_ids}


def _lead(ranked: Sequence[tuple[float, str]], guessed: Mapping[str, float]) -> tuple[str, float] | None:
    """(The model's first guess, its fit over the second's) when that is at least ``MIN_LEAD_RATIO``
    and the first is among the ``guessed`` classes; ``ranked``: (fit, class), best first."""
    if not ranked or ranked[0][1] not in guessed:
        return None
    (first, code), second = ranked[0], ranked[1][0] if len(ranked) > 1 else 0.0
    ratio = first / second if second > 0 else float("inf")
    return (code, ratio) if ratio >= MIN_LEAD_RATIO else None


def classes_by_audience(ranker, job_ids: Sequence[str], offers: Mapping[str, Sequence], classes: Mapping[str, ThemeLink | None],
                        *, min_fit: float, max_classes: int) -> dict[str, tuple[ThemeLink, ...]]:
    """Classes for positions that neither a major list nor the model places (专业不限, no list,
    every fit below ``min_fit``): of the classes the model gives at least a third of
    ``min_fit`` (its weaker guesses), the one most of the graduates the ranker suggested the
    position to lie in (ties: all of them, up to ``max_classes``), when it holds a group of them
    (``AudienceVote.chosen``: ``MIN_AUDIENCE`` graduates and ``MIN_AUDIENCE_SHARE`` of all) or is
    the model's clear first guess (``MIN_LEAD_RATIO`` times the second) and holds one. The
    model's guess alone is too unsure and the graduates alone too mixed (a 酒店服务见习生 suggested
    to 19 graduates of 12 classes); together they place a post with openings where a fitting group
    of graduates is. Empty without the model, or for a position no class takes so."""
    out: dict[str, tuple[ThemeLink, ...]] = {}
    rows = {job.id: row for row, job in enumerate(ranker.index_.jobs)}
    for job_id, vote in sorted(audience_votes(ranker, job_ids, offers, classes, min_fit=min_fit).items()):
        top = vote.chosen()
        if not top:
            continue
        most = vote.counts[top[0]]
        basis = requirement_basis(ranker.majors_.requirement(ranker.index_.jobs[rows[job_id]]))
        out[job_id] = tuple(ThemeLink(c, ranker.catalog.classes[c].name, (
            f"{basis}，模型估计与{ranker.catalog.classes[c].name}的匹配程度{fit_degree(vote.fits[c])}"
            f"，不足以单凭模型归入；推荐此岗位的 {vote.total} 位毕业生中 {most} 位属{ranker.catalog.classes[c].name}，"
            + ("为模型所估各专业类中最多" if vote.group(c) else
               f"且模型估计的匹配程度为次高专业类的 {vote.lead[1]:.1f} 倍"))) for c in top[:max_classes])
    return out


#: A 职位类别 that states a post's nature or grade rather than a field of work (普通职位,
#: 专业技术岗位, 专技12级以上, 管理岗, 行政执法类职位, 综合管理类, 业务类, A类; in the gkld table
#: also 技术岗, 编外聘用, 行政事务岗, 高校毕业生岗位): the civil-service and 事业单位 tables fill the
#: column so, and 「普通职位专场」 is no industry fair.
_POST_KIND = re.compile(r"^(?:[A-Ea-e]类?|.*(?:普通|专业技术|专技|技术技能|技术岗|管理|工勤|行政执法|综合|业务|辅助|"
                        r"事务岗|编外|聘用|毕业生岗|项目人员|[0-9一二三四五六七八九十]+级).*)$")
_GRADE_SUFFIX = re.compile(r"\s*[（(][A-Ea-e]类?[)）]$")  # 教育类（B） → 教育类


def industry_of_category(category: str | None) -> str | None:
    """The field of work a 职位类别 names, for a job whose table states no 行业; ``None``
    when it only states the post's nature or grade (普通职位, 专业技术岗位, 管理岗, B类)."""
    text = _GRADE_SUFFIX.sub("", (category or "").strip())
    return None if not text or _POST_KIND.match(text) else text


def _industry_link(job: Job) -> tuple[ThemeLink, ...]:
    """The stated 行业; else the system (``features.sectors``) a 职位类别 naming a field of work
    belongs to (卫生类, 医疗 → 医疗卫生), else that field as written; else the system the
    employer's name, the unit above it, the 职位类别 or 考试类型, or the title tells (XX县财政局 →
    财政税务; 综合行政执法队 of 某街道办事处 → 乡镇街道), so that civil-service and 事业单位 posts, whose
    tables state no 行业, are grouped as organisers group them."""
    if job.industry and job.industry.strip():
        return (ThemeLink(job.industry.strip(), job.industry.strip(), f"所属行业：{job.industry.strip()}"),)
    if (field := industry_of_category(job.category)) is not None:
        named = sector_of(None, field)
        if named is None or field.removesuffix("类") in named.name:  # 卫生类 → 医疗卫生 says itself
            name = named.name if named is not None else field
            return (ThemeLink(name, name, f"职位类别：{job.category.strip()}（未注明行业）"),)
        # The fair is titled by the system (「文化旅游专场」 of 编辑, 记者): say which, as for an employer's name.
        said = "" if named.word == field else f"含「{named.word}」，"
        return (ThemeLink(named.name, named.name,
                          f"职位类别「{job.category.strip()}」{said}属{named.name}系统（未注明行业）"),)
    if (sector := sector_of(job.employer, job.title, parent_unit=job.parent_unit, category=job.category,
                            exam_type=job.exam_type)) is not None:
        return (ThemeLink(sector.name, sector.name,
                          f"{sector.source}「{sector.text}」含「{sector.word}」，属{sector.name}系统（未注明行业）"),)
    return ()


def requirement_basis(requirement) -> str:
    """What a position's major list says when the model, not the list, places it: none
    (未列专业要求), 不限, or a list naming no undergraduate class (研究生 or 专科 majors, a 门类
    alone, words no catalog knows), quoted so that an organiser can check it."""
    if requirement is None:
        return "未列专业要求"
    if requirement.unrestricted:
        return "专业不限"
    text = requirement.text if len(requirement.text) <= 20 else requirement.text[:20] + "…"
    return f"专业要求「{text}」未列本科专业类"


def _class_links(ranker, job: Job, fit: np.ndarray | None, labels: Mapping[str, int], *, min_fit: float,
                 max_classes: int) -> tuple[ThemeLink, ...]:
    catalog = ranker.catalog

    def fit_of(code: str) -> float:
        return float(fit[labels[code]]) if fit is not None and code in labels else 0.0

    requirement = ranker.majors_.requirement(job)
    if requirement is not None:
        # A list of preferred majors only (「不限，会计学专业优先」「市场营销专业优先」) reads as
        # unrestricted, but still says which graduates the post is for.
        sources = ((requirement.preferred_keys, "优先考虑"),) if requirement.unrestricted else (
            (requirement.admits_undergrad_keys(), "专业要求含"), (requirement.preferred_keys, "优先考虑"))
        for keys, verb in sources:
            named: dict[str, list[str]] = defaultdict(list)
            for key in sorted(keys):
                klass = key[:4]
                if len(key) < 4 or klass not in catalog.classes:
                    continue  # a 门类 is read below, by the classes within it
                major = catalog.major(key) if len(key) >= 6 else None
                if major is not None:
                    named[klass].append(major.name)
                else:
                    named.setdefault(klass, [])
            within = category_classes(catalog, keys, fit_of, min_fit=min_fit)
            if named:
                chosen = sorted(named, key=lambda c: (-fit_of(c), -len(named[c]), c))[:max_classes]
                more = f"；列出 {len(named)} 个专业类，取模型匹配度最高的 {max_classes} 个" if len(named) > len(chosen) else ""
                links = [ThemeLink(c, catalog.classes[c].name,
                                   f"{verb}{catalog.classes[c].name}{bracketed_names(named[c])}{more}") for c in chosen]
                return tuple(links + [link for link in _category_links(catalog, within, verb)
                                      if link.key not in named][:max_classes - len(links)])
            if within:
                return tuple(_category_links(catalog, within, verb)[:max_classes])
        if not requirement.unrestricted and (placed := _placed_classes(ranker, requirement)):
            chosen = sorted(placed, key=lambda c: (-fit_of(c), -len(placed[c]), c))[:max_classes]
            return tuple(ThemeLink(c, catalog.classes[c].name,
                                   f"专业要求含{'、'.join(placed[c][:3])}{'等' if len(placed[c]) > 3 else ''}"
                                   f"（{_level_names(requirement, catalog)}专业，按毕业生专业的归类归入{catalog.classes[c].name}）")
                         for c in chosen)
    if fit is None:
        return ()
    order = sorted(labels, key=lambda c: (-fit_of(c), c))
    chosen = [c for c in order[:max_classes] if fit_of(c) >= min_fit and c in catalog.classes]
    basis = requirement_basis(requirement)
    return tuple(ThemeLink(c, catalog.classes[c].name,
                           f"{basis}，模型估计与{catalog.classes[c].name}的匹配程度{fit_degree(fit_of(c))}") for c in chosen)


def category_classes(catalog, keys, fit_of, *, min_fit: float) -> dict[str, str]:
    """Class → the 门类 code it was chosen from, for the 门类 a major list names alone (「本科：法学（03）」
    names every class of 法学): of each, the class the model fits best (the first in catalog order
    without the model) and any other reaching ``min_fit``, best fit first. A list naming every 门类
    (``本科：不限`` beside other levels' lists) says no field and gives none: the model places it."""
    categories = sorted(k for k in keys if len(k) == 2 and k in catalog.categories)
    if not categories or len(categories) == len(catalog.categories):
        return {}
    found: dict[str, str] = {}
    for category in categories:
        inside = sorted((c for c in catalog.classes if c[:2] == category), key=lambda c: (-fit_of(c), c))
        for rank, code in enumerate(inside):
            if rank == 0 or fit_of(code) >= min_fit:
                found[code] = category
    return dict(sorted(found.items(), key=lambda item: (-fit_of(item[0]), item[0])))


def _category_links(catalog, within: Mapping[str, str], verb: str) -> list[ThemeLink]:
    """``category_classes`` as links: 「专业要求含法学门类（03），按模型估计归入其中的法学类」."""
    return [ThemeLink(c, catalog.classes[c].name,
                      f"{verb}{catalog.categories[category]}门类（{category}，门类包含其下各专业类），"
                      f"按模型估计归入其中的{catalog.classes[c].name}") for c, category in within.items()]


def _graduate_level_refs(requirement, catalog) -> list:
    """The refs of a list that names no undergraduate class: its 研究生 and 专科 majors. Not a
    门类 (理学, 管理学) or a 专科 大类 (农林牧渔大类): each spans many classes, and the name
    finder would place it in one by its letters (管理学 → 化学类); such a list is left to the
    model, as 本科 「理学」 is."""
    def spans_classes(ref) -> bool:
        if ref.code is not None:
            return len(ref.code) == 2
        return ref.name.endswith("大类") or (catalog.category_by_name(ref.name) is not None
                                             and catalog.major_by_name(ref.name) is None)

    return [r for r in requirement.refs if r.name and r.name != "不限" and (
        r.level in (StudyLevel.GRADUATE, StudyLevel.JUNIOR_COLLEGE)
        or (r.level is None and r.catalog in (StudyLevel.GRADUATE, StudyLevel.JUNIOR_COLLEGE))) and not spans_classes(r)]


def _placed_classes(ranker, requirement) -> dict[str, list[str]]:
    """Class → the 研究生 or 专科 major names of ``requirement`` placed in it, as the ranker
    places a graduate's major of that name (``Ranker.place_major``): a post for 临床医学（1051）
    research students then joins 1002 临床医学类, where those students are."""
    placed: dict[str, list[str]] = defaultdict(list)
    for ref in _graduate_level_refs(requirement, ranker.catalog):
        near = ranker.place_major(ref.name)
        if near is not None and near.class_code in ranker.catalog.classes and ref.name not in placed[near.class_code]:
            placed[near.class_code].append(ref.name)
    return dict(placed)


def _level_names(requirement, catalog) -> str:
    levels = {r.level or r.catalog for r in _graduate_level_refs(requirement, catalog)}
    return "、".join(level.value for level in (StudyLevel.GRADUATE, StudyLevel.JUNIOR_COLLEGE) if level in levels)


def first_names(names: Sequence[str], limit: int = 3, *, counted: str = "") -> str:
    """「甲、乙、丙等」: up to ``limit`` names, 等 when there are more; with ``counted`` (家单位) 等 says
    how many there are (「甲、乙、丙等 5 家单位」)."""
    shown = "、".join(names[:limit])
    if len(names) <= limit:
        return shown
    return f"{shown}等 {len(names)} {counted}" if counted else f"{shown}等"


def bracketed_names(names: Sequence[str], limit: int = 3) -> str:
    """「（甲、乙、丙等）」: ``first_names`` in brackets; "" for none."""
    return f"（{first_names(names, limit)}）" if names else ""


def coded_class(catalog, graduate: Graduate) -> ThemeLink | None:
    """The 本科 class a graduate's recorded major code names, else ``None``."""
    code = graduate.major_code
    if code and code[:4] in catalog.classes:
        name = catalog.classes[code[:4]].name
        return ThemeLink(code[:4], name, f"专业：{graduate.major or code}（{name}）")
    return None


def graduate_class(ranker, graduate: Graduate) -> ThemeLink | None:
    """The major class a graduate's major lies in, or where the ranker places a major the
    catalog does not know (专科 and 研究生 names; needs the major-fit model). For inviting to
    fairs only, where a near guess helps: the reason says how the name was placed. The profile
    counts the catalogs' classes alone (``matching.cohort_majors.catalog_class``)."""
    catalog = ranker.catalog
    if (coded := coded_class(catalog, graduate)) is not None:
        return coded
    near = ranker.approximate_major(graduate)
    if near is not None and near.class_code in catalog.classes:
        name = catalog.classes[near.class_code].name
        how = _PLACED_BY.get(near.via, "估计")
        return ThemeLink(near.class_code, name, f"专业：{graduate.major}（不在本科专业目录中，{how}归入{name}）")
    return None


#: How ``Ranker.approximate_major`` placed a name (``NearestMajor.via``), as a fair's invitation says it.
_PLACED_BY = {"reference": "按专业参照表", "name": "按名称相近估计", "model": "由模型按专业名称估计"}
