"""Pay as a graduate reads it in Chromium at 1280 px: a figure stays whole. Chromium may break Chinese
between any two characters, and the recommendations' 薪资 column, squeezed beside the reasons, read
「未注/明」 and 「5000元/月/起」 (起 alone on a line). Runs in headless Chromium as ``tests/test_browser.py``
does; skipped where that module is."""

from __future__ import annotations

import pytest

from tests.test_browser import browser, post_as_officer, server, signed_in_page  # noqa: F401  (fixtures)
from tests.test_browser_tables_read import _LINES

pytestmark = pytest.mark.browser

#: Posts the graduate G1 (computer science, 乌鲁木齐, 信息技术) is suggested, each with a short pay.
PAYS = {"P-NONE": {}, "P-FROM": {"salary_min": 5000}, "P-ONE": {"pay_text": "见习补贴2000元/月"},
        "P-UPTO": {"salary_max": 12000}}
#: Long titles, employers and places, which squeeze the pay column as the reviewer's page was squeezed.
LONG = {"title": "软件开发工程师（后端服务、数据库与云平台运维方向，兼顾前端页面开发与测试）",
        "employer": "乌鲁木齐市天山区云端数字信息科技服务有限责任公司（国有控股混合所有制企业）",
        "location": "新疆维吾尔自治区乌鲁木齐市天山区经济技术开发区（头屯河区）软件园"}


def test_a_pay_cell_never_breaks_inside_a_figure(server, browser):  # noqa: F811
    base, tokens = server
    for job_id, pay in PAYS.items():
        post_as_officer(base, tokens, "/api/jobs", {
            "id": job_id, **LONG, "category": "信息技术", "education": "本科及以上", "majors_text": "计算机科学与技术、软件工程",
            "description": "负责后端服务开发，使用 Python 和数据库", **pay})
    context, page = signed_in_page(browser, base, tokens["g1"], "/graduate/G1")
    found = page.evaluate(_LINES, ["薪资"])
    context.close()
    shown = {text for _, text, _ in found}
    assert {"未注明", "5000元/月起", "2000元/月", "最高12000元/月"} <= shown, found
    assert not [(text, n) for _, text, n in found if n > 1], found
