"""The items of a 困难类别 cell (「低保；残疾」 → 低保, 残疾) and the categories and narrower groups
one item states (``features.hardship`` reads a whole cell from them).
"""

from __future__ import annotations

from features.hardship_words import (
    HARDSHIP_GROUP_WORDS,
    HARDSHIP_JOIN,
    HARDSHIP_NEGATION,
    HARDSHIP_WORDS,
    HOUSEHOLD_AFTER_DISABLED,
    LIST_ITEM,
    MONITORING_NOTE,
    MONITORING_WORD,
    NO_HARDSHIP,
    PERSONAL_HARDSHIPS,
    POOR_HOUSEHOLD_WORD,
    POVERTY_WORD,
    RELATIVE_AFTER,
    RELATIVE_BEFORE,
    RELATIVE_STATE_EXPLAINS,
    RISK_ELIMINATED,
    UNEMPLOYMENT_NEGATION,
)
from features.records import Hardship, HardshipGroup


def _open_brackets(text: str) -> int:
    """How many brackets of ``text`` are left open (「零就业家庭（父亲失业」: 1)."""
    return sum(text.count(c) for c in "（(") - sum(text.count(c) for c in "）)")


def cell_items(text: str) -> list[str]:
    """The items of a list cell (「低保；残疾」 → 低保, 残疾), a monitoring note joined to the item it
    qualifies (「监测户，已解除监测」 is one item). A note after anything but a 脱贫 or monitoring word
    (「低保，已解除监测」) stays an item of its own, which is refused. A bare 「残疾」「残疾人」 and the
    household word after it across spaces only (「残疾人 低保家庭」, a full-width space too) are one phrase,
    read as 「残疾人低保家庭」 is (``HOUSEHOLD_AFTER_DISABLED``). A bracket's note is not split
    (「零就业家庭（父亲失业、母亲无业）」 is one item), nor parted by a space from what it notes
    (「零就业家庭 （父母均失业）」)."""
    items: list[tuple[int, int]] = []
    for found in LIST_ITEM.finditer(text):
        if items and MONITORING_NOTE.match(found.group()) and POVERTY_WORD.search(text, *items[-1]):
            items[-1] = (items[-1][0], found.end())
        else:
            items.append(found.span())
    spans = [text[start:end] for start, end in items]
    merged: list[str] = []
    for index, item in enumerate(spans):
        gap = text[items[index - 1][1]:items[index][0]] if index else ""
        if merged and (_open_brackets(merged[-1]) > 0 or (gap.isspace() and item[0] in "（(")):
            merged[-1] += gap + item  # inside 「（…）」, or the note 「零就业家庭 （父母均失业）」
        elif merged and merged[-1] in ("残疾", "残疾人") and gap.isspace() and HOUSEHOLD_AFTER_DISABLED.match(item):
            merged[-1] += item
        else:
            merged.append(item)
    return merged


def hardship_item(part: str, *, beside: tuple[tuple[str, frozenset[Hardship]], ...] = ()
                  ) -> tuple[set[Hardship], set[HardshipGroup]]:
    """The categories and narrower groups one list item states; an item that only negates
    them states none. ``beside``: the cell's other items, each with the categories it states.
    A relative's state written as an item of its own beside a category it explains
    (「零就业家庭，父母均失业」「低保户、母亲残疾」) is read as the same note in brackets is
    (「零就业家庭（父母均失业）」): officers copy forms that list them so. Beside any other category
    it is a note on the household and states nothing (「低保户，父亲失业」); alone it is refused."""
    # At one start the longer word counts (「残疾人家庭」 over 「残疾」).
    hits = sorted(
        ((m.start(), m.end(), flag) for pattern, flag in HARDSHIP_WORDS for m in pattern.finditer(part)),
        key=lambda hit: (hit[0], -hit[1], hit[2]),
    )
    risk_eliminated = bool(RISK_ELIMINATED.search(part))
    found: set[Hardship] = set()
    groups: set[HardshipGroup] = set()
    negated: set[Hardship] = set()
    relatives: set[Hardship] = set()  # personal categories said of a relative
    previous: tuple[int, Hardship, bool] | None = None  # (end, flag, negated) of the last keyword
    for start, end, flag in hits:
        if previous is not None and start < previous[0]:
            continue  # overlapping spellings (长期失业 / 失业): the first one counts
        gap_start = previous[0] if previous is not None else 0
        if previous is not None and previous[1] is flag and previous[2] and HARDSHIP_JOIN.match(part[previous[0]:start]):
            is_negated = True  # 「不是建档立卡贫困户」: 贫困户 is still under 不是
        else:
            is_negated = bool(HARDSHIP_NEGATION.search(part[gap_start:start])) or (
                flag is Hardship.LONG_TERM_UNEMPLOYED and bool(UNEMPLOYMENT_NEGATION.search(part[gap_start:start])))
        previous = (end, flag, is_negated)
        if is_negated:
            negated.add(flag)
            continue
        if risk_eliminated and MONITORING_WORD.match(part, start):
            negated.add(flag)  # no longer monitored: the word states nothing
            continue
        if flag in PERSONAL_HARDSHIPS and (RELATIVE_AFTER.match(part[end:]) or RELATIVE_BEFORE.search(part[:start])):
            relatives.add(flag)
            continue
        found.add(flag)
        groups.update(group for pattern, group in HARDSHIP_GROUP_WORDS
                      if group.category is flag and pattern.match(part, start)
                      and not (risk_eliminated and group is HardshipGroup.RELAPSE_MONITORING))
    for flag in relatives:
        households, reads_as = RELATIVE_STATE_EXPLAINS[flag]
        explained = [part] if found & households else [item for item, stated in beside if stated & households]
        if not explained and (found or any(stated for _, stated in beside)):
            # Refused only lest it be read as the graduate's own (a father's 失业 is no 长期失业 of the
            # graduate); beside any category it is a note on the household (「低保户，父亲失业」).
            continue
        if not explained:
            known = "、".join(h.value for h in Hardship)
            family = "；家庭贫困且有残疾人的，可写「贫困残疾人家庭」" if flag is Hardship.DISABILITY else ""
            raise ValueError(f"困难类别「{part}」写的是亲属的情况，不是毕业生本人的类别：请写明本人的困难类别"
                             f"（可用：{known}、无{family}）")
        if reads_as is not None:
            found.add(reads_as)
            if any(POOR_HOUSEHOLD_WORD.search(item) for item in {part, *explained}):
                groups.add(HardshipGroup.POOR_DISABLED_FAMILY)
    if not found and not negated and not relatives and not NO_HARDSHIP.match(part):
        known = "、".join(h.value for h in Hardship)
        raise ValueError(f"无法识别的困难类别：「{part}」（可用：{known}、无）")
    return found, groups
