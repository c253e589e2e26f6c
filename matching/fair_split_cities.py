"""The plan's notes on a city whose employers a split theme holds in more than one fair
(``matching.fair_planner`` writes them once the parts are named). The cut keeps each city's employers
together where the caps and minimums allow (``matching.fair_parts.cut_by_place``); where they do not,
it splits the city itself, e.g. a 乌鲁木齐 employer put with the 喀什 ones so that the 喀什 part has
graduates enough to be held. The note names the employers, the fair they joined and why, as 「按地点分为 2 场」
alone does not tell the organiser why one city's employers meet in two fairs."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from matching.fair_limits import FairLimits
from matching.fair_mending import Parts, some_employers
from matching.fair_parts import fair_name

#: ``graduates(job ids)``: how many of the theme's graduates may apply for one of the posts.
Graduates = Callable[[set[str]], int]


def split_city_notes(theme: str, parts: Parts, areas: Mapping[str, str], names: Mapping[int, str], *,
                     limits: FairLimits, graduates: Graduates) -> list[str]:
    """One note for each part holding employers of a city whose other employers are in another part:
    ``parts`` the theme's final parts (employer, job ids), ``areas`` employer → city (``fair_cuts.area``; ""
    when unknown, never said to be split), ``names`` part index → how the note names it (「党政机关专场（之三）」,
    a part not held by its label and 「（未举办）」, ``shown_part``). A city's
    home is the part holding most of its employers (ties to the earlier); each other part's share is named
    with the fair it joined, the cities it shares that fair with, and why it is not at home: the home
    part has no room within the caps, or the part it joined would fall short of a minimum without it."""
    notes = []
    for city in dict.fromkeys(areas[e] for part in parts for e, _ in part):
        holding = [n for n, part in enumerate(parts) if any(areas[e] == city for e, _ in part)]
        if not city or len(holding) < 2:
            continue
        home = max(holding, key=lambda n: (sum(areas[e] == city for e, _ in parts[n]), -n))
        for n in (m for m in holding if m != home):
            share = [(e, ids) for e, ids in parts[n] if areas[e] == city]
            rest = [(e, ids) for e, ids in parts[n] if areas[e] != city]
            others = list(dict.fromkeys(areas[e] for e, _ in rest if areas[e]))
            why = _why(share, rest, parts[home], names[home], limits=limits, graduates=graduates)
            joined = f"与{'、'.join(others)}的单位同场" if others else "单独成场"
            notes.append(f"{theme}：{why}，{city}的{some_employers(e for e, _ in share)}编入{names[n]}{joined}"
                         f"（{city}的其他单位在{names[home]}，共分在 {len(holding)} 场）")
    return notes


def shown_part(theme: str, number: int, kept: int | str, count: int, short: str) -> str:
    """How a note names part ``number`` (1-based, in cut order) of ``theme``: 「计算机类专场（之二）」 when held as
    the ``kept``-th of ``count`` fairs (``short``: the theme's short name); else by the label the plan's list
    of parts not held gives it (``kept``; 「…（第 3 部分）」 for one ``fair_fill.unfilled`` let go, which names
    it 「未举办」), with 「（未举办）」."""
    if isinstance(kept, int):
        return f"「{fair_name(short, kept, count)}」"
    return f"「{theme}（第 {number} 部分）」（未举办）" if kept == "未举办" else f"「{kept}」（未举办）"


def _posts(part) -> int:
    return sum(len(ids) for _, ids in part)


def _why(share, rest, home, home_name: str, *, limits: FairLimits, graduates: Graduates) -> str:
    """Why ``share`` (a city's employers away from their ``home`` part) is not there: the home part
    would go over a cap, or ``rest`` (the part it joined, without it) would fall short of a minimum."""
    whys = []
    over = [f"{limits.max_employers} 家单位" if len(home) + len(share) > limits.max_employers else "",
            f"{limits.max_positions} 个岗位" if _posts(home) + _posts(share) > limits.max_positions else ""]
    if any(over):
        whys.append(f"{home_name}已有 {len(home)} 家单位、{_posts(home)} 个岗位，再编入将超过每场上限"
                    f"（{'、'.join(x for x in over if x)}）")
    if rest:
        short = [f"岗位不少于 {limits.min_positions} 个" if _posts(rest) < limits.min_positions else "",
                 f"可参加的毕业生不少于 {limits.min_graduates} 人"
                 if graduates({j for _, ids in rest for j in ids}) < limits.min_graduates else ""]
        if any(short):
            whys.append(f"为使每场{'、'.join(x for x in short if x)}")
    # Neither: not seen after the cut (``fair_spread.settle`` would have moved the share home, one city
    # fewer at equal cost before it); left by a later step, which writes its own note.
    return "，且".join(whys) or "按地点分场及其后的调整未能使其同场"
