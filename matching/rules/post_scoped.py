"""Conditions stated for one named post in a text shared by several posts.

gkld copies an announcement's 说明 into every row of it, so a sentence such as 「应聘公寓辅导员岗位
人员须为中共党员（含预备）」 (齐齐哈尔大学, 17 rows) reaches the 男生公寓辅导员 row and the 管理岗位（3）
row alike. The clause rule keeps the post and the requirement (``PostScopedCond``); the engine,
which knows the job's title, reads the requirement as the job's own when the title names that
post (``with_post_scopes``) and keeps it as a note naming the post otherwise: another post's
condition refuses no one here, and left unread it sent every graduate to review.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from matching.rules.conditions import Condition, Kind, PostScopedCond, Span
from matching.rules.patterns import _rule
from matching.rules.text import fold

#: 应聘公寓辅导员岗位人员须为…, 报考专职组织员岗位的考生须…, 其中会计岗位须服务满5年 (after a term of
#: every post): the post is named before 岗位, the
#: requirement follows 须/需/应 up to the end of the clause part.
_POST = r"(?:应聘|报考|其中)(?P<post>[\u4e00-\u9fff]{2,12}?)(?:岗位|职位)(?:的)?(?:人员|考生|应聘者|报考者)?"
_DEMAND = r"(?:必须|须|需|应)(?:为|是)?(?P<req>[^,;]{2,80})"

RULES = (
    _rule("post_scoped", Kind.POST_SCOPED, _POST + _DEMAND,
          lambda m: PostScopedCond(post=m.group("post"), requirement=m.group("req")), whole=True),
)


#: What a title may add after the post's name (公寓辅导员（男）, 初中语文教师1, 管理岗位（3）) and the
#: generic word a post's name may end with (语文教师 → 语文, the subject a title 「高中语文」 names).
_TITLE_TAIL = re.compile(r"(?:\([^()]*\)|[A-Za-z0-9]+|岗位?)+$")
_GENERIC_TAIL = re.compile(r"(?:教师|老师|岗位?)$")


def title_head(title: str) -> str:
    """The title without what it adds after the post's name (初中语文教师1 → 初中语文教师), folded."""
    return _TITLE_TAIL.sub("", fold(title).strip())


def post_match(title: str, post: str) -> bool | None:
    """Whether the job is the post the clause names: ``True`` when the title ends with it (男生公寓辅导员
    is a 公寓辅导员, 初中语文教师1 a 语文教师); ``None`` when that is unclear (no title; the post's name
    elsewhere in the title, 「教师发展中心干事」 for 教师; its subject without the generic word,
    「高中语文」 for 语文教师); ``False`` when the title names neither."""
    head = title_head(title)
    if not head:
        return None
    if head.endswith(post):
        return True
    stem = _GENERIC_TAIL.sub("", post)
    return None if post in head or (stem and stem in head) else False


def with_post_scopes(conds: list[Condition], title: str,
                     parse: Callable[[str, str], list[Condition]]) -> list[Condition]:
    """Each post-scoped condition, read through ``parse`` (the cell parser) as the job's own when
    ``title`` is its post, without a condition the job already states (the row's 政治面貌 column
    often says the same); a note (``Kind.NOTE``) on another post; kept, and so reviewed naming the
    post (``checks``), when the title does not tell (``post_match``): dropped, a condition of the
    job's own would pass unchecked."""
    out: list[Condition] = []
    for cond in conds:
        payload = cond.payload
        if cond.kind is not Kind.POST_SCOPED or not isinstance(payload, PostScopedCond):
            out.append(cond)
            continue
        match = post_match(title, payload.post)
        if match is None:
            out.append(cond)
        elif not match:
            out.append(Condition(Kind.NOTE, payload, cond.span, cond.text))
        else:
            stated = {(c.kind, c.payload) for c in conds}
            for inner in parse(cond.span.column, payload.requirement):
                if (inner.kind, inner.payload) not in stated:
                    out.append(Condition(inner.kind, inner.payload, Span(cond.span.column, cond.span.start, cond.span.end),
                                         cond.text))
    return out
