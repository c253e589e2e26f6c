"""Who of a theme's graduates may come to a fair (``matching.fairs``): those the ranker suggested one
of its posts, by class or industry, with the line saying why each is invited."""

from __future__ import annotations

from collections.abc import Mapping

from features.records import Graduate, Job
from features.vocabulary import names_industry
from matching.fair_limits import FairLimits
from matching.fair_records import FairBy, FairGraduate
from matching.fair_themes import Theme, ThemeLink
from matching.results import Suggestion
from matching.verdict import Status


def theme_audience(theme: Theme, positions: Mapping[str, str] | set[str], *, by: FairBy, limits: FairLimits,
                   jobs: Mapping[str, Job], people: Mapping[str, Graduate], offers: Mapping[str, list[Suggestion]],
                   classes: Mapping[str, ThemeLink | None]) -> list[FairGraduate]:
    """The graduates of ``theme`` who may apply for one of ``positions`` (all of the
    theme's, or one part's), most positions first. Who belongs to an industry theme is
    decided on the whole theme, so that every part of a split theme keeps the graduates
    of its positions."""
    out = []
    for graduate_id in sorted(offers):
        hits = [s for s in offers[graduate_id] if s.job_id in positions]
        if by is FairBy.MAJOR:
            # Only the positions of the graduate's own class: in a merged fair, a position
            # of 0201 经济学类 is not one for a 0203 金融学类 graduate.
            link = classes.get(graduate_id)
            hits = [s for s in hits if link is not None and link.key in theme.accepts[s.job_id]]
            if not hits:
                continue
            why = link.reason
        else:
            if not hits:
                continue
            wished = [w for w in people[graduate_id].preferences.industries if w and names_industry(w, theme.short)]
            best = next(s.rank for s in offers[graduate_id] if s.job_id in theme.positions)
            if not wished and best > limits.max_rank:
                continue
            why = (f"意向行业：{wished[0]}" if wished else f"本场岗位在其推荐中排第 {best} 位" if best == hits[0].rank
                   else f"本场岗位在其推荐中排第 {hits[0].rank} 位（{theme.short}岗位最高排第 {best} 位）")
        review = sum(s.status is Status.NEEDS_REVIEW for s in hits)
        first = jobs[hits[0].job_id]
        where = f"{first.title}（{first.employer}）" if first.employer else first.title
        more = f"等 {len(hits)} 个岗位" if len(hits) > 1 else ""
        pending = "" if not review else "，待核实" if len(hits) == 1 else "，均待核实" if review == len(hits) else \
            f"，其中 {review} 个待核实"
        status = Status.NEEDS_REVIEW if review == len(hits) else Status.ELIGIBLE
        out.append(FairGraduate(graduate_id, tuple(s.job_id for s in hits), status,
                                f"{why}；可报考 {where}{more}{pending}"))
    out.sort(key=lambda g: (-len(g.job_ids), g.graduate_id))
    return out
