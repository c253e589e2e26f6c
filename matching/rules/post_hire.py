"""Certificates a post asks to obtain after appointment: no condition of applying, but keeping the post depends on
them, often at a stated cost (「否则解除聘用合同」「届时无法提供的将取消聘用资格」「否则予以辞退」). A graduate deciding
whether to apply should know it, so each post shows them once, as one 符合 result of kind ``note``
(``engine.check_conditions``): 「证书提示：岗位注明「聘用人员应在2023年12月31日前取得相应岗位的教师资格证书，否则解除聘用
合同」，报名时不要求，聘用后须按期取得」.

The parser reads such a clause as a note of one of two categories: 证书限期取得 (``NoteCategory.CERTIFICATE_DUE``, the
teacher-certificate and licence forms of ``announcement_forms``) or 报考须知 (``NoteCategory.NOTICE``: 「聘用人员应在…前
取得…，否则解除聘用合同」, 「在一年内须取得…，未按时取得的，解除劳动合同」, the commitment 「报名时无法提供相应层次教师资格证的
人员,须提交承诺书,承诺自入职之日起1年内取得…」, 「三年内需取得相关专业教师资格证」), the category the labelled cells give them
(``benchmarks.rules_coverage``). A 报考须知 note is an obligation when it names a time after appointment, or a cost,
around obtaining a certificate (``is_post_hire_clause``). Not one: a diploma due by a date (学历、学位证书须于…前取得:
every 应届 graduate's), the commitment that stands in for a certificate asked at application (「考生须具备…教师资格证
（暂未取得的，须承诺于…前取得…）」, said by that certificate's own 证书提示, ``certificate_commitments``), and an obligation
of a 届 or a level the graduate is not (「2021届毕业生须于试用期满之前取得…」, 「应届毕业研究生…但在聘用后一年内…必须取得…」
to a 本科 graduate).

A clause that spares some graduates a certificate at application (「应届毕业研究生…暂不要求提供教师资格证书和普通话等级证书，
但在聘用后一年内…必须取得」, gkld 13540036–13540127) makes that certificate met for them: they read the tip only, not
「证书待核实」 beside it (``spares``; others still confirm it; ``tests/test_certificate_exemptions.py``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from features.education import EducationLevel
from features.records import Graduate
from matching.rules.age_groups import scope_levels
from matching.rules.conditions import Condition, Kind, Note, NoteCategory
from matching.rules.patterns import _note, _rule
from matching.rules.text import fold

#: A time after appointment: 聘用后, 自入职之日起, 试用期, 聘用人员 (those appointed), 三年内.
_AFTER_HIRE = r"(?:自?(?:聘用|入职|录用|上岗|聘任)(?:之日起|后)|试用期|聘用人员|[一二两三四五六\d]年内)"
_OBTAIN = r"(?:取得|考取)"
_CERTIFICATE = r"(?:资格证书?|资格|证书|执业证|合格证)"
#: What failing it costs.
_COST = r"(?:(?:依法|予以|将)?解除(?:聘用|劳动)?合同|取消聘用资格|予以解聘|予以辞退|解聘|辞退)"
_OBLIGATION = re.compile(rf"{_AFTER_HIRE}[^;]{{0,40}}?{_OBTAIN}[^;]{{0,30}}?{_CERTIFICATE}"
                         rf"|{_OBTAIN}[^;]{{0,30}}?{_CERTIFICATE}[^;]{{0,40}}?{_COST}")
#: A diploma or degree due by a date concerns every 应届 graduate and is no certificate of the post.
_DIPLOMA = re.compile(r"学历|学位|毕业证")
#: Whom the obligation concerns, when its words open by naming them (应届毕业研究生可…，但在聘用后一年内…必须取得).
_WHO = re.compile(r"^(?P<who>[^,;:]{0,14}?)(?:可|须|需|(?<!相)应(?!届)|必须)")

#: 聘用人员自聘用之日起一年内未取得幼儿教师资格证的，依法解除聘用合同 / 聘用后三年内未取得执业助理医师及以上资格证的，予以
#: 解除聘用合同: one obligation, which the comma would split into a condition-like part and a bare cost.
RULES = (
    _rule("certificate_missed_after_hire", Kind.NOTE,
          rf"[^,;]{{0,12}}?{_AFTER_HIRE}[^,;]{{0,12}}?未{_OBTAIN}[^,;]{{2,24}}?{_CERTIFICATE}的?,{_COST}",
          _note(NoteCategory.NOTICE), whole=True),
)


class PostHireNotice(NamedTuple):
    """A post's certificates due after appointment as one graduate reads them: ``reason``, said where ``first``
    stands (``None``: none concerns this graduate); every one of ``members`` gives no reason of its own."""

    first: Condition
    members: tuple[Condition, ...]
    reason: str | None


def is_post_hire_clause(cond: Condition) -> bool:
    """Whether ``cond`` is a note of a certificate due after appointment (either category), by its own words."""
    if not (cond.kind is Kind.NOTE and isinstance(cond.payload, Note)):
        return False
    if cond.payload.category is NoteCategory.CERTIFICATE_DUE:
        return True
    return cond.payload.category is NoteCategory.NOTICE and _names_obligation(cond.text)


@functools.lru_cache(maxsize=4096)
def _names_obligation(raw: str) -> bool:
    """Whether a 报考须知's words name a certificate due after appointment (cached: every check of a post asks again)."""
    text = fold(raw)
    return _OBLIGATION.search(text) is not None and _DIPLOMA.search(text) is None


def post_hire_notice(conds: Sequence[Condition], graduate: Graduate) -> PostHireNotice | None:
    """The 证书提示 of the job's ``conds`` for ``graduate``: every certificate due after appointment the post states,
    each quoted once (a clause restated in another column, or within a longer one, is not quoted again); ``None``
    when the post states none."""
    members = tuple(c for c in conds if is_post_hire_clause(c) and not _stands_in(c, conds))
    if not members:
        return None
    quoted: list[str] = []
    first = None
    for cond in members:
        words = _words(cond.text, graduate.graduation_year, graduate.education)
        if words is None or any(words in q for q in quoted):
            continue
        quoted = [q for q in quoted if q not in words] + [words]
        first = first or cond
    if first is None:
        return PostHireNotice(members[0], members, None)
    return PostHireNotice(first, members, f"证书提示：岗位注明{''.join(f'「{q}」' for q in quoted)}，报名时不要求，聘用后须按期取得")


#: 「…暂不要求提供教师资格证书和普通话等级证书，但在聘用后一年内…必须取得…」: what the clause does not ask at application.
_NOT_ASKED = re.compile(r"暂不要求(?:提供|具备|持有)?(?P<what>[^,;]{2,40})")
#: What a certificate is of, to tell whether a clause names it (中学相应学科教师资格证 ~ 教师资格证书).
_TOPIC = re.compile(r"教师资格|普通话|医师|护士|药师")


def spares(notice: PostHireNotice | None, cert: Condition, graduate: Graduate, fresh: bool) -> bool:
    """Whether a clause of ``notice`` that concerns ``graduate`` (their 届 and level, ``_words``; 应届 only when
    ``fresh``) says the certificate ``cert`` is not asked at application (「应届毕业研究生…暂不要求提供教师资格证书和
    普通话等级证书，但在聘用后一年内…必须取得」): for them it is the clause's tip only, not a certificate to confirm."""
    if notice is None or notice.reason is None:
        return False
    topics = set(_TOPIC.findall(cert.payload.name))
    for cond in notice.members:
        words = _words(cond.text, graduate.graduation_year, graduate.education)
        if words is None or (not fresh and "应届" in words) or not (asked := _NOT_ASKED.search(fold(words))):
            continue
        if topics and topics <= set(_TOPIC.findall(asked.group("what"))):
            return True
    return False


def _stands_in(cond: Condition, conds: Sequence[Condition]) -> bool:
    """Whether ``cond`` is a 报考须知 read from the very words of a certificate asked at application: the commitment
    that stands in for it (「考生须具备…教师资格证（暂未取得的，须承诺于…前取得…）」)."""
    # A deadline a certificate's commitment quotes (``certificate_commitments``) is said by that certificate's tip.
    return cond.payload.category is NoteCategory.NOTICE and any(
        o.kind is Kind.CERTIFICATE and (o.span == cond.span or cond.text in (getattr(o.payload, "commitment", None) or ""))
        for o in conds)


@functools.lru_cache(maxsize=4096)
def _words(raw: str, graduation_year: int | None, level: EducationLevel | None) -> str | None:
    """The words of a note (``raw``) quoted to a graduate of this year and level, or ``None`` when they concern another
    届 (「2021届毕业生须于试用期满之前取得…」 concerns 2021's) or another level (「应届毕业研究生…必须取得…」, a 本科
    graduate). Cached: every graduate checked against the post asks again, and few years and levels differ."""
    text = raw.strip().rstrip("。.;；")
    # 「往届生须取得…，2022年应届生须在…之前取得…」: the 往届 half is a condition of applying (its own certificate
    # condition); the note quotes the 应届 half only.
    if (fresh := re.search(r"(?:20\d\d年)?应届(?:毕业)?生", text)) and re.match(r"(?:往届|社会人员)", text):
        text = text[fresh.start():]
    years = {int(y) for y in re.findall(r"(20\d\d)(?:届|年应届)", text)}
    if years and graduation_year is not None and graduation_year not in years:
        return None
    if (who := _WHO.match(fold(text))) and _other_level(who.group("who"), level):
        return None
    return text


def _other_level(who: str, level: EducationLevel | None) -> bool:
    """Whether ``who`` names levels of which ``level`` is none (an unknown level is not told apart)."""
    levels = scope_levels(who)
    return bool(levels) and level is not None and level not in levels
