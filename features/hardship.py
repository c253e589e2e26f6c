"""Parsers for the hardship cells of a graduate sheet: 困难类别 (categories, and the narrower
groups named within them, and the student loan when the cell names it too) and 助学贷款
(获得国家助学贷款, yes or no).

Pure functions, as ``features.values``: ``None`` when the cell says nothing, ``ValueError``
with a Chinese message when it says something that cannot be read. The words read are in
``features.hardship_words``, a cell's items in ``features.hardship_items``, notes that someone is
in work in ``features.hardship_employment_notes``, the loan in ``features.student_loan``.
"""

from __future__ import annotations

from dataclasses import dataclass

from features.hardship_employment_notes import EmployedNote, check_employed_notes, employed_note
from features.hardship_items import cell_items, hardship_item
from features.hardship_words import (
    DETAIL_CLAUSE,
    HARDSHIP_WORDS,
    KIN_CLAUSE,
    MAYBE_FORMERLY_POOR,
    MONITORING_WORD,
    NO_HARDSHIP,
    NOT_A_CATEGORY,
    RISK_ELIMINATED,
)
from features.records import Hardship, HardshipGroup
from features.student_loan import STUDENT_LOAN_WORD, loan_item


@dataclass(frozen=True, slots=True)
class HardshipCell:
    """What a 困难类别 cell states: its categories, the narrower groups named within them, and
    the student loan when the cell names it too (``None``: it does not)."""

    categories: frozenset[Hardship]
    groups: frozenset[HardshipGroup]
    student_loan: bool | None = None


def read_hardship_cell(value: object) -> HardshipCell | None:
    """What a 困难类别 cell states (``城乡低保；残疾`` → {低收入家庭, 残疾} and {低保家庭});
    ``None`` for an empty cell. An item naming the national student loan (「建档立卡、助学贷款」)
    is no category: it goes to ``student_loan``, and a cell naming only the loan states no
    category (the clerk listed what applies). A negated group (「非低保」) is not named."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if NO_HARDSHIP.match(text):
        return HardshipCell(frozenset(), frozenset())
    flags: set[Hardship] = set()
    groups: set[HardshipGroup] = set()
    loans: set[bool] = set()
    unsure: str | None = None  # an item whose monitoring ended without saying whether it was a 脱贫户
    notes: list[EmployedNote] = []
    asides: list[str] = []  # items that state no category (``_aside``): refused only if nothing else does
    stated: list[tuple[str, frozenset[Hardship]]] = []  # items read so far, with their categories
    said_none: str | None = None  # an item of its own saying none (「无、低保」): contradicts any category
    # Items led by a relative (「父母均失业」) are read last, so that the categories the cell states
    # elsewhere, before or after them (「父母均失业，零就业家庭」), are known when they are noted.
    for part in sorted(cell_items(text), key=lambda item: bool(KIN_CLAUSE.match(item))):
        if "是否" in part:
            raise ValueError(f"困难类别「{part}」是一个问句，请写明毕业生本人的困难类别或「无」")
        if STUDENT_LOAN_WORD.search(part):
            loans.add(loan_item(part))
            continue
        note = employed_note(part)
        if note is not None:
            notes.append(note)
            if not note.qualifies:
                continue  # refused below, after a contradiction the cell may state
        aside = _aside(part)
        if aside is not None:
            asides.append(aside)
            continue
        if NO_HARDSHIP.match(part):
            said_none = part
        found, named = hardship_item(part, beside=tuple(stated))
        stated.append((part, frozenset(found)))
        flags.update(found)
        groups.update(named)
        if RISK_ELIMINATED.search(part) and MAYBE_FORMERLY_POOR.search(part):
            unsure = part
    check_employed_notes(text, flags, notes)
    if said_none is not None and flags:
        # 「无、低保」: read as 低保 it dropped the 「无」 without a word; the clerk knows which holds.
        named = "、".join(h.value for h in Hardship if h in flags)
        raise ValueError(f"困难类别「{text}」前后矛盾：既写「{said_none}」又写了困难类别（{named}）："
                         "请只写毕业生本人的困难类别，或只写「无」")
    if asides and not flags:
        raise ValueError(asides[0])
    if unsure is not None and Hardship.POVERTY_ALLEVIATION not in flags:
        # Read as no category it would refuse a 脱贫户 a 脱贫家庭 policy; read as 脱贫家庭, admit
        # a household that never was one: the clerk knows which.
        raise ValueError(f"困难类别「{unsure}」风险已消除，已不属于防返贫监测对象，但未写明是否为脱贫户："
                         "原为脱贫户的请写「脱贫家庭」，不是的请写其他困难类别或「无」")
    if len(loans) > 1:
        raise ValueError(f"困难类别「{text}」对助学贷款的说法前后矛盾（既写有又写无）")
    return HardshipCell(frozenset(flags), frozenset(groups), loans.pop() if loans else None)


def _aside(part: str) -> str | None:
    """The refusal of an item that states no category but may stand beside one: a clause of detail
    (「父亲已退休」: ``DETAIL_CLAUSE``) or a state that is no hardship category (「单亲家庭」「退役军人」:
    ``NOT_A_CATEGORY``); ``None`` for any other item. A clause naming a category word (「父亲残疾」
    「父母均失业」) is not one: ``hardship_item`` reads it as a relative's state."""
    known = "、".join(h.value for h in Hardship)
    for pattern, why in NOT_A_CATEGORY:
        if pattern.match(part):
            return f"困难类别「{part}」：{why}（可用：{known}、无）"
    if DETAIL_CLAUSE.match(part) and not any(pattern.search(part) for pattern, _ in HARDSHIP_WORDS):
        return f"困难类别「{part}」只写了家庭情况，没有写困难类别：请写明本人的困难类别（可用：{known}、无）"
    return None


def read_hardship(value: object) -> tuple[frozenset[Hardship], frozenset[HardshipGroup]] | None:
    """The categories a hardship cell states and the narrower groups it names within them
    (``read_hardship_cell`` without the loan); ``None`` for an empty cell."""
    cell = read_hardship_cell(value)
    return None if cell is None else (cell.categories, cell.groups)


def parse_hardship(value: object) -> frozenset[Hardship] | None:
    """``零就业家庭；残疾`` → both flags; ``无``/``否`` → empty set (stated none); an empty
    cell → ``None`` (not stated: an empty cell is not a statement of 'no hardship').

    A negated keyword does not count (``无残疾``, ``非低保``, ``不是建档立卡户``, ``否（非零就业）``
    → empty set; ``非低保；残疾`` → 残疾 only). A personal category said of a relative
    (``残疾军人子女``, ``父母残疾``) raises ``ValueError``: it is not the graduate's own category.
    低保 and 特困 are 低收入家庭, 防返贫监测 脱贫家庭 (``read_hardship`` also keeps those groups).
    """
    read = read_hardship(value)
    return None if read is None else read[0]


def parse_hardship_groups(value: object) -> frozenset[HardshipGroup] | None:
    """The narrower groups a hardship cell names (``低保户`` → {低保家庭}); ``None`` when it
    names none (an empty cell, 「无」, or categories stated only broadly: 「低收入家庭」)."""
    read = read_hardship(value)
    return (read[1] or None) if read is not None else None


def parse_hardship_group_list(value: object) -> frozenset[HardshipGroup] | None:
    """A column of its own listing the narrower groups (the API's ``hardship_groups``:
    ``["低保家庭"]``, or 「低保户、防返贫监测户」 as the 困难类别 cell writes them); ``None`` when it
    names none (empty, 「无」, ``[]``). An item that names no group (「低收入家庭」) is refused."""
    items = [str(v) for v in value] if isinstance(value, (list, tuple)) else None if value is None else [str(value)]
    groups: set[HardshipGroup] = set()
    for item in (part for text in items or () for part in cell_items(text)):
        if RISK_ELIMINATED.search(item) and MONITORING_WORD.search(item):
            raise ValueError(f"「{item}」风险已消除，已不属于防返贫监测对象，不是细分类别"
                             "（原为脱贫户的，请在困难类别中写「脱贫家庭」）")
        try:
            cell = read_hardship_cell(item)
        except ValueError:
            cell = None
        if cell is None or cell.student_loan is not None or cell.categories != {g.category for g in cell.groups}:
            known = "、".join(g.value for g in HardshipGroup)
            raise ValueError(f"「{item}」不是困难类别中的细分类别（可用：{known}、无）")
        groups.update(cell.groups)
    return frozenset(groups) or None
