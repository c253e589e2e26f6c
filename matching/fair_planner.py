"""The themes of a fair plan made into fairs (``matching.fairs.plan_fairs`` runs it): which themes are
held, merged (small classes of one 门类) or dropped, and each held theme cut into parts by place
(``matching.fair_parts.cut_by_place``: one city a part where the minimums allow), mended, regrouped,
filled within the cap on fairs a graduate and numbered. Every step writes its note, every post it
leaves out its reason (``Planner.lost``), every graduate it turns away a 未受邀 row."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from features.records import Graduate, Job
from matching.fair_audience import theme_audience
from matching.fair_caps import GraduateCap, restated
from matching.fair_cuts import area, moved_note, regroup
from matching.fair_fill import best_ranks, hold_fillable, unfilled
from matching.fair_limits import FairLimits
from matching.fair_mending import Parts, lacking, mend
from matching.fair_parts import cut_by_place, fair_name, pack, place_order
from matching.fair_records import (DroppedTheme, Fair, FairBy, FairGraduate, FairPosition, UninvitedGraduate,
                                   UnplacedKind, fair_key)
from matching.fair_sessions import sessions
from matching.fair_split_cities import shown_part, split_city_notes
from matching.fair_spread import Minimums
from matching.fair_themes import Theme, ThemeLink, merge_themes
from matching.fair_unplaced import NOT_SUGGESTED
from matching.results import Suggestion


class Planner:
    def __init__(self, *, by: FairBy, limits: FairLimits, jobs: Mapping[str, Job], people: Mapping[str, Graduate],
                 offers: Mapping[str, list[Suggestion]], classes: Mapping[str, ThemeLink | None]):
        self.by, self.limits, self.jobs, self.people, self.offers, self.classes = by, limits, jobs, people, offers, classes
        self.held: list[Theme] = []
        self.small: list[tuple[Theme, str]] = []
        self.dropped: list[DroppedTheme] = []
        self.notes: list[str] = []
        self.uninvited: list[UninvitedGraduate] = []
        self.graduate_cap: GraduateCap | None = None  # set when a first plan asks someone to too many fairs
        self.first_fairs: tuple[Fair, ...] = ()  # that first plan, for the cap's notes
        # graduate → theme → the best rank of a post of the theme they may apply for, over all its
        # parts (not only the one the first plan invited them to), for the cap's choice
        self.theme_best: dict[str, dict[str, int]] = defaultdict(dict)
        self.ranks = {g: {s.job_id: s.rank for s in found} for g, found in offers.items()}  # graduate → job → rank
        self.attended: set[str] = set()  # positions some graduate of their theme may apply for
        self.unattended: set[str] = set()  # positions of a theme that no graduate of it may apply for
        # job id → (theme, kind, why it does not hold it)
        self.lost: dict[str, list[tuple[str, UnplacedKind, str]]] = defaultdict(list)
        self.suggested: dict[str, int] = defaultdict(int)  # job id → graduates it was suggested to
        for suggestions in offers.values():
            for suggestion in suggestions:
                self.suggested[suggestion.job_id] += 1

    def audience(self, theme: Theme, positions: Mapping[str, str] | set[str]) -> list[FairGraduate]:
        """The graduates of ``theme`` who may apply for one of ``positions`` (``theme_audience``)."""
        return theme_audience(theme, positions, by=self.by, limits=self.limits, jobs=self.jobs, people=self.people,
                              offers=self.offers, classes=self.classes)

    def keep_attended(self, theme: Theme) -> bool:
        """Leave out of ``theme`` the positions none of its graduates may apply for (a fair
        invites an employer for the graduates who attend); ``False`` when none is left. A
        position's graduates do not depend on the theme's other positions, so this changes
        no one's place."""
        attended = {j for g in self.audience(theme, theme.positions) for j in g.job_ids}
        self.attended |= attended
        self.unattended |= set(theme.positions) - attended
        for job_id in sorted(set(theme.positions) - attended):
            n = self.suggested[job_id]
            self.lost[job_id].append((theme.theme, UnplacedKind.OTHER_THEME if n else UnplacedKind.NOT_SUGGESTED,
                                      NOT_SUGGESTED if not n else (
                f"推荐此岗位的 {n} 位毕业生{'都' if n > 1 else ''}不属于本场"
                + ("专业类" if self.by is FairBy.MAJOR else
                   f"（本行业岗位不在其推荐前 {self.limits.max_rank} 位，也未将本行业列为意向）"))))
        theme.positions = {j: why for j, why in theme.positions.items() if j in attended}
        theme.accepts = {j: keys for j, keys in theme.accepts.items() if j in attended}
        return bool(theme.positions)

    def _shortfall(self, theme: Theme, graduates: int) -> str | None:
        return lacking(len(theme.positions), graduates, limits=self.limits)

    def consider(self, theme: Theme) -> None:
        short = self._shortfall(theme, len(self.audience(theme, theme.positions)))
        if short is None:
            self.held.append(theme)
        elif self.by is FairBy.MAJOR:
            self.small.append((theme, short))
        else:
            self._drop(theme, short)

    def _drop(self, theme: Theme, reason: str) -> None:
        graduates = len(self.audience(theme, theme.positions))
        self.dropped.append(DroppedTheme(theme.theme, len(theme.positions), graduates, reason))
        self.notes.append(f"{theme.theme}：{reason}，不单独举办")
        for job_id in theme.positions:
            self.lost[job_id].append((theme.theme, UnplacedKind.TOO_SMALL, f"规模不足（{reason}），不单独举办"))

    def merge_small(self, catalog) -> None:
        """Class themes too small alone are merged with the next small classes of their 门类,
        in catalog order (neighbouring classes are related: 0805 能源动力类, 0806 电气类), just
        until the group is large enough; what is left joins the category's last group."""
        by_category: dict[str, list[tuple[Theme, str]]] = defaultdict(list)
        for theme, short in self.small:
            by_category[theme.key[:2]].append((theme, short))
        for category in sorted(by_category):
            name = catalog.categories.get(category, category)
            groups: list[list[tuple[Theme, str]]] = []
            current: list[tuple[Theme, str]] = []
            for item in sorted(by_category[category], key=lambda item: item[0].key):
                current.append(item)
                merged = merge_themes(current, name)
                if len(current) > 1 and self._shortfall(merged, len(self.audience(merged, merged.positions))) is None:
                    groups.append(current)
                    current = []
            if current and groups:
                groups[-1] += current
            elif current:
                merged = merge_themes(current, name)
                short = self._shortfall(merged, len(self.audience(merged, merged.positions)))
                for theme, own in current:
                    why = f"；与同门类的专业类合并后仍不足（{short}）" if len(current) > 1 else ""
                    self._drop(theme, own + why)
            for group in groups:
                self.held.append(merge_themes(group, name))
                self.notes.append(f"{'、'.join(t.theme for t, _ in group)} 单独规模不足，合并为一场{name}招聘会")

    def build(self) -> tuple[Fair, ...]:
        """The fairs (``_build``), made again under a ``GraduateCap`` when the first plan asks a
        graduate to more than ``max_fairs_per_graduate``: the cap needs every fair a graduate could
        go to, over all themes, before it can keep the ones holding the posts they rank best. The
        second plan starts from the state the first did (its notes and lists are not kept)."""
        saved = (list(self.notes), list(self.dropped), list(self.uninvited), {j: list(v) for j, v in self.lost.items()})
        fairs = self._build()
        self.graduate_cap = GraduateCap.of(fairs, limit=self.limits.max_fairs_per_graduate, ranks=self.ranks,
                                           theme_best=self.theme_best)
        if self.graduate_cap is None:
            return fairs
        self.first_fairs = fairs
        self.notes, self.dropped, self.uninvited = saved[0], saved[1], saved[2]
        self.lost = defaultdict(list, saved[3])
        fairs = self._build()
        # The cap's reasons name the kept fairs by the first plan's titles (``GraduateCap.why``); say the final ones.
        attending: dict[str, list[str]] = defaultdict(list)
        for fair in fairs:
            for guest in fair.graduates:
                attending[guest.graduate_id].append(fair.title)
        limit = self.limits.max_fairs_per_graduate

        def said(entry):  # an UninvitedGraduate or a FairGraduate
            return replace(entry, reason=restated(entry.reason, attending[entry.graduate_id], limit=limit))

        self.uninvited = [said(u) for u in self.uninvited]
        return tuple(replace(f, graduates=tuple(said(g) for g in f.graduates)) for f in fairs)

    def _build(self) -> tuple[Fair, ...]:
        """The fairs, largest theme first (most graduates over all its parts, then most
        positions, then key), a split theme's parts together in their own order (by place,
        之一 before 之二), so that the order shown and the parts' numbers agree: a larger 之三
        listed before 之一 would read as a numbering error."""
        themes = [parts for theme in sorted(self.held, key=lambda t: t.key) if (parts := self._split(theme))]
        themes.sort(key=lambda parts: (-len({g.graduate_id for f in parts for g in f.graduates}),
                                       -sum(len(f.positions) for f in parts), parts[0].key))
        return tuple(f for parts in themes for f in parts)

    def _cut(self, groups: list[tuple[tuple, str, list[str]]], applicants: Mapping[str, set[str]]) -> Parts:
        """``groups`` ((place, employer, job ids) in place order) cut into parts by city (``cut_by_place``):
        the cities in the order of their first place, those with no known place last, the order the cut
        falls back on where laying the cities out by geography does no better; ``applicants`` (job id →
        the theme's graduates who may apply for it) tell the cut which parts would fall short of
        ``min_graduates``."""
        cities = [(area(place[2]), employer, ids) for place, employer, ids in groups]
        first: dict[str, int] = {}
        for n, (city, _, _) in enumerate(cities):
            first.setdefault(city, n)
        cities.sort(key=lambda c: (c[0] == "", first[c[0]]))  # stable: place order within a city
        minimums = Minimums(self.limits.min_positions, self.limits.min_graduates, applicants)
        return cut_by_place(cities, max_employers=self.limits.max_employers, max_positions=self.limits.max_positions,
                            minimums=minimums)

    def _split(self, theme: Theme) -> list[Fair]:
        limits = self.limits
        audience = self.audience(theme, theme.positions)
        demand = defaultdict(int)
        applicants = defaultdict(set)  # job id → the theme's graduates who may apply for it
        for graduate in audience:
            for job_id in graduate.job_ids:
                demand[job_id] += 1
                applicants[job_id].add(graduate.graduate_id)
        employers: dict[str, list[str]] = defaultdict(list)
        for job_id in theme.positions:
            employers[self.jobs[job_id].employer or f"（未注明单位：{job_id}）"].append(job_id)
        groups = []
        for employer, ids in employers.items():
            ids.sort(key=lambda j: (-demand[j], j))
            if len(ids) > limits.max_positions:
                self.notes.append(f"{theme.theme}：{employer} 有 {len(ids)} 个岗位，超过每场上限 {limits.max_positions} 个，"
                                  f"保留可报考人数最多的 {limits.max_positions} 个，未列入：{'、'.join(ids[limits.max_positions:])}")
                for job_id in ids[limits.max_positions:]:
                    self.lost[job_id].append((theme.theme, UnplacedKind.EMPLOYER_CAP, f"{employer} 的岗位多于每场上限 {limits.max_positions} 个，"
                                                           f"本岗位可报考人数（{demand[job_id]} 人）较少，未列入"))
                ids = ids[:limits.max_positions]
            # The place the names say when the table states none (Henan's table has no location
            # column): a split keeps one city's employers together rather than ordering them by name.
            place = min((place_order(self.jobs[j].ranking_location) for j in ids), default=place_order(None))
            groups.append((place, employer, ids))
        groups.sort(key=lambda g: (g[0], g[1]))
        packed = pack([(e, ids) for _, e, ids in groups], max_employers=limits.max_employers,
                      max_positions=limits.max_positions)
        if len(packed) > 1:  # too large for one fair: cut by city, each city's employers together
            packed = self._cut(groups, applicants)
        said_at = None  # where in the notes those on moved employers and split cities go, once parts are named
        moved: list[str] = []  # the employers regroup moved
        areas = {e: area(place[2]) for place, e, _ in groups}
        if len(packed) > 1:
            over = [f"{n} {what}多于每场上限 {cap} {unit}" for n, cap, what, unit in (
                (sum(len(ids) for _, _, ids in groups), limits.max_positions, "个岗位", "个"),
                (len(groups), limits.max_employers, "家单位", "家")) if n > cap]
            self.notes.append(f"{theme.theme}：{'、'.join(over)}，按地点分为 {len(packed)} 场")
            packed, said = mend(theme, packed, limits=limits, audience=self.audience)
            self.notes += said
            packed, moved = regroup(packed, areas, applicants, self.ranks, limits=limits)
            said_at = len(self.notes)  # said once the parts that stay are numbered, naming the fair of each employer
        elif len(audience) > limits.max_graduates:
            packed, note = sessions(theme, packed, len(audience), limits=limits, audience=self.audience, ranks=self.ranks)
            self.notes.append(note)
        parts, part_names = [], {}  # packed index → its number among the fairs held, or the label it was dropped under
        for number, part in enumerate(packed, start=1):
            ids = {j for _, jobs in part for j in jobs}
            graduates = self.audience(theme, ids)
            if (short := lacking(len(ids), len(graduates), limits=limits)) is not None:
                label = f"{theme.theme}（第 {number} 部分）" if len(packed) > 1 else theme.theme
                self.dropped.append(DroppedTheme(label, len(ids), len(graduates), short))
                part_names[number - 1] = label
                self.notes.append(f"{label}：{short}，不单独举办")
                for job_id in sorted(ids):
                    self.lost[job_id].append((f"{label}（按地点分场）" if len(packed) > 1 else label,
                                              UnplacedKind.PART_TOO_SMALL, f"{short}，不单独举办"))
                continue
            parts.append((part, graduates))
            part_names[number - 1] = len(parts)
        held, invited, uninvited = hold_fillable(theme, parts, graduates=len(audience), demand=demand, limits=limits,
                                                 ranks=self.ranks, graduate_cap=self.graduate_cap)
        dropped, lost, said, part_names = unfilled(theme, parts, held, part_names, graduates=len(audience),
                                                   split=len(packed) > 1, limits=limits)
        self.dropped, self.notes = self.dropped + dropped, self.notes + said
        for job_id, why in lost:
            self.lost[job_id].append(why)
        parts = [parts[n] for n in held]
        for graduate_id, best in best_ranks(parts, self.ranks).items():
            self.theme_best[graduate_id][theme.theme] = min(best, self.theme_best[graduate_id].get(theme.theme, best))
        if said_at is not None:
            shown = {n: shown_part(theme.theme, n + 1, kept, len(parts), theme.short) for n, kept in part_names.items()}
            # The moved note names a held fair bare (「工商管理类专场（之二）」) and a part not held as the split notes do.
            name = {n: fair_name(theme.short, kept, len(parts)) if isinstance(kept, int) else shown[n]
                    for n, kept in part_names.items()}
            said = split_city_notes(theme.theme, packed, areas, shown, limits=limits,
                                    graduates=lambda ids: len(self.audience(theme, ids)))
            if moved:  # the fairs in plan order, each one's employers in the order they moved
                where = {e: n for n, part in enumerate(packed) for e, _ in part}
                moved = sorted(dict.fromkeys(moved), key=where.__getitem__)
                said.insert(0, moved_note(theme.theme, {e: name[where[e]] for e in moved}))
            self.notes[said_at:said_at] = said
        fairs = []
        self.uninvited += uninvited
        for number, ((part, _), graduates) in enumerate(zip(parts, invited), start=1):
            counts = defaultdict(int)
            for graduate in graduates:
                for job_id in graduate.job_ids:
                    counts[job_id] += 1
            positions = tuple(
                FairPosition.of(self.jobs[j], theme.positions[j], counts[j])
                for _, ids in part for j in ids)
            places = tuple(dict.fromkeys(p.location for p in positions if p.location))
            fairs.append(Fair(self.by, fair_key(theme.key, number, len(parts)), theme.theme,
                              fair_name(theme.short, number, len(parts)), number, len(parts),
                              tuple(e for e, _ in part), places, positions, tuple(graduates)))
        return fairs
