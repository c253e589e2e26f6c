"""A graduate's own major named bare beside a place is what was studied, not a kind of work: 「武汉，旅游管理」 of a
旅游管理 graduate read 旅游管理 as wished work (only a clause with 专业 was left out), so a post titled 旅游管理 was
called 「意向工作一致」. A vocabulary word that is also a major's stem (会计 of a 会计学 graduate) stays work."""

from __future__ import annotations

import pytest

from features.intentions import preferences_with_intention
from matching.preferences import wished_work
from matching.ranker import Ranker
from tests.factories import graduate, job


@pytest.mark.parametrize(("intention", "major", "kinds"), [
    ("武汉，旅游管理", "旅游管理", ()),
    ("武汉 旅游管理", "旅游管理", ()),
    ("武汉，旅游管理", "旅游管理（师范）", ()),
    ("武汉，旅游管理、新媒体运营", "旅游管理", ("新媒体运营",)),
    ("武汉，会计", "会计学", ("会计",)),  # 会计 is a job of the vocabulary, not only a major family
    ("武汉，会计、出纳", "会计", ("会计", "出纳")),
    ("武汉，旅游管理", "市场营销", ("旅游管理",)),  # only the graduate's own major is known to the reader
])
def test_the_graduates_own_major_is_no_wished_work(intention, major, kinds):
    assert wished_work(intention, major) == kinds


def test_the_preferences_read_at_import_leave_the_major_out():
    assert "旅游管理" not in preferences_with_intention("武汉，旅游管理", {}, major="旅游管理").categories
    assert preferences_with_intention("武汉，会计", {}, major="会计学").categories == ("会计",)


def test_a_post_of_the_major_is_not_called_the_wished_work(catalog, segmenter):
    jobs = [job("WH", "旅游管理", employer="武汉第一旅行社有限公司", majors="不限", location="武汉 江汉",
                description="负责旅游线路策划与团队管理")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    intention = "武汉，旅游管理"
    person = graduate("g", "旅游管理", catalog=catalog, intention=intention, locations=("武汉",))
    [result] = ranker.rank([person], k=1)
    assert not any(r.startswith("意向工作一致") for r in result.suggestions[0].reasons)
