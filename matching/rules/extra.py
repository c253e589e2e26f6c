"""Explicit readings of recurring cells the clause rules leave to review (gkld 应届, 资格证书,
备注): each rule reads one whole clause of a known form into typed conditions.

They are tried only after the clause rules fail (``parser._cover``), so no clause the
clause rules understand is read differently. Every rule here is anchored to the whole
clause and tested in ``tests/test_rules_followup.py``; a form that merely resembles one
stays in review.
"""

from __future__ import annotations

import re

from matching.rules.conditions import (
    CertificateCond,
    DetailCond,
    EducationCond,
    ExperienceCond,
    HukouCond,
    Kind,
    Note,
    NoteCategory,
    SchoolCond,
    TargetCond,
    TargetGroup,
)
from matching.rules.patterns import _EDU, _FRESH_TOKEN, _NATURE, _SEEKING, Rule, _education, _nature, _rule, _years

Pairs = list[tuple[Kind, object]]

# --- 应届: graduation years together with the nature, level and school of the diploma ----

_FRESH_EXTRA = (
    r"招聘对象为|列入国家统一招生计划|能够正常参加|就业派遣|国家规定|择业期(?:\((?:2|两|二)年\))?内|内|且|近(?:三|3)年"
    r"|\(20\d\d年\d{1,2}月\d{1,2}日前取得毕业证的?\)|\(不含定向、委培\)|\((?:20\d\d届毕业生及)?(?:尚未初次就业的)?20\d\d届毕业生(?:及尚未初次就业的20\d\d届毕业生)?\)"
    r"|\(20\d\d\s*-\s*20\d\d年\)|学历"
)
_SCHOOL_FRESH = r"(?P<school>[\u4e00-\u9fff]{2,10}?(?:师范类院校|师范院校))"
_FRESH_WITH = (
    rf"(?=[^;]*(?:毕业生|应届))(?=[^;]*(?:20\d\d|应届|择业期))(?:{_SCHOOL_FRESH}|{_FRESH_EXTRA}|{_EDU}|{_NATURE}|{_FRESH_TOKEN})+"
)


def _fresh_with(m: re.Match[str]) -> Pairs:
    """2021年普通高校本科及以上学历应届毕业生，含择业期内毕业生 → 2019–2021 graduates,
    普通高校, 本科及以上; every part named is kept as its own condition."""
    t = m.group(0)
    main = re.sub(r"\([^()]*\)", "", t)
    seeking = bool(_SEEKING.search(t))
    years = _years(main)
    if not years and not re.search(r"择业期\(", t):
        years = _years(t)  # 近三年(2018-2020年), 应届毕业生(2021届毕业生及…2020届毕业生)
    if seeking and len(years) == 1:
        (y,) = years
        years = {y - 2, y - 1, y}
    out: Pairs = [(Kind.TARGET_GROUP, TargetCond(TargetGroup.FRESH_GRADUATE, years=tuple(sorted(years)),
                                                 job_seeking_years=0 if years else 2 if seeking else 0))]
    if (school := m.group("school")) is not None:
        out.append((Kind.SCHOOL, SchoolCond(school)))
    nature = re.search(_NATURE, re.sub(r"\([^()]*\)", "", t))
    if nature is not None:
        out.append((Kind.EDUCATION_NATURE, _nature(nature)))
    level = re.search(_EDU, t)
    if level is not None and (edu := _education(level)) is not None and re.search(r"本科|专科|研究生|硕士|博士", level.group(0)):
        out.append((Kind.EDUCATION, edu))
    if "不含定向、委培" in t:
        out.append((Kind.STATUS, DetailCond("不含定向、委培")))
    return out


def _graduated_by(m: re.Match[str]) -> Pairs:
    """招聘对象为2020届及以前毕业的全日制普通类高等院校毕业生: graduated in 2020 or before."""
    out: Pairs = [(Kind.TARGET_GROUP, TargetCond(TargetGroup.NON_FRESH, graduated_by=int(m.group("year"))))]
    nature = m.group("nature") or ""
    if nature:
        out.append((Kind.EDUCATION_NATURE, _nature(re.match(r".*", nature.replace("普通类", "普通")))))
    return out


# --- certificates ---------------------------------------------------------------------------

_COMMIT = r"\((?:暂未取得的,)?须承诺于[^()]*?前取得[^()]*\)"
_GET = r"(?:须|需|应)?(?:获得|具备|具有|取得|持有)"


def _post_certificate(m: re.Match[str]) -> Pairs:
    """报考语文教师岗位的考生须具备普通话二级甲等及以上水平(暂未取得的,须承诺于…前取得)."""
    out: Pairs = [(Kind.CERTIFICATE, CertificateCond(name=m.group("cert"), post=m.group("post")))]
    if m.group("commit"):
        out.append((Kind.NOTE, Note(NoteCategory.NOTICE)))
    return out


def _teacher_certificate(m: re.Match[str]) -> Pairs:
    """考生须具备报考岗位相应的教师资格证(暂未取得的，须承诺于…前取得…): the certificate,
    and a notice that a commitment to obtain it admits applicants without it."""
    return [(Kind.CERTIFICATE, CertificateCond(name="报考岗位相应的教师资格证")), (Kind.NOTE, Note(NoteCategory.NOTICE))]


RULES: tuple[Rule, ...] = (
    _rule("post_certificate", Kind.CERTIFICATE, rf"报考(?P<post>[\u4e00-\u9fff]{{2,12}}?岗位)的考生{_GET}(?P<cert>[\u4e00-\u9fff]{{2,20}}?(?:证书|证|水平))(?P<commit>{_COMMIT})?", _post_certificate, whole=True),
    _rule("teacher_certificate", Kind.CERTIFICATE, rf"(?:考生)?{_GET}报考岗位相应的教师资格证(?P<commit>\((?:暂未取得的,)?须承诺于[^()]*?前取得相应教师资格证;\"双一流\"高校非教育类研究生须承诺于入职之日起\d年内取得相应教师资格证\))", _teacher_certificate, whole=True),
    _rule("overseas_alternative", Kind.NOTE, r"报考[\u4e00-\u9fff]{2,12}?岗位的境外高校毕业生如无[\u4e00-\u9fff]{2,20}?证书,须提供雅思考试\d分或托福考试\d+分及以上成绩单", lambda m: Note(NoteCategory.NOTICE), whole=True),
    _rule("graduated_by", Kind.TARGET_GROUP, r"(?:招聘对象为|面向|限)?(?P<year>20\d\d)(?:届|年)及以前毕业的(?P<nature>全日制普通类高等院校|全日制普通高等院校|全日制普通高校|普通高校|全日制)?(?:高校)?毕业生(?:报考)?", _graduated_by, whole=True),
    _rule("fresh_with", Kind.TARGET_GROUP, _FRESH_WITH, _fresh_with, whole=True),
)
