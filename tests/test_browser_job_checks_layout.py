"""/job-checks on a desktop screen (1280 px), as read in Chromium (browser review): the filter form sat flush under
the summary table, and a hyphenated job id broke at its hyphens (「REV-EXP-」 / 「1」; the fixture's 「J-」 / 「INTERN」) in the
narrow 岗位 column.

Runs in headless Chromium as ``tests/test_browser.py`` does; skipped where that module is."""

from __future__ import annotations

import pytest

from tests.test_api_jobs import NEW_JOB
from tests.test_browser import browser, post_as_officer, server, signed_in_page  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


def test_the_filters_stand_apart_from_the_summary_and_a_hyphenated_id_stays_whole(server, browser):  # noqa: F811
    base, tokens = server
    # a post with no pay: a finding whose 岗位 cell holds the hyphenated id
    body = {**NEW_JOB, "id": "REV-EXP-1", "title": "会计", "salary_min": None, "salary_max": None}
    post_as_officer(base, tokens, "/api/jobs", body)
    context, page = signed_in_page(browser, base, tokens["officer"], "/job-checks")
    read = page.evaluate("""() => {
        const lines = node => { const r = document.createRange(); r.selectNodeContents(node);
            return new Set([...r.getClientRects()].filter(b => b.width > 0).map(b => Math.round(b.top))).size; };
        const ids = [...document.querySelectorAll('#findings td[data-label="岗位"] .job-id')];
        return {gap: document.querySelector('form.filters').getBoundingClientRect().top
                     - document.querySelector('#summary').getBoundingClientRect().bottom,
                ids: ids.map(span => [span.textContent, lines(span)])};
    }""")
    context.close()
    assert read["gap"] >= 12, read["gap"]
    assert ["REV-EXP-1", 1] in read["ids"], read["ids"]
    assert all(n == 1 for _, n in read["ids"]), read["ids"]
