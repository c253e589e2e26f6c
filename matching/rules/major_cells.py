"""A major cell read into conditions: the list (``features.major_requirements``) as a ``MajorCond``, a
closing overseas exemption as a note, each piece not read for review. 「学科教学」 with no subject is read
with the subject the post states in the cell or its title (``features.major_fields.teaching_subjects``)."""

from __future__ import annotations

import dataclasses
import re

from features.catalog import MajorCatalog
from features.major_codes import MajorCodeTables
from features.major_fields import TEACHING, teaching_subjects
from features.major_lookup import OVERSEAS_ANY_MAJOR
from features.major_requirements import MajorRequirement, parse_major_requirement
from matching.rules.conditions import Condition, DetailCond, Kind, MajorCond, Note, NoteCategory, Span, Unparsed

_RELATED = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}相关类|及相关专业|等相关专业)$")


def parse_major_cell(column: str, raw: str, catalog: MajorCatalog, tables: MajorCodeTables | None, *,
                     title: str = "") -> list[Condition]:
    """The major condition of one cell, plus a review condition per piece not read. An
    overseas graduates' exemption closing the list (``OVERSEAS_ANY_MAJOR``) is a note
    (``NoteCategory.OVERSEAS_MAJOR_EXEMPTION``): a refusal on the list is then reviewed.
    ``title``: the post's, where a bare 「学科教学」 finds its subject (「初中英语教师」)."""
    if (overseas := OVERSEAS_ANY_MAJOR.search(raw)) is not None:
        start = overseas.start("who")
        note = Condition(Kind.NOTE, Note(NoteCategory.OVERSEAS_MAJOR_EXEMPTION), Span(column, start, len(raw)),
                         raw[start:].rstrip("。. "))
        return parse_major_cell(column, raw[: overseas.start()], catalog, tables, title=title) + [note]
    req = _with_teaching_subjects(parse_major_requirement(raw, catalog, tables=tables), title)
    if not req.unrestricted and not req.refs and not req.unparsed:
        return []
    out = []
    if req.unrestricted or req.refs:
        out.append(Condition(Kind.MAJOR, MajorCond(req), Span(column, 0, len(raw)), raw))
    pos = 0
    for piece in req.unparsed:
        start = raw.find(piece, pos)
        if start < 0:
            start = max(raw.find(piece), 0)
        end = start + len(piece)
        pos = end
        if _RELATED.match(piece.strip()):
            # 气象相关类, 及相关专业: a vague widening of the list, kept for the officer to judge.
            out.append(Condition(Kind.MAJOR_DETAIL, DetailCond(piece.strip()), Span(column, start, end), piece))
            continue
        out.append(Condition(Kind.NEEDS_REVIEW, Unparsed(piece), Span(column, start, end), piece))
    return out


def _with_teaching_subjects(req: MajorRequirement, title: str) -> MajorRequirement:
    """A bare 「学科教学」 (the 教育硕士 fields 学科教学（语文/数学/英语…）, gkld 36 cells) narrowed to the subjects
    the rest of the cell and the post's title name (「本科阶段为物理类，研究生阶段为…、学科教学」 → 物理), as
    ``only``; none named: any subject. Not the 备注 column: 「大学英语六级」 there names no subject taught."""
    bare = [r for r in req.refs if r.code is None and not r.only and r.name == TEACHING]
    if not bare:
        return req
    rest = list(req.text)
    for ref in bare:
        rest[ref.span[0]:ref.span[1]] = " " * (ref.span[1] - ref.span[0])
    if not (subjects := teaching_subjects(f"{''.join(rest)} {title}")):
        return req
    return dataclasses.replace(req, refs=tuple(dataclasses.replace(r, only=subjects) if r in bare else r for r in req.refs))
