"""Parse the major requirement of a position table into catalog codes.

Tables write it in many ways; all of these occur in real tables:

- ``本科：金融学类（0203），法学（030101K）；研究生：应用经济学（0202，仅限金融学）``
- ``本科:法学类(0301),公安学类(0306);研究生:法学(0301),法律(0351);`` (half-width)
- ``本科：临床医学100301（98版）100201K（12版）；研究生：内科学100201105101`` (bare codes,
  catalog-version tags, two codes glued together)
- ``医学A10、生物学A0710`` / ``学前教育（B040106）`` (letter = level: A 研究生, B 本科, C 专科)
- ``审计学、会计学、财务管理`` (names only, level not stated), ``不限`` / ``专业不限``.
- ``会计学、财务管理专业优先`` / ``专业不限，计算机类优先``: a clause ending in 优先 states a
  preference, not a requirement; its majors go to ``preferred`` and restrict nobody.

Codes are keyed by level: the same four digits are a 本科 class or a 研究生 discipline
(0812 is 测绘类 for 本科 and 计算机科学与技术 for 研究生), so a ``MajorRef`` carries both.
Old undergraduate codes (1998 catalog) and renamed majors are mapped to the 2026 catalog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from features.catalog import MajorCatalog
from features.major_brackets import close_open_code_brackets
from features.major_codes import MajorCodeTables
from features.major_fields import is_field_name
from features.major_items import clean_major_name, MajorItem, level_items
from features.major_lookup import (  # noqa: F401  (StudyLevel is re-exported: callers import it from here)
    OVERSEAS_ANY_MAJOR,
    StudyLevel,
    category_code,
    code_by_level,
    code_by_name,
    dedupe_refs,
    discipline_code,
    joined_names,
    level_from_version,
    run_on_names,
    second_level_code,
    undergrad_keys_of,
)


@dataclass(frozen=True, slots=True)
class MajorRef:
    """One major (or class, category, discipline) named by a requirement.

    ``level`` is the level the text states (``None``: not stated); ``code`` is keyed by
    level (2-digit category, 4-digit class/discipline, 6-digit major; ``None`` when the
    name did not resolve). ``catalog`` is the catalog the code was found in: equal to
    ``level`` when the level is stated, inferred from the name/code otherwise.
    ``only`` keeps a restriction such as ``（0202，仅限金融学）``. ``related``: the name
    was written with 相关/相近 (``电子信息工程等相关专业``), which widens the list beyond it.
    """

    level: StudyLevel | None
    code: str | None
    name: str | None
    only: tuple[str, ...] = ()
    span: tuple[int, int] = (0, 0)
    catalog: StudyLevel | None = None
    related: bool = False


@dataclass(frozen=True, slots=True)
class MajorRequirement:
    """The parsed requirement. ``unparsed`` holds text pieces read as no major at all;
    ``overseas_exemption`` the closing 「英国…留学毕业生…不限专业」 (a way in besides the list)."""

    text: str
    unrestricted: bool
    refs: tuple[MajorRef, ...]
    unparsed: tuple[str, ...]
    undergrad_keys: frozenset[str] = field(default=frozenset())
    preferred: tuple[MajorRef, ...] = ()
    preferred_keys: frozenset[str] = field(default=frozenset())
    overseas_exemption: str = ""

    def admits_undergrad_keys(self) -> frozenset[str]:
        """Every undergraduate code (2/4/6 digits) that admits a 本科 applicant.

        A graduate whose major is 120203 is admitted when ``120203``, ``1202`` or ``12`` is
        in the set. Empty when the text has no 本科 list (also when ``unrestricted``: check
        that flag first). ``本科：不限`` next to other levels' lists gives every category.
        """
        return self.undergrad_keys

    @property
    def resolved(self) -> tuple[MajorRef, ...]:
        return tuple(r for r in self.refs if r.code is not None)


# Same-length replacements so that spans stay valid offsets into the original text.
_HALF = str.maketrans(
    "（）：，；【】［］｛｝　．、﹑０１２３４５６７８９ＡＢＣＫＴＷ",
    "():,;()()() .、、0123456789ABCKTW",
)
_LEVEL_WORDS = {
    "硕士研究生": StudyLevel.GRADUATE, "博士研究生": StudyLevel.GRADUATE, "研究生": StudyLevel.GRADUATE,
    "硕士": StudyLevel.GRADUATE, "博士": StudyLevel.GRADUATE, "本科": StudyLevel.UNDERGRADUATE, "本科生": StudyLevel.UNDERGRADUATE,
    "专科": StudyLevel.JUNIOR_COLLEGE, "大专": StudyLevel.JUNIOR_COLLEGE, "高职": StudyLevel.JUNIOR_COLLEGE,
    "中专": None,
}
_LEVEL_MARK = re.compile(
    r"以?(硕士研究生|博士研究生|研究生|硕士|博士|本科生|本科|专科|大专|高职|中专)(?:阶段|学历|层次)?(?:专业|学科)?(?:报考的?|报考者)?"
    r"(?:\((?:学硕|专硕|学术型?|专业型?|学术学位|专业学位|学术型硕士|专业型硕士)\))?\s*(?:均|都)?(?:为\s*:|:|为)"
    # A second level said bare after a clause break (gkld): 「，或研究生公共卫生专业」「，或研究生专业眼科学专业」
    # 「，或统招本科助产学专业」「；研究生阶段体育教育」. Not 「或研究生学历」「本科阶段与研究生阶段均为」.
    r"|(?<=[,;。])\s*(?:或(?:统招)?(硕士研究生|博士研究生|研究生|本科)(?:阶段)?|(?:统招)?(硕士研究生|博士研究生|研究生|本科)阶段)"
    r"(?:专业)?(?=[\u4e00-\u9fff])(?!学历|学位|层次|及|以上|毕业|或|与|和|均|都|为|专业为)"
)
_JOINED_LEVEL = re.compile(r"(?:硕士研究生|博士研究生|研究生|硕士|博士|本科|专科|大专|高职)(?:阶段|学历|层次)?[或和及与、]$")
_LETTER_LEVEL = {"A": StudyLevel.GRADUATE, "B": StudyLevel.UNDERGRADUATE, "C": StudyLevel.JUNIOR_COLLEGE}
_NO_LIMIT = re.compile(r"^(?:专业)?(?:不限|无|无要求|无限制)(?:专业)?$")
_WORDY = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_RELATED_SUFFIX = re.compile(r"相[关近]类?(?:专业|学科)?(?:方向|背景)?$")
_CLASS_MAJORS = re.compile(r"类专业等?$")  # 「经济类专业」: a class said with 专业
#: Notes written among the majors, not a major: 「以上均为具体专业」 (the names above are majors,
#: not categories), 「其他从简章」 (see the announcement for the rest).
_NOTE = re.compile(r"^(?:以上|上述)(?:专业)?(?:均|都)?(?:为|是|指)(?:具体|二级|本科|研究生)?(?:专业|学科)(?:名称)?$|^其他(?:要求|条件)?(?:从|见|详见|按|参照)简章$")
_NOISE_NAMES = frozenset("本科 专科 研究生 专业 学科 学术型 专业型 学硕 专硕 相关 类 全日制 硕士 博士 且 并且".split())  # 且: 「法学（0301）且研究生：」
_NOT_A_NAME = re.compile(r"相关|以上|要求|具有|具备|开设|毕业|学校|证书|阶段|须|需|经历|优先|其他|不限|可以|均可")


_CLAUSE = re.compile(r"[^,;。]+")
_PREFERENCE_END = re.compile(r"(?:等?相关)?(?:专业)?(?:者|的)?(?:优先(?:考虑|录用|录取)?)\s*$")


def parse_major_requirement(text: str | None, catalog: MajorCatalog, *, tables: MajorCodeTables | None = None
                            ) -> MajorRequirement:
    """Read ``text`` into ``MajorRef``s. ``tables`` adds 研究生, 专科 and old-catalog look-ups."""
    tables = tables or MajorCodeTables()
    raw = "" if text is None else str(text)
    norm = close_open_code_brackets(raw.translate(_HALF))
    if not norm.strip():
        return MajorRequirement(raw, False, (), ())  # not stated: unknown, not "any major"
    if (overseas := OVERSEAS_ANY_MAJOR.search(norm)) is not None:
        req = parse_major_requirement(raw[: overseas.start()], catalog, tables=tables)
        return replace(req, text=raw, overseas_exemption=raw[overseas.start("who"):].rstrip("。. "))
    required, preferred = _split_preferences(norm, catalog, tables)
    if preferred is not None:
        if not required.strip():
            return MajorRequirement(raw, True, (), (), preferred=preferred,
                                    preferred_keys=undergrad_keys_of(list(preferred), catalog, tables))
        base = parse_major_requirement(required, catalog, tables=tables)
        return MajorRequirement(raw, base.unrestricted, base.refs, base.unparsed, base.undergrad_keys,
                                preferred, undergrad_keys_of(list(preferred), catalog, tables))
    if _NO_LIMIT.match(_squash(norm)):
        return MajorRequirement(raw, True, (), ())
    refs: list[MajorRef] = []
    unparsed: list[str] = []
    segments = _segments(norm)
    open_levels = 0
    for level, start, end, skip in segments:
        body = norm[start:end]
        if _NO_LIMIT.match(_squash(body)):
            open_levels += 1
            if level is not None and not skip:
                refs.append(MajorRef(level, None, "不限", (), (start, end), level))
            continue
        if skip or not _squash(body):
            continue
        for item in level_items(norm, start, end):
            _resolve(item, level, catalog, tables, refs, unparsed)
    if open_levels and open_levels == sum(1 for s in segments if _squash(norm[s[1]:s[2]])):
        return MajorRequirement(raw, True, (), ())
    refs = dedupe_refs(refs)
    return MajorRequirement(raw, False, tuple(refs), tuple(unparsed), undergrad_keys_of(refs, catalog, tables))


def _split_preferences(norm: str, catalog: MajorCatalog, tables: MajorCodeTables
                       ) -> tuple[str, tuple[MajorRef, ...] | None]:
    """Blank out the clauses that end in 优先 (same length, so spans stay valid) and read
    their majors as preferences. Returns ``(required text, preferred refs or None)``."""
    preferred: list[MajorRef] = []
    found = False
    chars = list(norm)
    for clause in _CLAUSE.finditer(norm):
        cut = _PREFERENCE_END.search(clause.group())
        if cut is None:
            continue
        found = True
        body = clause.group()[: cut.start()]
        if body.strip():
            for ref in parse_major_requirement(body, catalog, tables=tables).refs:
                if ref.code is None:  # 有工作经验者优先 and the like: no major
                    continue
                start, end = ref.span
                offset = clause.start()
                preferred.append(MajorRef(ref.level, ref.code, ref.name, ref.only, (start + offset, end + offset), ref.catalog,
                                          ref.related))
        chars[clause.start():clause.end()] = " " * (clause.end() - clause.start())
    return "".join(chars), (tuple(preferred) if found else None)


def _squash(text: str) -> str:
    return re.sub(r"[\s,;:、。.()]", "", text)


def _segments(norm: str) -> list[tuple[StudyLevel | None, int, int, bool]]:
    """Split at level markers: (level, start, end, skip); text before the first has level None."""
    marks = list(_LEVEL_MARK.finditer(norm))
    out = []
    cursor, level, skip = 0, None, False
    for m in marks:
        out.append((level, cursor, m.start(), skip))
        word = m.group(1) or m.group(2) or m.group(3)
        level, skip = _LEVEL_WORDS[word], word == "中专"
        # 本科或研究生阶段为… states two levels: keep the level open, and drop the first level
        # word from the text before (it names no major). A connector after other text
        # (专科：会计专业，或本科：…) only starts the next level.
        joined = _JOINED_LEVEL.search(norm, out[-1][1], m.start())
        if joined:
            level = None
            out[-1] = (None, out[-1][1], joined.start(), out[-1][3])
        cursor = m.end()
    out.append((level, cursor, len(norm), skip))
    return out


def _resolve(item: MajorItem | str, level: StudyLevel | None, catalog: MajorCatalog, tables: MajorCodeTables,
             refs: list[MajorRef], unparsed: list[str]) -> None:
    if isinstance(item, str):
        if item.strip() and item not in "*-—·~～\"'“”" and not item.isdigit():
            unparsed.append(item)
        return
    name = clean_major_name(item.name) if item.name else None
    related = bool(item.name and _RELATED_SUFFIX.search(item.name.strip()))
    full = f"{name}({'、'.join(item.qualifiers)})" if name and item.qualifiers else name
    only = tuple(o for o in item.only if o)
    span = (item.start, item.end)
    if not item.codes:
        if not name or name in _NOISE_NAMES or not _WORDY.search(name) or _NOTE.match(item.name.strip()):
            return  # 「—」「*」 in a list name nothing, nor does a note on it
        if _CLASS_MAJORS.search(item.name) and not _RELATED_SUFFIX.search(item.name) and is_field_name(f"{name}类"):
            # 「经济类专业」「安全生产类专业」: cleaning drops 类专业, which left 经济 (said 「岗位要求 经济、…」) and 安全生产
            # (taken for the major 安全生产监管); the name is the class of a provincial directory, as the post wrote it.
            refs.append(MajorRef(level, None, f"{name}类", only, span, None, related))
            return
        if category := category_code(item.name, item.qualifiers, name, level, catalog, tables):
            refs.append(MajorRef(level, category[1], re.sub(r"(?:门类?|\(门类\))?$", "门类", name, count=1), only, span,
                                 category[0], related))
            return
        if (discipline := discipline_code(item.name, item.qualifiers, name, level, tables)) is not None:
            # A direction asked within it (「（一级学科，要求中共党史方向）」) narrows it as 仅限 does.
            only = only or tuple(re.sub(r"^(?:要求|仅限|限)", "", q) for q in item.qualifiers if q != "一级学科")
            refs.append(MajorRef(level, discipline, f"{name}(一级学科)", only, span, StudyLevel.GRADUATE, related))
            return
        if (second := second_level_code(item.name, item.qualifiers, name, level, tables)) is not None:
            directions = "、".join(q for q in item.qualifiers if q != "二级学科")
            said = f"{directions}，二级学科" if directions else "二级学科"
            refs.append(MajorRef(level, second, f"{name}({said})", only, span, StudyLevel.GRADUATE, related))
            return
        found = code_by_name(full, level, catalog, tables) or (full != name and code_by_name(name, level, catalog, tables))
        if found:
            refs.append(MajorRef(level, found[1], full, only, span, found[0], related))
        elif not item.qualifiers and (parts := joined_names(name, level, catalog, tables)):
            refs.extend(MajorRef(level, code[1], part, only, span, code[0], related) for part, code in parts)
        elif len(name) <= 16 and not _NOT_A_NAME.search(name):
            refs.append(MajorRef(level, None, full, only, span, None, related))
        elif run_on := (not item.qualifiers and not _NOT_A_NAME.search(name) and run_on_names(name, level, catalog, tables)):
            refs.extend(MajorRef(level, code[1], part, only, span, code[0], related) for part, code in run_on)
        else:
            unparsed.append(item.name)
        return
    for digits, letter, version, _ in item.codes:
        if version == "bad":
            unparsed.append(digits)
            continue
        stated = _LETTER_LEVEL.get(letter) if letter else level
        code_level = stated or level_from_version(version)
        cat, code = code_by_level(digits, code_level, version, full or name, catalog, tables)
        refs.append(MajorRef(stated, code, full, only, span, cat, related))
