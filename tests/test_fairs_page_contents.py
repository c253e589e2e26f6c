"""The ``/fairs`` page's table of contents: on a phone the plan of ~45 fairs is long, so a list
at the top links to each fair, and each fair links back to it."""

from __future__ import annotations

import re

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
