"""soft_reasons: each score component gives its reason exactly when it counts, and only then."""

from __future__ import annotations

import math

import numpy as np

from features.major_similarity import NearestMajor
from features.records import Graduate, Job, Preferences, SalaryRange
from matching.explain import FIT_REASON_MIN, FIT_STRONG, TEXT_REASON_MIN, TEXT_STRONG, about_candidate, major_note, soft_reasons
from matching.pair_scores import PairScores

ACCOUNTANT = Graduate(id="g1", major="会计学", major_code="120203",
                      preferences=Preferences(locations=("喀什",), categories=("会计",), industries=("金融",), min_salary=5000))
JOB = Job(id="j1", title="会计", category="财务会计", industry="金融", location="喀什", salary=SalaryRange(6000, 8000))


def scores(*, fit: float | None = None, admitted=0, preferred=0, text=0.0, location=0, category=0, industry=0, salary=0):
    def cell(value):
        return np.array([[value]], dtype=float)

    return PairScores(total=cell(0.0), text=cell(text), fit=None if fit is None else cell(fit), admitted=cell(admitted),
                      preferred=cell(preferred), blocked=cell(0), location=cell(location), category=cell(category),
                      industry=cell(industry), salary=cell(salary))


def reasons(catalog, graduate=ACCOUNTANT, approximate=None, **kw):
    return soft_reasons(graduate, JOB, scores(**kw), 0, 0, catalog, approximate)


def test_nothing_that_counts_gives_no_reason(catalog):
    assert reasons(catalog) == ()
    assert reasons(catalog, fit=FIT_REASON_MIN - 0.01, text=TEXT_REASON_MIN - 0.01) == ()


def test_each_preference_that_matches_names_itself(catalog):
    assert reasons(catalog, location=1) == ("意向地点一致：喀什",)
    assert reasons(catalog, category=1) == ("意向类别一致：会计",)
    assert reasons(catalog, industry=1) == ("意向行业一致：金融",)
    assert reasons(catalog, preferred=1) == ("专业优先：您的专业属于岗位优先考虑的专业",)
    assert reasons(catalog, salary=1) == ("薪酬符合期望：6000-8000元/月（期望不低于5000元/月）",)
    assert reasons(catalog, salary=-1) == ("薪酬低于期望：6000-8000元/月（期望不低于5000元/月）",)
    assert reasons(catalog, salary=0.5) == ("薪酬上限可达期望：6000-8000元/月（期望不低于5000元/月）",)


def test_thresholds_of_text_and_fit_are_included(catalog):
    assert reasons(catalog, text=TEXT_REASON_MIN) == ("岗位内容与您的专业和意向相近（相近程度一般）",)
    assert reasons(catalog, fit=FIT_REASON_MIN) == ("专业相关：按专业类估计，工商管理类与该岗位的匹配程度一般",)
    # A listed major is decided by the rules: the model's fit gives no reason there.
    assert reasons(catalog, fit=0.9, admitted=1) == ()


def test_majors_outside_the_catalog(catalog):
    unknown = Graduate(id="g2", major="大数据与会计")
    # A major nothing placed is the graduate's, said once (``major_note``); per job only what
    # differs per job: nothing when the job's text is not like theirs, the likeness when it is.
    assert reasons(catalog, graduate=unknown, fit=math.nan) == ()
    assert reasons(catalog, graduate=unknown) == ()  # no model: text similarity only, and it is nil
    assert reasons(catalog, graduate=unknown, fit=math.nan, text=0.05) == ()
    # 「专业」 alone: this graduate states no intention (``_searched_for``).
    assert reasons(catalog, graduate=unknown, fit=math.nan, text=TEXT_REASON_MIN) == (
        "岗位内容与您的专业相近（相近程度一般）",)
    assert reasons(catalog, graduate=unknown, text=TEXT_STRONG) == ("岗位内容与您的专业相近（相近程度较高）",)
    assert reasons(catalog, graduate=unknown, admitted=1) == ()
    placed = NearestMajor(code="120203", name="会计学", class_code="1202", class_name="工商管理类", similarity=0.6)
    # Per job only what differs per job: the fit, said of the class the major was placed in as
    # for a catalog major; a weak fit, as for a catalog major, says nothing (absence says it).
    assert reasons(catalog, graduate=unknown, approximate=placed, fit=FIT_REASON_MIN) == (
        "专业相关：按专业类估计，工商管理类与该岗位的匹配程度一般",)
    assert reasons(catalog, graduate=unknown, approximate=placed, fit=0.1) == ()


def test_where_a_major_was_placed_is_said_once_in_plain_words(catalog):
    """User review: 「…不在本科专业目录中，由模型按专业名称推断归入…；…匹配程度较低」 on each of a
    大专 graduate's 20 suggestions. Where the major was placed is one note for the answer."""
    unknown = Graduate(id="g2", major="关务与外贸服务")
    for via in ("name", "model"):
        placed = NearestMajor(code="020401", name="国际经济与贸易", class_code="0204", class_name="经济与贸易类",
                              similarity=0.6, via=via)
        assert major_note(unknown, placed) == "您的专业「关务与外贸服务」按名称归入经济与贸易类来估计与岗位的相关程度"
        for fit in (0.1, FIT_REASON_MIN, 0.9):
            assert not any("关务与外贸服务" in r for r in reasons(catalog, graduate=unknown, approximate=placed, fit=fit))
    by_table = NearestMajor(code="030101", name="法学", class_code="0301", class_name="法学类", similarity=1.0,
                            via="reference")
    assert major_note(Graduate(id="g3", major="法律事务"), by_table) == (
        "您的专业「法律事务」按公务员录用专业参考目录归入法学类来估计与岗位的相关程度")
    assert major_note(ACCOUNTANT, None) is None
    # Staff read it about the graduate; the major's own name stays as written.
    note = major_note(Graduate(id="g4", major="为您服务"), by_table)
    assert about_candidate(note) == "该毕业生的专业「为您服务」按公务员录用专业参考目录归入法学类来估计与岗位的相关程度"


def test_a_major_nothing_placed_is_said_once_in_plain_words(catalog):
    """User review: 「专业未能在专业目录中识别，…」 on each of a 大专 graduate's 20 suggestions. That
    nothing placed the major is the graduate's: one note for the answer, none of it per job."""
    wind = Graduate(id="g6", major="风力发电工程技术")
    note = major_note(wind, None)
    assert note == "您的专业「风力发电工程技术」未能在专业目录中找到，岗位按专业名称与岗位内容的相近程度和您的其他意向排序"
    assert about_candidate(note) == (
        "该毕业生的专业「风力发电工程技术」未能在专业目录中找到，岗位按专业名称与岗位内容的相近程度和该毕业生的其他意向排序")
    for fit in (math.nan, None):
        for text in (0.0, 0.05, 0.3):
            kw = {} if fit is None else {"fit": fit}
            said = reasons(catalog, graduate=wind, text=text, **kw)
            assert not any("专业目录" in r or "风力发电" in r or "其他意向" in r for r in said), said


def test_fit_and_likeness_are_said_in_words_not_figures(catalog):
    """A graduate read 「相似度 0.18」 and 「匹配度为 0.30」, figures that mean nothing to them: the
    reasons say 较高 or 一般 (the score column keeps the numbers)."""
    assert reasons(catalog, text=TEXT_STRONG) == ("岗位内容与您的专业和意向相近（相近程度较高）",)
    assert reasons(catalog, text=TEXT_STRONG - 0.01) == ("岗位内容与您的专业和意向相近（相近程度一般）",)
    assert reasons(catalog, fit=FIT_STRONG) == ("专业相关：按专业类估计，工商管理类与该岗位的匹配程度较高",)
    assert reasons(catalog, fit=FIT_STRONG - 0.01) == ("专业相关：按专业类估计，工商管理类与该岗位的匹配程度一般",)
    unknown = Graduate(id="g2", major="大数据与会计")
    placed = NearestMajor(code="120203", name="会计学", class_code="1202", class_name="工商管理类", similarity=0.6)
    assert reasons(catalog, graduate=unknown, approximate=placed, fit=0.9) == (
        "专业相关：按专业类估计，工商管理类与该岗位的匹配程度较高",)
    for fit in (0.1, 0.3, 0.9):
        for text in (0.12, 0.3):
            for reason in reasons(catalog, fit=fit, text=text) + reasons(catalog, graduate=unknown, approximate=placed, fit=fit):
                assert not any(ch.isdigit() for ch in reason), reason


def test_a_preferred_major_is_not_also_estimated(catalog):
    # The post names the major among those it prefers: that is its own word on the fit, and the
    # class estimate beside it was a third line about one major (2026-12-07 graduate review).
    assert reasons(catalog, fit=0.8, preferred=1) == ("专业优先：您的专业属于岗位优先考虑的专业",)
