"""A post that neither its major list nor the model's fit places goes to the class most of the
graduates it was suggested to lie in only when they are a group: at least ``MIN_AUDIENCE`` (2) and
``MIN_AUDIENCE_SHARE`` (10%) of them. One graduate placed a 安全环保专员 in the 计算机类 fair; 3 of 76
a 储能系统工程师. One graduate does place a post when the class is the model's clear first guess
(``MIN_LEAD_RATIO``, 2.5 times the second: 前端开发工程师 计算机类 0.20 against 0.06). A post that fails is
listed unplaced, saying how many of whom."""

from __future__ import annotations

import numpy as np

from matching.fairs import FairBy, UnplacedKind
from tests.factories import graduate, job
from tests.test_fair_places import _plan


class _SafetyPost:
    """A model whose first guess for every post is 计算机类 (0.11), below ``min_fit`` (0.30), twice
    its second (0.055), as the real model guessed for 安全环保专员: not a clear lead."""
    labels_ = ["0809", "0601"]

    def predict_proba(self, items):
        return np.array([[0.11, 0.055] for _ in items])


class _FrontEnd:
    """A model whose first guess is 计算机类 at 0.20, 3.3 times its second (0.06), as the real model
    guessed for 前端开发工程师: a clear lead, small only because the post's text is short."""
    labels_ = ["0809", "0601"]

    def predict_proba(self, items):
        return np.array([[0.20, 0.06] for _ in items])


def _people(catalog, computing, others):
    return ([graduate(f"C{i}", "计算机科学与技术", catalog=catalog) for i in range(computing)]
            + [graduate(f"H{i:02}", "历史学", catalog=catalog) for i in range(others)])


def test_one_graduate_of_sixteen_does_not_place_a_safety_post_in_the_computing_fair(catalog, segmenter):
    jobs = [job("SAFE", "安全环保专员", employer="甲石油化工有限公司")]
    result = _plan(catalog, segmenter, jobs, _people(catalog, 1, 15), by=FairBy.MAJOR, model=_SafetyPost())
    assert result.fairs == ()
    (left,) = result.unplaced
    assert left.kinds == (UnplacedKind.NO_THEME,)
    assert left.reason == ("未列专业要求，模型估计的匹配程度都不足以归入专业类；推荐此岗位的 16 位毕业生中，同属模型估计可能相关的"
                           "一个专业类的最多 1 位（计算机类），须至少 2 位且占推荐人数的 10%（模型估计的匹配程度达次高专业类 2.5 倍的"
                           "专业类有 1 位即可），不足以归入")


def test_a_few_of_many_graduates_do_not_place_a_post(catalog, segmenter):
    jobs = [job("ESS", "储能系统工程师", employer="甲新能源有限公司")]
    result = _plan(catalog, segmenter, jobs, _people(catalog, 2, 19), by=FairBy.MAJOR, model=_SafetyPost())
    assert result.fairs == ()
    assert "推荐此岗位的 21 位毕业生中，同属模型估计可能相关的一个专业类的最多 2 位（计算机类）" in result.unplaced[0].reason


#: A post its list places in 计算机类: a class fair stands on such posts, those placed by vote at most as many
#: (``matching.fair_evidence``; tests/test_fair_evidence.py).
LISTED = job("DEV", "软件开发工程师", employer="丙科技有限公司", majors="计算机科学与技术")


def test_a_group_of_a_tenth_places_the_post_and_says_of_how_many(catalog, segmenter):
    jobs = [job("ESS", "储能系统工程师", employer="甲新能源有限公司"), LISTED]
    result = _plan(catalog, segmenter, jobs, _people(catalog, 2, 18), by=FairBy.MAJOR, model=_SafetyPost())
    (fair,) = result.fairs
    assert fair.key == "0809" and [g.graduate_id for g in fair.graduates] == ["C0", "C1"]
    assert {p.job_id: p.reason for p in fair.positions}["ESS"] == ("未列专业要求，模型估计与计算机类的匹配程度较低，不足以单凭模型归入；推荐此岗位的 20 位毕业生中 "
                                        "2 位属计算机类，为模型所估各专业类中最多")


def test_the_vote_takes_the_largest_group_and_ties_by_model_fit():
    from matching.fair_themes import AudienceVote

    fits = {"0809": 0.11, "0807": 0.2, "1202": 0.15}
    assert AudienceVote({"0809": 1}, fits, 1).chosen() == []  # one is no group
    assert AudienceVote({"0809": 3, "0807": 2}, fits, 20).chosen() == ["0809"]
    assert AudienceVote({"0809": 3, "0807": 3}, fits, 30).chosen() == ["0807", "0809"]
    assert AudienceVote({"0809": 3}, fits, 31).chosen() == []  # under a tenth
    assert AudienceVote({}, fits, 5).chosen() == []


def test_one_graduate_places_a_post_in_the_models_clear_first_class(catalog, segmenter):
    jobs = [job("WEB", "前端开发工程师", employer="甲软件科技有限公司"), LISTED]
    result = _plan(catalog, segmenter, jobs, _people(catalog, 1, 9), by=FairBy.MAJOR, model=_FrontEnd())
    (fair,) = result.fairs
    assert fair.key == "0809" and [g.graduate_id for g in fair.graduates] == ["C0"]
    assert {p.job_id: p.reason for p in fair.positions}["WEB"] == ("未列专业要求，模型估计与计算机类的匹配程度较低，不足以单凭模型归入；推荐此岗位的 10 位毕业生中 "
                                        "1 位属计算机类，且模型估计的匹配程度为次高专业类的 3.3 倍")


def test_a_clear_first_guess_still_needs_one_graduate_of_its_class():
    from matching.fair_themes import AudienceVote

    fits = {"0809": 0.2}
    assert AudienceVote({"0809": 1}, fits, 67, ("0809", 2.6)).chosen() == ["0809"]  # 施工员: 1 of 67
    assert AudienceVote({}, fits, 10, ("0809", 3.3)).chosen() == []
    # A group of another class outnumbers the lead's one graduate.
    assert AudienceVote({"0809": 1, "0807": 3}, {"0809": 0.2, "0807": 0.11}, 20, ("0809", 3.0)).chosen() == ["0807"]
