"""A theme holds no more parts than its graduates can fill within the cap on fairs a graduate
(``matching.fair_fill``): Henan by major's 文学 (86 posts, 7 graduates) ran as 9 sessions of exactly 5
graduates, one of them asked to all 9 though the cap is 4. The cap now holds in every plan."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from matching.fair_fill import fillable
from matching.fair_limits import FairLimits
from matching.fairs import UnplacedKind, plan_fairs
from matching.ranker import Ranker
from tests.factories import graduate, job

PLACES = ("乌鲁木齐市", "昌吉市", "克拉玛依市", "哈密市", "喀什市", "和田市")


def _plan(catalog, segmenter, jobs, people, *, by="major", k=20, **limits):
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    return plan_fairs(ranker, people, ranker.rank(people, k=k, rejected_k=0), by=by, limits=FairLimits(**limits))


def _invitations(result) -> Counter:
    return Counter(g.graduate_id for f in result.fairs for g in f.graduates)


def test_fillable_is_graduates_times_the_cap_over_the_minimum():
    assert fillable(7, FairLimits()) == 5  # 7 × 4 ÷ 5
    assert fillable(1, FairLimits()) == 1 and fillable(40, FairLimits()) == 32


def test_a_theme_of_few_graduates_and_many_posts_holds_only_the_parts_they_can_fill(catalog, segmenter):
    """24 汉语言文学 posts of 24 employers, 3 a fair: 8 parts; 7 graduates may apply for all. Before, each
    of the 8 parts reached 5 graduates by inviting the same ones again, some to 6 fairs or more."""
    jobs = [job(f"W{i:02}", "文字编辑", employer=f"报社{i:02}", education="本科及以上", majors="汉语言文学",
                location=PLACES[i % len(PLACES)], description="文字编辑 新闻采写") for i in range(24)]
    people = [graduate(f"G{i}", "汉语言文学", catalog=catalog) for i in range(7)]
    result = _plan(catalog, segmenter, jobs, people, k=24, max_employers=3)
    invited = _invitations(result)
    assert max(invited.values()) <= 4 and set(invited) == {g.id for g in people}
    assert 1 <= len(result.fairs) <= 5 and all(len(f.graduates) >= 5 for f in result.fairs)
    held = len(result.fairs)
    left = [u for u in result.unplaced if UnplacedKind.GRADUATES_FULL in u.kinds]
    placed = {p.job_id for f in result.fairs for p in f.positions}
    assert len(left) == 24 - len(placed) > 0 and not placed & {u.job_id for u in left}
    assert all(f"本主题可参会的毕业生仅 7 人，已排满 {held} 场（每位毕业生最多受邀 4 场、每场至少 5 人），本岗位所在的一场未举办"
               in u.reason for u in left)
    assert any(n.startswith(f"0501 中国语言文学类：可参会的毕业生仅 7 人，每位毕业生最多受邀 4 场、每场至少 5 人，只办 {held} 场，"
                            f"另 {8 - held} 场的 {len(left)} 个岗位未列入") for n in result.notes)
    # No fair reaches its minimum by inviting over the cap.
    assert not any("仍邀请参加本场" in g.reason for f in result.fairs for g in f.graduates)
    # The parts held are numbered from 之一 without gaps.
    assert [f.part for f in result.fairs] == list(range(1, held + 1)) and {f.parts for f in result.fairs} == {held}


MAJORS = ("汉语言文学", "会计学", "计算机科学与技术", "护理学", "英语", "土木工程")
POSTS = {"汉语言文学": "文字编辑", "会计学": "会计", "计算机科学与技术": "软件开发", "护理学": "护士", "英语": "英语翻译",
         "土木工程": "施工员"}
INDUSTRIES = ("教育", "金融业", "制造业", "建筑业", "卫生和社会工作")


def _generated(seed: int, catalog):
    rng = random.Random(seed)
    jobs = []
    for i in range(rng.randint(20, 60)):
        major = rng.choice(MAJORS)
        jobs.append(job(f"J{i:03}", POSTS[major], employer=f"单位{rng.randint(0, 25):02}", education="本科及以上",
                        majors=rng.choice((major, major, "不限")), location=rng.choice(PLACES),
                        industry=rng.choice(INDUSTRIES), description=POSTS[major]))
    people = [graduate(f"G{i:03}", rng.choice(MAJORS), catalog=catalog,
                       industries=tuple(rng.sample(INDUSTRIES, rng.randint(0, 3))))
              for i in range(rng.randint(6, 30))]
    limits = dict(max_employers=rng.randint(1, 4), max_positions=rng.randint(3, 8), min_positions=1,
                  min_graduates=rng.randint(1, 5), max_graduates=rng.randint(5, 12),
                  max_fairs_per_graduate=rng.randint(1, 4))
    return jobs, people, limits


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("by", ["major", "industry"])
def test_no_graduate_is_invited_to_more_fairs_than_the_cap_in_any_plan(catalog, segmenter, seed, by):
    jobs, people, limits = _generated(seed, catalog)
    result = _plan(catalog, segmenter, jobs, people, by=by, k=10, **limits)
    invited = _invitations(result)
    assert not invited or max(invited.values()) <= limits["max_fairs_per_graduate"], (limits, invited.most_common(3))
    # and every fair held keeps its minimum (the cap does not leave one short instead)
    assert all(len(f.graduates) >= limits["min_graduates"] for f in result.fairs)
    assert not any("仍邀请参加本场" in g.reason for f in result.fairs for g in f.graduates)
