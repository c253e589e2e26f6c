"""Training labels for the major-fit model (``matching.major_fit``): what a position table's
parsed major requirement teaches each undergraduate class, and the small catalog documents
and literal terms added to training.

``weak_labels`` gives the per-class target weights of one requirement (门类-only positives
0.25, a class reached only through some of its majors 0.3, 研究生/专科 names mapped to
undergraduate classes 0.3); ``catalog_pseudo_jobs``, ``class_terms`` and ``major_names``
are built from the undergraduate catalog. The measurements behind the weights are in
``matching/major_fit.py``'s docstring and ``models/README.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from features.catalog import MajorCatalog, normalise_major_name
from features.major_codes import MajorCodeTables
from features.major_lookup import undergrad_classes_by_name
from features.major_requirements import MajorRef, MajorRequirement, StudyLevel
from features.records import Job

CATEGORY_WEIGHT = 0.25
OTHER_LEVEL_WEIGHT = 0.3
#: A class that the requirement reaches only through some of its majors (``会计学（120203K）``
#: for 工商管理类): at full weight, posts for accountants would rank first for every
#: 工商管理类 major. Measured +0.006 NDCG@10 on Beijing, +0.012 on Henan (vs 1.0).
MAJOR_ONLY_WEIGHT = 0.3


def weak_labels(requirement: MajorRequirement, catalog: MajorCatalog, *, tables: MajorCodeTables | None = None,
                other_level_names: Mapping[str, Iterable[str]] | None = None) -> dict[str, float]:
    """Undergraduate class code → positive weight for one parsed requirement.

    ``other_level_names`` maps a normalised 研究生/专科 major name to undergraduate class
    codes (e.g. from a civil-service major reference table). Empty for an unrestricted or
    unreadable requirement: such a row says nothing about fit.
    """
    tables = tables or MajorCodeTables()
    other = {normalise_major_name(k): tuple(v) for k, v in (other_level_names or {}).items()}
    weights: dict[str, float] = {}

    def add(code: str, weight: float) -> None:
        if code in catalog.classes:
            weights[code] = max(weights.get(code, 0.0), weight)

    if requirement.unrestricted:
        return weights
    for key in requirement.admits_undergrad_keys():
        if len(key) == 2:
            for code, klass in catalog.classes.items():
                if klass.category_code == key:
                    add(code, CATEGORY_WEIGHT)
        elif len(key) == 4:
            add(key, 1.0)
        else:
            add(key[:4], MAJOR_ONLY_WEIGHT)
    for ref in requirement.refs:
        level = ref.level or ref.catalog
        if level in (StudyLevel.GRADUATE, StudyLevel.JUNIOR_COLLEGE):
            for code, weight in _other_level_classes(ref, catalog, tables, other):
                add(code, weight)
    return weights


def _other_level_classes(ref: MajorRef, catalog: MajorCatalog, tables: MajorCodeTables,
                         other: Mapping[str, tuple[str, ...]]) -> list[tuple[str, float]]:
    if ref.code is not None and len(ref.code) == 2 and ref.level is StudyLevel.GRADUATE:
        # 研究生 门类 numbering equals the undergraduate one (01–13).
        return [(c, CATEGORY_WEIGHT) for c, k in catalog.classes.items() if k.category_code == ref.code]
    names = [n for n in (*(ref.only or ()), ref.name) if n]
    if ref.code and ref.level is StudyLevel.GRADUATE and tables.graduate_name(ref.code):
        names.append(tables.graduate_name(ref.code))
    out: list[tuple[str, float]] = []
    for name in names:
        found = undergrad_classes_by_name(name, catalog, other)
        out.extend((c, OTHER_LEVEL_WEIGHT) for c in found)
        if found and ref.only:
            break  # 应用经济学（仅限金融学）: the restriction is the fit, not the whole discipline
    return out

def major_names(catalog: MajorCatalog) -> dict[str, str]:
    """Undergraduate major code (6 digits; 7 for 0502100 onwards) → name, for per-major columns."""
    return {code: major.name for code, major in sorted(catalog.majors.items())}


def class_terms(catalog: MajorCatalog) -> dict[str, list[str]]:
    """Class code → names matched literally in job words: its majors' names and its own
    name without 类 (计算机类 → 计算机)."""
    out: dict[str, set[str]] = {}
    for major in catalog.majors.values():
        out.setdefault(major.class_code, set()).add(major.name)
    for code, klass in catalog.classes.items():
        short = klass.name[:-1] if klass.name.endswith("类") else klass.name
        if len(short) >= 2:
            out.setdefault(code, set()).add(short)
    return {c: sorted(v) for c, v in out.items()}


def catalog_pseudo_jobs(catalog: MajorCatalog, other_level_names: Mapping[str, Iterable[str]] | None = None,
                        chunk: int = 8) -> list[tuple[Job, dict[str, float]]]:
    """Small labelled documents made of catalog names, added to training.

    Each major name labelled with its class, each class with its majors' names, and
    (optionally) the reference table's 研究生/专科 names in chunks: they teach the words of
    a field that title-only training rows rarely use. Measured +0.01 NDCG@10 (Beijing).
    """
    out: list[tuple[Job, dict[str, float]]] = []
    members: dict[str, list[str]] = {}
    for major in catalog.majors.values():
        out.append((Job(id=f"catalog-{major.code}", title=major.name, category=major.class_name),
                    {major.class_code: 1.0}))
        members.setdefault(major.class_code, []).append(major.name)
    for code, names in sorted(members.items()):
        out.append((Job(id=f"catalog-{code}", title=catalog.classes[code].name, description=" ".join(names)),
                    {code: 1.0}))
    by_class: dict[str, list[str]] = {}
    for name, codes in sorted((other_level_names or {}).items()):
        for code in sorted(codes):
            by_class.setdefault(code, []).append(name)
    for code, names in sorted(by_class.items()):
        for i in range(0, len(names), chunk):
            out.append((Job(id=f"reference-{code}-{i}", title=" ".join(names[i:i + chunk])), {code: 1.0}))
    return out
