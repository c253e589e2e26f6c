"""Condition cells → typed ``Condition`` records, each with the span it came from.

A cell is split into clauses (; 。 new lines, list markers); each clause is read whole by
the age parser or by the clause rules (``patterns.RULES``, ``clause_reader``); a clause that fails is split
at commas and its parts read one by one; a part still not understood becomes a
``NEEDS_REVIEW`` condition carrying its text. Nothing is dropped. A numbered 招聘对象 list of
routes (``route_lists``) is read whole before its clauses are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from matching.rules.alternative_items import with_alternative_items
from matching.rules.age import parse_age
from features.education import parse_education_requirement
from matching.rules.conditions import (
    CertificateCond,
    Condition,
    DetailCond,
    EducationCond,
    EitherCond,
    ExperienceCond,
    HukouCond,
    Kind,
    NatureCond,
    Note,
    NoteCategory,
    SchoolCond,
    ServiceYearsCond,
    TargetCond,
    TargetGroup,
)
from matching.rules.clause_reader import condition, explicit, read_clause, read_relaxed_age_tail, unparsed
from matching.rules.hukou_forms import (HUKOU_ALT_PIECE, HUKOU_BAD, HUKOU_EXCEPTION, HUKOU_INSIDE_BEIJING, HUKOU_NONE,
                                        HUKOU_OUTSIDE, HUKOU_PIECE, HUKOU_TAIL, HUKOU_WHO, read_hukou_form)
from matching.rules.patterns import CONDITIONAL, RULES, Rule, split_places
from matching.rules.route_lists import read_route_list
from matching.rules.title_columns import TITLE_COLUMNS, read_title_cell
from matching.rules.text import CJK, NUMBER, clauses, fold, list_items, number, sub_clauses

EDU_COLUMNS = frozenset({"学历要求", "学历", "最低学历"})
DEGREE_COLUMNS = frozenset({"学位要求", "学位"})
_HUKOU_COLUMNS = frozenset({"户籍地", "生源地", "户籍", "户籍要求", "生源", "生源地要求"})
_SERVICE_COLUMNS = frozenset({"最低服务工作年限", "最低服务年限", "服务年限"})
#: Columns whose every value is boilerplate (the Henan table's medical and fitness-test standards).
_NOTE_COLUMNS = {"体检标准": NoteCategory.NOTICE, "是否进行体能测评": NoteCategory.EXAM}
_SCHOOL_COLUMNS = frozenset({"学校要求", "院校要求"})
_EXPERIENCE_COLUMNS = frozenset({"工作经验", "基层工作经验", "基层工作经历", "基层工作最低年限", "工作经历要求", "工作年限"})
#: Columns that hold only certificates and titles: a bare name there is a certificate.
_CERT_COLUMNS = frozenset({"资格证书", "执业资格", "职称要求", "专业技术资格", "职称或执业资格要求"}) | TITLE_COLUMNS
_CERT_NAME = re.compile(
    r"^(?:要求)?(?:须|需)?(?:具有|持有|取得|具备|有)?"
    r"(?P<name>(?![^,;]*(?:不|非|或者|优先|岁|年龄|专业|学历|学位|经历|经验|工作|毕业|应届|户籍|承诺|报考|考生|完成|岗位|须|需|应|可|等同|相当))"
    r"[\u4e00-\u9fffA-Za-z0-9()\-]{2,24}?(?:证书|证|资格|资质|执照|驾照|师|士|员|(?:[1-9一二三四五]级)|\((?:[\u4e00-\u9fff]{1,6})\)))"
    r"(?P<plus>及以上|或以上|以上)?$"
)
MAJOR_COLUMNS = frozenset({"专业", "专业要求", "本科专业", "研究生专业", "专科专业", "所学专业"})

_RULES_EDU = tuple(r for r in RULES if r.name != "degree")
_RULES_DEGREE = tuple(r for r in RULES if r.name != "education")
_WHOLE = tuple(r for r in RULES if r.whole)

_SERVICE_CELL = re.compile(rf"^\s*({NUMBER})\s*年?\s*$")
_EXPERIENCE_CELL = re.compile(rf"^\s*(?:具有)?({NUMBER})\s*(?:-\s*({NUMBER}))?\s*年(?:及)?(?:以上)?\s*$")
_NO_REQ = re.compile(r"^\s*(?:不限|无|无要求|无限制|/|-|—|否|暂无)\s*$")


def column_key(column: str) -> str:
    """``'cond:年龄要求'`` → ``'年龄要求'`` (gkld keys carry a source prefix)."""
    return re.sub(r"^(?:cond|other|data):", "", str(column)).strip()


_PREFERENCE_TAIL = re.compile(r"\s*(?:在)?(?:同等条件下[,]?\s*)?(?:予以|可)?优先(?:考虑|录用|聘用|录取)?[^,;]*$")
_ALTERNATIVES = re.compile(r"(?:下列|以下)(?:条件|情况|情形)之一|符合以下条件的[^:;]{0,12}不限")


def _generic(text: str, raw: str, column: str, rules: tuple[Rule, ...]) -> list[Condition]:
    out: list[Condition] = []
    if _ALTERNATIVES.search(text):
        # A list of alternatives (符合下列条件之一): its items are not requirements each.
        return explicit(text, raw, 0, len(text), column) or [unparsed(column, raw, 0, len(raw))]
    # A cell that states an age is read whole by the age parser first: a cut-off note and the
    # limits may be separate sentences (年龄计算截止时间为…。硕士研究生32周岁以下). Only the age
    # parser: the clause rules read one clause, and a whole-clause rule such as 优先[^,;]* would
    # take a cell whole across its sentences and list items (1、年龄35周岁以下2、…者优先考虑).
    whole = parse_age(text, 0, len(text)) if "岁" in text else None
    if whole is not None:
        return [condition(Kind.AGE, whole, column, raw, 0, len(text))]
    routes = read_route_list(text, raw, column)  # 招聘对象及条件：1.…2.…: routes, read together
    for s, e in clauses(text):
        if routes is not None and routes.span.start <= s < routes.span.end:
            out.extend([routes] if routes not in out else [])
            continue
        found = read_clause(text, raw, s, e, rules, column)
        if found is not None:
            out.extend(found)
            continue
        if (listed := _level_majors(text, raw, s, e, rules, column)) is not None:
            out.extend(listed)
            continue
        if CONDITIONAL.search(text, s, e) or text.count("毕业生", s, e) >= 2:
            # A list of graduate groups (2020年毕业生，…以及2018年毕业的…) reads as alternatives.
            # Parts of a conditional sentence mean nothing alone (…的，可放宽至…), unless the
            # condition is an age relaxation that closes it after its limit.
            out.extend(read_relaxed_age_tail(text, raw, s, e, rules, column) or [unparsed(column, raw, s, e)])
            continue
        subs = sub_clauses(text, s, e)
        k = 0
        while k < len(subs):
            a, b = subs[k]
            if k + 1 < len(subs) and _PREFERENCE_TAIL.match(text, subs[k + 1][0], subs[k + 1][1]):
                # 具有…经验者，同等条件下优先考虑: the first part is the preference, not a requirement
                b = subs[k + 1][1]
                out.append(condition(Kind.NOTE, Note(NoteCategory.PREFERENCE), column, raw, a, b))
                k += 2
                continue
            found = read_clause(text, raw, a, b, rules, column)
            if found is None:
                found = _listed_groups(text, raw, a, b, rules, column)
            out.extend(found if found is not None else [unparsed(column, raw, a, b)])
            k += 1
    out = with_alternative_items(text, raw, column, _with_group_lists(text, raw, column, out))  # 1.…；或2.…
    if any(c.kind is Kind.NEEDS_REVIEW for c in out):
        # A numbered list that only makes sense whole (1.湖北省内高校…；2.两年择业期内…).
        return explicit(text, raw, 0, len(text), column) or out
    return out


#: Groups a post may be open to besides serving staff (「…“两委”班子成员，大学生村官」).
_LISTED_GROUPS = frozenset({TargetGroup.GRASSROOTS_PROJECT, TargetGroup.VETERAN, TargetGroup.DIRECTED})
#: What may stand between the items of a list of groups: 「，」「、」「；」.
_LIST_GAP = re.compile(r"[\s,;、]*")


def _is_listed_group(c: Condition) -> bool:
    """A status the post is for (not one it leaves out: 「在编人员除外」), or a group such as 大学生村官."""
    if c.kind is Kind.STATUS:
        return re.search(r"不|非|除", c.text) is None
    return c.kind is Kind.TARGET_GROUP and isinstance(c.payload, TargetCond) and c.payload.group in _LISTED_GROUPS


def _listed_groups(text: str, raw: str, s: int, e: int, rules: tuple[Rule, ...], column: str) -> list[Condition] | None:
    """「面向现任村（社区）“两委”班子成员、大学生村官」: each item of the enumeration read alone, when
    every item is one group (``_with_group_lists`` then reads them together); else ``None``."""
    items = list_items(text, s, e)
    if len(items) < 2:
        return None
    found: list[Condition] = []
    for a, b in items:
        read = read_clause(text, raw, a, b, rules, column)
        if read is None or len(read) != 1 or not _is_listed_group(read[0]):
            return None
        found.extend(read)
    return found


def _with_group_lists(text: str, raw: str, column: str, found: list[Condition]) -> list[Condition]:
    """Groups listed one after another (，、；) beside a serving status are alternatives: 「面向现任村
    （社区）“两委”班子成员，大学生村官」 admits either, so they become one condition any of whose
    options admits (``EitherCond``), and a graduate who may be a 大学生村官 is reviewed, not refused
    on the status alone. A list without a status (「三支一扶，大学生村官」) or of statuses only
    (「…正式在编工作人员；具有公务员…身份」, each asked) is left as it was."""
    out: list[Condition] = []
    run: list[Condition] = []

    def close() -> None:
        if {c.kind for c in run} == {Kind.STATUS, Kind.TARGET_GROUP}:  # two statuses are both asked
            start, end = run[0].span.start, run[-1].span.end
            either = EitherCond(tuple((c.kind, c.payload) for c in run))
            out.append(condition(Kind.TARGET_GROUP, either, column, raw, start, end))
        else:
            out.extend(run)
        run.clear()

    for c in found:
        if _is_listed_group(c) and run and _LIST_GAP.fullmatch(text, run[-1].span.end, c.span.start):
            run.append(c)
            continue
        close()
        if _is_listed_group(c):
            run.append(c)
        else:
            out.append(c)
    close()
    return out


_LEVEL = r"(?:统招)?(?:中专|大专|本科|研究生)学历"
_LEVEL_MAJORS = re.compile(rf"{_LEVEL}[\u4e00-\u9fff、()]{{2,60}}?专业(?:,或{_LEVEL}[\u4e00-\u9fff、()]{{2,60}}?专业)+")
_LEVEL_WORDS = {"中专": "中专", "大专": "专科", "本科": "本科", "研究生": "硕士"}


def _level_majors(text: str, raw: str, s: int, e: int, rules: tuple[Rule, ...], column: str) -> list[Condition] | None:
    """统招大专学历护理专业，或统招本科学历护理学专业，或研究生学历护理学专业: a major per
    level, one alternative each. Read as the lowest level named, 统招 when said, and the
    list kept whole as a major detail; the parts of the clause around it are read as usual.
    ``None`` when the clause holds no such list or a part around it is not understood."""
    m = _LEVEL_MAJORS.search(text, s, e)
    if m is None or CONDITIONAL.search(text, s, m.start()) or CONDITIONAL.search(text, m.end(), e):
        return None
    levels = re.findall(r"(中专|大专|本科|研究生)学历", m.group(0))
    lowest = min((_LEVEL_WORDS[x] for x in levels), key=["中专", "专科", "本科", "硕士"].index)
    listed = [condition(Kind.EDUCATION, EducationCond(parse_education_requirement(lowest + "及以上")), column, raw, m.start(), m.end())]
    if "统招" in m.group(0):
        listed.append(condition(Kind.EDUCATION_NATURE, NatureCond(regular=True), column, raw, m.start(), m.end()))
    listed.append(condition(Kind.MAJOR_DETAIL, DetailCond(raw[m.start() : m.end()]), column, raw, m.start(), m.end()))
    before: list[Condition] = []
    after: list[Condition] = []
    for (a, b), into in (((s, m.start()), before), ((m.end(), e), after)):
        for x, y in sub_clauses(text, a, b):
            found = read_clause(text, raw, x, y, rules, column)
            if found is None:
                return None
            into.extend(found)
    return before + listed + after


def _ways_in(piece: str, column: str) -> tuple[bool, bool]:
    """Whether a piece admits a 户籍 there, a 生源地 there: as its words say (河南省户籍或生源,
    河南生源, 河南籍), and a bare place as its column asks (生源地: 河南省)."""
    said_hukou, said_origin = bool(re.search(r"户|籍", piece)), "生源" in piece
    if said_origin and not said_hukou and "或" in piece and not column.startswith("生源"):
        said_hukou = True  # 「邳州或邳州生源」 under 户籍地: the bare place before 或 is the column's 户籍
    if not said_hukou and not said_origin:
        said_origin = column.startswith("生源")
        said_hukou = not said_origin
    return said_hukou, said_origin


def _hukou(text: str, raw: str, column: str) -> list[Condition]:
    places: list[str] = []
    exceptions: list[str] = []
    origin = False
    registered = False  # 户籍 accepted: a piece says 户籍/户口/籍, or a bare place under a 户籍 column
    rest: list[tuple[int, int]] = []
    unlimited: list[str] = []
    outside: list[tuple[int, int]] = []
    seated: dict[str, str] = {}
    labels: list[str] = []
    statuses: list[Condition] = []
    for s, e in clauses(text):
        for a, b in sub_clauses(text, s, e):
            piece = text[a:b]
            if HUKOU_NONE.match(piece):
                unlimited.append(raw[a:b])
                continue
            if HUKOU_OUTSIDE.match(piece) and ("生源" in piece or column.startswith("生源")):
                outside.append((a, b))
                continue
            if form := read_hukou_form(piece):  # 绍兴市区(越城区、…)户籍; 咸丰县户籍建档立卡贫困户家庭成员
                places.extend(form.places)
                seated.update(zip(form.places, form.seats))
                if form.label:
                    labels.append(form.label)
                registered = True
                if form.hardship is not None:
                    statuses.append(condition(Kind.HARDSHIP, form.hardship, column, raw, a + form.status_start, b))
                continue
            if HUKOU_INSIDE_BEIJING.match(piece):
                places.append("北京市")
                said_hukou, said_origin = _ways_in(piece, column)
                origin, registered = origin or said_origin, registered or said_hukou
                continue
            who = HUKOU_WHO.match(piece)
            if who and not HUKOU_BAD.search(who.group("places")):
                places.extend(split_places(who.group("places")))
                said_hukou, said_origin = _ways_in(piece[: who.start("who")], column)
                origin, registered = origin or said_origin, registered or said_hukou
                if re.search(r"应届|往届", who.group("who")):
                    rest.append((a + who.start("who"), b))
                continue
            m = HUKOU_PIECE.match(piece)
            split = HUKOU_TAIL.match(piece)
            if split and not HUKOU_BAD.search(split.group("places")):
                places.extend(split_places(split.group("places")))
                said_hukou, said_origin = _ways_in(piece[: split.start("tail")], column)
                origin, registered = origin or said_origin, registered or said_hukou
                exceptions.append(raw[a + split.start("tail") : b])
            elif HUKOU_EXCEPTION.search(piece) or re.search(r"应届|入伍", piece):
                exceptions.append(raw[a:b])
            elif alt := HUKOU_ALT_PIECE.match(piece):
                exceptions.append(raw[a + alt.start("alt") : a + alt.end("alt")])  # ，或就读于四川省高校
            elif m and not HUKOU_BAD.search(m.group("places")):
                places.extend(split_places(m.group("places")))
                said_hukou, said_origin = _ways_in(piece, column)
                origin, registered = origin or said_origin, registered or said_hukou
                if m.group("alt"):
                    exceptions.append(raw[a + m.start("alt") : a + m.end("alt")])
            else:
                rest.append((a, b))
    out: list[Condition] = []
    if places:
        exceptions.extend(unlimited)  # a cell that names places too keeps the lifting as an exception
        cond = HukouCond(places=tuple(dict.fromkeys(places)), origin=origin or not registered, hukou=registered,
                         exceptions=tuple(exceptions), seats=tuple(seated.get(p, p) for p in dict.fromkeys(places))
                         if seated else (),
                         label=labels[0] if len(labels) == 1 and set(places) == set(seated) else None)
        out.append(condition(Kind.HUKOU, cond, column, raw, 0, len(raw)))
    elif outside:
        cond = HukouCond(places=("北京市",), origin=True, hukou=False, outside=True, exceptions=tuple(exceptions))
        out.append(condition(Kind.HUKOU, cond, column, raw, 0, len(raw)))
        outside = []
    elif unlimited or (exceptions and not rest):
        out.append(condition(Kind.NOTE, Note(NoteCategory.NO_REQUIREMENT), column, raw, 0, len(raw)))
    out.extend(statuses)
    rest = sorted(rest + outside)  # 京外 beside named places: not read together, left to review
    for a, b in rest:
        found = read_clause(text, raw, a, b, RULES, column)
        out.extend(found if found is not None else [unparsed(column, raw, a, b)])
    return out


def parse_cell(column: str, raw: str) -> list[Condition]:
    """Every condition stated in one cell; ``column`` is the source header (any prefix)."""
    raw = str(raw)
    key = column_key(column)
    if not raw.strip():
        return []
    text = fold(raw)
    if _NO_REQ.match(text):
        return [condition(Kind.NOTE, Note(NoteCategory.NO_REQUIREMENT), key, raw, 0, len(raw))]
    if key in _NOTE_COLUMNS:
        return [condition(Kind.NOTE, Note(_NOTE_COLUMNS[key]), key, raw, 0, len(raw))]
    if key in _SERVICE_COLUMNS and (m := _SERVICE_CELL.match(text)):
        return [condition(Kind.SERVICE_YEARS, ServiceYearsCond(number(m.group(1))), key, raw, 0, len(raw))]
    if key in _EXPERIENCE_COLUMNS and (m := _EXPERIENCE_CELL.match(text)):
        cond = ExperienceCond(years=number(m.group(1)), grassroots="基层" in key)
        return [condition(Kind.WORK_EXPERIENCE, cond, key, raw, 0, len(raw))]
    if key in _HUKOU_COLUMNS or read_hukou_form(text):  # also 招聘对象 「咸丰县户籍建档立卡贫困户家庭成员」
        return _hukou(text, raw, key)
    if key in _SCHOOL_COLUMNS and CJK.search(text):
        return [condition(Kind.SCHOOL, SchoolCond(raw.strip()), key, raw, 0, len(raw))]
    if (titles := read_title_cell(key, text, raw)) is not None:
        return titles
    rules = _RULES_EDU if key in EDU_COLUMNS else _RULES_DEGREE if key in DEGREE_COLUMNS else RULES
    found = _generic(text, raw, key, rules)
    return [_certificate_name(c, text) for c in found] if key in _CERT_COLUMNS else found


def _certificate_name(cond: Condition, text: str) -> Condition:
    """In a certificate column, a part left to review that is only a name (电工证, 初级会计师,
    副主任医师及以上) is that certificate; anything with more words stays in review."""
    if cond.kind is not Kind.NEEDS_REVIEW:
        return cond
    m = _CERT_NAME.match(text[cond.span.start : cond.span.end].strip())
    if m is None:
        return cond
    name = m.group("name") + (m.group("plus") or "")
    return Condition(Kind.CERTIFICATE, CertificateCond(name=name), cond.span, cond.text)


def parse_posting_text(text: str, column: str = "职位描述") -> list[Condition]:
    """Conditions stated in free posting text (任职要求 …).

    Unlike a condition column, a description is mostly duties and benefits, so only
    clauses that the rules read entirely, and that impose something, are kept.
    """
    if not text or not text.strip():
        return []
    folded = fold(text)
    out: list[Condition] = []
    for s, e in clauses(folded):
        found = read_clause(folded, text, s, e, RULES, column)
        if found is None:
            found = []
            for a, b in sub_clauses(folded, s, e):
                found.extend(read_clause(folded, text, a, b, RULES, column) or [])
        out.extend(c for c in found if c.imposes and not _duty_direction(c) and not _duty(c))
    return out


#: A clause that opens with what the holder of the post does is a duty, not a condition.
_DUTY_VERB = re.compile(r"^(?:负责|参与|整理|完成|协助|承担|开展|做好|组织|落实|配合|办理|编制|撰写|维护|跟进)")


def _duty(cond: Condition) -> bool:
    """「整理测量成果资料」「参与住院医师规范化培训」: in a description, a clause that opens with a
    duty verb describes the work; the words 成果 or 培训 in it ask nothing of the applicant."""
    return cond.kind in (Kind.RECORD, Kind.CERTIFICATE) and _DUTY_VERB.match(cond.text.strip()) is not None


def _duty_direction(cond: Condition) -> bool:
    """「规划公司销售系统的整体运营、业务方向」: in a description, 方向 is mostly a duty; only a
    direction said of a major or of research (专业方向, 研究方向) is a requirement."""
    return cond.kind is Kind.MAJOR_DETAIL and cond.text.endswith("方向") and not re.search(r"专业|研究|学科", cond.text)


def parse_cells(cells: Iterable[tuple[str, str]]) -> list[Condition]:
    out: list[Condition] = []
    for column, raw in cells:
        out.extend(parse_cell(column, raw))
    return out
