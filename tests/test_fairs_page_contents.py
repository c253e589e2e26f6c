"""The ``/fairs`` page's table of contents: on a phone the plan of ~45 fairs is long, so a list
at the top links to each fair, and each fair links back to it."""

from __future__ import annotations

import re

import pytest

from tests.test_api_fairs import SMALL, api  # noqa: F401
from tests.test_api_pages import login


def test_the_fair_page_lists_its_fairs_at_the_top_and_each_fair_links_back(api):
    login(api, "organiser")
    page = api.client.get("/fairs", params=SMALL).text
    toc = page[page.index('id="fair-toc"'):page.index("</nav>", page.index('id="fair-toc"'))]
    fairs = re.findall(r'<section class="card fair" id="(fair-\d+)">\s*<h2>\d+\. ([^<]+)</h2>', page)
    assert len(fairs) >= 2
    # One entry per fair, in the page's order, each to its section by its title.
    assert re.findall(r'<a href="#(fair-\d+)">([^<]+)</a>', toc) == fairs
    assert page.index('id="fair-toc"') < page.index('class="card fair" id="fair-')
    assert 'href="#unplaced"' in toc and 'id="unplaced"' in page
    sections = page.split('<section class="card fair"')[1:]
    assert all('<a href="#fair-toc">回到目录</a>' in s.split("</section>")[0] for s in sections)


@pytest.mark.parametrize("by", ["major", "industry"])
def test_each_fair_is_one_summary_line_with_its_posts_and_graduates_behind_it(api, by):
    """At 390 px the sample's plan was ~92,000 px tall with every post shown: each fair's heading
    is followed by one closed summary of counts, and its tables are inside it, by major or by industry."""
    login(api, "organiser")
    params = {**SMALL, "by": by}
    plan = api.get("/api/fairs", "organiser", params=params).json()
    page = api.client.get("/fairs", params=params).text
    sections = [s.split("</section>")[0] for s in page.split('<section class="card fair"')[1:]]
    assert len(sections) == len(plan["fairs"]) >= 2
    for fair, section in zip(plan["fairs"], sections):
        heading, rest = section.split("</h2>", 1)
        assert rest.lstrip().startswith('<details class="fair-detail">') and "<table" not in heading
        summary = re.search(r"<summary>(.*?)</summary>", rest).group(1)
        counts = re.sub(r"<[^>]+>", "", summary)
        assert counts == (f"主题：{fair['theme']}｜{len(fair['employers'])} 家单位｜{len(fair['positions'])} 个岗位｜"
                          f"{len(fair['graduates'])} 位毕业生")
        assert rest.count("<table") == 2 and rest.rstrip().endswith("</details>")


def test_every_see_a_list_below_on_the_fair_page_links_to_that_list(api):
    """A note said 「逐人说明原因（见「未列入招聘会的毕业生」）」 and a graduate's detail 「（全文见「未列入招聘会的岗位」）」
    as plain text, while 「见「未受邀毕业生」」 was already a link: on a plan of ~45 fairs the reader
    scrolled to find them. Every 「见「…」」 naming a list on the page links to it, and nothing else does."""
    login(api, "organiser")
    page = api.client.get("/fairs", params=SMALL).text
    plan = api.get("/api/fairs", "organiser", params=SMALL).json()
    assert plan["absent_graduates"] and 'id="absent"' in page  # the fixture leaves a graduate out
    assert "见「未列入招聘会的毕业生」" in " ".join(plan["notes"])
    assert '见「<a href="#absent">未列入招聘会的毕业生</a>」' in page
    assert "见「未列入招聘会" not in page  # no such phrase left unlinked
    for target in set(re.findall(r'见「<a href="#([\w-]+)">', page)):
        assert f'id="{target}"' in page


def test_the_see_links_escape_the_text_around_them():
    from service.api.page_kit import see_uninvited

    text = "<b>岗位</b>（全文见「未列入招聘会的岗位」）；见「未列入招聘会的毕业生」"
    assert str(see_uninvited(text)) == ('&lt;b&gt;岗位&lt;/b&gt;（全文见「<a href="#unplaced">未列入招聘会的岗位</a>」）；'
                                        '见「<a href="#absent">未列入招聘会的毕业生</a>」')
    # only the list of the uninvited is left out when empty: its phrase stays text then
    assert str(see_uninvited("见「未受邀毕业生」、见「未列入招聘会的岗位」", False)) == \
        '见「未受邀毕业生」、见「<a href="#unplaced">未列入招聘会的岗位</a>」'
