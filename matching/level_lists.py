"""A major list's entries by the level they are for, as keys the ranker can overlap.

``matching.eligibility.major_blocked`` reads a list's 本科 entries (and unlevelled lists of
undergraduate codes) against the graduate's undergraduate code: for a 硕士 or a 专科 graduate a
post whose own list names their major at their level (「研究生：计算机科学与技术（0812）」,
「专科：护理（520201）」) got no more than a 不限专业 post. Here both sides are keyed by
(level, code), as the parser keys a list (``features.major_requirements``: 0812 is 测绘类 for
本科 and 计算机科学与技术 for 研究生), and the graduate's side by their degree level, so an
entry for another level never counts. A 本科 graduate's 本科 entries are keyed too, for the
lists ``undergrad_keys`` leaves to the rules whole (one entry of no current code). Only the
ranking signal (``PairScores.admitted``) reads these keys; whether the graduate may apply stays
the rules engine's (``matching.rules.majors.MajorChecker``, which reads the graduate's codes the
same way).
"""

from __future__ import annotations

from collections.abc import Callable

from features.catalog import MajorCatalog, normalise_major_name
from features.major_codes import MajorCodeTables
from features.major_fields import named_field
from features.major_lookup import SECOND_LEVEL_NOTE
from features.major_requirements import MajorRef, MajorRequirement, StudyLevel
from features.own_major import STUDY_LEVEL_OF, major_words, own_study_level, written_code
from features.records import Graduate



def _key(level: StudyLevel, code: str) -> str:
    return f"{level.name}:{code}"


def _name_key(level: StudyLevel, name: str) -> str:
    return f"{level.name}:名称:{normalise_major_name(name)}"


def _written_key(level: StudyLevel, name: str) -> str:
    """An entry named as the graduate wrote their major: ``MajorChecker._matched`` admits on the name
    alone (「本科：护理（320201）」 to a 职业本科 护理 graduate the 本科 catalog has no code for)."""
    return f"{level.name}:写作:{normalise_major_name(name)}"


def _written_keys(ref: MajorRef) -> set[str]:
    """``_written_key`` of an entry at each level whose graduates the rules read it for: the level it is
    stated for, or, with none stated, every level (the rules read 「临床医学、中医」 for a 硕士 too, whatever
    catalog holds the name). Not a named field (read by its members), 「不限」 (专业不限, no list naming the
    major) nor a 仅限 entry."""
    if not ref.name or ref.only or normalise_major_name(ref.name) == "不限":
        return set()
    levels = (ref.level,) if ref.level is not None else tuple(STUDY_LEVEL_OF.values())
    return {_written_key(at, SECOND_LEVEL_NOTE.sub("", ref.name)) for at in levels if named_field(ref.name, at) is None}


def list_level_keys(requirement: MajorRequirement | None,
                    in_catalog: Callable[[object], bool] = lambda ref: False) -> frozenset[str]:
    """The (level, code) keys of the entries of a list for each level: entries stated for that level,
    and unlevelled ones found only in that level's catalog (「计算机科学与技术一级学科（0812）」 is a
    研究生 discipline). An entry no catalog of its level holds (「专科：财务会计类（5303）」, read by the
    rules as a named field, ``features.major_fields``) is keyed by the names of the majors surely
    inside it (会计, 大数据与会计), as the rules admit a graduate by name there. An entry limited to
    some majors (「（0202，仅限金融学）」) is left to the rules, which compare names there; so is one
    with no code. A 本科 entry counts only where ``in_catalog`` finds its code under its name in the
    current catalog (``MajorLists._in_catalog``: an old code may be another major's now); so a 本科
    graduate's entry counts beside 职业本科 codes (护理 320201) the pre-filter's all-or-nothing
    ``undergrad_keys`` leaves to the rules."""
    if requirement is None or requirement.unrestricted:
        return frozenset()
    keys = set()
    for ref in requirement.refs:
        level = ref.level or ref.catalog
        keys |= _written_keys(ref)
        if level is None or ref.only:
            continue
        if level is StudyLevel.UNDERGRADUATE:
            if ref.level is level and ref.code and ref.catalog in (None, level) and in_catalog(ref):
                keys.add(_key(level, ref.code))
            continue  # an unlevelled 本科 code is the pre-filter's ``plain_undergrad_list``
        if ref.level is not None and (field := named_field(ref.name, level)) is not None:
            keys.update(_name_key(level, member) for member in field.members)
            continue  # the rules read such an entry by its field, not by its code
        if not ref.code:
            continue
        if ref.catalog not in (None, level):
            continue  # a code of another catalog under this level's heading: the rules read it by name
        keys.add(_key(level, ref.code))
    return frozenset(keys)


def graduate_level_keys(graduate: Graduate, tables: MajorCodeTables | None,
                        catalog: MajorCatalog | None = None) -> frozenset[str]:
    """The (level, code) keys of a graduate's own major at their degree level (本科: the undergraduate
    ``major_code``), each code with the class and category it lies in (a list naming 1054 护理 or 10
    医学 admits 105400), as ``MajorChecker`` reads a graduate's codes; for 专科 and 研究生 also the
    major's name (and its catalog name) for the named fields of ``list_level_keys``. Empty for a
    graduate of unknown level."""
    level = own_study_level(graduate)
    if level is None or tables is None or not graduate.major:
        return frozenset()
    name = major_words(graduate)
    names = {_written_key(level, name)} if name else set()  # the rules compare the name as written only
    if level is not StudyLevel.UNDERGRADUATE:  # no named field is read for 本科 here
        own = catalog.major(graduate.major_code) if catalog is not None and graduate.major_code else None
        names |= {_name_key(level, n) for n in (name, own.name if own else None) if n}
    if level is StudyLevel.UNDERGRADUATE:
        code = graduate.major_code
    elif level is StudyLevel.GRADUATE:
        # A 研究生 major's written discipline code (「软件工程0835」) first, as the rules read it.
        code = written_code(graduate) or (tables.graduate_code(name) if name else None)
    else:
        code = tables.junior_code(name) if name else None
    if not code:
        return frozenset(names)
    # A 专业学位 field's other codes (计算机技术 085211 is 085404 of 电子信息 0854 too), as the rules read them.
    same = tables.field_aliases(code) if level is StudyLevel.GRADUATE else (code,)
    return frozenset(names | {_key(level, c[:n]) for c in same for n in (2, 4, 6, len(c)) if len(c) >= n})
