"""A 本科 class named for 研究生 graduates (「研究生：财政学类」「研究生：计算机类」).

The 研究生 catalog holds no discipline of that name, so the parser leaves the entry without a code and every 硕士
was 待核实. Read it as the 研究生 majors of the same field: those the 本科 catalog or the reference table
(``features.major_lookup.undergrad_classes_by_name``, the correspondence the major checker already uses for 研究生
and 专科 names) files under that class alone (财政学 020203 and 税务 0253 under 财政学类 0202; 计算机科学与技术 0812
and 软件工程 0835 under 计算机类 0809). A 研究生 discipline with the class's own code (应用经济学 0202 and its other
二级学科 the 研究生 catalog alone names, 区域经济学) may be what the post means by it, and so may a 专业学位 类别 of the
class's 门类 (电子信息 0854 for 计算机类); a name filed under several classes or none is not known to be inside: all are
asked. A name filed under other classes only is refused (金融学, filed under 金融学类 0203, on 「研究生：财政学类」: the
directories that name 财政学类 list 金融学类 beside it).
"""

from __future__ import annotations

from features.catalog import MajorCatalog
from features.major_fields import named_field
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


def refuses_graduate(class_code: str, classes: frozenset[str], graduate_codes: set[str]) -> bool:
    """Whether a 研究生 major filed under ``classes`` only, none the class, is outside it. Not when one of its 研究生
    codes (``graduate_codes``: written, or found by name) is of a discipline with the class's code (应用经济学 0202,
    区域经济学 020202 for 财政学类 0202), nor a 专业学位 类别 of the class's 门类 (电子信息 0854 for 计算机类 0809:
    its fields hold 计算机技术), nor when its name is filed nowhere."""
    def kin(code: str) -> bool:
        return code.startswith(class_code) or (len(code) == 4 and code[2] == "5" and code[:2] == class_code[:2])
    return bool(classes) and class_code not in classes and not any(kin(c) for c in graduate_codes)
