"""专科 and 本科 entries across catalogs, by the 本科 classes the civil-service reference table files a name under
(``MajorChecker.classes_named``): a 专科 graduate the 本科 catalog lacks on a 本科 class or major (计算机应用技术 →
计算机类), and a graduate of another level on a 专科 major listed without level (「电气工程及其自动化、风力发电工程技术等
相关专业」 read by a 本科 会计学 graduate, who has no 专科 code to compare; a 专科 graduate the 专科 catalog lacks stays asked
there, ranked by ``major_kin.unplaced_far``).

A 专科 entry reaches the 本科 classes its name is filed under (风力发电工程技术, 光伏工程技术 → 能源动力类 0805; a 专科 name the
table lacks by its 专业类, ``MajorCodeTables.from_data``), a 专科 专业类 or 大类 (「电力技术类」 4301) those of its majors
(not a subject's teacher education, 语文教育, which the table files under 教育学类: left open):
a graduate of such a class is asked (能源与动力工程, 新能源科学与工程), one of another refused (会计学, 生物科学, 自动化), with or
without 相关, as a 本科 entry's class reaches (``related_fields.related_kin``). A name filed nowhere leaves the entry open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from features.catalog import normalise_major_name
from features.major_requirements import MajorRef, StudyLevel
from matching.rules.related_fields import subject_education


def junior_item_classes(ref: MajorRef, junior_catalog: Mapping[str, str],
                        classes_named: Callable[..., frozenset[str]]) -> frozenset[str]:
    """The 本科 classes a 专科 entry reaches: its name's, else (a 专业类 or 大类) its majors'. None for a subject's
    teacher education (语文教育, 数学教育: the table's 教育学类 would refuse 汉语言文学, 数学与应用数学): left open."""
    if subject_education(ref.name or ""):
        return frozenset()
    if found := classes_named(ref.name):
        return found
    code = ref.code or ""
    if len(code) in (2, 4) and code in junior_catalog:
        return classes_named(*sorted(n for c, n in junior_catalog.items() if len(c) == 6 and c.startswith(code)))
    return frozenset()


def refuses_on_junior_item(theirs: frozenset[str], mine: Iterable[str]) -> bool:
    """Whether a graduate with no 专科 code, of these 本科 classes (``mine``), is outside a 专科 entry reaching ``theirs``."""
    mine = {c[:4] for c in mine}
    return bool(theirs) and bool(mine) and not theirs & mine


def junior_graduate_match(refs: list[MajorRef], catalog_of, class_by_name, classes: frozenset[str], name: str
                          ) -> MajorRef | None:
    """A 专科 graduate the 本科 catalog lacks (``classes``: the 本科 classes the reference table files their major's
    name under, 计算机应用技术 → 0809): the class or category listed without a level that admits them, as the
    suggestion's major placement (``matching.major_placement``) files it, so the verdict and the suggestion's
    reasons agree. 「专科：计算机类」 names the class by the name the undergraduate catalog gives it too. Not a 专科
    专业类 of the 2021 catalog (「专科：计算机类」, 5102) by its undergraduate namesake: 专科 工商管理类 (5306) holds no
    会计, which the 本科 one (1202) does; a graduate the catalog lacks is asked there."""
    for ref in refs:
        code = ref.code if catalog_of(ref, StudyLevel.JUNIOR_COLLEGE) is StudyLevel.UNDERGRADUATE else None
        if ref.code is None and ref.level is StudyLevel.JUNIOR_COLLEGE and ref.name:
            code = getattr(class_by_name(ref.name), "code", None)
        if code and len(code) in (2, 4) and any(c.startswith(code) for c in classes):
            return ref
        if code and len(code) == 6 and code[:4] in classes and junior_form(ref, name):
            return ref  # 护理 (专科 520201) on 「护理学」 (101101): the 专科 form of that 本科 major
    return None


def junior_form(ref: MajorRef, name: str) -> bool:
    """The listed 本科 major is the graduate's 专科 major by name, alone or with 学 (护理 → 护理学)."""
    listed = normalise_major_name(ref.name or "")
    return bool(name) and listed in (name, name + "学")
