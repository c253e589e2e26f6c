"""How ``matching.fairs`` mends the parts of a theme cut in place order (``fair_parts.pack``) so
that one graduate's posts of the theme lie in fewer parts. Each graduate is invited to one part of
a theme (the one holding the post they rank best); a post of another part meets someone only by a
second invitation, which the plan-wide cap (``matching.fair_caps``) refuses to a graduate kept at
four other fairs: Henan by industry left 123 posts meeting no one. An employer moves to another
part already holding its city when that leaves fewer posts none of whose applicants is invited
there first, so a part is still named by its places."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from features.data.national_divisions import PREFECTURES
from features.data.places import MUNICIPALITIES, PROVINCE_DIVISIONS
from features.place_inference import stated_place
from features.place_names import provinces_named
from matching.fair_limits import FairLimits
from matching.fair_mending import Parts, lacking, some_employers

#: Every listed prefecture-level division by its full name (Henan's and Xinjiang's, every other
#: province's) → its province (short name).
_PROVINCE_OF = {prefecture: province for province, prefectures in PROVINCE_DIVISIONS.items() for prefecture in prefectures}
_PROVINCE_OF |= {full: province for province, items in PREFECTURES.items() for _, full, _ in items
                 if full not in _PROVINCE_OF}
#: Longest first: the city of a place read from the province down, or of a cell naming one.
_PREFECTURE = re.compile("|".join(sorted(_PROVINCE_OF, key=len, reverse=True)))
#: A place the lists do not hold: its text up to the first division word, a 州 only where no 市 follows
#: (郑州市 is one name, 恩施州 a prefecture).
_AREA = re.compile(r"^(?:.*?(?:省|自治区))?(.*?(?:自治州|地区|盟|市|州(?!市)))")


def area(location: str | None) -> str:
    """The city (prefecture) a place lies in, which a fair can be held in: 「南阳市内乡县（据单位名称）」
    → 南阳市, 「郑州市新郑市」 → 郑州市, 「广东省广州市天河区」 → 广州市, 「昌吉回族自治州奇台县」 → 昌吉回族自治州;
    a county-level city or county named alone lies in its prefecture (「林州市（据单位名称）」 → 安阳市), as
    ``features.place_inference.stated_place`` reads it (Henan's and Xinjiang's counties, every
    province's prefectures). A province or a municipality alone (「河南省（据单位名称）」, 北京市) is its
    own city; a place the lists do not hold, its text up to its first 市 (or 州, 地区, 盟); no place, ""."""
    text = (location or "").split("（", 1)[0]
    named, place = provinces_named(text), stated_place(text)
    # A prefecture is kept only in a province the cell names: 「海南省屯昌县」 is read 青海省海南藏族自治州.
    for read in (place, text):
        if read and (found := _PREFECTURE.search(read)) and (not named or _PROVINCE_OF[found.group()] in named):
            return found.group()
    # (The reading may stop at a province whose name is also a city's, 「吉林省长春市」 → 吉林省: the
    # cell's own 长春市 then, the loop's second round.) A province or a municipality alone is its own.
    # A province read where the cell names more (「海南省屯昌县」, a county the province runs directly) is
    # no city: the cell's own text then, as for a place the lists do not hold.
    if place is not None and place.startswith(MUNICIPALITIES):
        return place[:place.index("市") + 1]  # 北京市海淀区: a municipality's district lies in it
    if place is not None and not _PREFECTURE.search(place) and not (place.endswith(("省", "自治区")) and text != place):
        return place
    found = _AREA.match(text)
    return found.group(1) if found else text


def moved_note(theme: str, moved: Mapping[str, str]) -> str:
    """The plan's note on the employers ``regroup`` moved in ``theme``; ``moved``: employer → the
    name of the fair it joined (as the plan shows it, 「党政机关专场（之三）」), in the order they moved,
    so the organiser can find each one. Employers joining the same fair are named together (up to
    three and how many, ``some_employers``), each fair once; no 「各」, as each group went to one fair."""
    joined: dict[str, list[str]] = {}
    for employer, fair in moved.items():
        joined.setdefault(fair, []).append(employer)
    why = "使同一位毕业生可报考的岗位尽量同场"
    if len(joined) == 1:
        ((fair, employers),) = joined.items()
        return f"{theme}：{some_employers(employers)}移到已有同一城市单位的{fair}，{why}"
    said = "；".join(f"{some_employers(employers)}移到{fair}" for fair, employers in joined.items())
    return f"{theme}：{said}（各场已有同一城市的单位），{why}"


def regroup(parts: Parts, areas: Mapping[str, str], applicants: Mapping[str, frozenset[str]],
            ranks: Mapping[str, Mapping[str, int]], *, limits: FairLimits) -> tuple[Parts, list[str]]:
    """(``parts`` with employers moved between parts of the same city, the employers moved). A
    theme cut in place order (``fair_parts.pack``) leaves one graduate's posts in several parts;
    an employer moves, one at a time, to another part already holding its city (``areas``:
    employer → ``area``), within the caps, while the cut then serves ``better`` (fewer posts no
    best-post guest meets, no part held fewer, none weaker). A part keeps its cities, so it is still
    named by place; parts and their employers stay in place order (the order of the input). Moves
    are tried part by part, employer by employer, the first that serves better taken, until none
    does: deterministic."""
    order = {employer: n for n, (employer, _) in enumerate(e for part in parts for e in part)}
    parts = [list(part) for part in parts]
    current, moved = coverage(parts, applicants, ranks, limits=limits), []
    while (step := _move(parts, current, order, areas, applicants, ranks, limits=limits)) is not None:
        parts, current, employer = step
        moved.append(employer)
    return parts, moved


def _move(parts: Parts, current: Coverage, order, areas, applicants, ranks, *, limits: FairLimits):
    """(The parts, their coverage, the employer moved) after the first move ``regroup`` takes, or ``None``."""
    for a, b in ((a, b) for a in range(len(parts)) for b in range(len(parts)) if a != b):
        cities = {areas[e] for e, _ in parts[b]}
        if len(parts[a]) == 1 or len(parts[b]) >= limits.max_employers:
            continue
        room = limits.max_positions - sum(len(ids) for _, ids in parts[b])
        for group in [g for g in parts[a] if areas[g[0]] and areas[g[0]] in cities and len(g[1]) <= room]:
            trial = [list(part) for part in parts]
            trial[a].remove(group)
            trial[b] = sorted([*trial[b], group], key=lambda g: order[g[0]])
            if better(found := coverage(trial, applicants, ranks, limits=limits), current, limits=limits):
                return trial, found, group[0]
    return None


@dataclass(frozen=True)
class Coverage:
    """How a cut of a theme serves, before anyone is invited: the parts meeting the minimums of a
    fair, the posts they hold, the posts none of whose applicants has their best post of the theme
    in the same part (such a post meets someone only by a second invitation, which the plan-wide cap
    may refuse), and each part's best-post guests (a part with fewer than ``min_graduates`` of them
    fills up by second invitations only: no one is invited over the cap, and a part left short is
    not held, ``matching.fair_fill``)."""

    fairs: int
    posts: int
    unmet: int
    guests: tuple[int, ...]  # best-post guests of each part (0: not held)


def coverage(parts: Sequence[list[tuple[str, list[str]]]], applicants: Mapping[str, frozenset[str]],
             ranks: Mapping[str, Mapping[str, int]], *, limits: FairLimits) -> Coverage:
    """The ``Coverage`` of ``parts``; ``ranks``: graduate → job id → the rank of their suggestion.
    A graduate's part is the one holding the post they rank best (as ``fair_invitations.invite``
    first invites them), ties to the earlier part."""
    kept = []
    for part in parts:
        ids = [j for _, found in part for j in found]
        held = lacking(len(ids), len({g for j in ids for g in applicants.get(j, ())}), limits=limits) is None
        kept.append(ids if held else [])
    home: dict[str, tuple[int, int]] = {}
    for number, ids in enumerate(kept):
        for job_id in ids:
            for graduate_id in applicants.get(job_id, ()):
                home[graduate_id] = min(home.get(graduate_id, (ranks[graduate_id][job_id], number)),
                                        (ranks[graduate_id][job_id], number))
    guests = [{g for g, (_, n) in home.items() if n == number} for number in range(len(kept))]
    return Coverage(sum(1 for ids in kept if ids), sum(map(len, kept)),
                    sum(1 for ids, met in zip(kept, guests) for j in ids if not applicants.get(j, set()) & met),
                    tuple(map(len, guests)))


def better(mine: Coverage, theirs: Coverage, *, limits: FairLimits) -> bool:
    """Whether a cut of ``mine`` serves better than one of ``theirs``: no fewer fairs, no fewer posts,
    fewer posts no best-post guest meets, and no part with fewer best-post guests than before unless
    it keeps ``min_graduates`` of them. Without that last rule, moving employers towards the
    graduates they share left other parts to be filled over the cap (Henan by industry: graduates
    over 4 fairs 3 → 7 when trialled)."""
    return (mine.fairs >= theirs.fairs and mine.posts >= theirs.posts and mine.unmet < theirs.unmet
            and all(m >= min(t, limits.min_graduates) for m, t in zip(mine.guests, theirs.guests)))
