"""Refusals on a major list the post itself may not mean, reviewed instead (``RulesEngine.check_conditions``
asks these after ``MajorChecker.decide`` refused): a graduate of a level the list leaves out on a post whose
education admits them, a list with no level naming a 研究生 专业学位 类别 read by a graduate of a kindred
本科 class (both moved out of ``majors``, one job: the list's own verdict), and a 专业学位 master on a list naming
only the academic discipline of the same field, or an academic master on one naming only the 专业学位
(``namesake_professional``).
"""

from __future__ import annotations

import re

from features.catalog import normalise_major_name
from features.major_lookup import professional_degree
from features.major_requirements import MajorRequirement, StudyLevel
from features.own_major import major_words, own_study_level
from features.records import Graduate
from matching.rules.graduate_classes import graduate_field_code
from matching.rules.majors import MajorChecker
from matching.verdict import Status

#: A code written in the cell (「资产评估（120208）」): the 本科 major meant, not the 专业学位.
_WRITTEN_CODE = re.compile(r"\d{4}")


def unlisted_level(checker: MajorChecker, req: MajorRequirement, graduate: Graduate, educations) -> tuple[Status, str] | None:
    """A graduate of a level the list leaves out (「本科：汉语言文学」 read by a 硕士) on a post whose own
    education requirement (``educations``, every one stated for all applicants) admits that level:
    the post does not say which of the graduate's majors counts (gkld 27 such posts: 「本科阶段为体育教育
    …专业」 on 硕士研究生及以上 posts, 「本科：英语」 on 本科及以上 ones, often the first degree's), so
    the refusal is reviewed, naming what to check. ``None`` (refusal kept) where no requirement
    is stated, one leaves the level out (the education check refuses it too), or every listed level
    is above the graduate's (a 本科 graduate holds no 研究生 major the list could name)."""
    level = own_study_level(graduate)
    stated = {r.level for r in req.refs if r.level is not None}
    if (level is None or not stated or req.unrestricted or any(r.level in (None, level) for r in req.refs)
            or not educations or not all(e.admits(graduate.education) for e in educations)):
        return None
    order = list(StudyLevel)
    below = [s for s in sorted(stated, key=order.index) if order.index(s) < order.index(level)]
    if not below:
        return None
    listed = "、".join(s.value for s in sorted(stated, key=order.index))
    if below[-1] is StudyLevel.JUNIOR_COLLEGE:
        # A 本科 graduate holds no 专科 major (专升本 aside): ask what the post admits them with.
        return Status.NEEDS_REVIEW, (
            f"专业待核实：岗位学历要求{educations[0].describe()}，但只列出{listed}专业（{checker.describe(req.refs, with_level=True)}），"
            f"未写{level.value}毕业生的专业要求；您为{graduate.education.label}，请向招聘单位核实{level.value}毕业生可报考的专业范围"
            + ("（如您为专升本，也可核实您的专科专业是否在列）" if level is StudyLevel.UNDERGRADUATE else ""))
    return Status.NEEDS_REVIEW, (
        f"专业待核实：岗位学历要求{educations[0].describe()}，只列出{listed}专业（{checker.describe(req.refs, with_level=True)}），"
        f"未列出{level.value}专业，您的学历为{graduate.education.label}，请核实您的{below[-1].value}专业是否在列，"
        f"以及可否以{below[-1].value}专业报考")


def list_far_from(checker: MajorChecker, req: MajorRequirement, graduate: Graduate, *,
                  own_level_too: bool = False) -> bool:
    """Whether a list of lower levels' majors (``unlisted_level``: 「本科：化学」 read by a 思想政治教育 硕士) names
    none in the graduate's own 门类, by the catalog hierarchy: their 研究生 discipline (0305 马克思主义理论 → 03
    法学) and the 本科 classes their major's name is filed under, against each listed major's code (a 专科 one by
    the classes its name is filed under). ``False`` where either side is unknown: nothing to say it is far.
    ``own_level_too``: the entries of the graduate's own level count as well (a list left 待核实 because the
    graduate's major is not in their level's catalog: 「专科：教育类；本科：教育学类」 for a 专科 graduate of
    计算机科学与技术, ranked above posts listing 计算机类 by the learned fit, 2026-12-07 graduate review); they are
    then compared by 本科 class, not 门类: the graduate's field is known only by the classes its name is filed
    under, and a 门类 is too wide to call a list near (工学 holds 公安技术类 0831, which a police post's
    「专科：公安管理类、公安技术类…」 is read as, and 计算机类 0809 alike)."""
    level = own_study_level(graduate)
    codes = checker.graduate_codes(graduate)
    depth = 4 if own_level_too else 2
    own = {c[:depth] for c in checker.classes_named(major_words(graduate))}
    if level is StudyLevel.GRADUATE and (grad := codes.get(StudyLevel.GRADUATE)) and not own_level_too:
        own.add(grad[:2])
    listed: set[str] = set()
    for ref in req.refs:
        if ref.level is None or (ref.level is level and not own_level_too):
            continue
        if ref.code and len(ref.code) >= depth and checker.catalog_of(ref, ref.level) is StudyLevel.UNDERGRADUATE:
            listed.add(ref.code[:depth])
        else:
            listed |= {c[:depth] for c in checker.classes_named(ref.name)}
    return bool(own) and bool(listed) and not own & listed


def unplaced_far(checker: MajorChecker, req: MajorRequirement, graduate: Graduate) -> bool:
    """Whether a list left 待核实 because the graduate's major is not in their own level's catalog (a 专科
    graduate of 计算机科学与技术, a 本科 name) names none in the 本科 classes their major's name is filed under
    (``list_far_from``, own level's entries included, compared by class, not 门类): 「专科：教育类；本科：教育学类、体育学类」 then ranks as a far lower-level list does, below posts
    listing 计算机类 (it ranked first by the learned fit, 2026-12-07 graduate review)."""
    level = own_study_level(graduate)
    if level is None or checker.graduate_codes(graduate).get(level):
        return False
    return list_far_from(checker, req, graduate, own_level_too=True)


def professional_kin(checker: MajorChecker, req: MajorRequirement, graduate: Graduate, educations) -> tuple[Status, str] | None:
    """A refusal on a list with no level naming a 研究生 专业学位 类别 (应用统计 0252, 应用心理 0454, 国际商务
    0254), on a post whose education (``educations``, each stated for all applicants; none stated admits
    all) admits the graduate's level: often read as the 本科 major of a like name (应用统计学, 应用心理学) or
    of the same one (国际商务 120205), the post may mean the 类别, which a graduate of a kindred 本科 class
    (统计学类, 心理学类, 经济与贸易类) can apply with. Reviewed, naming what to check; ``None`` (refusal kept)
    where no such name is listed or the graduate's major is of none of its classes."""
    level = own_study_level(graduate)
    if level not in (StudyLevel.UNDERGRADUATE, StudyLevel.GRADUATE) or req.unrestricted \
            or (educations and not all(e.admits(graduate.education) for e in educations)):
        return None
    ugrad = checker.undergrad_code(graduate)
    mine = checker.classes_named(major_words(graduate)) | ({ugrad[:4]} if ugrad else set())
    for ref in req.refs:
        if ref.level is not None or _WRITTEN_CODE.search(req.text[ref.span[0]:ref.span[1]]):
            continue  # 「资产评估（120208）」: the 本科 code written, the 本科 major meant
        found = professional_degree(ref.name, checker.catalog, checker.tables)
        if found is None or not (shared := sorted(found[1] & mine)):
            continue
        code, _ = found
        klass = checker.catalog.classes[shared[0]].name if shared[0] in checker.catalog.classes else shared[0]
        held = checker.catalog.resolve(ref.name)
        also = ("既是本科专业，也是" if held is not None and normalise_major_name(held.name) == normalise_major_name(ref.name)
                else "为")
        who = checker.describe_graduate(graduate)
        among = "其中" if len(req.refs) > 1 else ""
        return Status.NEEDS_REVIEW, (
            f"专业待核实：岗位要求 {checker.describe(req.refs)}，{among}「{ref.name}」{also}研究生专业学位类别（{code}），岗位未写学历层次；"
            f"您的专业 {who} 属{klass}，请向招聘单位核实{level.value}{who}专业可否报考")
    return None


def namesake_professional(checker: MajorChecker, req: MajorRequirement, graduate: Graduate) -> tuple[Status, str] | None:
    """A 专业学位 graduate (计算机技术 085211/085404, 广东's 计算机技术硕士 081204, 临床医学硕士 1051, 会计 1253)
    refused on a 研究生 list naming the academic discipline that holds a field of that name (计算机科学与技术 0812,
    临床医学 1002, 工商管理 1202 with 会计学): the table does not say whether the 专业学位 is admitted, so it is
    reviewed (``MajorCodeTables.namesakes``). ``None`` where no listed discipline holds one; a 护理 (1054) master
    on 临床医学 stays refused (护理学 is 1011, not the 1997 list's 100209)."""
    level = own_study_level(graduate)
    code = checker.graduate_codes(graduate)[StudyLevel.GRADUATE] if level is StudyLevel.GRADUATE else None
    if code is not None and code[2:3] != "5" and (asked := _academic_on_professional(checker, req, graduate, code)):
        return asked
    if code is None or (found := checker.tables.namesakes(code)) is None:
        return None
    field, homes = found
    for ref in req.refs:
        if not (ref.code and len(ref.code) >= 4 and ref.code[2] != "5" and any(h.startswith(ref.code) for h in homes)):
            continue
        # Named by the discipline's own name (the list may write 「计算机0812」「外国语言文学类(英语)」)
        discipline = checker.tables.graduate_name(ref.code)
        if checker.catalog_of(ref, level) is StudyLevel.GRADUATE:
            which = "同名的" if ref.code in homes else "其下同名领域的"  # 临床医学 1002 itself; 计算机技术 in 0812
            return Status.NEEDS_REVIEW, (f"专业待核实：岗位列出学术学位「{discipline}」，未写明是否接受{which}"
                                         f"专业学位（{field}），请向招聘单位核实")
    return None


#: 专业学位 类别 whose academic namesake ``MajorCodeTables.namesakes`` cannot find by name: 金融学 (020204) is an
#: 应用经济学 二级学科 the shipped tables lack, and 法律's field is 法学 (0301), not 「法律学」.
_ACADEMIC_NAMESAKES = {"0251": frozenset({"020204"}), "0351": frozenset({"0301"})}


def _academic_on_professional(checker: MajorChecker, req: MajorRequirement, graduate: Graduate, code: str
                              ) -> tuple[Status, str] | None:
    """The mirror of ``namesake_professional``: an academic master (会计学 120201, 金融学 020204, 法学 0301, 教育学 0401)
    refused on a 研究生 list naming only the 专业学位 of the same field (会计 1253, 金融 0251, 法律 0351, 教育 0451): the
    table does not say whether the 学术学位 is admitted, so it is reviewed as the 专业学位 master on 「会计学」 is."""
    held = {code} | ({c} if (c := graduate_field_code(major_words(graduate), checker.tables.second_level_code)) else set())
    for ref in req.refs:
        if not (ref.code and len(ref.code) == 4 and ref.code[2] == "5"
                and checker.catalog_of(ref, StudyLevel.GRADUATE) is StudyLevel.GRADUATE):
            continue
        homes = (checker.tables.namesakes(ref.code) or ("", _ACADEMIC_NAMESAKES.get(ref.code, frozenset())))[1]
        # The field itself, not a 二级学科 of a discipline the 类别 shares its name with (会计学 120201 on 工商管理硕士 1251)
        if home := next((home for home in sorted(homes) if home in held), None):
            degree = checker.tables.graduate_name(ref.code) or ref.name
            academic = checker.tables.graduate_name(home) or major_words(graduate)  # 金融学 020204: not in the tables
            return Status.NEEDS_REVIEW, (f"专业待核实：岗位列出专业学位「{degree}」（{ref.code}），未写明是否接受同领域的"
                                         f"学术学位（{academic}），请向招聘单位核实")
    return None
