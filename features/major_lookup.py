"""Catalog look-ups behind ``features.major_requirements``: a code or a name, at a level,
to the catalog code it means.

Codes are keyed by level (the same four digits are a 本科 class or a 研究生 discipline);
old undergraduate codes (1998/2012 catalogs) and renamed majors map to the 2026 catalog
through ``MajorCodeTables``.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from features.catalog import MajorCatalog, normalise_major_name
from features.major_codes import MajorCodeTables
from features.major_professional import professional_field

if TYPE_CHECKING:
    from features.major_requirements import MajorRef


class StudyLevel(enum.StrEnum):
    JUNIOR_COLLEGE = "专科"
    UNDERGRADUATE = "本科"
    GRADUATE = "研究生"


#: 「…；英国、美国、加拿大或澳大利亚留学毕业生（含…中外合作办学本科院校毕业生）不限专业」 closing a list:
#: another way in for graduates the record does not tell apart, not majors of the list.
OVERSEAS_ANY_MAJOR = re.compile(
    r"[，,；;。]\s*(?P<who>(?:[\u4e00-\u9fff]{2,6}[、或和])*[\u4e00-\u9fff]{2,6}(?:留学毕业生|留学回国人员|留学生)"
    r"(?:[（(][^）)]*[）)])?)\s*不限专业[。.]?\s*$")
UNDERGRAD_CATEGORIES = frozenset(f"{i:02d}" for i in range(1, 15))
_UNDERGRAD_VERSIONS = {"98", "12", "20", "24", "2012", "1998", "2020", "2024"}
_JUNIOR_VERSIONS = {"04", "15", "21", "2004", "2015", "2021"}


def level_from_version(version: str | None) -> StudyLevel | None:
    if version in _UNDERGRAD_VERSIONS:
        return StudyLevel.UNDERGRADUATE
    if version in _JUNIOR_VERSIONS:
        return StudyLevel.JUNIOR_COLLEGE
    return None


def category_code(written: str, qualifiers: Sequence[str], name: str, level: StudyLevel | None, catalog: MajorCatalog,
                  tables: MajorCodeTables) -> tuple[StudyLevel | None, str] | None:
    """「法学门类」「历史学（门类）」: the 门类 of that name, read as its code is (「工学（08）」, through
    ``code_by_level``), not the 本科 major of the same name (法学 030101K admits one major, the 门类
    every 法学 class). ``None`` when no 门类 is said or the name is none, and under 专科, whose
    大类 are other codes."""
    said = re.search(r"门类(?:专业)?$", written.strip()) is not None or "门类" in qualifiers
    base = re.sub(r"门类?$", "", name)  # 「医学门类专业」 is cleaned to 「医学门」
    if not said or level is StudyLevel.JUNIOR_COLLEGE or (code := catalog.category_by_name(base)) is None:
        return None
    return code_by_level(code, level, None, None, catalog, tables)


def code_by_level(raw: str, level: StudyLevel | None, version: str | None, name: str | None, catalog: MajorCatalog,
             tables: MajorCodeTables) -> tuple[StudyLevel | None, str | None]:
    digits = re.match(r"\d+", raw).group()
    if level is StudyLevel.GRADUATE and (field := professional_field(name, tables)) is not None:
        return level, field  # 广东's 「学科教学硕士（体育）（A040113）」: the 专业学位 field named, not its 040113
    if level is StudyLevel.GRADUATE:
        return level, digits
    if level is StudyLevel.JUNIOR_COLLEGE:
        return level, tables.junior_list_code(digits, name)
    if level is StudyLevel.UNDERGRADUATE:
        return level, undergrad_code(digits, version, name, catalog, tables)
    # Level not stated: believe the catalog whose name for this code matches the text.
    if name and (junior := tables.junior_catalog.get(digits)) and normalise_major_name(junior) == normalise_major_name(name):
        return StudyLevel.JUNIOR_COLLEGE, digits  # 计算机应用技术（510201）: 专科, not the 研究生 二级学科 081203
    if name:
        by_name = code_by_name(name, None, catalog, tables)
        if by_name and by_name[1] and (by_name[1] == digits or digits.startswith(by_name[1])
                                       or by_name[1].startswith(digits)):
            return by_name[0], by_name[1] if by_name[0] is not StudyLevel.UNDERGRADUATE else \
                undergrad_code(digits, version, name, catalog, tables)
        if by_name and by_name[0] is StudyLevel.UNDERGRADUATE and tables.undergrad_old_codes.get(digits) == by_name[1]:
            # An older catalog's code for this very major, untagged (会计学（110203）, the 1998 code).
            return StudyLevel.UNDERGRADUATE, by_name[1]
        if digits in tables.graduate_names and name in tables.graduate_names[digits]:
            return StudyLevel.GRADUATE, digits
        if by_name and by_name[0] is StudyLevel.JUNIOR_COLLEGE and tables.junior_names.get(digits) and \
                normalise_major_name(tables.junior_names[digits]) == normalise_major_name(name):
            # A 专科 major under an older catalog's code, untagged (计算机应用技术（610201）, 2015's).
            return StudyLevel.JUNIOR_COLLEGE, by_name[1]
    if len(digits) == 6 and catalog.major(digits) is not None:
        return StudyLevel.UNDERGRADUATE, digits
    if len(digits) == 4 and digits in catalog.classes and (name or "").endswith("类"):
        return StudyLevel.UNDERGRADUATE, digits
    if len(digits) == 2 and digits in catalog.categories:
        return StudyLevel.UNDERGRADUATE, digits
    if len(digits) == 2 and digits in tables.vocational_to_undergrad and (name or "").endswith("大类"):
        # A 职业教育 大类 (新闻传播大类（36）): 职业本科 codes 21–39 are 本科, 高职 41–59 专科.
        return (StudyLevel.UNDERGRADUATE if digits < "40" else StudyLevel.JUNIOR_COLLEGE), digits
    return None, digits


def undergrad_code(digits: str, version: str | None, name: str | None, catalog: MajorCatalog,
                    tables: MajorCodeTables) -> str:
    if len(digits) == 4 and digits[:2] in catalog.categories and name and \
            (named := catalog.class_by_name(name)) is not None and named.code != digits:
        # 广东's directory numbers classes its own way (「体育学类（B0403）」「临床医学类（B1003）」, the catalog's
        # 0402, 1002): the class's name decides, else its graduates are refused by another class's code. Not a
        # 职业本科 class's own code (计算机类（3102）: 门类 31 is no 普通本科 门类).
        return named.code
    if len(digits) != 6:
        return digits
    if version in ("98", "1998"):
        mapped = tables.undergrad_old_codes.get(digits)
        if mapped:
            return mapped
        major = catalog.major_by_name(name) if name else None
        return major.code if major else digits
    if catalog.major(digits) is not None:
        return digits
    mapped = tables.undergrad_old_codes.get(digits)
    return mapped or digits


def code_by_name(name: str | None, level: StudyLevel | None, catalog: MajorCatalog, tables: MajorCodeTables
             ) -> tuple[StudyLevel, str] | None:
    if not name:
        return None
    if level in (None, StudyLevel.UNDERGRADUATE):
        major = catalog.major_by_name(name)
        if major:
            return StudyLevel.UNDERGRADUATE, major.code
        klass = catalog.class_by_name(name)
        if klass:
            return StudyLevel.UNDERGRADUATE, klass.code
        category = catalog.category_by_name(name)
        if category:
            return StudyLevel.UNDERGRADUATE, category
        old = tables.old_undergrad_code(name)
        if old:
            return StudyLevel.UNDERGRADUATE, old
        loose = loose_undergrad_code(name, catalog)
        if loose:
            return StudyLevel.UNDERGRADUATE, loose
    if level in (None, StudyLevel.GRADUATE):
        code = tables.graduate_code(name) or (name.endswith("类") and tables.graduate_code(name[:-1])) or _teaching_field(name, tables)
        if code:
            return StudyLevel.GRADUATE, code
    if level in (None, StudyLevel.JUNIOR_COLLEGE):
        code = tables.junior_code(name)
        if code:
            return StudyLevel.JUNIOR_COLLEGE, code
    return None


def _teaching_field(name: str, tables: MajorCodeTables) -> str | None:
    """「学科教学（政治）」「学科教学（思想政治教育）」: the 教育硕士 field 学科教学（思政） (045102) as the catalog names it."""
    from features.major_fields import teaching_subject  # major_fields reads StudyLevel from here

    subject = teaching_subject(name) if name.startswith("学科教学") else None
    return tables.graduate_code(f"学科教学（{subject}）") if subject else None


def loose_undergrad_code(name: str, catalog: MajorCatalog) -> str | None:
    """Informal spellings: 英语类 → 英语, 计算机 → 计算机类, 医学检验 → 医学检验技术 (unique prefix)."""
    if name.endswith("类") and len(name) > 2:
        major = catalog.major_by_name(name[:-1])
        if major:
            return major.code
    else:
        klass = catalog.class_by_name(name + "类")
        if klass:
            return klass.code
    if len(name) >= 3 and not name.endswith("类"):
        hits = {m.code for m in catalog.majors.values() if m.name.startswith(name)}
        if len(hits) == 1:
            return hits.pop()
    return None


def undergrad_keys_of(refs: list[MajorRef], catalog: MajorCatalog, tables: MajorCodeTables) -> frozenset[str]:
    keys: set[str] = set()
    for ref in refs:
        if ref.level not in (None, StudyLevel.UNDERGRADUATE):
            continue
        if ref.level is None and ref.catalog is not StudyLevel.UNDERGRADUATE:
            continue
        if ref.code is None:
            if ref.name == "不限":
                keys |= UNDERGRAD_CATEGORIES
            continue
        if ref.code[:2] in tables.vocational_to_undergrad:  # 职业本科 codes: 大类 21–39
            keys.update(tables.vocational_to_undergrad[ref.code[:2]])
            continue
        if ref.only:
            narrowed = [catalog.major_by_name(o) for o in ref.only]
            if all(narrowed):
                keys.update(m.code for m in narrowed)
                continue
        keys.add(ref.code)
    return frozenset(keys)


def undergrad_classes_by_name(name: str, catalog: MajorCatalog, reference: Mapping[str, Sequence[str]]) -> list[str]:
    """Undergraduate class codes a 研究生 or 专科 major name corresponds to: those the reference
    table files it under (``reference`` keyed by normalised name: 法律 → 0301), the class of an
    undergraduate major of the same name, and a class of that name (with or without 类)."""
    found = list(reference.get(normalise_major_name(name), ()))
    major = catalog.major_by_name(name)
    if major:
        found.append(major.class_code)
    klass = catalog.class_by_name(name) or catalog.class_by_name(name + "类")
    if klass:
        found.append(klass.code)
    return found


#: 本科 classes a 研究生 专业学位 类别 draws on that its name does not lead to through the reference
#: table (国际商务 is filed under 工商管理类 only; its graduates also come from 国际经济与贸易).
_PROFESSIONAL_KIN = {
    "0254": ("0204",),  # 国际商务: 经济与贸易类
    "0256": ("0203",),  # 资产评估: 金融学类
    "0453": ("0502",),  # 国际中文教育: 外国语言文学类
    "0859": ("0810", "0811"),  # 土木水利: 土木类, 水利类
}


def professional_degree(name: str | None, catalog: MajorCatalog, tables: MajorCodeTables) -> tuple[str, frozenset[str]] | None:
    """A 研究生 专业学位 类别 of this name (应用统计 0252, 国际商务 0254; code ``XX5X``) and the 本科 classes
    it is kin to, or ``None``. Many are also read as 本科 names (应用统计 → 应用统计学, 国际商务 120205)."""
    code = tables.graduate_code(name) if name else None
    if code is None or len(code) != 4 or code[2] != "5":
        return None
    kin = set(undergrad_classes_by_name(name, catalog, tables.reference_by_name)) | set(_PROFESSIONAL_KIN.get(code, ()))
    if (major := catalog.resolve(name)) is not None:
        kin.add(major.class_code)  # 应用心理 → 应用心理学 (心理学类)
    return code, frozenset(kin)


def professional_named(refs: Sequence[MajorRef], name: str | None, catalog: MajorCatalog, tables: MajorCodeTables
                       ) -> MajorRef | None:
    """The ref with no level naming a 专业学位 类别 whose name with 学 is this 本科 major's (金融 → 金融学, 会计 → 会计学),
    or ``None``: for a 本科 graduate the 类别 is the 本科 major of that name, which the 本科 catalog holds."""
    name = normalise_major_name(name or "")
    if not name or (major := catalog.resolve(name)) is None or normalise_major_name(major.name) != name:
        return None
    return next((r for r in refs if r.level is None and r.name and normalise_major_name(r.name) + "学" == name
                 and professional_degree(r.name, catalog, tables) is not None), None)


def discipline_code(written: str, qualifiers: Sequence[str], name: str, level: StudyLevel | None, tables: MajorCodeTables
                    ) -> str | None:
    """The 研究生 discipline code of a name said to be a 一级学科 (``written`` as the table wrote it,
    「工商管理一级学科」, or with the qualifier 一级学科), or ``None``: a discipline of the 学科目录, not
    the 本科 major of that name (工商管理 120201, which admits one major)."""
    said = written.strip().endswith("一级学科") or "一级学科" in qualifiers
    if not said or level is not None or name.endswith("类"):  # 研究生：… is read in that catalog already
        return None
    code = tables.graduate_code(name)
    return code if code is not None and len(code) == 4 else None


def second_level_code(written: str, qualifiers: Sequence[str], name: str, level: StudyLevel | None,
                      tables: MajorCodeTables) -> str | None:
    """The 研究生 二级学科 code of a name said to be one (「内科学二级学科」, 「内科学（呼吸系病）二级学科」,
    「护理学（二级学科）」: 100201, 100209; its first four digits are its 一级学科, 1002 临床医学), or ``None``:
    a discipline of the 学科目录, not the 本科 major of that name (麻醉学 100202 is the 本科 major, 100217
    the 二级学科). A 本科 list keeps the 本科 major (「本科：法学（二级学科）」 is the major 法学, not the class)."""
    said = re.search(r"二级学科(?:专业)?$", written.strip()) is not None or "二级学科" in qualifiers
    return tables.second_level_code(name) if said and level in (None, StudyLevel.GRADUATE) else None


SECOND_LEVEL_NOTE = re.compile(r"\((?:[^()]*，)?二级学科\)$")


def is_second_level(ref: MajorRef) -> bool:
    """A 研究生 二级学科 the list said to be one (「内科学二级学科」, ``second_level_code``)."""
    return ref.catalog is StudyLevel.GRADUATE and len(ref.code or "") == 6 and bool(SECOND_LEVEL_NOTE.search(ref.name or ""))


def graduate_kind(ref: MajorRef) -> str:
    """What a 研究生 code is: 二级学科 (6 digits), 专业学位类别 (XX5X: 气象 0751) or 一级学科."""
    if len(ref.code or "") == 6:
        return "研究生二级学科"
    return "研究生专业学位类别" if (ref.code or "")[2:3] == "5" else "研究生一级学科"


def run_on_names(name: str, level: StudyLevel | None, catalog: MajorCatalog, tables: MajorCodeTables
                 ) -> list[tuple[str, tuple[StudyLevel, str]]] | None:
    """Names written with no separator between them (「经济学社会学文学历史学管理学」): the split into
    the fewest names each found in the catalogs, or ``None`` when no split finds every part."""
    found = functools.cache(lambda part: code_by_name(part, level, catalog, tables))
    best: list[list[tuple[str, tuple[StudyLevel, str]]] | None] = [[]] + [None] * len(name)
    for end in range(2, len(name) + 1):
        for start in range(max(0, end - 16), end - 1):
            before = best[start]
            if before is not None and (code := found(name[start:end])) and (
                    best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = [*before, (name[start:end], code)]
    return best[-1] if best[-1] is not None and len(best[-1]) >= 2 else None


#: Words joining two names in one entry (「汉语言文学及秘书学」「社会学与社会工作」).
_JOINERS = "及与和"


def catalog_name(name: str, level: StudyLevel | None, catalog: MajorCatalog, tables: MajorCodeTables) -> bool:
    """Whether ``name`` is, exactly, a name of a catalog of this level (a 本科 major, class, 门类 or an old 本科 name; a
    研究生 discipline; a 专科 major), not only a prefix or informal spelling of one (``loose_undergrad_code``)."""
    bare = normalise_major_name(name)  # not an alias (机械 → 机械类): the catalog's own name
    bachelor = level in (None, StudyLevel.UNDERGRADUATE) and (
        any(getattr(f(name), "name", None) == bare for f in (catalog.major_by_name, catalog.class_by_name))
        or catalog.category_by_name(name) is not None or tables.old_undergrad_code(name) is not None)
    return bachelor or (level in (None, StudyLevel.GRADUATE) and tables.graduate_code(name) is not None) \
        or (level in (None, StudyLevel.JUNIOR_COLLEGE) and tables.junior_code(name) is not None)


def joined_names(name: str, level: StudyLevel | None, catalog: MajorCatalog, tables: MajorCodeTables
                 ) -> list[tuple[str, tuple[StudyLevel, str]]] | None:
    """「汉语言文学及秘书学」: two catalog names joined by 及/与/和 in one entry, each with its code, or ``None``. The caller
    asks only after the whole is no name (「数学与应用数学」「食品质量与安全」 are single majors). Both parts must be
    catalog names (``catalog_name``) of one catalog and close kin (``_close_kin``): two majors of one class (汉语言文学,
    秘书学: 0501), two classes or disciplines of one 门类 (会计与审计: 1253, 1257). An older catalog's single name the shipped ones
    lack reads as two names otherwise: 「材料物理与化学」 (a 1997 二级学科: 材料物理 0804, 化学 0703), 「机械工程及自动化」
    (the 1998 本科 major: 0802, 0808), 「精密仪器及机械」 (080302, 机械类 0802 by an alias) stay one name."""
    if normalise_major_name(name) in tables.reference_by_name:
        return None  # one major the civil-service reference table names (马克思主义理论与思想政治教育, the 1997 二级学科)
    for at, char in enumerate(name):
        if char not in _JOINERS or not 2 <= at <= len(name) - 3:
            continue
        parts = (name[:at], name[at + 1:])
        if all(catalog_name(p, level, catalog, tables) for p in parts):
            found = [(p, code_by_name(p, level, catalog, tables)) for p in parts]
            if all(code for _, code in found) and _close_kin(*(code for _, code in found)):
                return found
    return None


def _close_kin(first: tuple[StudyLevel, str], second: tuple[StudyLevel, str]) -> bool:
    """Codes of one catalog and of one class (a major and a class: the major's), or two classes or disciplines of one 门类."""
    (level, a), (other, b) = first, second
    depth = 4 if max(len(a), len(b)) >= 6 and min(len(a), len(b)) >= 4 else 2
    return level is other and a[:depth] == b[:depth]


def dedupe_refs(refs: list[MajorRef]) -> list[MajorRef]:
    """Each major once; a repeat widened by 相关 (「气象类、气象相关类」: 气象 0751 twice) widens the first,
    which would otherwise refuse the majors the second lets in (计算机 on the 气象部门's lists)."""
    out: dict[tuple, MajorRef] = {}
    for ref in refs:
        key = (ref.level, ref.code, ref.name if ref.code is None else None, ref.only)
        if key not in out:
            out[key] = ref
        elif ref.related and not out[key].related:
            out[key] = dataclasses.replace(out[key], related=True)
    return list(out.values())
