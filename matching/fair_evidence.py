"""Whether a class fair stands on posts that fit the class (``matching.fairs``, by major).

A post placed in a class only by whom it was suggested to (``fair_themes.classes_by_audience``: no
list naming the class, the model's fit below ``FairLimits.min_fit``) is circular evidence when the
table holds nothing for that class: the ranker suggests the nearest posts it has, and the class's
graduates then make the post the class's. Review, Wuhan 2024 with 200+ graduates of 20 majors:
「土木类专场」 held three editing posts (组稿编辑, 文案编辑) for 7 土木工程 graduates, and 「法学类专场（之一）」
game customer service. Such posts now make up at most half of a class theme: a class with no post of
its own evidence (a list naming it, or the model's fit at ``min_fit``) gets no 专场 and the plan says so
(「土木类：当前岗位中没有适合的岗位，未单独组织专场」), and where vote posts outnumber the others only as
many are kept as there are posts of evidence, the best supported first. The planner has no mixed
(综合) fair, so the others are listed unplaced with the reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matching.fair_records import UnplacedKind
from matching.fair_themes import AudienceVote, Theme


def weigh_votes(themes: Mapping[str, Theme], voted: Mapping[str, Sequence[str]], votes: Mapping[str, AudienceVote],
                lost: dict[str, list[tuple[str, UnplacedKind, str]]]) -> list[str]:
    """Trim each theme's posts placed by audience vote alone (``voted``: job id → the classes its vote
    placed it in) to at most the number of its other posts, the best supported kept (most of the
    graduates suggested the post in the class, then the model's fit); record each post trimmed in
    ``lost`` and return the notes. ``themes`` are changed in place; a theme left without posts is
    left empty for the caller to skip."""
    without: list[str] = []  # classes with vote posts only
    trimmed: set[str] = set()  # job ids: a post tied between classes may be trimmed from each
    for key in sorted(themes):
        theme = themes[key]
        by_vote = sorted((j for j in theme.positions if key in voted.get(j, ())),
                         key=lambda j: (-votes[j].counts.get(key, 0) / max(votes[j].total, 1),
                                        -votes[j].fits.get(key, 0.0), j))
        if not by_vote:
            continue
        own = len(theme.positions) - len(by_vote)
        for job_id in by_vote[own:]:
            vote = votes[job_id]
            n = vote.counts.get(key, 0)
            why = (f"模型估计与{theme.short}的匹配程度不足以归入，仅因推荐给了 {n} 位{theme.short}毕业生（共推荐 {vote.total} 位）而归入；"
                   + (f"{theme.short}：当前岗位中没有适合的岗位（专业要求未列该类，模型估计匹配程度也不足），未单独组织专场"
                      if own == 0 else
                      f"{theme.short}有专业依据的岗位 {own} 个，仅按推荐对象归入的岗位至多与之同数（专场以适合该类的岗位为主），"
                      f"本岗位的推荐对象中该类所占比例较低，未列入"))
            lost[job_id].append((theme.theme, UnplacedKind.LOW_FIT, why))
            del theme.positions[job_id]
            theme.accepts.pop(job_id, None)
        if own == 0:
            without.append(theme.short)
        else:
            trimmed.update(by_vote[own:])
    notes = []
    if without:
        notes.append(f"{'、'.join(without)}：当前岗位中没有适合的岗位，未单独组织专场（其推荐岗位的专业要求未列该类，模型估计的"
                     f"匹配程度也不足，仅因推荐给了该类毕业生而归入的岗位不组成专场；见「未列入招聘会的岗位」）")
    if trimmed:
        notes.append(f"{len(trimmed)} 个岗位仅因推荐给了某专业类的毕业生而归入该类，而该类有专业依据的岗位少于这类岗位，未列入"
                     f"（专场以适合该类的岗位为主，这类岗位至多与有专业依据的岗位同数；见「未列入招聘会的岗位」）")
    return notes
