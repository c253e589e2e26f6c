"""How many fairs one graduate is asked to across a whole plan (``FairLimits.max_fairs_per_graduate``,
``matching.fairs``). Each theme invites a graduate once, but a graduate whose best posts lie in
several industries, or who is the one applicant of a post in many parts of a split theme, was asked
to up to 11 fairs (Henan, by industry): noise for them, and a place taken from another graduate at
each. The plan is made once without the cap to learn every fair each graduate could be invited to;
each graduate keeps the ``max_fairs_per_graduate`` holding the posts they rank best, and the plan is
made again with this record, which ``matching.fair_invitations.invite`` consults before each
invitation."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from matching.fair_bare_counts import CAP, BareCounts
from matching.fair_records import Fair, UninvitedGraduate, UninvitedKind


def part_id(theme: str, employers: Sequence[str]) -> str:
    """A part of ``theme`` as the cap keeps it: by its first employer (no employer is in two parts of a theme),
    not by ``Fair.key``, whose number shifts when ``matching.fair_fill`` lets an earlier part go: 文学-3 kept
    for a graduate then named the part after theirs, and they were refused the one they had kept."""
    return f"{theme}／{employers[0]}"


class GraduateCap:
    """The fairs each graduate may be invited to: those of their first plan holding the posts they
    rank best (best suggestion rank at the fair, then more of its posts, then the plan's order), the
    best fair of each theme before any second session of one, at most ``limit``; a further fair only while they have room (fewer kept fairs than ``limit``), so a
    second invitation to cover a post goes to someone with room. ``refused`` records each
    (graduate, ``part_id``) turned away, for the notes on posts and fairs it left short."""

    def __init__(self, limit: int, reserved: Mapping[str, Sequence[str]], titles: Mapping[str, str],
                 themes: Mapping[str, str] | None = None):
        self.limit = limit
        self.reserved = {g: list(keys) for g, keys in reserved.items()}  # graduate → parts kept (``part_id``), best first
        self.titles = dict(titles)  # part → title, to name the kept fairs in a reason
        self.themes = dict(themes or {})  # part → theme
        self.taken: dict[str, set[str]] = defaultdict(set)
        self.refused: set[tuple[str, str]] = set()

    @classmethod
    def of(cls, fairs: Sequence[Fair], *, limit: int, ranks: Mapping[str, Mapping[str, int]],
           theme_best: Mapping[str, Mapping[str, int]] | None = None) -> GraduateCap | None:
        """The cap learnt from a first plan's ``fairs``; ``None`` when no graduate is over ``limit``
        (the first plan stands). ``ranks``: graduate → job id → rank of their suggestion;
        ``theme_best``: graduate → theme → their best rank over all the theme's parts. A theme's
        fair counts at that best rank: a graduate the first plan sent to 教育专场（之十五） for a
        13th-ranked post because 之四, holding their 3rd, was full still ranks 教育 3rd (and may
        take 之四 in its place if the cap frees room there: ``take``)."""
        theme_best = theme_best or {}
        options: dict[str, list[tuple[int, int, int, str, str]]] = defaultdict(list)
        keys = [part_id(fair.theme, fair.employers) for fair in fairs]
        for order, (fair, key) in enumerate(zip(fairs, keys)):
            for entry in fair.graduates:
                best = min(ranks[entry.graduate_id][j] for j in entry.job_ids)
                options[entry.graduate_id].append((best, -len(entry.job_ids), order, fair.theme, key))
        if all(len(found) <= limit for found in options.values()):
            return None
        reserved = {}
        for graduate_id, found in options.items():
            # A theme's best fair for them before a second session of a theme they already go to:
            # a 临床医学 graduate asked to four 公安司法 sessions (each to cover a post) and not to
            # 医疗卫生 would meet the organiser's need, not their own.
            found.sort()
            first = {theme: key for *_, theme, key in reversed(found)}
            tops = theme_best.get(graduate_id, {})
            found.sort(key=lambda item: (item[-1] != first[item[-2]],
                                         min(item[0], tops.get(item[-2], item[0])) if item[-1] == first[item[-2]] else 0))
            reserved[graduate_id] = [key for *_, key in found[:limit]]
        return cls(limit, reserved, {k: f.title for k, f in zip(keys, fairs)},
                   {k: f.theme for k, f in zip(keys, fairs)})

    def _swappable(self, graduate_id: str, key: str) -> str | None:
        """The kept fair ``key`` may stand in for: another session of the same theme, kept for the
        graduate and not yet taken, while they have taken no session of that theme."""
        theme = self.themes.get(key)
        if theme is None or any(self.themes.get(k) == theme for k in self.taken[graduate_id]):
            return None
        return next((k for k in self.reserved.get(graduate_id, ()) if k != key and self.themes.get(k) == theme), None)

    def may(self, graduate_id: str, key: str) -> bool:
        """Whether ``graduate_id`` may be invited to the fair ``key``: one of the fairs kept for
        them, another session of a theme kept for them that they are not yet invited to, or a
        further one while the kept and taken ones leave room."""
        kept = set(self.reserved.get(graduate_id, ())) | self.taken[graduate_id]
        return key in kept or len(kept) < self.limit or self._swappable(graduate_id, key) is not None

    def take(self, graduate_id: str, key: str) -> None:
        if key not in self.reserved.get(graduate_id, ()) and (instead := self._swappable(graduate_id, key)):
            kept = self.reserved[graduate_id]
            kept[kept.index(instead)] = key
        self.taken[graduate_id].add(key)

    def snapshot(self) -> tuple:
        """The record as it stands, for ``restore``: ``matching.fair_fill`` invites a theme's parts
        again with one part fewer and must not keep what the attempt took or refused."""
        return ({g: list(keys) for g, keys in self.reserved.items()}, {g: set(keys) for g, keys in self.taken.items()},
                set(self.refused))

    def restore(self, state: tuple) -> None:
        reserved, taken, refused = state
        self.reserved = {g: list(keys) for g, keys in reserved.items()}
        self.taken = defaultdict(set, {g: set(keys) for g, keys in taken.items()})
        self.refused = set(refused)

    def refuse(self, graduate_id: str, key: str) -> None:
        self.refused.add((graduate_id, key))

    def kept(self, graduate_id: str) -> str:
        """The fairs kept for ``graduate_id``, each title quoted, as titles hold 、 themselves
        (「党政机关专场（之十）」「住宿和餐饮业、旅游业专场」)."""
        return "".join(f"「{self.titles[key]}」" for key in self.reserved.get(graduate_id, ()))

    def why(self, graduate_id: str) -> str:
        """Why a further fair is not offered to ``graduate_id``, for their 未受邀 row."""
        # Not "fairs holding posts they rank higher": a kept theme's best post may sit in a full part,
        # so the session they attend can hold a post they rank lower than this theme's best.
        return (f"已受邀参加 {len(self.reserved.get(graduate_id, ()))} 场招聘会（{self.kept(graduate_id)}），"
                f"每位毕业生最多受邀 {self.limit} 场，按其在各主题中推荐名次最靠前的岗位保留")


_KEPT = re.compile(r"已受邀参加 \d+ 场招聘会（(?:「[^」]+」)+）")
_SESSION = re.compile(r"（之[^）]+）$")  # a part's number in a fair's title: 「教育专场（之五）」


def restated(reason: str, attending: Sequence[str], *, limit: int) -> str:
    """``reason`` with the fairs ``GraduateCap.why`` named replaced by ``attending``, the titles of the fairs the
    graduate attends in the final plan. ``why`` is said while the capped plan is made and knows the kept fairs by
    the first plan's titles: a theme held there in fewer parts renumbers them (gkld by industry: 「教育专场（之五）」
    for 之四: 12 of 15 such reasons named a fair the graduate does not attend). A kept fair the final plan does
    not invite them to is said so, not counted (``limit``: fairs a graduate)."""
    def shown(said: re.Match) -> str:
        # Best first as named: a fair where its theme's fair stood (之五 held as 之四), the others after in plan order.
        named = [_SESSION.sub("", title) for title in re.findall(r"「([^」]+)」", said.group(0))]
        titles = "".join(f"「{title}」" for title in sorted(
            attending, key=lambda t: named.index(_SESSION.sub("", t)) if _SESSION.sub("", t) in named else len(named)))
        short = f"，为其保留的另 {limit - len(attending)} 场最终未邀请其参加" if len(attending) < limit else ""
        return f"已受邀参加 {len(attending)} 场招聘会（{titles}）{short}"
    return _KEPT.sub(shown, reason)


def cap_left(fairs: Sequence[Fair], first: Sequence[Fair]) -> set[tuple[str, str]]:
    """(Fair key, job id) of the posts of ``fairs`` with no guest who may apply that had one in
    ``first``, the plan made without the cap: the cap took their guests."""
    had = {(f.key, p.job_id) for f in first for p in f.positions if p.graduates}
    return {(f.key, p.job_id) for f in fairs for p in f.positions if not p.graduates and (f.key, p.job_id) in had}


def capped_notes(fairs: Sequence[Fair], first: Sequence[Fair], uninvited: Sequence[UninvitedGraduate],
                 cap: GraduateCap, counts: BareCounts | None = None) -> tuple[tuple[Fair, ...], list[str]]:
    """(``fairs`` with each capped graduate's record saying which further themes were not offered,
    the plan's notes on the cap): how many invitations it saved, whom it turned away from a theme,
    the posts left with no guest who may apply (they stay in their fair: the employer came for its
    other posts, and the organiser may invite someone by hand). No one is invited over the cap: a part
    it would leave short is not held (``matching.fair_fill``). ``first``: the plan made without the cap. ``counts``: what became of
    each graduate suggested a post, so that a post's reason says 「都已受邀满 4 场」 only when it holds for
    every one of them and counts them otherwise (``BareCounts.told``)."""
    turned: dict[str, list[str]] = defaultdict(list)
    for u in uninvited:
        if u.kind is UninvitedKind.GRADUATE_CAP:
            turned[u.graduate_id].append(u.theme)

    def said(entry):
        themes = turned.get(entry.graduate_id)
        if not themes:
            return entry
        return replace(entry, reason=entry.reason + f"；另有 {len(themes)} 个主题（{''.join(f'「{t}」' for t in themes[:3])}"
                       f"{'等' if len(themes) > 3 else ''}）的招聘会有其可报考的岗位，每位毕业生最多受邀 {cap.limit} 场，"
                       f"未邀请（见「未受邀毕业生」）")

    left = cap_left(fairs, first)
    bare = [p.job_id for f in fairs for p in f.positions if (f.key, p.job_id) in left]
    # Of each such post, how many of its applicants the cap kept and how many there are: the note says 「都」 only
    # of posts where the cap kept every one (review: it said so of all, though most also had others).
    kept = {p.job_id: counts.counts(f, n, p.job_id) for n, f in enumerate(fairs) for p in f.positions
            if (f.key, p.job_id) in left} if counts is not None else {}
    alone = CAP.format(limit=cap.limit)

    def shown(n, fair, position):
        if (fair.key, position.job_id) not in left:
            return position
        return replace(position, reason=position.reason + (
            counts.told(fair, n, position.job_id, "cap") if counts is not None else alone))

    fairs = tuple(replace(f, graduates=tuple(said(g) for g in f.graduates),
                          positions=tuple(shown(n, f, p) for p in f.positions)) for n, f in enumerate(fairs))
    before = sum(len(f.graduates) for f in first)
    after = sum(len(f.graduates) for f in fairs)
    # Not ``counts`` (the parameter the closures above read): invitations per graduate in the uncapped plan.
    invited: dict[str, int] = defaultdict(int)
    for f in first:
        for g in f.graduates:
            invited[g.graduate_id] += 1
    over = sum(n > cap.limit for n in invited.values())
    notes = [f"每位毕业生最多受邀 {cap.limit} 场，邀请其推荐名次最靠前的岗位所在的招聘会：{over} 位毕业生原可受邀超过 {cap.limit} 场，"
             f"邀请共 {before} 人次 → {after} 人次"
             + (f"；{sum(map(len, turned.values()))} 人次因此未受邀参加所属主题的招聘会（见「未受邀毕业生」）" if turned else "")]
    if bare:
        notes.append(_bare_note(bare, kept, cap.limit))
    return fairs, notes


def _bare_note(bare: Sequence[str], kept: Mapping[str, tuple[int, dict[str, int]]], limit: int) -> str:
    """The note on the posts the cap left with no guest (``bare``, job ids): 「都已受邀满」 when the cap kept every
    applicant of each (or they are not counted: ``kept`` empty); else of the posts where it kept one or more
    (「37 个岗位有可报考者已受邀满 4 场（其中 25 个岗位的可报考者都已受邀满 4 场）」), and how many it kept none of."""
    ids = f"{'、'.join(bare[:10])}{'等' if len(bare) > 10 else ''}"
    tail = f"在所在招聘会中没有受邀者可报考，仍列入（单位为其他岗位参加，组织者可另行邀请）：{ids}"
    every = sum(1 for j in bare if j not in kept or kept[j][1]["cap"] == kept[j][0])
    if every == len(bare):
        return f"{len(bare)} 个岗位的可报考者都已受邀满 {limit} 场，{tail}"
    some = sum(1 for j in bare if j in kept and kept[j][1]["cap"])
    said = f"{some} 个岗位有可报考者已受邀满 {limit} 场" + (f"（其中 {every} 个岗位的可报考者都已受邀满 {limit} 场）" if every else "")
    if some < len(bare):  # not seen on Henan or gkld: a guest of the uncapped plan went to another part instead
        said += f"、{len(bare) - some} 个岗位的可报考者都不是因此未受邀（各岗位理由中逐人说明）"
    return f"{said}，{tail}"
