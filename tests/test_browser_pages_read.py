"""Pages as read in Chromium. The ``/fairs`` table of contents in two columns (a desktop screen): the right column's numbers
sit in the gap between the columns, and must not overprint the end of a long fair's name in the
left column (seen in Chromium on the sample plan: 「…专场（之一） 6 岗位 · 5」 under 「41.」).

Runs in headless Chromium as ``tests/test_browser.py`` does; skipped where that module is."""

from __future__ import annotations

import pytest

from tests.test_api_jobs import NEW_JOB
from tests.test_browser import browser, post_as_officer, server, signed_in_page  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


def test_the_right_columns_numbers_have_the_room_the_left_columns_numbers_have(server, browser):  # noqa: F811
    base, tokens = server
    context, page = signed_in_page(browser, base, tokens["organiser"], "/fairs?min_positions=1&min_graduates=1&max_positions=1")
    geometry = page.evaluate("""() => {
        const ol = document.querySelector('nav.fair-toc ol');
        const lefts = [...ol.querySelectorAll('li')].map(li => li.getBoundingClientRect());
        return {pad: parseFloat(getComputedStyle(ol).paddingLeft),
                boxes: lefts.map(r => [Math.round(r.left), Math.round(r.right)])};
    }""")
    columns = sorted({tuple(b) for b in geometry["boxes"]})
    assert len(columns) == 2, columns  # enough fairs for two columns at this width
    (_, left_end), (right_start, _) = columns
    assert right_start - left_end >= geometry["pad"], (columns, geometry["pad"])
    context.close()


def test_on_a_phone_each_job_check_finding_reads_as_one_block(server, browser):  # noqa: F811
    """At 375 px the five columns of /job-checks left the employer one character wide, a name read
    down the screen a character a line; as on the graduate's page, each finding is one block."""
    base, tokens = server
    # a post with no pay: one finding (the fixture's posts have none)
    body = {**NEW_JOB, "id": "J-TALK", "employer": "乌鲁木齐市天山区人力资源和社会保障局", "salary_min": None, "salary_max": None}
    post_as_officer(base, tokens, "/api/jobs", body)
    context, page = signed_in_page(browser, base, tokens["officer"], "/job-checks", width=375, height=800)
    widths = page.evaluate("""() => [...document.querySelectorAll('#findings tbody tr:first-child > td')]
        .map(td => [td.getAttribute('data-label'), Math.round(td.getBoundingClientRect().width)])""")
    assert len(widths) == 5, widths
    assert all(label and width >= 250 for label, width in widths), widths
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()
