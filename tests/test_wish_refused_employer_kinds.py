"""A refused kind of employer (「不想进体制内」「不考虑国企」「不考编」) counts against that employer's posts, as a
refused kind of work does; 「体制内外都可以」 refuses nothing, and 「不去外企」 refuses no firm (a job's employer type
does not tell a foreign firm from a private one). And everyday industry words: 电商, 游戏公司, 传媒公司, 养老院."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from features.intentions import extract_industries, rejected_employer_kinds
from features.records import EmployerType
from matching.ranker import Ranker
from tests.factories import graduate, job


def _jobs():
    return [replace(job("GOV", "会计", employer="某县财政局"), employer_type=EmployerType.GOVERNMENT),
            replace(job("PI", "会计", employer="某县人民医院"), employer_type=EmployerType.PUBLIC_INSTITUTION),
            replace(job("SOE", "会计", employer="新疆能源集团"), employer_type=EmployerType.STATE_ENTERPRISE),
            replace(job("PRIV", "会计", employer="某科技有限公司"), employer_type=EmployerType.ENTERPRISE)]


def _category(catalog, segmenter, intention):
    jobs = _jobs()
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    [row] = ranker.score([graduate("g", "会计学", catalog=catalog, intention=intention)]).category
    return {j.id: float(v) for j, v in zip(jobs, row)}


@pytest.mark.parametrize(("intention", "refused"), [
    ("想做会计，不想进体制内", {"GOV", "PI"}),
    ("不考虑国企，想做会计", {"SOE"}),
    ("想做会计，不考编", {"GOV", "PI"}),
    ("想做会计，不想考公务员", {"GOV"}),
    ("想做会计，国企和事业单位都不去", {"SOE", "PI"}),
])
def test_a_refused_kind_of_employer_counts_against_its_posts(catalog, segmenter, intention, refused):
    category = _category(catalog, segmenter, intention)
    assert {j for j, v in category.items() if v < 0} == refused


@pytest.mark.parametrize("intention", ["想做会计，体制内外都可以", "想做会计，不去外企", "想做会计，不去外国企业",
                                       "想做会计，不想做出纳"])
def test_no_employer_is_refused_without_a_refusal_of_its_kind(catalog, segmenter, intention):
    assert all(v >= 0 for v in _category(catalog, segmenter, intention).values())


def test_the_refused_employers_posts_rank_below_the_others(catalog, segmenter):
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(_jobs())
    [result] = ranker.rank([graduate("g", "会计学", catalog=catalog, intention="想做会计，不想进体制内")], k=4,
                           rejected_k=0)
    order = [s.job_id for s in result.suggestions]
    assert {"GOV", "PI"}.isdisjoint(order[:2])


@pytest.mark.parametrize(("intention", "kinds"), [
    ("不想进体制内", ("体制内",)), ("不考虑国企和央企", ("国企", "央企")), ("不打算考公", ("考公",)),
    ("想进体制内", ()), ("体制内外都可以", ()), ("不去外企", ()), ("不去外国企业", ()), ("在国企工作过，想去民企", ()),
])
def test_refused_kinds_of_employer_are_read(intention, kinds):
    assert rejected_employer_kinds(intention) == kinds


@pytest.mark.parametrize(("intention", "industries"), [
    ("想去电商", ("互联网",)), ("想进电商行业", ("互联网",)), ("想去游戏公司", ("互联网",)),
    ("想去传媒公司", ("文化旅游",)), ("想去养老院", ("医疗卫生",)), ("希望在敬老院工作", ("医疗卫生",)),
    ("做电商运营", ()), ("喜欢玩游戏", ()), ("不想去游戏公司", ()),
    ("想在律所工作", ()), ("想去超市", ()),  # no industry of the vocabulary fits: left unread
])
def test_everyday_industry_words(intention, industries):
    assert extract_industries(intention) == industries


def test_refusing_an_employer_kind_leaves_the_wished_work_met_elsewhere(catalog, segmenter):
    jobs = _jobs()
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    [work] = ranker.score([graduate("g", "会计学", catalog=catalog, intention="想做会计，不想进体制内")]).work
    assert work[[j.id for j in jobs].index("PRIV")] > 0
    assert np.isfinite(work).all()


def test_the_reason_names_the_refused_kind_of_employer(catalog, segmenter):
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(_jobs())
    [result] = ranker.rank([graduate("g", "会计学", catalog=catalog, intention="想做会计，不想进体制内")], k=4,
                           rejected_k=0)
    gov = next(s for s in result.suggestions if s.job_id == "GOV")
    assert "用人单位类型是您表示不考虑的：体制内" in gov.reasons
    assert not any(r.startswith("岗位类别是您表示不做的") for r in gov.reasons)
