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

from features.records import Graduate, Job


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
    """Job id → its industry (行业), else the field of work its 职位类别 names; empty when the
    table states neither (``industry_of_category``)."""
    check_is_fitted(ranker, "index_")
    return {job.id: _industry_link(job) for job in ranker.index_.jobs}


def class_themes(ranker, *, min_fit: float, max_classes: int) -> dict[str, tuple[ThemeLink, ...]]:
    """Job id → the undergraduate classes its position is for: those its explicit major list
    names (the list the pre-filter and the rules read), at most ``max_classes`` (the best by
    learned fit); without such a list, the classes the major-fit model gives ``min_fit``."""
    check_is_fitted(ranker, "index_")
    index = ranker.index_
    labels = {code: i for i, code in enumerate(ranker.major_fit.labels_)} if index.fit is not None else {}
    return {job.id: _class_links(ranker, job, None if index.fit is None else index.fit[row], labels, min_fit=min_fit,
                                 max_classes=max_classes)
            for row, job in enumerate(index.jobs)}


#: A 职位类别 that states a post's nature or grade rather than a field of work (普通职位,
#: 专业技术岗位, 专技12级以上, 管理岗, 行政执法类职位, 综合管理类, 业务类, A类): the civil-service
#: and 事业单位 tables fill the column so, and 「普通职位专场」 is no industry fair.
_POST_KIND = re.compile(r"^(?:[A-Ea-e]类?|.*(?:普通|专业技术|专技|技术技能|管理|工勤|行政执法|综合|业务|辅助|"
                        r"[0-9一二三四五六七八九十]+级).*)$")
_GRADE_SUFFIX = re.compile(r"\s*[（(][A-Ea-e]类?[)）]$")  # 教育类（B） → 教育类


def industry_of_category(category: str | None) -> str | None:
    """The field of work a 职位类别 names, for a job whose table states no 行业; ``None``
    when it only states the post's nature or grade (普通职位, 专业技术岗位, 管理岗, B类)."""
    text = _GRADE_SUFFIX.sub("", (category or "").strip())
    return None if not text or _POST_KIND.match(text) else text


def _industry_link(job: Job) -> tuple[ThemeLink, ...]:
    if job.industry and job.industry.strip():
        return (ThemeLink(job.industry.strip(), job.industry.strip(), f"所属行业：{job.industry.strip()}"),)
    if (field := industry_of_category(job.category)) is not None:
        return (ThemeLink(field, field, f"职位类别：{job.category.strip()}（未注明行业）"),)
    return ()


def _class_links(ranker, job: Job, fit: np.ndarray | None, labels: Mapping[str, int], *, min_fit: float,
                 max_classes: int) -> tuple[ThemeLink, ...]:
    catalog = ranker.catalog

    def fit_of(code: str) -> float:
        return float(fit[labels[code]]) if fit is not None and code in labels else 0.0

    requirement = ranker.majors_.requirement(job)
    if requirement is not None and not requirement.unrestricted:
        for keys, verb in ((requirement.admits_undergrad_keys(), "专业要求含"), (requirement.preferred_keys, "优先考虑")):
            named: dict[str, list[str]] = defaultdict(list)
            for key in sorted(keys):
                klass = key[:4]
                if len(key) < 4 or klass not in catalog.classes:
                    continue  # a 门类 alone (工学) is no class theme
                major = catalog.major(key) if len(key) >= 6 else None
                if major is not None:
                    named[klass].append(major.name)
                else:
                    named.setdefault(klass, [])
            if named:
                chosen = sorted(named, key=lambda c: (-fit_of(c), -len(named[c]), c))[:max_classes]
                more = f"；列出 {len(named)} 个专业类，取模型匹配度最高的 {max_classes} 个" if len(named) > len(chosen) else ""
                return tuple(ThemeLink(c, catalog.classes[c].name,
                                       f"{verb}{catalog.classes[c].name}{_names(named[c])}{more}") for c in chosen)
    if fit is None:
        return ()
    order = sorted(labels, key=lambda c: (-fit_of(c), c))
    chosen = [c for c in order[:max_classes] if fit_of(c) >= min_fit and c in catalog.classes]
    if requirement is None:
        basis = "未列专业要求"
    elif requirement.unrestricted:
        basis = "专业不限"
    else:  # a list of 研究生 or 专科 majors, a 门类 alone, or words no catalog knows
        text = requirement.text if len(requirement.text) <= 20 else requirement.text[:20] + "…"
        basis = f"专业要求「{text}」未列本科专业类"
    return tuple(ThemeLink(c, catalog.classes[c].name,
                           f"{basis}，模型估计与{catalog.classes[c].name}的匹配度为 {fit_of(c):.2f}") for c in chosen)


def _names(names: Sequence[str], limit: int = 3) -> str:
    if not names:
        return ""
    return f"（{'、'.join(names[:limit])}{'等' if len(names) > limit else ''}）"


def graduate_class(ranker, graduate: Graduate) -> ThemeLink | None:
    """The major class a graduate's major lies in, or where the ranker places a major the
    catalog does not know (专科 and 研究生 names; needs the major-fit model)."""
    catalog = ranker.catalog
    code = graduate.major_code
    if code and code[:4] in catalog.classes:
        name = catalog.classes[code[:4]].name
        return ThemeLink(code[:4], name, f"专业：{graduate.major or code}（{name}）")
    near = ranker.approximate_major(graduate)
    if near is not None and near.class_code in catalog.classes:
        name = catalog.classes[near.class_code].name
        return ThemeLink(near.class_code, name, f"专业：{graduate.major}（不在本科专业目录中，归入{name}）")
    return None

