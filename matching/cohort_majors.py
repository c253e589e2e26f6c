"""A graduate's undergraduate major class as an official statistic counts it (毕业生画像: 结构、专业).

The profile reports how many graduates each major class holds. Only what the catalogs say may go
into it: the 2026 undergraduate catalog (a name, its aliases, a code: ``Graduate.major_code``), the
old undergraduate names (1998/2012, ``MajorCodeTables.old_undergrad_code``) and the tables that file
专科 and 研究生 majors under undergraduate classes (the civil-service major reference table and the
专科 catalog's 专业类, ``MajorCodeTables.reference_by_name``). A name none of them holds is not put in
the class the name finder or the major-fit model guesses (``matching.fair_themes.graduate_class``:
「量子炼金术」 read as 物理学类) but listed apart, by name, with why (``unplaced_reason``).

The fair planner keeps the guess: inviting a 专科 graduate of 大数据与会计 to an accounting fair helps
them even if no table files the name, and its reason says the name was placed by estimate.
"""

from __future__ import annotations

from features.catalog import normalise_major_name
from features.records import Graduate
from matching.fair_themes import ThemeLink

#: Why a graduate's major is in no class (the profile's 未归入本科专业类 list).
NOT_IN_CATALOG = "不在专业目录中"
NOT_UNDERGRADUATE = "不在本科专业目录中"
JUNIOR_UNFILED = "专科专业，参照表未对应本科专业类"
GRADUATE_UNFILED = "研究生专业，参照表未对应本科专业类"


def catalog_class(ranker, graduate: Graduate) -> ThemeLink | None:
    """The class a graduate's major lies in by the catalogs alone, else ``None`` (no guess)."""
    catalog = ranker.catalog
    code = graduate.major_code
    if code and code[:4] in catalog.classes:
        name = catalog.classes[code[:4]].name
        return ThemeLink(code[:4], name, f"专业：{graduate.major or code}（{name}）")
    major = (graduate.major or "").strip()
    tables = ranker.major_tables
    if not major or tables is None:
        return None
    old = tables.old_undergrad_code(major)
    if old and old[:4] in catalog.classes:
        name = catalog.classes[old[:4]].name
        return ThemeLink(old[:4], name, f"专业：{major}（原本科专业名称，今属{name}）")
    filed = [c for c in tables.reference_by_name.get(normalise_major_name(major), ()) if c in catalog.classes]
    if not filed:
        return None
    chosen = filed[0]
    if len(filed) > 1 and (near := ranker.place_major(major)) is not None and near.class_code in filed:
        chosen = near.class_code  # the filed class holding the nearest major by name (审计 → 1202, 审计学)
    name = catalog.classes[chosen].name
    return ThemeLink(chosen, name, f"专业：{major}（专业参照表归入{name}）")


def unplaced_reason(ranker, name: str) -> str:
    """Why ``catalog_class`` puts a major of this name in no class, in Chinese."""
    tables = ranker.major_tables
    if tables is None:  # the 专科 and 研究生 catalogs were not read: only the undergraduate one is known
        return NOT_UNDERGRADUATE
    if tables.junior_code(name) is not None:
        return JUNIOR_UNFILED
    if tables.graduate_code(name) is not None:
        return GRADUATE_UNFILED
    return NOT_IN_CATALOG
