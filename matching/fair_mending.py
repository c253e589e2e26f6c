"""Mending the parts of a split theme (``matching.fairs``): each part is held to the minimums of
a whole fair, a short one merged into a neighbour or topped up from one, in place order
(``matching.fair_parts`` packs them), with a note for the organiser saying what was done."""

from __future__ import annotations

from collections.abc import Callable

from matching.fair_limits import FairLimits
from matching.fair_records import FairGraduate
from matching.fair_themes import Theme, bracketed_names, first_names

#: Parts as ``fair_parts.pack`` gives them: each a list of (employer, job ids) in place order.
Parts = list[list[tuple[str, list[str]]]]
#: ``audience(theme, job_ids)``: the graduates of ``theme`` who may apply for one of ``job_ids``.
Audience = Callable[[Theme, set[str]], list[FairGraduate]]


def lacking(positions: int, graduates: int, *, limits: FairLimits) -> str | None:
    """What a fair of ``positions`` and ``graduates`` lacks to be held (both minimums), or ``None``."""
    missing = []
    if positions < limits.min_positions:
        missing.append(f"岗位 {positions} 个，少于 {limits.min_positions} 个")
    if graduates < limits.min_graduates:
        missing.append(f"可参加的毕业生 {graduates} 人，少于 {limits.min_graduates} 人")
    return "；".join(missing) or None


def some_employers(employers) -> str:
    """Up to three employers by name, and how many there are when more (「甲、乙、丙等 5 家单位」)."""
    return first_names(list(employers), counted="家单位")


def mend(theme: Theme, packed: Parts, *, limits: FairLimits, audience: Audience) -> tuple[Parts, list[str]]:
    """(The parts, the notes for the organiser) of a split theme held to the same minimums as a
    whole fair. A part short of ``min_positions`` or ``min_graduates`` (the last of a balanced
    split, or one whose employers few graduates may apply to) joins the part before it, else the
    one after it, when the two stay within the caps; else it takes the nearest employers of a
    neighbour, one at a time, while that neighbour stays a fair of its own and the part within the
    caps. Only neighbours, whole employers from the edge they share, so parts stay in place order;
    a part neither mends is left for the planner to report."""
    parts = [list(part) for part in packed]
    notes = []
    number = 0
    while number < len(parts) and len(parts) > 1:
        short = _part_shortfall(theme, parts[number], limits=limits, audience=audience)
        mended = None if short is None else _mended(theme, parts, number, limits=limits, audience=audience)
        if mended is None:
            number += 1
            continue
        notes.append(f"{theme.theme}：按地点分场后有一部分（{some_employers(e for e, _ in parts[number])}）{short}，{mended[1]}")
        parts, number = mended[0], 0
    return parts, notes


def _part_shortfall(theme: Theme, part, *, limits: FairLimits, audience: Audience) -> str | None:
    ids = {j for _, jobs in part for j in jobs}
    return lacking(len(ids), len(audience(theme, ids)), limits=limits)


def _fits(part, limits: FairLimits) -> bool:
    return len(part) <= limits.max_employers and sum(len(ids) for _, ids in part) <= limits.max_positions


def _mended(theme: Theme, parts, number: int, *, limits: FairLimits, audience: Audience):
    """(``parts`` with part ``number`` merged into a neighbour or topped up from one, what was
    done, for the organiser: which neighbour, and which employers moved), or ``None``. The
    note says 按地点排序 rather than 相邻: places are in sort order (Xinjiang by region, others by
    their text), so the neighbour of a 黑龙江 part may be a 重庆 one."""
    def side(other: int) -> str:
        return "前" if other < number else "后"

    for other in (number - 1, number + 1):
        if 0 <= other < len(parts) and _fits(merged := parts[min(other, number)] + parts[max(other, number)], limits):
            return [*parts[:min(other, number)], merged, *parts[max(other, number) + 1:]], f"并入按地点排序的{side(other)}一场"
    for other in (number - 1, number + 1):
        if not 0 <= other < len(parts):
            continue
        donor, part, moved = list(parts[other]), list(parts[number]), []
        while len(donor) > 1:
            moved.append(donor.pop() if other < number else donor.pop(0))
            part = [moved[-1], *part] if other < number else [*part, moved[-1]]
            if not _fits(part, limits) or _part_shortfall(theme, donor, limits=limits, audience=audience) is not None:
                break
            if _part_shortfall(theme, part, limits=limits, audience=audience) is None:
                out = list(parts)
                out[other], out[number] = donor, part
                return out, f"从按地点排序的{side(other)}一场调入 {len(moved)} 家单位{bracketed_names([e for e, _ in moved])}"
    return None
