"""The years of work a post asks that a graduate of this season lacks.

The graduate record holds no work history: a graduate of the reference date's season (``seasons.is_fresh``)
is taken to have no full-time work (whether an internship counts is the employer's call: the job check of
``matching.experience_checks`` leaves 「1-3年」 unflagged for that reason, though the graduate most likely lacks
the year). A post asking 「1-3年」 or 「3年以上」 of everyone is then one they most likely cannot apply for, and
the ranker weighs it lower, the more so the more years are asked (``ScoreWeights.missing_year_review``; README,
*How suggestions are ordered*): below posts taking graduates of similar fit, not below every one of them. The
reason says 「排序已相应下调」 (lowered), not 「排序相应靠后」 (placed after): a 汉语言文学 graduate's 语文编辑 post
asking 1 year (major fit 0.70, score 0.62 × 0.72) still led posts taking graduates (best 0.30) on Wuhan, and
「靠后」 at rank 1 was false (2026-12-07 graduate review).
No gap where the experience is asked of others only (``ExperienceCond.scope``: 「非应届生须…」), where no
years are stated (「有相关工作经验」: it may be met by an internship), for a graduate of an earlier season
or of no recorded year, or where the post's own text welcomes this season's graduates
(``welcomes_graduates``: 「应届毕业生亦可」「接受优秀应届毕业生」).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from features.records import Graduate, Job
from matching.rules.conditions import ExperienceCond
from matching.rules.seasons import is_fresh

if TYPE_CHECKING:
    from matching.rules.checks import Context

#: A post's words taking this season's graduates whatever experience it asks (Wuhan's 「1-3年」 posts:
#: 「一年以上工作经验，应届生也可」「欢迎优秀应届毕业生」「接受优秀应届毕业生」「应届生优先」, beginners: 「接受小白」
#: 「接受0经验」); not 非应届, nor a refusal: 「不接受应届生」「暂不接受小白」「不予接收应届毕业生」 (``(?<!不)(?<!不予)``).
#: 「应届毕业生不限工作经验」, but not 「应届不限户籍」「…户籍，应届毕业生不限」 (gkld: 258 posts, a hukou exemption only; one,
#: 5715415, asks 2年以上相关工作经历 and was said to take graduates).
_WELCOME = re.compile(r"(?<!不)(?<!不予)(?:接受|欢迎|接收|可招)(?:优秀|往届及|往届或)?的?应届|"
                      r"(?<!非)应届(?:毕业)?生?(?:亦可|也可|均可|皆可|可投|可报|不限(?:工作)?经[验历]|优先)|"
                      r"经验不限|不限经验|无经验要求|(?<!不)(?<!不予)(?:接受|可接受|欢迎)(?:无(?:工作)?经验|零经验|0经验|小白|新手)")


def welcomes_graduates(job: Job) -> bool:
    """Whether the post's cells, title or description take this season's graduates (``_WELCOME``)."""
    return _welcomes(job.title or "", job.description or "", job.conditions)


@lru_cache(maxsize=1 << 14)
def _welcomes(title: str, description: str, conditions: tuple[tuple[str, str], ...]) -> bool:
    # Cached: ``RulesEngine.check`` asks once per graduate × job, and a description is long.
    return any(_WELCOME.search(text) for text in (title, description, *(text for _, text in conditions)))


def fresh_gap(p: ExperienceCond, g: Graduate, ctx: Context) -> int:
    """The years ``p`` asks that ``g``, a graduate of the season with no work on record, lacks (0: none
    known to be lacking; see the module's docstring)."""
    if (p.scope is not None or not p.years or g.graduation_year is None or ctx.graduates_welcome
            or not is_fresh(g, ctx, ())):
        return 0
    return p.years


def gap_reason(asked: str, years: int, grassroots: bool = False) -> str:
    """The 待核实 reason of a post asking ``years`` years of a graduate of the season. 基层工作经历: what a student
    did at school (实习, 社会实践) generally does not count (the civil-service rule), so the employer is not asked
    whether it does, nor is the post, a civil-service one, said not to name graduates. Whether an internship counts
    is said only of one year, which an internship may come near."""
    if grassroots:
        return (f"工作经历待核实：岗位要求{asked}，您为应届毕业生，在校期间的实习、社会实践一般不计为基层工作经历，排序已相应下调；"
                f"如入学前或参加服务基层项目时已有{years}年以上基层工作经历，请核实")
    internship = "（实习能否计入请向招聘单位核实）" if years == 1 else ""
    return (f"工作经历待核实：岗位要求{asked}，您为应届毕业生，一般尚无{years}年全职工作经历{internship}，"
            "岗位也未写明接收应届毕业生，排序已相应下调；如有相关工作经历请核实")


__all__ = ["fresh_gap", "gap_reason", "welcomes_graduates"]
