"""A post whose 职位类别 is 出版发行 belongs to the 文化旅游 system as an 编辑 post does, so an
industry plan holds no 「出版发行专场」 beside the 「文化旅游专场」 with the same 期刊编辑 posts
(Wuhan's postings, review of 2026-12-07)."""

from __future__ import annotations

from features.sectors import sector_of
from matching.fairs import FairBy, position_themes
from matching.ranker import Ranker
from tests.factories import job


def test_publishing_category_is_the_culture_system():
    found = sector_of("武汉某科技有限公司", "期刊责任编辑", category="出版发行")
    assert (found.name, found.word, found.source) == ("文化旅游", "出版", "职位类别")


def test_publishing_and_editing_posts_share_one_theme(catalog, segmenter):
    jobs = [job("P1", "期刊责任编辑", employer="武汉某科技有限公司", category="出版发行"),
            job("E1", "期刊编辑", employer="湖北某传媒公司", category="编辑")]
    links = position_themes(Ranker(catalog=catalog, segmenter=segmenter).fit(jobs), by=FairBy.INDUSTRY)
    assert {j: [link.name for link in found] for j, found in links.items()} == {"P1": ["文化旅游"], "E1": ["文化旅游"]}


def test_a_press_and_publication_bureau_stays_a_party_office():
    assert sector_of("某市新闻出版局", "科员").name == "党政机关"
