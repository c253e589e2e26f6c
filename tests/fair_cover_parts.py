"""Parts of one fair theme built by hand for ``matching.fair_cover.cover_bare`` tests: each guest and
each graduate the audience finds reads 「可报考 N 个岗位」, N the theme's posts they may apply for."""

from __future__ import annotations

from matching.fair_cover import cover_bare
from matching.fair_limits import FairLimits
from matching.fair_records import Fair, FairBy, FairGraduate, FairPosition
from matching.fair_themes import Theme
from matching.verdict import Status

#: (theme key, theme name, post title, post reason) of the 党政机关 theme most tests build.
GOV = ("gov", "党政机关", "科员", "属党政机关系统")
#: The same of an 教育 theme.
EDU = ("edu", "教育", "教师", "属教育系统")

_NUMBERS = "一二三四"


def fair_setup(parts, applies, places=None, *, theme=GOV, **limits):
    """(fairs, themes, limits, audience) for ``cover_bare``. ``parts``: per part, [(employer, [(job id, guests
    here)])] and its guests; ``applies``: graduate → job ids; ``places``: employer → its place (default 郑州市);
    ``limits``: over 2 employers a part, 1 post and 1 graduate at least."""
    key, name, title, reason = theme
    places = places or {}

    def audience(_theme, ids):
        return [FairGraduate(g, tuple(j for j in jobs if j in ids), Status.ELIGIBLE, f"可报考 {sum(j in ids for j in jobs)} 个岗位")
                for g, jobs in applies.items() if any(j in ids for j in jobs)]

    fairs = []
    for n, (employers, guests) in enumerate(parts, 1):
        posts = [FairPosition(j, title, e, places.get(e, "郑州市"), 1, reason, met)
                 for e, jobs in employers for j, met in jobs]
        ids = {p.job_id for p in posts}
        fairs.append(Fair(by=FairBy.INDUSTRY, key=f"{key}-{n}", theme=name, title=f"{name}专场（之{_NUMBERS[n - 1]}）",
                          part=n, parts=len(parts), employers=tuple(e for e, _ in employers),
                          places=tuple(dict.fromkeys(p.location for p in posts)), positions=tuple(posts),
                          graduates=tuple(FairGraduate(g, tuple(j for j in applies[g] if j in ids), Status.ELIGIBLE,
                                                       f"可报考 {sum(j in ids for j in applies[g])} 个岗位") for g in guests)))
    jobs = {p.job_id for f in fairs for p in f.positions}
    themes = {name: Theme(key, name, name, positions=dict.fromkeys(jobs, ""))}
    limits = FairLimits(**{"max_employers": 2, "min_positions": 1, "min_graduates": 1, **limits})
    return tuple(fairs), themes, limits, audience


def cover_parts(parts, applies, places=None, *, theme=GOV, **limits):
    """``cover_bare`` of the parts ``fair_setup`` builds: (fairs, notes)."""
    fairs, themes, limits, audience = fair_setup(parts, applies, places, theme=theme, **limits)
    return cover_bare(fairs, themes, limits=limits, audience=audience)


def bare(fairs) -> list[str]:
    """The job ids, sorted, of posts no guest of their part may apply for."""
    return sorted(p.job_id for f in fairs for p in f.positions if p.graduates == 0)
