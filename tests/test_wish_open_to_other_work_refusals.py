"""Review of the wishes that open a graduate to other work: only the graduate's own opening counts
(「专业以外的工作不考虑」「不太想转行」 open nothing), the reason 「愿意从事专业以外的工作」 only on a post outside
the major, and the everyday words read with it (「体制内外都可以」「不考编」「不接受支教」)."""

from __future__ import annotations

import numpy as np
import pytest

from features.intentions import extract_categories, rejected_categories
from features.open_to_other_work import open_to_other_work
from matching.explain import soft_reasons
from matching.pair_scores import PairScores
from matching.preferences import wished_work
from matching.ranker import Ranker
from tests.factories import graduate, job

OPENING_REASON = "您表示愿意从事专业以外的工作"


@pytest.mark.parametrize("intention", [
    "不太想转行", "没打算转行", "不会考虑转行", "不准备跨专业",
    "专业以外的工作不考虑", "不接受专业以外的工作", "不愿从事非本专业工作", "非本专业岗位不考虑",
    "想找与专业相关的工作，其他专业的工作不做",
])
def test_a_refused_opening_opens_nothing(intention):
    assert not open_to_other_work(intention)


@pytest.mark.parametrize("intention", ["不一定要专业对口，想做行政", "专业不对口的也可以，想做行政",
                                       "专业对口最好，不对口也可以"])
def test_openings_said_in_other_words(intention):
    assert open_to_other_work(intention)


@pytest.mark.parametrize("intention", ["除了本专业以外还想做行政", "可以接受非本专业工作，但希望在乌鲁木齐",
                                       "不想做本专业，想做行政", "转行做销售", "不限专业"])
def test_openings_stay_open(intention):  # guards: the refusal check must not close these
    assert open_to_other_work(intention)


def test_a_refused_opening_leaves_the_major_first(catalog, segmenter):
    jobs = [job("DEV", "前端开发工程师", employer="某科技公司", majors="数字媒体技术、软件工程"),
            job("ADM", "行政助理", employer="某商贸公司")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    [result] = ranker.rank([graduate("g", "数字媒体技术", catalog=catalog,
                                     intention="专业以外的工作不考虑，也可以做行政")], k=5)
    assert result.suggestions[0].job_id == "DEV"
    assert not any(r.startswith(OPENING_REASON) for s in result.suggestions for r in s.reasons)


def _one_pair(fit: float, *, admitted: bool = False) -> PairScores:
    one = lambda v: np.array([[v]], dtype=np.float32)  # noqa: E731
    return PairScores(total=one(1.0), text=one(0.0), fit=one(fit), admitted=np.array([[admitted]]),
                      preferred=one(0.0), blocked=np.array([[False]]), location=one(0.0), category=one(0.0),
                      industry=one(0.0), salary=one(0.0), work=one(1.0), work_for_major=np.array([[True]]))


def test_the_reason_is_not_given_on_a_post_of_the_major(catalog):
    nurse = graduate("g", "护理学", catalog=catalog, intention="不限专业，想做护士")
    post = job("N", "护士", employer="某县人民医院")
    reasons = soft_reasons(nurse, post, _one_pair(0.88), 0, 0, catalog)  # the model reads 护理学 as fitting
    assert not any(r.startswith(OPENING_REASON) for r in reasons)
    assert "意向工作一致：护士" in reasons
    clerk = graduate("g", "数字媒体技术", catalog=catalog, intention="不限专业，想做行政")
    reasons = soft_reasons(clerk, job("A", "行政助理", employer="某商贸公司"), _one_pair(0.05), 0, 0, catalog)
    assert any(r.startswith(f"{OPENING_REASON}：行政") for r in reasons)


@pytest.mark.parametrize("intention", ["体制内外都可以", "体制内外均可，想做行政", "体制内或体制外都行",
                                       "不考编", "不考公，想去企业", "不打算考公"])
def test_both_sides_or_a_refusal_wish_for_no_kind_of_employer(intention):
    assert not {"体制内", "考编", "考公"} & set(extract_categories(intention))


def test_tizhinei_still_read_beside_a_refused_outside():
    assert "体制内" in extract_categories("想进体制内，不去体制外")


@pytest.mark.parametrize("intention", ["不接受支教", "想当老师，不想去支教", "想当老师，不想去小学支教"])
def test_refusing_zhijiao_refuses_the_stint_not_teaching(intention):
    refused = rejected_categories(intention)
    assert refused == ("支教",)


def test_the_outside_of_the_major_is_no_kind_of_work():
    assert wished_work("愿意从事非本专业工作") == ()
