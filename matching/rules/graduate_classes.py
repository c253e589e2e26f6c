"""A 本科 class named for 研究生 graduates (「研究生：财政学类」「研究生：计算机类」).

The 研究生 catalog holds no discipline of that name, so the parser leaves the entry without a code and every 硕士
was 待核实. Read it as the 研究生 majors of the same field: those the 本科 catalog or the reference table
(``features.major_lookup.undergrad_classes_by_name``, the correspondence the major checker already uses for 研究生
and 专科 names) files under that class alone (财政学 020203 and 税务 0253 under 财政学类 0202; 计算机科学与技术 0812
and 软件工程 0835 under 计算机类 0809). A 研究生 discipline with the class's own code (应用经济学 0202 and its other
二级学科 the 研究生 catalog alone names, 区域经济学) may be what the post means by it, and so may a 专业学位 类别 of the
class's 门类 (电子信息 0854 for 计算机类); a name filed under several classes, or under none but of the class's 门类,
is not known to be inside: all are asked. A name filed under other classes only is refused (法学 on 「研究生：财政学类」), but for the neighbours below.

Where the table is unsure, the graduate is asked, with the reason (``asked_why``), not refused:
- the class's majors are, in the 研究生 catalog, 二级学科 of one 一级学科 (``GRADUATE_HOMES``: 财政学类, 金融学类,
  经济与贸易类 → 应用经济学 0202, whose 二级学科 are 财政学 020203, 金融学 020204, 国际贸易学 020206 among others): a
  graduate recorded by that 一级学科 (应用经济学) may hold the 二级学科, and one of a sibling 二级学科 (金融学 on
  财政学类) studied the same discipline;
- a named field holds the class whole and the graduate's major is among its kin or its other classes
  (``features.major_fields.fields_holding``: 生物工程 on 「研究生：生物科学类」 is 生物学类's kin; 金融学类 beside
  财政学类 in 财政金融类).
A name filed under no 本科 class (应用经济学) is refused where its 研究生 门类 is not the class's (on 「研究生：计算机类」):
the 门类 code is the same in both catalogs.
"""

from __future__ import annotations

from features.catalog import MajorCatalog
from features.major_fields import fields_holding, named_field
from features.major_lookup import UNDERGRAD_CATEGORIES
from features.major_requirements import MajorRef, StudyLevel


def undergrad_class_at_graduate_level(ref: MajorRef, level: StudyLevel | None, catalog: MajorCatalog) -> str | None:
    """The 本科 class code of an entry a 研究生 graduate is read against that names a 本科 class the parser found
    no 研究生 code for, or ``None`` (an entry with a code, a named field, or another level)."""
    if level is not StudyLevel.GRADUATE or ref.code is not None or not ref.name or named_field(ref.name, level):
        return None
    klass = catalog.class_by_name(ref.name)
    return klass.code if klass is not None else None


def holds_graduate(class_code: str, classes: frozenset[str]) -> bool:
    """Whether a 研究生 major filed under ``classes`` (its name's 本科 classes) is surely inside the class."""
    return classes == {class_code}


#: 本科 classes whose majors are, in the 研究生 catalog (学位授予和人才培养学科目录, 二级学科 of 1997 kept under the
#: 2011 一级学科), 二级学科 of one 一级学科: (its code, its name, the 二级学科 of the class's name).
GRADUATE_HOMES = {
    "0202": ("0202", "应用经济学", "财政学"),
    "0203": ("0202", "应用经济学", "金融学"),
    "0204": ("0202", "应用经济学", "国际贸易学"),
}
#: 二级学科 of 应用经济学 the shipped 二级学科 table (广东's, ``graduate_second_level.json``) lacks.
_APPLIED_ECONOMICS = {"财政学": "020203", "金融学": "020204"}


def graduate_field_code(name: str, second_level_code) -> str | None:
    """The 6-digit 研究生 二级学科 of a 硕士's major name (``MajorCodeTables.second_level_code``, then the
    应用经济学 二级学科 it lacks)."""
    return second_level_code(name) or _APPLIED_ECONOMICS.get(name)


def refuses_graduate(class_code: str, classes: frozenset[str], graduate_codes: set[str]) -> bool:
    """Whether a 研究生 major filed under ``classes`` (its name's 本科 classes) is outside the class. Not when it is
    filed under the class too, nor when one of its 研究生 codes (``graduate_codes``: written, or found by name) is of
    a discipline with the class's code (应用经济学 0202, 区域经济学 020202 for 财政学类 0202) or a 专业学位 类别 of
    the class's 门类 (电子信息 0854 for 计算机类 0809: its fields hold 计算机技术), nor a neighbour the checker asks
    (``asked_why``). A name filed nowhere is refused only where its 研究生 门类 is another (应用经济学 on 计算机类)."""
    def kin(code: str) -> bool:
        return code.startswith(class_code) or (len(code) == 4 and code[2] == "5" and code[:2] == class_code[:2])
    if not classes:
        return bool(graduate_codes) and all(c[:2] != class_code[:2] for c in graduate_codes)
    return class_code not in classes and not any(kin(c) for c in graduate_codes) \
        and _home_of(class_code, graduate_codes) is None and _field_near(class_code, classes) is None


def _home_of(class_code: str, graduate_codes: set[str]) -> tuple[str, str, str] | None:
    home = GRADUATE_HOMES.get(class_code)
    return home if home and any(c[:4] == home[0] for c in graduate_codes) else None


def _field_near(class_code: str, classes: frozenset[str]):
    # By the name's 本科 classes only: a field's kin mixes 本科 classes and 研究生 disciplines of one code (地理类's
    # 0812 is 本科 测绘类, and 研究生 计算机科学与技术).
    return next((f for f in fields_holding(class_code) if f.near(classes, set())), None)


def asked_why(class_code: str, class_name: str, major: str, classes: frozenset[str], graduate_codes: set[str]) -> str | None:
    """Why a 研究生 of ``major`` is asked on a 本科 class named for 研究生 graduates, or ``None`` (no reason known
    beyond the list's own)."""
    if (home := _home_of(class_code, graduate_codes)) is not None:
        code, discipline, field = home
        said = f"{class_name}为本科专业类，研究生阶段对应{discipline}一级学科下的{field}等二级学科，"
        if any(c == code or c == code + "00" for c in graduate_codes):
            return f"{said}您的专业登记为一级学科 {major}，请核实您的二级学科（研究方向）是否在列"
        return f"{said}您的专业 {major} 同属{discipline}一级学科，岗位未写明是否接受，请向招聘单位核实"
    if (found := _field_near(class_code, classes)) is not None:
        return (f"{class_name}为本科专业类，您的专业 {major} 与其相近（部分省份专业目录的「{found.name}」可能包含二者），"
                f"岗位未写明是否接受，请向招聘单位核实")
    return None


def master_near_classes(name: str, graduate_codes: set[str], classes_named, discipline_name) -> frozenset[str]:
    """The 本科 classes a 硕士 whose major the 本科 catalog lacks (区域经济学 020202, 西方经济学 020104) is near: those its name
    is filed under (``classes_named``: 经济学类 0201), those its 一级学科's name is filed under (``discipline_name``: 0202 →
    应用经济学, filed under none), and those whose 研究生 home is that 一级学科 (``GRADUATE_HOMES``: 财政学类, 金融学类,
    经济与贸易类 for 应用经济学)."""
    disciplines = sorted({c[:4] for c in graduate_codes})
    homes = {klass for klass, (home, _, _) in GRADUATE_HOMES.items() if home in disciplines}
    return classes_named(name, *map(discipline_name, disciplines)) | homes


def refuses_master(code: str, graduate_codes: set[str], classes_named, name: str, discipline_name, *, related: bool) -> bool:
    """Whether a 硕士 of ``name`` whose major the 本科 catalog lacks (``graduate_codes``: its 研究生 codes) is outside a 本科
    class, major or 门类 (``code``) listed without level. A name filed under no 本科 class (应用经济学) by its 研究生 门类, as
    on 「研究生：X类」; one filed under classes (区域经济学 → 经济学类) as a 本科 graduate of those classes would be: refused on
    a far class (工商管理类, 公共管理类), asked on a near one (``master_near_classes``) or a list widened by 相关."""
    if not (classes := classes_named(name)):
        return refuses_graduate(code, frozenset(), graduate_codes)
    if code[:2] not in UNDERGRAD_CATEGORIES:
        return False  # a 职业本科 大类 (31 电子与信息大类): its classes are no 普通本科 classes to compare
    near = classes | master_near_classes(name, graduate_codes, classes_named, discipline_name)
    return not related and not any(c.startswith(code[:4]) for c in near)
