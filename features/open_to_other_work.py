"""Whether a graduate's 就业意向 opens them to work outside their major.

「专业对口岗位较少，愿意从事文秘、行政或宣传类工作」「不限专业」「可以跨专业」「想转行做销售」「不想做本专业」 say that
the graduate does not hold to their major: the work they name is what they now look for, as much as
posts of their major. The ranker then lets that work stand in for the major fit
(``matching.pair_scores``); without this, the major (0.45) outweighed the wished work (0.10) and
four sample graduates who wrote so saw only posts of their major. Wishes that keep to the major
(「希望专业对口」「不想转行」「不考虑跨专业」) open nothing.
"""

from __future__ import annotations

import functools
import re

from features.intention_rejections import clauses, refusals

_OPENING = re.compile(
    # the major's posts are few or hard to find
    r"专业对口的?(?:岗位|工作|职位|单位)?(?:较少|很少|太少|偏少|少|不多|难找|不好找)"
    # not limited to the major (「不一定要专业对口」「不必非得专业对口」)
    r"|(?:不限|不局限于?|不拘泥于?|不限于|不一定|不必|不要求|不强求|不求)(?:要|非要|非得|是)?(?:本|所学的?|我的)?专业(?:对口)?"
    r"|(?<!岗位)(?<!职位)(?:本|所学的?)?专业不限"
    # 「专业不对口也可以」「专业对口最好，不对口也可以」
    r"|(?:专业)?(?:不对口|不一致)(?:的工作|的岗位|的)?(?:也|都)(?:可以|行|愿意|能接受|接受|可)"
    # crossing over
    r"|跨专业|转行|改行|转专业"
    # not the major
    r"|不(?:想|愿意?|打算|再)?(?:做|从事|干)(?:本|所学的?|我的)专业"
    r"|(?:本|所学的?)?专业(?:以外|之外)|非本专业|其他专业的?(?:工作|岗位)"
)
#: Words that refuse what follows them, beyond the shared rejections (``features.intention_rejections``):
#: 「不太想转行」「没打算跨专业」「不会考虑转行」「不准备改行」.
_REFUSING_BEFORE = re.compile(r"(?:不太想|不怎么想|没打算|不打算|不准备|没想过|不会|没考虑过?|无意)\w{0,4}$")


def _refused(text: str, found: re.Match[str]) -> bool:
    """Whether a rejection covers the opening words: 「不想转行」「专业以外的工作不考虑」「不愿从事非本专业工作」.
    The opening's own negation (the 非 of 非本专业, the 以外 of 专业以外, the 不想做 of 不想做本专业) is masked
    first, so only the words around it can refuse it."""
    start, end = found.span()
    masked = text[:start] + "Ｘ" * (end - start) + text[end:]
    for a, b in refusals(masked):
        besides = masked[a] == "除" and "还" in masked[a:b + 20]  # 「除了本专业以外还想做行政」: besides, not except
        if (a <= start < b or a < end <= b) and not besides:
            return True
    clause_start = max(a for a, _ in clauses(text) if a <= start)
    return _REFUSING_BEFORE.search(text[clause_start:start]) is not None


def _opening(intention: str | None) -> re.Match[str] | None:
    """The first opening words no rejection covers."""
    if not intention:
        return None
    text = str(intention)
    return next((m for m in _OPENING.finditer(text) if not _refused(text, m)), None)


@functools.lru_cache(maxsize=50_000)
def open_to_other_work(intention: str | None) -> bool:
    """True where the intention says the graduate will work outside their major (module docstring)."""
    return _opening(intention) is not None

