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
whole employers at a time, each city's together (a post stating none by the place its names say,
``Job.ranking_location``) and near cities side by side, into fewest parts holding fewest cities
(``matching.fair_parts.cut_by_place``; the planner is ``matching.fair_planner``), an employer with more
positions than a fair holds keeping its positions most graduates can apply for; each part is held to the minimums of a whole fair,
a short one merged into or topped up from a neighbour
(``matching.fair_mending``), or reported, no more parts held than its graduates can fill within the
cap on fairs a graduate (``matching.fair_fill``), then an employer moved to a part of its city where that keeps
one graduate's posts together (``matching.fair_cuts``); a theme whose posts fit one fair
but whose graduates do not is held as more sessions when its employers can make them
(``matching.fair_sessions``); who of a theme may come is ``matching.fair_audience``'s, whom each part invites
``matching.fair_invitations``'s, a post left with no guest moved to a part where its applicant is
(``matching.fair_cover``). Posts placed in a class only by whom they were suggested to are at most as many as
its posts that fit it (``matching.fair_evidence``); posts and employers at several fairs are noted
(``matching.fair_shared``). Every step is written to ``FairPlan.notes``, and
every position no fair holds to ``FairPlan.unplaced`` with the reason for each theme it joined
(``matching.fair_unplaced``). The plan's records are ``matching.fair_records``'s, importable from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sklearn.utils.validation import check_is_fitted

from features.records import Graduate
from matching.deadlines import job_closed, job_closed_reason
from matching.fair_absentees import absent_graduates
from matching.fair_bare_counts import BareCounts
from matching.fair_caps import cap_left, capped_notes
from matching.fair_cover import cover_bare, why_left
from matching.fair_evidence import weigh_votes
from matching.fair_invitations import full_notes
from matching.fair_limits import FairLimits
from matching.fair_planner import Planner
from matching.fair_records import (  # callers import the plan's records from here too
    DroppedTheme, Fair, FairBy, FairGraduate, FairPlan, FairPosition, UninvitedGraduate, UninvitedKind, UnplacedKind)
from matching.fair_shared import shared_note
from matching.fair_themes import (Theme, ThemeLink, audience_votes, class_themes, classes_by_audience, graduate_class,
                                  industry_themes, requirement_basis)
from matching.fair_unplaced import NOT_SUGGESTED, unattended_note, unplaced_positions
from matching.results import GraduateSuggestions, Suggestion

__all__ = ["DroppedTheme", "Fair", "FairBy", "FairGraduate", "FairLimits", "FairPlan", "FairPosition",
           "UninvitedGraduate", "UninvitedKind", "UnplacedKind", "plan_fairs", "position_themes"]


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
    planner = Planner(by=by, limits=limits, jobs=jobs, people=people, offers=offers, classes=classes)

    themes: dict[str, Theme] = {}
    links = {j: found for j, found in position_themes(ranker, by=by, limits=limits).items() if j not in closed}
    votes, by_vote = {}, {}
    if by is FairBy.MAJOR:
        left = [j for j, found in links.items() if not found]
        by_vote = classes_by_audience(ranker, left, offers, classes, min_fit=limits.min_fit, max_classes=limits.max_classes)
        links.update(by_vote)
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
    attended = {key: theme for key, theme in sorted(themes.items()) if planner.keep_attended(theme)}
    # A class fair stands on posts that fit the class, not on posts placed only by whom they were suggested to.
    said = weigh_votes(attended, {j: [link.key for link in found] for j, found in by_vote.items()}, votes,
                       planner.lost) if by is FairBy.MAJOR else []
    for key, theme in attended.items():
        if theme.positions:
            planner.consider(theme)
    planner.merge_small(ranker.catalog)
    fairs = planner.build()
    notes = said + list(planner.notes)
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
    if full := [u for u in planner.uninvited if u.kind is UninvitedKind.FAIRS_FULL]:
        invited = {g.graduate_id for fair in fairs for g in fair.graduates}
        nowhere = {u.graduate_id for u in full} - invited
        notes.append(f"每场最多邀请 {limits.max_graduates} 位毕业生：{len(full)} 人次未受邀参加所属主题的招聘会"
                     f"（见「未受邀毕业生」）" + (f"，其中 {len(nowhere)} 位毕业生未受邀参加任何招聘会" if nowhere else
                                           "，他们都受邀参加了其他主题的招聘会"))
    if by is FairBy.MAJOR and (unclassed := sum(1 for link in classes.values() if link is None)):
        notes.append(f"{unclassed} 位毕业生的专业未能归入本科专业类，未列入专业化招聘会")
    if note := shared_note(fairs):
        notes.append(note)
    absent = absent_graduates(by=by, max_rank=limits.max_rank, people=people, offers=offers, classes=classes,
                              fairs=fairs, dropped=planner.dropped, unplaced=unplaced, uninvited=planner.uninvited)
    if absent:
        notes.append(f"{len(absent)} 位毕业生未受邀参加任何招聘会，逐人说明原因（见「未列入招聘会的毕业生」）")
    return FairPlan(by=by, limits=limits, fairs=fairs, dropped=tuple(planner.dropped), notes=tuple(notes),
                    unthemed_positions=unthemed, positions_total=len(jobs), graduates_total=len(people),
                    unplaced=unplaced, uninvited=tuple(sorted(planner.uninvited, key=lambda u: (u.theme, u.graduate_id))),
                    absent=absent)
