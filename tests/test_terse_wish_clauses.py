"""A wish split over two clauses names its work: 「武汉，新媒体运营」 and 「意向地点：武汉；意向岗位：新媒体运营」 named
none (only a place and kinds of work in the same clause were read), so the wished work lifted no post. A clause
that is only a list of kinds of work is read beside a terse place in another clause, or under a label
(意向岗位/意向职位/求职意向); a place said in a sentence, a list of conditions or a sentence is not read so."""

from __future__ import annotations

import pytest

from features.intentions import extract_preferences
from matching.preferences import wished_work
from matching.ranker import Ranker
from tests.factories import graduate, job


@pytest.mark.parametrize(("intention", "kinds"), [
    ("武汉，新媒体运营", ("新媒体运营",)),
    ("意向地点：武汉；意向岗位：新媒体运营", ("新媒体运营",)),
    ("武汉；新媒体运营/短视频编导", ("新媒体运营", "短视频编导")),
    ("乌鲁木齐，会计、出纳", ("会计", "出纳")),
    ("求职意向：新媒体运营、短视频编导", ("新媒体运营", "短视频编导")),
    ("意向职位：短视频编导", ("短视频编导",)),
])
def test_a_list_of_work_in_its_own_clause_is_read(intention, kinds):
    assert wished_work(intention) == kinds


@pytest.mark.parametrize("intention", [
    "希望在和田或乌鲁木齐工作",
    "新媒体运营",  # no place, no label: a lone word is not read as a wish of work
    "武汉，待遇好",
    "武汉，双休",
    "武汉，包住宿",
    "旅游管理专业，武汉",
    "喀什大学毕业，短视频编导",  # a school's place is no wished place
    "不去喀什，短视频编导",  # nor a refused one
    "希望在喀什工作，服从安排",  # a place said in a sentence makes no list of the clause beside it
    "希望到学校任教，教英语相关课程，希望在喀什工作",
])
def test_sentences_conditions_and_places_not_wished_name_no_new_work(intention):
    assert not set(wished_work(intention)) & {"新媒体运营", "短视频编导", "待遇好", "服从安排", "教英语相关课程",
                                                 "包住宿", "旅游管理"}


def test_the_work_of_a_two_clause_wish_is_met_by_the_post(catalog, segmenter):
    jobs = [job("WH", "新媒体运营", employer="武汉第一文化传媒有限公司", majors="不限", location="武汉 江汉",
                description="负责新媒体账号运营、短视频编导与拍摄")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    intention = "意向地点：武汉；意向岗位：新媒体运营"
    person = graduate("g", "旅游管理", catalog=catalog, intention=intention,
                      locations=extract_preferences(intention).locations)
    [result] = ranker.rank([person], k=1)
    assert "意向工作一致：新媒体运营" in result.suggestions[0].reasons
