"""A theme whose posts fit one fair but whose graduates exceed ``max_graduates`` is held as more
sessions (「工商管理类专场（之二）」) when its posts can make two fairs that each meet the minimums, its
employers cut in place order as a larger theme's are, no post or employer in two sessions; when
they cannot, one fair is held and the graduates over the cap are listed 未受邀 as before."""

from __future__ import annotations

from collections import Counter

from matching.fair_limits import FairLimits
from tests.factories import graduate, job
from tests.test_fairs import plan


def _accounting(job_id, place, employer=None):
    return job(job_id, "会计", employer=employer or f"会计师事务所{job_id}", education="本科及以上", majors="会计学",
               location=place)


def _accountants(catalog, n):
    return [graduate(f"G{i:02}", "会计学", catalog=catalog) for i in range(n)]


CAP4 = FairLimits(min_positions=2, min_graduates=2, max_graduates=4)


def test_an_over_full_theme_whose_posts_make_two_fairs_gets_a_second_session(catalog, segmenter):
    jobs = [_accounting(f"F{i}", place) for i, place in enumerate(["乌鲁木齐市", "乌鲁木齐市", "喀什市", "喀什市"])]
    result = plan(catalog, segmenter, jobs, _accountants(catalog, 8), limits=CAP4, k=4)
    assert [f.title for f in result.fairs] == ["工商管理类专场（之一）", "工商管理类专场（之二）"]
    # Cut in place order, each post and employer in one session only.
    assert [[p.job_id for p in f.positions] for f in result.fairs] == [["F0", "F1"], ["F2", "F3"]]
    assert [f.places for f in result.fairs] == [("乌鲁木齐市",), ("喀什市",)]
    assert [len(f.graduates) for f in result.fairs] == [4, 4]
    assert result.uninvited == ()
    assert Counter(g.graduate_id for f in result.fairs for g in f.graduates) == Counter({f"G{i:02}": 1 for i in range(8)})
    assert "1202 工商管理类：可参加的毕业生 8 人，多于每场上限 4 人，4 个岗位按地点分为 2 场（岗位不重复）" in result.notes


def test_as_many_sessions_as_the_graduates_need(catalog, segmenter):
    jobs = [_accounting(f"F{i}", "乌鲁木齐市") for i in range(6)]
    result = plan(catalog, segmenter, jobs, _accountants(catalog, 12), limits=CAP4, k=6)
    assert [f.title for f in result.fairs] == [f"工商管理类专场（之{n}）" for n in "一二三"]
    assert [len(f.positions) for f in result.fairs] == [2, 2, 2]
    assert result.graduates_placed == 12 and result.uninvited == ()


def test_posts_that_cannot_make_two_fairs_keep_one_and_list_the_rest(catalog, segmenter):
    jobs = [_accounting(f"F{i}", "乌鲁木齐市") for i in range(3)]  # 3 posts: no two fairs of 2
    result = plan(catalog, segmenter, jobs, _accountants(catalog, 6), limits=CAP4, k=3)
    assert [f.title for f in result.fairs] == ["工商管理类专场"]
    assert len(result.fairs[0].graduates) == 4 and len(result.uninvited) == 2
    assert result.uninvited[0].reason.endswith("但该场已满 4 人（每场毕业生上限，推荐名次靠前者优先）")
    # Says which minimum a second session would miss, so the organiser knows what to change.
    assert ("1202 工商管理类：可参加的毕业生 6 人，多于每场上限 4 人，但 3 家单位的 3 个岗位分场后不能每场都有至少 2 个岗位和 "
            "2 位可参加的毕业生，只办一场") in result.notes


def test_one_employer_is_not_split_over_two_sessions(catalog, segmenter):
    jobs = [_accounting(f"F{i}", "乌鲁木齐市", employer="乌鲁木齐市财政局") for i in range(4)]
    result = plan(catalog, segmenter, jobs, _accountants(catalog, 8), limits=CAP4, k=4)
    assert [f.title for f in result.fairs] == ["工商管理类专场"]
    assert len(result.uninvited) == 4
    # Not 「分场后不能各达最低规模」: 4 posts would make two sessions of 2; it is the one employer.
    assert ("1202 工商管理类：可参加的毕业生 8 人，多于每场上限 4 人，但 4 个岗位同属一家单位（乌鲁木齐市财政局），"
            "一家单位不分到两场，只办一场") in result.notes

