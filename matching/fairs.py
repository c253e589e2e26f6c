"""Small specialised fairs (行业化、专业化、小型化招聘活动): which employers, positions and
graduates belong together.

A fair is themed by an industry (``FairBy.INDUSTRY``: the job's 行业, else its 职位类别 when
that names a field of work, not a post's nature or grade such as 普通职位, else the public-sector
system its employer's name or title tells, ``features.sectors``) or by
an undergraduate major class (``FairBy.MAJOR``, 4-digit catalog class such as 1202 工商管理类).
A position joins the class fairs its explicit major list names (the same parsed list the
pre-filter and the rules read, ``matching.eligibility.MajorLists``; its preferred majors when
it requires none; its 研究生 or 专科 majors placed as graduates' are); a position whose list
names no class joins the classes the learned major-fit model (``matching.major_fit``) gives
at least ``FairLimits.min_fit``, else, of the model's weaker guesses, the class most of the
graduates it was suggested to lie in. Graduates are not judged again here: a graduate belongs to
a fair when the ranker's own suggestions for them (``GraduateSuggestions``, eligible or
needs review) include one of its positions and, for a class fair, their major lies in the
class (a major outside the catalog placed there by ``Ranker.approximate_major``), or, for an
industry fair, one of the industry's positions is among their ``max_rank`` best suggestions or
their stated industries name the industry. A graduate eligible only for jobs outside their top-k
suggestions is not seen, which keeps the fair to the jobs the ranker finds most relevant; a
position none of its theme's graduates may apply for is left out (an employer is invited for
the graduates who come).

Themes with too few positions or graduates are merged with the next small classes of their 门类
in catalog order until large enough (class fairs; in a merged fair each position stays for its
own classes' graduates) or dropped (industry fairs, and classes no merge saves); large themes
are split into parts of at most ``max_employers`` employers and ``max_positions`` positions,
whole employers at a time in order of place (neighbouring places together:
``matching.fair_parts``; a post stating none by the place its names say, ``Job.ranking_location``) and name, an employer with more positions than a fair holds keeping
its positions most graduates can apply for; each part is held to the minimums of a whole fair,
a short one merged into or topped up from a neighbour
(``matching.fair_mending``), or reported, no more parts held than its graduates can fill within the
cap on fairs a graduate (``matching.fair_fill``), then an employer moved to a part of its city where that keeps
one graduate's posts together (``matching.fair_cuts``); a theme whose posts fit one fair
but whose graduates do not is held as more sessions when its employers can make them
(``matching.fair_sessions``); who of a theme may come is ``matching.fair_audience``'s, whom each part invites
``matching.fair_invitations``'s, a post left with no guest moved to a part where its applicant is
(``matching.fair_cover``). Every step is written to ``FairPlan.notes``, and
every position no fair holds to ``FairPlan.unplaced`` with the reason for each theme it joined
(``matching.fair_unplaced``). The plan's records are ``matching.fair_records``'s, importable from here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence

from sklearn.utils.validation import check_is_fitted

from features.records import Graduate, Job
from matching.deadlines import job_closed, job_closed_reason
from matching.fair_absentees import absent_graduates
from matching.fair_audience import theme_audience
from matching.fair_bare_counts import BareCounts
from matching.fair_caps import GraduateCap, cap_left, capped_notes
from matching.fair_cover import cover_bare, why_left
from matching.fair_cuts import area, moved_note, regroup
from matching.fair_fill import best_ranks, hold_fillable, unfilled
from matching.fair_invitations import full_notes
from matching.fair_limits import FairLimits
from matching.fair_mending import lacking, mend
from matching.fair_parts import fair_name, pack, place_order
from matching.fair_records import (  # callers import the plan's records from here too
    DroppedTheme, Fair, FairBy, FairGraduate, FairPlan, FairPosition, UninvitedGraduate, UnplacedKind,
    fair_key)
from matching.fair_sessions import sessions
from matching.fair_themes import (Theme, ThemeLink, audience_votes, class_themes, classes_by_audience, graduate_class,
                                  industry_themes, merge_themes, requirement_basis)
from matching.fair_unplaced import NOT_SUGGESTED, unattended_note, unplaced_positions
from matching.results import GraduateSuggestions, Suggestion


def position_themes(ranker, *, by: FairBy | str, limits: FairLimits = FairLimits()) -> dict[str, tuple[ThemeLink, ...]]:
    """Job id → the themes its position joins (empty: none), from a fitted ``Ranker``."""
    if FairBy(by) is FairBy.INDUSTRY:
        return industry_themes(ranker)
    return class_themes(ranker, min_fit=limits.min_fit, max_classes=limits.max_classes)


# --------------------------------------------------------------------------- planning


def plan_fairs(ranker, graduates: Sequence[Graduate], results: Sequence[GraduateSuggestions], *, by: FairBy | str,
               limits: FairLimits = FairLimits(), day: dt.date | None = None) -> FairPlan:
    """Propose small fairs from a fitted ``Ranker`` and its suggestions for ``graduates``
    (``results``, any order; results of unknown graduates and suggestions of jobs no
    longer in the ranker are ignored). Deterministic: the input order changes nothing.
    ``day``: the planning day (default: the day the ranker's rules engine judges on); a post
    closed on it (``matching.deadlines.job_closed``: past its 报名截止日期, or of a season long
    past) joins no theme and is listed unplaced with that reason."""
    check_is_fitted(ranker, "index_")
    by = FairBy(by)
    jobs = {job.id: job for job in ranker.index_.jobs}
    day = day if day is not None else getattr(ranker.checker, "reference_date", None)
    closed = {j for j, job in jobs.items() if day is not None and job_closed(job, day)}
    people = {g.id: g for g in graduates}
    offers: dict[str, list[Suggestion]] = {}
    for result in results:
        if result.graduate_id in people:
            offers[result.graduate_id] = sorted((s for s in result.suggestions if s.job_id in jobs), key=lambda s: (s.rank, s.job_id))
    classes = {g.id: graduate_class(ranker, g) for g in graduates} if by is FairBy.MAJOR else {}
    planner = _Planner(by=by, limits=limits, jobs=jobs, people=people, offers=offers, classes=classes)

    themes: dict[str, Theme] = {}
    links = {j: found for j, found in position_themes(ranker, by=by, limits=limits).items() if j not in closed}
    votes = {}
    if by is FairBy.MAJOR:
        left = [j for j, found in links.items() if not found]
        links.update(classes_by_audience(ranker, left, offers, classes, min_fit=limits.min_fit,
                                         max_classes=limits.max_classes))
        votes = audience_votes(ranker, left, offers, classes, min_fit=limits.min_fit)
    for job_id in sorted(links):
        for link in links[job_id]:
            theme = themes.get(link.key)
            if theme is None:
                shown = f"{link.key} {link.name}" if by is FairBy.MAJOR else link.name
                theme = themes[link.key] = Theme(link.key, shown, link.name)
            theme.positions[job_id] = link.reason
            theme.accepts[job_id] = frozenset({link.key})
    unthemed = tuple(sorted(j for j, found in links.items() if not found))
    for key in sorted(themes):
        if planner.keep_attended(themes[key]):
            planner.consider(themes[key])
    planner.merge_small(ranker.catalog)
    fairs = planner.build()
    notes = list(planner.notes)
    held = {t.theme: t for t in planner.held}
    fairs, said = cover_bare(fairs, held, limits=limits, audience=planner.audience)
    notes += said
    # What became of each graduate suggested a post with no guest, so that its reason counts them
    # (「3 位中，2 位因本场已满…，1 位已受邀参加本主题的其他场」) rather than saying one cause of all.
    counts = BareCounts.of(fairs, held, limits=limits, audience=planner.audience, uninvited=planner.uninvited,
                           suggested=planner.suggested)
    explained = set()  # posts with no guest the cap's note names
    if planner.graduate_cap is not None:
        fairs, said = capped_notes(fairs, planner.first_fairs, planner.uninvited, planner.graduate_cap, counts)
        notes += said
        explained = cap_left(fairs, planner.first_fairs)
    fairs, said = full_notes(fairs, limits=limits, explained=explained, counts=counts)
    notes += said
    fairs, said = why_left(fairs, held, limits=limits, audience=planner.audience, explained=explained, counts=counts)
    notes += said
    why = ("未注明行业，职位类别只说明岗位性质或等级（如普通职位、专业技术岗位），单位名称、上级单位和职位名称也看不出所属系统"
           if by is FairBy.INDUSTRY else
           "未列专业要求、专业不限或所列专业不属本科专业类，模型估计的匹配程度都不足以归入专业类，"
           "推荐此岗位的毕业生也未集中在模型所估的专业类")
    if unthemed:
        notes.append(f"{len(unthemed)} 个岗位{why}，未归入任何招聘会")
    for job_id in sorted(closed):
        planner.lost[job_id].append(("", UnplacedKind.CLOSED, job_closed_reason(jobs[job_id])))
    if closed:
        notes.append(f"{len(closed)} 个岗位报名已截止，未列入招聘会")
    if by is FairBy.MAJOR:
        for job_id in unthemed:
            # Worded as a placed post's reason is (``requirement_basis``): none, 不限, or a list no class holds.
            basis = requirement_basis(ranker.majors_.requirement(jobs[job_id]))
            planner.lost[job_id].append(("", UnplacedKind.NO_THEME, f"{basis}，模型估计的匹配程度都不足以归入专业类；" + (
                NOT_SUGGESTED if not planner.suggested[job_id] else votes[job_id].shortfall(ranker.catalog) if job_id in votes
                else f"推荐此岗位的 {planner.suggested[job_id]} 位毕业生不足以归入专业类")))
    placed = {p.job_id for fair in fairs for p in fair.positions}
    unplaced = unplaced_positions(jobs, placed, planner.lost, why)
    if note := unattended_note(unplaced):
        notes.append(note)
    if full := [u for u in planner.uninvited if not (u.graduate_cap or u.theme_not_held)]:
        invited = {g.graduate_id for fair in fairs for g in fair.graduates}
        nowhere = {u.graduate_id for u in full} - invited
        notes.append(f"每场最多邀请 {limits.max_graduates} 位毕业生：{len(full)} 人次未受邀参加所属主题的招聘会"
                     f"（见「未受邀毕业生」）" + (f"，其中 {len(nowhere)} 位毕业生未受邀参加任何招聘会" if nowhere else
                                           "，他们都受邀参加了其他主题的招聘会"))
    if by is FairBy.MAJOR and (unclassed := sum(1 for link in classes.values() if link is None)):
        notes.append(f"{unclassed} 位毕业生的专业未能归入本科专业类，未列入专业化招聘会")
    absent = absent_graduates(by=by, max_rank=limits.max_rank, people=people, offers=offers, classes=classes,
                              fairs=fairs, dropped=planner.dropped, unplaced=unplaced, uninvited=planner.uninvited)
    if absent:
        notes.append(f"{len(absent)} 位毕业生未受邀参加任何招聘会，逐人说明原因（见「未列入招聘会的毕业生」）")
    return FairPlan(by=by, limits=limits, fairs=fairs, dropped=tuple(planner.dropped), notes=tuple(notes),
                    unthemed_positions=unthemed, positions_total=len(jobs), graduates_total=len(people),
                    unplaced=unplaced, uninvited=tuple(sorted(planner.uninvited, key=lambda u: (u.theme, u.graduate_id))),
                    absent=absent)


class _Planner:
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
        return self._build()

    def _build(self) -> tuple[Fair, ...]:
        """The fairs, largest theme first (most graduates over all its parts, then most
        positions, then key), a split theme's parts together in their own order (by place,
        之一 before 之二), so that the order shown and the parts' numbers agree: a larger 之三
        listed before 之一 would read as a numbering error."""
        themes = [parts for theme in sorted(self.held, key=lambda t: t.key) if (parts := self._split(theme))]
        themes.sort(key=lambda parts: (-len({g.graduate_id for f in parts for g in f.graduates}),
                                       -sum(len(f.positions) for f in parts), parts[0].key))
        return tuple(f for parts in themes for f in parts)

    def _split(self, theme: Theme) -> list[Fair]:
        limits = self.limits
        audience = self.audience(theme, theme.positions)
        demand = defaultdict(int)
        for graduate in audience:
            for job_id in graduate.job_ids:
                demand[job_id] += 1
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
        moved_at = None  # (where in the notes, the employers regroup moved)
        if len(packed) > 1:
            over = [f"{n} {what}多于每场上限 {cap} {unit}" for n, cap, what, unit in (
                (sum(len(ids) for _, _, ids in groups), limits.max_positions, "个岗位", "个"),
                (len(groups), limits.max_employers, "家单位", "家")) if n > cap]
            self.notes.append(f"{theme.theme}：{'、'.join(over)}，按地点分为 {len(packed)} 场")
            packed, said = mend(theme, packed, limits=limits, audience=self.audience)
            self.notes += said
            applicants = defaultdict(set)  # job id → the theme's graduates who may apply for it
            for graduate in audience:
                for job_id in graduate.job_ids:
                    applicants[job_id].add(graduate.graduate_id)
            packed, moved = regroup(packed, {e: area(place[2]) for place, e, _ in groups}, applicants, self.ranks,
                                    limits=limits)
            if moved:  # said once the parts that stay are numbered, naming the fair each employer joined
                moved_at = (len(self.notes), moved)
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
        if moved_at is not None:  # the fairs in plan order, each one's employers in the order they moved
            where = {e: n for n, part in enumerate(packed) for e, _ in part}
            name = {n: fair_name(theme.short, kept, len(parts)) if isinstance(kept, int) else kept
                    for n, kept in part_names.items()}
            moved = sorted(dict.fromkeys(moved_at[1]), key=where.__getitem__)
            self.notes.insert(moved_at[0], moved_note(theme.theme, {e: name[where[e]] for e in moved}))
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
