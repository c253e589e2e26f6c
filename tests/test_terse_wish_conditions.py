"""A verbless part that says how the job should be, the wisher's attitude or who the wisher is, is no kind of work:
「乌鲁木齐 服从分配」 read 服从分配, 「乌鲁木齐，研究生」 研究生 (a 本科 graduate then got 「审计岗（研究生）」 first,
「意向工作一致：研究生」), and 「喀什，少数民族」 少数民族, which put ethnicity in a reason organisers see. Conditions and
attitudes, education levels, gender, the employment form, ethnicity and hardship status are skipped."""

from __future__ import annotations

import pytest

from features.intentions import extract_preferences
from matching.preferences import wished_work
from matching.ranker import Ranker
from tests.factories import graduate, job


@pytest.mark.parametrize("intention", [
    "乌鲁木齐 服从分配", "乌鲁木齐 服从安排", "乌鲁木齐 待遇好", "乌鲁木齐 有编制", "乌鲁木齐 父母身边",
    "乌鲁木齐，服从分配", "意向岗位：服从分配",
    "乌鲁木齐，应届", "乌鲁木齐，全职", "乌鲁木齐 兼职", "乌鲁木齐，往届生",
    "乌鲁木齐，研究生", "乌鲁木齐 本科生", "武汉，硕士学位",
    "乌鲁木齐，女生", "乌鲁木齐 男性",
    "喀什，少数民族", "喀什 维吾尔族", "喀什，低保",
])
def test_a_condition_or_status_is_no_wished_work(intention):
    assert wished_work(intention) == ()
    assert extract_preferences(intention).categories == ()


@pytest.mark.parametrize(("intention", "kinds"), [
    ("武汉，新媒体运营", ("新媒体运营",)),
    ("意向岗位：会计、出纳", ("会计", "出纳")),
    ("乌鲁木齐 新媒体运营、服从分配", ("新媒体运营",)),  # the condition is skipped, the work beside it read
    ("乌鲁木齐 环境监测", ("环境监测",)),  # a condition's word inside a kind of work
    ("武汉 薪酬专员", ("薪酬专员",)),
    ("武汉，保安", ("保安",)),  # 保安 is work; 保安族 would be a people
    ("武汉，博士后", ("博士后",)),
])
def test_work_beside_or_with_such_words_still_reads(intention, kinds):
    assert wished_work(intention) == kinds


def test_a_bachelor_wishing_yanjiusheng_is_not_told_a_graduate_post_is_the_wished_work(catalog, segmenter):
    jobs = [job("SJ", "审计岗（研究生）", employer="乌鲁木齐某会计师事务所", majors="不限", location="乌鲁木齐",
                description="负责审计工作"),
            job("KJ", "出纳", employer="乌鲁木齐某公司", majors="不限", location="乌鲁木齐", description="负责出纳工作")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    person = graduate("g", "会计学", catalog=catalog, intention="乌鲁木齐，研究生", locations=("乌鲁木齐",))
    [result] = ranker.rank([person], k=2)
    reasons = [r for s in result.suggestions for r in s.reasons]
    assert reasons and not any("研究生" in r and r.startswith("意向工作一致") for r in reasons)


def test_ethnicity_never_surfaces_as_wished_work(catalog, segmenter):
    jobs = [job("MZ", "少数民族专干", employer="喀什某单位", majors="不限", location="喀什", description="少数民族相关工作")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    person = graduate("g", "汉语言文学", catalog=catalog, intention="喀什，少数民族", locations=("喀什",))
    [result] = ranker.rank([person], k=1)
    assert not any(r.startswith("意向工作一致") for s in result.suggestions for r in s.reasons)
