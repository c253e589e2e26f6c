"""Tables as read in Chromium on a desktop screen (1280 px). Chromium may break Chinese between any
two characters, so the automatic table layout squeezed a column of short values beside a column of
long reasons down to a character or two a line: 「排/名」 and 「学/历」 in the headers, 「本/科」,
「新疆大/学」, 「物联网工/程」 in the cells (the officers' support list, a fair's graduates, the
organisers' job list). A column's name stays on one line; a school, a major, a level of education
or an employer's type breaks only between words, never inside one.

Runs in headless Chromium as ``tests/test_browser.py`` does; skipped where that module is."""

from __future__ import annotations

import pytest

from tests.test_browser import browser, server, signed_in_page  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

#: For each header and each text of a short-value cell on the page: the text and the number of
#: lines it takes (distinct tops of its line boxes).
_LINES = """(labels) => {
    const lines = node => { const r = document.createRange(); r.selectNodeContents(node);
        return new Set([...r.getClientRects()].filter(b => b.width > 0).map(b => Math.round(b.top))).size; };
    const out = [];
    for (const th of document.querySelectorAll('table.list thead th'))
        if (th.offsetParent) out.push(['th', th.textContent.trim(), lines(th)]);
    for (const td of document.querySelectorAll('table.list td')) {
        const head = td.closest('table').querySelectorAll('thead th')[td.cellIndex];
        const label = td.dataset.label || (head ? head.textContent.trim() : '');
        if (td.offsetParent && labels.includes(label))
            for (const node of td.childNodes)
                if (node.nodeType === 3 && node.textContent.trim()) out.push([label, node.textContent.trim(), lines(node)]);
    }
    return out;
}"""
SHORT = ["学校 / 专业", "学校", "专业", "学历", "类型"]


def _read(browser, base: str, token: str, path: str):  # noqa: F811
    context, page = signed_in_page(browser, base, token, path)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    found = page.evaluate(_LINES, SHORT)
    context.close()
    return found


@pytest.mark.parametrize(("who", "path", "cell"), [
    ("officer", "/officer", "学校 / 专业"),
    ("organiser", "/fairs?min_positions=1&min_graduates=1", "学历"),
    ("organiser", "/organiser", "类型"),
])
def test_column_names_and_short_values_are_not_broken_inside_a_word(server, browser, who, path, cell):  # noqa: F811
    base, tokens = server
    found = _read(browser, base, tokens[who], path)
    assert any(label == cell for label, _, _ in found), found  # the page has the column looked at
    broken = [(label, text, n) for label, text, n in found if n > 1]
    assert not broken, broken
