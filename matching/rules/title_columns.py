"""A post's professional title (职称) column, and a 备注 that waives it for some graduates.

gkld's ``other:职称`` (67 posts 2021–2023: 中级及以上, 副主任医师, 医师及以上, 无要求 …) names the title an
applicant must hold. A title of 中级 or above takes years of work after graduating (本科 about five,
硕士 two to three), so no graduate of this season holds one: it is read as a ``CertificateCond`` with
``senior`` set, which ``cohort_forms.senior_title`` refuses for them (but a 中级 title for a 博士, whom many provinces
recognise as 中级 on hiring: to review) and leaves to review for others.
A title the record cannot rule out (初级, 医师) is a certificate to confirm, as in any certificate column.

「具有研究生学历、硕士及以上学位的，可不要求职称」 beside it (gkld 9104922–9104932) spares graduates of that
level and degree: ``with_title_waivers`` attaches it to the title, and ``title_waiver`` decides it
(met for a 硕士 with a master's degree; named in the refusal of anyone else).
Tested in ``tests/test_rules_title_column.py``.

The same title written in a condition cell or 备注 (「具有中级及以上专业技术职称」「副高级及以上职称」「高级职称」: gkld 87
posts, Henan none) is read as the parser reads any certificate; ``with_free_text_titles`` marks it ``senior`` when
its words are a title level and nothing else, the clause is no route (「具有副高级及以上职称的专业技术人才，学历不限」)
and no cell offers another way (「…职称资格和本科及以上学历;或具有硕士学位…」, 「博士后不受以上条件限制」,
「具有博士研究生学历学位或者副高及以上职称」): 22 posts.
Tested in ``tests/test_certificate_exemptions.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from features.education import Degree, EducationLevel
from features.records import Graduate
from matching.rules.conditions import CertificateCond, Condition, Kind, Note, Span
from matching.rules.text import fold
from matching.verdict import Status

#: Columns that hold only the title an applicant must have.
TITLE_COLUMNS = frozenset({"职称"})
#: 中级及以上, 中级职称及以上, 副高级以上, 具有高级专业技术职称.
_LEVEL = re.compile(r"^(?:要求)?(?:具有)?(?P<t>初级|中级|副高级?|正高级?|高级)(?:专业技术)?(?:职称|职务)?(?:资格)?"
                    r"(?P<plus>及以上|以上)?(?:职称)?$")
#: 副主任医师, 主任护师及以上, 医师及以上: a title named by its series.
_NAMED = re.compile(r"^(?P<name>[\u4e00-\u9fff]{0,8}?(?:医|药|护|技)师)(?P<plus>及以上|以上)?$")
#: Titles no graduate of the season holds: 中级 and above (主治医师 is the medical 中级).
_HELD_LATER = re.compile(r"中级|副高|正高|高级|主任(?:医|药|护|技)师|主治|(?<!助理)(?:研究员|教授)")
#: 具有研究生学历、硕士及以上学位的，可不要求职称 (folded text).
_WAIVER = re.compile(r"具有研究生学历、硕士及以上学位的?,?可(?:以)?不(?:要求|作要求|受)职称(?:限制)?")


def read_title_cell(key: str, text: str, raw: str) -> list[Condition] | None:
    """A 职称 cell (``text`` folded) as the title asked, or ``None`` for any other column or for words
    that are more than a title (read as a certificate column's are)."""
    if key not in TITLE_COLUMNS:
        return None
    stripped = text.strip()
    if m := _LEVEL.match(stripped):
        name = f"{m.group('t')}{m.group('plus') or ''}职称"
    elif m := _NAMED.match(stripped):
        name = m.group("name") + (m.group("plus") or "")
    else:
        return None
    cond = CertificateCond(name, senior=bool(_HELD_LATER.search(name)))
    return [Condition(Kind.CERTIFICATE, cond, Span(key, 0, len(raw)), raw)]


#: A title level and nothing else, as a free-text clause names it (folded): 中级及以上专业技术职称, 副高及以上职称,
#: 中级(含)以上职称, 高级职称. 「初级及以上」, a series (会计中级, 主治医师) and 「中级及以下」 are left as certificates.
_FREE_LEVEL = re.compile(r"(?:中级|副高级?|正高级?|高级)(?:及以上|以上|\(含\)以上)?(?:专业技术)?(?:职称|职务)(?:资格)?")
#: A cell that offers another way than the title, or a clause that is the route of its holders.
_OTHER_WAY = re.compile(r"或|不受[^,;。]{0,8}限制")
_ROUTE_CLAUSE = re.compile(r"(?:的|者)[^,;]{0,8}$|同时")
#: Another cell of the post naming the title as one way among others (「具有博士研究生学历学位或者副高及以上职称」).
_TITLE_OR = re.compile(r"或者?[^,;。]{0,12}职称|职称[^,;。]{0,6}或")


def with_free_text_titles(conds: list[Condition], cells: tuple[tuple[str, str], ...]) -> list[Condition]:
    """Each certificate of a cell other than 职称 (``cells``: the job's (column, text)) that is a title of 中级 or above
    and nothing else, asked of every applicant with no other way beside it, marked ``senior`` (as the 职称 column's):
    no graduate of the season holds one. Anything less plain stays a certificate to confirm."""
    out = []
    for cond in conds:
        p = cond.payload
        if (cond.kind is Kind.CERTIFICATE and isinstance(p, CertificateCond) and cond.span.column not in TITLE_COLUMNS
                and not (p.senior or p.scope or p.post or p.alternatives or p.commitment)
                and _FREE_LEVEL.fullmatch(fold(p.name)) and not _ROUTE_CLAUSE.search(fold(cond.text))):
            cell = next((t for c, t in cells  # the cell it was read from: 'cond:备注' holds column 备注
                         if c.rpartition(":")[2].strip() == cond.span.column and t[cond.span.start:cond.span.end] == cond.text), None)
            if cell is not None and not _OTHER_WAY.search(fold(cell)) and not any(_TITLE_OR.search(fold(t)) for _, t in cells):
                cond = replace(cond, payload=replace(p, senior=True))
        out.append(cond)
    return out


def with_title_waivers(conds: list[Condition]) -> list[Condition]:
    """A note sparing graduates of a level from the title (可不要求职称) becomes the waiver of every
    title the post's 职称 column asks."""
    waiver = next((c.text.strip().rstrip("。.;；") for c in conds
                   if c.kind is Kind.NOTE and isinstance(c.payload, Note) and _WAIVER.fullmatch(fold(c.text).strip().rstrip("。.;"))), None)
    if waiver is None:
        return conds
    return [replace(c, payload=replace(c.payload, waiver=waiver))
            if c.kind is Kind.CERTIFICATE and c.span.column in TITLE_COLUMNS else c for c in conds]


def title_waiver(p: CertificateCond, g: Graduate) -> tuple[Status, str] | None:
    """A title waived for 研究生 with a master's degree or above: met for such a graduate, ``None``
    for anyone else (the title is checked as usual, and a refusal names the waiver: ``waiver_note``)."""
    if p.waiver is None or g.education is None or g.degree is None:
        return None
    if g.education >= EducationLevel.MASTER and g.degree >= Degree.MASTER:
        return (Status.ELIGIBLE, f"职称要求不适用：岗位要求{p.name}，并注明「{p.waiver}」，"
                                 f"您的学历为{g.education.label}、学位为{g.degree.label}")
    return None


def waiver_note(p: CertificateCond, g: Graduate) -> str:
    """What a title refusal adds when the post waives the title for others: 「（岗位注明「…」，您的学历为本科，不适用）」."""
    if p.waiver is None or g.education is None:
        return ""
    return f"（岗位注明「{p.waiver}」，您的学历为{g.education.label}，不适用）"
