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

#: A refusal right before the opening word: 「不想跨专业」「不愿意转行」「不考虑改行」「不会转行」.
_REFUSED = r"(?<!不想)(?<!不愿)(?<!不要)(?<!不会)(?<!不打算)(?<!不考虑)(?<!不接受)(?<!不愿意)(?<!不希望)"
_OPENING = re.compile(
    # the major's posts are few or hard to find
    r"专业对口的?(?:岗位|工作|职位|单位)?(?:较少|很少|太少|偏少|少|不多|难找|不好找)"
    # not limited to the major
    r"|(?:不限|不局限于?|不拘泥于?|不限于|不一定|不必|不要求|不强求|不求)(?:本|所学的?|我的)?专业(?:对口)?"
    r"|(?<!岗位)(?<!职位)(?:本|所学的?)?专业不限"
    r"|专业(?:不对口|不一致)(?:的工作|的岗位)?(?:也|都)(?:可以|行|愿意|能接受|接受)"
    # crossing over
    rf"|{_REFUSED}(?:跨专业|转行|改行|转专业)"
    # not the major
    r"|不(?:想|愿意?|打算|再)?(?:做|从事|干)(?:本|所学的?|我的)专业"
    r"|(?:本|所学的?)?专业(?:以外|之外)|非本专业|其他专业的?(?:工作|岗位)"
)


@functools.lru_cache(maxsize=50_000)
def open_to_other_work(intention: str | None) -> bool:
    """True where the intention says the graduate will work outside their major (module docstring)."""
    return bool(intention) and _OPENING.search(str(intention)) is not None


def opening_words(intention: str | None) -> str | None:
    """The words that open the graduate to other work (「专业对口岗位较少」「跨专业」), for tests and reasons."""
    found = _OPENING.search(str(intention)) if intention else None
    return found.group() if found else None
