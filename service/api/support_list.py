"""The officers' list of hardship-support graduates (``/officer``, ``GET /api/support``), ordered by
who needs follow-up, and its section of graduates off the list who may claim the 求职创业补贴 and have
not (``GET /api/support/subsidy-unclaimed``).

Split from ``followups`` (the follow-up record itself: writing it, a graduate's history, the report
across graduates), so that each module has one job. Officers only; each call owns its transaction
and audits what it shows, as ``service.api.services`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from features.records import SENSITIVE_GRADUATE_FIELDS, Graduate
from service import audit
from service.api import answers, subsidy_hints, subsidy_verdicts
from service.api import schemas as s
from service.api.caches import VerdictCache
from service.api.matching import Matcher
from service.api.policy_views import PolicyState
from service.api.problems import forbidden
from service.auth import Role, User
from service.storage import follow_ups
from service.storage import repository as repo
from service.storage.models import FollowUpRow


@dataclass(frozen=True, slots=True)
class SupportRow:
    """One line of the officer page: the graduate, their top eligible jobs, where their
    follow-up stands (``None``: none yet), whether an officer has been served their suggestions
    (``follow_ups.recommended``) and the 求职创业补贴 they may claim and have not (``None``: none, or
    no policy list loaded)."""

    graduate: Graduate
    suggestions: list[s.SuggestionPublic]
    state: follow_ups.GraduateState | None
    recommended: bool
    subsidy_hint: subsidy_hints.SubsidyHint | None = None


def as_listed(graduate: Graduate) -> Graduate:
    """``graduate`` holding only the sensitive values the officers' list (``/officer``) shows:
    困难类别 (with its groups), 国家助学贷款 when taken and the phone; not 身份证号, nor a loan not
    taken (the list says nothing of it). The 民族 stays only when it is what shows 少数民族
    (``Graduate.minority_by_ethnicity``: the tag 「少数民族（据民族）」, never the group itself), so that
    the audit names ``ethnicity`` exactly when the list reveals something of it. What is left is
    what the view reads and audits."""
    return replace(graduate, ethnicity=graduate.ethnicity if graduate.minority_by_ethnicity else None,
                   id_number=None, hardship=graduate.hardship or None,
                   student_loan=True if graduate.student_loan else None, phone=graduate.phone or None)


def support_overview(*, session: Session, matcher: Matcher, user: User, offset: int, limit: int, k: int = 3,
                     filters: repo.GraduateFilters = repo.GraduateFilters(),
                     as_shown: Callable[[Graduate], Graduate] | None = None,
                     policies: PolicyState | None = None) -> tuple[list[SupportRow], int]:
    """Hardship-support graduates passing ``filters`` (school, major), those who most need
    follow-up first (the order of ``follow_ups.support_graduates_by_need``), with their top
    eligible jobs. ``as_shown``: the record as the caller shows it (``as_listed`` on the page;
    ``None``: the full record, as the API answers with it); the rows hold that record, so nothing
    else can be shown, and the audit names its sensitive fields that hold a value, with the fields
    the statuses of the jobs shown rest on (a post for 少数民族 listed as open reads 民族) and
    those the 求职创业补贴 hint rests on (``policies``: the loaded list; none, no hints)."""
    if user.role is not Role.OFFICER:
        raise forbidden("只有就业服务专员可以查看困难帮扶名单")
    graduates, total = follow_ups.support_graduates_by_need(session=session, filters=filters, offset=offset,
                                                            limit=limit)
    ids = [g.id for g in graduates]
    states = follow_ups.states(session=session, graduate_ids=ids)
    recommended = follow_ups.recommended(session=session, graduate_ids=ids)
    ranked = matcher.rank_many(graduates, k=k, rejected_k=0)  # on the full records: the same ranking as elsewhere
    hints = _subsidy_hints(graduates, states, policies)  # on the full records too, as on the graduate's page
    if as_shown is not None:
        graduates = [as_shown(g) for g in graduates]
    read = [tuple(f for f in SENSITIVE_GRADUATE_FIELDS
                  if getattr(g, f) is not None or any(f in x.discloses for x in result.suggestions)
                  or (hint is not None and f in hint.discloses))
            for g, result, hint in zip(graduates, ranked, hints)]
    audit.record_disclosures(session=session, user=user, action="read",
                             disclosed=[(g.id, fields) for g, fields in zip(graduates, read)])
    # The page shows each graduate's newest subsidy state (not the notes).
    audit.record_follow_ups(session=session, user=user, shown=("subsidy",),
                            rows=[state.subsidy for state in states.values() if state.subsidy is not None])
    session.commit()
    rows = [SupportRow(graduate, answers.suggestions_public(matcher=matcher, user=user, suggestions=result.suggestions,
                                                            graduate=graduate),
                       states.get(graduate.id), graduate.id in recommended, hint)
            for graduate, result, hint in zip(graduates, ranked, hints)]
    return rows, total


@dataclass(frozen=True, slots=True)
class SubsidyOnlyRow:
    """A graduate off the support list (no hardship category) who may claim the 求职创业补贴 and
    has not, e.g. with only a 国家助学贷款: the officer page lists them below the list."""

    graduate: Graduate
    hint: subsidy_hints.SubsidyHint


#: At most this many of ``subsidy_outside_support`` are shown (and audited) on one page: a table
#: imported without a 困难类别 column leaves every graduate off the list and 待核实 for the subsidy;
#: the school and major filters narrow it.
SUBSIDY_OUTSIDE_SHOWN = 50


def subsidy_outside_support(*, session: Session, user: User, graduates: list[Graduate],
                            filters: repo.GraduateFilters = repo.GraduateFilters(),
                            policies: PolicyState | None = None, offset: int = 0,
                            limit: int = SUBSIDY_OUTSIDE_SHOWN,
                            verdicts: VerdictCache[subsidy_hints.SubsidyHint | None] | None = None,
                            ) -> tuple[list[SubsidyOnlyRow], int]:
    """Of ``graduates`` (all, as the ``GraduateCache`` holds them), those not on the support list
    and passing the list's school/major filter (the same SQL, ``repo.graduate_conditions``: case
    does not matter) whose 求职创业补贴 hint is 符合 or 待核实 with no application recorded; by id,
    ``limit`` from ``offset`` with the count of all. Nothing without a policy list.

    ``verdicts`` keeps each record's verdict for the day and the list (``VerdictCache``): a view
    then judges only the records edited since, instead of every graduate off the list against the
    policies (5,000 synthetic graduates: 253 → 7 ms of a view, ``benchmarks/officer_subsidy_section.py``);
    ``subsidy_verdicts.SubsidyWarmup`` judges them in the background at start-up and on each new day,
    and a view during that warm-up judges what it has not reached (never a partial list).
    The recorded subsidy states are read on every view (one query, two columns; the rows of
    those returned only), so 已申请 takes a graduate off at once. The fields each returned hint rests on (e.g.
    ``student_loan``) and the subsidy states returned are audited as read, those only."""
    if user.role is not Role.OFFICER:
        raise forbidden("只有就业服务专员可以查看困难帮扶名单")
    today = subsidy_verdicts.judging(policies)
    if today is None:
        return [], 0
    outside = subsidy_verdicts.off_list(graduates)
    every = True
    if filters.school or filters.major:
        # The list's own condition (ILIKE), so that 「Python」 finds what 「python」 finds in both.
        passing = set(repo.graduate_ids(session=session, filters=repo.GraduateFilters(
            school=filters.school, major=filters.major, needs_support=False)))
        outside, every = [g for g in outside if g.id in passing], False
    claims = ([today.judge(g) for g in outside] if verdicts is None
              else verdicts.judge(outside, key=today.key, judge=today.judge, every=every))
    recorded = follow_ups.subsidy_states(session=session) if any(claims) else {}
    eligible = []
    for graduate, claim in zip(outside, claims):
        state = recorded.get(graduate.id)
        hint = subsidy_hints.still_unclaimed(claim, state and state.subsidy)
        if hint is not None:
            eligible.append(SubsidyOnlyRow(graduate, hint))
    found = eligible[offset:offset + limit]
    if found:
        audit.record_disclosures(session=session, user=user, action="read",
                                 disclosed=[(r.graduate.id, r.hint.discloses) for r in found])
        audit.record_follow_ups(session=session, user=user, shown=("subsidy",), rows=follow_ups.rows(
            session=session, row_ids=[recorded[r.graduate.id].row_id for r in found if r.hint.recorded is not None]))
        session.commit()
    return found, len(eligible)


def subsidy_unclaimed(*, session: Session, user: User, graduates: list[Graduate], filters: repo.GraduateFilters,
                      policies: PolicyState | None, offset: int, limit: int,
                      verdicts: VerdictCache[subsidy_hints.SubsidyHint | None] | None = None) -> s.Page:
    """The officer page's section of graduates off the support list who may claim the 求职创业补贴
    and have not, through the API (``GET /api/support/subsidy-unclaimed``): a page of them by id,
    each with the hint and only the record's name, school and major (the list shows no more);
    audited as on the page, the rows returned only."""
    rows, total = subsidy_outside_support(session=session, user=user, graduates=graduates, filters=filters,
                                          policies=policies, offset=offset, limit=limit, verdicts=verdicts)
    items = [s.SubsidyUnclaimedEntry(graduate_id=r.graduate.id, name=r.graduate.name, school=r.graduate.school,
                                     major=r.graduate.major, subsidy_hint=_hint_public(r.hint)) for r in rows]
    return s.Page(items=items, total=total, offset=offset, limit=limit)


def _subsidy_hints(graduates: list[Graduate], states: dict[str, follow_ups.GraduateState],
                   policies: PolicyState | None) -> list[subsidy_hints.SubsidyHint | None]:
    found = subsidy_verdicts.subsidy_policies_of(policies)
    if not found:
        return [None] * len(graduates)
    engine = policies.engine.today()
    recorded = {gid: state.subsidy.subsidy for gid, state in states.items() if state.subsidy is not None}
    return [subsidy_hints.unclaimed(engine, g, found, recorded.get(g.id)) for g in graduates]


def _state(row: FollowUpRow | None) -> s.FollowUpStatePublic | None:
    return None if row is None else s.FollowUpStatePublic(at=row.at, job_id=row.job_id, job_title=row.job_title,
                                                          status=row.status, push_id=row.push_id)


def support_queue(*, session: Session, matcher: Matcher, user: User, offset: int, limit: int, k: int,
                  filters: repo.GraduateFilters = repo.GraduateFilters(), policies: PolicyState | None = None) -> s.Page:
    """The officer page's list through the API: hardship-support graduates, those who most
    need follow-up first, each with where it stands and their top ``k`` eligible jobs. Reads
    are audited as on the page (the records, and the subsidy states shown)."""
    rows, total = support_overview(session=session, matcher=matcher, user=user, offset=offset, limit=limit, k=k,
                                   filters=filters, policies=policies)
    items = [s.SupportEntryPublic(
        graduate=s.GraduateFull.of(row.graduate), recommended=row.recommended,
        latest=_state(row.state and row.state.latest), hired=_state(row.state and row.state.hired),
        subsidy=None if row.state is None or row.state.subsidy is None else row.state.subsidy.subsidy,
        suggestions=row.suggestions, subsidy_hint=_hint_public(row.subsidy_hint)) for row in rows]
    return s.Page(items=items, total=total, offset=offset, limit=limit)


def _hint_public(hint: subsidy_hints.SubsidyHint | None) -> s.SubsidyHintPublic | None:
    return None if hint is None else s.SubsidyHintPublic(
        policy_id=hint.policy_id, policy_name=hint.policy_name, status=hint.status.value,
        status_label=hint.status.label, recorded=hint.recorded)
