"""Review of the wished kind of work: 「意向工作一致」 is said only where the post is that work, and
the organiser's candidate list ranks and shows a 待核实 graduate as the graduate's own list does."""

from __future__ import annotations

import numpy as np
import pytest

from matching.preferences import wished_work
from matching.ranker import Ranker
from matching.verdict import ConditionResult, Status, Verdict
from tests.factories import graduate, job


def _work(ranker: Ranker, someone, job_id: str) -> float:
    return float(ranker.score([someone]).work[0, ranker.index_.position(job_id)])


def _work_reasons(ranker: Ranker, someone, job_id: str) -> list[str]:
    return [r for r in ranker.judge(someone, job_id).reasons if r.startswith("意向工作一致")]


def test_a_wish_to_develop_meets_software_posts_not_land_or_investment_development(catalog, segmenter):
    jobs = [job("DEV", "Java开发工程师"), job("LAND", "土地开发岗"), job("INV", "招商开发专员"),
            job("HR", "人力资源开发和研究")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    developer = graduate("g", "软件工程", catalog=catalog, intention="希望进入互联网企业做开发")
    assert _work(ranker, developer, "DEV") == 1.0
    assert [_work(ranker, developer, i) for i in ("LAND", "INV", "HR")] == [0.0, 0.0, 0.0]
    assert _work_reasons(ranker, developer, "DEV") == ["意向工作一致：开发"]
    assert _work_reasons(ranker, developer, "LAND") == []


def test_a_wish_to_teach_at_primary_or_secondary_school_meets_both_stages(catalog, segmenter):
    jobs = [job("HIGH", "高中物理教师"), job("MID", "初中数学教师"), job("PRIMARY", "小学语文教师"),
            job("KINDER", "幼儿园教师"), job("EDITOR", "小学英语编辑老师")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    teacher = graduate("g", "物理学", catalog=catalog, intention="希望当物理方向的中小学教师，已取得教师资格证")
    assert [_work(ranker, teacher, i) for i in ("HIGH", "MID", "PRIMARY")] == [1.0, 1.0, 1.0]
    assert [_work(ranker, teacher, i) for i in ("KINDER", "EDITOR")] == [0.0, 0.0]
    assert _work_reasons(ranker, teacher, "HIGH") == ["意向工作一致：中小学教师"]


def test_the_major_studied_and_a_qualification_held_are_not_wished_work(catalog, segmenter):
    assert wished_work("审计学专业，希望从事会计工作") == ("会计",)
    assert wished_work("已取得教师资格证，想做会计") == ("会计",)
    assert wished_work("专业是护理学，想去医院") == ()
    # a kind named with 专业 inside the wish still counts
    assert wished_work("希望从事会计专业相关工作") == ("会计",)
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit([job("AUD", "审计岗"), job("ACC", "会计")])
    auditor = graduate("g", "审计学", catalog=catalog, intention="审计学专业，希望从事会计工作")
    assert _work_reasons(ranker, auditor, "AUD") == []
    assert _work_reasons(ranker, auditor, "ACC") == ["意向工作一致：会计"]


def _review_for(*graduate_ids: str):
    def checker(a_graduate, _job):
        if a_graduate.id in graduate_ids:
            return Verdict.combine([ConditionResult("major", Status.NEEDS_REVIEW, "专业待核实：请核实")])
        return Verdict.combine([])
    return checker


def test_the_candidate_list_ranks_and_shows_the_score_the_graduate_sees(catalog, segmenter):
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=_review_for("A")).fit(
        [job("ACC", "会计", description="会计核算 财务报表")])
    # Twins: equal raw scores; A (first by id) is to be confirmed, B may certainly apply.
    twins = [graduate(i, "会计学", catalog=catalog, intention="想做会计") for i in ("A", "B")]
    (best,) = ranker.rank_graduates("ACC", twins, k=1)
    assert best.graduate_id == "B" and best.status is Status.ELIGIBLE
    first, second = ranker.rank_graduates("ACC", twins, k=2)
    assert (first.graduate_id, second.graduate_id) == ("B", "A")
    assert second.score == ranker.judge(twins[0], "ACC").score < first.score
    assert second.score == ranker.rank([twins[0]], k=1)[0].suggestions[0].score


@pytest.mark.parametrize("seed", range(30))
def test_best_weighed_agrees_with_weighing_everything(seed):
    from matching.selection import best_weighed

    rng = np.random.default_rng(seed)
    n, k = 40, int(rng.integers(1, 8))
    scores = np.round(rng.random(n), 1)  # many ties
    scores[rng.random(n) < 0.2] = -np.inf
    tiebreak = rng.permutation(n)
    share = rng.choice([None, 1.0, 0.9], size=n)
    weighed_calls: list[int] = []

    def weigh(i):
        weighed_calls.append(i)
        return None if share[i] is None else (float(scores[i]) * share[i], f"job{i}")

    kept, _ = best_weighed(scores, k=k, want=k * 3, tiebreak=tiebreak, weigh=weigh)
    every = sorted(((float(scores[i]) * share[i], i) for i in range(n) if np.isfinite(scores[i]) and share[i] is not None),
                   key=lambda e: (-e[0], tiebreak[e[1]]))[:k]
    assert [(w, i) for w, i, _ in kept] == every
    assert all(payload == f"job{i}" for _, i, payload in kept)
    assert len(set(weighed_calls)) == len(weighed_calls)


def test_a_kind_of_work_the_graduate_rejects_is_never_counted_as_wished(catalog, segmenter):
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit([job("CASH", "出纳"), job("ACC", "会计")])
    someone = graduate("g", "会计学", catalog=catalog, intention="想做财务，不做出纳")
    assert _work(ranker, someone, "CASH") == 0.0 and _work(ranker, someone, "ACC") == 1.0
    reasons = ranker.judge(someone, "CASH").reasons
    assert "岗位类别是您表示不做的：出纳" in reasons
    assert not any(r.startswith("意向工作一致") for r in reasons)
