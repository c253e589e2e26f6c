"""A graduate's undergraduate major class as an official statistic counts it (毕业生画像: 结构、专业).

The profile reports how many graduates each major class holds. Only what the catalogs say may go
into it: the 2026 undergraduate catalog (a name, its aliases, a code: ``Graduate.major_code``), the
old undergraduate names (1998/2012, ``MajorCodeTables.old_undergrad_code``) and the tables that file
专科 and 研究生 majors under undergraduate classes (the civil-service major reference table and the
专科 catalog's 专业类, ``MajorCodeTables.reference_by_name``). A name none of them holds is not put in
the class the name finder or the major-fit model guesses (``matching.fair_themes.graduate_class``:
「量子炼金术」 read as 物理学类) but listed apart, by name, with why (``unplaced_reason``).

A 研究生 major no table files under a 本科 class still has a 学科门类, which the 研究生 catalog
(学位授予和人才培养学科目录, ``MajorCodeTables.graduate_code``) gives as the first two digits of its 一级学科 or
专业学位 code: 学科教学（英语） 045108 is 04 教育学, 纺织科学与工程 0821 is 08 工学 (``graduate_category``). The
profile counts it in the 门类 table and lists it apart from the class table. A 专业学位 field the shipped
catalog lacks (its 2022 fields are shipped for 教育, 体育 and 翻译 only) is read through the category the
record names (「农业硕士（农艺与种业）」 → 农业 0951) or the code written with it (「农艺与种业095131」); written
alone (「农艺与种业」) it has no 门类 here.

The fair planner keeps the guess: inviting a 专科 graduate of 大数据与会计 to an accounting fair helps
them even if no table files the name, and its reason says the name was placed by estimate.
"""

from __future__ import annotations

from features.catalog import normalise_major_name
from features.major_professional import named_professional_category
from features.own_major import code_in_major, words_of_major
from features.records import Graduate
from matching.fair_themes import ThemeLink, coded_class

#: Why a graduate's major is in no class (the profile's 未归入本科专业类 list).
NOT_IN_CATALOG = "不在专业目录中"
NOT_UNDERGRADUATE = "不在本科专业目录中"
JUNIOR_UNFILED = "专科专业，参照表未对应本科专业类"
GRADUATE_UNFILED = "研究生专业，参照表未对应本科专业类"


def catalog_class(ranker, graduate: Graduate) -> ThemeLink | None:
    """The class a graduate's major lies in by the catalogs alone, else ``None`` (no guess)."""
    catalog = ranker.catalog
    if (coded := coded_class(catalog, graduate)) is not None:
        return coded
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
    """Why ``catalog_class`` puts a major of this name in no class, in Chinese; for a 研究生 major, also
    the 门类 it is counted in (the reader of the 门类 table finds it there, not under 未归入学科门类)."""
    tables = ranker.major_tables
    if tables is None:  # the 专科 and 研究生 catalogs were not read: only the undergraduate one is known
        return NOT_UNDERGRADUATE
    if tables.junior_code(words_of_major(name)) is not None:
        return JUNIOR_UNFILED
    if (category := graduate_category(ranker, name)) is not None:
        return f"{GRADUATE_UNFILED}；{COUNTED_IN}{' '.join(category)}"
    return NOT_IN_CATALOG


#: How the reason of a 研究生 major in no class names the 门类 it is counted in.
COUNTED_IN = "按研究生学科目录计入 "


def graduate_category(ranker, name: str) -> tuple[str, str] | None:
    """The 学科门类 (code, name) of a 研究生 major by the 研究生 catalog: the first two digits of the code
    of its name (学科教学（英语） 045108 → 04 教育学), else of the 专业学位 category named with it (「农业硕士（农艺与
    种业）」 → 0951), else of a code written with it whose 一级学科 or category the catalog holds (「农艺与种业095131」).
    ``None`` for a 专科 name (its 专业大类 are no 门类) and a name none of these gives.

    By name alone, as ``unplaced_reason`` and the profile's list of unplaced majors read it."""
    tables = ranker.major_tables
    words = words_of_major(name)
    if tables is None or not words or tables.junior_code(words) is not None:
        return None
    code = tables.graduate_code(words) or named_professional_category(words, tables)
    if code is None and (written := code_in_major(name)) and written[:4] in tables.graduate_names:
        code = written[:4]
    if code is None or (category := tables.graduate_name(code[:2])) is None:
        return None
    return code[:2], category
