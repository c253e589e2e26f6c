"""Major conditions: the list text is read by ``features.major_requirements`` (the
major-fit helper's parser) into a ``Condition`` (``matching.rules.major_cells``); this module
checks a graduate against it across catalogs and code lengths.

Codes are keyed by level: a 研究生 list is matched against the graduate's postgraduate
discipline code, a 本科 list against the undergraduate catalog (a 6-digit major is
admitted by its 4-digit class and 2-digit category; old codes and renamed majors map to
the 2026 catalog through ``MajorCodeTables``), a 专科 list against the 专科 catalog.
"""

from __future__ import annotations

from features.catalog import MajorCatalog, normalise_major_name, strip_code_suffix
from features.education import EducationLevel
from features.major_codes import MajorCodeTables
from features.major_fields import PROFESSIONAL_CLASSES, named_field, teaching_subject
from features.major_lookup import (SECOND_LEVEL_NOTE, graduate_kind, is_second_level, professional_named,
                                   undergrad_classes_by_name)
from features.major_professional import named_professional_category
from features.major_requirements import MajorRef, MajorRequirement, StudyLevel
from features.own_major import major_words, own_study_level, written_code
from features.records import Graduate
from matching.eligibility import open_major_reason
from matching.rules.arts_directions import admits, named_directions, unsure
from matching.rules.graduate_classes import (asked_why, graduate_field_code, holds_graduate, refuses_graduate, refuses_master,
                                             undergrad_class_at_graduate_level)
from matching.rules.junior_items import junior_graduate_match, junior_item_classes, refuses_on_junior_item
from matching.rules.related_fields import member_codes, related_kin, related_reaches, related_wording
from matching.rules.uncoded_names import refuses_uncoded, uncoded_classes
from matching.rules.major_cells import parse_major_cell  # noqa: F401  (re-exported: callers import it from here)
from matching.verdict import MajorDecision, Status

_SHOWN = 4


def _graduate_field(ref: MajorRef) -> bool:
    """A 研究生 二级学科 or 专业学位 领域 (040303 体育教育训练学, 045108 学科教学（英语）), not a 一级学科 or
    类别 written with six digits (080200 机械工程, 025100 金融)."""
    code = ref.code or ""
    return ref.catalog is StudyLevel.GRADUATE and ref.level in (None, StudyLevel.GRADUATE) \
        and len(code) == 6 and not code.endswith("00")


#: Levels whose major the 本科 catalog may lack (护理 for 本科: 职业本科 320201 or 护理学 said short), filed by name instead.
_PLACED_BY_NAME = frozenset({StudyLevel.JUNIOR_COLLEGE, StudyLevel.UNDERGRADUATE})
#: 门类 of 研究生 disciplines whose 本科 feeders include 理学 (07) majors: 工学, 农学, 医学.
_SCIENCE_FED = frozenset({"08", "09", "10"})


def own_level_refs(req: MajorRequirement, level: StudyLevel | None) -> list[MajorRef]:
    """The majors ``req`` lists for a graduate of ``level``: those of every level and those stated for theirs.
    None while others are listed: the post names no major of their level (「岗位只列出本科专业」)."""
    return [r for r in req.refs if r.level is None or r.level == level]


class MajorChecker:
    """Checks graduates against ``MajorRequirement``s; holds the catalogs it needs."""

    def __init__(self, catalog: MajorCatalog, tables: MajorCodeTables | None = None):
        self.catalog = catalog
        self.tables = tables or MajorCodeTables()
        # Per major name / code, not per graduate × post pair: the catalog and tables do not change.
        self._classes_by_names: dict[tuple[str | None, ...], frozenset[str]] = {}
        self._named_classes_by_code: dict[str | None, frozenset[str | None]] = {}
        self._members: dict[str, frozenset[str]] = {}  # a named field's members' classes, for 相关

    # -- graduate side -------------------------------------------------------------------
    def undergrad_code(self, graduate: Graduate) -> str | None:
        code = strip_code_suffix(graduate.major_code) if graduate.major_code else None
        if code and self.catalog.major(code) is None:
            code = self.tables.undergrad_old_codes.get(code, code)  # a 1998/2012 code
        if code is None and graduate.major:
            major = self.catalog.resolve(graduate.major)
            code = major.code if major else self.tables.old_undergrad_code(graduate.major)
        return code

    def graduate_codes(self, graduate: Graduate) -> dict[StudyLevel, str | None]:
        """The graduate's major code in each catalog: the 本科 code (``undergrad_code``), the 研究生 code written in
        a 硕士's or 博士's major (软件工程0835) or found by its name, and the 专科 code of its name."""
        name = major_words(graduate)
        master = bool(graduate.education and graduate.education >= EducationLevel.MASTER)
        # A 硕士's 金融学, 财政学: 二级学科 of 应用经济学 the shipped tables lack, found as 区域经济学 (020202) is.
        # 「农业硕士（农艺与种业）」: a 2022 field no shipped catalog holds, placed by the 专业学位 category it names (0951).
        found = name and (self.tables.graduate_code(name) or master and (graduate_field_code(name, self.tables.second_level_code)
                                                                         or named_professional_category(name, self.tables)))
        return {
            StudyLevel.UNDERGRADUATE: self.undergrad_code(graduate),
            StudyLevel.GRADUATE: (written_code(graduate) if master else None) or found or None,
            StudyLevel.JUNIOR_COLLEGE: self.tables.junior_code(name) if name else None,
        }

    # Reasons name majors by name, as a graduate knows them (「自动化」, not 「080801 自动化」): the
    # catalog code means nothing to them, and the name is what the job list and the catalog share.
    # A code is shown only where no name is known.
    def describe_graduate(self, graduate: Graduate) -> str:
        code = self.undergrad_code(graduate)
        major = self.catalog.major(code) if code else None
        if major is not None and (graduate.education is None or graduate.education <= EducationLevel.BACHELOR):
            return major.name
        return major_words(graduate) or graduate.major or "未知"

    # -- requirement side ----------------------------------------------------------------
    def describe_ref(self, ref: MajorRef, *, with_level: bool = False) -> str:
        name = ref.name
        key = ref.catalog or ref.level
        if ref.code and not name:
            if key is StudyLevel.GRADUATE:
                name = self.tables.graduate_name(ref.code)
            elif len(ref.code) == 6 and self.catalog.major(ref.code):
                name = self.catalog.major(ref.code).name
            elif len(ref.code) == 4 and ref.code in self.catalog.classes:
                name = self.catalog.classes[ref.code].name
            elif len(ref.code) == 2:
                name = self.catalog.categories.get(ref.code)
        text = name or ref.code or "?"
        if ref.only:
            text += f"（仅限{'、'.join(ref.only)}）"
        return f"{ref.level.value}：{text}" if ref.level and with_level else text

    def describe(self, refs: tuple[MajorRef, ...] | list[MajorRef], *, with_level: bool = False) -> str:
        # Each name once: a table may list one class under two catalogs (Henan: 计算机类 0809 and
        # the vocational-undergraduate 3102), which reads the same to the graduate.
        names = list(dict.fromkeys(self.describe_ref(r, with_level=with_level) for r in refs))
        return "、".join(names[:_SHOWN]) + (f" 等{len(names)}项" if len(names) > _SHOWN else "")

    # -- the check -------------------------------------------------------------------------
    def check(self, req: MajorRequirement, graduate: Graduate) -> tuple[Status, str]:
        """``decide``'s status and reason."""
        return self.decide(req, graduate)[:2]

    def decide(self, req: MajorRequirement, graduate: Graduate) -> MajorDecision:
        if req.unrestricted:
            return MajorDecision(Status.ELIGIBLE, open_major_reason(req, self.catalog))
        if not graduate.major and not graduate.major_code:
            return MajorDecision(Status.NEEDS_REVIEW, f"专业待核实：岗位要求 {self.describe(req.refs)}，您的专业未登记")
        level = own_study_level(graduate)
        stated = {r.level for r in req.refs if r.level is not None}
        if level is None and stated:
            return MajorDecision(Status.NEEDS_REVIEW, f"专业待核实：岗位按学历分列专业（{self.describe(req.refs, with_level=True)}），您的学历未知")
        refs = own_level_refs(req, level)
        mine = self.describe_graduate(graduate)
        if not refs:
            listed = "、".join(sorted(s.value for s in stated))
            return MajorDecision(Status.NOT_ELIGIBLE, f"专业不符：岗位只列出{listed}专业（{self.describe(req.refs, with_level=True)}），您的学历为{graduate.education.label}")
        if any(r.name == "不限" and r.code is None for r in refs):
            return MajorDecision(Status.ELIGIBLE, f"专业符合：岗位{level.value if level else ''}专业不限")
        codes = self.graduate_codes(graduate)
        matched = self._matched(req, refs, codes, graduate, level)
        if matched is not None:
            return MajorDecision(Status.ELIGIBLE, f"专业符合：岗位要求 {self.describe_ref(matched)}，您的专业为 {mine}", by_list=True)
        if level is StudyLevel.UNDERGRADUATE and (
                named := professional_named(refs, major_words(graduate), self.catalog, self.tables)) is not None:
            # 「金融」「会计」 with no level: the 专业学位 类别 (0251, 1253) is, for a 本科 graduate, the 本科
            # major of its name with 学 (金融学, 会计学), which the 本科 catalog holds.
            return MajorDecision(Status.ELIGIBLE, f"专业符合：岗位要求 {named.name}（本科对应{mine}专业），您的专业为 {mine}", by_list=True)
        related = any(r.related for r in refs)
        undecided = [r for r in refs if not self._rules_out(r, level, codes, graduate, related=related)]
        wanted = related_wording(self.describe(refs), req.text) if related else self.describe(refs)
        fields = [(r, f) for r in undecided if (f := named_field(r.name, level)) is not None]
        if undecided and not fields and level in (StudyLevel.UNDERGRADUATE, StudyLevel.JUNIOR_COLLEGE) and all(
                self._discipline(r) for r in undecided):
            # 「计算机科学与技术一级学科」 names a 研究生 discipline; which 本科 majors it takes (软件工程 of
            # 计算机类?) the post does not say: a shared class is asked, not refused.
            # Name the disciplines themselves where the list holds others too (「气象类、地理信息科学、农学」),
            # and say what they are in the 研究生 catalog: 「气象类」 is read as the 专业学位 类别 气象 (0751).
            named = f"{wanted}，" if len(undecided) == len(refs) else f"{wanted}，其中 {self.describe(undecided)} "
            kinds = {graduate_kind(r) for r in undecided}
            kind = kinds.pop() if len(kinds) == 1 else "研究生学科或专业学位类别"
            return MajorDecision(Status.NEEDS_REVIEW, f"专业待核实：岗位要求 {named}为{kind}，未写{level.value}专业要求；"
                                                      f"请向招聘单位核实{level.value}{mine}专业可否报考")
        if fields:
            # 「财务会计类」「教师教育」: a name no catalog of this level holds; the post's own directory decides.
            ref, found = fields[0]
            among = f"其中「{ref.name}」" if len(refs) > 1 else f"「{ref.name}」"
            said = f"，岗位所写学科为{'、'.join(ref.only)}" if ref.only else ""  # 「学科教学」 on an English teacher's post
            return MajorDecision(Status.NEEDS_REVIEW, f"专业待核实：岗位要求 {wanted}，{among}{found.what}{said}；"
                                                      f"请对照招聘公告所附专业目录核实您的专业 {mine} 是否属于其中")
        if sub := next((r for r in undecided if self._sub_of(r, codes, level)), None):
            # 「内科学二级学科」「课程与教学论」 to a graduate recorded by the 一级学科 only (临床医学, 教育学);
            # 「学科教学（英语）」 to one recorded by the 专业学位 类别 (教育, 教育硕士), whose parts are 领域.
            among = "其中 " if len(refs) > 1 else ""
            held, degree = codes.get(StudyLevel.GRADUATE) or "", sub.code[2] == "5"  # XX5X: a 专业学位 类别
            held = held[:4] if held.endswith("00") else held  # 085400: the 类别 0854
            # 计算机技术 085211 (工程's old field) to an 电子信息 0854 graduate: named as the field of their own 类别.
            parent = held if degree and len(held) == 4 and held[2] == "5" else sub.code[:4]
            kind = "专业学位类别" if degree else "一级学科"
            return MajorDecision(Status.NEEDS_REVIEW, (
                f"专业待核实：岗位要求 {wanted}，{among}{SECOND_LEVEL_NOTE.sub('', sub.name or self.describe_ref(sub))} 为"
                f"{self.tables.graduate_name(parent) or parent}{kind}下的{'专业领域' if degree else '二级学科'}，"
                f"您的专业登记为{kind if held == parent else ''} {mine}，"
                f"请核实您的{'专业领域' if degree else '二级学科'}（研究方向）是否在列"))
        if undecided:
            why = next((w for r in undecided if (k := undergrad_class_at_graduate_level(r, level, self.catalog)) and (w := asked_why(
                k, r.name, mine, self.classes_named(major_words(graduate)), self._held(codes, major_words(graduate))))),
                       f"请核实您的专业 {mine} 是否属于其中")
            return MajorDecision(Status.NEEDS_REVIEW, f"专业待核实：岗位要求 {wanted}，{why}")
        if (kin := related_kin(refs, codes.get(StudyLevel.UNDERGRADUATE), self.catalog.classes)) is not None:
            # 电子信息工程等相关专业 against 通信工程: a major of the same class may be what
            # the employer calls related; one of another class is not.
            return MajorDecision(Status.NEEDS_REVIEW, f"专业待核实：岗位要求 {wanted}，您的专业 {mine} 与其同属{kin}，请核实是否算作相关专业")
        return MajorDecision(Status.NOT_ELIGIBLE, f"专业不符：岗位要求 {wanted}，您的专业为 {mine}")

    def _rules_out(self, ref: MajorRef, level: StudyLevel | None, codes: dict[StudyLevel, str | None],
                   graduate: Graduate, *, related: bool = False) -> bool:
        """Whether a ref the graduate's major did not match refuses them, rather than leaving
        the question open."""
        key = self.catalog_of(ref, level)
        if level is StudyLevel.GRADUATE and (directions := named_directions(ref.code, ref.name)) is not None:
            return not unsure(directions, codes.get(StudyLevel.GRADUATE))
        if (found := named_field(ref.name, level)) is not None:
            # 「财务会计类」: a major outside every class its majors may come from is refused.
            # A 本科 graduate's 研究生 code is their name found there (学前教育 → the 教育硕士 field 045118), not a study of 教育 (0451).
            ugrad, grad = codes.get(StudyLevel.UNDERGRADUATE), codes.get(StudyLevel.GRADUATE) if level is StudyLevel.GRADUATE else None
            mine = self.classes_named(major_words(graduate)) | ({ugrad} if ugrad else set())
            # 「英语类相关专业」: 相关 reaches past the kin to the members' classes, not to any major (``related_fields``).
            if (reach := self._members.get(found.name)) is None:
                reach = self._members[found.name] = member_codes(found, self.classes_named, self.tables.graduate_code)
            near = related_reaches if ref.related or related else (lambda f, m, g, _: f.near(m, g))
            return bool(mine or grad) and not near(found, mine, {grad} if grad else set(), reach)
        if (klass := undergrad_class_at_graduate_level(ref, level, self.catalog)) is not None:
            # 「研究生：财政学类」: the 研究生 majors of that field (``matching.rules.graduate_classes``).
            name = major_words(graduate)
            return refuses_graduate(klass, self.classes_named(name), self._held(codes, name)) and not (ref.related or related)
        name, ugrad = major_words(graduate), codes.get(StudyLevel.UNDERGRADUATE)
        held = self._held(codes, name) if level is StudyLevel.GRADUATE else set()
        if ref.code is None:  # 「马克思主义理论与思想政治教育」: by the classes the reference table files it under
            return (theirs := uncoded_classes(ref.name, self.classes_named)) is not None and refuses_uncoded(
                theirs, self.classes_named(name) | ({ugrad[:4]} if ugrad else set()), held)
        if key is StudyLevel.JUNIOR_COLLEGE and codes.get(key) is None and level is not StudyLevel.JUNIOR_COLLEGE:
            # 「风力发电工程技术」 to a 本科 会计学 graduate: by the 本科 classes the 专科 entry reaches (``junior_items``;
            # a 专科 graduate the 专科 catalog lacks stays asked, ranked by ``major_kin.unplaced_far``)
            return refuses_on_junior_item(junior_item_classes(ref, self.tables.junior_catalog, self.classes_named),
                                          self.classes_named(name) | ({ugrad[:4]} if ugrad else set()))
        if key is StudyLevel.UNDERGRADUATE and held and ugrad is None:
            # 应用经济学 on 「历史学类」: by the 门类; 区域经济学 on 「工商管理类」: by its classes, as a 本科 graduate of them
            return refuses_master(ref.code, held, self.classes_named, name, self.tables.graduate_name,
                                  related=ref.related or related)
        if self._sub_of(ref, codes, level):
            return False
        if ref.level is None and key is StudyLevel.GRADUATE:
            # A list with no level naming a 研究生 discipline, often plain field words that are
            # also professional-degree names (会计 1253, 法律 0351, 护理 1054). A graduate's own
            # 研究生 code may file the same field elsewhere (会计学 → 120201), and a 本科/专科
            # graduate has none but one found by name: compare the undergraduate classes the
            # two names correspond to, and leave a shared class open.
            theirs = self.classes_named(ref.name, self.tables.graduate_name(ref.code))
            ugrad = codes.get(StudyLevel.UNDERGRADUATE)
            mine = self.classes_named(major_words(graduate)) | ({ugrad[:4]} if ugrad else set())
            if theirs & mine:
                return False
            if theirs and mine and level is not StudyLevel.GRADUATE:
                return True
            if not theirs and mine and ref.code[:2] in self.catalog.categories and len(ref.code) == 4:
                # No 本科 class of its name (信息与通信工程 0810; 「气象类」, read as 气象 0751): its 门类
                # (工学, 理学) still sets a 汉语言文学 graduate apart, and leaves one of that 门类 open
                # (a 大气科学 graduate was refused on 「气象类」 by the 研究生 code 0706 ≠ 0751). A 硕士's own
                # discipline still decides, except against a professional degree (codes XX5X, as 0751).
                if any(c[:2] == ref.code[:2] for c in mine):
                    if level is not StudyLevel.GRADUATE or ref.code[2] == "5":
                        return False
                elif level is not StudyLevel.GRADUATE:
                    if ref.code[:2] in _SCIENCE_FED and any(c[:2] == "07" for c in mine):
                        # 理学 majors feed 工/农/医 disciplines (地理信息科学 → 测绘科学与技术, 地质学 → 地质资源与
                        # 地质工程, 化学 → 材料与化工): asked, not refused; not the reverse (电子信息 on 气象类).
                        return False
                    # 「气象相关类」「…等相关专业」 (``related``: any of the list) reach past the 门类 (电子信息 for 气象): asked, not refused.
                    return not (ref.related or related)
        if key is StudyLevel.UNDERGRADUATE and level in _PLACED_BY_NAME and codes.get(key) is None \
                and len(ref.code) == 6 and not ref.related:
            # 「中医学」 (100501) to a 护理 专科 graduate the reference table files under 护理学类 (1011): refused
            # as a 本科 graduate of that class would be; one of the same class (助产学) is asked, and so is
            # a list widened by 相关, as a class listed for 专科 graduates is (below).
            classes = self.classes_named(major_words(graduate))
            return bool(classes) and ref.code[:4] not in classes
        if key is StudyLevel.UNDERGRADUATE and level in _PLACED_BY_NAME and codes.get(key) is None \
                and len(ref.code) in (2, 4) and not ref.related:
            # A 专科 name the reference table files elsewhere (会计 → 1202 against 计算机类): refused
            # as the placement would file it; a name it does not know stays open.
            classes = self.classes_named(major_words(graduate))
            return bool(classes) and not any(c.startswith(ref.code) for c in classes)
        if key is StudyLevel.JUNIOR_COLLEGE and self.tables.junior_catalog and codes.get(key) and not (
                codes[key] in self.tables.junior_catalog and ref.code in self.tables.junior_catalog):
            # An older catalog's 专科 code on either side (2015's 62 is 2021's 52; its 51 is another 大类): not compared.
            return False
        return codes.get(key) is not None

    def _held(self, codes: dict[StudyLevel, str | None], name: str | None) -> set[str]:
        """A 研究生's codes: written or found by name, and the 二级学科 of the name (金融学 020204)."""
        return {c for c in (codes.get(StudyLevel.GRADUATE), name and graduate_field_code(name, self.tables.second_level_code)) if c}

    def classes_named(self, *names: str | None) -> frozenset[str]:
        """The 本科 classes these majors' names are filed under (``features.major_lookup.undergrad_classes_by_name``),
        looked up once per names."""
        if (found := self._classes_by_names.get(names)) is None:
            found = self._classes_by_names[names] = frozenset(
                c for name in names if name for c in undergrad_classes_by_name(name, self.catalog, self.tables.reference_by_name))
        return found

    @staticmethod
    def _discipline(ref: MajorRef) -> bool:
        """A 一级学科 (``features.major_lookup.discipline_code``) or a 二级学科 said as such
        (``second_level_code``) named with no level."""
        return ref.level is None and ref.catalog is StudyLevel.GRADUATE and (
            len(ref.code or "") == 4 or is_second_level(ref))

    def _sub_of(self, ref: MajorRef, codes: dict[StudyLevel, str | None], level: StudyLevel | None) -> bool:
        """A 二级学科 the graduate's record may hold (内科学 100201 to a 临床医学 1002 graduate, or a
        临床医学硕士 1051 one, whose 专业学位 has the field 内科学; 课程与教学论 040102 to an 教育学 0401 one;
        学科教学（英语） 045108 to an 教育 0451 one): which one they studied the record does not say.
        Said to be a 二级学科 (「内科学二级学科」) for any graduate; named plainly (a 6-digit 研究生 code, or
        a name the catalog holds as one), for a 研究生 only: a 本科 graduate's 研究生 code is only their
        major's name found in that catalog, no record of a 研究生 study. Another 二级学科 of the same
        discipline (外科学 100210 on 内科学) is no holder: the record says which one."""
        grad = codes.get(StudyLevel.GRADUATE)
        grad = grad[:4] if grad and len(grad) == 6 and grad.endswith("00") else grad  # 105100: the 类别 1051
        said = is_second_level(ref) or (level is StudyLevel.GRADUATE and _graduate_field(ref))
        return said and grad is not None and grad in self.tables.second_level_holders(ref.code)

    @staticmethod
    def catalog_of(ref: MajorRef, level: StudyLevel | None) -> StudyLevel:
        """The catalog a listed entry's code is read in: its own, else its level's, else ``level``'s, else 本科."""
        return ref.catalog or ref.level or level or StudyLevel.UNDERGRADUATE

    def _named_classes(self, code: str | None) -> frozenset[str | None]:  # 政治学 → 政治学类, once per code
        if (found := self._named_classes_by_code.get(code)) is None:
            found = self._named_classes_by_code[code] = frozenset(getattr(self.catalog.class_by_name(f"{n}类"), "code", None)
                                                                  for n in self.tables.graduate_names.get(code, ()))
        return found

    def _aliases(self, code: str, key: StudyLevel, listed: str) -> frozenset[str]:
        """The codes ``code`` is matched by: a 研究生 专业学位 field's other codes (``field_aliases``), but
        广东's 「X硕士」 filing under a discipline (081204 计算机技术硕士 in 0812) only where listed itself: on the
        discipline the 专业学位 is asked about (``major_kin.namesake_professional``), as 085211 计算机技术 is."""
        if key is not StudyLevel.GRADUATE:
            return frozenset({code})
        homes = found[1] if (found := self.tables.namesakes(code)) else frozenset()
        return frozenset(c for c in self.tables.field_aliases(code) if c == listed or c not in homes)

    def _matched(self, req, refs, codes, graduate: Graduate, level: StudyLevel | None) -> MajorRef | None:
        name = normalise_major_name(major_words(graduate))
        ugrad = codes[StudyLevel.UNDERGRADUATE]
        keys = req.admits_undergrad_keys() if level in (StudyLevel.UNDERGRADUATE, None) else frozenset()
        for ref in refs:
            if level is StudyLevel.GRADUATE and (directions := named_directions(ref.code, ref.name)) is not None:
                if admits(directions, codes[StudyLevel.GRADUATE], major_words(graduate)):
                    return ref  # 音乐 (1352, or 135101) on 「艺术硕士（音乐/美术）」
                continue  # a bare 艺术硕士 (1351) is not admitted by the code alone
            if (found := named_field(ref.name, level)) is not None and (found.holds(
                    major_words(graduate), getattr(self.catalog.major(ugrad) if ugrad else None, "name", None))
                    or found.inside(level, ugrad, codes[StudyLevel.GRADUATE], self.classes_named(major_words(graduate)))):
                if not ref.only or teaching_subject(major_words(graduate)) in ref.only:
                    return ref  # 会计 in 财务会计类; 学科教学（英语） on 「学科教学」 of an English teacher's post
                continue
            if (klass := undergrad_class_at_graduate_level(ref, level, self.catalog)) is not None:
                if holds_graduate(klass, self.classes_named(major_words(graduate))):
                    return ref  # 财政学 (020203) on 「研究生：财政学类」
                continue
            if level is StudyLevel.UNDERGRADUATE and ugrad and ugrad[:4] in PROFESSIONAL_CLASSES.get(ref.code, ()):
                return ref  # 大气科学 on 「气象类」 (气象 0751)
            if ref.only and name:
                if any(normalise_major_name(o) == name for o in ref.only):
                    return ref  # the list names the graduate's own major (仅限金融学)
                continue
            code = codes.get(key := self.catalog_of(ref, level))
            if ref.code and code and any(c.startswith(ref.code) for c in self._aliases(code, key, ref.code)):
                return ref  # 计算机技术 085211 on 「电子信息（0854）」: its 2022 code 085404
            if ref.name and name and normalise_major_name(SECOND_LEVEL_NOTE.sub("", ref.name)) == name:
                return ref  # 「护理学（二级学科）」 (100209) to a 护理学 graduate (1011 today)
            if level is StudyLevel.UNDERGRADUATE and ugrad and self._discipline(ref) and ugrad[:4] in self._named_classes(ref.code):
                return ref  # 政治学一级学科 to a 本科 graduate: the class of its name (政治学类) is its field there
        if level is StudyLevel.JUNIOR_COLLEGE and ugrad is None and (found := junior_graduate_match(
                refs, self.catalog_of, self.catalog.class_by_name, self.classes_named(major_words(graduate)), name)):
            return found  # 计算机应用技术 on 「计算机类」, by the class the reference table files it under
        if ugrad and keys and {ugrad, ugrad[:4], ugrad[:2]} & keys:
            # old codes / renamed majors mapped by the requirement parser
            for ref in refs:
                if ref.code and ugrad.startswith(ref.code[: len(ref.code)]):
                    return ref
            return next((r for r in refs if self.catalog_of(r, level) is StudyLevel.UNDERGRADUATE), refs[0])
        return None
