"""A stated place (意向地点) orders the list: a post known to lie elsewhere ranks at
``ScoreWeights.outside_place`` of its score and says so (「不在意向地点（武汉）：…」). As a wish of 0.10 it lifted a
post 1.4 times, and a 旅游管理 graduate wishing 「武汉 新媒体运营/短视频编导」 saw eight Xinjiang posts listing
their major above every Wuhan post of the work they named (2026-12-07 graduate review). A terse wish (a
place and kinds of work side by side, no verb) names its kinds of work; it named none."""

from __future__ import annotations

import pytest

from features.intentions import extract_preferences
from matching.preferences import wished_work
from matching.ranker import Ranker
from matching.scoring import ScoreWeights
from tests.factories import graduate, job

TERSE = "武汉 新媒体运营/短视频编导"


def _xinjiang_and_wuhan() -> list:
    xinjiang = [job(f"XJ{i}", "导游", employer=f"乌鲁木齐第{i}国际旅行社有限公司", majors="旅游管理",
                    location="新疆乌鲁木齐市", description="带团讲解，旅游线路接待") for i in range(8)]
    wuhan = [job(f"WH{i}", "新媒体运营", employer=f"武汉第{i}文化传媒有限公司", majors="不限",
                 location="武汉 江汉", description="负责新媒体账号运营、短视频编导与拍摄") for i in range(3)]
    return xinjiang + wuhan


def _tourism_graduate(catalog, intention: str = TERSE):
    wish = extract_preferences(intention)
    return graduate("g", "旅游管理", catalog=catalog, intention=intention, locations=wish.locations)


@pytest.fixture()
def ranker(catalog, segmenter):
    return Ranker(catalog=catalog, segmenter=segmenter).fit(_xinjiang_and_wuhan())


@pytest.mark.parametrize(("intention", "kinds"), [
    (TERSE, ("新媒体运营", "短视频编导")),
    ("乌鲁木齐 会计、出纳", ("会计", "出纳")),
    ("武汉 双休", ()),  # a condition of the job, not a kind of work
    ("旅游管理专业 武汉", ()),  # the major's clause
    ("希望在和田或乌鲁木齐工作", ()),  # a sentence: 和田 is no 和 between two kinds of work
    ("武汉 离家近", ()),
])
def test_a_terse_wish_names_its_kinds_of_work(intention, kinds):
    assert wished_work(intention) == kinds


def test_posts_in_the_wished_place_come_before_better_listed_posts_elsewhere(ranker, catalog):
    [result] = ranker.rank([_tourism_graduate(catalog)], k=11)
    order = [s.job_id for s in result.suggestions]
    assert order[:3] == ["WH0", "WH1", "WH2"]
    assert sorted(order[3:]) == [f"XJ{i}" for i in range(8)]  # still listed, below


def test_a_post_elsewhere_says_it_is_outside_the_wished_place(ranker, catalog):
    [result] = ranker.rank([_tourism_graduate(catalog)], k=11)
    reasons = {s.job_id: s.reasons for s in result.suggestions}
    assert "不在意向地点（武汉）：新疆乌鲁木齐市" in reasons["XJ0"]
    assert "意向地点一致：武汉 江汉" in reasons["WH0"]
    assert "意向工作一致：新媒体运营" in reasons["WH0"]
    assert not any(r.startswith("不在意向地点") for r in reasons["WH0"])


def test_a_post_judged_alone_shows_the_score_of_the_list(ranker, catalog):
    # ``judge`` scores one column; whether the wished place has posts is read from all loaded posts.
    person = _tourism_graduate(catalog)
    [result] = ranker.rank([person], k=11)
    listed = {s.job_id: s.score for s in result.suggestions}
    judged = ranker.judge(person, "XJ0")
    assert judged.score == listed["XJ0"]
    assert any(r.startswith("不在意向地点") for r in judged.reasons)


def test_a_wished_place_no_post_lies_in_puts_nothing_outside(ranker, catalog):
    person = graduate("g", "旅游管理", catalog=catalog, intention="想去北京", locations=("北京",))
    unplaced = graduate("g", "旅游管理", catalog=catalog, intention="想去北京")
    [wished], [plain] = ranker.rank([person], k=11), ranker.rank([unplaced], k=11)
    assert [(s.job_id, s.score) for s in wished.suggestions] == [(s.job_id, s.score) for s in plain.suggestions]
    assert not any(r.startswith("不在意向地点") for s in wished.suggestions for r in s.reasons)


def test_a_post_of_unknown_place_is_not_outside(catalog, segmenter):
    jobs = [job("NOWHERE", "导游", majors="旅游管理"), job("WH", "导游", majors="旅游管理", location="武汉 江汉")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(jobs)
    [result] = ranker.rank([_tourism_graduate(catalog, "想去武汉")], k=2)
    reasons = {s.job_id: s.reasons for s in result.suggestions}
    assert not any(r.startswith("不在意向地点") for r in reasons["NOWHERE"])
    assert result.suggestions[1].score == pytest.approx(0.45, abs=1e-3)  # its score untouched
