"""Notes in a 困难类别 cell that someone is in work (「父亲未失业」「母亲已就业」「在职」): found per item,
and the cell refused where such a note contradicts its category or stands alone
(``features.hardship``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from features.hardship_words import HARDSHIP_WORDS, RELATIVE_BEFORE
from features.records import Hardship

#: A note that someone is in work (「父亲未失业」「母亲没有下岗」「父亲已就业」「父母均已再就业」「在职」). It
#: states no category: on a hardship sheet it reads as an answer to another column (就业状态), so alone
#: it is refused, not read as 「无」 (「无失业」「非低保」, the clerks' "no such category", are read so).
#: Beside 零就业家庭 it contradicts it (``check_employed_notes``). 「未就业」「无业」「下岗」 say the opposite.
_EMPLOYED_NOTE = re.compile(r"(?:未|没有?|并未|并没有|从未|不再)(?:长期)?(?:失业|下岗)"
                            r"|已经?(?:再|重新)?(?:就业|上岗|工作)(?!过)|(?<![未不没非])在(?:职|岗)"
                            r"|(?<![没无未])有(?:固定|稳定)?工作")


@dataclass(frozen=True, slots=True)
class EmployedNote:
    """An item that says someone is in work: the item, the note, whether it is said of a relative
    (「父亲未失业」) and whether the item names a category it qualifies (「低保户（父亲已就业）」)."""

    item: str
    note: str
    of_relative: bool
    qualifies: bool


def employed_note(part: str) -> EmployedNote | None:
    found = _EMPLOYED_NOTE.search(part)
    if found is None:
        return None
    rest = _EMPLOYED_NOTE.sub("", part)
    return EmployedNote(item=part, note=found.group(),
                        of_relative=bool(RELATIVE_BEFORE.search(part[:found.start()])),
                        qualifies=any(pattern.search(rest) for pattern, _ in HARDSHIP_WORDS))


def check_employed_notes(text: str, flags: set[Hardship], notes: list[EmployedNote]) -> None:
    """Refuse a cell whose note that someone is in work contradicts its category, or that is only such a note.

    零就业家庭 is a household whose members of working age who can and want to work are all out of
    work: 「零就业家庭（父亲未失业）」「零就业家庭，母亲已就业」 says both that none works and that one does.
    Kept as 零就业家庭 it would admit a household that may have left the list (a member back in work
    ends it); dropped it would refuse one that may be on it (a father past working age is 「未失业」 too).
    The clerk knows which: the row is refused, naming the note. 长期失业 is the graduate's own: only
    the graduate's own 「已就业」 contradicts it (「长期失业（父亲已就业）」 is the family's, and kept)."""
    for note in notes:
        if Hardship.ZERO_EMPLOYMENT_FAMILY in flags:
            category = Hardship.ZERO_EMPLOYMENT_FAMILY
        elif Hardship.LONG_TERM_UNEMPLOYED in flags and not note.of_relative:
            category = Hardship.LONG_TERM_UNEMPLOYED
        else:
            continue
        meaning, who = (("家庭中法定劳动年龄内有劳动能力和就业意愿的成员均处于失业状态", "有家庭成员")
                        if category is Hardship.ZERO_EMPLOYMENT_FAMILY else ("毕业生本人长期处于失业状态", "本人"))
        where = "其中" if note.item == text else f"「{note.item}」中"
        raise ValueError(f"困难类别「{text}」前后矛盾：{category.value}指{meaning}，而{where}的「{note.note}」"
                         f"说{who}在业：请核实后只写「{category.value}」，或写其他困难类别、「无」")
    for note in notes:
        # A relative in work beside a category it does not contradict (「低保、父亲已就业」) is a detail,
        # as in brackets (「低保户（父亲已就业）」); the graduate's own 「已就业」 is no category anywhere.
        if not note.qualifies and not (note.of_relative and flags):
            known = "、".join(h.value for h in Hardship)
            whose = "亲属的情况，不是毕业生本人的类别" if note.of_relative else "就业情况，不是困难类别"
            raise ValueError(f"困难类别「{note.item}」写的是{whose}：请写明本人的困难类别（可用：{known}、无）")
