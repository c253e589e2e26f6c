"""Suggestions follow the kind of work a graduate's 就业意向 names, and a 待核实 post ranks
below a 符合 one of similar score."""

from __future__ import annotations

import pytest

from matching.ranker import Ranker
from matching.scoring import ScoreWeights
from matching.verdict import ConditionResult, Status, Verdict
from tests.factories import graduate, job

#: As the sample's graduates: the 意向类别 column names kinds of employer only.
DEVELOPER = dict(intention="希望进入互联网或金融科技企业做开发", categories=("企业",))


def test_the_kind_of_work_the_intention_names_is_read_apart_from_the_kinds_of_employer():
    from matching.preferences import wished_work

    assert wished_work(DEVELOPER["intention"]) == ("开发",)
    assert set(wished_work("希望考机关事业单位，从事行政、文秘或法律事务工作")) == {"行政", "文秘", "法律事务"}
    assert wished_work("不想做销售，想找稳定工作") == ()
    assert wished_work(None) == ()


def test_a_job_of_the_named_kind_of_work_ranks_first_with_its_reason(catalog, segmenter):
    jobs = [job("OPS", "网络运维工程师", employer="某通信公司", description="负责网络设备维护"),
            job("DEV", "Java开发工程师", employer="某信息公司", description="负责网络设备维护")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(jobs)
    first, second = ranker.rank([graduate("g", "软件工程", catalog=catalog, **DEVELOPER)], k=2)[0].suggestions
    assert first.job_id == "DEV" and "意向工作一致：开发" in first.reasons
    assert not any(r.startswith("意向工作一致") for r in second.reasons)
    # said once, as what the graduate wants to do, not again as a 意向类别
    assert not any(r.startswith("意向类别一致：开发") for r in first.reasons)


def test_a_kind_of_work_is_said_once_when_the_categories_were_read_from_the_same_text(catalog, segmenter):
    jobs = [job("ACC", "会计", employer="某公司"), job("CLERK", "综合管理", employer="某公司")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    wish = graduate("g", "会计学", catalog=catalog, intention="希望从事会计工作", categories=("会计",))
    top = ranker.rank([wish], k=1)[0].suggestions[0]
    assert top.job_id == "ACC"
    assert "意向工作一致：会计" in top.reasons and not any(r.startswith("意向类别一致") for r in top.reasons)


def _review(*ids: str):
    def checker(_graduate, a_job):
        if a_job.id in ids:
            return Verdict.combine([ConditionResult("major", Status.NEEDS_REVIEW, "专业待核实：请核实")])
        return Verdict.combine([])
    return checker


@pytest.fixture()
def twin_jobs():
    # Equal texts but for one word more in SURE's: REVIEW scores a little above SURE for a 会计学 graduate.
    return [job("REVIEW", "会计", employer="某公司", description="会计核算 财务报表"),
            job("SURE", "会计", employer="某公司", description="会计核算 财务报表 出差"),
            job("FAR", "驾驶员", employer="某公司", description="车辆驾驶")]


def test_a_sure_post_ranks_above_a_post_to_confirm_of_similar_score(catalog, segmenter, twin_jobs):
    weights = ScoreWeights(needs_review=0.8)
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=_review("REVIEW"), weights=weights).fit(twin_jobs)
    g = graduate("g", "会计学", catalog=catalog)
    raw = ranker.score([g]).total[0]
    review, sure = (float(raw[ranker.index_.position(i)]) for i in ("REVIEW", "SURE"))
    assert sure < review <= sure / weights.needs_review  # similar, the one to confirm ahead
    # k=1: the walk looks past the first post to confirm for a sure one that passes it
    (only,) = ranker.rank([g], k=1)[0].suggestions
    assert only.job_id == "SURE" and only.status is Status.ELIGIBLE
    first, second, third = ranker.rank([g], k=3)[0].suggestions
    # a clearly better post to confirm still ranks above a sure one
    assert (first.job_id, second.job_id, third.job_id) == ("SURE", "REVIEW", "FAR")
    assert second.score == round(review * weights.needs_review, 4)
    assert ranker.judge(g, "REVIEW").score == second.score  # the same figure as in the list
