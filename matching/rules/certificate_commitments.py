"""Certificates a post asks for but lets an applicant without them promise to obtain by a date: no condition of
applying, so a graduate without one is neither refused nor sent to review; the post's words are shown instead, as a
「证书提示」 (符合), as ``post_hire`` shows certificates due after appointment.

Two forms in gkld's tables:

- the commitment said with the certificate (233 posts of 无锡市锡山区, 2022): 「考生须具备报考岗位相应的教师资格证（暂未
  取得的，须承诺于2022年7月31日前取得相应教师资格证；…）」, 「报考语文教师岗位的考生须具备普通话二级甲等及以上水平（暂未取得的，
  须承诺于2022年7月31日前取得）」 (an open 「尚未取得…的，可先报考，…前取得」 is in neither gkld nor Henan, and not read);
- a numbered item that is the route of those without it (12 posts, 2021): 「1、具有相应教师资格证书；2、未取得相应教师资格证书的，
  必须符合教师资格考试报名条件…等要求。在一年内须取得与报考岗位相应的教师资格证书，未按时取得的，解除劳动合同」: the tip
  quotes the route and its deadline, which ``post_hire`` then does not quote again.

A certificate of another named post (「报考语文教师岗位的考生…」 on a 高中物理 post, ``post_scoped.post_match``) with a
commitment becomes a note: it concerns no applicant of this post. Tested in ``tests/test_certificate_commitments.py``.
So does one without a commitment when the title clearly names another post of its kind (``another_post``: 「中职学前教育
专业教师需具备普通话一乙及以上」 on a 中职财会专业教师 post, gkld 9104688–9104694); a title of another vocabulary (呼吸内科 for
医疗岗位) leaves it to confirm (``tests/test_certificate_exemptions.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from matching.rules.conditions import CertificateCond, Condition, Kind, Note, NoteCategory
from matching.rules.post_hire import is_post_hire_clause
from matching.rules.post_scoped import post_match, title_head
from matching.rules.text import fold
from matching.verdict import Status

#: 「…（暂未取得的，须承诺于2022年7月31日前取得）」: the commitment bracketed after the certificate.
_BRACKETED = re.compile(r"[（(](?P<w>[^（）()]*?承诺[^（）()]*?取得[^（）()]*)[）)]")
#: 「未取得相应教师资格证书的」 (folded): the item that opens the route of those without the certificate.
_ROUTE = re.compile(r"(?:暂未|尚未|未)(?:取得|获得|持有)(?P<what>[^,;]{2,24}?)的,?")


def commitment_words(raw: str) -> str | None:
    """The post's words letting an applicant without the certificate of ``raw`` apply, or ``None``."""
    m = _BRACKETED.search(raw)
    return m.group("w").strip() if m else None


def with_commitments(conds: list[Condition], title: str) -> list[Condition]:
    """``conds`` with each certificate that admits a commitment carrying its words (``CertificateCond.commitment``);
    one of another named post (by ``title``) with a commitment becomes a note."""
    out: list[Condition] = []
    for i, cond in enumerate(conds):
        p = cond.payload
        if cond.kind is not Kind.CERTIFICATE or not isinstance(p, CertificateCond) or p.commitment or p.senior:
            out.append(cond)
            continue
        words = commitment_words(cond.text) or _route_words(cond, conds[i + 1:])
        if words is None and p.post and another_post(title, p.post):
            # 「报考语文教师岗位须具有普通话二级甲等」 on a 高中物理教师 post: the table lists several posts' certificates.
            out.append(Condition(Kind.NOTE, Note(NoteCategory.NOTICE), cond.span, cond.text))
        elif words is None:
            out.append(cond)
        elif p.post and post_match(title, p.post.removesuffix("岗位")) is False:
            out.append(Condition(Kind.NOTE, Note(NoteCategory.NOTICE), cond.span, cond.text))
        else:
            out.append(replace(cond, payload=replace(p, commitment=words)))
    return out


#: The stages a 中学 title covers.
_STAGES = re.compile(r"初中|高中|初级中学|高级中学")


def another_post(title: str, post: str) -> bool:
    """Whether ``title`` clearly names a post other than ``post`` (a certificate asked of one named post, without a
    commitment): not the post (``post_match``) and a post of its kind, the title ending as the post's name does
    (高中物理教师 for 语文教师岗位). A title of another vocabulary (呼吸内科 for 医疗岗位, which it is) is not told apart:
    the certificate stays to confirm 「请核实本岗位是否适用」."""
    name = post.removesuffix("岗位").removesuffix("职位")
    head = title_head(title)  # 初中物理教师2 → 初中物理教师
    # A title that is the post's more general name may be that post (英语教师 for 小学英语教师, 中学语文教师 for
    # 初中语文教师): not told apart, the certificate stays to confirm.
    general = name.endswith(head) or _STAGES.sub("中学", name).endswith(head)
    return len(name) >= 2 and post_match(title, name) is False and head.endswith(name[-2:]) and not general


def _route_words(cert: Condition, after: list[Condition]) -> str | None:
    """「未取得相应教师资格证书的，必须符合…等要求」「在一年内须取得…，未按时取得的，解除劳动合同」: the route of those
    without ``cert`` that the same cell states after it, up to its deadline (a clause ``post_hire`` reads), quoted
    part by part; ``None`` when no such route follows."""
    same = [c for c in after if c.span.column == cert.span.column]
    if not same or same[0].kind is not Kind.NOTE:
        return None
    route = _ROUTE.fullmatch(fold(same[0].text).strip())
    name = cert.payload.name
    if route is None or not (name in route.group("what") or route.group("what") in name):
        return None
    parts = [same[0].text.rstrip("，,")]
    for c in same[1:4]:
        if is_post_hire_clause(c):
            return "，".join(parts) + "」「" + c.text
        parts.append(c.text)
    return None


def commitment_tip(p: CertificateCond, who: str) -> tuple[Status, str]:
    """The 证书提示 a certificate with a commitment gives every graduate (``who``: 「本科生须具有」 or empty)."""
    asked = f"报考{p.post}须具有{p.name}" if p.post else f"岗位要求{who}{p.name}"
    return Status.ELIGIBLE, f"证书提示：{asked}，并注明「{p.commitment}」，暂未取得的可先报考，须按期取得"
